// @generated from catalogs/tencent/af.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud AF: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud AF: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.CapSigError`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: cap sig error.
    AuthFailureCapSigError,
    /// `AuthFailure.Expired`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: expired.
    AuthFailureExpired,
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The request was a dry run and was not carried out.
    DryRunOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.BackendLogicError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: backend logic error.
    InternalErrorBackendLogicError,
    /// `InternalError.SignBackendError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: sign backend error.
    InternalErrorSignBackendError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: param error.
    InvalidParameterParamError,
    /// `InvalidParameter.UrlError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: url error.
    InvalidParameterUrlError,
    /// `InvalidParameter.VersionError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: version error.
    InvalidParameterVersionError,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.BadBody`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bad body.
    InvalidParameterValueBadBody,
    /// `InvalidParameterValue.BodyTooLarge`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: body too large.
    InvalidParameterValueBodyTooLarge,
    /// `InvalidParameterValue.CapMisMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cap mis match.
    InvalidParameterValueCapMisMatch,
    /// `InvalidParameterValue.HttpMethodError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: http method error.
    InvalidParameterValueHttpMethodError,
    /// `InvalidParameterValue.InvalidBusinessId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid business id.
    InvalidParameterValueInvalidBusinessId,
    /// `InvalidParameterValue.InvalidDate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid date.
    InvalidParameterValueInvalidDate,
    /// `InvalidParameterValue.InvalidLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid limit.
    InvalidParameterValueInvalidLimit,
    /// `InvalidParameterValue.InvalidNum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid num.
    InvalidParameterValueInvalidNum,
    /// `InvalidParameterValue.InvalidSrvId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid srv id.
    InvalidParameterValueInvalidSrvId,
    /// `InvalidParameterValue.InvalidSrvName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid srv name.
    InvalidParameterValueInvalidSrvName,
    /// `InvalidParameterValue.InvalidStride`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid stride.
    InvalidParameterValueInvalidStride,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.FreqCnt`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: freq cnt.
    LimitExceededFreqCnt,
    /// `LimitExceeded.IpFreqCnt`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: ip freq cnt.
    LimitExceededIpFreqCnt,
    /// `LimitExceeded.KeyFreqCnt`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: key freq cnt.
    LimitExceededKeyFreqCnt,
    /// `LimitExceeded.ReplayAttack`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: replay attack.
    LimitExceededReplayAttack,
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
    /// `ResourceNotFound.InterfaceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: interface not found.
    ResourceNotFoundInterfaceNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.PermissionDenied`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: permission denied.
    ResourceUnavailablePermissionDenied,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.AuthFailed`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: auth failed.
    UnauthorizedOperationAuthFailed,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnknownParameter.SecretIdNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given: secret id not exists.
    UnknownParameterSecretIdNotExists,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 44] = [
        "AuthFailure",
        "AuthFailure.CapSigError",
        "AuthFailure.Expired",
        "DryRunOperation",
        "FailedOperation",
        "InternalError",
        "InternalError.BackendLogicError",
        "InternalError.SignBackendError",
        "InvalidParameter",
        "InvalidParameter.ParamError",
        "InvalidParameter.UrlError",
        "InvalidParameter.VersionError",
        "InvalidParameterValue",
        "InvalidParameterValue.BadBody",
        "InvalidParameterValue.BodyTooLarge",
        "InvalidParameterValue.CapMisMatch",
        "InvalidParameterValue.HttpMethodError",
        "InvalidParameterValue.InvalidBusinessId",
        "InvalidParameterValue.InvalidDate",
        "InvalidParameterValue.InvalidLimit",
        "InvalidParameterValue.InvalidNum",
        "InvalidParameterValue.InvalidSrvId",
        "InvalidParameterValue.InvalidSrvName",
        "InvalidParameterValue.InvalidStride",
        "LimitExceeded",
        "LimitExceeded.FreqCnt",
        "LimitExceeded.IpFreqCnt",
        "LimitExceeded.KeyFreqCnt",
        "LimitExceeded.ReplayAttack",
        "MissingParameter",
        "OperationDenied",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceNotFound.InterfaceNotFound",
        "ResourceUnavailable",
        "ResourceUnavailable.PermissionDenied",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnauthorizedOperation.AuthFailed",
        "UnknownParameter",
        "UnknownParameter.SecretIdNotExists",
        "UnsupportedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: cap sig error.Authentication failed: expired.The request was a dry run and was not carried out.The operation failed.An internal error occurred.An internal error occurred: backend logic error.An internal error occurred: sign backend error.A parameter is invalid.A parameter is invalid: param error.A parameter is invalid: url error.A parameter is invalid: version error.A parameter value is invalid.A parameter value is invalid: bad body.A parameter value is invalid: body too large.A parameter value is invalid: cap mis match.A parameter value is invalid: http method error.A parameter value is invalid: invalid business id.A parameter value is invalid: invalid date.A parameter value is invalid: invalid limit.A parameter value is invalid: invalid num.A parameter value is invalid: invalid srv id.A parameter value is invalid: invalid srv name.A parameter value is invalid: invalid stride.A limit was exceeded.A limit was exceeded: freq cnt.A limit was exceeded: ip freq cnt.A limit was exceeded: key freq cnt.A limit was exceeded: replay attack.A required parameter is missing.The operation was denied.Too many requests were sent.The resource is in use.Resources are insufficient.The resource was not found.The resource was not found: interface not found.The resource is unavailable.The resource is unavailable: permission denied.The resources are sold out.The operation is not authorized.The operation is not authorized: auth failed.An unknown parameter was given.An unknown parameter was given: secret id not exists.The operation is not supported.",
        ends: &[
            0, 22, 59, 90, 140, 161, 188, 236, 283, 306, 342, 376, 414, 443, 482, 527,
            571, 619, 669, 712, 756, 798, 843, 890, 935, 956, 987, 1021, 1056, 1092,
            1124, 1149, 1177, 1200, 1227, 1254, 1302, 1330, 1377, 1404, 1436, 1481, 1512,
            1565, 1596,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 44] = ::cloud_errors::__private::retry_column(
        b"accaabbbaaaaaaaaaaaaaaaaaaaaaacbbcaacccccaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 44] = ::cloud_errors::__private::category_column(
        b"bppiimmmcccccccccccccccchhhhhcghjheeiihggccl",
    );
    static PILOTS: [u16; 11] = [16, 21, 4, 26, 9, 15, 214, 0, 5, 42, 155];
    static SLOTS: [(&str, u32); 48] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            31, 34, 27, 19, 4294967295, 32, 5, 13, 36, 6, 4294967295, 17, 33, 18, 43, 25,
            24, 38, 14, 2, 8, 22, 9, 16, 4294967295, 41, 0, 20, 3, 30, 28, 4, 4294967295,
            40, 39, 29, 11, 15, 12, 37, 35, 7, 26, 42, 21, 1, 10, 23,
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
    const PROVIDER: &'static str = "Tencent Cloud AF";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud AF's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud AF: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
