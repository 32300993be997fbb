// @generated from catalogs/tencent/fmu.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud FMU: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud FMU: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.BeautifyFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: beautify failed.
    FailedOperationBeautifyFailed,
    /// `FailedOperation.DetectNoFace`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: detect no face.
    FailedOperationDetectNoFace,
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
    /// `FailedOperation.ImageGrayNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image gray not support.
    FailedOperationImageGrayNotSupport,
    /// `FailedOperation.ImageNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image not supported.
    FailedOperationImageNotSupported,
    /// `FailedOperation.ImageResolutionExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image resolution exceed.
    FailedOperationImageResolutionExceed,
    /// `FailedOperation.ImageResolutionTooLarge`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image resolution too large.
    FailedOperationImageResolutionTooLarge,
    /// `FailedOperation.ImageResolutionTooSmall`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image resolution too small.
    FailedOperationImageResolutionTooSmall,
    /// `FailedOperation.ImageSizeExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image size exceed.
    FailedOperationImageSizeExceed,
    /// `FailedOperation.ImageUploadFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image upload failed.
    FailedOperationImageUploadFailed,
    /// `FailedOperation.InnerError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: inner error.
    FailedOperationInnerError,
    /// `FailedOperation.ModelValueExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: model value exceed.
    FailedOperationModelValueExceed,
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
    /// `FailedOperation.ServerError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: server error.
    FailedOperationServerError,
    /// `FailedOperation.Unknown`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unknown.
    FailedOperationUnknown,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter.
    InvalidParameterInvalidParameter,
    /// `InvalidParameter.NoFaceInPhoto`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: no face in photo.
    InvalidParameterNoFaceInPhoto,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.EyeEnlargingIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: eye enlarging illegal.
    InvalidParameterValueEyeEnlargingIllegal,
    /// `InvalidParameterValue.FaceLiftingIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: face lifting illegal.
    InvalidParameterValueFaceLiftingIllegal,
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
    /// `InvalidParameterValue.ImageInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image invalid.
    InvalidParameterValueImageInvalid,
    /// `InvalidParameterValue.ImageSizeExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image size exceed.
    InvalidParameterValueImageSizeExceed,
    /// `InvalidParameterValue.LutImageInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lut image invalid.
    InvalidParameterValueLutImageInvalid,
    /// `InvalidParameterValue.LutImageSizeInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lut image size invalid.
    InvalidParameterValueLutImageSizeInvalid,
    /// `InvalidParameterValue.ModelIdNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: model id not found.
    InvalidParameterValueModelIdNotFound,
    /// `InvalidParameterValue.NoFaceInPhoto`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: no face in photo.
    InvalidParameterValueNoFaceInPhoto,
    /// `InvalidParameterValue.ParameterValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter value error.
    InvalidParameterValueParameterValueError,
    /// `InvalidParameterValue.SmoothingIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: smoothing illegal.
    InvalidParameterValueSmoothingIllegal,
    /// `InvalidParameterValue.UrlIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: url illegal.
    InvalidParameterValueUrlIllegal,
    /// `InvalidParameterValue.WhiteningIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: whitening illegal.
    InvalidParameterValueWhiteningIllegal,
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
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 55] = [
        "FailedOperation",
        "FailedOperation.BeautifyFailed",
        "FailedOperation.DetectNoFace",
        "FailedOperation.FaceSizeTooSmall",
        "FailedOperation.FreqCtrl",
        "FailedOperation.ImageDecodeFailed",
        "FailedOperation.ImageDownloadError",
        "FailedOperation.ImageGrayNotSupport",
        "FailedOperation.ImageNotSupported",
        "FailedOperation.ImageResolutionExceed",
        "FailedOperation.ImageResolutionTooLarge",
        "FailedOperation.ImageResolutionTooSmall",
        "FailedOperation.ImageSizeExceed",
        "FailedOperation.ImageUploadFailed",
        "FailedOperation.InnerError",
        "FailedOperation.ModelValueExceed",
        "FailedOperation.ParameterValueError",
        "FailedOperation.RequestEntityTooLarge",
        "FailedOperation.RequestTimeout",
        "FailedOperation.RpcFail",
        "FailedOperation.ServerError",
        "FailedOperation.Unknown",
        "InternalError",
        "InvalidParameter",
        "InvalidParameter.InvalidParameter",
        "InvalidParameter.NoFaceInPhoto",
        "InvalidParameterValue",
        "InvalidParameterValue.EyeEnlargingIllegal",
        "InvalidParameterValue.FaceLiftingIllegal",
        "InvalidParameterValue.FaceRectInvalid",
        "InvalidParameterValue.FaceRectInvalidFirst",
        "InvalidParameterValue.FaceRectInvalidSecond",
        "InvalidParameterValue.FaceRectInvalidThrid",
        "InvalidParameterValue.ImageEmpty",
        "InvalidParameterValue.ImageInvalid",
        "InvalidParameterValue.ImageSizeExceed",
        "InvalidParameterValue.LutImageInvalid",
        "InvalidParameterValue.LutImageSizeInvalid",
        "InvalidParameterValue.ModelIdNotFound",
        "InvalidParameterValue.NoFaceInPhoto",
        "InvalidParameterValue.ParameterValueError",
        "InvalidParameterValue.SmoothingIllegal",
        "InvalidParameterValue.UrlIllegal",
        "InvalidParameterValue.WhiteningIllegal",
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
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.The operation failed: beautify failed.The operation failed: detect no face.The operation failed: face size too small.The operation failed: freq ctrl.The operation failed: image decode failed.The operation failed: image download error.The operation failed: image gray not support.The operation failed: image not supported.The operation failed: image resolution exceed.The operation failed: image resolution too large.The operation failed: image resolution too small.The operation failed: image size exceed.The operation failed: image upload failed.The operation failed: inner error.The operation failed: model value exceed.The operation failed: parameter value error.The operation failed: request entity too large.The operation failed: request timeout.The operation failed: rpc fail.The operation failed: server error.The operation failed: unknown.An internal error occurred.A parameter is invalid.A parameter is invalid: invalid parameter.A parameter is invalid: no face in photo.A parameter value is invalid.A parameter value is invalid: eye enlarging illegal.A parameter value is invalid: face lifting illegal.A parameter value is invalid: face rect invalid.A parameter value is invalid: face rect invalid first.A parameter value is invalid: face rect invalid second.A parameter value is invalid: face rect invalid thrid.A parameter value is invalid: image empty.A parameter value is invalid: image invalid.A parameter value is invalid: image size exceed.A parameter value is invalid: lut image invalid.A parameter value is invalid: lut image size invalid.A parameter value is invalid: model id not found.A parameter value is invalid: no face in photo.A parameter value is invalid: parameter value error.A parameter value is invalid: smoothing illegal.A parameter value is invalid: url illegal.A parameter value is invalid: whitening illegal.The resource is unavailable: delivering.The resource is unavailable: freeze.The resource is unavailable: get auth info error.The resource is unavailable: in arrears.The resource is unavailable: low balance.The resource is unavailable: not exist.The resource is unavailable: not ready.The resource is unavailable: recover.The resource is unavailable: stop using.The resource is unavailable: unknown status.The resources are sold out: charge status exception.",
        ends: &[
            0, 21, 59, 96, 138, 170, 212, 255, 300, 342, 388, 437, 486, 526, 568, 602,
            643, 687, 734, 772, 803, 838, 868, 895, 918, 960, 1001, 1030, 1082, 1133,
            1181, 1235, 1290, 1344, 1386, 1430, 1478, 1526, 1579, 1628, 1675, 1727, 1775,
            1817, 1865, 1905, 1941, 1990, 2030, 2071, 2110, 2149, 2186, 2226, 2270, 2322,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 55] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaccccccccccc",
    );
    static CATEGORY: [::cloud_errors::Category; 55] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiiiiiiiiiiiiiimccccccccccccccccccccciiiiiiiiiih",
    );
    static PILOTS: [u16; 14] = [11, 14, 0, 0, 5, 13, 1, 18, 47, 0, 10, 7, 189, 165];
    static SLOTS: [(&str, u32); 61] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            22, 12, 4294967295, 35, 23, 16, 38, 11, 4294967295, 15, 48, 2, 53, 21, 46,
            13, 3, 6, 43, 28, 45, 39, 4, 5, 30, 4294967295, 31, 41, 29, 20, 4294967295,
            42, 34, 54, 10, 4294967295, 25, 52, 36, 0, 27, 44, 8, 40, 1, 18, 50, 24, 14,
            32, 37, 7, 33, 19, 49, 47, 26, 17, 9, 4294967295, 51,
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
    const PROVIDER: &'static str = "Tencent Cloud FMU";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud FMU's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud FMU: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
