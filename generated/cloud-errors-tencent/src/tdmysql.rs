// @generated from catalogs/tencent/tdmysql.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TDMYSQL: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TDMYSQL: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.CamAuthError`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: cam auth error.
    AuthFailureCamAuthError,
    /// `AuthFailure.CheckCamAuthError`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: check cam auth error.
    AuthFailureCheckCamAuthError,
    /// `AuthFailure.UinWhiteListCheckError`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: uin white list check error.
    AuthFailureUinWhiteListCheckError,
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation.
    AuthFailureUnauthorizedOperation,
    /// `DryRunOperation.AddTagDryrunError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The request was a dry run and was not carried out: add tag dryrun error.
    DryRunOperationAddTagDryrunError,
    /// `FailedOperation.AddInstanceInfoFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: add instance info failed.
    FailedOperationAddInstanceInfoFailed,
    /// `FailedOperation.ApplyVipFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: apply vip failed.
    FailedOperationApplyVipFailed,
    /// `FailedOperation.AuthNoStrategy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: auth no strategy.
    FailedOperationAuthNoStrategy,
    /// `FailedOperation.CheckSupportActionError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: check support action error.
    FailedOperationCheckSupportActionError,
    /// `FailedOperation.ClearInstanceInfoFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: clear instance info failed.
    FailedOperationClearInstanceInfoFailed,
    /// `FailedOperation.CreateFlowError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create flow error.
    FailedOperationCreateFlowError,
    /// `FailedOperation.DBCreateInstanceError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DB create instance error.
    FailedOperationDbCreateInstanceError,
    /// `FailedOperation.DBQueryInstanceError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DB query instance error.
    FailedOperationDbQueryInstanceError,
    /// `FailedOperation.DBQueryPrivilegesError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DB query privileges error.
    FailedOperationDbQueryPrivilegesError,
    /// `FailedOperation.DBQueryTagError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DB query tag error.
    FailedOperationDbQueryTagError,
    /// `FailedOperation.DBQueryUserError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DB query user error.
    FailedOperationDbQueryUserError,
    /// `FailedOperation.DBQueryZoneError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DB query zone error.
    FailedOperationDbQueryZoneError,
    /// `FailedOperation.DBUpdateInstanceError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DB update instance error.
    FailedOperationDbUpdateInstanceError,
    /// `FailedOperation.DBUpsertMaintenanceWindowError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DB upsert maintenance window error.
    FailedOperationDbUpsertMaintenanceWindowError,
    /// `FailedOperation.DbCountLimitError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: db count limit error.
    FailedOperationDbCountLimitError,
    /// `FailedOperation.DescribeFullBackupListError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe full backup list error.
    FailedOperationDescribeFullBackupListError,
    /// `FailedOperation.DisassociateSecurityGroupsFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: disassociate security groups failed.
    FailedOperationDisassociateSecurityGroupsFailed,
    /// `FailedOperation.ExpandInstanceError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: expand instance error.
    FailedOperationExpandInstanceError,
    /// `FailedOperation.GetSecurityGroupDetailFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get security group detail failed.
    FailedOperationGetSecurityGroupDetailFailed,
    /// `FailedOperation.IsolateInstanceError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: isolate instance error.
    FailedOperationIsolateInstanceError,
    /// `FailedOperation.LockInstanceError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lock instance error.
    FailedOperationLockInstanceError,
    /// `FailedOperation.ModifyBackupPolicyErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify backup policy err.
    FailedOperationModifyBackupPolicyErr,
    /// `FailedOperation.ModifyPolicyErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify policy err.
    FailedOperationModifyPolicyErr,
    /// `FailedOperation.OssGetVariablesError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: oss get variables error.
    FailedOperationOssGetVariablesError,
    /// `FailedOperation.OssModifyVariablesError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: oss modify variables error.
    FailedOperationOssModifyVariablesError,
    /// `FailedOperation.QueryDBError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query DB error.
    FailedOperationQueryDbError,
    /// `FailedOperation.QueryUserError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query user error.
    FailedOperationQueryUserError,
    /// `FailedOperation.SetRuleLocationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: set rule location failed.
    FailedOperationSetRuleLocationFailed,
    /// `FailedOperation.TableCountLimitError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: table count limit error.
    FailedOperationTableCountLimitError,
    /// `FailedOperation.UpdateInstanceInfoFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update instance info failed.
    FailedOperationUpdateInstanceInfoFailed,
    /// `FailedOperation.UpdatePrivilegesError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update privileges error.
    FailedOperationUpdatePrivilegesError,
    /// `FailedOperation.WanStatusAbnormal`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: wan status abnormal.
    FailedOperationWanStatusAbnormal,
    /// `InternalError.CheckVipStatusFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: check vip status failed.
    InternalErrorCheckVipStatusFailed,
    /// `InternalError.DatabaseAccessError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: database access error.
    InternalErrorDatabaseAccessError,
    /// `InternalError.DbOperationFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db operation failed.
    InternalErrorDbOperationFailed,
    /// `InternalError.DescribeDBObjectsError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: describe DB objects error.
    InternalErrorDescribeDbObjectsError,
    /// `InternalError.GetSecurityGroupDetailFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get security group detail failed.
    InternalErrorGetSecurityGroupDetailFailed,
    /// `InternalError.GetSubnetFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get subnet failed.
    InternalErrorGetSubnetFailed,
    /// `InternalError.GetVpcFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get vpc failed.
    InternalErrorGetVpcFailed,
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
    /// `InternalError.QueryDatabaseFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: query database failed.
    InternalErrorQueryDatabaseFailed,
    /// `InternalError.ReadDatabaseFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: read database failed.
    InternalErrorReadDatabaseFailed,
    /// `InternalError.RouteNotFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: route not found.
    InternalErrorRouteNotFound,
    /// `InternalError.RouterNotFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: router not found.
    InternalErrorRouterNotFound,
    /// `InternalError.SetSvcLocationFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: set svc location failed.
    InternalErrorSetSvcLocationFailed,
    /// `InternalError.VpcOperationFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: vpc operation failed.
    InternalErrorVpcOperationFailed,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.CreateInstanceParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: create instance param error.
    InvalidParameterCreateInstanceParamError,
    /// `InvalidParameter.IllegalBackupPolicyParamsErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: illegal backup policy params err.
    InvalidParameterIllegalBackupPolicyParamsErr,
    /// `InvalidParameter.IllegalParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: illegal parameter error.
    InvalidParameterIllegalParameterError,
    /// `InvalidParameter.InputIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: input illegal.
    InvalidParameterInputIllegal,
    /// `InvalidParameter.InstanceNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: instance not found.
    InvalidParameterInstanceNotFound,
    /// `InvalidParameter.InvalidParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter error.
    InvalidParameterInvalidParameterError,
    /// `InvalidParameter.PermissionDenied`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: permission denied.
    InvalidParameterPermissionDenied,
    /// `InvalidParameter.SubnetUnavailable`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: subnet unavailable.
    InvalidParameterSubnetUnavailable,
    /// `InvalidParameter.VipNotInSubnet`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: vip not in subnet.
    InvalidParameterVipNotInSubnet,
    /// `InvalidParameter.VipUsed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: vip used.
    InvalidParameterVipUsed,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.BizInvalidParameterValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: biz invalid parameter value error.
    InvalidParameterValueBizInvalidParameterValueError,
    /// `InvalidParameterValue.CheckCloneInstanceDiskError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: check clone instance disk error.
    InvalidParameterValueCheckCloneInstanceDiskError,
    /// `InvalidParameterValue.CheckDiskError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: check disk error.
    InvalidParameterValueCheckDiskError,
    /// `InvalidParameterValue.CheckHostError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: check host error.
    InvalidParameterValueCheckHostError,
    /// `InvalidParameterValue.CheckInstanceVersionError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: check instance version error.
    InvalidParameterValueCheckInstanceVersionError,
    /// `InvalidParameterValue.CheckNameError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: check name error.
    InvalidParameterValueCheckNameError,
    /// `InvalidParameterValue.CheckSpecError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: check spec error.
    InvalidParameterValueCheckSpecError,
    /// `InvalidParameterValue.CheckVpcError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: check vpc error.
    InvalidParameterValueCheckVpcError,
    /// `InvalidParameterValue.InstanceFilterKeyError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance filter key error.
    InvalidParameterValueInstanceFilterKeyError,
    /// `InvalidParameterValue.InvalidParameterValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter value error.
    InvalidParameterValueInvalidParameterValueError,
    /// `InvalidParameterValue.MaintenanceWindowParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: maintenance window param error.
    InvalidParameterValueMaintenanceWindowParamError,
    /// `InvalidParameterValue.NodeReplicasInvalidError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: node replicas invalid error.
    InvalidParameterValueNodeReplicasInvalidError,
    /// `InvalidParameterValue.VportRangeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vport range error.
    InvalidParameterValueVportRangeError,
    /// `LimitExceeded.AddTagCountError`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: add tag count error.
    LimitExceededAddTagCountError,
    /// `LimitExceeded.OutOfInstanceCntLimitError`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: out of instance cnt limit error.
    LimitExceededOutOfInstanceCntLimitError,
    /// `LimitExceeded.OutOfInstanceCountLimitError`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: out of instance count limit error.
    LimitExceededOutOfInstanceCountLimitError,
    /// `LimitExceeded.OutOfLimitError`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: out of limit error.
    LimitExceededOutOfLimitError,
    /// `LimitExceeded.OutOfNodeReplicasLimitError`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: out of node replicas limit error.
    LimitExceededOutOfNodeReplicasLimitError,
    /// `LimitExceeded.OutOfSpecLimitError`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: out of spec limit error.
    LimitExceededOutOfSpecLimitError,
    /// `MissingParameter.MissingParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing parameter error.
    MissingParameterMissingParameterError,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.CheckDecreaseSpecError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: check decrease spec error.
    OperationDeniedCheckDecreaseSpecError,
    /// `OperationDenied.CreateBackupTaskThresholdErr`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: create backup task threshold err.
    OperationDeniedCreateBackupTaskThresholdErr,
    /// `OperationDenied.DeleteRunningBackupTaskErr`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: delete running backup task err.
    OperationDeniedDeleteRunningBackupTaskErr,
    /// `OperationDenied.InstanceOperationNotAllowedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: instance operation not allowed error.
    OperationDeniedInstanceOperationNotAllowedError,
    /// `OperationDenied.InstanceStatusError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: instance status error.
    OperationDeniedInstanceStatusError,
    /// `OperationDenied.ManualBackupQuotaPerDayExceededErr`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: manual backup quota per day exceeded err.
    OperationDeniedManualBackupQuotaPerDayExceededErr,
    /// `OperationDenied.ManualBackupSetQuotaExceededErr`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: manual backup set quota exceeded err.
    OperationDeniedManualBackupSetQuotaExceededErr,
    /// `ResourceNotFound.BizResourceNotFoundError`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: biz resource not found error.
    ResourceNotFoundBizResourceNotFoundError,
    /// `ResourceNotFound.InstanceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instance not found.
    ResourceNotFoundInstanceNotFound,
    /// `ResourceNotFound.ProductConfigNotExistedError`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: product config not existed error.
    ResourceNotFoundProductConfigNotExistedError,
    /// `ResourceUnavailable.InstanceStatusAbnormal`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance status abnormal.
    ResourceUnavailableInstanceStatusAbnormal,
    /// `ResourceUnavailable.SGCheckFail`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: SG check fail.
    ResourceUnavailableSgCheckFail,
    /// `UnauthorizedOperation.PermissionDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: permission denied.
    UnauthorizedOperationPermissionDenied,
    /// `UnsupportedOperation.GetMaxNodeNumError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: get max node num error.
    UnsupportedOperationGetMaxNodeNumError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 102] = [
        "AuthFailure",
        "AuthFailure.CamAuthError",
        "AuthFailure.CheckCamAuthError",
        "AuthFailure.UinWhiteListCheckError",
        "AuthFailure.UnauthorizedOperation",
        "DryRunOperation.AddTagDryrunError",
        "FailedOperation.AddInstanceInfoFailed",
        "FailedOperation.ApplyVipFailed",
        "FailedOperation.AuthNoStrategy",
        "FailedOperation.CheckSupportActionError",
        "FailedOperation.ClearInstanceInfoFailed",
        "FailedOperation.CreateFlowError",
        "FailedOperation.DBCreateInstanceError",
        "FailedOperation.DBQueryInstanceError",
        "FailedOperation.DBQueryPrivilegesError",
        "FailedOperation.DBQueryTagError",
        "FailedOperation.DBQueryUserError",
        "FailedOperation.DBQueryZoneError",
        "FailedOperation.DBUpdateInstanceError",
        "FailedOperation.DBUpsertMaintenanceWindowError",
        "FailedOperation.DbCountLimitError",
        "FailedOperation.DescribeFullBackupListError",
        "FailedOperation.DisassociateSecurityGroupsFailed",
        "FailedOperation.ExpandInstanceError",
        "FailedOperation.GetSecurityGroupDetailFailed",
        "FailedOperation.IsolateInstanceError",
        "FailedOperation.LockInstanceError",
        "FailedOperation.ModifyBackupPolicyErr",
        "FailedOperation.ModifyPolicyErr",
        "FailedOperation.OssGetVariablesError",
        "FailedOperation.OssModifyVariablesError",
        "FailedOperation.QueryDBError",
        "FailedOperation.QueryUserError",
        "FailedOperation.SetRuleLocationFailed",
        "FailedOperation.TableCountLimitError",
        "FailedOperation.UpdateInstanceInfoFailed",
        "FailedOperation.UpdatePrivilegesError",
        "FailedOperation.WanStatusAbnormal",
        "InternalError.CheckVipStatusFailed",
        "InternalError.DatabaseAccessError",
        "InternalError.DbOperationFailed",
        "InternalError.DescribeDBObjectsError",
        "InternalError.GetSecurityGroupDetailFailed",
        "InternalError.GetSubnetFailed",
        "InternalError.GetVpcFailed",
        "InternalError.InstanceOperatePermissionError",
        "InternalError.InstanceSGOverLimitError",
        "InternalError.ListInstanceRespResourceCountNotMatchError",
        "InternalError.ListInstancesError",
        "InternalError.QueryDatabaseFailed",
        "InternalError.ReadDatabaseFailed",
        "InternalError.RouteNotFound",
        "InternalError.RouterNotFound",
        "InternalError.SetSvcLocationFailed",
        "InternalError.VpcOperationFailed",
        "InvalidParameter",
        "InvalidParameter.CreateInstanceParamError",
        "InvalidParameter.IllegalBackupPolicyParamsErr",
        "InvalidParameter.IllegalParameterError",
        "InvalidParameter.InputIllegal",
        "InvalidParameter.InstanceNotFound",
        "InvalidParameter.InvalidParameterError",
        "InvalidParameter.PermissionDenied",
        "InvalidParameter.SubnetUnavailable",
        "InvalidParameter.VipNotInSubnet",
        "InvalidParameter.VipUsed",
        "InvalidParameterValue",
        "InvalidParameterValue.BizInvalidParameterValueError",
        "InvalidParameterValue.CheckCloneInstanceDiskError",
        "InvalidParameterValue.CheckDiskError",
        "InvalidParameterValue.CheckHostError",
        "InvalidParameterValue.CheckInstanceVersionError",
        "InvalidParameterValue.CheckNameError",
        "InvalidParameterValue.CheckSpecError",
        "InvalidParameterValue.CheckVpcError",
        "InvalidParameterValue.InstanceFilterKeyError",
        "InvalidParameterValue.InvalidParameterValueError",
        "InvalidParameterValue.MaintenanceWindowParamError",
        "InvalidParameterValue.NodeReplicasInvalidError",
        "InvalidParameterValue.VportRangeError",
        "LimitExceeded.AddTagCountError",
        "LimitExceeded.OutOfInstanceCntLimitError",
        "LimitExceeded.OutOfInstanceCountLimitError",
        "LimitExceeded.OutOfLimitError",
        "LimitExceeded.OutOfNodeReplicasLimitError",
        "LimitExceeded.OutOfSpecLimitError",
        "MissingParameter.MissingParameterError",
        "OperationDenied",
        "OperationDenied.CheckDecreaseSpecError",
        "OperationDenied.CreateBackupTaskThresholdErr",
        "OperationDenied.DeleteRunningBackupTaskErr",
        "OperationDenied.InstanceOperationNotAllowedError",
        "OperationDenied.InstanceStatusError",
        "OperationDenied.ManualBackupQuotaPerDayExceededErr",
        "OperationDenied.ManualBackupSetQuotaExceededErr",
        "ResourceNotFound.BizResourceNotFoundError",
        "ResourceNotFound.InstanceNotFound",
        "ResourceNotFound.ProductConfigNotExistedError",
        "ResourceUnavailable.InstanceStatusAbnormal",
        "ResourceUnavailable.SGCheckFail",
        "UnauthorizedOperation.PermissionDenied",
        "UnsupportedOperation.GetMaxNodeNumError",
    ];
    static NAME_CODES: [u32; 12] = [12, 13, 14, 15, 16, 17, 18, 19, 31, 41, 46, 99];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationDbCreateInstanceErrorFailedOperationDbQueryInstanceErrorFailedOperationDbQueryPrivilegesErrorFailedOperationDbQueryTagErrorFailedOperationDbQueryUserErrorFailedOperationDbQueryZoneErrorFailedOperationDbUpdateInstanceErrorFailedOperationDbUpsertMaintenanceWindowErrorFailedOperationQueryDbErrorInternalErrorDescribeDbObjectsErrorInternalErrorInstanceSgOverLimitErrorResourceUnavailableSgCheckFail",
        ends: &[0, 36, 71, 108, 138, 169, 200, 236, 281, 308, 343, 380, 410],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: cam auth error.Authentication failed: check cam auth error.Authentication failed: uin white list check error.Authentication failed: unauthorized operation.The request was a dry run and was not carried out: add tag dryrun error.The operation failed: add instance info failed.The operation failed: apply vip failed.The operation failed: auth no strategy.The operation failed: check support action error.The operation failed: clear instance info failed.The operation failed: create flow error.The operation failed: DB create instance error.The operation failed: DB query instance error.The operation failed: DB query privileges error.The operation failed: DB query tag error.The operation failed: DB query user error.The operation failed: DB query zone error.The operation failed: DB update instance error.The operation failed: DB upsert maintenance window error.The operation failed: db count limit error.The operation failed: describe full backup list error.The operation failed: disassociate security groups failed.The operation failed: expand instance error.The operation failed: get security group detail failed.The operation failed: isolate instance error.The operation failed: lock instance error.The operation failed: modify backup policy err.The operation failed: modify policy err.The operation failed: oss get variables error.The operation failed: oss modify variables error.The operation failed: query DB error.The operation failed: query user error.The operation failed: set rule location failed.The operation failed: table count limit error.The operation failed: update instance info failed.The operation failed: update privileges error.The operation failed: wan status abnormal.An internal error occurred: check vip status failed.An internal error occurred: database access error.An internal error occurred: db operation failed.An internal error occurred: describe DB objects error.An internal error occurred: get security group detail failed.An internal error occurred: get subnet failed.An internal error occurred: get vpc failed.An internal error occurred: instance operate permission error.An internal error occurred: instance SG over limit error.An internal error occurred: list instance resp resource count not match error.An internal error occurred: list instances error.An internal error occurred: query database failed.An internal error occurred: read database failed.An internal error occurred: route not found.An internal error occurred: router not found.An internal error occurred: set svc location failed.An internal error occurred: vpc operation failed.A parameter is invalid.A parameter is invalid: create instance param error.A parameter is invalid: illegal backup policy params err.A parameter is invalid: illegal parameter error.A parameter is invalid: input illegal.A parameter is invalid: instance not found.A parameter is invalid: invalid parameter error.A parameter is invalid: permission denied.A parameter is invalid: subnet unavailable.A parameter is invalid: vip not in subnet.A parameter is invalid: vip used.A parameter value is invalid.A parameter value is invalid: biz invalid parameter value error.A parameter value is invalid: check clone instance disk error.A parameter value is invalid: check disk error.A parameter value is invalid: check host error.A parameter value is invalid: check instance version error.A parameter value is invalid: check name error.A parameter value is invalid: check spec error.A parameter value is invalid: check vpc error.A parameter value is invalid: instance filter key error.A parameter value is invalid: invalid parameter value error.A parameter value is invalid: maintenance window param error.A parameter value is invalid: node replicas invalid error.A parameter value is invalid: vport range error.A limit was exceeded: add tag count error.A limit was exceeded: out of instance cnt limit error.A limit was exceeded: out of instance count limit error.A limit was exceeded: out of limit error.A limit was exceeded: out of node replicas limit error.A limit was exceeded: out of spec limit error.A required parameter is missing: missing parameter error.The operation was denied.The operation was denied: check decrease spec error.The operation was denied: create backup task threshold err.The operation was denied: delete running backup task err.The operation was denied: instance operation not allowed error.The operation was denied: instance status error.The operation was denied: manual backup quota per day exceeded err.The operation was denied: manual backup set quota exceeded err.The resource was not found: biz resource not found error.The resource was not found: instance not found.The resource was not found: product config not existed error.The resource is unavailable: instance status abnormal.The resource is unavailable: SG check fail.The operation is not authorized: permission denied.The operation is not supported: get max node num error.",
        ends: &[
            0, 22, 60, 104, 154, 200, 272, 319, 358, 397, 446, 495, 535, 582, 628, 676,
            717, 759, 801, 848, 905, 948, 1002, 1060, 1104, 1159, 1204, 1246, 1293, 1333,
            1379, 1428, 1465, 1504, 1551, 1597, 1647, 1693, 1735, 1787, 1837, 1885, 1939,
            2000, 2046, 2089, 2151, 2208, 2286, 2335, 2385, 2434, 2478, 2523, 2575, 2624,
            2647, 2699, 2756, 2804, 2842, 2885, 2933, 2975, 3018, 3060, 3093, 3122, 3186,
            3248, 3295, 3342, 3401, 3448, 3495, 3541, 3597, 3657, 3718, 3776, 3824, 3866,
            3920, 3976, 4017, 4072, 4118, 4175, 4200, 4252, 4311, 4368, 4431, 4479, 4546,
            4609, 4666, 4713, 4774, 4828, 4871, 4922, 4977,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 102] = ::cloud_errors::__private::retry_column(
        b"accccaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccccccccaaaccca",
    );
    static CATEGORY: [::cloud_errors::Category; 102] = ::cloud_errors::__private::category_column(
        b"bppppiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimmmmmmmmmmmmmmmmmccccccccccccccccccccccccchhhhhhcggggggggeeeiigi",
    );
    static PILOTS: [u16; 26] = [
        0, 0, 46, 9, 3, 19, 2, 38, 30, 0, 8, 70, 4, 162, 0, 7, 12, 1, 50, 29, 49, 11, 10,
        45, 22, 144,
    ];
    static SLOTS: [(&str, u32); 113] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            79, 45, 22, 68, 5, 75, 4294967295, 4294967295, 15, 92, 33, 57, 51, 31,
            4294967295, 47, 61, 50, 1, 27, 4294967295, 4294967295, 48, 41, 42, 9, 83,
            4294967295, 89, 4294967295, 56, 12, 76, 58, 94, 38, 86, 17, 70, 39, 90, 25,
            16, 11, 67, 44, 91, 26, 65, 4294967295, 71, 69, 4294967295, 10, 81, 66, 37,
            13, 18, 24, 54, 84, 4294967295, 49, 97, 2, 4, 21, 78, 88, 96, 101, 34, 95,
            82, 40, 3, 55, 60, 87, 19, 93, 29, 53, 63, 62, 77, 7, 32, 73, 46, 35, 100, 8,
            0, 14, 59, 52, 74, 36, 28, 4294967295, 64, 6, 85, 23, 30, 43, 72, 99, 98, 80,
            20,
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
    const PROVIDER: &'static str = "Tencent Cloud TDMYSQL";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TDMYSQL's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TDMYSQL: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
