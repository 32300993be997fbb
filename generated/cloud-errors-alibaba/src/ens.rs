// @generated from catalogs/alibaba/ens.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Ens: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Ens: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ens.interface.error`: HTTP 400; retry: never; category: invalid_argument.
    /// Ens: interface, error.
    EnsInterfaceError,
    /// `InvalidNetworkAcl.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid network acl: not found.
    InvalidNetworkAclNotFound,
    /// `InvalidResource.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource: not found.
    InvalidResourceNotFound,
    /// `InvalidResource.Associated`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource: associated.
    InvalidResourceAssociated,
    /// `RegionAccessDenied`: HTTP 400; retry: never; category: invalid_argument.
    /// Region access denied.
    RegionAccessDenied,
    /// `InvalidResource.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource: not support.
    InvalidResourceNotSupport,
    /// `NoPermission`: HTTP 400, 403; retry: after_fix; category: permission_denied.
    /// The caller has no permission.
    NoPermission,
    /// `LoadBalancerNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Load balancer not found.
    LoadBalancerNotFound,
    /// `IncorrectInstanceStatus`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The instance is not in a state that allows this.
    IncorrectInstanceStatus,
    /// `InstanceNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance not found.
    InstanceNotFound,
    /// `InvalidParameter.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: mismatch.
    InvalidParameterMismatch,
    /// `QuotaExceed.BackendServer`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: backend server.
    QuotaExceedBackendServer,
    /// `InvalidParameter.EniType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: eni type.
    InvalidParameterEniType,
    /// `InvalidParameter.EniStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: eni status.
    InvalidParameterEniStatus,
    /// `InvalidParameter.EniServiceManaged`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: eni service managed.
    InvalidParameterEniServiceManaged,
    /// `MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `CallInterface`: HTTP 400; retry: never; category: invalid_argument.
    /// Call interface.
    CallInterface,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `Forbidden.SnatIpUsedInDnat`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: snat ip used in dnat.
    ForbiddenSnatIpUsedInDnat,
    /// `InvalidParameter.SnatIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: snat ip.
    InvalidParameterSnatIp,
    /// `SnatIpLimitExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Snat ip limit exceed.
    SnatIpLimitExceed,
    /// `InvalidParameter.SnatNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: snat not found.
    InvalidParameterSnatNotFound,
    /// `IncorretSnatEntryStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorret snat entry status.
    IncorretSnatEntryStatus,
    /// `InvalidEniId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid eni id: not found.
    InvalidEniIdNotFound,
    /// `InvalidOperation.InstanceNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: instance not support.
    InvalidOperationInstanceNotSupport,
    /// `InvalidVSwitchId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v switch id: not found.
    InvalidVSwitchIdNotFound,
    /// `InvalidVSwitchId.NotBelongNetwork`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v switch id: not belong network.
    InvalidVSwitchIdNotBelongNetwork,
    /// `MaxEniPrivateIpsCountExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Max eni private ips count exceeded.
    MaxEniPrivateIpsCountExceeded,
    /// `InvalidVSwitchId.IpNotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v switch id: ip not enough.
    InvalidVSwitchIdIpNotEnough,
    /// `IncorrectEniStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect eni status.
    IncorrectEniStatus,
    /// `IncorrectEipStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect eip status.
    IncorrectEipStatus,
    /// `InvalidAssociation.Duplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid association: duplicated.
    InvalidAssociationDuplicated,
    /// `EipNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Eip not found.
    EipNotFound,
    /// `InvalidAssociation.AssociateEipFist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid association: associate eip fist.
    InvalidAssociationAssociateEipFist,
    /// `InvalidAssociation.RegionNotSupportStandby`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid association: region not support standby.
    InvalidAssociationRegionNotSupportStandby,
    /// `NatNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Nat not found.
    NatNotFound,
    /// `InvalidAssociation.NetworkTypeNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid association: network type not support.
    InvalidAssociationNetworkTypeNotSupport,
    /// `EniNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Eni not found.
    EniNotFound,
    /// `InvalidAssociation.EniNotSupportStandby`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid association: eni not support standby.
    InvalidAssociationEniNotSupportStandby,
    /// `IncorrectEniType`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect eni type.
    IncorrectEniType,
    /// `InstanceIdNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance id not found.
    InstanceIdNotFound,
    /// `NotAllowMixed`: HTTP 400; retry: never; category: invalid_argument.
    /// Not allow mixed.
    NotAllowMixed,
    /// `ServiceConfigInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Service config invalid.
    ServiceConfigInvalid,
    /// `StockNotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Stock not enough.
    StockNotEnough,
    /// `IllegalInsatanceSpec`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal insatance spec.
    IllegalInsatanceSpec,
    /// `InvalidSecurityGroupId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security group id: not found.
    InvalidSecurityGroupIdNotFound,
    /// `SecurityGroupRuleConflict.Duplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Security group rule conflict: duplicated.
    SecurityGroupRuleConflictDuplicated,
    /// `AuthorizationLimitExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Authorization limit exceed.
    AuthorizationLimitExceed,
    /// `Interface.Call.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Interface: call, error.
    InterfaceCallError,
    /// `Interface.Call.Failed`: HTTP 400; retry: never; category: invalid_argument.
    /// Interface: call, failed.
    InterfaceCallFailed,
    /// `Parameter.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter: invalid.
    ParameterInvalid,
    /// `OrderFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Order failed.
    OrderFailed,
    /// `SaleControl.VerificationFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Sale control: verification failed.
    SaleControlVerificationFailed,
    /// `ENS_SERVICE_ARREARAGE`: HTTP 400; retry: never; category: invalid_argument.
    /// ENS SERVICE ARREARAGE.
    EnsServiceArrearage,
    /// `EnsNodeStockIsNotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Ens node stock is not enough.
    EnsNodeStockIsNotEnough,
    /// `InvalidParameterEnsRegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter ens region id.
    InvalidParameterEnsRegionId,
    /// `InvalidImageIdNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid image id not found.
    InvalidImageIdNotFound,
    /// `InvalidParameter.CidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: cidr block.
    InvalidParameterCidrBlock,
    /// `Network.QuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Network: quota exceeded.
    NetworkQuotaExceeded,
    /// `InvalidEnsRegionId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid ens region id: not found.
    InvalidEnsRegionIdNotFound,
    /// `InvalidRouteTableId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid route table id: not found.
    InvalidRouteTableIdNotFound,
    /// `IncorrectNetworkStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect network status.
    IncorrectNetworkStatus,
    /// `IncorrectNetworkType`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect network type.
    IncorrectNetworkType,
    /// `QuotaExceeded`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded.
    QuotaExceeded,
    /// `InvalidRouteEntry.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid route entry: duplicate.
    InvalidRouteEntryDuplicate,
    /// `InvalidInstanId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instan id: not found.
    InvalidInstanIdNotFound,
    /// `InvalidCidrBlock.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cidr block: malformed.
    InvalidCidrBlockMalformed,
    /// `UserNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// User not exist.
    UserNotExist,
    /// `InvalidDiskSize.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid disk size: value not supported.
    InvalidDiskSizeValueNotSupported,
    /// `InvalidParameter.Bandwidth`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: bandwidth.
    InvalidParameterBandwidth,
    /// `InvalidParameter.Image`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: image.
    InvalidParameterImage,
    /// `InvalidParameter.InstanceType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: instance type.
    InvalidParameterInstanceType,
    /// `InvalidAccountStatus.NotEnoughBalance`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account status: not enough balance.
    InvalidAccountStatusNotEnoughBalance,
    /// `unsupported_Ipv6Feature`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported ipv6 feature.
    UnsupportedIpv6Feature,
    /// `Forbidden.CreateInstance`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: create instance.
    ForbiddenCreateInstance,
    /// `ENS_OperationUnsupported_KeyPairName`: HTTP 400; retry: never; category: invalid_argument.
    /// ENS operation unsupported key pair name.
    EnsOperationUnsupportedKeyPairName,
    /// `ENS_DependencyViolation_WindowsInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// ENS dependency violation windows instance.
    EnsDependencyViolationWindowsInstance,
    /// `ENS_PASSWORDORKEYPAIRNAME_MODULE_NOT_CHOOSEN`: HTTP 400; retry: never; category: invalid_argument.
    /// ENS PASSWORDORKEYPAIRNAME MODULE NOT CHOOSEN.
    EnsPasswordorkeypairnameModuleNotChoosen,
    /// `InvalidPrivateIpAddress`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid private ip address.
    InvalidPrivateIpAddress,
    /// `InvalidPrivateIpAddress.Duplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid private ip address: duplicated.
    InvalidPrivateIpAddressDuplicated,
    /// `Stock.NotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Stock: not enough.
    StockNotEnough2,
    /// `UserStatus.Abnormal`: HTTP 400; retry: never; category: invalid_argument.
    /// User status: abnormal.
    UserStatusAbnormal,
    /// `Service.NotOpen`: HTTP 400; retry: never; category: invalid_argument.
    /// Service: not open.
    ServiceNotOpen,
    /// `Order.CreateFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Order: create failed.
    OrderCreateFailed,
    /// `InvalidParameter.NatNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: nat not found.
    InvalidParameterNatNotFound,
    /// `InvalidParameter.ExternalIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: external ip.
    InvalidParameterExternalIp,
    /// `Forbidden.ExternalIpUsedInSnat`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: external ip used in snat.
    ForbiddenExternalIpUsedInSnat,
    /// `InvalidParameter.InternalIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: internal ip.
    InvalidParameterInternalIp,
    /// `InvalidParameter.InternalIpNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: internal ip not found.
    InvalidParameterInternalIpNotFound,
    /// `InvalidPort.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid port: malformed.
    InvalidPortMalformed,
    /// `Forbidden.ExternalPort.Duplicated`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: external port, duplicated.
    ForbiddenExternalPortDuplicated,
    /// `ForwardEntryLimitExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Forward entry limit exceed.
    ForwardEntryLimitExceed,
    /// `InvalidParameter.HealthCheckPort`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: health check port.
    InvalidParameterHealthCheckPort,
    /// `SystemBusy`: HTTP 400; retry: never; category: invalid_argument.
    /// System busy.
    SystemBusy,
    /// `QuotaExceed`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded.
    QuotaExceed,
    /// `InvalidUserData.NotInWhiteList`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid user data: not in white list.
    InvalidUserDataNotInWhiteList,
    /// `InvalidPasswordParam.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid password param: mismatch.
    InvalidPasswordParamMismatch,
    /// `ListenerAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Listener already exists.
    ListenerAlreadyExists,
    /// `ServerCertificateNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Server certificate not found.
    ServerCertificateNotFound,
    /// `InvalidParameter.FileSystem.NotExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: file system, not existed.
    InvalidParameterFileSystemNotExisted,
    /// `InvalidParameter.RegionNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: region not supported.
    InvalidParameterRegionNotSupported,
    /// `InvalidParameter.VSwitchNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: v switch not found.
    InvalidParameterVSwitchNotFound,
    /// `InvalidParameter.VSwitchNotBelongToNetwork`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: v switch not belong to network.
    InvalidParameterVSwitchNotBelongToNetwork,
    /// `InvalidParameter.NetworkNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: network not found.
    InvalidParameterNetworkNotFound,
    /// `InvalidParameter.NetworkNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: network not supported.
    InvalidParameterNetworkNotSupported,
    /// `QuotaExceed.NatGateway`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: nat gateway.
    QuotaExceedNatGateway,
    /// `InvalidParam.DuplicateRule`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicate rule.
    InvalidParamDuplicateRule,
    /// `RuleLimitExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Rule limit exceed.
    RuleLimitExceed,
    /// `LimitExceeded.SecurityGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Limit exceeded: security group.
    LimitExceededSecurityGroup,
    /// `SaleControlVerificationFailedStock`: HTTP 400; retry: never; category: invalid_argument.
    /// Sale control verification failed stock.
    SaleControlVerificationFailedStock,
    /// `SaleControlVerificationFailedRegion`: HTTP 400; retry: never; category: invalid_argument.
    /// Sale control verification failed region.
    SaleControlVerificationFailedRegion,
    /// `InvalidParameter.SourceCIDR`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: source CIDR.
    InvalidParameterSourceCidr,
    /// `Forbidden.SourceCIDR.NotSupport`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: source CIDR, not support.
    ForbiddenSourceCidrNotSupport,
    /// `Forbidden.SourceCIDR.Duplicated`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: source CIDR, duplicated.
    ForbiddenSourceCidrDuplicated,
    /// `SnatEntryLimitExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Snat entry limit exceed.
    SnatEntryLimitExceed,
    /// `InvalidParameter.SourceNetworkId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: source network id.
    InvalidParameterSourceNetworkId,
    /// `InvalidBucketName`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bucket name.
    InvalidBucketName,
    /// `AccessDenied`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Access denied.
    AccessDenied,
    /// `NoSuchBucket`: HTTP 404; retry: never; category: not_found.
    /// No such bucket.
    NoSuchBucket,
    /// `BucketNotEmpty`: HTTP 409; retry: never; category: aborted.
    /// Bucket not empty.
    BucketNotEmpty,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `NoSuchLifecycle`: HTTP 404; retry: never; category: not_found.
    /// No such lifecycle.
    NoSuchLifecycle,
    /// `InvalidRouteEntry.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid route entry: not found.
    InvalidRouteEntryNotFound,
    /// `InvalidRouteEntry.SystemRoute`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid route entry: system route.
    InvalidRouteEntrySystemRoute,
    /// `IncorrectRouteEntryStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect route entry status.
    IncorrectRouteEntryStatus,
    /// `Instance.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: not found.
    InstanceNotFound2,
    /// `Nas.Mount.Tatget.Entity.Not.Null`: HTTP 400; retry: never; category: invalid_argument.
    /// Nas: mount, tatget, entity, not, null.
    NasMountTatgetEntityNotNull,
    /// `InvalidParameter.DnatNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: dnat not found.
    InvalidParameterDnatNotFound,
    /// `IncorretDnatEntryStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorret dnat entry status.
    IncorretDnatEntryStatus,
    /// `Forbidden.DelerrorteImage`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: delerrorte image.
    ForbiddenDelerrorteImage,
    /// `Error.DeleteImage`: HTTP 400; retry: never; category: invalid_argument.
    /// Error: delete image.
    ErrorDeleteImage,
    /// `PubKeyNameExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// Pub key name existed.
    PubKeyNameExisted,
    /// `PubKeyAttachedWithInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Pub key attached with instance.
    PubKeyAttachedWithInstance,
    /// `InvalidPubKeyBody`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pub key body.
    InvalidPubKeyBody,
    /// `PubKeyNameNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Pub key name not exist.
    PubKeyNameNotExist,
    /// `ListenerNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Listener not found.
    ListenerNotFound,
    /// `IncorrectListenerStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect listener status.
    IncorrectListenerStatus,
    /// `TooManyListeners`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many listeners.
    TooManyListeners,
    /// `InvalidMountTarget.NotExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid mount target: not existed.
    InvalidMountTargetNotExisted,
    /// `EdgeNasError`: HTTP 400; retry: never; category: invalid_argument.
    /// Edge nas error.
    EdgeNasError,
    /// `DependencyViolation.NatRule`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: nat rule.
    DependencyViolationNatRule,
    /// `DependencyViolation.Eip`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: eip.
    DependencyViolationEip,
    /// `InvalidNetworkId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid network id: not found.
    InvalidNetworkIdNotFound,
    /// `DependencyViolation.VSwitch`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: v switch.
    DependencyViolationVSwitch,
    /// `DependencyViolation.RouteEntry`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: route entry.
    DependencyViolationRouteEntry,
    /// `DependencyViolation.NetworkAcl`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: network acl.
    DependencyViolationNetworkAcl,
    /// `DependencyViolation.NAT`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: NAT.
    DependencyViolationNat,
    /// `DependencyViolation.CloudInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: cloud instance.
    DependencyViolationCloudInstance,
    /// `NetworkAclIdNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Network acl id not found.
    NetworkAclIdNotFound,
    /// `DependencyNetworkViolation`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency network violation.
    DependencyNetworkViolation,
    /// `InvalidNetworkAclEntryId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid network acl entry id: not found.
    InvalidNetworkAclEntryIdNotFound,
    /// `SecurityGroupRule.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Security group rule: not found.
    SecurityGroupRuleNotFound,
    /// `InvalidInstanceId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance id: not found.
    InvalidInstanceIdNotFound,
    /// `DependencyViolation`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation.
    DependencyViolation,
    /// `INSTANCE_ID_NOT_FOUND`: HTTP 400; retry: never; category: invalid_argument.
    /// INSTANCE ID NOT FOUND.
    InstanceIdNotFound2,
    /// `InvalidParameter.SnatIpNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: snat ip not found.
    InvalidParameterSnatIpNotFound,
    /// `IncorretSnatIpStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorret snat ip status.
    IncorretSnatIpStatus,
    /// `Forbidden.SnatIp`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: snat ip.
    ForbiddenSnatIp,
    /// `InstanceNotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance not exists.
    InstanceNotExists,
    /// `InsufficientEipCapacity`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient eip capacity.
    InsufficientEipCapacity,
    /// `USERNOTFOUND`: HTTP 400; retry: never; category: invalid_argument.
    /// USERNOTFOUND.
    Usernotfound,
    /// `InvalidInstanceType.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance type: not supported.
    InvalidInstanceTypeNotSupported,
    /// `InventoryExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Inventory exceeded.
    InventoryExceeded,
    /// `ParamNotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Param not enough.
    ParamNotEnough,
    /// `ParamScopeError`: HTTP 400; retry: never; category: invalid_argument.
    /// Param scope error.
    ParamScopeError,
    /// `ParamTypeError`: HTTP 400; retry: never; category: invalid_argument.
    /// Param type error.
    ParamTypeError,
    /// `SqlError`: HTTP 400; retry: never; category: invalid_argument.
    /// Sql error.
    SqlError,
    /// `RegionNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Region not support.
    RegionNotSupport,
    /// `InstanceAlreadyBound`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance already bound.
    InstanceAlreadyBound,
    /// `InvalidPrefix`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid prefix.
    InvalidPrefix,
    /// `InvalidStartAfter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start after.
    InvalidStartAfter,
    /// `InvalidMarker`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid marker.
    InvalidMarker,
    /// `InvalidDelimiter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid delimiter.
    InvalidDelimiter,
    /// `VALIDATE.MODULE.FAILED`: HTTP 400; retry: never; category: invalid_argument.
    /// VALIDATE: MODULE, FAILED.
    ValidateModuleFailed,
    /// `SnapshotIdNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Snapshot id not found.
    SnapshotIdNotFound,
    /// `TooManyBuckets`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many buckets.
    TooManyBuckets,
    /// `UnSupportedCity`: HTTP 400; retry: never; category: invalid_argument.
    /// Un supported city.
    UnSupportedCity,
    /// `BucketAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Bucket already exists.
    BucketAlreadyExists,
    /// `InvalidEngineId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid engine id.
    InvalidEngineId,
    /// `InvalidComment`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid comment.
    InvalidComment,
    /// `InvalidDataRedundancyType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid data redundancy type.
    InvalidDataRedundancyType,
    /// `OperationDenied`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Operation denied.
    OperationDenied,
    /// `NoSuchEnsRegion`: HTTP 404; retry: never; category: not_found.
    /// No such ens region.
    NoSuchEnsRegion,
    /// `NoSuchStorageDomain`: HTTP 404; retry: never; category: not_found.
    /// No such storage domain.
    NoSuchStorageDomain,
    /// `InvalidArgument`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid argument.
    InvalidArgument,
    /// `InvalidLifecycleScheme`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid lifecycle scheme.
    InvalidLifecycleScheme,
    /// `InvalidType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid type.
    InvalidType,
    /// `Throttling.Api`: HTTP 406; retry: backoff; category: resource_exhausted.
    /// The request was throttled: api.
    ThrottlingApi,
    /// `SystemError`: HTTP 400; retry: never; category: invalid_argument.
    /// System error.
    SystemError,
    /// `PARAM_NOT_ENOUGH`: HTTP 400; retry: never; category: invalid_argument.
    /// PARAM NOT ENOUGH.
    ParamNotEnough2,
    /// `ENS_BUY_USER_ILLEGAL`: HTTP 400; retry: never; category: invalid_argument.
    /// ENS BUY USER ILLEGAL.
    EnsBuyUserIllegal,
    /// `ENS_BUY_COUNT_LESS`: HTTP 400; retry: never; category: invalid_argument.
    /// ENS BUY COUNT LESS.
    EnsBuyCountLess,
    /// `SIZE_ILLEGAL`: HTTP 400; retry: never; category: invalid_argument.
    /// SIZE ILLEGAL.
    SizeIllegal,
    /// `ENS_BUY_STORE_ENOUGH`: HTTP 400; retry: never; category: invalid_argument.
    /// ENS BUY STORE ENOUGH.
    EnsBuyStoreEnough,
    /// `ENS_BUY_DISK_STATUS_ILLEGAL`: HTTP 400; retry: never; category: invalid_argument.
    /// ENS BUY DISK STATUS ILLEGAL.
    EnsBuyDiskStatusIllegal,
    /// `BackendServerNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Backend server not found.
    BackendServerNotFound,
    /// `IncorrectEipIpStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect eip ip status.
    IncorrectEipIpStatus,
    /// `InvalidUnAssociation.UnAssociateStandbyEipFist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid un association: un associate standby eip fist.
    InvalidUnAssociationUnAssociateStandbyEipFist,
    /// `InvalidPrivateIpAddress.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid private ip address: not found.
    InvalidPrivateIpAddressNotFound,
    /// `IncorrectPrivateIpAddressStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect private ip address status.
    IncorrectPrivateIpAddressStatus,
    /// `InvalidResource.NotBond`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource: not bond.
    InvalidResourceNotBond,
    /// `IncorrectResourceBondStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect resource bond status.
    IncorrectResourceBondStatus,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 202] = [
        "ens.interface.error",
        "InvalidNetworkAcl.NotFound",
        "InvalidResource.NotFound",
        "InvalidResource.Associated",
        "RegionAccessDenied",
        "InvalidResource.NotSupport",
        "NoPermission",
        "LoadBalancerNotFound",
        "IncorrectInstanceStatus",
        "InstanceNotFound",
        "InvalidParameter.Mismatch",
        "QuotaExceed.BackendServer",
        "InvalidParameter.EniType",
        "InvalidParameter.EniStatus",
        "InvalidParameter.EniServiceManaged",
        "MissingParameter",
        "CallInterface",
        "InvalidParameter",
        "Forbidden.SnatIpUsedInDnat",
        "InvalidParameter.SnatIp",
        "SnatIpLimitExceed",
        "InvalidParameter.SnatNotFound",
        "IncorretSnatEntryStatus",
        "InvalidEniId.NotFound",
        "InvalidOperation.InstanceNotSupport",
        "InvalidVSwitchId.NotFound",
        "InvalidVSwitchId.NotBelongNetwork",
        "MaxEniPrivateIpsCountExceeded",
        "InvalidVSwitchId.IpNotEnough",
        "IncorrectEniStatus",
        "IncorrectEipStatus",
        "InvalidAssociation.Duplicated",
        "EipNotFound",
        "InvalidAssociation.AssociateEipFist",
        "InvalidAssociation.RegionNotSupportStandby",
        "NatNotFound",
        "InvalidAssociation.NetworkTypeNotSupport",
        "EniNotFound",
        "InvalidAssociation.EniNotSupportStandby",
        "IncorrectEniType",
        "InstanceIdNotFound",
        "NotAllowMixed",
        "ServiceConfigInvalid",
        "StockNotEnough",
        "IllegalInsatanceSpec",
        "InvalidSecurityGroupId.NotFound",
        "SecurityGroupRuleConflict.Duplicated",
        "AuthorizationLimitExceed",
        "Interface.Call.Error",
        "Interface.Call.Failed",
        "Parameter.Invalid",
        "OrderFailed",
        "SaleControl.VerificationFailed",
        "ENS_SERVICE_ARREARAGE",
        "EnsNodeStockIsNotEnough",
        "InvalidParameterEnsRegionId",
        "InvalidImageIdNotFound",
        "InvalidParameter.CidrBlock",
        "Network.QuotaExceeded",
        "InvalidEnsRegionId.NotFound",
        "InvalidRouteTableId.NotFound",
        "IncorrectNetworkStatus",
        "IncorrectNetworkType",
        "QuotaExceeded",
        "InvalidRouteEntry.Duplicate",
        "InvalidInstanId.NotFound",
        "InvalidCidrBlock.Malformed",
        "UserNotExist",
        "InvalidDiskSize.ValueNotSupported",
        "InvalidParameter.Bandwidth",
        "InvalidParameter.Image",
        "InvalidParameter.InstanceType",
        "InvalidAccountStatus.NotEnoughBalance",
        "unsupported_Ipv6Feature",
        "Forbidden.CreateInstance",
        "ENS_OperationUnsupported_KeyPairName",
        "ENS_DependencyViolation_WindowsInstance",
        "ENS_PASSWORDORKEYPAIRNAME_MODULE_NOT_CHOOSEN",
        "InvalidPrivateIpAddress",
        "InvalidPrivateIpAddress.Duplicated",
        "Stock.NotEnough",
        "UserStatus.Abnormal",
        "Service.NotOpen",
        "Order.CreateFailed",
        "InvalidParameter.NatNotFound",
        "InvalidParameter.ExternalIp",
        "Forbidden.ExternalIpUsedInSnat",
        "InvalidParameter.InternalIp",
        "InvalidParameter.InternalIpNotFound",
        "InvalidPort.Malformed",
        "Forbidden.ExternalPort.Duplicated",
        "ForwardEntryLimitExceed",
        "InvalidParameter.HealthCheckPort",
        "SystemBusy",
        "QuotaExceed",
        "InvalidUserData.NotInWhiteList",
        "InvalidPasswordParam.Mismatch",
        "ListenerAlreadyExists",
        "ServerCertificateNotFound",
        "InvalidParameter.FileSystem.NotExisted",
        "InvalidParameter.RegionNotSupported",
        "InvalidParameter.VSwitchNotFound",
        "InvalidParameter.VSwitchNotBelongToNetwork",
        "InvalidParameter.NetworkNotFound",
        "InvalidParameter.NetworkNotSupported",
        "QuotaExceed.NatGateway",
        "InvalidParam.DuplicateRule",
        "RuleLimitExceed",
        "LimitExceeded.SecurityGroup",
        "SaleControlVerificationFailedStock",
        "SaleControlVerificationFailedRegion",
        "InvalidParameter.SourceCIDR",
        "Forbidden.SourceCIDR.NotSupport",
        "Forbidden.SourceCIDR.Duplicated",
        "SnatEntryLimitExceed",
        "InvalidParameter.SourceNetworkId",
        "InvalidBucketName",
        "AccessDenied",
        "NoSuchBucket",
        "BucketNotEmpty",
        "InternalError",
        "NoSuchLifecycle",
        "InvalidRouteEntry.NotFound",
        "InvalidRouteEntry.SystemRoute",
        "IncorrectRouteEntryStatus",
        "Instance.NotFound",
        "Nas.Mount.Tatget.Entity.Not.Null",
        "InvalidParameter.DnatNotFound",
        "IncorretDnatEntryStatus",
        "Forbidden.DelerrorteImage",
        "Error.DeleteImage",
        "PubKeyNameExisted",
        "PubKeyAttachedWithInstance",
        "InvalidPubKeyBody",
        "PubKeyNameNotExist",
        "ListenerNotFound",
        "IncorrectListenerStatus",
        "TooManyListeners",
        "InvalidMountTarget.NotExisted",
        "EdgeNasError",
        "DependencyViolation.NatRule",
        "DependencyViolation.Eip",
        "InvalidNetworkId.NotFound",
        "DependencyViolation.VSwitch",
        "DependencyViolation.RouteEntry",
        "DependencyViolation.NetworkAcl",
        "DependencyViolation.NAT",
        "DependencyViolation.CloudInstance",
        "NetworkAclIdNotFound",
        "DependencyNetworkViolation",
        "InvalidNetworkAclEntryId.NotFound",
        "SecurityGroupRule.NotFound",
        "InvalidInstanceId.NotFound",
        "DependencyViolation",
        "INSTANCE_ID_NOT_FOUND",
        "InvalidParameter.SnatIpNotFound",
        "IncorretSnatIpStatus",
        "Forbidden.SnatIp",
        "InstanceNotExists",
        "InsufficientEipCapacity",
        "USERNOTFOUND",
        "InvalidInstanceType.NotSupported",
        "InventoryExceeded",
        "ParamNotEnough",
        "ParamScopeError",
        "ParamTypeError",
        "SqlError",
        "RegionNotSupport",
        "InstanceAlreadyBound",
        "InvalidPrefix",
        "InvalidStartAfter",
        "InvalidMarker",
        "InvalidDelimiter",
        "VALIDATE.MODULE.FAILED",
        "SnapshotIdNotFound",
        "TooManyBuckets",
        "UnSupportedCity",
        "BucketAlreadyExists",
        "InvalidEngineId",
        "InvalidComment",
        "InvalidDataRedundancyType",
        "OperationDenied",
        "NoSuchEnsRegion",
        "NoSuchStorageDomain",
        "InvalidArgument",
        "InvalidLifecycleScheme",
        "InvalidType",
        "Throttling.Api",
        "SystemError",
        "PARAM_NOT_ENOUGH",
        "ENS_BUY_USER_ILLEGAL",
        "ENS_BUY_COUNT_LESS",
        "SIZE_ILLEGAL",
        "ENS_BUY_STORE_ENOUGH",
        "ENS_BUY_DISK_STATUS_ILLEGAL",
        "BackendServerNotFound",
        "IncorrectEipIpStatus",
        "InvalidUnAssociation.UnAssociateStandbyEipFist",
        "InvalidPrivateIpAddress.NotFound",
        "IncorrectPrivateIpAddressStatus",
        "InvalidResource.NotBond",
        "IncorrectResourceBondStatus",
    ];
    static NAME_CODES: [u32; 21] = [
        0, 53, 73, 75, 76, 77, 80, 111, 112, 113, 125, 146, 154, 160, 173, 189, 190, 191,
        192, 193, 194,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "EnsInterfaceErrorEnsServiceArrearageUnsupportedIpv6FeatureEnsOperationUnsupportedKeyPairNameEnsDependencyViolationWindowsInstanceEnsPasswordorkeypairnameModuleNotChoosenStockNotEnough2InvalidParameterSourceCidrForbiddenSourceCidrNotSupportForbiddenSourceCidrDuplicatedInstanceNotFound2DependencyViolationNatInstanceIdNotFound2UsernotfoundValidateModuleFailedParamNotEnough2EnsBuyUserIllegalEnsBuyCountLessSizeIllegalEnsBuyStoreEnoughEnsBuyDiskStatusIllegal",
        ends: &[
            0, 17, 36, 58, 92, 129, 169, 184, 210, 239, 268, 285, 307, 326, 338, 358,
            373, 390, 405, 416, 433, 456,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Ens: interface, error.Invalid network acl: not found.Invalid resource: not found.Invalid resource: associated.Region access denied.Invalid resource: not support.The caller has no permission.Load balancer not found.The instance is not in a state that allows this.Instance not found.A parameter is invalid: mismatch.A quota was exceeded: backend server.A parameter is invalid: eni type.A parameter is invalid: eni status.A parameter is invalid: eni service managed.A required parameter is missing.Call interface.A parameter is invalid.The request is forbidden: snat ip used in dnat.A parameter is invalid: snat ip.Snat ip limit exceed.A parameter is invalid: snat not found.Incorret snat entry status.Invalid eni id: not found.Invalid operation: instance not support.Invalid v switch id: not found.Invalid v switch id: not belong network.Max eni private ips count exceeded.Invalid v switch id: ip not enough.Incorrect eni status.Incorrect eip status.Invalid association: duplicated.Eip not found.Invalid association: associate eip fist.Invalid association: region not support standby.Nat not found.Invalid association: network type not support.Eni not found.Invalid association: eni not support standby.Incorrect eni type.Instance id not found.Not allow mixed.Service config invalid.Stock not enough.Illegal insatance spec.Invalid security group id: not found.Security group rule conflict: duplicated.Authorization limit exceed.Interface: call, error.Interface: call, failed.Parameter: invalid.Order failed.Sale control: verification failed.ENS SERVICE ARREARAGE.Ens node stock is not enough.Invalid parameter ens region id.Invalid image id not found.A parameter is invalid: cidr block.Network: quota exceeded.Invalid ens region id: not found.Invalid route table id: not found.Incorrect network status.Incorrect network type.A quota was exceeded.Invalid route entry: duplicate.Invalid instan id: not found.Invalid cidr block: malformed.User not exist.Invalid disk size: value not supported.A parameter is invalid: bandwidth.A parameter is invalid: image.A parameter is invalid: instance type.Invalid account status: not enough balance.Unsupported ipv6 feature.The request is forbidden: create instance.ENS operation unsupported key pair name.ENS dependency violation windows instance.ENS PASSWORDORKEYPAIRNAME MODULE NOT CHOOSEN.Invalid private ip address.Invalid private ip address: duplicated.Stock: not enough.User status: abnormal.Service: not open.Order: create failed.A parameter is invalid: nat not found.A parameter is invalid: external ip.The request is forbidden: external ip used in snat.A parameter is invalid: internal ip.A parameter is invalid: internal ip not found.Invalid port: malformed.The request is forbidden: external port, duplicated.Forward entry limit exceed.A parameter is invalid: health check port.System busy.A quota was exceeded.Invalid user data: not in white list.Invalid password param: mismatch.Listener already exists.Server certificate not found.A parameter is invalid: file system, not existed.A parameter is invalid: region not supported.A parameter is invalid: v switch not found.A parameter is invalid: v switch not belong to network.A parameter is invalid: network not found.A parameter is invalid: network not supported.A quota was exceeded: nat gateway.A parameter is invalid: duplicate rule.Rule limit exceed.Limit exceeded: security group.Sale control verification failed stock.Sale control verification failed region.A parameter is invalid: source CIDR.The request is forbidden: source CIDR, not support.The request is forbidden: source CIDR, duplicated.Snat entry limit exceed.A parameter is invalid: source network id.Invalid bucket name.Access denied.No such bucket.Bucket not empty.An internal error occurred.No such lifecycle.Invalid route entry: not found.Invalid route entry: system route.Incorrect route entry status.Instance: not found.Nas: mount, tatget, entity, not, null.A parameter is invalid: dnat not found.Incorret dnat entry status.The request is forbidden: delerrorte image.Error: delete image.Pub key name existed.Pub key attached with instance.Invalid pub key body.Pub key name not exist.Listener not found.Incorrect listener status.Too many listeners.Invalid mount target: not existed.Edge nas error.Dependency violation: nat rule.Dependency violation: eip.Invalid network id: not found.Dependency violation: v switch.Dependency violation: route entry.Dependency violation: network acl.Dependency violation: NAT.Dependency violation: cloud instance.Network acl id not found.Dependency network violation.Invalid network acl entry id: not found.Security group rule: not found.Invalid instance id: not found.Dependency violation.INSTANCE ID NOT FOUND.A parameter is invalid: snat ip not found.Incorret snat ip status.The request is forbidden: snat ip.Instance not exists.Insufficient eip capacity.USERNOTFOUND.Invalid instance type: not supported.Inventory exceeded.Param not enough.Param scope error.Param type error.Sql error.Region not support.Instance already bound.Invalid prefix.Invalid start after.Invalid marker.Invalid delimiter.VALIDATE: MODULE, FAILED.Snapshot id not found.Too many buckets.Un supported city.Bucket already exists.Invalid engine id.Invalid comment.Invalid data redundancy type.Operation denied.No such ens region.No such storage domain.Invalid argument.Invalid lifecycle scheme.Invalid type.The request was throttled: api.System error.PARAM NOT ENOUGH.ENS BUY USER ILLEGAL.ENS BUY COUNT LESS.SIZE ILLEGAL.ENS BUY STORE ENOUGH.ENS BUY DISK STATUS ILLEGAL.Backend server not found.Incorrect eip ip status.Invalid un association: un associate standby eip fist.Invalid private ip address: not found.Incorrect private ip address status.Invalid resource: not bond.Incorrect resource bond status.",
        ends: &[
            0, 22, 53, 81, 110, 131, 161, 190, 214, 262, 281, 314, 351, 384, 419, 463,
            495, 510, 533, 580, 612, 633, 672, 699, 725, 765, 796, 836, 871, 906, 927,
            948, 980, 994, 1034, 1082, 1096, 1142, 1156, 1201, 1220, 1242, 1258, 1281,
            1298, 1321, 1358, 1399, 1426, 1449, 1473, 1492, 1505, 1539, 1561, 1590, 1622,
            1649, 1684, 1708, 1741, 1775, 1800, 1823, 1844, 1875, 1904, 1934, 1949, 1988,
            2022, 2052, 2090, 2133, 2158, 2200, 2240, 2282, 2327, 2354, 2393, 2411, 2433,
            2451, 2472, 2510, 2546, 2597, 2633, 2679, 2703, 2755, 2782, 2824, 2836, 2857,
            2894, 2927, 2951, 2980, 3029, 3074, 3117, 3172, 3214, 3260, 3294, 3333, 3351,
            3382, 3421, 3461, 3497, 3548, 3598, 3622, 3664, 3684, 3698, 3713, 3730, 3757,
            3775, 3806, 3840, 3869, 3889, 3927, 3966, 3993, 4036, 4056, 4077, 4108, 4129,
            4152, 4171, 4197, 4216, 4250, 4265, 4296, 4322, 4352, 4383, 4417, 4451, 4477,
            4514, 4539, 4568, 4608, 4639, 4670, 4691, 4713, 4755, 4779, 4813, 4833, 4859,
            4872, 4909, 4928, 4945, 4963, 4980, 4990, 5009, 5032, 5047, 5067, 5082, 5100,
            5125, 5147, 5164, 5182, 5204, 5222, 5238, 5267, 5284, 5303, 5326, 5343, 5368,
            5381, 5412, 5425, 5442, 5463, 5482, 5495, 5516, 5544, 5569, 5593, 5647, 5685,
            5721, 5748, 5779,
        ],
    };
    static STATUSES: [u16; 205] = [
        400, 400, 400, 400, 400, 400, 400, 403, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 403, 400, 404, 409, 500, 404, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 403, 404, 404, 400, 400, 400, 406, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 203] = [
        0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
        63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
        83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101,
        102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117,
        118, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134,
        135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150,
        151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166,
        167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182,
        183, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199,
        200, 201, 202, 203, 204, 205,
    ];
    static RETRY: [::cloud_errors::Retry; 202] = ::cloud_errors::__private::retry_column(
        b"aaaaaacacaacaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaacaaaaaaaaaaacaaacaaacaaaaaaaaaacaaaaaaccaaaaaabaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 202] = ::cloud_errors::__private::category_column(
        b"ccccccgcicchccccccgcccccccccccccccccccccccccccccccccccccccccccchccccccccccgcccccccccccgcccgccchcccccccccchccccccggcccgejmecccccccgcccccccccccccccccccccccccccgcccccccccccccccccccccccceeccchcccccccccccccc",
    );
    static PILOTS: [u16; 51] = [
        3, 17, 14, 38, 19, 4, 49, 7, 66, 0, 12, 39, 0, 45, 5, 9, 3, 3, 0, 2, 16, 36, 1,
        97, 12, 4, 2, 153, 4, 47, 62, 282, 139, 51, 56, 6, 198, 4, 40, 8, 21, 0, 19, 62,
        261, 6, 2, 0, 1, 357, 0,
    ];
    static SLOTS: [(&str, u32); 224] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            174, 125, 12, 4294967295, 107, 26, 4294967295, 78, 188, 36, 115, 140, 148,
            44, 67, 116, 69, 42, 179, 4, 164, 173, 59, 79, 66, 32, 129, 108, 4294967295,
            55, 175, 186, 4294967295, 21, 93, 53, 65, 120, 34, 4294967295, 77, 13, 145,
            190, 156, 46, 163, 110, 191, 122, 4294967295, 89, 90, 41, 99, 195, 7, 147,
            96, 87, 111, 143, 40, 159, 124, 4294967295, 4294967295, 144, 185, 158, 85,
            102, 142, 43, 4294967295, 123, 9, 4294967295, 74, 30, 62, 197, 112, 200, 141,
            192, 131, 49, 168, 4294967295, 105, 4294967295, 31, 3, 18, 152, 80, 17, 146,
            127, 58, 161, 24, 187, 194, 88, 109, 83, 92, 169, 4294967295, 39, 134, 104,
            160, 38, 183, 137, 97, 154, 4294967295, 176, 56, 180, 133, 182, 5, 119, 201,
            100, 139, 71, 1, 151, 50, 14, 4294967295, 35, 4294967295, 113, 189, 72,
            4294967295, 8, 64, 0, 20, 23, 15, 51, 29, 162, 28, 128, 117, 94, 91, 121, 76,
            172, 25, 60, 199, 68, 11, 101, 165, 95, 27, 177, 136, 4294967295, 138, 57,
            181, 166, 45, 48, 47, 4294967295, 132, 149, 135, 4294967295, 157, 126, 82,
            70, 10, 19, 33, 118, 61, 114, 52, 86, 4294967295, 153, 84, 6, 198, 184, 193,
            2, 16, 196, 73, 150, 98, 81, 54, 37, 63, 170, 130, 4294967295, 167, 171, 178,
            75, 22, 106, 103, 155,
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
    const PROVIDER: &'static str = "Alibaba Cloud Ens";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Ens's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Ens: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
