// @generated from catalogs/tencent/keewidb.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud KEEWIDB: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud KEEWIDB: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.AddInstanceInfoFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: add instance info failed.
    FailedOperationAddInstanceInfoFailed,
    /// `FailedOperation.AssociateSecurityGroupsFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: associate security groups failed.
    FailedOperationAssociateSecurityGroupsFailed,
    /// `FailedOperation.ClearInstanceInfoFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: clear instance info failed.
    FailedOperationClearInstanceInfoFailed,
    /// `FailedOperation.DisassociateSecurityGroupsFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: disassociate security groups failed.
    FailedOperationDisassociateSecurityGroupsFailed,
    /// `FailedOperation.DtsStatusAbnormal`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: dts status abnormal.
    FailedOperationDtsStatusAbnormal,
    /// `FailedOperation.GetSecurityGroupDetailFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get security group detail failed.
    FailedOperationGetSecurityGroupDetailFailed,
    /// `FailedOperation.SetRuleLocationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: set rule location failed.
    FailedOperationSetRuleLocationFailed,
    /// `FailedOperation.SystemError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: system error.
    FailedOperationSystemError,
    /// `FailedOperation.UnSupportError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: un support error.
    FailedOperationUnSupportError,
    /// `FailedOperation.Unknown`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unknown.
    FailedOperationUnknown,
    /// `FailedOperation.UpdateInstanceInfoFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update instance info failed.
    FailedOperationUpdateInstanceInfoFailed,
    /// `FailedOperation.UpdateSecurityGroupsFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update security groups failed.
    FailedOperationUpdateSecurityGroupsFailed,
    /// `InternalError.CamAuthOssResponseReturnCodeError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cam auth oss response return code error.
    InternalErrorCamAuthOssResponseReturnCodeError,
    /// `InternalError.DbOperationFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db operation failed.
    InternalErrorDbOperationFailed,
    /// `InternalError.ExecHttpRequestError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: exec http request error.
    InternalErrorExecHttpRequestError,
    /// `InternalError.InstanceOperatePermissionError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: instance operate permission error.
    InternalErrorInstanceOperatePermissionError,
    /// `InternalError.InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal error.
    InternalErrorInternalError,
    /// `InternalError.ListInstancesError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: list instances error.
    InternalErrorListInstancesError,
    /// `InternalError.NetWorkErr`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: net work err.
    InternalErrorNetWorkErr,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.EmptyParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: empty param.
    InvalidParameterEmptyParam,
    /// `InvalidParameter.IllegalParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: illegal parameter error.
    InvalidParameterIllegalParameterError,
    /// `InvalidParameter.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter.
    InvalidParameterInvalidParameter,
    /// `InvalidParameter.NotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: not supported.
    InvalidParameterNotSupported,
    /// `InvalidParameter.Period`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: period.
    InvalidParameterPeriod,
    /// `InvalidParameter.PermissionDenied`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: permission denied.
    InvalidParameterPermissionDenied,
    /// `InvalidParameter.SpecNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: spec not supported.
    InvalidParameterSpecNotSupported,
    /// `InvalidParameterValue.PasswordEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: password empty.
    InvalidParameterValuePasswordEmpty,
    /// `InvalidParameterValue.PasswordError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: password error.
    InvalidParameterValuePasswordError,
    /// `InvalidParameterValue.PasswordFreeDenied`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: password free denied.
    InvalidParameterValuePasswordFreeDenied,
    /// `InvalidParameterValue.PasswordRuleError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: password rule error.
    InvalidParameterValuePasswordRuleError,
    /// `InvalidParameterValue.SecurityGroupIdsNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: security group ids not exists.
    InvalidParameterValueSecurityGroupIdsNotExists,
    /// `InvalidParameterValue.UnSupportedType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: un supported type.
    InvalidParameterValueUnSupportedType,
    /// `InvalidParameterValue.UnVpcIdNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: un vpc id not exists.
    InvalidParameterValueUnVpcIdNotExists,
    /// `InvalidParameterValue.WeekDaysIsInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: week days is invalid.
    InvalidParameterValueWeekDaysIsInvalid,
    /// `LimitExceeded.InvalidSize`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: invalid size.
    LimitExceededInvalidSize,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound.InstanceNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instance not exists.
    ResourceNotFoundInstanceNotExists,
    /// `ResourceNotFound.InstanceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instance not found.
    ResourceNotFoundInstanceNotFound,
    /// `ResourceUnavailable.CallOssError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: call oss error.
    ResourceUnavailableCallOssError,
    /// `ResourceUnavailable.InstanceConfError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance conf error.
    ResourceUnavailableInstanceConfError,
    /// `ResourceUnavailable.InstanceDeleted`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance deleted.
    ResourceUnavailableInstanceDeleted,
    /// `ResourceUnavailable.InstanceIsolated`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance isolated.
    ResourceUnavailableInstanceIsolated,
    /// `ResourceUnavailable.InstanceLockedError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance locked error.
    ResourceUnavailableInstanceLockedError,
    /// `ResourceUnavailable.InstanceStateError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance state error.
    ResourceUnavailableInstanceStateError,
    /// `ResourceUnavailable.InstanceStatusAbnormal`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance status abnormal.
    ResourceUnavailableInstanceStatusAbnormal,
    /// `ResourceUnavailable.InstanceStatusError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance status error.
    ResourceUnavailableInstanceStatusError,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.UserNotInWhiteList`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: user not in white list.
    UnauthorizedOperationUserNotInWhiteList,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.IsAutoRenewError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: is auto renew error.
    UnsupportedOperationIsAutoRenewError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 51] = [
        "FailedOperation.AddInstanceInfoFailed",
        "FailedOperation.AssociateSecurityGroupsFailed",
        "FailedOperation.ClearInstanceInfoFailed",
        "FailedOperation.DisassociateSecurityGroupsFailed",
        "FailedOperation.DtsStatusAbnormal",
        "FailedOperation.GetSecurityGroupDetailFailed",
        "FailedOperation.SetRuleLocationFailed",
        "FailedOperation.SystemError",
        "FailedOperation.UnSupportError",
        "FailedOperation.Unknown",
        "FailedOperation.UpdateInstanceInfoFailed",
        "FailedOperation.UpdateSecurityGroupsFailed",
        "InternalError.CamAuthOssResponseReturnCodeError",
        "InternalError.DbOperationFailed",
        "InternalError.ExecHttpRequestError",
        "InternalError.InstanceOperatePermissionError",
        "InternalError.InternalError",
        "InternalError.ListInstancesError",
        "InternalError.NetWorkErr",
        "InvalidParameter",
        "InvalidParameter.EmptyParam",
        "InvalidParameter.IllegalParameterError",
        "InvalidParameter.InvalidParameter",
        "InvalidParameter.NotSupported",
        "InvalidParameter.Period",
        "InvalidParameter.PermissionDenied",
        "InvalidParameter.SpecNotSupported",
        "InvalidParameterValue.PasswordEmpty",
        "InvalidParameterValue.PasswordError",
        "InvalidParameterValue.PasswordFreeDenied",
        "InvalidParameterValue.PasswordRuleError",
        "InvalidParameterValue.SecurityGroupIdsNotExists",
        "InvalidParameterValue.UnSupportedType",
        "InvalidParameterValue.UnVpcIdNotExists",
        "InvalidParameterValue.WeekDaysIsInvalid",
        "LimitExceeded.InvalidSize",
        "ResourceInsufficient",
        "ResourceNotFound.InstanceNotExists",
        "ResourceNotFound.InstanceNotFound",
        "ResourceUnavailable.CallOssError",
        "ResourceUnavailable.InstanceConfError",
        "ResourceUnavailable.InstanceDeleted",
        "ResourceUnavailable.InstanceIsolated",
        "ResourceUnavailable.InstanceLockedError",
        "ResourceUnavailable.InstanceStateError",
        "ResourceUnavailable.InstanceStatusAbnormal",
        "ResourceUnavailable.InstanceStatusError",
        "UnauthorizedOperation",
        "UnauthorizedOperation.UserNotInWhiteList",
        "UnsupportedOperation",
        "UnsupportedOperation.IsAutoRenewError",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: add instance info failed.The operation failed: associate security groups failed.The operation failed: clear instance info failed.The operation failed: disassociate security groups failed.The operation failed: dts status abnormal.The operation failed: get security group detail failed.The operation failed: set rule location failed.The operation failed: system error.The operation failed: un support error.The operation failed: unknown.The operation failed: update instance info failed.The operation failed: update security groups failed.An internal error occurred: cam auth oss response return code error.An internal error occurred: db operation failed.An internal error occurred: exec http request error.An internal error occurred: instance operate permission error.An internal error occurred: internal error.An internal error occurred: list instances error.An internal error occurred: net work err.A parameter is invalid.A parameter is invalid: empty param.A parameter is invalid: illegal parameter error.A parameter is invalid: invalid parameter.A parameter is invalid: not supported.A parameter is invalid: period.A parameter is invalid: permission denied.A parameter is invalid: spec not supported.A parameter value is invalid: password empty.A parameter value is invalid: password error.A parameter value is invalid: password free denied.A parameter value is invalid: password rule error.A parameter value is invalid: security group ids not exists.A parameter value is invalid: un supported type.A parameter value is invalid: un vpc id not exists.A parameter value is invalid: week days is invalid.A limit was exceeded: invalid size.Resources are insufficient.The resource was not found: instance not exists.The resource was not found: instance not found.The resource is unavailable: call oss error.The resource is unavailable: instance conf error.The resource is unavailable: instance deleted.The resource is unavailable: instance isolated.The resource is unavailable: instance locked error.The resource is unavailable: instance state error.The resource is unavailable: instance status abnormal.The resource is unavailable: instance status error.The operation is not authorized.The operation is not authorized: user not in white list.The operation is not supported.The operation is not supported: is auto renew error.",
        ends: &[
            0, 47, 102, 151, 209, 251, 306, 353, 388, 427, 457, 507, 559, 627, 675, 727,
            789, 832, 881, 922, 945, 981, 1029, 1071, 1109, 1140, 1182, 1225, 1270, 1315,
            1366, 1416, 1476, 1524, 1575, 1626, 1661, 1688, 1736, 1783, 1827, 1876, 1922,
            1969, 2020, 2070, 2124, 2175, 2207, 2263, 2294, 2346,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 51] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaabbbbbbbaaaaaaaaaaaaaaaaacaaccccccccccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 51] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiiiimmmmmmmcccccccccccccccchheeiiiiiiiiggli",
    );
    static PILOTS: [u16; 13] = [26, 5, 5, 0, 0, 67, 35, 160, 6, 0, 11, 553, 23];
    static SLOTS: [(&str, u32); 56] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            9, 16, 31, 40, 24, 6, 37, 49, 26, 15, 1, 20, 23, 48, 44, 46, 17, 36, 29, 21,
            13, 11, 4294967295, 4, 22, 3, 7, 5, 27, 12, 4294967295, 38, 18, 30, 28, 14,
            39, 41, 19, 4294967295, 47, 10, 25, 2, 43, 4294967295, 35, 0, 33, 34, 45, 8,
            42, 32, 50, 4294967295,
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
    const PROVIDER: &'static str = "Tencent Cloud KEEWIDB";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud KEEWIDB's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud KEEWIDB: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
