// @generated from catalogs/alibaba/ocr.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud ocr: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud ocr: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ParameterError`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter error.
    ParameterError,
    /// `AuthFailed`: HTTP 403; retry: never; category: permission_denied.
    /// Auth failed.
    AuthFailed,
    /// `Timeout`: HTTP 408; retry: backoff; category: deadline_exceeded.
    /// The request timed out.
    Timeout,
    /// `ServiceUnavailable`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailable,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 4] = [
        "ParameterError",
        "AuthFailed",
        "Timeout",
        "ServiceUnavailable",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Parameter error.Auth failed.The request timed out.The service is unavailable.",
        ends: &[0, 16, 28, 50, 77],
    };
    static STATUSES: [u16; 4] = [400, 403, 408, 503];
    static STATUS_ENDS: [u32; 5] = [0, 1, 2, 3, 4];
    static RETRY: [::cloud_errors::Retry; 4] = ::cloud_errors::__private::retry_column(
        b"aabb",
    );
    static CATEGORY: [::cloud_errors::Category; 4] = ::cloud_errors::__private::category_column(
        b"cgdn",
    );
    static PILOTS: [u16; 1] = [0];
    static SLOTS: [(&str, u32); 4] = ::cloud_errors::__private::slots(
        &CODES,
        &[3, 0, 1, 2],
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
    const PROVIDER: &'static str = "Alibaba Cloud ocr";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud ocr's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud ocr: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
