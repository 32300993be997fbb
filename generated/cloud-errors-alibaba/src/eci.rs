// @generated from catalogs/alibaba/eci.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Eci: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Eci: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidVolumeType`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid volume type.
    InvalidVolumeType,
    /// `IncorrectStatusDetail`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect status detail.
    IncorrectStatusDetail,
    /// `InvalidAction`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid action.
    InvalidAction,
    /// `Account.Arrearage`: HTTP 400; retry: never; category: invalid_argument.
    /// Account: arrearage.
    AccountArrearage,
    /// `DryRunOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Dry run operation.
    DryRunOperation,
    /// `InvalidParameter.CPU.Memory`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: CPU, memory.
    InvalidParameterCpuMemory,
    /// `IncorrectStatus`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this.
    IncorrectStatus,
    /// `ServiceNotEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Service not enabled.
    ServiceNotEnabled,
    /// `DiskVolume.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Disk volume: not support.
    DiskVolumeNotSupport,
    /// `RamRole.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Ram role: not support.
    RamRoleNotSupport,
    /// `ImageCache.IncorrectStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Image cache: incorrect status.
    ImageCacheIncorrectStatus,
    /// `ImageCacheNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Image cache not support.
    ImageCacheNotSupport,
    /// `EipAddressPoolIpNotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Eip address pool ip not enough.
    EipAddressPoolIpNotEnough,
    /// `OperationDenied.VswZoneMisMatch`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: vsw zone mis match.
    OperationDeniedVswZoneMisMatch,
    /// `QuotaExceeded`: HTTP 403; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded.
    QuotaExceeded,
    /// `Zone.NotOnSale`: HTTP 403; retry: never; category: permission_denied.
    /// Zone: not on sale.
    ZoneNotOnSale,
    /// `Forbidden.RiskControl`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: risk control.
    ForbiddenRiskControl,
    /// `Forbidden.SubUser`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: sub user.
    ForbiddenSubUser,
    /// `Forbidden.OnlyForInvitedTest`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: only for invited test.
    ForbiddenOnlyForInvitedTest,
    /// `OperationDenied.SecurityGroupMisMatch`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: security group mis match.
    OperationDeniedSecurityGroupMisMatch,
    /// `InvalidVSwitchId.IpNotEnough`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid v switch id: ip not enough.
    InvalidVSwitchIdIpNotEnough,
    /// `Forbidden.UserBussinessStatus`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: user bussiness status.
    ForbiddenUserBussinessStatus,
    /// `Forbidden.UserNotRealNameAuthentication`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: user not real name authentication.
    ForbiddenUserNotRealNameAuthentication,
    /// `InvalidUser.PassRoleForbidden`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid user: pass role forbidden.
    InvalidUserPassRoleForbidden,
    /// `OperationDenied.NoStock`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: no stock.
    OperationDeniedNoStock,
    /// `NoPermission`: HTTP 403, 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission.
    NoPermission,
    /// `SecurityRisk.3DVerification`: HTTP 403; retry: never; category: permission_denied.
    /// Security risk: 3 d verification.
    SecurityRisk3dVerification,
    /// `CreateServiceLinkedRole.Denied`: HTTP 403; retry: never; category: permission_denied.
    /// Create service linked role: denied.
    CreateServiceLinkedRoleDenied,
    /// `InvalidParameter.DuplicatedName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicated name.
    InvalidParameterDuplicatedName,
    /// `InvalidParameter.DuplicatedVolumeName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicated volume name.
    InvalidParameterDuplicatedVolumeName,
    /// `ImageSnapshot.IncorrectStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Image snapshot: incorrect status.
    ImageSnapshotIncorrectStatus,
    /// `ImageSnapshot.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Image snapshot: not support.
    ImageSnapshotNotSupport,
    /// `DiskNumber.LimitExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Disk number: limit exceed.
    DiskNumberLimitExceed,
    /// `InvalidPaymentMethod.InsufficientBalance`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid payment method: insufficient balance.
    InvalidPaymentMethodInsufficientBalance,
    /// `DiskVolume.NotInSameZone`: HTTP 400; retry: never; category: invalid_argument.
    /// Disk volume: not in same zone.
    DiskVolumeNotInSameZone,
    /// `HighCpuMemConfigRequired`: HTTP 400; retry: never; category: invalid_argument.
    /// High cpu mem config required.
    HighCpuMemConfigRequired,
    /// `RecommendEmpty.InstanceTypeFamilyNotMatched`: HTTP 400; retry: never; category: invalid_argument.
    /// Recommend empty: instance type family not matched.
    RecommendEmptyInstanceTypeFamilyNotMatched,
    /// `LocalDiskAmountNotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Local disk amount not match.
    LocalDiskAmountNotMatch,
    /// `Payfor.CreditPayInsufficientBalance`: HTTP 400; retry: never; category: invalid_argument.
    /// Payfor: credit pay insufficient balance.
    PayforCreditPayInsufficientBalance,
    /// `InvalidOperation.KMS.InstanceTypeNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation: KMS, instance type not support.
    InvalidOperationKmsInstanceTypeNotSupport,
    /// `InvalidParameter.Encrypted.KmsNotEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: encrypted, kms not enabled.
    InvalidParameterEncryptedKmsNotEnabled,
    /// `InvalidParameter.KMS.EncryptedIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: KMS, encrypted illegal.
    InvalidParameterKmsEncryptedIllegal,
    /// `InvalidSpotCpuMemorySpec`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid spot cpu memory spec.
    InvalidSpotCpuMemorySpec,
    /// `Ipv6AddressNotSupportVsw`: HTTP 400; retry: never; category: invalid_argument.
    /// Ipv6 address not support vsw.
    Ipv6AddressNotSupportVsw,
    /// `Ipv6AddressNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Ipv6 address not support.
    Ipv6AddressNotSupport,
    /// `Ipv6AddressNotSupportInstanceType`: HTTP 400; retry: never; category: invalid_argument.
    /// Ipv6 address not support instance type.
    Ipv6AddressNotSupportInstanceType,
    /// `EipPayInsufficientBalance`: HTTP 400; retry: never; category: invalid_argument.
    /// Eip pay insufficient balance.
    EipPayInsufficientBalance,
    /// `EipPurchaseFlowControl`: HTTP 400; retry: never; category: invalid_argument.
    /// Eip purchase flow control.
    EipPurchaseFlowControl,
    /// `Throttling`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    Throttling,
    /// `JobInstanceBatchCreateNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Job instance batch create not support.
    JobInstanceBatchCreateNotSupport,
    /// `JobInstanceDiskNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Job instance disk not support.
    JobInstanceDiskNotSupport,
    /// `JobInstanceEipNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Job instance eip not support.
    JobInstanceEipNotSupport,
    /// `JobInstanceFeatureNotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Job instance feature not match.
    JobInstanceFeatureNotMatch,
    /// `JobInstanceImageCacheNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Job instance image cache not support.
    JobInstanceImageCacheNotSupport,
    /// `JobInstanceIPv6NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Job instance IPv6 not support.
    JobInstanceIPv6NotSupport,
    /// `JobInstanceRamRoleNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Job instance ram role not support.
    JobInstanceRamRoleNotSupport,
    /// `JobInstanceRegionNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Job instance region not support.
    JobInstanceRegionNotSupport,
    /// `JobInstanceSpotNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Job instance spot not support.
    JobInstanceSpotNotSupport,
    /// `InvalidInstanceTypeForEciSpotDurationBuy`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance type for eci spot duration buy.
    InvalidInstanceTypeForEciSpotDurationBuy,
    /// `InvalidInstanceTypeForEciBuy`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance type for eci buy.
    InvalidInstanceTypeForEciBuy,
    /// `InstanceTypeNotMatchCpuArch`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance type not match cpu arch.
    InstanceTypeNotMatchCpuArch,
    /// `JobInstanceEcsInstanceTypeNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Job instance ecs instance type not support.
    JobInstanceEcsInstanceTypeNotSupport,
    /// `PrivatePoolInstanceSpotNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Private pool instance spot not support.
    PrivatePoolInstanceSpotNotSupport,
    /// `DryRun.Success`: HTTP 400; retry: never; category: invalid_argument.
    /// Dry run: success.
    DryRunSuccess,
    /// `PrivateIpAddress.Already.InUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Private ip address: already, in use.
    PrivateIpAddressAlreadyInUse,
    /// `IncorrectOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect operation.
    IncorrectOperation,
    /// `FeatureBasedConstraintConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Feature based constraint conflict.
    FeatureBasedConstraintConflict,
    /// `OperationFailed.RiskControl`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: risk control.
    OperationFailedRiskControl,
    /// `InvalidParameter.KMS.KeyId.Forbidden`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: KMS, key id, forbidden.
    InvalidParameterKmsKeyIdForbidden,
    /// `Forbidden.AccountClosed`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: account closed.
    ForbiddenAccountClosed,
    /// `InvalidOperation.ResourceManagedByCloudProduct`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: resource managed by cloud product.
    InvalidOperationResourceManagedByCloudProduct,
    /// `Spot.NotMatched`: HTTP 403; retry: never; category: permission_denied.
    /// Spot: not matched.
    SpotNotMatched,
    /// `Throttling.Vcpu.PerDay`: HTTP 403; retry: backoff; category: resource_exhausted.
    /// The request was throttled: vcpu, per day.
    ThrottlingVcpuPerDay,
    /// `FeatureAccessRestricted`: HTTP 403; retry: never; category: permission_denied.
    /// Feature access restricted.
    FeatureAccessRestricted,
    /// `ImageSnapshot.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Image snapshot: not found.
    ImageSnapshotNotFound,
    /// `InvalidDiskId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid disk id: not found.
    InvalidDiskIdNotFound,
    /// `InvalidParameter.KMS.KeyId.NotFound`: HTTP 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: KMS, key id, not found.
    InvalidParameterKmsKeyIdNotFound,
    /// `OperationConflict`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The operation conflicts with another one.
    OperationConflict,
    /// `Coredump.RefrshIntervalTooShort`: HTTP 400; retry: never; category: invalid_argument.
    /// Coredump: refrsh interval too short.
    CoredumpRefrshIntervalTooShort,
    /// `Ops.TypeNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Ops: type not support.
    OpsTypeNotSupport,
    /// `Coredump.RegionNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Coredump: region not support.
    CoredumpRegionNotSupport,
    /// `CorePattern.UpdateFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Core pattern: update fail.
    CorePatternUpdateFail,
    /// `Coredump.InvalidCorePatternType`: HTTP 400; retry: never; category: invalid_argument.
    /// Coredump: invalid core pattern type.
    CoredumpInvalidCorePatternType,
    /// `InvalidCorePatternValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid core pattern value.
    InvalidCorePatternValue,
    /// `InvalidInstanceId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance id: not found.
    InvalidInstanceIdNotFound,
    /// `Ops.InstanceNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Ops: instance not support.
    OpsInstanceNotSupport,
    /// `Ops.IntervalTooShort`: HTTP 400; retry: never; category: invalid_argument.
    /// Ops: interval too short.
    OpsIntervalTooShort,
    /// `Ops.RegionNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Ops: region not support.
    OpsRegionNotSupport,
    /// `Ops.OpsValueInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Ops: ops value invalid.
    OpsOpsValueInvalid,
    /// `Ops.ExecuteTaskFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Ops: execute task fail.
    OpsExecuteTaskFail,
    /// `Tcpdump.InvalidValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Tcpdump: invalid value.
    TcpdumpInvalidValue,
    /// `VnodeDedicatedHostIdAlreadyExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Vnode dedicated host id already exist.
    VnodeDedicatedHostIdAlreadyExist,
    /// `DedicatedHostQuotaExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Dedicated host quota exceeded.
    DedicatedHostQuotaExceeded,
    /// `VirtualNode.DELETE.FAILED`: HTTP 400; retry: never; category: invalid_argument.
    /// Virtual node: DELETE, FAILED.
    VirtualNodeDeleteFailed,
    /// `MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `InvalidParameter.NotFound`: HTTP 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: not found.
    InvalidParameterNotFound,
    /// `InvalidParam.CpuOrMemorySpec`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: cpu or memory spec.
    InvalidParamCpuOrMemorySpec,
    /// `TradeBidCommodityNotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Trade bid commodity not match.
    TradeBidCommodityNotMatch,
    /// `InvalidParameter.ValueExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: value exceeded.
    InvalidParameterValueExceeded,
    /// `NoPermission.Tag`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission: tag.
    NoPermissionTag,
    /// `NumberExceed.Tags`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: tags.
    NumberExceedTags,
    /// `InvalidParameter.LengthExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: length exceeded.
    InvalidParameterLengthExceeded,
    /// `NoNeedUpdate`: HTTP 400; retry: never; category: invalid_argument.
    /// No need update.
    NoNeedUpdate,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 104] = [
        "InvalidParameter",
        "InvalidVolumeType",
        "IncorrectStatusDetail",
        "InvalidAction",
        "Account.Arrearage",
        "DryRunOperation",
        "InvalidParameter.CPU.Memory",
        "IncorrectStatus",
        "ServiceNotEnabled",
        "DiskVolume.NotSupport",
        "RamRole.NotSupport",
        "ImageCache.IncorrectStatus",
        "ImageCacheNotSupport",
        "EipAddressPoolIpNotEnough",
        "OperationDenied.VswZoneMisMatch",
        "QuotaExceeded",
        "Zone.NotOnSale",
        "Forbidden.RiskControl",
        "Forbidden.SubUser",
        "Forbidden.OnlyForInvitedTest",
        "OperationDenied.SecurityGroupMisMatch",
        "InvalidVSwitchId.IpNotEnough",
        "Forbidden.UserBussinessStatus",
        "Forbidden.UserNotRealNameAuthentication",
        "InvalidUser.PassRoleForbidden",
        "OperationDenied.NoStock",
        "NoPermission",
        "SecurityRisk.3DVerification",
        "CreateServiceLinkedRole.Denied",
        "InvalidParameter.DuplicatedName",
        "InvalidParameter.DuplicatedVolumeName",
        "ImageSnapshot.IncorrectStatus",
        "ImageSnapshot.NotSupport",
        "DiskNumber.LimitExceed",
        "InvalidPaymentMethod.InsufficientBalance",
        "DiskVolume.NotInSameZone",
        "HighCpuMemConfigRequired",
        "RecommendEmpty.InstanceTypeFamilyNotMatched",
        "LocalDiskAmountNotMatch",
        "Payfor.CreditPayInsufficientBalance",
        "InvalidOperation.KMS.InstanceTypeNotSupport",
        "InvalidParameter.Encrypted.KmsNotEnabled",
        "InvalidParameter.KMS.EncryptedIllegal",
        "InvalidSpotCpuMemorySpec",
        "Ipv6AddressNotSupportVsw",
        "Ipv6AddressNotSupport",
        "Ipv6AddressNotSupportInstanceType",
        "EipPayInsufficientBalance",
        "EipPurchaseFlowControl",
        "Throttling",
        "JobInstanceBatchCreateNotSupport",
        "JobInstanceDiskNotSupport",
        "JobInstanceEipNotSupport",
        "JobInstanceFeatureNotMatch",
        "JobInstanceImageCacheNotSupport",
        "JobInstanceIPv6NotSupport",
        "JobInstanceRamRoleNotSupport",
        "JobInstanceRegionNotSupport",
        "JobInstanceSpotNotSupport",
        "InvalidInstanceTypeForEciSpotDurationBuy",
        "InvalidInstanceTypeForEciBuy",
        "InstanceTypeNotMatchCpuArch",
        "JobInstanceEcsInstanceTypeNotSupport",
        "PrivatePoolInstanceSpotNotSupport",
        "DryRun.Success",
        "PrivateIpAddress.Already.InUse",
        "IncorrectOperation",
        "FeatureBasedConstraintConflict",
        "OperationFailed.RiskControl",
        "InvalidParameter.KMS.KeyId.Forbidden",
        "Forbidden.AccountClosed",
        "InvalidOperation.ResourceManagedByCloudProduct",
        "Spot.NotMatched",
        "Throttling.Vcpu.PerDay",
        "FeatureAccessRestricted",
        "ImageSnapshot.NotFound",
        "InvalidDiskId.NotFound",
        "InvalidParameter.KMS.KeyId.NotFound",
        "OperationConflict",
        "Coredump.RefrshIntervalTooShort",
        "Ops.TypeNotSupport",
        "Coredump.RegionNotSupport",
        "CorePattern.UpdateFail",
        "Coredump.InvalidCorePatternType",
        "InvalidCorePatternValue",
        "InvalidInstanceId.NotFound",
        "Ops.InstanceNotSupport",
        "Ops.IntervalTooShort",
        "Ops.RegionNotSupport",
        "Ops.OpsValueInvalid",
        "Ops.ExecuteTaskFail",
        "Tcpdump.InvalidValue",
        "VnodeDedicatedHostIdAlreadyExist",
        "DedicatedHostQuotaExceeded",
        "VirtualNode.DELETE.FAILED",
        "MissingParameter",
        "InvalidParameter.NotFound",
        "InvalidParam.CpuOrMemorySpec",
        "TradeBidCommodityNotMatch",
        "InvalidParameter.ValueExceeded",
        "NoPermission.Tag",
        "NumberExceed.Tags",
        "InvalidParameter.LengthExceeded",
        "NoNeedUpdate",
    ];
    static NAME_CODES: [u32; 7] = [6, 27, 40, 42, 69, 77, 94];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterCpuMemorySecurityRisk3dVerificationInvalidOperationKmsInstanceTypeNotSupportInvalidParameterKmsEncryptedIllegalInvalidParameterKmsKeyIdForbiddenInvalidParameterKmsKeyIdNotFoundVirtualNodeDeleteFailed",
        ends: &[0, 25, 51, 92, 127, 160, 192, 215],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "A parameter is invalid.Invalid volume type.Incorrect status detail.Invalid action.Account: arrearage.Dry run operation.A parameter is invalid: CPU, memory.The resource is not in a state that allows this.Service not enabled.Disk volume: not support.Ram role: not support.Image cache: incorrect status.Image cache not support.Eip address pool ip not enough.Operation denied: vsw zone mis match.A quota was exceeded.Zone: not on sale.The request is forbidden: risk control.The request is forbidden: sub user.The request is forbidden: only for invited test.Operation denied: security group mis match.Invalid v switch id: ip not enough.The request is forbidden: user bussiness status.The request is forbidden: user not real name authentication.Invalid user: pass role forbidden.Operation denied: no stock.The caller has no permission.Security risk: 3 d verification.Create service linked role: denied.A parameter is invalid: duplicated name.A parameter is invalid: duplicated volume name.Image snapshot: incorrect status.Image snapshot: not support.Disk number: limit exceed.Invalid payment method: insufficient balance.Disk volume: not in same zone.High cpu mem config required.Recommend empty: instance type family not matched.Local disk amount not match.Payfor: credit pay insufficient balance.Invalid operation: KMS, instance type not support.A parameter is invalid: encrypted, kms not enabled.A parameter is invalid: KMS, encrypted illegal.Invalid spot cpu memory spec.Ipv6 address not support vsw.Ipv6 address not support.Ipv6 address not support instance type.Eip pay insufficient balance.Eip purchase flow control.The request was throttled.Job instance batch create not support.Job instance disk not support.Job instance eip not support.Job instance feature not match.Job instance image cache not support.Job instance IPv6 not support.Job instance ram role not support.Job instance region not support.Job instance spot not support.Invalid instance type for eci spot duration buy.Invalid instance type for eci buy.Instance type not match cpu arch.Job instance ecs instance type not support.Private pool instance spot not support.Dry run: success.Private ip address: already, in use.Incorrect operation.Feature based constraint conflict.Operation failed: risk control.A parameter is invalid: KMS, key id, forbidden.The request is forbidden: account closed.Invalid operation: resource managed by cloud product.Spot: not matched.The request was throttled: vcpu, per day.Feature access restricted.Image snapshot: not found.Invalid disk id: not found.A parameter is invalid: KMS, key id, not found.The operation conflicts with another one.Coredump: refrsh interval too short.Ops: type not support.Coredump: region not support.Core pattern: update fail.Coredump: invalid core pattern type.Invalid core pattern value.Invalid instance id: not found.Ops: instance not support.Ops: interval too short.Ops: region not support.Ops: ops value invalid.Ops: execute task fail.Tcpdump: invalid value.Vnode dedicated host id already exist.Dedicated host quota exceeded.Virtual node: DELETE, FAILED.A required parameter is missing.A parameter is invalid: not found.A parameter is invalid: cpu or memory spec.Trade bid commodity not match.A parameter is invalid: value exceeded.The caller has no permission: tag.Number exceed: tags.A parameter is invalid: length exceeded.No need update.",
        ends: &[
            0, 23, 43, 67, 82, 101, 119, 155, 203, 223, 248, 270, 300, 324, 355, 392,
            413, 431, 470, 505, 553, 596, 631, 679, 739, 773, 800, 829, 861, 896, 936,
            983, 1016, 1044, 1070, 1115, 1145, 1174, 1224, 1252, 1292, 1342, 1393, 1440,
            1469, 1498, 1523, 1562, 1591, 1617, 1643, 1681, 1711, 1740, 1771, 1808, 1838,
            1872, 1904, 1934, 1982, 2016, 2049, 2092, 2131, 2148, 2184, 2204, 2238, 2269,
            2316, 2357, 2410, 2428, 2469, 2495, 2521, 2548, 2595, 2636, 2672, 2694, 2723,
            2749, 2785, 2812, 2843, 2869, 2893, 2917, 2940, 2963, 2986, 3024, 3054, 3083,
            3115, 3149, 3192, 3222, 3261, 3295, 3315, 3355, 3370,
        ],
    };
    static STATUSES: [u16; 105] = [
        400, 403, 403, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 403,
        403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 400, 403, 403, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 403, 403, 403, 403, 403, 403, 404, 404, 404, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 404, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 105] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,
        44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
        64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,
        84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102,
        103, 104, 105,
    ];
    static RETRY: [::cloud_errors::Retry; 104] = ::cloud_errors::__private::retry_column(
        b"aaaaaaacaaaaaaacacccaaccaacaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaacaabaaaacaaaaaaaaaaaaaaaaaaaaacaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 104] = ::cloud_errors::__private::category_column(
        b"cgggccciccccccghgggggggggggggcccccccccccccccccccchccccccccccccccccccccggghgeecicccccccccccccccccccccgccc",
    );
    static PILOTS: [u16; 26] = [
        27, 10, 5, 100, 1, 5, 7, 55, 5, 51, 0, 10, 4, 35, 0, 12, 17, 383, 2, 3, 48, 3,
        24, 1, 84, 17,
    ];
    static SLOTS: [(&str, u32); 115] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            52, 98, 86, 26, 83, 35, 4294967295, 59, 4294967295, 18, 28, 80, 89, 8, 55,
            102, 45, 76, 2, 88, 70, 9, 87, 4294967295, 66, 74, 67, 69, 14, 34, 92, 7,
            4294967295, 97, 56, 93, 53, 73, 10, 49, 65, 48, 27, 15, 33, 78, 23, 40, 96,
            46, 77, 16, 19, 54, 20, 4294967295, 4294967295, 71, 100, 50, 4294967295, 38,
            103, 84, 68, 94, 47, 62, 44, 32, 4294967295, 1, 75, 36, 4294967295, 79, 81,
            31, 95, 43, 58, 101, 57, 39, 51, 11, 17, 12, 90, 4294967295, 91, 21, 24,
            4294967295, 37, 30, 61, 72, 4, 60, 42, 29, 63, 22, 25, 5, 82, 3, 0, 85, 64,
            13, 99, 41, 6,
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
    const PROVIDER: &'static str = "Alibaba Cloud Eci";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Eci's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Eci: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
