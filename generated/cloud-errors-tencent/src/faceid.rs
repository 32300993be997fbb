// @generated from catalogs/tencent/faceid.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud FACEID: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud FACEID: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure.InvalidAuthorization`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: invalid authorization.
    AuthFailureInvalidAuthorization,
    /// `FailedOperation.ActionCloseEye`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: action close eye.
    FailedOperationActionCloseEye,
    /// `FailedOperation.ActionFaceClose`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: action face close.
    FailedOperationActionFaceClose,
    /// `FailedOperation.ActionFaceFar`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: action face far.
    FailedOperationActionFaceFar,
    /// `FailedOperation.ActionFaceLeft`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: action face left.
    FailedOperationActionFaceLeft,
    /// `FailedOperation.ActionFaceRight`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: action face right.
    FailedOperationActionFaceRight,
    /// `FailedOperation.ActionFirstAction`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: action first action.
    FailedOperationActionFirstAction,
    /// `FailedOperation.ActionLightDark`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: action light dark.
    FailedOperationActionLightDark,
    /// `FailedOperation.ActionLightStrong`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: action light strong.
    FailedOperationActionLightStrong,
    /// `FailedOperation.ActionNodetectFace`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: action nodetect face.
    FailedOperationActionNodetectFace,
    /// `FailedOperation.ActionOpenMouth`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: action open mouth.
    FailedOperationActionOpenMouth,
    /// `FailedOperation.CompareFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: compare fail.
    FailedOperationCompareFail,
    /// `FailedOperation.CompareLibServiceUnavailable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: compare lib service unavailable.
    FailedOperationCompareLibServiceUnavailable,
    /// `FailedOperation.CompareLowSimilarity`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: compare low similarity.
    FailedOperationCompareLowSimilarity,
    /// `FailedOperation.CompareSystemError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: compare system error.
    FailedOperationCompareSystemError,
    /// `FailedOperation.CompressVideoError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: compress video error.
    FailedOperationCompressVideoError,
    /// `FailedOperation.CoveredFace`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: covered face.
    FailedOperationCoveredFace,
    /// `FailedOperation.DbError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: db error.
    FailedOperationDbError,
    /// `FailedOperation.DecryptSystemError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: decrypt system error.
    FailedOperationDecryptSystemError,
    /// `FailedOperation.DetectEngineSystemError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: detect engine system error.
    FailedOperationDetectEngineSystemError,
    /// `FailedOperation.DownLoadError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: down load error.
    FailedOperationDownLoadError,
    /// `FailedOperation.DownLoadTimeoutError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: down load timeout error.
    FailedOperationDownLoadTimeoutError,
    /// `FailedOperation.EmptyImageError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: empty image error.
    FailedOperationEmptyImageError,
    /// `FailedOperation.EncryptSystemError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: encrypt system error.
    FailedOperationEncryptSystemError,
    /// `FailedOperation.FileSaveError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: file save error.
    FailedOperationFileSaveError,
    /// `FailedOperation.IdFormatError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: id format error.
    FailedOperationIdFormatError,
    /// `FailedOperation.IdNameMisMatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: id name mis match.
    FailedOperationIdNameMisMatch,
    /// `FailedOperation.IdNoExistSystem`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: id no exist system.
    FailedOperationIdNoExistSystem,
    /// `FailedOperation.IdPhotoNoExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: id photo no exist.
    FailedOperationIdPhotoNoExist,
    /// `FailedOperation.IdPhotoPoorQuality`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: id photo poor quality.
    FailedOperationIdPhotoPoorQuality,
    /// `FailedOperation.IdPhotoSystemNoanswer`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: id photo system noanswer.
    FailedOperationIdPhotoSystemNoanswer,
    /// `FailedOperation.IdentityAuthLimitExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: identity auth limit exceeded.
    FailedOperationIdentityAuthLimitExceeded,
    /// `FailedOperation.ImageBlur`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image blur.
    FailedOperationImageBlur,
    /// `FailedOperation.ImageDecodeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image decode failed.
    FailedOperationImageDecodeFailed,
    /// `FailedOperation.ImageNoIdCard`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image no id card.
    FailedOperationImageNoIdCard,
    /// `FailedOperation.ImageSizeTooLarge`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image size too large.
    FailedOperationImageSizeTooLarge,
    /// `FailedOperation.IncompleteFace`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: incomplete face.
    FailedOperationIncompleteFace,
    /// `FailedOperation.InvalidTokenParameter`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid token parameter.
    FailedOperationInvalidTokenParameter,
    /// `FailedOperation.LifePhotoDetectFaces`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: life photo detect faces.
    FailedOperationLifePhotoDetectFaces,
    /// `FailedOperation.LifePhotoDetectFake`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: life photo detect fake.
    FailedOperationLifePhotoDetectFake,
    /// `FailedOperation.LifePhotoDetectNoFaces`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: life photo detect no faces.
    FailedOperationLifePhotoDetectNoFaces,
    /// `FailedOperation.LifePhotoPoorQuality`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: life photo poor quality.
    FailedOperationLifePhotoPoorQuality,
    /// `FailedOperation.LifePhotoSizeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: life photo size error.
    FailedOperationLifePhotoSizeError,
    /// `FailedOperation.LipFaceIncomplete`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lip face incomplete.
    FailedOperationLipFaceIncomplete,
    /// `FailedOperation.LipMoveSmall`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lip move small.
    FailedOperationLipMoveSmall,
    /// `FailedOperation.LipNetFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lip net failed.
    FailedOperationLipNetFailed,
    /// `FailedOperation.LipSizeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lip size error.
    FailedOperationLipSizeError,
    /// `FailedOperation.LipVideoInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lip video invalid.
    FailedOperationLipVideoInvalid,
    /// `FailedOperation.LipVideoQuaility`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lip video quaility.
    FailedOperationLipVideoQuaility,
    /// `FailedOperation.LipVoiceDetect`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lip voice detect.
    FailedOperationLipVoiceDetect,
    /// `FailedOperation.LipVoiceLow`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lip voice low.
    FailedOperationLipVoiceLow,
    /// `FailedOperation.LipVoiceRecognize`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lip voice recognize.
    FailedOperationLipVoiceRecognize,
    /// `FailedOperation.LivessBestFrameError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: livess best frame error.
    FailedOperationLivessBestFrameError,
    /// `FailedOperation.LivessDetectFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: livess detect fail.
    FailedOperationLivessDetectFail,
    /// `FailedOperation.LivessDetectFake`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: livess detect fake.
    FailedOperationLivessDetectFake,
    /// `FailedOperation.LivessSystemError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: livess system error.
    FailedOperationLivessSystemError,
    /// `FailedOperation.LivessUnknownError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: livess unknown error.
    FailedOperationLivessUnknownError,
    /// `FailedOperation.NameFormatError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: name format error.
    FailedOperationNameFormatError,
    /// `FailedOperation.OcrFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ocr failed.
    FailedOperationOcrFailed,
    /// `FailedOperation.PoorImageQuality`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: poor image quality.
    FailedOperationPoorImageQuality,
    /// `FailedOperation.RequestLimitExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: request limit exceeded.
    FailedOperationRequestLimitExceeded,
    /// `FailedOperation.SilentDetectFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: silent detect fail.
    FailedOperationSilentDetectFail,
    /// `FailedOperation.SilentEyeLiveFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: silent eye live fail.
    FailedOperationSilentEyeLiveFail,
    /// `FailedOperation.SilentFaceDetectFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: silent face detect fail.
    FailedOperationSilentFaceDetectFail,
    /// `FailedOperation.SilentFaceQualityFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: silent face quality fail.
    FailedOperationSilentFaceQualityFail,
    /// `FailedOperation.SilentFaceWithMaskFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: silent face with mask fail.
    FailedOperationSilentFaceWithMaskFail,
    /// `FailedOperation.SilentMouthLiveFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: silent mouth live fail.
    FailedOperationSilentMouthLiveFail,
    /// `FailedOperation.SilentMultiFaceFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: silent multi face fail.
    FailedOperationSilentMultiFaceFail,
    /// `FailedOperation.SilentPictureLiveFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: silent picture live fail.
    FailedOperationSilentPictureLiveFail,
    /// `FailedOperation.SilentThreshold`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: silent threshold.
    FailedOperationSilentThreshold,
    /// `FailedOperation.SilentTooShort`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: silent too short.
    FailedOperationSilentTooShort,
    /// `FailedOperation.StsUnAuthErrError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: sts un auth err error.
    FailedOperationStsUnAuthErrError,
    /// `FailedOperation.UnKnown`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: un known.
    FailedOperationUnKnown,
    /// `FailedOperation.UnregisteredEid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unregistered eid.
    FailedOperationUnregisteredEid,
    /// `FailedOperation.VideoDecodeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: video decode failed.
    FailedOperationVideoDecodeFailed,
    /// `FailedOperation.VideoDurationExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: video duration exceeded.
    FailedOperationVideoDurationExceeded,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.EncryptSystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: encrypt system error.
    InternalErrorEncryptSystemError,
    /// `InternalError.UnKnown`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: un known.
    InternalErrorUnKnown,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.UnsupportEncryptField`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: unsupport encrypt field.
    InvalidParameterUnsupportEncryptField,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.BizTokenExpired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: biz token expired.
    InvalidParameterValueBizTokenExpired,
    /// `InvalidParameterValue.BizTokenIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: biz token illegal.
    InvalidParameterValueBizTokenIllegal,
    /// `InvalidParameterValue.RuleIdDisabled`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: rule id disabled.
    InvalidParameterValueRuleIdDisabled,
    /// `InvalidParameterValue.RuleIdNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: rule id not exist.
    InvalidParameterValueRuleIdNotExist,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.ActivateError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: activate error.
    UnauthorizedOperationActivateError,
    /// `UnauthorizedOperation.Activating`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: activating.
    UnauthorizedOperationActivating,
    /// `UnauthorizedOperation.Arrears`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: arrears.
    UnauthorizedOperationArrears,
    /// `UnauthorizedOperation.ChargeStatusException`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: charge status exception.
    UnauthorizedOperationChargeStatusException,
    /// `UnauthorizedOperation.NonAuthorize`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: non authorize.
    UnauthorizedOperationNonAuthorize,
    /// `UnauthorizedOperation.Nonactivated`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: nonactivated.
    UnauthorizedOperationNonactivated,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 95] = [
        "AuthFailure.InvalidAuthorization",
        "FailedOperation.ActionCloseEye",
        "FailedOperation.ActionFaceClose",
        "FailedOperation.ActionFaceFar",
        "FailedOperation.ActionFaceLeft",
        "FailedOperation.ActionFaceRight",
        "FailedOperation.ActionFirstAction",
        "FailedOperation.ActionLightDark",
        "FailedOperation.ActionLightStrong",
        "FailedOperation.ActionNodetectFace",
        "FailedOperation.ActionOpenMouth",
        "FailedOperation.CompareFail",
        "FailedOperation.CompareLibServiceUnavailable",
        "FailedOperation.CompareLowSimilarity",
        "FailedOperation.CompareSystemError",
        "FailedOperation.CompressVideoError",
        "FailedOperation.CoveredFace",
        "FailedOperation.DbError",
        "FailedOperation.DecryptSystemError",
        "FailedOperation.DetectEngineSystemError",
        "FailedOperation.DownLoadError",
        "FailedOperation.DownLoadTimeoutError",
        "FailedOperation.EmptyImageError",
        "FailedOperation.EncryptSystemError",
        "FailedOperation.FileSaveError",
        "FailedOperation.IdFormatError",
        "FailedOperation.IdNameMisMatch",
        "FailedOperation.IdNoExistSystem",
        "FailedOperation.IdPhotoNoExist",
        "FailedOperation.IdPhotoPoorQuality",
        "FailedOperation.IdPhotoSystemNoanswer",
        "FailedOperation.IdentityAuthLimitExceeded",
        "FailedOperation.ImageBlur",
        "FailedOperation.ImageDecodeFailed",
        "FailedOperation.ImageNoIdCard",
        "FailedOperation.ImageSizeTooLarge",
        "FailedOperation.IncompleteFace",
        "FailedOperation.InvalidTokenParameter",
        "FailedOperation.LifePhotoDetectFaces",
        "FailedOperation.LifePhotoDetectFake",
        "FailedOperation.LifePhotoDetectNoFaces",
        "FailedOperation.LifePhotoPoorQuality",
        "FailedOperation.LifePhotoSizeError",
        "FailedOperation.LipFaceIncomplete",
        "FailedOperation.LipMoveSmall",
        "FailedOperation.LipNetFailed",
        "FailedOperation.LipSizeError",
        "FailedOperation.LipVideoInvalid",
        "FailedOperation.LipVideoQuaility",
        "FailedOperation.LipVoiceDetect",
        "FailedOperation.LipVoiceLow",
        "FailedOperation.LipVoiceRecognize",
        "FailedOperation.LivessBestFrameError",
        "FailedOperation.LivessDetectFail",
        "FailedOperation.LivessDetectFake",
        "FailedOperation.LivessSystemError",
        "FailedOperation.LivessUnknownError",
        "FailedOperation.NameFormatError",
        "FailedOperation.OcrFailed",
        "FailedOperation.PoorImageQuality",
        "FailedOperation.RequestLimitExceeded",
        "FailedOperation.SilentDetectFail",
        "FailedOperation.SilentEyeLiveFail",
        "FailedOperation.SilentFaceDetectFail",
        "FailedOperation.SilentFaceQualityFail",
        "FailedOperation.SilentFaceWithMaskFail",
        "FailedOperation.SilentMouthLiveFail",
        "FailedOperation.SilentMultiFaceFail",
        "FailedOperation.SilentPictureLiveFail",
        "FailedOperation.SilentThreshold",
        "FailedOperation.SilentTooShort",
        "FailedOperation.StsUnAuthErrError",
        "FailedOperation.UnKnown",
        "FailedOperation.UnregisteredEid",
        "FailedOperation.VideoDecodeFailed",
        "FailedOperation.VideoDurationExceeded",
        "InternalError",
        "InternalError.EncryptSystemError",
        "InternalError.UnKnown",
        "InvalidParameter",
        "InvalidParameter.UnsupportEncryptField",
        "InvalidParameterValue",
        "InvalidParameterValue.BizTokenExpired",
        "InvalidParameterValue.BizTokenIllegal",
        "InvalidParameterValue.RuleIdDisabled",
        "InvalidParameterValue.RuleIdNotExist",
        "RequestLimitExceeded",
        "UnauthorizedOperation",
        "UnauthorizedOperation.ActivateError",
        "UnauthorizedOperation.Activating",
        "UnauthorizedOperation.Arrears",
        "UnauthorizedOperation.ChargeStatusException",
        "UnauthorizedOperation.NonAuthorize",
        "UnauthorizedOperation.Nonactivated",
        "UnsupportedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed: invalid authorization.The operation failed: action close eye.The operation failed: action face close.The operation failed: action face far.The operation failed: action face left.The operation failed: action face right.The operation failed: action first action.The operation failed: action light dark.The operation failed: action light strong.The operation failed: action nodetect face.The operation failed: action open mouth.The operation failed: compare fail.The operation failed: compare lib service unavailable.The operation failed: compare low similarity.The operation failed: compare system error.The operation failed: compress video error.The operation failed: covered face.The operation failed: db error.The operation failed: decrypt system error.The operation failed: detect engine system error.The operation failed: down load error.The operation failed: down load timeout error.The operation failed: empty image error.The operation failed: encrypt system error.The operation failed: file save error.The operation failed: id format error.The operation failed: id name mis match.The operation failed: id no exist system.The operation failed: id photo no exist.The operation failed: id photo poor quality.The operation failed: id photo system noanswer.The operation failed: identity auth limit exceeded.The operation failed: image blur.The operation failed: image decode failed.The operation failed: image no id card.The operation failed: image size too large.The operation failed: incomplete face.The operation failed: invalid token parameter.The operation failed: life photo detect faces.The operation failed: life photo detect fake.The operation failed: life photo detect no faces.The operation failed: life photo poor quality.The operation failed: life photo size error.The operation failed: lip face incomplete.The operation failed: lip move small.The operation failed: lip net failed.The operation failed: lip size error.The operation failed: lip video invalid.The operation failed: lip video quaility.The operation failed: lip voice detect.The operation failed: lip voice low.The operation failed: lip voice recognize.The operation failed: livess best frame error.The operation failed: livess detect fail.The operation failed: livess detect fake.The operation failed: livess system error.The operation failed: livess unknown error.The operation failed: name format error.The operation failed: ocr failed.The operation failed: poor image quality.The operation failed: request limit exceeded.The operation failed: silent detect fail.The operation failed: silent eye live fail.The operation failed: silent face detect fail.The operation failed: silent face quality fail.The operation failed: silent face with mask fail.The operation failed: silent mouth live fail.The operation failed: silent multi face fail.The operation failed: silent picture live fail.The operation failed: silent threshold.The operation failed: silent too short.The operation failed: sts un auth err error.The operation failed: un known.The operation failed: unregistered eid.The operation failed: video decode failed.The operation failed: video duration exceeded.An internal error occurred.An internal error occurred: encrypt system error.An internal error occurred: un known.A parameter is invalid.A parameter is invalid: unsupport encrypt field.A parameter value is invalid.A parameter value is invalid: biz token expired.A parameter value is invalid: biz token illegal.A parameter value is invalid: rule id disabled.A parameter value is invalid: rule id not exist.Too many requests were sent.The operation is not authorized.The operation is not authorized: activate error.The operation is not authorized: activating.The operation is not authorized: arrears.The operation is not authorized: charge status exception.The operation is not authorized: non authorize.The operation is not authorized: nonactivated.The operation is not supported.",
        ends: &[
            0, 45, 84, 124, 162, 201, 241, 283, 323, 365, 408, 448, 483, 537, 582, 625,
            668, 703, 734, 777, 826, 864, 910, 950, 993, 1031, 1069, 1109, 1150, 1190,
            1234, 1281, 1332, 1365, 1407, 1446, 1489, 1527, 1573, 1619, 1664, 1713, 1759,
            1803, 1845, 1882, 1919, 1956, 1996, 2037, 2076, 2112, 2154, 2200, 2241, 2282,
            2324, 2367, 2407, 2440, 2481, 2526, 2567, 2610, 2656, 2703, 2752, 2797, 2842,
            2889, 2928, 2967, 3011, 3042, 3081, 3123, 3169, 3196, 3245, 3282, 3305, 3353,
            3382, 3430, 3478, 3525, 3573, 3601, 3633, 3681, 3725, 3766, 3823, 3870, 3916,
            3947,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 95] = ::cloud_errors::__private::retry_column(
        b"caaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbaaaaaaabccccccca",
    );
    static CATEGORY: [::cloud_errors::Category; 95] = ::cloud_errors::__private::category_column(
        b"piiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimmmccccccchgggggggl",
    );
    static PILOTS: [u16; 24] = [
        15, 4, 0, 7, 1, 1, 0, 12, 10, 22, 2, 0, 19, 15, 32, 47, 19, 121, 125, 46, 4, 248,
        0, 15,
    ];
    static SLOTS: [(&str, u32); 105] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 35, 30, 59, 69, 28, 58, 4294967295, 82, 29, 84, 4294967295, 62,
            3, 68, 32, 60, 4294967295, 4294967295, 72, 92, 81, 4294967295, 4294967295,
            45, 8, 14, 5, 43, 75, 93, 74, 4294967295, 50, 9, 56, 79, 44, 16, 51, 24, 26,
            37, 66, 10, 31, 22, 25, 94, 20, 15, 52, 73, 21, 6, 63, 33, 76, 47, 67, 55,
            34, 40, 18, 85, 38, 41, 12, 89, 64, 42, 2, 78, 80, 70, 77, 53, 65, 57, 48,
            4294967295, 83, 91, 54, 27, 86, 46, 19, 4, 11, 17, 90, 39, 61, 71, 7, 1, 36,
            49, 87, 0, 4294967295, 88, 23, 13,
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
    const PROVIDER: &'static str = "Tencent Cloud FACEID";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud FACEID's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud FACEID: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
