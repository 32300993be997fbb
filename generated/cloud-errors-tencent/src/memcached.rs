// @generated from catalogs/tencent/memcached.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud MEMCACHED: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud MEMCACHED: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.DbOperationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: db operation failed.
    FailedOperationDbOperationFailed,
    /// `FailedOperation.SystemError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: system error.
    FailedOperationSystemError,
    /// `InternalError.InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal error.
    InternalErrorInternalError,
    /// `InvalidParameter.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter.
    InvalidParameterInvalidParameter,
    /// `MissingParameter.EmptyParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: empty param.
    MissingParameterEmptyParam,
    /// `ResourceNotFound.AccountDoesNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: account does not exists.
    ResourceNotFoundAccountDoesNotExists,
    /// `ResourceNotFound.InstanceNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instance not exists.
    ResourceNotFoundInstanceNotExists,
    /// `UnauthorizedOperation.NoCAMAuthed`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no CAM authed.
    UnauthorizedOperationNoCamAuthed,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 8] = [
        "FailedOperation.DbOperationFailed",
        "FailedOperation.SystemError",
        "InternalError.InternalError",
        "InvalidParameter.InvalidParameter",
        "MissingParameter.EmptyParam",
        "ResourceNotFound.AccountDoesNotExists",
        "ResourceNotFound.InstanceNotExists",
        "UnauthorizedOperation.NoCAMAuthed",
    ];
    static NAME_CODES: [u32; 1] = [7];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "UnauthorizedOperationNoCamAuthed",
        ends: &[0, 32],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: db operation failed.The operation failed: system error.An internal error occurred: internal error.A parameter is invalid: invalid parameter.A required parameter is missing: empty param.The resource was not found: account does not exists.The resource was not found: instance not exists.The operation is not authorized: no CAM authed.",
        ends: &[0, 42, 77, 120, 162, 207, 259, 307, 354],
    };
    static RETRY: [::cloud_errors::Retry; 8] = ::cloud_errors::__private::retry_column(
        b"aabaaaac",
    );
    static CATEGORY: [::cloud_errors::Category; 8] = ::cloud_errors::__private::category_column(
        b"iimcceeg",
    );
    static PILOTS: [u16; 2] = [648, 1];
    static SLOTS: [(&str, u32); 8] = ::cloud_errors::__private::slots(
        &CODES,
        &[6, 0, 3, 7, 4, 2, 5, 1],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
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
    const PROVIDER: &'static str = "Tencent Cloud MEMCACHED";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud MEMCACHED's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud MEMCACHED: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
