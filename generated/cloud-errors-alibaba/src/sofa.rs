// @generated from catalogs/alibaba/sofa.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud SOFA: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud SOFA: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `UnknowError.SystemError`: HTTP 500; retry: never; category: internal.
    /// Unknow error: system error.
    UnknowErrorSystemError,
    /// `ServerInernalError`: HTTP 500; retry: never; category: internal.
    /// Server inernal error.
    ServerInernalError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 2] = ["UnknowError.SystemError", "ServerInernalError"];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Unknow error: system error.Server inernal error.",
        ends: &[0, 27, 48],
    };
    static STATUSES: [u16; 2] = [500, 500];
    static STATUS_ENDS: [u32; 3] = [0, 1, 2];
    static RETRY: [::cloud_errors::Retry; 2] = ::cloud_errors::__private::retry_column(
        b"aa",
    );
    static CATEGORY: [::cloud_errors::Category; 2] = ::cloud_errors::__private::category_column(
        b"mm",
    );
    static PILOTS: [u16; 1] = [0];
    static SLOTS: [(&str, u32); 2] = ::cloud_errors::__private::slots(&CODES, &[0, 1]);
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
    ::cloud_errors::__private::impl_code!(
        unsafe impl Code, ::cloud_errors::alibaba::Code
    );
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Alibaba Cloud SOFA";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud SOFA's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud SOFA: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
