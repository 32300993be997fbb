// @generated from catalogs/tencent/tmt.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TMT: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TMT: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.DecodeErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: decode err.
    FailedOperationDecodeErr,
    /// `FailedOperation.DownloadErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: download err.
    FailedOperationDownloadErr,
    /// `FailedOperation.ErrorUserArea`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: error user area.
    FailedOperationErrorUserArea,
    /// `FailedOperation.NoFreeAmount`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no free amount.
    FailedOperationNoFreeAmount,
    /// `FailedOperation.ServiceIsolate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: service isolate.
    FailedOperationServiceIsolate,
    /// `FailedOperation.StopUsing`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: stop using.
    FailedOperationStopUsing,
    /// `FailedOperation.UserNotRegistered`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user not registered.
    FailedOperationUserNotRegistered,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.BackendTimeout`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: backend timeout.
    InternalErrorBackendTimeout,
    /// `InternalError.ErrorUnknown`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: error unknown.
    InternalErrorErrorUnknown,
    /// `InternalError.RequestFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: request failed.
    InternalErrorRequestFailed,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: missing parameter.
    InvalidParameterMissingParameter,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `UnauthorizedOperation.ActionNotFound`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: action not found.
    UnauthorizedOperationActionNotFound,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.UnSupportedTargetLanguage`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: un supported target language.
    UnsupportedOperationUnSupportedTargetLanguage,
    /// `UnsupportedOperation.UnsupportedLanguage`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported language.
    UnsupportedOperationUnsupportedLanguage,
    /// `UnsupportedOperation.UnsupportedSourceLanguage`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported source language.
    UnsupportedOperationUnsupportedSourceLanguage,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 20] = [
        "FailedOperation.DecodeErr",
        "FailedOperation.DownloadErr",
        "FailedOperation.ErrorUserArea",
        "FailedOperation.NoFreeAmount",
        "FailedOperation.ServiceIsolate",
        "FailedOperation.StopUsing",
        "FailedOperation.UserNotRegistered",
        "InternalError",
        "InternalError.BackendTimeout",
        "InternalError.ErrorUnknown",
        "InternalError.RequestFailed",
        "InvalidParameter",
        "InvalidParameter.MissingParameter",
        "LimitExceeded",
        "MissingParameter",
        "UnauthorizedOperation.ActionNotFound",
        "UnsupportedOperation",
        "UnsupportedOperation.UnSupportedTargetLanguage",
        "UnsupportedOperation.UnsupportedLanguage",
        "UnsupportedOperation.UnsupportedSourceLanguage",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: decode err.The operation failed: download err.The operation failed: error user area.The operation failed: no free amount.The operation failed: service isolate.The operation failed: stop using.The operation failed: user not registered.An internal error occurred.An internal error occurred: backend timeout.An internal error occurred: error unknown.An internal error occurred: request failed.A parameter is invalid.A parameter is invalid: missing parameter.A limit was exceeded.A required parameter is missing.The operation is not authorized: action not found.The operation is not supported.The operation is not supported: un supported target language.The operation is not supported: unsupported language.The operation is not supported: unsupported source language.",
        ends: &[
            0, 33, 68, 106, 143, 181, 214, 256, 283, 327, 369, 412, 435, 477, 498, 530,
            580, 611, 672, 725, 785,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 20] = ::cloud_errors::__private::retry_column(
        b"aaaaaaabbbbaaaacaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 20] = ::cloud_errors::__private::category_column(
        b"iiiiiiimmmmcchcgliii",
    );
    static PILOTS: [u16; 5] = [0, 0, 27, 15, 3];
    static SLOTS: [(&str, u32); 22] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            13, 15, 9, 19, 14, 16, 0, 4294967295, 6, 4, 3, 12, 8, 7, 1, 5, 10, 17, 2, 18,
            11, 4294967295,
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
    const PROVIDER: &'static str = "Tencent Cloud TMT";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TMT's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TMT: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
