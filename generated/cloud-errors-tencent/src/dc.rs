// @generated from catalogs/tencent/dc.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud DC: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud DC: a variant per documented code,
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
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.AddressError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: address error.
    InvalidParameterAddressError,
    /// `InvalidParameter.DirectConnectIdIsNotUin`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: direct connect id is not uin.
    InvalidParameterDirectConnectIdIsNotUin,
    /// `InvalidParameter.UinIsNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: uin is not exist.
    InvalidParameterUinIsNotExist,
    /// `InvalidParameter.VlanConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: vlan conflict.
    InvalidParameterVlanConflict,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.VlanConfLict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vlan conf lict.
    InvalidParameterValueVlanConfLict,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.DirectConnectLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: direct connect limit exceeded.
    LimitExceededDirectConnectLimitExceeded,
    /// `LimitExceeded.DirectConnectTunnelLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: direct connect tunnel limit exceeded.
    LimitExceededDirectConnectTunnelLimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInUse.DcVpcIsExist`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: dc vpc is exist.
    ResourceInUseDcVpcIsExist,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.DirectConnectTunnelIdIsNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: direct connect tunnel id is not exist.
    ResourceNotFoundDirectConnectTunnelIdIsNotExist,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.InsufficientBalance`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: insufficient balance.
    ResourceUnavailableInsufficientBalance,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.CrossBorderDirectConnectTunnel`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cross border direct connect tunnel.
    UnsupportedOperationCrossBorderDirectConnectTunnel,
    /// `UnsupportedOperation.StateConfLict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: state conf lict.
    UnsupportedOperationStateConfLict,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 26] = [
        "AuthFailure",
        "AuthFailure.UnauthorizedOperation",
        "FailedOperation",
        "InternalError",
        "InvalidParameter",
        "InvalidParameter.AddressError",
        "InvalidParameter.DirectConnectIdIsNotUin",
        "InvalidParameter.UinIsNotExist",
        "InvalidParameter.VlanConflict",
        "InvalidParameterValue",
        "InvalidParameterValue.VlanConfLict",
        "LimitExceeded",
        "LimitExceeded.DirectConnectLimitExceeded",
        "LimitExceeded.DirectConnectTunnelLimitExceeded",
        "MissingParameter",
        "ResourceInUse",
        "ResourceInUse.DcVpcIsExist",
        "ResourceNotFound",
        "ResourceNotFound.DirectConnectTunnelIdIsNotExist",
        "ResourceUnavailable",
        "ResourceUnavailable.InsufficientBalance",
        "UnauthorizedOperation",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.CrossBorderDirectConnectTunnel",
        "UnsupportedOperation.StateConfLict",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: unauthorized operation.The operation failed.An internal error occurred.A parameter is invalid.A parameter is invalid: address error.A parameter is invalid: direct connect id is not uin.A parameter is invalid: uin is not exist.A parameter is invalid: vlan conflict.A parameter value is invalid.A parameter value is invalid: vlan conf lict.A limit was exceeded.A limit was exceeded: direct connect limit exceeded.A limit was exceeded: direct connect tunnel limit exceeded.A required parameter is missing.The resource is in use.The resource is in use: dc vpc is exist.The resource was not found.The resource was not found: direct connect tunnel id is not exist.The resource is unavailable.The resource is unavailable: insufficient balance.The operation is not authorized.An unknown parameter was given.The operation is not supported.The operation is not supported: cross border direct connect tunnel.The operation is not supported: state conf lict.",
        ends: &[
            0, 22, 68, 89, 116, 139, 177, 230, 271, 309, 338, 383, 404, 456, 515, 547,
            570, 610, 637, 703, 731, 781, 813, 844, 875, 942, 990,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 26] = ::cloud_errors::__private::retry_column(
        b"acabaaaaaaaaaaabbaacccaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 26] = ::cloud_errors::__private::category_column(
        b"bpimccccccchhhcjjeeiigclii",
    );
    static PILOTS: [u16; 7] = [0, 66, 24, 32, 1, 7, 65];
    static SLOTS: [(&str, u32); 28] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            21, 4, 10, 5, 18, 12, 25, 13, 8, 16, 3, 7, 9, 20, 23, 15, 17, 14, 19, 24,
            4294967295, 22, 6, 0, 4294967295, 11, 2, 1,
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
    const PROVIDER: &'static str = "Tencent Cloud DC";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud DC's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud DC: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
