// @generated from catalogs/tencent/ims_v20201229.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud IMS v20201229: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud IMS v20201229: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The request was a dry run and was not carried out.
    DryRunOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal error.
    InternalErrorInternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ImageAspectRatioTooLarge`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image aspect ratio too large.
    InvalidParameterImageAspectRatioTooLarge,
    /// `InvalidParameter.ImageDataTooSmall`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image data too small.
    InvalidParameterImageDataTooSmall,
    /// `InvalidParameter.ImageSizeTooSmall`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image size too small.
    InvalidParameterImageSizeTooSmall,
    /// `InvalidParameter.InvalidImageContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid image content.
    InvalidParameterInvalidImageContent,
    /// `InvalidParameter.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter.
    InvalidParameterInvalidParameter,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.EmptyImageContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: empty image content.
    InvalidParameterValueEmptyImageContent,
    /// `InvalidParameterValue.ImageSizeTooSmall`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image size too small.
    InvalidParameterValueImageSizeTooSmall,
    /// `InvalidParameterValue.InvalidCallbackUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid callback url.
    InvalidParameterValueInvalidCallbackUrl,
    /// `InvalidParameterValue.InvalidContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid content.
    InvalidParameterValueInvalidContent,
    /// `InvalidParameterValue.InvalidDataId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid data id.
    InvalidParameterValueInvalidDataId,
    /// `InvalidParameterValue.InvalidFileContentSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid file content size.
    InvalidParameterValueInvalidFileContentSize,
    /// `InvalidParameterValue.InvalidImageContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid image content.
    InvalidParameterValueInvalidImageContent,
    /// `InvalidParameterValue.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter.
    InvalidParameterValueInvalidParameter,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.ImageDownloadError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: image download error.
    ResourceUnavailableImageDownloadError,
    /// `ResourceUnavailable.InQueueError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: in queue error.
    ResourceUnavailableInQueueError,
    /// `ResourceUnavailable.InvalidImageContent`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: invalid image content.
    ResourceUnavailableInvalidImageContent,
    /// `ResourceUnavailable.ModelCallFailed`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: model call failed.
    ResourceUnavailableModelCallFailed,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.Unauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: unauthorized.
    UnauthorizedOperationUnauthorized,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 36] = [
        "DryRunOperation",
        "FailedOperation",
        "InternalError",
        "InternalError.InternalError",
        "InvalidParameter",
        "InvalidParameter.ImageAspectRatioTooLarge",
        "InvalidParameter.ImageDataTooSmall",
        "InvalidParameter.ImageSizeTooSmall",
        "InvalidParameter.InvalidImageContent",
        "InvalidParameter.InvalidParameter",
        "InvalidParameterValue",
        "InvalidParameterValue.EmptyImageContent",
        "InvalidParameterValue.ImageSizeTooSmall",
        "InvalidParameterValue.InvalidCallbackUrl",
        "InvalidParameterValue.InvalidContent",
        "InvalidParameterValue.InvalidDataId",
        "InvalidParameterValue.InvalidFileContentSize",
        "InvalidParameterValue.InvalidImageContent",
        "InvalidParameterValue.InvalidParameter",
        "LimitExceeded",
        "MissingParameter",
        "OperationDenied",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceUnavailable",
        "ResourceUnavailable.ImageDownloadError",
        "ResourceUnavailable.InQueueError",
        "ResourceUnavailable.InvalidImageContent",
        "ResourceUnavailable.ModelCallFailed",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnauthorizedOperation.Unauthorized",
        "UnknownParameter",
        "UnsupportedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The request was a dry run and was not carried out.The operation failed.An internal error occurred.An internal error occurred: internal error.A parameter is invalid.A parameter is invalid: image aspect ratio too large.A parameter is invalid: image data too small.A parameter is invalid: image size too small.A parameter is invalid: invalid image content.A parameter is invalid: invalid parameter.A parameter value is invalid.A parameter value is invalid: empty image content.A parameter value is invalid: image size too small.A parameter value is invalid: invalid callback url.A parameter value is invalid: invalid content.A parameter value is invalid: invalid data id.A parameter value is invalid: invalid file content size.A parameter value is invalid: invalid image content.A parameter value is invalid: invalid parameter.A limit was exceeded.A required parameter is missing.The operation was denied.Too many requests were sent.The resource is in use.Resources are insufficient.The resource was not found.The resource is unavailable.The resource is unavailable: image download error.The resource is unavailable: in queue error.The resource is unavailable: invalid image content.The resource is unavailable: model call failed.The resources are sold out.The operation is not authorized.The operation is not authorized: unauthorized.An unknown parameter was given.The operation is not supported.",
        ends: &[
            0, 50, 71, 98, 141, 164, 217, 262, 307, 353, 395, 424, 474, 525, 576, 622,
            668, 724, 776, 824, 845, 877, 902, 930, 953, 980, 1007, 1035, 1085, 1129,
            1180, 1227, 1254, 1286, 1332, 1363, 1394,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 36] = ::cloud_errors::__private::retry_column(
        b"aabbaaaaaaaaaaaaaaaaacbbcaccccccccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 36] = ::cloud_errors::__private::category_column(
        b"iimmccccccccccccccchcghjheiiiiihggcl",
    );
    static PILOTS: [u16; 9] = [12, 5, 52, 11, 23, 24, 1, 10, 10];
    static SLOTS: [(&str, u32); 40] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            32, 31, 27, 23, 15, 25, 16, 28, 18, 34, 24, 10, 33, 21, 4294967295, 11, 4,
            4294967295, 9, 19, 17, 4294967295, 7, 13, 0, 8, 6, 30, 2, 3, 20, 12, 14, 5,
            35, 22, 26, 1, 4294967295, 29,
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
    const PROVIDER: &'static str = "Tencent Cloud IMS v20201229";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud IMS v20201229's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud IMS v20201229: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
