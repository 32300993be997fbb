// @generated from catalogs/tencent/ecm.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud ECM: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud ECM: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation.
    AuthFailureUnauthorizedOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.BlockBalance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: block balance.
    FailedOperationBlockBalance,
    /// `FailedOperation.DataOperationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: data operation failed.
    FailedOperationDataOperationFailed,
    /// `FailedOperation.ImageInUse`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image in use.
    FailedOperationImageInUse,
    /// `FailedOperation.InstanceInModule`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance in module.
    FailedOperationInstanceInModule,
    /// `FailedOperation.InstanceNotAllStopped`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance not all stopped.
    FailedOperationInstanceNotAllStopped,
    /// `FailedOperation.InstanceOwnerCheckFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance owner check failed.
    FailedOperationInstanceOwnerCheckFailed,
    /// `FailedOperation.InternalOperationFailure`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: internal operation failure.
    FailedOperationInternalOperationFailure,
    /// `FailedOperation.InvalidStatus`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid status.
    FailedOperationInvalidStatus,
    /// `FailedOperation.OperationConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: operation conflict.
    FailedOperationOperationConflict,
    /// `FailedOperation.OperationNotAllow`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: operation not allow.
    FailedOperationOperationNotAllow,
    /// `FailedOperation.PrivateIpAddressBinded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: private ip address binded.
    FailedOperationPrivateIpAddressBinded,
    /// `FailedOperation.PrivateIpAddressUnavailable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: private ip address unavailable.
    FailedOperationPrivateIpAddressUnavailable,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.Coexist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: coexist.
    InvalidParameterCoexist,
    /// `InvalidParameter.FormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: format error.
    InvalidParameterFormatError,
    /// `InvalidParameter.InvalidDataFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid data format.
    InvalidParameterInvalidDataFormat,
    /// `InvalidParameter.InvalidParameterConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter conflict.
    InvalidParameterInvalidParameterConflict,
    /// `InvalidParameter.LBIdNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: LB id not found.
    InvalidParameterLbIdNotFound,
    /// `InvalidParameter.ListenerIdNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: listener id not found.
    InvalidParameterListenerIdNotFound,
    /// `InvalidParameter.LocationNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: location not found.
    InvalidParameterLocationNotFound,
    /// `InvalidParameter.ParameterConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: parameter conflict.
    InvalidParameterParameterConflict,
    /// `InvalidParameter.PortCheckFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: port check failed.
    InvalidParameterPortCheckFailed,
    /// `InvalidParameter.ProtocolCheckFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: protocol check failed.
    InvalidParameterProtocolCheckFailed,
    /// `InvalidParameter.RegionNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: region not found.
    InvalidParameterRegionNotFound,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.AddressQuotaLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: address quota limit exceeded.
    InvalidParameterValueAddressQuotaLimitExceeded,
    /// `InvalidParameterValue.BandwidthOutOfRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bandwidth out of range.
    InvalidParameterValueBandwidthOutOfRange,
    /// `InvalidParameterValue.CidrNotInPeerVpc`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cidr not in peer vpc.
    InvalidParameterValueCidrNotInPeerVpc,
    /// `InvalidParameterValue.Duplicate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicate.
    InvalidParameterValueDuplicate,
    /// `InvalidParameterValue.FilterLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: filter limit exceeded.
    InvalidParameterValueFilterLimitExceeded,
    /// `InvalidParameterValue.ImageDuplicate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image duplicate.
    InvalidParameterValueImageDuplicate,
    /// `InvalidParameterValue.ImageNameDuplicate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image name duplicate.
    InvalidParameterValueImageNameDuplicate,
    /// `InvalidParameterValue.ImageSizeLargeThanSysDiskSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image size large than sys disk size.
    InvalidParameterValueImageSizeLargeThanSysDiskSize,
    /// `InvalidParameterValue.InstanceConfigNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance config not match.
    InvalidParameterValueInstanceConfigNotMatch,
    /// `InvalidParameterValue.InstanceIdNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance id not supported.
    InvalidParameterValueInstanceIdNotSupported,
    /// `InvalidParameterValue.InstanceNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance name too long.
    InvalidParameterValueInstanceNameTooLong,
    /// `InvalidParameterValue.InstanceTypeNotMatchPid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance type not match pid.
    InvalidParameterValueInstanceTypeNotMatchPid,
    /// `InvalidParameterValue.InvaildAddressId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invaild address id.
    InvalidParameterValueInvaildAddressId,
    /// `InvalidParameterValue.InvaildDescribeInstance`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invaild describe instance.
    InvalidParameterValueInvaildDescribeInstance,
    /// `InvalidParameterValue.InvaildEniID`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invaild eni ID.
    InvalidParameterValueInvaildEniId,
    /// `InvalidParameterValue.InvaildHostName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invaild host name.
    InvalidParameterValueInvaildHostName,
    /// `InvalidParameterValue.InvaildModifyParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invaild modify param.
    InvalidParameterValueInvaildModifyParam,
    /// `InvalidParameterValue.InvaildModuleNum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invaild module num.
    InvalidParameterValueInvaildModuleNum,
    /// `InvalidParameterValue.InvaildPageParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invaild page param.
    InvalidParameterValueInvaildPageParam,
    /// `InvalidParameterValue.InvaildPassword`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invaild password.
    InvalidParameterValueInvaildPassword,
    /// `InvalidParameterValue.InvalidAddressCount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid address count.
    InvalidParameterValueInvalidAddressCount,
    /// `InvalidParameterValue.InvalidBandwidth`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid bandwidth.
    InvalidParameterValueInvalidBandwidth,
    /// `InvalidParameterValue.InvalidBandwidthIn`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid bandwidth in.
    InvalidParameterValueInvalidBandwidthIn,
    /// `InvalidParameterValue.InvalidBandwidthInAndOut`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid bandwidth in and out.
    InvalidParameterValueInvalidBandwidthInAndOut,
    /// `InvalidParameterValue.InvalidBillingType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid billing type.
    InvalidParameterValueInvalidBillingType,
    /// `InvalidParameterValue.InvalidDataDiskNum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid data disk num.
    InvalidParameterValueInvalidDataDiskNum,
    /// `InvalidParameterValue.InvalidDataDiskSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid data disk size.
    InvalidParameterValueInvalidDataDiskSize,
    /// `InvalidParameterValue.InvalidDataDiskType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid data disk type.
    InvalidParameterValueInvalidDataDiskType,
    /// `InvalidParameterValue.InvalidEIPDirectService`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid EIP direct service.
    InvalidParameterValueInvalidEipDirectService,
    /// `InvalidParameterValue.InvalidEcmRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid ecm region.
    InvalidParameterValueInvalidEcmRegion,
    /// `InvalidParameterValue.InvalidFilter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid filter.
    InvalidParameterValueInvalidFilter,
    /// `InvalidParameterValue.InvalidISPInNode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid ISP in node.
    InvalidParameterValueInvalidIspInNode,
    /// `InvalidParameterValue.InvalidImageArchitecture`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid image architecture.
    InvalidParameterValueInvalidImageArchitecture,
    /// `InvalidParameterValue.InvalidImageID`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid image ID.
    InvalidParameterValueInvalidImageId,
    /// `InvalidParameterValue.InvalidInstanceChargeType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid instance charge type.
    InvalidParameterValueInvalidInstanceChargeType,
    /// `InvalidParameterValue.InvalidInstanceID`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid instance ID.
    InvalidParameterValueInvalidInstanceId,
    /// `InvalidParameterValue.InvalidInstanceType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid instance type.
    InvalidParameterValueInvalidInstanceType,
    /// `InvalidParameterValue.InvalidInstanceTypeConfigID`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid instance type config ID.
    InvalidParameterValueInvalidInstanceTypeConfigId,
    /// `InvalidParameterValue.InvalidInternetChargeType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid internet charge type.
    InvalidParameterValueInvalidInternetChargeType,
    /// `InvalidParameterValue.InvalidKeyPairId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid key pair id.
    InvalidParameterValueInvalidKeyPairId,
    /// `InvalidParameterValue.InvalidKeyPairName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid key pair name.
    InvalidParameterValueInvalidKeyPairName,
    /// `InvalidParameterValue.InvalidLoadBalancerNum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid load balancer num.
    InvalidParameterValueInvalidLoadBalancerNum,
    /// `InvalidParameterValue.InvalidLoadBalancerType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid load balancer type.
    InvalidParameterValueInvalidLoadBalancerType,
    /// `InvalidParameterValue.InvalidModuleID`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid module ID.
    InvalidParameterValueInvalidModuleId,
    /// `InvalidParameterValue.InvalidModuleIDAndInstanceTypeConfigID`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid module ID and instance type config ID.
    InvalidParameterValueInvalidModuleIdAndInstanceTypeConfigId,
    /// `InvalidParameterValue.InvalidModuleIDAndInstanceTypeID`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid module ID and instance type ID.
    InvalidParameterValueInvalidModuleIdAndInstanceTypeId,
    /// `InvalidParameterValue.InvalidModuleName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid module name.
    InvalidParameterValueInvalidModuleName,
    /// `InvalidParameterValue.InvalidOrderByField`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid order by field.
    InvalidParameterValueInvalidOrderByField,
    /// `InvalidParameterValue.InvalidPublicParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid public param.
    InvalidParameterValueInvalidPublicParam,
    /// `InvalidParameterValue.InvalidRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid region.
    InvalidParameterValueInvalidRegion,
    /// `InvalidParameterValue.InvalidSecurityGroupID`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid security group ID.
    InvalidParameterValueInvalidSecurityGroupId,
    /// `InvalidParameterValue.InvalidSubnetInZone`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid subnet in zone.
    InvalidParameterValueInvalidSubnetInZone,
    /// `InvalidParameterValue.InvalidSystemDiskSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid system disk size.
    InvalidParameterValueInvalidSystemDiskSize,
    /// `InvalidParameterValue.InvalidSystemDiskType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid system disk type.
    InvalidParameterValueInvalidSystemDiskType,
    /// `InvalidParameterValue.InvalidTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid time.
    InvalidParameterValueInvalidTime,
    /// `InvalidParameterValue.InvalidZone`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid zone.
    InvalidParameterValueInvalidZone,
    /// `InvalidParameterValue.InvalidZoneInstanceCount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid zone instance count.
    InvalidParameterValueInvalidZoneInstanceCount,
    /// `InvalidParameterValue.InvalidZoneInstanceType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid zone instance type.
    InvalidParameterValueInvalidZoneInstanceType,
    /// `InvalidParameterValue.Length`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: length.
    InvalidParameterValueLength,
    /// `InvalidParameterValue.LimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit exceeded.
    InvalidParameterValueLimitExceeded,
    /// `InvalidParameterValue.Malformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: malformed.
    InvalidParameterValueMalformed,
    /// `InvalidParameterValue.ModuleNotAllowChange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: module not allow change.
    InvalidParameterValueModuleNotAllowChange,
    /// `InvalidParameterValue.NodeNotSupportIPv6`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: node not support IPv6.
    InvalidParameterValueNodeNotSupportIPv6,
    /// `InvalidParameterValue.ObjectNotCurrentSubnet`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: object not current subnet.
    InvalidParameterValueObjectNotCurrentSubnet,
    /// `InvalidParameterValue.ObjectVpcNotCurrentVpc`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: object vpc not current vpc.
    InvalidParameterValueObjectVpcNotCurrentVpc,
    /// `InvalidParameterValue.ParameterValueTooLarge`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter value too large.
    InvalidParameterValueParameterValueTooLarge,
    /// `InvalidParameterValue.Range`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: range.
    InvalidParameterValueRange,
    /// `InvalidParameterValue.Reserved`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: reserved.
    InvalidParameterValueReserved,
    /// `InvalidParameterValue.SubnetConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subnet conflict.
    InvalidParameterValueSubnetConflict,
    /// `InvalidParameterValue.SubnetNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subnet not exist.
    InvalidParameterValueSubnetNotExist,
    /// `InvalidParameterValue.SubnetRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subnet range.
    InvalidParameterValueSubnetRange,
    /// `InvalidParameterValue.TagNumOutOfRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag num out of range.
    InvalidParameterValueTagNumOutOfRange,
    /// `InvalidParameterValue.TaskNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: task not found.
    InvalidParameterValueTaskNotFound,
    /// `InvalidParameterValue.TerminateTimeSmaller`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: terminate time smaller.
    InvalidParameterValueTerminateTimeSmaller,
    /// `InvalidParameterValue.TooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too long.
    InvalidParameterValueTooLong,
    /// `InvalidParameterValue.UnmatchedBillingType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unmatched billing type.
    InvalidParameterValueUnmatchedBillingType,
    /// `InvalidParameterValue.UnsupportedRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unsupported region.
    InvalidParameterValueUnsupportedRegion,
    /// `InvalidParameterValue.UserNotSupportIPv6`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: user not support IPv6.
    InvalidParameterValueUserNotSupportIPv6,
    /// `InvalidParameterValue.VpcCidrConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpc cidr conflict.
    InvalidParameterValueVpcCidrConflict,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.AddressQuotaLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: address quota limit exceeded.
    LimitExceededAddressQuotaLimitExceeded,
    /// `LimitExceeded.AddressQuotaLimitExceededDailyAllocate`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: address quota limit exceeded daily allocate.
    LimitExceededAddressQuotaLimitExceededDailyAllocate,
    /// `LimitExceeded.CidrBlock`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cidr block.
    LimitExceededCidrBlock,
    /// `LimitExceeded.EniQuotaLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: eni quota limit exceeded.
    LimitExceededEniQuotaLimitExceeded,
    /// `LimitExceeded.InstanceSecurityGroupLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: instance security group limit exceeded.
    LimitExceededInstanceSecurityGroupLimitExceeded,
    /// `LimitExceeded.LBLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: LB limit exceeded.
    LimitExceededLbLimitExceeded,
    /// `LimitExceeded.ModuleSecurityGroupLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: module security group limit exceeded.
    LimitExceededModuleSecurityGroupLimitExceeded,
    /// `LimitExceeded.NicOrIPLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: nic or IP limit exceeded.
    LimitExceededNicOrIpLimitExceeded,
    /// `LimitExceeded.PrivateIPQuotaLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: private IP quota limit exceeded.
    LimitExceededPrivateIpQuotaLimitExceeded,
    /// `LimitExceeded.SecurityGroupInstanceLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: security group instance limit exceeded.
    LimitExceededSecurityGroupInstanceLimitExceeded,
    /// `LimitExceeded.SecurityGroupModuleLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: security group module limit exceeded.
    LimitExceededSecurityGroupModuleLimitExceeded,
    /// `LimitExceeded.SecurityGroupPolicySet`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: security group policy set.
    LimitExceededSecurityGroupPolicySet,
    /// `LimitExceeded.VcpuLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: vcpu limit exceeded.
    LimitExceededVcpuLimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.MissingAssociateEntity`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing associate entity.
    MissingParameterMissingAssociateEntity,
    /// `MissingParameter.MissingBaseConfigParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing base config parameter.
    MissingParameterMissingBaseConfigParameter,
    /// `MissingParameter.MissingImageParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing image parameter.
    MissingParameterMissingImageParameter,
    /// `MissingParameter.MissingInstanceTypeConfigParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing instance type config parameter.
    MissingParameterMissingInstanceTypeConfigParameter,
    /// `MissingParameter.MissingInstancesParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing instances parameter.
    MissingParameterMissingInstancesParameter,
    /// `MissingParameter.MissingModuleParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing module parameter.
    MissingParameterMissingModuleParameter,
    /// `MissingParameter.MissingNetworkInterfaceParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing network interface parameter.
    MissingParameterMissingNetworkInterfaceParameter,
    /// `MissingParameter.MissingNodeParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing node parameter.
    MissingParameterMissingNodeParameter,
    /// `MissingParameter.MissingOverViewParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing over view parameter.
    MissingParameterMissingOverViewParameter,
    /// `MissingParameter.MissingPrivateIpAddress`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing private ip address.
    MissingParameterMissingPrivateIpAddress,
    /// `OperationDenied.InstanceOperationInProgress`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: instance operation in progress.
    OperationDeniedInstanceOperationInProgress,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceInsufficient.CidrBlock`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: cidr block.
    ResourceInsufficientCidrBlock,
    /// `ResourceInsufficient.IPQuotaNotEnough`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: IP quota not enough.
    ResourceInsufficientIpQuotaNotEnough,
    /// `ResourceInsufficient.InstanceQuotaNotEnough`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: instance quota not enough.
    ResourceInsufficientInstanceQuotaNotEnough,
    /// `ResourceInsufficient.InvaildPrivateImageNum`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: invaild private image num.
    ResourceInsufficientInvaildPrivateImageNum,
    /// `ResourceInsufficient.PrivateIPQuotaNotEnough`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: private IP quota not enough.
    ResourceInsufficientPrivateIpQuotaNotEnough,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.InstanceNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instance not exist.
    ResourceNotFoundInstanceNotExist,
    /// `ResourceUnavailable.InstanceNotRunning`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance not running.
    ResourceUnavailableInstanceNotRunning,
    /// `ResourcesSoldOut.LoadBalancerSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out: load balancer sold out.
    ResourcesSoldOutLoadBalancerSoldOut,
    /// `ResourcesSoldOut.SpecifiedInstanceType`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out: specified instance type.
    ResourcesSoldOutSpecifiedInstanceType,
    /// `UnauthorizedOperation.ForbiddenOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: forbidden operation.
    UnauthorizedOperationForbiddenOperation,
    /// `UnauthorizedOperation.WindowsImage`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: windows image.
    UnauthorizedOperationWindowsImage,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.AddressIdNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: address id not found.
    UnsupportedOperationAddressIdNotFound,
    /// `UnsupportedOperation.AlreadyBindEip`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: already bind eip.
    UnsupportedOperationAlreadyBindEip,
    /// `UnsupportedOperation.AttachmentAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: attachment already exists.
    UnsupportedOperationAttachmentAlreadyExists,
    /// `UnsupportedOperation.AttachmentNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: attachment not found.
    UnsupportedOperationAttachmentNotFound,
    /// `UnsupportedOperation.DelDefaultRoute`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: del default route.
    UnsupportedOperationDelDefaultRoute,
    /// `UnsupportedOperation.DelRouteWithSubnet`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: del route with subnet.
    UnsupportedOperationDelRouteWithSubnet,
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
    /// `UnsupportedOperation.InstanceIdNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance id not found.
    UnsupportedOperationInstanceIdNotFound,
    /// `UnsupportedOperation.InstanceIdNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance id not supported.
    UnsupportedOperationInstanceIdNotSupported,
    /// `UnsupportedOperation.InstanceTypeNotSupportImage`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance type not support image.
    UnsupportedOperationInstanceTypeNotSupportImage,
    /// `UnsupportedOperation.InvalidInstanceState`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid instance state.
    UnsupportedOperationInvalidInstanceState,
    /// `UnsupportedOperation.InvalidNetworkInterfaceIdNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid network interface id not found.
    UnsupportedOperationInvalidNetworkInterfaceIdNotFound,
    /// `UnsupportedOperation.InvalidPrivateIpAddressAlreadyBindEip`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid private ip address already bind eip.
    UnsupportedOperationInvalidPrivateIpAddressAlreadyBindEip,
    /// `UnsupportedOperation.InvalidState`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid state.
    UnsupportedOperationInvalidState,
    /// `UnsupportedOperation.Malformed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: malformed.
    UnsupportedOperationMalformed,
    /// `UnsupportedOperation.MutexOperationTaskRunning`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: mutex operation task running.
    UnsupportedOperationMutexOperationTaskRunning,
    /// `UnsupportedOperation.QuotaLimitExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: quota limit exceeded.
    UnsupportedOperationQuotaLimitExceeded,
    /// `UnsupportedOperation.StatusNotPermit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: status not permit.
    UnsupportedOperationStatusNotPermit,
    /// `UnsupportedOperation.SystemRoute`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: system route.
    UnsupportedOperationSystemRoute,
    /// `UnsupportedOperation.VersionMismatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: version mismatch.
    UnsupportedOperationVersionMismatch,
    /// `UnsupportedOperation.VpcMismatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpc mismatch.
    UnsupportedOperationVpcMismatch,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 172] = [
        "AuthFailure.UnauthorizedOperation",
        "FailedOperation",
        "FailedOperation.BlockBalance",
        "FailedOperation.DataOperationFailed",
        "FailedOperation.ImageInUse",
        "FailedOperation.InstanceInModule",
        "FailedOperation.InstanceNotAllStopped",
        "FailedOperation.InstanceOwnerCheckFailed",
        "FailedOperation.InternalOperationFailure",
        "FailedOperation.InvalidStatus",
        "FailedOperation.OperationConflict",
        "FailedOperation.OperationNotAllow",
        "FailedOperation.PrivateIpAddressBinded",
        "FailedOperation.PrivateIpAddressUnavailable",
        "InternalError",
        "InvalidParameter",
        "InvalidParameter.Coexist",
        "InvalidParameter.FormatError",
        "InvalidParameter.InvalidDataFormat",
        "InvalidParameter.InvalidParameterConflict",
        "InvalidParameter.LBIdNotFound",
        "InvalidParameter.ListenerIdNotFound",
        "InvalidParameter.LocationNotFound",
        "InvalidParameter.ParameterConflict",
        "InvalidParameter.PortCheckFailed",
        "InvalidParameter.ProtocolCheckFailed",
        "InvalidParameter.RegionNotFound",
        "InvalidParameterValue",
        "InvalidParameterValue.AddressQuotaLimitExceeded",
        "InvalidParameterValue.BandwidthOutOfRange",
        "InvalidParameterValue.CidrNotInPeerVpc",
        "InvalidParameterValue.Duplicate",
        "InvalidParameterValue.FilterLimitExceeded",
        "InvalidParameterValue.ImageDuplicate",
        "InvalidParameterValue.ImageNameDuplicate",
        "InvalidParameterValue.ImageSizeLargeThanSysDiskSize",
        "InvalidParameterValue.InstanceConfigNotMatch",
        "InvalidParameterValue.InstanceIdNotSupported",
        "InvalidParameterValue.InstanceNameTooLong",
        "InvalidParameterValue.InstanceTypeNotMatchPid",
        "InvalidParameterValue.InvaildAddressId",
        "InvalidParameterValue.InvaildDescribeInstance",
        "InvalidParameterValue.InvaildEniID",
        "InvalidParameterValue.InvaildHostName",
        "InvalidParameterValue.InvaildModifyParam",
        "InvalidParameterValue.InvaildModuleNum",
        "InvalidParameterValue.InvaildPageParam",
        "InvalidParameterValue.InvaildPassword",
        "InvalidParameterValue.InvalidAddressCount",
        "InvalidParameterValue.InvalidBandwidth",
        "InvalidParameterValue.InvalidBandwidthIn",
        "InvalidParameterValue.InvalidBandwidthInAndOut",
        "InvalidParameterValue.InvalidBillingType",
        "InvalidParameterValue.InvalidDataDiskNum",
        "InvalidParameterValue.InvalidDataDiskSize",
        "InvalidParameterValue.InvalidDataDiskType",
        "InvalidParameterValue.InvalidEIPDirectService",
        "InvalidParameterValue.InvalidEcmRegion",
        "InvalidParameterValue.InvalidFilter",
        "InvalidParameterValue.InvalidISPInNode",
        "InvalidParameterValue.InvalidImageArchitecture",
        "InvalidParameterValue.InvalidImageID",
        "InvalidParameterValue.InvalidInstanceChargeType",
        "InvalidParameterValue.InvalidInstanceID",
        "InvalidParameterValue.InvalidInstanceType",
        "InvalidParameterValue.InvalidInstanceTypeConfigID",
        "InvalidParameterValue.InvalidInternetChargeType",
        "InvalidParameterValue.InvalidKeyPairId",
        "InvalidParameterValue.InvalidKeyPairName",
        "InvalidParameterValue.InvalidLoadBalancerNum",
        "InvalidParameterValue.InvalidLoadBalancerType",
        "InvalidParameterValue.InvalidModuleID",
        "InvalidParameterValue.InvalidModuleIDAndInstanceTypeConfigID",
        "InvalidParameterValue.InvalidModuleIDAndInstanceTypeID",
        "InvalidParameterValue.InvalidModuleName",
        "InvalidParameterValue.InvalidOrderByField",
        "InvalidParameterValue.InvalidPublicParam",
        "InvalidParameterValue.InvalidRegion",
        "InvalidParameterValue.InvalidSecurityGroupID",
        "InvalidParameterValue.InvalidSubnetInZone",
        "InvalidParameterValue.InvalidSystemDiskSize",
        "InvalidParameterValue.InvalidSystemDiskType",
        "InvalidParameterValue.InvalidTime",
        "InvalidParameterValue.InvalidZone",
        "InvalidParameterValue.InvalidZoneInstanceCount",
        "InvalidParameterValue.InvalidZoneInstanceType",
        "InvalidParameterValue.Length",
        "InvalidParameterValue.LimitExceeded",
        "InvalidParameterValue.Malformed",
        "InvalidParameterValue.ModuleNotAllowChange",
        "InvalidParameterValue.NodeNotSupportIPv6",
        "InvalidParameterValue.ObjectNotCurrentSubnet",
        "InvalidParameterValue.ObjectVpcNotCurrentVpc",
        "InvalidParameterValue.ParameterValueTooLarge",
        "InvalidParameterValue.Range",
        "InvalidParameterValue.Reserved",
        "InvalidParameterValue.SubnetConflict",
        "InvalidParameterValue.SubnetNotExist",
        "InvalidParameterValue.SubnetRange",
        "InvalidParameterValue.TagNumOutOfRange",
        "InvalidParameterValue.TaskNotFound",
        "InvalidParameterValue.TerminateTimeSmaller",
        "InvalidParameterValue.TooLong",
        "InvalidParameterValue.UnmatchedBillingType",
        "InvalidParameterValue.UnsupportedRegion",
        "InvalidParameterValue.UserNotSupportIPv6",
        "InvalidParameterValue.VpcCidrConflict",
        "LimitExceeded",
        "LimitExceeded.AddressQuotaLimitExceeded",
        "LimitExceeded.AddressQuotaLimitExceededDailyAllocate",
        "LimitExceeded.CidrBlock",
        "LimitExceeded.EniQuotaLimitExceeded",
        "LimitExceeded.InstanceSecurityGroupLimitExceeded",
        "LimitExceeded.LBLimitExceeded",
        "LimitExceeded.ModuleSecurityGroupLimitExceeded",
        "LimitExceeded.NicOrIPLimitExceeded",
        "LimitExceeded.PrivateIPQuotaLimitExceeded",
        "LimitExceeded.SecurityGroupInstanceLimitExceeded",
        "LimitExceeded.SecurityGroupModuleLimitExceeded",
        "LimitExceeded.SecurityGroupPolicySet",
        "LimitExceeded.VcpuLimitExceeded",
        "MissingParameter",
        "MissingParameter.MissingAssociateEntity",
        "MissingParameter.MissingBaseConfigParameter",
        "MissingParameter.MissingImageParameter",
        "MissingParameter.MissingInstanceTypeConfigParameter",
        "MissingParameter.MissingInstancesParameter",
        "MissingParameter.MissingModuleParameter",
        "MissingParameter.MissingNetworkInterfaceParameter",
        "MissingParameter.MissingNodeParameter",
        "MissingParameter.MissingOverViewParameter",
        "MissingParameter.MissingPrivateIpAddress",
        "OperationDenied.InstanceOperationInProgress",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceInsufficient.CidrBlock",
        "ResourceInsufficient.IPQuotaNotEnough",
        "ResourceInsufficient.InstanceQuotaNotEnough",
        "ResourceInsufficient.InvaildPrivateImageNum",
        "ResourceInsufficient.PrivateIPQuotaNotEnough",
        "ResourceNotFound",
        "ResourceNotFound.InstanceNotExist",
        "ResourceUnavailable.InstanceNotRunning",
        "ResourcesSoldOut.LoadBalancerSoldOut",
        "ResourcesSoldOut.SpecifiedInstanceType",
        "UnauthorizedOperation.ForbiddenOperation",
        "UnauthorizedOperation.WindowsImage",
        "UnsupportedOperation",
        "UnsupportedOperation.AddressIdNotFound",
        "UnsupportedOperation.AlreadyBindEip",
        "UnsupportedOperation.AttachmentAlreadyExists",
        "UnsupportedOperation.AttachmentNotFound",
        "UnsupportedOperation.DelDefaultRoute",
        "UnsupportedOperation.DelRouteWithSubnet",
        "UnsupportedOperation.DuplicatePolicy",
        "UnsupportedOperation.Ecmp",
        "UnsupportedOperation.EcmpWithCcnRoute",
        "UnsupportedOperation.EcmpWithUserRoute",
        "UnsupportedOperation.InstanceIdNotFound",
        "UnsupportedOperation.InstanceIdNotSupported",
        "UnsupportedOperation.InstanceTypeNotSupportImage",
        "UnsupportedOperation.InvalidInstanceState",
        "UnsupportedOperation.InvalidNetworkInterfaceIdNotFound",
        "UnsupportedOperation.InvalidPrivateIpAddressAlreadyBindEip",
        "UnsupportedOperation.InvalidState",
        "UnsupportedOperation.Malformed",
        "UnsupportedOperation.MutexOperationTaskRunning",
        "UnsupportedOperation.QuotaLimitExceeded",
        "UnsupportedOperation.StatusNotPermit",
        "UnsupportedOperation.SystemRoute",
        "UnsupportedOperation.VersionMismatch",
        "UnsupportedOperation.VpcMismatch",
    ];
    static NAME_CODES: [u32; 16] = [
        20, 42, 56, 59, 61, 63, 65, 71, 72, 73, 78, 113, 115, 116, 136, 139,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterLbIdNotFoundInvalidParameterValueInvaildEniIdInvalidParameterValueInvalidEipDirectServiceInvalidParameterValueInvalidIspInNodeInvalidParameterValueInvalidImageIdInvalidParameterValueInvalidInstanceIdInvalidParameterValueInvalidInstanceTypeConfigIdInvalidParameterValueInvalidModuleIdInvalidParameterValueInvalidModuleIdAndInstanceTypeConfigIdInvalidParameterValueInvalidModuleIdAndInstanceTypeIdInvalidParameterValueInvalidSecurityGroupIdLimitExceededLbLimitExceededLimitExceededNicOrIpLimitExceededLimitExceededPrivateIpQuotaLimitExceededResourceInsufficientIpQuotaNotEnoughResourceInsufficientPrivateIpQuotaNotEnough",
        ends: &[
            0, 28, 61, 105, 142, 177, 215, 263, 299, 358, 411, 454, 482, 515, 555, 591,
            634,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed: unauthorized operation.The operation failed.The operation failed: block balance.The operation failed: data operation failed.The operation failed: image in use.The operation failed: instance in module.The operation failed: instance not all stopped.The operation failed: instance owner check failed.The operation failed: internal operation failure.The operation failed: invalid status.The operation failed: operation conflict.The operation failed: operation not allow.The operation failed: private ip address binded.The operation failed: private ip address unavailable.An internal error occurred.A parameter is invalid.A parameter is invalid: coexist.A parameter is invalid: format error.A parameter is invalid: invalid data format.A parameter is invalid: invalid parameter conflict.A parameter is invalid: LB id not found.A parameter is invalid: listener id not found.A parameter is invalid: location not found.A parameter is invalid: parameter conflict.A parameter is invalid: port check failed.A parameter is invalid: protocol check failed.A parameter is invalid: region not found.A parameter value is invalid.A parameter value is invalid: address quota limit exceeded.A parameter value is invalid: bandwidth out of range.A parameter value is invalid: cidr not in peer vpc.A parameter value is invalid: duplicate.A parameter value is invalid: filter limit exceeded.A parameter value is invalid: image duplicate.A parameter value is invalid: image name duplicate.A parameter value is invalid: image size large than sys disk size.A parameter value is invalid: instance config not match.A parameter value is invalid: instance id not supported.A parameter value is invalid: instance name too long.A parameter value is invalid: instance type not match pid.A parameter value is invalid: invaild address id.A parameter value is invalid: invaild describe instance.A parameter value is invalid: invaild eni ID.A parameter value is invalid: invaild host name.A parameter value is invalid: invaild modify param.A parameter value is invalid: invaild module num.A parameter value is invalid: invaild page param.A parameter value is invalid: invaild password.A parameter value is invalid: invalid address count.A parameter value is invalid: invalid bandwidth.A parameter value is invalid: invalid bandwidth in.A parameter value is invalid: invalid bandwidth in and out.A parameter value is invalid: invalid billing type.A parameter value is invalid: invalid data disk num.A parameter value is invalid: invalid data disk size.A parameter value is invalid: invalid data disk type.A parameter value is invalid: invalid EIP direct service.A parameter value is invalid: invalid ecm region.A parameter value is invalid: invalid filter.A parameter value is invalid: invalid ISP in node.A parameter value is invalid: invalid image architecture.A parameter value is invalid: invalid image ID.A parameter value is invalid: invalid instance charge type.A parameter value is invalid: invalid instance ID.A parameter value is invalid: invalid instance type.A parameter value is invalid: invalid instance type config ID.A parameter value is invalid: invalid internet charge type.A parameter value is invalid: invalid key pair id.A parameter value is invalid: invalid key pair name.A parameter value is invalid: invalid load balancer num.A parameter value is invalid: invalid load balancer type.A parameter value is invalid: invalid module ID.A parameter value is invalid: invalid module ID and instance type config ID.A parameter value is invalid: invalid module ID and instance type ID.A parameter value is invalid: invalid module name.A parameter value is invalid: invalid order by field.A parameter value is invalid: invalid public param.A parameter value is invalid: invalid region.A parameter value is invalid: invalid security group ID.A parameter value is invalid: invalid subnet in zone.A parameter value is invalid: invalid system disk size.A parameter value is invalid: invalid system disk type.A parameter value is invalid: invalid time.A parameter value is invalid: invalid zone.A parameter value is invalid: invalid zone instance count.A parameter value is invalid: invalid zone instance type.A parameter value is invalid: length.A parameter value is invalid: limit exceeded.A parameter value is invalid: malformed.A parameter value is invalid: module not allow change.A parameter value is invalid: node not support IPv6.A parameter value is invalid: object not current subnet.A parameter value is invalid: object vpc not current vpc.A parameter value is invalid: parameter value too large.A parameter value is invalid: range.A parameter value is invalid: reserved.A parameter value is invalid: subnet conflict.A parameter value is invalid: subnet not exist.A parameter value is invalid: subnet range.A parameter value is invalid: tag num out of range.A parameter value is invalid: task not found.A parameter value is invalid: terminate time smaller.A parameter value is invalid: too long.A parameter value is invalid: unmatched billing type.A parameter value is invalid: unsupported region.A parameter value is invalid: user not support IPv6.A parameter value is invalid: vpc cidr conflict.A limit was exceeded.A limit was exceeded: address quota limit exceeded.A limit was exceeded: address quota limit exceeded daily allocate.A limit was exceeded: cidr block.A limit was exceeded: eni quota limit exceeded.A limit was exceeded: instance security group limit exceeded.A limit was exceeded: LB limit exceeded.A limit was exceeded: module security group limit exceeded.A limit was exceeded: nic or IP limit exceeded.A limit was exceeded: private IP quota limit exceeded.A limit was exceeded: security group instance limit exceeded.A limit was exceeded: security group module limit exceeded.A limit was exceeded: security group policy set.A limit was exceeded: vcpu limit exceeded.A required parameter is missing.A required parameter is missing: missing associate entity.A required parameter is missing: missing base config parameter.A required parameter is missing: missing image parameter.A required parameter is missing: missing instance type config parameter.A required parameter is missing: missing instances parameter.A required parameter is missing: missing module parameter.A required parameter is missing: missing network interface parameter.A required parameter is missing: missing node parameter.A required parameter is missing: missing over view parameter.A required parameter is missing: missing private ip address.The operation was denied: instance operation in progress.The resource is in use.Resources are insufficient.Resources are insufficient: cidr block.Resources are insufficient: IP quota not enough.Resources are insufficient: instance quota not enough.Resources are insufficient: invaild private image num.Resources are insufficient: private IP quota not enough.The resource was not found.The resource was not found: instance not exist.The resource is unavailable: instance not running.The resources are sold out: load balancer sold out.The resources are sold out: specified instance type.The operation is not authorized: forbidden operation.The operation is not authorized: windows image.The operation is not supported.The operation is not supported: address id not found.The operation is not supported: already bind eip.The operation is not supported: attachment already exists.The operation is not supported: attachment not found.The operation is not supported: del default route.The operation is not supported: del route with subnet.The operation is not supported: duplicate policy.The operation is not supported: ecmp.The operation is not supported: ecmp with ccn route.The operation is not supported: ecmp with user route.The operation is not supported: instance id not found.The operation is not supported: instance id not supported.The operation is not supported: instance type not support image.The operation is not supported: invalid instance state.The operation is not supported: invalid network interface id not found.The operation is not supported: invalid private ip address already bind eip.The operation is not supported: invalid state.The operation is not supported: malformed.The operation is not supported: mutex operation task running.The operation is not supported: quota limit exceeded.The operation is not supported: status not permit.The operation is not supported: system route.The operation is not supported: version mismatch.The operation is not supported: vpc mismatch.",
        ends: &[
            0, 46, 67, 103, 147, 182, 223, 270, 320, 369, 406, 447, 489, 537, 590, 617,
            640, 672, 709, 753, 804, 844, 890, 933, 976, 1018, 1064, 1105, 1134, 1193,
            1246, 1297, 1337, 1389, 1435, 1486, 1552, 1608, 1664, 1717, 1775, 1824, 1880,
            1925, 1973, 2024, 2073, 2122, 2169, 2221, 2269, 2320, 2379, 2430, 2482, 2535,
            2588, 2645, 2694, 2739, 2789, 2846, 2893, 2952, 3002, 3054, 3116, 3175, 3225,
            3277, 3333, 3390, 3438, 3514, 3583, 3633, 3686, 3737, 3782, 3838, 3891, 3946,
            4001, 4044, 4087, 4145, 4202, 4239, 4284, 4324, 4378, 4430, 4486, 4543, 4599,
            4635, 4674, 4720, 4767, 4810, 4861, 4906, 4959, 4998, 5051, 5100, 5152, 5200,
            5221, 5272, 5338, 5371, 5418, 5479, 5519, 5578, 5625, 5679, 5740, 5799, 5847,
            5889, 5921, 5979, 6042, 6099, 6171, 6232, 6290, 6359, 6415, 6476, 6536, 6593,
            6616, 6643, 6682, 6730, 6784, 6838, 6894, 6921, 6968, 7018, 7069, 7121, 7174,
            7221, 7252, 7305, 7354, 7412, 7465, 7515, 7569, 7618, 7655, 7707, 7760, 7814,
            7872, 7936, 7991, 8062, 8138, 8184, 8226, 8287, 8340, 8390, 8435, 8484, 8529,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 172] = ::cloud_errors::__private::retry_column(
        b"caaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacbccccccaacccccaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 172] = ::cloud_errors::__private::category_column(
        b"piiiiiiiiiiiiimcccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccchhhhhhhhhhhhhhcccccccccccgjhhhhhheeihhggliiiiiiiiiiiiiiiiiiiiiiii",
    );
    static PILOTS: [u16; 43] = [
        0, 14, 0, 0, 0, 2, 11, 17, 8, 24, 1, 0, 4, 0, 29, 61, 2, 0, 30, 1, 110, 18, 8,
        50, 8, 5, 3, 0, 9, 1, 5, 110, 22, 93, 202, 6, 109, 44, 1, 36, 53, 10, 19,
    ];
    static SLOTS: [(&str, u32); 191] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            143, 0, 4294967295, 116, 88, 120, 103, 138, 63, 144, 166, 4294967295, 53, 81,
            100, 11, 33, 4294967295, 105, 76, 118, 62, 4294967295, 94, 82, 39, 79, 112,
            145, 142, 108, 14, 71, 8, 150, 54, 18, 111, 69, 27, 141, 86, 83, 41, 36, 85,
            140, 154, 115, 146, 156, 25, 136, 48, 110, 26, 4, 121, 90, 75, 7, 155, 113,
            64, 38, 67, 34, 55, 31, 15, 50, 130, 132, 157, 95, 164, 43, 126, 29,
            4294967295, 91, 24, 68, 114, 127, 61, 158, 165, 99, 32, 89, 19, 23,
            4294967295, 151, 4294967295, 52, 162, 122, 12, 107, 80, 77, 4294967295, 72,
            139, 17, 171, 92, 3, 46, 129, 123, 96, 56, 93, 57, 4294967295, 4294967295,
            131, 4294967295, 106, 44, 5, 49, 65, 98, 66, 4294967295, 9, 128, 16, 149,
            137, 51, 4294967295, 30, 4294967295, 109, 170, 28, 70, 125, 101, 73, 2, 97,
            161, 160, 40, 134, 168, 104, 167, 4294967295, 119, 4294967295, 74, 147, 60,
            133, 59, 117, 4294967295, 102, 135, 159, 6, 4294967295, 148, 22, 87, 13, 124,
            21, 152, 4294967295, 84, 1, 42, 47, 35, 153, 78, 58, 20, 37, 10, 169, 163, 45,
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
    const PROVIDER: &'static str = "Tencent Cloud ECM";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud ECM's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud ECM: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
