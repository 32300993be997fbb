// @generated from catalogs/alibaba/r_kvstore.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud R\-kvstore: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud R\-kvstore: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `NetTypeExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Net type exists.
    NetTypeExists,
    /// `InvalidConnType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid conn type.
    InvalidConnType,
    /// `TaskHasExist`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Task has exist.
    TaskHasExist,
    /// `ConnectionStringAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Connection string already exists.
    ConnectionStringAlreadyExists,
    /// `InvalidConnectionString.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid connection string: format.
    InvalidConnectionStringFormat,
    /// `DirectConnectionAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Direct connection already exists.
    DirectConnectionAlreadyExists,
    /// `InvalidVPCParamGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid VPC param group.
    InvalidVpcParamGroup,
    /// `InvalidConnectionString`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid connection string.
    InvalidConnectionString,
    /// `UnsupportedEngineVersion`: HTTP 403; retry: never; category: permission_denied.
    /// Unsupported engine version.
    UnsupportedEngineVersion,
    /// `IncorrectMinorVersion`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Incorrect minor version.
    IncorrectMinorVersion,
    /// `InstanceStatus.NotSupport`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Instance status: not support.
    InstanceStatusNotSupport,
    /// `InvalidDbInstanceId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid db instance id: not found.
    InvalidDbInstanceIdNotFound,
    /// `MissingInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing instance id.
    MissingInstanceId,
    /// `MissingConnectionString`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing connection string.
    MissingConnectionString,
    /// `MissingPort`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing port.
    MissingPort,
    /// `NewSSLAlreadyEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// New SSL already enabled.
    NewSslAlreadyEnabled,
    /// `SSLNotSupportNetType`: HTTP 403; retry: never; category: permission_denied.
    /// SSL not support net type.
    SslNotSupportNetType,
    /// `InvalidAccountName.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account name: duplicate.
    InvalidAccountNameDuplicate,
    /// `InvalidAccountName.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account name: format.
    InvalidAccountNameFormat,
    /// `InvalidEngineVersion.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid engine version: format.
    InvalidEngineVersionFormat,
    /// `InvalidAccountDescription.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account description: format.
    InvalidAccountDescriptionFormat,
    /// `InvalidAccountPassword.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account password: format.
    InvalidAccountPasswordFormat,
    /// `InvalidDBInstanceAccountMode.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance account mode: format.
    InvalidDbInstanceAccountModeFormat,
    /// `InvalidAccountName.Forbid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account name: forbid.
    InvalidAccountNameForbid,
    /// `InvalidAccountPrivilege.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account privilege: malformed.
    InvalidAccountPrivilegeMalformed,
    /// `AccountLimitExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Account limit exceeded.
    AccountLimitExceeded,
    /// `IncorrectEngineVersion`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect engine version.
    IncorrectEngineVersion,
    /// `RequiredParam.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Required param: not found.
    RequiredParamNotFound,
    /// `InvalidSecurityIPList.QuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security IP list: quota exceeded.
    InvalidSecurityIpListQuotaExceeded,
    /// `InvalidSecurityIPList.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security IP list: format.
    InvalidSecurityIpListFormat,
    /// `InvalidSecurityIPList.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security IP list: duplicate.
    InvalidSecurityIpListDuplicate,
    /// `InvalidUser.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid user: not found.
    InvalidUserNotFound,
    /// `ZoneIdNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Zone id not found.
    ZoneIdNotFound,
    /// `InvalidShardInfo.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid shard info: format.
    InvalidShardInfoFormat,
    /// `InvalidInstancelevel`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instancelevel.
    InvalidInstancelevel,
    /// `InvalidBackupLogStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid backup log status.
    InvalidBackupLogStatus,
    /// `InvalidStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status.
    InvalidStatus,
    /// `SecurityRisk.AuthVerification`: HTTP 400; retry: never; category: invalid_argument.
    /// Security risk: auth verification.
    SecurityRiskAuthVerification,
    /// `MissingParameter`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `InvalidToken.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid token: malformed.
    InvalidTokenMalformed,
    /// `InvalidInstanceName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance name: malformed.
    InvalidInstanceNameMalformed,
    /// `InvalidPassword.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid password: malformed.
    InvalidPasswordMalformed,
    /// `InsufficientBalance`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient balance.
    InsufficientBalance,
    /// `QuotaExceed.AfterpayInstance`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: afterpay instance.
    QuotaExceedAfterpayInstance,
    /// `InvalidCapacity.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid capacity: not found.
    InvalidCapacityNotFound,
    /// `ResourceNotAvailable`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not available.
    ResourceNotAvailable,
    /// `PaymentMethodNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Payment method not found.
    PaymentMethodNotFound,
    /// `IdempotentParameterMismatch`: HTTP 400; retry: never; category: failed_precondition.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatch,
    /// `QuotaNotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Quota not enough.
    QuotaNotEnough,
    /// `QuotaExceed`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded.
    QuotaExceed,
    /// `VpcServiceError`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Vpc service error.
    VpcServiceError,
    /// `IzNotSupportVpcError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iz not support vpc error.
    IzNotSupportVpcError,
    /// `InvalidvSwitchId`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalidv switch id.
    InvalidvSwitchId,
    /// `InvalidIzNo.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid iz no: not supported.
    InvalidIzNoNotSupported,
    /// `InstanceClass.NotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance class: not match.
    InstanceClassNotMatch,
    /// `InvalidVPCId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid VPC id: not found.
    InvalidVpcIdNotFound,
    /// `AccountMoneyValidateError`: HTTP 400; retry: never; category: invalid_argument.
    /// Account money validate error.
    AccountMoneyValidateError,
    /// `RequestTokenConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Request token conflict.
    RequestTokenConflict,
    /// `InvalidIPNotInSubnet`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid IP not in subnet.
    InvalidIpNotInSubnet,
    /// `InvalidEngineVersion.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid engine version: malformed.
    InvalidEngineVersionMalformed,
    /// `Zone.Closed`: HTTP 400; retry: never; category: invalid_argument.
    /// Zone: closed.
    ZoneClosed,
    /// `VSwithNotBelongToNotVpcFault`: HTTP 400; retry: never; category: invalid_argument.
    /// V swith not belong to not vpc fault.
    VSwithNotBelongToNotVpcFault,
    /// `PayIllegalAgreement`: HTTP 400; retry: never; category: invalid_argument.
    /// Pay illegal agreement.
    PayIllegalAgreement,
    /// `IllegalParamError`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal param error.
    IllegalParamError,
    /// `CASH_BOOK_INSUFFICIENT`: HTTP 400; retry: never; category: invalid_argument.
    /// CASH BOOK INSUFFICIENT.
    CashBookInsufficient,
    /// `InvalidRegion.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid region: format.
    InvalidRegionFormat,
    /// `DryRunOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Dry run operation.
    DryRunOperation,
    /// `ResourceGroupNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource group not exist.
    ResourceGroupNotExist,
    /// `RealNameAuthenticationError`: HTTP 403; retry: never; category: permission_denied.
    /// Real name authentication error.
    RealNameAuthenticationError,
    /// `AuthorizationFailure`: HTTP 403; retry: never; category: permission_denied.
    /// Authorization failure.
    AuthorizationFailure,
    /// `TokenServiceError`: HTTP 403; retry: never; category: permission_denied.
    /// Token service error.
    TokenServiceError,
    /// `InvalidVpcIdOrVswitchId.NotSupported`: HTTP 404; retry: never; category: not_found.
    /// Invalid vpc id or vswitch id: not supported.
    InvalidVpcIdOrVswitchIdNotSupported,
    /// `InvalidInstances.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instances: malformed.
    InvalidInstancesMalformed,
    /// `InvalidVpcIdRegion.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vpc id region: not supported.
    InvalidVpcIdRegionNotSupported,
    /// `InvalidParameters.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameters: format.
    InvalidParametersFormat,
    /// `UserCannotBuyNotInnerCommodity`: HTTP 403; retry: never; category: permission_denied.
    /// User cannot buy not inner commodity.
    UserCannotBuyNotInnerCommodity,
    /// `OperationDenied.AccountStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: account status.
    OperationDeniedAccountStatus,
    /// `InvalidAccountName.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid account name: not found.
    InvalidAccountNameNotFound,
    /// `InstanceReleaseProtection`: HTTP 403; retry: never; category: permission_denied.
    /// Instance release protection.
    InstanceReleaseProtection,
    /// `InvalidInstanceId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid instance id: not found.
    InvalidInstanceIdNotFound,
    /// `IncorrectDBInstance.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect DB instance: not supported.
    IncorrectDbInstanceNotSupported,
    /// `InvalidEndTime.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end time: invalid.
    InvalidEndTimeInvalid,
    /// `InvalidStartTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time: malformed.
    InvalidStartTimeMalformed,
    /// `InvalidEndTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end time: malformed.
    InvalidEndTimeMalformed,
    /// `InvalidPageSize.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid page size: malformed.
    InvalidPageSizeMalformed,
    /// `InvalidPageNumbers.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid page numbers: malformed.
    InvalidPageNumbersMalformed,
    /// `InvalidQueryTime.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid query time: format.
    InvalidQueryTimeFormat,
    /// `InvalidStartTimeAndEndTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time and end time: malformed.
    InvalidStartTimeAndEndTimeMalformed,
    /// `InstanceType.NotSupport`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Instance type: not support.
    InstanceTypeNotSupport,
    /// `InvalidAction`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid action.
    InvalidAction,
    /// `Param.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Param: invalid.
    ParamInvalid,
    /// `Param.Invalid.TimeEndBeforeStart`: HTTP 400; retry: never; category: invalid_argument.
    /// Param: invalid, time end before start.
    ParamInvalidTimeEndBeforeStart,
    /// `IllegalParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal parameter.
    IllegalParameter,
    /// `InvalidRedisVersionPattern`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid redis version pattern.
    InvalidRedisVersionPattern,
    /// `IncorrectCharacterType`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect character type.
    IncorrectCharacterType,
    /// `InvalidInstanceIds.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance ids: malformed.
    InvalidInstanceIdsMalformed,
    /// `ParamNotSupportedForCurrentVersion`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Param not supported for current version.
    ParamNotSupportedForCurrentVersion,
    /// `IncorrectDBInstanceType`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect DB instance type.
    IncorrectDbInstanceType,
    /// `InvalidDBInstanceClass.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid DB instance class: not found.
    InvalidDbInstanceClassNotFound,
    /// `InvalidInstances.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instances: format.
    InvalidInstancesFormat,
    /// `AlreadyHadTemporaryBandwidth`: HTTP 400; retry: never; category: invalid_argument.
    /// Already had temporary bandwidth.
    AlreadyHadTemporaryBandwidth,
    /// `ServerBusy`: HTTP 403; retry: never; category: permission_denied.
    /// Server busy.
    ServerBusy,
    /// `InvalidAccountPrivilege.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account privilege: format.
    InvalidAccountPrivilegeFormat,
    /// `IncorrectAccount`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect account.
    IncorrectAccount,
    /// `InvalidTagKey.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag key: malformed.
    InvalidTagKeyMalformed,
    /// `InvalidTagValue.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag value: malformed.
    InvalidTagValueMalformed,
    /// `InvalidParameter.ResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource id.
    InvalidParameterResourceId,
    /// `MissParameter.TagOrResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: tag or resource id.
    MissParameterTagOrResourceId,
    /// `InvalidParameter.Scope`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: scope.
    InvalidParameterScope,
    /// `NumberExceed.ResourceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: resource ids.
    NumberExceedResourceIds,
    /// `NumberExceed.Tags`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: tags.
    NumberExceedTags,
    /// `Duplicate.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate: tag key.
    DuplicateTagKey,
    /// `InvalidParameter.ResourceType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource type.
    InvalidParameterResourceType,
    /// `NetworkType.NotSupport`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Network type: not support.
    NetworkTypeNotSupport,
    /// `MissingSwitchId`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing switch id.
    MissingSwitchId,
    /// `InvalidReginAvzNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid regin avz not found.
    InvalidReginAvzNotFound,
    /// `ClusterNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster not support.
    ClusterNotSupport,
    /// `InvalidVSwitchId.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v switch id: mismatch.
    InvalidVSwitchIdMismatch,
    /// `DBInstanceNotFound`: HTTP 404; retry: never; category: not_found.
    /// DB instance not found.
    DbInstanceNotFound,
    /// `ZoneMigrationError.StillingRunning`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Zone migration error: stilling running.
    ZoneMigrationErrorStillingRunning,
    /// `TaskModifyError`: HTTP 400; retry: never; category: invalid_argument.
    /// Task modify error.
    TaskModifyError,
    /// `SwitchTimeAfterDeadline`: HTTP 400; retry: never; category: invalid_argument.
    /// Switch time after deadline.
    SwitchTimeAfterDeadline,
    /// `StartTimeBeforeNow`: HTTP 400; retry: never; category: invalid_argument.
    /// Start time before now.
    StartTimeBeforeNow,
    /// `IncorrectTaskStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect task status.
    IncorrectTaskStatus,
    /// `InvalidRetention`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid retention.
    InvalidRetention,
    /// `ResourceConfigError`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource config error.
    ResourceConfigError,
    /// `NewConnectionStringNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// New connection string not support.
    NewConnectionStringNotSupport,
    /// `InvalidIPType.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid IP type: format.
    InvalidIpTypeFormat,
    /// `InvalidConnectionStringOrPort.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid connection string or port: duplicate.
    InvalidConnectionStringOrPortDuplicate,
    /// `TaskExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Task exists.
    TaskExists,
    /// `InvalidEndTime.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end time: format.
    InvalidEndTimeFormat,
    /// `NoQuota`: HTTP 403; retry: never; category: permission_denied.
    /// No quota.
    NoQuota,
    /// `ClassicExpiredDaysError`: HTTP 400; retry: never; category: invalid_argument.
    /// Classic expired days error.
    ClassicExpiredDaysError,
    /// `IncorrectDBInstanceState`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect DB instance state.
    IncorrectDbInstanceState,
    /// `IncorrectDBInstanceLockMode`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect DB instance lock mode.
    IncorrectDbInstanceLockMode,
    /// `EnabledSSLNotSupport`: HTTP 404; retry: never; category: not_found.
    /// Enabled SSL not support.
    EnabledSslNotSupport,
    /// `HasRenewChangeOrder`: HTTP 400; retry: never; category: invalid_argument.
    /// Has renew change order.
    HasRenewChangeOrder,
    /// `GdcInstanceNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Gdc instance not support.
    GdcInstanceNotSupport,
    /// `AbnormalResourceStatusForRenew`: HTTP 400; retry: never; category: invalid_argument.
    /// Abnormal resource status for renew.
    AbnormalResourceStatusForRenew,
    /// `MissingRedisShardingUnsupportPerfItem`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing redis sharding unsupport perf item.
    MissingRedisShardingUnsupportPerfItem,
    /// `IncorrectTargetMajorVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect target major version.
    IncorrectTargetMajorVersion,
    /// `DirectTargetLevelNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Direct target level not support.
    DirectTargetLevelNotSupport,
    /// `DirectTransPreCheckError`: HTTP 400; retry: never; category: invalid_argument.
    /// Direct trans pre check error.
    DirectTransPreCheckError,
    /// `DtsOpendNotSupportTrans`: HTTP 400; retry: never; category: invalid_argument.
    /// Dts opend not support trans.
    DtsOpendNotSupportTrans,
    /// `DirectTransNodeDoubleLevelError`: HTTP 400; retry: never; category: invalid_argument.
    /// Direct trans node double level error.
    DirectTransNodeDoubleLevelError,
    /// `DirectTransUpgradeMajorVersionNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Direct trans upgrade major version not support.
    DirectTransUpgradeMajorVersionNotSupport,
    /// `TargetMemoryLessThanCurrentUsed`: HTTP 403; retry: never; category: permission_denied.
    /// Target memory less than current used.
    TargetMemoryLessThanCurrentUsed,
    /// `ResourceGroupId.InValid`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource group id: in valid.
    ResourceGroupIdInValid,
    /// `ServiceAccount.NoPermission`: HTTP 403; retry: never; category: permission_denied.
    /// Service account: no permission.
    ServiceAccountNoPermission,
    /// `EntityNotExists.Resource`: HTTP 404; retry: never; category: not_found.
    /// Entity not exists: resource.
    EntityNotExistsResource,
    /// `EngineNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Engine not supported.
    EngineNotSupported,
    /// `AssociatedEcsSecurityGroupIdQuotaExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Associated ecs security group id quota exceed.
    AssociatedEcsSecurityGroupIdQuotaExceed,
    /// `InvalidParam`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParam,
    /// `AssociatedEcsSecurityGroupId.QuotaExceed`: HTTP 403; retry: never; category: permission_denied.
    /// Associated ecs security group id: quota exceed.
    AssociatedEcsSecurityGroupIdQuotaExceed2,
    /// `InvalidRegionZoneNotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid region zone not found.
    InvalidRegionZoneNotFound,
    /// `Forbbiden.MinorVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// The request is forbidden: minor version.
    ForbbidenMinorVersion,
    /// `InvalidGroupName.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid group name: format.
    InvalidGroupNameFormat,
    /// `LockTimeout`: HTTP 400; retry: never; category: invalid_argument.
    /// Lock timeout.
    LockTimeout,
    /// `InvalidSecurityIPList.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid security IP list: not found.
    InvalidSecurityIpListNotFound,
    /// `SecurityIPList.Duplicate`: HTTP 409; retry: never; category: aborted.
    /// Security IP list: duplicate.
    SecurityIpListDuplicate,
    /// `NetTypeNotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Net type not exists.
    NetTypeNotExists,
    /// `AtLeastOneNetTypeExists`: HTTP 400; retry: never; category: invalid_argument.
    /// At least one net type exists.
    AtLeastOneNetTypeExists,
    /// `ServiceNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Service not support.
    ServiceNotSupport,
    /// `ResroreParamNotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Resrore param not match.
    ResroreParamNotMatch,
    /// `InvalidRestoreTime.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid restore time: format.
    InvalidRestoreTimeFormat,
    /// `InvalidBinlog.NotValid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid binlog: not valid.
    InvalidBinlogNotValid,
    /// `IzNotSupportSwitchNetworkError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iz not support switch network error.
    IzNotSupportSwitchNetworkError,
    /// `VpcVerifyError`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpc verify error.
    VpcVerifyError,
    /// `VpcAndVSwitchNotChange`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpc and v switch not change.
    VpcAndVSwitchNotChange,
    /// `ResourceAlreadyExists`: HTTP 403; retry: never; category: permission_denied.
    /// Resource already exists.
    ResourceAlreadyExists,
    /// `InsufficientResourceCapacity`: HTTP 403; retry: never; category: permission_denied.
    /// Insufficient resource capacity.
    InsufficientResourceCapacity,
    /// `VpcFreePasswordNoSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Vpc free password no support.
    VpcFreePasswordNoSupport,
    /// `NumberExceed.CustomTags`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: custom tags.
    NumberExceedCustomTags,
    /// `OperationDenied.QuotaExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: quota exceed.
    OperationDeniedQuotaExceed,
    /// `Order.LatestOrderIsHanding`: HTTP 400; retry: never; category: invalid_argument.
    /// Order: latest order is handing.
    OrderLatestOrderIsHanding,
    /// `AlreadyPrePaid`: HTTP 403; retry: never; category: permission_denied.
    /// Already pre paid.
    AlreadyPrePaid,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 176] = [
        "NetTypeExists",
        "InvalidConnType",
        "TaskHasExist",
        "ConnectionStringAlreadyExists",
        "InvalidConnectionString.Format",
        "DirectConnectionAlreadyExists",
        "InvalidVPCParamGroup",
        "InvalidConnectionString",
        "UnsupportedEngineVersion",
        "IncorrectMinorVersion",
        "InstanceStatus.NotSupport",
        "InvalidDbInstanceId.NotFound",
        "MissingInstanceId",
        "MissingConnectionString",
        "MissingPort",
        "NewSSLAlreadyEnabled",
        "SSLNotSupportNetType",
        "InvalidAccountName.Duplicate",
        "InvalidAccountName.Format",
        "InvalidEngineVersion.Format",
        "InvalidAccountDescription.Format",
        "InvalidAccountPassword.Format",
        "InvalidDBInstanceAccountMode.Format",
        "InvalidAccountName.Forbid",
        "InvalidAccountPrivilege.Malformed",
        "AccountLimitExceeded",
        "IncorrectEngineVersion",
        "RequiredParam.NotFound",
        "InvalidSecurityIPList.QuotaExceeded",
        "InvalidSecurityIPList.Format",
        "InvalidSecurityIPList.Duplicate",
        "InvalidUser.NotFound",
        "ZoneIdNotFound",
        "InvalidShardInfo.Format",
        "InvalidInstancelevel",
        "InvalidBackupLogStatus",
        "InvalidStatus",
        "SecurityRisk.AuthVerification",
        "MissingParameter",
        "InvalidToken.Malformed",
        "InvalidInstanceName.Malformed",
        "InvalidPassword.Malformed",
        "InsufficientBalance",
        "QuotaExceed.AfterpayInstance",
        "InvalidCapacity.NotFound",
        "ResourceNotAvailable",
        "PaymentMethodNotFound",
        "IdempotentParameterMismatch",
        "QuotaNotEnough",
        "QuotaExceed",
        "VpcServiceError",
        "IzNotSupportVpcError",
        "InvalidvSwitchId",
        "InvalidIzNo.NotSupported",
        "InstanceClass.NotMatch",
        "InvalidVPCId.NotFound",
        "AccountMoneyValidateError",
        "RequestTokenConflict",
        "InvalidIPNotInSubnet",
        "InvalidEngineVersion.Malformed",
        "Zone.Closed",
        "VSwithNotBelongToNotVpcFault",
        "PayIllegalAgreement",
        "IllegalParamError",
        "CASH_BOOK_INSUFFICIENT",
        "InvalidRegion.Format",
        "DryRunOperation",
        "ResourceGroupNotExist",
        "RealNameAuthenticationError",
        "AuthorizationFailure",
        "TokenServiceError",
        "InvalidVpcIdOrVswitchId.NotSupported",
        "InvalidInstances.Malformed",
        "InvalidVpcIdRegion.NotSupported",
        "InvalidParameters.Format",
        "UserCannotBuyNotInnerCommodity",
        "OperationDenied.AccountStatus",
        "InvalidAccountName.NotFound",
        "InstanceReleaseProtection",
        "InvalidInstanceId.NotFound",
        "IncorrectDBInstance.NotSupported",
        "InvalidEndTime.Invalid",
        "InvalidStartTime.Malformed",
        "InvalidEndTime.Malformed",
        "InvalidPageSize.Malformed",
        "InvalidPageNumbers.Malformed",
        "InvalidQueryTime.Format",
        "InvalidStartTimeAndEndTime.Malformed",
        "InstanceType.NotSupport",
        "InvalidAction",
        "Param.Invalid",
        "Param.Invalid.TimeEndBeforeStart",
        "IllegalParameter",
        "InvalidRedisVersionPattern",
        "IncorrectCharacterType",
        "InvalidInstanceIds.Malformed",
        "ParamNotSupportedForCurrentVersion",
        "IncorrectDBInstanceType",
        "InvalidDBInstanceClass.NotFound",
        "InvalidInstances.Format",
        "AlreadyHadTemporaryBandwidth",
        "ServerBusy",
        "InvalidAccountPrivilege.Format",
        "IncorrectAccount",
        "InvalidTagKey.Malformed",
        "InvalidTagValue.Malformed",
        "InvalidParameter.ResourceId",
        "MissParameter.TagOrResourceId",
        "InvalidParameter.Scope",
        "NumberExceed.ResourceIds",
        "NumberExceed.Tags",
        "Duplicate.TagKey",
        "InvalidParameter.ResourceType",
        "NetworkType.NotSupport",
        "MissingSwitchId",
        "InvalidReginAvzNotFound",
        "ClusterNotSupport",
        "InvalidVSwitchId.Mismatch",
        "DBInstanceNotFound",
        "ZoneMigrationError.StillingRunning",
        "TaskModifyError",
        "SwitchTimeAfterDeadline",
        "StartTimeBeforeNow",
        "IncorrectTaskStatus",
        "InvalidRetention",
        "ResourceConfigError",
        "NewConnectionStringNotSupport",
        "InvalidIPType.Format",
        "InvalidConnectionStringOrPort.Duplicate",
        "TaskExists",
        "InvalidEndTime.Format",
        "NoQuota",
        "ClassicExpiredDaysError",
        "IncorrectDBInstanceState",
        "IncorrectDBInstanceLockMode",
        "EnabledSSLNotSupport",
        "HasRenewChangeOrder",
        "GdcInstanceNotSupport",
        "AbnormalResourceStatusForRenew",
        "MissingRedisShardingUnsupportPerfItem",
        "IncorrectTargetMajorVersion",
        "DirectTargetLevelNotSupport",
        "DirectTransPreCheckError",
        "DtsOpendNotSupportTrans",
        "DirectTransNodeDoubleLevelError",
        "DirectTransUpgradeMajorVersionNotSupport",
        "TargetMemoryLessThanCurrentUsed",
        "ResourceGroupId.InValid",
        "ServiceAccount.NoPermission",
        "EntityNotExists.Resource",
        "EngineNotSupported",
        "AssociatedEcsSecurityGroupIdQuotaExceed",
        "InvalidParam",
        "AssociatedEcsSecurityGroupId.QuotaExceed",
        "InvalidRegionZoneNotFound",
        "Forbbiden.MinorVersion",
        "InvalidGroupName.Format",
        "LockTimeout",
        "InvalidSecurityIPList.NotFound",
        "SecurityIPList.Duplicate",
        "NetTypeNotExists",
        "AtLeastOneNetTypeExists",
        "ServiceNotSupport",
        "ResroreParamNotMatch",
        "InvalidRestoreTime.Format",
        "InvalidBinlog.NotValid",
        "IzNotSupportSwitchNetworkError",
        "VpcVerifyError",
        "VpcAndVSwitchNotChange",
        "ResourceAlreadyExists",
        "InsufficientResourceCapacity",
        "VpcFreePasswordNoSupport",
        "NumberExceed.CustomTags",
        "OperationDenied.QuotaExceed",
        "Order.LatestOrderIsHanding",
        "AlreadyPrePaid",
    ];
    static NAME_CODES: [u32; 21] = [
        6, 15, 16, 22, 28, 29, 30, 55, 58, 64, 80, 97, 98, 118, 127, 133, 134, 135, 153,
        158, 159,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidVpcParamGroupNewSslAlreadyEnabledSslNotSupportNetTypeInvalidDbInstanceAccountModeFormatInvalidSecurityIpListQuotaExceededInvalidSecurityIpListFormatInvalidSecurityIpListDuplicateInvalidVpcIdNotFoundInvalidIpNotInSubnetCashBookInsufficientIncorrectDbInstanceNotSupportedIncorrectDbInstanceTypeInvalidDbInstanceClassNotFoundDbInstanceNotFoundInvalidIpTypeFormatIncorrectDbInstanceStateIncorrectDbInstanceLockModeEnabledSslNotSupportAssociatedEcsSecurityGroupIdQuotaExceed2InvalidSecurityIpListNotFoundSecurityIpListDuplicate",
        ends: &[
            0, 20, 40, 60, 94, 128, 155, 185, 205, 225, 245, 276, 299, 329, 347, 366,
            390, 417, 437, 477, 506, 529,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Net type exists.Invalid conn type.Task has exist.Connection string already exists.Invalid connection string: format.Direct connection already exists.Invalid VPC param group.Invalid connection string.Unsupported engine version.Incorrect minor version.Instance status: not support.Invalid db instance id: not found.Missing instance id.Missing connection string.Missing port.New SSL already enabled.SSL not support net type.Invalid account name: duplicate.Invalid account name: format.Invalid engine version: format.Invalid account description: format.Invalid account password: format.Invalid DB instance account mode: format.Invalid account name: forbid.Invalid account privilege: malformed.Account limit exceeded.Incorrect engine version.Required param: not found.Invalid security IP list: quota exceeded.Invalid security IP list: format.Invalid security IP list: duplicate.Invalid user: not found.Zone id not found.Invalid shard info: format.Invalid instancelevel.Invalid backup log status.Invalid status.Security risk: auth verification.A required parameter is missing.Invalid token: malformed.Invalid instance name: malformed.Invalid password: malformed.Insufficient balance.A quota was exceeded: afterpay instance.Invalid capacity: not found.Resource not available.Payment method not found.Idempotent parameter mismatch.Quota not enough.A quota was exceeded.Vpc service error.Iz not support vpc error.Invalidv switch id.Invalid iz no: not supported.Instance class: not match.Invalid VPC id: not found.Account money validate error.Request token conflict.Invalid IP not in subnet.Invalid engine version: malformed.Zone: closed.V swith not belong to not vpc fault.Pay illegal agreement.Illegal param error.CASH BOOK INSUFFICIENT.Invalid region: format.Dry run operation.Resource group not exist.Real name authentication error.Authorization failure.Token service error.Invalid vpc id or vswitch id: not supported.Invalid instances: malformed.Invalid vpc id region: not supported.Invalid parameters: format.User cannot buy not inner commodity.Operation denied: account status.Invalid account name: not found.Instance release protection.Invalid instance id: not found.Incorrect DB instance: not supported.Invalid end time: invalid.Invalid start time: malformed.Invalid end time: malformed.Invalid page size: malformed.Invalid page numbers: malformed.Invalid query time: format.Invalid start time and end time: malformed.Instance type: not support.Invalid action.Param: invalid.Param: invalid, time end before start.Illegal parameter.Invalid redis version pattern.Incorrect character type.Invalid instance ids: malformed.Param not supported for current version.Incorrect DB instance type.Invalid DB instance class: not found.Invalid instances: format.Already had temporary bandwidth.Server busy.Invalid account privilege: format.Incorrect account.Invalid tag key: malformed.Invalid tag value: malformed.A parameter is invalid: resource id.Miss parameter: tag or resource id.A parameter is invalid: scope.Number exceed: resource ids.Number exceed: tags.Duplicate: tag key.A parameter is invalid: resource type.Network type: not support.Missing switch id.Invalid regin avz not found.Cluster not support.Invalid v switch id: mismatch.DB instance not found.Zone migration error: stilling running.Task modify error.Switch time after deadline.Start time before now.Incorrect task status.Invalid retention.Resource config error.New connection string not support.Invalid IP type: format.Invalid connection string or port: duplicate.Task exists.Invalid end time: format.No quota.Classic expired days error.Incorrect DB instance state.Incorrect DB instance lock mode.Enabled SSL not support.Has renew change order.Gdc instance not support.Abnormal resource status for renew.Missing redis sharding unsupport perf item.Incorrect target major version.Direct target level not support.Direct trans pre check error.Dts opend not support trans.Direct trans node double level error.Direct trans upgrade major version not support.Target memory less than current used.Resource group id: in valid.Service account: no permission.Entity not exists: resource.Engine not supported.Associated ecs security group id quota exceed.A parameter is invalid.Associated ecs security group id: quota exceed.Invalid region zone not found.The request is forbidden: minor version.Invalid group name: format.Lock timeout.Invalid security IP list: not found.Security IP list: duplicate.Net type not exists.At least one net type exists.Service not support.Resrore param not match.Invalid restore time: format.Invalid binlog: not valid.Iz not support switch network error.Vpc verify error.Vpc and v switch not change.Resource already exists.Insufficient resource capacity.Vpc free password no support.Number exceed: custom tags.Operation denied: quota exceed.Order: latest order is handing.Already pre paid.",
        ends: &[
            0, 16, 34, 49, 82, 116, 149, 173, 199, 226, 250, 279, 313, 333, 359, 372,
            396, 421, 453, 482, 513, 549, 582, 623, 652, 689, 712, 737, 763, 804, 837,
            873, 897, 915, 942, 964, 990, 1005, 1038, 1070, 1095, 1128, 1156, 1177, 1217,
            1245, 1268, 1293, 1323, 1340, 1361, 1379, 1404, 1423, 1452, 1478, 1504, 1533,
            1556, 1581, 1615, 1628, 1664, 1686, 1706, 1729, 1752, 1770, 1795, 1826, 1848,
            1868, 1912, 1941, 1978, 2005, 2041, 2074, 2106, 2134, 2165, 2202, 2228, 2258,
            2286, 2315, 2347, 2374, 2417, 2444, 2459, 2474, 2512, 2530, 2560, 2585, 2617,
            2657, 2684, 2721, 2747, 2779, 2791, 2825, 2843, 2870, 2899, 2935, 2970, 3000,
            3028, 3048, 3067, 3105, 3131, 3149, 3177, 3197, 3227, 3249, 3288, 3306, 3333,
            3355, 3377, 3395, 3417, 3451, 3475, 3520, 3532, 3557, 3566, 3593, 3621, 3653,
            3677, 3700, 3725, 3760, 3803, 3834, 3866, 3895, 3923, 3960, 4007, 4044, 4072,
            4103, 4131, 4152, 4198, 4221, 4268, 4298, 4338, 4365, 4378, 4414, 4442, 4462,
            4491, 4511, 4535, 4564, 4590, 4626, 4643, 4671, 4695, 4726, 4755, 4782, 4813,
            4844, 4861,
        ],
    };
    static STATUSES: [u16; 187] = [
        400, 400, 400, 403, 400, 400, 400, 400, 400, 403, 400, 403, 403, 400, 404, 400,
        400, 400, 400, 403, 400, 400, 400, 400, 400, 400, 400, 400, 403, 403, 400, 400,
        400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400,
        400, 404, 400, 400, 400, 400, 400, 400, 500, 400, 400, 404, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 403, 403, 404, 400,
        400, 400, 403, 403, 404, 403, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        403, 400, 400, 400, 400, 400, 403, 400, 403, 400, 403, 404, 400, 400, 403, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 400, 400, 400, 400,
        404, 400, 500, 400, 400, 400, 403, 400, 400, 400, 400, 400, 400, 400, 403, 400,
        403, 403, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 400, 403,
        404, 400, 400, 400, 403, 404, 400, 400, 400, 404, 409, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 403, 403, 403, 400, 400, 400, 403,
    ];
    static STATUS_ENDS: [u32; 177] = [
        0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
        25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 43, 44, 45,
        46, 47, 48, 50, 51, 52, 53, 54, 55, 57, 58, 60, 61, 62, 63, 64, 65, 66, 67, 68,
        69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88,
        89, 90, 91, 92, 93, 94, 95, 97, 98, 99, 100, 101, 102, 103, 104, 106, 107, 108,
        109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 124, 125,
        126, 127, 128, 129, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142,
        143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158,
        159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174,
        175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187,
    ];
    static RETRY: [::cloud_errors::Retry; 176] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 176] = ::cloud_errors::__private::category_column(
        b"ccccccccgcgeccccgccccccccggcccceccccccccccchcccichccccccccccccccccccgggecccggegeccccccccccccccgcggeccgcccccccccccccccceccccgcccccccgcggeccccccccccgcgecccgecccejcccccccccgggcccg",
    );
    static PILOTS: [u16; 44] = [
        0, 12, 5, 0, 23, 6, 47, 2, 4, 38, 20, 21, 1, 1, 10, 4, 2, 0, 20, 30, 47, 17, 38,
        9, 2, 1, 18, 506, 18, 17, 0, 4, 63, 35, 132, 1, 2, 15, 123, 45, 0, 138, 47, 3,
    ];
    static SLOTS: [(&str, u32); 195] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            79, 49, 2, 152, 58, 6, 139, 172, 147, 31, 157, 132, 18, 81, 100, 46, 86,
            4294967295, 115, 4294967295, 169, 113, 12, 135, 47, 101, 128, 129, 148, 119,
            73, 118, 65, 78, 26, 44, 16, 4294967295, 4294967295, 4294967295, 28, 141,
            174, 29, 161, 15, 3, 56, 160, 4294967295, 64, 4294967295, 84, 36, 146, 53,
            143, 4294967295, 4294967295, 82, 112, 93, 32, 107, 51, 108, 163, 103, 25, 90,
            11, 57, 61, 162, 7, 144, 74, 91, 136, 48, 131, 4294967295, 92, 114, 137, 71,
            50, 68, 167, 62, 33, 122, 138, 98, 133, 0, 4294967295, 85, 155, 35, 54, 24,
            126, 87, 60, 97, 34, 156, 83, 123, 1, 69, 37, 171, 9, 168, 127, 151, 170,
            159, 43, 41, 14, 22, 173, 8, 4294967295, 95, 175, 106, 96, 116, 17, 125, 52,
            89, 150, 4294967295, 4294967295, 13, 66, 104, 77, 27, 158, 5, 154, 42, 40,
            124, 39, 80, 99, 164, 23, 20, 70, 4, 145, 4294967295, 166, 4294967295, 63,
            149, 72, 55, 109, 10, 59, 165, 19, 142, 94, 102, 134, 105, 4294967295, 111,
            76, 38, 153, 4294967295, 4294967295, 120, 130, 121, 117, 140, 88, 30, 67, 75,
            110, 45, 21,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
        descriptions_en: &DESCRIPTIONS_EN,
        statuses: &STATUSES,
        status_ends: &STATUS_ENDS,
        retry: &RETRY,
        category: &CATEGORY,
        first_locale: ::cloud_errors::Locale::En,
        index: ::cloud_errors::__private::PerfectHash {
            seed: 0,
            pilots: &PILOTS,
            slots: &SLOTS,
        },
        ..::cloud_errors::__private::Table::EMPTY
    };
    ::cloud_errors::__private::impl_code!(
        unsafe impl Code, ::cloud_errors::alibaba::Code
    );
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Alibaba Cloud R-kvstore";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud R\-kvstore's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud R\-kvstore: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
