// @generated from catalogs/alibaba/smartag.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Smartag: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Smartag: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `SmartAccessGatewayActivateFailed`: HTTP 500; retry: never; category: internal.
    /// Smart access gateway activate failed.
    SmartAccessGatewayActivateFailed,
    /// `IllegalParam.ActiveAging`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: active aging.
    IllegalParamActiveAging,
    /// `IllegalParam.InactiveAging`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: inactive aging.
    IllegalParamInactiveAging,
    /// `IllegalParam.NetflowServerIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: netflow server ip.
    IllegalParamNetflowServerIp,
    /// `IllegalParam.NetflowServerPort`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: netflow server port.
    IllegalParamNetflowServerPort,
    /// `IllegalParam.NetflowVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: netflow version.
    IllegalParamNetflowVersion,
    /// `IllegalParam.OutputType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: output type.
    IllegalParamOutputType,
    /// `IllegalParam.RegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: region id.
    IllegalParamRegionId,
    /// `IllegalParam.SlsRegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: sls region id.
    IllegalParamSlsRegionId,
    /// `IllegalParam.Status`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: status.
    IllegalParamStatus,
    /// `IncorrectStatus.FlowLog`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: flow log.
    IncorrectStatusFlowLog,
    /// `DependencyViolation.FlowLog`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: flow log.
    DependencyViolationFlowLog,
    /// `InvalidFlowLogId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid flow log id: not found.
    InvalidFlowLogIdNotFound,
    /// `MissingParam.FlowLogId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: flow log id.
    MissingParamFlowLogId,
    /// `OperationFailed.AssociateFlowLog`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: associate flow log.
    OperationFailedAssociateFlowLog,
    /// `OperationUnsupported.AssociateFlowLog`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: associate flow log.
    OperationUnsupportedAssociateFlowLog,
    /// `QuotaExceeded.Flowlog`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: flowlog.
    QuotaExceededFlowlog,
    /// `FeatureNotSupport`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Feature not support.
    FeatureNotSupport,
    /// `FeatureNotSupportForActiveSmartAG`: HTTP 403; retry: never; category: permission_denied.
    /// Feature not support for active smart AG.
    FeatureNotSupportForActiveSmartAg,
    /// `FeatureNotSupportForStandBySmartAG`: HTTP 403; retry: never; category: permission_denied.
    /// Feature not support for stand by smart AG.
    FeatureNotSupportForStandBySmartAg,
    /// `ACL.NoSupportWanType`: HTTP 400; retry: never; category: invalid_argument.
    /// ACL: no support wan type.
    AclNoSupportWanType,
    /// `ACL.InvalidType`: HTTP 400; retry: never; category: invalid_argument.
    /// ACL: invalid type.
    AclInvalidType,
    /// `Forbidden`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden.
    Forbidden,
    /// `MissingParameter`: HTTP 403; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `InvalidDescription`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Invalid description.
    InvalidDescription,
    /// `InvalidParameter`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `NotSupportedProtocol`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Not supported protocol.
    NotSupportedProtocol,
    /// `InvalidId.ACL`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid id: ACL.
    InvalidIdAcl,
    /// `InvalidPortRange`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid port range.
    InvalidPortRange,
    /// `AcrPerAclAmountLimit`: HTTP 403; retry: never; category: permission_denied.
    /// Acr per acl amount limit.
    AcrPerAclAmountLimit,
    /// `InternalError`: HTTP 403, 400, 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidRegionID`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid region ID.
    InvalidRegionId,
    /// `MissingParam`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParam,
    /// `IllegalParam`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed.
    IllegalParam,
    /// `DuplicatedDnatEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated dnat entry.
    DuplicatedDnatEntry,
    /// `SmartAccessGatewayNotActivated`: HTTP 500, 400; retry: never; category: internal.
    /// Smart access gateway not activated.
    SmartAccessGatewayNotActivated,
    /// `SmartAccessGatewayInArrears`: HTTP 500, 400; retry: never; category: internal.
    /// Smart access gateway in arrears.
    SmartAccessGatewayInArrears,
    /// `QuotaExceeded.DnatPerSag`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: dnat per sag.
    QuotaExceededDnatPerSag,
    /// `InvalidId.SMARTAG`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Invalid id: SMARTAG.
    InvalidIdSmartag,
    /// `InvalidSpec.FeatureNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid spec: feature not support.
    InvalidSpecFeatureNotSupport,
    /// `GATEWAY.InvalidSN`: HTTP 400; retry: never; category: invalid_argument.
    /// GATEWAY: invalid SN.
    GatewayInvalidSn,
    /// `CCN.DuplicateDNSForwardingDomain`: HTTP 400; retry: never; category: invalid_argument.
    /// CCN: duplicate DNS forwarding domain.
    CcnDuplicateDnsForwardingDomain,
    /// `ConfigUnsynchronized`: HTTP 400; retry: never; category: invalid_argument.
    /// Config unsynchronized.
    ConfigUnsynchronized,
    /// `DeviceNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Device not exist.
    DeviceNotExist,
    /// `CCN.DNS.Forward.CreateFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// CCN: DNS, forward, create failed.
    CcnDnsForwardCreateFailed,
    /// `ResourceNotFound.Device`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: device.
    ResourceNotFoundDevice,
    /// `SAG.InstanceNoFound`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: instance no found.
    SagInstanceNoFound,
    /// `SNAT.CidrConfigExist`: HTTP 400; retry: never; category: invalid_argument.
    /// SNAT: cidr config exist.
    SnatCidrConfigExist,
    /// `SNAT.AmountLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// SNAT: amount limit.
    SnatAmountLimit,
    /// `SNAT.SnatDnatIpConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// SNAT: snat dnat ip conflict.
    SnatSnatDnatIpConflict,
    /// `SNAT.InvalidCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// SNAT: invalid cidr.
    SnatInvalidCidr,
    /// `SNAT.InvalidIp`: HTTP 400; retry: never; category: invalid_argument.
    /// SNAT: invalid ip.
    SnatInvalidIp,
    /// `SAG.SoftwareNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: software not support.
    SagSoftwareNotSupport,
    /// `SmartAGAlreadyAssociateAcl`: HTTP 403; retry: never; category: permission_denied.
    /// Smart AG already associate acl.
    SmartAgAlreadyAssociateAcl,
    /// `AclPerSmartagAmountLimit`: HTTP 403; retry: never; category: permission_denied.
    /// Acl per smartag amount limit.
    AclPerSmartagAmountLimit,
    /// `InvalidSmartAGId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid smart AG id: not found.
    InvalidSmartAgIdNotFound,
    /// `SmartAGAlreadyAssociateQos`: HTTP 400; retry: never; category: invalid_argument.
    /// Smart AG already associate qos.
    SmartAgAlreadyAssociateQos,
    /// `InvalidId.Qos`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid id: qos.
    InvalidIdQos,
    /// `QosPerSmartagAmountLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Qos per smartag amount limit.
    QosPerSmartagAmountLimit,
    /// `MissParameter.RegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: region id.
    MissParameterRegionId,
    /// `MissParameter.QosId`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: qos id.
    MissParameterQosId,
    /// `MissParameter.SmartAGId`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: smart AG id.
    MissParameterSmartAgId,
    /// `UnsupportedFeature.ApplicationAccelerate`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: application accelerate.
    UnsupportedFeatureApplicationAccelerate,
    /// `ResourceNotFound.ApplicationBandwidthPackage`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: application bandwidth package.
    ResourceNotFoundApplicationBandwidthPackage,
    /// `OperationDenied.NoBindCcn`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: no bind ccn.
    OperationDeniedNoBindCcn,
    /// `OperationDenied.Arrearage`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: arrearage.
    OperationDeniedArrearage,
    /// `IncorrectBusinessStatus.ApplicationBandwidthPackage`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect business status: application bandwidth package.
    IncorrectBusinessStatusApplicationBandwidthPackage,
    /// `ResourceAlreadyAssociated.SmartAccessGateway`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already associated: smart access gateway.
    ResourceAlreadyAssociatedSmartAccessGateway,
    /// `ResourceNotFound.SmartAccessGateway`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: smart access gateway.
    ResourceNotFoundSmartAccessGateway,
    /// `SAG.InstanceIdEmpty`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: instance id empty.
    SagInstanceIdEmpty,
    /// `SAG.SnOverLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: sn over limit.
    SagSnOverLimit,
    /// `SAG.SnConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: sn conflict.
    SagSnConflict,
    /// `ResourceInOperating`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in operating.
    ResourceInOperating,
    /// `SAG.InvalidSerialNumber`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: invalid serial number.
    SagInvalidSerialNumber,
    /// `SAG.NoBindSN`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: no bind SN.
    SagNoBindSn,
    /// `SAG.NoBandwidth`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: no bandwidth.
    SagNoBandwidth,
    /// `NotBoundCEN`: HTTP 400; retry: never; category: invalid_argument.
    /// Not bound CEN.
    NotBoundCen,
    /// `SAG.VbrNotBondCen`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: vbr not bond cen.
    SagVbrNotBondCen,
    /// `AlreadyBound.CCN`: HTTP 400; retry: never; category: invalid_argument.
    /// Already bound: CCN.
    AlreadyBoundCcn,
    /// `LinkLevelBackupExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Link level backup exists.
    LinkLevelBackupExists,
    /// `TunnelIdDistributeError`: HTTP 400; retry: never; category: invalid_argument.
    /// Tunnel id distribute error.
    TunnelIdDistributeError,
    /// `UpdateError.SMARTAG`: HTTP 400; retry: never; category: invalid_argument.
    /// Update error: SMARTAG.
    UpdateErrorSmartag,
    /// `CidrConflict`: HTTP 403; retry: never; category: permission_denied.
    /// Cidr conflict.
    CidrConflict,
    /// `InvalidId.CCN`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid id: CCN.
    InvalidIdCcn,
    /// `SmartAccessGatewayAlreadyBound`: HTTP 403; retry: never; category: permission_denied.
    /// Smart access gateway already bound.
    SmartAccessGatewayAlreadyBound,
    /// `TunnelIdNotEnough`: HTTP 403; retry: never; category: permission_denied.
    /// Tunnel id not enough.
    TunnelIdNotEnough,
    /// `VbrConflict.ChangeSubnet`: HTTP 403; retry: never; category: permission_denied.
    /// Vbr conflict: change subnet.
    VbrConflictChangeSubnet,
    /// `Forbbiden.SubUser`: HTTP 400; retry: never; category: invalid_argument.
    /// The request is forbidden: sub user.
    ForbbidenSubUser,
    /// `InvalidId.VBR`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid id: VBR.
    InvalidIdVbr,
    /// `SAG.SoftwareNoSupportVbr`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: software no support vbr.
    SagSoftwareNoSupportVbr,
    /// `SAG.VbrBound`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: vbr bound.
    SagVbrBound,
    /// `SAG.VbrBoundToSAG`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: vbr bound to SAG.
    SagVbrBoundToSag,
    /// `NotBoundCCN`: HTTP 403; retry: never; category: permission_denied.
    /// Not bound CCN.
    NotBoundCcn,
    /// `VbrConflict.CreateBackup`: HTTP 403; retry: never; category: permission_denied.
    /// Vbr conflict: create backup.
    VbrConflictCreateBackup,
    /// `InvalidName`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid name.
    InvalidName,
    /// `AclAmountLimit`: HTTP 403; retry: never; category: permission_denied.
    /// Acl amount limit.
    AclAmountLimit,
    /// `CCN.CidrAmountLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// CCN: cidr amount limit.
    CcnCidrAmountLimit,
    /// `CCN.CidrEmpty`: HTTP 400; retry: never; category: invalid_argument.
    /// CCN: cidr empty.
    CcnCidrEmpty,
    /// `CCN.InvalidCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// CCN: invalid cidr.
    CcnInvalidCidr,
    /// `CCN.InvalidSnatCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// CCN: invalid snat cidr.
    CcnInvalidSnatCidr,
    /// `CCN.SnatCidrConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// CCN: snat cidr conflict.
    CcnSnatCidrConflict,
    /// `CcnAmountLimit`: HTTP 403; retry: never; category: permission_denied.
    /// Ccn amount limit.
    CcnAmountLimit,
    /// `EnterpriseCode.BeenOccupied`: HTTP 400; retry: never; category: invalid_argument.
    /// Enterprise code: been occupied.
    EnterpriseCodeBeenOccupied,
    /// `MissingParam.LogstoreName`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: logstore name.
    MissingParamLogstoreName,
    /// `MissingParam.NetflowServerIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: netflow server ip.
    MissingParamNetflowServerIp,
    /// `MissingParam.NetflowServerPort`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: netflow server port.
    MissingParamNetflowServerPort,
    /// `MissingParam.NetflowVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: netflow version.
    MissingParamNetflowVersion,
    /// `MissingParam.ProjectName`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: project name.
    MissingParamProjectName,
    /// `MissingParam.SlsRegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: sls region id.
    MissingParamSlsRegionId,
    /// `HC.AutoGenerated`: HTTP 400; retry: never; category: invalid_argument.
    /// HC: auto generated.
    HcAutoGenerated,
    /// `HC.InstanceNoFound`: HTTP 400; retry: never; category: invalid_argument.
    /// HC: instance no found.
    HcInstanceNoFound,
    /// `HC.InvalidDescription`: HTTP 400; retry: never; category: invalid_argument.
    /// HC: invalid description.
    HcInvalidDescription,
    /// `HC.InvalidDstIpAddr`: HTTP 400; retry: never; category: invalid_argument.
    /// HC: invalid dst ip addr.
    HcInvalidDstIpAddr,
    /// `HC.InvalidDstPort`: HTTP 400; retry: never; category: invalid_argument.
    /// HC: invalid dst port.
    HcInvalidDstPort,
    /// `HC.InvalidFailCountThreshold`: HTTP 400; retry: never; category: invalid_argument.
    /// HC: invalid fail count threshold.
    HcInvalidFailCountThreshold,
    /// `HC.InvalidName`: HTTP 400; retry: never; category: invalid_argument.
    /// HC: invalid name.
    HcInvalidName,
    /// `HC.InvalidProbeCount`: HTTP 400; retry: never; category: invalid_argument.
    /// HC: invalid probe count.
    HcInvalidProbeCount,
    /// `HC.InvalidProbeInterval`: HTTP 400; retry: never; category: invalid_argument.
    /// HC: invalid probe interval.
    HcInvalidProbeInterval,
    /// `HC.InvalidProbeTimeout`: HTTP 400; retry: never; category: invalid_argument.
    /// HC: invalid probe timeout.
    HcInvalidProbeTimeout,
    /// `HC.InvalidRttFailThreshold`: HTTP 400; retry: never; category: invalid_argument.
    /// HC: invalid rtt fail threshold.
    HcInvalidRttFailThreshold,
    /// `HC.InvalidRttThreshold`: HTTP 400; retry: never; category: invalid_argument.
    /// HC: invalid rtt threshold.
    HcInvalidRttThreshold,
    /// `HC.InvalidSrcIpAddr`: HTTP 400; retry: never; category: invalid_argument.
    /// HC: invalid src ip addr.
    HcInvalidSrcIpAddr,
    /// `HC.InvalidSrcPort`: HTTP 400; retry: never; category: invalid_argument.
    /// HC: invalid src port.
    HcInvalidSrcPort,
    /// `HC.InvalidType`: HTTP 400; retry: never; category: invalid_argument.
    /// HC: invalid type.
    HcInvalidType,
    /// `HC.RelatedRoute`: HTTP 400; retry: never; category: invalid_argument.
    /// HC: related route.
    HcRelatedRoute,
    /// `SAG.Arrearage`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: arrearage.
    SagArrearage,
    /// `SAG.NoActive`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: no active.
    SagNoActive,
    /// `HC.AmountLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// HC: amount limit.
    HcAmountLimit,
    /// `InvalidProbeDomain`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid probe domain.
    InvalidProbeDomain,
    /// `InvalidProbeType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid probe type.
    InvalidProbeType,
    /// `InvalidProbeProtocol`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid probe protocol.
    InvalidProbeProtocol,
    /// `InvalidProbePort`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid probe port.
    InvalidProbePort,
    /// `InvalidPacketNumber`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid packet number.
    InvalidPacketNumber,
    /// `InvalidProbeSourceIP`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid probe source IP.
    InvalidProbeSourceIp,
    /// `ExistSameParamTask`: HTTP 400; retry: never; category: invalid_argument.
    /// Exist same param task.
    ExistSameParamTask,
    /// `SagConfiguring`: HTTP 400; retry: never; category: invalid_argument.
    /// Sag configuring.
    SagConfiguring,
    /// `QosAmountLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Qos amount limit.
    QosAmountLimit,
    /// `MissParameter.Name`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: name.
    MissParameterName,
    /// `InvalidParameter.Name`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: name.
    InvalidParameterName,
    /// `InvalidParameter.Description`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: description.
    InvalidParameterDescription,
    /// `MissParameter.LimitType`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: limit type.
    MissParameterLimitType,
    /// `MissParameter.Priority`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: priority.
    MissParameterPriority,
    /// `InvalidParameter.LimitType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: limit type.
    InvalidParameterLimitType,
    /// `MissParameter.MaxBandwidthAbs`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: max bandwidth abs.
    MissParameterMaxBandwidthAbs,
    /// `MissParameter.MaxBandwidthPercent`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: max bandwidth percent.
    MissParameterMaxBandwidthPercent,
    /// `MissParameter.MinBandwidthAbs`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: min bandwidth abs.
    MissParameterMinBandwidthAbs,
    /// `MissParameter.MinBandwidthPercent`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: min bandwidth percent.
    MissParameterMinBandwidthPercent,
    /// `InvalidBandwidthCompare`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bandwidth compare.
    InvalidBandwidthCompare,
    /// `MissParameter.PercentSourceType`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: percent source type.
    MissParameterPercentSourceType,
    /// `Invalid.QosCar.Priority`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: qos car, priority.
    InvalidQosCarPriority,
    /// `QosCarPerQosAmountLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Qos car per qos amount limit.
    QosCarPerQosAmountLimit,
    /// `InvalidParameter.Priority`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: priority.
    InvalidParameterPriority,
    /// `InvalidParameter.PercentSourceType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: percent source type.
    InvalidParameterPercentSourceType,
    /// `QosPolicyPerQosAmountLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Qos policy per qos amount limit.
    QosPolicyPerQosAmountLimit,
    /// `MissParameter.QosPolicyId`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: qos policy id.
    MissParameterQosPolicyId,
    /// `MissParameter.SourceCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: source cidr.
    MissParameterSourceCidr,
    /// `MissParameter.SourcePortRange`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: source port range.
    MissParameterSourcePortRange,
    /// `MissParameter.DestCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: dest cidr.
    MissParameterDestCidr,
    /// `MissParameter.DestPortRange`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: dest port range.
    MissParameterDestPortRange,
    /// `MissParameter.IpProtocol`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: ip protocol.
    MissParameterIpProtocol,
    /// `InvalidParameter.DestCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: dest cidr.
    InvalidParameterDestCidr,
    /// `InvalidParameter.DestPortRange`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: dest port range.
    InvalidParameterDestPortRange,
    /// `InvalidParameter.SourceCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: source cidr.
    InvalidParameterSourceCidr,
    /// `InvalidParameter.SourcePortRange`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: source port range.
    InvalidParameterSourcePortRange,
    /// `InvalidParameter.StartTime`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: start time.
    InvalidParameterStartTime,
    /// `InvalidParameter.EndTime`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: end time.
    InvalidParameterEndTime,
    /// `InvalidTimeRangeCompare`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time range compare.
    InvalidTimeRangeCompare,
    /// `Sag.EccVlanOverLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Sag: ecc vlan over limit.
    SagEccVlanOverLimit,
    /// `Sag.EccVlanExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Sag: ecc vlan exist.
    SagEccVlanExist,
    /// `Sag.EccVlanDefault`: HTTP 400; retry: never; category: invalid_argument.
    /// Sag: ecc vlan default.
    SagEccVlanDefault,
    /// `Sag.PortNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Sag: port not exist.
    SagPortNotExist,
    /// `Sag.PortRoleInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Sag: port role invalid.
    SagPortRoleInvalid,
    /// `Sag.EccVlanNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Sag: ecc vlan not exist.
    SagEccVlanNotExist,
    /// `Sag.StaticRouteExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Sag: static route exist.
    SagStaticRouteExist,
    /// `InvalidServiceAddressType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid service address type.
    InvalidServiceAddressType,
    /// `InvalidParam.Ip`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: ip.
    InvalidParamIp,
    /// `InstanceExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance exists.
    InstanceExists,
    /// `ClientUser.BandwidthInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Client user: bandwidth invalid.
    ClientUserBandwidthInvalid,
    /// `ClientUser.EmailEmpty`: HTTP 400; retry: never; category: invalid_argument.
    /// Client user: email empty.
    ClientUserEmailEmpty,
    /// `ClientUser.EmailInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Client user: email invalid.
    ClientUserEmailInvalid,
    /// `ClientUser.InvalidClientIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Client user: invalid client ip.
    ClientUserInvalidClientIp,
    /// `ClientUser.IpEmpty`: HTTP 400; retry: never; category: invalid_argument.
    /// Client user: ip empty.
    ClientUserIpEmpty,
    /// `ClientUser.IpInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Client user: ip invalid.
    ClientUserIpInvalid,
    /// `ClientUser.NameEmpty`: HTTP 400; retry: never; category: invalid_argument.
    /// Client user: name empty.
    ClientUserNameEmpty,
    /// `ClientUser.NameInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Client user: name invalid.
    ClientUserNameInvalid,
    /// `ClientUser.UserExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Client user: user exist.
    ClientUserUserExist,
    /// `ClientUser.UserOverLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Client user: user over limit.
    ClientUserUserOverLimit,
    /// `SAG.CidrEmpty`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: cidr empty.
    SagCidrEmpty,
    /// `ClientUser.PasswordInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Client user: password invalid.
    ClientUserPasswordInvalid,
    /// `InvalidId.ACR`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid id: ACR.
    InvalidIdAcr,
    /// `AlreadyBound.CEN`: HTTP 403; retry: never; category: permission_denied.
    /// Already bound: CEN.
    AlreadyBoundCen,
    /// `AlreadyBound.SMARTAG`: HTTP 403; retry: never; category: permission_denied.
    /// Already bound: SMARTAG.
    AlreadyBoundSmartag,
    /// `InstanceNotExit`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance not exit.
    InstanceNotExit,
    /// `EnterpriseCode.BeingUsed`: HTTP 400; retry: never; category: invalid_argument.
    /// Enterprise code: being used.
    EnterpriseCodeBeingUsed,
    /// `EnterpriseCode.DeleteLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Enterprise code: delete limit.
    EnterpriseCodeDeleteLimit,
    /// `EnterpriseCode.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Enterprise code: not exist.
    EnterpriseCodeNotExist,
    /// `InvalidId.QOSCAR`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid id: QOSCAR.
    InvalidIdQoscar,
    /// `MissParameter.QosCarId`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: qos car id.
    MissParameterQosCarId,
    /// `InvalidId.QOSPY`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid id: QOSPY.
    InvalidIdQospy,
    /// `RD.InvalidDestCidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// RD: invalid dest cidr block.
    RdInvalidDestCidrBlock,
    /// `RD.InvalidRouteSource`: HTTP 400; retry: never; category: invalid_argument.
    /// RD: invalid route source.
    RdInvalidRouteSource,
    /// `RD.InvalidSourceType`: HTTP 400; retry: never; category: invalid_argument.
    /// RD: invalid source type.
    RdInvalidSourceType,
    /// `SmartAccessGatewayNotOnline`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Smart access gateway not online.
    SmartAccessGatewayNotOnline,
    /// `SmartAccessGatewayOffline`: HTTP 500, 400; retry: never; category: internal.
    /// Smart access gateway offline.
    SmartAccessGatewayOffline,
    /// `Sag.StaticRouteNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Sag: static route not exist.
    SagStaticRouteNotExist,
    /// `ServiceAddressOperationDenied`: HTTP 400; retry: never; category: invalid_argument.
    /// Service address operation denied.
    ServiceAddressOperationDenied,
    /// `ServiceAddressInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Service address in use.
    ServiceAddressInUse,
    /// `SAG.BusinessStateNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: business state not support.
    SagBusinessStateNotSupport,
    /// `ClientUser.UserInUsing`: HTTP 400; retry: never; category: invalid_argument.
    /// Client user: user in using.
    ClientUserUserInUsing,
    /// `CCN.DNS.Forward.IdNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// CCN: DNS, forward, id not exist.
    CcnDnsForwardIdNotExist,
    /// `CCN.InvalidId`: HTTP 400; retry: never; category: invalid_argument.
    /// CCN: invalid id.
    CcnInvalidId,
    /// `InvalidTagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag key.
    InvalidTagKey,
    /// `InvalidTagValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag value.
    InvalidTagValue,
    /// `SizeLimitExceeded.TagNum`: HTTP 400; retry: never; category: invalid_argument.
    /// Size limit exceeded: tag num.
    SizeLimitExceededTagNum,
    /// `SizeLimitExceeded.ResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Size limit exceeded: resource id.
    SizeLimitExceededResourceId,
    /// `Forbidden.TagKey.Duplicated`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: tag key, duplicated.
    ForbiddenTagKeyDuplicated,
    /// `InnerServiceFailed`: HTTP 501; retry: never; category: unimplemented.
    /// Inner service failed.
    InnerServiceFailed,
    /// `InvalidId.SN`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid id: SN.
    InvalidIdSn,
    /// `Param.InvalidVersionComparator`: HTTP 400; retry: never; category: invalid_argument.
    /// Param: invalid version comparator.
    ParamInvalidVersionComparator,
    /// `Sag.PortMgtError`: HTTP 400; retry: never; category: invalid_argument.
    /// Sag: port mgt error.
    SagPortMgtError,
    /// `VersionNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Version not exist.
    VersionNotExist,
    /// `IncorrectStatus`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this.
    IncorrectStatus,
    /// `SmartAGNotAssociateAcl`: HTTP 403; retry: never; category: permission_denied.
    /// Smart AG not associate acl.
    SmartAgNotAssociateAcl,
    /// `SmartAGNotAssociateQos`: HTTP 400; retry: never; category: invalid_argument.
    /// Smart AG not associate qos.
    SmartAgNotAssociateQos,
    /// `ResourceNotAssociated.SmartAccessGateway`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not associated: smart access gateway.
    ResourceNotAssociatedSmartAccessGateway,
    /// `SAG.InvalidUserCount`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: invalid user count.
    SagInvalidUserCount,
    /// `SAG.InvalidDataPlan`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: invalid data plan.
    SagInvalidDataPlan,
    /// `CreateProjectFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Create project failed.
    CreateProjectFailed,
    /// `DuplicatedGrantRule`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated grant rule.
    DuplicatedGrantRule,
    /// `CCN.InvalidUid`: HTTP 400; retry: never; category: invalid_argument.
    /// CCN: invalid uid.
    CcnInvalidUid,
    /// `SAG.GrantDuplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: grant duplicated.
    SagGrantDuplicated,
    /// `Sag.DeviceNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Sag: device not exist.
    SagDeviceNotExist,
    /// `CCN.CidrInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// CCN: cidr in use.
    CcnCidrInUse,
    /// `CCN.SnatCidrInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// CCN: snat cidr in use.
    CcnSnatCidrInUse,
    /// `CCN.SnatCidrNoConfig`: HTTP 400; retry: never; category: invalid_argument.
    /// CCN: snat cidr no config.
    CcnSnatCidrNoConfig,
    /// `SAG.CcnCidrNoConfig`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: ccn cidr no config.
    SagCcnCidrNoConfig,
    /// `CCN.InvalidInterworkingStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// CCN: invalid interworking status.
    CcnInvalidInterworkingStatus,
    /// `UpdateError.CCN`: HTTP 403; retry: never; category: permission_denied.
    /// Update error: CCN.
    UpdateErrorCcn,
    /// `SAG.SoftwareNotSupportFeature`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: software not support feature.
    SagSoftwareNotSupportFeature,
    /// `RD.InvalidHcInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// RD: invalid hc instance id.
    RdInvalidHcInstanceId,
    /// `RD.InvalidRouteDistribution`: HTTP 400; retry: never; category: invalid_argument.
    /// RD: invalid route distribution.
    RdInvalidRouteDistribution,
    /// `IllegalParam.Password`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: password.
    IllegalParamPassword,
    /// `MissingParam.Password`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: password.
    MissingParamPassword,
    /// `Sag.HaPortExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Sag: ha port exist.
    SagHaPortExist,
    /// `Sag.HaPortRoleError`: HTTP 400; retry: never; category: invalid_argument.
    /// Sag: ha port role error.
    SagHaPortRoleError,
    /// `Sag.HaTypeNotAllow`: HTTP 400; retry: never; category: invalid_argument.
    /// Sag: ha type not allow.
    SagHaTypeNotAllow,
    /// `Sag.PortRoleLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Sag: port role limit.
    SagPortRoleLimit,
    /// `Sag.RouteProtocolPortNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Sag: route protocol port not exist.
    SagRouteProtocolPortNotExist,
    /// `Sag.EccRouteTypeError`: HTTP 400; retry: never; category: invalid_argument.
    /// Sag: ecc route type error.
    SagEccRouteTypeError,
    /// `Sag.RouteTypeNotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Sag: route type not match.
    SagRouteTypeNotMatch,
    /// `IllegalRemoteIp.Conflict`: HTTP 403; retry: never; category: permission_denied.
    /// Illegal remote ip: conflict.
    IllegalRemoteIpConflict,
    /// `IllegalRemoteIp.RouteTableEntryConflict`: HTTP 403; retry: never; category: permission_denied.
    /// Illegal remote ip: route table entry conflict.
    IllegalRemoteIpRouteTableEntryConflict,
    /// `SAG.IpCountTooLittle`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: ip count too little.
    SagIpCountTooLittle,
    /// `SAG.SslConnectionSpecInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: ssl connection spec invalid.
    SagSslConnectionSpecInvalid,
    /// `SAG.ConflictCidr.CcnSnatCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: conflict cidr, ccn snat cidr.
    SagConflictCidrCcnSnatCidr,
    /// `SAG.ConflictSnatIp`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: conflict snat ip.
    SagConflictSnatIp,
    /// `SAG.InvalidCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: invalid cidr.
    SagInvalidCidr,
    /// `SAG.InvalidCidr.NoBelongCcnCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: invalid cidr, no belong ccn cidr.
    SagInvalidCidrNoBelongCcnCidr,
    /// `SAG.InvalidSnatCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: invalid snat cidr.
    SagInvalidSnatCidr,
    /// `SAG.InvalidSnatIp`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: invalid snat ip.
    SagInvalidSnatIp,
    /// `ActionNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Action not support.
    ActionNotSupport,
    /// `SAG.CidrUsedByRoutableAddress`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: cidr used by routable address.
    SagCidrUsedByRoutableAddress,
    /// `SAG.CidrAmountLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: cidr amount limit.
    SagCidrAmountLimit,
    /// `SAG.InvalidCidrFormat`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: invalid cidr format.
    SagInvalidCidrFormat,
    /// `SAG.CidrOverlap`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: cidr overlap.
    SagCidrOverlap,
    /// `SAG.NotAllowConfigCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: not allow config cidr.
    SagNotAllowConfigCidr,
    /// `InvalidCidr`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid cidr.
    InvalidCidr,
    /// `SmartAccessGatewayNotBind`: HTTP 403; retry: never; category: permission_denied.
    /// Smart access gateway not bind.
    SmartAccessGatewayNotBind,
    /// `ResourceNotFound.User`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: user.
    ResourceNotFoundUser,
    /// `SAG.InvalidRoutingStrategy`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: invalid routing strategy.
    SagInvalidRoutingStrategy,
    /// `ProbeFrequencyTooHigh`: HTTP 400; retry: never; category: invalid_argument.
    /// Probe frequency too high.
    ProbeFrequencyTooHigh,
    /// `ClientUser.NotSupportAction`: HTTP 400; retry: never; category: invalid_argument.
    /// Client user: not support action.
    ClientUserNotSupportAction,
    /// `EnterpriseCode.ConfigDifferent`: HTTP 400; retry: never; category: invalid_argument.
    /// Enterprise code: config different.
    EnterpriseCodeConfigDifferent,
    /// `OperationDenied.BondApplicationBandwidthPackage`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: bond application bandwidth package.
    OperationDeniedBondApplicationBandwidthPackage,
    /// `SAG.DedicatedLineExist`: HTTP 400; retry: never; category: invalid_argument.
    /// SAG: dedicated line exist.
    SagDedicatedLineExist,
    /// `Forbidden.SubUser`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: sub user.
    ForbiddenSubUser,
    /// `Upgrading`: HTTP 500; retry: never; category: internal.
    /// Upgrading.
    Upgrading,
    /// `EnterpriseCode.UserNameConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Enterprise code: user name conflict.
    EnterpriseCodeUserNameConflict,
    /// `OperationDenied.BandwidthExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: bandwidth exceeded.
    OperationDeniedBandwidthExceeded,
    /// `MissParameter.GatewayId`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: gateway id.
    MissParameterGatewayId,
    /// `MissParameter.Password`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: password.
    MissParameterPassword,
    /// `InvalidParameter.Password`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: password.
    InvalidParameterPassword,
    /// `MissParameter.RouterId`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: router id.
    MissParameterRouterId,
    /// `MissParameter.LocalAs`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: local as.
    MissParameterLocalAs,
    /// `MissParameter.Hold`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: hold.
    MissParameterHold,
    /// `MissParameter.Keepalive`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: keepalive.
    MissParameterKeepalive,
    /// `InvalidParameter.RouterId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: router id.
    InvalidParameterRouterId,
    /// `InvalidParameter.LocalAs`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: local as.
    InvalidParameterLocalAs,
    /// `InvalidParameter.Hold`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: hold.
    InvalidParameterHold,
    /// `InvalidParameter.Keepalive`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: keepalive.
    InvalidParameterKeepalive,
    /// `InvalidParameter.RedistributeProtocol`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: redistribute protocol.
    InvalidParameterRedistributeProtocol,
    /// `InvalidParameter.Networks`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: networks.
    InvalidParameterNetworks,
    /// `InvalidParameter.NeighborIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: neighbor ip.
    InvalidParameterNeighborIp,
    /// `InvalidParameter.RemoteAs`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: remote as.
    InvalidParameterRemoteAs,
    /// `InvalidParameter.MasterDns`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: master dns.
    InvalidParameterMasterDns,
    /// `InvalidParameter.SlaveDns`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: slave dns.
    InvalidParameterSlaveDns,
    /// `MissParameter.GlobalRouteType`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: global route type.
    MissParameterGlobalRouteType,
    /// `InvalidParameter.GlobalRouteType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: global route type.
    InvalidParameterGlobalRouteType,
    /// `ParamCommonNotNull`: HTTP 400; retry: never; category: invalid_argument.
    /// Param common not null.
    ParamCommonNotNull,
    /// `MissParameter.AreaId`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: area id.
    MissParameterAreaId,
    /// `MissParameter.HelloTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: hello time.
    MissParameterHelloTime,
    /// `MissParameter.DeadTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: dead time.
    MissParameterDeadTime,
    /// `MissParameter.InterfaceName`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: interface name.
    MissParameterInterfaceName,
    /// `MissParameter.OspfCost`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: ospf cost.
    MissParameterOspfCost,
    /// `InvalidParameter.AreaId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: area id.
    InvalidParameterAreaId,
    /// `InvalidParameter.HelloTime`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: hello time.
    InvalidParameterHelloTime,
    /// `InvalidParameter.DeadTime`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: dead time.
    InvalidParameterDeadTime,
    /// `InvalidParameter.AuthenticationType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: authentication type.
    InvalidParameterAuthenticationType,
    /// `InvalidParameter.Md5KeyId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: md5 key id.
    InvalidParameterMd5KeyId,
    /// `InvalidParameter.Md5Key`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: md5 key.
    InvalidParameterMd5Key,
    /// `InvalidParameter.OspfCost`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: ospf cost.
    InvalidParameterOspfCost,
    /// `MissParameter.AuthenticationType`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: authentication type.
    MissParameterAuthenticationType,
    /// `MissParameter.PortName`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: port name.
    MissParameterPortName,
    /// `MissParameter.RouteType`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: route type.
    MissParameterRouteType,
    /// `InvalidParameter.Vlan`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: vlan.
    InvalidParameterVlan,
    /// `InvalidParameter.RouteType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: route type.
    InvalidParameterRouteType,
    /// `InvalidParameter.RemoteIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: remote ip.
    InvalidParameterRemoteIp,
    /// `SMARTAG.PORT.ROLE.INVALID`: HTTP 400; retry: never; category: invalid_argument.
    /// SMARTAG: PORT, ROLE, INVALID.
    SmartagPortRoleInvalid,
    /// `GetSmartAccessGatewayVersionError`: HTTP 403; retry: never; category: permission_denied.
    /// Get smart access gateway version error.
    GetSmartAccessGatewayVersionError,
    /// `GetSmartAccessGatewayStateError`: HTTP 403; retry: never; category: permission_denied.
    /// Get smart access gateway state error.
    GetSmartAccessGatewayStateError,
    /// `VersionTooOld`: HTTP 403; retry: never; category: permission_denied.
    /// Version too old.
    VersionTooOld,
    /// `PermissionError`: HTTP 500; retry: never; category: internal.
    /// Permission error.
    PermissionError,
    /// `MissParameter.Snat`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: snat.
    MissParameterSnat,
    /// `InvalidParameter.Snat`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: snat.
    InvalidParameterSnat,
    /// `MissParameter.SagInsId`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: sag ins id.
    MissParameterSagInsId,
    /// `MissParameter.SagSn`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: sag sn.
    MissParameterSagSn,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 326] = [
        "SmartAccessGatewayActivateFailed",
        "IllegalParam.ActiveAging",
        "IllegalParam.InactiveAging",
        "IllegalParam.NetflowServerIp",
        "IllegalParam.NetflowServerPort",
        "IllegalParam.NetflowVersion",
        "IllegalParam.OutputType",
        "IllegalParam.RegionId",
        "IllegalParam.SlsRegionId",
        "IllegalParam.Status",
        "IncorrectStatus.FlowLog",
        "DependencyViolation.FlowLog",
        "InvalidFlowLogId.NotFound",
        "MissingParam.FlowLogId",
        "OperationFailed.AssociateFlowLog",
        "OperationUnsupported.AssociateFlowLog",
        "QuotaExceeded.Flowlog",
        "FeatureNotSupport",
        "FeatureNotSupportForActiveSmartAG",
        "FeatureNotSupportForStandBySmartAG",
        "ACL.NoSupportWanType",
        "ACL.InvalidType",
        "Forbidden",
        "MissingParameter",
        "InvalidDescription",
        "InvalidParameter",
        "NotSupportedProtocol",
        "InvalidId.ACL",
        "InvalidPortRange",
        "AcrPerAclAmountLimit",
        "InternalError",
        "InvalidRegionID",
        "MissingParam",
        "IllegalParam",
        "DuplicatedDnatEntry",
        "SmartAccessGatewayNotActivated",
        "SmartAccessGatewayInArrears",
        "QuotaExceeded.DnatPerSag",
        "InvalidId.SMARTAG",
        "InvalidSpec.FeatureNotSupport",
        "GATEWAY.InvalidSN",
        "CCN.DuplicateDNSForwardingDomain",
        "ConfigUnsynchronized",
        "DeviceNotExist",
        "CCN.DNS.Forward.CreateFailed",
        "ResourceNotFound.Device",
        "SAG.InstanceNoFound",
        "SNAT.CidrConfigExist",
        "SNAT.AmountLimit",
        "SNAT.SnatDnatIpConflict",
        "SNAT.InvalidCidr",
        "SNAT.InvalidIp",
        "SAG.SoftwareNotSupport",
        "SmartAGAlreadyAssociateAcl",
        "AclPerSmartagAmountLimit",
        "InvalidSmartAGId.NotFound",
        "SmartAGAlreadyAssociateQos",
        "InvalidId.Qos",
        "QosPerSmartagAmountLimit",
        "MissParameter.RegionId",
        "MissParameter.QosId",
        "MissParameter.SmartAGId",
        "UnsupportedFeature.ApplicationAccelerate",
        "ResourceNotFound.ApplicationBandwidthPackage",
        "OperationDenied.NoBindCcn",
        "OperationDenied.Arrearage",
        "IncorrectBusinessStatus.ApplicationBandwidthPackage",
        "ResourceAlreadyAssociated.SmartAccessGateway",
        "ResourceNotFound.SmartAccessGateway",
        "SAG.InstanceIdEmpty",
        "SAG.SnOverLimit",
        "SAG.SnConflict",
        "ResourceInOperating",
        "SAG.InvalidSerialNumber",
        "SAG.NoBindSN",
        "SAG.NoBandwidth",
        "NotBoundCEN",
        "SAG.VbrNotBondCen",
        "AlreadyBound.CCN",
        "LinkLevelBackupExists",
        "TunnelIdDistributeError",
        "UpdateError.SMARTAG",
        "CidrConflict",
        "InvalidId.CCN",
        "SmartAccessGatewayAlreadyBound",
        "TunnelIdNotEnough",
        "VbrConflict.ChangeSubnet",
        "Forbbiden.SubUser",
        "InvalidId.VBR",
        "SAG.SoftwareNoSupportVbr",
        "SAG.VbrBound",
        "SAG.VbrBoundToSAG",
        "NotBoundCCN",
        "VbrConflict.CreateBackup",
        "InvalidName",
        "AclAmountLimit",
        "CCN.CidrAmountLimit",
        "CCN.CidrEmpty",
        "CCN.InvalidCidr",
        "CCN.InvalidSnatCidr",
        "CCN.SnatCidrConflict",
        "CcnAmountLimit",
        "EnterpriseCode.BeenOccupied",
        "MissingParam.LogstoreName",
        "MissingParam.NetflowServerIp",
        "MissingParam.NetflowServerPort",
        "MissingParam.NetflowVersion",
        "MissingParam.ProjectName",
        "MissingParam.SlsRegionId",
        "HC.AutoGenerated",
        "HC.InstanceNoFound",
        "HC.InvalidDescription",
        "HC.InvalidDstIpAddr",
        "HC.InvalidDstPort",
        "HC.InvalidFailCountThreshold",
        "HC.InvalidName",
        "HC.InvalidProbeCount",
        "HC.InvalidProbeInterval",
        "HC.InvalidProbeTimeout",
        "HC.InvalidRttFailThreshold",
        "HC.InvalidRttThreshold",
        "HC.InvalidSrcIpAddr",
        "HC.InvalidSrcPort",
        "HC.InvalidType",
        "HC.RelatedRoute",
        "SAG.Arrearage",
        "SAG.NoActive",
        "HC.AmountLimit",
        "InvalidProbeDomain",
        "InvalidProbeType",
        "InvalidProbeProtocol",
        "InvalidProbePort",
        "InvalidPacketNumber",
        "InvalidProbeSourceIP",
        "ExistSameParamTask",
        "SagConfiguring",
        "QosAmountLimit",
        "MissParameter.Name",
        "InvalidParameter.Name",
        "InvalidParameter.Description",
        "MissParameter.LimitType",
        "MissParameter.Priority",
        "InvalidParameter.LimitType",
        "MissParameter.MaxBandwidthAbs",
        "MissParameter.MaxBandwidthPercent",
        "MissParameter.MinBandwidthAbs",
        "MissParameter.MinBandwidthPercent",
        "InvalidBandwidthCompare",
        "MissParameter.PercentSourceType",
        "Invalid.QosCar.Priority",
        "QosCarPerQosAmountLimit",
        "InvalidParameter.Priority",
        "InvalidParameter.PercentSourceType",
        "QosPolicyPerQosAmountLimit",
        "MissParameter.QosPolicyId",
        "MissParameter.SourceCidr",
        "MissParameter.SourcePortRange",
        "MissParameter.DestCidr",
        "MissParameter.DestPortRange",
        "MissParameter.IpProtocol",
        "InvalidParameter.DestCidr",
        "InvalidParameter.DestPortRange",
        "InvalidParameter.SourceCidr",
        "InvalidParameter.SourcePortRange",
        "InvalidParameter.StartTime",
        "InvalidParameter.EndTime",
        "InvalidTimeRangeCompare",
        "Sag.EccVlanOverLimit",
        "Sag.EccVlanExist",
        "Sag.EccVlanDefault",
        "Sag.PortNotExist",
        "Sag.PortRoleInvalid",
        "Sag.EccVlanNotExist",
        "Sag.StaticRouteExist",
        "InvalidServiceAddressType",
        "InvalidParam.Ip",
        "InstanceExists",
        "ClientUser.BandwidthInvalid",
        "ClientUser.EmailEmpty",
        "ClientUser.EmailInvalid",
        "ClientUser.InvalidClientIp",
        "ClientUser.IpEmpty",
        "ClientUser.IpInvalid",
        "ClientUser.NameEmpty",
        "ClientUser.NameInvalid",
        "ClientUser.UserExist",
        "ClientUser.UserOverLimit",
        "SAG.CidrEmpty",
        "ClientUser.PasswordInvalid",
        "InvalidId.ACR",
        "AlreadyBound.CEN",
        "AlreadyBound.SMARTAG",
        "InstanceNotExit",
        "EnterpriseCode.BeingUsed",
        "EnterpriseCode.DeleteLimit",
        "EnterpriseCode.NotExist",
        "InvalidId.QOSCAR",
        "MissParameter.QosCarId",
        "InvalidId.QOSPY",
        "RD.InvalidDestCidrBlock",
        "RD.InvalidRouteSource",
        "RD.InvalidSourceType",
        "SmartAccessGatewayNotOnline",
        "SmartAccessGatewayOffline",
        "Sag.StaticRouteNotExist",
        "ServiceAddressOperationDenied",
        "ServiceAddressInUse",
        "SAG.BusinessStateNotSupport",
        "ClientUser.UserInUsing",
        "CCN.DNS.Forward.IdNotExist",
        "CCN.InvalidId",
        "InvalidTagKey",
        "InvalidTagValue",
        "SizeLimitExceeded.TagNum",
        "SizeLimitExceeded.ResourceId",
        "Forbidden.TagKey.Duplicated",
        "InnerServiceFailed",
        "InvalidId.SN",
        "Param.InvalidVersionComparator",
        "Sag.PortMgtError",
        "VersionNotExist",
        "IncorrectStatus",
        "SmartAGNotAssociateAcl",
        "SmartAGNotAssociateQos",
        "ResourceNotAssociated.SmartAccessGateway",
        "SAG.InvalidUserCount",
        "SAG.InvalidDataPlan",
        "CreateProjectFailed",
        "DuplicatedGrantRule",
        "CCN.InvalidUid",
        "SAG.GrantDuplicated",
        "Sag.DeviceNotExist",
        "CCN.CidrInUse",
        "CCN.SnatCidrInUse",
        "CCN.SnatCidrNoConfig",
        "SAG.CcnCidrNoConfig",
        "CCN.InvalidInterworkingStatus",
        "UpdateError.CCN",
        "SAG.SoftwareNotSupportFeature",
        "RD.InvalidHcInstanceId",
        "RD.InvalidRouteDistribution",
        "IllegalParam.Password",
        "MissingParam.Password",
        "Sag.HaPortExist",
        "Sag.HaPortRoleError",
        "Sag.HaTypeNotAllow",
        "Sag.PortRoleLimit",
        "Sag.RouteProtocolPortNotExist",
        "Sag.EccRouteTypeError",
        "Sag.RouteTypeNotMatch",
        "IllegalRemoteIp.Conflict",
        "IllegalRemoteIp.RouteTableEntryConflict",
        "SAG.IpCountTooLittle",
        "SAG.SslConnectionSpecInvalid",
        "SAG.ConflictCidr.CcnSnatCidr",
        "SAG.ConflictSnatIp",
        "SAG.InvalidCidr",
        "SAG.InvalidCidr.NoBelongCcnCidr",
        "SAG.InvalidSnatCidr",
        "SAG.InvalidSnatIp",
        "ActionNotSupport",
        "SAG.CidrUsedByRoutableAddress",
        "SAG.CidrAmountLimit",
        "SAG.InvalidCidrFormat",
        "SAG.CidrOverlap",
        "SAG.NotAllowConfigCidr",
        "InvalidCidr",
        "SmartAccessGatewayNotBind",
        "ResourceNotFound.User",
        "SAG.InvalidRoutingStrategy",
        "ProbeFrequencyTooHigh",
        "ClientUser.NotSupportAction",
        "EnterpriseCode.ConfigDifferent",
        "OperationDenied.BondApplicationBandwidthPackage",
        "SAG.DedicatedLineExist",
        "Forbidden.SubUser",
        "Upgrading",
        "EnterpriseCode.UserNameConflict",
        "OperationDenied.BandwidthExceeded",
        "MissParameter.GatewayId",
        "MissParameter.Password",
        "InvalidParameter.Password",
        "MissParameter.RouterId",
        "MissParameter.LocalAs",
        "MissParameter.Hold",
        "MissParameter.Keepalive",
        "InvalidParameter.RouterId",
        "InvalidParameter.LocalAs",
        "InvalidParameter.Hold",
        "InvalidParameter.Keepalive",
        "InvalidParameter.RedistributeProtocol",
        "InvalidParameter.Networks",
        "InvalidParameter.NeighborIp",
        "InvalidParameter.RemoteAs",
        "InvalidParameter.MasterDns",
        "InvalidParameter.SlaveDns",
        "MissParameter.GlobalRouteType",
        "InvalidParameter.GlobalRouteType",
        "ParamCommonNotNull",
        "MissParameter.AreaId",
        "MissParameter.HelloTime",
        "MissParameter.DeadTime",
        "MissParameter.InterfaceName",
        "MissParameter.OspfCost",
        "InvalidParameter.AreaId",
        "InvalidParameter.HelloTime",
        "InvalidParameter.DeadTime",
        "InvalidParameter.AuthenticationType",
        "InvalidParameter.Md5KeyId",
        "InvalidParameter.Md5Key",
        "InvalidParameter.OspfCost",
        "MissParameter.AuthenticationType",
        "MissParameter.PortName",
        "MissParameter.RouteType",
        "InvalidParameter.Vlan",
        "InvalidParameter.RouteType",
        "InvalidParameter.RemoteIp",
        "SMARTAG.PORT.ROLE.INVALID",
        "GetSmartAccessGatewayVersionError",
        "GetSmartAccessGatewayStateError",
        "VersionTooOld",
        "PermissionError",
        "MissParameter.Snat",
        "InvalidParameter.Snat",
        "MissParameter.SagInsId",
        "MissParameter.SagSn",
    ];
    static NAME_CODES: [u32; 106] = [
        18, 19, 20, 21, 27, 31, 38, 40, 41, 44, 46, 47, 48, 49, 50, 51, 52, 53, 55, 56,
        61, 69, 70, 71, 73, 74, 75, 76, 77, 78, 81, 83, 88, 89, 90, 91, 92, 96, 97, 98,
        99, 100, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122,
        123, 124, 125, 126, 127, 133, 187, 189, 190, 191, 196, 198, 199, 200, 201, 207,
        209, 210, 217, 222, 223, 225, 226, 229, 230, 232, 233, 234, 235, 236, 237, 238,
        239, 240, 252, 253, 254, 255, 256, 257, 258, 259, 261, 262, 263, 264, 265, 269,
        274, 317,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FeatureNotSupportForActiveSmartAgFeatureNotSupportForStandBySmartAgAclNoSupportWanTypeAclInvalidTypeInvalidIdAclInvalidRegionIdInvalidIdSmartagGatewayInvalidSnCcnDuplicateDnsForwardingDomainCcnDnsForwardCreateFailedSagInstanceNoFoundSnatCidrConfigExistSnatAmountLimitSnatSnatDnatIpConflictSnatInvalidCidrSnatInvalidIpSagSoftwareNotSupportSmartAgAlreadyAssociateAclInvalidSmartAgIdNotFoundSmartAgAlreadyAssociateQosMissParameterSmartAgIdSagInstanceIdEmptySagSnOverLimitSagSnConflictSagInvalidSerialNumberSagNoBindSnSagNoBandwidthNotBoundCenSagVbrNotBondCenAlreadyBoundCcnUpdateErrorSmartagInvalidIdCcnInvalidIdVbrSagSoftwareNoSupportVbrSagVbrBoundSagVbrBoundToSagNotBoundCcnCcnCidrAmountLimitCcnCidrEmptyCcnInvalidCidrCcnInvalidSnatCidrCcnSnatCidrConflictHcAutoGeneratedHcInstanceNoFoundHcInvalidDescriptionHcInvalidDstIpAddrHcInvalidDstPortHcInvalidFailCountThresholdHcInvalidNameHcInvalidProbeCountHcInvalidProbeIntervalHcInvalidProbeTimeoutHcInvalidRttFailThresholdHcInvalidRttThresholdHcInvalidSrcIpAddrHcInvalidSrcPortHcInvalidTypeHcRelatedRouteSagArrearageSagNoActiveHcAmountLimitInvalidProbeSourceIpSagCidrEmptyInvalidIdAcrAlreadyBoundCenAlreadyBoundSmartagInvalidIdQoscarInvalidIdQospyRdInvalidDestCidrBlockRdInvalidRouteSourceRdInvalidSourceTypeSagBusinessStateNotSupportCcnDnsForwardIdNotExistCcnInvalidIdInvalidIdSnSmartAgNotAssociateAclSmartAgNotAssociateQosSagInvalidUserCountSagInvalidDataPlanCcnInvalidUidSagGrantDuplicatedCcnCidrInUseCcnSnatCidrInUseCcnSnatCidrNoConfigSagCcnCidrNoConfigCcnInvalidInterworkingStatusUpdateErrorCcnSagSoftwareNotSupportFeatureRdInvalidHcInstanceIdRdInvalidRouteDistributionSagIpCountTooLittleSagSslConnectionSpecInvalidSagConflictCidrCcnSnatCidrSagConflictSnatIpSagInvalidCidrSagInvalidCidrNoBelongCcnCidrSagInvalidSnatCidrSagInvalidSnatIpSagCidrUsedByRoutableAddressSagCidrAmountLimitSagInvalidCidrFormatSagCidrOverlapSagNotAllowConfigCidrSagInvalidRoutingStrategySagDedicatedLineExistSmartagPortRoleInvalid",
        ends: &[
            0, 33, 67, 86, 100, 112, 127, 143, 159, 190, 215, 233, 252, 267, 289, 304,
            317, 338, 364, 388, 414, 436, 454, 468, 481, 503, 514, 528, 539, 555, 570,
            588, 600, 612, 635, 646, 662, 673, 691, 703, 717, 735, 754, 769, 786, 806,
            824, 840, 867, 880, 899, 921, 942, 967, 988, 1006, 1022, 1035, 1049, 1061,
            1072, 1085, 1105, 1117, 1129, 1144, 1163, 1178, 1192, 1214, 1234, 1253, 1279,
            1302, 1314, 1325, 1347, 1369, 1388, 1406, 1419, 1437, 1449, 1465, 1484, 1502,
            1530, 1544, 1572, 1593, 1619, 1638, 1665, 1691, 1708, 1722, 1751, 1769, 1785,
            1813, 1831, 1851, 1865, 1886, 1911, 1932, 1954,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Smart access gateway activate failed.A parameter is not allowed: active aging.A parameter is not allowed: inactive aging.A parameter is not allowed: netflow server ip.A parameter is not allowed: netflow server port.A parameter is not allowed: netflow version.A parameter is not allowed: output type.A parameter is not allowed: region id.A parameter is not allowed: sls region id.A parameter is not allowed: status.The resource is not in a state that allows this: flow log.Dependency violation: flow log.Invalid flow log id: not found.A required parameter is missing: flow log id.Operation failed: associate flow log.Operation unsupported: associate flow log.A quota was exceeded: flowlog.Feature not support.Feature not support for active smart AG.Feature not support for stand by smart AG.ACL: no support wan type.ACL: invalid type.The request is forbidden.A required parameter is missing.Invalid description.A parameter is invalid.Not supported protocol.Invalid id: ACL.Invalid port range.Acr per acl amount limit.An internal error occurred.Invalid region ID.A required parameter is missing.A parameter is not allowed.Duplicated dnat entry.Smart access gateway not activated.Smart access gateway in arrears.A quota was exceeded: dnat per sag.Invalid id: SMARTAG.Invalid spec: feature not support.GATEWAY: invalid SN.CCN: duplicate DNS forwarding domain.Config unsynchronized.Device not exist.CCN: DNS, forward, create failed.Resource not found: device.SAG: instance no found.SNAT: cidr config exist.SNAT: amount limit.SNAT: snat dnat ip conflict.SNAT: invalid cidr.SNAT: invalid ip.SAG: software not support.Smart AG already associate acl.Acl per smartag amount limit.Invalid smart AG id: not found.Smart AG already associate qos.Invalid id: qos.Qos per smartag amount limit.Miss parameter: region id.Miss parameter: qos id.Miss parameter: smart AG id.Unsupported feature: application accelerate.Resource not found: application bandwidth package.Operation denied: no bind ccn.Operation denied: arrearage.Incorrect business status: application bandwidth package.Resource already associated: smart access gateway.Resource not found: smart access gateway.SAG: instance id empty.SAG: sn over limit.SAG: sn conflict.Resource in operating.SAG: invalid serial number.SAG: no bind SN.SAG: no bandwidth.Not bound CEN.SAG: vbr not bond cen.Already bound: CCN.Link level backup exists.Tunnel id distribute error.Update error: SMARTAG.Cidr conflict.Invalid id: CCN.Smart access gateway already bound.Tunnel id not enough.Vbr conflict: change subnet.The request is forbidden: sub user.Invalid id: VBR.SAG: software no support vbr.SAG: vbr bound.SAG: vbr bound to SAG.Not bound CCN.Vbr conflict: create backup.Invalid name.Acl amount limit.CCN: cidr amount limit.CCN: cidr empty.CCN: invalid cidr.CCN: invalid snat cidr.CCN: snat cidr conflict.Ccn amount limit.Enterprise code: been occupied.A required parameter is missing: logstore name.A required parameter is missing: netflow server ip.A required parameter is missing: netflow server port.A required parameter is missing: netflow version.A required parameter is missing: project name.A required parameter is missing: sls region id.HC: auto generated.HC: instance no found.HC: invalid description.HC: invalid dst ip addr.HC: invalid dst port.HC: invalid fail count threshold.HC: invalid name.HC: invalid probe count.HC: invalid probe interval.HC: invalid probe timeout.HC: invalid rtt fail threshold.HC: invalid rtt threshold.HC: invalid src ip addr.HC: invalid src port.HC: invalid type.HC: related route.SAG: arrearage.SAG: no active.HC: amount limit.Invalid probe domain.Invalid probe type.Invalid probe protocol.Invalid probe port.Invalid packet number.Invalid probe source IP.Exist same param task.Sag configuring.Qos amount limit.Miss parameter: name.A parameter is invalid: name.A parameter is invalid: description.Miss parameter: limit type.Miss parameter: priority.A parameter is invalid: limit type.Miss parameter: max bandwidth abs.Miss parameter: max bandwidth percent.Miss parameter: min bandwidth abs.Miss parameter: min bandwidth percent.Invalid bandwidth compare.Miss parameter: percent source type.Invalid: qos car, priority.Qos car per qos amount limit.A parameter is invalid: priority.A parameter is invalid: percent source type.Qos policy per qos amount limit.Miss parameter: qos policy id.Miss parameter: source cidr.Miss parameter: source port range.Miss parameter: dest cidr.Miss parameter: dest port range.Miss parameter: ip protocol.A parameter is invalid: dest cidr.A parameter is invalid: dest port range.A parameter is invalid: source cidr.A parameter is invalid: source port range.A parameter is invalid: start time.A parameter is invalid: end time.Invalid time range compare.Sag: ecc vlan over limit.Sag: ecc vlan exist.Sag: ecc vlan default.Sag: port not exist.Sag: port role invalid.Sag: ecc vlan not exist.Sag: static route exist.Invalid service address type.A parameter is invalid: ip.Instance exists.Client user: bandwidth invalid.Client user: email empty.Client user: email invalid.Client user: invalid client ip.Client user: ip empty.Client user: ip invalid.Client user: name empty.Client user: name invalid.Client user: user exist.Client user: user over limit.SAG: cidr empty.Client user: password invalid.Invalid id: ACR.Already bound: CEN.Already bound: SMARTAG.Instance not exit.Enterprise code: being used.Enterprise code: delete limit.Enterprise code: not exist.Invalid id: QOSCAR.Miss parameter: qos car id.Invalid id: QOSPY.RD: invalid dest cidr block.RD: invalid route source.RD: invalid source type.Smart access gateway not online.Smart access gateway offline.Sag: static route not exist.Service address operation denied.Service address in use.SAG: business state not support.Client user: user in using.CCN: DNS, forward, id not exist.CCN: invalid id.Invalid tag key.Invalid tag value.Size limit exceeded: tag num.Size limit exceeded: resource id.The request is forbidden: tag key, duplicated.Inner service failed.Invalid id: SN.Param: invalid version comparator.Sag: port mgt error.Version not exist.The resource is not in a state that allows this.Smart AG not associate acl.Smart AG not associate qos.Resource not associated: smart access gateway.SAG: invalid user count.SAG: invalid data plan.Create project failed.Duplicated grant rule.CCN: invalid uid.SAG: grant duplicated.Sag: device not exist.CCN: cidr in use.CCN: snat cidr in use.CCN: snat cidr no config.SAG: ccn cidr no config.CCN: invalid interworking status.Update error: CCN.SAG: software not support feature.RD: invalid hc instance id.RD: invalid route distribution.A parameter is not allowed: password.A required parameter is missing: password.Sag: ha port exist.Sag: ha port role error.Sag: ha type not allow.Sag: port role limit.Sag: route protocol port not exist.Sag: ecc route type error.Sag: route type not match.Illegal remote ip: conflict.Illegal remote ip: route table entry conflict.SAG: ip count too little.SAG: ssl connection spec invalid.SAG: conflict cidr, ccn snat cidr.SAG: conflict snat ip.SAG: invalid cidr.SAG: invalid cidr, no belong ccn cidr.SAG: invalid snat cidr.SAG: invalid snat ip.Action not support.SAG: cidr used by routable address.SAG: cidr amount limit.SAG: invalid cidr format.SAG: cidr overlap.SAG: not allow config cidr.Invalid cidr.Smart access gateway not bind.Resource not found: user.SAG: invalid routing strategy.Probe frequency too high.Client user: not support action.Enterprise code: config different.Operation denied: bond application bandwidth package.SAG: dedicated line exist.The request is forbidden: sub user.Upgrading.Enterprise code: user name conflict.Operation denied: bandwidth exceeded.Miss parameter: gateway id.Miss parameter: password.A parameter is invalid: password.Miss parameter: router id.Miss parameter: local as.Miss parameter: hold.Miss parameter: keepalive.A parameter is invalid: router id.A parameter is invalid: local as.A parameter is invalid: hold.A parameter is invalid: keepalive.A parameter is invalid: redistribute protocol.A parameter is invalid: networks.A parameter is invalid: neighbor ip.A parameter is invalid: remote as.A parameter is invalid: master dns.A parameter is invalid: slave dns.Miss parameter: global route type.A parameter is invalid: global route type.Param common not null.Miss parameter: area id.Miss parameter: hello time.Miss parameter: dead time.Miss parameter: interface name.Miss parameter: ospf cost.A parameter is invalid: area id.A parameter is invalid: hello time.A parameter is invalid: dead time.A parameter is invalid: authentication type.A parameter is invalid: md5 key id.A parameter is invalid: md5 key.A parameter is invalid: ospf cost.Miss parameter: authentication type.Miss parameter: port name.Miss parameter: route type.A parameter is invalid: vlan.A parameter is invalid: route type.A parameter is invalid: remote ip.SMARTAG: PORT, ROLE, INVALID.Get smart access gateway version error.Get smart access gateway state error.Version too old.Permission error.Miss parameter: snat.A parameter is invalid: snat.Miss parameter: sag ins id.Miss parameter: sag sn.",
        ends: &[
            0, 37, 78, 121, 167, 215, 259, 299, 337, 379, 414, 472, 503, 534, 579, 616,
            658, 688, 708, 748, 790, 815, 833, 858, 890, 910, 933, 956, 972, 991, 1016,
            1043, 1061, 1093, 1120, 1142, 1177, 1209, 1244, 1264, 1298, 1318, 1355, 1377,
            1394, 1427, 1454, 1477, 1501, 1520, 1548, 1567, 1584, 1610, 1641, 1670, 1701,
            1732, 1748, 1777, 1803, 1826, 1854, 1898, 1948, 1978, 2006, 2063, 2113, 2154,
            2177, 2196, 2213, 2235, 2262, 2278, 2296, 2310, 2332, 2351, 2376, 2403, 2425,
            2439, 2455, 2490, 2511, 2539, 2574, 2590, 2619, 2634, 2656, 2670, 2698, 2711,
            2728, 2751, 2767, 2785, 2808, 2832, 2849, 2880, 2927, 2978, 3031, 3080, 3126,
            3173, 3192, 3214, 3238, 3262, 3283, 3316, 3333, 3357, 3384, 3410, 3441, 3467,
            3491, 3512, 3529, 3547, 3562, 3577, 3594, 3615, 3634, 3657, 3676, 3698, 3722,
            3744, 3760, 3777, 3798, 3827, 3863, 3890, 3915, 3950, 3984, 4022, 4056, 4094,
            4120, 4156, 4183, 4212, 4245, 4289, 4321, 4351, 4379, 4413, 4439, 4471, 4499,
            4533, 4573, 4609, 4651, 4686, 4719, 4746, 4771, 4791, 4813, 4833, 4856, 4880,
            4904, 4933, 4960, 4976, 5007, 5032, 5059, 5090, 5112, 5136, 5160, 5186, 5210,
            5239, 5255, 5285, 5301, 5320, 5343, 5361, 5389, 5419, 5446, 5465, 5492, 5510,
            5538, 5563, 5587, 5619, 5648, 5676, 5709, 5732, 5764, 5791, 5823, 5839, 5855,
            5873, 5902, 5935, 5981, 6002, 6017, 6051, 6071, 6089, 6137, 6164, 6191, 6237,
            6261, 6284, 6306, 6328, 6345, 6367, 6389, 6406, 6428, 6453, 6477, 6510, 6528,
            6562, 6589, 6620, 6657, 6699, 6718, 6742, 6765, 6786, 6821, 6847, 6873, 6901,
            6947, 6972, 7005, 7039, 7061, 7079, 7117, 7140, 7161, 7180, 7215, 7238, 7263,
            7281, 7308, 7321, 7351, 7376, 7406, 7431, 7463, 7497, 7550, 7576, 7611, 7621,
            7657, 7694, 7721, 7746, 7779, 7805, 7830, 7851, 7877, 7911, 7944, 7973, 8007,
            8053, 8086, 8122, 8156, 8191, 8225, 8259, 8301, 8323, 8347, 8374, 8400, 8431,
            8457, 8489, 8524, 8558, 8602, 8637, 8669, 8703, 8739, 8765, 8792, 8821, 8856,
            8890, 8919, 8958, 8995, 9011, 9028, 9049, 9078, 9105, 9128,
        ],
    };
    static STATUSES: [u16; 337] = [
        500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 403, 400, 403, 403, 400, 400, 403, 403, 403, 400, 403, 400, 403, 403, 403,
        403, 403, 400, 500, 400, 400, 400, 400, 500, 400, 500, 400, 400, 403, 400, 400,
        400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 403, 403, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 403, 403, 403, 403, 400,
        400, 400, 400, 400, 403, 403, 400, 403, 403, 400, 400, 400, 400, 400, 403, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 403, 403, 403, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 403, 400, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 501, 400, 400, 400, 400, 400, 403, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 403, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 403, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 403, 403, 400, 400, 400, 400, 400, 400, 400, 400, 500,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 403, 403, 500, 400, 400, 400,
        400,
    ];
    static STATUS_ENDS: [u32; 327] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 21, 22, 23,
        24, 25, 27, 28, 30, 31, 32, 33, 36, 37, 38, 39, 40, 42, 44, 45, 47, 48, 49, 50,
        51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70,
        71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90,
        91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104, 105, 106, 107, 108, 109,
        110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125,
        126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141,
        142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157,
        158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173,
        174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189,
        190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205,
        206, 207, 208, 209, 210, 211, 213, 215, 216, 217, 218, 219, 220, 221, 222, 223,
        224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239,
        240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255,
        256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271,
        272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287,
        288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300, 301, 302, 303,
        304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319,
        320, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332, 333, 334, 335,
        336, 337,
    ];
    static RETRY: [::cloud_errors::Retry; 326] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaacaaaaacaaaaacaaaaaaabaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 326] = ::cloud_errors::__private::category_column(
        b"mccccccccciccccchgggccgcgccgggmccccmmhgccccccecccccccggcccccccccccccecccccccccccccgggggcccccggcgcccccgcccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccgggccccccccccgmcccccccccccglccccigccccccccccccccgccccccccccccggccccccccccccccggcccccccgmcccccccccccccccccccccccccccccccccccccccccgggmcccc",
    );
    static PILOTS: [u16; 82] = [
        26, 0, 10, 26, 16, 0, 0, 10, 9, 32, 6, 11, 1, 3, 16, 6, 2, 5, 33, 0, 8, 13, 2, 0,
        9, 1, 0, 0, 47, 29, 27, 45, 1, 14, 1, 14, 7, 2, 19, 22, 18, 15, 10, 28, 147, 38,
        67, 8, 0, 16, 3, 52, 133, 23, 7, 1, 15, 12, 1, 57, 55, 12, 49, 0, 312, 6, 11, 1,
        32, 15, 118, 2, 2, 47, 40, 20, 2, 561, 192, 54, 58, 2,
    ];
    static SLOTS: [(&str, u32); 362] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            274, 88, 4294967295, 103, 260, 117, 282, 157, 84, 151, 27, 203, 287, 34, 255,
            160, 264, 141, 169, 173, 259, 58, 250, 61, 192, 196, 43, 36, 138, 56, 186,
            89, 111, 296, 4294967295, 218, 4294967295, 177, 165, 74, 62, 291, 219, 99,
            63, 144, 166, 4294967295, 82, 4294967295, 280, 77, 106, 215, 4294967295, 51,
            75, 309, 122, 14, 285, 145, 302, 308, 253, 273, 52, 125, 20, 263, 4294967295,
            178, 294, 79, 76, 48, 26, 132, 187, 227, 229, 146, 92, 85, 4294967295, 96,
            45, 216, 112, 321, 292, 143, 183, 278, 4294967295, 4294967295, 97, 226, 306,
            201, 4294967295, 4294967295, 267, 44, 64, 301, 94, 228, 100, 242, 182,
            4294967295, 120, 115, 119, 270, 234, 167, 104, 205, 293, 307, 154, 28, 59,
            190, 60, 109, 319, 316, 175, 42, 4294967295, 4294967295, 314, 168, 213, 110,
            95, 40, 237, 252, 135, 198, 13, 18, 24, 4294967295, 266, 170, 299, 7, 240, 0,
            221, 78, 87, 281, 305, 206, 4294967295, 139, 275, 66, 310, 123, 35, 71, 8,
            121, 324, 312, 284, 17, 290, 50, 107, 244, 164, 317, 4294967295, 23, 6, 147,
            200, 318, 313, 161, 4294967295, 193, 249, 155, 243, 272, 159, 4294967295,
            4294967295, 289, 268, 149, 4294967295, 246, 53, 257, 113, 108, 128, 223, 176,
            269, 65, 15, 131, 81, 134, 152, 191, 210, 70, 185, 315, 220, 158, 11,
            4294967295, 239, 140, 174, 127, 254, 68, 129, 4294967295, 31, 10, 90, 207,
            116, 163, 39, 188, 212, 209, 235, 12, 233, 33, 153, 1, 91, 105, 286, 311,
            225, 261, 172, 217, 67, 194, 202, 4294967295, 180, 156, 47, 80, 238, 150, 57,
            4294967295, 126, 4294967295, 9, 325, 37, 181, 118, 211, 222, 29, 41, 271,
            231, 189, 114, 21, 4294967295, 38, 54, 4294967295, 46, 98, 102, 298, 208, 83,
            25, 93, 133, 4294967295, 199, 55, 72, 162, 204, 251, 130, 214, 86, 248, 277,
            279, 4294967295, 124, 303, 4294967295, 3, 4294967295, 288, 49, 16, 30, 258,
            304, 197, 136, 245, 148, 2, 276, 19, 4294967295, 5, 137, 171, 195, 69, 236,
            184, 22, 241, 179, 4, 295, 232, 224, 101, 73, 4294967295, 32, 256,
            4294967295, 230, 297, 283, 322, 142, 300, 247, 262, 320, 265, 323,
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
    const PROVIDER: &'static str = "Alibaba Cloud Smartag";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Smartag's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Smartag: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
