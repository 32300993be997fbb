// @generated from catalogs/tencent/tccatalog.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TCCATALOG: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TCCATALOG: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.InvalidTimeFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid time format.
    InvalidParameterInvalidTimeFormat,
    /// `InvalidParameter.InvalidTimeParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid time parameter.
    InvalidParameterInvalidTimeParameter,
    /// `ResourceUnavailable.ClusterUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cluster unavailable.
    ResourceUnavailableClusterUnavailable,
    /// `UnauthorizedOperation.UserNotAllowOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: user not allow operation.
    UnauthorizedOperationUserNotAllowOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 7] = [
        "FailedOperation",
        "InternalError",
        "InvalidParameter",
        "InvalidParameter.InvalidTimeFormat",
        "InvalidParameter.InvalidTimeParameter",
        "ResourceUnavailable.ClusterUnavailable",
        "UnauthorizedOperation.UserNotAllowOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.An internal error occurred.A parameter is invalid.A parameter is invalid: invalid time format.A parameter is invalid: invalid time parameter.The resource is unavailable: cluster unavailable.The operation is not authorized: user not allow operation.",
        ends: &[0, 21, 48, 71, 115, 162, 211, 269],
    };
    static RETRY: [::cloud_errors::Retry; 7] = ::cloud_errors::__private::retry_column(
        b"abaaacc",
    );
    static CATEGORY: [::cloud_errors::Category; 7] = ::cloud_errors::__private::category_column(
        b"imcccig",
    );
    static PILOTS: [u16; 2] = [3, 98];
    static SLOTS: [(&str, u32); 7] = ::cloud_errors::__private::slots(
        &CODES,
        &[0, 3, 5, 1, 2, 6, 4],
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
    const PROVIDER: &'static str = "Tencent Cloud TCCATALOG";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TCCATALOG's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TCCATALOG: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
