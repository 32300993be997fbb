// @generated from catalogs/aws/pi.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS PI: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsCbor`](cloud_errors::envelopes::AwsCbor) (`aws_cbor`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS PI: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InternalServiceError`: HTTP 500; retry: backoff; category: internal.
    /// Internal service error.
    InternalServiceError,
    /// `InvalidArgumentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid argument.
    InvalidArgumentException,
    /// `NotAuthorizedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Not authorized.
    NotAuthorizedException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 3] = [
        "InternalServiceError",
        "InvalidArgumentException",
        "NotAuthorizedException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Internal service error.Invalid argument.Not authorized.",
        ends: &[0, 23, 40, 55],
    };
    static STATUSES: [u16; 3] = [500, 400, 400];
    static STATUS_ENDS: [u32; 4] = [0, 1, 2, 3];
    static RETRY: [::cloud_errors::Retry; 3] = ::cloud_errors::__private::retry_column(
        b"baa",
    );
    static CATEGORY: [::cloud_errors::Category; 3] = ::cloud_errors::__private::category_column(
        b"mcc",
    );
    static PILOTS: [u16; 1] = [0];
    static SLOTS: [(&str, u32); 3] = ::cloud_errors::__private::slots(
        &CODES,
        &[1, 2, 0],
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
    const PROVIDER: &'static str = "AWS PI";
    type Envelope = ::cloud_errors::envelopes::AwsCbor;
    /// The retry defaults of AWS PI's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS PI: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
