// @generated from catalogs/aws/sagemakerruntime.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS SageMaker Runtime: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS SageMaker Runtime: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InternalDependencyException`: HTTP 530; retry: never; category: internal.
    /// Internal dependency.
    InternalDependencyException,
    /// `InternalFailure`: HTTP 500; retry: backoff; category: internal.
    /// An internal failure occurred.
    InternalFailure,
    /// `InternalStreamFailure`: HTTP 500; retry: backoff; category: internal.
    /// Internal stream failure.
    InternalStreamFailure,
    /// `ModelError`: HTTP 424; retry: never; category: failed_precondition.
    /// Model error.
    ModelError,
    /// `ModelNotReadyException`: HTTP 429; retry: never; category: resource_exhausted.
    /// Model not ready.
    ModelNotReadyException,
    /// `ModelStreamError`: HTTP 400; retry: never; category: invalid_argument.
    /// Model stream error.
    ModelStreamError,
    /// `ServiceUnavailable`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailable,
    /// `ValidationError`: HTTP 400; retry: never; category: invalid_argument.
    /// Validation error.
    ValidationError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 8] = [
        "InternalDependencyException",
        "InternalFailure",
        "InternalStreamFailure",
        "ModelError",
        "ModelNotReadyException",
        "ModelStreamError",
        "ServiceUnavailable",
        "ValidationError",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Internal dependency.An internal failure occurred.Internal stream failure.Model error.Model not ready.Model stream error.The service is unavailable.Validation error.",
        ends: &[0, 20, 49, 73, 85, 101, 120, 147, 164],
    };
    static STATUSES: [u16; 8] = [530, 500, 500, 424, 429, 400, 503, 400];
    static STATUS_ENDS: [u32; 9] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
    static RETRY: [::cloud_errors::Retry; 8] = ::cloud_errors::__private::retry_column(
        b"abbaaaba",
    );
    static CATEGORY: [::cloud_errors::Category; 8] = ::cloud_errors::__private::category_column(
        b"mmmihcnc",
    );
    static PILOTS: [u16; 2] = [12, 0];
    static SLOTS: [(&str, u32); 8] = ::cloud_errors::__private::slots(
        &CODES,
        &[6, 2, 5, 7, 4, 1, 0, 3],
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
    const PROVIDER: &'static str = "AWS SageMaker Runtime";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS SageMaker Runtime's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS SageMaker Runtime: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
