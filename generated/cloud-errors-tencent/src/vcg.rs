// @generated from catalogs/tencent/vcg.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud VCG: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud VCG: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.DownloadError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: download error.
    FailedOperationDownloadError,
    /// `FailedOperation.TaskNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task not exist.
    FailedOperationTaskNotExist,
    /// `FailedOperation.TaskStatusError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task status error.
    FailedOperationTaskStatusError,
    /// `FailedOperation.VideoDecodeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: video decode failed.
    FailedOperationVideoDecodeFailed,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.InvalidVideoAspectRatio`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid video aspect ratio.
    InvalidParameterValueInvalidVideoAspectRatio,
    /// `InvalidParameterValue.InvalidVideoDuration`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid video duration.
    InvalidParameterValueInvalidVideoDuration,
    /// `InvalidParameterValue.InvalidVideoFPS`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid video FPS.
    InvalidParameterValueInvalidVideoFps,
    /// `InvalidParameterValue.InvalidVideoFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid video format.
    InvalidParameterValueInvalidVideoFormat,
    /// `InvalidParameterValue.InvalidVideoResolution`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid video resolution.
    InvalidParameterValueInvalidVideoResolution,
    /// `InvalidParameterValue.ParameterValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter value error.
    InvalidParameterValueParameterValueError,
    /// `InvalidParameterValue.StyleNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: style not exist.
    InvalidParameterValueStyleNotExist,
    /// `InvalidParameterValue.UrlIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: url illegal.
    InvalidParameterValueUrlIllegal,
    /// `InvalidParameterValue.VideoSizeExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: video size exceed.
    InvalidParameterValueVideoSizeExceed,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `RequestLimitExceeded.JobNumExceed`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent: job num exceed.
    RequestLimitExceededJobNumExceed,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceUnavailable.NotExist`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not exist.
    ResourceUnavailableNotExist,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 18] = [
        "FailedOperation.DownloadError",
        "FailedOperation.TaskNotExist",
        "FailedOperation.TaskStatusError",
        "FailedOperation.VideoDecodeFailed",
        "InvalidParameterValue",
        "InvalidParameterValue.InvalidVideoAspectRatio",
        "InvalidParameterValue.InvalidVideoDuration",
        "InvalidParameterValue.InvalidVideoFPS",
        "InvalidParameterValue.InvalidVideoFormat",
        "InvalidParameterValue.InvalidVideoResolution",
        "InvalidParameterValue.ParameterValueError",
        "InvalidParameterValue.StyleNotExist",
        "InvalidParameterValue.UrlIllegal",
        "InvalidParameterValue.VideoSizeExceed",
        "RequestLimitExceeded",
        "RequestLimitExceeded.JobNumExceed",
        "ResourceInsufficient",
        "ResourceUnavailable.NotExist",
    ];
    static NAME_CODES: [u32; 1] = [7];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterValueInvalidVideoFps",
        ends: &[0, 36],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: download error.The operation failed: task not exist.The operation failed: task status error.The operation failed: video decode failed.A parameter value is invalid.A parameter value is invalid: invalid video aspect ratio.A parameter value is invalid: invalid video duration.A parameter value is invalid: invalid video FPS.A parameter value is invalid: invalid video format.A parameter value is invalid: invalid video resolution.A parameter value is invalid: parameter value error.A parameter value is invalid: style not exist.A parameter value is invalid: url illegal.A parameter value is invalid: video size exceed.Too many requests were sent.Too many requests were sent: job num exceed.Resources are insufficient.The resource is unavailable: not exist.",
        ends: &[
            0, 37, 74, 114, 156, 185, 242, 295, 343, 394, 449, 501, 547, 589, 637, 665,
            709, 736, 775,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 18] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaabbcc",
    );
    static CATEGORY: [::cloud_errors::Category; 18] = ::cloud_errors::__private::category_column(
        b"iiiicccccccccchhhi",
    );
    static PILOTS: [u16; 5] = [8, 6, 9, 15, 27];
    static SLOTS: [(&str, u32); 20] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            11, 10, 1, 15, 13, 4294967295, 17, 4, 4294967295, 16, 7, 8, 3, 0, 9, 2, 14,
            12, 6, 5,
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
    const PROVIDER: &'static str = "Tencent Cloud VCG";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud VCG's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud VCG: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
