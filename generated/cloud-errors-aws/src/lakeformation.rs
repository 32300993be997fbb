// @generated from catalogs/aws/lakeformation.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS LakeFormation: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS LakeFormation: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `AlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Already exists.
    AlreadyExistsException,
    /// `ConcurrentModificationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Concurrent modification.
    ConcurrentModificationException,
    /// `EntityNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Entity not found.
    EntityNotFoundException,
    /// `ExpiredException`: HTTP 410; retry: never; category: failed_precondition.
    /// Expired.
    ExpiredException,
    /// `GlueEncryptionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Glue encryption.
    GlueEncryptionException,
    /// `InternalServiceException`: HTTP 500; retry: backoff; category: internal.
    /// Internal service.
    InternalServiceException,
    /// `InvalidInputException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid input.
    InvalidInputException,
    /// `OperationTimeoutException`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation timeout.
    OperationTimeoutException,
    /// `PermissionTypeMismatchException`: HTTP 400; retry: never; category: invalid_argument.
    /// Permission type mismatch.
    PermissionTypeMismatchException,
    /// `ResourceNotReadyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not ready.
    ResourceNotReadyException,
    /// `ResourceNumberLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource number limit exceeded.
    ResourceNumberLimitExceededException,
    /// `StatisticsNotReadyYetException`: HTTP 420; retry: never; category: failed_precondition.
    /// Statistics not ready yet.
    StatisticsNotReadyYetException,
    /// `ThrottledException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottledException,
    /// `TransactionCanceledException`: HTTP 400; retry: never; category: invalid_argument.
    /// Transaction canceled.
    TransactionCanceledException,
    /// `TransactionCommitInProgressException`: HTTP 400; retry: never; category: invalid_argument.
    /// Transaction commit in progress.
    TransactionCommitInProgressException,
    /// `TransactionCommittedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Transaction committed.
    TransactionCommittedException,
    /// `WorkUnitsNotReadyYetException`: HTTP 420; retry: never; category: failed_precondition.
    /// Work units not ready yet.
    WorkUnitsNotReadyYetException,
    /// `ConflictException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `FederationSourceException`: HTTP 400; retry: never; category: invalid_argument.
    /// Federation source.
    FederationSourceException,
    /// `FederationSourceRetryableException`: HTTP 400; retry: never; category: invalid_argument.
    /// Federation source retryable.
    FederationSourceRetryableException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 21] = [
        "AccessDeniedException",
        "AlreadyExistsException",
        "ConcurrentModificationException",
        "EntityNotFoundException",
        "ExpiredException",
        "GlueEncryptionException",
        "InternalServiceException",
        "InvalidInputException",
        "OperationTimeoutException",
        "PermissionTypeMismatchException",
        "ResourceNotReadyException",
        "ResourceNumberLimitExceededException",
        "StatisticsNotReadyYetException",
        "ThrottledException",
        "TransactionCanceledException",
        "TransactionCommitInProgressException",
        "TransactionCommittedException",
        "WorkUnitsNotReadyYetException",
        "ConflictException",
        "FederationSourceException",
        "FederationSourceRetryableException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Already exists.Concurrent modification.Entity not found.Expired.Glue encryption.Internal service.Invalid input.Operation timeout.Permission type mismatch.Resource not ready.Resource number limit exceeded.Statistics not ready yet.The request was throttled.Transaction canceled.Transaction commit in progress.Transaction committed.Work units not ready yet.The request conflicts with the current state of the resource.Federation source.Federation source retryable.",
        ends: &[
            0, 14, 29, 53, 70, 78, 94, 111, 125, 143, 168, 187, 218, 243, 269, 290, 321,
            343, 368, 429, 447, 475,
        ],
    };
    static STATUSES: [u16; 21] = [
        403, 400, 400, 400, 410, 400, 500, 400, 400, 400, 400, 400, 420, 429, 400, 400,
        400, 420, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 22] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
    ];
    static RETRY: [::cloud_errors::Retry; 21] = ::cloud_errors::__private::retry_column(
        b"aaaaaabaaaaaabaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 21] = ::cloud_errors::__private::category_column(
        b"gcccicmcccccihccciccc",
    );
    static PILOTS: [u16; 6] = [15, 30, 63, 0, 1, 6];
    static SLOTS: [(&str, u32); 23] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            18, 17, 11, 6, 4294967295, 9, 10, 2, 13, 7, 4294967295, 1, 19, 12, 20, 5, 16,
            8, 14, 0, 3, 4, 15,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
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
    const PROVIDER: &'static str = "AWS LakeFormation";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS LakeFormation's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS LakeFormation: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
