// @generated from catalogs/tencent/ecc.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud ECC: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud ECC: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.CorrectError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: correct error.
    InternalErrorCorrectError,
    /// `InternalError.DataFormatAbnormalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: data format abnormal error.
    InternalErrorDataFormatAbnormalError,
    /// `InternalError.DatabaseServerInternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: database server internal error.
    InternalErrorDatabaseServerInternalError,
    /// `InternalError.OcrError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: ocr error.
    InternalErrorOcrError,
    /// `InternalError.OcrServerInternError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: ocr server intern error.
    InternalErrorOcrServerInternError,
    /// `InternalError.OtherError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: other error.
    InternalErrorOtherError,
    /// `InternalError.OverLoadError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: over load error.
    InternalErrorOverLoadError,
    /// `InternalError.RecognizeError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: recognize error.
    InternalErrorRecognizeError,
    /// `InternalError.ServerConnectDownloadError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: server connect download error.
    InternalErrorServerConnectDownloadError,
    /// `InternalError.SplitError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: split error.
    InternalErrorSplitError,
    /// `InvalidParameter.EmptyParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: empty parameter error.
    InvalidParameterEmptyParameterError,
    /// `InvalidParameter.InputError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: input error.
    InvalidParameterInputError,
    /// `InvalidParameter.TaskNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: task not found.
    InvalidParameterTaskNotFound,
    /// `InvalidParameterValue.AppidInvalidError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: appid invalid error.
    InvalidParameterValueAppidInvalidError,
    /// `InvalidParameterValue.DecodeImageError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: decode image error.
    InvalidParameterValueDecodeImageError,
    /// `InvalidParameterValue.DownloadImageFailError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: download image fail error.
    InvalidParameterValueDownloadImageFailError,
    /// `InvalidParameterValue.EmptyImageError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: empty image error.
    InvalidParameterValueEmptyImageError,
    /// `InvalidParameterValue.ImageDownloadFailError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image download fail error.
    InvalidParameterValueImageDownloadFailError,
    /// `InvalidParameterValue.ImageSizeExceedError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image size exceed error.
    InvalidParameterValueImageSizeExceedError,
    /// `InvalidParameterValue.ImageTooBigError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image too big error.
    InvalidParameterValueImageTooBigError,
    /// `InvalidParameterValue.InputTypeValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: input type value error.
    InvalidParameterValueInputTypeValueError,
    /// `InvalidParameterValue.SessionError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: session error.
    InvalidParameterValueSessionError,
    /// `InvalidParameterValue.UrlFromatIvadlidError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: url fromat ivadlid error.
    InvalidParameterValueUrlFromatIvadlidError,
    /// `LimitExceeded.FreqLimitForbiddenAccessError`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: freq limit forbidden access error.
    LimitExceededFreqLimitForbiddenAccessError,
    /// `ResourceNotFound.CannotFindUser`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cannot find user.
    ResourceNotFoundCannotFindUser,
    /// `ResourceNotFound.ServerNameNotExistInLicenseError`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: server name not exist in license error.
    ResourceNotFoundServerNameNotExistInLicenseError,
    /// `ResourceUnavailable.AuthorizeError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: authorize error.
    ResourceUnavailableAuthorizeError,
    /// `UnauthorizedOperation.LicenseInvalidForbiddenAccessError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: license invalid forbidden access error.
    UnauthorizedOperationLicenseInvalidForbiddenAccessError,
    /// `UnauthorizedOperation.ServerNameUnauthorizedInError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: server name unauthorized in error.
    UnauthorizedOperationServerNameUnauthorizedInError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 30] = [
        "InternalError",
        "InternalError.CorrectError",
        "InternalError.DataFormatAbnormalError",
        "InternalError.DatabaseServerInternalError",
        "InternalError.OcrError",
        "InternalError.OcrServerInternError",
        "InternalError.OtherError",
        "InternalError.OverLoadError",
        "InternalError.RecognizeError",
        "InternalError.ServerConnectDownloadError",
        "InternalError.SplitError",
        "InvalidParameter.EmptyParameterError",
        "InvalidParameter.InputError",
        "InvalidParameter.TaskNotFound",
        "InvalidParameterValue.AppidInvalidError",
        "InvalidParameterValue.DecodeImageError",
        "InvalidParameterValue.DownloadImageFailError",
        "InvalidParameterValue.EmptyImageError",
        "InvalidParameterValue.ImageDownloadFailError",
        "InvalidParameterValue.ImageSizeExceedError",
        "InvalidParameterValue.ImageTooBigError",
        "InvalidParameterValue.InputTypeValueError",
        "InvalidParameterValue.SessionError",
        "InvalidParameterValue.UrlFromatIvadlidError",
        "LimitExceeded.FreqLimitForbiddenAccessError",
        "ResourceNotFound.CannotFindUser",
        "ResourceNotFound.ServerNameNotExistInLicenseError",
        "ResourceUnavailable.AuthorizeError",
        "UnauthorizedOperation.LicenseInvalidForbiddenAccessError",
        "UnauthorizedOperation.ServerNameUnauthorizedInError",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "An internal error occurred.An internal error occurred: correct error.An internal error occurred: data format abnormal error.An internal error occurred: database server internal error.An internal error occurred: ocr error.An internal error occurred: ocr server intern error.An internal error occurred: other error.An internal error occurred: over load error.An internal error occurred: recognize error.An internal error occurred: server connect download error.An internal error occurred: split error.A parameter is invalid: empty parameter error.A parameter is invalid: input error.A parameter is invalid: task not found.A parameter value is invalid: appid invalid error.A parameter value is invalid: decode image error.A parameter value is invalid: download image fail error.A parameter value is invalid: empty image error.A parameter value is invalid: image download fail error.A parameter value is invalid: image size exceed error.A parameter value is invalid: image too big error.A parameter value is invalid: input type value error.A parameter value is invalid: session error.A parameter value is invalid: url fromat ivadlid error.A limit was exceeded: freq limit forbidden access error.The resource was not found: cannot find user.The resource was not found: server name not exist in license error.The resource is unavailable: authorize error.The operation is not authorized: license invalid forbidden access error.The operation is not authorized: server name unauthorized in error.",
        ends: &[
            0, 27, 69, 124, 183, 221, 273, 313, 357, 401, 459, 499, 545, 581, 620, 670,
            719, 775, 823, 879, 933, 983, 1036, 1080, 1135, 1191, 1236, 1303, 1348, 1420,
            1487,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 30] = ::cloud_errors::__private::retry_column(
        b"bbbbbbbbbbbaaaaaaaaaaaaaaaaccc",
    );
    static CATEGORY: [::cloud_errors::Category; 30] = ::cloud_errors::__private::category_column(
        b"mmmmmmmmmmmcccccccccccccheeigg",
    );
    static PILOTS: [u16; 8] = [1, 15, 0, 18, 8, 257, 0, 2];
    static SLOTS: [(&str, u32); 33] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            16, 5, 7, 3, 28, 20, 26, 15, 23, 10, 12, 21, 17, 4294967295, 8, 4294967295,
            19, 25, 11, 4294967295, 18, 29, 0, 27, 13, 2, 14, 4, 6, 24, 9, 22, 1,
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
    const PROVIDER: &'static str = "Tencent Cloud ECC";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud ECC's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud ECC: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
