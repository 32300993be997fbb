// @generated from catalogs/tencent/ft.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud FT: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud FT: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.CancelJobFailure`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cancel job failure.
    FailedOperationCancelJobFailure,
    /// `FailedOperation.DetectNoFace`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: detect no face.
    FailedOperationDetectNoFace,
    /// `FailedOperation.FaceDetectFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: face detect failed.
    FailedOperationFaceDetectFailed,
    /// `FailedOperation.FaceExceedBorder`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: face exceed border.
    FailedOperationFaceExceedBorder,
    /// `FailedOperation.FaceShapeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: face shape failed.
    FailedOperationFaceShapeFailed,
    /// `FailedOperation.FaceSizeTooSmall`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: face size too small.
    FailedOperationFaceSizeTooSmall,
    /// `FailedOperation.FreqCtrl`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: freq ctrl.
    FailedOperationFreqCtrl,
    /// `FailedOperation.ImageDecodeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image decode failed.
    FailedOperationImageDecodeFailed,
    /// `FailedOperation.ImageDownloadError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image download error.
    FailedOperationImageDownloadError,
    /// `FailedOperation.ImageNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image not supported.
    FailedOperationImageNotSupported,
    /// `FailedOperation.ImagePixelExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image pixel exceed.
    FailedOperationImagePixelExceed,
    /// `FailedOperation.ImageResolutionExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image resolution exceed.
    FailedOperationImageResolutionExceed,
    /// `FailedOperation.ImageResolutionTooSmall`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image resolution too small.
    FailedOperationImageResolutionTooSmall,
    /// `FailedOperation.InnerError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: inner error.
    FailedOperationInnerError,
    /// `FailedOperation.JobConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: job conflict.
    FailedOperationJobConflict,
    /// `FailedOperation.JobHasBeenCanceled`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: job has been canceled.
    FailedOperationJobHasBeenCanceled,
    /// `FailedOperation.JobNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: job not exist.
    FailedOperationJobNotExist,
    /// `FailedOperation.JobStopProcessing`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: job stop processing.
    FailedOperationJobStopProcessing,
    /// `FailedOperation.ParameterValueError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: parameter value error.
    FailedOperationParameterValueError,
    /// `FailedOperation.RequestEntityTooLarge`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: request entity too large.
    FailedOperationRequestEntityTooLarge,
    /// `FailedOperation.RequestTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: request timeout.
    FailedOperationRequestTimeout,
    /// `FailedOperation.RpcFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rpc fail.
    FailedOperationRpcFail,
    /// `FailedOperation.TaskNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task not exist.
    FailedOperationTaskNotExist,
    /// `FailedOperation.Unknown`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unknown.
    FailedOperationUnknown,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.FaceRectInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: face rect invalid.
    InvalidParameterValueFaceRectInvalid,
    /// `InvalidParameterValue.FaceRectInvalidFirst`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: face rect invalid first.
    InvalidParameterValueFaceRectInvalidFirst,
    /// `InvalidParameterValue.FaceRectInvalidSecond`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: face rect invalid second.
    InvalidParameterValueFaceRectInvalidSecond,
    /// `InvalidParameterValue.FaceRectInvalidThrid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: face rect invalid thrid.
    InvalidParameterValueFaceRectInvalidThrid,
    /// `InvalidParameterValue.ImageEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image empty.
    InvalidParameterValueImageEmpty,
    /// `InvalidParameterValue.ImageSizeExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image size exceed.
    InvalidParameterValueImageSizeExceed,
    /// `InvalidParameterValue.LutImageSizeInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lut image size invalid.
    InvalidParameterValueLutImageSizeInvalid,
    /// `InvalidParameterValue.NoFaceInPhoto`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: no face in photo.
    InvalidParameterValueNoFaceInPhoto,
    /// `InvalidParameterValue.ParameterValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter value error.
    InvalidParameterValueParameterValueError,
    /// `InvalidParameterValue.UrlIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: url illegal.
    InvalidParameterValueUrlIllegal,
    /// `ResourceUnavailable.Delivering`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: delivering.
    ResourceUnavailableDelivering,
    /// `ResourceUnavailable.Freeze`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: freeze.
    ResourceUnavailableFreeze,
    /// `ResourceUnavailable.GetAuthInfoError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: get auth info error.
    ResourceUnavailableGetAuthInfoError,
    /// `ResourceUnavailable.InArrears`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: in arrears.
    ResourceUnavailableInArrears,
    /// `ResourceUnavailable.LowBalance`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: low balance.
    ResourceUnavailableLowBalance,
    /// `ResourceUnavailable.NotExist`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not exist.
    ResourceUnavailableNotExist,
    /// `ResourceUnavailable.NotReady`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not ready.
    ResourceUnavailableNotReady,
    /// `ResourceUnavailable.Recover`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: recover.
    ResourceUnavailableRecover,
    /// `ResourceUnavailable.StopUsing`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: stop using.
    ResourceUnavailableStopUsing,
    /// `ResourceUnavailable.UnknownStatus`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: unknown status.
    ResourceUnavailableUnknownStatus,
    /// `ResourcesSoldOut.ChargeStatusException`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out: charge status exception.
    ResourcesSoldOutChargeStatusException,
    /// `UnsupportedOperation.UnknowMethod`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unknow method.
    UnsupportedOperationUnknowMethod,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 50] = [
        "FailedOperation",
        "FailedOperation.CancelJobFailure",
        "FailedOperation.DetectNoFace",
        "FailedOperation.FaceDetectFailed",
        "FailedOperation.FaceExceedBorder",
        "FailedOperation.FaceShapeFailed",
        "FailedOperation.FaceSizeTooSmall",
        "FailedOperation.FreqCtrl",
        "FailedOperation.ImageDecodeFailed",
        "FailedOperation.ImageDownloadError",
        "FailedOperation.ImageNotSupported",
        "FailedOperation.ImagePixelExceed",
        "FailedOperation.ImageResolutionExceed",
        "FailedOperation.ImageResolutionTooSmall",
        "FailedOperation.InnerError",
        "FailedOperation.JobConflict",
        "FailedOperation.JobHasBeenCanceled",
        "FailedOperation.JobNotExist",
        "FailedOperation.JobStopProcessing",
        "FailedOperation.ParameterValueError",
        "FailedOperation.RequestEntityTooLarge",
        "FailedOperation.RequestTimeout",
        "FailedOperation.RpcFail",
        "FailedOperation.TaskNotExist",
        "FailedOperation.Unknown",
        "InternalError",
        "InvalidParameter",
        "InvalidParameterValue",
        "InvalidParameterValue.FaceRectInvalid",
        "InvalidParameterValue.FaceRectInvalidFirst",
        "InvalidParameterValue.FaceRectInvalidSecond",
        "InvalidParameterValue.FaceRectInvalidThrid",
        "InvalidParameterValue.ImageEmpty",
        "InvalidParameterValue.ImageSizeExceed",
        "InvalidParameterValue.LutImageSizeInvalid",
        "InvalidParameterValue.NoFaceInPhoto",
        "InvalidParameterValue.ParameterValueError",
        "InvalidParameterValue.UrlIllegal",
        "ResourceUnavailable.Delivering",
        "ResourceUnavailable.Freeze",
        "ResourceUnavailable.GetAuthInfoError",
        "ResourceUnavailable.InArrears",
        "ResourceUnavailable.LowBalance",
        "ResourceUnavailable.NotExist",
        "ResourceUnavailable.NotReady",
        "ResourceUnavailable.Recover",
        "ResourceUnavailable.StopUsing",
        "ResourceUnavailable.UnknownStatus",
        "ResourcesSoldOut.ChargeStatusException",
        "UnsupportedOperation.UnknowMethod",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.The operation failed: cancel job failure.The operation failed: detect no face.The operation failed: face detect failed.The operation failed: face exceed border.The operation failed: face shape failed.The operation failed: face size too small.The operation failed: freq ctrl.The operation failed: image decode failed.The operation failed: image download error.The operation failed: image not supported.The operation failed: image pixel exceed.The operation failed: image resolution exceed.The operation failed: image resolution too small.The operation failed: inner error.The operation failed: job conflict.The operation failed: job has been canceled.The operation failed: job not exist.The operation failed: job stop processing.The operation failed: parameter value error.The operation failed: request entity too large.The operation failed: request timeout.The operation failed: rpc fail.The operation failed: task not exist.The operation failed: unknown.An internal error occurred.A parameter is invalid.A parameter value is invalid.A parameter value is invalid: face rect invalid.A parameter value is invalid: face rect invalid first.A parameter value is invalid: face rect invalid second.A parameter value is invalid: face rect invalid thrid.A parameter value is invalid: image empty.A parameter value is invalid: image size exceed.A parameter value is invalid: lut image size invalid.A parameter value is invalid: no face in photo.A parameter value is invalid: parameter value error.A parameter value is invalid: url illegal.The resource is unavailable: delivering.The resource is unavailable: freeze.The resource is unavailable: get auth info error.The resource is unavailable: in arrears.The resource is unavailable: low balance.The resource is unavailable: not exist.The resource is unavailable: not ready.The resource is unavailable: recover.The resource is unavailable: stop using.The resource is unavailable: unknown status.The resources are sold out: charge status exception.The operation is not supported: unknow method.",
        ends: &[
            0, 21, 62, 99, 140, 181, 221, 263, 295, 337, 380, 422, 463, 509, 558, 592,
            627, 671, 707, 749, 793, 840, 878, 909, 946, 976, 1003, 1026, 1055, 1103,
            1157, 1212, 1266, 1308, 1356, 1409, 1456, 1508, 1550, 1590, 1626, 1675, 1715,
            1756, 1795, 1834, 1871, 1911, 1955, 2007, 2053,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 50] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaccccccccccca",
    );
    static CATEGORY: [::cloud_errors::Category; 50] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiiiiiiiiiiiiiiiiimcccccccccccciiiiiiiiiihi",
    );
    static PILOTS: [u16; 13] = [0, 3, 11, 0, 0, 25, 0, 6, 7, 331, 3, 33, 106];
    static SLOTS: [(&str, u32); 55] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            9, 32, 18, 35, 37, 38, 33, 34, 2, 41, 31, 4294967295, 12, 3, 43, 29, 10, 24,
            46, 19, 6, 45, 4294967295, 4, 42, 11, 40, 4294967295, 16, 0, 4294967295, 15,
            23, 28, 20, 25, 44, 17, 8, 49, 7, 4294967295, 36, 47, 13, 30, 1, 14, 22, 21,
            27, 26, 39, 5, 48,
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
    const PROVIDER: &'static str = "Tencent Cloud FT";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud FT's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud FT: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
