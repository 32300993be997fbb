// @generated from catalogs/tencent/wedata_v20250806.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud WEDATA v20250806: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud WEDATA v20250806: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.SignatureExpire`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: signature expire.
    AuthFailureSignatureExpire,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.ExecutorClusterStatusError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: executor cluster status error.
    FailedOperationExecutorClusterStatusError,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.InvalidParameter`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: invalid parameter.
    InternalErrorInvalidParameter,
    /// `InternalError.UnknownError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unknown error.
    InternalErrorUnknownError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ClientIpNotAuthorized`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: client ip not authorized.
    InvalidParameterClientIpNotAuthorized,
    /// `InvalidParameter.DuplicateName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicate name.
    InvalidParameterDuplicateName,
    /// `InvalidParameter.InvalidFilterParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid filter parameter.
    InvalidParameterInvalidFilterParameter,
    /// `InvalidParameter.InvalidParamsError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid params error.
    InvalidParameterInvalidParamsError,
    /// `InvalidParameter.MissingRequestParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: missing request parameter.
    InvalidParameterMissingRequestParameter,
    /// `InvalidParameter.QuotaExceedError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: quota exceed error.
    InvalidParameterQuotaExceedError,
    /// `InvalidParameter.RuleNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: rule not exist.
    InvalidParameterRuleNotExist,
    /// `InvalidParameter.ServiceIsBusy`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: service is busy.
    InvalidParameterServiceIsBusy,
    /// `InvalidParameter.WorkspaceNameDuplication`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: workspace name duplication.
    InvalidParameterWorkspaceNameDuplication,
    /// `InvalidParameter.WorkspaceNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: workspace not exist.
    InvalidParameterWorkspaceNotExist,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.ParamIllegalError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: param illegal error.
    InvalidParameterValueParamIllegalError,
    /// `InvalidParameterValue.RuleNameRepeated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: rule name repeated.
    InvalidParameterValueRuleNameRepeated,
    /// `InvalidParameterValue.ValidationError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: validation error.
    InvalidParameterValueValidationError,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.UserNotInWhitelistError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: user not in whitelist error.
    OperationDeniedUserNotInWhitelistError,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.UserNotInProject`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: user not in project.
    UnauthorizedOperationUserNotInProject,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 32] = [
        "AuthFailure",
        "AuthFailure.SignatureExpire",
        "FailedOperation",
        "FailedOperation.ExecutorClusterStatusError",
        "InternalError",
        "InternalError.InvalidParameter",
        "InternalError.UnknownError",
        "InvalidParameter",
        "InvalidParameter.ClientIpNotAuthorized",
        "InvalidParameter.DuplicateName",
        "InvalidParameter.InvalidFilterParameter",
        "InvalidParameter.InvalidParamsError",
        "InvalidParameter.MissingRequestParameter",
        "InvalidParameter.QuotaExceedError",
        "InvalidParameter.RuleNotExist",
        "InvalidParameter.ServiceIsBusy",
        "InvalidParameter.WorkspaceNameDuplication",
        "InvalidParameter.WorkspaceNotExist",
        "InvalidParameterValue",
        "InvalidParameterValue.ParamIllegalError",
        "InvalidParameterValue.RuleNameRepeated",
        "InvalidParameterValue.ValidationError",
        "LimitExceeded",
        "MissingParameter",
        "OperationDenied",
        "OperationDenied.UserNotInWhitelistError",
        "ResourceInUse",
        "ResourceNotFound",
        "UnauthorizedOperation",
        "UnauthorizedOperation.UserNotInProject",
        "UnknownParameter",
        "UnsupportedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: signature expire.The operation failed.The operation failed: executor cluster status error.An internal error occurred.An internal error occurred: invalid parameter.An internal error occurred: unknown error.A parameter is invalid.A parameter is invalid: client ip not authorized.A parameter is invalid: duplicate name.A parameter is invalid: invalid filter parameter.A parameter is invalid: invalid params error.A parameter is invalid: missing request parameter.A parameter is invalid: quota exceed error.A parameter is invalid: rule not exist.A parameter is invalid: service is busy.A parameter is invalid: workspace name duplication.A parameter is invalid: workspace not exist.A parameter value is invalid.A parameter value is invalid: param illegal error.A parameter value is invalid: rule name repeated.A parameter value is invalid: validation error.A limit was exceeded.A required parameter is missing.The operation was denied.The operation was denied: user not in whitelist error.The resource is in use.The resource was not found.The operation is not authorized.The operation is not authorized: user not in project.An unknown parameter was given.The operation is not supported.",
        ends: &[
            0, 22, 62, 83, 135, 162, 208, 250, 273, 322, 361, 410, 455, 505, 548, 587,
            627, 678, 722, 751, 801, 850, 897, 918, 950, 975, 1029, 1052, 1079, 1111,
            1164, 1195, 1226,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 32] = ::cloud_errors::__private::retry_column(
        b"acaabbbaaaaaaaaaaaaaaaaaccbaccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 32] = ::cloud_errors::__private::category_column(
        b"bpiimmmccccccccccccccchcggjeggcl",
    );
    static PILOTS: [u16; 8] = [24, 5, 158, 10, 116, 3, 0, 34];
    static SLOTS: [(&str, u32); 35] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            29, 8, 18, 12, 26, 3, 22, 7, 1, 0, 19, 16, 4294967295, 2, 4, 28, 4294967295,
            23, 30, 4294967295, 31, 6, 21, 9, 10, 5, 11, 25, 14, 20, 27, 17, 15, 24, 13,
        ],
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
    const PROVIDER: &'static str = "Tencent Cloud WEDATA v20250806";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud WEDATA v20250806's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud WEDATA v20250806: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
