// @generated from catalogs/tencent/tcbr.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TCBR: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TCBR: a variant per documented code,
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
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.ServerNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: server not found.
    ResourceNotFoundServerNotFound,
    /// `ResourceNotFound.VersionNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: version not found.
    ResourceNotFoundVersionNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.ResourceBanned`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: resource banned.
    ResourceUnavailableResourceBanned,
    /// `ResourceUnavailable.ResourceFrozen`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: resource frozen.
    ResourceUnavailableResourceFrozen,
    /// `ResourceUnavailable.ResourceIsolated`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: resource isolated.
    ResourceUnavailableResourceIsolated,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 18] = [
        "AuthFailure",
        "FailedOperation",
        "InternalError",
        "InvalidParameter",
        "LimitExceeded",
        "MissingParameter",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceNotFound.ServerNotFound",
        "ResourceNotFound.VersionNotFound",
        "ResourceUnavailable",
        "ResourceUnavailable.ResourceBanned",
        "ResourceUnavailable.ResourceFrozen",
        "ResourceUnavailable.ResourceIsolated",
        "UnauthorizedOperation",
        "UnsupportedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed.An internal error occurred.A parameter is invalid.A limit was exceeded.A required parameter is missing.Too many requests were sent.The resource is in use.Resources are insufficient.The resource was not found.The resource was not found: server not found.The resource was not found: version not found.The resource is unavailable.The resource is unavailable: resource banned.The resource is unavailable: resource frozen.The resource is unavailable: resource isolated.The operation is not authorized.The operation is not supported.",
        ends: &[
            0, 22, 43, 70, 93, 114, 146, 174, 197, 224, 251, 296, 342, 370, 415, 460,
            507, 539, 570,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 18] = ::cloud_errors::__private::retry_column(
        b"aabaaabbcaaaccccca",
    );
    static CATEGORY: [::cloud_errors::Category; 18] = ::cloud_errors::__private::category_column(
        b"bimchchjheeeiiiigl",
    );
    static PILOTS: [u16; 5] = [0, 85, 2, 1, 83];
    static SLOTS: [(&str, u32); 20] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            16, 12, 9, 10, 17, 2, 11, 15, 3, 13, 4, 7, 14, 5, 8, 4294967295, 0, 6, 1,
            4294967295,
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
    const PROVIDER: &'static str = "Tencent Cloud TCBR";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TCBR's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TCBR: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
