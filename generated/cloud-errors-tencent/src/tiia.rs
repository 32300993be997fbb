// @generated from catalogs/tencent/tiia.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TIIA: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TIIA: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure.InvalidAuthorization`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: invalid authorization.
    AuthFailureInvalidAuthorization,
    /// `FailedOperation.BalanceInsufficient`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: balance insufficient.
    FailedOperationBalanceInsufficient,
    /// `FailedOperation.DownLoadError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: down load error.
    FailedOperationDownLoadError,
    /// `FailedOperation.EmptyImageError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: empty image error.
    FailedOperationEmptyImageError,
    /// `FailedOperation.GroupCountExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: group count exceeded.
    FailedOperationGroupCountExceeded,
    /// `FailedOperation.ImageDecodeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image decode failed.
    FailedOperationImageDecodeFailed,
    /// `FailedOperation.ImageDeleteFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image delete failed.
    FailedOperationImageDeleteFailed,
    /// `FailedOperation.ImageDownloadError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image download error.
    FailedOperationImageDownloadError,
    /// `FailedOperation.ImageEntityCountExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image entity count exceed.
    FailedOperationImageEntityCountExceed,
    /// `FailedOperation.ImageGroupChargeStatusClose`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image group charge status close.
    FailedOperationImageGroupChargeStatusClose,
    /// `FailedOperation.ImageGroupEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image group empty.
    FailedOperationImageGroupEmpty,
    /// `FailedOperation.ImageNotFoundInfo`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image not found info.
    FailedOperationImageNotFoundInfo,
    /// `FailedOperation.ImageNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image not supported.
    FailedOperationImageNotSupported,
    /// `FailedOperation.ImageNumExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image num exceed.
    FailedOperationImageNumExceed,
    /// `FailedOperation.ImageResolutionExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image resolution exceed.
    FailedOperationImageResolutionExceed,
    /// `FailedOperation.ImageResolutionInsufficient`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image resolution insufficient.
    FailedOperationImageResolutionInsufficient,
    /// `FailedOperation.ImageSearchInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image search invalid.
    FailedOperationImageSearchInvalid,
    /// `FailedOperation.ImageSizeExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image size exceed.
    FailedOperationImageSizeExceed,
    /// `FailedOperation.ImageUnQualified`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image un qualified.
    FailedOperationImageUnQualified,
    /// `FailedOperation.ImageUrlInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image url invalid.
    FailedOperationImageUrlInvalid,
    /// `FailedOperation.InnerError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: inner error.
    FailedOperationInnerError,
    /// `FailedOperation.InvokeChargeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invoke charge error.
    FailedOperationInvokeChargeError,
    /// `FailedOperation.NoBodyInPhoto`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no body in photo.
    FailedOperationNoBodyInPhoto,
    /// `FailedOperation.NoObjectDetected`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no object detected.
    FailedOperationNoObjectDetected,
    /// `FailedOperation.ParameterEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: parameter empty.
    FailedOperationParameterEmpty,
    /// `FailedOperation.RecognizeFailded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: recognize failded.
    FailedOperationRecognizeFailded,
    /// `FailedOperation.RequestError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: request error.
    FailedOperationRequestError,
    /// `FailedOperation.RequestTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: request timeout.
    FailedOperationRequestTimeout,
    /// `FailedOperation.RpcFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rpc fail.
    FailedOperationRpcFail,
    /// `FailedOperation.ServerError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: server error.
    FailedOperationServerError,
    /// `FailedOperation.TooLargeFileError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: too large file error.
    FailedOperationTooLargeFileError,
    /// `FailedOperation.UnKnowError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: un know error.
    FailedOperationUnKnowError,
    /// `FailedOperation.UnOpenError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: un open error.
    FailedOperationUnOpenError,
    /// `FailedOperation.Unknown`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unknown.
    FailedOperationUnknown,
    /// `InvalidParameter.ImageFormatNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image format not support.
    InvalidParameterImageFormatNotSupport,
    /// `InvalidParameter.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter.
    InvalidParameterInvalidParameter,
    /// `InvalidParameter.PictureSolidColorError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: picture solid color error.
    InvalidParameterPictureSolidColorError,
    /// `InvalidParameterValue.BriefTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: brief too long.
    InvalidParameterValueBriefTooLong,
    /// `InvalidParameterValue.CustomContentTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: custom content too long.
    InvalidParameterValueCustomContentTooLong,
    /// `InvalidParameterValue.EntityIdEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: entity id empty.
    InvalidParameterValueEntityIdEmpty,
    /// `InvalidParameterValue.EntityIdTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: entity id too long.
    InvalidParameterValueEntityIdTooLong,
    /// `InvalidParameterValue.FilterInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: filter invalid.
    InvalidParameterValueFilterInvalid,
    /// `InvalidParameterValue.FilterSizeExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: filter size exceed.
    InvalidParameterValueFilterSizeExceed,
    /// `InvalidParameterValue.ImageEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image empty.
    InvalidParameterValueImageEmpty,
    /// `InvalidParameterValue.ImageGroupIdAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image group id already exist.
    InvalidParameterValueImageGroupIdAlreadyExist,
    /// `InvalidParameterValue.ImageGroupIdIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image group id illegal.
    InvalidParameterValueImageGroupIdIllegal,
    /// `InvalidParameterValue.ImageGroupIdNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image group id not exist.
    InvalidParameterValueImageGroupIdNotExist,
    /// `InvalidParameterValue.ImageGroupIdTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image group id too long.
    InvalidParameterValueImageGroupIdTooLong,
    /// `InvalidParameterValue.ImageGroupNameEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image group name empty.
    InvalidParameterValueImageGroupNameEmpty,
    /// `InvalidParameterValue.ImageGroupNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image group name too long.
    InvalidParameterValueImageGroupNameTooLong,
    /// `InvalidParameterValue.InvalidParameterValueLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter value limit.
    InvalidParameterValueInvalidParameterValueLimit,
    /// `InvalidParameterValue.LimitExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit exceed.
    InvalidParameterValueLimitExceed,
    /// `InvalidParameterValue.PicNameAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: pic name already exist.
    InvalidParameterValuePicNameAlreadyExist,
    /// `InvalidParameterValue.PicNameEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: pic name empty.
    InvalidParameterValuePicNameEmpty,
    /// `InvalidParameterValue.PicNameInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: pic name invalid.
    InvalidParameterValuePicNameInvalid,
    /// `InvalidParameterValue.PicNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: pic name too long.
    InvalidParameterValuePicNameTooLong,
    /// `InvalidParameterValue.TagsKeysExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tags keys exceed.
    InvalidParameterValueTagsKeysExceed,
    /// `InvalidParameterValue.TagsValueIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tags value illegal.
    InvalidParameterValueTagsValueIllegal,
    /// `InvalidParameterValue.TagsValueSizeExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tags value size exceed.
    InvalidParameterValueTagsValueSizeExceed,
    /// `InvalidParameterValue.UrlIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: url illegal.
    InvalidParameterValueUrlIllegal,
    /// `LimitExceeded.TooLargeFileError`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: too large file error.
    LimitExceededTooLargeFileError,
    /// `MissingParameter.ErrorParameterEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: error parameter empty.
    MissingParameterErrorParameterEmpty,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceUnavailable.InArrears`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: in arrears.
    ResourceUnavailableInArrears,
    /// `ResourceUnavailable.IsOpening`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: is opening.
    ResourceUnavailableIsOpening,
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
    static CODES: [&str; 68] = [
        "AuthFailure.InvalidAuthorization",
        "FailedOperation.BalanceInsufficient",
        "FailedOperation.DownLoadError",
        "FailedOperation.EmptyImageError",
        "FailedOperation.GroupCountExceeded",
        "FailedOperation.ImageDecodeFailed",
        "FailedOperation.ImageDeleteFailed",
        "FailedOperation.ImageDownloadError",
        "FailedOperation.ImageEntityCountExceed",
        "FailedOperation.ImageGroupChargeStatusClose",
        "FailedOperation.ImageGroupEmpty",
        "FailedOperation.ImageNotFoundInfo",
        "FailedOperation.ImageNotSupported",
        "FailedOperation.ImageNumExceed",
        "FailedOperation.ImageResolutionExceed",
        "FailedOperation.ImageResolutionInsufficient",
        "FailedOperation.ImageSearchInvalid",
        "FailedOperation.ImageSizeExceed",
        "FailedOperation.ImageUnQualified",
        "FailedOperation.ImageUrlInvalid",
        "FailedOperation.InnerError",
        "FailedOperation.InvokeChargeError",
        "FailedOperation.NoBodyInPhoto",
        "FailedOperation.NoObjectDetected",
        "FailedOperation.ParameterEmpty",
        "FailedOperation.RecognizeFailded",
        "FailedOperation.RequestError",
        "FailedOperation.RequestTimeout",
        "FailedOperation.RpcFail",
        "FailedOperation.ServerError",
        "FailedOperation.TooLargeFileError",
        "FailedOperation.UnKnowError",
        "FailedOperation.UnOpenError",
        "FailedOperation.Unknown",
        "InvalidParameter.ImageFormatNotSupport",
        "InvalidParameter.InvalidParameter",
        "InvalidParameter.PictureSolidColorError",
        "InvalidParameterValue.BriefTooLong",
        "InvalidParameterValue.CustomContentTooLong",
        "InvalidParameterValue.EntityIdEmpty",
        "InvalidParameterValue.EntityIdTooLong",
        "InvalidParameterValue.FilterInvalid",
        "InvalidParameterValue.FilterSizeExceed",
        "InvalidParameterValue.ImageEmpty",
        "InvalidParameterValue.ImageGroupIdAlreadyExist",
        "InvalidParameterValue.ImageGroupIdIllegal",
        "InvalidParameterValue.ImageGroupIdNotExist",
        "InvalidParameterValue.ImageGroupIdTooLong",
        "InvalidParameterValue.ImageGroupNameEmpty",
        "InvalidParameterValue.ImageGroupNameTooLong",
        "InvalidParameterValue.InvalidParameterValueLimit",
        "InvalidParameterValue.LimitExceed",
        "InvalidParameterValue.PicNameAlreadyExist",
        "InvalidParameterValue.PicNameEmpty",
        "InvalidParameterValue.PicNameInvalid",
        "InvalidParameterValue.PicNameTooLong",
        "InvalidParameterValue.TagsKeysExceed",
        "InvalidParameterValue.TagsValueIllegal",
        "InvalidParameterValue.TagsValueSizeExceed",
        "InvalidParameterValue.UrlIllegal",
        "LimitExceeded.TooLargeFileError",
        "MissingParameter.ErrorParameterEmpty",
        "RequestLimitExceeded",
        "ResourceUnavailable.InArrears",
        "ResourceUnavailable.IsOpening",
        "ResourceUnavailable.NotExist",
        "ResourceUnavailable.StopUsing",
        "ResourcesSoldOut.ChargeStatusException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed: invalid authorization.The operation failed: balance insufficient.The operation failed: down load error.The operation failed: empty image error.The operation failed: group count exceeded.The operation failed: image decode failed.The operation failed: image delete failed.The operation failed: image download error.The operation failed: image entity count exceed.The operation failed: image group charge status close.The operation failed: image group empty.The operation failed: image not found info.The operation failed: image not supported.The operation failed: image num exceed.The operation failed: image resolution exceed.The operation failed: image resolution insufficient.The operation failed: image search invalid.The operation failed: image size exceed.The operation failed: image un qualified.The operation failed: image url invalid.The operation failed: inner error.The operation failed: invoke charge error.The operation failed: no body in photo.The operation failed: no object detected.The operation failed: parameter empty.The operation failed: recognize failded.The operation failed: request error.The operation failed: request timeout.The operation failed: rpc fail.The operation failed: server error.The operation failed: too large file error.The operation failed: un know error.The operation failed: un open error.The operation failed: unknown.A parameter is invalid: image format not support.A parameter is invalid: invalid parameter.A parameter is invalid: picture solid color error.A parameter value is invalid: brief too long.A parameter value is invalid: custom content too long.A parameter value is invalid: entity id empty.A parameter value is invalid: entity id too long.A parameter value is invalid: filter invalid.A parameter value is invalid: filter size exceed.A parameter value is invalid: image empty.A parameter value is invalid: image group id already exist.A parameter value is invalid: image group id illegal.A parameter value is invalid: image group id not exist.A parameter value is invalid: image group id too long.A parameter value is invalid: image group name empty.A parameter value is invalid: image group name too long.A parameter value is invalid: invalid parameter value limit.A parameter value is invalid: limit exceed.A parameter value is invalid: pic name already exist.A parameter value is invalid: pic name empty.A parameter value is invalid: pic name invalid.A parameter value is invalid: pic name too long.A parameter value is invalid: tags keys exceed.A parameter value is invalid: tags value illegal.A parameter value is invalid: tags value size exceed.A parameter value is invalid: url illegal.A limit was exceeded: too large file error.A required parameter is missing: error parameter empty.Too many requests were sent.The resource is unavailable: in arrears.The resource is unavailable: is opening.The resource is unavailable: not exist.The resource is unavailable: stop using.The resources are sold out: charge status exception.",
        ends: &[
            0, 45, 88, 126, 166, 209, 251, 293, 336, 384, 438, 478, 521, 563, 602, 648,
            700, 743, 783, 824, 864, 898, 940, 979, 1020, 1058, 1098, 1134, 1172, 1203,
            1238, 1281, 1317, 1353, 1383, 1432, 1474, 1524, 1569, 1623, 1669, 1718, 1763,
            1812, 1854, 1913, 1966, 2021, 2075, 2128, 2184, 2244, 2287, 2340, 2385, 2432,
            2480, 2527, 2576, 2629, 2671, 2714, 2769, 2797, 2837, 2877, 2916, 2956, 3008,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 68] = ::cloud_errors::__private::retry_column(
        b"caaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabccccc",
    );
    static CATEGORY: [::cloud_errors::Category; 68] = ::cloud_errors::__private::category_column(
        b"piiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiicccccccccccccccccccccccccchchiiiih",
    );
    static PILOTS: [u16; 17] = [
        11, 1, 35, 4, 126, 89, 17, 268, 9, 6, 3, 12, 0, 12, 126, 0, 15,
    ];
    static SLOTS: [(&str, u32); 75] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            9, 43, 55, 26, 19, 65, 31, 22, 4294967295, 21, 24, 11, 20, 8, 63, 4294967295,
            39, 33, 18, 6, 7, 34, 13, 51, 25, 36, 10, 32, 1, 64, 30, 4294967295,
            4294967295, 40, 60, 27, 4, 4294967295, 15, 23, 49, 46, 17, 37, 57, 29, 61,
            47, 35, 52, 16, 4294967295, 67, 45, 12, 54, 50, 2, 0, 59, 44, 14, 58, 38, 53,
            66, 56, 4294967295, 5, 28, 48, 42, 3, 62, 41,
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
    const PROVIDER: &'static str = "Tencent Cloud TIIA";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TIIA's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TIIA: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
