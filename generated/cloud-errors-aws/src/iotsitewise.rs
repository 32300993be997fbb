// @generated from catalogs/aws/iotsitewise.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS IoTSiteWise: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS IoTSiteWise: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `ConflictingOperationException`: HTTP 409; retry: never; category: aborted.
    /// Conflicting operation.
    ConflictingOperationException,
    /// `InternalFailureException`: HTTP 500; retry: backoff; category: internal.
    /// An internal failure occurred.
    InternalFailureException,
    /// `InvalidRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequestException,
    /// `LimitExceededException`: HTTP 410; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `PreconditionFailedException`: HTTP 412; retry: never; category: failed_precondition.
    /// Precondition failed.
    PreconditionFailedException,
    /// `QueryTimeoutException`: HTTP 400; retry: never; category: invalid_argument.
    /// Query timeout.
    QueryTimeoutException,
    /// `ResourceAlreadyExistsException`: HTTP 409; retry: never; category: aborted.
    /// Resource already exists.
    ResourceAlreadyExistsException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ServiceUnavailableException`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailableException,
    /// `ThrottlingException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `TooManyTagsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTagsException,
    /// `UnauthorizedException`: HTTP 401; retry: never; category: unauthenticated.
    /// The request is not authorized.
    UnauthorizedException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 14] = [
        "AccessDeniedException",
        "ConflictingOperationException",
        "InternalFailureException",
        "InvalidRequestException",
        "LimitExceededException",
        "PreconditionFailedException",
        "QueryTimeoutException",
        "ResourceAlreadyExistsException",
        "ResourceNotFoundException",
        "ServiceUnavailableException",
        "ThrottlingException",
        "TooManyTagsException",
        "UnauthorizedException",
        "ValidationException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Conflicting operation.An internal failure occurred.Invalid request.Limit exceeded.Precondition failed.Query timeout.Resource already exists.Resource not found.The service is unavailable.The request was throttled.Too many tags.The request is not authorized.The request failed validation.",
        ends: &[0, 14, 36, 65, 81, 96, 116, 130, 154, 173, 200, 226, 240, 270, 300],
    };
    static STATUSES: [u16; 14] = [
        403, 409, 500, 400, 410, 412, 400, 409, 404, 503, 429, 400, 401, 400,
    ];
    static STATUS_ENDS: [u32; 15] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
    static RETRY: [::cloud_errors::Retry; 14] = ::cloud_errors::__private::retry_column(
        b"aababaaaabbaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 14] = ::cloud_errors::__private::category_column(
        b"gjmchicjenhcpc",
    );
    static PILOTS: [u16; 4] = [3, 79, 21, 5];
    static SLOTS: [(&str, u32); 15] = ::cloud_errors::__private::slots(
        &CODES,
        &[10, 13, 4, 2, 12, 7, 1, 9, 6, 3, 4294967295, 5, 11, 8, 0],
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
    const PROVIDER: &'static str = "AWS IoTSiteWise";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS IoTSiteWise's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS IoTSiteWise: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
