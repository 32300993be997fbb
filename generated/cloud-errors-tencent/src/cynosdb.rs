// @generated from catalogs/tencent/cynosdb.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CYNOSDB: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CYNOSDB: a variant per documented code,
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
    /// `FailedOperation.BatchGetInstanceError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: batch get instance error.
    FailedOperationBatchGetInstanceError,
    /// `FailedOperation.BindSourcePackageError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: bind source package error.
    FailedOperationBindSourcePackageError,
    /// `FailedOperation.CamCheckResourceError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cam check resource error.
    FailedOperationCamCheckResourceError,
    /// `FailedOperation.CamSigAndAuthError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cam sig and auth error.
    FailedOperationCamSigAndAuthError,
    /// `FailedOperation.CheckVpcAndSubnetError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: check vpc and subnet error.
    FailedOperationCheckVpcAndSubnetError,
    /// `FailedOperation.CreateAuditFailError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create audit fail error.
    FailedOperationCreateAuditFailError,
    /// `FailedOperation.CreateOrder`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create order.
    FailedOperationCreateOrder,
    /// `FailedOperation.CreateSourcePackageError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create source package error.
    FailedOperationCreateSourcePackageError,
    /// `FailedOperation.CynosdbMysqlSetBackupStrategy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cynosdb mysql set backup strategy.
    FailedOperationCynosdbMysqlSetBackupStrategy,
    /// `FailedOperation.DatabaseAccessError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: database access error.
    FailedOperationDatabaseAccessError,
    /// `FailedOperation.DescribeAccountPrivilegesError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe account privileges error.
    FailedOperationDescribeAccountPrivilegesError,
    /// `FailedOperation.FlowCreateError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: flow create error.
    FailedOperationFlowCreateError,
    /// `FailedOperation.FlowNotFoundError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: flow not found error.
    FailedOperationFlowNotFoundError,
    /// `FailedOperation.GetBackupStrategyError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get backup strategy error.
    FailedOperationGetBackupStrategyError,
    /// `FailedOperation.GetNetServiceInfoError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get net service info error.
    FailedOperationGetNetServiceInfoError,
    /// `FailedOperation.GetOssInfoError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get oss info error.
    FailedOperationGetOssInfoError,
    /// `FailedOperation.InstanceQueryError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance query error.
    FailedOperationInstanceQueryError,
    /// `FailedOperation.InsufficientBalance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: insufficient balance.
    FailedOperationInsufficientBalance,
    /// `FailedOperation.ModifyDeductionPriorityError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify deduction priority error.
    FailedOperationModifyDeductionPriorityError,
    /// `FailedOperation.OperationFailedError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: operation failed error.
    FailedOperationOperationFailedError,
    /// `FailedOperation.ProxyCheckError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: proxy check error.
    FailedOperationProxyCheckError,
    /// `FailedOperation.QuerySourcePackageDetailError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query source package detail error.
    FailedOperationQuerySourcePackageDetailError,
    /// `FailedOperation.QuerySourcePackageError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query source package error.
    FailedOperationQuerySourcePackageError,
    /// `FailedOperation.QuerySpecBySpecCodeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query spec by spec code error.
    FailedOperationQuerySpecBySpecCodeError,
    /// `FailedOperation.RefundSourcePackageError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: refund source package error.
    FailedOperationRefundSourcePackageError,
    /// `FailedOperation.ServerlessSetStrategyError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: serverless set strategy error.
    FailedOperationServerlessSetStrategyError,
    /// `FailedOperation.ServiceAccessError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: service access error.
    FailedOperationServiceAccessError,
    /// `FailedOperation.SpecNotFoundError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: spec not found error.
    FailedOperationSpecNotFoundError,
    /// `FailedOperation.TradeCreateOrderError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: trade create order error.
    FailedOperationTradeCreateOrderError,
    /// `FailedOperation.UnBindSourcePackageError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: un bind source package error.
    FailedOperationUnBindSourcePackageError,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.DBError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB error.
    InternalErrorDbError,
    /// `InternalError.DbOperationFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db operation failed.
    InternalErrorDbOperationFailed,
    /// `InternalError.GetRoleError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get role error.
    InternalErrorGetRoleError,
    /// `InternalError.GetSecurityGroupDetailFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get security group detail failed.
    InternalErrorGetSecurityGroupDetailFailed,
    /// `InternalError.GetSubnetFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get subnet failed.
    InternalErrorGetSubnetFailed,
    /// `InternalError.GetVpcFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get vpc failed.
    InternalErrorGetVpcFailed,
    /// `InternalError.HttpError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: http error.
    InternalErrorHttpError,
    /// `InternalError.InternalHttpServerError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal http server error.
    InternalErrorInternalHttpServerError,
    /// `InternalError.InternalInnerServiceError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal inner service error.
    InternalErrorInternalInnerServiceError,
    /// `InternalError.ListInstanceFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: list instance failed.
    InternalErrorListInstanceFailed,
    /// `InternalError.ListInstancesError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: list instances error.
    InternalErrorListInstancesError,
    /// `InternalError.OperateWanFail`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: operate wan fail.
    InternalErrorOperateWanFail,
    /// `InternalError.OperationNotSupport`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: operation not support.
    InternalErrorOperationNotSupport,
    /// `InternalError.QueryDatabaseFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: query database failed.
    InternalErrorQueryDatabaseFailed,
    /// `InternalError.ServiceError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: service error.
    InternalErrorServiceError,
    /// `InternalError.SystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: system error.
    InternalErrorSystemError,
    /// `InternalError.UnknownError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unknown error.
    InternalErrorUnknownError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ControllerNotFoundError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: controller not found error.
    InvalidParameterControllerNotFoundError,
    /// `InvalidParameter.ExceptionParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: exception param.
    InvalidParameterExceptionParam,
    /// `InvalidParameter.InvalidParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter error.
    InvalidParameterInvalidParameterError,
    /// `InvalidParameter.IsolateNotAllowed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: isolate not allowed.
    InvalidParameterIsolateNotAllowed,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.AccountAlreadyExistError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: account already exist error.
    InvalidParameterValueAccountAlreadyExistError,
    /// `InvalidParameterValue.AccountExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: account exist.
    InvalidParameterValueAccountExist,
    /// `InvalidParameterValue.AccountNotExistError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: account not exist error.
    InvalidParameterValueAccountNotExistError,
    /// `InvalidParameterValue.ClusterNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cluster not found.
    InvalidParameterValueClusterNotFound,
    /// `InvalidParameterValue.DBTypeNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: DB type not found.
    InvalidParameterValueDbTypeNotFound,
    /// `InvalidParameterValue.DbModeNotServerlessError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: db mode not serverless error.
    InvalidParameterValueDbModeNotServerlessError,
    /// `InvalidParameterValue.DealNameNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: deal name not found.
    InvalidParameterValueDealNameNotFound,
    /// `InvalidParameterValue.FlowNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: flow not found.
    InvalidParameterValueFlowNotFound,
    /// `InvalidParameterValue.IllegalInstanceName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal instance name.
    InvalidParameterValueIllegalInstanceName,
    /// `InvalidParameterValue.IllegalOrderBy`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal order by.
    InvalidParameterValueIllegalOrderBy,
    /// `InvalidParameterValue.IllegalPassword`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal password.
    InvalidParameterValueIllegalPassword,
    /// `InvalidParameterValue.InstanceNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance not found.
    InvalidParameterValueInstanceNotFound,
    /// `InvalidParameterValue.InternalAccount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: internal account.
    InvalidParameterValueInternalAccount,
    /// `InvalidParameterValue.InternalDomainReserveTooShortError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: internal domain reserve too short error.
    InvalidParameterValueInternalDomainReserveTooShortError,
    /// `InvalidParameterValue.InvalidDBVersion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid DB version.
    InvalidParameterValueInvalidDbVersion,
    /// `InvalidParameterValue.InvalidParameterValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter value error.
    InvalidParameterValueInvalidParameterValueError,
    /// `InvalidParameterValue.InvalidPasswordValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid password value error.
    InvalidParameterValueInvalidPasswordValueError,
    /// `InvalidParameterValue.InvalidRegionIdError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid region id error.
    InvalidParameterValueInvalidRegionIdError,
    /// `InvalidParameterValue.InvalidSpec`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid spec.
    InvalidParameterValueInvalidSpec,
    /// `InvalidParameterValue.InvalidZoneIdError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid zone id error.
    InvalidParameterValueInvalidZoneIdError,
    /// `InvalidParameterValue.ParamBothSetError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: param both set error.
    InvalidParameterValueParamBothSetError,
    /// `InvalidParameterValue.ParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: param error.
    InvalidParameterValueParamError,
    /// `InvalidParameterValue.ParameterMismatchError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter mismatch error.
    InvalidParameterValueParameterMismatchError,
    /// `InvalidParameterValue.ParameterOutRangeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter out range error.
    InvalidParameterValueParameterOutRangeError,
    /// `InvalidParameterValue.PrePayPayModeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: pre pay pay mode error.
    InvalidParameterValuePrePayPayModeError,
    /// `InvalidParameterValue.ProjectIdNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: project id not found.
    InvalidParameterValueProjectIdNotFound,
    /// `InvalidParameterValue.RegionZoneUnavailable`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: region zone unavailable.
    InvalidParameterValueRegionZoneUnavailable,
    /// `InvalidParameterValue.StoragePoolNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: storage pool not found.
    InvalidParameterValueStoragePoolNotFound,
    /// `InvalidParameterValue.SubnetNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subnet not found.
    InvalidParameterValueSubnetNotFound,
    /// `InvalidParameterValue.SubnetUnchangedError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subnet unchanged error.
    InvalidParameterValueSubnetUnchangedError,
    /// `InvalidParameterValue.ValueNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: value not found.
    InvalidParameterValueValueNotFound,
    /// `InvalidParameterValue.VpcNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpc not found.
    InvalidParameterValueVpcNotFound,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.ClusterInstanceLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cluster instance limit.
    LimitExceededClusterInstanceLimit,
    /// `LimitExceeded.UserInstanceLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: user instance limit.
    LimitExceededUserInstanceLimit,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied.AuditFileOverQuotaError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: audit file over quota error.
    OperationDeniedAuditFileOverQuotaError,
    /// `OperationDenied.AuditLogClosedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: audit log closed error.
    OperationDeniedAuditLogClosedError,
    /// `OperationDenied.AuditPolicyNotExistError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: audit policy not exist error.
    OperationDeniedAuditPolicyNotExistError,
    /// `OperationDenied.AuditStatusError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: audit status error.
    OperationDeniedAuditStatusError,
    /// `OperationDenied.BackupVaultTaskConflictError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: backup vault task conflict error.
    OperationDeniedBackupVaultTaskConflictError,
    /// `OperationDenied.CamDeniedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: cam denied error.
    OperationDeniedCamDeniedError,
    /// `OperationDenied.ClusterOpNotAllowedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: cluster op not allowed error.
    OperationDeniedClusterOpNotAllowedError,
    /// `OperationDenied.ClusterStatusDeniedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: cluster status denied error.
    OperationDeniedClusterStatusDeniedError,
    /// `OperationDenied.ClusterTaskConflictError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: cluster task conflict error.
    OperationDeniedClusterTaskConflictError,
    /// `OperationDenied.CreateTaskAndFlowError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: create task and flow error.
    OperationDeniedCreateTaskAndFlowError,
    /// `OperationDenied.CynosdbVersionNotSupportError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: cynosdb version not support error.
    OperationDeniedCynosdbVersionNotSupportError,
    /// `OperationDenied.DisableNewStorageMultiZoneDeploymentError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: disable new storage multi zone deployment error.
    OperationDeniedDisableNewStorageMultiZoneDeploymentError,
    /// `OperationDenied.FeatureNotSupportError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: feature not support error.
    OperationDeniedFeatureNotSupportError,
    /// `OperationDenied.GetProxyGroupFailedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: get proxy group failed error.
    OperationDeniedGetProxyGroupFailedError,
    /// `OperationDenied.InstanceAccessDeniedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: instance access denied error.
    OperationDeniedInstanceAccessDeniedError,
    /// `OperationDenied.InstanceGrpTaskConflictError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: instance grp task conflict error.
    OperationDeniedInstanceGrpTaskConflictError,
    /// `OperationDenied.InstanceStatusDeniedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: instance status denied error.
    OperationDeniedInstanceStatusDeniedError,
    /// `OperationDenied.InstanceStatusLimitError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: instance status limit error.
    OperationDeniedInstanceStatusLimitError,
    /// `OperationDenied.InstanceTaskConflictError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: instance task conflict error.
    OperationDeniedInstanceTaskConflictError,
    /// `OperationDenied.InsufficientBalanceError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: insufficient balance error.
    OperationDeniedInsufficientBalanceError,
    /// `OperationDenied.InvalidRegionForRollbackNewCluster`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: invalid region for rollback new cluster.
    OperationDeniedInvalidRegionForRollbackNewCluster,
    /// `OperationDenied.IsNotRollbackClusterError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: is not rollback cluster error.
    OperationDeniedIsNotRollbackClusterError,
    /// `OperationDenied.LengthOverLimit`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: length over limit.
    OperationDeniedLengthOverLimit,
    /// `OperationDenied.LimitDayForAuditReplayError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: limit day for audit replay error.
    OperationDeniedLimitDayForAuditReplayError,
    /// `OperationDenied.MissingParameterError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: missing parameter error.
    OperationDeniedMissingParameterError,
    /// `OperationDenied.NewStorageOnlySupport80Error`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: new storage only support80 error.
    OperationDeniedNewStorageOnlySupport80Error,
    /// `OperationDenied.NoAvaliableResouceError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: no avaliable resouce error.
    OperationDeniedNoAvaliableResouceError,
    /// `OperationDenied.OnlyNewStorageSupportStorageCompressionError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: only new storage support storage compression error.
    OperationDeniedOnlyNewStorageSupportStorageCompressionError,
    /// `OperationDenied.OperationDeniedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: operation denied error.
    OperationDeniedOperationDeniedError,
    /// `OperationDenied.PausedSlsNotAllowModifySlave`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: paused sls not allow modify slave.
    OperationDeniedPausedSlsNotAllowModifySlave,
    /// `OperationDenied.ProxyConnectCountCheckError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: proxy connect count check error.
    OperationDeniedProxyConnectCountCheckError,
    /// `OperationDenied.ProxyNodeCountCheckError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: proxy node count check error.
    OperationDeniedProxyNodeCountCheckError,
    /// `OperationDenied.ProxyNotRunningError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: proxy not running error.
    OperationDeniedProxyNotRunningError,
    /// `OperationDenied.ProxySaleZoneCheckError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: proxy sale zone check error.
    OperationDeniedProxySaleZoneCheckError,
    /// `OperationDenied.ProxyStockCheckError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: proxy stock check error.
    OperationDeniedProxyStockCheckError,
    /// `OperationDenied.ProxyVersionCheckError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: proxy version check error.
    OperationDeniedProxyVersionCheckError,
    /// `OperationDenied.ProxyZoneCheckError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: proxy zone check error.
    OperationDeniedProxyZoneCheckError,
    /// `OperationDenied.SecondaryCacheUnknownError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: secondary cache unknown error.
    OperationDeniedSecondaryCacheUnknownError,
    /// `OperationDenied.ServerlessClusterStatusDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: serverless cluster status denied.
    OperationDeniedServerlessClusterStatusDenied,
    /// `OperationDenied.ServerlessInstanceStatusDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: serverless instance status denied.
    OperationDeniedServerlessInstanceStatusDenied,
    /// `OperationDenied.TaskConflictError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: task conflict error.
    OperationDeniedTaskConflictError,
    /// `OperationDenied.TradeBusinessCheckError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: trade business check error.
    OperationDeniedTradeBusinessCheckError,
    /// `OperationDenied.UnSupportSaleSpecError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: un support sale spec error.
    OperationDeniedUnSupportSaleSpecError,
    /// `OperationDenied.UnsupportOpenAuditError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: unsupport open audit error.
    OperationDeniedUnsupportOpenAuditError,
    /// `OperationDenied.UserNotAuthenticatedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: user not authenticated error.
    OperationDeniedUserNotAuthenticatedError,
    /// `OperationDenied.UserResourceTaskConflictError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: user resource task conflict error.
    OperationDeniedUserResourceTaskConflictError,
    /// `OperationDenied.VersionNotSupportError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: version not support error.
    OperationDeniedVersionNotSupportError,
    /// `ResourceNotFound.ClusterNotFoundError`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cluster not found error.
    ResourceNotFoundClusterNotFoundError,
    /// `ResourceNotFound.InstanceNotFoundError`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instance not found error.
    ResourceNotFoundInstanceNotFoundError,
    /// `ResourceNotFound.ResourceError`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: resource error.
    ResourceNotFoundResourceError,
    /// `ResourceNotFound.ResourceNotFoundErr`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: resource not found err.
    ResourceNotFoundResourceNotFoundErr,
    /// `ResourceUnavailable.InstanceLockFail`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance lock fail.
    ResourceUnavailableInstanceLockFail,
    /// `ResourceUnavailable.InstanceStatusAbnormal`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance status abnormal.
    ResourceUnavailableInstanceStatusAbnormal,
    /// `UnauthorizedOperation.NotRealNameAccount`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: not real name account.
    UnauthorizedOperationNotRealNameAccount,
    /// `UnauthorizedOperation.PermissionDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: permission denied.
    UnauthorizedOperationPermissionDenied,
    /// `UnauthorizedOperation.RoleUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: role unauthorized.
    UnauthorizedOperationRoleUnauthorized,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 148] = [
        "AuthFailure",
        "FailedOperation",
        "FailedOperation.BatchGetInstanceError",
        "FailedOperation.BindSourcePackageError",
        "FailedOperation.CamCheckResourceError",
        "FailedOperation.CamSigAndAuthError",
        "FailedOperation.CheckVpcAndSubnetError",
        "FailedOperation.CreateAuditFailError",
        "FailedOperation.CreateOrder",
        "FailedOperation.CreateSourcePackageError",
        "FailedOperation.CynosdbMysqlSetBackupStrategy",
        "FailedOperation.DatabaseAccessError",
        "FailedOperation.DescribeAccountPrivilegesError",
        "FailedOperation.FlowCreateError",
        "FailedOperation.FlowNotFoundError",
        "FailedOperation.GetBackupStrategyError",
        "FailedOperation.GetNetServiceInfoError",
        "FailedOperation.GetOssInfoError",
        "FailedOperation.InstanceQueryError",
        "FailedOperation.InsufficientBalance",
        "FailedOperation.ModifyDeductionPriorityError",
        "FailedOperation.OperationFailedError",
        "FailedOperation.ProxyCheckError",
        "FailedOperation.QuerySourcePackageDetailError",
        "FailedOperation.QuerySourcePackageError",
        "FailedOperation.QuerySpecBySpecCodeError",
        "FailedOperation.RefundSourcePackageError",
        "FailedOperation.ServerlessSetStrategyError",
        "FailedOperation.ServiceAccessError",
        "FailedOperation.SpecNotFoundError",
        "FailedOperation.TradeCreateOrderError",
        "FailedOperation.UnBindSourcePackageError",
        "InternalError",
        "InternalError.DBError",
        "InternalError.DbOperationFailed",
        "InternalError.GetRoleError",
        "InternalError.GetSecurityGroupDetailFailed",
        "InternalError.GetSubnetFailed",
        "InternalError.GetVpcFailed",
        "InternalError.HttpError",
        "InternalError.InternalHttpServerError",
        "InternalError.InternalInnerServiceError",
        "InternalError.ListInstanceFailed",
        "InternalError.ListInstancesError",
        "InternalError.OperateWanFail",
        "InternalError.OperationNotSupport",
        "InternalError.QueryDatabaseFailed",
        "InternalError.ServiceError",
        "InternalError.SystemError",
        "InternalError.UnknownError",
        "InvalidParameter",
        "InvalidParameter.ControllerNotFoundError",
        "InvalidParameter.ExceptionParam",
        "InvalidParameter.InvalidParameterError",
        "InvalidParameter.IsolateNotAllowed",
        "InvalidParameterValue",
        "InvalidParameterValue.AccountAlreadyExistError",
        "InvalidParameterValue.AccountExist",
        "InvalidParameterValue.AccountNotExistError",
        "InvalidParameterValue.ClusterNotFound",
        "InvalidParameterValue.DBTypeNotFound",
        "InvalidParameterValue.DbModeNotServerlessError",
        "InvalidParameterValue.DealNameNotFound",
        "InvalidParameterValue.FlowNotFound",
        "InvalidParameterValue.IllegalInstanceName",
        "InvalidParameterValue.IllegalOrderBy",
        "InvalidParameterValue.IllegalPassword",
        "InvalidParameterValue.InstanceNotFound",
        "InvalidParameterValue.InternalAccount",
        "InvalidParameterValue.InternalDomainReserveTooShortError",
        "InvalidParameterValue.InvalidDBVersion",
        "InvalidParameterValue.InvalidParameterValueError",
        "InvalidParameterValue.InvalidPasswordValueError",
        "InvalidParameterValue.InvalidRegionIdError",
        "InvalidParameterValue.InvalidSpec",
        "InvalidParameterValue.InvalidZoneIdError",
        "InvalidParameterValue.ParamBothSetError",
        "InvalidParameterValue.ParamError",
        "InvalidParameterValue.ParameterMismatchError",
        "InvalidParameterValue.ParameterOutRangeError",
        "InvalidParameterValue.PrePayPayModeError",
        "InvalidParameterValue.ProjectIdNotFound",
        "InvalidParameterValue.RegionZoneUnavailable",
        "InvalidParameterValue.StoragePoolNotFound",
        "InvalidParameterValue.SubnetNotFound",
        "InvalidParameterValue.SubnetUnchangedError",
        "InvalidParameterValue.ValueNotFound",
        "InvalidParameterValue.VpcNotFound",
        "LimitExceeded",
        "LimitExceeded.ClusterInstanceLimit",
        "LimitExceeded.UserInstanceLimit",
        "MissingParameter",
        "OperationDenied.AuditFileOverQuotaError",
        "OperationDenied.AuditLogClosedError",
        "OperationDenied.AuditPolicyNotExistError",
        "OperationDenied.AuditStatusError",
        "OperationDenied.BackupVaultTaskConflictError",
        "OperationDenied.CamDeniedError",
        "OperationDenied.ClusterOpNotAllowedError",
        "OperationDenied.ClusterStatusDeniedError",
        "OperationDenied.ClusterTaskConflictError",
        "OperationDenied.CreateTaskAndFlowError",
        "OperationDenied.CynosdbVersionNotSupportError",
        "OperationDenied.DisableNewStorageMultiZoneDeploymentError",
        "OperationDenied.FeatureNotSupportError",
        "OperationDenied.GetProxyGroupFailedError",
        "OperationDenied.InstanceAccessDeniedError",
        "OperationDenied.InstanceGrpTaskConflictError",
        "OperationDenied.InstanceStatusDeniedError",
        "OperationDenied.InstanceStatusLimitError",
        "OperationDenied.InstanceTaskConflictError",
        "OperationDenied.InsufficientBalanceError",
        "OperationDenied.InvalidRegionForRollbackNewCluster",
        "OperationDenied.IsNotRollbackClusterError",
        "OperationDenied.LengthOverLimit",
        "OperationDenied.LimitDayForAuditReplayError",
        "OperationDenied.MissingParameterError",
        "OperationDenied.NewStorageOnlySupport80Error",
        "OperationDenied.NoAvaliableResouceError",
        "OperationDenied.OnlyNewStorageSupportStorageCompressionError",
        "OperationDenied.OperationDeniedError",
        "OperationDenied.PausedSlsNotAllowModifySlave",
        "OperationDenied.ProxyConnectCountCheckError",
        "OperationDenied.ProxyNodeCountCheckError",
        "OperationDenied.ProxyNotRunningError",
        "OperationDenied.ProxySaleZoneCheckError",
        "OperationDenied.ProxyStockCheckError",
        "OperationDenied.ProxyVersionCheckError",
        "OperationDenied.ProxyZoneCheckError",
        "OperationDenied.SecondaryCacheUnknownError",
        "OperationDenied.ServerlessClusterStatusDenied",
        "OperationDenied.ServerlessInstanceStatusDenied",
        "OperationDenied.TaskConflictError",
        "OperationDenied.TradeBusinessCheckError",
        "OperationDenied.UnSupportSaleSpecError",
        "OperationDenied.UnsupportOpenAuditError",
        "OperationDenied.UserNotAuthenticatedError",
        "OperationDenied.UserResourceTaskConflictError",
        "OperationDenied.VersionNotSupportError",
        "ResourceNotFound.ClusterNotFoundError",
        "ResourceNotFound.InstanceNotFoundError",
        "ResourceNotFound.ResourceError",
        "ResourceNotFound.ResourceNotFoundErr",
        "ResourceUnavailable.InstanceLockFail",
        "ResourceUnavailable.InstanceStatusAbnormal",
        "UnauthorizedOperation.NotRealNameAccount",
        "UnauthorizedOperation.PermissionDenied",
        "UnauthorizedOperation.RoleUnauthorized",
    ];
    static NAME_CODES: [u32; 3] = [33, 60, 70];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InternalErrorDbErrorInvalidParameterValueDbTypeNotFoundInvalidParameterValueInvalidDbVersion",
        ends: &[0, 20, 55, 92],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed.The operation failed: batch get instance error.The operation failed: bind source package error.The operation failed: cam check resource error.The operation failed: cam sig and auth error.The operation failed: check vpc and subnet error.The operation failed: create audit fail error.The operation failed: create order.The operation failed: create source package error.The operation failed: cynosdb mysql set backup strategy.The operation failed: database access error.The operation failed: describe account privileges error.The operation failed: flow create error.The operation failed: flow not found error.The operation failed: get backup strategy error.The operation failed: get net service info error.The operation failed: get oss info error.The operation failed: instance query error.The operation failed: insufficient balance.The operation failed: modify deduction priority error.The operation failed: operation failed error.The operation failed: proxy check error.The operation failed: query source package detail error.The operation failed: query source package error.The operation failed: query spec by spec code error.The operation failed: refund source package error.The operation failed: serverless set strategy error.The operation failed: service access error.The operation failed: spec not found error.The operation failed: trade create order error.The operation failed: un bind source package error.An internal error occurred.An internal error occurred: DB error.An internal error occurred: db operation failed.An internal error occurred: get role error.An internal error occurred: get security group detail failed.An internal error occurred: get subnet failed.An internal error occurred: get vpc failed.An internal error occurred: http error.An internal error occurred: internal http server error.An internal error occurred: internal inner service error.An internal error occurred: list instance failed.An internal error occurred: list instances error.An internal error occurred: operate wan fail.An internal error occurred: operation not support.An internal error occurred: query database failed.An internal error occurred: service error.An internal error occurred: system error.An internal error occurred: unknown error.A parameter is invalid.A parameter is invalid: controller not found error.A parameter is invalid: exception param.A parameter is invalid: invalid parameter error.A parameter is invalid: isolate not allowed.A parameter value is invalid.A parameter value is invalid: account already exist error.A parameter value is invalid: account exist.A parameter value is invalid: account not exist error.A parameter value is invalid: cluster not found.A parameter value is invalid: DB type not found.A parameter value is invalid: db mode not serverless error.A parameter value is invalid: deal name not found.A parameter value is invalid: flow not found.A parameter value is invalid: illegal instance name.A parameter value is invalid: illegal order by.A parameter value is invalid: illegal password.A parameter value is invalid: instance not found.A parameter value is invalid: internal account.A parameter value is invalid: internal domain reserve too short error.A parameter value is invalid: invalid DB version.A parameter value is invalid: invalid parameter value error.A parameter value is invalid: invalid password value error.A parameter value is invalid: invalid region id error.A parameter value is invalid: invalid spec.A parameter value is invalid: invalid zone id error.A parameter value is invalid: param both set error.A parameter value is invalid: param error.A parameter value is invalid: parameter mismatch error.A parameter value is invalid: parameter out range error.A parameter value is invalid: pre pay pay mode error.A parameter value is invalid: project id not found.A parameter value is invalid: region zone unavailable.A parameter value is invalid: storage pool not found.A parameter value is invalid: subnet not found.A parameter value is invalid: subnet unchanged error.A parameter value is invalid: value not found.A parameter value is invalid: vpc not found.A limit was exceeded.A limit was exceeded: cluster instance limit.A limit was exceeded: user instance limit.A required parameter is missing.The operation was denied: audit file over quota error.The operation was denied: audit log closed error.The operation was denied: audit policy not exist error.The operation was denied: audit status error.The operation was denied: backup vault task conflict error.The operation was denied: cam denied error.The operation was denied: cluster op not allowed error.The operation was denied: cluster status denied error.The operation was denied: cluster task conflict error.The operation was denied: create task and flow error.The operation was denied: cynosdb version not support error.The operation was denied: disable new storage multi zone deployment error.The operation was denied: feature not support error.The operation was denied: get proxy group failed error.The operation was denied: instance access denied error.The operation was denied: instance grp task conflict error.The operation was denied: instance status denied error.The operation was denied: instance status limit error.The operation was denied: instance task conflict error.The operation was denied: insufficient balance error.The operation was denied: invalid region for rollback new cluster.The operation was denied: is not rollback cluster error.The operation was denied: length over limit.The operation was denied: limit day for audit replay error.The operation was denied: missing parameter error.The operation was denied: new storage only support80 error.The operation was denied: no avaliable resouce error.The operation was denied: only new storage support storage compression error.The operation was denied: operation denied error.The operation was denied: paused sls not allow modify slave.The operation was denied: proxy connect count check error.The operation was denied: proxy node count check error.The operation was denied: proxy not running error.The operation was denied: proxy sale zone check error.The operation was denied: proxy stock check error.The operation was denied: proxy version check error.The operation was denied: proxy zone check error.The operation was denied: secondary cache unknown error.The operation was denied: serverless cluster status denied.The operation was denied: serverless instance status denied.The operation was denied: task conflict error.The operation was denied: trade business check error.The operation was denied: un support sale spec error.The operation was denied: unsupport open audit error.The operation was denied: user not authenticated error.The operation was denied: user resource task conflict error.The operation was denied: version not support error.The resource was not found: cluster not found error.The resource was not found: instance not found error.The resource was not found: resource error.The resource was not found: resource not found err.The resource is unavailable: instance lock fail.The resource is unavailable: instance status abnormal.The operation is not authorized: not real name account.The operation is not authorized: permission denied.The operation is not authorized: role unauthorized.",
        ends: &[
            0, 22, 43, 90, 138, 185, 230, 279, 325, 360, 410, 466, 510, 566, 606, 649,
            697, 746, 787, 830, 873, 927, 972, 1012, 1068, 1117, 1169, 1219, 1271, 1314,
            1357, 1404, 1455, 1482, 1519, 1567, 1610, 1671, 1717, 1760, 1799, 1854, 1911,
            1960, 2009, 2054, 2104, 2154, 2196, 2237, 2279, 2302, 2353, 2393, 2441, 2485,
            2514, 2572, 2616, 2670, 2718, 2766, 2825, 2875, 2920, 2972, 3019, 3066, 3115,
            3162, 3232, 3281, 3341, 3400, 3454, 3497, 3549, 3600, 3642, 3697, 3753, 3806,
            3857, 3911, 3964, 4011, 4064, 4110, 4154, 4175, 4220, 4262, 4294, 4348, 4397,
            4452, 4497, 4556, 4599, 4654, 4708, 4762, 4815, 4875, 4949, 5001, 5056, 5111,
            5170, 5225, 5279, 5334, 5387, 5453, 5509, 5553, 5612, 5662, 5721, 5774, 5851,
            5900, 5960, 6018, 6073, 6123, 6177, 6227, 6279, 6328, 6384, 6443, 6503, 6549,
            6602, 6655, 6708, 6763, 6823, 6875, 6927, 6980, 7023, 7074, 7122, 7176, 7231,
            7282, 7333,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 148] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacccccccccccccccccccccccccccccccccccccccccccccccaaaaccccc",
    );
    static CATEGORY: [::cloud_errors::Category; 148] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimmmmmmmmmmmmmmmmmmcccccccccccccccccccccccccccccccccccccchhhcgggggggggggggggggggggggggggggggggggggggggggggggeeeeiiggg",
    );
    static PILOTS: [u16; 37] = [
        6, 0, 4, 26, 11, 35, 41, 1, 7, 9, 18, 9, 2, 11, 1, 10, 6, 39, 42, 110, 34, 322,
        2, 50, 0, 18, 9, 51, 0, 4, 0, 38, 11, 174, 4, 50, 5,
    ];
    static SLOTS: [(&str, u32); 164] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            40, 4294967295, 119, 47, 70, 57, 146, 82, 11, 88, 81, 29, 61, 147, 33, 52,
            118, 145, 104, 95, 137, 4294967295, 4294967295, 27, 72, 44, 2, 20, 132, 110,
            35, 9, 109, 94, 4294967295, 28, 92, 19, 48, 113, 4294967295, 80, 39,
            4294967295, 68, 4294967295, 18, 122, 131, 71, 134, 14, 114, 16, 4, 112, 116,
            130, 41, 31, 74, 117, 138, 144, 63, 97, 128, 126, 25, 78, 4294967295, 65, 79,
            66, 140, 77, 86, 91, 84, 30, 139, 45, 4294967295, 8, 62, 100, 107, 6, 34,
            4294967295, 0, 4294967295, 4294967295, 12, 5, 1, 123, 26, 143, 7, 38, 15, 85,
            106, 69, 55, 101, 60, 56, 127, 23, 36, 121, 103, 93, 42, 83, 3, 75, 120, 54,
            59, 136, 49, 105, 76, 4294967295, 10, 125, 43, 46, 50, 67, 141, 96, 111, 115,
            64, 133, 124, 90, 135, 4294967295, 37, 4294967295, 32, 24, 142, 21, 17, 129,
            13, 53, 98, 73, 58, 87, 108, 99, 51, 4294967295, 89, 22, 102,
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
    const PROVIDER: &'static str = "Tencent Cloud CYNOSDB";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CYNOSDB's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CYNOSDB: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
