// @generated from catalogs/tencent/hunyuan.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud HUNYUAN: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud HUNYUAN: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.ConsoleServerError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: console server error.
    FailedOperationConsoleServerError,
    /// `FailedOperation.DownloadError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: download error.
    FailedOperationDownloadError,
    /// `FailedOperation.EngineRequestTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: engine request timeout.
    FailedOperationEngineRequestTimeout,
    /// `FailedOperation.EngineServerError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: engine server error.
    FailedOperationEngineServerError,
    /// `FailedOperation.EngineServerLimitExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: engine server limit exceeded.
    FailedOperationEngineServerLimitExceeded,
    /// `FailedOperation.FreeResourcePackExhausted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: free resource pack exhausted.
    FailedOperationFreeResourcePackExhausted,
    /// `FailedOperation.GenerateImageFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: generate image failed.
    FailedOperationGenerateImageFailed,
    /// `FailedOperation.ImageDecodeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image decode failed.
    FailedOperationImageDecodeFailed,
    /// `FailedOperation.ImageDownloadError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image download error.
    FailedOperationImageDownloadError,
    /// `FailedOperation.PartnerAccountUnSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: partner account un support.
    FailedOperationPartnerAccountUnSupport,
    /// `FailedOperation.ResourcePackExhausted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: resource pack exhausted.
    FailedOperationResourcePackExhausted,
    /// `FailedOperation.ServiceNotActivated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: service not activated.
    FailedOperationServiceNotActivated,
    /// `FailedOperation.ServiceStop`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: service stop.
    FailedOperationServiceStop,
    /// `FailedOperation.ServiceStopArrears`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: service stop arrears.
    FailedOperationServiceStopArrears,
    /// `FailedOperation.SetPayModeExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: set pay mode exceed.
    FailedOperationSetPayModeExceed,
    /// `FailedOperation.UserUnAuthError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user un auth error.
    FailedOperationUserUnAuthError,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ImageCountLimitExceededError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image count limit exceeded error.
    InvalidParameterImageCountLimitExceededError,
    /// `InvalidParameter.ImageProcessingFailureError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image processing failure error.
    InvalidParameterImageProcessingFailureError,
    /// `InvalidParameter.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter.
    InvalidParameterInvalidParameter,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.ImageRequestError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image request error.
    InvalidParameterValueImageRequestError,
    /// `InvalidParameterValue.Model`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: model.
    InvalidParameterValueModel,
    /// `InvalidParameterValue.ParameterValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter value error.
    InvalidParameterValueParameterValueError,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `OperationDenied.ImageIllegalDetected`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: image illegal detected.
    OperationDeniedImageIllegalDetected,
    /// `OperationDenied.TextIllegalDetected`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: text illegal detected.
    OperationDeniedTextIllegalDetected,
    /// `ResourceInsufficient.ChargeResourceExhaust`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: charge resource exhaust.
    ResourceInsufficientChargeResourceExhaust,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
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
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 35] = [
        "FailedOperation",
        "FailedOperation.ConsoleServerError",
        "FailedOperation.DownloadError",
        "FailedOperation.EngineRequestTimeout",
        "FailedOperation.EngineServerError",
        "FailedOperation.EngineServerLimitExceeded",
        "FailedOperation.FreeResourcePackExhausted",
        "FailedOperation.GenerateImageFailed",
        "FailedOperation.ImageDecodeFailed",
        "FailedOperation.ImageDownloadError",
        "FailedOperation.PartnerAccountUnSupport",
        "FailedOperation.ResourcePackExhausted",
        "FailedOperation.ServiceNotActivated",
        "FailedOperation.ServiceStop",
        "FailedOperation.ServiceStopArrears",
        "FailedOperation.SetPayModeExceed",
        "FailedOperation.UserUnAuthError",
        "InternalError",
        "InvalidParameter",
        "InvalidParameter.ImageCountLimitExceededError",
        "InvalidParameter.ImageProcessingFailureError",
        "InvalidParameter.InvalidParameter",
        "InvalidParameterValue",
        "InvalidParameterValue.ImageRequestError",
        "InvalidParameterValue.Model",
        "InvalidParameterValue.ParameterValueError",
        "LimitExceeded",
        "OperationDenied.ImageIllegalDetected",
        "OperationDenied.TextIllegalDetected",
        "ResourceInsufficient.ChargeResourceExhaust",
        "ResourceNotFound",
        "ResourceUnavailable.InArrears",
        "ResourceUnavailable.LowBalance",
        "ResourceUnavailable.NotExist",
        "ResourceUnavailable.StopUsing",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.The operation failed: console server error.The operation failed: download error.The operation failed: engine request timeout.The operation failed: engine server error.The operation failed: engine server limit exceeded.The operation failed: free resource pack exhausted.The operation failed: generate image failed.The operation failed: image decode failed.The operation failed: image download error.The operation failed: partner account un support.The operation failed: resource pack exhausted.The operation failed: service not activated.The operation failed: service stop.The operation failed: service stop arrears.The operation failed: set pay mode exceed.The operation failed: user un auth error.An internal error occurred.A parameter is invalid.A parameter is invalid: image count limit exceeded error.A parameter is invalid: image processing failure error.A parameter is invalid: invalid parameter.A parameter value is invalid.A parameter value is invalid: image request error.A parameter value is invalid: model.A parameter value is invalid: parameter value error.A limit was exceeded.The operation was denied: image illegal detected.The operation was denied: text illegal detected.Resources are insufficient: charge resource exhaust.The resource was not found.The resource is unavailable: in arrears.The resource is unavailable: low balance.The resource is unavailable: not exist.The resource is unavailable: stop using.",
        ends: &[
            0, 21, 64, 101, 146, 188, 239, 290, 334, 376, 419, 468, 514, 558, 593, 636,
            678, 719, 746, 769, 826, 881, 923, 952, 1002, 1038, 1090, 1111, 1160, 1208,
            1260, 1287, 1327, 1368, 1407, 1447,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 35] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaabaaaaaaaaacccacccc",
    );
    static CATEGORY: [::cloud_errors::Category; 35] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiiiiiiiiimcccccccchggheiiii",
    );
    static PILOTS: [u16; 9] = [28, 74, 8, 1, 1, 392, 12, 98, 0];
    static SLOTS: [(&str, u32); 38] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            8, 0, 25, 16, 7, 21, 32, 19, 4294967295, 23, 4, 9, 3, 4294967295, 13, 10,
            4294967295, 33, 30, 1, 5, 6, 14, 34, 18, 22, 26, 29, 15, 27, 12, 28, 20, 17,
            31, 2, 24, 11,
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
    const PROVIDER: &'static str = "Tencent Cloud HUNYUAN";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud HUNYUAN's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud HUNYUAN: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
