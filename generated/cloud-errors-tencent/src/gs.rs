// @generated from catalogs/tencent/gs.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud GS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud GS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.ApplicationCreateFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: application create fail.
    FailedOperationApplicationCreateFail,
    /// `FailedOperation.ApplicationLockFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: application lock fail.
    FailedOperationApplicationLockFail,
    /// `FailedOperation.ApplicationNotFind`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: application not find.
    FailedOperationApplicationNotFind,
    /// `FailedOperation.GameLockFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: game lock fail.
    FailedOperationGameLockFail,
    /// `FailedOperation.GameNotFind`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: game not find.
    FailedOperationGameNotFind,
    /// `FailedOperation.LockTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lock timeout.
    FailedOperationLockTimeout,
    /// `FailedOperation.ProcessTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: process timeout.
    FailedOperationProcessTimeout,
    /// `FailedOperation.SlowDown`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: slow down.
    FailedOperationSlowDown,
    /// `FailedOperation.Timeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: timeout.
    FailedOperationTimeout,
    /// `FailedOperation.TooFrequently`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: too frequently.
    FailedOperationTooFrequently,
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
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.ApplicationLimitExceeded`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: application limit exceeded.
    OperationDeniedApplicationLimitExceeded,
    /// `OperationDenied.VersionCreating`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: version creating.
    OperationDeniedVersionCreating,
    /// `OperationDenied.VersionLimitExceeded`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: version limit exceeded.
    OperationDeniedVersionLimitExceeded,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
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
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.NotRunning`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not running.
    UnsupportedOperationNotRunning,
    /// `UnsupportedOperation.Stopping`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: stopping.
    UnsupportedOperationStopping,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 29] = [
        "FailedOperation",
        "FailedOperation.ApplicationCreateFail",
        "FailedOperation.ApplicationLockFail",
        "FailedOperation.ApplicationNotFind",
        "FailedOperation.GameLockFail",
        "FailedOperation.GameNotFind",
        "FailedOperation.LockTimeout",
        "FailedOperation.ProcessTimeout",
        "FailedOperation.SlowDown",
        "FailedOperation.Timeout",
        "FailedOperation.TooFrequently",
        "InternalError",
        "InvalidParameter",
        "InvalidParameter.JsonParseError",
        "InvalidParameterValue",
        "LimitExceeded.Role",
        "MissingParameter",
        "OperationDenied",
        "OperationDenied.ApplicationLimitExceeded",
        "OperationDenied.VersionCreating",
        "OperationDenied.VersionLimitExceeded",
        "ResourceNotFound",
        "ResourceNotFound.NoIdle",
        "ResourceNotFound.SessionNotFound",
        "ResourceUnavailable.AccessFailed",
        "ResourceUnavailable.Initialization",
        "UnsupportedOperation",
        "UnsupportedOperation.NotRunning",
        "UnsupportedOperation.Stopping",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.The operation failed: application create fail.The operation failed: application lock fail.The operation failed: application not find.The operation failed: game lock fail.The operation failed: game not find.The operation failed: lock timeout.The operation failed: process timeout.The operation failed: slow down.The operation failed: timeout.The operation failed: too frequently.An internal error occurred.A parameter is invalid.A parameter is invalid: json parse error.A parameter value is invalid.A limit was exceeded: role.A required parameter is missing.The operation was denied.The operation was denied: application limit exceeded.The operation was denied: version creating.The operation was denied: version limit exceeded.The resource was not found.The resource was not found: no idle.The resource was not found: session not found.The resource is unavailable: access failed.The resource is unavailable: initialization.The operation is not supported.The operation is not supported: not running.The operation is not supported: stopping.",
        ends: &[
            0, 21, 67, 111, 154, 191, 227, 262, 300, 332, 362, 399, 426, 449, 490, 519,
            546, 578, 603, 656, 699, 748, 775, 811, 857, 900, 944, 975, 1019, 1060,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 29] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaabaaaaaccccaaaccaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 29] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiiimccchcggggeeeiilii",
    );
    static PILOTS: [u16; 8] = [1, 36, 13, 0, 5, 25, 42, 68];
    static SLOTS: [(&str, u32); 32] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            19, 16, 5, 1, 4294967295, 27, 21, 6, 26, 4294967295, 18, 9, 15, 12, 3, 28,
            10, 23, 7, 11, 8, 0, 4, 17, 13, 14, 4294967295, 20, 24, 22, 2, 25,
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
    const PROVIDER: &'static str = "Tencent Cloud GS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud GS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud GS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
