// @generated from catalogs/aws/elasticache.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS ElastiCache: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsQuery`](cloud_errors::envelopes::AwsQuery) (`aws_query`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS ElastiCache: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `APICallRateForCustomerExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// API call rate for customer exceeded.
    ApiCallRateForCustomerExceeded,
    /// `AuthorizationAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Authorization already exists.
    AuthorizationAlreadyExists,
    /// `AuthorizationNotFound`: HTTP 404; retry: never; category: not_found.
    /// Authorization not found.
    AuthorizationNotFound,
    /// `CacheClusterAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Cache cluster already exists.
    CacheClusterAlreadyExists,
    /// `CacheClusterNotFound`: HTTP 404; retry: never; category: not_found.
    /// Cache cluster not found.
    CacheClusterNotFound,
    /// `CacheParameterGroupAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Cache parameter group already exists.
    CacheParameterGroupAlreadyExists,
    /// `CacheParameterGroupNotFound`: HTTP 404; retry: never; category: not_found.
    /// Cache parameter group not found.
    CacheParameterGroupNotFound,
    /// `CacheParameterGroupQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Cache parameter group quota exceeded.
    CacheParameterGroupQuotaExceeded,
    /// `CacheSecurityGroupAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Cache security group already exists.
    CacheSecurityGroupAlreadyExists,
    /// `CacheSecurityGroupNotFound`: HTTP 404; retry: never; category: not_found.
    /// Cache security group not found.
    CacheSecurityGroupNotFound,
    /// `QuotaExceeded.CacheSecurityGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Quota exceeded: cache security group.
    QuotaExceededCacheSecurityGroup,
    /// `CacheSubnetGroupAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Cache subnet group already exists.
    CacheSubnetGroupAlreadyExists,
    /// `CacheSubnetGroupInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Cache subnet group in use.
    CacheSubnetGroupInUse,
    /// `CacheSubnetGroupNotFoundFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Cache subnet group not found.
    CacheSubnetGroupNotFoundFault,
    /// `CacheSubnetGroupQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Cache subnet group quota exceeded.
    CacheSubnetGroupQuotaExceeded,
    /// `CacheSubnetQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Cache subnet quota exceeded.
    CacheSubnetQuotaExceededFault,
    /// `ClusterQuotaForCustomerExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster quota for customer exceeded.
    ClusterQuotaForCustomerExceeded,
    /// `DefaultUserAssociatedToUserGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Default user associated to user group.
    DefaultUserAssociatedToUserGroup,
    /// `DefaultUserRequired`: HTTP 400; retry: never; category: invalid_argument.
    /// Default user required.
    DefaultUserRequired,
    /// `DuplicateUserName`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate user name.
    DuplicateUserName,
    /// `GlobalReplicationGroupAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Global replication group already exists.
    GlobalReplicationGroupAlreadyExistsFault,
    /// `GlobalReplicationGroupNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Global replication group not found.
    GlobalReplicationGroupNotFoundFault,
    /// `InsufficientCacheClusterCapacity`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient cache cluster capacity.
    InsufficientCacheClusterCapacity,
    /// `InvalidARN`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ARN.
    InvalidArn,
    /// `InvalidCacheClusterState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cache cluster state.
    InvalidCacheClusterState,
    /// `InvalidCacheParameterGroupState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cache parameter group state.
    InvalidCacheParameterGroupState,
    /// `InvalidCacheSecurityGroupState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cache security group state.
    InvalidCacheSecurityGroupState,
    /// `InvalidCredentialsException`: HTTP 408; retry: never; category: failed_precondition.
    /// Invalid credentials.
    InvalidCredentialsException,
    /// `InvalidGlobalReplicationGroupState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid global replication group state.
    InvalidGlobalReplicationGroupState,
    /// `InvalidKMSKeyFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid KMS key.
    InvalidKmsKeyFault,
    /// `InvalidParameterCombination`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter combination.
    InvalidParameterCombination,
    /// `InvalidParameterValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter value.
    InvalidParameterValue,
    /// `InvalidReplicationGroupState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid replication group state.
    InvalidReplicationGroupState,
    /// `InvalidServerlessCacheSnapshotStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid serverless cache snapshot state.
    InvalidServerlessCacheSnapshotStateFault,
    /// `InvalidServerlessCacheStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid serverless cache state.
    InvalidServerlessCacheStateFault,
    /// `InvalidSnapshotState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid snapshot state.
    InvalidSnapshotState,
    /// `InvalidSubnet`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid subnet.
    InvalidSubnet,
    /// `InvalidUserGroupState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid user group state.
    InvalidUserGroupState,
    /// `InvalidUserState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid user state.
    InvalidUserState,
    /// `InvalidVPCNetworkStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid VPC network state.
    InvalidVpcNetworkStateFault,
    /// `NoOperationFault`: HTTP 400; retry: never; category: invalid_argument.
    /// No operation.
    NoOperationFault,
    /// `NodeGroupNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Node group not found.
    NodeGroupNotFoundFault,
    /// `NodeGroupsPerReplicationGroupQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Node groups per replication group quota exceeded.
    NodeGroupsPerReplicationGroupQuotaExceeded,
    /// `NodeQuotaForClusterExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Node quota for cluster exceeded.
    NodeQuotaForClusterExceeded,
    /// `NodeQuotaForCustomerExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Node quota for customer exceeded.
    NodeQuotaForCustomerExceeded,
    /// `ReplicationGroupAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Replication group already exists.
    ReplicationGroupAlreadyExists,
    /// `ReplicationGroupAlreadyUnderMigrationFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Replication group already under migration.
    ReplicationGroupAlreadyUnderMigrationFault,
    /// `ReplicationGroupNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Replication group not found.
    ReplicationGroupNotFoundFault,
    /// `ReplicationGroupNotUnderMigrationFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Replication group not under migration.
    ReplicationGroupNotUnderMigrationFault,
    /// `ReservedCacheNodeAlreadyExists`: HTTP 404; retry: never; category: not_found.
    /// Reserved cache node already exists.
    ReservedCacheNodeAlreadyExists,
    /// `ReservedCacheNodeNotFound`: HTTP 404; retry: never; category: not_found.
    /// Reserved cache node not found.
    ReservedCacheNodeNotFound,
    /// `ReservedCacheNodeQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Reserved cache node quota exceeded.
    ReservedCacheNodeQuotaExceeded,
    /// `ReservedCacheNodesOfferingNotFound`: HTTP 404; retry: never; category: not_found.
    /// Reserved cache nodes offering not found.
    ReservedCacheNodesOfferingNotFound,
    /// `ServerlessCacheAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Serverless cache already exists.
    ServerlessCacheAlreadyExistsFault,
    /// `ServerlessCacheNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Serverless cache not found.
    ServerlessCacheNotFoundFault,
    /// `ServerlessCacheQuotaForCustomerExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Serverless cache quota for customer exceeded.
    ServerlessCacheQuotaForCustomerExceededFault,
    /// `ServerlessCacheSnapshotAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Serverless cache snapshot already exists.
    ServerlessCacheSnapshotAlreadyExistsFault,
    /// `ServerlessCacheSnapshotNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Serverless cache snapshot not found.
    ServerlessCacheSnapshotNotFoundFault,
    /// `ServerlessCacheSnapshotQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Serverless cache snapshot quota exceeded.
    ServerlessCacheSnapshotQuotaExceededFault,
    /// `ServiceLinkedRoleNotFoundFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Service linked role not found.
    ServiceLinkedRoleNotFoundFault,
    /// `ServiceUpdateNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Service update not found.
    ServiceUpdateNotFoundFault,
    /// `SnapshotAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Snapshot already exists.
    SnapshotAlreadyExistsFault,
    /// `SnapshotFeatureNotSupportedFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Snapshot feature not supported.
    SnapshotFeatureNotSupportedFault,
    /// `SnapshotNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Snapshot not found.
    SnapshotNotFoundFault,
    /// `SnapshotQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Snapshot quota exceeded.
    SnapshotQuotaExceededFault,
    /// `SubnetInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Subnet in use.
    SubnetInUse,
    /// `SubnetNotAllowedFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Subnet not allowed.
    SubnetNotAllowedFault,
    /// `TagNotFound`: HTTP 404; retry: never; category: not_found.
    /// Tag not found.
    TagNotFound,
    /// `TagQuotaPerResourceExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag quota per resource exceeded.
    TagQuotaPerResourceExceeded,
    /// `TestFailoverNotAvailableFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Test failover not available.
    TestFailoverNotAvailableFault,
    /// `UserAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// User already exists.
    UserAlreadyExists,
    /// `UserGroupAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// User group already exists.
    UserGroupAlreadyExists,
    /// `UserGroupNotFound`: HTTP 404; retry: never; category: not_found.
    /// User group not found.
    UserGroupNotFound,
    /// `UserGroupQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// User group quota exceeded.
    UserGroupQuotaExceeded,
    /// `UserNotFound`: HTTP 404; retry: never; category: not_found.
    /// User not found.
    UserNotFound,
    /// `UserQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// User quota exceeded.
    UserQuotaExceeded,
    /// `MigrationHealthFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Migration health.
    MigrationHealthFault,
    /// `ServerlessCacheAlreadyUnderMigrationFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Serverless cache already under migration.
    ServerlessCacheAlreadyUnderMigrationFault,
    /// `ServerlessCacheNotUnderMigrationFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Serverless cache not under migration.
    ServerlessCacheNotUnderMigrationFault,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 79] = [
        "APICallRateForCustomerExceeded",
        "AuthorizationAlreadyExists",
        "AuthorizationNotFound",
        "CacheClusterAlreadyExists",
        "CacheClusterNotFound",
        "CacheParameterGroupAlreadyExists",
        "CacheParameterGroupNotFound",
        "CacheParameterGroupQuotaExceeded",
        "CacheSecurityGroupAlreadyExists",
        "CacheSecurityGroupNotFound",
        "QuotaExceeded.CacheSecurityGroup",
        "CacheSubnetGroupAlreadyExists",
        "CacheSubnetGroupInUse",
        "CacheSubnetGroupNotFoundFault",
        "CacheSubnetGroupQuotaExceeded",
        "CacheSubnetQuotaExceededFault",
        "ClusterQuotaForCustomerExceeded",
        "DefaultUserAssociatedToUserGroup",
        "DefaultUserRequired",
        "DuplicateUserName",
        "GlobalReplicationGroupAlreadyExistsFault",
        "GlobalReplicationGroupNotFoundFault",
        "InsufficientCacheClusterCapacity",
        "InvalidARN",
        "InvalidCacheClusterState",
        "InvalidCacheParameterGroupState",
        "InvalidCacheSecurityGroupState",
        "InvalidCredentialsException",
        "InvalidGlobalReplicationGroupState",
        "InvalidKMSKeyFault",
        "InvalidParameterCombination",
        "InvalidParameterValue",
        "InvalidReplicationGroupState",
        "InvalidServerlessCacheSnapshotStateFault",
        "InvalidServerlessCacheStateFault",
        "InvalidSnapshotState",
        "InvalidSubnet",
        "InvalidUserGroupState",
        "InvalidUserState",
        "InvalidVPCNetworkStateFault",
        "NoOperationFault",
        "NodeGroupNotFoundFault",
        "NodeGroupsPerReplicationGroupQuotaExceeded",
        "NodeQuotaForClusterExceeded",
        "NodeQuotaForCustomerExceeded",
        "ReplicationGroupAlreadyExists",
        "ReplicationGroupAlreadyUnderMigrationFault",
        "ReplicationGroupNotFoundFault",
        "ReplicationGroupNotUnderMigrationFault",
        "ReservedCacheNodeAlreadyExists",
        "ReservedCacheNodeNotFound",
        "ReservedCacheNodeQuotaExceeded",
        "ReservedCacheNodesOfferingNotFound",
        "ServerlessCacheAlreadyExistsFault",
        "ServerlessCacheNotFoundFault",
        "ServerlessCacheQuotaForCustomerExceededFault",
        "ServerlessCacheSnapshotAlreadyExistsFault",
        "ServerlessCacheSnapshotNotFoundFault",
        "ServerlessCacheSnapshotQuotaExceededFault",
        "ServiceLinkedRoleNotFoundFault",
        "ServiceUpdateNotFoundFault",
        "SnapshotAlreadyExistsFault",
        "SnapshotFeatureNotSupportedFault",
        "SnapshotNotFoundFault",
        "SnapshotQuotaExceededFault",
        "SubnetInUse",
        "SubnetNotAllowedFault",
        "TagNotFound",
        "TagQuotaPerResourceExceeded",
        "TestFailoverNotAvailableFault",
        "UserAlreadyExists",
        "UserGroupAlreadyExists",
        "UserGroupNotFound",
        "UserGroupQuotaExceeded",
        "UserNotFound",
        "UserQuotaExceeded",
        "MigrationHealthFault",
        "ServerlessCacheAlreadyUnderMigrationFault",
        "ServerlessCacheNotUnderMigrationFault",
    ];
    static NAME_CODES: [u32; 4] = [0, 23, 29, 39];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "ApiCallRateForCustomerExceededInvalidArnInvalidKmsKeyFaultInvalidVpcNetworkStateFault",
        ends: &[0, 30, 40, 58, 85],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "API call rate for customer exceeded.Authorization already exists.Authorization not found.Cache cluster already exists.Cache cluster not found.Cache parameter group already exists.Cache parameter group not found.Cache parameter group quota exceeded.Cache security group already exists.Cache security group not found.Quota exceeded: cache security group.Cache subnet group already exists.Cache subnet group in use.Cache subnet group not found.Cache subnet group quota exceeded.Cache subnet quota exceeded.Cluster quota for customer exceeded.Default user associated to user group.Default user required.Duplicate user name.Global replication group already exists.Global replication group not found.Insufficient cache cluster capacity.Invalid ARN.Invalid cache cluster state.Invalid cache parameter group state.Invalid cache security group state.Invalid credentials.Invalid global replication group state.Invalid KMS key.Invalid parameter combination.Invalid parameter value.Invalid replication group state.Invalid serverless cache snapshot state.Invalid serverless cache state.Invalid snapshot state.Invalid subnet.Invalid user group state.Invalid user state.Invalid VPC network state.No operation.Node group not found.Node groups per replication group quota exceeded.Node quota for cluster exceeded.Node quota for customer exceeded.Replication group already exists.Replication group already under migration.Replication group not found.Replication group not under migration.Reserved cache node already exists.Reserved cache node not found.Reserved cache node quota exceeded.Reserved cache nodes offering not found.Serverless cache already exists.Serverless cache not found.Serverless cache quota for customer exceeded.Serverless cache snapshot already exists.Serverless cache snapshot not found.Serverless cache snapshot quota exceeded.Service linked role not found.Service update not found.Snapshot already exists.Snapshot feature not supported.Snapshot not found.Snapshot quota exceeded.Subnet in use.Subnet not allowed.Tag not found.Tag quota per resource exceeded.Test failover not available.User already exists.User group already exists.User group not found.User group quota exceeded.User not found.User quota exceeded.Migration health.Serverless cache already under migration.Serverless cache not under migration.",
        ends: &[
            0, 36, 65, 89, 118, 142, 179, 211, 248, 284, 315, 352, 386, 412, 441, 475,
            503, 539, 577, 599, 619, 659, 694, 730, 742, 770, 806, 841, 861, 900, 916,
            946, 970, 1002, 1042, 1073, 1096, 1111, 1136, 1155, 1181, 1194, 1215, 1264,
            1296, 1329, 1362, 1404, 1432, 1470, 1505, 1535, 1570, 1610, 1642, 1669, 1714,
            1755, 1791, 1832, 1862, 1887, 1911, 1942, 1961, 1985, 1999, 2018, 2032, 2064,
            2092, 2112, 2138, 2159, 2185, 2200, 2220, 2237, 2278, 2315,
        ],
    };
    static STATUSES: [u16; 79] = [
        400, 400, 404, 400, 404, 400, 404, 400, 400, 404, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 408, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 404,
        400, 404, 404, 400, 404, 400, 404, 400, 400, 404, 400, 400, 404, 400, 400, 404,
        400, 400, 400, 404, 400, 400, 400, 400, 404, 400, 404, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 80] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
        63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79,
    ];
    static RETRY: [::cloud_errors::Retry; 79] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 79] = ::cloud_errors::__private::category_column(
        b"ccecececceccccccccccceccccciccccccccccccceccccceceecececceccecceccceccccececccc",
    );
    static PILOTS: [u16; 20] = [
        3, 0, 2, 73, 0, 2, 2, 20, 24, 117, 26, 5, 29, 40, 13, 0, 272, 2, 0, 9,
    ];
    static SLOTS: [(&str, u32); 87] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            33, 63, 16, 3, 4294967295, 64, 39, 5, 35, 57, 15, 8, 37, 78, 71, 4294967295,
            52, 41, 73, 12, 65, 42, 0, 49, 4294967295, 4, 26, 10, 22, 11, 24, 61, 40,
            4294967295, 25, 53, 19, 50, 34, 18, 74, 77, 59, 27, 20, 4294967295, 38, 51,
            48, 47, 4294967295, 13, 4294967295, 67, 56, 43, 9, 23, 17, 44, 14, 69, 70,
            29, 66, 76, 72, 58, 45, 75, 55, 1, 30, 32, 62, 68, 46, 60, 28, 21, 31, 2, 54,
            4294967295, 7, 36, 6,
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
    const PROVIDER: &'static str = "AWS ElastiCache";
    type Envelope = ::cloud_errors::envelopes::AwsQuery;
    /// The retry defaults of AWS ElastiCache's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS ElastiCache: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
