// @generated from catalogs/alibaba/polardb.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud polardb: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud polardb: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidDBNodeId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB node id: malformed.
    InvalidDbNodeIdMalformed,
    /// `InvalidAccountName.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account name: duplicate.
    InvalidAccountNameDuplicate,
    /// `InvalidAccountName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account name: malformed.
    InvalidAccountNameMalformed,
    /// `InvalidDBClusterId.Malformed`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid DB cluster id: malformed.
    InvalidDbClusterIdMalformed,
    /// `InvalidDBClusterId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid DB cluster id: not found.
    InvalidDbClusterIdNotFound,
    /// `InvalidDBName.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB name: duplicate.
    InvalidDbNameDuplicate,
    /// `UnsupportedKmsService.NotEnabled`: HTTP 403; retry: never; category: permission_denied.
    /// Unsupported kms service: not enabled.
    UnsupportedKmsServiceNotEnabled,
    /// `InvalidDBCluster.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid DB cluster: not found.
    InvalidDbClusterNotFound,
    /// `CallDB4AI.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Call DB4 AI: error.
    CallDb4aiError,
    /// `OperationDenied.ClusterCategory`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: cluster category.
    OperationDeniedClusterCategory,
    /// `EngineMigrationStatus.NotSurpport`: HTTP 400; retry: never; category: invalid_argument.
    /// Engine migration status: not surpport.
    EngineMigrationStatusNotSurpport,
    /// `EngineMigration.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Engine migration: not exist.
    EngineMigrationNotExist,
    /// `LockTimeout`: HTTP 400; retry: never; category: invalid_argument.
    /// Lock timeout.
    LockTimeout,
    /// `EngineMigration.ActionDisabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Engine migration: action disabled.
    EngineMigrationActionDisabled,
    /// `InvalidAccountPassword.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account password: malformed.
    InvalidAccountPasswordMalformed,
    /// `InvalidAccountType.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account type: malformed.
    InvalidAccountTypeMalformed,
    /// `InvalidAccountDescription.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account description: malformed.
    InvalidAccountDescriptionMalformed,
    /// `InvalidAccountPrivilege.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account privilege: malformed.
    InvalidAccountPrivilegeMalformed,
    /// `InvalidBackupType.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid backup type: malformed.
    InvalidBackupTypeMalformed,
    /// `InvalidBackupMethod.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid backup method: malformed.
    InvalidBackupMethodMalformed,
    /// `BackupTimesExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Backup times exceeded.
    BackupTimesExceeded,
    /// `InvalidBackupRetentionPolicyOnClusterDeletion.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid backup retention policy on cluster deletion: malformed.
    InvalidBackupRetentionPolicyOnClusterDeletionMalformed,
    /// `InvalidLowerCaseTableNames.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid lower case table names: malformed.
    InvalidLowerCaseTableNamesMalformed,
    /// `InvalidDefaultTimeZone.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid default time zone: malformed.
    InvalidDefaultTimeZoneMalformed,
    /// `Location.FailedGetSubDomain`: HTTP 400; retry: never; category: invalid_argument.
    /// Location: failed get sub domain.
    LocationFailedGetSubDomain,
    /// `MissParameter.GDNId`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: GDN id.
    MissParameterGdnId,
    /// `EntityNotExist.ResourceGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Entity not exist: resource group.
    EntityNotExistResourceGroup,
    /// `ClusterEndpoint.StatusNotValid`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster endpoint: status not valid.
    ClusterEndpointStatusNotValid,
    /// `EndpointNum.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint num: error.
    EndpointNumError,
    /// `EndpointConfig.Invalid`: HTTP 404; retry: never; category: not_found.
    /// Endpoint config: invalid.
    EndpointConfigInvalid,
    /// `EndpointConfig.Conflict`: HTTP 404; retry: never; category: not_found.
    /// Endpoint config: conflict.
    EndpointConfigConflict,
    /// `EndpointStatus.NotSupport`: HTTP 404, 400; retry: never; category: not_found.
    /// Endpoint status: not support.
    EndpointStatusNotSupport,
    /// `NetTypeExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Net type exists.
    NetTypeExists,
    /// `MissParameter.NetType`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: net type.
    MissParameterNetType,
    /// `InvalidDBEndpointId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB endpoint id: malformed.
    InvalidDbEndpointIdMalformed,
    /// `InvalidNetType.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid net type: malformed.
    InvalidNetTypeMalformed,
    /// `InvalidConnectionStringPrefix.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid connection string prefix: malformed.
    InvalidConnectionStringPrefixMalformed,
    /// `InvalidDBLinkName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB link name: malformed.
    InvalidDbLinkNameMalformed,
    /// `DBLinkSourceDBNotFound`: HTTP 404; retry: never; category: not_found.
    /// DB link source DB not found.
    DbLinkSourceDbNotFound,
    /// `ORDER.ARREARAGE`: HTTP 400; retry: never; category: invalid_argument.
    /// ORDER: ARREARAGE.
    OrderArrearage,
    /// `InvalidDBNodeNum.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB node num: malformed.
    InvalidDbNodeNumMalformed,
    /// `InvalidDBNode.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB node: malformed.
    InvalidDbNodeMalformed,
    /// `OperationDenied.CreateDBNodesWithStrictConsistencyOn`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: create DB nodes with strict consistency on.
    OperationDeniedCreateDbNodesWithStrictConsistencyOn,
    /// `InvalidZoneId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid zone id: malformed.
    InvalidZoneIdMalformed,
    /// `OperationDenied.DbVersion`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: db version.
    OperationDeniedDbVersion,
    /// `InvalidDBName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB name: malformed.
    InvalidDbNameMalformed,
    /// `Database.AddError`: HTTP 400; retry: never; category: invalid_argument.
    /// Database: add error.
    DatabaseAddError,
    /// `InvalidDBDescription.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB description: malformed.
    InvalidDbDescriptionMalformed,
    /// `MemberIns.Exist`: HTTP 400; retry: never; category: invalid_argument.
    /// Member ins: exist.
    MemberInsExist,
    /// `InvalidEngineVersion.Unsupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid engine version: unsupported.
    InvalidEngineVersionUnsupported,
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
    /// `InvalidRegionId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid region id: malformed.
    InvalidRegionIdMalformed,
    /// `InvalidDBVersion.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB version: malformed.
    InvalidDbVersionMalformed,
    /// `InvalidParameterGroupName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter group name: malformed.
    InvalidParameterGroupNameMalformed,
    /// `NumberExceed.parameterGroupDesc`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: parameter group desc.
    NumberExceedParameterGroupDesc,
    /// `InvalidEngine.Unsupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid engine: unsupported.
    InvalidEngineUnsupported,
    /// `ParamGroupsNameInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Param groups name invalid.
    ParamGroupsNameInvalid,
    /// `InvalidDBType.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid DB type: not found.
    InvalidDbTypeNotFound,
    /// `Unknown.Exception`: HTTP 500; retry: never; category: internal.
    /// Unknown: exception.
    UnknownException,
    /// `InvalidStorageUsedTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid storage used time: malformed.
    InvalidStorageUsedTimeMalformed,
    /// `MissParameter.StorageUsedTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: storage used time.
    MissParameterStorageUsedTime,
    /// `MissParameter.StoragePeriod`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: storage period.
    MissParameterStoragePeriod,
    /// `MissParameter.StorageClass`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: storage class.
    MissParameterStorageClass,
    /// `MissParameter.StorageType`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: storage type.
    MissParameterStorageType,
    /// `InvalidStorageClass.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid storage class: malformed.
    InvalidStorageClassMalformed,
    /// `GdnRole.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Gdn role: not support.
    GdnRoleNotSupport,
    /// `ConcurrentTaskExceeded`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Concurrent task exceeded.
    ConcurrentTaskExceeded,
    /// `Account.DelError`: HTTP 400; retry: never; category: invalid_argument.
    /// Account: del error.
    AccountDelError,
    /// `Connect.Timeout`: HTTP 400; retry: never; category: invalid_argument.
    /// Connect: timeout.
    ConnectTimeout,
    /// `AccountActionForbidden`: HTTP 401; retry: never; category: unauthenticated.
    /// Account action forbidden.
    AccountActionForbidden,
    /// `InvalidBackupSetID.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid backup set ID: not found.
    InvalidBackupSetIdNotFound,
    /// `InvalidParamBackupRetentionPolicyOnClusterDeletion.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid param backup retention policy on cluster deletion: malformed.
    InvalidParamBackupRetentionPolicyOnClusterDeletionMalformed,
    /// `OperationDenied.DBClusterDeletionLock`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: DB cluster deletion lock.
    OperationDeniedDbClusterDeletionLock,
    /// `OperationDenied.OperateStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: operate status.
    OperationDeniedOperateStatus,
    /// `OperationDenied.ClusterStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: cluster status.
    OperationDeniedClusterStatus,
    /// `OperationDenied.DBClusterPayType`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: DB cluster pay type.
    OperationDeniedDbClusterPayType,
    /// `NetTypeUsed.Gdn`: HTTP 400; retry: never; category: invalid_argument.
    /// Net type used: gdn.
    NetTypeUsedGdn,
    /// `OperationDenied.DeleteDBNodesWithStrictConsistencyOn`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: delete DB nodes with strict consistency on.
    OperationDeniedDeleteDbNodesWithStrictConsistencyOn,
    /// `OperationDenied.DBNodeRole`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: DB node role.
    OperationDeniedDbNodeRole,
    /// `MemberNumber.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Member number: not support.
    MemberNumberNotSupport,
    /// `GDN.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// GDN: not found.
    GdnNotFound,
    /// `InvalidParameterGroupId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter group id: malformed.
    InvalidParameterGroupIdMalformed,
    /// `InvalidDBInstance.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid DB instance: not found.
    InvalidDbInstanceNotFound,
    /// `InvalidPageSize.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid page size: malformed.
    InvalidPageSizeMalformed,
    /// `InvalidPageNumber.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid page number: malformed.
    InvalidPageNumberMalformed,
    /// `Database.ConnectError`: HTTP 400; retry: never; category: invalid_argument.
    /// Database: connect error.
    DatabaseConnectError,
    /// `Account.QueryError`: HTTP 400; retry: never; category: invalid_argument.
    /// Account: query error.
    AccountQueryError,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `ServiceUnavailable`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailable,
    /// `InvalidStartTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time: malformed.
    InvalidStartTimeMalformed,
    /// `InvalidEndTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end time: malformed.
    InvalidEndTimeMalformed,
    /// `InvalidBackupMode.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid backup mode: malformed.
    InvalidBackupModeMalformed,
    /// `InvalidBackupStatus.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid backup status: malformed.
    InvalidBackupStatusMalformed,
    /// `InvalidParameters.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameters: format.
    InvalidParametersFormat,
    /// `Forbidden.RAM`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: RAM.
    ForbiddenRam,
    /// `InvalidAction`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid action.
    InvalidAction,
    /// `InvalidKey.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid key: malformed.
    InvalidKeyMalformed,
    /// `InvalidParameterCombination`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter combination.
    InvalidParameterCombination,
    /// `InvalidDateRange.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid date range: malformed.
    InvalidDateRangeMalformed,
    /// `InvalidEngineVersion.Older`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid engine version: older.
    InvalidEngineVersionOlder,
    /// `NumberExceed.Tags`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: tags.
    NumberExceedTags,
    /// `InvalidRecentCreationInterval.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid recent creation interval: malformed.
    InvalidRecentCreationIntervalMalformed,
    /// `InvalidRecentExpirationInterval.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid recent expiration interval: malformed.
    InvalidRecentExpirationIntervalMalformed,
    /// `DBTypeOrDBVersion.Malformed`: HTTP 404; retry: never; category: not_found.
    /// DB type or DB version: malformed.
    DbTypeOrDbVersionMalformed,
    /// `InvalidDBType.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB type: malformed.
    InvalidDbTypeMalformed,
    /// `InvalidDBNodeId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid DB node id: not found.
    InvalidDbNodeIdNotFound,
    /// `InvalidDBEndpointId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid DB endpoint id: not found.
    InvalidDbEndpointIdNotFound,
    /// `Abs.InvalidAccount.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Abs: invalid account, not found.
    AbsInvalidAccountNotFound,
    /// `InvalidRestoreType.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid restore type: format.
    InvalidRestoreTypeFormat,
    /// `InvalidRestoreTime.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid restore time: format.
    InvalidRestoreTimeFormat,
    /// `IncorrectBackupSetState`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect backup set state.
    IncorrectBackupSetState,
    /// `InsufficientResourceCapacity`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient resource capacity.
    InsufficientResourceCapacity,
    /// `InvalidRestoreType.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid restore type: not found.
    InvalidRestoreTypeNotFound,
    /// `MissingUserID`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing user ID.
    MissingUserId,
    /// `MissingUID`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing UID.
    MissingUid,
    /// `InvalidBackup.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid backup: not found.
    InvalidBackupNotFound,
    /// `InvalidOrderId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid order id: malformed.
    InvalidOrderIdMalformed,
    /// `InvalidStatus.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: malformed.
    InvalidStatusMalformed,
    /// `ByokRoleArnNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Byok role arn not found.
    ByokRoleArnNotFound,
    /// `ByokNotAuthorizedToRds`: HTTP 401; retry: never; category: unauthenticated.
    /// Byok not authorized to rds.
    ByokNotAuthorizedToRds,
    /// `InvalidVSwitchId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v switch id: not found.
    InvalidVSwitchIdNotFound,
    /// `IncorrecttVpcId`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrectt vpc id.
    IncorrecttVpcId,
    /// `InvalidIzNo.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid iz no: not supported.
    InvalidIzNoNotSupported,
    /// `InvalidDBInstanceClass.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid DB instance class: not found.
    InvalidDbInstanceClassNotFound,
    /// `InvalidDBNodeClass.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB node class: malformed.
    InvalidDbNodeClassMalformed,
    /// `SubDomain.Malformed`: HTTP 404; retry: never; category: not_found.
    /// Sub domain: malformed.
    SubDomainMalformed,
    /// `NeedMaxScaleLink.Malformed`: HTTP 404; retry: never; category: not_found.
    /// Need max scale link: malformed.
    NeedMaxScaleLinkMalformed,
    /// `HaStatusNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Ha status not support.
    HaStatusNotSupport,
    /// `OperationDenied.DBNodeType`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: DB node type.
    OperationDeniedDbNodeType,
    /// `Account.UpdateError`: HTTP 400; retry: never; category: invalid_argument.
    /// Account: update error.
    AccountUpdateError,
    /// `IncorrectAccountPrivilegeType`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect account privilege type.
    IncorrectAccountPrivilegeType,
    /// `MissParameter.TagOrResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: tag or resource id.
    MissParameterTagOrResourceId,
    /// `NumberExceed.ResourceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: resource ids.
    NumberExceedResourceIds,
    /// `InvalidRenewalStatus.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid renewal status: malformed.
    InvalidRenewalStatusMalformed,
    /// `InvalidPeriodUnit.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid period unit: malformed.
    InvalidPeriodUnitMalformed,
    /// `InvalidDuration.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid duration: malformed.
    InvalidDurationMalformed,
    /// `InvalidDataLevel1BackupRetentionPeriod.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid data level1 backup retention period: malformed.
    InvalidDataLevel1BackupRetentionPeriodMalformed,
    /// `InvalidDataLevel2BackupRetentionPeriod.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid data level2 backup retention period: malformed.
    InvalidDataLevel2BackupRetentionPeriodMalformed,
    /// `InvalidBackupRetentionPeriod.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid backup retention period: malformed.
    InvalidBackupRetentionPeriodMalformed,
    /// `InvalidBackupFrequency.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid backup frequency: malformed.
    InvalidBackupFrequencyMalformed,
    /// `InvalidPreferredBackupPeriod.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid preferred backup period: malformed.
    InvalidPreferredBackupPeriodMalformed,
    /// `InvalidDataLevel2BackupPeriod.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid data level2 backup period: malformed.
    InvalidDataLevel2BackupPeriodMalformed,
    /// `InvalidDataLevel1BackupPeriod.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid data level1 backup period: malformed.
    InvalidDataLevel1BackupPeriodMalformed,
    /// `InvalidPreferredBackupTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid preferred backup time: malformed.
    InvalidPreferredBackupTimeMalformed,
    /// `InvalidDataLevel1BackupTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid data level1 backup time: malformed.
    InvalidDataLevel1BackupTimeMalformed,
    /// `InvalidDataLevel1BackupFrequency.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid data level1 backup frequency: malformed.
    InvalidDataLevel1BackupFrequencyMalformed,
    /// `InvalidDataLevel2AnotherRegionRegion.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid data level2 another region region: not found.
    InvalidDataLevel2AnotherRegionRegionNotFound,
    /// `InvalidDataLevel2AnotherRegionBackupRetentionPeriod.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid data level2 another region backup retention period: malformed.
    InvalidDataLevel2AnotherRegionBackupRetentionPeriodMalformed,
    /// `IncorrectBackupPolicy`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect backup policy.
    IncorrectBackupPolicy,
    /// `InvalidParam`: HTTP 404; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParam,
    /// `InvalidDBProxyClusterClass.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB proxy cluster class: malformed.
    InvalidDbProxyClusterClassMalformed,
    /// `OperationDenied.ModifyDBNodeClassWithStrictConsistencyOn`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: modify DB node class with strict consistency on.
    OperationDeniedModifyDbNodeClassWithStrictConsistencyOn,
    /// `InvalidDowngradeDBNodeClass.Limit`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid downgrade DB node class: limit.
    InvalidDowngradeDbNodeClassLimit,
    /// `OperationDenied.ModifyProxyWithStrictConsistencyOn`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: modify proxy with strict consistency on.
    OperationDeniedModifyProxyWithStrictConsistencyOn,
    /// `StandbyClusterTurnOn`: HTTP 400; retry: never; category: invalid_argument.
    /// Standby cluster turn on.
    StandbyClusterTurnOn,
    /// `IncorrectDBInstanceType`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect DB instance type.
    IncorrectDbInstanceType,
    /// `IncorrectDBInstance`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect DB instance.
    IncorrectDbInstance,
    /// `OperationDenied.LockMode`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: lock mode.
    OperationDeniedLockMode,
    /// `OperationDenied.DBClusterStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: DB cluster status.
    OperationDeniedDbClusterStatus,
    /// `OperationDenied.TempUpgradeDuring`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: temp upgrade during.
    OperationDeniedTempUpgradeDuring,
    /// `InvalidParam.PgDBNodeSpec`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: pg DB node spec.
    InvalidParamPgDbNodeSpec,
    /// `InvalidParam.NoChange`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: no change.
    InvalidParamNoChange,
    /// `OperationDenied.DBNodeClass`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: DB node class.
    OperationDeniedDbNodeClass,
    /// `OperationDenied.ReaderNum`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: reader num.
    OperationDeniedReaderNum,
    /// `InvalidParam.DBNodeNum`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: DB node num.
    InvalidParamDbNodeNum,
    /// `OperationDenied.DeleteNode`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: delete node.
    OperationDeniedDeleteNode,
    /// `OperationDenied.EndpointDBNodeNumber`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: endpoint DB node number.
    OperationDeniedEndpointDbNodeNumber,
    /// `OperationDenied.StandbyEqualSpec`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: standby equal spec.
    OperationDeniedStandbyEqualSpec,
    /// `OperationDenied.DeleteDBNodeNumber`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: delete DB node number.
    OperationDeniedDeleteDbNodeNumber,
    /// `OperationDenied.clusterSingleNodeLimit`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: cluster single node limit.
    OperationDeniedClusterSingleNodeLimit,
    /// `InvalidParam.CRACParamNodeNum`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: CRAC param node num.
    InvalidParamCracParamNodeNum,
    /// `InvalidParam.ECSESSDSTANDARDParamNodeNum`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: ECSESSDSTANDARD param node num.
    InvalidParamEcsessdstandardParamNodeNum,
    /// `InvalidEditType`: HTTP 404; retry: never; category: not_found.
    /// Invalid edit type.
    InvalidEditType,
    /// `NumberExceed.securityGroupIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: security group ids.
    NumberExceedSecurityGroupIds,
    /// `SecurityIPList.Duplicate`: HTTP 403; retry: never; category: permission_denied.
    /// Security IP list: duplicate.
    SecurityIpListDuplicate,
    /// `ParamCollationServerNotValid`: HTTP 400; retry: never; category: invalid_argument.
    /// Param collation server not valid.
    ParamCollationServerNotValid,
    /// `MinorVersionNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Minor version not support.
    MinorVersionNotSupport,
    /// `ScheduleTaskExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Schedule task exist.
    ScheduleTaskExist,
    /// `ParamTypeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Param type exception.
    ParamTypeException,
    /// `ParamDynamicException`: HTTP 400; retry: never; category: invalid_argument.
    /// Param dynamic exception.
    ParamDynamicException,
    /// `InvalidParameters.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameters: malformed.
    InvalidParametersMalformed,
    /// `InvalidParameter.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: malformed.
    InvalidParameterMalformed,
    /// `InvalidDBClusterDescription.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB cluster description: malformed.
    InvalidDbClusterDescriptionMalformed,
    /// `InvalidEndpointConfig.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid endpoint config: malformed.
    InvalidEndpointConfigMalformed,
    /// `InvalidNodes.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid nodes: malformed.
    InvalidNodesMalformed,
    /// `InvalidMaintainTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid maintain time: malformed.
    InvalidMaintainTimeMalformed,
    /// `InvalidConnectionString.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid connection string: malformed.
    InvalidConnectionStringMalformed,
    /// `OperationDenied.DBInstanceMonitorPeriod`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: DB instance monitor period.
    OperationDeniedDbInstanceMonitorPeriod,
    /// `InvalidDBInstanceId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid DB instance id: not found.
    InvalidDbInstanceIdNotFound,
    /// `InvalidZoneId.Same`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid zone id: same.
    InvalidZoneIdSame,
    /// `ActionUnauthorized`: HTTP 403; retry: never; category: permission_denied.
    /// Action unauthorized.
    ActionUnauthorized,
    /// `OperationDenied.MutexLock`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: mutex lock.
    OperationDeniedMutexLock,
    /// `InsufficientResource`: HTTP 404; retry: never; category: not_found.
    /// Insufficient resource.
    InsufficientResource,
    /// `InvalidNewResourceGroupId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid new resource group id: malformed.
    InvalidNewResourceGroupIdMalformed,
    /// `InvalidSSLAutoRotate.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid SSL auto rotate: malformed.
    InvalidSslAutoRotateMalformed,
    /// `OperationDenied.ModifyStorageSpace`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: modify storage space.
    OperationDeniedModifyStorageSpace,
    /// `InvalidTDEStatus.AlreadyEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid TDE status: already enabled.
    InvalidTdeStatusAlreadyEnabled,
    /// `InvalidTDEEnabledType.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid TDE enabled type: malformed.
    InvalidTdeEnabledTypeMalformed,
    /// `InvalidAutoTableTransparentEncryption.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid auto table transparent encryption: malformed.
    InvalidAutoTableTransparentEncryptionMalformed,
    /// `IncorrectGdnState`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect gdn state.
    IncorrectGdnState,
    /// `DnsConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Dns conflict.
    DnsConflict,
    /// `InvalidModifyType.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid modify type: malformed.
    InvalidModifyTypeMalformed,
    /// `OperationDenied.RoEqualSpec`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: ro equal spec.
    OperationDeniedRoEqualSpec,
    /// `InvalidLogBackupRetentionPeriod.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid log backup retention period: malformed.
    InvalidLogBackupRetentionPeriodMalformed,
    /// `InvalidLogBackupAnotherRegionRetentionPeriod.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid log backup another region retention period: malformed.
    InvalidLogBackupAnotherRegionRetentionPeriodMalformed,
    /// `InvalidLogBackupAnotherRegionRegion.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid log backup another region region: not found.
    InvalidLogBackupAnotherRegionRegionNotFound,
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
    /// `MissParameter.NodeType`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: node type.
    MissParameterNodeType,
    /// `InvalidParameter.NodeType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: node type.
    InvalidParameterNodeType,
    /// `InvalidAccount.Malformed`: HTTP 500; retry: never; category: internal.
    /// Invalid account: malformed.
    InvalidAccountMalformed,
    /// `InvalidAINode.NotFound`: HTTP 500; retry: never; category: internal.
    /// Invalid AI node: not found.
    InvalidAiNodeNotFound,
    /// `MemberRole.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Member role: not support.
    MemberRoleNotSupport,
    /// `OperationDenied.ArchiveRestore`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: archive restore.
    OperationDeniedArchiveRestore,
    /// `InvalidTagKey.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag key: malformed.
    InvalidTagKeyMalformed,
    /// `Duplicate.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate: tag key.
    DuplicateTagKey,
    /// `InvalidTagValue.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag value: malformed.
    InvalidTagValueMalformed,
    /// `InvalidParameter.ResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource id.
    InvalidParameterResourceId,
    /// `InvalidRestoreTimeExceedsExpirationTime.Malformed`: HTTP 404; retry: never; category: not_found.
    /// Invalid restore time exceeds expiration time: malformed.
    InvalidRestoreTimeExceedsExpirationTimeMalformed,
    /// `InvalidCurrentTimeExceedsRestoreTime.Malformed`: HTTP 404; retry: never; category: not_found.
    /// Invalid current time exceeds restore time: malformed.
    InvalidCurrentTimeExceedsRestoreTimeMalformed,
    /// `InvalidRestoreTime.Malformed`: HTTP 404; retry: never; category: not_found.
    /// Invalid restore time: malformed.
    InvalidRestoreTimeMalformed,
    /// `InvalidOperationType.Malformed`: HTTP 404; retry: never; category: not_found.
    /// Invalid operation type: malformed.
    InvalidOperationTypeMalformed,
    /// `InvalidOrderCharge.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid order charge: not support.
    InvalidOrderChargeNotSupport,
    /// `InvalidOrderTask.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid order task: not support.
    InvalidOrderTaskNotSupport,
    /// `InvalidPaymentMethod.Incomplete`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid payment method: incomplete.
    InvalidPaymentMethodIncomplete,
    /// `InvalidPayType.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pay type: malformed.
    InvalidPayTypeMalformed,
    /// `InvalidPeriod.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid period: malformed.
    InvalidPeriodMalformed,
    /// `InvalidUsedTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid used time: malformed.
    InvalidUsedTimeMalformed,
    /// `InvalidParameter.TagKeysOrAll`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag keys or all.
    InvalidParameterTagKeysOrAll,
    /// `InvalidUpgradeLabel.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid upgrade label: malformed.
    InvalidUpgradeLabelMalformed,
    /// `InvalidEngineMinorVersion.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid engine minor version: malformed.
    InvalidEngineMinorVersionMalformed,
    /// `InvalidUpgradePolicy.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid upgrade policy: malformed.
    InvalidUpgradePolicyMalformed,
    /// `InvalidSwitchTimeMode.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid switch time mode: malformed.
    InvalidSwitchTimeModeMalformed,
    /// `OperationDenied.UpgradeType`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: upgrade type.
    OperationDeniedUpgradeType,
    /// `IncorrectGdnStandbyDBVersion`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect gdn standby DB version.
    IncorrectGdnStandbyDbVersion,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 241] = [
        "InvalidDBNodeId.Malformed",
        "InvalidAccountName.Duplicate",
        "InvalidAccountName.Malformed",
        "InvalidDBClusterId.Malformed",
        "InvalidDBClusterId.NotFound",
        "InvalidDBName.Duplicate",
        "UnsupportedKmsService.NotEnabled",
        "InvalidDBCluster.NotFound",
        "CallDB4AI.Error",
        "OperationDenied.ClusterCategory",
        "EngineMigrationStatus.NotSurpport",
        "EngineMigration.NotExist",
        "LockTimeout",
        "EngineMigration.ActionDisabled",
        "InvalidAccountPassword.Malformed",
        "InvalidAccountType.Malformed",
        "InvalidAccountDescription.Malformed",
        "InvalidAccountPrivilege.Malformed",
        "InvalidBackupType.Malformed",
        "InvalidBackupMethod.Malformed",
        "BackupTimesExceeded",
        "InvalidBackupRetentionPolicyOnClusterDeletion.Malformed",
        "InvalidLowerCaseTableNames.Malformed",
        "InvalidDefaultTimeZone.Malformed",
        "Location.FailedGetSubDomain",
        "MissParameter.GDNId",
        "EntityNotExist.ResourceGroup",
        "ClusterEndpoint.StatusNotValid",
        "EndpointNum.Error",
        "EndpointConfig.Invalid",
        "EndpointConfig.Conflict",
        "EndpointStatus.NotSupport",
        "NetTypeExists",
        "MissParameter.NetType",
        "InvalidDBEndpointId.Malformed",
        "InvalidNetType.Malformed",
        "InvalidConnectionStringPrefix.Malformed",
        "InvalidDBLinkName.Malformed",
        "DBLinkSourceDBNotFound",
        "ORDER.ARREARAGE",
        "InvalidDBNodeNum.Malformed",
        "InvalidDBNode.Malformed",
        "OperationDenied.CreateDBNodesWithStrictConsistencyOn",
        "InvalidZoneId.Malformed",
        "OperationDenied.DbVersion",
        "InvalidDBName.Malformed",
        "Database.AddError",
        "InvalidDBDescription.Malformed",
        "MemberIns.Exist",
        "InvalidEngineVersion.Unsupported",
        "RequiredParam.NotFound",
        "InvalidSecurityIPList.QuotaExceeded",
        "InvalidSecurityIPList.Format",
        "InvalidSecurityIPList.Duplicate",
        "InvalidUser.NotFound",
        "InvalidRegionId.Malformed",
        "InvalidDBVersion.Malformed",
        "InvalidParameterGroupName.Malformed",
        "NumberExceed.parameterGroupDesc",
        "InvalidEngine.Unsupported",
        "ParamGroupsNameInvalid",
        "InvalidDBType.NotFound",
        "Unknown.Exception",
        "InvalidStorageUsedTime.Malformed",
        "MissParameter.StorageUsedTime",
        "MissParameter.StoragePeriod",
        "MissParameter.StorageClass",
        "MissParameter.StorageType",
        "InvalidStorageClass.Malformed",
        "GdnRole.NotSupport",
        "ConcurrentTaskExceeded",
        "Account.DelError",
        "Connect.Timeout",
        "AccountActionForbidden",
        "InvalidBackupSetID.NotFound",
        "InvalidParamBackupRetentionPolicyOnClusterDeletion.Malformed",
        "OperationDenied.DBClusterDeletionLock",
        "OperationDenied.OperateStatus",
        "OperationDenied.ClusterStatus",
        "OperationDenied.DBClusterPayType",
        "NetTypeUsed.Gdn",
        "OperationDenied.DeleteDBNodesWithStrictConsistencyOn",
        "OperationDenied.DBNodeRole",
        "MemberNumber.NotSupport",
        "GDN.NotFound",
        "InvalidParameterGroupId.Malformed",
        "InvalidDBInstance.NotFound",
        "InvalidPageSize.Malformed",
        "InvalidPageNumber.Malformed",
        "Database.ConnectError",
        "Account.QueryError",
        "InternalError",
        "ServiceUnavailable",
        "InvalidStartTime.Malformed",
        "InvalidEndTime.Malformed",
        "InvalidBackupMode.Malformed",
        "InvalidBackupStatus.Malformed",
        "InvalidParameters.Format",
        "Forbidden.RAM",
        "InvalidAction",
        "InvalidKey.Malformed",
        "InvalidParameterCombination",
        "InvalidDateRange.Malformed",
        "InvalidEngineVersion.Older",
        "NumberExceed.Tags",
        "InvalidRecentCreationInterval.Malformed",
        "InvalidRecentExpirationInterval.Malformed",
        "DBTypeOrDBVersion.Malformed",
        "InvalidDBType.Malformed",
        "InvalidDBNodeId.NotFound",
        "InvalidDBEndpointId.NotFound",
        "Abs.InvalidAccount.NotFound",
        "InvalidRestoreType.Format",
        "InvalidRestoreTime.Format",
        "IncorrectBackupSetState",
        "InsufficientResourceCapacity",
        "InvalidRestoreType.NotFound",
        "MissingUserID",
        "MissingUID",
        "InvalidBackup.NotFound",
        "InvalidOrderId.Malformed",
        "InvalidStatus.Malformed",
        "ByokRoleArnNotFound",
        "ByokNotAuthorizedToRds",
        "InvalidVSwitchId.NotFound",
        "IncorrecttVpcId",
        "InvalidIzNo.NotSupported",
        "InvalidDBInstanceClass.NotFound",
        "InvalidDBNodeClass.Malformed",
        "SubDomain.Malformed",
        "NeedMaxScaleLink.Malformed",
        "HaStatusNotSupport",
        "OperationDenied.DBNodeType",
        "Account.UpdateError",
        "IncorrectAccountPrivilegeType",
        "MissParameter.TagOrResourceId",
        "NumberExceed.ResourceIds",
        "InvalidRenewalStatus.Malformed",
        "InvalidPeriodUnit.Malformed",
        "InvalidDuration.Malformed",
        "InvalidDataLevel1BackupRetentionPeriod.Malformed",
        "InvalidDataLevel2BackupRetentionPeriod.Malformed",
        "InvalidBackupRetentionPeriod.Malformed",
        "InvalidBackupFrequency.Malformed",
        "InvalidPreferredBackupPeriod.Malformed",
        "InvalidDataLevel2BackupPeriod.Malformed",
        "InvalidDataLevel1BackupPeriod.Malformed",
        "InvalidPreferredBackupTime.Malformed",
        "InvalidDataLevel1BackupTime.Malformed",
        "InvalidDataLevel1BackupFrequency.Malformed",
        "InvalidDataLevel2AnotherRegionRegion.NotFound",
        "InvalidDataLevel2AnotherRegionBackupRetentionPeriod.Malformed",
        "IncorrectBackupPolicy",
        "InvalidParam",
        "InvalidDBProxyClusterClass.Malformed",
        "OperationDenied.ModifyDBNodeClassWithStrictConsistencyOn",
        "InvalidDowngradeDBNodeClass.Limit",
        "OperationDenied.ModifyProxyWithStrictConsistencyOn",
        "StandbyClusterTurnOn",
        "IncorrectDBInstanceType",
        "IncorrectDBInstance",
        "OperationDenied.LockMode",
        "OperationDenied.DBClusterStatus",
        "OperationDenied.TempUpgradeDuring",
        "InvalidParam.PgDBNodeSpec",
        "InvalidParam.NoChange",
        "OperationDenied.DBNodeClass",
        "OperationDenied.ReaderNum",
        "InvalidParam.DBNodeNum",
        "OperationDenied.DeleteNode",
        "OperationDenied.EndpointDBNodeNumber",
        "OperationDenied.StandbyEqualSpec",
        "OperationDenied.DeleteDBNodeNumber",
        "OperationDenied.clusterSingleNodeLimit",
        "InvalidParam.CRACParamNodeNum",
        "InvalidParam.ECSESSDSTANDARDParamNodeNum",
        "InvalidEditType",
        "NumberExceed.securityGroupIds",
        "SecurityIPList.Duplicate",
        "ParamCollationServerNotValid",
        "MinorVersionNotSupport",
        "ScheduleTaskExist",
        "ParamTypeException",
        "ParamDynamicException",
        "InvalidParameters.Malformed",
        "InvalidParameter.Malformed",
        "InvalidDBClusterDescription.Malformed",
        "InvalidEndpointConfig.Malformed",
        "InvalidNodes.Malformed",
        "InvalidMaintainTime.Malformed",
        "InvalidConnectionString.Malformed",
        "OperationDenied.DBInstanceMonitorPeriod",
        "InvalidDBInstanceId.NotFound",
        "InvalidZoneId.Same",
        "ActionUnauthorized",
        "OperationDenied.MutexLock",
        "InsufficientResource",
        "InvalidNewResourceGroupId.Malformed",
        "InvalidSSLAutoRotate.Malformed",
        "OperationDenied.ModifyStorageSpace",
        "InvalidTDEStatus.AlreadyEnabled",
        "InvalidTDEEnabledType.Malformed",
        "InvalidAutoTableTransparentEncryption.Malformed",
        "IncorrectGdnState",
        "DnsConflict",
        "InvalidModifyType.Malformed",
        "OperationDenied.RoEqualSpec",
        "InvalidLogBackupRetentionPeriod.Malformed",
        "InvalidLogBackupAnotherRegionRetentionPeriod.Malformed",
        "InvalidLogBackupAnotherRegionRegion.NotFound",
        "TaskModifyError",
        "SwitchTimeAfterDeadline",
        "StartTimeBeforeNow",
        "IncorrectTaskStatus",
        "MissParameter.NodeType",
        "InvalidParameter.NodeType",
        "InvalidAccount.Malformed",
        "InvalidAINode.NotFound",
        "MemberRole.NotSupport",
        "OperationDenied.ArchiveRestore",
        "InvalidTagKey.Malformed",
        "Duplicate.TagKey",
        "InvalidTagValue.Malformed",
        "InvalidParameter.ResourceId",
        "InvalidRestoreTimeExceedsExpirationTime.Malformed",
        "InvalidCurrentTimeExceedsRestoreTime.Malformed",
        "InvalidRestoreTime.Malformed",
        "InvalidOperationType.Malformed",
        "InvalidOrderCharge.NotSupport",
        "InvalidOrderTask.NotSupport",
        "InvalidPaymentMethod.Incomplete",
        "InvalidPayType.Malformed",
        "InvalidPeriod.Malformed",
        "InvalidUsedTime.Malformed",
        "InvalidParameter.TagKeysOrAll",
        "InvalidUpgradeLabel.Malformed",
        "InvalidEngineMinorVersion.Malformed",
        "InvalidUpgradePolicy.Malformed",
        "InvalidSwitchTimeMode.Malformed",
        "OperationDenied.UpgradeType",
        "IncorrectGdnStandbyDBVersion",
    ];
    static NAME_CODES: [u32; 63] = [
        0, 3, 4, 5, 7, 8, 25, 34, 37, 38, 39, 40, 41, 42, 45, 47, 51, 52, 53, 56, 58, 61,
        74, 76, 79, 81, 82, 84, 86, 98, 107, 108, 109, 110, 117, 118, 127, 128, 132, 154,
        155, 156, 159, 160, 162, 164, 166, 168, 170, 172, 173, 174, 175, 177, 178, 186,
        191, 192, 198, 200, 201, 217, 240,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidDbNodeIdMalformedInvalidDbClusterIdMalformedInvalidDbClusterIdNotFoundInvalidDbNameDuplicateInvalidDbClusterNotFoundCallDb4aiErrorMissParameterGdnIdInvalidDbEndpointIdMalformedInvalidDbLinkNameMalformedDbLinkSourceDbNotFoundOrderArrearageInvalidDbNodeNumMalformedInvalidDbNodeMalformedOperationDeniedCreateDbNodesWithStrictConsistencyOnInvalidDbNameMalformedInvalidDbDescriptionMalformedInvalidSecurityIpListQuotaExceededInvalidSecurityIpListFormatInvalidSecurityIpListDuplicateInvalidDbVersionMalformedNumberExceedParameterGroupDescInvalidDbTypeNotFoundInvalidBackupSetIdNotFoundOperationDeniedDbClusterDeletionLockOperationDeniedDbClusterPayTypeOperationDeniedDeleteDbNodesWithStrictConsistencyOnOperationDeniedDbNodeRoleGdnNotFoundInvalidDbInstanceNotFoundForbiddenRamDbTypeOrDbVersionMalformedInvalidDbTypeMalformedInvalidDbNodeIdNotFoundInvalidDbEndpointIdNotFoundMissingUserIdMissingUidInvalidDbInstanceClassNotFoundInvalidDbNodeClassMalformedOperationDeniedDbNodeTypeInvalidDbProxyClusterClassMalformedOperationDeniedModifyDbNodeClassWithStrictConsistencyOnInvalidDowngradeDbNodeClassLimitIncorrectDbInstanceTypeIncorrectDbInstanceOperationDeniedDbClusterStatusInvalidParamPgDbNodeSpecOperationDeniedDbNodeClassInvalidParamDbNodeNumOperationDeniedEndpointDbNodeNumberOperationDeniedDeleteDbNodeNumberOperationDeniedClusterSingleNodeLimitInvalidParamCracParamNodeNumInvalidParamEcsessdstandardParamNodeNumNumberExceedSecurityGroupIdsSecurityIpListDuplicateInvalidDbClusterDescriptionMalformedOperationDeniedDbInstanceMonitorPeriodInvalidDbInstanceIdNotFoundInvalidSslAutoRotateMalformedInvalidTdeStatusAlreadyEnabledInvalidTdeEnabledTypeMalformedInvalidAiNodeNotFoundIncorrectGdnStandbyDbVersion",
        ends: &[
            0, 24, 51, 77, 99, 123, 137, 155, 183, 209, 231, 245, 270, 292, 343, 365,
            394, 428, 455, 485, 510, 540, 561, 587, 623, 654, 705, 730, 741, 766, 778,
            804, 826, 849, 876, 889, 899, 929, 956, 981, 1016, 1071, 1103, 1126, 1145,
            1175, 1199, 1225, 1246, 1281, 1314, 1351, 1379, 1418, 1446, 1469, 1505, 1543,
            1570, 1599, 1629, 1659, 1680, 1708,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Invalid DB node id: malformed.Invalid account name: duplicate.Invalid account name: malformed.Invalid DB cluster id: malformed.Invalid DB cluster id: not found.Invalid DB name: duplicate.Unsupported kms service: not enabled.Invalid DB cluster: not found.Call DB4 AI: error.Operation denied: cluster category.Engine migration status: not surpport.Engine migration: not exist.Lock timeout.Engine migration: action disabled.Invalid account password: malformed.Invalid account type: malformed.Invalid account description: malformed.Invalid account privilege: malformed.Invalid backup type: malformed.Invalid backup method: malformed.Backup times exceeded.Invalid backup retention policy on cluster deletion: malformed.Invalid lower case table names: malformed.Invalid default time zone: malformed.Location: failed get sub domain.Miss parameter: GDN id.Entity not exist: resource group.Cluster endpoint: status not valid.Endpoint num: error.Endpoint config: invalid.Endpoint config: conflict.Endpoint status: not support.Net type exists.Miss parameter: net type.Invalid DB endpoint id: malformed.Invalid net type: malformed.Invalid connection string prefix: malformed.Invalid DB link name: malformed.DB link source DB not found.ORDER: ARREARAGE.Invalid DB node num: malformed.Invalid DB node: malformed.Operation denied: create DB nodes with strict consistency on.Invalid zone id: malformed.Operation denied: db version.Invalid DB name: malformed.Database: add error.Invalid DB description: malformed.Member ins: exist.Invalid engine version: unsupported.Required param: not found.Invalid security IP list: quota exceeded.Invalid security IP list: format.Invalid security IP list: duplicate.Invalid user: not found.Invalid region id: malformed.Invalid DB version: malformed.Invalid parameter group name: malformed.Number exceed: parameter group desc.Invalid engine: unsupported.Param groups name invalid.Invalid DB type: not found.Unknown: exception.Invalid storage used time: malformed.Miss parameter: storage used time.Miss parameter: storage period.Miss parameter: storage class.Miss parameter: storage type.Invalid storage class: malformed.Gdn role: not support.Concurrent task exceeded.Account: del error.Connect: timeout.Account action forbidden.Invalid backup set ID: not found.Invalid param backup retention policy on cluster deletion: malformed.Operation denied: DB cluster deletion lock.Operation denied: operate status.Operation denied: cluster status.Operation denied: DB cluster pay type.Net type used: gdn.Operation denied: delete DB nodes with strict consistency on.Operation denied: DB node role.Member number: not support.GDN: not found.Invalid parameter group id: malformed.Invalid DB instance: not found.Invalid page size: malformed.Invalid page number: malformed.Database: connect error.Account: query error.An internal error occurred.The service is unavailable.Invalid start time: malformed.Invalid end time: malformed.Invalid backup mode: malformed.Invalid backup status: malformed.Invalid parameters: format.The request is forbidden: RAM.Invalid action.Invalid key: malformed.Invalid parameter combination.Invalid date range: malformed.Invalid engine version: older.Number exceed: tags.Invalid recent creation interval: malformed.Invalid recent expiration interval: malformed.DB type or DB version: malformed.Invalid DB type: malformed.Invalid DB node id: not found.Invalid DB endpoint id: not found.Abs: invalid account, not found.Invalid restore type: format.Invalid restore time: format.Incorrect backup set state.Insufficient resource capacity.Invalid restore type: not found.Missing user ID.Missing UID.Invalid backup: not found.Invalid order id: malformed.Invalid status: malformed.Byok role arn not found.Byok not authorized to rds.Invalid v switch id: not found.Incorrectt vpc id.Invalid iz no: not supported.Invalid DB instance class: not found.Invalid DB node class: malformed.Sub domain: malformed.Need max scale link: malformed.Ha status not support.Operation denied: DB node type.Account: update error.Incorrect account privilege type.Miss parameter: tag or resource id.Number exceed: resource ids.Invalid renewal status: malformed.Invalid period unit: malformed.Invalid duration: malformed.Invalid data level1 backup retention period: malformed.Invalid data level2 backup retention period: malformed.Invalid backup retention period: malformed.Invalid backup frequency: malformed.Invalid preferred backup period: malformed.Invalid data level2 backup period: malformed.Invalid data level1 backup period: malformed.Invalid preferred backup time: malformed.Invalid data level1 backup time: malformed.Invalid data level1 backup frequency: malformed.Invalid data level2 another region region: not found.Invalid data level2 another region backup retention period: malformed.Incorrect backup policy.A parameter is invalid.Invalid DB proxy cluster class: malformed.Operation denied: modify DB node class with strict consistency on.Invalid downgrade DB node class: limit.Operation denied: modify proxy with strict consistency on.Standby cluster turn on.Incorrect DB instance type.Incorrect DB instance.Operation denied: lock mode.Operation denied: DB cluster status.Operation denied: temp upgrade during.A parameter is invalid: pg DB node spec.A parameter is invalid: no change.Operation denied: DB node class.Operation denied: reader num.A parameter is invalid: DB node num.Operation denied: delete node.Operation denied: endpoint DB node number.Operation denied: standby equal spec.Operation denied: delete DB node number.Operation denied: cluster single node limit.A parameter is invalid: CRAC param node num.A parameter is invalid: ECSESSDSTANDARD param node num.Invalid edit type.Number exceed: security group ids.Security IP list: duplicate.Param collation server not valid.Minor version not support.Schedule task exist.Param type exception.Param dynamic exception.Invalid parameters: malformed.A parameter is invalid: malformed.Invalid DB cluster description: malformed.Invalid endpoint config: malformed.Invalid nodes: malformed.Invalid maintain time: malformed.Invalid connection string: malformed.Operation denied: DB instance monitor period.Invalid DB instance id: not found.Invalid zone id: same.Action unauthorized.Operation denied: mutex lock.Insufficient resource.Invalid new resource group id: malformed.Invalid SSL auto rotate: malformed.Operation denied: modify storage space.Invalid TDE status: already enabled.Invalid TDE enabled type: malformed.Invalid auto table transparent encryption: malformed.Incorrect gdn state.Dns conflict.Invalid modify type: malformed.Operation denied: ro equal spec.Invalid log backup retention period: malformed.Invalid log backup another region retention period: malformed.Invalid log backup another region region: not found.Task modify error.Switch time after deadline.Start time before now.Incorrect task status.Miss parameter: node type.A parameter is invalid: node type.Invalid account: malformed.Invalid AI node: not found.Member role: not support.Operation denied: archive restore.Invalid tag key: malformed.Duplicate: tag key.Invalid tag value: malformed.A parameter is invalid: resource id.Invalid restore time exceeds expiration time: malformed.Invalid current time exceeds restore time: malformed.Invalid restore time: malformed.Invalid operation type: malformed.Invalid order charge: not support.Invalid order task: not support.Invalid payment method: incomplete.Invalid pay type: malformed.Invalid period: malformed.Invalid used time: malformed.A parameter is invalid: tag keys or all.Invalid upgrade label: malformed.Invalid engine minor version: malformed.Invalid upgrade policy: malformed.Invalid switch time mode: malformed.Operation denied: upgrade type.Incorrect gdn standby DB version.",
        ends: &[
            0, 30, 62, 94, 127, 160, 187, 224, 254, 273, 308, 346, 374, 387, 421, 457,
            489, 528, 565, 596, 629, 651, 714, 756, 793, 825, 848, 881, 916, 936, 961,
            987, 1016, 1032, 1057, 1091, 1119, 1163, 1195, 1223, 1240, 1271, 1298, 1359,
            1386, 1415, 1442, 1462, 1496, 1514, 1550, 1576, 1617, 1650, 1686, 1710, 1739,
            1769, 1809, 1845, 1873, 1899, 1926, 1945, 1982, 2016, 2047, 2077, 2106, 2139,
            2161, 2186, 2205, 2222, 2247, 2280, 2349, 2392, 2425, 2458, 2496, 2515, 2576,
            2607, 2634, 2649, 2687, 2718, 2747, 2778, 2802, 2823, 2850, 2877, 2907, 2935,
            2966, 2999, 3026, 3056, 3071, 3094, 3124, 3154, 3184, 3204, 3248, 3294, 3327,
            3354, 3384, 3418, 3450, 3479, 3508, 3535, 3566, 3598, 3614, 3626, 3652, 3680,
            3706, 3730, 3757, 3788, 3806, 3835, 3872, 3905, 3927, 3958, 3980, 4011, 4033,
            4066, 4101, 4129, 4163, 4194, 4222, 4277, 4332, 4375, 4411, 4454, 4499, 4544,
            4585, 4628, 4676, 4729, 4799, 4823, 4846, 4888, 4954, 4993, 5051, 5075, 5102,
            5124, 5152, 5188, 5226, 5266, 5300, 5332, 5361, 5397, 5427, 5469, 5506, 5546,
            5590, 5634, 5689, 5707, 5741, 5769, 5802, 5828, 5848, 5869, 5893, 5923, 5957,
            5999, 6034, 6059, 6092, 6129, 6174, 6208, 6230, 6250, 6279, 6301, 6342, 6377,
            6416, 6452, 6488, 6541, 6561, 6574, 6605, 6637, 6684, 6746, 6798, 6816, 6843,
            6865, 6887, 6913, 6947, 6974, 7001, 7026, 7060, 7087, 7106, 7135, 7171, 7227,
            7280, 7312, 7346, 7380, 7412, 7447, 7475, 7501, 7530, 7570, 7603, 7643, 7677,
            7713, 7744, 7777,
        ],
    };
    static STATUSES: [u16; 247] = [
        400, 400, 400, 404, 400, 404, 400, 400, 403, 404, 400, 403, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 403, 400, 400, 400, 400, 400, 400, 400, 400, 404,
        404, 404, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 403,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400,
        400, 404, 500, 400, 400, 400, 400, 400, 400, 400, 400, 403, 400, 400, 401, 400,
        400, 403, 403, 403, 403, 400, 400, 403, 400, 404, 400, 400, 404, 400, 400, 400,
        400, 500, 503, 400, 400, 400, 400, 400, 403, 400, 400, 400, 400, 400, 400, 400,
        400, 404, 400, 404, 404, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400,
        400, 401, 400, 400, 400, 404, 400, 404, 404, 400, 403, 400, 403, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 404,
        400, 400, 400, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403,
        403, 403, 403, 403, 403, 403, 404, 400, 403, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 403, 404, 400, 403, 403, 404, 400, 400, 403, 400, 400,
        400, 403, 400, 400, 403, 400, 400, 400, 400, 400, 400, 403, 400, 400, 500, 500,
        400, 403, 400, 400, 400, 400, 404, 404, 404, 404, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 403, 403,
    ];
    static STATUS_ENDS: [u32; 242] = [
        0, 1, 2, 3, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
        24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44,
        45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64,
        66, 67, 68, 69, 70, 71, 72, 73, 74, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86,
        87, 88, 89, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105,
        106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121,
        122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137,
        138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153,
        154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169,
        170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185,
        186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201,
        202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217,
        218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233,
        234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247,
    ];
    static RETRY: [::cloud_errors::Retry; 241] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 241] = ::cloud_errors::__private::category_column(
        b"ccceecgecgccccccccccgcccccccceeeccccccecccccgcccccccccecccccccmccccccccccpccggggccgcececcccmncccccgcccccccceceeccccccccecccpccceceecgcgcccccccccccccccccgccccccgggggccggcgggggccecgccccccccccccgecggeccgcccgccgccccccgccmmcgcccceeeecccccccccccgg",
    );
    static PILOTS: [u16; 61] = [
        1, 20, 4, 0, 25, 6, 24, 5, 28, 31, 87, 12, 0, 46, 79, 0, 0, 6, 106, 2, 19, 1, 3,
        4, 34, 8, 1, 0, 48, 7, 23, 95, 91, 39, 11, 0, 26, 24, 123, 5, 32, 33, 8, 37, 0,
        27, 35, 11, 38, 55, 67, 121, 3, 3, 5, 54, 30, 289, 40, 19, 87,
    ];
    static SLOTS: [(&str, u32); 267] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            14, 159, 97, 187, 61, 233, 96, 141, 80, 4294967295, 183, 179, 4294967295, 13,
            119, 9, 33, 4294967295, 190, 27, 134, 4294967295, 11, 201, 59, 100, 29, 236,
            136, 182, 87, 226, 36, 40, 15, 1, 107, 98, 86, 4294967295, 4294967295, 234,
            4294967295, 189, 207, 78, 212, 57, 41, 6, 216, 102, 151, 62, 162, 4294967295,
            72, 227, 22, 210, 26, 140, 173, 133, 239, 70, 4294967295, 53, 64, 4294967295,
            32, 4294967295, 0, 220, 51, 135, 126, 35, 198, 104, 4294967295, 215, 213,
            238, 54, 208, 197, 28, 225, 118, 42, 2, 178, 124, 43, 109, 170, 84, 164, 145,
            85, 154, 4294967295, 79, 114, 108, 224, 4294967295, 38, 24, 10, 37, 39, 195,
            192, 76, 235, 161, 111, 186, 146, 166, 165, 74, 71, 8, 175, 91, 217, 69,
            4294967295, 4294967295, 103, 123, 237, 200, 67, 184, 152, 157, 44, 45, 171,
            30, 180, 16, 176, 89, 147, 47, 228, 232, 149, 4294967295, 55, 174, 221, 122,
            193, 4, 77, 240, 58, 88, 93, 95, 130, 4294967295, 4294967295, 25, 3, 185, 5,
            199, 116, 4294967295, 115, 153, 20, 81, 90, 101, 112, 204, 202, 63,
            4294967295, 172, 23, 34, 4294967295, 105, 4294967295, 137, 129, 177, 99, 142,
            229, 4294967295, 60, 49, 127, 106, 56, 75, 219, 7, 230, 125, 17, 194, 211,
            222, 73, 156, 203, 31, 188, 83, 4294967295, 163, 19, 110, 18, 92, 48, 206,
            191, 214, 94, 181, 160, 150, 167, 205, 223, 66, 143, 12, 113, 4294967295,
            168, 82, 52, 117, 196, 65, 128, 68, 120, 148, 169, 131, 21, 121, 218, 132,
            144, 138, 139, 209, 155, 46, 50, 158, 231,
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
    const PROVIDER: &'static str = "Alibaba Cloud polardb";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud polardb's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud polardb: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
