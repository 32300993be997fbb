// @generated from catalogs/aws/iotdataplane.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS IoT Data Plane: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS IoT Data Plane: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `InternalFailureException`: HTTP 500; retry: backoff; category: internal.
    /// An internal failure occurred.
    InternalFailureException,
    /// `InvalidRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequestException,
    /// `MethodNotAllowedException`: HTTP 405; retry: never; category: failed_precondition.
    /// Method not allowed.
    MethodNotAllowedException,
    /// `RequestEntityTooLargeException`: HTTP 413; retry: never; category: failed_precondition.
    /// Request entity too large.
    RequestEntityTooLargeException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ServiceUnavailableException`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailableException,
    /// `ThrottlingException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `UnauthorizedException`: HTTP 401; retry: never; category: unauthenticated.
    /// The request is not authorized.
    UnauthorizedException,
    /// `UnsupportedDocumentEncodingException`: HTTP 415; retry: never; category: failed_precondition.
    /// Unsupported document encoding.
    UnsupportedDocumentEncodingException,
    /// `ForbiddenException`: HTTP 403; retry: never; category: permission_denied.
    /// The request is forbidden.
    ForbiddenException,
    /// `GatewayTimeoutException`: HTTP 504; retry: backoff; category: deadline_exceeded.
    /// Gateway timeout.
    GatewayTimeoutException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 12] = [
        "ConflictException",
        "InternalFailureException",
        "InvalidRequestException",
        "MethodNotAllowedException",
        "RequestEntityTooLargeException",
        "ResourceNotFoundException",
        "ServiceUnavailableException",
        "ThrottlingException",
        "UnauthorizedException",
        "UnsupportedDocumentEncodingException",
        "ForbiddenException",
        "GatewayTimeoutException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The request conflicts with the current state of the resource.An internal failure occurred.Invalid request.Method not allowed.Request entity too large.Resource not found.The service is unavailable.The request was throttled.The request is not authorized.Unsupported document encoding.The request is forbidden.Gateway timeout.",
        ends: &[0, 61, 90, 106, 125, 150, 169, 196, 222, 252, 282, 307, 323],
    };
    static STATUSES: [u16; 12] = [
        409, 500, 400, 405, 413, 404, 503, 429, 401, 415, 403, 504,
    ];
    static STATUS_ENDS: [u32; 13] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    static RETRY: [::cloud_errors::Retry; 12] = ::cloud_errors::__private::retry_column(
        b"abaaaabbaaab",
    );
    static CATEGORY: [::cloud_errors::Category; 12] = ::cloud_errors::__private::category_column(
        b"jmciienhpigd",
    );
    static PILOTS: [u16; 3] = [192, 13, 0];
    static SLOTS: [(&str, u32); 13] = ::cloud_errors::__private::slots(
        &CODES,
        &[1, 5, 11, 3, 6, 4294967295, 2, 9, 4, 8, 10, 7, 0],
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
    const PROVIDER: &'static str = "AWS IoT Data Plane";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS IoT Data Plane's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS IoT Data Plane: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
