// @generated from catalogs/aws/inspector.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Inspector: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Inspector: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `AgentsAlreadyRunningAssessmentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Agents already running assessment.
    AgentsAlreadyRunningAssessmentException,
    /// `AssessmentRunInProgressException`: HTTP 400; retry: never; category: invalid_argument.
    /// Assessment run in progress.
    AssessmentRunInProgressException,
    /// `InternalException`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalException,
    /// `InvalidCrossAccountRoleException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cross account role.
    InvalidCrossAccountRoleException,
    /// `InvalidInputException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid input.
    InvalidInputException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `NoSuchEntityException`: HTTP 400; retry: never; category: invalid_argument.
    /// No such entity.
    NoSuchEntityException,
    /// `PreviewGenerationInProgressException`: HTTP 400; retry: never; category: invalid_argument.
    /// Preview generation in progress.
    PreviewGenerationInProgressException,
    /// `ServiceTemporarilyUnavailableException`: HTTP 503; retry: backoff; category: unavailable.
    /// Service temporarily unavailable.
    ServiceTemporarilyUnavailableException,
    /// `UnsupportedFeatureException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature.
    UnsupportedFeatureException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 11] = [
        "AccessDeniedException",
        "AgentsAlreadyRunningAssessmentException",
        "AssessmentRunInProgressException",
        "InternalException",
        "InvalidCrossAccountRoleException",
        "InvalidInputException",
        "LimitExceededException",
        "NoSuchEntityException",
        "PreviewGenerationInProgressException",
        "ServiceTemporarilyUnavailableException",
        "UnsupportedFeatureException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Agents already running assessment.Assessment run in progress.An internal error occurred.Invalid cross account role.Invalid input.Limit exceeded.No such entity.Preview generation in progress.Service temporarily unavailable.Unsupported feature.",
        ends: &[0, 14, 48, 75, 102, 129, 143, 158, 173, 204, 236, 256],
    };
    static STATUSES: [u16; 11] = [403, 400, 400, 500, 400, 400, 400, 400, 400, 503, 400];
    static STATUS_ENDS: [u32; 12] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    static RETRY: [::cloud_errors::Retry; 11] = ::cloud_errors::__private::retry_column(
        b"aaabaabaaba",
    );
    static CATEGORY: [::cloud_errors::Category; 11] = ::cloud_errors::__private::category_column(
        b"gccmcchccnc",
    );
    static PILOTS: [u16; 3] = [6, 23, 8];
    static SLOTS: [(&str, u32); 12] = ::cloud_errors::__private::slots(
        &CODES,
        &[7, 3, 9, 4294967295, 0, 2, 6, 4, 1, 10, 5, 8],
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
    const PROVIDER: &'static str = "AWS Inspector";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS Inspector's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Inspector: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
