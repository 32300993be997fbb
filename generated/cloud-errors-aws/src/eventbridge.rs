// @generated from catalogs/aws/eventbridge.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS EventBridge: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS EventBridge: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Access denied.
    AccessDeniedException,
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
    /// `ThrottlingException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 13] = [
        "AccessDeniedException",
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
        "ThrottlingException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Concurrent modification.Illegal status.An internal error occurred.Invalid event pattern.Invalid state.Limit exceeded.Managed rule.Operation disabled.Policy length exceeded.Resource already exists.Resource not found.The request was throttled.",
        ends: &[0, 14, 38, 53, 80, 102, 116, 131, 144, 163, 186, 210, 229, 255],
    };
    static STATUSES: [u16; 13] = [
        400, 400, 400, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 14] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
    static RETRY: [::cloud_errors::Retry; 13] = ::cloud_errors::__private::retry_column(
        b"aaabaabaaaaab",
    );
    static CATEGORY: [::cloud_errors::Category; 13] = ::cloud_errors::__private::category_column(
        b"cccmcchccccch",
    );
    static PILOTS: [u16; 4] = [3, 38, 0, 2];
    static SLOTS: [(&str, u32); 14] = ::cloud_errors::__private::slots(
        &CODES,
        &[4, 2, 6, 7, 1, 3, 12, 0, 9, 11, 8, 10, 5, 4294967295],
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
    const PROVIDER: &'static str = "AWS EventBridge";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS EventBridge's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS EventBridge: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
