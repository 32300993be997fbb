// @generated from catalogs/aws/ec2.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS EC2: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html>.
//!
//! Error responses are read and written as [`AwsEc2`](cloud_errors::envelopes::AwsEc2) (`aws_ec2`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS EC2: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// The request\'s credentials could not be validated.
    AuthFailure,
    /// `Blocked`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The account is blocked from this operation.
    Blocked,
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// A dry run found the request would have succeeded; nothing was done.
    DryRunOperation,
    /// `IdempotentParameterMismatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// A client token was reused with other parameters than its first request.
    IdempotentParameterMismatch,
    /// `IncompleteSignature`: no documented HTTP status; retry: never; category: unauthenticated.
    /// The request\'s signature is incomplete.
    IncompleteSignature,
    /// `InvalidAction`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The action is not one the API knows.
    InvalidAction,
    /// `InvalidClientTokenId`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// The access key ID is not known to AWS.
    InvalidClientTokenId,
    /// `InvalidPaginationToken`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The pagination token is not valid or has expired.
    InvalidPaginationToken,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is not valid.
    InvalidParameter,
    /// `InvalidParameterCombination`: no documented HTTP status; retry: never; category: invalid_argument.
    /// Parameters were given together that cannot be.
    InvalidParameterCombination,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter\'s value is not valid.
    InvalidParameterValue,
    /// `InvalidQueryParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The query string is not valid.
    InvalidQueryParameter,
    /// `MalformedQueryString`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The query string is malformed.
    MalformedQueryString,
    /// `MissingAction`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The request names no action.
    MissingAction,
    /// `MissingAuthenticationToken`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// The request carries no credentials.
    MissingAuthenticationToken,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OptInRequired`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The account has not opted in to this service or Region.
    OptInRequired,
    /// `PendingVerification`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The account is still being verified.
    PendingVerification,
    /// `RequestExpired`: no documented HTTP status; retry: after_fix; category: deadline_exceeded.
    /// The request reached AWS after its expiry time, or its timestamp is too far from now.
    RequestExpired,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The caller is not allowed to perform this operation.
    UnauthorizedOperation,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is not one the action knows.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported for this resource.
    UnsupportedOperation,
    /// `UnsupportedProtocol`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The protocol of the request is not supported.
    UnsupportedProtocol,
    /// `InsufficientAddressCapacity`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Not enough addresses are available for the request now.
    InsufficientAddressCapacity,
    /// `InsufficientInstanceCapacity`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Not enough capacity of the instance type is available in the zone now.
    InsufficientInstanceCapacity,
    /// `InsufficientHostCapacity`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Not enough Dedicated Host capacity is available now.
    InsufficientHostCapacity,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// EC2 failed internally.
    InternalError,
    /// `InternalFailure`: no documented HTTP status; retry: backoff; category: internal.
    /// The request failed for an internal reason.
    InternalFailure,
    /// `ServiceUnavailable`: no documented HTTP status; retry: backoff; category: unavailable.
    /// EC2 cannot serve the request for now.
    ServiceUnavailable,
    /// `Unavailable`: no documented HTTP status; retry: backoff; category: unavailable.
    /// EC2 is unavailable for now.
    Unavailable,
    /// `InvalidAMIID.NotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The AMI does not exist, or is not visible yet.
    InvalidAmiIdNotFound,
    /// `InvalidGroup.NotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The security group does not exist, or is not visible yet.
    InvalidGroupNotFound,
    /// `InvalidInstanceID.NotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The instance does not exist, or is not visible yet.
    InvalidInstanceIdNotFound,
    /// `InvalidInternetGateway.NotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The internet gateway does not exist, or is not visible yet.
    InvalidInternetGatewayNotFound,
    /// `InvalidKeyPair.NotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The key pair does not exist, or is not visible yet.
    InvalidKeyPairNotFound,
    /// `InvalidNetworkInterfaceID.NotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The network interface does not exist, or is not visible yet.
    InvalidNetworkInterfaceIdNotFound,
    /// `InvalidSecondaryNetworkAclAssociationId.NotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The secondary network ACL association does not exist, or is not visible yet.
    InvalidSecondaryNetworkAclAssociationIdNotFound,
    /// `InvalidSecondaryNetworkAclId.NotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The secondary network ACL does not exist, or is not visible yet.
    InvalidSecondaryNetworkAclIdNotFound,
    /// `InvalidSecondaryNetworkId.NotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The secondary network does not exist, or is not visible yet.
    InvalidSecondaryNetworkIdNotFound,
    /// `InvalidSecondarySubnetId.NotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The secondary subnet does not exist, or is not visible yet.
    InvalidSecondarySubnetIdNotFound,
    /// `InvalidSpotInstanceRequestID.NotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The Spot Instance request does not exist, or is not visible yet.
    InvalidSpotInstanceRequestIdNotFound,
    /// `InvalidVirtualEdgeNetworkGatewayId.NotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The virtual edge network gateway does not exist, or is not visible yet.
    InvalidVirtualEdgeNetworkGatewayIdNotFound,
    /// `InvalidVirtualEdgeNetworkGatewayRouteTableAssociationId.NotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The virtual edge network gateway\'s route table association does not exist, or is not visible yet.
    InvalidVirtualEdgeNetworkGatewayRouteTableAssociationIdNotFound,
    /// `InvalidVirtualEdgeNetworkGatewayRouteTableId.NotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The virtual edge network gateway\'s route table does not exist, or is not visible yet.
    InvalidVirtualEdgeNetworkGatewayRouteTableIdNotFound,
    /// `InvalidVirtualEdgeNetworkRouteServerPeerId.NotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The virtual edge network route server peer does not exist, or is not visible yet.
    InvalidVirtualEdgeNetworkRouteServerPeerIdNotFound,
    /// `InvalidVolume.NotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The volume does not exist, or is not visible yet.
    InvalidVolumeNotFound,
    /// `InvalidVpcID.NotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The VPC does not exist, or is not visible yet.
    InvalidVpcIdNotFound,
    /// `InvalidVpcPeeringConnectionID.NotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The VPC peering connection does not exist, or is not visible yet.
    InvalidVpcPeeringConnectionIdNotFound,
    /// `NatGatewayNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The NAT gateway does not exist, or is not visible yet.
    NatGatewayNotFound,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 49] = [
        "AuthFailure",
        "Blocked",
        "DryRunOperation",
        "IdempotentParameterMismatch",
        "IncompleteSignature",
        "InvalidAction",
        "InvalidClientTokenId",
        "InvalidPaginationToken",
        "InvalidParameter",
        "InvalidParameterCombination",
        "InvalidParameterValue",
        "InvalidQueryParameter",
        "MalformedQueryString",
        "MissingAction",
        "MissingAuthenticationToken",
        "MissingParameter",
        "OptInRequired",
        "PendingVerification",
        "RequestExpired",
        "UnauthorizedOperation",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedProtocol",
        "InsufficientAddressCapacity",
        "InsufficientInstanceCapacity",
        "InsufficientHostCapacity",
        "InternalError",
        "InternalFailure",
        "ServiceUnavailable",
        "Unavailable",
        "InvalidAMIID.NotFound",
        "InvalidGroup.NotFound",
        "InvalidInstanceID.NotFound",
        "InvalidInternetGateway.NotFound",
        "InvalidKeyPair.NotFound",
        "InvalidNetworkInterfaceID.NotFound",
        "InvalidSecondaryNetworkAclAssociationId.NotFound",
        "InvalidSecondaryNetworkAclId.NotFound",
        "InvalidSecondaryNetworkId.NotFound",
        "InvalidSecondarySubnetId.NotFound",
        "InvalidSpotInstanceRequestID.NotFound",
        "InvalidVirtualEdgeNetworkGatewayId.NotFound",
        "InvalidVirtualEdgeNetworkGatewayRouteTableAssociationId.NotFound",
        "InvalidVirtualEdgeNetworkGatewayRouteTableId.NotFound",
        "InvalidVirtualEdgeNetworkRouteServerPeerId.NotFound",
        "InvalidVolume.NotFound",
        "InvalidVpcID.NotFound",
        "InvalidVpcPeeringConnectionID.NotFound",
        "NatGatewayNotFound",
    ];
    static NAME_CODES: [u32; 6] = [30, 32, 35, 40, 46, 47];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidAmiIdNotFoundInvalidInstanceIdNotFoundInvalidNetworkInterfaceIdNotFoundInvalidSpotInstanceRequestIdNotFoundInvalidVpcIdNotFoundInvalidVpcPeeringConnectionIdNotFound",
        ends: &[0, 20, 45, 78, 114, 134, 171],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The request's credentials could not be validated.The account is blocked from this operation.A dry run found the request would have succeeded; nothing was done.A client token was reused with other parameters than its first request.The request's signature is incomplete.The action is not one the API knows.The access key ID is not known to AWS.The pagination token is not valid or has expired.A parameter is not valid.Parameters were given together that cannot be.A parameter's value is not valid.The query string is not valid.The query string is malformed.The request names no action.The request carries no credentials.A required parameter is missing.The account has not opted in to this service or Region.The account is still being verified.The request reached AWS after its expiry time, or its timestamp is too far from now.The caller is not allowed to perform this operation.A parameter is not one the action knows.The operation is not supported for this resource.The protocol of the request is not supported.Not enough addresses are available for the request now.Not enough capacity of the instance type is available in the zone now.Not enough Dedicated Host capacity is available now.EC2 failed internally.The request failed for an internal reason.EC2 cannot serve the request for now.EC2 is unavailable for now.The AMI does not exist, or is not visible yet.The security group does not exist, or is not visible yet.The instance does not exist, or is not visible yet.The internet gateway does not exist, or is not visible yet.The key pair does not exist, or is not visible yet.The network interface does not exist, or is not visible yet.The secondary network ACL association does not exist, or is not visible yet.The secondary network ACL does not exist, or is not visible yet.The secondary network does not exist, or is not visible yet.The secondary subnet does not exist, or is not visible yet.The Spot Instance request does not exist, or is not visible yet.The virtual edge network gateway does not exist, or is not visible yet.The virtual edge network gateway's route table association does not exist, or is not visible yet.The virtual edge network gateway's route table does not exist, or is not visible yet.The virtual edge network route server peer does not exist, or is not visible yet.The volume does not exist, or is not visible yet.The VPC does not exist, or is not visible yet.The VPC peering connection does not exist, or is not visible yet.The NAT gateway does not exist, or is not visible yet.",
        ends: &[
            0, 49, 92, 159, 230, 268, 304, 342, 391, 416, 462, 495, 525, 555, 583, 618,
            650, 705, 741, 825, 877, 917, 966, 1011, 1066, 1136, 1188, 1210, 1252, 1289,
            1316, 1362, 1419, 1470, 1529, 1580, 1640, 1716, 1780, 1840, 1899, 1963, 2034,
            2131, 2216, 2297, 2346, 2392, 2457, 2511,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 49] = ::cloud_errors::__private::retry_column(
        b"ccaaaacaaaaaaacaccccaaabbbbbbbaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 49] = ::cloud_errors::__private::category_column(
        b"pgiipcpcccccccpcgidgcichhhmmnneeeeeeeeeeeeeeeeeee",
    );
    static PILOTS: [u16; 13] = [53, 28, 5, 80, 0, 5, 24, 4, 2, 7, 0, 11, 1];
    static SLOTS: [(&str, u32); 54] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            48, 34, 1, 6, 40, 44, 27, 25, 42, 13, 4294967295, 31, 8, 16, 7, 4294967295,
            39, 29, 3, 4294967295, 22, 10, 5, 2, 37, 15, 36, 46, 4294967295, 28, 19, 47,
            11, 33, 14, 41, 21, 12, 43, 23, 26, 18, 20, 45, 17, 32, 9, 4, 38, 4294967295,
            30, 35, 24, 0,
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
    ::cloud_errors::__private::impl_code!(unsafe impl Code, ::cloud_errors::aws::Code);
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "AWS EC2";
    type Envelope = ::cloud_errors::envelopes::AwsEc2;
    /// The retry defaults of AWS EC2's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS EC2: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
