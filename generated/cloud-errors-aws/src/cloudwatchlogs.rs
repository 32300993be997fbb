// @generated from catalogs/aws/cloudwatchlogs.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS CloudWatch Logs: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS CloudWatch Logs: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Access denied.
    AccessDeniedException,
    /// `ConflictException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `DataAlreadyAcceptedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Data already accepted.
    DataAlreadyAcceptedException,
    /// `InvalidOperationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation.
    InvalidOperationException,
    /// `InvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameterException,
    /// `InvalidSequenceTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid sequence token.
    InvalidSequenceTokenException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `MalformedQueryException`: HTTP 400; retry: never; category: invalid_argument.
    /// Malformed query.
    MalformedQueryException,
    /// `OperationAbortedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation aborted.
    OperationAbortedException,
    /// `ResourceAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already exists.
    ResourceAlreadyExistsException,
    /// `ResourceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ServiceQuotaExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// `ServiceUnavailableException`: HTTP 500; retry: backoff; category: internal.
    /// The service is unavailable.
    ServiceUnavailableException,
    /// `SessionStreamingException`: HTTP 400; retry: never; category: invalid_argument.
    /// Session streaming.
    SessionStreamingException,
    /// `SessionTimeoutException`: HTTP 400; retry: never; category: invalid_argument.
    /// Session timeout.
    SessionTimeoutException,
    /// `ThrottlingException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `TooManyTagsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTagsException,
    /// `UnrecognizedClientException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unrecognized client.
    UnrecognizedClientException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// `InternalServerException`: HTTP 500; retry: backoff; category: internal.
    /// An internal server error occurred.
    InternalServerException,
    /// `InternalStreamingException`: HTTP 400; retry: never; category: invalid_argument.
    /// Internal streaming.
    InternalStreamingException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 21] = [
        "AccessDeniedException",
        "ConflictException",
        "DataAlreadyAcceptedException",
        "InvalidOperationException",
        "InvalidParameterException",
        "InvalidSequenceTokenException",
        "LimitExceededException",
        "MalformedQueryException",
        "OperationAbortedException",
        "ResourceAlreadyExistsException",
        "ResourceNotFoundException",
        "ServiceQuotaExceededException",
        "ServiceUnavailableException",
        "SessionStreamingException",
        "SessionTimeoutException",
        "ThrottlingException",
        "TooManyTagsException",
        "UnrecognizedClientException",
        "ValidationException",
        "InternalServerException",
        "InternalStreamingException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.The request conflicts with the current state of the resource.Data already accepted.Invalid operation.Invalid parameter.Invalid sequence token.Limit exceeded.Malformed query.Operation aborted.Resource already exists.Resource not found.Service quota exceeded.The service is unavailable.Session streaming.Session timeout.The request was throttled.Too many tags.Unrecognized client.The request failed validation.An internal server error occurred.Internal streaming.",
        ends: &[
            0, 14, 75, 97, 115, 133, 156, 171, 187, 205, 229, 248, 271, 298, 316, 332,
            358, 372, 392, 422, 456, 475,
        ],
    };
    static STATUSES: [u16; 21] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 500, 400, 400, 400,
        400, 400, 400, 500, 400,
    ];
    static STATUS_ENDS: [u32; 22] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
    ];
    static RETRY: [::cloud_errors::Retry; 21] = ::cloud_errors::__private::retry_column(
        b"aaaaaabaaaaabaabaaaba",
    );
    static CATEGORY: [::cloud_errors::Category; 21] = ::cloud_errors::__private::category_column(
        b"cccccchcccccmcchcccmc",
    );
    static PILOTS: [u16; 6] = [3, 4, 0, 10, 2, 1];
    static SLOTS: [(&str, u32); 23] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            13, 17, 7, 15, 14, 8, 9, 11, 1, 19, 3, 2, 0, 12, 5, 4, 4294967295,
            4294967295, 10, 18, 16, 20, 6,
        ],
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
    const PROVIDER: &'static str = "AWS CloudWatch Logs";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS CloudWatch Logs's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS CloudWatch Logs: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
