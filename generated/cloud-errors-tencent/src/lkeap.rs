// @generated from catalogs/tencent/lkeap.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud LKEAP: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud LKEAP: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.EngineServerError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: engine server error.
    FailedOperationEngineServerError,
    /// `FailedOperation.FileParseError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: file parse error.
    FailedOperationFileParseError,
    /// `FailedOperation.FileParseTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: file parse timeout.
    FailedOperationFileParseTimeout,
    /// `FailedOperation.InternalError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: internal error.
    FailedOperationInternalError,
    /// `FailedOperation.NonsupportParse`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: nonsupport parse.
    FailedOperationNonsupportParse,
    /// `FailedOperation.OcrFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ocr failed.
    FailedOperationOcrFailed,
    /// `FailedOperation.UnKnowError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: un know error.
    FailedOperationUnKnowError,
    /// `FailedOperation.UnOpenError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: un open error.
    FailedOperationUnOpenError,
    /// `FailedOperation.UploadResultFileFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: upload result file failed.
    FailedOperationUploadResultFileFailed,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.FileURLInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: file URL invalid.
    InvalidParameterFileUrlInvalid,
    /// `InvalidParameter.InvalidFileFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid file format.
    InvalidParameterInvalidFileFormat,
    /// `InvalidParameter.InvalidFileType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid file type.
    InvalidParameterInvalidFileType,
    /// `InvalidParameterValue.InvalidParameterValueLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter value limit.
    InvalidParameterValueInvalidParameterValueLimit,
    /// `LimitExceeded.ExceededMaxPagesError`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: exceeded max pages error.
    LimitExceededExceededMaxPagesError,
    /// `LimitExceeded.TooLargeFileError`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: too large file error.
    LimitExceededTooLargeFileError,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceUnavailable.InArrears`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: in arrears.
    ResourceUnavailableInArrears,
    /// `ResourceUnavailable.ResourcePackageRunOut`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: resource package run out.
    ResourceUnavailableResourcePackageRunOut,
    /// `ResourcesSoldOut.ChargeStatusException`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out: charge status exception.
    ResourcesSoldOutChargeStatusException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 22] = [
        "FailedOperation",
        "FailedOperation.EngineServerError",
        "FailedOperation.FileParseError",
        "FailedOperation.FileParseTimeout",
        "FailedOperation.InternalError",
        "FailedOperation.NonsupportParse",
        "FailedOperation.OcrFailed",
        "FailedOperation.UnKnowError",
        "FailedOperation.UnOpenError",
        "FailedOperation.UploadResultFileFailed",
        "InternalError",
        "InvalidParameter",
        "InvalidParameter.FileURLInvalid",
        "InvalidParameter.InvalidFileFormat",
        "InvalidParameter.InvalidFileType",
        "InvalidParameterValue.InvalidParameterValueLimit",
        "LimitExceeded.ExceededMaxPagesError",
        "LimitExceeded.TooLargeFileError",
        "RequestLimitExceeded",
        "ResourceUnavailable.InArrears",
        "ResourceUnavailable.ResourcePackageRunOut",
        "ResourcesSoldOut.ChargeStatusException",
    ];
    static NAME_CODES: [u32; 1] = [12];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterFileUrlInvalid",
        ends: &[0, 30],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.The operation failed: engine server error.The operation failed: file parse error.The operation failed: file parse timeout.The operation failed: internal error.The operation failed: nonsupport parse.The operation failed: ocr failed.The operation failed: un know error.The operation failed: un open error.The operation failed: upload result file failed.An internal error occurred.A parameter is invalid.A parameter is invalid: file URL invalid.A parameter is invalid: invalid file format.A parameter is invalid: invalid file type.A parameter value is invalid: invalid parameter value limit.A limit was exceeded: exceeded max pages error.A limit was exceeded: too large file error.Too many requests were sent.The resource is unavailable: in arrears.The resource is unavailable: resource package run out.The resources are sold out: charge status exception.",
        ends: &[
            0, 21, 63, 102, 143, 180, 219, 252, 288, 324, 372, 399, 422, 463, 507, 549,
            609, 656, 699, 727, 767, 821, 873,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 22] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaabaaaaaaabccc",
    );
    static CATEGORY: [::cloud_errors::Category; 22] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiimccccchhhiih",
    );
    static PILOTS: [u16; 6] = [3, 29, 14, 0, 0, 0];
    static SLOTS: [(&str, u32); 24] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            20, 14, 7, 13, 9, 11, 16, 10, 15, 8, 4294967295, 17, 19, 4294967295, 18, 0,
            21, 5, 4, 1, 6, 3, 2, 12,
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
    const PROVIDER: &'static str = "Tencent Cloud LKEAP";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud LKEAP's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud LKEAP: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
