// @generated from catalogs/aws/kinesisanalytics.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Kinesis Analytics: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Kinesis Analytics: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `CodeValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Code validation.
    CodeValidationException,
    /// `ConcurrentModificationException`: HTTP 409; retry: never; category: aborted.
    /// Concurrent modification.
    ConcurrentModificationException,
    /// `InvalidApplicationConfigurationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid application configuration.
    InvalidApplicationConfigurationException,
    /// `InvalidArgumentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid argument.
    InvalidArgumentException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `ResourceInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use.
    ResourceInUseException,
    /// `ResourceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ResourceProvisionedThroughputExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource provisioned throughput exceeded.
    ResourceProvisionedThroughputExceededException,
    /// `ServiceUnavailableException`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailableException,
    /// `TooManyTagsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTagsException,
    /// `UnableToDetectSchemaException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unable to detect schema.
    UnableToDetectSchemaException,
    /// `UnsupportedOperationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported operation.
    UnsupportedOperationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 12] = [
        "CodeValidationException",
        "ConcurrentModificationException",
        "InvalidApplicationConfigurationException",
        "InvalidArgumentException",
        "LimitExceededException",
        "ResourceInUseException",
        "ResourceNotFoundException",
        "ResourceProvisionedThroughputExceededException",
        "ServiceUnavailableException",
        "TooManyTagsException",
        "UnableToDetectSchemaException",
        "UnsupportedOperationException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Code validation.Concurrent modification.Invalid application configuration.Invalid argument.Limit exceeded.Resource in use.Resource not found.Resource provisioned throughput exceeded.The service is unavailable.Too many tags.Unable to detect schema.Unsupported operation.",
        ends: &[0, 16, 40, 74, 91, 106, 122, 141, 182, 209, 223, 247, 269],
    };
    static STATUSES: [u16; 12] = [
        400, 409, 400, 400, 400, 400, 400, 400, 503, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 13] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    static RETRY: [::cloud_errors::Retry; 12] = ::cloud_errors::__private::retry_column(
        b"aaaabaaabaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 12] = ::cloud_errors::__private::category_column(
        b"cjcchcccnccc",
    );
    static PILOTS: [u16; 3] = [4, 8, 7];
    static SLOTS: [(&str, u32); 13] = ::cloud_errors::__private::slots(
        &CODES,
        &[8, 5, 7, 0, 4294967295, 1, 6, 11, 2, 9, 10, 3, 4],
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
    const PROVIDER: &'static str = "AWS Kinesis Analytics";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS Kinesis Analytics's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Kinesis Analytics: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
