// @generated from catalogs/alibaba/alimt.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud alimt: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud alimt: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `10001`: no documented HTTP status; retry: never; category: unknown.
    /// Numeric error code 10001; see the product\'s documentation for its meaning.
    Code10001,
    /// `10003`: no documented HTTP status; retry: never; category: unknown.
    /// Numeric error code 10003; see the product\'s documentation for its meaning.
    Code10003,
    /// `10004`: no documented HTTP status; retry: never; category: unknown.
    /// Numeric error code 10004; see the product\'s documentation for its meaning.
    Code10004,
    /// `10005`: no documented HTTP status; retry: never; category: unknown.
    /// Numeric error code 10005; see the product\'s documentation for its meaning.
    Code10005,
    /// `10006`: no documented HTTP status; retry: never; category: unknown.
    /// Numeric error code 10006; see the product\'s documentation for its meaning.
    Code10006,
    /// `10007`: no documented HTTP status; retry: never; category: unknown.
    /// Numeric error code 10007; see the product\'s documentation for its meaning.
    Code10007,
    /// `10008`: no documented HTTP status; retry: never; category: unknown.
    /// Numeric error code 10008; see the product\'s documentation for its meaning.
    Code10008,
    /// `10010`: HTTP 400; retry: never; category: invalid_argument.
    /// Numeric error code 10010; see the product\'s documentation for its meaning.
    Code10010,
    /// `10013`: HTTP 400; retry: never; category: invalid_argument.
    /// Numeric error code 10013; see the product\'s documentation for its meaning.
    Code10013,
    /// `10021`: HTTP 400; retry: never; category: invalid_argument.
    /// Numeric error code 10021; see the product\'s documentation for its meaning.
    Code10021,
    /// `10026`: HTTP 400; retry: never; category: invalid_argument.
    /// Numeric error code 10026; see the product\'s documentation for its meaning.
    Code10026,
    /// `10009`: HTTP 403; retry: never; category: permission_denied.
    /// Numeric error code 10009; see the product\'s documentation for its meaning.
    Code10009,
    /// `10025`: HTTP 404; retry: never; category: not_found.
    /// Numeric error code 10025; see the product\'s documentation for its meaning.
    Code10025,
    /// `10002`: HTTP 500; retry: never; category: internal.
    /// Numeric error code 10002; see the product\'s documentation for its meaning.
    Code10002,
    /// `10011`: HTTP 500; retry: never; category: internal.
    /// Numeric error code 10011; see the product\'s documentation for its meaning.
    Code10011,
    /// `10012`: HTTP 500; retry: never; category: internal.
    /// Numeric error code 10012; see the product\'s documentation for its meaning.
    Code10012,
    /// `19999`: no documented HTTP status; retry: never; category: unknown.
    /// Numeric error code 19999; see the product\'s documentation for its meaning.
    Code19999,
    /// `10022`: HTTP 400; retry: never; category: invalid_argument.
    /// Numeric error code 10022; see the product\'s documentation for its meaning.
    Code10022,
    /// `10023`: HTTP 400; retry: never; category: invalid_argument.
    /// Numeric error code 10023; see the product\'s documentation for its meaning.
    Code10023,
    /// `10024`: HTTP 400; retry: never; category: invalid_argument.
    /// Numeric error code 10024; see the product\'s documentation for its meaning.
    Code10024,
    /// `10030`: HTTP 400; retry: never; category: invalid_argument.
    /// Numeric error code 10030; see the product\'s documentation for its meaning.
    Code10030,
    /// `10031`: HTTP 400; retry: never; category: invalid_argument.
    /// Numeric error code 10031; see the product\'s documentation for its meaning.
    Code10031,
    /// `InvalidAccountStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account status.
    InvalidAccountStatus,
    /// `10029`: HTTP 403; retry: never; category: permission_denied.
    /// Numeric error code 10029; see the product\'s documentation for its meaning.
    Code10029,
    /// `REQUESTS.OVER.LIMIT`: HTTP 429; retry: never; category: resource_exhausted.
    /// REQUESTS: OVER, LIMIT.
    RequestsOverLimit,
    /// `System.RequestTimeOut`: HTTP 500; retry: never; category: internal.
    /// System: request time out.
    SystemRequestTimeOut,
    /// `System.Error`: HTTP 500, 503; retry: never; category: internal.
    /// System: error.
    SystemError,
    /// `System.UrlDecodingError`: HTTP 500; retry: never; category: internal.
    /// System: url decoding error.
    SystemUrlDecodingError,
    /// `System.ParameterError`: HTTP 400, 406; retry: never; category: invalid_argument.
    /// System: parameter error.
    SystemParameterError,
    /// `System.LanguageNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// System: language not supported.
    SystemLanguageNotSupported,
    /// `System.LanguageDetectError`: HTTP 500; retry: never; category: internal.
    /// System: language detect error.
    SystemLanguageDetectError,
    /// `System.TranslateError`: HTTP 500; retry: never; category: internal.
    /// System: translate error.
    SystemTranslateError,
    /// `System.StringTooLong`: HTTP 400; retry: never; category: invalid_argument.
    /// System: string too long.
    SystemStringTooLong,
    /// `System.AccountNotActivated`: HTTP 400, 401; retry: never; category: invalid_argument.
    /// System: account not activated.
    SystemAccountNotActivated,
    /// `System.SubServiceFailed`: HTTP 500; retry: never; category: internal.
    /// System: sub service failed.
    SystemSubServiceFailed,
    /// `System.TranslateServiceCallFailed`: HTTP 500; retry: never; category: internal.
    /// System: translate service call failed.
    SystemTranslateServiceCallFailed,
    /// `System.AccountNotActivatedOrInArrears`: HTTP 400; retry: never; category: invalid_argument.
    /// System: account not activated or in arrears.
    SystemAccountNotActivatedOrInArrears,
    /// `System.SubNotPermission`: no documented HTTP status; retry: never; category: unknown.
    /// System: sub not permission.
    SystemSubNotPermission,
    /// `Parameter.SourceLangError`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter: source lang error.
    ParameterSourceLangError,
    /// `Parameter.TargetLangError`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter: target lang error.
    ParameterTargetLangError,
    /// `System.subNotPermission`: HTTP 401, 403; retry: never; category: unauthenticated.
    /// System: sub not permission.
    SystemSubNotPermission2,
    /// `System.unknownError`: HTTP 500; retry: never; category: internal.
    /// System: unknown error.
    SystemUnknownError,
    /// `System.UnknownError`: no documented HTTP status; retry: never; category: unknown.
    /// System: unknown error.
    SystemUnknownError2,
    /// `Internal.Error`: HTTP 503; retry: never; category: unavailable.
    /// Internal: error.
    InternalError,
    /// `ORDER.OPEND`: HTTP 400; retry: never; category: invalid_argument.
    /// ORDER: OPEND.
    OrderOpend,
    /// `PRICEING.PLAN.RESULT.NOT.FOUND`: HTTP 400; retry: never; category: invalid_argument.
    /// PRICEING: PLAN, RESULT, NOT, FOUND.
    PriceingPlanResultNotFound,
    /// `InvalidAccountStatus.ServiceUnavailable`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid account status: service unavailable.
    InvalidAccountStatusServiceUnavailable,
    /// `ServiceUnavailable`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailable,
    /// `Parameter.ImageUrlError`: HTTP 406; retry: never; category: failed_precondition.
    /// Parameter: image url error.
    ParameterImageUrlError,
    /// `Parameter.ImageSizeError`: HTTP 406; retry: never; category: failed_precondition.
    /// Parameter: image size error.
    ParameterImageSizeError,
    /// `Parameter.ImageFormatError`: HTTP 406; retry: never; category: failed_precondition.
    /// Parameter: image format error.
    ParameterImageFormatError,
    /// `Parameter.ImageFileSizeError`: HTTP 406; retry: never; category: failed_precondition.
    /// Parameter: image file size error.
    ParameterImageFileSizeError,
    /// `ImageTranslate.TranslationError`: HTTP 500; retry: never; category: internal.
    /// Image translate: translation error.
    ImageTranslateTranslationError,
    /// `ImageTranslate.FusionError`: HTTP 500; retry: never; category: internal.
    /// Image translate: fusion error.
    ImageTranslateFusionError,
    /// `ImageTranslate.EraseError`: HTTP 500; retry: never; category: internal.
    /// Image translate: erase error.
    ImageTranslateEraseError,
    /// `ImageTranslate.TextTranslationError`: HTTP 500; retry: never; category: internal.
    /// Image translate: text translation error.
    ImageTranslateTextTranslationError,
    /// `ImageTranslate.TextToParagraphError`: HTTP 500; retry: never; category: internal.
    /// Image translate: text to paragraph error.
    ImageTranslateTextToParagraphError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 57] = [
        "10001",
        "10003",
        "10004",
        "10005",
        "10006",
        "10007",
        "10008",
        "10010",
        "10013",
        "10021",
        "10026",
        "10009",
        "10025",
        "10002",
        "10011",
        "10012",
        "19999",
        "10022",
        "10023",
        "10024",
        "10030",
        "10031",
        "InvalidAccountStatus",
        "10029",
        "REQUESTS.OVER.LIMIT",
        "System.RequestTimeOut",
        "System.Error",
        "System.UrlDecodingError",
        "System.ParameterError",
        "System.LanguageNotSupported",
        "System.LanguageDetectError",
        "System.TranslateError",
        "System.StringTooLong",
        "System.AccountNotActivated",
        "System.SubServiceFailed",
        "System.TranslateServiceCallFailed",
        "System.AccountNotActivatedOrInArrears",
        "System.SubNotPermission",
        "Parameter.SourceLangError",
        "Parameter.TargetLangError",
        "System.subNotPermission",
        "System.unknownError",
        "System.UnknownError",
        "Internal.Error",
        "ORDER.OPEND",
        "PRICEING.PLAN.RESULT.NOT.FOUND",
        "InvalidAccountStatus.ServiceUnavailable",
        "ServiceUnavailable",
        "Parameter.ImageUrlError",
        "Parameter.ImageSizeError",
        "Parameter.ImageFormatError",
        "Parameter.ImageFileSizeError",
        "ImageTranslate.TranslationError",
        "ImageTranslate.FusionError",
        "ImageTranslate.EraseError",
        "ImageTranslate.TextTranslationError",
        "ImageTranslate.TextToParagraphError",
    ];
    static NAME_CODES: [u32; 29] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23,
        24, 40, 41, 42, 44, 45,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Code10001Code10003Code10004Code10005Code10006Code10007Code10008Code10010Code10013Code10021Code10026Code10009Code10025Code10002Code10011Code10012Code19999Code10022Code10023Code10024Code10030Code10031Code10029RequestsOverLimitSystemSubNotPermission2SystemUnknownErrorSystemUnknownError2OrderOpendPriceingPlanResultNotFound",
        ends: &[
            0, 9, 18, 27, 36, 45, 54, 63, 72, 81, 90, 99, 108, 117, 126, 135, 144, 153,
            162, 171, 180, 189, 198, 207, 224, 247, 265, 284, 294, 320,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Numeric error code 10001; see the product's documentation for its meaning.Numeric error code 10003; see the product's documentation for its meaning.Numeric error code 10004; see the product's documentation for its meaning.Numeric error code 10005; see the product's documentation for its meaning.Numeric error code 10006; see the product's documentation for its meaning.Numeric error code 10007; see the product's documentation for its meaning.Numeric error code 10008; see the product's documentation for its meaning.Numeric error code 10010; see the product's documentation for its meaning.Numeric error code 10013; see the product's documentation for its meaning.Numeric error code 10021; see the product's documentation for its meaning.Numeric error code 10026; see the product's documentation for its meaning.Numeric error code 10009; see the product's documentation for its meaning.Numeric error code 10025; see the product's documentation for its meaning.Numeric error code 10002; see the product's documentation for its meaning.Numeric error code 10011; see the product's documentation for its meaning.Numeric error code 10012; see the product's documentation for its meaning.Numeric error code 19999; see the product's documentation for its meaning.Numeric error code 10022; see the product's documentation for its meaning.Numeric error code 10023; see the product's documentation for its meaning.Numeric error code 10024; see the product's documentation for its meaning.Numeric error code 10030; see the product's documentation for its meaning.Numeric error code 10031; see the product's documentation for its meaning.Invalid account status.Numeric error code 10029; see the product's documentation for its meaning.REQUESTS: OVER, LIMIT.System: request time out.System: error.System: url decoding error.System: parameter error.System: language not supported.System: language detect error.System: translate error.System: string too long.System: account not activated.System: sub service failed.System: translate service call failed.System: account not activated or in arrears.System: sub not permission.Parameter: source lang error.Parameter: target lang error.System: sub not permission.System: unknown error.System: unknown error.Internal: error.ORDER: OPEND.PRICEING: PLAN, RESULT, NOT, FOUND.Invalid account status: service unavailable.The service is unavailable.Parameter: image url error.Parameter: image size error.Parameter: image format error.Parameter: image file size error.Image translate: translation error.Image translate: fusion error.Image translate: erase error.Image translate: text translation error.Image translate: text to paragraph error.",
        ends: &[
            0, 74, 148, 222, 296, 370, 444, 518, 592, 666, 740, 814, 888, 962, 1036,
            1110, 1184, 1258, 1332, 1406, 1480, 1554, 1628, 1651, 1725, 1747, 1772, 1786,
            1813, 1837, 1868, 1898, 1922, 1946, 1976, 2003, 2041, 2085, 2112, 2141, 2170,
            2197, 2219, 2241, 2257, 2270, 2305, 2349, 2376, 2403, 2431, 2461, 2494, 2529,
            2559, 2588, 2628, 2669,
        ],
    };
    static STATUSES: [u16; 51] = [
        400, 400, 400, 400, 403, 404, 500, 500, 500, 400, 400, 400, 400, 400, 400, 403,
        429, 500, 500, 503, 500, 400, 406, 400, 500, 500, 400, 400, 401, 500, 500, 400,
        400, 400, 401, 403, 500, 503, 400, 400, 403, 503, 406, 406, 406, 406, 500, 500,
        500, 500, 500,
    ];
    static STATUS_ENDS: [u32; 58] = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 16,
        17, 18, 20, 21, 23, 24, 25, 26, 27, 29, 30, 31, 32, 32, 33, 34, 36, 37, 37, 38,
        39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51,
    ];
    static RETRY: [::cloud_errors::Retry; 57] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 57] = ::cloud_errors::__private::category_column(
        b"bbbbbbbccccgemmmbccccccghmmmccmmccmmcbccpmbnccgniiiimmmmm",
    );
    static PILOTS: [u16; 15] = [2, 3, 2, 34, 115, 36, 0, 3, 453, 4, 85, 48, 13, 7, 18];
    static SLOTS: [(&str, u32); 63] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            6, 25, 4294967295, 50, 30, 19, 14, 54, 5, 4, 7, 15, 43, 26, 52, 41, 17,
            4294967295, 42, 45, 20, 16, 4294967295, 51, 21, 2, 32, 27, 28, 38, 22, 47,
            46, 34, 23, 4294967295, 35, 4294967295, 29, 48, 39, 55, 13, 56, 18, 11, 9,
            12, 40, 36, 53, 4294967295, 37, 31, 33, 0, 3, 1, 49, 8, 44, 24, 10,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
        descriptions_en: &DESCRIPTIONS_EN,
        statuses: &STATUSES,
        status_ends: &STATUS_ENDS,
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
        unsafe impl Code, ::cloud_errors::alibaba::Code
    );
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Alibaba Cloud alimt";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud alimt's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud alimt: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
