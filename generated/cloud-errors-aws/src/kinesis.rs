// @generated from catalogs/aws/kinesis.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Kinesis: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Kinesis: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Access denied.
    AccessDeniedException,
    /// `ExpiredIteratorException`: HTTP 400; retry: never; category: invalid_argument.
    /// Expired iterator.
    ExpiredIteratorException,
    /// `ExpiredNextTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Expired next token.
    ExpiredNextTokenException,
    /// `InternalFailureException`: HTTP 500; retry: backoff; category: internal.
    /// An internal failure occurred.
    InternalFailureException,
    /// `InvalidArgumentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid argument.
    InvalidArgumentException,
    /// `KMSAccessDeniedException`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS access denied.
    KmsAccessDeniedException,
    /// `KMSDisabledException`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS disabled.
    KmsDisabledException,
    /// `KMSInvalidStateException`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS invalid state.
    KmsInvalidStateException,
    /// `KMSNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS not found.
    KmsNotFoundException,
    /// `KMSOptInRequired`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS opt in required.
    KmsOptInRequired,
    /// `KMSThrottlingException`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS throttling.
    KmsThrottlingException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `ProvisionedThroughputExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Provisioned throughput exceeded.
    ProvisionedThroughputExceededException,
    /// `ResourceInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use.
    ResourceInUseException,
    /// `ResourceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// `DryRunOperationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Dry run operation.
    DryRunOperationException,
    /// `ThrottlingException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 18] = [
        "AccessDeniedException",
        "ExpiredIteratorException",
        "ExpiredNextTokenException",
        "InternalFailureException",
        "InvalidArgumentException",
        "KMSAccessDeniedException",
        "KMSDisabledException",
        "KMSInvalidStateException",
        "KMSNotFoundException",
        "KMSOptInRequired",
        "KMSThrottlingException",
        "LimitExceededException",
        "ProvisionedThroughputExceededException",
        "ResourceInUseException",
        "ResourceNotFoundException",
        "ValidationException",
        "DryRunOperationException",
        "ThrottlingException",
    ];
    static NAME_CODES: [u32; 6] = [5, 6, 7, 8, 9, 10];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "KmsAccessDeniedExceptionKmsDisabledExceptionKmsInvalidStateExceptionKmsNotFoundExceptionKmsOptInRequiredKmsThrottlingException",
        ends: &[0, 24, 44, 68, 88, 104, 126],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Expired iterator.Expired next token.An internal failure occurred.Invalid argument.KMS access denied.KMS disabled.KMS invalid state.KMS not found.KMS opt in required.KMS throttling.Limit exceeded.Provisioned throughput exceeded.Resource in use.Resource not found.The request failed validation.Dry run operation.The request was throttled.",
        ends: &[
            0, 14, 31, 50, 79, 96, 114, 127, 145, 159, 179, 194, 209, 241, 257, 276, 306,
            324, 350,
        ],
    };
    static STATUSES: [u16; 18] = [
        400, 400, 400, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400,
    ];
    static STATUS_ENDS: [u32; 19] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
    ];
    static RETRY: [::cloud_errors::Retry; 18] = ::cloud_errors::__private::retry_column(
        b"aaabaaaaaaabbaaaab",
    );
    static CATEGORY: [::cloud_errors::Category; 18] = ::cloud_errors::__private::category_column(
        b"cccmccccccchhcccch",
    );
    static PILOTS: [u16; 5] = [11, 9, 0, 26, 156];
    static SLOTS: [(&str, u32); 20] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            13, 8, 5, 1, 4294967295, 9, 0, 6, 11, 2, 14, 12, 4294967295, 7, 10, 4, 15,
            16, 17, 3,
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
    const PROVIDER: &'static str = "AWS Kinesis";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS Kinesis's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Kinesis: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
