// @generated from catalogs/tencent/dbbrain_v20210527.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud DBBRAIN v20210527: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud DBBRAIN v20210527: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The request was a dry run and was not carried out.
    DryRunOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AuditNotOpened`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: audit not opened.
    FailedOperationAuditNotOpened,
    /// `FailedOperation.PaasAuditNotOpened`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: paas audit not opened.
    FailedOperationPaasAuditNotOpened,
    /// `FailedOperation.SegmentLoading`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: segment loading.
    FailedOperationSegmentLoading,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.DbOperationFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db operation failed.
    InternalErrorDbOperationFailed,
    /// `InternalError.InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal error.
    InternalErrorInternalError,
    /// `InvalidFilter`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid filter.
    InvalidFilter,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter.
    InvalidParameterInvalidParameter,
    /// `InvalidParameterCombination`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid parameter combination.
    InvalidParameterCombination,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter value.
    InvalidParameterValueInvalidParameterValue,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing parameter.
    MissingParameterMissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.UserHasNoStrategy`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: user has no strategy.
    OperationDeniedUserHasNoStrategy,
    /// `RegionError`: no documented HTTP status; retry: never; category: unknown.
    /// Region error.
    RegionError,
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
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: unauthorized operation.
    UnauthorizedOperationUnauthorizedOperation,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.HasDuplicatedTask`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: has duplicated task.
    UnsupportedOperationHasDuplicatedTask,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 32] = [
        "AuthFailure",
        "DryRunOperation",
        "FailedOperation",
        "FailedOperation.AuditNotOpened",
        "FailedOperation.PaasAuditNotOpened",
        "FailedOperation.SegmentLoading",
        "InternalError",
        "InternalError.DbOperationFailed",
        "InternalError.InternalError",
        "InvalidFilter",
        "InvalidParameter",
        "InvalidParameter.InvalidParameter",
        "InvalidParameterCombination",
        "InvalidParameterValue",
        "InvalidParameterValue.InvalidParameterValue",
        "LimitExceeded",
        "MissingParameter",
        "MissingParameter.MissingParameter",
        "OperationDenied",
        "OperationDenied.UserHasNoStrategy",
        "RegionError",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceUnavailable",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnauthorizedOperation.UnauthorizedOperation",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.HasDuplicatedTask",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The request was a dry run and was not carried out.The operation failed.The operation failed: audit not opened.The operation failed: paas audit not opened.The operation failed: segment loading.An internal error occurred.An internal error occurred: db operation failed.An internal error occurred: internal error.Invalid filter.A parameter is invalid.A parameter is invalid: invalid parameter.Invalid parameter combination.A parameter value is invalid.A parameter value is invalid: invalid parameter value.A limit was exceeded.A required parameter is missing.A required parameter is missing: missing parameter.The operation was denied.The operation was denied: user has no strategy.Region error.Too many requests were sent.The resource is in use.Resources are insufficient.The resource was not found.The resource is unavailable.The resources are sold out.The operation is not authorized.The operation is not authorized: unauthorized operation.An unknown parameter was given.The operation is not supported.The operation is not supported: has duplicated task.",
        ends: &[
            0, 22, 72, 93, 132, 176, 214, 241, 289, 332, 347, 370, 412, 442, 471, 525,
            546, 578, 629, 654, 701, 714, 742, 765, 792, 819, 847, 874, 906, 962, 993,
            1024, 1076,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 32] = ::cloud_errors::__private::retry_column(
        b"aaaaaabbbaaaaaaaaaccabbcaccccaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 32] = ::cloud_errors::__private::category_column(
        b"biiiiimmmbccbcchccggbhjheihggcli",
    );
    static PILOTS: [u16; 8] = [92, 10, 0, 0, 476, 0, 132, 54];
    static SLOTS: [(&str, u32); 35] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            8, 20, 26, 16, 15, 23, 18, 3, 13, 30, 10, 17, 1, 14, 4294967295, 11, 12, 5,
            28, 0, 9, 6, 2, 21, 19, 27, 4294967295, 24, 7, 22, 25, 29, 31, 4, 4294967295,
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
    const PROVIDER: &'static str = "Tencent Cloud DBBRAIN v20210527";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud DBBRAIN v20210527's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud DBBRAIN v20210527: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
