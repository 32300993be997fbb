// @generated from catalogs/aws/textract.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Textract: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsCbor`](cloud_errors::envelopes::AwsCbor) (`aws_cbor`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Textract: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Access denied.
    AccessDeniedException,
    /// `BadDocumentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Bad document.
    BadDocumentException,
    /// `ConflictException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `DocumentTooLargeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Document too large.
    DocumentTooLargeException,
    /// `HumanLoopQuotaExceededException`: HTTP 402; retry: never; category: failed_precondition.
    /// Human loop quota exceeded.
    HumanLoopQuotaExceededException,
    /// `IdempotentParameterMismatchException`: HTTP 400; retry: never; category: invalid_argument.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatchException,
    /// `InternalServerError`: HTTP 500; retry: backoff; category: internal.
    /// Internal server error.
    InternalServerError,
    /// `InvalidJobIdException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid job id.
    InvalidJobIdException,
    /// `InvalidKMSKeyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid KMS key.
    InvalidKmsKeyException,
    /// `InvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameterException,
    /// `InvalidS3ObjectException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid s3 object.
    InvalidS3ObjectException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `ProvisionedThroughputExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Provisioned throughput exceeded.
    ProvisionedThroughputExceededException,
    /// `ResourceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ServiceQuotaExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// `ThrottlingException`: HTTP 500; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `UnsupportedDocumentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported document.
    UnsupportedDocumentException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 18] = [
        "AccessDeniedException",
        "BadDocumentException",
        "ConflictException",
        "DocumentTooLargeException",
        "HumanLoopQuotaExceededException",
        "IdempotentParameterMismatchException",
        "InternalServerError",
        "InvalidJobIdException",
        "InvalidKMSKeyException",
        "InvalidParameterException",
        "InvalidS3ObjectException",
        "LimitExceededException",
        "ProvisionedThroughputExceededException",
        "ResourceNotFoundException",
        "ServiceQuotaExceededException",
        "ThrottlingException",
        "UnsupportedDocumentException",
        "ValidationException",
    ];
    static NAME_CODES: [u32; 1] = [8];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidKmsKeyException",
        ends: &[0, 22],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Bad document.The request conflicts with the current state of the resource.Document too large.Human loop quota exceeded.Idempotent parameter mismatch.Internal server error.Invalid job id.Invalid KMS key.Invalid parameter.Invalid s3 object.Limit exceeded.Provisioned throughput exceeded.Resource not found.Service quota exceeded.The request was throttled.Unsupported document.The request failed validation.",
        ends: &[
            0, 14, 27, 88, 107, 133, 163, 185, 200, 216, 234, 252, 267, 299, 318, 341,
            367, 388, 418,
        ],
    };
    static STATUSES: [u16; 18] = [
        400, 400, 400, 400, 402, 400, 500, 400, 400, 400, 400, 400, 400, 400, 400, 500,
        400, 400,
    ];
    static STATUS_ENDS: [u32; 19] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
    ];
    static RETRY: [::cloud_errors::Retry; 18] = ::cloud_errors::__private::retry_column(
        b"aaaaaabaaaabbaabaa",
    );
    static CATEGORY: [::cloud_errors::Category; 18] = ::cloud_errors::__private::category_column(
        b"ccccicmcccchhcchcc",
    );
    static PILOTS: [u16; 5] = [3, 33, 0, 137, 5];
    static SLOTS: [(&str, u32); 20] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            15, 8, 11, 0, 6, 5, 14, 2, 4294967295, 4294967295, 10, 12, 16, 4, 9, 7, 17,
            1, 13, 3,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
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
    const PROVIDER: &'static str = "AWS Textract";
    type Envelope = ::cloud_errors::envelopes::AwsCbor;
    /// The retry defaults of AWS Textract's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Textract: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
