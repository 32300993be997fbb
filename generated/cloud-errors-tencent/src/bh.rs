// @generated from catalogs/tencent/bh.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud BH: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud BH: a variant per documented code,
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
    /// `FailedOperation.AuthFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: auth failed.
    FailedOperationAuthFailed,
    /// `FailedOperation.ConnectionFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: connection failed.
    FailedOperationConnectionFailed,
    /// `FailedOperation.DataNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: data not found.
    FailedOperationDataNotFound,
    /// `FailedOperation.DuplicateData`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: duplicate data.
    FailedOperationDuplicateData,
    /// `FailedOperation.ResourceNotPro`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: resource not pro.
    FailedOperationResourceNotPro,
    /// `FailedOperation.SearchFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: search failed.
    FailedOperationSearchFailed,
    /// `FailedOperation.TooFrequent`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: too frequent.
    FailedOperationTooFrequent,
    /// `FailedOperation.UserExpired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user expired.
    FailedOperationUserExpired,
    /// `FailedOperation.UserInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user invalid.
    FailedOperationUserInvalid,
    /// `FailedOperation.UserLocked`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user locked.
    FailedOperationUserLocked,
    /// `FailedOperation.UserNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user not exist.
    FailedOperationUserNotExist,
    /// `FailedOperation.VPCDeployed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: VPC deployed.
    FailedOperationVpcDeployed,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidFilter`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid filter.
    InvalidFilter,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ResourceId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource id.
    InvalidParameterResourceId,
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
    /// `UnauthorizedOperation.NoPermission`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no permission.
    UnauthorizedOperationNoPermission,
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
    static CODES: [&str; 32] = [
        "AuthFailure",
        "FailedOperation",
        "FailedOperation.AuthFailed",
        "FailedOperation.ConnectionFailed",
        "FailedOperation.DataNotFound",
        "FailedOperation.DuplicateData",
        "FailedOperation.ResourceNotPro",
        "FailedOperation.SearchFailed",
        "FailedOperation.TooFrequent",
        "FailedOperation.UserExpired",
        "FailedOperation.UserInvalid",
        "FailedOperation.UserLocked",
        "FailedOperation.UserNotExist",
        "FailedOperation.VPCDeployed",
        "InternalError",
        "InvalidFilter",
        "InvalidParameter",
        "InvalidParameter.ResourceId",
        "InvalidParameterValue",
        "LimitExceeded",
        "MissingParameter",
        "OperationDenied",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceUnavailable",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnauthorizedOperation.NoPermission",
        "UnknownParameter",
        "UnsupportedOperation",
    ];
    static NAME_CODES: [u32; 1] = [13];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationVpcDeployed",
        ends: &[0, 26],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed.The operation failed: auth failed.The operation failed: connection failed.The operation failed: data not found.The operation failed: duplicate data.The operation failed: resource not pro.The operation failed: search failed.The operation failed: too frequent.The operation failed: user expired.The operation failed: user invalid.The operation failed: user locked.The operation failed: user not exist.The operation failed: VPC deployed.An internal error occurred.Invalid filter.A parameter is invalid.A parameter is invalid: resource id.A parameter value is invalid.A limit was exceeded.A required parameter is missing.The operation was denied.Too many requests were sent.The resource is in use.Resources are insufficient.The resource was not found.The resource is unavailable.The resources are sold out.The operation is not authorized.The operation is not authorized: no permission.An unknown parameter was given.The operation is not supported.",
        ends: &[
            0, 22, 43, 77, 117, 154, 191, 230, 266, 301, 336, 371, 405, 442, 477, 504,
            519, 542, 578, 607, 628, 660, 685, 713, 736, 763, 790, 818, 845, 877, 924,
            955, 986,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 32] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaabaaaaaacbbcaccccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 32] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiiiiimbccchcghjheihggcl",
    );
    static PILOTS: [u16; 8] = [4, 15, 6, 0, 8, 21, 2, 128];
    static SLOTS: [(&str, u32); 35] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            24, 11, 6, 4294967295, 30, 22, 23, 0, 2, 31, 7, 9, 4, 18, 4294967295, 25, 13,
            12, 27, 1, 15, 14, 28, 16, 29, 26, 19, 4294967295, 21, 10, 3, 17, 5, 8, 20,
        ],
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
    const PROVIDER: &'static str = "Tencent Cloud BH";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud BH's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud BH: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
