// @generated from catalogs/tencent/ocr.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud OCR: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud OCR: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.ArrearsError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: arrears error.
    FailedOperationArrearsError,
    /// `FailedOperation.CardSideError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: card side error.
    FailedOperationCardSideError,
    /// `FailedOperation.ClassifyStoreFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: classify store failed.
    FailedOperationClassifyStoreFailed,
    /// `FailedOperation.CountLimitError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: count limit error.
    FailedOperationCountLimitError,
    /// `FailedOperation.DetectFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: detect failed.
    FailedOperationDetectFailed,
    /// `FailedOperation.DownLoadError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: down load error.
    FailedOperationDownLoadError,
    /// `FailedOperation.EmptyImageError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: empty image error.
    FailedOperationEmptyImageError,
    /// `FailedOperation.EngineRecognizeTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: engine recognize timeout.
    FailedOperationEngineRecognizeTimeout,
    /// `FailedOperation.FieldException`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: field exception.
    FailedOperationFieldException,
    /// `FailedOperation.IdCardInfoIllegal`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: id card info illegal.
    FailedOperationIdCardInfoIllegal,
    /// `FailedOperation.IdCardTooSmall`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: id card too small.
    FailedOperationIdCardTooSmall,
    /// `FailedOperation.IllegalBankCardError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: illegal bank card error.
    FailedOperationIllegalBankCardError,
    /// `FailedOperation.ImageBlur`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image blur.
    FailedOperationImageBlur,
    /// `FailedOperation.ImageDecodeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image decode failed.
    FailedOperationImageDecodeFailed,
    /// `FailedOperation.ImageNoBusinessCard`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image no business card.
    FailedOperationImageNoBusinessCard,
    /// `FailedOperation.ImageNoHandWrite`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image no hand write.
    FailedOperationImageNoHandWrite,
    /// `FailedOperation.ImageNoIdCard`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image no id card.
    FailedOperationImageNoIdCard,
    /// `FailedOperation.ImageNoSpecifiedCard`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image no specified card.
    FailedOperationImageNoSpecifiedCard,
    /// `FailedOperation.ImageNoText`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image no text.
    FailedOperationImageNoText,
    /// `FailedOperation.ImageSizeTooLarge`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image size too large.
    FailedOperationImageSizeTooLarge,
    /// `FailedOperation.InconsistencyBetweenMRZAndVRZ`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: inconsistency between MRZ and VRZ.
    FailedOperationInconsistencyBetweenMrzAndVrz,
    /// `FailedOperation.InvalidPostalCodeLength`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid postal code length.
    FailedOperationInvalidPostalCodeLength,
    /// `FailedOperation.InvoiceMismatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invoice mismatch.
    FailedOperationInvoiceMismatch,
    /// `FailedOperation.LanguageNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: language not support.
    FailedOperationLanguageNotSupport,
    /// `FailedOperation.LicenseCardSideError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: license card side error.
    FailedOperationLicenseCardSideError,
    /// `FailedOperation.LicenseMultiCardError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: license multi card error.
    FailedOperationLicenseMultiCardError,
    /// `FailedOperation.MultiCardError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: multi card error.
    FailedOperationMultiCardError,
    /// `FailedOperation.NoBankCardError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no bank card error.
    FailedOperationNoBankCardError,
    /// `FailedOperation.NoBizLicense`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no biz license.
    FailedOperationNoBizLicense,
    /// `FailedOperation.NoDriverLicenseError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no driver license error.
    FailedOperationNoDriverLicenseError,
    /// `FailedOperation.NoHKIDCard`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no HKID card.
    FailedOperationNoHkidCard,
    /// `FailedOperation.NoMASIDCard`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no MASID card.
    FailedOperationNoMasidCard,
    /// `FailedOperation.NoPassport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no passport.
    FailedOperationNoPassport,
    /// `FailedOperation.NoStoreLabel`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no store label.
    FailedOperationNoStoreLabel,
    /// `FailedOperation.NoVehicleLicenseError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no vehicle license error.
    FailedOperationNoVehicleLicenseError,
    /// `FailedOperation.OcrFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ocr failed.
    FailedOperationOcrFailed,
    /// `FailedOperation.PDFParseFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: PDF parse failed.
    FailedOperationPdfParseFailed,
    /// `FailedOperation.ResponseParseFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: response parse failed.
    FailedOperationResponseParseFailed,
    /// `FailedOperation.UnKnowError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: un know error.
    FailedOperationUnKnowError,
    /// `FailedOperation.UnKnowFileTypeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: un know file type error.
    FailedOperationUnKnowFileTypeError,
    /// `FailedOperation.UnOpenError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: un open error.
    FailedOperationUnOpenError,
    /// `FailedOperation.WarningServiceFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: warning service failed.
    FailedOperationWarningServiceFailed,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter.ConfigFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: config format error.
    InvalidParameterConfigFormatError,
    /// `InvalidParameter.EngineImageDecodeFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: engine image decode failed.
    InvalidParameterEngineImageDecodeFailed,
    /// `InvalidParameterValue.InvalidParameterValueLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter value limit.
    InvalidParameterValueInvalidParameterValueLimit,
    /// `InvalidParameterValue.PriceOrVerificationParameterValueLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: price or verification parameter value limit.
    InvalidParameterValuePriceOrVerificationParameterValueLimit,
    /// `InvalidParameterValue.TicketCodeParameterValueLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ticket code parameter value limit.
    InvalidParameterValueTicketCodeParameterValueLimit,
    /// `InvalidParameterValue.TicketDateParameterValueLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ticket date parameter value limit.
    InvalidParameterValueTicketDateParameterValueLimit,
    /// `InvalidParameterValue.TicketSnParameterValueLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ticket sn parameter value limit.
    InvalidParameterValueTicketSnParameterValueLimit,
    /// `LimitExceeded.TooLargeFileError`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: too large file error.
    LimitExceededTooLargeFileError,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceNotFound.NoAreaCode`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: no area code.
    ResourceNotFoundNoAreaCode,
    /// `ResourceNotFound.NoInvoice`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: no invoice.
    ResourceNotFoundNoInvoice,
    /// `ResourceNotFound.NotSupportCurrentInvoiceQuery`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: not support current invoice query.
    ResourceNotFoundNotSupportCurrentInvoiceQuery,
    /// `ResourceUnavailable.InArrears`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: in arrears.
    ResourceUnavailableInArrears,
    /// `ResourceUnavailable.ResourcePackageRunOut`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: resource package run out.
    ResourceUnavailableResourcePackageRunOut,
    /// `ResourceUnavailable.TaxNetworkError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: tax network error.
    ResourceUnavailableTaxNetworkError,
    /// `ResourcesSoldOut.ChargeStatusException`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out: charge status exception.
    ResourcesSoldOutChargeStatusException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 59] = [
        "FailedOperation.ArrearsError",
        "FailedOperation.CardSideError",
        "FailedOperation.ClassifyStoreFailed",
        "FailedOperation.CountLimitError",
        "FailedOperation.DetectFailed",
        "FailedOperation.DownLoadError",
        "FailedOperation.EmptyImageError",
        "FailedOperation.EngineRecognizeTimeout",
        "FailedOperation.FieldException",
        "FailedOperation.IdCardInfoIllegal",
        "FailedOperation.IdCardTooSmall",
        "FailedOperation.IllegalBankCardError",
        "FailedOperation.ImageBlur",
        "FailedOperation.ImageDecodeFailed",
        "FailedOperation.ImageNoBusinessCard",
        "FailedOperation.ImageNoHandWrite",
        "FailedOperation.ImageNoIdCard",
        "FailedOperation.ImageNoSpecifiedCard",
        "FailedOperation.ImageNoText",
        "FailedOperation.ImageSizeTooLarge",
        "FailedOperation.InconsistencyBetweenMRZAndVRZ",
        "FailedOperation.InvalidPostalCodeLength",
        "FailedOperation.InvoiceMismatch",
        "FailedOperation.LanguageNotSupport",
        "FailedOperation.LicenseCardSideError",
        "FailedOperation.LicenseMultiCardError",
        "FailedOperation.MultiCardError",
        "FailedOperation.NoBankCardError",
        "FailedOperation.NoBizLicense",
        "FailedOperation.NoDriverLicenseError",
        "FailedOperation.NoHKIDCard",
        "FailedOperation.NoMASIDCard",
        "FailedOperation.NoPassport",
        "FailedOperation.NoStoreLabel",
        "FailedOperation.NoVehicleLicenseError",
        "FailedOperation.OcrFailed",
        "FailedOperation.PDFParseFailed",
        "FailedOperation.ResponseParseFailed",
        "FailedOperation.UnKnowError",
        "FailedOperation.UnKnowFileTypeError",
        "FailedOperation.UnOpenError",
        "FailedOperation.WarningServiceFailed",
        "InternalError",
        "InvalidParameter.ConfigFormatError",
        "InvalidParameter.EngineImageDecodeFailed",
        "InvalidParameterValue.InvalidParameterValueLimit",
        "InvalidParameterValue.PriceOrVerificationParameterValueLimit",
        "InvalidParameterValue.TicketCodeParameterValueLimit",
        "InvalidParameterValue.TicketDateParameterValueLimit",
        "InvalidParameterValue.TicketSnParameterValueLimit",
        "LimitExceeded.TooLargeFileError",
        "RequestLimitExceeded",
        "ResourceNotFound.NoAreaCode",
        "ResourceNotFound.NoInvoice",
        "ResourceNotFound.NotSupportCurrentInvoiceQuery",
        "ResourceUnavailable.InArrears",
        "ResourceUnavailable.ResourcePackageRunOut",
        "ResourceUnavailable.TaxNetworkError",
        "ResourcesSoldOut.ChargeStatusException",
    ];
    static NAME_CODES: [u32; 4] = [20, 30, 31, 36];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationInconsistencyBetweenMrzAndVrzFailedOperationNoHkidCardFailedOperationNoMasidCardFailedOperationPdfParseFailed",
        ends: &[0, 44, 69, 95, 124],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: arrears error.The operation failed: card side error.The operation failed: classify store failed.The operation failed: count limit error.The operation failed: detect failed.The operation failed: down load error.The operation failed: empty image error.The operation failed: engine recognize timeout.The operation failed: field exception.The operation failed: id card info illegal.The operation failed: id card too small.The operation failed: illegal bank card error.The operation failed: image blur.The operation failed: image decode failed.The operation failed: image no business card.The operation failed: image no hand write.The operation failed: image no id card.The operation failed: image no specified card.The operation failed: image no text.The operation failed: image size too large.The operation failed: inconsistency between MRZ and VRZ.The operation failed: invalid postal code length.The operation failed: invoice mismatch.The operation failed: language not support.The operation failed: license card side error.The operation failed: license multi card error.The operation failed: multi card error.The operation failed: no bank card error.The operation failed: no biz license.The operation failed: no driver license error.The operation failed: no HKID card.The operation failed: no MASID card.The operation failed: no passport.The operation failed: no store label.The operation failed: no vehicle license error.The operation failed: ocr failed.The operation failed: PDF parse failed.The operation failed: response parse failed.The operation failed: un know error.The operation failed: un know file type error.The operation failed: un open error.The operation failed: warning service failed.An internal error occurred.A parameter is invalid: config format error.A parameter is invalid: engine image decode failed.A parameter value is invalid: invalid parameter value limit.A parameter value is invalid: price or verification parameter value limit.A parameter value is invalid: ticket code parameter value limit.A parameter value is invalid: ticket date parameter value limit.A parameter value is invalid: ticket sn parameter value limit.A limit was exceeded: too large file error.Too many requests were sent.The resource was not found: no area code.The resource was not found: no invoice.The resource was not found: not support current invoice query.The resource is unavailable: in arrears.The resource is unavailable: resource package run out.The resource is unavailable: tax network error.The resources are sold out: charge status exception.",
        ends: &[
            0, 36, 74, 118, 158, 194, 232, 272, 319, 357, 400, 440, 486, 519, 561, 606,
            648, 687, 733, 769, 812, 868, 917, 956, 999, 1045, 1092, 1131, 1172, 1209,
            1255, 1290, 1326, 1360, 1397, 1444, 1477, 1516, 1560, 1596, 1642, 1678, 1723,
            1750, 1794, 1845, 1905, 1979, 2043, 2107, 2169, 2212, 2240, 2281, 2320, 2382,
            2422, 2476, 2523, 2575,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 59] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaabaaacccc",
    );
    static CATEGORY: [::cloud_errors::Category; 59] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimccccccchheeeiiih",
    );
    static PILOTS: [u16; 15] = [136, 4, 1, 3, 8, 51, 10, 22, 31, 8, 10, 4, 3, 5, 16];
    static SLOTS: [(&str, u32); 65] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            52, 53, 33, 6, 1, 22, 12, 8, 9, 4294967295, 18, 11, 28, 7, 40, 35, 13,
            4294967295, 48, 37, 39, 30, 5, 27, 55, 49, 31, 54, 3, 34, 26, 0, 45, 56,
            4294967295, 57, 29, 47, 4294967295, 41, 21, 36, 43, 20, 17, 16, 4294967295,
            51, 25, 4, 46, 23, 44, 15, 14, 58, 24, 19, 38, 4294967295, 2, 42, 50, 32, 10,
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
    const PROVIDER: &'static str = "Tencent Cloud OCR";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud OCR's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud OCR: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
