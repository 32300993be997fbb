// @generated from catalogs/aws/sagemakergatewayruntime.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS SageMaker Gateway Runtime: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS SageMaker Gateway Runtime: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `BadGatewayException`: HTTP 502; retry: backoff; category: internal.
    /// Bad gateway.
    BadGatewayException,
    /// `GatewayTimeoutException`: HTTP 504; retry: backoff; category: deadline_exceeded.
    /// Gateway timeout.
    GatewayTimeoutException,
    /// `InternalServerException`: HTTP 500; retry: backoff; category: internal.
    /// An internal server error occurred.
    InternalServerException,
    /// `InternalStreamFailure`: HTTP 500; retry: backoff; category: internal.
    /// Internal stream failure.
    InternalStreamFailure,
    /// `ModelStreamError`: HTTP 400; retry: never; category: invalid_argument.
    /// Model stream error.
    ModelStreamError,
    /// `PayloadTooLargeException`: HTTP 413; retry: never; category: failed_precondition.
    /// Payload too large.
    PayloadTooLargeException,
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
    static CODES: [&str; 10] = [
        "AccessDeniedException",
        "BadGatewayException",
        "GatewayTimeoutException",
        "InternalServerException",
        "InternalStreamFailure",
        "ModelStreamError",
        "PayloadTooLargeException",
        "ResourceNotFoundException",
        "ServiceUnavailableException",
        "ThrottlingException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Bad gateway.Gateway timeout.An internal server error occurred.Internal stream failure.Model stream error.Payload too large.Resource not found.The service is unavailable.The request was throttled.",
        ends: &[0, 14, 26, 42, 76, 100, 119, 137, 156, 183, 209],
    };
    static STATUSES: [u16; 10] = [403, 502, 504, 500, 500, 400, 413, 404, 503, 429];
    static STATUS_ENDS: [u32; 11] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    static RETRY: [::cloud_errors::Retry; 10] = ::cloud_errors::__private::retry_column(
        b"abbbbaaabb",
    );
    static CATEGORY: [::cloud_errors::Category; 10] = ::cloud_errors::__private::category_column(
        b"gmdmmcienh",
    );
    static PILOTS: [u16; 3] = [0, 203, 3];
    static SLOTS: [(&str, u32); 11] = ::cloud_errors::__private::slots(
        &CODES,
        &[5, 8, 4, 0, 7, 1, 4294967295, 9, 3, 2, 6],
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
    const PROVIDER: &'static str = "AWS SageMaker Gateway Runtime";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS SageMaker Gateway Runtime's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS SageMaker Gateway Runtime: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
