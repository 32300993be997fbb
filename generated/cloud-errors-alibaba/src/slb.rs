// @generated from catalogs/alibaba/slb.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Slb: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Slb: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidParam.AclEntryExists`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: acl entry exists.
    InvalidParamAclEntryExists,
    /// `IllegalEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal entry.
    IllegalEntry,
    /// `AclEntryIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Acl entry illegal.
    AclEntryIllegal,
    /// `InvalidEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid entry.
    InvalidEntry,
    /// `InvalidParam.Comment`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: comment.
    InvalidParamComment,
    /// `AclEntryExceedLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Acl entry exceed limit.
    AclEntryExceedLimit,
    /// `SystemBusy`: HTTP 400; retry: never; category: invalid_argument.
    /// System busy.
    SystemBusy,
    /// `ServiceUnavailable`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailable,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `Mismatched.ZoneId`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatched: zone id.
    MismatchedZoneId,
    /// `BackendServerProcessing`: HTTP 400; retry: never; category: invalid_argument.
    /// Backend server processing.
    BackendServerProcessing,
    /// `InvalidBackendServers.ServerIpConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid backend servers: server ip conflict.
    InvalidBackendServersServerIpConflict,
    /// `OperationUnsupported.AddBackendServers`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: add backend servers.
    OperationUnsupportedAddBackendServers,
    /// `IncorrectStatus.RSByPassToas`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: RS by pass toas.
    IncorrectStatusRsByPassToas,
    /// `OperationFailed.ActionNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: action not support.
    OperationFailedActionNotSupport,
    /// `NetworkConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Network conflict.
    NetworkConflict,
    /// `TooManyListeners`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many listeners.
    TooManyListeners,
    /// `Operation.NotAllowed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation: not allowed.
    OperationNotAllowed,
    /// `InvalidAddress`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid address.
    InvalidAddress,
    /// `InvalidParameter.SourceItems`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: source items.
    InvalidParameterSourceItems,
    /// `InvalidParameter.TagValue`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag value.
    InvalidParameterTagValue,
    /// `QuotaExceeded.Tag`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: tag.
    QuotaExceededTag,
    /// `InvalidParameter.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag key.
    InvalidParameterTagKey,
    /// `MissingParameter.Tags`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: tags.
    MissingParameterTags,
    /// `Duplicate.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate: tag key.
    DuplicateTagKey,
    /// `NoPermission.Operator`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission: operator.
    NoPermissionOperator,
    /// `QuotaExceed.TagsPerResource`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: tags per resource.
    QuotaExceedTagsPerResource,
    /// `InvalidOperation.ConcurrentModification`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: concurrent modification.
    InvalidOperationConcurrentModification,
    /// `InnerRateLimiting`: HTTP 400; retry: never; category: invalid_argument.
    /// Inner rate limiting.
    InnerRateLimiting,
    /// `SystemError`: HTTP 400; retry: never; category: invalid_argument.
    /// System error.
    SystemError,
    /// `InternalInvokeError`: HTTP 400; retry: never; category: invalid_argument.
    /// Internal invoke error.
    InternalInvokeError,
    /// `OperationUnsupported.AddVServerGroupBackendServers`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: add v server group backend servers.
    OperationUnsupportedAddVServerGroupBackendServers,
    /// `BackendServer.InvalidType`: HTTP 400; retry: never; category: invalid_argument.
    /// Backend server: invalid type.
    BackendServerInvalidType,
    /// `BackendServer.ServerRegionIdNotEqual`: HTTP 400; retry: never; category: invalid_argument.
    /// Backend server: server region id not equal.
    BackendServerServerRegionIdNotEqual,
    /// `OperationFailed.InvalidCen`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: invalid cen.
    OperationFailedInvalidCen,
    /// `IncorrectStatus.CenNotAssociated`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: cen not associated.
    IncorrectStatusCenNotAssociated,
    /// `InvalidBackendServers.MissingCenBandWidth`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid backend servers: missing cen band width.
    InvalidBackendServersMissingCenBandWidth,
    /// `InvalidBackendServers.VpcNotInCen`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid backend servers: vpc not in cen.
    InvalidBackendServersVpcNotInCen,
    /// `InvalidServerId.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid server id: not exist.
    InvalidServerIdNotExist,
    /// `MissingParameter.ServerRegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: server region id.
    MissingParameterServerRegionId,
    /// `MissingParameter.VbrId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: vbr id.
    MissingParameterVbrId,
    /// `InvalidParameter.ServerRegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: server region id.
    InvalidParameterServerRegionId,
    /// `InvalidVbrId.NotInCen`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vbr id: not in cen.
    InvalidVbrIdNotInCen,
    /// `InvalidParameter.ZoneNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: zone not support.
    InvalidParameterZoneNotSupport,
    /// `MasterSlaveServerConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Master slave server conflict.
    MasterSlaveServerConflict,
    /// `OperationFailed.ServiceGroupProcessing`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: service group processing.
    OperationFailedServiceGroupProcessing,
    /// `SignatureNonceUsed`: HTTP 400; retry: never; category: invalid_argument.
    /// Signature nonce used.
    SignatureNonceUsed,
    /// `VpcSystemBusy`: HTTP 400; retry: never; category: invalid_argument.
    /// Vpc system busy.
    VpcSystemBusy,
    /// `OperationDeny.LbNotSupportIPv6Server`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation deny: lb not support IPv6 server.
    OperationDenyLbNotSupportIPv6Server,
    /// `OperationBusy`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation busy.
    OperationBusy,
    /// `ResourceNotFound.vServers`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: v servers.
    ResourceNotFoundVServers,
    /// `ResourceNotFound.Cen`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: cen.
    ResourceNotFoundCen,
    /// `InvalidAction.RegionNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid action: region not support.
    InvalidActionRegionNotSupport,
    /// `AclNumberOverLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Acl number over limit.
    AclNumberOverLimit,
    /// `InvalidResourceGroupId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource group id: not found.
    InvalidResourceGroupIdNotFound,
    /// `ResourceInConfiguring.Acl`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in configuring: acl.
    ResourceInConfiguringAcl,
    /// `InvalidParam.TagValue`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag value.
    InvalidParamTagValue,
    /// `InvalidParam.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag key.
    InvalidParamTagKey,
    /// `SizeLimitExceeded.Tag`: HTTP 400; retry: never; category: invalid_argument.
    /// Size limit exceeded: tag.
    SizeLimitExceededTag,
    /// `MissingParam.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: tag key.
    MissingParamTagKey,
    /// `InvalidParameter.ServerCertificateId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: server certificate id.
    InvalidParameterServerCertificateId,
    /// `InvalidParameter.Domain`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain.
    InvalidParameterDomain,
    /// `DomainExtensionProcessing`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain extension processing.
    DomainExtensionProcessing,
    /// `DomainExtensionNumberOverLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain extension number over limit.
    DomainExtensionNumberOverLimit,
    /// `DomainExtensionNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain extension not support.
    DomainExtensionNotSupport,
    /// `InvalidParameter.CertificateId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: certificate id.
    InvalidParameterCertificateId,
    /// `InvalidParamSize.CertificateId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid param size: certificate id.
    InvalidParamSizeCertificateId,
    /// `MissingParameter.CertificateId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: certificate id.
    MissingParameterCertificateId,
    /// `InvalidParameter.RegionNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: region not support.
    InvalidParameterRegionNotSupport,
    /// `CertificateTypeMismatched`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate type mismatched.
    CertificateTypeMismatched,
    /// `SPEC_NOT_SUPPORT_PARAMETER`: HTTP 400; retry: never; category: invalid_argument.
    /// SPEC NOT SUPPORT PARAMETER.
    SpecNotSupportParameter,
    /// `CnCertificateNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Cn certificate not support.
    CnCertificateNotSupport,
    /// `InvalidParam.CertificateBindingType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: certificate binding type.
    InvalidParamCertificateBindingType,
    /// `MissingParam.ServerCertificates`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: server certificates.
    MissingParamServerCertificates,
    /// `InvalidParamSize.ServerCertificates`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid param size: server certificates.
    InvalidParamSizeServerCertificates,
    /// `OperationFailed.ZoneResourceLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: zone resource limit.
    OperationFailedZoneResourceLimit,
    /// `CloudBoxNotSupportIpv6`: HTTP 400; retry: never; category: invalid_argument.
    /// Cloud box not support ipv6.
    CloudBoxNotSupportIpv6,
    /// `CloudBoxNotSupportInternet`: HTTP 400; retry: never; category: invalid_argument.
    /// Cloud box not support internet.
    CloudBoxNotSupportInternet,
    /// `OperationFailed.RegionResourceLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: region resource limit.
    OperationFailedRegionResourceLimit,
    /// `OperationFailed.UnpaidBillsExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: unpaid bills exist.
    OperationFailedUnpaidBillsExist,
    /// `RegionOrZonesNotSupportIpv6`: HTTP 400; retry: never; category: invalid_argument.
    /// Region or zones not support ipv6.
    RegionOrZonesNotSupportIpv6,
    /// `InvalidParameter.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: mismatch.
    InvalidParameterMismatch,
    /// `PAYFOR.CREDIT_PAY_INSUFFICIENT_BALANCE`: HTTP 400; retry: never; category: invalid_argument.
    /// PAYFOR: CREDIT PAY INSUFFICIENT BALANCE.
    PayforCreditPayInsufficientBalance,
    /// `HighRiskOperationDenied`: HTTP 400; retry: never; category: invalid_argument.
    /// High risk operation denied.
    HighRiskOperationDenied,
    /// `VSwitchAvailableIpNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// V switch available ip not exist.
    VSwitchAvailableIpNotExist,
    /// `VSwitchNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// V switch not exist.
    VSwitchNotExist,
    /// `Instance.ShareSlbNotSupportPay95`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: share slb not support pay95.
    InstanceShareSlbNotSupportPay95,
    /// `Instance.Pay95RateInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: pay95 rate invalid.
    InstancePay95RateInvalid,
    /// `Instance.Pay95BandwidthIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: pay95 bandwidth illegal.
    InstancePay95BandwidthIllegal,
    /// `Instance.InternetChargeTypeNotAllowed`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: internet charge type not allowed.
    InstanceInternetChargeTypeNotAllowed,
    /// `OperationFailed.TokenIsProcessing`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: token is processing.
    OperationFailedTokenIsProcessing,
    /// `InsufficientBalance`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient balance.
    InsufficientBalance,
    /// `MissingParam.VSwitchId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: v switch id.
    MissingParamVSwitchId,
    /// `InvalidVpcId.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vpc id: not exist.
    InvalidVpcIdNotExist,
    /// `PAY.MAYI_WITHHOLDING_AGREEMENT_ILLEGAL`: HTTP 400; retry: never; category: invalid_argument.
    /// PAY: MAYI WITHHOLDING AGREEMENT ILLEGAL.
    PayMayiWithholdingAgreementIllegal,
    /// `InvalidParameter.CloudType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: cloud type.
    InvalidParameterCloudType,
    /// `OperationFailed.InvalidAccount`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: invalid account.
    OperationFailedInvalidAccount,
    /// `RegionOrZonesNotSupportCEN`: HTTP 400; retry: never; category: invalid_argument.
    /// Region or zones not support CEN.
    RegionOrZonesNotSupportCen,
    /// `MissingParam.LoadBalancerSpec`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: load balancer spec.
    MissingParamLoadBalancerSpec,
    /// `InvalidParameter.Bandwidth`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: bandwidth.
    InvalidParameterBandwidth,
    /// `OperationForbidden.AccountRiskReject`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation forbidden: account risk reject.
    OperationForbiddenAccountRiskReject,
    /// `OperationForbidden.QuotaLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation forbidden: quota limit.
    OperationForbiddenQuotaLimit,
    /// `InvalidParam.ModificationProtectionStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: modification protection status.
    InvalidParamModificationProtectionStatus,
    /// `InvalidParam.ModificationProtectionReason`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: modification protection reason.
    InvalidParamModificationProtectionReason,
    /// `ShareSlbHaltSales`: HTTP 400; retry: never; category: invalid_argument.
    /// Share slb halt sales.
    ShareSlbHaltSales,
    /// `OperationFailed.CashBookInsufficient`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: cash book insufficient.
    OperationFailedCashBookInsufficient,
    /// `OperationFailed.OnlyInnerCommoditySupportToPurchase`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: only inner commodity support to purchase.
    OperationFailedOnlyInnerCommoditySupportToPurchase,
    /// `OperationFailed.InvokeLingXiaoFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: invoke ling xiao failed.
    OperationFailedInvokeLingXiaoFailed,
    /// `AllocateVpcInstanceFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Allocate vpc instance failed.
    AllocateVpcInstanceFailed,
    /// `QueryCreditCtrlInfoFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Query credit ctrl info failed.
    QueryCreditCtrlInfoFailed,
    /// `QueryCommodityCenterFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Query commodity center failed.
    QueryCommodityCenterFailed,
    /// `RegionNotSupportParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Region not support parameter.
    RegionNotSupportParameter,
    /// `QueryAccountBookInfoFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Query account book info failed.
    QueryAccountBookInfoFailed,
    /// `RateAccountFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Rate account failed.
    RateAccountFailed,
    /// `TradeWaitDistributorAudit`: HTTP 400; retry: never; category: invalid_argument.
    /// Trade wait distributor audit.
    TradeWaitDistributorAudit,
    /// `OperationFailed.InvokeProxyFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: invoke proxy failed.
    OperationFailedInvokeProxyFailed,
    /// `QueryAccountCompleteProgressFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Query account complete progress failed.
    QueryAccountCompleteProgressFailed,
    /// `QueryVoucherInfoFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Query voucher info failed.
    QueryVoucherInfoFailed,
    /// `InvalidVSwitchId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v switch id: not found.
    InvalidVSwitchIdNotFound,
    /// `IllegalParam.SpecType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: spec type.
    IllegalParamSpecType,
    /// `MissingParam.SpecType`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: spec type.
    MissingParamSpecType,
    /// `UnsupportedRegion`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported region.
    UnsupportedRegion,
    /// `PayInsufficientBalance`: HTTP 400; retry: never; category: invalid_argument.
    /// Pay insufficient balance.
    PayInsufficientBalance,
    /// `IllegalParam.InstanceChargeType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: instance charge type.
    IllegalParamInstanceChargeType,
    /// `PRODUCT.NOT_AVAILABLE_IZ`: HTTP 400; retry: never; category: invalid_argument.
    /// PRODUCT: NOT AVAILABLE IZ.
    ProductNotAvailableIz,
    /// `PRICE.INQUIRY_FAILED`: HTTP 400; retry: never; category: invalid_argument.
    /// PRICE: INQUIRY FAILED.
    PriceInquiryFailed,
    /// `AssociateIpFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Associate ip fail.
    AssociateIpFail,
    /// `SDK.ServerUnreachable`: HTTP 400; retry: never; category: invalid_argument.
    /// SDK: server unreachable.
    SdkServerUnreachable,
    /// `OverQuota`: HTTP 400; retry: never; category: invalid_argument.
    /// Over quota.
    OverQuota,
    /// `SubnetIpExhaust`: HTTP 400; retry: never; category: invalid_argument.
    /// Subnet ip exhaust.
    SubnetIpExhaust,
    /// `BeforePayRuleBatchValidateError`: HTTP 400; retry: never; category: invalid_argument.
    /// Before pay rule batch validate error.
    BeforePayRuleBatchValidateError,
    /// `TradeSyncCreateSubError`: HTTP 400; retry: never; category: invalid_argument.
    /// Trade sync create sub error.
    TradeSyncCreateSubError,
    /// `QueryOrderError`: HTTP 400; retry: never; category: invalid_argument.
    /// Query order error.
    QueryOrderError,
    /// `CreateOrderTimeout`: HTTP 400; retry: never; category: invalid_argument.
    /// Create order timeout.
    CreateOrderTimeout,
    /// `MultiGrayKeyResourceInconsist`: HTTP 400; retry: never; category: invalid_argument.
    /// Multi gray key resource inconsist.
    MultiGrayKeyResourceInconsist,
    /// `InsufficientAvailableQuota`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient available quota.
    InsufficientAvailableQuota,
    /// `Forbidden.AliGroupForbiddenRegion`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: ali group forbidden region.
    ForbiddenAliGroupForbiddenRegion,
    /// `IpVersionConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Ip version conflict.
    IpVersionConflict,
    /// `ListenerForwardNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Listener forward not support.
    ListenerForwardNotSupport,
    /// `InvalidParameter.IdleTimeout`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: idle timeout.
    InvalidParameterIdleTimeout,
    /// `InvalidParameter.RequestTimeout`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: request timeout.
    InvalidParameterRequestTimeout,
    /// `ListenerProcessing`: HTTP 400; retry: never; category: invalid_argument.
    /// Listener processing.
    ListenerProcessing,
    /// `InvalidParameter.ListenerPortConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: listener port conflict.
    InvalidParameterListenerPortConflict,
    /// `ResourceNotAvailible.HttpListener`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not availible: http listener.
    ResourceNotAvailibleHttpListener,
    /// `AclNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Acl not exist.
    AclNotExist,
    /// `OperationUnsupported.CreateLoadBalancerLayer7Listener`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: create load balancer layer7 listener.
    OperationUnsupportedCreateLoadBalancerLayer7Listener,
    /// `InvalidParameter.VServerGroupId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: v server group id.
    InvalidParameterVServerGroupId,
    /// `MissingParam.HealthCheckDomain`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: health check domain.
    MissingParamHealthCheckDomain,
    /// `InvalidParameter.HealthCheckHttpVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: health check http version.
    InvalidParameterHealthCheckHttpVersion,
    /// `QuotaLimitExceeds.AclAttachedToListener`: HTTP 400; retry: never; category: invalid_argument.
    /// Quota limit exceeds: acl attached to listener.
    QuotaLimitExceedsAclAttachedToListener,
    /// `QuotaLimitExceeds.TotalAclEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Quota limit exceeds: total acl entry.
    QuotaLimitExceedsTotalAclEntry,
    /// `AclListenerOverLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Acl listener over limit.
    AclListenerOverLimit,
    /// `Duplicated.AclEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated: acl entry.
    DuplicatedAclEntry,
    /// `OperationFailed.InsufficientResources`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: insufficient resources.
    OperationFailedInsufficientResources,
    /// `InvalidParameter.ForwardCode`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: forward code.
    InvalidParameterForwardCode,
    /// `LbNotSupportTcpssl`: HTTP 400; retry: never; category: invalid_argument.
    /// Lb not support tcpssl.
    LbNotSupportTcpssl,
    /// `LbSupportTcpsslOnly`: HTTP 400; retry: never; category: invalid_argument.
    /// Lb support tcpssl only.
    LbSupportTcpsslOnly,
    /// `ListenerNotSupportRule`: HTTP 400; retry: never; category: invalid_argument.
    /// Listener not support rule.
    ListenerNotSupportRule,
    /// `Mismatch.SlbSpecTypeAndListenerProtocol`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: slb spec type and listener protocol.
    MismatchSlbSpecTypeAndListenerProtocol,
    /// `ParamDuplicateError`: HTTP 400; retry: never; category: invalid_argument.
    /// Param duplicate error.
    ParamDuplicateError,
    /// `InvalidParameter.SpecNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: spec not support.
    InvalidParameterSpecNotSupport,
    /// `Certkey.Forbidden`: HTTP 400; retry: never; category: invalid_argument.
    /// Certkey: forbidden.
    CertkeyForbidden,
    /// `ResourceNotAvailible.HttpsListener`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not availible: https listener.
    ResourceNotAvailibleHttpsListener,
    /// `CertificateNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate not exist.
    CertificateNotExist,
    /// `InvalidTLSPolicyId.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid TLS policy id: not exist.
    InvalidTlsPolicyIdNotExist,
    /// `TLSPolicyConfiguring`: HTTP 400; retry: never; category: invalid_argument.
    /// TLS policy configuring.
    TlsPolicyConfiguring,
    /// `TLSCipherPolicyVipRelationOverLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// TLS cipher policy vip relation over limit.
    TlsCipherPolicyVipRelationOverLimit,
    /// `TooManyCertificates`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many certificates.
    TooManyCertificates,
    /// `TooManyCertificates.ServerCertificates`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many certificates: server certificates.
    TooManyCertificatesServerCertificates,
    /// `ResourceNotFound.Certificate`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: certificate.
    ResourceNotFoundCertificate,
    /// `InvalidParameterValue.SpecNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter value: spec not support.
    InvalidParameterValueSpecNotSupport,
    /// `OperationNotSupport.Acl`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation not support: acl.
    OperationNotSupportAcl,
    /// `InvalidParameterValue.RegionNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter value: region not support.
    InvalidParameterValueRegionNotSupport,
    /// `Abs.VServerGroupIdAndMasterSlaveServerGroupId.MissMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Abs: v server group id and master slave server group id, miss match.
    AbsVServerGroupIdAndMasterSlaveServerGroupIdMissMatch,
    /// `InvalidParameterValue.ZoneNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter value: zone not support.
    InvalidParameterValueZoneNotSupport,
    /// `InvalidParam.VServerGroupId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: v server group id.
    InvalidParamVServerGroupId,
    /// `MissingParam.HealthCheckConnectPort`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: health check connect port.
    MissingParamHealthCheckConnectPort,
    /// `InvalidParam.ListenerPort`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: listener port.
    InvalidParamListenerPort,
    /// `InvalidParam.StartPort`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: start port.
    InvalidParamStartPort,
    /// `InvalidParamSize.PortRange`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid param size: port range.
    InvalidParamSizePortRange,
    /// `InvalidParam.EndPort`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: end port.
    InvalidParamEndPort,
    /// `OperationUnsupported.SetAccessControl`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: set access control.
    OperationUnsupportedSetAccessControl,
    /// `InvalidParam.PortRange`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: port range.
    InvalidParamPortRange,
    /// `ListenerPortConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Listener port conflict.
    ListenerPortConflict,
    /// `ResourceNotFound.VServerGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: v server group.
    ResourceNotFoundVServerGroup,
    /// `IllegalParam.FailoverThreshold`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: failover threshold.
    IllegalParamFailoverThreshold,
    /// `IllegalParam.FailoverStrategy`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: failover strategy.
    IllegalParamFailoverStrategy,
    /// `OperationDenied.HealthCheckClosedForMasterSlaveMode`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: health check closed for master slave mode.
    OperationDeniedHealthCheckClosedForMasterSlaveMode,
    /// `IllegalParam.HealthCheck`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: health check.
    IllegalParamHealthCheck,
    /// `OperationDenied.FullNatModeNotAllowed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: full nat mode not allowed.
    OperationDeniedFullNatModeNotAllowed,
    /// `OperationDenied.OnlyIpv4SlbSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: only ipv4 slb support.
    OperationDeniedOnlyIpv4SlbSupport,
    /// `SpecNotSupportParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Spec not support parameter.
    SpecNotSupportParameter2,
    /// `MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `InvalidParamLength.HealthCheckExp`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid param length: health check exp.
    InvalidParamLengthHealthCheckExp,
    /// `InvalidParamLength.HealthCheckReq`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid param length: health check req.
    InvalidParamLengthHealthCheckReq,
    /// `InvalidParam.HealthCheckReq`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: health check req.
    InvalidParamHealthCheckReq,
    /// `InvalidParam.HealthCheckExp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: health check exp.
    InvalidParamHealthCheckExp,
    /// `VipNotSupportQuicVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// Vip not support quic version.
    VipNotSupportQuicVersion,
    /// `IllegalParam.HealthCheckType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: health check type.
    IllegalParamHealthCheckType,
    /// `MissingParam.HealthCheckMethod`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: health check method.
    MissingParamHealthCheckMethod,
    /// `IllegalParam.HealthCheckMethod`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: health check method.
    IllegalParamHealthCheckMethod,
    /// `OperationDenied.SpecialListenerPortNotAllowed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: special listener port not allowed.
    OperationDeniedSpecialListenerPortNotAllowed,
    /// `BACKEND_SERVERS_NUM_MUST_BE_TWO`: HTTP 400; retry: never; category: invalid_argument.
    /// BACKEND SERVERS NUM MUST BE TWO.
    BackendServersNumMustBeTwo,
    /// `BACKEND_SERVERS_HAVE_SAME_PORT_AND_SERVERID`: HTTP 400; retry: never; category: invalid_argument.
    /// BACKEND SERVERS HAVE SAME PORT AND SERVERID.
    BackendServersHaveSamePortAndServerid,
    /// `BACKEND_SERVERS_CAN_ONLY_CONTAIN_ONE_MASTER_AND_ONE_SLAVE`: HTTP 400; retry: never; category: invalid_argument.
    /// BACKEND SERVERS CAN ONLY CONTAIN ONE MASTER AND ONE SLAVE.
    BackendServersCanOnlyContainOneMasterAndOneSlave,
    /// `BACKEND_SERVER_ID_CAN_NOT_EMPTY`: HTTP 400; retry: never; category: invalid_argument.
    /// BACKEND SERVER ID CAN NOT EMPTY.
    BackendServerIdCanNotEmpty,
    /// `INVALID_SERVER_TYPE`: HTTP 400; retry: never; category: invalid_argument.
    /// INVALID SERVER TYPE.
    InvalidServerType,
    /// `BACKEND_SERVER_PORT_CAN_NOT_EMPTY`: HTTP 400; retry: never; category: invalid_argument.
    /// BACKEND SERVER PORT CAN NOT EMPTY.
    BackendServerPortCanNotEmpty,
    /// `RealServerPortNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Real server port not support.
    RealServerPortNotSupport,
    /// `OperationUnsupported.CreateMasterSlaveServerGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: create master slave server group.
    OperationUnsupportedCreateMasterSlaveServerGroup,
    /// `RsTunnelIp2VmNameConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Rs tunnel ip2 vm name conflict.
    RsTunnelIp2VmNameConflict,
    /// `DomainExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain exist.
    DomainExist,
    /// `OperationFailed.ListenerStatusNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: listener status not support.
    OperationFailedListenerStatusNotSupport,
    /// `MissingParameter.RuleName`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: rule name.
    MissingParameterRuleName,
    /// `MissingParam.Name`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: name.
    MissingParamName,
    /// `MissingParam.TlsVersions`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: tls versions.
    MissingParamTlsVersions,
    /// `MissingParam.Ciphers`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: ciphers.
    MissingParamCiphers,
    /// `ParamDuplicateError.TlsVersions`: HTTP 400; retry: never; category: invalid_argument.
    /// Param duplicate error: tls versions.
    ParamDuplicateErrorTlsVersions,
    /// `ParamDuplicateError.Ciphers`: HTTP 400; retry: never; category: invalid_argument.
    /// Param duplicate error: ciphers.
    ParamDuplicateErrorCiphers,
    /// `TLSPolicyNoSupportVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// TLS policy no support version.
    TlsPolicyNoSupportVersion,
    /// `TLSPolicyNoSupportCipher`: HTTP 400; retry: never; category: invalid_argument.
    /// TLS policy no support cipher.
    TlsPolicyNoSupportCipher,
    /// `TLSCipherPolicyOverLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// TLS cipher policy over limit.
    TlsCipherPolicyOverLimit,
    /// `LBNotSupportIpv6Backend`: HTTP 400; retry: never; category: invalid_argument.
    /// LB not support ipv6 backend.
    LbNotSupportIpv6Backend,
    /// `OperationUnsupported.CreateVServerGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: create v server group.
    OperationUnsupportedCreateVServerGroup,
    /// `OperationFailed.AclBindedWithVip`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: acl binded with vip.
    OperationFailedAclBindedWithVip,
    /// `CertificateAndPrivateKeyIsRefered`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate and private key is refered.
    CertificateAndPrivateKeyIsRefered,
    /// `InvalidParameter.DomainExtensionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain extension id.
    InvalidParameterDomainExtensionId,
    /// `DomainExtensionRelatedRuleExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain extension related rule exist.
    DomainExtensionRelatedRuleExist,
    /// `InvalidChargeType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid charge type.
    InvalidChargeType,
    /// `OperationDenied.DeleteProtectionIsOn`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: delete protection is on.
    OperationDeniedDeleteProtectionIsOn,
    /// `NoPermission.AliyunServiceRoleForSlbEipAccess`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission: aliyun service role for slb eip access.
    NoPermissionAliyunServiceRoleForSlbEipAccess,
    /// `ListenerForwardExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Listener forward exist.
    ListenerForwardExist,
    /// `ResourceNotFound.Listener`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: listener.
    ResourceNotFoundListener,
    /// `RspoolVipExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Rspool vip exist.
    RspoolVipExist,
    /// `OperationFailed.ListenerConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: listener conflict.
    OperationFailedListenerConflict,
    /// `CertificateRelatedDomainExtensionExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate related domain extension exist.
    CertificateRelatedDomainExtensionExist,
    /// `MissingParam.TLSCipherPolicyId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: TLS cipher policy id.
    MissingParamTlsCipherPolicyId,
    /// `TLSPolicyBeingUsed`: HTTP 400; retry: never; category: invalid_argument.
    /// TLS policy being used.
    TlsPolicyBeingUsed,
    /// `TLSPolicyRelated`: HTTP 400; retry: never; category: invalid_argument.
    /// TLS policy related.
    TlsPolicyRelated,
    /// `LocationServiceTimeout`: HTTP 400; retry: never; category: invalid_argument.
    /// Location service timeout.
    LocationServiceTimeout,
    /// `Abs.CACertificateIdAndResourceGroupId.MissMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Abs: CA certificate id and resource group id, miss match.
    AbsCaCertificateIdAndResourceGroupIdMissMatch,
    /// `MissingParameter.DomainExtensionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: domain extension id.
    MissingParameterDomainExtensionId,
    /// `IllegalParam.ListenerProtocol`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: listener protocol.
    IllegalParamListenerProtocol,
    /// `IllegalParam.MaxResults`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: max results.
    IllegalParamMaxResults,
    /// `IllegalParam.NextToken`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: next token.
    IllegalParamNextToken,
    /// `IllegalParamSize.LoadBalancerId`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal param size: load balancer id.
    IllegalParamSizeLoadBalancerId,
    /// `InvalidTag`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag.
    InvalidTag,
    /// `TooManyResult`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many result.
    TooManyResult,
    /// `Abs.ServerCertificateIdAndResourceGroupId.MissMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Abs: server certificate id and resource group id, miss match.
    AbsServerCertificateIdAndResourceGroupIdMissMatch,
    /// `OperationNotAllowed.HighDefinitionMonitorEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation not allowed: high definition monitor enabled.
    OperationNotAllowedHighDefinitionMonitorEnabled,
    /// `UnsupportedFeature.User`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature: user.
    UnsupportedFeatureUser,
    /// `NoPermission.AliyunServiceRoleForSlbLogDelivery`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission: aliyun service role for slb log delivery.
    NoPermissionAliyunServiceRoleForSlbLogDelivery,
    /// `QueryTokenInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Query token invalid.
    QueryTokenInvalid,
    /// `QueryTokenNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Query token not exist.
    QueryTokenNotExist,
    /// `TagTypeNotSame`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag type not same.
    TagTypeNotSame,
    /// `ResourceNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not exist.
    ResourceNotExist,
    /// `InvalidParam.NextToken`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: next token.
    InvalidParamNextToken,
    /// `InvalidParam.Scope`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: scope.
    InvalidParamScope,
    /// `InvalidParam.ResourceType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource type.
    InvalidParamResourceType,
    /// `InvalidParam.TagKeyOrValue`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag key or value.
    InvalidParamTagKeyOrValue,
    /// `InvalidParam.TagOwnerUid`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag owner uid.
    InvalidParamTagOwnerUid,
    /// `InvalidParam.TagOwnerBid`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag owner bid.
    InvalidParamTagOwnerBid,
    /// `MissingParam.Scope`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: scope.
    MissingParamScope,
    /// `MissingParam.TagOwnerUid`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: tag owner uid.
    MissingParamTagOwnerUid,
    /// `MissingParam.TagOwnerBid`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: tag owner bid.
    MissingParamTagOwnerBid,
    /// `InvalidParameter.RegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: region id.
    InvalidParameterRegionId,
    /// `MissingParam.TagOrResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: tag or resource id.
    MissingParamTagOrResourceId,
    /// `SizeLimitExceeded.ResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Size limit exceeded: resource id.
    SizeLimitExceededResourceId,
    /// `OperationDenied.HdMonitorListenerExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: hd monitor listener exist.
    OperationDeniedHdMonitorListenerExist,
    /// `OperationNotAllowed.HighDefinitionMonitorNotEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation not allowed: high definition monitor not enabled.
    OperationNotAllowedHighDefinitionMonitorNotEnabled,
    /// `PAYFOR.ACCOUNT_MONEY_VALIDATE_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// PAYFOR: ACCOUNT MONEY VALIDATE ERROR.
    PayforAccountMoneyValidateError,
    /// `OperationDenied.PayByCLCU`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: pay by CLCU.
    OperationDeniedPayByClcu,
    /// `IllegalParam.InternetChargeType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: internet charge type.
    IllegalParamInternetChargeType,
    /// `OperationDenied.PayBySpec`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: pay by spec.
    OperationDeniedPayBySpec,
    /// `InvalidParameterBandwidth`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter bandwidth.
    InvalidParameterBandwidth2,
    /// `Forbidden.LcuToSpec`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: lcu to spec.
    ForbiddenLcuToSpec,
    /// `ModifySpecNotAllowed`: HTTP 400; retry: never; category: invalid_argument.
    /// Modify spec not allowed.
    ModifySpecNotAllowed,
    /// `ChangeLbSpecNotAllowed`: HTTP 400; retry: never; category: invalid_argument.
    /// Change lb spec not allowed.
    ChangeLbSpecNotAllowed,
    /// `OperationUnsupported.ModifyVServerGroupBackendServers`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: modify v server group backend servers.
    OperationUnsupportedModifyVServerGroupBackendServers,
    /// `LbStatusNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Lb status not support.
    LbStatusNotSupport,
    /// `InvalidProject.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid project: not exist.
    InvalidProjectNotExist,
    /// `IncorrectStatus.DomainExtension`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: domain extension.
    IncorrectStatusDomainExtension,
    /// `OperationUnsupported.DeleteProtectionForPrePayInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: delete protection for pre pay instance.
    OperationUnsupportedDeleteProtectionForPrePayInstance,
    /// `OperationFailed.ServerGroupInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: server group in use.
    OperationFailedServerGroupInUse,
    /// `OperationUnsupported.SetLoadBalancerStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation unsupported: set load balancer status.
    OperationUnsupportedSetLoadBalancerStatus,
    /// `MissingParam.VServerGroupId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: v server group id.
    MissingParamVServerGroupId,
    /// `InvalidParam.HealthCheck`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: health check.
    InvalidParamHealthCheck,
    /// `OperationDenied.MasterSlaveGroupLogEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: master slave group log enabled.
    OperationDeniedMasterSlaveGroupLogEnabled,
    /// `OperationDenied.NotSupportAcl`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: not support acl.
    OperationDeniedNotSupportAcl,
    /// `TLSPolicyUnchanged`: HTTP 400; retry: never; category: invalid_argument.
    /// TLS policy unchanged.
    TlsPolicyUnchanged,
    /// `Operation.Deny`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation: deny.
    OperationDeny,
    /// `DeniedForNoneTagCreator`: HTTP 400; retry: never; category: invalid_argument.
    /// Denied for none tag creator.
    DeniedForNoneTagCreator,
    /// `DeniedForScopeNotEqual`: HTTP 400; retry: never; category: invalid_argument.
    /// Denied for scope not equal.
    DeniedForScopeNotEqual,
    /// `QuotaLimitExceeds`: HTTP 400; retry: never; category: invalid_argument.
    /// Quota limit exceeds.
    QuotaLimitExceeds,
    /// `DeniedForOperateCustomTag`: HTTP 400; retry: never; category: invalid_argument.
    /// Denied for operate custom tag.
    DeniedForOperateCustomTag,
    /// `MissingParam.ResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource id.
    MissingParamResourceId,
    /// `MissingParam.RegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: region id.
    MissingParamRegionId,
    /// `SizeLimitExceeded.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Size limit exceeded: tag key.
    SizeLimitExceededTagKey,
    /// `IllegalParam.ServerCertificate`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: server certificate.
    IllegalParamServerCertificate,
    /// `ServerCertificate.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Server certificate: not support.
    ServerCertificateNotSupport,
    /// `InvalidParameter.AliCloudCertificateId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: ali cloud certificate id.
    InvalidParameterAliCloudCertificateId,
    /// `OperationDenied.IllegalKeyLength`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: illegal key length.
    OperationDeniedIllegalKeyLength,
    /// `EccCertificateNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Ecc certificate not support.
    EccCertificateNotSupport,
    /// `CertificateFormatInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate format invalid.
    CertificateFormatInvalid,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 304] = [
        "InvalidParam.AclEntryExists",
        "IllegalEntry",
        "AclEntryIllegal",
        "InvalidEntry",
        "InvalidParam.Comment",
        "AclEntryExceedLimit",
        "SystemBusy",
        "ServiceUnavailable",
        "InvalidParameter",
        "Mismatched.ZoneId",
        "BackendServerProcessing",
        "InvalidBackendServers.ServerIpConflict",
        "OperationUnsupported.AddBackendServers",
        "IncorrectStatus.RSByPassToas",
        "OperationFailed.ActionNotSupport",
        "NetworkConflict",
        "TooManyListeners",
        "Operation.NotAllowed",
        "InvalidAddress",
        "InvalidParameter.SourceItems",
        "InvalidParameter.TagValue",
        "QuotaExceeded.Tag",
        "InvalidParameter.TagKey",
        "MissingParameter.Tags",
        "Duplicate.TagKey",
        "NoPermission.Operator",
        "QuotaExceed.TagsPerResource",
        "InvalidOperation.ConcurrentModification",
        "InnerRateLimiting",
        "SystemError",
        "InternalInvokeError",
        "OperationUnsupported.AddVServerGroupBackendServers",
        "BackendServer.InvalidType",
        "BackendServer.ServerRegionIdNotEqual",
        "OperationFailed.InvalidCen",
        "IncorrectStatus.CenNotAssociated",
        "InvalidBackendServers.MissingCenBandWidth",
        "InvalidBackendServers.VpcNotInCen",
        "InvalidServerId.NotExist",
        "MissingParameter.ServerRegionId",
        "MissingParameter.VbrId",
        "InvalidParameter.ServerRegionId",
        "InvalidVbrId.NotInCen",
        "InvalidParameter.ZoneNotSupport",
        "MasterSlaveServerConflict",
        "OperationFailed.ServiceGroupProcessing",
        "SignatureNonceUsed",
        "VpcSystemBusy",
        "OperationDeny.LbNotSupportIPv6Server",
        "OperationBusy",
        "ResourceNotFound.vServers",
        "ResourceNotFound.Cen",
        "InvalidAction.RegionNotSupport",
        "AclNumberOverLimit",
        "InvalidResourceGroupId.NotFound",
        "ResourceInConfiguring.Acl",
        "InvalidParam.TagValue",
        "InvalidParam.TagKey",
        "SizeLimitExceeded.Tag",
        "MissingParam.TagKey",
        "InvalidParameter.ServerCertificateId",
        "InvalidParameter.Domain",
        "DomainExtensionProcessing",
        "DomainExtensionNumberOverLimit",
        "DomainExtensionNotSupport",
        "InvalidParameter.CertificateId",
        "InvalidParamSize.CertificateId",
        "MissingParameter.CertificateId",
        "InvalidParameter.RegionNotSupport",
        "CertificateTypeMismatched",
        "SPEC_NOT_SUPPORT_PARAMETER",
        "CnCertificateNotSupport",
        "InvalidParam.CertificateBindingType",
        "MissingParam.ServerCertificates",
        "InvalidParamSize.ServerCertificates",
        "OperationFailed.ZoneResourceLimit",
        "CloudBoxNotSupportIpv6",
        "CloudBoxNotSupportInternet",
        "OperationFailed.RegionResourceLimit",
        "OperationFailed.UnpaidBillsExist",
        "RegionOrZonesNotSupportIpv6",
        "InvalidParameter.Mismatch",
        "PAYFOR.CREDIT_PAY_INSUFFICIENT_BALANCE",
        "HighRiskOperationDenied",
        "VSwitchAvailableIpNotExist",
        "VSwitchNotExist",
        "Instance.ShareSlbNotSupportPay95",
        "Instance.Pay95RateInvalid",
        "Instance.Pay95BandwidthIllegal",
        "Instance.InternetChargeTypeNotAllowed",
        "OperationFailed.TokenIsProcessing",
        "InsufficientBalance",
        "MissingParam.VSwitchId",
        "InvalidVpcId.NotExist",
        "PAY.MAYI_WITHHOLDING_AGREEMENT_ILLEGAL",
        "InvalidParameter.CloudType",
        "OperationFailed.InvalidAccount",
        "RegionOrZonesNotSupportCEN",
        "MissingParam.LoadBalancerSpec",
        "InvalidParameter.Bandwidth",
        "OperationForbidden.AccountRiskReject",
        "OperationForbidden.QuotaLimit",
        "InvalidParam.ModificationProtectionStatus",
        "InvalidParam.ModificationProtectionReason",
        "ShareSlbHaltSales",
        "OperationFailed.CashBookInsufficient",
        "OperationFailed.OnlyInnerCommoditySupportToPurchase",
        "OperationFailed.InvokeLingXiaoFailed",
        "AllocateVpcInstanceFailed",
        "QueryCreditCtrlInfoFailed",
        "QueryCommodityCenterFailed",
        "RegionNotSupportParameter",
        "QueryAccountBookInfoFailed",
        "RateAccountFailed",
        "TradeWaitDistributorAudit",
        "OperationFailed.InvokeProxyFailed",
        "QueryAccountCompleteProgressFailed",
        "QueryVoucherInfoFailed",
        "InvalidVSwitchId.NotFound",
        "IllegalParam.SpecType",
        "MissingParam.SpecType",
        "UnsupportedRegion",
        "PayInsufficientBalance",
        "IllegalParam.InstanceChargeType",
        "PRODUCT.NOT_AVAILABLE_IZ",
        "PRICE.INQUIRY_FAILED",
        "AssociateIpFail",
        "SDK.ServerUnreachable",
        "OverQuota",
        "SubnetIpExhaust",
        "BeforePayRuleBatchValidateError",
        "TradeSyncCreateSubError",
        "QueryOrderError",
        "CreateOrderTimeout",
        "MultiGrayKeyResourceInconsist",
        "InsufficientAvailableQuota",
        "Forbidden.AliGroupForbiddenRegion",
        "IpVersionConflict",
        "ListenerForwardNotSupport",
        "InvalidParameter.IdleTimeout",
        "InvalidParameter.RequestTimeout",
        "ListenerProcessing",
        "InvalidParameter.ListenerPortConflict",
        "ResourceNotAvailible.HttpListener",
        "AclNotExist",
        "OperationUnsupported.CreateLoadBalancerLayer7Listener",
        "InvalidParameter.VServerGroupId",
        "MissingParam.HealthCheckDomain",
        "InvalidParameter.HealthCheckHttpVersion",
        "QuotaLimitExceeds.AclAttachedToListener",
        "QuotaLimitExceeds.TotalAclEntry",
        "AclListenerOverLimit",
        "Duplicated.AclEntry",
        "OperationFailed.InsufficientResources",
        "InvalidParameter.ForwardCode",
        "LbNotSupportTcpssl",
        "LbSupportTcpsslOnly",
        "ListenerNotSupportRule",
        "Mismatch.SlbSpecTypeAndListenerProtocol",
        "ParamDuplicateError",
        "InvalidParameter.SpecNotSupport",
        "Certkey.Forbidden",
        "ResourceNotAvailible.HttpsListener",
        "CertificateNotExist",
        "InvalidTLSPolicyId.NotExist",
        "TLSPolicyConfiguring",
        "TLSCipherPolicyVipRelationOverLimit",
        "TooManyCertificates",
        "TooManyCertificates.ServerCertificates",
        "ResourceNotFound.Certificate",
        "InvalidParameterValue.SpecNotSupport",
        "OperationNotSupport.Acl",
        "InvalidParameterValue.RegionNotSupport",
        "Abs.VServerGroupIdAndMasterSlaveServerGroupId.MissMatch",
        "InvalidParameterValue.ZoneNotSupport",
        "InvalidParam.VServerGroupId",
        "MissingParam.HealthCheckConnectPort",
        "InvalidParam.ListenerPort",
        "InvalidParam.StartPort",
        "InvalidParamSize.PortRange",
        "InvalidParam.EndPort",
        "OperationUnsupported.SetAccessControl",
        "InvalidParam.PortRange",
        "ListenerPortConflict",
        "ResourceNotFound.VServerGroup",
        "IllegalParam.FailoverThreshold",
        "IllegalParam.FailoverStrategy",
        "OperationDenied.HealthCheckClosedForMasterSlaveMode",
        "IllegalParam.HealthCheck",
        "OperationDenied.FullNatModeNotAllowed",
        "OperationDenied.OnlyIpv4SlbSupport",
        "SpecNotSupportParameter",
        "MissingParameter",
        "InvalidParamLength.HealthCheckExp",
        "InvalidParamLength.HealthCheckReq",
        "InvalidParam.HealthCheckReq",
        "InvalidParam.HealthCheckExp",
        "VipNotSupportQuicVersion",
        "IllegalParam.HealthCheckType",
        "MissingParam.HealthCheckMethod",
        "IllegalParam.HealthCheckMethod",
        "OperationDenied.SpecialListenerPortNotAllowed",
        "BACKEND_SERVERS_NUM_MUST_BE_TWO",
        "BACKEND_SERVERS_HAVE_SAME_PORT_AND_SERVERID",
        "BACKEND_SERVERS_CAN_ONLY_CONTAIN_ONE_MASTER_AND_ONE_SLAVE",
        "BACKEND_SERVER_ID_CAN_NOT_EMPTY",
        "INVALID_SERVER_TYPE",
        "BACKEND_SERVER_PORT_CAN_NOT_EMPTY",
        "RealServerPortNotSupport",
        "OperationUnsupported.CreateMasterSlaveServerGroup",
        "RsTunnelIp2VmNameConflict",
        "DomainExist",
        "OperationFailed.ListenerStatusNotSupport",
        "MissingParameter.RuleName",
        "MissingParam.Name",
        "MissingParam.TlsVersions",
        "MissingParam.Ciphers",
        "ParamDuplicateError.TlsVersions",
        "ParamDuplicateError.Ciphers",
        "TLSPolicyNoSupportVersion",
        "TLSPolicyNoSupportCipher",
        "TLSCipherPolicyOverLimit",
        "LBNotSupportIpv6Backend",
        "OperationUnsupported.CreateVServerGroup",
        "OperationFailed.AclBindedWithVip",
        "CertificateAndPrivateKeyIsRefered",
        "InvalidParameter.DomainExtensionId",
        "DomainExtensionRelatedRuleExist",
        "InvalidChargeType",
        "OperationDenied.DeleteProtectionIsOn",
        "NoPermission.AliyunServiceRoleForSlbEipAccess",
        "ListenerForwardExist",
        "ResourceNotFound.Listener",
        "RspoolVipExist",
        "OperationFailed.ListenerConflict",
        "CertificateRelatedDomainExtensionExist",
        "MissingParam.TLSCipherPolicyId",
        "TLSPolicyBeingUsed",
        "TLSPolicyRelated",
        "LocationServiceTimeout",
        "Abs.CACertificateIdAndResourceGroupId.MissMatch",
        "MissingParameter.DomainExtensionId",
        "IllegalParam.ListenerProtocol",
        "IllegalParam.MaxResults",
        "IllegalParam.NextToken",
        "IllegalParamSize.LoadBalancerId",
        "InvalidTag",
        "TooManyResult",
        "Abs.ServerCertificateIdAndResourceGroupId.MissMatch",
        "OperationNotAllowed.HighDefinitionMonitorEnabled",
        "UnsupportedFeature.User",
        "NoPermission.AliyunServiceRoleForSlbLogDelivery",
        "QueryTokenInvalid",
        "QueryTokenNotExist",
        "TagTypeNotSame",
        "ResourceNotExist",
        "InvalidParam.NextToken",
        "InvalidParam.Scope",
        "InvalidParam.ResourceType",
        "InvalidParam.TagKeyOrValue",
        "InvalidParam.TagOwnerUid",
        "InvalidParam.TagOwnerBid",
        "MissingParam.Scope",
        "MissingParam.TagOwnerUid",
        "MissingParam.TagOwnerBid",
        "InvalidParameter.RegionId",
        "MissingParam.TagOrResourceId",
        "SizeLimitExceeded.ResourceId",
        "OperationDenied.HdMonitorListenerExist",
        "OperationNotAllowed.HighDefinitionMonitorNotEnabled",
        "PAYFOR.ACCOUNT_MONEY_VALIDATE_ERROR",
        "OperationDenied.PayByCLCU",
        "IllegalParam.InternetChargeType",
        "OperationDenied.PayBySpec",
        "InvalidParameterBandwidth",
        "Forbidden.LcuToSpec",
        "ModifySpecNotAllowed",
        "ChangeLbSpecNotAllowed",
        "OperationUnsupported.ModifyVServerGroupBackendServers",
        "LbStatusNotSupport",
        "InvalidProject.NotExist",
        "IncorrectStatus.DomainExtension",
        "OperationUnsupported.DeleteProtectionForPrePayInstance",
        "OperationFailed.ServerGroupInUse",
        "OperationUnsupported.SetLoadBalancerStatus",
        "MissingParam.VServerGroupId",
        "InvalidParam.HealthCheck",
        "OperationDenied.MasterSlaveGroupLogEnabled",
        "OperationDenied.NotSupportAcl",
        "TLSPolicyUnchanged",
        "Operation.Deny",
        "DeniedForNoneTagCreator",
        "DeniedForScopeNotEqual",
        "QuotaLimitExceeds",
        "DeniedForOperateCustomTag",
        "MissingParam.ResourceId",
        "MissingParam.RegionId",
        "SizeLimitExceeded.TagKey",
        "IllegalParam.ServerCertificate",
        "ServerCertificate.NotSupport",
        "InvalidParameter.AliCloudCertificateId",
        "OperationDenied.IllegalKeyLength",
        "EccCertificateNotSupport",
        "CertificateFormatInvalid",
    ];
    static NAME_CODES: [u32; 31] = [
        13, 50, 70, 82, 94, 97, 124, 125, 127, 164, 165, 166, 191, 202, 203, 204, 205,
        206, 207, 219, 220, 221, 222, 236, 237, 238, 240, 270, 271, 274, 289,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "IncorrectStatusRsByPassToasResourceNotFoundVServersSpecNotSupportParameterPayforCreditPayInsufficientBalancePayMayiWithholdingAgreementIllegalRegionOrZonesNotSupportCenProductNotAvailableIzPriceInquiryFailedSdkServerUnreachableInvalidTlsPolicyIdNotExistTlsPolicyConfiguringTlsCipherPolicyVipRelationOverLimitSpecNotSupportParameter2BackendServersNumMustBeTwoBackendServersHaveSamePortAndServeridBackendServersCanOnlyContainOneMasterAndOneSlaveBackendServerIdCanNotEmptyInvalidServerTypeBackendServerPortCanNotEmptyTlsPolicyNoSupportVersionTlsPolicyNoSupportCipherTlsCipherPolicyOverLimitLbNotSupportIpv6BackendMissingParamTlsCipherPolicyIdTlsPolicyBeingUsedTlsPolicyRelatedAbsCaCertificateIdAndResourceGroupIdMissMatchPayforAccountMoneyValidateErrorOperationDeniedPayByClcuInvalidParameterBandwidth2TlsPolicyUnchanged",
        ends: &[
            0, 27, 51, 74, 108, 142, 168, 189, 207, 227, 253, 273, 308, 332, 358, 395,
            443, 469, 486, 514, 539, 563, 587, 610, 639, 657, 673, 718, 749, 773, 799,
            817,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "A parameter is invalid: acl entry exists.Illegal entry.Acl entry illegal.Invalid entry.A parameter is invalid: comment.Acl entry exceed limit.System busy.The service is unavailable.A parameter is invalid.Mismatched: zone id.Backend server processing.Invalid backend servers: server ip conflict.Operation unsupported: add backend servers.The resource is not in a state that allows this: RS by pass toas.Operation failed: action not support.Network conflict.Too many listeners.Operation: not allowed.Invalid address.A parameter is invalid: source items.A parameter is invalid: tag value.A quota was exceeded: tag.A parameter is invalid: tag key.A required parameter is missing: tags.Duplicate: tag key.The caller has no permission: operator.A quota was exceeded: tags per resource.Invalid operation: concurrent modification.Inner rate limiting.System error.Internal invoke error.Operation unsupported: add v server group backend servers.Backend server: invalid type.Backend server: server region id not equal.Operation failed: invalid cen.The resource is not in a state that allows this: cen not associated.Invalid backend servers: missing cen band width.Invalid backend servers: vpc not in cen.Invalid server id: not exist.A required parameter is missing: server region id.A required parameter is missing: vbr id.A parameter is invalid: server region id.Invalid vbr id: not in cen.A parameter is invalid: zone not support.Master slave server conflict.Operation failed: service group processing.Signature nonce used.Vpc system busy.Operation deny: lb not support IPv6 server.Operation busy.Resource not found: v servers.Resource not found: cen.Invalid action: region not support.Acl number over limit.Invalid resource group id: not found.Resource in configuring: acl.A parameter is invalid: tag value.A parameter is invalid: tag key.Size limit exceeded: tag.A required parameter is missing: tag key.A parameter is invalid: server certificate id.A parameter is invalid: domain.Domain extension processing.Domain extension number over limit.Domain extension not support.A parameter is invalid: certificate id.Invalid param size: certificate id.A required parameter is missing: certificate id.A parameter is invalid: region not support.Certificate type mismatched.SPEC NOT SUPPORT PARAMETER.Cn certificate not support.A parameter is invalid: certificate binding type.A required parameter is missing: server certificates.Invalid param size: server certificates.Operation failed: zone resource limit.Cloud box not support ipv6.Cloud box not support internet.Operation failed: region resource limit.Operation failed: unpaid bills exist.Region or zones not support ipv6.A parameter is invalid: mismatch.PAYFOR: CREDIT PAY INSUFFICIENT BALANCE.High risk operation denied.V switch available ip not exist.V switch not exist.Instance: share slb not support pay95.Instance: pay95 rate invalid.Instance: pay95 bandwidth illegal.Instance: internet charge type not allowed.Operation failed: token is processing.Insufficient balance.A required parameter is missing: v switch id.Invalid vpc id: not exist.PAY: MAYI WITHHOLDING AGREEMENT ILLEGAL.A parameter is invalid: cloud type.Operation failed: invalid account.Region or zones not support CEN.A required parameter is missing: load balancer spec.A parameter is invalid: bandwidth.Operation forbidden: account risk reject.Operation forbidden: quota limit.A parameter is invalid: modification protection status.A parameter is invalid: modification protection reason.Share slb halt sales.Operation failed: cash book insufficient.Operation failed: only inner commodity support to purchase.Operation failed: invoke ling xiao failed.Allocate vpc instance failed.Query credit ctrl info failed.Query commodity center failed.Region not support parameter.Query account book info failed.Rate account failed.Trade wait distributor audit.Operation failed: invoke proxy failed.Query account complete progress failed.Query voucher info failed.Invalid v switch id: not found.A parameter is not allowed: spec type.A required parameter is missing: spec type.Unsupported region.Pay insufficient balance.A parameter is not allowed: instance charge type.PRODUCT: NOT AVAILABLE IZ.PRICE: INQUIRY FAILED.Associate ip fail.SDK: server unreachable.Over quota.Subnet ip exhaust.Before pay rule batch validate error.Trade sync create sub error.Query order error.Create order timeout.Multi gray key resource inconsist.Insufficient available quota.The request is forbidden: ali group forbidden region.Ip version conflict.Listener forward not support.A parameter is invalid: idle timeout.A parameter is invalid: request timeout.Listener processing.A parameter is invalid: listener port conflict.Resource not availible: http listener.Acl not exist.Operation unsupported: create load balancer layer7 listener.A parameter is invalid: v server group id.A required parameter is missing: health check domain.A parameter is invalid: health check http version.Quota limit exceeds: acl attached to listener.Quota limit exceeds: total acl entry.Acl listener over limit.Duplicated: acl entry.Operation failed: insufficient resources.A parameter is invalid: forward code.Lb not support tcpssl.Lb support tcpssl only.Listener not support rule.Mismatch: slb spec type and listener protocol.Param duplicate error.A parameter is invalid: spec not support.Certkey: forbidden.Resource not availible: https listener.Certificate not exist.Invalid TLS policy id: not exist.TLS policy configuring.TLS cipher policy vip relation over limit.Too many certificates.Too many certificates: server certificates.Resource not found: certificate.Invalid parameter value: spec not support.Operation not support: acl.Invalid parameter value: region not support.Abs: v server group id and master slave server group id, miss match.Invalid parameter value: zone not support.A parameter is invalid: v server group id.A required parameter is missing: health check connect port.A parameter is invalid: listener port.A parameter is invalid: start port.Invalid param size: port range.A parameter is invalid: end port.Operation unsupported: set access control.A parameter is invalid: port range.Listener port conflict.Resource not found: v server group.A parameter is not allowed: failover threshold.A parameter is not allowed: failover strategy.Operation denied: health check closed for master slave mode.A parameter is not allowed: health check.Operation denied: full nat mode not allowed.Operation denied: only ipv4 slb support.Spec not support parameter.A required parameter is missing.Invalid param length: health check exp.Invalid param length: health check req.A parameter is invalid: health check req.A parameter is invalid: health check exp.Vip not support quic version.A parameter is not allowed: health check type.A required parameter is missing: health check method.A parameter is not allowed: health check method.Operation denied: special listener port not allowed.BACKEND SERVERS NUM MUST BE TWO.BACKEND SERVERS HAVE SAME PORT AND SERVERID.BACKEND SERVERS CAN ONLY CONTAIN ONE MASTER AND ONE SLAVE.BACKEND SERVER ID CAN NOT EMPTY.INVALID SERVER TYPE.BACKEND SERVER PORT CAN NOT EMPTY.Real server port not support.Operation unsupported: create master slave server group.Rs tunnel ip2 vm name conflict.Domain exist.Operation failed: listener status not support.A required parameter is missing: rule name.A required parameter is missing: name.A required parameter is missing: tls versions.A required parameter is missing: ciphers.Param duplicate error: tls versions.Param duplicate error: ciphers.TLS policy no support version.TLS policy no support cipher.TLS cipher policy over limit.LB not support ipv6 backend.Operation unsupported: create v server group.Operation failed: acl binded with vip.Certificate and private key is refered.A parameter is invalid: domain extension id.Domain extension related rule exist.Invalid charge type.Operation denied: delete protection is on.The caller has no permission: aliyun service role for slb eip access.Listener forward exist.Resource not found: listener.Rspool vip exist.Operation failed: listener conflict.Certificate related domain extension exist.A required parameter is missing: TLS cipher policy id.TLS policy being used.TLS policy related.Location service timeout.Abs: CA certificate id and resource group id, miss match.A required parameter is missing: domain extension id.A parameter is not allowed: listener protocol.A parameter is not allowed: max results.A parameter is not allowed: next token.Illegal param size: load balancer id.Invalid tag.Too many result.Abs: server certificate id and resource group id, miss match.Operation not allowed: high definition monitor enabled.Unsupported feature: user.The caller has no permission: aliyun service role for slb log delivery.Query token invalid.Query token not exist.Tag type not same.Resource not exist.A parameter is invalid: next token.A parameter is invalid: scope.A parameter is invalid: resource type.A parameter is invalid: tag key or value.A parameter is invalid: tag owner uid.A parameter is invalid: tag owner bid.A required parameter is missing: scope.A required parameter is missing: tag owner uid.A required parameter is missing: tag owner bid.A parameter is invalid: region id.A required parameter is missing: tag or resource id.Size limit exceeded: resource id.Operation denied: hd monitor listener exist.Operation not allowed: high definition monitor not enabled.PAYFOR: ACCOUNT MONEY VALIDATE ERROR.Operation denied: pay by CLCU.A parameter is not allowed: internet charge type.Operation denied: pay by spec.Invalid parameter bandwidth.The request is forbidden: lcu to spec.Modify spec not allowed.Change lb spec not allowed.Operation unsupported: modify v server group backend servers.Lb status not support.Invalid project: not exist.The resource is not in a state that allows this: domain extension.Operation unsupported: delete protection for pre pay instance.Operation failed: server group in use.Operation unsupported: set load balancer status.A required parameter is missing: v server group id.A parameter is invalid: health check.Operation denied: master slave group log enabled.Operation denied: not support acl.TLS policy unchanged.Operation: deny.Denied for none tag creator.Denied for scope not equal.Quota limit exceeds.Denied for operate custom tag.A required parameter is missing: resource id.A required parameter is missing: region id.Size limit exceeded: tag key.A parameter is not allowed: server certificate.Server certificate: not support.A parameter is invalid: ali cloud certificate id.Operation denied: illegal key length.Ecc certificate not support.Certificate format invalid.",
        ends: &[
            0, 41, 55, 73, 87, 119, 142, 154, 181, 204, 224, 250, 294, 337, 402, 439,
            456, 475, 498, 514, 551, 585, 611, 643, 681, 700, 739, 779, 822, 842, 855,
            877, 935, 964, 1007, 1037, 1105, 1153, 1193, 1222, 1272, 1312, 1353, 1380,
            1421, 1450, 1493, 1514, 1530, 1573, 1588, 1618, 1642, 1677, 1699, 1736, 1765,
            1799, 1831, 1856, 1897, 1943, 1974, 2002, 2037, 2066, 2105, 2140, 2188, 2231,
            2259, 2286, 2313, 2362, 2415, 2455, 2493, 2520, 2551, 2591, 2628, 2661, 2694,
            2734, 2761, 2793, 2812, 2850, 2879, 2913, 2956, 2994, 3015, 3060, 3086, 3126,
            3161, 3195, 3227, 3279, 3313, 3354, 3387, 3442, 3497, 3518, 3559, 3618, 3660,
            3689, 3719, 3749, 3778, 3809, 3829, 3858, 3896, 3935, 3961, 3992, 4030, 4073,
            4092, 4117, 4166, 4192, 4214, 4232, 4256, 4267, 4285, 4322, 4350, 4368, 4389,
            4423, 4452, 4505, 4525, 4554, 4591, 4631, 4651, 4698, 4736, 4750, 4810, 4852,
            4905, 4955, 5001, 5038, 5062, 5084, 5125, 5162, 5184, 5207, 5233, 5279, 5301,
            5342, 5361, 5400, 5422, 5455, 5478, 5520, 5542, 5585, 5617, 5659, 5686, 5730,
            5798, 5840, 5882, 5941, 5979, 6014, 6045, 6078, 6120, 6155, 6178, 6213, 6260,
            6306, 6366, 6407, 6451, 6491, 6518, 6550, 6589, 6628, 6669, 6710, 6739, 6785,
            6838, 6886, 6938, 6970, 7014, 7072, 7104, 7124, 7158, 7187, 7243, 7274, 7287,
            7333, 7376, 7414, 7460, 7501, 7537, 7568, 7598, 7627, 7656, 7684, 7729, 7767,
            7806, 7850, 7886, 7906, 7948, 8017, 8040, 8069, 8086, 8122, 8165, 8219, 8241,
            8260, 8285, 8342, 8395, 8441, 8481, 8520, 8557, 8569, 8585, 8646, 8701, 8727,
            8798, 8818, 8840, 8858, 8877, 8912, 8942, 8980, 9021, 9059, 9097, 9136, 9183,
            9230, 9264, 9316, 9349, 9393, 9452, 9489, 9519, 9568, 9598, 9626, 9664, 9688,
            9715, 9776, 9798, 9825, 9891, 9953, 9991, 10039, 10090, 10127, 10176, 10210,
            10231, 10247, 10275, 10302, 10322, 10352, 10397, 10440, 10469, 10516, 10548,
            10597, 10634, 10662, 10689,
        ],
    };
    static STATUSES: [u16; 304] = [
        400, 400, 400, 400, 400, 400, 400, 503, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 404, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 305] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
        63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
        83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101,
        102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117,
        118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133,
        134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149,
        150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165,
        166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181,
        182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197,
        198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213,
        214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229,
        230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245,
        246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261,
        262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277,
        278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293,
        294, 295, 296, 297, 298, 299, 300, 301, 302, 303, 304,
    ];
    static RETRY: [::cloud_errors::Retry; 304] = ::cloud_errors::__private::retry_column(
        b"aaaaaaabaaaaacaaaaaaacaaaccaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaacaaaaacaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 304] = ::cloud_errors::__private::category_column(
        b"cccccccnccccciccccccchcccghccccccccicccccccccccccceeccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccgcccccccccccccccccccccccccccccccceccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccgceccccccccccccccccccgcccccccccccccccccccccccgcccccicccccccccccccccccccccc",
    );
    static PILOTS: [u16; 76] = [
        1, 15, 35, 15, 32, 16, 46, 23, 0, 2, 3, 15, 46, 0, 0, 2, 0, 1, 1, 0, 12, 7, 13,
        22, 90, 21, 102, 0, 34, 40, 57, 1, 7, 9, 9, 0, 3, 107, 65, 4, 37, 23, 21, 374,
        37, 11, 3, 102, 30, 193, 30, 24, 2, 16, 198, 3, 0, 0, 6, 12, 15, 23, 46, 8, 7,
        66, 45, 131, 1, 2, 0, 8, 13, 20, 87, 14,
    ];
    static SLOTS: [(&str, u32); 337] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            115, 4294967295, 94, 40, 236, 70, 87, 192, 82, 18, 291, 4294967295, 253, 263,
            4294967295, 133, 4294967295, 32, 178, 57, 190, 47, 4294967295, 174, 159,
            4294967295, 21, 276, 251, 9, 233, 182, 197, 60, 271, 149, 112, 209, 103, 244,
            298, 81, 54, 264, 4294967295, 172, 303, 181, 169, 145, 227, 42, 98, 258, 33,
            30, 68, 255, 206, 275, 4294967295, 12, 1, 265, 196, 6, 219, 100, 204, 194,
            282, 61, 131, 77, 260, 137, 292, 223, 119, 218, 109, 123, 4294967295, 168,
            240, 4294967295, 22, 56, 17, 189, 89, 161, 83, 117, 63, 278, 302, 55,
            4294967295, 62, 288, 136, 150, 37, 4294967295, 38, 130, 250, 210, 188, 202,
            51, 300, 72, 228, 259, 242, 19, 157, 14, 213, 31, 166, 186, 93, 193, 138,
            140, 267, 92, 270, 111, 4294967295, 281, 171, 147, 120, 252, 0, 294, 116, 74,
            153, 52, 4294967295, 296, 208, 23, 151, 199, 191, 277, 245, 104, 200, 241,
            69, 289, 28, 230, 4294967295, 231, 4294967295, 2, 4294967295, 13, 299, 154,
            164, 3, 273, 4294967295, 67, 76, 239, 97, 279, 16, 128, 143, 148, 211, 295,
            247, 85, 86, 254, 24, 173, 91, 44, 27, 108, 217, 286, 183, 235, 5, 262, 118,
            107, 4294967295, 29, 220, 121, 59, 25, 113, 105, 114, 65, 272, 221,
            4294967295, 280, 185, 80, 36, 129, 266, 34, 212, 95, 285, 124, 64, 287,
            4294967295, 225, 71, 269, 4294967295, 79, 4294967295, 88, 246, 215, 187, 106,
            165, 66, 41, 257, 4294967295, 127, 301, 216, 132, 102, 135, 205, 203, 99,
            4294967295, 46, 152, 26, 49, 142, 50, 177, 248, 101, 175, 201, 232,
            4294967295, 4294967295, 4294967295, 155, 284, 90, 122, 126, 4, 167, 290,
            4294967295, 35, 11, 184, 10, 234, 48, 4294967295, 176, 180, 224, 73, 141,
            226, 268, 274, 7, 179, 156, 261, 45, 75, 243, 249, 158, 214, 283, 163, 84,
            195, 146, 134, 222, 125, 170, 20, 229, 39, 4294967295, 4294967295, 144, 43,
            162, 4294967295, 53, 297, 139, 238, 78, 15, 8, 207, 293, 96, 198, 58, 110,
            237, 160, 256,
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
    const PROVIDER: &'static str = "Alibaba Cloud Slb";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Slb's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Slb: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
