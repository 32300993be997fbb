// @generated from catalogs/tencent/dcdb.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud DCDB: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud DCDB: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
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
    /// `FailedOperation.ModifyRightFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify right failed.
    FailedOperationModifyRightFailed,
    /// `FailedOperation.ModifyUserConfigFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify user config failed.
    FailedOperationModifyUserConfigFailed,
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
    /// `InternalError.CreateFlowError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: create flow error.
    InternalErrorCreateFlowError,
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
    /// `InternalError.ListProjectFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: list project failed.
    InternalErrorListProjectFailed,
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
    /// `InvalidParameterValue.IllegalExclusterID`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal excluster ID.
    InvalidParameterValueIllegalExclusterId,
    /// `InvalidParameterValue.IllegalInitParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal init param.
    InvalidParameterValueIllegalInitParam,
    /// `InvalidParameterValue.IllegalQuantity`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal quantity.
    InvalidParameterValueIllegalQuantity,
    /// `InvalidParameterValue.IllegalRightParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal right param.
    InvalidParameterValueIllegalRightParam,
    /// `InvalidParameterValue.IllegalZone`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal zone.
    InvalidParameterValueIllegalZone,
    /// `InvalidParameterValue.InvalidParameterValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter value error.
    InvalidParameterValueInvalidParameterValueError,
    /// `InvalidParameterValue.ShardNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: shard not exist.
    InvalidParameterValueShardNotExist,
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
    /// `UnsupportedOperation.SSLNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: SSL not supported.
    UnsupportedOperationSslNotSupported,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 131] = [
        "AuthFailure",
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
        "FailedOperation.ModifyRightFailed",
        "FailedOperation.ModifyUserConfigFailed",
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
        "InternalError.CreateFlowError",
        "InternalError.CreateFlowFailed",
        "InternalError.DBRowsAffectedError",
        "InternalError.DbOperationFailed",
        "InternalError.FenceError",
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
        "InternalError.InnerSystemError",
        "InternalError.InsertFail",
        "InternalError.InstanceOperatePermissionError",
        "InternalError.InstanceSGOverLimitError",
        "InternalError.ListInstanceRespResourceCountNotMatchError",
        "InternalError.ListInstancesError",
        "InternalError.ListProjectFailed",
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
        "InvalidParameterValue.IllegalExclusterID",
        "InvalidParameterValue.IllegalInitParam",
        "InvalidParameterValue.IllegalQuantity",
        "InvalidParameterValue.IllegalRightParam",
        "InvalidParameterValue.IllegalZone",
        "InvalidParameterValue.InvalidParameterValueError",
        "InvalidParameterValue.ShardNotExist",
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
        "ResourceUnavailable.BadInstanceStatus",
        "ResourceUnavailable.CosApiFailed",
        "ResourceUnavailable.ExclusterStatusAbnormal",
        "ResourceUnavailable.InstanceAlreadyDeleted",
        "ResourceUnavailable.InstanceHasBeenLocked",
        "ResourceUnavailable.InstanceStatusAbnormal",
        "ResourceUnavailable.SGCheckFail",
        "ResourceUnavailable.SSLStatusAbnormal",
        "UnauthorizedOperation.PermissionDenied",
        "UnsupportedOperation.DbVersionNotSupported",
        "UnsupportedOperation.InvalidOperation",
        "UnsupportedOperation.OldProxyVersion",
        "UnsupportedOperation.SSLNotSupported",
    ];
    static NAME_CODES: [u32; 10] = [21, 22, 42, 56, 62, 88, 101, 124, 125, 130];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationSgChangeVipFailedOperationSgOperationFailedInternalErrorDbRowsAffectedErrorInternalErrorGetUserSgCountFailedInternalErrorInstanceSgOverLimitErrorInvalidParameterSgCheckFailInvalidParameterValueIllegalExclusterIdResourceUnavailableSgCheckFailResourceUnavailableSslStatusAbnormalUnsupportedOperationSslNotSupported",
        ends: &[0, 26, 58, 90, 123, 160, 187, 226, 256, 292, 327],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed: add instance info failed.The operation failed: apply vip failed.The operation failed: associate security groups failed.The operation failed: auth no strategy.The operation failed: clear instance info failed.The operation failed: copy right error.The operation failed: create flow failed.The operation failed: create order failed.The operation failed: create user failed.The operation failed: delete user failed.The operation failed: disassociate security groups failed.The operation failed: get security group detail failed.The operation failed: instance can not return.The operation failed: instance return failed.The operation failed: modify right failed.The operation failed: modify user config failed.The operation failed: oss isolate instance failed.The operation failed: oss operation failed.The operation failed: pay failed.The operation failed: reset password failed.The operation failed: SG change vip.The operation failed: SG operation failed.The operation failed: set rule location failed.The operation failed: set svc location failed.The operation failed: ssl status abnormal.The operation failed: tag dry run error.The operation failed: tag quota exceed limit.The operation failed: trade config not found.The operation failed: update instance info failed.The operation failed: user not authed.The operation failed: vip not change.The operation failed: vpc add service failed.The operation failed: vpc update route failed.The operation failed: wan status abnormal.An internal error occurred.An internal error occurred: cam auth failed.An internal error occurred: check vip status failed.An internal error occurred: cos configuration.An internal error occurred: cos sign url.An internal error occurred: create flow error.An internal error occurred: create flow failed.An internal error occurred: DB rows affected error.An internal error occurred: db operation failed.An internal error occurred: fence error.An internal error occurred: get db config failed.An internal error occurred: get db list failed.An internal error occurred: get db object failed.An internal error occurred: get instance detail failed.An internal error occurred: get instance info failed.An internal error occurred: get right failed.An internal error occurred: get security group detail failed.An internal error occurred: get slow log failed.An internal error occurred: get subnet failed.An internal error occurred: get table info failed.An internal error occurred: get user list failed.An internal error occurred: get user SG count failed.An internal error occurred: get usg quota error.An internal error occurred: get vpc failed.An internal error occurred: inner system error.An internal error occurred: insert fail.An internal error occurred: instance operate permission error.An internal error occurred: instance SG over limit error.An internal error occurred: list instance resp resource count not match error.An internal error occurred: list instances error.An internal error occurred: list project failed.An internal error occurred: operate database failed.An internal error occurred: query database failed.An internal error occurred: query order failed.An internal error occurred: query price failed.An internal error occurred: read database failed.An internal error occurred: retreate time.An internal error occurred: route not found.An internal error occurred: set svc location failed.An internal error occurred: update database failed.An internal error occurred: vpc operation failed.An internal error occurred: wan service failed.A parameter is invalid.A parameter is invalid: character error.A parameter is invalid: check param not pass.A parameter is invalid: deal name not given.A parameter is invalid: flow not found.A parameter is invalid: generic parameter error.A parameter is invalid: illegal parameter error.A parameter is invalid: illegal time.A parameter is invalid: instance not found.A parameter is invalid: not supported pay mode.A parameter is invalid: permission denied.A parameter is invalid: SG check fail.A parameter is invalid: spec not found.A parameter is invalid: subnet not found.A parameter is invalid: subnet unavailable.A parameter is invalid: vip not in subnet.A parameter is invalid: vip used.A parameter is invalid: vpc not found.A parameter is invalid: vport used.A parameter is invalid: zone id illegal.A parameter value is invalid: account already exists.A parameter value is invalid: bad sync mode.A parameter value is invalid: bad user right.A parameter value is invalid: bad user type.A parameter value is invalid: illegal excluster ID.A parameter value is invalid: illegal init param.A parameter value is invalid: illegal quantity.A parameter value is invalid: illegal right param.A parameter value is invalid: illegal zone.A parameter value is invalid: invalid parameter value error.A parameter value is invalid: shard not exist.A parameter value is invalid: spec id illegal.A parameter value is invalid: super user forbidden.A parameter value is invalid: sync mode not allowed.A limit was exceeded: too frequently called.The resource is in use: temp instance exist.Resources are insufficient.The resource was not found: account does not exist.The resource was not found: instance not found.The resource was not found: no instance found.The resource was not found: product config not existed error.The resource is unavailable: bad instance status.The resource is unavailable: cos api failed.The resource is unavailable: excluster status abnormal.The resource is unavailable: instance already deleted.The resource is unavailable: instance has been locked.The resource is unavailable: instance status abnormal.The resource is unavailable: SG check fail.The resource is unavailable: SSL status abnormal.The operation is not authorized: permission denied.The operation is not supported: db version not supported.The operation is not supported: invalid operation.The operation is not supported: old proxy version.The operation is not supported: SSL not supported.",
        ends: &[
            0, 22, 69, 108, 163, 202, 251, 290, 331, 373, 414, 455, 513, 568, 614, 659,
            701, 749, 799, 842, 875, 919, 955, 997, 1044, 1090, 1132, 1172, 1217, 1262,
            1312, 1350, 1387, 1432, 1478, 1520, 1547, 1591, 1643, 1689, 1730, 1776, 1823,
            1874, 1922, 1962, 2011, 2058, 2107, 2162, 2215, 2260, 2321, 2369, 2415, 2465,
            2514, 2567, 2615, 2658, 2705, 2745, 2807, 2864, 2942, 2991, 3039, 3091, 3141,
            3188, 3235, 3284, 3326, 3370, 3422, 3473, 3522, 3569, 3592, 3632, 3677, 3721,
            3760, 3808, 3856, 3893, 3936, 3983, 4025, 4063, 4102, 4143, 4186, 4228, 4261,
            4299, 4334, 4374, 4427, 4471, 4516, 4560, 4611, 4660, 4707, 4757, 4800, 4860,
            4906, 4952, 5003, 5055, 5099, 5143, 5170, 5221, 5268, 5314, 5375, 5424, 5468,
            5523, 5577, 5631, 5685, 5728, 5777, 5828, 5885, 5935, 5985, 6035,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 131] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabcaaaacccccccccaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 131] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmcccccccccccccccccccccccccccccccccchjheeeeiiiiiiiigiiii",
    );
    static PILOTS: [u16; 33] = [
        1, 29, 66, 8, 14, 2, 0, 0, 80, 20, 4, 5, 2, 12, 1, 10, 22, 26, 2, 3, 16, 232, 62,
        8, 315, 6, 4, 22, 2, 4, 0, 0, 267,
    ];
    static SLOTS: [(&str, u32); 145] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            25, 15, 78, 49, 47, 124, 121, 86, 99, 13, 64, 88, 44, 48, 0, 62, 129, 106,
            22, 80, 126, 69, 9, 53, 35, 85, 3, 4294967295, 113, 81, 105, 46, 120, 40, 18,
            108, 127, 20, 1, 37, 77, 4294967295, 17, 100, 4294967295, 68, 117,
            4294967295, 123, 112, 4294967295, 58, 4294967295, 96, 90, 4294967295,
            4294967295, 31, 111, 104, 107, 4294967295, 34, 24, 56, 4294967295, 73, 95,
            10, 4294967295, 8, 4, 26, 7, 43, 61, 23, 74, 76, 33, 4294967295, 45, 66, 84,
            128, 39, 102, 59, 116, 94, 36, 16, 122, 67, 51, 14, 75, 5, 57, 97, 130, 42,
            72, 27, 63, 54, 103, 50, 101, 110, 55, 21, 92, 12, 28, 4294967295, 2, 52, 38,
            93, 118, 19, 30, 89, 83, 41, 6, 119, 109, 71, 98, 87, 70, 125, 11, 32, 65,
            79, 4294967295, 114, 82, 115, 60, 29, 91,
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
    const PROVIDER: &'static str = "Tencent Cloud DCDB";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud DCDB's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud DCDB: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
