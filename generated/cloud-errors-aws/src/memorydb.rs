// @generated from catalogs/aws/memorydb.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS MemoryDB: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsCbor`](cloud_errors::envelopes::AwsCbor) (`aws_cbor`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS MemoryDB: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ACLAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// ACL already exists.
    AclAlreadyExistsFault,
    /// `ACLNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// ACL not found.
    AclNotFoundFault,
    /// `ACLQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// ACL quota exceeded.
    AclQuotaExceededFault,
    /// `APICallRateForCustomerExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// API call rate for customer exceeded.
    ApiCallRateForCustomerExceededFault,
    /// `ClusterAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster already exists.
    ClusterAlreadyExistsFault,
    /// `ClusterNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Cluster not found.
    ClusterNotFoundFault,
    /// `ClusterQuotaForCustomerExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster quota for customer exceeded.
    ClusterQuotaForCustomerExceededFault,
    /// `DefaultUserRequired`: HTTP 400; retry: never; category: invalid_argument.
    /// Default user required.
    DefaultUserRequired,
    /// `DuplicateUserNameFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate user name.
    DuplicateUserNameFault,
    /// `InsufficientClusterCapacityFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient cluster capacity.
    InsufficientClusterCapacityFault,
    /// `InvalidACLStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ACL state.
    InvalidAclStateFault,
    /// `InvalidARNFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ARN.
    InvalidArnFault,
    /// `InvalidClusterStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cluster state.
    InvalidClusterStateFault,
    /// `InvalidCredentialsException`: HTTP 408; retry: never; category: failed_precondition.
    /// Invalid credentials.
    InvalidCredentialsException,
    /// `InvalidKMSKeyFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid KMS key.
    InvalidKmsKeyFault,
    /// `InvalidMultiRegionClusterStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid multi region cluster state.
    InvalidMultiRegionClusterStateFault,
    /// `InvalidNodeStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid node state.
    InvalidNodeStateFault,
    /// `InvalidParameterCombinationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter combination.
    InvalidParameterCombinationException,
    /// `InvalidParameterGroupStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter group state.
    InvalidParameterGroupStateFault,
    /// `InvalidParameterValueException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter value.
    InvalidParameterValueException,
    /// `InvalidSnapshotStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid snapshot state.
    InvalidSnapshotStateFault,
    /// `InvalidSubnet`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid subnet.
    InvalidSubnet,
    /// `InvalidUserStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid user state.
    InvalidUserStateFault,
    /// `InvalidVPCNetworkStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid VPC network state.
    InvalidVpcNetworkStateFault,
    /// `MultiRegionClusterAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Multi region cluster already exists.
    MultiRegionClusterAlreadyExistsFault,
    /// `MultiRegionClusterNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Multi region cluster not found.
    MultiRegionClusterNotFoundFault,
    /// `MultiRegionParameterGroupNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Multi region parameter group not found.
    MultiRegionParameterGroupNotFoundFault,
    /// `NoOperationFault`: HTTP 400; retry: never; category: invalid_argument.
    /// No operation.
    NoOperationFault,
    /// `NodeQuotaForClusterExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Node quota for cluster exceeded.
    NodeQuotaForClusterExceededFault,
    /// `NodeQuotaForCustomerExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Node quota for customer exceeded.
    NodeQuotaForCustomerExceededFault,
    /// `ParameterGroupAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter group already exists.
    ParameterGroupAlreadyExistsFault,
    /// `ParameterGroupNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Parameter group not found.
    ParameterGroupNotFoundFault,
    /// `ParameterGroupQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter group quota exceeded.
    ParameterGroupQuotaExceededFault,
    /// `ReservedNodeAlreadyExistsFault`: HTTP 404; retry: never; category: not_found.
    /// Reserved node already exists.
    ReservedNodeAlreadyExistsFault,
    /// `ReservedNodeNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Reserved node not found.
    ReservedNodeNotFoundFault,
    /// `ReservedNodeQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Reserved node quota exceeded.
    ReservedNodeQuotaExceededFault,
    /// `ReservedNodesOfferingNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Reserved nodes offering not found.
    ReservedNodesOfferingNotFoundFault,
    /// `ServiceLinkedRoleNotFoundFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Service linked role not found.
    ServiceLinkedRoleNotFoundFault,
    /// `ServiceUpdateNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Service update not found.
    ServiceUpdateNotFoundFault,
    /// `ShardNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Shard not found.
    ShardNotFoundFault,
    /// `ShardsPerClusterQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Shards per cluster quota exceeded.
    ShardsPerClusterQuotaExceededFault,
    /// `SnapshotAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Snapshot already exists.
    SnapshotAlreadyExistsFault,
    /// `SnapshotNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Snapshot not found.
    SnapshotNotFoundFault,
    /// `SnapshotQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Snapshot quota exceeded.
    SnapshotQuotaExceededFault,
    /// `SubnetGroupAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Subnet group already exists.
    SubnetGroupAlreadyExistsFault,
    /// `SubnetGroupInUseFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Subnet group in use.
    SubnetGroupInUseFault,
    /// `SubnetGroupNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Subnet group not found.
    SubnetGroupNotFoundFault,
    /// `SubnetGroupQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Subnet group quota exceeded.
    SubnetGroupQuotaExceededFault,
    /// `SubnetInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Subnet in use.
    SubnetInUse,
    /// `SubnetNotAllowedFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Subnet not allowed.
    SubnetNotAllowedFault,
    /// `SubnetQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Subnet quota exceeded.
    SubnetQuotaExceededFault,
    /// `TagNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Tag not found.
    TagNotFoundFault,
    /// `TagQuotaPerResourceExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag quota per resource exceeded.
    TagQuotaPerResourceExceeded,
    /// `TestFailoverNotAvailableFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Test failover not available.
    TestFailoverNotAvailableFault,
    /// `UserAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// User already exists.
    UserAlreadyExistsFault,
    /// `UserNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// User not found.
    UserNotFoundFault,
    /// `UserQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// User quota exceeded.
    UserQuotaExceededFault,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 57] = [
        "ACLAlreadyExistsFault",
        "ACLNotFoundFault",
        "ACLQuotaExceededFault",
        "APICallRateForCustomerExceededFault",
        "ClusterAlreadyExistsFault",
        "ClusterNotFoundFault",
        "ClusterQuotaForCustomerExceededFault",
        "DefaultUserRequired",
        "DuplicateUserNameFault",
        "InsufficientClusterCapacityFault",
        "InvalidACLStateFault",
        "InvalidARNFault",
        "InvalidClusterStateFault",
        "InvalidCredentialsException",
        "InvalidKMSKeyFault",
        "InvalidMultiRegionClusterStateFault",
        "InvalidNodeStateFault",
        "InvalidParameterCombinationException",
        "InvalidParameterGroupStateFault",
        "InvalidParameterValueException",
        "InvalidSnapshotStateFault",
        "InvalidSubnet",
        "InvalidUserStateFault",
        "InvalidVPCNetworkStateFault",
        "MultiRegionClusterAlreadyExistsFault",
        "MultiRegionClusterNotFoundFault",
        "MultiRegionParameterGroupNotFoundFault",
        "NoOperationFault",
        "NodeQuotaForClusterExceededFault",
        "NodeQuotaForCustomerExceededFault",
        "ParameterGroupAlreadyExistsFault",
        "ParameterGroupNotFoundFault",
        "ParameterGroupQuotaExceededFault",
        "ReservedNodeAlreadyExistsFault",
        "ReservedNodeNotFoundFault",
        "ReservedNodeQuotaExceededFault",
        "ReservedNodesOfferingNotFoundFault",
        "ServiceLinkedRoleNotFoundFault",
        "ServiceUpdateNotFoundFault",
        "ShardNotFoundFault",
        "ShardsPerClusterQuotaExceededFault",
        "SnapshotAlreadyExistsFault",
        "SnapshotNotFoundFault",
        "SnapshotQuotaExceededFault",
        "SubnetGroupAlreadyExistsFault",
        "SubnetGroupInUseFault",
        "SubnetGroupNotFoundFault",
        "SubnetGroupQuotaExceededFault",
        "SubnetInUse",
        "SubnetNotAllowedFault",
        "SubnetQuotaExceededFault",
        "TagNotFoundFault",
        "TagQuotaPerResourceExceeded",
        "TestFailoverNotAvailableFault",
        "UserAlreadyExistsFault",
        "UserNotFoundFault",
        "UserQuotaExceededFault",
    ];
    static NAME_CODES: [u32; 8] = [0, 1, 2, 3, 10, 11, 14, 23];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "AclAlreadyExistsFaultAclNotFoundFaultAclQuotaExceededFaultApiCallRateForCustomerExceededFaultInvalidAclStateFaultInvalidArnFaultInvalidKmsKeyFaultInvalidVpcNetworkStateFault",
        ends: &[0, 21, 37, 58, 93, 113, 128, 146, 173],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "ACL already exists.ACL not found.ACL quota exceeded.API call rate for customer exceeded.Cluster already exists.Cluster not found.Cluster quota for customer exceeded.Default user required.Duplicate user name.Insufficient cluster capacity.Invalid ACL state.Invalid ARN.Invalid cluster state.Invalid credentials.Invalid KMS key.Invalid multi region cluster state.Invalid node state.Invalid parameter combination.Invalid parameter group state.Invalid parameter value.Invalid snapshot state.Invalid subnet.Invalid user state.Invalid VPC network state.Multi region cluster already exists.Multi region cluster not found.Multi region parameter group not found.No operation.Node quota for cluster exceeded.Node quota for customer exceeded.Parameter group already exists.Parameter group not found.Parameter group quota exceeded.Reserved node already exists.Reserved node not found.Reserved node quota exceeded.Reserved nodes offering not found.Service linked role not found.Service update not found.Shard not found.Shards per cluster quota exceeded.Snapshot already exists.Snapshot not found.Snapshot quota exceeded.Subnet group already exists.Subnet group in use.Subnet group not found.Subnet group quota exceeded.Subnet in use.Subnet not allowed.Subnet quota exceeded.Tag not found.Tag quota per resource exceeded.Test failover not available.User already exists.User not found.User quota exceeded.",
        ends: &[
            0, 19, 33, 52, 88, 111, 129, 165, 187, 207, 237, 255, 267, 289, 309, 325,
            360, 379, 409, 439, 463, 486, 501, 520, 546, 582, 613, 652, 665, 697, 730,
            761, 787, 818, 847, 871, 900, 934, 964, 989, 1005, 1039, 1063, 1082, 1106,
            1134, 1154, 1177, 1205, 1219, 1238, 1260, 1274, 1306, 1334, 1354, 1369, 1389,
        ],
    };
    static STATUSES: [u16; 57] = [
        400, 404, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 408, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 404, 400, 400, 400, 400, 404,
        400, 404, 404, 400, 404, 400, 404, 404, 400, 400, 404, 400, 400, 400, 404, 400,
        400, 400, 400, 404, 400, 400, 400, 404, 400,
    ];
    static STATUS_ENDS: [u32; 58] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57,
    ];
    static RETRY: [::cloud_errors::Retry; 57] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 57] = ::cloud_errors::__private::category_column(
        b"ceccceccccccciccccccccccceecccceceececeecceccceccccecccec",
    );
    static PILOTS: [u16; 15] = [0, 8, 0, 23, 0, 67, 26, 0, 10, 6, 33, 61, 29, 4, 1];
    static SLOTS: [(&str, u32); 63] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            29, 33, 47, 46, 13, 4294967295, 41, 3, 53, 38, 2, 52, 30, 15, 55, 9, 11, 54,
            42, 4294967295, 36, 48, 1, 4, 4294967295, 16, 24, 4294967295, 50, 32, 49,
            4294967295, 18, 25, 31, 40, 27, 4294967295, 23, 8, 37, 17, 20, 12, 7, 39, 19,
            6, 5, 28, 14, 43, 10, 44, 21, 56, 51, 26, 45, 34, 35, 22, 0,
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
    const PROVIDER: &'static str = "AWS MemoryDB";
    type Envelope = ::cloud_errors::envelopes::AwsCbor;
    /// The retry defaults of AWS MemoryDB's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS MemoryDB: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
