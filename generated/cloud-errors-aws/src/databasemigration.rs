// @generated from catalogs/aws/databasemigration.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Database Migration Service: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Database Migration Service: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Access denied.
    AccessDeniedFault,
    /// `CollectorNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Collector not found.
    CollectorNotFoundFault,
    /// `FailedDependencyFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Failed dependency.
    FailedDependencyFault,
    /// `InsufficientResourceCapacityFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient resource capacity.
    InsufficientResourceCapacityFault,
    /// `InvalidCertificateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid certificate.
    InvalidCertificateFault,
    /// `InvalidOperationFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation.
    InvalidOperationFault,
    /// `InvalidResourceStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource state.
    InvalidResourceStateFault,
    /// `InvalidSubnet`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid subnet.
    InvalidSubnet,
    /// `KMSAccessDeniedFault`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS access denied.
    KmsAccessDeniedFault,
    /// `KMSDisabledFault`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS disabled.
    KmsDisabledFault,
    /// `KMSFault`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS.
    KmsFault,
    /// `KMSInvalidStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS invalid state.
    KmsInvalidStateFault,
    /// `KMSKeyNotAccessibleFault`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS key not accessible.
    KmsKeyNotAccessibleFault,
    /// `KMSNotFoundFault`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS not found.
    KmsNotFoundFault,
    /// `KMSThrottlingFault`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS throttling.
    KmsThrottlingFault,
    /// `ReplicationSubnetGroupDoesNotCoverEnoughAZs`: HTTP 400; retry: never; category: invalid_argument.
    /// Replication subnet group does not cover enough a zs.
    ReplicationSubnetGroupDoesNotCoverEnoughAZs,
    /// `ResourceAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already exists.
    ResourceAlreadyExistsFault,
    /// `ResourceNotFoundFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFoundFault,
    /// `ResourceQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource quota exceeded.
    ResourceQuotaExceededFault,
    /// `S3AccessDeniedFault`: HTTP 400; retry: never; category: invalid_argument.
    /// S3 access denied.
    S3AccessDeniedFault,
    /// `S3ResourceNotFoundFault`: HTTP 400; retry: never; category: invalid_argument.
    /// S3 resource not found.
    S3ResourceNotFoundFault,
    /// `SNSInvalidTopicFault`: HTTP 400; retry: never; category: invalid_argument.
    /// SNS invalid topic.
    SnsInvalidTopicFault,
    /// `SNSNoAuthorizationFault`: HTTP 400; retry: never; category: invalid_argument.
    /// SNS no authorization.
    SnsNoAuthorizationFault,
    /// `StorageQuotaExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Storage quota exceeded.
    StorageQuotaExceededFault,
    /// `SubnetAlreadyInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Subnet already in use.
    SubnetAlreadyInUse,
    /// `UpgradeDependencyFailureFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Upgrade dependency failure.
    UpgradeDependencyFailureFault,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 26] = [
        "AccessDeniedFault",
        "CollectorNotFoundFault",
        "FailedDependencyFault",
        "InsufficientResourceCapacityFault",
        "InvalidCertificateFault",
        "InvalidOperationFault",
        "InvalidResourceStateFault",
        "InvalidSubnet",
        "KMSAccessDeniedFault",
        "KMSDisabledFault",
        "KMSFault",
        "KMSInvalidStateFault",
        "KMSKeyNotAccessibleFault",
        "KMSNotFoundFault",
        "KMSThrottlingFault",
        "ReplicationSubnetGroupDoesNotCoverEnoughAZs",
        "ResourceAlreadyExistsFault",
        "ResourceNotFoundFault",
        "ResourceQuotaExceededFault",
        "S3AccessDeniedFault",
        "S3ResourceNotFoundFault",
        "SNSInvalidTopicFault",
        "SNSNoAuthorizationFault",
        "StorageQuotaExceededFault",
        "SubnetAlreadyInUse",
        "UpgradeDependencyFailureFault",
    ];
    static NAME_CODES: [u32; 9] = [8, 9, 10, 11, 12, 13, 14, 21, 22];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "KmsAccessDeniedFaultKmsDisabledFaultKmsFaultKmsInvalidStateFaultKmsKeyNotAccessibleFaultKmsNotFoundFaultKmsThrottlingFaultSnsInvalidTopicFaultSnsNoAuthorizationFault",
        ends: &[0, 20, 36, 44, 64, 88, 104, 122, 142, 165],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Collector not found.Failed dependency.Insufficient resource capacity.Invalid certificate.Invalid operation.Invalid resource state.Invalid subnet.KMS access denied.KMS disabled.KMS.KMS invalid state.KMS key not accessible.KMS not found.KMS throttling.Replication subnet group does not cover enough a zs.Resource already exists.Resource not found.Resource quota exceeded.S3 access denied.S3 resource not found.SNS invalid topic.SNS no authorization.Storage quota exceeded.Subnet already in use.Upgrade dependency failure.",
        ends: &[
            0, 14, 34, 52, 83, 103, 121, 144, 159, 177, 190, 194, 212, 235, 249, 264,
            316, 340, 359, 383, 400, 422, 440, 461, 484, 506, 533,
        ],
    };
    static STATUSES: [u16; 26] = [
        400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 27] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26,
    ];
    static RETRY: [::cloud_errors::Retry; 26] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 26] = ::cloud_errors::__private::category_column(
        b"cecccccccccccccccccccccccc",
    );
    static PILOTS: [u16; 7] = [29, 0, 2, 0, 0, 163, 86];
    static SLOTS: [(&str, u32); 28] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            20, 23, 3, 4, 25, 24, 17, 4294967295, 11, 22, 21, 8, 10, 16, 19, 2, 9, 1, 15,
            14, 18, 7, 6, 4294967295, 0, 5, 13, 12,
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
    const PROVIDER: &'static str = "AWS Database Migration Service";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS Database Migration Service's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Database Migration Service: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
