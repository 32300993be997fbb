// @generated from catalogs/tencent/mariadb.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud MARIADB: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud MARIADB: a variant per documented code,
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
    /// `FailedOperation.AddInstanceInfoFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: add instance info failed.
    FailedOperationAddInstanceInfoFailed,
    /// `FailedOperation.ApplyVipFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: apply vip failed.
    FailedOperationApplyVipFailed,
    /// `FailedOperation.AssociateSecurityGroupsFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: associate security groups failed.
    FailedOperationAssociateSecurityGroupsFailed,
    /// `FailedOperation.AuthNoStrategy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: auth no strategy.
    FailedOperationAuthNoStrategy,
    /// `FailedOperation.ClearInstanceInfoFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: clear instance info failed.
    FailedOperationClearInstanceInfoFailed,
    /// `FailedOperation.CopyRightError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: copy right error.
    FailedOperationCopyRightError,
    /// `FailedOperation.CreateFlowFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create flow failed.
    FailedOperationCreateFlowFailed,
    /// `FailedOperation.CreateOrderFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create order failed.
    FailedOperationCreateOrderFailed,
    /// `FailedOperation.CreateUserFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create user failed.
    FailedOperationCreateUserFailed,
    /// `FailedOperation.DeleteUserFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete user failed.
    FailedOperationDeleteUserFailed,
    /// `FailedOperation.DisassociateSecurityGroupsFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: disassociate security groups failed.
    FailedOperationDisassociateSecurityGroupsFailed,
    /// `FailedOperation.GetSecurityGroupDetailFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get security group detail failed.
    FailedOperationGetSecurityGroupDetailFailed,
    /// `FailedOperation.InstanceCanNotReturn`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance can not return.
    FailedOperationInstanceCanNotReturn,
    /// `FailedOperation.InstanceReturnFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance return failed.
    FailedOperationInstanceReturnFailed,
    /// `FailedOperation.LogNotExisted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: log not existed.
    FailedOperationLogNotExisted,
    /// `FailedOperation.ModifyBackupConfigsFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify backup configs failed.
    FailedOperationModifyBackupConfigsFailed,
    /// `FailedOperation.ModifyRightFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify right failed.
    FailedOperationModifyRightFailed,
    /// `FailedOperation.OssIsolateInstanceFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: oss isolate instance failed.
    FailedOperationOssIsolateInstanceFailed,
    /// `FailedOperation.OssOperationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: oss operation failed.
    FailedOperationOssOperationFailed,
    /// `FailedOperation.PayFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: pay failed.
    FailedOperationPayFailed,
    /// `FailedOperation.ResetPasswordFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: reset password failed.
    FailedOperationResetPasswordFailed,
    /// `FailedOperation.SGChangeVip`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: SG change vip.
    FailedOperationSgChangeVip,
    /// `FailedOperation.SGOperationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: SG operation failed.
    FailedOperationSgOperationFailed,
    /// `FailedOperation.SetRuleLocationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: set rule location failed.
    FailedOperationSetRuleLocationFailed,
    /// `FailedOperation.SetSvcLocationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: set svc location failed.
    FailedOperationSetSvcLocationFailed,
    /// `FailedOperation.SslStatusAbnormal`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ssl status abnormal.
    FailedOperationSslStatusAbnormal,
    /// `FailedOperation.TagDryRunError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tag dry run error.
    FailedOperationTagDryRunError,
    /// `FailedOperation.TagQuotaExceedLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tag quota exceed limit.
    FailedOperationTagQuotaExceedLimit,
    /// `FailedOperation.TradeConfigNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: trade config not found.
    FailedOperationTradeConfigNotFound,
    /// `FailedOperation.UpdateInstanceInfoFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update instance info failed.
    FailedOperationUpdateInstanceInfoFailed,
    /// `FailedOperation.UserNotAuthed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user not authed.
    FailedOperationUserNotAuthed,
    /// `FailedOperation.VipNotChange`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: vip not change.
    FailedOperationVipNotChange,
    /// `FailedOperation.VpcAddServiceFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: vpc add service failed.
    FailedOperationVpcAddServiceFailed,
    /// `FailedOperation.VpcUpdateRouteFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: vpc update route failed.
    FailedOperationVpcUpdateRouteFailed,
    /// `FailedOperation.WanStatusAbnormal`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: wan status abnormal.
    FailedOperationWanStatusAbnormal,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.CamAuthFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cam auth failed.
    InternalErrorCamAuthFailed,
    /// `InternalError.CheckVipStatusFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: check vip status failed.
    InternalErrorCheckVipStatusFailed,
    /// `InternalError.CosConfiguration`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cos configuration.
    InternalErrorCosConfiguration,
    /// `InternalError.CosSignUrl`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cos sign url.
    InternalErrorCosSignUrl,
    /// `InternalError.CreateFlowFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: create flow failed.
    InternalErrorCreateFlowFailed,
    /// `InternalError.DBRowsAffectedError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB rows affected error.
    InternalErrorDbRowsAffectedError,
    /// `InternalError.DbOperationFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db operation failed.
    InternalErrorDbOperationFailed,
    /// `InternalError.FenceError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: fence error.
    InternalErrorFenceError,
    /// `InternalError.GetCipherTextFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get cipher text failed.
    InternalErrorGetCipherTextFailed,
    /// `InternalError.GetDbConfigFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get db config failed.
    InternalErrorGetDbConfigFailed,
    /// `InternalError.GetDbListFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get db list failed.
    InternalErrorGetDbListFailed,
    /// `InternalError.GetDbObjectFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get db object failed.
    InternalErrorGetDbObjectFailed,
    /// `InternalError.GetInstanceDetailFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get instance detail failed.
    InternalErrorGetInstanceDetailFailed,
    /// `InternalError.GetInstanceInfoFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get instance info failed.
    InternalErrorGetInstanceInfoFailed,
    /// `InternalError.GetRightFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get right failed.
    InternalErrorGetRightFailed,
    /// `InternalError.GetSecurityGroupDetailFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get security group detail failed.
    InternalErrorGetSecurityGroupDetailFailed,
    /// `InternalError.GetSlowLogFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get slow log failed.
    InternalErrorGetSlowLogFailed,
    /// `InternalError.GetSubnetFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get subnet failed.
    InternalErrorGetSubnetFailed,
    /// `InternalError.GetTableInfoFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get table info failed.
    InternalErrorGetTableInfoFailed,
    /// `InternalError.GetUserListFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get user list failed.
    InternalErrorGetUserListFailed,
    /// `InternalError.GetUserSGCountFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get user SG count failed.
    InternalErrorGetUserSgCountFailed,
    /// `InternalError.GetUsgQuotaError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get usg quota error.
    InternalErrorGetUsgQuotaError,
    /// `InternalError.GetVpcFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get vpc failed.
    InternalErrorGetVpcFailed,
    /// `InternalError.HDFSError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: HDFS error.
    InternalErrorHdfsError,
    /// `InternalError.InnerConfigurationMissing`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: inner configuration missing.
    InternalErrorInnerConfigurationMissing,
    /// `InternalError.InnerSystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: inner system error.
    InternalErrorInnerSystemError,
    /// `InternalError.InsertFail`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: insert fail.
    InternalErrorInsertFail,
    /// `InternalError.InstanceOperatePermissionError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: instance operate permission error.
    InternalErrorInstanceOperatePermissionError,
    /// `InternalError.InstanceSGOverLimitError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: instance SG over limit error.
    InternalErrorInstanceSgOverLimitError,
    /// `InternalError.ListInstanceRespResourceCountNotMatchError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: list instance resp resource count not match error.
    InternalErrorListInstanceRespResourceCountNotMatchError,
    /// `InternalError.ListInstancesError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: list instances error.
    InternalErrorListInstancesError,
    /// `InternalError.LogDBFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: log DB failed.
    InternalErrorLogDbFailed,
    /// `InternalError.OperateDatabaseFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: operate database failed.
    InternalErrorOperateDatabaseFailed,
    /// `InternalError.QueryDatabaseFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: query database failed.
    InternalErrorQueryDatabaseFailed,
    /// `InternalError.QueryOrderFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: query order failed.
    InternalErrorQueryOrderFailed,
    /// `InternalError.QueryPriceFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: query price failed.
    InternalErrorQueryPriceFailed,
    /// `InternalError.ReadDatabaseFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: read database failed.
    InternalErrorReadDatabaseFailed,
    /// `InternalError.RetreateTime`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: retreate time.
    InternalErrorRetreateTime,
    /// `InternalError.RouteNotFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: route not found.
    InternalErrorRouteNotFound,
    /// `InternalError.SetSvcLocationFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: set svc location failed.
    InternalErrorSetSvcLocationFailed,
    /// `InternalError.UpdateDatabaseFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: update database failed.
    InternalErrorUpdateDatabaseFailed,
    /// `InternalError.VpcOperationFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: vpc operation failed.
    InternalErrorVpcOperationFailed,
    /// `InternalError.WanServiceFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: wan service failed.
    InternalErrorWanServiceFailed,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ActionNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: action not found.
    InvalidParameterActionNotFound,
    /// `InvalidParameter.CharacterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: character error.
    InvalidParameterCharacterError,
    /// `InvalidParameter.CheckParamNotPass`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: check param not pass.
    InvalidParameterCheckParamNotPass,
    /// `InvalidParameter.DealNameNotGiven`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: deal name not given.
    InvalidParameterDealNameNotGiven,
    /// `InvalidParameter.FlowNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: flow not found.
    InvalidParameterFlowNotFound,
    /// `InvalidParameter.GenericParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: generic parameter error.
    InvalidParameterGenericParameterError,
    /// `InvalidParameter.IllegalParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: illegal parameter error.
    InvalidParameterIllegalParameterError,
    /// `InvalidParameter.IllegalTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: illegal time.
    InvalidParameterIllegalTime,
    /// `InvalidParameter.InstanceNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: instance not found.
    InvalidParameterInstanceNotFound,
    /// `InvalidParameter.NotSupportedPayMode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: not supported pay mode.
    InvalidParameterNotSupportedPayMode,
    /// `InvalidParameter.PermissionDenied`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: permission denied.
    InvalidParameterPermissionDenied,
    /// `InvalidParameter.SGCheckFail`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: SG check fail.
    InvalidParameterSgCheckFail,
    /// `InvalidParameter.ShardResourceIdNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: shard resource id not found.
    InvalidParameterShardResourceIdNotFound,
    /// `InvalidParameter.SpecNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: spec not found.
    InvalidParameterSpecNotFound,
    /// `InvalidParameter.SubnetNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: subnet not found.
    InvalidParameterSubnetNotFound,
    /// `InvalidParameter.SubnetUnavailable`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: subnet unavailable.
    InvalidParameterSubnetUnavailable,
    /// `InvalidParameter.VipNotInSubnet`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: vip not in subnet.
    InvalidParameterVipNotInSubnet,
    /// `InvalidParameter.VipUsed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: vip used.
    InvalidParameterVipUsed,
    /// `InvalidParameter.VpcNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: vpc not found.
    InvalidParameterVpcNotFound,
    /// `InvalidParameter.VportUsed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: vport used.
    InvalidParameterVportUsed,
    /// `InvalidParameter.ZoneIdIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: zone id illegal.
    InvalidParameterZoneIdIllegal,
    /// `InvalidParameterValue.AccountAlreadyExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: account already exists.
    InvalidParameterValueAccountAlreadyExists,
    /// `InvalidParameterValue.BadSyncMode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bad sync mode.
    InvalidParameterValueBadSyncMode,
    /// `InvalidParameterValue.BadUserRight`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bad user right.
    InvalidParameterValueBadUserRight,
    /// `InvalidParameterValue.BadUserType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bad user type.
    InvalidParameterValueBadUserType,
    /// `InvalidParameterValue.IllegalCount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal count.
    InvalidParameterValueIllegalCount,
    /// `InvalidParameterValue.IllegalExclusterID`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal excluster ID.
    InvalidParameterValueIllegalExclusterId,
    /// `InvalidParameterValue.IllegalInitParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal init param.
    InvalidParameterValueIllegalInitParam,
    /// `InvalidParameterValue.IllegalInstanceId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal instance id.
    InvalidParameterValueIllegalInstanceId,
    /// `InvalidParameterValue.IllegalLogSaveDays`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal log save days.
    InvalidParameterValueIllegalLogSaveDays,
    /// `InvalidParameterValue.IllegalQuantity`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal quantity.
    InvalidParameterValueIllegalQuantity,
    /// `InvalidParameterValue.IllegalRightParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal right param.
    InvalidParameterValueIllegalRightParam,
    /// `InvalidParameterValue.IllegalZone`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal zone.
    InvalidParameterValueIllegalZone,
    /// `InvalidParameterValue.InstanceNameIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance name illegal.
    InvalidParameterValueInstanceNameIllegal,
    /// `InvalidParameterValue.InvalidParameterValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter value error.
    InvalidParameterValueInvalidParameterValueError,
    /// `InvalidParameterValue.SpecIdIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: spec id illegal.
    InvalidParameterValueSpecIdIllegal,
    /// `InvalidParameterValue.SuperUserForbidden`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: super user forbidden.
    InvalidParameterValueSuperUserForbidden,
    /// `InvalidParameterValue.SyncModeNotAllowed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: sync mode not allowed.
    InvalidParameterValueSyncModeNotAllowed,
    /// `LimitExceeded.TooFrequentlyCalled`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: too frequently called.
    LimitExceededTooFrequentlyCalled,
    /// `ResourceInUse.TempInstanceExist`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: temp instance exist.
    ResourceInUseTempInstanceExist,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound.AccountDoesNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: account does not exist.
    ResourceNotFoundAccountDoesNotExist,
    /// `ResourceNotFound.InstanceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instance not found.
    ResourceNotFoundInstanceNotFound,
    /// `ResourceNotFound.NoInstanceFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: no instance found.
    ResourceNotFoundNoInstanceFound,
    /// `ResourceNotFound.ProductConfigNotExistedError`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: product config not existed error.
    ResourceNotFoundProductConfigNotExistedError,
    /// `ResourceNotFound.SyncTaskDeleted`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: sync task deleted.
    ResourceNotFoundSyncTaskDeleted,
    /// `ResourceUnavailable.BadInstanceStatus`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: bad instance status.
    ResourceUnavailableBadInstanceStatus,
    /// `ResourceUnavailable.CosApiFailed`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cos api failed.
    ResourceUnavailableCosApiFailed,
    /// `ResourceUnavailable.ExclusterStatusAbnormal`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: excluster status abnormal.
    ResourceUnavailableExclusterStatusAbnormal,
    /// `ResourceUnavailable.InstanceAlreadyDeleted`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance already deleted.
    ResourceUnavailableInstanceAlreadyDeleted,
    /// `ResourceUnavailable.InstanceHasBeenLocked`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance has been locked.
    ResourceUnavailableInstanceHasBeenLocked,
    /// `ResourceUnavailable.InstanceStatusAbnormal`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance status abnormal.
    ResourceUnavailableInstanceStatusAbnormal,
    /// `ResourceUnavailable.SGCheckFail`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: SG check fail.
    ResourceUnavailableSgCheckFail,
    /// `ResourceUnavailable.SSLStatusAbnormal`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: SSL status abnormal.
    ResourceUnavailableSslStatusAbnormal,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.PermissionDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: permission denied.
    UnauthorizedOperationPermissionDenied,
    /// `UnsupportedOperation.DbVersionNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: db version not supported.
    UnsupportedOperationDbVersionNotSupported,
    /// `UnsupportedOperation.InvalidOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid operation.
    UnsupportedOperationInvalidOperation,
    /// `UnsupportedOperation.OldProxyVersion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: old proxy version.
    UnsupportedOperationOldProxyVersion,
    /// `UnsupportedOperation.OperationNotApplicable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: operation not applicable.
    UnsupportedOperationOperationNotApplicable,
    /// `UnsupportedOperation.SSLNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: SSL not supported.
    UnsupportedOperationSslNotSupported,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 143] = [
        "AuthFailure",
        "FailedOperation",
        "FailedOperation.AddInstanceInfoFailed",
        "FailedOperation.ApplyVipFailed",
        "FailedOperation.AssociateSecurityGroupsFailed",
        "FailedOperation.AuthNoStrategy",
        "FailedOperation.ClearInstanceInfoFailed",
        "FailedOperation.CopyRightError",
        "FailedOperation.CreateFlowFailed",
        "FailedOperation.CreateOrderFailed",
        "FailedOperation.CreateUserFailed",
        "FailedOperation.DeleteUserFailed",
        "FailedOperation.DisassociateSecurityGroupsFailed",
        "FailedOperation.GetSecurityGroupDetailFailed",
        "FailedOperation.InstanceCanNotReturn",
        "FailedOperation.InstanceReturnFailed",
        "FailedOperation.LogNotExisted",
        "FailedOperation.ModifyBackupConfigsFailed",
        "FailedOperation.ModifyRightFailed",
        "FailedOperation.OssIsolateInstanceFailed",
        "FailedOperation.OssOperationFailed",
        "FailedOperation.PayFailed",
        "FailedOperation.ResetPasswordFailed",
        "FailedOperation.SGChangeVip",
        "FailedOperation.SGOperationFailed",
        "FailedOperation.SetRuleLocationFailed",
        "FailedOperation.SetSvcLocationFailed",
        "FailedOperation.SslStatusAbnormal",
        "FailedOperation.TagDryRunError",
        "FailedOperation.TagQuotaExceedLimit",
        "FailedOperation.TradeConfigNotFound",
        "FailedOperation.UpdateInstanceInfoFailed",
        "FailedOperation.UserNotAuthed",
        "FailedOperation.VipNotChange",
        "FailedOperation.VpcAddServiceFailed",
        "FailedOperation.VpcUpdateRouteFailed",
        "FailedOperation.WanStatusAbnormal",
        "InternalError",
        "InternalError.CamAuthFailed",
        "InternalError.CheckVipStatusFailed",
        "InternalError.CosConfiguration",
        "InternalError.CosSignUrl",
        "InternalError.CreateFlowFailed",
        "InternalError.DBRowsAffectedError",
        "InternalError.DbOperationFailed",
        "InternalError.FenceError",
        "InternalError.GetCipherTextFailed",
        "InternalError.GetDbConfigFailed",
        "InternalError.GetDbListFailed",
        "InternalError.GetDbObjectFailed",
        "InternalError.GetInstanceDetailFailed",
        "InternalError.GetInstanceInfoFailed",
        "InternalError.GetRightFailed",
        "InternalError.GetSecurityGroupDetailFailed",
        "InternalError.GetSlowLogFailed",
        "InternalError.GetSubnetFailed",
        "InternalError.GetTableInfoFailed",
        "InternalError.GetUserListFailed",
        "InternalError.GetUserSGCountFailed",
        "InternalError.GetUsgQuotaError",
        "InternalError.GetVpcFailed",
        "InternalError.HDFSError",
        "InternalError.InnerConfigurationMissing",
        "InternalError.InnerSystemError",
        "InternalError.InsertFail",
        "InternalError.InstanceOperatePermissionError",
        "InternalError.InstanceSGOverLimitError",
        "InternalError.ListInstanceRespResourceCountNotMatchError",
        "InternalError.ListInstancesError",
        "InternalError.LogDBFailed",
        "InternalError.OperateDatabaseFailed",
        "InternalError.QueryDatabaseFailed",
        "InternalError.QueryOrderFailed",
        "InternalError.QueryPriceFailed",
        "InternalError.ReadDatabaseFailed",
        "InternalError.RetreateTime",
        "InternalError.RouteNotFound",
        "InternalError.SetSvcLocationFailed",
        "InternalError.UpdateDatabaseFailed",
        "InternalError.VpcOperationFailed",
        "InternalError.WanServiceFailed",
        "InvalidParameter",
        "InvalidParameter.ActionNotFound",
        "InvalidParameter.CharacterError",
        "InvalidParameter.CheckParamNotPass",
        "InvalidParameter.DealNameNotGiven",
        "InvalidParameter.FlowNotFound",
        "InvalidParameter.GenericParameterError",
        "InvalidParameter.IllegalParameterError",
        "InvalidParameter.IllegalTime",
        "InvalidParameter.InstanceNotFound",
        "InvalidParameter.NotSupportedPayMode",
        "InvalidParameter.PermissionDenied",
        "InvalidParameter.SGCheckFail",
        "InvalidParameter.ShardResourceIdNotFound",
        "InvalidParameter.SpecNotFound",
        "InvalidParameter.SubnetNotFound",
        "InvalidParameter.SubnetUnavailable",
        "InvalidParameter.VipNotInSubnet",
        "InvalidParameter.VipUsed",
        "InvalidParameter.VpcNotFound",
        "InvalidParameter.VportUsed",
        "InvalidParameter.ZoneIdIllegal",
        "InvalidParameterValue.AccountAlreadyExists",
        "InvalidParameterValue.BadSyncMode",
        "InvalidParameterValue.BadUserRight",
        "InvalidParameterValue.BadUserType",
        "InvalidParameterValue.IllegalCount",
        "InvalidParameterValue.IllegalExclusterID",
        "InvalidParameterValue.IllegalInitParam",
        "InvalidParameterValue.IllegalInstanceId",
        "InvalidParameterValue.IllegalLogSaveDays",
        "InvalidParameterValue.IllegalQuantity",
        "InvalidParameterValue.IllegalRightParam",
        "InvalidParameterValue.IllegalZone",
        "InvalidParameterValue.InstanceNameIllegal",
        "InvalidParameterValue.InvalidParameterValueError",
        "InvalidParameterValue.SpecIdIllegal",
        "InvalidParameterValue.SuperUserForbidden",
        "InvalidParameterValue.SyncModeNotAllowed",
        "LimitExceeded.TooFrequentlyCalled",
        "ResourceInUse.TempInstanceExist",
        "ResourceInsufficient",
        "ResourceNotFound.AccountDoesNotExist",
        "ResourceNotFound.InstanceNotFound",
        "ResourceNotFound.NoInstanceFound",
        "ResourceNotFound.ProductConfigNotExistedError",
        "ResourceNotFound.SyncTaskDeleted",
        "ResourceUnavailable.BadInstanceStatus",
        "ResourceUnavailable.CosApiFailed",
        "ResourceUnavailable.ExclusterStatusAbnormal",
        "ResourceUnavailable.InstanceAlreadyDeleted",
        "ResourceUnavailable.InstanceHasBeenLocked",
        "ResourceUnavailable.InstanceStatusAbnormal",
        "ResourceUnavailable.SGCheckFail",
        "ResourceUnavailable.SSLStatusAbnormal",
        "UnauthorizedOperation",
        "UnauthorizedOperation.PermissionDenied",
        "UnsupportedOperation.DbVersionNotSupported",
        "UnsupportedOperation.InvalidOperation",
        "UnsupportedOperation.OldProxyVersion",
        "UnsupportedOperation.OperationNotApplicable",
        "UnsupportedOperation.SSLNotSupported",
    ];
    static NAME_CODES: [u32; 12] = [23, 24, 43, 58, 61, 66, 69, 93, 108, 134, 135, 142];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationSgChangeVipFailedOperationSgOperationFailedInternalErrorDbRowsAffectedErrorInternalErrorGetUserSgCountFailedInternalErrorHdfsErrorInternalErrorInstanceSgOverLimitErrorInternalErrorLogDbFailedInvalidParameterSgCheckFailInvalidParameterValueIllegalExclusterIdResourceUnavailableSgCheckFailResourceUnavailableSslStatusAbnormalUnsupportedOperationSslNotSupported",
        ends: &[0, 26, 58, 90, 123, 145, 182, 206, 233, 272, 302, 338, 373],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed.The operation failed: add instance info failed.The operation failed: apply vip failed.The operation failed: associate security groups failed.The operation failed: auth no strategy.The operation failed: clear instance info failed.The operation failed: copy right error.The operation failed: create flow failed.The operation failed: create order failed.The operation failed: create user failed.The operation failed: delete user failed.The operation failed: disassociate security groups failed.The operation failed: get security group detail failed.The operation failed: instance can not return.The operation failed: instance return failed.The operation failed: log not existed.The operation failed: modify backup configs failed.The operation failed: modify right failed.The operation failed: oss isolate instance failed.The operation failed: oss operation failed.The operation failed: pay failed.The operation failed: reset password failed.The operation failed: SG change vip.The operation failed: SG operation failed.The operation failed: set rule location failed.The operation failed: set svc location failed.The operation failed: ssl status abnormal.The operation failed: tag dry run error.The operation failed: tag quota exceed limit.The operation failed: trade config not found.The operation failed: update instance info failed.The operation failed: user not authed.The operation failed: vip not change.The operation failed: vpc add service failed.The operation failed: vpc update route failed.The operation failed: wan status abnormal.An internal error occurred.An internal error occurred: cam auth failed.An internal error occurred: check vip status failed.An internal error occurred: cos configuration.An internal error occurred: cos sign url.An internal error occurred: create flow failed.An internal error occurred: DB rows affected error.An internal error occurred: db operation failed.An internal error occurred: fence error.An internal error occurred: get cipher text failed.An internal error occurred: get db config failed.An internal error occurred: get db list failed.An internal error occurred: get db object failed.An internal error occurred: get instance detail failed.An internal error occurred: get instance info failed.An internal error occurred: get right failed.An internal error occurred: get security group detail failed.An internal error occurred: get slow log failed.An internal error occurred: get subnet failed.An internal error occurred: get table info failed.An internal error occurred: get user list failed.An internal error occurred: get user SG count failed.An internal error occurred: get usg quota error.An internal error occurred: get vpc failed.An internal error occurred: HDFS error.An internal error occurred: inner configuration missing.An internal error occurred: inner system error.An internal error occurred: insert fail.An internal error occurred: instance operate permission error.An internal error occurred: instance SG over limit error.An internal error occurred: list instance resp resource count not match error.An internal error occurred: list instances error.An internal error occurred: log DB failed.An internal error occurred: operate database failed.An internal error occurred: query database failed.An internal error occurred: query order failed.An internal error occurred: query price failed.An internal error occurred: read database failed.An internal error occurred: retreate time.An internal error occurred: route not found.An internal error occurred: set svc location failed.An internal error occurred: update database failed.An internal error occurred: vpc operation failed.An internal error occurred: wan service failed.A parameter is invalid.A parameter is invalid: action not found.A parameter is invalid: character error.A parameter is invalid: check param not pass.A parameter is invalid: deal name not given.A parameter is invalid: flow not found.A parameter is invalid: generic parameter error.A parameter is invalid: illegal parameter error.A parameter is invalid: illegal time.A parameter is invalid: instance not found.A parameter is invalid: not supported pay mode.A parameter is invalid: permission denied.A parameter is invalid: SG check fail.A parameter is invalid: shard resource id not found.A parameter is invalid: spec not found.A parameter is invalid: subnet not found.A parameter is invalid: subnet unavailable.A parameter is invalid: vip not in subnet.A parameter is invalid: vip used.A parameter is invalid: vpc not found.A parameter is invalid: vport used.A parameter is invalid: zone id illegal.A parameter value is invalid: account already exists.A parameter value is invalid: bad sync mode.A parameter value is invalid: bad user right.A parameter value is invalid: bad user type.A parameter value is invalid: illegal count.A parameter value is invalid: illegal excluster ID.A parameter value is invalid: illegal init param.A parameter value is invalid: illegal instance id.A parameter value is invalid: illegal log save days.A parameter value is invalid: illegal quantity.A parameter value is invalid: illegal right param.A parameter value is invalid: illegal zone.A parameter value is invalid: instance name illegal.A parameter value is invalid: invalid parameter value error.A parameter value is invalid: spec id illegal.A parameter value is invalid: super user forbidden.A parameter value is invalid: sync mode not allowed.A limit was exceeded: too frequently called.The resource is in use: temp instance exist.Resources are insufficient.The resource was not found: account does not exist.The resource was not found: instance not found.The resource was not found: no instance found.The resource was not found: product config not existed error.The resource was not found: sync task deleted.The resource is unavailable: bad instance status.The resource is unavailable: cos api failed.The resource is unavailable: excluster status abnormal.The resource is unavailable: instance already deleted.The resource is unavailable: instance has been locked.The resource is unavailable: instance status abnormal.The resource is unavailable: SG check fail.The resource is unavailable: SSL status abnormal.The operation is not authorized.The operation is not authorized: permission denied.The operation is not supported: db version not supported.The operation is not supported: invalid operation.The operation is not supported: old proxy version.The operation is not supported: operation not applicable.The operation is not supported: SSL not supported.",
        ends: &[
            0, 22, 43, 90, 129, 184, 223, 272, 311, 352, 394, 435, 476, 534, 589, 635,
            680, 718, 769, 811, 861, 904, 937, 981, 1017, 1059, 1106, 1152, 1194, 1234,
            1279, 1324, 1374, 1412, 1449, 1494, 1540, 1582, 1609, 1653, 1705, 1751, 1792,
            1839, 1890, 1938, 1978, 2029, 2078, 2125, 2174, 2229, 2282, 2327, 2388, 2436,
            2482, 2532, 2581, 2634, 2682, 2725, 2764, 2820, 2867, 2907, 2969, 3026, 3104,
            3153, 3195, 3247, 3297, 3344, 3391, 3440, 3482, 3526, 3578, 3629, 3678, 3725,
            3748, 3789, 3829, 3874, 3918, 3957, 4005, 4053, 4090, 4133, 4180, 4222, 4260,
            4312, 4351, 4392, 4435, 4477, 4510, 4548, 4583, 4623, 4676, 4720, 4765, 4809,
            4853, 4904, 4953, 5003, 5055, 5102, 5152, 5195, 5247, 5307, 5353, 5404, 5456,
            5500, 5544, 5571, 5622, 5669, 5715, 5776, 5822, 5871, 5915, 5970, 6024, 6078,
            6132, 6175, 6224, 6256, 6307, 6364, 6414, 6464, 6521, 6571,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 143] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabcaaaaaccccccccccaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 143] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmccccccccccccccccccccccccccccccccccccccchjheeeeeiiiiiiiiggiiiii",
    );
    static PILOTS: [u16; 36] = [
        24, 8, 13, 0, 7, 5, 17, 0, 22, 8, 0, 1, 5, 12, 8, 4, 14, 65, 0, 1, 16, 0, 6, 8,
        64, 9, 22, 17, 5, 27, 30, 9, 2, 922, 2, 2,
    ];
    static SLOTS: [(&str, u32); 158] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            44, 56, 21, 9, 81, 95, 109, 91, 108, 36, 2, 125, 51, 53, 28, 142, 22, 41,
            102, 34, 33, 89, 106, 134, 141, 55, 19, 112, 105, 54, 4294967295, 132,
            4294967295, 5, 48, 84, 68, 67, 13, 29, 138, 71, 45, 117, 61, 39, 137, 73,
            4294967295, 4294967295, 129, 35, 52, 82, 121, 111, 7, 97, 4294967295, 8, 135,
            119, 140, 116, 32, 69, 10, 62, 96, 27, 4294967295, 118, 6, 46, 25, 65, 75,
            4294967295, 49, 122, 113, 107, 0, 103, 79, 80, 110, 23, 120, 40, 128, 88, 42,
            100, 98, 76, 59, 4294967295, 94, 30, 16, 43, 114, 15, 18, 60, 66, 4294967295,
            1, 26, 93, 31, 4294967295, 12, 85, 83, 14, 50, 136, 74, 57, 17, 139, 72, 87,
            77, 3, 11, 63, 131, 133, 90, 86, 24, 70, 37, 78, 4294967295, 38, 4294967295,
            127, 4294967295, 104, 92, 130, 99, 20, 58, 126, 101, 47, 123, 4294967295,
            115, 124, 64, 4294967295, 4,
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
    const PROVIDER: &'static str = "Tencent Cloud MARIADB";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud MARIADB's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud MARIADB: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
