// @generated from catalogs/alibaba/ecs.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Ecs: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Ecs: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `MissingParameter`: HTTP 400, 403, 404; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `InvalidParameter`: HTTP 400, 403, 404, 500; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `OperationDenied.AcceptNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: accept not supported.
    OperationDeniedAcceptNotSupported,
    /// `OperationConflict`: HTTP 409, 403; retry: after_fix; category: failed_precondition.
    /// The operation conflicts with another one.
    OperationConflict,
    /// `OperationFail.DiskCategoryNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Operation fail: disk category not supported.
    OperationFailDiskCategoryNotSupported,
    /// `OperationFail.DiskStatusNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Operation fail: disk status not supported.
    OperationFailDiskStatusNotSupported,
    /// `OperationFail.InstanceStatusNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Operation fail: instance status not supported.
    OperationFailInstanceStatusNotSupported,
    /// `SwitchToOffline.OnlineIsolateFail`: HTTP 403; retry: never; category: permission_denied.
    /// Switch to offline: online isolate fail.
    SwitchToOfflineOnlineIsolateFail,
    /// `SwitchToOffline.OnlineReinitFail`: HTTP 403; retry: never; category: permission_denied.
    /// Switch to offline: online reinit fail.
    SwitchToOfflineOnlineReinitFail,
    /// `IncorrectInstanceStatus`: HTTP 403, 400, 405; retry: after_fix; category: failed_precondition.
    /// The instance is not in a state that allows this.
    IncorrectInstanceStatus,
    /// `InvalidEventId.NoInquiringEventFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid event id: no inquiring event found.
    InvalidEventIdNoInquiringEventFound,
    /// `IncorrectStatus`: HTTP 400, 404; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this.
    IncorrectStatus,
    /// `Forbidden.FinancialLocked`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: financial locked.
    ForbiddenFinancialLocked,
    /// `Forbbiden`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// The request is forbidden.
    Forbbiden,
    /// `InvalidRegionId.NotFound`: HTTP 404, 400, 403, 500; retry: never; category: not_found.
    /// Invalid region id: not found.
    InvalidRegionIdNotFound,
    /// `InvalidRouterInterfaceId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid router interface id: not found.
    InvalidRouterInterfaceIdNotFound,
    /// `InvalidIpCount.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ip count: value not supported.
    InvalidIpCountValueNotSupported,
    /// `QuotaExceeded.BandwidthPackageIps`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: bandwidth package ips.
    QuotaExceededBandwidthPackageIps,
    /// `AllocateIpFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Allocate ip failed.
    AllocateIpFailed,
    /// `InvalidBandwidthPackageId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid bandwidth package id: not found.
    InvalidBandwidthPackageIdNotFound,
    /// `InvalidTagKey.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag key: malformed.
    InvalidTagKeyMalformed,
    /// `InvalidTagValue.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag value: malformed.
    InvalidTagValueMalformed,
    /// `OperationDenied.QuotaExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: quota exceed.
    OperationDeniedQuotaExceed,
    /// `InvalidTag.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag: mismatch.
    InvalidTagMismatch,
    /// `InvalidTagCount`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag count.
    InvalidTagCount,
    /// `Duplicate.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate: tag key.
    DuplicateTagKey,
    /// `InvalidResourceId.NotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid resource id: not supported.
    InvalidResourceIdNotSupported,
    /// `QuotaExceed.Tags`: HTTP 403; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: tags.
    QuotaExceedTags,
    /// `TagKey.Duplication`: HTTP 403; retry: never; category: permission_denied.
    /// Tag key: duplication.
    TagKeyDuplication,
    /// `InvalidResourceId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid resource id: not found.
    InvalidResourceIdNotFound,
    /// `InvalidResourceType.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid resource type: not found.
    InvalidResourceTypeNotFound,
    /// `InvalidInstanceType.ValueUnauthorized`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Invalid instance type: value unauthorized.
    InvalidInstanceTypeValueUnauthorized,
    /// `InvalidDescription.Malformed`: HTTP 400, 403, 404, 500; retry: never; category: invalid_argument.
    /// Invalid description: malformed.
    InvalidDescriptionMalformed,
    /// `InvalidParameter.Conflict`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: conflict.
    InvalidParameterConflict,
    /// `InvalidAutoRenewPeriod.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid auto renew period: value not supported.
    InvalidAutoRenewPeriodValueNotSupported,
    /// `InvalidDedicatedHostType.ValueNotSupported`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid dedicated host type: value not supported.
    InvalidDedicatedHostTypeValueNotSupported,
    /// `RegionUnauthorized`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Region unauthorized.
    RegionUnauthorized,
    /// `Zone.NotOnSale`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Zone: not on sale.
    ZoneNotOnSale,
    /// `OperationDenied`: HTTP 400, 403, 404, 500; retry: never; category: invalid_argument.
    /// Operation denied.
    OperationDenied,
    /// `InvalidPeriodUnit.ValueNotSupported`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid period unit: value not supported.
    InvalidPeriodUnitValueNotSupported,
    /// `QuotaExceed.AfterpayDedicatedHost`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: afterpay dedicated host.
    QuotaExceedAfterpayDedicatedHost,
    /// `InvalidChargeType.ValueNotSupported`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid charge type: value not supported.
    InvalidChargeTypeValueNotSupported,
    /// `InvalidParameter.SlbUdpTimeout`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: slb udp timeout.
    InvalidParameterSlbUdpTimeout,
    /// `InvalidParameter.UdpTimeout`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: udp timeout.
    InvalidParameterUdpTimeout,
    /// `InvalidParameter.Quantity`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: quantity.
    InvalidParameterQuantity,
    /// `InvalidDedicatedHostPrice.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid dedicated host price: not found.
    InvalidDedicatedHostPriceNotFound,
    /// `InvalidDedicatedHostType.CpuOverCommitRatioNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid dedicated host type: cpu over commit ratio not supported.
    InvalidDedicatedHostTypeCpuOverCommitRatioNotSupported,
    /// `InvalidCpuOverCommitRatio.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cpu over commit ratio: value not supported.
    InvalidCpuOverCommitRatioValueNotSupported,
    /// `OperationDenied.NoStock`: HTTP 403, 404; retry: never; category: permission_denied.
    /// Operation denied: no stock.
    OperationDeniedNoStock,
    /// `NodeControllerUnavailable`: HTTP 403; retry: never; category: permission_denied.
    /// Node controller unavailable.
    NodeControllerUnavailable,
    /// `InvalidParameter.ResourceOwnerAccount`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource owner account.
    InvalidParameterResourceOwnerAccount,
    /// `InvalidUserData.Forbidden`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid user data: forbidden.
    InvalidUserDataForbidden,
    /// `Zone.NotOpen`: HTTP 403; retry: never; category: permission_denied.
    /// Zone: not open.
    ZoneNotOpen,
    /// `InvalidResourceType.NotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid resource type: not supported.
    InvalidResourceTypeNotSupported,
    /// `InvalidDedicatedHostType.ZoneNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid dedicated host type: zone not supported.
    InvalidDedicatedHostTypeZoneNotSupported,
    /// `InvalidUserData.Base64FormatInvalid`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid user data: base64 format invalid.
    InvalidUserDataBase64FormatInvalid,
    /// `InvalidParameter.NotMatch`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: not match.
    InvalidParameterNotMatch,
    /// `Account.Arrearage`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Account: arrearage.
    AccountArrearage,
    /// `InvalidZoneId.NotFound`: HTTP 404, 403, 400; retry: never; category: not_found.
    /// Invalid zone id: not found.
    InvalidZoneIdNotFound,
    /// `PaymentMethodNotFound`: HTTP 404; retry: never; category: not_found.
    /// Payment method not found.
    PaymentMethodNotFound,
    /// `InvalidDedicatedHostName.Malformed`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid dedicated host name: malformed.
    InvalidDedicatedHostNameMalformed,
    /// `InvalidDedicatedHostClusterId.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid dedicated host cluster id: not found.
    InvalidDedicatedHostClusterIdNotFound,
    /// `InvalidDedicatedHostClusterId.ExceedMaxSize`: HTTP 404; retry: never; category: not_found.
    /// Invalid dedicated host cluster id: exceed max size.
    InvalidDedicatedHostClusterIdExceedMaxSize,
    /// `InvalidParameter.ActionOnMaintenance`: HTTP 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: action on maintenance.
    InvalidParameterActionOnMaintenance,
    /// `InternalError`: HTTP 500, 400, 404; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `QueryParameter.Illegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Query parameter: illegal.
    QueryParameterIllegal,
    /// `COMMODITY_NO_EXIST`: HTTP 400; retry: never; category: invalid_argument.
    /// COMMODITY NO EXIST.
    CommodityNoExist,
    /// `QuotaExceeded.Eip`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: eip.
    QuotaExceededEip,
    /// `InsufficientBalance`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Insufficient balance.
    InsufficientBalance,
    /// `ReserveIpFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Reserve ip fail.
    ReserveIpFail,
    /// `InvalidRegion.NotSupport`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Invalid region: not support.
    InvalidRegionNotSupport,
    /// `InvalidBandwidth.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bandwidth: malformed.
    InvalidBandwidthMalformed,
    /// `COMMODITY.INVALID_COMPONENT`: HTTP 400; retry: never; category: invalid_argument.
    /// COMMODITY: INVALID COMPONENT.
    CommodityInvalidComponent,
    /// `INSTANCE_TYPE_NOT_SUPPORT`: HTTP 400; retry: never; category: invalid_argument.
    /// INSTANCE TYPE NOT SUPPORT.
    InstanceTypeNotSupport,
    /// `OrderFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Order failed.
    OrderFailed,
    /// `QuotaExceeded.LargeSpecEip`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: large spec eip.
    QuotaExceededLargeSpecEip,
    /// `PAYFOR.CREDIT_PAY_INSUFFICIENT_BALANCE`: HTTP 400; retry: never; category: invalid_argument.
    /// PAYFOR: CREDIT PAY INSUFFICIENT BALANCE.
    PayforCreditPayInsufficientBalance,
    /// `SYSTEM.SALE_VALIDATE_UNEXPECTED_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// SYSTEM: SALE VALIDATE UNEXPECTED ERROR.
    SystemSaleValidateUnexpectedError,
    /// `InvalidComponent.EipBandwidthMax`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid component: eip bandwidth max.
    InvalidComponentEipBandwidthMax,
    /// `OperationFailed.RiskControl`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: risk control.
    OperationFailedRiskControl,
    /// `OperationFailed.SaleValidate`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: sale validate.
    OperationFailedSaleValidate,
    /// `IllegalParam.OrderParamComponent`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: order param component.
    IllegalParamOrderParamComponent,
    /// `OperationFailed.SaleExpression`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: sale expression.
    OperationFailedSaleExpression,
    /// `OperationFailed.SyncOrderToSub`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: sync order to sub.
    OperationFailedSyncOrderToSub,
    /// `OperationFailed.CompleteUserInfo`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: complete user info.
    OperationFailedCompleteUserInfo,
    /// `OperationFailed.QueryPrice`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: query price.
    OperationFailedQueryPrice,
    /// `OperationFailed.InvokeInnerApi`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: invoke inner api.
    OperationFailedInvokeInnerApi,
    /// `OperationFailed.AccountMoneyInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: account money invalid.
    OperationFailedAccountMoneyInvalid,
    /// `OperationFailed.QueryCredtiInfo`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: query credti info.
    OperationFailedQueryCredtiInfo,
    /// `OperationFailed.QueryUserLabel`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: query user label.
    OperationFailedQueryUserLabel,
    /// `FrequentPurchase.EIP`: HTTP 400; retry: never; category: invalid_argument.
    /// Frequent purchase: EIP.
    FrequentPurchaseEip,
    /// `PAY.INSUFFICIENT_BALANCE`: HTTP 400; retry: never; category: invalid_argument.
    /// PAY: INSUFFICIENT BALANCE.
    PayInsufficientBalance,
    /// `ORDER.QUANTITY_INVALID`: HTTP 400; retry: never; category: invalid_argument.
    /// ORDER: QUANTITY INVALID.
    OrderQuantityInvalid,
    /// `PAY.MAYI_WITHHOLDING_AGREEMENT_ILLEGAL`: HTTP 400; retry: never; category: invalid_argument.
    /// PAY: MAYI WITHHOLDING AGREEMENT ILLEGAL.
    PayMayiWithholdingAgreementIllegal,
    /// `OrderError.EIP`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Order error: EIP.
    OrderErrorEip,
    /// `IellgalParameter.OwnerAccount`: HTTP 400; retry: never; category: invalid_argument.
    /// Iellgal parameter: owner account.
    IellgalParameterOwnerAccount,
    /// `FUWU_BIZ_COMMODITY_VERIFY_FAIL`: HTTP 404; retry: never; category: not_found.
    /// FUWU BIZ COMMODITY VERIFY FAIL.
    FuwuBizCommodityVerifyFail,
    /// `InsufficientEipCapacity`: HTTP 500; retry: never; category: internal.
    /// Insufficient eip capacity.
    InsufficientEipCapacity,
    /// `InvalidOperation.AllocateFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: allocate failed.
    InvalidOperationAllocateFailed,
    /// `InvalidIpAddress.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ip address: malformed.
    InvalidIpAddressMalformed,
    /// `InsufficientPublicIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient public ip.
    InsufficientPublicIp,
    /// `AllocateIpInvalidInstanceBandwidth`: HTTP 400; retry: never; category: invalid_argument.
    /// Allocate ip invalid instance bandwidth.
    AllocateIpInvalidInstanceBandwidth,
    /// `OperationDenied.CloudboxNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: cloudbox not support.
    OperationDeniedCloudboxNotSupport,
    /// `OperationDenied.DedicatedRegionNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: dedicated region not supported.
    OperationDeniedDedicatedRegionNotSupported,
    /// `InstanceLockedForSecurity`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Instance locked for security.
    InstanceLockedForSecurity,
    /// `InstanceExpiredOrInArrears`: HTTP 403; retry: never; category: permission_denied.
    /// Instance expired or in arrears.
    InstanceExpiredOrInArrears,
    /// `IpInUse`: HTTP 403; retry: never; category: permission_denied.
    /// Ip in use.
    IpInUse,
    /// `AllocatedAlready`: HTTP 403; retry: never; category: permission_denied.
    /// Allocated already.
    AllocatedAlready,
    /// `AllocateIp.Fail`: HTTP 403; retry: never; category: permission_denied.
    /// Allocate ip: fail.
    AllocateIpFail,
    /// `NAT_PUBLIC_IP_BINDING_FAILED`: HTTP 403; retry: never; category: permission_denied.
    /// NAT PUBLIC IP BINDING FAILED.
    NatPublicIpBindingFailed,
    /// `NAT_PUBLIC_IP_ALLOCATE_FAILED`: HTTP 403; retry: never; category: permission_denied.
    /// NAT PUBLIC IP ALLOCATE FAILED.
    NatPublicIpAllocateFailed,
    /// `InvalidIpAddress.NotPublic`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid ip address: not public.
    InvalidIpAddressNotPublic,
    /// `InvalidInstanceId.NotFound`: HTTP 404, 403, 400; retry: never; category: not_found.
    /// Invalid instance id: not found.
    InvalidInstanceIdNotFound,
    /// `InvalidVlanId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid vlan id: not found.
    InvalidVlanIdNotFound,
    /// `InvalidIpAddress.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid ip address: not found.
    InvalidIpAddressNotFound,
    /// `DiskCategory.OperationNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Disk category: operation not supported.
    DiskCategoryOperationNotSupported,
    /// `PartofDiskCategory.OperationNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Partof disk category: operation not supported.
    PartofDiskCategoryOperationNotSupported,
    /// `ParameterInvalid`: HTTP 403, 404; retry: never; category: permission_denied.
    /// Parameter invalid.
    ParameterInvalid,
    /// `InvalidAccountStatus.NotEnoughBalance`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Invalid account status: not enough balance.
    InvalidAccountStatusNotEnoughBalance,
    /// `InvalidAccountStatus.SnapshotServiceUnavailable`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid account status: snapshot service unavailable.
    InvalidAccountStatusSnapshotServiceUnavailable,
    /// `InvalidDiskId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid disk id: not found.
    InvalidDiskIdNotFound,
    /// `UnsupportedParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported parameter.
    UnsupportedParameter,
    /// `InvalidInstanceID.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance ID: malformed.
    InvalidInstanceIdMalformed,
    /// `InValidParameter`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// In valid parameter.
    InValidParameter,
    /// `InvalidParams.EniId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid params: eni id.
    InvalidParamsEniId,
    /// `InvalidOperation.InvalidEcsState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: invalid ecs state.
    InvalidOperationInvalidEcsState,
    /// `InvalidOperation.InvalidEniState`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid operation: invalid eni state.
    InvalidOperationInvalidEniState,
    /// `InvalidPrivateIpAddress.Duplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid private ip address: duplicated.
    InvalidPrivateIpAddressDuplicated,
    /// `IncorrectVSwitchStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect v switch status.
    IncorrectVSwitchStatus,
    /// `InvalidUserType.NotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid user type: not supported.
    InvalidUserTypeNotSupported,
    /// `Abs.InvalidAccount.NotFound`: HTTP 403; retry: never; category: permission_denied.
    /// Abs: invalid account, not found.
    AbsInvalidAccountNotFound,
    /// `Forbedden.NotSupportRAM`: HTTP 403; retry: never; category: permission_denied.
    /// Forbedden: not support RAM.
    ForbeddenNotSupportRam,
    /// `Forbbiden.SubUser`: HTTP 403; retry: never; category: permission_denied.
    /// The request is forbidden: sub user.
    ForbbidenSubUser,
    /// `InvalidOperation.InvalidEniType`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: invalid eni type.
    InvalidOperationInvalidEniType,
    /// `MaxEniIpv6IpsCountExceeded`: HTTP 403, 404; retry: never; category: permission_denied.
    /// Max eni ipv6 ips count exceeded.
    MaxEniIpv6IpsCountExceeded,
    /// `InvalidIp.IpUnassigned`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid ip: ip unassigned.
    InvalidIpIpUnassigned,
    /// `InvalidIp.IpRepeated`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid ip: ip repeated.
    InvalidIpIpRepeated,
    /// `InvalidIp.IpAssigned`: HTTP 403, 404; retry: never; category: permission_denied.
    /// Invalid ip: ip assigned.
    InvalidIpIpAssigned,
    /// `InvalidIp.Address`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid ip: address.
    InvalidIpAddress,
    /// `InvalidOperation.EniCountExceeded`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Invalid operation: eni count exceeded.
    InvalidOperationEniCountExceeded,
    /// `InvalidOperation.Ipv4CountExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: ipv4 count exceeded.
    InvalidOperationIpv4CountExceeded,
    /// `InvalidOperation.Ipv6CountExceeded`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Invalid operation: ipv6 count exceeded.
    InvalidOperationIpv6CountExceeded,
    /// `InvalidOperation.Ipv6NotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: ipv6 not support.
    InvalidOperationIpv6NotSupport,
    /// `InvalidOperation.Ipv4NotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: ipv4 not support.
    InvalidOperationIpv4NotSupport,
    /// `InvalidVSwitch.Ipv6NotTurnOn`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid v switch: ipv6 not turn on.
    InvalidVSwitchIpv6NotTurnOn,
    /// `InvalidParam.IpAssign`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: ip assign.
    InvalidParamIpAssign,
    /// `InvalidVSwitchId.IpInvalid`: HTTP 403, 404; retry: never; category: permission_denied.
    /// Invalid v switch id: ip invalid.
    InvalidVSwitchIdIpInvalid,
    /// `Forbidden.RegionId`: HTTP 400, 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: region id.
    ForbiddenRegionId,
    /// `InvalidOperation.EniServiceManaged`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: eni service managed.
    InvalidOperationEniServiceManaged,
    /// `SecurityGroupInstanceLimitExceed`: HTTP 403; retry: never; category: permission_denied.
    /// Security group instance limit exceed.
    SecurityGroupInstanceLimitExceed,
    /// `InvalidOperation.HighPerformanceTrafficModeEniNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: high performance traffic mode eni not support.
    InvalidOperationHighPerformanceTrafficModeEniNotSupport,
    /// `InvalidOperation.EniTypeNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: eni type not support.
    InvalidOperationEniTypeNotSupport,
    /// `InvalidIp.IpPrefixIllegal`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid ip: ip prefix illegal.
    InvalidIpIpPrefixIllegal,
    /// `InvalidIp.IpPrefixMaskIllegal`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid ip: ip prefix mask illegal.
    InvalidIpIpPrefixMaskIllegal,
    /// `InvalidIp.IpPrefixMaskInvalid`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid ip: ip prefix mask invalid.
    InvalidIpIpPrefixMaskInvalid,
    /// `InvalidIp.IpPrefixMaskNotSame`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid ip: ip prefix mask not same.
    InvalidIpIpPrefixMaskNotSame,
    /// `InvalidIp.IpPrefixMustInReserveSegment`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid ip: ip prefix must in reserve segment.
    InvalidIpIpPrefixMustInReserveSegment,
    /// `InvalidIp.IpPrefixNotAvailable`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid ip: ip prefix not available.
    InvalidIpIpPrefixNotAvailable,
    /// `InvalidIp.IpPrefixNotStrict`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid ip: ip prefix not strict.
    InvalidIpIpPrefixNotStrict,
    /// `InvalidVSwitchId.IpPrefixNotEnough`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid v switch id: ip prefix not enough.
    InvalidVSwitchIdIpPrefixNotEnough,
    /// `InvalidEniId.NotFound`: HTTP 404, 403; retry: never; category: not_found.
    /// Invalid eni id: not found.
    InvalidEniIdNotFound,
    /// `InvalidOperation.VSwitchIpv6Disabled`: HTTP 404; retry: never; category: not_found.
    /// Invalid operation: v switch ipv6 disabled.
    InvalidOperationVSwitchIpv6Disabled,
    /// `InvalidOperation.EnableIpv6Failed`: HTTP 404; retry: never; category: not_found.
    /// Invalid operation: enable ipv6 failed.
    InvalidOperationEnableIpv6Failed,
    /// `InvalidOperation.HasIpv6RouteEntry`: HTTP 404; retry: never; category: not_found.
    /// Invalid operation: has ipv6 route entry.
    InvalidOperationHasIpv6RouteEntry,
    /// `InvalidOperation.VSwitchCidrReservationNotExist`: HTTP 404; retry: never; category: not_found.
    /// Invalid operation: v switch cidr reservation not exist.
    InvalidOperationVSwitchCidrReservationNotExist,
    /// `InvalidOperation.RegionNotSupportIpPrefix`: HTTP 500; retry: never; category: internal.
    /// Invalid operation: region not support ip prefix.
    InvalidOperationRegionNotSupportIpPrefix,
    /// `Throttling`: HTTP 400, 403, 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    Throttling,
    /// `InvalidOperation.Unsupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: unsupported.
    InvalidOperationUnsupported,
    /// `InvalidOperation.DetachPrimaryEniNotAllowed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: detach primary eni not allowed.
    InvalidOperationDetachPrimaryEniNotAllowed,
    /// `InvalidAction`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid action.
    InvalidAction,
    /// `InvalidEniId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid eni id: malformed.
    InvalidEniIdMalformed,
    /// `InvalidPrivateIpAddress.Malformed`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid private ip address: malformed.
    InvalidPrivateIpAddressMalformed,
    /// `InvalidSecondaryPrivateIpAddressCount.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid secondary private ip address count: malformed.
    InvalidSecondaryPrivateIpAddressCountMalformed,
    /// `QuotaExceeded.PrivateIpAddress`: HTTP 400, 403; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: private ip address.
    QuotaExceededPrivateIpAddress,
    /// `InvalidOperation.InstanceNotSupportMulitipleIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: instance not support mulitiple ip.
    InvalidOperationInstanceNotSupportMulitipleIp,
    /// `InvalidStatus.InstanceIsMigrating`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: instance is migrating.
    InvalidStatusInstanceIsMigrating,
    /// `Forbidden.NotSupportRAM`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: not support RAM.
    ForbiddenNotSupportRam,
    /// `Forbidden.SubUser`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: sub user.
    ForbiddenSubUser,
    /// `MaxEniCountExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Max eni count exceeded.
    MaxEniCountExceeded,
    /// `EniPerInstanceLimitExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Eni per instance limit exceeded.
    EniPerInstanceLimitExceeded,
    /// `InvalidOperation.AvailabilityZoneMismatch`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: availability zone mismatch.
    InvalidOperationAvailabilityZoneMismatch,
    /// `InvalidOperation.VpcMismatch`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: vpc mismatch.
    InvalidOperationVpcMismatch,
    /// `InvalidSecurityGroupId.NotVpc`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid security group id: not vpc.
    InvalidSecurityGroupIdNotVpc,
    /// `InvalidVSwitchId.IpNotEnough`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid v switch id: ip not enough.
    InvalidVSwitchIdIpNotEnough,
    /// `MaxEniPrivateIpsCountExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Max eni private ips count exceeded.
    MaxEniPrivateIpsCountExceeded,
    /// `Operation.Conflict`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Operation: conflict.
    OperationConflict2,
    /// `InvalidEcsId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid ecs id: not found.
    InvalidEcsIdNotFound,
    /// `InvalidVSwitchId.NotFound`: HTTP 404, 400, 403; retry: never; category: not_found.
    /// Invalid v switch id: not found.
    InvalidVSwitchIdNotFound,
    /// `InvalidSecurityGroupId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid security group id: not found.
    InvalidSecurityGroupIdNotFound,
    /// `InvalidAction.Denied`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid action: denied.
    InvalidActionDenied,
    /// `InvalidAssociation.Duplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid association: duplicated.
    InvalidAssociationDuplicated,
    /// `InvalidParameter.Mismatch`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: mismatch.
    InvalidParameterMismatch,
    /// `IncorrectEipStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect eip status.
    IncorrectEipStatus,
    /// `InvalidInstanceType.ValueNotSupported`: HTTP 400, 403, 404; retry: never; category: invalid_argument.
    /// Invalid instance type: value not supported.
    InvalidInstanceTypeValueNotSupported,
    /// `IncorrectHaVipStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect ha vip status.
    IncorrectHaVipStatus,
    /// `TaskConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Task conflict.
    TaskConflict,
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
    /// `QuotaExceeded.NumberOfTrafficEip`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: number of traffic eip.
    QuotaExceededNumberOfTrafficEip,
    /// `QuotaExceeded.NumberOfEip`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: number of eip.
    QuotaExceededNumberOfEip,
    /// `InvalidEipBandwidth.OutOfMaxValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid eip bandwidth: out of max value.
    InvalidEipBandwidthOutOfMaxValue,
    /// `Forbidden.EipCanNotBindGatgw`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: eip can not bind gatgw.
    ForbiddenEipCanNotBindGatgw,
    /// `Forbidden.InstanceBandwidthNotZero`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: instance bandwidth not zero.
    ForbiddenInstanceBandwidthNotZero,
    /// `InvalidStatus.EcsStatusNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: ecs status not support.
    InvalidStatusEcsStatusNotSupport,
    /// `NATGATEWAY_FINANCIALLOCKED`: HTTP 400; retry: never; category: invalid_argument.
    /// NATGATEWAY FINANCIALLOCKED.
    NatgatewayFinanciallocked,
    /// `InvalidParameter.InstanceTypeNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: instance type not support.
    InvalidParameterInstanceTypeNotSupport,
    /// `InstanceType.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance type: not support.
    InstanceTypeNotSupport2,
    /// `InvalidParams.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid params: not found.
    InvalidParamsNotFound,
    /// `BindInstance.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Bind instance: not supported.
    BindInstanceNotSupported,
    /// `ServerRegion.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Server region: invalid.
    ServerRegionInvalid,
    /// `Eni.Attached`: HTTP 400; retry: never; category: invalid_argument.
    /// Eni: attached.
    EniAttached,
    /// `Invalid.DirectEip.BindType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: direct eip, bind type.
    InvalidDirectEipBindType,
    /// `InvalidStatus.EniStatusNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: eni status not support.
    InvalidStatusEniStatusNotSupport,
    /// `InvalidParameter.EniInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: eni instance id.
    InvalidParameterEniInstanceId,
    /// `InvalidNexthop.DirectEni`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid nexthop: direct eni.
    InvalidNexthopDirectEni,
    /// `InvalidEIPStatus.BizDisabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid EIP status: biz disabled.
    InvalidEipStatusBizDisabled,
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
    /// `IncorrectStatus.NatGateway`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: nat gateway.
    IncorrectStatusNatGateway,
    /// `InvalidParameter.BindingInstanceRegion`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: binding instance region.
    InvalidParameterBindingInstanceRegion,
    /// `OperationFailed.HavipBoundPortmap`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: havip bound portmap.
    OperationFailedHavipBoundPortmap,
    /// `InvalidStatus.NotAllow`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: not allow.
    InvalidStatusNotAllow,
    /// `InvalidInstance.NotVpc`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance: not vpc.
    InvalidInstanceNotVpc,
    /// `InvalidStatus.InstanceHasBandWidth`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: instance has band width.
    InvalidStatusInstanceHasBandWidth,
    /// `OperationDenied.CloudBoxResourceExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: cloud box resource exist.
    OperationDeniedCloudBoxResourceExist,
    /// `InvalidAllocationId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid allocation id: not found.
    InvalidAllocationIdNotFound,
    /// `InvalidInstanId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid instan id: not found.
    InvalidInstanIdNotFound,
    /// `InvalidHaVip.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid ha vip: not found.
    InvalidHaVipNotFound,
    /// `Forbidden.RegionNotFound`: HTTP 404; retry: after_fix; category: permission_denied.
    /// The request is forbidden: region not found.
    ForbiddenRegionNotFound,
    /// `InvalidInstance.NotExist`: HTTP 404; retry: never; category: not_found.
    /// Invalid instance: not exist.
    InvalidInstanceNotExist,
    /// `ServiceUnavailable`: HTTP 500, 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailable,
    /// `InvalidVip.Status`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vip: status.
    InvalidVipStatus,
    /// `CountLimitExceed.HaVipOnInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Count limit exceed: ha vip on instance.
    CountLimitExceedHaVipOnInstance,
    /// `CountLimitExceeded.HaVipOnECSInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Count limit exceeded: ha vip on ECS instance.
    CountLimitExceededHaVipOnEcsInstance,
    /// `OperationFailed.DistibuteLock`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: distibute lock.
    OperationFailedDistibuteLock,
    /// `Forbidden.HaVip`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: ha vip.
    ForbiddenHaVip,
    /// `OperationUnsupported.BindMultipleType`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: bind multiple type.
    OperationUnsupportedBindMultipleType,
    /// `InvalidHaVip.Exist`: HTTP 404; retry: never; category: not_found.
    /// Invalid ha vip: exist.
    InvalidHaVipExist,
    /// `InvalidHaVipId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid ha vip id: not found.
    InvalidHaVipIdNotFound,
    /// `InvalidRegionId.Malformed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid region id: malformed.
    InvalidRegionIdMalformed,
    /// `InvalidVpcId.Malformed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid vpc id: malformed.
    InvalidVpcIdMalformed,
    /// `InvalidInstanceId.MalFormed`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Invalid instance id: mal formed.
    InvalidInstanceIdMalFormed,
    /// `InvalidParameter.InvalidInstanceIdAndVpcId`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid instance id and vpc id.
    InvalidParameterInvalidInstanceIdAndVpcId,
    /// `InvalidStatus.InstanceStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid status: instance status.
    InvalidStatusInstanceStatus,
    /// `InvalidInstanceId.NotBelong`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance id: not belong.
    InvalidInstanceIdNotBelong,
    /// `QuotaExceeded`: HTTP 400, 403; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded.
    QuotaExceeded,
    /// `InvalidStatus.InstanceLocked`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid status: instance locked.
    InvalidStatusInstanceLocked,
    /// `InvalidInstanceId.LimitedRegion`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance id: limited region.
    InvalidInstanceIdLimitedRegion,
    /// `InvalidDevice.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid device: malformed.
    InvalidDeviceMalformed,
    /// `InvalidRegionId.MalFormed`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid region id: mal formed.
    InvalidRegionIdMalFormed,
    /// `InvalidOperation.InstanceTypeNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: instance type not support.
    InvalidOperationInstanceTypeNotSupport,
    /// `InvalidDisk.DiskNotBootable`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid disk: disk not bootable.
    InvalidDiskDiskNotBootable,
    /// `InvalidInstance.NotOriginInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance: not origin instance.
    InvalidInstanceNotOriginInstance,
    /// `InvalidParameter.AllEmpty`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: all empty.
    InvalidParameterAllEmpty,
    /// `InvalidParameterForce.DiskCategoryNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter force: disk category not supported.
    InvalidParameterForceDiskCategoryNotSupported,
    /// `InvalidParameterForce.PrepaidDiskNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter force: prepaid disk not supported.
    InvalidParameterForcePrepaidDiskNotSupported,
    /// `InvalidParameterForce.MultiAttachDiskNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter force: multi attach disk not supported.
    InvalidParameterForceMultiAttachDiskNotSupported,
    /// `InvalidParameterForce.RegionNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter force: region not supported.
    InvalidParameterForceRegionNotSupported,
    /// `InstanceDiskLimitExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Instance disk limit exceeded.
    InstanceDiskLimitExceeded,
    /// `InvalidDevice.InUse`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Invalid device: in use.
    InvalidDeviceInUse,
    /// `IncorrectDiskStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect disk status.
    IncorrectDiskStatus,
    /// `DiskNotPortable`: HTTP 403; retry: never; category: permission_denied.
    /// Disk not portable.
    DiskNotPortable,
    /// `ResourcesNotInSameZone`: HTTP 403; retry: never; category: permission_denied.
    /// Resources not in same zone.
    ResourcesNotInSameZone,
    /// `DiskInArrears`: HTTP 403; retry: never; category: permission_denied.
    /// Disk in arrears.
    DiskInArrears,
    /// `DiskError`: HTTP 403; retry: never; category: permission_denied.
    /// Disk error.
    DiskError,
    /// `DiskId.ValueNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Disk id: value not supported.
    DiskIdValueNotSupported,
    /// `DiskId.StatusNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Disk id: status not supported.
    DiskIdStatusNotSupported,
    /// `IncorrectInstanceStatus.NotSupportESSD`: HTTP 403; retry: after_fix; category: failed_precondition.
    /// The instance is not in a state that allows this: not support ESSD.
    IncorrectInstanceStatusNotSupportEssd,
    /// `UserNotInTheWhiteList`: HTTP 403; retry: never; category: permission_denied.
    /// User not in the white list.
    UserNotInTheWhiteList,
    /// `InvalidParameter.KMSKeyId.CMKNotEnabled`: HTTP 403, 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: KMS key id, CMK not enabled.
    InvalidParameterKmsKeyIdCmkNotEnabled,
    /// `InvalidParameter.KMSKeyId.CMKUnauthorized`: HTTP 403, 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: KMS key id, CMK unauthorized.
    InvalidParameterKmsKeyIdCmkUnauthorized,
    /// `InvalidParameter.KMSKeyId.KMSUnauthorized`: HTTP 403, 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: KMS key id, KMS unauthorized.
    InvalidParameterKmsKeyIdKmsUnauthorized,
    /// `DependencyViolation.WindowsInstance`: HTTP 403; retry: never; category: permission_denied.
    /// Dependency violation: windows instance.
    DependencyViolationWindowsInstance,
    /// `InvalidInstanceType.NotSupportDiskCategory`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance type: not support disk category.
    InvalidInstanceTypeNotSupportDiskCategory,
    /// `InvalidInstanceType.NotSupportPL0`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance type: not support PL0.
    InvalidInstanceTypeNotSupportPl0,
    /// `InvalidInstanceType.NvmeRequired`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance type: nvme required.
    InvalidInstanceTypeNvmeRequired,
    /// `InvalidInstanceType.NvmeUnsupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance type: nvme unsupported.
    InvalidInstanceTypeNvmeUnsupported,
    /// `InvalidInstanceType.NotSupportMultiAttachDisk`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance type: not support multi attach disk.
    InvalidInstanceTypeNotSupportMultiAttachDisk,
    /// `DiskAttachedNumberExceeded`: HTTP 403, 404; retry: never; category: permission_denied.
    /// Disk attached number exceeded.
    DiskAttachedNumberExceeded,
    /// `InvalidOperation.CanNotAttachMultiAttachDiskAsSystemDisk`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: can not attach multi attach disk as system disk.
    InvalidOperationCanNotAttachMultiAttachDiskAsSystemDisk,
    /// `DeleteWithInstance.Conflict`: HTTP 403; retry: never; category: permission_denied.
    /// Delete with instance: conflict.
    DeleteWithInstanceConflict,
    /// `InvalidParameter.DeleteWithInstance`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: delete with instance.
    InvalidParameterDeleteWithInstance,
    /// `InvalidOperation.OtherInstanceUnsupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: other instance unsupported.
    InvalidOperationOtherInstanceUnsupported,
    /// `InvalidInstance.ZoneConflict`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance: zone conflict.
    InvalidInstanceZoneConflict,
    /// `InvalidDisk.InUse`: HTTP 404; retry: never; category: not_found.
    /// Invalid disk: in use.
    InvalidDiskInUse,
    /// `InvalidInstanceIds.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance ids: malformed.
    InvalidInstanceIdsMalformed,
    /// `InvalidNetworkType.MismatchRamRole`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid network type: mismatch ram role.
    InvalidNetworkTypeMismatchRamRole,
    /// `InvalidUser.PassRoleForbidden`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid user: pass role forbidden.
    InvalidUserPassRoleForbidden,
    /// `InvalidRamRole.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid ram role: not found.
    InvalidRamRoleNotFound,
    /// `InvalidRamRole.NotEcsRole`: HTTP 401, 404; retry: never; category: unauthenticated.
    /// Invalid ram role: not ecs role.
    InvalidRamRoleNotEcsRole,
    /// `InvalidKeyPairName.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid key pair name: not found.
    InvalidKeyPairNameNotFound,
    /// `InvalidInstanceIds.ValueNotSupported`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid instance ids: value not supported.
    InvalidInstanceIdsValueNotSupported,
    /// `DependencyViolation.IoOptimize`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: io optimize.
    DependencyViolationIoOptimize,
    /// `InstanceKeyPairLimitExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Instance key pair limit exceeded.
    InstanceKeyPairLimitExceeded,
    /// `InvalidOperation.InvalidRegion`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid operation: invalid region.
    InvalidOperationInvalidRegion,
    /// `InvalidOperation.InvalidGeneration`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: invalid generation.
    InvalidOperationInvalidGeneration,
    /// `InvalidParameter.NetworkCardIndexInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: network card index invalid.
    InvalidParameterNetworkCardIndexInvalid,
    /// `InvalidOperation.UserNotSupportNetworkCard`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: user not support network card.
    InvalidOperationUserNotSupportNetworkCard,
    /// `InvalidOperation.ConnectionTrackingConfigNotSupportMemberEni`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: connection tracking config not support member eni.
    InvalidOperationConnectionTrackingConfigNotSupportMemberEni,
    /// `InvalidEni.NotSameVpc`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid eni: not same vpc.
    InvalidEniNotSameVpc,
    /// `InvalidOperation.MultiGroupType`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid operation: multi group type.
    InvalidOperationMultiGroupType,
    /// `InvalidOperation.NotSupportEnterpriseGroup`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid operation: not support enterprise group.
    InvalidOperationNotSupportEnterpriseGroup,
    /// `InvalidOperation.EipBindModel`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: eip bind model.
    InvalidOperationEipBindModel,
    /// `InvalidOperation.HotPlugNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: hot plug not support.
    InvalidOperationHotPlugNotSupport,
    /// `InvalidInstance.NetworkType`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance: network type.
    InvalidInstanceNetworkType,
    /// `InvalidOperation.InvalidTrunkEniStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: invalid trunk eni status.
    InvalidOperationInvalidTrunkEniStatus,
    /// `InvalidOperation.TrunkingIsNotAllowed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: trunking is not allowed.
    InvalidOperationTrunkingIsNotAllowed,
    /// `InvalidOperation.InstanceTypeNotSupportEniTrunking`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: instance type not support eni trunking.
    InvalidOperationInstanceTypeNotSupportEniTrunking,
    /// `InvalidOperation.EniTypeNotSupportTrunking`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: eni type not support trunking.
    InvalidOperationEniTypeNotSupportTrunking,
    /// `InvalidOperation.EniTrunkDeviceFull`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: eni trunk device full.
    InvalidOperationEniTrunkDeviceFull,
    /// `InvalidParameter.EniNotBelongTrunk`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: eni not belong trunk.
    InvalidParameterEniNotBelongTrunk,
    /// `InvalidOperation.EniTypeNotSupportAttachToTrunk`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: eni type not support attach to trunk.
    InvalidOperationEniTypeNotSupportAttachToTrunk,
    /// `InvalidParameter.EniNotBelongEcs`: HTTP 403, 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: eni not belong ecs.
    InvalidParameterEniNotBelongEcs,
    /// `InvalidParameter.InvalidEniQueueNumber`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid eni queue number.
    InvalidParameterInvalidEniQueueNumber,
    /// `InvalidOperation.MaxEniQueueNumberExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: max eni queue number exceeded.
    InvalidOperationMaxEniQueueNumberExceeded,
    /// `InvalidOperation.ExceedInstanceTypeQueueNumber`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: exceed instance type queue number.
    InvalidOperationExceedInstanceTypeQueueNumber,
    /// `InvalidOperation.HighPerformanceTrafficModeNotSupportTrunkEni`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: high performance traffic mode not support trunk eni.
    InvalidOperationHighPerformanceTrafficModeNotSupportTrunkEni,
    /// `InvalidOperation.HighPerformanceTrafficModeNotSupportMemberEni`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: high performance traffic mode not support member eni.
    InvalidOperationHighPerformanceTrafficModeNotSupportMemberEni,
    /// `InvalidOperation.InstanceTypeNotSupportHighPerformanceTrafficMode`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: instance type not support high performance traffic mode.
    InvalidOperationInstanceTypeNotSupportHighPerformanceTrafficMode,
    /// `InvalidOperation.EniTrafficModeNotSupportIpv6`: HTTP 403, 404; retry: never; category: permission_denied.
    /// Invalid operation: eni traffic mode not support ipv6.
    InvalidOperationEniTrafficModeNotSupportIpv6,
    /// `InvalidOperation.MaxEniQueuePairNumberExceed`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Invalid operation: max eni queue pair number exceed.
    InvalidOperationMaxEniQueuePairNumberExceed,
    /// `InvalidParameter.InvalidQueuePairNumber`: HTTP 403, 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid queue pair number.
    InvalidParameterInvalidQueuePairNumber,
    /// `InvalidOperation.EniQueuePairNumberOverflow`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Invalid operation: eni queue pair number overflow.
    InvalidOperationEniQueuePairNumberOverflow,
    /// `InvalidOperation.HighPerformanceEniPerInstanceLimitExceeded`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Invalid operation: high performance eni per instance limit exceeded.
    InvalidOperationHighPerformanceEniPerInstanceLimitExceeded,
    /// `InvalidIpProtocol.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ip protocol: malformed.
    InvalidIpProtocolMalformed,
    /// `InvalidSourceCidrIp.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid source cidr ip: malformed.
    InvalidSourceCidrIpMalformed,
    /// `InvalidPolicy.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid policy: malformed.
    InvalidPolicyMalformed,
    /// `InvalidNicType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid nic type: value not supported.
    InvalidNicTypeValueNotSupported,
    /// `InvalidNicType.Mismatch`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid nic type: mismatch.
    InvalidNicTypeMismatch,
    /// `InvalidSourceGroupId.Mismatch`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid source group id: mismatch.
    InvalidSourceGroupIdMismatch,
    /// `InvalidSourceGroup.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid source group: not found.
    InvalidSourceGroupNotFound,
    /// `InvalidPriority.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid priority: malformed.
    InvalidPriorityMalformed,
    /// `InvalidPriority.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid priority: value not supported.
    InvalidPriorityValueNotSupported,
    /// `InvalidSecurityGroupDiscription.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security group discription: malformed.
    InvalidSecurityGroupDiscriptionMalformed,
    /// `InvalidSecurityGroup.InvalidNetworkType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security group: invalid network type.
    InvalidSecurityGroupInvalidNetworkType,
    /// `MissingParameter.Source`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: source.
    MissingParameterSource,
    /// `InvalidParam.PortRange`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: port range.
    InvalidParamPortRange,
    /// `InvalidIpProtocol.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ip protocol: value not supported.
    InvalidIpProtocolValueNotSupported,
    /// `InvalidSecurityGroupId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security group id: malformed.
    InvalidSecurityGroupIdMalformed,
    /// `InvalidParamter.Conflict`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Invalid paramter: conflict.
    InvalidParamterConflict,
    /// `InvalidSourcePortRange.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid source port range: malformed.
    InvalidSourcePortRangeMalformed,
    /// `InvalidPortRange.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid port range: malformed.
    InvalidPortRangeMalformed,
    /// `InvalidParam.SourceIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: source ip.
    InvalidParamSourceIp,
    /// `InvalidParam.DestIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: dest ip.
    InvalidParamDestIp,
    /// `InvalidParam.Ipv6DestCidrIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: ipv6 dest cidr ip.
    InvalidParamIpv6DestCidrIp,
    /// `InvalidParam.Ipv6SourceCidrIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: ipv6 source cidr ip.
    InvalidParamIpv6SourceCidrIp,
    /// `InvalidParam.Ipv4ProtocolConflictWithIpv6Address`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: ipv4 protocol conflict with ipv6 address.
    InvalidParamIpv4ProtocolConflictWithIpv6Address,
    /// `InvalidParam.Ipv6ProtocolConflictWithIpv4Address`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: ipv6 protocol conflict with ipv4 address.
    InvalidParamIpv6ProtocolConflictWithIpv4Address,
    /// `InvalidParameter.Ipv6CidrIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: ipv6 cidr ip.
    InvalidParameterIpv6CidrIp,
    /// `InvalidGroupAuthParameter.OperationDenied`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid group auth parameter: operation denied.
    InvalidGroupAuthParameterOperationDenied,
    /// `InvalidDestCidrIp.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid dest cidr ip: malformed.
    InvalidDestCidrIpMalformed,
    /// `InvalidParam.PrefixListAddressFamilyMismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: prefix list address family mismatch.
    InvalidParamPrefixListAddressFamilyMismatch,
    /// `NotSupported.ClassicNetworkPrefixList`: HTTP 400; retry: never; category: invalid_argument.
    /// Not supported: classic network prefix list.
    NotSupportedClassicNetworkPrefixList,
    /// `AuthorizedGroupRule.LimitExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Authorized group rule: limit exceed.
    AuthorizedGroupRuleLimitExceed,
    /// `InvalidParam.SourceCidrIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: source cidr ip.
    InvalidParamSourceCidrIp,
    /// `InvalidParam.DestCidrIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: dest cidr ip.
    InvalidParamDestCidrIp,
    /// `InvalidParam.Permissions`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: permissions.
    InvalidParamPermissions,
    /// `InvalidParam.DuplicatePermissions`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicate permissions.
    InvalidParamDuplicatePermissions,
    /// `InvalidGroupParameter.OperationDenied`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid group parameter: operation denied.
    InvalidGroupParameterOperationDenied,
    /// `AuthorizationLimitExceed`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Authorization limit exceed.
    AuthorizationLimitExceed,
    /// `InvalidNetworkType.Mismatch`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid network type: mismatch.
    InvalidNetworkTypeMismatch,
    /// `InvalidNetworkType.Conflict`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid network type: conflict.
    InvalidNetworkTypeConflict,
    /// `InvalidOperation.ResourceManagedByCloudProduct`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: resource managed by cloud product.
    InvalidOperationResourceManagedByCloudProduct,
    /// `LimitExceed.PrefixListAssociationResource`: HTTP 403; retry: never; category: permission_denied.
    /// Limit exceed: prefix list association resource.
    LimitExceedPrefixListAssociationResource,
    /// `InvalidSourceGroupId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid source group id: not found.
    InvalidSourceGroupIdNotFound,
    /// `InvalidPrefixListId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid prefix list id: not found.
    InvalidPrefixListIdNotFound,
    /// `InvalidDestGroupId.Mismatch`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid dest group id: mismatch.
    InvalidDestGroupIdMismatch,
    /// `InvalidDestGroup.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid dest group: not found.
    InvalidDestGroupNotFound,
    /// `MissingParameter.Dest`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: dest.
    MissingParameterDest,
    /// `InvalidSecurityGroup.IsSame`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid security group: is same.
    InvalidSecurityGroupIsSame,
    /// `InvalidDestGroupId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid dest group id: not found.
    InvalidDestGroupIdNotFound,
    /// `ImageCreatedNotFromCopy`: HTTP 400; retry: never; category: invalid_argument.
    /// Image created not from copy.
    ImageCreatedNotFromCopy,
    /// `IncorrectImageStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect image status.
    IncorrectImageStatus,
    /// `CancelNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Cancel not supported.
    CancelNotSupported,
    /// `InvalidImageId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid image id: not found.
    InvalidImageIdNotFound,
    /// `InvalidStatus.CancelFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: cancel failed.
    InvalidStatusCancelFailed,
    /// `InvalidStatus.ImagePipelineExecution`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid status: image pipeline execution.
    InvalidStatusImagePipelineExecution,
    /// `InvalidImagePipelineExecution.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid image pipeline execution: not found.
    InvalidImagePipelineExecutionNotFound,
    /// `Forbidden.NotAllowedInState`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: not allowed in state.
    ForbiddenNotAllowedInState,
    /// `InvalidPhysicalConnectionId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid physical connection id: not found.
    InvalidPhysicalConnectionIdNotFound,
    /// `EventIdLimitExceeded`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Event id limit exceeded.
    EventIdLimitExceeded,
    /// `CannotCancelSystemEvent.NotSimulated`: HTTP 403; retry: never; category: permission_denied.
    /// Cannot cancel system event: not simulated.
    CannotCancelSystemEventNotSimulated,
    /// `InvalidEventId.NotFound`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid event id: not found.
    InvalidEventIdNotFound,
    /// `InvalidTaskId.NotFound`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid task id: not found.
    InvalidTaskIdNotFound,
    /// `InvalidTaskId.TaskActionNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid task id: task action not support.
    InvalidTaskIdTaskActionNotSupport,
    /// `InvalidTaskId.IncorrectTaskStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid task id: incorrect task status.
    InvalidTaskIdIncorrectTaskStatus,
    /// `CancelTaskFailed`: HTTP 403; retry: never; category: permission_denied.
    /// Cancel task failed.
    CancelTaskFailed,
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
    /// `InvalidAccount.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
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
    /// `InvalidParameter.CloudboxNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: cloudbox not supported.
    InvalidParameterCloudboxNotSupported,
    /// `InvalidInstanceId.PlanedChange`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance id: planed change.
    InvalidInstanceIdPlanedChange,
    /// `InvalidEndTime.OperateNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid end time: operate not support.
    InvalidEndTimeOperateNotSupport,
    /// `InvalidInstanceStatus.Released`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance status: released.
    InvalidInstanceStatusReleased,
    /// `InvalidInstance.ZeroBandwidth`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance: zero bandwidth.
    InvalidInstanceZeroBandwidth,
    /// `InvalidInternetChargeType.ValueNotSupported`: HTTP 400, 403, 404; retry: never; category: invalid_argument.
    /// Invalid internet charge type: value not supported.
    InvalidInternetChargeTypeValueNotSupported,
    /// `MaxEIPQuotaExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Max EIP quota exceeded.
    MaxEipQuotaExceeded,
    /// `Forbidden.InvalidPublicBandwidth`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: invalid public bandwidth.
    ForbiddenInvalidPublicBandwidth,
    /// `InvalidInstance.OverduePayment`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance: overdue payment.
    InvalidInstanceOverduePayment,
    /// `EIPMaxBandwidthExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// EIP max bandwidth exceeded.
    EipMaxBandwidthExceeded,
    /// `Forbidden.RiskControl`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: risk control.
    ForbiddenRiskControl,
    /// `UnsupportedPublicIpWithIsp`: HTTP 403; retry: never; category: permission_denied.
    /// Unsupported public ip with isp.
    UnsupportedPublicIpWithIsp,
    /// `InvalidInstance.IpAddressMissing`: HTTP 404; retry: never; category: not_found.
    /// Invalid instance: ip address missing.
    InvalidInstanceIpAddressMissing,
    /// `SourceRegion.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Source region: not found.
    SourceRegionNotFound,
    /// `DestinationRegion.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Destination region: not found.
    DestinationRegionNotFound,
    /// `InvalidSnapshotId.NotFound`: HTTP 404, 400, 403; retry: never; category: not_found.
    /// Invalid snapshot id: not found.
    InvalidSnapshotIdNotFound,
    /// `InvalidImageName.Duplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid image name: duplicated.
    InvalidImageNameDuplicated,
    /// `InvalidParameter.EncryptedIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: encrypted illegal.
    InvalidParameterEncryptedIllegal,
    /// `InvalidEncrypted.NotMatchEncryptAlgorithm`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid encrypted: not match encrypt algorithm.
    InvalidEncryptedNotMatchEncryptAlgorithm,
    /// `InvalidEncryptAlgorithm`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid encrypt algorithm.
    InvalidEncryptAlgorithm,
    /// `InvalidEncrypted.NotMatchKmsKeyId`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid encrypted: not match kms key id.
    InvalidEncryptedNotMatchKmsKeyId,
    /// `OperationDenied.CommunityImage`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: community image.
    OperationDeniedCommunityImage,
    /// `InvalidImageName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid image name: malformed.
    InvalidImageNameMalformed,
    /// `InvalidParameter.KmsNotEnabled`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: kms not enabled.
    InvalidParameterKmsNotEnabled,
    /// `InvalidAliUid.IsNull`: HTTP 401; retry: never; category: unauthenticated.
    /// Invalid ali uid: is null.
    InvalidAliUidIsNull,
    /// `QuotaExceed.Image`: HTTP 403; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: image.
    QuotaExceedImage,
    /// `QuotaExceed.Snapshot`: HTTP 403; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: snapshot.
    QuotaExceedSnapshot,
    /// `OperationDenied.ImageCopying`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: image copying.
    OperationDeniedImageCopying,
    /// `RegionNotSupportCopy`: HTTP 403; retry: never; category: permission_denied.
    /// Region not support copy.
    RegionNotSupportCopy,
    /// `InvalidSnapshot.TooOld`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid snapshot: too old.
    InvalidSnapshotTooOld,
    /// `IncorrectDestinationRegion`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect destination region.
    IncorrectDestinationRegion,
    /// `SizeExceed.Image`: HTTP 403; retry: never; category: permission_denied.
    /// Size exceed: image.
    SizeExceedImage,
    /// `OperationDeined.EncryptedSnapshot`: HTTP 403; retry: never; category: permission_denied.
    /// Operation deined: encrypted snapshot.
    OperationDeinedEncryptedSnapshot,
    /// `OperationDenied.SameRegionOnly`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: same region only.
    OperationDeniedSameRegionOnly,
    /// `OperationDenied.NotPublished`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: not published.
    OperationDeniedNotPublished,
    /// `OperationDenied.NotAuthorized`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: not authorized.
    OperationDeniedNotAuthorized,
    /// `OperationDenied.EncryptSnapshotAcrossRegion`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: encrypt snapshot across region.
    OperationDeniedEncryptSnapshotAcrossRegion,
    /// `InvalidRegionId.NotSupportEncryptAlgorithm`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid region id: not support encrypt algorithm.
    InvalidRegionIdNotSupportEncryptAlgorithm,
    /// `OperationDenied.KmsServiceUnauthorized`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: kms service unauthorized.
    OperationDeniedKmsServiceUnauthorized,
    /// `OperationDenied.NonCompliantDestinationRegion`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: non compliant destination region.
    OperationDeniedNonCompliantDestinationRegion,
    /// `InvalidParameter.KMSKeyId.NotFound`: HTTP 404, 403, 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: KMS key id, not found.
    InvalidParameterKmsKeyIdNotFound,
    /// `InvalidResourceGroup.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid resource group: not found.
    InvalidResourceGroupNotFound,
    /// `InvalidSnapshotId.EncryptedNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid snapshot id: encrypted not support.
    InvalidSnapshotIdEncryptedNotSupport,
    /// `InvalidSnapshotCategory.NotSupportCopy`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid snapshot category: not support copy.
    InvalidSnapshotCategoryNotSupportCopy,
    /// `InvalidUser.NotInWhiteList`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid user: not in white list.
    InvalidUserNotInWhiteList,
    /// `InvalidParamter`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid paramter.
    InvalidParamter,
    /// `InvalidSnapshotId.NotReady`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Invalid snapshot id: not ready.
    InvalidSnapshotIdNotReady,
    /// `InvalidOperation.Unauthorized`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: unauthorized.
    InvalidOperationUnauthorized,
    /// `InvalidOperation.UnfinishedCrossRegionCopy`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: unfinished cross region copy.
    InvalidOperationUnfinishedCrossRegionCopy,
    /// `InvalidOperation.NotSupportCopyInSameRegion`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: not support copy in same region.
    InvalidOperationNotSupportCopyInSameRegion,
    /// `InvalidSnapshotName.Malformed`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid snapshot name: malformed.
    InvalidSnapshotNameMalformed,
    /// `InvalidRetentionDays.Malformed`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid retention days: malformed.
    InvalidRetentionDaysMalformed,
    /// `InvalidRegionId.NotSupportedEncryptedSnapshotCopy`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid region id: not supported encrypted snapshot copy.
    InvalidRegionIdNotSupportedEncryptedSnapshotCopy,
    /// `InvalidRegionId.NotExists`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid region id: not exists.
    InvalidRegionIdNotExists,
    /// `InvalidEncrypted.NotSupportDecrypt`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid encrypted: not support decrypt.
    InvalidEncryptedNotSupportDecrypt,
    /// `InvalidSnapshotCategory.NotSupportCrossRegionCopy`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid snapshot category: not support cross region copy.
    InvalidSnapshotCategoryNotSupportCrossRegionCopy,
    /// `InvalidSnapshotCategory.NotSupportEncryptedCopy`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid snapshot category: not support encrypted copy.
    InvalidSnapshotCategoryNotSupportEncryptedCopy,
    /// `InvalidParameter.DataEncryptedKeyCreateFailed`: HTTP 403, 500, 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: data encrypted key create failed.
    InvalidParameterDataEncryptedKeyCreateFailed,
    /// `InvalidKMSKeyId.NotSymmetric`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid KMS key id: not symmetric.
    InvalidKmsKeyIdNotSymmetric,
    /// `QuotaExceed.SnapshotQuota`: HTTP 403; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: snapshot quota.
    QuotaExceedSnapshotQuota,
    /// `InvalidOperation.UnfinishedEncryptedSnapshotCopy`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: unfinished encrypted snapshot copy.
    InvalidOperationUnfinishedEncryptedSnapshotCopy,
    /// `InvalidParameterDestinationStorageLocationArn.Unauthorized`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid parameter destination storage location arn: unauthorized.
    InvalidParameterDestinationStorageLocationArnUnauthorized,
    /// `InvalidParameterDestinationStorageLocationArn.RegionNotMatch`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid parameter destination storage location arn: region not match.
    InvalidParameterDestinationStorageLocationArnRegionNotMatch,
    /// `InvalidSnapshot.StorageLocationNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid snapshot: storage location not supported.
    InvalidSnapshotStorageLocationNotSupported,
    /// `InvalidSnapshot.EncryptedNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid snapshot: encrypted not supported.
    InvalidSnapshotEncryptedNotSupported,
    /// `InvalidParameterDestinationStorageLocationArn.Malformed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid parameter destination storage location arn: malformed.
    InvalidParameterDestinationStorageLocationArnMalformed,
    /// `RegionId.ApiNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Region id: api not supported.
    RegionIdApiNotSupported,
    /// `InstanceName.ExceedLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance name: exceed limit.
    InstanceNameExceedLimit,
    /// `InstanceName.InvalidPattern`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance name: invalid pattern.
    InstanceNameInvalidPattern,
    /// `ActivationDesc.ExceedLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Activation desc: exceed limit.
    ActivationDescExceedLimit,
    /// `ActivationLimitation.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Activation limitation: invalid.
    ActivationLimitationInvalid,
    /// `AddressRange.InvalidPattern`: HTTP 400; retry: never; category: invalid_argument.
    /// Address range: invalid pattern.
    AddressRangeInvalidPattern,
    /// `ActivationCount.ExceedLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Activation count: exceed limit.
    ActivationCountExceedLimit,
    /// `ActivationTTL.ExceedLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Activation TTL: exceed limit.
    ActivationTtlExceedLimit,
    /// `NumberExceed.Tags`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: tags.
    NumberExceedTags,
    /// `MissingParameter.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: tag key.
    MissingParameterTagKey,
    /// `Operation.Forbidden`: HTTP 403; retry: never; category: permission_denied.
    /// Operation: forbidden.
    OperationForbidden,
    /// `InvalidStatus.ResourceGroup`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid status: resource group.
    InvalidStatusResourceGroup,
    /// `InternalError.Dispatch`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred: dispatch.
    InternalErrorDispatch,
    /// `InvalidAutoProvisioningGroupName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid auto provisioning group name: malformed.
    InvalidAutoProvisioningGroupNameMalformed,
    /// `InvalidAutoProvisioningGroupType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid auto provisioning group type: value not supported.
    InvalidAutoProvisioningGroupTypeValueNotSupported,
    /// `InvalidFleetExcessCapacityTerminationPolicy.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid fleet excess capacity termination policy: value not supported.
    InvalidFleetExcessCapacityTerminationPolicyValueNotSupported,
    /// `InvalidDefaultTargetCapacityType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid default target capacity type: value not supported.
    InvalidDefaultTargetCapacityTypeValueNotSupported,
    /// `InvalidSpotAllocationStrategy.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid spot allocation strategy: value not supported.
    InvalidSpotAllocationStrategyValueNotSupported,
    /// `InvalidSpotInstanceInterruptionBehavior.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid spot instance interruption behavior: value not supported.
    InvalidSpotInstanceInterruptionBehaviorValueNotSupported,
    /// `InvalidPayAsYouGoAllocationStrategy.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pay as you go allocation strategy: value not supported.
    InvalidPayAsYouGoAllocationStrategyValueNotSupported,
    /// `MissingParameter.SpotAllocationStrategy`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: spot allocation strategy.
    MissingParameterSpotAllocationStrategy,
    /// `MissingParameter.LaunchTemplateConfigs`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: launch template configs.
    MissingParameterLaunchTemplateConfigs,
    /// `InvalidValidTime.MalFormed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid valid time: mal formed.
    InvalidValidTimeMalFormed,
    /// `InvalidLaunchTemplateVersion.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid launch template version: value not supported.
    InvalidLaunchTemplateVersionValueNotSupported,
    /// `InvalidRegion.ValueNotSupported`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid region: value not supported.
    InvalidRegionValueNotSupported,
    /// `InvalidDescription.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid description: value not supported.
    InvalidDescriptionValueNotSupported,
    /// `InvalidLaunchTemplate.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid launch template: value not supported.
    InvalidLaunchTemplateValueNotSupported,
    /// `InvalidCapacity.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid capacity: value not supported.
    InvalidCapacityValueNotSupported,
    /// `InvalidLaunchTemplateConfigs.SizeExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid launch template configs: size exceed.
    InvalidLaunchTemplateConfigsSizeExceed,
    /// `InvalidParameter.SpotInstancePoolsToUseCount`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: spot instance pools to use count.
    InvalidParameterSpotInstancePoolsToUseCount,
    /// `InvalidParameter.ResourceGroupId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource group id.
    InvalidParameterResourceGroupId,
    /// `InvalidParameter.TargetCapacity`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: target capacity.
    InvalidParameterTargetCapacity,
    /// `MissingParameter.WeightedCapacity`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: weighted capacity.
    MissingParameterWeightedCapacity,
    /// `InvalidParameter.WeightedCapacityBeyondRange`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: weighted capacity beyond range.
    InvalidParameterWeightedCapacityBeyondRange,
    /// `InvalidParameter.MaxPrice`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: max price.
    InvalidParameterMaxPrice,
    /// `NoPermission`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission.
    NoPermission,
    /// `Duplicate.DiskCategory`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate: disk category.
    DuplicateDiskCategory,
    /// `InvalidImageFamily.Confict`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid image family: confict.
    InvalidImageFamilyConfict,
    /// `InvalidSnapshotPolicyName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid snapshot policy name: malformed.
    InvalidSnapshotPolicyNameMalformed,
    /// `InvalidParameter.Encrypted.KmsNotEnable`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: encrypted, kms not enable.
    InvalidParameterEncryptedKmsNotEnable,
    /// `InvalidParam.EncryptedMismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: encrypted mismatch.
    InvalidParamEncryptedMismatch,
    /// `AutoSnapshotPolicy.QuotaExceed`: HTTP 403; retry: never; category: permission_denied.
    /// Auto snapshot policy: quota exceed.
    AutoSnapshotPolicyQuotaExceed,
    /// `InvalidParameter.TargetCopyRegions`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: target copy regions.
    InvalidParameterTargetCopyRegions,
    /// `InvalidParameter.CopiedSnapshotsRetentionDays`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: copied snapshots retention days.
    InvalidParameterCopiedSnapshotsRetentionDays,
    /// `InvalidOperation.KMSKeyIdNotFound`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: KMS key id not found.
    InvalidOperationKmsKeyIdNotFound,
    /// `Abs.InvalidAction.RegionNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Abs: invalid action, region not support.
    AbsInvalidActionRegionNotSupport,
    /// `NoStock`: HTTP 400; retry: never; category: invalid_argument.
    /// No stock.
    NoStock,
    /// `MissingParameter.RegionId`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// A required parameter is missing: region id.
    MissingParameterRegionId,
    /// `InvalidStartTime.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time: not supported.
    InvalidStartTimeNotSupported,
    /// `InvalidStartTime.MalFormed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time: mal formed.
    InvalidStartTimeMalFormed,
    /// `Invalid.PrivatePoolOptionsName.MalFormed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: private pool options name, mal formed.
    InvalidPrivatePoolOptionsNameMalFormed,
    /// `Invalid.ZoneId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: zone id.
    InvalidZoneId,
    /// `Invalid.InstanceType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: instance type.
    InvalidInstanceType,
    /// `DedicatedHostNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Dedicated host not supported.
    DedicatedHostNotSupported,
    /// `SpotNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Spot not supported.
    SpotNotSupported,
    /// `ClassicNetworkNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Classic network not supported.
    ClassicNetworkNotSupported,
    /// `Invalid.InstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: instance id.
    InvalidInstanceId,
    /// `Invalid.PrivatePoolOptions.MatchCriteria`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: private pool options, match criteria.
    InvalidPrivatePoolOptionsMatchCriteria,
    /// `MissingParameter.PrivatePoolOptions.Id`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: private pool options, id.
    MissingParameterPrivatePoolOptionsId,
    /// `Invalid.PrivatePoolOptions.Id`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: private pool options, id.
    InvalidPrivatePoolOptionsId,
    /// `Invalid.InstanceChargeType`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid: instance charge type.
    InvalidInstanceChargeType,
    /// `Invalid.PrivatePoolOptions.status`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: private pool options, status.
    InvalidPrivatePoolOptionsStatus,
    /// `InvalidPlatform.ValueNotSupported`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid platform: value not supported.
    InvalidPlatformValueNotSupported,
    /// `InvalidAliUid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ali uid.
    InvalidAliUid,
    /// `MissingParameter.PackageType`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: package type.
    MissingParameterPackageType,
    /// `MissingParameter.PrivatePoolOptions.Ids`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: private pool options, ids.
    MissingParameterPrivatePoolOptionsIds,
    /// `MissingParameter.InstanceCpuCoreCount`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: instance cpu core count.
    MissingParameterInstanceCpuCoreCount,
    /// `MissingParameter.InstanceAmount`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: instance amount.
    MissingParameterInstanceAmount,
    /// `MissingParameter.InstanceCpuCoreCountOrInstanceAmount`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: instance cpu core count or instance amount.
    MissingParameterInstanceCpuCoreCountOrInstanceAmount,
    /// `Invalid.TooManyPrivatePoolOptions.Ids`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: too many private pool options, ids.
    InvalidTooManyPrivatePoolOptionsIds,
    /// `Invalid.TooManyZoneIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: too many zone ids.
    InvalidTooManyZoneIds,
    /// `Invalid.TooManyInstanceTypes`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: too many instance types.
    InvalidTooManyInstanceTypes,
    /// `Invalid.TooManyUnpaidPrivatePool`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: too many unpaid private pool.
    InvalidTooManyUnpaidPrivatePool,
    /// `Invalid.InstanceCpuCoreCountOrInstanceAmount`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: instance cpu core count or instance amount.
    InvalidInstanceCpuCoreCountOrInstanceAmount,
    /// `Invalid.PrivatePoolOptions.Ids`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: private pool options, ids.
    InvalidPrivatePoolOptionsIds,
    /// `Invalid.PackageType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: package type.
    InvalidPackageType,
    /// `Invalid.PrivatePool.Purchase`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: private pool, purchase.
    InvalidPrivatePoolPurchase,
    /// `Invalid.AssuranceTimes.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: assurance times, not supported.
    InvalidAssuranceTimesNotSupported,
    /// `RepeatStartPrivatePool`: HTTP 400; retry: never; category: invalid_argument.
    /// Repeat start private pool.
    RepeatStartPrivatePool,
    /// `Invalid.TimeSlot`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: time slot.
    InvalidTimeSlot,
    /// `Invalid.EndTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: end time.
    InvalidEndTime,
    /// `StartTime.NotNeed`: HTTP 400; retry: never; category: invalid_argument.
    /// Start time: not need.
    StartTimeNotNeed,
    /// `AccountForbidden.ProductCreationLimited`: HTTP 400; retry: never; category: invalid_argument.
    /// Account forbidden: product creation limited.
    AccountForbiddenProductCreationLimited,
    /// `PriceNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Price not found.
    PriceNotFound,
    /// `InvalidInstanceType.NotSupported`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid instance type: not supported.
    InvalidInstanceTypeNotSupported,
    /// `Invalid.ZoneIds`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid: zone ids.
    InvalidZoneIds,
    /// `CmdParam.EmptyKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Cmd param: empty key.
    CmdParamEmptyKey,
    /// `CmdParam.InvalidParamName`: HTTP 400; retry: never; category: invalid_argument.
    /// Cmd param: invalid param name.
    CmdParamInvalidParamName,
    /// `CmdContent.DecodeError`: HTTP 400; retry: never; category: invalid_argument.
    /// Cmd content: decode error.
    CmdContentDecodeError,
    /// `InvalidParameter.WorkingDir`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: working dir.
    InvalidParameterWorkingDir,
    /// `CmdContent.ExceedLimit`: HTTP 403; retry: never; category: permission_denied.
    /// Cmd content: exceed limit.
    CmdContentExceedLimit,
    /// `CmdName.ExceedLimit`: HTTP 403; retry: never; category: permission_denied.
    /// Cmd name: exceed limit.
    CmdNameExceedLimit,
    /// `CmdDesc.ExceedLimit`: HTTP 403; retry: never; category: permission_denied.
    /// Cmd desc: exceed limit.
    CmdDescExceedLimit,
    /// `CmdCount.ExceedQuota`: HTTP 403; retry: never; category: permission_denied.
    /// Cmd count: exceed quota.
    CmdCountExceedQuota,
    /// `CmdParamCount.ExceedLimit`: HTTP 403; retry: never; category: permission_denied.
    /// Cmd param count: exceed limit.
    CmdParamCountExceedLimit,
    /// `CmdParamName.ExceedLimit`: HTTP 403; retry: never; category: permission_denied.
    /// Cmd param name: exceed limit.
    CmdParamNameExceedLimit,
    /// `InvalidParameterCharacter.CommandName`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid parameter character: command name.
    InvalidParameterCharacterCommandName,
    /// `InvalidParameterCharacter.CommandDescription`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid parameter character: command description.
    InvalidParameterCharacterCommandDescription,
    /// `InvalidParameterCharacter.CommandWorkingDir`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid parameter character: command working dir.
    InvalidParameterCharacterCommandWorkingDir,
    /// `InvalidCmdType.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid cmd type: not found.
    InvalidCmdTypeNotFound,
    /// `InvalidZone.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid zone: not found.
    InvalidZoneNotFound,
    /// `QuotaExceed.Region`: HTTP 404; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: region.
    QuotaExceedRegion,
    /// `QuotaExceed.Zone`: HTTP 404; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: zone.
    QuotaExceedZone,
    /// `InvalidParam.Zone`: HTTP 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: zone.
    InvalidParamZone,
    /// `MissingParamter.RegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing paramter: region id.
    MissingParamterRegionId,
    /// `InvalidRegion.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid region: not found.
    InvalidRegionNotFound,
    /// `InvalidInstanceType.NotSupportDemand`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance type: not support demand.
    InvalidInstanceTypeNotSupportDemand,
    /// `InvalidTemporary.EndTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid temporary: end time.
    InvalidTemporaryEndTime,
    /// `InvalidTemporary.StartTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid temporary: start time.
    InvalidTemporaryStartTime,
    /// `InvalidDemandName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid demand name: malformed.
    InvalidDemandNameMalformed,
    /// `InvalidInstanceType.NotMatch`: HTTP 404, 403; retry: never; category: not_found.
    /// Invalid instance type: not match.
    InvalidInstanceTypeNotMatch,
    /// `InvalidDemandStatus.NotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid demand status: not supported.
    InvalidDemandStatusNotSupported,
    /// `QuotaExceed.EcsDemand`: HTTP 403; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: ecs demand.
    QuotaExceedEcsDemand,
    /// `Forbidden.RAM`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: RAM.
    ForbiddenRam,
    /// `InvalidInstanceChargeType.NotFound`: HTTP 404, 400, 403; retry: never; category: not_found.
    /// Invalid instance charge type: not found.
    InvalidInstanceChargeTypeNotFound,
    /// `InvalidStatus.ValueNotSupported`: HTTP 400, 404, 403; retry: never; category: invalid_argument.
    /// Invalid status: value not supported.
    InvalidStatusValueNotSupported,
    /// `InvalidInstanceType.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid instance type: not found.
    InvalidInstanceTypeNotFound,
    /// `InvalidDeploymentSetName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid deployment set name: malformed.
    InvalidDeploymentSetNameMalformed,
    /// `InvalidParameter.Domain`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain.
    InvalidParameterDomain,
    /// `InvalidParameter.Strategy`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: strategy.
    InvalidParameterStrategy,
    /// `InvalidParameter.granularity`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: granularity.
    InvalidParameterGranularity,
    /// `DependencyViolation.domain.granularity`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: domain, granularity.
    DependencyViolationDomainGranularity,
    /// `DependencyViolation.strategy.granularity`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: strategy, granularity.
    DependencyViolationStrategyGranularity,
    /// `DeploymentSet.GroupQuotaFull`: HTTP 400; retry: never; category: invalid_argument.
    /// Deployment set: group quota full.
    DeploymentSetGroupQuotaFull,
    /// `InvalidParameter.GroupCount`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: group count.
    InvalidParameterGroupCount,
    /// `QuotaExceed.DeploymentSet`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: deployment set.
    QuotaExceedDeploymentSet,
    /// `InvalidParameter.MetricId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: metric id.
    InvalidParameterMetricId,
    /// `InvalidResource.NotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource: not exists.
    InvalidResourceNotExists,
    /// `InvalidAxt.ServiceNotReady`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid axt: service not ready.
    InvalidAxtServiceNotReady,
    /// `Forbidden.CreateSLR`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: create SLR.
    ForbiddenCreateSlr,
    /// `InvalidSize.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid size: value not supported.
    InvalidSizeValueNotSupported,
    /// `InvalidDiskName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid disk name: malformed.
    InvalidDiskNameMalformed,
    /// `InvalidDiskCategory.NotSupported`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Invalid disk category: not supported.
    InvalidDiskCategoryNotSupported,
    /// `InvalidDiskCategory.ValueNotSupported`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid disk category: value not supported.
    InvalidDiskCategoryValueNotSupported,
    /// `InvalidDataDiskCategory.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid data disk category: value not supported.
    InvalidDataDiskCategoryValueNotSupported,
    /// `InvalidDataDiskSize.ValueNotSupported`: HTTP 400, 403, 404; retry: never; category: invalid_argument.
    /// Invalid data disk size: value not supported.
    InvalidDataDiskSizeValueNotSupported,
    /// `InvalidDiskSize.NotSupported`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid disk size: not supported.
    InvalidDiskSizeNotSupported,
    /// `InvalidDiskSizeOrCategory`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid disk size or category.
    InvalidDiskSizeOrCategory,
    /// `InvalidParameter.EncryptedNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: encrypted not supported.
    InvalidParameterEncryptedNotSupported,
    /// `EncryptedOption.Conflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Encrypted option: conflict.
    EncryptedOptionConflict,
    /// `InvalidParameter.Arns`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: arns.
    InvalidParameterArns,
    /// `InvalidPerformanceLevel.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid performance level: malformed.
    InvalidPerformanceLevelMalformed,
    /// `InvalidDiskCategory.ConflictSnapshotCategory`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid disk category: conflict snapshot category.
    InvalidDiskCategoryConflictSnapshotCategory,
    /// `InvalidEncrypted.NotMatchSnapshot`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid encrypted: not match snapshot.
    InvalidEncryptedNotMatchSnapshot,
    /// `InvalidEncryptAlgorithm.NotMatchSnapshot`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid encrypt algorithm: not match snapshot.
    InvalidEncryptAlgorithmNotMatchSnapshot,
    /// `InvalidKmsKeyId.NotMatchSnapshot`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid kms key id: not match snapshot.
    InvalidKmsKeyIdNotMatchSnapshot,
    /// `InvalidPerformanceLevel.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid performance level: value not supported.
    InvalidPerformanceLevelValueNotSupported,
    /// `InvalidStorageSetId.NotFound`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Invalid storage set id: not found.
    InvalidStorageSetIdNotFound,
    /// `InvalidStorageClusterId.StatusNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid storage cluster id: status not support.
    InvalidStorageClusterIdStatusNotSupport,
    /// `InvalidStorageClusterId.ConflictWithStorageSetId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid storage cluster id: conflict with storage set id.
    InvalidStorageClusterIdConflictWithStorageSetId,
    /// `InvalidStorageClusterId.ConflictWithInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid storage cluster id: conflict with instance id.
    InvalidStorageClusterIdConflictWithInstanceId,
    /// `InvalidStorageClusterId.CategoryNotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid storage cluster id: category not match.
    InvalidStorageClusterIdCategoryNotMatch,
    /// `InvalidStorageClusterId.PerformanceLevelNotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid storage cluster id: performance level not match.
    InvalidStorageClusterIdPerformanceLevelNotMatch,
    /// `InvalidStorageClusterId.CapacityNotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid storage cluster id: capacity not enough.
    InvalidStorageClusterIdCapacityNotEnough,
    /// `InvalidCloudBoxZone.EncryptedNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cloud box zone: encrypted not supported.
    InvalidCloudBoxZoneEncryptedNotSupported,
    /// `InvalidInstance.NotFoundSystemDisk`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid instance: not found system disk.
    InvalidInstanceNotFoundSystemDisk,
    /// `ProvisionedIopsForDiskCategoryUnsupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Provisioned iops for disk category unsupported.
    ProvisionedIopsForDiskCategoryUnsupported,
    /// `InvalidProvisionedIops.LimitExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid provisioned iops: limit exceed.
    InvalidProvisionedIopsLimitExceed,
    /// `BurstingEnabledForDiskCategoryUnsupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Bursting enabled for disk category unsupported.
    BurstingEnabledForDiskCategoryUnsupported,
    /// `BurstingEnabledForMultiAttachDiskUnsupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Bursting enabled for multi attach disk unsupported.
    BurstingEnabledForMultiAttachDiskUnsupported,
    /// `ProvisionedIopsForDiskCategoryRequired`: HTTP 400; retry: never; category: invalid_argument.
    /// Provisioned iops for disk category required.
    ProvisionedIopsForDiskCategoryRequired,
    /// `NotSupportSnapshotEncrypted.RegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// Not support snapshot encrypted: region id.
    NotSupportSnapshotEncryptedRegionId,
    /// `NotSupportSnapshotEncrypted.ZoneId`: HTTP 400; retry: never; category: invalid_argument.
    /// Not support snapshot encrypted: zone id.
    NotSupportSnapshotEncryptedZoneId,
    /// `NotSupportSnapshotEncrypted.ShareImage`: HTTP 400; retry: never; category: invalid_argument.
    /// Not support snapshot encrypted: share image.
    NotSupportSnapshotEncryptedShareImage,
    /// `NotSupport.SnapshotEncryptedAlgorithmConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Not support: snapshot encrypted algorithm conflict.
    NotSupportSnapshotEncryptedAlgorithmConflict,
    /// `QuotaExceed.DiskCapacity`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: disk capacity.
    QuotaExceedDiskCapacity,
    /// `InsufficientBalance.AgentAccount`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient balance: agent account.
    InsufficientBalanceAgentAccount,
    /// `InvalidZoneId.DiskCategoryUnsupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid zone id: disk category unsupported.
    InvalidZoneIdDiskCategoryUnsupported,
    /// `InvalidStorageSetId.DiskCategoryUnsupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid storage set id: disk category unsupported.
    InvalidStorageSetIdDiskCategoryUnsupported,
    /// `InvalidStorageClusterId.DiskCategoryUnsupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid storage cluster id: disk category unsupported.
    InvalidStorageClusterIdDiskCategoryUnsupported,
    /// `InvalidDataDiskCategory.NotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid data disk category: not supported.
    InvalidDataDiskCategoryNotSupported,
    /// `InstanceDiskCategoryLimitExceed`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Instance disk category limit exceed.
    InstanceDiskCategoryLimitExceed,
    /// `InvalidSnapshot.NotReady`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid snapshot: not ready.
    InvalidSnapshotNotReady,
    /// `InvalidSnapshot.TooLarge`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid snapshot: too large.
    InvalidSnapshotTooLarge,
    /// `QuotaExceed.PortableCloudDisk`: HTTP 403; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: portable cloud disk.
    QuotaExceedPortableCloudDisk,
    /// `InvalidDiskCategory.ValueUnauthorized`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid disk category: value unauthorized.
    InvalidDiskCategoryValueUnauthorized,
    /// `InvalidSnapshotId.NotDataDiskSnapshot`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid snapshot id: not data disk snapshot.
    InvalidSnapshotIdNotDataDiskSnapshot,
    /// `InvalidDiskSize.TooSmall`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Invalid disk size: too small.
    InvalidDiskSizeTooSmall,
    /// `InvalidPayMethod`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid pay method.
    InvalidPayMethod,
    /// `QuotaExceed.PostPaidDisk`: HTTP 403; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: post paid disk.
    QuotaExceedPostPaidDisk,
    /// `SecurityRisk.3DVerification`: HTTP 403; retry: never; category: permission_denied.
    /// Security risk: 3 d verification.
    SecurityRisk3dVerification,
    /// `InvalidParameter.AdvancedFeatures`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: advanced features.
    InvalidParameterAdvancedFeatures,
    /// `InvalidInstanceChargeType.ValueNotSupported`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid instance charge type: value not supported.
    InvalidInstanceChargeTypeValueNotSupported,
    /// `InvalidStatus.Upgrading`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid status: upgrading.
    InvalidStatusUpgrading,
    /// `InvalidParam.ZoneIdAndInstanceId.Conflict`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: zone id and instance id, conflict.
    InvalidParamZoneIdAndInstanceIdConflict,
    /// `OperationDenied.PerformanceLevelNotMatch`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Operation denied: performance level not match.
    OperationDeniedPerformanceLevelNotMatch,
    /// `InvalidStorageSetName.Malformed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid storage set name: malformed.
    InvalidStorageSetNameMalformed,
    /// `InvalidMaxPartitionNumber.Malformed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid max partition number: malformed.
    InvalidMaxPartitionNumberMalformed,
    /// `InvalidParameter.StorageSetPartitionNumber`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: storage set partition number.
    InvalidParameterStorageSetPartitionNumber,
    /// `InvalidParameter.StorageSetId`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: storage set id.
    InvalidParameterStorageSetId,
    /// `InvalidParameter.StorageSetZoneId`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: storage set zone id.
    InvalidParameterStorageSetZoneId,
    /// `QuotaExceeded.PostpaidDataDiskCapacity`: HTTP 403; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: postpaid data disk capacity.
    QuotaExceededPostpaidDataDiskCapacity,
    /// `OperationDenied.SnapshotNotAllowed`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: snapshot not allowed.
    OperationDeniedSnapshotNotAllowed,
    /// `LastTokenProcessing`: HTTP 403; retry: never; category: permission_denied.
    /// Last token processing.
    LastTokenProcessing,
    /// `InvalidParameter.MultiAttach`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: multi attach.
    InvalidParameterMultiAttach,
    /// `InvalidParameter.MultiAttachAndInstanceIdConflict`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: multi attach and instance id conflict.
    InvalidParameterMultiAttachAndInstanceIdConflict,
    /// `InvalidParameter.DiskCategoryAndMultiAttachConflict`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: disk category and multi attach conflict.
    InvalidParameterDiskCategoryAndMultiAttachConflict,
    /// `InvalidParameter.DiskCategoryAndMultiAttachNotMatch`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: disk category and multi attach not match.
    InvalidParameterDiskCategoryAndMultiAttachNotMatch,
    /// `OperationDenied.ZoneNotSupportMultiAttachDisk`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: zone not support multi attach disk.
    OperationDeniedZoneNotSupportMultiAttachDisk,
    /// `InvalidAccountStatus.CouponAmountNotEnough`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid account status: coupon amount not enough.
    InvalidAccountStatusCouponAmountNotEnough,
    /// `InvalidOperation.CreateFromSnapshotUnsupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: create from snapshot unsupported.
    InvalidOperationCreateFromSnapshotUnsupported,
    /// `NotSupportSnapshotEncrypted.DiskCategory`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Not support snapshot encrypted: disk category.
    NotSupportSnapshotEncryptedDiskCategory,
    /// `InvalidEncrypted.DefaultEncryptionUnsupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid encrypted: default encryption unsupported.
    InvalidEncryptedDefaultEncryptionUnsupported,
    /// `InvalidStorageClusterId.NotExist`: HTTP 404; retry: never; category: not_found.
    /// Invalid storage cluster id: not exist.
    InvalidStorageClusterIdNotExist,
    /// `Invalid.PeriodUnit`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: period unit.
    InvalidPeriodUnit,
    /// `OperationUnsupported.ForwardEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: forward entry.
    OperationUnsupportedForwardEntry,
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
    /// `InvalidProtocal.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid protocal: value not supported.
    InvalidProtocalValueNotSupported,
    /// `IncorretForwardEntryStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorret forward entry status.
    IncorretForwardEntryStatus,
    /// `ForwardEntry.Duplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Forward entry: duplicated.
    ForwardEntryDuplicated,
    /// `Invalid.natgwNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: natgw not exist.
    InvalidNatgwNotExist,
    /// `InvalidIp.NotInNatgw`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ip: not in natgw.
    InvalidIpNotInNatgw,
    /// `OperationFailed.InstacneBindEip`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: instacne bind eip.
    OperationFailedInstacneBindEip,
    /// `DuplicatedParam.ExternalPort`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated param: external port.
    DuplicatedParamExternalPort,
    /// `DuplicatedParam.InternalPort`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated param: internal port.
    DuplicatedParamInternalPort,
    /// `UnsupportedFeature.PrivateLinkEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: private link enabled.
    UnsupportedFeaturePrivateLinkEnabled,
    /// `UnsupportedFeature.PortSegment`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: port segment.
    UnsupportedFeaturePortSegment,
    /// `OperationFailed.AnyPortConfig`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: any port config.
    OperationFailedAnyPortConfig,
    /// `QuotaExceeded.ForwardEntry`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: forward entry.
    QuotaExceededForwardEntry,
    /// `IncorrectStatus.NatIp`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: nat ip.
    IncorrectStatusNatIp,
    /// `Forbidden.IpHasBeenUsedInSnat`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: ip has been used in snat.
    ForbiddenIpHasBeenUsedInSnat,
    /// `Forbidden.DestinationIpOutOfVswitchCIDR`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: destination ip out of vswitch CIDR.
    ForbiddenDestinationIpOutOfVswitchCidr,
    /// `Forbidden.ExternalIp.UsedInSnatTable`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: external ip, used in snat table.
    ForbiddenExternalIpUsedInSnatTable,
    /// `Forbidden.InternalIpOutOfVpcCIDR`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: internal ip out of vpc CIDR.
    ForbiddenInternalIpOutOfVpcCidr,
    /// `AnyPort.PortMustBeZero`: HTTP 400; retry: never; category: invalid_argument.
    /// Any port: port must be zero.
    AnyPortPortMustBeZero,
    /// `InvalidParameter.Name.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: name, malformed.
    InvalidParameterNameMalformed,
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
    /// `InvalidForwardTableId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid forward table id: not found.
    InvalidForwardTableIdNotFound,
    /// `InvalidExternalIp.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid external ip: not found.
    InvalidExternalIpNotFound,
    /// `ResourceNotFound.NatIp`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: nat ip.
    ResourceNotFoundNatIp,
    /// `System.Error`: HTTP 500; retry: never; category: internal.
    /// System: error.
    SystemError,
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
    InvalidIpAddressMalformed2,
    /// `InvalidVSwitch.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v switch: not found.
    InvalidVSwitchNotFound,
    /// `InvalidPrivateIp.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid private ip: not found.
    InvalidPrivateIpNotFound,
    /// `CountLimitExceed.HaVipInVpc`: HTTP 403; retry: never; category: permission_denied.
    /// Count limit exceed: ha vip in vpc.
    CountLimitExceedHaVipInVpc,
    /// `QuotaExceeded.HaVip`: HTTP 403; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: ha vip.
    QuotaExceededHaVip,
    /// `InvalidHpcClusterName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid hpc cluster name: malformed.
    InvalidHpcClusterNameMalformed,
    /// `InvalidHpcClusterDescription.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid hpc cluster description: malformed.
    InvalidHpcClusterDescriptionMalformed,
    /// `Invalid.Parameter`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid: parameter.
    InvalidParameter2,
    /// `InvalidImageVersion.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid image version: malformed.
    InvalidImageVersionMalformed,
    /// `InvalidDiskCategory.CreateImage`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid disk category: create image.
    InvalidDiskCategoryCreateImage,
    /// `InvalidArchitecture.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid architecture: malformed.
    InvalidArchitectureMalformed,
    /// `InvalidPlatform.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid platform: malformed.
    InvalidPlatformMalformed,
    /// `InvalidParameter.DiskType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: disk type.
    InvalidParameterDiskType,
    /// `InvalidImageFamily.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid image family: malformed.
    InvalidImageFamilyMalformed,
    /// `ImageQuotaExceed.ImageFamily`: HTTP 400; retry: never; category: invalid_argument.
    /// Image quota exceed: image family.
    ImageQuotaExceedImageFamily,
    /// `ImageFamilyQuotaExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Image family quota exceed.
    ImageFamilyQuotaExceed,
    /// `InvalidDiskType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid disk type: value not supported.
    InvalidDiskTypeValueNotSupported,
    /// `IdempotenceParamNotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Idempotence param not match.
    IdempotenceParamNotMatch,
    /// `InvalidBootMode.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid boot mode: not support.
    InvalidBootModeNotSupport,
    /// `IncorrectDiskStatus.NeverAttached`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect disk status: never attached.
    IncorrectDiskStatusNeverAttached,
    /// `IncorrectDiskStatus.Invalid`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect disk status: invalid.
    IncorrectDiskStatusInvalid,
    /// `OperationDenied.InvalidSnapshotCategory`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: invalid snapshot category.
    OperationDeniedInvalidSnapshotCategory,
    /// `IncorrectDiskStatus.Transferring`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect disk status: transferring.
    IncorrectDiskStatusTransferring,
    /// `InvalidSystemSnapshot.Missing`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid system snapshot: missing.
    InvalidSystemSnapshotMissing,
    /// `IncorrectDiskStatus.CreatingSnapshot`: HTTP 403, 401; retry: never; category: permission_denied.
    /// Incorrect disk status: creating snapshot.
    IncorrectDiskStatusCreatingSnapshot,
    /// `InvalidSnapshotCategory.NotSupportImageCreation`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid snapshot category: not support image creation.
    InvalidSnapshotCategoryNotSupportImageCreation,
    /// `TooManySnapshot.Unfinished`: HTTP 403; retry: never; category: permission_denied.
    /// Too many snapshot: unfinished.
    TooManySnapshotUnfinished,
    /// `HibernationConfigured.InstanceOperationForbidden`: HTTP 403; retry: never; category: permission_denied.
    /// Hibernation configured: instance operation forbidden.
    HibernationConfiguredInstanceOperationForbidden,
    /// `SnapshotNotReady`: HTTP 403; retry: never; category: permission_denied.
    /// Snapshot not ready.
    SnapshotNotReady,
    /// `IncorrectInstanceStatus.NeedRestart`: HTTP 403; retry: after_fix; category: failed_precondition.
    /// The instance is not in a state that allows this: need restart.
    IncorrectInstanceStatusNeedRestart,
    /// `InvalidCommand.Component`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid command: component.
    InvalidCommandComponent,
    /// `InvalidName.Malformed`: HTTP 400, 403, 500; retry: never; category: invalid_argument.
    /// Invalid name: malformed.
    InvalidNameMalformed,
    /// `InvalidSystemType.NotSupportedValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid system type: not supported value.
    InvalidSystemTypeNotSupportedValue,
    /// `InvalidComponentType.NotSupportedValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid component type: not supported value.
    InvalidComponentTypeNotSupportedValue,
    /// `InvalidContent.LengthExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid content: length exceeded.
    InvalidContentLengthExceeded,
    /// `InvalidImageTemplateCommandSize.ExceededMaxNumber`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid image template command size: exceeded max number.
    InvalidImageTemplateCommandSizeExceededMaxNumber,
    /// `InvalidImageTemplateCommand.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid image template command: not supported.
    InvalidImageTemplateCommandNotSupported,
    /// `InvalidCommandContent.RUN`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid command content: RUN.
    InvalidCommandContentRun,
    /// `InvalidCommandContent.ENV`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid command content: ENV.
    InvalidCommandContentEnv,
    /// `InvalidCommandContent.WORKDIR`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid command content: WORKDIR.
    InvalidCommandContentWorkdir,
    /// `InvalidCommandContent.COPY`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid command content: COPY.
    InvalidCommandContentCopy,
    /// `InvalidCommandContent.USER`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid command content: USER.
    InvalidCommandContentUser,
    /// `InvalidCommandContent.CMD`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid command content: CMD.
    InvalidCommandContentCmd,
    /// `InvalidCommandContent.ENTRYPOINT`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid command content: ENTRYPOINT.
    InvalidCommandContentEntrypoint,
    /// `MissingParameter.Content`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: content.
    MissingParameterContent,
    /// `EmptyCommandContent.RUN`: HTTP 400; retry: never; category: invalid_argument.
    /// Empty command content: RUN.
    EmptyCommandContentRun,
    /// `EmptyCommandContent.ENV`: HTTP 400; retry: never; category: invalid_argument.
    /// Empty command content: ENV.
    EmptyCommandContentEnv,
    /// `EmptyCommandContent.LABEL`: HTTP 400; retry: never; category: invalid_argument.
    /// Empty command content: LABEL.
    EmptyCommandContentLabel,
    /// `EmptyCommandContent.COPY`: HTTP 400; retry: never; category: invalid_argument.
    /// Empty command content: COPY.
    EmptyCommandContentCopy,
    /// `EmptyCommandContent.ENTRYPOINT`: HTTP 400; retry: never; category: invalid_argument.
    /// Empty command content: ENTRYPOINT.
    EmptyCommandContentEntrypoint,
    /// `EmptyCommandContent.CMD`: HTTP 400; retry: never; category: invalid_argument.
    /// Empty command content: CMD.
    EmptyCommandContentCmd,
    /// `NotEmptyCommandContent.RESTART`: HTTP 400; retry: never; category: invalid_argument.
    /// Not empty command content: RESTART.
    NotEmptyCommandContentRestart,
    /// `EmptyCommandContent.WORKDIR`: HTTP 400; retry: never; category: invalid_argument.
    /// Empty command content: WORKDIR.
    EmptyCommandContentWorkdir,
    /// `EmptyCommandContent.USER`: HTTP 400; retry: never; category: invalid_argument.
    /// Empty command content: USER.
    EmptyCommandContentUser,
    /// `QuotaExceed.ImageComponent`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: image component.
    QuotaExceedImageComponent,
    /// `NotSupportedCommand.FROM`: HTTP 404; retry: never; category: not_found.
    /// Not supported command: FROM.
    NotSupportedCommandFrom,
    /// `InvalidSourceInstance.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid source instance: not found.
    InvalidSourceInstanceNotFound,
    /// `InvalidBaseImageType.NotSupportedValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid base image type: not supported value.
    InvalidBaseImageTypeNotSupportedValue,
    /// `InvalidSystemDiskSize.NotSupportedValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid system disk size: not supported value.
    InvalidSystemDiskSizeNotSupportedValue,
    /// `InvalidInternetMaxBandwidthOut.NotSupportedValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid internet max bandwidth out: not supported value.
    InvalidInternetMaxBandwidthOutNotSupportedValue,
    /// `InvalidAddAccountSize.ExceededMaxNumber`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid add account size: exceeded max number.
    InvalidAddAccountSizeExceededMaxNumber,
    /// `InvalidToRegionIdSize.ExceededMaxNumber`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid to region id size: exceeded max number.
    InvalidToRegionIdSizeExceededMaxNumber,
    /// `InvalidBuildContent.LengthExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid build content: length exceeded.
    InvalidBuildContentLengthExceeded,
    /// `DuplicatedCommand.FROM`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated command: FROM.
    DuplicatedCommandFrom,
    /// `InvalidCommandOrder.FROM`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid command order: FROM.
    InvalidCommandOrderFrom,
    /// `InvalidCommandContent.FROM`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid command content: FROM.
    InvalidCommandContentFrom,
    /// `QuotaExceed.ImagePipeline`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: image pipeline.
    QuotaExceedImagePipeline,
    /// `ImagePipeline.NotSupportWindowsInstance`: HTTP 403; retry: never; category: permission_denied.
    /// Image pipeline: not support windows instance.
    ImagePipelineNotSupportWindowsInstance,
    /// `InvalidImage.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid image: not found.
    InvalidImageNotFound,
    /// `ImageComponent.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Image component: not found.
    ImageComponentNotFound,
    /// `InvalidStorageClusterId.ZoneIdEmpty`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid storage cluster id: zone id empty.
    InvalidStorageClusterIdZoneIdEmpty,
    /// `InvalidStorageClusterId.DiskSizeEmpty`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid storage cluster id: disk size empty.
    InvalidStorageClusterIdDiskSizeEmpty,
    /// `InvalidSystemDiskCategory.ValueNotSupported`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid system disk category: value not supported.
    InvalidSystemDiskCategoryValueNotSupported,
    /// `InvalidHostName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid host name: malformed.
    InvalidHostNameMalformed,
    /// `InvalidPassword.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid password: malformed.
    InvalidPasswordMalformed,
    /// `InvalidPasswordParam.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid password param: mismatch.
    InvalidPasswordParamMismatch,
    /// `InvalidDiskDescription.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid disk description: malformed.
    InvalidDiskDescriptionMalformed,
    /// `InvalidDataDevice.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid data device: malformed.
    InvalidDataDeviceMalformed,
    /// `InvalidNodeControllerId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid node controller id: malformed.
    InvalidNodeControllerIdMalformed,
    /// `InvalidInnerIpAddress.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid inner ip address: malformed.
    InvalidInnerIpAddressMalformed,
    /// `InvalidInnerIpAddress.Unusable`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid inner ip address: unusable.
    InvalidInnerIpAddressUnusable,
    /// `ImageNotSupportCloudInit`: HTTP 400; retry: never; category: invalid_argument.
    /// Image not support cloud init.
    ImageNotSupportCloudInit,
    /// `InvalidSnapshotId.BasedSnapshotTooOld`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid snapshot id: based snapshot too old.
    InvalidSnapshotIdBasedSnapshotTooOld,
    /// `QuotaExceed.AfterpayInstance`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: afterpay instance.
    QuotaExceedAfterpayInstance,
    /// `InvalidMarketImageChargeType.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid market image charge type: not support.
    InvalidMarketImageChargeTypeNotSupport,
    /// `InvalidInstanceName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance name: malformed.
    InvalidInstanceNameMalformed,
    /// `InvalidPrivateIpAddress`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid private ip address.
    InvalidPrivateIpAddress,
    /// `ResourceNotAvailable`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not available.
    ResourceNotAvailable,
    /// `InvalidDiskCategory.Mismatch`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid disk category: mismatch.
    InvalidDiskCategoryMismatch,
    /// `InvalidIoOptimizedValue.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid io optimized value: value not supported.
    InvalidIoOptimizedValueValueNotSupported,
    /// `MissingParamter`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing paramter.
    MissingParamter,
    /// `InvalidPeriod`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid period.
    InvalidPeriod,
    /// `InvalidParameter.Bandwidth`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: bandwidth.
    InvalidParameterBandwidth,
    /// `InvalidUserData.SizeExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid user data: size exceeded.
    InvalidUserDataSizeExceeded,
    /// `InvalidUserData.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid user data: not supported.
    InvalidUserDataNotSupported,
    /// `InstanceDiskNumber.LimitExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance disk number: limit exceed.
    InstanceDiskNumberLimitExceed,
    /// `InvalidSpotStrategy`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid spot strategy.
    InvalidSpotStrategy,
    /// `InvalidSpotParam.EmptyZoneID`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid spot param: empty zone ID.
    InvalidSpotParamEmptyZoneId,
    /// `InvalidSpotPriceLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid spot price limit.
    InvalidSpotPriceLimit,
    /// `InvalidSpotDuration`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid spot duration.
    InvalidSpotDuration,
    /// `InvalidSpotAuthorized`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid spot authorized.
    InvalidSpotAuthorized,
    /// `InvalidSpotPrepaid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid spot prepaid.
    InvalidSpotPrepaid,
    /// `InvalidSpotAliUid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid spot ali uid.
    InvalidSpotAliUid,
    /// `InvalidSystemDiskSize.ValueNotSupported`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid system disk size: value not supported.
    InvalidSystemDiskSizeValueNotSupported,
    /// `InvalidSpotPriceLimit.LowerThanPublicPrice`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid spot price limit: lower than public price.
    InvalidSpotPriceLimitLowerThanPublicPrice,
    /// `InvalidHpcClusterId.Unnecessary`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid hpc cluster id: unnecessary.
    InvalidHpcClusterIdUnnecessary,
    /// `InvalidVSwitchId.Necessary`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v switch id: necessary.
    InvalidVSwitchIdNecessary,
    /// `InvalidHpcClusterId.Necessary`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid hpc cluster id: necessary.
    InvalidHpcClusterIdNecessary,
    /// `InvalidHpcClusterId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid hpc cluster id: not found.
    InvalidHpcClusterIdNotFound,
    /// `InvalidHpcClusterId.Creating`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid hpc cluster id: creating.
    InvalidHpcClusterIdCreating,
    /// `InvalidSecurityGroup.NotInDefaultVpc`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security group: not in default vpc.
    InvalidSecurityGroupNotInDefaultVpc,
    /// `VpcNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpc not found.
    VpcNotFound,
    /// `InvalidSpotInterruptionBehavior`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid spot interruption behavior.
    InvalidSpotInterruptionBehavior,
    /// `OperationDenied.IllegalPaymentPolicy`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: illegal payment policy.
    OperationDeniedIllegalPaymentPolicy,
    /// `InvalidDeploymentOnHost`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid deployment on host.
    InvalidDeploymentOnHost,
    /// `InvalidInstanceChargeType.NotSupport`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid instance charge type: not support.
    InvalidInstanceChargeTypeNotSupport,
    /// `InvalidNetworkType.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid network type: not supported.
    InvalidNetworkTypeNotSupported,
    /// `InvalidDedicatedHostId.NotFound`: HTTP 404, 400, 403; retry: never; category: not_found.
    /// Invalid dedicated host id: not found.
    InvalidDedicatedHostIdNotFound,
    /// `InvalidDedicatedHostStatus.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid dedicated host status: not support.
    InvalidDedicatedHostStatusNotSupport,
    /// `IncorrectDedicatedHostStatus`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Incorrect dedicated host status.
    IncorrectDedicatedHostStatus,
    /// `ChargeTypeViolation.PostPaidDedicatedHost`: HTTP 400; retry: never; category: invalid_argument.
    /// Charge type violation: post paid dedicated host.
    ChargeTypeViolationPostPaidDedicatedHost,
    /// `InvalidPeriod.ExceededDedicatedHost`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid period: exceeded dedicated host.
    InvalidPeriodExceededDedicatedHost,
    /// `DedicatedHostType.Unmatched`: HTTP 400; retry: never; category: invalid_argument.
    /// Dedicated host type: unmatched.
    DedicatedHostTypeUnmatched,
    /// `NoAvaliableDedicatedHost`: HTTP 400; retry: never; category: invalid_argument.
    /// No avaliable dedicated host.
    NoAvaliableDedicatedHost,
    /// `InvalidParameter.Affinity`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: affinity.
    InvalidParameterAffinity,
    /// `InvalidParameter.Tenancy`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tenancy.
    InvalidParameterTenancy,
    /// `InvalidParam.Tenancy`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tenancy.
    InvalidParamTenancy,
    /// `InvalidParameter.CreditSpecification`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: credit specification.
    InvalidParameterCreditSpecification,
    /// `InvalidVpcZone.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vpc zone: not supported.
    InvalidVpcZoneNotSupported,
    /// `IncorrectDefaultVpcStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect default vpc status.
    IncorrectDefaultVpcStatus,
    /// `IoOptimized.NotSupported`: HTTP 403, 404, 400; retry: never; category: permission_denied.
    /// Io optimized: not supported.
    IoOptimizedNotSupported,
    /// `InvalidClientToken.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid client token: value not supported.
    InvalidClientTokenValueNotSupported,
    /// `InvalidCapacityReservationId.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid capacity reservation id: not found.
    InvalidCapacityReservationIdNotFound,
    /// `LackResource`: HTTP 400; retry: never; category: invalid_argument.
    /// Lack resource.
    LackResource,
    /// `InvalidAccountStatus.PayAmountLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account status: pay amount limit exceeded.
    InvalidAccountStatusPayAmountLimitExceeded,
    /// `InvalidSecurityGroup.NetworkType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security group: network type.
    InvalidSecurityGroupNetworkType,
    /// `QuotaExceeded.PrepayDataDiskCapacity`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: prepay data disk capacity.
    QuotaExceededPrepayDataDiskCapacity,
    /// `InvalidCustomInstanceType.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid custom instance type: not supported.
    InvalidCustomInstanceTypeNotSupported,
    /// `UnexpectedImageFamily.ImageIdSupplied`: HTTP 400; retry: never; category: invalid_argument.
    /// Unexpected image family: image id supplied.
    UnexpectedImageFamilyImageIdSupplied,
    /// `InvalidHttpEndpoint.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid http endpoint: not supported.
    InvalidHttpEndpointNotSupported,
    /// `InvalidHttpTokens.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid http tokens: not supported.
    InvalidHttpTokensNotSupported,
    /// `InvalidHttpPutResponseHopLimit.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid http put response hop limit: not supported.
    InvalidHttpPutResponseHopLimitNotSupported,
    /// `InvalidOperation.VpcHasEnabledAdvancedNetworkFeature`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: vpc has enabled advanced network feature.
    InvalidOperationVpcHasEnabledAdvancedNetworkFeature,
    /// `InvalidChargeType.CapacityReservationNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid charge type: capacity reservation not supported.
    InvalidChargeTypeCapacityReservationNotSupported,
    /// `InvalidDedicatedHostClusterId.InValid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid dedicated host cluster id: in valid.
    InvalidDedicatedHostClusterIdInValid,
    /// `InvalidOperation.UserNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: user not supported.
    InvalidOperationUserNotSupported,
    /// `InvalidDeploymentSetId.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid deployment set id: not found.
    InvalidDeploymentSetIdNotFound,
    /// `MissingParameter.PrivatePoolOptionsId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: private pool options id.
    MissingParameterPrivatePoolOptionsId2,
    /// `Invalid.PrivatePoolOptionsId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: private pool options id.
    InvalidPrivatePoolOptionsId2,
    /// `Invalid.PrivatePoolOptions.NoStock`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: private pool options, no stock.
    InvalidPrivatePoolOptionsNoStock,
    /// `HibernationConfigured.InstanceTypeNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Hibernation configured: instance type not support.
    HibernationConfiguredInstanceTypeNotSupport,
    /// `HibernationConfigured.ImageNotEncrypted`: HTTP 400; retry: never; category: invalid_argument.
    /// Hibernation configured: image not encrypted.
    HibernationConfiguredImageNotEncrypted,
    /// `HibernationConfigured.MemorySizeTooBig`: HTTP 400; retry: never; category: invalid_argument.
    /// Hibernation configured: memory size too big.
    HibernationConfiguredMemorySizeTooBig,
    /// `InvalidSystemDiskSize.LessThanMemSize`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid system disk size: less than mem size.
    InvalidSystemDiskSizeLessThanMemSize,
    /// `InvalidCloudBoxZone.OperationNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cloud box zone: operation not supported.
    InvalidCloudBoxZoneOperationNotSupported,
    /// `InvalidInternetMaxBandwidthOut.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid internet max bandwidth out: malformed.
    InvalidInternetMaxBandwidthOutMalformed,
    /// `InvalidInternetMaxBandwidthIn.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid internet max bandwidth in: malformed.
    InvalidInternetMaxBandwidthInMalformed,
    /// `InvalidDestinationZone.DeploymentSetMismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid destination zone: deployment set mismatch.
    InvalidDestinationZoneDeploymentSetMismatch,
    /// `NoPermission.Price`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission: price.
    NoPermissionPrice,
    /// `InvalidParameter.DedicatedRegionNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: dedicated region not supported.
    InvalidParameterDedicatedRegionNotSupported,
    /// `ImageNotSubscribed`: HTTP 403; retry: never; category: permission_denied.
    /// Image not subscribed.
    ImageNotSubscribed,
    /// `InvalidSystemDiskCategory.ValueUnauthorized`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid system disk category: value unauthorized.
    InvalidSystemDiskCategoryValueUnauthorized,
    /// `ImageRemovedInMarket`: HTTP 403; retry: never; category: permission_denied.
    /// Image removed in market.
    ImageRemovedInMarket,
    /// `CategoryNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Category not supported.
    CategoryNotSupported,
    /// `InstanceDiskNumLimitExceed`: HTTP 403; retry: never; category: permission_denied.
    /// Instance disk num limit exceed.
    InstanceDiskNumLimitExceed,
    /// `ImageNotSupportInstanceType`: HTTP 403; retry: never; category: permission_denied.
    /// Image not support instance type.
    ImageNotSupportInstanceType,
    /// `QuotaExceed.BuyImage`: HTTP 403; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: buy image.
    QuotaExceedBuyImage,
    /// `InvalidClusterId.NotFound`: HTTP 403, 404; retry: never; category: permission_denied.
    /// Invalid cluster id: not found.
    InvalidClusterIdNotFound,
    /// `InvalidInstanceType.ZoneNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance type: zone not supported.
    InvalidInstanceTypeZoneNotSupported,
    /// `OperationDenied.ImageNotValid`: HTTP 403, 404; retry: never; category: permission_denied.
    /// Operation denied: image not valid.
    OperationDeniedImageNotValid,
    /// `InstanceType.Offline`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Instance type: offline.
    InstanceTypeOffline,
    /// `RealNameAuthenticationError`: HTTP 403; retry: never; category: permission_denied.
    /// Real name authentication error.
    RealNameAuthenticationError,
    /// `InvalidImage.NotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid image: not supported.
    InvalidImageNotSupported,
    /// `IncorrectVpcStatus`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Incorrect vpc status.
    IncorrectVpcStatus,
    /// `OperationDenied.InvalidNetworkType`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: invalid network type.
    OperationDeniedInvalidNetworkType,
    /// `InvalidSpotInterruptionBehavior.ClassicNetworkNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid spot interruption behavior: classic network not support.
    InvalidSpotInterruptionBehaviorClassicNetworkNotSupport,
    /// `InvalidSpotInterruptionBehavior.LocalDiskNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid spot interruption behavior: local disk not support.
    InvalidSpotInterruptionBehaviorLocalDiskNotSupport,
    /// `QuotaExceed.DeploymentSetInstanceQuotaFull`: HTTP 403; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: deployment set instance quota full.
    QuotaExceedDeploymentSetInstanceQuotaFull,
    /// `InvalidVSwitch.DefaultVSwitchNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid v switch: default v switch not support.
    InvalidVSwitchDefaultVSwitchNotSupport,
    /// `OperationDenied.LocalDiskUnsupported`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: local disk unsupported.
    OperationDeniedLocalDiskUnsupported,
    /// `OperationDenied.InconsistentNetwork`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: inconsistent network.
    OperationDeniedInconsistentNetwork,
    /// `DefaultVswitch.Existed`: HTTP 403; retry: never; category: permission_denied.
    /// Default vswitch: existed.
    DefaultVswitchExisted,
    /// `CategoryViolation`: HTTP 403; retry: never; category: permission_denied.
    /// Category violation.
    CategoryViolation,
    /// `InvalidDisk.SystemDiskSize`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid disk: system disk size.
    InvalidDiskSystemDiskSize,
    /// `Mayi.InternalError`: HTTP 403; retry: never; category: permission_denied.
    /// Mayi: internal error.
    MayiInternalError,
    /// `InvalidNetworkType`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid network type.
    InvalidNetworkType,
    /// `InvalidAccountStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid account status.
    InvalidAccountStatus,
    /// `OperationDenied.RegionIdNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: region id not supported.
    OperationDeniedRegionIdNotSupported,
    /// `OperationDenied.FlavorNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: flavor not supported.
    OperationDeniedFlavorNotSupported,
    /// `OperationDenied.TimestampNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: timestamp not supported.
    OperationDeniedTimestampNotSupported,
    /// `OperationDenied.PrepayNotAvailable`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: prepay not available.
    OperationDeniedPrepayNotAvailable,
    /// `OperationDenied.PaygNotAvailable`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: payg not available.
    OperationDeniedPaygNotAvailable,
    /// `EnterpriseGroupLimited.MutliGroupType`: HTTP 403, 404; retry: never; category: permission_denied.
    /// Enterprise group limited: mutli group type.
    EnterpriseGroupLimitedMutliGroupType,
    /// `EnterpriseGroupLimited.InstanceType`: HTTP 403; retry: never; category: permission_denied.
    /// Enterprise group limited: instance type.
    EnterpriseGroupLimitedInstanceType,
    /// `InternalError.AllocateUnderlayIp`: HTTP 403; retry: backoff; category: internal.
    /// An internal error occurred: allocate underlay ip.
    InternalErrorAllocateUnderlayIp,
    /// `OperationDenied.BidOwnResource`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: bid own resource.
    OperationDeniedBidOwnResource,
    /// `OperationDenied.CloudSSDNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: cloud SSD not supported.
    OperationDeniedCloudSsdNotSupported,
    /// `InvalidVPCStatus.NotWorking`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid VPC status: not working.
    InvalidVpcStatusNotWorking,
    /// `QuotaExceed.ElasticQuota`: HTTP 403; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: elastic quota.
    QuotaExceedElasticQuota,
    /// `InvalidImageFamily.MissingAvailableImage`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid image family: missing available image.
    InvalidImageFamilyMissingAvailableImage,
    /// `Forbidden.OnlySupportEnterpriseGroup`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: only support enterprise group.
    ForbiddenOnlySupportEnterpriseGroup,
    /// `InvalidOperation.PublicIpAddressNoStock`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: public ip address no stock.
    InvalidOperationPublicIpAddressNoStock,
    /// `InvalidDataDiskSnapshotId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid data disk snapshot id: not found.
    InvalidDataDiskSnapshotIdNotFound,
    /// `DependencyViolation.IoOptimized`: HTTP 404, 400; retry: never; category: not_found.
    /// Dependency violation: io optimized.
    DependencyViolationIoOptimized,
    /// `HOSTNAME_ILLEGAL`: HTTP 404; retry: never; category: not_found.
    /// HOSTNAME ILLEGAL.
    HostnameIllegal,
    /// `InvalidSystemDiskSize.LessThanImageSize`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid system disk size: less than image size.
    InvalidSystemDiskSizeLessThanImageSize,
    /// `InvalidSystemDiskSize.LessThanMinSize`: HTTP 404; retry: never; category: not_found.
    /// Invalid system disk size: less than min size.
    InvalidSystemDiskSizeLessThanMinSize,
    /// `InvalidSystemDiskSize.MoreThanMaxSize`: HTTP 404; retry: never; category: not_found.
    /// Invalid system disk size: more than max size.
    InvalidSystemDiskSizeMoreThanMaxSize,
    /// `InvalidSystemDiskSize`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid system disk size.
    InvalidSystemDiskSize,
    /// `InvalidMarketImage.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid market image: not found.
    InvalidMarketImageNotFound,
    /// `DeploymentSet.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Deployment set: not found.
    DeploymentSetNotFound,
    /// `InvalidDiskIds.NotPortable`: HTTP 404; retry: never; category: not_found.
    /// Invalid disk ids: not portable.
    InvalidDiskIdsNotPortable,
    /// `Throttling.Resource`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled: resource.
    ThrottlingResource,
    /// `InvalidImage.OSType`: HTTP 500; retry: never; category: internal.
    /// Invalid image: OS type.
    InvalidImageOsType,
    /// `InvalidKeyPairName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid key pair name: malformed.
    InvalidKeyPairNameMalformed,
    /// `KeyPair.AlreadyExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Key pair: already exist.
    KeyPairAlreadyExist,
    /// `QuotaExceed.KeyPair`: HTTP 403; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: key pair.
    QuotaExceedKeyPair,
    /// `InvalidRegion.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid region: not exist.
    InvalidRegionNotExist,
    /// `InvalidLaunchTemplateName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid launch template name: malformed.
    InvalidLaunchTemplateNameMalformed,
    /// `InvalidParams.CreateEniParams`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid params: create eni params.
    InvalidParamsCreateEniParams,
    /// `LaunchTemplateLimitExceed`: HTTP 403; retry: never; category: permission_denied.
    /// Launch template limit exceed.
    LaunchTemplateLimitExceed,
    /// `LaunchTemplateName.Duplicated`: HTTP 403; retry: never; category: permission_denied.
    /// Launch template name: duplicated.
    LaunchTemplateNameDuplicated,
    /// `LaunchTemplateVersionLimitExceed`: HTTP 403; retry: never; category: permission_denied.
    /// Launch template version limit exceed.
    LaunchTemplateVersionLimitExceed,
    /// `InvalidLaunchTemplate.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid launch template: not found.
    InvalidLaunchTemplateNotFound,
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
    /// `ParameterIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal.
    ParameterIllegal,
    /// `ZONE_NO_AVAILABLE_IP`: HTTP 400; retry: never; category: invalid_argument.
    /// ZONE NO AVAILABLE IP.
    ZoneNoAvailableIp,
    /// `InvalidNatGatewayId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid nat gateway id: not found.
    InvalidNatGatewayIdNotFound,
    /// `InvalidParameter.Spec.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: spec, value not supported.
    InvalidParameterSpecValueNotSupported,
    /// `OperationUnsupported.MultiNatGateway`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: multi nat gateway.
    OperationUnsupportedMultiNatGateway,
    /// `VswitchStatusError`: HTTP 400; retry: never; category: invalid_argument.
    /// Vswitch status error.
    VswitchStatusError,
    /// `Forbidden.CheckEntryRuleQuota`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: check entry rule quota.
    ForbiddenCheckEntryRuleQuota,
    /// `OperationFailed.UnpaidBillsExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: unpaid bills exist.
    OperationFailedUnpaidBillsExist,
    /// `IncorrectStatus.RouteEntry`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: route entry.
    IncorrectStatusRouteEntry,
    /// `IncorrectStatus.RouteTableStatus`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: route table status.
    IncorrectStatusRouteTableStatus,
    /// `OperationFailed.TokenVerfiy`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: token verfiy.
    OperationFailedTokenVerfiy,
    /// `IllegalParam.Name`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: name.
    IllegalParamName,
    /// `InvalidVpcId.NotFound`: HTTP 404, 400, 403; retry: never; category: not_found.
    /// Invalid vpc id: not found.
    InvalidVpcIdNotFound,
    /// `VPC_ONLY_CAN_CREATE_ONE_NAT_GATEWAY`: HTTP 404; retry: never; category: not_found.
    /// VPC ONLY CAN CREATE ONE NAT GATEWAY.
    VpcOnlyCanCreateOneNatGateway,
    /// `OperationFailed.CrateEntryTimeOut`: HTTP 404; retry: never; category: not_found.
    /// Operation failed: crate entry time out.
    OperationFailedCrateEntryTimeOut,
    /// `OrderError.NatGateway`: HTTP 500; retry: never; category: internal.
    /// Order error: nat gateway.
    OrderErrorNatGateway,
    /// `JoinedGroupLimitExceed`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Joined group limit exceed.
    JoinedGroupLimitExceed,
    /// `InvalidParameter.SecurityGroupIdRepeated`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: security group id repeated.
    InvalidParameterSecurityGroupIdRepeated,
    /// `InvalidSecurityGroupId.SingleIdAndMultiIdConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security group id: single id and multi id conflict.
    InvalidSecurityGroupIdSingleIdAndMultiIdConflict,
    /// `InvalidEniQueueSize.RegionOrUserNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid eni queue size: region or user not supported.
    InvalidEniQueueSizeRegionOrUserNotSupported,
    /// `InvalidParameter.EniQueueSize`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: eni queue size.
    InvalidParameterEniQueueSize,
    /// `InvalidConnectionTrackingConfiguration.RegionOrUserNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid connection tracking configuration: region or user not supported.
    InvalidConnectionTrackingConfigurationRegionOrUserNotSupported,
    /// `InvalidParameter.EniConnectionTrackingConfiguration`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: eni connection tracking configuration.
    InvalidParameterEniConnectionTrackingConfiguration,
    /// `InvalidOperation.NotSupport`: HTTP 403, 404; retry: never; category: permission_denied.
    /// Invalid operation: not support.
    InvalidOperationNotSupport,
    /// `InvalidOperation.BoundingEniSlaveQuotaExceed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: bounding eni slave quota exceed.
    InvalidOperationBoundingEniSlaveQuotaExceed,
    /// `InvalidParameter.EniTrafficMode`: HTTP 403, 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: eni traffic mode.
    InvalidParameterEniTrafficMode,
    /// `InvalidOperation.HighPerformanceTrafficModeIsNotAllowed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: high performance traffic mode is not allowed.
    InvalidOperationHighPerformanceTrafficModeIsNotAllowed,
    /// `InvalidParameter.QueuePairNumberMustEmpty`: HTTP 403, 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: queue pair number must empty.
    InvalidParameterQueuePairNumberMustEmpty,
    /// `InvalidParams.NetworkInterfaceName`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid params: network interface name.
    InvalidParamsNetworkInterfaceName,
    /// `InvalidOperation.MaxEniIpv6IpsCountExceeded`: HTTP 404; retry: never; category: not_found.
    /// Invalid operation: max eni ipv6 ips count exceeded.
    InvalidOperationMaxEniIpv6IpsCountExceeded,
    /// `InvalidOperation.AddressAlreadyAllocated`: HTTP 404; retry: never; category: not_found.
    /// Invalid operation: address already allocated.
    InvalidOperationAddressAlreadyAllocated,
    /// `InvalidOperation.AddressNotInVSwitchCidr`: HTTP 404; retry: never; category: not_found.
    /// Invalid operation: address not in v switch cidr.
    InvalidOperationAddressNotInVSwitchCidr,
    /// `InvalidOperation.SlaveEniMustHaveBondingEni`: HTTP 404; retry: never; category: not_found.
    /// Invalid operation: slave eni must have bonding eni.
    InvalidOperationSlaveEniMustHaveBondingEni,
    /// `NotBelongUser`: HTTP 400; retry: never; category: invalid_argument.
    /// Not belong user.
    NotBelongUser,
    /// `InvalidOperation.PermissionExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: permission existed.
    InvalidOperationPermissionExisted,
    /// `InvalidOperation.PermissionNotExisted`: HTTP 404; retry: never; category: not_found.
    /// Invalid operation: permission not existed.
    InvalidOperationPermissionNotExisted,
    /// `Invalid.Status`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: status.
    InvalidStatus,
    /// `InvalidAccessPointId.NotEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid access point id: not enabled.
    InvalidAccessPointIdNotEnabled,
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
    /// `InvalidCircuitCode.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid circuit code: malformed.
    InvalidCircuitCodeMalformed,
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
    /// `InvalidAccessPointId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid access point id: not found.
    InvalidAccessPointIdNotFound,
    /// `InvalidPortType.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid port type: not found.
    InvalidPortTypeNotFound,
    /// `InvalidParameter.AddressFamily`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: address family.
    InvalidParameterAddressFamily,
    /// `InvalidParameter.PrefixListName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: prefix list name.
    InvalidParameterPrefixListName,
    /// `InvalidParameter.CidrMalformed`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: cidr malformed.
    InvalidParameterCidrMalformed,
    /// `InvalidParameter.CidrDuplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: cidr duplicated.
    InvalidParameterCidrDuplicated,
    /// `LimitExceed.Entry`: HTTP 400; retry: never; category: invalid_argument.
    /// Limit exceed: entry.
    LimitExceedEntry,
    /// `LimitExceed.MaxEntries`: HTTP 400; retry: never; category: invalid_argument.
    /// Limit exceed: max entries.
    LimitExceedMaxEntries,
    /// `LimitExceed.PrefixListPerRegion`: HTTP 404; retry: never; category: not_found.
    /// Limit exceed: prefix list per region.
    LimitExceedPrefixListPerRegion,
    /// `InvalidCidrBlock.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cidr block: malformed.
    InvalidCidrBlockMalformed,
    /// `InvalidCIDRBlock.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid CIDR block: duplicate.
    InvalidCidrBlockDuplicate,
    /// `IncorrectRouteEntryStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect route entry status.
    IncorrectRouteEntryStatus,
    /// `InvalidCidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cidr block.
    InvalidCidrBlock,
    /// `InvalidNextHopType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next hop type.
    InvalidNextHopType,
    /// `InvalidNextHop.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next hop: not found.
    InvalidNextHopNotFound,
    /// `InvalidVRouter.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v router: not found.
    InvalidVRouterNotFound,
    /// `InvalidVPC.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid VPC: not found.
    InvalidVpcNotFound,
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
    /// `Forbidden.PrivateIpNotFound`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: private ip not found.
    ForbiddenPrivateIpNotFound,
    /// `RouteConflict.AlreadyExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Route conflict: already exist.
    RouteConflictAlreadyExist,
    /// `OperationUnsupported.InactiveMode`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: inactive mode.
    OperationUnsupportedInactiveMode,
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
    /// `QuotaExceeded.HaVipRouteEntry`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: ha vip route entry.
    QuotaExceededHaVipRouteEntry,
    /// `OperationFailed.InvalidNexthop`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: invalid nexthop.
    OperationFailedInvalidNexthop,
    /// `OperationFailed.NotifyCenDelete`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: notify cen delete.
    OperationFailedNotifyCenDelete,
    /// `InvalidNatGateway.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid nat gateway: not found.
    InvalidNatGatewayNotFound,
    /// `OperationFailed.CxpRouteExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: cxp route exist.
    OperationFailedCxpRouteExist,
    /// `OperationFailed.NotifyCenCreate`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: notify cen create.
    OperationFailedNotifyCenCreate,
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
    /// `OperationFailed.MultiScopeType`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: multi scope type.
    OperationFailedMultiScopeType,
    /// `InvalidNextHopId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid next hop id: not found.
    InvalidNextHopIdNotFound,
    /// `InvalidRouteTableId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid route table id: not found.
    InvalidRouteTableIdNotFound,
    /// `InvalidNetworkInterface.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid network interface: not found.
    InvalidNetworkInterfaceNotFound,
    /// `InvalidVpc.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid vpc: not found.
    InvalidVpcNotFound2,
    /// `OperationFailed.InstanceDismatchCurrentVpc`: HTTP 404; retry: never; category: not_found.
    /// Operation failed: instance dismatch current vpc.
    OperationFailedInstanceDismatchCurrentVpc,
    /// `InvalidIpv6Gateway.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid ipv6 gateway: not found.
    InvalidIpv6GatewayNotFound,
    /// `InvalidPrice.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid price: not found.
    InvalidPriceNotFound,
    /// `InvalidAliuid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid aliuid.
    InvalidAliuid,
    /// `InvalidBandwidth.NotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bandwidth: not enough.
    InvalidBandwidthNotEnough,
    /// `InvalidRole.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid role: value not supported.
    InvalidRoleValueNotSupported,
    /// `InvalidSpec.ValudNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid spec: valud not supported.
    InvalidSpecValudNotSupported,
    /// `InvalidRouterType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid router type: value not supported.
    InvalidRouterTypeValueNotSupported,
    /// `InvalidOppositeRouterType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid opposite router type: value not supported.
    InvalidOppositeRouterTypeValueNotSupported,
    /// `ParameterMismatch.Role-Spec`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter mismatch: role spec.
    ParameterMismatchRoleSpec,
    /// `QuotaExceed.RouterInterface`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: router interface.
    QuotaExceedRouterInterface,
    /// `LimitationExceed.InterfaceNumberOnRouter`: HTTP 400; retry: never; category: invalid_argument.
    /// Limitation exceed: interface number on router.
    LimitationExceedInterfaceNumberOnRouter,
    /// `InvalidParam.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: not found.
    InvalidParamNotFound,
    /// `InvalidAccessPoint.NotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid access point: not match.
    InvalidAccessPointNotMatch,
    /// `InvalidAccessPoint.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid access point: not exist.
    InvalidAccessPointNotExist,
    /// `ForbiddenAction`: HTTP 400; retry: never; category: invalid_argument.
    /// Forbidden action.
    ForbiddenAction,
    /// `Forbidden.AcceptRoleNotSupportPrePay`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: accept role not support pre pay.
    ForbiddenAcceptRoleNotSupportPrePay,
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
    /// `IllegalParam.Spec`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: spec.
    IllegalParamSpec,
    /// `Forbidden.CrossBorder`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: cross border.
    ForbiddenCrossBorder,
    /// `InvalidRouterId.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid router id: not found.
    InvalidRouterIdNotFound,
    /// `INVAID_VBR_STATUS`: HTTP 400; retry: never; category: invalid_argument.
    /// INVAID VBR STATUS.
    InvaidVbrStatus,
    /// `InvalidRouterInterfaceSpec.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid router interface spec: malformed.
    InvalidRouterInterfaceSpecMalformed,
    /// `InvalidCommodity.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid commodity: not found.
    InvalidCommodityNotFound,
    /// `InvalidRouterInterfaceChargeType.Malformed`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Invalid router interface charge type: malformed.
    InvalidRouterInterfaceChargeTypeMalformed,
    /// `IllegalParam.RegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: region id.
    IllegalParamRegionId,
    /// `InvalidOppositeRegionId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid opposite region id: not found.
    InvalidOppositeRegionIdNotFound,
    /// `Forbidden.NotInRouterInterfaceCreateWhitelist`: HTTP 500; retry: after_fix; category: permission_denied.
    /// The request is forbidden: not in router interface create whitelist.
    ForbiddenNotInRouterInterfaceCreateWhitelist,
    /// `RI_CREATE_ONE_LIMIT_BY_SYNC`: HTTP 500; retry: never; category: internal.
    /// RI CREATE ONE LIMIT BY SYNC.
    RiCreateOneLimitBySync,
    /// `InvalidAccessPoint.ValueNotAllowed`: HTTP 500; retry: never; category: internal.
    /// Invalid access point: value not allowed.
    InvalidAccessPointValueNotAllowed,
    /// `InvalidSecurityGroupName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security group name: malformed.
    InvalidSecurityGroupNameMalformed,
    /// `InvalidParams.GroupType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid params: group type.
    InvalidParamsGroupType,
    /// `InvalidParams.VpcIdGroupType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid params: vpc id group type.
    InvalidParamsVpcIdGroupType,
    /// `QuotaExceed.SecurityGroup`: HTTP 403; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: security group.
    QuotaExceedSecurityGroup,
    /// `IdempotentProcessing`: HTTP 403; retry: never; category: permission_denied.
    /// Idempotent processing.
    IdempotentProcessing,
    /// `InvalidNotBefore.Passed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid not before: passed.
    InvalidNotBeforePassed,
    /// `SimulatedEventLimitExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Simulated event limit exceeded.
    SimulatedEventLimitExceeded,
    /// `InstanceIdLimitExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Instance id limit exceeded.
    InstanceIdLimitExceeded,
    /// `CreateSnapshot.Failed`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Create snapshot: failed.
    CreateSnapshotFailed,
    /// `IncorrectDiskStatus.NeverUsed`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect disk status: never used.
    IncorrectDiskStatusNeverUsed,
    /// `IncorrectVolumeStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect volume status.
    IncorrectVolumeStatus,
    /// `IdempotentParameterMismatch`: HTTP 403; retry: never; category: failed_precondition.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatch,
    /// `IncorrectDiskType.NotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect disk type: not support.
    IncorrectDiskTypeNotSupport,
    /// `InvalidSnapshotCategory.Malformed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid snapshot category: malformed.
    InvalidSnapshotCategoryMalformed,
    /// `InvalidAction.Unauthorized`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid action: unauthorized.
    InvalidActionUnauthorized,
    /// `InvalidRegion.NotSupportSnapshotInstantAccessRegion`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid region: not support snapshot instant access region.
    InvalidRegionNotSupportSnapshotInstantAccessRegion,
    /// `InvalidCategoryAndInstantAccess.Malformed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid category and instant access: malformed.
    InvalidCategoryAndInstantAccessMalformed,
    /// `DISK_HAS_CREATING_SNAPSHOT`: HTTP 403; retry: never; category: permission_denied.
    /// DISK HAS CREATING SNAPSHOT.
    DiskHasCreatingSnapshot,
    /// `InvalidInstantAccessRetentionDays.Malformed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instant access retention days: malformed.
    InvalidInstantAccessRetentionDaysMalformed,
    /// `CloudBoxNotSupportSnapshotWithInstantAccess`: HTTP 403; retry: never; category: permission_denied.
    /// Cloud box not support snapshot with instant access.
    CloudBoxNotSupportSnapshotWithInstantAccess,
    /// `InvalidVolumeId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid volume id: not found.
    InvalidVolumeIdNotFound,
    /// `InvalidDiskIds.NotInSameZone`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid disk ids: not in same zone.
    InvalidDiskIdsNotInSameZone,
    /// `MissingParamter.InstanceId`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Missing paramter: instance id.
    MissingParamterInstanceId,
    /// `InvalidParam.ExcludeDiskIdsAndDiskIds.Conflict`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: exclude disk ids and disk ids, conflict.
    InvalidParamExcludeDiskIdsAndDiskIdsConflict,
    /// `InvalidParameter.Name`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: name.
    InvalidParameterName,
    /// `InvalidParameter.Description`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: description.
    InvalidParameterDescription,
    /// `IncorrectDiskStatus.TooManyCreatingSnapshots`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect disk status: too many creating snapshots.
    IncorrectDiskStatusTooManyCreatingSnapshots,
    /// `InvalidInstance.NoDisk`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance: no disk.
    InvalidInstanceNoDisk,
    /// `NumberExceed.TooManyDisks`: HTTP 403; retry: never; category: permission_denied.
    /// Number exceed: too many disks.
    NumberExceedTooManyDisks,
    /// `CapacityExceed.TooManyDisks`: HTTP 403; retry: never; category: permission_denied.
    /// Capacity exceed: too many disks.
    CapacityExceedTooManyDisks,
    /// `InvalidDisk.ShareVolume`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid disk: share volume.
    InvalidDiskShareVolume,
    /// `InvalidOperation.MultiAttachDisk`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: multi attach disk.
    InvalidOperationMultiAttachDisk,
    /// `InvalidDisk.DiskCategoryInconsistent`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid disk: disk category inconsistent.
    InvalidDiskDiskCategoryInconsistent,
    /// `InvalidUser.NotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid user: not supported.
    InvalidUserNotSupported,
    /// `InvalidZone.NotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid zone: not supported.
    InvalidZoneNotSupported,
    /// `InvalidZone.PartitionNumberNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid zone: partition number not supported.
    InvalidZonePartitionNumberNotSupported,
    /// `InvalidStorageSet.NotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid storage set: not support.
    InvalidStorageSetNotSupport,
    /// `InvalidRegionId.NotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid region id: not supported.
    InvalidRegionIdNotSupported,
    /// `OperationFailed.IdempotentTokenProcessing`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: idempotent token processing.
    OperationFailedIdempotentTokenProcessing,
    /// `InvalidVSwitchName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v switch name: malformed.
    InvalidVSwitchNameMalformed,
    /// `InvalidVSwitchDiscription.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v switch discription: malformed.
    InvalidVSwitchDiscriptionMalformed,
    /// `InvalidCidrBlock.Overlapped`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cidr block: overlapped.
    InvalidCidrBlockOverlapped,
    /// `QuotaExceeded.VSwitch`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: v switch.
    QuotaExceededVSwitch,
    /// `InvalidCirdrBlock.MaskLength`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cirdr block: mask length.
    InvalidCirdrBlockMaskLength,
    /// `OperationFailed.CidrAcross`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: cidr across.
    OperationFailedCidrAcross,
    /// `VPC.SWITCH.RULE.QUOTA.NOT.EXISTS`: HTTP 400; retry: never; category: invalid_argument.
    /// VPC: SWITCH, RULE, QUOTA, NOT, EXISTS.
    VpcSwitchRuleQuotaNotExists,
    /// `CreateVSwitch.IncorrectStatus.cbnStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Create v switch: incorrect status, cbn status.
    CreateVSwitchIncorrectStatusCbnStatus,
    /// `Forbidden.VpcNotFound`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: vpc not found.
    ForbiddenVpcNotFound,
    /// `Duplicated.ClientToken`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated: client token.
    DuplicatedClientToken,
    /// `Invalid.NotExist`: HTTP 404; retry: never; category: not_found.
    /// Invalid: not exist.
    InvalidNotExist,
    /// `InvalidStatus.RouteEntry`: HTTP 404; retry: never; category: not_found.
    /// Invalid status: route entry.
    InvalidStatusRouteEntry,
    /// `InvalidVlanId.Used`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vlan id: used.
    InvalidVlanIdUsed,
    /// `InvalidPhysicalConnectionId.NotEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid physical connection id: not enabled.
    InvalidPhysicalConnectionIdNotEnabled,
    /// `InvalidVlanId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vlan id: malformed.
    InvalidVlanIdMalformed,
    /// `InvalidLocalGatewayIp.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid local gateway ip: malformed.
    InvalidLocalGatewayIpMalformed,
    /// `InvalidPeeringSubnetMask.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid peering subnet mask: malformed.
    InvalidPeeringSubnetMaskMalformed,
    /// `QuotaExceeded.vbrPerpConn`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: vbr perp conn.
    QuotaExceededVbrPerpConn,
    /// `QuotaExceeded.freevbr`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: freevbr.
    QuotaExceededFreevbr,
    /// `InvalidIp.NotSameSubnet`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ip: not same subnet.
    InvalidIpNotSameSubnet,
    /// `QuotaExceeded.CrossUserVBRPerUser`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: cross user VBR per user.
    QuotaExceededCrossUserVbrPerUser,
    /// `OperationFailed.VlanIdInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vlan id in use.
    OperationFailedVlanIdInUse,
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
    /// `InvalidVbrOwnerId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid vbr owner id: not found.
    InvalidVbrOwnerIdNotFound,
    /// `OperationFailed.AccessDeviceDisabled`: HTTP 404; retry: never; category: not_found.
    /// Operation failed: access device disabled.
    OperationFailedAccessDeviceDisabled,
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
    /// `Forbbiden.InvaildOwner`: HTTP 400; retry: never; category: invalid_argument.
    /// The request is forbidden: invaild owner.
    ForbbidenInvaildOwner,
    /// `ActivationId.InUse`: HTTP 403; retry: never; category: permission_denied.
    /// Activation id: in use.
    ActivationIdInUse,
    /// `ActivationId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Activation id: not found.
    ActivationIdNotFound,
    /// `MissingParameter.InstanceType`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// A required parameter is missing: instance type.
    MissingParameterInstanceType,
    /// `AutoProvisioningGroup.Unauthorized`: HTTP 403; retry: never; category: permission_denied.
    /// Auto provisioning group: unauthorized.
    AutoProvisioningGroupUnauthorized,
    /// `AutoProvisioningGroup.IncorrectStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Auto provisioning group: incorrect status.
    AutoProvisioningGroupIncorrectStatus,
    /// `InvalidAutoProvisioningGroupId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid auto provisioning group id: not found.
    InvalidAutoProvisioningGroupIdNotFound,
    /// `DependencyViolation.ForwardEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: forward entry.
    DependencyViolationForwardEntry,
    /// `DependencyViolation.SnatEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: snat entry.
    DependencyViolationSnatEntry,
    /// `InvalidBandwidth.NotExist`: HTTP 404; retry: never; category: not_found.
    /// Invalid bandwidth: not exist.
    InvalidBandwidthNotExist,
    /// `InvalidStatus.CmdIdInUse`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid status: cmd id in use.
    InvalidStatusCmdIdInUse,
    /// `InvalidCmdId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid cmd id: not found.
    InvalidCmdIdNotFound,
    /// `DedicatedHostExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Dedicated host exists.
    DedicatedHostExists,
    /// `IncompleteParamter`: HTTP 400; retry: never; category: invalid_argument.
    /// Incomplete paramter.
    IncompleteParamter,
    /// `404`: HTTP 404; retry: never; category: not_found.
    /// Numeric error code 404; see the product\'s documentation for its meaning.
    Code404,
    /// `DependencyViolation.NotEmpty`: HTTP 403; retry: never; category: permission_denied.
    /// Dependency violation: not empty.
    DependencyViolationNotEmpty,
    /// `DependencyViolation.ReferByHPC`: HTTP 403; retry: never; category: permission_denied.
    /// Dependency violation: refer by HPC.
    DependencyViolationReferByHpc,
    /// `InvalidStatus.InProgress`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid status: in progress.
    InvalidStatusInProgress,
    /// `DiskTypeViolation`: HTTP 403; retry: never; category: permission_denied.
    /// Disk type violation.
    DiskTypeViolation,
    /// `DiskCreatingSnapshot`: HTTP 403; retry: never; category: permission_denied.
    /// Disk creating snapshot.
    DiskCreatingSnapshot,
    /// `IncorrectDiskStatus.Initializing`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect disk status: initializing.
    IncorrectDiskStatusInitializing,
    /// `DiskStillAttached`: HTTP 403; retry: never; category: permission_denied.
    /// Disk still attached.
    DiskStillAttached,
    /// `InvalidDiskStatus.DeleteProtection`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid disk status: delete protection.
    InvalidDiskStatusDeleteProtection,
    /// `InvalidForwardEntryId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid forward entry id: not found.
    InvalidForwardEntryIdNotFound,
    /// `DependencyViolation.HaVipReferedByRouteEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: ha vip refered by route entry.
    DependencyViolationHaVipReferedByRouteEntry,
    /// `DependencyViolation.HaVipAssociatedWithEIP`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: ha vip associated with EIP.
    DependencyViolationHaVipAssociatedWithEip,
    /// `MissingParameter.HpcClusterId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: hpc cluster id.
    MissingParameterHpcClusterId,
    /// `NotExists.HpcCluster`: HTTP 400; retry: never; category: invalid_argument.
    /// Not exists: hpc cluster.
    NotExistsHpcCluster,
    /// `NotEmpty.HpcCluster`: HTTP 400; retry: never; category: invalid_argument.
    /// Not empty: hpc cluster.
    NotEmptyHpcCluster,
    /// `ImageUsingByInstance`: HTTP 403; retry: never; category: permission_denied.
    /// Image using by instance.
    ImageUsingByInstance,
    /// `ImageUseShared`: HTTP 403; retry: never; category: permission_denied.
    /// Image use shared.
    ImageUseShared,
    /// `ImageIsImporting`: HTTP 403; retry: never; category: permission_denied.
    /// Image is importing.
    ImageIsImporting,
    /// `ImageIsExporting`: HTTP 403; retry: never; category: permission_denied.
    /// Image is exporting.
    ImageIsExporting,
    /// `ImageIsPublic`: HTTP 403; retry: never; category: permission_denied.
    /// Image is public.
    ImageIsPublic,
    /// `InvalidImageComponent.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid image component: not found.
    InvalidImageComponentNotFound,
    /// `InvalidImagePipeline.HasRunningExecution`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid image pipeline: has running execution.
    InvalidImagePipelineHasRunningExecution,
    /// `InvalidImagePipeline.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid image pipeline: not found.
    InvalidImagePipelineNotFound,
    /// `DependencyViolation.SLBConfiguring`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: SLB configuring.
    DependencyViolationSlbConfiguring,
    /// `DependencyViolation.RouteEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: route entry.
    DependencyViolationRouteEntry,
    /// `ChargeTypeViolation`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Charge type violation.
    ChargeTypeViolation,
    /// `IncorrectInstanceStatus.Initializing`: HTTP 403; retry: after_fix; category: failed_precondition.
    /// The instance is not in a state that allows this: initializing.
    IncorrectInstanceStatusInitializing,
    /// `InvalidOperation.DeletionProtection`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Invalid operation: deletion protection.
    InvalidOperationDeletionProtection,
    /// `InvalidOperation.EniLinked`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: eni linked.
    InvalidOperationEniLinked,
    /// `InvalidParameter.CrossRegionNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: cross region not support.
    InvalidParameterCrossRegionNotSupport,
    /// `DRYRUN.SUCCESS`: HTTP 400; retry: never; category: invalid_argument.
    /// DRYRUN: SUCCESS.
    DryrunSuccess,
    /// `InvalidParameter.TooManyInstanceIds`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: too many instance ids.
    InvalidParameterTooManyInstanceIds,
    /// `InvalidInstanceIds.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid instance ids: not found.
    InvalidInstanceIdsNotFound,
    /// `InvalidKeyPairNames.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid key pair names: value not supported.
    InvalidKeyPairNamesValueNotSupported,
    /// `InvalidParameter.KeypairAlreadyAttachedInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: keypair already attached instance.
    InvalidParameterKeypairAlreadyAttachedInstance,
    /// `InnerServiceFailed`: HTTP 403; retry: never; category: permission_denied.
    /// Inner service failed.
    InnerServiceFailed,
    /// `InvalidOperation.DeleteDefaultVersion`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: delete default version.
    InvalidOperationDeleteDefaultVersion,
    /// `DependencyViolation.BandwidthPackages`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: bandwidth packages.
    DependencyViolationBandwidthPackages,
    /// `DependencyViolation.EIPS`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: EIPS.
    DependencyViolationEips,
    /// `Forbidden.PrePaidNatGateway`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: pre paid nat gateway.
    ForbiddenPrePaidNatGateway,
    /// `INSTANCE_NOT_EXISTS`: HTTP 404; retry: never; category: not_found.
    /// INSTANCE NOT EXISTS.
    InstanceNotExists,
    /// `IncorrectStatus.natgw`: HTTP 404; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: natgw.
    IncorrectStatusNatgw,
    /// `InvalidOperation.HasSlaveEniBonded`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: has slave eni bonded.
    InvalidOperationHasSlaveEniBonded,
    /// `InvalidEniPermissionId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid eni permission id: not found.
    InvalidEniPermissionIdNotFound,
    /// `InvalidPhysicalConnectionId.NotMatched`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid physical connection id: not matched.
    InvalidPhysicalConnectionIdNotMatched,
    /// `Forbidden.VBRExists`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: VBR exists.
    ForbiddenVbrExists,
    /// `Forbidden.AssociateToVBR`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: associate to VBR.
    ForbiddenAssociateToVbr,
    /// `NotAllowed.AssociationExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Not allowed: association exist.
    NotAllowedAssociationExist,
    /// `IncorrcetRouteEntryStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrcet route entry status.
    IncorrcetRouteEntryStatus,
    /// `InvalidRouteEntry.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid route entry: not found.
    InvalidRouteEntryNotFound,
    /// `InvalidNextHop`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next hop.
    InvalidNextHop,
    /// `Forbidden.VRouterNotFound`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: v router not found.
    ForbiddenVRouterNotFound,
    /// `InvalidNextHopList.Size`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next hop list: size.
    InvalidNextHopListSize,
    /// `ParamExclusive.NextHopIdAndList`: HTTP 400; retry: never; category: invalid_argument.
    /// Param exclusive: next hop id and list.
    ParamExclusiveNextHopIdAndList,
    /// `OperationFailed.DeleteMultiScopeEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: delete multi scope entry.
    OperationFailedDeleteMultiScopeEntry,
    /// `Vpc.Error`: HTTP 500; retry: never; category: internal.
    /// Vpc: error.
    VpcError,
    /// `DependencyViolation.RouterInterfaceReferedByRouteEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: router interface refered by route entry.
    DependencyViolationRouterInterfaceReferedByRouteEntry,
    /// `InvalidOperation.SecurityGroupNotAuthorized`: HTTP 401; retry: never; category: unauthenticated.
    /// Invalid operation: security group not authorized.
    InvalidOperationSecurityGroupNotAuthorized,
    /// `DependencyViolation`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Dependency violation.
    DependencyViolation,
    /// `InvalidSecurityGroup.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid security group: not found.
    InvalidSecurityGroupNotFound,
    /// `SnapshotCreatedImage`: HTTP 403; retry: never; category: permission_denied.
    /// Snapshot created image.
    SnapshotCreatedImage,
    /// `SnapshotCreatedDisk`: HTTP 403; retry: never; category: permission_denied.
    /// Snapshot created disk.
    SnapshotCreatedDisk,
    /// `InvalidOperation.RelatedSnapshotNotFinished`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: related snapshot not finished.
    InvalidOperationRelatedSnapshotNotFinished,
    /// `InvalidOperation.DeleteSharedSnapshotUnsupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: delete shared snapshot unsupported.
    InvalidOperationDeleteSharedSnapshotUnsupported,
    /// `InvalidSnapshotGroup.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid snapshot group: not found.
    InvalidSnapshotGroupNotFound,
    /// `DependencyViolation.HaVip`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: ha vip.
    DependencyViolationHaVip,
    /// `DependencyViolation.RouteTable`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: route table.
    DependencyViolationRouteTable,
    /// `DependencyViolation.Snat`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: snat.
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
    /// `IncorrectVSwitchId`: HTTP 404; retry: never; category: not_found.
    /// Incorrect v switch id.
    IncorrectVSwitchId,
    /// `InvalidOperation.RouterInterfaceNotDeleted`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: router interface not deleted.
    InvalidOperationRouterInterfaceNotDeleted,
    /// `InvalidOperation.OperationNotAllowedInState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: operation not allowed in state.
    InvalidOperationOperationNotAllowedInState,
    /// `InvalidStatus.NotAllowed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: not allowed.
    InvalidStatusNotAllowed,
    /// `DependencyViolation.BgpGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: bgp group.
    DependencyViolationBgpGroup,
    /// `DependencyViolation.Nqa`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: nqa.
    DependencyViolationNqa,
    /// `DependencyViolation.BgpNetwork`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: bgp network.
    DependencyViolationBgpNetwork,
    /// `Forbidden.OperationNotAllowedByUser`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: operation not allowed by user.
    ForbiddenOperationNotAllowedByUser,
    /// `Forbidden.MultiVlanRi`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: multi vlan ri.
    ForbiddenMultiVlanRi,
    /// `Forbidden.NoRiFound`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: no ri found.
    ForbiddenNoRiFound,
    /// `InvalidVbrId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid vbr id: not found.
    InvalidVbrIdNotFound,
    /// `DependencyViolation.Instance`: HTTP 400; retry: never; category: invalid_argument.
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
    /// `DependencyViolation.RouterInterface`: HTTP 400, 401; retry: never; category: invalid_argument.
    /// Dependency violation: router interface.
    DependencyViolationRouterInterface,
    /// `DependencyViolation.Ipv6Gateway`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: ipv6 gateway.
    DependencyViolationIpv6Gateway,
    /// `IncorrectStatus.cbnStatus`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: cbn status.
    IncorrectStatusCbnStatus,
    /// `DependencyViolation.CloudServiceResource`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: cloud service resource.
    DependencyViolationCloudServiceResource,
    /// `DependencyViolation.ClassicLinkInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: classic link instance.
    DependencyViolationClassicLinkInstance,
    /// `InvalidRegionInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid region instance.
    InvalidRegionInstance,
    /// `DependencyViolation.Ipv4Gateway`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: ipv4 gateway.
    DependencyViolationIpv4Gateway,
    /// `OperationDenied.VpcPeerExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: vpc peer exists.
    OperationDeniedVpcPeerExists,
    /// `DependencyViolation.GatewayRouteTable`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: gateway route table.
    DependencyViolationGatewayRouteTable,
    /// `DependencyViolation.DhcpOptionsSet`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: dhcp options set.
    DependencyViolationDhcpOptionsSet,
    /// `InvalidInstance.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid instance: not found.
    InvalidInstanceNotFound,
    /// `InvalidAccessPointType.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid access point type: not support.
    InvalidAccessPointTypeNotSupport,
    /// `InvalidRegionId.NotSupport`: HTTP 404; retry: never; category: not_found.
    /// Invalid region id: not support.
    InvalidRegionIdNotSupport,
    /// `InvalidParam.PageNumber`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: page number.
    InvalidParamPageNumber,
    /// `InvalidParam.PageSize`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: page size.
    InvalidParamPageSize,
    /// `InvalidParameter.NextToken`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: next token.
    InvalidParameterNextToken,
    /// `InvalidParameter.MaxResults`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: max results.
    InvalidParameterMaxResults,
    /// `InvalidParameter.periodTime`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: period time.
    InvalidParameterPeriodTime,
    /// `Invalid.Param`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: param.
    InvalidParam2,
    /// `InvalidParam.TypeAndCpuMem.Conflict`: HTTP 403, 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: type and cpu mem, conflict.
    InvalidParamTypeAndCpuMemConflict,
    /// `InvalidParam.Cores`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: cores.
    InvalidParamCores,
    /// `InvalidParam.Memory`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: memory.
    InvalidParamMemory,
    /// `InvalidParameter.Scope`: HTTP 403, 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: scope.
    InvalidParameterScope,
    /// `InvalidParameter.ResourceOwnerId`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource owner id.
    InvalidParameterResourceOwnerId,
    /// `Invalid.RegionId`: HTTP 404; retry: never; category: not_found.
    /// Invalid: region id.
    InvalidRegionId,
    /// `Unavailable.Regions`: HTTP 404; retry: never; category: not_found.
    /// Unavailable: regions.
    UnavailableRegions,
    /// `Invalid.ResourceType`: HTTP 404; retry: never; category: not_found.
    /// Invalid: resource type.
    InvalidResourceType,
    /// `Invalid.DestinationResource`: HTTP 404; retry: never; category: not_found.
    /// Invalid: destination resource.
    InvalidDestinationResource,
    /// `Invalid.IoOptimized`: HTTP 404; retry: never; category: not_found.
    /// Invalid: io optimized.
    InvalidIoOptimized,
    /// `Invalid.NetworkCategory`: HTTP 404; retry: never; category: not_found.
    /// Invalid: network category.
    InvalidNetworkCategory,
    /// `Invalid.SpotStrategy`: HTTP 404; retry: never; category: not_found.
    /// Invalid: spot strategy.
    InvalidSpotStrategy2,
    /// `Invalid.NetworkType`: HTTP 404; retry: never; category: not_found.
    /// Invalid: network type.
    InvalidNetworkType2,
    /// `Invalid.ResourceType.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid: resource type, not found.
    InvalidResourceTypeNotFound2,
    /// `Invalid.ResourceId`: HTTP 404; retry: never; category: not_found.
    /// Invalid: resource id.
    InvalidResourceId,
    /// `Invalid.InstancePayType`: HTTP 404; retry: never; category: not_found.
    /// Invalid: instance pay type.
    InvalidInstancePayType,
    /// `Invalid.OperationType`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid: operation type.
    InvalidOperationType,
    /// `InvalidParameter.PrivatePoolOptions.Id`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: private pool options, id.
    InvalidParameterPrivatePoolOptionsId,
    /// `InvalidParameter.PrivatePoolOptions.Ids`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: private pool options, ids.
    InvalidParameterPrivatePoolOptionsIds,
    /// `InvalidParameter.RegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: region id.
    InvalidParameterRegionId,
    /// `InvalidPermission.ResourceShareAssocoated`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid permission: resource share assocoated.
    InvalidPermissionResourceShareAssocoated,
    /// `InvalidParameter.ToManyInstanceIds`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: to many instance ids.
    InvalidParameterToManyInstanceIds,
    /// `InvalidVpc.NotBelong`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid vpc: not belong.
    InvalidVpcNotBelong,
    /// `InvalidParameter.PageNumber`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: page number.
    InvalidParameterPageNumber,
    /// `InvalidParameter.PageSize`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: page size.
    InvalidParameterPageSize,
    /// `InvalidParameter.SettingType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: setting type.
    InvalidParameterSettingType,
    /// `MissingParam.InstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: instance id.
    MissingParamInstanceId,
    /// `InstanceIds.ExceedLimit`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Instance ids: exceed limit.
    InstanceIdsExceedLimit,
    /// `MissingParameter.DedicatedHostId`: HTTP 403; retry: never; category: invalid_argument.
    /// A required parameter is missing: dedicated host id.
    MissingParameterDedicatedHostId,
    /// `InvalidParameter.ToManyDedicatedHostIds`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: to many dedicated host ids.
    InvalidParameterToManyDedicatedHostIds,
    /// `InvalidParameter.InvalidDedicatedHostId`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid dedicated host id.
    InvalidParameterInvalidDedicatedHostId,
    /// `InvalidParameter.DedicatedHostClusterIds`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: dedicated host cluster ids.
    InvalidParameterDedicatedHostClusterIds,
    /// `InvalidDedicatedHostIds.Malformed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid dedicated host ids: malformed.
    InvalidDedicatedHostIdsMalformed,
    /// `InvalidParameter.DedicatedHostIds`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: dedicated host ids.
    InvalidParameterDedicatedHostIds,
    /// `InvalidLockReason.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid lock reason: not found.
    InvalidLockReasonNotFound,
    /// `InvalidDemandId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid demand id: not found.
    InvalidDemandIdNotFound,
    /// `InvalidDeploymentSetIds.TooManyInput`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid deployment set ids: too many input.
    InvalidDeploymentSetIdsTooManyInput,
    /// `InvalidParameter.ReportNotExist`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: report not exist.
    InvalidParameterReportNotExist,
    /// `InvalidStartTime.Malformed`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid start time: malformed.
    InvalidStartTimeMalformed,
    /// `InvalidEndTime.Malformed`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid end time: malformed.
    InvalidEndTimeMalformed,
    /// `InvalidPeriod.ValueNotSupported`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid period: value not supported.
    InvalidPeriodValueNotSupported,
    /// `InvalidStartTime.TooEarly`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid start time: too early.
    InvalidStartTimeTooEarly,
    /// `InvalidParameter.TooManyDataQueried`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: too many data queried.
    InvalidParameterTooManyDataQueried,
    /// `InvalidInstanceType.NotSupportCredit`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid instance type: not support credit.
    InvalidInstanceTypeNotSupportCredit,
    /// `InvalidParameter.EndTime`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: end time.
    InvalidParameterEndTime,
    /// `InvalidCategory.ValueNotSupported`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid category: value not supported.
    InvalidCategoryValueNotSupported,
    /// `InvalidParameter.DiskIds`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: disk ids.
    InvalidParameterDiskIds,
    /// `InvalidSnapshot.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid snapshot: not found.
    InvalidSnapshotNotFound,
    /// `InvalidDiskIds.Malformed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid disk ids: malformed.
    InvalidDiskIdsMalformed,
    /// `InvalidParameter.MultiAttachAndEnableSharedNotMatch`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: multi attach and enable shared not match.
    InvalidParameterMultiAttachAndEnableSharedNotMatch,
    /// `InvalidFilterKey.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid filter key: not found.
    InvalidFilterKeyNotFound,
    /// `InvalidFilterValue`: HTTP 404; retry: never; category: not_found.
    /// Invalid filter value.
    InvalidFilterValue,
    /// `InvalidDiskIds.ValueNotSupported`: HTTP 404; retry: never; category: not_found.
    /// Invalid disk ids: value not supported.
    InvalidDiskIdsValueNotSupported,
    /// `InvalidDiskChargeType.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid disk charge type: not found.
    InvalidDiskChargeTypeNotFound,
    /// `DiskIdLimitExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Disk id limit exceeded.
    DiskIdLimitExceeded,
    /// `InvalidParameter.TimeEndBeforeStart`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: time end before start.
    InvalidParameterTimeEndBeforeStart,
    /// `OperationDenied.NotInWhiteList`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: not in white list.
    OperationDeniedNotInWhiteList,
    /// `TooManyDiskEvent.DiskIdRequired`: HTTP 403; retry: never; category: permission_denied.
    /// Too many disk event: disk id required.
    TooManyDiskEventDiskIdRequired,
    /// `InvalidIAssociatedInstanceType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid i associated instance type: value not supported.
    InvalidIAssociatedInstanceTypeValueNotSupported,
    /// `ResourceQueryError`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource query error.
    ResourceQueryError,
    /// `InstanceType.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance type: invalid.
    InstanceTypeInvalid,
    /// `InvalidResourceGroupId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource group id.
    InvalidResourceGroupId,
    /// `OperationFailed.Endpoint`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: endpoint.
    OperationFailedEndpoint,
    /// `InvalidParameter.TooMany`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: too many.
    InvalidParameterTooMany,
    /// `OperationDenied.TooManyDataQueried`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: too many data queried.
    OperationDeniedTooManyDataQueried,
    /// `InvalidIpInstanceId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid ip instance id: not found.
    InvalidIpInstanceIdNotFound,
    /// `InvalidParam.Malformed`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: malformed.
    InvalidParamMalformed,
    /// `InvalidFilterKey.ValueNotSupported`: HTTP 404; retry: never; category: not_found.
    /// Invalid filter key: value not supported.
    InvalidFilterKeyValueNotSupported,
    /// `InvalidHpcClusterIds.ExceedLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid hpc cluster ids: exceed limit.
    InvalidHpcClusterIdsExceedLimit,
    /// `InvalidHpcClusterIds.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid hpc cluster ids: malformed.
    InvalidHpcClusterIdsMalformed,
    /// `InvalidParameter.Owner`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: owner.
    InvalidParameterOwner,
    /// `InvalidImageComponentIdSize.ExceededMaxNumber`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid image component id size: exceeded max number.
    InvalidImageComponentIdSizeExceededMaxNumber,
    /// `Invalid.NextToken`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid: next token.
    InvalidNextToken,
    /// `InvalidUser.Unauthorized`: HTTP 403, 401; retry: never; category: permission_denied.
    /// Invalid user: unauthorized.
    InvalidUserUnauthorized,
    /// `InvalidParameter.Status`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: status.
    InvalidParameterStatus,
    /// `MissingParameter.ImagePipelineId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: image pipeline id.
    MissingParameterImagePipelineId,
    /// `InvalidImagePipelineIdSize.ExceededMaxNumber`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid image pipeline id size: exceeded max number.
    InvalidImagePipelineIdSizeExceededMaxNumber,
    /// `InvalidUsage`: HTTP 404; retry: never; category: not_found.
    /// Invalid usage.
    InvalidUsage,
    /// `InvalidImageOwnerAlias.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid image owner alias: value not supported.
    InvalidImageOwnerAliasValueNotSupported,
    /// `CurrentAccount.NotSupportPublicImage`: HTTP 403; retry: never; category: permission_denied.
    /// Current account: not support public image.
    CurrentAccountNotSupportPublicImage,
    /// `InvalidOSType`: HTTP 404; retry: never; category: not_found.
    /// Invalid OS type.
    InvalidOsType,
    /// `InvalidArchitecture`: HTTP 404; retry: never; category: not_found.
    /// Invalid architecture.
    InvalidArchitecture,
    /// `Abs.InvalidInstanceIds.MalFormed`: HTTP 403; retry: never; category: permission_denied.
    /// Abs: invalid instance ids, mal formed.
    AbsInvalidInstanceIdsMalFormed,
    /// `MissingParameter.InstanceId`: HTTP 403, 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: instance id.
    MissingParameterInstanceId,
    /// `InvalidParameter.InvalidInstanceId`: HTTP 403, 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid instance id.
    InvalidParameterInvalidInstanceId,
    /// `InvalidParameter.RenewalStatus`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: renewal status.
    InvalidParameterRenewalStatus,
    /// `InvalidParameter.RenewalStatusInstanceId`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: renewal status instance id.
    InvalidParameterRenewalStatusInstanceId,
    /// `MissingParameter.InstanceTypeOrDataDisk`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: instance type or data disk.
    MissingParameterInstanceTypeOrDataDisk,
    /// `InvalidDiskCategory.Missing`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid disk category: missing.
    InvalidDiskCategoryMissing,
    /// `InvalidAction.WithActiveElasticUpgrade`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid action: with active elastic upgrade.
    InvalidActionWithActiveElasticUpgrade,
    /// `InvalidInstanceType.NotSupportUpgrade`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance type: not support upgrade.
    InvalidInstanceTypeNotSupportUpgrade,
    /// `InstanceExpired`: HTTP 403; retry: never; category: permission_denied.
    /// Instance expired.
    InstanceExpired,
    /// `Throttling.User`: HTTP 400, 403; retry: backoff; category: resource_exhausted.
    /// The request was throttled: user.
    ThrottlingUser,
    /// `InvalidStartTime.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time: value not supported.
    InvalidStartTimeValueNotSupported,
    /// `AuthenticationFailed.ConditionUnsatisfied`: HTTP 403; retry: never; category: permission_denied.
    /// Authentication failed: condition unsatisfied.
    AuthenticationFailedConditionUnsatisfied,
    /// `InvalidInstanceIds.MalFormed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance ids: mal formed.
    InvalidInstanceIdsMalFormed,
    /// `RAM.ApiNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// RAM: api not supported.
    RamApiNotSupported,
    /// `InstanceNotReady`: HTTP 403, 500; retry: never; category: permission_denied.
    /// Instance not ready.
    InstanceNotReady,
    /// `InvalidNetworkType.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid network type: not found.
    InvalidNetworkTypeNotFound,
    /// `InvalidStatus.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid status: not found.
    InvalidStatusNotFound,
    /// `InvalidLimitation.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid limitation: not found.
    InvalidLimitationNotFound,
    /// `InvalidVpc.Empty`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid vpc: empty.
    InvalidVpcEmpty,
    /// `InvalidOperation.InvalidEniPageNumber`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: invalid eni page number.
    InvalidOperationInvalidEniPageNumber,
    /// `InvalidVpc.Indeterminacy`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid vpc: indeterminacy.
    InvalidVpcIndeterminacy,
    /// `NotSupported.ResourceType`: HTTP 400; retry: never; category: invalid_argument.
    /// Not supported: resource type.
    NotSupportedResourceType,
    /// `LimitExceed.PrefixListId`: HTTP 400; retry: never; category: invalid_argument.
    /// Limit exceed: prefix list id.
    LimitExceedPrefixListId,
    /// `InvalidInternetMaxBandwidthOut.ValueNotSupported`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid internet max bandwidth out: value not supported.
    InvalidInternetMaxBandwidthOutValueNotSupported,
    /// `InvalidResourceType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource type: value not supported.
    InvalidResourceTypeValueNotSupported,
    /// `InvalidPriceUnit.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid price unit: value not supported.
    InvalidPriceUnitValueNotSupported,
    /// `InvalidActivity.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid activity: not supported.
    InvalidActivityNotSupported,
    /// `InvalidAssuranceTimes.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid assurance times: not supported.
    InvalidAssuranceTimesNotSupported2,
    /// `InvalidParameter.Platform`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: platform.
    InvalidParameterPlatform,
    /// `InvalidOperation.InstanceRenewWithDowngradeInPlan`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: instance renew with downgrade in plan.
    InvalidOperationInstanceRenewWithDowngradeInPlan,
    /// `InvalidAmount.Malformed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid amount: malformed.
    InvalidAmountMalformed,
    /// `InvalidChargeType.MarketImage`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid charge type: market image.
    InvalidChargeTypeMarketImage,
    /// `InvalidDiskIds.NotFound`: HTTP 403, 404; retry: never; category: permission_denied.
    /// Invalid disk ids: not found.
    InvalidDiskIdsNotFound,
    /// `PrePaidInstance.Expired`: HTTP 403; retry: never; category: permission_denied.
    /// Pre paid instance: expired.
    PrePaidInstanceExpired,
    /// `InvalidIspType.ValueNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid isp type: value not supported.
    InvalidIspTypeValueNotSupported,
    /// `UnsupportedIspChargeType`: HTTP 403; retry: never; category: permission_denied.
    /// Unsupported isp charge type.
    UnsupportedIspChargeType,
    /// `UnsupportedIspClassicNetwork`: HTTP 403; retry: never; category: permission_denied.
    /// Unsupported isp classic network.
    UnsupportedIspClassicNetwork,
    /// `InvalidIspBandwidthOut`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid isp bandwidth out.
    InvalidIspBandwidthOut,
    /// `UnsupportedIspNetworkChargeType`: HTTP 403; retry: never; category: permission_denied.
    /// Unsupported isp network charge type.
    UnsupportedIspNetworkChargeType,
    /// `InvalidIspUID`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid isp UID.
    InvalidIspUid,
    /// `UnsupportedIspRegion`: HTTP 403; retry: never; category: permission_denied.
    /// Unsupported isp region.
    UnsupportedIspRegion,
    /// `InvalidInstanceType.Missing`: HTTP 404; retry: never; category: not_found.
    /// Invalid instance type: missing.
    InvalidInstanceTypeMissing,
    /// `InvalidNetworkType.ValueNotSupported`: HTTP 400, 403, 404; retry: never; category: invalid_argument.
    /// Invalid network type: value not supported.
    InvalidNetworkTypeValueNotSupported,
    /// `Invalid.InstanceId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid: instance id, not found.
    InvalidInstanceIdNotFound2,
    /// `InvalidSystemDisk.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid system disk: not found.
    InvalidSystemDiskNotFound,
    /// `InvalidDedicatedHostType.Missing`: HTTP 404; retry: never; category: not_found.
    /// Invalid dedicated host type: missing.
    InvalidDedicatedHostTypeMissing,
    /// `RecommendEmpty.InstanceTypeNotAuthorized`: HTTP 400; retry: never; category: invalid_argument.
    /// Recommend empty: instance type not authorized.
    RecommendEmptyInstanceTypeNotAuthorized,
    /// `RecommendEmpty.InstanceTypeSoldOut`: HTTP 400; retry: never; category: invalid_argument.
    /// Recommend empty: instance type sold out.
    RecommendEmptyInstanceTypeSoldOut,
    /// `RecommendEmpty.DiskCategoryNotRecommended`: HTTP 400; retry: never; category: invalid_argument.
    /// Recommend empty: disk category not recommended.
    RecommendEmptyDiskCategoryNotRecommended,
    /// `InvalidSpotStrategy.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid spot strategy: value not supported.
    InvalidSpotStrategyValueNotSupported,
    /// `InvalidPriorityStrategy.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid priority strategy: value not supported.
    InvalidPriorityStrategyValueNotSupported,
    /// `InvalidIoOptimized.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid io optimized: not found.
    InvalidIoOptimizedNotFound,
    /// `InvalidDiskCategory.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid disk category: not found.
    InvalidDiskCategoryNotFound,
    /// `InvalidInstanceTypeFamily.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance type family: not found.
    InvalidInstanceTypeFamilyNotFound,
    /// `InvalidMaxPrice.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid max price: not supported.
    InvalidMaxPriceNotSupported,
    /// `InvalidZoneId.MalFormed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid zone id: mal formed.
    InvalidZoneIdMalFormed,
    /// `InvalidZoneId.ValueNotSupported`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Invalid zone id: value not supported.
    InvalidZoneIdValueNotSupported,
    /// `InvalidCoreAndMemory.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid core and memory: value not supported.
    InvalidCoreAndMemoryValueNotSupported,
    /// `RecommendEmpty.PerformanceNotSatisfied`: HTTP 400; retry: never; category: invalid_argument.
    /// Recommend empty: performance not satisfied.
    RecommendEmptyPerformanceNotSatisfied,
    /// `RecommendEmpty.PriceNotSatisfied`: HTTP 400; retry: never; category: invalid_argument.
    /// Recommend empty: price not satisfied.
    RecommendEmptyPriceNotSatisfied,
    /// `RecommendEmpty.QuotaNotSatisfied`: HTTP 400; retry: never; category: invalid_argument.
    /// Recommend empty: quota not satisfied.
    RecommendEmptyQuotaNotSatisfied,
    /// `RecommendEmpty.IzNotMatched`: HTTP 400; retry: never; category: invalid_argument.
    /// Recommend empty: iz not matched.
    RecommendEmptyIzNotMatched,
    /// `RecommendEmpty.InstanceTypeNotMatched`: HTTP 400; retry: never; category: invalid_argument.
    /// Recommend empty: instance type not matched.
    RecommendEmptyInstanceTypeNotMatched,
    /// `InvalidScene.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid scene: value not supported.
    InvalidSceneValueNotSupported,
    /// `RecommendEmpty.InstanceTypeFamilyNotMatched`: HTTP 400; retry: never; category: invalid_argument.
    /// Recommend empty: instance type family not matched.
    RecommendEmptyInstanceTypeFamilyNotMatched,
    /// `RecommendEmpty.GenerationNotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Recommend empty: generation not match.
    RecommendEmptyGenerationNotMatch,
    /// `RecommendEmpty.NetworkTypeNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Recommend empty: network type not supported.
    RecommendEmptyNetworkTypeNotSupported,
    /// `InvalidInstanceFamilyLevel.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance family level: not supported.
    InvalidInstanceFamilyLevelNotSupported,
    /// `Unauthorized.EmptyRegion`: HTTP 403; retry: never; category: permission_denied.
    /// The request is not authorized: empty region.
    UnauthorizedEmptyRegion,
    /// `InvalidAcceptLanguage.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid accept language: not found.
    InvalidAcceptLanguageNotFound,
    /// `InvalidExpectedRenewDay.Conflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid expected renew day: conflict.
    InvalidExpectedRenewDayConflict,
    /// `InvalidExpectedRenewDay.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid expected renew day: value not supported.
    InvalidExpectedRenewDayValueNotSupported,
    /// `InvalidReservedInstanceOfferingType.ValueNotSupported`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid reserved instance offering type: value not supported.
    InvalidReservedInstanceOfferingTypeValueNotSupported,
    /// `InvalidReservedInstanceOfferingClass.ValueNotSupported`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid reserved instance offering class: value not supported.
    InvalidReservedInstanceOfferingClassValueNotSupported,
    /// `InvalidEndTime.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end time: value not supported.
    InvalidEndTimeValueNotSupported,
    /// `InvalidReservedInstanceLockReason.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid reserved instance lock reason: value not supported.
    InvalidReservedInstanceLockReasonValueNotSupported,
    /// `InvalidReservedInstanceStatus.ValueNotSupported`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid reserved instance status: value not supported.
    InvalidReservedInstanceStatusValueNotSupported,
    /// `InvalidAllocationType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid allocation type: value not supported.
    InvalidAllocationTypeValueNotSupported,
    /// `InvalidCondition.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid condition: malformed.
    InvalidConditionMalformed,
    /// `InvalidParam.NotNull`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: not null.
    InvalidParamNotNull,
    /// `IllegalParam.AliUid`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// A parameter is not allowed: ali uid.
    IllegalParamAliUid,
    /// `NotSupported.PageNumberAndPageSize`: HTTP 400; retry: never; category: invalid_argument.
    /// Not supported: page number and page size.
    NotSupportedPageNumberAndPageSize,
    /// `InValidParameter.NextToken`: HTTP 400; retry: never; category: invalid_argument.
    /// In valid parameter: next token.
    InValidParameterNextToken,
    /// `InvalidParameter.SecurityGroupType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: security group type.
    InvalidParameterSecurityGroupType,
    /// `InvalidSnapshotGroupId.MustBeOne`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid snapshot group id: must be one.
    InvalidSnapshotGroupIdMustBeOne,
    /// `InvalidRegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid region id.
    InvalidRegionId2,
    /// `InvalidSnapshotLinkIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid snapshot link ids.
    InvalidSnapshotLinkIds,
    /// `InvalidDiskIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid disk ids.
    InvalidDiskIds,
    /// `InvalidSnapshotIds.Malformed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid snapshot ids: malformed.
    InvalidSnapshotIdsMalformed,
    /// `InvalidSourceDiskType`: HTTP 404; retry: never; category: not_found.
    /// Invalid source disk type.
    InvalidSourceDiskType,
    /// `InvalidSnapshotType.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid snapshot type: not found.
    InvalidSnapshotTypeNotFound,
    /// `InvalidSnapshotLinkId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid snapshot link id: not found.
    InvalidSnapshotLinkIdNotFound,
    /// `InvalidParam.RegionId`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: region id.
    InvalidParamRegionId,
    /// `Invalid.SaleStrategy`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: sale strategy.
    InvalidSaleStrategy,
    /// `InvalidParams.StartTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid params: start time.
    InvalidParamsStartTime,
    /// `InvalidParams.EndTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid params: end time.
    InvalidParamsEndTime,
    /// `Abs.Abs.InvalidSpotInstanceUID`: HTTP 400; retry: never; category: invalid_argument.
    /// Abs: abs, invalid spot instance UID.
    AbsAbsInvalidSpotInstanceUid,
    /// `InvalidParams.NetworkType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid params: network type.
    InvalidParamsNetworkType,
    /// `InvalidParams.IoOptimized`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid params: io optimized.
    InvalidParamsIoOptimized,
    /// `InvalidParams.OSType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid params: OS type.
    InvalidParamsOsType,
    /// `Abs.IoOptimized.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Abs: io optimized, value not supported.
    AbsIoOptimizedValueNotSupported,
    /// `InvalidParams.ZoneId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid params: zone id.
    InvalidParamsZoneId,
    /// `InvalidParams.RegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid params: region id.
    InvalidParamsRegionId,
    /// `InvalidParams.InstanceType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid params: instance type.
    InvalidParamsInstanceType,
    /// `InvalidParams.PageSize`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid params: page size.
    InvalidParamsPageSize,
    /// `InvalidParams.Offset`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid params: offset.
    InvalidParamsOffset,
    /// `OperationDenied.QueryFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: query fail.
    OperationDeniedQueryFail,
    /// `InvalidParameter.CapacityExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: capacity exceed.
    InvalidParameterCapacityExceed,
    /// `Invalid.TagCategory`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: tag category.
    InvalidTagCategory,
    /// `InvalidParams`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid params.
    InvalidParams,
    /// `Mismatch.InstanceIdAndRegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: instance id and region id.
    MismatchInstanceIdAndRegionId,
    /// `InvalidVpcIdNumber.NotSupported`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid vpc id number: not supported.
    InvalidVpcIdNumberNotSupported,
    /// `InvalidVSwitchIdNumber.NotSupported`: HTTP 404; retry: never; category: not_found.
    /// Invalid v switch id number: not supported.
    InvalidVSwitchIdNumberNotSupported,
    /// `InvalidResourceGroupId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource group id: not found.
    InvalidResourceGroupIdNotFound,
    /// `InvalidTagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag key.
    InvalidTagKey,
    /// `InvalidTagValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag value.
    InvalidTagValue,
    /// `InvalidOperation.InvalidVpc`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: invalid vpc.
    InvalidOperationInvalidVpc,
    /// `InvalidParameter.RegionIdAndInstanceId`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: region id and instance id.
    InvalidParameterRegionIdAndInstanceId,
    /// `DisksDetachingOnEcsExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Disks detaching on ecs exceeded.
    DisksDetachingOnEcsExceeded,
    /// `InvalidInstance.ImageCategory`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance: image category.
    InvalidInstanceImageCategory,
    /// `InvalidOperation.DiskCategoryUnsupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: disk category unsupported.
    InvalidOperationDiskCategoryUnsupported,
    /// `InvalidDisk.AlreadyDetached`: HTTP 404; retry: never; category: not_found.
    /// Invalid disk: already detached.
    InvalidDiskAlreadyDetached,
    /// `InvalidDiskId.OperationNotSupported`: HTTP 404; retry: never; category: not_found.
    /// Invalid disk id: operation not supported.
    InvalidDiskIdOperationNotSupported,
    /// `InvalidOperation.EniHotPlugNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: eni hot plug not supported.
    InvalidOperationEniHotPlugNotSupported,
    /// `InvalidOperation.HasMemberEniAttached`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: has member eni attached.
    InvalidOperationHasMemberEniAttached,
    /// `INSTANCE.STATUS.NOT.ALLOW`: HTTP 400; retry: never; category: invalid_argument.
    /// INSTANCE: STATUS, NOT, ALLOW.
    InstanceStatusNotAllow,
    /// `InvalidOSSPrefix.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid OSS prefix: malformed.
    InvalidOssPrefixMalformed,
    /// `InvalidImageFormat.Malformed`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid image format: malformed.
    InvalidImageFormatMalformed,
    /// `InvalidOSSBucket.NotFound`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid OSS bucket: not found.
    InvalidOssBucketNotFound,
    /// `InvalidImage.DiskAmountOrSize`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid image: disk amount or size.
    InvalidImageDiskAmountOrSize,
    /// `ImageNotSupported`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Image not supported.
    ImageNotSupported,
    /// `InvalidOSSObject.NeedRestore`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid OSS object: need restore.
    InvalidOssObjectNeedRestore,
    /// `InvalidOSSBucket.NotMatched`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid OSS bucket: not matched.
    InvalidOssBucketNotMatched,
    /// `InvalidImageFormat.RegionNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid image format: region not supported.
    InvalidImageFormatRegionNotSupported,
    /// `ExportImageFailed`: HTTP 403; retry: never; category: permission_denied.
    /// Export image failed.
    ExportImageFailed,
    /// `NoSetRoletoECSServiceAcount`: HTTP 403; retry: never; category: permission_denied.
    /// No set roleto ECS service acount.
    NoSetRoletoEcsServiceAcount,
    /// `InvalidOSS.NotAuthorized`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid OSS: not authorized.
    InvalidOssNotAuthorized,
    /// `ConcurrentQuotaExceed.ExportImage`: HTTP 403; retry: never; category: permission_denied.
    /// Concurrent quota exceed: export image.
    ConcurrentQuotaExceedExportImage,
    /// `WeeklyQuotaExceed.ExportImage`: HTTP 403; retry: never; category: permission_denied.
    /// Weekly quota exceed: export image.
    WeeklyQuotaExceedExportImage,
    /// `InvalidImageLicense.NotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid image license: not supported.
    InvalidImageLicenseNotSupported,
    /// `InvalidImageCategory.NotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid image category: not supported.
    InvalidImageCategoryNotSupported,
    /// `InvalidOSSBucket.EncryptUnsupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid OSS bucket: encrypt unsupported.
    InvalidOssBucketEncryptUnsupported,
    /// `ExportSnapshotFailed`: HTTP 403; retry: never; category: permission_denied.
    /// Export snapshot failed.
    ExportSnapshotFailed,
    /// `SNAPSHOT_IS_EXPORTING`: HTTP 403; retry: never; category: permission_denied.
    /// SNAPSHOT IS EXPORTING.
    SnapshotIsExporting,
    /// `SNAPSHOT_CREATE_NOT_FINISHED`: HTTP 403; retry: never; category: permission_denied.
    /// SNAPSHOT CREATE NOT FINISHED.
    SnapshotCreateNotFinished,
    /// `OSS_AUTHORIZED_FAILED`: HTTP 403; retry: never; category: permission_denied.
    /// OSS AUTHORIZED FAILED.
    OssAuthorizedFailed,
    /// `NotSupported`: HTTP 405; retry: never; category: failed_precondition.
    /// Not supported.
    NotSupported,
    /// `UnsupportedSuffix.OSSObject`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported suffix: OSS object.
    UnsupportedSuffixOssObject,
    /// `InvalidOSSObject.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid OSS object: malformed.
    InvalidOssObjectMalformed,
    /// `InvalidOSSBucket.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid OSS bucket: malformed.
    InvalidOssBucketMalformed,
    /// `InvalidOSSObject.Size`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid OSS object: size.
    InvalidOssObjectSize,
    /// `InvalidOSType.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid OS type: malformed.
    InvalidOsTypeMalformed,
    /// `InvalidImageSize`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid image size.
    InvalidImageSize,
    /// `InvalidDataDiskSize`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid data disk size.
    InvalidDataDiskSize,
    /// `InvalidOSSObject.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid OSS object: not found.
    InvalidOssObjectNotFound,
    /// `InvalidLicenseType.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid license type: not supported.
    InvalidLicenseTypeNotSupported,
    /// `InvalidLicenseType.BYOLOnly`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid license type: BYOL only.
    InvalidLicenseTypeByolOnly,
    /// `InvalidOSSBucket.FlowLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid OSS bucket: flow limit.
    InvalidOssBucketFlowLimit,
    /// `InvalidBootMode.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid boot mode: malformed.
    InvalidBootModeMalformed,
    /// `InvalidParameter.DetectionStrategy`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: detection strategy.
    InvalidParameterDetectionStrategy,
    /// `ImportImageFailed`: HTTP 403; retry: never; category: permission_denied.
    /// Import image failed.
    ImportImageFailed,
    /// `InvalidParameter.Malformed`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: malformed.
    InvalidParameterMalformed,
    /// `MissingParameter.DiskDeviceMapping`: HTTP 403; retry: never; category: invalid_argument.
    /// A required parameter is missing: disk device mapping.
    MissingParameterDiskDeviceMapping,
    /// `InvalidBlockSize.NotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid block size: not support.
    InvalidBlockSizeNotSupport,
    /// `ImageCheckUnsupported.WindowsImage`: HTTP 403; retry: never; category: permission_denied.
    /// Image check unsupported: windows image.
    ImageCheckUnsupportedWindowsImage,
    /// `InvalidVHDImage.IncorrectSize`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid VHD image: incorrect size.
    InvalidVhdImageIncorrectSize,
    /// `InvalidArchitecture.PlatformUnsupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid architecture: platform unsupported.
    InvalidArchitecturePlatformUnsupported,
    /// `InvalidAccountStatus.OSSDisabled`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid account status: OSS disabled.
    InvalidAccountStatusOssDisabled,
    /// `InvalidStorageLocation.NotFound`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid storage location: not found.
    InvalidStorageLocationNotFound,
    /// `InvalidOperation.CloudBoxImageImportRoleRequired`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: cloud box image import role required.
    InvalidOperationCloudBoxImageImportRoleRequired,
    /// `InvalidOperation.CloudBoxImageImportUnsupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: cloud box image import unsupported.
    InvalidOperationCloudBoxImageImportUnsupported,
    /// `InvalidPublicKeyBody.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid public key body: malformed.
    InvalidPublicKeyBodyMalformed,
    /// `InvalidContainerId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid container id: malformed.
    InvalidContainerIdMalformed,
    /// `InvalidContainerName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid container name: malformed.
    InvalidContainerNameMalformed,
    /// `InvalidClientToken.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid client token: malformed.
    InvalidClientTokenMalformed,
    /// `InvalidInstance.NotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance: not match.
    InvalidInstanceNotMatch,
    /// `MissingParam.Frequency`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: frequency.
    MissingParamFrequency,
    /// `InvalidParam.Frequency`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: frequency.
    InvalidParamFrequency,
    /// `Parameter.MissingValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter: missing value.
    ParameterMissingValue,
    /// `Parameter.Disabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter: disabled.
    ParameterDisabled,
    /// `InvalidParameter.Parameters`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: parameters.
    InvalidParameterParameters,
    /// `NumberExceed.ResourceTags`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: resource tags.
    NumberExceedResourceTags,
    /// `MissingParameter.ResourceTagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource tag key.
    MissingParameterResourceTagKey,
    /// `InvalidResourceTagKey.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource tag key: malformed.
    InvalidResourceTagKeyMalformed,
    /// `InvalidResourceTagValue.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource tag value: malformed.
    InvalidResourceTagValueMalformed,
    /// `Duplicate.ResourceTagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate: resource tag key.
    DuplicateResourceTagKey,
    /// `InvalidResourceTag.InstanceNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource tag: instance not found.
    InvalidResourceTagInstanceNotFound,
    /// `InvalidResourceTag.ConflictWithInstanceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource tag: conflict with instance ids.
    InvalidResourceTagConflictWithInstanceIds,
    /// `Invocation.ExceedQuota`: HTTP 403; retry: never; category: permission_denied.
    /// Invocation: exceed quota.
    InvocationExceedQuota,
    /// `ParameterCount.ExceedLimit`: HTTP 403; retry: never; category: permission_denied.
    /// Parameter count: exceed limit.
    ParameterCountExceedLimit,
    /// `ParameterKey.ExceedLimit`: HTTP 403; retry: never; category: permission_denied.
    /// Parameter key: exceed limit.
    ParameterKeyExceedLimit,
    /// `ParameterKey.Duplicate`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Parameter key: duplicate.
    ParameterKeyDuplicate,
    /// `Parameter.NotMatched`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Parameter: not matched.
    ParameterNotMatched,
    /// `ParameterType.NotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Parameter type: not supported.
    ParameterTypeNotSupported,
    /// `Username.ExceedLimit`: HTTP 403; retry: never; category: permission_denied.
    /// Username: exceed limit.
    UsernameExceedLimit,
    /// `WindowsPasswordName.ExceedLimit`: HTTP 403; retry: never; category: permission_denied.
    /// Windows password name: exceed limit.
    WindowsPasswordNameExceedLimit,
    /// `WindowsPasswordName.Missed`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Windows password name: missed.
    WindowsPasswordNameMissed,
    /// `ParameterStore.NotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Parameter store: not supported.
    ParameterStoreNotSupported,
    /// `TemporaryAccessKey.Error`: HTTP 403; retry: never; category: permission_denied.
    /// Temporary access key: error.
    TemporaryAccessKeyError,
    /// `ParameterStore.InvalidParameters`: HTTP 403; retry: never; category: permission_denied.
    /// Parameter store: invalid parameters.
    ParameterStoreInvalidParameters,
    /// `ParameterStore.NoPermission`: HTTP 403; retry: never; category: permission_denied.
    /// Parameter store: no permission.
    ParameterStoreNoPermission,
    /// `InvalidRepeatMode.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid repeat mode: not found.
    InvalidRepeatModeNotFound,
    /// `InvalidTerminationMode.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid termination mode: not found.
    InvalidTerminationModeNotFound,
    /// `EntityExists.AssociatedTransferTasks`: HTTP 400; retry: never; category: invalid_argument.
    /// Entity exists: associated transfer tasks.
    EntityExistsAssociatedTransferTasks,
    /// `InvalidResourceGroup.Duplicate`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid resource group: duplicate.
    InvalidResourceGroupDuplicate,
    /// `InvalidRegionId.ResourceGroup`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid region id: resource group.
    InvalidRegionIdResourceGroup,
    /// `InstanceSecurityGroupLimitExceeded`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Instance security group limit exceeded.
    InstanceSecurityGroupLimitExceeded,
    /// `InvalidInstanceId.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance id: mismatch.
    InvalidInstanceIdMismatch,
    /// `InvalidInstanceId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance id: malformed.
    InvalidInstanceIdMalformed2,
    /// `InvalidOperation.EniAndGroupNotBelongSameUser`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: eni and group not belong same user.
    InvalidOperationEniAndGroupNotBelongSameUser,
    /// `SecurityGroupInstanceLimitExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Security group instance limit exceeded.
    SecurityGroupInstanceLimitExceeded,
    /// `InvalidInstanceId.AlreadyExists`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance id: already exists.
    InvalidInstanceIdAlreadyExists,
    /// `AclLimitExceed`: HTTP 403; retry: never; category: permission_denied.
    /// Acl limit exceed.
    AclLimitExceed,
    /// `InvalidOperation.NetworkInterfaceCountExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: network interface count exceeded.
    InvalidOperationNetworkInterfaceCountExceeded,
    /// `InvalidParam.EniIdAndInstanceId.Conflict`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: eni id and instance id, conflict.
    InvalidParamEniIdAndInstanceIdConflict,
    /// `Forbidden.InstanceIsBeingCreated`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: instance is being created.
    ForbiddenInstanceIsBeingCreated,
    /// `InvalidSecurityGroupAssociation.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security group association: not found.
    InvalidSecurityGroupAssociationNotFound,
    /// `InstanceLastSecurityGroup`: HTTP 403; retry: never; category: permission_denied.
    /// Instance last security group.
    InstanceLastSecurityGroup,
    /// `InstanceNotInSecurityGroup`: HTTP 403; retry: never; category: permission_denied.
    /// Instance not in security group.
    InstanceNotInSecurityGroup,
    /// `InvalidOperation.AtLeastInOneGroup`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: at least in one group.
    InvalidOperationAtLeastInOneGroup,
    /// `RequestTimeout`: HTTP 504; retry: backoff; category: deadline_exceeded.
    /// Request timeout.
    RequestTimeout,
    /// `PluginName.MissingValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Plugin name: missing value.
    PluginNameMissingValue,
    /// `InvalidPluginName.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid plugin name: not found.
    InvalidPluginNameNotFound,
    /// `InvalidDefaultResourceGroup.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid default resource group: not supported.
    InvalidDefaultResourceGroupNotSupported,
    /// `InvalidTag.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag: not supported.
    InvalidTagNotSupported,
    /// `NumberExceed.ResourceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: resource ids.
    NumberExceedResourceIds,
    /// `Invalid.Scope`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: scope.
    InvalidScope,
    /// `InvalidTags.MalFormed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tags: mal formed.
    InvalidTagsMalFormed,
    /// `PermissionDenied.TagOwnerBid`: HTTP 403; retry: never; category: permission_denied.
    /// Permission denied: tag owner bid.
    PermissionDeniedTagOwnerBid,
    /// `PermissionDenied.TagOwnerUid`: HTTP 403; retry: never; category: permission_denied.
    /// Permission denied: tag owner uid.
    PermissionDeniedTagOwnerUid,
    /// `PermissionDenied.Scope`: HTTP 403; retry: never; category: permission_denied.
    /// Permission denied: scope.
    PermissionDeniedScope,
    /// `NoPermission.Tag`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The caller has no permission: tag.
    NoPermissionTag,
    /// `BothEmpty.TagsAndResources`: HTTP 403; retry: never; category: permission_denied.
    /// Both empty: tags and resources.
    BothEmptyTagsAndResources,
    /// `PermissionDenied.TagsFuzzyQuery`: HTTP 403; retry: never; category: permission_denied.
    /// Permission denied: tags fuzzy query.
    PermissionDeniedTagsFuzzyQuery,
    /// `NumberExceed.TagValues`: HTTP 403; retry: never; category: permission_denied.
    /// Number exceed: tag values.
    NumberExceedTagValues,
    /// `InvalidFilter.Malformed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid filter: malformed.
    InvalidFilterMalformed,
    /// `InvalidTagFilter.Malformed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid tag filter: malformed.
    InvalidTagFilterMalformed,
    /// `MissingParameter.ResourceIds`: HTTP 404; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource ids.
    MissingParameterResourceIds,
    /// `MissingParameter.TagOwnerUid`: HTTP 404; retry: never; category: invalid_argument.
    /// A required parameter is missing: tag owner uid.
    MissingParameterTagOwnerUid,
    /// `MissingParameter.TagOwnerBid`: HTTP 404; retry: never; category: invalid_argument.
    /// A required parameter is missing: tag owner bid.
    MissingParameterTagOwnerBid,
    /// `MissingParameter.ResourceType`: HTTP 404; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource type.
    MissingParameterResourceType,
    /// `MissingParameter.Tags`: HTTP 404; retry: never; category: invalid_argument.
    /// A required parameter is missing: tags.
    MissingParameterTags,
    /// `QuotaExceed.LaunchTemplateConfigs`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: launch template configs.
    QuotaExceedLaunchTemplateConfigs,
    /// `Forbidden.ChargeTypeIsPrepaid`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: charge type is prepaid.
    ForbiddenChargeTypeIsPrepaid,
    /// `MissingParam.Bandwidth`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: bandwidth.
    MissingParamBandwidth,
    /// `IllegalParam.Bandwidth`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: bandwidth.
    IllegalParamBandwidth,
    /// `InvalidBandwidth.ValueNotSupported`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid bandwidth: value not supported.
    InvalidBandwidthValueNotSupported,
    /// `BandwidthPackage.FinancialLocked`: HTTP 404; retry: never; category: not_found.
    /// Bandwidth package: financial locked.
    BandwidthPackageFinancialLocked,
    /// `InvalidInstanceAmount.ValueNotSupported`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Invalid instance amount: value not supported.
    InvalidInstanceAmountValueNotSupported,
    /// `IncorrectPrivatePoolStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect private pool status.
    IncorrectPrivatePoolStatus,
    /// `InvalidPrivatePoolOptionsName.ValueNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid private pool options name: value not supported.
    InvalidPrivatePoolOptionsNameValueNotSupported,
    /// `OperationDenied.PlatformNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: platform not supported.
    OperationDeniedPlatformNotSupported,
    /// `OperationDenied.EndTimeTypeNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: end time type not supported.
    OperationDeniedEndTimeTypeNotSupported,
    /// `OperationDenied.StartTimeNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: start time not supported.
    OperationDeniedStartTimeNotSupported,
    /// `OperationDenied.InstanceAmountNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: instance amount not supported.
    OperationDeniedInstanceAmountNotSupported,
    /// `InvalidPrivatePoolOptions.Id`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid private pool options: id.
    InvalidPrivatePoolOptionsId3,
    /// `InvalidPrivatePoolId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid private pool id: not found.
    InvalidPrivatePoolIdNotFound,
    /// `InvalidParameter.OssEncryptionType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: oss encryption type.
    InvalidParameterOssEncryptionType,
    /// `InvalidParameter.OssEncryptionAlgorithm`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: oss encryption algorithm.
    InvalidParameterOssEncryptionAlgorithm,
    /// `InvalidParameter.OssEncryptionKeyId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: oss encryption key id.
    InvalidParameterOssEncryptionKeyId,
    /// `InvalidParameter.OssBucketName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: oss bucket name.
    InvalidParameterOssBucketName,
    /// `InvalidParameter.OssPrefix`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: oss prefix.
    InvalidParameterOssPrefix,
    /// `InvalidOssBucketName.InOtherRegion`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid oss bucket name: in other region.
    InvalidOssBucketNameInOtherRegion,
    /// `InvalidParameter.SlsProjectName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: sls project name.
    InvalidParameterSlsProjectName,
    /// `InvalidParameter.SlsLogstoreName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: sls logstore name.
    InvalidParameterSlsLogstoreName,
    /// `InvalidParameter.AllowedUpgradeWindow`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: allowed upgrade window.
    InvalidParameterAllowedUpgradeWindow,
    /// `InvalidAllowedUpgradeWindow.DurationTooShort`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid allowed upgrade window: duration too short.
    InvalidAllowedUpgradeWindowDurationTooShort,
    /// `InvalidParameter.TimeZone`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: time zone.
    InvalidParameterTimeZone,
    /// `InvalidAllowedUpgradeWindow.Required`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid allowed upgrade window: required.
    InvalidAllowedUpgradeWindowRequired,
    /// `CreateServiceLinkedRole.NoPermission`: HTTP 403; retry: never; category: permission_denied.
    /// Create service linked role: no permission.
    CreateServiceLinkedRoleNoPermission,
    /// `InvalidOperation.OssEncryptionUnsupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: oss encryption unsupported.
    InvalidOperationOssEncryptionUnsupported,
    /// `InvalidAllowedUpgradeWindow.CountLimitExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid allowed upgrade window: count limit exceeded.
    InvalidAllowedUpgradeWindowCountLimitExceeded,
    /// `InvalidSlsProjectName.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid sls project name: not found.
    InvalidSlsProjectNameNotFound,
    /// `InvalidSlsLogstoreName.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid sls logstore name: not found.
    InvalidSlsLogstoreNameNotFound,
    /// `InvalidOssBucketName.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid oss bucket name: not found.
    InvalidOssBucketNameNotFound,
    /// `CmdName.Readonly`: HTTP 403; retry: never; category: permission_denied.
    /// Cmd name: readonly.
    CmdNameReadonly,
    /// `InvalidDedicatedHostClusterId.NotMatch`: HTTP 404; retry: never; category: not_found.
    /// Invalid dedicated host cluster id: not match.
    InvalidDedicatedHostClusterIdNotMatch,
    /// `InvalidAutoReleaseTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid auto release time: malformed.
    InvalidAutoReleaseTimeMalformed,
    /// `NoSuchResource`: HTTP 404; retry: never; category: not_found.
    /// No such resource.
    NoSuchResource,
    /// `IncorrectHostStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect host status.
    IncorrectHostStatus,
    /// `InvalidParameter.Duration`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: duration.
    InvalidParameterDuration,
    /// `InvalidParameter.AutoRenewWithEcs`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: auto renew with ecs.
    InvalidParameterAutoRenewWithEcs,
    /// `InvalidParameter.InstanceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: instance ids.
    InvalidParameterInstanceIds,
    /// `ExpiredInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Expired instance.
    ExpiredInstance,
    /// `InstancesIdQuotaExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Instances id quota exceed.
    InstancesIdQuotaExceed,
    /// `InvalidInstance.UnpaidOrder`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid instance: unpaid order.
    InvalidInstanceUnpaidOrder,
    /// `ReleaseTimeHaveBeenSet`: HTTP 400; retry: never; category: invalid_argument.
    /// Release time have been set.
    ReleaseTimeHaveBeenSet,
    /// `InvalidPeriod.UnitMismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid period: unit mismatch.
    InvalidPeriodUnitMismatch,
    /// `InvalidImageType.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid image type: not supported.
    InvalidImageTypeNotSupported,
    /// `QuotaExceed.RufundVcpu`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: rufund vcpu.
    QuotaExceedRufundVcpu,
    /// `InvalidInstanceType.PhasedOut`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance type: phased out.
    InvalidInstanceTypePhasedOut,
    /// `InvalidParameter.MetricSetId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: metric set id.
    InvalidParameterMetricSetId,
    /// `InvalidParameter.MetricIds`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: metric ids.
    InvalidParameterMetricIds,
    /// `NoAttributeToModify`: HTTP 400; retry: never; category: invalid_argument.
    /// No attribute to modify.
    NoAttributeToModify,
    /// `MissingParameter.DiskIdOrDiskIds`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: disk id or disk ids.
    MissingParameterDiskIdOrDiskIds,
    /// `ParameterConflict.DiskIdAndDiskIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter conflict: disk id and disk ids.
    ParameterConflictDiskIdAndDiskIds,
    /// `BurstingEnabledForModifyingDiskUnsupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Bursting enabled for modifying disk unsupported.
    BurstingEnabledForModifyingDiskUnsupported,
    /// `MissingParameter.InstanceIdNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: instance id not supported.
    MissingParameterInstanceIdNotSupported,
    /// `InvalidInstanceId.Released`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance id: released.
    InvalidInstanceIdReleased,
    /// `InvalidInstance.PurchaseNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance: purchase not found.
    InvalidInstancePurchaseNotFound,
    /// `InvalidInstance.UnPaidOrder`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid instance: un paid order.
    InvalidInstanceUnPaidOrder,
    /// `Idempotence.SignatureMismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Idempotence: signature mismatch.
    IdempotenceSignatureMismatch,
    /// `OrderCreationFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Order creation failed.
    OrderCreationFailed,
    /// `InstanceDowngrade.QuotaExceed`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Instance downgrade: quota exceed.
    InstanceDowngradeQuotaExceed,
    /// `InvalidDisk.DetachedSystemDisk`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid disk: detached system disk.
    InvalidDiskDetachedSystemDisk,
    /// `LastOrderProcessing`: HTTP 400; retry: never; category: invalid_argument.
    /// Last order processing.
    LastOrderProcessing,
    /// `DISK_IN_DEDICATED_BLOCK_STORAGE_CLUSTER`: HTTP 400; retry: never; category: invalid_argument.
    /// DISK IN DEDICATED BLOCK STORAGE CLUSTER.
    DiskInDedicatedBlockStorageCluster,
    /// `NoPermission.Refund`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission: refund.
    NoPermissionRefund,
    /// `Forbidden`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden.
    Forbidden,
    /// `InvalidAction.NotSupported`: HTTP 404; retry: never; category: not_found.
    /// Invalid action: not supported.
    InvalidActionNotSupported,
    /// `InvalidInstanceStatus.NotSupported`: HTTP 404; retry: never; category: not_found.
    /// Invalid instance status: not supported.
    InvalidInstanceStatusNotSupported,
    /// `InvalidInstanceId.NOT_FOUND`: HTTP 404; retry: never; category: not_found.
    /// Invalid instance id: NOT FOUND.
    InvalidInstanceIdNotFound3,
    /// `InvalidPerformanceLevelParam.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid performance level param: mismatch.
    InvalidPerformanceLevelParamMismatch,
    /// `OperationDenied.DiskInDedicatedBlockStorageCluster`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: disk in dedicated block storage cluster.
    OperationDeniedDiskInDedicatedBlockStorageCluster,
    /// `IncorrectDiskStatus.ReplicationStatusNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect disk status: replication status not found.
    IncorrectDiskStatusReplicationStatusNotFound,
    /// `IncorrectDiskStatus.InReplication`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect disk status: in replication.
    IncorrectDiskStatusInReplication,
    /// `MalformedParameter.PerformanceControlOptions`: HTTP 400; retry: never; category: invalid_argument.
    /// Malformed parameter: performance control options.
    MalformedParameterPerformanceControlOptions,
    /// `InvalidPerformanceControlOptions.ModifyOperationUnsupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid performance control options: modify operation unsupported.
    InvalidPerformanceControlOptionsModifyOperationUnsupported,
    /// `InvalidPerformanceLevel.TooLow`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid performance level: too low.
    InvalidPerformanceLevelTooLow,
    /// `Downgrade.NotSupported`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Downgrade: not supported.
    DowngradeNotSupported,
    /// `ModifyingDiskCategoryLimitExceed`: HTTP 403; retry: never; category: permission_denied.
    /// Modifying disk category limit exceed.
    ModifyingDiskCategoryLimitExceed,
    /// `DiskInCoolingPeriod`: HTTP 403; retry: never; category: permission_denied.
    /// Disk in cooling period.
    DiskInCoolingPeriod,
    /// `DiskHasFlashSnapshot`: HTTP 403; retry: never; category: permission_denied.
    /// Disk has flash snapshot.
    DiskHasFlashSnapshot,
    /// `NoChangeInDiskCategoryAndPerformanceLevel`: HTTP 403; retry: never; category: permission_denied.
    /// No change in disk category and performance level.
    NoChangeInDiskCategoryAndPerformanceLevel,
    /// `OperationDenied.DiskExpansionUnfinished`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: disk expansion unfinished.
    OperationDeniedDiskExpansionUnfinished,
    /// `InvalidPerformanceParameter.DiskNotInDedicatedStorageCluster`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid performance parameter: disk not in dedicated storage cluster.
    InvalidPerformanceParameterDiskNotInDedicatedStorageCluster,
    /// `InvalidStatus.DiskUnderPerformanceControl`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid status: disk under performance control.
    InvalidStatusDiskUnderPerformanceControl,
    /// `InvalidStatus.DiskNotReady`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid status: disk not ready.
    InvalidStatusDiskNotReady,
    /// `InsufficientBalance.Eip`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient balance: eip.
    InsufficientBalanceEip,
    /// `InvalidBandwidth.OutOfMaxTrafficBindedOnNatgw`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bandwidth: out of max traffic binded on natgw.
    InvalidBandwidthOutOfMaxTrafficBindedOnNatgw,
    /// `InvalidEipAddressName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid eip address name: malformed.
    InvalidEipAddressNameMalformed,
    /// `OperationFailed.ConcurrentRequest`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: concurrent request.
    OperationFailedConcurrentRequest,
    /// `IncorrectStatus.ResourceStatus`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: resource status.
    IncorrectStatusResourceStatus,
    /// `Forbidden.InCommonBandwidthPackage`: HTTP 404; retry: after_fix; category: permission_denied.
    /// The request is forbidden: in common bandwidth package.
    ForbiddenInCommonBandwidthPackage,
    /// `SYSTEM.UNKNOWN.ERROR`: HTTP 500; retry: never; category: internal.
    /// SYSTEM: UNKNOWN, ERROR.
    SystemUnknownError,
    /// `InvalidIp.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ip: not found.
    InvalidIpNotFound,
    /// `IncorretStatus.ForwardEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorret status: forward entry.
    IncorretStatusForwardEntry,
    /// `IllegalParam.AnyPortNotZero`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: any port not zero.
    IllegalParamAnyPortNotZero,
    /// `InvalidModifyInfo`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid modify info.
    InvalidModifyInfo,
    /// `HPC_CLUSTER_MODIFY_FAILED`: HTTP 400; retry: never; category: invalid_argument.
    /// HPC CLUSTER MODIFY FAILED.
    HpcClusterModifyFailed,
    /// `HpcClusterNotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Hpc cluster not exists.
    HpcClusterNotExists,
    /// `ImageQuotaFull.ImageFamily`: HTTP 400; retry: never; category: invalid_argument.
    /// Image quota full: image family.
    ImageQuotaFullImageFamily,
    /// `ImageFamilyQuotaFull`: HTTP 400; retry: never; category: invalid_argument.
    /// Image family quota full.
    ImageFamilyQuotaFull,
    /// `ImageStatus.NotAvailable`: HTTP 403; retry: never; category: permission_denied.
    /// Image status: not available.
    ImageStatusNotAvailable,
    /// `ImageStatus.NotDeprecated`: HTTP 403; retry: never; category: permission_denied.
    /// Image status: not deprecated.
    ImageStatusNotDeprecated,
    /// `OperationDeined.ImageUsingByInstance`: HTTP 403; retry: never; category: permission_denied.
    /// Operation deined: image using by instance.
    OperationDeinedImageUsingByInstance,
    /// `InvalidGroup.Malformed`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid group: malformed.
    InvalidGroupMalformed,
    /// `UnnecessaryParameter.LaunchPermission`: HTTP 400; retry: never; category: invalid_argument.
    /// Unnecessary parameter: launch permission.
    UnnecessaryParameterLaunchPermission,
    /// `InvalidParameter.LaunchPermission`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: launch permission.
    InvalidParameterLaunchPermission,
    /// `ForbiddenParameter.LaunchPermission`: HTTP 400; retry: never; category: invalid_argument.
    /// Forbidden parameter: launch permission.
    ForbiddenParameterLaunchPermission,
    /// `AssumeRoleError`: HTTP 403; retry: never; category: permission_denied.
    /// Assume role error.
    AssumeRoleError,
    /// `ImageDescription.ContainsSensitiveWords`: HTTP 403; retry: never; category: permission_denied.
    /// Image description: contains sensitive words.
    ImageDescriptionContainsSensitiveWords,
    /// `ImageName.ContainsSensitiveWords`: HTTP 403; retry: never; category: permission_denied.
    /// Image name: contains sensitive words.
    ImageNameContainsSensitiveWords,
    /// `Image.Public`: HTTP 403; retry: never; category: permission_denied.
    /// Image: public.
    ImagePublic,
    /// `CurrentRegion.NotSupportPublicImage`: HTTP 403; retry: never; category: permission_denied.
    /// Current region: not support public image.
    CurrentRegionNotSupportPublicImage,
    /// `Image.NotPublic`: HTTP 403; retry: never; category: permission_denied.
    /// Image: not public.
    ImageNotPublic,
    /// `OperationDeined.FullImage`: HTTP 403; retry: never; category: permission_denied.
    /// Operation deined: full image.
    OperationDeinedFullImage,
    /// `QuotaExceed.ShareImage`: HTTP 403; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: share image.
    QuotaExceedShareImage,
    /// `QuotaExceed.ShareImageUser`: HTTP 403; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: share image user.
    QuotaExceedShareImageUser,
    /// `InvalidImageId.BidMismatch`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid image id: bid mismatch.
    InvalidImageIdBidMismatch,
    /// `OperationDenied.InvalidImageStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: invalid image status.
    OperationDeniedInvalidImageStatus,
    /// `PublicImageAgreement.NotSigned`: HTTP 403; retry: never; category: permission_denied.
    /// Public image agreement: not signed.
    PublicImageAgreementNotSigned,
    /// `InvalidParameter.IsPublic`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: is public.
    InvalidParameterIsPublic,
    /// `InvalidAccount.Forbbiden`: HTTP 404; retry: never; category: not_found.
    /// Invalid account: forbbiden.
    InvalidAccountForbbiden,
    /// `InvalidResourcePackage.BizStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource package: biz status.
    InvalidResourcePackageBizStatus,
    /// `InvalidRemoteConnectionOptions.Password`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid remote connection options: password.
    InvalidRemoteConnectionOptionsPassword,
    /// `InvalidRemoteConnectionOptions.Type`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid remote connection options: type.
    InvalidRemoteConnectionOptionsType,
    /// `InstanceType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance type: value not supported.
    InstanceTypeValueNotSupported,
    /// `OSType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// OS type: value not supported.
    OsTypeValueNotSupported,
    /// `InvalidHostPassword.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid host password: malformed.
    InvalidHostPasswordMalformed,
    /// `InvalidParameter.RecycleBin`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: recycle bin.
    InvalidParameterRecycleBin,
    /// `InvalidInstanceStatus.CreditSpecRestricted`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance status: credit spec restricted.
    InvalidInstanceStatusCreditSpecRestricted,
    /// `InvalidInstanceStatus.NotRunning`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid instance status: not running.
    InvalidInstanceStatusNotRunning,
    /// `InvalidParam.NotSupportJumboFrame`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: not support jumbo frame.
    InvalidParamNotSupportJumboFrame,
    /// `InvalidOperation.InstanceStatusNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: instance status not support.
    InvalidOperationInstanceStatusNotSupport,
    /// `InvalidOperation.InstanceStatusUnsupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: instance status unsupported.
    InvalidOperationInstanceStatusUnsupported,
    /// `InvalidParameter.CpuOptionsTopologyType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: cpu options topology type.
    InvalidParameterCpuOptionsTopologyType,
    /// `InvalidInstanceType.NotSupportCpuOptionsTopologyType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance type: not support cpu options topology type.
    InvalidInstanceTypeNotSupportCpuOptionsTopologyType,
    /// `InvalidAdditionalInfoPvdConfig.SizeExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid additional info pvd config: size exceeded.
    InvalidAdditionalInfoPvdConfigSizeExceeded,
    /// `Credit.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Credit: not found.
    CreditNotFound,
    /// `InvalidInstanceStatus.NeedRestart`: HTTP 404; retry: never; category: not_found.
    /// Invalid instance status: need restart.
    InvalidInstanceStatusNeedRestart,
    /// `InvalidSecurityGroupType.NotSupportClassic`: HTTP 404; retry: never; category: not_found.
    /// Invalid security group type: not support classic.
    InvalidSecurityGroupTypeNotSupportClassic,
    /// `InvalidSecurityGroupVpc.NotBelongToOneVpc`: HTTP 404; retry: never; category: not_found.
    /// Invalid security group vpc: not belong to one vpc.
    InvalidSecurityGroupVpcNotBelongToOneVpc,
    /// `OperationDenied.StarterPackage`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: starter package.
    OperationDeniedStarterPackage,
    /// `InvalidPeriod.StarterPackage`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid period: starter package.
    InvalidPeriodStarterPackage,
    /// `InstanceHasProcessingConvertOrder`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance has processing convert order.
    InstanceHasProcessingConvertOrder,
    /// `InvalidInstance.TempBandwidthUpgrade`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance: temp bandwidth upgrade.
    InvalidInstanceTempBandwidthUpgrade,
    /// `PeriodNotSupported.InstanceOnManagedPrivateSpace`: HTTP 403; retry: never; category: permission_denied.
    /// Period not supported: instance on managed private space.
    PeriodNotSupportedInstanceOnManagedPrivateSpace,
    /// `OperationDenied.UnstoppedInstance`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Operation denied: unstopped instance.
    OperationDeniedUnstoppedInstance,
    /// `OperationDenied.LocalDiskInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: local disk instance.
    OperationDeniedLocalDiskInstance,
    /// `InvalidParameter.Param`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: param.
    InvalidParameterParam,
    /// `InvalidParam.DedicatedHostId`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: dedicated host id.
    InvalidParamDedicatedHostId,
    /// `InvalidDedicatedHost.NotEnoughResource`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid dedicated host: not enough resource.
    InvalidDedicatedHostNotEnoughResource,
    /// `OperationDenied.InvalidInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: invalid instance.
    OperationDeniedInvalidInstance,
    /// `OperationDenied.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: not support.
    OperationDeniedNotSupport,
    /// `OperationDenied.CannotPerform`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: cannot perform.
    OperationDeniedCannotPerform,
    /// `InvalidInstanceType.NotSupport`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid instance type: not support.
    InvalidInstanceTypeNotSupport,
    /// `InvalidParam.InstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: instance id.
    InvalidParamInstanceId,
    /// `InvalidDedicatedHostClusterId.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid dedicated host cluster id: invalid.
    InvalidDedicatedHostClusterIdInvalid,
    /// `InvalidDeploymentSetId.NoAvailableResources`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid deployment set id: no available resources.
    InvalidDeploymentSetIdNoAvailableResources,
    /// `InvalidInstanceNetworkType.NotSupport`: HTTP 404; retry: never; category: not_found.
    /// Invalid instance network type: not support.
    InvalidInstanceNetworkTypeNotSupport,
    /// `InvalidParameter.DeploymentSetGroupNo`: HTTP 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: deployment set group no.
    InvalidParameterDeploymentSetGroupNo,
    /// `InvalidDedicatedHostId.NotSupport`: HTTP 404; retry: never; category: not_found.
    /// Invalid dedicated host id: not support.
    InvalidDedicatedHostIdNotSupport,
    /// `InvalidDedicatedHost.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid dedicated host: not found.
    InvalidDedicatedHostNotFound,
    /// `InvalidDedicatedHost.ZoneNotMatch`: HTTP 404; retry: never; category: not_found.
    /// Invalid dedicated host: zone not match.
    InvalidDedicatedHostZoneNotMatch,
    /// `InvalidInstanceMetadataTags.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance metadata tags: not supported.
    InvalidInstanceMetadataTagsNotSupported,
    /// `InvalidInternetMaxBandwidthIn.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid internet max bandwidth in: value not supported.
    InvalidInternetMaxBandwidthInValueNotSupported,
    /// `DecreasedBandwidthNotAllowed`: HTTP 400; retry: never; category: invalid_argument.
    /// Decreased bandwidth not allowed.
    DecreasedBandwidthNotAllowed,
    /// `BandwidthUpgradeDenied.EipBoundInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Bandwidth upgrade denied: eip bound instance.
    BandwidthUpgradeDeniedEipBoundInstance,
    /// `InvalidInstanceStatus.NotStopped`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance status: not stopped.
    InvalidInstanceStatusNotStopped,
    /// `IpAllocationError`: HTTP 400; retry: never; category: invalid_argument.
    /// Ip allocation error.
    IpAllocationError,
    /// `InvalidParam.AllocatePublicIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: allocate public ip.
    InvalidParamAllocatePublicIp,
    /// `InvalidInstanceStatus`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Invalid instance status.
    InvalidInstanceStatus,
    /// `LastRequestProcessing`: HTTP 400; retry: never; category: invalid_argument.
    /// Last request processing.
    LastRequestProcessing,
    /// `InvalidStartTime.BeyondLifeCycle`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time: beyond life cycle.
    InvalidStartTimeBeyondLifeCycle,
    /// `InvalidEndTime.BeyondLifeCycle`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end time: beyond life cycle.
    InvalidEndTimeBeyondLifeCycle,
    /// `InvalidPayMethod.SyncPaymentNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pay method: sync payment not support.
    InvalidPayMethodSyncPaymentNotSupport,
    /// `InvalidBandwidthOut.LessThanZero`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bandwidth out: less than zero.
    InvalidBandwidthOutLessThanZero,
    /// `InvalidParameter.BandwidthBiggerThanBaseBandwidth`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: bandwidth bigger than base bandwidth.
    InvalidParameterBandwidthBiggerThanBaseBandwidth,
    /// `InvalidInstance.InstanceNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance: instance not supported.
    InvalidInstanceInstanceNotSupported,
    /// `InvalidOperation.StarterPackage`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: starter package.
    InvalidOperationStarterPackage,
    /// `InvalidInstance.EipNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance: eip not support.
    InvalidInstanceEipNotSupport,
    /// `InvalidInstance.NatPortMapNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance: nat port map not support.
    InvalidInstanceNatPortMapNotSupport,
    /// `OperationDenied.UnpaidOrder`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: unpaid order.
    OperationDeniedUnpaidOrder,
    /// `UnsupportedChangeIsp`: HTTP 403; retry: never; category: permission_denied.
    /// Unsupported change isp.
    UnsupportedChangeIsp,
    /// `BandIncreaseNotSupportIsp`: HTTP 403; retry: never; category: permission_denied.
    /// Band increase not support isp.
    BandIncreaseNotSupportIsp,
    /// `DependencyViolation.InstanceType`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: instance type.
    DependencyViolationInstanceType,
    /// `InvalidParameter.AllowMigrateAcrossZone`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: allow migrate across zone.
    InvalidParameterAllowMigrateAcrossZone,
    /// `InvalidParam.SystemDiskCategory`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: system disk category.
    InvalidParamSystemDiskCategory,
    /// `Price.PricePlanResultNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Price: price plan result not found.
    PricePricePlanResultNotFound,
    /// `InvalidAction.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid action: not support.
    InvalidActionNotSupport,
    /// `InvalidMarketImageStatus.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid market image status: not supported.
    InvalidMarketImageStatusNotSupported,
    /// `InstanceTypeNotSupported.TooManyDisksAttached`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance type not supported: too many disks attached.
    InstanceTypeNotSupportedTooManyDisksAttached,
    /// `InvalidParam.Async`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: async.
    InvalidParamAsync,
    /// `MissingParameter.DiskCategory`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: disk category.
    MissingParameterDiskCategory,
    /// `InvalidParameter.DiskCategory`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: disk category.
    InvalidParameterDiskCategory,
    /// `InvalidOperation.OnlineModificationUnsupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: online modification unsupported.
    InvalidOperationOnlineModificationUnsupported,
    /// `InstanceSpecModification.NotEffective`: HTTP 403; retry: never; category: permission_denied.
    /// Instance spec modification: not effective.
    InstanceSpecModificationNotEffective,
    /// `InvalidOperation.EipNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: eip not support.
    InvalidOperationEipNotSupport,
    /// `InvalidParameter.InternetMaxBandwidthOut`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: internet max bandwidth out.
    InvalidParameterInternetMaxBandwidthOut,
    /// `InvalidOperation.InstanceWithEipNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: instance with eip not support.
    InvalidOperationInstanceWithEipNotSupport,
    /// `InvalidOperation.NotAllowed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: not allowed.
    InvalidOperationNotAllowed,
    /// `InvalidOperation.MaxModifyOnlineNumberExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: max modify online number exceeded.
    InvalidOperationMaxModifyOnlineNumberExceeded,
    /// `InvalidOperation.RebootingRequired`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: rebooting required.
    InvalidOperationRebootingRequired,
    /// `InvalidOperation.OSTypeNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: OS type not supported.
    InvalidOperationOsTypeNotSupported,
    /// `MissingTemporary.StartTime`: HTTP 404; retry: never; category: not_found.
    /// Missing temporary: start time.
    MissingTemporaryStartTime,
    /// `MissingTemporary.EndTime`: HTTP 404; retry: never; category: not_found.
    /// Missing temporary: end time.
    MissingTemporaryEndTime,
    /// `IncorrectVncPassword.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect vnc password: malformed.
    IncorrectVncPasswordMalformed,
    /// `InvalidTarget.TrafficMirrorSession`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid target: traffic mirror session.
    InvalidTargetTrafficMirrorSession,
    /// `InvalidSource.TrafficMirrorSession`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid source: traffic mirror session.
    InvalidSourceTrafficMirrorSession,
    /// `InvalidVSwitchId.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v switch id: mismatch.
    InvalidVSwitchIdMismatch,
    /// `InvalidPrivateIpAddress.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid private ip address: mismatch.
    InvalidPrivateIpAddressMismatch,
    /// `InvalidPrivateIp.Changing`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid private ip: changing.
    InvalidPrivateIpChanging,
    /// `PrimaryEniHasSubIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Primary eni has sub ip.
    PrimaryEniHasSubIp,
    /// `VSwitchIdNotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// V switch id not match.
    VSwitchIdNotMatch,
    /// `InvalidParameter.SecurityGroupId`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: security group id.
    InvalidParameterSecurityGroupId,
    /// `InvalidIp.Ipv6Assigned`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid ip: ipv6 assigned.
    InvalidIpIpv6Assigned,
    /// `InvalidInstance.HasTransitionRecord`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance: has transition record.
    InvalidInstanceHasTransitionRecord,
    /// `InvalidInstanceStatus.NotNormal`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance status: not normal.
    InvalidInstanceStatusNotNormal,
    /// `InvalidVpcId.SharedVpc`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid vpc id: shared vpc.
    InvalidVpcIdSharedVpc,
    /// `InvalidParameter.ToSecurityGroupId`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: to security group id.
    InvalidParameterToSecurityGroupId,
    /// `InvalidOperation.VswAndEcsAvailabilityZoneMismatch`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: vsw and ecs availability zone mismatch.
    InvalidOperationVswAndEcsAvailabilityZoneMismatch,
    /// `InvalidOperation.CloudBoxEcsNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: cloud box ecs not support.
    InvalidOperationCloudBoxEcsNotSupport,
    /// `InvalidParameter.VSwitchId`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: v switch id.
    InvalidParameterVSwitchId,
    /// `InvalidInstance.AttachedEni`: HTTP 404; retry: never; category: not_found.
    /// Invalid instance: attached eni.
    InvalidInstanceAttachedEni,
    /// `InvalidIp.MultiPrimaryIp`: HTTP 404; retry: never; category: not_found.
    /// Invalid ip: multi primary ip.
    InvalidIpMultiPrimaryIp,
    /// `InvalidIp.Ipv6`: HTTP 404; retry: never; category: not_found.
    /// Invalid ip: ipv6.
    InvalidIpIpv6,
    /// `InvalidVSwitch.NotBelongToVpc`: HTTP 404; retry: never; category: not_found.
    /// Invalid v switch: not belong to vpc.
    InvalidVSwitchNotBelongToVpc,
    /// `InvalidParameter.EniNo`: HTTP 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: eni no.
    InvalidParameterEniNo,
    /// `InvalidParameter.AlreadyInTargetVpc`: HTTP 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: already in target vpc.
    InvalidParameterAlreadyInTargetVpc,
    /// `InvalidParameter.MustBeEmpty`: HTTP 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: must be empty.
    InvalidParameterMustBeEmpty,
    /// `InvalidParameter.NotEnoughIpInVSwitch`: HTTP 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: not enough ip in v switch.
    InvalidParameterNotEnoughIpInVSwitch,
    /// `InvalidDependence.MutliDirectlyEip`: HTTP 404; retry: never; category: not_found.
    /// Invalid dependence: mutli directly eip.
    InvalidDependenceMutliDirectlyEip,
    /// `InvalidDependence.HaVip`: HTTP 404; retry: never; category: not_found.
    /// Invalid dependence: ha vip.
    InvalidDependenceHaVip,
    /// `InvalidDependence.NextHopOfCustomRouter`: HTTP 404; retry: never; category: not_found.
    /// Invalid dependence: next hop of custom router.
    InvalidDependenceNextHopOfCustomRouter,
    /// `InvalidDependence.BeenUsedAsAppServer`: HTTP 404; retry: never; category: not_found.
    /// Invalid dependence: been used as app server.
    InvalidDependenceBeenUsedAsAppServer,
    /// `InvalidDependence.GrantAccess`: HTTP 404; retry: never; category: not_found.
    /// Invalid dependence: grant access.
    InvalidDependenceGrantAccess,
    /// `InvalidDependence.BindGA`: HTTP 404; retry: never; category: not_found.
    /// Invalid dependence: bind GA.
    InvalidDependenceBindGa,
    /// `InvalidDependence.SLB`: HTTP 404; retry: never; category: not_found.
    /// Invalid dependence: SLB.
    InvalidDependenceSlb,
    /// `InvalidParameter.Frequency`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: frequency.
    InvalidParameterFrequency,
    /// `InvalidParameters.KeyDuplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameters: key duplicate.
    InvalidParametersKeyDuplicate,
    /// `InvalidParameters.KeyNotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameters: key not match.
    InvalidParametersKeyNotMatch,
    /// `InvalidParameters.KeyMalformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameters: key malformed.
    InvalidParametersKeyMalformed,
    /// `InvalidParameters.KeyEmpty`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameters: key empty.
    InvalidParametersKeyEmpty,
    /// `InvalidCommandContent.DecodeError`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid command content: decode error.
    InvalidCommandContentDecodeError,
    /// `InvalidInstanceId.OSTypeUnsupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance id: OS type unsupported.
    InvalidInstanceIdOsTypeUnsupported,
    /// `InvalidOperation.RepeatModeUnsupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: repeat mode unsupported.
    InvalidOperationRepeatModeUnsupported,
    /// `InvalidOperation.InvokeAlreadyFinished`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: invoke already finished.
    InvalidOperationInvokeAlreadyFinished,
    /// `InvalidOperation.CloudAssistantVersionUnsupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: cloud assistant version unsupported.
    InvalidOperationCloudAssistantVersionUnsupported,
    /// `InvalidOperation.ModifyPublicCommandUnsupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: modify public command unsupported.
    InvalidOperationModifyPublicCommandUnsupported,
    /// `InvalidCommandContent.LengthLimitExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid command content: length limit exceeded.
    InvalidCommandContentLengthLimitExceeded,
    /// `InvalidParameters.CountLimitExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid parameters: count limit exceeded.
    InvalidParametersCountLimitExceeded,
    /// `InvalidParameters.KeyLengthLimitExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid parameters: key length limit exceeded.
    InvalidParametersKeyLengthLimitExceeded,
    /// `InvalidInstanceId.CountLimitExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance id: count limit exceeded.
    InvalidInstanceIdCountLimitExceeded,
    /// `CommandLimitExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Command limit exceeded.
    CommandLimitExceeded,
    /// `InvalidParameters.ValueTypeUnsupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid parameters: value type unsupported.
    InvalidParametersValueTypeUnsupported,
    /// `InvalidInvokeId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid invoke id: not found.
    InvalidInvokeIdNotFound,
    /// `InvalidLaunchTemplateVersion.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid launch template version: not found.
    InvalidLaunchTemplateVersionNotFound,
    /// `InvalidOperation.NotSupportModifyQueueNumber`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: not support modify queue number.
    InvalidOperationNotSupportModifyQueueNumber,
    /// `InvalidOperation.InstanceTypeNotSupportHighPerformance`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: instance type not support high performance.
    InvalidOperationInstanceTypeNotSupportHighPerformance,
    /// `InvalidTrafficMode.ModifyToStandardNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid traffic mode: modify to standard not supported.
    InvalidTrafficModeModifyToStandardNotSupported,
    /// `InvalidOperation.EniTrafficModeNotSupportIPv6`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: eni traffic mode not support IPv6.
    InvalidOperationEniTrafficModeNotSupportIPv6,
    /// `InvalidOperation.ModifyPrimaryEniQueueNumber`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: modify primary eni queue number.
    InvalidOperationModifyPrimaryEniQueueNumber,
    /// `InvalidOperation.PrimaryEniOnlySupportModifyNameAndDesc`: HTTP 404; retry: never; category: not_found.
    /// Invalid operation: primary eni only support modify name and desc.
    InvalidOperationPrimaryEniOnlySupportModifyNameAndDesc,
    /// `InvalidStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status.
    InvalidStatus2,
    /// `InvalidBillingMethod.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid billing method: value not supported.
    InvalidBillingMethodValueNotSupported,
    /// `InvalidRebootTime.MalFormed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid reboot time: mal formed.
    InvalidRebootTimeMalFormed,
    /// `InvalidRebootTime.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid reboot time: value not supported.
    InvalidRebootTimeValueNotSupported,
    /// `InvalidStatus.NotStopped`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: not stopped.
    InvalidStatusNotStopped,
    /// `InvalidSystemDiskCategory.NotMatchInstanceType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid system disk category: not match instance type.
    InvalidSystemDiskCategoryNotMatchInstanceType,
    /// `InvalidParameter.InstanceId`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: instance id.
    InvalidParameterInstanceId,
    /// `InvalidInstance.PreInstanceExpired`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance: pre instance expired.
    InvalidInstancePreInstanceExpired,
    /// `BillingMethodNotFound`: HTTP 404; retry: never; category: not_found.
    /// Billing method not found.
    BillingMethodNotFound,
    /// `ImageOrderFailed`: HTTP 500; retry: never; category: internal.
    /// Image order failed.
    ImageOrderFailed,
    /// `InvalidParameter.ReservedInstanceName`: HTTP 403, 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: reserved instance name.
    InvalidParameterReservedInstanceName,
    /// `Abs.MissingParamter.InstanceId`: HTTP 403; retry: never; category: permission_denied.
    /// Abs: missing paramter, instance id.
    AbsMissingParamterInstanceId,
    /// `InvalidParameter.PeriodUnit`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: period unit.
    InvalidParameterPeriodUnit,
    /// `InvalidParameter.Period`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: period.
    InvalidParameterPeriod,
    /// `InvalidReservedInstanceName.Malformed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid reserved instance name: malformed.
    InvalidReservedInstanceNameMalformed,
    /// `MissingParameter.ZoneId`: HTTP 403, 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: zone id.
    MissingParameterZoneId,
    /// `MissingParameter.ReservedInstanceId`: HTTP 403, 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: reserved instance id.
    MissingParameterReservedInstanceId,
    /// `MissingParameter.ReservedInstanceConfiguration`: HTTP 403, 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: reserved instance configuration.
    MissingParameterReservedInstanceConfiguration,
    /// `InvalidParameter.SplitOrMerge`: HTTP 403, 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: split or merge.
    InvalidParameterSplitOrMerge,
    /// `MissingParameter.InstanceTypeAndAmountBothEmpty`: HTTP 403, 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: instance type and amount both empty.
    MissingParameterInstanceTypeAndAmountBothEmpty,
    /// `InvalidReservedInstancePlatform.ValueNotSupported`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Invalid reserved instance platform: value not supported.
    InvalidReservedInstancePlatformValueNotSupported,
    /// `InvalidReservedInstanceZone.ValueNotSupported`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Invalid reserved instance zone: value not supported.
    InvalidReservedInstanceZoneValueNotSupported,
    /// `InvalidParameter.ValueNotSupported`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: value not supported.
    InvalidParameterValueNotSupported,
    /// `InvalidScope.ValueNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid scope: value not supported.
    InvalidScopeValueNotSupported,
    /// `InvalidConfiguration.ValueNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid configuration: value not supported.
    InvalidConfigurationValueNotSupported,
    /// `OperationDenied.OnlyModifyName`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: only modify name.
    OperationDeniedOnlyModifyName,
    /// `InvalidReservedInstanceId.NotFound`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid reserved instance id: not found.
    InvalidReservedInstanceIdNotFound,
    /// `InvalidName.Malformd`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid name: malformd.
    InvalidNameMalformd,
    /// `LinkRole.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Link role: not support.
    LinkRoleNotSupport,
    /// `Forbbiden.ModifyIdAndType`: HTTP 400; retry: never; category: invalid_argument.
    /// The request is forbidden: modify id and type.
    ForbbidenModifyIdAndType,
    /// `InvalidParam.ModifyRouterInterface`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: modify router interface.
    InvalidParamModifyRouterInterface,
    /// `InvalidInstanceOwner.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance owner: error.
    InvalidInstanceOwnerError,
    /// `InvalidInstance.StatusError`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance: status error.
    InvalidInstanceStatusError,
    /// `InvalidOpposite.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid opposite: not found.
    InvalidOppositeNotFound,
    /// `IllegalParam.chargeType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: charge type.
    IllegalParamChargeType,
    /// `InvalidParam.SecurityGroupRuleId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: security group rule id.
    InvalidParamSecurityGroupRuleId,
    /// `InvalidOperation.ModifySgRuleEntityType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: modify sg rule entity type.
    InvalidOperationModifySgRuleEntityType,
    /// `InvalidParam.ProtocolAndPortRangeMismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: protocol and port range mismatch.
    InvalidParamProtocolAndPortRangeMismatch,
    /// `InvalidParam.ProtocolAndAddressFamilyMismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: protocol and address family mismatch.
    InvalidParamProtocolAndAddressFamilyMismatch,
    /// `InvalidParam.InvalidModifyRuleRequest`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid modify rule request.
    InvalidParamInvalidModifyRuleRequest,
    /// `InvalidOperation.ModifyNicType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: modify nic type.
    InvalidOperationModifyNicType,
    /// `SecurityGroupRule.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Security group rule: not found.
    SecurityGroupRuleNotFound,
    /// `InvalidSecurityGroupRuleId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid security group rule id: not found.
    InvalidSecurityGroupRuleIdNotFound,
    /// `InvalidParameter.InnerAccessPolicy`: HTTP 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: inner access policy.
    InvalidParameterInnerAccessPolicy,
    /// `InvalidOperation.DecreaseRetentionDaysUnsupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: decrease retention days unsupported.
    InvalidOperationDecreaseRetentionDaysUnsupported,
    /// `InvalidSnapshotDisableInstantAccess.Malformed`: HTTP 404; retry: never; category: not_found.
    /// Invalid snapshot disable instant access: malformed.
    InvalidSnapshotDisableInstantAccessMalformed,
    /// `MissingParameter.StorageCapacityUnitId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: storage capacity unit id.
    MissingParameterStorageCapacityUnitId,
    /// `InvalidAction.UserForbidden`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid action: user forbidden.
    InvalidActionUserForbidden,
    /// `InvalidVRouterName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v router name: malformed.
    InvalidVRouterNameMalformed,
    /// `InvalidVRouterDiscription.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v router discription: malformed.
    InvalidVRouterDiscriptionMalformed,
    /// `InvalidVRouterId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid v router id: not found.
    InvalidVRouterIdNotFound,
    /// `InvalidIp.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ip: malformed.
    InvalidIpMalformed,
    /// `Forbidden.CircuitCodeNotAllowedByCaller`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: circuit code not allowed by caller.
    ForbiddenCircuitCodeNotAllowedByCaller,
    /// `Forbidden.VlanIdNotAllowedByCaller`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: vlan id not allowed by caller.
    ForbiddenVlanIdNotAllowedByCaller,
    /// `InvalidRegion.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid region: malformed.
    InvalidRegionMalformed,
    /// `IllegalCidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal cidr block.
    IllegalCidrBlock,
    /// `ParamExclusive.EnableIpv6AndCidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// Param exclusive: enable ipv6 and cidr block.
    ParamExclusiveEnableIpv6AndCidrBlock,
    /// `OperationFailed.ClassicLinkEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: classic link enabled.
    OperationFailedClassicLinkEnabled,
    /// `InvalidStartTime.ScopeNotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time: scope not match.
    InvalidStartTimeScopeNotMatch,
    /// `InvalidParameter.Capacity`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: capacity.
    InvalidParameterCapacity,
    /// `MissingParameter.Capacity`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: capacity.
    MissingParameterCapacity,
    /// `ReopenInstance.InstanceNotEnoughBalance`: HTTP 400; retry: never; category: invalid_argument.
    /// Reopen instance: instance not enough balance.
    ReopenInstanceInstanceNotEnoughBalance,
    /// `ReopenInstance.ImageNotEnoughBalance`: HTTP 400; retry: never; category: invalid_argument.
    /// Reopen instance: image not enough balance.
    ReopenInstanceImageNotEnoughBalance,
    /// `ReopenInstance.InstanceStatusNotValid`: HTTP 400; retry: never; category: invalid_argument.
    /// Reopen instance: instance status not valid.
    ReopenInstanceInstanceStatusNotValid,
    /// `InvalidPayType.NotSupport`: HTTP 404; retry: never; category: not_found.
    /// Invalid pay type: not support.
    InvalidPayTypeNotSupport,
    /// `LoginAsNonRoot.ImageNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Login as non root: image not support.
    LoginAsNonRootImageNotSupport,
    /// `DiskHasSnapshotsWithInstantAccessEnabled.OperationNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Disk has snapshots with instant access enabled: operation not supported.
    DiskHasSnapshotsWithInstantAccessEnabledOperationNotSupported,
    /// `LoginAsNonRoot.RegionNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Login as non root: region not support.
    LoginAsNonRootRegionNotSupport,
    /// `InvalidSourceSnapshot`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid source snapshot.
    InvalidSourceSnapshot,
    /// `SharedImageDeleted`: HTTP 403; retry: never; category: permission_denied.
    /// Shared image deleted.
    SharedImageDeleted,
    /// `InvalidOperation.Conflict`: HTTP 409; retry: never; category: aborted.
    /// Invalid operation: conflict.
    InvalidOperationConflict,
    /// `OperationFailed.VlanIdAlreadyInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: vlan id already in use.
    OperationFailedVlanIdAlreadyInUse,
    /// `InvalidDedicatedHostStatus.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid dedicated host status: malformed.
    InvalidDedicatedHostStatusMalformed,
    /// `InvalidInstanceStatus.Unstopped`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance status: unstopped.
    InvalidInstanceStatusUnstopped,
    /// `InvalidOperation.RedeployInstance`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: redeploy instance.
    InvalidOperationRedeployInstance,
    /// `Invalid.Action.ReleaseCapacityReservation`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: action, release capacity reservation.
    InvalidActionReleaseCapacityReservation,
    /// `InvalidOperation.ReleasePrivatePoolUnsupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: release private pool unsupported.
    InvalidOperationReleasePrivatePoolUnsupported,
    /// `IncorrectHostStatus.Initializing`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect host status: initializing.
    IncorrectHostStatusInitializing,
    /// `InstanceExist`: HTTP 403; retry: never; category: permission_denied.
    /// Instance exist.
    InstanceExist,
    /// `OperationDenied.DedicatedHostShared`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: dedicated host shared.
    OperationDeniedDedicatedHostShared,
    /// `TaskConflict.AssociateGlobalAccelerationInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Task conflict: associate global acceleration instance.
    TaskConflictAssociateGlobalAccelerationInstance,
    /// `OperationUnsupported.ServiceManaged`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Operation unsupported: service managed.
    OperationUnsupportedServiceManaged,
    /// `DryRunOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Dry run operation.
    DryRunOperation,
    /// `InvalidIpAddress.NeedInstanceId`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid ip address: need instance id.
    InvalidIpAddressNeedInstanceId,
    /// `OperationTimesOverLimit`: HTTP 403; retry: never; category: permission_denied.
    /// Operation times over limit.
    OperationTimesOverLimit,
    /// `Forbidden.ExceedDuration`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: exceed duration.
    ForbiddenExceedDuration,
    /// `InvalidRemovedIpAddresses.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid removed ip addresses: not found.
    InvalidRemovedIpAddressesNotFound,
    /// `invalidRemovedIpAddresses.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid removed ip addresses: not found.
    InvalidRemovedIpAddressesNotFound2,
    /// `InvalidRebootTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid reboot time: malformed.
    InvalidRebootTimeMalformed,
    /// `InvalidInstanceType.codeUnauthorized`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance type: code unauthorized.
    InvalidInstanceTypeCodeUnauthorized,
    /// `InvalidInternetChargeType.InstanceNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid internet charge type: instance not supported.
    InvalidInternetChargeTypeInstanceNotSupported,
    /// `Upgrade.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Upgrade: not supported.
    UpgradeNotSupported,
    /// `InvalidPeriod.ExceededMaximumExpirationDate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid period: exceeded maximum expiration date.
    InvalidPeriodExceededMaximumExpirationDate,
    /// `Idempotence.Processing`: HTTP 400; retry: never; category: invalid_argument.
    /// Idempotence: processing.
    IdempotenceProcessing,
    /// `InvalidLoanOrderStatus.Uncompleted`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid loan order status: uncompleted.
    InvalidLoanOrderStatusUncompleted,
    /// `OperationDenied.UnfinishedOrder`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: unfinished order.
    OperationDeniedUnfinishedOrder,
    /// `InvalidPeriod.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid period: not found.
    InvalidPeriodNotFound,
    /// `InvalidExpectedRenewDay.StarterPackageNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid expected renew day: starter package not supported.
    InvalidExpectedRenewDayStarterPackageNotSupported,
    /// `InvalidParam.ExpectedRenewDay`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: expected renew day.
    InvalidParamExpectedRenewDay,
    /// `QuotaExceed.AlignInstance`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: align instance.
    QuotaExceedAlignInstance,
    /// `OperationDenied.AbnormalInstanceInfo`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: abnormal instance info.
    OperationDeniedAbnormalInstanceInfo,
    /// `Diskcategory.Mismatch`: HTTP 403; retry: never; category: permission_denied.
    /// Diskcategory: mismatch.
    DiskcategoryMismatch,
    /// `Instance.UnPaidOrder`: HTTP 403; retry: never; category: permission_denied.
    /// Instance: un paid order.
    InstanceUnPaidOrder,
    /// `InvalidDisk.NotAllowed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid disk: not allowed.
    InvalidDiskNotAllowed,
    /// `InstanceTypeNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Instance type not supported.
    InstanceTypeNotSupported,
    /// `InvalidChargeType.NotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid charge type: not supported.
    InvalidChargeTypeNotSupported,
    /// `RenewDateNotSupported.StarterPackage`: HTTP 403; retry: never; category: permission_denied.
    /// Renew date not supported: starter package.
    RenewDateNotSupportedStarterPackage,
    /// `MissingParameter.ReservedInstanceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: reserved instance ids.
    MissingParameterReservedInstanceIds,
    /// `InvalidParameter.ReservedInstanceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: reserved instance ids.
    InvalidParameterReservedInstanceIds,
    /// `InvalidPeriod.ExceededMaximumExpiration`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid period: exceeded maximum expiration.
    InvalidPeriodExceededMaximumExpiration,
    /// `InvalidSystemDiskSize.ImageNotSupportResize`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid system disk size: image not support resize.
    InvalidSystemDiskSizeImageNotSupportResize,
    /// `MissingParameter.Architecture`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: architecture.
    MissingParameterArchitecture,
    /// `MissingParameter.Platform`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: platform.
    MissingParameterPlatform,
    /// `InvalidDatadisk.DiskStatusViolation`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid datadisk: disk status violation.
    InvalidDatadiskDiskStatusViolation,
    /// `InvalidDatadisk.DiskCategoryViolation`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid datadisk: disk category violation.
    InvalidDatadiskDiskCategoryViolation,
    /// `InvalidDatadisk.ChargeTypeViolation`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid datadisk: charge type violation.
    InvalidDatadiskChargeTypeViolation,
    /// `InvalidRegionId.NotSupportReplaceEncryptedSystemDisk`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid region id: not support replace encrypted system disk.
    InvalidRegionIdNotSupportReplaceEncryptedSystemDisk,
    /// `InvalidSystemDiskStatus.IsTransfering`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid system disk status: is transfering.
    InvalidSystemDiskStatusIsTransfering,
    /// `INST_HAS_UNPAID_ORDER`: HTTP 403; retry: never; category: permission_denied.
    /// INST HAS UNPAID ORDER.
    InstHasUnpaidOrder,
    /// `OperationDenied.InstanceCreating`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: instance creating.
    OperationDeniedInstanceCreating,
    /// `InvalidHostname.MismatchImage`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid hostname: mismatch image.
    InvalidHostnameMismatchImage,
    /// `InvalidDiskId.NotSupportReplaceEncryptedSystemDisk`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid disk id: not support replace encrypted system disk.
    InvalidDiskIdNotSupportReplaceEncryptedSystemDisk,
    /// `IncorrectDiskStatus.HasUnfinishedSnapshot`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect disk status: has unfinished snapshot.
    IncorrectDiskStatusHasUnfinishedSnapshot,
    /// `Disk.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Disk: not found.
    DiskNotFound,
    /// `InvalidParam.Type`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: type.
    InvalidParamType,
    /// `OperationDenied.NotEnoughCapacity`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: not enough capacity.
    OperationDeniedNotEnoughCapacity,
    /// `InvalidDiskSize.TooLarge`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid disk size: too large.
    InvalidDiskSizeTooLarge,
    /// `InvalidDiskSize`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid disk size.
    InvalidDiskSize,
    /// `InvalidOperation.InstanceTypeNotSupportOnlineResize`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: instance type not support online resize.
    InvalidOperationInstanceTypeNotSupportOnlineResize,
    /// `InvalidDiskSize.NotSupportResizeOnline`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid disk size: not support resize online.
    InvalidDiskSizeNotSupportResizeOnline,
    /// `InvalidOperation.MultiAttachDiskNotSupportResizeOnline`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: multi attach disk not support resize online.
    InvalidOperationMultiAttachDiskNotSupportResizeOnline,
    /// `InvalidIpPortRange.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ip port range: malformed.
    InvalidIpPortRangeMalformed,
    /// `InvalidParam.SecurityGroupRuleIdRepeated`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: security group rule id repeated.
    InvalidParamSecurityGroupRuleIdRepeated,
    /// `InvalidSecurityGroupRule.RuleNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security group rule: rule not exist.
    InvalidSecurityGroupRuleRuleNotExist,
    /// `InvalidGroupAuthItem.NotFound`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid group auth item: not found.
    InvalidGroupAuthItemNotFound,
    /// `InvalidDestCidrIp.sMalformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid dest cidr ip: s malformed.
    InvalidDestCidrIpSMalformed,
    /// `InsufficientBalance.AgentCredit`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient balance: agent credit.
    InsufficientBalanceAgentCredit,
    /// `InvalidParam.SecondaryNetworkInterface`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: secondary network interface.
    InvalidParamSecondaryNetworkInterface,
    /// `InvalidPrimaryIpAddress.SizeInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid primary ip address: size invalid.
    InvalidPrimaryIpAddressSizeInvalid,
    /// `InvalidInstanceName.CustomMalformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance name: custom malformed.
    InvalidInstanceNameCustomMalformed,
    /// `InvalidIoOptimize.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid io optimize: value not supported.
    InvalidIoOptimizeValueNotSupported,
    /// `InvalidMinAmount.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid min amount: malformed.
    InvalidMinAmountMalformed,
    /// `InvalidMaxAmount.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid max amount: malformed.
    InvalidMaxAmountMalformed,
    /// `OperationDenied.NoVlan`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: no vlan.
    OperationDeniedNoVlan,
    /// `InvalidInstanceType.ElasticNetworkInterfaceNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance type: elastic network interface not supported.
    InvalidInstanceTypeElasticNetworkInterfaceNotSupported,
    /// `InvalidRelationResource.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid relation resource: not found.
    InvalidRelationResourceNotFound,
    /// `IncorrectRecycleBinStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect recycle bin status.
    IncorrectRecycleBinStatus,
    /// `InvalidParam.NetworkInterface`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: network interface.
    InvalidParamNetworkInterface,
    /// `InvalidPeriodType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid period type: value not supported.
    InvalidPeriodTypeValueNotSupported,
    /// `InvalidSnapshotId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid snapshot id: malformed.
    InvalidSnapshotIdMalformed,
    /// `InvalidSecurityGroup.VpcMismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security group: vpc mismatch.
    InvalidSecurityGroupVpcMismatch,
    /// `InvalidSecurityGroupId.MultiGroupIdNetworkTypeConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security group id: multi group id network type conflict.
    InvalidSecurityGroupIdMultiGroupIdNetworkTypeConflict,
    /// `InvalidManagedPrivateSpaceId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid managed private space id: not found.
    InvalidManagedPrivateSpaceIdNotFound,
    /// `InvalidSchedulerOptions`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid scheduler options.
    InvalidSchedulerOptions,
    /// `NotSupportSnapshotEncrypted.InstanceType`: HTTP 400; retry: never; category: invalid_argument.
    /// Not support snapshot encrypted: instance type.
    NotSupportSnapshotEncryptedInstanceType,
    /// `NotSupportSnapshotEncrypted.ImageOwnerAlias`: HTTP 400; retry: never; category: invalid_argument.
    /// Not support snapshot encrypted: image owner alias.
    NotSupportSnapshotEncryptedImageOwnerAlias,
    /// `NoPermission.SystemTag`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission: system tag.
    NoPermissionSystemTag,
    /// `InvalidZoneId.NotSupportShareEncryptedImage`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid zone id: not support share encrypted image.
    InvalidZoneIdNotSupportShareEncryptedImage,
    /// `InvalidZoneId.NotSupportCreateWithShareEncryptedImage`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid zone id: not support create with share encrypted image.
    InvalidZoneIdNotSupportCreateWithShareEncryptedImage,
    /// `InvalidAccount.NotSupportSpot`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account: not support spot.
    InvalidAccountNotSupportSpot,
    /// `AccountForbidden.AssociatedWithResellerPartner`: HTTP 400; retry: never; category: invalid_argument.
    /// Account forbidden: associated with reseller partner.
    AccountForbiddenAssociatedWithResellerPartner,
    /// `InvalidAutoPay.PostPaidUnsupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid auto pay: post paid unsupported.
    InvalidAutoPayPostPaidUnsupported,
    /// `InvalidParameter.PrivateIpAddressRepeated`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: private ip address repeated.
    InvalidParameterPrivateIpAddressRepeated,
    /// `InvalidParameter.EniNumExceededWithLaunchEcs`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: eni num exceeded with launch ecs.
    InvalidParameterEniNumExceededWithLaunchEcs,
    /// `InvalidParam.IpCount`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: ip count.
    InvalidParamIpCount,
    /// `InvalidParameter.EniType`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: eni type.
    InvalidParameterEniType,
    /// `InvalidParameter.NetworkInterface`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: network interface.
    InvalidParameterNetworkInterface,
    /// `InvalidParameter.Combination`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: combination.
    InvalidParameterCombination,
    /// `InvalidHostname.SingleAndMultiConflict`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid hostname: single and multi conflict.
    InvalidHostnameSingleAndMultiConflict,
    /// `InvalidHostname.SizeInvalid`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid hostname: size invalid.
    InvalidHostnameSizeInvalid,
    /// `InvalidParams.InstanceNameExceed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid params: instance name exceed.
    InvalidParamsInstanceNameExceed,
    /// `InvalidParams.HostnameExceed`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid params: hostname exceed.
    InvalidParamsHostnameExceed,
    /// `OperationDenied.SnapshotNotValid`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: snapshot not valid.
    OperationDeniedSnapshotNotValid,
    /// `OperationDenied.ZoneNotAllowed`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: zone not allowed.
    OperationDeniedZoneNotAllowed,
    /// `OperationDenied.ZoneSystemCategoryNotMatch`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: zone system category not match.
    OperationDeniedZoneSystemCategoryNotMatch,
    /// `OperationDenied.ResourceControl`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: resource control.
    OperationDeniedResourceControl,
    /// `OperationDenied.SnapshotParamsNotValid`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: snapshot params not valid.
    OperationDeniedSnapshotParamsNotValid,
    /// `OperationDenied.DiskTypeNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: disk type not support.
    OperationDeniedDiskTypeNotSupport,
    /// `InvalidParam.TrustedSystemMode`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: trusted system mode.
    InvalidParamTrustedSystemMode,
    /// `InvalidParam.ConfidentialComputingMode`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: confidential computing mode.
    InvalidParamConfidentialComputingMode,
    /// `InvalidSecurityOptions.NotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid security options: not supported.
    InvalidSecurityOptionsNotSupported,
    /// `DryRun.InvalidAmount`: HTTP 403; retry: never; category: permission_denied.
    /// Dry run: invalid amount.
    DryRunInvalidAmount,
    /// `InvalidOperation.NetworkInterface`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: network interface.
    InvalidOperationNetworkInterface,
    /// `InvalidParam.SecondaryIp`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: secondary ip.
    InvalidParamSecondaryIp,
    /// `InvalidParam.Amount`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: amount.
    InvalidParamAmount,
    /// `InvalidParam.CpuOptionsCore`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: cpu options core.
    InvalidParamCpuOptionsCore,
    /// `InvalidParam.CpuOptionsNuma`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: cpu options numa.
    InvalidParamCpuOptionsNuma,
    /// `InvalidManagedPrivateSpaceId.DedicatedHostIdConflict`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid managed private space id: dedicated host id conflict.
    InvalidManagedPrivateSpaceIdDedicatedHostIdConflict,
    /// `InvalidManagedPrivateSpaceId.TenancyConflict`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid managed private space id: tenancy conflict.
    InvalidManagedPrivateSpaceIdTenancyConflict,
    /// `InvalidOperation.ConfidentialComputingModeInInviteOnlyTesting`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: confidential computing mode in invite only testing.
    InvalidOperationConfidentialComputingModeInInviteOnlyTesting,
    /// `InvalidOperation.InvalidNetworkInterfaceId`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: invalid network interface id.
    InvalidOperationInvalidNetworkInterfaceId,
    /// `InvalidOperation.RegionNotSupportNetworkInterfaceId`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: region not support network interface id.
    InvalidOperationRegionNotSupportNetworkInterfaceId,
    /// `InvalidSecurityGroupId`: HTTP 404; retry: never; category: not_found.
    /// Invalid security group id.
    InvalidSecurityGroupId,
    /// `OperationDenied.CreatingConflict`: HTTP 404; retry: never; category: not_found.
    /// Operation denied: creating conflict.
    OperationDeniedCreatingConflict,
    /// `InvalidVSwitchId.NotExist`: HTTP 404; retry: never; category: not_found.
    /// Invalid v switch id: not exist.
    InvalidVSwitchIdNotExist,
    /// `InvalidAutoSnapshotPolicyId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid auto snapshot policy id: not found.
    InvalidAutoSnapshotPolicyIdNotFound,
    /// `FileTargetDir.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// File target dir: invalid.
    FileTargetDirInvalid,
    /// `FileMode.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// File mode: invalid.
    FileModeInvalid,
    /// `FileContent.DecodeError`: HTTP 400; retry: never; category: invalid_argument.
    /// File content: decode error.
    FileContentDecodeError,
    /// `FileContentType.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// File content type: invalid.
    FileContentTypeInvalid,
    /// `InvalidParameter.FileOwner`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: file owner.
    InvalidParameterFileOwner,
    /// `InvalidParameter.FileGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: file group.
    InvalidParameterFileGroup,
    /// `FileSize.ExceedLimit`: HTTP 403; retry: never; category: permission_denied.
    /// File size: exceed limit.
    FileSizeExceedLimit,
    /// `FileName.ExceedLimit`: HTTP 403; retry: never; category: permission_denied.
    /// File name: exceed limit.
    FileNameExceedLimit,
    /// `FileDesc.ExceedLimit`: HTTP 403; retry: never; category: permission_denied.
    /// File desc: exceed limit.
    FileDescExceedLimit,
    /// `StartImagePipelineExecution.Failed`: HTTP 500; retry: never; category: internal.
    /// Start image pipeline execution: failed.
    StartImagePipelineExecutionFailed,
    /// `OperationDenied.SpotPriceLowerThanPublicPrice`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: spot price lower than public price.
    OperationDeniedSpotPriceLowerThanPublicPrice,
    /// `OperationDenied.HostRepairing`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: host repairing.
    OperationDeniedHostRepairing,
    /// `PortNumber.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Port number: invalid.
    PortNumberInvalid,
    /// `SessionCount.ExceedLimit`: HTTP 403; retry: never; category: permission_denied.
    /// Session count: exceed limit.
    SessionCountExceedLimit,
    /// `PortForwarding.NotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Port forwarding: not supported.
    PortForwardingNotSupported,
    /// `UserBehavior.SessionManagerDisabled`: HTTP 403; retry: never; category: permission_denied.
    /// User behavior: session manager disabled.
    UserBehaviorSessionManagerDisabled,
    /// `InvalidCommandLine.Conflict`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid command line: conflict.
    InvalidCommandLineConflict,
    /// `InvalidTargetServer.MissingPortNumber`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid target server: missing port number.
    InvalidTargetServerMissingPortNumber,
    /// `InvalidCommandLine.LengthLimitExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid command line: length limit exceeded.
    InvalidCommandLineLengthLimitExceeded,
    /// `InvalidInstanceIds.CountLimitExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance ids: count limit exceeded.
    InvalidInstanceIdsCountLimitExceeded,
    /// `InvalidOperation.SecurityGroupRuleDenied`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: security group rule denied.
    InvalidOperationSecurityGroupRuleDenied,
    /// `InstanceType.ParameterMismatch`: HTTP 403; retry: never; category: permission_denied.
    /// Instance type: parameter mismatch.
    InstanceTypeParameterMismatch,
    /// `InvalidInstanceId.NotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance id: not support.
    InvalidInstanceIdNotSupport,
    /// `HibernationConfigured.NotEnabled`: HTTP 403; retry: never; category: permission_denied.
    /// Hibernation configured: not enabled.
    HibernationConfiguredNotEnabled,
    /// `NoPermissionKey.Scope`: HTTP 403; retry: never; category: permission_denied.
    /// No permission key: scope.
    NoPermissionKeyScope,
    /// `Forbidden.VbrAttached`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: vbr attached.
    ForbiddenVbrAttached,
    /// `InvalidIpStatus.HasBeenUsedBySnatTable`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ip status: has been used by snat table.
    InvalidIpStatusHasBeenUsedBySnatTable,
    /// `InvalidIpStatus.HasBeenUsedByForwardEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ip status: has been used by forward entry.
    InvalidIpStatusHasBeenUsedByForwardEntry,
    /// `InvalidStatus.SnatOrDnat`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: snat or dnat.
    InvalidStatusSnatOrDnat,
    /// `ResourceNotAssociated`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not associated.
    ResourceNotAssociated,
    /// `Forbidden.UnassociateMaster`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: unassociate master.
    ForbiddenUnassociateMaster,
    /// `Param.Conflict`: HTTP 403; retry: never; category: permission_denied.
    /// Param: conflict.
    ParamConflict,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 2119] = [
        "MissingParameter",
        "InvalidParameter",
        "OperationDenied.AcceptNotSupported",
        "OperationConflict",
        "OperationFail.DiskCategoryNotSupported",
        "OperationFail.DiskStatusNotSupported",
        "OperationFail.InstanceStatusNotSupported",
        "SwitchToOffline.OnlineIsolateFail",
        "SwitchToOffline.OnlineReinitFail",
        "IncorrectInstanceStatus",
        "InvalidEventId.NoInquiringEventFound",
        "IncorrectStatus",
        "Forbidden.FinancialLocked",
        "Forbbiden",
        "InvalidRegionId.NotFound",
        "InvalidRouterInterfaceId.NotFound",
        "InvalidIpCount.ValueNotSupported",
        "QuotaExceeded.BandwidthPackageIps",
        "AllocateIpFailed",
        "InvalidBandwidthPackageId.NotFound",
        "InvalidTagKey.Malformed",
        "InvalidTagValue.Malformed",
        "OperationDenied.QuotaExceed",
        "InvalidTag.Mismatch",
        "InvalidTagCount",
        "Duplicate.TagKey",
        "InvalidResourceId.NotSupported",
        "QuotaExceed.Tags",
        "TagKey.Duplication",
        "InvalidResourceId.NotFound",
        "InvalidResourceType.NotFound",
        "InvalidInstanceType.ValueUnauthorized",
        "InvalidDescription.Malformed",
        "InvalidParameter.Conflict",
        "InvalidAutoRenewPeriod.ValueNotSupported",
        "InvalidDedicatedHostType.ValueNotSupported",
        "RegionUnauthorized",
        "Zone.NotOnSale",
        "OperationDenied",
        "InvalidPeriodUnit.ValueNotSupported",
        "QuotaExceed.AfterpayDedicatedHost",
        "InvalidChargeType.ValueNotSupported",
        "InvalidParameter.SlbUdpTimeout",
        "InvalidParameter.UdpTimeout",
        "InvalidParameter.Quantity",
        "InvalidDedicatedHostPrice.NotFound",
        "InvalidDedicatedHostType.CpuOverCommitRatioNotSupported",
        "InvalidCpuOverCommitRatio.ValueNotSupported",
        "OperationDenied.NoStock",
        "NodeControllerUnavailable",
        "InvalidParameter.ResourceOwnerAccount",
        "InvalidUserData.Forbidden",
        "Zone.NotOpen",
        "InvalidResourceType.NotSupported",
        "InvalidDedicatedHostType.ZoneNotSupported",
        "InvalidUserData.Base64FormatInvalid",
        "InvalidParameter.NotMatch",
        "Account.Arrearage",
        "InvalidZoneId.NotFound",
        "PaymentMethodNotFound",
        "InvalidDedicatedHostName.Malformed",
        "InvalidDedicatedHostClusterId.NotFound",
        "InvalidDedicatedHostClusterId.ExceedMaxSize",
        "InvalidParameter.ActionOnMaintenance",
        "InternalError",
        "QueryParameter.Illegal",
        "COMMODITY_NO_EXIST",
        "QuotaExceeded.Eip",
        "InsufficientBalance",
        "ReserveIpFail",
        "InvalidRegion.NotSupport",
        "InvalidBandwidth.Malformed",
        "COMMODITY.INVALID_COMPONENT",
        "INSTANCE_TYPE_NOT_SUPPORT",
        "OrderFailed",
        "QuotaExceeded.LargeSpecEip",
        "PAYFOR.CREDIT_PAY_INSUFFICIENT_BALANCE",
        "SYSTEM.SALE_VALIDATE_UNEXPECTED_ERROR",
        "InvalidComponent.EipBandwidthMax",
        "OperationFailed.RiskControl",
        "OperationFailed.SaleValidate",
        "IllegalParam.OrderParamComponent",
        "OperationFailed.SaleExpression",
        "OperationFailed.SyncOrderToSub",
        "OperationFailed.CompleteUserInfo",
        "OperationFailed.QueryPrice",
        "OperationFailed.InvokeInnerApi",
        "OperationFailed.AccountMoneyInvalid",
        "OperationFailed.QueryCredtiInfo",
        "OperationFailed.QueryUserLabel",
        "FrequentPurchase.EIP",
        "PAY.INSUFFICIENT_BALANCE",
        "ORDER.QUANTITY_INVALID",
        "PAY.MAYI_WITHHOLDING_AGREEMENT_ILLEGAL",
        "OrderError.EIP",
        "IellgalParameter.OwnerAccount",
        "FUWU_BIZ_COMMODITY_VERIFY_FAIL",
        "InsufficientEipCapacity",
        "InvalidOperation.AllocateFailed",
        "InvalidIpAddress.Malformed",
        "InsufficientPublicIp",
        "AllocateIpInvalidInstanceBandwidth",
        "OperationDenied.CloudboxNotSupport",
        "OperationDenied.DedicatedRegionNotSupported",
        "InstanceLockedForSecurity",
        "InstanceExpiredOrInArrears",
        "IpInUse",
        "AllocatedAlready",
        "AllocateIp.Fail",
        "NAT_PUBLIC_IP_BINDING_FAILED",
        "NAT_PUBLIC_IP_ALLOCATE_FAILED",
        "InvalidIpAddress.NotPublic",
        "InvalidInstanceId.NotFound",
        "InvalidVlanId.NotFound",
        "InvalidIpAddress.NotFound",
        "DiskCategory.OperationNotSupported",
        "PartofDiskCategory.OperationNotSupported",
        "ParameterInvalid",
        "InvalidAccountStatus.NotEnoughBalance",
        "InvalidAccountStatus.SnapshotServiceUnavailable",
        "InvalidDiskId.NotFound",
        "UnsupportedParameter",
        "InvalidInstanceID.Malformed",
        "InValidParameter",
        "InvalidParams.EniId",
        "InvalidOperation.InvalidEcsState",
        "InvalidOperation.InvalidEniState",
        "InvalidPrivateIpAddress.Duplicated",
        "IncorrectVSwitchStatus",
        "InvalidUserType.NotSupported",
        "Abs.InvalidAccount.NotFound",
        "Forbedden.NotSupportRAM",
        "Forbbiden.SubUser",
        "InvalidOperation.InvalidEniType",
        "MaxEniIpv6IpsCountExceeded",
        "InvalidIp.IpUnassigned",
        "InvalidIp.IpRepeated",
        "InvalidIp.IpAssigned",
        "InvalidIp.Address",
        "InvalidOperation.EniCountExceeded",
        "InvalidOperation.Ipv4CountExceeded",
        "InvalidOperation.Ipv6CountExceeded",
        "InvalidOperation.Ipv6NotSupport",
        "InvalidOperation.Ipv4NotSupport",
        "InvalidVSwitch.Ipv6NotTurnOn",
        "InvalidParam.IpAssign",
        "InvalidVSwitchId.IpInvalid",
        "Forbidden.RegionId",
        "InvalidOperation.EniServiceManaged",
        "SecurityGroupInstanceLimitExceed",
        "InvalidOperation.HighPerformanceTrafficModeEniNotSupport",
        "InvalidOperation.EniTypeNotSupport",
        "InvalidIp.IpPrefixIllegal",
        "InvalidIp.IpPrefixMaskIllegal",
        "InvalidIp.IpPrefixMaskInvalid",
        "InvalidIp.IpPrefixMaskNotSame",
        "InvalidIp.IpPrefixMustInReserveSegment",
        "InvalidIp.IpPrefixNotAvailable",
        "InvalidIp.IpPrefixNotStrict",
        "InvalidVSwitchId.IpPrefixNotEnough",
        "InvalidEniId.NotFound",
        "InvalidOperation.VSwitchIpv6Disabled",
        "InvalidOperation.EnableIpv6Failed",
        "InvalidOperation.HasIpv6RouteEntry",
        "InvalidOperation.VSwitchCidrReservationNotExist",
        "InvalidOperation.RegionNotSupportIpPrefix",
        "Throttling",
        "InvalidOperation.Unsupported",
        "InvalidOperation.DetachPrimaryEniNotAllowed",
        "InvalidAction",
        "InvalidEniId.Malformed",
        "InvalidPrivateIpAddress.Malformed",
        "InvalidSecondaryPrivateIpAddressCount.Malformed",
        "QuotaExceeded.PrivateIpAddress",
        "InvalidOperation.InstanceNotSupportMulitipleIp",
        "InvalidStatus.InstanceIsMigrating",
        "Forbidden.NotSupportRAM",
        "Forbidden.SubUser",
        "MaxEniCountExceeded",
        "EniPerInstanceLimitExceeded",
        "InvalidOperation.AvailabilityZoneMismatch",
        "InvalidOperation.VpcMismatch",
        "InvalidSecurityGroupId.NotVpc",
        "InvalidVSwitchId.IpNotEnough",
        "MaxEniPrivateIpsCountExceeded",
        "Operation.Conflict",
        "InvalidEcsId.NotFound",
        "InvalidVSwitchId.NotFound",
        "InvalidSecurityGroupId.NotFound",
        "InvalidAction.Denied",
        "InvalidAssociation.Duplicated",
        "InvalidParameter.Mismatch",
        "IncorrectEipStatus",
        "InvalidInstanceType.ValueNotSupported",
        "IncorrectHaVipStatus",
        "TaskConflict",
        "InvalidBindingStatus",
        "BIND_INSTANCE_HAVE_PORTMAP_OR_BIND_EIP",
        "EIP_CAN_NOT_ASSOCIATE_WITH_PUBLIC_IP",
        "BIND_INSTANCE_OWENER_ERROR",
        "QuotaExceeded.NumberOfTrafficEip",
        "QuotaExceeded.NumberOfEip",
        "InvalidEipBandwidth.OutOfMaxValue",
        "Forbidden.EipCanNotBindGatgw",
        "Forbidden.InstanceBandwidthNotZero",
        "InvalidStatus.EcsStatusNotSupport",
        "NATGATEWAY_FINANCIALLOCKED",
        "InvalidParameter.InstanceTypeNotSupport",
        "InstanceType.NotSupport",
        "InvalidParams.NotFound",
        "BindInstance.NotSupported",
        "ServerRegion.Invalid",
        "Eni.Attached",
        "Invalid.DirectEip.BindType",
        "InvalidStatus.EniStatusNotSupport",
        "InvalidParameter.EniInstanceId",
        "InvalidNexthop.DirectEni",
        "InvalidEIPStatus.BizDisabled",
        "OperationFailed.EniSubIp",
        "InvalidEip.EipQuotaExceeded",
        "OperationFailed.QueryCommodityInfo",
        "OperationUnsupported.MultiIp",
        "InvalidNicOrVm.NotFound",
        "OperationUnsupported.EipBindModel",
        "IncorrectStatus.NatGateway",
        "InvalidParameter.BindingInstanceRegion",
        "OperationFailed.HavipBoundPortmap",
        "InvalidStatus.NotAllow",
        "InvalidInstance.NotVpc",
        "InvalidStatus.InstanceHasBandWidth",
        "OperationDenied.CloudBoxResourceExist",
        "InvalidAllocationId.NotFound",
        "InvalidInstanId.NotFound",
        "InvalidHaVip.NotFound",
        "Forbidden.RegionNotFound",
        "InvalidInstance.NotExist",
        "ServiceUnavailable",
        "InvalidVip.Status",
        "CountLimitExceed.HaVipOnInstance",
        "CountLimitExceeded.HaVipOnECSInstance",
        "OperationFailed.DistibuteLock",
        "Forbidden.HaVip",
        "OperationUnsupported.BindMultipleType",
        "InvalidHaVip.Exist",
        "InvalidHaVipId.NotFound",
        "InvalidRegionId.Malformed",
        "InvalidVpcId.Malformed",
        "InvalidInstanceId.MalFormed",
        "InvalidParameter.InvalidInstanceIdAndVpcId",
        "InvalidStatus.InstanceStatus",
        "InvalidInstanceId.NotBelong",
        "QuotaExceeded",
        "InvalidStatus.InstanceLocked",
        "InvalidInstanceId.LimitedRegion",
        "InvalidDevice.Malformed",
        "InvalidRegionId.MalFormed",
        "InvalidOperation.InstanceTypeNotSupport",
        "InvalidDisk.DiskNotBootable",
        "InvalidInstance.NotOriginInstance",
        "InvalidParameter.AllEmpty",
        "InvalidParameterForce.DiskCategoryNotSupported",
        "InvalidParameterForce.PrepaidDiskNotSupported",
        "InvalidParameterForce.MultiAttachDiskNotSupported",
        "InvalidParameterForce.RegionNotSupported",
        "InstanceDiskLimitExceeded",
        "InvalidDevice.InUse",
        "IncorrectDiskStatus",
        "DiskNotPortable",
        "ResourcesNotInSameZone",
        "DiskInArrears",
        "DiskError",
        "DiskId.ValueNotSupported",
        "DiskId.StatusNotSupported",
        "IncorrectInstanceStatus.NotSupportESSD",
        "UserNotInTheWhiteList",
        "InvalidParameter.KMSKeyId.CMKNotEnabled",
        "InvalidParameter.KMSKeyId.CMKUnauthorized",
        "InvalidParameter.KMSKeyId.KMSUnauthorized",
        "DependencyViolation.WindowsInstance",
        "InvalidInstanceType.NotSupportDiskCategory",
        "InvalidInstanceType.NotSupportPL0",
        "InvalidInstanceType.NvmeRequired",
        "InvalidInstanceType.NvmeUnsupported",
        "InvalidInstanceType.NotSupportMultiAttachDisk",
        "DiskAttachedNumberExceeded",
        "InvalidOperation.CanNotAttachMultiAttachDiskAsSystemDisk",
        "DeleteWithInstance.Conflict",
        "InvalidParameter.DeleteWithInstance",
        "InvalidOperation.OtherInstanceUnsupported",
        "InvalidInstance.ZoneConflict",
        "InvalidDisk.InUse",
        "InvalidInstanceIds.Malformed",
        "InvalidNetworkType.MismatchRamRole",
        "InvalidUser.PassRoleForbidden",
        "InvalidRamRole.NotFound",
        "InvalidRamRole.NotEcsRole",
        "InvalidKeyPairName.NotFound",
        "InvalidInstanceIds.ValueNotSupported",
        "DependencyViolation.IoOptimize",
        "InstanceKeyPairLimitExceeded",
        "InvalidOperation.InvalidRegion",
        "InvalidOperation.InvalidGeneration",
        "InvalidParameter.NetworkCardIndexInvalid",
        "InvalidOperation.UserNotSupportNetworkCard",
        "InvalidOperation.ConnectionTrackingConfigNotSupportMemberEni",
        "InvalidEni.NotSameVpc",
        "InvalidOperation.MultiGroupType",
        "InvalidOperation.NotSupportEnterpriseGroup",
        "InvalidOperation.EipBindModel",
        "InvalidOperation.HotPlugNotSupport",
        "InvalidInstance.NetworkType",
        "InvalidOperation.InvalidTrunkEniStatus",
        "InvalidOperation.TrunkingIsNotAllowed",
        "InvalidOperation.InstanceTypeNotSupportEniTrunking",
        "InvalidOperation.EniTypeNotSupportTrunking",
        "InvalidOperation.EniTrunkDeviceFull",
        "InvalidParameter.EniNotBelongTrunk",
        "InvalidOperation.EniTypeNotSupportAttachToTrunk",
        "InvalidParameter.EniNotBelongEcs",
        "InvalidParameter.InvalidEniQueueNumber",
        "InvalidOperation.MaxEniQueueNumberExceeded",
        "InvalidOperation.ExceedInstanceTypeQueueNumber",
        "InvalidOperation.HighPerformanceTrafficModeNotSupportTrunkEni",
        "InvalidOperation.HighPerformanceTrafficModeNotSupportMemberEni",
        "InvalidOperation.InstanceTypeNotSupportHighPerformanceTrafficMode",
        "InvalidOperation.EniTrafficModeNotSupportIpv6",
        "InvalidOperation.MaxEniQueuePairNumberExceed",
        "InvalidParameter.InvalidQueuePairNumber",
        "InvalidOperation.EniQueuePairNumberOverflow",
        "InvalidOperation.HighPerformanceEniPerInstanceLimitExceeded",
        "InvalidIpProtocol.Malformed",
        "InvalidSourceCidrIp.Malformed",
        "InvalidPolicy.Malformed",
        "InvalidNicType.ValueNotSupported",
        "InvalidNicType.Mismatch",
        "InvalidSourceGroupId.Mismatch",
        "InvalidSourceGroup.NotFound",
        "InvalidPriority.Malformed",
        "InvalidPriority.ValueNotSupported",
        "InvalidSecurityGroupDiscription.Malformed",
        "InvalidSecurityGroup.InvalidNetworkType",
        "MissingParameter.Source",
        "InvalidParam.PortRange",
        "InvalidIpProtocol.ValueNotSupported",
        "InvalidSecurityGroupId.Malformed",
        "InvalidParamter.Conflict",
        "InvalidSourcePortRange.Malformed",
        "InvalidPortRange.Malformed",
        "InvalidParam.SourceIp",
        "InvalidParam.DestIp",
        "InvalidParam.Ipv6DestCidrIp",
        "InvalidParam.Ipv6SourceCidrIp",
        "InvalidParam.Ipv4ProtocolConflictWithIpv6Address",
        "InvalidParam.Ipv6ProtocolConflictWithIpv4Address",
        "InvalidParameter.Ipv6CidrIp",
        "InvalidGroupAuthParameter.OperationDenied",
        "InvalidDestCidrIp.Malformed",
        "InvalidParam.PrefixListAddressFamilyMismatch",
        "NotSupported.ClassicNetworkPrefixList",
        "AuthorizedGroupRule.LimitExceed",
        "InvalidParam.SourceCidrIp",
        "InvalidParam.DestCidrIp",
        "InvalidParam.Permissions",
        "InvalidParam.DuplicatePermissions",
        "InvalidGroupParameter.OperationDenied",
        "AuthorizationLimitExceed",
        "InvalidNetworkType.Mismatch",
        "InvalidNetworkType.Conflict",
        "InvalidOperation.ResourceManagedByCloudProduct",
        "LimitExceed.PrefixListAssociationResource",
        "InvalidSourceGroupId.NotFound",
        "InvalidPrefixListId.NotFound",
        "InvalidDestGroupId.Mismatch",
        "InvalidDestGroup.NotFound",
        "MissingParameter.Dest",
        "InvalidSecurityGroup.IsSame",
        "InvalidDestGroupId.NotFound",
        "ImageCreatedNotFromCopy",
        "IncorrectImageStatus",
        "CancelNotSupported",
        "InvalidImageId.NotFound",
        "InvalidStatus.CancelFailed",
        "InvalidStatus.ImagePipelineExecution",
        "InvalidImagePipelineExecution.NotFound",
        "Forbidden.NotAllowedInState",
        "InvalidPhysicalConnectionId.NotFound",
        "EventIdLimitExceeded",
        "CannotCancelSystemEvent.NotSimulated",
        "InvalidEventId.NotFound",
        "InvalidTaskId.NotFound",
        "InvalidTaskId.TaskActionNotSupport",
        "InvalidTaskId.IncorrectTaskStatus",
        "CancelTaskFailed",
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
        "InvalidParameter.CloudboxNotSupported",
        "InvalidInstanceId.PlanedChange",
        "InvalidEndTime.OperateNotSupport",
        "InvalidInstanceStatus.Released",
        "InvalidInstance.ZeroBandwidth",
        "InvalidInternetChargeType.ValueNotSupported",
        "MaxEIPQuotaExceeded",
        "Forbidden.InvalidPublicBandwidth",
        "InvalidInstance.OverduePayment",
        "EIPMaxBandwidthExceeded",
        "Forbidden.RiskControl",
        "UnsupportedPublicIpWithIsp",
        "InvalidInstance.IpAddressMissing",
        "SourceRegion.NotFound",
        "DestinationRegion.NotFound",
        "InvalidSnapshotId.NotFound",
        "InvalidImageName.Duplicated",
        "InvalidParameter.EncryptedIllegal",
        "InvalidEncrypted.NotMatchEncryptAlgorithm",
        "InvalidEncryptAlgorithm",
        "InvalidEncrypted.NotMatchKmsKeyId",
        "OperationDenied.CommunityImage",
        "InvalidImageName.Malformed",
        "InvalidParameter.KmsNotEnabled",
        "InvalidAliUid.IsNull",
        "QuotaExceed.Image",
        "QuotaExceed.Snapshot",
        "OperationDenied.ImageCopying",
        "RegionNotSupportCopy",
        "InvalidSnapshot.TooOld",
        "IncorrectDestinationRegion",
        "SizeExceed.Image",
        "OperationDeined.EncryptedSnapshot",
        "OperationDenied.SameRegionOnly",
        "OperationDenied.NotPublished",
        "OperationDenied.NotAuthorized",
        "OperationDenied.EncryptSnapshotAcrossRegion",
        "InvalidRegionId.NotSupportEncryptAlgorithm",
        "OperationDenied.KmsServiceUnauthorized",
        "OperationDenied.NonCompliantDestinationRegion",
        "InvalidParameter.KMSKeyId.NotFound",
        "InvalidResourceGroup.NotFound",
        "InvalidSnapshotId.EncryptedNotSupport",
        "InvalidSnapshotCategory.NotSupportCopy",
        "InvalidUser.NotInWhiteList",
        "InvalidParamter",
        "InvalidSnapshotId.NotReady",
        "InvalidOperation.Unauthorized",
        "InvalidOperation.UnfinishedCrossRegionCopy",
        "InvalidOperation.NotSupportCopyInSameRegion",
        "InvalidSnapshotName.Malformed",
        "InvalidRetentionDays.Malformed",
        "InvalidRegionId.NotSupportedEncryptedSnapshotCopy",
        "InvalidRegionId.NotExists",
        "InvalidEncrypted.NotSupportDecrypt",
        "InvalidSnapshotCategory.NotSupportCrossRegionCopy",
        "InvalidSnapshotCategory.NotSupportEncryptedCopy",
        "InvalidParameter.DataEncryptedKeyCreateFailed",
        "InvalidKMSKeyId.NotSymmetric",
        "QuotaExceed.SnapshotQuota",
        "InvalidOperation.UnfinishedEncryptedSnapshotCopy",
        "InvalidParameterDestinationStorageLocationArn.Unauthorized",
        "InvalidParameterDestinationStorageLocationArn.RegionNotMatch",
        "InvalidSnapshot.StorageLocationNotSupported",
        "InvalidSnapshot.EncryptedNotSupported",
        "InvalidParameterDestinationStorageLocationArn.Malformed",
        "RegionId.ApiNotSupported",
        "InstanceName.ExceedLimit",
        "InstanceName.InvalidPattern",
        "ActivationDesc.ExceedLimit",
        "ActivationLimitation.Invalid",
        "AddressRange.InvalidPattern",
        "ActivationCount.ExceedLimit",
        "ActivationTTL.ExceedLimit",
        "NumberExceed.Tags",
        "MissingParameter.TagKey",
        "Operation.Forbidden",
        "InvalidStatus.ResourceGroup",
        "InternalError.Dispatch",
        "InvalidAutoProvisioningGroupName.Malformed",
        "InvalidAutoProvisioningGroupType.ValueNotSupported",
        "InvalidFleetExcessCapacityTerminationPolicy.ValueNotSupported",
        "InvalidDefaultTargetCapacityType.ValueNotSupported",
        "InvalidSpotAllocationStrategy.ValueNotSupported",
        "InvalidSpotInstanceInterruptionBehavior.ValueNotSupported",
        "InvalidPayAsYouGoAllocationStrategy.ValueNotSupported",
        "MissingParameter.SpotAllocationStrategy",
        "MissingParameter.LaunchTemplateConfigs",
        "InvalidValidTime.MalFormed",
        "InvalidLaunchTemplateVersion.ValueNotSupported",
        "InvalidRegion.ValueNotSupported",
        "InvalidDescription.ValueNotSupported",
        "InvalidLaunchTemplate.ValueNotSupported",
        "InvalidCapacity.ValueNotSupported",
        "InvalidLaunchTemplateConfigs.SizeExceed",
        "InvalidParameter.SpotInstancePoolsToUseCount",
        "InvalidParameter.ResourceGroupId",
        "InvalidParameter.TargetCapacity",
        "MissingParameter.WeightedCapacity",
        "InvalidParameter.WeightedCapacityBeyondRange",
        "InvalidParameter.MaxPrice",
        "NoPermission",
        "Duplicate.DiskCategory",
        "InvalidImageFamily.Confict",
        "InvalidSnapshotPolicyName.Malformed",
        "InvalidParameter.Encrypted.KmsNotEnable",
        "InvalidParam.EncryptedMismatch",
        "AutoSnapshotPolicy.QuotaExceed",
        "InvalidParameter.TargetCopyRegions",
        "InvalidParameter.CopiedSnapshotsRetentionDays",
        "InvalidOperation.KMSKeyIdNotFound",
        "Abs.InvalidAction.RegionNotSupport",
        "NoStock",
        "MissingParameter.RegionId",
        "InvalidStartTime.NotSupported",
        "InvalidStartTime.MalFormed",
        "Invalid.PrivatePoolOptionsName.MalFormed",
        "Invalid.ZoneId",
        "Invalid.InstanceType",
        "DedicatedHostNotSupported",
        "SpotNotSupported",
        "ClassicNetworkNotSupported",
        "Invalid.InstanceId",
        "Invalid.PrivatePoolOptions.MatchCriteria",
        "MissingParameter.PrivatePoolOptions.Id",
        "Invalid.PrivatePoolOptions.Id",
        "Invalid.InstanceChargeType",
        "Invalid.PrivatePoolOptions.status",
        "InvalidPlatform.ValueNotSupported",
        "InvalidAliUid",
        "MissingParameter.PackageType",
        "MissingParameter.PrivatePoolOptions.Ids",
        "MissingParameter.InstanceCpuCoreCount",
        "MissingParameter.InstanceAmount",
        "MissingParameter.InstanceCpuCoreCountOrInstanceAmount",
        "Invalid.TooManyPrivatePoolOptions.Ids",
        "Invalid.TooManyZoneIds",
        "Invalid.TooManyInstanceTypes",
        "Invalid.TooManyUnpaidPrivatePool",
        "Invalid.InstanceCpuCoreCountOrInstanceAmount",
        "Invalid.PrivatePoolOptions.Ids",
        "Invalid.PackageType",
        "Invalid.PrivatePool.Purchase",
        "Invalid.AssuranceTimes.NotSupported",
        "RepeatStartPrivatePool",
        "Invalid.TimeSlot",
        "Invalid.EndTime",
        "StartTime.NotNeed",
        "AccountForbidden.ProductCreationLimited",
        "PriceNotFound",
        "InvalidInstanceType.NotSupported",
        "Invalid.ZoneIds",
        "CmdParam.EmptyKey",
        "CmdParam.InvalidParamName",
        "CmdContent.DecodeError",
        "InvalidParameter.WorkingDir",
        "CmdContent.ExceedLimit",
        "CmdName.ExceedLimit",
        "CmdDesc.ExceedLimit",
        "CmdCount.ExceedQuota",
        "CmdParamCount.ExceedLimit",
        "CmdParamName.ExceedLimit",
        "InvalidParameterCharacter.CommandName",
        "InvalidParameterCharacter.CommandDescription",
        "InvalidParameterCharacter.CommandWorkingDir",
        "InvalidCmdType.NotFound",
        "InvalidZone.NotFound",
        "QuotaExceed.Region",
        "QuotaExceed.Zone",
        "InvalidParam.Zone",
        "MissingParamter.RegionId",
        "InvalidRegion.NotFound",
        "InvalidInstanceType.NotSupportDemand",
        "InvalidTemporary.EndTime",
        "InvalidTemporary.StartTime",
        "InvalidDemandName.Malformed",
        "InvalidInstanceType.NotMatch",
        "InvalidDemandStatus.NotSupported",
        "QuotaExceed.EcsDemand",
        "Forbidden.RAM",
        "InvalidInstanceChargeType.NotFound",
        "InvalidStatus.ValueNotSupported",
        "InvalidInstanceType.NotFound",
        "InvalidDeploymentSetName.Malformed",
        "InvalidParameter.Domain",
        "InvalidParameter.Strategy",
        "InvalidParameter.granularity",
        "DependencyViolation.domain.granularity",
        "DependencyViolation.strategy.granularity",
        "DeploymentSet.GroupQuotaFull",
        "InvalidParameter.GroupCount",
        "QuotaExceed.DeploymentSet",
        "InvalidParameter.MetricId",
        "InvalidResource.NotExists",
        "InvalidAxt.ServiceNotReady",
        "Forbidden.CreateSLR",
        "InvalidSize.ValueNotSupported",
        "InvalidDiskName.Malformed",
        "InvalidDiskCategory.NotSupported",
        "InvalidDiskCategory.ValueNotSupported",
        "InvalidDataDiskCategory.ValueNotSupported",
        "InvalidDataDiskSize.ValueNotSupported",
        "InvalidDiskSize.NotSupported",
        "InvalidDiskSizeOrCategory",
        "InvalidParameter.EncryptedNotSupported",
        "EncryptedOption.Conflict",
        "InvalidParameter.Arns",
        "InvalidPerformanceLevel.Malformed",
        "InvalidDiskCategory.ConflictSnapshotCategory",
        "InvalidEncrypted.NotMatchSnapshot",
        "InvalidEncryptAlgorithm.NotMatchSnapshot",
        "InvalidKmsKeyId.NotMatchSnapshot",
        "InvalidPerformanceLevel.ValueNotSupported",
        "InvalidStorageSetId.NotFound",
        "InvalidStorageClusterId.StatusNotSupport",
        "InvalidStorageClusterId.ConflictWithStorageSetId",
        "InvalidStorageClusterId.ConflictWithInstanceId",
        "InvalidStorageClusterId.CategoryNotMatch",
        "InvalidStorageClusterId.PerformanceLevelNotMatch",
        "InvalidStorageClusterId.CapacityNotEnough",
        "InvalidCloudBoxZone.EncryptedNotSupported",
        "InvalidInstance.NotFoundSystemDisk",
        "ProvisionedIopsForDiskCategoryUnsupported",
        "InvalidProvisionedIops.LimitExceed",
        "BurstingEnabledForDiskCategoryUnsupported",
        "BurstingEnabledForMultiAttachDiskUnsupported",
        "ProvisionedIopsForDiskCategoryRequired",
        "NotSupportSnapshotEncrypted.RegionId",
        "NotSupportSnapshotEncrypted.ZoneId",
        "NotSupportSnapshotEncrypted.ShareImage",
        "NotSupport.SnapshotEncryptedAlgorithmConflict",
        "QuotaExceed.DiskCapacity",
        "InsufficientBalance.AgentAccount",
        "InvalidZoneId.DiskCategoryUnsupported",
        "InvalidStorageSetId.DiskCategoryUnsupported",
        "InvalidStorageClusterId.DiskCategoryUnsupported",
        "InvalidDataDiskCategory.NotSupported",
        "InstanceDiskCategoryLimitExceed",
        "InvalidSnapshot.NotReady",
        "InvalidSnapshot.TooLarge",
        "QuotaExceed.PortableCloudDisk",
        "InvalidDiskCategory.ValueUnauthorized",
        "InvalidSnapshotId.NotDataDiskSnapshot",
        "InvalidDiskSize.TooSmall",
        "InvalidPayMethod",
        "QuotaExceed.PostPaidDisk",
        "SecurityRisk.3DVerification",
        "InvalidParameter.AdvancedFeatures",
        "InvalidInstanceChargeType.ValueNotSupported",
        "InvalidStatus.Upgrading",
        "InvalidParam.ZoneIdAndInstanceId.Conflict",
        "OperationDenied.PerformanceLevelNotMatch",
        "InvalidStorageSetName.Malformed",
        "InvalidMaxPartitionNumber.Malformed",
        "InvalidParameter.StorageSetPartitionNumber",
        "InvalidParameter.StorageSetId",
        "InvalidParameter.StorageSetZoneId",
        "QuotaExceeded.PostpaidDataDiskCapacity",
        "OperationDenied.SnapshotNotAllowed",
        "LastTokenProcessing",
        "InvalidParameter.MultiAttach",
        "InvalidParameter.MultiAttachAndInstanceIdConflict",
        "InvalidParameter.DiskCategoryAndMultiAttachConflict",
        "InvalidParameter.DiskCategoryAndMultiAttachNotMatch",
        "OperationDenied.ZoneNotSupportMultiAttachDisk",
        "InvalidAccountStatus.CouponAmountNotEnough",
        "InvalidOperation.CreateFromSnapshotUnsupported",
        "NotSupportSnapshotEncrypted.DiskCategory",
        "InvalidEncrypted.DefaultEncryptionUnsupported",
        "InvalidStorageClusterId.NotExist",
        "Invalid.PeriodUnit",
        "OperationUnsupported.ForwardEntry",
        "InvalidExternalIp.Malformed",
        "InvalidInternalIp.Malformed",
        "InvalidExternalPort.Malformed",
        "InvalidInternalPort.Malformed",
        "Forbidden.DestnationIpOutOfVpcCIDR",
        "InvalidProtocal.ValueNotSupported",
        "IncorretForwardEntryStatus",
        "ForwardEntry.Duplicated",
        "Invalid.natgwNotExist",
        "InvalidIp.NotInNatgw",
        "OperationFailed.InstacneBindEip",
        "DuplicatedParam.ExternalPort",
        "DuplicatedParam.InternalPort",
        "UnsupportedFeature.PrivateLinkEnabled",
        "UnsupportedFeature.PortSegment",
        "OperationFailed.AnyPortConfig",
        "QuotaExceeded.ForwardEntry",
        "IncorrectStatus.NatIp",
        "Forbidden.IpHasBeenUsedInSnat",
        "Forbidden.DestinationIpOutOfVswitchCIDR",
        "Forbidden.ExternalIp.UsedInSnatTable",
        "Forbidden.InternalIpOutOfVpcCIDR",
        "AnyPort.PortMustBeZero",
        "InvalidParameter.Name.Malformed",
        "IncorrectStatus.ForwardEntry",
        "Duplicated.DestinationPort",
        "OperationUnsupported.EipInBinding",
        "QuotaExceeded.ForwardEntrySessionManytoOne",
        "InvalidForwardTableId.NotFound",
        "InvalidExternalIp.NotFound",
        "ResourceNotFound.NatIp",
        "System.Error",
        "InvalidIPAddress.OutOfRange",
        "InvalidIPAddress.NotAvailable",
        "InvalidIPAddress.AlreadyUsed",
        "InvalidIPAddress.Malformed",
        "InvalidVSwitch.NotFound",
        "InvalidPrivateIp.NotFound",
        "CountLimitExceed.HaVipInVpc",
        "QuotaExceeded.HaVip",
        "InvalidHpcClusterName.Malformed",
        "InvalidHpcClusterDescription.Malformed",
        "Invalid.Parameter",
        "InvalidImageVersion.Malformed",
        "InvalidDiskCategory.CreateImage",
        "InvalidArchitecture.Malformed",
        "InvalidPlatform.Malformed",
        "InvalidParameter.DiskType",
        "InvalidImageFamily.Malformed",
        "ImageQuotaExceed.ImageFamily",
        "ImageFamilyQuotaExceed",
        "InvalidDiskType.ValueNotSupported",
        "IdempotenceParamNotMatch",
        "InvalidBootMode.NotSupport",
        "IncorrectDiskStatus.NeverAttached",
        "IncorrectDiskStatus.Invalid",
        "OperationDenied.InvalidSnapshotCategory",
        "IncorrectDiskStatus.Transferring",
        "InvalidSystemSnapshot.Missing",
        "IncorrectDiskStatus.CreatingSnapshot",
        "InvalidSnapshotCategory.NotSupportImageCreation",
        "TooManySnapshot.Unfinished",
        "HibernationConfigured.InstanceOperationForbidden",
        "SnapshotNotReady",
        "IncorrectInstanceStatus.NeedRestart",
        "InvalidCommand.Component",
        "InvalidName.Malformed",
        "InvalidSystemType.NotSupportedValue",
        "InvalidComponentType.NotSupportedValue",
        "InvalidContent.LengthExceeded",
        "InvalidImageTemplateCommandSize.ExceededMaxNumber",
        "InvalidImageTemplateCommand.NotSupported",
        "InvalidCommandContent.RUN",
        "InvalidCommandContent.ENV",
        "InvalidCommandContent.WORKDIR",
        "InvalidCommandContent.COPY",
        "InvalidCommandContent.USER",
        "InvalidCommandContent.CMD",
        "InvalidCommandContent.ENTRYPOINT",
        "MissingParameter.Content",
        "EmptyCommandContent.RUN",
        "EmptyCommandContent.ENV",
        "EmptyCommandContent.LABEL",
        "EmptyCommandContent.COPY",
        "EmptyCommandContent.ENTRYPOINT",
        "EmptyCommandContent.CMD",
        "NotEmptyCommandContent.RESTART",
        "EmptyCommandContent.WORKDIR",
        "EmptyCommandContent.USER",
        "QuotaExceed.ImageComponent",
        "NotSupportedCommand.FROM",
        "InvalidSourceInstance.NotFound",
        "InvalidBaseImageType.NotSupportedValue",
        "InvalidSystemDiskSize.NotSupportedValue",
        "InvalidInternetMaxBandwidthOut.NotSupportedValue",
        "InvalidAddAccountSize.ExceededMaxNumber",
        "InvalidToRegionIdSize.ExceededMaxNumber",
        "InvalidBuildContent.LengthExceeded",
        "DuplicatedCommand.FROM",
        "InvalidCommandOrder.FROM",
        "InvalidCommandContent.FROM",
        "QuotaExceed.ImagePipeline",
        "ImagePipeline.NotSupportWindowsInstance",
        "InvalidImage.NotFound",
        "ImageComponent.NotFound",
        "InvalidStorageClusterId.ZoneIdEmpty",
        "InvalidStorageClusterId.DiskSizeEmpty",
        "InvalidSystemDiskCategory.ValueNotSupported",
        "InvalidHostName.Malformed",
        "InvalidPassword.Malformed",
        "InvalidPasswordParam.Mismatch",
        "InvalidDiskDescription.Malformed",
        "InvalidDataDevice.Malformed",
        "InvalidNodeControllerId.Malformed",
        "InvalidInnerIpAddress.Malformed",
        "InvalidInnerIpAddress.Unusable",
        "ImageNotSupportCloudInit",
        "InvalidSnapshotId.BasedSnapshotTooOld",
        "QuotaExceed.AfterpayInstance",
        "InvalidMarketImageChargeType.NotSupport",
        "InvalidInstanceName.Malformed",
        "InvalidPrivateIpAddress",
        "ResourceNotAvailable",
        "InvalidDiskCategory.Mismatch",
        "InvalidIoOptimizedValue.ValueNotSupported",
        "MissingParamter",
        "InvalidPeriod",
        "InvalidParameter.Bandwidth",
        "InvalidUserData.SizeExceeded",
        "InvalidUserData.NotSupported",
        "InstanceDiskNumber.LimitExceed",
        "InvalidSpotStrategy",
        "InvalidSpotParam.EmptyZoneID",
        "InvalidSpotPriceLimit",
        "InvalidSpotDuration",
        "InvalidSpotAuthorized",
        "InvalidSpotPrepaid",
        "InvalidSpotAliUid",
        "InvalidSystemDiskSize.ValueNotSupported",
        "InvalidSpotPriceLimit.LowerThanPublicPrice",
        "InvalidHpcClusterId.Unnecessary",
        "InvalidVSwitchId.Necessary",
        "InvalidHpcClusterId.Necessary",
        "InvalidHpcClusterId.NotFound",
        "InvalidHpcClusterId.Creating",
        "InvalidSecurityGroup.NotInDefaultVpc",
        "VpcNotFound",
        "InvalidSpotInterruptionBehavior",
        "OperationDenied.IllegalPaymentPolicy",
        "InvalidDeploymentOnHost",
        "InvalidInstanceChargeType.NotSupport",
        "InvalidNetworkType.NotSupported",
        "InvalidDedicatedHostId.NotFound",
        "InvalidDedicatedHostStatus.NotSupport",
        "IncorrectDedicatedHostStatus",
        "ChargeTypeViolation.PostPaidDedicatedHost",
        "InvalidPeriod.ExceededDedicatedHost",
        "DedicatedHostType.Unmatched",
        "NoAvaliableDedicatedHost",
        "InvalidParameter.Affinity",
        "InvalidParameter.Tenancy",
        "InvalidParam.Tenancy",
        "InvalidParameter.CreditSpecification",
        "InvalidVpcZone.NotSupported",
        "IncorrectDefaultVpcStatus",
        "IoOptimized.NotSupported",
        "InvalidClientToken.ValueNotSupported",
        "InvalidCapacityReservationId.NotFound",
        "LackResource",
        "InvalidAccountStatus.PayAmountLimitExceeded",
        "InvalidSecurityGroup.NetworkType",
        "QuotaExceeded.PrepayDataDiskCapacity",
        "InvalidCustomInstanceType.NotSupported",
        "UnexpectedImageFamily.ImageIdSupplied",
        "InvalidHttpEndpoint.NotSupported",
        "InvalidHttpTokens.NotSupported",
        "InvalidHttpPutResponseHopLimit.NotSupported",
        "InvalidOperation.VpcHasEnabledAdvancedNetworkFeature",
        "InvalidChargeType.CapacityReservationNotSupported",
        "InvalidDedicatedHostClusterId.InValid",
        "InvalidOperation.UserNotSupported",
        "InvalidDeploymentSetId.NotFound",
        "MissingParameter.PrivatePoolOptionsId",
        "Invalid.PrivatePoolOptionsId",
        "Invalid.PrivatePoolOptions.NoStock",
        "HibernationConfigured.InstanceTypeNotSupport",
        "HibernationConfigured.ImageNotEncrypted",
        "HibernationConfigured.MemorySizeTooBig",
        "InvalidSystemDiskSize.LessThanMemSize",
        "InvalidCloudBoxZone.OperationNotSupported",
        "InvalidInternetMaxBandwidthOut.Malformed",
        "InvalidInternetMaxBandwidthIn.Malformed",
        "InvalidDestinationZone.DeploymentSetMismatch",
        "NoPermission.Price",
        "InvalidParameter.DedicatedRegionNotSupported",
        "ImageNotSubscribed",
        "InvalidSystemDiskCategory.ValueUnauthorized",
        "ImageRemovedInMarket",
        "CategoryNotSupported",
        "InstanceDiskNumLimitExceed",
        "ImageNotSupportInstanceType",
        "QuotaExceed.BuyImage",
        "InvalidClusterId.NotFound",
        "InvalidInstanceType.ZoneNotSupported",
        "OperationDenied.ImageNotValid",
        "InstanceType.Offline",
        "RealNameAuthenticationError",
        "InvalidImage.NotSupported",
        "IncorrectVpcStatus",
        "OperationDenied.InvalidNetworkType",
        "InvalidSpotInterruptionBehavior.ClassicNetworkNotSupport",
        "InvalidSpotInterruptionBehavior.LocalDiskNotSupport",
        "QuotaExceed.DeploymentSetInstanceQuotaFull",
        "InvalidVSwitch.DefaultVSwitchNotSupport",
        "OperationDenied.LocalDiskUnsupported",
        "OperationDenied.InconsistentNetwork",
        "DefaultVswitch.Existed",
        "CategoryViolation",
        "InvalidDisk.SystemDiskSize",
        "Mayi.InternalError",
        "InvalidNetworkType",
        "InvalidAccountStatus",
        "OperationDenied.RegionIdNotSupported",
        "OperationDenied.FlavorNotSupported",
        "OperationDenied.TimestampNotSupported",
        "OperationDenied.PrepayNotAvailable",
        "OperationDenied.PaygNotAvailable",
        "EnterpriseGroupLimited.MutliGroupType",
        "EnterpriseGroupLimited.InstanceType",
        "InternalError.AllocateUnderlayIp",
        "OperationDenied.BidOwnResource",
        "OperationDenied.CloudSSDNotSupported",
        "InvalidVPCStatus.NotWorking",
        "QuotaExceed.ElasticQuota",
        "InvalidImageFamily.MissingAvailableImage",
        "Forbidden.OnlySupportEnterpriseGroup",
        "InvalidOperation.PublicIpAddressNoStock",
        "InvalidDataDiskSnapshotId.NotFound",
        "DependencyViolation.IoOptimized",
        "HOSTNAME_ILLEGAL",
        "InvalidSystemDiskSize.LessThanImageSize",
        "InvalidSystemDiskSize.LessThanMinSize",
        "InvalidSystemDiskSize.MoreThanMaxSize",
        "InvalidSystemDiskSize",
        "InvalidMarketImage.NotFound",
        "DeploymentSet.NotFound",
        "InvalidDiskIds.NotPortable",
        "Throttling.Resource",
        "InvalidImage.OSType",
        "InvalidKeyPairName.Malformed",
        "KeyPair.AlreadyExist",
        "QuotaExceed.KeyPair",
        "InvalidRegion.NotExist",
        "InvalidLaunchTemplateName.Malformed",
        "InvalidParams.CreateEniParams",
        "LaunchTemplateLimitExceed",
        "LaunchTemplateName.Duplicated",
        "LaunchTemplateVersionLimitExceed",
        "InvalidLaunchTemplate.NotFound",
        "InvalidVPCStatus",
        "InvalidNatGatewayName.MalFormed",
        "InvalidNatGatewayDescription.MalFormed",
        "MissingParameter.BandwidthPackage",
        "RouterEntryConflict.Duplicated",
        "ParameterIllegal",
        "ZONE_NO_AVAILABLE_IP",
        "InvalidNatGatewayId.NotFound",
        "InvalidParameter.Spec.ValueNotSupported",
        "OperationUnsupported.MultiNatGateway",
        "VswitchStatusError",
        "Forbidden.CheckEntryRuleQuota",
        "OperationFailed.UnpaidBillsExist",
        "IncorrectStatus.RouteEntry",
        "IncorrectStatus.RouteTableStatus",
        "OperationFailed.TokenVerfiy",
        "IllegalParam.Name",
        "InvalidVpcId.NotFound",
        "VPC_ONLY_CAN_CREATE_ONE_NAT_GATEWAY",
        "OperationFailed.CrateEntryTimeOut",
        "OrderError.NatGateway",
        "JoinedGroupLimitExceed",
        "InvalidParameter.SecurityGroupIdRepeated",
        "InvalidSecurityGroupId.SingleIdAndMultiIdConflict",
        "InvalidEniQueueSize.RegionOrUserNotSupported",
        "InvalidParameter.EniQueueSize",
        "InvalidConnectionTrackingConfiguration.RegionOrUserNotSupported",
        "InvalidParameter.EniConnectionTrackingConfiguration",
        "InvalidOperation.NotSupport",
        "InvalidOperation.BoundingEniSlaveQuotaExceed",
        "InvalidParameter.EniTrafficMode",
        "InvalidOperation.HighPerformanceTrafficModeIsNotAllowed",
        "InvalidParameter.QueuePairNumberMustEmpty",
        "InvalidParams.NetworkInterfaceName",
        "InvalidOperation.MaxEniIpv6IpsCountExceeded",
        "InvalidOperation.AddressAlreadyAllocated",
        "InvalidOperation.AddressNotInVSwitchCidr",
        "InvalidOperation.SlaveEniMustHaveBondingEni",
        "NotBelongUser",
        "InvalidOperation.PermissionExisted",
        "InvalidOperation.PermissionNotExisted",
        "Invalid.Status",
        "InvalidAccessPointId.NotEnabled",
        "InvalidType.Malformd",
        "InvalidPeerLocation.Malformd",
        "InvalidLineOperator.Malformd",
        "InvalidPortType.Malformd",
        "InvalidRedundantPhysicalConnectionId.NotFound",
        "QuotaExceeded.pConnPerAP",
        "InvalidBandwidth",
        "InvalidRedundantPhysicalConnection",
        "InvalidRedundantPhysicalConnectionStatus",
        "InvalidCircuitCode.Malformed",
        "QuotaExceeded.freePconnPerAP",
        "InvalidPhysicalConnectionOperator.Malformed",
        "InvalidPhysicalConnectionPortType.Malformed",
        "InvalidPhysicalConnectionBandwidth.Malformed",
        "IllegalParam.ClientToken",
        "InvalidAccessPointId.NotFound",
        "InvalidPortType.NotFound",
        "InvalidParameter.AddressFamily",
        "InvalidParameter.PrefixListName",
        "InvalidParameter.CidrMalformed",
        "InvalidParameter.CidrDuplicated",
        "LimitExceed.Entry",
        "LimitExceed.MaxEntries",
        "LimitExceed.PrefixListPerRegion",
        "InvalidCidrBlock.Malformed",
        "InvalidCIDRBlock.Duplicate",
        "IncorrectRouteEntryStatus",
        "InvalidCidrBlock",
        "InvalidNextHopType",
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
        "Forbidden.PrivateIpNotFound",
        "RouteConflict.AlreadyExist",
        "OperationUnsupported.InactiveMode",
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
        "QuotaExceeded.HaVipRouteEntry",
        "OperationFailed.InvalidNexthop",
        "OperationFailed.NotifyCenDelete",
        "InvalidNatGateway.NotFound",
        "OperationFailed.CxpRouteExist",
        "OperationFailed.NotifyCenCreate",
        "OperationFailed.GetEniInfo",
        "QuotaExceeded.EcmpRouteEntryNextHopCount",
        "OperationFailed.InvalidNextHopType",
        "OperationUnsupported.InvalidRouterInterfaceType",
        "OperationFailed.MultiScopeType",
        "InvalidNextHopId.NotFound",
        "InvalidRouteTableId.NotFound",
        "InvalidNetworkInterface.NotFound",
        "InvalidVpc.NotFound",
        "OperationFailed.InstanceDismatchCurrentVpc",
        "InvalidIpv6Gateway.NotFound",
        "InvalidPrice.NotFound",
        "InvalidAliuid",
        "InvalidBandwidth.NotEnough",
        "InvalidRole.ValueNotSupported",
        "InvalidSpec.ValudNotSupported",
        "InvalidRouterType.ValueNotSupported",
        "InvalidOppositeRouterType.ValueNotSupported",
        "ParameterMismatch.Role-Spec",
        "QuotaExceed.RouterInterface",
        "LimitationExceed.InterfaceNumberOnRouter",
        "InvalidParam.NotFound",
        "InvalidAccessPoint.NotMatch",
        "InvalidAccessPoint.NotExist",
        "ForbiddenAction",
        "Forbidden.AcceptRoleNotSupportPrePay",
        "IllegalParam.HealthcheckIp",
        "OperationFailed.HcForInvalidRiType",
        "IllegalParam.CrossBorderBandwidth",
        "IllegalParam.VRouterType",
        "IllegalParam.Spec",
        "Forbidden.CrossBorder",
        "InvalidRouterId.NotFound",
        "INVAID_VBR_STATUS",
        "InvalidRouterInterfaceSpec.Malformed",
        "InvalidCommodity.NotFound",
        "InvalidRouterInterfaceChargeType.Malformed",
        "IllegalParam.RegionId",
        "InvalidOppositeRegionId.NotFound",
        "Forbidden.NotInRouterInterfaceCreateWhitelist",
        "RI_CREATE_ONE_LIMIT_BY_SYNC",
        "InvalidAccessPoint.ValueNotAllowed",
        "InvalidSecurityGroupName.Malformed",
        "InvalidParams.GroupType",
        "InvalidParams.VpcIdGroupType",
        "QuotaExceed.SecurityGroup",
        "IdempotentProcessing",
        "InvalidNotBefore.Passed",
        "SimulatedEventLimitExceeded",
        "InstanceIdLimitExceeded",
        "CreateSnapshot.Failed",
        "IncorrectDiskStatus.NeverUsed",
        "IncorrectVolumeStatus",
        "IdempotentParameterMismatch",
        "IncorrectDiskType.NotSupport",
        "InvalidSnapshotCategory.Malformed",
        "InvalidAction.Unauthorized",
        "InvalidRegion.NotSupportSnapshotInstantAccessRegion",
        "InvalidCategoryAndInstantAccess.Malformed",
        "DISK_HAS_CREATING_SNAPSHOT",
        "InvalidInstantAccessRetentionDays.Malformed",
        "CloudBoxNotSupportSnapshotWithInstantAccess",
        "InvalidVolumeId.NotFound",
        "InvalidDiskIds.NotInSameZone",
        "MissingParamter.InstanceId",
        "InvalidParam.ExcludeDiskIdsAndDiskIds.Conflict",
        "InvalidParameter.Name",
        "InvalidParameter.Description",
        "IncorrectDiskStatus.TooManyCreatingSnapshots",
        "InvalidInstance.NoDisk",
        "NumberExceed.TooManyDisks",
        "CapacityExceed.TooManyDisks",
        "InvalidDisk.ShareVolume",
        "InvalidOperation.MultiAttachDisk",
        "InvalidDisk.DiskCategoryInconsistent",
        "InvalidUser.NotSupported",
        "InvalidZone.NotSupported",
        "InvalidZone.PartitionNumberNotSupported",
        "InvalidStorageSet.NotSupport",
        "InvalidRegionId.NotSupported",
        "OperationFailed.IdempotentTokenProcessing",
        "InvalidVSwitchName.Malformed",
        "InvalidVSwitchDiscription.Malformed",
        "InvalidCidrBlock.Overlapped",
        "QuotaExceeded.VSwitch",
        "InvalidCirdrBlock.MaskLength",
        "OperationFailed.CidrAcross",
        "VPC.SWITCH.RULE.QUOTA.NOT.EXISTS",
        "CreateVSwitch.IncorrectStatus.cbnStatus",
        "Forbidden.VpcNotFound",
        "Duplicated.ClientToken",
        "Invalid.NotExist",
        "InvalidStatus.RouteEntry",
        "InvalidVlanId.Used",
        "InvalidPhysicalConnectionId.NotEnabled",
        "InvalidVlanId.Malformed",
        "InvalidLocalGatewayIp.Malformed",
        "InvalidPeeringSubnetMask.Malformed",
        "QuotaExceeded.vbrPerpConn",
        "QuotaExceeded.freevbr",
        "InvalidIp.NotSameSubnet",
        "QuotaExceeded.CrossUserVBRPerUser",
        "OperationFailed.VlanIdInUse",
        "Forbidden.LocalGatewayIpNotAllowedByCaller",
        "Forbidden.PeerGatewayIpNotAllowedByCaller",
        "Forbidden.PeeringSubnetMaskNotAllowedByCaller",
        "Forbidden.NameNotAllowedByCaller",
        "Forbidden.DescriptionNotAllowedByCaller",
        "InvalidVbrOwnerId.NotFound",
        "OperationFailed.AccessDeviceDisabled",
        "TOKEN_PROCESSING",
        "InvokeError",
        "InvalidVpcName.Malformed",
        "InvalidVpcDiscription.Malformed",
        "QuotaExceeded.Vpc",
        "ResourceNotAvailable.Vpc",
        "InvalidUserCidr.Quota",
        "InvalidUserCidr.Malformed",
        "System.ServiceBusy",
        "IllegalParam.UserCidr",
        "OperationUnsupported.ResourceGroupId",
        "IllegalParam.EnableIpv6",
        "Forbbiden.InvaildOwner",
        "ActivationId.InUse",
        "ActivationId.NotFound",
        "MissingParameter.InstanceType",
        "AutoProvisioningGroup.Unauthorized",
        "AutoProvisioningGroup.IncorrectStatus",
        "InvalidAutoProvisioningGroupId.NotFound",
        "DependencyViolation.ForwardEntry",
        "DependencyViolation.SnatEntry",
        "InvalidBandwidth.NotExist",
        "InvalidStatus.CmdIdInUse",
        "InvalidCmdId.NotFound",
        "DedicatedHostExists",
        "IncompleteParamter",
        "404",
        "DependencyViolation.NotEmpty",
        "DependencyViolation.ReferByHPC",
        "InvalidStatus.InProgress",
        "DiskTypeViolation",
        "DiskCreatingSnapshot",
        "IncorrectDiskStatus.Initializing",
        "DiskStillAttached",
        "InvalidDiskStatus.DeleteProtection",
        "InvalidForwardEntryId.NotFound",
        "DependencyViolation.HaVipReferedByRouteEntry",
        "DependencyViolation.HaVipAssociatedWithEIP",
        "MissingParameter.HpcClusterId",
        "NotExists.HpcCluster",
        "NotEmpty.HpcCluster",
        "ImageUsingByInstance",
        "ImageUseShared",
        "ImageIsImporting",
        "ImageIsExporting",
        "ImageIsPublic",
        "InvalidImageComponent.NotFound",
        "InvalidImagePipeline.HasRunningExecution",
        "InvalidImagePipeline.NotFound",
        "DependencyViolation.SLBConfiguring",
        "DependencyViolation.RouteEntry",
        "ChargeTypeViolation",
        "IncorrectInstanceStatus.Initializing",
        "InvalidOperation.DeletionProtection",
        "InvalidOperation.EniLinked",
        "InvalidParameter.CrossRegionNotSupport",
        "DRYRUN.SUCCESS",
        "InvalidParameter.TooManyInstanceIds",
        "InvalidInstanceIds.NotFound",
        "InvalidKeyPairNames.ValueNotSupported",
        "InvalidParameter.KeypairAlreadyAttachedInstance",
        "InnerServiceFailed",
        "InvalidOperation.DeleteDefaultVersion",
        "DependencyViolation.BandwidthPackages",
        "DependencyViolation.EIPS",
        "Forbidden.PrePaidNatGateway",
        "INSTANCE_NOT_EXISTS",
        "IncorrectStatus.natgw",
        "InvalidOperation.HasSlaveEniBonded",
        "InvalidEniPermissionId.NotFound",
        "InvalidPhysicalConnectionId.NotMatched",
        "Forbidden.VBRExists",
        "Forbidden.AssociateToVBR",
        "NotAllowed.AssociationExist",
        "IncorrcetRouteEntryStatus",
        "InvalidRouteEntry.NotFound",
        "InvalidNextHop",
        "Forbidden.VRouterNotFound",
        "InvalidNextHopList.Size",
        "ParamExclusive.NextHopIdAndList",
        "OperationFailed.DeleteMultiScopeEntry",
        "Vpc.Error",
        "DependencyViolation.RouterInterfaceReferedByRouteEntry",
        "InvalidOperation.SecurityGroupNotAuthorized",
        "DependencyViolation",
        "InvalidSecurityGroup.NotFound",
        "SnapshotCreatedImage",
        "SnapshotCreatedDisk",
        "InvalidOperation.RelatedSnapshotNotFinished",
        "InvalidOperation.DeleteSharedSnapshotUnsupported",
        "InvalidSnapshotGroup.NotFound",
        "DependencyViolation.HaVip",
        "DependencyViolation.RouteTable",
        "DependencyViolation.Snat",
        "DeleteVSwitch.IncorrectStatus.cbnStatus",
        "AttrMismatching.NaclAndBindInstance",
        "InvalidResource.NotBinding",
        "DependencyViolation.NetworkAcl",
        "DependencyViolation.EnhancedNatgw",
        "IncorrectVSwitchId",
        "InvalidOperation.RouterInterfaceNotDeleted",
        "InvalidOperation.OperationNotAllowedInState",
        "InvalidStatus.NotAllowed",
        "DependencyViolation.BgpGroup",
        "DependencyViolation.Nqa",
        "DependencyViolation.BgpNetwork",
        "Forbidden.OperationNotAllowedByUser",
        "Forbidden.MultiVlanRi",
        "Forbidden.NoRiFound",
        "InvalidVbrId.NotFound",
        "DependencyViolation.Instance",
        "DependencyViolation.VSwitch",
        "DependencyViolation.SecurityGroup",
        "DependencyViolation.RouteInterface",
        "DependencyViolation.Tunnel",
        "DependencyViolation.NatGateway",
        "DependencyViolation.RouterInterface",
        "DependencyViolation.Ipv6Gateway",
        "IncorrectStatus.cbnStatus",
        "DependencyViolation.CloudServiceResource",
        "DependencyViolation.ClassicLinkInstance",
        "InvalidRegionInstance",
        "DependencyViolation.Ipv4Gateway",
        "OperationDenied.VpcPeerExists",
        "DependencyViolation.GatewayRouteTable",
        "DependencyViolation.DhcpOptionsSet",
        "InvalidInstance.NotFound",
        "InvalidAccessPointType.NotSupport",
        "InvalidRegionId.NotSupport",
        "InvalidParam.PageNumber",
        "InvalidParam.PageSize",
        "InvalidParameter.NextToken",
        "InvalidParameter.MaxResults",
        "InvalidParameter.periodTime",
        "Invalid.Param",
        "InvalidParam.TypeAndCpuMem.Conflict",
        "InvalidParam.Cores",
        "InvalidParam.Memory",
        "InvalidParameter.Scope",
        "InvalidParameter.ResourceOwnerId",
        "Invalid.RegionId",
        "Unavailable.Regions",
        "Invalid.ResourceType",
        "Invalid.DestinationResource",
        "Invalid.IoOptimized",
        "Invalid.NetworkCategory",
        "Invalid.SpotStrategy",
        "Invalid.NetworkType",
        "Invalid.ResourceType.NotFound",
        "Invalid.ResourceId",
        "Invalid.InstancePayType",
        "Invalid.OperationType",
        "InvalidParameter.PrivatePoolOptions.Id",
        "InvalidParameter.PrivatePoolOptions.Ids",
        "InvalidParameter.RegionId",
        "InvalidPermission.ResourceShareAssocoated",
        "InvalidParameter.ToManyInstanceIds",
        "InvalidVpc.NotBelong",
        "InvalidParameter.PageNumber",
        "InvalidParameter.PageSize",
        "InvalidParameter.SettingType",
        "MissingParam.InstanceId",
        "InstanceIds.ExceedLimit",
        "MissingParameter.DedicatedHostId",
        "InvalidParameter.ToManyDedicatedHostIds",
        "InvalidParameter.InvalidDedicatedHostId",
        "InvalidParameter.DedicatedHostClusterIds",
        "InvalidDedicatedHostIds.Malformed",
        "InvalidParameter.DedicatedHostIds",
        "InvalidLockReason.NotFound",
        "InvalidDemandId.NotFound",
        "InvalidDeploymentSetIds.TooManyInput",
        "InvalidParameter.ReportNotExist",
        "InvalidStartTime.Malformed",
        "InvalidEndTime.Malformed",
        "InvalidPeriod.ValueNotSupported",
        "InvalidStartTime.TooEarly",
        "InvalidParameter.TooManyDataQueried",
        "InvalidInstanceType.NotSupportCredit",
        "InvalidParameter.EndTime",
        "InvalidCategory.ValueNotSupported",
        "InvalidParameter.DiskIds",
        "InvalidSnapshot.NotFound",
        "InvalidDiskIds.Malformed",
        "InvalidParameter.MultiAttachAndEnableSharedNotMatch",
        "InvalidFilterKey.NotFound",
        "InvalidFilterValue",
        "InvalidDiskIds.ValueNotSupported",
        "InvalidDiskChargeType.NotFound",
        "DiskIdLimitExceeded",
        "InvalidParameter.TimeEndBeforeStart",
        "OperationDenied.NotInWhiteList",
        "TooManyDiskEvent.DiskIdRequired",
        "InvalidIAssociatedInstanceType.ValueNotSupported",
        "ResourceQueryError",
        "InstanceType.Invalid",
        "InvalidResourceGroupId",
        "OperationFailed.Endpoint",
        "InvalidParameter.TooMany",
        "OperationDenied.TooManyDataQueried",
        "InvalidIpInstanceId.NotFound",
        "InvalidParam.Malformed",
        "InvalidFilterKey.ValueNotSupported",
        "InvalidHpcClusterIds.ExceedLimit",
        "InvalidHpcClusterIds.Malformed",
        "InvalidParameter.Owner",
        "InvalidImageComponentIdSize.ExceededMaxNumber",
        "Invalid.NextToken",
        "InvalidUser.Unauthorized",
        "InvalidParameter.Status",
        "MissingParameter.ImagePipelineId",
        "InvalidImagePipelineIdSize.ExceededMaxNumber",
        "InvalidUsage",
        "InvalidImageOwnerAlias.ValueNotSupported",
        "CurrentAccount.NotSupportPublicImage",
        "InvalidOSType",
        "InvalidArchitecture",
        "Abs.InvalidInstanceIds.MalFormed",
        "MissingParameter.InstanceId",
        "InvalidParameter.InvalidInstanceId",
        "InvalidParameter.RenewalStatus",
        "InvalidParameter.RenewalStatusInstanceId",
        "MissingParameter.InstanceTypeOrDataDisk",
        "InvalidDiskCategory.Missing",
        "InvalidAction.WithActiveElasticUpgrade",
        "InvalidInstanceType.NotSupportUpgrade",
        "InstanceExpired",
        "Throttling.User",
        "InvalidStartTime.ValueNotSupported",
        "AuthenticationFailed.ConditionUnsatisfied",
        "InvalidInstanceIds.MalFormed",
        "RAM.ApiNotSupported",
        "InstanceNotReady",
        "InvalidNetworkType.NotFound",
        "InvalidStatus.NotFound",
        "InvalidLimitation.NotFound",
        "InvalidVpc.Empty",
        "InvalidOperation.InvalidEniPageNumber",
        "InvalidVpc.Indeterminacy",
        "NotSupported.ResourceType",
        "LimitExceed.PrefixListId",
        "InvalidInternetMaxBandwidthOut.ValueNotSupported",
        "InvalidResourceType.ValueNotSupported",
        "InvalidPriceUnit.ValueNotSupported",
        "InvalidActivity.NotSupported",
        "InvalidAssuranceTimes.NotSupported",
        "InvalidParameter.Platform",
        "InvalidOperation.InstanceRenewWithDowngradeInPlan",
        "InvalidAmount.Malformed",
        "InvalidChargeType.MarketImage",
        "InvalidDiskIds.NotFound",
        "PrePaidInstance.Expired",
        "InvalidIspType.ValueNotSupported",
        "UnsupportedIspChargeType",
        "UnsupportedIspClassicNetwork",
        "InvalidIspBandwidthOut",
        "UnsupportedIspNetworkChargeType",
        "InvalidIspUID",
        "UnsupportedIspRegion",
        "InvalidInstanceType.Missing",
        "InvalidNetworkType.ValueNotSupported",
        "Invalid.InstanceId.NotFound",
        "InvalidSystemDisk.NotFound",
        "InvalidDedicatedHostType.Missing",
        "RecommendEmpty.InstanceTypeNotAuthorized",
        "RecommendEmpty.InstanceTypeSoldOut",
        "RecommendEmpty.DiskCategoryNotRecommended",
        "InvalidSpotStrategy.ValueNotSupported",
        "InvalidPriorityStrategy.ValueNotSupported",
        "InvalidIoOptimized.NotFound",
        "InvalidDiskCategory.NotFound",
        "InvalidInstanceTypeFamily.NotFound",
        "InvalidMaxPrice.NotSupported",
        "InvalidZoneId.MalFormed",
        "InvalidZoneId.ValueNotSupported",
        "InvalidCoreAndMemory.ValueNotSupported",
        "RecommendEmpty.PerformanceNotSatisfied",
        "RecommendEmpty.PriceNotSatisfied",
        "RecommendEmpty.QuotaNotSatisfied",
        "RecommendEmpty.IzNotMatched",
        "RecommendEmpty.InstanceTypeNotMatched",
        "InvalidScene.ValueNotSupported",
        "RecommendEmpty.InstanceTypeFamilyNotMatched",
        "RecommendEmpty.GenerationNotMatch",
        "RecommendEmpty.NetworkTypeNotSupported",
        "InvalidInstanceFamilyLevel.NotSupported",
        "Unauthorized.EmptyRegion",
        "InvalidAcceptLanguage.NotFound",
        "InvalidExpectedRenewDay.Conflict",
        "InvalidExpectedRenewDay.ValueNotSupported",
        "InvalidReservedInstanceOfferingType.ValueNotSupported",
        "InvalidReservedInstanceOfferingClass.ValueNotSupported",
        "InvalidEndTime.ValueNotSupported",
        "InvalidReservedInstanceLockReason.ValueNotSupported",
        "InvalidReservedInstanceStatus.ValueNotSupported",
        "InvalidAllocationType.ValueNotSupported",
        "InvalidCondition.Malformed",
        "InvalidParam.NotNull",
        "IllegalParam.AliUid",
        "NotSupported.PageNumberAndPageSize",
        "InValidParameter.NextToken",
        "InvalidParameter.SecurityGroupType",
        "InvalidSnapshotGroupId.MustBeOne",
        "InvalidRegionId",
        "InvalidSnapshotLinkIds",
        "InvalidDiskIds",
        "InvalidSnapshotIds.Malformed",
        "InvalidSourceDiskType",
        "InvalidSnapshotType.NotFound",
        "InvalidSnapshotLinkId.NotFound",
        "InvalidParam.RegionId",
        "Invalid.SaleStrategy",
        "InvalidParams.StartTime",
        "InvalidParams.EndTime",
        "Abs.Abs.InvalidSpotInstanceUID",
        "InvalidParams.NetworkType",
        "InvalidParams.IoOptimized",
        "InvalidParams.OSType",
        "Abs.IoOptimized.ValueNotSupported",
        "InvalidParams.ZoneId",
        "InvalidParams.RegionId",
        "InvalidParams.InstanceType",
        "InvalidParams.PageSize",
        "InvalidParams.Offset",
        "OperationDenied.QueryFail",
        "InvalidParameter.CapacityExceed",
        "Invalid.TagCategory",
        "InvalidParams",
        "Mismatch.InstanceIdAndRegionId",
        "InvalidVpcIdNumber.NotSupported",
        "InvalidVSwitchIdNumber.NotSupported",
        "InvalidResourceGroupId.NotFound",
        "InvalidTagKey",
        "InvalidTagValue",
        "InvalidOperation.InvalidVpc",
        "InvalidParameter.RegionIdAndInstanceId",
        "DisksDetachingOnEcsExceeded",
        "InvalidInstance.ImageCategory",
        "InvalidOperation.DiskCategoryUnsupported",
        "InvalidDisk.AlreadyDetached",
        "InvalidDiskId.OperationNotSupported",
        "InvalidOperation.EniHotPlugNotSupported",
        "InvalidOperation.HasMemberEniAttached",
        "INSTANCE.STATUS.NOT.ALLOW",
        "InvalidOSSPrefix.Malformed",
        "InvalidImageFormat.Malformed",
        "InvalidOSSBucket.NotFound",
        "InvalidImage.DiskAmountOrSize",
        "ImageNotSupported",
        "InvalidOSSObject.NeedRestore",
        "InvalidOSSBucket.NotMatched",
        "InvalidImageFormat.RegionNotSupported",
        "ExportImageFailed",
        "NoSetRoletoECSServiceAcount",
        "InvalidOSS.NotAuthorized",
        "ConcurrentQuotaExceed.ExportImage",
        "WeeklyQuotaExceed.ExportImage",
        "InvalidImageLicense.NotSupported",
        "InvalidImageCategory.NotSupported",
        "InvalidOSSBucket.EncryptUnsupported",
        "ExportSnapshotFailed",
        "SNAPSHOT_IS_EXPORTING",
        "SNAPSHOT_CREATE_NOT_FINISHED",
        "OSS_AUTHORIZED_FAILED",
        "NotSupported",
        "UnsupportedSuffix.OSSObject",
        "InvalidOSSObject.Malformed",
        "InvalidOSSBucket.Malformed",
        "InvalidOSSObject.Size",
        "InvalidOSType.Malformed",
        "InvalidImageSize",
        "InvalidDataDiskSize",
        "InvalidOSSObject.NotFound",
        "InvalidLicenseType.NotSupported",
        "InvalidLicenseType.BYOLOnly",
        "InvalidOSSBucket.FlowLimit",
        "InvalidBootMode.Malformed",
        "InvalidParameter.DetectionStrategy",
        "ImportImageFailed",
        "InvalidParameter.Malformed",
        "MissingParameter.DiskDeviceMapping",
        "InvalidBlockSize.NotSupport",
        "ImageCheckUnsupported.WindowsImage",
        "InvalidVHDImage.IncorrectSize",
        "InvalidArchitecture.PlatformUnsupported",
        "InvalidAccountStatus.OSSDisabled",
        "InvalidStorageLocation.NotFound",
        "InvalidOperation.CloudBoxImageImportRoleRequired",
        "InvalidOperation.CloudBoxImageImportUnsupported",
        "InvalidPublicKeyBody.Malformed",
        "InvalidContainerId.Malformed",
        "InvalidContainerName.Malformed",
        "InvalidClientToken.Malformed",
        "InvalidInstance.NotMatch",
        "MissingParam.Frequency",
        "InvalidParam.Frequency",
        "Parameter.MissingValue",
        "Parameter.Disabled",
        "InvalidParameter.Parameters",
        "NumberExceed.ResourceTags",
        "MissingParameter.ResourceTagKey",
        "InvalidResourceTagKey.Malformed",
        "InvalidResourceTagValue.Malformed",
        "Duplicate.ResourceTagKey",
        "InvalidResourceTag.InstanceNotFound",
        "InvalidResourceTag.ConflictWithInstanceIds",
        "Invocation.ExceedQuota",
        "ParameterCount.ExceedLimit",
        "ParameterKey.ExceedLimit",
        "ParameterKey.Duplicate",
        "Parameter.NotMatched",
        "ParameterType.NotSupported",
        "Username.ExceedLimit",
        "WindowsPasswordName.ExceedLimit",
        "WindowsPasswordName.Missed",
        "ParameterStore.NotSupported",
        "TemporaryAccessKey.Error",
        "ParameterStore.InvalidParameters",
        "ParameterStore.NoPermission",
        "InvalidRepeatMode.NotFound",
        "InvalidTerminationMode.NotFound",
        "EntityExists.AssociatedTransferTasks",
        "InvalidResourceGroup.Duplicate",
        "InvalidRegionId.ResourceGroup",
        "InstanceSecurityGroupLimitExceeded",
        "InvalidInstanceId.Mismatch",
        "InvalidInstanceId.Malformed",
        "InvalidOperation.EniAndGroupNotBelongSameUser",
        "SecurityGroupInstanceLimitExceeded",
        "InvalidInstanceId.AlreadyExists",
        "AclLimitExceed",
        "InvalidOperation.NetworkInterfaceCountExceeded",
        "InvalidParam.EniIdAndInstanceId.Conflict",
        "Forbidden.InstanceIsBeingCreated",
        "InvalidSecurityGroupAssociation.NotFound",
        "InstanceLastSecurityGroup",
        "InstanceNotInSecurityGroup",
        "InvalidOperation.AtLeastInOneGroup",
        "RequestTimeout",
        "PluginName.MissingValue",
        "InvalidPluginName.NotFound",
        "InvalidDefaultResourceGroup.NotSupported",
        "InvalidTag.NotSupported",
        "NumberExceed.ResourceIds",
        "Invalid.Scope",
        "InvalidTags.MalFormed",
        "PermissionDenied.TagOwnerBid",
        "PermissionDenied.TagOwnerUid",
        "PermissionDenied.Scope",
        "NoPermission.Tag",
        "BothEmpty.TagsAndResources",
        "PermissionDenied.TagsFuzzyQuery",
        "NumberExceed.TagValues",
        "InvalidFilter.Malformed",
        "InvalidTagFilter.Malformed",
        "MissingParameter.ResourceIds",
        "MissingParameter.TagOwnerUid",
        "MissingParameter.TagOwnerBid",
        "MissingParameter.ResourceType",
        "MissingParameter.Tags",
        "QuotaExceed.LaunchTemplateConfigs",
        "Forbidden.ChargeTypeIsPrepaid",
        "MissingParam.Bandwidth",
        "IllegalParam.Bandwidth",
        "InvalidBandwidth.ValueNotSupported",
        "BandwidthPackage.FinancialLocked",
        "InvalidInstanceAmount.ValueNotSupported",
        "IncorrectPrivatePoolStatus",
        "InvalidPrivatePoolOptionsName.ValueNotSupported",
        "OperationDenied.PlatformNotSupported",
        "OperationDenied.EndTimeTypeNotSupported",
        "OperationDenied.StartTimeNotSupported",
        "OperationDenied.InstanceAmountNotSupported",
        "InvalidPrivatePoolOptions.Id",
        "InvalidPrivatePoolId.NotFound",
        "InvalidParameter.OssEncryptionType",
        "InvalidParameter.OssEncryptionAlgorithm",
        "InvalidParameter.OssEncryptionKeyId",
        "InvalidParameter.OssBucketName",
        "InvalidParameter.OssPrefix",
        "InvalidOssBucketName.InOtherRegion",
        "InvalidParameter.SlsProjectName",
        "InvalidParameter.SlsLogstoreName",
        "InvalidParameter.AllowedUpgradeWindow",
        "InvalidAllowedUpgradeWindow.DurationTooShort",
        "InvalidParameter.TimeZone",
        "InvalidAllowedUpgradeWindow.Required",
        "CreateServiceLinkedRole.NoPermission",
        "InvalidOperation.OssEncryptionUnsupported",
        "InvalidAllowedUpgradeWindow.CountLimitExceeded",
        "InvalidSlsProjectName.NotFound",
        "InvalidSlsLogstoreName.NotFound",
        "InvalidOssBucketName.NotFound",
        "CmdName.Readonly",
        "InvalidDedicatedHostClusterId.NotMatch",
        "InvalidAutoReleaseTime.Malformed",
        "NoSuchResource",
        "IncorrectHostStatus",
        "InvalidParameter.Duration",
        "InvalidParameter.AutoRenewWithEcs",
        "InvalidParameter.InstanceIds",
        "ExpiredInstance",
        "InstancesIdQuotaExceed",
        "InvalidInstance.UnpaidOrder",
        "ReleaseTimeHaveBeenSet",
        "InvalidPeriod.UnitMismatch",
        "InvalidImageType.NotSupported",
        "QuotaExceed.RufundVcpu",
        "InvalidInstanceType.PhasedOut",
        "InvalidParameter.MetricSetId",
        "InvalidParameter.MetricIds",
        "NoAttributeToModify",
        "MissingParameter.DiskIdOrDiskIds",
        "ParameterConflict.DiskIdAndDiskIds",
        "BurstingEnabledForModifyingDiskUnsupported",
        "MissingParameter.InstanceIdNotSupported",
        "InvalidInstanceId.Released",
        "InvalidInstance.PurchaseNotFound",
        "InvalidInstance.UnPaidOrder",
        "Idempotence.SignatureMismatch",
        "OrderCreationFailed",
        "InstanceDowngrade.QuotaExceed",
        "InvalidDisk.DetachedSystemDisk",
        "LastOrderProcessing",
        "DISK_IN_DEDICATED_BLOCK_STORAGE_CLUSTER",
        "NoPermission.Refund",
        "Forbidden",
        "InvalidAction.NotSupported",
        "InvalidInstanceStatus.NotSupported",
        "InvalidInstanceId.NOT_FOUND",
        "InvalidPerformanceLevelParam.Mismatch",
        "OperationDenied.DiskInDedicatedBlockStorageCluster",
        "IncorrectDiskStatus.ReplicationStatusNotFound",
        "IncorrectDiskStatus.InReplication",
        "MalformedParameter.PerformanceControlOptions",
        "InvalidPerformanceControlOptions.ModifyOperationUnsupported",
        "InvalidPerformanceLevel.TooLow",
        "Downgrade.NotSupported",
        "ModifyingDiskCategoryLimitExceed",
        "DiskInCoolingPeriod",
        "DiskHasFlashSnapshot",
        "NoChangeInDiskCategoryAndPerformanceLevel",
        "OperationDenied.DiskExpansionUnfinished",
        "InvalidPerformanceParameter.DiskNotInDedicatedStorageCluster",
        "InvalidStatus.DiskUnderPerformanceControl",
        "InvalidStatus.DiskNotReady",
        "InsufficientBalance.Eip",
        "InvalidBandwidth.OutOfMaxTrafficBindedOnNatgw",
        "InvalidEipAddressName.Malformed",
        "OperationFailed.ConcurrentRequest",
        "IncorrectStatus.ResourceStatus",
        "Forbidden.InCommonBandwidthPackage",
        "SYSTEM.UNKNOWN.ERROR",
        "InvalidIp.NotFound",
        "IncorretStatus.ForwardEntry",
        "IllegalParam.AnyPortNotZero",
        "InvalidModifyInfo",
        "HPC_CLUSTER_MODIFY_FAILED",
        "HpcClusterNotExists",
        "ImageQuotaFull.ImageFamily",
        "ImageFamilyQuotaFull",
        "ImageStatus.NotAvailable",
        "ImageStatus.NotDeprecated",
        "OperationDeined.ImageUsingByInstance",
        "InvalidGroup.Malformed",
        "UnnecessaryParameter.LaunchPermission",
        "InvalidParameter.LaunchPermission",
        "ForbiddenParameter.LaunchPermission",
        "AssumeRoleError",
        "ImageDescription.ContainsSensitiveWords",
        "ImageName.ContainsSensitiveWords",
        "Image.Public",
        "CurrentRegion.NotSupportPublicImage",
        "Image.NotPublic",
        "OperationDeined.FullImage",
        "QuotaExceed.ShareImage",
        "QuotaExceed.ShareImageUser",
        "InvalidImageId.BidMismatch",
        "OperationDenied.InvalidImageStatus",
        "PublicImageAgreement.NotSigned",
        "InvalidParameter.IsPublic",
        "InvalidAccount.Forbbiden",
        "InvalidResourcePackage.BizStatus",
        "InvalidRemoteConnectionOptions.Password",
        "InvalidRemoteConnectionOptions.Type",
        "InstanceType.ValueNotSupported",
        "OSType.ValueNotSupported",
        "InvalidHostPassword.Malformed",
        "InvalidParameter.RecycleBin",
        "InvalidInstanceStatus.CreditSpecRestricted",
        "InvalidInstanceStatus.NotRunning",
        "InvalidParam.NotSupportJumboFrame",
        "InvalidOperation.InstanceStatusNotSupport",
        "InvalidOperation.InstanceStatusUnsupported",
        "InvalidParameter.CpuOptionsTopologyType",
        "InvalidInstanceType.NotSupportCpuOptionsTopologyType",
        "InvalidAdditionalInfoPvdConfig.SizeExceeded",
        "Credit.NotFound",
        "InvalidInstanceStatus.NeedRestart",
        "InvalidSecurityGroupType.NotSupportClassic",
        "InvalidSecurityGroupVpc.NotBelongToOneVpc",
        "OperationDenied.StarterPackage",
        "InvalidPeriod.StarterPackage",
        "InstanceHasProcessingConvertOrder",
        "InvalidInstance.TempBandwidthUpgrade",
        "PeriodNotSupported.InstanceOnManagedPrivateSpace",
        "OperationDenied.UnstoppedInstance",
        "OperationDenied.LocalDiskInstance",
        "InvalidParameter.Param",
        "InvalidParam.DedicatedHostId",
        "InvalidDedicatedHost.NotEnoughResource",
        "OperationDenied.InvalidInstance",
        "OperationDenied.NotSupport",
        "OperationDenied.CannotPerform",
        "InvalidInstanceType.NotSupport",
        "InvalidParam.InstanceId",
        "InvalidDedicatedHostClusterId.Invalid",
        "InvalidDeploymentSetId.NoAvailableResources",
        "InvalidInstanceNetworkType.NotSupport",
        "InvalidParameter.DeploymentSetGroupNo",
        "InvalidDedicatedHostId.NotSupport",
        "InvalidDedicatedHost.NotFound",
        "InvalidDedicatedHost.ZoneNotMatch",
        "InvalidInstanceMetadataTags.NotSupported",
        "InvalidInternetMaxBandwidthIn.ValueNotSupported",
        "DecreasedBandwidthNotAllowed",
        "BandwidthUpgradeDenied.EipBoundInstance",
        "InvalidInstanceStatus.NotStopped",
        "IpAllocationError",
        "InvalidParam.AllocatePublicIp",
        "InvalidInstanceStatus",
        "LastRequestProcessing",
        "InvalidStartTime.BeyondLifeCycle",
        "InvalidEndTime.BeyondLifeCycle",
        "InvalidPayMethod.SyncPaymentNotSupport",
        "InvalidBandwidthOut.LessThanZero",
        "InvalidParameter.BandwidthBiggerThanBaseBandwidth",
        "InvalidInstance.InstanceNotSupported",
        "InvalidOperation.StarterPackage",
        "InvalidInstance.EipNotSupport",
        "InvalidInstance.NatPortMapNotSupport",
        "OperationDenied.UnpaidOrder",
        "UnsupportedChangeIsp",
        "BandIncreaseNotSupportIsp",
        "DependencyViolation.InstanceType",
        "InvalidParameter.AllowMigrateAcrossZone",
        "InvalidParam.SystemDiskCategory",
        "Price.PricePlanResultNotFound",
        "InvalidAction.NotSupport",
        "InvalidMarketImageStatus.NotSupported",
        "InstanceTypeNotSupported.TooManyDisksAttached",
        "InvalidParam.Async",
        "MissingParameter.DiskCategory",
        "InvalidParameter.DiskCategory",
        "InvalidOperation.OnlineModificationUnsupported",
        "InstanceSpecModification.NotEffective",
        "InvalidOperation.EipNotSupport",
        "InvalidParameter.InternetMaxBandwidthOut",
        "InvalidOperation.InstanceWithEipNotSupport",
        "InvalidOperation.NotAllowed",
        "InvalidOperation.MaxModifyOnlineNumberExceeded",
        "InvalidOperation.RebootingRequired",
        "InvalidOperation.OSTypeNotSupported",
        "MissingTemporary.StartTime",
        "MissingTemporary.EndTime",
        "IncorrectVncPassword.Malformed",
        "InvalidTarget.TrafficMirrorSession",
        "InvalidSource.TrafficMirrorSession",
        "InvalidVSwitchId.Mismatch",
        "InvalidPrivateIpAddress.Mismatch",
        "InvalidPrivateIp.Changing",
        "PrimaryEniHasSubIp",
        "VSwitchIdNotMatch",
        "InvalidParameter.SecurityGroupId",
        "InvalidIp.Ipv6Assigned",
        "InvalidInstance.HasTransitionRecord",
        "InvalidInstanceStatus.NotNormal",
        "InvalidVpcId.SharedVpc",
        "InvalidParameter.ToSecurityGroupId",
        "InvalidOperation.VswAndEcsAvailabilityZoneMismatch",
        "InvalidOperation.CloudBoxEcsNotSupport",
        "InvalidParameter.VSwitchId",
        "InvalidInstance.AttachedEni",
        "InvalidIp.MultiPrimaryIp",
        "InvalidIp.Ipv6",
        "InvalidVSwitch.NotBelongToVpc",
        "InvalidParameter.EniNo",
        "InvalidParameter.AlreadyInTargetVpc",
        "InvalidParameter.MustBeEmpty",
        "InvalidParameter.NotEnoughIpInVSwitch",
        "InvalidDependence.MutliDirectlyEip",
        "InvalidDependence.HaVip",
        "InvalidDependence.NextHopOfCustomRouter",
        "InvalidDependence.BeenUsedAsAppServer",
        "InvalidDependence.GrantAccess",
        "InvalidDependence.BindGA",
        "InvalidDependence.SLB",
        "InvalidParameter.Frequency",
        "InvalidParameters.KeyDuplicate",
        "InvalidParameters.KeyNotMatch",
        "InvalidParameters.KeyMalformed",
        "InvalidParameters.KeyEmpty",
        "InvalidCommandContent.DecodeError",
        "InvalidInstanceId.OSTypeUnsupported",
        "InvalidOperation.RepeatModeUnsupported",
        "InvalidOperation.InvokeAlreadyFinished",
        "InvalidOperation.CloudAssistantVersionUnsupported",
        "InvalidOperation.ModifyPublicCommandUnsupported",
        "InvalidCommandContent.LengthLimitExceeded",
        "InvalidParameters.CountLimitExceeded",
        "InvalidParameters.KeyLengthLimitExceeded",
        "InvalidInstanceId.CountLimitExceeded",
        "CommandLimitExceeded",
        "InvalidParameters.ValueTypeUnsupported",
        "InvalidInvokeId.NotFound",
        "InvalidLaunchTemplateVersion.NotFound",
        "InvalidOperation.NotSupportModifyQueueNumber",
        "InvalidOperation.InstanceTypeNotSupportHighPerformance",
        "InvalidTrafficMode.ModifyToStandardNotSupported",
        "InvalidOperation.EniTrafficModeNotSupportIPv6",
        "InvalidOperation.ModifyPrimaryEniQueueNumber",
        "InvalidOperation.PrimaryEniOnlySupportModifyNameAndDesc",
        "InvalidStatus",
        "InvalidBillingMethod.ValueNotSupported",
        "InvalidRebootTime.MalFormed",
        "InvalidRebootTime.ValueNotSupported",
        "InvalidStatus.NotStopped",
        "InvalidSystemDiskCategory.NotMatchInstanceType",
        "InvalidParameter.InstanceId",
        "InvalidInstance.PreInstanceExpired",
        "BillingMethodNotFound",
        "ImageOrderFailed",
        "InvalidParameter.ReservedInstanceName",
        "Abs.MissingParamter.InstanceId",
        "InvalidParameter.PeriodUnit",
        "InvalidParameter.Period",
        "InvalidReservedInstanceName.Malformed",
        "MissingParameter.ZoneId",
        "MissingParameter.ReservedInstanceId",
        "MissingParameter.ReservedInstanceConfiguration",
        "InvalidParameter.SplitOrMerge",
        "MissingParameter.InstanceTypeAndAmountBothEmpty",
        "InvalidReservedInstancePlatform.ValueNotSupported",
        "InvalidReservedInstanceZone.ValueNotSupported",
        "InvalidParameter.ValueNotSupported",
        "InvalidScope.ValueNotSupported",
        "InvalidConfiguration.ValueNotSupported",
        "OperationDenied.OnlyModifyName",
        "InvalidReservedInstanceId.NotFound",
        "InvalidName.Malformd",
        "LinkRole.NotSupport",
        "Forbbiden.ModifyIdAndType",
        "InvalidParam.ModifyRouterInterface",
        "InvalidInstanceOwner.Error",
        "InvalidInstance.StatusError",
        "InvalidOpposite.NotFound",
        "IllegalParam.chargeType",
        "InvalidParam.SecurityGroupRuleId",
        "InvalidOperation.ModifySgRuleEntityType",
        "InvalidParam.ProtocolAndPortRangeMismatch",
        "InvalidParam.ProtocolAndAddressFamilyMismatch",
        "InvalidParam.InvalidModifyRuleRequest",
        "InvalidOperation.ModifyNicType",
        "SecurityGroupRule.NotFound",
        "InvalidSecurityGroupRuleId.NotFound",
        "InvalidParameter.InnerAccessPolicy",
        "InvalidOperation.DecreaseRetentionDaysUnsupported",
        "InvalidSnapshotDisableInstantAccess.Malformed",
        "MissingParameter.StorageCapacityUnitId",
        "InvalidAction.UserForbidden",
        "InvalidVRouterName.Malformed",
        "InvalidVRouterDiscription.Malformed",
        "InvalidVRouterId.NotFound",
        "InvalidIp.Malformed",
        "Forbidden.CircuitCodeNotAllowedByCaller",
        "Forbidden.VlanIdNotAllowedByCaller",
        "InvalidRegion.Malformed",
        "IllegalCidrBlock",
        "ParamExclusive.EnableIpv6AndCidrBlock",
        "OperationFailed.ClassicLinkEnabled",
        "InvalidStartTime.ScopeNotMatch",
        "InvalidParameter.Capacity",
        "MissingParameter.Capacity",
        "ReopenInstance.InstanceNotEnoughBalance",
        "ReopenInstance.ImageNotEnoughBalance",
        "ReopenInstance.InstanceStatusNotValid",
        "InvalidPayType.NotSupport",
        "LoginAsNonRoot.ImageNotSupport",
        "DiskHasSnapshotsWithInstantAccessEnabled.OperationNotSupported",
        "LoginAsNonRoot.RegionNotSupport",
        "InvalidSourceSnapshot",
        "SharedImageDeleted",
        "InvalidOperation.Conflict",
        "OperationFailed.VlanIdAlreadyInUse",
        "InvalidDedicatedHostStatus.Malformed",
        "InvalidInstanceStatus.Unstopped",
        "InvalidOperation.RedeployInstance",
        "Invalid.Action.ReleaseCapacityReservation",
        "InvalidOperation.ReleasePrivatePoolUnsupported",
        "IncorrectHostStatus.Initializing",
        "InstanceExist",
        "OperationDenied.DedicatedHostShared",
        "TaskConflict.AssociateGlobalAccelerationInstance",
        "OperationUnsupported.ServiceManaged",
        "DryRunOperation",
        "InvalidIpAddress.NeedInstanceId",
        "OperationTimesOverLimit",
        "Forbidden.ExceedDuration",
        "InvalidRemovedIpAddresses.NotFound",
        "invalidRemovedIpAddresses.NotFound",
        "InvalidRebootTime.Malformed",
        "InvalidInstanceType.codeUnauthorized",
        "InvalidInternetChargeType.InstanceNotSupported",
        "Upgrade.NotSupported",
        "InvalidPeriod.ExceededMaximumExpirationDate",
        "Idempotence.Processing",
        "InvalidLoanOrderStatus.Uncompleted",
        "OperationDenied.UnfinishedOrder",
        "InvalidPeriod.NotFound",
        "InvalidExpectedRenewDay.StarterPackageNotSupported",
        "InvalidParam.ExpectedRenewDay",
        "QuotaExceed.AlignInstance",
        "OperationDenied.AbnormalInstanceInfo",
        "Diskcategory.Mismatch",
        "Instance.UnPaidOrder",
        "InvalidDisk.NotAllowed",
        "InstanceTypeNotSupported",
        "InvalidChargeType.NotSupported",
        "RenewDateNotSupported.StarterPackage",
        "MissingParameter.ReservedInstanceIds",
        "InvalidParameter.ReservedInstanceIds",
        "InvalidPeriod.ExceededMaximumExpiration",
        "InvalidSystemDiskSize.ImageNotSupportResize",
        "MissingParameter.Architecture",
        "MissingParameter.Platform",
        "InvalidDatadisk.DiskStatusViolation",
        "InvalidDatadisk.DiskCategoryViolation",
        "InvalidDatadisk.ChargeTypeViolation",
        "InvalidRegionId.NotSupportReplaceEncryptedSystemDisk",
        "InvalidSystemDiskStatus.IsTransfering",
        "INST_HAS_UNPAID_ORDER",
        "OperationDenied.InstanceCreating",
        "InvalidHostname.MismatchImage",
        "InvalidDiskId.NotSupportReplaceEncryptedSystemDisk",
        "IncorrectDiskStatus.HasUnfinishedSnapshot",
        "Disk.NotFound",
        "InvalidParam.Type",
        "OperationDenied.NotEnoughCapacity",
        "InvalidDiskSize.TooLarge",
        "InvalidDiskSize",
        "InvalidOperation.InstanceTypeNotSupportOnlineResize",
        "InvalidDiskSize.NotSupportResizeOnline",
        "InvalidOperation.MultiAttachDiskNotSupportResizeOnline",
        "InvalidIpPortRange.Malformed",
        "InvalidParam.SecurityGroupRuleIdRepeated",
        "InvalidSecurityGroupRule.RuleNotExist",
        "InvalidGroupAuthItem.NotFound",
        "InvalidDestCidrIp.sMalformed",
        "InsufficientBalance.AgentCredit",
        "InvalidParam.SecondaryNetworkInterface",
        "InvalidPrimaryIpAddress.SizeInvalid",
        "InvalidInstanceName.CustomMalformed",
        "InvalidIoOptimize.ValueNotSupported",
        "InvalidMinAmount.Malformed",
        "InvalidMaxAmount.Malformed",
        "OperationDenied.NoVlan",
        "InvalidInstanceType.ElasticNetworkInterfaceNotSupported",
        "InvalidRelationResource.NotFound",
        "IncorrectRecycleBinStatus",
        "InvalidParam.NetworkInterface",
        "InvalidPeriodType.ValueNotSupported",
        "InvalidSnapshotId.Malformed",
        "InvalidSecurityGroup.VpcMismatch",
        "InvalidSecurityGroupId.MultiGroupIdNetworkTypeConflict",
        "InvalidManagedPrivateSpaceId.NotFound",
        "InvalidSchedulerOptions",
        "NotSupportSnapshotEncrypted.InstanceType",
        "NotSupportSnapshotEncrypted.ImageOwnerAlias",
        "NoPermission.SystemTag",
        "InvalidZoneId.NotSupportShareEncryptedImage",
        "InvalidZoneId.NotSupportCreateWithShareEncryptedImage",
        "InvalidAccount.NotSupportSpot",
        "AccountForbidden.AssociatedWithResellerPartner",
        "InvalidAutoPay.PostPaidUnsupported",
        "InvalidParameter.PrivateIpAddressRepeated",
        "InvalidParameter.EniNumExceededWithLaunchEcs",
        "InvalidParam.IpCount",
        "InvalidParameter.EniType",
        "InvalidParameter.NetworkInterface",
        "InvalidParameter.Combination",
        "InvalidHostname.SingleAndMultiConflict",
        "InvalidHostname.SizeInvalid",
        "InvalidParams.InstanceNameExceed",
        "InvalidParams.HostnameExceed",
        "OperationDenied.SnapshotNotValid",
        "OperationDenied.ZoneNotAllowed",
        "OperationDenied.ZoneSystemCategoryNotMatch",
        "OperationDenied.ResourceControl",
        "OperationDenied.SnapshotParamsNotValid",
        "OperationDenied.DiskTypeNotSupport",
        "InvalidParam.TrustedSystemMode",
        "InvalidParam.ConfidentialComputingMode",
        "InvalidSecurityOptions.NotSupported",
        "DryRun.InvalidAmount",
        "InvalidOperation.NetworkInterface",
        "InvalidParam.SecondaryIp",
        "InvalidParam.Amount",
        "InvalidParam.CpuOptionsCore",
        "InvalidParam.CpuOptionsNuma",
        "InvalidManagedPrivateSpaceId.DedicatedHostIdConflict",
        "InvalidManagedPrivateSpaceId.TenancyConflict",
        "InvalidOperation.ConfidentialComputingModeInInviteOnlyTesting",
        "InvalidOperation.InvalidNetworkInterfaceId",
        "InvalidOperation.RegionNotSupportNetworkInterfaceId",
        "InvalidSecurityGroupId",
        "OperationDenied.CreatingConflict",
        "InvalidVSwitchId.NotExist",
        "InvalidAutoSnapshotPolicyId.NotFound",
        "FileTargetDir.Invalid",
        "FileMode.Invalid",
        "FileContent.DecodeError",
        "FileContentType.Invalid",
        "InvalidParameter.FileOwner",
        "InvalidParameter.FileGroup",
        "FileSize.ExceedLimit",
        "FileName.ExceedLimit",
        "FileDesc.ExceedLimit",
        "StartImagePipelineExecution.Failed",
        "OperationDenied.SpotPriceLowerThanPublicPrice",
        "OperationDenied.HostRepairing",
        "PortNumber.Invalid",
        "SessionCount.ExceedLimit",
        "PortForwarding.NotSupported",
        "UserBehavior.SessionManagerDisabled",
        "InvalidCommandLine.Conflict",
        "InvalidTargetServer.MissingPortNumber",
        "InvalidCommandLine.LengthLimitExceeded",
        "InvalidInstanceIds.CountLimitExceeded",
        "InvalidOperation.SecurityGroupRuleDenied",
        "InstanceType.ParameterMismatch",
        "InvalidInstanceId.NotSupport",
        "HibernationConfigured.NotEnabled",
        "NoPermissionKey.Scope",
        "Forbidden.VbrAttached",
        "InvalidIpStatus.HasBeenUsedBySnatTable",
        "InvalidIpStatus.HasBeenUsedByForwardEntry",
        "InvalidStatus.SnatOrDnat",
        "ResourceNotAssociated",
        "Forbidden.UnassociateMaster",
        "Param.Conflict",
    ];
    static NAME_CODES: [u32; 164] = [
        66, 72, 73, 76, 77, 90, 91, 92, 93, 94, 96, 109, 110, 122, 131, 176, 185, 197,
        198, 199, 206, 208, 217, 239, 273, 275, 276, 277, 280, 418, 421, 452, 470, 485,
        522, 539, 591, 598, 599, 600, 607, 658, 688, 692, 703, 705, 716, 717, 718, 719,
        726, 756, 757, 758, 759, 760, 761, 762, 764, 765, 766, 767, 768, 769, 770, 771,
        772, 774, 782, 783, 784, 816, 866, 867, 915, 916, 923, 932, 943, 949, 961, 991,
        996, 1011, 1017, 1024, 1030, 1031, 1033, 1044, 1067, 1077, 1092, 1099, 1118,
        1146, 1147, 1157, 1158, 1160, 1169, 1195, 1197, 1206, 1218, 1225, 1233, 1235,
        1236, 1240, 1241, 1263, 1287, 1302, 1303, 1315, 1316, 1317, 1384, 1400, 1414,
        1426, 1430, 1472, 1483, 1486, 1512, 1513, 1515, 1518, 1519, 1522, 1523, 1528,
        1530, 1531, 1532, 1534, 1535, 1536, 1537, 1538, 1541, 1543, 1544, 1552, 1554,
        1595, 1642, 1693, 1698, 1721, 1726, 1755, 1831, 1864, 1865, 1872, 1891, 1925,
        1978, 1980, 2009, 2026,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "CommodityNoExistCommodityInvalidComponentInstanceTypeNotSupportPayforCreditPayInsufficientBalanceSystemSaleValidateUnexpectedErrorFrequentPurchaseEipPayInsufficientBalanceOrderQuantityInvalidPayMayiWithholdingAgreementIllegalOrderErrorEipFuwuBizCommodityVerifyFailNatPublicIpBindingFailedNatPublicIpAllocateFailedInvalidInstanceIdMalformedForbeddenNotSupportRamForbiddenNotSupportRamOperationConflict2BindInstanceHavePortmapOrBindEipEipCanNotAssociateWithPublicIpBindInstanceOwenerErrorNatgatewayFinanciallockedInstanceTypeNotSupport2InvalidEipStatusBizDisabledCountLimitExceededHaVipOnEcsInstanceIncorrectInstanceStatusNotSupportEssdInvalidParameterKmsKeyIdCmkNotEnabledInvalidParameterKmsKeyIdCmkUnauthorizedInvalidParameterKmsKeyIdKmsUnauthorizedInvalidInstanceTypeNotSupportPl0MaxEipQuotaExceededEipMaxBandwidthExceededInvalidParameterKmsKeyIdNotFoundInvalidKmsKeyIdNotSymmetricActivationTtlExceedLimitInvalidOperationKmsKeyIdNotFoundInvalidPrivatePoolOptionsStatusForbiddenRamInvalidParameterGranularityDependencyViolationDomainGranularityDependencyViolationStrategyGranularityForbiddenCreateSlrSecurityRisk3dVerificationForbiddenDestnationIpOutOfVpcCidrInvalidNatgwNotExistForbiddenDestinationIpOutOfVswitchCidrForbiddenInternalIpOutOfVpcCidrInvalidIpAddressOutOfRangeInvalidIpAddressNotAvailableInvalidIpAddressAlreadyUsedInvalidIpAddressMalformed2InvalidParameter2InvalidCommandContentRunInvalidCommandContentEnvInvalidCommandContentWorkdirInvalidCommandContentCopyInvalidCommandContentUserInvalidCommandContentCmdInvalidCommandContentEntrypointEmptyCommandContentRunEmptyCommandContentEnvEmptyCommandContentLabelEmptyCommandContentCopyEmptyCommandContentEntrypointEmptyCommandContentCmdNotEmptyCommandContentRestartEmptyCommandContentWorkdirEmptyCommandContentUserNotSupportedCommandFromDuplicatedCommandFromInvalidCommandOrderFromInvalidCommandContentFromInvalidSpotParamEmptyZoneIdMissingParameterPrivatePoolOptionsId2InvalidPrivatePoolOptionsId2OperationDeniedCloudSsdNotSupportedInvalidVpcStatusNotWorkingHostnameIllegalInvalidImageOsTypeInvalidVpcStatusZoneNoAvailableIpVpcOnlyCanCreateOneNatGatewayQuotaExceededPConnPerApQuotaExceededFreePconnPerApInvalidCidrBlockDuplicateInvalidVpcNotFoundInvalidVbrStatusInvalidWeightParamForbiddenUseVpcAsInternetGatewayInvalidVpcIdOperationUnsupportedSubRouteTableEcmpInvalidVpcNotFound2ParameterMismatchRoleSpecInvaidVbrStatusRiCreateOneLimitBySyncDiskHasCreatingSnapshotVpcSwitchRuleQuotaNotExistsCreateVSwitchIncorrectStatusCbnStatusQuotaExceededVbrPerpConnQuotaExceededFreevbrQuotaExceededCrossUserVbrPerUserTokenProcessingCode404DependencyViolationReferByHpcDependencyViolationHaVipAssociatedWithEipDependencyViolationSlbConfiguringDryrunSuccessDependencyViolationEipsInstanceNotExistsIncorrectStatusNatgwForbiddenVbrExistsForbiddenAssociateToVbrDeleteVSwitchIncorrectStatusCbnStatusIncorrectStatusCbnStatusInvalidParameterPeriodTimeInvalidParam2InvalidSpotStrategy2InvalidNetworkType2InvalidResourceTypeNotFound2InvalidOsTypeRamApiNotSupportedInvalidAssuranceTimesNotSupported2InvalidIspUidInvalidInstanceIdNotFound2InvalidRegionId2AbsAbsInvalidSpotInstanceUidInvalidParamsOsTypeInstanceStatusNotAllowInvalidOssPrefixMalformedInvalidOssBucketNotFoundInvalidOssObjectNeedRestoreInvalidOssBucketNotMatchedNoSetRoletoEcsServiceAcountInvalidOssNotAuthorizedInvalidOssBucketEncryptUnsupportedSnapshotIsExportingSnapshotCreateNotFinishedOssAuthorizedFailedUnsupportedSuffixOssObjectInvalidOssObjectMalformedInvalidOssBucketMalformedInvalidOssObjectSizeInvalidOsTypeMalformedInvalidOssObjectNotFoundInvalidLicenseTypeByolOnlyInvalidOssBucketFlowLimitInvalidVhdImageIncorrectSizeInvalidAccountStatusOssDisabledInvalidInstanceIdMalformed2InvalidPrivatePoolOptionsId3DiskInDedicatedBlockStorageClusterInvalidInstanceIdNotFound3SystemUnknownErrorHpcClusterModifyFailedOsTypeValueNotSupportedInvalidOperationOsTypeNotSupportedInvalidDependenceBindGaInvalidDependenceSlbInvalidInstanceIdOsTypeUnsupportedInvalidStatus2IllegalParamChargeTypeInvalidRemovedIpAddressesNotFound2InvalidInstanceTypeCodeUnauthorizedInstHasUnpaidOrderInvalidDestCidrIpSMalformed",
        ends: &[
            0, 16, 41, 63, 97, 130, 149, 171, 191, 225, 238, 264, 288, 313, 339, 361,
            383, 401, 433, 463, 486, 511, 534, 561, 597, 634, 671, 710, 749, 781, 800,
            823, 855, 882, 906, 938, 969, 981, 1008, 1044, 1082, 1100, 1126, 1159, 1179,
            1217, 1248, 1274, 1302, 1329, 1355, 1372, 1396, 1420, 1448, 1473, 1498, 1522,
            1553, 1575, 1597, 1621, 1644, 1673, 1695, 1724, 1750, 1773, 1796, 1817, 1840,
            1865, 1892, 1929, 1957, 1992, 2018, 2033, 2051, 2067, 2084, 2113, 2136, 2163,
            2188, 2206, 2222, 2240, 2272, 2284, 2321, 2340, 2365, 2380, 2402, 2425, 2452,
            2489, 2513, 2533, 2565, 2580, 2587, 2616, 2657, 2690, 2703, 2726, 2743, 2763,
            2781, 2804, 2841, 2865, 2891, 2904, 2924, 2943, 2971, 2984, 3002, 3036, 3049,
            3075, 3091, 3119, 3138, 3160, 3185, 3209, 3236, 3262, 3289, 3312, 3346, 3365,
            3390, 3409, 3435, 3460, 3485, 3505, 3527, 3551, 3577, 3602, 3630, 3661, 3688,
            3716, 3750, 3776, 3794, 3816, 3839, 3873, 3896, 3916, 3950, 3964, 3986, 4020,
            4055, 4073, 4100,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "A required parameter is missing.A parameter is invalid.Operation denied: accept not supported.The operation conflicts with another one.Operation fail: disk category not supported.Operation fail: disk status not supported.Operation fail: instance status not supported.Switch to offline: online isolate fail.Switch to offline: online reinit fail.The instance is not in a state that allows this.Invalid event id: no inquiring event found.The resource is not in a state that allows this.The request is forbidden: financial locked.The request is forbidden.Invalid region id: not found.Invalid router interface id: not found.Invalid ip count: value not supported.A quota was exceeded: bandwidth package ips.Allocate ip failed.Invalid bandwidth package id: not found.Invalid tag key: malformed.Invalid tag value: malformed.Operation denied: quota exceed.Invalid tag: mismatch.Invalid tag count.Duplicate: tag key.Invalid resource id: not supported.A quota was exceeded: tags.Tag key: duplication.Invalid resource id: not found.Invalid resource type: not found.Invalid instance type: value unauthorized.Invalid description: malformed.A parameter is invalid: conflict.Invalid auto renew period: value not supported.Invalid dedicated host type: value not supported.Region unauthorized.Zone: not on sale.Operation denied.Invalid period unit: value not supported.A quota was exceeded: afterpay dedicated host.Invalid charge type: value not supported.A parameter is invalid: slb udp timeout.A parameter is invalid: udp timeout.A parameter is invalid: quantity.Invalid dedicated host price: not found.Invalid dedicated host type: cpu over commit ratio not supported.Invalid cpu over commit ratio: value not supported.Operation denied: no stock.Node controller unavailable.A parameter is invalid: resource owner account.Invalid user data: forbidden.Zone: not open.Invalid resource type: not supported.Invalid dedicated host type: zone not supported.Invalid user data: base64 format invalid.A parameter is invalid: not match.Account: arrearage.Invalid zone id: not found.Payment method not found.Invalid dedicated host name: malformed.Invalid dedicated host cluster id: not found.Invalid dedicated host cluster id: exceed max size.A parameter is invalid: action on maintenance.An internal error occurred.Query parameter: illegal.COMMODITY NO EXIST.A quota was exceeded: eip.Insufficient balance.Reserve ip fail.Invalid region: not support.Invalid bandwidth: malformed.COMMODITY: INVALID COMPONENT.INSTANCE TYPE NOT SUPPORT.Order failed.A quota was exceeded: large spec eip.PAYFOR: CREDIT PAY INSUFFICIENT BALANCE.SYSTEM: SALE VALIDATE UNEXPECTED ERROR.Invalid component: eip bandwidth max.Operation failed: risk control.Operation failed: sale validate.A parameter is not allowed: order param component.Operation failed: sale expression.Operation failed: sync order to sub.Operation failed: complete user info.Operation failed: query price.Operation failed: invoke inner api.Operation failed: account money invalid.Operation failed: query credti info.Operation failed: query user label.Frequent purchase: EIP.PAY: INSUFFICIENT BALANCE.ORDER: QUANTITY INVALID.PAY: MAYI WITHHOLDING AGREEMENT ILLEGAL.Order error: EIP.Iellgal parameter: owner account.FUWU BIZ COMMODITY VERIFY FAIL.Insufficient eip capacity.Invalid operation: allocate failed.Invalid ip address: malformed.Insufficient public ip.Allocate ip invalid instance bandwidth.Operation denied: cloudbox not support.Operation denied: dedicated region not supported.Instance locked for security.Instance expired or in arrears.Ip in use.Allocated already.Allocate ip: fail.NAT PUBLIC IP BINDING FAILED.NAT PUBLIC IP ALLOCATE FAILED.Invalid ip address: not public.Invalid instance id: not found.Invalid vlan id: not found.Invalid ip address: not found.Disk category: operation not supported.Partof disk category: operation not supported.Parameter invalid.Invalid account status: not enough balance.Invalid account status: snapshot service unavailable.Invalid disk id: not found.Unsupported parameter.Invalid instance ID: malformed.In valid parameter.Invalid params: eni id.Invalid operation: invalid ecs state.Invalid operation: invalid eni state.Invalid private ip address: duplicated.Incorrect v switch status.Invalid user type: not supported.Abs: invalid account, not found.Forbedden: not support RAM.The request is forbidden: sub user.Invalid operation: invalid eni type.Max eni ipv6 ips count exceeded.Invalid ip: ip unassigned.Invalid ip: ip repeated.Invalid ip: ip assigned.Invalid ip: address.Invalid operation: eni count exceeded.Invalid operation: ipv4 count exceeded.Invalid operation: ipv6 count exceeded.Invalid operation: ipv6 not support.Invalid operation: ipv4 not support.Invalid v switch: ipv6 not turn on.A parameter is invalid: ip assign.Invalid v switch id: ip invalid.The request is forbidden: region id.Invalid operation: eni service managed.Security group instance limit exceed.Invalid operation: high performance traffic mode eni not support.Invalid operation: eni type not support.Invalid ip: ip prefix illegal.Invalid ip: ip prefix mask illegal.Invalid ip: ip prefix mask invalid.Invalid ip: ip prefix mask not same.Invalid ip: ip prefix must in reserve segment.Invalid ip: ip prefix not available.Invalid ip: ip prefix not strict.Invalid v switch id: ip prefix not enough.Invalid eni id: not found.Invalid operation: v switch ipv6 disabled.Invalid operation: enable ipv6 failed.Invalid operation: has ipv6 route entry.Invalid operation: v switch cidr reservation not exist.Invalid operation: region not support ip prefix.The request was throttled.Invalid operation: unsupported.Invalid operation: detach primary eni not allowed.Invalid action.Invalid eni id: malformed.Invalid private ip address: malformed.Invalid secondary private ip address count: malformed.A quota was exceeded: private ip address.Invalid operation: instance not support mulitiple ip.Invalid status: instance is migrating.The request is forbidden: not support RAM.The request is forbidden: sub user.Max eni count exceeded.Eni per instance limit exceeded.Invalid operation: availability zone mismatch.Invalid operation: vpc mismatch.Invalid security group id: not vpc.Invalid v switch id: ip not enough.Max eni private ips count exceeded.Operation: conflict.Invalid ecs id: not found.Invalid v switch id: not found.Invalid security group id: not found.Invalid action: denied.Invalid association: duplicated.A parameter is invalid: mismatch.Incorrect eip status.Invalid instance type: value not supported.Incorrect ha vip status.Task conflict.Invalid binding status.BIND INSTANCE HAVE PORTMAP OR BIND EIP.EIP CAN NOT ASSOCIATE WITH PUBLIC IP.BIND INSTANCE OWENER ERROR.A quota was exceeded: number of traffic eip.A quota was exceeded: number of eip.Invalid eip bandwidth: out of max value.The request is forbidden: eip can not bind gatgw.The request is forbidden: instance bandwidth not zero.Invalid status: ecs status not support.NATGATEWAY FINANCIALLOCKED.A parameter is invalid: instance type not support.Instance type: not support.Invalid params: not found.Bind instance: not supported.Server region: invalid.Eni: attached.Invalid: direct eip, bind type.Invalid status: eni status not support.A parameter is invalid: eni instance id.Invalid nexthop: direct eni.Invalid EIP status: biz disabled.Operation failed: eni sub ip.Invalid eip: eip quota exceeded.Operation failed: query commodity info.Operation unsupported: multi ip.Invalid nic or vm: not found.Operation unsupported: eip bind model.The resource is not in a state that allows this: nat gateway.A parameter is invalid: binding instance region.Operation failed: havip bound portmap.Invalid status: not allow.Invalid instance: not vpc.Invalid status: instance has band width.Operation denied: cloud box resource exist.Invalid allocation id: not found.Invalid instan id: not found.Invalid ha vip: not found.The request is forbidden: region not found.Invalid instance: not exist.The service is unavailable.Invalid vip: status.Count limit exceed: ha vip on instance.Count limit exceeded: ha vip on ECS instance.Operation failed: distibute lock.The request is forbidden: ha vip.Operation unsupported: bind multiple type.Invalid ha vip: exist.Invalid ha vip id: not found.Invalid region id: malformed.Invalid vpc id: malformed.Invalid instance id: mal formed.A parameter is invalid: invalid instance id and vpc id.Invalid status: instance status.Invalid instance id: not belong.A quota was exceeded.Invalid status: instance locked.Invalid instance id: limited region.Invalid device: malformed.Invalid region id: mal formed.Invalid operation: instance type not support.Invalid disk: disk not bootable.Invalid instance: not origin instance.A parameter is invalid: all empty.Invalid parameter force: disk category not supported.Invalid parameter force: prepaid disk not supported.Invalid parameter force: multi attach disk not supported.Invalid parameter force: region not supported.Instance disk limit exceeded.Invalid device: in use.Incorrect disk status.Disk not portable.Resources not in same zone.Disk in arrears.Disk error.Disk id: value not supported.Disk id: status not supported.The instance is not in a state that allows this: not support ESSD.User not in the white list.A parameter is invalid: KMS key id, CMK not enabled.A parameter is invalid: KMS key id, CMK unauthorized.A parameter is invalid: KMS key id, KMS unauthorized.Dependency violation: windows instance.Invalid instance type: not support disk category.Invalid instance type: not support PL0.Invalid instance type: nvme required.Invalid instance type: nvme unsupported.Invalid instance type: not support multi attach disk.Disk attached number exceeded.Invalid operation: can not attach multi attach disk as system disk.Delete with instance: conflict.A parameter is invalid: delete with instance.Invalid operation: other instance unsupported.Invalid instance: zone conflict.Invalid disk: in use.Invalid instance ids: malformed.Invalid network type: mismatch ram role.Invalid user: pass role forbidden.Invalid ram role: not found.Invalid ram role: not ecs role.Invalid key pair name: not found.Invalid instance ids: value not supported.Dependency violation: io optimize.Instance key pair limit exceeded.Invalid operation: invalid region.Invalid operation: invalid generation.A parameter is invalid: network card index invalid.Invalid operation: user not support network card.Invalid operation: connection tracking config not support member eni.Invalid eni: not same vpc.Invalid operation: multi group type.Invalid operation: not support enterprise group.Invalid operation: eip bind model.Invalid operation: hot plug not support.Invalid instance: network type.Invalid operation: invalid trunk eni status.Invalid operation: trunking is not allowed.Invalid operation: instance type not support eni trunking.Invalid operation: eni type not support trunking.Invalid operation: eni trunk device full.A parameter is invalid: eni not belong trunk.Invalid operation: eni type not support attach to trunk.A parameter is invalid: eni not belong ecs.A parameter is invalid: invalid eni queue number.Invalid operation: max eni queue number exceeded.Invalid operation: exceed instance type queue number.Invalid operation: high performance traffic mode not support trunk eni.Invalid operation: high performance traffic mode not support member eni.Invalid operation: instance type not support high performance traffic mode.Invalid operation: eni traffic mode not support ipv6.Invalid operation: max eni queue pair number exceed.A parameter is invalid: invalid queue pair number.Invalid operation: eni queue pair number overflow.Invalid operation: high performance eni per instance limit exceeded.Invalid ip protocol: malformed.Invalid source cidr ip: malformed.Invalid policy: malformed.Invalid nic type: value not supported.Invalid nic type: mismatch.Invalid source group id: mismatch.Invalid source group: not found.Invalid priority: malformed.Invalid priority: value not supported.Invalid security group discription: malformed.Invalid security group: invalid network type.A required parameter is missing: source.A parameter is invalid: port range.Invalid ip protocol: value not supported.Invalid security group id: malformed.Invalid paramter: conflict.Invalid source port range: malformed.Invalid port range: malformed.A parameter is invalid: source ip.A parameter is invalid: dest ip.A parameter is invalid: ipv6 dest cidr ip.A parameter is invalid: ipv6 source cidr ip.A parameter is invalid: ipv4 protocol conflict with ipv6 address.A parameter is invalid: ipv6 protocol conflict with ipv4 address.A parameter is invalid: ipv6 cidr ip.Invalid group auth parameter: operation denied.Invalid dest cidr ip: malformed.A parameter is invalid: prefix list address family mismatch.Not supported: classic network prefix list.Authorized group rule: limit exceed.A parameter is invalid: source cidr ip.A parameter is invalid: dest cidr ip.A parameter is invalid: permissions.A parameter is invalid: duplicate permissions.Invalid group parameter: operation denied.Authorization limit exceed.Invalid network type: mismatch.Invalid network type: conflict.Invalid operation: resource managed by cloud product.Limit exceed: prefix list association resource.Invalid source group id: not found.Invalid prefix list id: not found.Invalid dest group id: mismatch.Invalid dest group: not found.A required parameter is missing: dest.Invalid security group: is same.Invalid dest group id: not found.Image created not from copy.Incorrect image status.Cancel not supported.Invalid image id: not found.Invalid status: cancel failed.Invalid status: image pipeline execution.Invalid image pipeline execution: not found.The request is forbidden: not allowed in state.Invalid physical connection id: not found.Event id limit exceeded.Cannot cancel system event: not simulated.Invalid event id: not found.Invalid task id: not found.Invalid task id: task action not support.Invalid task id: incorrect task status.Cancel task failed.Incorrect role: not initiating side.Incorrect opposite interface info: not set.Incorrect opposite interface info.The request is forbidden: only one connection.The request is forbidden: bills outstanding.Invalid account: not found.Err code: invalid.Attr mismatching: accepting side role.Attr mismatching: accepting side instance id.Attr mismatching: accepting side region no.Attr mismatching: accepting side router id.Attr mismatching: accepting side router type.Attr mismatching: accepting side ali uid.Attr mismatching: accepting side opposite interface owner id.Attr mismatching: accepting side opposite region no.Attr mismatching: accepting side opposite interface id.Attr mismatching: accepting side opposite router id.Attr mismatching: accepting side opposite router type.A parameter is not allowed: instance owner.A parameter is invalid: cloudbox not supported.Invalid instance id: planed change.Invalid end time: operate not support.Invalid instance status: released.Invalid instance: zero bandwidth.Invalid internet charge type: value not supported.Max EIP quota exceeded.The request is forbidden: invalid public bandwidth.Invalid instance: overdue payment.EIP max bandwidth exceeded.The request is forbidden: risk control.Unsupported public ip with isp.Invalid instance: ip address missing.Source region: not found.Destination region: not found.Invalid snapshot id: not found.Invalid image name: duplicated.A parameter is invalid: encrypted illegal.Invalid encrypted: not match encrypt algorithm.Invalid encrypt algorithm.Invalid encrypted: not match kms key id.Operation denied: community image.Invalid image name: malformed.A parameter is invalid: kms not enabled.Invalid ali uid: is null.A quota was exceeded: image.A quota was exceeded: snapshot.Operation denied: image copying.Region not support copy.Invalid snapshot: too old.Incorrect destination region.Size exceed: image.Operation deined: encrypted snapshot.Operation denied: same region only.Operation denied: not published.Operation denied: not authorized.Operation denied: encrypt snapshot across region.Invalid region id: not support encrypt algorithm.Operation denied: kms service unauthorized.Operation denied: non compliant destination region.A parameter is invalid: KMS key id, not found.Invalid resource group: not found.Invalid snapshot id: encrypted not support.Invalid snapshot category: not support copy.Invalid user: not in white list.Invalid paramter.Invalid snapshot id: not ready.Invalid operation: unauthorized.Invalid operation: unfinished cross region copy.Invalid operation: not support copy in same region.Invalid snapshot name: malformed.Invalid retention days: malformed.Invalid region id: not supported encrypted snapshot copy.Invalid region id: not exists.Invalid encrypted: not support decrypt.Invalid snapshot category: not support cross region copy.Invalid snapshot category: not support encrypted copy.A parameter is invalid: data encrypted key create failed.Invalid KMS key id: not symmetric.A quota was exceeded: snapshot quota.Invalid operation: unfinished encrypted snapshot copy.Invalid parameter destination storage location arn: unauthorized.Invalid parameter destination storage location arn: region not match.Invalid snapshot: storage location not supported.Invalid snapshot: encrypted not supported.Invalid parameter destination storage location arn: malformed.Region id: api not supported.Instance name: exceed limit.Instance name: invalid pattern.Activation desc: exceed limit.Activation limitation: invalid.Address range: invalid pattern.Activation count: exceed limit.Activation TTL: exceed limit.Number exceed: tags.A required parameter is missing: tag key.Operation: forbidden.Invalid status: resource group.An internal error occurred: dispatch.Invalid auto provisioning group name: malformed.Invalid auto provisioning group type: value not supported.Invalid fleet excess capacity termination policy: value not supported.Invalid default target capacity type: value not supported.Invalid spot allocation strategy: value not supported.Invalid spot instance interruption behavior: value not supported.Invalid pay as you go allocation strategy: value not supported.A required parameter is missing: spot allocation strategy.A required parameter is missing: launch template configs.Invalid valid time: mal formed.Invalid launch template version: value not supported.Invalid region: value not supported.Invalid description: value not supported.Invalid launch template: value not supported.Invalid capacity: value not supported.Invalid launch template configs: size exceed.A parameter is invalid: spot instance pools to use count.A parameter is invalid: resource group id.A parameter is invalid: target capacity.A required parameter is missing: weighted capacity.A parameter is invalid: weighted capacity beyond range.A parameter is invalid: max price.The caller has no permission.Duplicate: disk category.Invalid image family: confict.Invalid snapshot policy name: malformed.A parameter is invalid: encrypted, kms not enable.A parameter is invalid: encrypted mismatch.Auto snapshot policy: quota exceed.A parameter is invalid: target copy regions.A parameter is invalid: copied snapshots retention days.Invalid operation: KMS key id not found.Abs: invalid action, region not support.No stock.A required parameter is missing: region id.Invalid start time: not supported.Invalid start time: mal formed.Invalid: private pool options name, mal formed.Invalid: zone id.Invalid: instance type.Dedicated host not supported.Spot not supported.Classic network not supported.Invalid: instance id.Invalid: private pool options, match criteria.A required parameter is missing: private pool options, id.Invalid: private pool options, id.Invalid: instance charge type.Invalid: private pool options, status.Invalid platform: value not supported.Invalid ali uid.A required parameter is missing: package type.A required parameter is missing: private pool options, ids.A required parameter is missing: instance cpu core count.A required parameter is missing: instance amount.A required parameter is missing: instance cpu core count or instance amount.Invalid: too many private pool options, ids.Invalid: too many zone ids.Invalid: too many instance types.Invalid: too many unpaid private pool.Invalid: instance cpu core count or instance amount.Invalid: private pool options, ids.Invalid: package type.Invalid: private pool, purchase.Invalid: assurance times, not supported.Repeat start private pool.Invalid: time slot.Invalid: end time.Start time: not need.Account forbidden: product creation limited.Price not found.Invalid instance type: not supported.Invalid: zone ids.Cmd param: empty key.Cmd param: invalid param name.Cmd content: decode error.A parameter is invalid: working dir.Cmd content: exceed limit.Cmd name: exceed limit.Cmd desc: exceed limit.Cmd count: exceed quota.Cmd param count: exceed limit.Cmd param name: exceed limit.Invalid parameter character: command name.Invalid parameter character: command description.Invalid parameter character: command working dir.Invalid cmd type: not found.Invalid zone: not found.A quota was exceeded: region.A quota was exceeded: zone.A parameter is invalid: zone.Missing paramter: region id.Invalid region: not found.Invalid instance type: not support demand.Invalid temporary: end time.Invalid temporary: start time.Invalid demand name: malformed.Invalid instance type: not match.Invalid demand status: not supported.A quota was exceeded: ecs demand.The request is forbidden: RAM.Invalid instance charge type: not found.Invalid status: value not supported.Invalid instance type: not found.Invalid deployment set name: malformed.A parameter is invalid: domain.A parameter is invalid: strategy.A parameter is invalid: granularity.Dependency violation: domain, granularity.Dependency violation: strategy, granularity.Deployment set: group quota full.A parameter is invalid: group count.A quota was exceeded: deployment set.A parameter is invalid: metric id.Invalid resource: not exists.Invalid axt: service not ready.The request is forbidden: create SLR.Invalid size: value not supported.Invalid disk name: malformed.Invalid disk category: not supported.Invalid disk category: value not supported.Invalid data disk category: value not supported.Invalid data disk size: value not supported.Invalid disk size: not supported.Invalid disk size or category.A parameter is invalid: encrypted not supported.Encrypted option: conflict.A parameter is invalid: arns.Invalid performance level: malformed.Invalid disk category: conflict snapshot category.Invalid encrypted: not match snapshot.Invalid encrypt algorithm: not match snapshot.Invalid kms key id: not match snapshot.Invalid performance level: value not supported.Invalid storage set id: not found.Invalid storage cluster id: status not support.Invalid storage cluster id: conflict with storage set id.Invalid storage cluster id: conflict with instance id.Invalid storage cluster id: category not match.Invalid storage cluster id: performance level not match.Invalid storage cluster id: capacity not enough.Invalid cloud box zone: encrypted not supported.Invalid instance: not found system disk.Provisioned iops for disk category unsupported.Invalid provisioned iops: limit exceed.Bursting enabled for disk category unsupported.Bursting enabled for multi attach disk unsupported.Provisioned iops for disk category required.Not support snapshot encrypted: region id.Not support snapshot encrypted: zone id.Not support snapshot encrypted: share image.Not support: snapshot encrypted algorithm conflict.A quota was exceeded: disk capacity.Insufficient balance: agent account.Invalid zone id: disk category unsupported.Invalid storage set id: disk category unsupported.Invalid storage cluster id: disk category unsupported.Invalid data disk category: not supported.Instance disk category limit exceed.Invalid snapshot: not ready.Invalid snapshot: too large.A quota was exceeded: portable cloud disk.Invalid disk category: value unauthorized.Invalid snapshot id: not data disk snapshot.Invalid disk size: too small.Invalid pay method.A quota was exceeded: post paid disk.Security risk: 3 d verification.A parameter is invalid: advanced features.Invalid instance charge type: value not supported.Invalid status: upgrading.A parameter is invalid: zone id and instance id, conflict.Operation denied: performance level not match.Invalid storage set name: malformed.Invalid max partition number: malformed.A parameter is invalid: storage set partition number.A parameter is invalid: storage set id.A parameter is invalid: storage set zone id.A quota was exceeded: postpaid data disk capacity.Operation denied: snapshot not allowed.Last token processing.A parameter is invalid: multi attach.A parameter is invalid: multi attach and instance id conflict.A parameter is invalid: disk category and multi attach conflict.A parameter is invalid: disk category and multi attach not match.Operation denied: zone not support multi attach disk.Invalid account status: coupon amount not enough.Invalid operation: create from snapshot unsupported.Not support snapshot encrypted: disk category.Invalid encrypted: default encryption unsupported.Invalid storage cluster id: not exist.Invalid: period unit.Operation unsupported: forward entry.Invalid external ip: malformed.Invalid internal ip: malformed.Invalid external port: malformed.Invalid internal port: malformed.The request is forbidden: destnation ip out of vpc CIDR.Invalid protocal: value not supported.Incorret forward entry status.Forward entry: duplicated.Invalid: natgw not exist.Invalid ip: not in natgw.Operation failed: instacne bind eip.Duplicated param: external port.Duplicated param: internal port.Unsupported feature: private link enabled.Unsupported feature: port segment.Operation failed: any port config.A quota was exceeded: forward entry.The resource is not in a state that allows this: nat ip.The request is forbidden: ip has been used in snat.The request is forbidden: destination ip out of vswitch CIDR.The request is forbidden: external ip, used in snat table.The request is forbidden: internal ip out of vpc CIDR.Any port: port must be zero.A parameter is invalid: name, malformed.The resource is not in a state that allows this: forward entry.Duplicated: destination port.Operation unsupported: eip in binding.A quota was exceeded: forward entry session manyto one.Invalid forward table id: not found.Invalid external ip: not found.Resource not found: nat ip.System: error.Invalid IP address: out of range.Invalid IP address: not available.Invalid IP address: already used.Invalid IP address: malformed.Invalid v switch: not found.Invalid private ip: not found.Count limit exceed: ha vip in vpc.A quota was exceeded: ha vip.Invalid hpc cluster name: malformed.Invalid hpc cluster description: malformed.Invalid: parameter.Invalid image version: malformed.Invalid disk category: create image.Invalid architecture: malformed.Invalid platform: malformed.A parameter is invalid: disk type.Invalid image family: malformed.Image quota exceed: image family.Image family quota exceed.Invalid disk type: value not supported.Idempotence param not match.Invalid boot mode: not support.Incorrect disk status: never attached.Incorrect disk status: invalid.Operation denied: invalid snapshot category.Incorrect disk status: transferring.Invalid system snapshot: missing.Incorrect disk status: creating snapshot.Invalid snapshot category: not support image creation.Too many snapshot: unfinished.Hibernation configured: instance operation forbidden.Snapshot not ready.The instance is not in a state that allows this: need restart.Invalid command: component.Invalid name: malformed.Invalid system type: not supported value.Invalid component type: not supported value.Invalid content: length exceeded.Invalid image template command size: exceeded max number.Invalid image template command: not supported.Invalid command content: RUN.Invalid command content: ENV.Invalid command content: WORKDIR.Invalid command content: COPY.Invalid command content: USER.Invalid command content: CMD.Invalid command content: ENTRYPOINT.A required parameter is missing: content.Empty command content: RUN.Empty command content: ENV.Empty command content: LABEL.Empty command content: COPY.Empty command content: ENTRYPOINT.Empty command content: CMD.Not empty command content: RESTART.Empty command content: WORKDIR.Empty command content: USER.A quota was exceeded: image component.Not supported command: FROM.Invalid source instance: not found.Invalid base image type: not supported value.Invalid system disk size: not supported value.Invalid internet max bandwidth out: not supported value.Invalid add account size: exceeded max number.Invalid to region id size: exceeded max number.Invalid build content: length exceeded.Duplicated command: FROM.Invalid command order: FROM.Invalid command content: FROM.A quota was exceeded: image pipeline.Image pipeline: not support windows instance.Invalid image: not found.Image component: not found.Invalid storage cluster id: zone id empty.Invalid storage cluster id: disk size empty.Invalid system disk category: value not supported.Invalid host name: malformed.Invalid password: malformed.Invalid password param: mismatch.Invalid disk description: malformed.Invalid data device: malformed.Invalid node controller id: malformed.Invalid inner ip address: malformed.Invalid inner ip address: unusable.Image not support cloud init.Invalid snapshot id: based snapshot too old.A quota was exceeded: afterpay instance.Invalid market image charge type: not support.Invalid instance name: malformed.Invalid private ip address.Resource not available.Invalid disk category: mismatch.Invalid io optimized value: value not supported.Missing paramter.Invalid period.A parameter is invalid: bandwidth.Invalid user data: size exceeded.Invalid user data: not supported.Instance disk number: limit exceed.Invalid spot strategy.Invalid spot param: empty zone ID.Invalid spot price limit.Invalid spot duration.Invalid spot authorized.Invalid spot prepaid.Invalid spot ali uid.Invalid system disk size: value not supported.Invalid spot price limit: lower than public price.Invalid hpc cluster id: unnecessary.Invalid v switch id: necessary.Invalid hpc cluster id: necessary.Invalid hpc cluster id: not found.Invalid hpc cluster id: creating.Invalid security group: not in default vpc.Vpc not found.Invalid spot interruption behavior.Operation denied: illegal payment policy.Invalid deployment on host.Invalid instance charge type: not support.Invalid network type: not supported.Invalid dedicated host id: not found.Invalid dedicated host status: not support.Incorrect dedicated host status.Charge type violation: post paid dedicated host.Invalid period: exceeded dedicated host.Dedicated host type: unmatched.No avaliable dedicated host.A parameter is invalid: affinity.A parameter is invalid: tenancy.A parameter is invalid: tenancy.A parameter is invalid: credit specification.Invalid vpc zone: not supported.Incorrect default vpc status.Io optimized: not supported.Invalid client token: value not supported.Invalid capacity reservation id: not found.Lack resource.Invalid account status: pay amount limit exceeded.Invalid security group: network type.A quota was exceeded: prepay data disk capacity.Invalid custom instance type: not supported.Unexpected image family: image id supplied.Invalid http endpoint: not supported.Invalid http tokens: not supported.Invalid http put response hop limit: not supported.Invalid operation: vpc has enabled advanced network feature.Invalid charge type: capacity reservation not supported.Invalid dedicated host cluster id: in valid.Invalid operation: user not supported.Invalid deployment set id: not found.A required parameter is missing: private pool options id.Invalid: private pool options id.Invalid: private pool options, no stock.Hibernation configured: instance type not support.Hibernation configured: image not encrypted.Hibernation configured: memory size too big.Invalid system disk size: less than mem size.Invalid cloud box zone: operation not supported.Invalid internet max bandwidth out: malformed.Invalid internet max bandwidth in: malformed.Invalid destination zone: deployment set mismatch.The caller has no permission: price.A parameter is invalid: dedicated region not supported.Image not subscribed.Invalid system disk category: value unauthorized.Image removed in market.Category not supported.Instance disk num limit exceed.Image not support instance type.A quota was exceeded: buy image.Invalid cluster id: not found.Invalid instance type: zone not supported.Operation denied: image not valid.Instance type: offline.Real name authentication error.Invalid image: not supported.Incorrect vpc status.Operation denied: invalid network type.Invalid spot interruption behavior: classic network not support.Invalid spot interruption behavior: local disk not support.A quota was exceeded: deployment set instance quota full.Invalid v switch: default v switch not support.Operation denied: local disk unsupported.Operation denied: inconsistent network.Default vswitch: existed.Category violation.Invalid disk: system disk size.Mayi: internal error.Invalid network type.Invalid account status.Operation denied: region id not supported.Operation denied: flavor not supported.Operation denied: timestamp not supported.Operation denied: prepay not available.Operation denied: payg not available.Enterprise group limited: mutli group type.Enterprise group limited: instance type.An internal error occurred: allocate underlay ip.Operation denied: bid own resource.Operation denied: cloud SSD not supported.Invalid VPC status: not working.A quota was exceeded: elastic quota.Invalid image family: missing available image.The request is forbidden: only support enterprise group.Invalid operation: public ip address no stock.Invalid data disk snapshot id: not found.Dependency violation: io optimized.HOSTNAME ILLEGAL.Invalid system disk size: less than image size.Invalid system disk size: less than min size.Invalid system disk size: more than max size.Invalid system disk size.Invalid market image: not found.Deployment set: not found.Invalid disk ids: not portable.The request was throttled: resource.Invalid image: OS type.Invalid key pair name: malformed.Key pair: already exist.A quota was exceeded: key pair.Invalid region: not exist.Invalid launch template name: malformed.Invalid params: create eni params.Launch template limit exceed.Launch template name: duplicated.Launch template version limit exceed.Invalid launch template: not found.Invalid VPC status.Invalid nat gateway name: mal formed.Invalid nat gateway description: mal formed.A required parameter is missing: bandwidth package.Router entry conflict: duplicated.Parameter illegal.ZONE NO AVAILABLE IP.Invalid nat gateway id: not found.A parameter is invalid: spec, value not supported.Operation unsupported: multi nat gateway.Vswitch status error.The request is forbidden: check entry rule quota.Operation failed: unpaid bills exist.The resource is not in a state that allows this: route entry.The resource is not in a state that allows this: route table status.Operation failed: token verfiy.A parameter is not allowed: name.Invalid vpc id: not found.VPC ONLY CAN CREATE ONE NAT GATEWAY.Operation failed: crate entry time out.Order error: nat gateway.Joined group limit exceed.A parameter is invalid: security group id repeated.Invalid security group id: single id and multi id conflict.Invalid eni queue size: region or user not supported.A parameter is invalid: eni queue size.Invalid connection tracking configuration: region or user not supported.A parameter is invalid: eni connection tracking configuration.Invalid operation: not support.Invalid operation: bounding eni slave quota exceed.A parameter is invalid: eni traffic mode.Invalid operation: high performance traffic mode is not allowed.A parameter is invalid: queue pair number must empty.Invalid params: network interface name.Invalid operation: max eni ipv6 ips count exceeded.Invalid operation: address already allocated.Invalid operation: address not in v switch cidr.Invalid operation: slave eni must have bonding eni.Not belong user.Invalid operation: permission existed.Invalid operation: permission not existed.Invalid: status.Invalid access point id: not enabled.Invalid type: malformd.Invalid peer location: malformd.Invalid line operator: malformd.Invalid port type: malformd.Invalid redundant physical connection id: not found.A quota was exceeded: p conn per AP.Invalid bandwidth.Invalid redundant physical connection.Invalid redundant physical connection status.Invalid circuit code: malformed.A quota was exceeded: free pconn per AP.Invalid physical connection operator: malformed.Invalid physical connection port type: malformed.Invalid physical connection bandwidth: malformed.A parameter is not allowed: client token.Invalid access point id: not found.Invalid port type: not found.A parameter is invalid: address family.A parameter is invalid: prefix list name.A parameter is invalid: cidr malformed.A parameter is invalid: cidr duplicated.Limit exceed: entry.Limit exceed: max entries.Limit exceed: prefix list per region.Invalid cidr block: malformed.Invalid CIDR block: duplicate.Incorrect route entry status.Invalid cidr block.Invalid next hop type.Invalid next hop: not found.Invalid v router: not found.Invalid VPC: not found.Invalid nexthop type and list: both null.Invalid nexthop type and list: both not null.Invalid router interface.Invalid opposite router type.Invalid nexthop list size.Invalid entry rule quota: not found.Invalid VBR status.Invalid physical connection business status.Invalid router type.Count limit exceed: ha vip route entry.Invalid route entry: duplicate.A parameter is invalid.INVALID WEIGHT PARAM.FORBIDDEN USE VPC AS INTERNET GATEWAY.Invalid nexthop.INVALID VPC ID.Invalid route entry size.Invalid route entry.Invalid destination cidr block.The request is forbidden: private ip not found.Route conflict: already exist.Operation unsupported: inactive mode.The resource is not in a state that allows this: multi scope ri route entry.Operation unsupported: more than one vpn or havip.Operation unsupported: ecmp ri type or number.Duplicated: vpc next hop.Operation unsupported: sub route table ECMP.Invalid nexthop: not found.A parameter is not allowed: next hop id.Invalid vpn instance id: not found.Operation failed: scope active route entry type.Operation failed: scope standby route entry quota.Operation failed: scope active route entry quota.Operation unsupported: scope invalid route type.Operation failed: ecmp invalid router interface opposite type.A quota was exceeded: ha vip route entry.Operation failed: invalid nexthop.Operation failed: notify cen delete.Invalid nat gateway: not found.Operation failed: cxp route exist.Operation failed: notify cen create.Operation failed: get eni info.A quota was exceeded: ecmp route entry next hop count.Operation failed: invalid next hop type.Operation unsupported: invalid router interface type.Operation failed: multi scope type.Invalid next hop id: not found.Invalid route table id: not found.Invalid network interface: not found.Invalid vpc: not found.Operation failed: instance dismatch current vpc.Invalid ipv6 gateway: not found.Invalid price: not found.Invalid aliuid.Invalid bandwidth: not enough.Invalid role: value not supported.Invalid spec: valud not supported.Invalid router type: value not supported.Invalid opposite router type: value not supported.Parameter mismatch: role spec.A quota was exceeded: router interface.Limitation exceed: interface number on router.A parameter is invalid: not found.Invalid access point: not match.Invalid access point: not exist.Forbidden action.The request is forbidden: accept role not support pre pay.A parameter is not allowed: healthcheck ip.Operation failed: hc for invalid ri type.A parameter is not allowed: cross border bandwidth.A parameter is not allowed: v router type.A parameter is not allowed: spec.The request is forbidden: cross border.Invalid router id: not found.INVAID VBR STATUS.Invalid router interface spec: malformed.Invalid commodity: not found.Invalid router interface charge type: malformed.A parameter is not allowed: region id.Invalid opposite region id: not found.The request is forbidden: not in router interface create whitelist.RI CREATE ONE LIMIT BY SYNC.Invalid access point: value not allowed.Invalid security group name: malformed.Invalid params: group type.Invalid params: vpc id group type.A quota was exceeded: security group.Idempotent processing.Invalid not before: passed.Simulated event limit exceeded.Instance id limit exceeded.Create snapshot: failed.Incorrect disk status: never used.Incorrect volume status.Idempotent parameter mismatch.Incorrect disk type: not support.Invalid snapshot category: malformed.Invalid action: unauthorized.Invalid region: not support snapshot instant access region.Invalid category and instant access: malformed.DISK HAS CREATING SNAPSHOT.Invalid instant access retention days: malformed.Cloud box not support snapshot with instant access.Invalid volume id: not found.Invalid disk ids: not in same zone.Missing paramter: instance id.A parameter is invalid: exclude disk ids and disk ids, conflict.A parameter is invalid: name.A parameter is invalid: description.Incorrect disk status: too many creating snapshots.Invalid instance: no disk.Number exceed: too many disks.Capacity exceed: too many disks.Invalid disk: share volume.Invalid operation: multi attach disk.Invalid disk: disk category inconsistent.Invalid user: not supported.Invalid zone: not supported.Invalid zone: partition number not supported.Invalid storage set: not support.Invalid region id: not supported.Operation failed: idempotent token processing.Invalid v switch name: malformed.Invalid v switch discription: malformed.Invalid cidr block: overlapped.A quota was exceeded: v switch.Invalid cirdr block: mask length.Operation failed: cidr across.VPC: SWITCH, RULE, QUOTA, NOT, EXISTS.Create v switch: incorrect status, cbn status.The request is forbidden: vpc not found.Duplicated: client token.Invalid: not exist.Invalid status: route entry.Invalid vlan id: used.Invalid physical connection id: not enabled.Invalid vlan id: malformed.Invalid local gateway ip: malformed.Invalid peering subnet mask: malformed.A quota was exceeded: vbr perp conn.A quota was exceeded: freevbr.Invalid ip: not same subnet.A quota was exceeded: cross user VBR per user.Operation failed: vlan id in use.The request is forbidden: local gateway ip not allowed by caller.The request is forbidden: peer gateway ip not allowed by caller.The request is forbidden: peering subnet mask not allowed by caller.The request is forbidden: name not allowed by caller.The request is forbidden: description not allowed by caller.Invalid vbr owner id: not found.Operation failed: access device disabled.TOKEN PROCESSING.Invoke error.Invalid vpc name: malformed.Invalid vpc discription: malformed.A quota was exceeded: vpc.Resource not available: vpc.Invalid user cidr: quota.Invalid user cidr: malformed.System: service busy.A parameter is not allowed: user cidr.Operation unsupported: resource group id.A parameter is not allowed: enable ipv6.The request is forbidden: invaild owner.Activation id: in use.Activation id: not found.A required parameter is missing: instance type.Auto provisioning group: unauthorized.Auto provisioning group: incorrect status.Invalid auto provisioning group id: not found.Dependency violation: forward entry.Dependency violation: snat entry.Invalid bandwidth: not exist.Invalid status: cmd id in use.Invalid cmd id: not found.Dedicated host exists.Incomplete paramter.Numeric error code 404; see the product's documentation for its meaning.Dependency violation: not empty.Dependency violation: refer by HPC.Invalid status: in progress.Disk type violation.Disk creating snapshot.Incorrect disk status: initializing.Disk still attached.Invalid disk status: delete protection.Invalid forward entry id: not found.Dependency violation: ha vip refered by route entry.Dependency violation: ha vip associated with EIP.A required parameter is missing: hpc cluster id.Not exists: hpc cluster.Not empty: hpc cluster.Image using by instance.Image use shared.Image is importing.Image is exporting.Image is public.Invalid image component: not found.Invalid image pipeline: has running execution.Invalid image pipeline: not found.Dependency violation: SLB configuring.Dependency violation: route entry.Charge type violation.The instance is not in a state that allows this: initializing.Invalid operation: deletion protection.Invalid operation: eni linked.A parameter is invalid: cross region not support.DRYRUN: SUCCESS.A parameter is invalid: too many instance ids.Invalid instance ids: not found.Invalid key pair names: value not supported.A parameter is invalid: keypair already attached instance.Inner service failed.Invalid operation: delete default version.Dependency violation: bandwidth packages.Dependency violation: EIPS.The request is forbidden: pre paid nat gateway.INSTANCE NOT EXISTS.The resource is not in a state that allows this: natgw.Invalid operation: has slave eni bonded.Invalid eni permission id: not found.Invalid physical connection id: not matched.The request is forbidden: VBR exists.The request is forbidden: associate to VBR.Not allowed: association exist.Incorrcet route entry status.Invalid route entry: not found.Invalid next hop.The request is forbidden: v router not found.Invalid next hop list: size.Param exclusive: next hop id and list.Operation failed: delete multi scope entry.Vpc: error.Dependency violation: router interface refered by route entry.Invalid operation: security group not authorized.Dependency violation.Invalid security group: not found.Snapshot created image.Snapshot created disk.Invalid operation: related snapshot not finished.Invalid operation: delete shared snapshot unsupported.Invalid snapshot group: not found.Dependency violation: ha vip.Dependency violation: route table.Dependency violation: snat.Delete v switch: incorrect status, cbn status.Attr mismatching: nacl and bind instance.Invalid resource: not binding.Dependency violation: network acl.Dependency violation: enhanced natgw.Incorrect v switch id.Invalid operation: router interface not deleted.Invalid operation: operation not allowed in state.Invalid status: not allowed.Dependency violation: bgp group.Dependency violation: nqa.Dependency violation: bgp network.The request is forbidden: operation not allowed by user.The request is forbidden: multi vlan ri.The request is forbidden: no ri found.Invalid vbr id: not found.Dependency violation: instance.Dependency violation: v switch.Dependency violation: security group.Dependency violation: route interface.Dependency violation: tunnel.Dependency violation: nat gateway.Dependency violation: router interface.Dependency violation: ipv6 gateway.The resource is not in a state that allows this: cbn status.Dependency violation: cloud service resource.Dependency violation: classic link instance.Invalid region instance.Dependency violation: ipv4 gateway.Operation denied: vpc peer exists.Dependency violation: gateway route table.Dependency violation: dhcp options set.Invalid instance: not found.Invalid access point type: not support.Invalid region id: not support.A parameter is invalid: page number.A parameter is invalid: page size.A parameter is invalid: next token.A parameter is invalid: max results.A parameter is invalid: period time.Invalid: param.A parameter is invalid: type and cpu mem, conflict.A parameter is invalid: cores.A parameter is invalid: memory.A parameter is invalid: scope.A parameter is invalid: resource owner id.Invalid: region id.Unavailable: regions.Invalid: resource type.Invalid: destination resource.Invalid: io optimized.Invalid: network category.Invalid: spot strategy.Invalid: network type.Invalid: resource type, not found.Invalid: resource id.Invalid: instance pay type.Invalid: operation type.A parameter is invalid: private pool options, id.A parameter is invalid: private pool options, ids.A parameter is invalid: region id.Invalid permission: resource share assocoated.A parameter is invalid: to many instance ids.Invalid vpc: not belong.A parameter is invalid: page number.A parameter is invalid: page size.A parameter is invalid: setting type.A required parameter is missing: instance id.Instance ids: exceed limit.A required parameter is missing: dedicated host id.A parameter is invalid: to many dedicated host ids.A parameter is invalid: invalid dedicated host id.A parameter is invalid: dedicated host cluster ids.Invalid dedicated host ids: malformed.A parameter is invalid: dedicated host ids.Invalid lock reason: not found.Invalid demand id: not found.Invalid deployment set ids: too many input.A parameter is invalid: report not exist.Invalid start time: malformed.Invalid end time: malformed.Invalid period: value not supported.Invalid start time: too early.A parameter is invalid: too many data queried.Invalid instance type: not support credit.A parameter is invalid: end time.Invalid category: value not supported.A parameter is invalid: disk ids.Invalid snapshot: not found.Invalid disk ids: malformed.A parameter is invalid: multi attach and enable shared not match.Invalid filter key: not found.Invalid filter value.Invalid disk ids: value not supported.Invalid disk charge type: not found.Disk id limit exceeded.A parameter is invalid: time end before start.Operation denied: not in white list.Too many disk event: disk id required.Invalid i associated instance type: value not supported.Resource query error.Instance type: invalid.Invalid resource group id.Operation failed: endpoint.A parameter is invalid: too many.Operation denied: too many data queried.Invalid ip instance id: not found.A parameter is invalid: malformed.Invalid filter key: value not supported.Invalid hpc cluster ids: exceed limit.Invalid hpc cluster ids: malformed.A parameter is invalid: owner.Invalid image component id size: exceeded max number.Invalid: next token.Invalid user: unauthorized.A parameter is invalid: status.A required parameter is missing: image pipeline id.Invalid image pipeline id size: exceeded max number.Invalid usage.Invalid image owner alias: value not supported.Current account: not support public image.Invalid OS type.Invalid architecture.Abs: invalid instance ids, mal formed.A required parameter is missing: instance id.A parameter is invalid: invalid instance id.A parameter is invalid: renewal status.A parameter is invalid: renewal status instance id.A required parameter is missing: instance type or data disk.Invalid disk category: missing.Invalid action: with active elastic upgrade.Invalid instance type: not support upgrade.Instance expired.The request was throttled: user.Invalid start time: value not supported.Authentication failed: condition unsatisfied.Invalid instance ids: mal formed.RAM: api not supported.Instance not ready.Invalid network type: not found.Invalid status: not found.Invalid limitation: not found.Invalid vpc: empty.Invalid operation: invalid eni page number.Invalid vpc: indeterminacy.Not supported: resource type.Limit exceed: prefix list id.Invalid internet max bandwidth out: value not supported.Invalid resource type: value not supported.Invalid price unit: value not supported.Invalid activity: not supported.Invalid assurance times: not supported.A parameter is invalid: platform.Invalid operation: instance renew with downgrade in plan.Invalid amount: malformed.Invalid charge type: market image.Invalid disk ids: not found.Pre paid instance: expired.Invalid isp type: value not supported.Unsupported isp charge type.Unsupported isp classic network.Invalid isp bandwidth out.Unsupported isp network charge type.Invalid isp UID.Unsupported isp region.Invalid instance type: missing.Invalid network type: value not supported.Invalid: instance id, not found.Invalid system disk: not found.Invalid dedicated host type: missing.Recommend empty: instance type not authorized.Recommend empty: instance type sold out.Recommend empty: disk category not recommended.Invalid spot strategy: value not supported.Invalid priority strategy: value not supported.Invalid io optimized: not found.Invalid disk category: not found.Invalid instance type family: not found.Invalid max price: not supported.Invalid zone id: mal formed.Invalid zone id: value not supported.Invalid core and memory: value not supported.Recommend empty: performance not satisfied.Recommend empty: price not satisfied.Recommend empty: quota not satisfied.Recommend empty: iz not matched.Recommend empty: instance type not matched.Invalid scene: value not supported.Recommend empty: instance type family not matched.Recommend empty: generation not match.Recommend empty: network type not supported.Invalid instance family level: not supported.The request is not authorized: empty region.Invalid accept language: not found.Invalid expected renew day: conflict.Invalid expected renew day: value not supported.Invalid reserved instance offering type: value not supported.Invalid reserved instance offering class: value not supported.Invalid end time: value not supported.Invalid reserved instance lock reason: value not supported.Invalid reserved instance status: value not supported.Invalid allocation type: value not supported.Invalid condition: malformed.A parameter is invalid: not null.A parameter is not allowed: ali uid.Not supported: page number and page size.In valid parameter: next token.A parameter is invalid: security group type.Invalid snapshot group id: must be one.Invalid region id.Invalid snapshot link ids.Invalid disk ids.Invalid snapshot ids: malformed.Invalid source disk type.Invalid snapshot type: not found.Invalid snapshot link id: not found.A parameter is invalid: region id.Invalid: sale strategy.Invalid params: start time.Invalid params: end time.Abs: abs, invalid spot instance UID.Invalid params: network type.Invalid params: io optimized.Invalid params: OS type.Abs: io optimized, value not supported.Invalid params: zone id.Invalid params: region id.Invalid params: instance type.Invalid params: page size.Invalid params: offset.Operation denied: query fail.A parameter is invalid: capacity exceed.Invalid: tag category.Invalid params.Mismatch: instance id and region id.Invalid vpc id number: not supported.Invalid v switch id number: not supported.Invalid resource group id: not found.Invalid tag key.Invalid tag value.Invalid operation: invalid vpc.A parameter is invalid: region id and instance id.Disks detaching on ecs exceeded.Invalid instance: image category.Invalid operation: disk category unsupported.Invalid disk: already detached.Invalid disk id: operation not supported.Invalid operation: eni hot plug not supported.Invalid operation: has member eni attached.INSTANCE: STATUS, NOT, ALLOW.Invalid OSS prefix: malformed.Invalid image format: malformed.Invalid OSS bucket: not found.Invalid image: disk amount or size.Image not supported.Invalid OSS object: need restore.Invalid OSS bucket: not matched.Invalid image format: region not supported.Export image failed.No set roleto ECS service acount.Invalid OSS: not authorized.Concurrent quota exceed: export image.Weekly quota exceed: export image.Invalid image license: not supported.Invalid image category: not supported.Invalid OSS bucket: encrypt unsupported.Export snapshot failed.SNAPSHOT IS EXPORTING.SNAPSHOT CREATE NOT FINISHED.OSS AUTHORIZED FAILED.Not supported.Unsupported suffix: OSS object.Invalid OSS object: malformed.Invalid OSS bucket: malformed.Invalid OSS object: size.Invalid OS type: malformed.Invalid image size.Invalid data disk size.Invalid OSS object: not found.Invalid license type: not supported.Invalid license type: BYOL only.Invalid OSS bucket: flow limit.Invalid boot mode: malformed.A parameter is invalid: detection strategy.Import image failed.A parameter is invalid: malformed.A required parameter is missing: disk device mapping.Invalid block size: not support.Image check unsupported: windows image.Invalid VHD image: incorrect size.Invalid architecture: platform unsupported.Invalid account status: OSS disabled.Invalid storage location: not found.Invalid operation: cloud box image import role required.Invalid operation: cloud box image import unsupported.Invalid public key body: malformed.Invalid container id: malformed.Invalid container name: malformed.Invalid client token: malformed.Invalid instance: not match.A required parameter is missing: frequency.A parameter is invalid: frequency.Parameter: missing value.Parameter: disabled.A parameter is invalid: parameters.Number exceed: resource tags.A required parameter is missing: resource tag key.Invalid resource tag key: malformed.Invalid resource tag value: malformed.Duplicate: resource tag key.Invalid resource tag: instance not found.Invalid resource tag: conflict with instance ids.Invocation: exceed quota.Parameter count: exceed limit.Parameter key: exceed limit.Parameter key: duplicate.Parameter: not matched.Parameter type: not supported.Username: exceed limit.Windows password name: exceed limit.Windows password name: missed.Parameter store: not supported.Temporary access key: error.Parameter store: invalid parameters.Parameter store: no permission.Invalid repeat mode: not found.Invalid termination mode: not found.Entity exists: associated transfer tasks.Invalid resource group: duplicate.Invalid region id: resource group.Instance security group limit exceeded.Invalid instance id: mismatch.Invalid instance id: malformed.Invalid operation: eni and group not belong same user.Security group instance limit exceeded.Invalid instance id: already exists.Acl limit exceed.Invalid operation: network interface count exceeded.A parameter is invalid: eni id and instance id, conflict.The request is forbidden: instance is being created.Invalid security group association: not found.Instance last security group.Instance not in security group.Invalid operation: at least in one group.Request timeout.Plugin name: missing value.Invalid plugin name: not found.Invalid default resource group: not supported.Invalid tag: not supported.Number exceed: resource ids.Invalid: scope.Invalid tags: mal formed.Permission denied: tag owner bid.Permission denied: tag owner uid.Permission denied: scope.The caller has no permission: tag.Both empty: tags and resources.Permission denied: tags fuzzy query.Number exceed: tag values.Invalid filter: malformed.Invalid tag filter: malformed.A required parameter is missing: resource ids.A required parameter is missing: tag owner uid.A required parameter is missing: tag owner bid.A required parameter is missing: resource type.A required parameter is missing: tags.A quota was exceeded: launch template configs.The request is forbidden: charge type is prepaid.A required parameter is missing: bandwidth.A parameter is not allowed: bandwidth.Invalid bandwidth: value not supported.Bandwidth package: financial locked.Invalid instance amount: value not supported.Incorrect private pool status.Invalid private pool options name: value not supported.Operation denied: platform not supported.Operation denied: end time type not supported.Operation denied: start time not supported.Operation denied: instance amount not supported.Invalid private pool options: id.Invalid private pool id: not found.A parameter is invalid: oss encryption type.A parameter is invalid: oss encryption algorithm.A parameter is invalid: oss encryption key id.A parameter is invalid: oss bucket name.A parameter is invalid: oss prefix.Invalid oss bucket name: in other region.A parameter is invalid: sls project name.A parameter is invalid: sls logstore name.A parameter is invalid: allowed upgrade window.Invalid allowed upgrade window: duration too short.A parameter is invalid: time zone.Invalid allowed upgrade window: required.Create service linked role: no permission.Invalid operation: oss encryption unsupported.Invalid allowed upgrade window: count limit exceeded.Invalid sls project name: not found.Invalid sls logstore name: not found.Invalid oss bucket name: not found.Cmd name: readonly.Invalid dedicated host cluster id: not match.Invalid auto release time: malformed.No such resource.Incorrect host status.A parameter is invalid: duration.A parameter is invalid: auto renew with ecs.A parameter is invalid: instance ids.Expired instance.Instances id quota exceed.Invalid instance: unpaid order.Release time have been set.Invalid period: unit mismatch.Invalid image type: not supported.A quota was exceeded: rufund vcpu.Invalid instance type: phased out.A parameter is invalid: metric set id.A parameter is invalid: metric ids.No attribute to modify.A required parameter is missing: disk id or disk ids.Parameter conflict: disk id and disk ids.Bursting enabled for modifying disk unsupported.A required parameter is missing: instance id not supported.Invalid instance id: released.Invalid instance: purchase not found.Invalid instance: un paid order.Idempotence: signature mismatch.Order creation failed.Instance downgrade: quota exceed.Invalid disk: detached system disk.Last order processing.DISK IN DEDICATED BLOCK STORAGE CLUSTER.The caller has no permission: refund.The request is forbidden.Invalid action: not supported.Invalid instance status: not supported.Invalid instance id: NOT FOUND.Invalid performance level param: mismatch.Operation denied: disk in dedicated block storage cluster.Incorrect disk status: replication status not found.Incorrect disk status: in replication.Malformed parameter: performance control options.Invalid performance control options: modify operation unsupported.Invalid performance level: too low.Downgrade: not supported.Modifying disk category limit exceed.Disk in cooling period.Disk has flash snapshot.No change in disk category and performance level.Operation denied: disk expansion unfinished.Invalid performance parameter: disk not in dedicated storage cluster.Invalid status: disk under performance control.Invalid status: disk not ready.Insufficient balance: eip.Invalid bandwidth: out of max traffic binded on natgw.Invalid eip address name: malformed.Operation failed: concurrent request.The resource is not in a state that allows this: resource status.The request is forbidden: in common bandwidth package.SYSTEM: UNKNOWN, ERROR.Invalid ip: not found.Incorret status: forward entry.A parameter is not allowed: any port not zero.Invalid modify info.HPC CLUSTER MODIFY FAILED.Hpc cluster not exists.Image quota full: image family.Image family quota full.Image status: not available.Image status: not deprecated.Operation deined: image using by instance.Invalid group: malformed.Unnecessary parameter: launch permission.A parameter is invalid: launch permission.Forbidden parameter: launch permission.Assume role error.Image description: contains sensitive words.Image name: contains sensitive words.Image: public.Current region: not support public image.Image: not public.Operation deined: full image.A quota was exceeded: share image.A quota was exceeded: share image user.Invalid image id: bid mismatch.Operation denied: invalid image status.Public image agreement: not signed.A parameter is invalid: is public.Invalid account: forbbiden.Invalid resource package: biz status.Invalid remote connection options: password.Invalid remote connection options: type.Instance type: value not supported.OS type: value not supported.Invalid host password: malformed.A parameter is invalid: recycle bin.Invalid instance status: credit spec restricted.Invalid instance status: not running.A parameter is invalid: not support jumbo frame.Invalid operation: instance status not support.Invalid operation: instance status unsupported.A parameter is invalid: cpu options topology type.Invalid instance type: not support cpu options topology type.Invalid additional info pvd config: size exceeded.Credit: not found.Invalid instance status: need restart.Invalid security group type: not support classic.Invalid security group vpc: not belong to one vpc.Operation denied: starter package.Invalid period: starter package.Instance has processing convert order.Invalid instance: temp bandwidth upgrade.Period not supported: instance on managed private space.Operation denied: unstopped instance.Operation denied: local disk instance.A parameter is invalid: param.A parameter is invalid: dedicated host id.Invalid dedicated host: not enough resource.Operation denied: invalid instance.Operation denied: not support.Operation denied: cannot perform.Invalid instance type: not support.A parameter is invalid: instance id.Invalid dedicated host cluster id: invalid.Invalid deployment set id: no available resources.Invalid instance network type: not support.A parameter is invalid: deployment set group no.Invalid dedicated host id: not support.Invalid dedicated host: not found.Invalid dedicated host: zone not match.Invalid instance metadata tags: not supported.Invalid internet max bandwidth in: value not supported.Decreased bandwidth not allowed.Bandwidth upgrade denied: eip bound instance.Invalid instance status: not stopped.Ip allocation error.A parameter is invalid: allocate public ip.Invalid instance status.Last request processing.Invalid start time: beyond life cycle.Invalid end time: beyond life cycle.Invalid pay method: sync payment not support.Invalid bandwidth out: less than zero.A parameter is invalid: bandwidth bigger than base bandwidth.Invalid instance: instance not supported.Invalid operation: starter package.Invalid instance: eip not support.Invalid instance: nat port map not support.Operation denied: unpaid order.Unsupported change isp.Band increase not support isp.Dependency violation: instance type.A parameter is invalid: allow migrate across zone.A parameter is invalid: system disk category.Price: price plan result not found.Invalid action: not support.Invalid market image status: not supported.Instance type not supported: too many disks attached.A parameter is invalid: async.A required parameter is missing: disk category.A parameter is invalid: disk category.Invalid operation: online modification unsupported.Instance spec modification: not effective.Invalid operation: eip not support.A parameter is invalid: internet max bandwidth out.Invalid operation: instance with eip not support.Invalid operation: not allowed.Invalid operation: max modify online number exceeded.Invalid operation: rebooting required.Invalid operation: OS type not supported.Missing temporary: start time.Missing temporary: end time.Incorrect vnc password: malformed.Invalid target: traffic mirror session.Invalid source: traffic mirror session.Invalid v switch id: mismatch.Invalid private ip address: mismatch.Invalid private ip: changing.Primary eni has sub ip.V switch id not match.A parameter is invalid: security group id.Invalid ip: ipv6 assigned.Invalid instance: has transition record.Invalid instance status: not normal.Invalid vpc id: shared vpc.A parameter is invalid: to security group id.Invalid operation: vsw and ecs availability zone mismatch.Invalid operation: cloud box ecs not support.A parameter is invalid: v switch id.Invalid instance: attached eni.Invalid ip: multi primary ip.Invalid ip: ipv6.Invalid v switch: not belong to vpc.A parameter is invalid: eni no.A parameter is invalid: already in target vpc.A parameter is invalid: must be empty.A parameter is invalid: not enough ip in v switch.Invalid dependence: mutli directly eip.Invalid dependence: ha vip.Invalid dependence: next hop of custom router.Invalid dependence: been used as app server.Invalid dependence: grant access.Invalid dependence: bind GA.Invalid dependence: SLB.A parameter is invalid: frequency.Invalid parameters: key duplicate.Invalid parameters: key not match.Invalid parameters: key malformed.Invalid parameters: key empty.Invalid command content: decode error.Invalid instance id: OS type unsupported.Invalid operation: repeat mode unsupported.Invalid operation: invoke already finished.Invalid operation: cloud assistant version unsupported.Invalid operation: modify public command unsupported.Invalid command content: length limit exceeded.Invalid parameters: count limit exceeded.Invalid parameters: key length limit exceeded.Invalid instance id: count limit exceeded.Command limit exceeded.Invalid parameters: value type unsupported.Invalid invoke id: not found.Invalid launch template version: not found.Invalid operation: not support modify queue number.Invalid operation: instance type not support high performance.Invalid traffic mode: modify to standard not supported.Invalid operation: eni traffic mode not support IPv6.Invalid operation: modify primary eni queue number.Invalid operation: primary eni only support modify name and desc.Invalid status.Invalid billing method: value not supported.Invalid reboot time: mal formed.Invalid reboot time: value not supported.Invalid status: not stopped.Invalid system disk category: not match instance type.A parameter is invalid: instance id.Invalid instance: pre instance expired.Billing method not found.Image order failed.A parameter is invalid: reserved instance name.Abs: missing paramter, instance id.A parameter is invalid: period unit.A parameter is invalid: period.Invalid reserved instance name: malformed.A required parameter is missing: zone id.A required parameter is missing: reserved instance id.A required parameter is missing: reserved instance configuration.A parameter is invalid: split or merge.A required parameter is missing: instance type and amount both empty.Invalid reserved instance platform: value not supported.Invalid reserved instance zone: value not supported.A parameter is invalid: value not supported.Invalid scope: value not supported.Invalid configuration: value not supported.Operation denied: only modify name.Invalid reserved instance id: not found.Invalid name: malformd.Link role: not support.The request is forbidden: modify id and type.A parameter is invalid: modify router interface.Invalid instance owner: error.Invalid instance: status error.Invalid opposite: not found.A parameter is not allowed: charge type.A parameter is invalid: security group rule id.Invalid operation: modify sg rule entity type.A parameter is invalid: protocol and port range mismatch.A parameter is invalid: protocol and address family mismatch.A parameter is invalid: invalid modify rule request.Invalid operation: modify nic type.Security group rule: not found.Invalid security group rule id: not found.A parameter is invalid: inner access policy.Invalid operation: decrease retention days unsupported.Invalid snapshot disable instant access: malformed.A required parameter is missing: storage capacity unit id.Invalid action: user forbidden.Invalid v router name: malformed.Invalid v router discription: malformed.Invalid v router id: not found.Invalid ip: malformed.The request is forbidden: circuit code not allowed by caller.The request is forbidden: vlan id not allowed by caller.Invalid region: malformed.Illegal cidr block.Param exclusive: enable ipv6 and cidr block.Operation failed: classic link enabled.Invalid start time: scope not match.A parameter is invalid: capacity.A required parameter is missing: capacity.Reopen instance: instance not enough balance.Reopen instance: image not enough balance.Reopen instance: instance status not valid.Invalid pay type: not support.Login as non root: image not support.Disk has snapshots with instant access enabled: operation not supported.Login as non root: region not support.Invalid source snapshot.Shared image deleted.Invalid operation: conflict.Operation failed: vlan id already in use.Invalid dedicated host status: malformed.Invalid instance status: unstopped.Invalid operation: redeploy instance.Invalid: action, release capacity reservation.Invalid operation: release private pool unsupported.Incorrect host status: initializing.Instance exist.Operation denied: dedicated host shared.Task conflict: associate global acceleration instance.Operation unsupported: service managed.Dry run operation.Invalid ip address: need instance id.Operation times over limit.The request is forbidden: exceed duration.Invalid removed ip addresses: not found.Invalid removed ip addresses: not found.Invalid reboot time: malformed.Invalid instance type: code unauthorized.Invalid internet charge type: instance not supported.Upgrade: not supported.Invalid period: exceeded maximum expiration date.Idempotence: processing.Invalid loan order status: uncompleted.Operation denied: unfinished order.Invalid period: not found.Invalid expected renew day: starter package not supported.A parameter is invalid: expected renew day.A quota was exceeded: align instance.Operation denied: abnormal instance info.Diskcategory: mismatch.Instance: un paid order.Invalid disk: not allowed.Instance type not supported.Invalid charge type: not supported.Renew date not supported: starter package.A required parameter is missing: reserved instance ids.A parameter is invalid: reserved instance ids.Invalid period: exceeded maximum expiration.Invalid system disk size: image not support resize.A required parameter is missing: architecture.A required parameter is missing: platform.Invalid datadisk: disk status violation.Invalid datadisk: disk category violation.Invalid datadisk: charge type violation.Invalid region id: not support replace encrypted system disk.Invalid system disk status: is transfering.INST HAS UNPAID ORDER.Operation denied: instance creating.Invalid hostname: mismatch image.Invalid disk id: not support replace encrypted system disk.Incorrect disk status: has unfinished snapshot.Disk: not found.A parameter is invalid: type.Operation denied: not enough capacity.Invalid disk size: too large.Invalid disk size.Invalid operation: instance type not support online resize.Invalid disk size: not support resize online.Invalid operation: multi attach disk not support resize online.Invalid ip port range: malformed.A parameter is invalid: security group rule id repeated.Invalid security group rule: rule not exist.Invalid group auth item: not found.Invalid dest cidr ip: s malformed.Insufficient balance: agent credit.A parameter is invalid: secondary network interface.Invalid primary ip address: size invalid.Invalid instance name: custom malformed.Invalid io optimize: value not supported.Invalid min amount: malformed.Invalid max amount: malformed.Operation denied: no vlan.Invalid instance type: elastic network interface not supported.Invalid relation resource: not found.Incorrect recycle bin status.A parameter is invalid: network interface.Invalid period type: value not supported.Invalid snapshot id: malformed.Invalid security group: vpc mismatch.Invalid security group id: multi group id network type conflict.Invalid managed private space id: not found.Invalid scheduler options.Not support snapshot encrypted: instance type.Not support snapshot encrypted: image owner alias.The caller has no permission: system tag.Invalid zone id: not support share encrypted image.Invalid zone id: not support create with share encrypted image.Invalid account: not support spot.Account forbidden: associated with reseller partner.Invalid auto pay: post paid unsupported.A parameter is invalid: private ip address repeated.A parameter is invalid: eni num exceeded with launch ecs.A parameter is invalid: ip count.A parameter is invalid: eni type.A parameter is invalid: network interface.A parameter is invalid: combination.Invalid hostname: single and multi conflict.Invalid hostname: size invalid.Invalid params: instance name exceed.Invalid params: hostname exceed.Operation denied: snapshot not valid.Operation denied: zone not allowed.Operation denied: zone system category not match.Operation denied: resource control.Operation denied: snapshot params not valid.Operation denied: disk type not support.A parameter is invalid: trusted system mode.A parameter is invalid: confidential computing mode.Invalid security options: not supported.Dry run: invalid amount.Invalid operation: network interface.A parameter is invalid: secondary ip.A parameter is invalid: amount.A parameter is invalid: cpu options core.A parameter is invalid: cpu options numa.Invalid managed private space id: dedicated host id conflict.Invalid managed private space id: tenancy conflict.Invalid operation: confidential computing mode in invite only testing.Invalid operation: invalid network interface id.Invalid operation: region not support network interface id.Invalid security group id.Operation denied: creating conflict.Invalid v switch id: not exist.Invalid auto snapshot policy id: not found.File target dir: invalid.File mode: invalid.File content: decode error.File content type: invalid.A parameter is invalid: file owner.A parameter is invalid: file group.File size: exceed limit.File name: exceed limit.File desc: exceed limit.Start image pipeline execution: failed.Operation denied: spot price lower than public price.Operation denied: host repairing.Port number: invalid.Session count: exceed limit.Port forwarding: not supported.User behavior: session manager disabled.Invalid command line: conflict.Invalid target server: missing port number.Invalid command line: length limit exceeded.Invalid instance ids: count limit exceeded.Invalid operation: security group rule denied.Instance type: parameter mismatch.Invalid instance id: not support.Hibernation configured: not enabled.No permission key: scope.The request is forbidden: vbr attached.Invalid ip status: has been used by snat table.Invalid ip status: has been used by forward entry.Invalid status: snat or dnat.Resource not associated.The request is forbidden: unassociate master.Param: conflict.",
        ends: &[
            0, 32, 55, 94, 135, 179, 221, 267, 306, 344, 392, 435, 483, 526, 551, 580,
            619, 657, 701, 720, 760, 787, 816, 847, 869, 887, 906, 941, 968, 989, 1020,
            1053, 1095, 1126, 1159, 1206, 1255, 1275, 1293, 1310, 1351, 1397, 1438, 1478,
            1514, 1547, 1587, 1652, 1703, 1730, 1758, 1805, 1834, 1849, 1886, 1934, 1975,
            2009, 2028, 2055, 2080, 2119, 2164, 2215, 2261, 2288, 2313, 2332, 2358, 2379,
            2395, 2423, 2452, 2481, 2507, 2520, 2557, 2597, 2636, 2673, 2704, 2736, 2786,
            2820, 2856, 2893, 2923, 2958, 2998, 3034, 3069, 3092, 3118, 3142, 3182, 3199,
            3232, 3263, 3289, 3324, 3354, 3377, 3416, 3455, 3504, 3533, 3564, 3574, 3592,
            3610, 3639, 3669, 3700, 3731, 3758, 3788, 3827, 3873, 3891, 3934, 3987, 4014,
            4036, 4067, 4086, 4109, 4146, 4183, 4222, 4248, 4281, 4313, 4340, 4375, 4411,
            4443, 4469, 4493, 4517, 4537, 4575, 4614, 4653, 4689, 4725, 4760, 4794, 4826,
            4862, 4901, 4938, 5003, 5043, 5073, 5108, 5143, 5179, 5225, 5261, 5294, 5336,
            5362, 5404, 5442, 5482, 5537, 5585, 5611, 5642, 5692, 5707, 5733, 5771, 5825,
            5866, 5919, 5957, 5999, 6034, 6057, 6089, 6135, 6167, 6202, 6237, 6272, 6292,
            6318, 6349, 6386, 6409, 6441, 6474, 6495, 6538, 6562, 6576, 6599, 6638, 6675,
            6702, 6746, 6782, 6822, 6871, 6925, 6964, 6991, 7041, 7068, 7094, 7123, 7146,
            7160, 7191, 7230, 7270, 7298, 7331, 7360, 7392, 7431, 7463, 7492, 7530, 7591,
            7639, 7677, 7703, 7729, 7769, 7812, 7845, 7874, 7900, 7943, 7971, 7998, 8018,
            8057, 8102, 8135, 8168, 8210, 8232, 8261, 8290, 8316, 8348, 8403, 8435, 8467,
            8488, 8520, 8556, 8582, 8612, 8657, 8689, 8727, 8761, 8814, 8866, 8923, 8969,
            8998, 9021, 9043, 9061, 9088, 9104, 9115, 9144, 9174, 9240, 9267, 9319, 9372,
            9425, 9464, 9513, 9552, 9589, 9629, 9682, 9712, 9779, 9810, 9855, 9901, 9933,
            9954, 9986, 10026, 10060, 10088, 10119, 10152, 10194, 10228, 10261, 10295,
            10333, 10384, 10433, 10502, 10528, 10564, 10612, 10646, 10686, 10717, 10761,
            10804, 10862, 10911, 10952, 10997, 11053, 11096, 11145, 11194, 11247, 11318,
            11390, 11465, 11518, 11570, 11620, 11670, 11738, 11769, 11803, 11829, 11867,
            11894, 11928, 11960, 11988, 12026, 12072, 12117, 12157, 12192, 12233, 12270,
            12297, 12334, 12364, 12398, 12430, 12472, 12516, 12581, 12646, 12683, 12730,
            12762, 12822, 12865, 12901, 12940, 12977, 13013, 13059, 13101, 13128, 13159,
            13190, 13243, 13290, 13325, 13359, 13391, 13421, 13459, 13491, 13524, 13552,
            13575, 13596, 13624, 13654, 13695, 13739, 13786, 13828, 13852, 13894, 13922,
            13949, 13990, 14029, 14048, 14084, 14127, 14161, 14207, 14251, 14278, 14296,
            14334, 14379, 14422, 14465, 14510, 14551, 14612, 14664, 14719, 14771, 14825,
            14868, 14915, 14950, 14988, 15022, 15055, 15105, 15128, 15179, 15213, 15240,
            15279, 15310, 15347, 15372, 15402, 15433, 15464, 15506, 15553, 15579, 15619,
            15653, 15683, 15723, 15748, 15776, 15807, 15839, 15863, 15889, 15918, 15937,
            15974, 16009, 16041, 16074, 16123, 16172, 16215, 16266, 16312, 16346, 16389,
            16433, 16465, 16482, 16513, 16545, 16593, 16644, 16677, 16711, 16768, 16798,
            16837, 16894, 16948, 17005, 17039, 17076, 17130, 17195, 17264, 17313, 17355,
            17417, 17446, 17474, 17505, 17535, 17566, 17597, 17628, 17657, 17677, 17718,
            17739, 17770, 17807, 17855, 17913, 17983, 18041, 18095, 18160, 18223, 18281,
            18338, 18369, 18422, 18458, 18499, 18544, 18582, 18627, 18684, 18726, 18766,
            18817, 18872, 18906, 18935, 18960, 18990, 19030, 19080, 19123, 19158, 19202,
            19258, 19298, 19338, 19347, 19390, 19424, 19455, 19502, 19519, 19542, 19571,
            19590, 19620, 19641, 19687, 19745, 19779, 19809, 19847, 19885, 19901, 19947,
            20006, 20063, 20112, 20188, 20232, 20259, 20292, 20330, 20382, 20417, 20439,
            20471, 20511, 20537, 20556, 20574, 20595, 20639, 20655, 20692, 20710, 20731,
            20761, 20787, 20823, 20849, 20872, 20895, 20919, 20949, 20978, 21020, 21069,
            21118, 21146, 21170, 21199, 21226, 21255, 21283, 21309, 21351, 21379, 21409,
            21440, 21473, 21510, 21543, 21573, 21613, 21649, 21682, 21721, 21752, 21785,
            21821, 21863, 21907, 21940, 21976, 22013, 22047, 22076, 22107, 22144, 22178,
            22207, 22244, 22287, 22335, 22379, 22412, 22442, 22490, 22517, 22546, 22583,
            22633, 22671, 22717, 22756, 22803, 22837, 22884, 22941, 22995, 23042, 23098,
            23146, 23194, 23234, 23281, 23320, 23367, 23418, 23462, 23504, 23544, 23588,
            23639, 23675, 23711, 23754, 23804, 23858, 23900, 23936, 23964, 23992, 24034,
            24076, 24120, 24149, 24168, 24205, 24237, 24279, 24329, 24355, 24413, 24459,
            24495, 24535, 24588, 24627, 24671, 24721, 24760, 24782, 24819, 24881, 24945,
            25010, 25063, 25112, 25164, 25210, 25260, 25298, 25319, 25356, 25387, 25418,
            25451, 25484, 25540, 25578, 25608, 25634, 25659, 25684, 25720, 25752, 25784,
            25826, 25860, 25894, 25930, 25986, 26037, 26098, 26156, 26210, 26238, 26278,
            26341, 26370, 26408, 26463, 26499, 26530, 26557, 26571, 26604, 26638, 26671,
            26701, 26729, 26759, 26793, 26822, 26858, 26901, 26920, 26953, 26989, 27021,
            27049, 27083, 27115, 27148, 27174, 27213, 27241, 27272, 27310, 27341, 27385,
            27421, 27454, 27495, 27549, 27579, 27632, 27651, 27713, 27740, 27764, 27805,
            27849, 27882, 27939, 27985, 28014, 28043, 28076, 28106, 28136, 28165, 28201,
            28242, 28269, 28296, 28325, 28353, 28387, 28414, 28449, 28480, 28508, 28546,
            28574, 28609, 28654, 28700, 28756, 28802, 28849, 28888, 28913, 28941, 28971,
            29008, 29053, 29078, 29105, 29147, 29191, 29241, 29270, 29298, 29331, 29367,
            29398, 29436, 29472, 29507, 29536, 29580, 29620, 29666, 29699, 29726, 29749,
            29781, 29829, 29846, 29861, 29895, 29928, 29961, 29996, 30018, 30052, 30077,
            30099, 30123, 30144, 30165, 30211, 30261, 30297, 30328, 30362, 30396, 30429,
            30472, 30486, 30521, 30562, 30589, 30631, 30667, 30704, 30747, 30779, 30827,
            30867, 30898, 30926, 30959, 30991, 31023, 31068, 31100, 31129, 31157, 31199,
            31242, 31256, 31306, 31343, 31391, 31435, 31478, 31515, 31550, 31601, 31661,
            31717, 31761, 31799, 31836, 31893, 31926, 31966, 32016, 32060, 32104, 32149,
            32197, 32243, 32288, 32338, 32374, 32429, 32450, 32499, 32523, 32546, 32577,
            32609, 32641, 32671, 32713, 32747, 32770, 32801, 32830, 32851, 32890, 32954,
            33013, 33070, 33117, 33158, 33197, 33222, 33241, 33272, 33293, 33314, 33337,
            33379, 33418, 33460, 33499, 33536, 33579, 33619, 33668, 33703, 33745, 33777,
            33813, 33859, 33915, 33961, 34002, 34037, 34054, 34101, 34146, 34191, 34216,
            34248, 34274, 34305, 34341, 34364, 34397, 34421, 34452, 34478, 34518, 34552,
            34581, 34614, 34651, 34686, 34705, 34742, 34786, 34837, 34871, 34889, 34910,
            34944, 34994, 35035, 35056, 35105, 35142, 35203, 35271, 35302, 35335, 35361,
            35397, 35436, 35461, 35487, 35538, 35597, 35650, 35689, 35761, 35823, 35854,
            35905, 35946, 36010, 36063, 36102, 36153, 36198, 36246, 36297, 36313, 36351,
            36393, 36409, 36446, 36469, 36501, 36533, 36561, 36613, 36649, 36667, 36705,
            36750, 36782, 36822, 36870, 36919, 36968, 37009, 37044, 37073, 37112, 37153,
            37192, 37232, 37252, 37278, 37315, 37345, 37375, 37404, 37423, 37445, 37473,
            37501, 37524, 37565, 37610, 37635, 37664, 37690, 37726, 37745, 37789, 37809,
            37848, 37879, 37902, 37923, 37961, 37977, 37992, 38017, 38037, 38068, 38115,
            38145, 38182, 38258, 38308, 38354, 38379, 38423, 38450, 38490, 38525, 38573,
            38623, 38672, 38720, 38782, 38823, 38857, 38893, 38924, 38958, 38994, 39025,
            39079, 39119, 39172, 39207, 39238, 39272, 39309, 39332, 39380, 39412, 39437,
            39452, 39482, 39516, 39550, 39591, 39641, 39671, 39710, 39756, 39790, 39822,
            39854, 39871, 39929, 39972, 40013, 40064, 40106, 40139, 40178, 40207, 40225,
            40266, 40295, 40343, 40381, 40419, 40486, 40514, 40554, 40593, 40620, 40654,
            40691, 40713, 40740, 40771, 40798, 40822, 40856, 40880, 40910, 40943, 40980,
            41009, 41068, 41115, 41142, 41191, 41242, 41271, 41306, 41336, 41400, 41429,
            41465, 41516, 41542, 41572, 41604, 41631, 41668, 41709, 41737, 41765, 41810,
            41843, 41876, 41922, 41955, 41995, 42026, 42057, 42090, 42120, 42158, 42204,
            42244, 42269, 42288, 42316, 42338, 42382, 42409, 42445, 42484, 42520, 42550,
            42578, 42624, 42657, 42722, 42786, 42854, 42907, 42967, 42999, 43040, 43057,
            43070, 43098, 43133, 43159, 43187, 43212, 43241, 43262, 43300, 43341, 43381,
            43421, 43443, 43468, 43515, 43553, 43595, 43641, 43677, 43710, 43739, 43769,
            43795, 43817, 43837, 43909, 43941, 43976, 44004, 44024, 44047, 44083, 44103,
            44142, 44178, 44230, 44279, 44327, 44351, 44374, 44398, 44415, 44434, 44453,
            44469, 44504, 44550, 44584, 44622, 44656, 44678, 44740, 44779, 44809, 44858,
            44874, 44920, 44952, 44996, 45054, 45075, 45117, 45158, 45185, 45232, 45252,
            45307, 45347, 45384, 45428, 45465, 45508, 45539, 45568, 45599, 45616, 45661,
            45689, 45727, 45770, 45781, 45843, 45892, 45913, 45947, 45970, 45992, 46041,
            46095, 46129, 46158, 46192, 46219, 46265, 46306, 46336, 46370, 46407, 46429,
            46477, 46527, 46555, 46587, 46613, 46647, 46703, 46743, 46781, 46807, 46838,
            46869, 46906, 46944, 46973, 47007, 47046, 47081, 47141, 47186, 47230, 47254,
            47289, 47323, 47365, 47404, 47432, 47471, 47502, 47538, 47572, 47607, 47643,
            47679, 47694, 47745, 47775, 47806, 47836, 47878, 47897, 47918, 47941, 47971,
            47993, 48019, 48042, 48064, 48098, 48119, 48146, 48170, 48219, 48269, 48303,
            48349, 48394, 48418, 48454, 48488, 48525, 48570, 48597, 48648, 48699, 48749,
            48800, 48838, 48881, 48912, 48941, 48984, 49025, 49055, 49083, 49119, 49149,
            49195, 49237, 49270, 49308, 49341, 49369, 49397, 49462, 49492, 49513, 49551,
            49587, 49610, 49656, 49692, 49730, 49786, 49807, 49830, 49856, 49883, 49916,
            49956, 49990, 50024, 50064, 50102, 50137, 50167, 50220, 50240, 50267, 50298,
            50349, 50401, 50415, 50462, 50504, 50520, 50541, 50579, 50624, 50668, 50707,
            50758, 50818, 50849, 50893, 50936, 50953, 50985, 51025, 51070, 51103, 51126,
            51145, 51177, 51203, 51233, 51252, 51295, 51322, 51351, 51380, 51436, 51479,
            51519, 51551, 51590, 51623, 51680, 51706, 51740, 51768, 51795, 51833, 51861,
            51893, 51919, 51955, 51971, 51994, 52025, 52067, 52099, 52130, 52167, 52213,
            52253, 52300, 52343, 52390, 52422, 52455, 52495, 52528, 52556, 52593, 52638,
            52681, 52718, 52755, 52787, 52830, 52865, 52915, 52953, 52997, 53042, 53086,
            53121, 53158, 53206, 53267, 53329, 53367, 53426, 53480, 53525, 53554, 53587,
            53623, 53664, 53695, 53739, 53778, 53796, 53822, 53839, 53871, 53896, 53929,
            53965, 53999, 54022, 54049, 54074, 54110, 54139, 54168, 54192, 54231, 54255,
            54281, 54311, 54337, 54360, 54389, 54429, 54451, 54466, 54502, 54539, 54581,
            54618, 54634, 54652, 54683, 54733, 54765, 54798, 54843, 54874, 54915, 54961,
            55004, 55033, 55063, 55095, 55125, 55160, 55180, 55213, 55245, 55288, 55308,
            55341, 55369, 55407, 55441, 55478, 55516, 55556, 55579, 55601, 55630, 55652,
            55666, 55697, 55727, 55757, 55782, 55809, 55828, 55851, 55881, 55917, 55949,
            55980, 56009, 56052, 56072, 56106, 56159, 56191, 56230, 56264, 56307, 56344,
            56380, 56436, 56490, 56525, 56557, 56591, 56623, 56651, 56694, 56728, 56753,
            56773, 56808, 56837, 56887, 56923, 56961, 56989, 57030, 57079, 57104, 57134,
            57162, 57187, 57210, 57240, 57263, 57299, 57329, 57360, 57388, 57424, 57455,
            57486, 57522, 57563, 57597, 57631, 57670, 57700, 57731, 57785, 57824, 57860,
            57877, 57929, 57986, 58038, 58084, 58113, 58144, 58185, 58201, 58228, 58259,
            58305, 58332, 58360, 58375, 58400, 58433, 58466, 58491, 58525, 58556, 58592,
            58618, 58644, 58674, 58720, 58767, 58814, 58861, 58899, 58945, 58994, 59037,
            59075, 59114, 59150, 59195, 59225, 59280, 59321, 59367, 59410, 59458, 59491,
            59526, 59570, 59619, 59665, 59705, 59740, 59781, 59822, 59864, 59911, 59962,
            59996, 60037, 60079, 60125, 60178, 60214, 60251, 60286, 60305, 60350, 60387,
            60404, 60426, 60459, 60503, 60540, 60557, 60583, 60614, 60641, 60671, 60705,
            60739, 60773, 60811, 60846, 60869, 60922, 60963, 61011, 61070, 61100, 61137,
            61169, 61201, 61223, 61256, 61291, 61313, 61353, 61390, 61415, 61445, 61484,
            61515, 61557, 61615, 61667, 61705, 61754, 61820, 61855, 61880, 61917, 61940,
            61964, 62013, 62057, 62126, 62173, 62204, 62230, 62284, 62320, 62357, 62422,
            62476, 62499, 62521, 62552, 62598, 62618, 62644, 62667, 62698, 62722, 62750,
            62779, 62821, 62846, 62887, 62929, 62968, 62986, 63030, 63067, 63081, 63122,
            63140, 63169, 63203, 63242, 63273, 63312, 63347, 63381, 63408, 63445, 63489,
            63529, 63564, 63593, 63626, 63662, 63710, 63747, 63795, 63842, 63889, 63939,
            64000, 64050, 64068, 64106, 64155, 64205, 64239, 64271, 64309, 64350, 64406,
            64443, 64481, 64511, 64553, 64597, 64632, 64662, 64695, 64730, 64766, 64809,
            64859, 64902, 64950, 64989, 65023, 65062, 65108, 65163, 65195, 65240, 65277,
            65297, 65340, 65364, 65388, 65426, 65462, 65507, 65545, 65606, 65647, 65682,
            65716, 65759, 65790, 65813, 65843, 65879, 65929, 65974, 66009, 66037, 66080,
            66133, 66163, 66210, 66248, 66299, 66341, 66376, 66427, 66476, 66507, 66560,
            66598, 66639, 66669, 66697, 66731, 66770, 66809, 66839, 66876, 66905, 66928,
            66950, 66992, 67018, 67058, 67094, 67121, 67166, 67224, 67269, 67305, 67336,
            67365, 67382, 67418, 67449, 67495, 67533, 67583, 67622, 67649, 67695, 67739,
            67772, 67800, 67824, 67858, 67892, 67926, 67960, 67990, 68028, 68069, 68112,
            68155, 68210, 68263, 68310, 68351, 68397, 68439, 68462, 68505, 68534, 68577,
            68628, 68690, 68745, 68798, 68849, 68914, 68929, 68973, 69005, 69046, 69074,
            69128, 69164, 69203, 69228, 69247, 69294, 69329, 69365, 69396, 69438, 69479,
            69533, 69598, 69637, 69706, 69762, 69814, 69858, 69893, 69936, 69971, 70011,
            70034, 70057, 70102, 70150, 70180, 70211, 70239, 70279, 70326, 70372, 70429,
            70490, 70542, 70577, 70608, 70650, 70694, 70749, 70800, 70858, 70889, 70922,
            70962, 70993, 71015, 71076, 71132, 71158, 71177, 71221, 71260, 71296, 71329,
            71371, 71416, 71458, 71501, 71531, 71568, 71640, 71678, 71702, 71723, 71751,
            71792, 71833, 71868, 71905, 71951, 72003, 72039, 72054, 72094, 72148, 72187,
            72205, 72242, 72269, 72311, 72351, 72391, 72422, 72463, 72516, 72539, 72588,
            72612, 72651, 72686, 72712, 72770, 72813, 72850, 72891, 72914, 72938, 72964,
            72992, 73027, 73069, 73124, 73170, 73214, 73265, 73311, 73353, 73393, 73435,
            73475, 73536, 73579, 73601, 73637, 73670, 73729, 73776, 73792, 73821, 73859,
            73888, 73906, 73965, 74010, 74073, 74106, 74162, 74206, 74241, 74275, 74310,
            74362, 74403, 74443, 74484, 74514, 74544, 74570, 74633, 74670, 74699, 74741,
            74782, 74813, 74850, 74914, 74958, 74984, 75030, 75080, 75121, 75172, 75235,
            75269, 75321, 75361, 75413, 75470, 75503, 75536, 75578, 75614, 75658, 75689,
            75726, 75758, 75795, 75830, 75879, 75914, 75958, 75998, 76042, 76094, 76134,
            76158, 76195, 76232, 76263, 76304, 76345, 76406, 76457, 76527, 76575, 76634,
            76660, 76696, 76727, 76770, 76795, 76814, 76841, 76868, 76903, 76938, 76962,
            76986, 77010, 77049, 77102, 77135, 77156, 77184, 77215, 77255, 77286, 77329,
            77373, 77416, 77462, 77496, 77529, 77565, 77590, 77629, 77676, 77726, 77755,
            77779, 77824, 77840,
        ],
    };
    static STATUSES: [u16; 2369] = [
        400, 403, 404, 400, 403, 404, 500, 403, 409, 403, 403, 403, 403, 403, 403, 403,
        400, 405, 404, 400, 404, 400, 400, 403, 404, 400, 403, 500, 404, 400, 400, 400,
        404, 400, 400, 400, 400, 400, 400, 403, 403, 403, 404, 404, 400, 400, 500, 400,
        403, 404, 500, 400, 400, 400, 403, 400, 403, 403, 400, 400, 403, 404, 500, 400,
        403, 400, 400, 403, 400, 400, 400, 400, 400, 400, 403, 404, 403, 403, 403, 403,
        403, 403, 400, 403, 403, 400, 403, 404, 403, 400, 404, 400, 404, 400, 404, 404,
        404, 500, 400, 404, 400, 400, 400, 403, 400, 400, 403, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 500, 400, 404, 500, 400, 400, 400, 400, 400, 400, 403, 400,
        403, 403, 403, 403, 403, 403, 403, 404, 403, 400, 404, 400, 404, 400, 400, 403,
        404, 403, 400, 403, 404, 400, 400, 400, 400, 403, 400, 400, 400, 403, 400, 400,
        403, 403, 403, 403, 403, 403, 404, 403, 403, 403, 404, 403, 403, 400, 403, 403,
        400, 403, 403, 403, 403, 403, 404, 400, 403, 403, 403, 403, 403, 403, 403, 403,
        403, 403, 403, 403, 403, 404, 403, 404, 404, 404, 404, 500, 400, 403, 429, 400,
        400, 400, 403, 400, 400, 403, 400, 400, 403, 400, 400, 403, 403, 403, 403, 403,
        403, 403, 403, 403, 403, 400, 404, 404, 400, 403, 404, 400, 400, 400, 400, 403,
        400, 400, 403, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 404, 404, 400, 404, 404,
        500, 503, 400, 400, 400, 400, 400, 400, 404, 404, 403, 403, 403, 400, 403, 403,
        403, 400, 403, 403, 403, 400, 400, 403, 400, 400, 400, 400, 403, 400, 400, 400,
        400, 403, 403, 400, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 400, 403,
        400, 403, 400, 403, 403, 403, 403, 403, 403, 403, 404, 403, 403, 403, 403, 403,
        404, 400, 403, 403, 404, 401, 404, 400, 404, 400, 403, 400, 403, 400, 403, 400,
        400, 400, 400, 403, 400, 403, 400, 403, 403, 403, 403, 403, 403, 403, 403, 403,
        403, 403, 403, 400, 403, 403, 403, 403, 403, 403, 403, 404, 403, 400, 403, 400,
        403, 400, 403, 400, 400, 400, 400, 400, 400, 403, 400, 403, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 400, 400, 403, 403, 403,
        403, 404, 404, 400, 400, 403, 400, 400, 403, 404, 400, 400, 400, 404, 400, 403,
        404, 400, 404, 400, 403, 400, 403, 403, 400, 403, 403, 403, 403, 400, 400, 400,
        400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 403, 403, 403, 403, 400, 403, 404, 403, 403, 403, 403, 403, 403, 404,
        400, 400, 404, 400, 403, 400, 400, 400, 403, 400, 403, 400, 403, 400, 400, 400,
        403, 401, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403,
        403, 404, 403, 400, 404, 403, 403, 403, 400, 403, 403, 400, 403, 403, 403, 400,
        403, 400, 403, 403, 403, 403, 403, 403, 403, 500, 400, 400, 403, 403, 403, 403,
        403, 403, 403, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 403,
        500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400,
        400, 400, 400, 400, 400, 403, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400,
        403, 403, 403, 403, 403, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 403, 400, 400, 403, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403,
        403, 400, 400, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403, 403, 404, 404,
        400, 404, 404, 404, 400, 400, 404, 400, 400, 400, 400, 404, 403, 403, 403, 403,
        404, 400, 403, 400, 404, 403, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 403, 403, 400, 400, 403, 400, 400, 403, 400, 400, 403, 404, 400, 403,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 403, 403, 400, 403, 403, 403, 403, 403, 403, 400, 403, 403, 403,
        403, 400, 403, 400, 403, 403, 403, 400, 403, 403, 403, 403, 403, 403, 403, 403,
        403, 403, 403, 403, 403, 403, 403, 403, 400, 403, 404, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 404, 404, 500, 400, 400, 400,
        400, 400, 400, 403, 403, 400, 400, 400, 403, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 403, 403, 403, 403, 403, 403, 401, 403, 403, 403, 403, 403,
        400, 400, 403, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 403, 404, 404, 400, 400, 400, 403, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 404, 400, 403,
        400, 400, 403, 400, 400, 403, 400, 400, 400, 400, 400, 400, 400, 400, 403, 404,
        400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        403, 403, 403, 403, 403, 403, 403, 403, 404, 403, 403, 404, 403, 400, 403, 403,
        400, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403,
        403, 403, 403, 403, 403, 404, 403, 403, 403, 403, 403, 403, 403, 403, 403, 404,
        404, 400, 404, 404, 400, 404, 404, 400, 404, 404, 404, 404, 429, 500, 400, 400,
        403, 400, 400, 400, 403, 403, 403, 404, 400, 400, 400, 400, 400, 400, 400, 404,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 403, 404, 404, 500,
        400, 404, 400, 404, 400, 400, 400, 400, 400, 403, 404, 403, 403, 400, 403, 403,
        400, 403, 404, 404, 404, 404, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 404, 400, 400, 400, 400,
        400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 404, 404, 404, 404, 404, 404,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 500, 400, 404, 400, 500,
        500, 500, 400, 400, 400, 403, 403, 403, 403, 403, 403, 400, 403, 403, 403, 403,
        403, 403, 403, 403, 403, 403, 403, 404, 400, 403, 400, 400, 400, 400, 403, 403,
        403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 404, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 403, 403, 403, 403, 403, 404, 404, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 403, 404, 400, 403, 403, 403, 404, 400, 400, 404, 403,
        404, 400, 400, 404, 403, 403, 403, 403, 403, 403, 403, 403, 404, 400, 400, 400,
        400, 400, 403, 403, 403, 403, 403, 404, 403, 404, 400, 400, 403, 400, 403, 403,
        400, 403, 400, 400, 403, 404, 400, 400, 403, 403, 400, 400, 400, 404, 404, 400,
        404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 500, 400, 401, 403,
        400, 404, 403, 403, 403, 403, 404, 400, 400, 400, 400, 400, 400, 400, 400, 404,
        400, 400, 400, 400, 400, 400, 403, 403, 403, 404, 400, 400, 400, 400, 400, 400,
        400, 400, 401, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 404, 400,
        400, 400, 400, 400, 400, 403, 400, 403, 403, 403, 400, 403, 404, 404, 404, 404,
        404, 404, 404, 404, 404, 404, 404, 404, 400, 400, 400, 400, 400, 403, 403, 403,
        403, 400, 400, 403, 400, 403, 403, 403, 400, 403, 400, 404, 404, 403, 403, 400,
        403, 400, 403, 400, 403, 400, 403, 400, 403, 400, 403, 400, 403, 400, 403, 400,
        400, 404, 403, 403, 404, 404, 404, 404, 403, 403, 403, 403, 400, 400, 400, 400,
        400, 400, 400, 404, 403, 404, 400, 400, 400, 400, 403, 403, 401, 400, 400, 400,
        404, 400, 403, 404, 404, 403, 403, 400, 403, 404, 403, 403, 400, 400, 404, 400,
        403, 403, 400, 403, 400, 403, 403, 403, 403, 500, 404, 404, 404, 403, 403, 403,
        400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 403, 403, 403, 404, 403, 403,
        403, 403, 403, 403, 403, 403, 404, 400, 403, 404, 404, 404, 404, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 403, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 403, 404, 400, 400, 400, 403, 400, 403, 400, 400, 400, 403,
        400, 400, 400, 400, 404, 400, 400, 400, 403, 400, 400, 400, 403, 404, 404, 404,
        403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 403, 400, 400, 404, 404, 400, 400, 400, 403, 403, 400, 403, 403, 404, 404,
        400, 403, 400, 400, 400, 403, 400, 403, 400, 400, 403, 400, 400, 400, 403, 403,
        403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 405, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 403, 403, 403, 403, 403, 403, 403, 403,
        403, 403, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 403, 403, 403, 400, 403, 400, 403, 403, 403, 403, 400, 403,
        403, 403, 403, 403, 404, 404, 400, 403, 403, 400, 403, 400, 400, 400, 403, 403,
        403, 403, 403, 403, 400, 403, 403, 403, 504, 400, 404, 400, 400, 400, 400, 400,
        403, 403, 403, 403, 403, 403, 403, 403, 403, 404, 404, 404, 404, 404, 400, 400,
        400, 400, 400, 404, 404, 403, 400, 403, 403, 403, 403, 403, 403, 403, 404, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 403, 403, 404, 404,
        404, 403, 404, 400, 404, 403, 403, 403, 400, 400, 400, 400, 403, 400, 400, 400,
        400, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 400, 400, 400,
        403, 400, 400, 400, 400, 403, 404, 404, 404, 400, 400, 400, 400, 400, 400, 403,
        400, 403, 403, 403, 403, 403, 403, 403, 403, 403, 400, 400, 400, 400, 400, 404,
        500, 400, 400, 400, 400, 400, 400, 400, 400, 403, 403, 403, 400, 404, 400, 400,
        400, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 404, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 403, 400, 400, 400, 400, 400, 400, 404,
        404, 404, 404, 400, 403, 400, 403, 403, 400, 404, 400, 400, 400, 404, 400, 400,
        400, 400, 400, 404, 400, 400, 403, 404, 404, 404, 404, 404, 400, 400, 400, 400,
        400, 400, 400, 400, 403, 400, 400, 400, 400, 400, 400, 403, 403, 403, 403, 403,
        403, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 403, 403,
        403, 403, 403, 403, 403, 404, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        404, 403, 403, 403, 403, 403, 403, 403, 400, 404, 404, 404, 404, 404, 404, 404,
        404, 404, 404, 404, 404, 404, 404, 404, 404, 400, 400, 400, 400, 400, 400, 403,
        403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 404, 404, 400, 400, 400, 400,
        403, 404, 400, 400, 400, 400, 400, 400, 403, 403, 404, 500, 403, 400, 403, 400,
        403, 400, 403, 403, 403, 400, 403, 400, 403, 400, 403, 400, 403, 400, 403, 400,
        403, 400, 403, 403, 403, 403, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 404, 404, 404, 400, 404, 400, 403, 400, 400, 404, 400,
        403, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 403,
        403, 403, 409, 400, 400, 400, 403, 400, 400, 400, 403, 403, 400, 400, 404, 400,
        403, 403, 403, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 403, 403, 403, 403, 403, 403, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 403, 403, 403, 403, 403, 403, 404, 400, 400, 403, 403, 403, 403, 403,
        400, 400, 400, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403,
        403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403,
        403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 404, 404, 404,
        404, 400, 400, 400, 400, 400, 400, 403, 403, 403, 500, 403, 403, 400, 403, 403,
        403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 400, 400, 400, 400, 400, 400,
        403,
    ];
    static STATUS_ENDS: [u32; 2120] = [
        0, 3, 7, 8, 10, 11, 12, 13, 14, 15, 18, 19, 21, 22, 24, 28, 29, 30, 31, 32, 33,
        34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 45, 47, 51, 52, 53, 55, 57, 59, 63, 65,
        66, 68, 69, 70, 71, 72, 73, 74, 76, 77, 78, 79, 80, 81, 82, 84, 85, 87, 90, 91,
        93, 95, 96, 97, 100, 101, 102, 103, 105, 106, 108, 109, 110, 111, 112, 113, 114,
        115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130,
        131, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 144, 145, 146, 147, 148,
        149, 150, 151, 154, 155, 157, 158, 159, 161, 163, 164, 166, 167, 168, 170, 171,
        172, 174, 175, 176, 177, 178, 179, 180, 181, 183, 184, 185, 187, 188, 190, 191,
        193, 194, 195, 196, 197, 199, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210,
        211, 212, 213, 215, 216, 217, 218, 219, 220, 223, 224, 225, 227, 228, 230, 231,
        233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 246, 247, 250, 252,
        253, 254, 256, 257, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271,
        272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287,
        288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 299, 300, 302, 303, 304, 306,
        307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 318, 319, 320, 321, 323, 324,
        325, 326, 328, 329, 330, 331, 333, 334, 335, 336, 337, 338, 340, 341, 342, 343,
        344, 345, 346, 347, 348, 349, 351, 353, 355, 356, 357, 358, 359, 360, 361, 363,
        364, 365, 366, 367, 368, 369, 370, 371, 372, 373, 375, 377, 379, 380, 381, 383,
        384, 385, 386, 387, 388, 390, 392, 393, 394, 395, 396, 397, 398, 399, 400, 401,
        402, 404, 405, 406, 407, 408, 409, 410, 412, 414, 416, 418, 420, 421, 422, 423,
        424, 426, 428, 429, 430, 431, 432, 433, 434, 435, 436, 437, 439, 440, 441, 442,
        443, 444, 445, 446, 447, 448, 449, 450, 451, 452, 453, 454, 455, 456, 457, 458,
        460, 462, 463, 464, 465, 466, 468, 470, 471, 472, 473, 474, 475, 476, 477, 478,
        479, 480, 481, 482, 484, 486, 487, 488, 490, 491, 492, 493, 494, 495, 496, 497,
        498, 500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 512, 513, 514,
        515, 516, 517, 518, 521, 522, 523, 524, 525, 526, 527, 528, 529, 530, 533, 534,
        535, 537, 539, 541, 542, 543, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554,
        555, 556, 557, 558, 559, 560, 561, 564, 565, 566, 567, 568, 570, 572, 573, 574,
        575, 577, 579, 580, 581, 582, 583, 584, 587, 589, 590, 591, 592, 593, 594, 595,
        596, 597, 598, 599, 600, 601, 602, 603, 604, 605, 606, 607, 608, 609, 610, 611,
        612, 613, 614, 615, 616, 617, 618, 619, 620, 622, 623, 624, 625, 626, 627, 628,
        630, 631, 632, 634, 635, 636, 637, 638, 639, 640, 641, 642, 643, 644, 645, 646,
        648, 649, 650, 651, 652, 653, 654, 655, 656, 657, 658, 659, 660, 662, 663, 665,
        666, 667, 668, 669, 670, 671, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681,
        682, 683, 684, 685, 686, 688, 689, 690, 691, 692, 693, 694, 695, 696, 697, 698,
        699, 700, 701, 702, 703, 705, 706, 707, 708, 709, 711, 712, 713, 714, 715, 717,
        718, 719, 720, 723, 726, 727, 728, 729, 730, 731, 732, 733, 734, 735, 736, 737,
        738, 739, 740, 741, 742, 744, 746, 747, 750, 752, 753, 754, 755, 756, 757, 758,
        759, 760, 761, 762, 764, 765, 766, 767, 768, 769, 770, 771, 773, 774, 775, 776,
        777, 778, 779, 780, 781, 782, 783, 784, 785, 786, 787, 788, 790, 791, 792, 793,
        794, 795, 797, 798, 799, 800, 801, 803, 805, 806, 808, 809, 810, 811, 812, 813,
        814, 815, 816, 817, 818, 819, 820, 821, 822, 823, 825, 826, 827, 828, 829, 830,
        831, 832, 833, 834, 835, 836, 837, 838, 839, 840, 841, 842, 843, 844, 845, 846,
        847, 848, 849, 850, 851, 852, 853, 854, 855, 856, 857, 858, 859, 860, 861, 862,
        863, 864, 865, 866, 867, 868, 869, 870, 871, 873, 874, 875, 876, 877, 878, 879,
        880, 881, 882, 883, 884, 885, 886, 887, 888, 889, 891, 892, 893, 894, 895, 896,
        897, 900, 901, 902, 903, 904, 905, 906, 907, 908, 909, 910, 911, 912, 913, 914,
        915, 916, 917, 918, 919, 920, 921, 922, 923, 924, 925, 926, 927, 928, 929, 930,
        931, 932, 933, 934, 935, 936, 937, 938, 939, 940, 942, 943, 944, 945, 946, 947,
        948, 949, 950, 951, 952, 953, 954, 955, 956, 957, 959, 960, 961, 962, 963, 964,
        965, 966, 967, 968, 969, 970, 971, 972, 973, 975, 976, 977, 978, 979, 980, 981,
        982, 983, 984, 985, 986, 988, 989, 992, 993, 995, 996, 998, 999, 1000, 1001,
        1002, 1003, 1004, 1005, 1006, 1009, 1010, 1012, 1013, 1014, 1015, 1016, 1017,
        1018, 1019, 1020, 1021, 1022, 1023, 1024, 1025, 1027, 1028, 1029, 1030, 1031,
        1032, 1033, 1034, 1035, 1036, 1037, 1038, 1039, 1040, 1041, 1042, 1043, 1044,
        1045, 1046, 1047, 1049, 1050, 1052, 1054, 1055, 1056, 1058, 1059, 1060, 1061,
        1062, 1063, 1064, 1065, 1066, 1067, 1068, 1069, 1070, 1071, 1072, 1073, 1074,
        1075, 1076, 1078, 1079, 1080, 1081, 1082, 1083, 1084, 1085, 1086, 1087, 1088,
        1090, 1091, 1093, 1094, 1095, 1097, 1098, 1099, 1100, 1101, 1102, 1103, 1104,
        1105, 1106, 1107, 1108, 1109, 1110, 1111, 1112, 1113, 1114, 1115, 1116, 1117,
        1118, 1119, 1121, 1122, 1123, 1124, 1125, 1126, 1127, 1128, 1129, 1130, 1133,
        1134, 1135, 1136, 1138, 1140, 1141, 1142, 1143, 1144, 1145, 1147, 1148, 1150,
        1151, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1162, 1163, 1164,
        1165, 1166, 1167, 1168, 1169, 1170, 1171, 1172, 1173, 1174, 1175, 1176, 1177,
        1178, 1179, 1180, 1181, 1182, 1183, 1184, 1185, 1186, 1187, 1188, 1189, 1190,
        1191, 1192, 1193, 1194, 1195, 1196, 1197, 1198, 1199, 1200, 1201, 1202, 1203,
        1204, 1205, 1206, 1207, 1208, 1209, 1210, 1211, 1212, 1213, 1214, 1215, 1216,
        1217, 1218, 1219, 1220, 1221, 1222, 1223, 1224, 1225, 1226, 1227, 1228, 1229,
        1230, 1231, 1232, 1233, 1235, 1236, 1237, 1238, 1239, 1240, 1241, 1242, 1243,
        1244, 1245, 1246, 1247, 1248, 1249, 1250, 1251, 1252, 1253, 1254, 1255, 1256,
        1257, 1258, 1259, 1260, 1261, 1262, 1263, 1264, 1265, 1266, 1267, 1268, 1269,
        1271, 1272, 1273, 1274, 1276, 1277, 1279, 1280, 1281, 1282, 1283, 1284, 1285,
        1286, 1287, 1288, 1289, 1290, 1292, 1293, 1294, 1295, 1296, 1297, 1298, 1299,
        1300, 1301, 1302, 1303, 1304, 1305, 1307, 1308, 1309, 1310, 1311, 1312, 1313,
        1314, 1315, 1316, 1317, 1318, 1319, 1320, 1321, 1322, 1323, 1324, 1325, 1326,
        1327, 1328, 1329, 1330, 1331, 1332, 1333, 1334, 1335, 1336, 1337, 1338, 1339,
        1340, 1341, 1342, 1343, 1344, 1345, 1346, 1347, 1348, 1349, 1350, 1351, 1352,
        1353, 1354, 1355, 1356, 1357, 1358, 1359, 1360, 1361, 1362, 1363, 1364, 1365,
        1366, 1367, 1369, 1370, 1371, 1372, 1373, 1374, 1375, 1376, 1377, 1378, 1379,
        1380, 1381, 1382, 1383, 1384, 1385, 1386, 1387, 1388, 1389, 1390, 1391, 1392,
        1393, 1394, 1395, 1396, 1397, 1398, 1399, 1400, 1401, 1402, 1403, 1404, 1406,
        1407, 1409, 1410, 1411, 1412, 1413, 1414, 1415, 1416, 1417, 1418, 1419, 1420,
        1421, 1422, 1423, 1424, 1425, 1426, 1427, 1428, 1429, 1430, 1431, 1432, 1433,
        1434, 1435, 1436, 1437, 1438, 1439, 1441, 1442, 1443, 1444, 1445, 1446, 1447,
        1448, 1449, 1450, 1451, 1452, 1453, 1454, 1455, 1456, 1457, 1458, 1459, 1460,
        1461, 1462, 1463, 1464, 1465, 1467, 1468, 1469, 1470, 1471, 1472, 1473, 1475,
        1476, 1477, 1478, 1479, 1480, 1481, 1482, 1483, 1484, 1485, 1486, 1487, 1488,
        1489, 1490, 1491, 1492, 1493, 1495, 1496, 1497, 1499, 1500, 1501, 1502, 1503,
        1504, 1505, 1506, 1507, 1508, 1509, 1510, 1511, 1513, 1514, 1515, 1516, 1517,
        1518, 1519, 1520, 1521, 1522, 1523, 1525, 1526, 1527, 1528, 1529, 1530, 1531,
        1532, 1533, 1534, 1535, 1537, 1539, 1541, 1543, 1545, 1547, 1549, 1551, 1552,
        1554, 1555, 1556, 1557, 1558, 1559, 1560, 1561, 1562, 1563, 1564, 1565, 1566,
        1567, 1568, 1569, 1570, 1571, 1572, 1573, 1574, 1575, 1576, 1577, 1578, 1579,
        1581, 1582, 1583, 1584, 1585, 1586, 1587, 1588, 1589, 1590, 1592, 1594, 1595,
        1596, 1597, 1599, 1600, 1601, 1602, 1604, 1605, 1606, 1607, 1608, 1610, 1611,
        1612, 1613, 1614, 1615, 1616, 1617, 1618, 1620, 1621, 1622, 1623, 1624, 1625,
        1626, 1627, 1628, 1630, 1631, 1632, 1633, 1634, 1635, 1636, 1637, 1638, 1639,
        1642, 1643, 1644, 1645, 1646, 1647, 1648, 1649, 1650, 1651, 1652, 1653, 1654,
        1655, 1657, 1658, 1659, 1660, 1661, 1662, 1663, 1664, 1665, 1666, 1667, 1668,
        1669, 1670, 1671, 1672, 1674, 1676, 1677, 1678, 1680, 1681, 1682, 1683, 1685,
        1686, 1687, 1688, 1689, 1690, 1691, 1692, 1693, 1694, 1695, 1696, 1697, 1698,
        1699, 1700, 1701, 1702, 1703, 1704, 1705, 1706, 1707, 1708, 1709, 1710, 1711,
        1712, 1713, 1714, 1715, 1717, 1718, 1719, 1720, 1721, 1722, 1723, 1724, 1725,
        1726, 1727, 1728, 1729, 1730, 1731, 1732, 1734, 1736, 1737, 1739, 1740, 1741,
        1742, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754,
        1755, 1756, 1757, 1758, 1759, 1760, 1761, 1762, 1763, 1764, 1765, 1766, 1767,
        1768, 1769, 1770, 1771, 1772, 1773, 1774, 1775, 1776, 1777, 1778, 1779, 1780,
        1781, 1782, 1783, 1784, 1785, 1786, 1787, 1788, 1789, 1790, 1791, 1792, 1793,
        1794, 1795, 1796, 1797, 1798, 1799, 1801, 1803, 1804, 1805, 1806, 1808, 1809,
        1810, 1811, 1812, 1813, 1814, 1815, 1816, 1817, 1819, 1820, 1821, 1822, 1823,
        1824, 1825, 1826, 1827, 1828, 1829, 1830, 1831, 1832, 1833, 1834, 1835, 1836,
        1837, 1838, 1839, 1840, 1841, 1842, 1843, 1844, 1845, 1846, 1847, 1848, 1849,
        1850, 1851, 1852, 1853, 1854, 1855, 1856, 1857, 1858, 1860, 1861, 1863, 1864,
        1865, 1866, 1867, 1868, 1869, 1870, 1871, 1872, 1873, 1874, 1875, 1876, 1877,
        1878, 1879, 1880, 1881, 1882, 1883, 1884, 1885, 1886, 1887, 1888, 1889, 1890,
        1891, 1892, 1893, 1894, 1895, 1896, 1897, 1898, 1899, 1901, 1902, 1903, 1904,
        1905, 1906, 1907, 1908, 1909, 1910, 1911, 1912, 1913, 1914, 1915, 1917, 1918,
        1919, 1921, 1922, 1923, 1924, 1925, 1926, 1927, 1928, 1929, 1930, 1931, 1932,
        1933, 1934, 1935, 1936, 1938, 1939, 1940, 1941, 1942, 1943, 1944, 1945, 1946,
        1947, 1948, 1949, 1950, 1951, 1952, 1953, 1954, 1955, 1956, 1957, 1958, 1959,
        1960, 1961, 1962, 1963, 1964, 1966, 1967, 1968, 1969, 1970, 1971, 1972, 1973,
        1974, 1975, 1976, 1977, 1978, 1979, 1980, 1981, 1982, 1983, 1984, 1985, 1986,
        1987, 1988, 1989, 1990, 1991, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000,
        2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2010, 2011, 2012, 2014, 2015,
        2016, 2017, 2018, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029,
        2030, 2031, 2032, 2033, 2034, 2035, 2037, 2038, 2039, 2040, 2041, 2042, 2043,
        2044, 2045, 2046, 2047, 2048, 2049, 2050, 2051, 2052, 2053, 2054, 2055, 2056,
        2057, 2058, 2059, 2060, 2061, 2062, 2063, 2064, 2065, 2066, 2067, 2068, 2069,
        2070, 2071, 2072, 2073, 2074, 2075, 2076, 2077, 2078, 2079, 2081, 2082, 2083,
        2084, 2085, 2086, 2087, 2088, 2090, 2091, 2092, 2093, 2094, 2095, 2096, 2097,
        2098, 2099, 2100, 2101, 2102, 2103, 2104, 2105, 2106, 2107, 2108, 2109, 2110,
        2111, 2112, 2113, 2114, 2115, 2116, 2117, 2118, 2119, 2120, 2121, 2122, 2123,
        2124, 2125, 2126, 2127, 2128, 2129, 2130, 2131, 2132, 2133, 2134, 2135, 2136,
        2137, 2138, 2139, 2140, 2142, 2143, 2145, 2147, 2148, 2150, 2152, 2154, 2156,
        2158, 2160, 2162, 2163, 2164, 2165, 2166, 2167, 2168, 2169, 2170, 2171, 2172,
        2173, 2174, 2175, 2176, 2177, 2178, 2179, 2180, 2181, 2182, 2183, 2184, 2185,
        2186, 2187, 2188, 2189, 2190, 2191, 2192, 2193, 2194, 2195, 2196, 2197, 2198,
        2199, 2200, 2201, 2202, 2203, 2204, 2205, 2206, 2207, 2208, 2209, 2210, 2211,
        2212, 2213, 2214, 2215, 2216, 2217, 2218, 2219, 2220, 2221, 2223, 2224, 2225,
        2226, 2227, 2228, 2229, 2230, 2231, 2232, 2233, 2234, 2235, 2236, 2237, 2238,
        2239, 2240, 2241, 2242, 2243, 2244, 2245, 2246, 2247, 2248, 2249, 2250, 2251,
        2252, 2253, 2254, 2255, 2256, 2257, 2258, 2259, 2260, 2261, 2262, 2263, 2264,
        2265, 2266, 2267, 2268, 2269, 2270, 2271, 2272, 2273, 2274, 2275, 2276, 2277,
        2278, 2279, 2280, 2281, 2282, 2283, 2284, 2285, 2286, 2287, 2288, 2289, 2290,
        2291, 2292, 2293, 2294, 2295, 2296, 2297, 2298, 2299, 2300, 2301, 2302, 2303,
        2304, 2305, 2306, 2307, 2308, 2309, 2310, 2311, 2312, 2313, 2314, 2315, 2316,
        2317, 2318, 2319, 2320, 2321, 2322, 2323, 2324, 2325, 2326, 2327, 2328, 2329,
        2330, 2331, 2332, 2333, 2334, 2335, 2336, 2337, 2338, 2339, 2340, 2341, 2342,
        2343, 2344, 2345, 2346, 2347, 2348, 2349, 2350, 2351, 2352, 2353, 2354, 2355,
        2356, 2357, 2358, 2359, 2360, 2361, 2362, 2363, 2364, 2365, 2366, 2367, 2368,
        2369,
    ];
    static RETRY: [::cloud_errors::Retry; 2119] = ::cloud_errors::__private::retry_column(
        b"aaacaaaaacaccaaaacaaaaaaaaacaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaabaacaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaabaaaaaacaaccaaaaaaaaaaaaaaaaaaaaaaccaccaaaaaaaaaaaaaaaaaaacaaaaaaaaacabaaaacaaaaaaaaacaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaccaaaaaaaaaaaaaaaaaaaaacaacaaaaaaaaaaaaaaccaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccaaaaaaaaaccaaaaaaaaaaacaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaacaaaacaaaaaaaaaaacaaaaaaaaaaaaaaaaaacaaaaaaaaaaaccccccaacaacaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaacaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaacaaaaaaacaaaaaaaaaacaaaaaaaaaaaaaaaabaaacacaaaaaaaaaaabaaacaaaaaaaaaaaaaaaaaacaccaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaacaaaaaaaaaaaacaaaaaacaaaaaaaaaaaaaaaaacaaaaacaaaaacaaaaaaacaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaacaaaaaaaaccacacccccaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaacacaaaccaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaacccaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaabaaaaaaaaaacaaaaaaaaaaccaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaccaaaaaaaaaaaaaaaaaaaaaaaccaaaaaaaaaaaaaaaaaaaaaaaccaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaca",
    );
    static CATEGORY: [::cloud_errors::Category; 2119] = ::cloud_errors::__private::category_column(
        b"ccgigggggieigceechceccccccghgeeccccccgcchcccccccggcggggccceeccecmcchgcgcccchccccccccccccccccccccemccccccggggggggeecccgggeccccccccggggggggggggggggcggggggggggggggeeeeemhcccccchccggggggggggeeeccccccccccchhcggcccccccccccccccccccicccccceeegenccccgceegggcgghggccccccccccgggggggggigcccgggggggggcggecggepcccgcccccgccggggggggcgccgggggggcggcccccccccccccccgcccccccccccccccccccgcgggeecccgecccecgegegggcgggcccggcccccccccccccccggggcggggggecceccccccccphhgggggggggggggcegggcggggccgggggcchggggggccccccccccggmccccccccccccccccccccccgcccccgccggcccccccccccccccccccccccccccccccccccccccgccccgggggggggeehhccccccceghgececccccccchccggccgccccccccccccccgccccccccccccccccchccccgggghgggghgccccgggccchggccccgggggeccccccgccccccccccchiggggcciccheeemccccccghccccccccccccccggggggggggicccccccccccccccccccccccchecccccccccchgeeccccccccccccchccccccccccccccccccccccccccccccccceccccccccccccgccccchcccccccccccccccccccccgcgggggghggggggcggghggggggggggggggggmggghgggeeeeeeceeehmcchcccgggecccccccecccgciicceeemcccccccggcgcgeeeecceccccccchcccchcccceeccccccecccccccccccccccccccccccccccgccicccccccccccchcccccchccceeeeeecccccccchcccccgcccccgccccccegmmccchgggggggiggggggggecgcccggggggggggggcccchccccgceeccccchhchcgggggeecccchccccccccgecggeccegecceggggggggecccccgggggegeccgiggccceccggccgeicecggccccgcccmcpgeggggecccccccceccccccgggeccccccccicccccccececcccccccccceeeeeeeeeeeecccccgccccgccccgceegcccccccccccgceeeegcggcccccccececcccggcccecgeegcccccccgghcggggeeegggcccccccccgggggggggggeceeeccccccccccgcccccccccccgeccccccccccccccgcccgeeecccccccccccccccccgccecccgccggeecgcccccccccggggggggggggicccccccccccccgccggggggggcccccccccccccccccgggccgggcggggeecggccccggggcgcgggdcecccccgggggggggccccchgccceggggggggeccccccccccccgggeeegecegccccccccchgccccccccccccccccggeeeccccccgcggggggggccccigmccccccccgggccccggggggghhgggceccccccccccccccceeeecgcggcccccccccccgeceeeccccccccccccccgggggggcccccccccccggcgggggeecccccccccggggcggceeeecccceeeeeeeccccccgggggggggggeeccccgecccccccgemcgccgcccccggcggggcccccccccccccceeccecgccecggcccccccccceccgggjcccgcccggcccgggceccccccccccchcggggggccccccccccggggggeccgggggcccgcccccccccccccccccccccgcccccccccccggggggggggccgggccccgggggeeeeccccccgggmggcgggggggggggggccccgg",
    );
    static PILOTS: [u16; 530] = [
        16, 8, 15, 28, 1, 0, 1, 73, 53, 38, 73, 2, 25, 4, 59, 9, 14, 88, 164, 0, 208, 48,
        0, 2, 0, 24, 87, 14, 1, 3, 1, 0, 5, 27, 14, 0, 1, 7, 13, 1, 9, 0, 19, 10, 0, 11,
        6, 6, 0, 39, 27, 9, 0, 11, 1, 1, 0, 2, 0, 34, 2, 2, 51, 44, 5, 143, 21, 12, 3,
        37, 3, 8, 64, 25, 0, 0, 5, 41, 45, 0, 3, 18, 7, 12, 19, 1, 37, 20, 12, 3, 21, 4,
        18, 10, 19, 35, 0, 25, 2, 0, 5, 0, 134, 2, 11, 13, 44, 17, 7, 129, 52, 14, 23,
        40, 4, 1, 14, 5, 31, 105, 111, 0, 0, 13, 1, 6, 36, 16, 35, 19, 70, 0, 0, 78, 16,
        14, 23, 59, 20, 4, 12, 23, 0, 0, 4, 73, 0, 0, 20, 12, 60, 1, 53, 3, 18, 0, 1, 5,
        9, 9, 15, 35, 0, 46, 2, 119, 5, 11, 13, 7, 17, 8, 0, 15, 0, 33, 18, 70, 6, 13,
        73, 3, 54, 56, 4, 2, 0, 33, 6, 2, 35, 47, 55, 12, 1, 17, 58, 62, 8, 81, 166, 4,
        7, 160, 2, 248, 10, 32, 17, 27, 34, 7, 27, 0, 0, 23, 10, 16, 123, 0, 3, 0, 2, 39,
        2, 84, 0, 42, 31, 22, 8, 0, 89, 62, 2, 14, 0, 1, 7, 13, 0, 1, 67, 56, 6, 85, 22,
        81, 14, 4, 9, 9, 3, 6, 0, 0, 11, 71, 41, 5, 1, 2, 1, 1, 24, 1, 62, 3, 2, 0, 89,
        37, 20, 165, 2, 105, 9, 66, 0, 14, 1, 1, 11, 10, 38, 63, 44, 17, 3, 1, 6, 5, 0,
        0, 2, 51, 17, 66, 48, 27, 2, 1, 0, 1, 28, 61, 14, 2, 26, 4, 10, 497, 19, 4, 4, 0,
        6, 131, 92, 4, 84, 1, 18, 3, 268, 1, 1, 23, 1, 0, 0, 10, 42, 34, 6, 2, 9, 35, 11,
        34, 0, 0, 8, 62, 42, 68, 49, 39, 12, 111, 26, 26, 2, 2, 20, 3, 7, 3, 24, 89, 0,
        21, 74, 1, 74, 46, 7, 25, 3, 42, 43, 3, 84, 52, 46, 0, 29, 3, 0, 51, 99, 353, 7,
        27, 139, 16, 4, 14, 53, 26, 11, 1, 66, 11, 3, 146, 4, 1, 33, 21, 31, 9, 2, 21,
        128, 36, 0, 11, 11, 17, 70, 5, 16, 3, 41, 17, 20, 3, 5, 0, 28, 1, 5, 94, 0, 8, 2,
        60, 9, 405, 193, 0, 2, 89, 8, 16, 0, 66, 0, 3, 10, 66, 259, 111, 10, 0, 93, 7,
        63, 4, 101, 13, 59, 4, 103, 1, 166, 29, 4, 127, 3, 11, 0, 164, 45, 2, 1, 66, 2,
        151, 0, 83, 35, 320, 0, 182, 244, 1, 23, 2, 25, 303, 3, 0, 9, 2, 14, 10, 29, 197,
        325, 98, 66, 33, 41, 261, 22, 86, 168, 1, 11, 179, 148, 35, 29, 197, 3, 88, 7, 6,
        219, 29, 5, 85, 49, 169, 23, 117, 4, 85, 19, 74, 213, 21, 5, 5, 2, 1, 46, 31,
    ];
    static SLOTS: [(&str, u32); 2354] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            1372, 2013, 782, 1547, 12, 1132, 4294967295, 843, 315, 829, 1008, 1293, 1479,
            1290, 1747, 1767, 69, 2059, 2067, 869, 1459, 1235, 6, 1864, 1865, 738, 1051,
            2063, 4294967295, 795, 1241, 4294967295, 541, 329, 157, 669, 603, 4294967295,
            145, 4294967295, 1444, 500, 1910, 2066, 949, 566, 527, 799, 171, 173, 587,
            1836, 1942, 1753, 1901, 472, 4294967295, 4294967295, 1905, 4294967295, 1130,
            1458, 992, 825, 641, 1371, 1868, 272, 1401, 182, 1150, 1369, 1446, 139, 513,
            4294967295, 1531, 1110, 371, 1336, 609, 534, 1681, 1651, 175, 1606, 1534,
            1304, 4294967295, 1725, 1314, 207, 4294967295, 4294967295, 4294967295, 1386,
            4294967295, 1069, 1040, 1211, 4294967295, 495, 1407, 670, 884, 4294967295,
            1122, 1341, 645, 2062, 1310, 962, 713, 1646, 2016, 2050, 1219, 860,
            4294967295, 845, 1808, 533, 1820, 238, 387, 1760, 4294967295, 1567,
            4294967295, 941, 444, 110, 1137, 505, 580, 1969, 1465, 1903, 1412,
            4294967295, 654, 1426, 1481, 540, 1766, 1483, 893, 1886, 1213, 1849, 350,
            121, 347, 959, 492, 351, 1758, 1660, 552, 364, 1591, 2037, 1086, 463, 1220,
            1889, 1662, 912, 129, 4294967295, 841, 1716, 1088, 1585, 4294967295, 901,
            1328, 4294967295, 1730, 784, 1803, 613, 831, 1435, 488, 2085, 724,
            4294967295, 752, 746, 1308, 1477, 567, 80, 21, 1866, 1578, 1131, 42, 1992,
            4294967295, 217, 648, 96, 1475, 4294967295, 4294967295, 4294967295, 449,
            1260, 2019, 1596, 223, 854, 921, 161, 4294967295, 180, 4294967295,
            4294967295, 787, 1361, 407, 259, 777, 36, 1234, 536, 785, 4294967295, 1816,
            1719, 148, 440, 1607, 1676, 4294967295, 1817, 264, 1061, 333, 1365,
            4294967295, 693, 1586, 4294967295, 437, 4294967295, 1002, 1432, 4294967295,
            224, 37, 412, 344, 1141, 274, 1807, 452, 653, 1493, 118, 994, 1272, 257,
            1157, 1986, 1621, 494, 809, 673, 779, 133, 4294967295, 346, 4294967295, 2116,
            1084, 490, 1135, 745, 1109, 1827, 1784, 1720, 649, 1629, 1057, 160, 2060,
            822, 1819, 1046, 835, 1447, 4294967295, 1619, 887, 1422, 1442, 1200, 115,
            1247, 1152, 1168, 1559, 229, 4294967295, 1573, 1598, 1223, 138, 1537, 1317,
            393, 1406, 413, 1705, 1869, 4294967295, 2053, 2004, 208, 57, 1696, 762, 116,
            152, 1439, 2115, 1469, 1429, 234, 384, 1102, 1303, 789, 801, 600, 2021,
            4294967295, 657, 1665, 1425, 1142, 4294967295, 372, 1794, 23, 20, 4294967295,
            2022, 557, 643, 200, 4294967295, 1244, 4294967295, 1362, 1354, 1279, 719,
            1826, 644, 512, 1688, 2044, 1798, 858, 169, 497, 867, 1805, 1428, 1955, 1722,
            158, 688, 4294967295, 380, 589, 4294967295, 4294967295, 429, 232, 343, 1240,
            1091, 1286, 1599, 637, 1570, 312, 4294967295, 1538, 1632, 1194, 2096, 1861,
            4294967295, 793, 814, 81, 1962, 91, 4294967295, 2094, 563, 1878, 1781, 1673,
            303, 1595, 640, 1521, 1321, 1733, 978, 2046, 1257, 1976, 965, 1670, 1149,
            1334, 652, 1031, 2024, 322, 1187, 880, 179, 465, 1215, 2111, 897, 575, 1340,
            914, 1089, 705, 629, 774, 658, 4294967295, 832, 1114, 2103, 431, 1299, 1840,
            1899, 1175, 1065, 940, 451, 1119, 327, 1400, 955, 578, 1359, 235, 1171, 570,
            1198, 1769, 875, 2055, 445, 326, 804, 153, 149, 1029, 1714, 607, 946, 24,
            324, 394, 2082, 1460, 436, 266, 1217, 345, 1390, 692, 1010, 1028, 775, 565,
            1605, 741, 2000, 2078, 1145, 1918, 1298, 1906, 1622, 708, 502, 1202, 75,
            1810, 791, 493, 516, 1192, 1818, 201, 1546, 1409, 4294967295, 4294967295,
            1489, 1411, 196, 1491, 525, 1964, 1374, 929, 851, 1776, 1, 1326, 1610, 1562,
            478, 1618, 3, 4294967295, 2040, 1667, 1023, 499, 760, 382, 1932, 168, 113,
            275, 2075, 48, 4294967295, 14, 1544, 1727, 755, 1835, 1497, 545, 1966, 989,
            421, 63, 1833, 528, 1392, 1512, 2009, 1653, 1775, 1514, 1044, 1768,
            4294967295, 1926, 634, 1022, 197, 4294967295, 511, 1611, 892, 134, 1242, 928,
            1953, 1027, 1708, 625, 1556, 323, 1101, 4294967295, 403, 1576, 1319, 710,
            610, 1124, 1608, 608, 1939, 770, 482, 34, 1787, 417, 1661, 1635, 833, 1690,
            1367, 1227, 2107, 2005, 1957, 62, 1251, 311, 310, 443, 4294967295, 1634, 428,
            146, 305, 1963, 1956, 1116, 2092, 2020, 749, 205, 1848, 359, 245, 5, 122,
            1762, 1366, 19, 1140, 711, 812, 4294967295, 225, 950, 1032, 1021, 1876, 1006,
            939, 1804, 233, 1322, 309, 2099, 4294967295, 973, 1056, 349, 1096, 1269,
            1205, 86, 1593, 1017, 753, 1249, 2083, 1961, 1554, 414, 369, 1190, 861, 824,
            4294967295, 1229, 783, 1364, 2109, 1692, 130, 53, 1318, 1704, 2030,
            4294967295, 2041, 1276, 1523, 102, 59, 947, 4294967295, 1943, 983, 1700,
            1387, 1751, 938, 448, 1978, 1917, 840, 1702, 1165, 1033, 1778, 722, 1078,
            291, 664, 1873, 1003, 1123, 1167, 952, 1630, 375, 850, 980, 1383, 4294967295,
            186, 4294967295, 665, 1664, 1609, 1627, 1331, 1572, 606, 136, 619, 1982,
            4294967295, 392, 542, 1094, 4294967295, 386, 4294967295, 1368, 1895, 2077,
            1306, 1311, 2045, 1403, 1789, 204, 1525, 4294967295, 4294967295, 862, 1348,
            1448, 1520, 561, 4294967295, 697, 1647, 419, 1543, 681, 2081, 2076, 817,
            1445, 1652, 4294967295, 1196, 131, 2025, 143, 273, 811, 1451, 480, 1993, 682,
            852, 46, 672, 859, 1214, 1312, 1971, 4294967295, 4294967295, 1780, 1307,
            1476, 701, 995, 4294967295, 1516, 2052, 474, 1139, 1506, 922, 1678, 1812,
            1795, 1117, 597, 4294967295, 631, 2054, 1343, 93, 1482, 1569, 1756, 910,
            4294967295, 2070, 757, 1034, 339, 2012, 1723, 1440, 2027, 1087, 1879, 479,
            1829, 261, 509, 4294967295, 221, 1940, 834, 1617, 454, 192, 1834, 1527, 703,
            1396, 1265, 268, 1236, 4294967295, 1513, 280, 219, 203, 501, 1967, 256,
            4294967295, 2087, 1951, 1532, 716, 1289, 4294967295, 228, 1851, 381,
            4294967295, 626, 1669, 1039, 1650, 1297, 1191, 1806, 4294967295, 317, 1657,
            1292, 276, 1830, 1079, 1228, 1313, 1950, 28, 250, 1067, 1671, 2018, 957,
            1936, 342, 1449, 1850, 1893, 674, 49, 1763, 2095, 395, 704, 1877, 1437, 1831,
            863, 1659, 95, 1691, 71, 723, 612, 1860, 810, 721, 750, 1909, 1577, 74, 126,
            1750, 1180, 765, 1025, 1968, 1156, 1824, 1553, 1821, 4294967295, 948, 1550,
            1378, 1206, 1410, 341, 4294967295, 1203, 105, 1209, 1752, 4294967295, 418,
            1184, 378, 1226, 699, 1043, 855, 2031, 1602, 4294967295, 1999, 942, 292,
            1457, 1385, 2038, 4294967295, 1423, 4294967295, 2108, 120, 1169, 2112, 1823,
            1683, 72, 961, 1077, 1977, 1349, 857, 1541, 1243, 1395, 1453, 574, 1382, 243,
            379, 1640, 661, 262, 1492, 4294967295, 1099, 687, 676, 246, 735, 2056, 1212,
            968, 890, 1740, 360, 64, 286, 470, 969, 1614, 620, 1925, 199, 4294967295,
            1643, 4294967295, 1441, 712, 4294967295, 210, 4294967295, 624, 123, 1594,
            2088, 1680, 2071, 67, 4294967295, 335, 694, 4294967295, 15, 808, 4294967295,
            1283, 707, 77, 1987, 50, 1726, 1894, 464, 572, 1973, 982, 1073, 4294967295,
            667, 1320, 174, 1381, 1309, 354, 1701, 936, 2069, 1509, 826, 426, 1856, 1259,
            287, 128, 422, 1904, 1590, 1389, 99, 680, 568, 1074, 2, 1053, 1210, 1583,
            742, 560, 1959, 1095, 1838, 4294967295, 4294967295, 1121, 913, 4294967295,
            4294967295, 1120, 999, 1674, 4294967295, 813, 830, 1891, 458, 1347, 1587,
            937, 514, 655, 4294967295, 4294967295, 4294967295, 934, 2074, 294, 1071,
            4294967295, 254, 865, 4294967295, 1464, 1172, 1052, 1712, 4294967295, 702,
            306, 2008, 972, 237, 4294967295, 1323, 686, 771, 151, 621, 4294967295, 917,
            4294967295, 1508, 30, 469, 778, 2042, 1288, 1783, 576, 106, 453, 906, 820,
            301, 1397, 1160, 1450, 4294967295, 1952, 1500, 1501, 338, 1528, 531, 1351,
            2068, 853, 4294967295, 293, 1486, 1146, 611, 487, 1255, 1352, 4294967295,
            4294967295, 1315, 1337, 926, 267, 4294967295, 1379, 885, 4294967295,
            4294967295, 433, 727, 1922, 212, 4294967295, 1256, 302, 550, 2118, 1357,
            1014, 663, 1990, 1698, 473, 1498, 184, 1510, 1854, 970, 4294967295, 849,
            4294967295, 396, 1505, 313, 4294967295, 1174, 818, 731, 1765, 2089, 1841,
            253, 1499, 1424, 460, 1728, 1933, 1853, 389, 295, 1421, 4294967295,
            4294967295, 997, 1916, 1900, 1718, 1000, 1189, 1055, 9, 1687, 356, 1100, 879,
            119, 2072, 616, 1654, 630, 56, 1930, 1026, 4294967295, 1757, 109, 1772, 446,
            1724, 714, 1694, 539, 954, 1238, 1503, 656, 4294967295, 2007, 1677, 1788,
            411, 768, 4294967295, 627, 1623, 1859, 1012, 191, 1059, 1786, 1885, 263, 803,
            4294967295, 1552, 367, 1934, 178, 1679, 668, 916, 4294967295, 1325, 1684,
            4294967295, 1884, 4294967295, 167, 1686, 864, 2102, 1419, 526, 1828,
            4294967295, 45, 290, 227, 1270, 1148, 370, 52, 1564, 1633, 1748, 1001, 1041,
            321, 1511, 1060, 240, 1237, 1931, 1373, 1083, 176, 1216, 477, 4294967295,
            4294967295, 35, 420, 555, 406, 1874, 1356, 361, 4294967295, 17, 871, 730,
            1896, 1907, 763, 544, 1555, 4294967295, 695, 878, 92, 1004, 614, 1689, 733,
            1375, 299, 1539, 4294967295, 1111, 1494, 4294967295, 990, 554, 706, 2051,
            4294967295, 467, 2104, 800, 967, 1666, 83, 1225, 4294967295, 979, 872,
            4294967295, 38, 1380, 1644, 438, 898, 1005, 1979, 214, 717, 1488, 1715, 435,
            1248, 10, 4294967295, 535, 632, 993, 4294967295, 58, 1158, 548, 615, 868,
            943, 1332, 147, 1296, 25, 1047, 496, 1013, 518, 876, 773, 4294967295, 1641,
            1452, 404, 156, 187, 340, 1416, 1009, 278, 877, 4294967295, 2079, 1388, 89,
            805, 1887, 1062, 1571, 584, 1706, 933, 1738, 1615, 888, 1703, 1637, 258,
            2098, 1898, 734, 32, 1404, 398, 1949, 510, 1330, 125, 678, 1153, 698, 159,
            1178, 459, 1064, 1329, 1658, 1277, 1695, 1431, 1090, 483, 165, 358, 1980,
            987, 247, 583, 543, 1721, 866, 1195, 216, 1284, 132, 1882, 4294967295, 1068,
            1519, 538, 4294967295, 1847, 4294967295, 4294967295, 4294967295, 2073,
            4294967295, 1233, 2093, 1138, 1036, 4294967295, 1902, 1183, 441, 432, 1076,
            1391, 633, 1988, 537, 491, 945, 1037, 585, 1399, 553, 241, 1997, 31, 194,
            529, 1529, 1645, 177, 807, 2100, 971, 4294967295, 976, 837, 991, 1799, 1327,
            1408, 334, 1030, 1134, 1108, 1129, 944, 1275, 47, 1863, 1207, 1739, 1548,
            2058, 1755, 4294967295, 1048, 759, 530, 696, 244, 1082, 1470, 1199, 269,
            1427, 1285, 1093, 769, 1557, 1858, 2117, 462, 135, 1147, 894, 2105, 1668,
            397, 11, 1588, 675, 401, 891, 691, 0, 1268, 61, 1815, 975, 1263, 154,
            4294967295, 4294967295, 1707, 265, 1699, 1232, 1478, 601, 1749, 1128, 1136,
            300, 2029, 883, 1731, 2101, 1413, 1937, 1097, 1502, 1398, 2106, 270, 847,
            1809, 461, 1075, 923, 1264, 296, 4294967295, 651, 792, 222, 581, 802, 2065,
            13, 4294967295, 1837, 2017, 1693, 4294967295, 577, 1182, 1908, 886, 1540,
            4294967295, 739, 881, 1996, 415, 650, 79, 164, 1872, 700, 646, 88, 450, 2001,
            104, 1054, 1843, 101, 523, 1353, 747, 170, 1252, 1631, 1802, 455, 1741, 1496,
            1713, 984, 546, 166, 504, 1402, 4294967295, 1300, 1186, 4294967295, 1620, 85,
            16, 2049, 4294967295, 2002, 249, 1825, 1612, 230, 1883, 1144, 90, 816, 1515,
            1975, 953, 97, 1287, 573, 137, 1104, 209, 974, 551, 1846, 1085, 766, 82,
            4294967295, 362, 562, 683, 485, 399, 1928, 4294967295, 1417, 740, 4294967295,
            365, 547, 1743, 181, 1127, 1443, 662, 780, 424, 870, 1316, 1518, 1418, 595,
            602, 1914, 2110, 815, 1656, 1717, 376, 569, 4294967295, 819, 4294967295,
            1814, 1346, 1384, 1301, 231, 316, 2047, 558, 1253, 1436, 1015, 4294967295,
            977, 141, 7, 1239, 348, 1709, 2028, 189, 594, 498, 1151, 1143, 377, 966,
            1358, 1991, 1430, 1945, 844, 1526, 828, 798, 65, 599, 522, 582, 628, 985,
            605, 144, 925, 685, 279, 1597, 958, 73, 1393, 4294967295, 956, 736, 951,
            1989, 754, 726, 1018, 596, 51, 1842, 1535, 911, 4294967295, 416, 1490, 84,
            903, 732, 660, 1777, 1616, 213, 1970, 927, 1471, 4294967295, 4294967295,
            4294967295, 202, 405, 1870, 1007, 330, 2032, 456, 882, 1929, 1262,
            4294967295, 2091, 1024, 281, 895, 1103, 1230, 1333, 1020, 1759, 308, 1438,
            427, 806, 1405, 4294967295, 353, 909, 506, 2080, 1761, 188, 66, 1742, 1254,
            4294967295, 981, 1038, 87, 2034, 1919, 4294967295, 1250, 1133, 1871, 748,
            285, 4294967295, 2114, 4294967295, 592, 1790, 1224, 1118, 1218, 1737, 1822,
            1710, 284, 758, 715, 821, 1545, 1221, 899, 466, 484, 298, 2006, 1592, 618,
            124, 410, 1197, 439, 827, 598, 503, 709, 39, 1558, 1281, 4294967295,
            4294967295, 1613, 4294967295, 239, 183, 1771, 1245, 1584, 1473, 1246, 1832,
            1938, 1911, 1335, 4294967295, 314, 1050, 524, 508, 185, 1201, 1648, 856, 776,
            2014, 1204, 1467, 319, 193, 1744, 1049, 743, 4294967295, 357, 1063, 1159,
            1985, 4294967295, 1734, 1339, 1948, 1560, 4294967295, 368, 355, 1746, 328,
            248, 4294967295, 932, 1487, 1295, 622, 4294967295, 103, 636, 1801, 1682,
            1796, 4294967295, 1274, 18, 1857, 842, 617, 1855, 1881, 2057, 1066,
            4294967295, 918, 1773, 1455, 457, 1045, 963, 4294967295, 930, 998, 1517, 924,
            1456, 4294967295, 408, 1278, 1231, 385, 2043, 1338, 839, 761, 1081, 960, 236,
            515, 915, 1811, 1258, 1474, 590, 4294967295, 1729, 1563, 1947, 1892, 1642,
            1414, 689, 2086, 1472, 297, 907, 1675, 520, 1161, 1984, 1434, 70, 26, 215,
            647, 4294967295, 1774, 638, 2023, 1176, 1011, 206, 4294967295, 1792, 1839,
            684, 307, 114, 27, 1566, 1636, 1604, 476, 1915, 489, 1800, 363, 320, 1377,
            737, 889, 252, 220, 1524, 1484, 4294967295, 2048, 1106, 1463, 797, 475, 1098,
            591, 677, 391, 1965, 900, 725, 4294967295, 111, 751, 1628, 1454, 794, 388,
            242, 1782, 521, 1355, 823, 1880, 4294967295, 1921, 172, 1867, 1342,
            4294967295, 4294967295, 1797, 1522, 2036, 198, 4294967295, 1736, 4294967295,
            4294967295, 163, 4294967295, 4294967295, 1504, 2113, 271, 373, 117,
            4294967295, 190, 1574, 1433, 1466, 2084, 1035, 94, 471, 988, 447, 1735, 289,
            767, 98, 846, 902, 282, 786, 1862, 848, 409, 4294967295, 318, 44, 586, 325,
            2039, 1639, 1983, 150, 1897, 1745, 4294967295, 1058, 1107, 1485, 1974, 1166,
            1125, 1785, 1995, 332, 1972, 1580, 481, 1350, 283, 1845, 1663, 796, 1154, 76,
            1779, 140, 1941, 1575, 1998, 108, 1092, 1875, 1944, 4294967295, 366, 1551,
            517, 4294967295, 4294967295, 639, 1561, 836, 78, 1080, 1954, 1170, 2003, 604,
            908, 1163, 1162, 1126, 211, 1624, 1754, 4294967295, 1291, 4294967295, 1603,
            1844, 195, 1105, 390, 1913, 4294967295, 1711, 1813, 1415, 255, 4294967295,
            718, 1923, 1924, 304, 8, 1394, 1600, 1685, 1672, 336, 1601, 1280, 564, 1324,
            772, 1164, 1890, 55, 4294967295, 1495, 571, 1461, 1579, 690, 666, 1188, 260,
            781, 588, 1770, 1155, 423, 430, 1173, 507, 400, 964, 1852, 1533, 790, 1261,
            374, 1468, 1420, 331, 1536, 679, 1179, 4294967295, 623, 728, 931, 838, 226,
            1273, 1480, 1222, 218, 1376, 107, 519, 29, 549, 729, 1345, 764, 41, 659,
            2097, 720, 1363, 4294967295, 2033, 1302, 442, 935, 1912, 1549, 579, 1462,
            1888, 1582, 1208, 1764, 1113, 1019, 1294, 4294967295, 1697, 1282, 873, 635,
            4, 1177, 60, 2015, 1360, 744, 671, 642, 1793, 4294967295, 1638, 4294967295,
            127, 2090, 22, 2064, 2026, 1625, 1927, 788, 1958, 1920, 434, 1589,
            4294967295, 155, 2011, 1732, 1181, 68, 4294967295, 54, 4294967295, 100, 1581,
            33, 2035, 1994, 4294967295, 1565, 4294967295, 559, 112, 4294967295, 1960,
            1070, 2010, 905, 1266, 251, 1016, 468, 986, 1271, 43, 1185, 996, 756, 1791,
            1115, 556, 1042, 1193, 920, 4294967295, 1655, 1370, 1542, 383, 162, 1507,
            919, 288, 532, 1649, 486, 142, 4294967295, 1305, 277, 352, 874, 1344, 1267,
            1568, 1530, 425, 1626, 337, 896, 2061, 402, 1946, 40, 1981, 593, 904, 1112,
            1935, 1072,
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
    const PROVIDER: &'static str = "Alibaba Cloud Ecs";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Ecs's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Ecs: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
