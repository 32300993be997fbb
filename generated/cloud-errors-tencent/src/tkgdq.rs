// @generated from catalogs/tencent/tkgdq.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TKGDQ: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TKGDQ: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.GraphEngineError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: graph engine error.
    InternalErrorGraphEngineError,
    /// `InternalError.GremlinTimeoutError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: gremlin timeout error.
    InternalErrorGremlinTimeoutError,
    /// `InternalError.RequestEncodeError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: request encode error.
    InternalErrorRequestEncodeError,
    /// `InternalError.RequestParseError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: request parse error.
    InternalErrorRequestParseError,
    /// `InternalError.ResponseDecodeError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: response decode error.
    InternalErrorResponseDecodeError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.InvalidActionError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid action error.
    InvalidParameterInvalidActionError,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `LimitExceeded.InsufficientBalanceError`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: insufficient balance error.
    LimitExceededInsufficientBalanceError,
    /// `UnauthorizedOperation.UnauthorizedAccountError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: unauthorized account error.
    UnauthorizedOperationUnauthorizedAccountError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 11] = [
        "InternalError",
        "InternalError.GraphEngineError",
        "InternalError.GremlinTimeoutError",
        "InternalError.RequestEncodeError",
        "InternalError.RequestParseError",
        "InternalError.ResponseDecodeError",
        "InvalidParameter",
        "InvalidParameter.InvalidActionError",
        "InvalidParameterValue",
        "LimitExceeded.InsufficientBalanceError",
        "UnauthorizedOperation.UnauthorizedAccountError",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "An internal error occurred.An internal error occurred: graph engine error.An internal error occurred: gremlin timeout error.An internal error occurred: request encode error.An internal error occurred: request parse error.An internal error occurred: response decode error.A parameter is invalid.A parameter is invalid: invalid action error.A parameter value is invalid.A limit was exceeded: insufficient balance error.The operation is not authorized: unauthorized account error.",
        ends: &[0, 27, 74, 124, 173, 221, 271, 294, 339, 368, 417, 477],
    };
    static RETRY: [::cloud_errors::Retry; 11] = ::cloud_errors::__private::retry_column(
        b"bbbbbbaaaac",
    );
    static CATEGORY: [::cloud_errors::Category; 11] = ::cloud_errors::__private::category_column(
        b"mmmmmmccchg",
    );
    static PILOTS: [u16; 3] = [3, 2, 16];
    static SLOTS: [(&str, u32); 12] = ::cloud_errors::__private::slots(
        &CODES,
        &[10, 9, 0, 4, 2, 3, 1, 7, 6, 8, 5, 4294967295],
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
    const PROVIDER: &'static str = "Tencent Cloud TKGDQ";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TKGDQ's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TKGDQ: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
