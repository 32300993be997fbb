// @generated from catalogs/alibaba/nlb.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Nlb: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Nlb: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `Conflict.Lock`: HTTP 400; retry: never; category: invalid_argument.
    /// Conflict: lock.
    ConflictLock,
    /// `IllegalParam.IP`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: IP.
    IllegalParamIp,
    /// `QuotaExceeded.QuotaInsufficient`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: quota insufficient.
    QuotaExceededQuotaInsufficient,
    /// `SystemBusy`: HTTP 400; retry: never; category: invalid_argument.
    /// System busy.
    SystemBusy,
    /// `DuplicatedParam.Server`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated param: server.
    DuplicatedParamServer,
    /// `IncorrectStatus.serverGroup`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: server group.
    IncorrectStatusServerGroup,
    /// `Mismatch.VpcId`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: vpc id.
    MismatchVpcId,
    /// `Mismatch.ServerType`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: server type.
    MismatchServerType,
    /// `IllegalParam.RSPortConflictWithServerGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: RS port conflict with server group.
    IllegalParamRsPortConflictWithServerGroup,
    /// `TagInvokeError`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag invoke error.
    TagInvokeError,
    /// `ResourceInUse.IP`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use: IP.
    ResourceInUseIp,
    /// `IllegalParam`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed.
    IllegalParam,
    /// `IllegalParam.description`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: description.
    IllegalParamDescription,
    /// `MissingParam.IP`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: IP.
    MissingParamIp,
    /// `OperationDenied.ServerGroupNotSupportIpv6`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: server group not support ipv6.
    OperationDeniedServerGroupNotSupportIpv6,
    /// `IncorrectStatus.Eni`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: eni.
    IncorrectStatusEni,
    /// `IdempotenceSignatureMismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Idempotence signature mismatch.
    IdempotenceSignatureMismatch,
    /// `Throttling.User`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled: user.
    ThrottlingUser,
    /// `Forbidden.NoPermission`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: no permission.
    ForbiddenNoPermission,
    /// `ResourceNotFound.serverGroup`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: server group.
    ResourceNotFoundServerGroup,
    /// `ResourceNotFound.Eci`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: eci.
    ResourceNotFoundEci,
    /// `ResourceNotFound.Ecs`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: ecs.
    ResourceNotFoundEcs,
    /// `ResourceNotFound.Eni`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: eni.
    ResourceNotFoundEni,
    /// `IncorrectStatus.listener`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: listener.
    IncorrectStatusListener,
    /// `ResourceAlreadyAssociated.Certificate`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already associated: certificate.
    ResourceAlreadyAssociatedCertificate,
    /// `OperationDenied.Protocol`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: protocol.
    OperationDeniedProtocol,
    /// `ResourceNotFound.Certificate`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: certificate.
    ResourceNotFoundCertificate,
    /// `ResourceNotFound.listener`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: listener.
    ResourceNotFoundListener,
    /// `OperationDenied.IntranetLoadBalancer`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: intranet load balancer.
    OperationDeniedIntranetLoadBalancer,
    /// `ResourceAlreadyAssociated.loadbalancer`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already associated: loadbalancer.
    ResourceAlreadyAssociatedLoadbalancer,
    /// `ResourceInConfiguring.loadbalancer`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in configuring: loadbalancer.
    ResourceInConfiguringLoadbalancer,
    /// `ResourceNotFound.loadBalancer`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: load balancer.
    ResourceNotFoundLoadBalancer,
    /// `ResourceNotFound.BandwidthPackageId`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: bandwidth package id.
    ResourceNotFoundBandwidthPackageId,
    /// `ResourceNotFound.CommonBandwidthPackage`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: common bandwidth package.
    ResourceNotFoundCommonBandwidthPackage,
    /// `IncorrectStatus.ZoneId`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: zone id.
    IncorrectStatusZoneId,
    /// `Conflict.Port`: HTTP 400; retry: never; category: invalid_argument.
    /// Conflict: port.
    ConflictPort,
    /// `IllegalParam.MssConflictWithUdpAndGeneve`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: mss conflict with udp and geneve.
    IllegalParamMssConflictWithUdpAndGeneve,
    /// `IllegalParam.AnyPortListenerConflictWithNonAnyPortServerGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: any port listener conflict with non any port server group.
    IllegalParamAnyPortListenerConflictWithNonAnyPortServerGroup,
    /// `IncorrectStatus.loadbalancer`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: loadbalancer.
    IncorrectStatusLoadbalancer,
    /// `IllegalParam.ServerGroupId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: server group id.
    IllegalParamServerGroupId,
    /// `IllegalParam.NonAnyPortListenerConflictWithAnyPortServerGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: non any port listener conflict with any port server group.
    IllegalParamNonAnyPortListenerConflictWithAnyPortServerGroup,
    /// `MissingParam.Certificate`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: certificate.
    MissingParamCertificate,
    /// `IllegalParam.Port`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: port.
    IllegalParamPort,
    /// `Mismatch.Protocol`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: protocol.
    MismatchProtocol,
    /// `ResourceNotEnough.CaCertificateApiCount`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not enough: ca certificate api count.
    ResourceNotEnoughCaCertificateApiCount,
    /// `MissingParam.ServerGroupId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: server group id.
    MissingParamServerGroupId,
    /// `IllegalParam.ListenerDescription`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: listener description.
    IllegalParamListenerDescription,
    /// `DryRunOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Dry run operation.
    DryRunOperation,
    /// `IllegalParam.IdleTimeout`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: idle timeout.
    IllegalParamIdleTimeout,
    /// `IllegalParamSize.certificateIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal param size: certificate ids.
    IllegalParamSizeCertificateIds,
    /// `DuplicatedParam.listener`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated param: listener.
    DuplicatedParamListener,
    /// `IllegalParam.PreserveClientIpSwitch`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: preserve client ip switch.
    IllegalParamPreserveClientIpSwitch,
    /// `OperationDenied.RegionNotSupportHDMonitor`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: region not support HD monitor.
    OperationDeniedRegionNotSupportHdMonitor,
    /// `ResourceNotFound.VSwitch`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: v switch.
    ResourceNotFoundVSwitch,
    /// `ResourceNotFound.CaCertificate`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: ca certificate.
    ResourceNotFoundCaCertificate,
    /// `ResourceNotFound.HdMonitorConfigNotExist`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: hd monitor config not exist.
    ResourceNotFoundHdMonitorConfigNotExist,
    /// `OperationDenied.OnlyPayByTrafficSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: only pay by traffic supported.
    OperationDeniedOnlyPayByTrafficSupported,
    /// `Mismatch.ZoneIdAndVswitchId`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: zone id and vswitch id.
    MismatchZoneIdAndVswitchId,
    /// `OperationDenied.OnlyPostPaidSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: only post paid supported.
    OperationDeniedOnlyPostPaidSupported,
    /// `OperationFailed.DuplicateZones.`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: duplicate zones.
    OperationFailedDuplicateZones,
    /// `ResourceNotEnough.VSwitchIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not enough: v switch ip.
    ResourceNotEnoughVSwitchIp,
    /// `DuplicatedParam.AllocationId`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated param: allocation id.
    DuplicatedParamAllocationId,
    /// `ResourceInConfiguring.VswitchId`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in configuring: vswitch id.
    ResourceInConfiguringVswitchId,
    /// `OperationFailed.UnpaidBill`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: unpaid bill.
    OperationFailedUnpaidBill,
    /// `OperationDenied.ServiceLinkedRoleNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: service linked role not exist.
    OperationDeniedServiceLinkedRoleNotExist,
    /// `ResourceAlreadyAssociated.AllocationId`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already associated: allocation id.
    ResourceAlreadyAssociatedAllocationId,
    /// `OperationFailed.vSwitchNotSupportIpv6`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: v switch not support ipv6.
    OperationFailedVSwitchNotSupportIpv6,
    /// `InvalidZones`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid zones.
    InvalidZones,
    /// `OperationFailed.CreateOrderError`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: create order error.
    OperationFailedCreateOrderError,
    /// `OperationFailed.NotExist.ResourceGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: not exist, resource group.
    OperationFailedNotExistResourceGroup,
    /// `IllegalParam.loadBalancerName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: load balancer name.
    IllegalParamLoadBalancerName,
    /// `UnauthorizedZone`: HTTP 403; retry: never; category: permission_denied.
    /// Unauthorized zone.
    UnauthorizedZone,
    /// `UnauthorizedRegion`: HTTP 403; retry: never; category: permission_denied.
    /// Unauthorized region.
    UnauthorizedRegion,
    /// `ResourceNotFound.Vpc`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: vpc.
    ResourceNotFoundVpc,
    /// `IllegalParam.AnyPortServerGroupConflictWithHealthCheckConfig`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: any port server group conflict with health check config.
    IllegalParamAnyPortServerGroupConflictWithHealthCheckConfig,
    /// `IllegalParamFormat.ParseCreateRsPoolRequestFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal param format: parse create rs pool request failed.
    IllegalParamFormatParseCreateRsPoolRequestFailed,
    /// `OperationDenied.VpcNotSupportIpv6`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: vpc not support ipv6.
    OperationDeniedVpcNotSupportIpv6,
    /// `IllegalParam.healthCheckDomain`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: health check domain.
    IllegalParamHealthCheckDomain,
    /// `OperationDenied.UidNotAllowQuic29`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: uid not allow quic29.
    OperationDeniedUidNotAllowQuic29,
    /// `IlleagalParam.healthCheckUrl`: HTTP 400; retry: never; category: invalid_argument.
    /// Illeagal param: health check url.
    IlleagalParamHealthCheckUrl,
    /// `IllegalParam.ServerGroupName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: server group name.
    IllegalParamServerGroupName,
    /// `IllegalParam.ConnectionDrainTimeout`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: connection drain timeout.
    IllegalParamConnectionDrainTimeout,
    /// `ResourceNotFound.ResourceGroup`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: resource group.
    ResourceNotFoundResourceGroup,
    /// `ResourceInCreating.loadbalancer`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in creating: loadbalancer.
    ResourceInCreatingLoadbalancer,
    /// `OperationDenied.DeletionProtectionEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: deletion protection enabled.
    OperationDeniedDeletionProtectionEnabled,
    /// `ResourceInUse.SecurityPolicy`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use: security policy.
    ResourceInUseSecurityPolicy,
    /// `ResourceNotFound.securitypolicy`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: securitypolicy.
    ResourceNotFoundSecuritypolicy,
    /// `ResourceInUse.ServerGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use: server group.
    ResourceInUseServerGroup,
    /// `DescribeHDMonitor.Fail`: HTTP 404; retry: never; category: not_found.
    /// Describe HD monitor: fail.
    DescribeHdMonitorFail,
    /// `IllegalParam.AcceptLanguage`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: accept language.
    IllegalParamAcceptLanguage,
    /// `ResourceNotAssociated.loadbalancer`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not associated: loadbalancer.
    ResourceNotAssociatedLoadbalancer,
    /// `OperationDenied.Ipv6IntranetInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: ipv6 intranet instance.
    OperationDeniedIpv6IntranetInstance,
    /// `OperationDenied.NonDualStackInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: non dual stack instance.
    OperationDeniedNonDualStackInstance,
    /// `IncorrectStatus.certificate`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: certificate.
    IncorrectStatusCertificate,
    /// `OperationDenied.DefaultCertificateUsed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: default certificate used.
    OperationDeniedDefaultCertificateUsed,
    /// `ResourceNotAssociated.Certificate`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not associated: certificate.
    ResourceNotAssociatedCertificate,
    /// `OperationDenied.CaCertificateUsed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: ca certificate used.
    OperationDeniedCaCertificateUsed,
    /// `ResourceNotFound.Ipv6Gateway`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: ipv6 gateway.
    ResourceNotFoundIpv6Gateway,
    /// `ResourceNotFound.JobId`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: job id.
    ResourceNotFoundJobId,
    /// `OperationFailed.GetXipFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: get xip failed.
    OperationFailedGetXipFailed,
    /// `ResourceNotFound.loadbalancer`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: loadbalancer.
    ResourceNotFoundLoadbalancer,
    /// `IllegalParam.LoadBalancerType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: load balancer type.
    IllegalParamLoadBalancerType,
    /// `IllegalParam.resourceType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: resource type.
    IllegalParamResourceType,
    /// `Conflict.SecurityGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Conflict: security group.
    ConflictSecurityGroup,
    /// `Mismatch.vpc`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: vpc.
    MismatchVpc,
    /// `Forbidden.SecurityGroup`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: security group.
    ForbiddenSecurityGroup,
    /// `ResourceNotFound.SecurityGroup`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: security group.
    ResourceNotFoundSecurityGroup,
    /// `OperationFailed.StatusCheckFail.ResourceGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: status check fail, resource group.
    OperationFailedStatusCheckFailResourceGroup,
    /// `ResourceNotFound.BackendServer`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: backend server.
    ResourceNotFoundBackendServer,
    /// `EnableHDMonitor.Fail`: HTTP 404; retry: never; category: not_found.
    /// Enable HD monitor: fail.
    EnableHdMonitorFail,
    /// `OperationDenied.EipAlreadyInBandwidthPackage`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: eip already in bandwidth package.
    OperationDeniedEipAlreadyInBandwidthPackage,
    /// `OperationDenied.AddressTypeNotChanged`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: address type not changed.
    OperationDeniedAddressTypeNotChanged,
    /// `ResourceNotFound.AnycastInstance`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: anycast instance.
    ResourceNotFoundAnycastInstance,
    /// `IllegalParam.deletionProtectionReason`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: deletion protection reason.
    IllegalParamDeletionProtectionReason,
    /// `IllegalParam.modificationProtectionReason`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: modification protection reason.
    IllegalParamModificationProtectionReason,
    /// `OperationDenied.ProtectedPrivateIPv4AddressChanged`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: protected private IPv4 address changed.
    OperationDeniedProtectedPrivateIPv4AddressChanged,
    /// `OperationDenied.ZoneVSwitchChanged`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: zone v switch changed.
    OperationDeniedZoneVSwitchChanged,
    /// `UpdateSecurityPolicyFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Update security policy failed.
    UpdateSecurityPolicyFailed,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 118] = [
        "Conflict.Lock",
        "IllegalParam.IP",
        "QuotaExceeded.QuotaInsufficient",
        "SystemBusy",
        "DuplicatedParam.Server",
        "IncorrectStatus.serverGroup",
        "Mismatch.VpcId",
        "Mismatch.ServerType",
        "IllegalParam.RSPortConflictWithServerGroup",
        "TagInvokeError",
        "ResourceInUse.IP",
        "IllegalParam",
        "IllegalParam.description",
        "MissingParam.IP",
        "OperationDenied.ServerGroupNotSupportIpv6",
        "IncorrectStatus.Eni",
        "IdempotenceSignatureMismatch",
        "Throttling.User",
        "Forbidden.NoPermission",
        "ResourceNotFound.serverGroup",
        "ResourceNotFound.Eci",
        "ResourceNotFound.Ecs",
        "ResourceNotFound.Eni",
        "IncorrectStatus.listener",
        "ResourceAlreadyAssociated.Certificate",
        "OperationDenied.Protocol",
        "ResourceNotFound.Certificate",
        "ResourceNotFound.listener",
        "OperationDenied.IntranetLoadBalancer",
        "ResourceAlreadyAssociated.loadbalancer",
        "ResourceInConfiguring.loadbalancer",
        "ResourceNotFound.loadBalancer",
        "ResourceNotFound.BandwidthPackageId",
        "ResourceNotFound.CommonBandwidthPackage",
        "IncorrectStatus.ZoneId",
        "Conflict.Port",
        "IllegalParam.MssConflictWithUdpAndGeneve",
        "IllegalParam.AnyPortListenerConflictWithNonAnyPortServerGroup",
        "IncorrectStatus.loadbalancer",
        "IllegalParam.ServerGroupId",
        "IllegalParam.NonAnyPortListenerConflictWithAnyPortServerGroup",
        "MissingParam.Certificate",
        "IllegalParam.Port",
        "Mismatch.Protocol",
        "ResourceNotEnough.CaCertificateApiCount",
        "MissingParam.ServerGroupId",
        "IllegalParam.ListenerDescription",
        "DryRunOperation",
        "IllegalParam.IdleTimeout",
        "IllegalParamSize.certificateIds",
        "DuplicatedParam.listener",
        "IllegalParam.PreserveClientIpSwitch",
        "OperationDenied.RegionNotSupportHDMonitor",
        "ResourceNotFound.VSwitch",
        "ResourceNotFound.CaCertificate",
        "ResourceNotFound.HdMonitorConfigNotExist",
        "OperationDenied.OnlyPayByTrafficSupported",
        "Mismatch.ZoneIdAndVswitchId",
        "OperationDenied.OnlyPostPaidSupported",
        "OperationFailed.DuplicateZones.",
        "ResourceNotEnough.VSwitchIp",
        "DuplicatedParam.AllocationId",
        "ResourceInConfiguring.VswitchId",
        "OperationFailed.UnpaidBill",
        "OperationDenied.ServiceLinkedRoleNotExist",
        "ResourceAlreadyAssociated.AllocationId",
        "OperationFailed.vSwitchNotSupportIpv6",
        "InvalidZones",
        "OperationFailed.CreateOrderError",
        "OperationFailed.NotExist.ResourceGroup",
        "IllegalParam.loadBalancerName",
        "UnauthorizedZone",
        "UnauthorizedRegion",
        "ResourceNotFound.Vpc",
        "IllegalParam.AnyPortServerGroupConflictWithHealthCheckConfig",
        "IllegalParamFormat.ParseCreateRsPoolRequestFailed",
        "OperationDenied.VpcNotSupportIpv6",
        "IllegalParam.healthCheckDomain",
        "OperationDenied.UidNotAllowQuic29",
        "IlleagalParam.healthCheckUrl",
        "IllegalParam.ServerGroupName",
        "IllegalParam.ConnectionDrainTimeout",
        "ResourceNotFound.ResourceGroup",
        "ResourceInCreating.loadbalancer",
        "OperationDenied.DeletionProtectionEnabled",
        "ResourceInUse.SecurityPolicy",
        "ResourceNotFound.securitypolicy",
        "ResourceInUse.ServerGroup",
        "DescribeHDMonitor.Fail",
        "IllegalParam.AcceptLanguage",
        "ResourceNotAssociated.loadbalancer",
        "OperationDenied.Ipv6IntranetInstance",
        "OperationDenied.NonDualStackInstance",
        "IncorrectStatus.certificate",
        "OperationDenied.DefaultCertificateUsed",
        "ResourceNotAssociated.Certificate",
        "OperationDenied.CaCertificateUsed",
        "ResourceNotFound.Ipv6Gateway",
        "ResourceNotFound.JobId",
        "OperationFailed.GetXipFailed",
        "ResourceNotFound.loadbalancer",
        "IllegalParam.LoadBalancerType",
        "IllegalParam.resourceType",
        "Conflict.SecurityGroup",
        "Mismatch.vpc",
        "Forbidden.SecurityGroup",
        "ResourceNotFound.SecurityGroup",
        "OperationFailed.StatusCheckFail.ResourceGroup",
        "ResourceNotFound.BackendServer",
        "EnableHDMonitor.Fail",
        "OperationDenied.EipAlreadyInBandwidthPackage",
        "OperationDenied.AddressTypeNotChanged",
        "ResourceNotFound.AnycastInstance",
        "IllegalParam.deletionProtectionReason",
        "IllegalParam.modificationProtectionReason",
        "OperationDenied.ProtectedPrivateIPv4AddressChanged",
        "OperationDenied.ZoneVSwitchChanged",
        "UpdateSecurityPolicyFailed",
    ];
    static NAME_CODES: [u32; 31] = [
        1, 5, 8, 10, 12, 13, 19, 23, 27, 29, 30, 31, 38, 49, 50, 52, 66, 70, 77, 79, 83,
        86, 88, 90, 93, 100, 102, 104, 109, 113, 114,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "IllegalParamIpIncorrectStatusServerGroupIllegalParamRsPortConflictWithServerGroupResourceInUseIpIllegalParamDescriptionMissingParamIpResourceNotFoundServerGroupIncorrectStatusListenerResourceNotFoundListenerResourceAlreadyAssociatedLoadbalancerResourceInConfiguringLoadbalancerResourceNotFoundLoadBalancerIncorrectStatusLoadbalancerIllegalParamSizeCertificateIdsDuplicatedParamListenerOperationDeniedRegionNotSupportHdMonitorOperationFailedVSwitchNotSupportIpv6IllegalParamLoadBalancerNameIllegalParamHealthCheckDomainIlleagalParamHealthCheckUrlResourceInCreatingLoadbalancerResourceNotFoundSecuritypolicyDescribeHdMonitorFailResourceNotAssociatedLoadbalancerIncorrectStatusCertificateResourceNotFoundLoadbalancerIllegalParamResourceTypeMismatchVpcEnableHdMonitorFailIllegalParamDeletionProtectionReasonIllegalParamModificationProtectionReason",
        ends: &[
            0, 14, 40, 81, 96, 119, 133, 160, 183, 207, 244, 277, 305, 332, 362, 385,
            425, 461, 489, 518, 545, 575, 605, 626, 659, 685, 713, 737, 748, 767, 803,
            843,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Conflict: lock.A parameter is not allowed: IP.A quota was exceeded: quota insufficient.System busy.Duplicated param: server.The resource is not in a state that allows this: server group.Mismatch: vpc id.Mismatch: server type.A parameter is not allowed: RS port conflict with server group.Tag invoke error.Resource in use: IP.A parameter is not allowed.A parameter is not allowed: description.A required parameter is missing: IP.Operation denied: server group not support ipv6.The resource is not in a state that allows this: eni.Idempotence signature mismatch.The request was throttled: user.The request is forbidden: no permission.Resource not found: server group.Resource not found: eci.Resource not found: ecs.Resource not found: eni.The resource is not in a state that allows this: listener.Resource already associated: certificate.Operation denied: protocol.Resource not found: certificate.Resource not found: listener.Operation denied: intranet load balancer.Resource already associated: loadbalancer.Resource in configuring: loadbalancer.Resource not found: load balancer.Resource not found: bandwidth package id.Resource not found: common bandwidth package.The resource is not in a state that allows this: zone id.Conflict: port.A parameter is not allowed: mss conflict with udp and geneve.A parameter is not allowed: any port listener conflict with non any port server group.The resource is not in a state that allows this: loadbalancer.A parameter is not allowed: server group id.A parameter is not allowed: non any port listener conflict with any port server group.A required parameter is missing: certificate.A parameter is not allowed: port.Mismatch: protocol.Resource not enough: ca certificate api count.A required parameter is missing: server group id.A parameter is not allowed: listener description.Dry run operation.A parameter is not allowed: idle timeout.Illegal param size: certificate ids.Duplicated param: listener.A parameter is not allowed: preserve client ip switch.Operation denied: region not support HD monitor.Resource not found: v switch.Resource not found: ca certificate.Resource not found: hd monitor config not exist.Operation denied: only pay by traffic supported.Mismatch: zone id and vswitch id.Operation denied: only post paid supported.Operation failed: duplicate zones.Resource not enough: v switch ip.Duplicated param: allocation id.Resource in configuring: vswitch id.Operation failed: unpaid bill.Operation denied: service linked role not exist.Resource already associated: allocation id.Operation failed: v switch not support ipv6.Invalid zones.Operation failed: create order error.Operation failed: not exist, resource group.A parameter is not allowed: load balancer name.Unauthorized zone.Unauthorized region.Resource not found: vpc.A parameter is not allowed: any port server group conflict with health check config.Illegal param format: parse create rs pool request failed.Operation denied: vpc not support ipv6.A parameter is not allowed: health check domain.Operation denied: uid not allow quic29.Illeagal param: health check url.A parameter is not allowed: server group name.A parameter is not allowed: connection drain timeout.Resource not found: resource group.Resource in creating: loadbalancer.Operation denied: deletion protection enabled.Resource in use: security policy.Resource not found: securitypolicy.Resource in use: server group.Describe HD monitor: fail.A parameter is not allowed: accept language.Resource not associated: loadbalancer.Operation denied: ipv6 intranet instance.Operation denied: non dual stack instance.The resource is not in a state that allows this: certificate.Operation denied: default certificate used.Resource not associated: certificate.Operation denied: ca certificate used.Resource not found: ipv6 gateway.Resource not found: job id.Operation failed: get xip failed.Resource not found: loadbalancer.A parameter is not allowed: load balancer type.A parameter is not allowed: resource type.Conflict: security group.Mismatch: vpc.The request is forbidden: security group.Resource not found: security group.Operation failed: status check fail, resource group.Resource not found: backend server.Enable HD monitor: fail.Operation denied: eip already in bandwidth package.Operation denied: address type not changed.Resource not found: anycast instance.A parameter is not allowed: deletion protection reason.A parameter is not allowed: modification protection reason.Operation denied: protected private IPv4 address changed.Operation denied: zone v switch changed.Update security policy failed.",
        ends: &[
            0, 15, 46, 87, 99, 124, 186, 203, 225, 288, 305, 325, 352, 392, 428, 476,
            529, 560, 592, 632, 665, 689, 713, 737, 795, 836, 863, 895, 924, 965, 1007,
            1045, 1079, 1120, 1165, 1222, 1237, 1298, 1384, 1446, 1490, 1576, 1621, 1654,
            1673, 1719, 1768, 1817, 1835, 1876, 1912, 1939, 1993, 2041, 2070, 2105, 2153,
            2201, 2234, 2277, 2311, 2344, 2376, 2412, 2442, 2490, 2533, 2577, 2591, 2628,
            2672, 2719, 2737, 2757, 2781, 2865, 2923, 2962, 3010, 3049, 3082, 3128, 3181,
            3216, 3251, 3297, 3330, 3365, 3395, 3421, 3465, 3503, 3544, 3586, 3647, 3690,
            3727, 3765, 3798, 3825, 3858, 3891, 3938, 3980, 4005, 4019, 4060, 4095, 4147,
            4182, 4206, 4257, 4300, 4337, 4392, 4451, 4508, 4548, 4578,
        ],
    };
    static STATUSES: [u16; 118] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 403, 404, 404, 404, 404, 400, 400, 400, 400, 404, 400, 400, 400, 404,
        404, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 404, 404, 404, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 403, 403, 404, 400, 400, 400, 400, 400, 400,
        400, 400, 404, 400, 400, 400, 404, 400, 404, 400, 400, 400, 400, 400, 400, 400,
        400, 404, 404, 400, 404, 400, 400, 400, 400, 403, 404, 400, 404, 404, 400, 400,
        404, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 119] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
        63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
        83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101,
        102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117,
        118,
    ];
    static RETRY: [::cloud_errors::Retry; 118] = ::cloud_errors::__private::retry_column(
        b"aacaacaaaaaaaaacabcaaaacaaaaaaaaaacaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaacaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 118] = ::cloud_errors::__private::category_column(
        b"cchccicccccccccichgeeeeiccceccceeeicccicccccccccccccceeecccccccccccccccggeccccccccecccececccciccceececcccgeceecceccccc",
    );
    static PILOTS: [u16; 30] = [
        1, 74, 0, 7, 9, 8, 3, 8, 4, 61, 2, 5, 0, 5, 70, 26, 16, 84, 52, 0, 14, 1, 10, 34,
        1, 0, 1, 1, 41, 110,
    ];
    static SLOTS: [(&str, u32); 131] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            115, 14, 79, 68, 21, 48, 27, 4294967295, 96, 17, 99, 30, 92, 8, 71, 34, 109,
            24, 83, 4294967295, 4294967295, 43, 58, 44, 69, 4294967295, 55, 102, 31, 42,
            62, 22, 70, 13, 4, 49, 35, 23, 104, 32, 81, 93, 78, 4294967295, 60, 1, 0, 77,
            103, 59, 9, 82, 90, 85, 18, 110, 56, 117, 28, 73, 46, 29, 41, 88, 4294967295,
            38, 6, 2, 37, 105, 107, 106, 66, 33, 111, 94, 61, 4294967295, 64, 98, 63, 12,
            97, 36, 4294967295, 108, 3, 16, 65, 54, 101, 112, 95, 45, 47, 86, 116, 53,
            40, 4294967295, 4294967295, 4294967295, 5, 39, 15, 75, 91, 19, 57, 52, 51, 7,
            87, 26, 67, 25, 72, 84, 50, 4294967295, 11, 114, 89, 100, 113, 74, 20, 80,
            76, 4294967295, 10,
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
    const PROVIDER: &'static str = "Alibaba Cloud Nlb";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Nlb's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Nlb: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
