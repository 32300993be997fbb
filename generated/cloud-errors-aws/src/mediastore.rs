// @generated from catalogs/aws/mediastore.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS MediaStore: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS MediaStore: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ContainerInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Container in use.
    ContainerInUseException,
    /// `ContainerNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Container not found.
    ContainerNotFoundException,
    /// `CorsPolicyNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cors policy not found.
    CorsPolicyNotFoundException,
    /// `InternalServerError`: HTTP 500; retry: backoff; category: internal.
    /// Internal server error.
    InternalServerError,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `PolicyNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Policy not found.
    PolicyNotFoundException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 6] = [
        "ContainerInUseException",
        "ContainerNotFoundException",
        "CorsPolicyNotFoundException",
        "InternalServerError",
        "LimitExceededException",
        "PolicyNotFoundException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Container in use.Container not found.Cors policy not found.Internal server error.Limit exceeded.Policy not found.",
        ends: &[0, 17, 37, 59, 81, 96, 113],
    };
    static STATUSES: [u16; 6] = [400, 400, 400, 500, 400, 400];
    static STATUS_ENDS: [u32; 7] = [0, 1, 2, 3, 4, 5, 6];
    static RETRY: [::cloud_errors::Retry; 6] = ::cloud_errors::__private::retry_column(
        b"aaabba",
    );
    static CATEGORY: [::cloud_errors::Category; 6] = ::cloud_errors::__private::category_column(
        b"cccmhc",
    );
    static PILOTS: [u16; 2] = [5, 20];
    static SLOTS: [(&str, u32); 6] = ::cloud_errors::__private::slots(
        &CODES,
        &[1, 2, 5, 0, 4, 3],
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
    const PROVIDER: &'static str = "AWS MediaStore";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS MediaStore's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS MediaStore: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
