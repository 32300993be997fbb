// @generated from catalogs/alibaba/dds.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Dds: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Dds: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidAccountName.Forbid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account name: forbid.
    InvalidAccountNameForbid,
    /// `InvalidMeta.WrongFormat`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid meta: wrong format.
    InvalidMetaWrongFormat,
    /// `InvalidRestoreTime.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid restore time: format.
    InvalidRestoreTimeFormat,
    /// `InvalidDBName`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid DB name.
    InvalidDbName,
    /// `InvalidMeta.TooLarge`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid meta: too large.
    InvalidMetaTooLarge,
    /// `SingleDBRestore.BackupSetNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Single DB restore: backup set not support.
    SingleDbRestoreBackupSetNotSupport,
    /// `IncorrectDBInstanceType`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect DB instance type.
    IncorrectDbInstanceType,
    /// `IncorrectEngineVersion`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect engine version.
    IncorrectEngineVersion,
    /// `InvalidBackupLogStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid backup log status.
    InvalidBackupLogStatus,
    /// `IncorrectBackupSetState`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect backup set state.
    IncorrectBackupSetState,
    /// `InvalidBackupSetID.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid backup set ID: not found.
    InvalidBackupSetIdNotFound,
    /// `InvalidBackup.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid backup: not found.
    InvalidBackupNotFound,
    /// `InvalidAccountName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account name: malformed.
    InvalidAccountNameMalformed,
    /// `InvalidAccountPassword.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account password: malformed.
    InvalidAccountPasswordMalformed,
    /// `InvalidAccountDescription.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account description: malformed.
    InvalidAccountDescriptionMalformed,
    /// `AccountLimitExceeded`: HTTP 404; retry: never; category: not_found.
    /// Account limit exceeded.
    AccountLimitExceeded,
    /// `InvalidBackupMethod.ValueNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid backup method: value not support.
    InvalidBackupMethodValueNotSupport,
    /// `OperationDenied.BackupJobExists`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: backup job exists.
    OperationDeniedBackupJobExists,
    /// `OperationDenied.NoDatabase`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: no database.
    OperationDeniedNoDatabase,
    /// `SecurityRisk.AuthVerification`: HTTP 400; retry: never; category: invalid_argument.
    /// Security risk: auth verification.
    SecurityRiskAuthVerification,
    /// `MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `ORDER.ACCOUNT_INFORMATION_INCOMPLETE`: HTTP 400; retry: never; category: invalid_argument.
    /// ORDER: ACCOUNT INFORMATION INCOMPLETE.
    OrderAccountInformationIncomplete,
    /// `InvalidClientToken.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid client token: malformed.
    InvalidClientTokenMalformed,
    /// `InvalidDBInstanceDescription.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance description: malformed.
    InvalidDbInstanceDescriptionMalformed,
    /// `InvalidSecurityIPListLength.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security IP list length: malformed.
    InvalidSecurityIpListLengthMalformed,
    /// `InsufficientBalance`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient balance.
    InsufficientBalance,
    /// `QuotaExceed.AfterpayInstance`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: afterpay instance.
    QuotaExceedAfterpayInstance,
    /// `InvalidCapacity.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid capacity: not found.
    InvalidCapacityNotFound,
    /// `ResourceNotAvailable`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not available.
    ResourceNotAvailable,
    /// `IdempotentParameterMismatch`: HTTP 400; retry: never; category: failed_precondition.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatch,
    /// `InvalidSecurityIPList.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security IP list: malformed.
    InvalidSecurityIpListMalformed,
    /// `InvalidSecurityIPList.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security IP list: duplicate.
    InvalidSecurityIpListDuplicate,
    /// `InvalidDBInstanceStorage.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance storage: value not supported.
    InvalidDbInstanceStorageValueNotSupported,
    /// `TokenServiceError`: HTTP 400; retry: never; category: invalid_argument.
    /// Token service error.
    TokenServiceError,
    /// `Zone.Closed`: HTTP 400; retry: never; category: invalid_argument.
    /// Zone: closed.
    ZoneClosed,
    /// `PRICE.ORIGIN_PRICE_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// PRICE: ORIGIN PRICE ERROR.
    PriceOriginPriceError,
    /// `NO_AVAILABLE_PAYMENT_METHOD`: HTTP 400; retry: never; category: invalid_argument.
    /// NO AVAILABLE PAYMENT METHOD.
    NoAvailablePaymentMethod,
    /// `InvalidEcsImage.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ecs image: not found.
    InvalidEcsImageNotFound,
    /// `SaleValidateNoSpecificCodeFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Sale validate no specific code failed.
    SaleValidateNoSpecificCodeFailed,
    /// `Trade_Not_Support_Async_Pay`: HTTP 400; retry: never; category: invalid_argument.
    /// Trade not support async pay.
    TradeNotSupportAsyncPay,
    /// `RealNameAuthenticationError`: HTTP 403; retry: never; category: permission_denied.
    /// Real name authentication error.
    RealNameAuthenticationError,
    /// `RegionUnauthorized`: HTTP 403; retry: never; category: permission_denied.
    /// Region unauthorized.
    RegionUnauthorized,
    /// `OperationDenied`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied.
    OperationDenied,
    /// `InvalidEngineVersionInRegion.NotAvailable`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid engine version in region: not available.
    InvalidEngineVersionInRegionNotAvailable,
    /// `RequiredParam.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Required param: not found.
    RequiredParamNotFound,
    /// `InvalidSecurityIPList.QuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security IP list: quota exceeded.
    InvalidSecurityIpListQuotaExceeded,
    /// `InvalidSecurityIPList.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security IP list: format.
    InvalidSecurityIpListFormat,
    /// `InvalidUser.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid user: not found.
    InvalidUserNotFound,
    /// `InvaliadParameter.ShardsCount.LessThanSrc`: HTTP 400; retry: never; category: invalid_argument.
    /// Invaliad parameter: shards count, less than src.
    InvaliadParameterShardsCountLessThanSrc,
    /// `InvalidRegion.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid region: format.
    InvalidRegionFormat,
    /// `InvalidParam`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParam,
    /// `InvalidEngineVersion.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid engine version: malformed.
    InvalidEngineVersionMalformed,
    /// `InvalidParameters.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameters: format.
    InvalidParametersFormat,
    /// `VpcServiceError`: HTTP 500; retry: never; category: internal.
    /// Vpc service error.
    VpcServiceError,
    /// `ChargeTypeViolation`: HTTP 400; retry: never; category: invalid_argument.
    /// Charge type violation.
    ChargeTypeViolation,
    /// `InstanceReleaseProtection`: HTTP 403; retry: never; category: permission_denied.
    /// Instance release protection.
    InstanceReleaseProtection,
    /// `ResponseEmptyError`: HTTP 403; retry: never; category: permission_denied.
    /// Response empty error.
    ResponseEmptyError,
    /// `InvalidDBInstance.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance: malformed.
    InvalidDbInstanceMalformed,
    /// `InvalidStartTime.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time: format.
    InvalidStartTimeFormat,
    /// `InvalidEndTime.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end time: format.
    InvalidEndTimeFormat,
    /// `InvalidEndTime.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end time: invalid.
    InvalidEndTimeInvalid,
    /// `InvalidParameterCombination`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter combination.
    InvalidParameterCombination,
    /// `InvalidQueryKeyword.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid query keyword: format.
    InvalidQueryKeywordFormat,
    /// `InvalidDatabase.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid database: format.
    InvalidDatabaseFormat,
    /// `InvalidQueryTime.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid query time: format.
    InvalidQueryTimeFormat,
    /// `IncorrectSQLLogActiveStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect SQL log active status.
    IncorrectSqlLogActiveStatus,
    /// `LogApiFrequencyExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Log api frequency exceeded.
    LogApiFrequencyExceeded,
    /// `ConcurrentTaskExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Concurrent task exceeded.
    ConcurrentTaskExceeded,
    /// `InvalidStartTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time: malformed.
    InvalidStartTimeMalformed,
    /// `InvalidEndTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end time: malformed.
    InvalidEndTimeMalformed,
    /// `InvalidStartTimeAndEndTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time and end time: malformed.
    InvalidStartTimeAndEndTimeMalformed,
    /// `InvalidPageSize.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid page size: malformed.
    InvalidPageSizeMalformed,
    /// `VpcCloudInstanceIdNumError`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpc cloud instance id num error.
    VpcCloudInstanceIdNumError,
    /// `INVALID_INSNAME_REGIONID_EMPTY`: HTTP 403; retry: never; category: permission_denied.
    /// INVALID INSNAME REGIONID EMPTY.
    InvalidInsnameRegionidEmpty,
    /// `NO_ACTIVE_BYOK`: HTTP 403; retry: never; category: permission_denied.
    /// NO ACTIVE BYOK.
    NoActiveByok,
    /// `InvalidPerformanceKey.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid performance key: malformed.
    InvalidPerformanceKeyMalformed,
    /// `InvalidAction`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid action.
    InvalidAction,
    /// `Param.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Param: invalid.
    ParamInvalid,
    /// `Param.Invalid.TimeEndBeforeStart`: HTTP 400; retry: never; category: invalid_argument.
    /// Param: invalid, time end before start.
    ParamInvalidTimeEndBeforeStart,
    /// `InternalError`: HTTP 400; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidKernelReleaseNotes`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid kernel release notes.
    InvalidKernelReleaseNotes,
    /// `EntityNotExistUser`: HTTP 404; retry: never; category: not_found.
    /// Entity not exist user.
    EntityNotExistUser,
    /// `EntityNotExistService`: HTTP 404; retry: never; category: not_found.
    /// Entity not exist service.
    EntityNotExistService,
    /// `NoPermissionService`: HTTP 404; retry: never; category: not_found.
    /// No permission service.
    NoPermissionService,
    /// `EntityAlreadyExistsRole`: HTTP 409; retry: never; category: aborted.
    /// Entity already exists role.
    EntityAlreadyExistsRole,
    /// `InvalidEngine.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid engine: malformed.
    InvalidEngineMalformed,
    /// `InvalidDBInstanceClass.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid DB instance class: not found.
    InvalidDbInstanceClassNotFound,
    /// `OriginPriceError`: HTTP 400; retry: never; category: invalid_argument.
    /// Origin price error.
    OriginPriceError,
    /// `Forbidden`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden.
    Forbidden,
    /// `IncorrectCharacterType`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Incorrect character type.
    IncorrectCharacterType,
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
    /// `InvalidDbInstanceId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid db instance id: not found.
    InvalidDbInstanceIdNotFound,
    /// `MissingDBInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing DB instance id.
    MissingDbInstanceId,
    /// `InvalidEffectiveTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid effective time: malformed.
    InvalidEffectiveTimeMalformed,
    /// `InsType.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Ins type: not support.
    InsTypeNotSupport,
    /// `IncorrectMasterDBInstanceState`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect master DB instance state.
    IncorrectMasterDbInstanceState,
    /// `NetworkTypeNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Network type not support.
    NetworkTypeNotSupport,
    /// `OperationDenied.LockMode`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: lock mode.
    OperationDeniedLockMode,
    /// `InvalidIzNo.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid iz no: not supported.
    InvalidIzNoNotSupported,
    /// `IncorrectVswitchId`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect vswitch id.
    IncorrectVswitchId,
    /// `InvalidRegion_Zone_NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid region zone not found.
    InvalidRegionZoneNotFound,
    /// `VPCERROR.ALLOCATE_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// VPCERROR: ALLOCATE ERROR.
    VpcerrorAllocateError,
    /// `ProxyError`: HTTP 400; retry: never; category: invalid_argument.
    /// Proxy error.
    ProxyError,
    /// `DbInsertError`: HTTP 400; retry: never; category: invalid_argument.
    /// Db insert error.
    DbInsertError,
    /// `UnsupportedDBTdeStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported DB tde status.
    UnsupportedDbTdeStatus,
    /// `InvalidAccountName.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account name: not found.
    InvalidAccountNameNotFound,
    /// `InvalidFilterParam`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid filter param.
    InvalidFilterParam,
    /// `InvalidPreferredBackupPeriod.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid preferred backup period: malformed.
    InvalidPreferredBackupPeriodMalformed,
    /// `InvalidPreferredBackupTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid preferred backup time: malformed.
    InvalidPreferredBackupTimeMalformed,
    /// `NewConnectionString.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// New connection string: not support.
    NewConnectionStringNotSupport,
    /// `InvalidConnectionString.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid connection string: not found.
    InvalidConnectionStringNotFound,
    /// `InstanceVpcAuthMode.NotSupported`: HTTP 500; retry: never; category: internal.
    /// Instance vpc auth mode: not supported.
    InstanceVpcAuthModeNotSupported,
    /// `SSLAlreadyEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// SSL already enabled.
    SslAlreadyEnabled,
    /// `SSLAlreadyDisabled`: HTTP 400; retry: never; category: invalid_argument.
    /// SSL already disabled.
    SslAlreadyDisabled,
    /// `SSLNotEnabled`: HTTP 403; retry: never; category: permission_denied.
    /// SSL not enabled.
    SslNotEnabled,
    /// `IncorrectDBInstanceState`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect DB instance state.
    IncorrectDbInstanceState,
    /// `IncorrectDBInstanceLockMode`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect DB instance lock mode.
    IncorrectDbInstanceLockMode,
    /// `EnabledSSLNotSupport`: HTTP 404; retry: never; category: not_found.
    /// Enabled SSL not support.
    EnabledSslNotSupport,
    /// `InvalidDBInstanceClass.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance class: value not supported.
    InvalidDbInstanceClassValueNotSupported,
    /// `LX_REQUEST_TOKEN_CONFLICT`: HTTP 400; retry: never; category: invalid_argument.
    /// LX REQUEST TOKEN CONFLICT.
    LxRequestTokenConflict,
    /// `TradeConfirmPayError`: HTTP 400; retry: never; category: invalid_argument.
    /// Trade confirm pay error.
    TradeConfirmPayError,
    /// `InvaildDBInstanceClassInRegion.NotAvailable`: HTTP 403; retry: never; category: permission_denied.
    /// Invaild DB instance class in region: not available.
    InvaildDbInstanceClassInRegionNotAvailable,
    /// `InvalidDBInstanceId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid DB instance id: not found.
    InvalidDbInstanceIdNotFound2,
    /// `UnsupportedEngine`: HTTP 403; retry: never; category: permission_denied.
    /// Unsupported engine.
    UnsupportedEngine,
    /// `InvalidClusterKms`: HTTP 404; retry: never; category: not_found.
    /// Invalid cluster kms.
    InvalidClusterKms,
    /// `InvalidDbInstanceIdInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid db instance id invalid.
    InvalidDbInstanceIdInvalid,
    /// `InstanceAutoRenewInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance auto renew invalid.
    InstanceAutoRenewInvalid,
    /// `InstanceChargeTypeInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance charge type invalid.
    InstanceChargeTypeInvalid,
    /// `InvalidDuration.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid duration: invalid.
    InvalidDurationInvalid,
    /// `ClassicNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Classic not support.
    ClassicNotSupport,
    /// `InstanceCurrentKernelVersionNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Instance current kernel version not support.
    InstanceCurrentKernelVersionNotSupport,
    /// `ResourceGroupId.InValid`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource group id: in valid.
    ResourceGroupIdInValid,
    /// `InvalidStatus.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid status: not found.
    InvalidStatusNotFound,
    /// `MissingInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing instance id.
    MissingInstanceId,
    /// `InstanceStatusInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance status invalid.
    InstanceStatusInvalid,
    /// `InvalidVpc.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vpc: not supported.
    InvalidVpcNotSupported,
    /// `AssociatedEcsSecurityGroupId.QuotaExceed`: HTTP 403; retry: never; category: permission_denied.
    /// Associated ecs security group id: quota exceed.
    AssociatedEcsSecurityGroupIdQuotaExceed,
    /// `InvalidInstanceId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid instance id: not found.
    InvalidInstanceIdNotFound,
    /// `InvalidRegionZoneNotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid region zone not found.
    InvalidRegionZoneNotFound2,
    /// `InvalidSecurityIps.MalFormed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security ips: mal formed.
    InvalidSecurityIpsMalFormed,
    /// `InvalidInstanceIp.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance ip: duplicate.
    InvalidInstanceIpDuplicate,
    /// `InvalidGroupName.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid group name: format.
    InvalidGroupNameFormat,
    /// `InvalidSecurityIPs.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid security i ps: not found.
    InvalidSecurityIPsNotFound,
    /// `OperationDenied.AccountStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: account status.
    OperationDeniedAccountStatus,
    /// `OperationDenied.AccountType`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: account type.
    OperationDeniedAccountType,
    /// `InvalidBackupID.NotFound`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid backup ID: not found.
    InvalidBackupIdNotFound,
    /// `OperationDenied.InsufficientResourceCapacity`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: insufficient resource capacity.
    OperationDeniedInsufficientResourceCapacity,
    /// `OperationDenied.DBInstance`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: DB instance.
    OperationDeniedDbInstance,
    /// `InvalidSwitchType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid switch type.
    InvalidSwitchType,
    /// `InvalidInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance id.
    InvalidInstanceId,
    /// `HaStatusNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Ha status not support.
    HaStatusNotSupport,
    /// `NumberExceed.CustomTags`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: custom tags.
    NumberExceedCustomTags,
    /// `AlreadyPrePaid`: HTTP 403; retry: never; category: permission_denied.
    /// Already pre paid.
    AlreadyPrePaid,
    /// `EngineVersion.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// Engine version: ERROR.
    EngineVersionError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 162] = [
        "InvalidAccountName.Forbid",
        "InvalidMeta.WrongFormat",
        "InvalidRestoreTime.Format",
        "InvalidDBName",
        "InvalidMeta.TooLarge",
        "SingleDBRestore.BackupSetNotSupport",
        "IncorrectDBInstanceType",
        "IncorrectEngineVersion",
        "InvalidBackupLogStatus",
        "IncorrectBackupSetState",
        "InvalidBackupSetID.NotFound",
        "InvalidBackup.NotFound",
        "InvalidAccountName.Malformed",
        "InvalidAccountPassword.Malformed",
        "InvalidAccountDescription.Malformed",
        "AccountLimitExceeded",
        "InvalidBackupMethod.ValueNotSupport",
        "OperationDenied.BackupJobExists",
        "OperationDenied.NoDatabase",
        "SecurityRisk.AuthVerification",
        "MissingParameter",
        "ORDER.ACCOUNT_INFORMATION_INCOMPLETE",
        "InvalidClientToken.Malformed",
        "InvalidDBInstanceDescription.Malformed",
        "InvalidSecurityIPListLength.Malformed",
        "InsufficientBalance",
        "QuotaExceed.AfterpayInstance",
        "InvalidCapacity.NotFound",
        "ResourceNotAvailable",
        "IdempotentParameterMismatch",
        "InvalidSecurityIPList.Malformed",
        "InvalidSecurityIPList.Duplicate",
        "InvalidDBInstanceStorage.ValueNotSupported",
        "TokenServiceError",
        "Zone.Closed",
        "PRICE.ORIGIN_PRICE_ERROR",
        "NO_AVAILABLE_PAYMENT_METHOD",
        "InvalidEcsImage.NotFound",
        "SaleValidateNoSpecificCodeFailed",
        "Trade_Not_Support_Async_Pay",
        "RealNameAuthenticationError",
        "RegionUnauthorized",
        "OperationDenied",
        "InvalidEngineVersionInRegion.NotAvailable",
        "RequiredParam.NotFound",
        "InvalidSecurityIPList.QuotaExceeded",
        "InvalidSecurityIPList.Format",
        "InvalidUser.NotFound",
        "InvaliadParameter.ShardsCount.LessThanSrc",
        "InvalidRegion.Format",
        "InvalidParam",
        "InvalidEngineVersion.Malformed",
        "InvalidParameters.Format",
        "VpcServiceError",
        "ChargeTypeViolation",
        "InstanceReleaseProtection",
        "ResponseEmptyError",
        "InvalidDBInstance.Malformed",
        "InvalidStartTime.Format",
        "InvalidEndTime.Format",
        "InvalidEndTime.Invalid",
        "InvalidParameterCombination",
        "InvalidQueryKeyword.Format",
        "InvalidDatabase.Format",
        "InvalidQueryTime.Format",
        "IncorrectSQLLogActiveStatus",
        "LogApiFrequencyExceeded",
        "ConcurrentTaskExceeded",
        "InvalidStartTime.Malformed",
        "InvalidEndTime.Malformed",
        "InvalidStartTimeAndEndTime.Malformed",
        "InvalidPageSize.Malformed",
        "VpcCloudInstanceIdNumError",
        "INVALID_INSNAME_REGIONID_EMPTY",
        "NO_ACTIVE_BYOK",
        "InvalidPerformanceKey.Malformed",
        "InvalidAction",
        "Param.Invalid",
        "Param.Invalid.TimeEndBeforeStart",
        "InternalError",
        "InvalidKernelReleaseNotes",
        "EntityNotExistUser",
        "EntityNotExistService",
        "NoPermissionService",
        "EntityAlreadyExistsRole",
        "InvalidEngine.Malformed",
        "InvalidDBInstanceClass.NotFound",
        "OriginPriceError",
        "Forbidden",
        "IncorrectCharacterType",
        "InvalidTagKey.Malformed",
        "InvalidTagValue.Malformed",
        "InvalidParameter.ResourceId",
        "MissParameter.TagOrResourceId",
        "InvalidParameter.Scope",
        "NumberExceed.ResourceIds",
        "NumberExceed.Tags",
        "Duplicate.TagKey",
        "InvalidParameter.ResourceType",
        "InvalidDbInstanceId.NotFound",
        "MissingDBInstanceId",
        "InvalidEffectiveTime.Malformed",
        "InsType.NotSupport",
        "IncorrectMasterDBInstanceState",
        "NetworkTypeNotSupport",
        "OperationDenied.LockMode",
        "InvalidIzNo.NotSupported",
        "IncorrectVswitchId",
        "InvalidRegion_Zone_NotFound",
        "VPCERROR.ALLOCATE_ERROR",
        "ProxyError",
        "DbInsertError",
        "UnsupportedDBTdeStatus",
        "InvalidAccountName.NotFound",
        "InvalidFilterParam",
        "InvalidPreferredBackupPeriod.Malformed",
        "InvalidPreferredBackupTime.Malformed",
        "NewConnectionString.NotSupport",
        "InvalidConnectionString.NotFound",
        "InstanceVpcAuthMode.NotSupported",
        "SSLAlreadyEnabled",
        "SSLAlreadyDisabled",
        "SSLNotEnabled",
        "IncorrectDBInstanceState",
        "IncorrectDBInstanceLockMode",
        "EnabledSSLNotSupport",
        "InvalidDBInstanceClass.ValueNotSupported",
        "LX_REQUEST_TOKEN_CONFLICT",
        "TradeConfirmPayError",
        "InvaildDBInstanceClassInRegion.NotAvailable",
        "InvalidDBInstanceId.NotFound",
        "UnsupportedEngine",
        "InvalidClusterKms",
        "InvalidDbInstanceIdInvalid",
        "InstanceAutoRenewInvalid",
        "InstanceChargeTypeInvalid",
        "InvalidDuration.Invalid",
        "ClassicNotSupport",
        "InstanceCurrentKernelVersionNotSupport",
        "ResourceGroupId.InValid",
        "InvalidStatus.NotFound",
        "MissingInstanceId",
        "InstanceStatusInvalid",
        "InvalidVpc.NotSupported",
        "AssociatedEcsSecurityGroupId.QuotaExceed",
        "InvalidInstanceId.NotFound",
        "InvalidRegionZoneNotFound",
        "InvalidSecurityIps.MalFormed",
        "InvalidInstanceIp.Duplicate",
        "InvalidGroupName.Format",
        "InvalidSecurityIPs.NotFound",
        "OperationDenied.AccountStatus",
        "OperationDenied.AccountType",
        "InvalidBackupID.NotFound",
        "OperationDenied.InsufficientResourceCapacity",
        "OperationDenied.DBInstance",
        "InvalidSwitchType",
        "InvalidInstanceId",
        "HaStatusNotSupport",
        "NumberExceed.CustomTags",
        "AlreadyPrePaid",
        "EngineVersion.ERROR",
    ];
    static NAME_CODES: [u32; 39] = [
        3, 5, 6, 10, 21, 23, 24, 30, 31, 32, 35, 36, 39, 45, 46, 57, 65, 73, 74, 86, 100,
        103, 108, 109, 112, 120, 121, 122, 123, 124, 125, 126, 127, 129, 130, 146, 153,
        155, 161,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidDbNameSingleDbRestoreBackupSetNotSupportIncorrectDbInstanceTypeInvalidBackupSetIdNotFoundOrderAccountInformationIncompleteInvalidDbInstanceDescriptionMalformedInvalidSecurityIpListLengthMalformedInvalidSecurityIpListMalformedInvalidSecurityIpListDuplicateInvalidDbInstanceStorageValueNotSupportedPriceOriginPriceErrorNoAvailablePaymentMethodTradeNotSupportAsyncPayInvalidSecurityIpListQuotaExceededInvalidSecurityIpListFormatInvalidDbInstanceMalformedIncorrectSqlLogActiveStatusInvalidInsnameRegionidEmptyNoActiveByokInvalidDbInstanceClassNotFoundMissingDbInstanceIdIncorrectMasterDbInstanceStateInvalidRegionZoneNotFoundVpcerrorAllocateErrorUnsupportedDbTdeStatusSslAlreadyEnabledSslAlreadyDisabledSslNotEnabledIncorrectDbInstanceStateIncorrectDbInstanceLockModeEnabledSslNotSupportInvalidDbInstanceClassValueNotSupportedLxRequestTokenConflictInvaildDbInstanceClassInRegionNotAvailableInvalidDbInstanceIdNotFound2InvalidRegionZoneNotFound2InvalidBackupIdNotFoundOperationDeniedDbInstanceEngineVersionError",
        ends: &[
            0, 13, 47, 70, 96, 129, 166, 202, 232, 262, 303, 324, 348, 371, 405, 432,
            458, 485, 512, 524, 554, 573, 603, 628, 649, 671, 688, 706, 719, 743, 770,
            790, 829, 851, 893, 921, 947, 970, 995, 1013,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Invalid account name: forbid.Invalid meta: wrong format.Invalid restore time: format.Invalid DB name.Invalid meta: too large.Single DB restore: backup set not support.Incorrect DB instance type.Incorrect engine version.Invalid backup log status.Incorrect backup set state.Invalid backup set ID: not found.Invalid backup: not found.Invalid account name: malformed.Invalid account password: malformed.Invalid account description: malformed.Account limit exceeded.Invalid backup method: value not support.Operation denied: backup job exists.Operation denied: no database.Security risk: auth verification.A required parameter is missing.ORDER: ACCOUNT INFORMATION INCOMPLETE.Invalid client token: malformed.Invalid DB instance description: malformed.Invalid security IP list length: malformed.Insufficient balance.A quota was exceeded: afterpay instance.Invalid capacity: not found.Resource not available.Idempotent parameter mismatch.Invalid security IP list: malformed.Invalid security IP list: duplicate.Invalid DB instance storage: value not supported.Token service error.Zone: closed.PRICE: ORIGIN PRICE ERROR.NO AVAILABLE PAYMENT METHOD.Invalid ecs image: not found.Sale validate no specific code failed.Trade not support async pay.Real name authentication error.Region unauthorized.Operation denied.Invalid engine version in region: not available.Required param: not found.Invalid security IP list: quota exceeded.Invalid security IP list: format.Invalid user: not found.Invaliad parameter: shards count, less than src.Invalid region: format.A parameter is invalid.Invalid engine version: malformed.Invalid parameters: format.Vpc service error.Charge type violation.Instance release protection.Response empty error.Invalid DB instance: malformed.Invalid start time: format.Invalid end time: format.Invalid end time: invalid.Invalid parameter combination.Invalid query keyword: format.Invalid database: format.Invalid query time: format.Incorrect SQL log active status.Log api frequency exceeded.Concurrent task exceeded.Invalid start time: malformed.Invalid end time: malformed.Invalid start time and end time: malformed.Invalid page size: malformed.Vpc cloud instance id num error.INVALID INSNAME REGIONID EMPTY.NO ACTIVE BYOK.Invalid performance key: malformed.Invalid action.Param: invalid.Param: invalid, time end before start.An internal error occurred.Invalid kernel release notes.Entity not exist user.Entity not exist service.No permission service.Entity already exists role.Invalid engine: malformed.Invalid DB instance class: not found.Origin price error.The request is forbidden.Incorrect character type.Invalid tag key: malformed.Invalid tag value: malformed.A parameter is invalid: resource id.Miss parameter: tag or resource id.A parameter is invalid: scope.Number exceed: resource ids.Number exceed: tags.Duplicate: tag key.A parameter is invalid: resource type.Invalid db instance id: not found.Missing DB instance id.Invalid effective time: malformed.Ins type: not support.Incorrect master DB instance state.Network type not support.Operation denied: lock mode.Invalid iz no: not supported.Incorrect vswitch id.Invalid region zone not found.VPCERROR: ALLOCATE ERROR.Proxy error.Db insert error.Unsupported DB tde status.Invalid account name: not found.Invalid filter param.Invalid preferred backup period: malformed.Invalid preferred backup time: malformed.New connection string: not support.Invalid connection string: not found.Instance vpc auth mode: not supported.SSL already enabled.SSL already disabled.SSL not enabled.Incorrect DB instance state.Incorrect DB instance lock mode.Enabled SSL not support.Invalid DB instance class: value not supported.LX REQUEST TOKEN CONFLICT.Trade confirm pay error.Invaild DB instance class in region: not available.Invalid DB instance id: not found.Unsupported engine.Invalid cluster kms.Invalid db instance id invalid.Instance auto renew invalid.Instance charge type invalid.Invalid duration: invalid.Classic not support.Instance current kernel version not support.Resource group id: in valid.Invalid status: not found.Missing instance id.Instance status invalid.Invalid vpc: not supported.Associated ecs security group id: quota exceed.Invalid instance id: not found.Invalid region zone not found.Invalid security ips: mal formed.Invalid instance ip: duplicate.Invalid group name: format.Invalid security i ps: not found.Operation denied: account status.Operation denied: account type.Invalid backup ID: not found.Operation denied: insufficient resource capacity.Operation denied: DB instance.Invalid switch type.Invalid instance id.Ha status not support.Number exceed: custom tags.Already pre paid.Engine version: ERROR.",
        ends: &[
            0, 29, 56, 85, 101, 125, 167, 194, 219, 245, 272, 305, 331, 363, 399, 438,
            461, 502, 538, 568, 601, 633, 671, 703, 746, 789, 810, 850, 878, 901, 931,
            967, 1003, 1052, 1072, 1085, 1111, 1139, 1168, 1206, 1234, 1265, 1285, 1302,
            1350, 1376, 1417, 1450, 1474, 1522, 1545, 1568, 1602, 1629, 1647, 1669, 1697,
            1718, 1749, 1776, 1801, 1827, 1857, 1887, 1912, 1939, 1971, 1998, 2023, 2053,
            2081, 2124, 2153, 2185, 2216, 2231, 2266, 2281, 2296, 2334, 2361, 2390, 2412,
            2437, 2459, 2486, 2512, 2549, 2568, 2593, 2618, 2645, 2674, 2710, 2745, 2775,
            2803, 2823, 2842, 2880, 2914, 2937, 2971, 2993, 3028, 3053, 3081, 3110, 3131,
            3161, 3186, 3198, 3214, 3240, 3272, 3293, 3336, 3377, 3412, 3449, 3487, 3507,
            3528, 3544, 3572, 3604, 3628, 3675, 3701, 3725, 3776, 3810, 3829, 3849, 3880,
            3908, 3937, 3963, 3983, 4027, 4055, 4081, 4101, 4125, 4152, 4199, 4230, 4260,
            4293, 4324, 4351, 4384, 4417, 4448, 4477, 4526, 4556, 4576, 4596, 4618, 4645,
            4662, 4684,
        ],
    };
    static STATUSES: [u16; 165] = [
        400, 400, 400, 403, 403, 403, 403, 403, 403, 403, 404, 404, 400, 400, 400, 404,
        400, 403, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 403, 403, 403, 403, 400, 400, 400, 404,
        400, 400, 400, 404, 400, 400, 500, 400, 403, 403, 400, 400, 400, 400, 400, 400,
        400, 400, 403, 403, 403, 400, 400, 400, 400, 400, 403, 403, 400, 400, 400, 400,
        400, 400, 404, 404, 404, 409, 400, 404, 400, 403, 403, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 500, 400, 400, 403, 403, 403,
        404, 400, 400, 400, 403, 404, 403, 404, 400, 400, 400, 400, 400, 403, 400, 404,
        400, 400, 400, 403, 404, 404, 400, 400, 400, 404, 403, 403, 403, 403, 403, 400,
        400, 400, 400, 403, 400,
    ];
    static STATUS_ENDS: [u32; 163] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
        64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,
        84, 85, 86, 87, 88, 89, 90, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 103, 104,
        105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120,
        121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136,
        137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152,
        153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165,
    ];
    static RETRY: [::cloud_errors::Retry; 162] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 162] = ::cloud_errors::__private::category_column(
        b"cccgggggggeecccecggccccccchcciccccccccccggggcccecccccmcggccccccccgggcccccggccccmceeejcecggcccccccccecccccccccccccccccccmccgggecccgegecccccgcecccgeecccegggggccccgc",
    );
    static PILOTS: [u16; 41] = [
        25, 0, 3, 171, 4, 13, 9, 15, 5, 21, 23, 5, 24, 1, 56, 5, 123, 82, 3, 123, 10,
        244, 301, 29, 3, 1, 0, 90, 12, 2, 186, 4, 2, 5, 32, 135, 0, 84, 68, 0, 3,
    ];
    static SLOTS: [(&str, u32); 180] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            16, 145, 139, 151, 68, 102, 123, 159, 134, 84, 38, 101, 41, 66, 87, 32, 160,
            112, 51, 111, 96, 106, 4294967295, 4294967295, 86, 108, 4294967295, 34, 130,
            4294967295, 55, 158, 2, 136, 4294967295, 83, 144, 124, 37, 135, 79, 28, 91,
            73, 3, 25, 128, 157, 61, 152, 93, 23, 53, 4294967295, 85, 120, 4294967295,
            58, 57, 7, 147, 4294967295, 4294967295, 15, 140, 114, 13, 49, 33, 138, 137,
            110, 4294967295, 31, 18, 149, 59, 5, 4, 126, 72, 81, 109, 100, 146, 9, 77,
            4294967295, 48, 12, 156, 117, 74, 129, 125, 0, 104, 8, 4294967295, 78, 148,
            10, 22, 40, 24, 113, 21, 63, 142, 50, 121, 26, 94, 46, 132, 95, 64, 43, 36,
            131, 56, 35, 141, 70, 98, 4294967295, 133, 44, 17, 11, 4294967295, 154, 161,
            97, 80, 4294967295, 89, 30, 99, 4294967295, 69, 65, 118, 45, 52, 103, 115,
            119, 14, 1, 90, 122, 76, 42, 107, 4294967295, 105, 19, 116, 29, 127, 75, 150,
            47, 92, 60, 4294967295, 27, 20, 143, 155, 6, 71, 88, 62, 39, 54, 82, 67, 153,
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
    const PROVIDER: &'static str = "Alibaba Cloud Dds";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Dds's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Dds: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
