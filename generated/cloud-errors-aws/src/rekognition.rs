// @generated from catalogs/aws/rekognition.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Rekognition: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Rekognition: a variant per documented code,
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
    /// `HumanLoopQuotaExceededException`: HTTP 402; retry: never; category: failed_precondition.
    /// Human loop quota exceeded.
    HumanLoopQuotaExceededException,
    /// `IdempotentParameterMismatchException`: HTTP 400; retry: never; category: invalid_argument.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatchException,
    /// `ImageTooLargeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Image too large.
    ImageTooLargeException,
    /// `InternalServerError`: HTTP 500; retry: backoff; category: internal.
    /// Internal server error.
    InternalServerError,
    /// `InvalidImageFormatException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid image format.
    InvalidImageFormatException,
    /// `InvalidManifestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid manifest.
    InvalidManifestException,
    /// `InvalidPaginationTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pagination token.
    InvalidPaginationTokenException,
    /// `InvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameterException,
    /// `InvalidPolicyRevisionIdException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid policy revision id.
    InvalidPolicyRevisionIdException,
    /// `InvalidS3ObjectException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid s3 object.
    InvalidS3ObjectException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `MalformedPolicyDocumentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Malformed policy document.
    MalformedPolicyDocumentException,
    /// `ProvisionedThroughputExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Provisioned throughput exceeded.
    ProvisionedThroughputExceededException,
    /// `ResourceAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already exists.
    ResourceAlreadyExistsException,
    /// `ResourceInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use.
    ResourceInUseException,
    /// `ResourceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ResourceNotReadyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not ready.
    ResourceNotReadyException,
    /// `ServiceQuotaExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// `SessionNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Session not found.
    SessionNotFoundException,
    /// `ThrottlingException`: HTTP 500; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `VideoTooLargeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Video too large.
    VideoTooLargeException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 23] = [
        "AccessDeniedException",
        "ConflictException",
        "HumanLoopQuotaExceededException",
        "IdempotentParameterMismatchException",
        "ImageTooLargeException",
        "InternalServerError",
        "InvalidImageFormatException",
        "InvalidManifestException",
        "InvalidPaginationTokenException",
        "InvalidParameterException",
        "InvalidPolicyRevisionIdException",
        "InvalidS3ObjectException",
        "LimitExceededException",
        "MalformedPolicyDocumentException",
        "ProvisionedThroughputExceededException",
        "ResourceAlreadyExistsException",
        "ResourceInUseException",
        "ResourceNotFoundException",
        "ResourceNotReadyException",
        "ServiceQuotaExceededException",
        "SessionNotFoundException",
        "ThrottlingException",
        "VideoTooLargeException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.The request conflicts with the current state of the resource.Human loop quota exceeded.Idempotent parameter mismatch.Image too large.Internal server error.Invalid image format.Invalid manifest.Invalid pagination token.Invalid parameter.Invalid policy revision id.Invalid s3 object.Limit exceeded.Malformed policy document.Provisioned throughput exceeded.Resource already exists.Resource in use.Resource not found.Resource not ready.Service quota exceeded.Session not found.The request was throttled.Video too large.",
        ends: &[
            0, 14, 75, 101, 131, 147, 169, 190, 207, 232, 250, 277, 295, 310, 336, 368,
            392, 408, 427, 446, 469, 487, 513, 529,
        ],
    };
    static STATUSES: [u16; 23] = [
        400, 400, 402, 400, 400, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 500, 400,
    ];
    static STATUS_ENDS: [u32; 24] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23,
    ];
    static RETRY: [::cloud_errors::Retry; 23] = ::cloud_errors::__private::retry_column(
        b"aaaaabaaaaaababaaaaaaba",
    );
    static CATEGORY: [::cloud_errors::Category; 23] = ::cloud_errors::__private::category_column(
        b"cciccmcccccchchcccccchc",
    );
    static PILOTS: [u16; 6] = [13, 9, 0, 47, 21, 7];
    static SLOTS: [(&str, u32); 25] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            16, 22, 7, 8, 9, 10, 4, 5, 1, 2, 4294967295, 0, 17, 14, 21, 4294967295, 20,
            6, 18, 13, 12, 11, 19, 15, 3,
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
    const PROVIDER: &'static str = "AWS Rekognition";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS Rekognition's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Rekognition: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
