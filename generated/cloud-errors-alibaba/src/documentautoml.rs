// @generated from catalogs/alibaba/documentautoml.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud documentAutoml: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud documentAutoml: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `21002`: no documented HTTP status; retry: never; category: unknown.
    /// Numeric error code 21002; see the product\'s documentation for its meaning.
    Code21002,
    /// `21003`: no documented HTTP status; retry: never; category: unknown.
    /// Numeric error code 21003; see the product\'s documentation for its meaning.
    Code21003,
    /// `10001`: no documented HTTP status; retry: never; category: unknown.
    /// Numeric error code 10001; see the product\'s documentation for its meaning.
    Code10001,
    /// `10005`: no documented HTTP status; retry: never; category: unknown.
    /// Numeric error code 10005; see the product\'s documentation for its meaning.
    Code10005,
    /// `16001`: no documented HTTP status; retry: never; category: unknown.
    /// Numeric error code 16001; see the product\'s documentation for its meaning.
    Code16001,
    /// `13018`: no documented HTTP status; retry: never; category: unknown.
    /// Numeric error code 13018; see the product\'s documentation for its meaning.
    Code13018,
    /// `16004`: no documented HTTP status; retry: never; category: unknown.
    /// Numeric error code 16004; see the product\'s documentation for its meaning.
    Code16004,
    /// `23002`: no documented HTTP status; retry: never; category: unknown.
    /// Numeric error code 23002; see the product\'s documentation for its meaning.
    Code23002,
    /// `11002`: no documented HTTP status; retry: never; category: unknown.
    /// Numeric error code 11002; see the product\'s documentation for its meaning.
    Code11002,
    /// `19999`: no documented HTTP status; retry: never; category: unknown.
    /// Numeric error code 19999; see the product\'s documentation for its meaning.
    Code19999,
    /// `21004`: no documented HTTP status; retry: never; category: unknown.
    /// Numeric error code 21004; see the product\'s documentation for its meaning.
    Code21004,
    /// `10002`: no documented HTTP status; retry: never; category: unknown.
    /// Numeric error code 10002; see the product\'s documentation for its meaning.
    Code10002,
    /// `10003`: no documented HTTP status; retry: never; category: unknown.
    /// Numeric error code 10003; see the product\'s documentation for its meaning.
    Code10003,
    /// `21018`: no documented HTTP status; retry: never; category: unknown.
    /// Numeric error code 21018; see the product\'s documentation for its meaning.
    Code21018,
    /// `22002`: no documented HTTP status; retry: never; category: unknown.
    /// Numeric error code 22002; see the product\'s documentation for its meaning.
    Code22002,
    /// `50008`: no documented HTTP status; retry: never; category: unknown.
    /// Numeric error code 50008; see the product\'s documentation for its meaning.
    Code50008,
    /// `50007`: no documented HTTP status; retry: never; category: unknown.
    /// Numeric error code 50007; see the product\'s documentation for its meaning.
    Code50007,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 17] = [
        "21002",
        "21003",
        "10001",
        "10005",
        "16001",
        "13018",
        "16004",
        "23002",
        "11002",
        "19999",
        "21004",
        "10002",
        "10003",
        "21018",
        "22002",
        "50008",
        "50007",
    ];
    static NAME_CODES: [u32; 17] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Code21002Code21003Code10001Code10005Code16001Code13018Code16004Code23002Code11002Code19999Code21004Code10002Code10003Code21018Code22002Code50008Code50007",
        ends: &[
            0, 9, 18, 27, 36, 45, 54, 63, 72, 81, 90, 99, 108, 117, 126, 135, 144, 153,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Numeric error code 21002; see the product's documentation for its meaning.Numeric error code 21003; see the product's documentation for its meaning.Numeric error code 10001; see the product's documentation for its meaning.Numeric error code 10005; see the product's documentation for its meaning.Numeric error code 16001; see the product's documentation for its meaning.Numeric error code 13018; see the product's documentation for its meaning.Numeric error code 16004; see the product's documentation for its meaning.Numeric error code 23002; see the product's documentation for its meaning.Numeric error code 11002; see the product's documentation for its meaning.Numeric error code 19999; see the product's documentation for its meaning.Numeric error code 21004; see the product's documentation for its meaning.Numeric error code 10002; see the product's documentation for its meaning.Numeric error code 10003; see the product's documentation for its meaning.Numeric error code 21018; see the product's documentation for its meaning.Numeric error code 22002; see the product's documentation for its meaning.Numeric error code 50008; see the product's documentation for its meaning.Numeric error code 50007; see the product's documentation for its meaning.",
        ends: &[
            0, 74, 148, 222, 296, 370, 444, 518, 592, 666, 740, 814, 888, 962, 1036,
            1110, 1184, 1258,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 17] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 17] = ::cloud_errors::__private::category_column(
        b"bbbbbbbbbbbbbbbbb",
    );
    static PILOTS: [u16; 5] = [1, 3, 141, 0, 21];
    static SLOTS: [(&str, u32); 18] = ::cloud_errors::__private::slots(
        &CODES,
        &[14, 7, 1, 12, 13, 10, 2, 15, 0, 11, 9, 6, 16, 4, 8, 5, 4294967295, 3],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
        descriptions_en: &DESCRIPTIONS_EN,
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
    ::cloud_errors::__private::impl_code!(
        unsafe impl Code, ::cloud_errors::alibaba::Code
    );
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Alibaba Cloud documentAutoml";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud documentAutoml's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud documentAutoml: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
