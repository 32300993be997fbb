// @generated from catalogs/tencent/cetcd.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CETCD: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CETCD: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.ResourceExistAlready`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: resource exist already.
    FailedOperationResourceExistAlready,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.DbRecordNotFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db record not found.
    InternalErrorDbRecordNotFound,
    /// `InternalError.UnexpectedInternal`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unexpected internal.
    InternalErrorUnexpectedInternal,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.Param`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: param.
    InvalidParameterParam,
    /// `LimitExceeded.QuotaEtcdLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: quota etcd limit.
    LimitExceededQuotaEtcdLimit,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.PrometheusStatusError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: prometheus status error.
    ResourceUnavailablePrometheusStatusError,
    /// `UnauthorizedOperation.CamNoAuth`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cam no auth.
    UnauthorizedOperationCamNoAuth,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 13] = [
        "FailedOperation.ResourceExistAlready",
        "InternalError",
        "InternalError.DbRecordNotFound",
        "InternalError.UnexpectedInternal",
        "InvalidParameter",
        "InvalidParameter.Param",
        "LimitExceeded.QuotaEtcdLimit",
        "OperationDenied",
        "ResourceNotFound",
        "ResourceUnavailable",
        "ResourceUnavailable.PrometheusStatusError",
        "UnauthorizedOperation.CamNoAuth",
        "UnsupportedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: resource exist already.An internal error occurred.An internal error occurred: db record not found.An internal error occurred: unexpected internal.A parameter is invalid.A parameter is invalid: param.A limit was exceeded: quota etcd limit.The operation was denied.The resource was not found.The resource is unavailable.The resource is unavailable: prometheus status error.The operation is not authorized: cam no auth.The operation is not supported.",
        ends: &[0, 45, 72, 120, 168, 191, 221, 260, 285, 312, 340, 393, 438, 469],
    };
    static RETRY: [::cloud_errors::Retry; 13] = ::cloud_errors::__private::retry_column(
        b"abbbaaacaccca",
    );
    static CATEGORY: [::cloud_errors::Category; 13] = ::cloud_errors::__private::category_column(
        b"immmcchgeiigl",
    );
    static PILOTS: [u16; 4] = [0, 1, 2, 8];
    static SLOTS: [(&str, u32); 14] = ::cloud_errors::__private::slots(
        &CODES,
        &[9, 7, 4294967295, 10, 2, 5, 11, 12, 8, 3, 6, 0, 1, 4],
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
    const PROVIDER: &'static str = "Tencent Cloud CETCD";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CETCD's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CETCD: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
