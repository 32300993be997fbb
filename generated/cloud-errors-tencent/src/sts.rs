// @generated from catalogs/tencent/sts.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud STS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud STS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure.AccessKeyIllegal`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: access key illegal.
    AuthFailureAccessKeyIllegal,
    /// `FailedOperation.CheckMFAError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: check MFA error.
    FailedOperationCheckMfaError,
    /// `FailedOperation.MFATypeNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: MFA type not supported.
    FailedOperationMfaTypeNotSupported,
    /// `FailedOperation.TempKeyNotAllowed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: temp key not allowed.
    FailedOperationTempKeyNotAllowed,
    /// `InternalError.DbError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db error.
    InternalErrorDbError,
    /// `InternalError.EncryptError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: encrypt error.
    InternalErrorEncryptError,
    /// `InternalError.GetAppIdError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get app id error.
    InternalErrorGetAppIdError,
    /// `InternalError.GetRoleError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get role error.
    InternalErrorGetRoleError,
    /// `InternalError.GetSeedTokenError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get seed token error.
    InternalErrorGetSeedTokenError,
    /// `InternalError.IllegalRole`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: illegal role.
    InternalErrorIllegalRole,
    /// `InternalError.PbSerializeError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: pb serialize error.
    InternalErrorPbSerializeError,
    /// `InternalError.SystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: system error.
    InternalErrorSystemError,
    /// `InternalError.UnknownError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unknown error.
    InternalErrorUnknownError,
    /// `InvalidParameter.AccessKeyNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: access key not support.
    InvalidParameterAccessKeyNotSupport,
    /// `InvalidParameter.AccountNotAvaliable`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: account not avaliable.
    InvalidParameterAccountNotAvaliable,
    /// `InvalidParameter.ExtendStrategyOverSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: extend strategy over size.
    InvalidParameterExtendStrategyOverSize,
    /// `InvalidParameter.GrantOtherResource`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: grant other resource.
    InvalidParameterGrantOtherResource,
    /// `InvalidParameter.OverLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: over limit.
    InvalidParameterOverLimit,
    /// `InvalidParameter.OverTimeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: over time error.
    InvalidParameterOverTimeError,
    /// `InvalidParameter.ParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: param error.
    InvalidParameterParamError,
    /// `InvalidParameter.PolicyTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: policy too long.
    InvalidParameterPolicyTooLong,
    /// `InvalidParameter.ResouceError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resouce error.
    InvalidParameterResouceError,
    /// `InvalidParameter.StrategyFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: strategy format error.
    InvalidParameterStrategyFormatError,
    /// `InvalidParameter.StrategyInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: strategy invalid.
    InvalidParameterStrategyInvalid,
    /// `InvalidParameter.TempCodeNotAvaliable`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: temp code not avaliable.
    InvalidParameterTempCodeNotAvaliable,
    /// `InvalidParameter.WebIdentityTokenError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: web identity token error.
    InvalidParameterWebIdentityTokenError,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceNotFound.RoleNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: role not found.
    ResourceNotFoundRoleNotFound,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 30] = [
        "AuthFailure.AccessKeyIllegal",
        "FailedOperation.CheckMFAError",
        "FailedOperation.MFATypeNotSupported",
        "FailedOperation.TempKeyNotAllowed",
        "InternalError.DbError",
        "InternalError.EncryptError",
        "InternalError.GetAppIdError",
        "InternalError.GetRoleError",
        "InternalError.GetSeedTokenError",
        "InternalError.IllegalRole",
        "InternalError.PbSerializeError",
        "InternalError.SystemError",
        "InternalError.UnknownError",
        "InvalidParameter.AccessKeyNotSupport",
        "InvalidParameter.AccountNotAvaliable",
        "InvalidParameter.ExtendStrategyOverSize",
        "InvalidParameter.GrantOtherResource",
        "InvalidParameter.OverLimit",
        "InvalidParameter.OverTimeError",
        "InvalidParameter.ParamError",
        "InvalidParameter.PolicyTooLong",
        "InvalidParameter.ResouceError",
        "InvalidParameter.StrategyFormatError",
        "InvalidParameter.StrategyInvalid",
        "InvalidParameter.TempCodeNotAvaliable",
        "InvalidParameter.WebIdentityTokenError",
        "RequestLimitExceeded",
        "ResourceNotFound.RoleNotFound",
        "UnauthorizedOperation",
        "UnsupportedOperation",
    ];
    static NAME_CODES: [u32; 2] = [1, 2];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationCheckMfaErrorFailedOperationMfaTypeNotSupported",
        ends: &[0, 28, 62],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed: access key illegal.The operation failed: check MFA error.The operation failed: MFA type not supported.The operation failed: temp key not allowed.An internal error occurred: db error.An internal error occurred: encrypt error.An internal error occurred: get app id error.An internal error occurred: get role error.An internal error occurred: get seed token error.An internal error occurred: illegal role.An internal error occurred: pb serialize error.An internal error occurred: system error.An internal error occurred: unknown error.A parameter is invalid: access key not support.A parameter is invalid: account not avaliable.A parameter is invalid: extend strategy over size.A parameter is invalid: grant other resource.A parameter is invalid: over limit.A parameter is invalid: over time error.A parameter is invalid: param error.A parameter is invalid: policy too long.A parameter is invalid: resouce error.A parameter is invalid: strategy format error.A parameter is invalid: strategy invalid.A parameter is invalid: temp code not avaliable.A parameter is invalid: web identity token error.Too many requests were sent.The resource was not found: role not found.The operation is not authorized.The operation is not supported.",
        ends: &[
            0, 42, 80, 125, 168, 205, 247, 292, 335, 384, 425, 472, 513, 555, 602, 648,
            698, 743, 778, 818, 854, 894, 932, 978, 1019, 1067, 1116, 1144, 1187, 1219,
            1250,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 30] = ::cloud_errors::__private::retry_column(
        b"caaabbbbbbbbbaaaaaaaaaaaaabaca",
    );
    static CATEGORY: [::cloud_errors::Category; 30] = ::cloud_errors::__private::category_column(
        b"piiimmmmmmmmmccccccccccccchegl",
    );
    static PILOTS: [u16; 8] = [0, 3, 1, 18, 130, 6, 292, 0];
    static SLOTS: [(&str, u32); 33] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            2, 27, 4294967295, 1, 11, 24, 7, 18, 4294967295, 28, 17, 29, 23, 25,
            4294967295, 21, 4, 19, 15, 9, 26, 10, 0, 3, 5, 8, 22, 6, 12, 14, 13, 20, 16,
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
    const PROVIDER: &'static str = "Tencent Cloud STS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud STS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud STS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
