// @generated from catalogs/tencent/cms.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CMS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CMS: a variant per documented code,
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
    /// `InvalidParameter.ParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: parameter error.
    InvalidParameterParameterError,
    /// `InvalidParameterValue.ErrFileContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: err file content.
    InvalidParameterValueErrFileContent,
    /// `InvalidParameterValue.ErrImageSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: err image size.
    InvalidParameterValueErrImageSize,
    /// `InvalidParameterValue.ErrTextContentLen`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: err text content len.
    InvalidParameterValueErrTextContentLen,
    /// `InvalidParameterValue.ErrTextContentType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: err text content type.
    InvalidParameterValueErrTextContentType,
    /// `InvalidParameterValue.InvalidContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid content.
    InvalidParameterValueInvalidContent,
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
    /// `MissingParameter.ErrFileUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: err file url.
    MissingParameterErrFileUrl,
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
    /// `ResourceNotFound.ErrDowdownInternalError`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: err dowdown internal error.
    ResourceNotFoundErrDowdownInternalError,
    /// `ResourceNotFound.ErrDowdownParamsError`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: err dowdown params error.
    ResourceNotFoundErrDowdownParamsError,
    /// `ResourceNotFound.ErrDowdownSourceError`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: err dowdown source error.
    ResourceNotFoundErrDowdownSourceError,
    /// `ResourceNotFound.ErrDowdownTimeOut`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: err dowdown time out.
    ResourceNotFoundErrDowdownTimeOut,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.ErrImageTimeOut`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: err image time out.
    ResourceUnavailableErrImageTimeOut,
    /// `ResourceUnavailable.ErrTextTimeOut`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: err text time out.
    ResourceUnavailableErrTextTimeOut,
    /// `ResourceUnavailable.ImageDownloadError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: image download error.
    ResourceUnavailableImageDownloadError,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.ErrAuth`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: err auth.
    UnauthorizedOperationErrAuth,
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
    static CODES: [&str; 39] = [
        "AuthFailure",
        "FailedOperation",
        "InternalError",
        "InternalError.InternalError",
        "InvalidParameter",
        "InvalidParameter.ImageAspectRatioTooLarge",
        "InvalidParameter.ImageDataTooSmall",
        "InvalidParameter.ImageSizeTooSmall",
        "InvalidParameter.InvalidImageContent",
        "InvalidParameter.ParameterError",
        "InvalidParameterValue.ErrFileContent",
        "InvalidParameterValue.ErrImageSize",
        "InvalidParameterValue.ErrTextContentLen",
        "InvalidParameterValue.ErrTextContentType",
        "InvalidParameterValue.InvalidContent",
        "InvalidParameterValue.InvalidFileContentSize",
        "InvalidParameterValue.InvalidImageContent",
        "InvalidParameterValue.InvalidParameter",
        "LimitExceeded",
        "MissingParameter",
        "MissingParameter.ErrFileUrl",
        "OperationDenied",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceNotFound.ErrDowdownInternalError",
        "ResourceNotFound.ErrDowdownParamsError",
        "ResourceNotFound.ErrDowdownSourceError",
        "ResourceNotFound.ErrDowdownTimeOut",
        "ResourceUnavailable",
        "ResourceUnavailable.ErrImageTimeOut",
        "ResourceUnavailable.ErrTextTimeOut",
        "ResourceUnavailable.ImageDownloadError",
        "UnauthorizedOperation",
        "UnauthorizedOperation.ErrAuth",
        "UnauthorizedOperation.Unauthorized",
        "UnknownParameter",
        "UnsupportedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed.An internal error occurred.An internal error occurred: internal error.A parameter is invalid.A parameter is invalid: image aspect ratio too large.A parameter is invalid: image data too small.A parameter is invalid: image size too small.A parameter is invalid: invalid image content.A parameter is invalid: parameter error.A parameter value is invalid: err file content.A parameter value is invalid: err image size.A parameter value is invalid: err text content len.A parameter value is invalid: err text content type.A parameter value is invalid: invalid content.A parameter value is invalid: invalid file content size.A parameter value is invalid: invalid image content.A parameter value is invalid: invalid parameter.A limit was exceeded.A required parameter is missing.A required parameter is missing: err file url.The operation was denied.Too many requests were sent.The resource is in use.Resources are insufficient.The resource was not found.The resource was not found: err dowdown internal error.The resource was not found: err dowdown params error.The resource was not found: err dowdown source error.The resource was not found: err dowdown time out.The resource is unavailable.The resource is unavailable: err image time out.The resource is unavailable: err text time out.The resource is unavailable: image download error.The operation is not authorized.The operation is not authorized: err auth.The operation is not authorized: unauthorized.An unknown parameter was given.The operation is not supported.",
        ends: &[
            0, 22, 43, 70, 113, 136, 189, 234, 279, 325, 365, 412, 457, 508, 560, 606,
            662, 714, 762, 783, 815, 861, 886, 914, 937, 964, 991, 1046, 1099, 1152,
            1201, 1229, 1277, 1324, 1374, 1406, 1448, 1494, 1525, 1556,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 39] = ::cloud_errors::__private::retry_column(
        b"aabbaaaaaaaaaaaaaaaaacbbcaaaaacccccccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 39] = ::cloud_errors::__private::category_column(
        b"bimmcccccccccccccchccghjheeeeeiiiigggcl",
    );
    static PILOTS: [u16; 10] = [3, 42, 7, 67, 2, 286, 8, 10, 19, 63];
    static SLOTS: [(&str, u32); 43] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 4294967295, 8, 10, 9, 31, 38, 25, 32, 35, 29, 36, 0, 12, 16, 37,
            6, 22, 4, 26, 2, 15, 33, 18, 7, 23, 24, 13, 20, 11, 19, 5, 28, 4294967295,
            14, 21, 3, 30, 34, 1, 27, 4294967295, 17,
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
    const PROVIDER: &'static str = "Tencent Cloud CMS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CMS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CMS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
