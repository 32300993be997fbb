// @generated from catalogs/aws/rds.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS RDS: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsQuery`](cloud_errors::envelopes::AwsQuery) (`aws_query`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS RDS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthorizationAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Authorization already exists.
    AuthorizationAlreadyExists,
    /// `AuthorizationNotFound`: HTTP 404; retry: never; category: not_found.
    /// Authorization not found.
    AuthorizationNotFound,
    /// `AuthorizationQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Authorization quota exceeded.
    AuthorizationQuotaExceeded,
    /// `BackupPolicyNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Backup policy not found.
    BackupPolicyNotFoundFault,
    /// `BlueGreenDeploymentAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Blue green deployment already exists.
    BlueGreenDeploymentAlreadyExistsFault,
    /// `BlueGreenDeploymentNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Blue green deployment not found.
    BlueGreenDeploymentNotFoundFault,
    /// `CertificateNotFound`: HTTP 404; retry: never; category: not_found.
    /// Certificate not found.
    CertificateNotFound,
    /// `CreateCustomDBEngineVersionFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Create custom DB engine version.
    CreateCustomDbEngineVersionFault,
    /// `CustomAvailabilityZoneNotFound`: HTTP 404; retry: never; category: not_found.
    /// Custom availability zone not found.
    CustomAvailabilityZoneNotFound,
    /// `CustomDBEngineVersionAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Custom DB engine version already exists.
    CustomDbEngineVersionAlreadyExistsFault,
    /// `CustomDBEngineVersionNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Custom DB engine version not found.
    CustomDbEngineVersionNotFoundFault,
    /// `CustomDBEngineVersionQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Custom DB engine version quota exceeded.
    CustomDbEngineVersionQuotaExceededFault,
    /// `DBClusterAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// DB cluster already exists.
    DbClusterAlreadyExistsFault,
    /// `DBClusterAutomatedBackupNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// DB cluster automated backup not found.
    DbClusterAutomatedBackupNotFoundFault,
    /// `DBClusterAutomatedBackupQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// DB cluster automated backup quota exceeded.
    DbClusterAutomatedBackupQuotaExceededFault,
    /// `DBClusterBacktrackNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// DB cluster backtrack not found.
    DbClusterBacktrackNotFoundFault,
    /// `DBClusterEndpointAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// DB cluster endpoint already exists.
    DbClusterEndpointAlreadyExistsFault,
    /// `DBClusterEndpointNotFoundFault`: HTTP 400; retry: never; category: invalid_argument.
    /// DB cluster endpoint not found.
    DbClusterEndpointNotFoundFault,
    /// `DBClusterEndpointQuotaExceededFault`: HTTP 403; retry: never; category: permission_denied.
    /// DB cluster endpoint quota exceeded.
    DbClusterEndpointQuotaExceededFault,
    /// `DBClusterNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// DB cluster not found.
    DbClusterNotFoundFault,
    /// `DBClusterParameterGroupNotFound`: HTTP 404; retry: never; category: not_found.
    /// DB cluster parameter group not found.
    DbClusterParameterGroupNotFound,
    /// `DBClusterQuotaExceededFault`: HTTP 403; retry: never; category: permission_denied.
    /// DB cluster quota exceeded.
    DbClusterQuotaExceededFault,
    /// `DBClusterRoleAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// DB cluster role already exists.
    DbClusterRoleAlreadyExists,
    /// `DBClusterRoleNotFound`: HTTP 404; retry: never; category: not_found.
    /// DB cluster role not found.
    DbClusterRoleNotFound,
    /// `DBClusterRoleQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// DB cluster role quota exceeded.
    DbClusterRoleQuotaExceeded,
    /// `DBClusterSnapshotAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// DB cluster snapshot already exists.
    DbClusterSnapshotAlreadyExistsFault,
    /// `DBClusterSnapshotNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// DB cluster snapshot not found.
    DbClusterSnapshotNotFoundFault,
    /// `DBInstanceAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// DB instance already exists.
    DbInstanceAlreadyExists,
    /// `DBInstanceAutomatedBackupNotFound`: HTTP 404; retry: never; category: not_found.
    /// DB instance automated backup not found.
    DbInstanceAutomatedBackupNotFound,
    /// `DBInstanceAutomatedBackupQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// DB instance automated backup quota exceeded.
    DbInstanceAutomatedBackupQuotaExceeded,
    /// `DBInstanceNotFound`: HTTP 404; retry: never; category: not_found.
    /// DB instance not found.
    DbInstanceNotFound,
    /// `DBInstanceNotReady`: HTTP 503; retry: backoff; category: unavailable.
    /// DB instance not ready.
    DbInstanceNotReady,
    /// `DBInstanceRoleAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// DB instance role already exists.
    DbInstanceRoleAlreadyExists,
    /// `DBInstanceRoleNotFound`: HTTP 404; retry: never; category: not_found.
    /// DB instance role not found.
    DbInstanceRoleNotFound,
    /// `DBInstanceRoleQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// DB instance role quota exceeded.
    DbInstanceRoleQuotaExceeded,
    /// `DBLogFileNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// DB log file not found.
    DbLogFileNotFoundFault,
    /// `DBParameterGroupAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// DB parameter group already exists.
    DbParameterGroupAlreadyExists,
    /// `DBParameterGroupNotFound`: HTTP 404; retry: never; category: not_found.
    /// DB parameter group not found.
    DbParameterGroupNotFound,
    /// `DBParameterGroupQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// DB parameter group quota exceeded.
    DbParameterGroupQuotaExceeded,
    /// `DBProxyAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// DB proxy already exists.
    DbProxyAlreadyExistsFault,
    /// `DBProxyEndpointAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// DB proxy endpoint already exists.
    DbProxyEndpointAlreadyExistsFault,
    /// `DBProxyEndpointNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// DB proxy endpoint not found.
    DbProxyEndpointNotFoundFault,
    /// `DBProxyEndpointQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// DB proxy endpoint quota exceeded.
    DbProxyEndpointQuotaExceededFault,
    /// `DBProxyNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// DB proxy not found.
    DbProxyNotFoundFault,
    /// `DBProxyQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// DB proxy quota exceeded.
    DbProxyQuotaExceededFault,
    /// `DBProxyTargetAlreadyRegisteredFault`: HTTP 400; retry: never; category: invalid_argument.
    /// DB proxy target already registered.
    DbProxyTargetAlreadyRegisteredFault,
    /// `DBProxyTargetGroupNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// DB proxy target group not found.
    DbProxyTargetGroupNotFoundFault,
    /// `DBProxyTargetNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// DB proxy target not found.
    DbProxyTargetNotFoundFault,
    /// `DBSecurityGroupAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// DB security group already exists.
    DbSecurityGroupAlreadyExists,
    /// `DBSecurityGroupNotFound`: HTTP 404; retry: never; category: not_found.
    /// DB security group not found.
    DbSecurityGroupNotFound,
    /// `DBSecurityGroupNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// DB security group not supported.
    DbSecurityGroupNotSupported,
    /// `QuotaExceeded.DBSecurityGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Quota exceeded: DB security group.
    QuotaExceededDbSecurityGroup,
    /// `DBShardGroupAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// DB shard group already exists.
    DbShardGroupAlreadyExists,
    /// `DBShardGroupNotFound`: HTTP 404; retry: never; category: not_found.
    /// DB shard group not found.
    DbShardGroupNotFound,
    /// `DBSnapshotAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// DB snapshot already exists.
    DbSnapshotAlreadyExists,
    /// `DBSnapshotNotFound`: HTTP 404; retry: never; category: not_found.
    /// DB snapshot not found.
    DbSnapshotNotFound,
    /// `DBSnapshotTenantDatabaseNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// DB snapshot tenant database not found.
    DbSnapshotTenantDatabaseNotFoundFault,
    /// `DBSubnetGroupAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// DB subnet group already exists.
    DbSubnetGroupAlreadyExists,
    /// `DBSubnetGroupDoesNotCoverEnoughAZs`: HTTP 400; retry: never; category: invalid_argument.
    /// DB subnet group does not cover enough a zs.
    DbSubnetGroupDoesNotCoverEnoughAZs,
    /// `DBSubnetGroupNotAllowedFault`: HTTP 400; retry: never; category: invalid_argument.
    /// DB subnet group not allowed.
    DbSubnetGroupNotAllowedFault,
    /// `DBSubnetGroupNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// DB subnet group not found.
    DbSubnetGroupNotFoundFault,
    /// `DBSubnetGroupQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// DB subnet group quota exceeded.
    DbSubnetGroupQuotaExceeded,
    /// `DBSubnetQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// DB subnet quota exceeded.
    DbSubnetQuotaExceededFault,
    /// `DBUpgradeDependencyFailure`: HTTP 400; retry: never; category: invalid_argument.
    /// DB upgrade dependency failure.
    DbUpgradeDependencyFailure,
    /// `DomainNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Domain not found.
    DomainNotFoundFault,
    /// `Ec2ImagePropertiesNotSupportedFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Ec2 image properties not supported.
    Ec2ImagePropertiesNotSupportedFault,
    /// `EventSubscriptionQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Event subscription quota exceeded.
    EventSubscriptionQuotaExceeded,
    /// `ExportTaskAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Export task already exists.
    ExportTaskAlreadyExists,
    /// `ExportTaskNotFound`: HTTP 404; retry: never; category: not_found.
    /// Export task not found.
    ExportTaskNotFound,
    /// `GlobalClusterAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Global cluster already exists.
    GlobalClusterAlreadyExistsFault,
    /// `GlobalClusterNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Global cluster not found.
    GlobalClusterNotFoundFault,
    /// `GlobalClusterQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Global cluster quota exceeded.
    GlobalClusterQuotaExceededFault,
    /// `IamRoleMissingPermissions`: HTTP 400; retry: never; category: invalid_argument.
    /// Iam role missing permissions.
    IamRoleMissingPermissions,
    /// `IamRoleNotFound`: HTTP 404; retry: never; category: not_found.
    /// Iam role not found.
    IamRoleNotFound,
    /// `InstanceQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance quota exceeded.
    InstanceQuotaExceeded,
    /// `InsufficientAvailableIPsInSubnetFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient available i ps in subnet.
    InsufficientAvailableIPsInSubnetFault,
    /// `InsufficientDBClusterCapacityFault`: HTTP 403; retry: never; category: permission_denied.
    /// Insufficient DB cluster capacity.
    InsufficientDbClusterCapacityFault,
    /// `InsufficientDBInstanceCapacity`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient DB instance capacity.
    InsufficientDbInstanceCapacity,
    /// `InsufficientStorageClusterCapacity`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient storage cluster capacity.
    InsufficientStorageClusterCapacity,
    /// `IntegrationAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Integration already exists.
    IntegrationAlreadyExistsFault,
    /// `IntegrationConflictOperationFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Integration conflict operation.
    IntegrationConflictOperationFault,
    /// `IntegrationNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Integration not found.
    IntegrationNotFoundFault,
    /// `IntegrationQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Integration quota exceeded.
    IntegrationQuotaExceededFault,
    /// `InvalidBlueGreenDeploymentStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid blue green deployment state.
    InvalidBlueGreenDeploymentStateFault,
    /// `InvalidCustomDBEngineVersionStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid custom DB engine version state.
    InvalidCustomDbEngineVersionStateFault,
    /// `InvalidDBClusterAutomatedBackupStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB cluster automated backup state.
    InvalidDbClusterAutomatedBackupStateFault,
    /// `InvalidDBClusterCapacityFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB cluster capacity.
    InvalidDbClusterCapacityFault,
    /// `InvalidDBClusterEndpointStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB cluster endpoint state.
    InvalidDbClusterEndpointStateFault,
    /// `InvalidDBClusterSnapshotStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB cluster snapshot state.
    InvalidDbClusterSnapshotStateFault,
    /// `InvalidDBClusterStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB cluster state.
    InvalidDbClusterStateFault,
    /// `InvalidDBInstanceAutomatedBackupState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance automated backup state.
    InvalidDbInstanceAutomatedBackupState,
    /// `InvalidDBInstanceState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance state.
    InvalidDbInstanceState,
    /// `InvalidDBParameterGroupState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB parameter group state.
    InvalidDbParameterGroupState,
    /// `InvalidDBProxyEndpointStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB proxy endpoint state.
    InvalidDbProxyEndpointStateFault,
    /// `InvalidDBProxyStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB proxy state.
    InvalidDbProxyStateFault,
    /// `InvalidDBSecurityGroupState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB security group state.
    InvalidDbSecurityGroupState,
    /// `InvalidDBShardGroupState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB shard group state.
    InvalidDbShardGroupState,
    /// `InvalidDBSnapshotState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB snapshot state.
    InvalidDbSnapshotState,
    /// `InvalidDBSubnetGroupFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB subnet group.
    InvalidDbSubnetGroupFault,
    /// `InvalidDBSubnetGroupStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB subnet group state.
    InvalidDbSubnetGroupStateFault,
    /// `InvalidDBSubnetStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB subnet state.
    InvalidDbSubnetStateFault,
    /// `InvalidEventSubscriptionState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid event subscription state.
    InvalidEventSubscriptionState,
    /// `InvalidExportOnly`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid export only.
    InvalidExportOnly,
    /// `InvalidExportSourceState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid export source state.
    InvalidExportSourceState,
    /// `InvalidExportTaskStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid export task state.
    InvalidExportTaskStateFault,
    /// `InvalidGlobalClusterStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid global cluster state.
    InvalidGlobalClusterStateFault,
    /// `InvalidIntegrationStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid integration state.
    InvalidIntegrationStateFault,
    /// `InvalidOptionGroupStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid option group state.
    InvalidOptionGroupStateFault,
    /// `InvalidResourceStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource state.
    InvalidResourceStateFault,
    /// `InvalidRestoreFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid restore.
    InvalidRestoreFault,
    /// `InvalidS3BucketFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid s3 bucket.
    InvalidS3BucketFault,
    /// `InvalidSubnet`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid subnet.
    InvalidSubnet,
    /// `InvalidVPCNetworkStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid VPC network state.
    InvalidVpcNetworkStateFault,
    /// `KMSKeyNotAccessibleFault`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS key not accessible.
    KmsKeyNotAccessibleFault,
    /// `MaxDBShardGroupLimitReached`: HTTP 400; retry: never; category: invalid_argument.
    /// Max DB shard group limit reached.
    MaxDbShardGroupLimitReached,
    /// `NetworkTypeNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Network type not supported.
    NetworkTypeNotSupported,
    /// `OptionGroupAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Option group already exists.
    OptionGroupAlreadyExistsFault,
    /// `OptionGroupNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Option group not found.
    OptionGroupNotFoundFault,
    /// `OptionGroupQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Option group quota exceeded.
    OptionGroupQuotaExceededFault,
    /// `PointInTimeRestoreNotEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Point in time restore not enabled.
    PointInTimeRestoreNotEnabled,
    /// `ProvisionedIopsNotAvailableInAZFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Provisioned iops not available in AZ.
    ProvisionedIopsNotAvailableInAzFault,
    /// `ReservedDBInstanceAlreadyExists`: HTTP 404; retry: never; category: not_found.
    /// Reserved DB instance already exists.
    ReservedDbInstanceAlreadyExists,
    /// `ReservedDBInstanceNotFound`: HTTP 404; retry: never; category: not_found.
    /// Reserved DB instance not found.
    ReservedDbInstanceNotFound,
    /// `ReservedDBInstanceQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Reserved DB instance quota exceeded.
    ReservedDbInstanceQuotaExceeded,
    /// `ReservedDBInstancesOfferingNotFound`: HTTP 404; retry: never; category: not_found.
    /// Reserved DB instances offering not found.
    ReservedDbInstancesOfferingNotFound,
    /// `ResourceNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundFault,
    /// `SNSInvalidTopic`: HTTP 400; retry: never; category: invalid_argument.
    /// SNS invalid topic.
    SnsInvalidTopic,
    /// `SNSNoAuthorization`: HTTP 400; retry: never; category: invalid_argument.
    /// SNS no authorization.
    SnsNoAuthorization,
    /// `SNSTopicArnNotFound`: HTTP 404; retry: never; category: not_found.
    /// SNS topic arn not found.
    SnsTopicArnNotFound,
    /// `SharedSnapshotQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Shared snapshot quota exceeded.
    SharedSnapshotQuotaExceeded,
    /// `SnapshotQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Snapshot quota exceeded.
    SnapshotQuotaExceeded,
    /// `SourceClusterNotSupportedFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Source cluster not supported.
    SourceClusterNotSupportedFault,
    /// `SourceDatabaseNotSupportedFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Source database not supported.
    SourceDatabaseNotSupportedFault,
    /// `SourceNotFound`: HTTP 404; retry: never; category: not_found.
    /// Source not found.
    SourceNotFound,
    /// `StorageQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Storage quota exceeded.
    StorageQuotaExceeded,
    /// `StorageTypeNotAvailableFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Storage type not available.
    StorageTypeNotAvailableFault,
    /// `StorageTypeNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Storage type not supported.
    StorageTypeNotSupported,
    /// `SubnetAlreadyInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Subnet already in use.
    SubnetAlreadyInUse,
    /// `SubscriptionAlreadyExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Subscription already exist.
    SubscriptionAlreadyExist,
    /// `SubscriptionCategoryNotFound`: HTTP 404; retry: never; category: not_found.
    /// Subscription category not found.
    SubscriptionCategoryNotFound,
    /// `SubscriptionNotFound`: HTTP 404; retry: never; category: not_found.
    /// Subscription not found.
    SubscriptionNotFound,
    /// `TenantDatabaseAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Tenant database already exists.
    TenantDatabaseAlreadyExists,
    /// `TenantDatabaseNotFound`: HTTP 404; retry: never; category: not_found.
    /// Tenant database not found.
    TenantDatabaseNotFound,
    /// `TenantDatabaseQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Tenant database quota exceeded.
    TenantDatabaseQuotaExceeded,
    /// `UnsupportedDBEngineVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported DB engine version.
    UnsupportedDbEngineVersion,
    /// `BranchAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Branch already exists.
    BranchAlreadyExists,
    /// `BranchNotFound`: HTTP 404; retry: never; category: not_found.
    /// Branch not found.
    BranchNotFound,
    /// `BranchQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Branch quota exceeded.
    BranchQuotaExceeded,
    /// `DBCapacityReservationAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// DB capacity reservation already exists.
    DbCapacityReservationAlreadyExists,
    /// `DBCapacityReservationNotFound`: HTTP 404; retry: never; category: not_found.
    /// DB capacity reservation not found.
    DbCapacityReservationNotFound,
    /// `DBCapacityReservationUnsupported`: HTTP 400; retry: never; category: invalid_argument.
    /// DB capacity reservation unsupported.
    DbCapacityReservationUnsupported,
    /// `DBClusterGroupAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// DB cluster group already exists.
    DbClusterGroupAlreadyExists,
    /// `DBClusterGroupAutomatedBackupNotFound`: HTTP 404; retry: never; category: not_found.
    /// DB cluster group automated backup not found.
    DbClusterGroupAutomatedBackupNotFound,
    /// `DBClusterGroupMemberQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// DB cluster group member quota exceeded.
    DbClusterGroupMemberQuotaExceeded,
    /// `DBClusterGroupNotFound`: HTTP 404; retry: never; category: not_found.
    /// DB cluster group not found.
    DbClusterGroupNotFound,
    /// `DBClusterGroupQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// DB cluster group quota exceeded.
    DbClusterGroupQuotaExceeded,
    /// `DBClusterGroupSnapshotAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// DB cluster group snapshot already exists.
    DbClusterGroupSnapshotAlreadyExists,
    /// `DBClusterGroupSnapshotNotFound`: HTTP 404; retry: never; category: not_found.
    /// DB cluster group snapshot not found.
    DbClusterGroupSnapshotNotFound,
    /// `DBClusterGroupSnapshotQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// DB cluster group snapshot quota exceeded.
    DbClusterGroupSnapshotQuotaExceeded,
    /// `DBClusterSnapshotDataGroupNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// DB cluster snapshot data group not found.
    DbClusterSnapshotDataGroupNotFoundFault,
    /// `DataGroupEndpointAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Data group endpoint already exists.
    DataGroupEndpointAlreadyExistsFault,
    /// `DataGroupEndpointNameRequiredFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Data group endpoint name required.
    DataGroupEndpointNameRequiredFault,
    /// `DataGroupEndpointQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Data group endpoint quota exceeded.
    DataGroupEndpointQuotaExceededFault,
    /// `DataGroupNameInUseFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Data group name in use.
    DataGroupNameInUseFault,
    /// `DataGroupNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Data group not found.
    DataGroupNotFoundFault,
    /// `DataGroupQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Data group quota exceeded.
    DataGroupQuotaExceededFault,
    /// `DataGroupRestoreWindowNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Data group restore window not found.
    DataGroupRestoreWindowNotFoundFault,
    /// `InsufficientCapacity`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient capacity.
    InsufficientCapacity,
    /// `InvalidBranchSource`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid branch source.
    InvalidBranchSource,
    /// `InvalidBranchState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid branch state.
    InvalidBranchState,
    /// `InvalidDBCapacityReservationState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB capacity reservation state.
    InvalidDbCapacityReservationState,
    /// `InvalidDBClusterGroupAutomatedBackupState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB cluster group automated backup state.
    InvalidDbClusterGroupAutomatedBackupState,
    /// `InvalidDBClusterGroupSnapshotState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB cluster group snapshot state.
    InvalidDbClusterGroupSnapshotState,
    /// `InvalidDBClusterGroupState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB cluster group state.
    InvalidDbClusterGroupState,
    /// `InvalidDataGroupStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid data group state.
    InvalidDataGroupStateFault,
    /// `VpcEncryptionControlViolationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpc encryption control violation.
    VpcEncryptionControlViolationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 176] = [
        "AuthorizationAlreadyExists",
        "AuthorizationNotFound",
        "AuthorizationQuotaExceeded",
        "BackupPolicyNotFoundFault",
        "BlueGreenDeploymentAlreadyExistsFault",
        "BlueGreenDeploymentNotFoundFault",
        "CertificateNotFound",
        "CreateCustomDBEngineVersionFault",
        "CustomAvailabilityZoneNotFound",
        "CustomDBEngineVersionAlreadyExistsFault",
        "CustomDBEngineVersionNotFoundFault",
        "CustomDBEngineVersionQuotaExceededFault",
        "DBClusterAlreadyExistsFault",
        "DBClusterAutomatedBackupNotFoundFault",
        "DBClusterAutomatedBackupQuotaExceededFault",
        "DBClusterBacktrackNotFoundFault",
        "DBClusterEndpointAlreadyExistsFault",
        "DBClusterEndpointNotFoundFault",
        "DBClusterEndpointQuotaExceededFault",
        "DBClusterNotFoundFault",
        "DBClusterParameterGroupNotFound",
        "DBClusterQuotaExceededFault",
        "DBClusterRoleAlreadyExists",
        "DBClusterRoleNotFound",
        "DBClusterRoleQuotaExceeded",
        "DBClusterSnapshotAlreadyExistsFault",
        "DBClusterSnapshotNotFoundFault",
        "DBInstanceAlreadyExists",
        "DBInstanceAutomatedBackupNotFound",
        "DBInstanceAutomatedBackupQuotaExceeded",
        "DBInstanceNotFound",
        "DBInstanceNotReady",
        "DBInstanceRoleAlreadyExists",
        "DBInstanceRoleNotFound",
        "DBInstanceRoleQuotaExceeded",
        "DBLogFileNotFoundFault",
        "DBParameterGroupAlreadyExists",
        "DBParameterGroupNotFound",
        "DBParameterGroupQuotaExceeded",
        "DBProxyAlreadyExistsFault",
        "DBProxyEndpointAlreadyExistsFault",
        "DBProxyEndpointNotFoundFault",
        "DBProxyEndpointQuotaExceededFault",
        "DBProxyNotFoundFault",
        "DBProxyQuotaExceededFault",
        "DBProxyTargetAlreadyRegisteredFault",
        "DBProxyTargetGroupNotFoundFault",
        "DBProxyTargetNotFoundFault",
        "DBSecurityGroupAlreadyExists",
        "DBSecurityGroupNotFound",
        "DBSecurityGroupNotSupported",
        "QuotaExceeded.DBSecurityGroup",
        "DBShardGroupAlreadyExists",
        "DBShardGroupNotFound",
        "DBSnapshotAlreadyExists",
        "DBSnapshotNotFound",
        "DBSnapshotTenantDatabaseNotFoundFault",
        "DBSubnetGroupAlreadyExists",
        "DBSubnetGroupDoesNotCoverEnoughAZs",
        "DBSubnetGroupNotAllowedFault",
        "DBSubnetGroupNotFoundFault",
        "DBSubnetGroupQuotaExceeded",
        "DBSubnetQuotaExceededFault",
        "DBUpgradeDependencyFailure",
        "DomainNotFoundFault",
        "Ec2ImagePropertiesNotSupportedFault",
        "EventSubscriptionQuotaExceeded",
        "ExportTaskAlreadyExists",
        "ExportTaskNotFound",
        "GlobalClusterAlreadyExistsFault",
        "GlobalClusterNotFoundFault",
        "GlobalClusterQuotaExceededFault",
        "IamRoleMissingPermissions",
        "IamRoleNotFound",
        "InstanceQuotaExceeded",
        "InsufficientAvailableIPsInSubnetFault",
        "InsufficientDBClusterCapacityFault",
        "InsufficientDBInstanceCapacity",
        "InsufficientStorageClusterCapacity",
        "IntegrationAlreadyExistsFault",
        "IntegrationConflictOperationFault",
        "IntegrationNotFoundFault",
        "IntegrationQuotaExceededFault",
        "InvalidBlueGreenDeploymentStateFault",
        "InvalidCustomDBEngineVersionStateFault",
        "InvalidDBClusterAutomatedBackupStateFault",
        "InvalidDBClusterCapacityFault",
        "InvalidDBClusterEndpointStateFault",
        "InvalidDBClusterSnapshotStateFault",
        "InvalidDBClusterStateFault",
        "InvalidDBInstanceAutomatedBackupState",
        "InvalidDBInstanceState",
        "InvalidDBParameterGroupState",
        "InvalidDBProxyEndpointStateFault",
        "InvalidDBProxyStateFault",
        "InvalidDBSecurityGroupState",
        "InvalidDBShardGroupState",
        "InvalidDBSnapshotState",
        "InvalidDBSubnetGroupFault",
        "InvalidDBSubnetGroupStateFault",
        "InvalidDBSubnetStateFault",
        "InvalidEventSubscriptionState",
        "InvalidExportOnly",
        "InvalidExportSourceState",
        "InvalidExportTaskStateFault",
        "InvalidGlobalClusterStateFault",
        "InvalidIntegrationStateFault",
        "InvalidOptionGroupStateFault",
        "InvalidResourceStateFault",
        "InvalidRestoreFault",
        "InvalidS3BucketFault",
        "InvalidSubnet",
        "InvalidVPCNetworkStateFault",
        "KMSKeyNotAccessibleFault",
        "MaxDBShardGroupLimitReached",
        "NetworkTypeNotSupported",
        "OptionGroupAlreadyExistsFault",
        "OptionGroupNotFoundFault",
        "OptionGroupQuotaExceededFault",
        "PointInTimeRestoreNotEnabled",
        "ProvisionedIopsNotAvailableInAZFault",
        "ReservedDBInstanceAlreadyExists",
        "ReservedDBInstanceNotFound",
        "ReservedDBInstanceQuotaExceeded",
        "ReservedDBInstancesOfferingNotFound",
        "ResourceNotFoundFault",
        "SNSInvalidTopic",
        "SNSNoAuthorization",
        "SNSTopicArnNotFound",
        "SharedSnapshotQuotaExceeded",
        "SnapshotQuotaExceeded",
        "SourceClusterNotSupportedFault",
        "SourceDatabaseNotSupportedFault",
        "SourceNotFound",
        "StorageQuotaExceeded",
        "StorageTypeNotAvailableFault",
        "StorageTypeNotSupported",
        "SubnetAlreadyInUse",
        "SubscriptionAlreadyExist",
        "SubscriptionCategoryNotFound",
        "SubscriptionNotFound",
        "TenantDatabaseAlreadyExists",
        "TenantDatabaseNotFound",
        "TenantDatabaseQuotaExceeded",
        "UnsupportedDBEngineVersion",
        "BranchAlreadyExists",
        "BranchNotFound",
        "BranchQuotaExceeded",
        "DBCapacityReservationAlreadyExists",
        "DBCapacityReservationNotFound",
        "DBCapacityReservationUnsupported",
        "DBClusterGroupAlreadyExists",
        "DBClusterGroupAutomatedBackupNotFound",
        "DBClusterGroupMemberQuotaExceeded",
        "DBClusterGroupNotFound",
        "DBClusterGroupQuotaExceeded",
        "DBClusterGroupSnapshotAlreadyExists",
        "DBClusterGroupSnapshotNotFound",
        "DBClusterGroupSnapshotQuotaExceeded",
        "DBClusterSnapshotDataGroupNotFoundFault",
        "DataGroupEndpointAlreadyExistsFault",
        "DataGroupEndpointNameRequiredFault",
        "DataGroupEndpointQuotaExceededFault",
        "DataGroupNameInUseFault",
        "DataGroupNotFoundFault",
        "DataGroupQuotaExceededFault",
        "DataGroupRestoreWindowNotFoundFault",
        "InsufficientCapacity",
        "InvalidBranchSource",
        "InvalidBranchState",
        "InvalidDBCapacityReservationState",
        "InvalidDBClusterGroupAutomatedBackupState",
        "InvalidDBClusterGroupSnapshotState",
        "InvalidDBClusterGroupState",
        "InvalidDataGroupStateFault",
        "VpcEncryptionControlViolationException",
    ];
    static NAME_CODES: [u32; 103] = [
        7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
        29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48,
        49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 76, 77, 84, 85, 86,
        87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 112, 113, 114, 120, 121,
        122, 123, 124, 126, 127, 128, 144, 148, 149, 150, 151, 152, 153, 154, 155, 156,
        157, 158, 159, 170, 171, 172, 173,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "CreateCustomDbEngineVersionFaultCustomDbEngineVersionAlreadyExistsFaultCustomDbEngineVersionNotFoundFaultCustomDbEngineVersionQuotaExceededFaultDbClusterAlreadyExistsFaultDbClusterAutomatedBackupNotFoundFaultDbClusterAutomatedBackupQuotaExceededFaultDbClusterBacktrackNotFoundFaultDbClusterEndpointAlreadyExistsFaultDbClusterEndpointNotFoundFaultDbClusterEndpointQuotaExceededFaultDbClusterNotFoundFaultDbClusterParameterGroupNotFoundDbClusterQuotaExceededFaultDbClusterRoleAlreadyExistsDbClusterRoleNotFoundDbClusterRoleQuotaExceededDbClusterSnapshotAlreadyExistsFaultDbClusterSnapshotNotFoundFaultDbInstanceAlreadyExistsDbInstanceAutomatedBackupNotFoundDbInstanceAutomatedBackupQuotaExceededDbInstanceNotFoundDbInstanceNotReadyDbInstanceRoleAlreadyExistsDbInstanceRoleNotFoundDbInstanceRoleQuotaExceededDbLogFileNotFoundFaultDbParameterGroupAlreadyExistsDbParameterGroupNotFoundDbParameterGroupQuotaExceededDbProxyAlreadyExistsFaultDbProxyEndpointAlreadyExistsFaultDbProxyEndpointNotFoundFaultDbProxyEndpointQuotaExceededFaultDbProxyNotFoundFaultDbProxyQuotaExceededFaultDbProxyTargetAlreadyRegisteredFaultDbProxyTargetGroupNotFoundFaultDbProxyTargetNotFoundFaultDbSecurityGroupAlreadyExistsDbSecurityGroupNotFoundDbSecurityGroupNotSupportedQuotaExceededDbSecurityGroupDbShardGroupAlreadyExistsDbShardGroupNotFoundDbSnapshotAlreadyExistsDbSnapshotNotFoundDbSnapshotTenantDatabaseNotFoundFaultDbSubnetGroupAlreadyExistsDbSubnetGroupDoesNotCoverEnoughAZsDbSubnetGroupNotAllowedFaultDbSubnetGroupNotFoundFaultDbSubnetGroupQuotaExceededDbSubnetQuotaExceededFaultDbUpgradeDependencyFailureInsufficientDbClusterCapacityFaultInsufficientDbInstanceCapacityInvalidCustomDbEngineVersionStateFaultInvalidDbClusterAutomatedBackupStateFaultInvalidDbClusterCapacityFaultInvalidDbClusterEndpointStateFaultInvalidDbClusterSnapshotStateFaultInvalidDbClusterStateFaultInvalidDbInstanceAutomatedBackupStateInvalidDbInstanceStateInvalidDbParameterGroupStateInvalidDbProxyEndpointStateFaultInvalidDbProxyStateFaultInvalidDbSecurityGroupStateInvalidDbShardGroupStateInvalidDbSnapshotStateInvalidDbSubnetGroupFaultInvalidDbSubnetGroupStateFaultInvalidDbSubnetStateFaultInvalidVpcNetworkStateFaultKmsKeyNotAccessibleFaultMaxDbShardGroupLimitReachedProvisionedIopsNotAvailableInAzFaultReservedDbInstanceAlreadyExistsReservedDbInstanceNotFoundReservedDbInstanceQuotaExceededReservedDbInstancesOfferingNotFoundSnsInvalidTopicSnsNoAuthorizationSnsTopicArnNotFoundUnsupportedDbEngineVersionDbCapacityReservationAlreadyExistsDbCapacityReservationNotFoundDbCapacityReservationUnsupportedDbClusterGroupAlreadyExistsDbClusterGroupAutomatedBackupNotFoundDbClusterGroupMemberQuotaExceededDbClusterGroupNotFoundDbClusterGroupQuotaExceededDbClusterGroupSnapshotAlreadyExistsDbClusterGroupSnapshotNotFoundDbClusterGroupSnapshotQuotaExceededDbClusterSnapshotDataGroupNotFoundFaultInvalidDbCapacityReservationStateInvalidDbClusterGroupAutomatedBackupStateInvalidDbClusterGroupSnapshotStateInvalidDbClusterGroupState",
        ends: &[
            0, 32, 71, 105, 144, 171, 208, 250, 281, 316, 346, 381, 403, 434, 461, 487,
            508, 534, 569, 599, 622, 655, 693, 711, 729, 756, 778, 805, 827, 856, 880,
            909, 934, 967, 995, 1028, 1048, 1073, 1108, 1139, 1165, 1193, 1216, 1243,
            1271, 1296, 1316, 1339, 1357, 1394, 1420, 1454, 1482, 1508, 1534, 1560, 1586,
            1620, 1650, 1688, 1729, 1758, 1792, 1826, 1852, 1889, 1911, 1939, 1971, 1995,
            2022, 2046, 2068, 2093, 2123, 2148, 2175, 2199, 2226, 2262, 2293, 2319, 2350,
            2385, 2400, 2418, 2437, 2463, 2497, 2526, 2558, 2585, 2622, 2655, 2677, 2704,
            2739, 2769, 2804, 2843, 2876, 2917, 2951, 2977,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authorization already exists.Authorization not found.Authorization quota exceeded.Backup policy not found.Blue green deployment already exists.Blue green deployment not found.Certificate not found.Create custom DB engine version.Custom availability zone not found.Custom DB engine version already exists.Custom DB engine version not found.Custom DB engine version quota exceeded.DB cluster already exists.DB cluster automated backup not found.DB cluster automated backup quota exceeded.DB cluster backtrack not found.DB cluster endpoint already exists.DB cluster endpoint not found.DB cluster endpoint quota exceeded.DB cluster not found.DB cluster parameter group not found.DB cluster quota exceeded.DB cluster role already exists.DB cluster role not found.DB cluster role quota exceeded.DB cluster snapshot already exists.DB cluster snapshot not found.DB instance already exists.DB instance automated backup not found.DB instance automated backup quota exceeded.DB instance not found.DB instance not ready.DB instance role already exists.DB instance role not found.DB instance role quota exceeded.DB log file not found.DB parameter group already exists.DB parameter group not found.DB parameter group quota exceeded.DB proxy already exists.DB proxy endpoint already exists.DB proxy endpoint not found.DB proxy endpoint quota exceeded.DB proxy not found.DB proxy quota exceeded.DB proxy target already registered.DB proxy target group not found.DB proxy target not found.DB security group already exists.DB security group not found.DB security group not supported.Quota exceeded: DB security group.DB shard group already exists.DB shard group not found.DB snapshot already exists.DB snapshot not found.DB snapshot tenant database not found.DB subnet group already exists.DB subnet group does not cover enough a zs.DB subnet group not allowed.DB subnet group not found.DB subnet group quota exceeded.DB subnet quota exceeded.DB upgrade dependency failure.Domain not found.Ec2 image properties not supported.Event subscription quota exceeded.Export task already exists.Export task not found.Global cluster already exists.Global cluster not found.Global cluster quota exceeded.Iam role missing permissions.Iam role not found.Instance quota exceeded.Insufficient available i ps in subnet.Insufficient DB cluster capacity.Insufficient DB instance capacity.Insufficient storage cluster capacity.Integration already exists.Integration conflict operation.Integration not found.Integration quota exceeded.Invalid blue green deployment state.Invalid custom DB engine version state.Invalid DB cluster automated backup state.Invalid DB cluster capacity.Invalid DB cluster endpoint state.Invalid DB cluster snapshot state.Invalid DB cluster state.Invalid DB instance automated backup state.Invalid DB instance state.Invalid DB parameter group state.Invalid DB proxy endpoint state.Invalid DB proxy state.Invalid DB security group state.Invalid DB shard group state.Invalid DB snapshot state.Invalid DB subnet group.Invalid DB subnet group state.Invalid DB subnet state.Invalid event subscription state.Invalid export only.Invalid export source state.Invalid export task state.Invalid global cluster state.Invalid integration state.Invalid option group state.Invalid resource state.Invalid restore.Invalid s3 bucket.Invalid subnet.Invalid VPC network state.KMS key not accessible.Max DB shard group limit reached.Network type not supported.Option group already exists.Option group not found.Option group quota exceeded.Point in time restore not enabled.Provisioned iops not available in AZ.Reserved DB instance already exists.Reserved DB instance not found.Reserved DB instance quota exceeded.Reserved DB instances offering not found.Resource not found.SNS invalid topic.SNS no authorization.SNS topic arn not found.Shared snapshot quota exceeded.Snapshot quota exceeded.Source cluster not supported.Source database not supported.Source not found.Storage quota exceeded.Storage type not available.Storage type not supported.Subnet already in use.Subscription already exist.Subscription category not found.Subscription not found.Tenant database already exists.Tenant database not found.Tenant database quota exceeded.Unsupported DB engine version.Branch already exists.Branch not found.Branch quota exceeded.DB capacity reservation already exists.DB capacity reservation not found.DB capacity reservation unsupported.DB cluster group already exists.DB cluster group automated backup not found.DB cluster group member quota exceeded.DB cluster group not found.DB cluster group quota exceeded.DB cluster group snapshot already exists.DB cluster group snapshot not found.DB cluster group snapshot quota exceeded.DB cluster snapshot data group not found.Data group endpoint already exists.Data group endpoint name required.Data group endpoint quota exceeded.Data group name in use.Data group not found.Data group quota exceeded.Data group restore window not found.Insufficient capacity.Invalid branch source.Invalid branch state.Invalid DB capacity reservation state.Invalid DB cluster group automated backup state.Invalid DB cluster group snapshot state.Invalid DB cluster group state.Invalid data group state.Vpc encryption control violation.",
        ends: &[
            0, 29, 53, 82, 106, 143, 175, 197, 229, 264, 304, 339, 379, 405, 443, 486,
            517, 552, 582, 617, 638, 675, 701, 732, 758, 789, 824, 854, 881, 920, 964,
            986, 1008, 1040, 1067, 1099, 1121, 1155, 1184, 1218, 1242, 1275, 1303, 1336,
            1355, 1379, 1414, 1446, 1472, 1505, 1533, 1565, 1599, 1629, 1654, 1681, 1703,
            1741, 1772, 1815, 1843, 1869, 1900, 1925, 1955, 1972, 2007, 2041, 2068, 2090,
            2120, 2145, 2175, 2204, 2223, 2247, 2285, 2318, 2352, 2390, 2417, 2448, 2470,
            2497, 2533, 2572, 2614, 2642, 2676, 2710, 2735, 2778, 2804, 2837, 2869, 2892,
            2924, 2953, 2979, 3003, 3033, 3057, 3090, 3110, 3138, 3164, 3193, 3219, 3246,
            3269, 3285, 3303, 3318, 3344, 3367, 3400, 3427, 3455, 3478, 3506, 3540, 3577,
            3613, 3644, 3680, 3721, 3740, 3758, 3779, 3803, 3834, 3858, 3887, 3917, 3934,
            3957, 3984, 4011, 4033, 4060, 4092, 4115, 4146, 4172, 4203, 4233, 4255, 4272,
            4294, 4333, 4367, 4403, 4435, 4479, 4518, 4545, 4577, 4618, 4654, 4695, 4736,
            4771, 4805, 4840, 4863, 4884, 4910, 4946, 4968, 4990, 5011, 5049, 5097, 5137,
            5168, 5193, 5226,
        ],
    };
    static STATUSES: [u16; 176] = [
        400, 404, 400, 404, 400, 404, 404, 400, 404, 400, 404, 400, 400, 404, 400, 404,
        400, 400, 403, 404, 404, 403, 400, 404, 400, 400, 404, 400, 404, 400, 404, 503,
        400, 404, 400, 404, 400, 404, 400, 400, 400, 404, 400, 404, 400, 400, 404, 404,
        400, 404, 400, 400, 400, 404, 400, 404, 404, 400, 400, 400, 404, 400, 400, 400,
        404, 400, 400, 400, 404, 400, 404, 400, 400, 404, 400, 400, 403, 400, 400, 400,
        400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 404, 400, 400, 400, 404, 404, 400, 404, 404, 400, 400,
        404, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 404, 404, 400, 404, 400,
        400, 400, 404, 400, 400, 404, 400, 400, 404, 400, 404, 400, 400, 404, 400, 404,
        400, 400, 400, 400, 404, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 177] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
        63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
        83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101,
        102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117,
        118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133,
        134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149,
        150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165,
        166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176,
    ];
    static RETRY: [::cloud_errors::Retry; 176] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 176] = ::cloud_errors::__private::category_column(
        b"cececeecececcececcgeegceccececencecececccececceececcceceecccecccecccececceccgcccceccccccccccccccccccccccccccccccccccceccceeceeccecccceccccceececccecceccececcececcccececcccccccc",
    );
    static PILOTS: [u16; 44] = [
        0, 5, 5, 6, 1, 7, 2, 35, 0, 40, 24, 0, 35, 6, 21, 11, 51, 6, 0, 47, 49, 21, 5,
        30, 69, 60, 0, 23, 29, 93, 1, 63, 8, 1, 4, 16, 43, 28, 139, 88, 105, 11, 937, 0,
    ];
    static SLOTS: [(&str, u32); 195] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            83, 116, 13, 168, 119, 157, 19, 27, 38, 141, 80, 62, 146, 87, 4294967295,
            112, 172, 81, 56, 158, 94, 170, 107, 135, 159, 20, 130, 15, 121, 113,
            4294967295, 106, 163, 165, 173, 49, 8, 12, 25, 4294967295, 31, 103, 47, 117,
            175, 10, 63, 92, 142, 169, 29, 122, 136, 4294967295, 96, 4294967295, 0, 52,
            74, 4294967295, 75, 153, 148, 45, 91, 59, 155, 32, 69, 18, 85, 144, 166, 79,
            23, 82, 95, 39, 34, 4294967295, 145, 101, 90, 11, 4294967295, 139,
            4294967295, 1, 124, 100, 17, 161, 109, 123, 4294967295, 151, 97, 68, 89, 150,
            51, 102, 42, 4294967295, 28, 36, 41, 46, 77, 44, 4294967295, 160, 171, 48,
            60, 57, 120, 70, 134, 61, 140, 143, 72, 78, 174, 66, 4294967295, 37, 53, 164,
            65, 133, 86, 2, 7, 154, 54, 4294967295, 149, 167, 35, 4294967295, 105, 132,
            84, 16, 43, 4294967295, 93, 24, 104, 6, 4294967295, 33, 67, 98, 128, 147,
            129, 50, 88, 126, 9, 64, 4294967295, 3, 152, 26, 58, 162, 125, 30, 156, 118,
            71, 76, 137, 111, 21, 127, 99, 4294967295, 4, 14, 131, 22, 110, 5, 115, 40,
            55, 73, 138, 108, 114,
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
    ::cloud_errors::__private::impl_code!(unsafe impl Code, ::cloud_errors::aws::Code);
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "AWS RDS";
    type Envelope = ::cloud_errors::envelopes::AwsQuery;
    /// The retry defaults of AWS RDS's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS RDS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
