// @generated from catalogs/aws/costexplorer.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Cost Explorer: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Cost Explorer: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AnalysisNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Analysis not found.
    AnalysisNotFoundException,
    /// `BackfillLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Backfill limit exceeded.
    BackfillLimitExceededException,
    /// `BillExpirationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Bill expiration.
    BillExpirationException,
    /// `DataUnavailableException`: HTTP 400; retry: never; category: invalid_argument.
    /// Data unavailable.
    DataUnavailableException,
    /// `GenerationExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Generation exists.
    GenerationExistsException,
    /// `InvalidNextTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next token.
    InvalidNextTokenException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `RequestChangedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Request changed.
    RequestChangedException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ServiceQuotaExceededException`: HTTP 402; retry: never; category: failed_precondition.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// `TooManyTagsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTagsException,
    /// `UnknownMonitorException`: HTTP 404; retry: never; category: not_found.
    /// Unknown monitor.
    UnknownMonitorException,
    /// `UnknownSubscriptionException`: HTTP 404; retry: never; category: not_found.
    /// Unknown subscription.
    UnknownSubscriptionException,
    /// `UnresolvableUsageUnitException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unresolvable usage unit.
    UnresolvableUsageUnitException,
    /// `BillingViewHealthStatusException`: HTTP 400; retry: never; category: invalid_argument.
    /// Billing view health status.
    BillingViewHealthStatusException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 15] = [
        "AnalysisNotFoundException",
        "BackfillLimitExceededException",
        "BillExpirationException",
        "DataUnavailableException",
        "GenerationExistsException",
        "InvalidNextTokenException",
        "LimitExceededException",
        "RequestChangedException",
        "ResourceNotFoundException",
        "ServiceQuotaExceededException",
        "TooManyTagsException",
        "UnknownMonitorException",
        "UnknownSubscriptionException",
        "UnresolvableUsageUnitException",
        "BillingViewHealthStatusException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Analysis not found.Backfill limit exceeded.Bill expiration.Data unavailable.Generation exists.Invalid next token.Limit exceeded.Request changed.Resource not found.Service quota exceeded.Too many tags.Unknown monitor.Unknown subscription.Unresolvable usage unit.Billing view health status.",
        ends: &[0, 19, 43, 59, 76, 94, 113, 128, 144, 163, 186, 200, 216, 237, 261, 288],
    };
    static STATUSES: [u16; 15] = [
        400, 400, 400, 400, 400, 400, 400, 400, 404, 402, 400, 404, 404, 400, 400,
    ];
    static STATUS_ENDS: [u32; 16] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    ];
    static RETRY: [::cloud_errors::Retry; 15] = ::cloud_errors::__private::retry_column(
        b"aaaaaabaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 15] = ::cloud_errors::__private::category_column(
        b"cccccchceiceecc",
    );
    static PILOTS: [u16; 4] = [0, 0, 18, 726];
    static SLOTS: [(&str, u32); 16] = ::cloud_errors::__private::slots(
        &CODES,
        &[9, 12, 8, 14, 2, 1, 10, 3, 4294967295, 13, 11, 5, 4, 6, 0, 7],
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
    const PROVIDER: &'static str = "AWS Cost Explorer";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS Cost Explorer's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Cost Explorer: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
