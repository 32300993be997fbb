// @generated from catalogs/aws/directconnect.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Direct Connect: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsCbor`](cloud_errors::envelopes::AwsCbor) (`aws_cbor`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Direct Connect: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `DirectConnectClientException`: HTTP 400; retry: never; category: invalid_argument.
    /// Direct connect client.
    DirectConnectClientException,
    /// `DirectConnectServerException`: HTTP 500; retry: backoff; category: internal.
    /// Direct connect server.
    DirectConnectServerException,
    /// `DuplicateTagKeysException`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate tag keys.
    DuplicateTagKeysException,
    /// `TooManyTagsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTagsException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 5] = [
        "DirectConnectClientException",
        "DirectConnectServerException",
        "DuplicateTagKeysException",
        "TooManyTagsException",
        "LimitExceededException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Direct connect client.Direct connect server.Duplicate tag keys.Too many tags.Limit exceeded.",
        ends: &[0, 22, 44, 63, 77, 92],
    };
    static STATUSES: [u16; 5] = [400, 500, 400, 400, 400];
    static STATUS_ENDS: [u32; 6] = [0, 1, 2, 3, 4, 5];
    static RETRY: [::cloud_errors::Retry; 5] = ::cloud_errors::__private::retry_column(
        b"abaab",
    );
    static CATEGORY: [::cloud_errors::Category; 5] = ::cloud_errors::__private::category_column(
        b"cmcch",
    );
    static PILOTS: [u16; 2] = [7, 3];
    static SLOTS: [(&str, u32); 5] = ::cloud_errors::__private::slots(
        &CODES,
        &[0, 4, 2, 3, 1],
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
    const PROVIDER: &'static str = "AWS Direct Connect";
    type Envelope = ::cloud_errors::envelopes::AwsCbor;
    /// The retry defaults of AWS Direct Connect's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Direct Connect: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
