// @generated from catalogs/tencent/dts_v20180330.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud DTS v20180330: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud DTS v20180330: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure.AuthFailureError`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: auth failure error.
    AuthFailureAuthFailureError,
    /// `AuthFailure.UnauthorizedOperationError`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation error.
    AuthFailureUnauthorizedOperationError,
    /// `FailedOperation.FailedOperationError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: failed operation error.
    FailedOperationFailedOperationError,
    /// `FailedOperation.NotAllowOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not allow operation.
    FailedOperationNotAllowOperation,
    /// `FailedOperation.ProxyError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: proxy error.
    FailedOperationProxyError,
    /// `FailedOperation.StartJobFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: start job failed.
    FailedOperationStartJobFailed,
    /// `FailedOperation.StatusInConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: status in conflict.
    FailedOperationStatusInConflict,
    /// `FailedOperation.StatusInConflictError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: status in conflict error.
    FailedOperationStatusInConflictError,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.AddTaskError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: add task error.
    InternalErrorAddTaskError,
    /// `InternalError.CeleryError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: celery error.
    InternalErrorCeleryError,
    /// `InternalError.CgwSystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cgw system error.
    InternalErrorCgwSystemError,
    /// `InternalError.DatabaseError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: database error.
    InternalErrorDatabaseError,
    /// `InternalError.DuplicateJob`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: duplicate job.
    InternalErrorDuplicateJob,
    /// `InternalError.InternalErrorError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal error error.
    InternalErrorInternalErrorError,
    /// `InternalError.InternalHttpServerError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal http server error.
    InternalErrorInternalHttpServerError,
    /// `InternalError.InternalInnerCommonError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal inner common error.
    InternalErrorInternalInnerCommonError,
    /// `InternalError.InternalTradeError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal trade error.
    InternalErrorInternalTradeError,
    /// `InternalError.LockError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: lock error.
    InternalErrorLockError,
    /// `InternalError.ProtocolError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: protocol error.
    InternalErrorProtocolError,
    /// `InternalError.UndefinedError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: undefined error.
    InternalErrorUndefinedError,
    /// `InternalError.UnknownError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unknown error.
    InternalErrorUnknownError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.BizInvalidParameterValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: biz invalid parameter value error.
    InvalidParameterBizInvalidParameterValueError,
    /// `InvalidParameter.InstanceNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: instance not found.
    InvalidParameterInstanceNotFound,
    /// `InvalidParameter.InvalidIpAddress`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid ip address.
    InvalidParameterInvalidIpAddress,
    /// `InvalidParameter.InvalidParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter error.
    InvalidParameterInvalidParameterError,
    /// `InvalidParameterValue.BizInvalidParameterValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: biz invalid parameter value error.
    InvalidParameterValueBizInvalidParameterValueError,
    /// `InvalidParameterValue.DataConvertError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: data convert error.
    InvalidParameterValueDataConvertError,
    /// `InvalidParameterValue.InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter value.
    InvalidParameterValueInvalidParameterValue,
    /// `InvalidParameterValue.InvalidParameterValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter value error.
    InvalidParameterValueInvalidParameterValueError,
    /// `LimitExceeded.MaxUnusedJobs`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: max unused jobs.
    LimitExceededMaxUnusedJobs,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.BizOperationDeniedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: biz operation denied error.
    OperationDeniedBizOperationDeniedError,
    /// `OperationDenied.JobOperationDeniedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: job operation denied error.
    OperationDeniedJobOperationDeniedError,
    /// `OperationDenied.MigrateServiceSupportError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: migrate service support error.
    OperationDeniedMigrateServiceSupportError,
    /// `OperationDenied.NotEnoughMoneyError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not enough money error.
    OperationDeniedNotEnoughMoneyError,
    /// `OperationDenied.OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: operation denied.
    OperationDeniedOperationDenied,
    /// `OperationDenied.OperationDeniedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: operation denied error.
    OperationDeniedOperationDeniedError,
    /// `RequestLimitExceeded.RequestLimitExceededError`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent: request limit exceeded error.
    RequestLimitExceededRequestLimitExceededError,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.BizResourceNotFoundError`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: biz resource not found error.
    ResourceNotFoundBizResourceNotFoundError,
    /// `ResourceNotFound.JobNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: job not exist.
    ResourceNotFoundJobNotExist,
    /// `ResourceNotFound.ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: resource not found.
    ResourceNotFoundResourceNotFound,
    /// `ResourceNotFound.ResourceNotFoundError`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: resource not found error.
    ResourceNotFoundResourceNotFoundError,
    /// `UnauthorizedOperation.NotEnoughPrivileges`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: not enough privileges.
    UnauthorizedOperationNotEnoughPrivileges,
    /// `UnauthorizedOperation.UnauthorizedOperationError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: unauthorized operation error.
    UnauthorizedOperationUnauthorizedOperationError,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.IntraNetUserNotTaggedError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: intra net user not tagged error.
    UnsupportedOperationIntraNetUserNotTaggedError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 49] = [
        "AuthFailure.AuthFailureError",
        "AuthFailure.UnauthorizedOperationError",
        "FailedOperation.FailedOperationError",
        "FailedOperation.NotAllowOperation",
        "FailedOperation.ProxyError",
        "FailedOperation.StartJobFailed",
        "FailedOperation.StatusInConflict",
        "FailedOperation.StatusInConflictError",
        "InternalError",
        "InternalError.AddTaskError",
        "InternalError.CeleryError",
        "InternalError.CgwSystemError",
        "InternalError.DatabaseError",
        "InternalError.DuplicateJob",
        "InternalError.InternalErrorError",
        "InternalError.InternalHttpServerError",
        "InternalError.InternalInnerCommonError",
        "InternalError.InternalTradeError",
        "InternalError.LockError",
        "InternalError.ProtocolError",
        "InternalError.UndefinedError",
        "InternalError.UnknownError",
        "InvalidParameter",
        "InvalidParameter.BizInvalidParameterValueError",
        "InvalidParameter.InstanceNotFound",
        "InvalidParameter.InvalidIpAddress",
        "InvalidParameter.InvalidParameterError",
        "InvalidParameterValue.BizInvalidParameterValueError",
        "InvalidParameterValue.DataConvertError",
        "InvalidParameterValue.InvalidParameterValue",
        "InvalidParameterValue.InvalidParameterValueError",
        "LimitExceeded.MaxUnusedJobs",
        "OperationDenied",
        "OperationDenied.BizOperationDeniedError",
        "OperationDenied.JobOperationDeniedError",
        "OperationDenied.MigrateServiceSupportError",
        "OperationDenied.NotEnoughMoneyError",
        "OperationDenied.OperationDenied",
        "OperationDenied.OperationDeniedError",
        "RequestLimitExceeded.RequestLimitExceededError",
        "ResourceNotFound",
        "ResourceNotFound.BizResourceNotFoundError",
        "ResourceNotFound.JobNotExist",
        "ResourceNotFound.ResourceNotFound",
        "ResourceNotFound.ResourceNotFoundError",
        "UnauthorizedOperation.NotEnoughPrivileges",
        "UnauthorizedOperation.UnauthorizedOperationError",
        "UnsupportedOperation",
        "UnsupportedOperation.IntraNetUserNotTaggedError",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed: auth failure error.Authentication failed: unauthorized operation error.The operation failed: failed operation error.The operation failed: not allow operation.The operation failed: proxy error.The operation failed: start job failed.The operation failed: status in conflict.The operation failed: status in conflict error.An internal error occurred.An internal error occurred: add task error.An internal error occurred: celery error.An internal error occurred: cgw system error.An internal error occurred: database error.An internal error occurred: duplicate job.An internal error occurred: internal error error.An internal error occurred: internal http server error.An internal error occurred: internal inner common error.An internal error occurred: internal trade error.An internal error occurred: lock error.An internal error occurred: protocol error.An internal error occurred: undefined error.An internal error occurred: unknown error.A parameter is invalid.A parameter is invalid: biz invalid parameter value error.A parameter is invalid: instance not found.A parameter is invalid: invalid ip address.A parameter is invalid: invalid parameter error.A parameter value is invalid: biz invalid parameter value error.A parameter value is invalid: data convert error.A parameter value is invalid: invalid parameter value.A parameter value is invalid: invalid parameter value error.A limit was exceeded: max unused jobs.The operation was denied.The operation was denied: biz operation denied error.The operation was denied: job operation denied error.The operation was denied: migrate service support error.The operation was denied: not enough money error.The operation was denied: operation denied.The operation was denied: operation denied error.Too many requests were sent: request limit exceeded error.The resource was not found.The resource was not found: biz resource not found error.The resource was not found: job not exist.The resource was not found: resource not found.The resource was not found: resource not found error.The operation is not authorized: not enough privileges.The operation is not authorized: unauthorized operation error.The operation is not supported.The operation is not supported: intra net user not tagged error.",
        ends: &[
            0, 42, 94, 139, 181, 215, 254, 295, 342, 369, 412, 453, 498, 541, 583, 632,
            687, 743, 792, 831, 874, 918, 960, 983, 1041, 1084, 1127, 1175, 1239, 1288,
            1342, 1402, 1440, 1465, 1518, 1571, 1627, 1676, 1719, 1768, 1826, 1853, 1910,
            1952, 1999, 2052, 2107, 2169, 2200, 2264,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 49] = ::cloud_errors::__private::retry_column(
        b"ccaaaaaabbbbbbbbbbbbbbaaaaaaaaaacccccccbaaaaaccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 49] = ::cloud_errors::__private::category_column(
        b"ppiiiiiimmmmmmmmmmmmmmccccccccchgggggggheeeeeggli",
    );
    static PILOTS: [u16; 13] = [83, 28, 0, 2, 4, 2, 3, 42, 68, 38, 7, 0, 22];
    static SLOTS: [(&str, u32); 54] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            38, 28, 4294967295, 22, 4294967295, 48, 4294967295, 23, 13, 8, 24,
            4294967295, 5, 36, 29, 34, 35, 3, 18, 16, 41, 6, 1, 0, 9, 32, 14, 7, 2, 25,
            17, 40, 21, 39, 12, 11, 30, 19, 37, 42, 15, 44, 26, 31, 47, 4294967295, 33,
            46, 20, 4, 43, 10, 45, 27,
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
    const PROVIDER: &'static str = "Tencent Cloud DTS v20180330";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud DTS v20180330's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud DTS v20180330: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
