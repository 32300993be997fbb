// @generated from catalogs/tencent/gwlb.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud GWLB: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud GWLB: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.ResourceInOperating`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: resource in operating.
    FailedOperationResourceInOperating,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.FormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: format error.
    InvalidParameterFormatError,
    /// `InvalidParameter.RegionNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: region not found.
    InvalidParameterRegionNotFound,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.Duplicate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicate.
    InvalidParameterValueDuplicate,
    /// `InvalidParameterValue.InvalidFilter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid filter.
    InvalidParameterValueInvalidFilter,
    /// `InvalidParameterValue.Length`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: length.
    InvalidParameterValueLength,
    /// `InvalidParameterValue.Range`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: range.
    InvalidParameterValueRange,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 13] = [
        "FailedOperation",
        "FailedOperation.ResourceInOperating",
        "InternalError",
        "InvalidParameter",
        "InvalidParameter.FormatError",
        "InvalidParameter.RegionNotFound",
        "InvalidParameterValue",
        "InvalidParameterValue.Duplicate",
        "InvalidParameterValue.InvalidFilter",
        "InvalidParameterValue.Length",
        "InvalidParameterValue.Range",
        "LimitExceeded",
        "UnauthorizedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.The operation failed: resource in operating.An internal error occurred.A parameter is invalid.A parameter is invalid: format error.A parameter is invalid: region not found.A parameter value is invalid.A parameter value is invalid: duplicate.A parameter value is invalid: invalid filter.A parameter value is invalid: length.A parameter value is invalid: range.A limit was exceeded.The operation is not authorized.",
        ends: &[0, 21, 65, 92, 115, 152, 193, 222, 262, 307, 344, 380, 401, 433],
    };
    static RETRY: [::cloud_errors::Retry; 13] = ::cloud_errors::__private::retry_column(
        b"aabaaaaaaaaac",
    );
    static CATEGORY: [::cloud_errors::Category; 13] = ::cloud_errors::__private::category_column(
        b"iimcccccccchg",
    );
    static PILOTS: [u16; 4] = [21, 9, 0, 10];
    static SLOTS: [(&str, u32); 14] = ::cloud_errors::__private::slots(
        &CODES,
        &[1, 2, 9, 10, 4294967295, 3, 11, 5, 6, 0, 12, 7, 4, 8],
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
    const PROVIDER: &'static str = "Tencent Cloud GWLB";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud GWLB's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud GWLB: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
