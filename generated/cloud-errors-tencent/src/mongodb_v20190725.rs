// @generated from catalogs/tencent/mongodb_v20190725.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud MONGODB v20190725: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud MONGODB v20190725: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AuditConfigNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: audit config not exist.
    FailedOperationAuditConfigNotExist,
    /// `FailedOperation.ConnectionUpdateError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: connection update error.
    FailedOperationConnectionUpdateError,
    /// `FailedOperation.ConnectionUpdateUsedOff`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: connection update used off.
    FailedOperationConnectionUpdateUsedOff,
    /// `FailedOperation.DeletionProtectionEnabled`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: deletion protection enabled.
    FailedOperationDeletionProtectionEnabled,
    /// `FailedOperation.FlashbackByKeyNotOpen`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: flashback by key not open.
    FailedOperationFlashbackByKeyNotOpen,
    /// `FailedOperation.KernelResponseTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: kernel response timeout.
    FailedOperationKernelResponseTimeout,
    /// `FailedOperation.NotAllowModifyAddrAfterOpenWanService`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not allow modify addr after open wan service.
    FailedOperationNotAllowModifyAddrAfterOpenWanService,
    /// `FailedOperation.OperationNotAllowedInInstanceLocking`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: operation not allowed in instance locking.
    FailedOperationOperationNotAllowedInInstanceLocking,
    /// `FailedOperation.QueryAuditTaskFailError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query audit task fail error.
    FailedOperationQueryAuditTaskFailError,
    /// `FailedOperation.TransparentDataEncryptionAlreadyOpen`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: transparent data encryption already open.
    FailedOperationTransparentDataEncryptionAlreadyOpen,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.AuditCreateLogFileError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: audit create log file error.
    InternalErrorAuditCreateLogFileError,
    /// `InternalError.AuditDeleteLogFileError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: audit delete log file error.
    InternalErrorAuditDeleteLogFileError,
    /// `InternalError.AuditDescribeLogError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: audit describe log error.
    InternalErrorAuditDescribeLogError,
    /// `InternalError.AuditError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: audit error.
    InternalErrorAuditError,
    /// `InternalError.AuditModifyStatusError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: audit modify status error.
    InternalErrorAuditModifyStatusError,
    /// `InternalError.CheckAppIdFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: check app id failed.
    InternalErrorCheckAppIdFailed,
    /// `InternalError.CosError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cos error.
    InternalErrorCosError,
    /// `InternalError.DBError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB error.
    InternalErrorDbError,
    /// `InternalError.DBOperateError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB operate error.
    InternalErrorDbOperateError,
    /// `InternalError.DBOperationError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB operation error.
    InternalErrorDbOperationError,
    /// `InternalError.DatabaseAccessError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: database access error.
    InternalErrorDatabaseAccessError,
    /// `InternalError.FindInstanceFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: find instance failed.
    InternalErrorFindInstanceFailed,
    /// `InternalError.HttpError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: http error.
    InternalErrorHttpError,
    /// `InternalError.InnerCommonError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: inner common error.
    InternalErrorInnerCommonError,
    /// `InternalError.JSONError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: JSON error.
    InternalErrorJsonError,
    /// `InternalError.JsonUnmarshalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: json unmarshal error.
    InternalErrorJsonUnmarshalError,
    /// `InternalError.PasswordError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: password error.
    InternalErrorPasswordError,
    /// `InternalError.TradeError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: trade error.
    InternalErrorTradeError,
    /// `InternalError.UnknownError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unknown error.
    InternalErrorUnknownError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ActionNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: action not found.
    InvalidParameterActionNotFound,
    /// `InvalidParameter.CurrentInstanceNotSupportModifyParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: current instance not support modify params.
    InvalidParameterCurrentInstanceNotSupportModifyParams,
    /// `InvalidParameter.ExceptionParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: exception param.
    InvalidParameterExceptionParam,
    /// `InvalidParameter.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter.
    InvalidParameterInvalidParameter,
    /// `InvalidParameter.InvalidParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter error.
    InvalidParameterInvalidParameterError,
    /// `InvalidParameter.InvalidVip`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid vip.
    InvalidParameterInvalidVip,
    /// `InvalidParameter.ModifyMongodbParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: modify mongodb params.
    InvalidParameterModifyMongodbParams,
    /// `InvalidParameter.ParametersNil`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: parameters nil.
    InvalidParameterParametersNil,
    /// `InvalidParameter.PermissionDenied`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: permission denied.
    InvalidParameterPermissionDenied,
    /// `InvalidParameter.ZoneClosed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: zone closed.
    InvalidParameterZoneClosed,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.BackupFileNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: backup file not found.
    InvalidParameterValueBackupFileNotFound,
    /// `InvalidParameterValue.CheckAppIdFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: check app id failed.
    InvalidParameterValueCheckAppIdFailed,
    /// `InvalidParameterValue.ClusterTypeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cluster type error.
    InvalidParameterValueClusterTypeError,
    /// `InvalidParameterValue.DataConvertError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: data convert error.
    InvalidParameterValueDataConvertError,
    /// `InvalidParameterValue.IllegalInstanceName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal instance name.
    InvalidParameterValueIllegalInstanceName,
    /// `InvalidParameterValue.IllegalInstanceStatus`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal instance status.
    InvalidParameterValueIllegalInstanceStatus,
    /// `InvalidParameterValue.IllegalStatusToOffline`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal status to offline.
    InvalidParameterValueIllegalStatusToOffline,
    /// `InvalidParameterValue.InstanceHasBeenDeleted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance has been deleted.
    InvalidParameterValueInstanceHasBeenDeleted,
    /// `InvalidParameterValue.InstanceHasBeenIsolated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance has been isolated.
    InvalidParameterValueInstanceHasBeenIsolated,
    /// `InvalidParameterValue.InvalidParameterValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter value error.
    InvalidParameterValueInvalidParameterValueError,
    /// `InvalidParameterValue.InvalidTradeOperation`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid trade operation.
    InvalidParameterValueInvalidTradeOperation,
    /// `InvalidParameterValue.LimitParaOutOfRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit para out of range.
    InvalidParameterValueLimitParaOutOfRange,
    /// `InvalidParameterValue.LockFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lock failed.
    InvalidParameterValueLockFailed,
    /// `InvalidParameterValue.MachineTypeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: machine type error.
    InvalidParameterValueMachineTypeError,
    /// `InvalidParameterValue.ModifyModeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: modify mode error.
    InvalidParameterValueModifyModeError,
    /// `InvalidParameterValue.ModifyMongodbParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: modify mongodb params.
    InvalidParameterValueModifyMongodbParams,
    /// `InvalidParameterValue.MongoVersionError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: mongo version error.
    InvalidParameterValueMongoVersionError,
    /// `InvalidParameterValue.MongoVersionNotSupportQueryClient`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: mongo version not support query client.
    InvalidParameterValueMongoVersionNotSupportQueryClient,
    /// `InvalidParameterValue.NodeNotFoundInReplica`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: node not found in replica.
    InvalidParameterValueNodeNotFoundInReplica,
    /// `InvalidParameterValue.NotFoundInstance`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not found instance.
    InvalidParameterValueNotFoundInstance,
    /// `InvalidParameterValue.OffsetParaOutOfRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: offset para out of range.
    InvalidParameterValueOffsetParaOutOfRange,
    /// `InvalidParameterValue.OplogSizeOutOfRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: oplog size out of range.
    InvalidParameterValueOplogSizeOutOfRange,
    /// `InvalidParameterValue.PasswordRuleFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: password rule failed.
    InvalidParameterValuePasswordRuleFailed,
    /// `InvalidParameterValue.PostPaidInstanceBeyondLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: post paid instance beyond limit.
    InvalidParameterValuePostPaidInstanceBeyondLimit,
    /// `InvalidParameterValue.PrePaidInstanceUnableToIsolate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: pre paid instance unable to isolate.
    InvalidParameterValuePrePaidInstanceUnableToIsolate,
    /// `InvalidParameterValue.ProjectNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: project not found.
    InvalidParameterValueProjectNotFound,
    /// `InvalidParameterValue.ProxyNotSupportQueryClient`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: proxy not support query client.
    InvalidParameterValueProxyNotSupportQueryClient,
    /// `InvalidParameterValue.QueryOutOfRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: query out of range.
    InvalidParameterValueQueryOutOfRange,
    /// `InvalidParameterValue.QueryTimeOutOfRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: query time out of range.
    InvalidParameterValueQueryTimeOutOfRange,
    /// `InvalidParameterValue.QueryTimeRangeBeyondLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: query time range beyond limit.
    InvalidParameterValueQueryTimeRangeBeyondLimit,
    /// `InvalidParameterValue.RegionError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: region error.
    InvalidParameterValueRegionError,
    /// `InvalidParameterValue.RegionNotSupportOperation`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: region not support operation.
    InvalidParameterValueRegionNotSupportOperation,
    /// `InvalidParameterValue.RegionNotSupportQueryClient`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: region not support query client.
    InvalidParameterValueRegionNotSupportQueryClient,
    /// `InvalidParameterValue.ReplicaNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: replica not found.
    InvalidParameterValueReplicaNotFound,
    /// `InvalidParameterValue.ReplicaSetNumError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: replica set num error.
    InvalidParameterValueReplicaSetNumError,
    /// `InvalidParameterValue.SecondaryNumError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: secondary num error.
    InvalidParameterValueSecondaryNumError,
    /// `InvalidParameterValue.SecurityGroupId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: security group id.
    InvalidParameterValueSecurityGroupId,
    /// `InvalidParameterValue.SecurityLevelNotAllowOpenWanService`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: security level not allow open wan service.
    InvalidParameterValueSecurityLevelNotAllowOpenWanService,
    /// `InvalidParameterValue.SetDiskLessThanUsed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: set disk less than used.
    InvalidParameterValueSetDiskLessThanUsed,
    /// `InvalidParameterValue.SlowMSBelowLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: slow MS below limit.
    InvalidParameterValueSlowMsBelowLimit,
    /// `InvalidParameterValue.SpecNotOnSale`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: spec not on sale.
    InvalidParameterValueSpecNotOnSale,
    /// `InvalidParameterValue.StartTimeNotBeforeThanEndTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: start time not before than end time.
    InvalidParameterValueStartTimeNotBeforeThanEndTime,
    /// `InvalidParameterValue.StatusAbnormal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: status abnormal.
    InvalidParameterValueStatusAbnormal,
    /// `InvalidParameterValue.TagNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag not found.
    InvalidParameterValueTagNotFound,
    /// `InvalidParameterValue.TimeFormatErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: time format err.
    InvalidParameterValueTimeFormatErr,
    /// `InvalidParameterValue.UserNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: user not found.
    InvalidParameterValueUserNotFound,
    /// `InvalidParameterValue.VpcIdOrSubnetIdNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpc id or subnet id not found.
    InvalidParameterValueVpcIdOrSubnetIdNotFound,
    /// `InvalidParameterValue.ZoneClosed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: zone closed.
    InvalidParameterValueZoneClosed,
    /// `InvalidParameterValue.ZoneError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: zone error.
    InvalidParameterValueZoneError,
    /// `LimitExceeded.TooManyRequests`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: too many requests.
    LimitExceededTooManyRequests,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.AccountOperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: account operation denied.
    OperationDeniedAccountOperationDenied,
    /// `OperationDenied.AuditPolicyConflictError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: audit policy conflict error.
    OperationDeniedAuditPolicyConflictError,
    /// `OperationDenied.AuditPolicyExistError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: audit policy exist error.
    OperationDeniedAuditPolicyExistError,
    /// `OperationDenied.AuditPolicyNotExistError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: audit policy not exist error.
    OperationDeniedAuditPolicyNotExistError,
    /// `OperationDenied.AuditPolicyOverQuotaError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: audit policy over quota error.
    OperationDeniedAuditPolicyOverQuotaError,
    /// `OperationDenied.AuditStatusError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: audit status error.
    OperationDeniedAuditStatusError,
    /// `OperationDenied.AuditTaskConflictError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: audit task conflict error.
    OperationDeniedAuditTaskConflictError,
    /// `OperationDenied.ResourceNotFundError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: resource not fund error.
    OperationDeniedResourceNotFundError,
    /// `OperationDenied.UnsupportOpenAuditError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: unsupport open audit error.
    OperationDeniedUnsupportOpenAuditError,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `UnauthorizedOperation.NoAccess`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no access.
    UnauthorizedOperationNoAccess,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.KernelVersionNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: kernel version not support.
    UnsupportedOperationKernelVersionNotSupport,
    /// `UnsupportedOperation.SecondaryVersionNotSupportAudit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: secondary version not support audit.
    UnsupportedOperationSecondaryVersionNotSupportAudit,
    /// `UnsupportedOperation.VersionNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: version not support.
    UnsupportedOperationVersionNotSupport,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 112] = [
        "AuthFailure",
        "FailedOperation",
        "FailedOperation.AuditConfigNotExist",
        "FailedOperation.ConnectionUpdateError",
        "FailedOperation.ConnectionUpdateUsedOff",
        "FailedOperation.DeletionProtectionEnabled",
        "FailedOperation.FlashbackByKeyNotOpen",
        "FailedOperation.KernelResponseTimeout",
        "FailedOperation.NotAllowModifyAddrAfterOpenWanService",
        "FailedOperation.OperationNotAllowedInInstanceLocking",
        "FailedOperation.QueryAuditTaskFailError",
        "FailedOperation.TransparentDataEncryptionAlreadyOpen",
        "InternalError",
        "InternalError.AuditCreateLogFileError",
        "InternalError.AuditDeleteLogFileError",
        "InternalError.AuditDescribeLogError",
        "InternalError.AuditError",
        "InternalError.AuditModifyStatusError",
        "InternalError.CheckAppIdFailed",
        "InternalError.CosError",
        "InternalError.DBError",
        "InternalError.DBOperateError",
        "InternalError.DBOperationError",
        "InternalError.DatabaseAccessError",
        "InternalError.FindInstanceFailed",
        "InternalError.HttpError",
        "InternalError.InnerCommonError",
        "InternalError.JSONError",
        "InternalError.JsonUnmarshalError",
        "InternalError.PasswordError",
        "InternalError.TradeError",
        "InternalError.UnknownError",
        "InvalidParameter",
        "InvalidParameter.ActionNotFound",
        "InvalidParameter.CurrentInstanceNotSupportModifyParams",
        "InvalidParameter.ExceptionParam",
        "InvalidParameter.InvalidParameter",
        "InvalidParameter.InvalidParameterError",
        "InvalidParameter.InvalidVip",
        "InvalidParameter.ModifyMongodbParams",
        "InvalidParameter.ParametersNil",
        "InvalidParameter.PermissionDenied",
        "InvalidParameter.ZoneClosed",
        "InvalidParameterValue",
        "InvalidParameterValue.BackupFileNotFound",
        "InvalidParameterValue.CheckAppIdFailed",
        "InvalidParameterValue.ClusterTypeError",
        "InvalidParameterValue.DataConvertError",
        "InvalidParameterValue.IllegalInstanceName",
        "InvalidParameterValue.IllegalInstanceStatus",
        "InvalidParameterValue.IllegalStatusToOffline",
        "InvalidParameterValue.InstanceHasBeenDeleted",
        "InvalidParameterValue.InstanceHasBeenIsolated",
        "InvalidParameterValue.InvalidParameterValueError",
        "InvalidParameterValue.InvalidTradeOperation",
        "InvalidParameterValue.LimitParaOutOfRange",
        "InvalidParameterValue.LockFailed",
        "InvalidParameterValue.MachineTypeError",
        "InvalidParameterValue.ModifyModeError",
        "InvalidParameterValue.ModifyMongodbParams",
        "InvalidParameterValue.MongoVersionError",
        "InvalidParameterValue.MongoVersionNotSupportQueryClient",
        "InvalidParameterValue.NodeNotFoundInReplica",
        "InvalidParameterValue.NotFoundInstance",
        "InvalidParameterValue.OffsetParaOutOfRange",
        "InvalidParameterValue.OplogSizeOutOfRange",
        "InvalidParameterValue.PasswordRuleFailed",
        "InvalidParameterValue.PostPaidInstanceBeyondLimit",
        "InvalidParameterValue.PrePaidInstanceUnableToIsolate",
        "InvalidParameterValue.ProjectNotFound",
        "InvalidParameterValue.ProxyNotSupportQueryClient",
        "InvalidParameterValue.QueryOutOfRange",
        "InvalidParameterValue.QueryTimeOutOfRange",
        "InvalidParameterValue.QueryTimeRangeBeyondLimit",
        "InvalidParameterValue.RegionError",
        "InvalidParameterValue.RegionNotSupportOperation",
        "InvalidParameterValue.RegionNotSupportQueryClient",
        "InvalidParameterValue.ReplicaNotFound",
        "InvalidParameterValue.ReplicaSetNumError",
        "InvalidParameterValue.SecondaryNumError",
        "InvalidParameterValue.SecurityGroupId",
        "InvalidParameterValue.SecurityLevelNotAllowOpenWanService",
        "InvalidParameterValue.SetDiskLessThanUsed",
        "InvalidParameterValue.SlowMSBelowLimit",
        "InvalidParameterValue.SpecNotOnSale",
        "InvalidParameterValue.StartTimeNotBeforeThanEndTime",
        "InvalidParameterValue.StatusAbnormal",
        "InvalidParameterValue.TagNotFound",
        "InvalidParameterValue.TimeFormatErr",
        "InvalidParameterValue.UserNotFound",
        "InvalidParameterValue.VpcIdOrSubnetIdNotFound",
        "InvalidParameterValue.ZoneClosed",
        "InvalidParameterValue.ZoneError",
        "LimitExceeded.TooManyRequests",
        "OperationDenied",
        "OperationDenied.AccountOperationDenied",
        "OperationDenied.AuditPolicyConflictError",
        "OperationDenied.AuditPolicyExistError",
        "OperationDenied.AuditPolicyNotExistError",
        "OperationDenied.AuditPolicyOverQuotaError",
        "OperationDenied.AuditStatusError",
        "OperationDenied.AuditTaskConflictError",
        "OperationDenied.ResourceNotFundError",
        "OperationDenied.UnsupportOpenAuditError",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceUnavailable",
        "UnauthorizedOperation.NoAccess",
        "UnsupportedOperation",
        "UnsupportedOperation.KernelVersionNotSupport",
        "UnsupportedOperation.SecondaryVersionNotSupportAudit",
        "UnsupportedOperation.VersionNotSupport",
    ];
    static NAME_CODES: [u32; 5] = [20, 21, 22, 27, 83];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InternalErrorDbErrorInternalErrorDbOperateErrorInternalErrorDbOperationErrorInternalErrorJsonErrorInvalidParameterValueSlowMsBelowLimit",
        ends: &[0, 20, 47, 76, 98, 135],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed.The operation failed: audit config not exist.The operation failed: connection update error.The operation failed: connection update used off.The operation failed: deletion protection enabled.The operation failed: flashback by key not open.The operation failed: kernel response timeout.The operation failed: not allow modify addr after open wan service.The operation failed: operation not allowed in instance locking.The operation failed: query audit task fail error.The operation failed: transparent data encryption already open.An internal error occurred.An internal error occurred: audit create log file error.An internal error occurred: audit delete log file error.An internal error occurred: audit describe log error.An internal error occurred: audit error.An internal error occurred: audit modify status error.An internal error occurred: check app id failed.An internal error occurred: cos error.An internal error occurred: DB error.An internal error occurred: DB operate error.An internal error occurred: DB operation error.An internal error occurred: database access error.An internal error occurred: find instance failed.An internal error occurred: http error.An internal error occurred: inner common error.An internal error occurred: JSON error.An internal error occurred: json unmarshal error.An internal error occurred: password error.An internal error occurred: trade error.An internal error occurred: unknown error.A parameter is invalid.A parameter is invalid: action not found.A parameter is invalid: current instance not support modify params.A parameter is invalid: exception param.A parameter is invalid: invalid parameter.A parameter is invalid: invalid parameter error.A parameter is invalid: invalid vip.A parameter is invalid: modify mongodb params.A parameter is invalid: parameters nil.A parameter is invalid: permission denied.A parameter is invalid: zone closed.A parameter value is invalid.A parameter value is invalid: backup file not found.A parameter value is invalid: check app id failed.A parameter value is invalid: cluster type error.A parameter value is invalid: data convert error.A parameter value is invalid: illegal instance name.A parameter value is invalid: illegal instance status.A parameter value is invalid: illegal status to offline.A parameter value is invalid: instance has been deleted.A parameter value is invalid: instance has been isolated.A parameter value is invalid: invalid parameter value error.A parameter value is invalid: invalid trade operation.A parameter value is invalid: limit para out of range.A parameter value is invalid: lock failed.A parameter value is invalid: machine type error.A parameter value is invalid: modify mode error.A parameter value is invalid: modify mongodb params.A parameter value is invalid: mongo version error.A parameter value is invalid: mongo version not support query client.A parameter value is invalid: node not found in replica.A parameter value is invalid: not found instance.A parameter value is invalid: offset para out of range.A parameter value is invalid: oplog size out of range.A parameter value is invalid: password rule failed.A parameter value is invalid: post paid instance beyond limit.A parameter value is invalid: pre paid instance unable to isolate.A parameter value is invalid: project not found.A parameter value is invalid: proxy not support query client.A parameter value is invalid: query out of range.A parameter value is invalid: query time out of range.A parameter value is invalid: query time range beyond limit.A parameter value is invalid: region error.A parameter value is invalid: region not support operation.A parameter value is invalid: region not support query client.A parameter value is invalid: replica not found.A parameter value is invalid: replica set num error.A parameter value is invalid: secondary num error.A parameter value is invalid: security group id.A parameter value is invalid: security level not allow open wan service.A parameter value is invalid: set disk less than used.A parameter value is invalid: slow MS below limit.A parameter value is invalid: spec not on sale.A parameter value is invalid: start time not before than end time.A parameter value is invalid: status abnormal.A parameter value is invalid: tag not found.A parameter value is invalid: time format err.A parameter value is invalid: user not found.A parameter value is invalid: vpc id or subnet id not found.A parameter value is invalid: zone closed.A parameter value is invalid: zone error.A limit was exceeded: too many requests.The operation was denied.The operation was denied: account operation denied.The operation was denied: audit policy conflict error.The operation was denied: audit policy exist error.The operation was denied: audit policy not exist error.The operation was denied: audit policy over quota error.The operation was denied: audit status error.The operation was denied: audit task conflict error.The operation was denied: resource not fund error.The operation was denied: unsupport open audit error.Resources are insufficient.The resource was not found.The resource is unavailable.The operation is not authorized: no access.The operation is not supported.The operation is not supported: kernel version not support.The operation is not supported: secondary version not support audit.The operation is not supported: version not support.",
        ends: &[
            0, 22, 43, 88, 134, 183, 233, 281, 327, 394, 458, 508, 571, 598, 654, 710,
            763, 803, 857, 905, 943, 980, 1025, 1072, 1122, 1171, 1210, 1257, 1296, 1345,
            1388, 1428, 1470, 1493, 1534, 1601, 1641, 1683, 1731, 1767, 1813, 1852, 1894,
            1930, 1959, 2011, 2061, 2110, 2159, 2211, 2265, 2321, 2377, 2434, 2494, 2548,
            2602, 2644, 2693, 2741, 2793, 2843, 2912, 2968, 3017, 3072, 3126, 3177, 3239,
            3305, 3353, 3414, 3463, 3517, 3577, 3620, 3679, 3741, 3789, 3841, 3891, 3939,
            4011, 4065, 4115, 4162, 4228, 4274, 4318, 4364, 4409, 4469, 4511, 4552, 4592,
            4617, 4668, 4722, 4773, 4828, 4884, 4929, 4981, 5031, 5084, 5111, 5138, 5166,
            5209, 5240, 5299, 5367, 5419,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 112] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaabbbbbbbbbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacccccccccccaccaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 112] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiiimmmmmmmmmmmmmmmmmmmmccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccchggggggggggheigliii",
    );
    static PILOTS: [u16; 28] = [
        20, 24, 7, 19, 0, 32, 2, 28, 7, 3, 15, 4, 9, 13, 78, 8, 15, 57, 9, 0, 28, 1, 28,
        0, 0, 84, 246, 43,
    ];
    static SLOTS: [(&str, u32); 124] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            24, 30, 17, 4294967295, 79, 106, 92, 19, 40, 57, 61, 4294967295, 82, 86, 26,
            21, 37, 51, 105, 49, 111, 25, 6, 3, 109, 77, 99, 32, 78, 85, 98, 84, 81, 29,
            15, 65, 28, 72, 60, 63, 59, 36, 42, 87, 4294967295, 5, 53, 13, 108, 101, 2,
            54, 66, 55, 47, 39, 95, 8, 41, 64, 43, 58, 50, 31, 93, 96, 4294967295,
            4294967295, 48, 4, 91, 12, 0, 83, 94, 62, 34, 23, 4294967295, 89, 80, 1,
            4294967295, 104, 74, 88, 71, 103, 69, 102, 45, 56, 10, 4294967295, 44,
            4294967295, 70, 7, 73, 76, 22, 33, 35, 100, 18, 9, 27, 68, 67, 4294967295,
            97, 38, 4294967295, 11, 4294967295, 46, 16, 110, 20, 14, 107, 90, 52, 75,
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
    const PROVIDER: &'static str = "Tencent Cloud MONGODB v20190725";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud MONGODB v20190725's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud MONGODB v20190725: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
