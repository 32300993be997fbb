// @generated from catalogs/tencent/rce_v20260130.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud RCE v20260130: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud RCE v20260130: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InternalError.SystemException`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: system exception.
    InternalErrorSystemException,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.FieldMissed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: field missed.
    InvalidParameterFieldMissed,
    /// `InvalidParameter.InvalidFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid format.
    InvalidParameterInvalidFormat,
    /// `InvalidParameter.InvalidValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid value.
    InvalidParameterInvalidValue,
    /// `InvalidParameter.LengthExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: length exceed.
    InvalidParameterLengthExceed,
    /// `InvalidParameterValue.DataUnauthorized`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: data unauthorized.
    InvalidParameterValueDataUnauthorized,
    /// `InvalidParameterValue.DuplicatedKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicated key.
    InvalidParameterValueDuplicatedKey,
    /// `InvalidParameterValue.EventNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: event not exist.
    InvalidParameterValueEventNotExist,
    /// `InvalidParameterValue.InvalidEventTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid event time.
    InvalidParameterValueInvalidEventTime,
    /// `InvalidParameterValue.TenantNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tenant not exist.
    InvalidParameterValueTenantNotExist,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.FieldMissed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: field missed.
    MissingParameterFieldMissed,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 14] = [
        "InternalError.SystemException",
        "InvalidParameter",
        "InvalidParameter.FieldMissed",
        "InvalidParameter.InvalidFormat",
        "InvalidParameter.InvalidValue",
        "InvalidParameter.LengthExceed",
        "InvalidParameterValue.DataUnauthorized",
        "InvalidParameterValue.DuplicatedKey",
        "InvalidParameterValue.EventNotExist",
        "InvalidParameterValue.InvalidEventTime",
        "InvalidParameterValue.TenantNotExist",
        "MissingParameter",
        "MissingParameter.FieldMissed",
        "UnauthorizedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "An internal error occurred: system exception.A parameter is invalid.A parameter is invalid: field missed.A parameter is invalid: invalid format.A parameter is invalid: invalid value.A parameter is invalid: length exceed.A parameter value is invalid: data unauthorized.A parameter value is invalid: duplicated key.A parameter value is invalid: event not exist.A parameter value is invalid: invalid event time.A parameter value is invalid: tenant not exist.A required parameter is missing.A required parameter is missing: field missed.The operation is not authorized.",
        ends: &[0, 45, 68, 105, 144, 182, 220, 268, 313, 359, 408, 455, 487, 533, 565],
    };
    static RETRY: [::cloud_errors::Retry; 14] = ::cloud_errors::__private::retry_column(
        b"baaaaaaaaaaaac",
    );
    static CATEGORY: [::cloud_errors::Category; 14] = ::cloud_errors::__private::category_column(
        b"mccccccccccccg",
    );
    static PILOTS: [u16; 4] = [1, 58, 2, 0];
    static SLOTS: [(&str, u32); 15] = ::cloud_errors::__private::slots(
        &CODES,
        &[3, 4, 13, 1, 12, 6, 8, 10, 5, 4294967295, 9, 0, 2, 7, 11],
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
    const PROVIDER: &'static str = "Tencent Cloud RCE v20260130";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud RCE v20260130's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud RCE v20260130: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
