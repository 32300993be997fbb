// @generated from catalogs/tencent/bmvpc.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud BMVPC: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud BMVPC: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.SpdAclLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: spd acl limit.
    LimitExceededSpdAclLimit,
    /// `LimitExceeded.SpdDnetLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: spd dnet limit.
    LimitExceededSpdDnetLimit,
    /// `LimitExceeded.SpdSnetLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: spd snet limit.
    LimitExceededSpdSnetLimit,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.CustomerGatewayNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: customer gateway not exist.
    ResourceNotFoundCustomerGatewayNotExist,
    /// `ResourceNotFound.NotAvaible`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: not avaible.
    ResourceNotFoundNotAvaible,
    /// `ResourceNotFound.VpcNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: vpc not exist.
    ResourceNotFoundVpcNotExist,
    /// `ResourceNotFound.VpcPeerNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: vpc peer not exist.
    ResourceNotFoundVpcPeerNotExist,
    /// `ResourceNotFound.VpnConnNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: vpn conn not exist.
    ResourceNotFoundVpnConnNotExist,
    /// `ResourceNotFound.VpnGwNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: vpn gw not exist.
    ResourceNotFoundVpnGwNotExist,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.CustomerGatewayAddrExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: customer gateway addr exist.
    UnsupportedOperationCustomerGatewayAddrExist,
    /// `UnsupportedOperation.CustomerGatewayAddrInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: customer gateway addr invalid.
    UnsupportedOperationCustomerGatewayAddrInvalid,
    /// `UnsupportedOperation.InvalidVpcPeerState`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid vpc peer state.
    UnsupportedOperationInvalidVpcPeerState,
    /// `UnsupportedOperation.InvalidVpnConnState`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid vpn conn state.
    UnsupportedOperationInvalidVpnConnState,
    /// `UnsupportedOperation.SpdAclCidrInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: spd acl cidr invalid.
    UnsupportedOperationSpdAclCidrInvalid,
    /// `UnsupportedOperation.SpdSnetNotInCidr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: spd snet not in cidr.
    UnsupportedOperationSpdSnetNotInCidr,
    /// `UnsupportedOperation.VpcCidrConfict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpc cidr confict.
    UnsupportedOperationVpcCidrConfict,
    /// `UnsupportedOperation.VpcPeerExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpc peer exist.
    UnsupportedOperationVpcPeerExist,
    /// `UnsupportedOperation.VpnConnExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpn conn exist.
    UnsupportedOperationVpnConnExist,
    /// `UnsupportedOperation.VpnConnInUse`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpn conn in use.
    UnsupportedOperationVpnConnInUse,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 28] = [
        "FailedOperation",
        "InternalError",
        "InvalidParameter",
        "LimitExceeded",
        "LimitExceeded.SpdAclLimit",
        "LimitExceeded.SpdDnetLimit",
        "LimitExceeded.SpdSnetLimit",
        "ResourceInUse",
        "ResourceNotFound",
        "ResourceNotFound.CustomerGatewayNotExist",
        "ResourceNotFound.NotAvaible",
        "ResourceNotFound.VpcNotExist",
        "ResourceNotFound.VpcPeerNotExist",
        "ResourceNotFound.VpnConnNotExist",
        "ResourceNotFound.VpnGwNotExist",
        "ResourceUnavailable",
        "UnauthorizedOperation",
        "UnsupportedOperation",
        "UnsupportedOperation.CustomerGatewayAddrExist",
        "UnsupportedOperation.CustomerGatewayAddrInvalid",
        "UnsupportedOperation.InvalidVpcPeerState",
        "UnsupportedOperation.InvalidVpnConnState",
        "UnsupportedOperation.SpdAclCidrInvalid",
        "UnsupportedOperation.SpdSnetNotInCidr",
        "UnsupportedOperation.VpcCidrConfict",
        "UnsupportedOperation.VpcPeerExist",
        "UnsupportedOperation.VpnConnExist",
        "UnsupportedOperation.VpnConnInUse",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.An internal error occurred.A parameter is invalid.A limit was exceeded.A limit was exceeded: spd acl limit.A limit was exceeded: spd dnet limit.A limit was exceeded: spd snet limit.The resource is in use.The resource was not found.The resource was not found: customer gateway not exist.The resource was not found: not avaible.The resource was not found: vpc not exist.The resource was not found: vpc peer not exist.The resource was not found: vpn conn not exist.The resource was not found: vpn gw not exist.The resource is unavailable.The operation is not authorized.The operation is not supported.The operation is not supported: customer gateway addr exist.The operation is not supported: customer gateway addr invalid.The operation is not supported: invalid vpc peer state.The operation is not supported: invalid vpn conn state.The operation is not supported: spd acl cidr invalid.The operation is not supported: spd snet not in cidr.The operation is not supported: vpc cidr confict.The operation is not supported: vpc peer exist.The operation is not supported: vpn conn exist.The operation is not supported: vpn conn in use.",
        ends: &[
            0, 21, 48, 71, 92, 128, 165, 202, 225, 252, 307, 347, 389, 436, 483, 528,
            556, 588, 619, 679, 741, 796, 851, 904, 957, 1006, 1053, 1100, 1148,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 28] = ::cloud_errors::__private::retry_column(
        b"abaaaaabaaaaaaaccaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 28] = ::cloud_errors::__private::category_column(
        b"imchhhhjeeeeeeeigliiiiiiiiii",
    );
    static PILOTS: [u16; 7] = [25, 0, 2, 0, 0, 179, 7];
    static SLOTS: [(&str, u32); 31] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 15, 10, 4, 12, 1, 19, 23, 20, 8, 26, 4294967295, 2, 13, 11, 14,
            4294967295, 18, 3, 5, 0, 24, 16, 27, 21, 17, 7, 9, 6, 25, 22,
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
    const PROVIDER: &'static str = "Tencent Cloud BMVPC";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud BMVPC's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud BMVPC: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
