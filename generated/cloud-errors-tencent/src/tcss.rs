// @generated from catalogs/tencent/tcss.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TCSS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TCSS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AgentOffline`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: agent offline.
    FailedOperationAgentOffline,
    /// `FailedOperation.AuthorizedNotEnough`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: authorized not enough.
    FailedOperationAuthorizedNotEnough,
    /// `FailedOperation.DataValueNotCorrect`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: data value not correct.
    FailedOperationDataValueNotCorrect,
    /// `FailedOperation.ErrAlreadyScanning`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: err already scanning.
    FailedOperationErrAlreadyScanning,
    /// `FailedOperation.ErrRuleNotFind`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: err rule not find.
    FailedOperationErrRuleNotFind,
    /// `FailedOperation.NotifyPolicyChangeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: notify policy change failed.
    FailedOperationNotifyPolicyChangeFailed,
    /// `FailedOperation.RuleConfigTooMany`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rule config too many.
    FailedOperationRuleConfigTooMany,
    /// `FailedOperation.RuleInfoRepeat`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rule info repeat.
    FailedOperationRuleInfoRepeat,
    /// `FailedOperation.RuleNameRepeat`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rule name repeat.
    FailedOperationRuleNameRepeat,
    /// `FailedOperation.RuleNotFind`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rule not find.
    FailedOperationRuleNotFind,
    /// `FailedOperation.RuleSelectImageOutRange`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rule select image out range.
    FailedOperationRuleSelectImageOutRange,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.ErrRoleNotExist`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: err role not exist.
    InternalErrorErrRoleNotExist,
    /// `InternalError.MainDBFail`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: main DB fail.
    InternalErrorMainDbFail,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ErrIpNoValid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err ip no valid.
    InvalidParameterErrIpNoValid,
    /// `InvalidParameter.InvalidFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid format.
    InvalidParameterInvalidFormat,
    /// `InvalidParameter.IpNoValid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: ip no valid.
    InvalidParameterIpNoValid,
    /// `InvalidParameter.MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: missing parameter.
    InvalidParameterMissingParameter,
    /// `InvalidParameter.ParsingError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: parsing error.
    InvalidParameterParsingError,
    /// `InvalidParameter.PortNoValid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: port no valid.
    InvalidParameterPortNoValid,
    /// `InvalidParameter.RegexRuleError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: regex rule error.
    InvalidParameterRegexRuleError,
    /// `InvalidParameter.RequestTimeout`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: request timeout.
    InvalidParameterRequestTimeout,
    /// `InvalidParameter.ReverShellKeyFieldAllEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: rever shell key field all empty.
    InvalidParameterReverShellKeyFieldAllEmpty,
    /// `InvalidParameter.RuleInfoInValid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: rule info in valid.
    InvalidParameterRuleInfoInValid,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.DataNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: data not found.
    InvalidParameterValueDataNotFound,
    /// `InvalidParameterValue.DataRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: data range.
    InvalidParameterValueDataRange,
    /// `InvalidParameterValue.LengthLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: length limit.
    InvalidParameterValueLengthLimit,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
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
    static CODES: [&str; 42] = [
        "AuthFailure",
        "FailedOperation",
        "FailedOperation.AgentOffline",
        "FailedOperation.AuthorizedNotEnough",
        "FailedOperation.DataValueNotCorrect",
        "FailedOperation.ErrAlreadyScanning",
        "FailedOperation.ErrRuleNotFind",
        "FailedOperation.NotifyPolicyChangeFailed",
        "FailedOperation.RuleConfigTooMany",
        "FailedOperation.RuleInfoRepeat",
        "FailedOperation.RuleNameRepeat",
        "FailedOperation.RuleNotFind",
        "FailedOperation.RuleSelectImageOutRange",
        "InternalError",
        "InternalError.ErrRoleNotExist",
        "InternalError.MainDBFail",
        "InvalidParameter",
        "InvalidParameter.ErrIpNoValid",
        "InvalidParameter.InvalidFormat",
        "InvalidParameter.IpNoValid",
        "InvalidParameter.MissingParameter",
        "InvalidParameter.ParsingError",
        "InvalidParameter.PortNoValid",
        "InvalidParameter.RegexRuleError",
        "InvalidParameter.RequestTimeout",
        "InvalidParameter.ReverShellKeyFieldAllEmpty",
        "InvalidParameter.RuleInfoInValid",
        "InvalidParameterValue",
        "InvalidParameterValue.DataNotFound",
        "InvalidParameterValue.DataRange",
        "InvalidParameterValue.LengthLimit",
        "LimitExceeded",
        "MissingParameter",
        "OperationDenied",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceUnavailable",
        "UnauthorizedOperation",
        "UnknownParameter",
        "UnsupportedOperation",
    ];
    static NAME_CODES: [u32; 1] = [15];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InternalErrorMainDbFail",
        ends: &[0, 23],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed.The operation failed: agent offline.The operation failed: authorized not enough.The operation failed: data value not correct.The operation failed: err already scanning.The operation failed: err rule not find.The operation failed: notify policy change failed.The operation failed: rule config too many.The operation failed: rule info repeat.The operation failed: rule name repeat.The operation failed: rule not find.The operation failed: rule select image out range.An internal error occurred.An internal error occurred: err role not exist.An internal error occurred: main DB fail.A parameter is invalid.A parameter is invalid: err ip no valid.A parameter is invalid: invalid format.A parameter is invalid: ip no valid.A parameter is invalid: missing parameter.A parameter is invalid: parsing error.A parameter is invalid: port no valid.A parameter is invalid: regex rule error.A parameter is invalid: request timeout.A parameter is invalid: rever shell key field all empty.A parameter is invalid: rule info in valid.A parameter value is invalid.A parameter value is invalid: data not found.A parameter value is invalid: data range.A parameter value is invalid: length limit.A limit was exceeded.A required parameter is missing.The operation was denied.Too many requests were sent.The resource is in use.Resources are insufficient.The resource was not found.The resource is unavailable.The operation is not authorized.An unknown parameter was given.The operation is not supported.",
        ends: &[
            0, 22, 43, 79, 123, 168, 211, 251, 301, 344, 383, 422, 458, 508, 535, 582,
            623, 646, 686, 725, 761, 803, 841, 879, 920, 960, 1016, 1059, 1088, 1133,
            1174, 1217, 1238, 1270, 1295, 1323, 1346, 1373, 1400, 1428, 1460, 1491, 1522,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 42] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaabbbaaaaaaaaaaaaaaaaacbbcaccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 42] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiiiimmmccccccccccccccchcghjheigcl",
    );
    static PILOTS: [u16; 11] = [1, 1, 14, 9, 0, 8, 25, 10, 21, 0, 413];
    static SLOTS: [(&str, u32); 46] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            38, 9, 4294967295, 36, 5, 27, 4294967295, 25, 4, 18, 16, 24, 41, 21, 3, 1,
            11, 26, 29, 10, 8, 4294967295, 22, 34, 37, 28, 12, 13, 33, 15, 14, 19, 2, 0,
            23, 30, 35, 20, 31, 40, 17, 39, 6, 32, 4294967295, 7,
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
    const PROVIDER: &'static str = "Tencent Cloud TCSS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TCSS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TCSS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
