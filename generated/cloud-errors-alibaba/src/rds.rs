// @generated from catalogs/alibaba/rds.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Rds: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Rds: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `IncorrectDBInstanceState`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Incorrect DB instance state.
    IncorrectDbInstanceState,
    /// `InvalidMigrateStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid migrate status.
    InvalidMigrateStatus,
    /// `InvalidMigrateTask`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid migrate task.
    InvalidMigrateTask,
    /// `Order.ComboInstanceNotAllowOperate`: HTTP 400; retry: never; category: invalid_argument.
    /// Order: combo instance not allow operate.
    OrderComboInstanceNotAllowOperate,
    /// `Price.PricingPlanResultNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Price: pricing plan result not found.
    PricePricingPlanResultNotFound,
    /// `Order.NoRealNameAuthentication`: HTTP 400; retry: never; category: invalid_argument.
    /// Order: no real name authentication.
    OrderNoRealNameAuthentication,
    /// `InsufficientAvailableQuota`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient available quota.
    InsufficientAvailableQuota,
    /// `CommodityServiceCalling.Exception`: HTTP 400; retry: never; category: invalid_argument.
    /// Commodity service calling: exception.
    CommodityServiceCallingException,
    /// `RegionDissolvedEOM`: HTTP 400; retry: never; category: invalid_argument.
    /// Region dissolved EOM.
    RegionDissolvedEom,
    /// `Commodity.InvalidComponent`: HTTP 400; retry: never; category: invalid_argument.
    /// Commodity: invalid component.
    CommodityInvalidComponent,
    /// `RegionEndTimeDissolvedIndia`: HTTP 400; retry: never; category: invalid_argument.
    /// Region end time dissolved india.
    RegionEndTimeDissolvedIndia,
    /// `RegionEndTimeDissolvedAustralia`: HTTP 400; retry: never; category: invalid_argument.
    /// Region end time dissolved australia.
    RegionEndTimeDissolvedAustralia,
    /// `Price.CommoditySys`: HTTP 400; retry: never; category: invalid_argument.
    /// Price: commodity sys.
    PriceCommoditySys,
    /// `Pay.InsufficientBalance`: HTTP 400; retry: never; category: invalid_argument.
    /// Pay: insufficient balance.
    PayInsufficientBalance,
    /// `Order.PeriodInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Order: period invalid.
    OrderPeriodInvalid,
    /// `pay.noCreditCard`: HTTP 400; retry: never; category: invalid_argument.
    /// Pay: no credit card.
    PayNoCreditCard,
    /// `Order.InstHasUnpaidOrder`: HTTP 400; retry: never; category: invalid_argument.
    /// Order: inst has unpaid order.
    OrderInstHasUnpaidOrder,
    /// `noAvailablePaymentMethod`: HTTP 400; retry: never; category: invalid_argument.
    /// No available payment method.
    NoAvailablePaymentMethod,
    /// `BasicInfoUncompleted`: HTTP 400; retry: never; category: invalid_argument.
    /// Basic info uncompleted.
    BasicInfoUncompleted,
    /// `Risk.RiskControlRejection`: HTTP 400; retry: never; category: invalid_argument.
    /// Risk: risk control rejection.
    RiskRiskControlRejection,
    /// `Api.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Api: not support.
    ApiNotSupport,
    /// `ContainForbiddenLabelError`: HTTP 400; retry: never; category: invalid_argument.
    /// Contain forbidden label error.
    ContainForbiddenLabelError,
    /// `InvalidDBInstanceId.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid DB instance id: not found.
    InvalidDbInstanceIdNotFound,
    /// `InvalidInstanceLevel.DiskType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance level: disk type.
    InvalidInstanceLevelDiskType,
    /// `InvalidParam`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParam,
    /// `KmsApiError`: HTTP 400; retry: never; category: invalid_argument.
    /// Kms api error.
    KmsApiError,
    /// `System.SaleValidateFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// System: sale validate failed.
    SystemSaleValidateFailed,
    /// `Abs.InvalidAccount.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Abs: invalid account, not found.
    AbsInvalidAccountNotFound,
    /// `SqlExecuteFailedOrTimeout`: HTTP 400; retry: never; category: invalid_argument.
    /// Sql execute failed or timeout.
    SqlExecuteFailedOrTimeout,
    /// `IncorrectDBInstance`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect DB instance.
    IncorrectDbInstance,
    /// `IncorrectDBInstanceType`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Incorrect DB instance type.
    IncorrectDbInstanceType,
    /// `OrderStatus.UnPaid`: HTTP 403; retry: never; category: permission_denied.
    /// Order status: un paid.
    OrderStatusUnPaid,
    /// `InvalidReduceDiskSize`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid reduce disk size.
    InvalidReduceDiskSize,
    /// `CloudSSDNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Cloud SSD not support.
    CloudSsdNotSupport,
    /// `InvalidUserOperatorPermission`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid user operator permission.
    InvalidUserOperatorPermission,
    /// `InvalidVswitchId`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid vswitch id.
    InvalidVswitchId,
    /// `InvalidDBInstanceName.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid DB instance name: not found.
    InvalidDbInstanceNameNotFound,
    /// `IncorrectDBInstanceLockMode`: HTTP 404, 403; retry: never; category: not_found.
    /// Incorrect DB instance lock mode.
    IncorrectDbInstanceLockMode,
    /// `InvalidClusterKms`: HTTP 404; retry: never; category: not_found.
    /// Invalid cluster kms.
    InvalidClusterKms,
    /// `ExternalFailure`: HTTP 500; retry: never; category: internal.
    /// External failure.
    ExternalFailure,
    /// `Forbidden`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden.
    Forbidden,
    /// `InvalidTagKey.Malformed`: HTTP 400, 401; retry: never; category: invalid_argument.
    /// Invalid tag key: malformed.
    InvalidTagKeyMalformed,
    /// `OtherEndpoint.Exist`: HTTP 400; retry: never; category: invalid_argument.
    /// Other endpoint: exist.
    OtherEndpointExist,
    /// `ConnectionStringContainIllegalCharacterFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Connection string contain illegal character fault.
    ConnectionStringContainIllegalCharacterFault,
    /// `InvalidInstanceNetworkType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance network type.
    InvalidInstanceNetworkType,
    /// `InvalidConnectionString.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid connection string: format.
    InvalidConnectionStringFormat,
    /// `InvalidPort.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid port: malformed.
    InvalidPortMalformed,
    /// `InvalidVpcIdRegion.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vpc id region: not supported.
    InvalidVpcIdRegionNotSupported,
    /// `InvalidInstanceNetworkType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance network type: value not supported.
    InvalidInstanceNetworkTypeValueNotSupported,
    /// `InvalidBizType.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid biz type: format.
    InvalidBizTypeFormat,
    /// `EndpointNum.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint num: error.
    EndpointNumError,
    /// `EndpointType.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint type: not support.
    EndpointTypeNotSupport,
    /// `Invalid.DbInstanceNetType`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid: db instance net type.
    InvalidDbInstanceNetType,
    /// `OperationDenied.SwitchToVPC`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: switch to VPC.
    OperationDeniedSwitchToVpc,
    /// `InvalidConnectionString.Duplicate`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid connection string: duplicate.
    InvalidConnectionStringDuplicate,
    /// `ColdData.EngineVersionNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Cold data: engine version not support.
    ColdDataEngineVersionNotSupport,
    /// `ColdData.MinorVersionNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Cold data: minor version not support.
    ColdDataMinorVersionNotSupport,
    /// `IncorrectTargetClasscode`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect target classcode.
    IncorrectTargetClasscode,
    /// `RequiredParam.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Required param: not found.
    RequiredParamNotFound,
    /// `InvalidSecurityIPList.QuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security IP list: quota exceeded.
    InvalidSecurityIpListQuotaExceeded,
    /// `InvalidParameterTemplateId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter template id.
    InvalidParameterTemplateId,
    /// `InvalidDBInstanceName.TooMuchItems`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance name: too much items.
    InvalidDbInstanceNameTooMuchItems,
    /// `WhitelistTemplateRelationToCustinsId.EXISTS`: HTTP 401; retry: never; category: unauthenticated.
    /// Whitelist template relation to custins id: EXISTS.
    WhitelistTemplateRelationToCustinsIdExists,
    /// `WhitelistIPLength.Forbidden`: HTTP 401; retry: never; category: unauthenticated.
    /// Whitelist IP length: forbidden.
    WhitelistIpLengthForbidden,
    /// `WhitelistTemplateId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Whitelist template id: not found.
    WhitelistTemplateIdNotFound,
    /// `InsName.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Ins name: not found.
    InsNameNotFound,
    /// `IncorrectDBInstanceConnType`: HTTP 403, 404; retry: never; category: permission_denied.
    /// Incorrect DB instance conn type.
    IncorrectDbInstanceConnType,
    /// `IncorrectDBType`: HTTP 403, 404; retry: never; category: permission_denied.
    /// Incorrect DB type.
    IncorrectDbType,
    /// `InvalidDBInstanceClass.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid DB instance class: not found.
    InvalidDbInstanceClassNotFound,
    /// `IncorrectDBInstanceCharacterType`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect DB instance character type.
    IncorrectDbInstanceCharacterType,
    /// `OperationDenied.IncorrectTaskStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: incorrect task status.
    OperationDeniedIncorrectTaskStatus,
    /// `OperationDenied.IncorrectMigrationStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: incorrect migration status.
    OperationDeniedIncorrectMigrationStatus,
    /// `InvalidMigrationID.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid migration ID: not found.
    InvalidMigrationIdNotFound,
    /// `InvalidTask.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid task: not found.
    InvalidTaskNotFound,
    /// `Database.ConnectError`: HTTP 400; retry: never; category: invalid_argument.
    /// Database: connect error.
    DatabaseConnectError,
    /// `InvalidConnectionInfo`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid connection info.
    InvalidConnectionInfo,
    /// `Account.QueryError`: HTTP 400; retry: never; category: invalid_argument.
    /// Account: query error.
    AccountQueryError,
    /// `InvalidParameter.ByokInsnameAndRegionAllEmpty`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: byok insname and region all empty.
    InvalidParameterByokInsnameAndRegionAllEmpty,
    /// `InvalidRestoreType.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid restore type: format.
    InvalidRestoreTypeFormat,
    /// `NoBackupSetRegion`: HTTP 400; retry: never; category: invalid_argument.
    /// No backup set region.
    NoBackupSetRegion,
    /// `IncorrectBackupSetType`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect backup set type.
    IncorrectBackupSetType,
    /// `NoSourceInstanceName`: HTTP 400; retry: never; category: invalid_argument.
    /// No source instance name.
    NoSourceInstanceName,
    /// `NoAvailableDisasterRestoreBakset`: HTTP 400; retry: never; category: invalid_argument.
    /// No available disaster restore bakset.
    NoAvailableDisasterRestoreBakset,
    /// `IncorrectBackupSetMethod`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Incorrect backup set method.
    IncorrectBackupSetMethod,
    /// `InvalidBackupType.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid backup type: format.
    InvalidBackupTypeFormat,
    /// `IncorrectEngineVersion`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Incorrect engine version.
    IncorrectEngineVersion,
    /// `IncorrectBaksetVersion`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Incorrect bakset version.
    IncorrectBaksetVersion,
    /// `CrossRegionUnsupportTDE`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Cross region unsupport TDE.
    CrossRegionUnsupportTde,
    /// `DisasterRestoreRegionNotMatched`: HTTP 400; retry: never; category: invalid_argument.
    /// Disaster restore region not matched.
    DisasterRestoreRegionNotMatched,
    /// `InvalidMinorVersion.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid minor version: not found.
    InvalidMinorVersionNotFound,
    /// `InvalidDBInstanceId.MalFormed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance id: mal formed.
    InvalidDbInstanceIdMalFormed,
    /// `InvalidEngine.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid engine: malformed.
    InvalidEngineMalformed,
    /// `InvalidEngineVersion.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid engine version: malformed.
    InvalidEngineVersionMalformed,
    /// `MissingUserID`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing user ID.
    MissingUserId,
    /// `MissingUID`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing UID.
    MissingUid,
    /// `UserPermissionFailure`: HTTP 400; retry: never; category: invalid_argument.
    /// User permission failure.
    UserPermissionFailure,
    /// `InvalidServiceType.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid service type: format.
    InvalidServiceTypeFormat,
    /// `InvalidStorage.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid storage: format.
    InvalidStorageFormat,
    /// `ResourceConfigError`: HTTP 403, 500; retry: never; category: permission_denied.
    /// Resource config error.
    ResourceConfigError,
    /// `RestoreType.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Restore type: not found.
    RestoreTypeNotFound,
    /// `InvalidBackupSetID.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid backup set ID: not found.
    InvalidBackupSetIdNotFound,
    /// `InvalidDBInstance.NotFound`: HTTP 404, 403; retry: never; category: not_found.
    /// Invalid DB instance: not found.
    InvalidDbInstanceNotFound,
    /// `Database.QueryError`: HTTP 400; retry: never; category: invalid_argument.
    /// Database: query error.
    DatabaseQueryError,
    /// `InvalidDBName.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB name: format.
    InvalidDbNameFormat,
    /// `InvalidDBName.Forbid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB name: forbid.
    InvalidDbNameForbid,
    /// `InvalidDBName.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB name: duplicate.
    InvalidDbNameDuplicate,
    /// `InvalidParameterGroupId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter group id: malformed.
    InvalidParameterGroupIdMalformed,
    /// `InvalidAvZone.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid av zone: format.
    InvalidAvZoneFormat,
    /// `InvalidAvZone.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid av zone: not support.
    InvalidAvZoneNotSupport,
    /// `CannotDecreaseEssdPerfLevel`: HTTP 400, 401, 500; retry: never; category: invalid_argument.
    /// Cannot decrease essd perf level.
    CannotDecreaseEssdPerfLevel,
    /// `InvalidIPAddress.Conflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid IP address: conflict.
    InvalidIpAddressConflict,
    /// `CDDC.AvailableHostsNotEnoughInZone`: HTTP 400; retry: never; category: invalid_argument.
    /// CDDC: available hosts not enough in zone.
    CddcAvailableHostsNotEnoughInZone,
    /// `InvalidRecoveryDbInstance.StorageType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid recovery db instance: storage type.
    InvalidRecoveryDbInstanceStorageType,
    /// `InvalidRecoveryDbInstance.StorageSize`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid recovery db instance: storage size.
    InvalidRecoveryDbInstanceStorageSize,
    /// `InvalidDBInstanceClass.Offline`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance class: offline.
    InvalidDbInstanceClassOffline,
    /// `InvalidTunnelId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tunnel id.
    InvalidTunnelId,
    /// `ZoneId.NotMatchWithCategory`: HTTP 400; retry: never; category: invalid_argument.
    /// Zone id: not match with category.
    ZoneIdNotMatchWithCategory,
    /// `Parameters.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameters: invalid.
    ParametersInvalid,
    /// `BackupPolicyNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Backup policy not support.
    BackupPolicyNotSupport,
    /// `InvalideStatus.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalide status: format.
    InvalideStatusFormat,
    /// `InvalidReleasedKeepPolicy.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid released keep policy: format.
    InvalidReleasedKeepPolicyFormat,
    /// `IncorrectMinorVersion`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect minor version.
    IncorrectMinorVersion,
    /// `IncorrectCharacterType`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect character type.
    IncorrectCharacterType,
    /// `CloudDiskEncryptionNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Cloud disk encryption not support.
    CloudDiskEncryptionNotSupport,
    /// `OperationDenied.ZoneResource`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: zone resource.
    OperationDeniedZoneResource,
    /// `NotInFlowController`: HTTP 403; retry: never; category: permission_denied.
    /// Not in flow controller.
    NotInFlowController,
    /// `Request.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Request: not found.
    RequestNotFound,
    /// `RequestMetaDataFailed`: HTTP 500; retry: never; category: internal.
    /// Request meta data failed.
    RequestMetaDataFailed,
    /// `ParamNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Param not exist.
    ParamNotExist,
    /// `ParamTypeError`: HTTP 400; retry: never; category: invalid_argument.
    /// Param type error.
    ParamTypeError,
    /// `ParamGroupOptionValue.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Param group option value: not support.
    ParamGroupOptionValueNotSupport,
    /// `ParamGroupsNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Param groups not exist.
    ParamGroupsNotExist,
    /// `InvalidParameters.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameters: malformed.
    InvalidParametersMalformed,
    /// `ParamGroupOptionKey.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Param group option key: not found.
    ParamGroupOptionKeyNotFound,
    /// `InvalidNotifyId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid notify id.
    InvalidNotifyId,
    /// `InvalidAccountName.Format`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid account name: format.
    InvalidAccountNameFormat,
    /// `InvalidAccountName.Forbid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account name: forbid.
    InvalidAccountNameForbid,
    /// `InvalidCharacterSetName.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid character set name: format.
    InvalidCharacterSetNameFormat,
    /// `InvalidAccountPrivilege.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account privilege: malformed.
    InvalidAccountPrivilegeMalformed,
    /// `InvalidAccountPassword.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account password: format.
    InvalidAccountPasswordFormat,
    /// `InvalidDBDescription.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB description: format.
    InvalidDbDescriptionFormat,
    /// `InvalidReserveAccount.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid reserve account: format.
    InvalidReserveAccountFormat,
    /// `DBLimitExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// DB limit exceeded.
    DbLimitExceeded,
    /// `AccountLimitExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Account limit exceeded.
    AccountLimitExceeded,
    /// `OperationDenied.AccountMode`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: account mode.
    OperationDeniedAccountMode,
    /// `InvalidDBName.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid DB name: not found.
    InvalidDbNameNotFound,
    /// `InvalidBackupSetID`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid backup set ID.
    InvalidBackupSetId,
    /// `DBCountLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// DB count limit exceeded.
    DbCountLimitExceeded,
    /// `BackupRestoreNotSupported.BasicHA`: HTTP 400; retry: never; category: invalid_argument.
    /// Backup restore not supported: basic HA.
    BackupRestoreNotSupportedBasicHa,
    /// `BackupRestoreNotSupported.HADedicatedAlwaysOn`: HTTP 400; retry: never; category: invalid_argument.
    /// Backup restore not supported: HA dedicated always on.
    BackupRestoreNotSupportedHaDedicatedAlwaysOn,
    /// `BackupRestoreNotSupported.ShareDedicatedAlwaysOn`: HTTP 400; retry: never; category: invalid_argument.
    /// Backup restore not supported: share dedicated always on.
    BackupRestoreNotSupportedShareDedicatedAlwaysOn,
    /// `OperationDenied.RestoreTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: restore time.
    OperationDeniedRestoreTime,
    /// `OperationDenied.SnapshotBackupSet`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: snapshot backup set.
    OperationDeniedSnapshotBackupSet,
    /// `CanNotCopyDBHasTDEEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Can not copy DB has TDE enabled.
    CanNotCopyDbHasTdeEnabled,
    /// `InvalidBackupDBNames.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid backup DB names: not found.
    InvalidBackupDbNamesNotFound,
    /// `InvalidBackupDBNames.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid backup DB names: malformed.
    InvalidBackupDbNamesMalformed,
    /// `EngineNotSupported`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Engine not supported.
    EngineNotSupported,
    /// `InvalidTargetDBInstanceName.Format`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid target DB instance name: format.
    InvalidTargetDbInstanceNameFormat,
    /// `MasterDBInstanceState.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Master DB instance state: not support.
    MasterDbInstanceStateNotSupport,
    /// `TargetInstanceEngineNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Target instance engine not supported.
    TargetInstanceEngineNotSupported,
    /// `InvalidInstancesRegion.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instances region: malformed.
    InvalidInstancesRegionMalformed,
    /// `InvalidStartTime.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time: format.
    InvalidStartTimeFormat,
    /// `InvalidEndTime.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end time: format.
    InvalidEndTimeFormat,
    /// `InvalidParameterCombination`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter combination.
    InvalidParameterCombination,
    /// `InvalidBackupSetLocation.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid backup set location: format.
    InvalidBackupSetLocationFormat,
    /// `InvalidCrossRegionTrans`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cross region trans.
    InvalidCrossRegionTrans,
    /// `ErrorParametersConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Error parameters conflict.
    ErrorParametersConflict,
    /// `ReadDBInstanceNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Read DB instance not support.
    ReadDbInstanceNotSupport,
    /// `InvalidRecoveryDBNames.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid recovery DB names: format.
    InvalidRecoveryDbNamesFormat,
    /// `InvalidBackupIdOrRestoreTime.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid backup id or restore time: not found.
    InvalidBackupIdOrRestoreTimeNotFound,
    /// `Forbidden.RegionNotFound`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: region not found.
    ForbiddenRegionNotFound,
    /// `ImageNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Image not found.
    ImageNotFound,
    /// `InvalidZone.NotSupportedForStorageType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid zone: not supported for storage type.
    InvalidZoneNotSupportedForStorageType,
    /// `InvalidEngineOrEngineVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid engine or engine version.
    InvalidEngineOrEngineVersion,
    /// `InvalidGeneralGroupNameOrGdnInstanceName`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid general group name or gdn instance name.
    InvalidGeneralGroupNameOrGdnInstanceName,
    /// `InvalidVSwitchId.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid v switch id: not found.
    InvalidVSwitchIdNotFound,
    /// `CDDC.TargetHostIDNotAvailable`: HTTP 400; retry: never; category: invalid_argument.
    /// CDDC: target host ID not available.
    CddcTargetHostIdNotAvailable,
    /// `ReadOnlyInstanceNotSupport`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Read only instance not support.
    ReadOnlyInstanceNotSupport,
    /// `InvalidShareDbInstanceClassNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid share db instance class not support.
    InvalidShareDbInstanceClassNotSupport,
    /// `InvalidQuantity.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid quantity: not supported.
    InvalidQuantityNotSupported,
    /// `IncorrectMasterDBInstanceState`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect master DB instance state.
    IncorrectMasterDbInstanceState,
    /// `InvalidDBInstance.ReadDBInstanceExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance: read DB instance exceeded.
    InvalidDbInstanceReadDbInstanceExceeded,
    /// `InvalidEssdStorageSize`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Invalid essd storage size.
    InvalidEssdStorageSize,
    /// `IncorrectInstanceNetworkType`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect instance network type.
    IncorrectInstanceNetworkType,
    /// `AtLeastTwoVSwitchParamExists`: HTTP 400; retry: never; category: invalid_argument.
    /// At least two v switch param exists.
    AtLeastTwoVSwitchParamExists,
    /// `InvalidIzNo.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid iz no: not supported.
    InvalidIzNoNotSupported,
    /// `InvalidBackupSet`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid backup set.
    InvalidBackupSet,
    /// `InvalidRestoreTimeSpecified`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid restore time specified.
    InvalidRestoreTimeSpecified,
    /// `InvalidRestoreDB`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid restore DB.
    InvalidRestoreDb,
    /// `StorageLimitExceeded`: HTTP 403, 404; retry: never; category: permission_denied.
    /// Storage limit exceeded.
    StorageLimitExceeded,
    /// `InvalidTempInstance.NotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid temp instance: not support.
    InvalidTempInstanceNotSupport,
    /// `Forbidden.SnapshotRecovery`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: snapshot recovery.
    ForbiddenSnapshotRecovery,
    /// `OperationDenied.Resource`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: resource.
    OperationDeniedResource,
    /// `ReadonlyDBInstanceStorageExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Readonly DB instance storage exceeded.
    ReadonlyDbInstanceStorageExceeded,
    /// `MasterDBInstanceClassNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Master DB instance class not support.
    MasterDbInstanceClassNotSupport,
    /// `ReadonlyDBInstanceClassNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Readonly DB instance class not support.
    ReadonlyDbInstanceClassNotSupport,
    /// `ReadonlyDBInstanceClassLowerThanMasterInstance`: HTTP 403; retry: never; category: permission_denied.
    /// Readonly DB instance class lower than master instance.
    ReadonlyDbInstanceClassLowerThanMasterInstance,
    /// `InvalidSwitchType.Malformed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid switch type: malformed.
    InvalidSwitchTypeMalformed,
    /// `UnsupportedCopyDbHighAvailabilityToBasic`: HTTP 403; retry: never; category: permission_denied.
    /// Unsupported copy db high availability to basic.
    UnsupportedCopyDbHighAvailabilityToBasic,
    /// `InvalidInstanceVersion`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance version.
    InvalidInstanceVersion,
    /// `UnsupportedCopyDbShareToHighAvailability`: HTTP 403; retry: never; category: permission_denied.
    /// Unsupported copy db share to high availability.
    UnsupportedCopyDbShareToHighAvailability,
    /// `UnsupportedCopyDbAlwaysOnToBasic`: HTTP 403; retry: never; category: permission_denied.
    /// Unsupported copy db always on to basic.
    UnsupportedCopyDbAlwaysOnToBasic,
    /// `UnsupportedCopyDbBasicToShare`: HTTP 403; retry: never; category: permission_denied.
    /// Unsupported copy db basic to share.
    UnsupportedCopyDbBasicToShare,
    /// `UnsupportedCopyDbAlwaysOnToHighAvailability`: HTTP 403; retry: never; category: permission_denied.
    /// Unsupported copy db always on to high availability.
    UnsupportedCopyDbAlwaysOnToHighAvailability,
    /// `UnsupportedCopyDbShareToBasic`: HTTP 403; retry: never; category: permission_denied.
    /// Unsupported copy db share to basic.
    UnsupportedCopyDbShareToBasic,
    /// `UnsupportedCopyDbHighAvailabilityToShare`: HTTP 403; retry: never; category: permission_denied.
    /// Unsupported copy db high availability to share.
    UnsupportedCopyDbHighAvailabilityToShare,
    /// `UnsupportedCopyDbShareToAlwaysOn`: HTTP 403; retry: never; category: permission_denied.
    /// Unsupported copy db share to always on.
    UnsupportedCopyDbShareToAlwaysOn,
    /// `UnsupportedCopyDbAlwaysOnToShare`: HTTP 403; retry: never; category: permission_denied.
    /// Unsupported copy db always on to share.
    UnsupportedCopyDbAlwaysOnToShare,
    /// `InvalidParamTableMeta.RestoreTime`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid param table meta: restore time.
    InvalidParamTableMetaRestoreTime,
    /// `InvalidInstanceStorageType.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid instance storage type: not found.
    InvalidInstanceStorageTypeNotFound,
    /// `InvalidRegion.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid region: not found.
    InvalidRegionNotFound,
    /// `IncorrectVswitchId`: HTTP 404; retry: never; category: not_found.
    /// Incorrect vswitch id.
    IncorrectVswitchId,
    /// `InsufficientResourceCapacity`: HTTP 404, 400; retry: never; category: not_found.
    /// Insufficient resource capacity.
    InsufficientResourceCapacity,
    /// `NetworkOrSqlTimeoutError`: HTTP 408; retry: never; category: failed_precondition.
    /// Network or sql timeout error.
    NetworkOrSqlTimeoutError,
    /// `GeneralIns.Creating`: HTTP 400; retry: never; category: invalid_argument.
    /// General ins: creating.
    GeneralInsCreating,
    /// `GeneralIns.Maintaining`: HTTP 400; retry: never; category: invalid_argument.
    /// General ins: maintaining.
    GeneralInsMaintaining,
    /// `GeneralIns.Switching`: HTTP 400; retry: never; category: invalid_argument.
    /// General ins: switching.
    GeneralInsSwitching,
    /// `InvalidEngineVersion.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid engine version: not supported.
    InvalidEngineVersionNotSupported,
    /// `Account.AddError`: HTTP 400; retry: never; category: invalid_argument.
    /// Account: add error.
    AccountAddError,
    /// `InvalidAccountDescription.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account description: format.
    InvalidAccountDescriptionFormat,
    /// `InvalidAccountName.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account name: duplicate.
    InvalidAccountNameDuplicate,
    /// `IncorrectAccountType`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect account type.
    IncorrectAccountType,
    /// `BackupType.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Backup type: not support.
    BackupTypeNotSupport,
    /// `InvalidBackupMethod.ValueNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid backup method: value not support.
    InvalidBackupMethodValueNotSupport,
    /// `IncorrectDBInstanceLockMode.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect DB instance lock mode: value not supported.
    IncorrectDbInstanceLockModeValueNotSupported,
    /// `BackupJobExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Backup job exists.
    BackupJobExists,
    /// `InvalidPreferredBackupTime.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid preferred backup time: format.
    InvalidPreferredBackupTimeFormat,
    /// `OperationDenied.ApiForbidden`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: api forbidden.
    OperationDeniedApiForbidden,
    /// `IncorrectDBInstanceEngine`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect DB instance engine.
    IncorrectDbInstanceEngine,
    /// `Exceeded.BackupTimes`: HTTP 403; retry: never; category: permission_denied.
    /// Exceeded: backup times.
    ExceededBackupTimes,
    /// `InvalidDB.NotFound`: HTTP 404, 403; retry: never; category: not_found.
    /// Invalid DB: not found.
    InvalidDbNotFound,
    /// `InvalidSourceCategory`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid source category.
    InvalidSourceCategory,
    /// `Invalid.ParamGroupDBVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: param group DB version.
    InvalidParamGroupDbVersion,
    /// `RR309`: HTTP 400; retry: never; category: invalid_argument.
    /// RR309.
    Rr309,
    /// `InvalidZoneId.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid zone id: not supported.
    InvalidZoneIdNotSupported,
    /// `InvalidNetworkTypeClassicWhenCloudStorage`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid network type classic when cloud storage.
    InvalidNetworkTypeClassicWhenCloudStorage,
    /// `InvalidZone.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid zone: not supported.
    InvalidZoneNotSupported,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `Pay.AmountLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Pay: amount limit exceeded.
    PayAmountLimitExceeded,
    /// `IncompleteAccountInfo`: HTTP 400; retry: never; category: invalid_argument.
    /// Incomplete account info.
    IncompleteAccountInfo,
    /// `IncompleteTaxInfo`: HTTP 400; retry: never; category: invalid_argument.
    /// Incomplete tax info.
    IncompleteTaxInfo,
    /// `InvalidPaymentMethod.Incomplete`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid payment method: incomplete.
    InvalidPaymentMethodIncomplete,
    /// `InvalidPaymentMethod.Missing`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid payment method: missing.
    InvalidPaymentMethodMissing,
    /// `InsuffcientBalanceOrBankAccount`: HTTP 400; retry: never; category: invalid_argument.
    /// Insuffcient balance or bank account.
    InsuffcientBalanceOrBankAccount,
    /// `InvalidPaymentMethod.NoAccess`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid payment method: no access.
    InvalidPaymentMethodNoAccess,
    /// `InvalidPaymentMethod.InsufficientBalance`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid payment method: insufficient balance.
    InvalidPaymentMethodInsufficientBalance,
    /// `Pay.LowFunds`: HTTP 400; retry: never; category: invalid_argument.
    /// Pay: low funds.
    PayLowFunds,
    /// `Pay.ChargeChannelNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Pay: charge channel not found.
    PayChargeChannelNotFound,
    /// `VswitchIpExhausted`: HTTP 400; retry: never; category: invalid_argument.
    /// Vswitch ip exhausted.
    VswitchIpExhausted,
    /// `InvalidPrivateIpAddress.AlreadyUsed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid private ip address: already used.
    InvalidPrivateIpAddressAlreadyUsed,
    /// `InvalidEcsImage.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ecs image: not found.
    InvalidEcsImageNotFound,
    /// `InvalidConcurrentOperate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid concurrent operate.
    InvalidConcurrentOperate,
    /// `InvalidSecurityIPList.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security IP list: format.
    InvalidSecurityIpListFormat,
    /// `InvalidDBParamGroupId.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB param group id: format.
    InvalidDbParamGroupIdFormat,
    /// `InvalidTargetMinorVersion.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid target minor version: format.
    InvalidTargetMinorVersionFormat,
    /// `InvalidDedicatedHostGroupId.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid dedicated host group id: format.
    InvalidDedicatedHostGroupIdFormat,
    /// `InvalidDBInstanceClass.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance class: malformed.
    InvalidDbInstanceClassMalformed,
    /// `CreditPayInsufficientBalance`: HTTP 400; retry: never; category: invalid_argument.
    /// Credit pay insufficient balance.
    CreditPayInsufficientBalance,
    /// `InvalidTagValue.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag value: malformed.
    InvalidTagValueMalformed,
    /// `Duplicate.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate: tag key.
    DuplicateTagKey,
    /// `NumberExceed.Tags`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: tags.
    NumberExceedTags,
    /// `MissingParameter.ResourceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource ids.
    MissingParameterResourceIds,
    /// `InvalidParameter.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag key.
    InvalidParameterTagKey,
    /// `InvalidParameter.TagValue`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag value.
    InvalidParameterTagValue,
    /// `NoPermission.SystemTag`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission: system tag.
    NoPermissionSystemTag,
    /// `InvalidParam.Amount`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: amount.
    InvalidParamAmount,
    /// `InvalidParam.CreateStrategy`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: create strategy.
    InvalidParamCreateStrategy,
    /// `InvalidParam.Engine`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: engine.
    InvalidParamEngine,
    /// `InvalidMultiZoneInfoList`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid multi zone info list.
    InvalidMultiZoneInfoList,
    /// `InvalidKmsConfigStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid kms config status.
    InvalidKmsConfigStatus,
    /// `InvalidUsedTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid used time.
    InvalidUsedTime,
    /// `Kms.Unauthorized`: HTTP 400; retry: never; category: invalid_argument.
    /// Kms: unauthorized.
    KmsUnauthorized,
    /// `SystemParamGroupCode.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// System param group code: format.
    SystemParamGroupCodeFormat,
    /// `InvalidDBInstanceName.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance name: duplicate.
    InvalidDbInstanceNameDuplicate,
    /// `ServiceLinkedRole.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Service linked role: not exist.
    ServiceLinkedRoleNotExist,
    /// `InvalidPrivateIpAddress.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid private ip address: format.
    InvalidPrivateIpAddressFormat,
    /// `InvalidPrivateIpAddress.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid private ip address: mismatch.
    InvalidPrivateIpAddressMismatch,
    /// `TooManyWhitelistTemplateIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many whitelist template ids.
    TooManyWhitelistTemplateIds,
    /// `UnsupportExtendDisk.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupport extend disk: not support.
    UnsupportExtendDiskNotSupport,
    /// `InvalidWhitelistTemplateId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid whitelist template id.
    InvalidWhitelistTemplateId,
    /// `InvalidRequestId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request id.
    InvalidRequestId,
    /// `InvalidParameter.MinCapacity`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: min capacity.
    InvalidParameterMinCapacity,
    /// `RISK.RISK_CONTROL_REJECTION`: HTTP 403; retry: never; category: permission_denied.
    /// RISK: RISK CONTROL REJECTION.
    RiskRiskControlRejection2,
    /// `AliCroup2CloudUserCannotBuyNotInnerCommodity`: HTTP 403; retry: never; category: permission_denied.
    /// Ali croup2 cloud user cannot buy not inner commodity.
    AliCroup2CloudUserCannotBuyNotInnerCommodity,
    /// `GroupReplicationNotSupport.InvalidEngineVersion`: HTTP 403; retry: never; category: permission_denied.
    /// Group replication not support: invalid engine version.
    GroupReplicationNotSupportInvalidEngineVersion,
    /// `GroupReplicationNotSupport.InvalidNodeClassCode`: HTTP 403; retry: never; category: permission_denied.
    /// Group replication not support: invalid node class code.
    GroupReplicationNotSupportInvalidNodeClassCode,
    /// `GroupReplicationNotSupport.InvalidNodeNum`: HTTP 403; retry: never; category: permission_denied.
    /// Group replication not support: invalid node num.
    GroupReplicationNotSupportInvalidNodeNum,
    /// `GroupReplicationNotSupport.InvalidXengine`: HTTP 403; retry: never; category: permission_denied.
    /// Group replication not support: invalid xengine.
    GroupReplicationNotSupportInvalidXengine,
    /// `GroupReplicationNotSupport.MemoryTooSmall`: HTTP 403; retry: never; category: permission_denied.
    /// Group replication not support: memory too small.
    GroupReplicationNotSupportMemoryTooSmall,
    /// `BasicCategoryNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Basic category not support.
    BasicCategoryNotSupport,
    /// `InvalidDBInstanceConnType.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance conn type: format.
    InvalidDbInstanceConnTypeFormat,
    /// `InvalidNodeItems.DuplicateNodeId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid node items: duplicate node id.
    InvalidNodeItemsDuplicateNodeId,
    /// `InvalidNodeItems.RONode`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid node items: RO node.
    InvalidNodeItemsRoNode,
    /// `InvalidNodeItems.RONodeIdPrimary`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid node items: RO node id primary.
    InvalidNodeItemsRoNodeIdPrimary,
    /// `InvalidNodeItems.JsonFormat`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid node items: json format.
    InvalidNodeItemsJsonFormat,
    /// `InvalidNodeItems.DBInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid node items: DB instance id.
    InvalidNodeItemsDbInstanceId,
    /// `InvalidNodeItems.NodeId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid node items: node id.
    InvalidNodeItemsNodeId,
    /// `APICallingFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// API calling failed.
    ApiCallingFailed,
    /// `InvalidNodeItems.BlackNodeItems`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid node items: black node items.
    InvalidNodeItemsBlackNodeItems,
    /// `InvalidConnVPCId`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Invalid conn VPC id.
    InvalidConnVpcId,
    /// `InvalidConnectionString.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid connection string: not found.
    InvalidConnectionStringNotFound,
    /// `InvalidWeight.Format`: HTTP 404; retry: never; category: not_found.
    /// Invalid weight: format.
    InvalidWeightFormat,
    /// `IncorrectDBInstanceNetType`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect DB instance net type.
    IncorrectDbInstanceNetType,
    /// `InvalidEngineVersion.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid engine version: not support.
    InvalidEngineVersionNotSupport,
    /// `NetTypeExists`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Net type exists.
    NetTypeExists,
    /// `Endpoint.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Endpoint: not found.
    EndpointNotFound,
    /// `InvalidEngine.VauleNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid engine: vaule not supported.
    InvalidEngineVauleNotSupported,
    /// `InvalidEngineVersion.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid engine version: value not supported.
    InvalidEngineVersionValueNotSupported,
    /// `InvalidDBinstanceClass.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid d binstance class: value not supported.
    InvalidDBinstanceClassValueNotSupported,
    /// `InvalidDBInstanceStorage.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance storage: value not supported.
    InvalidDbInstanceStorageValueNotSupported,
    /// `InvalidDBInstanceDescription.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance description: malformed.
    InvalidDbInstanceDescriptionMalformed,
    /// `InvalidSecurityIPList.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security IP list: duplicate.
    InvalidSecurityIpListDuplicate,
    /// `InvalidSecurityIPListLength.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security IP list length: malformed.
    InvalidSecurityIpListLengthMalformed,
    /// `DefaultVpc.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Default vpc: not support.
    DefaultVpcNotSupport,
    /// `InvalidVpcIdOrVswitchId.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vpc id or vswitch id: not supported.
    InvalidVpcIdOrVswitchIdNotSupported,
    /// `InvalidVpcId.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vpc id: not supported.
    InvalidVpcIdNotSupported,
    /// `InvalidGeneralGroupName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid general group name: malformed.
    InvalidGeneralGroupNameMalformed,
    /// `AccountBasicInfoUncompleted`: HTTP 400; retry: never; category: invalid_argument.
    /// Account basic info uncompleted.
    AccountBasicInfoUncompleted,
    /// `IncorrecttVpcId`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrectt vpc id.
    IncorrecttVpcId,
    /// `OperationDenied.DBInstanceStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: DB instance status.
    OperationDeniedDbInstanceStatus,
    /// `ClassicNetworkType.NotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Classic network type: not support.
    ClassicNetworkTypeNotSupport,
    /// `InvalidEngineVersionInRegion.NotAvailable`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid engine version in region: not available.
    InvalidEngineVersionInRegionNotAvailable,
    /// `OperationDenied`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Operation denied.
    OperationDenied,
    /// `QuotaExceeded.CreateInstance`: HTTP 403; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: create instance.
    QuotaExceededCreateInstance,
    /// `Forbidden.Authentication`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: authentication.
    ForbiddenAuthentication,
    /// `INST_HAS_UNPAID_ORDER`: HTTP 403; retry: never; category: permission_denied.
    /// INST HAS UNPAID ORDER.
    InstHasUnpaidOrder,
    /// `COMMODITY.FAILED`: HTTP 403; retry: never; category: permission_denied.
    /// COMMODITY: FAILED.
    CommodityFailed,
    /// `MoneyLessThan100`: HTTP 403; retry: never; category: permission_denied.
    /// Money less than100.
    MoneyLessThan100,
    /// `OperationDenied.ClassicNetworkType`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: classic network type.
    OperationDeniedClassicNetworkType,
    /// `CreateOrder.Failed`: HTTP 404; retry: never; category: not_found.
    /// Create order: failed.
    CreateOrderFailed,
    /// `InvalidRegionId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid region id: not found.
    InvalidRegionIdNotFound,
    /// `QueryPrice.Failed`: HTTP 404; retry: never; category: not_found.
    /// Query price: failed.
    QueryPriceFailed,
    /// `DBNodeFormatFault`: HTTP 400; retry: never; category: invalid_argument.
    /// DB node format fault.
    DbNodeFormatFault,
    /// `DBNodeParameterRequired`: HTTP 400; retry: never; category: invalid_argument.
    /// DB node parameter required.
    DbNodeParameterRequired,
    /// `DBNodeParameterTooManyItems`: HTTP 400; retry: never; category: invalid_argument.
    /// DB node parameter too many items.
    DbNodeParameterTooManyItems,
    /// `DBNodeParameter.InvalidClassCode`: HTTP 400; retry: never; category: invalid_argument.
    /// DB node parameter: invalid class code.
    DbNodeParameterInvalidClassCode,
    /// `DBNodeParameter.InvalidValue`: HTTP 400; retry: never; category: invalid_argument.
    /// DB node parameter: invalid value.
    DbNodeParameterInvalidValue,
    /// `DBNodeParameter.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// DB node parameter: not found.
    DbNodeParameterNotFound,
    /// `InvalidMultiTenant`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid multi tenant.
    InvalidMultiTenant,
    /// `InvalidClassCode`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid class code.
    InvalidClassCode,
    /// `OperationDenied.DBType`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: DB type.
    OperationDeniedDbType,
    /// `InvalidVpcInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vpc instance id.
    InvalidVpcInstanceId,
    /// `InvalidDBInstanceName`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance name.
    InvalidDbInstanceName,
    /// `InvalidVpcParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vpc parameter.
    InvalidVpcParameter,
    /// `InvalidVSwitchId.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v switch id: mismatch.
    InvalidVSwitchIdMismatch,
    /// `MaxscaleNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Maxscale not support.
    MaxscaleNotSupport,
    /// `IncorrectKindCode`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect kind code.
    IncorrectKindCode,
    /// `Maxscale.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Maxscale: not found.
    MaxscaleNotFound,
    /// `EngineMigration.ActionDisabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Engine migration: action disabled.
    EngineMigrationActionDisabled,
    /// `InvalidDescription.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid description: format.
    InvalidDescriptionFormat,
    /// `IncorrectDBInstanceServiceType`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect DB instance service type.
    IncorrectDbInstanceServiceType,
    /// `Database.AddError`: HTTP 400; retry: never; category: invalid_argument.
    /// Database: add error.
    DatabaseAddError,
    /// `SqlExcutionFailed`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Sql excution failed.
    SqlExcutionFailed,
    /// `InvalidDBInstanceName.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance name: format.
    InvalidDbInstanceNameFormat,
    /// `InvalidRegion.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid region: format.
    InvalidRegionFormat,
    /// `InvalidDBInstanceType.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance type: format.
    InvalidDbInstanceTypeFormat,
    /// `InvalidBackupRetentionPeriod.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid backup retention period: malformed.
    InvalidBackupRetentionPeriodMalformed,
    /// `InvalidPreferredBackupPeriod.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid preferred backup period: malformed.
    InvalidPreferredBackupPeriodMalformed,
    /// `InvalidOptmizationService`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid optmization service.
    InvalidOptmizationService,
    /// `InvalidExpiredTime.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid expired time: format.
    InvalidExpiredTimeFormat,
    /// `InvalidDBInstanceDescription.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance description: format.
    InvalidDbInstanceDescriptionFormat,
    /// `PreCheckInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Pre check invalid.
    PreCheckInvalid,
    /// `NoBaksetName`: HTTP 400; retry: never; category: invalid_argument.
    /// No bakset name.
    NoBaksetName,
    /// `InvalidClusterName.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid cluster name: not found.
    InvalidClusterNameNotFound,
    /// `InvalidDBInstanceNetType.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid DB instance net type: not found.
    InvalidDbInstanceNetTypeNotFound,
    /// `CreateGlobalActiveDatabase.GadInstanceNotActive`: HTTP 400; retry: never; category: invalid_argument.
    /// Create global active database: gad instance not active.
    CreateGlobalActiveDatabaseGadInstanceNotActive,
    /// `CreateGlobalActiveDatabaseFailed.CentralNodeNotSupportGAD`: HTTP 400; retry: never; category: invalid_argument.
    /// Create global active database failed: central node not support GAD.
    CreateGlobalActiveDatabaseFailedCentralNodeNotSupportGad,
    /// `CreateGlobalActiveDatabaseFailed.UnitMemberParamsEmpty`: HTTP 400; retry: never; category: invalid_argument.
    /// Create global active database failed: unit member params empty.
    CreateGlobalActiveDatabaseFailedUnitMemberParamsEmpty,
    /// `CreateGlobalActiveDatabaseFailed.UnitMemberParamsError`: HTTP 400; retry: never; category: invalid_argument.
    /// Create global active database failed: unit member params error.
    CreateGlobalActiveDatabaseFailedUnitMemberParamsError,
    /// `CreateGlobalActiveDatabaseFailed.GadNameNotMatchCentralNode`: HTTP 400; retry: never; category: invalid_argument.
    /// Create global active database failed: gad name not match central node.
    CreateGlobalActiveDatabaseFailedGadNameNotMatchCentralNode,
    /// `CreateGlobalActiveDatabaseFailed.GadInstanceExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Create global active database failed: gad instance exists.
    CreateGlobalActiveDatabaseFailedGadInstanceExists,
    /// `CreateGlobalActiveDatabaseFailed.GadInstanceNotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Create global active database failed: gad instance not exists.
    CreateGlobalActiveDatabaseFailedGadInstanceNotExists,
    /// `CreateGlobalActiveDatabase.GadInstanceNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Create global active database: gad instance not found.
    CreateGlobalActiveDatabaseGadInstanceNotFound,
    /// `CreateGlobalActiveDatabase.GetInstanceMemberFaied`: HTTP 400; retry: never; category: invalid_argument.
    /// Create global active database: get instance member faied.
    CreateGlobalActiveDatabaseGetInstanceMemberFaied,
    /// `CreateGlobalActiveDatabaseImpl.preCheckGadInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Create global active database impl: pre check gad instance.
    CreateGlobalActiveDatabaseImplPreCheckGadInstance,
    /// `CreateGlobalActiveDatabaseImpl.preCheckMemberParams`: HTTP 400; retry: never; category: invalid_argument.
    /// Create global active database impl: pre check member params.
    CreateGlobalActiveDatabaseImplPreCheckMemberParams,
    /// `IdempotentParameterMismatch`: HTTP 400; retry: never; category: failed_precondition.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatch,
    /// `InvalidFile`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid file.
    InvalidFile,
    /// `InvalidInstanceType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance type.
    InvalidInstanceType,
    /// `InvalidInstanceLockMode`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance lock mode.
    InvalidInstanceLockMode,
    /// `InvalidDBName`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB name.
    InvalidDbName,
    /// `InvalidDBType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB type.
    InvalidDbType,
    /// `InvalidDBState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB state.
    InvalidDbState,
    /// `ExceedUploadTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Exceed upload time.
    ExceedUploadTime,
    /// `InvalidOSSURL`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid OSSURL.
    InvalidOssurl,
    /// `ExceedDiskSize`: HTTP 400; retry: never; category: invalid_argument.
    /// Exceed disk size.
    ExceedDiskSize,
    /// `EntityNotExist.Role`: HTTP 400; retry: never; category: invalid_argument.
    /// Entity not exist: role.
    EntityNotExistRole,
    /// `DatabaseMustOnline`: HTTP 400; retry: never; category: invalid_argument.
    /// Database must online.
    DatabaseMustOnline,
    /// `InvalideStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalide status.
    InvalideStatus,
    /// `InvalidOssObjectStorageClassType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid oss object storage class type.
    InvalidOssObjectStorageClassType,
    /// `EngineVersionNotSupported`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Engine version not supported.
    EngineVersionNotSupported,
    /// `BakFileSizeExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Bak file size exceeded.
    BakFileSizeExceeded,
    /// `InvalidInstanceState`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance state.
    InvalidInstanceState,
    /// `InvalidOssObjectPositions.Format`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid oss object positions: format.
    InvalidOssObjectPositionsFormat,
    /// `BakFilesNeeded`: HTTP 404; retry: never; category: not_found.
    /// Bak files needed.
    BakFilesNeeded,
    /// `OperationDenied.MasterDBInstanceState`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: master DB instance state.
    OperationDeniedMasterDbInstanceState,
    /// `DBNodeIdParameterInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// DB node id parameter invalid.
    DbNodeIdParameterInvalid,
    /// `DBNodeIdParameterNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// DB node id parameter not found.
    DbNodeIdParameterNotFound,
    /// `DBNodeParameterTooFewItems`: HTTP 400; retry: never; category: invalid_argument.
    /// DB node parameter too few items.
    DbNodeParameterTooFewItems,
    /// `ParamGroupsNameInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Param groups name invalid.
    ParamGroupsNameInvalid,
    /// `ParamGroupsDbTypeNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Param groups db type not support.
    ParamGroupsDbTypeNotSupport,
    /// `ParamGroupsDbVersionNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Param groups db version not support.
    ParamGroupsDbVersionNotSupport,
    /// `ParamGroupsNotExistOrTypeNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Param groups not exist or type not support.
    ParamGroupsNotExistOrTypeNotSupport,
    /// `ParamGroupsDescInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Param groups desc invalid.
    ParamGroupsDescInvalid,
    /// `InvalidParameterValue.NotStandard`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter value: not standard.
    InvalidParameterValueNotStandard,
    /// `InvalidParameters.Format`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid parameters: format.
    InvalidParametersFormat,
    /// `InvalidAccountName.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid account name: not found.
    InvalidAccountNameNotFound,
    /// `InvalidDBInstanceEngineType.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance engine type: format.
    InvalidDbInstanceEngineTypeFormat,
    /// `IncorrectAccountPrivilegeType`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect account privilege type.
    IncorrectAccountPrivilegeType,
    /// `InvalidSecurityIPList.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security IP list: malformed.
    InvalidSecurityIpListMalformed,
    /// `InvalidReadEngineVersionPattern`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid read engine version pattern.
    InvalidReadEngineVersionPattern,
    /// `SYSTEM.CONCURRENT_OPERATE`: HTTP 400; retry: never; category: invalid_argument.
    /// SYSTEM: CONCURRENT OPERATE.
    SystemConcurrentOperate,
    /// `OperationDenied.PrimaryDBInstanceStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: primary DB instance status.
    OperationDeniedPrimaryDbInstanceStatus,
    /// `InvalidReadStorageTypePattern`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid read storage type pattern.
    InvalidReadStorageTypePattern,
    /// `Caller.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Caller: not support.
    CallerNotSupport,
    /// `InvalidAvailableArea.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid available area: not found.
    InvalidAvailableAreaNotFound,
    /// `InvalidRetainInstance.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid retain instance: format.
    InvalidRetainInstanceFormat,
    /// `InvalidRestoreTime.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid restore time: format.
    InvalidRestoreTimeFormat,
    /// `InvalidInstanceLevelExtraInfo`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance level extra info.
    InvalidInstanceLevelExtraInfo,
    /// `OperationDenied.TempDBInstanceExists`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: temp DB instance exists.
    OperationDeniedTempDbInstanceExists,
    /// `InvalidBackupLogStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid backup log status.
    InvalidBackupLogStatus,
    /// `ChildDBInstanceExists`: HTTP 403; retry: never; category: permission_denied.
    /// Child DB instance exists.
    ChildDbInstanceExists,
    /// `IncorrectBackupSetState`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect backup set state.
    IncorrectBackupSetState,
    /// `YouhuiClientError`: HTTP 400; retry: never; category: invalid_argument.
    /// Youhui client error.
    YouhuiClientError,
    /// `CouponExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Coupon exist.
    CouponExist,
    /// `YouhuiServerError`: HTTP 400; retry: never; category: invalid_argument.
    /// Youhui server error.
    YouhuiServerError,
    /// `CreateCouponError`: HTTP 400; retry: never; category: invalid_argument.
    /// Create coupon error.
    CreateCouponError,
    /// `CouponOverMaxRelease`: HTTP 400; retry: never; category: invalid_argument.
    /// Coupon over max release.
    CouponOverMaxRelease,
    /// `MissingActivityId`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing activity id.
    MissingActivityId,
    /// `ParamError`: HTTP 403; retry: never; category: permission_denied.
    /// Param error.
    ParamError,
    /// `ActivityNotFound`: HTTP 403; retry: never; category: permission_denied.
    /// Activity not found.
    ActivityNotFound,
    /// `InvalidInstanceNodeType.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance node type: not found.
    InvalidInstanceNodeTypeNotFound,
    /// `InvalidADDNS.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ADDNS: not found.
    InvalidAddnsNotFound,
    /// `InvalidOperation.Invalid`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: invalid.
    InvalidOperationInvalid,
    /// `ClusterTypeError`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Cluster type error.
    ClusterTypeError,
    /// `GdnRole.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Gdn role: not support.
    GdnRoleNotSupport,
    /// `IncorrectAccountStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect account status.
    IncorrectAccountStatus,
    /// `Account.DelError`: HTTP 400; retry: never; category: invalid_argument.
    /// Account: del error.
    AccountDelError,
    /// `Account.DeleteError`: HTTP 400; retry: never; category: invalid_argument.
    /// Account: delete error.
    AccountDeleteError,
    /// `AccountActionForbidden`: HTTP 401; retry: never; category: unauthenticated.
    /// Account action forbidden.
    AccountActionForbidden,
    /// `ParameterLeastAssociate`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Parameter least associate.
    ParameterLeastAssociate,
    /// `DeleteBackupSetNumExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Delete backup set num exceed.
    DeleteBackupSetNumExceed,
    /// `OperationDenied.BackupSetDeleteNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: backup set delete not support.
    OperationDeniedBackupSetDeleteNotSupport,
    /// `OperationDenied.DeletionProtection`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: deletion protection.
    OperationDeniedDeletionProtection,
    /// `GuardInstance.ReleaseFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Guard instance: release fail.
    GuardInstanceReleaseFail,
    /// `OperationDenied.PrePayTypeNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: pre pay type not supported.
    OperationDeniedPrePayTypeNotSupported,
    /// `InvalidNetType.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid net type: format.
    InvalidNetTypeFormat,
    /// `DBNodeParameter.TooFewItems`: HTTP 400; retry: never; category: invalid_argument.
    /// DB node parameter: too few items.
    DbNodeParameterTooFewItems2,
    /// `DBNodeIdParameter.NotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// DB node id parameter: not exists.
    DbNodeIdParameterNotExists,
    /// `DBNodeIdParameter.IncludePrimary`: HTTP 400; retry: never; category: invalid_argument.
    /// DB node id parameter: include primary.
    DbNodeIdParameterIncludePrimary,
    /// `AtLeastOneNetTypeExists`: HTTP 400; retry: never; category: invalid_argument.
    /// At least one net type exists.
    AtLeastOneNetTypeExists,
    /// `InvalidEndPoint.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end point: format.
    InvalidEndPointFormat,
    /// `Database.DelError`: HTTP 400; retry: never; category: invalid_argument.
    /// Database: del error.
    DatabaseDelError,
    /// `ColdDBHasSameNameWithOnlineDB`: HTTP 400; retry: never; category: invalid_argument.
    /// Cold DB has same name with online DB.
    ColdDbHasSameNameWithOnlineDb,
    /// `IncorrectDBState`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect DB state.
    IncorrectDbState,
    /// `ParamGroupsInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Param groups in use.
    ParamGroupsInUse,
    /// `SecretNotFound`: HTTP 404; retry: never; category: not_found.
    /// Secret not found.
    SecretNotFound,
    /// `OperationDenied.Product`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Operation denied: product.
    OperationDeniedProduct,
    /// `InvalidMigrationType.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid migration type: format.
    InvalidMigrationTypeFormat,
    /// `InvalidPageNumbers.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid page numbers: malformed.
    InvalidPageNumbersMalformed,
    /// `OperationDenied.DBInstanceType`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: DB instance type.
    OperationDeniedDbInstanceType,
    /// `InvalidMaxRecordsPerPage.Malformed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid max records per page: malformed.
    InvalidMaxRecordsPerPageMalformed,
    /// `IO.Exception`: HTTP 400; retry: never; category: invalid_argument.
    /// IO: exception.
    IoException,
    /// `InvalidDBInstanceStatus.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance status: not support.
    InvalidDbInstanceStatusNotSupport,
    /// `RegionNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Region not support.
    RegionNotSupport,
    /// `InvalidUser.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid user: not found.
    InvalidUserNotFound,
    /// `InvalidPageParam.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid page param: format.
    InvalidPageParamFormat,
    /// `InvalidParameterPaging`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter paging.
    InvalidParameterPaging,
    /// `ArticleNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Article not found.
    ArticleNotFound,
    /// `InvalidCondition.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid condition: not found.
    InvalidConditionNotFound,
    /// `CrossBackupNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Cross backup not support.
    CrossBackupNotSupport,
    /// `InvalidPage.notFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid page: not found.
    InvalidPageNotFound,
    /// `NoAvailableLogBackup`: HTTP 400; retry: never; category: invalid_argument.
    /// No available log backup.
    NoAvailableLogBackup,
    /// `InvalidRestoreTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid restore time: malformed.
    InvalidRestoreTimeMalformed,
    /// `InvalidDBInstanceClass.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance class: value not supported.
    InvalidDbInstanceClassValueNotSupported,
    /// `InternalFailure`: HTTP 400; retry: never; category: invalid_argument.
    /// Internal failure.
    InternalFailure,
    /// `InvalidParameter.OwnerAccount`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: owner account.
    InvalidParameterOwnerAccount,
    /// `ParameterAbsence`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter absence.
    ParameterAbsence,
    /// `ServiceTemporarilyClosed`: HTTP 400; retry: never; category: invalid_argument.
    /// Service temporarily closed.
    ServiceTemporarilyClosed,
    /// `InvalidClassCode.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid class code: not found.
    InvalidClassCodeNotFound,
    /// `InvalidPageSize`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid page size.
    InvalidPageSize,
    /// `InvalidPageIndex`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid page index.
    InvalidPageIndex,
    /// `InvalidMeta.Empty`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid meta: empty.
    InvalidMetaEmpty,
    /// `InvalidMeta.TooLarge`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid meta: too large.
    InvalidMetaTooLarge,
    /// `InvalidTime.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time: format.
    InvalidTimeFormat,
    /// `InvalidOrderId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid order id: not found.
    InvalidOrderIdNotFound,
    /// `InvalidCPUZoom.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid CPU zoom: not support.
    InvalidCpuZoomNotSupport,
    /// `InvalidCPUShar.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid CPU shar: not support.
    InvalidCpuSharNotSupport,
    /// `InvalidMemoryZoom.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid memory zoom: not support.
    InvalidMemoryZoomNotSupport,
    /// `InvalidIOPSZoom.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid IOPS zoom: not support.
    InvalidIopsZoomNotSupport,
    /// `InvalidMaxConnZoom.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid max conn zoom: not support.
    InvalidMaxConnZoomNotSupport,
    /// `InvalidResource.Type.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource: type, not support.
    InvalidResourceTypeNotSupport,
    /// `InvalidIncreaseRatio.Type.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid increase ratio: type, not support.
    InvalidIncreaseRatioTypeNotSupport,
    /// `InvalidDedicatedHostGroupName`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid dedicated host group name.
    InvalidDedicatedHostGroupName,
    /// `InvalidInsName`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ins name.
    InvalidInsName,
    /// `DedicatedHostNameIsNull`: HTTP 403; retry: never; category: permission_denied.
    /// Dedicated host name is null.
    DedicatedHostNameIsNull,
    /// `PhysicalCustins.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Physical custins: not found.
    PhysicalCustinsNotFound,
    /// `HostInfo.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Host info: not found.
    HostInfoNotFound,
    /// `ConnectTimeoutRetryLater`: HTTP 400; retry: never; category: invalid_argument.
    /// Connect timeout retry later.
    ConnectTimeoutRetryLater,
    /// `TimeoutRetryLater`: HTTP 400; retry: never; category: invalid_argument.
    /// Timeout retry later.
    TimeoutRetryLater,
    /// `DataNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Data not exist.
    DataNotExist,
    /// `Tag.NoRegionIdExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag: no region id exist.
    TagNoRegionIdExist,
    /// `Tag.NoTagInfoExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag: no tag info exist.
    TagNoTagInfoExist,
    /// `Tag.TagKeyCanNotBeAll`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag: tag key can not be all.
    TagTagKeyCanNotBeAll,
    /// `Tag.TagKeyDuplex`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag: tag key duplex.
    TagTagKeyDuplex,
    /// `Tag.NoDBInstanceIdExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag: no DB instance id exist.
    TagNoDbInstanceIdExist,
    /// `Tag.TooManyDBInstanceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag: too many DB instance ids.
    TagTooManyDbInstanceIds,
    /// `Tag.TooManyTagsForOneInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag: too many tags for one instance.
    TagTooManyTagsForOneInstance,
    /// `Tag.SetTagInfoAtTwoParamters`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag: set tag info at two paramters.
    TagSetTagInfoAtTwoParamters,
    /// `Tag.Allow5TagInfos`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag: allow5 tag infos.
    TagAllow5TagInfos,
    /// `Tag.TagKeyIsBlank`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag: tag key is blank.
    TagTagKeyIsBlank,
    /// `Tag.TagKeyStartWith.aliyun`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag: tag key start with, aliyun.
    TagTagKeyStartWithAliyun,
    /// `Tag.TagKeyTooLong`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag: tag key too long.
    TagTagKeyTooLong,
    /// `Tag.TagValueTooLong`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag: tag value too long.
    TagTagValueTooLong,
    /// `Tag.InvalidTagsParamter`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag: invalid tags paramter.
    TagInvalidTagsParamter,
    /// `Tag.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag: malformed.
    TagMalformed,
    /// `Connect.Timeout`: HTTP 400; retry: never; category: invalid_argument.
    /// Connect: timeout.
    ConnectTimeout,
    /// `InvalidEngine.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid engine: not supported.
    InvalidEngineNotSupported,
    /// `NoActiveBYOK`: HTTP 403; retry: never; category: permission_denied.
    /// No active BYOK.
    NoActiveByok,
    /// `ByokInsnameAndRegionAllEmpty`: HTTP 403; retry: never; category: permission_denied.
    /// Byok insname and region all empty.
    ByokInsnameAndRegionAllEmpty,
    /// `InvalidConfigName`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid config name.
    InvalidConfigName,
    /// `InvalidEndpointType.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid endpoint type: format.
    InvalidEndpointTypeFormat,
    /// `WhitelistNetType.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Whitelist net type: format.
    WhitelistNetTypeFormat,
    /// `InvalidInstanceMetricsConfigs.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance metrics configs: not found.
    InvalidInstanceMetricsConfigsNotFound,
    /// `IllegalParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal parameter.
    IllegalParameter,
    /// `Readins.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Readins: not found.
    ReadinsNotFound,
    /// `Forbidden.RAM`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: RAM.
    ForbiddenRam,
    /// `InvalidRwSplitNetType.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid rw split net type: not found.
    InvalidRwSplitNetTypeNotFound,
    /// `InvaildEngineInRegion.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invaild engine in region: value not supported.
    InvaildEngineInRegionValueNotSupported,
    /// `InstanceEngineType.NotSupport`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Instance engine type: not support.
    InstanceEngineTypeNotSupport,
    /// `ConnectionStringLengthExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Connection string length exceeded.
    ConnectionStringLengthExceeded,
    /// `EnabledSSLNotSupport`: HTTP 404; retry: never; category: not_found.
    /// Enabled SSL not support.
    EnabledSslNotSupport,
    /// `DbossGeneralError`: HTTP 400; retry: never; category: invalid_argument.
    /// Dboss general error.
    DbossGeneralError,
    /// `DBSizeExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// DB size exceeded.
    DbSizeExceeded,
    /// `Invalid.NextToken`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: next token.
    InvalidNextToken,
    /// `InvalidDBInstanceType.ValueNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance type: value not support.
    InvalidDbInstanceTypeValueNotSupport,
    /// `InvalidExpired.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid expired: format.
    InvalidExpiredFormat,
    /// `InstanceNames.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance names: malformed.
    InstanceNamesMalformed,
    /// `400`: HTTP 400; retry: never; category: invalid_argument.
    /// Numeric error code 400; see the product\'s documentation for its meaning.
    Code400,
    /// `Export.InProcess`: HTTP 403; retry: never; category: permission_denied.
    /// Export: in process.
    ExportInProcess,
    /// `ApiError`: HTTP 400; retry: never; category: invalid_argument.
    /// Api error.
    ApiError,
    /// `MinorVersionAttr.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Minor version attr: not found.
    MinorVersionAttrNotFound,
    /// `MissingMinorVersionTag`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing minor version tag.
    MissingMinorVersionTag,
    /// `MissingParameter.Engine`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: engine.
    MissingParameterEngine,
    /// `MissingParameter.EngineVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: engine version.
    MissingParameterEngineVersion,
    /// `MinorVersionTag.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Minor version tag: not found.
    MinorVersionTagNotFound,
    /// `InvalidVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid version.
    InvalidVersion,
    /// `RWSplitNetTypeNotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// RW split net type not exists.
    RwSplitNetTypeNotExists,
    /// `ParamNotFound`: HTTP 403; retry: never; category: permission_denied.
    /// Param not found.
    ParamNotFound,
    /// `InvalidUserId.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid user id: not support.
    InvalidUserIdNotSupport,
    /// `InvalidDedicatedHostGroup.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid dedicated host group: not found.
    InvalidDedicatedHostGroupNotFound,
    /// `InvalidParam.NotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: not exists.
    InvalidParamNotExists,
    /// `InvalidSearchTimeRange`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid search time range.
    InvalidSearchTimeRange,
    /// `Param.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Param: invalid.
    ParamInvalid,
    /// `Param.Invalid.TimeEndBeforeStart`: HTTP 400; retry: never; category: invalid_argument.
    /// Param: invalid, time end before start.
    ParamInvalidTimeEndBeforeStart,
    /// `InvalidHostStatus.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid host status: format.
    InvalidHostStatusFormat,
    /// `ClusterTypeNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Cluster type not supported.
    ClusterTypeNotSupported,
    /// `LogBackupNotEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Log backup not enabled.
    LogBackupNotEnabled,
    /// `InvalidBinlog.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid binlog: not found.
    InvalidBinlogNotFound,
    /// `InvalidBackup.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid backup: not found.
    InvalidBackupNotFound,
    /// `InvalidStartTimeAndEndTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time and end time: malformed.
    InvalidStartTimeAndEndTimeMalformed,
    /// `InvalidUID.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid UID: duplicate.
    InvalidUidDuplicate,
    /// `Invalid.ParamGroupDBCategory`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: param group DB category.
    InvalidParamGroupDbCategory,
    /// `ParameterIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal.
    ParameterIllegal,
    /// `DBInstanceStorageFormatFault`: HTTP 400; retry: never; category: invalid_argument.
    /// DB instance storage format fault.
    DbInstanceStorageFormatFault,
    /// `InvalidDBInstanceStorage.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance storage: format.
    InvalidDbInstanceStorageFormat,
    /// `DBNodeParameter.Required`: HTTP 400; retry: never; category: invalid_argument.
    /// DB node parameter: required.
    DbNodeParameterRequired2,
    /// `DBNodeParameter.TooManyItems`: HTTP 400; retry: never; category: invalid_argument.
    /// DB node parameter: too many items.
    DbNodeParameterTooManyItems2,
    /// `Price.WanHuaTong.sys`: HTTP 400; retry: never; category: invalid_argument.
    /// Price: wan hua tong, sys.
    PriceWanHuaTongSys,
    /// `SYSTEM.SaleValidateFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// SYSTEM: sale validate failed.
    SystemSaleValidateFailed2,
    /// `Price.HsfTimeoutError`: HTTP 400; retry: never; category: invalid_argument.
    /// Price: hsf timeout error.
    PriceHsfTimeoutError,
    /// `Rule.HsfTimeoutError`: HTTP 400; retry: never; category: invalid_argument.
    /// Rule: hsf timeout error.
    RuleHsfTimeoutError,
    /// `InvalidDBInstanceClassNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance class not found.
    InvalidDbInstanceClassNotFound2,
    /// `CASH.BOOK.INSUFFICIENT`: HTTP 403; retry: never; category: permission_denied.
    /// CASH: BOOK, INSUFFICIENT.
    CashBookInsufficient,
    /// `InvalidTimeType.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid time type: not found.
    InvalidTimeTypeNotFound,
    /// `canNotFindSubscription`: HTTP 404; retry: never; category: not_found.
    /// Can not find subscription.
    CanNotFindSubscription,
    /// `InvaildEngineInRegion.NotAvailable`: HTTP 403; retry: never; category: permission_denied.
    /// Invaild engine in region: not available.
    InvaildEngineInRegionNotAvailable,
    /// `RegionUnauthorized`: HTTP 403; retry: never; category: permission_denied.
    /// Region unauthorized.
    RegionUnauthorized,
    /// `InvalidAcceptLanguage.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid accept language: not found.
    InvalidAcceptLanguageNotFound,
    /// `OrdQueryAccountError`: HTTP 400; retry: never; category: invalid_argument.
    /// Ord query account error.
    OrdQueryAccountError,
    /// `InvokeProxyFailure`: HTTP 500; retry: never; category: internal.
    /// Invoke proxy failure.
    InvokeProxyFailure,
    /// `InvalidComment`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid comment.
    InvalidComment,
    /// `SortKey.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Sort key: value not supported.
    SortKeyValueNotSupported,
    /// `Tag.SetTagInfoAtTwoParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag: set tag info at two parameter.
    TagSetTagInfoAtTwoParameter,
    /// `Tag.InvalidTagsParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag: invalid tags parameter.
    TagInvalidTagsParameter,
    /// `InvokeServiceFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invoke service failed.
    InvokeServiceFailed,
    /// `OperationDenied.DBInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: DB instance.
    OperationDeniedDbInstance,
    /// `InvalidDBInstanceName.Deleted`: HTTP 404; retry: never; category: not_found.
    /// Invalid DB instance name: deleted.
    InvalidDbInstanceNameDeleted,
    /// `WhitelistTemplateRelationToCustinsId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Whitelist template relation to custins id: not found.
    WhitelistTemplateRelationToCustinsIdNotFound,
    /// `InvalidTransType.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid trans type: not support.
    InvalidTransTypeNotSupport,
    /// `InvalidAction`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid action.
    InvalidAction,
    /// `DBInstanceStatusNotActive`: HTTP 403; retry: never; category: permission_denied.
    /// DB instance status not active.
    DbInstanceStatusNotActive,
    /// `DBTypeNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// DB type not supported.
    DbTypeNotSupported,
    /// `Account.UpdateError`: HTTP 400; retry: never; category: invalid_argument.
    /// Account: update error.
    AccountUpdateError,
    /// `DbRestoring`: HTTP 400; retry: never; category: invalid_argument.
    /// Db restoring.
    DbRestoring,
    /// `IncorrectAccount`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect account.
    IncorrectAccount,
    /// `InvalidDBNameOrAccountPrivilege`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB name or account privilege.
    InvalidDbNameOrAccountPrivilege,
    /// `SQLPermissionOperationFailed`: HTTP 403; retry: never; category: permission_denied.
    /// SQL permission operation failed.
    SqlPermissionOperationFailed,
    /// `InvalidOssBackupFile.InvalidFile`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid oss backup file: invalid file.
    InvalidOssBackupFileInvalidFile,
    /// `InvalidBackupFile.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid backup file: format.
    InvalidBackupFileFormat,
    /// `InvalidCommodityCode.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid commodity code: malformed.
    InvalidCommodityCodeMalformed,
    /// `GetCommodity.Failed`: HTTP 404; retry: never; category: not_found.
    /// Get commodity: failed.
    GetCommodityFailed,
    /// `BothEmpty.TagsAndResources`: HTTP 400; retry: never; category: invalid_argument.
    /// Both empty: tags and resources.
    BothEmptyTagsAndResources,
    /// `NumberExceed.ResourceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: resource ids.
    NumberExceedResourceIds,
    /// `InvalidParameter.ResourceType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource type.
    InvalidParameterResourceType,
    /// `ZoneIdNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Zone id not supported.
    ZoneIdNotSupported,
    /// `ConnectionNotFound`: HTTP 403; retry: never; category: permission_denied.
    /// Connection not found.
    ConnectionNotFound,
    /// `InvalidTargetDedicatedHostId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid target dedicated host id: not found.
    InvalidTargetDedicatedHostIdNotFound,
    /// `InvalidMasterHostName`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid master host name.
    InvalidMasterHostName,
    /// `InvalidPrimaryCustinsStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid primary custins status.
    InvalidPrimaryCustinsStatus,
    /// `AllocateResourceFailed`: HTTP 404; retry: never; category: not_found.
    /// Allocate resource failed.
    AllocateResourceFailed,
    /// `RenewChange.Exist`: HTTP 400; retry: never; category: invalid_argument.
    /// Renew change: exist.
    RenewChangeExist,
    /// `InvalidInstanceCommodityCode.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance commodity code: not found.
    InvalidInstanceCommodityCodeNotFound,
    /// `InvalidMigrateModifyClassOrStorage`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid migrate modify class or storage.
    InvalidMigrateModifyClassOrStorage,
    /// `InvalidZoneId.NotNull`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid zone id: not null.
    InvalidZoneIdNotNull,
    /// `InvalidZoneId.NotEqual`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid zone id: not equal.
    InvalidZoneIdNotEqual,
    /// `InvalidDispenseMode.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid dispense mode: format.
    InvalidDispenseModeFormat,
    /// `InvalidDefaultVSwitch.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid default v switch: not found.
    InvalidDefaultVSwitchNotFound,
    /// `InsufficientResourceCapacityCheck`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient resource capacity check.
    InsufficientResourceCapacityCheck,
    /// `UnsupportedReadOrBakReadState`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Unsupported read or bak read state.
    UnsupportedReadOrBakReadState,
    /// `MirrorInsExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Mirror ins exists.
    MirrorInsExists,
    /// `SSLInstanceNotSupportThisOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// SSL instance not support this operation.
    SslInstanceNotSupportThisOperation,
    /// `BYOLInstanceNotSupportThisOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// BYOL instance not support this operation.
    ByolInstanceNotSupportThisOperation,
    /// `BYOKInstanceNotSupportThisOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// BYOK instance not support this operation.
    ByokInstanceNotSupportThisOperation,
    /// `ADInstanceNotSupportThisOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// AD instance not support this operation.
    AdInstanceNotSupportThisOperation,
    /// `TDEInstanceNotSupportThisOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// TDE instance not support this operation.
    TdeInstanceNotSupportThisOperation,
    /// `InstanceIsSnapshotBackupNotSupportThisOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance is snapshot backup not support this operation.
    InstanceIsSnapshotBackupNotSupportThisOperation,
    /// `InstanceHasReadOnlyInstanceNotSupportThisOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance has read only instance not support this operation.
    InstanceHasReadOnlyInstanceNotSupportThisOperation,
    /// `InvalidShareInstance.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid share instance: not support.
    InvalidShareInstanceNotSupport,
    /// `InvalidZoneIdSlave1.Missing`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid zone id slave1: missing.
    InvalidZoneIdSlave1Missing,
    /// `MigrateAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Migrate already exists fault.
    MigrateAlreadyExistsFault,
    /// `InvalidInstanceKind.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance kind: not support.
    InvalidInstanceKindNotSupport,
    /// `MissingCategory`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing category.
    MissingCategory,
    /// `CommodityCodeNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Commodity code not found.
    CommodityCodeNotFound,
    /// `OperationDenied.OutofUsage`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: outof usage.
    OperationDeniedOutofUsage,
    /// `IncorrectEffectiveTime`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect effective time.
    IncorrectEffectiveTime,
    /// `OperationDenied.LockMode`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: lock mode.
    OperationDeniedLockMode,
    /// `InstanceNetworkTypeNotFoundFault`: HTTP 403; retry: never; category: permission_denied.
    /// Instance network type not found fault.
    InstanceNetworkTypeNotFoundFault,
    /// `ProprietaryCloud.NotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Proprietary cloud: not supported.
    ProprietaryCloudNotSupported,
    /// `MigrateAlreadyReadWriteSplitExistsFault`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Migrate already read write split exists fault.
    MigrateAlreadyReadWriteSplitExistsFault,
    /// `InvalidRegionAvzNotFound`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid region avz not found.
    InvalidRegionAvzNotFound,
    /// `InvalidVpcInfo.NotFound`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid vpc info: not found.
    InvalidVpcInfoNotFound,
    /// `InvalidMultiparamZoneInfoList`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid multiparam zone info list.
    InvalidMultiparamZoneInfoList,
    /// `MigrateSlaveNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Migrate slave not support.
    MigrateSlaveNotSupport,
    /// `InvalidAdServerIpAddress.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ad server ip address: not found.
    InvalidAdServerIpAddressNotFound,
    /// `InvalidAdAccountName.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ad account name: not found.
    InvalidAdAccountNameNotFound,
    /// `InvalidAdPassword.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ad password: not found.
    InvalidAdPasswordNotFound,
    /// `InvalidNodeType.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid node type: not support.
    InvalidNodeTypeNotSupport,
    /// `StartTimeBeforeNow`: HTTP 400; retry: never; category: invalid_argument.
    /// Start time before now.
    StartTimeBeforeNow,
    /// `TaskModifyError`: HTTP 400; retry: never; category: invalid_argument.
    /// Task modify error.
    TaskModifyError,
    /// `SwitchTimeAfterDeadline`: HTTP 400; retry: never; category: invalid_argument.
    /// Switch time after deadline.
    SwitchTimeAfterDeadline,
    /// `IncorrectTaskType`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect task type.
    IncorrectTaskType,
    /// `TaskHasStarted`: HTTP 400; retry: never; category: invalid_argument.
    /// Task has started.
    TaskHasStarted,
    /// `IncorrectTaskStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect task status.
    IncorrectTaskStatus,
    /// `InvalidColdRetention.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cold retention: format.
    InvalidColdRetentionFormat,
    /// `InvalidLogBackupFrequency.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid log backup frequency: malformed.
    InvalidLogBackupFrequencyMalformed,
    /// `BackupPropertyNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Backup property not found.
    BackupPropertyNotFound,
    /// `OperationDenied.SwitchToSnapshot`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: switch to snapshot.
    OperationDeniedSwitchToSnapshot,
    /// `IncorrectBackupPolicy`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect backup policy.
    IncorrectBackupPolicy,
    /// `IncorrectCategory`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect category.
    IncorrectCategory,
    /// `OperationDenied.SwitchSnapshotToPhysical`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Operation denied: switch snapshot to physical.
    OperationDeniedSwitchSnapshotToPhysical,
    /// `OperationDenied.ModifyBackupSwitchOff`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: modify backup switch off.
    OperationDeniedModifyBackupSwitchOff,
    /// `OperationDenied.ApiForbiddenForLogBackupFrequency`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: api forbidden for log backup frequency.
    OperationDeniedApiForbiddenForLogBackupFrequency,
    /// `OperationDenied.NotSupportedBackupMethod`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: not supported backup method.
    OperationDeniedNotSupportedBackupMethod,
    /// `InvalidIncreaseValue.NotEnouth`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid increase value: not enouth.
    InvalidIncreaseValueNotEnouth,
    /// `Database.UpdateError`: HTTP 400; retry: never; category: invalid_argument.
    /// Database: update error.
    DatabaseUpdateError,
    /// `MinorVersionNotSupport`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Minor version not support.
    MinorVersionNotSupport,
    /// `DnsConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Dns conflict.
    DnsConflict,
    /// `InvalidConnectionString.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid connection string: malformed.
    InvalidConnectionStringMalformed,
    /// `MissingConnectionString`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing connection string.
    MissingConnectionString,
    /// `InvalidPort.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid port: format.
    InvalidPortFormat,
    /// `OperationDenied.PayType`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: pay type.
    OperationDeniedPayType,
    /// `EmptyEndpointNodeConfig`: HTTP 400; retry: never; category: invalid_argument.
    /// Empty endpoint node config.
    EmptyEndpointNodeConfig,
    /// `InvalidParamCombination`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid param combination.
    InvalidParamCombination,
    /// `GroupReplicationNotSupport.TableWithoutPrimaryKey`: HTTP 403; retry: never; category: permission_denied.
    /// Group replication not support: table without primary key.
    GroupReplicationNotSupportTableWithoutPrimaryKey,
    /// `InvalidMaintainTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid maintain time.
    InvalidMaintainTime,
    /// `InvalidMetricsConfig`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid metrics config.
    InvalidMetricsConfig,
    /// `InvalidScope`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid scope.
    InvalidScope,
    /// `OperationDenied.DBInstanceMonitorPeriod`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: DB instance monitor period.
    OperationDeniedDbInstanceMonitorPeriod,
    /// `OperationDenied.Switch`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: switch.
    OperationDeniedSwitch,
    /// `OperationDenied.DBInstanceNetType`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: DB instance net type.
    OperationDeniedDbInstanceNetType,
    /// `OperationNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation not supported.
    OperationNotSupported,
    /// `OperationDenied.DBInstanceConnType`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: DB instance conn type.
    OperationDeniedDbInstanceConnType,
    /// `OrderTaskAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Order task already exists.
    OrderTaskAlreadyExists,
    /// `ConnectionModeNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Connection mode not supported.
    ConnectionModeNotSupported,
    /// `InvalidConfigurationValue.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid configuration value: malformed.
    InvalidConfigurationValueMalformed,
    /// `InvalidConfigurationValueStatus.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid configuration value status: malformed.
    InvalidConfigurationValueStatusMalformed,
    /// `ProxyConnectionPersistExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Proxy connection persist exists.
    ProxyConnectionPersistExists,
    /// `ProxyFailoverExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Proxy failover exists.
    ProxyFailoverExists,
    /// `InvalidConfigurationValueOrther.Malformed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid configuration value orther: malformed.
    InvalidConfigurationValueOrtherMalformed,
    /// `ProxyConnectionPersist.NotFound`: HTTP 403; retry: never; category: permission_denied.
    /// Proxy connection persist: not found.
    ProxyConnectionPersistNotFound,
    /// `ProxyConnectionPersistParametersInvalid`: HTTP 403; retry: never; category: permission_denied.
    /// Proxy connection persist parameters invalid.
    ProxyConnectionPersistParametersInvalid,
    /// `InvalidConfigValue`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid config value.
    InvalidConfigValue,
    /// `ProxyFailover.NotFound`: HTTP 403; retry: never; category: permission_denied.
    /// Proxy failover: not found.
    ProxyFailoverNotFound,
    /// `InvalidServerCertOrPrivateKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid server cert or private key.
    InvalidServerCertOrPrivateKey,
    /// `InvalidClientCACert`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid client CA cert.
    InvalidClientCaCert,
    /// `InvalidClientCrl`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid client crl.
    InvalidClientCrl,
    /// `InvalidCAType.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid CA type: not found.
    InvalidCaTypeNotFound,
    /// `InvalidACL.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ACL: not found.
    InvalidAclNotFound,
    /// `InvalidSSLStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid SSL status.
    InvalidSslStatus,
    /// `IncorrectDBSslStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect DB ssl status.
    IncorrectDbSslStatus,
    /// `InvalidModifyMode.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid modify mode: format.
    InvalidModifyModeFormat,
    /// `InvalidClientCrl.Permission`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid client crl: permission.
    InvalidClientCrlPermission,
    /// `InvalidACL.Permission`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid ACL: permission.
    InvalidAclPermission,
    /// `UnsupportedReduceDiskSize`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported reduce disk size.
    UnsupportedReduceDiskSize,
    /// `Postpaid.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Postpaid: not support.
    PostpaidNotSupport,
    /// `NotSupportReduceDiskSize`: HTTP 400; retry: never; category: invalid_argument.
    /// Not support reduce disk size.
    NotSupportReduceDiskSize,
    /// `IncorrectStorageType`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect storage type.
    IncorrectStorageType,
    /// `TargetStorageLessThanBottomLine`: HTTP 400; retry: never; category: invalid_argument.
    /// Target storage less than bottom line.
    TargetStorageLessThanBottomLine,
    /// `InstanceHasUnpaidOrder`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance has unpaid order.
    InstanceHasUnpaidOrder,
    /// `InsufficientBalance`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient balance.
    InsufficientBalance,
    /// `OperationDenied.OrderUnPaid`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: order un paid.
    OperationDeniedOrderUnPaid,
    /// `OperationDenied.InvalidStorageSize`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: invalid storage size.
    OperationDeniedInvalidStorageSize,
    /// `CannotChangeStorageType`: HTTP 400; retry: never; category: invalid_argument.
    /// Cannot change storage type.
    CannotChangeStorageType,
    /// `TempUpgrade.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Temp upgrade: not support.
    TempUpgradeNotSupport,
    /// `InvalidTargetStorageType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid target storage type.
    InvalidTargetStorageType,
    /// `InvalidTargetCategory`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid target category.
    InvalidTargetCategory,
    /// `BackupReadInstanceModifyNotAllowed`: HTTP 400; retry: never; category: invalid_argument.
    /// Backup read instance modify not allowed.
    BackupReadInstanceModifyNotAllowed,
    /// `LX.ARGUMENT.ILLEGAL`: HTTP 400; retry: never; category: invalid_argument.
    /// LX: ARGUMENT, ILLEGAL.
    LxArgumentIllegal,
    /// `ORD.S.QUERY.PROD.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// ORD: s, QUERY, PROD, ERROR.
    OrdSQueryProdError,
    /// `InvalidParameter.NotSupportDiskTypeModify`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: not support disk type modify.
    InvalidParameterNotSupportDiskTypeModify,
    /// `InvalidParameter.NotSupportModifyServerlessConfigAndDiskTogether`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: not support modify serverless config and disk together.
    InvalidParameterNotSupportModifyServerlessConfigAndDiskTogether,
    /// `DBInstancePayTypeNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// DB instance pay type not support.
    DbInstancePayTypeNotSupport,
    /// `InvalidPayType.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pay type: not supported.
    InvalidPayTypeNotSupported,
    /// `nvalidStorageType.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Nvalid storage type: not support.
    NvalidStorageTypeNotSupport,
    /// `OperationDenied.DurationLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: duration limit.
    OperationDeniedDurationLimit,
    /// `AccountMoneyValidate.error`: HTTP 400; retry: never; category: invalid_argument.
    /// Account money validate: error.
    AccountMoneyValidateError,
    /// `ChangeEngineVersionNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Change engine version not supported.
    ChangeEngineVersionNotSupported,
    /// `InvalidDBInstanceStorageType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance storage type.
    InvalidDbInstanceStorageType,
    /// `EncryptionInstancesNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Encryption instances not support.
    EncryptionInstancesNotSupport,
    /// `CurrentInsHasColdDB`: HTTP 400; retry: never; category: invalid_argument.
    /// Current ins has cold DB.
    CurrentInsHasColdDb,
    /// `CurrentInsHasColdStorage`: HTTP 400; retry: never; category: invalid_argument.
    /// Current ins has cold storage.
    CurrentInsHasColdStorage,
    /// `InvalidStorageSize.Direction`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid storage size: direction.
    InvalidStorageSizeDirection,
    /// `InvalidStorageType.Direction`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid storage type: direction.
    InvalidStorageTypeDirection,
    /// `EngineNotSupportShrinkStorage`: HTTP 400; retry: never; category: invalid_argument.
    /// Engine not support shrink storage.
    EngineNotSupportShrinkStorage,
    /// `InvalidRCUValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid RCU value.
    InvalidRcuValue,
    /// `CreateUpgradeOrderBusinessException`: HTTP 400; retry: never; category: invalid_argument.
    /// Create upgrade order business exception.
    CreateUpgradeOrderBusinessException,
    /// `InvalidReadDBInstanceStorage.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid read DB instance storage: format.
    InvalidReadDbInstanceStorageFormat,
    /// `UnsupportedModifyParam`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported modify param.
    UnsupportedModifyParam,
    /// `UnsupportedClassCode`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported class code.
    UnsupportedClassCode,
    /// `IncorrectReadDBInstanceDisksize`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect read DB instance disksize.
    IncorrectReadDbInstanceDisksize,
    /// `BetaServerlessNotSupportThisAction`: HTTP 403; retry: never; category: permission_denied.
    /// Beta serverless not support this action.
    BetaServerlessNotSupportThisAction,
    /// `ARMNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// ARM not support.
    ArmNotSupport,
    /// `HostTypeNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Host type not support.
    HostTypeNotSupport,
    /// `MaxscaleInstanceNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Maxscale instance not support.
    MaxscaleInstanceNotSupport,
    /// `ReadInstanceNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Read instance not support.
    ReadInstanceNotSupport,
    /// `UnSupportReduceDiskSize`: HTTP 403; retry: never; category: permission_denied.
    /// Un support reduce disk size.
    UnSupportReduceDiskSize,
    /// `CloudboxInstanceNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Cloudbox instance not support.
    CloudboxInstanceNotSupport,
    /// `ShrinkCountReachedLimit`: HTTP 403; retry: never; category: permission_denied.
    /// Shrink count reached limit.
    ShrinkCountReachedLimit,
    /// `CallLxSdkFailed`: HTTP 500; retry: never; category: internal.
    /// Call lx sdk failed.
    CallLxSdkFailed,
    /// `InvalidTDEstatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid TD estatus.
    InvalidTdEstatus,
    /// `MissingDBName`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing DB name.
    MissingDbName,
    /// `InvalidTDEstatus.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid TD estatus: format.
    InvalidTdEstatusFormat,
    /// `Invalid.PrivateKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: private key.
    InvalidPrivateKey,
    /// `Invalid.Certificate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: certificate.
    InvalidCertificate,
    /// `CertOrPrivateKeyOrPasswordNotMatched`: HTTP 400; retry: never; category: invalid_argument.
    /// Cert or private key or password not matched.
    CertOrPrivateKeyOrPasswordNotMatched,
    /// `ByokRoleArnNotFound`: HTTP 403; retry: never; category: permission_denied.
    /// Byok role arn not found.
    ByokRoleArnNotFound,
    /// `InvalidKmsKey`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid kms key.
    InvalidKmsKey,
    /// `SecondaryClassCode.Unsupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Secondary class code: unsupported.
    SecondaryClassCodeUnsupported,
    /// `InvalidNodeId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid node id.
    InvalidNodeId,
    /// `SlaveClassCode.Unsupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Slave class code: unsupported.
    SlaveClassCodeUnsupported,
    /// `InvalidDBInstanceStorage`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance storage.
    InvalidDbInstanceStorage,
    /// `UnsupportedOperationDirection.DiskUpgrade`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported operation direction: disk upgrade.
    UnsupportedOperationDirectionDiskUpgrade,
    /// `UnsupportedOperationDirection.DiskDowngrade`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported operation direction: disk downgrade.
    UnsupportedOperationDirectionDiskDowngrade,
    /// `DBNodeParameter.InvalidCombination`: HTTP 400; retry: never; category: invalid_argument.
    /// DB node parameter: invalid combination.
    DbNodeParameterInvalidCombination,
    /// `InvalidSaleComponentFault`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid sale component fault.
    InvalidSaleComponentFault,
    /// `MaxscaleAlreadyExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Maxscale already exist.
    MaxscaleAlreadyExist,
    /// `NetWork.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Net work: not found.
    NetWorkNotFound,
    /// `MaxscaleInternalError`: HTTP 400; retry: never; category: invalid_argument.
    /// Maxscale internal error.
    MaxscaleInternalError,
    /// `InvalidOptimizationCategory.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid optimization category: format.
    InvalidOptimizationCategoryFormat,
    /// `MaxscaleCreating`: HTTP 404; retry: never; category: not_found.
    /// Maxscale creating.
    MaxscaleCreating,
    /// `EndpointTypeOperation.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint type operation: not support.
    EndpointTypeOperationNotSupport,
    /// `ClusterEndpoint.StatusNotValid`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster endpoint: status not valid.
    ClusterEndpointStatusNotValid,
    /// `MaxScaleLevel.NotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Max scale level: not support.
    MaxScaleLevelNotSupport,
    /// `ReadDBInstance.NotFound`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Read DB instance: not found.
    ReadDbInstanceNotFound,
    /// `EndpointConfig.Invalid`: HTTP 404; retry: never; category: not_found.
    /// Endpoint config: invalid.
    EndpointConfigInvalid,
    /// `EndpointType.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Endpoint type: not found.
    EndpointTypeNotFound,
    /// `InvalidReadDBInstance.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid read DB instance: not found.
    InvalidReadDbInstanceNotFound,
    /// `InvalidConnectionStringOrPort.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid connection string or port: duplicate.
    InvalidConnectionStringOrPortDuplicate,
    /// `NetTypeChangeTimesExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Net type change times exceeded.
    NetTypeChangeTimesExceeded,
    /// `ErrorMxsServiceInsNum.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Error mxs service ins num: error.
    ErrorMxsServiceInsNumError,
    /// `TaskExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Task exists.
    TaskExists,
    /// `InvalidInstanceLevel.Malformed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance level: malformed.
    InvalidInstanceLevelMalformed,
    /// `NotHaveProxy`: HTTP 403; retry: never; category: permission_denied.
    /// Not have proxy.
    NotHaveProxy,
    /// `MaxscaleMinorVersionNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Maxscale minor version not support.
    MaxscaleMinorVersionNotSupport,
    /// `AccessHDMInstanceFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Access HDM instance failed.
    AccessHdmInstanceFailed,
    /// `InvalidDatabasePropertyValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid database property value.
    InvalidDatabasePropertyValue,
    /// `InvalidDatabaseProperty`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid database property.
    InvalidDatabaseProperty,
    /// `DatabasePropertyModificationFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Database property modification fail.
    DatabasePropertyModificationFail,
    /// `InvalidDatabaseVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid database version.
    InvalidDatabaseVersion,
    /// `UserAlreadyExistInDb`: HTTP 400; retry: never; category: invalid_argument.
    /// User already exist in db.
    UserAlreadyExistInDb,
    /// `InvalidDiskType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid disk type.
    InvalidDiskType,
    /// `DiskSpaceInsufficientForColdOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Disk space insufficient for cold operation.
    DiskSpaceInsufficientForColdOperation,
    /// `CurrentDBIsInColdStorage`: HTTP 400; retry: never; category: invalid_argument.
    /// Current DB is in cold storage.
    CurrentDbIsInColdStorage,
    /// `ColdDBNumExceedsLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Cold DB num exceeds limit.
    ColdDbNumExceedsLimit,
    /// `ConflictingDatabaseOperation`: HTTP 409; retry: never; category: aborted.
    /// Conflicting database operation.
    ConflictingDatabaseOperation,
    /// `InvalidDbProxyStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid db proxy status.
    InvalidDbProxyStatus,
    /// `RDSCategoryNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// RDS category not support.
    RdsCategoryNotSupport,
    /// `InvalidDbProxyConnectionString.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid db proxy connection string: not found.
    InvalidDbProxyConnectionStringNotFound,
    /// `InvalidMaxscaleConnectionString.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid maxscale connection string: not found.
    InvalidMaxscaleConnectionStringNotFound,
    /// `HaDiagnoseConfig.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Ha diagnose config: format.
    HaDiagnoseConfigFormat,
    /// `HaConfig.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Ha config: format.
    HaConfigFormat,
    /// `HaConfigIsNull`: HTTP 400; retry: never; category: invalid_argument.
    /// Ha config is null.
    HaConfigIsNull,
    /// `ManualHATime.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Manual HA time: format.
    ManualHaTimeFormat,
    /// `ManualHATimeIsNull`: HTTP 400; retry: never; category: invalid_argument.
    /// Manual HA time is null.
    ManualHaTimeIsNull,
    /// `OperationDenied.SwitchToCrossRegionBackup`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: switch to cross region backup.
    OperationDeniedSwitchToCrossRegionBackup,
    /// `UnsupportEncryptedSnapshot`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupport encrypted snapshot.
    UnsupportEncryptedSnapshot,
    /// `IncorrectHostType`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect host type.
    IncorrectHostType,
    /// `InvalidDdrStorage.NotFound`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid ddr storage: not found.
    InvalidDdrStorageNotFound,
    /// `HbaItem.InvalidType`: HTTP 400; retry: never; category: invalid_argument.
    /// Hba item: invalid type.
    HbaItemInvalidType,
    /// `HbaItem.InvalidMethod`: HTTP 400; retry: never; category: invalid_argument.
    /// Hba item: invalid method.
    HbaItemInvalidMethod,
    /// `HbaItem.InvalidIPMask`: HTTP 400; retry: never; category: invalid_argument.
    /// Hba item: invalid IP mask.
    HbaItemInvalidIpMask,
    /// `HbaItem.InvalidPriority`: HTTP 400; retry: never; category: invalid_argument.
    /// Hba item: invalid priority.
    HbaItemInvalidPriority,
    /// `HbaItemOpsType.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Hba item ops type: invalid.
    HbaItemOpsTypeInvalid,
    /// `InvalidIP.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid IP: format.
    InvalidIpFormat,
    /// `HbaItemPriorityIdAlreadyExist`: HTTP 403; retry: never; category: permission_denied.
    /// Hba item priority id already exist.
    HbaItemPriorityIdAlreadyExist,
    /// `HbaItemPriorityIdNotFound`: HTTP 404; retry: never; category: not_found.
    /// Hba item priority id not found.
    HbaItemPriorityIdNotFound,
    /// `PendingActionOverdue`: HTTP 400; retry: never; category: invalid_argument.
    /// Pending action overdue.
    PendingActionOverdue,
    /// `InvalidEffectiveTime.SpecialTimeIsNull`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid effective time: special time is null.
    InvalidEffectiveTimeSpecialTimeIsNull,
    /// `StorageEngine.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Storage engine: not supported.
    StorageEngineNotSupported,
    /// `ParamNotSupportedForCurrentVersion`: HTTP 403; retry: never; category: permission_denied.
    /// Param not supported for current version.
    ParamNotSupportedForCurrentVersion,
    /// `Invalid.Parameter`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid: parameter.
    InvalidParameter2,
    /// `ReadUniformNetTypeNotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Read uniform net type not exists.
    ReadUniformNetTypeNotExists,
    /// `ResourceGroupId.InValid`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource group id: in valid.
    ResourceGroupIdInValid,
    /// `InvalidSqlLog.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid sql log: malformed.
    InvalidSqlLogMalformed,
    /// `IncorrectPerfFrequencyType`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect perf frequency type.
    IncorrectPerfFrequencyType,
    /// `IncorrectSQLLogVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect SQL log version.
    IncorrectSqlLogVersion,
    /// `IncorrectSQLLogActiveStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect SQL log active status.
    IncorrectSqlLogActiveStatus,
    /// `OperationDenied.QuotaInsufficient`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: quota insufficient.
    OperationDeniedQuotaInsufficient,
    /// `OperationDenied.OperateFrequently`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: operate frequently.
    OperationDeniedOperateFrequently,
    /// `InvalidSqlRetention.Malformed`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid sql retention: malformed.
    InvalidSqlRetentionMalformed,
    /// `AssociatedEcsSecurityGroupIdQuotaExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Associated ecs security group id quota exceed.
    AssociatedEcsSecurityGroupIdQuotaExceed,
    /// `InvalidWhitelistNetType.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid whitelist net type: malformed.
    InvalidWhitelistNetTypeMalformed,
    /// `InvalidIPArrayAttribute.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid IP array attribute: format.
    InvalidIpArrayAttributeFormat,
    /// `SecurityIPList.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Security IP list: format.
    SecurityIpListFormat,
    /// `InvalidGroupName.DuplicatedWithTemplate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid group name: duplicated with template.
    InvalidGroupNameDuplicatedWithTemplate,
    /// `InvalidIPList.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid IP list: format.
    InvalidIpListFormat,
    /// `InvalidWhitelistTemplateName.Duplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid whitelist template name: duplicated.
    InvalidWhitelistTemplateNameDuplicated,
    /// `ConcurrentTaskExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Concurrent task exceeded.
    ConcurrentTaskExceeded,
    /// `InvalidPage.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid page: not found.
    InvalidPageNotFound2,
    /// `Pay.NoCreditCard`: HTTP 400; retry: never; category: invalid_argument.
    /// Pay: no credit card.
    PayNoCreditCard2,
    /// `VpcNetworkTypeNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpc network type not support.
    VpcNetworkTypeNotSupport,
    /// `GuardInstance.Exist`: HTTP 400; retry: never; category: invalid_argument.
    /// Guard instance: exist.
    GuardInstanceExist,
    /// `ArrearageOrderExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Arrearage order exists.
    ArrearageOrderExists,
    /// `OperationDenied.MultiRegions`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: multi regions.
    OperationDeniedMultiRegions,
    /// `InvalidOrderCharge.NotSupport`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid order charge: not support.
    InvalidOrderChargeNotSupport,
    /// `MGRMasterNodeRestart.Unsupported`: HTTP 400; retry: never; category: invalid_argument.
    /// MGR master node restart: unsupported.
    MgrMasterNodeRestartUnsupported,
    /// `IncorrectRestartMethod`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect restart method.
    IncorrectRestartMethod,
    /// `InvalidRestartPolicy.Format`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid restart policy: format.
    InvalidRestartPolicyFormat,
    /// `InvalidBakset.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bakset: invalid.
    InvalidBaksetInvalid,
    /// `InvalidParamTableMetaForRestore.Content`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid param table meta for restore: content.
    InvalidParamTableMetaForRestoreContent,
    /// `InvalidParamTableMeta`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid param table meta.
    InvalidParamTableMeta,
    /// `InvalidBakHistoryDO`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bak history DO.
    InvalidBakHistoryDo,
    /// `InvalidParamTableMeta.Content`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid param table meta: content.
    InvalidParamTableMetaContent,
    /// `InvalidParamTableMeta.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid param table meta: duplicate.
    InvalidParamTableMetaDuplicate,
    /// `InvalidSourceRestoreDBName.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid source restore DB name: not found.
    InvalidSourceRestoreDbNameNotFound,
    /// `InvalidBakTableMetaDO`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bak table meta DO.
    InvalidBakTableMetaDo,
    /// `MissBackupSetAndRestoreTime.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss backup set and restore time: not found.
    MissBackupSetAndRestoreTimeNotFound,
    /// `InvalidBakHistory.DbVersionMismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bak history: db version mismatch.
    InvalidBakHistoryDbVersionMismatch,
    /// `DiskSize.NotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Disk size: not enough.
    DiskSizeNotEnough,
    /// `RestoreTableException`: HTTP 400; retry: never; category: invalid_argument.
    /// Restore table exception.
    RestoreTableException,
    /// `InvalidParamTableMeta.TooManyTables`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid param table meta: too many tables.
    InvalidParamTableMetaTooManyTables,
    /// `InvalidStatus.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: format.
    InvalidStatusFormat,
    /// `ReadonlyInstanceNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Readonly instance not support.
    ReadonlyInstanceNotSupport,
    /// `InstanceHasReadOnlyInstanceNotSupportStop`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance has read only instance not support stop.
    InstanceHasReadOnlyInstanceNotSupportStop,
    /// `MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied.QuotaExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: quota exceed.
    OperationDeniedQuotaExceed,
    /// `InvalidTaskType.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid task type: invalid.
    InvalidTaskTypeInvalid,
    /// `InvalidParameter.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid.
    InvalidParameterInvalid,
    /// `InvalidTaskStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid task status.
    InvalidTaskStatus,
    /// `UnfinishedTerminateMigrateTask`: HTTP 400; retry: never; category: invalid_argument.
    /// Unfinished terminate migrate task.
    UnfinishedTerminateMigrateTask,
    /// `InvalidInstanceUseType.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance use type: not support.
    InvalidInstanceUseTypeNotSupport,
    /// `InvalidOrderTask.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid order task: not support.
    InvalidOrderTaskNotSupport,
    /// `InvalidOldInstanceType.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid old instance type: not support.
    InvalidOldInstanceTypeNotSupport,
    /// `OperationDenied.TimeLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: time limit.
    OperationDeniedTimeLimit,
    /// `InvalidDBInstanceId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance id: malformed.
    InvalidDbInstanceIdMalformed,
    /// `InvalidPayType.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pay type: malformed.
    InvalidPayTypeMalformed,
    /// `InvalidResource.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource: format.
    InvalidResourceFormat,
    /// `InvalidPayType.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pay type: format.
    InvalidPayTypeFormat,
    /// `InvalidUsedTime.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid used time: format.
    InvalidUsedTimeFormat,
    /// `InvalidPeriod.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid period: format.
    InvalidPeriodFormat,
    /// `InvalidPeriodOrUsedTime.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid period or used time: format.
    InvalidPeriodOrUsedTimeFormat,
    /// `InvalidDiscountCoupon.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid discount coupon: malformed.
    InvalidDiscountCouponMalformed,
    /// `InsufficientQuota.NoEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient quota: no enough.
    InsufficientQuotaNoEnough,
    /// `SYSTEM.ILLEGALARGUMENT`: HTTP 400; retry: never; category: invalid_argument.
    /// SYSTEM: ILLEGALARGUMENT.
    SystemIllegalargument,
    /// `ContainForbiddenLabel.error`: HTTP 400; retry: never; category: invalid_argument.
    /// Contain forbidden label: error.
    ContainForbiddenLabelError2,
    /// `InvalidResourceId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource id: not found.
    InvalidResourceIdNotFound,
    /// `InvalidEVENT`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid EVENT.
    InvalidEvent,
    /// `InvalidSSLstatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid SS lstatus.
    InvalidSsLstatus,
    /// `InvalidMinorVerison.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid minor verison: not found.
    InvalidMinorVerisonNotFound,
    /// `IncorrectEngineTypeMyisam`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect engine type myisam.
    IncorrectEngineTypeMyisam,
    /// `ClusterNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Cluster not support.
    ClusterNotSupport,
    /// `UnsupportedFtsIndex`: HTTP 403; retry: never; category: permission_denied.
    /// Unsupported fts index.
    UnsupportedFtsIndex,
    /// `UnsupportedFtsIndexVersion`: HTTP 403; retry: never; category: permission_denied.
    /// Unsupported fts index version.
    UnsupportedFtsIndexVersion,
    /// `InstanceMissingMinorVersionAttr`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance missing minor version attr.
    InstanceMissingMinorVersionAttr,
    /// `InvalidMinorVersionLowerThanInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid minor version lower than instance.
    InvalidMinorVersionLowerThanInstance,
    /// `InvalidMinorVersionAlreadyLatest`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid minor version already latest.
    InvalidMinorVersionAlreadyLatest,
    /// `MissingParameter.MinorVersionTag`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: minor version tag.
    MissingParameterMinorVersionTag,
    /// `UpgradeSQLServerMinorVersionFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Upgrade SQL server minor version fail.
    UpgradeSqlServerMinorVersionFail,
    /// `InvalidSwitchMode.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid switch mode: not found.
    InvalidSwitchModeNotFound,
    /// `InvalidDBInstanceConnType.Classic`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance conn type: classic.
    InvalidDbInstanceConnTypeClassic,
    /// `IncorrectDBInstanceTdeStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect DB instance tde status.
    IncorrectDbInstanceTdeStatus,
    /// `SSLNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// SSL not support.
    SslNotSupport,
    /// `CurrentRecoveryModelNotSupportThisAction`: HTTP 403; retry: never; category: permission_denied.
    /// Current recovery model not support this action.
    CurrentRecoveryModelNotSupportThisAction,
    /// `InvalidMaxscaleMinorVersion.Format`: HTTP 404; retry: never; category: not_found.
    /// Invalid maxscale minor version: format.
    InvalidMaxscaleMinorVersionFormat,
    /// `InvalidUpgradePrecheckResult`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid upgrade precheck result.
    InvalidUpgradePrecheckResult,
    /// `TargetEngineVersion.Parameters.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Target engine version: parameters, not found.
    TargetEngineVersionParametersNotFound,
    /// `InvalidVPCId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid VPC id.
    InvalidVpcId,
    /// `InvalidDedicatedHostGroupId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid dedicated host group id.
    InvalidDedicatedHostGroupId,
    /// `InvalidPayType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pay type.
    InvalidPayType,
    /// `InvalidEngineVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid engine version.
    InvalidEngineVersion,
    /// `InvalidSwitchOver`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid switch over.
    InvalidSwitchOver,
    /// `PrimaryInstanceWithReadonlyNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Primary instance with readonly not support.
    PrimaryInstanceWithReadonlyNotSupport,
    /// `InvalidSwitchTimeMode`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid switch time mode.
    InvalidSwitchTimeMode,
    /// `InvalidSwitchTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid switch time.
    InvalidSwitchTime,
    /// `InvalidCollectStats`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid collect stats.
    InvalidCollectStats,
    /// `TargetMajorVesionNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Target major vesion not supported.
    TargetMajorVesionNotSupported,
    /// `DBClusterNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// DB cluster not supported.
    DbClusterNotSupported,
    /// `TaskHasExist`: HTTP 500; retry: never; category: internal.
    /// Task has exist.
    TaskHasExist,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 919] = [
        "IncorrectDBInstanceState",
        "InvalidMigrateStatus",
        "InvalidMigrateTask",
        "Order.ComboInstanceNotAllowOperate",
        "Price.PricingPlanResultNotFound",
        "Order.NoRealNameAuthentication",
        "InsufficientAvailableQuota",
        "CommodityServiceCalling.Exception",
        "RegionDissolvedEOM",
        "Commodity.InvalidComponent",
        "RegionEndTimeDissolvedIndia",
        "RegionEndTimeDissolvedAustralia",
        "Price.CommoditySys",
        "Pay.InsufficientBalance",
        "Order.PeriodInvalid",
        "pay.noCreditCard",
        "Order.InstHasUnpaidOrder",
        "noAvailablePaymentMethod",
        "BasicInfoUncompleted",
        "Risk.RiskControlRejection",
        "Api.NotSupport",
        "ContainForbiddenLabelError",
        "InvalidDBInstanceId.NotFound",
        "InvalidInstanceLevel.DiskType",
        "InvalidParam",
        "KmsApiError",
        "System.SaleValidateFailed",
        "Abs.InvalidAccount.NotFound",
        "SqlExecuteFailedOrTimeout",
        "IncorrectDBInstance",
        "IncorrectDBInstanceType",
        "OrderStatus.UnPaid",
        "InvalidReduceDiskSize",
        "CloudSSDNotSupport",
        "InvalidUserOperatorPermission",
        "InvalidVswitchId",
        "InvalidDBInstanceName.NotFound",
        "IncorrectDBInstanceLockMode",
        "InvalidClusterKms",
        "ExternalFailure",
        "Forbidden",
        "InvalidTagKey.Malformed",
        "OtherEndpoint.Exist",
        "ConnectionStringContainIllegalCharacterFault",
        "InvalidInstanceNetworkType",
        "InvalidConnectionString.Format",
        "InvalidPort.Malformed",
        "InvalidVpcIdRegion.NotSupported",
        "InvalidInstanceNetworkType.ValueNotSupported",
        "InvalidBizType.Format",
        "EndpointNum.Error",
        "EndpointType.NotSupport",
        "Invalid.DbInstanceNetType",
        "OperationDenied.SwitchToVPC",
        "InvalidConnectionString.Duplicate",
        "ColdData.EngineVersionNotSupport",
        "ColdData.MinorVersionNotSupport",
        "IncorrectTargetClasscode",
        "RequiredParam.NotFound",
        "InvalidSecurityIPList.QuotaExceeded",
        "InvalidParameterTemplateId",
        "InvalidDBInstanceName.TooMuchItems",
        "WhitelistTemplateRelationToCustinsId.EXISTS",
        "WhitelistIPLength.Forbidden",
        "WhitelistTemplateId.NotFound",
        "InsName.NotFound",
        "IncorrectDBInstanceConnType",
        "IncorrectDBType",
        "InvalidDBInstanceClass.NotFound",
        "IncorrectDBInstanceCharacterType",
        "OperationDenied.IncorrectTaskStatus",
        "OperationDenied.IncorrectMigrationStatus",
        "InvalidMigrationID.NotFound",
        "InvalidTask.NotFound",
        "Database.ConnectError",
        "InvalidConnectionInfo",
        "Account.QueryError",
        "InvalidParameter.ByokInsnameAndRegionAllEmpty",
        "InvalidRestoreType.Format",
        "NoBackupSetRegion",
        "IncorrectBackupSetType",
        "NoSourceInstanceName",
        "NoAvailableDisasterRestoreBakset",
        "IncorrectBackupSetMethod",
        "InvalidBackupType.Format",
        "IncorrectEngineVersion",
        "IncorrectBaksetVersion",
        "CrossRegionUnsupportTDE",
        "DisasterRestoreRegionNotMatched",
        "InvalidMinorVersion.NotFound",
        "InvalidDBInstanceId.MalFormed",
        "InvalidEngine.Malformed",
        "InvalidEngineVersion.Malformed",
        "MissingUserID",
        "MissingUID",
        "UserPermissionFailure",
        "InvalidServiceType.Format",
        "InvalidStorage.Format",
        "ResourceConfigError",
        "RestoreType.NotFound",
        "InvalidBackupSetID.NotFound",
        "InvalidDBInstance.NotFound",
        "Database.QueryError",
        "InvalidDBName.Format",
        "InvalidDBName.Forbid",
        "InvalidDBName.Duplicate",
        "InvalidParameterGroupId.Malformed",
        "InvalidAvZone.Format",
        "InvalidAvZone.NotSupport",
        "CannotDecreaseEssdPerfLevel",
        "InvalidIPAddress.Conflict",
        "CDDC.AvailableHostsNotEnoughInZone",
        "InvalidRecoveryDbInstance.StorageType",
        "InvalidRecoveryDbInstance.StorageSize",
        "InvalidDBInstanceClass.Offline",
        "InvalidTunnelId",
        "ZoneId.NotMatchWithCategory",
        "Parameters.Invalid",
        "BackupPolicyNotSupport",
        "InvalideStatus.Format",
        "InvalidReleasedKeepPolicy.Format",
        "IncorrectMinorVersion",
        "IncorrectCharacterType",
        "CloudDiskEncryptionNotSupport",
        "OperationDenied.ZoneResource",
        "NotInFlowController",
        "Request.NotFound",
        "RequestMetaDataFailed",
        "ParamNotExist",
        "ParamTypeError",
        "ParamGroupOptionValue.NotSupport",
        "ParamGroupsNotExist",
        "InvalidParameters.Malformed",
        "ParamGroupOptionKey.NotFound",
        "InvalidNotifyId",
        "InvalidAccountName.Format",
        "InvalidAccountName.Forbid",
        "InvalidCharacterSetName.Format",
        "InvalidAccountPrivilege.Malformed",
        "InvalidAccountPassword.Format",
        "InvalidDBDescription.Format",
        "InvalidReserveAccount.Format",
        "DBLimitExceeded",
        "AccountLimitExceeded",
        "OperationDenied.AccountMode",
        "InvalidDBName.NotFound",
        "InvalidBackupSetID",
        "DBCountLimitExceeded",
        "BackupRestoreNotSupported.BasicHA",
        "BackupRestoreNotSupported.HADedicatedAlwaysOn",
        "BackupRestoreNotSupported.ShareDedicatedAlwaysOn",
        "OperationDenied.RestoreTime",
        "OperationDenied.SnapshotBackupSet",
        "CanNotCopyDBHasTDEEnabled",
        "InvalidBackupDBNames.NotFound",
        "InvalidBackupDBNames.Malformed",
        "EngineNotSupported",
        "InvalidTargetDBInstanceName.Format",
        "MasterDBInstanceState.NotSupport",
        "TargetInstanceEngineNotSupported",
        "InvalidInstancesRegion.Malformed",
        "InvalidStartTime.Format",
        "InvalidEndTime.Format",
        "InvalidParameterCombination",
        "InvalidBackupSetLocation.Format",
        "InvalidCrossRegionTrans",
        "ErrorParametersConflict",
        "ReadDBInstanceNotSupport",
        "InvalidRecoveryDBNames.Format",
        "InvalidBackupIdOrRestoreTime.NotFound",
        "Forbidden.RegionNotFound",
        "ImageNotFound",
        "InvalidZone.NotSupportedForStorageType",
        "InvalidEngineOrEngineVersion",
        "InvalidGeneralGroupNameOrGdnInstanceName",
        "InvalidVSwitchId.NotFound",
        "CDDC.TargetHostIDNotAvailable",
        "ReadOnlyInstanceNotSupport",
        "InvalidShareDbInstanceClassNotSupport",
        "InvalidQuantity.NotSupported",
        "IncorrectMasterDBInstanceState",
        "InvalidDBInstance.ReadDBInstanceExceeded",
        "InvalidEssdStorageSize",
        "IncorrectInstanceNetworkType",
        "AtLeastTwoVSwitchParamExists",
        "InvalidIzNo.NotSupported",
        "InvalidBackupSet",
        "InvalidRestoreTimeSpecified",
        "InvalidRestoreDB",
        "StorageLimitExceeded",
        "InvalidTempInstance.NotSupport",
        "Forbidden.SnapshotRecovery",
        "OperationDenied.Resource",
        "ReadonlyDBInstanceStorageExceeded",
        "MasterDBInstanceClassNotSupport",
        "ReadonlyDBInstanceClassNotSupport",
        "ReadonlyDBInstanceClassLowerThanMasterInstance",
        "InvalidSwitchType.Malformed",
        "UnsupportedCopyDbHighAvailabilityToBasic",
        "InvalidInstanceVersion",
        "UnsupportedCopyDbShareToHighAvailability",
        "UnsupportedCopyDbAlwaysOnToBasic",
        "UnsupportedCopyDbBasicToShare",
        "UnsupportedCopyDbAlwaysOnToHighAvailability",
        "UnsupportedCopyDbShareToBasic",
        "UnsupportedCopyDbHighAvailabilityToShare",
        "UnsupportedCopyDbShareToAlwaysOn",
        "UnsupportedCopyDbAlwaysOnToShare",
        "InvalidParamTableMeta.RestoreTime",
        "InvalidInstanceStorageType.NotFound",
        "InvalidRegion.NotFound",
        "IncorrectVswitchId",
        "InsufficientResourceCapacity",
        "NetworkOrSqlTimeoutError",
        "GeneralIns.Creating",
        "GeneralIns.Maintaining",
        "GeneralIns.Switching",
        "InvalidEngineVersion.NotSupported",
        "Account.AddError",
        "InvalidAccountDescription.Format",
        "InvalidAccountName.Duplicate",
        "IncorrectAccountType",
        "BackupType.NotSupport",
        "InvalidBackupMethod.ValueNotSupport",
        "IncorrectDBInstanceLockMode.ValueNotSupported",
        "BackupJobExists",
        "InvalidPreferredBackupTime.Format",
        "OperationDenied.ApiForbidden",
        "IncorrectDBInstanceEngine",
        "Exceeded.BackupTimes",
        "InvalidDB.NotFound",
        "InvalidSourceCategory",
        "Invalid.ParamGroupDBVersion",
        "RR309",
        "InvalidZoneId.NotSupported",
        "InvalidNetworkTypeClassicWhenCloudStorage",
        "InvalidZone.NotSupported",
        "InvalidParameter",
        "Pay.AmountLimitExceeded",
        "IncompleteAccountInfo",
        "IncompleteTaxInfo",
        "InvalidPaymentMethod.Incomplete",
        "InvalidPaymentMethod.Missing",
        "InsuffcientBalanceOrBankAccount",
        "InvalidPaymentMethod.NoAccess",
        "InvalidPaymentMethod.InsufficientBalance",
        "Pay.LowFunds",
        "Pay.ChargeChannelNotFound",
        "VswitchIpExhausted",
        "InvalidPrivateIpAddress.AlreadyUsed",
        "InvalidEcsImage.NotFound",
        "InvalidConcurrentOperate",
        "InvalidSecurityIPList.Format",
        "InvalidDBParamGroupId.Format",
        "InvalidTargetMinorVersion.Format",
        "InvalidDedicatedHostGroupId.Format",
        "InvalidDBInstanceClass.Malformed",
        "CreditPayInsufficientBalance",
        "InvalidTagValue.Malformed",
        "Duplicate.TagKey",
        "NumberExceed.Tags",
        "MissingParameter.ResourceIds",
        "InvalidParameter.TagKey",
        "InvalidParameter.TagValue",
        "NoPermission.SystemTag",
        "InvalidParam.Amount",
        "InvalidParam.CreateStrategy",
        "InvalidParam.Engine",
        "InvalidMultiZoneInfoList",
        "InvalidKmsConfigStatus",
        "InvalidUsedTime",
        "Kms.Unauthorized",
        "SystemParamGroupCode.Format",
        "InvalidDBInstanceName.Duplicate",
        "ServiceLinkedRole.NotExist",
        "InvalidPrivateIpAddress.Format",
        "InvalidPrivateIpAddress.Mismatch",
        "TooManyWhitelistTemplateIds",
        "UnsupportExtendDisk.NotSupport",
        "InvalidWhitelistTemplateId",
        "InvalidRequestId",
        "InvalidParameter.MinCapacity",
        "RISK.RISK_CONTROL_REJECTION",
        "AliCroup2CloudUserCannotBuyNotInnerCommodity",
        "GroupReplicationNotSupport.InvalidEngineVersion",
        "GroupReplicationNotSupport.InvalidNodeClassCode",
        "GroupReplicationNotSupport.InvalidNodeNum",
        "GroupReplicationNotSupport.InvalidXengine",
        "GroupReplicationNotSupport.MemoryTooSmall",
        "BasicCategoryNotSupport",
        "InvalidDBInstanceConnType.Format",
        "InvalidNodeItems.DuplicateNodeId",
        "InvalidNodeItems.RONode",
        "InvalidNodeItems.RONodeIdPrimary",
        "InvalidNodeItems.JsonFormat",
        "InvalidNodeItems.DBInstanceId",
        "InvalidNodeItems.NodeId",
        "APICallingFailed",
        "InvalidNodeItems.BlackNodeItems",
        "InvalidConnVPCId",
        "InvalidConnectionString.NotFound",
        "InvalidWeight.Format",
        "IncorrectDBInstanceNetType",
        "InvalidEngineVersion.NotSupport",
        "NetTypeExists",
        "Endpoint.NotFound",
        "InvalidEngine.VauleNotSupported",
        "InvalidEngineVersion.ValueNotSupported",
        "InvalidDBinstanceClass.ValueNotSupported",
        "InvalidDBInstanceStorage.ValueNotSupported",
        "InvalidDBInstanceDescription.Malformed",
        "InvalidSecurityIPList.Duplicate",
        "InvalidSecurityIPListLength.Malformed",
        "DefaultVpc.NotSupport",
        "InvalidVpcIdOrVswitchId.NotSupported",
        "InvalidVpcId.NotSupported",
        "InvalidGeneralGroupName.Malformed",
        "AccountBasicInfoUncompleted",
        "IncorrecttVpcId",
        "OperationDenied.DBInstanceStatus",
        "ClassicNetworkType.NotSupport",
        "InvalidEngineVersionInRegion.NotAvailable",
        "OperationDenied",
        "QuotaExceeded.CreateInstance",
        "Forbidden.Authentication",
        "INST_HAS_UNPAID_ORDER",
        "COMMODITY.FAILED",
        "MoneyLessThan100",
        "OperationDenied.ClassicNetworkType",
        "CreateOrder.Failed",
        "InvalidRegionId.NotFound",
        "QueryPrice.Failed",
        "DBNodeFormatFault",
        "DBNodeParameterRequired",
        "DBNodeParameterTooManyItems",
        "DBNodeParameter.InvalidClassCode",
        "DBNodeParameter.InvalidValue",
        "DBNodeParameter.NotFound",
        "InvalidMultiTenant",
        "InvalidClassCode",
        "OperationDenied.DBType",
        "InvalidVpcInstanceId",
        "InvalidDBInstanceName",
        "InvalidVpcParameter",
        "InvalidVSwitchId.Mismatch",
        "MaxscaleNotSupport",
        "IncorrectKindCode",
        "Maxscale.NotFound",
        "EngineMigration.ActionDisabled",
        "InvalidDescription.Format",
        "IncorrectDBInstanceServiceType",
        "Database.AddError",
        "SqlExcutionFailed",
        "InvalidDBInstanceName.Format",
        "InvalidRegion.Format",
        "InvalidDBInstanceType.Format",
        "InvalidBackupRetentionPeriod.Malformed",
        "InvalidPreferredBackupPeriod.Malformed",
        "InvalidOptmizationService",
        "InvalidExpiredTime.Format",
        "InvalidDBInstanceDescription.Format",
        "PreCheckInvalid",
        "NoBaksetName",
        "InvalidClusterName.NotFound",
        "InvalidDBInstanceNetType.NotFound",
        "CreateGlobalActiveDatabase.GadInstanceNotActive",
        "CreateGlobalActiveDatabaseFailed.CentralNodeNotSupportGAD",
        "CreateGlobalActiveDatabaseFailed.UnitMemberParamsEmpty",
        "CreateGlobalActiveDatabaseFailed.UnitMemberParamsError",
        "CreateGlobalActiveDatabaseFailed.GadNameNotMatchCentralNode",
        "CreateGlobalActiveDatabaseFailed.GadInstanceExists",
        "CreateGlobalActiveDatabaseFailed.GadInstanceNotExists",
        "CreateGlobalActiveDatabase.GadInstanceNotFound",
        "CreateGlobalActiveDatabase.GetInstanceMemberFaied",
        "CreateGlobalActiveDatabaseImpl.preCheckGadInstance",
        "CreateGlobalActiveDatabaseImpl.preCheckMemberParams",
        "IdempotentParameterMismatch",
        "InvalidFile",
        "InvalidInstanceType",
        "InvalidInstanceLockMode",
        "InvalidDBName",
        "InvalidDBType",
        "InvalidDBState",
        "ExceedUploadTime",
        "InvalidOSSURL",
        "ExceedDiskSize",
        "EntityNotExist.Role",
        "DatabaseMustOnline",
        "InvalideStatus",
        "InvalidOssObjectStorageClassType",
        "EngineVersionNotSupported",
        "BakFileSizeExceeded",
        "InvalidInstanceState",
        "InvalidOssObjectPositions.Format",
        "BakFilesNeeded",
        "OperationDenied.MasterDBInstanceState",
        "DBNodeIdParameterInvalid",
        "DBNodeIdParameterNotFound",
        "DBNodeParameterTooFewItems",
        "ParamGroupsNameInvalid",
        "ParamGroupsDbTypeNotSupport",
        "ParamGroupsDbVersionNotSupport",
        "ParamGroupsNotExistOrTypeNotSupport",
        "ParamGroupsDescInvalid",
        "InvalidParameterValue.NotStandard",
        "InvalidParameters.Format",
        "InvalidAccountName.NotFound",
        "InvalidDBInstanceEngineType.Format",
        "IncorrectAccountPrivilegeType",
        "InvalidSecurityIPList.Malformed",
        "InvalidReadEngineVersionPattern",
        "SYSTEM.CONCURRENT_OPERATE",
        "OperationDenied.PrimaryDBInstanceStatus",
        "InvalidReadStorageTypePattern",
        "Caller.NotSupport",
        "InvalidAvailableArea.NotFound",
        "InvalidRetainInstance.Format",
        "InvalidRestoreTime.Format",
        "InvalidInstanceLevelExtraInfo",
        "OperationDenied.TempDBInstanceExists",
        "InvalidBackupLogStatus",
        "ChildDBInstanceExists",
        "IncorrectBackupSetState",
        "YouhuiClientError",
        "CouponExist",
        "YouhuiServerError",
        "CreateCouponError",
        "CouponOverMaxRelease",
        "MissingActivityId",
        "ParamError",
        "ActivityNotFound",
        "InvalidInstanceNodeType.NotFound",
        "InvalidADDNS.NotFound",
        "InvalidOperation.Invalid",
        "ClusterTypeError",
        "GdnRole.NotSupport",
        "IncorrectAccountStatus",
        "Account.DelError",
        "Account.DeleteError",
        "AccountActionForbidden",
        "ParameterLeastAssociate",
        "DeleteBackupSetNumExceed",
        "OperationDenied.BackupSetDeleteNotSupport",
        "OperationDenied.DeletionProtection",
        "GuardInstance.ReleaseFail",
        "OperationDenied.PrePayTypeNotSupported",
        "InvalidNetType.Format",
        "DBNodeParameter.TooFewItems",
        "DBNodeIdParameter.NotExists",
        "DBNodeIdParameter.IncludePrimary",
        "AtLeastOneNetTypeExists",
        "InvalidEndPoint.Format",
        "Database.DelError",
        "ColdDBHasSameNameWithOnlineDB",
        "IncorrectDBState",
        "ParamGroupsInUse",
        "SecretNotFound",
        "OperationDenied.Product",
        "InvalidMigrationType.Format",
        "InvalidPageNumbers.Malformed",
        "OperationDenied.DBInstanceType",
        "InvalidMaxRecordsPerPage.Malformed",
        "IO.Exception",
        "InvalidDBInstanceStatus.NotSupport",
        "RegionNotSupport",
        "InvalidUser.NotFound",
        "InvalidPageParam.Format",
        "InvalidParameterPaging",
        "ArticleNotFound",
        "InvalidCondition.NotFound",
        "CrossBackupNotSupport",
        "InvalidPage.notFound",
        "NoAvailableLogBackup",
        "InvalidRestoreTime.Malformed",
        "InvalidDBInstanceClass.ValueNotSupported",
        "InternalFailure",
        "InvalidParameter.OwnerAccount",
        "ParameterAbsence",
        "ServiceTemporarilyClosed",
        "InvalidClassCode.NotFound",
        "InvalidPageSize",
        "InvalidPageIndex",
        "InvalidMeta.Empty",
        "InvalidMeta.TooLarge",
        "InvalidTime.Format",
        "InvalidOrderId.NotFound",
        "InvalidCPUZoom.NotSupport",
        "InvalidCPUShar.NotSupport",
        "InvalidMemoryZoom.NotSupport",
        "InvalidIOPSZoom.NotSupport",
        "InvalidMaxConnZoom.NotSupport",
        "InvalidResource.Type.NotSupport",
        "InvalidIncreaseRatio.Type.NotSupport",
        "InvalidDedicatedHostGroupName",
        "InvalidInsName",
        "DedicatedHostNameIsNull",
        "PhysicalCustins.NotFound",
        "HostInfo.NotFound",
        "ConnectTimeoutRetryLater",
        "TimeoutRetryLater",
        "DataNotExist",
        "Tag.NoRegionIdExist",
        "Tag.NoTagInfoExist",
        "Tag.TagKeyCanNotBeAll",
        "Tag.TagKeyDuplex",
        "Tag.NoDBInstanceIdExist",
        "Tag.TooManyDBInstanceIds",
        "Tag.TooManyTagsForOneInstance",
        "Tag.SetTagInfoAtTwoParamters",
        "Tag.Allow5TagInfos",
        "Tag.TagKeyIsBlank",
        "Tag.TagKeyStartWith.aliyun",
        "Tag.TagKeyTooLong",
        "Tag.TagValueTooLong",
        "Tag.InvalidTagsParamter",
        "Tag.Malformed",
        "Connect.Timeout",
        "InvalidEngine.NotSupported",
        "NoActiveBYOK",
        "ByokInsnameAndRegionAllEmpty",
        "InvalidConfigName",
        "InvalidEndpointType.Format",
        "WhitelistNetType.Format",
        "InvalidInstanceMetricsConfigs.NotFound",
        "IllegalParameter",
        "Readins.NotFound",
        "Forbidden.RAM",
        "InvalidRwSplitNetType.NotFound",
        "InvaildEngineInRegion.ValueNotSupported",
        "InstanceEngineType.NotSupport",
        "ConnectionStringLengthExceeded",
        "EnabledSSLNotSupport",
        "DbossGeneralError",
        "DBSizeExceeded",
        "Invalid.NextToken",
        "InvalidDBInstanceType.ValueNotSupport",
        "InvalidExpired.Format",
        "InstanceNames.Malformed",
        "400",
        "Export.InProcess",
        "ApiError",
        "MinorVersionAttr.NotFound",
        "MissingMinorVersionTag",
        "MissingParameter.Engine",
        "MissingParameter.EngineVersion",
        "MinorVersionTag.NotFound",
        "InvalidVersion",
        "RWSplitNetTypeNotExists",
        "ParamNotFound",
        "InvalidUserId.NotSupport",
        "InvalidDedicatedHostGroup.NotFound",
        "InvalidParam.NotExists",
        "InvalidSearchTimeRange",
        "Param.Invalid",
        "Param.Invalid.TimeEndBeforeStart",
        "InvalidHostStatus.Format",
        "ClusterTypeNotSupported",
        "LogBackupNotEnabled",
        "InvalidBinlog.NotFound",
        "InvalidBackup.NotFound",
        "InvalidStartTimeAndEndTime.Malformed",
        "InvalidUID.Duplicate",
        "Invalid.ParamGroupDBCategory",
        "ParameterIllegal",
        "DBInstanceStorageFormatFault",
        "InvalidDBInstanceStorage.Format",
        "DBNodeParameter.Required",
        "DBNodeParameter.TooManyItems",
        "Price.WanHuaTong.sys",
        "SYSTEM.SaleValidateFailed",
        "Price.HsfTimeoutError",
        "Rule.HsfTimeoutError",
        "InvalidDBInstanceClassNotFound",
        "CASH.BOOK.INSUFFICIENT",
        "InvalidTimeType.NotFound",
        "canNotFindSubscription",
        "InvaildEngineInRegion.NotAvailable",
        "RegionUnauthorized",
        "InvalidAcceptLanguage.NotFound",
        "OrdQueryAccountError",
        "InvokeProxyFailure",
        "InvalidComment",
        "SortKey.ValueNotSupported",
        "Tag.SetTagInfoAtTwoParameter",
        "Tag.InvalidTagsParameter",
        "InvokeServiceFailed",
        "OperationDenied.DBInstance",
        "InvalidDBInstanceName.Deleted",
        "WhitelistTemplateRelationToCustinsId.NotFound",
        "InvalidTransType.NotSupport",
        "InvalidAction",
        "DBInstanceStatusNotActive",
        "DBTypeNotSupported",
        "Account.UpdateError",
        "DbRestoring",
        "IncorrectAccount",
        "InvalidDBNameOrAccountPrivilege",
        "SQLPermissionOperationFailed",
        "InvalidOssBackupFile.InvalidFile",
        "InvalidBackupFile.Format",
        "InvalidCommodityCode.Malformed",
        "GetCommodity.Failed",
        "BothEmpty.TagsAndResources",
        "NumberExceed.ResourceIds",
        "InvalidParameter.ResourceType",
        "ZoneIdNotSupported",
        "ConnectionNotFound",
        "InvalidTargetDedicatedHostId.NotFound",
        "InvalidMasterHostName",
        "InvalidPrimaryCustinsStatus",
        "AllocateResourceFailed",
        "RenewChange.Exist",
        "InvalidInstanceCommodityCode.NotFound",
        "InvalidMigrateModifyClassOrStorage",
        "InvalidZoneId.NotNull",
        "InvalidZoneId.NotEqual",
        "InvalidDispenseMode.Format",
        "InvalidDefaultVSwitch.NotFound",
        "InsufficientResourceCapacityCheck",
        "UnsupportedReadOrBakReadState",
        "MirrorInsExists",
        "SSLInstanceNotSupportThisOperation",
        "BYOLInstanceNotSupportThisOperation",
        "BYOKInstanceNotSupportThisOperation",
        "ADInstanceNotSupportThisOperation",
        "TDEInstanceNotSupportThisOperation",
        "InstanceIsSnapshotBackupNotSupportThisOperation",
        "InstanceHasReadOnlyInstanceNotSupportThisOperation",
        "InvalidShareInstance.NotSupport",
        "InvalidZoneIdSlave1.Missing",
        "MigrateAlreadyExistsFault",
        "InvalidInstanceKind.NotSupport",
        "MissingCategory",
        "CommodityCodeNotFound",
        "OperationDenied.OutofUsage",
        "IncorrectEffectiveTime",
        "OperationDenied.LockMode",
        "InstanceNetworkTypeNotFoundFault",
        "ProprietaryCloud.NotSupported",
        "MigrateAlreadyReadWriteSplitExistsFault",
        "InvalidRegionAvzNotFound",
        "InvalidVpcInfo.NotFound",
        "InvalidMultiparamZoneInfoList",
        "MigrateSlaveNotSupport",
        "InvalidAdServerIpAddress.NotFound",
        "InvalidAdAccountName.NotFound",
        "InvalidAdPassword.NotFound",
        "InvalidNodeType.NotSupport",
        "StartTimeBeforeNow",
        "TaskModifyError",
        "SwitchTimeAfterDeadline",
        "IncorrectTaskType",
        "TaskHasStarted",
        "IncorrectTaskStatus",
        "InvalidColdRetention.Format",
        "InvalidLogBackupFrequency.Malformed",
        "BackupPropertyNotFound",
        "OperationDenied.SwitchToSnapshot",
        "IncorrectBackupPolicy",
        "IncorrectCategory",
        "OperationDenied.SwitchSnapshotToPhysical",
        "OperationDenied.ModifyBackupSwitchOff",
        "OperationDenied.ApiForbiddenForLogBackupFrequency",
        "OperationDenied.NotSupportedBackupMethod",
        "InvalidIncreaseValue.NotEnouth",
        "Database.UpdateError",
        "MinorVersionNotSupport",
        "DnsConflict",
        "InvalidConnectionString.Malformed",
        "MissingConnectionString",
        "InvalidPort.Format",
        "OperationDenied.PayType",
        "EmptyEndpointNodeConfig",
        "InvalidParamCombination",
        "GroupReplicationNotSupport.TableWithoutPrimaryKey",
        "InvalidMaintainTime",
        "InvalidMetricsConfig",
        "InvalidScope",
        "OperationDenied.DBInstanceMonitorPeriod",
        "OperationDenied.Switch",
        "OperationDenied.DBInstanceNetType",
        "OperationNotSupported",
        "OperationDenied.DBInstanceConnType",
        "OrderTaskAlreadyExists",
        "ConnectionModeNotSupported",
        "InvalidConfigurationValue.Malformed",
        "InvalidConfigurationValueStatus.Malformed",
        "ProxyConnectionPersistExists",
        "ProxyFailoverExists",
        "InvalidConfigurationValueOrther.Malformed",
        "ProxyConnectionPersist.NotFound",
        "ProxyConnectionPersistParametersInvalid",
        "InvalidConfigValue",
        "ProxyFailover.NotFound",
        "InvalidServerCertOrPrivateKey",
        "InvalidClientCACert",
        "InvalidClientCrl",
        "InvalidCAType.NotFound",
        "InvalidACL.NotFound",
        "InvalidSSLStatus",
        "IncorrectDBSslStatus",
        "InvalidModifyMode.Format",
        "InvalidClientCrl.Permission",
        "InvalidACL.Permission",
        "UnsupportedReduceDiskSize",
        "Postpaid.NotSupport",
        "NotSupportReduceDiskSize",
        "IncorrectStorageType",
        "TargetStorageLessThanBottomLine",
        "InstanceHasUnpaidOrder",
        "InsufficientBalance",
        "OperationDenied.OrderUnPaid",
        "OperationDenied.InvalidStorageSize",
        "CannotChangeStorageType",
        "TempUpgrade.NotSupport",
        "InvalidTargetStorageType",
        "InvalidTargetCategory",
        "BackupReadInstanceModifyNotAllowed",
        "LX.ARGUMENT.ILLEGAL",
        "ORD.S.QUERY.PROD.ERROR",
        "InvalidParameter.NotSupportDiskTypeModify",
        "InvalidParameter.NotSupportModifyServerlessConfigAndDiskTogether",
        "DBInstancePayTypeNotSupport",
        "InvalidPayType.NotSupported",
        "nvalidStorageType.NotSupport",
        "OperationDenied.DurationLimit",
        "AccountMoneyValidate.error",
        "ChangeEngineVersionNotSupported",
        "InvalidDBInstanceStorageType",
        "EncryptionInstancesNotSupport",
        "CurrentInsHasColdDB",
        "CurrentInsHasColdStorage",
        "InvalidStorageSize.Direction",
        "InvalidStorageType.Direction",
        "EngineNotSupportShrinkStorage",
        "InvalidRCUValue",
        "CreateUpgradeOrderBusinessException",
        "InvalidReadDBInstanceStorage.Format",
        "UnsupportedModifyParam",
        "UnsupportedClassCode",
        "IncorrectReadDBInstanceDisksize",
        "BetaServerlessNotSupportThisAction",
        "ARMNotSupport",
        "HostTypeNotSupport",
        "MaxscaleInstanceNotSupport",
        "ReadInstanceNotSupport",
        "UnSupportReduceDiskSize",
        "CloudboxInstanceNotSupport",
        "ShrinkCountReachedLimit",
        "CallLxSdkFailed",
        "InvalidTDEstatus",
        "MissingDBName",
        "InvalidTDEstatus.Format",
        "Invalid.PrivateKey",
        "Invalid.Certificate",
        "CertOrPrivateKeyOrPasswordNotMatched",
        "ByokRoleArnNotFound",
        "InvalidKmsKey",
        "SecondaryClassCode.Unsupported",
        "InvalidNodeId",
        "SlaveClassCode.Unsupported",
        "InvalidDBInstanceStorage",
        "UnsupportedOperationDirection.DiskUpgrade",
        "UnsupportedOperationDirection.DiskDowngrade",
        "DBNodeParameter.InvalidCombination",
        "InvalidSaleComponentFault",
        "MaxscaleAlreadyExist",
        "NetWork.NotFound",
        "MaxscaleInternalError",
        "InvalidOptimizationCategory.Format",
        "MaxscaleCreating",
        "EndpointTypeOperation.NotSupport",
        "ClusterEndpoint.StatusNotValid",
        "MaxScaleLevel.NotSupport",
        "ReadDBInstance.NotFound",
        "EndpointConfig.Invalid",
        "EndpointType.NotFound",
        "InvalidReadDBInstance.NotFound",
        "InvalidConnectionStringOrPort.Duplicate",
        "NetTypeChangeTimesExceeded",
        "ErrorMxsServiceInsNum.Error",
        "TaskExists",
        "InvalidInstanceLevel.Malformed",
        "NotHaveProxy",
        "MaxscaleMinorVersionNotSupport",
        "AccessHDMInstanceFailed",
        "InvalidDatabasePropertyValue",
        "InvalidDatabaseProperty",
        "DatabasePropertyModificationFail",
        "InvalidDatabaseVersion",
        "UserAlreadyExistInDb",
        "InvalidDiskType",
        "DiskSpaceInsufficientForColdOperation",
        "CurrentDBIsInColdStorage",
        "ColdDBNumExceedsLimit",
        "ConflictingDatabaseOperation",
        "InvalidDbProxyStatus",
        "RDSCategoryNotSupport",
        "InvalidDbProxyConnectionString.NotFound",
        "InvalidMaxscaleConnectionString.NotFound",
        "HaDiagnoseConfig.Format",
        "HaConfig.Format",
        "HaConfigIsNull",
        "ManualHATime.Format",
        "ManualHATimeIsNull",
        "OperationDenied.SwitchToCrossRegionBackup",
        "UnsupportEncryptedSnapshot",
        "IncorrectHostType",
        "InvalidDdrStorage.NotFound",
        "HbaItem.InvalidType",
        "HbaItem.InvalidMethod",
        "HbaItem.InvalidIPMask",
        "HbaItem.InvalidPriority",
        "HbaItemOpsType.Invalid",
        "InvalidIP.Format",
        "HbaItemPriorityIdAlreadyExist",
        "HbaItemPriorityIdNotFound",
        "PendingActionOverdue",
        "InvalidEffectiveTime.SpecialTimeIsNull",
        "StorageEngine.NotSupported",
        "ParamNotSupportedForCurrentVersion",
        "Invalid.Parameter",
        "ReadUniformNetTypeNotExists",
        "ResourceGroupId.InValid",
        "InvalidSqlLog.Malformed",
        "IncorrectPerfFrequencyType",
        "IncorrectSQLLogVersion",
        "IncorrectSQLLogActiveStatus",
        "OperationDenied.QuotaInsufficient",
        "OperationDenied.OperateFrequently",
        "InvalidSqlRetention.Malformed",
        "AssociatedEcsSecurityGroupIdQuotaExceed",
        "InvalidWhitelistNetType.Malformed",
        "InvalidIPArrayAttribute.Format",
        "SecurityIPList.Format",
        "InvalidGroupName.DuplicatedWithTemplate",
        "InvalidIPList.Format",
        "InvalidWhitelistTemplateName.Duplicated",
        "ConcurrentTaskExceeded",
        "InvalidPage.NotFound",
        "Pay.NoCreditCard",
        "VpcNetworkTypeNotSupport",
        "GuardInstance.Exist",
        "ArrearageOrderExists",
        "OperationDenied.MultiRegions",
        "InvalidOrderCharge.NotSupport",
        "MGRMasterNodeRestart.Unsupported",
        "IncorrectRestartMethod",
        "InvalidRestartPolicy.Format",
        "InvalidBakset.Invalid",
        "InvalidParamTableMetaForRestore.Content",
        "InvalidParamTableMeta",
        "InvalidBakHistoryDO",
        "InvalidParamTableMeta.Content",
        "InvalidParamTableMeta.Duplicate",
        "InvalidSourceRestoreDBName.NotFound",
        "InvalidBakTableMetaDO",
        "MissBackupSetAndRestoreTime.NotFound",
        "InvalidBakHistory.DbVersionMismatch",
        "DiskSize.NotEnough",
        "RestoreTableException",
        "InvalidParamTableMeta.TooManyTables",
        "InvalidStatus.Format",
        "ReadonlyInstanceNotSupport",
        "InstanceHasReadOnlyInstanceNotSupportStop",
        "MissingParameter",
        "OperationDenied.QuotaExceed",
        "InvalidTaskType.Invalid",
        "InvalidParameter.Invalid",
        "InvalidTaskStatus",
        "UnfinishedTerminateMigrateTask",
        "InvalidInstanceUseType.NotSupport",
        "InvalidOrderTask.NotSupport",
        "InvalidOldInstanceType.NotSupport",
        "OperationDenied.TimeLimit",
        "InvalidDBInstanceId.Malformed",
        "InvalidPayType.Malformed",
        "InvalidResource.Format",
        "InvalidPayType.Format",
        "InvalidUsedTime.Format",
        "InvalidPeriod.Format",
        "InvalidPeriodOrUsedTime.Format",
        "InvalidDiscountCoupon.Malformed",
        "InsufficientQuota.NoEnough",
        "SYSTEM.ILLEGALARGUMENT",
        "ContainForbiddenLabel.error",
        "InvalidResourceId.NotFound",
        "InvalidEVENT",
        "InvalidSSLstatus",
        "InvalidMinorVerison.NotFound",
        "IncorrectEngineTypeMyisam",
        "ClusterNotSupport",
        "UnsupportedFtsIndex",
        "UnsupportedFtsIndexVersion",
        "InstanceMissingMinorVersionAttr",
        "InvalidMinorVersionLowerThanInstance",
        "InvalidMinorVersionAlreadyLatest",
        "MissingParameter.MinorVersionTag",
        "UpgradeSQLServerMinorVersionFail",
        "InvalidSwitchMode.NotFound",
        "InvalidDBInstanceConnType.Classic",
        "IncorrectDBInstanceTdeStatus",
        "SSLNotSupport",
        "CurrentRecoveryModelNotSupportThisAction",
        "InvalidMaxscaleMinorVersion.Format",
        "InvalidUpgradePrecheckResult",
        "TargetEngineVersion.Parameters.NotFound",
        "InvalidVPCId",
        "InvalidDedicatedHostGroupId",
        "InvalidPayType",
        "InvalidEngineVersion",
        "InvalidSwitchOver",
        "PrimaryInstanceWithReadonlyNotSupport",
        "InvalidSwitchTimeMode",
        "InvalidSwitchTime",
        "InvalidCollectStats",
        "TargetMajorVesionNotSupported",
        "DBClusterNotSupported",
        "TaskHasExist",
    ];
    static NAME_CODES: [u32; 212] = [
        0, 8, 15, 17, 22, 29, 30, 33, 36, 37, 53, 59, 61, 62, 63, 66, 67, 68, 69, 72, 87,
        90, 93, 94, 100, 101, 103, 104, 105, 110, 111, 114, 140, 142, 145, 146, 147, 148,
        149, 153, 154, 155, 157, 158, 167, 168, 176, 180, 181, 188, 193, 194, 195, 196,
        224, 228, 230, 232, 233, 252, 253, 256, 273, 282, 290, 292, 293, 295, 297, 299,
        302, 309, 310, 311, 312, 319, 325, 326, 332, 333, 334, 335, 336, 337, 340, 342,
        350, 353, 355, 360, 364, 366, 374, 375, 380, 381, 382, 384, 395, 396, 397, 398,
        407, 409, 411, 412, 419, 421, 432, 447, 448, 449, 453, 454, 460, 462, 463, 471,
        474, 486, 487, 489, 505, 506, 511, 518, 526, 531, 533, 535, 538, 547, 561, 562,
        564, 565, 566, 567, 568, 569, 572, 573, 575, 586, 587, 591, 592, 596, 597, 621,
        622, 623, 624, 625, 678, 680, 682, 695, 697, 698, 699, 700, 703, 718, 719, 722,
        724, 726, 728, 730, 735, 737, 740, 742, 750, 751, 752, 761, 764, 774, 777, 785,
        793, 794, 797, 803, 804, 811, 814, 821, 826, 827, 833, 834, 836, 839, 840, 846,
        852, 855, 856, 875, 884, 885, 887, 888, 898, 900, 901, 902, 907, 917,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "IncorrectDbInstanceStateRegionDissolvedEomPayNoCreditCardNoAvailablePaymentMethodInvalidDbInstanceIdNotFoundIncorrectDbInstanceIncorrectDbInstanceTypeCloudSsdNotSupportInvalidDbInstanceNameNotFoundIncorrectDbInstanceLockModeOperationDeniedSwitchToVpcInvalidSecurityIpListQuotaExceededInvalidDbInstanceNameTooMuchItemsWhitelistTemplateRelationToCustinsIdExistsWhitelistIpLengthForbiddenIncorrectDbInstanceConnTypeIncorrectDbTypeInvalidDbInstanceClassNotFoundIncorrectDbInstanceCharacterTypeInvalidMigrationIdNotFoundCrossRegionUnsupportTdeInvalidDbInstanceIdMalFormedMissingUserIdMissingUidInvalidBackupSetIdNotFoundInvalidDbInstanceNotFoundInvalidDbNameFormatInvalidDbNameForbidInvalidDbNameDuplicateInvalidIpAddressConflictCddcAvailableHostsNotEnoughInZoneInvalidDbInstanceClassOfflineInvalidDbDescriptionFormatDbLimitExceededInvalidDbNameNotFoundInvalidBackupSetIdDbCountLimitExceededBackupRestoreNotSupportedBasicHaBackupRestoreNotSupportedHaDedicatedAlwaysOnCanNotCopyDbHasTdeEnabledInvalidBackupDbNamesNotFoundInvalidBackupDbNamesMalformedInvalidTargetDbInstanceNameFormatMasterDbInstanceStateNotSupportReadDbInstanceNotSupportInvalidRecoveryDbNamesFormatCddcTargetHostIdNotAvailableIncorrectMasterDbInstanceStateInvalidDbInstanceReadDbInstanceExceededInvalidRestoreDbReadonlyDbInstanceStorageExceededMasterDbInstanceClassNotSupportReadonlyDbInstanceClassNotSupportReadonlyDbInstanceClassLowerThanMasterInstanceIncorrectDbInstanceLockModeValueNotSupportedIncorrectDbInstanceEngineInvalidDbNotFoundInvalidParamGroupDbVersionRr309InvalidSecurityIpListFormatInvalidDbParamGroupIdFormatInvalidDbInstanceClassMalformedInvalidDbInstanceNameDuplicateRiskRiskControlRejection2InvalidDbInstanceConnTypeFormatInvalidNodeItemsRoNodeInvalidNodeItemsRoNodeIdPrimaryInvalidNodeItemsDbInstanceIdApiCallingFailedInvalidConnVpcIdIncorrectDbInstanceNetTypeInvalidDbInstanceStorageValueNotSupportedInvalidDbInstanceDescriptionMalformedInvalidSecurityIpListDuplicateInvalidSecurityIpListLengthMalformedOperationDeniedDbInstanceStatusInstHasUnpaidOrderCommodityFailedDbNodeFormatFaultDbNodeParameterRequiredDbNodeParameterTooManyItemsDbNodeParameterInvalidClassCodeDbNodeParameterInvalidValueDbNodeParameterNotFoundOperationDeniedDbTypeInvalidDbInstanceNameIncorrectDbInstanceServiceTypeInvalidDbInstanceNameFormatInvalidDbInstanceTypeFormatInvalidDbInstanceDescriptionFormatInvalidDbInstanceNetTypeNotFoundCreateGlobalActiveDatabaseFailedCentralNodeNotSupportGadCreateGlobalActiveDatabaseImplPreCheckGadInstanceCreateGlobalActiveDatabaseImplPreCheckMemberParamsInvalidDbNameInvalidDbTypeInvalidDbStateInvalidOssurlOperationDeniedMasterDbInstanceStateDbNodeIdParameterInvalidDbNodeIdParameterNotFoundDbNodeParameterTooFewItemsInvalidDbInstanceEngineTypeFormatInvalidSecurityIpListMalformedSystemConcurrentOperateOperationDeniedPrimaryDbInstanceStatusOperationDeniedTempDbInstanceExistsChildDbInstanceExistsInvalidAddnsNotFoundDbNodeParameterTooFewItems2DbNodeIdParameterNotExistsDbNodeIdParameterIncludePrimaryColdDbHasSameNameWithOnlineDbIncorrectDbStateOperationDeniedDbInstanceTypeIoExceptionInvalidDbInstanceStatusNotSupportInvalidPageNotFoundInvalidDbInstanceClassValueNotSupportedInvalidCpuZoomNotSupportInvalidCpuSharNotSupportInvalidIopsZoomNotSupportTagNoDbInstanceIdExistTagTooManyDbInstanceIdsTagTagKeyStartWithAliyunNoActiveByokForbiddenRamEnabledSslNotSupportDbSizeExceededInvalidDbInstanceTypeValueNotSupportCode400RwSplitNetTypeNotExistsInvalidUidDuplicateInvalidParamGroupDbCategoryDbInstanceStorageFormatFaultInvalidDbInstanceStorageFormatDbNodeParameterRequired2DbNodeParameterTooManyItems2PriceWanHuaTongSysSystemSaleValidateFailed2InvalidDbInstanceClassNotFound2CashBookInsufficientCanNotFindSubscriptionOperationDeniedDbInstanceInvalidDbInstanceNameDeletedDbInstanceStatusNotActiveDbTypeNotSupportedInvalidDbNameOrAccountPrivilegeSqlPermissionOperationFailedSslInstanceNotSupportThisOperationByolInstanceNotSupportThisOperationByokInstanceNotSupportThisOperationAdInstanceNotSupportThisOperationTdeInstanceNotSupportThisOperationOperationDeniedDbInstanceMonitorPeriodOperationDeniedDbInstanceNetTypeOperationDeniedDbInstanceConnTypeInvalidClientCaCertInvalidCaTypeNotFoundInvalidAclNotFoundInvalidSslStatusIncorrectDbSslStatusInvalidAclPermissionLxArgumentIllegalOrdSQueryProdErrorDbInstancePayTypeNotSupportNvalidStorageTypeNotSupportAccountMoneyValidateErrorInvalidDbInstanceStorageTypeCurrentInsHasColdDbInvalidRcuValueInvalidReadDbInstanceStorageFormatIncorrectReadDbInstanceDisksizeArmNotSupportInvalidTdEstatusMissingDbNameInvalidTdEstatusFormatInvalidDbInstanceStorageDbNodeParameterInvalidCombinationReadDbInstanceNotFoundInvalidReadDbInstanceNotFoundAccessHdmInstanceFailedCurrentDbIsInColdStorageColdDbNumExceedsLimitRdsCategoryNotSupportManualHaTimeFormatManualHaTimeIsNullHbaItemInvalidIpMaskInvalidIpFormatInvalidParameter2IncorrectSqlLogVersionIncorrectSqlLogActiveStatusInvalidIpArrayAttributeFormatSecurityIpListFormatInvalidIpListFormatInvalidPageNotFound2PayNoCreditCard2MgrMasterNodeRestartUnsupportedInvalidBakHistoryDoInvalidSourceRestoreDbNameNotFoundInvalidBakTableMetaDoInvalidDbInstanceIdMalformedSystemIllegalargumentContainForbiddenLabelError2InvalidEventInvalidSsLstatusUpgradeSqlServerMinorVersionFailInvalidDbInstanceConnTypeClassicIncorrectDbInstanceTdeStatusSslNotSupportInvalidVpcIdDbClusterNotSupported",
        ends: &[
            0, 24, 42, 57, 81, 108, 127, 150, 168, 197, 224, 250, 284, 317, 359, 385,
            412, 427, 457, 489, 515, 538, 566, 579, 589, 615, 640, 659, 678, 700, 724,
            757, 786, 812, 827, 848, 866, 886, 918, 962, 987, 1015, 1044, 1077, 1108,
            1132, 1160, 1188, 1218, 1257, 1273, 1306, 1337, 1370, 1416, 1460, 1485, 1502,
            1528, 1533, 1560, 1587, 1618, 1648, 1673, 1704, 1726, 1757, 1785, 1801, 1817,
            1843, 1884, 1921, 1951, 1987, 2018, 2036, 2051, 2068, 2091, 2118, 2149, 2176,
            2199, 2220, 2241, 2271, 2298, 2325, 2359, 2391, 2447, 2496, 2546, 2559, 2572,
            2586, 2599, 2635, 2659, 2684, 2710, 2743, 2773, 2796, 2834, 2869, 2890, 2910,
            2937, 2963, 2994, 3023, 3039, 3068, 3079, 3112, 3131, 3170, 3194, 3218, 3243,
            3265, 3288, 3312, 3324, 3336, 3356, 3370, 3406, 3413, 3436, 3455, 3482, 3510,
            3540, 3564, 3592, 3610, 3635, 3666, 3686, 3708, 3733, 3761, 3786, 3804, 3835,
            3863, 3897, 3932, 3967, 4000, 4034, 4072, 4104, 4137, 4156, 4177, 4195, 4211,
            4231, 4251, 4268, 4286, 4313, 4340, 4365, 4393, 4412, 4427, 4461, 4492, 4505,
            4521, 4534, 4556, 4580, 4613, 4635, 4664, 4687, 4711, 4732, 4753, 4771, 4789,
            4809, 4824, 4841, 4863, 4890, 4919, 4939, 4958, 4978, 4994, 5025, 5044, 5078,
            5099, 5127, 5148, 5175, 5187, 5203, 5235, 5267, 5295, 5308, 5320, 5341,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Incorrect DB instance state.Invalid migrate status.Invalid migrate task.Order: combo instance not allow operate.Price: pricing plan result not found.Order: no real name authentication.Insufficient available quota.Commodity service calling: exception.Region dissolved EOM.Commodity: invalid component.Region end time dissolved india.Region end time dissolved australia.Price: commodity sys.Pay: insufficient balance.Order: period invalid.Pay: no credit card.Order: inst has unpaid order.No available payment method.Basic info uncompleted.Risk: risk control rejection.Api: not support.Contain forbidden label error.Invalid DB instance id: not found.Invalid instance level: disk type.A parameter is invalid.Kms api error.System: sale validate failed.Abs: invalid account, not found.Sql execute failed or timeout.Incorrect DB instance.Incorrect DB instance type.Order status: un paid.Invalid reduce disk size.Cloud SSD not support.Invalid user operator permission.Invalid vswitch id.Invalid DB instance name: not found.Incorrect DB instance lock mode.Invalid cluster kms.External failure.The request is forbidden.Invalid tag key: malformed.Other endpoint: exist.Connection string contain illegal character fault.Invalid instance network type.Invalid connection string: format.Invalid port: malformed.Invalid vpc id region: not supported.Invalid instance network type: value not supported.Invalid biz type: format.Endpoint num: error.Endpoint type: not support.Invalid: db instance net type.Operation denied: switch to VPC.Invalid connection string: duplicate.Cold data: engine version not support.Cold data: minor version not support.Incorrect target classcode.Required param: not found.Invalid security IP list: quota exceeded.Invalid parameter template id.Invalid DB instance name: too much items.Whitelist template relation to custins id: EXISTS.Whitelist IP length: forbidden.Whitelist template id: not found.Ins name: not found.Incorrect DB instance conn type.Incorrect DB type.Invalid DB instance class: not found.Incorrect DB instance character type.Operation denied: incorrect task status.Operation denied: incorrect migration status.Invalid migration ID: not found.Invalid task: not found.Database: connect error.Invalid connection info.Account: query error.A parameter is invalid: byok insname and region all empty.Invalid restore type: format.No backup set region.Incorrect backup set type.No source instance name.No available disaster restore bakset.Incorrect backup set method.Invalid backup type: format.Incorrect engine version.Incorrect bakset version.Cross region unsupport TDE.Disaster restore region not matched.Invalid minor version: not found.Invalid DB instance id: mal formed.Invalid engine: malformed.Invalid engine version: malformed.Missing user ID.Missing UID.User permission failure.Invalid service type: format.Invalid storage: format.Resource config error.Restore type: not found.Invalid backup set ID: not found.Invalid DB instance: not found.Database: query error.Invalid DB name: format.Invalid DB name: forbid.Invalid DB name: duplicate.Invalid parameter group id: malformed.Invalid av zone: format.Invalid av zone: not support.Cannot decrease essd perf level.Invalid IP address: conflict.CDDC: available hosts not enough in zone.Invalid recovery db instance: storage type.Invalid recovery db instance: storage size.Invalid DB instance class: offline.Invalid tunnel id.Zone id: not match with category.Parameters: invalid.Backup policy not support.Invalide status: format.Invalid released keep policy: format.Incorrect minor version.Incorrect character type.Cloud disk encryption not support.Operation denied: zone resource.Not in flow controller.Request: not found.Request meta data failed.Param not exist.Param type error.Param group option value: not support.Param groups not exist.Invalid parameters: malformed.Param group option key: not found.Invalid notify id.Invalid account name: format.Invalid account name: forbid.Invalid character set name: format.Invalid account privilege: malformed.Invalid account password: format.Invalid DB description: format.Invalid reserve account: format.DB limit exceeded.Account limit exceeded.Operation denied: account mode.Invalid DB name: not found.Invalid backup set ID.DB count limit exceeded.Backup restore not supported: basic HA.Backup restore not supported: HA dedicated always on.Backup restore not supported: share dedicated always on.Operation denied: restore time.Operation denied: snapshot backup set.Can not copy DB has TDE enabled.Invalid backup DB names: not found.Invalid backup DB names: malformed.Engine not supported.Invalid target DB instance name: format.Master DB instance state: not support.Target instance engine not supported.Invalid instances region: malformed.Invalid start time: format.Invalid end time: format.Invalid parameter combination.Invalid backup set location: format.Invalid cross region trans.Error parameters conflict.Read DB instance not support.Invalid recovery DB names: format.Invalid backup id or restore time: not found.The request is forbidden: region not found.Image not found.Invalid zone: not supported for storage type.Invalid engine or engine version.Invalid general group name or gdn instance name.Invalid v switch id: not found.CDDC: target host ID not available.Read only instance not support.Invalid share db instance class not support.Invalid quantity: not supported.Incorrect master DB instance state.Invalid DB instance: read DB instance exceeded.Invalid essd storage size.Incorrect instance network type.At least two v switch param exists.Invalid iz no: not supported.Invalid backup set.Invalid restore time specified.Invalid restore DB.Storage limit exceeded.Invalid temp instance: not support.The request is forbidden: snapshot recovery.Operation denied: resource.Readonly DB instance storage exceeded.Master DB instance class not support.Readonly DB instance class not support.Readonly DB instance class lower than master instance.Invalid switch type: malformed.Unsupported copy db high availability to basic.Invalid instance version.Unsupported copy db share to high availability.Unsupported copy db always on to basic.Unsupported copy db basic to share.Unsupported copy db always on to high availability.Unsupported copy db share to basic.Unsupported copy db high availability to share.Unsupported copy db share to always on.Unsupported copy db always on to share.Invalid param table meta: restore time.Invalid instance storage type: not found.Invalid region: not found.Incorrect vswitch id.Insufficient resource capacity.Network or sql timeout error.General ins: creating.General ins: maintaining.General ins: switching.Invalid engine version: not supported.Account: add error.Invalid account description: format.Invalid account name: duplicate.Incorrect account type.Backup type: not support.Invalid backup method: value not support.Incorrect DB instance lock mode: value not supported.Backup job exists.Invalid preferred backup time: format.Operation denied: api forbidden.Incorrect DB instance engine.Exceeded: backup times.Invalid DB: not found.Invalid source category.Invalid: param group DB version.RR309.Invalid zone id: not supported.Invalid network type classic when cloud storage.Invalid zone: not supported.A parameter is invalid.Pay: amount limit exceeded.Incomplete account info.Incomplete tax info.Invalid payment method: incomplete.Invalid payment method: missing.Insuffcient balance or bank account.Invalid payment method: no access.Invalid payment method: insufficient balance.Pay: low funds.Pay: charge channel not found.Vswitch ip exhausted.Invalid private ip address: already used.Invalid ecs image: not found.Invalid concurrent operate.Invalid security IP list: format.Invalid DB param group id: format.Invalid target minor version: format.Invalid dedicated host group id: format.Invalid DB instance class: malformed.Credit pay insufficient balance.Invalid tag value: malformed.Duplicate: tag key.Number exceed: tags.A required parameter is missing: resource ids.A parameter is invalid: tag key.A parameter is invalid: tag value.The caller has no permission: system tag.A parameter is invalid: amount.A parameter is invalid: create strategy.A parameter is invalid: engine.Invalid multi zone info list.Invalid kms config status.Invalid used time.Kms: unauthorized.System param group code: format.Invalid DB instance name: duplicate.Service linked role: not exist.Invalid private ip address: format.Invalid private ip address: mismatch.Too many whitelist template ids.Unsupport extend disk: not support.Invalid whitelist template id.Invalid request id.A parameter is invalid: min capacity.RISK: RISK CONTROL REJECTION.Ali croup2 cloud user cannot buy not inner commodity.Group replication not support: invalid engine version.Group replication not support: invalid node class code.Group replication not support: invalid node num.Group replication not support: invalid xengine.Group replication not support: memory too small.Basic category not support.Invalid DB instance conn type: format.Invalid node items: duplicate node id.Invalid node items: RO node.Invalid node items: RO node id primary.Invalid node items: json format.Invalid node items: DB instance id.Invalid node items: node id.API calling failed.Invalid node items: black node items.Invalid conn VPC id.Invalid connection string: not found.Invalid weight: format.Incorrect DB instance net type.Invalid engine version: not support.Net type exists.Endpoint: not found.Invalid engine: vaule not supported.Invalid engine version: value not supported.Invalid d binstance class: value not supported.Invalid DB instance storage: value not supported.Invalid DB instance description: malformed.Invalid security IP list: duplicate.Invalid security IP list length: malformed.Default vpc: not support.Invalid vpc id or vswitch id: not supported.Invalid vpc id: not supported.Invalid general group name: malformed.Account basic info uncompleted.Incorrectt vpc id.Operation denied: DB instance status.Classic network type: not support.Invalid engine version in region: not available.Operation denied.A quota was exceeded: create instance.The request is forbidden: authentication.INST HAS UNPAID ORDER.COMMODITY: FAILED.Money less than100.Operation denied: classic network type.Create order: failed.Invalid region id: not found.Query price: failed.DB node format fault.DB node parameter required.DB node parameter too many items.DB node parameter: invalid class code.DB node parameter: invalid value.DB node parameter: not found.Invalid multi tenant.Invalid class code.Operation denied: DB type.Invalid vpc instance id.Invalid DB instance name.Invalid vpc parameter.Invalid v switch id: mismatch.Maxscale not support.Incorrect kind code.Maxscale: not found.Engine migration: action disabled.Invalid description: format.Incorrect DB instance service type.Database: add error.Sql excution failed.Invalid DB instance name: format.Invalid region: format.Invalid DB instance type: format.Invalid backup retention period: malformed.Invalid preferred backup period: malformed.Invalid optmization service.Invalid expired time: format.Invalid DB instance description: format.Pre check invalid.No bakset name.Invalid cluster name: not found.Invalid DB instance net type: not found.Create global active database: gad instance not active.Create global active database failed: central node not support GAD.Create global active database failed: unit member params empty.Create global active database failed: unit member params error.Create global active database failed: gad name not match central node.Create global active database failed: gad instance exists.Create global active database failed: gad instance not exists.Create global active database: gad instance not found.Create global active database: get instance member faied.Create global active database impl: pre check gad instance.Create global active database impl: pre check member params.Idempotent parameter mismatch.Invalid file.Invalid instance type.Invalid instance lock mode.Invalid DB name.Invalid DB type.Invalid DB state.Exceed upload time.Invalid OSSURL.Exceed disk size.Entity not exist: role.Database must online.Invalide status.Invalid oss object storage class type.Engine version not supported.Bak file size exceeded.Invalid instance state.Invalid oss object positions: format.Bak files needed.Operation denied: master DB instance state.DB node id parameter invalid.DB node id parameter not found.DB node parameter too few items.Param groups name invalid.Param groups db type not support.Param groups db version not support.Param groups not exist or type not support.Param groups desc invalid.Invalid parameter value: not standard.Invalid parameters: format.Invalid account name: not found.Invalid DB instance engine type: format.Incorrect account privilege type.Invalid security IP list: malformed.Invalid read engine version pattern.SYSTEM: CONCURRENT OPERATE.Operation denied: primary DB instance status.Invalid read storage type pattern.Caller: not support.Invalid available area: not found.Invalid retain instance: format.Invalid restore time: format.Invalid instance level extra info.Operation denied: temp DB instance exists.Invalid backup log status.Child DB instance exists.Incorrect backup set state.Youhui client error.Coupon exist.Youhui server error.Create coupon error.Coupon over max release.Missing activity id.Param error.Activity not found.Invalid instance node type: not found.Invalid ADDNS: not found.Invalid operation: invalid.Cluster type error.Gdn role: not support.Incorrect account status.Account: del error.Account: delete error.Account action forbidden.Parameter least associate.Delete backup set num exceed.Operation denied: backup set delete not support.Operation denied: deletion protection.Guard instance: release fail.Operation denied: pre pay type not supported.Invalid net type: format.DB node parameter: too few items.DB node id parameter: not exists.DB node id parameter: include primary.At least one net type exists.Invalid end point: format.Database: del error.Cold DB has same name with online DB.Incorrect DB state.Param groups in use.Secret not found.Operation denied: product.Invalid migration type: format.Invalid page numbers: malformed.Operation denied: DB instance type.Invalid max records per page: malformed.IO: exception.Invalid DB instance status: not support.Region not support.Invalid user: not found.Invalid page param: format.Invalid parameter paging.Article not found.Invalid condition: not found.Cross backup not support.Invalid page: not found.No available log backup.Invalid restore time: malformed.Invalid DB instance class: value not supported.Internal failure.A parameter is invalid: owner account.Parameter absence.Service temporarily closed.Invalid class code: not found.Invalid page size.Invalid page index.Invalid meta: empty.Invalid meta: too large.Invalid time: format.Invalid order id: not found.Invalid CPU zoom: not support.Invalid CPU shar: not support.Invalid memory zoom: not support.Invalid IOPS zoom: not support.Invalid max conn zoom: not support.Invalid resource: type, not support.Invalid increase ratio: type, not support.Invalid dedicated host group name.Invalid ins name.Dedicated host name is null.Physical custins: not found.Host info: not found.Connect timeout retry later.Timeout retry later.Data not exist.Tag: no region id exist.Tag: no tag info exist.Tag: tag key can not be all.Tag: tag key duplex.Tag: no DB instance id exist.Tag: too many DB instance ids.Tag: too many tags for one instance.Tag: set tag info at two paramters.Tag: allow5 tag infos.Tag: tag key is blank.Tag: tag key start with, aliyun.Tag: tag key too long.Tag: tag value too long.Tag: invalid tags paramter.Tag: malformed.Connect: timeout.Invalid engine: not supported.No active BYOK.Byok insname and region all empty.Invalid config name.Invalid endpoint type: format.Whitelist net type: format.Invalid instance metrics configs: not found.Illegal parameter.Readins: not found.The request is forbidden: RAM.Invalid rw split net type: not found.Invaild engine in region: value not supported.Instance engine type: not support.Connection string length exceeded.Enabled SSL not support.Dboss general error.DB size exceeded.Invalid: next token.Invalid DB instance type: value not support.Invalid expired: format.Instance names: malformed.Numeric error code 400; see the product's documentation for its meaning.Export: in process.Api error.Minor version attr: not found.Missing minor version tag.A required parameter is missing: engine.A required parameter is missing: engine version.Minor version tag: not found.Invalid version.RW split net type not exists.Param not found.Invalid user id: not support.Invalid dedicated host group: not found.A parameter is invalid: not exists.Invalid search time range.Param: invalid.Param: invalid, time end before start.Invalid host status: format.Cluster type not supported.Log backup not enabled.Invalid binlog: not found.Invalid backup: not found.Invalid start time and end time: malformed.Invalid UID: duplicate.Invalid: param group DB category.Parameter illegal.DB instance storage format fault.Invalid DB instance storage: format.DB node parameter: required.DB node parameter: too many items.Price: wan hua tong, sys.SYSTEM: sale validate failed.Price: hsf timeout error.Rule: hsf timeout error.Invalid DB instance class not found.CASH: BOOK, INSUFFICIENT.Invalid time type: not found.Can not find subscription.Invaild engine in region: not available.Region unauthorized.Invalid accept language: not found.Ord query account error.Invoke proxy failure.Invalid comment.Sort key: value not supported.Tag: set tag info at two parameter.Tag: invalid tags parameter.Invoke service failed.Operation denied: DB instance.Invalid DB instance name: deleted.Whitelist template relation to custins id: not found.Invalid trans type: not support.Invalid action.DB instance status not active.DB type not supported.Account: update error.Db restoring.Incorrect account.Invalid DB name or account privilege.SQL permission operation failed.Invalid oss backup file: invalid file.Invalid backup file: format.Invalid commodity code: malformed.Get commodity: failed.Both empty: tags and resources.Number exceed: resource ids.A parameter is invalid: resource type.Zone id not supported.Connection not found.Invalid target dedicated host id: not found.Invalid master host name.Invalid primary custins status.Allocate resource failed.Renew change: exist.Invalid instance commodity code: not found.Invalid migrate modify class or storage.Invalid zone id: not null.Invalid zone id: not equal.Invalid dispense mode: format.Invalid default v switch: not found.Insufficient resource capacity check.Unsupported read or bak read state.Mirror ins exists.SSL instance not support this operation.BYOL instance not support this operation.BYOK instance not support this operation.AD instance not support this operation.TDE instance not support this operation.Instance is snapshot backup not support this operation.Instance has read only instance not support this operation.Invalid share instance: not support.Invalid zone id slave1: missing.Migrate already exists fault.Invalid instance kind: not support.Missing category.Commodity code not found.Operation denied: outof usage.Incorrect effective time.Operation denied: lock mode.Instance network type not found fault.Proprietary cloud: not supported.Migrate already read write split exists fault.Invalid region avz not found.Invalid vpc info: not found.Invalid multiparam zone info list.Migrate slave not support.Invalid ad server ip address: not found.Invalid ad account name: not found.Invalid ad password: not found.Invalid node type: not support.Start time before now.Task modify error.Switch time after deadline.Incorrect task type.Task has started.Incorrect task status.Invalid cold retention: format.Invalid log backup frequency: malformed.Backup property not found.Operation denied: switch to snapshot.Incorrect backup policy.Incorrect category.Operation denied: switch snapshot to physical.Operation denied: modify backup switch off.Operation denied: api forbidden for log backup frequency.Operation denied: not supported backup method.Invalid increase value: not enouth.Database: update error.Minor version not support.Dns conflict.Invalid connection string: malformed.Missing connection string.Invalid port: format.Operation denied: pay type.Empty endpoint node config.Invalid param combination.Group replication not support: table without primary key.Invalid maintain time.Invalid metrics config.Invalid scope.Operation denied: DB instance monitor period.Operation denied: switch.Operation denied: DB instance net type.Operation not supported.Operation denied: DB instance conn type.Order task already exists.Connection mode not supported.Invalid configuration value: malformed.Invalid configuration value status: malformed.Proxy connection persist exists.Proxy failover exists.Invalid configuration value orther: malformed.Proxy connection persist: not found.Proxy connection persist parameters invalid.Invalid config value.Proxy failover: not found.Invalid server cert or private key.Invalid client CA cert.Invalid client crl.Invalid CA type: not found.Invalid ACL: not found.Invalid SSL status.Incorrect DB ssl status.Invalid modify mode: format.Invalid client crl: permission.Invalid ACL: permission.Unsupported reduce disk size.Postpaid: not support.Not support reduce disk size.Incorrect storage type.Target storage less than bottom line.Instance has unpaid order.Insufficient balance.Operation denied: order un paid.Operation denied: invalid storage size.Cannot change storage type.Temp upgrade: not support.Invalid target storage type.Invalid target category.Backup read instance modify not allowed.LX: ARGUMENT, ILLEGAL.ORD: s, QUERY, PROD, ERROR.A parameter is invalid: not support disk type modify.A parameter is invalid: not support modify serverless config and disk together.DB instance pay type not support.Invalid pay type: not supported.Nvalid storage type: not support.Operation denied: duration limit.Account money validate: error.Change engine version not supported.Invalid DB instance storage type.Encryption instances not support.Current ins has cold DB.Current ins has cold storage.Invalid storage size: direction.Invalid storage type: direction.Engine not support shrink storage.Invalid RCU value.Create upgrade order business exception.Invalid read DB instance storage: format.Unsupported modify param.Unsupported class code.Incorrect read DB instance disksize.Beta serverless not support this action.ARM not support.Host type not support.Maxscale instance not support.Read instance not support.Un support reduce disk size.Cloudbox instance not support.Shrink count reached limit.Call lx sdk failed.Invalid TD estatus.Missing DB name.Invalid TD estatus: format.Invalid: private key.Invalid: certificate.Cert or private key or password not matched.Byok role arn not found.Invalid kms key.Secondary class code: unsupported.Invalid node id.Slave class code: unsupported.Invalid DB instance storage.Unsupported operation direction: disk upgrade.Unsupported operation direction: disk downgrade.DB node parameter: invalid combination.Invalid sale component fault.Maxscale already exist.Net work: not found.Maxscale internal error.Invalid optimization category: format.Maxscale creating.Endpoint type operation: not support.Cluster endpoint: status not valid.Max scale level: not support.Read DB instance: not found.Endpoint config: invalid.Endpoint type: not found.Invalid read DB instance: not found.Invalid connection string or port: duplicate.Net type change times exceeded.Error mxs service ins num: error.Task exists.Invalid instance level: malformed.Not have proxy.Maxscale minor version not support.Access HDM instance failed.Invalid database property value.Invalid database property.Database property modification fail.Invalid database version.User already exist in db.Invalid disk type.Disk space insufficient for cold operation.Current DB is in cold storage.Cold DB num exceeds limit.Conflicting database operation.Invalid db proxy status.RDS category not support.Invalid db proxy connection string: not found.Invalid maxscale connection string: not found.Ha diagnose config: format.Ha config: format.Ha config is null.Manual HA time: format.Manual HA time is null.Operation denied: switch to cross region backup.Unsupport encrypted snapshot.Incorrect host type.Invalid ddr storage: not found.Hba item: invalid type.Hba item: invalid method.Hba item: invalid IP mask.Hba item: invalid priority.Hba item ops type: invalid.Invalid IP: format.Hba item priority id already exist.Hba item priority id not found.Pending action overdue.Invalid effective time: special time is null.Storage engine: not supported.Param not supported for current version.Invalid: parameter.Read uniform net type not exists.Resource group id: in valid.Invalid sql log: malformed.Incorrect perf frequency type.Incorrect SQL log version.Incorrect SQL log active status.Operation denied: quota insufficient.Operation denied: operate frequently.Invalid sql retention: malformed.Associated ecs security group id quota exceed.Invalid whitelist net type: malformed.Invalid IP array attribute: format.Security IP list: format.Invalid group name: duplicated with template.Invalid IP list: format.Invalid whitelist template name: duplicated.Concurrent task exceeded.Invalid page: not found.Pay: no credit card.Vpc network type not support.Guard instance: exist.Arrearage order exists.Operation denied: multi regions.Invalid order charge: not support.MGR master node restart: unsupported.Incorrect restart method.Invalid restart policy: format.Invalid bakset: invalid.Invalid param table meta for restore: content.Invalid param table meta.Invalid bak history DO.Invalid param table meta: content.Invalid param table meta: duplicate.Invalid source restore DB name: not found.Invalid bak table meta DO.Miss backup set and restore time: not found.Invalid bak history: db version mismatch.Disk size: not enough.Restore table exception.Invalid param table meta: too many tables.Invalid status: format.Readonly instance not support.Instance has read only instance not support stop.A required parameter is missing.Operation denied: quota exceed.Invalid task type: invalid.A parameter is invalid: invalid.Invalid task status.Unfinished terminate migrate task.Invalid instance use type: not support.Invalid order task: not support.Invalid old instance type: not support.Operation denied: time limit.Invalid DB instance id: malformed.Invalid pay type: malformed.Invalid resource: format.Invalid pay type: format.Invalid used time: format.Invalid period: format.Invalid period or used time: format.Invalid discount coupon: malformed.Insufficient quota: no enough.SYSTEM: ILLEGALARGUMENT.Contain forbidden label: error.Invalid resource id: not found.Invalid EVENT.Invalid SS lstatus.Invalid minor verison: not found.Incorrect engine type myisam.Cluster not support.Unsupported fts index.Unsupported fts index version.Instance missing minor version attr.Invalid minor version lower than instance.Invalid minor version already latest.A required parameter is missing: minor version tag.Upgrade SQL server minor version fail.Invalid switch mode: not found.Invalid DB instance conn type: classic.Incorrect DB instance tde status.SSL not support.Current recovery model not support this action.Invalid maxscale minor version: format.Invalid upgrade precheck result.Target engine version: parameters, not found.Invalid VPC id.Invalid dedicated host group id.Invalid pay type.Invalid engine version.Invalid switch over.Primary instance with readonly not support.Invalid switch time mode.Invalid switch time.Invalid collect stats.Target major vesion not supported.DB cluster not supported.Task has exist.",
        ends: &[
            0, 28, 51, 72, 112, 149, 184, 213, 250, 271, 300, 332, 368, 389, 415, 437,
            457, 486, 514, 537, 566, 583, 613, 647, 681, 704, 718, 747, 779, 809, 831,
            858, 880, 905, 927, 960, 979, 1015, 1047, 1067, 1084, 1109, 1136, 1158, 1208,
            1238, 1272, 1296, 1333, 1384, 1409, 1429, 1456, 1486, 1518, 1555, 1593, 1630,
            1657, 1683, 1724, 1754, 1795, 1845, 1876, 1909, 1929, 1961, 1979, 2016, 2053,
            2093, 2138, 2170, 2194, 2218, 2242, 2263, 2321, 2350, 2371, 2397, 2421, 2458,
            2486, 2514, 2539, 2564, 2591, 2627, 2660, 2695, 2721, 2755, 2771, 2783, 2807,
            2836, 2860, 2882, 2906, 2939, 2970, 2992, 3016, 3040, 3067, 3105, 3129, 3158,
            3190, 3219, 3260, 3303, 3346, 3381, 3399, 3432, 3452, 3478, 3502, 3539, 3563,
            3588, 3622, 3654, 3677, 3696, 3721, 3737, 3754, 3792, 3815, 3845, 3879, 3897,
            3926, 3955, 3990, 4027, 4060, 4091, 4123, 4141, 4164, 4195, 4222, 4244, 4268,
            4307, 4360, 4416, 4447, 4485, 4517, 4552, 4587, 4608, 4648, 4686, 4723, 4759,
            4786, 4811, 4841, 4877, 4904, 4930, 4959, 4993, 5038, 5081, 5097, 5142, 5175,
            5223, 5254, 5289, 5320, 5364, 5396, 5431, 5478, 5504, 5536, 5571, 5600, 5619,
            5650, 5669, 5692, 5727, 5771, 5798, 5836, 5873, 5912, 5966, 5997, 6044, 6069,
            6116, 6155, 6190, 6241, 6276, 6323, 6362, 6401, 6440, 6481, 6507, 6528, 6559,
            6588, 6610, 6635, 6658, 6696, 6715, 6751, 6783, 6806, 6831, 6872, 6925, 6943,
            6981, 7013, 7042, 7065, 7087, 7111, 7143, 7149, 7180, 7228, 7256, 7279, 7306,
            7330, 7350, 7385, 7417, 7453, 7487, 7532, 7547, 7577, 7598, 7639, 7668, 7695,
            7728, 7762, 7799, 7839, 7876, 7908, 7937, 7956, 7976, 8022, 8054, 8088, 8129,
            8160, 8200, 8231, 8260, 8286, 8304, 8322, 8354, 8390, 8421, 8456, 8493, 8525,
            8560, 8590, 8609, 8646, 8675, 8728, 8782, 8837, 8885, 8932, 8980, 9007, 9045,
            9083, 9111, 9150, 9182, 9217, 9245, 9264, 9301, 9321, 9358, 9381, 9412, 9448,
            9464, 9484, 9520, 9564, 9611, 9660, 9703, 9739, 9782, 9807, 9851, 9881, 9919,
            9950, 9968, 10005, 10039, 10087, 10104, 10142, 10183, 10205, 10223, 10242,
            10281, 10302, 10331, 10351, 10372, 10399, 10432, 10470, 10503, 10532, 10553,
            10572, 10598, 10622, 10647, 10669, 10699, 10720, 10740, 10760, 10794, 10822,
            10857, 10877, 10897, 10930, 10953, 10986, 11029, 11072, 11100, 11129, 11169,
            11187, 11202, 11234, 11274, 11329, 11396, 11459, 11522, 11592, 11650, 11712,
            11766, 11823, 11882, 11942, 11972, 11985, 12007, 12034, 12050, 12066, 12083,
            12102, 12117, 12134, 12157, 12178, 12194, 12232, 12261, 12284, 12307, 12344,
            12361, 12404, 12433, 12464, 12496, 12522, 12555, 12591, 12634, 12660, 12698,
            12725, 12757, 12797, 12830, 12866, 12902, 12929, 12974, 13008, 13028, 13062,
            13094, 13123, 13157, 13199, 13225, 13250, 13277, 13297, 13310, 13330, 13350,
            13374, 13394, 13406, 13425, 13463, 13488, 13515, 13534, 13556, 13581, 13600,
            13622, 13647, 13673, 13702, 13750, 13788, 13817, 13862, 13887, 13920, 13953,
            13991, 14020, 14046, 14066, 14103, 14122, 14142, 14159, 14185, 14216, 14248,
            14283, 14323, 14337, 14377, 14396, 14420, 14447, 14472, 14490, 14519, 14544,
            14568, 14592, 14624, 14671, 14688, 14726, 14744, 14771, 14801, 14819, 14838,
            14858, 14882, 14903, 14931, 14961, 14991, 15024, 15055, 15090, 15126, 15168,
            15202, 15219, 15247, 15275, 15296, 15324, 15344, 15359, 15383, 15406, 15434,
            15454, 15483, 15513, 15549, 15584, 15606, 15628, 15660, 15682, 15706, 15733,
            15748, 15765, 15795, 15810, 15844, 15864, 15894, 15921, 15965, 15983, 16002,
            16032, 16069, 16115, 16149, 16183, 16207, 16227, 16244, 16264, 16308, 16332,
            16358, 16430, 16449, 16459, 16489, 16515, 16555, 16603, 16632, 16648, 16677,
            16693, 16722, 16762, 16797, 16823, 16838, 16876, 16904, 16931, 16954, 16980,
            17006, 17049, 17072, 17105, 17123, 17156, 17192, 17220, 17254, 17279, 17308,
            17333, 17357, 17393, 17418, 17447, 17473, 17513, 17533, 17568, 17592, 17613,
            17629, 17659, 17694, 17722, 17744, 17774, 17808, 17861, 17893, 17908, 17938,
            17960, 17982, 17995, 18013, 18050, 18082, 18120, 18148, 18182, 18204, 18235,
            18263, 18301, 18323, 18344, 18388, 18413, 18444, 18469, 18489, 18532, 18572,
            18598, 18625, 18655, 18691, 18728, 18763, 18781, 18821, 18862, 18903, 18942,
            18982, 19037, 19096, 19132, 19164, 19193, 19228, 19245, 19270, 19300, 19325,
            19353, 19391, 19424, 19470, 19499, 19527, 19561, 19587, 19627, 19662, 19693,
            19724, 19746, 19764, 19791, 19811, 19828, 19850, 19881, 19921, 19947, 19984,
            20008, 20027, 20073, 20116, 20173, 20219, 20254, 20277, 20303, 20316, 20353,
            20379, 20400, 20427, 20454, 20480, 20537, 20559, 20582, 20596, 20641, 20666,
            20705, 20729, 20769, 20795, 20825, 20864, 20910, 20942, 20964, 21010, 21046,
            21090, 21111, 21137, 21172, 21195, 21214, 21241, 21264, 21283, 21307, 21335,
            21366, 21390, 21419, 21441, 21470, 21493, 21530, 21556, 21577, 21609, 21648,
            21675, 21701, 21729, 21753, 21793, 21815, 21842, 21895, 21974, 22007, 22039,
            22072, 22105, 22135, 22171, 22204, 22237, 22261, 22290, 22322, 22354, 22388,
            22406, 22446, 22487, 22512, 22535, 22571, 22611, 22627, 22649, 22679, 22705,
            22733, 22763, 22790, 22809, 22828, 22844, 22871, 22892, 22913, 22957, 22981,
            22997, 23031, 23047, 23077, 23105, 23151, 23199, 23238, 23267, 23290, 23310,
            23334, 23372, 23390, 23427, 23462, 23491, 23519, 23544, 23569, 23605, 23650,
            23681, 23714, 23726, 23760, 23775, 23810, 23837, 23869, 23895, 23931, 23956,
            23981, 23999, 24042, 24072, 24098, 24129, 24153, 24178, 24224, 24270, 24297,
            24315, 24333, 24356, 24379, 24427, 24456, 24476, 24507, 24530, 24555, 24581,
            24608, 24635, 24654, 24689, 24720, 24743, 24788, 24818, 24858, 24877, 24910,
            24938, 24965, 24995, 25021, 25053, 25090, 25127, 25160, 25206, 25244, 25279,
            25304, 25349, 25373, 25417, 25442, 25466, 25486, 25515, 25537, 25560, 25592,
            25626, 25663, 25688, 25719, 25743, 25789, 25814, 25837, 25871, 25907, 25949,
            25975, 26019, 26060, 26082, 26106, 26148, 26171, 26201, 26250, 26282, 26313,
            26340, 26372, 26392, 26426, 26465, 26497, 26536, 26565, 26599, 26627, 26652,
            26677, 26703, 26726, 26762, 26797, 26827, 26851, 26882, 26913, 26927, 26946,
            26979, 27008, 27028, 27050, 27080, 27116, 27158, 27195, 27246, 27284, 27315,
            27354, 27387, 27403, 27450, 27489, 27521, 27566, 27581, 27613, 27630, 27653,
            27673, 27716, 27741, 27761, 27783, 27817, 27842, 27857,
        ],
    };
    static STATUSES: [u16; 975] = [
        403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 404, 400, 400, 400, 400,
        403, 403, 400, 403, 403, 403, 403, 403, 404, 400, 404, 403, 404, 500, 400, 400,
        401, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 403, 400, 404, 400,
        400, 400, 400, 400, 400, 400, 401, 401, 404, 400, 404, 400, 403, 404, 403, 404,
        404, 400, 403, 403, 403, 404, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 403, 400, 400, 403, 400, 400, 403, 400, 403, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 403, 500, 404, 404, 404, 403, 400, 400, 400, 400, 400, 400,
        400, 400, 401, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403,
        403, 403, 403, 403, 404, 400, 500, 400, 400, 400, 400, 400, 404, 400, 400, 403,
        400, 400, 400, 400, 400, 400, 403, 403, 403, 404, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 404, 400, 403, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 403, 400,
        400, 400, 400, 400, 500, 400, 400, 400, 400, 400, 400, 403, 404, 403, 403, 403,
        403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403,
        404, 404, 404, 404, 400, 408, 400, 400, 400, 400, 400, 400, 400, 403, 400, 400,
        400, 400, 400, 403, 403, 403, 404, 403, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 403, 403, 403, 403,
        403, 403, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 400, 404, 400,
        404, 400, 400, 400, 403, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 403, 403, 403, 400, 403, 403, 403, 403, 403, 403, 404,
        404, 404, 400, 400, 400, 400, 400, 400, 400, 400, 403, 400, 400, 400, 400, 400,
        403, 404, 400, 400, 400, 400, 400, 403, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 404, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400,
        403, 403, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 404,
        400, 400, 403, 400, 400, 400, 403, 403, 400, 400, 400, 400, 400, 403, 403, 403,
        403, 400, 400, 400, 400, 400, 400, 403, 403, 400, 400, 403, 403, 400, 400, 400,
        400, 400, 401, 400, 403, 400, 403, 400, 400, 403, 400, 400, 400, 400, 400, 400,
        400, 400, 403, 400, 404, 400, 403, 400, 400, 403, 403, 400, 400, 400, 404, 400,
        400, 400, 404, 403, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403,
        403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 403, 404, 404,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 403, 403, 400, 400, 400, 400, 400, 404, 400, 400, 404, 400,
        400, 403, 403, 404, 400, 403, 400, 400, 400, 400, 400, 403, 400, 400, 400, 400,
        400, 400, 400, 400, 403, 400, 404, 400, 400, 400, 400, 400, 403, 400, 404, 404,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 404, 404,
        403, 403, 404, 400, 500, 400, 400, 400, 400, 400, 400, 404, 404, 400, 400, 403,
        403, 400, 400, 400, 400, 403, 400, 400, 400, 404, 400, 400, 400, 403, 403, 400,
        400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 403, 403, 403, 403,
        400, 403, 403, 403, 403, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 403, 400, 403, 403, 403, 403, 400, 400, 400, 403, 400,
        400, 400, 400, 400, 400, 400, 403, 400, 400, 400, 403, 400, 400, 400, 403, 400,
        400, 400, 400, 400, 400, 403, 403, 403, 400, 403, 403, 400, 400, 400, 400, 400,
        400, 400, 400, 403, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 403, 403, 403, 403, 403, 403,
        403, 403, 500, 400, 400, 400, 400, 400, 400, 403, 403, 400, 400, 400, 400, 400,
        400, 400, 403, 400, 400, 400, 400, 404, 400, 400, 403, 403, 400, 404, 404, 404,
        400, 403, 400, 400, 403, 403, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 409, 400, 403, 404, 404, 400, 400, 400, 400, 400, 400, 400, 403, 403, 400,
        400, 400, 400, 400, 400, 403, 404, 400, 400, 400, 403, 403, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 403, 400, 400, 400, 400, 400, 400, 400, 403, 404, 400,
        400, 400, 400, 400, 400, 404, 400, 403, 403, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 403, 403, 403, 403, 400, 400, 400, 400, 400, 400, 400, 400, 403, 403,
        404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 403, 500,
    ];
    static STATUS_ENDS: [u32; 920] = [
        0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 25, 26, 28, 29, 30, 31, 32, 33, 35, 36, 37, 38, 39, 40, 42, 44, 45, 46, 47,
        49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 63, 64, 65, 66, 67, 68, 69,
        70, 71, 72, 74, 76, 78, 80, 82, 83, 84, 85, 86, 88, 89, 90, 91, 92, 93, 94, 95,
        96, 97, 99, 100, 102, 104, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116,
        118, 119, 120, 122, 123, 124, 125, 126, 127, 128, 129, 132, 133, 134, 135, 136,
        137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 150, 151, 152, 153,
        154, 155, 156, 157, 158, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 171,
        172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 183, 185, 186, 187, 188, 189,
        190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 204, 205, 207,
        208, 209, 210, 211, 213, 214, 215, 216, 217, 218, 219, 221, 222, 223, 224, 225,
        226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241,
        242, 243, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258,
        259, 260, 261, 262, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275,
        276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291,
        292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 304, 305, 306, 307,
        308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 322, 323,
        324, 325, 326, 327, 328, 329, 330, 331, 332, 334, 336, 337, 338, 339, 341, 343,
        344, 345, 346, 347, 348, 349, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359,
        361, 362, 363, 364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 374, 375, 376,
        377, 378, 379, 380, 381, 382, 383, 384, 385, 386, 387, 388, 389, 390, 392, 393,
        394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409,
        410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425,
        426, 427, 428, 429, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442,
        443, 444, 445, 447, 449, 450, 451, 452, 453, 454, 455, 456, 457, 458, 459, 460,
        461, 462, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476,
        478, 479, 480, 481, 482, 483, 485, 486, 487, 488, 489, 490, 491, 492, 493, 494,
        495, 496, 497, 498, 499, 500, 501, 503, 504, 505, 506, 507, 508, 509, 510, 511,
        512, 513, 514, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 525, 526, 527,
        528, 529, 530, 531, 532, 533, 534, 535, 536, 537, 538, 540, 541, 542, 543, 544,
        545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557, 558, 559, 560,
        561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 573, 574, 575, 576, 578,
        579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589, 590, 591, 592, 593, 594,
        595, 596, 597, 598, 599, 600, 601, 602, 603, 604, 605, 606, 607, 608, 609, 610,
        611, 612, 613, 614, 615, 616, 617, 618, 619, 620, 621, 622, 623, 624, 625, 626,
        627, 628, 629, 630, 631, 632, 633, 634, 635, 636, 637, 638, 639, 640, 641, 642,
        643, 644, 645, 646, 647, 648, 649, 650, 651, 652, 653, 654, 655, 656, 657, 658,
        659, 660, 661, 662, 663, 664, 665, 666, 667, 669, 670, 671, 672, 673, 674, 675,
        676, 677, 678, 679, 680, 681, 682, 683, 684, 685, 686, 687, 688, 690, 691, 692,
        693, 694, 695, 696, 697, 698, 699, 700, 701, 702, 703, 704, 705, 706, 707, 708,
        709, 710, 712, 713, 714, 715, 716, 717, 719, 720, 721, 722, 723, 724, 725, 726,
        727, 728, 729, 730, 731, 732, 733, 734, 735, 736, 737, 738, 739, 740, 741, 742,
        743, 744, 746, 747, 748, 749, 750, 751, 752, 753, 754, 755, 756, 757, 758, 759,
        760, 761, 762, 763, 764, 765, 766, 767, 768, 769, 770, 771, 772, 773, 774, 775,
        776, 777, 778, 779, 780, 781, 782, 783, 784, 785, 786, 787, 788, 789, 790, 791,
        792, 793, 794, 795, 796, 797, 798, 799, 800, 801, 802, 803, 804, 805, 806, 807,
        808, 809, 810, 811, 812, 813, 814, 815, 816, 817, 818, 819, 820, 821, 822, 823,
        824, 825, 826, 827, 829, 830, 831, 832, 833, 834, 835, 836, 837, 838, 839, 840,
        841, 842, 843, 844, 845, 846, 847, 848, 849, 850, 851, 852, 853, 854, 855, 856,
        857, 858, 859, 860, 861, 862, 863, 864, 865, 866, 867, 868, 869, 870, 871, 872,
        873, 874, 875, 876, 877, 878, 879, 880, 881, 882, 883, 884, 886, 887, 888, 889,
        890, 891, 892, 893, 894, 895, 896, 897, 898, 899, 900, 902, 903, 904, 905, 906,
        907, 908, 909, 910, 911, 912, 913, 914, 915, 916, 917, 918, 919, 920, 921, 922,
        923, 924, 925, 926, 927, 928, 929, 930, 931, 932, 933, 934, 935, 936, 937, 938,
        939, 940, 941, 942, 943, 944, 945, 946, 947, 948, 949, 950, 951, 952, 953, 954,
        955, 956, 957, 958, 959, 960, 961, 962, 963, 964, 965, 966, 967, 968, 969, 970,
        971, 972, 973, 974, 975,
    ];
    static RETRY: [::cloud_errors::Retry; 919] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 919] = ::cloud_errors::__private::category_column(
        b"gccccccccccccccccccccccccccccgggggggeeemgcccccccccccggccccccccppeeggegggeccccccccccgcgccccccccccccgeeecccccccccccccccccccgggggemccccceccccccccgggeccccccccccccccccccccccccgccccccccccccccccccggggggggggggggggggggeeeeicccccccgcccccgggecccccccccccccccccccccccccccccccccgcccccccccccccccccggggggggcccccccccgeeccceccccccccccccccggghgggggeeeccccccccgcccccgeccccccccccccccceecccccccccccicccccccccccccccggecccccccccccecgcccggcccccggggccccccggccggccccpccgccgccccccccgcecccggcccecccegeccccccccccggcccccccccccgeeccccccccccccccccccccggcccccegeccgecgcccccgccccccccgcecccccgceecccccccccccccgeeggecmcccccceeccggccccgcccecccggcccecccccccccccccccccccccccgggggcggggcccccccccccccccgcgggccccccccccgcccgcccgccccccgggcgccccccccggccccccccccccccccccccccccccccccccccccgggggggggmccccccggcccccccgcccceccggeeecgccgggccccccccccjcgeecccccccggccccccgecccggccccccccccccccccgecccccccggcccccccccccccccccccccccccccccccccccccccccggggccccccccggecccccccccccggm",
    );
    static PILOTS: [u16; 230] = [
        0, 0, 0, 0, 3, 4, 18, 5, 20, 14, 7, 2, 2, 2, 0, 54, 6, 18, 0, 95, 5, 31, 98, 37,
        0, 9, 30, 66, 2, 6, 0, 7, 3, 0, 55, 120, 1, 80, 20, 19, 7, 25, 2, 0, 11, 20, 5,
        1, 4, 117, 7, 14, 1, 13, 0, 51, 37, 18, 60, 55, 13, 54, 8, 10, 0, 4, 7, 6, 43, 5,
        0, 7, 11, 23, 0, 1, 5, 6, 2, 121, 4, 29, 37, 38, 28, 1, 69, 36, 228, 0, 76, 42,
        1, 11, 0, 16, 98, 64, 16, 0, 9, 0, 11, 3, 8, 66, 8, 0, 8, 15, 17, 4, 81, 76, 27,
        5, 3, 85, 30, 0, 4, 6, 17, 90, 23, 4, 10, 4, 20, 2, 2, 46, 92, 9, 21, 10, 45, 38,
        0, 16, 60, 105, 0, 151, 17, 7, 16, 173, 85, 104, 1, 49, 54, 10, 220, 2, 0, 114,
        21, 264, 6, 27, 5, 203, 168, 25, 58, 4, 2, 17, 0, 23, 30, 10, 3, 75, 0, 23, 26,
        87, 98, 10, 105, 197, 21, 0, 0, 4, 13, 10, 7, 2, 53, 0, 22, 5, 104, 10, 27, 137,
        100, 57, 0, 4, 17, 25, 93, 9, 43, 0, 87, 0, 11, 2, 1, 5, 12, 104, 36, 79, 23, 4,
        1, 37, 39, 17, 39, 362, 36, 57,
    ];
    static SLOTS: [(&str, u32); 1021] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            324, 4294967295, 763, 795, 856, 568, 448, 906, 746, 159, 285, 914, 524, 79,
            170, 209, 537, 242, 586, 848, 633, 61, 205, 4294967295, 11, 755, 667, 525,
            4294967295, 526, 493, 388, 302, 792, 53, 328, 4294967295, 556, 218, 338, 471,
            15, 21, 67, 691, 416, 26, 39, 4294967295, 730, 698, 189, 748, 509, 675, 456,
            907, 612, 786, 54, 337, 822, 847, 329, 271, 913, 4294967295, 670, 114, 173,
            625, 736, 886, 342, 590, 689, 4294967295, 57, 695, 421, 4294967295, 375, 258,
            269, 111, 429, 882, 319, 266, 713, 4294967295, 70, 310, 18, 233, 386, 769,
            4294967295, 95, 100, 378, 4294967295, 287, 759, 744, 382, 4294967295, 210,
            178, 438, 466, 105, 640, 365, 903, 4294967295, 384, 110, 220, 548, 523, 254,
            4294967295, 225, 353, 570, 577, 740, 491, 7, 202, 487, 809, 245, 181, 184,
            92, 204, 585, 889, 651, 574, 346, 494, 503, 562, 426, 397, 343, 361, 702, 41,
            222, 327, 203, 139, 423, 297, 461, 631, 436, 415, 283, 267, 699, 623,
            4294967295, 127, 547, 354, 895, 4294967295, 534, 275, 93, 113, 579, 589, 869,
            766, 789, 828, 873, 289, 400, 124, 69, 398, 575, 860, 546, 836, 4294967295,
            112, 635, 708, 153, 64, 462, 86, 649, 430, 128, 381, 172, 248, 428, 230, 116,
            576, 59, 4294967295, 655, 36, 845, 564, 4294967295, 793, 642, 611, 572, 622,
            571, 804, 444, 25, 835, 4294967295, 237, 295, 504, 842, 852, 515, 862, 5,
            584, 778, 4294967295, 198, 565, 239, 4294967295, 4294967295, 191, 857, 899,
            552, 4294967295, 164, 866, 723, 508, 594, 142, 291, 263, 671, 620,
            4294967295, 4294967295, 212, 781, 609, 522, 630, 4294967295, 63, 132, 134,
            593, 296, 707, 97, 660, 788, 260, 383, 840, 413, 301, 694, 279, 179, 446,
            366, 602, 213, 604, 890, 885, 22, 277, 544, 396, 19, 190, 65, 431,
            4294967295, 23, 918, 483, 910, 312, 554, 71, 801, 4294967295, 605, 320, 221,
            782, 468, 527, 261, 654, 720, 4294967295, 474, 719, 50, 780, 447, 253, 894,
            186, 4, 560, 389, 796, 37, 33, 42, 4294967295, 244, 231, 150, 195, 595, 180,
            559, 68, 55, 916, 797, 520, 102, 192, 157, 445, 241, 407, 849, 514, 87, 183,
            360, 341, 823, 657, 136, 877, 24, 704, 497, 683, 4294967295, 578, 632, 160,
            75, 875, 62, 83, 216, 844, 403, 321, 28, 273, 280, 304, 480, 731, 52, 754,
            490, 168, 188, 805, 627, 761, 639, 81, 580, 246, 293, 529, 238, 119, 831,
            641, 278, 905, 371, 196, 46, 4294967295, 819, 802, 4294967295, 887, 274, 861,
            16, 726, 130, 512, 510, 442, 767, 352, 718, 4294967295, 4294967295, 872, 98,
            705, 833, 4294967295, 307, 217, 4294967295, 4294967295, 58, 240, 45, 777,
            4294967295, 315, 616, 417, 311, 784, 4294967295, 854, 665, 728, 825, 661,
            4294967295, 330, 385, 4294967295, 770, 290, 161, 775, 540, 351, 709, 276,
            194, 255, 648, 305, 126, 91, 834, 373, 742, 232, 563, 215, 235, 4294967295,
            511, 666, 751, 314, 830, 664, 676, 532, 14, 469, 499, 489, 481, 1, 764,
            4294967295, 685, 51, 826, 0, 539, 771, 679, 690, 13, 581, 663, 851, 433, 185,
            20, 250, 78, 158, 4294967295, 517, 610, 94, 141, 376, 827, 706, 395, 56,
            4294967295, 643, 472, 765, 27, 682, 812, 29, 658, 888, 4294967295, 626, 409,
            465, 843, 837, 4294967295, 519, 151, 619, 347, 734, 200, 550, 558, 846, 294,
            829, 4294967295, 369, 101, 735, 34, 457, 332, 120, 427, 405, 881, 76, 717,
            251, 772, 783, 392, 4294967295, 567, 588, 123, 106, 224, 858, 4294967295,
            187, 4294967295, 345, 74, 349, 484, 66, 441, 787, 4294967295, 505, 322, 208,
            229, 122, 146, 323, 824, 177, 592, 408, 458, 758, 839, 121, 878, 103, 721,
            303, 175, 451, 607, 573, 167, 813, 598, 4294967295, 272, 85, 4294967295, 206,
            268, 4294967295, 909, 880, 4294967295, 4294967295, 449, 674, 897, 434, 871,
            197, 4294967295, 282, 96, 418, 335, 756, 450, 715, 893, 89, 425, 2, 714, 776,
            832, 333, 404, 498, 152, 252, 227, 798, 249, 500, 420, 72, 530, 31, 874, 859,
            4294967295, 309, 84, 143, 803, 4294967295, 379, 4294967295, 488, 750, 617,
            133, 414, 109, 318, 518, 911, 138, 741, 533, 4294967295, 380, 492, 265, 538,
            4294967295, 601, 4294967295, 99, 257, 596, 299, 599, 214, 653, 424, 501, 645,
            419, 40, 393, 464, 6, 348, 779, 234, 561, 613, 768, 300, 644, 4294967295,
            681, 372, 107, 614, 9, 810, 17, 77, 762, 864, 176, 892, 4294967295, 659, 256,
            536, 879, 4294967295, 118, 557, 791, 883, 669, 443, 10, 48, 745, 680, 432,
            867, 334, 137, 264, 587, 507, 739, 455, 247, 325, 821, 701, 553, 722, 636,
            811, 73, 219, 117, 4294967295, 440, 818, 193, 104, 49, 4294967295, 182, 531,
            463, 4294967295, 435, 211, 4294967295, 367, 749, 806, 724, 336, 686, 799,
            281, 284, 855, 853, 901, 370, 606, 743, 166, 199, 308, 4294967295, 298, 363,
            4294967295, 4294967295, 528, 223, 535, 712, 339, 80, 551, 900, 753, 475, 391,
            359, 47, 485, 4294967295, 495, 362, 4294967295, 603, 350, 624, 145, 700, 863,
            555, 82, 460, 387, 163, 4294967295, 868, 747, 156, 757, 357, 902, 917, 696,
            545, 737, 4294967295, 374, 368, 816, 502, 355, 129, 908, 8, 326, 201, 790,
            226, 140, 390, 486, 243, 814, 697, 4294967295, 838, 473, 4294967295, 406,
            148, 628, 452, 60, 876, 4294967295, 437, 149, 637, 313, 725, 4294967295, 692,
            677, 4294967295, 727, 4294967295, 732, 316, 439, 412, 331, 794, 841, 760,
            135, 399, 4294967295, 896, 687, 820, 131, 364, 88, 154, 652, 4294967295, 262,
            174, 377, 646, 4294967295, 808, 422, 286, 506, 394, 566, 4294967295,
            4294967295, 752, 591, 356, 155, 647, 807, 915, 884, 401, 678, 115, 482, 144,
            3, 288, 773, 292, 711, 513, 4294967295, 716, 470, 898, 171, 35, 733, 668, 32,
            125, 656, 4294967295, 549, 90, 453, 479, 340, 870, 4294967295, 542, 516, 615,
            912, 476, 467, 4294967295, 4294967295, 650, 800, 358, 865, 317, 850, 583,
            169, 4294967295, 454, 162, 306, 774, 411, 703, 236, 30, 673, 541, 569, 662,
            44, 672, 344, 38, 4294967295, 597, 582, 817, 4294967295, 693, 684, 147, 618,
            478, 4294967295, 891, 738, 4294967295, 608, 410, 4294967295, 521, 729, 108,
            543, 785, 629, 904, 459, 496, 165, 228, 477, 402, 815, 634, 688, 621, 600,
            12, 259, 638, 270, 710, 207, 43,
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
    const PROVIDER: &'static str = "Alibaba Cloud Rds";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Rds's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Rds: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
