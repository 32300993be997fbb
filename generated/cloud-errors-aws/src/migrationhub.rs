// @generated from catalogs/aws/migrationhub.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Migration Hub: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Migration Hub: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Access denied.
    AccessDeniedException,
    /// `DryRunOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Dry run operation.
    DryRunOperation,
    /// `HomeRegionNotSetException`: HTTP 400; retry: never; category: invalid_argument.
    /// Home region not set.
    HomeRegionNotSetException,
    /// `InternalServerError`: HTTP 500; retry: backoff; category: internal.
    /// Internal server error.
    InternalServerError,
    /// `InvalidInputException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid input.
    InvalidInputException,
    /// `PolicyErrorException`: HTTP 400; retry: never; category: invalid_argument.
    /// Policy error.
    PolicyErrorException,
    /// `ResourceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ServiceUnavailableException`: HTTP 500; retry: backoff; category: internal.
    /// The service is unavailable.
    ServiceUnavailableException,
    /// `ThrottlingException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `UnauthorizedOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Unauthorized operation.
    UnauthorizedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 10] = [
        "AccessDeniedException",
        "DryRunOperation",
        "HomeRegionNotSetException",
        "InternalServerError",
        "InvalidInputException",
        "PolicyErrorException",
        "ResourceNotFoundException",
        "ServiceUnavailableException",
        "ThrottlingException",
        "UnauthorizedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Dry run operation.Home region not set.Internal server error.Invalid input.Policy error.Resource not found.The service is unavailable.The request was throttled.Unauthorized operation.",
        ends: &[0, 14, 32, 52, 74, 88, 101, 120, 147, 173, 196],
    };
    static STATUSES: [u16; 10] = [400, 400, 400, 500, 400, 400, 400, 500, 429, 400];
    static STATUS_ENDS: [u32; 11] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    static RETRY: [::cloud_errors::Retry; 10] = ::cloud_errors::__private::retry_column(
        b"aaabaaabba",
    );
    static CATEGORY: [::cloud_errors::Category; 10] = ::cloud_errors::__private::category_column(
        b"cccmcccmhc",
    );
    static PILOTS: [u16; 3] = [2, 17, 0];
    static SLOTS: [(&str, u32); 11] = ::cloud_errors::__private::slots(
        &CODES,
        &[6, 0, 4294967295, 7, 1, 3, 2, 9, 5, 8, 4],
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
    const PROVIDER: &'static str = "AWS Migration Hub";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS Migration Hub's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Migration Hub: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
