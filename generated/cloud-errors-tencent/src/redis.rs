// @generated from catalogs/tencent/redis.yaml and catalogs/tencent/redis.curated.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud REDIS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud REDIS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.InvalidAuthorization`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: invalid authorization.
    AuthFailureInvalidAuthorization,
    /// `FailedOperation.AddInstanceInfoFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: add instance info failed.
    FailedOperationAddInstanceInfoFailed,
    /// `FailedOperation.AssociateSecurityGroupsFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: associate security groups failed.
    FailedOperationAssociateSecurityGroupsFailed,
    /// `FailedOperation.ClearInstanceInfoFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: clear instance info failed.
    FailedOperationClearInstanceInfoFailed,
    /// `FailedOperation.CommitFlowError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: commit flow error.
    FailedOperationCommitFlowError,
    /// `FailedOperation.DisassociateSecurityGroupsFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: disassociate security groups failed.
    FailedOperationDisassociateSecurityGroupsFailed,
    /// `FailedOperation.DtsStatusAbnormal`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: dts status abnormal.
    FailedOperationDtsStatusAbnormal,
    /// `FailedOperation.FlowNotExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: flow not exists.
    FailedOperationFlowNotExists,
    /// `FailedOperation.GetSecurityGroupDetailFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get security group detail failed.
    FailedOperationGetSecurityGroupDetailFailed,
    /// `FailedOperation.PayFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: pay failed.
    FailedOperationPayFailed,
    /// `FailedOperation.RedoFlowFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: redo flow failed.
    FailedOperationRedoFlowFailed,
    /// `FailedOperation.ServiceAccessError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: service access error.
    FailedOperationServiceAccessError,
    /// `FailedOperation.SetRuleLocationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: set rule location failed.
    FailedOperationSetRuleLocationFailed,
    /// `FailedOperation.SystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal system error occurred, unrelated to the request\'s business logic.
    FailedOperationSystemError,
    /// `FailedOperation.UnSupportError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: un support error.
    FailedOperationUnSupportError,
    /// `FailedOperation.Unknown`: no documented HTTP status; retry: never; category: unknown.
    /// The operation failed for an unknown reason. (The provider\'s page describes this code as \"invalid weekday data\", like WeekDaysIsInvalid.)
    FailedOperationUnknown,
    /// `FailedOperation.UpdateInstanceInfoFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update instance info failed.
    FailedOperationUpdateInstanceInfoFailed,
    /// `FailedOperation.UpdateSecurityGroupsFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update security groups failed.
    FailedOperationUpdateSecurityGroupsFailed,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.CamAuthOssResponseReturnCodeError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cam auth oss response return code error.
    InternalErrorCamAuthOssResponseReturnCodeError,
    /// `InternalError.DbOperationFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// A database operation of the system (an update, insert, select and so on) failed.
    InternalErrorDbOperationFailed,
    /// `InternalError.ExecHttpRequestError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: exec http request error.
    InternalErrorExecHttpRequestError,
    /// `InternalError.InstanceOperatePermissionError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: instance operate permission error.
    InternalErrorInstanceOperatePermissionError,
    /// `InternalError.InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal error.
    InternalErrorInternalError,
    /// `InternalError.ListInstancesError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: list instances error.
    InternalErrorListInstancesError,
    /// `InternalError.NetWorkErr`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: net work err.
    InternalErrorNetWorkErr,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is wrong.
    InvalidParameter,
    /// `InvalidParameter.ActionNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: action not found.
    InvalidParameterActionNotFound,
    /// `InvalidParameter.EmptyParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is empty.
    InvalidParameterEmptyParam,
    /// `InvalidParameter.IllegalParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: illegal parameter error.
    InvalidParameterIllegalParameterError,
    /// `InvalidParameter.InstanceSGOverLimitError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: instance SG over limit error.
    InvalidParameterInstanceSgOverLimitError,
    /// `InvalidParameter.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter of the service is wrong.
    InvalidParameterInvalidParameter,
    /// `InvalidParameter.InvalidParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter error.
    InvalidParameterInvalidParameterError,
    /// `InvalidParameter.IsNotVpcInstance`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: is not vpc instance.
    InvalidParameterIsNotVpcInstance,
    /// `InvalidParameter.NotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: not supported.
    InvalidParameterNotSupported,
    /// `InvalidParameter.OnlyVPCOnSpecZoneId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The Shanghai Finance zone offers VPC networks only.
    InvalidParameterOnlyVpcOnSpecZoneId,
    /// `InvalidParameter.Period`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: period.
    InvalidParameterPeriod,
    /// `InvalidParameter.PermissionDenied`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: permission denied.
    InvalidParameterPermissionDenied,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.BackupNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: backup not exists.
    InvalidParameterValueBackupNotExists,
    /// `InvalidParameterValue.BaseNetWorkAccessDeny`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: base net work access deny.
    InvalidParameterValueBaseNetWorkAccessDeny,
    /// `InvalidParameterValue.CheckNotPass`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: check not pass.
    InvalidParameterValueCheckNotPass,
    /// `InvalidParameterValue.DataConvertError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: data convert error.
    InvalidParameterValueDataConvertError,
    /// `InvalidParameterValue.InstanceNameRuleError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance name rule error.
    InvalidParameterValueInstanceNameRuleError,
    /// `InvalidParameterValue.InvalidInstanceTypeId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The instance type requested for purchase is wrong (TypeId 1 is the cluster edition, 2 the master\-replica edition, the former master\-replica edition).
    InvalidParameterValueInvalidInstanceTypeId,
    /// `InvalidParameterValue.InvalidParameterValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter value error.
    InvalidParameterValueInvalidParameterValueError,
    /// `InvalidParameterValue.InvalidSubnetId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// In a VPC network, the VPC ID or subnet ID is invalid.
    InvalidParameterValueInvalidSubnetId,
    /// `InvalidParameterValue.MemSizeNotInRange`: no documented HTTP status; retry: never; category: out_of_range.
    /// The requested capacity is outside the range of capacities on sale.
    InvalidParameterValueMemSizeNotInRange,
    /// `InvalidParameterValue.NotRepeatBind`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not repeat bind.
    InvalidParameterValueNotRepeatBind,
    /// `InvalidParameterValue.PasswordEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The password is empty.
    InvalidParameterValuePasswordEmpty,
    /// `InvalidParameterValue.PasswordError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The password failed verification; it is wrong.
    InvalidParameterValuePasswordError,
    /// `InvalidParameterValue.PasswordFreeDenied`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: password free denied.
    InvalidParameterValuePasswordFreeDenied,
    /// `InvalidParameterValue.PasswordRuleError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// When the password is changed, the old password sent does not match the one set before.
    InvalidParameterValuePasswordRuleError,
    /// `InvalidParameterValue.ReduceCapacityNotAllowed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The requested capacity is too small, so the capacity cannot be reduced.
    InvalidParameterValueReduceCapacityNotAllowed,
    /// `InvalidParameterValue.ReplicationGroupNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: replication group not exists.
    InvalidParameterValueReplicationGroupNotExists,
    /// `InvalidParameterValue.SecurityGroupIdsNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: security group ids not exists.
    InvalidParameterValueSecurityGroupIdsNotExists,
    /// `InvalidParameterValue.SpecNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: spec not exist.
    InvalidParameterValueSpecNotExist,
    /// `InvalidParameterValue.UnSupportedType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: un supported type.
    InvalidParameterValueUnSupportedType,
    /// `InvalidParameterValue.UnVpcIdNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: un vpc id not exists.
    InvalidParameterValueUnVpcIdNotExists,
    /// `InvalidParameterValue.WeekDaysIsInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The weekday data entered is invalid.
    InvalidParameterValueWeekDaysIsInvalid,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.ExceedUpperLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: exceed upper limit.
    LimitExceededExceedUpperLimit,
    /// `LimitExceeded.InstanceNotEmpty`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: instance not empty.
    LimitExceededInstanceNotEmpty,
    /// `LimitExceeded.InvalidMemSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The requested capacity is not among the sale specifications (memSize is a multiple of 1024, in MB).
    LimitExceededInvalidMemSize,
    /// `LimitExceeded.InvalidParameterGoodsNumNotInRange`: no documented HTTP status; retry: never; category: out_of_range.
    /// The number of instances requested in one purchase is outside the allowed range.
    LimitExceededInvalidParameterGoodsNumNotInRange,
    /// `LimitExceeded.MemSizeNotInRange`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: mem size not in range.
    LimitExceededMemSizeNotInRange,
    /// `LimitExceeded.PeriodExceedMaxLimit`: no documented HTTP status; retry: never; category: out_of_range.
    /// The purchase period exceeds the maximum of three years.
    LimitExceededPeriodExceedMaxLimit,
    /// `LimitExceeded.PeriodLessThanMinLimit`: no documented HTTP status; retry: never; category: out_of_range.
    /// The purchase period is invalid; the minimum is one month.
    LimitExceededPeriodLessThanMinLimit,
    /// `LimitExceeded.ReachTheAmountLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: reach the amount limit.
    LimitExceededReachTheAmountLimit,
    /// `LimitExceeded.ReplicationGroupLocked`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: replication group locked.
    LimitExceededReplicationGroupLocked,
    /// `ResourceInUse.InstanceBeenLocked`: no documented HTTP status; retry: backoff; category: aborted.
    /// The instance is locked by another process.
    ResourceInUseInstanceBeenLocked,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.AccountDoesNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The account (uin) value is empty.
    ResourceNotFoundAccountDoesNotExists,
    /// `ResourceNotFound.InstanceNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// No Redis instance matches the serialId.
    ResourceNotFoundInstanceNotExists,
    /// `ResourceNotFound.InstanceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instance not found.
    ResourceNotFoundInstanceNotFound,
    /// `ResourceUnavailable.AccountBalanceNotEnough`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The account balance is not sufficient. (The provider\'s page describes this code as \"the requested order number does not exist\".)
    ResourceUnavailableAccountBalanceNotEnough,
    /// `ResourceUnavailable.BackupLockedError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: backup locked error.
    ResourceUnavailableBackupLockedError,
    /// `ResourceUnavailable.BackupSpecError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: backup spec error.
    ResourceUnavailableBackupSpecError,
    /// `ResourceUnavailable.BackupStatusAbnormal`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: backup status abnormal.
    ResourceUnavailableBackupStatusAbnormal,
    /// `ResourceUnavailable.BackupStatusInvalid`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: backup status invalid.
    ResourceUnavailableBackupStatusInvalid,
    /// `ResourceUnavailable.CallOssError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: call oss error.
    ResourceUnavailableCallOssError,
    /// `ResourceUnavailable.GetSecurityError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: get security error.
    ResourceUnavailableGetSecurityError,
    /// `ResourceUnavailable.InstanceConfError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance conf error.
    ResourceUnavailableInstanceConfError,
    /// `ResourceUnavailable.InstanceDeleted`: no documented HTTP status; retry: never; category: not_found.
    /// The instance has already been recycled.
    ResourceUnavailableInstanceDeleted,
    /// `ResourceUnavailable.InstanceIsolated`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance isolated.
    ResourceUnavailableInstanceIsolated,
    /// `ResourceUnavailable.InstanceLockedError`: no documented HTTP status; retry: backoff; category: aborted.
    /// The Redis instance is already locked by another process.
    ResourceUnavailableInstanceLockedError,
    /// `ResourceUnavailable.InstanceNoDeal`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance no deal.
    ResourceUnavailableInstanceNoDeal,
    /// `ResourceUnavailable.InstanceNotSupportOperation`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance not support operation.
    ResourceUnavailableInstanceNotSupportOperation,
    /// `ResourceUnavailable.InstanceStateError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance state error.
    ResourceUnavailableInstanceStateError,
    /// `ResourceUnavailable.InstanceStatusAbnormal`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The Redis instance is in an abnormal state, so the operation cannot run.
    ResourceUnavailableInstanceStatusAbnormal,
    /// `ResourceUnavailable.InstanceStatusError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance status error.
    ResourceUnavailableInstanceStatusError,
    /// `ResourceUnavailable.InstanceUnLockedError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance un locked error.
    ResourceUnavailableInstanceUnLockedError,
    /// `ResourceUnavailable.NoEnoughVipInVPC`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: no enough vip in VPC.
    ResourceUnavailableNoEnoughVipInVpc,
    /// `ResourceUnavailable.NoRedisService`: no documented HTTP status; retry: never; category: unimplemented.
    /// The requested region does not offer Redis of the requested type.
    ResourceUnavailableNoRedisService,
    /// `ResourceUnavailable.NoServiceAvailableForThisZoneId`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: no service available for this zone id.
    ResourceUnavailableNoServiceAvailableForThisZoneId,
    /// `ResourceUnavailable.NoTypeIdRedisService`: no documented HTTP status; retry: never; category: unimplemented.
    /// The requested region does not offer Redis of the requested type (TypeId).
    ResourceUnavailableNoTypeIdRedisService,
    /// `ResourceUnavailable.SaleOut`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: sale out.
    ResourceUnavailableSaleOut,
    /// `ResourceUnavailable.SecurityGroupNotSupported`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: security group not supported.
    ResourceUnavailableSecurityGroupNotSupported,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.NoCAMAuthed`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The caller has no CAM permission for this operation.
    UnauthorizedOperationNoCamAuthed,
    /// `UnauthorizedOperation.UserNotInWhiteList`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The user is not on the allowlist.
    UnauthorizedOperationUserNotInWhiteList,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.ClusterInstanceAccessedDeny`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The cluster edition of Redis does not allow connecting to security groups.
    UnsupportedOperationClusterInstanceAccessedDeny,
    /// `UnsupportedOperation.Inspection`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: inspection.
    UnsupportedOperationInspection,
    /// `UnsupportedOperation.InstanceNotOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance not operation.
    UnsupportedOperationInstanceNotOperation,
    /// `UnsupportedOperation.IsAutoRenewError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The auto\-renewal flag is wrong.
    UnsupportedOperationIsAutoRenewError,
    /// `UnsupportedOperation.LimitProxyVersion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: limit proxy version.
    UnsupportedOperationLimitProxyVersion,
    /// `UnsupportedOperation.LowVersion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: low version.
    UnsupportedOperationLowVersion,
    /// `UnsupportedOperation.OnlyClusterInstanceCanExportBackup`: no documented HTTP status; retry: never; category: failed_precondition.
    /// Only instances of the cluster edition can export backups.
    UnsupportedOperationOnlyClusterInstanceCanExportBackup,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 111] = [
        "AuthFailure",
        "AuthFailure.InvalidAuthorization",
        "FailedOperation.AddInstanceInfoFailed",
        "FailedOperation.AssociateSecurityGroupsFailed",
        "FailedOperation.ClearInstanceInfoFailed",
        "FailedOperation.CommitFlowError",
        "FailedOperation.DisassociateSecurityGroupsFailed",
        "FailedOperation.DtsStatusAbnormal",
        "FailedOperation.FlowNotExists",
        "FailedOperation.GetSecurityGroupDetailFailed",
        "FailedOperation.PayFailed",
        "FailedOperation.RedoFlowFailed",
        "FailedOperation.ServiceAccessError",
        "FailedOperation.SetRuleLocationFailed",
        "FailedOperation.SystemError",
        "FailedOperation.UnSupportError",
        "FailedOperation.Unknown",
        "FailedOperation.UpdateInstanceInfoFailed",
        "FailedOperation.UpdateSecurityGroupsFailed",
        "InternalError",
        "InternalError.CamAuthOssResponseReturnCodeError",
        "InternalError.DbOperationFailed",
        "InternalError.ExecHttpRequestError",
        "InternalError.InstanceOperatePermissionError",
        "InternalError.InternalError",
        "InternalError.ListInstancesError",
        "InternalError.NetWorkErr",
        "InvalidParameter",
        "InvalidParameter.ActionNotFound",
        "InvalidParameter.EmptyParam",
        "InvalidParameter.IllegalParameterError",
        "InvalidParameter.InstanceSGOverLimitError",
        "InvalidParameter.InvalidParameter",
        "InvalidParameter.InvalidParameterError",
        "InvalidParameter.IsNotVpcInstance",
        "InvalidParameter.NotSupported",
        "InvalidParameter.OnlyVPCOnSpecZoneId",
        "InvalidParameter.Period",
        "InvalidParameter.PermissionDenied",
        "InvalidParameterValue",
        "InvalidParameterValue.BackupNotExists",
        "InvalidParameterValue.BaseNetWorkAccessDeny",
        "InvalidParameterValue.CheckNotPass",
        "InvalidParameterValue.DataConvertError",
        "InvalidParameterValue.InstanceNameRuleError",
        "InvalidParameterValue.InvalidInstanceTypeId",
        "InvalidParameterValue.InvalidParameterValueError",
        "InvalidParameterValue.InvalidSubnetId",
        "InvalidParameterValue.MemSizeNotInRange",
        "InvalidParameterValue.NotRepeatBind",
        "InvalidParameterValue.PasswordEmpty",
        "InvalidParameterValue.PasswordError",
        "InvalidParameterValue.PasswordFreeDenied",
        "InvalidParameterValue.PasswordRuleError",
        "InvalidParameterValue.ReduceCapacityNotAllowed",
        "InvalidParameterValue.ReplicationGroupNotExists",
        "InvalidParameterValue.SecurityGroupIdsNotExists",
        "InvalidParameterValue.SpecNotExist",
        "InvalidParameterValue.UnSupportedType",
        "InvalidParameterValue.UnVpcIdNotExists",
        "InvalidParameterValue.WeekDaysIsInvalid",
        "LimitExceeded",
        "LimitExceeded.ExceedUpperLimit",
        "LimitExceeded.InstanceNotEmpty",
        "LimitExceeded.InvalidMemSize",
        "LimitExceeded.InvalidParameterGoodsNumNotInRange",
        "LimitExceeded.MemSizeNotInRange",
        "LimitExceeded.PeriodExceedMaxLimit",
        "LimitExceeded.PeriodLessThanMinLimit",
        "LimitExceeded.ReachTheAmountLimit",
        "LimitExceeded.ReplicationGroupLocked",
        "ResourceInUse.InstanceBeenLocked",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceNotFound.AccountDoesNotExists",
        "ResourceNotFound.InstanceNotExists",
        "ResourceNotFound.InstanceNotFound",
        "ResourceUnavailable.AccountBalanceNotEnough",
        "ResourceUnavailable.BackupLockedError",
        "ResourceUnavailable.BackupSpecError",
        "ResourceUnavailable.BackupStatusAbnormal",
        "ResourceUnavailable.BackupStatusInvalid",
        "ResourceUnavailable.CallOssError",
        "ResourceUnavailable.GetSecurityError",
        "ResourceUnavailable.InstanceConfError",
        "ResourceUnavailable.InstanceDeleted",
        "ResourceUnavailable.InstanceIsolated",
        "ResourceUnavailable.InstanceLockedError",
        "ResourceUnavailable.InstanceNoDeal",
        "ResourceUnavailable.InstanceNotSupportOperation",
        "ResourceUnavailable.InstanceStateError",
        "ResourceUnavailable.InstanceStatusAbnormal",
        "ResourceUnavailable.InstanceStatusError",
        "ResourceUnavailable.InstanceUnLockedError",
        "ResourceUnavailable.NoEnoughVipInVPC",
        "ResourceUnavailable.NoRedisService",
        "ResourceUnavailable.NoServiceAvailableForThisZoneId",
        "ResourceUnavailable.NoTypeIdRedisService",
        "ResourceUnavailable.SaleOut",
        "ResourceUnavailable.SecurityGroupNotSupported",
        "UnauthorizedOperation",
        "UnauthorizedOperation.NoCAMAuthed",
        "UnauthorizedOperation.UserNotInWhiteList",
        "UnsupportedOperation",
        "UnsupportedOperation.ClusterInstanceAccessedDeny",
        "UnsupportedOperation.Inspection",
        "UnsupportedOperation.InstanceNotOperation",
        "UnsupportedOperation.IsAutoRenewError",
        "UnsupportedOperation.LimitProxyVersion",
        "UnsupportedOperation.LowVersion",
        "UnsupportedOperation.OnlyClusterInstanceCanExportBackup",
    ];
    static NAME_CODES: [u32; 4] = [31, 36, 94, 101];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterInstanceSgOverLimitErrorInvalidParameterOnlyVpcOnSpecZoneIdResourceUnavailableNoEnoughVipInVpcUnauthorizedOperationNoCamAuthed",
        ends: &[0, 40, 75, 110, 142],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: invalid authorization.The operation failed: add instance info failed.The operation failed: associate security groups failed.The operation failed: clear instance info failed.The operation failed: commit flow error.The operation failed: disassociate security groups failed.The operation failed: dts status abnormal.The operation failed: flow not exists.The operation failed: get security group detail failed.The operation failed: pay failed.The operation failed: redo flow failed.The operation failed: service access error.The operation failed: set rule location failed.An internal system error occurred, unrelated to the request's business logic.The operation failed: un support error.The operation failed for an unknown reason. (The provider's page describes this code as \"invalid weekday data\", like WeekDaysIsInvalid.)The operation failed: update instance info failed.The operation failed: update security groups failed.An internal error occurred.An internal error occurred: cam auth oss response return code error.A database operation of the system (an update, insert, select and so on) failed.An internal error occurred: exec http request error.An internal error occurred: instance operate permission error.An internal error occurred: internal error.An internal error occurred: list instances error.An internal error occurred: net work err.A parameter is wrong.A parameter is invalid: action not found.A parameter is empty.A parameter is invalid: illegal parameter error.A parameter is invalid: instance SG over limit error.A parameter of the service is wrong.A parameter is invalid: invalid parameter error.A parameter is invalid: is not vpc instance.A parameter is invalid: not supported.The Shanghai Finance zone offers VPC networks only.A parameter is invalid: period.A parameter is invalid: permission denied.A parameter value is invalid.A parameter value is invalid: backup not exists.A parameter value is invalid: base net work access deny.A parameter value is invalid: check not pass.A parameter value is invalid: data convert error.A parameter value is invalid: instance name rule error.The instance type requested for purchase is wrong (TypeId 1 is the cluster edition, 2 the master-replica edition, the former master-replica edition).A parameter value is invalid: invalid parameter value error.In a VPC network, the VPC ID or subnet ID is invalid.The requested capacity is outside the range of capacities on sale.A parameter value is invalid: not repeat bind.The password is empty.The password failed verification; it is wrong.A parameter value is invalid: password free denied.When the password is changed, the old password sent does not match the one set before.The requested capacity is too small, so the capacity cannot be reduced.A parameter value is invalid: replication group not exists.A parameter value is invalid: security group ids not exists.A parameter value is invalid: spec not exist.A parameter value is invalid: un supported type.A parameter value is invalid: un vpc id not exists.The weekday data entered is invalid.A limit was exceeded.A limit was exceeded: exceed upper limit.A limit was exceeded: instance not empty.The requested capacity is not among the sale specifications (memSize is a multiple of 1024, in MB).The number of instances requested in one purchase is outside the allowed range.A limit was exceeded: mem size not in range.The purchase period exceeds the maximum of three years.The purchase period is invalid; the minimum is one month.A limit was exceeded: reach the amount limit.A limit was exceeded: replication group locked.The instance is locked by another process.Resources are insufficient.The resource was not found.The account (uin) value is empty.No Redis instance matches the serialId.The resource was not found: instance not found.The account balance is not sufficient. (The provider's page describes this code as \"the requested order number does not exist\".)The resource is unavailable: backup locked error.The resource is unavailable: backup spec error.The resource is unavailable: backup status abnormal.The resource is unavailable: backup status invalid.The resource is unavailable: call oss error.The resource is unavailable: get security error.The resource is unavailable: instance conf error.The instance has already been recycled.The resource is unavailable: instance isolated.The Redis instance is already locked by another process.The resource is unavailable: instance no deal.The resource is unavailable: instance not support operation.The resource is unavailable: instance state error.The Redis instance is in an abnormal state, so the operation cannot run.The resource is unavailable: instance status error.The resource is unavailable: instance un locked error.The resource is unavailable: no enough vip in VPC.The requested region does not offer Redis of the requested type.The resource is unavailable: no service available for this zone id.The requested region does not offer Redis of the requested type (TypeId).The resource is unavailable: sale out.The resource is unavailable: security group not supported.The operation is not authorized.The caller has no CAM permission for this operation.The user is not on the allowlist.The operation is not supported.The cluster edition of Redis does not allow connecting to security groups.The operation is not supported: inspection.The operation is not supported: instance not operation.The auto-renewal flag is wrong.The operation is not supported: limit proxy version.The operation is not supported: low version.Only instances of the cluster edition can export backups.",
        ends: &[
            0, 22, 67, 114, 169, 218, 258, 316, 358, 396, 451, 484, 523, 566, 613, 690,
            729, 865, 915, 967, 994, 1062, 1142, 1194, 1256, 1299, 1348, 1389, 1410,
            1451, 1472, 1520, 1573, 1609, 1657, 1701, 1739, 1790, 1821, 1863, 1892, 1940,
            1996, 2041, 2090, 2145, 2294, 2354, 2407, 2473, 2519, 2541, 2587, 2638, 2724,
            2795, 2854, 2914, 2959, 3007, 3058, 3094, 3115, 3156, 3197, 3296, 3375, 3419,
            3474, 3531, 3576, 3623, 3665, 3692, 3719, 3752, 3791, 3838, 3966, 4015, 4062,
            4114, 4165, 4209, 4257, 4306, 4345, 4392, 4448, 4494, 4554, 4604, 4676, 4727,
            4781, 4831, 4895, 4962, 5035, 5073, 5131, 5163, 5215, 5248, 5279, 5353, 5396,
            5451, 5482, 5534, 5578, 5635,
        ],
    };
    static DESCRIPTIONS_JA: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "内部システムエラーが発生しました。リクエストの業務内容とは関係ありません。不明な理由で操作に失敗しました。（プロバイダーのページでは、WeekDaysIsInvalidと同じく「weekdayの入力データが無効」と説明されています。）システム内部のデータベース操作（update、insert、selectなど）でエラーが発生しました。パラメータに誤りがあります。パラメータが空です。サービスのパラメータに誤りがあります。上海金融ゾーンではVPCネットワークのみ提供されています。購入をリクエストしたインスタンスタイプが正しくありません（TypeIdは1がクラスタ版、2がマスター・レプリカ版、つまり旧マスター・レプリカ版です）。VPCネットワークで、VPC IDまたはサブネットIDが無効です。リクエストした容量が、販売されている容量の範囲外です。パスワードが空です。パスワードの検証に失敗しました。パスワードが正しくありません。パスワードの変更時に送信された旧パスワードが、以前に設定したパスワードと一致しません。リクエストした容量が小さすぎるため、容量を縮小できません。weekdayの入力データが無効です。リクエストした容量は販売仕様にありません（memSizeは1024の整数倍で、単位はMBです）。1回の購入でリクエストしたインスタンス数が、許容範囲外です。購入期間が最長の3年を超えています。購入期間が正しくありません。最短期間は1か月です。インスタンスは別のプロセスによってロックされています。アカウント（uin）の値が空です。serialIdに対応するRedisインスタンスが見つかりません。アカウントの残高が不足しています。（プロバイダーのページでは「リクエストした注文番号が存在しない」と説明されています。）インスタンスはすでに回収されています。Redisインスタンスは、すでに別のプロセスによってロックされています。Redisインスタンスの状態が異常なため、この操作を実行できません。リクエストしたリージョンでは、リクエストした種類のRedisサービスは提供されていません。リクエストしたリージョンでは、リクエストした種類（TypeId）のRedisサービスは提供されていません。許可されていない操作です。この操作に対するCAM権限がありません。ユーザーが許可リスト（ホワイトリスト）に登録されていません。Redisクラスタ版では、セキュリティグループへの接続は許可されていません。自動更新フラグが正しくありません。バックアップをエクスポートできるのは、クラスタ版のインスタンスのみです。",
        ends: &[
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 111, 111, 303, 303, 303, 303,
            303, 420, 420, 420, 420, 420, 420, 462, 462, 492, 492, 492, 549, 549, 549,
            549, 630, 630, 630, 630, 630, 630, 630, 630, 630, 839, 839, 916, 997, 997,
            1027, 1120, 1120, 1249, 1336, 1336, 1336, 1336, 1336, 1336, 1379, 1379, 1379,
            1379, 1497, 1585, 1585, 1637, 1710, 1710, 1710, 1791, 1791, 1791, 1836, 1909,
            1909, 2089, 2089, 2089, 2089, 2089, 2089, 2089, 2089, 2146, 2146, 2244, 2244,
            2244, 2244, 2336, 2336, 2336, 2336, 2461, 2461, 2598, 2598, 2598, 2637, 2691,
            2781, 2781, 2885, 2885, 2885, 2936, 2936, 2936, 3044,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 111] = ::cloud_errors::__private::retry_column(
        b"acaaaaaaaaaaaabaaaabbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabcaaaaccccccccacbcccccccacacccccaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 111] = ::cloud_errors::__private::category_column(
        b"bpiiiiiiiiiiiimibiimmmmmmmmccccccccccccccccccccckcccccicccccchhhckhkkhhjheeeeiiiiiiiieijiiiiiiililiigggliiiciii",
    );
    static PILOTS: [u16; 28] = [
        5, 36, 13, 35, 43, 36, 0, 10, 173, 0, 0, 56, 89, 2, 0, 57, 141, 4, 7, 58, 25, 4,
        28, 7, 0, 17, 80, 6,
    ];
    static SLOTS: [(&str, u32); 123] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            33, 107, 59, 40, 46, 80, 84, 17, 27, 35, 51, 13, 18, 4, 71, 4294967295,
            4294967295, 0, 88, 77, 96, 94, 3, 42, 4294967295, 20, 9, 28, 102, 75, 52, 97,
            2, 4294967295, 6, 44, 72, 30, 61, 1, 74, 68, 83, 70, 45, 8, 31, 4294967295,
            67, 56, 86, 110, 100, 32, 23, 90, 10, 47, 15, 14, 24, 87, 65, 50, 4294967295,
            103, 55, 99, 21, 58, 26, 108, 4294967295, 34, 19, 81, 64, 101, 105, 106, 12,
            49, 79, 41, 11, 4294967295, 91, 4294967295, 7, 29, 73, 92, 38, 95, 37, 66,
            4294967295, 104, 54, 48, 4294967295, 98, 76, 78, 22, 36, 53, 63, 93, 85, 62,
            4294967295, 16, 39, 109, 69, 25, 82, 43, 57, 60, 5, 89,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
        descriptions_en: &DESCRIPTIONS_EN,
        descriptions_ja: &DESCRIPTIONS_JA,
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
    const PROVIDER: &'static str = "Tencent Cloud REDIS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud REDIS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud REDIS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
