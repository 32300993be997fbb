// @generated from catalogs/tencent/cws.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CWS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CWS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter.Duplicate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicate.
    InvalidParameterDuplicate,
    /// `InvalidParameter.Malformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: malformed.
    InvalidParameterMalformed,
    /// `InvalidParameter.NotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: not found.
    InvalidParameterNotFound,
    /// `LimitExceeded.MonitorQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: monitor quota.
    LimitExceededMonitorQuota,
    /// `LimitExceeded.ScanQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: scan quota.
    LimitExceededScanQuota,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 7] = [
        "InternalError",
        "InvalidParameter.Duplicate",
        "InvalidParameter.Malformed",
        "InvalidParameter.NotFound",
        "LimitExceeded.MonitorQuota",
        "LimitExceeded.ScanQuota",
        "UnauthorizedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "An internal error occurred.A parameter is invalid: duplicate.A parameter is invalid: malformed.A parameter is invalid: not found.A limit was exceeded: monitor quota.A limit was exceeded: scan quota.The operation is not authorized.",
        ends: &[0, 27, 61, 95, 129, 165, 198, 230],
    };
    static RETRY: [::cloud_errors::Retry; 7] = ::cloud_errors::__private::retry_column(
        b"baaaaac",
    );
    static CATEGORY: [::cloud_errors::Category; 7] = ::cloud_errors::__private::category_column(
        b"mccchhg",
    );
    static PILOTS: [u16; 2] = [265, 5];
    static SLOTS: [(&str, u32); 7] = ::cloud_errors::__private::slots(
        &CODES,
        &[6, 0, 2, 4, 5, 1, 3],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
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
        unsafe impl Code, ::cloud_errors::tencent::Code
    );
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Tencent Cloud CWS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CWS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CWS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
