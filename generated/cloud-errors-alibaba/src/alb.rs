// @generated from catalogs/alibaba/alb.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Alb: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Alb: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ResourceAlreadyExist.AclEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already exist: acl entry.
    ResourceAlreadyExistAclEntry,
    /// `ResourceQuotaExceeded.AclEntriesNum`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource quota exceeded: acl entries num.
    ResourceQuotaExceededAclEntriesNum,
    /// `IncorrectStatus.Acl`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: acl.
    IncorrectStatusAcl,
    /// `ResourceQuotaExceeded.ListenerAclEntriesNum`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource quota exceeded: listener acl entries num.
    ResourceQuotaExceededListenerAclEntriesNum,
    /// `ResourceQuotaExceeded.LoadBalancerAclEntriesNum`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource quota exceeded: load balancer acl entries num.
    ResourceQuotaExceededLoadBalancerAclEntriesNum,
    /// `ResourceNotFound.Acl`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: acl.
    ResourceNotFoundAcl,
    /// `ResourceQuotaExceeded.ServerAddedNum`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource quota exceeded: server added num.
    ResourceQuotaExceededServerAddedNum,
    /// `IncorrectStatus.ServerGroup`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: server group.
    IncorrectStatusServerGroup,
    /// `Conflict.BackendServer`: HTTP 400; retry: never; category: invalid_argument.
    /// Conflict: backend server.
    ConflictBackendServer,
    /// `OperationDenied.VpcVportNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: vpc vport not found.
    OperationDeniedVpcVportNotFound,
    /// `IncorrectStatus.Eni`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: eni.
    IncorrectStatusEni,
    /// `ResourceInUse.IP`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use: IP.
    ResourceInUseIp,
    /// `OperationDenied.NoAvailableVSwitch`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: no available v switch.
    OperationDeniedNoAvailableVSwitch,
    /// `OperationDenied.VgwVipNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: vgw vip not found.
    OperationDeniedVgwVipNotFound,
    /// `OperationDenied.CloudBox`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: cloud box.
    OperationDeniedCloudBox,
    /// `Mismatch.Type`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: type.
    MismatchType,
    /// `Mismatch.VpcId`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: vpc id.
    MismatchVpcId,
    /// `ResourceQuotaExceeded.LoadBalancerServersNum`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource quota exceeded: load balancer servers num.
    ResourceQuotaExceededLoadBalancerServersNum,
    /// `ResourceInConfiguring`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in configuring.
    ResourceInConfiguring,
    /// `DuplicatedParam.BackendServer`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated param: backend server.
    DuplicatedParamBackendServer,
    /// `OperationDenied.EciNotSupportJobType`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: eci not support job type.
    OperationDeniedEciNotSupportJobType,
    /// `IllegalParam.ServerIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: server ip.
    IllegalParamServerIp,
    /// `Mismatch.ServerType`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: server type.
    MismatchServerType,
    /// `ServiceUnavailable`: HTTP 400; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailable,
    /// `Forbidden.ServerGroup`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: server group.
    ForbiddenServerGroup,
    /// `ResourceNotFound.ServerGroup`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: server group.
    ResourceNotFoundServerGroup,
    /// `ResourceNotFound.Ecs`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: ecs.
    ResourceNotFoundEcs,
    /// `ResourceNotFound.Eci`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: eci.
    ResourceNotFoundEci,
    /// `ResourceNotFound.Eni`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: eni.
    ResourceNotFoundEni,
    /// `IncorrectStatus.HealthCheckTemplate`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: health check template.
    IncorrectStatusHealthCheckTemplate,
    /// `ResourceNotFound.HealthCheckTemplate`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: health check template.
    ResourceNotFoundHealthCheckTemplate,
    /// `QuotaExceeded.AclsNum`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: acls num.
    QuotaExceededAclsNum,
    /// `OperationDenied.AclNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: acl not support.
    OperationDeniedAclNotSupport,
    /// `ResourceInUse.Acl`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use: acl.
    ResourceInUseAcl,
    /// `OperationDenied.LoadBalancerJoinedSecurityGroupNotSupportAcl`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: load balancer joined security group not support acl.
    OperationDeniedLoadBalancerJoinedSecurityGroupNotSupportAcl,
    /// `ResourceNotFound.Listener`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: listener.
    ResourceNotFoundListener,
    /// `IncorrectStatus.Listener`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: listener.
    IncorrectStatusListener,
    /// `OperationDenied.DefaultCertificateUsed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: default certificate used.
    OperationDeniedDefaultCertificateUsed,
    /// `OperationFailed.DefaultCertificateNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: default certificate not found.
    OperationFailedDefaultCertificateNotFound,
    /// `ResourceAlreadyAssociated.Certificate`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already associated: certificate.
    ResourceAlreadyAssociatedCertificate,
    /// `ResourceQuotaExceeded.LoadBalancerCertificatesNum`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource quota exceeded: load balancer certificates num.
    ResourceQuotaExceededLoadBalancerCertificatesNum,
    /// `OperationDenied.HttpListenerNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: http listener not support.
    OperationDeniedHttpListenerNotSupport,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `ResourceInConfiguring.Listener`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in configuring: listener.
    ResourceInConfiguringListener,
    /// `Forbidden.LoadBalancer`: HTTP 403, 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: load balancer.
    ForbiddenLoadBalancer,
    /// `ResourceNotFound.Certificate`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: certificate.
    ResourceNotFoundCertificate,
    /// `IncorrectBusinessStatus.CommonBandwidthPackage`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect business status: common bandwidth package.
    IncorrectBusinessStatusCommonBandwidthPackage,
    /// `IncorrectStatus.CommonBandwidthPackage`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: common bandwidth package.
    IncorrectStatusCommonBandwidthPackage,
    /// `ResourceNotFound.LoadBalancer`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: load balancer.
    ResourceNotFoundLoadBalancer,
    /// `ResourceNotFound.CommonBandwidthPackage`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: common bandwidth package.
    ResourceNotFoundCommonBandwidthPackage,
    /// `IncorrectStatus.LoadBalancer`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: load balancer.
    IncorrectStatusLoadBalancer,
    /// `IncorrectBusinessStatus.LoadBalancer`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect business status: load balancer.
    IncorrectBusinessStatusLoadBalancer,
    /// `IncorrectBusinessStatus.Eip`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect business status: eip.
    IncorrectBusinessStatusEip,
    /// `OperationDenied.ZoneVSwitchChanged`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: zone v switch changed.
    OperationDeniedZoneVSwitchChanged,
    /// `OperationDenied.ZoneMappingsNotChanged`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: zone mappings not changed.
    OperationDeniedZoneMappingsNotChanged,
    /// `OperationDenied.ZoneVSwitchNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: zone v switch not exist.
    OperationDeniedZoneVSwitchNotExist,
    /// `OperationDenied.EniStatusNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: eni status not support.
    OperationDeniedEniStatusNotSupport,
    /// `OperationDenied.OnlyFixedAddressAllocatedModeSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: only fixed address allocated mode supported.
    OperationDeniedOnlyFixedAddressAllocatedModeSupported,
    /// `OperationFailed.CancelShiftLoadBalancerZonesFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: cancel shift load balancer zones failed.
    OperationFailedCancelShiftLoadBalancerZonesFailed,
    /// `ResourceNotEnough.VSwitchIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not enough: v switch ip.
    ResourceNotEnoughVSwitchIp,
    /// `Mismatch.ZoneIdAndVSwitchId`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: zone id and v switch id.
    MismatchZoneIdAndVSwitchId,
    /// `ResourceNotFound.VSwitch`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: v switch.
    ResourceNotFoundVSwitch,
    /// `ResourceQuotaExceeded.AScriptsNum`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource quota exceeded: a scripts num.
    ResourceQuotaExceededAScriptsNum,
    /// `ResourceQuotaExceeded.AScriptsTotalLinesNum`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource quota exceeded: a scripts total lines num.
    ResourceQuotaExceededAScriptsTotalLinesNum,
    /// `ResourceQuotaExceeded.AScriptLinesNum`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource quota exceeded: a script lines num.
    ResourceQuotaExceededAScriptLinesNum,
    /// `NotExist.ResourceGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Not exist: resource group.
    NotExistResourceGroup,
    /// `Forbidden.Acl`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: acl.
    ForbiddenAcl,
    /// `QuotaExceeded.HealthCheckTemplatesNum`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: health check templates num.
    QuotaExceededHealthCheckTemplatesNum,
    /// `Forbidden.HealthCheckTemplate`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: health check template.
    ForbiddenHealthCheckTemplate,
    /// `ResourceAlreadyExist.Listener`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already exist: listener.
    ResourceAlreadyExistListener,
    /// `ResourceQuotaExceeded.LoadBalancerListenersNum`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource quota exceeded: load balancer listeners num.
    ResourceQuotaExceededLoadBalancerListenersNum,
    /// `OperationDenied.CrossLoadBalancerQUICListener`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: cross load balancer QUIC listener.
    OperationDeniedCrossLoadBalancerQuicListener,
    /// `ResourceAlreadyAssociated.Listener`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already associated: listener.
    ResourceAlreadyAssociatedListener,
    /// `ResourceQuotaExceeded.SecurityPolicyAttachedNum`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource quota exceeded: security policy attached num.
    ResourceQuotaExceededSecurityPolicyAttachedNum,
    /// `ResourceQuotaExceeded.ServerGroupAttachedNum`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource quota exceeded: server group attached num.
    ResourceQuotaExceededServerGroupAttachedNum,
    /// `OperationDenied.ServerGroupProtocolNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: server group protocol not support.
    OperationDeniedServerGroupProtocolNotSupport,
    /// `OperationDenied.GRPCServerGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: GRPC server group.
    OperationDeniedGrpcServerGroup,
    /// `Mismatch.LoadBalancerEditionAndConnectionDrain`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: load balancer edition and connection drain.
    MismatchLoadBalancerEditionAndConnectionDrain,
    /// `Mismatch.LoadBalancerEditionAndSlowStartEnable`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: load balancer edition and slow start enable.
    MismatchLoadBalancerEditionAndSlowStartEnable,
    /// `Forbidden.SecurityPolicy`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: security policy.
    ForbiddenSecurityPolicy,
    /// `Forbidden.Listener`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: listener.
    ForbiddenListener,
    /// `ResourceNotFound.SecurityPolicy`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: security policy.
    ResourceNotFoundSecurityPolicy,
    /// `QuotaExceeded.LoadBalancersNum`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: load balancers num.
    QuotaExceededLoadBalancersNum,
    /// `DuplicatedParam.ZoneId`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated param: zone id.
    DuplicatedParamZoneId,
    /// `OperationDenyed.ServiceLinkedRoleNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denyed: service linked role not exist.
    OperationDenyedServiceLinkedRoleNotExist,
    /// `OperationDenied.SameGroupForForwardAndMirrorAction`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: same group for forward and mirror action.
    OperationDeniedSameGroupForForwardAndMirrorAction,
    /// `OperationDenied.IpGroupCanNotUsedForMirrorAction`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: ip group can not used for mirror action.
    OperationDeniedIpGroupCanNotUsedForMirrorAction,
    /// `Conflict.Priority`: HTTP 400; retry: never; category: invalid_argument.
    /// Conflict: priority.
    ConflictPriority,
    /// `ResourceQuotaExceeded.LoadBalancerRulesNum`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource quota exceeded: load balancer rules num.
    ResourceQuotaExceededLoadBalancerRulesNum,
    /// `QuotaExceeded.RuleWildcardsNum`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: rule wildcards num.
    QuotaExceededRuleWildcardsNum,
    /// `QuotaExceeded.RuleMatchEvaluationsNum`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: rule match evaluations num.
    QuotaExceededRuleMatchEvaluationsNum,
    /// `QuotaExceeded.RuleActionsNum`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: rule actions num.
    QuotaExceededRuleActionsNum,
    /// `Mismatch.Protocol`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: protocol.
    MismatchProtocol,
    /// `OperationDenied.RewriteMissingForwardGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: rewrite missing forward group.
    OperationDeniedRewriteMissingForwardGroup,
    /// `OperationDenied.MirrorActionSupportHttpGroupOnly`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: mirror action support http group only.
    OperationDeniedMirrorActionSupportHttpGroupOnly,
    /// `OperationDenied.ProtocolMustSameForForwardGroupAction`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: protocol must same for forward group action.
    OperationDeniedProtocolMustSameForForwardGroupAction,
    /// `QuotaExceeded.SecurityPoliciesNum`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: security policies num.
    QuotaExceededSecurityPoliciesNum,
    /// `QuotaExceeded.ServerGroupsNum`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: server groups num.
    QuotaExceededServerGroupsNum,
    /// `Mismatch.ServerGroupSchedulerAndSlowStartEnable`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: server group scheduler and slow start enable.
    MismatchServerGroupSchedulerAndSlowStartEnable,
    /// `QuotaExceeded.SlowStartDuration`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: slow start duration.
    QuotaExceededSlowStartDuration,
    /// `UnsupportedFeature.SlowStart`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: slow start.
    UnsupportedFeatureSlowStart,
    /// `QuotaExceeded.ConnectionDrainTimeout`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: connection drain timeout.
    QuotaExceededConnectionDrainTimeout,
    /// `UnsupportedFeature.ConnectionDrain`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: connection drain.
    UnsupportedFeatureConnectionDrain,
    /// `OperationDenied.VpcNotSupportIpv6`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: vpc not support ipv6.
    OperationDeniedVpcNotSupportIpv6,
    /// `UnsupportedFeature.FcServerGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: fc server group.
    UnsupportedFeatureFcServerGroup,
    /// `ResourceNotFound.Vpc`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: vpc.
    ResourceNotFoundVpc,
    /// `ResourceNotFound.AScript`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: a script.
    ResourceNotFoundAScript,
    /// `OperationDenied.CrossListenerAScripts`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: cross listener a scripts.
    OperationDeniedCrossListenerAScripts,
    /// `ResourceInUse.Listener`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use: listener.
    ResourceInUseListener,
    /// `OperationDenied.DeletionProtectionEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: deletion protection enabled.
    OperationDeniedDeletionProtectionEnabled,
    /// `IncorrectStatus.Rule`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: rule.
    IncorrectStatusRule,
    /// `ResourceNotFound.Rule`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: rule.
    ResourceNotFoundRule,
    /// `OperationDenied.CrossLoadBalancerRules`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: cross load balancer rules.
    OperationDeniedCrossLoadBalancerRules,
    /// `IncorrectStatus.SecurityPolicy`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: security policy.
    IncorrectStatusSecurityPolicy,
    /// `ResourceInUse.SecurityPolicy`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use: security policy.
    ResourceInUseSecurityPolicy,
    /// `ResourceInUse.ServerGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use: server group.
    ResourceInUseServerGroup,
    /// `OperationDenied.AccessLogDisabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: access log disabled.
    OperationDeniedAccessLogDisabled,
    /// `ResourceInConfiguring.LoadBalancer`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in configuring: load balancer.
    ResourceInConfiguringLoadBalancer,
    /// `OperationDenied.NonDualStackInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: non dual stack instance.
    OperationDeniedNonDualStackInstance,
    /// `OperationDenied.Ipv6IntranetInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: ipv6 intranet instance.
    OperationDeniedIpv6IntranetInstance,
    /// `LockFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Lock failed.
    LockFailed,
    /// `ResourceNotAssociated.Acl`: HTTP 404; retry: never; category: not_found.
    /// Resource not associated: acl.
    ResourceNotAssociatedAcl,
    /// `ResourceNotAssociated.Certificate`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not associated: certificate.
    ResourceNotAssociatedCertificate,
    /// `OperationDenied.AccessLogEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: access log enabled.
    OperationDeniedAccessLogEnabled,
    /// `OperationDenied.Ipv6InternetInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: ipv6 internet instance.
    OperationDeniedIpv6InternetInstance,
    /// `ResourceAlreadyAssociated.SecurityGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already associated: security group.
    ResourceAlreadyAssociatedSecurityGroup,
    /// `ResourceQuotaExceeded.SecurityGroupNum`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource quota exceeded: security group num.
    ResourceQuotaExceededSecurityGroupNum,
    /// `OperationDenied.SecurityGroupNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: security group not support.
    OperationDeniedSecurityGroupNotSupport,
    /// `OperationDenied.LbAssociatedAclCanNotJoinSecurityGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: lb associated acl can not join security group.
    OperationDeniedLbAssociatedAclCanNotJoinSecurityGroup,
    /// `ResourceNotFound.SecurityGroup`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: security group.
    ResourceNotFoundSecurityGroup,
    /// `ResourceNotAssociated.SecurityGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not associated: security group.
    ResourceNotAssociatedSecurityGroup,
    /// `ResourceNotFound.AclEntry`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: acl entry.
    ResourceNotFoundAclEntry,
    /// `ResourceInConfiguring.BackendServer`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in configuring: backend server.
    ResourceInConfiguringBackendServer,
    /// `ResourceNotFound.BackendServer`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: backend server.
    ResourceNotFoundBackendServer,
    /// `IdempotentParameterMismatch`: HTTP 400; retry: never; category: failed_precondition.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatch,
    /// `OperationDenied.ConfigLastActiveZoneNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: config last active zone not support.
    OperationDeniedConfigLastActiveZoneNotSupport,
    /// `OperationFailed.ShiftLoadBalancerZonesFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: shift load balancer zones failed.
    OperationFailedShiftLoadBalancerZonesFailed,
    /// `ResourceNotFound.Ascript`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: ascript.
    ResourceNotFoundAscript,
    /// `Conflict.Acl`: HTTP 400; retry: never; category: invalid_argument.
    /// Conflict: acl.
    ConflictAcl,
    /// `UnsupportedFeature.FullTraceHttps`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: full trace https.
    UnsupportedFeatureFullTraceHttps,
    /// `OperationDenied.OnlyPostPaidEipSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: only post paid eip supported.
    OperationDeniedOnlyPostPaidEipSupported,
    /// `ResourceNotFound.Eip`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: eip.
    ResourceNotFoundEip,
    /// `OperationDenied.AddressTypeNotChanged`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: address type not changed.
    OperationDeniedAddressTypeNotChanged,
    /// `OperationDenied.Downgrade`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: downgrade.
    OperationDeniedDowngrade,
    /// `OperationDenied.EditionNotChanged`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: edition not changed.
    OperationDeniedEditionNotChanged,
    /// `OperationDenied.ServiceManagedResource`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: service managed resource.
    OperationDeniedServiceManagedResource,
    /// `OperationDenied.ListenerIdInconsistent`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: listener id inconsistent.
    OperationDeniedListenerIdInconsistent,
    /// `IllegalParam.Priority`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: priority.
    IllegalParamPriority,
    /// `OperationDenied.UpstreamKeepaliveDisabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: upstream keepalive disabled.
    OperationDeniedUpstreamKeepaliveDisabled,
    /// `OperationDenied.UpstreamKeepaliveEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: upstream keepalive enabled.
    OperationDeniedUpstreamKeepaliveEnabled,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 150] = [
        "ResourceAlreadyExist.AclEntry",
        "ResourceQuotaExceeded.AclEntriesNum",
        "IncorrectStatus.Acl",
        "ResourceQuotaExceeded.ListenerAclEntriesNum",
        "ResourceQuotaExceeded.LoadBalancerAclEntriesNum",
        "ResourceNotFound.Acl",
        "ResourceQuotaExceeded.ServerAddedNum",
        "IncorrectStatus.ServerGroup",
        "Conflict.BackendServer",
        "OperationDenied.VpcVportNotFound",
        "IncorrectStatus.Eni",
        "ResourceInUse.IP",
        "OperationDenied.NoAvailableVSwitch",
        "OperationDenied.VgwVipNotFound",
        "OperationDenied.CloudBox",
        "Mismatch.Type",
        "Mismatch.VpcId",
        "ResourceQuotaExceeded.LoadBalancerServersNum",
        "ResourceInConfiguring",
        "DuplicatedParam.BackendServer",
        "OperationDenied.EciNotSupportJobType",
        "IllegalParam.ServerIp",
        "Mismatch.ServerType",
        "ServiceUnavailable",
        "Forbidden.ServerGroup",
        "ResourceNotFound.ServerGroup",
        "ResourceNotFound.Ecs",
        "ResourceNotFound.Eci",
        "ResourceNotFound.Eni",
        "IncorrectStatus.HealthCheckTemplate",
        "ResourceNotFound.HealthCheckTemplate",
        "QuotaExceeded.AclsNum",
        "OperationDenied.AclNotSupport",
        "ResourceInUse.Acl",
        "OperationDenied.LoadBalancerJoinedSecurityGroupNotSupportAcl",
        "ResourceNotFound.Listener",
        "IncorrectStatus.Listener",
        "OperationDenied.DefaultCertificateUsed",
        "OperationFailed.DefaultCertificateNotFound",
        "ResourceAlreadyAssociated.Certificate",
        "ResourceQuotaExceeded.LoadBalancerCertificatesNum",
        "OperationDenied.HttpListenerNotSupport",
        "InvalidParameter",
        "ResourceInConfiguring.Listener",
        "Forbidden.LoadBalancer",
        "ResourceNotFound.Certificate",
        "IncorrectBusinessStatus.CommonBandwidthPackage",
        "IncorrectStatus.CommonBandwidthPackage",
        "ResourceNotFound.LoadBalancer",
        "ResourceNotFound.CommonBandwidthPackage",
        "IncorrectStatus.LoadBalancer",
        "IncorrectBusinessStatus.LoadBalancer",
        "IncorrectBusinessStatus.Eip",
        "OperationDenied.ZoneVSwitchChanged",
        "OperationDenied.ZoneMappingsNotChanged",
        "OperationDenied.ZoneVSwitchNotExist",
        "OperationDenied.EniStatusNotSupport",
        "OperationDenied.OnlyFixedAddressAllocatedModeSupported",
        "OperationFailed.CancelShiftLoadBalancerZonesFailed",
        "ResourceNotEnough.VSwitchIp",
        "Mismatch.ZoneIdAndVSwitchId",
        "ResourceNotFound.VSwitch",
        "ResourceQuotaExceeded.AScriptsNum",
        "ResourceQuotaExceeded.AScriptsTotalLinesNum",
        "ResourceQuotaExceeded.AScriptLinesNum",
        "NotExist.ResourceGroup",
        "Forbidden.Acl",
        "QuotaExceeded.HealthCheckTemplatesNum",
        "Forbidden.HealthCheckTemplate",
        "ResourceAlreadyExist.Listener",
        "ResourceQuotaExceeded.LoadBalancerListenersNum",
        "OperationDenied.CrossLoadBalancerQUICListener",
        "ResourceAlreadyAssociated.Listener",
        "ResourceQuotaExceeded.SecurityPolicyAttachedNum",
        "ResourceQuotaExceeded.ServerGroupAttachedNum",
        "OperationDenied.ServerGroupProtocolNotSupport",
        "OperationDenied.GRPCServerGroup",
        "Mismatch.LoadBalancerEditionAndConnectionDrain",
        "Mismatch.LoadBalancerEditionAndSlowStartEnable",
        "Forbidden.SecurityPolicy",
        "Forbidden.Listener",
        "ResourceNotFound.SecurityPolicy",
        "QuotaExceeded.LoadBalancersNum",
        "DuplicatedParam.ZoneId",
        "OperationDenyed.ServiceLinkedRoleNotExist",
        "OperationDenied.SameGroupForForwardAndMirrorAction",
        "OperationDenied.IpGroupCanNotUsedForMirrorAction",
        "Conflict.Priority",
        "ResourceQuotaExceeded.LoadBalancerRulesNum",
        "QuotaExceeded.RuleWildcardsNum",
        "QuotaExceeded.RuleMatchEvaluationsNum",
        "QuotaExceeded.RuleActionsNum",
        "Mismatch.Protocol",
        "OperationDenied.RewriteMissingForwardGroup",
        "OperationDenied.MirrorActionSupportHttpGroupOnly",
        "OperationDenied.ProtocolMustSameForForwardGroupAction",
        "QuotaExceeded.SecurityPoliciesNum",
        "QuotaExceeded.ServerGroupsNum",
        "Mismatch.ServerGroupSchedulerAndSlowStartEnable",
        "QuotaExceeded.SlowStartDuration",
        "UnsupportedFeature.SlowStart",
        "QuotaExceeded.ConnectionDrainTimeout",
        "UnsupportedFeature.ConnectionDrain",
        "OperationDenied.VpcNotSupportIpv6",
        "UnsupportedFeature.FcServerGroup",
        "ResourceNotFound.Vpc",
        "ResourceNotFound.AScript",
        "OperationDenied.CrossListenerAScripts",
        "ResourceInUse.Listener",
        "OperationDenied.DeletionProtectionEnabled",
        "IncorrectStatus.Rule",
        "ResourceNotFound.Rule",
        "OperationDenied.CrossLoadBalancerRules",
        "IncorrectStatus.SecurityPolicy",
        "ResourceInUse.SecurityPolicy",
        "ResourceInUse.ServerGroup",
        "OperationDenied.AccessLogDisabled",
        "ResourceInConfiguring.LoadBalancer",
        "OperationDenied.NonDualStackInstance",
        "OperationDenied.Ipv6IntranetInstance",
        "LockFailed",
        "ResourceNotAssociated.Acl",
        "ResourceNotAssociated.Certificate",
        "OperationDenied.AccessLogEnabled",
        "OperationDenied.Ipv6InternetInstance",
        "ResourceAlreadyAssociated.SecurityGroup",
        "ResourceQuotaExceeded.SecurityGroupNum",
        "OperationDenied.SecurityGroupNotSupport",
        "OperationDenied.LbAssociatedAclCanNotJoinSecurityGroup",
        "ResourceNotFound.SecurityGroup",
        "ResourceNotAssociated.SecurityGroup",
        "ResourceNotFound.AclEntry",
        "ResourceInConfiguring.BackendServer",
        "ResourceNotFound.BackendServer",
        "IdempotentParameterMismatch",
        "OperationDenied.ConfigLastActiveZoneNotSupport",
        "OperationFailed.ShiftLoadBalancerZonesFailed",
        "ResourceNotFound.Ascript",
        "Conflict.Acl",
        "UnsupportedFeature.FullTraceHttps",
        "OperationDenied.OnlyPostPaidEipSupported",
        "ResourceNotFound.Eip",
        "OperationDenied.AddressTypeNotChanged",
        "OperationDenied.Downgrade",
        "OperationDenied.EditionNotChanged",
        "OperationDenied.ServiceManagedResource",
        "OperationDenied.ListenerIdInconsistent",
        "IllegalParam.Priority",
        "OperationDenied.UpstreamKeepaliveDisabled",
        "OperationDenied.UpstreamKeepaliveEnabled",
    ];
    static NAME_CODES: [u32; 3] = [11, 71, 76];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "ResourceInUseIpOperationDeniedCrossLoadBalancerQuicListenerOperationDeniedGrpcServerGroup",
        ends: &[0, 15, 59, 89],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Resource already exist: acl entry.Resource quota exceeded: acl entries num.The resource is not in a state that allows this: acl.Resource quota exceeded: listener acl entries num.Resource quota exceeded: load balancer acl entries num.Resource not found: acl.Resource quota exceeded: server added num.The resource is not in a state that allows this: server group.Conflict: backend server.Operation denied: vpc vport not found.The resource is not in a state that allows this: eni.Resource in use: IP.Operation denied: no available v switch.Operation denied: vgw vip not found.Operation denied: cloud box.Mismatch: type.Mismatch: vpc id.Resource quota exceeded: load balancer servers num.Resource in configuring.Duplicated param: backend server.Operation denied: eci not support job type.A parameter is not allowed: server ip.Mismatch: server type.The service is unavailable.The request is forbidden: server group.Resource not found: server group.Resource not found: ecs.Resource not found: eci.Resource not found: eni.The resource is not in a state that allows this: health check template.Resource not found: health check template.A quota was exceeded: acls num.Operation denied: acl not support.Resource in use: acl.Operation denied: load balancer joined security group not support acl.Resource not found: listener.The resource is not in a state that allows this: listener.Operation denied: default certificate used.Operation failed: default certificate not found.Resource already associated: certificate.Resource quota exceeded: load balancer certificates num.Operation denied: http listener not support.A parameter is invalid.Resource in configuring: listener.The request is forbidden: load balancer.Resource not found: certificate.Incorrect business status: common bandwidth package.The resource is not in a state that allows this: common bandwidth package.Resource not found: load balancer.Resource not found: common bandwidth package.The resource is not in a state that allows this: load balancer.Incorrect business status: load balancer.Incorrect business status: eip.Operation denied: zone v switch changed.Operation denied: zone mappings not changed.Operation denied: zone v switch not exist.Operation denied: eni status not support.Operation denied: only fixed address allocated mode supported.Operation failed: cancel shift load balancer zones failed.Resource not enough: v switch ip.Mismatch: zone id and v switch id.Resource not found: v switch.Resource quota exceeded: a scripts num.Resource quota exceeded: a scripts total lines num.Resource quota exceeded: a script lines num.Not exist: resource group.The request is forbidden: acl.A quota was exceeded: health check templates num.The request is forbidden: health check template.Resource already exist: listener.Resource quota exceeded: load balancer listeners num.Operation denied: cross load balancer QUIC listener.Resource already associated: listener.Resource quota exceeded: security policy attached num.Resource quota exceeded: server group attached num.Operation denied: server group protocol not support.Operation denied: GRPC server group.Mismatch: load balancer edition and connection drain.Mismatch: load balancer edition and slow start enable.The request is forbidden: security policy.The request is forbidden: listener.Resource not found: security policy.A quota was exceeded: load balancers num.Duplicated param: zone id.Operation denyed: service linked role not exist.Operation denied: same group for forward and mirror action.Operation denied: ip group can not used for mirror action.Conflict: priority.Resource quota exceeded: load balancer rules num.A quota was exceeded: rule wildcards num.A quota was exceeded: rule match evaluations num.A quota was exceeded: rule actions num.Mismatch: protocol.Operation denied: rewrite missing forward group.Operation denied: mirror action support http group only.Operation denied: protocol must same for forward group action.A quota was exceeded: security policies num.A quota was exceeded: server groups num.Mismatch: server group scheduler and slow start enable.A quota was exceeded: slow start duration.Unsupported feature: slow start.A quota was exceeded: connection drain timeout.Unsupported feature: connection drain.Operation denied: vpc not support ipv6.Unsupported feature: fc server group.Resource not found: vpc.Resource not found: a script.Operation denied: cross listener a scripts.Resource in use: listener.Operation denied: deletion protection enabled.The resource is not in a state that allows this: rule.Resource not found: rule.Operation denied: cross load balancer rules.The resource is not in a state that allows this: security policy.Resource in use: security policy.Resource in use: server group.Operation denied: access log disabled.Resource in configuring: load balancer.Operation denied: non dual stack instance.Operation denied: ipv6 intranet instance.Lock failed.Resource not associated: acl.Resource not associated: certificate.Operation denied: access log enabled.Operation denied: ipv6 internet instance.Resource already associated: security group.Resource quota exceeded: security group num.Operation denied: security group not support.Operation denied: lb associated acl can not join security group.Resource not found: security group.Resource not associated: security group.Resource not found: acl entry.Resource in configuring: backend server.Resource not found: backend server.Idempotent parameter mismatch.Operation denied: config last active zone not support.Operation failed: shift load balancer zones failed.Resource not found: ascript.Conflict: acl.Unsupported feature: full trace https.Operation denied: only post paid eip supported.Resource not found: eip.Operation denied: address type not changed.Operation denied: downgrade.Operation denied: edition not changed.Operation denied: service managed resource.Operation denied: listener id inconsistent.A parameter is not allowed: priority.Operation denied: upstream keepalive disabled.Operation denied: upstream keepalive enabled.",
        ends: &[
            0, 34, 75, 128, 178, 233, 257, 299, 361, 386, 424, 477, 497, 537, 573, 601,
            616, 633, 684, 708, 741, 784, 822, 844, 871, 910, 943, 967, 991, 1015, 1086,
            1128, 1159, 1193, 1214, 1284, 1313, 1371, 1414, 1462, 1503, 1559, 1603, 1626,
            1660, 1700, 1732, 1784, 1858, 1892, 1937, 2000, 2041, 2072, 2112, 2156, 2198,
            2239, 2301, 2359, 2392, 2426, 2455, 2494, 2545, 2589, 2615, 2645, 2694, 2742,
            2775, 2828, 2880, 2918, 2972, 3023, 3075, 3111, 3164, 3218, 3260, 3295, 3331,
            3372, 3398, 3446, 3505, 3563, 3582, 3631, 3672, 3721, 3760, 3779, 3827, 3883,
            3945, 3989, 4029, 4084, 4126, 4158, 4205, 4243, 4282, 4319, 4343, 4372, 4415,
            4441, 4487, 4541, 4566, 4610, 4675, 4708, 4738, 4776, 4815, 4857, 4898, 4910,
            4939, 4976, 5013, 5054, 5098, 5142, 5187, 5251, 5286, 5326, 5356, 5396, 5431,
            5461, 5515, 5566, 5594, 5608, 5646, 5693, 5717, 5760, 5788, 5826, 5869, 5912,
            5949, 5995, 6040,
        ],
    };
    static STATUSES: [u16; 151] = [
        400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 403, 404, 404, 404, 404, 400, 404, 400,
        400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 403, 400, 404, 400,
        400, 404, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400,
        400, 400, 400, 403, 400, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        403, 403, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400,
        404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400,
        400, 400, 404, 400, 404, 400, 404, 400, 400, 400, 404, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 151] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
        64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,
        84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102,
        103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118,
        119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134,
        135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150,
        151,
    ];
    static RETRY: [::cloud_errors::Retry; 150] = ::cloud_errors::__private::retry_column(
        b"aacaaaacaacaaaaaaaaaaaabcaaaacacaaaacaaaaaaacaacaacaaaaaaaaaaaaaaacccaaaaaaaaaaccacaaaaaacccaaaaccacacaaaaaaaacaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 150] = ::cloud_errors::__private::category_column(
        b"cciccecicciccccccccccccngeeeeiehccceicccccccgecieeicccccccccceccccghgccccccccccggehcccccchhhcccchhchchcccecccciecicccccccecccccccececeiccecccccccccccc",
    );
    static PILOTS: [u16; 38] = [
        5, 19, 1, 75, 9, 2, 2, 1, 4, 6, 0, 20, 1, 19, 2, 32, 0, 9, 4, 14, 5, 24, 36, 71,
        28, 5, 4, 21, 0, 18, 4, 2, 0, 3, 55, 127, 47, 22,
    ];
    static SLOTS: [(&str, u32); 166] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            142, 37, 101, 18, 75, 26, 40, 7, 127, 24, 20, 107, 4294967295, 130,
            4294967295, 96, 116, 109, 9, 4, 61, 14, 38, 21, 13, 62, 129, 115, 46, 73, 79,
            131, 17, 122, 56, 2, 100, 4294967295, 141, 4294967295, 66, 51, 48, 119, 147,
            80, 32, 123, 138, 104, 126, 4294967295, 4294967295, 63, 113, 70, 139, 25, 16,
            140, 29, 91, 3, 49, 4294967295, 30, 50, 132, 31, 4294967295, 4294967295, 27,
            43, 34, 81, 52, 125, 98, 4294967295, 93, 86, 82, 106, 77, 53, 47, 134, 88,
            67, 144, 99, 36, 72, 0, 39, 145, 4294967295, 8, 85, 92, 84, 117, 55,
            4294967295, 83, 149, 22, 57, 133, 42, 41, 124, 4294967295, 89, 118, 1,
            4294967295, 102, 76, 94, 60, 110, 137, 114, 6, 58, 35, 90, 135, 59, 112, 65,
            12, 10, 111, 105, 108, 28, 4294967295, 128, 71, 103, 121, 45, 5, 44, 64, 146,
            19, 148, 120, 69, 97, 68, 95, 87, 136, 4294967295, 23, 54, 74, 15, 78, 33,
            143, 11,
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
    const PROVIDER: &'static str = "Alibaba Cloud Alb";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Alb's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Alb: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
