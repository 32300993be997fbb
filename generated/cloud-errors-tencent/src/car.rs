// @generated from catalogs/tencent/car.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CAR: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CAR: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.LockTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lock timeout.
    FailedOperationLockTimeout,
    /// `FailedOperation.PathNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: path not found.
    FailedOperationPathNotFound,
    /// `FailedOperation.ProcessTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: process timeout.
    FailedOperationProcessTimeout,
    /// `FailedOperation.SlowDown`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: slow down.
    FailedOperationSlowDown,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.JsonParseError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: json parse error.
    InvalidParameterJsonParseError,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `LimitExceeded.Role`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: role.
    LimitExceededRole,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `ResourceNotFound.NoIdle`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: no idle.
    ResourceNotFoundNoIdle,
    /// `ResourceNotFound.SessionNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: session not found.
    ResourceNotFoundSessionNotFound,
    /// `ResourceUnavailable.AccessFailed`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: access failed.
    ResourceUnavailableAccessFailed,
    /// `ResourceUnavailable.Initialization`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: initialization.
    ResourceUnavailableInitialization,
    /// `UnsupportedOperation.Stopping`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: stopping.
    UnsupportedOperationStopping,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 16] = [
        "FailedOperation",
        "FailedOperation.LockTimeout",
        "FailedOperation.PathNotFound",
        "FailedOperation.ProcessTimeout",
        "FailedOperation.SlowDown",
        "InternalError",
        "InvalidParameter",
        "InvalidParameter.JsonParseError",
        "InvalidParameterValue",
        "LimitExceeded.Role",
        "OperationDenied",
        "ResourceNotFound.NoIdle",
        "ResourceNotFound.SessionNotFound",
        "ResourceUnavailable.AccessFailed",
        "ResourceUnavailable.Initialization",
        "UnsupportedOperation.Stopping",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.The operation failed: lock timeout.The operation failed: path not found.The operation failed: process timeout.The operation failed: slow down.An internal error occurred.A parameter is invalid.A parameter is invalid: json parse error.A parameter value is invalid.A limit was exceeded: role.The operation was denied.The resource was not found: no idle.The resource was not found: session not found.The resource is unavailable: access failed.The resource is unavailable: initialization.The operation is not supported: stopping.",
        ends: &[
            0, 21, 56, 93, 131, 163, 190, 213, 254, 283, 310, 335, 371, 417, 460, 504,
            545,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 16] = ::cloud_errors::__private::retry_column(
        b"aaaaabaaaacaacca",
    );
    static CATEGORY: [::cloud_errors::Category; 16] = ::cloud_errors::__private::category_column(
        b"iiiiimccchgeeiii",
    );
    static PILOTS: [u16; 4] = [0, 7, 0, 250];
    static SLOTS: [(&str, u32); 17] = ::cloud_errors::__private::slots(
        &CODES,
        &[11, 9, 13, 15, 2, 5, 4, 4294967295, 14, 10, 1, 0, 3, 7, 6, 8, 12],
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
    const PROVIDER: &'static str = "Tencent Cloud CAR";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CAR's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CAR: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
