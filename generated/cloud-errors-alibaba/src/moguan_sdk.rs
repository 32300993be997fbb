// @generated from catalogs/alibaba/moguan_sdk.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud moguan\-sdk: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud moguan\-sdk: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `Device.GetKeyNoAuthority`: HTTP 400; retry: never; category: invalid_argument.
    /// Device: get key no authority.
    DeviceGetKeyNoAuthority,
    /// `Device.GetKeyParameterError`: HTTP 400; retry: never; category: invalid_argument.
    /// Device: get key parameter error.
    DeviceGetKeyParameterError,
    /// `Device.RegisterAlreadyReged`: HTTP 400; retry: never; category: invalid_argument.
    /// Device: register already reged.
    DeviceRegisterAlreadyReged,
    /// `Device.RegisterAppkeyInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Device: register appkey invalid.
    DeviceRegisterAppkeyInvalid,
    /// `Device.RegisterDataError`: HTTP 400; retry: never; category: invalid_argument.
    /// Device: register data error.
    DeviceRegisterDataError,
    /// `Device.RegisterNoAuthority`: HTTP 400; retry: never; category: invalid_argument.
    /// Device: register no authority.
    DeviceRegisterNoAuthority,
    /// `Device.RegisterNoAvailableQuota`: HTTP 400; retry: never; category: invalid_argument.
    /// Device: register no available quota.
    DeviceRegisterNoAvailableQuota,
    /// `Device.RegisterParameterError`: HTTP 400; retry: never; category: invalid_argument.
    /// Device: register parameter error.
    DeviceRegisterParameterError,
    /// `Device.RegisterRetry`: HTTP 400; retry: never; category: invalid_argument.
    /// Device: register retry.
    DeviceRegisterRetry,
    /// `System.NoAuthority`: HTTP 400; retry: never; category: invalid_argument.
    /// System: no authority.
    SystemNoAuthority,
    /// `System.NotLogin`: HTTP 400; retry: never; category: invalid_argument.
    /// System: not login.
    SystemNotLogin,
    /// `System.ParameterError`: HTTP 400; retry: never; category: invalid_argument.
    /// System: parameter error.
    SystemParameterError,
    /// `System.InternalError`: HTTP 500; retry: never; category: internal.
    /// System: internal error.
    SystemInternalError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 13] = [
        "Device.GetKeyNoAuthority",
        "Device.GetKeyParameterError",
        "Device.RegisterAlreadyReged",
        "Device.RegisterAppkeyInvalid",
        "Device.RegisterDataError",
        "Device.RegisterNoAuthority",
        "Device.RegisterNoAvailableQuota",
        "Device.RegisterParameterError",
        "Device.RegisterRetry",
        "System.NoAuthority",
        "System.NotLogin",
        "System.ParameterError",
        "System.InternalError",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Device: get key no authority.Device: get key parameter error.Device: register already reged.Device: register appkey invalid.Device: register data error.Device: register no authority.Device: register no available quota.Device: register parameter error.Device: register retry.System: no authority.System: not login.System: parameter error.System: internal error.",
        ends: &[0, 29, 61, 92, 124, 152, 182, 218, 251, 274, 295, 313, 337, 360],
    };
    static STATUSES: [u16; 13] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 500,
    ];
    static STATUS_ENDS: [u32; 14] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
    static RETRY: [::cloud_errors::Retry; 13] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 13] = ::cloud_errors::__private::category_column(
        b"ccccccccccccm",
    );
    static PILOTS: [u16; 4] = [0, 2, 114, 6];
    static SLOTS: [(&str, u32); 14] = ::cloud_errors::__private::slots(
        &CODES,
        &[11, 8, 6, 1, 4294967295, 4, 7, 0, 5, 9, 10, 12, 3, 2],
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
    const PROVIDER: &'static str = "Alibaba Cloud moguan-sdk";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud moguan\-sdk's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud moguan\-sdk: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
