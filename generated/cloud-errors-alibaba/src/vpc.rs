// @generated from catalogs/alibaba/vpc.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Vpc: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Vpc: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `IncorrectRIStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect RI status.
    IncorrectRiStatus,
    /// `Forbidden.FinancialLocked`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: financial locked.
    ForbiddenFinancialLocked,
    /// `OperationFailed.PconnTrafficNotEnable`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: pconn traffic not enable.
    OperationFailedPconnTrafficNotEnable,
    /// `Forbbiden`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// The request is forbidden.
    Forbbiden,
    /// `NotSupportLinkrole`: HTTP 400; retry: never; category: invalid_argument.
    /// Not support linkrole.
    NotSupportLinkrole,
    /// `OppositeRouterInterfaceIsDeleted`: HTTP 400; retry: never; category: invalid_argument.
    /// Opposite router interface is deleted.
    OppositeRouterInterfaceIsDeleted,
    /// `InvalidRegionId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid region id: not found.
    InvalidRegionIdNotFound,
    /// `InvalidRouterInterfaceId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid router interface id: not found.
    InvalidRouterInterfaceIdNotFound,
    /// `IncorrectBusinessStatus.FlowLog`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect business status: flow log.
    IncorrectBusinessStatusFlowLog,
    /// `InvalidInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance id.
    InvalidInstanceId,
    /// `InvalidStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status.
    InvalidStatus,
    /// `InvalidInstanceId.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid instance id: not found.
    InvalidInstanceIdNotFound,
    /// `IncorrectStatus.flowlog`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: flowlog.
    IncorrectStatusFlowlog,
    /// `Forbidden.OperateManagedFlowLog`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: operate managed flow log.
    ForbiddenOperateManagedFlowLog,
    /// `OperationDenied.FlowLogDeliverFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: flow log deliver failed.
    OperationDeniedFlowLogDeliverFailed,
    /// `QuotaExceeded.Bgp`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: bgp.
    QuotaExceededBgp,
    /// `QuotaExceeded.Nqa`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: nqa.
    QuotaExceededNqa,
    /// `QuotaExceeded.BgpNetwork`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: bgp network.
    QuotaExceededBgpNetwork,
    /// `InvalidPeerIpAddress`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid peer ip address.
    InvalidPeerIpAddress,
    /// `InvalidVbrNetwork`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vbr network.
    InvalidVbrNetwork,
    /// `InvalidBgpGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bgp group.
    InvalidBgpGroup,
    /// `InvalidBgpName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bgp name: malformed.
    InvalidBgpNameMalformed,
    /// `InvalidBgpDiscription.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bgp discription: malformed.
    InvalidBgpDiscriptionMalformed,
    /// `InvalidBgpAuthkey.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bgp authkey: malformed.
    InvalidBgpAuthkeyMalformed,
    /// `InvalidIP.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid IP: malformed.
    InvalidIpMalformed,
    /// `InvalidPeerAsn.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid peer asn: malformed.
    InvalidPeerAsnMalformed,
    /// `InvalidParams.NotNull`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid params: not null.
    InvalidParamsNotNull,
    /// `InvalidParams.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid params: not found.
    InvalidParamsNotFound,
    /// `InvalidParams.AlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid params: already exists.
    InvalidParamsAlreadyExists,
    /// `InvalidStatus.CannotOperate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: cannot operate.
    InvalidStatusCannotOperate,
    /// `InvalidParams.PeerIpAddressMustPointOut`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid params: peer ip address must point out.
    InvalidParamsPeerIpAddressMustPointOut,
    /// `InvalidParams.PeerIpAddressInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid params: peer ip address in use.
    InvalidParamsPeerIpAddressInUse,
    /// `Duplicated.CidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated: cidr block.
    DuplicatedCidrBlock,
    /// `InvalidIP.IpInSnatPool`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid IP: ip in snat pool.
    InvalidIpIpInSnatPool,
    /// `InvalidDestCidrBlock.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid dest cidr block: malformed.
    InvalidDestCidrBlockMalformed,
    /// `IllegalParam.ConflictWithDClass`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: conflict with d class.
    IllegalParamConflictWithDClass,
    /// `OperationFailed.NoActiveRouterInterface`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: no active router interface.
    OperationFailedNoActiveRouterInterface,
    /// `OperationDenied.SecurityProtectionTypesInconsistent`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: security protection types inconsistent.
    OperationDeniedSecurityProtectionTypesInconsistent,
    /// `IpInstanceId.AlreadyInBandwidthPackage`: HTTP 400; retry: never; category: invalid_argument.
    /// Ip instance id: already in bandwidth package.
    IpInstanceIdAlreadyInBandwidthPackage,
    /// `IpInstanceId.BizStatusInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Ip instance id: biz status invalid.
    IpInstanceIdBizStatusInvalid,
    /// `IpInstanceId.ChargeType.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Ip instance id: charge type, not support.
    IpInstanceIdChargeTypeNotSupport,
    /// `BandwidthPackageId.InvalidBizStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Bandwidth package id: invalid biz status.
    BandwidthPackageIdInvalidBizStatus,
    /// `IpInstanceId.QuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Ip instance id: quota exceeded.
    IpInstanceIdQuotaExceeded,
    /// `EipOperation.TooFrequently`: HTTP 400; retry: never; category: invalid_argument.
    /// Eip operation: too frequently.
    EipOperationTooFrequently,
    /// `TaskConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Task conflict.
    TaskConflict,
    /// `IncorrectStatus.Eip`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: eip.
    IncorrectStatusEip,
    /// `OperationUnsupported.IpType`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: ip type.
    OperationUnsupportedIpType,
    /// `ParamExclusive.IpInstanceIdAndBandwidthPackageId`: HTTP 400; retry: never; category: invalid_argument.
    /// Param exclusive: ip instance id and bandwidth package id.
    ParamExclusiveIpInstanceIdAndBandwidthPackageId,
    /// `InvalidBandwidthPackage.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bandwidth package: not exist.
    InvalidBandwidthPackageNotExist,
    /// `OperationFailed.DistibuteLock`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: distibute lock.
    OperationFailedDistibuteLock,
    /// `OperationFailed.ZoneIdInconsistent`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: zone id inconsistent.
    OperationFailedZoneIdInconsistent,
    /// `AttrMismatching.BandwidthPackageIpVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// Attr mismatching: bandwidth package ip version.
    AttrMismatchingBandwidthPackageIpVersion,
    /// `InvalidBandwidthPackageId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid bandwidth package id: not found.
    InvalidBandwidthPackageIdNotFound,
    /// `InvalidEIPStatus.BizDisabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid EIP status: biz disabled.
    InvalidEipStatusBizDisabled,
    /// `Mismatch.CloudBoxCbwpZoneAndEipZone`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: cloud box cbwp zone and eip zone.
    MismatchCloudBoxCbwpZoneAndEipZone,
    /// `InvalidIpInstanceId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid ip instance id: not found.
    InvalidIpInstanceIdNotFound,
    /// `IpInstanceId.InvalidIpInternetChargeType`: HTTP 404, 400; retry: never; category: not_found.
    /// Ip instance id: invalid ip internet charge type.
    IpInstanceIdInvalidIpInternetChargeType,
    /// `BandwidthPackageId.InvalidBandwidth`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Bandwidth package id: invalid bandwidth.
    BandwidthPackageIdInvalidBandwidth,
    /// `EIP_ALREADY_IN_BANDWIDTHPACKAGE`: HTTP 400; retry: never; category: invalid_argument.
    /// EIP ALREADY IN BANDWIDTHPACKAGE.
    EipAlreadyInBandwidthpackage,
    /// `IpInstanceId.StatusNotAvailable`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Ip instance id: status not available.
    IpInstanceIdStatusNotAvailable,
    /// `InvalidIpAddress.WrongFormat`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ip address: wrong format.
    InvalidIpAddressWrongFormat,
    /// `InvalidIPv6TranslatorAclId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid IPv6 translator acl id: not found.
    InvalidIPv6TranslatorAclIdNotFound,
    /// `InvalidEntryComment`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid entry comment.
    InvalidEntryComment,
    /// `Resource.QuotaFull`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource: quota full.
    ResourceQuotaFull,
    /// `Forbbiden.SubUser`: HTTP 403; retry: never; category: permission_denied.
    /// The request is forbidden: sub user.
    ForbbidenSubUser,
    /// `Forbidden`: HTTP 403, 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden.
    Forbidden,
    /// `IllegalParam.CidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: cidr block.
    IllegalParamCidrBlock,
    /// `IllegalParam.CidrBlockMask`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: cidr block mask.
    IllegalParamCidrBlockMask,
    /// `IncorrectStatus.PublicIpAddressPool`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: public ip address pool.
    IncorrectStatusPublicIpAddressPool,
    /// `ResourceNotFound.CidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: cidr block.
    ResourceNotFoundCidrBlock,
    /// `OperationDenied.CidrBlockBelongToOtherUser`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: cidr block belong to other user.
    OperationDeniedCidrBlockBelongToOtherUser,
    /// `ResourceNotFound.PublicIpAddressPool`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: public ip address pool.
    ResourceNotFoundPublicIpAddressPool,
    /// `QuotaExceeded.PoolIpQuantity`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: pool ip quantity.
    QuotaExceededPoolIpQuantity,
    /// `OperationDenied.OperateSharedResource`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: operate shared resource.
    OperationDeniedOperateSharedResource,
    /// `MissingParam.CidrBlockOrCidrMask`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: cidr block or cidr mask.
    MissingParamCidrBlockOrCidrMask,
    /// `DuplicatedParam.CidrBlockAndCidrMask`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated param: cidr block and cidr mask.
    DuplicatedParamCidrBlockAndCidrMask,
    /// `IncorrectBusinessStatus.TrafficMirror`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect business status: traffic mirror.
    IncorrectBusinessStatusTrafficMirror,
    /// `OptInRequired.TrafficMirror`: HTTP 400; retry: never; category: invalid_argument.
    /// Opt in required: traffic mirror.
    OptInRequiredTrafficMirror,
    /// `DuplicatedParam.SourceInstanceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated param: source instance ids.
    DuplicatedParamSourceInstanceIds,
    /// `ResourceNotFound.TrafficMirrorSession`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: traffic mirror session.
    ResourceNotFoundTrafficMirrorSession,
    /// `IncorrectStatus.TrafficMirrorSession`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: traffic mirror session.
    IncorrectStatusTrafficMirrorSession,
    /// `ResourceAlreadyAssociated.TrafficMirrorSource`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already associated: traffic mirror source.
    ResourceAlreadyAssociatedTrafficMirrorSource,
    /// `ResourceNotFound.NetworkInterface`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: network interface.
    ResourceNotFoundNetworkInterface,
    /// `ResourceNotFound.EcsInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: ecs instance.
    ResourceNotFoundEcsInstance,
    /// `OperationDenied.EcsNotSupportTrafficMirror`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: ecs not support traffic mirror.
    OperationDeniedEcsNotSupportTrafficMirror,
    /// `OperationDenied.DuplicateRole`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: duplicate role.
    OperationDeniedDuplicateRole,
    /// `QuotaExceeded.NetworkInterfaceRelatedSession`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: network interface related session.
    QuotaExceededNetworkInterfaceRelatedSession,
    /// `OperationDenied.FreeNetworkInterface`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: free network interface.
    OperationDeniedFreeNetworkInterface,
    /// `QuotaExceeded.SourceNumPerSession`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: source num per session.
    QuotaExceededSourceNumPerSession,
    /// `QuotaExceeded.SourceNumPerTarget`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: source num per target.
    QuotaExceededSourceNumPerTarget,
    /// `OperationUnsupported.BondingNetworkInterface`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: bonding network interface.
    OperationUnsupportedBondingNetworkInterface,
    /// `OperationDenied.UnsupportedTargetType`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: unsupported target type.
    OperationDeniedUnsupportedTargetType,
    /// `COMMODITY_NO_EXIST`: HTTP 400; retry: never; category: invalid_argument.
    /// COMMODITY NO EXIST.
    CommodityNoExist,
    /// `QuotaExceeded.Eip`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: eip.
    QuotaExceededEip,
    /// `InvalidParameter`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InsufficientBalance`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient balance.
    InsufficientBalance,
    /// `ReserveIpFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Reserve ip fail.
    ReserveIpFail,
    /// `InvalidRegion.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid region: not support.
    InvalidRegionNotSupport,
    /// `InvalidBandwidth.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bandwidth: malformed.
    InvalidBandwidthMalformed,
    /// `INSTANCE_TYPE_NOT_SUPPORT`: HTTP 400; retry: never; category: invalid_argument.
    /// INSTANCE TYPE NOT SUPPORT.
    InstanceTypeNotSupport,
    /// `QueryParameter.Illegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Query parameter: illegal.
    QueryParameterIllegal,
    /// `TokenVerfiy.Failed`: HTTP 400; retry: never; category: invalid_argument.
    /// Token verfiy: failed.
    TokenVerfiyFailed,
    /// `OrderFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Order failed.
    OrderFailed,
    /// `QuotaExceeded.LargeSpecEip`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: large spec eip.
    QuotaExceededLargeSpecEip,
    /// `InvalidResourceGroupId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource group id.
    InvalidResourceGroupId,
    /// `PAYFOR.CREDIT_PAY_INSUFFICIENT_BALANCE`: HTTP 400; retry: never; category: invalid_argument.
    /// PAYFOR: CREDIT PAY INSUFFICIENT BALANCE.
    PayforCreditPayInsufficientBalance,
    /// `SYSTEM.SALE_VALIDATE_UNEXPECTED_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// SYSTEM: SALE VALIDATE UNEXPECTED ERROR.
    SystemSaleValidateUnexpectedError,
    /// `Trade_Sync_Create_Sub_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// Trade sync create sub ERROR.
    TradeSyncCreateSubError,
    /// `InvalidComponent.EipBandwidthMax`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid component: eip bandwidth max.
    InvalidComponentEipBandwidthMax,
    /// `OperationFailed.RiskControl`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: risk control.
    OperationFailedRiskControl,
    /// `OperationFailed.SaleValidate`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Operation failed: sale validate.
    OperationFailedSaleValidate,
    /// `IllegalParam.OrderParamComponent`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: order param component.
    IllegalParamOrderParamComponent,
    /// `OperationFailed.SaleExpression`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: sale expression.
    OperationFailedSaleExpression,
    /// `OperationFailed.CompleteUserInfo`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: complete user info.
    OperationFailedCompleteUserInfo,
    /// `OperationFailed.QueryPrice`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: query price.
    OperationFailedQueryPrice,
    /// `OperationFailed.InsufficientEIP`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: insufficient EIP.
    OperationFailedInsufficientEip,
    /// `OperationFailed.InvokeInnerApi`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: invoke inner api.
    OperationFailedInvokeInnerApi,
    /// `OperationFailed.AccountMoneyInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: account money invalid.
    OperationFailedAccountMoneyInvalid,
    /// `OperationFailed.QueryCredtiInfo`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: query credti info.
    OperationFailedQueryCredtiInfo,
    /// `FrequentPurchase.EIP`: HTTP 400; retry: never; category: invalid_argument.
    /// Frequent purchase: EIP.
    FrequentPurchaseEip,
    /// `OperationFailed.QueryUserLabel`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: query user label.
    OperationFailedQueryUserLabel,
    /// `PAY.INSUFFICIENT_BALANCE`: HTTP 400; retry: never; category: invalid_argument.
    /// PAY: INSUFFICIENT BALANCE.
    PayInsufficientBalance,
    /// `PAY.MAYI_WITHHOLDING_AGREEMENT_ILLEGAL`: HTTP 400; retry: never; category: invalid_argument.
    /// PAY: MAYI WITHHOLDING AGREEMENT ILLEGAL.
    PayMayiWithholdingAgreementIllegal,
    /// `OrderError.EIP`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Order error: EIP.
    OrderErrorEip,
    /// `IellgalParameter.OwnerAccount`: HTTP 400; retry: never; category: invalid_argument.
    /// Iellgal parameter: owner account.
    IellgalParameterOwnerAccount,
    /// `ResourceNotEnough.PublicIpAddressPool`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not enough: public ip address pool.
    ResourceNotEnoughPublicIpAddressPool,
    /// `Mismatch.IpAndPublicIpAddressPool`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: ip and public ip address pool.
    MismatchIpAndPublicIpAddressPool,
    /// `CreditPayInsufficientBalance`: HTTP 400; retry: never; category: invalid_argument.
    /// Credit pay insufficient balance.
    CreditPayInsufficientBalance,
    /// `OperationDenied.NotOpenDdosOriginProtectService`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: not open ddos origin protect service.
    OperationDeniedNotOpenDdosOriginProtectService,
    /// `IllegalParam.Isp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: isp.
    IllegalParamIsp,
    /// `AccountMoneyValidateError`: HTTP 400; retry: never; category: invalid_argument.
    /// Account money validate error.
    AccountMoneyValidateError,
    /// `OrderFailed.ConcurrentOperate`: HTTP 400; retry: never; category: invalid_argument.
    /// Order failed: concurrent operate.
    OrderFailedConcurrentOperate,
    /// `OperationFailed.BasicInfoUncompleted`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: basic info uncompleted.
    OperationFailedBasicInfoUncompleted,
    /// `OperationFailed.QuotaNotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: quota not enough.
    OperationFailedQuotaNotEnough,
    /// `ExclusiveParam.ZoneAndPublicIpAddressPoolId`: HTTP 400; retry: never; category: invalid_argument.
    /// Exclusive param: zone and public ip address pool id.
    ExclusiveParamZoneAndPublicIpAddressPoolId,
    /// `IllegalParam.Zone`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: zone.
    IllegalParamZone,
    /// `OperationFailed.AllocateUnfamiliarIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: allocate unfamiliar ip.
    OperationFailedAllocateUnfamiliarIp,
    /// `Ip.Allocated`: HTTP 400; retry: never; category: invalid_argument.
    /// Ip: allocated.
    IpAllocated,
    /// `IncorrectStatus.Ip`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: ip.
    IncorrectStatusIp,
    /// `UnsupportedFeature.AllocateEipAddressWithZone`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: allocate eip address with zone.
    UnsupportedFeatureAllocateEipAddressWithZone,
    /// `ResourceNotFound.Ip`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: ip.
    ResourceNotFoundIp,
    /// `OperationFailed.CreditPayInsufficientBalance`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: credit pay insufficient balance.
    OperationFailedCreditPayInsufficientBalance,
    /// `OperationFailed.ResourceNotEnough`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Operation failed: resource not enough.
    OperationFailedResourceNotEnough,
    /// `IllegalParam.Bandwidth`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: bandwidth.
    IllegalParamBandwidth,
    /// `OperationFailed.IpIsLocked`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: ip is locked.
    OperationFailedIpIsLocked,
    /// `Mismatch.EipSecurityProtectionTypeAndPoolSecurityProtectionType`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: eip security protection type and pool security protection type.
    MismatchEipSecurityProtectionTypeAndPoolSecurityProtectionType,
    /// `IllegalParam.SecurityProtectionTypes`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: security protection types.
    IllegalParamSecurityProtectionTypes,
    /// `IllegalParam.ServiceLocation`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: service location.
    IllegalParamServiceLocation,
    /// `UnsupportedFeature.Isp`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: isp.
    UnsupportedFeatureIsp,
    /// `ExclusiveParam.ZoneAndIpAddress`: HTTP 400; retry: never; category: invalid_argument.
    /// Exclusive param: zone and ip address.
    ExclusiveParamZoneAndIpAddress,
    /// `FUWU_BIZ_COMMODITY_VERIFY_FAIL`: HTTP 404; retry: never; category: not_found.
    /// FUWU BIZ COMMODITY VERIFY FAIL.
    FuwuBizCommodityVerifyFail,
    /// `OperationConflict`: HTTP 409, 400; retry: after_fix; category: failed_precondition.
    /// The operation conflicts with another one.
    OperationConflict,
    /// `InternalError`: HTTP 500, 400; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `OperationFailed.SystemBusy`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Operation failed: system busy.
    OperationFailedSystemBusy,
    /// `SYSTEM.UNKNOWN.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// SYSTEM: UNKNOWN, ERROR.
    SystemUnknownError,
    /// `Invalid.Reserve.Ip`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: reserve, ip.
    InvalidReserveIp,
    /// `Ip.Keeped`: HTTP 400; retry: never; category: invalid_argument.
    /// Ip: keeped.
    IpKeeped,
    /// `INVALID_INSTANCE_STATUS`: HTTP 400; retry: never; category: invalid_argument.
    /// INVALID INSTANCE STATUS.
    InvalidInstanceStatus,
    /// `OperationFailed.InstanceNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: instance not exist.
    OperationFailedInstanceNotExist,
    /// `InvalidStatus.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: value not supported.
    InvalidStatusValueNotSupported,
    /// `OperationDenied.IpBelongToOtherUser`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: ip belong to other user.
    OperationDeniedIpBelongToOtherUser,
    /// `Mismatch.IpAndIsp`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: ip and isp.
    MismatchIpAndIsp,
    /// `IllegalParam.IpAddress`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: ip address.
    IllegalParamIpAddress,
    /// `ORDER.QUANTITY_INVALID`: HTTP 400; retry: never; category: invalid_argument.
    /// ORDER: QUANTITY INVALID.
    OrderQuantityInvalid,
    /// `OperationFailed.ChargeTypeInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: charge type invalid.
    OperationFailedChargeTypeInvalid,
    /// `IllegalParam.EipMask`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: eip mask.
    IllegalParamEipMask,
    /// `IllegalParam.Name`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: name.
    IllegalParamName,
    /// `IllegalParam.Description`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: description.
    IllegalParamDescription,
    /// `InstanceExist.EipSegment`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance exist: eip segment.
    InstanceExistEipSegment,
    /// `OperationFailed.QuotaExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: quota exceed.
    OperationFailedQuotaExceed,
    /// `OperationFailed.FrequentPurchase`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: frequent purchase.
    OperationFailedFrequentPurchase,
    /// `OperationFailed.AllocateEipSegment`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: allocate eip segment.
    OperationFailedAllocateEipSegment,
    /// `OperationFailed.CreateOrderFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: create order failed.
    OperationFailedCreateOrderFailed,
    /// `MissingParam.Bandwidth`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: bandwidth.
    MissingParamBandwidth,
    /// `OperationFailed.EipQuotaExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: eip quota exceed.
    OperationFailedEipQuotaExceed,
    /// `OperationFailed.IPv6AddressAlreadyAllocated`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: IPv6 address already allocated.
    OperationFailedIPv6AddressAlreadyAllocated,
    /// `OperationFailed.AddressNotInVSwitchCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: address not in v switch cidr.
    OperationFailedAddressNotInVSwitchCidr,
    /// `OperationFailed.IPv6Disabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: IPv6 disabled.
    OperationFailedIPv6Disabled,
    /// `ResourceNotFound.VSwitch`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Resource not found: v switch.
    ResourceNotFoundVSwitch,
    /// `MissingParam.Ipv6InstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: ipv6 instance id.
    MissingParamIpv6InstanceId,
    /// `InvalidIpv6Instance.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid ipv6 instance: not found.
    InvalidIpv6InstanceNotFound,
    /// `IllegalParam.ChargeType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: charge type.
    IllegalParamChargeType,
    /// `IllegalParam.InternetChargeType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: internet charge type.
    IllegalParamInternetChargeType,
    /// `OperationUnsupported.PrePaid`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: pre paid.
    OperationUnsupportedPrePaid,
    /// `OperationFailed.Ipv6GatewayDisMatchIpv6Address`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: ipv6 gateway dis match ipv6 address.
    OperationFailedIpv6GatewayDisMatchIpv6Address,
    /// `OperationFailed.InternetBandwidthAlreadyExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: internet bandwidth already existed.
    OperationFailedInternetBandwidthAlreadyExisted,
    /// `OperationFailed.Ipv6GatewayNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: ipv6 gateway not exist.
    OperationFailedIpv6GatewayNotExist,
    /// `IncorrectStatus.Ipv6Instance`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: ipv6 instance.
    IncorrectStatusIpv6Instance,
    /// `IllegalParam.Ipv6Address`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: ipv6 address.
    IllegalParamIpv6Address,
    /// `UnsupportedFeature.InternetChargeTypeOnFreeIpv6Address`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: internet charge type on free ipv6 address.
    UnsupportedFeatureInternetChargeTypeOnFreeIpv6Address,
    /// `UnsupportedFeature.InternetChargeTypeOnStaticIsp`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: internet charge type on static isp.
    UnsupportedFeatureInternetChargeTypeOnStaticIsp,
    /// `OperationUnsupported.ULA`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: ULA.
    OperationUnsupportedUla,
    /// `OperationFailed.OpenCdtServiceFirst`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: open cdt service first.
    OperationFailedOpenCdtServiceFirst,
    /// `ResourceNotFound.Ipv6Address`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: ipv6 address.
    ResourceNotFoundIpv6Address,
    /// `OperationFailed.QueryAccountInfo`: HTTP 500; retry: never; category: internal.
    /// Operation failed: query account info.
    OperationFailedQueryAccountInfo,
    /// `SystemBusy`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// System busy.
    SystemBusy,
    /// `OperationUnsupported.Ipv6Feature`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: ipv6 feature.
    OperationUnsupportedIpv6Feature,
    /// `UnsupportedFeature.Ipv6Isp`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: ipv6 isp.
    UnsupportedFeatureIpv6Isp,
    /// `IllegalParam.AddressPoolType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: address pool type.
    IllegalParamAddressPoolType,
    /// `ResourceNotEnough.Ipv6Cidr`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not enough: ipv6 cidr.
    ResourceNotEnoughIpv6Cidr,
    /// `IllegalParam.Ipv6Cidr`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: ipv6 cidr.
    IllegalParamIpv6Cidr,
    /// `Unavailable.Ipv6Cidr`: HTTP 400; retry: never; category: invalid_argument.
    /// Unavailable: ipv6 cidr.
    UnavailableIpv6Cidr,
    /// `MissingParam.AliUid`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: ali uid.
    MissingParamAliUid,
    /// `MissingParam.InstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: instance id.
    MissingParamInstanceId,
    /// `MissingParam.RegionNo`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: region no.
    MissingParamRegionNo,
    /// `MissingParam.PMInfo`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: PM info.
    MissingParamPmInfo,
    /// `IllegalParam.LineOperator`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: line operator.
    IllegalParamLineOperator,
    /// `IllegalParam.LineType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: line type.
    IllegalParamLineType,
    /// `IllegalParam.PeerLocation`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: peer location.
    IllegalParamPeerLocation,
    /// `IllegalParam.PmCertificateType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: pm certificate type.
    IllegalParamPmCertificateType,
    /// `IllegalParam.PmCertificateNo`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: pm certificate no.
    IllegalParamPmCertificateNo,
    /// `IllegalParam.PmContactInfo`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: pm contact info.
    IllegalParamPmContactInfo,
    /// `IllegalParam.PmGender`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: pm gender.
    IllegalParamPmGender,
    /// `IllegalParam.PmName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: pm name.
    IllegalParamPmName,
    /// `IllegalParam.Si`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: si.
    IllegalParamSi,
    /// `InvalidConstructionTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid construction time: malformed.
    InvalidConstructionTimeMalformed,
    /// `IncorrectStatus.PhysicalConnectionLOA`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: physical connection LOA.
    IncorrectStatusPhysicalConnectionLoa,
    /// `IncorrectStatus.PhysicalConnection`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: physical connection.
    IncorrectStatusPhysicalConnection,
    /// `IllegalParam.CompanyName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: company name.
    IllegalParamCompanyName,
    /// `InvalidAssociation.Duplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid association: duplicated.
    InvalidAssociationDuplicated,
    /// `OperationDenied`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Operation denied.
    OperationDenied,
    /// `InvalidParameter.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: mismatch.
    InvalidParameterMismatch,
    /// `IncorrectEipStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect eip status.
    IncorrectEipStatus,
    /// `IncorrectInstanceStatus`: HTTP 400, 403; retry: after_fix; category: failed_precondition.
    /// The instance is not in a state that allows this.
    IncorrectInstanceStatus,
    /// `InvalidInstanceType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance type: value not supported.
    InvalidInstanceTypeValueNotSupported,
    /// `IncorrectHaVipStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect ha vip status.
    IncorrectHaVipStatus,
    /// `InvalidBindingStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid binding status.
    InvalidBindingStatus,
    /// `BIND_INSTANCE_HAVE_PORTMAP_OR_BIND_EIP`: HTTP 400; retry: never; category: invalid_argument.
    /// BIND INSTANCE HAVE PORTMAP OR BIND EIP.
    BindInstanceHavePortmapOrBindEip,
    /// `EIP_CAN_NOT_ASSOCIATE_WITH_PUBLIC_IP`: HTTP 400; retry: never; category: invalid_argument.
    /// EIP CAN NOT ASSOCIATE WITH PUBLIC IP.
    EipCanNotAssociateWithPublicIp,
    /// `BIND_INSTANCE_OWENER_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIND INSTANCE OWENER ERROR.
    BindInstanceOwenerError,
    /// `NATGATEWAY_FINANCIALLOCKED`: HTTP 400; retry: never; category: invalid_argument.
    /// NATGATEWAY FINANCIALLOCKED.
    NatgatewayFinanciallocked,
    /// `InvalidParameter.InstanceTypeNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: instance type not support.
    InvalidParameterInstanceTypeNotSupport,
    /// `QuotaExceeded.NumberOfTrafficEip`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: number of traffic eip.
    QuotaExceededNumberOfTrafficEip,
    /// `QuotaExceeded.NumberOfEip`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: number of eip.
    QuotaExceededNumberOfEip,
    /// `Forbidden.EipCanNotBindGatgw`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: eip can not bind gatgw.
    ForbiddenEipCanNotBindGatgw,
    /// `InvalidAction.Denied`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid action: denied.
    InvalidActionDenied,
    /// `InstanceType.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance type: not support.
    InstanceTypeNotSupport2,
    /// `BindInstance.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Bind instance: not supported.
    BindInstanceNotSupported,
    /// `Forbidden.InstanceBandwidthNotZero`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: instance bandwidth not zero.
    ForbiddenInstanceBandwidthNotZero,
    /// `ServerRegion.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Server region: invalid.
    ServerRegionInvalid,
    /// `Eni.Attached`: HTTP 400; retry: never; category: invalid_argument.
    /// Eni: attached.
    EniAttached,
    /// `Eni.HasSubIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Eni: has sub ip.
    EniHasSubIp,
    /// `Invalid.DirectEip.BindType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: direct eip, bind type.
    InvalidDirectEipBindType,
    /// `InvalidStatus.EcsStatusNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: ecs status not support.
    InvalidStatusEcsStatusNotSupport,
    /// `Invalid.Function.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: function, not supported.
    InvalidFunctionNotSupported,
    /// `InvalidStatus.EniStatusNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: eni status not support.
    InvalidStatusEniStatusNotSupport,
    /// `InvalidParameter.EniInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: eni instance id.
    InvalidParameterEniInstanceId,
    /// `InvalidNexthop.DirectEni`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid nexthop: direct eni.
    InvalidNexthopDirectEni,
    /// `Mode.Conflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Mode: conflict.
    ModeConflict,
    /// `Mode.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Mode: not support.
    ModeNotSupport,
    /// `QuotaExceed.MultiBindedEip`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: multi binded eip.
    QuotaExceedMultiBindedEip,
    /// `OperationFailed.EniSubIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: eni sub ip.
    OperationFailedEniSubIp,
    /// `InvalidEip.EipQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid eip: eip quota exceeded.
    InvalidEipEipQuotaExceeded,
    /// `OperationFailed.QueryCommodityInfo`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: query commodity info.
    OperationFailedQueryCommodityInfo,
    /// `OperationUnsupported.MultiIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: multi ip.
    OperationUnsupportedMultiIp,
    /// `InvalidNicOrVm.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid nic or vm: not found.
    InvalidNicOrVmNotFound,
    /// `OperationUnsupported.EipBindModel`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: eip bind model.
    OperationUnsupportedEipBindModel,
    /// `IncorrectStatus.NatGateway`: HTTP 400, 404; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: nat gateway.
    IncorrectStatusNatGateway,
    /// `EipBindRemote.BackendRegionMustBeSingle`: HTTP 400; retry: never; category: invalid_argument.
    /// Eip bind remote: backend region must be single.
    EipBindRemoteBackendRegionMustBeSingle,
    /// `InvalidParameter.BindingInstanceRegion`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: binding instance region.
    InvalidParameterBindingInstanceRegion,
    /// `OperationFailed.HavipBoundPortmap`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: havip bound portmap.
    OperationFailedHavipBoundPortmap,
    /// `IllegalParam.Mode`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: mode.
    IllegalParamMode,
    /// `InvalidStatus.NotAllow`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: not allow.
    InvalidStatusNotAllow,
    /// `InvalidInstance.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance: not exist.
    InvalidInstanceNotExist,
    /// `ResourceQueryError`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource query error.
    ResourceQueryError,
    /// `InvalidStatus.InstanceHasBandWidth`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: instance has band width.
    InvalidStatusInstanceHasBandWidth,
    /// `OperationDenied.CloudBoxResourceExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: cloud box resource exist.
    OperationDeniedCloudBoxResourceExist,
    /// `OperationDenied.CloudBoxVSwitchExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: cloud box v switch exist.
    OperationDeniedCloudBoxVSwitchExist,
    /// `OperationDenied.NoAvailablePrivateIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: no available private ip.
    OperationDeniedNoAvailablePrivateIp,
    /// `UnsupportedRegion`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported region.
    UnsupportedRegion,
    /// `ResourceAlreadyAssociated.IpAddress`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already associated: ip address.
    ResourceAlreadyAssociatedIpAddress,
    /// `OperationFailed.Ipv4GatewayNotOpenedInVpc`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: ipv4 gateway not opened in vpc.
    OperationFailedIpv4GatewayNotOpenedInVpc,
    /// `OperationFailed.Ipv4GatewayNotActivatedInVpc`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: ipv4 gateway not activated in vpc.
    OperationFailedIpv4GatewayNotActivatedInVpc,
    /// `OperationDenied.L2EipBindIpAddress`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: l2 eip bind ip address.
    OperationDeniedL2EipBindIpAddress,
    /// `UnsupportedFeature.EipBindIpAddress`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: eip bind ip address.
    UnsupportedFeatureEipBindIpAddress,
    /// `OperationDenied.Ipv4GatewayExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: ipv4 gateway exist.
    OperationDeniedIpv4GatewayExist,
    /// `OperationFailed.EipBindModeConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: eip bind mode conflict.
    OperationFailedEipBindModeConflict,
    /// `OperationFailed.EcsMigrating`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: ecs migrating.
    OperationFailedEcsMigrating,
    /// `OperationFailed.IpPrefixConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: ip prefix conflict.
    OperationFailedIpPrefixConflict,
    /// `UnsupportedFeature.EipBindPrefixIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: eip bind prefix ip.
    UnsupportedFeatureEipBindPrefixIp,
    /// `OperationDenied.UnsupportedEipBindMode`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: unsupported eip bind mode.
    OperationDeniedUnsupportedEipBindMode,
    /// `OperationDenied.Unauthorized`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: unauthorized.
    OperationDeniedUnauthorized,
    /// `OperationFailed.PrivateIpAddressNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: private ip address not exist.
    OperationFailedPrivateIpAddressNotExist,
    /// `InvalidAllocationId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid allocation id: not found.
    InvalidAllocationIdNotFound,
    /// `InvalidInstanId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid instan id: not found.
    InvalidInstanIdNotFound,
    /// `Forbidden.RegionNotFound`: HTTP 404; retry: after_fix; category: permission_denied.
    /// The request is forbidden: region not found.
    ForbiddenRegionNotFound,
    /// `OperationDenied.VpcIpv4GatewayEnabled`: HTTP 404; retry: never; category: not_found.
    /// Operation denied: vpc ipv4 gateway enabled.
    OperationDeniedVpcIpv4GatewayEnabled,
    /// `ServiceUnavailable`: HTTP 400, 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailable,
    /// `InvalidEipBandwidth.OutOfMaxValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid eip bandwidth: out of max value.
    InvalidEipBandwidthOutOfMaxValue,
    /// `EipBatchBind.TypeNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Eip batch bind: type not support.
    EipBatchBindTypeNotSupport,
    /// `OperationFailed.RegionNotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: region not match.
    OperationFailedRegionNotMatch,
    /// `OperationUnsupported.BindOnFreeNetworkInterface`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: bind on free network interface.
    OperationUnsupportedBindOnFreeNetworkInterface,
    /// `OperationUnsupported.BindMultipleType`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: bind multiple type.
    OperationUnsupportedBindMultipleType,
    /// `OperationUnsupported.BindOnMultipleVswitch`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: bind on multiple vswitch.
    OperationUnsupportedBindOnMultipleVswitch,
    /// `InvalidVip.Status`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vip: status.
    InvalidVipStatus,
    /// `CountLimitExceed.HaVipOnInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Count limit exceed: ha vip on instance.
    CountLimitExceedHaVipOnInstance,
    /// `CountLimitExceeded.HaVipOnECSInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Count limit exceeded: ha vip on ECS instance.
    CountLimitExceededHaVipOnEcsInstance,
    /// `InvalidNetworkInterfaceId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid network interface id: not found.
    InvalidNetworkInterfaceIdNotFound,
    /// `OperationFailed.QueryNetworkInterfaceInfo`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: query network interface info.
    OperationFailedQueryNetworkInterfaceInfo,
    /// `IllegalParam.InstanceType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: instance type.
    IllegalParamInstanceType,
    /// `OperationUnsupported.BindOnSameEcs`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: bind on same ecs.
    OperationUnsupportedBindOnSameEcs,
    /// `OperationUnsupported.HavipBindType`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: havip bind type.
    OperationUnsupportedHavipBindType,
    /// `OperationDenied.BindOnSameEcs`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: bind on same ecs.
    OperationDeniedBindOnSameEcs,
    /// `Forbidden.HaVip`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: ha vip.
    ForbiddenHaVip,
    /// `InvalidHaVip.Exist`: HTTP 404; retry: never; category: not_found.
    /// Invalid ha vip: exist.
    InvalidHaVipExist,
    /// `InvalidHaVipId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid ha vip id: not found.
    InvalidHaVipIdNotFound,
    /// `QuotaExceeded.HaVipBindInstance`: HTTP 404; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: ha vip bind instance.
    QuotaExceededHaVipBindInstance,
    /// `ParameterMissing.AliUid`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter missing: ali uid.
    ParameterMissingAliUid,
    /// `ParameterMissing.Bid`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter missing: bid.
    ParameterMissingBid,
    /// `ParameterMissing.RegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter missing: region id.
    ParameterMissingRegionId,
    /// `ParameterEmpty.RegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter empty: region id.
    ParameterEmptyRegionId,
    /// `ParameterMissing.NetworkAclId`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter missing: network acl id.
    ParameterMissingNetworkAclId,
    /// `ParameterEmpty.NetworkAclId`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter empty: network acl id.
    ParameterEmptyNetworkAclId,
    /// `ParameterMissing.Resources`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter missing: resources.
    ParameterMissingResources,
    /// `ParameterEmpty.Resources`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter empty: resources.
    ParameterEmptyResources,
    /// `InvalidNetworkAcl.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid network acl: not found.
    InvalidNetworkAclNotFound,
    /// `NetworkStatus.Modifying`: HTTP 400; retry: never; category: invalid_argument.
    /// Network status: modifying.
    NetworkStatusModifying,
    /// `ResourceStatus.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource status: error.
    ResourceStatusError,
    /// `InvalidResource.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource: not found.
    InvalidResourceNotFound,
    /// `InvalidResource.VpcError`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource: vpc error.
    InvalidResourceVpcError,
    /// `InvalidResource.BindingExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource: binding exist.
    InvalidResourceBindingExist,
    /// `NotSupport.NetworkAcl`: HTTP 400; retry: never; category: invalid_argument.
    /// Not support: network acl.
    NotSupportNetworkAcl,
    /// `ParameterIllegal.ResourceType`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal: resource type.
    ParameterIllegalResourceType,
    /// `InvalidOperation.RouterInterfaceNotDeleted`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: router interface not deleted.
    InvalidOperationRouterInterfaceNotDeleted,
    /// `InvalidOperation.OperationNotAllowedInState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: operation not allowed in state.
    InvalidOperationOperationNotAllowedInState,
    /// `InvalidStatus.NotAllowed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: not allowed.
    InvalidStatusNotAllowed,
    /// `InvalidPhysicalConnectionId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid physical connection id: not found.
    InvalidPhysicalConnectionIdNotFound,
    /// `InvalidVlanId.Used`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vlan id: used.
    InvalidVlanIdUsed,
    /// `MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `InvalidPhysicalConnectionId.NotEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid physical connection id: not enabled.
    InvalidPhysicalConnectionIdNotEnabled,
    /// `InvalidVlanId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vlan id: malformed.
    InvalidVlanIdMalformed,
    /// `InvalidCircuitCode.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid circuit code: malformed.
    InvalidCircuitCodeMalformed,
    /// `InvalidLocalGatewayIp.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid local gateway ip: malformed.
    InvalidLocalGatewayIpMalformed,
    /// `InvalidPeerGatewayIp.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid peer gateway ip: malformed.
    InvalidPeerGatewayIpMalformed,
    /// `InvalidPeeringSubnetMask.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid peering subnet mask: malformed.
    InvalidPeeringSubnetMaskMalformed,
    /// `InvalidName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid name: malformed.
    InvalidNameMalformed,
    /// `InvalidDescription.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid description: malformed.
    InvalidDescriptionMalformed,
    /// `QuotaExceeded.vbrPerpConn`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: vbr perp conn.
    QuotaExceededVbrPerpConn,
    /// `EXCEED_ASSOCIATE_MAX_NUM`: HTTP 400; retry: never; category: invalid_argument.
    /// EXCEED ASSOCIATE MAX NUM.
    ExceedAssociateMaxNum,
    /// `InvalidIp.NotSameSubnet`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ip: not same subnet.
    InvalidIpNotSameSubnet,
    /// `InvalidStatus.StatusNotEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: status not enabled.
    InvalidStatusStatusNotEnabled,
    /// `PHYSICAL_NOT_ALLOW_ASSOCIATE_VBR`: HTTP 400; retry: never; category: invalid_argument.
    /// PHYSICAL NOT ALLOW ASSOCIATE VBR.
    PhysicalNotAllowAssociateVbr,
    /// `Forbidden.OperationNotAllowed`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: operation not allowed.
    ForbiddenOperationNotAllowed,
    /// `Forbidden.NotSameAccessDevice`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: not same access device.
    ForbiddenNotSameAccessDevice,
    /// `Duplicated.LocalGatewayIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated: local gateway ip.
    DuplicatedLocalGatewayIp,
    /// `OperationFailed.VlanIdInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vlan id in use.
    OperationFailedVlanIdInUse,
    /// `DuplicatedParam.LocalGatewayIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated param: local gateway ip.
    DuplicatedParamLocalGatewayIp,
    /// `DuplicatedParam.PeerGatewayIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated param: peer gateway ip.
    DuplicatedParamPeerGatewayIp,
    /// `DuplicatedParam.LocalIpv6GatewayIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated param: local ipv6 gateway ip.
    DuplicatedParamLocalIpv6GatewayIp,
    /// `DuplicatedParam.PeerIpv6GatewayIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated param: peer ipv6 gateway ip.
    DuplicatedParamPeerIpv6GatewayIp,
    /// `EcPconnVbrMustContainsAll`: HTTP 400; retry: never; category: invalid_argument.
    /// Ec pconn vbr must contains all.
    EcPconnVbrMustContainsAll,
    /// `Forbidden.OperationNotAllowedByUser`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: operation not allowed by user.
    ForbiddenOperationNotAllowedByUser,
    /// `Forbidden.MultiVlanRi`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: multi vlan ri.
    ForbiddenMultiVlanRi,
    /// `Forbidden.NoRiFound`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: no ri found.
    ForbiddenNoRiFound,
    /// `Forbidden.LocalGatewayIpNotAllowedByCaller`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: local gateway ip not allowed by caller.
    ForbiddenLocalGatewayIpNotAllowedByCaller,
    /// `Forbidden.PeerGatewayIpNotAllowedByCaller`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: peer gateway ip not allowed by caller.
    ForbiddenPeerGatewayIpNotAllowedByCaller,
    /// `Forbidden.PeeringSubnetMaskNotAllowedByCaller`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: peering subnet mask not allowed by caller.
    ForbiddenPeeringSubnetMaskNotAllowedByCaller,
    /// `Forbidden.NameNotAllowedByCaller`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: name not allowed by caller.
    ForbiddenNameNotAllowedByCaller,
    /// `Forbidden.DescriptionNotAllowedByCaller`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: description not allowed by caller.
    ForbiddenDescriptionNotAllowedByCaller,
    /// `InvalidVbrId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid vbr id: not found.
    InvalidVbrIdNotFound,
    /// `InvalidVbrOwnerId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid vbr owner id: not found.
    InvalidVbrOwnerIdNotFound,
    /// `OperationDenied.CloudBoxVbrEntryExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: cloud box vbr entry exist.
    OperationDeniedCloudBoxVbrEntryExist,
    /// `OperationDenied.OtherCloudBoxVbrEntryExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: other cloud box vbr entry exist.
    OperationDeniedOtherCloudBoxVbrEntryExist,
    /// `ResourceAlreadyAssociated.RouteTable`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already associated: route table.
    ResourceAlreadyAssociatedRouteTable,
    /// `OperationDenied.AssociateGatewayRouteTable`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: associate gateway route table.
    OperationDeniedAssociateGatewayRouteTable,
    /// `OperationDenied.SwitchToSystemRouteTable`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: switch to system route table.
    OperationDeniedSwitchToSystemRouteTable,
    /// `InvalidRouteTableId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid route table id: not found.
    InvalidRouteTableIdNotFound,
    /// `InvalidParameter.Action`: HTTP 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: action.
    InvalidParameterAction,
    /// `InvalidVSwitchId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid v switch id: not found.
    InvalidVSwitchIdNotFound,
    /// `IncorrectVSwitchStatus`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Incorrect v switch status.
    IncorrectVSwitchStatus,
    /// `Forbidden.VSwitchAlreadyAssociatedRouteTable`: HTTP 404; retry: after_fix; category: permission_denied.
    /// The request is forbidden: v switch already associated route table.
    ForbiddenVSwitchAlreadyAssociatedRouteTable,
    /// `Forbidden.NotInSameVpc`: HTTP 404; retry: after_fix; category: permission_denied.
    /// The request is forbidden: not in same vpc.
    ForbiddenNotInSameVpc,
    /// `IncorrectStatus.RouteTable`: HTTP 400, 404; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: route table.
    IncorrectStatusRouteTable,
    /// `ResourceNotFound.Ipv4Gateway`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: ipv4 gateway.
    ResourceNotFoundIpv4Gateway,
    /// `IncorrectStatus.Ipv4Gateway`: HTTP 400, 500; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: ipv4 gateway.
    IncorrectStatusIpv4Gateway,
    /// `ResourceAlreadyAssociated.Ipv4Gateway`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already associated: ipv4 gateway.
    ResourceAlreadyAssociatedIpv4Gateway,
    /// `ResourceNotFound.GatewayRouteTable`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: gateway route table.
    ResourceNotFoundGatewayRouteTable,
    /// `IncorrectStatus.GatewayRouteTable`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: gateway route table.
    IncorrectStatusGatewayRouteTable,
    /// `ResourceAlreadyAssociated.GatewayRouteTable`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already associated: gateway route table.
    ResourceAlreadyAssociatedGatewayRouteTable,
    /// `OperationDenied.Ipv4GatewayNotActive`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: ipv4 gateway not active.
    OperationDeniedIpv4GatewayNotActive,
    /// `OperationDenied.RouteTableTypeIncorrect`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: route table type incorrect.
    OperationDeniedRouteTableTypeIncorrect,
    /// `ResourceNotFound.RouteTable`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: route table.
    ResourceNotFoundRouteTable,
    /// `OperationDenied.GatewayAndTableNotInOneVpc`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: gateway and table not in one vpc.
    OperationDeniedGatewayAndTableNotInOneVpc,
    /// `IllegalParam.GatewayType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: gateway type.
    IllegalParamGatewayType,
    /// `UnsupportedFeature.Ipv6GatewayRouteTable`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: ipv6 gateway route table.
    UnsupportedFeatureIpv6GatewayRouteTable,
    /// `OperationFailed.ConcurrentOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: concurrent operation.
    OperationFailedConcurrentOperation,
    /// `IdempotentParameterMismatch`: HTTP 400; retry: never; category: failed_precondition.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatch,
    /// `ResourceNotFound.GatewayEndpoint`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: gateway endpoint.
    ResourceNotFoundGatewayEndpoint,
    /// `IncorrectStatus.GatewayEndpoint`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: gateway endpoint.
    IncorrectStatusGatewayEndpoint,
    /// `ResourceNotFound.ServiceName`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: service name.
    ResourceNotFoundServiceName,
    /// `ResourceNotFound.PrefixList`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: prefix list.
    ResourceNotFoundPrefixList,
    /// `Mismatch.VpcAndRouteTable`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: vpc and route table.
    MismatchVpcAndRouteTable,
    /// `ResourceAlreadyExist.Association`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already exist: association.
    ResourceAlreadyExistAssociation,
    /// `VPC_ROUTE_ENTRY_CIDR_BLOCK_DUPLICATE`: HTTP 400; retry: never; category: invalid_argument.
    /// VPC ROUTE ENTRY CIDR BLOCK DUPLICATE.
    VpcRouteEntryCidrBlockDuplicate,
    /// `VPC_SWITCH_STATUS_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// VPC SWITCH STATUS ERROR.
    VpcSwitchStatusError,
    /// `QuotaExceeded.VpcRouteEntryNum`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: vpc route entry num.
    QuotaExceededVpcRouteEntryNum,
    /// `OperationUnsupported.DestinationCidrBlockOverlapWithVSwitch`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: destination cidr block overlap with v switch.
    OperationUnsupportedDestinationCidrBlockOverlapWithVSwitch,
    /// `IncorrectStatus.Vpc`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: vpc.
    IncorrectStatusVpc,
    /// `IncorrectStatus.CenStatus`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: cen status.
    IncorrectStatusCenStatus,
    /// `UnsupportedFeature.RouterTableType`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: router table type.
    UnsupportedFeatureRouterTableType,
    /// `InvalidVpc.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid vpc: not found.
    InvalidVpcNotFound,
    /// `ParamExclusive.SecondaryCidrAndIpv6Cidr`: HTTP 400; retry: never; category: invalid_argument.
    /// Param exclusive: secondary cidr and ipv6 cidr.
    ParamExclusiveSecondaryCidrAndIpv6Cidr,
    /// `OperationUnsupported.VpcMultiCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: vpc multi cidr.
    OperationUnsupportedVpcMultiCidr,
    /// `MissingParam.SecondaryCidrOrIpv6Cidr`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: secondary cidr or ipv6 cidr.
    MissingParamSecondaryCidrOrIpv6Cidr,
    /// `OperationUnsupported.IPv6ULA`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: IPv6 ULA.
    OperationUnsupportedIPv6Ula,
    /// `OperationFailed.Ipv6CidrBlockExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: ipv6 cidr block existed.
    OperationFailedIpv6CidrBlockExisted,
    /// `InvalidIpv6ULACidrBlock.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ipv6 ULA cidr block: malformed.
    InvalidIpv6UlaCidrBlockMalformed,
    /// `QuotaExceeded.GUAIpv6CidrBlock`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: GUA ipv6 cidr block.
    QuotaExceededGuaIpv6CidrBlock,
    /// `IllegalParam.Ipv6CidrType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: ipv6 cidr type.
    IllegalParamIpv6CidrType,
    /// `OperationUnsupported.OnlyULA`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: only ULA.
    OperationUnsupportedOnlyUla,
    /// `InvalidCidrBlock.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cidr block: malformed.
    InvalidCidrBlockMalformed,
    /// `IllegalParam.SecondaryCidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: secondary cidr block.
    IllegalParamSecondaryCidrBlock,
    /// `Duplicated.SecondaryCidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated: secondary cidr block.
    DuplicatedSecondaryCidrBlock,
    /// `OperationFailed.ConflictWithEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: conflict with entry.
    OperationFailedConflictWithEntry,
    /// `QuotaExceeded.VpcMultiCidr`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: vpc multi cidr.
    QuotaExceededVpcMultiCidr,
    /// `MissingParam.SecondaryCidrBlockOrIpv6CidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: secondary cidr block or ipv6 cidr block.
    MissingParamSecondaryCidrBlockOrIpv6CidrBlock,
    /// `MissingParam.VpcId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: vpc id.
    MissingParamVpcId,
    /// `IllegalParam.IpVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: ip version.
    IllegalParamIpVersion,
    /// `OperationDenied.GUAIpv6CidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: GUA ipv6 cidr block.
    OperationDeniedGuaIpv6CidrBlock,
    /// `OperationFailed.IPv6CidrNotReserved`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: IPv6 cidr not reserved.
    OperationFailedIPv6CidrNotReserved,
    /// `InvalidCidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cidr block.
    InvalidCidrBlock,
    /// `IllegalParam.IpamPool`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: ipam pool.
    IllegalParamIpamPool,
    /// `MissingParam.SecondaryCidrMask`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: secondary cidr mask.
    MissingParamSecondaryCidrMask,
    /// `IllegalParam.SecondaryCidrMask`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: secondary cidr mask.
    IllegalParamSecondaryCidrMask,
    /// `OperationDenied.RequestRegionInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: request region invalid.
    OperationDeniedRequestRegionInvalid,
    /// `OperationDenied.IpamPoolNotInRegion`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: ipam pool not in region.
    OperationDeniedIpamPoolNotInRegion,
    /// `MissingParam.CidrOrCidrMask`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: cidr or cidr mask.
    MissingParamCidrOrCidrMask,
    /// `OperationDenied.CidrInExcludeCidrs`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: cidr in exclude cidrs.
    OperationDeniedCidrInExcludeCidrs,
    /// `OperationDenied.AvailableCidrInsufficient`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: available cidr insufficient.
    OperationDeniedAvailableCidrInsufficient,
    /// `UnsupportedFeature.Ipam`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: ipam.
    UnsupportedFeatureIpam,
    /// `ResourceNotFound.IpamPool`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: ipam pool.
    ResourceNotFoundIpamPool,
    /// `IllegalParam.CertificateType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: certificate type.
    IllegalParamCertificateType,
    /// `OperationFailed.NotNationalStandard`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: not national standard.
    OperationFailedNotNationalStandard,
    /// `VpnGateway.Configuring`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpn gateway: configuring.
    VpnGatewayConfiguring,
    /// `OperationFailed.NoRamPermission`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: no ram permission.
    OperationFailedNoRamPermission,
    /// `OperationFailed.AssociationExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: association exist.
    OperationFailedAssociationExist,
    /// `OperationFailed.AnotherAssociationExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: another association exist.
    OperationFailedAnotherAssociationExist,
    /// `OperationFailed.InvalidCertificate`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: invalid certificate.
    OperationFailedInvalidCertificate,
    /// `Forbidden.NoSlrPermission`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: no slr permission.
    ForbiddenNoSlrPermission,
    /// `InvalidVpnGatewayInstanceId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid vpn gateway instance id: not found.
    InvalidVpnGatewayInstanceIdNotFound,
    /// `InvalidCertificateId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid certificate id: not found.
    InvalidCertificateIdNotFound,
    /// `Forbidden.OperateShareResource`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: operate share resource.
    ForbiddenOperateShareResource,
    /// `InvalidDhcpOptionsSetId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid dhcp options set id: not found.
    InvalidDhcpOptionsSetIdNotFound,
    /// `IncorrectStatus.DhcpOptionsSet`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: dhcp options set.
    IncorrectStatusDhcpOptionsSet,
    /// `InvalidVpcId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid vpc id: not found.
    InvalidVpcIdNotFound,
    /// `IncorrectStatus.VpcDhcpOptionsSet`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: vpc dhcp options set.
    IncorrectStatusVpcDhcpOptionsSet,
    /// `OperationFailed.AttachmentExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: attachment exist.
    OperationFailedAttachmentExist,
    /// `QuotaExceeded.AttachVpcNumber`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: attach vpc number.
    QuotaExceededAttachVpcNumber,
    /// `QuotaExceeded.VPCONN`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: VPCONN.
    QuotaExceededVpconn,
    /// `OperationFailed.VbrBindedPconn`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vbr binded pconn.
    OperationFailedVbrBindedPconn,
    /// `ResourceNotFound.PhysicalConnectionId`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: physical connection id.
    ResourceNotFoundPhysicalConnectionId,
    /// `Forbidden.NotAllowedInState`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: not allowed in state.
    ForbiddenNotAllowedInState,
    /// `ResourceType.Unknown`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource type: unknown.
    ResourceTypeUnknown,
    /// `InvalidResourceId.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid resource id: not found.
    InvalidResourceIdNotFound,
    /// `PARAMETER_ILLEGAL`: HTTP 400; retry: never; category: invalid_argument.
    /// PARAMETER ILLEGAL.
    ParameterIllegal,
    /// `ResourceNotFound.VSwitchId`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: v switch id.
    ResourceNotFoundVSwitchId,
    /// `Mismatch.VSwitchAndPrivateIpAddress`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: v switch and private ip address.
    MismatchVSwitchAndPrivateIpAddress,
    /// `IllegalParam.LineCode`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: line code.
    IllegalParamLineCode,
    /// `IllegalParam.LineLabel`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: line label.
    IllegalParamLineLabel,
    /// `OperationDenied.LOAStatusNotAllowComplete`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: LOA status not allow complete.
    OperationDeniedLoaStatusNotAllowComplete,
    /// `IllegalParam.LineSPContactInfo`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: line SP contact info.
    IllegalParamLineSpContactInfo,
    /// `MissingParam.PhysicalConnectionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: physical connection id.
    MissingParamPhysicalConnectionId,
    /// `OperationUnsupported.SkipConstruction`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: skip construction.
    OperationUnsupportedSkipConstruction,
    /// `IncorrectRole.NotInitiatingSide`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect role: not initiating side.
    IncorrectRoleNotInitiatingSide,
    /// `IncorrectOppositeInterfaceInfo.NotSet`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect opposite interface info: not set.
    IncorrectOppositeInterfaceInfoNotSet,
    /// `IncorrectOppositeInterfaceInfo`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect opposite interface info.
    IncorrectOppositeInterfaceInfo,
    /// `Forbidden.OnlyOneConnection`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: only one connection.
    ForbiddenOnlyOneConnection,
    /// `Forbidden.BillsOutstanding`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: bills outstanding.
    ForbiddenBillsOutstanding,
    /// `InvalidAccount.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account: not found.
    InvalidAccountNotFound,
    /// `ErrCode.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Err code: invalid.
    ErrCodeInvalid,
    /// `AttrMismatching.AcceptingSideRole`: HTTP 400; retry: never; category: invalid_argument.
    /// Attr mismatching: accepting side role.
    AttrMismatchingAcceptingSideRole,
    /// `AttrMismatching.AcceptingSideInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Attr mismatching: accepting side instance id.
    AttrMismatchingAcceptingSideInstanceId,
    /// `AttrMismatching.AcceptingSideRegionNo`: HTTP 400; retry: never; category: invalid_argument.
    /// Attr mismatching: accepting side region no.
    AttrMismatchingAcceptingSideRegionNo,
    /// `AttrMismatching.AcceptingSideRouterId`: HTTP 400; retry: never; category: invalid_argument.
    /// Attr mismatching: accepting side router id.
    AttrMismatchingAcceptingSideRouterId,
    /// `AttrMismatching.AcceptingSideRouterType`: HTTP 400; retry: never; category: invalid_argument.
    /// Attr mismatching: accepting side router type.
    AttrMismatchingAcceptingSideRouterType,
    /// `AttrMismatching.AcceptingSideAliUid`: HTTP 400; retry: never; category: invalid_argument.
    /// Attr mismatching: accepting side ali uid.
    AttrMismatchingAcceptingSideAliUid,
    /// `AttrMismatching.AcceptingSideOppositeInterfaceOwnerId`: HTTP 400; retry: never; category: invalid_argument.
    /// Attr mismatching: accepting side opposite interface owner id.
    AttrMismatchingAcceptingSideOppositeInterfaceOwnerId,
    /// `AttrMismatching.AcceptingSideOppositeRegionNo`: HTTP 400; retry: never; category: invalid_argument.
    /// Attr mismatching: accepting side opposite region no.
    AttrMismatchingAcceptingSideOppositeRegionNo,
    /// `AttrMismatching.AcceptingSideOppositeInterfaceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Attr mismatching: accepting side opposite interface id.
    AttrMismatchingAcceptingSideOppositeInterfaceId,
    /// `AttrMismatching.AcceptingSideOppositeRouterId`: HTTP 400; retry: never; category: invalid_argument.
    /// Attr mismatching: accepting side opposite router id.
    AttrMismatchingAcceptingSideOppositeRouterId,
    /// `AttrMismatching.AcceptingSideOppositeRouterType`: HTTP 400; retry: never; category: invalid_argument.
    /// Attr mismatching: accepting side opposite router type.
    AttrMismatchingAcceptingSideOppositeRouterType,
    /// `IllegalParam.InstanceOwner`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: instance owner.
    IllegalParamInstanceOwner,
    /// `CROSS_BID.FORBIDDEN`: HTTP 404; retry: never; category: not_found.
    /// CROSS BID: FORBIDDEN.
    CrossBidForbidden,
    /// `NotOpen.Api`: HTTP 400; retry: never; category: invalid_argument.
    /// Not open: api.
    NotOpenApi,
    /// `NotFound.BandwidthPackage`: HTTP 400; retry: never; category: invalid_argument.
    /// Not found: bandwidth package.
    NotFoundBandwidthPackage,
    /// `ORDER.QUOTA_EXCEEDED`: HTTP 400; retry: never; category: invalid_argument.
    /// ORDER: QUOTA EXCEEDED.
    OrderQuotaExceeded,
    /// `ORDER.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// ORDER: ERROR.
    OrderError,
    /// `ParameterMissing.SourceNetworkAclId`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter missing: source network acl id.
    ParameterMissingSourceNetworkAclId,
    /// `ParameterEmpty.SourceNetworkAclId`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter empty: source network acl id.
    ParameterEmptySourceNetworkAclId,
    /// `InvalidSourceNetworkAcl.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid source network acl: not found.
    InvalidSourceNetworkAclNotFound,
    /// `InvalidBgpDescription.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bgp description: malformed.
    InvalidBgpDescriptionMalformed,
    /// `InvalidBgpGroup.LocalAsnInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bgp group: local asn invalid.
    InvalidBgpGroupLocalAsnInvalid,
    /// `IllegalParam.PeerAsn`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: peer asn.
    IllegalParamPeerAsn,
    /// `IllegalParam.LocalAsn`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: local asn.
    IllegalParamLocalAsn,
    /// `OperationUnsupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupport.
    OperationUnsupport,
    /// `IllegalParam.RouteLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: route limit.
    IllegalParamRouteLimit,
    /// `IllegalParam.BgpGroupLocalAsn`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: bgp group local asn.
    IllegalParamBgpGroupLocalAsn,
    /// `OperationDenied.VbrAttachEcrInMiddleStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: vbr attach ecr in middle status.
    OperationDeniedVbrAttachEcrInMiddleStatus,
    /// `OperationFailed.BgpPeerConflictWithECR`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: bgp peer conflict with ECR.
    OperationFailedBgpPeerConflictWithEcr,
    /// `InvalidAccessDeviceId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid access device id: not found.
    InvalidAccessDeviceIdNotFound,
    /// `QuotaExceeded.BfdSession`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: bfd session.
    QuotaExceededBfdSession,
    /// `BgpPeer.Already.Exists`: HTTP 400; retry: never; category: invalid_argument.
    /// Bgp peer: already, exists.
    BgpPeerAlreadyExists,
    /// `MissingParam.EnableBfd`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: enable bfd.
    MissingParamEnableBfd,
    /// `OperationUnsupported.IPV6ForThisRegion`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: IPV6 for this region.
    OperationUnsupportedIpv6ForThisRegion,
    /// `IllegalParam.BfdMultiHop`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: bfd multi hop.
    IllegalParamBfdMultiHop,
    /// `UnsupportedFeature.Vpconn`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: vpconn.
    UnsupportedFeatureVpconn,
    /// `DuplicatedParam.PeerIpAddress`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated param: peer ip address.
    DuplicatedParamPeerIpAddress,
    /// `DuplicatedParam.LocalIpAddress`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated param: local ip address.
    DuplicatedParamLocalIpAddress,
    /// `DuplicatedParam.PeerIpv6Address`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated param: peer ipv6 address.
    DuplicatedParamPeerIpv6Address,
    /// `DuplicatedParam.LocalIpv6Address`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated param: local ipv6 address.
    DuplicatedParamLocalIpv6Address,
    /// `IllegalParam.LocalGatewayIpAndMask`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: local gateway ip and mask.
    IllegalParamLocalGatewayIpAndMask,
    /// `IllegalParam.PeeringIpv6SubnetMask`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: peering ipv6 subnet mask.
    IllegalParamPeeringIpv6SubnetMask,
    /// `ResourceNotEnough.Bandwidth`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not enough: bandwidth.
    ResourceNotEnoughBandwidth,
    /// `InvalidParameter.Name.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: name, malformed.
    InvalidParameterNameMalformed,
    /// `InvalidParameter.Description.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: description, malformed.
    InvalidParameterDescriptionMalformed,
    /// `BandwidthPackageOperation.conflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Bandwidth package operation: conflict.
    BandwidthPackageOperationConflict,
    /// `InvalidParameter.Bandwidth`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: bandwidth.
    InvalidParameterBandwidth,
    /// `BandwidthPackage.QuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Bandwidth package: quota exceeded.
    BandwidthPackageQuotaExceeded,
    /// `InvalidParameter.InvalidChargeType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid charge type.
    InvalidParameterInvalidChargeType,
    /// `OperationFailed.SyncOrderToSub`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: sync order to sub.
    OperationFailedSyncOrderToSub,
    /// `IllegalParam.Ratio`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: ratio.
    IllegalParamRatio,
    /// `OperationUnsupported.InvalidZone`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: invalid zone.
    OperationUnsupportedInvalidZone,
    /// `IllegalParam.AvailableZone`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: available zone.
    IllegalParamAvailableZone,
    /// `MissingParam.NameOrDescription`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: name or description.
    MissingParamNameOrDescription,
    /// `UnsupportedRegion.CloudBoxInternet`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported region: cloud box internet.
    UnsupportedRegionCloudBoxInternet,
    /// `ResourceNotEnough.CommonBandWidthPackage`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not enough: common band width package.
    ResourceNotEnoughCommonBandWidthPackage,
    /// `InvalidZoneId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid zone id: not found.
    InvalidZoneIdNotFound,
    /// `InvalidAuthkey.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid authkey: malformed.
    InvalidAuthkeyMalformed,
    /// `InvalidIpAddress.AlreadyExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ip address: already exist.
    InvalidIpAddressAlreadyExist,
    /// `InvalidName`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid name.
    InvalidName,
    /// `InvalidDescription`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid description.
    InvalidDescription,
    /// `IllegalParam.Asn`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: asn.
    IllegalParamAsn,
    /// `OperationDenied.MissingAsn`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: missing asn.
    OperationDeniedMissingAsn,
    /// `InvalidParameter.TagValue`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag value.
    InvalidParameterTagValue,
    /// `SizeLimitExceeded.TagNum`: HTTP 400; retry: never; category: invalid_argument.
    /// Size limit exceeded: tag num.
    SizeLimitExceededTagNum,
    /// `Forbidden.TagKey.Duplicated`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: tag key, duplicated.
    ForbiddenTagKeyDuplicated,
    /// `InvalidParameter.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag key.
    InvalidParameterTagKey,
    /// `Duplicated.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated: tag key.
    DuplicatedTagKey,
    /// `CreateVpnUserGatewayQuotaFull.QuotaFull`: HTTP 400; retry: never; category: invalid_argument.
    /// Create vpn user gateway quota full: quota full.
    CreateVpnUserGatewayQuotaFullQuotaFull,
    /// `Forbidden.SubUser`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: sub user.
    ForbiddenSubUser,
    /// `InvalidVSwitchName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v switch name: malformed.
    InvalidVSwitchNameMalformed,
    /// `InvalidVSwitchDiscription.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v switch discription: malformed.
    InvalidVSwitchDiscriptionMalformed,
    /// `Abs.Vpc.InvalidDescription.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Abs: vpc, invalid description, malformed.
    AbsVpcInvalidDescriptionMalformed,
    /// `ResourceNotAvailable`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not available.
    ResourceNotAvailable,
    /// `InvalidCidrBlock.Overlapped`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cidr block: overlapped.
    InvalidCidrBlockOverlapped,
    /// `QuotaExceeded.VSwitch`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: v switch.
    QuotaExceededVSwitch,
    /// `IncorrectRouteEntryStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect route entry status.
    IncorrectRouteEntryStatus,
    /// `InvalidCirdrBlock.MaskLength`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cirdr block: mask length.
    InvalidCirdrBlockMaskLength,
    /// `IncorrectVpcStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect vpc status.
    IncorrectVpcStatus,
    /// `CreateVSwitch.IncorrectStatus.cbnStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Create v switch: incorrect status, cbn status.
    CreateVSwitchIncorrectStatusCbnStatus,
    /// `VPC.SWITCH.RULE.QUOTA.NOT.EXISTS`: HTTP 400; retry: never; category: invalid_argument.
    /// VPC: SWITCH, RULE, QUOTA, NOT, EXISTS.
    VpcSwitchRuleQuotaNotExists,
    /// `Forbidden.VpcNotFound`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: vpc not found.
    ForbiddenVpcNotFound,
    /// `RouteConflict.AlreadyExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Route conflict: already exist.
    RouteConflictAlreadyExist,
    /// `OperationFailed.CidrAcross`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: cidr across.
    OperationFailedCidrAcross,
    /// `Duplicated.ClientToken`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated: client token.
    DuplicatedClientToken,
    /// `IllegalParam.Ipv6CidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: ipv6 cidr block.
    IllegalParamIpv6CidrBlock,
    /// `OperationFailed.VpcIpv6Disabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vpc ipv6 disabled.
    OperationFailedVpcIpv6Disabled,
    /// `IncorrectStatus.cbnStatus`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: cbn status.
    IncorrectStatusCbnStatus,
    /// `OperationFailed.DefaultVpcNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: default vpc not exist.
    OperationFailedDefaultVpcNotExist,
    /// `UnsupportedFeature.CloudBoxIpv6`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: cloud box ipv6.
    UnsupportedFeatureCloudBoxIpv6,
    /// `OperationDenied.VpcPeerExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: vpc peer exist.
    OperationDeniedVpcPeerExist,
    /// `OperationDenied.CenAttached`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: cen attached.
    OperationDeniedCenAttached,
    /// `OperationDenied.NatgwExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: natgw exist.
    OperationDeniedNatgwExist,
    /// `OperationDenied.OtherSubnetCreating`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: other subnet creating.
    OperationDeniedOtherSubnetCreating,
    /// `OperationFailed.DefaultVSwitchExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: default v switch exist.
    OperationFailedDefaultVSwitchExist,
    /// `Invalid.NotExist`: HTTP 404; retry: never; category: not_found.
    /// Invalid: not exist.
    InvalidNotExist,
    /// `InvalidStatus.RouteEntry`: HTTP 404; retry: never; category: not_found.
    /// Invalid status: route entry.
    InvalidStatusRouteEntry,
    /// `TOKEN_PROCESSING`: HTTP 400; retry: never; category: invalid_argument.
    /// TOKEN PROCESSING.
    TokenProcessing,
    /// `InvokeError`: HTTP 400; retry: never; category: invalid_argument.
    /// Invoke error.
    InvokeError,
    /// `InvalidVpcName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vpc name: malformed.
    InvalidVpcNameMalformed,
    /// `InvalidVpcDiscription.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vpc discription: malformed.
    InvalidVpcDiscriptionMalformed,
    /// `QuotaExceeded.Vpc`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: vpc.
    QuotaExceededVpc,
    /// `ResourceNotAvailable.Vpc`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not available: vpc.
    ResourceNotAvailableVpc,
    /// `InvalidUserCidr.Quota`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid user cidr: quota.
    InvalidUserCidrQuota,
    /// `InvalidUserCidr.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid user cidr: malformed.
    InvalidUserCidrMalformed,
    /// `MissingParam.EnableIpv6`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: enable ipv6.
    MissingParamEnableIpv6,
    /// `IllegalParam.ZoneId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: zone id.
    IllegalParamZoneId,
    /// `OperationFailed.DefaultVpcExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: default vpc exist.
    OperationFailedDefaultVpcExist,
    /// `OperationUnsupported.DhcpOptionsSet`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: dhcp options set.
    OperationUnsupportedDhcpOptionsSet,
    /// `InvalidDomainNameServers.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain name servers: malformed.
    InvalidDomainNameServersMalformed,
    /// `QuotaExceeded.DomainNameServers`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: domain name servers.
    QuotaExceededDomainNameServers,
    /// `IllegalParam.DomainNameServers`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: domain name servers.
    IllegalParamDomainNameServers,
    /// `IllegalParam.DomainName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: domain name.
    IllegalParamDomainName,
    /// `IllegalParam.DhcpOptionsSetName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: dhcp options set name.
    IllegalParamDhcpOptionsSetName,
    /// `IllegalParam.DhcpOptionsSetDescription`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: dhcp options set description.
    IllegalParamDhcpOptionsSetDescription,
    /// `QuotaExceeded.RegionDhcpOptionsSet`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: region dhcp options set.
    QuotaExceededRegionDhcpOptionsSet,
    /// `OperationUnsupported.DhcpLeaseTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: dhcp lease time.
    OperationUnsupportedDhcpLeaseTime,
    /// `IllegalParam.LeaseTime`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: lease time.
    IllegalParamLeaseTime,
    /// `IllegalParam.AliUid`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: ali uid.
    IllegalParamAliUid,
    /// `MissingParam.Bid`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: bid.
    MissingParamBid,
    /// `IllegalParam.RegionNo`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: region no.
    IllegalParamRegionNo,
    /// `IllegalParam.Bandwith`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: bandwith.
    IllegalParamBandwith,
    /// `IllegalParam.ContactTel`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: contact tel.
    IllegalParamContactTel,
    /// `IllegalParam.ContactMail`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: contact mail.
    IllegalParamContactMail,
    /// `IllegalParam.IDCardNo`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: ID card no.
    IllegalParamIdCardNo,
    /// `IllegalParam.PortType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: port type.
    IllegalParamPortType,
    /// `IllegalParam.PeerCity`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: peer city.
    IllegalParamPeerCity,
    /// `IllegalParam.ServiceProvider`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: service provider.
    IllegalParamServiceProvider,
    /// `IllegalParam.RedundantEccId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: redundant ecc id.
    IllegalParamRedundantEccId,
    /// `IllegalParam.IdcSP`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: idc SP.
    IllegalParamIdcSp,
    /// `OperationUnsupported.Qos`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: qos.
    OperationUnsupportedQos,
    /// `QuotaExceeded.Qos`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: qos.
    QuotaExceededQos,
    /// `QuotaExceeded.QosMediumPriorityQueueCount`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: qos medium priority queue count.
    QuotaExceededQosMediumPriorityQueueCount,
    /// `QuotaExceeded.QosHighPriorityQueueCount`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: qos high priority queue count.
    QuotaExceededQosHighPriorityQueueCount,
    /// `QuotaExceeded.QosMediumPriorityQueueBandwidthPercent`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: qos medium priority queue bandwidth percent.
    QuotaExceededQosMediumPriorityQueueBandwidthPercent,
    /// `IncorrectStatus.Qos`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: qos.
    IncorrectStatusQos,
    /// `EcQoSConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Ec qo s conflict.
    EcQoSConflict,
    /// `EcQosRuleNotAllowV4AndV6`: HTTP 400; retry: never; category: invalid_argument.
    /// Ec qos rule not allow v4 and v6.
    EcQosRuleNotAllowV4AndV6,
    /// `QuotaExceeded.QosRuleCount`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: qos rule count.
    QuotaExceededQosRuleCount,
    /// `IllegalParam.ResourceType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: resource type.
    IllegalParamResourceType,
    /// `EcFailoverTestJobExceedMaxResourceNum`: HTTP 400; retry: never; category: invalid_argument.
    /// Ec failover test job exceed max resource num.
    EcFailoverTestJobExceedMaxResourceNum,
    /// `EcFailoverTestJobResourceInAnotherProcessingJob`: HTTP 400; retry: never; category: invalid_argument.
    /// Ec failover test job resource in another processing job.
    EcFailoverTestJobResourceInAnotherProcessingJob,
    /// `IllegalParam.ResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: resource id.
    IllegalParamResourceId,
    /// `IncorrectStatus.ResourceId`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: resource id.
    IncorrectStatusResourceId,
    /// `IncorrectBusinessStatus.ResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect business status: resource id.
    IncorrectBusinessStatusResourceId,
    /// `VpconnNotAssociatedVbr`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpconn not associated vbr.
    VpconnNotAssociatedVbr,
    /// `VpconnWithVlan0NotSupportShutdown`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpconn with vlan0 not support shutdown.
    VpconnWithVlan0NotSupportShutdown,
    /// `PconnContainsMoreThanOneVpconn`: HTTP 400; retry: never; category: invalid_argument.
    /// Pconn contains more than one vpconn.
    PconnContainsMoreThanOneVpconn,
    /// `PconnContailsMoreThanOneAcrossCountVbr`: HTTP 400; retry: never; category: invalid_argument.
    /// Pconn contails more than one across count vbr.
    PconnContailsMoreThanOneAcrossCountVbr,
    /// `IllegalParam.JobType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: job type.
    IllegalParamJobType,
    /// `IllegalParam.JobDuration`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: job duration.
    IllegalParamJobDuration,
    /// `AnotherJobTesting`: HTTP 400; retry: never; category: invalid_argument.
    /// Another job testing.
    AnotherJobTesting,
    /// `OptInRequired.FlowLog`: HTTP 400; retry: never; category: invalid_argument.
    /// Opt in required: flow log.
    OptInRequiredFlowLog,
    /// `OperationUnsupported.AdvancedFeature`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: advanced feature.
    OperationUnsupportedAdvancedFeature,
    /// `ProjectOrLogstoreNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Project or logstore not exist.
    ProjectOrLogstoreNotExist,
    /// `SourceProjectNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Source project not exist.
    SourceProjectNotExist,
    /// `Unauthorized`: HTTP 400; retry: never; category: invalid_argument.
    /// The request is not authorized.
    Unauthorized,
    /// `OperationUnsupported.action`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: action.
    OperationUnsupportedAction,
    /// `ParameterInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter invalid.
    ParameterInvalid,
    /// `RuleExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Rule exist.
    RuleExist,
    /// `InvalidHdMonitorStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid hd monitor status.
    InvalidHdMonitorStatus,
    /// `QuotaExceeded.FlowlogCount`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: flowlog count.
    QuotaExceededFlowlogCount,
    /// `INVALID_PARAMETER`: HTTP 400; retry: never; category: invalid_argument.
    /// INVALID PARAMETER.
    InvalidParameter2,
    /// `InvalidResourceType.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource type: not found.
    InvalidResourceTypeNotFound,
    /// `OperationUnsupported.ResourceType`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: resource type.
    OperationUnsupportedResourceType,
    /// `IllegalParam.AggregationInterval`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: aggregation interval.
    IllegalParamAggregationInterval,
    /// `UnsupportedFeature.UserDefinedTrafficPath`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: user defined traffic path.
    UnsupportedFeatureUserDefinedTrafficPath,
    /// `IllegalParam.TrafficPath`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: traffic path.
    IllegalParamTrafficPath,
    /// `DuplicatedParam.TrafficPath`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated param: traffic path.
    DuplicatedParamTrafficPath,
    /// `IllegalParam.ResourceGroupId`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// A parameter is not allowed: resource group id.
    IllegalParamResourceGroupId,
    /// `OperationDenied.OperateShareResource`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: operate share resource.
    OperationDeniedOperateShareResource,
    /// `UnsupportedFeature.PrivateLinkEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: private link enabled.
    UnsupportedFeaturePrivateLinkEnabled,
    /// `UnsupportedFeature.PortSegment`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: port segment.
    UnsupportedFeaturePortSegment,
    /// `DuplicatedParam.InternalPort`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated param: internal port.
    DuplicatedParamInternalPort,
    /// `DuplicatedParam.ExternalPort`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated param: external port.
    DuplicatedParamExternalPort,
    /// `OperationFailed.AnyPortConfig`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: any port config.
    OperationFailedAnyPortConfig,
    /// `OperationUnsupported.ForwardEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: forward entry.
    OperationUnsupportedForwardEntry,
    /// `InvalidIp.NotInNatgw`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ip: not in natgw.
    InvalidIpNotInNatgw,
    /// `QuotaExceeded.ForwardEntry`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: forward entry.
    QuotaExceededForwardEntry,
    /// `IncorrectStatus.NatIp`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: nat ip.
    IncorrectStatusNatIp,
    /// `Forbidden.IpHasBeenUsedInSnat`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: ip has been used in snat.
    ForbiddenIpHasBeenUsedInSnat,
    /// `InvalidExternalIp.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid external ip: malformed.
    InvalidExternalIpMalformed,
    /// `InvalidInternalIp.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid internal ip: malformed.
    InvalidInternalIpMalformed,
    /// `InvalidExternalPort.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid external port: malformed.
    InvalidExternalPortMalformed,
    /// `InvalidInternalPort.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid internal port: malformed.
    InvalidInternalPortMalformed,
    /// `Forbidden.DestnationIpOutOfVpcCIDR`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: destnation ip out of vpc CIDR.
    ForbiddenDestnationIpOutOfVpcCidr,
    /// `Forbidden.DestinationIpOutOfVswitchCIDR`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: destination ip out of vswitch CIDR.
    ForbiddenDestinationIpOutOfVswitchCidr,
    /// `InvalidProtocal.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid protocal: value not supported.
    InvalidProtocalValueNotSupported,
    /// `IncorretForwardEntryStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorret forward entry status.
    IncorretForwardEntryStatus,
    /// `ForwardEntry.Duplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Forward entry: duplicated.
    ForwardEntryDuplicated,
    /// `Forbidden.ExternalIp.UsedInSnatTable`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: external ip, used in snat table.
    ForbiddenExternalIpUsedInSnatTable,
    /// `Forbindden`: HTTP 400; retry: never; category: invalid_argument.
    /// The request is forbidden.
    Forbindden,
    /// `Forbidden.InternalIpOutOfVpcCIDR`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: internal ip out of vpc CIDR.
    ForbiddenInternalIpOutOfVpcCidr,
    /// `Invalid.natgwNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: natgw not exist.
    InvalidNatgwNotExist,
    /// `AnyPort.PortMustBeZero`: HTTP 400; retry: never; category: invalid_argument.
    /// Any port: port must be zero.
    AnyPortPortMustBeZero,
    /// `IncorrectStatus.ForwardEntry`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: forward entry.
    IncorrectStatusForwardEntry,
    /// `Duplicated.DestinationPort`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated: destination port.
    DuplicatedDestinationPort,
    /// `OperationUnsupported.EipInBinding`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: eip in binding.
    OperationUnsupportedEipInBinding,
    /// `QuotaExceeded.ForwardEntrySessionManytoOne`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: forward entry session manyto one.
    QuotaExceededForwardEntrySessionManytoOne,
    /// `OperationFailed.DnatPortRangeLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: dnat port range limit.
    OperationFailedDnatPortRangeLimit,
    /// `IncorrectStatus.NATGW`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: NATGW.
    IncorrectStatusNatgw,
    /// `ResourceNotFound.NatIp`: HTTP 404, 400; retry: never; category: not_found.
    /// Resource not found: nat ip.
    ResourceNotFoundNatIp,
    /// `InvalidForwardTableId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid forward table id: not found.
    InvalidForwardTableIdNotFound,
    /// `InvalidExternalIp.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid external ip: not found.
    InvalidExternalIpNotFound,
    /// `System.Error`: HTTP 500; retry: never; category: internal.
    /// System: error.
    SystemError,
    /// `IllegalParamFormat.NatIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal param format: nat ip.
    IllegalParamFormatNatIp,
    /// `UnsupportedFeature.PrivateLinkMode`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: private link mode.
    UnsupportedFeaturePrivateLinkMode,
    /// `QuotaExceeded.FullNatEntry`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: full nat entry.
    QuotaExceededFullNatEntry,
    /// `ResourceAlreadyExist.FullNatEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already exist: full nat entry.
    ResourceAlreadyExistFullNatEntry,
    /// `IncorrectStatus.NetworkInterface`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: network interface.
    IncorrectStatusNetworkInterface,
    /// `OperationFailed.AllocateNatIpPortFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: allocate nat ip port failed.
    OperationFailedAllocateNatIpPortFailed,
    /// `ResourceNotFound.NatGateway`: HTTP 404, 400; retry: never; category: not_found.
    /// Resource not found: nat gateway.
    ResourceNotFoundNatGateway,
    /// `InvalidBandwidth.ValueNotSupported`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid bandwidth: value not supported.
    InvalidBandwidthValueNotSupported,
    /// `InvalidServiceLocation.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid service location: value not supported.
    InvalidServiceLocationValueNotSupported,
    /// `QuotaExceeded.GlobalAccelerationInstance`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: global acceleration instance.
    QuotaExceededGlobalAccelerationInstance,
    /// `InvalidGlobalAccelerationInstanceName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid global acceleration instance name: malformed.
    InvalidGlobalAccelerationInstanceNameMalformed,
    /// `InvalidGlobalAccelerationInstanceDescription.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid global acceleration instance description: malformed.
    InvalidGlobalAccelerationInstanceDescriptionMalformed,
    /// `OperationFailed.UnpaidBillsExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: unpaid bills exist.
    OperationFailedUnpaidBillsExist,
    /// `InvalidIPAddress.OutOfRange`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid IP address: out of range.
    InvalidIpAddressOutOfRange,
    /// `InvalidIPAddress.NotAvailable`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid IP address: not available.
    InvalidIpAddressNotAvailable,
    /// `InvalidIPAddress.AlreadyUsed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid IP address: already used.
    InvalidIpAddressAlreadyUsed,
    /// `InvalidIPAddress.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid IP address: malformed.
    InvalidIpAddressMalformed,
    /// `Abs.Vpc.InvalidName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Abs: vpc, invalid name, malformed.
    AbsVpcInvalidNameMalformed,
    /// `InvalidIPAddress.OutOfVswCIDR`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid IP address: out of vsw CIDR.
    InvalidIpAddressOutOfVswCidr,
    /// `InvalidIPAddress.AlreadyInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid IP address: already in use.
    InvalidIpAddressAlreadyInUse,
    /// `UnsupportedFeature.CloudBoxHaVip`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: cloud box ha vip.
    UnsupportedFeatureCloudBoxHaVip,
    /// `CountLimitExceed.HaVipInVpc`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Count limit exceed: ha vip in vpc.
    CountLimitExceedHaVipInVpc,
    /// `QuotaExceeded.HaVip`: HTTP 403; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: ha vip.
    QuotaExceededHaVip,
    /// `Invalid.Status`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: status.
    InvalidStatus2,
    /// `InvalidType.Malformd`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid type: malformd.
    InvalidTypeMalformd,
    /// `InvalidPeerLocation.Malformd`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid peer location: malformd.
    InvalidPeerLocationMalformd,
    /// `InvalidLineOperator.Malformd`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid line operator: malformd.
    InvalidLineOperatorMalformd,
    /// `InvalidPortType.Malformd`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid port type: malformd.
    InvalidPortTypeMalformd,
    /// `InvalidRedundantPhysicalConnectionId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid redundant physical connection id: not found.
    InvalidRedundantPhysicalConnectionIdNotFound,
    /// `QuotaExceeded.pConnPerAP`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: p conn per AP.
    QuotaExceededPConnPerAp,
    /// `InvalidBandwidth`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bandwidth.
    InvalidBandwidth,
    /// `InvalidRedundantPhysicalConnection`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid redundant physical connection.
    InvalidRedundantPhysicalConnection,
    /// `InvalidRedundantPhysicalConnectionStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid redundant physical connection status.
    InvalidRedundantPhysicalConnectionStatus,
    /// `QuotaExceeded.freePconnPerAP`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: free pconn per AP.
    QuotaExceededFreePconnPerAp,
    /// `InvalidPhysicalConnectionOperator.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid physical connection operator: malformed.
    InvalidPhysicalConnectionOperatorMalformed,
    /// `InvalidPhysicalConnectionPortType.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid physical connection port type: malformed.
    InvalidPhysicalConnectionPortTypeMalformed,
    /// `InvalidPhysicalConnectionBandwidth.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid physical connection bandwidth: malformed.
    InvalidPhysicalConnectionBandwidthMalformed,
    /// `IllegalParam.ClientToken`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: client token.
    IllegalParamClientToken,
    /// `InvalidPortType.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid port type: not found.
    InvalidPortTypeNotFound,
    /// `EcNotSupportRegion`: HTTP 400; retry: never; category: invalid_argument.
    /// Ec not support region.
    EcNotSupportRegion,
    /// `EcFailToGetAp`: HTTP 400; retry: never; category: invalid_argument.
    /// Ec fail to get ap.
    EcFailToGetAp,
    /// `EcNotEnoughResource`: HTTP 400; retry: never; category: invalid_argument.
    /// Ec not enough resource.
    EcNotEnoughResource,
    /// `Spec.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Spec: not support.
    SpecNotSupport,
    /// `Duration.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Duration: not support.
    DurationNotSupport,
    /// `PricingCycle.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Pricing cycle: not support.
    PricingCycleNotSupport,
    /// `PayType.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Pay type: not support.
    PayTypeNotSupport,
    /// `InventoryNotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Inventory not enough.
    InventoryNotEnough,
    /// `Bandwidth.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Bandwidth: not support.
    BandwidthNotSupport,
    /// `Nat64Acl.AclNameExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Nat64 acl: acl name exist.
    Nat64AclAclNameExist,
    /// `InvalidIpAddress.PrivateAddress`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ip address: private address.
    InvalidIpAddressPrivateAddress,
    /// `IPv6TranslatorEntry.InvalidPort`: HTTP 400; retry: never; category: invalid_argument.
    /// IPv6 translator entry: invalid port.
    IPv6TranslatorEntryInvalidPort,
    /// `InvalidIPv6TranslatorId.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid IPv6 translator id: not found.
    InvalidIPv6TranslatorIdNotFound,
    /// `IPv6TranslatorEntry.InvalidProtocol`: HTTP 400; retry: never; category: invalid_argument.
    /// IPv6 translator entry: invalid protocol.
    IPv6TranslatorEntryInvalidProtocol,
    /// `IPv6Translator.Configuring`: HTTP 400; retry: never; category: invalid_argument.
    /// IPv6 translator: configuring.
    IPv6TranslatorConfiguring,
    /// `IPv6TranslatorEntry.InvalidBandwidth`: HTTP 400; retry: never; category: invalid_argument.
    /// IPv6 translator entry: invalid bandwidth.
    IPv6TranslatorEntryInvalidBandwidth,
    /// `IPv6TranslatorEntry.IPv6Conflict`: HTTP 400; retry: never; category: invalid_argument.
    /// IPv6 translator entry: IPv6 conflict.
    IPv6TranslatorEntryIPv6Conflict,
    /// `IPv6TranslatorEntry.IPv4Conflict`: HTTP 400; retry: never; category: invalid_argument.
    /// IPv6 translator entry: IPv4 conflict.
    IPv6TranslatorEntryIPv4Conflict,
    /// `IPv6TranslatorEntry.AclIdNull`: HTTP 400; retry: never; category: invalid_argument.
    /// IPv6 translator entry: acl id null.
    IPv6TranslatorEntryAclIdNull,
    /// `IPv6TranslatorEntry.InvalidAclStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// IPv6 translator entry: invalid acl status.
    IPv6TranslatorEntryInvalidAclStatus,
    /// `IPv6TranslatorEntry.InvalidAclType`: HTTP 400; retry: never; category: invalid_argument.
    /// IPv6 translator entry: invalid acl type.
    IPv6TranslatorEntryInvalidAclType,
    /// `OperationUnsupported.IPsecServer`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: i psec server.
    OperationUnsupportedIPsecServer,
    /// `VpnGateway.SslVpnDisabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpn gateway: ssl vpn disabled.
    VpnGatewaySslVpnDisabled,
    /// `VpnGateway.FinancialLocked`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpn gateway: financial locked.
    VpnGatewayFinancialLocked,
    /// `OperationFailed.IPsecServerExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: i psec server exist.
    OperationFailedIPsecServerExist,
    /// `OperationUnsupported.IpsecPfs`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: ipsec pfs.
    OperationUnsupportedIpsecPfs,
    /// `IllegalParam.AuthMethod`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: auth method.
    IllegalParamAuthMethod,
    /// `IllegalParam.LocalSubnet`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: local subnet.
    IllegalParamLocalSubnet,
    /// `IllegalParam.ClientIpPool`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: client ip pool.
    IllegalParamClientIpPool,
    /// `MissingParam.IDaaSInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: i daa s instance id.
    MissingParamIDaaSInstanceId,
    /// `ClientIpPool.NetmaskInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Client ip pool: netmask invalid.
    ClientIpPoolNetmaskInvalid,
    /// `VpnRouteEntry.Conflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpn route entry: conflict.
    VpnRouteEntryConflict,
    /// `ClientIpPool.SubnetInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Client ip pool: subnet invalid.
    ClientIpPoolSubnetInvalid,
    /// `InvalidClientIpPool.Conflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid client ip pool: conflict.
    InvalidClientIpPoolConflict,
    /// `OperationFailed.AddVpcRoute`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: add vpc route.
    OperationFailedAddVpcRoute,
    /// `QuotaExceeded.VpnRouteEntry`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: vpn route entry.
    QuotaExceededVpnRouteEntry,
    /// `EnableHaCheck.IpsecServerCidrContainsVpcRouteDest`: HTTP 400; retry: never; category: invalid_argument.
    /// Enable ha check: ipsec server cidr contains vpc route dest.
    EnableHaCheckIpsecServerCidrContainsVpcRouteDest,
    /// `VpnGateway.IPsecServerAndVpnConnectionConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpn gateway: i psec server and vpn connection conflict.
    VpnGatewayIPsecServerAndVpnConnectionConflict,
    /// `InvalidIDaaSInstanceId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid i daa s instance id: not found.
    InvalidIDaaSInstanceIdNotFound,
    /// `OperationDenied.ExistDirectEip`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: exist direct eip.
    OperationDeniedExistDirectEip,
    /// `OperationDenied.SubnetRouteV1Exist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: subnet route v1 exist.
    OperationDeniedSubnetRouteV1Exist,
    /// `OperationDenied.NormalNatExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: normal nat exist.
    OperationDeniedNormalNatExist,
    /// `OperationDenied.VpcExistIpv4Gateway`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: vpc exist ipv4 gateway.
    OperationDeniedVpcExistIpv4Gateway,
    /// `UnsupportedFeature.Ipv4Gateway`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: ipv4 gateway.
    UnsupportedFeatureIpv4Gateway,
    /// `OperationDenied.VpnExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: vpn exist.
    OperationDeniedVpnExist,
    /// `OperationDenied.DirectEipExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: direct eip exist.
    OperationDeniedDirectEipExist,
    /// `OperationFailed.GetNfvServiceList`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: get nfv service list.
    OperationFailedGetNfvServiceList,
    /// `OperationFailed.VpcNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vpc not exist.
    OperationFailedVpcNotExist,
    /// `InvalidIpv6Gateway.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid ipv6 gateway: not found.
    InvalidIpv6GatewayNotFound,
    /// `OperationFailed.FinancialLocked`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: financial locked.
    OperationFailedFinancialLocked,
    /// `OperationUnsupported.EgressRuleVSwitch`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: egress rule v switch.
    OperationUnsupportedEgressRuleVSwitch,
    /// `OperationFailed.NoInternetBandwidth`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: no internet bandwidth.
    OperationFailedNoInternetBandwidth,
    /// `OperationFailed.Ipv6EgressRuleExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: ipv6 egress rule existed.
    OperationFailedIpv6EgressRuleExisted,
    /// `OperationFailed.InternetBandwidthUnstable`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: internet bandwidth unstable.
    OperationFailedInternetBandwidthUnstable,
    /// `IncorrectStatus.Ipv6InternetBandwidth`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: ipv6 internet bandwidth.
    IncorrectStatusIpv6InternetBandwidth,
    /// `OperationUnsupported.EgressRuleInDefaultSpec`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: egress rule in default spec.
    OperationUnsupportedEgressRuleInDefaultSpec,
    /// `QuotaExceeded.Ipv6EgressRules`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: ipv6 egress rules.
    QuotaExceededIpv6EgressRules,
    /// `Mismatch.Ipv6AddressAndIpv6Gateway`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: ipv6 address and ipv6 gateway.
    MismatchIpv6AddressAndIpv6Gateway,
    /// `IllegalParam.Spec`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: spec.
    IllegalParamSpec,
    /// `OperationUnsupported.OnlyOneIpv6GatewayInVpc`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: only one ipv6 gateway in vpc.
    OperationUnsupportedOnlyOneIpv6GatewayInVpc,
    /// `OperationFailed.InformationIncomplete`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: information incomplete.
    OperationFailedInformationIncomplete,
    /// `OperationFailed.NoPaymentMethod`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: no payment method.
    OperationFailedNoPaymentMethod,
    /// `MissingParam.vpcId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: vpc id.
    MissingParamVpcId2,
    /// `Forbidden.NatPayBySpec`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: nat pay by spec.
    ForbiddenNatPayBySpec,
    /// `UnsupportedFeature.PrivateLink`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: private link.
    UnsupportedFeaturePrivateLink,
    /// `DependencyViolation.FullNatEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: full nat entry.
    DependencyViolationFullNatEntry,
    /// `UnsupportedFeature.InternetChargeType`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: internet charge type.
    UnsupportedFeatureInternetChargeType,
    /// `InvalidVPCStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid VPC status.
    InvalidVpcStatus,
    /// `InvalidNatGatewayName.MalFormed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid nat gateway name: mal formed.
    InvalidNatGatewayNameMalFormed,
    /// `InvalidNatGatewayDescription.MalFormed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid nat gateway description: mal formed.
    InvalidNatGatewayDescriptionMalFormed,
    /// `MissingParameter.BandwidthPackage`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: bandwidth package.
    MissingParameterBandwidthPackage,
    /// `RouterEntryConflict.Duplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Router entry conflict: duplicated.
    RouterEntryConflictDuplicated,
    /// `QuotaExceeded.BandwidthPackageIps`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: bandwidth package ips.
    QuotaExceededBandwidthPackageIps,
    /// `AllocateIpFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Allocate ip failed.
    AllocateIpFailed,
    /// `ZONE_NO_AVAILABLE_IP`: HTTP 400; retry: never; category: invalid_argument.
    /// ZONE NO AVAILABLE IP.
    ZoneNoAvailableIp,
    /// `ParameterIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal.
    ParameterIllegal2,
    /// `InvalidParameter.BandwidthPackage.n.ISP.ValueNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: bandwidth package, n, ISP, value not support.
    InvalidParameterBandwidthPackageNIspValueNotSupport,
    /// `InvalidNatGatewayId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid nat gateway id: not found.
    InvalidNatGatewayIdNotFound,
    /// `VswitchStatusError`: HTTP 400; retry: never; category: invalid_argument.
    /// Vswitch status error.
    VswitchStatusError,
    /// `VpcStatusError`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpc status error.
    VpcStatusError,
    /// `InvalidParameter.Spec.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: spec, value not supported.
    InvalidParameterSpecValueNotSupported,
    /// `COMMODITY.INVALID_COMPONENT`: HTTP 400; retry: never; category: invalid_argument.
    /// COMMODITY: INVALID COMPONENT.
    CommodityInvalidComponent,
    /// `CreateNatGateway.RouteConflict.DynamicRoute`: HTTP 400; retry: never; category: invalid_argument.
    /// Create nat gateway: route conflict, dynamic route.
    CreateNatGatewayRouteConflictDynamicRoute,
    /// `OperationUnsupported.MultiNatGateway`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: multi nat gateway.
    OperationUnsupportedMultiNatGateway,
    /// `Forbidden.CheckEntryRuleQuota`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: check entry rule quota.
    ForbiddenCheckEntryRuleQuota,
    /// `IncorrectStatus.RouteEntry`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: route entry.
    IncorrectStatusRouteEntry,
    /// `IncorrectStatus.RouteTableStatus`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: route table status.
    IncorrectStatusRouteTableStatus,
    /// `OperationFailed.TokenVerfiy`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: token verfiy.
    OperationFailedTokenVerfiy,
    /// `OperationFailed.EnhancedQuotaExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: enhanced quota exceed.
    OperationFailedEnhancedQuotaExceed,
    /// `OrderError.NoAvailablePaymentMethod`: HTTP 400; retry: never; category: invalid_argument.
    /// Order error: no available payment method.
    OrderErrorNoAvailablePaymentMethod,
    /// `OrderError.BasicInfoUncompleted`: HTTP 400; retry: never; category: invalid_argument.
    /// Order error: basic info uncompleted.
    OrderErrorBasicInfoUncompleted,
    /// `OperationUnsupported.EnhancedCURegion`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: enhanced CU region.
    OperationUnsupportedEnhancedCuRegion,
    /// `NoPermission.CreateServiceLinkedRole`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission: create service linked role.
    NoPermissionCreateServiceLinkedRole,
    /// `OperationUnsupported.EnhancedRegion`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: enhanced region.
    OperationUnsupportedEnhancedRegion,
    /// `OperationFailed.EnhancedInventoryNotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: enhanced inventory not enough.
    OperationFailedEnhancedInventoryNotEnough,
    /// `OperationFailed.VswNotBelongToVpc`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vsw not belong to vpc.
    OperationFailedVswNotBelongToVpc,
    /// `OperationFailed.EnhancedUserIsUnAuthorized`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: enhanced user is un authorized.
    OperationFailedEnhancedUserIsUnAuthorized,
    /// `OperationUnsupported.PrePaidPyByLcu`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: pre paid py by lcu.
    OperationUnsupportedPrePaidPyByLcu,
    /// `OperationFailed.NormalInventoryNotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: normal inventory not enough.
    OperationFailedNormalInventoryNotEnough,
    /// `OperationFailed.VSwitchNoAvailableIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: v switch no available ip.
    OperationFailedVSwitchNoAvailableIp,
    /// `OperationFailed.EnhancedCheckInventory`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: enhanced check inventory.
    OperationFailedEnhancedCheckInventory,
    /// `UnsupportedFeature.IcmpReplyEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: icmp reply enabled.
    UnsupportedFeatureIcmpReplyEnabled,
    /// `UnsupportedFeature.SecurityProtectionEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: security protection enabled.
    UnsupportedFeatureSecurityProtectionEnabled,
    /// `OperationFailed.RegionConvert`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: region convert.
    OperationFailedRegionConvert,
    /// `UnsupportedFeature.VpcNat`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: vpc nat.
    UnsupportedFeatureVpcNat,
    /// `InvalidVSWITCHID.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid VSWITCHID: not found.
    InvalidVswitchidNotFound,
    /// `IncorrectStatus.VSWITCH`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: VSWITCH.
    IncorrectStatusVswitch,
    /// `OperationFailed.VpcNatGatewayInventoryNotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vpc nat gateway inventory not enough.
    OperationFailedVpcNatGatewayInventoryNotEnough,
    /// `OperationFailed.VpcNatGatewayCheckInventory`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vpc nat gateway check inventory.
    OperationFailedVpcNatGatewayCheckInventory,
    /// `SecurityGroupType.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Security group type: not supported.
    SecurityGroupTypeNotSupported,
    /// `SecurityGroup.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Security group: not exist.
    SecurityGroupNotExist,
    /// `OperationFailed.ContainForbiddenLabel`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: contain forbidden label.
    OperationFailedContainForbiddenLabel,
    /// `OperationDenied.PrePaidInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: pre paid instance.
    OperationDeniedPrePaidInstance,
    /// `UnsupportedFeature.Geneve`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: geneve.
    UnsupportedFeatureGeneve,
    /// `VPC_ONLY_CAN_CREATE_ONE_NAT_GATEWAY`: HTTP 404; retry: never; category: not_found.
    /// VPC ONLY CAN CREATE ONE NAT GATEWAY.
    VpcOnlyCanCreateOneNatGateway,
    /// `OperationFailed.CrateEntryTimeOut`: HTTP 404; retry: never; category: not_found.
    /// Operation failed: crate entry time out.
    OperationFailedCrateEntryTimeOut,
    /// `Forbidden.CreateSpecialSpecNatGateway`: HTTP 404; retry: after_fix; category: permission_denied.
    /// The request is forbidden: create special spec nat gateway.
    ForbiddenCreateSpecialSpecNatGateway,
    /// `UnsupportedZoneForFwNat`: HTTP 404; retry: never; category: not_found.
    /// Unsupported zone for fw nat.
    UnsupportedZoneForFwNat,
    /// `OrderError.NatGateway`: HTTP 500; retry: never; category: internal.
    /// Order error: nat gateway.
    OrderErrorNatGateway,
    /// `OperationFailed.NoAvailableResource`: HTTP 500; retry: never; category: internal.
    /// Operation failed: no available resource.
    OperationFailedNoAvailableResource,
    /// `Mismatch.NatIpAndNatIpCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: nat ip and nat ip cidr.
    MismatchNatIpAndNatIpCidr,
    /// `ResourceNotFound.NatIpCidr`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Resource not found: nat ip cidr.
    ResourceNotFoundNatIpCidr,
    /// `QuotaExceeded.NatIp`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: nat ip.
    QuotaExceededNatIp,
    /// `ResourceAlreadyExist.NatIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already exist: nat ip.
    ResourceAlreadyExistNatIp,
    /// `ResourceNotEnough.SwitchAvailableIps`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not enough: switch available ips.
    ResourceNotEnoughSwitchAvailableIps,
    /// `ResourceNotEnough.NatIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not enough: nat ip.
    ResourceNotEnoughNatIp,
    /// `OperationFailed.NatIpCidrInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: nat ip cidr in use.
    OperationFailedNatIpCidrInUse,
    /// `QuotaExceeded.NatIpCidr`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: nat ip cidr.
    QuotaExceededNatIpCidr,
    /// `OperationFailed.CreateNatIpCidrInVpcCidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: create nat ip cidr in vpc cidr block.
    OperationFailedCreateNatIpCidrInVpcCidrBlock,
    /// `OperationFailed.CreateNatIpCidrNotInUserCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: create nat ip cidr not in user cidr.
    OperationFailedCreateNatIpCidrNotInUserCidr,
    /// `ResourceAlreadyExist.NatIpCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already exist: nat ip cidr.
    ResourceAlreadyExistNatIpCidr,
    /// `ResourceNotFound.VPC`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: VPC.
    ResourceNotFoundVpc,
    /// `ParameterMissing.VpcId`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter missing: vpc id.
    ParameterMissingVpcId,
    /// `ParameterLengthIllegal.Name`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter length illegal: name.
    ParameterLengthIllegalName,
    /// `ParameterIllegal.Name`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal: name.
    ParameterIllegalName,
    /// `ParameterLengthIllegal.Description`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter length illegal: description.
    ParameterLengthIllegalDescription,
    /// `ParameterIllegal.Description`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal: description.
    ParameterIllegalDescription,
    /// `ParameterEmpty.VpcId`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter empty: vpc id.
    ParameterEmptyVpcId,
    /// `QuotaExceed.NetworkAcl`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: network acl.
    QuotaExceedNetworkAcl,
    /// `IAbs.InvalidStatus.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// I abs: invalid status, value not supported.
    IAbsInvalidStatusValueNotSupported,
    /// `InvalidPrice.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid price: not found.
    InvalidPriceNotFound,
    /// `InvalidPhysicalConnectionChargeType.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid physical connection charge type: malformed.
    InvalidPhysicalConnectionChargeTypeMalformed,
    /// `InvalidPhysicalConnectionPeriod.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid physical connection period: malformed.
    InvalidPhysicalConnectionPeriodMalformed,
    /// `InvalidPhysicalConnectionPricingCycle.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid physical connection pricing cycle: malformed.
    InvalidPhysicalConnectionPricingCycleMalformed,
    /// `INSTANCE.STATUS.NOT.ALLOW`: HTTP 400; retry: never; category: invalid_argument.
    /// INSTANCE: STATUS, NOT, ALLOW.
    InstanceStatusNotAllow,
    /// `Abs.InstanceNotExist`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Abs: instance not exist.
    AbsInstanceNotExist,
    /// `QuotaExceeded.PerAccessPoint`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: per access point.
    QuotaExceededPerAccessPoint,
    /// `InvalidInstance.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance: not found.
    InvalidInstanceNotFound,
    /// `IncorrectStatus.AccessPoint`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: access point.
    IncorrectStatusAccessPoint,
    /// `Forbidden.CreatePublicIpAddressPool`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: create public ip address pool.
    ForbiddenCreatePublicIpAddressPool,
    /// `QuotaExceeded.PublicIpAddressPool`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: public ip address pool.
    QuotaExceededPublicIpAddressPool,
    /// `MissingParam.Zones`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: zones.
    MissingParamZones,
    /// `IllegalParam.Zones`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: zones.
    IllegalParamZones,
    /// `IllegalParamSize.Zones`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal param size: zones.
    IllegalParamSizeZones,
    /// `OperationDenied.ISPNotSupportDdosEnhanced`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: ISP not support ddos enhanced.
    OperationDeniedIspNotSupportDdosEnhanced,
    /// `IncorrectBusinessStatus.PublicIpAddressPool`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect business status: public ip address pool.
    IncorrectBusinessStatusPublicIpAddressPool,
    /// `OptInRequired.PublicIpAddressPool`: HTTP 400; retry: never; category: invalid_argument.
    /// Opt in required: public ip address pool.
    OptInRequiredPublicIpAddressPool,
    /// `DryRunOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Dry run operation.
    DryRunOperation,
    /// `QuotaExceeded`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded.
    QuotaExceeded,
    /// `InvalidCIDRBlock.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid CIDR block: duplicate.
    InvalidCidrBlockDuplicate,
    /// `InvalidNextHop.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next hop: not found.
    InvalidNextHopNotFound,
    /// `InvalidVRouter.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v router: not found.
    InvalidVRouterNotFound,
    /// `InvalidVPC.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid VPC: not found.
    InvalidVpcNotFound2,
    /// `InvalidNexthopTypeAndList.BothNull`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid nexthop type and list: both null.
    InvalidNexthopTypeAndListBothNull,
    /// `InvalidNexthopTypeAndList.BothNotNull`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid nexthop type and list: both not null.
    InvalidNexthopTypeAndListBothNotNull,
    /// `InvalidRouterInterface`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid router interface.
    InvalidRouterInterface,
    /// `InvalidOppositeRouterType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid opposite router type.
    InvalidOppositeRouterType,
    /// `InvalidNexthopListSize`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid nexthop list size.
    InvalidNexthopListSize,
    /// `InvalidEntryRuleQuota.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid entry rule quota: not found.
    InvalidEntryRuleQuotaNotFound,
    /// `InvalidVBRStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid VBR status.
    InvalidVbrStatus,
    /// `InvalidPhysicalConnectionBusinessStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid physical connection business status.
    InvalidPhysicalConnectionBusinessStatus,
    /// `InvalidRouterType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid router type.
    InvalidRouterType,
    /// `CountLimitExceed.HaVipRouteEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Count limit exceed: ha vip route entry.
    CountLimitExceedHaVipRouteEntry,
    /// `InvalidRouteEntry.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid route entry: duplicate.
    InvalidRouteEntryDuplicate,
    /// `InvalidParam`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParam,
    /// `INVALID_WEIGHT_PARAM`: HTTP 400; retry: never; category: invalid_argument.
    /// INVALID WEIGHT PARAM.
    InvalidWeightParam,
    /// `FORBIDDEN_USE_VPC_AS_INTERNET_GATEWAY`: HTTP 400; retry: never; category: invalid_argument.
    /// FORBIDDEN USE VPC AS INTERNET GATEWAY.
    ForbiddenUseVpcAsInternetGateway,
    /// `InvalidNexthop`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid nexthop.
    InvalidNexthop,
    /// `INVALID_VPC_ID`: HTTP 400; retry: never; category: invalid_argument.
    /// INVALID VPC ID.
    InvalidVpcId,
    /// `InvalidRouteEntrySize`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid route entry size.
    InvalidRouteEntrySize,
    /// `InvalidRouteEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid route entry.
    InvalidRouteEntry,
    /// `InvalidDestinationCidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid destination cidr block.
    InvalidDestinationCidrBlock,
    /// `Forbidden.VRouterNotFound`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: v router not found.
    ForbiddenVRouterNotFound,
    /// `DefaultValidate.Error`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Default validate: error.
    DefaultValidateError,
    /// `Region.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Region: not support.
    RegionNotSupport,
    /// `OperationFailed.NotifyCenCreate`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: notify cen create.
    OperationFailedNotifyCenCreate,
    /// `Forbidden.PrivateIpNotFound`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: private ip not found.
    ForbiddenPrivateIpNotFound,
    /// `OperationUnsupported.InactiveMode`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: inactive mode.
    OperationUnsupportedInactiveMode,
    /// `InvalidRouteEntryName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid route entry name: malformed.
    InvalidRouteEntryNameMalformed,
    /// `IncorrectStatus.MultiScopeRiRouteEntry`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: multi scope ri route entry.
    IncorrectStatusMultiScopeRiRouteEntry,
    /// `OperationUnsupported.MoreThanOneVpnOrHavip`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: more than one vpn or havip.
    OperationUnsupportedMoreThanOneVpnOrHavip,
    /// `OperationUnsupported.EcmpRiTypeOrNumber`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: ecmp ri type or number.
    OperationUnsupportedEcmpRiTypeOrNumber,
    /// `Duplicated.VpcNextHop`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated: vpc next hop.
    DuplicatedVpcNextHop,
    /// `OperationUnsupported.SubRouteTableECMP`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: sub route table ECMP.
    OperationUnsupportedSubRouteTableEcmp,
    /// `InvalidNexthop.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid nexthop: not found.
    InvalidNexthopNotFound,
    /// `IllegalParam.NextHopId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: next hop id.
    IllegalParamNextHopId,
    /// `InvalidVpnInstanceId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vpn instance id: not found.
    InvalidVpnInstanceIdNotFound,
    /// `OperationFailed.ScopeActiveRouteEntryType`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: scope active route entry type.
    OperationFailedScopeActiveRouteEntryType,
    /// `OperationFailed.ScopeStandbyRouteEntryQuota`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: scope standby route entry quota.
    OperationFailedScopeStandbyRouteEntryQuota,
    /// `OperationFailed.ScopeActiveRouteEntryQuota`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: scope active route entry quota.
    OperationFailedScopeActiveRouteEntryQuota,
    /// `OperationUnsupported.ScopeInvalidRouteType`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: scope invalid route type.
    OperationUnsupportedScopeInvalidRouteType,
    /// `OperationFailed.EcmpInvalidRouterInterfaceOppositeType`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: ecmp invalid router interface opposite type.
    OperationFailedEcmpInvalidRouterInterfaceOppositeType,
    /// `OperationUnsupported.Ipv6EcmpRouteEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: ipv6 ecmp route entry.
    OperationUnsupportedIpv6EcmpRouteEntry,
    /// `OperationUnsupported.Ipv6CidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: ipv6 cidr block.
    OperationUnsupportedIpv6CidrBlock,
    /// `OperationUnsupported.Ipv6ForVBR`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: ipv6 for VBR.
    OperationUnsupportedIpv6ForVbr,
    /// `QuotaExceeded.HaVipRouteEntry`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: ha vip route entry.
    QuotaExceededHaVipRouteEntry,
    /// `OperationFailed.InvalidNexthop`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: invalid nexthop.
    OperationFailedInvalidNexthop,
    /// `OperationFailed.NotifyCenDelete`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: notify cen delete.
    OperationFailedNotifyCenDelete,
    /// `InvalidNatGateway.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid nat gateway: not found.
    InvalidNatGatewayNotFound,
    /// `OperationFailed.CxpRouteExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: cxp route exist.
    OperationFailedCxpRouteExist,
    /// `OperationFailed.GetEniInfo`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: get eni info.
    OperationFailedGetEniInfo,
    /// `QuotaExceeded.EcmpRouteEntryNextHopCount`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: ecmp route entry next hop count.
    QuotaExceededEcmpRouteEntryNextHopCount,
    /// `OperationFailed.InvalidNextHopType`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: invalid next hop type.
    OperationFailedInvalidNextHopType,
    /// `OperationUnsupported.InvalidRouterInterfaceType`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: invalid router interface type.
    OperationUnsupportedInvalidRouterInterfaceType,
    /// `InvalidHaVip.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ha vip: not found.
    InvalidHaVipNotFound,
    /// `OperationFailed.MultiScopeType`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: multi scope type.
    OperationFailedMultiScopeType,
    /// `InvalidAttachment.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid attachment: not found.
    InvalidAttachmentNotFound,
    /// `OperationFailed.ActiveNetworkInterfaceNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: active network interface not found.
    OperationFailedActiveNetworkInterfaceNotFound,
    /// `InvalidNetworkInterface.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid network interface: not found.
    InvalidNetworkInterfaceNotFound,
    /// `OperationFailed.QueryAttachmentInfo`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: query attachment info.
    OperationFailedQueryAttachmentInfo,
    /// `IllegalParam.AttachmentId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: attachment id.
    IllegalParamAttachmentId,
    /// `OperationFailed.NotSupportIPV6`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: not support IPV6.
    OperationFailedNotSupportIpv6,
    /// `IncorrectStatus.Ipv6Address`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: ipv6 address.
    IncorrectStatusIpv6Address,
    /// `OperationUnsupported.Ipv6EntryOnPrimaryNetworkInterface`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: ipv6 entry on primary network interface.
    OperationUnsupportedIpv6EntryOnPrimaryNetworkInterface,
    /// `OperationUnsupported.SpecifyIpOnIpv6Entry`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: specify ip on ipv6 entry.
    OperationUnsupportedSpecifyIpOnIpv6Entry,
    /// `OperationUnsupported.MutipleIpv6Address`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: mutiple ipv6 address.
    OperationUnsupportedMutipleIpv6Address,
    /// `OperationDenied.Ipv6EntryOnCustomTable`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: ipv6 entry on custom table.
    OperationDeniedIpv6EntryOnCustomTable,
    /// `OperationDenied.CloudBoxVbrEntryAllowedInCustomRouteTable`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: cloud box vbr entry allowed in custom route table.
    OperationDeniedCloudBoxVbrEntryAllowedInCustomRouteTable,
    /// `OperationDenied.RouteTableAssociateNotCloudBoxVSwitch`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: route table associate not cloud box v switch.
    OperationDeniedRouteTableAssociateNotCloudBoxVSwitch,
    /// `OperationDenied.VbrMisMatchCloudBox`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: vbr mis match cloud box.
    OperationDeniedVbrMisMatchCloudBox,
    /// `OperationDenied.VbrIdle`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: vbr idle.
    OperationDeniedVbrIdle,
    /// `OperationDenied.RouterInterfaceToDifferentVpc`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: router interface to different vpc.
    OperationDeniedRouterInterfaceToDifferentVpc,
    /// `OperationDenied.RouterInterfaceFromDifferentZones`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: router interface from different zones.
    OperationDeniedRouterInterfaceFromDifferentZones,
    /// `ResourceNotFound.VpcPeer`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: vpc peer.
    ResourceNotFoundVpcPeer,
    /// `IncorrectStatus.VpcPeer`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: vpc peer.
    IncorrectStatusVpcPeer,
    /// `OperationDenied.RouteTableTypeNotPermitted`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: route table type not permitted.
    OperationDeniedRouteTableTypeNotPermitted,
    /// `OperationDenied.GatewayRouteTableNotPermitted`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: gateway route table not permitted.
    OperationDeniedGatewayRouteTableNotPermitted,
    /// `UnsupportedFeature.VpcPeerIpv6`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: vpc peer ipv6.
    UnsupportedFeatureVpcPeerIpv6,
    /// `OperationDenied.VpcIpv6NotEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: vpc ipv6 not enabled.
    OperationDeniedVpcIpv6NotEnabled,
    /// `UnsupportedFeature.CreatePrefixListEcmpRouteEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: create prefix list ecmp route entry.
    UnsupportedFeatureCreatePrefixListEcmpRouteEntry,
    /// `OperationDenied.RouterInterfaceIpv6NotEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: router interface ipv6 not enabled.
    OperationDeniedRouterInterfaceIpv6NotEnabled,
    /// `OperationDenied.NextHopTypeNotPermitted`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: next hop type not permitted.
    OperationDeniedNextHopTypeNotPermitted,
    /// `ResourceAlreadyAssociated.PrefixList`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already associated: prefix list.
    ResourceAlreadyAssociatedPrefixList,
    /// `OperationFailed.CidrConflictWithPrefixList`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: cidr conflict with prefix list.
    OperationFailedCidrConflictWithPrefixList,
    /// `Mismatch.HaVipIdAndRouteTableId`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: ha vip id and route table id.
    MismatchHaVipIdAndRouteTableId,
    /// `OperationFailed.OperationLocked`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: operation locked.
    OperationFailedOperationLocked,
    /// `Mismatch.Ipv4GatewayIdAndRouteTableId`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: ipv4 gateway id and route table id.
    MismatchIpv4GatewayIdAndRouteTableId,
    /// `ResourceNotAssociated.Cen`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not associated: cen.
    ResourceNotAssociatedCen,
    /// `IncorrectStatus.CenRelation`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: cen relation.
    IncorrectStatusCenRelation,
    /// `OperationDenied.CenTypeInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: cen type invalid.
    OperationDeniedCenTypeInvalid,
    /// `ResourceNotFound.Cen`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: cen.
    ResourceNotFoundCen,
    /// `IncorrectStatus.RouterInterface`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: router interface.
    IncorrectStatusRouterInterface,
    /// `InvalidNexthop.UnsupportedEniBizType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid nexthop: unsupported eni biz type.
    InvalidNexthopUnsupportedEniBizType,
    /// `OperationDenied.RouterInterfaceIpv6`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: router interface ipv6.
    OperationDeniedRouterInterfaceIpv6,
    /// `InvalidNextHopType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next hop type.
    InvalidNextHopType,
    /// `ResourceNotAssociated.Ecr`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not associated: ecr.
    ResourceNotAssociatedEcr,
    /// `InvalidNextHopId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid next hop id: not found.
    InvalidNextHopIdNotFound,
    /// `OperationFailed.InstanceDismatchCurrentVpc`: HTTP 404; retry: never; category: not_found.
    /// Operation failed: instance dismatch current vpc.
    OperationFailedInstanceDismatchCurrentVpc,
    /// `VPC.ERROR`: HTTP 500; retry: never; category: internal.
    /// VPC: ERROR.
    VpcError,
    /// `InvalidParameter.RouteTableName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: route table name, malformed.
    InvalidParameterRouteTableNameMalformed,
    /// `QuotaExceeded.RouteTable`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: route table.
    QuotaExceededRouteTable,
    /// `InvalidVpcId.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vpc id: not support.
    InvalidVpcIdNotSupport,
    /// `QuotaExceeded.GatewayRouteTable`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: gateway route table.
    QuotaExceededGatewayRouteTable,
    /// `InvalidAliuid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid aliuid.
    InvalidAliuid,
    /// `InvalidRole.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid role: value not supported.
    InvalidRoleValueNotSupported,
    /// `InvalidSpec.ValudNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid spec: valud not supported.
    InvalidSpecValudNotSupported,
    /// `InvalidRouterType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid router type: value not supported.
    InvalidRouterTypeValueNotSupported,
    /// `LimitationExceed.InterfaceNumberOnRouter`: HTTP 400; retry: never; category: invalid_argument.
    /// Limitation exceed: interface number on router.
    LimitationExceedInterfaceNumberOnRouter,
    /// `Forbidden.NotInRouterInterfaceCreateWhitelist`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: not in router interface create whitelist.
    ForbiddenNotInRouterInterfaceCreateWhitelist,
    /// `RI_CREATE_ONE_LIMIT_BY_SYNC`: HTTP 400; retry: never; category: invalid_argument.
    /// RI CREATE ONE LIMIT BY SYNC.
    RiCreateOneLimitBySync,
    /// `InvalidAccessPoint.ValueNotAllowed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid access point: value not allowed.
    InvalidAccessPointValueNotAllowed,
    /// `InvalidParam.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: not found.
    InvalidParamNotFound,
    /// `InvalidAccessPoint.NotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid access point: not match.
    InvalidAccessPointNotMatch,
    /// `InvalidAccessPoint.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid access point: not exist.
    InvalidAccessPointNotExist,
    /// `INVAID_VBR_STATUS`: HTTP 400; retry: never; category: invalid_argument.
    /// INVAID VBR STATUS.
    InvaidVbrStatus,
    /// `Forbidden.AcceptRoleNotSupportPrePay`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: accept role not support pre pay.
    ForbiddenAcceptRoleNotSupportPrePay,
    /// `InvalidRouterInterfaceSpec.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid router interface spec: malformed.
    InvalidRouterInterfaceSpecMalformed,
    /// `VpcSubnet.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpc subnet: not found.
    VpcSubnetNotFound,
    /// `IllegalParam.HealthcheckIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: healthcheck ip.
    IllegalParamHealthcheckIp,
    /// `OperationFailed.HcForInvalidRiType`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: hc for invalid ri type.
    OperationFailedHcForInvalidRiType,
    /// `IllegalParam.CrossBorderBandwidth`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: cross border bandwidth.
    IllegalParamCrossBorderBandwidth,
    /// `IllegalParam.VRouterType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: v router type.
    IllegalParamVRouterType,
    /// `Forbidden.CrossBorder`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: cross border.
    ForbiddenCrossBorder,
    /// `InvalidRouterId.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid router id: not found.
    InvalidRouterIdNotFound,
    /// `InvalidCommodity.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid commodity: not found.
    InvalidCommodityNotFound,
    /// `InvalidRouterInterfaceChargeType.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid router interface charge type: malformed.
    InvalidRouterInterfaceChargeTypeMalformed,
    /// `IllegalParam.RegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: region id.
    IllegalParamRegionId,
    /// `ResourceNotInResourceGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not in resource group.
    ResourceNotInResourceGroup,
    /// `HaveConnectionBetweenRouters`: HTTP 400; retry: never; category: invalid_argument.
    /// Have connection between routers.
    HaveConnectionBetweenRouters,
    /// `InvalidBandwidth.NotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bandwidth: not enough.
    InvalidBandwidthNotEnough,
    /// `ForbiddenAction`: HTTP 400; retry: never; category: invalid_argument.
    /// Forbidden action.
    ForbiddenAction,
    /// `OperationFailed.NotSupportIPv6`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: not support IPv6.
    OperationFailedNotSupportIPv6,
    /// `InvalidParam.AvailableZoneId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: available zone id.
    InvalidParamAvailableZoneId,
    /// `OperationFailed.NoAvailableAmount`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: no available amount.
    OperationFailedNoAvailableAmount,
    /// `InvalidRouterId.AttacedToCEN`: HTTP 404; retry: never; category: not_found.
    /// Invalid router id: attaced to CEN.
    InvalidRouterIdAttacedToCen,
    /// `InvalidSourceCIDR.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid source CIDR: malformed.
    InvalidSourceCidrMalformed,
    /// `NOT_ALLOW_USE_SOURCECIDR_OUTSIDEVPC`: HTTP 400; retry: never; category: invalid_argument.
    /// NOT ALLOW USE SOURCECIDR OUTSIDEVPC.
    NotAllowUseSourcecidrOutsidevpc,
    /// `NOT_ALLOW_USE_SOURCECIDR_AUTODEFINE`: HTTP 400; retry: never; category: invalid_argument.
    /// NOT ALLOW USE SOURCECIDR AUTODEFINE.
    NotAllowUseSourcecidrAutodefine,
    /// `NOT_ALLOW_USE_SOURCECIDR_CONTAINSZERO`: HTTP 400; retry: never; category: invalid_argument.
    /// NOT ALLOW USE SOURCECIDR CONTAINSZERO.
    NotAllowUseSourcecidrContainszero,
    /// `Forbidden.IpHasBeenUsedInDnat`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: ip has been used in dnat.
    ForbiddenIpHasBeenUsedInDnat,
    /// `Forbidden.SourceVSwitchId.IncludeHaVip`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: source v switch id, include ha vip.
    ForbiddenSourceVSwitchIdIncludeHaVip,
    /// `InvalidSnatIp.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid snat ip: malformed.
    InvalidSnatIpMalformed,
    /// `SNAT_IP_POOL_COUNT_TOO_MANY`: HTTP 400; retry: never; category: invalid_argument.
    /// SNAT IP POOL COUNT TOO MANY.
    SnatIpPoolCountTooMany,
    /// `Forbidden.SnatEntryCountLimited`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: snat entry count limited.
    ForbiddenSnatEntryCountLimited,
    /// `NOT_ALLOW_USE_SOURCECIDR`: HTTP 400; retry: never; category: invalid_argument.
    /// NOT ALLOW USE SOURCECIDR.
    NotAllowUseSourcecidr,
    /// `Forbidden.SourceVSwitchId.Duplicated`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: source v switch id, duplicated.
    ForbiddenSourceVSwitchIdDuplicated,
    /// `Forbidden.IpUsedInForwardTable`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: ip used in forward table.
    ForbiddenIpUsedInForwardTable,
    /// `EIP_NOT_SUPPORT_SNAT_POOL`: HTTP 400; retry: never; category: invalid_argument.
    /// EIP NOT SUPPORT SNAT POOL.
    EipNotSupportSnatPool,
    /// `EIP_NOT_IN_GATEWAY`: HTTP 400; retry: never; category: invalid_argument.
    /// EIP NOT IN GATEWAY.
    EipNotInGateway,
    /// `OperationUnsupported.CidrConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: cidr conflict.
    OperationUnsupportedCidrConflict,
    /// `OperationUnsupported.EipNatIpCheck`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: eip nat ip check.
    OperationUnsupportedEipNatIpCheck,
    /// `OperationUnsupported.EipNatBWPCheck`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: eip nat BWP check.
    OperationUnsupportedEipNatBwpCheck,
    /// `OperationUnsupported.EipNatGWCheck`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: eip nat GW check.
    OperationUnsupportedEipNatGwCheck,
    /// `OperationFailed.SnatIpPoolBwpRules`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: snat ip pool bwp rules.
    OperationFailedSnatIpPoolBwpRules,
    /// `OperationFailed.SnatIpsCheck`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: snat ips check.
    OperationFailedSnatIpsCheck,
    /// `OperationFailed.SnatIpPoolCbwpRules`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: snat ip pool cbwp rules.
    OperationFailedSnatIpPoolCbwpRules,
    /// `CreateSnatEntry.ParamExclusive.sourceVSwitchIdAndsourceCIDR`: HTTP 400; retry: never; category: invalid_argument.
    /// Create snat entry: param exclusive, source v switch id andsource CIDR.
    CreateSnatEntryParamExclusiveSourceVSwitchIdAndsourceCidr,
    /// `InvalidParameter.SnatIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: snat ip.
    InvalidParameterSnatIp,
    /// `IncorrectStatus.SnatEntry`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: snat entry.
    IncorrectStatusSnatEntry,
    /// `QuotaExceeded.SnatIp`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: snat ip.
    QuotaExceededSnatIp,
    /// `OperationFailed.VSwitchNotInVpc`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: v switch not in vpc.
    OperationFailedVSwitchNotInVpc,
    /// `QuotaExceeded.SnatEntry`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: snat entry.
    QuotaExceededSnatEntry,
    /// `InvalidSnatTableId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid snat table id: not found.
    InvalidSnatTableIdNotFound,
    /// `InvalidSnatIp.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid snat ip: not found.
    InvalidSnatIpNotFound,
    /// `OperationFailed.CrateSnatEntryTimeOut`: HTTP 500; retry: never; category: internal.
    /// Operation failed: crate snat entry time out.
    OperationFailedCrateSnatEntryTimeOut,
    /// `SslVpnClientCreateTimes.ReachLimits`: HTTP 400; retry: never; category: invalid_argument.
    /// Ssl vpn client create times: reach limits.
    SslVpnClientCreateTimesReachLimits,
    /// `CreateSslCertsQuotaFull.QuotaFull`: HTTP 400; retry: never; category: invalid_argument.
    /// Create ssl certs quota full: quota full.
    CreateSslCertsQuotaFullQuotaFull,
    /// `InvalidSslVpnServerId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid ssl vpn server id: not found.
    InvalidSslVpnServerIdNotFound,
    /// `SslVpnServer.AlreadyExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Ssl vpn server: already exist.
    SslVpnServerAlreadyExist,
    /// `IpConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Ip conflict.
    IpConflict,
    /// `SslVpnServer.AddRouteError`: HTTP 400; retry: never; category: invalid_argument.
    /// Ssl vpn server: add route error.
    SslVpnServerAddRouteError,
    /// `MissingParameter.IDaaSInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: i daa s instance id.
    MissingParameterIDaaSInstanceId,
    /// `OperationUnsupported.NotSupportMultiFactorAuth`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: not support multi factor auth.
    OperationUnsupportedNotSupportMultiFactorAuth,
    /// `SslVpnServerPort.Illegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Ssl vpn server port: illegal.
    SslVpnServerPortIllegal,
    /// `EnableHaCheck.SslVpnServerClientCidrContainsVpcRouteDest`: HTTP 400; retry: never; category: invalid_argument.
    /// Enable ha check: ssl vpn server client cidr contains vpc route dest.
    EnableHaCheckSslVpnServerClientCidrContainsVpcRouteDest,
    /// `IllegalParam.IDaaSApplicationId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: i daa s application id.
    IllegalParamIDaaSApplicationId,
    /// `SslVpnIDaaS2.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Ssl vpn i daa s2: not support.
    SslVpnIDaaS2NotSupport,
    /// `MissingParam.IDaaSApplicationId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: i daa s application id.
    MissingParamIDaaSApplicationId,
    /// `MissingParam.IDaaSRegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: i daa s region id.
    MissingParamIDaaSRegionId,
    /// `InvalidIDaaSApplicationId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid i daa s application id: not found.
    InvalidIDaaSApplicationIdNotFound,
    /// `UnsupportedFeature.IpVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: ip version.
    UnsupportedFeatureIpVersion,
    /// `QuotaExceeded.TrafficMirrorFilter`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: traffic mirror filter.
    QuotaExceededTrafficMirrorFilter,
    /// `DuplicatedParam.Priority`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated param: priority.
    DuplicatedParamPriority,
    /// `IllegalParamFormat.SrcCidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal param format: src cidr block.
    IllegalParamFormatSrcCidrBlock,
    /// `IllegalParamFormat.DstCidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal param format: dst cidr block.
    IllegalParamFormatDstCidrBlock,
    /// `ResourceNotFound.TrafficMirrorFilter`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: traffic mirror filter.
    ResourceNotFoundTrafficMirrorFilter,
    /// `IncorrectStatus.TrafficMirrorFilter`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: traffic mirror filter.
    IncorrectStatusTrafficMirrorFilter,
    /// `QuotaExceeded.TrafficMirrorRulesPerFilter`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: traffic mirror rules per filter.
    QuotaExceededTrafficMirrorRulesPerFilter,
    /// `ResourceNotFound.Slb`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: slb.
    ResourceNotFoundSlb,
    /// `OperationDenied.SlbNotInVpc`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: slb not in vpc.
    OperationDeniedSlbNotInVpc,
    /// `QuotaExceeded.SessionNum`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: session num.
    QuotaExceededSessionNum,
    /// `QuotaExceeded.FilterRelatedSession`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: filter related session.
    QuotaExceededFilterRelatedSession,
    /// `QuotaExceeded.SlbRelatedSession`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: slb related session.
    QuotaExceededSlbRelatedSession,
    /// `InvalidLoadBalancerId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid load balancer id: not found.
    InvalidLoadBalancerIdNotFound,
    /// `OperationDenied.ClassicSLB`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: classic SLB.
    OperationDeniedClassicSlb,
    /// `ResourceNotFound.TargetInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: target instance.
    ResourceNotFoundTargetInstance,
    /// `OperationFailed.NotSupportBizType`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: not support biz type.
    OperationFailedNotSupportBizType,
    /// `IllegalParam.Priority`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: priority.
    IllegalParamPriority,
    /// `OperationFailed.ResourceConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: resource conflict.
    OperationFailedResourceConflict,
    /// `OperationFailed.IdempotentTokenProcessing`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: idempotent token processing.
    OperationFailedIdempotentTokenProcessing,
    /// `MissingParam.Ipv6CidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: ipv6 cidr block.
    MissingParamIpv6CidrBlock,
    /// `IllegalParam.VpcIpv6CidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: vpc ipv6 cidr block.
    IllegalParamVpcIpv6CidrBlock,
    /// `OperationDenied.VpcPeerExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: vpc peer exists.
    OperationDeniedVpcPeerExists,
    /// `IllegalParamFormat`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal param format.
    IllegalParamFormat,
    /// `IllegalParamFormat.VSwitchCidrReservationCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal param format: v switch cidr reservation cidr.
    IllegalParamFormatVSwitchCidrReservationCidr,
    /// `UnsupportedFeature.ReservedType`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: reserved type.
    UnsupportedFeatureReservedType,
    /// `UnsupportedFeature.VSwitchIpv6`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: v switch ipv6.
    UnsupportedFeatureVSwitchIpv6,
    /// `OperationFailed.VSwitchCidrReservationCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: v switch cidr reservation cidr.
    OperationFailedVSwitchCidrReservationCidr,
    /// `MissingParam.CidrReservationMaskOrCidrReservationCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: cidr reservation mask or cidr reservation cidr.
    MissingParamCidrReservationMaskOrCidrReservationCidr,
    /// `UnsupportedFeature.VpcAdvancedFeature`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: vpc advanced feature.
    UnsupportedFeatureVpcAdvancedFeature,
    /// `QuotaExceeded.VSwitchCidrReservationMask`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: v switch cidr reservation mask.
    QuotaExceededVSwitchCidrReservationMask,
    /// `QuotaExceeded.CidrReservationCount`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: cidr reservation count.
    QuotaExceededCidrReservationCount,
    /// `Conflict.CidrReservationMaskAndCidrReservationCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// Conflict: cidr reservation mask and cidr reservation cidr.
    ConflictCidrReservationMaskAndCidrReservationCidr,
    /// `OperationFailed.CidrNotEnoughInVSwitch`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: cidr not enough in v switch.
    OperationFailedCidrNotEnoughInVSwitch,
    /// `OperationFailed.SystemReservedIpContained`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: system reserved ip contained.
    OperationFailedSystemReservedIpContained,
    /// `OperationFailed.AlreadyUsedIpContained`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: already used ip contained.
    OperationFailedAlreadyUsedIpContained,
    /// `IllegalParam.VSwitchCidrReservationMask`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: v switch cidr reservation mask.
    IllegalParamVSwitchCidrReservationMask,
    /// `OperationFailed.VbrCenNotConsistent`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vbr cen not consistent.
    OperationFailedVbrCenNotConsistent,
    /// `OperationFailed.VbrAliUidNotConsistent`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vbr ali uid not consistent.
    OperationFailedVbrAliUidNotConsistent,
    /// `OperationFailed.VbrAccessDeviceSame`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vbr access device same.
    OperationFailedVbrAccessDeviceSame,
    /// `OperationFailed.VbrBandWidthExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vbr band width exceed.
    OperationFailedVbrBandWidthExceed,
    /// `OperationFailed.VbrInUsedByOtherHa`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vbr in used by other ha.
    OperationFailedVbrInUsedByOtherHa,
    /// `OperationFailed.VbrBgpPeerNotEnableBfd`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vbr bgp peer not enable bfd.
    OperationFailedVbrBgpPeerNotEnableBfd,
    /// `OperationFailed.VbrCenNotRelation`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vbr cen not relation.
    OperationFailedVbrCenNotRelation,
    /// `ResourceNotFound.Vbr`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: vbr.
    ResourceNotFoundVbr,
    /// `VpnConnection.Configuring`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpn connection: configuring.
    VpnConnectionConfiguring,
    /// `VpnConnection.FinancialLocked`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpn connection: financial locked.
    VpnConnectionFinancialLocked,
    /// `VpnRouteEntry.AlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpn route entry: already exists.
    VpnRouteEntryAlreadyExists,
    /// `VpnRouteEntry.ConflictSSL`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpn route entry: conflict SSL.
    VpnRouteEntryConflictSsl,
    /// `VpnRouteEntry.BackupRoute`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpn route entry: backup route.
    VpnRouteEntryBackupRoute,
    /// `IllegalParam.RouteDest`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: route dest.
    IllegalParamRouteDest,
    /// `OperationFailed.InvalidCidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: invalid cidr block.
    OperationFailedInvalidCidrBlock,
    /// `Resource.PbrRouteQuotaFull`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource: pbr route quota full.
    ResourcePbrRouteQuotaFull,
    /// `CreatePbrRoutesQuotaFull.QuotaFull`: HTTP 400; retry: never; category: invalid_argument.
    /// Create pbr routes quota full: quota full.
    CreatePbrRoutesQuotaFullQuotaFull,
    /// `CreateDbrRoutesQuotaFull.QuotaFull`: HTTP 400; retry: never; category: invalid_argument.
    /// Create dbr routes quota full: quota full.
    CreateDbrRoutesQuotaFullQuotaFull,
    /// `InvalidVpnConnectionInstanceId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid vpn connection instance id: not found.
    InvalidVpnConnectionInstanceIdNotFound,
    /// `OperationFailed.PconnAllocateVlan0`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: pconn allocate vlan0.
    OperationFailedPconnAllocateVlan0,
    /// `QuotaExceeded.freevbr`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: freevbr.
    QuotaExceededFreevbr,
    /// `QuotaExceeded.CrossUserVBRPerUser`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: cross user VBR per user.
    QuotaExceededCrossUserVbrPerUser,
    /// `QuotaExceeded.SameAccountVBRPerPconn`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: same account VBR per pconn.
    QuotaExceededSameAccountVbrPerPconn,
    /// `QuotaExceeded.VbrPerPconnPortSpec`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: vbr per pconn port spec.
    QuotaExceededVbrPerPconnPortSpec,
    /// `QuotaExceeded.VbrPerAccessDevice`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: vbr per access device.
    QuotaExceededVbrPerAccessDevice,
    /// `VbrBandwidthExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Vbr bandwidth exceed.
    VbrBandwidthExceed,
    /// `OperationFailed.PconnExistVlan0Vbr`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: pconn exist vlan0 vbr.
    OperationFailedPconnExistVlan0Vbr,
    /// `OperationFailed.Vlan0VbrUnSharePconn`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vlan0 vbr un share pconn.
    OperationFailedVlan0VbrUnSharePconn,
    /// `OperationUnsupported.VirtualBorderRouterEnableIPv6`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: virtual border router enable IPv6.
    OperationUnsupportedVirtualBorderRouterEnableIPv6,
    /// `IllegalParam.OwnerAliUid`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: owner ali uid.
    IllegalParamOwnerAliUid,
    /// `Forbidden.OwnerAliUid`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: owner ali uid.
    ForbiddenOwnerAliUid,
    /// `OperationDenied.VPconn`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: v pconn.
    OperationDeniedVPconn,
    /// `OperationFailed.NotConsistentWithVpconn`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: not consistent with vpconn.
    OperationFailedNotConsistentWithVpconn,
    /// `OperationFailed.VirtualPhysicalConnectionExistVBR`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: virtual physical connection exist VBR.
    OperationFailedVirtualPhysicalConnectionExistVbr,
    /// `IncorrectStatus.VirtualPhysicalConnection`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: virtual physical connection.
    IncorrectStatusVirtualPhysicalConnection,
    /// `EcAssociatedQoSPconnNotAllowCreateCrossAccountVbr`: HTTP 400; retry: never; category: invalid_argument.
    /// Ec associated qo s pconn not allow create cross account vbr.
    EcAssociatedQoSPconnNotAllowCreateCrossAccountVbr,
    /// `OperationFailed.AccessDeviceDisabled`: HTTP 404; retry: never; category: not_found.
    /// Operation failed: access device disabled.
    OperationFailedAccessDeviceDisabled,
    /// `OperationFailed.VPconnCreated`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: v pconn created.
    OperationFailedVPconnCreated,
    /// `MissingParam.Spec`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: spec.
    MissingParamSpec,
    /// `IllegalParam.VlanId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: vlan id.
    IllegalParamVlanId,
    /// `VLAN_ID_HAS_BEEN_USED_IN_PHYSICAL_CONNECTION`: HTTP 400; retry: never; category: invalid_argument.
    /// VLAN ID HAS BEEN USED IN PHYSICAL CONNECTION.
    VlanIdHasBeenUsedInPhysicalConnection,
    /// `IllegalParam.VpconnAliUid`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: vpconn ali uid.
    IllegalParamVpconnAliUid,
    /// `IllegalParam.OrderMode`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: order mode.
    IllegalParamOrderMode,
    /// `Forbidden.VpconnAliUid`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: vpconn ali uid.
    ForbiddenVpconnAliUid,
    /// `OperationDenied.CreateVpconn`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: create vpconn.
    OperationDeniedCreateVpconn,
    /// `EcAssociatedQoSPconnNotAllowCreateVpconn`: HTTP 400; retry: never; category: invalid_argument.
    /// Ec associated qo s pconn not allow create vpconn.
    EcAssociatedQoSPconnNotAllowCreateVpconn,
    /// `System.ServiceBusy`: HTTP 400; retry: never; category: invalid_argument.
    /// System: service busy.
    SystemServiceBusy,
    /// `IllegalParam.UserCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: user cidr.
    IllegalParamUserCidr,
    /// `OperationUnsupported.ResourceGroupId`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: resource group id.
    OperationUnsupportedResourceGroupId,
    /// `IllegalParam.EnableIpv6`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: enable ipv6.
    IllegalParamEnableIpv6,
    /// `InvalidIpv6CidrBlock.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ipv6 cidr block: malformed.
    InvalidIpv6CidrBlockMalformed,
    /// `UnsupportedFeature.IPAM`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: IPAM.
    UnsupportedFeatureIpam2,
    /// `IllegalParam.Ipv4CidrMask`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: ipv4 cidr mask.
    IllegalParamIpv4CidrMask,
    /// `IllegalParam.PolicyDocument`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: policy document.
    IllegalParamPolicyDocument,
    /// `IllegalParam.GatewayEndpointName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: gateway endpoint name.
    IllegalParamGatewayEndpointName,
    /// `IllegalParam.GatewayEndpointDescription`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: gateway endpoint description.
    IllegalParamGatewayEndpointDescription,
    /// `ResourceAlreadyExist.GatewayEndpoint`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already exist: gateway endpoint.
    ResourceAlreadyExistGatewayEndpoint,
    /// `ResourceNotFound.VpcId`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: vpc id.
    ResourceNotFoundVpcId,
    /// `UnsupportedFeature.GatewayEndpoint`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: gateway endpoint.
    UnsupportedFeatureGatewayEndpoint,
    /// `OperationDenied.PolicyDocument`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: policy document.
    OperationDeniedPolicyDocument,
    /// `MissingParam.PolicyDocument`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: policy document.
    MissingParamPolicyDocument,
    /// `OperationDenied.NotAuthorized`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: not authorized.
    OperationDeniedNotAuthorized,
    /// `InvalidPolicy.WrongFormat`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid policy: wrong format.
    InvalidPolicyWrongFormat,
    /// `QuotaExceeded.PrefixListCidrCount`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: prefix list cidr count.
    QuotaExceededPrefixListCidrCount,
    /// `OperationFailed.CidrCountExceedMaxCount`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: cidr count exceed max count.
    OperationFailedCidrCountExceedMaxCount,
    /// `IllegalParam.CidrName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: cidr name.
    IllegalParamCidrName,
    /// `DuplicatedParam.CidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated param: cidr block.
    DuplicatedParamCidrBlock,
    /// `QuotaExceeded.PrefixListCount`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: prefix list count.
    QuotaExceededPrefixListCount,
    /// `OperationFailed.TargetUserPconnTrafficNotEnable`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: target user pconn traffic not enable.
    OperationFailedTargetUserPconnTrafficNotEnable,
    /// `IncorrectStatus.VbrId`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: vbr id.
    IncorrectStatusVbrId,
    /// `OperationFailed.BandwidthOrVlanIdEmpty`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: bandwidth or vlan id empty.
    OperationFailedBandwidthOrVlanIdEmpty,
    /// `NotSupportVpnConnectionParameter.IpsecPfs`: HTTP 400; retry: never; category: invalid_argument.
    /// Not support vpn connection parameter: ipsec pfs.
    NotSupportVpnConnectionParameterIpsecPfs,
    /// `NotSupportVpnConnectionParameter.IpsecAuthAlg`: HTTP 400; retry: never; category: invalid_argument.
    /// Not support vpn connection parameter: ipsec auth alg.
    NotSupportVpnConnectionParameterIpsecAuthAlg,
    /// `VpnRouteEntry.InvalidWeight`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpn route entry: invalid weight.
    VpnRouteEntryInvalidWeight,
    /// `InvalidParameter.VpnConnectionName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: vpn connection name.
    InvalidParameterVpnConnectionName,
    /// `QuotaExceeded.PolicyBasedRoute`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: policy based route.
    QuotaExceededPolicyBasedRoute,
    /// `MissingParameter.TunnelCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: tunnel cidr.
    MissingParameterTunnelCidr,
    /// `MissingParam.CustomerGatewayAsn`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: customer gateway asn.
    MissingParamCustomerGatewayAsn,
    /// `InvalidParameter.BgpConfig`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: bgp config.
    InvalidParameterBgpConfig,
    /// `IllegalParam.TunnelCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: tunnel cidr.
    IllegalParamTunnelCidr,
    /// `InvalidLocalBgpIp.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid local bgp ip: malformed.
    InvalidLocalBgpIpMalformed,
    /// `IllegalParam.RemoteSubnet`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: remote subnet.
    IllegalParamRemoteSubnet,
    /// `IllegalParam.LocalBgpIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: local bgp ip.
    IllegalParamLocalBgpIp,
    /// `OperationFailed.MissCertificate`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: miss certificate.
    OperationFailedMissCertificate,
    /// `MissingParam.RemoteId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: remote id.
    MissingParamRemoteId,
    /// `IllegalParam.EnableBgp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: enable bgp.
    IllegalParamEnableBgp,
    /// `InvalidTunnelCidr.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tunnel cidr: malformed.
    InvalidTunnelCidrMalformed,
    /// `OperationUnsupported.EnableBgp`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: enable bgp.
    OperationUnsupportedEnableBgp,
    /// `InvalidCustomerGatewayInstanceId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid customer gateway instance id: not found.
    InvalidCustomerGatewayInstanceIdNotFound,
    /// `InvalidVpnConnection.AlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vpn connection: already exists.
    InvalidVpnConnectionAlreadyExists,
    /// `VpnGateway.IpsecVpnDisabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpn gateway: ipsec vpn disabled.
    VpnGatewayIpsecVpnDisabled,
    /// `OperationUnsupported.SetDPD`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: set DPD.
    OperationUnsupportedSetDpd,
    /// `OperationUnsupported.SetNatTraversal`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: set nat traversal.
    OperationUnsupportedSetNatTraversal,
    /// `IllegalParam.BgpConfig`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: bgp config.
    IllegalParamBgpConfig,
    /// `OperationFailed.CenLevelNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: cen level not support.
    OperationFailedCenLevelNotSupport,
    /// `CustomerGateway.ConflictRouteEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Customer gateway: conflict route entry.
    CustomerGatewayConflictRouteEntry,
    /// `VpnTask.CONFLICT`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpn task: CONFLICT.
    VpnTaskConflict,
    /// `VpnConnectionParamInvalid.SameVpnAndCgwDifferentIkeConfigs`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpn connection param invalid: same vpn and cgw different ike configs.
    VpnConnectionParamInvalidSameVpnAndCgwDifferentIkeConfigs,
    /// `VpnConnectionParamInvalid.SameVpnAndCgwTrafficSelectorOverlap`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpn connection param invalid: same vpn and cgw traffic selector overlap.
    VpnConnectionParamInvalidSameVpnAndCgwTrafficSelectorOverlap,
    /// `CustomerGateway.ConflictVpnIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Customer gateway: conflict vpn ip.
    CustomerGatewayConflictVpnIp,
    /// `InvalidSslVpnServerCertId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ssl vpn server cert id: not found.
    InvalidSslVpnServerCertIdNotFound,
    /// `MissingParameter.TunnelOptionsSpecification`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: tunnel options specification.
    MissingParameterTunnelOptionsSpecification,
    /// `CreateVpnConnectionsQuotaFull.QuotaFull`: HTTP 400; retry: never; category: invalid_argument.
    /// Create vpn connections quota full: quota full.
    CreateVpnConnectionsQuotaFullQuotaFull,
    /// `InvalidSpec.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid spec: not found.
    InvalidSpecNotFound,
    /// `InvalidPeriod`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid period.
    InvalidPeriod,
    /// `ChargeType.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Charge type: not support.
    ChargeTypeNotSupport,
    /// `UnnecessarySslConnection`: HTTP 400; retry: never; category: invalid_argument.
    /// Unnecessary ssl connection.
    UnnecessarySslConnection,
    /// `InvalidVpnEnable`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vpn enable.
    InvalidVpnEnable,
    /// `OperationFailed.InventoryNotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: inventory not enough.
    OperationFailedInventoryNotEnough,
    /// `OperationFailed.IpNotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: ip not enough.
    OperationFailedIpNotEnough,
    /// `Forbidden.NoSLRPermission`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: no SLR permission.
    ForbiddenNoSlrPermission2,
    /// `OperationFailed.VSwitchConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: v switch conflict.
    OperationFailedVSwitchConflict,
    /// `OperationFailed.AzNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: az not support.
    OperationFailedAzNotSupport,
    /// `OperationFailed.NetworkTypeNotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: network type not match.
    OperationFailedNetworkTypeNotMatch,
    /// `OperationFailed.SslNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: ssl not support.
    OperationFailedSslNotSupport,
    /// `InvalidVSwitchId.SecondVswitchNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v switch id: second vswitch not support.
    InvalidVSwitchIdSecondVswitchNotSupport,
    /// `InvalidVSwitchId.FirstVswitchNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v switch id: first vswitch not support.
    InvalidVSwitchIdFirstVswitchNotSupport,
    /// `InvalidVSwitchId.VswitchIdShouldDifferent`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v switch id: vswitch id should different.
    InvalidVSwitchIdVswitchIdShouldDifferent,
    /// `InvalidVSwitchId.FirstVswitchIpNotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v switch id: first vswitch ip not enough.
    InvalidVSwitchIdFirstVswitchIpNotEnough,
    /// `InvalidVSwitchId.SecondVswitchIpNotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v switch id: second vswitch ip not enough.
    InvalidVSwitchIdSecondVswitchIpNotEnough,
    /// `InvalidVSwitchId.ZoneIdShouldDifferent`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v switch id: zone id should different.
    InvalidVSwitchIdZoneIdShouldDifferent,
    /// `OperationFailed.RouteConflict`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Operation failed: route conflict.
    OperationFailedRouteConflict,
    /// `VpnPbrRouteEntryPriority.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpn pbr route entry priority: not support.
    VpnPbrRouteEntryPriorityNotSupport,
    /// `VpnRouteEntry.SrcDestWeightConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpn route entry: src dest weight conflict.
    VpnRouteEntrySrcDestWeightConflict,
    /// `VpnRouteEntry.SamePriorityPbrRoutePrefixOverlap`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpn route entry: same priority pbr route prefix overlap.
    VpnRouteEntrySamePriorityPbrRoutePrefixOverlap,
    /// `VpnRouteEntry.SrcDestConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpn route entry: src dest conflict.
    VpnRouteEntrySrcDestConflict,
    /// `Forbbiden.InvaildOwner`: HTTP 400; retry: never; category: invalid_argument.
    /// The request is forbidden: invaild owner.
    ForbbidenInvaildOwner,
    /// `FlowLogNumberOverLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Flow log number over limit.
    FlowLogNumberOverLimit,
    /// `DependencyViolation.BgpPeer`: HTTP 404; retry: never; category: not_found.
    /// Dependency violation: bgp peer.
    DependencyViolationBgpPeer,
    /// `InvalidBgpPeer.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bgp peer: not found.
    InvalidBgpPeerNotFound,
    /// `IncorrectStatus.BgpPeer`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: bgp peer.
    IncorrectStatusBgpPeer,
    /// `DependencyViolation.Ips`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: ips.
    DependencyViolationIps,
    /// `ForbiddenAction.PrePaid`: HTTP 400; retry: never; category: invalid_argument.
    /// Forbidden action: pre paid.
    ForbiddenActionPrePaid,
    /// `OperationFailed.BandwidthPackageNotEmpty`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: bandwidth package not empty.
    OperationFailedBandwidthPackageNotEmpty,
    /// `InvalidOperation.DeletionProtection`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: deletion protection.
    InvalidOperationDeletionProtection,
    /// `OperationUnsupported.Release95Instance`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: release95 instance.
    OperationUnsupportedRelease95Instance,
    /// `OperationFailed.AddIpTaskInProcessing`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: add ip task in processing.
    OperationFailedAddIpTaskInProcessing,
    /// `DependencyViolation.VpnConnection`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: vpn connection.
    DependencyViolationVpnConnection,
    /// `VpnGateway.task.conflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpn gateway: task, conflict.
    VpnGatewayTaskConflict,
    /// `DependencyViolation.VpcAttachment`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: vpc attachment.
    DependencyViolationVpcAttachment,
    /// `EcQoSWithPconnNotSupportDelete`: HTTP 400; retry: never; category: invalid_argument.
    /// Ec qo s with pconn not support delete.
    EcQoSWithPconnNotSupportDelete,
    /// `IllegalParam.JobId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: job id.
    IllegalParamJobId,
    /// `IncorrectStatus.OnlyForInitOrStopped`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: only for init or stopped.
    IncorrectStatusOnlyForInitOrStopped,
    /// `InvalidForwardEntryId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid forward entry id: not found.
    InvalidForwardEntryIdNotFound,
    /// `ResourceNotFound.ForwardEntry`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: forward entry.
    ResourceNotFoundForwardEntry,
    /// `ResourceNotFound.FullNatEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: full nat entry.
    ResourceNotFoundFullNatEntry,
    /// `IncorrectStatus.FullNatEntry`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: full nat entry.
    IncorrectStatusFullNatEntry,
    /// `ResourceNotFound.FullNatTableId`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: full nat table id.
    ResourceNotFoundFullNatTableId,
    /// `IncorrectGlobalAccelerationInstanceIdStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect global acceleration instance id status.
    IncorrectGlobalAccelerationInstanceIdStatus,
    /// `InvalidGlobalAccelerationInstanceId.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid global acceleration instance id: not found.
    InvalidGlobalAccelerationInstanceIdNotFound,
    /// `Forbidden.GlobalAccelerationInstanceChargeTypeIsPrepaid`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: global acceleration instance charge type is prepaid.
    ForbiddenGlobalAccelerationInstanceChargeTypeIsPrepaid,
    /// `IncorrectStatus`: HTTP 400, 404; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this.
    IncorrectStatus,
    /// `DependencyViolation.HaVipReferedByRouteEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: ha vip refered by route entry.
    DependencyViolationHaVipReferedByRouteEntry,
    /// `DependencyViolation.HaVipAssociatedWithEIP`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: ha vip associated with EIP.
    DependencyViolationHaVipAssociatedWithEip,
    /// `Nat64Gateway.Configuring`: HTTP 400; retry: never; category: invalid_argument.
    /// Nat64 gateway: configuring.
    Nat64GatewayConfiguring,
    /// `ForbiddenRelease`: HTTP 403; retry: never; category: permission_denied.
    /// Forbidden release.
    ForbiddenRelease,
    /// `InvalidIPv6TranslatorACLId.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid IPv6 translator ACL id: not found.
    InvalidIPv6TranslatorAclIdNotFound2,
    /// `InvalidIPv6TranslatorACL.Used`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid IPv6 translator ACL: used.
    InvalidIPv6TranslatorAclUsed,
    /// `InvalidIPv6TranslatorEntryId.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid IPv6 translator entry id: not found.
    InvalidIPv6TranslatorEntryIdNotFound,
    /// `IPv6Translator.FinancialLocked`: HTTP 400; retry: never; category: invalid_argument.
    /// IPv6 translator: financial locked.
    IPv6TranslatorFinancialLocked,
    /// `InvalidIPv6TranslatorId.CoexistWithEntryId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid IPv6 translator id: coexist with entry id.
    InvalidIPv6TranslatorIdCoexistWithEntryId,
    /// `MissingEntryOrInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing entry or instance id.
    MissingEntryOrInstanceId,
    /// `InvalidIpsecServerId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid ipsec server id: not found.
    InvalidIpsecServerIdNotFound,
    /// `OperationDenied.RouteEntryExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: route entry exist.
    OperationDeniedRouteEntryExist,
    /// `OperationDenied.GatewayAlreadyAssociated`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: gateway already associated.
    OperationDeniedGatewayAlreadyAssociated,
    /// `OperationFailed.Ipv4GatewayUsedByEipBindIpAddress`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: ipv4 gateway used by eip bind ip address.
    OperationFailedIpv4GatewayUsedByEipBindIpAddress,
    /// `IncorrectStatus.EgressOnlyRule`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: egress only rule.
    IncorrectStatusEgressOnlyRule,
    /// `ResourceNotFound.Ipv6EgressOnlyRule`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: ipv6 egress only rule.
    ResourceNotFoundIpv6EgressOnlyRule,
    /// `DependencyViolation.GatewayRouteTableRelation`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: gateway route table relation.
    DependencyViolationGatewayRouteTableRelation,
    /// `IncorrectStatus.Ipv6Gateway`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: ipv6 gateway.
    IncorrectStatusIpv6Gateway,
    /// `DependencyViolation.EgressRules`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: egress rules.
    DependencyViolationEgressRules,
    /// `DependencyViolation.Ipv6InternetBandwidth`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: ipv6 internet bandwidth.
    DependencyViolationIpv6InternetBandwidth,
    /// `OperationFailed.RouteEntryUnstable`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: route entry unstable.
    OperationFailedRouteEntryUnstable,
    /// `BothEmptyParam.Ipv6AddressIdAndIpv6InternetBandwidthId`: HTTP 400; retry: never; category: invalid_argument.
    /// Both empty param: ipv6 address id and ipv6 internet bandwidth id.
    BothEmptyParamIpv6AddressIdAndIpv6InternetBandwidthId,
    /// `OperationFailed.ServiceManaged`: HTTP 404; retry: never; category: not_found.
    /// Operation failed: service managed.
    OperationFailedServiceManaged,
    /// `DependencyViolation.VpcEndpointService`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: vpc endpoint service.
    DependencyViolationVpcEndpointService,
    /// `DependencyViolation.RouterEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: router entry.
    DependencyViolationRouterEntry,
    /// `DependencyViolation.BandwidthPackages`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: bandwidth packages.
    DependencyViolationBandwidthPackages,
    /// `DependencyViolation.EIPS`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: EIPS.
    DependencyViolationEips,
    /// `Forbidden.PrePaidNatGateway`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: pre paid nat gateway.
    ForbiddenPrePaidNatGateway,
    /// `DependencyViolation.SnatEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: snat entry.
    DependencyViolationSnatEntry,
    /// `DependencyViolation.ForwardEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: forward entry.
    DependencyViolationForwardEntry,
    /// `DependencyViolation.NatIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: nat ip.
    DependencyViolationNatIp,
    /// `DependencyViolation.NatIpCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: nat ip cidr.
    DependencyViolationNatIpCidr,
    /// `IncorrectStatus.RouterEntry`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: router entry.
    IncorrectStatusRouterEntry,
    /// `IncorrectStatus.VSwitch`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: v switch.
    IncorrectStatusVSwitch,
    /// `INSTANCE_NOT_EXISTS`: HTTP 404; retry: never; category: not_found.
    /// INSTANCE NOT EXISTS.
    InstanceNotExists,
    /// `OperationFailed.DefaultNatIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: default nat ip.
    OperationFailedDefaultNatIp,
    /// `OperationFailed.DefaultNatIpCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: default nat ip cidr.
    OperationFailedDefaultNatIpCidr,
    /// `NetworkAclExistBinding`: HTTP 400; retry: never; category: invalid_argument.
    /// Network acl exist binding.
    NetworkAclExistBinding,
    /// `InvalidPhysicalConnectionId.NotMatched`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid physical connection id: not matched.
    InvalidPhysicalConnectionIdNotMatched,
    /// `Forbidden.VBRExists`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: VBR exists.
    ForbiddenVbrExists,
    /// `Forbidden.AssociateToVBR`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: associate to VBR.
    ForbiddenAssociateToVbr,
    /// `OperationDenied.NeedVpconnOwner`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: need vpconn owner.
    OperationDeniedNeedVpconnOwner,
    /// `OperationDenied.NeedPconnOwner`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: need pconn owner.
    OperationDeniedNeedPconnOwner,
    /// `Forbidden.NotInAllowDeleteStatus`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: not in allow delete status.
    ForbiddenNotInAllowDeleteStatus,
    /// `ResourceAlreadyAssociated.PconnQos`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already associated: pconn qos.
    ResourceAlreadyAssociatedPconnQos,
    /// `ResourceInUse.PublicIpAddressPool`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use: public ip address pool.
    ResourceInUsePublicIpAddressPool,
    /// `OperationFailed.ResourceIsShared`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: resource is shared.
    OperationFailedResourceIsShared,
    /// `IncorrectStatus.CidrBlock`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: cidr block.
    IncorrectStatusCidrBlock,
    /// `ResourceInUse.CidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use: cidr block.
    ResourceInUseCidrBlock,
    /// `IncorrcetRouteEntryStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrcet route entry status.
    IncorrcetRouteEntryStatus,
    /// `InvalidRouteEntry.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid route entry: not found.
    InvalidRouteEntryNotFound,
    /// `InvalidNextHop`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next hop.
    InvalidNextHop,
    /// `InvalidRouteEntryId.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid route entry id: not found.
    InvalidRouteEntryIdNotFound,
    /// `ParamExclusive.RouteEntryIdAndRouteTableIdOrDestCidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// Param exclusive: route entry id and route table id or dest cidr block.
    ParamExclusiveRouteEntryIdAndRouteTableIdOrDestCidrBlock,
    /// `InvalidNextHopList.Size`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next hop list: size.
    InvalidNextHopListSize,
    /// `ParamExclusive.NextHopIdAndList`: HTTP 400; retry: never; category: invalid_argument.
    /// Param exclusive: next hop id and list.
    ParamExclusiveNextHopIdAndList,
    /// `OperationFailed.DeleteMultiScopeEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: delete multi scope entry.
    OperationFailedDeleteMultiScopeEntry,
    /// `OperationDenied.DeleteManagedRouteEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: delete managed route entry.
    OperationDeniedDeleteManagedRouteEntry,
    /// `IncorrectStatus.VpcRouteEntry`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: vpc route entry.
    IncorrectStatusVpcRouteEntry,
    /// `OperationDenied.NextHopNotChanged`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: next hop not changed.
    OperationDeniedNextHopNotChanged,
    /// `OperationDenied.DeleteGatewayEndpointRoute`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: delete gateway endpoint route.
    OperationDeniedDeleteGatewayEndpointRoute,
    /// `IncorrectStatus.PrefixList`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: prefix list.
    IncorrectStatusPrefixList,
    /// `Vpc.Error`: HTTP 500; retry: never; category: internal.
    /// Vpc: error.
    VpcError2,
    /// `Internal.Error`: HTTP 500; retry: never; category: internal.
    /// Internal: error.
    InternalError2,
    /// `OperationDenied.GatewayAssociated`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: gateway associated.
    OperationDeniedGatewayAssociated,
    /// `MissingParam.RouteTableId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: route table id.
    MissingParamRouteTableId,
    /// `IncorrectRouteTableType`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect route table type.
    IncorrectRouteTableType,
    /// `IncorrectRouteTableStatus.RouteEntryExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect route table status: route entry exist.
    IncorrectRouteTableStatusRouteEntryExist,
    /// `IncorrectRouteTableStatus`: HTTP 404; retry: never; category: not_found.
    /// Incorrect route table status.
    IncorrectRouteTableStatus,
    /// `DependencyViolation.RouteEntry`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Dependency violation: route entry.
    DependencyViolationRouteEntry,
    /// `InvalidInstance.StatusError`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance: status error.
    InvalidInstanceStatusError,
    /// `RouterInterfaceReferredByRouteEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Router interface referred by route entry.
    RouterInterfaceReferredByRouteEntry,
    /// `ReferredByRouteEntry.RouterInterface`: HTTP 400; retry: never; category: invalid_argument.
    /// Referred by route entry: router interface.
    ReferredByRouteEntryRouterInterface,
    /// `IncorretSnatEntryStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorret snat entry status.
    IncorretSnatEntryStatus,
    /// `InvalidSnatEntryId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid snat entry id: not found.
    InvalidSnatEntryIdNotFound,
    /// `ResourceNotFound.SnatEntry`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Resource not found: snat entry.
    ResourceNotFoundSnatEntry,
    /// `InvalidSslVpnClientCertId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid ssl vpn client cert id: not found.
    InvalidSslVpnClientCertIdNotFound,
    /// `IncorrectStatus.TrafficMirrorRule`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: traffic mirror rule.
    IncorrectStatusTrafficMirrorRule,
    /// `DependencyViolation.TrafficMirrorSession`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: traffic mirror session.
    DependencyViolationTrafficMirrorSession,
    /// `ResourceNotFound.TrafficMirrorRule`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: traffic mirror rule.
    ResourceNotFoundTrafficMirrorRule,
    /// `OperationDenied.OtherSubnetProcessing`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: other subnet processing.
    OperationDeniedOtherSubnetProcessing,
    /// `DependencyViolation`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation.
    DependencyViolation,
    /// `DependencyViolation.HaVip`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: ha vip.
    DependencyViolationHaVip,
    /// `DependencyViolation.RouteTable`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: route table.
    DependencyViolationRouteTable,
    /// `DependencyViolation.SNAT`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: SNAT.
    DependencyViolationSnat,
    /// `DeleteVSwitch.IncorrectStatus.cbnStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Delete v switch: incorrect status, cbn status.
    DeleteVSwitchIncorrectStatusCbnStatus,
    /// `AttrMismatching.NaclAndBindInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Attr mismatching: nacl and bind instance.
    AttrMismatchingNaclAndBindInstance,
    /// `InvalidResource.NotBinding`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource: not binding.
    InvalidResourceNotBinding,
    /// `DependencyViolation.NetworkAcl`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: network acl.
    DependencyViolationNetworkAcl,
    /// `DependencyViolation.EnhancedNatgw`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: enhanced natgw.
    DependencyViolationEnhancedNatgw,
    /// `DependencyViolation.ResourceShare`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: resource share.
    DependencyViolationResourceShare,
    /// `DependencyViolation.MulticastDomain`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: multicast domain.
    DependencyViolationMulticastDomain,
    /// `DependencyViolation.VSwitchCidrReservation`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Dependency violation: v switch cidr reservation.
    DependencyViolationVSwitchCidrReservation,
    /// `DependencyViolation.CloudService`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: cloud service.
    DependencyViolationCloudService,
    /// `OperationFailed.Ipv6InstanceExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: ipv6 instance exist.
    OperationFailedIpv6InstanceExist,
    /// `DependencyViolation.Ipv6Address`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: ipv6 address.
    DependencyViolationIpv6Address,
    /// `IncorrectVSwitchId`: HTTP 404; retry: never; category: not_found.
    /// Incorrect v switch id.
    IncorrectVSwitchId,
    /// `DependencyViolation.RouterInterface`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Dependency violation: router interface.
    DependencyViolationRouterInterface,
    /// `DependencyViolation.IpPrefix`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: ip prefix.
    DependencyViolationIpPrefix,
    /// `IncorrectStatus.CidrReservation`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: cidr reservation.
    IncorrectStatusCidrReservation,
    /// `ResourceNotFound.CidrReservation`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Resource not found: cidr reservation.
    ResourceNotFoundCidrReservation,
    /// `ResourceNotFound.VbrHa`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: vbr ha.
    ResourceNotFoundVbrHa,
    /// `DependencyViolation.RouterInterfaceReferedByRouteEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: router interface refered by route entry.
    DependencyViolationRouterInterfaceReferedByRouteEntry,
    /// `DependencyViolation.BgpGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: bgp group.
    DependencyViolationBgpGroup,
    /// `DependencyViolation.Nqa`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: nqa.
    DependencyViolationNqa,
    /// `DependencyViolation.BgpNetwork`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: bgp network.
    DependencyViolationBgpNetwork,
    /// `OperationUnsupported.VBRAttachedCen`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: VBR attached cen.
    OperationUnsupportedVbrAttachedCen,
    /// `InvalidStatus.vbrAttatchToEcr`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: vbr attatch to ecr.
    InvalidStatusVbrAttatchToEcr,
    /// `Forbidden.OperationDeleteNotAllowedByUser`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: operation delete not allowed by user.
    ForbiddenOperationDeleteNotAllowedByUser,
    /// `IncorrectStatus.VpcDhcpStatus`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: vpc dhcp status.
    IncorrectStatusVpcDhcpStatus,
    /// `DependencyViolation.GatewayEndpoint`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: gateway endpoint.
    DependencyViolationGatewayEndpoint,
    /// `DependencyViolation.Instance`: HTTP 404, 400; retry: never; category: not_found.
    /// Dependency violation: instance.
    DependencyViolationInstance,
    /// `DependencyViolation.VSwitch`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: v switch.
    DependencyViolationVSwitch,
    /// `DependencyViolation.SecurityGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: security group.
    DependencyViolationSecurityGroup,
    /// `DependencyViolation.RouteInterface`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: route interface.
    DependencyViolationRouteInterface,
    /// `DependencyViolation.Tunnel`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: tunnel.
    DependencyViolationTunnel,
    /// `DependencyViolation.NatGateway`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: nat gateway.
    DependencyViolationNatGateway,
    /// `InvalidAction`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid action.
    InvalidAction,
    /// `DependencyViolation.Ipv6Gateway`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: ipv6 gateway.
    DependencyViolationIpv6Gateway,
    /// `DependencyViolation.CloudServiceResource`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: cloud service resource.
    DependencyViolationCloudServiceResource,
    /// `DependencyViolation.ClassicLinkInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: classic link instance.
    DependencyViolationClassicLinkInstance,
    /// `DependencyViolation.DhcpOptionsSet`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: dhcp options set.
    DependencyViolationDhcpOptionsSet,
    /// `DependencyViolation.CustomRouteTable`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: custom route table.
    DependencyViolationCustomRouteTable,
    /// `DependencyViolation.Ipv4Gateway`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: ipv4 gateway.
    DependencyViolationIpv4Gateway,
    /// `DependencyViolation.GatewayRouteTable`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: gateway route table.
    DependencyViolationGatewayRouteTable,
    /// `DependencyViolation.AppAccess`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: app access.
    DependencyViolationAppAccess,
    /// `DependencyViolation.OppositeRouterInterface`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: opposite router interface.
    DependencyViolationOppositeRouterInterface,
    /// `DependencyViolation.TransitRouter`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: transit router.
    DependencyViolationTransitRouter,
    /// `DependencyViolation.Association`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: association.
    DependencyViolationAssociation,
    /// `IncorrectStatus.SystemPrefixList`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: system prefix list.
    IncorrectStatusSystemPrefixList,
    /// `OperationDenied.DeleteShareResource`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: delete share resource.
    OperationDeniedDeleteShareResource,
    /// `DependencyViolation.PrefixListRelation`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: prefix list relation.
    DependencyViolationPrefixListRelation,
    /// `DependencyViolation.ShareResource`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: share resource.
    DependencyViolationShareResource,
    /// `Vco.StatusNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Vco: status not support.
    VcoStatusNotSupport,
    /// `DependencyViolation.SslVpnServer`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: ssl vpn server.
    DependencyViolationSslVpnServer,
    /// `DependencyViolation.GreTunnel`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: gre tunnel.
    DependencyViolationGreTunnel,
    /// `VpnRouteEntry.Configuring`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpn route entry: configuring.
    VpnRouteEntryConfiguring,
    /// `DeletionProtection.ResourceNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Deletion protection: resource not exist.
    DeletionProtectionResourceNotExist,
    /// `DeletionProtection.PrePaidNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Deletion protection: pre paid not support.
    DeletionProtectionPrePaidNotSupport,
    /// `DeletionProtection.TypeNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Deletion protection: type not support.
    DeletionProtectionTypeNotSupport,
    /// `DeletionProtection.AlreadyEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Deletion protection: already enabled.
    DeletionProtectionAlreadyEnabled,
    /// `DeletionProtection.OwnerError`: HTTP 400; retry: never; category: invalid_argument.
    /// Deletion protection: owner error.
    DeletionProtectionOwnerError,
    /// `DeletionProtection.NotExist`: HTTP 404; retry: never; category: not_found.
    /// Deletion protection: not exist.
    DeletionProtectionNotExist,
    /// `IllegalParam.Day`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: day.
    IllegalParamDay,
    /// `InvalidAccessPointType.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid access point type: not support.
    InvalidAccessPointTypeNotSupport,
    /// `InvalidRegionId.NotSupport`: HTTP 404; retry: never; category: not_found.
    /// Invalid region id: not support.
    InvalidRegionIdNotSupport,
    /// `InvalidBandwidthPackageIdNumber.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bandwidth package id number: not supported.
    InvalidBandwidthPackageIdNumberNotSupported,
    /// `InvalidParam.NotNull`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: not null.
    InvalidParamNotNull,
    /// `Parameter.Illegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter: illegal.
    ParameterIllegal3,
    /// `Instance.StatusError`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: status error.
    InstanceStatusError,
    /// `VRouterId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// V router id: not found.
    VRouterIdNotFound,
    /// `Instance.NotExist`: HTTP 404, 400; retry: never; category: not_found.
    /// Instance: not exist.
    InstanceNotExist,
    /// `InvalidIAssociatedInstanceType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid i associated instance type: value not supported.
    InvalidIAssociatedInstanceTypeValueNotSupported,
    /// `InvalidChargeType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid charge type: value not supported.
    InvalidChargeTypeValueNotSupported,
    /// `InstanceType.Invalid`: HTTP 404, 400; retry: never; category: not_found.
    /// Instance type: invalid.
    InstanceTypeInvalid,
    /// `InstanceIdLength.Exceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance id length: exceed.
    InstanceIdLengthExceed,
    /// `InvalidTagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag key.
    InvalidTagKey,
    /// `InvalidTagValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag value.
    InvalidTagValue,
    /// `InvalidFilterValue`: HTTP 404; retry: never; category: not_found.
    /// Invalid filter value.
    InvalidFilterValue,
    /// `InvalidFilterKey.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid filter key: not found.
    InvalidFilterKeyNotFound,
    /// `InvalidLockReason.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid lock reason: not found.
    InvalidLockReasonNotFound,
    /// `InvalidParameter.TooMany`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: too many.
    InvalidParameterTooMany,
    /// `InvalidStartTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time: malformed.
    InvalidStartTimeMalformed,
    /// `InvalidEndTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end time: malformed.
    InvalidEndTimeMalformed,
    /// `InvalidPeriod.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid period: value not supported.
    InvalidPeriodValueNotSupported,
    /// `InvalidStartTime.TooEarly`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time: too early.
    InvalidStartTimeTooEarly,
    /// `OperationDenied.TooManyDataQueried`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: too many data queried.
    OperationDeniedTooManyDataQueried,
    /// `OperationFailed.QueryDbError`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: query db error.
    OperationFailedQueryDbError,
    /// `IllegalParam.Filter.Key`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: filter, key.
    IllegalParamFilterKey,
    /// `IllegalParam.Filter.Value`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: filter, value.
    IllegalParamFilterValue,
    /// `SystemQuotaConstraint.Filter.Value`: HTTP 400; retry: never; category: invalid_argument.
    /// System quota constraint: filter, value.
    SystemQuotaConstraintFilterValue,
    /// `SystemQuotaConstraint.Filter.Key`: HTTP 400; retry: never; category: invalid_argument.
    /// System quota constraint: filter, key.
    SystemQuotaConstraintFilterKey,
    /// `IllegalParam.FilterKey.ResourceType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: filter key, resource type.
    IllegalParamFilterKeyResourceType,
    /// `DESCRIBE_FORWARD_PARAM_INVALID`: HTTP 400; retry: never; category: invalid_argument.
    /// DESCRIBE FORWARD PARAM INVALID.
    DescribeForwardParamInvalid,
    /// `InvalidFilterKey.ValueNotSupported`: HTTP 404; retry: never; category: not_found.
    /// Invalid filter key: value not supported.
    InvalidFilterKeyValueNotSupported,
    /// `ProjectNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Project not exist.
    ProjectNotExist,
    /// `InvalidAction.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid action: not support.
    InvalidActionNotSupport,
    /// `BusinessStatus.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Business status: not support.
    BusinessStatusNotSupport,
    /// `Status.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Status: not support.
    StatusNotSupport,
    /// `IllegalParam.NetworkType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: network type.
    IllegalParamNetworkType,
    /// `InvalidRouteTable.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid route table: not found.
    InvalidRouteTableNotFound,
    /// `IllegalParam.RouteEntryType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: route entry type.
    IllegalParamRouteEntryType,
    /// `MissingParam.context`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: context.
    MissingParamContext,
    /// `MissingParam.aliUid`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: ali uid.
    MissingParamAliUid2,
    /// `MissingParam.bid`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: bid.
    MissingParamBid2,
    /// `OperationFailed.FilterParamUnderWrongRouteType`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: filter param under wrong route type.
    OperationFailedFilterParamUnderWrongRouteType,
    /// `IllegalParam.NextToken`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: next token.
    IllegalParamNextToken,
    /// `IllegalParam.NextTokenExpired`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: next token expired.
    IllegalParamNextTokenExpired,
    /// `OperationFailed.QueryCenEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: query cen entry.
    OperationFailedQueryCenEntry,
    /// `OperationDenied.UseGatewayRouteEntryQueryInterface`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: use gateway route entry query interface.
    OperationDeniedUseGatewayRouteEntryQueryInterface,
    /// `Abs.InvalidPayType`: HTTP 403; retry: never; category: permission_denied.
    /// Abs: invalid pay type.
    AbsInvalidPayType,
    /// `Abs.Forbidden`: HTTP 403; retry: never; category: permission_denied.
    /// Abs: forbidden.
    AbsForbidden,
    /// `Abs.InvalidPayPeriod`: HTTP 403; retry: never; category: permission_denied.
    /// Abs: invalid pay period.
    AbsInvalidPayPeriod,
    /// `InvalidVRouterId.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid v router id: not found.
    InvalidVRouterIdNotFound,
    /// `OperationFailed.DescribeCenRoute`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: describe cen route.
    OperationFailedDescribeCenRoute,
    /// `OperationFailed.VRouterNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: v router not exist.
    OperationFailedVRouterNotExist,
    /// `EndPoint.Empty`: HTTP 400; retry: never; category: invalid_argument.
    /// End point: empty.
    EndPointEmpty,
    /// `InvalidConnectionType.MalFormed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid connection type: mal formed.
    InvalidConnectionTypeMalFormed,
    /// `InvalidProductForm.MalFormed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid product form: mal formed.
    InvalidProductFormMalFormed,
    /// `InvalidRole.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid role: malformed.
    InvalidRoleMalformed,
    /// `InvalidBackendServerId.NotInVPC`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid backend server id: not in VPC.
    InvalidBackendServerIdNotInVpc,
    /// `InvalidBackendServerType.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid backend server type: not found.
    InvalidBackendServerTypeNotFound,
    /// `InvalidBackendServerId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid backend server id: not found.
    InvalidBackendServerIdNotFound,
    /// `DESCRIBE_SNAT_PARAM_INVALID`: HTTP 400; retry: never; category: invalid_argument.
    /// DESCRIBE SNAT PARAM INVALID.
    DescribeSnatParamInvalid,
    /// `BothEmpty.TagsAndResources`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Both empty: tags and resources.
    BothEmptyTagsAndResources,
    /// `MissingParameter.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: tag key.
    MissingParameterTagKey,
    /// `MissingParameter.TagValue`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: tag value.
    MissingParameterTagValue,
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
    /// `Forbidden.NotAllowedCategary`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: not allowed categary.
    ForbiddenNotAllowedCategary,
    /// `SizeLimitExceeded.ResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Size limit exceeded: resource id.
    SizeLimitExceededResourceId,
    /// `IllegalParam.OwnerId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: owner id.
    IllegalParamOwnerId,
    /// `InvalidVpcIdNumber.NotSupported`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid vpc id number: not supported.
    InvalidVpcIdNumberNotSupported,
    /// `InvalidVSwitchIdNumber.NotSupported`: HTTP 404; retry: never; category: not_found.
    /// Invalid v switch id number: not supported.
    InvalidVSwitchIdNumberNotSupported,
    /// `InvalidResourceGroupId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource group id: not found.
    InvalidResourceGroupIdNotFound,
    /// `QueryVpnConnectionLog.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Query vpn connection log: not found.
    QueryVpnConnectionLogNotFound,
    /// `ParamExclusive.SslVpnServerIdAndSslVpnClientCertId`: HTTP 400; retry: never; category: invalid_argument.
    /// Param exclusive: ssl vpn server id and ssl vpn client cert id.
    ParamExclusiveSslVpnServerIdAndSslVpnClientCertId,
    /// `OperationFailed.AttachmentNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: attachment not exist.
    OperationFailedAttachmentNotExist,
    /// `AttrMismatching.VpcDhcpOptionsSetId`: HTTP 400; retry: never; category: invalid_argument.
    /// Attr mismatching: vpc dhcp options set id.
    AttrMismatchingVpcDhcpOptionsSetId,
    /// `OperationUnsupported.DiagnoseVpn`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: diagnose vpn.
    OperationUnsupportedDiagnoseVpn,
    /// `OperationFailed.VpnGatewayDiagnosing`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vpn gateway diagnosing.
    OperationFailedVpnGatewayDiagnosing,
    /// `OperationFailed.StartDiagnose`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: start diagnose.
    OperationFailedStartDiagnose,
    /// `IllegalParam.PrivateSourceIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: private source ip.
    IllegalParamPrivateSourceIp,
    /// `IllegalParam.PrivateDestinationIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: private destination ip.
    IllegalParamPrivateDestinationIp,
    /// `MissingParam.NatGatewayId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: nat gateway id.
    MissingParamNatGatewayId,
    /// `OperationFailed.RegionNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: region not support.
    OperationFailedRegionNotSupport,
    /// `OperationFailed.NoPermission`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: no permission.
    OperationFailedNoPermission,
    /// `OperationFailed.NatGatewayNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: nat gateway not exist.
    OperationFailedNatGatewayNotExist,
    /// `OperationFailed.NatTypeInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: nat type invalid.
    OperationFailedNatTypeInvalid,
    /// `OperationFailed.NotExistAssociateRelation`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: not exist associate relation.
    OperationFailedNotExistAssociateRelation,
    /// `ResourceNotFound.Association`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: association.
    ResourceNotFoundAssociation,
    /// `ResourceNotFound.RouteEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: route entry.
    ResourceNotFoundRouteEntry,
    /// `InvalidAssociateRelation.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid associate relation: not found.
    InvalidAssociateRelationNotFound,
    /// `ALIUID.NOT.ALLOW.WITHOUT.SP`: HTTP 400; retry: never; category: invalid_argument.
    /// ALIUID: NOT, ALLOW, WITHOUT, SP.
    AliuidNotAllowWithoutSp,
    /// `ACCESS.DEVICE.NOT.ALLOW.WITHOUT.SP`: HTTP 400; retry: never; category: invalid_argument.
    /// ACCESS: DEVICE, NOT, ALLOW, WITHOUT, SP.
    AccessDeviceNotAllowWithoutSp,
    /// `Forbidden.EnableClassicLink`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: enable classic link.
    ForbiddenEnableClassicLink,
    /// `OperationFailed.Ipv4GatewayAlreadyActive.`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: ipv4 gateway already active.
    OperationFailedIpv4GatewayAlreadyActive,
    /// `OperationDenied.ConflictOfAllZeroRouting`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: conflict of all zero routing.
    OperationDeniedConflictOfAllZeroRouting,
    /// `OperationDenied.NatgatewayExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: natgateway exist.
    OperationDeniedNatgatewayExist,
    /// `OperationDenied.VpcHasAlreadyActive`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: vpc has already active.
    OperationDeniedVpcHasAlreadyActive,
    /// `param_error`: HTTP 400; retry: never; category: invalid_argument.
    /// Param error.
    ParamError,
    /// `MissingParam.DiagnoseInfo`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: diagnose info.
    MissingParamDiagnoseInfo,
    /// `IncorrectStatus.DiagnoseTimeout`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: diagnose timeout.
    IncorrectStatusDiagnoseTimeout,
    /// `IncorrectStatus.VpnConnectionDeleted`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: vpn connection deleted.
    IncorrectStatusVpnConnectionDeleted,
    /// `InvalidDiagnoseId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid diagnose id: not found.
    InvalidDiagnoseIdNotFound,
    /// `InvalidVpnGatewayId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid vpn gateway id: not found.
    InvalidVpnGatewayIdNotFound,
    /// `MissingParam.CenInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: cen instance id.
    MissingParamCenInstanceId,
    /// `IllegalParam.CenInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: cen instance id.
    IllegalParamCenInstanceId,
    /// `Invalid.Grant`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: grant.
    InvalidGrant,
    /// `QuotaExceeded.CbnGrantRules`: HTTP 404; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: cbn grant rules.
    QuotaExceededCbnGrantRules,
    /// `InvalidVbr.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid vbr: not found.
    InvalidVbrNotFound,
    /// `MissingParam.FullnatTableIdOrNatGatewayId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: fullnat table id or nat gateway id.
    MissingParamFullnatTableIdOrNatGatewayId,
    /// `ResourceNotFound.FullNatTable`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: full nat table.
    ResourceNotFoundFullNatTable,
    /// `MissingParam.ResourceType`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource type.
    MissingParamResourceType,
    /// `ResourceNotFound.EndpointServiceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: endpoint service id.
    ResourceNotFoundEndpointServiceId,
    /// `IllegalParam.MaxResults`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: max results.
    IllegalParamMaxResults,
    /// `OperationFailed.ClearAuthKeyForbidden`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: clear auth key forbidden.
    OperationFailedClearAuthKeyForbidden,
    /// `OperationUnsupported.VBRAttachedECR`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: VBR attached ECR.
    OperationUnsupportedVbrAttachedEcr,
    /// `MissingParam.BgpPeerId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: bgp peer id.
    MissingParamBgpPeerId,
    /// `InvalidBgpPeerId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid bgp peer id: not found.
    InvalidBgpPeerIdNotFound,
    /// `IncorretStatus.BgpPeer`: HTTP 404; retry: never; category: not_found.
    /// Incorret status: bgp peer.
    IncorretStatusBgpPeer,
    /// `InvalidCommonBandwidthPackageId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid common bandwidth package id: not found.
    InvalidCommonBandwidthPackageIdNotFound,
    /// `IncorrectStatus.ResourceStatus`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: resource status.
    IncorrectStatusResourceStatus,
    /// `Forbidden.ChargeTypeIsPrepaid`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: charge type is prepaid.
    ForbiddenChargeTypeIsPrepaid,
    /// `IncorrectStatus.CbwpModifying`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: cbwp modifying.
    IncorrectStatusCbwpModifying,
    /// `BandwidthPackage.FinancialLocked`: HTTP 404; retry: never; category: not_found.
    /// Bandwidth package: financial locked.
    BandwidthPackageFinancialLocked,
    /// `OrderError.BandwidthPackage`: HTTP 500; retry: never; category: internal.
    /// Order error: bandwidth package.
    OrderErrorBandwidthPackage,
    /// `OperationDenied.VpnFinancialLocked`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: vpn financial locked.
    OperationDeniedVpnFinancialLocked,
    /// `OperationDenied.VpnConfiguring`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: vpn configuring.
    OperationDeniedVpnConfiguring,
    /// `InsufficientBalance.Eip`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient balance: eip.
    InsufficientBalanceEip,
    /// `InvalidBandwidth.OutOfMaxTrafficBindedOnNatgw`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bandwidth: out of max traffic binded on natgw.
    InvalidBandwidthOutOfMaxTrafficBindedOnNatgw,
    /// `InvalidEipAddressName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid eip address name: malformed.
    InvalidEipAddressNameMalformed,
    /// `Abs.InvalidBandwidth.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Abs: invalid bandwidth, malformed.
    AbsInvalidBandwidthMalformed,
    /// `OperationFailed.ConcurrentRequest`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: concurrent request.
    OperationFailedConcurrentRequest,
    /// `Forbidden.InCommonBandwidthPackage`: HTTP 404; retry: after_fix; category: permission_denied.
    /// The request is forbidden: in common bandwidth package.
    ForbiddenInCommonBandwidthPackage,
    /// `InvalidEccId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ecc id: not found.
    InvalidEccIdNotFound,
    /// `IllegalParam.EccId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: ecc id.
    IllegalParamEccId,
    /// `InvalidEccApplication.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ecc application: not found.
    InvalidEccApplicationNotFound,
    /// `InvalidServiceProvider.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid service provider: malformed.
    InvalidServiceProviderMalformed,
    /// `IllegalParam.Distance`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: distance.
    IllegalParamDistance,
    /// `IllegalParam.CircuitCode`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: circuit code.
    IllegalParamCircuitCode,
    /// `IllegalParam.Type`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: type.
    IllegalParamType,
    /// `OperationUnsupported.Type`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: type.
    OperationUnsupportedType,
    /// `InvalidAccessPoint.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid access point: not found.
    InvalidAccessPointNotFound,
    /// `MissingParam.EccId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: ecc id.
    MissingParamEccId,
    /// `IncorrectStatus.EccApplication`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: ecc application.
    IncorrectStatusEccApplication,
    /// `OperationUnsupported.type`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: type.
    OperationUnsupportedType2,
    /// `IncorrectStatus.PconnIdList`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: pconn id list.
    IncorrectStatusPconnIdList,
    /// `IncorrectBusinessStatus.PconnIdList`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect business status: pconn id list.
    IncorrectBusinessStatusPconnIdList,
    /// `EcPconnWithVpconnNotAllowAssociateQoS`: HTTP 400; retry: never; category: invalid_argument.
    /// Ec pconn with vpconn not allow associate qo s.
    EcPconnWithVpconnNotAllowAssociateQoS,
    /// `EcPconnWithCrossAccountVbrNotAllowAssociateQoS`: HTTP 400; retry: never; category: invalid_argument.
    /// Ec pconn with cross account vbr not allow associate qo s.
    EcPconnWithCrossAccountVbrNotAllowAssociateQoS,
    /// `EcDeviceNotSupportQoS`: HTTP 400; retry: never; category: invalid_argument.
    /// Ec device not support qo s.
    EcDeviceNotSupportQoS,
    /// `InvalidTrafficType.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid traffic type: not found.
    InvalidTrafficTypeNotFound,
    /// `Forbidden.Already.Bounded`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: already, bounded.
    ForbiddenAlreadyBounded,
    /// `InvalidIp.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ip: not found.
    InvalidIpNotFound,
    /// `IncorretStatus.ForwardEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorret status: forward entry.
    IncorretStatusForwardEntry,
    /// `IllegalParam.AnyPortNotZero`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: any port not zero.
    IllegalParamAnyPortNotZero,
    /// `ResourceNotFound.NetworkInterfaceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: network interface id.
    ResourceNotFoundNetworkInterfaceId,
    /// `DependencyViolation.PrivateLinkMode`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: private link mode.
    DependencyViolationPrivateLinkMode,
    /// `InvalidGlobalAccelerationInstance.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid global acceleration instance: not found.
    InvalidGlobalAccelerationInstanceNotFound,
    /// `InvalidIPv6TranslatorAclEntryId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid IPv6 translator acl entry id: not found.
    InvalidIPv6TranslatorAclEntryIdNotFound,
    /// `InvalidBandwidth.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bandwidth: not support.
    InvalidBandwidthNotSupport,
    /// `InvalidBandwidth.DowngradeForbidden`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bandwidth: downgrade forbidden.
    InvalidBandwidthDowngradeForbidden,
    /// `InvalidBandwidth.NotChange`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bandwidth: not change.
    InvalidBandwidthNotChange,
    /// `IPv6TranslatorEntry.InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// IPv6 translator entry: invalid parameter.
    IPv6TranslatorEntryInvalidParameter,
    /// `InvalidIpv6AddressId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ipv6 address id: not found.
    InvalidIpv6AddressIdNotFound,
    /// `InvalidIpv6GatewayId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ipv6 gateway id: not found.
    InvalidIpv6GatewayIdNotFound,
    /// `OperationUnsupported.FinancialLocked`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: financial locked.
    OperationUnsupportedFinancialLocked,
    /// `OperationFailed.InternetBandwidthNonExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: internet bandwidth non exist.
    OperationFailedInternetBandwidthNonExist,
    /// `OperationFailed.BandwidthExceedLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: bandwidth exceed limit.
    OperationFailedBandwidthExceedLimit,
    /// `ParamExclusive.Ipv6AddressIdAndIpv6InternetBandwidthId`: HTTP 400; retry: never; category: invalid_argument.
    /// Param exclusive: ipv6 address id and ipv6 internet bandwidth id.
    ParamExclusiveIpv6AddressIdAndIpv6InternetBandwidthId,
    /// `OperationFailed.QuerySpInfo`: HTTP 500; retry: never; category: internal.
    /// Operation failed: query sp info.
    OperationFailedQuerySpInfo,
    /// `OperationFailed.SyncTradeResource`: HTTP 500; retry: never; category: internal.
    /// Operation failed: sync trade resource.
    OperationFailedSyncTradeResource,
    /// `UnsupportedFeature.IndirectConvertForVpcNat`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: indirect convert for vpc nat.
    UnsupportedFeatureIndirectConvertForVpcNat,
    /// `UnsupportedFeature.NormalNatModifyEipBindMode`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: normal nat modify eip bind mode.
    UnsupportedFeatureNormalNatModifyEipBindMode,
    /// `OperationDenied.EipBondTypeIsAlreadyNAT`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: eip bond type is already NAT.
    OperationDeniedEipBondTypeIsAlreadyNat,
    /// `UnsupportedFeature.IndirectConvertForFwNat`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: indirect convert for fw nat.
    UnsupportedFeatureIndirectConvertForFwNat,
    /// `QuotaExceeded.EipNumForModifyEipBondType`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: eip num for modify eip bond type.
    QuotaExceededEipNumForModifyEipBondType,
    /// `UnsupportedFeature.VpcNatSecurityProtectionEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: vpc nat security protection enabled.
    UnsupportedFeatureVpcNatSecurityProtectionEnabled,
    /// `OperationDenied.NatGatewayStatusInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: nat gateway status invalid.
    OperationDeniedNatGatewayStatusInvalid,
    /// `OperationDenied.EipStatusInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: eip status invalid.
    OperationDeniedEipStatusInvalid,
    /// `OperationDenied.SnatEntryStatusInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: snat entry status invalid.
    OperationDeniedSnatEntryStatusInvalid,
    /// `OperationDenied.DnatEntryStatusInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: dnat entry status invalid.
    OperationDeniedDnatEntryStatusInvalid,
    /// `UnsupportedFeature.MutilBindedTypeNatEnableFw`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: mutil binded type nat enable fw.
    UnsupportedFeatureMutilBindedTypeNatEnableFw,
    /// `OperationFailed.PrivateLinkMode`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: private link mode.
    OperationFailedPrivateLinkMode,
    /// `IllegalParam.SessionLogDeliveryDestination`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: session log delivery destination.
    IllegalParamSessionLogDeliveryDestination,
    /// `OperationFailed.LogDeliveryIsUnAuthorized`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: log delivery is un authorized.
    OperationFailedLogDeliveryIsUnAuthorized,
    /// `IllegalParam.SessionLogDeliveryType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: session log delivery type.
    IllegalParamSessionLogDeliveryType,
    /// `UnsupportedFeature.EnableSessionLog`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: enable session log.
    UnsupportedFeatureEnableSessionLog,
    /// `Forbidden.ModifyEipBondType`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: modify eip bond type.
    ForbiddenModifyEipBondType,
    /// `OperationFailed.ConfigSessionLog`: HTTP 500; retry: never; category: internal.
    /// Operation failed: config session log.
    OperationFailedConfigSessionLog,
    /// `NATGW_MODIFY_SPEC_SAME`: HTTP 400; retry: never; category: invalid_argument.
    /// NATGW MODIFY SPEC SAME.
    NatgwModifySpecSame,
    /// `OperationUnsupported.PayByLcuNatModifySpec`: HTTP 404; retry: never; category: not_found.
    /// Operation unsupported: pay by lcu nat modify spec.
    OperationUnsupportedPayByLcuNatModifySpec,
    /// `Forbidden.ModifySpecToSpecialSpec`: HTTP 404; retry: after_fix; category: permission_denied.
    /// The request is forbidden: modify spec to special spec.
    ForbiddenModifySpecToSpecialSpec,
    /// `Forbidden.ModifySpecToSpecialSpecForNormalNat`: HTTP 404; retry: after_fix; category: permission_denied.
    /// The request is forbidden: modify spec to special spec for normal nat.
    ForbiddenModifySpecToSpecialSpecForNormalNat,
    /// `OperationDenied.ModifyManagedRouteEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: modify managed route entry.
    OperationDeniedModifyManagedRouteEntry,
    /// `MissingParam.NewNextHopId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: new next hop id.
    MissingParamNewNextHopId,
    /// `IllegealParam.NextHopType`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegeal param: next hop type.
    IllegealParamNextHopType,
    /// `UnsupportedFeature.NormalTypeNatGateway`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: normal type nat gateway.
    UnsupportedFeatureNormalTypeNatGateway,
    /// `UnsupportedFeature.NextHopType`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: next hop type.
    UnsupportedFeatureNextHopType,
    /// `OperationDenied.NextHopExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: next hop exist.
    OperationDeniedNextHopExist,
    /// `MissingParam.NewNextHopType`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: new next hop type.
    MissingParamNewNextHopType,
    /// `UnsupportedFeature.ModifyRouteEntryNextHop`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: modify route entry next hop.
    UnsupportedFeatureModifyRouteEntryNextHop,
    /// `MissingParam.RouteEntryId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: route entry id.
    MissingParamRouteEntryId,
    /// `IllegalParam.RouteEntryName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: route entry name.
    IllegalParamRouteEntryName,
    /// `Abs.InvaliTableName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Abs: invali table name, malformed.
    AbsInvaliTableNameMalformed,
    /// `Abs.InvalidRouteTableId.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Abs: invalid route table id, not exist.
    AbsInvalidRouteTableIdNotExist,
    /// `InvalidOppositeRouterType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid opposite router type: value not supported.
    InvalidOppositeRouterTypeValueNotSupported,
    /// `LinkRole.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Link role: not support.
    LinkRoleNotSupport,
    /// `Forbbiden.ModifyIdAndType`: HTTP 400; retry: never; category: invalid_argument.
    /// The request is forbidden: modify id and type.
    ForbbidenModifyIdAndType,
    /// `InvalidParam.ModifyRouterInterface`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: modify router interface.
    InvalidParamModifyRouterInterface,
    /// `INSTANCE_IN_PROCESSIONG`: HTTP 400; retry: never; category: invalid_argument.
    /// INSTANCE IN PROCESSIONG.
    InstanceInProcessiong,
    /// `IllegalParam.HcThreshold`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: hc threshold.
    IllegalParamHcThreshold,
    /// `IllegalParam.HcRate`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: hc rate.
    IllegalParamHcRate,
    /// `InvalidHealthCheckIP.Malformd`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid health check IP: malformd.
    InvalidHealthCheckIpMalformd,
    /// `IllegalParam.HcSourceIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: hc source ip.
    IllegalParamHcSourceIp,
    /// `InvalidOppositeRegionId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid opposite region id: not found.
    InvalidOppositeRegionIdNotFound,
    /// `InvalidInstanceOwner.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance owner: error.
    InvalidInstanceOwnerError,
    /// `IllegalParam.chargeType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: charge type.
    IllegalParamChargeType2,
    /// `InvalidSpec.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid spec: value not supported.
    InvalidSpecValueNotSupported,
    /// `InvalidOpposite.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid opposite: not found.
    InvalidOppositeNotFound,
    /// `OperationUnsupported.EipForSnatPool`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: eip for snat pool.
    OperationUnsupportedEipForSnatPool,
    /// `OperationFailed.SnatIpsTooMany`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: snat ips too many.
    OperationFailedSnatIpsTooMany,
    /// `OperationFailed.CanNotUseEipInDnat`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: can not use eip in dnat.
    OperationFailedCanNotUseEipInDnat,
    /// `OperationFailed.CanNotUseNatIpInDnat`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: can not use nat ip in dnat.
    OperationFailedCanNotUseNatIpInDnat,
    /// `OperationFailed.GetIDaaSInfo`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: get i daa s info.
    OperationFailedGetIDaaSInfo,
    /// `ModifyIkeV1WithMultiRoutes.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Modify ike v1 with multi routes: invalid.
    ModifyIkeV1WithMultiRoutesInvalid,
    /// `InvalidVRouterName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v router name: malformed.
    InvalidVRouterNameMalformed,
    /// `InvalidVRouterDescription.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v router description: malformed.
    InvalidVRouterDescriptionMalformed,
    /// `OperationFailed.Ipv6AlreadyEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: ipv6 already enabled.
    OperationFailedIpv6AlreadyEnabled,
    /// `ParamExclusive.DisableIpv6AndIpv6CidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// Param exclusive: disable ipv6 and ipv6 cidr block.
    ParamExclusiveDisableIpv6AndIpv6CidrBlock,
    /// `IllegalParam.AssociatedPhysicalConnections`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: associated physical connections.
    IllegalParamAssociatedPhysicalConnections,
    /// `IllegalParam.MinTxInterval`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: min tx interval.
    IllegalParamMinTxInterval,
    /// `IllegalParam.MinRxInterval`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: min rx interval.
    IllegalParamMinRxInterval,
    /// `IllegalParam.DetectMultiplier`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: detect multiplier.
    IllegalParamDetectMultiplier,
    /// `Duplicated.PeerGatewayIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated: peer gateway ip.
    DuplicatedPeerGatewayIp,
    /// `IllegalParam.LocalGatewayIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: local gateway ip.
    IllegalParamLocalGatewayIp,
    /// `IllegalParam.PeerGatewayIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: peer gateway ip.
    IllegalParamPeerGatewayIp,
    /// `InvalidIp.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ip: malformed.
    InvalidIpMalformed2,
    /// `IncorrectStatus.VirtualBorderRouter`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: virtual border router.
    IncorrectStatusVirtualBorderRouter,
    /// `OperationDenied.VBRAssociateVPconn`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: VBR associate v pconn.
    OperationDeniedVbrAssociateVPconn,
    /// `OperationFailed.PhysicalConnectionFinancialLocked`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: physical connection financial locked.
    OperationFailedPhysicalConnectionFinancialLocked,
    /// `OperationFailed.PhysicalConnectionTerminated`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: physical connection terminated.
    OperationFailedPhysicalConnectionTerminated,
    /// `Forbidden.VbrNotAllowModifySiteLink`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: vbr not allow modify site link.
    ForbiddenVbrNotAllowModifySiteLink,
    /// `Forbidden.CircuitCodeNotAllowedByCaller`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: circuit code not allowed by caller.
    ForbiddenCircuitCodeNotAllowedByCaller,
    /// `Forbidden.VlanIdNotAllowedByCaller`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: vlan id not allowed by caller.
    ForbiddenVlanIdNotAllowedByCaller,
    /// `IllegalCidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal cidr block.
    IllegalCidrBlock,
    /// `InvalidRegion.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid region: malformed.
    InvalidRegionMalformed,
    /// `OperationUnsupported.DisableIpv6`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: disable ipv6.
    OperationUnsupportedDisableIpv6,
    /// `ParamExclusive.EnableIpv6AndCidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// Param exclusive: enable ipv6 and cidr block.
    ParamExclusiveEnableIpv6AndCidrBlock,
    /// `OperationFailed.ClassicLinkEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: classic link enabled.
    OperationFailedClassicLinkEnabled,
    /// `OperationFailed.IpV6VSwitchInuse`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: ip v6 v switch inuse.
    OperationFailedIpV6vSwitchInuse,
    /// `OperationFailed.Ipv6GatewayInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: ipv6 gateway in use.
    OperationFailedIpv6GatewayInUse,
    /// `OperationFailed.QueryCenIpv6Status`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: query cen ipv6 status.
    OperationFailedQueryCenIpv6Status,
    /// `OperationUnsupported.CenIpv6Enabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: cen ipv6 enabled.
    OperationUnsupportedCenIpv6Enabled,
    /// `ExclusiveParam.EnableIpv6AndCidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// Exclusive param: enable ipv6 and cidr block.
    ExclusiveParamEnableIpv6AndCidrBlock,
    /// `OperationDenied.RemoveCountExceedExistCount`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: remove count exceed exist count.
    OperationDeniedRemoveCountExceedExistCount,
    /// `OperationDenied.SystemPrefixList`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: system prefix list.
    OperationDeniedSystemPrefixList,
    /// `OperationFailed.OperateShareResource`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: operate share resource.
    OperationFailedOperateShareResource,
    /// `QuotaExceeded.PBR`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: PBR.
    QuotaExceededPbr,
    /// `OperationFailed.RouteConflictWithIPsecServer`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Operation failed: route conflict with i psec server.
    OperationFailedRouteConflictWithIPsecServer,
    /// `IllegalParam.TunnelId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: tunnel id.
    IllegalParamTunnelId,
    /// `IllegalParam.Role`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: role.
    IllegalParamRole,
    /// `OperationFailed.VpnConnectionExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vpn connection exist.
    OperationFailedVpnConnectionExist,
    /// `OperationFailed.InstanceStatusNotAllowed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: instance status not allowed.
    OperationFailedInstanceStatusNotAllowed,
    /// `OperationFailed.ExceedPurchaseLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: exceed purchase limit.
    OperationFailedExceedPurchaseLimit,
    /// `Forbidden.RAM`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: RAM.
    ForbiddenRam,
    /// `OperationFailed.AliGroupUserCanNotBuyInnerCommodity`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: ali group user can not buy inner commodity.
    OperationFailedAliGroupUserCanNotBuyInnerCommodity,
    /// `Order.NoRealNameAuthentication`: HTTP 400; retry: never; category: invalid_argument.
    /// Order: no real name authentication.
    OrderNoRealNameAuthentication,
    /// `PURCHASE_QUANTITY_LIMIT`: HTTP 400; retry: never; category: invalid_argument.
    /// PURCHASE QUANTITY LIMIT.
    PurchaseQuantityLimit,
    /// `InvalidOperation.OrderOpened`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: order opened.
    InvalidOperationOrderOpened,
    /// `InvalidVpnRouteEntry.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vpn route entry: not found.
    InvalidVpnRouteEntryNotFound,
    /// `OperationFailed.InvalidStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: invalid status.
    OperationFailedInvalidStatus,
    /// `ResourceNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFound,
    /// `OperationDenied.TerminateVirtualPhysicalConnection`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: terminate virtual physical connection.
    OperationDeniedTerminateVirtualPhysicalConnection,
    /// `OperationDenied.PconnNotAllowRecover`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: pconn not allow recover.
    OperationDeniedPconnNotAllowRecover,
    /// `OperationFailed.VlanIdAlreadyInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vlan id already in use.
    OperationFailedVlanIdAlreadyInUse,
    /// `Forbidden.OperationRecoverNotAllowedByUser`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: operation recover not allowed by user.
    ForbiddenOperationRecoverNotAllowedByUser,
    /// `TaskConflict.AssociateGlobalAccelerationInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Task conflict: associate global acceleration instance.
    TaskConflictAssociateGlobalAccelerationInstance,
    /// `Forbidden.ReleaseSegmentEip`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: release segment eip.
    ForbiddenReleaseSegmentEip,
    /// `OperationFailed.EipNumInconsistent`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: eip num inconsistent.
    OperationFailedEipNumInconsistent,
    /// `OperationFailed.EipStatusInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: eip status invalid.
    OperationFailedEipStatusInvalid,
    /// `OperationFailed.EipInBwp`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: eip in bwp.
    OperationFailedEipInBwp,
    /// `Forbidden.EipInBwp`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: eip in bwp.
    ForbiddenEipInBwp,
    /// `ResourceNotFound.Ipv6InstanceId`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: ipv6 instance id.
    ResourceNotFoundIpv6InstanceId,
    /// `IpInstanceId.NotBandwidthPackage`: HTTP 400; retry: never; category: invalid_argument.
    /// Ip instance id: not bandwidth package.
    IpInstanceIdNotBandwidthPackage,
    /// `DependencyViolation.ip`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: ip.
    DependencyViolationIp,
    /// `EIP_BIND_NATGATEWAY`: HTTP 400; retry: never; category: invalid_argument.
    /// EIP BIND NATGATEWAY.
    EipBindNatgateway,
    /// `OperationFailed.SnatPoolIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: snat pool ip.
    OperationFailedSnatPoolIp,
    /// `FAILED_INVOKE_INNER_API`: HTTP 400; retry: never; category: invalid_argument.
    /// FAILED INVOKE INNER API.
    FailedInvokeInnerApi,
    /// `OperationUnsupported.IpNotInCbwp`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: ip not in cbwp.
    OperationUnsupportedIpNotInCbwp,
    /// `InvalidIpInstanceId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ip instance id: malformed.
    InvalidIpInstanceIdMalformed,
    /// `OperationUnsupported.EipBindRemote`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: eip bind remote.
    OperationUnsupportedEipBindRemote,
    /// `IPv6TranslatorAcl.DeleteLastEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// IPv6 translator acl: delete last entry.
    IPv6TranslatorAclDeleteLastEntry,
    /// `ResourceNotAssociated.TrafficMirrorSource`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not associated: traffic mirror source.
    ResourceNotAssociatedTrafficMirrorSource,
    /// `EcGrantRelation.NotExist`: HTTP 404; retry: never; category: not_found.
    /// Ec grant relation: not exist.
    EcGrantRelationNotExist,
    /// `IllegalParam.CompanyLocalizedName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: company localized name.
    IllegalParamCompanyLocalizedName,
    /// `OperationDenied.LOAForVirtualPhysicalConnection`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: LOA for virtual physical connection.
    OperationDeniedLoaForVirtualPhysicalConnection,
    /// `MissingParam.ConstructionTime`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: construction time.
    MissingParamConstructionTime,
    /// `HdMonitorEipNumberOverLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Hd monitor eip number over limit.
    HdMonitorEipNumberOverLimit,
    /// `IncorrectStatus.OnlyForInit`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: only for init.
    IncorrectStatusOnlyForInit,
    /// `IncorrectStatus.OnlyForTesting`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: only for testing.
    IncorrectStatusOnlyForTesting,
    /// `InvalidTagScope.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag scope: not found.
    InvalidTagScopeNotFound,
    /// `MissingParam.Tags`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: tags.
    MissingParamTags,
    /// `Forbidden.VbrAttached`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: vbr attached.
    ForbiddenVbrAttached,
    /// `OperationFailed.VpconnAttached`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vpconn attached.
    OperationFailedVpconnAttached,
    /// `Forbidden.OperationTerminateNotAllowedByUser`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: operation terminate not allowed by user.
    ForbiddenOperationTerminateNotAllowedByUser,
    /// `InvalidIpStatus.HasBeenUsedBySnatTable`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ip status: has been used by snat table.
    InvalidIpStatusHasBeenUsedBySnatTable,
    /// `InvalidIpStatus.HasBeenUsedByForwardEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ip status: has been used by forward entry.
    InvalidIpStatusHasBeenUsedByForwardEntry,
    /// `InvalidStatus.SnatOrDnat`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: snat or dnat.
    InvalidStatusSnatOrDnat,
    /// `InvalidBindInstance.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid bind instance: not found.
    InvalidBindInstanceNotFound,
    /// `ResourceNotAssociated`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not associated.
    ResourceNotAssociated,
    /// `Forbidden.UnassociateMaster`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: unassociate master.
    ForbiddenUnassociateMaster,
    /// `HA.VIP.NOT.ASSOCIATED.WITH.INSTANCE`: HTTP 400; retry: never; category: invalid_argument.
    /// HA: VIP, NOT, ASSOCIATED, WITH, INSTANCE.
    HaVipNotAssociatedWithInstance,
    /// `ResourceNotFound.Instance`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: instance.
    ResourceNotFoundInstance,
    /// `Mismatch.NetworkAclAndVSwitch`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: network acl and v switch.
    MismatchNetworkAclAndVSwitch,
    /// `PARAMETER_MUST_NOT_NULL`: HTTP 400; retry: never; category: invalid_argument.
    /// PARAMETER MUST NOT NULL.
    ParameterMustNotNull,
    /// `PHYSICAL_NOT_ASSOCIATE_TO_VBR`: HTTP 400; retry: never; category: invalid_argument.
    /// PHYSICAL NOT ASSOCIATE TO VBR.
    PhysicalNotAssociateToVbr,
    /// `ROUTER_INTERFACE_REFERED_BY_ROUTEENTRY`: HTTP 400; retry: never; category: invalid_argument.
    /// ROUTER INTERFACE REFERED BY ROUTEENTRY.
    RouterInterfaceReferedByRouteentry,
    /// `InvalidBindingStatus.RouteTable`: HTTP 404; retry: never; category: not_found.
    /// Invalid binding status: route table.
    InvalidBindingStatusRouteTable,
    /// `OperationUnsupported.SystemRouteTable`: HTTP 404; retry: never; category: not_found.
    /// Operation unsupported: system route table.
    OperationUnsupportedSystemRouteTable,
    /// `InvalidStatus.VSwitch`: HTTP 404; retry: never; category: not_found.
    /// Invalid status: v switch.
    InvalidStatusVSwitch,
    /// `OperationFailed.VSwitchNotAssociate`: HTTP 404; retry: never; category: not_found.
    /// Operation failed: v switch not associate.
    OperationFailedVSwitchNotAssociate,
    /// `OperationFailed.Ipv6Gateway`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: ipv6 gateway.
    OperationFailedIpv6Gateway,
    /// `InvalidSecondaryCidrBlock.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid secondary cidr block: not found.
    InvalidSecondaryCidrBlockNotFound,
    /// `OperationFailed.CidrInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: cidr in use.
    OperationFailedCidrInUse,
    /// `InvalidIpv6CidrBlock.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ipv6 cidr block: not found.
    InvalidIpv6CidrBlockNotFound,
    /// `OperationDenied.UpdateGatewayRouteEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: update gateway route entry.
    OperationDeniedUpdateGatewayRouteEntry,
    /// `IllegalParam.DestCidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: dest cidr block.
    IllegalParamDestCidrBlock,
    /// `IncorrectStatus.Vswitch`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: vswitch.
    IncorrectStatusVswitch2,
    /// `IncorrectStatus.NextHop`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: next hop.
    IncorrectStatusNextHop,
    /// `OperationDenied.NextHopTypeNonsupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: next hop type nonsupport.
    OperationDeniedNextHopTypeNonsupport,
    /// `OperationDenied.LocalEntryCanOnlyModifyNextHop`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: local entry can only modify next hop.
    OperationDeniedLocalEntryCanOnlyModifyNextHop,
    /// `ExclusiveParam.NextHopTypeAndNextHopId`: HTTP 400; retry: never; category: invalid_argument.
    /// Exclusive param: next hop type and next hop id.
    ExclusiveParamNextHopTypeAndNextHopId,
    /// `OperationUnsupported.OnlySupportNormalNetworkInterface`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: only support normal network interface.
    OperationUnsupportedOnlySupportNormalNetworkInterface,
    /// `OperationUnsupported.NatConvert`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: nat convert.
    OperationUnsupportedNatConvert,
    /// `NATGW_NOT_EXIST`: HTTP 400; retry: never; category: invalid_argument.
    /// NATGW NOT EXIST.
    NatgwNotExist,
    /// `OperationFailed.VswNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vsw not exist.
    OperationFailedVswNotExist,
    /// `OperationFailed.NatTypeNotEnhanced`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: nat type not enhanced.
    OperationFailedNatTypeNotEnhanced,
    /// `OperationFailed.NatGwBindWithBandwidthPackage`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: nat gw bind with bandwidth package.
    OperationFailedNatGwBindWithBandwidthPackage,
    /// `OperationFailed.EipInMiddleStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: eip in middle status.
    OperationFailedEipInMiddleStatus,
    /// `OperationFailed.SnatInMiddleStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: snat in middle status.
    OperationFailedSnatInMiddleStatus,
    /// `OperationFailed.DnatInMiddleStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: dnat in middle status.
    OperationFailedDnatInMiddleStatus,
    /// `OperationFailed.NatGwRouteInMiddleStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: nat gw route in middle status.
    OperationFailedNatGwRouteInMiddleStatus,
    /// `OperationFailed.EnhancedRegion`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: enhanced region.
    OperationFailedEnhancedRegion,
    /// `OperationUnsupported.VpcAttachedCen`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: vpc attached cen.
    OperationUnsupportedVpcAttachedCen,
    /// `OperationUnsupported.RouterInterfaceExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: router interface exist.
    OperationUnsupportedRouterInterfaceExist,
    /// `OperationFailed.SnatQuotaExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: snat quota exceed.
    OperationFailedSnatQuotaExceed,
    /// `OperationFailed.DnatQuotaExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: dnat quota exceed.
    OperationFailedDnatQuotaExceed,
    /// `OperationFailed.VswBindedRouteTable`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vsw binded route table.
    OperationFailedVswBindedRouteTable,
    /// `OperationFailed.VswBindedAcl`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vsw binded acl.
    OperationFailedVswBindedAcl,
    /// `Forbidden.Convert`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: convert.
    ForbiddenConvert,
    /// `ParameterMissing.Port`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter missing: port.
    ParameterMissingPort,
    /// `ParameterIllegal.Port`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal: port.
    ParameterIllegalPort,
    /// `ParameterIllegal.Policy`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal: policy.
    ParameterIllegalPolicy,
    /// `ParameterMissing.Policy`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter missing: policy.
    ParameterMissingPolicy,
    /// `ParameterIllegal.Protocol`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal: protocol.
    ParameterIllegalProtocol,
    /// `ParameterMissing.Protocol`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter missing: protocol.
    ParameterMissingProtocol,
    /// `ParameterIllegal.SourceCidrIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal: source cidr ip.
    ParameterIllegalSourceCidrIp,
    /// `ParameterMissing.SourceCidrIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter missing: source cidr ip.
    ParameterMissingSourceCidrIp,
    /// `ParameterIllegal.DestinationCidrIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal: destination cidr ip.
    ParameterIllegalDestinationCidrIp,
    /// `ParameterMissing.DestinationCidrIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter missing: destination cidr ip.
    ParameterMissingDestinationCidrIp,
    /// `QuotaExceed.NetworkAclEntry`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: network acl entry.
    QuotaExceedNetworkAclEntry,
    /// `IllegalParam.IngressAclEntryId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: ingress acl entry id.
    IllegalParamIngressAclEntryId,
    /// `IllegalParam.EgressAclEntryId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: egress acl entry id.
    IllegalParamEgressAclEntryId,
    /// `IllegalParam.SourceCidrIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: source cidr ip.
    IllegalParamSourceCidrIp,
    /// `IllegalParam.Policy`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: policy.
    IllegalParamPolicy,
    /// `IllegalParam.Protocol`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: protocol.
    IllegalParamProtocol,
    /// `IllegalParam.DestinationCidrIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: destination cidr ip.
    IllegalParamDestinationCidrIp,
    /// `OperationFailed.Vpconn`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vpconn.
    OperationFailedVpconn,
    /// `MissingParam.regionNo`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: region no.
    MissingParamRegionNo2,
    /// `QuotaExceeded.VirtualBorderRouterBandwidth`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: virtual border router bandwidth.
    QuotaExceededVirtualBorderRouterBandwidth,
    /// `OperationUnsupported.SetMultiPconnBandwidth`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: set multi pconn bandwidth.
    OperationUnsupportedSetMultiPconnBandwidth,
    /// `OperationUnsupported.ModifyBandwidth`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: modify bandwidth.
    OperationUnsupportedModifyBandwidth,
    /// `Forbidden.PhysicalConnection`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: physical connection.
    ForbiddenPhysicalConnection,
    /// `IncorrectStatus.VBR`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: VBR.
    IncorrectStatusVbr,
    /// `OperationDenied.PrivateLinkNotEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: private link not enabled.
    OperationDeniedPrivateLinkNotEnabled,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 1763] = [
        "IncorrectRIStatus",
        "Forbidden.FinancialLocked",
        "OperationFailed.PconnTrafficNotEnable",
        "Forbbiden",
        "NotSupportLinkrole",
        "OppositeRouterInterfaceIsDeleted",
        "InvalidRegionId.NotFound",
        "InvalidRouterInterfaceId.NotFound",
        "IncorrectBusinessStatus.FlowLog",
        "InvalidInstanceId",
        "InvalidStatus",
        "InvalidInstanceId.NotFound",
        "IncorrectStatus.flowlog",
        "Forbidden.OperateManagedFlowLog",
        "OperationDenied.FlowLogDeliverFailed",
        "QuotaExceeded.Bgp",
        "QuotaExceeded.Nqa",
        "QuotaExceeded.BgpNetwork",
        "InvalidPeerIpAddress",
        "InvalidVbrNetwork",
        "InvalidBgpGroup",
        "InvalidBgpName.Malformed",
        "InvalidBgpDiscription.Malformed",
        "InvalidBgpAuthkey.Malformed",
        "InvalidIP.Malformed",
        "InvalidPeerAsn.Malformed",
        "InvalidParams.NotNull",
        "InvalidParams.NotFound",
        "InvalidParams.AlreadyExists",
        "InvalidStatus.CannotOperate",
        "InvalidParams.PeerIpAddressMustPointOut",
        "InvalidParams.PeerIpAddressInUse",
        "Duplicated.CidrBlock",
        "InvalidIP.IpInSnatPool",
        "InvalidDestCidrBlock.Malformed",
        "IllegalParam.ConflictWithDClass",
        "OperationFailed.NoActiveRouterInterface",
        "OperationDenied.SecurityProtectionTypesInconsistent",
        "IpInstanceId.AlreadyInBandwidthPackage",
        "IpInstanceId.BizStatusInvalid",
        "IpInstanceId.ChargeType.NotSupport",
        "BandwidthPackageId.InvalidBizStatus",
        "IpInstanceId.QuotaExceeded",
        "EipOperation.TooFrequently",
        "TaskConflict",
        "IncorrectStatus.Eip",
        "OperationUnsupported.IpType",
        "ParamExclusive.IpInstanceIdAndBandwidthPackageId",
        "InvalidBandwidthPackage.NotExist",
        "OperationFailed.DistibuteLock",
        "OperationFailed.ZoneIdInconsistent",
        "AttrMismatching.BandwidthPackageIpVersion",
        "InvalidBandwidthPackageId.NotFound",
        "InvalidEIPStatus.BizDisabled",
        "Mismatch.CloudBoxCbwpZoneAndEipZone",
        "InvalidIpInstanceId.NotFound",
        "IpInstanceId.InvalidIpInternetChargeType",
        "BandwidthPackageId.InvalidBandwidth",
        "EIP_ALREADY_IN_BANDWIDTHPACKAGE",
        "IpInstanceId.StatusNotAvailable",
        "InvalidIpAddress.WrongFormat",
        "InvalidIPv6TranslatorAclId.NotFound",
        "InvalidEntryComment",
        "Resource.QuotaFull",
        "Forbbiden.SubUser",
        "Forbidden",
        "IllegalParam.CidrBlock",
        "IllegalParam.CidrBlockMask",
        "IncorrectStatus.PublicIpAddressPool",
        "ResourceNotFound.CidrBlock",
        "OperationDenied.CidrBlockBelongToOtherUser",
        "ResourceNotFound.PublicIpAddressPool",
        "QuotaExceeded.PoolIpQuantity",
        "OperationDenied.OperateSharedResource",
        "MissingParam.CidrBlockOrCidrMask",
        "DuplicatedParam.CidrBlockAndCidrMask",
        "IncorrectBusinessStatus.TrafficMirror",
        "OptInRequired.TrafficMirror",
        "DuplicatedParam.SourceInstanceIds",
        "ResourceNotFound.TrafficMirrorSession",
        "IncorrectStatus.TrafficMirrorSession",
        "ResourceAlreadyAssociated.TrafficMirrorSource",
        "ResourceNotFound.NetworkInterface",
        "ResourceNotFound.EcsInstance",
        "OperationDenied.EcsNotSupportTrafficMirror",
        "OperationDenied.DuplicateRole",
        "QuotaExceeded.NetworkInterfaceRelatedSession",
        "OperationDenied.FreeNetworkInterface",
        "QuotaExceeded.SourceNumPerSession",
        "QuotaExceeded.SourceNumPerTarget",
        "OperationUnsupported.BondingNetworkInterface",
        "OperationDenied.UnsupportedTargetType",
        "COMMODITY_NO_EXIST",
        "QuotaExceeded.Eip",
        "InvalidParameter",
        "InsufficientBalance",
        "ReserveIpFail",
        "InvalidRegion.NotSupport",
        "InvalidBandwidth.Malformed",
        "INSTANCE_TYPE_NOT_SUPPORT",
        "QueryParameter.Illegal",
        "TokenVerfiy.Failed",
        "OrderFailed",
        "QuotaExceeded.LargeSpecEip",
        "InvalidResourceGroupId",
        "PAYFOR.CREDIT_PAY_INSUFFICIENT_BALANCE",
        "SYSTEM.SALE_VALIDATE_UNEXPECTED_ERROR",
        "Trade_Sync_Create_Sub_ERROR",
        "InvalidComponent.EipBandwidthMax",
        "OperationFailed.RiskControl",
        "OperationFailed.SaleValidate",
        "IllegalParam.OrderParamComponent",
        "OperationFailed.SaleExpression",
        "OperationFailed.CompleteUserInfo",
        "OperationFailed.QueryPrice",
        "OperationFailed.InsufficientEIP",
        "OperationFailed.InvokeInnerApi",
        "OperationFailed.AccountMoneyInvalid",
        "OperationFailed.QueryCredtiInfo",
        "FrequentPurchase.EIP",
        "OperationFailed.QueryUserLabel",
        "PAY.INSUFFICIENT_BALANCE",
        "PAY.MAYI_WITHHOLDING_AGREEMENT_ILLEGAL",
        "OrderError.EIP",
        "IellgalParameter.OwnerAccount",
        "ResourceNotEnough.PublicIpAddressPool",
        "Mismatch.IpAndPublicIpAddressPool",
        "CreditPayInsufficientBalance",
        "OperationDenied.NotOpenDdosOriginProtectService",
        "IllegalParam.Isp",
        "AccountMoneyValidateError",
        "OrderFailed.ConcurrentOperate",
        "OperationFailed.BasicInfoUncompleted",
        "OperationFailed.QuotaNotEnough",
        "ExclusiveParam.ZoneAndPublicIpAddressPoolId",
        "IllegalParam.Zone",
        "OperationFailed.AllocateUnfamiliarIp",
        "Ip.Allocated",
        "IncorrectStatus.Ip",
        "UnsupportedFeature.AllocateEipAddressWithZone",
        "ResourceNotFound.Ip",
        "OperationFailed.CreditPayInsufficientBalance",
        "OperationFailed.ResourceNotEnough",
        "IllegalParam.Bandwidth",
        "OperationFailed.IpIsLocked",
        "Mismatch.EipSecurityProtectionTypeAndPoolSecurityProtectionType",
        "IllegalParam.SecurityProtectionTypes",
        "IllegalParam.ServiceLocation",
        "UnsupportedFeature.Isp",
        "ExclusiveParam.ZoneAndIpAddress",
        "FUWU_BIZ_COMMODITY_VERIFY_FAIL",
        "OperationConflict",
        "InternalError",
        "OperationFailed.SystemBusy",
        "SYSTEM.UNKNOWN.ERROR",
        "Invalid.Reserve.Ip",
        "Ip.Keeped",
        "INVALID_INSTANCE_STATUS",
        "OperationFailed.InstanceNotExist",
        "InvalidStatus.ValueNotSupported",
        "OperationDenied.IpBelongToOtherUser",
        "Mismatch.IpAndIsp",
        "IllegalParam.IpAddress",
        "ORDER.QUANTITY_INVALID",
        "OperationFailed.ChargeTypeInvalid",
        "IllegalParam.EipMask",
        "IllegalParam.Name",
        "IllegalParam.Description",
        "InstanceExist.EipSegment",
        "OperationFailed.QuotaExceed",
        "OperationFailed.FrequentPurchase",
        "OperationFailed.AllocateEipSegment",
        "OperationFailed.CreateOrderFailed",
        "MissingParam.Bandwidth",
        "OperationFailed.EipQuotaExceed",
        "OperationFailed.IPv6AddressAlreadyAllocated",
        "OperationFailed.AddressNotInVSwitchCidr",
        "OperationFailed.IPv6Disabled",
        "ResourceNotFound.VSwitch",
        "MissingParam.Ipv6InstanceId",
        "InvalidIpv6Instance.NotFound",
        "IllegalParam.ChargeType",
        "IllegalParam.InternetChargeType",
        "OperationUnsupported.PrePaid",
        "OperationFailed.Ipv6GatewayDisMatchIpv6Address",
        "OperationFailed.InternetBandwidthAlreadyExisted",
        "OperationFailed.Ipv6GatewayNotExist",
        "IncorrectStatus.Ipv6Instance",
        "IllegalParam.Ipv6Address",
        "UnsupportedFeature.InternetChargeTypeOnFreeIpv6Address",
        "UnsupportedFeature.InternetChargeTypeOnStaticIsp",
        "OperationUnsupported.ULA",
        "OperationFailed.OpenCdtServiceFirst",
        "ResourceNotFound.Ipv6Address",
        "OperationFailed.QueryAccountInfo",
        "SystemBusy",
        "OperationUnsupported.Ipv6Feature",
        "UnsupportedFeature.Ipv6Isp",
        "IllegalParam.AddressPoolType",
        "ResourceNotEnough.Ipv6Cidr",
        "IllegalParam.Ipv6Cidr",
        "Unavailable.Ipv6Cidr",
        "MissingParam.AliUid",
        "MissingParam.InstanceId",
        "MissingParam.RegionNo",
        "MissingParam.PMInfo",
        "IllegalParam.LineOperator",
        "IllegalParam.LineType",
        "IllegalParam.PeerLocation",
        "IllegalParam.PmCertificateType",
        "IllegalParam.PmCertificateNo",
        "IllegalParam.PmContactInfo",
        "IllegalParam.PmGender",
        "IllegalParam.PmName",
        "IllegalParam.Si",
        "InvalidConstructionTime.Malformed",
        "IncorrectStatus.PhysicalConnectionLOA",
        "IncorrectStatus.PhysicalConnection",
        "IllegalParam.CompanyName",
        "InvalidAssociation.Duplicated",
        "OperationDenied",
        "InvalidParameter.Mismatch",
        "IncorrectEipStatus",
        "IncorrectInstanceStatus",
        "InvalidInstanceType.ValueNotSupported",
        "IncorrectHaVipStatus",
        "InvalidBindingStatus",
        "BIND_INSTANCE_HAVE_PORTMAP_OR_BIND_EIP",
        "EIP_CAN_NOT_ASSOCIATE_WITH_PUBLIC_IP",
        "BIND_INSTANCE_OWENER_ERROR",
        "NATGATEWAY_FINANCIALLOCKED",
        "InvalidParameter.InstanceTypeNotSupport",
        "QuotaExceeded.NumberOfTrafficEip",
        "QuotaExceeded.NumberOfEip",
        "Forbidden.EipCanNotBindGatgw",
        "InvalidAction.Denied",
        "InstanceType.NotSupport",
        "BindInstance.NotSupported",
        "Forbidden.InstanceBandwidthNotZero",
        "ServerRegion.Invalid",
        "Eni.Attached",
        "Eni.HasSubIp",
        "Invalid.DirectEip.BindType",
        "InvalidStatus.EcsStatusNotSupport",
        "Invalid.Function.NotSupported",
        "InvalidStatus.EniStatusNotSupport",
        "InvalidParameter.EniInstanceId",
        "InvalidNexthop.DirectEni",
        "Mode.Conflict",
        "Mode.NotSupport",
        "QuotaExceed.MultiBindedEip",
        "OperationFailed.EniSubIp",
        "InvalidEip.EipQuotaExceeded",
        "OperationFailed.QueryCommodityInfo",
        "OperationUnsupported.MultiIp",
        "InvalidNicOrVm.NotFound",
        "OperationUnsupported.EipBindModel",
        "IncorrectStatus.NatGateway",
        "EipBindRemote.BackendRegionMustBeSingle",
        "InvalidParameter.BindingInstanceRegion",
        "OperationFailed.HavipBoundPortmap",
        "IllegalParam.Mode",
        "InvalidStatus.NotAllow",
        "InvalidInstance.NotExist",
        "ResourceQueryError",
        "InvalidStatus.InstanceHasBandWidth",
        "OperationDenied.CloudBoxResourceExist",
        "OperationDenied.CloudBoxVSwitchExist",
        "OperationDenied.NoAvailablePrivateIp",
        "UnsupportedRegion",
        "ResourceAlreadyAssociated.IpAddress",
        "OperationFailed.Ipv4GatewayNotOpenedInVpc",
        "OperationFailed.Ipv4GatewayNotActivatedInVpc",
        "OperationDenied.L2EipBindIpAddress",
        "UnsupportedFeature.EipBindIpAddress",
        "OperationDenied.Ipv4GatewayExist",
        "OperationFailed.EipBindModeConflict",
        "OperationFailed.EcsMigrating",
        "OperationFailed.IpPrefixConflict",
        "UnsupportedFeature.EipBindPrefixIp",
        "OperationDenied.UnsupportedEipBindMode",
        "OperationDenied.Unauthorized",
        "OperationFailed.PrivateIpAddressNotExist",
        "InvalidAllocationId.NotFound",
        "InvalidInstanId.NotFound",
        "Forbidden.RegionNotFound",
        "OperationDenied.VpcIpv4GatewayEnabled",
        "ServiceUnavailable",
        "InvalidEipBandwidth.OutOfMaxValue",
        "EipBatchBind.TypeNotSupport",
        "OperationFailed.RegionNotMatch",
        "OperationUnsupported.BindOnFreeNetworkInterface",
        "OperationUnsupported.BindMultipleType",
        "OperationUnsupported.BindOnMultipleVswitch",
        "InvalidVip.Status",
        "CountLimitExceed.HaVipOnInstance",
        "CountLimitExceeded.HaVipOnECSInstance",
        "InvalidNetworkInterfaceId.NotFound",
        "OperationFailed.QueryNetworkInterfaceInfo",
        "IllegalParam.InstanceType",
        "OperationUnsupported.BindOnSameEcs",
        "OperationUnsupported.HavipBindType",
        "OperationDenied.BindOnSameEcs",
        "Forbidden.HaVip",
        "InvalidHaVip.Exist",
        "InvalidHaVipId.NotFound",
        "QuotaExceeded.HaVipBindInstance",
        "ParameterMissing.AliUid",
        "ParameterMissing.Bid",
        "ParameterMissing.RegionId",
        "ParameterEmpty.RegionId",
        "ParameterMissing.NetworkAclId",
        "ParameterEmpty.NetworkAclId",
        "ParameterMissing.Resources",
        "ParameterEmpty.Resources",
        "InvalidNetworkAcl.NotFound",
        "NetworkStatus.Modifying",
        "ResourceStatus.Error",
        "InvalidResource.NotFound",
        "InvalidResource.VpcError",
        "InvalidResource.BindingExist",
        "NotSupport.NetworkAcl",
        "ParameterIllegal.ResourceType",
        "InvalidOperation.RouterInterfaceNotDeleted",
        "InvalidOperation.OperationNotAllowedInState",
        "InvalidStatus.NotAllowed",
        "InvalidPhysicalConnectionId.NotFound",
        "InvalidVlanId.Used",
        "MissingParameter",
        "InvalidPhysicalConnectionId.NotEnabled",
        "InvalidVlanId.Malformed",
        "InvalidCircuitCode.Malformed",
        "InvalidLocalGatewayIp.Malformed",
        "InvalidPeerGatewayIp.Malformed",
        "InvalidPeeringSubnetMask.Malformed",
        "InvalidName.Malformed",
        "InvalidDescription.Malformed",
        "QuotaExceeded.vbrPerpConn",
        "EXCEED_ASSOCIATE_MAX_NUM",
        "InvalidIp.NotSameSubnet",
        "InvalidStatus.StatusNotEnabled",
        "PHYSICAL_NOT_ALLOW_ASSOCIATE_VBR",
        "Forbidden.OperationNotAllowed",
        "Forbidden.NotSameAccessDevice",
        "Duplicated.LocalGatewayIp",
        "OperationFailed.VlanIdInUse",
        "DuplicatedParam.LocalGatewayIp",
        "DuplicatedParam.PeerGatewayIp",
        "DuplicatedParam.LocalIpv6GatewayIp",
        "DuplicatedParam.PeerIpv6GatewayIp",
        "EcPconnVbrMustContainsAll",
        "Forbidden.OperationNotAllowedByUser",
        "Forbidden.MultiVlanRi",
        "Forbidden.NoRiFound",
        "Forbidden.LocalGatewayIpNotAllowedByCaller",
        "Forbidden.PeerGatewayIpNotAllowedByCaller",
        "Forbidden.PeeringSubnetMaskNotAllowedByCaller",
        "Forbidden.NameNotAllowedByCaller",
        "Forbidden.DescriptionNotAllowedByCaller",
        "InvalidVbrId.NotFound",
        "InvalidVbrOwnerId.NotFound",
        "OperationDenied.CloudBoxVbrEntryExist",
        "OperationDenied.OtherCloudBoxVbrEntryExist",
        "ResourceAlreadyAssociated.RouteTable",
        "OperationDenied.AssociateGatewayRouteTable",
        "OperationDenied.SwitchToSystemRouteTable",
        "InvalidRouteTableId.NotFound",
        "InvalidParameter.Action",
        "InvalidVSwitchId.NotFound",
        "IncorrectVSwitchStatus",
        "Forbidden.VSwitchAlreadyAssociatedRouteTable",
        "Forbidden.NotInSameVpc",
        "IncorrectStatus.RouteTable",
        "ResourceNotFound.Ipv4Gateway",
        "IncorrectStatus.Ipv4Gateway",
        "ResourceAlreadyAssociated.Ipv4Gateway",
        "ResourceNotFound.GatewayRouteTable",
        "IncorrectStatus.GatewayRouteTable",
        "ResourceAlreadyAssociated.GatewayRouteTable",
        "OperationDenied.Ipv4GatewayNotActive",
        "OperationDenied.RouteTableTypeIncorrect",
        "ResourceNotFound.RouteTable",
        "OperationDenied.GatewayAndTableNotInOneVpc",
        "IllegalParam.GatewayType",
        "UnsupportedFeature.Ipv6GatewayRouteTable",
        "OperationFailed.ConcurrentOperation",
        "IdempotentParameterMismatch",
        "ResourceNotFound.GatewayEndpoint",
        "IncorrectStatus.GatewayEndpoint",
        "ResourceNotFound.ServiceName",
        "ResourceNotFound.PrefixList",
        "Mismatch.VpcAndRouteTable",
        "ResourceAlreadyExist.Association",
        "VPC_ROUTE_ENTRY_CIDR_BLOCK_DUPLICATE",
        "VPC_SWITCH_STATUS_ERROR",
        "QuotaExceeded.VpcRouteEntryNum",
        "OperationUnsupported.DestinationCidrBlockOverlapWithVSwitch",
        "IncorrectStatus.Vpc",
        "IncorrectStatus.CenStatus",
        "UnsupportedFeature.RouterTableType",
        "InvalidVpc.NotFound",
        "ParamExclusive.SecondaryCidrAndIpv6Cidr",
        "OperationUnsupported.VpcMultiCidr",
        "MissingParam.SecondaryCidrOrIpv6Cidr",
        "OperationUnsupported.IPv6ULA",
        "OperationFailed.Ipv6CidrBlockExisted",
        "InvalidIpv6ULACidrBlock.Malformed",
        "QuotaExceeded.GUAIpv6CidrBlock",
        "IllegalParam.Ipv6CidrType",
        "OperationUnsupported.OnlyULA",
        "InvalidCidrBlock.Malformed",
        "IllegalParam.SecondaryCidrBlock",
        "Duplicated.SecondaryCidrBlock",
        "OperationFailed.ConflictWithEntry",
        "QuotaExceeded.VpcMultiCidr",
        "MissingParam.SecondaryCidrBlockOrIpv6CidrBlock",
        "MissingParam.VpcId",
        "IllegalParam.IpVersion",
        "OperationDenied.GUAIpv6CidrBlock",
        "OperationFailed.IPv6CidrNotReserved",
        "InvalidCidrBlock",
        "IllegalParam.IpamPool",
        "MissingParam.SecondaryCidrMask",
        "IllegalParam.SecondaryCidrMask",
        "OperationDenied.RequestRegionInvalid",
        "OperationDenied.IpamPoolNotInRegion",
        "MissingParam.CidrOrCidrMask",
        "OperationDenied.CidrInExcludeCidrs",
        "OperationDenied.AvailableCidrInsufficient",
        "UnsupportedFeature.Ipam",
        "ResourceNotFound.IpamPool",
        "IllegalParam.CertificateType",
        "OperationFailed.NotNationalStandard",
        "VpnGateway.Configuring",
        "OperationFailed.NoRamPermission",
        "OperationFailed.AssociationExist",
        "OperationFailed.AnotherAssociationExist",
        "OperationFailed.InvalidCertificate",
        "Forbidden.NoSlrPermission",
        "InvalidVpnGatewayInstanceId.NotFound",
        "InvalidCertificateId.NotFound",
        "Forbidden.OperateShareResource",
        "InvalidDhcpOptionsSetId.NotFound",
        "IncorrectStatus.DhcpOptionsSet",
        "InvalidVpcId.NotFound",
        "IncorrectStatus.VpcDhcpOptionsSet",
        "OperationFailed.AttachmentExist",
        "QuotaExceeded.AttachVpcNumber",
        "QuotaExceeded.VPCONN",
        "OperationFailed.VbrBindedPconn",
        "ResourceNotFound.PhysicalConnectionId",
        "Forbidden.NotAllowedInState",
        "ResourceType.Unknown",
        "InvalidResourceId.NotFound",
        "PARAMETER_ILLEGAL",
        "ResourceNotFound.VSwitchId",
        "Mismatch.VSwitchAndPrivateIpAddress",
        "IllegalParam.LineCode",
        "IllegalParam.LineLabel",
        "OperationDenied.LOAStatusNotAllowComplete",
        "IllegalParam.LineSPContactInfo",
        "MissingParam.PhysicalConnectionId",
        "OperationUnsupported.SkipConstruction",
        "IncorrectRole.NotInitiatingSide",
        "IncorrectOppositeInterfaceInfo.NotSet",
        "IncorrectOppositeInterfaceInfo",
        "Forbidden.OnlyOneConnection",
        "Forbidden.BillsOutstanding",
        "InvalidAccount.NotFound",
        "ErrCode.Invalid",
        "AttrMismatching.AcceptingSideRole",
        "AttrMismatching.AcceptingSideInstanceId",
        "AttrMismatching.AcceptingSideRegionNo",
        "AttrMismatching.AcceptingSideRouterId",
        "AttrMismatching.AcceptingSideRouterType",
        "AttrMismatching.AcceptingSideAliUid",
        "AttrMismatching.AcceptingSideOppositeInterfaceOwnerId",
        "AttrMismatching.AcceptingSideOppositeRegionNo",
        "AttrMismatching.AcceptingSideOppositeInterfaceId",
        "AttrMismatching.AcceptingSideOppositeRouterId",
        "AttrMismatching.AcceptingSideOppositeRouterType",
        "IllegalParam.InstanceOwner",
        "CROSS_BID.FORBIDDEN",
        "NotOpen.Api",
        "NotFound.BandwidthPackage",
        "ORDER.QUOTA_EXCEEDED",
        "ORDER.ERROR",
        "ParameterMissing.SourceNetworkAclId",
        "ParameterEmpty.SourceNetworkAclId",
        "InvalidSourceNetworkAcl.NotFound",
        "InvalidBgpDescription.Malformed",
        "InvalidBgpGroup.LocalAsnInvalid",
        "IllegalParam.PeerAsn",
        "IllegalParam.LocalAsn",
        "OperationUnsupport",
        "IllegalParam.RouteLimit",
        "IllegalParam.BgpGroupLocalAsn",
        "OperationDenied.VbrAttachEcrInMiddleStatus",
        "OperationFailed.BgpPeerConflictWithECR",
        "InvalidAccessDeviceId.NotFound",
        "QuotaExceeded.BfdSession",
        "BgpPeer.Already.Exists",
        "MissingParam.EnableBfd",
        "OperationUnsupported.IPV6ForThisRegion",
        "IllegalParam.BfdMultiHop",
        "UnsupportedFeature.Vpconn",
        "DuplicatedParam.PeerIpAddress",
        "DuplicatedParam.LocalIpAddress",
        "DuplicatedParam.PeerIpv6Address",
        "DuplicatedParam.LocalIpv6Address",
        "IllegalParam.LocalGatewayIpAndMask",
        "IllegalParam.PeeringIpv6SubnetMask",
        "ResourceNotEnough.Bandwidth",
        "InvalidParameter.Name.Malformed",
        "InvalidParameter.Description.Malformed",
        "BandwidthPackageOperation.conflict",
        "InvalidParameter.Bandwidth",
        "BandwidthPackage.QuotaExceeded",
        "InvalidParameter.InvalidChargeType",
        "OperationFailed.SyncOrderToSub",
        "IllegalParam.Ratio",
        "OperationUnsupported.InvalidZone",
        "IllegalParam.AvailableZone",
        "MissingParam.NameOrDescription",
        "UnsupportedRegion.CloudBoxInternet",
        "ResourceNotEnough.CommonBandWidthPackage",
        "InvalidZoneId.NotFound",
        "InvalidAuthkey.Malformed",
        "InvalidIpAddress.AlreadyExist",
        "InvalidName",
        "InvalidDescription",
        "IllegalParam.Asn",
        "OperationDenied.MissingAsn",
        "InvalidParameter.TagValue",
        "SizeLimitExceeded.TagNum",
        "Forbidden.TagKey.Duplicated",
        "InvalidParameter.TagKey",
        "Duplicated.TagKey",
        "CreateVpnUserGatewayQuotaFull.QuotaFull",
        "Forbidden.SubUser",
        "InvalidVSwitchName.Malformed",
        "InvalidVSwitchDiscription.Malformed",
        "Abs.Vpc.InvalidDescription.Malformed",
        "ResourceNotAvailable",
        "InvalidCidrBlock.Overlapped",
        "QuotaExceeded.VSwitch",
        "IncorrectRouteEntryStatus",
        "InvalidCirdrBlock.MaskLength",
        "IncorrectVpcStatus",
        "CreateVSwitch.IncorrectStatus.cbnStatus",
        "VPC.SWITCH.RULE.QUOTA.NOT.EXISTS",
        "Forbidden.VpcNotFound",
        "RouteConflict.AlreadyExist",
        "OperationFailed.CidrAcross",
        "Duplicated.ClientToken",
        "IllegalParam.Ipv6CidrBlock",
        "OperationFailed.VpcIpv6Disabled",
        "IncorrectStatus.cbnStatus",
        "OperationFailed.DefaultVpcNotExist",
        "UnsupportedFeature.CloudBoxIpv6",
        "OperationDenied.VpcPeerExist",
        "OperationDenied.CenAttached",
        "OperationDenied.NatgwExist",
        "OperationDenied.OtherSubnetCreating",
        "OperationFailed.DefaultVSwitchExist",
        "Invalid.NotExist",
        "InvalidStatus.RouteEntry",
        "TOKEN_PROCESSING",
        "InvokeError",
        "InvalidVpcName.Malformed",
        "InvalidVpcDiscription.Malformed",
        "QuotaExceeded.Vpc",
        "ResourceNotAvailable.Vpc",
        "InvalidUserCidr.Quota",
        "InvalidUserCidr.Malformed",
        "MissingParam.EnableIpv6",
        "IllegalParam.ZoneId",
        "OperationFailed.DefaultVpcExist",
        "OperationUnsupported.DhcpOptionsSet",
        "InvalidDomainNameServers.Malformed",
        "QuotaExceeded.DomainNameServers",
        "IllegalParam.DomainNameServers",
        "IllegalParam.DomainName",
        "IllegalParam.DhcpOptionsSetName",
        "IllegalParam.DhcpOptionsSetDescription",
        "QuotaExceeded.RegionDhcpOptionsSet",
        "OperationUnsupported.DhcpLeaseTime",
        "IllegalParam.LeaseTime",
        "IllegalParam.AliUid",
        "MissingParam.Bid",
        "IllegalParam.RegionNo",
        "IllegalParam.Bandwith",
        "IllegalParam.ContactTel",
        "IllegalParam.ContactMail",
        "IllegalParam.IDCardNo",
        "IllegalParam.PortType",
        "IllegalParam.PeerCity",
        "IllegalParam.ServiceProvider",
        "IllegalParam.RedundantEccId",
        "IllegalParam.IdcSP",
        "OperationUnsupported.Qos",
        "QuotaExceeded.Qos",
        "QuotaExceeded.QosMediumPriorityQueueCount",
        "QuotaExceeded.QosHighPriorityQueueCount",
        "QuotaExceeded.QosMediumPriorityQueueBandwidthPercent",
        "IncorrectStatus.Qos",
        "EcQoSConflict",
        "EcQosRuleNotAllowV4AndV6",
        "QuotaExceeded.QosRuleCount",
        "IllegalParam.ResourceType",
        "EcFailoverTestJobExceedMaxResourceNum",
        "EcFailoverTestJobResourceInAnotherProcessingJob",
        "IllegalParam.ResourceId",
        "IncorrectStatus.ResourceId",
        "IncorrectBusinessStatus.ResourceId",
        "VpconnNotAssociatedVbr",
        "VpconnWithVlan0NotSupportShutdown",
        "PconnContainsMoreThanOneVpconn",
        "PconnContailsMoreThanOneAcrossCountVbr",
        "IllegalParam.JobType",
        "IllegalParam.JobDuration",
        "AnotherJobTesting",
        "OptInRequired.FlowLog",
        "OperationUnsupported.AdvancedFeature",
        "ProjectOrLogstoreNotExist",
        "SourceProjectNotExist",
        "Unauthorized",
        "OperationUnsupported.action",
        "ParameterInvalid",
        "RuleExist",
        "InvalidHdMonitorStatus",
        "QuotaExceeded.FlowlogCount",
        "INVALID_PARAMETER",
        "InvalidResourceType.NotFound",
        "OperationUnsupported.ResourceType",
        "IllegalParam.AggregationInterval",
        "UnsupportedFeature.UserDefinedTrafficPath",
        "IllegalParam.TrafficPath",
        "DuplicatedParam.TrafficPath",
        "IllegalParam.ResourceGroupId",
        "OperationDenied.OperateShareResource",
        "UnsupportedFeature.PrivateLinkEnabled",
        "UnsupportedFeature.PortSegment",
        "DuplicatedParam.InternalPort",
        "DuplicatedParam.ExternalPort",
        "OperationFailed.AnyPortConfig",
        "OperationUnsupported.ForwardEntry",
        "InvalidIp.NotInNatgw",
        "QuotaExceeded.ForwardEntry",
        "IncorrectStatus.NatIp",
        "Forbidden.IpHasBeenUsedInSnat",
        "InvalidExternalIp.Malformed",
        "InvalidInternalIp.Malformed",
        "InvalidExternalPort.Malformed",
        "InvalidInternalPort.Malformed",
        "Forbidden.DestnationIpOutOfVpcCIDR",
        "Forbidden.DestinationIpOutOfVswitchCIDR",
        "InvalidProtocal.ValueNotSupported",
        "IncorretForwardEntryStatus",
        "ForwardEntry.Duplicated",
        "Forbidden.ExternalIp.UsedInSnatTable",
        "Forbindden",
        "Forbidden.InternalIpOutOfVpcCIDR",
        "Invalid.natgwNotExist",
        "AnyPort.PortMustBeZero",
        "IncorrectStatus.ForwardEntry",
        "Duplicated.DestinationPort",
        "OperationUnsupported.EipInBinding",
        "QuotaExceeded.ForwardEntrySessionManytoOne",
        "OperationFailed.DnatPortRangeLimit",
        "IncorrectStatus.NATGW",
        "ResourceNotFound.NatIp",
        "InvalidForwardTableId.NotFound",
        "InvalidExternalIp.NotFound",
        "System.Error",
        "IllegalParamFormat.NatIp",
        "UnsupportedFeature.PrivateLinkMode",
        "QuotaExceeded.FullNatEntry",
        "ResourceAlreadyExist.FullNatEntry",
        "IncorrectStatus.NetworkInterface",
        "OperationFailed.AllocateNatIpPortFailed",
        "ResourceNotFound.NatGateway",
        "InvalidBandwidth.ValueNotSupported",
        "InvalidServiceLocation.ValueNotSupported",
        "QuotaExceeded.GlobalAccelerationInstance",
        "InvalidGlobalAccelerationInstanceName.Malformed",
        "InvalidGlobalAccelerationInstanceDescription.Malformed",
        "OperationFailed.UnpaidBillsExist",
        "InvalidIPAddress.OutOfRange",
        "InvalidIPAddress.NotAvailable",
        "InvalidIPAddress.AlreadyUsed",
        "InvalidIPAddress.Malformed",
        "Abs.Vpc.InvalidName.Malformed",
        "InvalidIPAddress.OutOfVswCIDR",
        "InvalidIPAddress.AlreadyInUse",
        "UnsupportedFeature.CloudBoxHaVip",
        "CountLimitExceed.HaVipInVpc",
        "QuotaExceeded.HaVip",
        "Invalid.Status",
        "InvalidType.Malformd",
        "InvalidPeerLocation.Malformd",
        "InvalidLineOperator.Malformd",
        "InvalidPortType.Malformd",
        "InvalidRedundantPhysicalConnectionId.NotFound",
        "QuotaExceeded.pConnPerAP",
        "InvalidBandwidth",
        "InvalidRedundantPhysicalConnection",
        "InvalidRedundantPhysicalConnectionStatus",
        "QuotaExceeded.freePconnPerAP",
        "InvalidPhysicalConnectionOperator.Malformed",
        "InvalidPhysicalConnectionPortType.Malformed",
        "InvalidPhysicalConnectionBandwidth.Malformed",
        "IllegalParam.ClientToken",
        "InvalidPortType.NotFound",
        "EcNotSupportRegion",
        "EcFailToGetAp",
        "EcNotEnoughResource",
        "Spec.NotSupport",
        "Duration.NotSupport",
        "PricingCycle.NotSupport",
        "PayType.NotSupport",
        "InventoryNotEnough",
        "Bandwidth.NotSupport",
        "Nat64Acl.AclNameExist",
        "InvalidIpAddress.PrivateAddress",
        "IPv6TranslatorEntry.InvalidPort",
        "InvalidIPv6TranslatorId.NotFound",
        "IPv6TranslatorEntry.InvalidProtocol",
        "IPv6Translator.Configuring",
        "IPv6TranslatorEntry.InvalidBandwidth",
        "IPv6TranslatorEntry.IPv6Conflict",
        "IPv6TranslatorEntry.IPv4Conflict",
        "IPv6TranslatorEntry.AclIdNull",
        "IPv6TranslatorEntry.InvalidAclStatus",
        "IPv6TranslatorEntry.InvalidAclType",
        "OperationUnsupported.IPsecServer",
        "VpnGateway.SslVpnDisabled",
        "VpnGateway.FinancialLocked",
        "OperationFailed.IPsecServerExist",
        "OperationUnsupported.IpsecPfs",
        "IllegalParam.AuthMethod",
        "IllegalParam.LocalSubnet",
        "IllegalParam.ClientIpPool",
        "MissingParam.IDaaSInstanceId",
        "ClientIpPool.NetmaskInvalid",
        "VpnRouteEntry.Conflict",
        "ClientIpPool.SubnetInvalid",
        "InvalidClientIpPool.Conflict",
        "OperationFailed.AddVpcRoute",
        "QuotaExceeded.VpnRouteEntry",
        "EnableHaCheck.IpsecServerCidrContainsVpcRouteDest",
        "VpnGateway.IPsecServerAndVpnConnectionConflict",
        "InvalidIDaaSInstanceId.NotFound",
        "OperationDenied.ExistDirectEip",
        "OperationDenied.SubnetRouteV1Exist",
        "OperationDenied.NormalNatExist",
        "OperationDenied.VpcExistIpv4Gateway",
        "UnsupportedFeature.Ipv4Gateway",
        "OperationDenied.VpnExist",
        "OperationDenied.DirectEipExist",
        "OperationFailed.GetNfvServiceList",
        "OperationFailed.VpcNotExist",
        "InvalidIpv6Gateway.NotFound",
        "OperationFailed.FinancialLocked",
        "OperationUnsupported.EgressRuleVSwitch",
        "OperationFailed.NoInternetBandwidth",
        "OperationFailed.Ipv6EgressRuleExisted",
        "OperationFailed.InternetBandwidthUnstable",
        "IncorrectStatus.Ipv6InternetBandwidth",
        "OperationUnsupported.EgressRuleInDefaultSpec",
        "QuotaExceeded.Ipv6EgressRules",
        "Mismatch.Ipv6AddressAndIpv6Gateway",
        "IllegalParam.Spec",
        "OperationUnsupported.OnlyOneIpv6GatewayInVpc",
        "OperationFailed.InformationIncomplete",
        "OperationFailed.NoPaymentMethod",
        "MissingParam.vpcId",
        "Forbidden.NatPayBySpec",
        "UnsupportedFeature.PrivateLink",
        "DependencyViolation.FullNatEntry",
        "UnsupportedFeature.InternetChargeType",
        "InvalidVPCStatus",
        "InvalidNatGatewayName.MalFormed",
        "InvalidNatGatewayDescription.MalFormed",
        "MissingParameter.BandwidthPackage",
        "RouterEntryConflict.Duplicated",
        "QuotaExceeded.BandwidthPackageIps",
        "AllocateIpFailed",
        "ZONE_NO_AVAILABLE_IP",
        "ParameterIllegal",
        "InvalidParameter.BandwidthPackage.n.ISP.ValueNotSupport",
        "InvalidNatGatewayId.NotFound",
        "VswitchStatusError",
        "VpcStatusError",
        "InvalidParameter.Spec.ValueNotSupported",
        "COMMODITY.INVALID_COMPONENT",
        "CreateNatGateway.RouteConflict.DynamicRoute",
        "OperationUnsupported.MultiNatGateway",
        "Forbidden.CheckEntryRuleQuota",
        "IncorrectStatus.RouteEntry",
        "IncorrectStatus.RouteTableStatus",
        "OperationFailed.TokenVerfiy",
        "OperationFailed.EnhancedQuotaExceed",
        "OrderError.NoAvailablePaymentMethod",
        "OrderError.BasicInfoUncompleted",
        "OperationUnsupported.EnhancedCURegion",
        "NoPermission.CreateServiceLinkedRole",
        "OperationUnsupported.EnhancedRegion",
        "OperationFailed.EnhancedInventoryNotEnough",
        "OperationFailed.VswNotBelongToVpc",
        "OperationFailed.EnhancedUserIsUnAuthorized",
        "OperationUnsupported.PrePaidPyByLcu",
        "OperationFailed.NormalInventoryNotEnough",
        "OperationFailed.VSwitchNoAvailableIp",
        "OperationFailed.EnhancedCheckInventory",
        "UnsupportedFeature.IcmpReplyEnabled",
        "UnsupportedFeature.SecurityProtectionEnabled",
        "OperationFailed.RegionConvert",
        "UnsupportedFeature.VpcNat",
        "InvalidVSWITCHID.NotFound",
        "IncorrectStatus.VSWITCH",
        "OperationFailed.VpcNatGatewayInventoryNotEnough",
        "OperationFailed.VpcNatGatewayCheckInventory",
        "SecurityGroupType.NotSupported",
        "SecurityGroup.NotExist",
        "OperationFailed.ContainForbiddenLabel",
        "OperationDenied.PrePaidInstance",
        "UnsupportedFeature.Geneve",
        "VPC_ONLY_CAN_CREATE_ONE_NAT_GATEWAY",
        "OperationFailed.CrateEntryTimeOut",
        "Forbidden.CreateSpecialSpecNatGateway",
        "UnsupportedZoneForFwNat",
        "OrderError.NatGateway",
        "OperationFailed.NoAvailableResource",
        "Mismatch.NatIpAndNatIpCidr",
        "ResourceNotFound.NatIpCidr",
        "QuotaExceeded.NatIp",
        "ResourceAlreadyExist.NatIp",
        "ResourceNotEnough.SwitchAvailableIps",
        "ResourceNotEnough.NatIp",
        "OperationFailed.NatIpCidrInUse",
        "QuotaExceeded.NatIpCidr",
        "OperationFailed.CreateNatIpCidrInVpcCidrBlock",
        "OperationFailed.CreateNatIpCidrNotInUserCidr",
        "ResourceAlreadyExist.NatIpCidr",
        "ResourceNotFound.VPC",
        "ParameterMissing.VpcId",
        "ParameterLengthIllegal.Name",
        "ParameterIllegal.Name",
        "ParameterLengthIllegal.Description",
        "ParameterIllegal.Description",
        "ParameterEmpty.VpcId",
        "QuotaExceed.NetworkAcl",
        "IAbs.InvalidStatus.ValueNotSupported",
        "InvalidPrice.NotFound",
        "InvalidPhysicalConnectionChargeType.Malformed",
        "InvalidPhysicalConnectionPeriod.Malformed",
        "InvalidPhysicalConnectionPricingCycle.Malformed",
        "INSTANCE.STATUS.NOT.ALLOW",
        "Abs.InstanceNotExist",
        "QuotaExceeded.PerAccessPoint",
        "InvalidInstance.NotFound",
        "IncorrectStatus.AccessPoint",
        "Forbidden.CreatePublicIpAddressPool",
        "QuotaExceeded.PublicIpAddressPool",
        "MissingParam.Zones",
        "IllegalParam.Zones",
        "IllegalParamSize.Zones",
        "OperationDenied.ISPNotSupportDdosEnhanced",
        "IncorrectBusinessStatus.PublicIpAddressPool",
        "OptInRequired.PublicIpAddressPool",
        "DryRunOperation",
        "QuotaExceeded",
        "InvalidCIDRBlock.Duplicate",
        "InvalidNextHop.NotFound",
        "InvalidVRouter.NotFound",
        "InvalidVPC.NotFound",
        "InvalidNexthopTypeAndList.BothNull",
        "InvalidNexthopTypeAndList.BothNotNull",
        "InvalidRouterInterface",
        "InvalidOppositeRouterType",
        "InvalidNexthopListSize",
        "InvalidEntryRuleQuota.NotFound",
        "InvalidVBRStatus",
        "InvalidPhysicalConnectionBusinessStatus",
        "InvalidRouterType",
        "CountLimitExceed.HaVipRouteEntry",
        "InvalidRouteEntry.Duplicate",
        "InvalidParam",
        "INVALID_WEIGHT_PARAM",
        "FORBIDDEN_USE_VPC_AS_INTERNET_GATEWAY",
        "InvalidNexthop",
        "INVALID_VPC_ID",
        "InvalidRouteEntrySize",
        "InvalidRouteEntry",
        "InvalidDestinationCidrBlock",
        "Forbidden.VRouterNotFound",
        "DefaultValidate.Error",
        "Region.NotSupport",
        "OperationFailed.NotifyCenCreate",
        "Forbidden.PrivateIpNotFound",
        "OperationUnsupported.InactiveMode",
        "InvalidRouteEntryName.Malformed",
        "IncorrectStatus.MultiScopeRiRouteEntry",
        "OperationUnsupported.MoreThanOneVpnOrHavip",
        "OperationUnsupported.EcmpRiTypeOrNumber",
        "Duplicated.VpcNextHop",
        "OperationUnsupported.SubRouteTableECMP",
        "InvalidNexthop.NotFound",
        "IllegalParam.NextHopId",
        "InvalidVpnInstanceId.NotFound",
        "OperationFailed.ScopeActiveRouteEntryType",
        "OperationFailed.ScopeStandbyRouteEntryQuota",
        "OperationFailed.ScopeActiveRouteEntryQuota",
        "OperationUnsupported.ScopeInvalidRouteType",
        "OperationFailed.EcmpInvalidRouterInterfaceOppositeType",
        "OperationUnsupported.Ipv6EcmpRouteEntry",
        "OperationUnsupported.Ipv6CidrBlock",
        "OperationUnsupported.Ipv6ForVBR",
        "QuotaExceeded.HaVipRouteEntry",
        "OperationFailed.InvalidNexthop",
        "OperationFailed.NotifyCenDelete",
        "InvalidNatGateway.NotFound",
        "OperationFailed.CxpRouteExist",
        "OperationFailed.GetEniInfo",
        "QuotaExceeded.EcmpRouteEntryNextHopCount",
        "OperationFailed.InvalidNextHopType",
        "OperationUnsupported.InvalidRouterInterfaceType",
        "InvalidHaVip.NotFound",
        "OperationFailed.MultiScopeType",
        "InvalidAttachment.NotFound",
        "OperationFailed.ActiveNetworkInterfaceNotFound",
        "InvalidNetworkInterface.NotFound",
        "OperationFailed.QueryAttachmentInfo",
        "IllegalParam.AttachmentId",
        "OperationFailed.NotSupportIPV6",
        "IncorrectStatus.Ipv6Address",
        "OperationUnsupported.Ipv6EntryOnPrimaryNetworkInterface",
        "OperationUnsupported.SpecifyIpOnIpv6Entry",
        "OperationUnsupported.MutipleIpv6Address",
        "OperationDenied.Ipv6EntryOnCustomTable",
        "OperationDenied.CloudBoxVbrEntryAllowedInCustomRouteTable",
        "OperationDenied.RouteTableAssociateNotCloudBoxVSwitch",
        "OperationDenied.VbrMisMatchCloudBox",
        "OperationDenied.VbrIdle",
        "OperationDenied.RouterInterfaceToDifferentVpc",
        "OperationDenied.RouterInterfaceFromDifferentZones",
        "ResourceNotFound.VpcPeer",
        "IncorrectStatus.VpcPeer",
        "OperationDenied.RouteTableTypeNotPermitted",
        "OperationDenied.GatewayRouteTableNotPermitted",
        "UnsupportedFeature.VpcPeerIpv6",
        "OperationDenied.VpcIpv6NotEnabled",
        "UnsupportedFeature.CreatePrefixListEcmpRouteEntry",
        "OperationDenied.RouterInterfaceIpv6NotEnabled",
        "OperationDenied.NextHopTypeNotPermitted",
        "ResourceAlreadyAssociated.PrefixList",
        "OperationFailed.CidrConflictWithPrefixList",
        "Mismatch.HaVipIdAndRouteTableId",
        "OperationFailed.OperationLocked",
        "Mismatch.Ipv4GatewayIdAndRouteTableId",
        "ResourceNotAssociated.Cen",
        "IncorrectStatus.CenRelation",
        "OperationDenied.CenTypeInvalid",
        "ResourceNotFound.Cen",
        "IncorrectStatus.RouterInterface",
        "InvalidNexthop.UnsupportedEniBizType",
        "OperationDenied.RouterInterfaceIpv6",
        "InvalidNextHopType",
        "ResourceNotAssociated.Ecr",
        "InvalidNextHopId.NotFound",
        "OperationFailed.InstanceDismatchCurrentVpc",
        "VPC.ERROR",
        "InvalidParameter.RouteTableName.Malformed",
        "QuotaExceeded.RouteTable",
        "InvalidVpcId.NotSupport",
        "QuotaExceeded.GatewayRouteTable",
        "InvalidAliuid",
        "InvalidRole.ValueNotSupported",
        "InvalidSpec.ValudNotSupported",
        "InvalidRouterType.ValueNotSupported",
        "LimitationExceed.InterfaceNumberOnRouter",
        "Forbidden.NotInRouterInterfaceCreateWhitelist",
        "RI_CREATE_ONE_LIMIT_BY_SYNC",
        "InvalidAccessPoint.ValueNotAllowed",
        "InvalidParam.NotFound",
        "InvalidAccessPoint.NotMatch",
        "InvalidAccessPoint.NotExist",
        "INVAID_VBR_STATUS",
        "Forbidden.AcceptRoleNotSupportPrePay",
        "InvalidRouterInterfaceSpec.Malformed",
        "VpcSubnet.NotFound",
        "IllegalParam.HealthcheckIp",
        "OperationFailed.HcForInvalidRiType",
        "IllegalParam.CrossBorderBandwidth",
        "IllegalParam.VRouterType",
        "Forbidden.CrossBorder",
        "InvalidRouterId.NotFound",
        "InvalidCommodity.NotFound",
        "InvalidRouterInterfaceChargeType.Malformed",
        "IllegalParam.RegionId",
        "ResourceNotInResourceGroup",
        "HaveConnectionBetweenRouters",
        "InvalidBandwidth.NotEnough",
        "ForbiddenAction",
        "OperationFailed.NotSupportIPv6",
        "InvalidParam.AvailableZoneId",
        "OperationFailed.NoAvailableAmount",
        "InvalidRouterId.AttacedToCEN",
        "InvalidSourceCIDR.Malformed",
        "NOT_ALLOW_USE_SOURCECIDR_OUTSIDEVPC",
        "NOT_ALLOW_USE_SOURCECIDR_AUTODEFINE",
        "NOT_ALLOW_USE_SOURCECIDR_CONTAINSZERO",
        "Forbidden.IpHasBeenUsedInDnat",
        "Forbidden.SourceVSwitchId.IncludeHaVip",
        "InvalidSnatIp.Malformed",
        "SNAT_IP_POOL_COUNT_TOO_MANY",
        "Forbidden.SnatEntryCountLimited",
        "NOT_ALLOW_USE_SOURCECIDR",
        "Forbidden.SourceVSwitchId.Duplicated",
        "Forbidden.IpUsedInForwardTable",
        "EIP_NOT_SUPPORT_SNAT_POOL",
        "EIP_NOT_IN_GATEWAY",
        "OperationUnsupported.CidrConflict",
        "OperationUnsupported.EipNatIpCheck",
        "OperationUnsupported.EipNatBWPCheck",
        "OperationUnsupported.EipNatGWCheck",
        "OperationFailed.SnatIpPoolBwpRules",
        "OperationFailed.SnatIpsCheck",
        "OperationFailed.SnatIpPoolCbwpRules",
        "CreateSnatEntry.ParamExclusive.sourceVSwitchIdAndsourceCIDR",
        "InvalidParameter.SnatIp",
        "IncorrectStatus.SnatEntry",
        "QuotaExceeded.SnatIp",
        "OperationFailed.VSwitchNotInVpc",
        "QuotaExceeded.SnatEntry",
        "InvalidSnatTableId.NotFound",
        "InvalidSnatIp.NotFound",
        "OperationFailed.CrateSnatEntryTimeOut",
        "SslVpnClientCreateTimes.ReachLimits",
        "CreateSslCertsQuotaFull.QuotaFull",
        "InvalidSslVpnServerId.NotFound",
        "SslVpnServer.AlreadyExist",
        "IpConflict",
        "SslVpnServer.AddRouteError",
        "MissingParameter.IDaaSInstanceId",
        "OperationUnsupported.NotSupportMultiFactorAuth",
        "SslVpnServerPort.Illegal",
        "EnableHaCheck.SslVpnServerClientCidrContainsVpcRouteDest",
        "IllegalParam.IDaaSApplicationId",
        "SslVpnIDaaS2.NotSupport",
        "MissingParam.IDaaSApplicationId",
        "MissingParam.IDaaSRegionId",
        "InvalidIDaaSApplicationId.NotFound",
        "UnsupportedFeature.IpVersion",
        "QuotaExceeded.TrafficMirrorFilter",
        "DuplicatedParam.Priority",
        "IllegalParamFormat.SrcCidrBlock",
        "IllegalParamFormat.DstCidrBlock",
        "ResourceNotFound.TrafficMirrorFilter",
        "IncorrectStatus.TrafficMirrorFilter",
        "QuotaExceeded.TrafficMirrorRulesPerFilter",
        "ResourceNotFound.Slb",
        "OperationDenied.SlbNotInVpc",
        "QuotaExceeded.SessionNum",
        "QuotaExceeded.FilterRelatedSession",
        "QuotaExceeded.SlbRelatedSession",
        "InvalidLoadBalancerId.NotFound",
        "OperationDenied.ClassicSLB",
        "ResourceNotFound.TargetInstance",
        "OperationFailed.NotSupportBizType",
        "IllegalParam.Priority",
        "OperationFailed.ResourceConflict",
        "OperationFailed.IdempotentTokenProcessing",
        "MissingParam.Ipv6CidrBlock",
        "IllegalParam.VpcIpv6CidrBlock",
        "OperationDenied.VpcPeerExists",
        "IllegalParamFormat",
        "IllegalParamFormat.VSwitchCidrReservationCidr",
        "UnsupportedFeature.ReservedType",
        "UnsupportedFeature.VSwitchIpv6",
        "OperationFailed.VSwitchCidrReservationCidr",
        "MissingParam.CidrReservationMaskOrCidrReservationCidr",
        "UnsupportedFeature.VpcAdvancedFeature",
        "QuotaExceeded.VSwitchCidrReservationMask",
        "QuotaExceeded.CidrReservationCount",
        "Conflict.CidrReservationMaskAndCidrReservationCidr",
        "OperationFailed.CidrNotEnoughInVSwitch",
        "OperationFailed.SystemReservedIpContained",
        "OperationFailed.AlreadyUsedIpContained",
        "IllegalParam.VSwitchCidrReservationMask",
        "OperationFailed.VbrCenNotConsistent",
        "OperationFailed.VbrAliUidNotConsistent",
        "OperationFailed.VbrAccessDeviceSame",
        "OperationFailed.VbrBandWidthExceed",
        "OperationFailed.VbrInUsedByOtherHa",
        "OperationFailed.VbrBgpPeerNotEnableBfd",
        "OperationFailed.VbrCenNotRelation",
        "ResourceNotFound.Vbr",
        "VpnConnection.Configuring",
        "VpnConnection.FinancialLocked",
        "VpnRouteEntry.AlreadyExists",
        "VpnRouteEntry.ConflictSSL",
        "VpnRouteEntry.BackupRoute",
        "IllegalParam.RouteDest",
        "OperationFailed.InvalidCidrBlock",
        "Resource.PbrRouteQuotaFull",
        "CreatePbrRoutesQuotaFull.QuotaFull",
        "CreateDbrRoutesQuotaFull.QuotaFull",
        "InvalidVpnConnectionInstanceId.NotFound",
        "OperationFailed.PconnAllocateVlan0",
        "QuotaExceeded.freevbr",
        "QuotaExceeded.CrossUserVBRPerUser",
        "QuotaExceeded.SameAccountVBRPerPconn",
        "QuotaExceeded.VbrPerPconnPortSpec",
        "QuotaExceeded.VbrPerAccessDevice",
        "VbrBandwidthExceed",
        "OperationFailed.PconnExistVlan0Vbr",
        "OperationFailed.Vlan0VbrUnSharePconn",
        "OperationUnsupported.VirtualBorderRouterEnableIPv6",
        "IllegalParam.OwnerAliUid",
        "Forbidden.OwnerAliUid",
        "OperationDenied.VPconn",
        "OperationFailed.NotConsistentWithVpconn",
        "OperationFailed.VirtualPhysicalConnectionExistVBR",
        "IncorrectStatus.VirtualPhysicalConnection",
        "EcAssociatedQoSPconnNotAllowCreateCrossAccountVbr",
        "OperationFailed.AccessDeviceDisabled",
        "OperationFailed.VPconnCreated",
        "MissingParam.Spec",
        "IllegalParam.VlanId",
        "VLAN_ID_HAS_BEEN_USED_IN_PHYSICAL_CONNECTION",
        "IllegalParam.VpconnAliUid",
        "IllegalParam.OrderMode",
        "Forbidden.VpconnAliUid",
        "OperationDenied.CreateVpconn",
        "EcAssociatedQoSPconnNotAllowCreateVpconn",
        "System.ServiceBusy",
        "IllegalParam.UserCidr",
        "OperationUnsupported.ResourceGroupId",
        "IllegalParam.EnableIpv6",
        "InvalidIpv6CidrBlock.Malformed",
        "UnsupportedFeature.IPAM",
        "IllegalParam.Ipv4CidrMask",
        "IllegalParam.PolicyDocument",
        "IllegalParam.GatewayEndpointName",
        "IllegalParam.GatewayEndpointDescription",
        "ResourceAlreadyExist.GatewayEndpoint",
        "ResourceNotFound.VpcId",
        "UnsupportedFeature.GatewayEndpoint",
        "OperationDenied.PolicyDocument",
        "MissingParam.PolicyDocument",
        "OperationDenied.NotAuthorized",
        "InvalidPolicy.WrongFormat",
        "QuotaExceeded.PrefixListCidrCount",
        "OperationFailed.CidrCountExceedMaxCount",
        "IllegalParam.CidrName",
        "DuplicatedParam.CidrBlock",
        "QuotaExceeded.PrefixListCount",
        "OperationFailed.TargetUserPconnTrafficNotEnable",
        "IncorrectStatus.VbrId",
        "OperationFailed.BandwidthOrVlanIdEmpty",
        "NotSupportVpnConnectionParameter.IpsecPfs",
        "NotSupportVpnConnectionParameter.IpsecAuthAlg",
        "VpnRouteEntry.InvalidWeight",
        "InvalidParameter.VpnConnectionName",
        "QuotaExceeded.PolicyBasedRoute",
        "MissingParameter.TunnelCidr",
        "MissingParam.CustomerGatewayAsn",
        "InvalidParameter.BgpConfig",
        "IllegalParam.TunnelCidr",
        "InvalidLocalBgpIp.Malformed",
        "IllegalParam.RemoteSubnet",
        "IllegalParam.LocalBgpIp",
        "OperationFailed.MissCertificate",
        "MissingParam.RemoteId",
        "IllegalParam.EnableBgp",
        "InvalidTunnelCidr.Malformed",
        "OperationUnsupported.EnableBgp",
        "InvalidCustomerGatewayInstanceId.NotFound",
        "InvalidVpnConnection.AlreadyExists",
        "VpnGateway.IpsecVpnDisabled",
        "OperationUnsupported.SetDPD",
        "OperationUnsupported.SetNatTraversal",
        "IllegalParam.BgpConfig",
        "OperationFailed.CenLevelNotSupport",
        "CustomerGateway.ConflictRouteEntry",
        "VpnTask.CONFLICT",
        "VpnConnectionParamInvalid.SameVpnAndCgwDifferentIkeConfigs",
        "VpnConnectionParamInvalid.SameVpnAndCgwTrafficSelectorOverlap",
        "CustomerGateway.ConflictVpnIp",
        "InvalidSslVpnServerCertId.NotFound",
        "MissingParameter.TunnelOptionsSpecification",
        "CreateVpnConnectionsQuotaFull.QuotaFull",
        "InvalidSpec.NotFound",
        "InvalidPeriod",
        "ChargeType.NotSupport",
        "UnnecessarySslConnection",
        "InvalidVpnEnable",
        "OperationFailed.InventoryNotEnough",
        "OperationFailed.IpNotEnough",
        "Forbidden.NoSLRPermission",
        "OperationFailed.VSwitchConflict",
        "OperationFailed.AzNotSupport",
        "OperationFailed.NetworkTypeNotMatch",
        "OperationFailed.SslNotSupport",
        "InvalidVSwitchId.SecondVswitchNotSupport",
        "InvalidVSwitchId.FirstVswitchNotSupport",
        "InvalidVSwitchId.VswitchIdShouldDifferent",
        "InvalidVSwitchId.FirstVswitchIpNotEnough",
        "InvalidVSwitchId.SecondVswitchIpNotEnough",
        "InvalidVSwitchId.ZoneIdShouldDifferent",
        "OperationFailed.RouteConflict",
        "VpnPbrRouteEntryPriority.NotSupport",
        "VpnRouteEntry.SrcDestWeightConflict",
        "VpnRouteEntry.SamePriorityPbrRoutePrefixOverlap",
        "VpnRouteEntry.SrcDestConflict",
        "Forbbiden.InvaildOwner",
        "FlowLogNumberOverLimit",
        "DependencyViolation.BgpPeer",
        "InvalidBgpPeer.NotFound",
        "IncorrectStatus.BgpPeer",
        "DependencyViolation.Ips",
        "ForbiddenAction.PrePaid",
        "OperationFailed.BandwidthPackageNotEmpty",
        "InvalidOperation.DeletionProtection",
        "OperationUnsupported.Release95Instance",
        "OperationFailed.AddIpTaskInProcessing",
        "DependencyViolation.VpnConnection",
        "VpnGateway.task.conflict",
        "DependencyViolation.VpcAttachment",
        "EcQoSWithPconnNotSupportDelete",
        "IllegalParam.JobId",
        "IncorrectStatus.OnlyForInitOrStopped",
        "InvalidForwardEntryId.NotFound",
        "ResourceNotFound.ForwardEntry",
        "ResourceNotFound.FullNatEntry",
        "IncorrectStatus.FullNatEntry",
        "ResourceNotFound.FullNatTableId",
        "IncorrectGlobalAccelerationInstanceIdStatus",
        "InvalidGlobalAccelerationInstanceId.NotFound",
        "Forbidden.GlobalAccelerationInstanceChargeTypeIsPrepaid",
        "IncorrectStatus",
        "DependencyViolation.HaVipReferedByRouteEntry",
        "DependencyViolation.HaVipAssociatedWithEIP",
        "Nat64Gateway.Configuring",
        "ForbiddenRelease",
        "InvalidIPv6TranslatorACLId.NotFound",
        "InvalidIPv6TranslatorACL.Used",
        "InvalidIPv6TranslatorEntryId.NotFound",
        "IPv6Translator.FinancialLocked",
        "InvalidIPv6TranslatorId.CoexistWithEntryId",
        "MissingEntryOrInstanceId",
        "InvalidIpsecServerId.NotFound",
        "OperationDenied.RouteEntryExist",
        "OperationDenied.GatewayAlreadyAssociated",
        "OperationFailed.Ipv4GatewayUsedByEipBindIpAddress",
        "IncorrectStatus.EgressOnlyRule",
        "ResourceNotFound.Ipv6EgressOnlyRule",
        "DependencyViolation.GatewayRouteTableRelation",
        "IncorrectStatus.Ipv6Gateway",
        "DependencyViolation.EgressRules",
        "DependencyViolation.Ipv6InternetBandwidth",
        "OperationFailed.RouteEntryUnstable",
        "BothEmptyParam.Ipv6AddressIdAndIpv6InternetBandwidthId",
        "OperationFailed.ServiceManaged",
        "DependencyViolation.VpcEndpointService",
        "DependencyViolation.RouterEntry",
        "DependencyViolation.BandwidthPackages",
        "DependencyViolation.EIPS",
        "Forbidden.PrePaidNatGateway",
        "DependencyViolation.SnatEntry",
        "DependencyViolation.ForwardEntry",
        "DependencyViolation.NatIp",
        "DependencyViolation.NatIpCidr",
        "IncorrectStatus.RouterEntry",
        "IncorrectStatus.VSwitch",
        "INSTANCE_NOT_EXISTS",
        "OperationFailed.DefaultNatIp",
        "OperationFailed.DefaultNatIpCidr",
        "NetworkAclExistBinding",
        "InvalidPhysicalConnectionId.NotMatched",
        "Forbidden.VBRExists",
        "Forbidden.AssociateToVBR",
        "OperationDenied.NeedVpconnOwner",
        "OperationDenied.NeedPconnOwner",
        "Forbidden.NotInAllowDeleteStatus",
        "ResourceAlreadyAssociated.PconnQos",
        "ResourceInUse.PublicIpAddressPool",
        "OperationFailed.ResourceIsShared",
        "IncorrectStatus.CidrBlock",
        "ResourceInUse.CidrBlock",
        "IncorrcetRouteEntryStatus",
        "InvalidRouteEntry.NotFound",
        "InvalidNextHop",
        "InvalidRouteEntryId.NotFound",
        "ParamExclusive.RouteEntryIdAndRouteTableIdOrDestCidrBlock",
        "InvalidNextHopList.Size",
        "ParamExclusive.NextHopIdAndList",
        "OperationFailed.DeleteMultiScopeEntry",
        "OperationDenied.DeleteManagedRouteEntry",
        "IncorrectStatus.VpcRouteEntry",
        "OperationDenied.NextHopNotChanged",
        "OperationDenied.DeleteGatewayEndpointRoute",
        "IncorrectStatus.PrefixList",
        "Vpc.Error",
        "Internal.Error",
        "OperationDenied.GatewayAssociated",
        "MissingParam.RouteTableId",
        "IncorrectRouteTableType",
        "IncorrectRouteTableStatus.RouteEntryExist",
        "IncorrectRouteTableStatus",
        "DependencyViolation.RouteEntry",
        "InvalidInstance.StatusError",
        "RouterInterfaceReferredByRouteEntry",
        "ReferredByRouteEntry.RouterInterface",
        "IncorretSnatEntryStatus",
        "InvalidSnatEntryId.NotFound",
        "ResourceNotFound.SnatEntry",
        "InvalidSslVpnClientCertId.NotFound",
        "IncorrectStatus.TrafficMirrorRule",
        "DependencyViolation.TrafficMirrorSession",
        "ResourceNotFound.TrafficMirrorRule",
        "OperationDenied.OtherSubnetProcessing",
        "DependencyViolation",
        "DependencyViolation.HaVip",
        "DependencyViolation.RouteTable",
        "DependencyViolation.SNAT",
        "DeleteVSwitch.IncorrectStatus.cbnStatus",
        "AttrMismatching.NaclAndBindInstance",
        "InvalidResource.NotBinding",
        "DependencyViolation.NetworkAcl",
        "DependencyViolation.EnhancedNatgw",
        "DependencyViolation.ResourceShare",
        "DependencyViolation.MulticastDomain",
        "DependencyViolation.VSwitchCidrReservation",
        "DependencyViolation.CloudService",
        "OperationFailed.Ipv6InstanceExist",
        "DependencyViolation.Ipv6Address",
        "IncorrectVSwitchId",
        "DependencyViolation.RouterInterface",
        "DependencyViolation.IpPrefix",
        "IncorrectStatus.CidrReservation",
        "ResourceNotFound.CidrReservation",
        "ResourceNotFound.VbrHa",
        "DependencyViolation.RouterInterfaceReferedByRouteEntry",
        "DependencyViolation.BgpGroup",
        "DependencyViolation.Nqa",
        "DependencyViolation.BgpNetwork",
        "OperationUnsupported.VBRAttachedCen",
        "InvalidStatus.vbrAttatchToEcr",
        "Forbidden.OperationDeleteNotAllowedByUser",
        "IncorrectStatus.VpcDhcpStatus",
        "DependencyViolation.GatewayEndpoint",
        "DependencyViolation.Instance",
        "DependencyViolation.VSwitch",
        "DependencyViolation.SecurityGroup",
        "DependencyViolation.RouteInterface",
        "DependencyViolation.Tunnel",
        "DependencyViolation.NatGateway",
        "InvalidAction",
        "DependencyViolation.Ipv6Gateway",
        "DependencyViolation.CloudServiceResource",
        "DependencyViolation.ClassicLinkInstance",
        "DependencyViolation.DhcpOptionsSet",
        "DependencyViolation.CustomRouteTable",
        "DependencyViolation.Ipv4Gateway",
        "DependencyViolation.GatewayRouteTable",
        "DependencyViolation.AppAccess",
        "DependencyViolation.OppositeRouterInterface",
        "DependencyViolation.TransitRouter",
        "DependencyViolation.Association",
        "IncorrectStatus.SystemPrefixList",
        "OperationDenied.DeleteShareResource",
        "DependencyViolation.PrefixListRelation",
        "DependencyViolation.ShareResource",
        "Vco.StatusNotSupport",
        "DependencyViolation.SslVpnServer",
        "DependencyViolation.GreTunnel",
        "VpnRouteEntry.Configuring",
        "DeletionProtection.ResourceNotExist",
        "DeletionProtection.PrePaidNotSupport",
        "DeletionProtection.TypeNotSupport",
        "DeletionProtection.AlreadyEnabled",
        "DeletionProtection.OwnerError",
        "DeletionProtection.NotExist",
        "IllegalParam.Day",
        "InvalidAccessPointType.NotSupport",
        "InvalidRegionId.NotSupport",
        "InvalidBandwidthPackageIdNumber.NotSupported",
        "InvalidParam.NotNull",
        "Parameter.Illegal",
        "Instance.StatusError",
        "VRouterId.NotFound",
        "Instance.NotExist",
        "InvalidIAssociatedInstanceType.ValueNotSupported",
        "InvalidChargeType.ValueNotSupported",
        "InstanceType.Invalid",
        "InstanceIdLength.Exceed",
        "InvalidTagKey",
        "InvalidTagValue",
        "InvalidFilterValue",
        "InvalidFilterKey.NotFound",
        "InvalidLockReason.NotFound",
        "InvalidParameter.TooMany",
        "InvalidStartTime.Malformed",
        "InvalidEndTime.Malformed",
        "InvalidPeriod.ValueNotSupported",
        "InvalidStartTime.TooEarly",
        "OperationDenied.TooManyDataQueried",
        "OperationFailed.QueryDbError",
        "IllegalParam.Filter.Key",
        "IllegalParam.Filter.Value",
        "SystemQuotaConstraint.Filter.Value",
        "SystemQuotaConstraint.Filter.Key",
        "IllegalParam.FilterKey.ResourceType",
        "DESCRIBE_FORWARD_PARAM_INVALID",
        "InvalidFilterKey.ValueNotSupported",
        "ProjectNotExist",
        "InvalidAction.NotSupport",
        "BusinessStatus.NotSupport",
        "Status.NotSupport",
        "IllegalParam.NetworkType",
        "InvalidRouteTable.NotFound",
        "IllegalParam.RouteEntryType",
        "MissingParam.context",
        "MissingParam.aliUid",
        "MissingParam.bid",
        "OperationFailed.FilterParamUnderWrongRouteType",
        "IllegalParam.NextToken",
        "IllegalParam.NextTokenExpired",
        "OperationFailed.QueryCenEntry",
        "OperationDenied.UseGatewayRouteEntryQueryInterface",
        "Abs.InvalidPayType",
        "Abs.Forbidden",
        "Abs.InvalidPayPeriod",
        "InvalidVRouterId.NotFound",
        "OperationFailed.DescribeCenRoute",
        "OperationFailed.VRouterNotExist",
        "EndPoint.Empty",
        "InvalidConnectionType.MalFormed",
        "InvalidProductForm.MalFormed",
        "InvalidRole.Malformed",
        "InvalidBackendServerId.NotInVPC",
        "InvalidBackendServerType.NotFound",
        "InvalidBackendServerId.NotFound",
        "DESCRIBE_SNAT_PARAM_INVALID",
        "BothEmpty.TagsAndResources",
        "MissingParameter.TagKey",
        "MissingParameter.TagValue",
        "MissingParam",
        "InvalidInstanceType.NotFound",
        "InvalidInstanceIds.NotFound",
        "Forbidden.TagKeys",
        "QuotaExceeded.TagNum",
        "Forbidden.NotAllowedCategary",
        "SizeLimitExceeded.ResourceId",
        "IllegalParam.OwnerId",
        "InvalidVpcIdNumber.NotSupported",
        "InvalidVSwitchIdNumber.NotSupported",
        "InvalidResourceGroupId.NotFound",
        "QueryVpnConnectionLog.NotFound",
        "ParamExclusive.SslVpnServerIdAndSslVpnClientCertId",
        "OperationFailed.AttachmentNotExist",
        "AttrMismatching.VpcDhcpOptionsSetId",
        "OperationUnsupported.DiagnoseVpn",
        "OperationFailed.VpnGatewayDiagnosing",
        "OperationFailed.StartDiagnose",
        "IllegalParam.PrivateSourceIp",
        "IllegalParam.PrivateDestinationIp",
        "MissingParam.NatGatewayId",
        "OperationFailed.RegionNotSupport",
        "OperationFailed.NoPermission",
        "OperationFailed.NatGatewayNotExist",
        "OperationFailed.NatTypeInvalid",
        "OperationFailed.NotExistAssociateRelation",
        "ResourceNotFound.Association",
        "ResourceNotFound.RouteEntry",
        "InvalidAssociateRelation.NotFound",
        "ALIUID.NOT.ALLOW.WITHOUT.SP",
        "ACCESS.DEVICE.NOT.ALLOW.WITHOUT.SP",
        "Forbidden.EnableClassicLink",
        "OperationFailed.Ipv4GatewayAlreadyActive.",
        "OperationDenied.ConflictOfAllZeroRouting",
        "OperationDenied.NatgatewayExist",
        "OperationDenied.VpcHasAlreadyActive",
        "param_error",
        "MissingParam.DiagnoseInfo",
        "IncorrectStatus.DiagnoseTimeout",
        "IncorrectStatus.VpnConnectionDeleted",
        "InvalidDiagnoseId.NotFound",
        "InvalidVpnGatewayId.NotFound",
        "MissingParam.CenInstanceId",
        "IllegalParam.CenInstanceId",
        "Invalid.Grant",
        "QuotaExceeded.CbnGrantRules",
        "InvalidVbr.NotFound",
        "MissingParam.FullnatTableIdOrNatGatewayId",
        "ResourceNotFound.FullNatTable",
        "MissingParam.ResourceType",
        "ResourceNotFound.EndpointServiceId",
        "IllegalParam.MaxResults",
        "OperationFailed.ClearAuthKeyForbidden",
        "OperationUnsupported.VBRAttachedECR",
        "MissingParam.BgpPeerId",
        "InvalidBgpPeerId.NotFound",
        "IncorretStatus.BgpPeer",
        "InvalidCommonBandwidthPackageId.NotFound",
        "IncorrectStatus.ResourceStatus",
        "Forbidden.ChargeTypeIsPrepaid",
        "IncorrectStatus.CbwpModifying",
        "BandwidthPackage.FinancialLocked",
        "OrderError.BandwidthPackage",
        "OperationDenied.VpnFinancialLocked",
        "OperationDenied.VpnConfiguring",
        "InsufficientBalance.Eip",
        "InvalidBandwidth.OutOfMaxTrafficBindedOnNatgw",
        "InvalidEipAddressName.Malformed",
        "Abs.InvalidBandwidth.Malformed",
        "OperationFailed.ConcurrentRequest",
        "Forbidden.InCommonBandwidthPackage",
        "InvalidEccId.NotFound",
        "IllegalParam.EccId",
        "InvalidEccApplication.NotFound",
        "InvalidServiceProvider.Malformed",
        "IllegalParam.Distance",
        "IllegalParam.CircuitCode",
        "IllegalParam.Type",
        "OperationUnsupported.Type",
        "InvalidAccessPoint.NotFound",
        "MissingParam.EccId",
        "IncorrectStatus.EccApplication",
        "OperationUnsupported.type",
        "IncorrectStatus.PconnIdList",
        "IncorrectBusinessStatus.PconnIdList",
        "EcPconnWithVpconnNotAllowAssociateQoS",
        "EcPconnWithCrossAccountVbrNotAllowAssociateQoS",
        "EcDeviceNotSupportQoS",
        "InvalidTrafficType.NotFound",
        "Forbidden.Already.Bounded",
        "InvalidIp.NotFound",
        "IncorretStatus.ForwardEntry",
        "IllegalParam.AnyPortNotZero",
        "ResourceNotFound.NetworkInterfaceId",
        "DependencyViolation.PrivateLinkMode",
        "InvalidGlobalAccelerationInstance.NotFound",
        "InvalidIPv6TranslatorAclEntryId.NotFound",
        "InvalidBandwidth.NotSupport",
        "InvalidBandwidth.DowngradeForbidden",
        "InvalidBandwidth.NotChange",
        "IPv6TranslatorEntry.InvalidParameter",
        "InvalidIpv6AddressId.NotFound",
        "InvalidIpv6GatewayId.NotFound",
        "OperationUnsupported.FinancialLocked",
        "OperationFailed.InternetBandwidthNonExist",
        "OperationFailed.BandwidthExceedLimit",
        "ParamExclusive.Ipv6AddressIdAndIpv6InternetBandwidthId",
        "OperationFailed.QuerySpInfo",
        "OperationFailed.SyncTradeResource",
        "UnsupportedFeature.IndirectConvertForVpcNat",
        "UnsupportedFeature.NormalNatModifyEipBindMode",
        "OperationDenied.EipBondTypeIsAlreadyNAT",
        "UnsupportedFeature.IndirectConvertForFwNat",
        "QuotaExceeded.EipNumForModifyEipBondType",
        "UnsupportedFeature.VpcNatSecurityProtectionEnabled",
        "OperationDenied.NatGatewayStatusInvalid",
        "OperationDenied.EipStatusInvalid",
        "OperationDenied.SnatEntryStatusInvalid",
        "OperationDenied.DnatEntryStatusInvalid",
        "UnsupportedFeature.MutilBindedTypeNatEnableFw",
        "OperationFailed.PrivateLinkMode",
        "IllegalParam.SessionLogDeliveryDestination",
        "OperationFailed.LogDeliveryIsUnAuthorized",
        "IllegalParam.SessionLogDeliveryType",
        "UnsupportedFeature.EnableSessionLog",
        "Forbidden.ModifyEipBondType",
        "OperationFailed.ConfigSessionLog",
        "NATGW_MODIFY_SPEC_SAME",
        "OperationUnsupported.PayByLcuNatModifySpec",
        "Forbidden.ModifySpecToSpecialSpec",
        "Forbidden.ModifySpecToSpecialSpecForNormalNat",
        "OperationDenied.ModifyManagedRouteEntry",
        "MissingParam.NewNextHopId",
        "IllegealParam.NextHopType",
        "UnsupportedFeature.NormalTypeNatGateway",
        "UnsupportedFeature.NextHopType",
        "OperationDenied.NextHopExist",
        "MissingParam.NewNextHopType",
        "UnsupportedFeature.ModifyRouteEntryNextHop",
        "MissingParam.RouteEntryId",
        "IllegalParam.RouteEntryName",
        "Abs.InvaliTableName.Malformed",
        "Abs.InvalidRouteTableId.NotExist",
        "InvalidOppositeRouterType.ValueNotSupported",
        "LinkRole.NotSupport",
        "Forbbiden.ModifyIdAndType",
        "InvalidParam.ModifyRouterInterface",
        "INSTANCE_IN_PROCESSIONG",
        "IllegalParam.HcThreshold",
        "IllegalParam.HcRate",
        "InvalidHealthCheckIP.Malformd",
        "IllegalParam.HcSourceIp",
        "InvalidOppositeRegionId.NotFound",
        "InvalidInstanceOwner.Error",
        "IllegalParam.chargeType",
        "InvalidSpec.ValueNotSupported",
        "InvalidOpposite.NotFound",
        "OperationUnsupported.EipForSnatPool",
        "OperationFailed.SnatIpsTooMany",
        "OperationFailed.CanNotUseEipInDnat",
        "OperationFailed.CanNotUseNatIpInDnat",
        "OperationFailed.GetIDaaSInfo",
        "ModifyIkeV1WithMultiRoutes.Invalid",
        "InvalidVRouterName.Malformed",
        "InvalidVRouterDescription.Malformed",
        "OperationFailed.Ipv6AlreadyEnabled",
        "ParamExclusive.DisableIpv6AndIpv6CidrBlock",
        "IllegalParam.AssociatedPhysicalConnections",
        "IllegalParam.MinTxInterval",
        "IllegalParam.MinRxInterval",
        "IllegalParam.DetectMultiplier",
        "Duplicated.PeerGatewayIp",
        "IllegalParam.LocalGatewayIp",
        "IllegalParam.PeerGatewayIp",
        "InvalidIp.Malformed",
        "IncorrectStatus.VirtualBorderRouter",
        "OperationDenied.VBRAssociateVPconn",
        "OperationFailed.PhysicalConnectionFinancialLocked",
        "OperationFailed.PhysicalConnectionTerminated",
        "Forbidden.VbrNotAllowModifySiteLink",
        "Forbidden.CircuitCodeNotAllowedByCaller",
        "Forbidden.VlanIdNotAllowedByCaller",
        "IllegalCidrBlock",
        "InvalidRegion.Malformed",
        "OperationUnsupported.DisableIpv6",
        "ParamExclusive.EnableIpv6AndCidrBlock",
        "OperationFailed.ClassicLinkEnabled",
        "OperationFailed.IpV6VSwitchInuse",
        "OperationFailed.Ipv6GatewayInUse",
        "OperationFailed.QueryCenIpv6Status",
        "OperationUnsupported.CenIpv6Enabled",
        "ExclusiveParam.EnableIpv6AndCidrBlock",
        "OperationDenied.RemoveCountExceedExistCount",
        "OperationDenied.SystemPrefixList",
        "OperationFailed.OperateShareResource",
        "QuotaExceeded.PBR",
        "OperationFailed.RouteConflictWithIPsecServer",
        "IllegalParam.TunnelId",
        "IllegalParam.Role",
        "OperationFailed.VpnConnectionExist",
        "OperationFailed.InstanceStatusNotAllowed",
        "OperationFailed.ExceedPurchaseLimit",
        "Forbidden.RAM",
        "OperationFailed.AliGroupUserCanNotBuyInnerCommodity",
        "Order.NoRealNameAuthentication",
        "PURCHASE_QUANTITY_LIMIT",
        "InvalidOperation.OrderOpened",
        "InvalidVpnRouteEntry.NotFound",
        "OperationFailed.InvalidStatus",
        "ResourceNotFound",
        "OperationDenied.TerminateVirtualPhysicalConnection",
        "OperationDenied.PconnNotAllowRecover",
        "OperationFailed.VlanIdAlreadyInUse",
        "Forbidden.OperationRecoverNotAllowedByUser",
        "TaskConflict.AssociateGlobalAccelerationInstance",
        "Forbidden.ReleaseSegmentEip",
        "OperationFailed.EipNumInconsistent",
        "OperationFailed.EipStatusInvalid",
        "OperationFailed.EipInBwp",
        "Forbidden.EipInBwp",
        "ResourceNotFound.Ipv6InstanceId",
        "IpInstanceId.NotBandwidthPackage",
        "DependencyViolation.ip",
        "EIP_BIND_NATGATEWAY",
        "OperationFailed.SnatPoolIp",
        "FAILED_INVOKE_INNER_API",
        "OperationUnsupported.IpNotInCbwp",
        "InvalidIpInstanceId.Malformed",
        "OperationUnsupported.EipBindRemote",
        "IPv6TranslatorAcl.DeleteLastEntry",
        "ResourceNotAssociated.TrafficMirrorSource",
        "EcGrantRelation.NotExist",
        "IllegalParam.CompanyLocalizedName",
        "OperationDenied.LOAForVirtualPhysicalConnection",
        "MissingParam.ConstructionTime",
        "HdMonitorEipNumberOverLimit",
        "IncorrectStatus.OnlyForInit",
        "IncorrectStatus.OnlyForTesting",
        "InvalidTagScope.NotFound",
        "MissingParam.Tags",
        "Forbidden.VbrAttached",
        "OperationFailed.VpconnAttached",
        "Forbidden.OperationTerminateNotAllowedByUser",
        "InvalidIpStatus.HasBeenUsedBySnatTable",
        "InvalidIpStatus.HasBeenUsedByForwardEntry",
        "InvalidStatus.SnatOrDnat",
        "InvalidBindInstance.NotFound",
        "ResourceNotAssociated",
        "Forbidden.UnassociateMaster",
        "HA.VIP.NOT.ASSOCIATED.WITH.INSTANCE",
        "ResourceNotFound.Instance",
        "Mismatch.NetworkAclAndVSwitch",
        "PARAMETER_MUST_NOT_NULL",
        "PHYSICAL_NOT_ASSOCIATE_TO_VBR",
        "ROUTER_INTERFACE_REFERED_BY_ROUTEENTRY",
        "InvalidBindingStatus.RouteTable",
        "OperationUnsupported.SystemRouteTable",
        "InvalidStatus.VSwitch",
        "OperationFailed.VSwitchNotAssociate",
        "OperationFailed.Ipv6Gateway",
        "InvalidSecondaryCidrBlock.NotFound",
        "OperationFailed.CidrInUse",
        "InvalidIpv6CidrBlock.NotFound",
        "OperationDenied.UpdateGatewayRouteEntry",
        "IllegalParam.DestCidrBlock",
        "IncorrectStatus.Vswitch",
        "IncorrectStatus.NextHop",
        "OperationDenied.NextHopTypeNonsupport",
        "OperationDenied.LocalEntryCanOnlyModifyNextHop",
        "ExclusiveParam.NextHopTypeAndNextHopId",
        "OperationUnsupported.OnlySupportNormalNetworkInterface",
        "OperationUnsupported.NatConvert",
        "NATGW_NOT_EXIST",
        "OperationFailed.VswNotExist",
        "OperationFailed.NatTypeNotEnhanced",
        "OperationFailed.NatGwBindWithBandwidthPackage",
        "OperationFailed.EipInMiddleStatus",
        "OperationFailed.SnatInMiddleStatus",
        "OperationFailed.DnatInMiddleStatus",
        "OperationFailed.NatGwRouteInMiddleStatus",
        "OperationFailed.EnhancedRegion",
        "OperationUnsupported.VpcAttachedCen",
        "OperationUnsupported.RouterInterfaceExist",
        "OperationFailed.SnatQuotaExceed",
        "OperationFailed.DnatQuotaExceed",
        "OperationFailed.VswBindedRouteTable",
        "OperationFailed.VswBindedAcl",
        "Forbidden.Convert",
        "ParameterMissing.Port",
        "ParameterIllegal.Port",
        "ParameterIllegal.Policy",
        "ParameterMissing.Policy",
        "ParameterIllegal.Protocol",
        "ParameterMissing.Protocol",
        "ParameterIllegal.SourceCidrIp",
        "ParameterMissing.SourceCidrIp",
        "ParameterIllegal.DestinationCidrIp",
        "ParameterMissing.DestinationCidrIp",
        "QuotaExceed.NetworkAclEntry",
        "IllegalParam.IngressAclEntryId",
        "IllegalParam.EgressAclEntryId",
        "IllegalParam.SourceCidrIp",
        "IllegalParam.Policy",
        "IllegalParam.Protocol",
        "IllegalParam.DestinationCidrIp",
        "OperationFailed.Vpconn",
        "MissingParam.regionNo",
        "QuotaExceeded.VirtualBorderRouterBandwidth",
        "OperationUnsupported.SetMultiPconnBandwidth",
        "OperationUnsupported.ModifyBandwidth",
        "Forbidden.PhysicalConnection",
        "IncorrectStatus.VBR",
        "OperationDenied.PrivateLinkNotEnabled",
    ];
    static NAME_CODES: [u32; 168] = [
        0, 12, 24, 33, 53, 58, 92, 99, 105, 106, 107, 115, 119, 121, 122, 123, 150, 154,
        157, 163, 191, 205, 216, 227, 228, 229, 230, 236, 296, 337, 338, 341, 393, 394,
        404, 406, 407, 409, 418, 448, 454, 459, 460, 482, 485, 486, 498, 503, 515, 549,
        550, 557, 567, 594, 599, 627, 632, 655, 656, 662, 663, 670, 688, 689, 690, 691,
        693, 694, 698, 704, 708, 776, 781, 788, 789, 790, 795, 805, 819, 820, 828, 845,
        858, 868, 873, 876, 883, 889, 890, 892, 907, 918, 935, 972, 983, 988, 1008, 1009,
        1010, 1011, 1012, 1016, 1018, 1021, 1022, 1025, 1026, 1030, 1068, 1102, 1111,
        1112, 1113, 1124, 1131, 1142, 1182, 1187, 1201, 1229, 1244, 1247, 1248, 1269,
        1277, 1282, 1283, 1305, 1306, 1327, 1328, 1349, 1350, 1391, 1416, 1425, 1426,
        1427, 1443, 1446, 1479, 1480, 1486, 1503, 1532, 1561, 1577, 1597, 1600, 1604,
        1624, 1626, 1637, 1645, 1652, 1655, 1672, 1673, 1675, 1683, 1699, 1702, 1703,
        1704, 1715, 1722, 1756, 1761,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "IncorrectRiStatusIncorrectStatusFlowlogInvalidIpMalformedInvalidIpIpInSnatPoolInvalidEipStatusBizDisabledEipAlreadyInBandwidthpackageCommodityNoExistInstanceTypeNotSupportPayforCreditPayInsufficientBalanceSystemSaleValidateUnexpectedErrorTradeSyncCreateSubErrorOperationFailedInsufficientEipFrequentPurchaseEipPayInsufficientBalancePayMayiWithholdingAgreementIllegalOrderErrorEipFuwuBizCommodityVerifyFailSystemUnknownErrorInvalidInstanceStatusOrderQuantityInvalidOperationUnsupportedUlaMissingParamPmInfoIncorrectStatusPhysicalConnectionLoaBindInstanceHavePortmapOrBindEipEipCanNotAssociateWithPublicIpBindInstanceOwenerErrorNatgatewayFinanciallockedInstanceTypeNotSupport2CountLimitExceededHaVipOnEcsInstanceQuotaExceededVbrPerpConnExceedAssociateMaxNumPhysicalNotAllowAssociateVbrVpcRouteEntryCidrBlockDuplicateVpcSwitchStatusErrorOperationUnsupportedIPv6UlaInvalidIpv6UlaCidrBlockMalformedQuotaExceededGuaIpv6CidrBlockOperationUnsupportedOnlyUlaOperationDeniedGuaIpv6CidrBlockQuotaExceededVpconnParameterIllegalOperationDeniedLoaStatusNotAllowCompleteIllegalParamLineSpContactInfoCrossBidForbiddenOrderQuotaExceededOrderErrorOperationFailedBgpPeerConflictWithEcrOperationUnsupportedIpv6ForThisRegionBandwidthPackageOperationConflictCreateVSwitchIncorrectStatusCbnStatusVpcSwitchRuleQuotaNotExistsIncorrectStatusCbnStatusTokenProcessingIllegalParamIdCardNoIllegalParamIdcSpOperationUnsupportedActionInvalidParameter2ForbiddenDestnationIpOutOfVpcCidrForbiddenDestinationIpOutOfVswitchCidrForbiddenInternalIpOutOfVpcCidrInvalidNatgwNotExistIncorrectStatusNatgwInvalidIpAddressOutOfRangeInvalidIpAddressNotAvailableInvalidIpAddressAlreadyUsedInvalidIpAddressMalformedInvalidIpAddressOutOfVswCidrInvalidIpAddressAlreadyInUseInvalidStatus2QuotaExceededPConnPerApQuotaExceededFreePconnPerApMissingParamVpcId2InvalidVpcStatusZoneNoAvailableIpParameterIllegal2InvalidParameterBandwidthPackageNIspValueNotSupportCommodityInvalidComponentOperationUnsupportedEnhancedCuRegionInvalidVswitchidNotFoundIncorrectStatusVswitchVpcOnlyCanCreateOneNatGatewayResourceNotFoundVpcInstanceStatusNotAllowOperationDeniedIspNotSupportDdosEnhancedInvalidCidrBlockDuplicateInvalidVpcNotFound2InvalidVbrStatusInvalidWeightParamForbiddenUseVpcAsInternetGatewayInvalidVpcIdOperationUnsupportedSubRouteTableEcmpOperationUnsupportedIpv6ForVbrOperationFailedNotSupportIpv6VpcErrorRiCreateOneLimitBySyncInvaidVbrStatusInvalidRouterIdAttacedToCenInvalidSourceCidrMalformedNotAllowUseSourcecidrOutsidevpcNotAllowUseSourcecidrAutodefineNotAllowUseSourcecidrContainszeroSnatIpPoolCountTooManyNotAllowUseSourcecidrEipNotSupportSnatPoolEipNotInGatewayOperationUnsupportedEipNatBwpCheckOperationUnsupportedEipNatGwCheckCreateSnatEntryParamExclusiveSourceVSwitchIdAndsourceCidrOperationDeniedClassicSlbVpnRouteEntryConflictSslQuotaExceededFreevbrQuotaExceededCrossUserVbrPerUserQuotaExceededSameAccountVbrPerPconnOperationFailedVirtualPhysicalConnectionExistVbrVlanIdHasBeenUsedInPhysicalConnectionUnsupportedFeatureIpam2OperationUnsupportedSetDpdVpnTaskConflictForbiddenNoSlrPermission2VpnGatewayTaskConflictDependencyViolationHaVipAssociatedWithEipInvalidIPv6TranslatorAclIdNotFound2InvalidIPv6TranslatorAclUsedDependencyViolationEipsInstanceNotExistsForbiddenVbrExistsForbiddenAssociateToVbrVpcError2InternalError2DependencyViolationSnatDeleteVSwitchIncorrectStatusCbnStatusOperationUnsupportedVbrAttachedCenInvalidStatusVbrAttatchToEcrParameterIllegal3DescribeForwardParamInvalidMissingParamContextMissingParamAliUid2MissingParamBid2InvalidBackendServerIdNotInVpcDescribeSnatParamInvalidAliuidNotAllowWithoutSpAccessDeviceNotAllowWithoutSpParamErrorOperationUnsupportedVbrAttachedEcrOperationUnsupportedType2OperationDeniedEipBondTypeIsAlreadyNatNatgwModifySpecSameInstanceInProcessiongInvalidHealthCheckIpMalformdIllegalParamChargeType2InvalidIpMalformed2OperationDeniedVbrAssociateVPconnOperationFailedIpV6vSwitchInuseQuotaExceededPbrForbiddenRamPurchaseQuantityLimitDependencyViolationIpEipBindNatgatewayFailedInvokeInnerApiOperationDeniedLoaForVirtualPhysicalConnectionHaVipNotAssociatedWithInstanceParameterMustNotNullPhysicalNotAssociateToVbrRouterInterfaceReferedByRouteentryIncorrectStatusVswitch2NatgwNotExistMissingParamRegionNo2IncorrectStatusVbr",
        ends: &[
            0, 17, 39, 57, 78, 105, 133, 149, 171, 205, 238, 261, 291, 310, 332, 366,
            379, 405, 423, 444, 464, 487, 505, 541, 573, 603, 626, 651, 674, 710, 734,
            755, 783, 814, 834, 861, 893, 922, 949, 980, 999, 1015, 1055, 1084, 1101,
            1119, 1129, 1166, 1203, 1236, 1273, 1300, 1324, 1339, 1359, 1376, 1402, 1419,
            1452, 1490, 1521, 1541, 1561, 1587, 1615, 1642, 1667, 1695, 1723, 1737, 1760,
            1787, 1805, 1821, 1838, 1855, 1906, 1931, 1967, 1991, 2013, 2042, 2061, 2083,
            2123, 2148, 2167, 2183, 2201, 2233, 2245, 2282, 2312, 2341, 2349, 2371, 2386,
            2413, 2439, 2470, 2501, 2534, 2556, 2577, 2598, 2613, 2647, 2680, 2737, 2762,
            2786, 2806, 2838, 2873, 2921, 2958, 2981, 3007, 3022, 3047, 3069, 3110, 3145,
            3173, 3196, 3213, 3231, 3254, 3263, 3277, 3300, 3337, 3371, 3399, 3416, 3443,
            3462, 3481, 3497, 3527, 3551, 3574, 3603, 3613, 3647, 3672, 3710, 3729, 3750,
            3778, 3801, 3820, 3853, 3884, 3900, 3912, 3933, 3954, 3971, 3991, 4037, 4067,
            4087, 4112, 4146, 4169, 4182, 4203, 4221,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Incorrect RI status.The request is forbidden: financial locked.Operation failed: pconn traffic not enable.The request is forbidden.Not support linkrole.Opposite router interface is deleted.Invalid region id: not found.Invalid router interface id: not found.Incorrect business status: flow log.Invalid instance id.Invalid status.Invalid instance id: not found.The resource is not in a state that allows this: flowlog.The request is forbidden: operate managed flow log.Operation denied: flow log deliver failed.A quota was exceeded: bgp.A quota was exceeded: nqa.A quota was exceeded: bgp network.Invalid peer ip address.Invalid vbr network.Invalid bgp group.Invalid bgp name: malformed.Invalid bgp discription: malformed.Invalid bgp authkey: malformed.Invalid IP: malformed.Invalid peer asn: malformed.Invalid params: not null.Invalid params: not found.Invalid params: already exists.Invalid status: cannot operate.Invalid params: peer ip address must point out.Invalid params: peer ip address in use.Duplicated: cidr block.Invalid IP: ip in snat pool.Invalid dest cidr block: malformed.A parameter is not allowed: conflict with d class.Operation failed: no active router interface.Operation denied: security protection types inconsistent.Ip instance id: already in bandwidth package.Ip instance id: biz status invalid.Ip instance id: charge type, not support.Bandwidth package id: invalid biz status.Ip instance id: quota exceeded.Eip operation: too frequently.Task conflict.The resource is not in a state that allows this: eip.Operation unsupported: ip type.Param exclusive: ip instance id and bandwidth package id.Invalid bandwidth package: not exist.Operation failed: distibute lock.Operation failed: zone id inconsistent.Attr mismatching: bandwidth package ip version.Invalid bandwidth package id: not found.Invalid EIP status: biz disabled.Mismatch: cloud box cbwp zone and eip zone.Invalid ip instance id: not found.Ip instance id: invalid ip internet charge type.Bandwidth package id: invalid bandwidth.EIP ALREADY IN BANDWIDTHPACKAGE.Ip instance id: status not available.Invalid ip address: wrong format.Invalid IPv6 translator acl id: not found.Invalid entry comment.Resource: quota full.The request is forbidden: sub user.The request is forbidden.A parameter is not allowed: cidr block.A parameter is not allowed: cidr block mask.The resource is not in a state that allows this: public ip address pool.Resource not found: cidr block.Operation denied: cidr block belong to other user.Resource not found: public ip address pool.A quota was exceeded: pool ip quantity.Operation denied: operate shared resource.A required parameter is missing: cidr block or cidr mask.Duplicated param: cidr block and cidr mask.Incorrect business status: traffic mirror.Opt in required: traffic mirror.Duplicated param: source instance ids.Resource not found: traffic mirror session.The resource is not in a state that allows this: traffic mirror session.Resource already associated: traffic mirror source.Resource not found: network interface.Resource not found: ecs instance.Operation denied: ecs not support traffic mirror.Operation denied: duplicate role.A quota was exceeded: network interface related session.Operation denied: free network interface.A quota was exceeded: source num per session.A quota was exceeded: source num per target.Operation unsupported: bonding network interface.Operation denied: unsupported target type.COMMODITY NO EXIST.A quota was exceeded: eip.A parameter is invalid.Insufficient balance.Reserve ip fail.Invalid region: not support.Invalid bandwidth: malformed.INSTANCE TYPE NOT SUPPORT.Query parameter: illegal.Token verfiy: failed.Order failed.A quota was exceeded: large spec eip.Invalid resource group id.PAYFOR: CREDIT PAY INSUFFICIENT BALANCE.SYSTEM: SALE VALIDATE UNEXPECTED ERROR.Trade sync create sub ERROR.Invalid component: eip bandwidth max.Operation failed: risk control.Operation failed: sale validate.A parameter is not allowed: order param component.Operation failed: sale expression.Operation failed: complete user info.Operation failed: query price.Operation failed: insufficient EIP.Operation failed: invoke inner api.Operation failed: account money invalid.Operation failed: query credti info.Frequent purchase: EIP.Operation failed: query user label.PAY: INSUFFICIENT BALANCE.PAY: MAYI WITHHOLDING AGREEMENT ILLEGAL.Order error: EIP.Iellgal parameter: owner account.Resource not enough: public ip address pool.Mismatch: ip and public ip address pool.Credit pay insufficient balance.Operation denied: not open ddos origin protect service.A parameter is not allowed: isp.Account money validate error.Order failed: concurrent operate.Operation failed: basic info uncompleted.Operation failed: quota not enough.Exclusive param: zone and public ip address pool id.A parameter is not allowed: zone.Operation failed: allocate unfamiliar ip.Ip: allocated.The resource is not in a state that allows this: ip.Unsupported feature: allocate eip address with zone.Resource not found: ip.Operation failed: credit pay insufficient balance.Operation failed: resource not enough.A parameter is not allowed: bandwidth.Operation failed: ip is locked.Mismatch: eip security protection type and pool security protection type.A parameter is not allowed: security protection types.A parameter is not allowed: service location.Unsupported feature: isp.Exclusive param: zone and ip address.FUWU BIZ COMMODITY VERIFY FAIL.The operation conflicts with another one.An internal error occurred.Operation failed: system busy.SYSTEM: UNKNOWN, ERROR.Invalid: reserve, ip.Ip: keeped.INVALID INSTANCE STATUS.Operation failed: instance not exist.Invalid status: value not supported.Operation denied: ip belong to other user.Mismatch: ip and isp.A parameter is not allowed: ip address.ORDER: QUANTITY INVALID.Operation failed: charge type invalid.A parameter is not allowed: eip mask.A parameter is not allowed: name.A parameter is not allowed: description.Instance exist: eip segment.Operation failed: quota exceed.Operation failed: frequent purchase.Operation failed: allocate eip segment.Operation failed: create order failed.A required parameter is missing: bandwidth.Operation failed: eip quota exceed.Operation failed: IPv6 address already allocated.Operation failed: address not in v switch cidr.Operation failed: IPv6 disabled.Resource not found: v switch.A required parameter is missing: ipv6 instance id.Invalid ipv6 instance: not found.A parameter is not allowed: charge type.A parameter is not allowed: internet charge type.Operation unsupported: pre paid.Operation failed: ipv6 gateway dis match ipv6 address.Operation failed: internet bandwidth already existed.Operation failed: ipv6 gateway not exist.The resource is not in a state that allows this: ipv6 instance.A parameter is not allowed: ipv6 address.Unsupported feature: internet charge type on free ipv6 address.Unsupported feature: internet charge type on static isp.Operation unsupported: ULA.Operation failed: open cdt service first.Resource not found: ipv6 address.Operation failed: query account info.System busy.Operation unsupported: ipv6 feature.Unsupported feature: ipv6 isp.A parameter is not allowed: address pool type.Resource not enough: ipv6 cidr.A parameter is not allowed: ipv6 cidr.Unavailable: ipv6 cidr.A required parameter is missing: ali uid.A required parameter is missing: instance id.A required parameter is missing: region no.A required parameter is missing: PM info.A parameter is not allowed: line operator.A parameter is not allowed: line type.A parameter is not allowed: peer location.A parameter is not allowed: pm certificate type.A parameter is not allowed: pm certificate no.A parameter is not allowed: pm contact info.A parameter is not allowed: pm gender.A parameter is not allowed: pm name.A parameter is not allowed: si.Invalid construction time: malformed.The resource is not in a state that allows this: physical connection LOA.The resource is not in a state that allows this: physical connection.A parameter is not allowed: company name.Invalid association: duplicated.Operation denied.A parameter is invalid: mismatch.Incorrect eip status.The instance is not in a state that allows this.Invalid instance type: value not supported.Incorrect ha vip status.Invalid binding status.BIND INSTANCE HAVE PORTMAP OR BIND EIP.EIP CAN NOT ASSOCIATE WITH PUBLIC IP.BIND INSTANCE OWENER ERROR.NATGATEWAY FINANCIALLOCKED.A parameter is invalid: instance type not support.A quota was exceeded: number of traffic eip.A quota was exceeded: number of eip.The request is forbidden: eip can not bind gatgw.Invalid action: denied.Instance type: not support.Bind instance: not supported.The request is forbidden: instance bandwidth not zero.Server region: invalid.Eni: attached.Eni: has sub ip.Invalid: direct eip, bind type.Invalid status: ecs status not support.Invalid: function, not supported.Invalid status: eni status not support.A parameter is invalid: eni instance id.Invalid nexthop: direct eni.Mode: conflict.Mode: not support.A quota was exceeded: multi binded eip.Operation failed: eni sub ip.Invalid eip: eip quota exceeded.Operation failed: query commodity info.Operation unsupported: multi ip.Invalid nic or vm: not found.Operation unsupported: eip bind model.The resource is not in a state that allows this: nat gateway.Eip bind remote: backend region must be single.A parameter is invalid: binding instance region.Operation failed: havip bound portmap.A parameter is not allowed: mode.Invalid status: not allow.Invalid instance: not exist.Resource query error.Invalid status: instance has band width.Operation denied: cloud box resource exist.Operation denied: cloud box v switch exist.Operation denied: no available private ip.Unsupported region.Resource already associated: ip address.Operation failed: ipv4 gateway not opened in vpc.Operation failed: ipv4 gateway not activated in vpc.Operation denied: l2 eip bind ip address.Unsupported feature: eip bind ip address.Operation denied: ipv4 gateway exist.Operation failed: eip bind mode conflict.Operation failed: ecs migrating.Operation failed: ip prefix conflict.Unsupported feature: eip bind prefix ip.Operation denied: unsupported eip bind mode.Operation denied: unauthorized.Operation failed: private ip address not exist.Invalid allocation id: not found.Invalid instan id: not found.The request is forbidden: region not found.Operation denied: vpc ipv4 gateway enabled.The service is unavailable.Invalid eip bandwidth: out of max value.Eip batch bind: type not support.Operation failed: region not match.Operation unsupported: bind on free network interface.Operation unsupported: bind multiple type.Operation unsupported: bind on multiple vswitch.Invalid vip: status.Count limit exceed: ha vip on instance.Count limit exceeded: ha vip on ECS instance.Invalid network interface id: not found.Operation failed: query network interface info.A parameter is not allowed: instance type.Operation unsupported: bind on same ecs.Operation unsupported: havip bind type.Operation denied: bind on same ecs.The request is forbidden: ha vip.Invalid ha vip: exist.Invalid ha vip id: not found.A quota was exceeded: ha vip bind instance.Parameter missing: ali uid.Parameter missing: bid.Parameter missing: region id.Parameter empty: region id.Parameter missing: network acl id.Parameter empty: network acl id.Parameter missing: resources.Parameter empty: resources.Invalid network acl: not found.Network status: modifying.Resource status: error.Invalid resource: not found.Invalid resource: vpc error.Invalid resource: binding exist.Not support: network acl.Parameter illegal: resource type.Invalid operation: router interface not deleted.Invalid operation: operation not allowed in state.Invalid status: not allowed.Invalid physical connection id: not found.Invalid vlan id: used.A required parameter is missing.Invalid physical connection id: not enabled.Invalid vlan id: malformed.Invalid circuit code: malformed.Invalid local gateway ip: malformed.Invalid peer gateway ip: malformed.Invalid peering subnet mask: malformed.Invalid name: malformed.Invalid description: malformed.A quota was exceeded: vbr perp conn.EXCEED ASSOCIATE MAX NUM.Invalid ip: not same subnet.Invalid status: status not enabled.PHYSICAL NOT ALLOW ASSOCIATE VBR.The request is forbidden: operation not allowed.The request is forbidden: not same access device.Duplicated: local gateway ip.Operation failed: vlan id in use.Duplicated param: local gateway ip.Duplicated param: peer gateway ip.Duplicated param: local ipv6 gateway ip.Duplicated param: peer ipv6 gateway ip.Ec pconn vbr must contains all.The request is forbidden: operation not allowed by user.The request is forbidden: multi vlan ri.The request is forbidden: no ri found.The request is forbidden: local gateway ip not allowed by caller.The request is forbidden: peer gateway ip not allowed by caller.The request is forbidden: peering subnet mask not allowed by caller.The request is forbidden: name not allowed by caller.The request is forbidden: description not allowed by caller.Invalid vbr id: not found.Invalid vbr owner id: not found.Operation denied: cloud box vbr entry exist.Operation denied: other cloud box vbr entry exist.Resource already associated: route table.Operation denied: associate gateway route table.Operation denied: switch to system route table.Invalid route table id: not found.A parameter is invalid: action.Invalid v switch id: not found.Incorrect v switch status.The request is forbidden: v switch already associated route table.The request is forbidden: not in same vpc.The resource is not in a state that allows this: route table.Resource not found: ipv4 gateway.The resource is not in a state that allows this: ipv4 gateway.Resource already associated: ipv4 gateway.Resource not found: gateway route table.The resource is not in a state that allows this: gateway route table.Resource already associated: gateway route table.Operation denied: ipv4 gateway not active.Operation denied: route table type incorrect.Resource not found: route table.Operation denied: gateway and table not in one vpc.A parameter is not allowed: gateway type.Unsupported feature: ipv6 gateway route table.Operation failed: concurrent operation.Idempotent parameter mismatch.Resource not found: gateway endpoint.The resource is not in a state that allows this: gateway endpoint.Resource not found: service name.Resource not found: prefix list.Mismatch: vpc and route table.Resource already exist: association.VPC ROUTE ENTRY CIDR BLOCK DUPLICATE.VPC SWITCH STATUS ERROR.A quota was exceeded: vpc route entry num.Operation unsupported: destination cidr block overlap with v switch.The resource is not in a state that allows this: vpc.The resource is not in a state that allows this: cen status.Unsupported feature: router table type.Invalid vpc: not found.Param exclusive: secondary cidr and ipv6 cidr.Operation unsupported: vpc multi cidr.A required parameter is missing: secondary cidr or ipv6 cidr.Operation unsupported: IPv6 ULA.Operation failed: ipv6 cidr block existed.Invalid ipv6 ULA cidr block: malformed.A quota was exceeded: GUA ipv6 cidr block.A parameter is not allowed: ipv6 cidr type.Operation unsupported: only ULA.Invalid cidr block: malformed.A parameter is not allowed: secondary cidr block.Duplicated: secondary cidr block.Operation failed: conflict with entry.A quota was exceeded: vpc multi cidr.A required parameter is missing: secondary cidr block or ipv6 cidr block.A required parameter is missing: vpc id.A parameter is not allowed: ip version.Operation denied: GUA ipv6 cidr block.Operation failed: IPv6 cidr not reserved.Invalid cidr block.A parameter is not allowed: ipam pool.A required parameter is missing: secondary cidr mask.A parameter is not allowed: secondary cidr mask.Operation denied: request region invalid.Operation denied: ipam pool not in region.A required parameter is missing: cidr or cidr mask.Operation denied: cidr in exclude cidrs.Operation denied: available cidr insufficient.Unsupported feature: ipam.Resource not found: ipam pool.A parameter is not allowed: certificate type.Operation failed: not national standard.Vpn gateway: configuring.Operation failed: no ram permission.Operation failed: association exist.Operation failed: another association exist.Operation failed: invalid certificate.The request is forbidden: no slr permission.Invalid vpn gateway instance id: not found.Invalid certificate id: not found.The request is forbidden: operate share resource.Invalid dhcp options set id: not found.The resource is not in a state that allows this: dhcp options set.Invalid vpc id: not found.The resource is not in a state that allows this: vpc dhcp options set.Operation failed: attachment exist.A quota was exceeded: attach vpc number.A quota was exceeded: VPCONN.Operation failed: vbr binded pconn.Resource not found: physical connection id.The request is forbidden: not allowed in state.Resource type: unknown.Invalid resource id: not found.PARAMETER ILLEGAL.Resource not found: v switch id.Mismatch: v switch and private ip address.A parameter is not allowed: line code.A parameter is not allowed: line label.Operation denied: LOA status not allow complete.A parameter is not allowed: line SP contact info.A required parameter is missing: physical connection id.Operation unsupported: skip construction.Incorrect role: not initiating side.Incorrect opposite interface info: not set.Incorrect opposite interface info.The request is forbidden: only one connection.The request is forbidden: bills outstanding.Invalid account: not found.Err code: invalid.Attr mismatching: accepting side role.Attr mismatching: accepting side instance id.Attr mismatching: accepting side region no.Attr mismatching: accepting side router id.Attr mismatching: accepting side router type.Attr mismatching: accepting side ali uid.Attr mismatching: accepting side opposite interface owner id.Attr mismatching: accepting side opposite region no.Attr mismatching: accepting side opposite interface id.Attr mismatching: accepting side opposite router id.Attr mismatching: accepting side opposite router type.A parameter is not allowed: instance owner.CROSS BID: FORBIDDEN.Not open: api.Not found: bandwidth package.ORDER: QUOTA EXCEEDED.ORDER: ERROR.Parameter missing: source network acl id.Parameter empty: source network acl id.Invalid source network acl: not found.Invalid bgp description: malformed.Invalid bgp group: local asn invalid.A parameter is not allowed: peer asn.A parameter is not allowed: local asn.Operation unsupport.A parameter is not allowed: route limit.A parameter is not allowed: bgp group local asn.Operation denied: vbr attach ecr in middle status.Operation failed: bgp peer conflict with ECR.Invalid access device id: not found.A quota was exceeded: bfd session.Bgp peer: already, exists.A required parameter is missing: enable bfd.Operation unsupported: IPV6 for this region.A parameter is not allowed: bfd multi hop.Unsupported feature: vpconn.Duplicated param: peer ip address.Duplicated param: local ip address.Duplicated param: peer ipv6 address.Duplicated param: local ipv6 address.A parameter is not allowed: local gateway ip and mask.A parameter is not allowed: peering ipv6 subnet mask.Resource not enough: bandwidth.A parameter is invalid: name, malformed.A parameter is invalid: description, malformed.Bandwidth package operation: conflict.A parameter is invalid: bandwidth.Bandwidth package: quota exceeded.A parameter is invalid: invalid charge type.Operation failed: sync order to sub.A parameter is not allowed: ratio.Operation unsupported: invalid zone.A parameter is not allowed: available zone.A required parameter is missing: name or description.Unsupported region: cloud box internet.Resource not enough: common band width package.Invalid zone id: not found.Invalid authkey: malformed.Invalid ip address: already exist.Invalid name.Invalid description.A parameter is not allowed: asn.Operation denied: missing asn.A parameter is invalid: tag value.Size limit exceeded: tag num.The request is forbidden: tag key, duplicated.A parameter is invalid: tag key.Duplicated: tag key.Create vpn user gateway quota full: quota full.The request is forbidden: sub user.Invalid v switch name: malformed.Invalid v switch discription: malformed.Abs: vpc, invalid description, malformed.Resource not available.Invalid cidr block: overlapped.A quota was exceeded: v switch.Incorrect route entry status.Invalid cirdr block: mask length.Incorrect vpc status.Create v switch: incorrect status, cbn status.VPC: SWITCH, RULE, QUOTA, NOT, EXISTS.The request is forbidden: vpc not found.Route conflict: already exist.Operation failed: cidr across.Duplicated: client token.A parameter is not allowed: ipv6 cidr block.Operation failed: vpc ipv6 disabled.The resource is not in a state that allows this: cbn status.Operation failed: default vpc not exist.Unsupported feature: cloud box ipv6.Operation denied: vpc peer exist.Operation denied: cen attached.Operation denied: natgw exist.Operation denied: other subnet creating.Operation failed: default v switch exist.Invalid: not exist.Invalid status: route entry.TOKEN PROCESSING.Invoke error.Invalid vpc name: malformed.Invalid vpc discription: malformed.A quota was exceeded: vpc.Resource not available: vpc.Invalid user cidr: quota.Invalid user cidr: malformed.A required parameter is missing: enable ipv6.A parameter is not allowed: zone id.Operation failed: default vpc exist.Operation unsupported: dhcp options set.Invalid domain name servers: malformed.A quota was exceeded: domain name servers.A parameter is not allowed: domain name servers.A parameter is not allowed: domain name.A parameter is not allowed: dhcp options set name.A parameter is not allowed: dhcp options set description.A quota was exceeded: region dhcp options set.Operation unsupported: dhcp lease time.A parameter is not allowed: lease time.A parameter is not allowed: ali uid.A required parameter is missing: bid.A parameter is not allowed: region no.A parameter is not allowed: bandwith.A parameter is not allowed: contact tel.A parameter is not allowed: contact mail.A parameter is not allowed: ID card no.A parameter is not allowed: port type.A parameter is not allowed: peer city.A parameter is not allowed: service provider.A parameter is not allowed: redundant ecc id.A parameter is not allowed: idc SP.Operation unsupported: qos.A quota was exceeded: qos.A quota was exceeded: qos medium priority queue count.A quota was exceeded: qos high priority queue count.A quota was exceeded: qos medium priority queue bandwidth percent.The resource is not in a state that allows this: qos.Ec qo s conflict.Ec qos rule not allow v4 and v6.A quota was exceeded: qos rule count.A parameter is not allowed: resource type.Ec failover test job exceed max resource num.Ec failover test job resource in another processing job.A parameter is not allowed: resource id.The resource is not in a state that allows this: resource id.Incorrect business status: resource id.Vpconn not associated vbr.Vpconn with vlan0 not support shutdown.Pconn contains more than one vpconn.Pconn contails more than one across count vbr.A parameter is not allowed: job type.A parameter is not allowed: job duration.Another job testing.Opt in required: flow log.Operation unsupported: advanced feature.Project or logstore not exist.Source project not exist.The request is not authorized.Operation unsupported: action.Parameter invalid.Rule exist.Invalid hd monitor status.A quota was exceeded: flowlog count.INVALID PARAMETER.Invalid resource type: not found.Operation unsupported: resource type.A parameter is not allowed: aggregation interval.Unsupported feature: user defined traffic path.A parameter is not allowed: traffic path.Duplicated param: traffic path.A parameter is not allowed: resource group id.Operation denied: operate share resource.Unsupported feature: private link enabled.Unsupported feature: port segment.Duplicated param: internal port.Duplicated param: external port.Operation failed: any port config.Operation unsupported: forward entry.Invalid ip: not in natgw.A quota was exceeded: forward entry.The resource is not in a state that allows this: nat ip.The request is forbidden: ip has been used in snat.Invalid external ip: malformed.Invalid internal ip: malformed.Invalid external port: malformed.Invalid internal port: malformed.The request is forbidden: destnation ip out of vpc CIDR.The request is forbidden: destination ip out of vswitch CIDR.Invalid protocal: value not supported.Incorret forward entry status.Forward entry: duplicated.The request is forbidden: external ip, used in snat table.The request is forbidden.The request is forbidden: internal ip out of vpc CIDR.Invalid: natgw not exist.Any port: port must be zero.The resource is not in a state that allows this: forward entry.Duplicated: destination port.Operation unsupported: eip in binding.A quota was exceeded: forward entry session manyto one.Operation failed: dnat port range limit.The resource is not in a state that allows this: NATGW.Resource not found: nat ip.Invalid forward table id: not found.Invalid external ip: not found.System: error.Illegal param format: nat ip.Unsupported feature: private link mode.A quota was exceeded: full nat entry.Resource already exist: full nat entry.The resource is not in a state that allows this: network interface.Operation failed: allocate nat ip port failed.Resource not found: nat gateway.Invalid bandwidth: value not supported.Invalid service location: value not supported.A quota was exceeded: global acceleration instance.Invalid global acceleration instance name: malformed.Invalid global acceleration instance description: malformed.Operation failed: unpaid bills exist.Invalid IP address: out of range.Invalid IP address: not available.Invalid IP address: already used.Invalid IP address: malformed.Abs: vpc, invalid name, malformed.Invalid IP address: out of vsw CIDR.Invalid IP address: already in use.Unsupported feature: cloud box ha vip.Count limit exceed: ha vip in vpc.A quota was exceeded: ha vip.Invalid: status.Invalid type: malformd.Invalid peer location: malformd.Invalid line operator: malformd.Invalid port type: malformd.Invalid redundant physical connection id: not found.A quota was exceeded: p conn per AP.Invalid bandwidth.Invalid redundant physical connection.Invalid redundant physical connection status.A quota was exceeded: free pconn per AP.Invalid physical connection operator: malformed.Invalid physical connection port type: malformed.Invalid physical connection bandwidth: malformed.A parameter is not allowed: client token.Invalid port type: not found.Ec not support region.Ec fail to get ap.Ec not enough resource.Spec: not support.Duration: not support.Pricing cycle: not support.Pay type: not support.Inventory not enough.Bandwidth: not support.Nat64 acl: acl name exist.Invalid ip address: private address.IPv6 translator entry: invalid port.Invalid IPv6 translator id: not found.IPv6 translator entry: invalid protocol.IPv6 translator: configuring.IPv6 translator entry: invalid bandwidth.IPv6 translator entry: IPv6 conflict.IPv6 translator entry: IPv4 conflict.IPv6 translator entry: acl id null.IPv6 translator entry: invalid acl status.IPv6 translator entry: invalid acl type.Operation unsupported: i psec server.Vpn gateway: ssl vpn disabled.Vpn gateway: financial locked.Operation failed: i psec server exist.Operation unsupported: ipsec pfs.A parameter is not allowed: auth method.A parameter is not allowed: local subnet.A parameter is not allowed: client ip pool.A required parameter is missing: i daa s instance id.Client ip pool: netmask invalid.Vpn route entry: conflict.Client ip pool: subnet invalid.Invalid client ip pool: conflict.Operation failed: add vpc route.A quota was exceeded: vpn route entry.Enable ha check: ipsec server cidr contains vpc route dest.Vpn gateway: i psec server and vpn connection conflict.Invalid i daa s instance id: not found.Operation denied: exist direct eip.Operation denied: subnet route v1 exist.Operation denied: normal nat exist.Operation denied: vpc exist ipv4 gateway.Unsupported feature: ipv4 gateway.Operation denied: vpn exist.Operation denied: direct eip exist.Operation failed: get nfv service list.Operation failed: vpc not exist.Invalid ipv6 gateway: not found.Operation failed: financial locked.Operation unsupported: egress rule v switch.Operation failed: no internet bandwidth.Operation failed: ipv6 egress rule existed.Operation failed: internet bandwidth unstable.The resource is not in a state that allows this: ipv6 internet bandwidth.Operation unsupported: egress rule in default spec.A quota was exceeded: ipv6 egress rules.Mismatch: ipv6 address and ipv6 gateway.A parameter is not allowed: spec.Operation unsupported: only one ipv6 gateway in vpc.Operation failed: information incomplete.Operation failed: no payment method.A required parameter is missing: vpc id.The request is forbidden: nat pay by spec.Unsupported feature: private link.Dependency violation: full nat entry.Unsupported feature: internet charge type.Invalid VPC status.Invalid nat gateway name: mal formed.Invalid nat gateway description: mal formed.A required parameter is missing: bandwidth package.Router entry conflict: duplicated.A quota was exceeded: bandwidth package ips.Allocate ip failed.ZONE NO AVAILABLE IP.Parameter illegal.A parameter is invalid: bandwidth package, n, ISP, value not support.Invalid nat gateway id: not found.Vswitch status error.Vpc status error.A parameter is invalid: spec, value not supported.COMMODITY: INVALID COMPONENT.Create nat gateway: route conflict, dynamic route.Operation unsupported: multi nat gateway.The request is forbidden: check entry rule quota.The resource is not in a state that allows this: route entry.The resource is not in a state that allows this: route table status.Operation failed: token verfiy.Operation failed: enhanced quota exceed.Order error: no available payment method.Order error: basic info uncompleted.Operation unsupported: enhanced CU region.The caller has no permission: create service linked role.Operation unsupported: enhanced region.Operation failed: enhanced inventory not enough.Operation failed: vsw not belong to vpc.Operation failed: enhanced user is un authorized.Operation unsupported: pre paid py by lcu.Operation failed: normal inventory not enough.Operation failed: v switch no available ip.Operation failed: enhanced check inventory.Unsupported feature: icmp reply enabled.Unsupported feature: security protection enabled.Operation failed: region convert.Unsupported feature: vpc nat.Invalid VSWITCHID: not found.The resource is not in a state that allows this: VSWITCH.Operation failed: vpc nat gateway inventory not enough.Operation failed: vpc nat gateway check inventory.Security group type: not supported.Security group: not exist.Operation failed: contain forbidden label.Operation denied: pre paid instance.Unsupported feature: geneve.VPC ONLY CAN CREATE ONE NAT GATEWAY.Operation failed: crate entry time out.The request is forbidden: create special spec nat gateway.Unsupported zone for fw nat.Order error: nat gateway.Operation failed: no available resource.Mismatch: nat ip and nat ip cidr.Resource not found: nat ip cidr.A quota was exceeded: nat ip.Resource already exist: nat ip.Resource not enough: switch available ips.Resource not enough: nat ip.Operation failed: nat ip cidr in use.A quota was exceeded: nat ip cidr.Operation failed: create nat ip cidr in vpc cidr block.Operation failed: create nat ip cidr not in user cidr.Resource already exist: nat ip cidr.Resource not found: VPC.Parameter missing: vpc id.Parameter length illegal: name.Parameter illegal: name.Parameter length illegal: description.Parameter illegal: description.Parameter empty: vpc id.A quota was exceeded: network acl.I abs: invalid status, value not supported.Invalid price: not found.Invalid physical connection charge type: malformed.Invalid physical connection period: malformed.Invalid physical connection pricing cycle: malformed.INSTANCE: STATUS, NOT, ALLOW.Abs: instance not exist.A quota was exceeded: per access point.Invalid instance: not found.The resource is not in a state that allows this: access point.The request is forbidden: create public ip address pool.A quota was exceeded: public ip address pool.A required parameter is missing: zones.A parameter is not allowed: zones.Illegal param size: zones.Operation denied: ISP not support ddos enhanced.Incorrect business status: public ip address pool.Opt in required: public ip address pool.Dry run operation.A quota was exceeded.Invalid CIDR block: duplicate.Invalid next hop: not found.Invalid v router: not found.Invalid VPC: not found.Invalid nexthop type and list: both null.Invalid nexthop type and list: both not null.Invalid router interface.Invalid opposite router type.Invalid nexthop list size.Invalid entry rule quota: not found.Invalid VBR status.Invalid physical connection business status.Invalid router type.Count limit exceed: ha vip route entry.Invalid route entry: duplicate.A parameter is invalid.INVALID WEIGHT PARAM.FORBIDDEN USE VPC AS INTERNET GATEWAY.Invalid nexthop.INVALID VPC ID.Invalid route entry size.Invalid route entry.Invalid destination cidr block.The request is forbidden: v router not found.Default validate: error.Region: not support.Operation failed: notify cen create.The request is forbidden: private ip not found.Operation unsupported: inactive mode.Invalid route entry name: malformed.The resource is not in a state that allows this: multi scope ri route entry.Operation unsupported: more than one vpn or havip.Operation unsupported: ecmp ri type or number.Duplicated: vpc next hop.Operation unsupported: sub route table ECMP.Invalid nexthop: not found.A parameter is not allowed: next hop id.Invalid vpn instance id: not found.Operation failed: scope active route entry type.Operation failed: scope standby route entry quota.Operation failed: scope active route entry quota.Operation unsupported: scope invalid route type.Operation failed: ecmp invalid router interface opposite type.Operation unsupported: ipv6 ecmp route entry.Operation unsupported: ipv6 cidr block.Operation unsupported: ipv6 for VBR.A quota was exceeded: ha vip route entry.Operation failed: invalid nexthop.Operation failed: notify cen delete.Invalid nat gateway: not found.Operation failed: cxp route exist.Operation failed: get eni info.A quota was exceeded: ecmp route entry next hop count.Operation failed: invalid next hop type.Operation unsupported: invalid router interface type.Invalid ha vip: not found.Operation failed: multi scope type.Invalid attachment: not found.Operation failed: active network interface not found.Invalid network interface: not found.Operation failed: query attachment info.A parameter is not allowed: attachment id.Operation failed: not support IPV6.The resource is not in a state that allows this: ipv6 address.Operation unsupported: ipv6 entry on primary network interface.Operation unsupported: specify ip on ipv6 entry.Operation unsupported: mutiple ipv6 address.Operation denied: ipv6 entry on custom table.Operation denied: cloud box vbr entry allowed in custom route table.Operation denied: route table associate not cloud box v switch.Operation denied: vbr mis match cloud box.Operation denied: vbr idle.Operation denied: router interface to different vpc.Operation denied: router interface from different zones.Resource not found: vpc peer.The resource is not in a state that allows this: vpc peer.Operation denied: route table type not permitted.Operation denied: gateway route table not permitted.Unsupported feature: vpc peer ipv6.Operation denied: vpc ipv6 not enabled.Unsupported feature: create prefix list ecmp route entry.Operation denied: router interface ipv6 not enabled.Operation denied: next hop type not permitted.Resource already associated: prefix list.Operation failed: cidr conflict with prefix list.Mismatch: ha vip id and route table id.Operation failed: operation locked.Mismatch: ipv4 gateway id and route table id.Resource not associated: cen.The resource is not in a state that allows this: cen relation.Operation denied: cen type invalid.Resource not found: cen.The resource is not in a state that allows this: router interface.Invalid nexthop: unsupported eni biz type.Operation denied: router interface ipv6.Invalid next hop type.Resource not associated: ecr.Invalid next hop id: not found.Operation failed: instance dismatch current vpc.VPC: ERROR.A parameter is invalid: route table name, malformed.A quota was exceeded: route table.Invalid vpc id: not support.A quota was exceeded: gateway route table.Invalid aliuid.Invalid role: value not supported.Invalid spec: valud not supported.Invalid router type: value not supported.Limitation exceed: interface number on router.The request is forbidden: not in router interface create whitelist.RI CREATE ONE LIMIT BY SYNC.Invalid access point: value not allowed.A parameter is invalid: not found.Invalid access point: not match.Invalid access point: not exist.INVAID VBR STATUS.The request is forbidden: accept role not support pre pay.Invalid router interface spec: malformed.Vpc subnet: not found.A parameter is not allowed: healthcheck ip.Operation failed: hc for invalid ri type.A parameter is not allowed: cross border bandwidth.A parameter is not allowed: v router type.The request is forbidden: cross border.Invalid router id: not found.Invalid commodity: not found.Invalid router interface charge type: malformed.A parameter is not allowed: region id.Resource not in resource group.Have connection between routers.Invalid bandwidth: not enough.Forbidden action.Operation failed: not support IPv6.A parameter is invalid: available zone id.Operation failed: no available amount.Invalid router id: attaced to CEN.Invalid source CIDR: malformed.NOT ALLOW USE SOURCECIDR OUTSIDEVPC.NOT ALLOW USE SOURCECIDR AUTODEFINE.NOT ALLOW USE SOURCECIDR CONTAINSZERO.The request is forbidden: ip has been used in dnat.The request is forbidden: source v switch id, include ha vip.Invalid snat ip: malformed.SNAT IP POOL COUNT TOO MANY.The request is forbidden: snat entry count limited.NOT ALLOW USE SOURCECIDR.The request is forbidden: source v switch id, duplicated.The request is forbidden: ip used in forward table.EIP NOT SUPPORT SNAT POOL.EIP NOT IN GATEWAY.Operation unsupported: cidr conflict.Operation unsupported: eip nat ip check.Operation unsupported: eip nat BWP check.Operation unsupported: eip nat GW check.Operation failed: snat ip pool bwp rules.Operation failed: snat ips check.Operation failed: snat ip pool cbwp rules.Create snat entry: param exclusive, source v switch id andsource CIDR.A parameter is invalid: snat ip.The resource is not in a state that allows this: snat entry.A quota was exceeded: snat ip.Operation failed: v switch not in vpc.A quota was exceeded: snat entry.Invalid snat table id: not found.Invalid snat ip: not found.Operation failed: crate snat entry time out.Ssl vpn client create times: reach limits.Create ssl certs quota full: quota full.Invalid ssl vpn server id: not found.Ssl vpn server: already exist.Ip conflict.Ssl vpn server: add route error.A required parameter is missing: i daa s instance id.Operation unsupported: not support multi factor auth.Ssl vpn server port: illegal.Enable ha check: ssl vpn server client cidr contains vpc route dest.A parameter is not allowed: i daa s application id.Ssl vpn i daa s2: not support.A required parameter is missing: i daa s application id.A required parameter is missing: i daa s region id.Invalid i daa s application id: not found.Unsupported feature: ip version.A quota was exceeded: traffic mirror filter.Duplicated param: priority.Illegal param format: src cidr block.Illegal param format: dst cidr block.Resource not found: traffic mirror filter.The resource is not in a state that allows this: traffic mirror filter.A quota was exceeded: traffic mirror rules per filter.Resource not found: slb.Operation denied: slb not in vpc.A quota was exceeded: session num.A quota was exceeded: filter related session.A quota was exceeded: slb related session.Invalid load balancer id: not found.Operation denied: classic SLB.Resource not found: target instance.Operation failed: not support biz type.A parameter is not allowed: priority.Operation failed: resource conflict.Operation failed: idempotent token processing.A required parameter is missing: ipv6 cidr block.A parameter is not allowed: vpc ipv6 cidr block.Operation denied: vpc peer exists.Illegal param format.Illegal param format: v switch cidr reservation cidr.Unsupported feature: reserved type.Unsupported feature: v switch ipv6.Operation failed: v switch cidr reservation cidr.A required parameter is missing: cidr reservation mask or cidr reservation cidr.Unsupported feature: vpc advanced feature.A quota was exceeded: v switch cidr reservation mask.A quota was exceeded: cidr reservation count.Conflict: cidr reservation mask and cidr reservation cidr.Operation failed: cidr not enough in v switch.Operation failed: system reserved ip contained.Operation failed: already used ip contained.A parameter is not allowed: v switch cidr reservation mask.Operation failed: vbr cen not consistent.Operation failed: vbr ali uid not consistent.Operation failed: vbr access device same.Operation failed: vbr band width exceed.Operation failed: vbr in used by other ha.Operation failed: vbr bgp peer not enable bfd.Operation failed: vbr cen not relation.Resource not found: vbr.Vpn connection: configuring.Vpn connection: financial locked.Vpn route entry: already exists.Vpn route entry: conflict SSL.Vpn route entry: backup route.A parameter is not allowed: route dest.Operation failed: invalid cidr block.Resource: pbr route quota full.Create pbr routes quota full: quota full.Create dbr routes quota full: quota full.Invalid vpn connection instance id: not found.Operation failed: pconn allocate vlan0.A quota was exceeded: freevbr.A quota was exceeded: cross user VBR per user.A quota was exceeded: same account VBR per pconn.A quota was exceeded: vbr per pconn port spec.A quota was exceeded: vbr per access device.Vbr bandwidth exceed.Operation failed: pconn exist vlan0 vbr.Operation failed: vlan0 vbr un share pconn.Operation unsupported: virtual border router enable IPv6.A parameter is not allowed: owner ali uid.The request is forbidden: owner ali uid.Operation denied: v pconn.Operation failed: not consistent with vpconn.Operation failed: virtual physical connection exist VBR.The resource is not in a state that allows this: virtual physical connection.Ec associated qo s pconn not allow create cross account vbr.Operation failed: access device disabled.Operation failed: v pconn created.A required parameter is missing: spec.A parameter is not allowed: vlan id.VLAN ID HAS BEEN USED IN PHYSICAL CONNECTION.A parameter is not allowed: vpconn ali uid.A parameter is not allowed: order mode.The request is forbidden: vpconn ali uid.Operation denied: create vpconn.Ec associated qo s pconn not allow create vpconn.System: service busy.A parameter is not allowed: user cidr.Operation unsupported: resource group id.A parameter is not allowed: enable ipv6.Invalid ipv6 cidr block: malformed.Unsupported feature: IPAM.A parameter is not allowed: ipv4 cidr mask.A parameter is not allowed: policy document.A parameter is not allowed: gateway endpoint name.A parameter is not allowed: gateway endpoint description.Resource already exist: gateway endpoint.Resource not found: vpc id.Unsupported feature: gateway endpoint.Operation denied: policy document.A required parameter is missing: policy document.Operation denied: not authorized.Invalid policy: wrong format.A quota was exceeded: prefix list cidr count.Operation failed: cidr count exceed max count.A parameter is not allowed: cidr name.Duplicated param: cidr block.A quota was exceeded: prefix list count.Operation failed: target user pconn traffic not enable.The resource is not in a state that allows this: vbr id.Operation failed: bandwidth or vlan id empty.Not support vpn connection parameter: ipsec pfs.Not support vpn connection parameter: ipsec auth alg.Vpn route entry: invalid weight.A parameter is invalid: vpn connection name.A quota was exceeded: policy based route.A required parameter is missing: tunnel cidr.A required parameter is missing: customer gateway asn.A parameter is invalid: bgp config.A parameter is not allowed: tunnel cidr.Invalid local bgp ip: malformed.A parameter is not allowed: remote subnet.A parameter is not allowed: local bgp ip.Operation failed: miss certificate.A required parameter is missing: remote id.A parameter is not allowed: enable bgp.Invalid tunnel cidr: malformed.Operation unsupported: enable bgp.Invalid customer gateway instance id: not found.Invalid vpn connection: already exists.Vpn gateway: ipsec vpn disabled.Operation unsupported: set DPD.Operation unsupported: set nat traversal.A parameter is not allowed: bgp config.Operation failed: cen level not support.Customer gateway: conflict route entry.Vpn task: CONFLICT.Vpn connection param invalid: same vpn and cgw different ike configs.Vpn connection param invalid: same vpn and cgw traffic selector overlap.Customer gateway: conflict vpn ip.Invalid ssl vpn server cert id: not found.A required parameter is missing: tunnel options specification.Create vpn connections quota full: quota full.Invalid spec: not found.Invalid period.Charge type: not support.Unnecessary ssl connection.Invalid vpn enable.Operation failed: inventory not enough.Operation failed: ip not enough.The request is forbidden: no SLR permission.Operation failed: v switch conflict.Operation failed: az not support.Operation failed: network type not match.Operation failed: ssl not support.Invalid v switch id: second vswitch not support.Invalid v switch id: first vswitch not support.Invalid v switch id: vswitch id should different.Invalid v switch id: first vswitch ip not enough.Invalid v switch id: second vswitch ip not enough.Invalid v switch id: zone id should different.Operation failed: route conflict.Vpn pbr route entry priority: not support.Vpn route entry: src dest weight conflict.Vpn route entry: same priority pbr route prefix overlap.Vpn route entry: src dest conflict.The request is forbidden: invaild owner.Flow log number over limit.Dependency violation: bgp peer.Invalid bgp peer: not found.The resource is not in a state that allows this: bgp peer.Dependency violation: ips.Forbidden action: pre paid.Operation failed: bandwidth package not empty.Invalid operation: deletion protection.Operation unsupported: release95 instance.Operation failed: add ip task in processing.Dependency violation: vpn connection.Vpn gateway: task, conflict.Dependency violation: vpc attachment.Ec qo s with pconn not support delete.A parameter is not allowed: job id.The resource is not in a state that allows this: only for init or stopped.Invalid forward entry id: not found.Resource not found: forward entry.Resource not found: full nat entry.The resource is not in a state that allows this: full nat entry.Resource not found: full nat table id.Incorrect global acceleration instance id status.Invalid global acceleration instance id: not found.The request is forbidden: global acceleration instance charge type is prepaid.The resource is not in a state that allows this.Dependency violation: ha vip refered by route entry.Dependency violation: ha vip associated with EIP.Nat64 gateway: configuring.Forbidden release.Invalid IPv6 translator ACL id: not found.Invalid IPv6 translator ACL: used.Invalid IPv6 translator entry id: not found.IPv6 translator: financial locked.Invalid IPv6 translator id: coexist with entry id.Missing entry or instance id.Invalid ipsec server id: not found.Operation denied: route entry exist.Operation denied: gateway already associated.Operation failed: ipv4 gateway used by eip bind ip address.The resource is not in a state that allows this: egress only rule.Resource not found: ipv6 egress only rule.Dependency violation: gateway route table relation.The resource is not in a state that allows this: ipv6 gateway.Dependency violation: egress rules.Dependency violation: ipv6 internet bandwidth.Operation failed: route entry unstable.Both empty param: ipv6 address id and ipv6 internet bandwidth id.Operation failed: service managed.Dependency violation: vpc endpoint service.Dependency violation: router entry.Dependency violation: bandwidth packages.Dependency violation: EIPS.The request is forbidden: pre paid nat gateway.Dependency violation: snat entry.Dependency violation: forward entry.Dependency violation: nat ip.Dependency violation: nat ip cidr.The resource is not in a state that allows this: router entry.The resource is not in a state that allows this: v switch.INSTANCE NOT EXISTS.Operation failed: default nat ip.Operation failed: default nat ip cidr.Network acl exist binding.Invalid physical connection id: not matched.The request is forbidden: VBR exists.The request is forbidden: associate to VBR.Operation denied: need vpconn owner.Operation denied: need pconn owner.The request is forbidden: not in allow delete status.Resource already associated: pconn qos.Resource in use: public ip address pool.Operation failed: resource is shared.The resource is not in a state that allows this: cidr block.Resource in use: cidr block.Incorrcet route entry status.Invalid route entry: not found.Invalid next hop.Invalid route entry id: not found.Param exclusive: route entry id and route table id or dest cidr block.Invalid next hop list: size.Param exclusive: next hop id and list.Operation failed: delete multi scope entry.Operation denied: delete managed route entry.The resource is not in a state that allows this: vpc route entry.Operation denied: next hop not changed.Operation denied: delete gateway endpoint route.The resource is not in a state that allows this: prefix list.Vpc: error.Internal: error.Operation denied: gateway associated.A required parameter is missing: route table id.Incorrect route table type.Incorrect route table status: route entry exist.Incorrect route table status.Dependency violation: route entry.Invalid instance: status error.Router interface referred by route entry.Referred by route entry: router interface.Incorret snat entry status.Invalid snat entry id: not found.Resource not found: snat entry.Invalid ssl vpn client cert id: not found.The resource is not in a state that allows this: traffic mirror rule.Dependency violation: traffic mirror session.Resource not found: traffic mirror rule.Operation denied: other subnet processing.Dependency violation.Dependency violation: ha vip.Dependency violation: route table.Dependency violation: SNAT.Delete v switch: incorrect status, cbn status.Attr mismatching: nacl and bind instance.Invalid resource: not binding.Dependency violation: network acl.Dependency violation: enhanced natgw.Dependency violation: resource share.Dependency violation: multicast domain.Dependency violation: v switch cidr reservation.Dependency violation: cloud service.Operation failed: ipv6 instance exist.Dependency violation: ipv6 address.Incorrect v switch id.Dependency violation: router interface.Dependency violation: ip prefix.The resource is not in a state that allows this: cidr reservation.Resource not found: cidr reservation.Resource not found: vbr ha.Dependency violation: router interface refered by route entry.Dependency violation: bgp group.Dependency violation: nqa.Dependency violation: bgp network.Operation unsupported: VBR attached cen.Invalid status: vbr attatch to ecr.The request is forbidden: operation delete not allowed by user.The resource is not in a state that allows this: vpc dhcp status.Dependency violation: gateway endpoint.Dependency violation: instance.Dependency violation: v switch.Dependency violation: security group.Dependency violation: route interface.Dependency violation: tunnel.Dependency violation: nat gateway.Invalid action.Dependency violation: ipv6 gateway.Dependency violation: cloud service resource.Dependency violation: classic link instance.Dependency violation: dhcp options set.Dependency violation: custom route table.Dependency violation: ipv4 gateway.Dependency violation: gateway route table.Dependency violation: app access.Dependency violation: opposite router interface.Dependency violation: transit router.Dependency violation: association.The resource is not in a state that allows this: system prefix list.Operation denied: delete share resource.Dependency violation: prefix list relation.Dependency violation: share resource.Vco: status not support.Dependency violation: ssl vpn server.Dependency violation: gre tunnel.Vpn route entry: configuring.Deletion protection: resource not exist.Deletion protection: pre paid not support.Deletion protection: type not support.Deletion protection: already enabled.Deletion protection: owner error.Deletion protection: not exist.A parameter is not allowed: day.Invalid access point type: not support.Invalid region id: not support.Invalid bandwidth package id number: not supported.A parameter is invalid: not null.Parameter: illegal.Instance: status error.V router id: not found.Instance: not exist.Invalid i associated instance type: value not supported.Invalid charge type: value not supported.Instance type: invalid.Instance id length: exceed.Invalid tag key.Invalid tag value.Invalid filter value.Invalid filter key: not found.Invalid lock reason: not found.A parameter is invalid: too many.Invalid start time: malformed.Invalid end time: malformed.Invalid period: value not supported.Invalid start time: too early.Operation denied: too many data queried.Operation failed: query db error.A parameter is not allowed: filter, key.A parameter is not allowed: filter, value.System quota constraint: filter, value.System quota constraint: filter, key.A parameter is not allowed: filter key, resource type.DESCRIBE FORWARD PARAM INVALID.Invalid filter key: value not supported.Project not exist.Invalid action: not support.Business status: not support.Status: not support.A parameter is not allowed: network type.Invalid route table: not found.A parameter is not allowed: route entry type.A required parameter is missing: context.A required parameter is missing: ali uid.A required parameter is missing: bid.Operation failed: filter param under wrong route type.A parameter is not allowed: next token.A parameter is not allowed: next token expired.Operation failed: query cen entry.Operation denied: use gateway route entry query interface.Abs: invalid pay type.Abs: forbidden.Abs: invalid pay period.Invalid v router id: not found.Operation failed: describe cen route.Operation failed: v router not exist.End point: empty.Invalid connection type: mal formed.Invalid product form: mal formed.Invalid role: malformed.Invalid backend server id: not in VPC.Invalid backend server type: not found.Invalid backend server id: not found.DESCRIBE SNAT PARAM INVALID.Both empty: tags and resources.A required parameter is missing: tag key.A required parameter is missing: tag value.A required parameter is missing.Invalid instance type: not found.Invalid instance ids: not found.The request is forbidden: tag keys.A quota was exceeded: tag num.The request is forbidden: not allowed categary.Size limit exceeded: resource id.A parameter is not allowed: owner id.Invalid vpc id number: not supported.Invalid v switch id number: not supported.Invalid resource group id: not found.Query vpn connection log: not found.Param exclusive: ssl vpn server id and ssl vpn client cert id.Operation failed: attachment not exist.Attr mismatching: vpc dhcp options set id.Operation unsupported: diagnose vpn.Operation failed: vpn gateway diagnosing.Operation failed: start diagnose.A parameter is not allowed: private source ip.A parameter is not allowed: private destination ip.A required parameter is missing: nat gateway id.Operation failed: region not support.Operation failed: no permission.Operation failed: nat gateway not exist.Operation failed: nat type invalid.Operation failed: not exist associate relation.Resource not found: association.Resource not found: route entry.Invalid associate relation: not found.ALIUID: NOT, ALLOW, WITHOUT, SP.ACCESS: DEVICE, NOT, ALLOW, WITHOUT, SP.The request is forbidden: enable classic link.Operation failed: ipv4 gateway already active.Operation denied: conflict of all zero routing.Operation denied: natgateway exist.Operation denied: vpc has already active.Param error.A required parameter is missing: diagnose info.The resource is not in a state that allows this: diagnose timeout.The resource is not in a state that allows this: vpn connection deleted.Invalid diagnose id: not found.Invalid vpn gateway id: not found.A required parameter is missing: cen instance id.A parameter is not allowed: cen instance id.Invalid: grant.A quota was exceeded: cbn grant rules.Invalid vbr: not found.A required parameter is missing: fullnat table id or nat gateway id.Resource not found: full nat table.A required parameter is missing: resource type.Resource not found: endpoint service id.A parameter is not allowed: max results.Operation failed: clear auth key forbidden.Operation unsupported: VBR attached ECR.A required parameter is missing: bgp peer id.Invalid bgp peer id: not found.Incorret status: bgp peer.Invalid common bandwidth package id: not found.The resource is not in a state that allows this: resource status.The request is forbidden: charge type is prepaid.The resource is not in a state that allows this: cbwp modifying.Bandwidth package: financial locked.Order error: bandwidth package.Operation denied: vpn financial locked.Operation denied: vpn configuring.Insufficient balance: eip.Invalid bandwidth: out of max traffic binded on natgw.Invalid eip address name: malformed.Abs: invalid bandwidth, malformed.Operation failed: concurrent request.The request is forbidden: in common bandwidth package.Invalid ecc id: not found.A parameter is not allowed: ecc id.Invalid ecc application: not found.Invalid service provider: malformed.A parameter is not allowed: distance.A parameter is not allowed: circuit code.A parameter is not allowed: type.Operation unsupported: type.Invalid access point: not found.A required parameter is missing: ecc id.The resource is not in a state that allows this: ecc application.Operation unsupported: type.The resource is not in a state that allows this: pconn id list.Incorrect business status: pconn id list.Ec pconn with vpconn not allow associate qo s.Ec pconn with cross account vbr not allow associate qo s.Ec device not support qo s.Invalid traffic type: not found.The request is forbidden: already, bounded.Invalid ip: not found.Incorret status: forward entry.A parameter is not allowed: any port not zero.Resource not found: network interface id.Dependency violation: private link mode.Invalid global acceleration instance: not found.Invalid IPv6 translator acl entry id: not found.Invalid bandwidth: not support.Invalid bandwidth: downgrade forbidden.Invalid bandwidth: not change.IPv6 translator entry: invalid parameter.Invalid ipv6 address id: not found.Invalid ipv6 gateway id: not found.Operation unsupported: financial locked.Operation failed: internet bandwidth non exist.Operation failed: bandwidth exceed limit.Param exclusive: ipv6 address id and ipv6 internet bandwidth id.Operation failed: query sp info.Operation failed: sync trade resource.Unsupported feature: indirect convert for vpc nat.Unsupported feature: normal nat modify eip bind mode.Operation denied: eip bond type is already NAT.Unsupported feature: indirect convert for fw nat.A quota was exceeded: eip num for modify eip bond type.Unsupported feature: vpc nat security protection enabled.Operation denied: nat gateway status invalid.Operation denied: eip status invalid.Operation denied: snat entry status invalid.Operation denied: dnat entry status invalid.Unsupported feature: mutil binded type nat enable fw.Operation failed: private link mode.A parameter is not allowed: session log delivery destination.Operation failed: log delivery is un authorized.A parameter is not allowed: session log delivery type.Unsupported feature: enable session log.The request is forbidden: modify eip bond type.Operation failed: config session log.NATGW MODIFY SPEC SAME.Operation unsupported: pay by lcu nat modify spec.The request is forbidden: modify spec to special spec.The request is forbidden: modify spec to special spec for normal nat.Operation denied: modify managed route entry.A required parameter is missing: new next hop id.Illegeal param: next hop type.Unsupported feature: normal type nat gateway.Unsupported feature: next hop type.Operation denied: next hop exist.A required parameter is missing: new next hop type.Unsupported feature: modify route entry next hop.A required parameter is missing: route entry id.A parameter is not allowed: route entry name.Abs: invali table name, malformed.Abs: invalid route table id, not exist.Invalid opposite router type: value not supported.Link role: not support.The request is forbidden: modify id and type.A parameter is invalid: modify router interface.INSTANCE IN PROCESSIONG.A parameter is not allowed: hc threshold.A parameter is not allowed: hc rate.Invalid health check IP: malformd.A parameter is not allowed: hc source ip.Invalid opposite region id: not found.Invalid instance owner: error.A parameter is not allowed: charge type.Invalid spec: value not supported.Invalid opposite: not found.Operation unsupported: eip for snat pool.Operation failed: snat ips too many.Operation failed: can not use eip in dnat.Operation failed: can not use nat ip in dnat.Operation failed: get i daa s info.Modify ike v1 with multi routes: invalid.Invalid v router name: malformed.Invalid v router description: malformed.Operation failed: ipv6 already enabled.Param exclusive: disable ipv6 and ipv6 cidr block.A parameter is not allowed: associated physical connections.A parameter is not allowed: min tx interval.A parameter is not allowed: min rx interval.A parameter is not allowed: detect multiplier.Duplicated: peer gateway ip.A parameter is not allowed: local gateway ip.A parameter is not allowed: peer gateway ip.Invalid ip: malformed.The resource is not in a state that allows this: virtual border router.Operation denied: VBR associate v pconn.Operation failed: physical connection financial locked.Operation failed: physical connection terminated.The request is forbidden: vbr not allow modify site link.The request is forbidden: circuit code not allowed by caller.The request is forbidden: vlan id not allowed by caller.Illegal cidr block.Invalid region: malformed.Operation unsupported: disable ipv6.Param exclusive: enable ipv6 and cidr block.Operation failed: classic link enabled.Operation failed: ip v6 v switch inuse.Operation failed: ipv6 gateway in use.Operation failed: query cen ipv6 status.Operation unsupported: cen ipv6 enabled.Exclusive param: enable ipv6 and cidr block.Operation denied: remove count exceed exist count.Operation denied: system prefix list.Operation failed: operate share resource.A quota was exceeded: PBR.Operation failed: route conflict with i psec server.A parameter is not allowed: tunnel id.A parameter is not allowed: role.Operation failed: vpn connection exist.Operation failed: instance status not allowed.Operation failed: exceed purchase limit.The request is forbidden: RAM.Operation failed: ali group user can not buy inner commodity.Order: no real name authentication.PURCHASE QUANTITY LIMIT.Invalid operation: order opened.Invalid vpn route entry: not found.Operation failed: invalid status.Resource not found.Operation denied: terminate virtual physical connection.Operation denied: pconn not allow recover.Operation failed: vlan id already in use.The request is forbidden: operation recover not allowed by user.Task conflict: associate global acceleration instance.The request is forbidden: release segment eip.Operation failed: eip num inconsistent.Operation failed: eip status invalid.Operation failed: eip in bwp.The request is forbidden: eip in bwp.Resource not found: ipv6 instance id.Ip instance id: not bandwidth package.Dependency violation: ip.EIP BIND NATGATEWAY.Operation failed: snat pool ip.FAILED INVOKE INNER API.Operation unsupported: ip not in cbwp.Invalid ip instance id: malformed.Operation unsupported: eip bind remote.IPv6 translator acl: delete last entry.Resource not associated: traffic mirror source.Ec grant relation: not exist.A parameter is not allowed: company localized name.Operation denied: LOA for virtual physical connection.A required parameter is missing: construction time.Hd monitor eip number over limit.The resource is not in a state that allows this: only for init.The resource is not in a state that allows this: only for testing.Invalid tag scope: not found.A required parameter is missing: tags.The request is forbidden: vbr attached.Operation failed: vpconn attached.The request is forbidden: operation terminate not allowed by user.Invalid ip status: has been used by snat table.Invalid ip status: has been used by forward entry.Invalid status: snat or dnat.Invalid bind instance: not found.Resource not associated.The request is forbidden: unassociate master.HA: VIP, NOT, ASSOCIATED, WITH, INSTANCE.Resource not found: instance.Mismatch: network acl and v switch.PARAMETER MUST NOT NULL.PHYSICAL NOT ASSOCIATE TO VBR.ROUTER INTERFACE REFERED BY ROUTEENTRY.Invalid binding status: route table.Operation unsupported: system route table.Invalid status: v switch.Operation failed: v switch not associate.Operation failed: ipv6 gateway.Invalid secondary cidr block: not found.Operation failed: cidr in use.Invalid ipv6 cidr block: not found.Operation denied: update gateway route entry.A parameter is not allowed: dest cidr block.The resource is not in a state that allows this: vswitch.The resource is not in a state that allows this: next hop.Operation denied: next hop type nonsupport.Operation denied: local entry can only modify next hop.Exclusive param: next hop type and next hop id.Operation unsupported: only support normal network interface.Operation unsupported: nat convert.NATGW NOT EXIST.Operation failed: vsw not exist.Operation failed: nat type not enhanced.Operation failed: nat gw bind with bandwidth package.Operation failed: eip in middle status.Operation failed: snat in middle status.Operation failed: dnat in middle status.Operation failed: nat gw route in middle status.Operation failed: enhanced region.Operation unsupported: vpc attached cen.Operation unsupported: router interface exist.Operation failed: snat quota exceed.Operation failed: dnat quota exceed.Operation failed: vsw binded route table.Operation failed: vsw binded acl.The request is forbidden: convert.Parameter missing: port.Parameter illegal: port.Parameter illegal: policy.Parameter missing: policy.Parameter illegal: protocol.Parameter missing: protocol.Parameter illegal: source cidr ip.Parameter missing: source cidr ip.Parameter illegal: destination cidr ip.Parameter missing: destination cidr ip.A quota was exceeded: network acl entry.A parameter is not allowed: ingress acl entry id.A parameter is not allowed: egress acl entry id.A parameter is not allowed: source cidr ip.A parameter is not allowed: policy.A parameter is not allowed: protocol.A parameter is not allowed: destination cidr ip.Operation failed: vpconn.A required parameter is missing: region no.A quota was exceeded: virtual border router bandwidth.Operation unsupported: set multi pconn bandwidth.Operation unsupported: modify bandwidth.The request is forbidden: physical connection.The resource is not in a state that allows this: VBR.Operation denied: private link not enabled.",
        ends: &[
            0, 20, 63, 106, 131, 152, 189, 218, 257, 293, 313, 328, 359, 416, 467, 509,
            535, 561, 595, 619, 639, 657, 685, 720, 751, 773, 801, 826, 852, 883, 914,
            961, 1000, 1023, 1051, 1086, 1136, 1181, 1238, 1283, 1318, 1359, 1400, 1431,
            1461, 1475, 1528, 1559, 1616, 1653, 1686, 1725, 1772, 1812, 1845, 1888, 1922,
            1970, 2010, 2042, 2079, 2112, 2154, 2176, 2197, 2232, 2257, 2296, 2340, 2412,
            2443, 2493, 2536, 2575, 2617, 2674, 2717, 2759, 2791, 2829, 2872, 2944, 2995,
            3033, 3066, 3115, 3148, 3204, 3245, 3290, 3334, 3383, 3425, 3444, 3470, 3493,
            3514, 3530, 3558, 3587, 3613, 3638, 3659, 3672, 3709, 3735, 3775, 3814, 3842,
            3879, 3910, 3942, 3992, 4026, 4063, 4093, 4128, 4163, 4203, 4239, 4262, 4297,
            4323, 4363, 4380, 4413, 4457, 4497, 4529, 4584, 4616, 4645, 4678, 4719, 4754,
            4806, 4839, 4880, 4894, 4946, 4998, 5021, 5071, 5109, 5147, 5178, 5251, 5305,
            5350, 5375, 5412, 5443, 5484, 5511, 5541, 5564, 5585, 5596, 5620, 5657, 5693,
            5735, 5756, 5795, 5819, 5857, 5894, 5927, 5967, 5995, 6026, 6062, 6101, 6139,
            6182, 6217, 6266, 6313, 6345, 6374, 6424, 6457, 6497, 6546, 6578, 6632, 6685,
            6726, 6789, 6830, 6893, 6949, 6976, 7017, 7050, 7087, 7099, 7135, 7165, 7211,
            7242, 7280, 7303, 7344, 7389, 7432, 7473, 7515, 7553, 7595, 7643, 7689, 7733,
            7771, 7807, 7838, 7875, 7948, 8017, 8058, 8090, 8107, 8140, 8161, 8209, 8252,
            8276, 8299, 8338, 8375, 8402, 8429, 8479, 8523, 8559, 8608, 8631, 8658, 8687,
            8741, 8764, 8778, 8794, 8825, 8864, 8897, 8936, 8976, 9004, 9019, 9037, 9076,
            9105, 9137, 9176, 9208, 9237, 9275, 9336, 9383, 9431, 9469, 9502, 9528, 9556,
            9577, 9617, 9660, 9703, 9745, 9764, 9804, 9853, 9905, 9946, 9987, 10024,
            10065, 10097, 10134, 10174, 10218, 10249, 10296, 10329, 10358, 10401, 10444,
            10471, 10511, 10544, 10579, 10633, 10675, 10723, 10743, 10782, 10827, 10867,
            10914, 10956, 10996, 11035, 11070, 11103, 11125, 11154, 11197, 11224, 11247,
            11276, 11303, 11337, 11369, 11398, 11425, 11456, 11482, 11505, 11533, 11561,
            11593, 11618, 11651, 11699, 11749, 11777, 11819, 11841, 11873, 11917, 11944,
            11976, 12012, 12047, 12086, 12110, 12141, 12177, 12202, 12230, 12265, 12298,
            12346, 12395, 12424, 12457, 12492, 12526, 12566, 12605, 12636, 12692, 12732,
            12770, 12835, 12899, 12967, 13020, 13080, 13106, 13138, 13182, 13232, 13273,
            13321, 13368, 13402, 13433, 13464, 13490, 13556, 13598, 13659, 13692, 13754,
            13796, 13836, 13905, 13954, 13996, 14041, 14073, 14124, 14165, 14211, 14250,
            14280, 14317, 14383, 14416, 14448, 14478, 14514, 14551, 14575, 14617, 14685,
            14738, 14798, 14837, 14860, 14906, 14944, 15005, 15037, 15079, 15118, 15160,
            15203, 15235, 15265, 15314, 15347, 15385, 15422, 15495, 15535, 15574, 15612,
            15653, 15672, 15710, 15763, 15811, 15852, 15894, 15945, 15985, 16031, 16057,
            16087, 16132, 16172, 16197, 16233, 16269, 16313, 16351, 16395, 16438, 16472,
            16521, 16560, 16626, 16652, 16722, 16757, 16797, 16826, 16861, 16904, 16951,
            16974, 17005, 17023, 17055, 17097, 17135, 17174, 17222, 17271, 17327, 17368,
            17404, 17447, 17481, 17527, 17571, 17598, 17616, 17654, 17699, 17742, 17785,
            17830, 17871, 17932, 17984, 18039, 18091, 18145, 18188, 18209, 18223, 18252,
            18274, 18287, 18328, 18367, 18405, 18440, 18477, 18514, 18552, 18572, 18612,
            18660, 18710, 18755, 18791, 18825, 18851, 18895, 18939, 18981, 19009, 19043,
            19078, 19114, 19151, 19205, 19258, 19289, 19329, 19376, 19414, 19448, 19482,
            19526, 19562, 19596, 19632, 19675, 19728, 19767, 19814, 19841, 19868, 19902,
            19915, 19935, 19967, 19997, 20031, 20060, 20106, 20138, 20158, 20205, 20240,
            20273, 20313, 20354, 20377, 20408, 20439, 20468, 20501, 20522, 20568, 20606,
            20646, 20676, 20706, 20731, 20775, 20811, 20871, 20911, 20947, 20980, 21011,
            21041, 21081, 21122, 21141, 21169, 21186, 21199, 21227, 21262, 21288, 21316,
            21341, 21370, 21415, 21451, 21487, 21527, 21566, 21608, 21656, 21696, 21746,
            21803, 21849, 21888, 21927, 21963, 22000, 22038, 22075, 22115, 22156, 22195,
            22233, 22271, 22316, 22361, 22396, 22423, 22449, 22503, 22555, 22621, 22674,
            22691, 22723, 22760, 22802, 22847, 22903, 22943, 23004, 23043, 23069, 23108,
            23144, 23190, 23227, 23268, 23288, 23314, 23354, 23384, 23409, 23439, 23469,
            23487, 23498, 23524, 23560, 23578, 23611, 23648, 23697, 23744, 23785, 23816,
            23862, 23903, 23945, 23979, 24011, 24043, 24077, 24114, 24139, 24175, 24231,
            24282, 24313, 24344, 24377, 24410, 24466, 24527, 24565, 24595, 24621, 24679,
            24704, 24758, 24783, 24811, 24874, 24903, 24941, 24996, 25036, 25091, 25118,
            25154, 25185, 25199, 25228, 25267, 25304, 25343, 25410, 25456, 25488, 25527,
            25573, 25624, 25677, 25737, 25774, 25807, 25841, 25874, 25904, 25938, 25974,
            26009, 26047, 26081, 26110, 26126, 26149, 26181, 26213, 26241, 26293, 26329,
            26347, 26385, 26430, 26470, 26518, 26567, 26616, 26657, 26686, 26708, 26726,
            26749, 26767, 26789, 26816, 26838, 26859, 26882, 26908, 26944, 26980, 27018,
            27058, 27087, 27128, 27165, 27202, 27237, 27279, 27319, 27356, 27386, 27416,
            27454, 27487, 27527, 27568, 27611, 27664, 27696, 27722, 27753, 27786, 27818,
            27856, 27915, 27970, 28009, 28044, 28084, 28119, 28160, 28194, 28222, 28257,
            28296, 28328, 28360, 28395, 28439, 28479, 28522, 28568, 28641, 28692, 28732,
            28772, 28805, 28857, 28898, 28934, 28974, 29016, 29050, 29087, 29129, 29148,
            29185, 29229, 29280, 29314, 29358, 29377, 29398, 29416, 29485, 29519, 29540,
            29557, 29607, 29636, 29686, 29727, 29776, 29837, 29905, 29936, 29976, 30017,
            30053, 30095, 30152, 30191, 30239, 30279, 30328, 30370, 30416, 30459, 30502,
            30542, 30591, 30624, 30653, 30682, 30739, 30794, 30844, 30879, 30905, 30947,
            30983, 31011, 31047, 31086, 31144, 31172, 31197, 31237, 31270, 31302, 31331,
            31362, 31404, 31432, 31469, 31503, 31558, 31612, 31648, 31672, 31698, 31729,
            31753, 31791, 31822, 31846, 31880, 31923, 31948, 31999, 32045, 32098, 32127,
            32151, 32190, 32218, 32280, 32336, 32381, 32420, 32454, 32480, 32528, 32578,
            32618, 32636, 32657, 32687, 32715, 32743, 32766, 32807, 32852, 32877, 32906,
            32932, 32968, 32987, 33031, 33051, 33090, 33121, 33144, 33165, 33203, 33219,
            33234, 33259, 33279, 33310, 33355, 33379, 33399, 33435, 33482, 33519, 33555,
            33631, 33681, 33727, 33752, 33796, 33823, 33863, 33898, 33946, 33996, 34045,
            34093, 34155, 34200, 34239, 34275, 34316, 34350, 34386, 34417, 34451, 34482,
            34536, 34576, 34629, 34655, 34690, 34720, 34773, 34810, 34850, 34892, 34927,
            34989, 35052, 35100, 35144, 35189, 35257, 35320, 35362, 35389, 35441, 35497,
            35526, 35584, 35633, 35685, 35720, 35759, 35816, 35868, 35914, 35955, 36004,
            36043, 36078, 36123, 36152, 36214, 36249, 36273, 36339, 36381, 36421, 36443,
            36472, 36503, 36551, 36562, 36614, 36648, 36676, 36718, 36733, 36767, 36801,
            36842, 36888, 36955, 36983, 37023, 37057, 37089, 37121, 37139, 37197, 37238,
            37260, 37303, 37344, 37395, 37437, 37476, 37505, 37534, 37582, 37620, 37651,
            37683, 37713, 37730, 37765, 37807, 37845, 37879, 37910, 37946, 37982, 38020,
            38071, 38132, 38159, 38187, 38238, 38263, 38320, 38371, 38397, 38416, 38453,
            38493, 38534, 38574, 38615, 38648, 38690, 38760, 38792, 38852, 38882, 38920,
            38953, 38986, 39013, 39057, 39099, 39139, 39176, 39206, 39218, 39250, 39303,
            39356, 39385, 39453, 39504, 39534, 39590, 39641, 39683, 39715, 39759, 39786,
            39823, 39860, 39902, 39973, 40027, 40051, 40084, 40118, 40163, 40205, 40241,
            40271, 40307, 40346, 40383, 40419, 40465, 40514, 40562, 40596, 40617, 40670,
            40705, 40740, 40789, 40869, 40911, 40964, 41009, 41067, 41113, 41160, 41204,
            41263, 41304, 41349, 41390, 41430, 41472, 41518, 41557, 41581, 41609, 41642,
            41674, 41704, 41734, 41773, 41810, 41841, 41882, 41923, 41969, 42008, 42038,
            42084, 42133, 42179, 42223, 42244, 42284, 42327, 42384, 42426, 42466, 42492,
            42537, 42593, 42670, 42730, 42771, 42805, 42843, 42879, 42924, 42967, 43006,
            43047, 43079, 43128, 43149, 43187, 43228, 43268, 43303, 43329, 43372, 43416,
            43466, 43523, 43564, 43591, 43629, 43663, 43712, 43745, 43774, 43819, 43865,
            43903, 43932, 43972, 44027, 44083, 44128, 44176, 44229, 44261, 44305, 44346,
            44391, 44445, 44480, 44520, 44552, 44594, 44635, 44670, 44713, 44752, 44783,
            44817, 44865, 44904, 44936, 44967, 45008, 45047, 45087, 45126, 45145, 45214,
            45286, 45320, 45362, 45424, 45470, 45494, 45509, 45534, 45561, 45580, 45619,
            45651, 45695, 45731, 45764, 45805, 45839, 45887, 45934, 45983, 46032, 46082,
            46128, 46161, 46203, 46245, 46301, 46336, 46376, 46403, 46434, 46462, 46520,
            46546, 46573, 46619, 46658, 46700, 46744, 46781, 46809, 46846, 46884, 46919,
            46993, 47029, 47063, 47098, 47162, 47200, 47249, 47300, 47378, 47426, 47478,
            47527, 47554, 47572, 47614, 47648, 47692, 47726, 47776, 47805, 47840, 47876,
            47921, 47980, 48046, 48088, 48139, 48201, 48236, 48282, 48321, 48386, 48420,
            48463, 48498, 48539, 48566, 48613, 48646, 48682, 48711, 48745, 48807, 48865,
            48885, 48918, 48956, 48982, 49026, 49063, 49106, 49142, 49177, 49230, 49269,
            49309, 49346, 49406, 49434, 49463, 49494, 49511, 49545, 49615, 49643, 49681,
            49724, 49769, 49834, 49873, 49921, 49982, 49993, 50009, 50046, 50094, 50121,
            50169, 50198, 50232, 50263, 50304, 50346, 50373, 50406, 50437, 50479, 50548,
            50593, 50633, 50675, 50696, 50725, 50759, 50786, 50832, 50873, 50903, 50937,
            50974, 51011, 51050, 51098, 51134, 51172, 51207, 51229, 51268, 51300, 51366,
            51403, 51430, 51492, 51524, 51550, 51584, 51624, 51659, 51722, 51787, 51826,
            51857, 51888, 51925, 51963, 51992, 52026, 52041, 52076, 52121, 52165, 52204,
            52245, 52280, 52322, 52355, 52403, 52440, 52474, 52542, 52582, 52625, 52662,
            52686, 52723, 52756, 52785, 52825, 52867, 52905, 52942, 52975, 53006, 53038,
            53077, 53108, 53159, 53192, 53211, 53234, 53257, 53277, 53333, 53374, 53397,
            53424, 53440, 53458, 53479, 53509, 53540, 53573, 53603, 53631, 53667, 53697,
            53737, 53770, 53810, 53852, 53891, 53928, 53982, 54013, 54053, 54071, 54099,
            54128, 54148, 54189, 54220, 54265, 54306, 54347, 54384, 54438, 54477, 54524,
            54558, 54616, 54638, 54653, 54677, 54708, 54745, 54782, 54799, 54835, 54868,
            54892, 54930, 54969, 55006, 55034, 55065, 55106, 55149, 55181, 55214, 55246,
            55281, 55311, 55358, 55391, 55428, 55465, 55507, 55544, 55580, 55642, 55681,
            55723, 55759, 55800, 55833, 55879, 55930, 55978, 56015, 56047, 56087, 56122,
            56169, 56201, 56233, 56271, 56303, 56343, 56389, 56435, 56482, 56517, 56558,
            56570, 56617, 56683, 56755, 56786, 56820, 56869, 56913, 56928, 56966, 56989,
            57057, 57092, 57139, 57179, 57219, 57262, 57302, 57347, 57378, 57404, 57451,
            57516, 57565, 57629, 57665, 57696, 57735, 57769, 57795, 57849, 57885, 57919,
            57956, 58010, 58036, 58071, 58106, 58142, 58179, 58220, 58253, 58281, 58313,
            58353, 58418, 58446, 58509, 58550, 58596, 58653, 58680, 58712, 58755, 58777,
            58808, 58854, 58895, 58935, 58983, 59031, 59062, 59101, 59131, 59172, 59207,
            59242, 59282, 59329, 59370, 59434, 59466, 59504, 59554, 59607, 59654, 59703,
            59758, 59815, 59860, 59897, 59941, 59985, 60038, 60074, 60135, 60183, 60237,
            60277, 60324, 60361, 60384, 60434, 60488, 60557, 60602, 60651, 60681, 60726,
            60761, 60794, 60845, 60894, 60942, 60987, 61021, 61060, 61110, 61133, 61178,
            61226, 61250, 61291, 61327, 61361, 61402, 61440, 61470, 61510, 61544, 61572,
            61613, 61649, 61691, 61736, 61771, 61812, 61845, 61885, 61924, 61974, 62034,
            62078, 62122, 62168, 62196, 62241, 62285, 62307, 62378, 62418, 62473, 62522,
            62579, 62640, 62696, 62715, 62741, 62777, 62821, 62860, 62899, 62937, 62977,
            63017, 63061, 63111, 63148, 63189, 63215, 63267, 63305, 63338, 63377, 63423,
            63463, 63493, 63554, 63589, 63613, 63645, 63680, 63713, 63732, 63788, 63830,
            63871, 63935, 63989, 64035, 64074, 64111, 64140, 64177, 64214, 64252, 64277,
            64297, 64328, 64352, 64390, 64424, 64463, 64502, 64549, 64578, 64629, 64683,
            64734, 64767, 64830, 64896, 64925, 64963, 65002, 65036, 65102, 65149, 65199,
            65228, 65261, 65285, 65330, 65371, 65400, 65435, 65459, 65489, 65528, 65564,
            65606, 65631, 65672, 65703, 65743, 65773, 65808, 65853, 65897, 65954, 66012,
            66055, 66110, 66157, 66218, 66253, 66269, 66301, 66341, 66394, 66433, 66473,
            66513, 66561, 66595, 66635, 66681, 66717, 66753, 66794, 66827, 66861, 66885,
            66909, 66935, 66961, 66989, 67017, 67051, 67085, 67124, 67163, 67203, 67252,
            67300, 67343, 67378, 67415, 67463, 67488, 67531, 67585, 67634, 67674, 67720,
            67773, 67816,
        ],
    };
    static STATUSES: [u16; 1834] = [
        400, 400, 400, 400, 403, 400, 400, 404, 400, 404, 400, 400, 400, 400, 400, 404,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 404, 400, 404, 400,
        400, 404, 400, 400, 404, 400, 400, 400, 400, 403, 403, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 500, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 500, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 500, 400, 400, 400,
        400, 400, 400, 400, 404, 409, 400, 500, 400, 400, 500, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 404, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 404, 500, 400, 500, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 403, 400, 400, 400, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 404, 400, 404, 404, 404, 400, 503, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 404, 404, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 403, 403, 403, 403, 403, 403,
        403, 404, 400, 404, 400, 400, 400, 400, 400, 404, 400, 404, 404, 400, 400, 404,
        404, 404, 400, 404, 400, 400, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404,
        400, 400, 400, 400, 400, 400, 400, 403, 404, 400, 404, 400, 400, 400, 404, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 404, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 404, 400, 404, 404, 500, 400, 400, 400, 400, 400, 400, 404,
        400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 403, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 404, 404, 404, 500, 500, 400,
        400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 404, 500, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 404,
        500, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404,
        400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 404, 400, 404, 400, 400, 400, 400, 400, 404, 400, 400,
        404, 400, 400, 400, 403, 400, 404, 400, 400, 404, 400, 400, 400, 404, 400, 400,
        400, 400, 404, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 500, 500, 400, 400, 400, 400, 404, 400, 404, 400, 400, 400, 400, 404,
        400, 400, 404, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 404, 400, 400, 400, 404, 400, 404, 400, 400, 400, 404,
        404, 400, 400, 400, 400, 400, 400, 403, 400, 400, 404, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 404, 400, 400,
        400, 400, 404, 404, 400, 400, 400, 404, 400, 400, 400, 400, 404, 404, 404, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 403, 403, 400,
        404, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 403, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 404, 404, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 404, 404, 400, 400, 400, 404, 404, 400,
        400, 400, 400, 400, 400, 400, 400, 404, 404, 400, 400, 400, 400, 404, 500, 400,
        400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 500, 500, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 500, 400,
        404, 404, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 403, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 403, 400, 400, 400, 400, 400, 400, 404, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 403, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400,
        404, 404, 404, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 1764] = [
        0, 1, 2, 3, 5, 6, 7, 9, 11, 12, 13, 14, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
        26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45,
        46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 58, 59, 60, 62, 64, 66, 67, 69, 70,
        71, 72, 73, 74, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91,
        92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 106, 107, 108, 109, 110,
        111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 123, 124, 125, 126, 127,
        128, 129, 130, 131, 132, 133, 134, 135, 137, 138, 139, 140, 141, 142, 143, 144,
        145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 157, 158, 159, 160, 161,
        162, 163, 164, 165, 167, 169, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180,
        181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 197,
        198, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214,
        216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231,
        232, 233, 234, 235, 236, 237, 238, 239, 240, 242, 243, 244, 246, 247, 248, 249,
        250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265,
        266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 281, 282,
        283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298,
        299, 300, 301, 302, 303, 304, 305, 306, 308, 309, 310, 311, 313, 314, 315, 316,
        317, 318, 319, 320, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332,
        333, 334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 345, 346, 347, 348,
        349, 350, 351, 353, 354, 355, 356, 357, 358, 359, 360, 361, 362, 363, 364, 365,
        366, 367, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380, 381,
        382, 383, 384, 385, 387, 388, 389, 390, 391, 392, 393, 395, 396, 398, 400, 401,
        402, 404, 405, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419,
        420, 421, 422, 423, 424, 425, 426, 427, 428, 429, 430, 431, 432, 434, 435, 436,
        437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452,
        453, 454, 455, 456, 457, 458, 459, 460, 461, 462, 463, 464, 465, 466, 467, 468,
        469, 470, 471, 472, 474, 475, 476, 477, 478, 480, 481, 482, 483, 484, 485, 486,
        487, 488, 490, 491, 492, 493, 494, 495, 496, 497, 498, 499, 500, 501, 502, 503,
        504, 505, 506, 507, 508, 509, 510, 511, 512, 513, 514, 515, 516, 517, 518, 519,
        520, 521, 522, 523, 524, 525, 526, 527, 528, 529, 530, 531, 532, 533, 534, 535,
        536, 537, 538, 539, 540, 541, 542, 543, 544, 545, 546, 547, 548, 549, 550, 551,
        552, 553, 554, 555, 556, 557, 558, 559, 560, 561, 562, 563, 564, 565, 566, 567,
        568, 569, 570, 571, 572, 573, 574, 575, 576, 577, 578, 579, 580, 581, 582, 583,
        584, 585, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 596, 597, 598, 599,
        600, 601, 602, 603, 604, 605, 606, 607, 608, 609, 610, 611, 612, 613, 614, 615,
        616, 617, 618, 619, 620, 621, 622, 623, 624, 625, 626, 627, 628, 629, 630, 631,
        632, 633, 634, 635, 636, 637, 638, 639, 640, 641, 642, 643, 644, 645, 646, 647,
        648, 649, 650, 651, 652, 653, 654, 655, 656, 657, 658, 659, 660, 661, 662, 663,
        664, 665, 666, 667, 668, 669, 670, 671, 672, 673, 674, 675, 677, 678, 679, 680,
        681, 682, 683, 684, 685, 686, 687, 688, 689, 690, 691, 692, 693, 694, 695, 696,
        697, 698, 699, 700, 701, 702, 703, 704, 705, 706, 707, 708, 710, 711, 712, 713,
        714, 715, 716, 717, 718, 719, 721, 723, 724, 725, 726, 727, 728, 729, 730, 731,
        732, 733, 734, 735, 736, 738, 739, 740, 741, 742, 743, 744, 745, 746, 747, 748,
        749, 750, 751, 752, 753, 754, 756, 757, 758, 759, 760, 761, 762, 763, 764, 765,
        766, 767, 768, 770, 771, 772, 773, 774, 775, 776, 777, 778, 779, 780, 781, 782,
        783, 784, 785, 786, 787, 788, 789, 790, 791, 792, 793, 794, 795, 796, 797, 798,
        799, 800, 801, 802, 803, 804, 805, 807, 808, 809, 810, 811, 812, 813, 814, 815,
        816, 817, 818, 819, 820, 821, 822, 823, 824, 825, 826, 827, 828, 829, 830, 831,
        832, 833, 834, 835, 837, 838, 839, 840, 841, 842, 843, 844, 845, 846, 847, 848,
        849, 850, 851, 852, 853, 854, 855, 856, 857, 858, 859, 860, 861, 862, 863, 864,
        865, 866, 867, 868, 869, 870, 871, 872, 873, 874, 875, 876, 877, 878, 879, 880,
        882, 883, 884, 885, 886, 887, 888, 889, 890, 891, 892, 893, 894, 895, 896, 897,
        898, 899, 900, 901, 902, 903, 904, 905, 907, 908, 909, 910, 911, 912, 913, 914,
        915, 916, 917, 918, 919, 920, 921, 922, 923, 924, 925, 926, 927, 928, 929, 930,
        931, 932, 933, 934, 935, 936, 937, 938, 939, 940, 941, 942, 943, 944, 946, 947,
        948, 949, 950, 951, 952, 953, 954, 955, 956, 957, 958, 959, 960, 961, 962, 963,
        964, 965, 966, 967, 968, 969, 970, 971, 972, 973, 974, 975, 976, 977, 978, 979,
        980, 982, 983, 984, 985, 986, 987, 988, 989, 990, 991, 992, 993, 994, 995, 996,
        997, 998, 999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010,
        1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022, 1023,
        1024, 1025, 1026, 1027, 1028, 1029, 1030, 1031, 1032, 1033, 1034, 1035, 1036,
        1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044, 1045, 1046, 1048, 1049, 1050,
        1051, 1052, 1053, 1054, 1055, 1056, 1057, 1058, 1059, 1060, 1061, 1062, 1063,
        1064, 1065, 1066, 1067, 1068, 1069, 1070, 1071, 1072, 1073, 1074, 1075, 1076,
        1077, 1078, 1079, 1080, 1081, 1082, 1083, 1084, 1085, 1086, 1087, 1088, 1089,
        1090, 1091, 1092, 1093, 1094, 1095, 1096, 1097, 1098, 1099, 1100, 1101, 1102,
        1103, 1104, 1105, 1106, 1107, 1108, 1109, 1110, 1111, 1112, 1113, 1114, 1115,
        1116, 1117, 1118, 1119, 1120, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128,
        1129, 1130, 1131, 1132, 1133, 1134, 1135, 1136, 1137, 1138, 1139, 1140, 1141,
        1142, 1143, 1144, 1145, 1146, 1147, 1148, 1149, 1150, 1151, 1152, 1153, 1154,
        1155, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163, 1164, 1165, 1166, 1167,
        1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177, 1178, 1179, 1180,
        1181, 1182, 1183, 1184, 1185, 1186, 1187, 1188, 1189, 1190, 1191, 1192, 1193,
        1194, 1195, 1196, 1197, 1198, 1199, 1200, 1201, 1202, 1203, 1204, 1205, 1206,
        1207, 1208, 1209, 1210, 1211, 1212, 1213, 1214, 1215, 1216, 1217, 1218, 1219,
        1220, 1221, 1222, 1223, 1224, 1225, 1226, 1227, 1228, 1229, 1230, 1231, 1232,
        1233, 1234, 1235, 1236, 1237, 1238, 1239, 1240, 1241, 1242, 1243, 1244, 1245,
        1246, 1247, 1248, 1249, 1250, 1251, 1252, 1253, 1254, 1255, 1256, 1257, 1258,
        1259, 1260, 1261, 1262, 1264, 1265, 1266, 1267, 1268, 1269, 1270, 1271, 1272,
        1273, 1274, 1275, 1276, 1277, 1278, 1279, 1280, 1281, 1282, 1283, 1284, 1285,
        1287, 1288, 1289, 1290, 1291, 1292, 1294, 1295, 1297, 1298, 1299, 1300, 1301,
        1303, 1304, 1306, 1307, 1308, 1309, 1310, 1311, 1312, 1313, 1314, 1315, 1316,
        1317, 1318, 1319, 1320, 1321, 1322, 1323, 1324, 1325, 1326, 1327, 1328, 1329,
        1330, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339, 1340, 1341, 1342,
        1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1353, 1354, 1355, 1356,
        1357, 1358, 1359, 1360, 1361, 1362, 1363, 1364, 1365, 1366, 1367, 1368, 1369,
        1371, 1372, 1373, 1374, 1375, 1377, 1379, 1381, 1382, 1383, 1384, 1385, 1386,
        1387, 1388, 1389, 1390, 1391, 1392, 1393, 1394, 1395, 1396, 1398, 1399, 1400,
        1401, 1402, 1404, 1405, 1406, 1408, 1409, 1410, 1411, 1412, 1413, 1414, 1415,
        1416, 1417, 1418, 1420, 1421, 1422, 1423, 1424, 1425, 1426, 1427, 1428, 1429,
        1430, 1431, 1432, 1433, 1434, 1435, 1436, 1437, 1438, 1439, 1440, 1441, 1442,
        1443, 1444, 1445, 1446, 1447, 1448, 1449, 1450, 1451, 1452, 1453, 1454, 1455,
        1456, 1457, 1458, 1459, 1461, 1462, 1463, 1465, 1466, 1467, 1468, 1469, 1470,
        1471, 1472, 1473, 1474, 1475, 1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483,
        1484, 1485, 1486, 1487, 1488, 1489, 1490, 1491, 1492, 1493, 1494, 1495, 1496,
        1497, 1498, 1499, 1500, 1501, 1502, 1503, 1505, 1506, 1507, 1508, 1509, 1510,
        1511, 1512, 1513, 1514, 1515, 1517, 1518, 1519, 1520, 1521, 1522, 1523, 1524,
        1525, 1526, 1527, 1529, 1530, 1531, 1532, 1533, 1534, 1535, 1536, 1537, 1538,
        1539, 1540, 1541, 1542, 1543, 1544, 1545, 1546, 1547, 1548, 1549, 1550, 1551,
        1552, 1553, 1554, 1555, 1556, 1557, 1558, 1559, 1560, 1561, 1562, 1563, 1564,
        1565, 1566, 1567, 1568, 1569, 1570, 1571, 1572, 1573, 1574, 1575, 1576, 1577,
        1578, 1579, 1580, 1581, 1582, 1583, 1584, 1585, 1586, 1587, 1588, 1589, 1590,
        1591, 1592, 1593, 1594, 1595, 1596, 1597, 1598, 1599, 1600, 1601, 1602, 1603,
        1604, 1605, 1606, 1607, 1608, 1609, 1610, 1611, 1612, 1613, 1614, 1615, 1616,
        1617, 1618, 1619, 1620, 1621, 1622, 1623, 1624, 1625, 1626, 1627, 1628, 1629,
        1630, 1631, 1632, 1633, 1634, 1635, 1636, 1637, 1638, 1639, 1640, 1641, 1642,
        1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1653, 1654, 1655,
        1656, 1657, 1658, 1659, 1660, 1661, 1662, 1663, 1664, 1665, 1666, 1667, 1668,
        1669, 1670, 1671, 1672, 1673, 1674, 1675, 1676, 1677, 1678, 1679, 1680, 1681,
        1682, 1683, 1684, 1685, 1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694,
        1695, 1696, 1697, 1698, 1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707,
        1708, 1709, 1710, 1711, 1712, 1713, 1714, 1715, 1716, 1718, 1719, 1720, 1721,
        1722, 1723, 1724, 1725, 1726, 1727, 1728, 1729, 1730, 1731, 1732, 1733, 1734,
        1735, 1736, 1737, 1738, 1739, 1740, 1741, 1742, 1743, 1744, 1745, 1746, 1747,
        1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1756, 1757, 1758, 1759, 1760,
        1761, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1769, 1770, 1771, 1772, 1773,
        1774, 1775, 1776, 1777, 1778, 1779, 1780, 1781, 1782, 1783, 1784, 1785, 1786,
        1787, 1788, 1789, 1790, 1791, 1792, 1793, 1794, 1795, 1796, 1797, 1798, 1799,
        1800, 1801, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809, 1810, 1811, 1812,
        1813, 1814, 1815, 1816, 1817, 1818, 1819, 1820, 1821, 1822, 1823, 1824, 1825,
        1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834,
    ];
    static RETRY: [::cloud_errors::Retry; 1763] = ::cloud_errors::__private::retry_column(
        b"acaaaaaaaaaaccacccaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaacaacaaacaaaaaaacaaaaacaccaaacaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaacbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaccaaaaacaaaaaaaacccaaacaaaaaaaaaaacaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaacabaaaaaaaaaaaaaaacaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaccaaaaaaaccccccccaaaaaaaaaaacccacaacaaaaaaaaaacaaaaaacaccaaaaaaaacaaaaaacaaaaaaaaaaaaaaaaaaaaaaacaacacacaccaacaaaaaaaaaaaaaaccaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaacaaaaacaaaaacaaaaacaaaaaaaaaaaaacaaaaaaaacaaaacaaaaaaaaaaaaaaacccccaacaaaacaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaacccaaaaccaaacacaacaacacaaaaaacacaaaacaaaaaaaaaaaacaaaaaacaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaacacaaaaaacaaaaaaaacaaaaaaaaaaacccaaaaacaaaaaaaaaaaaacaaaaaaaaacaaaaacaaaacaaaaaaaaaacaaaaaaacacccaaaaaaacaaaaaaaaaaaaaaaaaaaaaaacaaacaacaaaaaaaaaaaaaaacaaaaacaaaaaaaaaacaaaaaaaaaaacaaaaaaaaaaaaacaacaaaaaaaacacaaaaacaaaaaacaaaaaacaaaaaaaaaaaaaaaaccaacaccaaaaaaaaaaaccacaaaaaaaaaaaaaaaaaaacaaaaccaacccaaaaaaaaaaaaaaaaaccaaaaaaaaaaaaaaaaaaaaaaaaacccccaaaaacaaacaaaaaaaacaaaaaaaaaaaaaaaaaaacaaacacaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaacaaaaaaaaaaacaaacaaaccaaaaaaaaaaaaaacaacaaaaaaaaacaaaaccaaaaaccaacaaacaaaaaaaaaacaacaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaacaaaaaaaaccaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacccaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaccaaaaacaaaaaaaaaaaacccaaaaaaaaacaaaaaaaaaacacaaaaacaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaacaaaccaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaacccaaaaaaaaaaaaacaaaaaacaaaaaaaaaacacaaacaaaaaaaaaaaaaaaaccaacacaaaaacaaaaaaaaaaaaaaaaccaaaaaaaaaaaaaaaaaaaacaaaaaaaaaacaaaaaaaacaacca",
    );
    static CATEGORY: [::cloud_errors::Category; 1763] = ::cloud_errors::__private::category_column(
        b"cgcccceeccccigchhhccccccccccccccccccccccccccciccccccecceecccccccggcciccchccccccciccccchchhccchccccccccchcccccccccccccccccccccccccccccccccciccccccccccceimccccccccccccccccccccccccccccccccccicccccemccccccccccccccccccccciicccccicccccccchhgcccgccccccccccchcccccciccccccccccccccccccccccccceegencccccccccccccccgeehcccccccccccccccccccecccccccccchccccggcccccccggggggggeecccccececggicicciccccccccicicccccchciicccccccchcccccchcccccccccccccccecccccccgeegcieichhccgccccccccccccccggcccccccccccccceccccccccccccccccchccccccccccccccccccccccccceccccccccgcccgccccchcccccgccccciccccccceecccchcccccccchcccchccccccccccccccchhhhicchcccciccccccccccccccccchcccccccccccccccchigccccggcccgcgccicchcieeemcchcicecchcccccccccccchcccccchccchcccccccccccccccccccccccccccccccccccccccchccecccccccccccccccichccccccgcccccccchcccceccccccgiicccccgccccccccccccciccccccceegemmcchcccchcccecccccchccccccchcighccccccchcccccccccccccccccccccccgcccgcciccccccccccccccchccccchcccccccccciccccccccccciccccccccccccciccicccceemchchcccccgccccccgccccccgccccccccccceccccggccgcggcccccccccccihcheemccecccccccccccechccccihcchhhccccccccccccccccchhcccccccccccceccccccccccechhhhhcccccgccciceccccccgccccccccccccccccccchccchciccccchccccccccccccecccccccccccccccccccccgcccccccccccccccccecicccccccccccieecicccgicccgcccccceccciecicccceccccgcccciieccccggccgcccicccccccccciccimmcccceccccceceiccccccccccccccccccecciceccccccgicecccccccccccccccccicccccccccccceccecccceecceccceeecccccccccccccecccccccccccccccgggcccccccccecccccccghgcccecccccccccccccccccceccgcccccciieeccchecccccccceecigiemcccccccgccccccccccicicccccgcccccccccccccccccmmcccchcccccccccccgmceggccccccccccccccccccccccccccccccccccccccccccccicccgggccccccccccccchccccccgccccccccccgcgcccgeccccccccccecccciiccgcgcccecgcccccceeeecccccciiccccccccccccccccccccgcccccccccchcccccccchccgic",
    );
    static PILOTS: [u16; 441] = [
        5, 46, 7, 5, 3, 10, 15, 0, 1, 0, 3, 17, 0, 1, 0, 4, 1, 46, 3, 21, 1, 7, 6, 8, 3,
        242, 2, 2, 4, 5, 21, 44, 0, 3, 0, 48, 62, 23, 3, 17, 3, 1, 36, 9, 6, 1, 13, 4,
        36, 1, 28, 16, 1, 0, 4, 16, 10, 4, 0, 4, 3, 5, 2, 1, 0, 0, 5, 32, 17, 25, 0, 4,
        0, 73, 11, 65, 15, 0, 60, 2, 27, 41, 0, 9, 4, 0, 52, 0, 2, 96, 7, 37, 2, 24, 4,
        23, 128, 0, 0, 7, 63, 14, 11, 1, 9, 7, 0, 168, 20, 2, 1, 0, 102, 89, 2, 34, 57,
        31, 34, 119, 70, 2, 7, 13, 26, 53, 37, 78, 2, 225, 1, 16, 26, 9, 1, 1, 24, 70,
        23, 45, 110, 11, 21, 91, 9, 51, 25, 34, 41, 24, 1, 0, 58, 36, 49, 16, 35, 13, 9,
        29, 7, 9, 48, 0, 11, 1, 35, 0, 6, 70, 77, 20, 0, 0, 0, 54, 11, 3, 5, 6, 40, 15,
        0, 2, 8, 0, 22, 1, 41, 0, 3, 40, 2, 5, 38, 65, 36, 12, 2, 103, 5, 5, 9, 0, 10,
        32, 44, 5, 9, 10, 83, 3, 4, 113, 76, 4, 43, 49, 0, 37, 52, 51, 106, 21, 20, 0,
        45, 32, 191, 2, 5, 0, 41, 47, 0, 91, 1, 19, 23, 14, 29, 228, 0, 24, 44, 0, 8, 22,
        24, 61, 0, 8, 2, 5, 23, 180, 23, 1, 7, 13, 0, 14, 5, 6, 76, 25, 86, 89, 0, 1, 6,
        227, 113, 0, 20, 20, 7, 53, 109, 7, 79, 45, 143, 19, 9, 13, 0, 385, 88, 5, 4, 1,
        6, 27, 52, 1, 9, 20, 33, 4, 15, 109, 18, 48, 45, 19, 2, 1, 0, 52, 25, 7, 55, 0,
        21, 28, 15, 156, 95, 1, 133, 26, 0, 2, 4, 1, 1, 22, 0, 8, 5, 3, 64, 1, 8, 213,
        93, 12, 0, 41, 189, 143, 308, 7, 142, 3, 7, 6, 11, 38, 64, 93, 6, 7, 75, 31, 56,
        137, 0, 63, 5, 29, 2, 44, 136, 162, 2, 5, 115, 25, 0, 5, 28, 0, 260, 4, 1, 65,
        18, 218, 5, 61, 44, 449, 299, 108, 2, 0, 2, 3, 44, 2, 16, 22, 0, 8, 14, 16, 1,
        104, 126, 6, 4, 3, 14, 0, 3, 47, 11, 0, 40, 454, 12, 79, 2, 92, 273, 0, 244, 66,
        510, 47, 8, 0, 35, 1, 0, 15, 9, 33, 4, 0, 86, 2, 57, 41, 3, 227, 4, 9, 108,
    ];
    static SLOTS: [(&str, u32); 1958] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            258, 263, 1048, 1178, 548, 1101, 510, 1115, 1440, 1322, 4294967295, 1531, 17,
            1476, 1619, 1743, 325, 1760, 58, 321, 4294967295, 1105, 20, 190, 1588, 215,
            925, 61, 85, 1492, 738, 393, 637, 272, 627, 835, 1111, 927, 1400, 1509, 1424,
            172, 853, 187, 1023, 1104, 532, 1050, 51, 407, 1419, 91, 1366, 165, 155, 136,
            4294967295, 871, 1212, 1346, 1500, 1058, 278, 647, 493, 1687, 4294967295,
            847, 1288, 1606, 4294967295, 1527, 745, 1757, 1535, 1563, 196, 41, 792, 1075,
            1708, 306, 248, 876, 1198, 4294967295, 4294967295, 1449, 4294967295, 672,
            1247, 780, 1330, 107, 370, 1582, 946, 173, 1143, 1553, 652, 47, 1644, 505,
            1692, 228, 429, 1640, 687, 1129, 1031, 990, 4294967295, 191, 4294967295, 814,
            4294967295, 1639, 739, 1414, 1634, 1593, 1540, 4294967295, 983, 723, 886, 14,
            708, 1144, 4294967295, 558, 635, 1235, 1018, 106, 1303, 704, 299, 873, 1578,
            1665, 640, 679, 458, 1427, 862, 1653, 714, 655, 1655, 1162, 1255, 154, 1220,
            247, 4294967295, 4294967295, 4294967295, 434, 4294967295, 905, 116, 1088,
            885, 243, 4294967295, 1455, 1388, 1134, 19, 1278, 1570, 766, 1151, 108, 399,
            1685, 1279, 77, 1343, 1575, 1310, 1371, 1351, 231, 497, 189, 961, 1305, 268,
            1102, 585, 4294967295, 29, 1643, 455, 4294967295, 1633, 1464, 1610,
            4294967295, 576, 543, 4294967295, 1591, 1185, 4294967295, 1252, 750, 775,
            608, 1188, 1721, 522, 163, 890, 90, 481, 567, 457, 802, 966, 1074, 1614, 899,
            761, 1460, 825, 696, 1697, 1636, 653, 1711, 742, 118, 928, 213, 1265, 1416,
            7, 97, 4294967295, 638, 1481, 4294967295, 1167, 178, 245, 4294967295, 1091,
            1260, 79, 665, 1077, 697, 516, 1560, 367, 1530, 4294967295, 463, 153, 216,
            419, 84, 1284, 1264, 236, 1741, 4294967295, 1691, 1480, 1446, 1364, 49, 1521,
            1136, 958, 611, 4294967295, 4294967295, 881, 1113, 176, 1750, 791, 1085, 781,
            406, 4294967295, 786, 345, 1663, 1445, 1005, 785, 246, 1002, 878, 976, 203,
            63, 447, 1542, 1093, 169, 1754, 210, 4294967295, 219, 1726, 821, 526, 962,
            981, 535, 1095, 1152, 141, 1533, 1378, 1334, 1385, 1723, 914, 954, 1684,
            4294967295, 1656, 311, 78, 518, 1384, 1562, 1258, 729, 798, 484, 753, 1169,
            209, 1155, 1567, 226, 625, 577, 412, 1712, 1380, 4294967295, 26, 1437,
            4294967295, 984, 1307, 769, 1049, 4294967295, 1047, 139, 1474, 309, 1694,
            1016, 1121, 1221, 1683, 1444, 4294967295, 1628, 875, 30, 1523, 1487, 1724,
            573, 352, 1425, 466, 710, 1594, 83, 4294967295, 1459, 1057, 1603, 931, 529,
            4294967295, 1096, 4294967295, 1103, 1034, 237, 1014, 863, 1291, 335, 1546,
            4294967295, 4294967295, 612, 1011, 1110, 1507, 1704, 622, 816, 4294967295,
            188, 642, 1463, 1272, 120, 977, 1479, 591, 1210, 757, 1060, 1717, 743, 1589,
            537, 1326, 1353, 4294967295, 1099, 758, 324, 1412, 1506, 534, 1681, 1266,
            195, 4294967295, 319, 1148, 776, 631, 375, 1740, 4294967295, 1022, 540, 882,
            1710, 439, 175, 199, 1587, 4294967295, 1519, 1035, 921, 1435, 223, 1714,
            1736, 156, 685, 688, 1092, 512, 545, 593, 4294967295, 941, 1415, 27, 485,
            224, 957, 734, 25, 486, 402, 1528, 880, 701, 1108, 4294967295, 659, 1564,
            4294967295, 953, 583, 629, 1441, 1599, 1003, 71, 736, 368, 13, 4, 287, 1214,
            1241, 502, 1698, 322, 1661, 1502, 1228, 771, 837, 238, 1386, 197, 980, 1558,
            166, 253, 4294967295, 866, 1117, 778, 1191, 1357, 986, 1652, 1581,
            4294967295, 1671, 555, 684, 632, 733, 470, 1238, 1461, 811, 442, 4294967295,
            270, 870, 1204, 991, 630, 897, 1073, 799, 4294967295, 50, 4294967295, 1271,
            559, 430, 721, 230, 431, 671, 222, 1426, 4294967295, 575, 1338, 1565, 1041,
            37, 906, 1251, 1608, 1029, 422, 900, 1314, 1262, 204, 1000, 4294967295, 43,
            1526, 1283, 669, 1132, 849, 1297, 332, 822, 1390, 623, 1580, 926, 1267, 1503,
            75, 538, 974, 1499, 115, 249, 1607, 1405, 1318, 4294967295, 206, 4294967295,
            1395, 1213, 705, 741, 795, 894, 1299, 211, 1631, 978, 879, 560, 826, 339,
            264, 819, 4294967295, 180, 542, 242, 1629, 262, 872, 827, 1742, 1421, 643,
            4294967295, 1122, 707, 680, 762, 1154, 1413, 908, 1024, 111, 992, 353, 1725,
            4294967295, 1215, 1193, 349, 1206, 423, 4294967295, 1263, 398, 597, 1448,
            971, 1511, 1190, 1762, 344, 117, 382, 731, 4294967295, 347, 1442, 186, 1693,
            4294967295, 730, 425, 650, 4294967295, 1645, 834, 1545, 1471, 1308, 1727,
            1753, 896, 4294967295, 1411, 45, 420, 1752, 4294967295, 1398, 683, 69, 135,
            621, 1172, 4294967295, 624, 767, 1408, 1118, 1715, 1009, 12, 1706, 358, 839,
            408, 1675, 1166, 6, 1734, 1572, 1439, 64, 605, 303, 388, 159, 1248, 1393,
            482, 728, 1584, 1270, 267, 1501, 57, 1200, 217, 1368, 1195, 528, 1651, 949,
            1654, 371, 4294967295, 168, 42, 893, 48, 341, 924, 1259, 435, 1738, 95, 1410,
            744, 1417, 1164, 1295, 1137, 1559, 1660, 16, 1433, 394, 1504, 113, 1510,
            4294967295, 1423, 1383, 4294967295, 4294967295, 716, 759, 884, 911, 1659,
            887, 1621, 1362, 1042, 1470, 947, 1294, 506, 803, 915, 1467, 1497, 945, 101,
            661, 824, 1686, 1237, 1131, 239, 4294967295, 1679, 146, 1157, 929, 1082,
            4294967295, 281, 994, 89, 4294967295, 1420, 909, 660, 1175, 1189, 1496, 62,
            327, 1285, 1699, 808, 148, 854, 1090, 751, 88, 527, 842, 170, 92, 1381, 1282,
            600, 797, 198, 295, 364, 1053, 1576, 764, 1748, 1638, 1001, 1590, 4294967295,
            4294967295, 1071, 1472, 4294967295, 4294967295, 1623, 440, 4294967295, 519,
            800, 4294967295, 354, 338, 1007, 4294967295, 1039, 663, 336, 326, 691, 1149,
            1755, 1316, 1160, 4294967295, 1626, 1229, 562, 314, 749, 276, 4294967295, 8,
            889, 969, 754, 96, 4294967295, 1332, 284, 4294967295, 1418, 845, 4294967295,
            462, 1436, 1709, 979, 34, 4294967295, 183, 1126, 193, 4294967295, 1261, 1033,
            1597, 289, 856, 939, 421, 452, 4294967295, 4294967295, 4294967295, 1287, 317,
            1098, 595, 1561, 1730, 473, 920, 362, 110, 410, 320, 865, 1216, 1192,
            4294967295, 1333, 1336, 809, 935, 1627, 123, 1422, 294, 1331, 446, 1311, 415,
            654, 475, 1611, 670, 1302, 1008, 87, 922, 1556, 1054, 4294967295, 1243, 789,
            1728, 690, 1224, 1678, 772, 1456, 1313, 4294967295, 1469, 511, 381, 700,
            1072, 76, 1574, 234, 1140, 355, 274, 127, 740, 200, 1592, 1051, 1230, 348,
            208, 4294967295, 315, 404, 565, 22, 1657, 1682, 4294967295, 933, 1473, 1465,
            494, 1430, 674, 4294967295, 1761, 328, 1350, 601, 1361, 477, 1281, 133, 1514,
            1328, 44, 251, 1391, 1123, 737, 21, 52, 1547, 1013, 1680, 11, 1566, 312, 616,
            449, 1668, 1335, 93, 1642, 205, 241, 387, 1677, 334, 1667, 316, 1209, 1268,
            1064, 40, 602, 1485, 4294967295, 955, 917, 33, 68, 907, 227, 932, 509,
            4294967295, 711, 1674, 1080, 4294967295, 400, 167, 693, 1145, 1402, 1275,
            4294967295, 973, 4294967295, 1340, 386, 574, 4294967295, 988, 1207, 70, 579,
            916, 4294967295, 147, 4294967295, 1452, 298, 4294967295, 302, 432, 944, 182,
            4294967295, 1165, 1491, 261, 633, 1609, 4294967295, 1719, 975, 869, 1483,
            1737, 904, 901, 240, 948, 448, 1246, 1586, 177, 1156, 1392, 1454, 1718, 0,
            275, 350, 790, 720, 194, 1329, 1432, 1759, 1327, 552, 1622, 857, 1447, 818,
            1089, 539, 1226, 401, 1, 137, 1015, 104, 664, 1394, 756, 4294967295, 1094,
            1069, 1583, 1720, 73, 765, 1617, 923, 220, 1219, 801, 1632, 158, 174, 1695,
            291, 1515, 164, 1276, 1181, 413, 212, 840, 892, 536, 292, 521, 1571, 965,
            1242, 4294967295, 333, 1624, 201, 356, 4294967295, 66, 718, 513, 982, 1544,
            1135, 54, 143, 1083, 2, 561, 910, 830, 293, 250, 207, 416, 1254, 1130, 514,
            1277, 1286, 280, 271, 18, 1065, 72, 129, 1543, 1577, 310, 152, 323, 724, 636,
            1486, 1280, 668, 495, 571, 549, 65, 936, 1055, 363, 1669, 1494, 1406, 244,
            713, 4294967295, 805, 4294967295, 779, 28, 1620, 4294967295, 1616, 1218, 794,
            300, 810, 4294967295, 1249, 4294967295, 67, 1150, 1705, 1365, 1490,
            4294967295, 286, 717, 1689, 1159, 1520, 471, 938, 438, 1458, 185, 1021, 812,
            861, 844, 1240, 815, 1598, 94, 1199, 1648, 883, 695, 459, 1516, 956, 995,
            618, 677, 985, 297, 1032, 768, 4294967295, 1373, 4294967295, 60, 1173, 1536,
            1552, 556, 4294967295, 520, 987, 658, 1059, 858, 450, 409, 598, 4294967295,
            112, 1289, 1513, 1532, 503, 1635, 755, 1040, 836, 4294967295, 4294967295,
            610, 501, 570, 361, 547, 1428, 305, 99, 4294967295, 480, 128, 149, 1168,
            4294967295, 4294967295, 346, 4294967295, 24, 357, 1133, 582, 1202,
            4294967295, 304, 351, 257, 748, 1359, 397, 1319, 1739, 1236, 694, 359, 1324,
            214, 1025, 1300, 1630, 4294967295, 337, 424, 1184, 489, 1301, 968, 269, 1269,
            1141, 1020, 1017, 157, 1296, 1551, 1347, 4294967295, 770, 550, 1084, 546,
            131, 142, 114, 702, 1217, 1124, 444, 126, 913, 1613, 4294967295, 1325,
            4294967295, 1290, 38, 265, 1569, 1747, 524, 1729, 4294967295, 1109, 1233,
            1376, 418, 1068, 369, 867, 1317, 1257, 342, 1045, 1749, 1650, 1568, 903,
            1548, 487, 55, 594, 763, 930, 662, 1399, 656, 1745, 179, 469, 4294967295,
            218, 1028, 1345, 1707, 937, 846, 4294967295, 997, 282, 644, 1062, 530,
            4294967295, 460, 587, 4294967295, 171, 4294967295, 1466, 1462, 692, 296, 960,
            784, 820, 1375, 1637, 1163, 1672, 1171, 4294967295, 657, 1676, 372, 1320,
            1010, 498, 436, 572, 1382, 4294967295, 864, 285, 686, 1222, 1756, 747, 103,
            1004, 709, 942, 646, 100, 782, 373, 4294967295, 1312, 390, 1407, 4294967295,
            1087, 1196, 225, 4294967295, 676, 4294967295, 722, 1478, 145, 453, 1197,
            1475, 53, 1315, 1292, 1625, 902, 852, 1522, 130, 645, 515, 318, 4294967295,
            4294967295, 122, 851, 777, 1036, 4294967295, 963, 162, 23, 1358, 993, 689,
            454, 1116, 4294967295, 804, 972, 1641, 1746, 1649, 39, 1369, 380, 476, 1170,
            472, 964, 4294967295, 1256, 4294967295, 376, 283, 1205, 554, 4294967295,
            1716, 474, 615, 5, 4294967295, 4294967295, 1488, 465, 4294967295, 150, 895,
            4294967295, 788, 1404, 1211, 1429, 184, 584, 735, 391, 773, 783, 1339, 277,
            1147, 1203, 4294967295, 517, 1438, 1100, 682, 4294967295, 1146, 1555, 774,
            1112, 580, 1554, 1183, 959, 15, 1356, 378, 1498, 500, 1158, 648, 712, 874,
            1758, 1186, 1174, 541, 1524, 998, 943, 1363, 649, 181, 1453, 1225, 151, 569,
            1348, 301, 1539, 483, 491, 706, 1066, 1304, 467, 256, 891, 678, 343, 74, 140,
            1349, 1733, 221, 719, 4294967295, 727, 1518, 1161, 823, 1579, 3, 787, 1374,
            628, 1337, 850, 1379, 98, 752, 4294967295, 31, 1557, 4294967295, 4294967295,
            1125, 1431, 366, 374, 10, 551, 525, 1387, 1321, 80, 59, 860, 557, 1244, 877,
            395, 1604, 138, 564, 617, 124, 1245, 1027, 259, 1744, 160, 456, 1484, 1128,
            1232, 855, 1370, 288, 841, 1534, 340, 479, 596, 604, 499, 806, 4294967295,
            588, 1482, 566, 1239, 1127, 1273, 1722, 1187, 1602, 252, 578, 599, 379, 1352,
            1389, 620, 1713, 4294967295, 833, 4294967295, 614, 1298, 461, 1505, 1043,
            1012, 329, 675, 1070, 1138, 1208, 4294967295, 121, 681, 859, 1107, 888, 544,
            1673, 1355, 4294967295, 4294967295, 255, 433, 1477, 1434, 1086, 940, 831,
            641, 235, 1457, 426, 1493, 1612, 4294967295, 427, 613, 414, 1119, 626,
            4294967295, 1600, 56, 1052, 1397, 445, 832, 4294967295, 1703, 1615, 726,
            1688, 279, 1342, 1067, 817, 260, 331, 725, 490, 1658, 330, 451, 919, 970,
            192, 838, 1201, 125, 428, 1030, 1038, 918, 746, 273, 4294967295, 102, 1063,
            9, 607, 1234, 619, 4294967295, 105, 667, 109, 1443, 1179, 1550, 553, 1618,
            1512, 254, 229, 1529, 1401, 1360, 1670, 1377, 403, 411, 568, 807, 405, 1079,
            4294967295, 1142, 1701, 4294967295, 1489, 1541, 563, 1696, 1177, 4294967295,
            1700, 392, 1601, 4294967295, 144, 1662, 161, 507, 1182, 1153, 829, 504, 496,
            586, 1344, 1666, 385, 443, 1732, 4294967295, 1664, 1468, 1341, 4294967295,
            86, 1354, 1403, 1323, 1372, 1106, 603, 4294967295, 828, 4294967295, 441,
            4294967295, 307, 950, 843, 732, 1061, 233, 1231, 1735, 360, 384, 4294967295,
            1139, 533, 437, 1293, 1114, 813, 1056, 1585, 308, 1508, 4294967295, 666,
            1549, 796, 589, 1517, 703, 132, 35, 1367, 1176, 1044, 1274, 934, 1253, 1250,
            592, 1306, 468, 1309, 492, 1019, 1702, 1078, 383, 1026, 4294967295, 1451,
            698, 912, 868, 1409, 606, 1006, 32, 1076, 46, 1097, 4294967295, 634, 313,
            4294967295, 1037, 1596, 478, 1595, 793, 4294967295, 531, 1120, 715,
            4294967295, 1690, 36, 952, 639, 396, 377, 4294967295, 651, 1605, 760, 82,
            848, 1180, 508, 996, 417, 488, 1646, 699, 1537, 266, 609, 4294967295, 951,
            1223, 1046, 202, 365, 1731, 1396, 81, 290, 4294967295, 590, 999, 134, 1538,
            1450, 1573, 523, 989, 1081, 673, 581, 389, 1194, 1525, 1647, 464, 232,
            4294967295, 4294967295, 898, 1495, 1751, 1227, 967, 119,
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
    const PROVIDER: &'static str = "Alibaba Cloud Vpc";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Vpc's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Vpc: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
