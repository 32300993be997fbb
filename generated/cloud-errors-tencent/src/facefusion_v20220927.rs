// @generated from catalogs/tencent/facefusion_v20220927.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud FACEFUSION v20220927: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud FACEFUSION v20220927: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.BalanceInsufficient`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: balance insufficient.
    FailedOperationBalanceInsufficient,
    /// `FailedOperation.FaceSizeTooSmall`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: face size too small.
    FailedOperationFaceSizeTooSmall,
    /// `FailedOperation.FuseMaterialNotAuth`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fuse material not auth.
    FailedOperationFuseMaterialNotAuth,
    /// `FailedOperation.FuseMaterialNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fuse material not exist.
    FailedOperationFuseMaterialNotExist,
    /// `FailedOperation.ImageDecodeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image decode failed.
    FailedOperationImageDecodeFailed,
    /// `FailedOperation.ImageDownloadError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image download error.
    FailedOperationImageDownloadError,
    /// `FailedOperation.ImagePixelExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image pixel exceed.
    FailedOperationImagePixelExceed,
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
    /// `FailedOperation.MediaDataError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: media data error.
    FailedOperationMediaDataError,
    /// `FailedOperation.ModerationConfigError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: moderation config error.
    FailedOperationModerationConfigError,
    /// `FailedOperation.ModerationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: moderation failed.
    FailedOperationModerationFailed,
    /// `FailedOperation.ModerationResponseError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: moderation response error.
    FailedOperationModerationResponseError,
    /// `FailedOperation.ModerationResultConfigError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: moderation result config error.
    FailedOperationModerationResultConfigError,
    /// `FailedOperation.NoFaceDetected`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no face detected.
    FailedOperationNoFaceDetected,
    /// `FailedOperation.ParameterValueError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: parameter value error.
    FailedOperationParameterValueError,
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
    /// `InvalidParameterValue.MaterialIdNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: material id not found.
    InvalidParameterValueMaterialIdNotFound,
    /// `InvalidParameterValue.ParameterValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter value error.
    InvalidParameterValueParameterValueError,
    /// `InvalidParameterValue.UrlIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: url illegal.
    InvalidParameterValueUrlIllegal,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceUnavailable.Freeze`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: freeze.
    ResourceUnavailableFreeze,
    /// `ResourceUnavailable.InArrears`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: in arrears.
    ResourceUnavailableInArrears,
    /// `ResourceUnavailable.IsOpening`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: is opening.
    ResourceUnavailableIsOpening,
    /// `ResourceUnavailable.NotExist`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not exist.
    ResourceUnavailableNotExist,
    /// `ResourceUnavailable.Recover`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: recover.
    ResourceUnavailableRecover,
    /// `ResourceUnavailable.StopUsing`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: stop using.
    ResourceUnavailableStopUsing,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 39] = [
        "FailedOperation",
        "FailedOperation.BalanceInsufficient",
        "FailedOperation.FaceSizeTooSmall",
        "FailedOperation.FuseMaterialNotAuth",
        "FailedOperation.FuseMaterialNotExist",
        "FailedOperation.ImageDecodeFailed",
        "FailedOperation.ImageDownloadError",
        "FailedOperation.ImagePixelExceed",
        "FailedOperation.ImageResolutionTooSmall",
        "FailedOperation.ImageSizeExceed",
        "FailedOperation.ImageSizeInvalid",
        "FailedOperation.InnerError",
        "FailedOperation.MediaDataError",
        "FailedOperation.ModerationConfigError",
        "FailedOperation.ModerationFailed",
        "FailedOperation.ModerationResponseError",
        "FailedOperation.ModerationResultConfigError",
        "FailedOperation.NoFaceDetected",
        "FailedOperation.ParameterValueError",
        "FailedOperation.RequestTimeout",
        "FailedOperation.RpcFail",
        "FailedOperation.ServerError",
        "FailedOperation.TemplateFaceIDNotExist",
        "FailedOperation.UnKnowError",
        "FailedOperation.Unknown",
        "InvalidParameterValue.ActivityIdNotFound",
        "InvalidParameterValue.FaceRectParameterValueError",
        "InvalidParameterValue.MaterialIdNotFound",
        "InvalidParameterValue.ParameterValueError",
        "InvalidParameterValue.UrlIllegal",
        "RequestLimitExceeded",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceUnavailable.Freeze",
        "ResourceUnavailable.InArrears",
        "ResourceUnavailable.IsOpening",
        "ResourceUnavailable.NotExist",
        "ResourceUnavailable.Recover",
        "ResourceUnavailable.StopUsing",
    ];
    static NAME_CODES: [u32; 1] = [22];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationTemplateFaceIdNotExist",
        ends: &[0, 37],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.The operation failed: balance insufficient.The operation failed: face size too small.The operation failed: fuse material not auth.The operation failed: fuse material not exist.The operation failed: image decode failed.The operation failed: image download error.The operation failed: image pixel exceed.The operation failed: image resolution too small.The operation failed: image size exceed.The operation failed: image size invalid.The operation failed: inner error.The operation failed: media data error.The operation failed: moderation config error.The operation failed: moderation failed.The operation failed: moderation response error.The operation failed: moderation result config error.The operation failed: no face detected.The operation failed: parameter value error.The operation failed: request timeout.The operation failed: rpc fail.The operation failed: server error.The operation failed: template face ID not exist.The operation failed: un know error.The operation failed: unknown.A parameter value is invalid: activity id not found.A parameter value is invalid: face rect parameter value error.A parameter value is invalid: material id not found.A parameter value is invalid: parameter value error.A parameter value is invalid: url illegal.Too many requests were sent.Resources are insufficient.The resource was not found.The resource is unavailable: freeze.The resource is unavailable: in arrears.The resource is unavailable: is opening.The resource is unavailable: not exist.The resource is unavailable: recover.The resource is unavailable: stop using.",
        ends: &[
            0, 21, 64, 106, 151, 197, 239, 282, 323, 372, 412, 453, 487, 526, 572, 612,
            660, 713, 752, 796, 834, 865, 900, 949, 985, 1015, 1067, 1129, 1181, 1233,
            1275, 1303, 1330, 1357, 1393, 1433, 1473, 1512, 1549, 1589,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 39] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaabcacccccc",
    );
    static CATEGORY: [::cloud_errors::Category; 39] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiiiiiiiiiiiiiiiiiccccchheiiiiii",
    );
    static PILOTS: [u16; 10] = [141, 6, 0, 12, 0, 525, 5, 3, 39, 10];
    static SLOTS: [(&str, u32); 43] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            6, 17, 0, 7, 29, 12, 4294967295, 9, 34, 4, 31, 2, 10, 3, 38, 23, 15, 5, 16,
            30, 4294967295, 33, 37, 35, 11, 24, 26, 21, 19, 1, 32, 13, 22, 18, 14, 8, 25,
            20, 28, 36, 27, 4294967295, 4294967295,
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
    const PROVIDER: &'static str = "Tencent Cloud FACEFUSION v20220927";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud FACEFUSION v20220927's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud FACEFUSION v20220927: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
