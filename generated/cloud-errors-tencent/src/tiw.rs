// @generated from catalogs/tencent/tiw.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TIW: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TIW: a variant per documented code,
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
    /// `FailedOperation.FileDownloadFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: file download fail.
    FailedOperationFileDownloadFail,
    /// `FailedOperation.FileFormatError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: file format error.
    FailedOperationFileFormatError,
    /// `FailedOperation.FileOpenFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: file open fail.
    FailedOperationFileOpenFail,
    /// `FailedOperation.FileUploadFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: file upload fail.
    FailedOperationFileUploadFail,
    /// `FailedOperation.Preprocess`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: preprocess.
    FailedOperationPreprocess,
    /// `FailedOperation.PreprocessServerError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: preprocess server error.
    FailedOperationPreprocessServerError,
    /// `FailedOperation.Record`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: record.
    FailedOperationRecord,
    /// `FailedOperation.Transcode`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: transcode.
    FailedOperationTranscode,
    /// `FailedOperation.TranscodeServerError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: transcode server error.
    FailedOperationTranscodeServerError,
    /// `FailedOperation.WhiteboardPush`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: whiteboard push.
    FailedOperationWhiteboardPush,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.BodyParameterTypeUnmatched`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: body parameter type unmatched.
    InvalidParameterBodyParameterTypeUnmatched,
    /// `InvalidParameter.CallbackAddressFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: callback address format error.
    InvalidParameterCallbackAddressFormatError,
    /// `InvalidParameter.FileFormatUnsupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: file format unsupported.
    InvalidParameterFileFormatUnsupported,
    /// `InvalidParameter.InvalidExtra`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid extra.
    InvalidParameterInvalidExtra,
    /// `InvalidParameter.PreprocessParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: preprocess parameter.
    InvalidParameterPreprocessParameter,
    /// `InvalidParameter.RecordParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: record parameter.
    InvalidParameterRecordParameter,
    /// `InvalidParameter.SdkAppIdNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: sdk app id not found.
    InvalidParameterSdkAppIdNotFound,
    /// `InvalidParameter.TaskNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: task not found.
    InvalidParameterTaskNotFound,
    /// `InvalidParameter.TranscodeParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: transcode parameter.
    InvalidParameterTranscodeParameter,
    /// `InvalidParameter.UrlFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: url format error.
    InvalidParameterUrlFormatError,
    /// `LimitExceeded.TaskConcurrency`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: task concurrency.
    LimitExceededTaskConcurrency,
    /// `LimitExceeded.TranscodePagesLimitation`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: transcode pages limitation.
    LimitExceededTranscodePagesLimitation,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceInUse.RecordUserId`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: record user id.
    ResourceInUseRecordUserId,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.InterfaceUnAuthorized`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: interface un authorized.
    ResourceUnavailableInterfaceUnAuthorized,
    /// `ResourceUnavailable.NotRegistered`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not registered.
    ResourceUnavailableNotRegistered,
    /// `ResourceUnavailable.ServiceExpired`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: service expired.
    ResourceUnavailableServiceExpired,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.SdkAppId`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: sdk app id.
    UnauthorizedOperationSdkAppId,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.InvalidTaskStatus`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid task status.
    UnsupportedOperationInvalidTaskStatus,
    /// `UnsupportedOperation.TaskHasAlreadyStopped`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: task has already stopped.
    UnsupportedOperationTaskHasAlreadyStopped,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 38] = [
        "AuthFailure",
        "FailedOperation",
        "FailedOperation.FileDownloadFail",
        "FailedOperation.FileFormatError",
        "FailedOperation.FileOpenFail",
        "FailedOperation.FileUploadFail",
        "FailedOperation.Preprocess",
        "FailedOperation.PreprocessServerError",
        "FailedOperation.Record",
        "FailedOperation.Transcode",
        "FailedOperation.TranscodeServerError",
        "FailedOperation.WhiteboardPush",
        "InternalError",
        "InvalidParameter",
        "InvalidParameter.BodyParameterTypeUnmatched",
        "InvalidParameter.CallbackAddressFormatError",
        "InvalidParameter.FileFormatUnsupported",
        "InvalidParameter.InvalidExtra",
        "InvalidParameter.PreprocessParameter",
        "InvalidParameter.RecordParameter",
        "InvalidParameter.SdkAppIdNotFound",
        "InvalidParameter.TaskNotFound",
        "InvalidParameter.TranscodeParameter",
        "InvalidParameter.UrlFormatError",
        "LimitExceeded.TaskConcurrency",
        "LimitExceeded.TranscodePagesLimitation",
        "RequestLimitExceeded",
        "ResourceInUse.RecordUserId",
        "ResourceUnavailable",
        "ResourceUnavailable.InterfaceUnAuthorized",
        "ResourceUnavailable.NotRegistered",
        "ResourceUnavailable.ServiceExpired",
        "UnauthorizedOperation",
        "UnauthorizedOperation.SdkAppId",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.InvalidTaskStatus",
        "UnsupportedOperation.TaskHasAlreadyStopped",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed.The operation failed: file download fail.The operation failed: file format error.The operation failed: file open fail.The operation failed: file upload fail.The operation failed: preprocess.The operation failed: preprocess server error.The operation failed: record.The operation failed: transcode.The operation failed: transcode server error.The operation failed: whiteboard push.An internal error occurred.A parameter is invalid.A parameter is invalid: body parameter type unmatched.A parameter is invalid: callback address format error.A parameter is invalid: file format unsupported.A parameter is invalid: invalid extra.A parameter is invalid: preprocess parameter.A parameter is invalid: record parameter.A parameter is invalid: sdk app id not found.A parameter is invalid: task not found.A parameter is invalid: transcode parameter.A parameter is invalid: url format error.A limit was exceeded: task concurrency.A limit was exceeded: transcode pages limitation.Too many requests were sent.The resource is in use: record user id.The resource is unavailable.The resource is unavailable: interface un authorized.The resource is unavailable: not registered.The resource is unavailable: service expired.The operation is not authorized.The operation is not authorized: sdk app id.An unknown parameter was given.The operation is not supported.The operation is not supported: invalid task status.The operation is not supported: task has already stopped.",
        ends: &[
            0, 22, 43, 84, 124, 161, 200, 233, 279, 308, 340, 385, 423, 450, 473, 527,
            581, 629, 667, 712, 753, 798, 837, 881, 922, 961, 1010, 1038, 1077, 1105,
            1158, 1202, 1247, 1279, 1323, 1354, 1385, 1437, 1494,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 38] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaabaaaaaaaaaaaaabbccccccaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 38] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiiimccccccccccchhhjiiiiggclii",
    );
    static PILOTS: [u16; 10] = [48, 1, 16, 8, 15, 1, 10, 108, 46, 156];
    static SLOTS: [(&str, u32); 42] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            35, 26, 4294967295, 10, 9, 14, 15, 16, 6, 19, 34, 4294967295, 18, 37, 1, 25,
            36, 11, 21, 27, 20, 7, 31, 13, 32, 17, 29, 22, 24, 4, 0, 5, 28, 4294967295,
            4294967295, 23, 12, 33, 30, 8, 3, 2,
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
    const PROVIDER: &'static str = "Tencent Cloud TIW";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TIW's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TIW: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
