// @generated from catalogs/tencent/bri.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud BRI: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud BRI: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.Timeout`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: timeout.
    InternalErrorTimeout,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.CertMd5`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cert md5.
    InvalidParameterCertMd5,
    /// `InvalidParameter.FileMd5`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: file md5.
    InvalidParameterFileMd5,
    /// `InvalidParameter.FileSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: file size.
    InvalidParameterFileSize,
    /// `InvalidParameter.Imei`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: imei.
    InvalidParameterImei,
    /// `InvalidParameter.InvalidAction`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid action.
    InvalidParameterInvalidAction,
    /// `InvalidParameter.Ip`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: ip.
    InvalidParameterIp,
    /// `InvalidParameter.PackageName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: package name.
    InvalidParameterPackageName,
    /// `InvalidParameter.PhoneNumber`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: phone number.
    InvalidParameterPhoneNumber,
    /// `InvalidParameter.QQ`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: QQ.
    InvalidParameterQq,
    /// `InvalidParameter.Service`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: service.
    InvalidParameterService,
    /// `InvalidParameter.Url`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: url.
    InvalidParameterUrl,
    /// `InvalidParameter.Wechat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: wechat.
    InvalidParameterWechat,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 22] = [
        "InternalError",
        "InternalError.Timeout",
        "InvalidParameter",
        "InvalidParameter.CertMd5",
        "InvalidParameter.FileMd5",
        "InvalidParameter.FileSize",
        "InvalidParameter.Imei",
        "InvalidParameter.InvalidAction",
        "InvalidParameter.Ip",
        "InvalidParameter.PackageName",
        "InvalidParameter.PhoneNumber",
        "InvalidParameter.QQ",
        "InvalidParameter.Service",
        "InvalidParameter.Url",
        "InvalidParameter.Wechat",
        "InvalidParameterValue",
        "LimitExceeded",
        "MissingParameter",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceUnavailable",
        "UnknownParameter",
    ];
    static NAME_CODES: [u32; 1] = [11];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterQq",
        ends: &[0, 18],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "An internal error occurred.An internal error occurred: timeout.A parameter is invalid.A parameter is invalid: cert md5.A parameter is invalid: file md5.A parameter is invalid: file size.A parameter is invalid: imei.A parameter is invalid: invalid action.A parameter is invalid: ip.A parameter is invalid: package name.A parameter is invalid: phone number.A parameter is invalid: QQ.A parameter is invalid: service.A parameter is invalid: url.A parameter is invalid: wechat.A parameter value is invalid.A limit was exceeded.A required parameter is missing.Resources are insufficient.The resource was not found.The resource is unavailable.An unknown parameter was given.",
        ends: &[
            0, 27, 63, 86, 119, 152, 186, 215, 254, 281, 318, 355, 382, 414, 442, 473,
            502, 523, 555, 582, 609, 637, 668,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 22] = ::cloud_errors::__private::retry_column(
        b"bbaaaaaaaaaaaaaaaacaca",
    );
    static CATEGORY: [::cloud_errors::Category; 22] = ::cloud_errors::__private::category_column(
        b"mmcccccccccccccchcheic",
    );
    static PILOTS: [u16; 6] = [7, 20, 13, 6, 2, 4];
    static SLOTS: [(&str, u32); 24] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            0, 17, 5, 4294967295, 18, 3, 9, 15, 2, 10, 19, 4, 4294967295, 8, 14, 11, 20,
            16, 13, 12, 6, 1, 21, 7,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
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
    const PROVIDER: &'static str = "Tencent Cloud BRI";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud BRI's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud BRI: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
