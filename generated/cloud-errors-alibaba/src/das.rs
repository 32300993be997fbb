// @generated from catalogs/alibaba/das.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud DAS: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud DAS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidParams`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid params.
    InvalidParams,
    /// `NoPermission`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The caller has no permission.
    NoPermission,
    /// `-1020004`: HTTP 400; retry: never; category: invalid_argument.
    /// Numeric error code \-1020004; see the product\'s documentation for its meaning.
    Code1020004,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 3] = ["InvalidParams", "NoPermission", "-1020004"];
    static NAME_CODES: [u32; 1] = [2];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Code1020004",
        ends: &[0, 11],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Invalid params.The caller has no permission.Numeric error code -1020004; see the product's documentation for its meaning.",
        ends: &[0, 15, 44, 121],
    };
    static STATUSES: [u16; 3] = [400, 403, 400];
    static STATUS_ENDS: [u32; 4] = [0, 1, 2, 3];
    static RETRY: [::cloud_errors::Retry; 3] = ::cloud_errors::__private::retry_column(
        b"aca",
    );
    static CATEGORY: [::cloud_errors::Category; 3] = ::cloud_errors::__private::category_column(
        b"cgc",
    );
    static PILOTS: [u16; 1] = [3];
    static SLOTS: [(&str, u32); 3] = ::cloud_errors::__private::slots(
        &CODES,
        &[0, 2, 1],
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
    ::cloud_errors::__private::impl_code!(
        unsafe impl Code, ::cloud_errors::alibaba::Code
    );
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Alibaba Cloud DAS";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud DAS's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud DAS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
