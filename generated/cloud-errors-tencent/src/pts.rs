// @generated from catalogs/tencent/pts.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud PTS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud PTS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation.
    AuthFailureUnauthorizedOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AccessTagFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: access tag fail.
    FailedOperationAccessTagFail,
    /// `FailedOperation.DbQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: db query failed.
    FailedOperationDbQueryFailed,
    /// `FailedOperation.DbRecordCreateFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: db record create failed.
    FailedOperationDbRecordCreateFailed,
    /// `FailedOperation.DbRecordUpdateFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: db record update failed.
    FailedOperationDbRecordUpdateFailed,
    /// `FailedOperation.JobStatusNotRunning`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: job status not running.
    FailedOperationJobStatusNotRunning,
    /// `FailedOperation.NoTasksInJob`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no tasks in job.
    FailedOperationNoTasksInJob,
    /// `FailedOperation.NotSupportedInEnv`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not supported in env.
    FailedOperationNotSupportedInEnv,
    /// `FailedOperation.ResourceNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: resource not found.
    FailedOperationResourceNotFound,
    /// `FailedOperation.SendRequest`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: send request.
    FailedOperationSendRequest,
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
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 19] = [
        "AuthFailure",
        "AuthFailure.UnauthorizedOperation",
        "FailedOperation",
        "FailedOperation.AccessTagFail",
        "FailedOperation.DbQueryFailed",
        "FailedOperation.DbRecordCreateFailed",
        "FailedOperation.DbRecordUpdateFailed",
        "FailedOperation.JobStatusNotRunning",
        "FailedOperation.NoTasksInJob",
        "FailedOperation.NotSupportedInEnv",
        "FailedOperation.ResourceNotFound",
        "FailedOperation.SendRequest",
        "InternalError",
        "InvalidParameter",
        "InvalidParameterValue",
        "LimitExceeded",
        "ResourceInsufficient",
        "ResourceNotFound",
        "UnauthorizedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: unauthorized operation.The operation failed.The operation failed: access tag fail.The operation failed: db query failed.The operation failed: db record create failed.The operation failed: db record update failed.The operation failed: job status not running.The operation failed: no tasks in job.The operation failed: not supported in env.The operation failed: resource not found.The operation failed: send request.An internal error occurred.A parameter is invalid.A parameter value is invalid.A limit was exceeded.Resources are insufficient.The resource was not found.The operation is not authorized.",
        ends: &[
            0, 22, 68, 89, 127, 165, 211, 257, 302, 340, 383, 424, 459, 486, 509, 538,
            559, 586, 613, 645,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 19] = ::cloud_errors::__private::retry_column(
        b"acaaaaaaaaaabaaacac",
    );
    static CATEGORY: [::cloud_errors::Category; 19] = ::cloud_errors::__private::category_column(
        b"bpiiiiiiiiiimcchheg",
    );
    static PILOTS: [u16; 5] = [26, 0, 257, 0, 21];
    static SLOTS: [(&str, u32); 21] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            8, 4294967295, 13, 3, 10, 5, 9, 7, 16, 6, 4, 0, 12, 2, 11, 18, 1, 15, 17, 14,
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
    const PROVIDER: &'static str = "Tencent Cloud PTS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud PTS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud PTS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
