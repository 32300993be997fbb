// @generated from catalogs/tencent/as_.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud AS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud AS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccountQualificationRestrictions`: no documented HTTP status; retry: never; category: unknown.
    /// Account qualification restrictions.
    AccountQualificationRestrictions,
    /// `CallCvmError`: no documented HTTP status; retry: never; category: unknown.
    /// Call cvm error.
    CallCvmError,
    /// `FailedOperation.NoActivityToGenerate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no activity to generate.
    FailedOperationNoActivityToGenerate,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.CallCmqError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: call cmq error.
    InternalErrorCallCmqError,
    /// `InternalError.CallError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: call error.
    InternalErrorCallError,
    /// `InternalError.CallLbError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: call lb error.
    InternalErrorCallLbError,
    /// `InternalError.CallMonitorError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: call monitor error.
    InternalErrorCallMonitorError,
    /// `InternalError.CallNotificationError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: call notification error.
    InternalErrorCallNotificationError,
    /// `InternalError.CallStsError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: call sts error.
    InternalErrorCallStsError,
    /// `InternalError.CallTATError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: call TAT error.
    InternalErrorCallTatError,
    /// `InternalError.CallTagError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: call tag error.
    InternalErrorCallTagError,
    /// `InternalError.CallTvpcError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: call tvpc error.
    InternalErrorCallTvpcError,
    /// `InternalError.CallVpcError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: call vpc error.
    InternalErrorCallVpcError,
    /// `InternalError.CalleeError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: callee error.
    InternalErrorCalleeError,
    /// `InternalError.RequestError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: request error.
    InternalErrorRequestError,
    /// `InvalidImageId.NotFound`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid image id: not found.
    InvalidImageIdNotFound,
    /// `InvalidLaunchConfiguration`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid launch configuration.
    InvalidLaunchConfiguration,
    /// `InvalidLaunchConfigurationId`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid launch configuration id.
    InvalidLaunchConfigurationId,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ActionNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: action not found.
    InvalidParameterActionNotFound,
    /// `InvalidParameter.Conflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: conflict.
    InvalidParameterConflict,
    /// `InvalidParameter.HostNameUnavailable`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: host name unavailable.
    InvalidParameterHostNameUnavailable,
    /// `InvalidParameter.InScenario`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: in scenario.
    InvalidParameterInScenario,
    /// `InvalidParameter.InvalidCombination`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid combination.
    InvalidParameterInvalidCombination,
    /// `InvalidParameter.LoadBalancerNotInAutoScalingGroup`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: load balancer not in auto scaling group.
    InvalidParameterLoadBalancerNotInAutoScalingGroup,
    /// `InvalidParameter.MustOneParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: must one parameter.
    InvalidParameterMustOneParameter,
    /// `InvalidParameter.ParameterDeprecated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: parameter deprecated.
    InvalidParameterParameterDeprecated,
    /// `InvalidParameter.ParameterMustBeDeleted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: parameter must be deleted.
    InvalidParameterParameterMustBeDeleted,
    /// `InvalidParameterConflict`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid parameter conflict.
    InvalidParameterConflict2,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.AccountNotSupportBandwidthPackageId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: account not support bandwidth package id.
    InvalidParameterValueAccountNotSupportBandwidthPackageId,
    /// `InvalidParameterValue.AssertDesiredCapacityFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: assert desired capacity failed.
    InvalidParameterValueAssertDesiredCapacityFailed,
    /// `InvalidParameterValue.BaseCapacityTooLarge`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: base capacity too large.
    InvalidParameterValueBaseCapacityTooLarge,
    /// `InvalidParameterValue.BatchNumberTooLarge`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: batch number too large.
    InvalidParameterValueBatchNumberTooLarge,
    /// `InvalidParameterValue.ClassicLb`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: classic lb.
    InvalidParameterValueClassicLb,
    /// `InvalidParameterValue.ConflictNotificationTarget`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: conflict notification target.
    InvalidParameterValueConflictNotificationTarget,
    /// `InvalidParameterValue.CronExpressionIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cron expression illegal.
    InvalidParameterValueCronExpressionIllegal,
    /// `InvalidParameterValue.CvmConfigurationError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cvm configuration error.
    InvalidParameterValueCvmConfigurationError,
    /// `InvalidParameterValue.CvmError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cvm error.
    InvalidParameterValueCvmError,
    /// `InvalidParameterValue.DuplicatedForwardLb`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicated forward lb.
    InvalidParameterValueDuplicatedForwardLb,
    /// `InvalidParameterValue.DuplicatedSubnet`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicated subnet.
    InvalidParameterValueDuplicatedSubnet,
    /// `InvalidParameterValue.EndTimeBeforeStartTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: end time before start time.
    InvalidParameterValueEndTimeBeforeStartTime,
    /// `InvalidParameterValue.Filter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: filter.
    InvalidParameterValueFilter,
    /// `InvalidParameterValue.ForwardLb`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: forward lb.
    InvalidParameterValueForwardLb,
    /// `InvalidParameterValue.GroupNameDuplicated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group name duplicated.
    InvalidParameterValueGroupNameDuplicated,
    /// `InvalidParameterValue.HostNameIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: host name illegal.
    InvalidParameterValueHostNameIllegal,
    /// `InvalidParameterValue.HostNameWithSuffixTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: host name with suffix too long.
    InvalidParameterValueHostNameWithSuffixTooLong,
    /// `InvalidParameterValue.IPv6InternetChargeType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: IPv6 internet charge type.
    InvalidParameterValueIPv6InternetChargeType,
    /// `InvalidParameterValue.ImageNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image not found.
    InvalidParameterValueImageNotFound,
    /// `InvalidParameterValue.InstanceNameIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance name illegal.
    InvalidParameterValueInstanceNameIllegal,
    /// `InvalidParameterValue.InstanceNameWithSuffixTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance name with suffix too long.
    InvalidParameterValueInstanceNameWithSuffixTooLong,
    /// `InvalidParameterValue.InstanceTypeNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance type not supported.
    InvalidParameterValueInstanceTypeNotSupported,
    /// `InvalidParameterValue.InvalidActivityId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid activity id.
    InvalidParameterValueInvalidActivityId,
    /// `InvalidParameterValue.InvalidAutoScalingGroupId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid auto scaling group id.
    InvalidParameterValueInvalidAutoScalingGroupId,
    /// `InvalidParameterValue.InvalidAutoScalingNotificationId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid auto scaling notification id.
    InvalidParameterValueInvalidAutoScalingNotificationId,
    /// `InvalidParameterValue.InvalidAutoScalingPolicyId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid auto scaling policy id.
    InvalidParameterValueInvalidAutoScalingPolicyId,
    /// `InvalidParameterValue.InvalidClbRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid clb region.
    InvalidParameterValueInvalidClbRegion,
    /// `InvalidParameterValue.InvalidDisasterRecoverGroupId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid disaster recover group id.
    InvalidParameterValueInvalidDisasterRecoverGroupId,
    /// `InvalidParameterValue.InvalidFilter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid filter.
    InvalidParameterValueInvalidFilter,
    /// `InvalidParameterValue.InvalidHpcClusterId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid hpc cluster id.
    InvalidParameterValueInvalidHpcClusterId,
    /// `InvalidParameterValue.InvalidImageId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid image id.
    InvalidParameterValueInvalidImageId,
    /// `InvalidParameterValue.InvalidInstanceId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid instance id.
    InvalidParameterValueInvalidInstanceId,
    /// `InvalidParameterValue.InvalidInstanceType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid instance type.
    InvalidParameterValueInvalidInstanceType,
    /// `InvalidParameterValue.InvalidLaunchConfiguration`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid launch configuration.
    InvalidParameterValueInvalidLaunchConfiguration,
    /// `InvalidParameterValue.InvalidLaunchConfigurationId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid launch configuration id.
    InvalidParameterValueInvalidLaunchConfigurationId,
    /// `InvalidParameterValue.InvalidLifecycleHookId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid lifecycle hook id.
    InvalidParameterValueInvalidLifecycleHookId,
    /// `InvalidParameterValue.InvalidNotificationUserGroupId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid notification user group id.
    InvalidParameterValueInvalidNotificationUserGroupId,
    /// `InvalidParameterValue.InvalidScheduledActionId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid scheduled action id.
    InvalidParameterValueInvalidScheduledActionId,
    /// `InvalidParameterValue.InvalidScheduledActionNameIncludeIllegalChar`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid scheduled action name include illegal char.
    InvalidParameterValueInvalidScheduledActionNameIncludeIllegalChar,
    /// `InvalidParameterValue.InvalidSecurityGroupId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid security group id.
    InvalidParameterValueInvalidSecurityGroupId,
    /// `InvalidParameterValue.InvalidSnapshotId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid snapshot id.
    InvalidParameterValueInvalidSnapshotId,
    /// `InvalidParameterValue.InvalidSubnetId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid subnet id.
    InvalidParameterValueInvalidSubnetId,
    /// `InvalidParameterValue.LaunchConfigurationNameDuplicated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: launch configuration name duplicated.
    InvalidParameterValueLaunchConfigurationNameDuplicated,
    /// `InvalidParameterValue.LaunchConfigurationNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: launch configuration not found.
    InvalidParameterValueLaunchConfigurationNotFound,
    /// `InvalidParameterValue.LbProjectInconsistent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lb project inconsistent.
    InvalidParameterValueLbProjectInconsistent,
    /// `InvalidParameterValue.LifecycleHookNameDuplicated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lifecycle hook name duplicated.
    InvalidParameterValueLifecycleHookNameDuplicated,
    /// `InvalidParameterValue.LimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit exceeded.
    InvalidParameterValueLimitExceeded,
    /// `InvalidParameterValue.ListenerTargetTypeNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: listener target type not supported.
    InvalidParameterValueListenerTargetTypeNotSupported,
    /// `InvalidParameterValue.MaxSurgeTooLarge`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: max surge too large.
    InvalidParameterValueMaxSurgeTooLarge,
    /// `InvalidParameterValue.MissingBandwidthPackageId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: missing bandwidth package id.
    InvalidParameterValueMissingBandwidthPackageId,
    /// `InvalidParameterValue.NoResourcePermission`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: no resource permission.
    InvalidParameterValueNoResourcePermission,
    /// `InvalidParameterValue.NotStringTypeFloat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not string type float.
    InvalidParameterValueNotStringTypeFloat,
    /// `InvalidParameterValue.OnlyVpc`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: only vpc.
    InvalidParameterValueOnlyVpc,
    /// `InvalidParameterValue.ProjectIdNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: project id not found.
    InvalidParameterValueProjectIdNotFound,
    /// `InvalidParameterValue.Range`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: range.
    InvalidParameterValueRange,
    /// `InvalidParameterValue.ScalingPolicyNameDuplicate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: scaling policy name duplicate.
    InvalidParameterValueScalingPolicyNameDuplicate,
    /// `InvalidParameterValue.ScheduledActionNameDuplicate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: scheduled action name duplicate.
    InvalidParameterValueScheduledActionNameDuplicate,
    /// `InvalidParameterValue.Size`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: size.
    InvalidParameterValueSize,
    /// `InvalidParameterValue.StartTimeBeforeCurrentTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: start time before current time.
    InvalidParameterValueStartTimeBeforeCurrentTime,
    /// `InvalidParameterValue.SubnetIds`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subnet ids.
    InvalidParameterValueSubnetIds,
    /// `InvalidParameterValue.SubnetNotInDedicatedCluster`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subnet not in dedicated cluster.
    InvalidParameterValueSubnetNotInDedicatedCluster,
    /// `InvalidParameterValue.TargetPortDuplicated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: target port duplicated.
    InvalidParameterValueTargetPortDuplicated,
    /// `InvalidParameterValue.TargetPortDuplicatedInForwardLb`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: target port duplicated in forward lb.
    InvalidParameterValueTargetPortDuplicatedInForwardLb,
    /// `InvalidParameterValue.TargetTrackingScalingPolicy`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: target tracking scaling policy.
    InvalidParameterValueTargetTrackingScalingPolicy,
    /// `InvalidParameterValue.ThresholdOutOfRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: threshold out of range.
    InvalidParameterValueThresholdOutOfRange,
    /// `InvalidParameterValue.TimeFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: time format.
    InvalidParameterValueTimeFormat,
    /// `InvalidParameterValue.TooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too long.
    InvalidParameterValueTooLong,
    /// `InvalidParameterValue.TooShort`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too short.
    InvalidParameterValueTooShort,
    /// `InvalidParameterValue.UserDataFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: user data format error.
    InvalidParameterValueUserDataFormatError,
    /// `InvalidParameterValue.UserDataSizeExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: user data size exceeded.
    InvalidParameterValueUserDataSizeExceeded,
    /// `InvalidParameterValue.UserGroupIdNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: user group id not found.
    InvalidParameterValueUserGroupIdNotFound,
    /// `InvalidParameterValue.ZoneMismatchRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: zone mismatch region.
    InvalidParameterValueZoneMismatchRegion,
    /// `InvalidPermission`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid permission.
    InvalidPermission,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.AfterAttachLbLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: after attach lb limit exceeded.
    LimitExceededAfterAttachLbLimitExceeded,
    /// `LimitExceeded.AutoScalingGroupLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: auto scaling group limit exceeded.
    LimitExceededAutoScalingGroupLimitExceeded,
    /// `LimitExceeded.DesiredCapacityLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: desired capacity limit exceeded.
    LimitExceededDesiredCapacityLimitExceeded,
    /// `LimitExceeded.FilterValuesTooLong`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: filter values too long.
    LimitExceededFilterValuesTooLong,
    /// `LimitExceeded.LaunchConfigurationQuotaNotEnough`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: launch configuration quota not enough.
    LimitExceededLaunchConfigurationQuotaNotEnough,
    /// `LimitExceeded.MaxSizeLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: max size limit exceeded.
    LimitExceededMaxSizeLimitExceeded,
    /// `LimitExceeded.MinSizeLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: min size limit exceeded.
    LimitExceededMinSizeLimitExceeded,
    /// `LimitExceeded.QuotaNotEnough`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: quota not enough.
    LimitExceededQuotaNotEnough,
    /// `LimitExceeded.ScheduledActionLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: scheduled action limit exceeded.
    LimitExceededScheduledActionLimitExceeded,
    /// `LimitExceeded.TargetTrackingScalingPolicy`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: target tracking scaling policy.
    LimitExceededTargetTrackingScalingPolicy,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.InScenario`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: in scenario.
    MissingParameterInScenario,
    /// `MissingParameter.InstanceMarketOptions`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: instance market options.
    MissingParameterInstanceMarketOptions,
    /// `ResourceInUse.ActivityInProgress`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: activity in progress.
    ResourceInUseActivityInProgress,
    /// `ResourceInUse.AutoScalingGroupNotActive`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: auto scaling group not active.
    ResourceInUseAutoScalingGroupNotActive,
    /// `ResourceInUse.InstanceInGroup`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: instance in group.
    ResourceInUseInstanceInGroup,
    /// `ResourceInUse.LaunchConfigurationIdInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: launch configuration id in use.
    ResourceInUseLaunchConfigurationIdInUse,
    /// `ResourceInsufficient.AutoScalingGroupAboveMaxSize`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: auto scaling group above max size.
    ResourceInsufficientAutoScalingGroupAboveMaxSize,
    /// `ResourceInsufficient.AutoScalingGroupBelowMinSize`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: auto scaling group below min size.
    ResourceInsufficientAutoScalingGroupBelowMinSize,
    /// `ResourceInsufficient.InServiceInstanceAboveMaxSize`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: in service instance above max size.
    ResourceInsufficientInServiceInstanceAboveMaxSize,
    /// `ResourceInsufficient.InServiceInstanceBelowMinSize`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: in service instance below min size.
    ResourceInsufficientInServiceInstanceBelowMinSize,
    /// `ResourceNotFound.AutoScalingGroupIdNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: auto scaling group id not found.
    ResourceNotFoundAutoScalingGroupIdNotFound,
    /// `ResourceNotFound.AutoScalingGroupNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: auto scaling group not found.
    ResourceNotFoundAutoScalingGroupNotFound,
    /// `ResourceNotFound.AutoScalingNotificationNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: auto scaling notification not found.
    ResourceNotFoundAutoScalingNotificationNotFound,
    /// `ResourceNotFound.BandwidthPackageIdNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: bandwidth package id not found.
    ResourceNotFoundBandwidthPackageIdNotFound,
    /// `ResourceNotFound.ClassicLoadBalancerNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: classic load balancer not found.
    ResourceNotFoundClassicLoadBalancerNotFound,
    /// `ResourceNotFound.CmqQueueNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cmq queue not found.
    ResourceNotFoundCmqQueueNotFound,
    /// `ResourceNotFound.CommandNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: command not found.
    ResourceNotFoundCommandNotFound,
    /// `ResourceNotFound.DisasterRecoverGroupNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: disaster recover group not found.
    ResourceNotFoundDisasterRecoverGroupNotFound,
    /// `ResourceNotFound.InstancesNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instances not found.
    ResourceNotFoundInstancesNotFound,
    /// `ResourceNotFound.InstancesNotInAutoScalingGroup`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instances not in auto scaling group.
    ResourceNotFoundInstancesNotInAutoScalingGroup,
    /// `ResourceNotFound.LaunchConfigurationIdNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: launch configuration id not found.
    ResourceNotFoundLaunchConfigurationIdNotFound,
    /// `ResourceNotFound.LifecycleHookInstanceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: lifecycle hook instance not found.
    ResourceNotFoundLifecycleHookInstanceNotFound,
    /// `ResourceNotFound.LifecycleHookNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: lifecycle hook not found.
    ResourceNotFoundLifecycleHookNotFound,
    /// `ResourceNotFound.LifecycleHookTokenNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: lifecycle hook token not found.
    ResourceNotFoundLifecycleHookTokenNotFound,
    /// `ResourceNotFound.ListenerNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: listener not found.
    ResourceNotFoundListenerNotFound,
    /// `ResourceNotFound.LoadBalancerNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: load balancer not found.
    ResourceNotFoundLoadBalancerNotFound,
    /// `ResourceNotFound.LoadBalancerNotInAutoScalingGroup`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: load balancer not in auto scaling group.
    ResourceNotFoundLoadBalancerNotInAutoScalingGroup,
    /// `ResourceNotFound.LocationNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: location not found.
    ResourceNotFoundLocationNotFound,
    /// `ResourceNotFound.RefreshActivityNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: refresh activity not found.
    ResourceNotFoundRefreshActivityNotFound,
    /// `ResourceNotFound.ScalingPolicyNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: scaling policy not found.
    ResourceNotFoundScalingPolicyNotFound,
    /// `ResourceNotFound.ScheduledActionNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: scheduled action not found.
    ResourceNotFoundScheduledActionNotFound,
    /// `ResourceNotFound.TDMQCMQQueueNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: TDMQCMQ queue not found.
    ResourceNotFoundTdmqcmqQueueNotFound,
    /// `ResourceNotFound.TDMQCMQTopicNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: TDMQCMQ topic not found.
    ResourceNotFoundTdmqcmqTopicNotFound,
    /// `ResourceUnavailable.AutoScalingGroupAbnormalStatus`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: auto scaling group abnormal status.
    ResourceUnavailableAutoScalingGroupAbnormalStatus,
    /// `ResourceUnavailable.AutoScalingGroupDisabled`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: auto scaling group disabled.
    ResourceUnavailableAutoScalingGroupDisabled,
    /// `ResourceUnavailable.AutoScalingGroupInActivity`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: auto scaling group in activity.
    ResourceUnavailableAutoScalingGroupInActivity,
    /// `ResourceUnavailable.AutoScalingGroupInRefreshActivity`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: auto scaling group in refresh activity.
    ResourceUnavailableAutoScalingGroupInRefreshActivity,
    /// `ResourceUnavailable.CmqTopicHasNoSubscriber`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cmq topic has no subscriber.
    ResourceUnavailableCmqTopicHasNoSubscriber,
    /// `ResourceUnavailable.CvmVpcInconsistent`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cvm vpc inconsistent.
    ResourceUnavailableCvmVpcInconsistent,
    /// `ResourceUnavailable.ForbiddenModifyVpc`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: forbidden modify vpc.
    ResourceUnavailableForbiddenModifyVpc,
    /// `ResourceUnavailable.InquiryPriceResetInstanceFailed`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: inquiry price reset instance failed.
    ResourceUnavailableInquiryPriceResetInstanceFailed,
    /// `ResourceUnavailable.InstanceCannotAttach`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance cannot attach.
    ResourceUnavailableInstanceCannotAttach,
    /// `ResourceUnavailable.InstanceInOperation`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance in operation.
    ResourceUnavailableInstanceInOperation,
    /// `ResourceUnavailable.InstanceNotSupportStopCharging`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance not support stop charging.
    ResourceUnavailableInstanceNotSupportStopCharging,
    /// `ResourceUnavailable.InstancesAlreadyInAutoScalingGroup`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instances already in auto scaling group.
    ResourceUnavailableInstancesAlreadyInAutoScalingGroup,
    /// `ResourceUnavailable.LaunchConfigurationStatusAbnormal`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: launch configuration status abnormal.
    ResourceUnavailableLaunchConfigurationStatusAbnormal,
    /// `ResourceUnavailable.LbBackendRegionInconsistent`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: lb backend region inconsistent.
    ResourceUnavailableLbBackendRegionInconsistent,
    /// `ResourceUnavailable.LbProjectInconsistent`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: lb project inconsistent.
    ResourceUnavailableLbProjectInconsistent,
    /// `ResourceUnavailable.LbVpcInconsistent`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: lb vpc inconsistent.
    ResourceUnavailableLbVpcInconsistent,
    /// `ResourceUnavailable.LifecycleActionResultHasSet`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: lifecycle action result has set.
    ResourceUnavailableLifecycleActionResultHasSet,
    /// `ResourceUnavailable.LoadBalancerInOperation`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: load balancer in operation.
    ResourceUnavailableLoadBalancerInOperation,
    /// `ResourceUnavailable.NoInstanceCanRefresh`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: no instance can refresh.
    ResourceUnavailableNoInstanceCanRefresh,
    /// `ResourceUnavailable.NoInstanceCanRollback`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: no instance can rollback.
    ResourceUnavailableNoInstanceCanRollback,
    /// `ResourceUnavailable.ProjectInconsistent`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: project inconsistent.
    ResourceUnavailableProjectInconsistent,
    /// `ResourceUnavailable.RefreshActivityCanNotRollback`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: refresh activity can not rollback.
    ResourceUnavailableRefreshActivityCanNotRollback,
    /// `ResourceUnavailable.RefreshActivityStatusConflictWithOperation`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: refresh activity status conflict with operation.
    ResourceUnavailableRefreshActivityStatusConflictWithOperation,
    /// `ResourceUnavailable.RollbackTypeActivityCanNotRollbackAgain`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: rollback type activity can not rollback again.
    ResourceUnavailableRollbackTypeActivityCanNotRollbackAgain,
    /// `ResourceUnavailable.StoppedInstanceNotAllowAttach`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: stopped instance not allow attach.
    ResourceUnavailableStoppedInstanceNotAllowAttach,
    /// `ResourceUnavailable.TDMQCMQTopicHasNoSubscriber`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: TDMQCMQ topic has no subscriber.
    ResourceUnavailableTdmqcmqTopicHasNoSubscriber,
    /// `ResourceUnavailable.ZoneUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: zone unavailable.
    ResourceUnavailableZoneUnavailable,
    /// `UnauthorizedOperation.AutoScalingRoleUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: auto scaling role unauthorized.
    UnauthorizedOperationAutoScalingRoleUnauthorized,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 178] = [
        "AccountQualificationRestrictions",
        "CallCvmError",
        "FailedOperation.NoActivityToGenerate",
        "InternalError",
        "InternalError.CallCmqError",
        "InternalError.CallError",
        "InternalError.CallLbError",
        "InternalError.CallMonitorError",
        "InternalError.CallNotificationError",
        "InternalError.CallStsError",
        "InternalError.CallTATError",
        "InternalError.CallTagError",
        "InternalError.CallTvpcError",
        "InternalError.CallVpcError",
        "InternalError.CalleeError",
        "InternalError.RequestError",
        "InvalidImageId.NotFound",
        "InvalidLaunchConfiguration",
        "InvalidLaunchConfigurationId",
        "InvalidParameter",
        "InvalidParameter.ActionNotFound",
        "InvalidParameter.Conflict",
        "InvalidParameter.HostNameUnavailable",
        "InvalidParameter.InScenario",
        "InvalidParameter.InvalidCombination",
        "InvalidParameter.LoadBalancerNotInAutoScalingGroup",
        "InvalidParameter.MustOneParameter",
        "InvalidParameter.ParameterDeprecated",
        "InvalidParameter.ParameterMustBeDeleted",
        "InvalidParameterConflict",
        "InvalidParameterValue",
        "InvalidParameterValue.AccountNotSupportBandwidthPackageId",
        "InvalidParameterValue.AssertDesiredCapacityFailed",
        "InvalidParameterValue.BaseCapacityTooLarge",
        "InvalidParameterValue.BatchNumberTooLarge",
        "InvalidParameterValue.ClassicLb",
        "InvalidParameterValue.ConflictNotificationTarget",
        "InvalidParameterValue.CronExpressionIllegal",
        "InvalidParameterValue.CvmConfigurationError",
        "InvalidParameterValue.CvmError",
        "InvalidParameterValue.DuplicatedForwardLb",
        "InvalidParameterValue.DuplicatedSubnet",
        "InvalidParameterValue.EndTimeBeforeStartTime",
        "InvalidParameterValue.Filter",
        "InvalidParameterValue.ForwardLb",
        "InvalidParameterValue.GroupNameDuplicated",
        "InvalidParameterValue.HostNameIllegal",
        "InvalidParameterValue.HostNameWithSuffixTooLong",
        "InvalidParameterValue.IPv6InternetChargeType",
        "InvalidParameterValue.ImageNotFound",
        "InvalidParameterValue.InstanceNameIllegal",
        "InvalidParameterValue.InstanceNameWithSuffixTooLong",
        "InvalidParameterValue.InstanceTypeNotSupported",
        "InvalidParameterValue.InvalidActivityId",
        "InvalidParameterValue.InvalidAutoScalingGroupId",
        "InvalidParameterValue.InvalidAutoScalingNotificationId",
        "InvalidParameterValue.InvalidAutoScalingPolicyId",
        "InvalidParameterValue.InvalidClbRegion",
        "InvalidParameterValue.InvalidDisasterRecoverGroupId",
        "InvalidParameterValue.InvalidFilter",
        "InvalidParameterValue.InvalidHpcClusterId",
        "InvalidParameterValue.InvalidImageId",
        "InvalidParameterValue.InvalidInstanceId",
        "InvalidParameterValue.InvalidInstanceType",
        "InvalidParameterValue.InvalidLaunchConfiguration",
        "InvalidParameterValue.InvalidLaunchConfigurationId",
        "InvalidParameterValue.InvalidLifecycleHookId",
        "InvalidParameterValue.InvalidNotificationUserGroupId",
        "InvalidParameterValue.InvalidScheduledActionId",
        "InvalidParameterValue.InvalidScheduledActionNameIncludeIllegalChar",
        "InvalidParameterValue.InvalidSecurityGroupId",
        "InvalidParameterValue.InvalidSnapshotId",
        "InvalidParameterValue.InvalidSubnetId",
        "InvalidParameterValue.LaunchConfigurationNameDuplicated",
        "InvalidParameterValue.LaunchConfigurationNotFound",
        "InvalidParameterValue.LbProjectInconsistent",
        "InvalidParameterValue.LifecycleHookNameDuplicated",
        "InvalidParameterValue.LimitExceeded",
        "InvalidParameterValue.ListenerTargetTypeNotSupported",
        "InvalidParameterValue.MaxSurgeTooLarge",
        "InvalidParameterValue.MissingBandwidthPackageId",
        "InvalidParameterValue.NoResourcePermission",
        "InvalidParameterValue.NotStringTypeFloat",
        "InvalidParameterValue.OnlyVpc",
        "InvalidParameterValue.ProjectIdNotFound",
        "InvalidParameterValue.Range",
        "InvalidParameterValue.ScalingPolicyNameDuplicate",
        "InvalidParameterValue.ScheduledActionNameDuplicate",
        "InvalidParameterValue.Size",
        "InvalidParameterValue.StartTimeBeforeCurrentTime",
        "InvalidParameterValue.SubnetIds",
        "InvalidParameterValue.SubnetNotInDedicatedCluster",
        "InvalidParameterValue.TargetPortDuplicated",
        "InvalidParameterValue.TargetPortDuplicatedInForwardLb",
        "InvalidParameterValue.TargetTrackingScalingPolicy",
        "InvalidParameterValue.ThresholdOutOfRange",
        "InvalidParameterValue.TimeFormat",
        "InvalidParameterValue.TooLong",
        "InvalidParameterValue.TooShort",
        "InvalidParameterValue.UserDataFormatError",
        "InvalidParameterValue.UserDataSizeExceeded",
        "InvalidParameterValue.UserGroupIdNotFound",
        "InvalidParameterValue.ZoneMismatchRegion",
        "InvalidPermission",
        "LimitExceeded",
        "LimitExceeded.AfterAttachLbLimitExceeded",
        "LimitExceeded.AutoScalingGroupLimitExceeded",
        "LimitExceeded.DesiredCapacityLimitExceeded",
        "LimitExceeded.FilterValuesTooLong",
        "LimitExceeded.LaunchConfigurationQuotaNotEnough",
        "LimitExceeded.MaxSizeLimitExceeded",
        "LimitExceeded.MinSizeLimitExceeded",
        "LimitExceeded.QuotaNotEnough",
        "LimitExceeded.ScheduledActionLimitExceeded",
        "LimitExceeded.TargetTrackingScalingPolicy",
        "MissingParameter",
        "MissingParameter.InScenario",
        "MissingParameter.InstanceMarketOptions",
        "ResourceInUse.ActivityInProgress",
        "ResourceInUse.AutoScalingGroupNotActive",
        "ResourceInUse.InstanceInGroup",
        "ResourceInUse.LaunchConfigurationIdInUse",
        "ResourceInsufficient.AutoScalingGroupAboveMaxSize",
        "ResourceInsufficient.AutoScalingGroupBelowMinSize",
        "ResourceInsufficient.InServiceInstanceAboveMaxSize",
        "ResourceInsufficient.InServiceInstanceBelowMinSize",
        "ResourceNotFound.AutoScalingGroupIdNotFound",
        "ResourceNotFound.AutoScalingGroupNotFound",
        "ResourceNotFound.AutoScalingNotificationNotFound",
        "ResourceNotFound.BandwidthPackageIdNotFound",
        "ResourceNotFound.ClassicLoadBalancerNotFound",
        "ResourceNotFound.CmqQueueNotFound",
        "ResourceNotFound.CommandNotFound",
        "ResourceNotFound.DisasterRecoverGroupNotFound",
        "ResourceNotFound.InstancesNotFound",
        "ResourceNotFound.InstancesNotInAutoScalingGroup",
        "ResourceNotFound.LaunchConfigurationIdNotFound",
        "ResourceNotFound.LifecycleHookInstanceNotFound",
        "ResourceNotFound.LifecycleHookNotFound",
        "ResourceNotFound.LifecycleHookTokenNotFound",
        "ResourceNotFound.ListenerNotFound",
        "ResourceNotFound.LoadBalancerNotFound",
        "ResourceNotFound.LoadBalancerNotInAutoScalingGroup",
        "ResourceNotFound.LocationNotFound",
        "ResourceNotFound.RefreshActivityNotFound",
        "ResourceNotFound.ScalingPolicyNotFound",
        "ResourceNotFound.ScheduledActionNotFound",
        "ResourceNotFound.TDMQCMQQueueNotFound",
        "ResourceNotFound.TDMQCMQTopicNotFound",
        "ResourceUnavailable.AutoScalingGroupAbnormalStatus",
        "ResourceUnavailable.AutoScalingGroupDisabled",
        "ResourceUnavailable.AutoScalingGroupInActivity",
        "ResourceUnavailable.AutoScalingGroupInRefreshActivity",
        "ResourceUnavailable.CmqTopicHasNoSubscriber",
        "ResourceUnavailable.CvmVpcInconsistent",
        "ResourceUnavailable.ForbiddenModifyVpc",
        "ResourceUnavailable.InquiryPriceResetInstanceFailed",
        "ResourceUnavailable.InstanceCannotAttach",
        "ResourceUnavailable.InstanceInOperation",
        "ResourceUnavailable.InstanceNotSupportStopCharging",
        "ResourceUnavailable.InstancesAlreadyInAutoScalingGroup",
        "ResourceUnavailable.LaunchConfigurationStatusAbnormal",
        "ResourceUnavailable.LbBackendRegionInconsistent",
        "ResourceUnavailable.LbProjectInconsistent",
        "ResourceUnavailable.LbVpcInconsistent",
        "ResourceUnavailable.LifecycleActionResultHasSet",
        "ResourceUnavailable.LoadBalancerInOperation",
        "ResourceUnavailable.NoInstanceCanRefresh",
        "ResourceUnavailable.NoInstanceCanRollback",
        "ResourceUnavailable.ProjectInconsistent",
        "ResourceUnavailable.RefreshActivityCanNotRollback",
        "ResourceUnavailable.RefreshActivityStatusConflictWithOperation",
        "ResourceUnavailable.RollbackTypeActivityCanNotRollbackAgain",
        "ResourceUnavailable.StoppedInstanceNotAllowAttach",
        "ResourceUnavailable.TDMQCMQTopicHasNoSubscriber",
        "ResourceUnavailable.ZoneUnavailable",
        "UnauthorizedOperation.AutoScalingRoleUnauthorized",
        "UnsupportedOperation",
    ];
    static NAME_CODES: [u32; 5] = [10, 29, 147, 148, 174];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InternalErrorCallTatErrorInvalidParameterConflict2ResourceNotFoundTdmqcmqQueueNotFoundResourceNotFoundTdmqcmqTopicNotFoundResourceUnavailableTdmqcmqTopicHasNoSubscriber",
        ends: &[0, 25, 50, 86, 122, 168],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Account qualification restrictions.Call cvm error.The operation failed: no activity to generate.An internal error occurred.An internal error occurred: call cmq error.An internal error occurred: call error.An internal error occurred: call lb error.An internal error occurred: call monitor error.An internal error occurred: call notification error.An internal error occurred: call sts error.An internal error occurred: call TAT error.An internal error occurred: call tag error.An internal error occurred: call tvpc error.An internal error occurred: call vpc error.An internal error occurred: callee error.An internal error occurred: request error.Invalid image id: not found.Invalid launch configuration.Invalid launch configuration id.A parameter is invalid.A parameter is invalid: action not found.A parameter is invalid: conflict.A parameter is invalid: host name unavailable.A parameter is invalid: in scenario.A parameter is invalid: invalid combination.A parameter is invalid: load balancer not in auto scaling group.A parameter is invalid: must one parameter.A parameter is invalid: parameter deprecated.A parameter is invalid: parameter must be deleted.Invalid parameter conflict.A parameter value is invalid.A parameter value is invalid: account not support bandwidth package id.A parameter value is invalid: assert desired capacity failed.A parameter value is invalid: base capacity too large.A parameter value is invalid: batch number too large.A parameter value is invalid: classic lb.A parameter value is invalid: conflict notification target.A parameter value is invalid: cron expression illegal.A parameter value is invalid: cvm configuration error.A parameter value is invalid: cvm error.A parameter value is invalid: duplicated forward lb.A parameter value is invalid: duplicated subnet.A parameter value is invalid: end time before start time.A parameter value is invalid: filter.A parameter value is invalid: forward lb.A parameter value is invalid: group name duplicated.A parameter value is invalid: host name illegal.A parameter value is invalid: host name with suffix too long.A parameter value is invalid: IPv6 internet charge type.A parameter value is invalid: image not found.A parameter value is invalid: instance name illegal.A parameter value is invalid: instance name with suffix too long.A parameter value is invalid: instance type not supported.A parameter value is invalid: invalid activity id.A parameter value is invalid: invalid auto scaling group id.A parameter value is invalid: invalid auto scaling notification id.A parameter value is invalid: invalid auto scaling policy id.A parameter value is invalid: invalid clb region.A parameter value is invalid: invalid disaster recover group id.A parameter value is invalid: invalid filter.A parameter value is invalid: invalid hpc cluster id.A parameter value is invalid: invalid image id.A parameter value is invalid: invalid instance id.A parameter value is invalid: invalid instance type.A parameter value is invalid: invalid launch configuration.A parameter value is invalid: invalid launch configuration id.A parameter value is invalid: invalid lifecycle hook id.A parameter value is invalid: invalid notification user group id.A parameter value is invalid: invalid scheduled action id.A parameter value is invalid: invalid scheduled action name include illegal char.A parameter value is invalid: invalid security group id.A parameter value is invalid: invalid snapshot id.A parameter value is invalid: invalid subnet id.A parameter value is invalid: launch configuration name duplicated.A parameter value is invalid: launch configuration not found.A parameter value is invalid: lb project inconsistent.A parameter value is invalid: lifecycle hook name duplicated.A parameter value is invalid: limit exceeded.A parameter value is invalid: listener target type not supported.A parameter value is invalid: max surge too large.A parameter value is invalid: missing bandwidth package id.A parameter value is invalid: no resource permission.A parameter value is invalid: not string type float.A parameter value is invalid: only vpc.A parameter value is invalid: project id not found.A parameter value is invalid: range.A parameter value is invalid: scaling policy name duplicate.A parameter value is invalid: scheduled action name duplicate.A parameter value is invalid: size.A parameter value is invalid: start time before current time.A parameter value is invalid: subnet ids.A parameter value is invalid: subnet not in dedicated cluster.A parameter value is invalid: target port duplicated.A parameter value is invalid: target port duplicated in forward lb.A parameter value is invalid: target tracking scaling policy.A parameter value is invalid: threshold out of range.A parameter value is invalid: time format.A parameter value is invalid: too long.A parameter value is invalid: too short.A parameter value is invalid: user data format error.A parameter value is invalid: user data size exceeded.A parameter value is invalid: user group id not found.A parameter value is invalid: zone mismatch region.Invalid permission.A limit was exceeded.A limit was exceeded: after attach lb limit exceeded.A limit was exceeded: auto scaling group limit exceeded.A limit was exceeded: desired capacity limit exceeded.A limit was exceeded: filter values too long.A limit was exceeded: launch configuration quota not enough.A limit was exceeded: max size limit exceeded.A limit was exceeded: min size limit exceeded.A limit was exceeded: quota not enough.A limit was exceeded: scheduled action limit exceeded.A limit was exceeded: target tracking scaling policy.A required parameter is missing.A required parameter is missing: in scenario.A required parameter is missing: instance market options.The resource is in use: activity in progress.The resource is in use: auto scaling group not active.The resource is in use: instance in group.The resource is in use: launch configuration id in use.Resources are insufficient: auto scaling group above max size.Resources are insufficient: auto scaling group below min size.Resources are insufficient: in service instance above max size.Resources are insufficient: in service instance below min size.The resource was not found: auto scaling group id not found.The resource was not found: auto scaling group not found.The resource was not found: auto scaling notification not found.The resource was not found: bandwidth package id not found.The resource was not found: classic load balancer not found.The resource was not found: cmq queue not found.The resource was not found: command not found.The resource was not found: disaster recover group not found.The resource was not found: instances not found.The resource was not found: instances not in auto scaling group.The resource was not found: launch configuration id not found.The resource was not found: lifecycle hook instance not found.The resource was not found: lifecycle hook not found.The resource was not found: lifecycle hook token not found.The resource was not found: listener not found.The resource was not found: load balancer not found.The resource was not found: load balancer not in auto scaling group.The resource was not found: location not found.The resource was not found: refresh activity not found.The resource was not found: scaling policy not found.The resource was not found: scheduled action not found.The resource was not found: TDMQCMQ queue not found.The resource was not found: TDMQCMQ topic not found.The resource is unavailable: auto scaling group abnormal status.The resource is unavailable: auto scaling group disabled.The resource is unavailable: auto scaling group in activity.The resource is unavailable: auto scaling group in refresh activity.The resource is unavailable: cmq topic has no subscriber.The resource is unavailable: cvm vpc inconsistent.The resource is unavailable: forbidden modify vpc.The resource is unavailable: inquiry price reset instance failed.The resource is unavailable: instance cannot attach.The resource is unavailable: instance in operation.The resource is unavailable: instance not support stop charging.The resource is unavailable: instances already in auto scaling group.The resource is unavailable: launch configuration status abnormal.The resource is unavailable: lb backend region inconsistent.The resource is unavailable: lb project inconsistent.The resource is unavailable: lb vpc inconsistent.The resource is unavailable: lifecycle action result has set.The resource is unavailable: load balancer in operation.The resource is unavailable: no instance can refresh.The resource is unavailable: no instance can rollback.The resource is unavailable: project inconsistent.The resource is unavailable: refresh activity can not rollback.The resource is unavailable: refresh activity status conflict with operation.The resource is unavailable: rollback type activity can not rollback again.The resource is unavailable: stopped instance not allow attach.The resource is unavailable: TDMQCMQ topic has no subscriber.The resource is unavailable: zone unavailable.The operation is not authorized: auto scaling role unauthorized.The operation is not supported.",
        ends: &[
            0, 35, 50, 96, 123, 166, 205, 247, 294, 346, 389, 432, 475, 519, 562, 603,
            645, 673, 702, 734, 757, 798, 831, 877, 913, 957, 1021, 1064, 1109, 1159,
            1186, 1215, 1286, 1347, 1401, 1454, 1495, 1554, 1608, 1662, 1702, 1754, 1802,
            1859, 1896, 1937, 1989, 2037, 2098, 2154, 2200, 2252, 2317, 2375, 2425, 2485,
            2552, 2613, 2662, 2726, 2771, 2824, 2871, 2921, 2973, 3032, 3094, 3150, 3215,
            3273, 3354, 3410, 3460, 3508, 3575, 3636, 3690, 3751, 3796, 3861, 3911, 3970,
            4023, 4075, 4114, 4165, 4201, 4261, 4323, 4358, 4419, 4460, 4522, 4575, 4642,
            4703, 4756, 4798, 4837, 4877, 4930, 4984, 5038, 5089, 5108, 5129, 5182, 5238,
            5292, 5337, 5397, 5443, 5489, 5528, 5582, 5635, 5667, 5712, 5769, 5814, 5868,
            5910, 5965, 6027, 6089, 6152, 6215, 6275, 6332, 6396, 6455, 6515, 6563, 6609,
            6670, 6718, 6782, 6844, 6906, 6959, 7018, 7065, 7117, 7185, 7232, 7287, 7340,
            7395, 7447, 7499, 7563, 7620, 7680, 7748, 7805, 7855, 7905, 7970, 8022, 8073,
            8137, 8206, 8272, 8332, 8385, 8434, 8495, 8551, 8604, 8658, 8708, 8771, 8848,
            8923, 8986, 9047, 9093, 9157, 9188,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 178] = ::cloud_errors::__private::retry_column(
        b"aaabbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbccccaaaaaaaaaaaaaaaaaaaaaaacccccccccccccccccccccccccccca",
    );
    static CATEGORY: [::cloud_errors::Category; 178] = ::cloud_errors::__private::category_column(
        b"bbimmmmmmmmmmmmmbbbccccccccccbcccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccbhhhhhhhhhhhcccjjjjhhhheeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiiiiiiiiiiiiiiiiiiigl",
    );
    static PILOTS: [u16; 45] = [
        4, 10, 0, 36, 91, 65, 4, 2, 25, 9, 15, 14, 3, 3, 0, 6, 42, 28, 37, 18, 401, 16,
        98, 17, 11, 179, 18, 0, 73, 2, 0, 37, 14, 6, 5, 33, 27, 2, 59, 0, 0, 6, 6, 112,
        21,
    ];
    static SLOTS: [(&str, u32); 197] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            0, 159, 146, 71, 153, 161, 73, 105, 47, 96, 74, 56, 84, 46, 86, 110, 117, 44,
            4294967295, 141, 133, 171, 41, 175, 4294967295, 145, 4294967295, 55, 107,
            4294967295, 98, 17, 70, 92, 64, 162, 149, 16, 102, 128, 63, 4294967295,
            4294967295, 4294967295, 4294967295, 125, 3, 4294967295, 4294967295, 50, 72,
            5, 40, 137, 85, 104, 138, 94, 130, 13, 52, 35, 119, 144, 28, 1, 99, 11, 78,
            6, 36, 42, 103, 4294967295, 131, 20, 106, 30, 38, 18, 48, 166, 32, 167, 160,
            173, 33, 75, 127, 97, 76, 31, 108, 151, 83, 25, 60, 69, 61, 114, 14, 174,
            140, 27, 132, 139, 22, 43, 176, 26, 152, 155, 122, 4294967295, 95, 150, 24,
            4294967295, 168, 121, 109, 93, 4294967295, 67, 90, 157, 37, 177, 147, 148,
            19, 57, 134, 79, 4, 101, 66, 58, 112, 113, 10, 169, 34, 59, 15, 135, 165,
            124, 77, 2, 170, 12, 142, 49, 7, 129, 45, 156, 21, 4294967295, 118, 164, 163,
            51, 100, 4294967295, 53, 29, 111, 62, 91, 68, 80, 89, 126, 82, 172, 136,
            4294967295, 4294967295, 123, 54, 9, 116, 115, 158, 65, 154, 88, 8, 143, 87,
            81, 23, 120, 39, 4294967295,
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
    const PROVIDER: &'static str = "Tencent Cloud AS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud AS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud AS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
