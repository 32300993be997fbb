// @generated from catalogs/aws/apigateway.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS API Gateway: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS API Gateway: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `BadRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Bad request.
    BadRequestException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `LimitExceededException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `NotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Not found.
    NotFoundException,
    /// `ServiceUnavailableException`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailableException,
    /// `TooManyRequestsException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Too many requests.
    TooManyRequestsException,
    /// `UnauthorizedException`: HTTP 401; retry: never; category: unauthenticated.
    /// The request is not authorized.
    UnauthorizedException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 7] = [
        "BadRequestException",
        "ConflictException",
        "LimitExceededException",
        "NotFoundException",
        "ServiceUnavailableException",
        "TooManyRequestsException",
        "UnauthorizedException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Bad request.The request conflicts with the current state of the resource.Limit exceeded.Not found.The service is unavailable.Too many requests.The request is not authorized.",
        ends: &[0, 12, 73, 88, 98, 125, 143, 173],
    };
    static STATUSES: [u16; 7] = [400, 409, 429, 404, 503, 429, 401];
    static STATUS_ENDS: [u32; 8] = [0, 1, 2, 3, 4, 5, 6, 7];
    static RETRY: [::cloud_errors::Retry; 7] = ::cloud_errors::__private::retry_column(
        b"aababba",
    );
    static CATEGORY: [::cloud_errors::Category; 7] = ::cloud_errors::__private::category_column(
        b"cjhenhp",
    );
    static PILOTS: [u16; 2] = [21, 7];
    static SLOTS: [(&str, u32); 7] = ::cloud_errors::__private::slots(
        &CODES,
        &[4, 2, 3, 6, 1, 0, 5],
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
    const PROVIDER: &'static str = "AWS API Gateway";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS API Gateway's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS API Gateway: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
