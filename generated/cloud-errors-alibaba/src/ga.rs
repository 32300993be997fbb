// @generated from catalogs/alibaba/ga.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Ga: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Ga: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `NotExist.Acl`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Not exist: acl.
    NotExistAcl,
    /// `StateError.Acl`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// State error: acl.
    StateErrorAcl,
    /// `IsExist.AclEntriesIsExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Is exist: acl entries is exist.
    IsExistAclEntriesIsExist,
    /// `QuotaExceeded.AclEntries`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: acl entries.
    QuotaExceededAclEntries,
    /// `Repeat.AclEntries`: HTTP 400; retry: never; category: invalid_argument.
    /// Repeat: acl entries.
    RepeatAclEntries,
    /// `NotExist.Listener`: HTTP 400; retry: never; category: invalid_argument.
    /// Not exist: listener.
    NotExistListener,
    /// `NotActive.Listener`: HTTP 400; retry: never; category: invalid_argument.
    /// Not active: listener.
    NotActiveListener,
    /// `NotExist.Accelerator`: HTTP 400; retry: never; category: invalid_argument.
    /// Not exist: accelerator.
    NotExistAccelerator,
    /// `StateError.Accelerator`: HTTP 400; retry: never; category: invalid_argument.
    /// State error: accelerator.
    StateErrorAccelerator,
    /// `Resource.QuotaFull`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource: quota full.
    ResourceQuotaFull,
    /// `ProtocalIllegal.Listener`: HTTP 400; retry: never; category: invalid_argument.
    /// Protocal illegal: listener.
    ProtocalIllegalListener,
    /// `QuotaExceeded.Listener`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: listener.
    QuotaExceededListener,
    /// `PortRangeIllegal.Listener`: HTTP 400; retry: never; category: invalid_argument.
    /// Port range illegal: listener.
    PortRangeIllegalListener,
    /// `PortConflict.Listener`: HTTP 400; retry: never; category: invalid_argument.
    /// Port conflict: listener.
    PortConflictListener,
    /// `QuotaExceeded.ListenerPort`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: listener port.
    QuotaExceededListenerPort,
    /// `PortRangeIllegal.ExceedGaAbility`: HTTP 400; retry: never; category: invalid_argument.
    /// Port range illegal: exceed ga ability.
    PortRangeIllegalExceedGaAbility,
    /// `PortRangeIllegal.UDP`: HTTP 400; retry: never; category: invalid_argument.
    /// Port range illegal: UDP.
    PortRangeIllegalUdp,
    /// `SystemPort.Listener`: HTTP 400; retry: never; category: invalid_argument.
    /// System port: listener.
    SystemPortListener,
    /// `PortRanges.MustOne`: HTTP 400; retry: never; category: invalid_argument.
    /// Port ranges: must one.
    PortRangesMustOne,
    /// `Forbbiden.SubUser`: HTTP 403; retry: never; category: permission_denied.
    /// The request is forbidden: sub user.
    ForbbidenSubUser,
    /// `Forbidden`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden.
    Forbidden,
    /// `UnknownError`: HTTP 500; retry: backoff; category: internal.
    /// An unknown error occurred.
    UnknownError,
    /// `DdosId.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Ddos id: error.
    DdosIdError,
    /// `NoPermission.GaDdosRoleSession`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission: ga ddos role session.
    NoPermissionGaDdosRoleSession,
    /// `NotSupportAccessLog.Accelerator`: HTTP 400; retry: never; category: invalid_argument.
    /// Not support access log: accelerator.
    NotSupportAccessLogAccelerator,
    /// `NotExist.EndPointGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Not exist: end point group.
    NotExistEndPointGroup,
    /// `StateError.EndPointGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// State error: end point group.
    StateErrorEndPointGroup,
    /// `NotExist.BandwidthPackage`: HTTP 400; retry: never; category: invalid_argument.
    /// Not exist: bandwidth package.
    NotExistBandwidthPackage,
    /// `StateError.BandwidthPackage`: HTTP 400; retry: never; category: invalid_argument.
    /// State error: bandwidth package.
    StateErrorBandwidthPackage,
    /// `NotExist.BasicBandwidthPackage`: HTTP 400; retry: never; category: invalid_argument.
    /// Not exist: basic bandwidth package.
    NotExistBasicBandwidthPackage,
    /// `BandwidthPackageCannotUnbind.EndpointGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Bandwidth package cannot unbind: endpoint group.
    BandwidthPackageCannotUnbindEndpointGroup,
    /// `Exist.EndpointGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Exist: endpoint group.
    ExistEndpointGroup,
    /// `COMMODITY.INVALID_COMPONENT`: HTTP 400; retry: never; category: invalid_argument.
    /// COMMODITY: INVALID COMPONENT.
    CommodityInvalidComponent,
    /// `MissingParameter.BandwidthType`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: bandwidth type.
    MissingParameterBandwidthType,
    /// `NotExist.IpSet`: HTTP 400; retry: never; category: invalid_argument.
    /// Not exist: ip set.
    NotExistIpSet,
    /// `NotActive.IpSet`: HTTP 400; retry: never; category: invalid_argument.
    /// Not active: ip set.
    NotActiveIpSet,
    /// `EcsCannotBind.BasicEndpoint`: HTTP 400; retry: never; category: invalid_argument.
    /// Ecs cannot bind: basic endpoint.
    EcsCannotBindBasicEndpoint,
    /// `NoPermission.EnableHealthCheck`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission: enable health check.
    NoPermissionEnableHealthCheck,
    /// `NotExist.BusinessRegion`: HTTP 400; retry: never; category: invalid_argument.
    /// Not exist: business region.
    NotExistBusinessRegion,
    /// `QuotaExceeded.EndpointGroup`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: endpoint group.
    QuotaExceededEndpointGroup,
    /// `InvalidateRegion.BasicAccelerator`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalidate region: basic accelerator.
    InvalidateRegionBasicAccelerator,
    /// `NotFound.ENIInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Not found: ENI instance.
    NotFoundEniInstance,
    /// `Invalidate.SlbAddressType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalidate: slb address type.
    InvalidateSlbAddressType,
    /// `Domain.NotFit`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain: not fit.
    DomainNotFit,
    /// `NotExist.ListenerPort`: HTTP 400; retry: never; category: invalid_argument.
    /// Not exist: listener port.
    NotExistListenerPort,
    /// `QuotaExceeded.EndPoint`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: end point.
    QuotaExceededEndPoint,
    /// `NoPermission.VpcEndpoint`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission: vpc endpoint.
    NoPermissionVpcEndpoint,
    /// `EndPointRequestProtocolIllegal.EndpointGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// End point request protocol illegal: endpoint group.
    EndPointRequestProtocolIllegalEndpointGroup,
    /// `QuotaExceeded.PortOverride`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: port override.
    QuotaExceededPortOverride,
    /// `NotSupportHealthCheck.Accelerator`: HTTP 400; retry: never; category: invalid_argument.
    /// Not support health check: accelerator.
    NotSupportHealthCheckAccelerator,
    /// `EndpointGroupExclusive.Listener`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint group exclusive: listener.
    EndpointGroupExclusiveListener,
    /// `RegionConflict.EndpointGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Region conflict: endpoint group.
    RegionConflictEndpointGroup,
    /// `ListenerProtocolIllegal.EndpointGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Listener protocol illegal: endpoint group.
    ListenerProtocolIllegalEndpointGroup,
    /// `ParamExclusive.EndpointGroupType`: HTTP 400; retry: never; category: invalid_argument.
    /// Param exclusive: endpoint group type.
    ParamExclusiveEndpointGroupType,
    /// `HealthCheckPath.Illegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Health check path: illegal.
    HealthCheckPathIllegal,
    /// `MixedVpc.EndPoint`: HTTP 400; retry: never; category: invalid_argument.
    /// Mixed vpc: end point.
    MixedVpcEndPoint,
    /// `IllegalPublicIp.EndPoint`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal public ip: end point.
    IllegalPublicIpEndPoint,
    /// `QuotaExceeded.ForwardingRule`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: forwarding rule.
    QuotaExceededForwardingRule,
    /// `QuotaExceeded.RuleConditionConfig`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: rule condition config.
    QuotaExceededRuleConditionConfig,
    /// `RepeatPathAndHost.ForwardingRule`: HTTP 400; retry: never; category: invalid_argument.
    /// Repeat path and host: forwarding rule.
    RepeatPathAndHostForwardingRule,
    /// `RegionRepeat.IpSet`: HTTP 400; retry: never; category: invalid_argument.
    /// Region repeat: ip set.
    RegionRepeatIpSet,
    /// `PortRangeIllegal.Count`: HTTP 400; retry: never; category: invalid_argument.
    /// Port range illegal: count.
    PortRangeIllegalCount,
    /// `SecurityPolicyId.NotNeed`: HTTP 400; retry: never; category: invalid_argument.
    /// Security policy id: not need.
    SecurityPolicyIdNotNeed,
    /// `SecurityPolicyIdIllegal.Listener`: HTTP 400; retry: never; category: invalid_argument.
    /// Security policy id illegal: listener.
    SecurityPolicyIdIllegalListener,
    /// `Duplicate.SpareIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate: spare ip.
    DuplicateSpareIp,
    /// `AlreadyExist.SpareIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Already exist: spare ip.
    AlreadyExistSpareIp,
    /// `IllegalParamFormat.SpareIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal param format: spare ip.
    IllegalParamFormatSpareIp,
    /// `QuotaExceeded.SpareIp`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: spare ip.
    QuotaExceededSpareIp,
    /// `TooManySpareIp.Accelerator`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many spare ip: accelerator.
    TooManySpareIpAccelerator,
    /// `NoPermission.CreateSpareIp`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission: create spare ip.
    NoPermissionCreateSpareIp,
    /// `BindExist.Accelerator`: HTTP 400; retry: never; category: invalid_argument.
    /// Bind exist: accelerator.
    BindExistAccelerator,
    /// `Exist.IpSet`: HTTP 400; retry: never; category: invalid_argument.
    /// Exist: ip set.
    ExistIpSet,
    /// `Exist.Listener`: HTTP 400; retry: never; category: invalid_argument.
    /// Exist: listener.
    ExistListener,
    /// `BindExist.BandwidthPackage`: HTTP 400; retry: never; category: invalid_argument.
    /// Bind exist: bandwidth package.
    BindExistBandwidthPackage,
    /// `StateError.IpSet`: HTTP 400; retry: never; category: invalid_argument.
    /// State error: ip set.
    StateErrorIpSet,
    /// `ExplicitDeny`: HTTP 400; retry: never; category: invalid_argument.
    /// Explicit deny.
    ExplicitDeny,
    /// `BindExist.EndPointGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Bind exist: end point group.
    BindExistEndPointGroup,
    /// `NotExist.ForwardingRule`: HTTP 400; retry: never; category: invalid_argument.
    /// Not exist: forwarding rule.
    NotExistForwardingRule,
    /// `NotExist.IpSets`: HTTP 400; retry: never; category: invalid_argument.
    /// Not exist: ip sets.
    NotExistIpSets,
    /// `NotExist.SpareIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Not exist: spare ip.
    NotExistSpareIp,
    /// `IllegalParameter.Spec`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal parameter: spec.
    IllegalParameterSpec,
    /// `AclNotBindListener`: HTTP 400; retry: never; category: invalid_argument.
    /// Acl not bind listener.
    AclNotBindListener,
    /// `AlreadyInBandwidthPackage.Accelerator`: HTTP 400; retry: never; category: invalid_argument.
    /// Already in bandwidth package: accelerator.
    AlreadyInBandwidthPackageAccelerator,
    /// `BandwidthIllegal.BandwidthPackage`: HTTP 400; retry: never; category: invalid_argument.
    /// Bandwidth illegal: bandwidth package.
    BandwidthIllegalBandwidthPackage,
    /// `EndPointGroupTypeIllegal.EndpointGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// End point group type illegal: endpoint group.
    EndPointGroupTypeIllegalEndpointGroup,
    /// `Exist.ForwardingRule`: HTTP 400; retry: never; category: invalid_argument.
    /// Exist: forwarding rule.
    ExistForwardingRule,
    /// `Exist.VirtualEndpointGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Exist: virtual endpoint group.
    ExistVirtualEndpointGroup,
    /// `GaSpecExceeded.IpSet`: HTTP 400; retry: never; category: invalid_argument.
    /// Ga spec exceeded: ip set.
    GaSpecExceededIpSet,
    /// `GreaterThanGa.IpSetBandwidth`: HTTP 400; retry: never; category: invalid_argument.
    /// Greater than ga: ip set bandwidth.
    GreaterThanGaIpSetBandwidth,
    /// `IllegalBandwidth.IpSet`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal bandwidth: ip set.
    IllegalBandwidthIpSet,
    /// `IllegalParameter.BandwidthType`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal parameter: bandwidth type.
    IllegalParameterBandwidthType,
    /// `IllegalParameter.Type`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal parameter: type.
    IllegalParameterType,
    /// `NotInBandwidthPackage.Accelerator`: HTTP 400; retry: never; category: invalid_argument.
    /// Not in bandwidth package: accelerator.
    NotInBandwidthPackageAccelerator,
    /// `Repeat.IpSets`: HTTP 400; retry: never; category: invalid_argument.
    /// Repeat: ip sets.
    RepeatIpSets,
    /// `StateError.BandwidthPackageBind`: HTTP 400; retry: never; category: invalid_argument.
    /// State error: bandwidth package bind.
    StateErrorBandwidthPackageBind,
    /// `StateError.ForwardingRule`: HTTP 400; retry: never; category: invalid_argument.
    /// State error: forwarding rule.
    StateErrorForwardingRule,
    /// `UpgradeError.BandwidthPackage`: HTTP 400; retry: never; category: invalid_argument.
    /// Upgrade error: bandwidth package.
    UpgradeErrorBandwidthPackage,
    /// `NoPermission`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission.
    NoPermission,
    /// `NotExist.AclEntries`: HTTP 400; retry: never; category: invalid_argument.
    /// Not exist: acl entries.
    NotExistAclEntries,
    /// `NotSupportChangeCrossBorderMode.Accelerator`: HTTP 400; retry: never; category: invalid_argument.
    /// Not support change cross border mode: accelerator.
    NotSupportChangeCrossBorderModeAccelerator,
    /// `Error.ComplianceIssue`: HTTP 400; retry: never; category: invalid_argument.
    /// Error: compliance issue.
    ErrorComplianceIssue,
    /// `CrossBorderStatusNotOpen.Accelerator`: HTTP 400; retry: never; category: invalid_argument.
    /// Cross border status not open: accelerator.
    CrossBorderStatusNotOpenAccelerator,
    /// `CrossBorderStatusUnsupported.Accelerator`: HTTP 400; retry: never; category: invalid_argument.
    /// Cross border status unsupported: accelerator.
    CrossBorderStatusUnsupportedAccelerator,
    /// `CrossBorderStatusTurnOffInvalid.Accelerator`: HTTP 400; retry: never; category: invalid_argument.
    /// Cross border status turn off invalid: accelerator.
    CrossBorderStatusTurnOffInvalidAccelerator,
    /// `NotOpen.CrossBorderStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Not open: cross border status.
    NotOpenCrossBorderStatus,
    /// `ResourceNotFound.CertificateDomain`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: certificate domain.
    ResourceNotFoundCertificateDomain,
    /// `CertificateNotSupportDomain`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate not support domain.
    CertificateNotSupportDomain,
    /// `ParamIllegal.SpInstanceAutoRenew`: HTTP 400; retry: never; category: invalid_argument.
    /// Param illegal: sp instance auto renew.
    ParamIllegalSpInstanceAutoRenew,
    /// `Exist.PortOverride`: HTTP 400; retry: never; category: invalid_argument.
    /// Exist: port override.
    ExistPortOverride,
    /// `RegionNotSupportHugePort.Listener`: HTTP 400; retry: never; category: invalid_argument.
    /// Region not support huge port: listener.
    RegionNotSupportHugePortListener,
    /// `NotSupportResourceType.ServiceManaged`: HTTP 400; retry: never; category: invalid_argument.
    /// Not support resource type: service managed.
    NotSupportResourceTypeServiceManaged,
    /// `NotSupportServiceManagedMode.ServiceManaged`: HTTP 400; retry: never; category: invalid_argument.
    /// Not support service managed mode: service managed.
    NotSupportServiceManagedModeServiceManaged,
    /// `ResourceNotManaged.ServiceManaged`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not managed: service managed.
    ResourceNotManagedServiceManaged,
    /// `NoPermissionResourceUnmanaged.ServiceManaged`: HTTP 400; retry: never; category: invalid_argument.
    /// No permission resource unmanaged: service managed.
    NoPermissionResourceUnmanagedServiceManaged,
    /// `NoPermission.ServiceManaged`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission: service managed.
    NoPermissionServiceManaged,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 115] = [
        "NotExist.Acl",
        "StateError.Acl",
        "IsExist.AclEntriesIsExist",
        "QuotaExceeded.AclEntries",
        "Repeat.AclEntries",
        "NotExist.Listener",
        "NotActive.Listener",
        "NotExist.Accelerator",
        "StateError.Accelerator",
        "Resource.QuotaFull",
        "ProtocalIllegal.Listener",
        "QuotaExceeded.Listener",
        "PortRangeIllegal.Listener",
        "PortConflict.Listener",
        "QuotaExceeded.ListenerPort",
        "PortRangeIllegal.ExceedGaAbility",
        "PortRangeIllegal.UDP",
        "SystemPort.Listener",
        "PortRanges.MustOne",
        "Forbbiden.SubUser",
        "Forbidden",
        "UnknownError",
        "DdosId.Error",
        "NoPermission.GaDdosRoleSession",
        "NotSupportAccessLog.Accelerator",
        "NotExist.EndPointGroup",
        "StateError.EndPointGroup",
        "NotExist.BandwidthPackage",
        "StateError.BandwidthPackage",
        "NotExist.BasicBandwidthPackage",
        "BandwidthPackageCannotUnbind.EndpointGroup",
        "Exist.EndpointGroup",
        "COMMODITY.INVALID_COMPONENT",
        "MissingParameter.BandwidthType",
        "NotExist.IpSet",
        "NotActive.IpSet",
        "EcsCannotBind.BasicEndpoint",
        "NoPermission.EnableHealthCheck",
        "NotExist.BusinessRegion",
        "QuotaExceeded.EndpointGroup",
        "InvalidateRegion.BasicAccelerator",
        "NotFound.ENIInstance",
        "Invalidate.SlbAddressType",
        "Domain.NotFit",
        "NotExist.ListenerPort",
        "QuotaExceeded.EndPoint",
        "NoPermission.VpcEndpoint",
        "EndPointRequestProtocolIllegal.EndpointGroup",
        "QuotaExceeded.PortOverride",
        "NotSupportHealthCheck.Accelerator",
        "EndpointGroupExclusive.Listener",
        "RegionConflict.EndpointGroup",
        "ListenerProtocolIllegal.EndpointGroup",
        "ParamExclusive.EndpointGroupType",
        "HealthCheckPath.Illegal",
        "MixedVpc.EndPoint",
        "IllegalPublicIp.EndPoint",
        "QuotaExceeded.ForwardingRule",
        "QuotaExceeded.RuleConditionConfig",
        "RepeatPathAndHost.ForwardingRule",
        "RegionRepeat.IpSet",
        "PortRangeIllegal.Count",
        "SecurityPolicyId.NotNeed",
        "SecurityPolicyIdIllegal.Listener",
        "Duplicate.SpareIp",
        "AlreadyExist.SpareIp",
        "IllegalParamFormat.SpareIp",
        "QuotaExceeded.SpareIp",
        "TooManySpareIp.Accelerator",
        "NoPermission.CreateSpareIp",
        "BindExist.Accelerator",
        "Exist.IpSet",
        "Exist.Listener",
        "BindExist.BandwidthPackage",
        "StateError.IpSet",
        "ExplicitDeny",
        "BindExist.EndPointGroup",
        "NotExist.ForwardingRule",
        "NotExist.IpSets",
        "NotExist.SpareIp",
        "IllegalParameter.Spec",
        "AclNotBindListener",
        "AlreadyInBandwidthPackage.Accelerator",
        "BandwidthIllegal.BandwidthPackage",
        "EndPointGroupTypeIllegal.EndpointGroup",
        "Exist.ForwardingRule",
        "Exist.VirtualEndpointGroup",
        "GaSpecExceeded.IpSet",
        "GreaterThanGa.IpSetBandwidth",
        "IllegalBandwidth.IpSet",
        "IllegalParameter.BandwidthType",
        "IllegalParameter.Type",
        "NotInBandwidthPackage.Accelerator",
        "Repeat.IpSets",
        "StateError.BandwidthPackageBind",
        "StateError.ForwardingRule",
        "UpgradeError.BandwidthPackage",
        "NoPermission",
        "NotExist.AclEntries",
        "NotSupportChangeCrossBorderMode.Accelerator",
        "Error.ComplianceIssue",
        "CrossBorderStatusNotOpen.Accelerator",
        "CrossBorderStatusUnsupported.Accelerator",
        "CrossBorderStatusTurnOffInvalid.Accelerator",
        "NotOpen.CrossBorderStatus",
        "ResourceNotFound.CertificateDomain",
        "CertificateNotSupportDomain",
        "ParamIllegal.SpInstanceAutoRenew",
        "Exist.PortOverride",
        "RegionNotSupportHugePort.Listener",
        "NotSupportResourceType.ServiceManaged",
        "NotSupportServiceManagedMode.ServiceManaged",
        "ResourceNotManaged.ServiceManaged",
        "NoPermissionResourceUnmanaged.ServiceManaged",
        "NoPermission.ServiceManaged",
    ];
    static NAME_CODES: [u32; 3] = [16, 32, 41];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "PortRangeIllegalUdpCommodityInvalidComponentNotFoundEniInstance",
        ends: &[0, 19, 44, 63],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Not exist: acl.State error: acl.Is exist: acl entries is exist.A quota was exceeded: acl entries.Repeat: acl entries.Not exist: listener.Not active: listener.Not exist: accelerator.State error: accelerator.Resource: quota full.Protocal illegal: listener.A quota was exceeded: listener.Port range illegal: listener.Port conflict: listener.A quota was exceeded: listener port.Port range illegal: exceed ga ability.Port range illegal: UDP.System port: listener.Port ranges: must one.The request is forbidden: sub user.The request is forbidden.An unknown error occurred.Ddos id: error.The caller has no permission: ga ddos role session.Not support access log: accelerator.Not exist: end point group.State error: end point group.Not exist: bandwidth package.State error: bandwidth package.Not exist: basic bandwidth package.Bandwidth package cannot unbind: endpoint group.Exist: endpoint group.COMMODITY: INVALID COMPONENT.A required parameter is missing: bandwidth type.Not exist: ip set.Not active: ip set.Ecs cannot bind: basic endpoint.The caller has no permission: enable health check.Not exist: business region.A quota was exceeded: endpoint group.Invalidate region: basic accelerator.Not found: ENI instance.Invalidate: slb address type.Domain: not fit.Not exist: listener port.A quota was exceeded: end point.The caller has no permission: vpc endpoint.End point request protocol illegal: endpoint group.A quota was exceeded: port override.Not support health check: accelerator.Endpoint group exclusive: listener.Region conflict: endpoint group.Listener protocol illegal: endpoint group.Param exclusive: endpoint group type.Health check path: illegal.Mixed vpc: end point.Illegal public ip: end point.A quota was exceeded: forwarding rule.A quota was exceeded: rule condition config.Repeat path and host: forwarding rule.Region repeat: ip set.Port range illegal: count.Security policy id: not need.Security policy id illegal: listener.Duplicate: spare ip.Already exist: spare ip.Illegal param format: spare ip.A quota was exceeded: spare ip.Too many spare ip: accelerator.The caller has no permission: create spare ip.Bind exist: accelerator.Exist: ip set.Exist: listener.Bind exist: bandwidth package.State error: ip set.Explicit deny.Bind exist: end point group.Not exist: forwarding rule.Not exist: ip sets.Not exist: spare ip.Illegal parameter: spec.Acl not bind listener.Already in bandwidth package: accelerator.Bandwidth illegal: bandwidth package.End point group type illegal: endpoint group.Exist: forwarding rule.Exist: virtual endpoint group.Ga spec exceeded: ip set.Greater than ga: ip set bandwidth.Illegal bandwidth: ip set.Illegal parameter: bandwidth type.Illegal parameter: type.Not in bandwidth package: accelerator.Repeat: ip sets.State error: bandwidth package bind.State error: forwarding rule.Upgrade error: bandwidth package.The caller has no permission.Not exist: acl entries.Not support change cross border mode: accelerator.Error: compliance issue.Cross border status not open: accelerator.Cross border status unsupported: accelerator.Cross border status turn off invalid: accelerator.Not open: cross border status.Resource not found: certificate domain.Certificate not support domain.Param illegal: sp instance auto renew.Exist: port override.Region not support huge port: listener.Not support resource type: service managed.Not support service managed mode: service managed.Resource not managed: service managed.No permission resource unmanaged: service managed.The caller has no permission: service managed.",
        ends: &[
            0, 15, 32, 63, 97, 117, 137, 158, 181, 206, 227, 254, 285, 314, 338, 374,
            412, 436, 458, 480, 515, 540, 566, 581, 632, 668, 695, 724, 753, 784, 819,
            867, 889, 918, 966, 984, 1003, 1035, 1085, 1112, 1149, 1186, 1210, 1239,
            1255, 1280, 1312, 1355, 1406, 1442, 1480, 1515, 1547, 1589, 1626, 1653, 1674,
            1703, 1741, 1785, 1823, 1845, 1871, 1900, 1937, 1957, 1981, 2012, 2043, 2074,
            2120, 2144, 2158, 2174, 2204, 2224, 2238, 2266, 2293, 2312, 2332, 2356, 2378,
            2420, 2457, 2502, 2525, 2555, 2580, 2614, 2640, 2674, 2698, 2736, 2752, 2788,
            2817, 2850, 2879, 2902, 2952, 2976, 3018, 3063, 3113, 3143, 3182, 3213, 3251,
            3272, 3311, 3354, 3404, 3442, 3492, 3538,
        ],
    };
    static STATUSES: [u16; 117] = [
        400, 500, 400, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 403, 403, 500, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 116] = [
        0, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
        24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,
        44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
        64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,
        84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102,
        103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117,
    ];
    static RETRY: [::cloud_errors::Retry; 115] = ::cloud_errors::__private::retry_column(
        b"aaacaaaaaaacaacaaaaacbacaaaaaaaaaaaaacacaaaaaccacaaaaaaaaccaaaaaaaacacaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaac",
    );
    static CATEGORY: [::cloud_errors::Category; 115] = ::cloud_errors::__private::category_column(
        b"ccchccccccchcchccccggmcgcccccccccccccgchccccchgchcccccccchhcccccccchcgcccccccccccccccccccccccccccgccccccccccccccccg",
    );
    static PILOTS: [u16; 29] = [
        17, 12, 30, 28, 4, 51, 3, 0, 43, 8, 40, 46, 1, 3, 55, 29, 0, 2, 6, 181, 97, 25,
        1, 1, 148, 84, 20, 39, 5,
    ];
    static SLOTS: [(&str, u32); 127] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            85, 32, 63, 103, 70, 88, 4294967295, 50, 48, 11, 4294967295, 4294967295, 71,
            4, 74, 58, 102, 41, 86, 114, 95, 27, 90, 98, 76, 1, 100, 17, 6, 62, 35,
            4294967295, 101, 36, 82, 81, 8, 40, 14, 97, 60, 26, 38, 13, 80, 12, 49,
            4294967295, 15, 44, 21, 25, 111, 45, 75, 78, 109, 89, 7, 4294967295, 56, 34,
            84, 43, 33, 94, 24, 2, 53, 112, 105, 28, 39, 46, 104, 4294967295, 42, 107,
            47, 19, 113, 51, 66, 83, 92, 23, 4294967295, 29, 91, 67, 106, 77, 22, 65, 87,
            16, 64, 10, 0, 108, 96, 73, 4294967295, 5, 18, 30, 52, 31, 59, 110,
            4294967295, 4294967295, 93, 57, 9, 54, 72, 4294967295, 20, 61, 37, 79, 3, 68,
            55, 69, 99,
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
    const PROVIDER: &'static str = "Alibaba Cloud Ga";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Ga's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Ga: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
