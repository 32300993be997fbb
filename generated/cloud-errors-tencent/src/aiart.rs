// @generated from catalogs/tencent/aiart.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud AIART: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud AIART: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation.
    AuthFailureUnauthorizedOperation,
    /// `FailedOperation.ConsoleServerError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: console server error.
    FailedOperationConsoleServerError,
    /// `FailedOperation.GenerateImageFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: generate image failed.
    FailedOperationGenerateImageFailed,
    /// `FailedOperation.ImageDecodeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image decode failed.
    FailedOperationImageDecodeFailed,
    /// `FailedOperation.ImageDownloadError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image download error.
    FailedOperationImageDownloadError,
    /// `FailedOperation.ImageResolutionExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image resolution exceed.
    FailedOperationImageResolutionExceed,
    /// `FailedOperation.ImageSizeExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image size exceed.
    FailedOperationImageSizeExceed,
    /// `FailedOperation.InnerError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: inner error.
    FailedOperationInnerError,
    /// `FailedOperation.JobNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: job not exist.
    FailedOperationJobNotExist,
    /// `FailedOperation.ModerationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: moderation failed.
    FailedOperationModerationFailed,
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
    /// `InvalidParameter.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter.
    InvalidParameterInvalidParameter,
    /// `InvalidParameterValue.ImageEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image empty.
    InvalidParameterValueImageEmpty,
    /// `InvalidParameterValue.LogoParamErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: logo param err.
    InvalidParameterValueLogoParamErr,
    /// `InvalidParameterValue.ParameterValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter value error.
    InvalidParameterValueParameterValueError,
    /// `InvalidParameterValue.StyleConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: style conflict.
    InvalidParameterValueStyleConflict,
    /// `InvalidParameterValue.TextLengthExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: text length exceed.
    InvalidParameterValueTextLengthExceed,
    /// `InvalidParameterValue.UrlIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: url illegal.
    InvalidParameterValueUrlIllegal,
    /// `OperationDenied.ImageIllegalDetected`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: image illegal detected.
    OperationDeniedImageIllegalDetected,
    /// `OperationDenied.TextIllegalDetected`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: text illegal detected.
    OperationDeniedTextIllegalDetected,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `RequestLimitExceeded.JobNumExceed`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent: job num exceed.
    RequestLimitExceededJobNumExceed,
    /// `ResourceUnavailable.Delivering`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: delivering.
    ResourceUnavailableDelivering,
    /// `ResourceUnavailable.InArrears`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: in arrears.
    ResourceUnavailableInArrears,
    /// `ResourceUnavailable.LowBalance`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: low balance.
    ResourceUnavailableLowBalance,
    /// `ResourceUnavailable.NotExist`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not exist.
    ResourceUnavailableNotExist,
    /// `ResourceUnavailable.StopUsing`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: stop using.
    ResourceUnavailableStopUsing,
    /// `ResourcesSoldOut.ChargeStatusException`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out: charge status exception.
    ResourcesSoldOutChargeStatusException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 32] = [
        "AuthFailure.UnauthorizedOperation",
        "FailedOperation.ConsoleServerError",
        "FailedOperation.GenerateImageFailed",
        "FailedOperation.ImageDecodeFailed",
        "FailedOperation.ImageDownloadError",
        "FailedOperation.ImageResolutionExceed",
        "FailedOperation.ImageSizeExceed",
        "FailedOperation.InnerError",
        "FailedOperation.JobNotExist",
        "FailedOperation.ModerationFailed",
        "FailedOperation.RequestEntityTooLarge",
        "FailedOperation.RequestTimeout",
        "FailedOperation.RpcFail",
        "FailedOperation.ServerError",
        "FailedOperation.Unknown",
        "InvalidParameter.InvalidParameter",
        "InvalidParameterValue.ImageEmpty",
        "InvalidParameterValue.LogoParamErr",
        "InvalidParameterValue.ParameterValueError",
        "InvalidParameterValue.StyleConflict",
        "InvalidParameterValue.TextLengthExceed",
        "InvalidParameterValue.UrlIllegal",
        "OperationDenied.ImageIllegalDetected",
        "OperationDenied.TextIllegalDetected",
        "RequestLimitExceeded",
        "RequestLimitExceeded.JobNumExceed",
        "ResourceUnavailable.Delivering",
        "ResourceUnavailable.InArrears",
        "ResourceUnavailable.LowBalance",
        "ResourceUnavailable.NotExist",
        "ResourceUnavailable.StopUsing",
        "ResourcesSoldOut.ChargeStatusException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed: unauthorized operation.The operation failed: console server error.The operation failed: generate image failed.The operation failed: image decode failed.The operation failed: image download error.The operation failed: image resolution exceed.The operation failed: image size exceed.The operation failed: inner error.The operation failed: job not exist.The operation failed: moderation failed.The operation failed: request entity too large.The operation failed: request timeout.The operation failed: rpc fail.The operation failed: server error.The operation failed: unknown.A parameter is invalid: invalid parameter.A parameter value is invalid: image empty.A parameter value is invalid: logo param err.A parameter value is invalid: parameter value error.A parameter value is invalid: style conflict.A parameter value is invalid: text length exceed.A parameter value is invalid: url illegal.The operation was denied: image illegal detected.The operation was denied: text illegal detected.Too many requests were sent.Too many requests were sent: job num exceed.The resource is unavailable: delivering.The resource is unavailable: in arrears.The resource is unavailable: low balance.The resource is unavailable: not exist.The resource is unavailable: stop using.The resources are sold out: charge status exception.",
        ends: &[
            0, 46, 89, 133, 175, 218, 264, 304, 338, 374, 414, 461, 499, 530, 565, 595,
            637, 679, 724, 776, 821, 870, 912, 961, 1009, 1037, 1081, 1121, 1161, 1202,
            1241, 1281, 1333,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 32] = ::cloud_errors::__private::retry_column(
        b"caaaaaaaaaaaaaaaaaaaaaccbbcccccc",
    );
    static CATEGORY: [::cloud_errors::Category; 32] = ::cloud_errors::__private::category_column(
        b"piiiiiiiiiiiiiicccccccgghhiiiiih",
    );
    static PILOTS: [u16; 8] = [724, 0, 29, 2, 18, 87, 85, 8];
    static SLOTS: [(&str, u32); 35] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            0, 10, 4294967295, 25, 16, 23, 20, 8, 1, 2, 6, 18, 3, 17, 7, 22, 19, 29, 21,
            24, 4, 26, 27, 4294967295, 5, 13, 9, 12, 11, 4294967295, 28, 30, 14, 31, 15,
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
    const PROVIDER: &'static str = "Tencent Cloud AIART";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud AIART's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud AIART: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
