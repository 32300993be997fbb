// @generated from catalogs/aws/transfer.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Transfer: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Transfer: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `InternalServiceError`: HTTP 503; retry: backoff; category: unavailable.
    /// Internal service error.
    InternalServiceError,
    /// `InvalidNextTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next token.
    InvalidNextTokenException,
    /// `InvalidRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequestException,
    /// `ResourceExistsException`: HTTP 409; retry: never; category: aborted.
    /// Resource exists.
    ResourceExistsException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ServiceUnavailableException`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailableException,
    /// `ThrottlingException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 9] = [
        "AccessDeniedException",
        "ConflictException",
        "InternalServiceError",
        "InvalidNextTokenException",
        "InvalidRequestException",
        "ResourceExistsException",
        "ResourceNotFoundException",
        "ServiceUnavailableException",
        "ThrottlingException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.The request conflicts with the current state of the resource.Internal service error.Invalid next token.Invalid request.Resource exists.Resource not found.The service is unavailable.The request was throttled.",
        ends: &[0, 14, 75, 98, 117, 133, 149, 168, 195, 221],
    };
    static STATUSES: [u16; 9] = [403, 409, 503, 400, 400, 409, 404, 503, 429];
    static STATUS_ENDS: [u32; 10] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    static RETRY: [::cloud_errors::Retry; 9] = ::cloud_errors::__private::retry_column(
        b"aabaaaabb",
    );
    static CATEGORY: [::cloud_errors::Category; 9] = ::cloud_errors::__private::category_column(
        b"gjnccjenh",
    );
    static PILOTS: [u16; 3] = [0, 3, 0];
    static SLOTS: [(&str, u32); 10] = ::cloud_errors::__private::slots(
        &CODES,
        &[6, 0, 5, 7, 4, 2, 1, 4294967295, 8, 3],
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
    const PROVIDER: &'static str = "AWS Transfer";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS Transfer's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Transfer: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
