// @generated from catalogs/aws/opensearch.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS OpenSearch: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS OpenSearch: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `BaseException`: HTTP 400; retry: never; category: invalid_argument.
    /// The service could not process the request.
    BaseException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `DependencyFailureException`: HTTP 424; retry: never; category: failed_precondition.
    /// Dependency failure.
    DependencyFailureException,
    /// `DisabledOperationException`: HTTP 409; retry: never; category: aborted.
    /// Disabled operation.
    DisabledOperationException,
    /// `InternalException`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalException,
    /// `InvalidPaginationTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pagination token.
    InvalidPaginationTokenException,
    /// `InvalidTypeException`: HTTP 409; retry: never; category: aborted.
    /// Invalid type.
    InvalidTypeException,
    /// `LimitExceededException`: HTTP 409; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `ResourceAlreadyExistsException`: HTTP 409; retry: never; category: aborted.
    /// Resource already exists.
    ResourceAlreadyExistsException,
    /// `ResourceNotFoundException`: HTTP 409; retry: never; category: aborted.
    /// Resource not found.
    ResourceNotFoundException,
    /// `SlotNotAvailableException`: HTTP 409; retry: never; category: aborted.
    /// Slot not available.
    SlotNotAvailableException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// `ServiceQuotaExceededException`: HTTP 402; retry: never; category: failed_precondition.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// `ThrottlingException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 15] = [
        "AccessDeniedException",
        "BaseException",
        "ConflictException",
        "DependencyFailureException",
        "DisabledOperationException",
        "InternalException",
        "InvalidPaginationTokenException",
        "InvalidTypeException",
        "LimitExceededException",
        "ResourceAlreadyExistsException",
        "ResourceNotFoundException",
        "SlotNotAvailableException",
        "ValidationException",
        "ServiceQuotaExceededException",
        "ThrottlingException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.The service could not process the request.The request conflicts with the current state of the resource.Dependency failure.Disabled operation.An internal error occurred.Invalid pagination token.Invalid type.Limit exceeded.Resource already exists.Resource not found.Slot not available.The request failed validation.Service quota exceeded.The request was throttled.",
        ends: &[
            0, 14, 56, 117, 136, 155, 182, 207, 220, 235, 259, 278, 297, 327, 350, 376,
        ],
    };
    static STATUSES: [u16; 15] = [
        403, 400, 409, 424, 409, 500, 400, 409, 409, 409, 409, 409, 400, 402, 429,
    ];
    static STATUS_ENDS: [u32; 16] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    ];
    static RETRY: [::cloud_errors::Retry; 15] = ::cloud_errors::__private::retry_column(
        b"aaaaabaabaaaaab",
    );
    static CATEGORY: [::cloud_errors::Category; 15] = ::cloud_errors::__private::category_column(
        b"gcjijmcjhjjjcih",
    );
    static PILOTS: [u16; 4] = [0, 2, 38, 38];
    static SLOTS: [(&str, u32); 16] = ::cloud_errors::__private::slots(
        &CODES,
        &[13, 5, 4294967295, 6, 14, 11, 12, 4, 3, 1, 7, 0, 10, 8, 2, 9],
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
    const PROVIDER: &'static str = "AWS OpenSearch";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS OpenSearch's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS OpenSearch: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
