// @generated from catalogs/aws/comprehend.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Comprehend: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsCbor`](cloud_errors::envelopes::AwsCbor) (`aws_cbor`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Comprehend: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `BatchSizeLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Batch size limit exceeded.
    BatchSizeLimitExceededException,
    /// `ConcurrentModificationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Concurrent modification.
    ConcurrentModificationException,
    /// `InternalServerException`: HTTP 500; retry: backoff; category: internal.
    /// An internal server error occurred.
    InternalServerException,
    /// `InvalidFilterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid filter.
    InvalidFilterException,
    /// `InvalidRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequestException,
    /// `JobNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Job not found.
    JobNotFoundException,
    /// `KmsKeyValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Kms key validation.
    KmsKeyValidationException,
    /// `ResourceInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use.
    ResourceInUseException,
    /// `ResourceLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource limit exceeded.
    ResourceLimitExceededException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ResourceUnavailableException`: HTTP 404; retry: never; category: not_found.
    /// Resource unavailable.
    ResourceUnavailableException,
    /// `TextSizeLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Text size limit exceeded.
    TextSizeLimitExceededException,
    /// `TooManyRequestsException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Too many requests.
    TooManyRequestsException,
    /// `TooManyTagKeysException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tag keys.
    TooManyTagKeysException,
    /// `TooManyTagsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTagsException,
    /// `UnsupportedLanguageException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported language.
    UnsupportedLanguageException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 16] = [
        "BatchSizeLimitExceededException",
        "ConcurrentModificationException",
        "InternalServerException",
        "InvalidFilterException",
        "InvalidRequestException",
        "JobNotFoundException",
        "KmsKeyValidationException",
        "ResourceInUseException",
        "ResourceLimitExceededException",
        "ResourceNotFoundException",
        "ResourceUnavailableException",
        "TextSizeLimitExceededException",
        "TooManyRequestsException",
        "TooManyTagKeysException",
        "TooManyTagsException",
        "UnsupportedLanguageException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Batch size limit exceeded.Concurrent modification.An internal server error occurred.Invalid filter.Invalid request.Job not found.Kms key validation.Resource in use.Resource limit exceeded.Resource not found.Resource unavailable.Text size limit exceeded.Too many requests.Too many tag keys.Too many tags.Unsupported language.",
        ends: &[
            0, 26, 50, 84, 99, 115, 129, 148, 164, 188, 207, 228, 253, 271, 289, 303, 324,
        ],
    };
    static STATUSES: [u16; 16] = [
        400, 400, 500, 400, 400, 404, 400, 400, 400, 404, 404, 400, 429, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 17] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
    ];
    static RETRY: [::cloud_errors::Retry; 16] = ::cloud_errors::__private::retry_column(
        b"aabaaaaaaaaabaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 16] = ::cloud_errors::__private::category_column(
        b"ccmcceccceechccc",
    );
    static PILOTS: [u16; 4] = [40, 0, 4, 0];
    static SLOTS: [(&str, u32); 17] = ::cloud_errors::__private::slots(
        &CODES,
        &[8, 9, 15, 10, 5, 0, 2, 13, 4, 14, 1, 11, 4294967295, 6, 3, 12, 7],
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
    const PROVIDER: &'static str = "AWS Comprehend";
    type Envelope = ::cloud_errors::envelopes::AwsCbor;
    /// The retry defaults of AWS Comprehend's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Comprehend: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
