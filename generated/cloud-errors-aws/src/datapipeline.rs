// @generated from catalogs/aws/datapipeline.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Data Pipeline: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Data Pipeline: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InternalServiceError`: HTTP 500; retry: backoff; category: internal.
    /// Internal service error.
    InternalServiceError,
    /// `InvalidRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequestException,
    /// `PipelineDeletedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Pipeline deleted.
    PipelineDeletedException,
    /// `PipelineNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Pipeline not found.
    PipelineNotFoundException,
    /// `TaskNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Task not found.
    TaskNotFoundException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 5] = [
        "InternalServiceError",
        "InvalidRequestException",
        "PipelineDeletedException",
        "PipelineNotFoundException",
        "TaskNotFoundException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Internal service error.Invalid request.Pipeline deleted.Pipeline not found.Task not found.",
        ends: &[0, 23, 39, 56, 75, 90],
    };
    static STATUSES: [u16; 5] = [500, 400, 400, 400, 400];
    static STATUS_ENDS: [u32; 6] = [0, 1, 2, 3, 4, 5];
    static RETRY: [::cloud_errors::Retry; 5] = ::cloud_errors::__private::retry_column(
        b"baaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 5] = ::cloud_errors::__private::category_column(
        b"mcccc",
    );
    static PILOTS: [u16; 2] = [2, 0];
    static SLOTS: [(&str, u32); 5] = ::cloud_errors::__private::slots(
        &CODES,
        &[3, 0, 1, 4, 2],
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
    const PROVIDER: &'static str = "AWS Data Pipeline";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS Data Pipeline's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Data Pipeline: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
