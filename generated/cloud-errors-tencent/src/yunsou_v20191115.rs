// @generated from catalogs/tencent/yunsou_v20191115.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud YUNSOU v20191115: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud YUNSOU v20191115: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.AccountInfo`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: account info.
    FailedOperationAccountInfo,
    /// `FailedOperation.AppInfo`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: app info.
    FailedOperationAppInfo,
    /// `FailedOperation.Search`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: search.
    FailedOperationSearch,
    /// `FailedOperation.UploadDataApiFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: upload data api fail.
    FailedOperationUploadDataApiFail,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.DataContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: data content.
    InvalidParameterDataContent,
    /// `LimitExceeded.Search`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: search.
    LimitExceededSearch,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 8] = [
        "FailedOperation.AccountInfo",
        "FailedOperation.AppInfo",
        "FailedOperation.Search",
        "FailedOperation.UploadDataApiFail",
        "InvalidParameter",
        "InvalidParameter.DataContent",
        "LimitExceeded.Search",
        "UnauthorizedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: account info.The operation failed: app info.The operation failed: search.The operation failed: upload data api fail.A parameter is invalid.A parameter is invalid: data content.A limit was exceeded: search.The operation is not authorized.",
        ends: &[0, 35, 66, 95, 138, 161, 198, 227, 259],
    };
    static RETRY: [::cloud_errors::Retry; 8] = ::cloud_errors::__private::retry_column(
        b"aaaaaaac",
    );
    static CATEGORY: [::cloud_errors::Category; 8] = ::cloud_errors::__private::category_column(
        b"iiiicchg",
    );
    static PILOTS: [u16; 2] = [3, 651];
    static SLOTS: [(&str, u32); 8] = ::cloud_errors::__private::slots(
        &CODES,
        &[3, 0, 5, 6, 1, 2, 4, 7],
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
    const PROVIDER: &'static str = "Tencent Cloud YUNSOU v20191115";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud YUNSOU v20191115's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud YUNSOU v20191115: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
