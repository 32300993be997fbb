// @generated from catalogs/tencent/dts_v20211206.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud DTS v20211206: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud DTS v20211206: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.AuthFailureError`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: auth failure error.
    AuthFailureAuthFailureError,
    /// `AuthFailure.AuthorizedOperationDenyError`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: authorized operation deny error.
    AuthFailureAuthorizedOperationDenyError,
    /// `AuthFailure.UnauthorizedOperationError`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation error.
    AuthFailureUnauthorizedOperationError,
    /// `DryRunOperation.DryRunOperationError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The request was a dry run and was not carried out: dry run operation error.
    DryRunOperationDryRunOperationError,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.FailedOperationError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: failed operation error.
    FailedOperationFailedOperationError,
    /// `FailedOperation.NotAllowOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not allow operation.
    FailedOperationNotAllowOperation,
    /// `FailedOperation.StartJobFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: start job failed.
    FailedOperationStartJobFailed,
    /// `FailedOperation.StatusInConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: status in conflict.
    FailedOperationStatusInConflict,
    /// `FailedOperation.StatusInConflictError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: status in conflict error.
    FailedOperationStatusInConflictError,
    /// `FailedOperation.UserNotAuthed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user not authed.
    FailedOperationUserNotAuthed,
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
    /// `InternalError.ExecHttpRequestError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: exec http request error.
    InternalErrorExecHttpRequestError,
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
    /// `InternalError.NotEnoughMoneyError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: not enough money error.
    InternalErrorNotEnoughMoneyError,
    /// `InternalError.ParseBinlogError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: parse binlog error.
    InternalErrorParseBinlogError,
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
    /// `InvalidParameter.ControllerNotFoundError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: controller not found error.
    InvalidParameterControllerNotFoundError,
    /// `InvalidParameter.InstanceNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: instance not found.
    InvalidParameterInstanceNotFound,
    /// `InvalidParameter.InvalidParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter error.
    InvalidParameterInvalidParameterError,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
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
    /// `LimitExceeded.LimitExceededError`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: limit exceeded error.
    LimitExceededLimitExceededError,
    /// `LimitExceeded.MaxUnusedJobs`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: max unused jobs.
    LimitExceededMaxUnusedJobs,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.MissingParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing parameter error.
    MissingParameterMissingParameterError,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.BizOperationDeniedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: biz operation denied error.
    OperationDeniedBizOperationDeniedError,
    /// `OperationDenied.JobOperationDeniedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: job operation denied error.
    OperationDeniedJobOperationDeniedError,
    /// `OperationDenied.NotEnoughMoneyError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not enough money error.
    OperationDeniedNotEnoughMoneyError,
    /// `OperationDenied.OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: operation denied.
    OperationDeniedOperationDenied,
    /// `OperationDenied.OperationDeniedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: operation denied error.
    OperationDeniedOperationDeniedError,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `RequestLimitExceeded.RequestLimitExceededError`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent: request limit exceeded error.
    RequestLimitExceededRequestLimitExceededError,
    /// `ResourceInUse.ResourceInUseError`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: resource in use error.
    ResourceInUseResourceInUseError,
    /// `ResourceInsufficient.ResourceInsufficientError`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: resource insufficient error.
    ResourceInsufficientResourceInsufficientError,
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
    /// `ResourceUnavailable.ResourceUnavailableError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: resource unavailable error.
    ResourceUnavailableResourceUnavailableError,
    /// `ResourcesSoldOut.ResourcesSoldOutError`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out: resources sold out error.
    ResourcesSoldOutResourcesSoldOutError,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.NotEnoughPrivileges`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: not enough privileges.
    UnauthorizedOperationNotEnoughPrivileges,
    /// `UnauthorizedOperation.PermissionDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: permission denied.
    UnauthorizedOperationPermissionDenied,
    /// `UnauthorizedOperation.UnauthorizedOperationError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: unauthorized operation error.
    UnauthorizedOperationUnauthorizedOperationError,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnknownParameter.UnknownParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given: unknown parameter error.
    UnknownParameterUnknownParameterError,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.IntraNetUserNotTaggedError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: intra net user not tagged error.
    UnsupportedOperationIntraNetUserNotTaggedError,
    /// `UnsupportedOperation.IntraNetUserNotTaggedForSyncJobError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: intra net user not tagged for sync job error.
    UnsupportedOperationIntraNetUserNotTaggedForSyncJobError,
    /// `UnsupportedOperation.UnsupportedOperationError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported operation error.
    UnsupportedOperationUnsupportedOperationError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 69] = [
        "AuthFailure",
        "AuthFailure.AuthFailureError",
        "AuthFailure.AuthorizedOperationDenyError",
        "AuthFailure.UnauthorizedOperationError",
        "DryRunOperation.DryRunOperationError",
        "FailedOperation",
        "FailedOperation.FailedOperationError",
        "FailedOperation.NotAllowOperation",
        "FailedOperation.StartJobFailed",
        "FailedOperation.StatusInConflict",
        "FailedOperation.StatusInConflictError",
        "FailedOperation.UserNotAuthed",
        "InternalError",
        "InternalError.AddTaskError",
        "InternalError.CeleryError",
        "InternalError.CgwSystemError",
        "InternalError.DatabaseError",
        "InternalError.DuplicateJob",
        "InternalError.ExecHttpRequestError",
        "InternalError.InternalErrorError",
        "InternalError.InternalHttpServerError",
        "InternalError.InternalInnerCommonError",
        "InternalError.InternalTradeError",
        "InternalError.LockError",
        "InternalError.NotEnoughMoneyError",
        "InternalError.ParseBinlogError",
        "InternalError.ProtocolError",
        "InternalError.UndefinedError",
        "InternalError.UnknownError",
        "InvalidParameter",
        "InvalidParameter.ControllerNotFoundError",
        "InvalidParameter.InstanceNotFound",
        "InvalidParameter.InvalidParameterError",
        "InvalidParameterValue",
        "InvalidParameterValue.BizInvalidParameterValueError",
        "InvalidParameterValue.DataConvertError",
        "InvalidParameterValue.InvalidParameterValue",
        "InvalidParameterValue.InvalidParameterValueError",
        "LimitExceeded.LimitExceededError",
        "LimitExceeded.MaxUnusedJobs",
        "MissingParameter",
        "MissingParameter.MissingParameterError",
        "OperationDenied",
        "OperationDenied.BizOperationDeniedError",
        "OperationDenied.JobOperationDeniedError",
        "OperationDenied.NotEnoughMoneyError",
        "OperationDenied.OperationDenied",
        "OperationDenied.OperationDeniedError",
        "RequestLimitExceeded",
        "RequestLimitExceeded.RequestLimitExceededError",
        "ResourceInUse.ResourceInUseError",
        "ResourceInsufficient.ResourceInsufficientError",
        "ResourceNotFound",
        "ResourceNotFound.BizResourceNotFoundError",
        "ResourceNotFound.JobNotExist",
        "ResourceNotFound.ResourceNotFound",
        "ResourceNotFound.ResourceNotFoundError",
        "ResourceUnavailable.ResourceUnavailableError",
        "ResourcesSoldOut.ResourcesSoldOutError",
        "UnauthorizedOperation",
        "UnauthorizedOperation.NotEnoughPrivileges",
        "UnauthorizedOperation.PermissionDenied",
        "UnauthorizedOperation.UnauthorizedOperationError",
        "UnknownParameter",
        "UnknownParameter.UnknownParameterError",
        "UnsupportedOperation",
        "UnsupportedOperation.IntraNetUserNotTaggedError",
        "UnsupportedOperation.IntraNetUserNotTaggedForSyncJobError",
        "UnsupportedOperation.UnsupportedOperationError",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: auth failure error.Authentication failed: authorized operation deny error.Authentication failed: unauthorized operation error.The request was a dry run and was not carried out: dry run operation error.The operation failed.The operation failed: failed operation error.The operation failed: not allow operation.The operation failed: start job failed.The operation failed: status in conflict.The operation failed: status in conflict error.The operation failed: user not authed.An internal error occurred.An internal error occurred: add task error.An internal error occurred: celery error.An internal error occurred: cgw system error.An internal error occurred: database error.An internal error occurred: duplicate job.An internal error occurred: exec http request error.An internal error occurred: internal error error.An internal error occurred: internal http server error.An internal error occurred: internal inner common error.An internal error occurred: internal trade error.An internal error occurred: lock error.An internal error occurred: not enough money error.An internal error occurred: parse binlog error.An internal error occurred: protocol error.An internal error occurred: undefined error.An internal error occurred: unknown error.A parameter is invalid.A parameter is invalid: controller not found error.A parameter is invalid: instance not found.A parameter is invalid: invalid parameter error.A parameter value is invalid.A parameter value is invalid: biz invalid parameter value error.A parameter value is invalid: data convert error.A parameter value is invalid: invalid parameter value.A parameter value is invalid: invalid parameter value error.A limit was exceeded: limit exceeded error.A limit was exceeded: max unused jobs.A required parameter is missing.A required parameter is missing: missing parameter error.The operation was denied.The operation was denied: biz operation denied error.The operation was denied: job operation denied error.The operation was denied: not enough money error.The operation was denied: operation denied.The operation was denied: operation denied error.Too many requests were sent.Too many requests were sent: request limit exceeded error.The resource is in use: resource in use error.Resources are insufficient: resource insufficient error.The resource was not found.The resource was not found: biz resource not found error.The resource was not found: job not exist.The resource was not found: resource not found.The resource was not found: resource not found error.The resource is unavailable: resource unavailable error.The resources are sold out: resources sold out error.The operation is not authorized.The operation is not authorized: not enough privileges.The operation is not authorized: permission denied.The operation is not authorized: unauthorized operation error.An unknown parameter was given.An unknown parameter was given: unknown parameter error.The operation is not supported.The operation is not supported: intra net user not tagged error.The operation is not supported: intra net user not tagged for sync job error.The operation is not supported: unsupported operation error.",
        ends: &[
            0, 22, 64, 119, 171, 246, 267, 312, 354, 393, 434, 481, 519, 546, 589, 630,
            675, 718, 760, 812, 861, 916, 972, 1021, 1060, 1111, 1158, 1201, 1245, 1287,
            1310, 1361, 1404, 1452, 1481, 1545, 1594, 1648, 1708, 1751, 1789, 1821, 1878,
            1903, 1956, 2009, 2058, 2101, 2150, 2178, 2236, 2282, 2338, 2365, 2422, 2464,
            2511, 2564, 2620, 2673, 2705, 2760, 2811, 2873, 2904, 2960, 2991, 3055, 3132,
            3192,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 69] = ::cloud_errors::__private::retry_column(
        b"acccaaaaaaaabbbbbbbbbbbbbbbbbaaaaaaaaaaaaaccccccbbbcaaaaaccccccaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 69] = ::cloud_errors::__private::category_column(
        b"bpppiiiiiiiimmmmmmmmmmmmmmmmmccccccccchhccgggggghhjheeeeeihggggccliii",
    );
    static PILOTS: [u16; 18] = [
        27, 2, 46, 0, 2, 6, 5, 4, 10, 47, 24, 45, 0, 34, 239, 9, 3, 15,
    ];
    static SLOTS: [(&str, u32); 76] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            58, 19, 4294967295, 41, 23, 32, 43, 4294967295, 35, 11, 13, 2, 31, 48, 44,
            17, 55, 45, 25, 29, 4294967295, 30, 8, 20, 51, 68, 53, 7, 37, 65, 4,
            4294967295, 36, 52, 54, 21, 12, 33, 4294967295, 39, 62, 66, 0, 61, 24, 67,
            60, 15, 18, 5, 4294967295, 57, 64, 46, 47, 59, 28, 49, 26, 6, 38, 56, 14, 63,
            22, 50, 3, 16, 4294967295, 40, 9, 27, 34, 42, 1, 10,
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
    const PROVIDER: &'static str = "Tencent Cloud DTS v20211206";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud DTS v20211206's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud DTS v20211206: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
