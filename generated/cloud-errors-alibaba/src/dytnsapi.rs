// @generated from catalogs/alibaba/dytnsapi.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Dytnsapi: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Dytnsapi: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `RequestTimeout`: HTTP 500; retry: backoff; category: deadline_exceeded.
    /// Request timeout.
    RequestTimeout,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
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
    /// `MobileNumberIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Mobile number illegal.
    MobileNumberIllegal,
    /// `EncyrptTypeIllegal`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Encyrpt type illegal.
    EncyrptTypeIllegal,
    /// `MobileNumberTypeNotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Mobile number type not match.
    MobileNumberTypeNotMatch,
    /// `CarrierIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Carrier illegal.
    CarrierIllegal,
    /// `RateIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Rate illegal.
    RateIllegal,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `AuthCodeNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Auth code not exist.
    AuthCodeNotExist,
    /// `TagNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag not exist.
    TagNotExist,
    /// `Permission.NotAuthorized`: HTTP 403; retry: never; category: permission_denied.
    /// Permission: not authorized.
    PermissionNotAuthorized,
    /// `SystemError`: HTTP 500; retry: never; category: internal.
    /// System error.
    SystemError,
    /// `PortabilityNumberNotSupported`: no documented HTTP status; retry: never; category: unknown.
    /// Portability number not supported.
    PortabilityNumberNotSupported,
    /// `Insufficient.Balance`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient: balance.
    InsufficientBalance,
    /// `MobileNumberTypeIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Mobile number type illegal.
    MobileNumberTypeIllegal,
    /// `Unknown`: HTTP 500; retry: never; category: internal.
    /// Unknown.
    CodeUnknown,
    /// `PhoneNumberNotfound`: HTTP 400; retry: never; category: invalid_argument.
    /// Phone number notfound.
    PhoneNumberNotfound,
    /// `RequestNumberNotSupported`: no documented HTTP status; retry: never; category: unknown.
    /// Request number not supported.
    RequestNumberNotSupported,
    /// `RequestFrequencyLimit`: no documented HTTP status; retry: never; category: unknown.
    /// Request frequency limit.
    RequestFrequencyLimit,
    /// `InputParamIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Input param illegal.
    InputParamIllegal,
    /// `AuthCodeIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Auth code illegal.
    AuthCodeIllegal,
    /// `ThresholdIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Threshold illegal.
    ThresholdIllegal,
    /// `RequestSupplierError`: HTTP 500; retry: never; category: internal.
    /// Request supplier error.
    RequestSupplierError,
    /// `OperatorLimit`: no documented HTTP status; retry: never; category: unknown.
    /// Operator limit.
    OperatorLimit,
    /// `isp.UNKNOWN`: HTTP 400; retry: never; category: invalid_argument.
    /// Isp: UNKNOWN.
    IspUnknown,
    /// `EncryptTypeIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Encrypt type illegal.
    EncryptTypeIllegal,
    /// `CertCodeIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Cert code illegal.
    CertCodeIllegal,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 31] = [
        "RequestTimeout",
        "InternalError",
        "Product.Unsubscript",
        "Ram.PermissionDeny",
        "System.LimitControl",
        "Unknown.ResourceOwnerId",
        "MobileNumberIllegal",
        "EncyrptTypeIllegal",
        "MobileNumberTypeNotMatch",
        "CarrierIllegal",
        "RateIllegal",
        "InvalidParameter",
        "AuthCodeNotExist",
        "TagNotExist",
        "Permission.NotAuthorized",
        "SystemError",
        "PortabilityNumberNotSupported",
        "Insufficient.Balance",
        "MobileNumberTypeIllegal",
        "Unknown",
        "PhoneNumberNotfound",
        "RequestNumberNotSupported",
        "RequestFrequencyLimit",
        "InputParamIllegal",
        "AuthCodeIllegal",
        "ThresholdIllegal",
        "RequestSupplierError",
        "OperatorLimit",
        "isp.UNKNOWN",
        "EncryptTypeIllegal",
        "CertCodeIllegal",
    ];
    static NAME_CODES: [u32; 2] = [19, 28];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "CodeUnknownIspUnknown",
        ends: &[0, 11, 21],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Request timeout.An internal error occurred.Product: unsubscript.Ram: permission deny.System: limit control.Unknown: resource owner id.Mobile number illegal.Encyrpt type illegal.Mobile number type not match.Carrier illegal.Rate illegal.A parameter is invalid.Auth code not exist.Tag not exist.Permission: not authorized.System error.Portability number not supported.Insufficient: balance.Mobile number type illegal.Unknown.Phone number notfound.Request number not supported.Request frequency limit.Input param illegal.Auth code illegal.Threshold illegal.Request supplier error.Operator limit.Isp: UNKNOWN.Encrypt type illegal.Cert code illegal.",
        ends: &[
            0, 16, 43, 64, 85, 107, 134, 156, 177, 206, 222, 235, 258, 278, 292, 319,
            332, 365, 387, 414, 422, 444, 473, 497, 517, 535, 553, 576, 591, 604, 625,
            643,
        ],
    };
    static STATUSES: [u16; 28] = [
        500, 500, 400, 400, 400, 400, 400, 400, 500, 400, 400, 400, 400, 400, 400, 403,
        500, 400, 400, 500, 400, 400, 400, 400, 500, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 32] = [
        0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 17, 18, 19, 20, 21,
        21, 21, 22, 23, 24, 25, 25, 26, 27, 28,
    ];
    static RETRY: [::cloud_errors::Retry; 31] = ::cloud_errors::__private::retry_column(
        b"bbaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 31] = ::cloud_errors::__private::category_column(
        b"dmccccccccccccgmbccmcbbcccmbccc",
    );
    static PILOTS: [u16; 8] = [30, 13, 0, 11, 65, 0, 0, 13];
    static SLOTS: [(&str, u32); 34] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            22, 8, 0, 5, 6, 21, 15, 11, 14, 16, 30, 13, 10, 7, 26, 19, 12, 9, 29, 24,
            4294967295, 25, 20, 1, 2, 23, 27, 4294967295, 4, 28, 4294967295, 3, 17, 18,
        ],
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
    const PROVIDER: &'static str = "Alibaba Cloud Dytnsapi";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Dytnsapi's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Dytnsapi: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
