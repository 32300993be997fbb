// @generated from catalogs/tencent/dasb.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud DASB: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud DASB: a variant per documented code,
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
    /// `FailedOperation.TooFrequent`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: too frequent.
    FailedOperationTooFrequent,
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
    static CODES: [&str; 26] = [
        "AuthFailure",
        "FailedOperation",
        "FailedOperation.AuthFailed",
        "FailedOperation.ConnectionFailed",
        "FailedOperation.DataNotFound",
        "FailedOperation.DuplicateData",
        "FailedOperation.TooFrequent",
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
    static NAME_CODES: [u32; 1] = [7];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationVpcDeployed",
        ends: &[0, 26],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed.The operation failed: auth failed.The operation failed: connection failed.The operation failed: data not found.The operation failed: duplicate data.The operation failed: too frequent.The operation failed: VPC deployed.An internal error occurred.Invalid filter.A parameter is invalid.A parameter is invalid: resource id.A parameter value is invalid.A limit was exceeded.A required parameter is missing.The operation was denied.Too many requests were sent.The resource is in use.Resources are insufficient.The resource was not found.The resource is unavailable.The resources are sold out.The operation is not authorized.The operation is not authorized: no permission.An unknown parameter was given.The operation is not supported.",
        ends: &[
            0, 22, 43, 77, 117, 154, 191, 226, 261, 288, 303, 326, 362, 391, 412, 444,
            469, 497, 520, 547, 574, 602, 629, 661, 708, 739, 770,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 26] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaabaaaaaacbbcaccccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 26] = ::cloud_errors::__private::category_column(
        b"biiiiiiimbccchcghjheihggcl",
    );
    static PILOTS: [u16; 7] = [0, 512, 3, 83, 0, 1, 149];
    static SLOTS: [(&str, u32); 28] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            2, 7, 5, 25, 19, 11, 24, 4, 6, 14, 18, 23, 8, 13, 10, 0, 15, 3, 1, 12, 22,
            4294967295, 20, 17, 16, 21, 9, 4294967295,
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
    const PROVIDER: &'static str = "Tencent Cloud DASB";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud DASB's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud DASB: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
