// @generated from catalogs/alibaba/dyplsapi.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Dyplsapi: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Dyplsapi: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `RamPermissionDenied`: HTTP 400; retry: never; category: invalid_argument.
    /// Ram permission denied.
    RamPermissionDenied,
    /// `Insufficient.Balance`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient: balance.
    InsufficientBalance,
    /// `Product.Unsubscript`: HTTP 400; retry: never; category: invalid_argument.
    /// Product: unsubscript.
    ProductUnsubscript,
    /// `Ram.PermissionDeny`: HTTP 400; retry: never; category: invalid_argument.
    /// Ram: permission deny.
    RamPermissionDeny,
    /// `System.LimitControl`: HTTP 400; retry: never; category: invalid_argument.
    /// System: limit control.
    SystemLimitControl,
    /// `Unknown.ResourceOwnerId`: HTTP 400; retry: never; category: invalid_argument.
    /// Unknown: resource owner id.
    UnknownResourceOwnerId,
    /// `Permission.NotAuthorized`: HTTP 403; retry: never; category: permission_denied.
    /// Permission: not authorized.
    PermissionNotAuthorized,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `isp.RAM_PERMISSION_DENY`: HTTP 400; retry: never; category: invalid_argument.
    /// Isp: RAM PERMISSION DENY.
    IspRamPermissionDeny,
    /// `FlowLimited`: HTTP 400; retry: never; category: invalid_argument.
    /// Flow limited.
    FlowLimited,
    /// `POOLKEY_NOT_EXIST`: HTTP 400; retry: never; category: invalid_argument.
    /// POOLKEY NOT EXIST.
    PoolkeyNotExist,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 11] = [
        "RamPermissionDenied",
        "Insufficient.Balance",
        "Product.Unsubscript",
        "Ram.PermissionDeny",
        "System.LimitControl",
        "Unknown.ResourceOwnerId",
        "Permission.NotAuthorized",
        "InternalError",
        "isp.RAM_PERMISSION_DENY",
        "FlowLimited",
        "POOLKEY_NOT_EXIST",
    ];
    static NAME_CODES: [u32; 2] = [8, 10];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "IspRamPermissionDenyPoolkeyNotExist",
        ends: &[0, 20, 35],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Ram permission denied.Insufficient: balance.Product: unsubscript.Ram: permission deny.System: limit control.Unknown: resource owner id.Permission: not authorized.An internal error occurred.Isp: RAM PERMISSION DENY.Flow limited.POOLKEY NOT EXIST.",
        ends: &[0, 22, 44, 65, 86, 108, 135, 162, 189, 214, 227, 245],
    };
    static STATUSES: [u16; 11] = [400, 400, 400, 400, 400, 400, 403, 500, 400, 400, 400];
    static STATUS_ENDS: [u32; 12] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    static RETRY: [::cloud_errors::Retry; 11] = ::cloud_errors::__private::retry_column(
        b"aaaaaaabaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 11] = ::cloud_errors::__private::category_column(
        b"ccccccgmccc",
    );
    static PILOTS: [u16; 3] = [3, 4, 37];
    static SLOTS: [(&str, u32); 12] = ::cloud_errors::__private::slots(
        &CODES,
        &[1, 9, 8, 10, 4, 7, 4294967295, 6, 0, 3, 2, 5],
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
    const PROVIDER: &'static str = "Alibaba Cloud Dyplsapi";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Dyplsapi's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Dyplsapi: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
