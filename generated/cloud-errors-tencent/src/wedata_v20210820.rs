// @generated from catalogs/tencent/wedata_v20210820.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud WEDATA v20210820: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud WEDATA v20210820: a variant per documented code,
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
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation.
    AuthFailureUnauthorizedOperation,
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The request was a dry run and was not carried out.
    DryRunOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.ConnectionTimeOutError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: connection time out error.
    FailedOperationConnectionTimeOutError,
    /// `FailedOperation.ExecutorClusterStatusError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: executor cluster status error.
    FailedOperationExecutorClusterStatusError,
    /// `FailedOperation.FailedOperationWithReason`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: failed operation with reason.
    FailedOperationFailedOperationWithReason,
    /// `FailedOperation.JobSplitLimitExceedCode`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: job split limit exceed code.
    FailedOperationJobSplitLimitExceedCode,
    /// `FailedOperation.NoLock`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no lock.
    FailedOperationNoLock,
    /// `FailedOperation.PreviewTimeOut`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: preview time out.
    FailedOperationPreviewTimeOut,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.CallSchedulerApiError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: call scheduler api error.
    InternalErrorCallSchedulerApiError,
    /// `InternalError.InternalCallCloudApiError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal call cloud api error.
    InternalErrorInternalCallCloudApiError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.AlarmReceiveAddressNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: alarm receive address not exist.
    InvalidParameterAlarmReceiveAddressNotExist,
    /// `InvalidParameter.ClientIpNotAuthorized`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: client ip not authorized.
    InvalidParameterClientIpNotAuthorized,
    /// `InvalidParameter.DataEngineInstanceNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: data engine instance not exists.
    InvalidParameterDataEngineInstanceNotExists,
    /// `InvalidParameter.DuplicateName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicate name.
    InvalidParameterDuplicateName,
    /// `InvalidParameter.InvalidAlarmUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid alarm url.
    InvalidParameterInvalidAlarmUrl,
    /// `InvalidParameter.InvalidFilterParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid filter parameter.
    InvalidParameterInvalidFilterParameter,
    /// `InvalidParameter.MaxLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: max limit exceeded.
    InvalidParameterMaxLimitExceeded,
    /// `InvalidParameter.QuotaExceedError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: quota exceed error.
    InvalidParameterQuotaExceedError,
    /// `InvalidParameter.RuleNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: rule not exist.
    InvalidParameterRuleNotExist,
    /// `InvalidParameter.RuleTemplateNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: rule template not exist.
    InvalidParameterRuleTemplateNotExist,
    /// `InvalidParameter.ServiceIsBusy`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: service is busy.
    InvalidParameterServiceIsBusy,
    /// `InvalidParameter.WeDataRoleNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: we data role not exists.
    InvalidParameterWeDataRoleNotExists,
    /// `InvalidParameter.WorkspaceNameDuplication`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: workspace name duplication.
    InvalidParameterWorkspaceNameDuplication,
    /// `InvalidParameter.WorkspaceNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: workspace not exist.
    InvalidParameterWorkspaceNotExist,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.DataModelDestroyed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: data model destroyed.
    InvalidParameterValueDataModelDestroyed,
    /// `InvalidParameterValue.RepeatPurchaseError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: repeat purchase error.
    InvalidParameterValueRepeatPurchaseError,
    /// `InvalidParameterValue.UnsupportedProvider`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unsupported provider.
    InvalidParameterValueUnsupportedProvider,
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
    /// `UnauthorizedOperation.UserNotInProject`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: user not in project.
    UnauthorizedOperationUserNotInProject,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.FailedCheckTaskDependenceTimeZone`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: failed check task dependence time zone.
    UnsupportedOperationFailedCheckTaskDependenceTimeZone,
    /// `UnsupportedOperation.NoRuleInRuleGroup`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: no rule in rule group.
    UnsupportedOperationNoRuleInRuleGroup,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 49] = [
        "AuthFailure",
        "AuthFailure.SignatureExpire",
        "AuthFailure.UnauthorizedOperation",
        "DryRunOperation",
        "FailedOperation",
        "FailedOperation.ConnectionTimeOutError",
        "FailedOperation.ExecutorClusterStatusError",
        "FailedOperation.FailedOperationWithReason",
        "FailedOperation.JobSplitLimitExceedCode",
        "FailedOperation.NoLock",
        "FailedOperation.PreviewTimeOut",
        "InternalError",
        "InternalError.CallSchedulerApiError",
        "InternalError.InternalCallCloudApiError",
        "InvalidParameter",
        "InvalidParameter.AlarmReceiveAddressNotExist",
        "InvalidParameter.ClientIpNotAuthorized",
        "InvalidParameter.DataEngineInstanceNotExists",
        "InvalidParameter.DuplicateName",
        "InvalidParameter.InvalidAlarmUrl",
        "InvalidParameter.InvalidFilterParameter",
        "InvalidParameter.MaxLimitExceeded",
        "InvalidParameter.QuotaExceedError",
        "InvalidParameter.RuleNotExist",
        "InvalidParameter.RuleTemplateNotExist",
        "InvalidParameter.ServiceIsBusy",
        "InvalidParameter.WeDataRoleNotExists",
        "InvalidParameter.WorkspaceNameDuplication",
        "InvalidParameter.WorkspaceNotExist",
        "InvalidParameterValue",
        "InvalidParameterValue.DataModelDestroyed",
        "InvalidParameterValue.RepeatPurchaseError",
        "InvalidParameterValue.UnsupportedProvider",
        "LimitExceeded",
        "MissingParameter",
        "OperationDenied",
        "OperationDenied.UserNotInWhitelistError",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceUnavailable",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnauthorizedOperation.UserNotInProject",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.FailedCheckTaskDependenceTimeZone",
        "UnsupportedOperation.NoRuleInRuleGroup",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: signature expire.Authentication failed: unauthorized operation.The request was a dry run and was not carried out.The operation failed.The operation failed: connection time out error.The operation failed: executor cluster status error.The operation failed: failed operation with reason.The operation failed: job split limit exceed code.The operation failed: no lock.The operation failed: preview time out.An internal error occurred.An internal error occurred: call scheduler api error.An internal error occurred: internal call cloud api error.A parameter is invalid.A parameter is invalid: alarm receive address not exist.A parameter is invalid: client ip not authorized.A parameter is invalid: data engine instance not exists.A parameter is invalid: duplicate name.A parameter is invalid: invalid alarm url.A parameter is invalid: invalid filter parameter.A parameter is invalid: max limit exceeded.A parameter is invalid: quota exceed error.A parameter is invalid: rule not exist.A parameter is invalid: rule template not exist.A parameter is invalid: service is busy.A parameter is invalid: we data role not exists.A parameter is invalid: workspace name duplication.A parameter is invalid: workspace not exist.A parameter value is invalid.A parameter value is invalid: data model destroyed.A parameter value is invalid: repeat purchase error.A parameter value is invalid: unsupported provider.A limit was exceeded.A required parameter is missing.The operation was denied.The operation was denied: user not in whitelist error.Too many requests were sent.The resource is in use.Resources are insufficient.The resource was not found.The resource is unavailable.The resources are sold out.The operation is not authorized.The operation is not authorized: user not in project.An unknown parameter was given.The operation is not supported.The operation is not supported: failed check task dependence time zone.The operation is not supported: no rule in rule group.",
        ends: &[
            0, 22, 62, 108, 158, 179, 227, 279, 330, 380, 410, 449, 476, 529, 587, 610,
            666, 715, 771, 810, 852, 901, 944, 987, 1026, 1074, 1114, 1162, 1213, 1257,
            1286, 1337, 1389, 1440, 1461, 1493, 1518, 1572, 1600, 1623, 1650, 1677, 1705,
            1732, 1764, 1817, 1848, 1879, 1950, 2004,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 49] = ::cloud_errors::__private::retry_column(
        b"accaaaaaaaabbbaaaaaaaaaaaaaaaaaaaaaccbbcaccccaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 49] = ::cloud_errors::__private::category_column(
        b"bppiiiiiiiimmmccccccccccccccccccchcgghjheihggclii",
    );
    static PILOTS: [u16; 13] = [19, 57, 2, 1, 41, 4, 19, 20, 0, 57, 0, 0, 6];
    static SLOTS: [(&str, u32); 54] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            30, 17, 36, 39, 15, 4294967295, 22, 6, 5, 33, 4294967295, 29, 14, 4294967295,
            43, 1, 32, 27, 16, 31, 45, 46, 26, 3, 21, 11, 44, 13, 4294967295, 0, 35, 20,
            4294967295, 41, 28, 37, 23, 4, 18, 2, 7, 48, 8, 19, 9, 38, 40, 47, 42, 24,
            34, 25, 10, 12,
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
    const PROVIDER: &'static str = "Tencent Cloud WEDATA v20210820";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud WEDATA v20210820's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud WEDATA v20210820: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
