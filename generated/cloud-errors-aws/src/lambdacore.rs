// @generated from catalogs/aws/lambdacore.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Lambda Core: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Lambda Core: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidParameterValueException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter value.
    InvalidParameterValueException,
    /// `NetworkConnectorLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Network connector limit exceeded.
    NetworkConnectorLimitExceededException,
    /// `ResourceConflictException`: HTTP 409; retry: never; category: aborted.
    /// Resource conflict.
    ResourceConflictException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ServiceException`: HTTP 500; retry: backoff; category: internal.
    /// The service encountered an error.
    ServiceException,
    /// `ServiceQuotaExceededException`: HTTP 402; retry: never; category: failed_precondition.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// `TooManyRequestsException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Too many requests.
    TooManyRequestsException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 7] = [
        "InvalidParameterValueException",
        "NetworkConnectorLimitExceededException",
        "ResourceConflictException",
        "ResourceNotFoundException",
        "ServiceException",
        "ServiceQuotaExceededException",
        "TooManyRequestsException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Invalid parameter value.Network connector limit exceeded.Resource conflict.Resource not found.The service encountered an error.Service quota exceeded.Too many requests.",
        ends: &[0, 24, 57, 75, 94, 127, 150, 168],
    };
    static STATUSES: [u16; 7] = [400, 400, 409, 404, 500, 402, 429];
    static STATUS_ENDS: [u32; 8] = [0, 1, 2, 3, 4, 5, 6, 7];
    static RETRY: [::cloud_errors::Retry; 7] = ::cloud_errors::__private::retry_column(
        b"aaaabab",
    );
    static CATEGORY: [::cloud_errors::Category; 7] = ::cloud_errors::__private::category_column(
        b"ccjemih",
    );
    static PILOTS: [u16; 2] = [1, 133];
    static SLOTS: [(&str, u32); 7] = ::cloud_errors::__private::slots(
        &CODES,
        &[0, 2, 6, 1, 4, 5, 3],
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
    const PROVIDER: &'static str = "AWS Lambda Core";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS Lambda Core's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Lambda Core: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
