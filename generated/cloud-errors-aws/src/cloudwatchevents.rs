// @generated from catalogs/aws/cloudwatchevents.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS CloudWatch Events: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS CloudWatch Events: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ConcurrentModificationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Concurrent modification.
    ConcurrentModificationException,
    /// `IllegalStatusException`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal status.
    IllegalStatusException,
    /// `InternalException`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalException,
    /// `InvalidEventPatternException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid event pattern.
    InvalidEventPatternException,
    /// `InvalidStateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid state.
    InvalidStateException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `ManagedRuleException`: HTTP 400; retry: never; category: invalid_argument.
    /// Managed rule.
    ManagedRuleException,
    /// `OperationDisabledException`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation disabled.
    OperationDisabledException,
    /// `PolicyLengthExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Policy length exceeded.
    PolicyLengthExceededException,
    /// `ResourceAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already exists.
    ResourceAlreadyExistsException,
    /// `ResourceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFoundException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 11] = [
        "ConcurrentModificationException",
        "IllegalStatusException",
        "InternalException",
        "InvalidEventPatternException",
        "InvalidStateException",
        "LimitExceededException",
        "ManagedRuleException",
        "OperationDisabledException",
        "PolicyLengthExceededException",
        "ResourceAlreadyExistsException",
        "ResourceNotFoundException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Concurrent modification.Illegal status.An internal error occurred.Invalid event pattern.Invalid state.Limit exceeded.Managed rule.Operation disabled.Policy length exceeded.Resource already exists.Resource not found.",
        ends: &[0, 24, 39, 66, 88, 102, 117, 130, 149, 172, 196, 215],
    };
    static STATUSES: [u16; 11] = [400, 400, 500, 400, 400, 400, 400, 400, 400, 400, 400];
    static STATUS_ENDS: [u32; 12] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    static RETRY: [::cloud_errors::Retry; 11] = ::cloud_errors::__private::retry_column(
        b"aabaabaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 11] = ::cloud_errors::__private::category_column(
        b"ccmcchccccc",
    );
    static PILOTS: [u16; 3] = [4, 1, 74];
    static SLOTS: [(&str, u32); 12] = ::cloud_errors::__private::slots(
        &CODES,
        &[7, 1, 8, 9, 0, 10, 3, 4, 6, 2, 4294967295, 5],
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
    const PROVIDER: &'static str = "AWS CloudWatch Events";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS CloudWatch Events's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS CloudWatch Events: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
