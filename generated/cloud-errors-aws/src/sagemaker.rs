// @generated from catalogs/aws/sagemaker.yaml and catalogs/aws/sagemaker.curated.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS SageMaker: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS SageMaker: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ConflictException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `ResourceInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use.
    ResourceInUse,
    /// `ResourceLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource limit exceeded.
    ResourceLimitExceeded,
    /// `ResourceNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFound,
    /// `ResourceAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already exists.
    ResourceAlreadyExists,
    /// `ValidationException`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The request is not valid, or names a resource that does not exist.
    ValidationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 6] = [
        "ConflictException",
        "ResourceInUse",
        "ResourceLimitExceeded",
        "ResourceNotFound",
        "ResourceAlreadyExists",
        "ValidationException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The request conflicts with the current state of the resource.Resource in use.Resource limit exceeded.Resource not found.Resource already exists.The request is not valid, or names a resource that does not exist.",
        ends: &[0, 61, 77, 101, 120, 144, 210],
    };
    static STATUSES: [u16; 5] = [400, 400, 400, 400, 400];
    static STATUS_ENDS: [u32; 7] = [0, 1, 2, 3, 4, 5, 5];
    static RETRY: [::cloud_errors::Retry; 6] = ::cloud_errors::__private::retry_column(
        b"aaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 6] = ::cloud_errors::__private::category_column(
        b"cccccc",
    );
    static PILOTS: [u16; 2] = [16, 151];
    static SLOTS: [(&str, u32); 6] = ::cloud_errors::__private::slots(
        &CODES,
        &[3, 4, 5, 2, 1, 0],
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
    const PROVIDER: &'static str = "AWS SageMaker";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS SageMaker's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS SageMaker: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
