// @generated from catalogs/aws/glacier.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Glacier: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Glacier: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InsufficientCapacityException`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient capacity.
    InsufficientCapacityException,
    /// `InvalidParameterValueException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter value.
    InvalidParameterValueException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `MissingParameterValueException`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing parameter value.
    MissingParameterValueException,
    /// `PolicyEnforcedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Policy enforced.
    PolicyEnforcedException,
    /// `RequestTimeoutException`: HTTP 408; retry: backoff; category: deadline_exceeded.
    /// Request timeout.
    RequestTimeoutException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ServiceUnavailableException`: HTTP 500; retry: backoff; category: internal.
    /// The service is unavailable.
    ServiceUnavailableException,
    /// `NoLongerSupportedException`: HTTP 400; retry: never; category: invalid_argument.
    /// No longer supported.
    NoLongerSupportedException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 9] = [
        "InsufficientCapacityException",
        "InvalidParameterValueException",
        "LimitExceededException",
        "MissingParameterValueException",
        "PolicyEnforcedException",
        "RequestTimeoutException",
        "ResourceNotFoundException",
        "ServiceUnavailableException",
        "NoLongerSupportedException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Insufficient capacity.Invalid parameter value.Limit exceeded.Missing parameter value.Policy enforced.Request timeout.Resource not found.The service is unavailable.No longer supported.",
        ends: &[0, 22, 46, 61, 85, 101, 117, 136, 163, 183],
    };
    static STATUSES: [u16; 9] = [400, 400, 400, 400, 400, 408, 404, 500, 400];
    static STATUS_ENDS: [u32; 10] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    static RETRY: [::cloud_errors::Retry; 9] = ::cloud_errors::__private::retry_column(
        b"aabaababa",
    );
    static CATEGORY: [::cloud_errors::Category; 9] = ::cloud_errors::__private::category_column(
        b"cchccdemc",
    );
    static PILOTS: [u16; 3] = [0, 2, 128];
    static SLOTS: [(&str, u32); 10] = ::cloud_errors::__private::slots(
        &CODES,
        &[5, 6, 3, 7, 4294967295, 8, 0, 1, 2, 4],
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
    const PROVIDER: &'static str = "AWS Glacier";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS Glacier's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Glacier: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
