// @generated from catalogs/aws/secretsmanager.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Secrets Manager: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Secrets Manager: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `DecryptionFailure`: HTTP 400; retry: never; category: invalid_argument.
    /// Decryption failure.
    DecryptionFailure,
    /// `EncryptionFailure`: HTTP 400; retry: never; category: invalid_argument.
    /// Encryption failure.
    EncryptionFailure,
    /// `InternalServiceError`: HTTP 500; retry: backoff; category: internal.
    /// Internal service error.
    InternalServiceError,
    /// `InvalidNextTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next token.
    InvalidNextTokenException,
    /// `InvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameterException,
    /// `InvalidRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequestException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `MalformedPolicyDocumentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Malformed policy document.
    MalformedPolicyDocumentException,
    /// `PreconditionNotMetException`: HTTP 400; retry: never; category: invalid_argument.
    /// Precondition not met.
    PreconditionNotMetException,
    /// `PublicPolicyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Public policy.
    PublicPolicyException,
    /// `ResourceExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource exists.
    ResourceExistsException,
    /// `ResourceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFoundException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 12] = [
        "DecryptionFailure",
        "EncryptionFailure",
        "InternalServiceError",
        "InvalidNextTokenException",
        "InvalidParameterException",
        "InvalidRequestException",
        "LimitExceededException",
        "MalformedPolicyDocumentException",
        "PreconditionNotMetException",
        "PublicPolicyException",
        "ResourceExistsException",
        "ResourceNotFoundException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Decryption failure.Encryption failure.Internal service error.Invalid next token.Invalid parameter.Invalid request.Limit exceeded.Malformed policy document.Precondition not met.Public policy.Resource exists.Resource not found.",
        ends: &[0, 19, 38, 61, 80, 98, 114, 129, 155, 176, 190, 206, 225],
    };
    static STATUSES: [u16; 12] = [
        400, 400, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 13] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    static RETRY: [::cloud_errors::Retry; 12] = ::cloud_errors::__private::retry_column(
        b"aabaaabaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 12] = ::cloud_errors::__private::category_column(
        b"ccmccchccccc",
    );
    static PILOTS: [u16; 3] = [58, 7, 5];
    static SLOTS: [(&str, u32); 13] = ::cloud_errors::__private::slots(
        &CODES,
        &[9, 3, 6, 8, 7, 0, 2, 1, 5, 4, 4294967295, 10, 11],
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
    const PROVIDER: &'static str = "AWS Secrets Manager";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS Secrets Manager's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Secrets Manager: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
