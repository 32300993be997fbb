// @generated from catalogs/aws/xray.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS XRay: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS XRay: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidPolicyRevisionIdException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid policy revision id.
    InvalidPolicyRevisionIdException,
    /// `InvalidRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequestException,
    /// `LockoutPreventionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Lockout prevention.
    LockoutPreventionException,
    /// `MalformedPolicyDocumentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Malformed policy document.
    MalformedPolicyDocumentException,
    /// `PolicyCountLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Policy count limit exceeded.
    PolicyCountLimitExceededException,
    /// `PolicySizeLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Policy size limit exceeded.
    PolicySizeLimitExceededException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `RuleLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Rule limit exceeded.
    RuleLimitExceededException,
    /// `ThrottledException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottledException,
    /// `TooManyTagsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTagsException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 10] = [
        "InvalidPolicyRevisionIdException",
        "InvalidRequestException",
        "LockoutPreventionException",
        "MalformedPolicyDocumentException",
        "PolicyCountLimitExceededException",
        "PolicySizeLimitExceededException",
        "ResourceNotFoundException",
        "RuleLimitExceededException",
        "ThrottledException",
        "TooManyTagsException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Invalid policy revision id.Invalid request.Lockout prevention.Malformed policy document.Policy count limit exceeded.Policy size limit exceeded.Resource not found.Rule limit exceeded.The request was throttled.Too many tags.",
        ends: &[0, 27, 43, 62, 88, 116, 143, 162, 182, 208, 222],
    };
    static STATUSES: [u16; 10] = [400, 400, 400, 400, 400, 400, 404, 400, 429, 400];
    static STATUS_ENDS: [u32; 11] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    static RETRY: [::cloud_errors::Retry; 10] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaba",
    );
    static CATEGORY: [::cloud_errors::Category; 10] = ::cloud_errors::__private::category_column(
        b"ccccccechc",
    );
    static PILOTS: [u16; 3] = [0, 24, 3];
    static SLOTS: [(&str, u32); 11] = ::cloud_errors::__private::slots(
        &CODES,
        &[3, 0, 1, 4294967295, 6, 5, 9, 2, 4, 7, 8],
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
    const PROVIDER: &'static str = "AWS XRay";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS XRay's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS XRay: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
