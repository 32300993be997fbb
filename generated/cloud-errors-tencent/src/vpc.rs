// @generated from catalogs/tencent/vpc.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud VPC: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud VPC: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AddressQuotaLimitExceeded`: no documented HTTP status; retry: never; category: unknown.
    /// Address quota limit exceeded.
    AddressQuotaLimitExceeded,
    /// `AddressQuotaLimitExceeded.DailyAllocate`: no documented HTTP status; retry: never; category: unknown.
    /// Address quota limit exceeded: daily allocate.
    AddressQuotaLimitExceededDailyAllocate,
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `FailedOperation.AddressEniInfoNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: address eni info not found.
    FailedOperationAddressEniInfoNotFound,
    /// `FailedOperation.BalanceInsufficient`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: balance insufficient.
    FailedOperationBalanceInsufficient,
    /// `FailedOperation.CreateCcnFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create ccn failed.
    FailedOperationCreateCcnFailed,
    /// `FailedOperation.CreateVpnGatewayFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create vpn gateway failed.
    FailedOperationCreateVpnGatewayFailed,
    /// `FailedOperation.InvalidRegion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid region.
    FailedOperationInvalidRegion,
    /// `FailedOperation.IpTypeNotPermit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ip type not permit.
    FailedOperationIpTypeNotPermit,
    /// `FailedOperation.MasterEniNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: master eni not found.
    FailedOperationMasterEniNotFound,
    /// `FailedOperation.NetDetectTimeOut`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: net detect time out.
    FailedOperationNetDetectTimeOut,
    /// `FailedOperation.TaskFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task failed.
    FailedOperationTaskFailed,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.CreateCkafkaRouteError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: create ckafka route error.
    InternalErrorCreateCkafkaRouteError,
    /// `InternalError.ModuleError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: module error.
    InternalErrorModuleError,
    /// `InternalServerError`: no documented HTTP status; retry: never; category: unknown.
    /// Internal server error.
    InternalServerError,
    /// `InvalidAccount.NotSupported`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid account: not supported.
    InvalidAccountNotSupported,
    /// `InvalidAddressId.Blocked`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid address id: blocked.
    InvalidAddressIdBlocked,
    /// `InvalidAddressId.NotFound`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid address id: not found.
    InvalidAddressIdNotFound,
    /// `InvalidAddressIdState.InArrears`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid address id state: in arrears.
    InvalidAddressIdStateInArrears,
    /// `InvalidAddressIdStatus.NotPermit`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid address id status: not permit.
    InvalidAddressIdStatusNotPermit,
    /// `InvalidAddressState`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid address state.
    InvalidAddressState,
    /// `InvalidInstance.NotSupported`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid instance: not supported.
    InvalidInstanceNotSupported,
    /// `InvalidInstanceId.AlreadyBindEip`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid instance id: already bind eip.
    InvalidInstanceIdAlreadyBindEip,
    /// `InvalidInstanceId.NotFound`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid instance id: not found.
    InvalidInstanceIdNotFound,
    /// `InvalidNetworkInterfaceId.NotFound`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid network interface id: not found.
    InvalidNetworkInterfaceIdNotFound,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.AclTypeMismatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: acl type mismatch.
    InvalidParameterAclTypeMismatch,
    /// `InvalidParameter.Coexist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: coexist.
    InvalidParameterCoexist,
    /// `InvalidParameter.Conflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: conflict.
    InvalidParameterConflict,
    /// `InvalidParameter.DuplicatedLbTrafficMirrorCollectors`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicated lb traffic mirror collectors.
    InvalidParameterDuplicatedLbTrafficMirrorCollectors,
    /// `InvalidParameter.FilterInvalidKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: filter invalid key.
    InvalidParameterFilterInvalidKey,
    /// `InvalidParameter.FilterMissParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: filter miss parameter.
    InvalidParameterFilterMissParameter,
    /// `InvalidParameter.FilterNotDict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: filter not dict.
    InvalidParameterFilterNotDict,
    /// `InvalidParameter.FilterValuesNotList`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: filter values not list.
    InvalidParameterFilterValuesNotList,
    /// `InvalidParameter.InvalidFilter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid filter.
    InvalidParameterInvalidFilter,
    /// `InvalidParameter.InvalidKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid key.
    InvalidParameterInvalidKey,
    /// `InvalidParameter.NextHopMismatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: next hop mismatch.
    InvalidParameterNextHopMismatch,
    /// `InvalidParameter.NotDict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: not dict.
    InvalidParameterNotDict,
    /// `InvalidParameter.NotList`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: not list.
    InvalidParameterNotList,
    /// `InvalidParameter.NotStr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: not str.
    InvalidParameterNotStr,
    /// `InvalidParameter.UnsupportedLbTrafficMirrorAz`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: unsupported lb traffic mirror az.
    InvalidParameterUnsupportedLbTrafficMirrorAz,
    /// `InvalidParameter.VpgHaGroupNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: vpg ha group not found.
    InvalidParameterVpgHaGroupNotFound,
    /// `InvalidParameterConflict`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid parameter conflict.
    InvalidParameterConflict2,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.AccessSubnetMask`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: access subnet mask.
    InvalidParameterValueAccessSubnetMask,
    /// `InvalidParameterValue.AccessSubnetPrefix`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: access subnet prefix.
    InvalidParameterValueAccessSubnetPrefix,
    /// `InvalidParameterValue.AddressAlreadyHasPassThrough`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: address already has pass through.
    InvalidParameterValueAddressAlreadyHasPassThrough,
    /// `InvalidParameterValue.AddressAttacked`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: address attacked.
    InvalidParameterValueAddressAttacked,
    /// `InvalidParameterValue.AddressIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: address id malformed.
    InvalidParameterValueAddressIdMalformed,
    /// `InvalidParameterValue.AddressInternetChargeTypeConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: address internet charge type conflict.
    InvalidParameterValueAddressInternetChargeTypeConflict,
    /// `InvalidParameterValue.AddressIpNotAvailable`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: address ip not available.
    InvalidParameterValueAddressIpNotAvailable,
    /// `InvalidParameterValue.AddressIpNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: address ip not found.
    InvalidParameterValueAddressIpNotFound,
    /// `InvalidParameterValue.AddressIpNotInVpc`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: address ip not in vpc.
    InvalidParameterValueAddressIpNotInVpc,
    /// `InvalidParameterValue.AddressIpNotPublic`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: address ip not public.
    InvalidParameterValueAddressIpNotPublic,
    /// `InvalidParameterValue.AddressIpsNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: address ips not found.
    InvalidParameterValueAddressIpsNotFound,
    /// `InvalidParameterValue.AddressNotApplicable`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: address not applicable.
    InvalidParameterValueAddressNotApplicable,
    /// `InvalidParameterValue.AddressNotCalcIP`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: address not calc IP.
    InvalidParameterValueAddressNotCalcIp,
    /// `InvalidParameterValue.AddressNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: address not found.
    InvalidParameterValueAddressNotFound,
    /// `InvalidParameterValue.AddressPublished`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: address published.
    InvalidParameterValueAddressPublished,
    /// `InvalidParameterValue.AddressTypeConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: address type conflict.
    InvalidParameterValueAddressTypeConflict,
    /// `InvalidParameterValue.BandwidthOutOfRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bandwidth out of range.
    InvalidParameterValueBandwidthOutOfRange,
    /// `InvalidParameterValue.BandwidthPackageIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bandwidth package id malformed.
    InvalidParameterValueBandwidthPackageIdMalformed,
    /// `InvalidParameterValue.BandwidthPackageInUse`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bandwidth package in use.
    InvalidParameterValueBandwidthPackageInUse,
    /// `InvalidParameterValue.BandwidthPackageNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bandwidth package not found.
    InvalidParameterValueBandwidthPackageNotFound,
    /// `InvalidParameterValue.BandwidthTooSmall`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bandwidth too small.
    InvalidParameterValueBandwidthTooSmall,
    /// `InvalidParameterValue.CcnAttachBmvpcLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ccn attach bmvpc limit exceeded.
    InvalidParameterValueCcnAttachBmvpcLimitExceeded,
    /// `InvalidParameterValue.CidrConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cidr conflict.
    InvalidParameterValueCidrConflict,
    /// `InvalidParameterValue.CidrNotInPeerVpc`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cidr not in peer vpc.
    InvalidParameterValueCidrNotInPeerVpc,
    /// `InvalidParameterValue.CidrNotInSslVpnVpc`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cidr not in ssl vpn vpc.
    InvalidParameterValueCidrNotInSslVpnVpc,
    /// `InvalidParameterValue.Combination`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: combination.
    InvalidParameterValueCombination,
    /// `InvalidParameterValue.Duplicate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicate.
    InvalidParameterValueDuplicate,
    /// `InvalidParameterValue.DuplicatePara`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicate para.
    InvalidParameterValueDuplicatePara,
    /// `InvalidParameterValue.DuplicateRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicate region.
    InvalidParameterValueDuplicateRegion,
    /// `InvalidParameterValue.DuplicatedHaVipAssociations`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicated ha vip associations.
    InvalidParameterValueDuplicatedHaVipAssociations,
    /// `InvalidParameterValue.DuplicatedLbTrafficMirrorCollectors`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicated lb traffic mirror collectors.
    InvalidParameterValueDuplicatedLbTrafficMirrorCollectors,
    /// `InvalidParameterValue.DuplicatedLbTrafficMirrorReciverEndpoint`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicated lb traffic mirror reciver endpoint.
    InvalidParameterValueDuplicatedLbTrafficMirrorReciverEndpoint,
    /// `InvalidParameterValue.EIPBrandWidthOutInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: EIP brand width out invalid.
    InvalidParameterValueEipBrandWidthOutInvalid,
    /// `InvalidParameterValue.EgressConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: egress conflict.
    InvalidParameterValueEgressConflict,
    /// `InvalidParameterValue.Empty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: empty.
    InvalidParameterValueEmpty,
    /// `InvalidParameterValue.IPv6RuleIdExisted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: IPv6 rule id existed.
    InvalidParameterValueIPv6RuleIdExisted,
    /// `InvalidParameterValue.IPv6RuleNotChange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: IPv6 rule not change.
    InvalidParameterValueIPv6RuleNotChange,
    /// `InvalidParameterValue.Illegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal.
    InvalidParameterValueIllegal,
    /// `InvalidParameterValue.InVpcCidr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: in vpc cidr.
    InvalidParameterValueInVpcCidr,
    /// `InvalidParameterValue.InconsistentInstanceInternetChargeType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: inconsistent instance internet charge type.
    InvalidParameterValueInconsistentInstanceInternetChargeType,
    /// `InvalidParameterValue.InstanceDoesNotSupportAnycast`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance does not support anycast.
    InvalidParameterValueInstanceDoesNotSupportAnycast,
    /// `InvalidParameterValue.InstanceDoesNotSupportEipVisibleOnEni`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance does not support eip visible on eni.
    InvalidParameterValueInstanceDoesNotSupportEipVisibleOnEni,
    /// `InvalidParameterValue.InstanceHasNoWanIP`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance has no wan IP.
    InvalidParameterValueInstanceHasNoWanIp,
    /// `InvalidParameterValue.InstanceHasWanIP`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance has wan IP.
    InvalidParameterValueInstanceHasWanIp,
    /// `InvalidParameterValue.InstanceIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance id malformed.
    InvalidParameterValueInstanceIdMalformed,
    /// `InvalidParameterValue.InstanceNoCalcIP`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance no calc IP.
    InvalidParameterValueInstanceNoCalcIp,
    /// `InvalidParameterValue.InstanceNoWanIP`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance no wan IP.
    InvalidParameterValueInstanceNoWanIp,
    /// `InvalidParameterValue.InstanceNormalPublicIpBlocked`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance normal public ip blocked.
    InvalidParameterValueInstanceNormalPublicIpBlocked,
    /// `InvalidParameterValue.InstanceNotMatchAssociateEni`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance not match associate eni.
    InvalidParameterValueInstanceNotMatchAssociateEni,
    /// `InvalidParameterValue.InstanceVpcDoesNotSupportEipVisibleOnEni`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance vpc does not support eip visible on eni.
    InvalidParameterValueInstanceVpcDoesNotSupportEipVisibleOnEni,
    /// `InvalidParameterValue.InternetChargeTypeNotChanged`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: internet charge type not changed.
    InvalidParameterValueInternetChargeTypeNotChanged,
    /// `InvalidParameterValue.Invalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid.
    InvalidParameterValueInvalid,
    /// `InvalidParameterValue.InvalidBandwidthPackageChargeType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid bandwidth package charge type.
    InvalidParameterValueInvalidBandwidthPackageChargeType,
    /// `InvalidParameterValue.InvalidBusiness`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid business.
    InvalidParameterValueInvalidBusiness,
    /// `InvalidParameterValue.InvalidDedicatedClusterId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid dedicated cluster id.
    InvalidParameterValueInvalidDedicatedClusterId,
    /// `InvalidParameterValue.InvalidEgress`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid egress.
    InvalidParameterValueInvalidEgress,
    /// `InvalidParameterValue.InvalidInstanceInternetChargeType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid instance internet charge type.
    InvalidParameterValueInvalidInstanceInternetChargeType,
    /// `InvalidParameterValue.InvalidInstanceState`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid instance state.
    InvalidParameterValueInvalidInstanceState,
    /// `InvalidParameterValue.InvalidIpv6`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid ipv6.
    InvalidParameterValueInvalidIpv6,
    /// `InvalidParameterValue.InvalidLbTrafficMirrorReciverEndpoint`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid lb traffic mirror reciver endpoint.
    InvalidParameterValueInvalidLbTrafficMirrorReciverEndpoint,
    /// `InvalidParameterValue.InvalidOldBandwidth`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid old bandwidth.
    InvalidParameterValueInvalidOldBandwidth,
    /// `InvalidParameterValue.InvalidTag`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid tag.
    InvalidParameterValueInvalidTag,
    /// `InvalidParameterValue.Ip6RuleNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ip6 rule not found.
    InvalidParameterValueIp6RuleNotFound,
    /// `InvalidParameterValue.Ip6TranslatorNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ip6 translator not found.
    InvalidParameterValueIp6TranslatorNotFound,
    /// `InvalidParameterValue.LBAlreadyBindEip`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: LB already bind eip.
    InvalidParameterValueLbAlreadyBindEip,
    /// `InvalidParameterValue.LimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit exceeded.
    InvalidParameterValueLimitExceeded,
    /// `InvalidParameterValue.Malformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: malformed.
    InvalidParameterValueMalformed,
    /// `InvalidParameterValue.MemberApprovalApplicationIdMismatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: member approval application id mismatch.
    InvalidParameterValueMemberApprovalApplicationIdMismatch,
    /// `InvalidParameterValue.MemberApprovalApplicationNotApproved`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: member approval application not approved.
    InvalidParameterValueMemberApprovalApplicationNotApproved,
    /// `InvalidParameterValue.MemberApprovalApplicationRejected`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: member approval application rejected.
    InvalidParameterValueMemberApprovalApplicationRejected,
    /// `InvalidParameterValue.MemberApprovalApplicationStarted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: member approval application started.
    InvalidParameterValueMemberApprovalApplicationStarted,
    /// `InvalidParameterValue.MirrorLackTargetResource`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: mirror lack target resource.
    InvalidParameterValueMirrorLackTargetResource,
    /// `InvalidParameterValue.MissingAssociateEntity`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: missing associate entity.
    InvalidParameterValueMissingAssociateEntity,
    /// `InvalidParameterValue.MixedAddressIpSetType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: mixed address ip set type.
    InvalidParameterValueMixedAddressIpSetType,
    /// `InvalidParameterValue.MustHasOne`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: must has one.
    InvalidParameterValueMustHasOne,
    /// `InvalidParameterValue.NatGatewayDnatRuleExisted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: nat gateway dnat rule existed.
    InvalidParameterValueNatGatewayDnatRuleExisted,
    /// `InvalidParameterValue.NatGatewayDnatRuleNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: nat gateway dnat rule not exists.
    InvalidParameterValueNatGatewayDnatRuleNotExists,
    /// `InvalidParameterValue.NatGatewayDnatRulePipNeedVm`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: nat gateway dnat rule pip need vm.
    InvalidParameterValueNatGatewayDnatRulePipNeedVm,
    /// `InvalidParameterValue.NatGatewayDnatRuleRepeated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: nat gateway dnat rule repeated.
    InvalidParameterValueNatGatewayDnatRuleRepeated,
    /// `InvalidParameterValue.NatGatewaySnatRuleNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: nat gateway snat rule not exists.
    InvalidParameterValueNatGatewaySnatRuleNotExists,
    /// `InvalidParameterValue.NatSnatRuleExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: nat snat rule exists.
    InvalidParameterValueNatSnatRuleExists,
    /// `InvalidParameterValue.NetDetectInVpc`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: net detect in vpc.
    InvalidParameterValueNetDetectInVpc,
    /// `InvalidParameterValue.NetDetectNotFoundIp`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: net detect not found ip.
    InvalidParameterValueNetDetectNotFoundIp,
    /// `InvalidParameterValue.NetDetectSameIp`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: net detect same ip.
    InvalidParameterValueNetDetectSameIp,
    /// `InvalidParameterValue.NetworkInterfaceIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: network interface id malformed.
    InvalidParameterValueNetworkInterfaceIdMalformed,
    /// `InvalidParameterValue.NetworkInterfaceIdNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: network interface id not match.
    InvalidParameterValueNetworkInterfaceIdNotMatch,
    /// `InvalidParameterValue.NetworkInterfaceInstanceNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: network interface instance not support.
    InvalidParameterValueNetworkInterfaceInstanceNotSupport,
    /// `InvalidParameterValue.NetworkInterfaceNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: network interface not found.
    InvalidParameterValueNetworkInterfaceNotFound,
    /// `InvalidParameterValue.NotInVpcCidr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not in vpc cidr.
    InvalidParameterValueNotInVpcCidr,
    /// `InvalidParameterValue.NotUtf8EncodingError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not utf8 encoding error.
    InvalidParameterValueNotUtf8EncodingError,
    /// `InvalidParameterValue.ObjectUseInTrafficMirror`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: object use in traffic mirror.
    InvalidParameterValueObjectUseInTrafficMirror,
    /// `InvalidParameterValue.ObjectVpcNotCurrentVpc`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: object vpc not current vpc.
    InvalidParameterValueObjectVpcNotCurrentVpc,
    /// `InvalidParameterValue.OnlySupportedForMasterNetworkCard`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: only supported for master network card.
    InvalidParameterValueOnlySupportedForMasterNetworkCard,
    /// `InvalidParameterValue.ParameterMismatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter mismatch.
    InvalidParameterValueParameterMismatch,
    /// `InvalidParameterValue.PrivateIpAddressDoesNotSupportEipVisibleOnEni`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: private ip address does not support eip visible on eni.
    InvalidParameterValuePrivateIpAddressDoesNotSupportEipVisibleOnEni,
    /// `InvalidParameterValue.PrivateIpAddressNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: private ip address not match.
    InvalidParameterValuePrivateIpAddressNotMatch,
    /// `InvalidParameterValue.PrivateNatNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: private nat not exists.
    InvalidParameterValuePrivateNatNotExists,
    /// `InvalidParameterValue.PrivateNatRuleNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: private nat rule not exists.
    InvalidParameterValuePrivateNatRuleNotExists,
    /// `InvalidParameterValue.PrivateNatSnatRuleNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: private nat snat rule not support.
    InvalidParameterValuePrivateNatSnatRuleNotSupport,
    /// `InvalidParameterValue.QosLevelRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: qos level required.
    InvalidParameterValueQosLevelRequired,
    /// `InvalidParameterValue.Range`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: range.
    InvalidParameterValueRange,
    /// `InvalidParameterValue.Reserved`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: reserved.
    InvalidParameterValueReserved,
    /// `InvalidParameterValue.ResourceAlreadyExisted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: resource already existed.
    InvalidParameterValueResourceAlreadyExisted,
    /// `InvalidParameterValue.ResourceExpired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: resource expired.
    InvalidParameterValueResourceExpired,
    /// `InvalidParameterValue.ResourceIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: resource id malformed.
    InvalidParameterValueResourceIdMalformed,
    /// `InvalidParameterValue.ResourceNotExisted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: resource not existed.
    InvalidParameterValueResourceNotExisted,
    /// `InvalidParameterValue.ResourceNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: resource not found.
    InvalidParameterValueResourceNotFound,
    /// `InvalidParameterValue.ResourceNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: resource not support.
    InvalidParameterValueResourceNotSupport,
    /// `InvalidParameterValue.RouteNextHopInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: route next hop invalid.
    InvalidParameterValueRouteNextHopInvalid,
    /// `InvalidParameterValue.RoutePolicyAssociationExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: route policy association exists.
    InvalidParameterValueRoutePolicyAssociationExists,
    /// `InvalidParameterValue.RoutePolicyPriorityConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: route policy priority conflict.
    InvalidParameterValueRoutePolicyPriorityConflict,
    /// `InvalidParameterValue.SslCcnVpnServerCidrConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ssl ccn vpn server cidr conflict.
    InvalidParameterValueSslCcnVpnServerCidrConflict,
    /// `InvalidParameterValue.StopChargingInstanceInUse`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: stop charging instance in use.
    InvalidParameterValueStopChargingInstanceInUse,
    /// `InvalidParameterValue.SubnetConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subnet conflict.
    InvalidParameterValueSubnetConflict,
    /// `InvalidParameterValue.SubnetOverlap`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subnet overlap.
    InvalidParameterValueSubnetOverlap,
    /// `InvalidParameterValue.SubnetOverlapAssistCidr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subnet overlap assist cidr.
    InvalidParameterValueSubnetOverlapAssistCidr,
    /// `InvalidParameterValue.SubnetOverlapRoute`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subnet overlap route.
    InvalidParameterValueSubnetOverlapRoute,
    /// `InvalidParameterValue.SubnetRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subnet range.
    InvalidParameterValueSubnetRange,
    /// `InvalidParameterValue.TagDuplicateKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag duplicate key.
    InvalidParameterValueTagDuplicateKey,
    /// `InvalidParameterValue.TagDuplicateResourceType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag duplicate resource type.
    InvalidParameterValueTagDuplicateResourceType,
    /// `InvalidParameterValue.TagInvalidKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag invalid key.
    InvalidParameterValueTagInvalidKey,
    /// `InvalidParameterValue.TagInvalidKeyLen`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag invalid key len.
    InvalidParameterValueTagInvalidKeyLen,
    /// `InvalidParameterValue.TagInvalidVal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag invalid val.
    InvalidParameterValueTagInvalidVal,
    /// `InvalidParameterValue.TagKeyNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag key not exists.
    InvalidParameterValueTagKeyNotExists,
    /// `InvalidParameterValue.TagNotAllocatedQuota`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag not allocated quota.
    InvalidParameterValueTagNotAllocatedQuota,
    /// `InvalidParameterValue.TagNotExisted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag not existed.
    InvalidParameterValueTagNotExisted,
    /// `InvalidParameterValue.TagNotSupportTag`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag not support tag.
    InvalidParameterValueTagNotSupportTag,
    /// `InvalidParameterValue.TagResourceFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag resource format error.
    InvalidParameterValueTagResourceFormatError,
    /// `InvalidParameterValue.TagTimestampExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag timestamp exceeded.
    InvalidParameterValueTagTimestampExceeded,
    /// `InvalidParameterValue.TagValNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag val not exists.
    InvalidParameterValueTagValNotExists,
    /// `InvalidParameterValue.TooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too long.
    InvalidParameterValueTooLong,
    /// `InvalidParameterValue.TraditionalIPv6VisibleOnEniNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: traditional IPv6 visible on eni not supported.
    InvalidParameterValueTraditionalIPv6VisibleOnEniNotSupported,
    /// `InvalidParameterValue.TrafficPackageId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: traffic package id.
    InvalidParameterValueTrafficPackageId,
    /// `InvalidParameterValue.TrafficPackageIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: traffic package id malformed.
    InvalidParameterValueTrafficPackageIdMalformed,
    /// `InvalidParameterValue.TrafficPackageNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: traffic package not found.
    InvalidParameterValueTrafficPackageNotFound,
    /// `InvalidParameterValue.TrafficPackageNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: traffic package not supported.
    InvalidParameterValueTrafficPackageNotSupported,
    /// `InvalidParameterValue.TrafficPackageResourceIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: traffic package resource id malformed.
    InvalidParameterValueTrafficPackageResourceIdMalformed,
    /// `InvalidParameterValue.UnavailableZone`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unavailable zone.
    InvalidParameterValueUnavailableZone,
    /// `InvalidParameterValue.UnsupportedEgress`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unsupported egress.
    InvalidParameterValueUnsupportedEgress,
    /// `InvalidParameterValue.UnsupportedLbTrafficMirrorAz`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unsupported lb traffic mirror az.
    InvalidParameterValueUnsupportedLbTrafficMirrorAz,
    /// `InvalidParameterValue.UnsupportedTrafficMirrorAction`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unsupported traffic mirror action.
    InvalidParameterValueUnsupportedTrafficMirrorAction,
    /// `InvalidParameterValue.VpcCidrConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpc cidr conflict.
    InvalidParameterValueVpcCidrConflict,
    /// `InvalidParameterValue.VpcCidrOverlapRoute`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpc cidr overlap route.
    InvalidParameterValueVpcCidrOverlapRoute,
    /// `InvalidParameterValue.VpcIdNotNeededForFlowLog`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpc id not needed for flow log.
    InvalidParameterValueVpcIdNotNeededForFlowLog,
    /// `InvalidParameterValue.VpgTypeNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpg type not match.
    InvalidParameterValueVpgTypeNotMatch,
    /// `InvalidParameterValue.VpnConnBgpTunnelCidrConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpn conn bgp tunnel cidr conflict.
    InvalidParameterValueVpnConnBgpTunnelCidrConflict,
    /// `InvalidParameterValue.VpnConnBgpTunnelCidrMask`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpn conn bgp tunnel cidr mask.
    InvalidParameterValueVpnConnBgpTunnelCidrMask,
    /// `InvalidParameterValue.VpnConnBgpTunnelCidrNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpn conn bgp tunnel cidr not supported.
    InvalidParameterValueVpnConnBgpTunnelCidrNotSupported,
    /// `InvalidParameterValue.VpnConnCidrConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpn conn cidr conflict.
    InvalidParameterValueVpnConnCidrConflict,
    /// `InvalidParameterValue.VpnConnHealthCheckIpConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpn conn health check ip conflict.
    InvalidParameterValueVpnConnHealthCheckIpConflict,
    /// `InvalidParameterValue.VpnConnSpdCidrConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpn conn spd cidr conflict.
    InvalidParameterValueVpnConnSpdCidrConflict,
    /// `InvalidParameterValue.VpnGatewayRouteDuplicate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpn gateway route duplicate.
    InvalidParameterValueVpnGatewayRouteDuplicate,
    /// `InvalidParameterValue.ZoneConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: zone conflict.
    InvalidParameterValueZoneConflict,
    /// `InvalidPrivateIpAddress.AlreadyBindEip`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid private ip address: already bind eip.
    InvalidPrivateIpAddressAlreadyBindEip,
    /// `InvalidRouteId.NotFound`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid route id: not found.
    InvalidRouteIdNotFound,
    /// `InvalidRouteTableId.Malformed`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid route table id: malformed.
    InvalidRouteTableIdMalformed,
    /// `InvalidRouteTableId.NotFound`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid route table id: not found.
    InvalidRouteTableIdNotFound,
    /// `InvalidSecurityGroupID.Malformed`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid security group ID: malformed.
    InvalidSecurityGroupIdMalformed,
    /// `InvalidSecurityGroupID.NotFound`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid security group ID: not found.
    InvalidSecurityGroupIdNotFound,
    /// `InvalidVpcId.Malformed`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid vpc id: malformed.
    InvalidVpcIdMalformed,
    /// `InvalidVpcId.NotFound`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid vpc id: not found.
    InvalidVpcIdNotFound,
    /// `InvalidVpnGatewayId.Malformed`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid vpn gateway id: malformed.
    InvalidVpnGatewayIdMalformed,
    /// `InvalidVpnGatewayId.NotFound`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid vpn gateway id: not found.
    InvalidVpnGatewayIdNotFound,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.AccountReturnQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: account return quota.
    LimitExceededAccountReturnQuota,
    /// `LimitExceeded.ActionLimited`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: action limited.
    LimitExceededActionLimited,
    /// `LimitExceeded.Address`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: address.
    LimitExceededAddress,
    /// `LimitExceeded.AddressQuotaLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: address quota limit exceeded.
    LimitExceededAddressQuotaLimitExceeded,
    /// `LimitExceeded.AttachedSnapshotPolicyExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: attached snapshot policy exceeded.
    LimitExceededAttachedSnapshotPolicyExceeded,
    /// `LimitExceeded.BandwidthPackageQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: bandwidth package quota.
    LimitExceededBandwidthPackageQuota,
    /// `LimitExceeded.BandwidthPackageResourceQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: bandwidth package resource quota.
    LimitExceededBandwidthPackageResourceQuota,
    /// `LimitExceeded.CcnRouteBroadcastPolicy`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: ccn route broadcast policy.
    LimitExceededCcnRouteBroadcastPolicy,
    /// `LimitExceeded.CcnRouteBroadcastPolicyCond`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: ccn route broadcast policy cond.
    LimitExceededCcnRouteBroadcastPolicyCond,
    /// `LimitExceeded.ChangeAddressQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: change address quota.
    LimitExceededChangeAddressQuota,
    /// `LimitExceeded.CidrBlock`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cidr block.
    LimitExceededCidrBlock,
    /// `LimitExceeded.CurrentInstanceAttachedCcnInstances`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: current instance attached ccn instances.
    LimitExceededCurrentInstanceAttachedCcnInstances,
    /// `LimitExceeded.DailyAllocateAddressQuotaLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: daily allocate address quota limit exceeded.
    LimitExceededDailyAllocateAddressQuotaLimitExceeded,
    /// `LimitExceeded.DailyChangeAddressQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: daily change address quota.
    LimitExceededDailyChangeAddressQuota,
    /// `LimitExceeded.DefaultVpcLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: default vpc limit exceeded.
    LimitExceededDefaultVpcLimitExceeded,
    /// `LimitExceeded.InstanceAddressQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: instance address quota.
    LimitExceededInstanceAddressQuota,
    /// `LimitExceeded.ModifyAddressInternetChargeTypeQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: modify address internet charge type quota.
    LimitExceededModifyAddressInternetChargeTypeQuota,
    /// `LimitExceeded.MonthlyAddressRecoveryQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: monthly address recovery quota.
    LimitExceededMonthlyAddressRecoveryQuota,
    /// `LimitExceeded.NatGatewayDnatLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: nat gateway dnat limit exceeded.
    LimitExceededNatGatewayDnatLimitExceeded,
    /// `LimitExceeded.NatGatewayLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: nat gateway limit exceeded.
    LimitExceededNatGatewayLimitExceeded,
    /// `LimitExceeded.NatGatewayPerVpcLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: nat gateway per vpc limit exceeded.
    LimitExceededNatGatewayPerVpcLimitExceeded,
    /// `LimitExceeded.NetworkInterfaceLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: network interface limit exceeded.
    LimitExceededNetworkInterfaceLimitExceeded,
    /// `LimitExceeded.NumberOfFilters`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: number of filters.
    LimitExceededNumberOfFilters,
    /// `LimitExceeded.PrivateNatTranslationAclRule`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: private nat translation acl rule.
    LimitExceededPrivateNatTranslationAclRule,
    /// `LimitExceeded.PrivateNatTranslationNatRule`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: private nat translation nat rule.
    LimitExceededPrivateNatTranslationNatRule,
    /// `LimitExceeded.PublicIpAddressPerNatGatewayLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: public ip address per nat gateway limit exceeded.
    LimitExceededPublicIpAddressPerNatGatewayLimitExceeded,
    /// `LimitExceeded.SecurityGroupPolicySet`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: security group policy set.
    LimitExceededSecurityGroupPolicySet,
    /// `LimitExceeded.SslVpnClientLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: ssl vpn client limit exceeded.
    LimitExceededSslVpnClientLimitExceeded,
    /// `LimitExceeded.SubnetCidrBlock`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: subnet cidr block.
    LimitExceededSubnetCidrBlock,
    /// `LimitExceeded.TagKeyExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: tag key exceeded.
    LimitExceededTagKeyExceeded,
    /// `LimitExceeded.TagKeyPerResourceExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: tag key per resource exceeded.
    LimitExceededTagKeyPerResourceExceeded,
    /// `LimitExceeded.TagNotEnoughQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: tag not enough quota.
    LimitExceededTagNotEnoughQuota,
    /// `LimitExceeded.TagQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: tag quota.
    LimitExceededTagQuota,
    /// `LimitExceeded.TagQuotaExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: tag quota exceeded.
    LimitExceededTagQuotaExceeded,
    /// `LimitExceeded.TagTagsExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: tag tags exceeded.
    LimitExceededTagTagsExceeded,
    /// `LimitExceeded.TrafficPackageQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: traffic package quota.
    LimitExceededTrafficPackageQuota,
    /// `LimitExceeded.VpcPeerAvaLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: vpc peer ava limit exceeded.
    LimitExceededVpcPeerAvaLimitExceeded,
    /// `LimitExceeded.VpcPeerTotalLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: vpc peer total limit exceeded.
    LimitExceededVpcPeerTotalLimitExceeded,
    /// `LimitExceeded.VpnGatewayRoutesLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: vpn gateway routes limit exceeded.
    LimitExceededVpnGatewayRoutesLimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.MultiMissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: multi missing parameter.
    MissingParameterMultiMissingParameter,
    /// `OperationDenied.AddressDeletionProtectionEnabled`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: address deletion protection enabled.
    OperationDeniedAddressDeletionProtectionEnabled,
    /// `OperationDenied.AddressInArrears`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: address in arrears.
    OperationDeniedAddressInArrears,
    /// `OperationDenied.MutexTaskRunning`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: mutex task running.
    OperationDeniedMutexTaskRunning,
    /// `OperationDenied.TrafficExceedThreshold`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: traffic exceed threshold.
    OperationDeniedTrafficExceedThreshold,
    /// `OperationDenied.TrafficValidationFailed`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: traffic validation failed.
    OperationDeniedTrafficValidationFailed,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInUse.Address`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: address.
    ResourceInUseAddress,
    /// `ResourceInUse.NatUsedByCFW`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: nat used by CFW.
    ResourceInUseNatUsedByCfw,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceInsufficient.CidrBlock`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: cidr block.
    ResourceInsufficientCidrBlock,
    /// `ResourceInsufficient.Instance`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: instance.
    ResourceInsufficientInstance,
    /// `ResourceInsufficient.Subnet`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: subnet.
    ResourceInsufficientSubnet,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.SvcNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: svc not exist.
    ResourceNotFoundSvcNotExist,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.DcgIpv6NeedVpcCreateIPv6Cidr`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: dcg ipv6 need vpc create IPv6 cidr.
    ResourceUnavailableDcgIpv6NeedVpcCreateIPv6Cidr,
    /// `ResourceUnavailable.FailedGetCdcIdcVip`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: failed get cdc idc vip.
    ResourceUnavailableFailedGetCdcIdcVip,
    /// `ResourceUnavailable.ServiceWhiteListNotAdded`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: service white list not added.
    ResourceUnavailableServiceWhiteListNotAdded,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.AnycastEip`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: anycast eip.
    UnauthorizedOperationAnycastEip,
    /// `UnauthorizedOperation.AttachmentNotFound`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: attachment not found.
    UnauthorizedOperationAttachmentNotFound,
    /// `UnauthorizedOperation.InvalidAccount`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: invalid account.
    UnauthorizedOperationInvalidAccount,
    /// `UnauthorizedOperation.NoRealNameAuthentication`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no real name authentication.
    UnauthorizedOperationNoRealNameAuthentication,
    /// `UnauthorizedOperation.PrimaryIp`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: primary ip.
    UnauthorizedOperationPrimaryIp,
    /// `UnauthorizedOperation.VpcPeerCidrConflict`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: vpc peer cidr conflict.
    UnauthorizedOperationVpcPeerCidrConflict,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnknownParameter.WithGuess`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given: with guess.
    UnknownParameterWithGuess,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.AccountNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: account not supported.
    UnsupportedOperationAccountNotSupported,
    /// `UnsupportedOperation.ActionNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: action not found.
    UnsupportedOperationActionNotFound,
    /// `UnsupportedOperation.AddressIpInArrear`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: address ip in arrear.
    UnsupportedOperationAddressIpInArrear,
    /// `UnsupportedOperation.AddressIpInternetChargeTypeNotPermit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: address ip internet charge type not permit.
    UnsupportedOperationAddressIpInternetChargeTypeNotPermit,
    /// `UnsupportedOperation.AddressIpNotSupportInstance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: address ip not support instance.
    UnsupportedOperationAddressIpNotSupportInstance,
    /// `UnsupportedOperation.AddressIpStatusNotPermit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: address ip status not permit.
    UnsupportedOperationAddressIpStatusNotPermit,
    /// `UnsupportedOperation.AddressStatusNotPermit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: address status not permit.
    UnsupportedOperationAddressStatusNotPermit,
    /// `UnsupportedOperation.AppIdMismatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: app id mismatch.
    UnsupportedOperationAppIdMismatch,
    /// `UnsupportedOperation.AppIdNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: app id not found.
    UnsupportedOperationAppIdNotFound,
    /// `UnsupportedOperation.AssociatedVpcOfCcnHadNatRoute`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: associated vpc of ccn had nat route.
    UnsupportedOperationAssociatedVpcOfCcnHadNatRoute,
    /// `UnsupportedOperation.AttachmentAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: attachment already exists.
    UnsupportedOperationAttachmentAlreadyExists,
    /// `UnsupportedOperation.AttachmentNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: attachment not found.
    UnsupportedOperationAttachmentNotFound,
    /// `UnsupportedOperation.BandwidthNotExpired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: bandwidth not expired.
    UnsupportedOperationBandwidthNotExpired,
    /// `UnsupportedOperation.BandwidthPackageIdNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: bandwidth package id not supported.
    UnsupportedOperationBandwidthPackageIdNotSupported,
    /// `UnsupportedOperation.BillingFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: billing failed.
    UnsupportedOperationBillingFailed,
    /// `UnsupportedOperation.BindCloudFirewall`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: bind cloud firewall.
    UnsupportedOperationBindCloudFirewall,
    /// `UnsupportedOperation.BindEIP`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: bind EIP.
    UnsupportedOperationBindEip,
    /// `UnsupportedOperation.BpaasResources`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: bpaas resources.
    UnsupportedOperationBpaasResources,
    /// `UnsupportedOperation.BroadcastConditionMustBeVpgTypeOrVpgInstance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: broadcast condition must be vpg type or vpg instance.
    UnsupportedOperationBroadcastConditionMustBeVpgTypeOrVpgInstance,
    /// `UnsupportedOperation.CIDRUnSupportedClassicLink`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: CIDR un supported classic link.
    UnsupportedOperationCidrUnSupportedClassicLink,
    /// `UnsupportedOperation.CanNotAssignDefaultRouteTable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: can not assign default route table.
    UnsupportedOperationCanNotAssignDefaultRouteTable,
    /// `UnsupportedOperation.CcnAttached`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: ccn attached.
    UnsupportedOperationCcnAttached,
    /// `UnsupportedOperation.CcnCrossAccount`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: ccn cross account.
    UnsupportedOperationCcnCrossAccount,
    /// `UnsupportedOperation.CcnHasFlowLog`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: ccn has flow log.
    UnsupportedOperationCcnHasFlowLog,
    /// `UnsupportedOperation.CcnInstanceAccountNotApprovedByUnicom`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: ccn instance account not approved by unicom.
    UnsupportedOperationCcnInstanceAccountNotApprovedByUnicom,
    /// `UnsupportedOperation.CcnInstanceHasBoundPolicyRouteNextHopNotAllowedDetach`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: ccn instance has bound policy route next hop not allowed detach.
    UnsupportedOperationCcnInstanceHasBoundPolicyRouteNextHopNotAllowedDetach,
    /// `UnsupportedOperation.CcnInstanceHasBoundPolicyRouteRuleNotAllowedDetach`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: ccn instance has bound policy route rule not allowed detach.
    UnsupportedOperationCcnInstanceHasBoundPolicyRouteRuleNotAllowedDetach,
    /// `UnsupportedOperation.CcnIpv6NotSupportMultipleRouteTable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: ccn ipv6 not support multiple route table.
    UnsupportedOperationCcnIpv6NotSupportMultipleRouteTable,
    /// `UnsupportedOperation.CcnNotAttached`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: ccn not attached.
    UnsupportedOperationCcnNotAttached,
    /// `UnsupportedOperation.CcnNotEnableBroadcastPolicy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: ccn not enable broadcast policy.
    UnsupportedOperationCcnNotEnableBroadcastPolicy,
    /// `UnsupportedOperation.CcnNotEnableCommunity`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: ccn not enable community.
    UnsupportedOperationCcnNotEnableCommunity,
    /// `UnsupportedOperation.CcnNotEnablePolicyBasedRoutingFlag`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: ccn not enable policy based routing flag.
    UnsupportedOperationCcnNotEnablePolicyBasedRoutingFlag,
    /// `UnsupportedOperation.CcnOrdinaryAccountRefuseAttach`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: ccn ordinary account refuse attach.
    UnsupportedOperationCcnOrdinaryAccountRefuseAttach,
    /// `UnsupportedOperation.CcnRouteCidrOverlap`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: ccn route cidr overlap.
    UnsupportedOperationCcnRouteCidrOverlap,
    /// `UnsupportedOperation.CcnRouteOverlapFlagDisableNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: ccn route overlap flag disable not supported.
    UnsupportedOperationCcnRouteOverlapFlagDisableNotSupported,
    /// `UnsupportedOperation.CcnRouteTableNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: ccn route table not exist.
    UnsupportedOperationCcnRouteTableNotExist,
    /// `UnsupportedOperation.CcnTrafficMeteringUnableCrossBorder`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: ccn traffic metering unable cross border.
    UnsupportedOperationCcnTrafficMeteringUnableCrossBorder,
    /// `UnsupportedOperation.CdcPublishNeedCdcId`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cdc publish need cdc id.
    UnsupportedOperationCdcPublishNeedCdcId,
    /// `UnsupportedOperation.CdcSubnetNotSupportUnLocalGateway`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cdc subnet not support un local gateway.
    UnsupportedOperationCdcSubnetNotSupportUnLocalGateway,
    /// `UnsupportedOperation.CdcVpgNotExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cdc vpg not exists.
    UnsupportedOperationCdcVpgNotExists,
    /// `UnsupportedOperation.ClassicInstanceIdAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: classic instance id already exists.
    UnsupportedOperationClassicInstanceIdAlreadyExists,
    /// `UnsupportedOperation.ClbPolicyExceedLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: clb policy exceed limit.
    UnsupportedOperationClbPolicyExceedLimit,
    /// `UnsupportedOperation.ClbPolicyLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: clb policy limit.
    UnsupportedOperationClbPolicyLimit,
    /// `UnsupportedOperation.ConflictWithDockerRoute`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: conflict with docker route.
    UnsupportedOperationConflictWithDockerRoute,
    /// `UnsupportedOperation.CopperCcnNotSupportedCreate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: copper ccn not supported create.
    UnsupportedOperationCopperCcnNotSupportedCreate,
    /// `UnsupportedOperation.CopperCcnSupportedPrepaid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: copper ccn supported prepaid.
    UnsupportedOperationCopperCcnSupportedPrepaid,
    /// `UnsupportedOperation.CurrentAccountIsNotUnicomAccount`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: current account is not unicom account.
    UnsupportedOperationCurrentAccountIsNotUnicomAccount,
    /// `UnsupportedOperation.CurrentQueryRegionIsNotCrossBorder`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: current query region is not cross border.
    UnsupportedOperationCurrentQueryRegionIsNotCrossBorder,
    /// `UnsupportedOperation.DCGatewayNatRuleExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: DC gateway nat rule exists.
    UnsupportedOperationDcGatewayNatRuleExists,
    /// `UnsupportedOperation.DcGatewaysNotFoundInVpc`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: dc gateways not found in vpc.
    UnsupportedOperationDcGatewaysNotFoundInVpc,
    /// `UnsupportedOperation.DcgHasFlowLog`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: dcg has flow log.
    UnsupportedOperationDcgHasFlowLog,
    /// `UnsupportedOperation.DelDefaultRoute`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: del default route.
    UnsupportedOperationDelDefaultRoute,
    /// `UnsupportedOperation.DelRouteWithSubnet`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: del route with subnet.
    UnsupportedOperationDelRouteWithSubnet,
    /// `UnsupportedOperation.DeleteCcnExistCcnExpressConnect`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: delete ccn exist ccn express connect.
    UnsupportedOperationDeleteCcnExistCcnExpressConnect,
    /// `UnsupportedOperation.DeleteVpnConnInvalidState`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: delete vpn conn invalid state.
    UnsupportedOperationDeleteVpnConnInvalidState,
    /// `UnsupportedOperation.DeletionProtectionEnabled`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: deletion protection enabled.
    UnsupportedOperationDeletionProtectionEnabled,
    /// `UnsupportedOperation.DeliveryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: delivery failed.
    UnsupportedOperationDeliveryFailed,
    /// `UnsupportedOperation.DirectConnectGatewayIsUpdatingCommunity`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: direct connect gateway is updating community.
    UnsupportedOperationDirectConnectGatewayIsUpdatingCommunity,
    /// `UnsupportedOperation.DisabledNotifyCcn`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: disabled notify ccn.
    UnsupportedOperationDisabledNotifyCcn,
    /// `UnsupportedOperation.DpdkNatFlowLogOnlySupportAllTrafficType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: dpdk nat flow log only support all traffic type.
    UnsupportedOperationDpdkNatFlowLogOnlySupportAllTrafficType,
    /// `UnsupportedOperation.DuplicatePolicy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: duplicate policy.
    UnsupportedOperationDuplicatePolicy,
    /// `UnsupportedOperation.Ecmp`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: ecmp.
    UnsupportedOperationEcmp,
    /// `UnsupportedOperation.EcmpWithCcnRoute`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: ecmp with ccn route.
    UnsupportedOperationEcmpWithCcnRoute,
    /// `UnsupportedOperation.EcmpWithUserRoute`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: ecmp with user route.
    UnsupportedOperationEcmpWithUserRoute,
    /// `UnsupportedOperation.EnableMultiCcnBandwidth`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: enable multi ccn bandwidth.
    UnsupportedOperationEnableMultiCcnBandwidth,
    /// `UnsupportedOperation.EnableMulticast`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: enable multicast.
    UnsupportedOperationEnableMulticast,
    /// `UnsupportedOperation.EndPointHadGwlbEipUnassociate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: end point had gwlb eip unassociate.
    UnsupportedOperationEndPointHadGwlbEipUnassociate,
    /// `UnsupportedOperation.EndPointMismatchEndPointServiceCdcId`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: end point mismatch end point service cdc id.
    UnsupportedOperationEndPointMismatchEndPointServiceCdcId,
    /// `UnsupportedOperation.EndPointService`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: end point service.
    UnsupportedOperationEndPointService,
    /// `UnsupportedOperation.EndPointServiceLoadBalancerInvalidType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: end point service load balancer invalid type.
    UnsupportedOperationEndPointServiceLoadBalancerInvalidType,
    /// `UnsupportedOperation.EniNotSupportTerminationProtection`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: eni not support termination protection.
    UnsupportedOperationEniNotSupportTerminationProtection,
    /// `UnsupportedOperation.ExistCcnCustomRouteTablesNotSupportDeleteCcn`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: exist ccn custom route tables not support delete ccn.
    UnsupportedOperationExistCcnCustomRouteTablesNotSupportDeleteCcn,
    /// `UnsupportedOperation.ExistCcnInstancesNotSupportDeleteCcn`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: exist ccn instances not support delete ccn.
    UnsupportedOperationExistCcnInstancesNotSupportDeleteCcn,
    /// `UnsupportedOperation.ExistCcnRouteMatchRule`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: exist ccn route match rule.
    UnsupportedOperationExistCcnRouteMatchRule,
    /// `UnsupportedOperation.ExistTrafficQosPolicy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: exist traffic qos policy.
    UnsupportedOperationExistTrafficQosPolicy,
    /// `UnsupportedOperation.FlowLogInstanceExisted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: flow log instance existed.
    UnsupportedOperationFlowLogInstanceExisted,
    /// `UnsupportedOperation.FlowLogsNotSupportKoInstanceEni`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: flow logs not support ko instance eni.
    UnsupportedOperationFlowLogsNotSupportKoInstanceEni,
    /// `UnsupportedOperation.FlowLogsNotSupportNullInstanceEni`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: flow logs not support null instance eni.
    UnsupportedOperationFlowLogsNotSupportNullInstanceEni,
    /// `UnsupportedOperation.GUANotSupportAllocateCdcSubnet`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: GUA not support allocate cdc subnet.
    UnsupportedOperationGuaNotSupportAllocateCdcSubnet,
    /// `UnsupportedOperation.IPV6CidrNotDeployed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: IPV6 cidr not deployed.
    UnsupportedOperationIpv6CidrNotDeployed,
    /// `UnsupportedOperation.IdempotentParameterMismatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: idempotent parameter mismatch.
    UnsupportedOperationIdempotentParameterMismatch,
    /// `UnsupportedOperation.IdempotentProcessing`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: idempotent processing.
    UnsupportedOperationIdempotentProcessing,
    /// `UnsupportedOperation.IncorrectAddressResourceType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: incorrect address resource type.
    UnsupportedOperationIncorrectAddressResourceType,
    /// `UnsupportedOperation.InstanceAndRtbNotMatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance and rtb not match.
    UnsupportedOperationInstanceAndRtbNotMatch,
    /// `UnsupportedOperation.InstanceAssociateHavip`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance associate havip.
    UnsupportedOperationInstanceAssociateHavip,
    /// `UnsupportedOperation.InstanceCdcIdNotMatchCcnCdcId`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance cdc id not match ccn cdc id.
    UnsupportedOperationInstanceCdcIdNotMatchCcnCdcId,
    /// `UnsupportedOperation.InstanceMismatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance mismatch.
    UnsupportedOperationInstanceMismatch,
    /// `UnsupportedOperation.InstanceNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance not exist.
    UnsupportedOperationInstanceNotExist,
    /// `UnsupportedOperation.InstanceOrdinaryAccountRefuseAttach`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance ordinary account refuse attach.
    UnsupportedOperationInstanceOrdinaryAccountRefuseAttach,
    /// `UnsupportedOperation.InstanceStateNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state not supported.
    UnsupportedOperationInstanceStateNotSupported,
    /// `UnsupportedOperation.InstanceStatusNotPermit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance status not permit.
    UnsupportedOperationInstanceStatusNotPermit,
    /// `UnsupportedOperation.InsufficientFunds`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: insufficient funds.
    UnsupportedOperationInsufficientFunds,
    /// `UnsupportedOperation.InsufficientInternetServiceProviders`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: insufficient internet service providers.
    UnsupportedOperationInsufficientInternetServiceProviders,
    /// `UnsupportedOperation.InvalidAction`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid action.
    UnsupportedOperationInvalidAction,
    /// `UnsupportedOperation.InvalidAddressInternetChargeType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid address internet charge type.
    UnsupportedOperationInvalidAddressInternetChargeType,
    /// `UnsupportedOperation.InvalidAddressState`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid address state.
    UnsupportedOperationInvalidAddressState,
    /// `UnsupportedOperation.InvalidInstanceState`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid instance state.
    UnsupportedOperationInvalidInstanceState,
    /// `UnsupportedOperation.InvalidResourceInternetChargeType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid resource internet charge type.
    UnsupportedOperationInvalidResourceInternetChargeType,
    /// `UnsupportedOperation.InvalidResourceProtocol`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid resource protocol.
    UnsupportedOperationInvalidResourceProtocol,
    /// `UnsupportedOperation.InvalidState`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid state.
    UnsupportedOperationInvalidState,
    /// `UnsupportedOperation.InvalidStatusNotifyCcn`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid status notify ccn.
    UnsupportedOperationInvalidStatusNotifyCcn,
    /// `UnsupportedOperation.Ipv6NotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: ipv6 not support.
    UnsupportedOperationIpv6NotSupport,
    /// `UnsupportedOperation.IsNotFinanceAccount`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: is not finance account.
    UnsupportedOperationIsNotFinanceAccount,
    /// `UnsupportedOperation.IspNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: isp not supported.
    UnsupportedOperationIspNotSupported,
    /// `UnsupportedOperation.LDCXDisassociate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: LDCX disassociate.
    UnsupportedOperationLdcxDisassociate,
    /// `UnsupportedOperation.LocalGatewayAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: local gateway already exists.
    UnsupportedOperationLocalGatewayAlreadyExists,
    /// `UnsupportedOperation.LockedResources`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: locked resources.
    UnsupportedOperationLockedResources,
    /// `UnsupportedOperation.ModifyAddressAttribute`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: modify address attribute.
    UnsupportedOperationModifyAddressAttribute,
    /// `UnsupportedOperation.MultipleVpcNotSupportAttachAccountHasIpv6`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: multiple vpc not support attach account has ipv6.
    UnsupportedOperationMultipleVpcNotSupportAttachAccountHasIpv6,
    /// `UnsupportedOperation.MutexOperationTaskRunning`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: mutex operation task running.
    UnsupportedOperationMutexOperationTaskRunning,
    /// `UnsupportedOperation.NatGatewayDnatAndFlowLogConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: nat gateway dnat and flow log conflict.
    UnsupportedOperationNatGatewayDnatAndFlowLogConflict,
    /// `UnsupportedOperation.NatGatewayEipNotExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: nat gateway eip not exists.
    UnsupportedOperationNatGatewayEipNotExists,
    /// `UnsupportedOperation.NatGatewayHadEipUnassociate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: nat gateway had eip unassociate.
    UnsupportedOperationNatGatewayHadEipUnassociate,
    /// `UnsupportedOperation.NatGatewayHaveHighTraffic`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: nat gateway have high traffic.
    UnsupportedOperationNatGatewayHaveHighTraffic,
    /// `UnsupportedOperation.NatGatewayHaveRoute`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: nat gateway have route.
    UnsupportedOperationNatGatewayHaveRoute,
    /// `UnsupportedOperation.NatGatewayHaveRouteAndHighTraffic`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: nat gateway have route and high traffic.
    UnsupportedOperationNatGatewayHaveRouteAndHighTraffic,
    /// `UnsupportedOperation.NatGatewayHaveTrafficMirror`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: nat gateway have traffic mirror.
    UnsupportedOperationNatGatewayHaveTrafficMirror,
    /// `UnsupportedOperation.NatGatewayIsBusy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: nat gateway is busy.
    UnsupportedOperationNatGatewayIsBusy,
    /// `UnsupportedOperation.NatGatewayRestricted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: nat gateway restricted.
    UnsupportedOperationNatGatewayRestricted,
    /// `UnsupportedOperation.NatGatewayRulePipExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: nat gateway rule pip exists.
    UnsupportedOperationNatGatewayRulePipExists,
    /// `UnsupportedOperation.NatGatewaySnatPipNeedVm`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: nat gateway snat pip need vm.
    UnsupportedOperationNatGatewaySnatPipNeedVm,
    /// `UnsupportedOperation.NatGatewaySnatRuleNotExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: nat gateway snat rule not exists.
    UnsupportedOperationNatGatewaySnatRuleNotExists,
    /// `UnsupportedOperation.NatGatewayTypeNotSupportSNAT`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: nat gateway type not support SNAT.
    UnsupportedOperationNatGatewayTypeNotSupportSnat,
    /// `UnsupportedOperation.NatHasBoundVpg`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: nat has bound vpg.
    UnsupportedOperationNatHasBoundVpg,
    /// `UnsupportedOperation.NatHasECMP`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: nat has ECMP.
    UnsupportedOperationNatHasEcmp,
    /// `UnsupportedOperation.NatHasEnabledGatewayFlowControl`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: nat has enabled gateway flow control.
    UnsupportedOperationNatHasEnabledGatewayFlowControl,
    /// `UnsupportedOperation.NatHasFlowLog`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: nat has flow log.
    UnsupportedOperationNatHasFlowLog,
    /// `UnsupportedOperation.NatInstanceExclusive`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: nat instance exclusive.
    UnsupportedOperationNatInstanceExclusive,
    /// `UnsupportedOperation.NatNfvUnsupportedRegion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: nat nfv unsupported region.
    UnsupportedOperationNatNfvUnsupportedRegion,
    /// `UnsupportedOperation.NatNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: nat not supported.
    UnsupportedOperationNatNotSupported,
    /// `UnsupportedOperation.NatSpecificationExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: nat specification exceeded.
    UnsupportedOperationNatSpecificationExceeded,
    /// `UnsupportedOperation.NatTypeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: nat type error.
    UnsupportedOperationNatTypeError,
    /// `UnsupportedOperation.NatUsageExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: nat usage exceeded.
    UnsupportedOperationNatUsageExceeded,
    /// `UnsupportedOperation.NoCdcDcGw`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: no cdc dc gw.
    UnsupportedOperationNoCdcDcGw,
    /// `UnsupportedOperation.NormalSubnetNotSupportLocalGateway`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: normal subnet not support local gateway.
    UnsupportedOperationNormalSubnetNotSupportLocalGateway,
    /// `UnsupportedOperation.NotLockedInstanceOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not locked instance operation.
    UnsupportedOperationNotLockedInstanceOperation,
    /// `UnsupportedOperation.NotMatchTargetService`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not match target service.
    UnsupportedOperationNotMatchTargetService,
    /// `UnsupportedOperation.NotPendingCcnInstance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not pending ccn instance.
    UnsupportedOperationNotPendingCcnInstance,
    /// `UnsupportedOperation.NotPostpaidCcnOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not postpaid ccn operation.
    UnsupportedOperationNotPostpaidCcnOperation,
    /// `UnsupportedOperation.NotPutVpcSnatIpAddress`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not put vpc snat ip address.
    UnsupportedOperationNotPutVpcSnatIpAddress,
    /// `UnsupportedOperation.NotSupportAttachEdgeAndCrossBorderInstance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not support attach edge and cross border instance.
    UnsupportedOperationNotSupportAttachEdgeAndCrossBorderInstance,
    /// `UnsupportedOperation.NotSupportCreateCcnRouteTable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not support create ccn route table.
    UnsupportedOperationNotSupportCreateCcnRouteTable,
    /// `UnsupportedOperation.NotSupportCreateIpv6VpnGateway`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not support create ipv6 vpn gateway.
    UnsupportedOperationNotSupportCreateIpv6VpnGateway,
    /// `UnsupportedOperation.NotSupportDeleteDefaultCcnRouteTable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not support delete default ccn route table.
    UnsupportedOperationNotSupportDeleteDefaultCcnRouteTable,
    /// `UnsupportedOperation.NotSupportDeleteDefaultRouteTable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not support delete default route table.
    UnsupportedOperationNotSupportDeleteDefaultRouteTable,
    /// `UnsupportedOperation.NotSupportDeleteVpcBmPeer`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not support delete vpc bm peer.
    UnsupportedOperationNotSupportDeleteVpcBmPeer,
    /// `UnsupportedOperation.NotSupportModifyDefaultCcnRouteTable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not support modify default ccn route table.
    UnsupportedOperationNotSupportModifyDefaultCcnRouteTable,
    /// `UnsupportedOperation.NotSupportRouteType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not support route type.
    UnsupportedOperationNotSupportRouteType,
    /// `UnsupportedOperation.NotSupportSameCcnInstanceAndSourceAddress`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not support same ccn instance and source address.
    UnsupportedOperationNotSupportSameCcnInstanceAndSourceAddress,
    /// `UnsupportedOperation.NotSupportZone`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not support zone.
    UnsupportedOperationNotSupportZone,
    /// `UnsupportedOperation.NotSupportedAddressIpsChargeType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not supported address ips charge type.
    UnsupportedOperationNotSupportedAddressIpsChargeType,
    /// `UnsupportedOperation.NotSupportedCreateTrafficMeteringTypeCcn`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not supported create traffic metering type ccn.
    UnsupportedOperationNotSupportedCreateTrafficMeteringTypeCcn,
    /// `UnsupportedOperation.NotSupportedLocalAddressType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not supported local address type.
    UnsupportedOperationNotSupportedLocalAddressType,
    /// `UnsupportedOperation.NotSupportedPurchaseCenterEgressResource`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not supported purchase center egress resource.
    UnsupportedOperationNotSupportedPurchaseCenterEgressResource,
    /// `UnsupportedOperation.NotSupportedUpdateCcnRoutePublish`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not supported update ccn route publish.
    UnsupportedOperationNotSupportedUpdateCcnRoutePublish,
    /// `UnsupportedOperation.NotifyCcn`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: notify ccn.
    UnsupportedOperationNotifyCcn,
    /// `UnsupportedOperation.OfflineChargeType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: offline charge type.
    UnsupportedOperationOfflineChargeType,
    /// `UnsupportedOperation.OnlyInterRegionLimitSupportedCreateTrafficQosPolicy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: only inter region limit supported create traffic qos policy.
    UnsupportedOperationOnlyInterRegionLimitSupportedCreateTrafficQosPolicy,
    /// `UnsupportedOperation.OnlySupportProfessionKafka`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: only support profession kafka.
    UnsupportedOperationOnlySupportProfessionKafka,
    /// `UnsupportedOperation.ParameterSslVpnProtocol`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: parameter ssl vpn protocol.
    UnsupportedOperationParameterSslVpnProtocol,
    /// `UnsupportedOperation.PrepaidCcnOnlySupportBandwidthMetering`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: prepaid ccn only support bandwidth metering.
    UnsupportedOperationPrepaidCcnOnlySupportBandwidthMetering,
    /// `UnsupportedOperation.PrepaidCcnOnlySupportInterRegionLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: prepaid ccn only support inter region limit.
    UnsupportedOperationPrepaidCcnOnlySupportInterRegionLimit,
    /// `UnsupportedOperation.PrimaryIp`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: primary ip.
    UnsupportedOperationPrimaryIp,
    /// `UnsupportedOperation.PrivateBgpVpnGateway`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: private bgp vpn gateway.
    UnsupportedOperationPrivateBgpVpnGateway,
    /// `UnsupportedOperation.PrivateNatGatewayAssociationExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: private nat gateway association exists.
    UnsupportedOperationPrivateNatGatewayAssociationExists,
    /// `UnsupportedOperation.PrivateSslVpnGateway`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: private ssl vpn gateway.
    UnsupportedOperationPrivateSslVpnGateway,
    /// `UnsupportedOperation.PrivateVpnGateway`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: private vpn gateway.
    UnsupportedOperationPrivateVpnGateway,
    /// `UnsupportedOperation.PublicClbNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: public clb not support.
    UnsupportedOperationPublicClbNotSupport,
    /// `UnsupportedOperation.PublicIpAddressDisassociate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: public ip address disassociate.
    UnsupportedOperationPublicIpAddressDisassociate,
    /// `UnsupportedOperation.PublicIpAddressIsNotBGPIp`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: public ip address is not BGP ip.
    UnsupportedOperationPublicIpAddressIsNotBgpIp,
    /// `UnsupportedOperation.PublicIpAddressIsNotExisted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: public ip address is not existed.
    UnsupportedOperationPublicIpAddressIsNotExisted,
    /// `UnsupportedOperation.PublicIpAddressNotBilledByTraffic`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: public ip address not billed by traffic.
    UnsupportedOperationPublicIpAddressNotBilledByTraffic,
    /// `UnsupportedOperation.PurchaseLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: purchase limit.
    UnsupportedOperationPurchaseLimit,
    /// `UnsupportedOperation.RecordExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: record exists.
    UnsupportedOperationRecordExists,
    /// `UnsupportedOperation.RecordNotExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: record not exists.
    UnsupportedOperationRecordNotExists,
    /// `UnsupportedOperation.RemoteRegionSgHasReferencedSg`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: remote region sg has referenced sg.
    UnsupportedOperationRemoteRegionSgHasReferencedSg,
    /// `UnsupportedOperation.ResourceIsInvalidState`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: resource is invalid state.
    UnsupportedOperationResourceIsInvalidState,
    /// `UnsupportedOperation.ResourceMismatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: resource mismatch.
    UnsupportedOperationResourceMismatch,
    /// `UnsupportedOperation.ResourceProcessing`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: resource processing.
    UnsupportedOperationResourceProcessing,
    /// `UnsupportedOperation.RoleNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: role not found.
    UnsupportedOperationRoleNotFound,
    /// `UnsupportedOperation.RoutePolicyAssociation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: route policy association.
    UnsupportedOperationRoutePolicyAssociation,
    /// `UnsupportedOperation.RoutePvgw2`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: route pvgw2.
    UnsupportedOperationRoutePvgw2,
    /// `UnsupportedOperation.RouteTableCanNotDelete`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: route table can not delete.
    UnsupportedOperationRouteTableCanNotDelete,
    /// `UnsupportedOperation.RouteTableExceedPerVbcLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: route table exceed per vbc limit.
    UnsupportedOperationRouteTableExceedPerVbcLimit,
    /// `UnsupportedOperation.RouteTableHasSubnetRule`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: route table has subnet rule.
    UnsupportedOperationRouteTableHasSubnetRule,
    /// `UnsupportedOperation.RouteTableSelectPolicyExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: route table select policy exceed.
    UnsupportedOperationRouteTableSelectPolicyExceed,
    /// `UnsupportedOperation.SSLClientCertAlreadyDisableOrCertAbnormal`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: SSL client cert already disable or cert abnormal.
    UnsupportedOperationSslClientCertAlreadyDisableOrCertAbnormal,
    /// `UnsupportedOperation.SSLClientCertAlreadyEnableOrCertAbnormal`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: SSL client cert already enable or cert abnormal.
    UnsupportedOperationSslClientCertAlreadyEnableOrCertAbnormal,
    /// `UnsupportedOperation.SSLClientCertDisableUnsupportedDownloadSSLClientCert`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: SSL client cert disable unsupported download SSL client cert.
    UnsupportedOperationSslClientCertDisableUnsupportedDownloadSslClientCert,
    /// `UnsupportedOperation.ServiceUnsupportedRegion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: service unsupported region.
    UnsupportedOperationServiceUnsupportedRegion,
    /// `UnsupportedOperation.SgNumExceedLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: sg num exceed limit.
    UnsupportedOperationSgNumExceedLimit,
    /// `UnsupportedOperation.SnapshotAttached`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: snapshot attached.
    UnsupportedOperationSnapshotAttached,
    /// `UnsupportedOperation.SnapshotBackupTypeModify`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: snapshot backup type modify.
    UnsupportedOperationSnapshotBackupTypeModify,
    /// `UnsupportedOperation.SnapshotFileFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: snapshot file failed.
    UnsupportedOperationSnapshotFileFailed,
    /// `UnsupportedOperation.SnapshotFileNoExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: snapshot file no exist.
    UnsupportedOperationSnapshotFileNoExist,
    /// `UnsupportedOperation.SnapshotFileProcessing`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: snapshot file processing.
    UnsupportedOperationSnapshotFileProcessing,
    /// `UnsupportedOperation.SnapshotInstanceRegionDiff`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: snapshot instance region diff.
    UnsupportedOperationSnapshotInstanceRegionDiff,
    /// `UnsupportedOperation.SnapshotNotAttached`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: snapshot not attached.
    UnsupportedOperationSnapshotNotAttached,
    /// `UnsupportedOperation.SnatSubnet`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: snat subnet.
    UnsupportedOperationSnatSubnet,
    /// `UnsupportedOperation.SpecialEndPointService`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: special end point service.
    UnsupportedOperationSpecialEndPointService,
    /// `UnsupportedOperation.SslVpnClientIdNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: ssl vpn client id not found.
    UnsupportedOperationSslVpnClientIdNotFound,
    /// `UnsupportedOperation.SubEniNotSupportTrunking`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: sub eni not support trunking.
    UnsupportedOperationSubEniNotSupportTrunking,
    /// `UnsupportedOperation.SubnetMismatchVpcCdcId`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: subnet mismatch vpc cdc id.
    UnsupportedOperationSubnetMismatchVpcCdcId,
    /// `UnsupportedOperation.SubnetNotExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: subnet not exists.
    UnsupportedOperationSubnetNotExists,
    /// `UnsupportedOperation.SystemRoute`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: system route.
    UnsupportedOperationSystemRoute,
    /// `UnsupportedOperation.TagAllocate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: tag allocate.
    UnsupportedOperationTagAllocate,
    /// `UnsupportedOperation.TagFree`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: tag free.
    UnsupportedOperationTagFree,
    /// `UnsupportedOperation.TagNotPermit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: tag not permit.
    UnsupportedOperationTagNotPermit,
    /// `UnsupportedOperation.TagSystemReservedTagKey`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: tag system reserved tag key.
    UnsupportedOperationTagSystemReservedTagKey,
    /// `UnsupportedOperation.TrafficMirrorNotSupportClb`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: traffic mirror not support clb.
    UnsupportedOperationTrafficMirrorNotSupportClb,
    /// `UnsupportedOperation.TrafficMirrorNotSupportSameSrcTarget`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: traffic mirror not support same src target.
    UnsupportedOperationTrafficMirrorNotSupportSameSrcTarget,
    /// `UnsupportedOperation.TrafficProtectionNotSupportIPv6`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: traffic protection not support IPv6.
    UnsupportedOperationTrafficProtectionNotSupportIPv6,
    /// `UnsupportedOperation.TrafficQosPolicyBandwidth`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: traffic qos policy bandwidth.
    UnsupportedOperationTrafficQosPolicyBandwidth,
    /// `UnsupportedOperation.TrafficValidationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: traffic validation failed.
    UnsupportedOperationTrafficValidationFailed,
    /// `UnsupportedOperation.UinNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: uin not found.
    UnsupportedOperationUinNotFound,
    /// `UnsupportedOperation.UnableCrossBorder`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unable cross border.
    UnsupportedOperationUnableCrossBorder,
    /// `UnsupportedOperation.UnableCrossFinance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unable cross finance.
    UnsupportedOperationUnableCrossFinance,
    /// `UnsupportedOperation.UnassignCidrBlock`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unassign cidr block.
    UnsupportedOperationUnassignCidrBlock,
    /// `UnsupportedOperation.UnbindEIP`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unbind EIP.
    UnsupportedOperationUnbindEip,
    /// `UnsupportedOperation.UnpaidOrderAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unpaid order already exists.
    UnsupportedOperationUnpaidOrderAlreadyExists,
    /// `UnsupportedOperation.UnsupportedBindLocalZoneEIP`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported bind local zone EIP.
    UnsupportedOperationUnsupportedBindLocalZoneEip,
    /// `UnsupportedOperation.UnsupportedInstanceFamily`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported instance family.
    UnsupportedOperationUnsupportedInstanceFamily,
    /// `UnsupportedOperation.UnsupportedLegacyAccount`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported legacy account.
    UnsupportedOperationUnsupportedLegacyAccount,
    /// `UnsupportedOperation.UnsupportedLocalZoneNat`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported local zone nat.
    UnsupportedOperationUnsupportedLocalZoneNat,
    /// `UnsupportedOperation.UnsupportedRegion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported region.
    UnsupportedOperationUnsupportedRegion,
    /// `UnsupportedOperation.UserAndCcnChargeTypeNotMatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: user and ccn charge type not match.
    UnsupportedOperationUserAndCcnChargeTypeNotMatch,
    /// `UnsupportedOperation.VersionMismatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: version mismatch.
    UnsupportedOperationVersionMismatch,
    /// `UnsupportedOperation.VersionNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: version not supported.
    UnsupportedOperationVersionNotSupported,
    /// `UnsupportedOperation.VpcMismatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpc mismatch.
    UnsupportedOperationVpcMismatch,
    /// `UnsupportedOperation.VpcPeerAlreadyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpc peer already exist.
    UnsupportedOperationVpcPeerAlreadyExist,
    /// `UnsupportedOperation.VpcPeerCidrConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpc peer cidr conflict.
    UnsupportedOperationVpcPeerCidrConflict,
    /// `UnsupportedOperation.VpcPeerInvalidStateChange`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpc peer invalid state change.
    UnsupportedOperationVpcPeerInvalidStateChange,
    /// `UnsupportedOperation.VpcPeerPurviewError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpc peer purview error.
    UnsupportedOperationVpcPeerPurviewError,
    /// `UnsupportedOperation.VpnConnCidrNotSupportedHealthCheck`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpn conn cidr not supported health check.
    UnsupportedOperationVpnConnCidrNotSupportedHealthCheck,
    /// `UnsupportedOperation.VpnConnDestCidrConflictWithPrivateNet`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpn conn dest cidr conflict with private net.
    UnsupportedOperationVpnConnDestCidrConflictWithPrivateNet,
    /// `UnsupportedOperation.VpnConnInvalidState`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpn conn invalid state.
    UnsupportedOperationVpnConnInvalidState,
    /// `UnsupportedOperation.VpnConnRouteTypeMixed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpn conn route type mixed.
    UnsupportedOperationVpnConnRouteTypeMixed,
    /// `UnsupportedOperation.VpnConnSPDOverlap`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpn conn SPD overlap.
    UnsupportedOperationVpnConnSpdOverlap,
    /// `UnsupportedOperation.VpnGatewayVpcNoIpv6Subnet`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpn gateway vpc no ipv6 subnet.
    UnsupportedOperationVpnGatewayVpcNoIpv6Subnet,
    /// `UnsupportedOperation.VpnGwVpcIdMustHave`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpn gw vpc id must have.
    UnsupportedOperationVpnGwVpcIdMustHave,
    /// `UnsupportedOperation.VpnGwVpcIdNotHave`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpn gw vpc id not have.
    UnsupportedOperationVpnGwVpcIdNotHave,
    /// `UnsupportedOperation.VpnUnsupportedBgp`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpn unsupported bgp.
    UnsupportedOperationVpnUnsupportedBgp,
    /// `UnsupportedOperation.VpnUnsupportedBgpAsnEqual`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpn unsupported bgp asn equal.
    UnsupportedOperationVpnUnsupportedBgpAsnEqual,
    /// `UnsupportedOperation.VpnUnsupportedModifyBandwidth`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpn unsupported modify bandwidth.
    UnsupportedOperationVpnUnsupportedModifyBandwidth,
    /// `UnsupportedOperation.VpnUnsupportedModifyBgpAsn`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpn unsupported modify bgp asn.
    UnsupportedOperationVpnUnsupportedModifyBgpAsn,
    /// `UnsupportedOperation.VpnUnsupportedNotExistBgpAsn`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpn unsupported not exist bgp asn.
    UnsupportedOperationVpnUnsupportedNotExistBgpAsn,
    /// `UnsupportedOperation.VpnUnsupportedRouteEcmpForCvmVpn`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpn unsupported route ecmp for cvm vpn.
    UnsupportedOperationVpnUnsupportedRouteEcmpForCvmVpn,
    /// `UnsupportedOperation.VpnUnsupportedUsrGwNotExistBgpAsn`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpn unsupported usr gw not exist bgp asn.
    UnsupportedOperationVpnUnsupportedUsrGwNotExistBgpAsn,
    /// `UnsupportedOperation.WhiteListNotAdd`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: white list not add.
    UnsupportedOperationWhiteListNotAdd,
    /// `UnsupportedOperation.ZoneMismatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: zone mismatch.
    UnsupportedOperationZoneMismatch,
    /// `VpcLimitExceeded`: no documented HTTP status; retry: never; category: unknown.
    /// Vpc limit exceeded.
    VpcLimitExceeded,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 530] = [
        "AddressQuotaLimitExceeded",
        "AddressQuotaLimitExceeded.DailyAllocate",
        "AuthFailure",
        "FailedOperation.AddressEniInfoNotFound",
        "FailedOperation.BalanceInsufficient",
        "FailedOperation.CreateCcnFailed",
        "FailedOperation.CreateVpnGatewayFailed",
        "FailedOperation.InvalidRegion",
        "FailedOperation.IpTypeNotPermit",
        "FailedOperation.MasterEniNotFound",
        "FailedOperation.NetDetectTimeOut",
        "FailedOperation.TaskFailed",
        "InternalError",
        "InternalError.CreateCkafkaRouteError",
        "InternalError.ModuleError",
        "InternalServerError",
        "InvalidAccount.NotSupported",
        "InvalidAddressId.Blocked",
        "InvalidAddressId.NotFound",
        "InvalidAddressIdState.InArrears",
        "InvalidAddressIdStatus.NotPermit",
        "InvalidAddressState",
        "InvalidInstance.NotSupported",
        "InvalidInstanceId.AlreadyBindEip",
        "InvalidInstanceId.NotFound",
        "InvalidNetworkInterfaceId.NotFound",
        "InvalidParameter",
        "InvalidParameter.AclTypeMismatch",
        "InvalidParameter.Coexist",
        "InvalidParameter.Conflict",
        "InvalidParameter.DuplicatedLbTrafficMirrorCollectors",
        "InvalidParameter.FilterInvalidKey",
        "InvalidParameter.FilterMissParameter",
        "InvalidParameter.FilterNotDict",
        "InvalidParameter.FilterValuesNotList",
        "InvalidParameter.InvalidFilter",
        "InvalidParameter.InvalidKey",
        "InvalidParameter.NextHopMismatch",
        "InvalidParameter.NotDict",
        "InvalidParameter.NotList",
        "InvalidParameter.NotStr",
        "InvalidParameter.UnsupportedLbTrafficMirrorAz",
        "InvalidParameter.VpgHaGroupNotFound",
        "InvalidParameterConflict",
        "InvalidParameterValue",
        "InvalidParameterValue.AccessSubnetMask",
        "InvalidParameterValue.AccessSubnetPrefix",
        "InvalidParameterValue.AddressAlreadyHasPassThrough",
        "InvalidParameterValue.AddressAttacked",
        "InvalidParameterValue.AddressIdMalformed",
        "InvalidParameterValue.AddressInternetChargeTypeConflict",
        "InvalidParameterValue.AddressIpNotAvailable",
        "InvalidParameterValue.AddressIpNotFound",
        "InvalidParameterValue.AddressIpNotInVpc",
        "InvalidParameterValue.AddressIpNotPublic",
        "InvalidParameterValue.AddressIpsNotFound",
        "InvalidParameterValue.AddressNotApplicable",
        "InvalidParameterValue.AddressNotCalcIP",
        "InvalidParameterValue.AddressNotFound",
        "InvalidParameterValue.AddressPublished",
        "InvalidParameterValue.AddressTypeConflict",
        "InvalidParameterValue.BandwidthOutOfRange",
        "InvalidParameterValue.BandwidthPackageIdMalformed",
        "InvalidParameterValue.BandwidthPackageInUse",
        "InvalidParameterValue.BandwidthPackageNotFound",
        "InvalidParameterValue.BandwidthTooSmall",
        "InvalidParameterValue.CcnAttachBmvpcLimitExceeded",
        "InvalidParameterValue.CidrConflict",
        "InvalidParameterValue.CidrNotInPeerVpc",
        "InvalidParameterValue.CidrNotInSslVpnVpc",
        "InvalidParameterValue.Combination",
        "InvalidParameterValue.Duplicate",
        "InvalidParameterValue.DuplicatePara",
        "InvalidParameterValue.DuplicateRegion",
        "InvalidParameterValue.DuplicatedHaVipAssociations",
        "InvalidParameterValue.DuplicatedLbTrafficMirrorCollectors",
        "InvalidParameterValue.DuplicatedLbTrafficMirrorReciverEndpoint",
        "InvalidParameterValue.EIPBrandWidthOutInvalid",
        "InvalidParameterValue.EgressConflict",
        "InvalidParameterValue.Empty",
        "InvalidParameterValue.IPv6RuleIdExisted",
        "InvalidParameterValue.IPv6RuleNotChange",
        "InvalidParameterValue.Illegal",
        "InvalidParameterValue.InVpcCidr",
        "InvalidParameterValue.InconsistentInstanceInternetChargeType",
        "InvalidParameterValue.InstanceDoesNotSupportAnycast",
        "InvalidParameterValue.InstanceDoesNotSupportEipVisibleOnEni",
        "InvalidParameterValue.InstanceHasNoWanIP",
        "InvalidParameterValue.InstanceHasWanIP",
        "InvalidParameterValue.InstanceIdMalformed",
        "InvalidParameterValue.InstanceNoCalcIP",
        "InvalidParameterValue.InstanceNoWanIP",
        "InvalidParameterValue.InstanceNormalPublicIpBlocked",
        "InvalidParameterValue.InstanceNotMatchAssociateEni",
        "InvalidParameterValue.InstanceVpcDoesNotSupportEipVisibleOnEni",
        "InvalidParameterValue.InternetChargeTypeNotChanged",
        "InvalidParameterValue.Invalid",
        "InvalidParameterValue.InvalidBandwidthPackageChargeType",
        "InvalidParameterValue.InvalidBusiness",
        "InvalidParameterValue.InvalidDedicatedClusterId",
        "InvalidParameterValue.InvalidEgress",
        "InvalidParameterValue.InvalidInstanceInternetChargeType",
        "InvalidParameterValue.InvalidInstanceState",
        "InvalidParameterValue.InvalidIpv6",
        "InvalidParameterValue.InvalidLbTrafficMirrorReciverEndpoint",
        "InvalidParameterValue.InvalidOldBandwidth",
        "InvalidParameterValue.InvalidTag",
        "InvalidParameterValue.Ip6RuleNotFound",
        "InvalidParameterValue.Ip6TranslatorNotFound",
        "InvalidParameterValue.LBAlreadyBindEip",
        "InvalidParameterValue.LimitExceeded",
        "InvalidParameterValue.Malformed",
        "InvalidParameterValue.MemberApprovalApplicationIdMismatch",
        "InvalidParameterValue.MemberApprovalApplicationNotApproved",
        "InvalidParameterValue.MemberApprovalApplicationRejected",
        "InvalidParameterValue.MemberApprovalApplicationStarted",
        "InvalidParameterValue.MirrorLackTargetResource",
        "InvalidParameterValue.MissingAssociateEntity",
        "InvalidParameterValue.MixedAddressIpSetType",
        "InvalidParameterValue.MustHasOne",
        "InvalidParameterValue.NatGatewayDnatRuleExisted",
        "InvalidParameterValue.NatGatewayDnatRuleNotExists",
        "InvalidParameterValue.NatGatewayDnatRulePipNeedVm",
        "InvalidParameterValue.NatGatewayDnatRuleRepeated",
        "InvalidParameterValue.NatGatewaySnatRuleNotExists",
        "InvalidParameterValue.NatSnatRuleExists",
        "InvalidParameterValue.NetDetectInVpc",
        "InvalidParameterValue.NetDetectNotFoundIp",
        "InvalidParameterValue.NetDetectSameIp",
        "InvalidParameterValue.NetworkInterfaceIdMalformed",
        "InvalidParameterValue.NetworkInterfaceIdNotMatch",
        "InvalidParameterValue.NetworkInterfaceInstanceNotSupport",
        "InvalidParameterValue.NetworkInterfaceNotFound",
        "InvalidParameterValue.NotInVpcCidr",
        "InvalidParameterValue.NotUtf8EncodingError",
        "InvalidParameterValue.ObjectUseInTrafficMirror",
        "InvalidParameterValue.ObjectVpcNotCurrentVpc",
        "InvalidParameterValue.OnlySupportedForMasterNetworkCard",
        "InvalidParameterValue.ParameterMismatch",
        "InvalidParameterValue.PrivateIpAddressDoesNotSupportEipVisibleOnEni",
        "InvalidParameterValue.PrivateIpAddressNotMatch",
        "InvalidParameterValue.PrivateNatNotExists",
        "InvalidParameterValue.PrivateNatRuleNotExists",
        "InvalidParameterValue.PrivateNatSnatRuleNotSupport",
        "InvalidParameterValue.QosLevelRequired",
        "InvalidParameterValue.Range",
        "InvalidParameterValue.Reserved",
        "InvalidParameterValue.ResourceAlreadyExisted",
        "InvalidParameterValue.ResourceExpired",
        "InvalidParameterValue.ResourceIdMalformed",
        "InvalidParameterValue.ResourceNotExisted",
        "InvalidParameterValue.ResourceNotFound",
        "InvalidParameterValue.ResourceNotSupport",
        "InvalidParameterValue.RouteNextHopInvalid",
        "InvalidParameterValue.RoutePolicyAssociationExists",
        "InvalidParameterValue.RoutePolicyPriorityConflict",
        "InvalidParameterValue.SslCcnVpnServerCidrConflict",
        "InvalidParameterValue.StopChargingInstanceInUse",
        "InvalidParameterValue.SubnetConflict",
        "InvalidParameterValue.SubnetOverlap",
        "InvalidParameterValue.SubnetOverlapAssistCidr",
        "InvalidParameterValue.SubnetOverlapRoute",
        "InvalidParameterValue.SubnetRange",
        "InvalidParameterValue.TagDuplicateKey",
        "InvalidParameterValue.TagDuplicateResourceType",
        "InvalidParameterValue.TagInvalidKey",
        "InvalidParameterValue.TagInvalidKeyLen",
        "InvalidParameterValue.TagInvalidVal",
        "InvalidParameterValue.TagKeyNotExists",
        "InvalidParameterValue.TagNotAllocatedQuota",
        "InvalidParameterValue.TagNotExisted",
        "InvalidParameterValue.TagNotSupportTag",
        "InvalidParameterValue.TagResourceFormatError",
        "InvalidParameterValue.TagTimestampExceeded",
        "InvalidParameterValue.TagValNotExists",
        "InvalidParameterValue.TooLong",
        "InvalidParameterValue.TraditionalIPv6VisibleOnEniNotSupported",
        "InvalidParameterValue.TrafficPackageId",
        "InvalidParameterValue.TrafficPackageIdMalformed",
        "InvalidParameterValue.TrafficPackageNotFound",
        "InvalidParameterValue.TrafficPackageNotSupported",
        "InvalidParameterValue.TrafficPackageResourceIdMalformed",
        "InvalidParameterValue.UnavailableZone",
        "InvalidParameterValue.UnsupportedEgress",
        "InvalidParameterValue.UnsupportedLbTrafficMirrorAz",
        "InvalidParameterValue.UnsupportedTrafficMirrorAction",
        "InvalidParameterValue.VpcCidrConflict",
        "InvalidParameterValue.VpcCidrOverlapRoute",
        "InvalidParameterValue.VpcIdNotNeededForFlowLog",
        "InvalidParameterValue.VpgTypeNotMatch",
        "InvalidParameterValue.VpnConnBgpTunnelCidrConflict",
        "InvalidParameterValue.VpnConnBgpTunnelCidrMask",
        "InvalidParameterValue.VpnConnBgpTunnelCidrNotSupported",
        "InvalidParameterValue.VpnConnCidrConflict",
        "InvalidParameterValue.VpnConnHealthCheckIpConflict",
        "InvalidParameterValue.VpnConnSpdCidrConflict",
        "InvalidParameterValue.VpnGatewayRouteDuplicate",
        "InvalidParameterValue.ZoneConflict",
        "InvalidPrivateIpAddress.AlreadyBindEip",
        "InvalidRouteId.NotFound",
        "InvalidRouteTableId.Malformed",
        "InvalidRouteTableId.NotFound",
        "InvalidSecurityGroupID.Malformed",
        "InvalidSecurityGroupID.NotFound",
        "InvalidVpcId.Malformed",
        "InvalidVpcId.NotFound",
        "InvalidVpnGatewayId.Malformed",
        "InvalidVpnGatewayId.NotFound",
        "LimitExceeded",
        "LimitExceeded.AccountReturnQuota",
        "LimitExceeded.ActionLimited",
        "LimitExceeded.Address",
        "LimitExceeded.AddressQuotaLimitExceeded",
        "LimitExceeded.AttachedSnapshotPolicyExceeded",
        "LimitExceeded.BandwidthPackageQuota",
        "LimitExceeded.BandwidthPackageResourceQuota",
        "LimitExceeded.CcnRouteBroadcastPolicy",
        "LimitExceeded.CcnRouteBroadcastPolicyCond",
        "LimitExceeded.ChangeAddressQuota",
        "LimitExceeded.CidrBlock",
        "LimitExceeded.CurrentInstanceAttachedCcnInstances",
        "LimitExceeded.DailyAllocateAddressQuotaLimitExceeded",
        "LimitExceeded.DailyChangeAddressQuota",
        "LimitExceeded.DefaultVpcLimitExceeded",
        "LimitExceeded.InstanceAddressQuota",
        "LimitExceeded.ModifyAddressInternetChargeTypeQuota",
        "LimitExceeded.MonthlyAddressRecoveryQuota",
        "LimitExceeded.NatGatewayDnatLimitExceeded",
        "LimitExceeded.NatGatewayLimitExceeded",
        "LimitExceeded.NatGatewayPerVpcLimitExceeded",
        "LimitExceeded.NetworkInterfaceLimitExceeded",
        "LimitExceeded.NumberOfFilters",
        "LimitExceeded.PrivateNatTranslationAclRule",
        "LimitExceeded.PrivateNatTranslationNatRule",
        "LimitExceeded.PublicIpAddressPerNatGatewayLimitExceeded",
        "LimitExceeded.SecurityGroupPolicySet",
        "LimitExceeded.SslVpnClientLimitExceeded",
        "LimitExceeded.SubnetCidrBlock",
        "LimitExceeded.TagKeyExceeded",
        "LimitExceeded.TagKeyPerResourceExceeded",
        "LimitExceeded.TagNotEnoughQuota",
        "LimitExceeded.TagQuota",
        "LimitExceeded.TagQuotaExceeded",
        "LimitExceeded.TagTagsExceeded",
        "LimitExceeded.TrafficPackageQuota",
        "LimitExceeded.VpcPeerAvaLimitExceeded",
        "LimitExceeded.VpcPeerTotalLimitExceeded",
        "LimitExceeded.VpnGatewayRoutesLimitExceeded",
        "MissingParameter",
        "MissingParameter.MultiMissingParameter",
        "OperationDenied.AddressDeletionProtectionEnabled",
        "OperationDenied.AddressInArrears",
        "OperationDenied.MutexTaskRunning",
        "OperationDenied.TrafficExceedThreshold",
        "OperationDenied.TrafficValidationFailed",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInUse.Address",
        "ResourceInUse.NatUsedByCFW",
        "ResourceInsufficient",
        "ResourceInsufficient.CidrBlock",
        "ResourceInsufficient.Instance",
        "ResourceInsufficient.Subnet",
        "ResourceNotFound",
        "ResourceNotFound.SvcNotExist",
        "ResourceUnavailable",
        "ResourceUnavailable.DcgIpv6NeedVpcCreateIPv6Cidr",
        "ResourceUnavailable.FailedGetCdcIdcVip",
        "ResourceUnavailable.ServiceWhiteListNotAdded",
        "UnauthorizedOperation",
        "UnauthorizedOperation.AnycastEip",
        "UnauthorizedOperation.AttachmentNotFound",
        "UnauthorizedOperation.InvalidAccount",
        "UnauthorizedOperation.NoRealNameAuthentication",
        "UnauthorizedOperation.PrimaryIp",
        "UnauthorizedOperation.VpcPeerCidrConflict",
        "UnknownParameter",
        "UnknownParameter.WithGuess",
        "UnsupportedOperation",
        "UnsupportedOperation.AccountNotSupported",
        "UnsupportedOperation.ActionNotFound",
        "UnsupportedOperation.AddressIpInArrear",
        "UnsupportedOperation.AddressIpInternetChargeTypeNotPermit",
        "UnsupportedOperation.AddressIpNotSupportInstance",
        "UnsupportedOperation.AddressIpStatusNotPermit",
        "UnsupportedOperation.AddressStatusNotPermit",
        "UnsupportedOperation.AppIdMismatch",
        "UnsupportedOperation.AppIdNotFound",
        "UnsupportedOperation.AssociatedVpcOfCcnHadNatRoute",
        "UnsupportedOperation.AttachmentAlreadyExists",
        "UnsupportedOperation.AttachmentNotFound",
        "UnsupportedOperation.BandwidthNotExpired",
        "UnsupportedOperation.BandwidthPackageIdNotSupported",
        "UnsupportedOperation.BillingFailed",
        "UnsupportedOperation.BindCloudFirewall",
        "UnsupportedOperation.BindEIP",
        "UnsupportedOperation.BpaasResources",
        "UnsupportedOperation.BroadcastConditionMustBeVpgTypeOrVpgInstance",
        "UnsupportedOperation.CIDRUnSupportedClassicLink",
        "UnsupportedOperation.CanNotAssignDefaultRouteTable",
        "UnsupportedOperation.CcnAttached",
        "UnsupportedOperation.CcnCrossAccount",
        "UnsupportedOperation.CcnHasFlowLog",
        "UnsupportedOperation.CcnInstanceAccountNotApprovedByUnicom",
        "UnsupportedOperation.CcnInstanceHasBoundPolicyRouteNextHopNotAllowedDetach",
        "UnsupportedOperation.CcnInstanceHasBoundPolicyRouteRuleNotAllowedDetach",
        "UnsupportedOperation.CcnIpv6NotSupportMultipleRouteTable",
        "UnsupportedOperation.CcnNotAttached",
        "UnsupportedOperation.CcnNotEnableBroadcastPolicy",
        "UnsupportedOperation.CcnNotEnableCommunity",
        "UnsupportedOperation.CcnNotEnablePolicyBasedRoutingFlag",
        "UnsupportedOperation.CcnOrdinaryAccountRefuseAttach",
        "UnsupportedOperation.CcnRouteCidrOverlap",
        "UnsupportedOperation.CcnRouteOverlapFlagDisableNotSupported",
        "UnsupportedOperation.CcnRouteTableNotExist",
        "UnsupportedOperation.CcnTrafficMeteringUnableCrossBorder",
        "UnsupportedOperation.CdcPublishNeedCdcId",
        "UnsupportedOperation.CdcSubnetNotSupportUnLocalGateway",
        "UnsupportedOperation.CdcVpgNotExists",
        "UnsupportedOperation.ClassicInstanceIdAlreadyExists",
        "UnsupportedOperation.ClbPolicyExceedLimit",
        "UnsupportedOperation.ClbPolicyLimit",
        "UnsupportedOperation.ConflictWithDockerRoute",
        "UnsupportedOperation.CopperCcnNotSupportedCreate",
        "UnsupportedOperation.CopperCcnSupportedPrepaid",
        "UnsupportedOperation.CurrentAccountIsNotUnicomAccount",
        "UnsupportedOperation.CurrentQueryRegionIsNotCrossBorder",
        "UnsupportedOperation.DCGatewayNatRuleExists",
        "UnsupportedOperation.DcGatewaysNotFoundInVpc",
        "UnsupportedOperation.DcgHasFlowLog",
        "UnsupportedOperation.DelDefaultRoute",
        "UnsupportedOperation.DelRouteWithSubnet",
        "UnsupportedOperation.DeleteCcnExistCcnExpressConnect",
        "UnsupportedOperation.DeleteVpnConnInvalidState",
        "UnsupportedOperation.DeletionProtectionEnabled",
        "UnsupportedOperation.DeliveryFailed",
        "UnsupportedOperation.DirectConnectGatewayIsUpdatingCommunity",
        "UnsupportedOperation.DisabledNotifyCcn",
        "UnsupportedOperation.DpdkNatFlowLogOnlySupportAllTrafficType",
        "UnsupportedOperation.DuplicatePolicy",
        "UnsupportedOperation.Ecmp",
        "UnsupportedOperation.EcmpWithCcnRoute",
        "UnsupportedOperation.EcmpWithUserRoute",
        "UnsupportedOperation.EnableMultiCcnBandwidth",
        "UnsupportedOperation.EnableMulticast",
        "UnsupportedOperation.EndPointHadGwlbEipUnassociate",
        "UnsupportedOperation.EndPointMismatchEndPointServiceCdcId",
        "UnsupportedOperation.EndPointService",
        "UnsupportedOperation.EndPointServiceLoadBalancerInvalidType",
        "UnsupportedOperation.EniNotSupportTerminationProtection",
        "UnsupportedOperation.ExistCcnCustomRouteTablesNotSupportDeleteCcn",
        "UnsupportedOperation.ExistCcnInstancesNotSupportDeleteCcn",
        "UnsupportedOperation.ExistCcnRouteMatchRule",
        "UnsupportedOperation.ExistTrafficQosPolicy",
        "UnsupportedOperation.FlowLogInstanceExisted",
        "UnsupportedOperation.FlowLogsNotSupportKoInstanceEni",
        "UnsupportedOperation.FlowLogsNotSupportNullInstanceEni",
        "UnsupportedOperation.GUANotSupportAllocateCdcSubnet",
        "UnsupportedOperation.IPV6CidrNotDeployed",
        "UnsupportedOperation.IdempotentParameterMismatch",
        "UnsupportedOperation.IdempotentProcessing",
        "UnsupportedOperation.IncorrectAddressResourceType",
        "UnsupportedOperation.InstanceAndRtbNotMatch",
        "UnsupportedOperation.InstanceAssociateHavip",
        "UnsupportedOperation.InstanceCdcIdNotMatchCcnCdcId",
        "UnsupportedOperation.InstanceMismatch",
        "UnsupportedOperation.InstanceNotExist",
        "UnsupportedOperation.InstanceOrdinaryAccountRefuseAttach",
        "UnsupportedOperation.InstanceStateNotSupported",
        "UnsupportedOperation.InstanceStatusNotPermit",
        "UnsupportedOperation.InsufficientFunds",
        "UnsupportedOperation.InsufficientInternetServiceProviders",
        "UnsupportedOperation.InvalidAction",
        "UnsupportedOperation.InvalidAddressInternetChargeType",
        "UnsupportedOperation.InvalidAddressState",
        "UnsupportedOperation.InvalidInstanceState",
        "UnsupportedOperation.InvalidResourceInternetChargeType",
        "UnsupportedOperation.InvalidResourceProtocol",
        "UnsupportedOperation.InvalidState",
        "UnsupportedOperation.InvalidStatusNotifyCcn",
        "UnsupportedOperation.Ipv6NotSupport",
        "UnsupportedOperation.IsNotFinanceAccount",
        "UnsupportedOperation.IspNotSupported",
        "UnsupportedOperation.LDCXDisassociate",
        "UnsupportedOperation.LocalGatewayAlreadyExists",
        "UnsupportedOperation.LockedResources",
        "UnsupportedOperation.ModifyAddressAttribute",
        "UnsupportedOperation.MultipleVpcNotSupportAttachAccountHasIpv6",
        "UnsupportedOperation.MutexOperationTaskRunning",
        "UnsupportedOperation.NatGatewayDnatAndFlowLogConflict",
        "UnsupportedOperation.NatGatewayEipNotExists",
        "UnsupportedOperation.NatGatewayHadEipUnassociate",
        "UnsupportedOperation.NatGatewayHaveHighTraffic",
        "UnsupportedOperation.NatGatewayHaveRoute",
        "UnsupportedOperation.NatGatewayHaveRouteAndHighTraffic",
        "UnsupportedOperation.NatGatewayHaveTrafficMirror",
        "UnsupportedOperation.NatGatewayIsBusy",
        "UnsupportedOperation.NatGatewayRestricted",
        "UnsupportedOperation.NatGatewayRulePipExists",
        "UnsupportedOperation.NatGatewaySnatPipNeedVm",
        "UnsupportedOperation.NatGatewaySnatRuleNotExists",
        "UnsupportedOperation.NatGatewayTypeNotSupportSNAT",
        "UnsupportedOperation.NatHasBoundVpg",
        "UnsupportedOperation.NatHasECMP",
        "UnsupportedOperation.NatHasEnabledGatewayFlowControl",
        "UnsupportedOperation.NatHasFlowLog",
        "UnsupportedOperation.NatInstanceExclusive",
        "UnsupportedOperation.NatNfvUnsupportedRegion",
        "UnsupportedOperation.NatNotSupported",
        "UnsupportedOperation.NatSpecificationExceeded",
        "UnsupportedOperation.NatTypeError",
        "UnsupportedOperation.NatUsageExceeded",
        "UnsupportedOperation.NoCdcDcGw",
        "UnsupportedOperation.NormalSubnetNotSupportLocalGateway",
        "UnsupportedOperation.NotLockedInstanceOperation",
        "UnsupportedOperation.NotMatchTargetService",
        "UnsupportedOperation.NotPendingCcnInstance",
        "UnsupportedOperation.NotPostpaidCcnOperation",
        "UnsupportedOperation.NotPutVpcSnatIpAddress",
        "UnsupportedOperation.NotSupportAttachEdgeAndCrossBorderInstance",
        "UnsupportedOperation.NotSupportCreateCcnRouteTable",
        "UnsupportedOperation.NotSupportCreateIpv6VpnGateway",
        "UnsupportedOperation.NotSupportDeleteDefaultCcnRouteTable",
        "UnsupportedOperation.NotSupportDeleteDefaultRouteTable",
        "UnsupportedOperation.NotSupportDeleteVpcBmPeer",
        "UnsupportedOperation.NotSupportModifyDefaultCcnRouteTable",
        "UnsupportedOperation.NotSupportRouteType",
        "UnsupportedOperation.NotSupportSameCcnInstanceAndSourceAddress",
        "UnsupportedOperation.NotSupportZone",
        "UnsupportedOperation.NotSupportedAddressIpsChargeType",
        "UnsupportedOperation.NotSupportedCreateTrafficMeteringTypeCcn",
        "UnsupportedOperation.NotSupportedLocalAddressType",
        "UnsupportedOperation.NotSupportedPurchaseCenterEgressResource",
        "UnsupportedOperation.NotSupportedUpdateCcnRoutePublish",
        "UnsupportedOperation.NotifyCcn",
        "UnsupportedOperation.OfflineChargeType",
        "UnsupportedOperation.OnlyInterRegionLimitSupportedCreateTrafficQosPolicy",
        "UnsupportedOperation.OnlySupportProfessionKafka",
        "UnsupportedOperation.ParameterSslVpnProtocol",
        "UnsupportedOperation.PrepaidCcnOnlySupportBandwidthMetering",
        "UnsupportedOperation.PrepaidCcnOnlySupportInterRegionLimit",
        "UnsupportedOperation.PrimaryIp",
        "UnsupportedOperation.PrivateBgpVpnGateway",
        "UnsupportedOperation.PrivateNatGatewayAssociationExists",
        "UnsupportedOperation.PrivateSslVpnGateway",
        "UnsupportedOperation.PrivateVpnGateway",
        "UnsupportedOperation.PublicClbNotSupport",
        "UnsupportedOperation.PublicIpAddressDisassociate",
        "UnsupportedOperation.PublicIpAddressIsNotBGPIp",
        "UnsupportedOperation.PublicIpAddressIsNotExisted",
        "UnsupportedOperation.PublicIpAddressNotBilledByTraffic",
        "UnsupportedOperation.PurchaseLimit",
        "UnsupportedOperation.RecordExists",
        "UnsupportedOperation.RecordNotExists",
        "UnsupportedOperation.RemoteRegionSgHasReferencedSg",
        "UnsupportedOperation.ResourceIsInvalidState",
        "UnsupportedOperation.ResourceMismatch",
        "UnsupportedOperation.ResourceProcessing",
        "UnsupportedOperation.RoleNotFound",
        "UnsupportedOperation.RoutePolicyAssociation",
        "UnsupportedOperation.RoutePvgw2",
        "UnsupportedOperation.RouteTableCanNotDelete",
        "UnsupportedOperation.RouteTableExceedPerVbcLimit",
        "UnsupportedOperation.RouteTableHasSubnetRule",
        "UnsupportedOperation.RouteTableSelectPolicyExceed",
        "UnsupportedOperation.SSLClientCertAlreadyDisableOrCertAbnormal",
        "UnsupportedOperation.SSLClientCertAlreadyEnableOrCertAbnormal",
        "UnsupportedOperation.SSLClientCertDisableUnsupportedDownloadSSLClientCert",
        "UnsupportedOperation.ServiceUnsupportedRegion",
        "UnsupportedOperation.SgNumExceedLimit",
        "UnsupportedOperation.SnapshotAttached",
        "UnsupportedOperation.SnapshotBackupTypeModify",
        "UnsupportedOperation.SnapshotFileFailed",
        "UnsupportedOperation.SnapshotFileNoExist",
        "UnsupportedOperation.SnapshotFileProcessing",
        "UnsupportedOperation.SnapshotInstanceRegionDiff",
        "UnsupportedOperation.SnapshotNotAttached",
        "UnsupportedOperation.SnatSubnet",
        "UnsupportedOperation.SpecialEndPointService",
        "UnsupportedOperation.SslVpnClientIdNotFound",
        "UnsupportedOperation.SubEniNotSupportTrunking",
        "UnsupportedOperation.SubnetMismatchVpcCdcId",
        "UnsupportedOperation.SubnetNotExists",
        "UnsupportedOperation.SystemRoute",
        "UnsupportedOperation.TagAllocate",
        "UnsupportedOperation.TagFree",
        "UnsupportedOperation.TagNotPermit",
        "UnsupportedOperation.TagSystemReservedTagKey",
        "UnsupportedOperation.TrafficMirrorNotSupportClb",
        "UnsupportedOperation.TrafficMirrorNotSupportSameSrcTarget",
        "UnsupportedOperation.TrafficProtectionNotSupportIPv6",
        "UnsupportedOperation.TrafficQosPolicyBandwidth",
        "UnsupportedOperation.TrafficValidationFailed",
        "UnsupportedOperation.UinNotFound",
        "UnsupportedOperation.UnableCrossBorder",
        "UnsupportedOperation.UnableCrossFinance",
        "UnsupportedOperation.UnassignCidrBlock",
        "UnsupportedOperation.UnbindEIP",
        "UnsupportedOperation.UnpaidOrderAlreadyExists",
        "UnsupportedOperation.UnsupportedBindLocalZoneEIP",
        "UnsupportedOperation.UnsupportedInstanceFamily",
        "UnsupportedOperation.UnsupportedLegacyAccount",
        "UnsupportedOperation.UnsupportedLocalZoneNat",
        "UnsupportedOperation.UnsupportedRegion",
        "UnsupportedOperation.UserAndCcnChargeTypeNotMatch",
        "UnsupportedOperation.VersionMismatch",
        "UnsupportedOperation.VersionNotSupported",
        "UnsupportedOperation.VpcMismatch",
        "UnsupportedOperation.VpcPeerAlreadyExist",
        "UnsupportedOperation.VpcPeerCidrConflict",
        "UnsupportedOperation.VpcPeerInvalidStateChange",
        "UnsupportedOperation.VpcPeerPurviewError",
        "UnsupportedOperation.VpnConnCidrNotSupportedHealthCheck",
        "UnsupportedOperation.VpnConnDestCidrConflictWithPrivateNet",
        "UnsupportedOperation.VpnConnInvalidState",
        "UnsupportedOperation.VpnConnRouteTypeMixed",
        "UnsupportedOperation.VpnConnSPDOverlap",
        "UnsupportedOperation.VpnGatewayVpcNoIpv6Subnet",
        "UnsupportedOperation.VpnGwVpcIdMustHave",
        "UnsupportedOperation.VpnGwVpcIdNotHave",
        "UnsupportedOperation.VpnUnsupportedBgp",
        "UnsupportedOperation.VpnUnsupportedBgpAsnEqual",
        "UnsupportedOperation.VpnUnsupportedModifyBandwidth",
        "UnsupportedOperation.VpnUnsupportedModifyBgpAsn",
        "UnsupportedOperation.VpnUnsupportedNotExistBgpAsn",
        "UnsupportedOperation.VpnUnsupportedRouteEcmpForCvmVpn",
        "UnsupportedOperation.VpnUnsupportedUsrGwNotExistBgpAsn",
        "UnsupportedOperation.WhiteListNotAdd",
        "UnsupportedOperation.ZoneMismatch",
        "VpcLimitExceeded",
    ];
    static NAME_CODES: [u32; 26] = [
        43, 57, 77, 87, 88, 90, 91, 109, 202, 203, 258, 295, 298, 327, 357, 358, 383,
        401, 403, 448, 465, 466, 467, 497, 499, 516,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterConflict2InvalidParameterValueAddressNotCalcIpInvalidParameterValueEipBrandWidthOutInvalidInvalidParameterValueInstanceHasNoWanIpInvalidParameterValueInstanceHasWanIpInvalidParameterValueInstanceNoCalcIpInvalidParameterValueInstanceNoWanIpInvalidParameterValueLbAlreadyBindEipInvalidSecurityGroupIdMalformedInvalidSecurityGroupIdNotFoundResourceInUseNatUsedByCfwUnsupportedOperationBindEipUnsupportedOperationCidrUnSupportedClassicLinkUnsupportedOperationDcGatewayNatRuleExistsUnsupportedOperationGuaNotSupportAllocateCdcSubnetUnsupportedOperationIpv6CidrNotDeployedUnsupportedOperationLdcxDisassociateUnsupportedOperationNatGatewayTypeNotSupportSnatUnsupportedOperationNatHasEcmpUnsupportedOperationPublicIpAddressIsNotBgpIpUnsupportedOperationSslClientCertAlreadyDisableOrCertAbnormalUnsupportedOperationSslClientCertAlreadyEnableOrCertAbnormalUnsupportedOperationSslClientCertDisableUnsupportedDownloadSslClientCertUnsupportedOperationUnbindEipUnsupportedOperationUnsupportedBindLocalZoneEipUnsupportedOperationVpnConnSpdOverlap",
        ends: &[
            0, 25, 62, 106, 145, 182, 219, 255, 292, 323, 353, 378, 405, 451, 493, 543,
            582, 618, 666, 696, 741, 802, 862, 934, 963, 1010, 1047,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Address quota limit exceeded.Address quota limit exceeded: daily allocate.Authentication failed.The operation failed: address eni info not found.The operation failed: balance insufficient.The operation failed: create ccn failed.The operation failed: create vpn gateway failed.The operation failed: invalid region.The operation failed: ip type not permit.The operation failed: master eni not found.The operation failed: net detect time out.The operation failed: task failed.An internal error occurred.An internal error occurred: create ckafka route error.An internal error occurred: module error.Internal server error.Invalid account: not supported.Invalid address id: blocked.Invalid address id: not found.Invalid address id state: in arrears.Invalid address id status: not permit.Invalid address state.Invalid instance: not supported.Invalid instance id: already bind eip.Invalid instance id: not found.Invalid network interface id: not found.A parameter is invalid.A parameter is invalid: acl type mismatch.A parameter is invalid: coexist.A parameter is invalid: conflict.A parameter is invalid: duplicated lb traffic mirror collectors.A parameter is invalid: filter invalid key.A parameter is invalid: filter miss parameter.A parameter is invalid: filter not dict.A parameter is invalid: filter values not list.A parameter is invalid: invalid filter.A parameter is invalid: invalid key.A parameter is invalid: next hop mismatch.A parameter is invalid: not dict.A parameter is invalid: not list.A parameter is invalid: not str.A parameter is invalid: unsupported lb traffic mirror az.A parameter is invalid: vpg ha group not found.Invalid parameter conflict.A parameter value is invalid.A parameter value is invalid: access subnet mask.A parameter value is invalid: access subnet prefix.A parameter value is invalid: address already has pass through.A parameter value is invalid: address attacked.A parameter value is invalid: address id malformed.A parameter value is invalid: address internet charge type conflict.A parameter value is invalid: address ip not available.A parameter value is invalid: address ip not found.A parameter value is invalid: address ip not in vpc.A parameter value is invalid: address ip not public.A parameter value is invalid: address ips not found.A parameter value is invalid: address not applicable.A parameter value is invalid: address not calc IP.A parameter value is invalid: address not found.A parameter value is invalid: address published.A parameter value is invalid: address type conflict.A parameter value is invalid: bandwidth out of range.A parameter value is invalid: bandwidth package id malformed.A parameter value is invalid: bandwidth package in use.A parameter value is invalid: bandwidth package not found.A parameter value is invalid: bandwidth too small.A parameter value is invalid: ccn attach bmvpc limit exceeded.A parameter value is invalid: cidr conflict.A parameter value is invalid: cidr not in peer vpc.A parameter value is invalid: cidr not in ssl vpn vpc.A parameter value is invalid: combination.A parameter value is invalid: duplicate.A parameter value is invalid: duplicate para.A parameter value is invalid: duplicate region.A parameter value is invalid: duplicated ha vip associations.A parameter value is invalid: duplicated lb traffic mirror collectors.A parameter value is invalid: duplicated lb traffic mirror reciver endpoint.A parameter value is invalid: EIP brand width out invalid.A parameter value is invalid: egress conflict.A parameter value is invalid: empty.A parameter value is invalid: IPv6 rule id existed.A parameter value is invalid: IPv6 rule not change.A parameter value is invalid: illegal.A parameter value is invalid: in vpc cidr.A parameter value is invalid: inconsistent instance internet charge type.A parameter value is invalid: instance does not support anycast.A parameter value is invalid: instance does not support eip visible on eni.A parameter value is invalid: instance has no wan IP.A parameter value is invalid: instance has wan IP.A parameter value is invalid: instance id malformed.A parameter value is invalid: instance no calc IP.A parameter value is invalid: instance no wan IP.A parameter value is invalid: instance normal public ip blocked.A parameter value is invalid: instance not match associate eni.A parameter value is invalid: instance vpc does not support eip visible on eni.A parameter value is invalid: internet charge type not changed.A parameter value is invalid: invalid.A parameter value is invalid: invalid bandwidth package charge type.A parameter value is invalid: invalid business.A parameter value is invalid: invalid dedicated cluster id.A parameter value is invalid: invalid egress.A parameter value is invalid: invalid instance internet charge type.A parameter value is invalid: invalid instance state.A parameter value is invalid: invalid ipv6.A parameter value is invalid: invalid lb traffic mirror reciver endpoint.A parameter value is invalid: invalid old bandwidth.A parameter value is invalid: invalid tag.A parameter value is invalid: ip6 rule not found.A parameter value is invalid: ip6 translator not found.A parameter value is invalid: LB already bind eip.A parameter value is invalid: limit exceeded.A parameter value is invalid: malformed.A parameter value is invalid: member approval application id mismatch.A parameter value is invalid: member approval application not approved.A parameter value is invalid: member approval application rejected.A parameter value is invalid: member approval application started.A parameter value is invalid: mirror lack target resource.A parameter value is invalid: missing associate entity.A parameter value is invalid: mixed address ip set type.A parameter value is invalid: must has one.A parameter value is invalid: nat gateway dnat rule existed.A parameter value is invalid: nat gateway dnat rule not exists.A parameter value is invalid: nat gateway dnat rule pip need vm.A parameter value is invalid: nat gateway dnat rule repeated.A parameter value is invalid: nat gateway snat rule not exists.A parameter value is invalid: nat snat rule exists.A parameter value is invalid: net detect in vpc.A parameter value is invalid: net detect not found ip.A parameter value is invalid: net detect same ip.A parameter value is invalid: network interface id malformed.A parameter value is invalid: network interface id not match.A parameter value is invalid: network interface instance not support.A parameter value is invalid: network interface not found.A parameter value is invalid: not in vpc cidr.A parameter value is invalid: not utf8 encoding error.A parameter value is invalid: object use in traffic mirror.A parameter value is invalid: object vpc not current vpc.A parameter value is invalid: only supported for master network card.A parameter value is invalid: parameter mismatch.A parameter value is invalid: private ip address does not support eip visible on eni.A parameter value is invalid: private ip address not match.A parameter value is invalid: private nat not exists.A parameter value is invalid: private nat rule not exists.A parameter value is invalid: private nat snat rule not support.A parameter value is invalid: qos level required.A parameter value is invalid: range.A parameter value is invalid: reserved.A parameter value is invalid: resource already existed.A parameter value is invalid: resource expired.A parameter value is invalid: resource id malformed.A parameter value is invalid: resource not existed.A parameter value is invalid: resource not found.A parameter value is invalid: resource not support.A parameter value is invalid: route next hop invalid.A parameter value is invalid: route policy association exists.A parameter value is invalid: route policy priority conflict.A parameter value is invalid: ssl ccn vpn server cidr conflict.A parameter value is invalid: stop charging instance in use.A parameter value is invalid: subnet conflict.A parameter value is invalid: subnet overlap.A parameter value is invalid: subnet overlap assist cidr.A parameter value is invalid: subnet overlap route.A parameter value is invalid: subnet range.A parameter value is invalid: tag duplicate key.A parameter value is invalid: tag duplicate resource type.A parameter value is invalid: tag invalid key.A parameter value is invalid: tag invalid key len.A parameter value is invalid: tag invalid val.A parameter value is invalid: tag key not exists.A parameter value is invalid: tag not allocated quota.A parameter value is invalid: tag not existed.A parameter value is invalid: tag not support tag.A parameter value is invalid: tag resource format error.A parameter value is invalid: tag timestamp exceeded.A parameter value is invalid: tag val not exists.A parameter value is invalid: too long.A parameter value is invalid: traditional IPv6 visible on eni not supported.A parameter value is invalid: traffic package id.A parameter value is invalid: traffic package id malformed.A parameter value is invalid: traffic package not found.A parameter value is invalid: traffic package not supported.A parameter value is invalid: traffic package resource id malformed.A parameter value is invalid: unavailable zone.A parameter value is invalid: unsupported egress.A parameter value is invalid: unsupported lb traffic mirror az.A parameter value is invalid: unsupported traffic mirror action.A parameter value is invalid: vpc cidr conflict.A parameter value is invalid: vpc cidr overlap route.A parameter value is invalid: vpc id not needed for flow log.A parameter value is invalid: vpg type not match.A parameter value is invalid: vpn conn bgp tunnel cidr conflict.A parameter value is invalid: vpn conn bgp tunnel cidr mask.A parameter value is invalid: vpn conn bgp tunnel cidr not supported.A parameter value is invalid: vpn conn cidr conflict.A parameter value is invalid: vpn conn health check ip conflict.A parameter value is invalid: vpn conn spd cidr conflict.A parameter value is invalid: vpn gateway route duplicate.A parameter value is invalid: zone conflict.Invalid private ip address: already bind eip.Invalid route id: not found.Invalid route table id: malformed.Invalid route table id: not found.Invalid security group ID: malformed.Invalid security group ID: not found.Invalid vpc id: malformed.Invalid vpc id: not found.Invalid vpn gateway id: malformed.Invalid vpn gateway id: not found.A limit was exceeded.A limit was exceeded: account return quota.A limit was exceeded: action limited.A limit was exceeded: address.A limit was exceeded: address quota limit exceeded.A limit was exceeded: attached snapshot policy exceeded.A limit was exceeded: bandwidth package quota.A limit was exceeded: bandwidth package resource quota.A limit was exceeded: ccn route broadcast policy.A limit was exceeded: ccn route broadcast policy cond.A limit was exceeded: change address quota.A limit was exceeded: cidr block.A limit was exceeded: current instance attached ccn instances.A limit was exceeded: daily allocate address quota limit exceeded.A limit was exceeded: daily change address quota.A limit was exceeded: default vpc limit exceeded.A limit was exceeded: instance address quota.A limit was exceeded: modify address internet charge type quota.A limit was exceeded: monthly address recovery quota.A limit was exceeded: nat gateway dnat limit exceeded.A limit was exceeded: nat gateway limit exceeded.A limit was exceeded: nat gateway per vpc limit exceeded.A limit was exceeded: network interface limit exceeded.A limit was exceeded: number of filters.A limit was exceeded: private nat translation acl rule.A limit was exceeded: private nat translation nat rule.A limit was exceeded: public ip address per nat gateway limit exceeded.A limit was exceeded: security group policy set.A limit was exceeded: ssl vpn client limit exceeded.A limit was exceeded: subnet cidr block.A limit was exceeded: tag key exceeded.A limit was exceeded: tag key per resource exceeded.A limit was exceeded: tag not enough quota.A limit was exceeded: tag quota.A limit was exceeded: tag quota exceeded.A limit was exceeded: tag tags exceeded.A limit was exceeded: traffic package quota.A limit was exceeded: vpc peer ava limit exceeded.A limit was exceeded: vpc peer total limit exceeded.A limit was exceeded: vpn gateway routes limit exceeded.A required parameter is missing.A required parameter is missing: multi missing parameter.The operation was denied: address deletion protection enabled.The operation was denied: address in arrears.The operation was denied: mutex task running.The operation was denied: traffic exceed threshold.The operation was denied: traffic validation failed.Too many requests were sent.The resource is in use.The resource is in use: address.The resource is in use: nat used by CFW.Resources are insufficient.Resources are insufficient: cidr block.Resources are insufficient: instance.Resources are insufficient: subnet.The resource was not found.The resource was not found: svc not exist.The resource is unavailable.The resource is unavailable: dcg ipv6 need vpc create IPv6 cidr.The resource is unavailable: failed get cdc idc vip.The resource is unavailable: service white list not added.The operation is not authorized.The operation is not authorized: anycast eip.The operation is not authorized: attachment not found.The operation is not authorized: invalid account.The operation is not authorized: no real name authentication.The operation is not authorized: primary ip.The operation is not authorized: vpc peer cidr conflict.An unknown parameter was given.An unknown parameter was given: with guess.The operation is not supported.The operation is not supported: account not supported.The operation is not supported: action not found.The operation is not supported: address ip in arrear.The operation is not supported: address ip internet charge type not permit.The operation is not supported: address ip not support instance.The operation is not supported: address ip status not permit.The operation is not supported: address status not permit.The operation is not supported: app id mismatch.The operation is not supported: app id not found.The operation is not supported: associated vpc of ccn had nat route.The operation is not supported: attachment already exists.The operation is not supported: attachment not found.The operation is not supported: bandwidth not expired.The operation is not supported: bandwidth package id not supported.The operation is not supported: billing failed.The operation is not supported: bind cloud firewall.The operation is not supported: bind EIP.The operation is not supported: bpaas resources.The operation is not supported: broadcast condition must be vpg type or vpg instance.The operation is not supported: CIDR un supported classic link.The operation is not supported: can not assign default route table.The operation is not supported: ccn attached.The operation is not supported: ccn cross account.The operation is not supported: ccn has flow log.The operation is not supported: ccn instance account not approved by unicom.The operation is not supported: ccn instance has bound policy route next hop not allowed detach.The operation is not supported: ccn instance has bound policy route rule not allowed detach.The operation is not supported: ccn ipv6 not support multiple route table.The operation is not supported: ccn not attached.The operation is not supported: ccn not enable broadcast policy.The operation is not supported: ccn not enable community.The operation is not supported: ccn not enable policy based routing flag.The operation is not supported: ccn ordinary account refuse attach.The operation is not supported: ccn route cidr overlap.The operation is not supported: ccn route overlap flag disable not supported.The operation is not supported: ccn route table not exist.The operation is not supported: ccn traffic metering unable cross border.The operation is not supported: cdc publish need cdc id.The operation is not supported: cdc subnet not support un local gateway.The operation is not supported: cdc vpg not exists.The operation is not supported: classic instance id already exists.The operation is not supported: clb policy exceed limit.The operation is not supported: clb policy limit.The operation is not supported: conflict with docker route.The operation is not supported: copper ccn not supported create.The operation is not supported: copper ccn supported prepaid.The operation is not supported: current account is not unicom account.The operation is not supported: current query region is not cross border.The operation is not supported: DC gateway nat rule exists.The operation is not supported: dc gateways not found in vpc.The operation is not supported: dcg has flow log.The operation is not supported: del default route.The operation is not supported: del route with subnet.The operation is not supported: delete ccn exist ccn express connect.The operation is not supported: delete vpn conn invalid state.The operation is not supported: deletion protection enabled.The operation is not supported: delivery failed.The operation is not supported: direct connect gateway is updating community.The operation is not supported: disabled notify ccn.The operation is not supported: dpdk nat flow log only support all traffic type.The operation is not supported: duplicate policy.The operation is not supported: ecmp.The operation is not supported: ecmp with ccn route.The operation is not supported: ecmp with user route.The operation is not supported: enable multi ccn bandwidth.The operation is not supported: enable multicast.The operation is not supported: end point had gwlb eip unassociate.The operation is not supported: end point mismatch end point service cdc id.The operation is not supported: end point service.The operation is not supported: end point service load balancer invalid type.The operation is not supported: eni not support termination protection.The operation is not supported: exist ccn custom route tables not support delete ccn.The operation is not supported: exist ccn instances not support delete ccn.The operation is not supported: exist ccn route match rule.The operation is not supported: exist traffic qos policy.The operation is not supported: flow log instance existed.The operation is not supported: flow logs not support ko instance eni.The operation is not supported: flow logs not support null instance eni.The operation is not supported: GUA not support allocate cdc subnet.The operation is not supported: IPV6 cidr not deployed.The operation is not supported: idempotent parameter mismatch.The operation is not supported: idempotent processing.The operation is not supported: incorrect address resource type.The operation is not supported: instance and rtb not match.The operation is not supported: instance associate havip.The operation is not supported: instance cdc id not match ccn cdc id.The operation is not supported: instance mismatch.The operation is not supported: instance not exist.The operation is not supported: instance ordinary account refuse attach.The operation is not supported: instance state not supported.The operation is not supported: instance status not permit.The operation is not supported: insufficient funds.The operation is not supported: insufficient internet service providers.The operation is not supported: invalid action.The operation is not supported: invalid address internet charge type.The operation is not supported: invalid address state.The operation is not supported: invalid instance state.The operation is not supported: invalid resource internet charge type.The operation is not supported: invalid resource protocol.The operation is not supported: invalid state.The operation is not supported: invalid status notify ccn.The operation is not supported: ipv6 not support.The operation is not supported: is not finance account.The operation is not supported: isp not supported.The operation is not supported: LDCX disassociate.The operation is not supported: local gateway already exists.The operation is not supported: locked resources.The operation is not supported: modify address attribute.The operation is not supported: multiple vpc not support attach account has ipv6.The operation is not supported: mutex operation task running.The operation is not supported: nat gateway dnat and flow log conflict.The operation is not supported: nat gateway eip not exists.The operation is not supported: nat gateway had eip unassociate.The operation is not supported: nat gateway have high traffic.The operation is not supported: nat gateway have route.The operation is not supported: nat gateway have route and high traffic.The operation is not supported: nat gateway have traffic mirror.The operation is not supported: nat gateway is busy.The operation is not supported: nat gateway restricted.The operation is not supported: nat gateway rule pip exists.The operation is not supported: nat gateway snat pip need vm.The operation is not supported: nat gateway snat rule not exists.The operation is not supported: nat gateway type not support SNAT.The operation is not supported: nat has bound vpg.The operation is not supported: nat has ECMP.The operation is not supported: nat has enabled gateway flow control.The operation is not supported: nat has flow log.The operation is not supported: nat instance exclusive.The operation is not supported: nat nfv unsupported region.The operation is not supported: nat not supported.The operation is not supported: nat specification exceeded.The operation is not supported: nat type error.The operation is not supported: nat usage exceeded.The operation is not supported: no cdc dc gw.The operation is not supported: normal subnet not support local gateway.The operation is not supported: not locked instance operation.The operation is not supported: not match target service.The operation is not supported: not pending ccn instance.The operation is not supported: not postpaid ccn operation.The operation is not supported: not put vpc snat ip address.The operation is not supported: not support attach edge and cross border instance.The operation is not supported: not support create ccn route table.The operation is not supported: not support create ipv6 vpn gateway.The operation is not supported: not support delete default ccn route table.The operation is not supported: not support delete default route table.The operation is not supported: not support delete vpc bm peer.The operation is not supported: not support modify default ccn route table.The operation is not supported: not support route type.The operation is not supported: not support same ccn instance and source address.The operation is not supported: not support zone.The operation is not supported: not supported address ips charge type.The operation is not supported: not supported create traffic metering type ccn.The operation is not supported: not supported local address type.The operation is not supported: not supported purchase center egress resource.The operation is not supported: not supported update ccn route publish.The operation is not supported: notify ccn.The operation is not supported: offline charge type.The operation is not supported: only inter region limit supported create traffic qos policy.The operation is not supported: only support profession kafka.The operation is not supported: parameter ssl vpn protocol.The operation is not supported: prepaid ccn only support bandwidth metering.The operation is not supported: prepaid ccn only support inter region limit.The operation is not supported: primary ip.The operation is not supported: private bgp vpn gateway.The operation is not supported: private nat gateway association exists.The operation is not supported: private ssl vpn gateway.The operation is not supported: private vpn gateway.The operation is not supported: public clb not support.The operation is not supported: public ip address disassociate.The operation is not supported: public ip address is not BGP ip.The operation is not supported: public ip address is not existed.The operation is not supported: public ip address not billed by traffic.The operation is not supported: purchase limit.The operation is not supported: record exists.The operation is not supported: record not exists.The operation is not supported: remote region sg has referenced sg.The operation is not supported: resource is invalid state.The operation is not supported: resource mismatch.The operation is not supported: resource processing.The operation is not supported: role not found.The operation is not supported: route policy association.The operation is not supported: route pvgw2.The operation is not supported: route table can not delete.The operation is not supported: route table exceed per vbc limit.The operation is not supported: route table has subnet rule.The operation is not supported: route table select policy exceed.The operation is not supported: SSL client cert already disable or cert abnormal.The operation is not supported: SSL client cert already enable or cert abnormal.The operation is not supported: SSL client cert disable unsupported download SSL client cert.The operation is not supported: service unsupported region.The operation is not supported: sg num exceed limit.The operation is not supported: snapshot attached.The operation is not supported: snapshot backup type modify.The operation is not supported: snapshot file failed.The operation is not supported: snapshot file no exist.The operation is not supported: snapshot file processing.The operation is not supported: snapshot instance region diff.The operation is not supported: snapshot not attached.The operation is not supported: snat subnet.The operation is not supported: special end point service.The operation is not supported: ssl vpn client id not found.The operation is not supported: sub eni not support trunking.The operation is not supported: subnet mismatch vpc cdc id.The operation is not supported: subnet not exists.The operation is not supported: system route.The operation is not supported: tag allocate.The operation is not supported: tag free.The operation is not supported: tag not permit.The operation is not supported: tag system reserved tag key.The operation is not supported: traffic mirror not support clb.The operation is not supported: traffic mirror not support same src target.The operation is not supported: traffic protection not support IPv6.The operation is not supported: traffic qos policy bandwidth.The operation is not supported: traffic validation failed.The operation is not supported: uin not found.The operation is not supported: unable cross border.The operation is not supported: unable cross finance.The operation is not supported: unassign cidr block.The operation is not supported: unbind EIP.The operation is not supported: unpaid order already exists.The operation is not supported: unsupported bind local zone EIP.The operation is not supported: unsupported instance family.The operation is not supported: unsupported legacy account.The operation is not supported: unsupported local zone nat.The operation is not supported: unsupported region.The operation is not supported: user and ccn charge type not match.The operation is not supported: version mismatch.The operation is not supported: version not supported.The operation is not supported: vpc mismatch.The operation is not supported: vpc peer already exist.The operation is not supported: vpc peer cidr conflict.The operation is not supported: vpc peer invalid state change.The operation is not supported: vpc peer purview error.The operation is not supported: vpn conn cidr not supported health check.The operation is not supported: vpn conn dest cidr conflict with private net.The operation is not supported: vpn conn invalid state.The operation is not supported: vpn conn route type mixed.The operation is not supported: vpn conn SPD overlap.The operation is not supported: vpn gateway vpc no ipv6 subnet.The operation is not supported: vpn gw vpc id must have.The operation is not supported: vpn gw vpc id not have.The operation is not supported: vpn unsupported bgp.The operation is not supported: vpn unsupported bgp asn equal.The operation is not supported: vpn unsupported modify bandwidth.The operation is not supported: vpn unsupported modify bgp asn.The operation is not supported: vpn unsupported not exist bgp asn.The operation is not supported: vpn unsupported route ecmp for cvm vpn.The operation is not supported: vpn unsupported usr gw not exist bgp asn.The operation is not supported: white list not add.The operation is not supported: zone mismatch.Vpc limit exceeded.",
        ends: &[
            0, 29, 74, 96, 145, 188, 228, 276, 313, 354, 397, 439, 473, 500, 554, 595,
            617, 648, 676, 706, 743, 781, 803, 835, 873, 904, 944, 967, 1009, 1041, 1074,
            1138, 1181, 1227, 1267, 1314, 1353, 1389, 1431, 1464, 1497, 1529, 1586, 1633,
            1660, 1689, 1738, 1789, 1852, 1899, 1950, 2018, 2073, 2124, 2176, 2228, 2280,
            2333, 2383, 2431, 2479, 2531, 2584, 2645, 2700, 2758, 2808, 2870, 2914, 2965,
            3019, 3061, 3101, 3146, 3193, 3254, 3324, 3400, 3458, 3504, 3540, 3591, 3642,
            3680, 3722, 3795, 3859, 3934, 3987, 4037, 4089, 4139, 4188, 4252, 4315, 4394,
            4457, 4495, 4563, 4610, 4669, 4714, 4782, 4835, 4878, 4951, 5003, 5045, 5094,
            5149, 5199, 5244, 5284, 5354, 5425, 5492, 5558, 5616, 5671, 5727, 5770, 5830,
            5893, 5957, 6018, 6081, 6132, 6180, 6234, 6283, 6344, 6405, 6474, 6532, 6578,
            6632, 6691, 6748, 6817, 6866, 6951, 7010, 7063, 7121, 7185, 7234, 7270, 7309,
            7364, 7411, 7463, 7514, 7563, 7614, 7667, 7729, 7790, 7853, 7913, 7959, 8004,
            8061, 8112, 8155, 8203, 8261, 8307, 8357, 8403, 8452, 8506, 8552, 8602, 8658,
            8711, 8760, 8799, 8875, 8924, 8983, 9039, 9099, 9167, 9214, 9263, 9326, 9390,
            9438, 9491, 9552, 9601, 9665, 9725, 9794, 9847, 9911, 9968, 10026, 10070,
            10115, 10143, 10177, 10211, 10248, 10285, 10311, 10337, 10371, 10405, 10426,
            10469, 10506, 10536, 10587, 10643, 10689, 10744, 10793, 10847, 10890, 10923,
            10985, 11051, 11100, 11149, 11194, 11258, 11311, 11365, 11414, 11471, 11526,
            11566, 11621, 11676, 11747, 11795, 11847, 11887, 11926, 11978, 12021, 12053,
            12094, 12134, 12178, 12228, 12280, 12336, 12368, 12425, 12487, 12532, 12577,
            12628, 12680, 12708, 12731, 12763, 12803, 12830, 12869, 12906, 12941, 12968,
            13010, 13038, 13102, 13154, 13212, 13244, 13289, 13343, 13392, 13453, 13497,
            13553, 13584, 13627, 13658, 13712, 13761, 13814, 13889, 13953, 14014, 14072,
            14120, 14169, 14237, 14295, 14348, 14402, 14469, 14516, 14568, 14609, 14657,
            14742, 14805, 14872, 14917, 14967, 15016, 15092, 15188, 15280, 15354, 15403,
            15467, 15524, 15597, 15664, 15719, 15796, 15854, 15927, 15983, 16055, 16106,
            16173, 16229, 16278, 16337, 16401, 16462, 16532, 16605, 16664, 16725, 16774,
            16824, 16878, 16947, 17009, 17069, 17117, 17194, 17246, 17326, 17375, 17412,
            17464, 17517, 17576, 17625, 17692, 17768, 17818, 17895, 17966, 18051, 18126,
            18185, 18242, 18300, 18370, 18442, 18510, 18565, 18627, 18681, 18745, 18804,
            18861, 18930, 18980, 19031, 19103, 19164, 19223, 19274, 19346, 19393, 19462,
            19516, 19571, 19641, 19699, 19745, 19803, 19852, 19907, 19957, 20007, 20068,
            20117, 20174, 20255, 20316, 20387, 20446, 20510, 20572, 20627, 20699, 20763,
            20815, 20870, 20930, 20991, 21056, 21122, 21172, 21217, 21286, 21335, 21390,
            21449, 21499, 21558, 21605, 21656, 21701, 21773, 21835, 21892, 21949, 22008,
            22068, 22150, 22217, 22285, 22360, 22431, 22494, 22569, 22624, 22705, 22754,
            22824, 22903, 22968, 23046, 23117, 23160, 23212, 23304, 23366, 23425, 23501,
            23577, 23620, 23676, 23747, 23803, 23855, 23910, 23973, 24037, 24102, 24174,
            24221, 24267, 24317, 24384, 24442, 24492, 24544, 24591, 24648, 24692, 24751,
            24816, 24876, 24941, 25022, 25102, 25195, 25254, 25306, 25356, 25416, 25469,
            25524, 25581, 25643, 25697, 25741, 25799, 25859, 25920, 25979, 26029, 26074,
            26119, 26160, 26207, 26267, 26330, 26405, 26473, 26534, 26592, 26638, 26690,
            26743, 26795, 26838, 26898, 26962, 27022, 27081, 27140, 27191, 27258, 27307,
            27361, 27406, 27461, 27516, 27578, 27633, 27706, 27783, 27838, 27896, 27949,
            28012, 28068, 28123, 28175, 28237, 28302, 28365, 28431, 28502, 28575, 28626,
            28672, 28691,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 530] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaabbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacccccbbbbccccaacccccccccccaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 530] = ::cloud_errors::__private::category_column(
        b"bbbiiiiiiiiimmmbbbbbbbbbbbcccccccccccccccccbccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccbbbbbbbbbbhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhccggggghjjjhhhheeiiiigggggggccliiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiib",
    );
    static PILOTS: [u16; 133] = [
        0, 1, 25, 82, 2, 19, 20, 6, 26, 1, 1, 49, 16, 59, 20, 2, 49, 34, 11, 0, 15, 32,
        8, 0, 8, 20, 8, 78, 18, 3, 3, 158, 30, 15, 57, 4, 3, 0, 2, 32, 2, 7, 1, 99, 20,
        18, 12, 0, 16, 2, 0, 15, 6, 9, 7, 73, 244, 41, 1, 0, 0, 4, 9, 8, 39, 8, 0, 8,
        167, 34, 11, 39, 3, 0, 1, 114, 51, 0, 20, 16, 15, 11, 111, 0, 91, 0, 11, 1, 38,
        16, 73, 2, 36, 48, 1, 12, 7, 34, 21, 0, 26, 132, 29, 82, 3, 2, 0, 200, 11, 179,
        91, 13, 85, 33, 11, 7, 10, 12, 9, 81, 0, 48, 80, 21, 2, 176, 5, 68, 7, 24, 1,
        110, 79,
    ];
    static SLOTS: [(&str, u32); 588] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 275, 4294967295, 136, 105, 204, 423, 496, 239, 236, 4294967295,
            133, 220, 377, 406, 500, 128, 158, 40, 32, 51, 520, 363, 484, 431, 17, 463,
            460, 53, 300, 321, 16, 375, 297, 30, 4294967295, 2, 449, 346, 62, 259, 389,
            415, 453, 60, 149, 98, 468, 285, 97, 163, 290, 100, 4294967295, 190,
            4294967295, 519, 457, 140, 529, 444, 112, 161, 350, 209, 301, 151, 482,
            4294967295, 379, 7, 166, 260, 69, 465, 411, 127, 36, 327, 442, 280, 165, 488,
            475, 109, 286, 472, 118, 326, 119, 474, 167, 308, 454, 219, 501, 4294967295,
            307, 225, 452, 223, 325, 189, 196, 347, 227, 14, 254, 229, 4294967295, 143,
            504, 252, 447, 72, 505, 186, 386, 332, 426, 359, 523, 419, 289, 345, 35, 63,
            116, 274, 230, 246, 310, 95, 413, 49, 88, 394, 349, 232, 4294967295, 270,
            518, 234, 4294967295, 269, 328, 291, 294, 401, 138, 188, 4294967295, 81, 146,
            10, 216, 396, 361, 215, 71, 211, 429, 4294967295, 437, 48, 395, 226, 528,
            173, 65, 399, 114, 445, 92, 348, 250, 45, 446, 87, 4294967295, 473,
            4294967295, 108, 265, 153, 176, 436, 248, 507, 461, 319, 4294967295, 8, 511,
            261, 117, 489, 357, 485, 11, 150, 450, 5, 335, 111, 180, 172, 292, 130, 281,
            34, 497, 495, 237, 244, 324, 74, 525, 251, 25, 312, 202, 26, 303, 257, 342,
            242, 94, 470, 508, 314, 273, 106, 330, 356, 4294967295, 352, 28, 13, 320,
            478, 178, 304, 134, 43, 267, 103, 456, 184, 4294967295, 384, 70, 174, 322,
            279, 80, 430, 29, 179, 334, 212, 33, 424, 398, 283, 123, 526, 83, 284, 476,
            376, 306, 408, 240, 4294967295, 490, 84, 4294967295, 4294967295, 296, 393,
            203, 233, 15, 77, 486, 503, 331, 515, 4294967295, 266, 154, 427, 405, 135,
            224, 492, 438, 4294967295, 206, 24, 272, 121, 390, 177, 494, 120, 315, 241,
            76, 499, 339, 235, 441, 4294967295, 182, 245, 195, 509, 418, 513, 218, 144,
            181, 4294967295, 73, 4294967295, 305, 4294967295, 387, 58, 287, 417,
            4294967295, 329, 434, 333, 47, 12, 210, 400, 75, 50, 385, 4294967295, 366,
            96, 459, 455, 104, 372, 4294967295, 354, 122, 353, 221, 302, 175, 91,
            4294967295, 355, 115, 316, 443, 141, 238, 4294967295, 462, 185, 193, 364,
            381, 82, 4294967295, 420, 343, 39, 89, 392, 491, 433, 397, 4294967295, 198,
            487, 110, 336, 299, 439, 44, 160, 255, 4294967295, 451, 207, 264, 199, 205,
            147, 142, 231, 416, 309, 506, 298, 9, 388, 247, 4294967295, 124, 78, 137,
            139, 4294967295, 409, 369, 4294967295, 228, 258, 243, 168, 404, 4294967295,
            344, 159, 38, 6, 19, 414, 162, 516, 524, 469, 368, 222, 425, 217, 428, 129,
            412, 391, 155, 148, 512, 293, 21, 341, 271, 183, 358, 90, 197, 410, 145, 313,
            156, 169, 4294967295, 481, 4294967295, 337, 55, 514, 483, 4294967295,
            4294967295, 152, 31, 68, 4294967295, 157, 317, 466, 20, 276, 113, 164, 402,
            367, 27, 432, 311, 107, 277, 126, 340, 517, 448, 480, 493, 187, 0, 502, 192,
            256, 79, 191, 4294967295, 318, 46, 510, 370, 262, 64, 3, 373, 282, 1, 41, 54,
            407, 18, 52, 249, 382, 86, 42, 101, 458, 4294967295, 403, 194, 422, 383, 170,
            4294967295, 131, 22, 4294967295, 479, 527, 374, 4294967295, 263, 4294967295,
            201, 253, 378, 477, 4294967295, 268, 380, 471, 4294967295, 125, 440, 498,
            323, 23, 464, 214, 66, 4294967295, 171, 102, 4294967295, 4, 67, 4294967295,
            521, 56, 37, 278, 522, 208, 93, 371, 365, 85, 295, 213, 362, 4294967295, 61,
            351, 288, 99, 435, 338, 360, 59, 4294967295, 4294967295, 57, 132, 421, 467,
            200,
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
    const PROVIDER: &'static str = "Tencent Cloud VPC";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud VPC's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud VPC: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
