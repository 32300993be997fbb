// @generated from catalogs/tencent/bda.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud BDA: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud BDA: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.AudioDecodeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: audio decode failed.
    FailedOperationAudioDecodeFailed,
    /// `FailedOperation.AudioEncodeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: audio encode failed.
    FailedOperationAudioEncodeFailed,
    /// `FailedOperation.BalanceInsufficient`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: balance insufficient.
    FailedOperationBalanceInsufficient,
    /// `FailedOperation.DownloadError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: download error.
    FailedOperationDownloadError,
    /// `FailedOperation.ImageDecodeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image decode failed.
    FailedOperationImageDecodeFailed,
    /// `FailedOperation.ImageDownloadError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image download error.
    FailedOperationImageDownloadError,
    /// `FailedOperation.ImageFacedetectFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image facedetect failed.
    FailedOperationImageFacedetectFailed,
    /// `FailedOperation.ImageNotForeground`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image not foreground.
    FailedOperationImageNotForeground,
    /// `FailedOperation.ImageNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image not supported.
    FailedOperationImageNotSupported,
    /// `FailedOperation.ImageResolutionExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image resolution exceed.
    FailedOperationImageResolutionExceed,
    /// `FailedOperation.ImageResolutionInsufficient`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image resolution insufficient.
    FailedOperationImageResolutionInsufficient,
    /// `FailedOperation.ImageSizeExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image size exceed.
    FailedOperationImageSizeExceed,
    /// `FailedOperation.InnerError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: inner error.
    FailedOperationInnerError,
    /// `FailedOperation.JobConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: job conflict.
    FailedOperationJobConflict,
    /// `FailedOperation.JobQueueFull`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: job queue full.
    FailedOperationJobQueueFull,
    /// `FailedOperation.ProfileNumExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: profile num exceed.
    FailedOperationProfileNumExceed,
    /// `FailedOperation.RequestEntityTooLarge`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: request entity too large.
    FailedOperationRequestEntityTooLarge,
    /// `FailedOperation.RequestTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: request timeout.
    FailedOperationRequestTimeout,
    /// `FailedOperation.RpcFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rpc fail.
    FailedOperationRpcFail,
    /// `FailedOperation.SegmentFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: segment failed.
    FailedOperationSegmentFailed,
    /// `FailedOperation.ServerError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: server error.
    FailedOperationServerError,
    /// `FailedOperation.TaskLimitExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task limit exceeded.
    FailedOperationTaskLimitExceeded,
    /// `FailedOperation.TaskNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task not exist.
    FailedOperationTaskNotExist,
    /// `FailedOperation.TerminateTaskFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: terminate task failed.
    FailedOperationTerminateTaskFailed,
    /// `FailedOperation.TooLargeFileError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: too large file error.
    FailedOperationTooLargeFileError,
    /// `FailedOperation.UnKnowError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: un know error.
    FailedOperationUnKnowError,
    /// `FailedOperation.VideoDecodeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: video decode failed.
    FailedOperationVideoDecodeFailed,
    /// `InvalidParameter.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter.
    InvalidParameterInvalidParameter,
    /// `InvalidParameterValue.ImageEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image empty.
    InvalidParameterValueImageEmpty,
    /// `InvalidParameterValue.NoFaceInPhoto`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: no face in photo.
    InvalidParameterValueNoFaceInPhoto,
    /// `InvalidParameterValue.UrlIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: url illegal.
    InvalidParameterValueUrlIllegal,
    /// `LimitExceeded.TooLargeFileError`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: too large file error.
    LimitExceededTooLargeFileError,
    /// `ResourceUnavailable.InArrears`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: in arrears.
    ResourceUnavailableInArrears,
    /// `ResourceUnavailable.NotExist`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not exist.
    ResourceUnavailableNotExist,
    /// `UnsupportedOperation.UnknowMethod`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unknow method.
    UnsupportedOperationUnknowMethod,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 35] = [
        "FailedOperation.AudioDecodeFailed",
        "FailedOperation.AudioEncodeFailed",
        "FailedOperation.BalanceInsufficient",
        "FailedOperation.DownloadError",
        "FailedOperation.ImageDecodeFailed",
        "FailedOperation.ImageDownloadError",
        "FailedOperation.ImageFacedetectFailed",
        "FailedOperation.ImageNotForeground",
        "FailedOperation.ImageNotSupported",
        "FailedOperation.ImageResolutionExceed",
        "FailedOperation.ImageResolutionInsufficient",
        "FailedOperation.ImageSizeExceed",
        "FailedOperation.InnerError",
        "FailedOperation.JobConflict",
        "FailedOperation.JobQueueFull",
        "FailedOperation.ProfileNumExceed",
        "FailedOperation.RequestEntityTooLarge",
        "FailedOperation.RequestTimeout",
        "FailedOperation.RpcFail",
        "FailedOperation.SegmentFailed",
        "FailedOperation.ServerError",
        "FailedOperation.TaskLimitExceeded",
        "FailedOperation.TaskNotExist",
        "FailedOperation.TerminateTaskFailed",
        "FailedOperation.TooLargeFileError",
        "FailedOperation.UnKnowError",
        "FailedOperation.VideoDecodeFailed",
        "InvalidParameter.InvalidParameter",
        "InvalidParameterValue.ImageEmpty",
        "InvalidParameterValue.NoFaceInPhoto",
        "InvalidParameterValue.UrlIllegal",
        "LimitExceeded.TooLargeFileError",
        "ResourceUnavailable.InArrears",
        "ResourceUnavailable.NotExist",
        "UnsupportedOperation.UnknowMethod",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: audio decode failed.The operation failed: audio encode failed.The operation failed: balance insufficient.The operation failed: download error.The operation failed: image decode failed.The operation failed: image download error.The operation failed: image facedetect failed.The operation failed: image not foreground.The operation failed: image not supported.The operation failed: image resolution exceed.The operation failed: image resolution insufficient.The operation failed: image size exceed.The operation failed: inner error.The operation failed: job conflict.The operation failed: job queue full.The operation failed: profile num exceed.The operation failed: request entity too large.The operation failed: request timeout.The operation failed: rpc fail.The operation failed: segment failed.The operation failed: server error.The operation failed: task limit exceeded.The operation failed: task not exist.The operation failed: terminate task failed.The operation failed: too large file error.The operation failed: un know error.The operation failed: video decode failed.A parameter is invalid: invalid parameter.A parameter value is invalid: image empty.A parameter value is invalid: no face in photo.A parameter value is invalid: url illegal.A limit was exceeded: too large file error.The resource is unavailable: in arrears.The resource is unavailable: not exist.The operation is not supported: unknow method.",
        ends: &[
            0, 42, 84, 127, 164, 206, 249, 295, 338, 380, 426, 478, 518, 552, 587, 624,
            665, 712, 750, 781, 818, 853, 895, 932, 976, 1019, 1055, 1097, 1139, 1181,
            1228, 1270, 1313, 1353, 1392, 1438,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 35] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacca",
    );
    static CATEGORY: [::cloud_errors::Category; 35] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiiiiiiiiiiiiiiiiiiicccchiii",
    );
    static PILOTS: [u16; 9] = [24, 2, 0, 26, 9, 50, 0, 32, 0];
    static SLOTS: [(&str, u32); 38] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            28, 3, 33, 25, 4294967295, 14, 12, 26, 27, 4294967295, 21, 16, 13, 1, 2, 24,
            4, 31, 20, 7, 5, 11, 22, 29, 10, 32, 34, 4294967295, 15, 8, 30, 6, 19, 18, 9,
            17, 0, 23,
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
    const PROVIDER: &'static str = "Tencent Cloud BDA";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud BDA's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud BDA: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
