// @generated from catalogs/alibaba/cbn.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Cbn: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Cbn: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ProjectOrLogstoreNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Project or logstore not exist.
    ProjectOrLogstoreNotExist,
    /// `SourceProjectNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Source project not exist.
    SourceProjectNotExist,
    /// `OperationUnsupported.action`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: action.
    OperationUnsupportedAction,
    /// `RuleExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Rule exist.
    RuleExist,
    /// `QuotaExceeded.FlowlogCount`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: flowlog count.
    QuotaExceededFlowlogCount,
    /// `InvalidFlowlogId.exist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid flowlog id: exist.
    InvalidFlowlogIdExist,
    /// `InvalidFlowlogId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid flowlog id: not found.
    InvalidFlowlogIdNotFound,
    /// `IncorrectStatus.flowlog`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: flowlog.
    IncorrectStatusFlowlog,
    /// `IncorrectStatus.TrFlowlog`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: tr flowlog.
    IncorrectStatusTrFlowlog,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `Unauthorized`: HTTP 400; retry: never; category: invalid_argument.
    /// The request is not authorized.
    Unauthorized,
    /// `InvalidTrafficMarkingPolicyId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid traffic marking policy id: not found.
    InvalidTrafficMarkingPolicyIdNotFound,
    /// `IllegalParam.SrcCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: src cidr.
    IllegalParamSrcCidr,
    /// `IncorrectStatus.TrafficMarkingPolicy`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: traffic marking policy.
    IncorrectStatusTrafficMarkingPolicy,
    /// `IllegalParam.DstCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: dst cidr.
    IllegalParamDstCidr,
    /// `IllegalParam.Protocol`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: protocol.
    IllegalParamProtocol,
    /// `Duplicated.TrafficMatchRules`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated: traffic match rules.
    DuplicatedTrafficMatchRules,
    /// `InstanceExist.TrafficMatchRules`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance exist: traffic match rules.
    InstanceExistTrafficMatchRules,
    /// `MissingParam.TrafficMatchRules`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: traffic match rules.
    MissingParamTrafficMatchRules,
    /// `IllegalParam.SrcPortRange`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: src port range.
    IllegalParamSrcPortRange,
    /// `IllegalParam.DstPortRange`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: dst port range.
    IllegalParamDstPortRange,
    /// `AttrMismatching.CidrAddressFamily`: HTTP 400; retry: never; category: invalid_argument.
    /// Attr mismatching: cidr address family.
    AttrMismatchingCidrAddressFamily,
    /// `IllegalParam.AddressFamily`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: address family.
    IllegalParamAddressFamily,
    /// `AttrMismatching.SrcCidrDstCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// Attr mismatching: src cidr dst cidr.
    AttrMismatchingSrcCidrDstCidr,
    /// `AttrMismatching.CidrProtocol`: HTTP 400; retry: never; category: invalid_argument.
    /// Attr mismatching: cidr protocol.
    AttrMismatchingCidrProtocol,
    /// `InvalidTransitRouterMode.NeedUpgrade`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid transit router mode: need upgrade.
    InvalidTransitRouterModeNeedUpgrade,
    /// `IncorrectStatus.TransitRouter`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: transit router.
    IncorrectStatusTransitRouter,
    /// `OperationFailed.SetPostPay95BandwidthLimitError`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: set post pay95 bandwidth limit error.
    OperationFailedSetPostPay95BandwidthLimitError,
    /// `OperationInvalid.UserCanNotUseBwp`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation invalid: user can not use bwp.
    OperationInvalidUserCanNotUseBwp,
    /// `AssociationExist.TransitRouterTable`: HTTP 400; retry: never; category: invalid_argument.
    /// Association exist: transit router table.
    AssociationExistTransitRouterTable,
    /// `IllegalParam.TransitRouterTableType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: transit router table type.
    IllegalParamTransitRouterTableType,
    /// `OperationFailed.TransitRouterType`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: transit router type.
    OperationFailedTransitRouterType,
    /// `IncorrectStatus.AttachmentOrRouteTable`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: attachment or route table.
    IncorrectStatusAttachmentOrRouteTable,
    /// `IllegalParam.TransitRouterTableId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: transit router table id.
    IllegalParamTransitRouterTableId,
    /// `OperationUnsupported.Associate`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: associate.
    OperationUnsupportedAssociate,
    /// `InvalidRouteTableId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid route table id: not found.
    InvalidRouteTableIdNotFound,
    /// `InvalidAttachmentId.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid attachment id: not found.
    InvalidAttachmentIdNotFound,
    /// `InvalidMulticastDomain.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid multicast domain: not found.
    InvalidMulticastDomainNotFound,
    /// `IncorrectStatus.MulticastDomain`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: multicast domain.
    IncorrectStatusMulticastDomain,
    /// `IllegalParam.AttachmentId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: attachment id.
    IllegalParamAttachmentId,
    /// `IncorrectStatus.Attachment`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: attachment.
    IncorrectStatusAttachment,
    /// `MissingParam.VSwitchIds`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: v switch ids.
    MissingParamVSwitchIds,
    /// `InstanceNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance not exist.
    InstanceNotExist,
    /// `OperationUnsupported.CloudBoxVpc`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: cloud box vpc.
    OperationUnsupportedCloudBoxVpc,
    /// `AssociationExist.VSwitchIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Association exist: v switch ids.
    AssociationExistVSwitchIds,
    /// `QuotaFull.VswitchPerMulticastDomain`: HTTP 400; retry: never; category: invalid_argument.
    /// Quota full: vswitch per multicast domain.
    QuotaFullVswitchPerMulticastDomain,
    /// `DryRunOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Dry run operation.
    DryRunOperation,
    /// `OperationUnsupported.VpcRegion`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: vpc region.
    OperationUnsupportedVpcRegion,
    /// `OperationUnsupported.AdvancedFeature`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: advanced feature.
    OperationUnsupportedAdvancedFeature,
    /// `Forbbiden.AttachChildInstanceAcrossBid`: HTTP 400; retry: never; category: invalid_argument.
    /// The request is forbidden: attach child instance across bid.
    ForbbidenAttachChildInstanceAcrossBid,
    /// `IncorrectStatus.VpcSwitch`: HTTP 400, 409; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: vpc switch.
    IncorrectStatusVpcSwitch,
    /// `Forbbiden.CloudBoxVSwitchExist`: HTTP 400; retry: never; category: invalid_argument.
    /// The request is forbidden: cloud box v switch exist.
    ForbbidenCloudBoxVSwitchExist,
    /// `OperationFailed.InvalidVpcStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: invalid vpc status.
    OperationFailedInvalidVpcStatus,
    /// `OperationFailed.InvalidTransitRouter`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: invalid transit router.
    OperationFailedInvalidTransitRouter,
    /// `OperationUnsupported.CenFullLevel`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: cen full level.
    OperationUnsupportedCenFullLevel,
    /// `IncorrectStatus.VpcRouteTable`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: vpc route table.
    IncorrectStatusVpcRouteTable,
    /// `Forbidden.AttachChildInstance`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: attach child instance.
    ForbiddenAttachChildInstance,
    /// `Bid.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Bid: not found.
    BidNotFound,
    /// `Operation.FailedAndTryAgain`: HTTP 404; retry: never; category: not_found.
    /// Operation: failed and try again.
    OperationFailedAndTryAgain,
    /// `InvalidOperation.ChildInstanceRIAlreadyExist`: HTTP 409; retry: never; category: aborted.
    /// Invalid operation: child instance RI already exist.
    InvalidOperationChildInstanceRiAlreadyExist,
    /// `Forbbiden.AttachChildInstanceAcrossUid`: HTTP 409; retry: never; category: aborted.
    /// The request is forbidden: attach child instance across uid.
    ForbbidenAttachChildInstanceAcrossUid,
    /// `InvalidOperation.ChildInstanceAlreadyAttached`: HTTP 409; retry: never; category: aborted.
    /// Invalid operation: child instance already attached.
    InvalidOperationChildInstanceAlreadyAttached,
    /// `InvalidOperation.CenAlreadyAutoPubilshRouteToInstance`: HTTP 409; retry: never; category: aborted.
    /// Invalid operation: cen already auto pubilsh route to instance.
    InvalidOperationCenAlreadyAutoPubilshRouteToInstance,
    /// `USER_NOT_OPEN_TR_SERVICE`: HTTP 400; retry: never; category: invalid_argument.
    /// USER NOT OPEN TR SERVICE.
    UserNotOpenTrService,
    /// `IllegalParam.ResourceGroupId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: resource group id.
    IllegalParamResourceGroupId,
    /// `UnSupported.ChargeType`: HTTP 400; retry: never; category: invalid_argument.
    /// Un supported: charge type.
    UnSupportedChargeType,
    /// `ParameterIllegal.BandwidthPackage`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal: bandwidth package.
    ParameterIllegalBandwidthPackage,
    /// `OperationInvalid.UserCanNotBuyCrossBorderBwp`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation invalid: user can not buy cross border bwp.
    OperationInvalidUserCanNotBuyCrossBorderBwp,
    /// `OperationInvalid.UserCanNotBuyBwp`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation invalid: user can not buy bwp.
    OperationInvalidUserCanNotBuyBwp,
    /// `PayFor.AccountMoneyValidateError`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Pay for: account money validate error.
    PayForAccountMoneyValidateError,
    /// `Forbidden.VpcAsInternetGateway`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: vpc as internet gateway.
    ForbiddenVpcAsInternetGateway,
    /// `InvalidCIDRBlock.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid CIDR block: duplicate.
    InvalidCidrBlockDuplicate,
    /// `InvalidCidrBlock.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cidr block: malformed.
    InvalidCidrBlockMalformed,
    /// `OperationFailed.RouteConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: route conflict.
    OperationFailedRouteConflict,
    /// `InvalidOperation.UnsupportnexthopType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: unsupportnexthop type.
    InvalidOperationUnsupportnexthopType,
    /// `IncorrectStatus.VpcRouteEntry`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: vpc route entry.
    IncorrectStatusVpcRouteEntry,
    /// `OperationDenied.RouteTableTypeNotPermitted`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: route table type not permitted.
    OperationDeniedRouteTableTypeNotPermitted,
    /// `AssociationExist.TrafficQos`: HTTP 400; retry: never; category: invalid_argument.
    /// Association exist: traffic qos.
    AssociationExistTrafficQos,
    /// `InvalidTransitRouterId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid transit router id: not found.
    InvalidTransitRouterIdNotFound,
    /// `IllegalParam.TransitRouterAttachmentId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: transit router attachment id.
    IllegalParamTransitRouterAttachmentId,
    /// `IllegalParam.RemainBandwidthPercent`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: remain bandwidth percent.
    IllegalParamRemainBandwidthPercent,
    /// `IncorrectStatus.TrafficQosPolicy`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: traffic qos policy.
    IncorrectStatusTrafficQosPolicy,
    /// `Duplicated.Dscps`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated: dscps.
    DuplicatedDscps,
    /// `InvalidDescription`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid description.
    InvalidDescription,
    /// `InvalidName`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid name.
    InvalidName,
    /// `InvalidTrafficQosPolicyId.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid traffic qos policy id: not found.
    InvalidTrafficQosPolicyIdNotFound,
    /// `Forbidden.CenRouteMapExist`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: cen route map exist.
    ForbiddenCenRouteMapExist,
    /// `Invid.Parameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invid: parameter.
    InvidParameter,
    /// `InvalidOperation.NoEffictiveAction`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: no effictive action.
    InvalidOperationNoEffictiveAction,
    /// `IncorrectStatus.TransitRouterInstance`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: transit router instance.
    IncorrectStatusTransitRouterInstance,
    /// `IllegalParam.ZoneId`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// A parameter is not allowed: zone id.
    IllegalParamZoneId,
    /// `Flowlog.AlreayExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Flowlog: alreay exist.
    FlowlogAlreayExist,
    /// `InvalidTransitRouterAttachmentId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid transit router attachment id: not found.
    InvalidTransitRouterAttachmentIdNotFound,
    /// `InvalidOperation.TransitRouterNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: transit router not exist.
    InvalidOperationTransitRouterNotExist,
    /// `IncorrectStatus.TransitRouterAttachmentId`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: transit router attachment id.
    IncorrectStatusTransitRouterAttachmentId,
    /// `ProjectExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Project exist.
    ProjectExist,
    /// `InvalidParameter.ProjectName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: project name.
    InvalidParameterProjectName,
    /// `OperationInvalid.IncompatibleFlowlogExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation invalid: incompatible flowlog exist.
    OperationInvalidIncompatibleFlowlogExist,
    /// `InvalidParameter.LogFormatString`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: log format string.
    InvalidParameterLogFormatString,
    /// `NoPermission.AliyunServiceRoleForTRFlowLog`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The caller has no permission: aliyun service role for TR flow log.
    NoPermissionAliyunServiceRoleForTrFlowLog,
    /// `IllegalParam.Priority`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: priority.
    IllegalParamPriority,
    /// `IllegalParam.MarkingDscp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: marking dscp.
    IllegalParamMarkingDscp,
    /// `Duplicated.Priority`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated: priority.
    DuplicatedPriority,
    /// `Duplicated.MarkingDscp`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated: marking dscp.
    DuplicatedMarkingDscp,
    /// `QuotaExceeded.TrafficMatchRule`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: traffic match rule.
    QuotaExceededTrafficMatchRule,
    /// `IllegalParam.MatchDscp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: match dscp.
    IllegalParamMatchDscp,
    /// `InvalidOperation.RegionNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: region not support.
    InvalidOperationRegionNotSupport,
    /// `InstanceExist.AggregationRoute`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance exist: aggregation route.
    InstanceExistAggregationRoute,
    /// `InstanceNotExist.TransitRouteTable`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance not exist: transit route table.
    InstanceNotExistTransitRouteTable,
    /// `IncorrectStatus.TransitRouteTable`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: transit route table.
    IncorrectStatusTransitRouteTable,
    /// `QuotaExceeded.AggregationRoute`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: aggregation route.
    QuotaExceededAggregationRoute,
    /// `InstanceNotExist.TransitRouter`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance not exist: transit router.
    InstanceNotExistTransitRouter,
    /// `OperationUnsupported.TransitRouterType`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: transit router type.
    OperationUnsupportedTransitRouterType,
    /// `OperationUnsupported.ServiceMode`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: service mode.
    OperationUnsupportedServiceMode,
    /// `InvalidCidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cidr block.
    InvalidCidrBlock,
    /// `RouteConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Route conflict.
    RouteConflict,
    /// `InvalidOperation.InstanceNotSupportIPv6Route`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: instance not support IPv6 route.
    InvalidOperationInstanceNotSupportIPv6Route,
    /// `IllegalParam.TransitRouteTableAggregationCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: transit route table aggregation cidr.
    IllegalParamTransitRouteTableAggregationCidr,
    /// `OperationUnsupported.RegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: region id.
    OperationUnsupportedRegionId,
    /// `InstanceExist.TransitRouterInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance exist: transit router instance.
    InstanceExistTransitRouterInstance,
    /// `Forbbiden.TransitRouterServiceNotOpen`: HTTP 400; retry: never; category: invalid_argument.
    /// The request is forbidden: transit router service not open.
    ForbbidenTransitRouterServiceNotOpen,
    /// `OperationUnsupported.SupportMulticast`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: support multicast.
    OperationUnsupportedSupportMulticast,
    /// `IllegalParam.Cidr`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: cidr.
    IllegalParamCidr,
    /// `Illegal.TrType`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal: tr type.
    IllegalTrType,
    /// `OperationUnsupported.TransitRouterCidrList`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: transit router cidr list.
    OperationUnsupportedTransitRouterCidrList,
    /// `OperationFailed.CidrConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: cidr conflict.
    OperationFailedCidrConflict,
    /// `IllegalParam.Region`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: region.
    IllegalParamRegion,
    /// `OverLappingExist.Cidr`: HTTP 400; retry: never; category: invalid_argument.
    /// Over lapping exist: cidr.
    OverLappingExistCidr,
    /// `IllegalParam.ServiceMode`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: service mode.
    IllegalParamServiceMode,
    /// `ParamExclusive.ServiceModeAndSupportMulticast`: HTTP 400; retry: never; category: invalid_argument.
    /// Param exclusive: service mode and support multicast.
    ParamExclusiveServiceModeAndSupportMulticast,
    /// `ParamExclusive.ServiceModeAndTransitRouterCidrList`: HTTP 400; retry: never; category: invalid_argument.
    /// Param exclusive: service mode and transit router cidr list.
    ParamExclusiveServiceModeAndTransitRouterCidrList,
    /// `OperationUnsupported.Tag`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: tag.
    OperationUnsupportedTag,
    /// `IllegalParam.SupportMulticast`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: support multicast.
    IllegalParamSupportMulticast,
    /// `ParamExclusive.BasicAndPrimaryStandby`: HTTP 400; retry: never; category: invalid_argument.
    /// Param exclusive: basic and primary standby.
    ParamExclusiveBasicAndPrimaryStandby,
    /// `ParamExclusive.BasicAndMultiPrimary`: HTTP 400; retry: never; category: invalid_argument.
    /// Param exclusive: basic and multi primary.
    ParamExclusiveBasicAndMultiPrimary,
    /// `OperationUnsupported.TransitRouterCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: transit router cidr.
    OperationUnsupportedTransitRouterCidr,
    /// `IllegalParam.RegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: region id.
    IllegalParamRegionId,
    /// `NoPermission.AliyunServiceRolePolicyForCEN`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission: aliyun service role policy for CEN.
    NoPermissionAliyunServiceRolePolicyForCen,
    /// `OperationUnsupported.TransitRouterRegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: transit router region id.
    OperationUnsupportedTransitRouterRegionId,
    /// `InvalidCenId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cen id: not found.
    InvalidCenIdNotFound,
    /// `InvalidStatus.ResourceStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: resource status.
    InvalidStatusResourceStatus,
    /// `MissingParam.CenIdOrRegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: cen id or region id.
    MissingParamCenIdOrRegionId,
    /// `IllegalParam.AssociateRouteTableId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: associate route table id.
    IllegalParamAssociateRouteTableId,
    /// `InvalidOperation.CenInstanceStatus`: HTTP 400, 409; retry: never; category: invalid_argument.
    /// Invalid operation: cen instance status.
    InvalidOperationCenInstanceStatus,
    /// `QuotaFull.ChildInstanceRelatedCen`: HTTP 400; retry: never; category: invalid_argument.
    /// Quota full: child instance related cen.
    QuotaFullChildInstanceRelatedCen,
    /// `Forbidden.ResourceOwnerTransitRouterServiceNotOpen`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: resource owner transit router service not open.
    ForbiddenResourceOwnerTransitRouterServiceNotOpen,
    /// `OperationUnsupported.BandwidthType`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: bandwidth type.
    OperationUnsupportedBandwidthType,
    /// `IllegalParam.BandwidthType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: bandwidth type.
    IllegalParamBandwidthType,
    /// `IncorrectStatus.EcrResource`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: ecr resource.
    IncorrectStatusEcrResource,
    /// `QuotaExceeded.CenQuotaEcrAttachPerTransitRouter`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: cen quota ecr attach per transit router.
    QuotaExceededCenQuotaEcrAttachPerTransitRouter,
    /// `IllegalParam.TransitRouterId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: transit router id.
    IllegalParamTransitRouterId,
    /// `IllegalParam.CenId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: cen id.
    IllegalParamCenId,
    /// `InvalidOperation.CENInstanceStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: CEN instance status.
    InvalidOperationCenInstanceStatus2,
    /// `OperationUnsupported.TransitRouterSupportMulticast`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: transit router support multicast.
    OperationUnsupportedTransitRouterSupportMulticast,
    /// `IncorrectStatus.Cen`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: cen.
    IncorrectStatusCen,
    /// `QuotaExceeded.MulticastDomain`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: multicast domain.
    QuotaExceededMulticastDomain,
    /// `IllegalParam.PeerTransitRouterId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: peer transit router id.
    IllegalParamPeerTransitRouterId,
    /// `OperationUnsupported.TransitRouterId`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: transit router id.
    OperationUnsupportedTransitRouterId,
    /// `MissingParam.Bandwidth`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: bandwidth.
    MissingParamBandwidth,
    /// `IllegalParam.Bandwidth`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: bandwidth.
    IllegalParamBandwidth,
    /// `OperationUnsupported.BandwidthHS`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: bandwidth HS.
    OperationUnsupportedBandwidthHs,
    /// `OperationUnsupported.CloudDataTransferService`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: cloud data transfer service.
    OperationUnsupportedCloudDataTransferService,
    /// `InvalidPeerTransitRouterId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid peer transit router id: not found.
    InvalidPeerTransitRouterIdNotFound,
    /// `IllegalParam.PeerRegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: peer region id.
    IllegalParamPeerRegionId,
    /// `IllegalParam.TransitRouterRegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: transit router region id.
    IllegalParamTransitRouterRegionId,
    /// `InvalidOperation.BwpNotAssociated`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: bwp not associated.
    InvalidOperationBwpNotAssociated,
    /// `InvalidOperation.BwpBusinessStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: bwp business status.
    InvalidOperationBwpBusinessStatus,
    /// `IllegalParam.CenBandwidthPackageId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: cen bandwidth package id.
    IllegalParamCenBandwidthPackageId,
    /// `InvalidOperation.BwpBandwidthExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: bwp bandwidth exceeded.
    InvalidOperationBwpBandwidthExceeded,
    /// `ParameterIllegal.CdtDefaultLinkTypeOnlySupportPlatinumOrGold`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal: cdt default link type only support platinum or gold.
    ParameterIllegalCdtDefaultLinkTypeOnlySupportPlatinumOrGold,
    /// `ParameterIllegal.BandwidthPackageDefaultLinkTypeOnlySupportGold`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal: bandwidth package default link type only support gold.
    ParameterIllegalBandwidthPackageDefaultLinkTypeOnlySupportGold,
    /// `ParameterIllegal.CdtDefaultLinkTypeOnlySupportGold`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal: cdt default link type only support gold.
    ParameterIllegalCdtDefaultLinkTypeOnlySupportGold,
    /// `OperationNotAllowed.DefaultLinkTypeOnlySupportGold`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation not allowed: default link type only support gold.
    OperationNotAllowedDefaultLinkTypeOnlySupportGold,
    /// `OperationInvalid.IdentityRegistrationStatusNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation invalid: identity registration status not support.
    OperationInvalidIdentityRegistrationStatusNotSupport,
    /// `InvalidOperation.OnlyOneRegionSupportIpv6`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: only one region support ipv6.
    InvalidOperationOnlyOneRegionSupportIpv6,
    /// `InvalidOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation.
    InvalidOperation,
    /// `ResourceNotSupport.CCN`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not support: CCN.
    ResourceNotSupportCcn,
    /// `ResourceNotFound.PrefixlistCidrs`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: prefixlist cidrs.
    ResourceNotFoundPrefixlistCidrs,
    /// `ResourceNotFound.Nexthop`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: nexthop.
    ResourceNotFoundNexthop,
    /// `ResourceExisted.PrefixlistAssociation`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource existed: prefixlist association.
    ResourceExistedPrefixlistAssociation,
    /// `ResourceNotFound.PrefixlistAssociation`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: prefixlist association.
    ResourceNotFoundPrefixlistAssociation,
    /// `ResourceConflict.Route`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource conflict: route.
    ResourceConflictRoute,
    /// `MultipleFound.PrefixlistAssociation`: HTTP 400; retry: never; category: invalid_argument.
    /// Multiple found: prefixlist association.
    MultipleFoundPrefixlistAssociation,
    /// `QuotaReached.Route`: HTTP 400; retry: never; category: invalid_argument.
    /// Quota reached: route.
    QuotaReachedRoute,
    /// `InvalidStatus.PrefixlistAssociation`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: prefixlist association.
    InvalidStatusPrefixlistAssociation,
    /// `NotSupport.TrType`: HTTP 400; retry: never; category: invalid_argument.
    /// Not support: tr type.
    NotSupportTrType,
    /// `InvalidValue.PrefixlistCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid value: prefixlist cidr.
    InvalidValuePrefixlistCidr,
    /// `ResourceNotSupport.Nexthop`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not support: nexthop.
    ResourceNotSupportNexthop,
    /// `ResourceMismatch.Nexthop`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource mismatch: nexthop.
    ResourceMismatchNexthop,
    /// `ResourceNotFound.PrefixList`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: prefix list.
    ResourceNotFoundPrefixList,
    /// `OperationDenied.SystemPrefixList`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: system prefix list.
    OperationDeniedSystemPrefixList,
    /// `OperationFailed.OperateShareResource`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: operate share resource.
    OperationFailedOperateShareResource,
    /// `InvalidStatus.Prefixlist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: prefixlist.
    InvalidStatusPrefixlist,
    /// `RegionNotSupport.Prefixlist`: HTTP 400; retry: never; category: invalid_argument.
    /// Region not support: prefixlist.
    RegionNotSupportPrefixlist,
    /// `OperationFailed.TransitRouterNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: transit router not exist.
    OperationFailedTransitRouterNotExist,
    /// `IncorrectStatus.RouteTable`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: route table.
    IncorrectStatusRouteTable,
    /// `InvalidTransitRouterRouteTableId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid transit router route table id: not found.
    InvalidTransitRouterRouteTableIdNotFound,
    /// `TransitRouterRouteEntryNextHopId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Transit router route entry next hop id: not found.
    TransitRouterRouteEntryNextHopIdNotFound,
    /// `OperationFailed.CreateRouteEntryWithCCNAttachment`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: create route entry with CCN attachment.
    OperationFailedCreateRouteEntryWithCcnAttachment,
    /// `QuotaExceeded.TransitRouterRoutEntry`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: transit router rout entry.
    QuotaExceededTransitRouterRoutEntry,
    /// `IllegalParam.TransitRouterDestinationCidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: transit router destination cidr block.
    IllegalParamTransitRouterDestinationCidrBlock,
    /// `InstanceExist.TransitRouterRouteEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance exist: transit router route entry.
    InstanceExistTransitRouterRouteEntry,
    /// `IncorrectStatus.TransitRouterRouteTable`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: transit router route table.
    IncorrectStatusTransitRouterRouteTable,
    /// `ParamExclusive.RouteEntryIdAndRouteTableIdOrDestCidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// Param exclusive: route entry id and route table id or dest cidr block.
    ParamExclusiveRouteEntryIdAndRouteTableIdOrDestCidrBlock,
    /// `IllegalParam.NextHopType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: next hop type.
    IllegalParamNextHopType,
    /// `MissingParam.TransitRouterRouteEntryNextHopId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: transit router route entry next hop id.
    MissingParamTransitRouterRouteEntryNextHopId,
    /// `InvalidTransitRouterRouteEntryNextHopId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid transit router route entry next hop id: not found.
    InvalidTransitRouterRouteEntryNextHopIdNotFound,
    /// `OperationFailed.CreateRouteEntryWithSameDestinationCidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: create route entry with same destination cidr block.
    OperationFailedCreateRouteEntryWithSameDestinationCidrBlock,
    /// `InvalidDestinationCidrBlock.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid destination cidr block: not found.
    InvalidDestinationCidrBlockNotFound,
    /// `OperationFailed.CreateRouteEntryWithConnectAttachment`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: create route entry with connect attachment.
    OperationFailedCreateRouteEntryWithConnectAttachment,
    /// `ParamExclusive.NextHopTypeBlackHoleAndNextHopId`: HTTP 400; retry: never; category: invalid_argument.
    /// Param exclusive: next hop type black hole and next hop id.
    ParamExclusiveNextHopTypeBlackHoleAndNextHopId,
    /// `OperationFailed.CreateTransitRouterRouteEntryWithVPCAttachment`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: create transit router route entry with VPC attachment.
    OperationFailedCreateTransitRouterRouteEntryWithVpcAttachment,
    /// `OperationFailed.CreateTransitRouterRouteEntryWithVPNAttachment`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: create transit router route entry with VPN attachment.
    OperationFailedCreateTransitRouterRouteEntryWithVpnAttachment,
    /// `OperationFailed.CCNTrNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: CCN tr not support.
    OperationFailedCcnTrNotSupport,
    /// `MissingParam.TransitRouterId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: transit router id.
    MissingParamTransitRouterId,
    /// `OperationFailed.BasicTrNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: basic tr not support.
    OperationFailedBasicTrNotSupport,
    /// `QuotaExceeded.TransitRouterRoutTable`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: transit router rout table.
    QuotaExceededTransitRouterRoutTable,
    /// `OperationUnsupported.MultiRegionEcmp`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: multi region ecmp.
    OperationUnsupportedMultiRegionEcmp,
    /// `IncorrectStatus.Vpc`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: vpc.
    IncorrectStatusVpc,
    /// `Forbidden.VbrDeviceModel`: HTTP 400, 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: vbr device model.
    ForbiddenVbrDeviceModel,
    /// `OperationUnsupported.VbrAttachment`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: vbr attachment.
    OperationUnsupportedVbrAttachment,
    /// `OperationUnsupported.CloudBoxVbrNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: cloud box vbr not support.
    OperationUnsupportedCloudBoxVbrNotSupport,
    /// `IncorrectStatus.VbrResource`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: vbr resource.
    IncorrectStatusVbrResource,
    /// `QuotaExceeded.CenQuotaVbrAttachPerTransitRouter`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: cen quota vbr attach per transit router.
    QuotaExceededCenQuotaVbrAttachPerTransitRouter,
    /// `NoPermission.AliyunServiceRoleForCEN`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission: aliyun service role for CEN.
    NoPermissionAliyunServiceRoleForCen,
    /// `IllegalParam.ChargeType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: charge type.
    IllegalParamChargeType,
    /// `IncorrectStatus.VpcResource`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: vpc resource.
    IncorrectStatusVpcResource,
    /// `IncorrectStatus.VpcOrVswitch`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: vpc or vswitch.
    IncorrectStatusVpcOrVswitch,
    /// `OperationNotSupport.VpcAutoRoutesPublish`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation not support: vpc auto routes publish.
    OperationNotSupportVpcAutoRoutesPublish,
    /// `InvalidOperation.VpnAssociated`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: vpn associated.
    InvalidOperationVpnAssociated,
    /// `IllegalParam.ZoneMappings`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: zone mappings.
    IllegalParamZoneMappings,
    /// `IllegalParam.VSwitchId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: v switch id.
    IllegalParamVSwitchId,
    /// `OperationUnsupported.CloudBoxVswNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: cloud box vsw not support.
    OperationUnsupportedCloudBoxVswNotSupport,
    /// `Duplicated.ZoneMapping`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated: zone mapping.
    DuplicatedZoneMapping,
    /// `QuotaExceeded.CenQuotaVpcAttachPerTransitRouter`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: cen quota vpc attach per transit router.
    QuotaExceededCenQuotaVpcAttachPerTransitRouter,
    /// `InvalidStatus.VpcAttachedFullModeCen`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: vpc attached full mode cen.
    InvalidStatusVpcAttachedFullModeCen,
    /// `InvalidOperation.VpcAutoRoutesPublishInOtherCEN`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: vpc auto routes publish in other CEN.
    InvalidOperationVpcAutoRoutesPublishInOtherCen,
    /// `QuotaExceeded.VpcAutoRoutesPublishPerTransitRouter`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: vpc auto routes publish per transit router.
    QuotaExceededVpcAutoRoutesPublishPerTransitRouter,
    /// `InsufficientIpAddr.vsw`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient ip addr: vsw.
    InsufficientIpAddrVsw,
    /// `IllegalParam.Ipv6Support`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: ipv6 support.
    IllegalParamIpv6Support,
    /// `OperationFailed.VSwitchNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: v switch not found.
    OperationFailedVSwitchNotFound,
    /// `OperationFailed.VSwitchIpv6CidrNotAllocated`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: v switch ipv6 cidr not allocated.
    OperationFailedVSwitchIpv6CidrNotAllocated,
    /// `InvalidVSwitchId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid v switch id: not found.
    InvalidVSwitchIdNotFound,
    /// `InvalidAvailable.NoResource`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid available: no resource.
    InvalidAvailableNoResource,
    /// `OperationUnsupported.VpnAttachment`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: vpn attachment.
    OperationUnsupportedVpnAttachment,
    /// `OperationFailed.AllocateCidrFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: allocate cidr failed.
    OperationFailedAllocateCidrFailed,
    /// `OperationUnsupported.ZoneId`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: zone id.
    OperationUnsupportedZoneId,
    /// `InvalidOperation.VpnNetworkTypeInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: vpn network type invalid.
    InvalidOperationVpnNetworkTypeInvalid,
    /// `QuotaExceeded.CenQuotaVpnAttachPerTransitRouter`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: cen quota vpn attach per transit router.
    QuotaExceededCenQuotaVpnAttachPerTransitRouter,
    /// `OperationFailed.DeleteCenWithCustomRouteTable`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: delete cen with custom route table.
    OperationFailedDeleteCenWithCustomRouteTable,
    /// `OperationFailed.DeleteCenWithRouteEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: delete cen with route entry.
    OperationFailedDeleteCenWithRouteEntry,
    /// `OperationFailed.MulticastDomainExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: multicast domain exist.
    OperationFailedMulticastDomainExist,
    /// `OperationFailed.PrefixListAssociationExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: prefix list association exist.
    OperationFailedPrefixListAssociationExist,
    /// `OperationFailed.AggregationRouteExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: aggregation route exist.
    OperationFailedAggregationRouteExist,
    /// `OperationFailed.TrafficMarkingPolicyExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: traffic marking policy exist.
    OperationFailedTrafficMarkingPolicyExist,
    /// `Forbidden.Release`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: release.
    ForbiddenRelease,
    /// `InvalidOperation.BwpInstanceStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: bwp instance status.
    InvalidOperationBwpInstanceStatus,
    /// `InvalidRouteEntry.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid route entry: not found.
    InvalidRouteEntryNotFound,
    /// `OperationFailed.VpcNotAttachedToCen`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vpc not attached to cen.
    OperationFailedVpcNotAttachedToCen,
    /// `OperationFailed.InvalidChildInstanceType`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: invalid child instance type.
    OperationFailedInvalidChildInstanceType,
    /// `AssociationExist.TransitQosQueueExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Association exist: transit qos queue exist.
    AssociationExistTransitQosQueueExist,
    /// `InvalidTransitQosId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid transit qos id: not found.
    InvalidTransitQosIdNotFound,
    /// `InvalidTrafficQosQueueId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid traffic qos queue id: not found.
    InvalidTrafficQosQueueIdNotFound,
    /// `IncorrectStatus.RouteMap`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: route map.
    IncorrectStatusRouteMap,
    /// `InvalidOperation.CloudRouteNumberInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: cloud route number invalid.
    InvalidOperationCloudRouteNumberInvalid,
    /// `InvalidOperation.CloudRouteStatusNotAllow`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: cloud route status not allow.
    InvalidOperationCloudRouteStatusNotAllow,
    /// `AssociationExist.TransitQosRuleExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Association exist: transit qos rule exist.
    AssociationExistTransitQosRuleExist,
    /// `InstanceNotExist.AggregationRoute`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance not exist: aggregation route.
    InstanceNotExistAggregationRoute,
    /// `OperationFailed.DeleteTransitRouter`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: delete transit router.
    OperationFailedDeleteTransitRouter,
    /// `OperationFailed.CCNAttached`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: CCN attached.
    OperationFailedCcnAttached,
    /// `OperationFailed.BandwidthLimitExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: bandwidth limit exist.
    OperationFailedBandwidthLimitExist,
    /// `IncorrectStatus.CenInstance`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: cen instance.
    IncorrectStatusCenInstance,
    /// `OperationFailed.PrefixListExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: prefix list exist.
    OperationFailedPrefixListExist,
    /// `OperationFailed.TrafficQosPolicyExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: traffic qos policy exist.
    OperationFailedTrafficQosPolicyExist,
    /// `OperationFailed.CloudRouteExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: cloud route exist.
    OperationFailedCloudRouteExist,
    /// `OperationFailed.FlowLogExistOrNisOpened`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: flow log exist or nis opened.
    OperationFailedFlowLogExistOrNisOpened,
    /// `OperationFailed.CidrBlockAllocated`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: cidr block allocated.
    OperationFailedCidrBlockAllocated,
    /// `OperationFailed.CidrNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: cidr not exist.
    OperationFailedCidrNotExist,
    /// `OperationFailed.RouteTableAssociationExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: route table association exist.
    OperationFailedRouteTableAssociationExist,
    /// `OperationFailed.RouteEntryExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: route entry exist.
    OperationFailedRouteEntryExist,
    /// `OperationFailed.RouteTablePropagationExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: route table propagation exist.
    OperationFailedRouteTablePropagationExist,
    /// `OperationFailed.NotSupportForceDelete`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: not support force delete.
    OperationFailedNotSupportForceDelete,
    /// `InvalidOperation.MulticastDomainAssociationExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: multicast domain association exist.
    InvalidOperationMulticastDomainAssociationExist,
    /// `InvalidOperation.MulticastGroupExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: multicast group exist.
    InvalidOperationMulticastGroupExist,
    /// `InvalidOperation.MulticastDomainInGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: multicast domain in group.
    InvalidOperationMulticastDomainInGroup,
    /// `OperationFailed.TrafficQosExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: traffic qos exist.
    OperationFailedTrafficQosExist,
    /// `OperationFailed.MulticastGroupExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: multicast group exist.
    OperationFailedMulticastGroupExist,
    /// `OperationUnsupported.TransitRouterAttachment`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: transit router attachment.
    OperationUnsupportedTransitRouterAttachment,
    /// `OperationFailed.InterRegionCloudRouteEntryExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: inter region cloud route entry exist.
    OperationFailedInterRegionCloudRouteEntryExist,
    /// `IllegalParam.TransitRouterRouteEntryId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: transit router route entry id.
    IllegalParamTransitRouterRouteEntryId,
    /// `OperationFailed.DeleteTransitRouterRouteEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: delete transit router route entry.
    OperationFailedDeleteTransitRouterRouteEntry,
    /// `OperationFailed.DeleteSystemRouteTable`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: delete system route table.
    OperationFailedDeleteSystemRouteTable,
    /// `MissingParam.TransitRouterRouteTableId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: transit router route table id.
    MissingParamTransitRouterRouteTableId,
    /// `OperationFailed.DeleteRouteTableWithAssociation`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: delete route table with association.
    OperationFailedDeleteRouteTableWithAssociation,
    /// `OperationFailed.DeleteRouteTableWithPropagation`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: delete route table with propagation.
    OperationFailedDeleteRouteTableWithPropagation,
    /// `OperationFailed.DeleteRouteTableWithRouteEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: delete route table with route entry.
    OperationFailedDeleteRouteTableWithRouteEntry,
    /// `OperationFailed.DeleteRouteTableWithRouteAggregation`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: delete route table with route aggregation.
    OperationFailedDeleteRouteTableWithRouteAggregation,
    /// `OperationFailed.VbrAttachedVbrHa`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vbr attached vbr ha.
    OperationFailedVbrAttachedVbrHa,
    /// `InstanceReferenced.VpcRouteEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance referenced: vpc route entry.
    InstanceReferencedVpcRouteEntry,
    /// `OperationFailed.VbrWithAllowPrefixes`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vbr with allow prefixes.
    OperationFailedVbrWithAllowPrefixes,
    /// `OperationFailed.AttachmentReferencedVpcRouteEntryExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: attachment referenced vpc route entry existed.
    OperationFailedAttachmentReferencedVpcRouteEntryExisted,
    /// `OperationFailed.MulticastDomainAssociationExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: multicast domain association exist.
    OperationFailedMulticastDomainAssociationExist,
    /// `IncorrectStatus.ResourceStatus`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: resource status.
    IncorrectStatusResourceStatus,
    /// `InvalidTransitRouterMulticastDomainId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid transit router multicast domain id: not found.
    InvalidTransitRouterMulticastDomainIdNotFound,
    /// `InvalidOperation.MulticastDomainStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: multicast domain status.
    InvalidOperationMulticastDomainStatus,
    /// `IncorrectStatus.MulticastGroup`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: multicast group.
    IncorrectStatusMulticastGroup,
    /// `SystemBusy`: HTTP 400; retry: never; category: invalid_argument.
    /// System busy.
    SystemBusy,
    /// `ParameterError`: HTTP 404; retry: never; category: not_found.
    /// Parameter error.
    ParameterError,
    /// `IllegalParam.TagValue`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: tag value.
    IllegalParamTagValue,
    /// `IllegalParam.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: tag key.
    IllegalParamTagKey,
    /// `InvalidTagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag key.
    InvalidTagKey,
    /// `InvalidTagValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag value.
    InvalidTagValue,
    /// `MissingParameter.OwnerIdOrOwnerAccount`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: owner id or owner account.
    MissingParameterOwnerIdOrOwnerAccount,
    /// `InvalidParameter.Interval`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: interval.
    InvalidParameterInterval,
    /// `InvalidParameter.FlowLogVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: flow log version.
    InvalidParameterFlowLogVersion,
    /// `MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `InvalidParameter.RegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: region id.
    InvalidParameterRegionId,
    /// `ParameterIllegal.CenInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal: cen instance id.
    ParameterIllegalCenInstanceId,
    /// `ParameterIllegal.ChildInstanceRegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal: child instance region id.
    ParameterIllegalChildInstanceRegionId,
    /// `VRC_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// VRC ERROR.
    VrcError,
    /// `ParameterIllegal.ChildInstanceType`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal: child instance type.
    ParameterIllegalChildInstanceType,
    /// `ParameterIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal.
    ParameterIllegal,
    /// `Instance.NotExist`: HTTP 404; retry: never; category: not_found.
    /// Instance: not exist.
    InstanceNotExist2,
    /// `InvalidOperation.ChildInstanceStatus`: HTTP 409; retry: never; category: aborted.
    /// Invalid operation: child instance status.
    InvalidOperationChildInstanceStatus,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidChildInstanceId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid child instance id: not found.
    InvalidChildInstanceIdNotFound,
    /// `MissingParam.transitRouterRouteTableId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: transit router route table id.
    MissingParamTransitRouterRouteTableId2,
    /// `IllegalParam.NextToken`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: next token.
    IllegalParamNextToken,
    /// `InstanceNotExist.TransitRouterRouteTable`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance not exist: transit router route table.
    InstanceNotExistTransitRouterRouteTable,
    /// `IllegalParam.TransitRouterRouteTableId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: transit router route table id.
    IllegalParamTransitRouterRouteTableId,
    /// `IllegalParam.AggregationRouteCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: aggregation route cidr.
    IllegalParamAggregationRouteCidr,
    /// `Forbidden.OptimizationCCNExisted`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: optimization CCN existed.
    ForbiddenOptimizationCcnExisted,
    /// `Forbidden.PrivatezoneRouteExisted`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: privatezone route existed.
    ForbiddenPrivatezoneRouteExisted,
    /// `Forbidden.TypeInvalid`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: type invalid.
    ForbiddenTypeInvalid,
    /// `OperationFailed.RIInstanceExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: RI instance exist.
    OperationFailedRiInstanceExist,
    /// `OperationFailed.CenReferencedVpcRouteEntryExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: cen referenced vpc route entry existed.
    OperationFailedCenReferencedVpcRouteEntryExisted,
    /// `OperationUnsupported.DisablePropagation`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: disable propagation.
    OperationUnsupportedDisablePropagation,
    /// `InvalidMulticastDomainId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid multicast domain id: not found.
    InvalidMulticastDomainIdNotFound,
    /// `InstanceStatusNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance status not support.
    InstanceStatusNotSupport,
    /// `OperationUnsupported.dissociateRouteTable`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: dissociate route table.
    OperationUnsupportedDissociateRouteTable,
    /// `IncorrectStatus.TransitRouterConnectPeer`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: transit router connect peer.
    IncorrectStatusTransitRouterConnectPeer,
    /// `Illegal.SourceIpOrTargetIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal: source ip or target ip.
    IllegalSourceIpOrTargetIp,
    /// `OperationFailed.StatusNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: status not support.
    OperationFailedStatusNotSupport,
    /// `OperationFailed.SourceIpUnSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: source ip un supported.
    OperationFailedSourceIpUnSupported,
    /// `InvalidStatus.HealthCheck`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: health check.
    InvalidStatusHealthCheck,
    /// `OperationFailed.IpAddressExhausted`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: ip address exhausted.
    OperationFailedIpAddressExhausted,
    /// `OperationUnsupported.EnablePropagation`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: enable propagation.
    OperationUnsupportedEnablePropagation,
    /// `OperationFailed.TaskConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: task conflict.
    OperationFailedTaskConflict,
    /// `InvalidVbr.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vbr: not found.
    InvalidVbrNotFound,
    /// `InvalidInstanceId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid instance id: not found.
    InvalidInstanceIdNotFound,
    /// `MissingParam.TransitRouterAttachmentId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: transit router attachment id.
    MissingParamTransitRouterAttachmentId,
    /// `MissingParam.ChildInstanceRouteTableId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: child instance route table id.
    MissingParamChildInstanceRouteTableId,
    /// `InvalidParam.RouteFilter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: route filter.
    InvalidParamRouteFilter,
    /// `ResourceNotFound.TransitRouterAttachment`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: transit router attachment.
    ResourceNotFoundTransitRouterAttachment,
    /// `InvalidParam.RoutFilterKey`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: rout filter key.
    InvalidParamRoutFilterKey,
    /// `InvalidParam.CenId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: cen id.
    InvalidParamCenId,
    /// `OperationFailed.CenInstanceStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: cen instance status.
    OperationFailedCenInstanceStatus,
    /// `MissingParam.TransitRouterIdOrTrafficQosPolicyId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: transit router id or traffic qos policy id.
    MissingParamTransitRouterIdOrTrafficQosPolicyId,
    /// `MissingParam.TransitRouterIdOrTrafficQosPolicyIdOrTrafficQosQueueId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: transit router id or traffic qos policy id or traffic qos queue id.
    MissingParamTransitRouterIdOrTrafficQosPolicyIdOrTrafficQosQueueId,
    /// `InvalidParameter.MaxResults`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: max results.
    InvalidParameterMaxResults,
    /// `InvalidVpcId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vpc id: not found.
    InvalidVpcIdNotFound,
    /// `InvalidOperation.MulticastDomainAssociationNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: multicast domain association not exist.
    InvalidOperationMulticastDomainAssociationNotExist,
    /// `MissingParam`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParam,
    /// `InvalidInstanceType.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance type: not found.
    InvalidInstanceTypeNotFound,
    /// `InvalidInstanceIds.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance ids: not found.
    InvalidInstanceIdsNotFound,
    /// `Forbidden.TagKeys`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: tag keys.
    ForbiddenTagKeys,
    /// `QuotaExceeded.TagNum`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: tag num.
    QuotaExceededTagNum,
    /// `InvalidTagScope.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag scope: not found.
    InvalidTagScopeNotFound,
    /// `Forbidden.NotAllowedCategary`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: not allowed categary.
    ForbiddenNotAllowedCategary,
    /// `SizeLimitExceeded.ResourceIdNum`: HTTP 400; retry: never; category: invalid_argument.
    /// Size limit exceeded: resource id num.
    SizeLimitExceededResourceIdNum,
    /// `BothEmpty.TagsAndResources`: HTTP 400; retry: never; category: invalid_argument.
    /// Both empty: tags and resources.
    BothEmptyTagsAndResources,
    /// `MissingParam.TransitRouterIdOrTrafficMarkingPolicyId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: transit router id or traffic marking policy id.
    MissingParamTransitRouterIdOrTrafficMarkingPolicyId,
    /// `IllegalParam.TrInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: tr instance.
    IllegalParamTrInstance,
    /// `IllegalParam.CenIdOrRegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: cen id or region id.
    IllegalParamCenIdOrRegionId,
    /// `IllegalParam.MaxResults`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: max results.
    IllegalParamMaxResults,
    /// `IllegalParam.TransitRouterMulticastDomainId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: transit router multicast domain id.
    IllegalParamTransitRouterMulticastDomainId,
    /// `IllegalParam.RegionIdOrTransitRouterId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: region id or transit router id.
    IllegalParamRegionIdOrTransitRouterId,
    /// `IllegalParam.TransitRouterRouteEntryStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: transit router route entry status.
    IllegalParamTransitRouterRouteEntryStatus,
    /// `ParamExclusive.RouteEntryIdsAndStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Param exclusive: route entry ids and status.
    ParamExclusiveRouteEntryIdsAndStatus,
    /// `FilterKeyDuplicated.RouteFilter`: HTTP 400; retry: never; category: invalid_argument.
    /// Filter key duplicated: route filter.
    FilterKeyDuplicatedRouteFilter,
    /// `InvalidFilterKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid filter key.
    InvalidFilterKey,
    /// `IllegalParam.TransitRouterRouteEntryNextHopType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: transit router route entry next hop type.
    IllegalParamTransitRouterRouteEntryNextHopType,
    /// `IllegalParam.TransitRouterRouteEntryNextHopAttachmentId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: transit router route entry next hop attachment id.
    IllegalParamTransitRouterRouteEntryNextHopAttachmentId,
    /// `IllegalParam.TransitRouterRouteEntryNextHopResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: transit router route entry next hop resource id.
    IllegalParamTransitRouterRouteEntryNextHopResourceId,
    /// `IllegalParam.TransitRouterRouteEntryNextHopResourceType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: transit router route entry next hop resource type.
    IllegalParamTransitRouterRouteEntryNextHopResourceType,
    /// `IllegalParam.TransitRouterRouteEntryOriginResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: transit router route entry origin resource id.
    IllegalParamTransitRouterRouteEntryOriginResourceId,
    /// `IllegalParam.TransitRouterRouteEntryOriginResourceType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: transit router route entry origin resource type.
    IllegalParamTransitRouterRouteEntryOriginResourceType,
    /// `IllegalParam.TransitRouterRouteEntryType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: transit router route entry type.
    IllegalParamTransitRouterRouteEntryType,
    /// `IllegalParam.PrefixExactMatchCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: prefix exact match cidr.
    IllegalParamPrefixExactMatchCidr,
    /// `IllegalParam.LongestPrefixMatchCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: longest prefix match cidr.
    IllegalParamLongestPrefixMatchCidr,
    /// `IllegalParam.SubnetOfMatchCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: subnet of match cidr.
    IllegalParamSubnetOfMatchCidr,
    /// `IllegalParam.SupernetOfMatchCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: supernet of match cidr.
    IllegalParamSupernetOfMatchCidr,
    /// `MissingParam.TransitRouterIdOrTransitRouterRouteTables`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: transit router id or transit router route tables.
    MissingParamTransitRouterIdOrTransitRouterRouteTables,
    /// `InvalidParameterCombination.TransitRouter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter combination: transit router.
    InvalidParameterCombinationTransitRouter,
    /// `InvalidOperation.UnsupportFilterValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: unsupport filter value.
    InvalidOperationUnsupportFilterValue,
    /// `InvalidOperation.UnsupportFilter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: unsupport filter.
    InvalidOperationUnsupportFilter,
    /// `InvalidOperation.EnhanceProtectionLevel`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: enhance protection level.
    InvalidOperationEnhanceProtectionLevel,
    /// `Operation.Failed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation: failed.
    OperationFailed,
    /// `InvalidStatus.Resource`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: resource.
    InvalidStatusResource,
    /// `OperationFailed.InsufficientBalance`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: insufficient balance.
    OperationFailedInsufficientBalance,
    /// `OperationFailed.OperationIsProcessing`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: operation is processing.
    OperationFailedOperationIsProcessing,
    /// `OperationFailed.OrderIsProcessing`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: order is processing.
    OperationFailedOrderIsProcessing,
    /// `OperationFailed.UpDownRadeConfigNoChange`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: up down rade config no change.
    OperationFailedUpDownRadeConfigNoChange,
    /// `InvalidOperation.CenRouteMapExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: cen route map exist.
    InvalidOperationCenRouteMapExist,
    /// `InvalidParameter.FlowLogId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: flow log id.
    InvalidParameterFlowLogId,
    /// `Illegal.Name`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal: name.
    IllegalName,
    /// `Illegal.Description`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal: description.
    IllegalDescription,
    /// `Risk.RiskControlRejection`: HTTP 400; retry: never; category: invalid_argument.
    /// Risk: risk control rejection.
    RiskRiskControlRejection,
    /// `Order.Opened`: HTTP 400; retry: never; category: invalid_argument.
    /// Order: opened.
    OrderOpened,
    /// `OperationFailed.NoAvailablePaymentMethod`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: no available payment method.
    OperationFailedNoAvailablePaymentMethod,
    /// `OperationFailed.BasicInfoUncompleted`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: basic info uncompleted.
    OperationFailedBasicInfoUncompleted,
    /// `PayFor.CreditPayInsufficientBalance`: HTTP 400; retry: never; category: invalid_argument.
    /// Pay for: credit pay insufficient balance.
    PayForCreditPayInsufficientBalance,
    /// `OperationFailed.PurchaseQuantityLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: purchase quantity limit.
    OperationFailedPurchaseQuantityLimit,
    /// `OperationFailed.QuotaNotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: quota not enough.
    OperationFailedQuotaNotEnough,
    /// `OperationFailed.ConcurrentOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: concurrent operation.
    OperationFailedConcurrentOperation,
    /// `OperationFailed.Risk`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: risk.
    OperationFailedRisk,
    /// `OperationFailed.UseStoredCardFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: use stored card failed.
    OperationFailedUseStoredCardFailed,
    /// `EntityNotExist.Account`: HTTP 400; retry: never; category: invalid_argument.
    /// Entity not exist: account.
    EntityNotExistAccount,
    /// `ParameterIllegal.AliUid`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal: ali uid.
    ParameterIllegalAliUid,
    /// `InvalidOperation.NotFoundRoute`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: not found route.
    InvalidOperationNotFoundRoute,
    /// `InvalidOperation.UnsupportRouteTableType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: unsupport route table type.
    InvalidOperationUnsupportRouteTableType,
    /// `IllegalParam.GroupIpAddress`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: group ip address.
    IllegalParamGroupIpAddress,
    /// `IncorrectStatus.MulticastDomainId`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: multicast domain id.
    IncorrectStatusMulticastDomainId,
    /// `InvalidOperation.PeerMulticastDomainRegion`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: peer multicast domain region.
    InvalidOperationPeerMulticastDomainRegion,
    /// `InvalidOperation.BandwidthLimitNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: bandwidth limit not exist.
    InvalidOperationBandwidthLimitNotExist,
    /// `AttachmentNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Attachment not found.
    AttachmentNotFound,
    /// `IncorrectStatus.AttachmentId`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: attachment id.
    IncorrectStatusAttachmentId,
    /// `InstanceExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance exist.
    InstanceExist,
    /// `InvalidOperation.NetworkInterfaceNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: network interface not exist.
    InvalidOperationNetworkInterfaceNotExist,
    /// `InvalidOperation.NTRNetworkInterfaceNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: NTR network interface not support.
    InvalidOperationNtrNetworkInterfaceNotSupport,
    /// `InvalidOperation.MulticastDomainAssociationStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: multicast domain association status.
    InvalidOperationMulticastDomainAssociationStatus,
    /// `InvalidPeerTrMulticastDomainId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid peer tr multicast domain id: not found.
    InvalidPeerTrMulticastDomainIdNotFound,
    /// `IncorrectStatus.PeerTrMulticastDomainId`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: peer tr multicast domain id.
    IncorrectStatusPeerTrMulticastDomainId,
    /// `IllegalParam.PeerTrMulticastDomainId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: peer tr multicast domain id.
    IllegalParamPeerTrMulticastDomainId,
    /// `QuotaFull.MulticastGroupPerDomain`: HTTP 400; retry: never; category: invalid_argument.
    /// Quota full: multicast group per domain.
    QuotaFullMulticastGroupPerDomain,
    /// `QuotaFull.MulticastMemberPerGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Quota full: multicast member per group.
    QuotaFullMulticastMemberPerGroup,
    /// `QuotaFull.MulticastPeerMemberPerGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Quota full: multicast peer member per group.
    QuotaFullMulticastPeerMemberPerGroup,
    /// `InvalidOperation.PeerMulticastDomainSource`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: peer multicast domain source.
    InvalidOperationPeerMulticastDomainSource,
    /// `QuotaFull.MulticastSourcePerGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Quota full: multicast source per group.
    QuotaFullMulticastSourcePerGroup,
    /// `IncorrectStatus.ConnectPeerIds`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: connect peer ids.
    IncorrectStatusConnectPeerIds,
    /// `InvalidConnectPeerIds.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid connect peer ids: not found.
    InvalidConnectPeerIdsNotFound,
    /// `IllegalParam.TrafficMarkingRuleIds`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: traffic marking rule ids.
    IllegalParamTrafficMarkingRuleIds,
    /// `OperationUnsupported.TransitAttachment`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: transit attachment.
    OperationUnsupportedTransitAttachment,
    /// `IncorrectStatus.Status`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: status.
    IncorrectStatusStatus,
    /// `ParameterIllegal.Ipv6CloudRouteCidrNotAllow`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal: ipv6 cloud route cidr not allow.
    ParameterIllegalIpv6CloudRouteCidrNotAllow,
    /// `ParameterIllegal.AccessRegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal: access region id.
    ParameterIllegalAccessRegionId,
    /// `ParameterIllegal.CloudRouteHost`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal: cloud route host.
    ParameterIllegalCloudRouteHost,
    /// `ParameterIllegal.ClouteRouteNotSupportIpv6`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal: cloute route not support ipv6.
    ParameterIllegalClouteRouteNotSupportIpv6,
    /// `ParameterIllegal.ClouteRouteCidrNotAllow`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal: cloute route cidr not allow.
    ParameterIllegalClouteRouteCidrNotAllow,
    /// `CloudRoute.Exist`: HTTP 400; retry: never; category: invalid_argument.
    /// Cloud route: exist.
    CloudRouteExist,
    /// `ParameterIllegal.Host`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal: host.
    ParameterIllegalHost,
    /// `CloudRoute.Conflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Cloud route: conflict.
    CloudRouteConflict,
    /// `CloudRoute.VpcNotAttached`: HTTP 400; retry: never; category: invalid_argument.
    /// Cloud route: vpc not attached.
    CloudRouteVpcNotAttached,
    /// `ParameterIllegal.AccessRegionIdNoCCN`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal: access region id no CCN.
    ParameterIllegalAccessRegionIdNoCcn,
    /// `OperationUnsupported.CrossRegionNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: cross region not support.
    OperationUnsupportedCrossRegionNotSupport,
    /// `Forbidden.PrivatezoneServiceNotAuthorize`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: privatezone service not authorize.
    ForbiddenPrivatezoneServiceNotAuthorize,
    /// `InvalidOperation.PvtzNotAssociatedWithVpc`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: pvtz not associated with vpc.
    InvalidOperationPvtzNotAssociatedWithVpc,
    /// `InvalidOperation.PrivatezoneRouteExisted`: HTTP 409; retry: never; category: aborted.
    /// Invalid operation: privatezone route existed.
    InvalidOperationPrivatezoneRouteExisted,
    /// `InvalidOperation.VpcNotAttachedToCen`: HTTP 409; retry: never; category: aborted.
    /// Invalid operation: vpc not attached to cen.
    InvalidOperationVpcNotAttachedToCen,
    /// `InvalidOperation.UnmatchRouteInVpcRegion`: HTTP 409; retry: never; category: aborted.
    /// Invalid operation: unmatch route in vpc region.
    InvalidOperationUnmatchRouteInVpcRegion,
    /// `MissingParam.CbnBandwidthPackageId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: cbn bandwidth package id.
    MissingParamCbnBandwidthPackageId,
    /// `AttrMismatching.CbnBandwidthPackageId`: HTTP 400; retry: never; category: invalid_argument.
    /// Attr mismatching: cbn bandwidth package id.
    AttrMismatchingCbnBandwidthPackageId,
    /// `OperationFailed.InvalidOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: invalid operation.
    OperationFailedInvalidOperation,
    /// `OperationUnsupported.Attachment`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: attachment.
    OperationUnsupportedAttachment,
    /// `InvalidOperation.UnsupportChargeType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: unsupport charge type.
    InvalidOperationUnsupportChargeType,
    /// `OperationUnsupported.TrafficQosPolicyExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: traffic qos policy exist.
    OperationUnsupportedTrafficQosPolicyExist,
    /// `ParamExclusive.BandwidthTypeAndCenBandwidthPackageId`: HTTP 400; retry: never; category: invalid_argument.
    /// Param exclusive: bandwidth type and cen bandwidth package id.
    ParamExclusiveBandwidthTypeAndCenBandwidthPackageId,
    /// `IdentityRegistrationStatusNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Identity registration status not support.
    IdentityRegistrationStatusNotSupport,
    /// `MissingParameter.TagValue`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: tag value.
    MissingParameterTagValue,
    /// `DuplicatedParam.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated param: tag key.
    DuplicatedParamTagKey,
    /// `IllegalParamLength.Tag`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal param length: tag.
    IllegalParamLengthTag,
    /// `MissingParameter.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: tag key.
    MissingParameterTagKey,
    /// `Duplicated.AddTrafficMatchRules`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated: add traffic match rules.
    DuplicatedAddTrafficMatchRules,
    /// `Duplicated.DeleteTrafficMatchRulese`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated: delete traffic match rulese.
    DuplicatedDeleteTrafficMatchRulese,
    /// `InstanceExist.AddTrafficMatchRules`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance exist: add traffic match rules.
    InstanceExistAddTrafficMatchRules,
    /// `Duplicated.AddTrafficMatchRulesAndDeleteTrafficMatchRules`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated: add traffic match rules and delete traffic match rules.
    DuplicatedAddTrafficMatchRulesAndDeleteTrafficMatchRules,
    /// `InvalidDeleteTrafficMatchRules.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid delete traffic match rules: not found.
    InvalidDeleteTrafficMatchRulesNotFound,
    /// `IncorrectStatus.TransitRouterAttachment`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: transit router attachment.
    IncorrectStatusTransitRouterAttachment,
    /// `OperationInvalid.AttachmentReferencedIPv6RouteEntryExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation invalid: attachment referenced IPv6 route entry existed.
    OperationInvalidAttachmentReferencedIPv6RouteEntryExisted,
    /// `OperationInvalid.AttachmentReferencedVpcIPv6RouteEntryExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation invalid: attachment referenced vpc IPv6 route entry existed.
    OperationInvalidAttachmentReferencedVpcIPv6RouteEntryExisted,
    /// `OperationInvalid.EniReferencedIPv6RouteEntryExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation invalid: eni referenced IPv6 route entry existed.
    OperationInvalidEniReferencedIPv6RouteEntryExisted,
    /// `IllegalParam.AddOrRemoveZoneMappings`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: add or remove zone mappings.
    IllegalParamAddOrRemoveZoneMappings,
    /// `OperationDenied.RouteEntryOnEni`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: route entry on eni.
    OperationDeniedRouteEntryOnEni,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 483] = [
        "ProjectOrLogstoreNotExist",
        "SourceProjectNotExist",
        "OperationUnsupported.action",
        "RuleExist",
        "QuotaExceeded.FlowlogCount",
        "InvalidFlowlogId.exist",
        "InvalidFlowlogId.NotFound",
        "IncorrectStatus.flowlog",
        "IncorrectStatus.TrFlowlog",
        "InvalidParameter",
        "Unauthorized",
        "InvalidTrafficMarkingPolicyId.NotFound",
        "IllegalParam.SrcCidr",
        "IncorrectStatus.TrafficMarkingPolicy",
        "IllegalParam.DstCidr",
        "IllegalParam.Protocol",
        "Duplicated.TrafficMatchRules",
        "InstanceExist.TrafficMatchRules",
        "MissingParam.TrafficMatchRules",
        "IllegalParam.SrcPortRange",
        "IllegalParam.DstPortRange",
        "AttrMismatching.CidrAddressFamily",
        "IllegalParam.AddressFamily",
        "AttrMismatching.SrcCidrDstCidr",
        "AttrMismatching.CidrProtocol",
        "InvalidTransitRouterMode.NeedUpgrade",
        "IncorrectStatus.TransitRouter",
        "OperationFailed.SetPostPay95BandwidthLimitError",
        "OperationInvalid.UserCanNotUseBwp",
        "AssociationExist.TransitRouterTable",
        "IllegalParam.TransitRouterTableType",
        "OperationFailed.TransitRouterType",
        "IncorrectStatus.AttachmentOrRouteTable",
        "IllegalParam.TransitRouterTableId",
        "OperationUnsupported.Associate",
        "InvalidRouteTableId.NotFound",
        "InvalidAttachmentId.NotFound",
        "InvalidMulticastDomain.NotFound",
        "IncorrectStatus.MulticastDomain",
        "IllegalParam.AttachmentId",
        "IncorrectStatus.Attachment",
        "MissingParam.VSwitchIds",
        "InstanceNotExist",
        "OperationUnsupported.CloudBoxVpc",
        "AssociationExist.VSwitchIds",
        "QuotaFull.VswitchPerMulticastDomain",
        "DryRunOperation",
        "OperationUnsupported.VpcRegion",
        "OperationUnsupported.AdvancedFeature",
        "Forbbiden.AttachChildInstanceAcrossBid",
        "IncorrectStatus.VpcSwitch",
        "Forbbiden.CloudBoxVSwitchExist",
        "OperationFailed.InvalidVpcStatus",
        "OperationFailed.InvalidTransitRouter",
        "OperationUnsupported.CenFullLevel",
        "IncorrectStatus.VpcRouteTable",
        "Forbidden.AttachChildInstance",
        "Bid.NotFound",
        "Operation.FailedAndTryAgain",
        "InvalidOperation.ChildInstanceRIAlreadyExist",
        "Forbbiden.AttachChildInstanceAcrossUid",
        "InvalidOperation.ChildInstanceAlreadyAttached",
        "InvalidOperation.CenAlreadyAutoPubilshRouteToInstance",
        "USER_NOT_OPEN_TR_SERVICE",
        "IllegalParam.ResourceGroupId",
        "UnSupported.ChargeType",
        "ParameterIllegal.BandwidthPackage",
        "OperationInvalid.UserCanNotBuyCrossBorderBwp",
        "OperationInvalid.UserCanNotBuyBwp",
        "PayFor.AccountMoneyValidateError",
        "Forbidden.VpcAsInternetGateway",
        "InvalidCIDRBlock.Duplicate",
        "InvalidCidrBlock.Malformed",
        "OperationFailed.RouteConflict",
        "InvalidOperation.UnsupportnexthopType",
        "IncorrectStatus.VpcRouteEntry",
        "OperationDenied.RouteTableTypeNotPermitted",
        "AssociationExist.TrafficQos",
        "InvalidTransitRouterId.NotFound",
        "IllegalParam.TransitRouterAttachmentId",
        "IllegalParam.RemainBandwidthPercent",
        "IncorrectStatus.TrafficQosPolicy",
        "Duplicated.Dscps",
        "InvalidDescription",
        "InvalidName",
        "InvalidTrafficQosPolicyId.NotFound",
        "Forbidden.CenRouteMapExist",
        "Invid.Parameter",
        "InvalidOperation.NoEffictiveAction",
        "IncorrectStatus.TransitRouterInstance",
        "IllegalParam.ZoneId",
        "Flowlog.AlreayExist",
        "InvalidTransitRouterAttachmentId.NotFound",
        "InvalidOperation.TransitRouterNotExist",
        "IncorrectStatus.TransitRouterAttachmentId",
        "ProjectExist",
        "InvalidParameter.ProjectName",
        "OperationInvalid.IncompatibleFlowlogExist",
        "InvalidParameter.LogFormatString",
        "NoPermission.AliyunServiceRoleForTRFlowLog",
        "IllegalParam.Priority",
        "IllegalParam.MarkingDscp",
        "Duplicated.Priority",
        "Duplicated.MarkingDscp",
        "QuotaExceeded.TrafficMatchRule",
        "IllegalParam.MatchDscp",
        "InvalidOperation.RegionNotSupport",
        "InstanceExist.AggregationRoute",
        "InstanceNotExist.TransitRouteTable",
        "IncorrectStatus.TransitRouteTable",
        "QuotaExceeded.AggregationRoute",
        "InstanceNotExist.TransitRouter",
        "OperationUnsupported.TransitRouterType",
        "OperationUnsupported.ServiceMode",
        "InvalidCidrBlock",
        "RouteConflict",
        "InvalidOperation.InstanceNotSupportIPv6Route",
        "IllegalParam.TransitRouteTableAggregationCidr",
        "OperationUnsupported.RegionId",
        "InstanceExist.TransitRouterInstance",
        "Forbbiden.TransitRouterServiceNotOpen",
        "OperationUnsupported.SupportMulticast",
        "IllegalParam.Cidr",
        "Illegal.TrType",
        "OperationUnsupported.TransitRouterCidrList",
        "OperationFailed.CidrConflict",
        "IllegalParam.Region",
        "OverLappingExist.Cidr",
        "IllegalParam.ServiceMode",
        "ParamExclusive.ServiceModeAndSupportMulticast",
        "ParamExclusive.ServiceModeAndTransitRouterCidrList",
        "OperationUnsupported.Tag",
        "IllegalParam.SupportMulticast",
        "ParamExclusive.BasicAndPrimaryStandby",
        "ParamExclusive.BasicAndMultiPrimary",
        "OperationUnsupported.TransitRouterCidr",
        "IllegalParam.RegionId",
        "NoPermission.AliyunServiceRolePolicyForCEN",
        "OperationUnsupported.TransitRouterRegionId",
        "InvalidCenId.NotFound",
        "InvalidStatus.ResourceStatus",
        "MissingParam.CenIdOrRegionId",
        "IllegalParam.AssociateRouteTableId",
        "InvalidOperation.CenInstanceStatus",
        "QuotaFull.ChildInstanceRelatedCen",
        "Forbidden.ResourceOwnerTransitRouterServiceNotOpen",
        "OperationUnsupported.BandwidthType",
        "IllegalParam.BandwidthType",
        "IncorrectStatus.EcrResource",
        "QuotaExceeded.CenQuotaEcrAttachPerTransitRouter",
        "IllegalParam.TransitRouterId",
        "IllegalParam.CenId",
        "InvalidOperation.CENInstanceStatus",
        "OperationUnsupported.TransitRouterSupportMulticast",
        "IncorrectStatus.Cen",
        "QuotaExceeded.MulticastDomain",
        "IllegalParam.PeerTransitRouterId",
        "OperationUnsupported.TransitRouterId",
        "MissingParam.Bandwidth",
        "IllegalParam.Bandwidth",
        "OperationUnsupported.BandwidthHS",
        "OperationUnsupported.CloudDataTransferService",
        "InvalidPeerTransitRouterId.NotFound",
        "IllegalParam.PeerRegionId",
        "IllegalParam.TransitRouterRegionId",
        "InvalidOperation.BwpNotAssociated",
        "InvalidOperation.BwpBusinessStatus",
        "IllegalParam.CenBandwidthPackageId",
        "InvalidOperation.BwpBandwidthExceeded",
        "ParameterIllegal.CdtDefaultLinkTypeOnlySupportPlatinumOrGold",
        "ParameterIllegal.BandwidthPackageDefaultLinkTypeOnlySupportGold",
        "ParameterIllegal.CdtDefaultLinkTypeOnlySupportGold",
        "OperationNotAllowed.DefaultLinkTypeOnlySupportGold",
        "OperationInvalid.IdentityRegistrationStatusNotSupport",
        "InvalidOperation.OnlyOneRegionSupportIpv6",
        "InvalidOperation",
        "ResourceNotSupport.CCN",
        "ResourceNotFound.PrefixlistCidrs",
        "ResourceNotFound.Nexthop",
        "ResourceExisted.PrefixlistAssociation",
        "ResourceNotFound.PrefixlistAssociation",
        "ResourceConflict.Route",
        "MultipleFound.PrefixlistAssociation",
        "QuotaReached.Route",
        "InvalidStatus.PrefixlistAssociation",
        "NotSupport.TrType",
        "InvalidValue.PrefixlistCidr",
        "ResourceNotSupport.Nexthop",
        "ResourceMismatch.Nexthop",
        "ResourceNotFound.PrefixList",
        "OperationDenied.SystemPrefixList",
        "OperationFailed.OperateShareResource",
        "InvalidStatus.Prefixlist",
        "RegionNotSupport.Prefixlist",
        "OperationFailed.TransitRouterNotExist",
        "IncorrectStatus.RouteTable",
        "InvalidTransitRouterRouteTableId.NotFound",
        "TransitRouterRouteEntryNextHopId.NotFound",
        "OperationFailed.CreateRouteEntryWithCCNAttachment",
        "QuotaExceeded.TransitRouterRoutEntry",
        "IllegalParam.TransitRouterDestinationCidrBlock",
        "InstanceExist.TransitRouterRouteEntry",
        "IncorrectStatus.TransitRouterRouteTable",
        "ParamExclusive.RouteEntryIdAndRouteTableIdOrDestCidrBlock",
        "IllegalParam.NextHopType",
        "MissingParam.TransitRouterRouteEntryNextHopId",
        "InvalidTransitRouterRouteEntryNextHopId.NotFound",
        "OperationFailed.CreateRouteEntryWithSameDestinationCidrBlock",
        "InvalidDestinationCidrBlock.NotFound",
        "OperationFailed.CreateRouteEntryWithConnectAttachment",
        "ParamExclusive.NextHopTypeBlackHoleAndNextHopId",
        "OperationFailed.CreateTransitRouterRouteEntryWithVPCAttachment",
        "OperationFailed.CreateTransitRouterRouteEntryWithVPNAttachment",
        "OperationFailed.CCNTrNotSupport",
        "MissingParam.TransitRouterId",
        "OperationFailed.BasicTrNotSupport",
        "QuotaExceeded.TransitRouterRoutTable",
        "OperationUnsupported.MultiRegionEcmp",
        "IncorrectStatus.Vpc",
        "Forbidden.VbrDeviceModel",
        "OperationUnsupported.VbrAttachment",
        "OperationUnsupported.CloudBoxVbrNotSupport",
        "IncorrectStatus.VbrResource",
        "QuotaExceeded.CenQuotaVbrAttachPerTransitRouter",
        "NoPermission.AliyunServiceRoleForCEN",
        "IllegalParam.ChargeType",
        "IncorrectStatus.VpcResource",
        "IncorrectStatus.VpcOrVswitch",
        "OperationNotSupport.VpcAutoRoutesPublish",
        "InvalidOperation.VpnAssociated",
        "IllegalParam.ZoneMappings",
        "IllegalParam.VSwitchId",
        "OperationUnsupported.CloudBoxVswNotSupport",
        "Duplicated.ZoneMapping",
        "QuotaExceeded.CenQuotaVpcAttachPerTransitRouter",
        "InvalidStatus.VpcAttachedFullModeCen",
        "InvalidOperation.VpcAutoRoutesPublishInOtherCEN",
        "QuotaExceeded.VpcAutoRoutesPublishPerTransitRouter",
        "InsufficientIpAddr.vsw",
        "IllegalParam.Ipv6Support",
        "OperationFailed.VSwitchNotFound",
        "OperationFailed.VSwitchIpv6CidrNotAllocated",
        "InvalidVSwitchId.NotFound",
        "InvalidAvailable.NoResource",
        "OperationUnsupported.VpnAttachment",
        "OperationFailed.AllocateCidrFailed",
        "OperationUnsupported.ZoneId",
        "InvalidOperation.VpnNetworkTypeInvalid",
        "QuotaExceeded.CenQuotaVpnAttachPerTransitRouter",
        "OperationFailed.DeleteCenWithCustomRouteTable",
        "OperationFailed.DeleteCenWithRouteEntry",
        "OperationFailed.MulticastDomainExist",
        "OperationFailed.PrefixListAssociationExist",
        "OperationFailed.AggregationRouteExist",
        "OperationFailed.TrafficMarkingPolicyExist",
        "Forbidden.Release",
        "InvalidOperation.BwpInstanceStatus",
        "InvalidRouteEntry.NotFound",
        "OperationFailed.VpcNotAttachedToCen",
        "OperationFailed.InvalidChildInstanceType",
        "AssociationExist.TransitQosQueueExist",
        "InvalidTransitQosId.NotFound",
        "InvalidTrafficQosQueueId.NotFound",
        "IncorrectStatus.RouteMap",
        "InvalidOperation.CloudRouteNumberInvalid",
        "InvalidOperation.CloudRouteStatusNotAllow",
        "AssociationExist.TransitQosRuleExist",
        "InstanceNotExist.AggregationRoute",
        "OperationFailed.DeleteTransitRouter",
        "OperationFailed.CCNAttached",
        "OperationFailed.BandwidthLimitExist",
        "IncorrectStatus.CenInstance",
        "OperationFailed.PrefixListExist",
        "OperationFailed.TrafficQosPolicyExist",
        "OperationFailed.CloudRouteExist",
        "OperationFailed.FlowLogExistOrNisOpened",
        "OperationFailed.CidrBlockAllocated",
        "OperationFailed.CidrNotExist",
        "OperationFailed.RouteTableAssociationExist",
        "OperationFailed.RouteEntryExist",
        "OperationFailed.RouteTablePropagationExist",
        "OperationFailed.NotSupportForceDelete",
        "InvalidOperation.MulticastDomainAssociationExist",
        "InvalidOperation.MulticastGroupExist",
        "InvalidOperation.MulticastDomainInGroup",
        "OperationFailed.TrafficQosExist",
        "OperationFailed.MulticastGroupExist",
        "OperationUnsupported.TransitRouterAttachment",
        "OperationFailed.InterRegionCloudRouteEntryExist",
        "IllegalParam.TransitRouterRouteEntryId",
        "OperationFailed.DeleteTransitRouterRouteEntry",
        "OperationFailed.DeleteSystemRouteTable",
        "MissingParam.TransitRouterRouteTableId",
        "OperationFailed.DeleteRouteTableWithAssociation",
        "OperationFailed.DeleteRouteTableWithPropagation",
        "OperationFailed.DeleteRouteTableWithRouteEntry",
        "OperationFailed.DeleteRouteTableWithRouteAggregation",
        "OperationFailed.VbrAttachedVbrHa",
        "InstanceReferenced.VpcRouteEntry",
        "OperationFailed.VbrWithAllowPrefixes",
        "OperationFailed.AttachmentReferencedVpcRouteEntryExisted",
        "OperationFailed.MulticastDomainAssociationExist",
        "IncorrectStatus.ResourceStatus",
        "InvalidTransitRouterMulticastDomainId.NotFound",
        "InvalidOperation.MulticastDomainStatus",
        "IncorrectStatus.MulticastGroup",
        "SystemBusy",
        "ParameterError",
        "IllegalParam.TagValue",
        "IllegalParam.TagKey",
        "InvalidTagKey",
        "InvalidTagValue",
        "MissingParameter.OwnerIdOrOwnerAccount",
        "InvalidParameter.Interval",
        "InvalidParameter.FlowLogVersion",
        "MissingParameter",
        "InvalidParameter.RegionId",
        "ParameterIllegal.CenInstanceId",
        "ParameterIllegal.ChildInstanceRegionId",
        "VRC_ERROR",
        "ParameterIllegal.ChildInstanceType",
        "ParameterIllegal",
        "Instance.NotExist",
        "InvalidOperation.ChildInstanceStatus",
        "InternalError",
        "InvalidChildInstanceId.NotFound",
        "MissingParam.transitRouterRouteTableId",
        "IllegalParam.NextToken",
        "InstanceNotExist.TransitRouterRouteTable",
        "IllegalParam.TransitRouterRouteTableId",
        "IllegalParam.AggregationRouteCidr",
        "Forbidden.OptimizationCCNExisted",
        "Forbidden.PrivatezoneRouteExisted",
        "Forbidden.TypeInvalid",
        "OperationFailed.RIInstanceExist",
        "OperationFailed.CenReferencedVpcRouteEntryExisted",
        "OperationUnsupported.DisablePropagation",
        "InvalidMulticastDomainId.NotFound",
        "InstanceStatusNotSupport",
        "OperationUnsupported.dissociateRouteTable",
        "IncorrectStatus.TransitRouterConnectPeer",
        "Illegal.SourceIpOrTargetIp",
        "OperationFailed.StatusNotSupport",
        "OperationFailed.SourceIpUnSupported",
        "InvalidStatus.HealthCheck",
        "OperationFailed.IpAddressExhausted",
        "OperationUnsupported.EnablePropagation",
        "OperationFailed.TaskConflict",
        "InvalidVbr.NotFound",
        "InvalidInstanceId.NotFound",
        "MissingParam.TransitRouterAttachmentId",
        "MissingParam.ChildInstanceRouteTableId",
        "InvalidParam.RouteFilter",
        "ResourceNotFound.TransitRouterAttachment",
        "InvalidParam.RoutFilterKey",
        "InvalidParam.CenId",
        "OperationFailed.CenInstanceStatus",
        "MissingParam.TransitRouterIdOrTrafficQosPolicyId",
        "MissingParam.TransitRouterIdOrTrafficQosPolicyIdOrTrafficQosQueueId",
        "InvalidParameter.MaxResults",
        "InvalidVpcId.NotFound",
        "InvalidOperation.MulticastDomainAssociationNotExist",
        "MissingParam",
        "InvalidInstanceType.NotFound",
        "InvalidInstanceIds.NotFound",
        "Forbidden.TagKeys",
        "QuotaExceeded.TagNum",
        "InvalidTagScope.NotFound",
        "Forbidden.NotAllowedCategary",
        "SizeLimitExceeded.ResourceIdNum",
        "BothEmpty.TagsAndResources",
        "MissingParam.TransitRouterIdOrTrafficMarkingPolicyId",
        "IllegalParam.TrInstance",
        "IllegalParam.CenIdOrRegionId",
        "IllegalParam.MaxResults",
        "IllegalParam.TransitRouterMulticastDomainId",
        "IllegalParam.RegionIdOrTransitRouterId",
        "IllegalParam.TransitRouterRouteEntryStatus",
        "ParamExclusive.RouteEntryIdsAndStatus",
        "FilterKeyDuplicated.RouteFilter",
        "InvalidFilterKey",
        "IllegalParam.TransitRouterRouteEntryNextHopType",
        "IllegalParam.TransitRouterRouteEntryNextHopAttachmentId",
        "IllegalParam.TransitRouterRouteEntryNextHopResourceId",
        "IllegalParam.TransitRouterRouteEntryNextHopResourceType",
        "IllegalParam.TransitRouterRouteEntryOriginResourceId",
        "IllegalParam.TransitRouterRouteEntryOriginResourceType",
        "IllegalParam.TransitRouterRouteEntryType",
        "IllegalParam.PrefixExactMatchCidr",
        "IllegalParam.LongestPrefixMatchCidr",
        "IllegalParam.SubnetOfMatchCidr",
        "IllegalParam.SupernetOfMatchCidr",
        "MissingParam.TransitRouterIdOrTransitRouterRouteTables",
        "InvalidParameterCombination.TransitRouter",
        "InvalidOperation.UnsupportFilterValue",
        "InvalidOperation.UnsupportFilter",
        "InvalidOperation.EnhanceProtectionLevel",
        "Operation.Failed",
        "InvalidStatus.Resource",
        "OperationFailed.InsufficientBalance",
        "OperationFailed.OperationIsProcessing",
        "OperationFailed.OrderIsProcessing",
        "OperationFailed.UpDownRadeConfigNoChange",
        "InvalidOperation.CenRouteMapExist",
        "InvalidParameter.FlowLogId",
        "Illegal.Name",
        "Illegal.Description",
        "Risk.RiskControlRejection",
        "Order.Opened",
        "OperationFailed.NoAvailablePaymentMethod",
        "OperationFailed.BasicInfoUncompleted",
        "PayFor.CreditPayInsufficientBalance",
        "OperationFailed.PurchaseQuantityLimit",
        "OperationFailed.QuotaNotEnough",
        "OperationFailed.ConcurrentOperation",
        "OperationFailed.Risk",
        "OperationFailed.UseStoredCardFailed",
        "EntityNotExist.Account",
        "ParameterIllegal.AliUid",
        "InvalidOperation.NotFoundRoute",
        "InvalidOperation.UnsupportRouteTableType",
        "IllegalParam.GroupIpAddress",
        "IncorrectStatus.MulticastDomainId",
        "InvalidOperation.PeerMulticastDomainRegion",
        "InvalidOperation.BandwidthLimitNotExist",
        "AttachmentNotFound",
        "IncorrectStatus.AttachmentId",
        "InstanceExist",
        "InvalidOperation.NetworkInterfaceNotExist",
        "InvalidOperation.NTRNetworkInterfaceNotSupport",
        "InvalidOperation.MulticastDomainAssociationStatus",
        "InvalidPeerTrMulticastDomainId.NotFound",
        "IncorrectStatus.PeerTrMulticastDomainId",
        "IllegalParam.PeerTrMulticastDomainId",
        "QuotaFull.MulticastGroupPerDomain",
        "QuotaFull.MulticastMemberPerGroup",
        "QuotaFull.MulticastPeerMemberPerGroup",
        "InvalidOperation.PeerMulticastDomainSource",
        "QuotaFull.MulticastSourcePerGroup",
        "IncorrectStatus.ConnectPeerIds",
        "InvalidConnectPeerIds.NotFound",
        "IllegalParam.TrafficMarkingRuleIds",
        "OperationUnsupported.TransitAttachment",
        "IncorrectStatus.Status",
        "ParameterIllegal.Ipv6CloudRouteCidrNotAllow",
        "ParameterIllegal.AccessRegionId",
        "ParameterIllegal.CloudRouteHost",
        "ParameterIllegal.ClouteRouteNotSupportIpv6",
        "ParameterIllegal.ClouteRouteCidrNotAllow",
        "CloudRoute.Exist",
        "ParameterIllegal.Host",
        "CloudRoute.Conflict",
        "CloudRoute.VpcNotAttached",
        "ParameterIllegal.AccessRegionIdNoCCN",
        "OperationUnsupported.CrossRegionNotSupport",
        "Forbidden.PrivatezoneServiceNotAuthorize",
        "InvalidOperation.PvtzNotAssociatedWithVpc",
        "InvalidOperation.PrivatezoneRouteExisted",
        "InvalidOperation.VpcNotAttachedToCen",
        "InvalidOperation.UnmatchRouteInVpcRegion",
        "MissingParam.CbnBandwidthPackageId",
        "AttrMismatching.CbnBandwidthPackageId",
        "OperationFailed.InvalidOperation",
        "OperationUnsupported.Attachment",
        "InvalidOperation.UnsupportChargeType",
        "OperationUnsupported.TrafficQosPolicyExist",
        "ParamExclusive.BandwidthTypeAndCenBandwidthPackageId",
        "IdentityRegistrationStatusNotSupport",
        "MissingParameter.TagValue",
        "DuplicatedParam.TagKey",
        "IllegalParamLength.Tag",
        "MissingParameter.TagKey",
        "Duplicated.AddTrafficMatchRules",
        "Duplicated.DeleteTrafficMatchRulese",
        "InstanceExist.AddTrafficMatchRules",
        "Duplicated.AddTrafficMatchRulesAndDeleteTrafficMatchRules",
        "InvalidDeleteTrafficMatchRules.NotFound",
        "IncorrectStatus.TransitRouterAttachment",
        "OperationInvalid.AttachmentReferencedIPv6RouteEntryExisted",
        "OperationInvalid.AttachmentReferencedVpcIPv6RouteEntryExisted",
        "OperationInvalid.EniReferencedIPv6RouteEntryExisted",
        "IllegalParam.AddOrRemoveZoneMappings",
        "OperationDenied.RouteEntryOnEni",
    ];
    static NAME_CODES: [u32; 27] = [
        2, 5, 7, 59, 63, 71, 99, 137, 152, 160, 176, 198, 211, 212, 213, 224, 236, 238,
        269, 319, 322, 326, 331, 334, 339, 429, 453,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "OperationUnsupportedActionInvalidFlowlogIdExistIncorrectStatusFlowlogInvalidOperationChildInstanceRiAlreadyExistUserNotOpenTrServiceInvalidCidrBlockDuplicateNoPermissionAliyunServiceRoleForTrFlowLogNoPermissionAliyunServiceRolePolicyForCenInvalidOperationCenInstanceStatus2OperationUnsupportedBandwidthHsResourceNotSupportCcnOperationFailedCreateRouteEntryWithCcnAttachmentOperationFailedCreateTransitRouterRouteEntryWithVpcAttachmentOperationFailedCreateTransitRouterRouteEntryWithVpnAttachmentOperationFailedCcnTrNotSupportNoPermissionAliyunServiceRoleForCenInvalidOperationVpcAutoRoutesPublishInOtherCenInsufficientIpAddrVswOperationFailedCcnAttachedVrcErrorInstanceNotExist2MissingParamTransitRouterRouteTableId2ForbiddenOptimizationCcnExistedOperationFailedRiInstanceExistOperationUnsupportedDissociateRouteTableInvalidOperationNtrNetworkInterfaceNotSupportParameterIllegalAccessRegionIdNoCcn",
        ends: &[
            0, 26, 47, 69, 112, 132, 157, 198, 239, 273, 304, 325, 373, 434, 495, 525,
            560, 606, 627, 653, 661, 678, 716, 747, 777, 817, 862, 897,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Project or logstore not exist.Source project not exist.Operation unsupported: action.Rule exist.A quota was exceeded: flowlog count.Invalid flowlog id: exist.Invalid flowlog id: not found.The resource is not in a state that allows this: flowlog.The resource is not in a state that allows this: tr flowlog.A parameter is invalid.The request is not authorized.Invalid traffic marking policy id: not found.A parameter is not allowed: src cidr.The resource is not in a state that allows this: traffic marking policy.A parameter is not allowed: dst cidr.A parameter is not allowed: protocol.Duplicated: traffic match rules.Instance exist: traffic match rules.A required parameter is missing: traffic match rules.A parameter is not allowed: src port range.A parameter is not allowed: dst port range.Attr mismatching: cidr address family.A parameter is not allowed: address family.Attr mismatching: src cidr dst cidr.Attr mismatching: cidr protocol.Invalid transit router mode: need upgrade.The resource is not in a state that allows this: transit router.Operation failed: set post pay95 bandwidth limit error.Operation invalid: user can not use bwp.Association exist: transit router table.A parameter is not allowed: transit router table type.Operation failed: transit router type.The resource is not in a state that allows this: attachment or route table.A parameter is not allowed: transit router table id.Operation unsupported: associate.Invalid route table id: not found.Invalid attachment id: not found.Invalid multicast domain: not found.The resource is not in a state that allows this: multicast domain.A parameter is not allowed: attachment id.The resource is not in a state that allows this: attachment.A required parameter is missing: v switch ids.Instance not exist.Operation unsupported: cloud box vpc.Association exist: v switch ids.Quota full: vswitch per multicast domain.Dry run operation.Operation unsupported: vpc region.Operation unsupported: advanced feature.The request is forbidden: attach child instance across bid.The resource is not in a state that allows this: vpc switch.The request is forbidden: cloud box v switch exist.Operation failed: invalid vpc status.Operation failed: invalid transit router.Operation unsupported: cen full level.The resource is not in a state that allows this: vpc route table.The request is forbidden: attach child instance.Bid: not found.Operation: failed and try again.Invalid operation: child instance RI already exist.The request is forbidden: attach child instance across uid.Invalid operation: child instance already attached.Invalid operation: cen already auto pubilsh route to instance.USER NOT OPEN TR SERVICE.A parameter is not allowed: resource group id.Un supported: charge type.Parameter illegal: bandwidth package.Operation invalid: user can not buy cross border bwp.Operation invalid: user can not buy bwp.Pay for: account money validate error.The request is forbidden: vpc as internet gateway.Invalid CIDR block: duplicate.Invalid cidr block: malformed.Operation failed: route conflict.Invalid operation: unsupportnexthop type.The resource is not in a state that allows this: vpc route entry.Operation denied: route table type not permitted.Association exist: traffic qos.Invalid transit router id: not found.A parameter is not allowed: transit router attachment id.A parameter is not allowed: remain bandwidth percent.The resource is not in a state that allows this: traffic qos policy.Duplicated: dscps.Invalid description.Invalid name.Invalid traffic qos policy id: not found.The request is forbidden: cen route map exist.Invid: parameter.Invalid operation: no effictive action.The resource is not in a state that allows this: transit router instance.A parameter is not allowed: zone id.Flowlog: alreay exist.Invalid transit router attachment id: not found.Invalid operation: transit router not exist.The resource is not in a state that allows this: transit router attachment id.Project exist.A parameter is invalid: project name.Operation invalid: incompatible flowlog exist.A parameter is invalid: log format string.The caller has no permission: aliyun service role for TR flow log.A parameter is not allowed: priority.A parameter is not allowed: marking dscp.Duplicated: priority.Duplicated: marking dscp.A quota was exceeded: traffic match rule.A parameter is not allowed: match dscp.Invalid operation: region not support.Instance exist: aggregation route.Instance not exist: transit route table.The resource is not in a state that allows this: transit route table.A quota was exceeded: aggregation route.Instance not exist: transit router.Operation unsupported: transit router type.Operation unsupported: service mode.Invalid cidr block.Route conflict.Invalid operation: instance not support IPv6 route.A parameter is not allowed: transit route table aggregation cidr.Operation unsupported: region id.Instance exist: transit router instance.The request is forbidden: transit router service not open.Operation unsupported: support multicast.A parameter is not allowed: cidr.Illegal: tr type.Operation unsupported: transit router cidr list.Operation failed: cidr conflict.A parameter is not allowed: region.Over lapping exist: cidr.A parameter is not allowed: service mode.Param exclusive: service mode and support multicast.Param exclusive: service mode and transit router cidr list.Operation unsupported: tag.A parameter is not allowed: support multicast.Param exclusive: basic and primary standby.Param exclusive: basic and multi primary.Operation unsupported: transit router cidr.A parameter is not allowed: region id.The caller has no permission: aliyun service role policy for CEN.Operation unsupported: transit router region id.Invalid cen id: not found.Invalid status: resource status.A required parameter is missing: cen id or region id.A parameter is not allowed: associate route table id.Invalid operation: cen instance status.Quota full: child instance related cen.The request is forbidden: resource owner transit router service not open.Operation unsupported: bandwidth type.A parameter is not allowed: bandwidth type.The resource is not in a state that allows this: ecr resource.A quota was exceeded: cen quota ecr attach per transit router.A parameter is not allowed: transit router id.A parameter is not allowed: cen id.Invalid operation: CEN instance status.Operation unsupported: transit router support multicast.The resource is not in a state that allows this: cen.A quota was exceeded: multicast domain.A parameter is not allowed: peer transit router id.Operation unsupported: transit router id.A required parameter is missing: bandwidth.A parameter is not allowed: bandwidth.Operation unsupported: bandwidth HS.Operation unsupported: cloud data transfer service.Invalid peer transit router id: not found.A parameter is not allowed: peer region id.A parameter is not allowed: transit router region id.Invalid operation: bwp not associated.Invalid operation: bwp business status.A parameter is not allowed: cen bandwidth package id.Invalid operation: bwp bandwidth exceeded.Parameter illegal: cdt default link type only support platinum or gold.Parameter illegal: bandwidth package default link type only support gold.Parameter illegal: cdt default link type only support gold.Operation not allowed: default link type only support gold.Operation invalid: identity registration status not support.Invalid operation: only one region support ipv6.Invalid operation.Resource not support: CCN.Resource not found: prefixlist cidrs.Resource not found: nexthop.Resource existed: prefixlist association.Resource not found: prefixlist association.Resource conflict: route.Multiple found: prefixlist association.Quota reached: route.Invalid status: prefixlist association.Not support: tr type.Invalid value: prefixlist cidr.Resource not support: nexthop.Resource mismatch: nexthop.Resource not found: prefix list.Operation denied: system prefix list.Operation failed: operate share resource.Invalid status: prefixlist.Region not support: prefixlist.Operation failed: transit router not exist.The resource is not in a state that allows this: route table.Invalid transit router route table id: not found.Transit router route entry next hop id: not found.Operation failed: create route entry with CCN attachment.A quota was exceeded: transit router rout entry.A parameter is not allowed: transit router destination cidr block.Instance exist: transit router route entry.The resource is not in a state that allows this: transit router route table.Param exclusive: route entry id and route table id or dest cidr block.A parameter is not allowed: next hop type.A required parameter is missing: transit router route entry next hop id.Invalid transit router route entry next hop id: not found.Operation failed: create route entry with same destination cidr block.Invalid destination cidr block: not found.Operation failed: create route entry with connect attachment.Param exclusive: next hop type black hole and next hop id.Operation failed: create transit router route entry with VPC attachment.Operation failed: create transit router route entry with VPN attachment.Operation failed: CCN tr not support.A required parameter is missing: transit router id.Operation failed: basic tr not support.A quota was exceeded: transit router rout table.Operation unsupported: multi region ecmp.The resource is not in a state that allows this: vpc.The request is forbidden: vbr device model.Operation unsupported: vbr attachment.Operation unsupported: cloud box vbr not support.The resource is not in a state that allows this: vbr resource.A quota was exceeded: cen quota vbr attach per transit router.The caller has no permission: aliyun service role for CEN.A parameter is not allowed: charge type.The resource is not in a state that allows this: vpc resource.The resource is not in a state that allows this: vpc or vswitch.Operation not support: vpc auto routes publish.Invalid operation: vpn associated.A parameter is not allowed: zone mappings.A parameter is not allowed: v switch id.Operation unsupported: cloud box vsw not support.Duplicated: zone mapping.A quota was exceeded: cen quota vpc attach per transit router.Invalid status: vpc attached full mode cen.Invalid operation: vpc auto routes publish in other CEN.A quota was exceeded: vpc auto routes publish per transit router.Insufficient ip addr: vsw.A parameter is not allowed: ipv6 support.Operation failed: v switch not found.Operation failed: v switch ipv6 cidr not allocated.Invalid v switch id: not found.Invalid available: no resource.Operation unsupported: vpn attachment.Operation failed: allocate cidr failed.Operation unsupported: zone id.Invalid operation: vpn network type invalid.A quota was exceeded: cen quota vpn attach per transit router.Operation failed: delete cen with custom route table.Operation failed: delete cen with route entry.Operation failed: multicast domain exist.Operation failed: prefix list association exist.Operation failed: aggregation route exist.Operation failed: traffic marking policy exist.The request is forbidden: release.Invalid operation: bwp instance status.Invalid route entry: not found.Operation failed: vpc not attached to cen.Operation failed: invalid child instance type.Association exist: transit qos queue exist.Invalid transit qos id: not found.Invalid traffic qos queue id: not found.The resource is not in a state that allows this: route map.Invalid operation: cloud route number invalid.Invalid operation: cloud route status not allow.Association exist: transit qos rule exist.Instance not exist: aggregation route.Operation failed: delete transit router.Operation failed: CCN attached.Operation failed: bandwidth limit exist.The resource is not in a state that allows this: cen instance.Operation failed: prefix list exist.Operation failed: traffic qos policy exist.Operation failed: cloud route exist.Operation failed: flow log exist or nis opened.Operation failed: cidr block allocated.Operation failed: cidr not exist.Operation failed: route table association exist.Operation failed: route entry exist.Operation failed: route table propagation exist.Operation failed: not support force delete.Invalid operation: multicast domain association exist.Invalid operation: multicast group exist.Invalid operation: multicast domain in group.Operation failed: traffic qos exist.Operation failed: multicast group exist.Operation unsupported: transit router attachment.Operation failed: inter region cloud route entry exist.A parameter is not allowed: transit router route entry id.Operation failed: delete transit router route entry.Operation failed: delete system route table.A required parameter is missing: transit router route table id.Operation failed: delete route table with association.Operation failed: delete route table with propagation.Operation failed: delete route table with route entry.Operation failed: delete route table with route aggregation.Operation failed: vbr attached vbr ha.Instance referenced: vpc route entry.Operation failed: vbr with allow prefixes.Operation failed: attachment referenced vpc route entry existed.Operation failed: multicast domain association exist.The resource is not in a state that allows this: resource status.Invalid transit router multicast domain id: not found.Invalid operation: multicast domain status.The resource is not in a state that allows this: multicast group.System busy.Parameter error.A parameter is not allowed: tag value.A parameter is not allowed: tag key.Invalid tag key.Invalid tag value.A required parameter is missing: owner id or owner account.A parameter is invalid: interval.A parameter is invalid: flow log version.A required parameter is missing.A parameter is invalid: region id.Parameter illegal: cen instance id.Parameter illegal: child instance region id.VRC ERROR.Parameter illegal: child instance type.Parameter illegal.Instance: not exist.Invalid operation: child instance status.An internal error occurred.Invalid child instance id: not found.A required parameter is missing: transit router route table id.A parameter is not allowed: next token.Instance not exist: transit router route table.A parameter is not allowed: transit router route table id.A parameter is not allowed: aggregation route cidr.The request is forbidden: optimization CCN existed.The request is forbidden: privatezone route existed.The request is forbidden: type invalid.Operation failed: RI instance exist.Operation failed: cen referenced vpc route entry existed.Operation unsupported: disable propagation.Invalid multicast domain id: not found.Instance status not support.Operation unsupported: dissociate route table.The resource is not in a state that allows this: transit router connect peer.Illegal: source ip or target ip.Operation failed: status not support.Operation failed: source ip un supported.Invalid status: health check.Operation failed: ip address exhausted.Operation unsupported: enable propagation.Operation failed: task conflict.Invalid vbr: not found.Invalid instance id: not found.A required parameter is missing: transit router attachment id.A required parameter is missing: child instance route table id.A parameter is invalid: route filter.Resource not found: transit router attachment.A parameter is invalid: rout filter key.A parameter is invalid: cen id.Operation failed: cen instance status.A required parameter is missing: transit router id or traffic qos policy id.A required parameter is missing: transit router id or traffic qos policy id or traffic qos queue id.A parameter is invalid: max results.Invalid vpc id: not found.Invalid operation: multicast domain association not exist.A required parameter is missing.Invalid instance type: not found.Invalid instance ids: not found.The request is forbidden: tag keys.A quota was exceeded: tag num.Invalid tag scope: not found.The request is forbidden: not allowed categary.Size limit exceeded: resource id num.Both empty: tags and resources.A required parameter is missing: transit router id or traffic marking policy id.A parameter is not allowed: tr instance.A parameter is not allowed: cen id or region id.A parameter is not allowed: max results.A parameter is not allowed: transit router multicast domain id.A parameter is not allowed: region id or transit router id.A parameter is not allowed: transit router route entry status.Param exclusive: route entry ids and status.Filter key duplicated: route filter.Invalid filter key.A parameter is not allowed: transit router route entry next hop type.A parameter is not allowed: transit router route entry next hop attachment id.A parameter is not allowed: transit router route entry next hop resource id.A parameter is not allowed: transit router route entry next hop resource type.A parameter is not allowed: transit router route entry origin resource id.A parameter is not allowed: transit router route entry origin resource type.A parameter is not allowed: transit router route entry type.A parameter is not allowed: prefix exact match cidr.A parameter is not allowed: longest prefix match cidr.A parameter is not allowed: subnet of match cidr.A parameter is not allowed: supernet of match cidr.A required parameter is missing: transit router id or transit router route tables.Invalid parameter combination: transit router.Invalid operation: unsupport filter value.Invalid operation: unsupport filter.Invalid operation: enhance protection level.Operation: failed.Invalid status: resource.Operation failed: insufficient balance.Operation failed: operation is processing.Operation failed: order is processing.Operation failed: up down rade config no change.Invalid operation: cen route map exist.A parameter is invalid: flow log id.Illegal: name.Illegal: description.Risk: risk control rejection.Order: opened.Operation failed: no available payment method.Operation failed: basic info uncompleted.Pay for: credit pay insufficient balance.Operation failed: purchase quantity limit.Operation failed: quota not enough.Operation failed: concurrent operation.Operation failed: risk.Operation failed: use stored card failed.Entity not exist: account.Parameter illegal: ali uid.Invalid operation: not found route.Invalid operation: unsupport route table type.A parameter is not allowed: group ip address.The resource is not in a state that allows this: multicast domain id.Invalid operation: peer multicast domain region.Invalid operation: bandwidth limit not exist.Attachment not found.The resource is not in a state that allows this: attachment id.Instance exist.Invalid operation: network interface not exist.Invalid operation: NTR network interface not support.Invalid operation: multicast domain association status.Invalid peer tr multicast domain id: not found.The resource is not in a state that allows this: peer tr multicast domain id.A parameter is not allowed: peer tr multicast domain id.Quota full: multicast group per domain.Quota full: multicast member per group.Quota full: multicast peer member per group.Invalid operation: peer multicast domain source.Quota full: multicast source per group.The resource is not in a state that allows this: connect peer ids.Invalid connect peer ids: not found.A parameter is not allowed: traffic marking rule ids.Operation unsupported: transit attachment.The resource is not in a state that allows this: status.Parameter illegal: ipv6 cloud route cidr not allow.Parameter illegal: access region id.Parameter illegal: cloud route host.Parameter illegal: cloute route not support ipv6.Parameter illegal: cloute route cidr not allow.Cloud route: exist.Parameter illegal: host.Cloud route: conflict.Cloud route: vpc not attached.Parameter illegal: access region id no CCN.Operation unsupported: cross region not support.The request is forbidden: privatezone service not authorize.Invalid operation: pvtz not associated with vpc.Invalid operation: privatezone route existed.Invalid operation: vpc not attached to cen.Invalid operation: unmatch route in vpc region.A required parameter is missing: cbn bandwidth package id.Attr mismatching: cbn bandwidth package id.Operation failed: invalid operation.Operation unsupported: attachment.Invalid operation: unsupport charge type.Operation unsupported: traffic qos policy exist.Param exclusive: bandwidth type and cen bandwidth package id.Identity registration status not support.A required parameter is missing: tag value.Duplicated param: tag key.Illegal param length: tag.A required parameter is missing: tag key.Duplicated: add traffic match rules.Duplicated: delete traffic match rulese.Instance exist: add traffic match rules.Duplicated: add traffic match rules and delete traffic match rules.Invalid delete traffic match rules: not found.The resource is not in a state that allows this: transit router attachment.Operation invalid: attachment referenced IPv6 route entry existed.Operation invalid: attachment referenced vpc IPv6 route entry existed.Operation invalid: eni referenced IPv6 route entry existed.A parameter is not allowed: add or remove zone mappings.Operation denied: route entry on eni.",
        ends: &[
            0, 30, 55, 85, 96, 132, 158, 188, 245, 305, 328, 358, 403, 440, 512, 549,
            586, 618, 654, 707, 750, 793, 831, 874, 910, 942, 984, 1048, 1103, 1143,
            1183, 1237, 1275, 1350, 1402, 1435, 1469, 1502, 1538, 1604, 1646, 1706, 1752,
            1771, 1808, 1840, 1881, 1899, 1933, 1973, 2032, 2092, 2143, 2180, 2221, 2259,
            2324, 2372, 2387, 2419, 2470, 2529, 2580, 2642, 2667, 2713, 2739, 2776, 2829,
            2869, 2907, 2957, 2987, 3017, 3050, 3091, 3156, 3205, 3236, 3273, 3330, 3383,
            3451, 3469, 3489, 3502, 3543, 3589, 3606, 3645, 3718, 3754, 3776, 3824, 3868,
            3946, 3960, 3997, 4043, 4085, 4151, 4188, 4229, 4250, 4275, 4316, 4355, 4393,
            4427, 4467, 4536, 4576, 4611, 4654, 4690, 4709, 4724, 4775, 4840, 4873, 4913,
            4971, 5012, 5045, 5062, 5110, 5142, 5177, 5202, 5243, 5295, 5354, 5381, 5427,
            5470, 5511, 5554, 5592, 5657, 5705, 5731, 5763, 5816, 5869, 5908, 5947, 6020,
            6058, 6101, 6163, 6225, 6271, 6306, 6345, 6401, 6454, 6493, 6544, 6585, 6628,
            6666, 6702, 6753, 6795, 6838, 6891, 6929, 6968, 7021, 7063, 7134, 7207, 7266,
            7325, 7385, 7433, 7451, 7477, 7514, 7542, 7583, 7626, 7651, 7690, 7711, 7750,
            7771, 7802, 7832, 7859, 7891, 7928, 7969, 7996, 8027, 8070, 8131, 8180, 8230,
            8287, 8335, 8401, 8444, 8520, 8590, 8632, 8704, 8762, 8832, 8874, 8935, 8993,
            9065, 9137, 9174, 9225, 9264, 9312, 9353, 9406, 9449, 9487, 9536, 9598, 9660,
            9718, 9758, 9820, 9884, 9931, 9965, 10007, 10047, 10096, 10121, 10183, 10226,
            10282, 10347, 10373, 10414, 10451, 10502, 10533, 10564, 10602, 10641, 10672,
            10716, 10778, 10831, 10877, 10918, 10966, 11008, 11055, 11089, 11128, 11159,
            11201, 11247, 11290, 11324, 11364, 11423, 11469, 11517, 11559, 11597, 11637,
            11668, 11708, 11770, 11806, 11849, 11885, 11932, 11971, 12004, 12052, 12088,
            12136, 12179, 12233, 12274, 12319, 12355, 12395, 12444, 12499, 12557, 12609,
            12653, 12716, 12770, 12824, 12878, 12938, 12976, 13013, 13055, 13119, 13172,
            13237, 13291, 13334, 13399, 13411, 13427, 13465, 13501, 13517, 13535, 13594,
            13627, 13668, 13700, 13734, 13769, 13813, 13823, 13862, 13880, 13900, 13941,
            13968, 14005, 14068, 14107, 14154, 14212, 14263, 14314, 14366, 14405, 14441,
            14498, 14541, 14580, 14608, 14654, 14731, 14763, 14800, 14841, 14870, 14909,
            14951, 14983, 15006, 15037, 15099, 15162, 15199, 15245, 15285, 15316, 15354,
            15430, 15530, 15566, 15592, 15650, 15682, 15715, 15747, 15782, 15812, 15841,
            15888, 15925, 15956, 16036, 16076, 16124, 16164, 16227, 16286, 16348, 16392,
            16428, 16447, 16516, 16594, 16670, 16748, 16822, 16898, 16958, 17010, 17064,
            17113, 17164, 17246, 17292, 17334, 17370, 17414, 17432, 17457, 17496, 17538,
            17576, 17624, 17663, 17699, 17713, 17734, 17763, 17777, 17823, 17864, 17905,
            17947, 17982, 18021, 18044, 18085, 18111, 18138, 18173, 18219, 18264, 18333,
            18381, 18426, 18447, 18510, 18525, 18572, 18625, 18680, 18727, 18804, 18860,
            18899, 18938, 18982, 19030, 19069, 19135, 19171, 19224, 19266, 19322, 19373,
            19409, 19445, 19494, 19541, 19560, 19584, 19606, 19636, 19679, 19727, 19787,
            19835, 19880, 19923, 19970, 20028, 20071, 20107, 20141, 20182, 20230, 20291,
            20332, 20375, 20401, 20427, 20468, 20504, 20544, 20584, 20651, 20697, 20772,
            20838, 20908, 20967, 21023, 21060,
        ],
    };
    static STATUSES: [u16; 491] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 404, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 409, 400, 400, 400, 400, 400, 403, 404, 404, 409, 409,
        409, 409, 400, 400, 400, 400, 400, 400, 400, 500, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400,
        404, 400, 400, 400, 400, 400, 400, 400, 400, 403, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 409, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 403, 403, 400, 400, 400, 400, 404, 400, 400,
        400, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 409, 500, 404, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        403, 409, 409, 409, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 484] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 37, 39, 40, 41, 42, 43, 44,
        45, 46, 47, 48, 49, 50, 51, 52, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65,
        66, 67, 68, 69, 70, 71, 72, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86,
        87, 88, 89, 91, 92, 93, 94, 95, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106,
        107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122,
        123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138,
        139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 151, 152, 153, 154, 155,
        156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171,
        172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187,
        188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203,
        204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219,
        220, 221, 222, 223, 224, 225, 226, 228, 229, 230, 231, 232, 233, 234, 235, 236,
        237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252,
        253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268,
        269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284,
        285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300,
        301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316,
        317, 318, 319, 320, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332,
        333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 345, 346, 347, 348,
        349, 350, 351, 352, 353, 354, 355, 356, 357, 358, 359, 360, 361, 362, 363, 364,
        365, 366, 367, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380,
        381, 382, 383, 384, 385, 386, 387, 388, 389, 390, 391, 392, 393, 394, 395, 396,
        397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412,
        413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 427, 428,
        429, 430, 431, 432, 433, 434, 435, 436, 437, 438, 439, 440, 441, 442, 443, 444,
        445, 446, 447, 448, 449, 450, 451, 452, 453, 454, 455, 456, 457, 458, 459, 460,
        461, 462, 463, 464, 465, 466, 467, 468, 469, 470, 471, 472, 473, 474, 475, 476,
        477, 478, 479, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 490, 491,
    ];
    static RETRY: [::cloud_errors::Retry; 483] = ::cloud_errors::__private::retry_column(
        b"aaaacaaccaaaacaaaaaaaaaaaacaaaaacaaaaacacaaaaaaaaacaaaaccaaaaaaaaaaaaacaaaacaaaaacaaaacaacaaaacaaaacaaaacaaaaccaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaacaaccaaaaccaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaacaacaaaaaaaaaaaaacaccaacccaccaaaaaacaacaaaaaaaaaacaaaaaacaaaaaaacaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaacaaaaaaaaaaaaaaaaaabaaaaaacccaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaccacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaacaaaaacaaaaaacaaacaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaacaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 483] = ::cloud_errors::__private::category_column(
        b"cccchcciiccccicccccccccccciccccciccecciciccccccccciccccigeejjjjcccccccgcccciccccciccccgccicccciccccgcccchccccihccccccccccccccccccccccccccgcccccccgccihccccihccccccccccccccccccccccccccccccccccccccciccchcciccccccccccccchcigccihgciicccccchcchcccceccccchccccccggccccecicgccccciccccccccccccccccccccccccccccccicciceccccccccccccccejmecccccgggcccccciccccccccecccccccccccccccghcgccccccccccccccccccccccccccccccccccccccccccccccccccccciccciccccciccccccicccicccccccccccggjjjcccccccccccccccceiccccc",
    );
    static PILOTS: [u16; 121] = [
        12, 8, 35, 1, 4, 29, 6, 48, 1, 0, 24, 1, 36, 0, 23, 0, 16, 0, 45, 8, 5, 101, 40,
        5, 47, 2, 0, 1, 0, 105, 14, 5, 17, 33, 0, 55, 0, 29, 7, 43, 32, 9, 29, 82, 9, 3,
        15, 0, 48, 3, 20, 3, 0, 49, 6, 101, 1, 4, 2, 0, 26, 0, 83, 19, 8, 22, 12, 5, 38,
        55, 70, 78, 3, 0, 20, 8, 20, 42, 75, 77, 14, 173, 4, 10, 10, 6, 3, 10, 5, 11, 38,
        25, 10, 17, 76, 7, 12, 20, 52, 33, 5, 1, 14, 1, 42, 5, 88, 20, 0, 0, 1, 105, 160,
        8, 9, 21, 6, 36, 18, 286, 0,
    ];
    static SLOTS: [(&str, u32); 536] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            454, 54, 322, 143, 4294967295, 195, 4294967295, 475, 102, 293, 21,
            4294967295, 285, 345, 199, 33, 68, 440, 317, 121, 157, 93, 469, 4294967295,
            223, 424, 284, 4294967295, 391, 159, 46, 383, 444, 214, 337, 455, 3, 4, 437,
            36, 278, 88, 49, 457, 415, 361, 180, 420, 95, 101, 154, 216, 434, 4294967295,
            4294967295, 4294967295, 353, 458, 149, 179, 360, 347, 4294967295, 359, 50,
            59, 144, 370, 151, 386, 4294967295, 174, 4294967295, 4294967295, 116, 342,
            125, 279, 313, 210, 247, 17, 45, 84, 356, 292, 459, 289, 405, 267, 399, 477,
            478, 364, 411, 135, 58, 425, 330, 105, 44, 185, 431, 97, 445, 194, 160, 245,
            76, 331, 161, 191, 171, 163, 118, 188, 74, 4294967295, 4294967295, 257, 294,
            71, 277, 153, 319, 13, 244, 482, 396, 4294967295, 451, 193, 189, 423,
            4294967295, 302, 339, 409, 392, 182, 334, 82, 69, 170, 4294967295, 26, 192,
            422, 270, 104, 412, 111, 389, 196, 18, 4294967295, 4294967295, 213, 236, 400,
            418, 117, 106, 120, 181, 326, 37, 381, 172, 273, 240, 226, 20, 146, 234, 416,
            24, 186, 448, 283, 205, 4294967295, 398, 446, 442, 202, 124, 441, 430, 308,
            282, 203, 5, 274, 323, 385, 131, 404, 327, 197, 141, 246, 306, 428, 41, 438,
            295, 388, 4294967295, 123, 241, 31, 75, 4294967295, 227, 4294967295,
            4294967295, 27, 450, 127, 10, 464, 218, 7, 4294967295, 208, 73, 264, 281,
            406, 243, 114, 259, 22, 190, 228, 217, 344, 394, 78, 165, 99, 91, 152, 463,
            103, 402, 417, 87, 206, 290, 231, 426, 201, 4294967295, 303, 436, 255,
            4294967295, 187, 414, 184, 108, 480, 421, 387, 468, 15, 212, 209, 4294967295,
            9, 122, 408, 139, 39, 443, 79, 371, 358, 460, 100, 4294967295, 147, 29, 178,
            173, 169, 271, 462, 148, 4294967295, 30, 378, 92, 145, 6, 338, 12, 432, 83,
            452, 262, 453, 265, 4294967295, 51, 142, 470, 373, 138, 2, 291, 252, 130,
            132, 300, 318, 473, 133, 204, 28, 52, 324, 341, 64, 4294967295, 14, 1, 66,
            230, 4294967295, 4294967295, 258, 47, 126, 56, 35, 229, 299, 4294967295,
            4294967295, 90, 4294967295, 407, 57, 225, 466, 254, 162, 315, 8, 77, 355,
            343, 200, 410, 239, 251, 32, 72, 321, 472, 198, 362, 4294967295, 55,
            4294967295, 248, 89, 260, 350, 311, 25, 4294967295, 134, 242, 363, 224, 222,
            233, 377, 119, 325, 4294967295, 80, 156, 86, 183, 168, 23, 413, 110, 38, 177,
            269, 301, 4294967295, 137, 113, 94, 235, 382, 4294967295, 296, 4294967295,
            332, 328, 70, 237, 320, 96, 369, 465, 63, 232, 61, 447, 395, 4294967295,
            4294967295, 53, 365, 211, 4294967295, 62, 307, 471, 19, 298, 155, 374, 167,
            253, 67, 352, 401, 221, 249, 256, 129, 379, 287, 65, 348, 261, 81, 280, 481,
            115, 357, 268, 4294967295, 166, 60, 433, 158, 435, 336, 150, 176, 85, 48,
            329, 476, 275, 380, 43, 11, 0, 346, 272, 367, 304, 288, 263, 354, 16,
            4294967295, 266, 98, 397, 351, 461, 297, 140, 4294967295, 215, 384,
            4294967295, 333, 376, 310, 474, 349, 467, 439, 112, 368, 375, 312, 316, 335,
            305, 4294967295, 40, 128, 175, 219, 449, 164, 372, 456, 276, 4294967295, 238,
            42, 366, 34, 479, 403, 286, 419, 429, 207, 393, 136, 314, 427, 220, 390, 309,
            109, 107, 340, 250,
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
    const PROVIDER: &'static str = "Alibaba Cloud Cbn";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Cbn's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Cbn: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
