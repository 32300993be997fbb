// @generated from catalogs/tencent/essbasic_v20201222.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud ESSBASIC v20201222: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud ESSBASIC v20201222: a variant per documented code,
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
    /// `FailedOperation.AccountAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: account already exists.
    FailedOperationAccountAlreadyExists,
    /// `FailedOperation.AccountVerifyFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: account verify fail.
    FailedOperationAccountVerifyFail,
    /// `FailedOperation.AuthFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: auth fail.
    FailedOperationAuthFail,
    /// `FailedOperation.DLockFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: d lock failed.
    FailedOperationDLockFailed,
    /// `FailedOperation.ErrBindingRepeated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: err binding repeated.
    FailedOperationErrBindingRepeated,
    /// `FailedOperation.GenerateOrgSeal`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: generate org seal.
    FailedOperationGenerateOrgSeal,
    /// `FailedOperation.GenerateUserSeal`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: generate user seal.
    FailedOperationGenerateUserSeal,
    /// `FailedOperation.NoRole`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no role.
    FailedOperationNoRole,
    /// `FailedOperation.OpenIdAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: open id already exists.
    FailedOperationOpenIdAlreadyExists,
    /// `FailedOperation.OrgIdCardNumberAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: org id card number already exists.
    FailedOperationOrgIdCardNumberAlreadyExists,
    /// `FailedOperation.RequestLimitExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: request limit exceeded.
    FailedOperationRequestLimitExceeded,
    /// `FailedOperation.RequestLimitExceeded1D`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: request limit exceeded1 d.
    FailedOperationRequestLimitExceeded1D,
    /// `FailedOperation.RequestLimitExceeded1H`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: request limit exceeded1 h.
    FailedOperationRequestLimitExceeded1H,
    /// `FailedOperation.RequestLimitExceeded30S`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: request limit exceeded30 s.
    FailedOperationRequestLimitExceeded30S,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.Api`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: api.
    InternalErrorApi,
    /// `InternalError.Cache`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cache.
    InternalErrorCache,
    /// `InternalError.Callback`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: callback.
    InternalErrorCallback,
    /// `InternalError.Db`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db.
    InternalErrorDb,
    /// `InternalError.Decryption`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: decryption.
    InternalErrorDecryption,
    /// `InternalError.Encryption`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: encryption.
    InternalErrorEncryption,
    /// `InternalError.GenerateId`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: generate id.
    InternalErrorGenerateId,
    /// `InternalError.Mq`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: mq.
    InternalErrorMq,
    /// `InternalError.Pdf`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: pdf.
    InternalErrorPdf,
    /// `InternalError.Serialize`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: serialize.
    InternalErrorSerialize,
    /// `InternalError.Storage`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: storage.
    InternalErrorStorage,
    /// `InternalError.ThirdParty`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: third party.
    InternalErrorThirdParty,
    /// `InternalError.UnSerialize`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: un serialize.
    InternalErrorUnSerialize,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.BizApproverAlreadyExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: biz approver already exists.
    InvalidParameterBizApproverAlreadyExists,
    /// `InvalidParameter.InvalidVerifyResult`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid verify result.
    InvalidParameterInvalidVerifyResult,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.BannedApplication`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: banned application.
    OperationDeniedBannedApplication,
    /// `OperationDenied.NoApiAuth`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: no api auth.
    OperationDeniedNoApiAuth,
    /// `OperationDenied.NoExtraVerify`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: no extra verify.
    OperationDeniedNoExtraVerify,
    /// `OperationDenied.NoIdentityVerify`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: no identity verify.
    OperationDeniedNoIdentityVerify,
    /// `OperationDenied.NoPaymentVerify`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: no payment verify.
    OperationDeniedNoPaymentVerify,
    /// `OperationDenied.NoSession`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: no session.
    OperationDeniedNoSession,
    /// `OperationDenied.NoVerify`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: no verify.
    OperationDeniedNoVerify,
    /// `OperationDenied.NotOwnerUin`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not owner uin.
    OperationDeniedNotOwnerUin,
    /// `OperationDenied.UserNotInOrganization`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: user not in organization.
    OperationDeniedUserNotInOrganization,
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
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
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
    static CODES: [&str; 56] = [
        "AuthFailure",
        "DryRunOperation",
        "FailedOperation",
        "FailedOperation.AccountAlreadyExists",
        "FailedOperation.AccountVerifyFail",
        "FailedOperation.AuthFail",
        "FailedOperation.DLockFailed",
        "FailedOperation.ErrBindingRepeated",
        "FailedOperation.GenerateOrgSeal",
        "FailedOperation.GenerateUserSeal",
        "FailedOperation.NoRole",
        "FailedOperation.OpenIdAlreadyExists",
        "FailedOperation.OrgIdCardNumberAlreadyExists",
        "FailedOperation.RequestLimitExceeded",
        "FailedOperation.RequestLimitExceeded1D",
        "FailedOperation.RequestLimitExceeded1H",
        "FailedOperation.RequestLimitExceeded30S",
        "InternalError",
        "InternalError.Api",
        "InternalError.Cache",
        "InternalError.Callback",
        "InternalError.Db",
        "InternalError.Decryption",
        "InternalError.Encryption",
        "InternalError.GenerateId",
        "InternalError.Mq",
        "InternalError.Pdf",
        "InternalError.Serialize",
        "InternalError.Storage",
        "InternalError.ThirdParty",
        "InternalError.UnSerialize",
        "InvalidParameter",
        "InvalidParameter.BizApproverAlreadyExists",
        "InvalidParameter.InvalidVerifyResult",
        "InvalidParameterValue",
        "LimitExceeded",
        "MissingParameter",
        "OperationDenied",
        "OperationDenied.BannedApplication",
        "OperationDenied.NoApiAuth",
        "OperationDenied.NoExtraVerify",
        "OperationDenied.NoIdentityVerify",
        "OperationDenied.NoPaymentVerify",
        "OperationDenied.NoSession",
        "OperationDenied.NoVerify",
        "OperationDenied.NotOwnerUin",
        "OperationDenied.UserNotInOrganization",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceUnavailable",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnknownParameter",
        "UnsupportedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The request was a dry run and was not carried out.The operation failed.The operation failed: account already exists.The operation failed: account verify fail.The operation failed: auth fail.The operation failed: d lock failed.The operation failed: err binding repeated.The operation failed: generate org seal.The operation failed: generate user seal.The operation failed: no role.The operation failed: open id already exists.The operation failed: org id card number already exists.The operation failed: request limit exceeded.The operation failed: request limit exceeded1 d.The operation failed: request limit exceeded1 h.The operation failed: request limit exceeded30 s.An internal error occurred.An internal error occurred: api.An internal error occurred: cache.An internal error occurred: callback.An internal error occurred: db.An internal error occurred: decryption.An internal error occurred: encryption.An internal error occurred: generate id.An internal error occurred: mq.An internal error occurred: pdf.An internal error occurred: serialize.An internal error occurred: storage.An internal error occurred: third party.An internal error occurred: un serialize.A parameter is invalid.A parameter is invalid: biz approver already exists.A parameter is invalid: invalid verify result.A parameter value is invalid.A limit was exceeded.A required parameter is missing.The operation was denied.The operation was denied: banned application.The operation was denied: no api auth.The operation was denied: no extra verify.The operation was denied: no identity verify.The operation was denied: no payment verify.The operation was denied: no session.The operation was denied: no verify.The operation was denied: not owner uin.The operation was denied: user not in organization.Too many requests were sent.The resource is in use.Resources are insufficient.The resource was not found.The resource is unavailable.The resources are sold out.The operation is not authorized.An unknown parameter was given.The operation is not supported.",
        ends: &[
            0, 22, 72, 93, 138, 180, 212, 248, 291, 331, 372, 402, 447, 503, 548, 596,
            644, 693, 720, 752, 786, 823, 854, 893, 932, 972, 1003, 1035, 1073, 1109,
            1149, 1190, 1213, 1265, 1311, 1340, 1361, 1393, 1418, 1463, 1501, 1543, 1588,
            1632, 1669, 1705, 1745, 1796, 1824, 1847, 1874, 1901, 1929, 1956, 1988, 2019,
            2050,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 56] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaabbbbbbbbbbbbbbaaaaaaccccccccccbbcacccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 56] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiiiiiiiimmmmmmmmmmmmmmcccchcgggggggggghjheihgcl",
    );
    static PILOTS: [u16; 14] = [1, 5, 10, 2, 22, 18, 28, 4, 137, 4, 6, 1, 196, 6];
    static SLOTS: [(&str, u32); 62] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            29, 43, 41, 27, 19, 36, 49, 42, 14, 23, 37, 16, 39, 40, 11, 4294967295,
            4294967295, 47, 50, 26, 55, 4294967295, 48, 54, 52, 28, 0, 33, 35, 5, 34, 31,
            6, 32, 12, 21, 8, 4, 3, 24, 22, 17, 7, 15, 1, 25, 45, 18, 2, 30, 20, 10, 53,
            38, 51, 4294967295, 9, 4294967295, 44, 4294967295, 13, 46,
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
    const PROVIDER: &'static str = "Tencent Cloud ESSBASIC v20201222";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud ESSBASIC v20201222's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud ESSBASIC v20201222: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
