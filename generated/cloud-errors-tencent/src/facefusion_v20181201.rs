// @generated from catalogs/tencent/facefusion_v20181201.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud FACEFUSION v20181201: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud FACEFUSION v20181201: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure.InvalidAuthorization`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: invalid authorization.
    AuthFailureInvalidAuthorization,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.FaceBorderCheckFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: face border check failed.
    FailedOperationFaceBorderCheckFailed,
    /// `FailedOperation.FaceExceedBorder`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: face exceed border.
    FailedOperationFaceExceedBorder,
    /// `FailedOperation.FaceFusionError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: face fusion error.
    FailedOperationFaceFusionError,
    /// `FailedOperation.FaceRectInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: face rect invalid.
    FailedOperationFaceRectInvalid,
    /// `FailedOperation.FaceShapeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: face shape failed.
    FailedOperationFaceShapeFailed,
    /// `FailedOperation.FaceSizeTooSmall`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: face size too small.
    FailedOperationFaceSizeTooSmall,
    /// `FailedOperation.FuseFreqCtrl`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fuse freq ctrl.
    FailedOperationFuseFreqCtrl,
    /// `FailedOperation.FuseImageError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fuse image error.
    FailedOperationFuseImageError,
    /// `FailedOperation.FuseInnerError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fuse inner error.
    FailedOperationFuseInnerError,
    /// `FailedOperation.FuseMaterialNotAuth`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fuse material not auth.
    FailedOperationFuseMaterialNotAuth,
    /// `FailedOperation.FuseMaterialNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fuse material not exist.
    FailedOperationFuseMaterialNotExist,
    /// `FailedOperation.FuseSavePhotoFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fuse save photo fail.
    FailedOperationFuseSavePhotoFail,
    /// `FailedOperation.ImageDecodeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image decode failed.
    FailedOperationImageDecodeFailed,
    /// `FailedOperation.ImageDownloadError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image download error.
    FailedOperationImageDownloadError,
    /// `FailedOperation.ImagePixelExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image pixel exceed.
    FailedOperationImagePixelExceed,
    /// `FailedOperation.ImageResolutionExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image resolution exceed.
    FailedOperationImageResolutionExceed,
    /// `FailedOperation.ImageResolutionTooSmall`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image resolution too small.
    FailedOperationImageResolutionTooSmall,
    /// `FailedOperation.ImageSizeExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image size exceed.
    FailedOperationImageSizeExceed,
    /// `FailedOperation.ImageSizeInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image size invalid.
    FailedOperationImageSizeInvalid,
    /// `FailedOperation.InnerError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: inner error.
    FailedOperationInnerError,
    /// `FailedOperation.NoFaceDetected`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no face detected.
    FailedOperationNoFaceDetected,
    /// `FailedOperation.ParameterValueError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: parameter value error.
    FailedOperationParameterValueError,
    /// `FailedOperation.ProjectNotAuth`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: project not auth.
    FailedOperationProjectNotAuth,
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
    /// `FailedOperation.TemplateFaceIDNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: template face ID not exist.
    FailedOperationTemplateFaceIdNotExist,
    /// `FailedOperation.UnKnowError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: un know error.
    FailedOperationUnKnowError,
    /// `FailedOperation.Unknown`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unknown.
    FailedOperationUnknown,
    /// `InvalidParameterValue.ActivityIdNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: activity id not found.
    InvalidParameterValueActivityIdNotFound,
    /// `InvalidParameterValue.FaceRectParameterValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: face rect parameter value error.
    InvalidParameterValueFaceRectParameterValueError,
    /// `InvalidParameterValue.ImageEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image empty.
    InvalidParameterValueImageEmpty,
    /// `InvalidParameterValue.MaterialIdNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: material id not found.
    InvalidParameterValueMaterialIdNotFound,
    /// `InvalidParameterValue.NoFaceInPhoto`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: no face in photo.
    InvalidParameterValueNoFaceInPhoto,
    /// `InvalidParameterValue.ParameterValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter value error.
    InvalidParameterValueParameterValueError,
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
    static CODES: [&str; 49] = [
        "AuthFailure.InvalidAuthorization",
        "FailedOperation",
        "FailedOperation.FaceBorderCheckFailed",
        "FailedOperation.FaceExceedBorder",
        "FailedOperation.FaceFusionError",
        "FailedOperation.FaceRectInvalid",
        "FailedOperation.FaceShapeFailed",
        "FailedOperation.FaceSizeTooSmall",
        "FailedOperation.FuseFreqCtrl",
        "FailedOperation.FuseImageError",
        "FailedOperation.FuseInnerError",
        "FailedOperation.FuseMaterialNotAuth",
        "FailedOperation.FuseMaterialNotExist",
        "FailedOperation.FuseSavePhotoFail",
        "FailedOperation.ImageDecodeFailed",
        "FailedOperation.ImageDownloadError",
        "FailedOperation.ImagePixelExceed",
        "FailedOperation.ImageResolutionExceed",
        "FailedOperation.ImageResolutionTooSmall",
        "FailedOperation.ImageSizeExceed",
        "FailedOperation.ImageSizeInvalid",
        "FailedOperation.InnerError",
        "FailedOperation.NoFaceDetected",
        "FailedOperation.ParameterValueError",
        "FailedOperation.ProjectNotAuth",
        "FailedOperation.RequestEntityTooLarge",
        "FailedOperation.RequestTimeout",
        "FailedOperation.RpcFail",
        "FailedOperation.ServerError",
        "FailedOperation.TemplateFaceIDNotExist",
        "FailedOperation.UnKnowError",
        "FailedOperation.Unknown",
        "InvalidParameterValue.ActivityIdNotFound",
        "InvalidParameterValue.FaceRectParameterValueError",
        "InvalidParameterValue.ImageEmpty",
        "InvalidParameterValue.MaterialIdNotFound",
        "InvalidParameterValue.NoFaceInPhoto",
        "InvalidParameterValue.ParameterValueError",
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
    static NAME_CODES: [u32; 1] = [29];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationTemplateFaceIdNotExist",
        ends: &[0, 37],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed: invalid authorization.The operation failed.The operation failed: face border check failed.The operation failed: face exceed border.The operation failed: face fusion error.The operation failed: face rect invalid.The operation failed: face shape failed.The operation failed: face size too small.The operation failed: fuse freq ctrl.The operation failed: fuse image error.The operation failed: fuse inner error.The operation failed: fuse material not auth.The operation failed: fuse material not exist.The operation failed: fuse save photo fail.The operation failed: image decode failed.The operation failed: image download error.The operation failed: image pixel exceed.The operation failed: image resolution exceed.The operation failed: image resolution too small.The operation failed: image size exceed.The operation failed: image size invalid.The operation failed: inner error.The operation failed: no face detected.The operation failed: parameter value error.The operation failed: project not auth.The operation failed: request entity too large.The operation failed: request timeout.The operation failed: rpc fail.The operation failed: server error.The operation failed: template face ID not exist.The operation failed: un know error.The operation failed: unknown.A parameter value is invalid: activity id not found.A parameter value is invalid: face rect parameter value error.A parameter value is invalid: image empty.A parameter value is invalid: material id not found.A parameter value is invalid: no face in photo.A parameter value is invalid: parameter value error.The resource is unavailable: delivering.The resource is unavailable: freeze.The resource is unavailable: get auth info error.The resource is unavailable: in arrears.The resource is unavailable: low balance.The resource is unavailable: not exist.The resource is unavailable: not ready.The resource is unavailable: recover.The resource is unavailable: stop using.The resource is unavailable: unknown status.The resources are sold out: charge status exception.",
        ends: &[
            0, 45, 66, 113, 154, 194, 234, 274, 316, 353, 392, 431, 476, 522, 565, 607,
            650, 691, 737, 786, 826, 867, 901, 940, 984, 1023, 1070, 1108, 1139, 1174,
            1223, 1259, 1289, 1341, 1403, 1445, 1497, 1544, 1596, 1636, 1672, 1721, 1761,
            1802, 1841, 1880, 1917, 1957, 2001, 2053,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 49] = ::cloud_errors::__private::retry_column(
        b"caaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccccccccccc",
    );
    static CATEGORY: [::cloud_errors::Category; 49] = ::cloud_errors::__private::category_column(
        b"piiiiiiiiiiiiiiiiiiiiiiiiiiiiiiicccccciiiiiiiiiih",
    );
    static PILOTS: [u16; 13] = [13, 46, 3, 93, 38, 18, 7, 12, 0, 24, 3, 13, 3];
    static SLOTS: [(&str, u32); 54] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            3, 2, 46, 14, 44, 48, 7, 41, 0, 37, 23, 47, 12, 10, 21, 4294967295, 5, 13,
            4294967295, 18, 11, 1, 33, 4294967295, 19, 42, 28, 6, 35, 39, 4294967295, 25,
            34, 22, 4, 31, 8, 38, 9, 45, 27, 26, 16, 32, 43, 30, 4294967295, 40, 29, 36,
            20, 17, 15, 24,
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
    const PROVIDER: &'static str = "Tencent Cloud FACEFUSION v20181201";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud FACEFUSION v20181201's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud FACEFUSION v20181201: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
