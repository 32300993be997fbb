// @generated from catalogs/aws/iotdataplane.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS IoT Data Plane: error codes.
//!
//! Curated from <https://docs.aws.amazon.com/>.
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS IoT Data Plane: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// Conflict.
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
    /// Unauthorized.
    UnauthorizedException,
    /// `UnsupportedDocumentEncodingException`: HTTP 415; retry: never; category: failed_precondition.
    /// Unsupported document encoding.
    UnsupportedDocumentEncodingException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 10] = [
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
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Conflict.An internal failure occurred.Invalid request.Method not allowed.Request entity too large.Resource not found.The service is unavailable.The request was throttled.Unauthorized.Unsupported document encoding.",
        ends: &[0, 9, 38, 54, 73, 98, 117, 144, 170, 183, 213],
    };
    static STATUSES: [u16; 10] = [409, 500, 400, 405, 413, 404, 503, 429, 401, 415];
    static STATUS_ENDS: [u32; 11] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    static RETRY: [::cloud_errors::Retry; 10] = ::cloud_errors::__private::retry_column(
        b"abaaaabbaa",
    );
    static CATEGORY: [::cloud_errors::Category; 10] = ::cloud_errors::__private::category_column(
        b"jmciienhpi",
    );
    static PILOTS: [u16; 3] = [18, 190, 0];
    static SLOTS: [(&str, u32); 11] = ::cloud_errors::__private::slots(
        &CODES,
        &[5, 8, 3, 6, 0, 2, 9, 4, 4294967295, 7, 1],
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
