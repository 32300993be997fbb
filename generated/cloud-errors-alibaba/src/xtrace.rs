// @generated from catalogs/alibaba/xtrace.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud xtrace: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud xtrace: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ParameterRegionIdMissing`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter region id missing.
    ParameterRegionIdMissing,
    /// `InternalError`: HTTP 400; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `APINotAuthorize`: HTTP 403; retry: never; category: permission_denied.
    /// API not authorize.
    ApiNotAuthorize,
    /// `ServiceNameNotExist`: HTTP 404; retry: never; category: not_found.
    /// Service name not exist.
    ServiceNameNotExist,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 4] = [
        "ParameterRegionIdMissing",
        "InternalError",
        "APINotAuthorize",
        "ServiceNameNotExist",
    ];
    static NAME_CODES: [u32; 1] = [2];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "ApiNotAuthorize",
        ends: &[0, 15],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Parameter region id missing.An internal error occurred.API not authorize.Service name not exist.",
        ends: &[0, 28, 55, 73, 96],
    };
    static STATUSES: [u16; 4] = [400, 400, 403, 404];
    static STATUS_ENDS: [u32; 5] = [0, 1, 2, 3, 4];
    static RETRY: [::cloud_errors::Retry; 4] = ::cloud_errors::__private::retry_column(
        b"abaa",
    );
    static CATEGORY: [::cloud_errors::Category; 4] = ::cloud_errors::__private::category_column(
        b"cmge",
    );
    static PILOTS: [u16; 1] = [66];
    static SLOTS: [(&str, u32); 4] = ::cloud_errors::__private::slots(
        &CODES,
        &[1, 2, 0, 3],
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
    const PROVIDER: &'static str = "Alibaba Cloud xtrace";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud xtrace's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud xtrace: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
