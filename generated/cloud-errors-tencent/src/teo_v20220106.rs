// @generated from catalogs/tencent/teo_v20220106.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TEO v20220106: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TEO v20220106: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.BackendError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: backend error.
    InternalErrorBackendError,
    /// `InternalError.DomainConfig`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: domain config.
    InternalErrorDomainConfig,
    /// `InternalError.FailedToGenerateUrl`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: failed to generate url.
    InternalErrorFailedToGenerateUrl,
    /// `InternalError.QuotaSystem`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: quota system.
    InternalErrorQuotaSystem,
    /// `InternalError.RouteError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: route error.
    InternalErrorRouteError,
    /// `InvalidParameter.DomainNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain not found.
    InvalidParameterDomainNotFound,
    /// `InvalidParameter.ParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: parameter error.
    InvalidParameterParameterError,
    /// `InvalidParameter.Target`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: target.
    InvalidParameterTarget,
    /// `InvalidParameter.TaskNotGenerated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: task not generated.
    InvalidParameterTaskNotGenerated,
    /// `InvalidParameter.UploadUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: upload url.
    InvalidParameterUploadUrl,
    /// `LimitExceeded.BatchQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: batch quota.
    LimitExceededBatchQuota,
    /// `LimitExceeded.DailyQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: daily quota.
    LimitExceededDailyQuota,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `UnauthorizedOperation.CamUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cam unauthorized.
    UnauthorizedOperationCamUnauthorized,
    /// `UnauthorizedOperation.DomainEmpty`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: domain empty.
    UnauthorizedOperationDomainEmpty,
    /// `UnauthorizedOperation.NoPermission`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no permission.
    UnauthorizedOperationNoPermission,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 17] = [
        "InternalError",
        "InternalError.BackendError",
        "InternalError.DomainConfig",
        "InternalError.FailedToGenerateUrl",
        "InternalError.QuotaSystem",
        "InternalError.RouteError",
        "InvalidParameter.DomainNotFound",
        "InvalidParameter.ParameterError",
        "InvalidParameter.Target",
        "InvalidParameter.TaskNotGenerated",
        "InvalidParameter.UploadUrl",
        "LimitExceeded.BatchQuota",
        "LimitExceeded.DailyQuota",
        "OperationDenied",
        "UnauthorizedOperation.CamUnauthorized",
        "UnauthorizedOperation.DomainEmpty",
        "UnauthorizedOperation.NoPermission",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "An internal error occurred.An internal error occurred: backend error.An internal error occurred: domain config.An internal error occurred: failed to generate url.An internal error occurred: quota system.An internal error occurred: route error.A parameter is invalid: domain not found.A parameter is invalid: parameter error.A parameter is invalid: target.A parameter is invalid: task not generated.A parameter is invalid: upload url.A limit was exceeded: batch quota.A limit was exceeded: daily quota.The operation was denied.The operation is not authorized: cam unauthorized.The operation is not authorized: domain empty.The operation is not authorized: no permission.",
        ends: &[
            0, 27, 69, 111, 162, 203, 243, 284, 324, 355, 398, 433, 467, 501, 526, 576,
            622, 669,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 17] = ::cloud_errors::__private::retry_column(
        b"bbbbbbaaaaaaacccc",
    );
    static CATEGORY: [::cloud_errors::Category; 17] = ::cloud_errors::__private::category_column(
        b"mmmmmmccccchhgggg",
    );
    static PILOTS: [u16; 5] = [13, 0, 48, 4, 21];
    static SLOTS: [(&str, u32); 18] = ::cloud_errors::__private::slots(
        &CODES,
        &[4294967295, 16, 10, 14, 0, 7, 11, 5, 9, 2, 13, 12, 4, 8, 15, 1, 3, 6],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        descriptions_en: &DESCRIPTIONS_EN,
        retry: &RETRY,
        category: &CATEGORY,
        first_locale: ::cloud_errors::Locale::En,
        index: ::cloud_errors::__private::PerfectHash {
            seed: 11400714819323198484,
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
    const PROVIDER: &'static str = "Tencent Cloud TEO v20220106";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TEO v20220106's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TEO v20220106: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
