// @generated from catalogs/tencent/dbs.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud DBS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud DBS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure.UnauthorizedOperationError`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation error.
    AuthFailureUnauthorizedOperationError,
    /// `FailedOperation.CreateBackupErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create backup err.
    FailedOperationCreateBackupErr,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.DatabaseAccessError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: database access error.
    InternalErrorDatabaseAccessError,
    /// `InternalError.InternalHttpServerError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal http server error.
    InternalErrorInternalHttpServerError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.BizOperationDeniedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: biz operation denied error.
    OperationDeniedBizOperationDeniedError,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
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
    static CODES: [&str; 12] = [
        "AuthFailure.UnauthorizedOperationError",
        "FailedOperation.CreateBackupErr",
        "InternalError",
        "InternalError.DatabaseAccessError",
        "InternalError.InternalHttpServerError",
        "InvalidParameter",
        "InvalidParameterValue",
        "OperationDenied",
        "OperationDenied.BizOperationDeniedError",
        "ResourceNotFound",
        "UnauthorizedOperation",
        "UnsupportedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed: unauthorized operation error.The operation failed: create backup err.An internal error occurred.An internal error occurred: database access error.An internal error occurred: internal http server error.A parameter is invalid.A parameter value is invalid.The operation was denied.The operation was denied: biz operation denied error.The resource was not found.The operation is not authorized.The operation is not supported.",
        ends: &[0, 52, 92, 119, 169, 224, 247, 276, 301, 354, 381, 413, 444],
    };
    static RETRY: [::cloud_errors::Retry; 12] = ::cloud_errors::__private::retry_column(
        b"cabbbaaccaca",
    );
    static CATEGORY: [::cloud_errors::Category; 12] = ::cloud_errors::__private::category_column(
        b"pimmmccggegl",
    );
    static PILOTS: [u16; 3] = [2, 78, 2];
    static SLOTS: [(&str, u32); 13] = ::cloud_errors::__private::slots(
        &CODES,
        &[3, 4, 10, 7, 2, 9, 6, 8, 5, 11, 1, 0, 4294967295],
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
    const PROVIDER: &'static str = "Tencent Cloud DBS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud DBS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud DBS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
