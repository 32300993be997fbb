// @generated from catalogs/aws/neptune.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Neptune: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsQuery`](cloud_errors::envelopes::AwsQuery) (`aws_query`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Neptune: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthorizationNotFound`: HTTP 404; retry: never; category: not_found.
    /// Authorization not found.
    AuthorizationNotFound,
    /// `CertificateNotFound`: HTTP 404; retry: never; category: not_found.
    /// Certificate not found.
    CertificateNotFound,
    /// `DBClusterAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// DB cluster already exists.
    DbClusterAlreadyExistsFault,
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
    /// `DBInstanceNotFound`: HTTP 404; retry: never; category: not_found.
    /// DB instance not found.
    DbInstanceNotFound,
    /// `DBParameterGroupAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// DB parameter group already exists.
    DbParameterGroupAlreadyExists,
    /// `DBParameterGroupNotFound`: HTTP 404; retry: never; category: not_found.
    /// DB parameter group not found.
    DbParameterGroupNotFound,
    /// `DBParameterGroupQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// DB parameter group quota exceeded.
    DbParameterGroupQuotaExceeded,
    /// `DBSecurityGroupNotFound`: HTTP 404; retry: never; category: not_found.
    /// DB security group not found.
    DbSecurityGroupNotFound,
    /// `DBSnapshotAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// DB snapshot already exists.
    DbSnapshotAlreadyExists,
    /// `DBSnapshotNotFound`: HTTP 404; retry: never; category: not_found.
    /// DB snapshot not found.
    DbSnapshotNotFound,
    /// `DBSubnetGroupAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// DB subnet group already exists.
    DbSubnetGroupAlreadyExists,
    /// `DBSubnetGroupDoesNotCoverEnoughAZs`: HTTP 400; retry: never; category: invalid_argument.
    /// DB subnet group does not cover enough a zs.
    DbSubnetGroupDoesNotCoverEnoughAZs,
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
    /// `EventSubscriptionQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Event subscription quota exceeded.
    EventSubscriptionQuotaExceeded,
    /// `GlobalClusterAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Global cluster already exists.
    GlobalClusterAlreadyExistsFault,
    /// `GlobalClusterNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Global cluster not found.
    GlobalClusterNotFoundFault,
    /// `GlobalClusterQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Global cluster quota exceeded.
    GlobalClusterQuotaExceededFault,
    /// `InstanceQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance quota exceeded.
    InstanceQuotaExceeded,
    /// `InsufficientDBClusterCapacityFault`: HTTP 403; retry: never; category: permission_denied.
    /// Insufficient DB cluster capacity.
    InsufficientDbClusterCapacityFault,
    /// `InsufficientDBInstanceCapacity`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient DB instance capacity.
    InsufficientDbInstanceCapacity,
    /// `InsufficientStorageClusterCapacity`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient storage cluster capacity.
    InsufficientStorageClusterCapacity,
    /// `InvalidDBClusterEndpointStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB cluster endpoint state.
    InvalidDbClusterEndpointStateFault,
    /// `InvalidDBClusterSnapshotStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB cluster snapshot state.
    InvalidDbClusterSnapshotStateFault,
    /// `InvalidDBClusterStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB cluster state.
    InvalidDbClusterStateFault,
    /// `InvalidDBInstanceState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB instance state.
    InvalidDbInstanceState,
    /// `InvalidDBParameterGroupState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB parameter group state.
    InvalidDbParameterGroupState,
    /// `InvalidDBSecurityGroupState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB security group state.
    InvalidDbSecurityGroupState,
    /// `InvalidDBSnapshotState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB snapshot state.
    InvalidDbSnapshotState,
    /// `InvalidDBSubnetGroupStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB subnet group state.
    InvalidDbSubnetGroupStateFault,
    /// `InvalidDBSubnetStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB subnet state.
    InvalidDbSubnetStateFault,
    /// `InvalidEventSubscriptionState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid event subscription state.
    InvalidEventSubscriptionState,
    /// `InvalidGlobalClusterStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid global cluster state.
    InvalidGlobalClusterStateFault,
    /// `InvalidRestoreFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid restore.
    InvalidRestoreFault,
    /// `InvalidSubnet`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid subnet.
    InvalidSubnet,
    /// `InvalidVPCNetworkStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid VPC network state.
    InvalidVpcNetworkStateFault,
    /// `KMSKeyNotAccessibleFault`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS key not accessible.
    KmsKeyNotAccessibleFault,
    /// `OptionGroupNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Option group not found.
    OptionGroupNotFoundFault,
    /// `ProvisionedIopsNotAvailableInAZFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Provisioned iops not available in AZ.
    ProvisionedIopsNotAvailableInAzFault,
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
    /// `SourceNotFound`: HTTP 404; retry: never; category: not_found.
    /// Source not found.
    SourceNotFound,
    /// `StorageQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Storage quota exceeded.
    StorageQuotaExceeded,
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
    /// `NetworkTypeNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Network type not supported.
    NetworkTypeNotSupported,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 68] = [
        "AuthorizationNotFound",
        "CertificateNotFound",
        "DBClusterAlreadyExistsFault",
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
        "DBInstanceNotFound",
        "DBParameterGroupAlreadyExists",
        "DBParameterGroupNotFound",
        "DBParameterGroupQuotaExceeded",
        "DBSecurityGroupNotFound",
        "DBSnapshotAlreadyExists",
        "DBSnapshotNotFound",
        "DBSubnetGroupAlreadyExists",
        "DBSubnetGroupDoesNotCoverEnoughAZs",
        "DBSubnetGroupNotFoundFault",
        "DBSubnetGroupQuotaExceeded",
        "DBSubnetQuotaExceededFault",
        "DBUpgradeDependencyFailure",
        "DomainNotFoundFault",
        "EventSubscriptionQuotaExceeded",
        "GlobalClusterAlreadyExistsFault",
        "GlobalClusterNotFoundFault",
        "GlobalClusterQuotaExceededFault",
        "InstanceQuotaExceeded",
        "InsufficientDBClusterCapacityFault",
        "InsufficientDBInstanceCapacity",
        "InsufficientStorageClusterCapacity",
        "InvalidDBClusterEndpointStateFault",
        "InvalidDBClusterSnapshotStateFault",
        "InvalidDBClusterStateFault",
        "InvalidDBInstanceState",
        "InvalidDBParameterGroupState",
        "InvalidDBSecurityGroupState",
        "InvalidDBSnapshotState",
        "InvalidDBSubnetGroupStateFault",
        "InvalidDBSubnetStateFault",
        "InvalidEventSubscriptionState",
        "InvalidGlobalClusterStateFault",
        "InvalidRestoreFault",
        "InvalidSubnet",
        "InvalidVPCNetworkStateFault",
        "KMSKeyNotAccessibleFault",
        "OptionGroupNotFoundFault",
        "ProvisionedIopsNotAvailableInAZFault",
        "ResourceNotFoundFault",
        "SNSInvalidTopic",
        "SNSNoAuthorization",
        "SNSTopicArnNotFound",
        "SharedSnapshotQuotaExceeded",
        "SnapshotQuotaExceeded",
        "SourceNotFound",
        "StorageQuotaExceeded",
        "StorageTypeNotSupported",
        "SubnetAlreadyInUse",
        "SubscriptionAlreadyExist",
        "SubscriptionCategoryNotFound",
        "SubscriptionNotFound",
        "NetworkTypeNotSupported",
    ];
    static NAME_CODES: [u32; 43] = [
        2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
        24, 25, 26, 27, 34, 35, 37, 38, 39, 40, 41, 42, 43, 44, 45, 50, 51, 53, 55, 56,
        57,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "DbClusterAlreadyExistsFaultDbClusterEndpointAlreadyExistsFaultDbClusterEndpointNotFoundFaultDbClusterEndpointQuotaExceededFaultDbClusterNotFoundFaultDbClusterParameterGroupNotFoundDbClusterQuotaExceededFaultDbClusterRoleAlreadyExistsDbClusterRoleNotFoundDbClusterRoleQuotaExceededDbClusterSnapshotAlreadyExistsFaultDbClusterSnapshotNotFoundFaultDbInstanceAlreadyExistsDbInstanceNotFoundDbParameterGroupAlreadyExistsDbParameterGroupNotFoundDbParameterGroupQuotaExceededDbSecurityGroupNotFoundDbSnapshotAlreadyExistsDbSnapshotNotFoundDbSubnetGroupAlreadyExistsDbSubnetGroupDoesNotCoverEnoughAZsDbSubnetGroupNotFoundFaultDbSubnetGroupQuotaExceededDbSubnetQuotaExceededFaultDbUpgradeDependencyFailureInsufficientDbClusterCapacityFaultInsufficientDbInstanceCapacityInvalidDbClusterEndpointStateFaultInvalidDbClusterSnapshotStateFaultInvalidDbClusterStateFaultInvalidDbInstanceStateInvalidDbParameterGroupStateInvalidDbSecurityGroupStateInvalidDbSnapshotStateInvalidDbSubnetGroupStateFaultInvalidDbSubnetStateFaultInvalidVpcNetworkStateFaultKmsKeyNotAccessibleFaultProvisionedIopsNotAvailableInAzFaultSnsInvalidTopicSnsNoAuthorizationSnsTopicArnNotFound",
        ends: &[
            0, 27, 62, 92, 127, 149, 180, 207, 233, 254, 280, 315, 345, 368, 386, 415,
            439, 468, 491, 514, 532, 558, 592, 618, 644, 670, 696, 730, 760, 794, 828,
            854, 876, 904, 931, 953, 983, 1008, 1035, 1059, 1095, 1110, 1128, 1147,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authorization not found.Certificate not found.DB cluster already exists.DB cluster endpoint already exists.DB cluster endpoint not found.DB cluster endpoint quota exceeded.DB cluster not found.DB cluster parameter group not found.DB cluster quota exceeded.DB cluster role already exists.DB cluster role not found.DB cluster role quota exceeded.DB cluster snapshot already exists.DB cluster snapshot not found.DB instance already exists.DB instance not found.DB parameter group already exists.DB parameter group not found.DB parameter group quota exceeded.DB security group not found.DB snapshot already exists.DB snapshot not found.DB subnet group already exists.DB subnet group does not cover enough a zs.DB subnet group not found.DB subnet group quota exceeded.DB subnet quota exceeded.DB upgrade dependency failure.Domain not found.Event subscription quota exceeded.Global cluster already exists.Global cluster not found.Global cluster quota exceeded.Instance quota exceeded.Insufficient DB cluster capacity.Insufficient DB instance capacity.Insufficient storage cluster capacity.Invalid DB cluster endpoint state.Invalid DB cluster snapshot state.Invalid DB cluster state.Invalid DB instance state.Invalid DB parameter group state.Invalid DB security group state.Invalid DB snapshot state.Invalid DB subnet group state.Invalid DB subnet state.Invalid event subscription state.Invalid global cluster state.Invalid restore.Invalid subnet.Invalid VPC network state.KMS key not accessible.Option group not found.Provisioned iops not available in AZ.Resource not found.SNS invalid topic.SNS no authorization.SNS topic arn not found.Shared snapshot quota exceeded.Snapshot quota exceeded.Source not found.Storage quota exceeded.Storage type not supported.Subnet already in use.Subscription already exist.Subscription category not found.Subscription not found.Network type not supported.",
        ends: &[
            0, 24, 46, 72, 107, 137, 172, 193, 230, 256, 287, 313, 344, 379, 409, 436,
            458, 492, 521, 555, 583, 610, 632, 663, 706, 732, 763, 788, 818, 835, 869,
            899, 924, 954, 978, 1011, 1045, 1083, 1117, 1151, 1176, 1202, 1235, 1267,
            1293, 1323, 1347, 1380, 1409, 1425, 1440, 1466, 1489, 1512, 1549, 1568, 1586,
            1607, 1631, 1662, 1686, 1703, 1726, 1753, 1775, 1802, 1834, 1857, 1884,
        ],
    };
    static STATUSES: [u16; 68] = [
        404, 404, 400, 400, 400, 403, 404, 404, 403, 400, 404, 400, 400, 404, 400, 404,
        400, 404, 400, 404, 400, 404, 400, 400, 404, 400, 400, 400, 404, 400, 400, 404,
        400, 400, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 404, 400, 404, 400, 400, 404, 400, 400, 404, 400, 400, 400,
        400, 404, 404, 400,
    ];
    static STATUS_ENDS: [u32; 69] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
        63, 64, 65, 66, 67, 68,
    ];
    static RETRY: [::cloud_errors::Retry; 68] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 68] = ::cloud_errors::__private::category_column(
        b"eecccgeegceccecececececcecccecceccgcccccccccccccccccececceccecccceec",
    );
    static PILOTS: [u16; 17] = [
        4, 0, 1, 36, 1, 11, 8, 113, 32, 2, 0, 21, 35, 0, 43, 81, 106,
    ];
    static SLOTS: [(&str, u32); 75] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            54, 34, 47, 25, 22, 11, 23, 38, 2, 28, 4, 67, 49, 32, 58, 43, 3, 42, 13, 46,
            64, 5, 44, 4294967295, 1, 53, 37, 17, 7, 35, 56, 31, 10, 15, 55, 30, 63,
            4294967295, 4294967295, 27, 21, 65, 26, 62, 4294967295, 4294967295, 45, 40,
            19, 29, 12, 36, 51, 39, 61, 18, 6, 52, 14, 41, 4294967295, 9, 4294967295, 57,
            33, 24, 16, 20, 0, 8, 50, 59, 60, 48, 66,
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
    const PROVIDER: &'static str = "AWS Neptune";
    type Envelope = ::cloud_errors::envelopes::AwsQuery;
    /// The retry defaults of AWS Neptune's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Neptune: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
