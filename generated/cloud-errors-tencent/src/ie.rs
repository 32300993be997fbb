// @generated from catalogs/tencent/ie.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud IE: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud IE: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.CosStorageError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cos storage error.
    FailedOperationCosStorageError,
    /// `FailedOperation.EditError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: edit error.
    FailedOperationEditError,
    /// `FailedOperation.EncodeFormatError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: encode format error.
    FailedOperationEncodeFormatError,
    /// `FailedOperation.RunningTaskExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: running task exceed.
    FailedOperationRunningTaskExceed,
    /// `FailedOperation.SegmentError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: segment error.
    FailedOperationSegmentError,
    /// `FailedOperation.ServerBusy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: server busy.
    FailedOperationServerBusy,
    /// `FailedOperation.ServerError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: server error.
    FailedOperationServerError,
    /// `FailedOperation.TaskResubmit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task resubmit.
    FailedOperationTaskResubmit,
    /// `FailedOperation.TranscodeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: transcode error.
    FailedOperationTranscodeError,
    /// `FailedOperation.UnknowError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unknow error.
    FailedOperationUnknowError,
    /// `FailedOperation.VideoDownloadError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: video download error.
    FailedOperationVideoDownloadError,
    /// `FailedOperation.VideoParseError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: video parse error.
    FailedOperationVideoParseError,
    /// `FailedOperation.VideoSizeExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: video size exceed.
    FailedOperationVideoSizeExceed,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.LiveStreamNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: live stream not support.
    InvalidParameterLiveStreamNotSupport,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.ActionNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: action not support.
    InvalidParameterValueActionNotSupport,
    /// `InvalidParameterValue.CallbackUrlError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: callback url error.
    InvalidParameterValueCallbackUrlError,
    /// `InvalidParameterValue.CallbackUrlNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: callback url not exist.
    InvalidParameterValueCallbackUrlNotExist,
    /// `InvalidParameterValue.CosAuthModeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cos auth mode error.
    InvalidParameterValueCosAuthModeError,
    /// `InvalidParameterValue.CosHostedIdNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cos hosted id not exist.
    InvalidParameterValueCosHostedIdNotExist,
    /// `InvalidParameterValue.DownInfoFormatWrong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: down info format wrong.
    InvalidParameterValueDownInfoFormatWrong,
    /// `InvalidParameterValue.DownInfoTypeWrong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: down info type wrong.
    InvalidParameterValueDownInfoTypeWrong,
    /// `InvalidParameterValue.LiveSourceNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: live source not support.
    InvalidParameterValueLiveSourceNotSupport,
    /// `InvalidParameterValue.SaveInfoNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: save info not exist.
    InvalidParameterValueSaveInfoNotExist,
    /// `InvalidParameterValue.TaskAlreadyDone`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: task already done.
    InvalidParameterValueTaskAlreadyDone,
    /// `InvalidParameterValue.TaskDeleted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: task deleted.
    InvalidParameterValueTaskDeleted,
    /// `InvalidParameterValue.TaskIdNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: task id not exist.
    InvalidParameterValueTaskIdNotExist,
    /// `InvalidParameterValue.UriError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: uri error.
    InvalidParameterValueUriError,
    /// `InvalidParameterValue.UrlInfoUrlError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: url info url error.
    InvalidParameterValueUrlInfoUrlError,
    /// `InvalidParameterValue.VideoFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: video format error.
    InvalidParameterValueVideoFormatError,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceUnavailable.InArrears`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: in arrears.
    ResourceUnavailableInArrears,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 37] = [
        "AuthFailure",
        "FailedOperation",
        "FailedOperation.CosStorageError",
        "FailedOperation.EditError",
        "FailedOperation.EncodeFormatError",
        "FailedOperation.RunningTaskExceed",
        "FailedOperation.SegmentError",
        "FailedOperation.ServerBusy",
        "FailedOperation.ServerError",
        "FailedOperation.TaskResubmit",
        "FailedOperation.TranscodeError",
        "FailedOperation.UnknowError",
        "FailedOperation.VideoDownloadError",
        "FailedOperation.VideoParseError",
        "FailedOperation.VideoSizeExceed",
        "InternalError",
        "InvalidParameter",
        "InvalidParameter.LiveStreamNotSupport",
        "InvalidParameterValue",
        "InvalidParameterValue.ActionNotSupport",
        "InvalidParameterValue.CallbackUrlError",
        "InvalidParameterValue.CallbackUrlNotExist",
        "InvalidParameterValue.CosAuthModeError",
        "InvalidParameterValue.CosHostedIdNotExist",
        "InvalidParameterValue.DownInfoFormatWrong",
        "InvalidParameterValue.DownInfoTypeWrong",
        "InvalidParameterValue.LiveSourceNotSupport",
        "InvalidParameterValue.SaveInfoNotExist",
        "InvalidParameterValue.TaskAlreadyDone",
        "InvalidParameterValue.TaskDeleted",
        "InvalidParameterValue.TaskIdNotExist",
        "InvalidParameterValue.UriError",
        "InvalidParameterValue.UrlInfoUrlError",
        "InvalidParameterValue.VideoFormatError",
        "RequestLimitExceeded",
        "ResourceUnavailable.InArrears",
        "UnauthorizedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed.The operation failed: cos storage error.The operation failed: edit error.The operation failed: encode format error.The operation failed: running task exceed.The operation failed: segment error.The operation failed: server busy.The operation failed: server error.The operation failed: task resubmit.The operation failed: transcode error.The operation failed: unknow error.The operation failed: video download error.The operation failed: video parse error.The operation failed: video size exceed.An internal error occurred.A parameter is invalid.A parameter is invalid: live stream not support.A parameter value is invalid.A parameter value is invalid: action not support.A parameter value is invalid: callback url error.A parameter value is invalid: callback url not exist.A parameter value is invalid: cos auth mode error.A parameter value is invalid: cos hosted id not exist.A parameter value is invalid: down info format wrong.A parameter value is invalid: down info type wrong.A parameter value is invalid: live source not support.A parameter value is invalid: save info not exist.A parameter value is invalid: task already done.A parameter value is invalid: task deleted.A parameter value is invalid: task id not exist.A parameter value is invalid: uri error.A parameter value is invalid: url info url error.A parameter value is invalid: video format error.Too many requests were sent.The resource is unavailable: in arrears.The operation is not authorized.",
        ends: &[
            0, 22, 43, 83, 116, 158, 200, 236, 270, 305, 341, 379, 414, 457, 497, 537,
            564, 587, 635, 664, 713, 762, 815, 865, 919, 972, 1023, 1077, 1127, 1175,
            1218, 1266, 1306, 1355, 1404, 1432, 1472, 1504,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 37] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaabcc",
    );
    static CATEGORY: [::cloud_errors::Category; 37] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiiiiiimcccccccccccccccccchig",
    );
    static PILOTS: [u16; 10] = [4, 2, 71, 0, 221, 8, 0, 20, 81, 5];
    static SLOTS: [(&str, u32); 41] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            27, 4, 3, 10, 21, 24, 4294967295, 31, 35, 34, 7, 4294967295, 13, 25, 36, 22,
            11, 4294967295, 17, 8, 4294967295, 19, 0, 9, 15, 18, 1, 20, 30, 6, 26, 5, 32,
            33, 23, 29, 14, 28, 2, 16, 12,
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
    const PROVIDER: &'static str = "Tencent Cloud IE";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud IE's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud IE: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
