// @generated from catalogs/aws/route53domains.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Route 53 Domains: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsCbor`](cloud_errors::envelopes::AwsCbor) (`aws_cbor`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Route 53 Domains: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `DnssecLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Dnssec limit exceeded.
    DnssecLimitExceeded,
    /// `DomainLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain limit exceeded.
    DomainLimitExceeded,
    /// `DuplicateRequest`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate request.
    DuplicateRequest,
    /// `InvalidInput`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid input.
    InvalidInput,
    /// `OperationLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation limit exceeded.
    OperationLimitExceeded,
    /// `TLDRulesViolation`: HTTP 400; retry: never; category: invalid_argument.
    /// TLD rules violation.
    TldRulesViolation,
    /// `UnsupportedTLD`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported TLD.
    UnsupportedTld,
    /// `TLDInMaintenance`: HTTP 400; retry: never; category: invalid_argument.
    /// TLD in maintenance.
    TldInMaintenance,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 8] = [
        "DnssecLimitExceeded",
        "DomainLimitExceeded",
        "DuplicateRequest",
        "InvalidInput",
        "OperationLimitExceeded",
        "TLDRulesViolation",
        "UnsupportedTLD",
        "TLDInMaintenance",
    ];
    static NAME_CODES: [u32; 3] = [5, 6, 7];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "TldRulesViolationUnsupportedTldTldInMaintenance",
        ends: &[0, 17, 31, 47],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Dnssec limit exceeded.Domain limit exceeded.Duplicate request.Invalid input.Operation limit exceeded.TLD rules violation.Unsupported TLD.TLD in maintenance.",
        ends: &[0, 22, 44, 62, 76, 101, 121, 137, 156],
    };
    static STATUSES: [u16; 8] = [400, 400, 400, 400, 400, 400, 400, 400];
    static STATUS_ENDS: [u32; 9] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
    static RETRY: [::cloud_errors::Retry; 8] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 8] = ::cloud_errors::__private::category_column(
        b"cccccccc",
    );
    static PILOTS: [u16; 2] = [2, 693];
    static SLOTS: [(&str, u32); 8] = ::cloud_errors::__private::slots(
        &CODES,
        &[1, 0, 4, 7, 5, 2, 3, 6],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
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
    const PROVIDER: &'static str = "AWS Route 53 Domains";
    type Envelope = ::cloud_errors::envelopes::AwsCbor;
    /// The retry defaults of AWS Route 53 Domains's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Route 53 Domains: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
