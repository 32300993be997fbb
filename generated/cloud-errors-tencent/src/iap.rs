// @generated from catalogs/tencent/iap.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud IAP: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud IAP: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.IdentityNameInUse`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: identity name in use.
    InvalidParameterIdentityNameInUse,
    /// `InvalidParameter.MetadataError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: metadata error.
    InvalidParameterMetadataError,
    /// `InvalidParameter.ParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: param error.
    InvalidParameterParamError,
    /// `InvalidParameterValue.IdentityKeyError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: identity key error.
    InvalidParameterValueIdentityKeyError,
    /// `InvalidParameterValue.IdentityUrlError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: identity url error.
    InvalidParameterValueIdentityUrlError,
    /// `InvalidParameterValue.NameError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: name error.
    InvalidParameterValueNameError,
    /// `LimitExceeded.IdentityFull`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: identity full.
    LimitExceededIdentityFull,
    /// `ResourceNotFound.IdentityNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: identity not exist.
    ResourceNotFoundIdentityNotExist,
    /// `ResourceNotFound.RecordNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: record not exists.
    ResourceNotFoundRecordNotExists,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 11] = [
        "FailedOperation",
        "InvalidParameter",
        "InvalidParameter.IdentityNameInUse",
        "InvalidParameter.MetadataError",
        "InvalidParameter.ParamError",
        "InvalidParameterValue.IdentityKeyError",
        "InvalidParameterValue.IdentityUrlError",
        "InvalidParameterValue.NameError",
        "LimitExceeded.IdentityFull",
        "ResourceNotFound.IdentityNotExist",
        "ResourceNotFound.RecordNotExists",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.A parameter is invalid.A parameter is invalid: identity name in use.A parameter is invalid: metadata error.A parameter is invalid: param error.A parameter value is invalid: identity key error.A parameter value is invalid: identity url error.A parameter value is invalid: name error.A limit was exceeded: identity full.The resource was not found: identity not exist.The resource was not found: record not exists.",
        ends: &[0, 21, 44, 89, 128, 164, 213, 262, 303, 339, 386, 432],
    };
    static RETRY: [::cloud_errors::Retry; 11] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 11] = ::cloud_errors::__private::category_column(
        b"iccccccchee",
    );
    static PILOTS: [u16; 3] = [6, 0, 6];
    static SLOTS: [(&str, u32); 12] = ::cloud_errors::__private::slots(
        &CODES,
        &[4, 7, 0, 6, 2, 5, 9, 3, 10, 1, 4294967295, 8],
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
    const PROVIDER: &'static str = "Tencent Cloud IAP";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud IAP's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud IAP: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
