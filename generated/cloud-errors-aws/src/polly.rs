// @generated from catalogs/aws/polly.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Polly: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Polly: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `EngineNotSupportedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Engine not supported.
    EngineNotSupportedException,
    /// `InvalidLexiconException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid lexicon.
    InvalidLexiconException,
    /// `InvalidNextTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next token.
    InvalidNextTokenException,
    /// `InvalidS3BucketException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid s3 bucket.
    InvalidS3BucketException,
    /// `InvalidS3KeyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid s3 key.
    InvalidS3KeyException,
    /// `InvalidSampleRateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid sample rate.
    InvalidSampleRateException,
    /// `InvalidSnsTopicArnException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid sns topic arn.
    InvalidSnsTopicArnException,
    /// `InvalidSsmlException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ssml.
    InvalidSsmlException,
    /// `InvalidTaskIdException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid task id.
    InvalidTaskIdException,
    /// `LanguageNotSupportedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Language not supported.
    LanguageNotSupportedException,
    /// `LexiconNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Lexicon not found.
    LexiconNotFoundException,
    /// `LexiconSizeExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Lexicon size exceeded.
    LexiconSizeExceededException,
    /// `MarksNotSupportedForFormatException`: HTTP 400; retry: never; category: invalid_argument.
    /// Marks not supported for format.
    MarksNotSupportedForFormatException,
    /// `MaxLexemeLengthExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Max lexeme length exceeded.
    MaxLexemeLengthExceededException,
    /// `MaxLexiconsNumberExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Max lexicons number exceeded.
    MaxLexiconsNumberExceededException,
    /// `ServiceFailureException`: HTTP 500; retry: backoff; category: internal.
    /// Service failure.
    ServiceFailureException,
    /// `SsmlMarksNotSupportedForTextTypeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Ssml marks not supported for text type.
    SsmlMarksNotSupportedForTextTypeException,
    /// `SynthesisTaskNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Synthesis task not found.
    SynthesisTaskNotFoundException,
    /// `TextLengthExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Text length exceeded.
    TextLengthExceededException,
    /// `UnsupportedPlsAlphabetException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported pls alphabet.
    UnsupportedPlsAlphabetException,
    /// `UnsupportedPlsLanguageException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported pls language.
    UnsupportedPlsLanguageException,
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `InvalidTagParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag parameter.
    InvalidTagParameterException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ServiceQuotaExceededException`: HTTP 402; retry: never; category: failed_precondition.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// `ThrottlingException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `TooManyTagsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTagsException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 29] = [
        "EngineNotSupportedException",
        "InvalidLexiconException",
        "InvalidNextTokenException",
        "InvalidS3BucketException",
        "InvalidS3KeyException",
        "InvalidSampleRateException",
        "InvalidSnsTopicArnException",
        "InvalidSsmlException",
        "InvalidTaskIdException",
        "LanguageNotSupportedException",
        "LexiconNotFoundException",
        "LexiconSizeExceededException",
        "MarksNotSupportedForFormatException",
        "MaxLexemeLengthExceededException",
        "MaxLexiconsNumberExceededException",
        "ServiceFailureException",
        "SsmlMarksNotSupportedForTextTypeException",
        "SynthesisTaskNotFoundException",
        "TextLengthExceededException",
        "UnsupportedPlsAlphabetException",
        "UnsupportedPlsLanguageException",
        "AccessDeniedException",
        "ConflictException",
        "InvalidTagParameterException",
        "ResourceNotFoundException",
        "ServiceQuotaExceededException",
        "ThrottlingException",
        "TooManyTagsException",
        "ValidationException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Engine not supported.Invalid lexicon.Invalid next token.Invalid s3 bucket.Invalid s3 key.Invalid sample rate.Invalid sns topic arn.Invalid ssml.Invalid task id.Language not supported.Lexicon not found.Lexicon size exceeded.Marks not supported for format.Max lexeme length exceeded.Max lexicons number exceeded.Service failure.Ssml marks not supported for text type.Synthesis task not found.Text length exceeded.Unsupported pls alphabet.Unsupported pls language.Access denied.The request conflicts with the current state of the resource.Invalid tag parameter.Resource not found.Service quota exceeded.The request was throttled.Too many tags.The request failed validation.",
        ends: &[
            0, 21, 37, 56, 74, 89, 109, 131, 144, 160, 183, 201, 223, 254, 281, 310, 326,
            365, 390, 411, 436, 461, 475, 536, 558, 577, 600, 626, 640, 670,
        ],
    };
    static STATUSES: [u16; 29] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 500,
        400, 400, 400, 400, 400, 403, 409, 400, 404, 402, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 30] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29,
    ];
    static RETRY: [::cloud_errors::Retry; 29] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaabaaaaaaaaaabaa",
    );
    static CATEGORY: [::cloud_errors::Category; 29] = ::cloud_errors::__private::category_column(
        b"cccccccccceccccmcccccgjceihcc",
    );
    static PILOTS: [u16; 8] = [0, 0, 17, 24, 18, 106, 2, 11];
    static SLOTS: [(&str, u32); 32] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 25, 1, 24, 4294967295, 27, 4, 11, 12, 16, 13, 17, 8, 19, 26, 0,
            4294967295, 21, 28, 22, 18, 5, 15, 3, 6, 9, 10, 14, 20, 2, 7, 23,
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
    const PROVIDER: &'static str = "AWS Polly";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS Polly's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Polly: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
