// @generated from catalogs/aws/redshift.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Redshift: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsQuery`](cloud_errors::envelopes::AwsQuery) (`aws_query`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Redshift: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessToClusterDenied`: HTTP 400; retry: never; category: invalid_argument.
    /// Access to cluster denied.
    AccessToClusterDenied,
    /// `AccessToSnapshotDenied`: HTTP 400; retry: never; category: invalid_argument.
    /// Access to snapshot denied.
    AccessToSnapshotDenied,
    /// `AuthenticationProfileAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Authentication profile already exists.
    AuthenticationProfileAlreadyExistsFault,
    /// `AuthenticationProfileNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Authentication profile not found.
    AuthenticationProfileNotFoundFault,
    /// `AuthenticationProfileQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Authentication profile quota exceeded.
    AuthenticationProfileQuotaExceededFault,
    /// `AuthorizationAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Authorization already exists.
    AuthorizationAlreadyExists,
    /// `AuthorizationNotFound`: HTTP 404; retry: never; category: not_found.
    /// Authorization not found.
    AuthorizationNotFound,
    /// `AuthorizationQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Authorization quota exceeded.
    AuthorizationQuotaExceeded,
    /// `BatchDeleteRequestSizeExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Batch delete request size exceeded.
    BatchDeleteRequestSizeExceeded,
    /// `BatchModifyClusterSnapshotsLimitExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Batch modify cluster snapshots limit exceeded.
    BatchModifyClusterSnapshotsLimitExceededFault,
    /// `BucketNotFoundFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Bucket not found.
    BucketNotFoundFault,
    /// `ClusterAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster already exists.
    ClusterAlreadyExists,
    /// `ClusterNotFound`: HTTP 404; retry: never; category: not_found.
    /// Cluster not found.
    ClusterNotFound,
    /// `ClusterOnLatestRevision`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster on latest revision.
    ClusterOnLatestRevision,
    /// `ClusterParameterGroupAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster parameter group already exists.
    ClusterParameterGroupAlreadyExists,
    /// `ClusterParameterGroupNotFound`: HTTP 404; retry: never; category: not_found.
    /// Cluster parameter group not found.
    ClusterParameterGroupNotFound,
    /// `ClusterParameterGroupQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster parameter group quota exceeded.
    ClusterParameterGroupQuotaExceeded,
    /// `ClusterQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster quota exceeded.
    ClusterQuotaExceeded,
    /// `ClusterSecurityGroupAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster security group already exists.
    ClusterSecurityGroupAlreadyExists,
    /// `ClusterSecurityGroupNotFound`: HTTP 404; retry: never; category: not_found.
    /// Cluster security group not found.
    ClusterSecurityGroupNotFound,
    /// `QuotaExceeded.ClusterSecurityGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Quota exceeded: cluster security group.
    QuotaExceededClusterSecurityGroup,
    /// `ClusterSnapshotAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster snapshot already exists.
    ClusterSnapshotAlreadyExists,
    /// `ClusterSnapshotNotFound`: HTTP 404; retry: never; category: not_found.
    /// Cluster snapshot not found.
    ClusterSnapshotNotFound,
    /// `ClusterSnapshotQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster snapshot quota exceeded.
    ClusterSnapshotQuotaExceeded,
    /// `ClusterSubnetGroupAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster subnet group already exists.
    ClusterSubnetGroupAlreadyExists,
    /// `ClusterSubnetGroupNotFoundFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster subnet group not found.
    ClusterSubnetGroupNotFoundFault,
    /// `ClusterSubnetGroupQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster subnet group quota exceeded.
    ClusterSubnetGroupQuotaExceeded,
    /// `ClusterSubnetQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster subnet quota exceeded.
    ClusterSubnetQuotaExceededFault,
    /// `ConflictPolicyUpdateFault`: HTTP 409; retry: never; category: aborted.
    /// Conflict policy update.
    ConflictPolicyUpdateFault,
    /// `CopyToRegionDisabledFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Copy to region disabled.
    CopyToRegionDisabledFault,
    /// `CustomCnameAssociationFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Custom cname association.
    CustomCnameAssociationFault,
    /// `CustomDomainAssociationNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Custom domain association not found.
    CustomDomainAssociationNotFoundFault,
    /// `DependentServiceAccessDenied`: HTTP 403; retry: never; category: permission_denied.
    /// Dependent service access denied.
    DependentServiceAccessDenied,
    /// `DependentServiceRequestThrottlingFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependent service request throttling.
    DependentServiceRequestThrottlingFault,
    /// `DependentServiceUnavailableFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependent service unavailable.
    DependentServiceUnavailableFault,
    /// `EndpointAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint already exists.
    EndpointAlreadyExists,
    /// `EndpointAuthorizationAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint authorization already exists.
    EndpointAuthorizationAlreadyExists,
    /// `EndpointAuthorizationNotFound`: HTTP 404; retry: never; category: not_found.
    /// Endpoint authorization not found.
    EndpointAuthorizationNotFound,
    /// `EndpointAuthorizationsPerClusterLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint authorizations per cluster limit exceeded.
    EndpointAuthorizationsPerClusterLimitExceeded,
    /// `EndpointNotFound`: HTTP 404; retry: never; category: not_found.
    /// Endpoint not found.
    EndpointNotFound,
    /// `EndpointsPerAuthorizationLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoints per authorization limit exceeded.
    EndpointsPerAuthorizationLimitExceeded,
    /// `EndpointsPerClusterLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoints per cluster limit exceeded.
    EndpointsPerClusterLimitExceeded,
    /// `EventSubscriptionQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Event subscription quota exceeded.
    EventSubscriptionQuotaExceeded,
    /// `HsmClientCertificateAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Hsm client certificate already exists.
    HsmClientCertificateAlreadyExistsFault,
    /// `HsmClientCertificateNotFoundFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Hsm client certificate not found.
    HsmClientCertificateNotFoundFault,
    /// `HsmClientCertificateQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Hsm client certificate quota exceeded.
    HsmClientCertificateQuotaExceededFault,
    /// `HsmConfigurationAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Hsm configuration already exists.
    HsmConfigurationAlreadyExistsFault,
    /// `HsmConfigurationNotFoundFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Hsm configuration not found.
    HsmConfigurationNotFoundFault,
    /// `HsmConfigurationQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Hsm configuration quota exceeded.
    HsmConfigurationQuotaExceededFault,
    /// `InProgressTableRestoreQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// In progress table restore quota exceeded.
    InProgressTableRestoreQuotaExceededFault,
    /// `IncompatibleOrderableOptions`: HTTP 400; retry: never; category: invalid_argument.
    /// Incompatible orderable options.
    IncompatibleOrderableOptions,
    /// `InsufficientClusterCapacity`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient cluster capacity.
    InsufficientClusterCapacity,
    /// `InsufficientS3BucketPolicyFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient s3 bucket policy.
    InsufficientS3BucketPolicyFault,
    /// `IntegrationAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Integration already exists.
    IntegrationAlreadyExistsFault,
    /// `IntegrationConflictOperationFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Integration conflict operation.
    IntegrationConflictOperationFault,
    /// `IntegrationConflictStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Integration conflict state.
    IntegrationConflictStateFault,
    /// `IntegrationNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Integration not found.
    IntegrationNotFoundFault,
    /// `IntegrationQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Integration quota exceeded.
    IntegrationQuotaExceededFault,
    /// `IntegrationSourceNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Integration source not found.
    IntegrationSourceNotFoundFault,
    /// `IntegrationTargetNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Integration target not found.
    IntegrationTargetNotFoundFault,
    /// `InvalidAuthenticationProfileRequestFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid authentication profile request.
    InvalidAuthenticationProfileRequestFault,
    /// `InvalidAuthorizationState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid authorization state.
    InvalidAuthorizationState,
    /// `InvalidClusterParameterGroupState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cluster parameter group state.
    InvalidClusterParameterGroupState,
    /// `InvalidClusterSecurityGroupState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cluster security group state.
    InvalidClusterSecurityGroupState,
    /// `InvalidClusterSnapshotScheduleState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cluster snapshot schedule state.
    InvalidClusterSnapshotScheduleState,
    /// `InvalidClusterSnapshotState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cluster snapshot state.
    InvalidClusterSnapshotState,
    /// `InvalidClusterState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cluster state.
    InvalidClusterState,
    /// `InvalidClusterSubnetGroupStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cluster subnet group state.
    InvalidClusterSubnetGroupStateFault,
    /// `InvalidClusterSubnetStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cluster subnet state.
    InvalidClusterSubnetStateFault,
    /// `InvalidClusterTrack`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cluster track.
    InvalidClusterTrack,
    /// `InvalidDataShareFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid data share.
    InvalidDataShareFault,
    /// `InvalidElasticIpFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid elastic ip.
    InvalidElasticIpFault,
    /// `InvalidEndpointState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid endpoint state.
    InvalidEndpointState,
    /// `InvalidHsmClientCertificateStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid hsm client certificate state.
    InvalidHsmClientCertificateStateFault,
    /// `InvalidHsmConfigurationStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid hsm configuration state.
    InvalidHsmConfigurationStateFault,
    /// `InvalidNamespaceFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid namespace.
    InvalidNamespaceFault,
    /// `InvalidPolicyFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid policy.
    InvalidPolicyFault,
    /// `InvalidReservedNodeState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid reserved node state.
    InvalidReservedNodeState,
    /// `InvalidRestore`: HTTP 406; retry: never; category: failed_precondition.
    /// Invalid restore.
    InvalidRestore,
    /// `InvalidRetentionPeriodFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid retention period.
    InvalidRetentionPeriodFault,
    /// `InvalidS3BucketNameFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid s3 bucket name.
    InvalidS3BucketNameFault,
    /// `InvalidS3KeyPrefixFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid s3 key prefix.
    InvalidS3KeyPrefixFault,
    /// `InvalidSchedule`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid schedule.
    InvalidSchedule,
    /// `InvalidScheduledAction`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid scheduled action.
    InvalidScheduledAction,
    /// `InvalidSnapshotCopyGrantStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid snapshot copy grant state.
    InvalidSnapshotCopyGrantStateFault,
    /// `InvalidSubnet`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid subnet.
    InvalidSubnet,
    /// `InvalidSubscriptionStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid subscription state.
    InvalidSubscriptionStateFault,
    /// `InvalidTableRestoreArgument`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid table restore argument.
    InvalidTableRestoreArgument,
    /// `InvalidTagFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag.
    InvalidTagFault,
    /// `InvalidUsageLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid usage limit.
    InvalidUsageLimit,
    /// `InvalidVPCNetworkStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid VPC network state.
    InvalidVpcNetworkStateFault,
    /// `Ipv6CidrBlockNotFoundFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Ipv6 cidr block not found.
    Ipv6CidrBlockNotFoundFault,
    /// `LimitExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Limit exceeded.
    LimitExceededFault,
    /// `NumberOfNodesPerClusterLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Number of nodes per cluster limit exceeded.
    NumberOfNodesPerClusterLimitExceeded,
    /// `NumberOfNodesQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Number of nodes quota exceeded.
    NumberOfNodesQuotaExceeded,
    /// `PartnerNotFound`: HTTP 404; retry: never; category: not_found.
    /// Partner not found.
    PartnerNotFound,
    /// `RedshiftIdcApplicationAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Redshift idc application already exists.
    RedshiftIdcApplicationAlreadyExists,
    /// `RedshiftIdcApplicationNotExists`: HTTP 404; retry: never; category: not_found.
    /// Redshift idc application not exists.
    RedshiftIdcApplicationNotExists,
    /// `RedshiftIdcApplicationQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Redshift idc application quota exceeded.
    RedshiftIdcApplicationQuotaExceeded,
    /// `ReservedNodeAlreadyExists`: HTTP 404; retry: never; category: not_found.
    /// Reserved node already exists.
    ReservedNodeAlreadyExists,
    /// `ReservedNodeAlreadyMigrated`: HTTP 400; retry: never; category: invalid_argument.
    /// Reserved node already migrated.
    ReservedNodeAlreadyMigrated,
    /// `ReservedNodeExchangeNotFond`: HTTP 404; retry: never; category: not_found.
    /// Reserved node exchange not fond.
    ReservedNodeExchangeNotFond,
    /// `ReservedNodeNotFound`: HTTP 404; retry: never; category: not_found.
    /// Reserved node not found.
    ReservedNodeNotFound,
    /// `ReservedNodeOfferingNotFound`: HTTP 404; retry: never; category: not_found.
    /// Reserved node offering not found.
    ReservedNodeOfferingNotFound,
    /// `ReservedNodeQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Reserved node quota exceeded.
    ReservedNodeQuotaExceeded,
    /// `ResizeNotFound`: HTTP 404; retry: never; category: not_found.
    /// Resize not found.
    ResizeNotFound,
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
    /// `ScheduleDefinitionTypeUnsupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Schedule definition type unsupported.
    ScheduleDefinitionTypeUnsupported,
    /// `ScheduledActionAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Scheduled action already exists.
    ScheduledActionAlreadyExists,
    /// `ScheduledActionNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Scheduled action not found.
    ScheduledActionNotFound,
    /// `ScheduledActionQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Scheduled action quota exceeded.
    ScheduledActionQuotaExceeded,
    /// `ScheduledActionTypeUnsupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Scheduled action type unsupported.
    ScheduledActionTypeUnsupported,
    /// `SnapshotCopyAlreadyDisabledFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Snapshot copy already disabled.
    SnapshotCopyAlreadyDisabledFault,
    /// `SnapshotCopyAlreadyEnabledFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Snapshot copy already enabled.
    SnapshotCopyAlreadyEnabledFault,
    /// `SnapshotCopyDisabledFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Snapshot copy disabled.
    SnapshotCopyDisabledFault,
    /// `SnapshotCopyGrantAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Snapshot copy grant already exists.
    SnapshotCopyGrantAlreadyExistsFault,
    /// `SnapshotCopyGrantNotFoundFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Snapshot copy grant not found.
    SnapshotCopyGrantNotFoundFault,
    /// `SnapshotCopyGrantQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Snapshot copy grant quota exceeded.
    SnapshotCopyGrantQuotaExceededFault,
    /// `SnapshotScheduleAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Snapshot schedule already exists.
    SnapshotScheduleAlreadyExists,
    /// `SnapshotScheduleNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Snapshot schedule not found.
    SnapshotScheduleNotFound,
    /// `SnapshotScheduleQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Snapshot schedule quota exceeded.
    SnapshotScheduleQuotaExceeded,
    /// `SnapshotScheduleUpdateInProgress`: HTTP 400; retry: never; category: invalid_argument.
    /// Snapshot schedule update in progress.
    SnapshotScheduleUpdateInProgress,
    /// `SourceNotFound`: HTTP 404; retry: never; category: not_found.
    /// Source not found.
    SourceNotFound,
    /// `SubnetAlreadyInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Subnet already in use.
    SubnetAlreadyInUse,
    /// `SubscriptionAlreadyExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Subscription already exist.
    SubscriptionAlreadyExist,
    /// `SubscriptionCategoryNotFound`: HTTP 404; retry: never; category: not_found.
    /// Subscription category not found.
    SubscriptionCategoryNotFound,
    /// `SubscriptionEventIdNotFound`: HTTP 404; retry: never; category: not_found.
    /// Subscription event id not found.
    SubscriptionEventIdNotFound,
    /// `SubscriptionNotFound`: HTTP 404; retry: never; category: not_found.
    /// Subscription not found.
    SubscriptionNotFound,
    /// `SubscriptionSeverityNotFound`: HTTP 404; retry: never; category: not_found.
    /// Subscription severity not found.
    SubscriptionSeverityNotFound,
    /// `TableLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Table limit exceeded.
    TableLimitExceeded,
    /// `TableRestoreNotFoundFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Table restore not found.
    TableRestoreNotFoundFault,
    /// `TagLimitExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag limit exceeded.
    TagLimitExceededFault,
    /// `UnauthorizedOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Unauthorized operation.
    UnauthorizedOperation,
    /// `UnauthorizedPartnerIntegration`: HTTP 401; retry: never; category: unauthenticated.
    /// Unauthorized partner integration.
    UnauthorizedPartnerIntegration,
    /// `UnknownSnapshotCopyRegionFault`: HTTP 404; retry: never; category: not_found.
    /// Unknown snapshot copy region.
    UnknownSnapshotCopyRegionFault,
    /// `UnsupportedOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported operation.
    UnsupportedOperation,
    /// `UnsupportedOptionFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported option.
    UnsupportedOptionFault,
    /// `UsageLimitAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Usage limit already exists.
    UsageLimitAlreadyExists,
    /// `UsageLimitNotFound`: HTTP 404; retry: never; category: not_found.
    /// Usage limit not found.
    UsageLimitNotFound,
    /// `Qev2IdcApplicationAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Qev2 idc application already exists.
    Qev2IdcApplicationAlreadyExists,
    /// `Qev2IdcApplicationNotExists`: HTTP 404; retry: never; category: not_found.
    /// Qev2 idc application not exists.
    Qev2IdcApplicationNotExists,
    /// `RedshiftInvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Redshift invalid parameter.
    RedshiftInvalidParameter,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 145] = [
        "AccessToClusterDenied",
        "AccessToSnapshotDenied",
        "AuthenticationProfileAlreadyExistsFault",
        "AuthenticationProfileNotFoundFault",
        "AuthenticationProfileQuotaExceededFault",
        "AuthorizationAlreadyExists",
        "AuthorizationNotFound",
        "AuthorizationQuotaExceeded",
        "BatchDeleteRequestSizeExceeded",
        "BatchModifyClusterSnapshotsLimitExceededFault",
        "BucketNotFoundFault",
        "ClusterAlreadyExists",
        "ClusterNotFound",
        "ClusterOnLatestRevision",
        "ClusterParameterGroupAlreadyExists",
        "ClusterParameterGroupNotFound",
        "ClusterParameterGroupQuotaExceeded",
        "ClusterQuotaExceeded",
        "ClusterSecurityGroupAlreadyExists",
        "ClusterSecurityGroupNotFound",
        "QuotaExceeded.ClusterSecurityGroup",
        "ClusterSnapshotAlreadyExists",
        "ClusterSnapshotNotFound",
        "ClusterSnapshotQuotaExceeded",
        "ClusterSubnetGroupAlreadyExists",
        "ClusterSubnetGroupNotFoundFault",
        "ClusterSubnetGroupQuotaExceeded",
        "ClusterSubnetQuotaExceededFault",
        "ConflictPolicyUpdateFault",
        "CopyToRegionDisabledFault",
        "CustomCnameAssociationFault",
        "CustomDomainAssociationNotFoundFault",
        "DependentServiceAccessDenied",
        "DependentServiceRequestThrottlingFault",
        "DependentServiceUnavailableFault",
        "EndpointAlreadyExists",
        "EndpointAuthorizationAlreadyExists",
        "EndpointAuthorizationNotFound",
        "EndpointAuthorizationsPerClusterLimitExceeded",
        "EndpointNotFound",
        "EndpointsPerAuthorizationLimitExceeded",
        "EndpointsPerClusterLimitExceeded",
        "EventSubscriptionQuotaExceeded",
        "HsmClientCertificateAlreadyExistsFault",
        "HsmClientCertificateNotFoundFault",
        "HsmClientCertificateQuotaExceededFault",
        "HsmConfigurationAlreadyExistsFault",
        "HsmConfigurationNotFoundFault",
        "HsmConfigurationQuotaExceededFault",
        "InProgressTableRestoreQuotaExceededFault",
        "IncompatibleOrderableOptions",
        "InsufficientClusterCapacity",
        "InsufficientS3BucketPolicyFault",
        "IntegrationAlreadyExistsFault",
        "IntegrationConflictOperationFault",
        "IntegrationConflictStateFault",
        "IntegrationNotFoundFault",
        "IntegrationQuotaExceededFault",
        "IntegrationSourceNotFoundFault",
        "IntegrationTargetNotFoundFault",
        "InvalidAuthenticationProfileRequestFault",
        "InvalidAuthorizationState",
        "InvalidClusterParameterGroupState",
        "InvalidClusterSecurityGroupState",
        "InvalidClusterSnapshotScheduleState",
        "InvalidClusterSnapshotState",
        "InvalidClusterState",
        "InvalidClusterSubnetGroupStateFault",
        "InvalidClusterSubnetStateFault",
        "InvalidClusterTrack",
        "InvalidDataShareFault",
        "InvalidElasticIpFault",
        "InvalidEndpointState",
        "InvalidHsmClientCertificateStateFault",
        "InvalidHsmConfigurationStateFault",
        "InvalidNamespaceFault",
        "InvalidPolicyFault",
        "InvalidReservedNodeState",
        "InvalidRestore",
        "InvalidRetentionPeriodFault",
        "InvalidS3BucketNameFault",
        "InvalidS3KeyPrefixFault",
        "InvalidSchedule",
        "InvalidScheduledAction",
        "InvalidSnapshotCopyGrantStateFault",
        "InvalidSubnet",
        "InvalidSubscriptionStateFault",
        "InvalidTableRestoreArgument",
        "InvalidTagFault",
        "InvalidUsageLimit",
        "InvalidVPCNetworkStateFault",
        "Ipv6CidrBlockNotFoundFault",
        "LimitExceededFault",
        "NumberOfNodesPerClusterLimitExceeded",
        "NumberOfNodesQuotaExceeded",
        "PartnerNotFound",
        "RedshiftIdcApplicationAlreadyExists",
        "RedshiftIdcApplicationNotExists",
        "RedshiftIdcApplicationQuotaExceeded",
        "ReservedNodeAlreadyExists",
        "ReservedNodeAlreadyMigrated",
        "ReservedNodeExchangeNotFond",
        "ReservedNodeNotFound",
        "ReservedNodeOfferingNotFound",
        "ReservedNodeQuotaExceeded",
        "ResizeNotFound",
        "ResourceNotFoundFault",
        "SNSInvalidTopic",
        "SNSNoAuthorization",
        "SNSTopicArnNotFound",
        "ScheduleDefinitionTypeUnsupported",
        "ScheduledActionAlreadyExists",
        "ScheduledActionNotFound",
        "ScheduledActionQuotaExceeded",
        "ScheduledActionTypeUnsupported",
        "SnapshotCopyAlreadyDisabledFault",
        "SnapshotCopyAlreadyEnabledFault",
        "SnapshotCopyDisabledFault",
        "SnapshotCopyGrantAlreadyExistsFault",
        "SnapshotCopyGrantNotFoundFault",
        "SnapshotCopyGrantQuotaExceededFault",
        "SnapshotScheduleAlreadyExists",
        "SnapshotScheduleNotFound",
        "SnapshotScheduleQuotaExceeded",
        "SnapshotScheduleUpdateInProgress",
        "SourceNotFound",
        "SubnetAlreadyInUse",
        "SubscriptionAlreadyExist",
        "SubscriptionCategoryNotFound",
        "SubscriptionEventIdNotFound",
        "SubscriptionNotFound",
        "SubscriptionSeverityNotFound",
        "TableLimitExceeded",
        "TableRestoreNotFoundFault",
        "TagLimitExceededFault",
        "UnauthorizedOperation",
        "UnauthorizedPartnerIntegration",
        "UnknownSnapshotCopyRegionFault",
        "UnsupportedOperation",
        "UnsupportedOptionFault",
        "UsageLimitAlreadyExists",
        "UsageLimitNotFound",
        "Qev2IdcApplicationAlreadyExists",
        "Qev2IdcApplicationNotExists",
        "RedshiftInvalidParameter",
    ];
    static NAME_CODES: [u32; 4] = [90, 107, 108, 109];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidVpcNetworkStateFaultSnsInvalidTopicSnsNoAuthorizationSnsTopicArnNotFound",
        ends: &[0, 27, 42, 60, 79],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access to cluster denied.Access to snapshot denied.Authentication profile already exists.Authentication profile not found.Authentication profile quota exceeded.Authorization already exists.Authorization not found.Authorization quota exceeded.Batch delete request size exceeded.Batch modify cluster snapshots limit exceeded.Bucket not found.Cluster already exists.Cluster not found.Cluster on latest revision.Cluster parameter group already exists.Cluster parameter group not found.Cluster parameter group quota exceeded.Cluster quota exceeded.Cluster security group already exists.Cluster security group not found.Quota exceeded: cluster security group.Cluster snapshot already exists.Cluster snapshot not found.Cluster snapshot quota exceeded.Cluster subnet group already exists.Cluster subnet group not found.Cluster subnet group quota exceeded.Cluster subnet quota exceeded.Conflict policy update.Copy to region disabled.Custom cname association.Custom domain association not found.Dependent service access denied.Dependent service request throttling.Dependent service unavailable.Endpoint already exists.Endpoint authorization already exists.Endpoint authorization not found.Endpoint authorizations per cluster limit exceeded.Endpoint not found.Endpoints per authorization limit exceeded.Endpoints per cluster limit exceeded.Event subscription quota exceeded.Hsm client certificate already exists.Hsm client certificate not found.Hsm client certificate quota exceeded.Hsm configuration already exists.Hsm configuration not found.Hsm configuration quota exceeded.In progress table restore quota exceeded.Incompatible orderable options.Insufficient cluster capacity.Insufficient s3 bucket policy.Integration already exists.Integration conflict operation.Integration conflict state.Integration not found.Integration quota exceeded.Integration source not found.Integration target not found.Invalid authentication profile request.Invalid authorization state.Invalid cluster parameter group state.Invalid cluster security group state.Invalid cluster snapshot schedule state.Invalid cluster snapshot state.Invalid cluster state.Invalid cluster subnet group state.Invalid cluster subnet state.Invalid cluster track.Invalid data share.Invalid elastic ip.Invalid endpoint state.Invalid hsm client certificate state.Invalid hsm configuration state.Invalid namespace.Invalid policy.Invalid reserved node state.Invalid restore.Invalid retention period.Invalid s3 bucket name.Invalid s3 key prefix.Invalid schedule.Invalid scheduled action.Invalid snapshot copy grant state.Invalid subnet.Invalid subscription state.Invalid table restore argument.Invalid tag.Invalid usage limit.Invalid VPC network state.Ipv6 cidr block not found.Limit exceeded.Number of nodes per cluster limit exceeded.Number of nodes quota exceeded.Partner not found.Redshift idc application already exists.Redshift idc application not exists.Redshift idc application quota exceeded.Reserved node already exists.Reserved node already migrated.Reserved node exchange not fond.Reserved node not found.Reserved node offering not found.Reserved node quota exceeded.Resize not found.Resource not found.SNS invalid topic.SNS no authorization.SNS topic arn not found.Schedule definition type unsupported.Scheduled action already exists.Scheduled action not found.Scheduled action quota exceeded.Scheduled action type unsupported.Snapshot copy already disabled.Snapshot copy already enabled.Snapshot copy disabled.Snapshot copy grant already exists.Snapshot copy grant not found.Snapshot copy grant quota exceeded.Snapshot schedule already exists.Snapshot schedule not found.Snapshot schedule quota exceeded.Snapshot schedule update in progress.Source not found.Subnet already in use.Subscription already exist.Subscription category not found.Subscription event id not found.Subscription not found.Subscription severity not found.Table limit exceeded.Table restore not found.Tag limit exceeded.Unauthorized operation.Unauthorized partner integration.Unknown snapshot copy region.Unsupported operation.Unsupported option.Usage limit already exists.Usage limit not found.Qev2 idc application already exists.Qev2 idc application not exists.Redshift invalid parameter.",
        ends: &[
            0, 25, 51, 89, 122, 160, 189, 213, 242, 277, 323, 340, 363, 381, 408, 447,
            481, 520, 543, 581, 614, 653, 685, 712, 744, 780, 811, 847, 877, 900, 924,
            949, 985, 1017, 1054, 1084, 1108, 1146, 1179, 1230, 1249, 1292, 1329, 1363,
            1401, 1434, 1472, 1505, 1533, 1566, 1607, 1638, 1668, 1698, 1725, 1756, 1783,
            1805, 1832, 1861, 1890, 1929, 1957, 1995, 2032, 2072, 2103, 2125, 2160, 2189,
            2211, 2230, 2249, 2272, 2309, 2341, 2359, 2374, 2402, 2418, 2443, 2466, 2488,
            2505, 2530, 2564, 2579, 2606, 2637, 2649, 2669, 2695, 2721, 2736, 2779, 2810,
            2828, 2868, 2904, 2944, 2973, 3004, 3036, 3060, 3093, 3122, 3139, 3158, 3176,
            3197, 3221, 3258, 3290, 3317, 3349, 3383, 3414, 3444, 3467, 3502, 3532, 3567,
            3600, 3628, 3661, 3698, 3715, 3737, 3764, 3796, 3828, 3851, 3883, 3904, 3928,
            3947, 3970, 4003, 4032, 4054, 4073, 4100, 4122, 4158, 4190, 4217,
        ],
    };
    static STATUSES: [u16; 145] = [
        400, 400, 400, 404, 400, 400, 404, 400, 400, 400, 400, 400, 404, 400, 400, 404,
        400, 400, 400, 404, 400, 400, 404, 400, 400, 400, 400, 400, 409, 400, 400, 404,
        403, 400, 400, 400, 400, 404, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 404, 404, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 406, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404,
        400, 404, 400, 404, 400, 404, 404, 404, 400, 404, 404, 400, 400, 404, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400,
        404, 404, 404, 404, 400, 400, 400, 400, 401, 404, 400, 400, 400, 404, 400, 404,
        400,
    ];
    static STATUS_ENDS: [u32; 146] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
        63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
        83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101,
        102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117,
        118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133,
        134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145,
    ];
    static RETRY: [::cloud_errors::Retry; 145] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 145] = ::cloud_errors::__private::category_column(
        b"ccceccecccccecceccceccecccccjccegccccececccccccccccccccceceecccccccccccccccccciccccccccccccccccecececeeeceeccecccccccccccccccecceeeeccccpecccecec",
    );
    static PILOTS: [u16; 37] = [
        7, 25, 12, 4, 7, 18, 13, 25, 45, 126, 160, 12, 3, 1, 25, 14, 44, 21, 79, 0, 25,
        6, 24, 11, 15, 8, 22, 1, 3, 21, 221, 286, 161, 0, 41, 5, 20,
    ];
    static SLOTS: [(&str, u32); 161] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            104, 131, 121, 88, 119, 35, 124, 103, 90, 48, 105, 89, 133, 8, 111,
            4294967295, 70, 42, 79, 21, 129, 26, 4294967295, 91, 4294967295, 66, 1, 139,
            69, 82, 22, 31, 117, 75, 49, 80, 39, 20, 71, 63, 54, 134, 94, 99, 13, 106,
            107, 81, 93, 68, 4294967295, 16, 27, 140, 102, 122, 92, 108, 25, 67, 47,
            4294967295, 86, 77, 141, 59, 132, 60, 78, 73, 11, 4294967295, 36, 116, 33,
            110, 24, 100, 4294967295, 30, 65, 64, 3, 84, 101, 143, 97, 5, 23, 0, 41, 46,
            4294967295, 58, 4294967295, 72, 95, 109, 142, 14, 127, 12, 15, 4294967295,
            4294967295, 7, 34, 18, 136, 56, 45, 113, 43, 114, 137, 4294967295, 115,
            4294967295, 74, 40, 19, 4294967295, 52, 96, 118, 10, 6, 135, 55, 138, 87, 4,
            57, 61, 28, 130, 4294967295, 125, 126, 120, 29, 62, 9, 98, 50, 76, 144, 51,
            44, 32, 17, 53, 112, 2, 38, 123, 4294967295, 37, 85, 83, 128,
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
    const PROVIDER: &'static str = "AWS Redshift";
    type Envelope = ::cloud_errors::envelopes::AwsQuery;
    /// The retry defaults of AWS Redshift's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Redshift: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
