// @generated from catalogs/tencent/mrs.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud MRS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud MRS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `FailedOperation.AsyncQueueFullError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: async queue full error.
    FailedOperationAsyncQueueFullError,
    /// `FailedOperation.AsyncTaskError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: async task error.
    FailedOperationAsyncTaskError,
    /// `FailedOperation.AsyncTaskHandling`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: async task handling.
    FailedOperationAsyncTaskHandling,
    /// `FailedOperation.AsyncTaskRetrying`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: async task retrying.
    FailedOperationAsyncTaskRetrying,
    /// `FailedOperation.EmptyResult`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: empty result.
    FailedOperationEmptyResult,
    /// `FailedOperation.PushUsageMessageError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: push usage message error.
    FailedOperationPushUsageMessageError,
    /// `FailedOperation.ServiceNotOpen`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: service not open.
    FailedOperationServiceNotOpen,
    /// `FailedOperation.UnknownError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unknown error.
    FailedOperationUnknownError,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.ImageOcrError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: image ocr error.
    InternalErrorImageOcrError,
    /// `InternalError.ImageProcessError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: image process error.
    InternalErrorImageProcessError,
    /// `InternalError.ServerTimeOutError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: server time out error.
    InternalErrorServerTimeOutError,
    /// `InternalError.StructionError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: struction error.
    InternalErrorStructionError,
    /// `InternalError.TextClassifyError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: text classify error.
    InternalErrorTextClassifyError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.AutoFitDirection`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: auto fit direction.
    InvalidParameterAutoFitDirection,
    /// `InvalidParameter.ImageInfoList`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image info list.
    InvalidParameterImageInfoList,
    /// `InvalidParameter.ImageOriginalSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image original size.
    InvalidParameterImageOriginalSize,
    /// `InvalidParameter.InvalidAction`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid action.
    InvalidParameterInvalidAction,
    /// `InvalidParameter.OcrEngineType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: ocr engine type.
    InvalidParameterOcrEngineType,
    /// `InvalidParameter.RotateTheAngle`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: rotate the angle.
    InvalidParameterRotateTheAngle,
    /// `InvalidParameter.Text`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: text.
    InvalidParameterText,
    /// `InvalidParameterValue.ImageCodeInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image code invalid.
    InvalidParameterValueImageCodeInvalid,
    /// `InvalidParameterValue.ImageIsNoText`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image is no text.
    InvalidParameterValueImageIsNoText,
    /// `InvalidParameterValue.ImageURLInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image URL invalid.
    InvalidParameterValueImageUrlInvalid,
    /// `LimitExceeded.TextSizeLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: text size limit exceeded.
    LimitExceededTextSizeLimitExceeded,
    /// `OperationDenied.UnSupportThisType`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: un support this type.
    OperationDeniedUnSupportThisType,
    /// `UnauthorizedOperation.PermissionDeniedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: permission denied error.
    UnauthorizedOperationPermissionDeniedError,
    /// `UnsupportedOperation.UnSupportThisType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: un support this type.
    UnsupportedOperationUnSupportThisType,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 30] = [
        "AuthFailure",
        "FailedOperation.AsyncQueueFullError",
        "FailedOperation.AsyncTaskError",
        "FailedOperation.AsyncTaskHandling",
        "FailedOperation.AsyncTaskRetrying",
        "FailedOperation.EmptyResult",
        "FailedOperation.PushUsageMessageError",
        "FailedOperation.ServiceNotOpen",
        "FailedOperation.UnknownError",
        "InternalError",
        "InternalError.ImageOcrError",
        "InternalError.ImageProcessError",
        "InternalError.ServerTimeOutError",
        "InternalError.StructionError",
        "InternalError.TextClassifyError",
        "InvalidParameter",
        "InvalidParameter.AutoFitDirection",
        "InvalidParameter.ImageInfoList",
        "InvalidParameter.ImageOriginalSize",
        "InvalidParameter.InvalidAction",
        "InvalidParameter.OcrEngineType",
        "InvalidParameter.RotateTheAngle",
        "InvalidParameter.Text",
        "InvalidParameterValue.ImageCodeInvalid",
        "InvalidParameterValue.ImageIsNoText",
        "InvalidParameterValue.ImageURLInvalid",
        "LimitExceeded.TextSizeLimitExceeded",
        "OperationDenied.UnSupportThisType",
        "UnauthorizedOperation.PermissionDeniedError",
        "UnsupportedOperation.UnSupportThisType",
    ];
    static NAME_CODES: [u32; 1] = [25];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterValueImageUrlInvalid",
        ends: &[0, 36],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed: async queue full error.The operation failed: async task error.The operation failed: async task handling.The operation failed: async task retrying.The operation failed: empty result.The operation failed: push usage message error.The operation failed: service not open.The operation failed: unknown error.An internal error occurred.An internal error occurred: image ocr error.An internal error occurred: image process error.An internal error occurred: server time out error.An internal error occurred: struction error.An internal error occurred: text classify error.A parameter is invalid.A parameter is invalid: auto fit direction.A parameter is invalid: image info list.A parameter is invalid: image original size.A parameter is invalid: invalid action.A parameter is invalid: ocr engine type.A parameter is invalid: rotate the angle.A parameter is invalid: text.A parameter value is invalid: image code invalid.A parameter value is invalid: image is no text.A parameter value is invalid: image URL invalid.A limit was exceeded: text size limit exceeded.The operation was denied: un support this type.The operation is not authorized: permission denied error.The operation is not supported: un support this type.",
        ends: &[
            0, 22, 67, 106, 148, 190, 225, 272, 311, 347, 374, 418, 466, 516, 560, 608,
            631, 674, 714, 758, 797, 837, 878, 907, 956, 1003, 1051, 1098, 1145, 1202,
            1255,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 30] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaabbbbbbaaaaaaaaaaaacca",
    );
    static CATEGORY: [::cloud_errors::Category; 30] = ::cloud_errors::__private::category_column(
        b"biiiiiiiimmmmmmccccccccccchggi",
    );
    static PILOTS: [u16; 8] = [18, 0, 5, 8, 1, 8, 70, 26];
    static SLOTS: [(&str, u32); 33] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 26, 3, 22, 28, 8, 2, 23, 24, 0, 4294967295, 18, 19, 10, 12, 20,
            4, 1, 21, 25, 6, 27, 14, 7, 16, 15, 13, 5, 9, 11, 17, 29, 4294967295,
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
    const PROVIDER: &'static str = "Tencent Cloud MRS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud MRS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud MRS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
