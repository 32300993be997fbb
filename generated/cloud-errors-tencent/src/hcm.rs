// @generated from catalogs/tencent/hcm.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud HCM: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud HCM: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.ChargeCountError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: charge count error.
    FailedOperationChargeCountError,
    /// `InternalError.EngineRequestFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: engine request failed.
    InternalErrorEngineRequestFailed,
    /// `InternalError.EngineResultError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: engine result error.
    InternalErrorEngineResultError,
    /// `InternalError.InitialParameterError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: initial parameter error.
    InternalErrorInitialParameterError,
    /// `InternalError.ServerInternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: server internal error.
    InternalErrorServerInternalError,
    /// `InvalidParameterValue.CannotFindImageError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cannot find image error.
    InvalidParameterValueCannotFindImageError,
    /// `InvalidParameterValue.CannotFindSession`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cannot find session.
    InvalidParameterValueCannotFindSession,
    /// `InvalidParameterValue.EmptyImageError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: empty image error.
    InvalidParameterValueEmptyImageError,
    /// `InvalidParameterValue.EmptyInputError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: empty input error.
    InvalidParameterValueEmptyInputError,
    /// `InvalidParameterValue.ExceedDownloadImageSizeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: exceed download image size error.
    InvalidParameterValueExceedDownloadImageSizeError,
    /// `InvalidParameterValue.FailDecodeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: fail decode error.
    InvalidParameterValueFailDecodeError,
    /// `InvalidParameterValue.FailDownloadImageError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: fail download image error.
    InvalidParameterValueFailDownloadImageError,
    /// `InvalidParameterValue.FailRecognizeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: fail recognize error.
    InvalidParameterValueFailRecognizeError,
    /// `InvalidParameterValue.InvalidImageError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid image error.
    InvalidParameterValueInvalidImageError,
    /// `ResourceNotFound.CannotFindUser`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cannot find user.
    ResourceNotFoundCannotFindUser,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 15] = [
        "FailedOperation.ChargeCountError",
        "InternalError.EngineRequestFailed",
        "InternalError.EngineResultError",
        "InternalError.InitialParameterError",
        "InternalError.ServerInternalError",
        "InvalidParameterValue.CannotFindImageError",
        "InvalidParameterValue.CannotFindSession",
        "InvalidParameterValue.EmptyImageError",
        "InvalidParameterValue.EmptyInputError",
        "InvalidParameterValue.ExceedDownloadImageSizeError",
        "InvalidParameterValue.FailDecodeError",
        "InvalidParameterValue.FailDownloadImageError",
        "InvalidParameterValue.FailRecognizeError",
        "InvalidParameterValue.InvalidImageError",
        "ResourceNotFound.CannotFindUser",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: charge count error.An internal error occurred: engine request failed.An internal error occurred: engine result error.An internal error occurred: initial parameter error.An internal error occurred: server internal error.A parameter value is invalid: cannot find image error.A parameter value is invalid: cannot find session.A parameter value is invalid: empty image error.A parameter value is invalid: empty input error.A parameter value is invalid: exceed download image size error.A parameter value is invalid: fail decode error.A parameter value is invalid: fail download image error.A parameter value is invalid: fail recognize error.A parameter value is invalid: invalid image error.The resource was not found: cannot find user.",
        ends: &[
            0, 41, 91, 139, 191, 241, 295, 345, 393, 441, 504, 552, 608, 659, 709, 754,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 15] = ::cloud_errors::__private::retry_column(
        b"abbbbaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 15] = ::cloud_errors::__private::category_column(
        b"immmmccccccccce",
    );
    static PILOTS: [u16; 4] = [7, 4, 1, 0];
    static SLOTS: [(&str, u32); 16] = ::cloud_errors::__private::slots(
        &CODES,
        &[5, 13, 3, 7, 1, 0, 11, 8, 2, 12, 9, 14, 6, 4294967295, 4, 10],
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
    const PROVIDER: &'static str = "Tencent Cloud HCM";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud HCM's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud HCM: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
