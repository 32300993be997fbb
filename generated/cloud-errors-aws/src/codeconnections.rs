// @generated from catalogs/aws/codeconnections.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS CodeConnections: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsCbor`](cloud_errors::envelopes::AwsCbor) (`aws_cbor`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS CodeConnections: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `ConcurrentModificationException`: HTTP 409; retry: never; category: aborted.
    /// Concurrent modification.
    ConcurrentModificationException,
    /// `ConditionalCheckFailedException`: HTTP 409; retry: never; category: aborted.
    /// Conditional check failed.
    ConditionalCheckFailedException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `InternalServerException`: HTTP 503; retry: backoff; category: unavailable.
    /// An internal server error occurred.
    InternalServerException,
    /// `InvalidInputException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid input.
    InvalidInputException,
    /// `LimitExceededException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `ResourceAlreadyExistsException`: HTTP 409; retry: never; category: aborted.
    /// Resource already exists.
    ResourceAlreadyExistsException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ResourceUnavailableException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource unavailable.
    ResourceUnavailableException,
    /// `RetryLatestCommitFailedException`: HTTP 503; retry: backoff; category: unavailable.
    /// Retry latest commit failed.
    RetryLatestCommitFailedException,
    /// `SyncBlockerDoesNotExistException`: HTTP 404; retry: never; category: not_found.
    /// Sync blocker does not exist.
    SyncBlockerDoesNotExistException,
    /// `SyncConfigurationStillExistsException`: HTTP 409; retry: never; category: aborted.
    /// Sync configuration still exists.
    SyncConfigurationStillExistsException,
    /// `ThrottlingException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `UnsupportedOperationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported operation.
    UnsupportedOperationException,
    /// `UnsupportedProviderTypeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported provider type.
    UnsupportedProviderTypeException,
    /// `UpdateOutOfSyncException`: HTTP 409; retry: never; category: aborted.
    /// Update out of sync.
    UpdateOutOfSyncException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 17] = [
        "AccessDeniedException",
        "ConcurrentModificationException",
        "ConditionalCheckFailedException",
        "ConflictException",
        "InternalServerException",
        "InvalidInputException",
        "LimitExceededException",
        "ResourceAlreadyExistsException",
        "ResourceNotFoundException",
        "ResourceUnavailableException",
        "RetryLatestCommitFailedException",
        "SyncBlockerDoesNotExistException",
        "SyncConfigurationStillExistsException",
        "ThrottlingException",
        "UnsupportedOperationException",
        "UnsupportedProviderTypeException",
        "UpdateOutOfSyncException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Concurrent modification.Conditional check failed.The request conflicts with the current state of the resource.An internal server error occurred.Invalid input.Limit exceeded.Resource already exists.Resource not found.Resource unavailable.Retry latest commit failed.Sync blocker does not exist.Sync configuration still exists.The request was throttled.Unsupported operation.Unsupported provider type.Update out of sync.",
        ends: &[
            0, 14, 38, 63, 124, 158, 172, 187, 211, 230, 251, 278, 306, 338, 364, 386,
            412, 431,
        ],
    };
    static STATUSES: [u16; 17] = [
        403, 409, 409, 409, 503, 400, 429, 409, 404, 400, 503, 404, 409, 429, 400, 400,
        409,
    ];
    static STATUS_ENDS: [u32; 18] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
    ];
    static RETRY: [::cloud_errors::Retry; 17] = ::cloud_errors::__private::retry_column(
        b"aaaababaaabaabaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 17] = ::cloud_errors::__private::category_column(
        b"gjjjnchjecnejhccj",
    );
    static PILOTS: [u16; 5] = [0, 4, 0, 0, 5];
    static SLOTS: [(&str, u32); 18] = ::cloud_errors::__private::slots(
        &CODES,
        &[13, 10, 0, 16, 7, 14, 3, 4, 9, 2, 5, 11, 15, 1, 4294967295, 6, 8, 12],
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
    const PROVIDER: &'static str = "AWS CodeConnections";
    type Envelope = ::cloud_errors::envelopes::AwsCbor;
    /// The retry defaults of AWS CodeConnections's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS CodeConnections: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
