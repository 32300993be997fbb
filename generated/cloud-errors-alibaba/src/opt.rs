// @generated from catalogs/alibaba/opt.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud opt: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud opt: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `LicenseKeyInvaild`: HTTP 401; retry: never; category: unauthenticated.
    /// License key invaild.
    LicenseKeyInvaild,
    /// `Unauthorized`: HTTP 403; retry: never; category: permission_denied.
    /// The request is not authorized.
    Unauthorized,
    /// `ConcurrencyOverLimit`: HTTP 409; retry: never; category: aborted.
    /// Concurrency over limit.
    ConcurrencyOverLimit,
    /// `LicenseKeyExpired`: HTTP 410; retry: never; category: failed_precondition.
    /// License key expired.
    LicenseKeyExpired,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 6] = [
        "InvalidParameter",
        "LicenseKeyInvaild",
        "Unauthorized",
        "ConcurrencyOverLimit",
        "LicenseKeyExpired",
        "InternalError",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "A parameter is invalid.License key invaild.The request is not authorized.Concurrency over limit.License key expired.An internal error occurred.",
        ends: &[0, 23, 43, 73, 96, 116, 143],
    };
    static STATUSES: [u16; 6] = [400, 401, 403, 409, 410, 500];
    static STATUS_ENDS: [u32; 7] = [0, 1, 2, 3, 4, 5, 6];
    static RETRY: [::cloud_errors::Retry; 6] = ::cloud_errors::__private::retry_column(
        b"aaaaab",
    );
    static CATEGORY: [::cloud_errors::Category; 6] = ::cloud_errors::__private::category_column(
        b"cpgjim",
    );
    static PILOTS: [u16; 2] = [4, 2];
    static SLOTS: [(&str, u32); 6] = ::cloud_errors::__private::slots(
        &CODES,
        &[3, 2, 5, 0, 4, 1],
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
    const PROVIDER: &'static str = "Alibaba Cloud opt";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud opt's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud opt: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
