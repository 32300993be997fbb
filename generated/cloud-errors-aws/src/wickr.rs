// @generated from catalogs/aws/wickr.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Wickr: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Wickr: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `BadRequestError`: HTTP 400; retry: never; category: invalid_argument.
    /// Bad request error.
    BadRequestError,
    /// `ForbiddenError`: HTTP 403; retry: never; category: permission_denied.
    /// Forbidden error.
    ForbiddenError,
    /// `InternalServerError`: HTTP 500; retry: backoff; category: internal.
    /// Internal server error.
    InternalServerError,
    /// `RateLimitError`: HTTP 429; retry: never; category: resource_exhausted.
    /// Rate limit error.
    RateLimitError,
    /// `ResourceNotFoundError`: HTTP 404; retry: never; category: not_found.
    /// Resource not found error.
    ResourceNotFoundError,
    /// `UnauthorizedError`: HTTP 401; retry: never; category: unauthenticated.
    /// Unauthorized error.
    UnauthorizedError,
    /// `ValidationError`: HTTP 422; retry: never; category: failed_precondition.
    /// Validation error.
    ValidationError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 7] = [
        "BadRequestError",
        "ForbiddenError",
        "InternalServerError",
        "RateLimitError",
        "ResourceNotFoundError",
        "UnauthorizedError",
        "ValidationError",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Bad request error.Forbidden error.Internal server error.Rate limit error.Resource not found error.Unauthorized error.Validation error.",
        ends: &[0, 18, 34, 56, 73, 98, 117, 134],
    };
    static STATUSES: [u16; 7] = [400, 403, 500, 429, 404, 401, 422];
    static STATUS_ENDS: [u32; 8] = [0, 1, 2, 3, 4, 5, 6, 7];
    static RETRY: [::cloud_errors::Retry; 7] = ::cloud_errors::__private::retry_column(
        b"aabaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 7] = ::cloud_errors::__private::category_column(
        b"cgmhepi",
    );
    static PILOTS: [u16; 2] = [116, 0];
    static SLOTS: [(&str, u32); 7] = ::cloud_errors::__private::slots(
        &CODES,
        &[0, 2, 1, 5, 6, 3, 4],
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
    const PROVIDER: &'static str = "AWS Wickr";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS Wickr's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Wickr: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
