// @generated from catalogs/aws/translate.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Translate: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsCbor`](cloud_errors::envelopes::AwsCbor) (`aws_cbor`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Translate: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ConcurrentModificationException`: HTTP 409; retry: never; category: aborted.
    /// Concurrent modification.
    ConcurrentModificationException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `DetectedLanguageLowConfidenceException`: HTTP 400; retry: never; category: invalid_argument.
    /// Detected language low confidence.
    DetectedLanguageLowConfidenceException,
    /// `InternalServerException`: HTTP 500; retry: backoff; category: internal.
    /// An internal server error occurred.
    InternalServerException,
    /// `InvalidFilterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid filter.
    InvalidFilterException,
    /// `InvalidParameterValueException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter value.
    InvalidParameterValueException,
    /// `InvalidRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequestException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ServiceUnavailableException`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailableException,
    /// `TextSizeLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Text size limit exceeded.
    TextSizeLimitExceededException,
    /// `TooManyRequestsException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Too many requests.
    TooManyRequestsException,
    /// `TooManyTagsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTagsException,
    /// `UnsupportedDisplayLanguageCodeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported display language code.
    UnsupportedDisplayLanguageCodeException,
    /// `UnsupportedLanguagePairException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported language pair.
    UnsupportedLanguagePairException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 15] = [
        "ConcurrentModificationException",
        "ConflictException",
        "DetectedLanguageLowConfidenceException",
        "InternalServerException",
        "InvalidFilterException",
        "InvalidParameterValueException",
        "InvalidRequestException",
        "LimitExceededException",
        "ResourceNotFoundException",
        "ServiceUnavailableException",
        "TextSizeLimitExceededException",
        "TooManyRequestsException",
        "TooManyTagsException",
        "UnsupportedDisplayLanguageCodeException",
        "UnsupportedLanguagePairException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Concurrent modification.The request conflicts with the current state of the resource.Detected language low confidence.An internal server error occurred.Invalid filter.Invalid parameter value.Invalid request.Limit exceeded.Resource not found.The service is unavailable.Text size limit exceeded.Too many requests.Too many tags.Unsupported display language code.Unsupported language pair.",
        ends: &[
            0, 24, 85, 118, 152, 167, 191, 207, 222, 241, 268, 293, 311, 325, 359, 385,
        ],
    };
    static STATUSES: [u16; 15] = [
        409, 409, 400, 500, 400, 400, 400, 400, 404, 503, 400, 429, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 16] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    ];
    static RETRY: [::cloud_errors::Retry; 15] = ::cloud_errors::__private::retry_column(
        b"aaabaaabababaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 15] = ::cloud_errors::__private::category_column(
        b"jjcmccchenchccc",
    );
    static PILOTS: [u16; 4] = [0, 4, 820, 3];
    static SLOTS: [(&str, u32); 16] = ::cloud_errors::__private::slots(
        &CODES,
        &[10, 2, 9, 6, 3, 8, 13, 1, 4294967295, 4, 11, 5, 0, 7, 14, 12],
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
    const PROVIDER: &'static str = "AWS Translate";
    type Envelope = ::cloud_errors::envelopes::AwsCbor;
    /// The retry defaults of AWS Translate's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Translate: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
