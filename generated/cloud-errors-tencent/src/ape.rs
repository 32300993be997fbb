// @generated from catalogs/tencent/ape.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud APE: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud APE: a variant per documented code,
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
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.OrderExpiredError`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: order expired error.
    LimitExceededOrderExpiredError,
    /// `LimitExceeded.OrderLimitError`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: order limit error.
    LimitExceededOrderLimitError,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.SensitiveImage`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: sensitive image.
    ResourceNotFoundSensitiveImage,
    /// `ResourceNotFound.SensitiveSearch`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: sensitive search.
    ResourceNotFoundSensitiveSearch,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 13] = [
        "AuthFailure",
        "FailedOperation",
        "InternalError",
        "InvalidParameter",
        "InvalidParameterValue",
        "LimitExceeded",
        "LimitExceeded.OrderExpiredError",
        "LimitExceeded.OrderLimitError",
        "ResourceInUse",
        "ResourceNotFound",
        "ResourceNotFound.SensitiveImage",
        "ResourceNotFound.SensitiveSearch",
        "ResourceUnavailable",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed.An internal error occurred.A parameter is invalid.A parameter value is invalid.A limit was exceeded.A limit was exceeded: order expired error.A limit was exceeded: order limit error.The resource is in use.The resource was not found.The resource was not found: sensitive image.The resource was not found: sensitive search.The resource is unavailable.",
        ends: &[0, 22, 43, 70, 93, 122, 143, 185, 225, 248, 275, 319, 364, 392],
    };
    static RETRY: [::cloud_errors::Retry; 13] = ::cloud_errors::__private::retry_column(
        b"aabaaaaabaaac",
    );
    static CATEGORY: [::cloud_errors::Category; 13] = ::cloud_errors::__private::category_column(
        b"bimcchhhjeeei",
    );
    static PILOTS: [u16; 4] = [92, 3, 0, 29];
    static SLOTS: [(&str, u32); 14] = ::cloud_errors::__private::slots(
        &CODES,
        &[4, 7, 10, 9, 11, 6, 2, 0, 5, 1, 4294967295, 8, 3, 12],
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
    const PROVIDER: &'static str = "Tencent Cloud APE";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud APE's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud APE: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
