// @generated from catalogs/aws/simpledbv2.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS SimpleDBv2: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS SimpleDBv2: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ConflictException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `InvalidNextTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next token.
    InvalidNextTokenException,
    /// `InvalidParameterCombinationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter combination.
    InvalidParameterCombinationException,
    /// `InvalidParameterValueException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter value.
    InvalidParameterValueException,
    /// `NoSuchDomainException`: HTTP 400; retry: never; category: invalid_argument.
    /// No such domain.
    NoSuchDomainException,
    /// `NoSuchExportException`: HTTP 400; retry: never; category: invalid_argument.
    /// No such export.
    NoSuchExportException,
    /// `NumberExportsLimitExceeded`: HTTP 409; retry: never; category: aborted.
    /// Number exports limit exceeded.
    NumberExportsLimitExceeded,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 7] = [
        "ConflictException",
        "InvalidNextTokenException",
        "InvalidParameterCombinationException",
        "InvalidParameterValueException",
        "NoSuchDomainException",
        "NoSuchExportException",
        "NumberExportsLimitExceeded",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The request conflicts with the current state of the resource.Invalid next token.Invalid parameter combination.Invalid parameter value.No such domain.No such export.Number exports limit exceeded.",
        ends: &[0, 61, 80, 110, 134, 149, 164, 194],
    };
    static STATUSES: [u16; 7] = [400, 400, 400, 400, 400, 400, 409];
    static STATUS_ENDS: [u32; 8] = [0, 1, 2, 3, 4, 5, 6, 7];
    static RETRY: [::cloud_errors::Retry; 7] = ::cloud_errors::__private::retry_column(
        b"aaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 7] = ::cloud_errors::__private::category_column(
        b"ccccccj",
    );
    static PILOTS: [u16; 2] = [13, 7];
    static SLOTS: [(&str, u32); 7] = ::cloud_errors::__private::slots(
        &CODES,
        &[4, 6, 1, 2, 3, 5, 0],
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
    const PROVIDER: &'static str = "AWS SimpleDBv2";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS SimpleDBv2's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS SimpleDBv2: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
