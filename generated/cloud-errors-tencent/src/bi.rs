// @generated from catalogs/tencent/bi.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud BI: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud BI: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The request was a dry run and was not carried out.
    DryRunOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.Internal`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal.
    InternalErrorInternal,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.Embed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: embed.
    InvalidParameterEmbed,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.MissingParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing param.
    MissingParameterMissingParam,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.Authorize`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: authorize.
    UnauthorizedOperationAuthorize,
    /// `UnauthorizedOperation.Inactive`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: inactive.
    UnauthorizedOperationInactive,
    /// `UnauthorizedOperation.UserNotExist`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: user not exist.
    UnauthorizedOperationUserNotExist,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.BIError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: BI error.
    UnsupportedOperationBiError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 20] = [
        "AuthFailure",
        "DryRunOperation",
        "FailedOperation",
        "InternalError",
        "InternalError.Internal",
        "InvalidParameter",
        "InvalidParameter.Embed",
        "InvalidParameterValue",
        "LimitExceeded",
        "MissingParameter",
        "MissingParameter.MissingParam",
        "OperationDenied",
        "RequestLimitExceeded",
        "UnauthorizedOperation",
        "UnauthorizedOperation.Authorize",
        "UnauthorizedOperation.Inactive",
        "UnauthorizedOperation.UserNotExist",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.BIError",
    ];
    static NAME_CODES: [u32; 1] = [19];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "UnsupportedOperationBiError",
        ends: &[0, 27],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The request was a dry run and was not carried out.The operation failed.An internal error occurred.An internal error occurred: internal.A parameter is invalid.A parameter is invalid: embed.A parameter value is invalid.A limit was exceeded.A required parameter is missing.A required parameter is missing: missing param.The operation was denied.Too many requests were sent.The operation is not authorized.The operation is not authorized: authorize.The operation is not authorized: inactive.The operation is not authorized: user not exist.An unknown parameter was given.The operation is not supported.The operation is not supported: BI error.",
        ends: &[
            0, 22, 72, 93, 120, 157, 180, 210, 239, 260, 292, 339, 364, 392, 424, 467,
            509, 557, 588, 619, 660,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 20] = ::cloud_errors::__private::retry_column(
        b"aaabbaaaaaacbccccaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 20] = ::cloud_errors::__private::category_column(
        b"biimmccchccghggggcli",
    );
    static PILOTS: [u16; 5] = [134, 100, 0, 21, 7];
    static SLOTS: [(&str, u32); 22] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            1, 5, 17, 6, 0, 11, 14, 9, 19, 18, 3, 12, 2, 4294967295, 13, 16, 7, 15, 10,
            8, 4, 4294967295,
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
    const PROVIDER: &'static str = "Tencent Cloud BI";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud BI's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud BI: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
