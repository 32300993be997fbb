// @generated from catalogs/aws/signin.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Signin: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Signin: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Access denied.
    AccessDeniedException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `InternalServerException`: HTTP 500; retry: backoff; category: internal.
    /// An internal server error occurred.
    InternalServerException,
    /// `InvalidGrantException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid grant.
    InvalidGrantException,
    /// `InvalidScopeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid scope.
    InvalidScopeException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ServiceQuotaExceededException`: HTTP 402; retry: never; category: failed_precondition.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// `ServiceUnavailableException`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailableException,
    /// `TooManyRequestsError`: HTTP 429; retry: never; category: resource_exhausted.
    /// Too many requests error.
    TooManyRequestsError,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 10] = [
        "AccessDeniedException",
        "ConflictException",
        "InternalServerException",
        "InvalidGrantException",
        "InvalidScopeException",
        "ResourceNotFoundException",
        "ServiceQuotaExceededException",
        "ServiceUnavailableException",
        "TooManyRequestsError",
        "ValidationException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.The request conflicts with the current state of the resource.An internal server error occurred.Invalid grant.Invalid scope.Resource not found.Service quota exceeded.The service is unavailable.Too many requests error.The request failed validation.",
        ends: &[0, 14, 75, 109, 123, 137, 156, 179, 206, 230, 260],
    };
    static STATUSES: [u16; 10] = [400, 409, 500, 400, 400, 404, 402, 503, 429, 400];
    static STATUS_ENDS: [u32; 11] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    static RETRY: [::cloud_errors::Retry; 10] = ::cloud_errors::__private::retry_column(
        b"aabaaaabaa",
    );
    static CATEGORY: [::cloud_errors::Category; 10] = ::cloud_errors::__private::category_column(
        b"cjmcceinhc",
    );
    static PILOTS: [u16; 3] = [5, 0, 222];
    static SLOTS: [(&str, u32); 11] = ::cloud_errors::__private::slots(
        &CODES,
        &[7, 5, 4294967295, 1, 2, 0, 3, 6, 8, 9, 4],
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
    const PROVIDER: &'static str = "AWS Signin";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS Signin's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Signin: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
