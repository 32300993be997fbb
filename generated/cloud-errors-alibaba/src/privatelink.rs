// @generated from catalogs/alibaba/privatelink.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Privatelink: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Privatelink: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `EndpointServiceNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint service not found.
    EndpointServiceNotFound,
    /// `MissingParam.UserArn`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: user arn.
    MissingParamUserArn,
    /// `Mismatch.UserIdAndUserArn`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: user id and user arn.
    MismatchUserIdAndUserArn,
    /// `OperationDenied.EndpointProtected`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: endpoint protected.
    OperationDeniedEndpointProtected,
    /// `EndpointNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint not found.
    EndpointNotFound,
    /// `EndpointOperationDenied`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint operation denied.
    EndpointOperationDenied,
    /// `EndpointLocked`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint locked.
    EndpointLocked,
    /// `EndpointConnectionOperationDenied`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint connection operation denied.
    EndpointConnectionOperationDenied,
    /// `EndpointZoneDuplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint zone duplicated.
    EndpointZoneDuplicated,
    /// `EndpointServiceNotSupportedZone`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint service not supported zone.
    EndpointServiceNotSupportedZone,
    /// `QuotaMisMatched`: HTTP 400; retry: never; category: invalid_argument.
    /// Quota mis matched.
    QuotaMisMatched,
    /// `EndpointDuplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint duplicated.
    EndpointDuplicated,
    /// `EndpointServiceDeleted`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint service deleted.
    EndpointServiceDeleted,
    /// `EndpointServiceResourceNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint service resource not found.
    EndpointServiceResourceNotFound,
    /// `VSwitchNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// V switch not found.
    VSwitchNotFound,
    /// `EniIpUnavailable`: HTTP 400; retry: never; category: invalid_argument.
    /// Eni ip unavailable.
    EniIpUnavailable,
    /// `EndpointProtected`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint protected.
    EndpointProtected,
    /// `VSwitchStatusNotAllowed`: HTTP 400; retry: never; category: invalid_argument.
    /// V switch status not allowed.
    VSwitchStatusNotAllowed,
    /// `VpcNatServiceException`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpc nat service exception.
    VpcNatServiceException,
    /// `ResourceNotEnough.VSwitchIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not enough: v switch ip.
    ResourceNotEnoughVSwitchIp,
    /// `EndpointServiceOperationDenied`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint service operation denied.
    EndpointServiceOperationDenied,
    /// `EndpointServiceResourceExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint service resource exist.
    EndpointServiceResourceExist,
    /// `LoadBalancerNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Load balancer not found.
    LoadBalancerNotFound,
    /// `LoadBalancerNotSupportPrivateLink`: HTTP 400; retry: never; category: invalid_argument.
    /// Load balancer not support private link.
    LoadBalancerNotSupportPrivateLink,
    /// `AlbNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Alb not found.
    AlbNotFound,
    /// `EndpointServiceResourceTypeNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint service resource type not support.
    EndpointServiceResourceTypeNotSupport,
    /// `ResourceNotFound.NatGateway`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: nat gateway.
    ResourceNotFoundNatGateway,
    /// `Mismatch.ResourceType`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: resource type.
    MismatchResourceType,
    /// `ServiceResourceNotSupportIpv6`: HTTP 400; retry: never; category: invalid_argument.
    /// Service resource not support ipv6.
    ServiceResourceNotSupportIpv6,
    /// `EndpointServiceResourceTypeNotEqual`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint service resource type not equal.
    EndpointServiceResourceTypeNotEqual,
    /// `SecurityGroupExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Security group exist.
    SecurityGroupExist,
    /// `SecurityGroupNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Security group not found.
    SecurityGroupNotFound,
    /// `SecurityGroupTypeNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Security group type not support.
    SecurityGroupTypeNotSupport,
    /// `SecurityGroupTypeOnlySingleTypeSupporteded`: HTTP 400; retry: never; category: invalid_argument.
    /// Security group type only single type supporteded.
    SecurityGroupTypeOnlySingleTypeSupporteded,
    /// `NoPermission.ChangeResourceGroup`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission: change resource group.
    NoPermissionChangeResourceGroup,
    /// `MissingParameter.ResourceRegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource region id.
    MissingParameterResourceRegionId,
    /// `MissingParameter.ResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource id.
    MissingParameterResourceId,
    /// `MissingParameter.ResourceGroupId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource group id.
    MissingParameterResourceGroupId,
    /// `InvalidResourceGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource group.
    InvalidResourceGroup,
    /// `SystemError`: HTTP 400; retry: never; category: invalid_argument.
    /// System error.
    SystemError,
    /// `ResourceNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFound,
    /// `NeedOpenProduct`: HTTP 400; retry: never; category: invalid_argument.
    /// Need open product.
    NeedOpenProduct,
    /// `EndpointExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint exist.
    EndpointExist,
    /// `VpcTunnelNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpc tunnel not found.
    VpcTunnelNotFound,
    /// `VpcNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpc not found.
    VpcNotFound,
    /// `GenerateResourceIdFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Generate resource id failed.
    GenerateResourceIdFailed,
    /// `EndpointMustContainSecurityGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint must contain security group.
    EndpointMustContainSecurityGroup,
    /// `EndpointServiceNotAuthorized`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint service not authorized.
    EndpointServiceNotAuthorized,
    /// `QuotaExceeded.IpQuotaPerEp`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: ip quota per ep.
    QuotaExceededIpQuotaPerEp,
    /// `Mismatch.EndpointType`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: endpoint type.
    MismatchEndpointType,
    /// `IncorrectStatus.VpcEndpointService`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: vpc endpoint service.
    IncorrectStatusVpcEndpointService,
    /// `CheckServiceLinkRoleError`: HTTP 400; retry: never; category: invalid_argument.
    /// Check service link role error.
    CheckServiceLinkRoleError,
    /// `QuotaExceeded.epZonePerEndpoint`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: ep zone per endpoint.
    QuotaExceededEpZonePerEndpoint,
    /// `QuotaExceeded.totalEpPerVpc`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: total ep per vpc.
    QuotaExceededTotalEpPerVpc,
    /// `QuotaExceeded.totalIdleEndpoint`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: total idle endpoint.
    QuotaExceededTotalIdleEndpoint,
    /// `OperationDenied.EndpointPolicyNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: endpoint policy not support.
    OperationDeniedEndpointPolicyNotSupport,
    /// `OperationDenied.PrivateDomainStatusNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: private domain status not support.
    OperationDeniedPrivateDomainStatusNotSupport,
    /// `OperationDenied.PrivateDomainNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: private domain not support.
    OperationDeniedPrivateDomainNotSupport,
    /// `DependencyViolation.PrivateDnsName`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: private dns name.
    DependencyViolationPrivateDnsName,
    /// `EndpointServiceExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint service exist.
    EndpointServiceExist,
    /// `EndpointServicePayerForbidden`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint service payer forbidden.
    EndpointServicePayerForbidden,
    /// `EndpointServiceNotSupportIpv6`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint service not support ipv6.
    EndpointServiceNotSupportIpv6,
    /// `Conflict.ServiceName`: HTTP 400; retry: never; category: invalid_argument.
    /// Conflict: service name.
    ConflictServiceName,
    /// `InvalidParam.PrivateDnsName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: private dns name.
    InvalidParamPrivateDnsName,
    /// `EndpointDependenceViolation`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint dependence violation.
    EndpointDependenceViolation,
    /// `EndpointServiceDependenceViolation`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint service dependence violation.
    EndpointServiceDependenceViolation,
    /// `EndpointServiceConnectionDependence`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint service connection dependence.
    EndpointServiceConnectionDependence,
    /// `DeleteFailedDueToEndpointExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Delete failed due to endpoint exist.
    DeleteFailedDueToEndpointExist,
    /// `EndpointServiceResourceCannotRemove`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint service resource cannot remove.
    EndpointServiceResourceCannotRemove,
    /// `EndpointConnectionNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint connection not found.
    EndpointConnectionNotFound,
    /// `IncorrectBusinessStatus.VpcEndpoint`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect business status: vpc endpoint.
    IncorrectBusinessStatusVpcEndpoint,
    /// `IncorrectBusinessStatus.VpcEndpointService`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect business status: vpc endpoint service.
    IncorrectBusinessStatusVpcEndpointService,
    /// `IncorrectStatus.VpcEndpoint`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: vpc endpoint.
    IncorrectStatusVpcEndpoint,
    /// `IncorrectStatus.VpcEndpointConnection`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: vpc endpoint connection.
    IncorrectStatusVpcEndpointConnection,
    /// `IncorrectStatus.VpcEndpointZone`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: vpc endpoint zone.
    IncorrectStatusVpcEndpointZone,
    /// `ResourceNotFound.VpcEndpoint`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: vpc endpoint.
    ResourceNotFoundVpcEndpoint,
    /// `ResourceNotFound.VpcEndpointConnection`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: vpc endpoint connection.
    ResourceNotFoundVpcEndpointConnection,
    /// `ResourceNotFound.VpcEndpointService`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: vpc endpoint service.
    ResourceNotFoundVpcEndpointService,
    /// `ResourceNotFound.VpcEndpointZone`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: vpc endpoint zone.
    ResourceNotFoundVpcEndpointZone,
    /// `OperationDenied.NoAvailableServiceResource`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: no available service resource.
    OperationDeniedNoAvailableServiceResource,
    /// `DuplicatedTagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated tag key.
    DuplicatedTagKey,
    /// `MissingTagKeyParam`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing tag key param.
    MissingTagKeyParam,
    /// `MissingTagValueParam`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing tag value param.
    MissingTagValueParam,
    /// `MissingResourceIdOrTagParam`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing resource id or tag param.
    MissingResourceIdOrTagParam,
    /// `IllegalTagKeyParam`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal tag key param.
    IllegalTagKeyParam,
    /// `IllegalTagValueParam`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal tag value param.
    IllegalTagValueParam,
    /// `AccountTypeRestricted`: HTTP 400; retry: never; category: invalid_argument.
    /// Account type restricted.
    AccountTypeRestricted,
    /// `OrderOpend`: HTTP 400; retry: never; category: invalid_argument.
    /// Order opend.
    OrderOpend,
    /// `InvalidAccountStatus.NotEnoughBalance`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account status: not enough balance.
    InvalidAccountStatusNotEnoughBalance,
    /// `EndpointZoneNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint zone not found.
    EndpointZoneNotFound,
    /// `QuotaExceed.TagsPerResource`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: tags per resource.
    QuotaExceedTagsPerResource,
    /// `InvalidResourceId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource id: not found.
    InvalidResourceIdNotFound,
    /// `TagInfoNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag info not exist.
    TagInfoNotExist,
    /// `OperationDenied.VpcNatServiceResourceTypeNotSupportBandwidth`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: vpc nat service resource type not support bandwidth.
    OperationDeniedVpcNatServiceResourceTypeNotSupportBandwidth,
    /// `UpdateBandWidthUnSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Update band width un supported.
    UpdateBandWidthUnSupported,
    /// `EndpointServiceLocked`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint service locked.
    EndpointServiceLocked,
    /// `OperationDenied.PrivateServiceDomainBusinessStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: private service domain business status.
    OperationDeniedPrivateServiceDomainBusinessStatus,
    /// `EndpointServiceDowngradeNotAllowed`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint service downgrade not allowed.
    EndpointServiceDowngradeNotAllowed,
    /// `ResourceAutoAllocateViolation`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource auto allocate violation.
    ResourceAutoAllocateViolation,
    /// `ZoneOperationDenied`: HTTP 400; retry: never; category: invalid_argument.
    /// Zone operation denied.
    ZoneOperationDenied,
    /// `IllegalParam.ResourceAllocateMode`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: resource allocate mode.
    IllegalParamResourceAllocateMode,
    /// `IllegalParam.ResourceReplaceMode`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: resource replace mode.
    IllegalParamResourceReplaceMode,
    /// `MissingParam.ResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource id.
    MissingParamResourceId,
    /// `MissingParam.ResourceAllocateMode`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource allocate mode.
    MissingParamResourceAllocateMode,
    /// `OperationDenied.CurrentResourceAutoAllocated`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: current resource auto allocated.
    OperationDeniedCurrentResourceAutoAllocated,
    /// `Mismatch.ZoneId`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: zone id.
    MismatchZoneId,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 106] = [
        "EndpointServiceNotFound",
        "MissingParam.UserArn",
        "Mismatch.UserIdAndUserArn",
        "OperationDenied.EndpointProtected",
        "EndpointNotFound",
        "EndpointOperationDenied",
        "EndpointLocked",
        "EndpointConnectionOperationDenied",
        "EndpointZoneDuplicated",
        "EndpointServiceNotSupportedZone",
        "QuotaMisMatched",
        "EndpointDuplicated",
        "EndpointServiceDeleted",
        "EndpointServiceResourceNotFound",
        "VSwitchNotFound",
        "EniIpUnavailable",
        "EndpointProtected",
        "VSwitchStatusNotAllowed",
        "VpcNatServiceException",
        "ResourceNotEnough.VSwitchIp",
        "EndpointServiceOperationDenied",
        "EndpointServiceResourceExist",
        "LoadBalancerNotFound",
        "LoadBalancerNotSupportPrivateLink",
        "AlbNotFound",
        "EndpointServiceResourceTypeNotSupport",
        "ResourceNotFound.NatGateway",
        "Mismatch.ResourceType",
        "ServiceResourceNotSupportIpv6",
        "EndpointServiceResourceTypeNotEqual",
        "SecurityGroupExist",
        "SecurityGroupNotFound",
        "SecurityGroupTypeNotSupport",
        "SecurityGroupTypeOnlySingleTypeSupporteded",
        "NoPermission.ChangeResourceGroup",
        "MissingParameter.ResourceRegionId",
        "MissingParameter.ResourceId",
        "MissingParameter.ResourceGroupId",
        "InvalidResourceGroup",
        "SystemError",
        "ResourceNotFound",
        "NeedOpenProduct",
        "EndpointExist",
        "VpcTunnelNotFound",
        "VpcNotFound",
        "GenerateResourceIdFailed",
        "EndpointMustContainSecurityGroup",
        "EndpointServiceNotAuthorized",
        "QuotaExceeded.IpQuotaPerEp",
        "Mismatch.EndpointType",
        "IncorrectStatus.VpcEndpointService",
        "CheckServiceLinkRoleError",
        "QuotaExceeded.epZonePerEndpoint",
        "QuotaExceeded.totalEpPerVpc",
        "QuotaExceeded.totalIdleEndpoint",
        "OperationDenied.EndpointPolicyNotSupport",
        "OperationDenied.PrivateDomainStatusNotSupport",
        "OperationDenied.PrivateDomainNotSupport",
        "DependencyViolation.PrivateDnsName",
        "EndpointServiceExist",
        "EndpointServicePayerForbidden",
        "EndpointServiceNotSupportIpv6",
        "Conflict.ServiceName",
        "InvalidParam.PrivateDnsName",
        "EndpointDependenceViolation",
        "EndpointServiceDependenceViolation",
        "EndpointServiceConnectionDependence",
        "DeleteFailedDueToEndpointExist",
        "EndpointServiceResourceCannotRemove",
        "EndpointConnectionNotFound",
        "IncorrectBusinessStatus.VpcEndpoint",
        "IncorrectBusinessStatus.VpcEndpointService",
        "IncorrectStatus.VpcEndpoint",
        "IncorrectStatus.VpcEndpointConnection",
        "IncorrectStatus.VpcEndpointZone",
        "ResourceNotFound.VpcEndpoint",
        "ResourceNotFound.VpcEndpointConnection",
        "ResourceNotFound.VpcEndpointService",
        "ResourceNotFound.VpcEndpointZone",
        "OperationDenied.NoAvailableServiceResource",
        "DuplicatedTagKey",
        "MissingTagKeyParam",
        "MissingTagValueParam",
        "MissingResourceIdOrTagParam",
        "IllegalTagKeyParam",
        "IllegalTagValueParam",
        "AccountTypeRestricted",
        "OrderOpend",
        "InvalidAccountStatus.NotEnoughBalance",
        "EndpointZoneNotFound",
        "QuotaExceed.TagsPerResource",
        "InvalidResourceId.NotFound",
        "TagInfoNotExist",
        "OperationDenied.VpcNatServiceResourceTypeNotSupportBandwidth",
        "UpdateBandWidthUnSupported",
        "EndpointServiceLocked",
        "OperationDenied.PrivateServiceDomainBusinessStatus",
        "EndpointServiceDowngradeNotAllowed",
        "ResourceAutoAllocateViolation",
        "ZoneOperationDenied",
        "IllegalParam.ResourceAllocateMode",
        "IllegalParam.ResourceReplaceMode",
        "MissingParam.ResourceId",
        "MissingParam.ResourceAllocateMode",
        "OperationDenied.CurrentResourceAutoAllocated",
        "Mismatch.ZoneId",
    ];
    static NAME_CODES: [u32; 3] = [52, 53, 54];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "QuotaExceededEpZonePerEndpointQuotaExceededTotalEpPerVpcQuotaExceededTotalIdleEndpoint",
        ends: &[0, 30, 56, 86],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Endpoint service not found.A required parameter is missing: user arn.Mismatch: user id and user arn.Operation denied: endpoint protected.Endpoint not found.Endpoint operation denied.Endpoint locked.Endpoint connection operation denied.Endpoint zone duplicated.Endpoint service not supported zone.Quota mis matched.Endpoint duplicated.Endpoint service deleted.Endpoint service resource not found.V switch not found.Eni ip unavailable.Endpoint protected.V switch status not allowed.Vpc nat service exception.Resource not enough: v switch ip.Endpoint service operation denied.Endpoint service resource exist.Load balancer not found.Load balancer not support private link.Alb not found.Endpoint service resource type not support.Resource not found: nat gateway.Mismatch: resource type.Service resource not support ipv6.Endpoint service resource type not equal.Security group exist.Security group not found.Security group type not support.Security group type only single type supporteded.The caller has no permission: change resource group.A required parameter is missing: resource region id.A required parameter is missing: resource id.A required parameter is missing: resource group id.Invalid resource group.System error.Resource not found.Need open product.Endpoint exist.Vpc tunnel not found.Vpc not found.Generate resource id failed.Endpoint must contain security group.Endpoint service not authorized.A quota was exceeded: ip quota per ep.Mismatch: endpoint type.The resource is not in a state that allows this: vpc endpoint service.Check service link role error.A quota was exceeded: ep zone per endpoint.A quota was exceeded: total ep per vpc.A quota was exceeded: total idle endpoint.Operation denied: endpoint policy not support.Operation denied: private domain status not support.Operation denied: private domain not support.Dependency violation: private dns name.Endpoint service exist.Endpoint service payer forbidden.Endpoint service not support ipv6.Conflict: service name.A parameter is invalid: private dns name.Endpoint dependence violation.Endpoint service dependence violation.Endpoint service connection dependence.Delete failed due to endpoint exist.Endpoint service resource cannot remove.Endpoint connection not found.Incorrect business status: vpc endpoint.Incorrect business status: vpc endpoint service.The resource is not in a state that allows this: vpc endpoint.The resource is not in a state that allows this: vpc endpoint connection.The resource is not in a state that allows this: vpc endpoint zone.Resource not found: vpc endpoint.Resource not found: vpc endpoint connection.Resource not found: vpc endpoint service.Resource not found: vpc endpoint zone.Operation denied: no available service resource.Duplicated tag key.Missing tag key param.Missing tag value param.Missing resource id or tag param.Illegal tag key param.Illegal tag value param.Account type restricted.Order opend.Invalid account status: not enough balance.Endpoint zone not found.A quota was exceeded: tags per resource.Invalid resource id: not found.Tag info not exist.Operation denied: vpc nat service resource type not support bandwidth.Update band width un supported.Endpoint service locked.Operation denied: private service domain business status.Endpoint service downgrade not allowed.Resource auto allocate violation.Zone operation denied.A parameter is not allowed: resource allocate mode.A parameter is not allowed: resource replace mode.A required parameter is missing: resource id.A required parameter is missing: resource allocate mode.Operation denied: current resource auto allocated.Mismatch: zone id.",
        ends: &[
            0, 27, 69, 100, 137, 156, 182, 198, 235, 260, 296, 314, 334, 359, 395, 414,
            433, 452, 480, 506, 539, 573, 605, 629, 668, 682, 725, 757, 781, 815, 856,
            877, 902, 934, 983, 1035, 1087, 1132, 1183, 1206, 1219, 1238, 1256, 1271,
            1292, 1306, 1334, 1371, 1403, 1441, 1465, 1535, 1565, 1608, 1647, 1689, 1735,
            1787, 1832, 1871, 1894, 1927, 1961, 1984, 2025, 2055, 2093, 2132, 2168, 2208,
            2238, 2278, 2326, 2388, 2461, 2528, 2561, 2605, 2646, 2684, 2732, 2751, 2773,
            2797, 2830, 2852, 2876, 2900, 2912, 2955, 2979, 3019, 3050, 3069, 3139, 3170,
            3194, 3251, 3290, 3323, 3345, 3396, 3446, 3491, 3547, 3597, 3615,
        ],
    };
    static STATUSES: [u16; 106] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 404, 404, 404, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 107] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
        63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
        83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101,
        102, 103, 104, 105, 106,
    ];
    static RETRY: [::cloud_errors::Retry; 106] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaacacacccaaaaaaaaaaaaaaaaacccaaaaaaaaaaaaaaacaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 106] = ::cloud_errors::__private::category_column(
        b"ccccccccccccccccccccccccccccccccccgccccccccccccchcichhhccccccccccccccccciiieeeeccccccccccchccccccccccccccc",
    );
    static PILOTS: [u16; 27] = [
        2, 18, 5, 13, 1, 6, 1, 15, 7, 50, 0, 3, 2, 1, 0, 3, 1, 7, 31, 6, 7, 8, 20, 13, 1,
        519, 9,
    ];
    static SLOTS: [(&str, u32); 117] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            68, 74, 4294967295, 71, 62, 81, 11, 58, 18, 60, 55, 32, 7, 4294967295, 56,
            31, 51, 4294967295, 1, 24, 87, 36, 23, 45, 0, 44, 14, 2, 75, 92, 33, 70, 57,
            30, 99, 84, 86, 88, 4294967295, 97, 15, 89, 3, 10, 4294967295, 77, 53, 61,
            72, 9, 46, 63, 66, 96, 42, 12, 4294967295, 50, 73, 49, 93, 64, 4, 59, 80, 90,
            17, 69, 40, 105, 85, 83, 21, 102, 5, 47, 48, 91, 76, 27, 43, 104, 4294967295,
            52, 101, 13, 79, 26, 98, 35, 38, 4294967295, 29, 100, 4294967295, 22, 94, 67,
            4294967295, 39, 95, 4294967295, 65, 20, 28, 25, 103, 41, 78, 34, 82, 16, 19,
            6, 37, 8, 54,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
        descriptions_en: &DESCRIPTIONS_EN,
        statuses: &STATUSES,
        status_ends: &STATUS_ENDS,
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
        unsafe impl Code, ::cloud_errors::alibaba::Code
    );
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Alibaba Cloud Privatelink";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Privatelink's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Privatelink: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
