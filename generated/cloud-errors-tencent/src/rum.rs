// @generated from catalogs/tencent/rum.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud RUM: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud RUM: a variant per documented code,
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
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The request was a dry run and was not carried out.
    DryRunOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.ChargeNoBalance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: charge no balance.
    FailedOperationChargeNoBalance,
    /// `FailedOperation.ChargeNoPayRight`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: charge no pay right.
    FailedOperationChargeNoPayRight,
    /// `FailedOperation.ChargeParamInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: charge param invalid.
    FailedOperationChargeParamInvalid,
    /// `FailedOperation.ClsCallFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cls call fail.
    FailedOperationClsCallFail,
    /// `FailedOperation.DataBaseException`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: data base exception.
    FailedOperationDataBaseException,
    /// `FailedOperation.InfrastructureError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: infrastructure error.
    FailedOperationInfrastructureError,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidFilter`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid filter.
    InvalidFilter,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
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
    /// `ResourceNotFound.NoInstance`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: no instance.
    ResourceNotFoundNoInstance,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 28] = [
        "AuthFailure",
        "AuthFailure.UnauthorizedOperation",
        "DryRunOperation",
        "FailedOperation",
        "FailedOperation.ChargeNoBalance",
        "FailedOperation.ChargeNoPayRight",
        "FailedOperation.ChargeParamInvalid",
        "FailedOperation.ClsCallFail",
        "FailedOperation.DataBaseException",
        "FailedOperation.InfrastructureError",
        "InternalError",
        "InvalidFilter",
        "InvalidParameter",
        "InvalidParameterValue",
        "LimitExceeded",
        "MissingParameter",
        "OperationDenied",
        "RegionError",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceNotFound.NoInstance",
        "ResourceUnavailable",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnknownParameter",
        "UnsupportedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: unauthorized operation.The request was a dry run and was not carried out.The operation failed.The operation failed: charge no balance.The operation failed: charge no pay right.The operation failed: charge param invalid.The operation failed: cls call fail.The operation failed: data base exception.The operation failed: infrastructure error.An internal error occurred.Invalid filter.A parameter is invalid.A parameter value is invalid.A limit was exceeded.A required parameter is missing.The operation was denied.Region error.Too many requests were sent.The resource is in use.Resources are insufficient.The resource was not found.The resource was not found: no instance.The resource is unavailable.The resources are sold out.The operation is not authorized.An unknown parameter was given.The operation is not supported.",
        ends: &[
            0, 22, 68, 118, 139, 179, 221, 264, 300, 342, 385, 412, 427, 450, 479, 500,
            532, 557, 570, 598, 621, 648, 675, 715, 743, 770, 802, 833, 864,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 28] = ::cloud_errors::__private::retry_column(
        b"acaaaaaaaabaaaaacabbcaacccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 28] = ::cloud_errors::__private::category_column(
        b"bpiiiiiiiimbcchcgbhjheeihgcl",
    );
    static PILOTS: [u16; 7] = [29, 227, 128, 0, 8, 21, 30];
    static SLOTS: [(&str, u32); 31] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 17, 2, 12, 5, 7, 22, 4, 24, 0, 27, 15, 23, 6, 25, 18, 21, 11, 19,
            26, 10, 9, 4294967295, 8, 13, 16, 14, 20, 3, 1, 4294967295,
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
    const PROVIDER: &'static str = "Tencent Cloud RUM";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud RUM's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud RUM: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
