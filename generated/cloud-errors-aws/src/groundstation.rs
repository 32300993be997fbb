// @generated from catalogs/aws/groundstation.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS GroundStation: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS GroundStation: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `DependencyException`: HTTP 531; retry: never; category: internal.
    /// A service the request depends on failed.
    DependencyException,
    /// `InvalidParameterException`: HTTP 431; retry: never; category: failed_precondition.
    /// Invalid parameter.
    InvalidParameterException,
    /// `ResourceLimitExceededException`: HTTP 429; retry: never; category: resource_exhausted.
    /// Resource limit exceeded.
    ResourceLimitExceededException,
    /// `ResourceNotFoundException`: HTTP 434; retry: never; category: failed_precondition.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ResourceInUseException`: HTTP 409; retry: never; category: aborted.
    /// Resource in use.
    ResourceInUseException,
    /// `ServiceQuotaExceededException`: HTTP 402; retry: never; category: failed_precondition.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 6] = [
        "DependencyException",
        "InvalidParameterException",
        "ResourceLimitExceededException",
        "ResourceNotFoundException",
        "ResourceInUseException",
        "ServiceQuotaExceededException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "A service the request depends on failed.Invalid parameter.Resource limit exceeded.Resource not found.Resource in use.Service quota exceeded.",
        ends: &[0, 40, 58, 82, 101, 117, 140],
    };
    static STATUSES: [u16; 6] = [531, 431, 429, 434, 409, 402];
    static STATUS_ENDS: [u32; 7] = [0, 1, 2, 3, 4, 5, 6];
    static RETRY: [::cloud_errors::Retry; 6] = ::cloud_errors::__private::retry_column(
        b"aaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 6] = ::cloud_errors::__private::category_column(
        b"mihiji",
    );
    static PILOTS: [u16; 2] = [7, 31];
    static SLOTS: [(&str, u32); 6] = ::cloud_errors::__private::slots(
        &CODES,
        &[2, 5, 0, 1, 3, 4],
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
    const PROVIDER: &'static str = "AWS GroundStation";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS GroundStation's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS GroundStation: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
