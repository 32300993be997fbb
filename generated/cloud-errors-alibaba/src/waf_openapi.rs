// @generated from catalogs/alibaba/waf_openapi.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud waf\-openapi: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud waf\-openapi: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `Forbbiden`: HTTP 403; retry: never; category: permission_denied.
    /// The request is forbidden.
    Forbbiden,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `Waf.Pullin.DomainNotBeianOrInBlackList`: HTTP 400; retry: never; category: invalid_argument.
    /// Waf: pullin, domain not beian or in black list.
    WafPullinDomainNotBeianOrInBlackList,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 3] = [
        "Forbbiden",
        "InternalError",
        "Waf.Pullin.DomainNotBeianOrInBlackList",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The request is forbidden.An internal error occurred.Waf: pullin, domain not beian or in black list.",
        ends: &[0, 25, 52, 99],
    };
    static STATUSES: [u16; 3] = [403, 500, 400];
    static STATUS_ENDS: [u32; 4] = [0, 1, 2, 3];
    static RETRY: [::cloud_errors::Retry; 3] = ::cloud_errors::__private::retry_column(
        b"aba",
    );
    static CATEGORY: [::cloud_errors::Category; 3] = ::cloud_errors::__private::category_column(
        b"gmc",
    );
    static PILOTS: [u16; 1] = [0];
    static SLOTS: [(&str, u32); 3] = ::cloud_errors::__private::slots(
        &CODES,
        &[2, 1, 0],
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
    ::cloud_errors::__private::impl_code!(
        unsafe impl Code, ::cloud_errors::alibaba::Code
    );
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Alibaba Cloud waf-openapi";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud waf\-openapi's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud waf\-openapi: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
