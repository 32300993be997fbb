// @generated from catalogs/tencent/tms_v20200713.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TMS v20200713: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TMS v20200713: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.ErrTextTimeOut`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: err text time out.
    InternalErrorErrTextTimeOut,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ErrAction`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err action.
    InvalidParameterErrAction,
    /// `InvalidParameter.ErrTextContentLen`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err text content len.
    InvalidParameterErrTextContentLen,
    /// `InvalidParameter.ErrTextContentType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err text content type.
    InvalidParameterErrTextContentType,
    /// `InvalidParameter.InvalidParameterContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter content.
    InvalidParameterInvalidParameterContent,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.ErrTextContentType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: err text content type.
    InvalidParameterValueErrTextContentType,
    /// `InvalidParameterValue.InvalidEvilContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid evil content.
    InvalidParameterValueInvalidEvilContent,
    /// `InvalidParameterValue.InvalidEvilType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid evil type.
    InvalidParameterValueInvalidEvilType,
    /// `InvalidParameterValue.InvalidReportedAccount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid reported account.
    InvalidParameterValueInvalidReportedAccount,
    /// `InvalidParameterValue.InvalidReportedAccountLength`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid reported account length.
    InvalidParameterValueInvalidReportedAccountLength,
    /// `InvalidParameterValue.InvalidReportedAccountType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid reported account type.
    InvalidParameterValueInvalidReportedAccountType,
    /// `InvalidParameterValue.InvalidSenderAccount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid sender account.
    InvalidParameterValueInvalidSenderAccount,
    /// `InvalidParameterValue.InvalidSenderAccountLength`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid sender account length.
    InvalidParameterValueInvalidSenderAccountLength,
    /// `InvalidParameterValue.InvalidSenderAccountType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid sender account type.
    InvalidParameterValueInvalidSenderAccountType,
    /// `InvalidParameterValue.InvalidSenderIP`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid sender IP.
    InvalidParameterValueInvalidSenderIp,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `UnauthorizedOperation.Unauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: unauthorized.
    UnauthorizedOperationUnauthorized,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 24] = [
        "AuthFailure",
        "InternalError",
        "InternalError.ErrTextTimeOut",
        "InvalidParameter",
        "InvalidParameter.ErrAction",
        "InvalidParameter.ErrTextContentLen",
        "InvalidParameter.ErrTextContentType",
        "InvalidParameter.InvalidParameterContent",
        "InvalidParameterValue",
        "InvalidParameterValue.ErrTextContentType",
        "InvalidParameterValue.InvalidEvilContent",
        "InvalidParameterValue.InvalidEvilType",
        "InvalidParameterValue.InvalidReportedAccount",
        "InvalidParameterValue.InvalidReportedAccountLength",
        "InvalidParameterValue.InvalidReportedAccountType",
        "InvalidParameterValue.InvalidSenderAccount",
        "InvalidParameterValue.InvalidSenderAccountLength",
        "InvalidParameterValue.InvalidSenderAccountType",
        "InvalidParameterValue.InvalidSenderIP",
        "LimitExceeded",
        "MissingParameter",
        "ResourceInUse",
        "ResourceNotFound",
        "UnauthorizedOperation.Unauthorized",
    ];
    static NAME_CODES: [u32; 1] = [18];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterValueInvalidSenderIp",
        ends: &[0, 36],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.An internal error occurred.An internal error occurred: err text time out.A parameter is invalid.A parameter is invalid: err action.A parameter is invalid: err text content len.A parameter is invalid: err text content type.A parameter is invalid: invalid parameter content.A parameter value is invalid.A parameter value is invalid: err text content type.A parameter value is invalid: invalid evil content.A parameter value is invalid: invalid evil type.A parameter value is invalid: invalid reported account.A parameter value is invalid: invalid reported account length.A parameter value is invalid: invalid reported account type.A parameter value is invalid: invalid sender account.A parameter value is invalid: invalid sender account length.A parameter value is invalid: invalid sender account type.A parameter value is invalid: invalid sender IP.A limit was exceeded.A required parameter is missing.The resource is in use.The resource was not found.The operation is not authorized: unauthorized.",
        ends: &[
            0, 22, 49, 95, 118, 153, 198, 244, 294, 323, 375, 426, 474, 529, 591, 651,
            704, 764, 822, 870, 891, 923, 946, 973, 1019,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 24] = ::cloud_errors::__private::retry_column(
        b"abbaaaaaaaaaaaaaaaaaabac",
    );
    static CATEGORY: [::cloud_errors::Category; 24] = ::cloud_errors::__private::category_column(
        b"bmmcccccccccccccccchcjeg",
    );
    static PILOTS: [u16; 6] = [22, 50, 9, 6, 15, 0];
    static SLOTS: [(&str, u32); 26] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            9, 4294967295, 6, 1, 4294967295, 3, 17, 5, 22, 2, 13, 10, 23, 21, 12, 16, 19,
            7, 18, 11, 15, 14, 4, 0, 20, 8,
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
    const PROVIDER: &'static str = "Tencent Cloud TMS v20200713";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TMS v20200713's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TMS v20200713: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
