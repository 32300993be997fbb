// @generated from catalogs/aws/docdb.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS DocDB: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsQuery`](cloud_errors::envelopes::AwsQuery) (`aws_query`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS DocDB: a variant per documented code,
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
    /// `DBClusterNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// DB cluster not found.
    DbClusterNotFoundFault,
    /// `DBClusterParameterGroupNotFound`: HTTP 404; retry: never; category: not_found.
    /// DB cluster parameter group not found.
    DbClusterParameterGroupNotFound,
    /// `DBClusterQuotaExceededFault`: HTTP 403; retry: never; category: permission_denied.
    /// DB cluster quota exceeded.
    DbClusterQuotaExceededFault,
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
    static CODES: [&str; 58] = [
        "AuthorizationNotFound",
        "CertificateNotFound",
        "DBClusterAlreadyExistsFault",
        "DBClusterNotFoundFault",
        "DBClusterParameterGroupNotFound",
        "DBClusterQuotaExceededFault",
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
        "EventSubscriptionQuotaExceeded",
        "GlobalClusterAlreadyExistsFault",
        "GlobalClusterNotFoundFault",
        "GlobalClusterQuotaExceededFault",
        "InstanceQuotaExceeded",
        "InsufficientDBClusterCapacityFault",
        "InsufficientDBInstanceCapacity",
        "InsufficientStorageClusterCapacity",
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
    static NAME_CODES: [u32; 35] = [
        2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 27, 28,
        30, 31, 32, 33, 34, 35, 36, 37, 42, 43, 45, 46, 47,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "DbClusterAlreadyExistsFaultDbClusterNotFoundFaultDbClusterParameterGroupNotFoundDbClusterQuotaExceededFaultDbClusterSnapshotAlreadyExistsFaultDbClusterSnapshotNotFoundFaultDbInstanceAlreadyExistsDbInstanceNotFoundDbParameterGroupAlreadyExistsDbParameterGroupNotFoundDbParameterGroupQuotaExceededDbSecurityGroupNotFoundDbSnapshotAlreadyExistsDbSnapshotNotFoundDbSubnetGroupAlreadyExistsDbSubnetGroupDoesNotCoverEnoughAZsDbSubnetGroupNotFoundFaultDbSubnetGroupQuotaExceededDbSubnetQuotaExceededFaultDbUpgradeDependencyFailureInsufficientDbClusterCapacityFaultInsufficientDbInstanceCapacityInvalidDbClusterSnapshotStateFaultInvalidDbClusterStateFaultInvalidDbInstanceStateInvalidDbParameterGroupStateInvalidDbSecurityGroupStateInvalidDbSnapshotStateInvalidDbSubnetGroupStateFaultInvalidDbSubnetStateFaultInvalidVpcNetworkStateFaultKmsKeyNotAccessibleFaultSnsInvalidTopicSnsNoAuthorizationSnsTopicArnNotFound",
        ends: &[
            0, 27, 49, 80, 107, 142, 172, 195, 213, 242, 266, 295, 318, 341, 359, 385,
            419, 445, 471, 497, 523, 557, 587, 621, 647, 669, 697, 724, 746, 776, 801,
            828, 852, 867, 885, 904,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authorization not found.Certificate not found.DB cluster already exists.DB cluster not found.DB cluster parameter group not found.DB cluster quota exceeded.DB cluster snapshot already exists.DB cluster snapshot not found.DB instance already exists.DB instance not found.DB parameter group already exists.DB parameter group not found.DB parameter group quota exceeded.DB security group not found.DB snapshot already exists.DB snapshot not found.DB subnet group already exists.DB subnet group does not cover enough a zs.DB subnet group not found.DB subnet group quota exceeded.DB subnet quota exceeded.DB upgrade dependency failure.Event subscription quota exceeded.Global cluster already exists.Global cluster not found.Global cluster quota exceeded.Instance quota exceeded.Insufficient DB cluster capacity.Insufficient DB instance capacity.Insufficient storage cluster capacity.Invalid DB cluster snapshot state.Invalid DB cluster state.Invalid DB instance state.Invalid DB parameter group state.Invalid DB security group state.Invalid DB snapshot state.Invalid DB subnet group state.Invalid DB subnet state.Invalid event subscription state.Invalid global cluster state.Invalid restore.Invalid subnet.Invalid VPC network state.KMS key not accessible.Resource not found.SNS invalid topic.SNS no authorization.SNS topic arn not found.Shared snapshot quota exceeded.Snapshot quota exceeded.Source not found.Storage quota exceeded.Storage type not supported.Subnet already in use.Subscription already exist.Subscription category not found.Subscription not found.Network type not supported.",
        ends: &[
            0, 24, 46, 72, 93, 130, 156, 191, 221, 248, 270, 304, 333, 367, 395, 422,
            444, 475, 518, 544, 575, 600, 630, 664, 694, 719, 749, 773, 806, 840, 878,
            912, 937, 963, 996, 1028, 1054, 1084, 1108, 1141, 1170, 1186, 1201, 1227,
            1250, 1269, 1287, 1308, 1332, 1363, 1387, 1404, 1427, 1454, 1476, 1503, 1535,
            1558, 1585,
        ],
    };
    static STATUSES: [u16; 58] = [
        404, 404, 400, 404, 404, 403, 400, 404, 400, 404, 400, 404, 400, 404, 400, 404,
        400, 400, 404, 400, 400, 400, 400, 400, 404, 400, 400, 403, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 404,
        400, 400, 404, 400, 400, 400, 400, 404, 404, 400,
    ];
    static STATUS_ENDS: [u32; 59] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58,
    ];
    static RETRY: [::cloud_errors::Retry; 58] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 58] = ::cloud_errors::__private::category_column(
        b"eeceegcecececececceccccceccgccccccccccccccccecceccecccceec",
    );
    static PILOTS: [u16; 15] = [22, 4, 7, 17, 9, 3, 18, 333, 6, 12, 2, 1, 185, 18, 180];
    static SLOTS: [(&str, u32); 64] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            51, 19, 53, 33, 11, 32, 56, 22, 20, 7, 6, 36, 23, 54, 4294967295, 25, 40, 57,
            24, 42, 10, 35, 4, 2, 5, 21, 15, 52, 39, 13, 31, 46, 34, 49, 8, 55, 16,
            4294967295, 9, 30, 12, 4294967295, 3, 4294967295, 50, 27, 44, 26, 14, 1, 0,
            37, 29, 38, 4294967295, 48, 47, 28, 41, 17, 4294967295, 43, 45, 18,
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
    const PROVIDER: &'static str = "AWS DocDB";
    type Envelope = ::cloud_errors::envelopes::AwsQuery;
    /// The retry defaults of AWS DocDB's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS DocDB: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
