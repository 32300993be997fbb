// @generated from catalogs/tencent/vclm.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud VCLM: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud VCLM: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `FailedOperation.AudioDecodeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: audio decode failed.
    FailedOperationAudioDecodeFailed,
    /// `FailedOperation.DriverFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: driver failed.
    FailedOperationDriverFailed,
    /// `FailedOperation.ImageBodySmall`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image body small.
    FailedOperationImageBodySmall,
    /// `FailedOperation.ImageCheckNoBody`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image check no body.
    FailedOperationImageCheckNoBody,
    /// `FailedOperation.ImageDecodeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image decode failed.
    FailedOperationImageDecodeFailed,
    /// `FailedOperation.ImageDetectFaceFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image detect face failed.
    FailedOperationImageDetectFaceFailed,
    /// `FailedOperation.ImageDownloadError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image download error.
    FailedOperationImageDownloadError,
    /// `FailedOperation.ImageFaceDetectFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image face detect failed.
    FailedOperationImageFaceDetectFailed,
    /// `FailedOperation.ImageManyPeople`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image many people.
    FailedOperationImageManyPeople,
    /// `FailedOperation.ImageNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image not supported.
    FailedOperationImageNotSupported,
    /// `FailedOperation.ImageRadioExcceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image radio excceed.
    FailedOperationImageRadioExcceed,
    /// `FailedOperation.ImageSizeExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image size exceed.
    FailedOperationImageSizeExceed,
    /// `FailedOperation.InnerError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: inner error.
    FailedOperationInnerError,
    /// `FailedOperation.JobNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: job not exist.
    FailedOperationJobNotExist,
    /// `FailedOperation.JobNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: job not found.
    FailedOperationJobNotFound,
    /// `FailedOperation.KeyPointUndetected`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: key point undetected.
    FailedOperationKeyPointUndetected,
    /// `FailedOperation.ModerationAudioFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: moderation audio failed.
    FailedOperationModerationAudioFailed,
    /// `FailedOperation.ModerationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: moderation failed.
    FailedOperationModerationFailed,
    /// `FailedOperation.ModerationResponseError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: moderation response error.
    FailedOperationModerationResponseError,
    /// `FailedOperation.RequestTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: request timeout.
    FailedOperationRequestTimeout,
    /// `FailedOperation.ServerError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: server error.
    FailedOperationServerError,
    /// `FailedOperation.SubmitAsspFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: submit assp failed.
    FailedOperationSubmitAsspFailed,
    /// `FailedOperation.TemplateFirstFrameNotDetectFace`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: template first frame not detect face.
    FailedOperationTemplateFirstFrameNotDetectFace,
    /// `FailedOperation.TemplateNotDetectBody`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: template not detect body.
    FailedOperationTemplateNotDetectBody,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter.
    InvalidParameterInvalidParameter,
    /// `InvalidParameter.VideoUrlInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: video url invalid.
    InvalidParameterVideoUrlInvalid,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.InvalidAudioDuration`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid audio duration.
    InvalidParameterValueInvalidAudioDuration,
    /// `InvalidParameterValue.InvalidAudioFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid audio format.
    InvalidParameterValueInvalidAudioFormat,
    /// `InvalidParameterValue.InvalidImageAspectRatio`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid image aspect ratio.
    InvalidParameterValueInvalidImageAspectRatio,
    /// `InvalidParameterValue.InvalidImageFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid image format.
    InvalidParameterValueInvalidImageFormat,
    /// `InvalidParameterValue.InvalidImageResolution`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid image resolution.
    InvalidParameterValueInvalidImageResolution,
    /// `InvalidParameterValue.InvalidImageSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid image size.
    InvalidParameterValueInvalidImageSize,
    /// `InvalidParameterValue.InvalidModel`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid model.
    InvalidParameterValueInvalidModel,
    /// `InvalidParameterValue.NoFaceInPhoto`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: no face in photo.
    InvalidParameterValueNoFaceInPhoto,
    /// `InvalidParameterValue.TooLargeFaceAngle`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too large face angle.
    InvalidParameterValueTooLargeFaceAngle,
    /// `InvalidParameterValue.TooLowFaceQuality`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too low face quality.
    InvalidParameterValueTooLowFaceQuality,
    /// `InvalidParameterValue.TooManyFaces`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too many faces.
    InvalidParameterValueTooManyFaces,
    /// `InvalidParameterValue.TooMuchFaceOcclusion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too much face occlusion.
    InvalidParameterValueTooMuchFaceOcclusion,
    /// `InvalidParameterValue.TooSmallFaceSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too small face size.
    InvalidParameterValueTooSmallFaceSize,
    /// `InvalidParameterValue.UrlIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: url illegal.
    InvalidParameterValueUrlIllegal,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `RequestLimitExceeded.JobNumExceed`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent: job num exceed.
    RequestLimitExceededJobNumExceed,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceUnavailable.IsOpening`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: is opening.
    ResourceUnavailableIsOpening,
    /// `ResourceUnavailable.NotExist`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not exist.
    ResourceUnavailableNotExist,
    /// `ResourcesSoldOut.ChargeStatusException`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out: charge status exception.
    ResourcesSoldOutChargeStatusException,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 52] = [
        "AuthFailure",
        "FailedOperation.AudioDecodeFailed",
        "FailedOperation.DriverFailed",
        "FailedOperation.ImageBodySmall",
        "FailedOperation.ImageCheckNoBody",
        "FailedOperation.ImageDecodeFailed",
        "FailedOperation.ImageDetectFaceFailed",
        "FailedOperation.ImageDownloadError",
        "FailedOperation.ImageFaceDetectFailed",
        "FailedOperation.ImageManyPeople",
        "FailedOperation.ImageNotSupported",
        "FailedOperation.ImageRadioExcceed",
        "FailedOperation.ImageSizeExceed",
        "FailedOperation.InnerError",
        "FailedOperation.JobNotExist",
        "FailedOperation.JobNotFound",
        "FailedOperation.KeyPointUndetected",
        "FailedOperation.ModerationAudioFailed",
        "FailedOperation.ModerationFailed",
        "FailedOperation.ModerationResponseError",
        "FailedOperation.RequestTimeout",
        "FailedOperation.ServerError",
        "FailedOperation.SubmitAsspFailed",
        "FailedOperation.TemplateFirstFrameNotDetectFace",
        "FailedOperation.TemplateNotDetectBody",
        "InternalError",
        "InvalidParameter",
        "InvalidParameter.InvalidParameter",
        "InvalidParameter.VideoUrlInvalid",
        "InvalidParameterValue",
        "InvalidParameterValue.InvalidAudioDuration",
        "InvalidParameterValue.InvalidAudioFormat",
        "InvalidParameterValue.InvalidImageAspectRatio",
        "InvalidParameterValue.InvalidImageFormat",
        "InvalidParameterValue.InvalidImageResolution",
        "InvalidParameterValue.InvalidImageSize",
        "InvalidParameterValue.InvalidModel",
        "InvalidParameterValue.NoFaceInPhoto",
        "InvalidParameterValue.TooLargeFaceAngle",
        "InvalidParameterValue.TooLowFaceQuality",
        "InvalidParameterValue.TooManyFaces",
        "InvalidParameterValue.TooMuchFaceOcclusion",
        "InvalidParameterValue.TooSmallFaceSize",
        "InvalidParameterValue.UrlIllegal",
        "MissingParameter",
        "RequestLimitExceeded",
        "RequestLimitExceeded.JobNumExceed",
        "ResourceInsufficient",
        "ResourceUnavailable.IsOpening",
        "ResourceUnavailable.NotExist",
        "ResourcesSoldOut.ChargeStatusException",
        "UnauthorizedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed: audio decode failed.The operation failed: driver failed.The operation failed: image body small.The operation failed: image check no body.The operation failed: image decode failed.The operation failed: image detect face failed.The operation failed: image download error.The operation failed: image face detect failed.The operation failed: image many people.The operation failed: image not supported.The operation failed: image radio excceed.The operation failed: image size exceed.The operation failed: inner error.The operation failed: job not exist.The operation failed: job not found.The operation failed: key point undetected.The operation failed: moderation audio failed.The operation failed: moderation failed.The operation failed: moderation response error.The operation failed: request timeout.The operation failed: server error.The operation failed: submit assp failed.The operation failed: template first frame not detect face.The operation failed: template not detect body.An internal error occurred.A parameter is invalid.A parameter is invalid: invalid parameter.A parameter is invalid: video url invalid.A parameter value is invalid.A parameter value is invalid: invalid audio duration.A parameter value is invalid: invalid audio format.A parameter value is invalid: invalid image aspect ratio.A parameter value is invalid: invalid image format.A parameter value is invalid: invalid image resolution.A parameter value is invalid: invalid image size.A parameter value is invalid: invalid model.A parameter value is invalid: no face in photo.A parameter value is invalid: too large face angle.A parameter value is invalid: too low face quality.A parameter value is invalid: too many faces.A parameter value is invalid: too much face occlusion.A parameter value is invalid: too small face size.A parameter value is invalid: url illegal.A required parameter is missing.Too many requests were sent.Too many requests were sent: job num exceed.Resources are insufficient.The resource is unavailable: is opening.The resource is unavailable: not exist.The resources are sold out: charge status exception.The operation is not authorized.",
        ends: &[
            0, 22, 64, 100, 139, 181, 223, 270, 313, 360, 400, 442, 484, 524, 558, 594,
            630, 673, 719, 759, 807, 845, 880, 921, 980, 1027, 1054, 1077, 1119, 1161,
            1190, 1243, 1294, 1351, 1402, 1457, 1506, 1550, 1597, 1648, 1699, 1744, 1798,
            1848, 1890, 1922, 1950, 1994, 2021, 2061, 2100, 2152, 2184,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 52] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaabbccccc",
    );
    static CATEGORY: [::cloud_errors::Category; 52] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiiiiiiiiiiiiiiiimccccccccccccccccccchhhiihg",
    );
    static PILOTS: [u16; 13] = [6, 255, 8, 33, 40, 1, 13, 8, 21, 24, 19, 5, 3];
    static SLOTS: [(&str, u32); 57] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            13, 10, 46, 17, 41, 19, 3, 21, 48, 27, 11, 29, 0, 4294967295, 23, 38, 24, 18,
            36, 9, 45, 16, 2, 6, 26, 34, 33, 15, 4294967295, 40, 28, 22, 20, 30, 31, 42,
            43, 35, 7, 4294967295, 12, 37, 14, 32, 44, 1, 5, 49, 50, 4, 25, 8, 47,
            4294967295, 39, 51, 4294967295,
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
    const PROVIDER: &'static str = "Tencent Cloud VCLM";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud VCLM's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud VCLM: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
