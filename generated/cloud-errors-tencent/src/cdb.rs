// @generated from catalogs/tencent/cdb.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CDB: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CDB: a variant per documented code,
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
    /// `AuthFailure.SubAccountDenied`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: sub account denied.
    AuthFailureSubAccountDenied,
    /// `CdbError`: no documented HTTP status; retry: never; category: unknown.
    /// Cdb error.
    CdbError,
    /// `CdbError.BackupError`: no documented HTTP status; retry: never; category: unknown.
    /// Cdb error: backup error.
    CdbErrorBackupError,
    /// `CdbError.DatabaseError`: no documented HTTP status; retry: never; category: unknown.
    /// Cdb error: database error.
    CdbErrorDatabaseError,
    /// `CdbError.ImportError`: no documented HTTP status; retry: never; category: unknown.
    /// Cdb error: import error.
    CdbErrorImportError,
    /// `CdbError.TaskError`: no documented HTTP status; retry: never; category: unknown.
    /// Cdb error: task error.
    CdbErrorTaskError,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AsyncTaskStatusError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: async task status error.
    FailedOperationAsyncTaskStatusError,
    /// `FailedOperation.AuditConfigNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: audit config not exist.
    FailedOperationAuditConfigNotExist,
    /// `FailedOperation.CdbInstanceLockFailError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cdb instance lock fail error.
    FailedOperationCdbInstanceLockFailError,
    /// `FailedOperation.CreateAccountError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create account error.
    FailedOperationCreateAccountError,
    /// `FailedOperation.CreateAuditFailError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create audit fail error.
    FailedOperationCreateAuditFailError,
    /// `FailedOperation.CreateAuditLogFileError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create audit log file error.
    FailedOperationCreateAuditLogFileError,
    /// `FailedOperation.CreateRoVipError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create ro vip error.
    FailedOperationCreateRoVipError,
    /// `FailedOperation.DBOperationActionError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DB operation action error.
    FailedOperationDbOperationActionError,
    /// `FailedOperation.DeleteAuditFailError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete audit fail error.
    FailedOperationDeleteAuditFailError,
    /// `FailedOperation.DescribeProxyGroupError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe proxy group error.
    FailedOperationDescribeProxyGroupError,
    /// `FailedOperation.FailedOperationError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: failed operation error.
    FailedOperationFailedOperationError,
    /// `FailedOperation.GetPrivilegeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get privilege error.
    FailedOperationGetPrivilegeError,
    /// `FailedOperation.InstanceQueryError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance query error.
    FailedOperationInstanceQueryError,
    /// `FailedOperation.InstanceTaskConflictError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance task conflict error.
    FailedOperationInstanceTaskConflictError,
    /// `FailedOperation.JsonMarshalError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: json marshal error.
    FailedOperationJsonMarshalError,
    /// `FailedOperation.JsonUnmarshalError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: json unmarshal error.
    FailedOperationJsonUnmarshalError,
    /// `FailedOperation.LogContentOverLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: log content over limit.
    FailedOperationLogContentOverLimit,
    /// `FailedOperation.NotChangeStrategy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not change strategy.
    FailedOperationNotChangeStrategy,
    /// `FailedOperation.NotDelayRo`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not delay ro.
    FailedOperationNotDelayRo,
    /// `FailedOperation.OperationInConflictError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: operation in conflict error.
    FailedOperationOperationInConflictError,
    /// `FailedOperation.PrivilegeDataIllegal`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: privilege data illegal.
    FailedOperationPrivilegeDataIllegal,
    /// `FailedOperation.ProxyGroupStatusError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: proxy group status error.
    FailedOperationProxyGroupStatusError,
    /// `FailedOperation.QueryAuditTaskFailError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query audit task fail error.
    FailedOperationQueryAuditTaskFailError,
    /// `FailedOperation.QueryLogError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query log error.
    FailedOperationQueryLogError,
    /// `FailedOperation.RemoteCallUnmarshalError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: remote call unmarshal error.
    FailedOperationRemoteCallUnmarshalError,
    /// `FailedOperation.RepeatCreateProxyError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: repeat create proxy error.
    FailedOperationRepeatCreateProxyError,
    /// `FailedOperation.ResponseValueError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: response value error.
    FailedOperationResponseValueError,
    /// `FailedOperation.ResultSetOverLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: result set over limit.
    FailedOperationResultSetOverLimit,
    /// `FailedOperation.ServiceAccessError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: service access error.
    FailedOperationServiceAccessError,
    /// `FailedOperation.StartFlowError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: start flow error.
    FailedOperationStartFlowError,
    /// `FailedOperation.StatusConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: status conflict.
    FailedOperationStatusConflict,
    /// `FailedOperation.SubmitAsyncTaskError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: submit async task error.
    FailedOperationSubmitAsyncTaskError,
    /// `FailedOperation.TaskConflictError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task conflict error.
    FailedOperationTaskConflictError,
    /// `FailedOperation.TimeoutError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: timeout error.
    FailedOperationTimeoutError,
    /// `FailedOperation.TypeInConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: type in conflict.
    FailedOperationTypeInConflict,
    /// `FailedOperation.VpcIpInUseError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: vpc ip in use error.
    FailedOperationVpcIpInUseError,
    /// `FailedOperation.VpcIpInvalidError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: vpc ip invalid error.
    FailedOperationVpcIpInvalidError,
    /// `FailedOperation.VpcIpNotInSubnetError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: vpc ip not in subnet error.
    FailedOperationVpcIpNotInSubnetError,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.AsyncRequestError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: async request error.
    InternalErrorAsyncRequestError,
    /// `InternalError.AuditCreateLogFileError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: audit create log file error.
    InternalErrorAuditCreateLogFileError,
    /// `InternalError.AuditDeleteLogFileError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: audit delete log file error.
    InternalErrorAuditDeleteLogFileError,
    /// `InternalError.AuditDeletePolicyError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: audit delete policy error.
    InternalErrorAuditDeletePolicyError,
    /// `InternalError.AuditDescribeLogError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: audit describe log error.
    InternalErrorAuditDescribeLogError,
    /// `InternalError.AuditError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: audit error.
    InternalErrorAuditError,
    /// `InternalError.AuditModifyStatusError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: audit modify status error.
    InternalErrorAuditModifyStatusError,
    /// `InternalError.AuditOssLogicError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: audit oss logic error.
    InternalErrorAuditOssLogicError,
    /// `InternalError.AuthError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: auth error.
    InternalErrorAuthError,
    /// `InternalError.CauthError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cauth error.
    InternalErrorCauthError,
    /// `InternalError.CdbCgwError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cdb cgw error.
    InternalErrorCdbCgwError,
    /// `InternalError.CdbError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cdb error.
    InternalErrorCdbError,
    /// `InternalError.CosError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cos error.
    InternalErrorCosError,
    /// `InternalError.DBError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB error.
    InternalErrorDbError,
    /// `InternalError.DBOperationError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB operation error.
    InternalErrorDbOperationError,
    /// `InternalError.DBRecordNotExistError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB record not exist error.
    InternalErrorDbRecordNotExistError,
    /// `InternalError.DatabaseAccessError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: database access error.
    InternalErrorDatabaseAccessError,
    /// `InternalError.DesError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: des error.
    InternalErrorDesError,
    /// `InternalError.DfwError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: dfw error.
    InternalErrorDfwError,
    /// `InternalError.ExeSqlError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: exe sql error.
    InternalErrorExeSqlError,
    /// `InternalError.ExecHttpRequestError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: exec http request error.
    InternalErrorExecHttpRequestError,
    /// `InternalError.ExecuteSQLError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: execute SQL error.
    InternalErrorExecuteSqlError,
    /// `InternalError.FtpError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: ftp error.
    InternalErrorFtpError,
    /// `InternalError.HttpError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: http error.
    InternalErrorHttpError,
    /// `InternalError.HttpRequestError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: http request error.
    InternalErrorHttpRequestError,
    /// `InternalError.ImportError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: import error.
    InternalErrorImportError,
    /// `InternalError.InnerCommonError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: inner common error.
    InternalErrorInnerCommonError,
    /// `InternalError.InternalAssertError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal assert error.
    InternalErrorInternalAssertError,
    /// `InternalError.InternalHttpServerError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal http server error.
    InternalErrorInternalHttpServerError,
    /// `InternalError.InternalInnerServiceError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal inner service error.
    InternalErrorInternalInnerServiceError,
    /// `InternalError.InternalRequestError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal request error.
    InternalErrorInternalRequestError,
    /// `InternalError.InternalServiceErrorErr`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal service error err.
    InternalErrorInternalServiceErrorErr,
    /// `InternalError.JSONError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: JSON error.
    InternalErrorJsonError,
    /// `InternalError.KmsError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: kms error.
    InternalErrorKmsError,
    /// `InternalError.NetworkError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: network error.
    InternalErrorNetworkError,
    /// `InternalError.OssError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: oss error.
    InternalErrorOssError,
    /// `InternalError.ParamError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: param error.
    InternalErrorParamError,
    /// `InternalError.RegexpCompileError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: regexp compile error.
    InternalErrorRegexpCompileError,
    /// `InternalError.ResourceNotMatch`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: resource not match.
    InternalErrorResourceNotMatch,
    /// `InternalError.ResourceNotUnique`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: resource not unique.
    InternalErrorResourceNotUnique,
    /// `InternalError.SecurityGroupError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: security group error.
    InternalErrorSecurityGroupError,
    /// `InternalError.ServerError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: server error.
    InternalErrorServerError,
    /// `InternalError.ServiceError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: service error.
    InternalErrorServiceError,
    /// `InternalError.TagError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: tag error.
    InternalErrorTagError,
    /// `InternalError.TaskError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: task error.
    InternalErrorTaskError,
    /// `InternalError.TaskFrameError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: task frame error.
    InternalErrorTaskFrameError,
    /// `InternalError.TimeWindowError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: time window error.
    InternalErrorTimeWindowError,
    /// `InternalError.TradeError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: trade error.
    InternalErrorTradeError,
    /// `InternalError.TransactioBeginError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: transactio begin error.
    InternalErrorTransactioBeginError,
    /// `InternalError.TransactionBeginError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: transaction begin error.
    InternalErrorTransactionBeginError,
    /// `InternalError.UndefinedError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: undefined error.
    InternalErrorUndefinedError,
    /// `InternalError.UnknownError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unknown error.
    InternalErrorUnknownError,
    /// `InternalError.VpcError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: vpc error.
    InternalErrorVpcError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ControllerNotFoundError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: controller not found error.
    InvalidParameterControllerNotFoundError,
    /// `InvalidParameter.DeployGroupNotEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: deploy group not empty.
    InvalidParameterDeployGroupNotEmpty,
    /// `InvalidParameter.ExceptionParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: exception param.
    InvalidParameterExceptionParam,
    /// `InvalidParameter.InstanceNameNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: instance name not found.
    InvalidParameterInstanceNameNotFound,
    /// `InvalidParameter.InstanceNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: instance not found.
    InvalidParameterInstanceNotFound,
    /// `InvalidParameter.InvalidAsyncRequestId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid async request id.
    InvalidParameterInvalidAsyncRequestId,
    /// `InvalidParameter.InvalidName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid name.
    InvalidParameterInvalidName,
    /// `InvalidParameter.InvalidParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter error.
    InvalidParameterInvalidParameterError,
    /// `InvalidParameter.JsonUnmarshalError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: json unmarshal error.
    InvalidParameterJsonUnmarshalError,
    /// `InvalidParameter.OverDeployGroupQuota`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: over deploy group quota.
    InvalidParameterOverDeployGroupQuota,
    /// `InvalidParameter.ResourceExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource exists.
    InvalidParameterResourceExists,
    /// `InvalidParameter.ResourceNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource not exists.
    InvalidParameterResourceNotExists,
    /// `InvalidParameter.ResourceNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource not found.
    InvalidParameterResourceNotFound,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.AccountDescriptionCharacterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: account description character error.
    InvalidParameterValueAccountDescriptionCharacterError,
    /// `InvalidParameterValue.AccountDescriptionLengthError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: account description length error.
    InvalidParameterValueAccountDescriptionLengthError,
    /// `InvalidParameterValue.AccountHostRuleError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: account host rule error.
    InvalidParameterValueAccountHostRuleError,
    /// `InvalidParameterValue.AccountPasswordCharacterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: account password character error.
    InvalidParameterValueAccountPasswordCharacterError,
    /// `InvalidParameterValue.AccountPasswordLengthError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: account password length error.
    InvalidParameterValueAccountPasswordLengthError,
    /// `InvalidParameterValue.AccountPasswordRuleError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: account password rule error.
    InvalidParameterValueAccountPasswordRuleError,
    /// `InvalidParameterValue.DataConvertError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: data convert error.
    InvalidParameterValueDataConvertError,
    /// `InvalidParameterValue.InvalidParameterValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter value error.
    InvalidParameterValueInvalidParameterValueError,
    /// `InvalidParameterValue.UserNameRuleError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: user name rule error.
    InvalidParameterValueUserNameRuleError,
    /// `InvalidParameterValue.UserNotExistError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: user not exist error.
    InvalidParameterValueUserNotExistError,
    /// `InvalidParameterValue.VerifyAccountNoRootError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: verify account no root error.
    InvalidParameterValueVerifyAccountNoRootError,
    /// `InvalidParameterValue.VerifyAccountPasswordError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: verify account password error.
    InvalidParameterValueVerifyAccountPasswordError,
    /// `InvalidParameterValue.VerifyAccountPrivError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: verify account priv error.
    InvalidParameterValueVerifyAccountPrivError,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.AccountMissingParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: account missing parameter error.
    MissingParameterAccountMissingParameterError,
    /// `MissingParameter.MissingParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing param error.
    MissingParameterMissingParamError,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.AccountOperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: account operation denied.
    OperationDeniedAccountOperationDenied,
    /// `OperationDenied.ActionInProcess`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: action in process.
    OperationDeniedActionInProcess,
    /// `OperationDenied.ActionNotSupport`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: action not support.
    OperationDeniedActionNotSupport,
    /// `OperationDenied.AtLeastAllRuleAuditPolicyError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: at least all rule audit policy error.
    OperationDeniedAtLeastAllRuleAuditPolicyError,
    /// `OperationDenied.AtLeastAuditPolicyError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: at least audit policy error.
    OperationDeniedAtLeastAuditPolicyError,
    /// `OperationDenied.AuditFileOverQuotaError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: audit file over quota error.
    OperationDeniedAuditFileOverQuotaError,
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
    /// `OperationDenied.AuditRuleDeleteError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: audit rule delete error.
    OperationDeniedAuditRuleDeleteError,
    /// `OperationDenied.AuditRuleExistError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: audit rule exist error.
    OperationDeniedAuditRuleExistError,
    /// `OperationDenied.AuditRuleHasBind`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: audit rule has bind.
    OperationDeniedAuditRuleHasBind,
    /// `OperationDenied.AuditRuleNotExistError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: audit rule not exist error.
    OperationDeniedAuditRuleNotExistError,
    /// `OperationDenied.AuditStatusError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: audit status error.
    OperationDeniedAuditStatusError,
    /// `OperationDenied.AuditTaskConflictError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: audit task conflict error.
    OperationDeniedAuditTaskConflictError,
    /// `OperationDenied.ConflictRoStatus`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: conflict ro status.
    OperationDeniedConflictRoStatus,
    /// `OperationDenied.ConflictStatus`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: conflict status.
    OperationDeniedConflictStatus,
    /// `OperationDenied.DBBrainPolicyConflict`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: DB brain policy conflict.
    OperationDeniedDbBrainPolicyConflict,
    /// `OperationDenied.DelayReplicationRunning`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: delay replication running.
    OperationDeniedDelayReplicationRunning,
    /// `OperationDenied.DeleteRootAccountError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: delete root account error.
    OperationDeniedDeleteRootAccountError,
    /// `OperationDenied.FlowConflict`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: flow conflict.
    OperationDeniedFlowConflict,
    /// `OperationDenied.FunctionDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: function denied.
    OperationDeniedFunctionDenied,
    /// `OperationDenied.InstTypeNotSupport`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: inst type not support.
    OperationDeniedInstTypeNotSupport,
    /// `OperationDenied.InstanceLockerConflict`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: instance locker conflict.
    OperationDeniedInstanceLockerConflict,
    /// `OperationDenied.InstanceStatusError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: instance status error.
    OperationDeniedInstanceStatusError,
    /// `OperationDenied.InstanceTaskRunning`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: instance task running.
    OperationDeniedInstanceTaskRunning,
    /// `OperationDenied.InstanceTaskStatusError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: instance task status error.
    OperationDeniedInstanceTaskStatusError,
    /// `OperationDenied.InstanceUnsupportedOperateError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: instance unsupported operate error.
    OperationDeniedInstanceUnsupportedOperateError,
    /// `OperationDenied.ModifyAuditStatusError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: modify audit status error.
    OperationDeniedModifyAuditStatusError,
    /// `OperationDenied.NotSupportBasic`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not support basic.
    OperationDeniedNotSupportBasic,
    /// `OperationDenied.NotSupportModifyLocalRootHostError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not support modify local root host error.
    OperationDeniedNotSupportModifyLocalRootHostError,
    /// `OperationDenied.OperationDeniedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: operation denied error.
    OperationDeniedOperationDeniedError,
    /// `OperationDenied.OtherOderInProcess`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: other oder in process.
    OperationDeniedOtherOderInProcess,
    /// `OperationDenied.OverQuota`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: over quota.
    OperationDeniedOverQuota,
    /// `OperationDenied.ProxyAddressLimitError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: proxy address limit error.
    OperationDeniedProxyAddressLimitError,
    /// `OperationDenied.ProxyAddressNotFund`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: proxy address not fund.
    OperationDeniedProxyAddressNotFund,
    /// `OperationDenied.ProxyNodeCountLimitError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: proxy node count limit error.
    OperationDeniedProxyNodeCountLimitError,
    /// `OperationDenied.ProxyUpgradeTaskStatusError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: proxy upgrade task status error.
    OperationDeniedProxyUpgradeTaskStatusError,
    /// `OperationDenied.QueryAuditLogsError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: query audit logs error.
    OperationDeniedQueryAuditLogsError,
    /// `OperationDenied.ResourceNotFoundError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: resource not found error.
    OperationDeniedResourceNotFoundError,
    /// `OperationDenied.ResourceNotFundError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: resource not fund error.
    OperationDeniedResourceNotFundError,
    /// `OperationDenied.ResultOverLimit`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: result over limit.
    OperationDeniedResultOverLimit,
    /// `OperationDenied.SubAccountOperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: sub account operation denied.
    OperationDeniedSubAccountOperationDenied,
    /// `OperationDenied.UnSupportRefundError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: un support refund error.
    OperationDeniedUnSupportRefundError,
    /// `OperationDenied.UnsupportCreateAddressError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: unsupport create address error.
    OperationDeniedUnsupportCreateAddressError,
    /// `OperationDenied.UnsupportOpenAuditError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: unsupport open audit error.
    OperationDeniedUnsupportOpenAuditError,
    /// `OperationDenied.UserHasNoStrategy`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: user has no strategy.
    OperationDeniedUserHasNoStrategy,
    /// `OperationDenied.WrongPassword`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: wrong password.
    OperationDeniedWrongPassword,
    /// `OperationDenied.WrongStatus`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: wrong status.
    OperationDeniedWrongStatus,
    /// `OverQuota`: no documented HTTP status; retry: never; category: unknown.
    /// Over quota.
    OverQuota,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.CdbInstanceNotFoundError`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cdb instance not found error.
    ResourceNotFoundCdbInstanceNotFoundError,
    /// `ResourceNotFound.InstanceNotFoundError`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instance not found error.
    ResourceNotFoundInstanceNotFoundError,
    /// `ResourceNotFound.InstanceNotFundError`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instance not fund error.
    ResourceNotFoundInstanceNotFundError,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.NotEnoughPrivileges`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: not enough privileges.
    UnauthorizedOperationNotEnoughPrivileges,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.NotSupportNormalInstance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not support normal instance.
    UnsupportedOperationNotSupportNormalInstance,
    /// `UnsupportedOperation.PrivilegesUnsupportedError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: privileges unsupported error.
    UnsupportedOperationPrivilegesUnsupportedError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 197] = [
        "AuthFailure",
        "AuthFailure.InvalidAuthorization",
        "AuthFailure.SubAccountDenied",
        "CdbError",
        "CdbError.BackupError",
        "CdbError.DatabaseError",
        "CdbError.ImportError",
        "CdbError.TaskError",
        "FailedOperation",
        "FailedOperation.AsyncTaskStatusError",
        "FailedOperation.AuditConfigNotExist",
        "FailedOperation.CdbInstanceLockFailError",
        "FailedOperation.CreateAccountError",
        "FailedOperation.CreateAuditFailError",
        "FailedOperation.CreateAuditLogFileError",
        "FailedOperation.CreateRoVipError",
        "FailedOperation.DBOperationActionError",
        "FailedOperation.DeleteAuditFailError",
        "FailedOperation.DescribeProxyGroupError",
        "FailedOperation.FailedOperationError",
        "FailedOperation.GetPrivilegeError",
        "FailedOperation.InstanceQueryError",
        "FailedOperation.InstanceTaskConflictError",
        "FailedOperation.JsonMarshalError",
        "FailedOperation.JsonUnmarshalError",
        "FailedOperation.LogContentOverLimit",
        "FailedOperation.NotChangeStrategy",
        "FailedOperation.NotDelayRo",
        "FailedOperation.OperationInConflictError",
        "FailedOperation.PrivilegeDataIllegal",
        "FailedOperation.ProxyGroupStatusError",
        "FailedOperation.QueryAuditTaskFailError",
        "FailedOperation.QueryLogError",
        "FailedOperation.RemoteCallUnmarshalError",
        "FailedOperation.RepeatCreateProxyError",
        "FailedOperation.ResponseValueError",
        "FailedOperation.ResultSetOverLimit",
        "FailedOperation.ServiceAccessError",
        "FailedOperation.StartFlowError",
        "FailedOperation.StatusConflict",
        "FailedOperation.SubmitAsyncTaskError",
        "FailedOperation.TaskConflictError",
        "FailedOperation.TimeoutError",
        "FailedOperation.TypeInConflict",
        "FailedOperation.VpcIpInUseError",
        "FailedOperation.VpcIpInvalidError",
        "FailedOperation.VpcIpNotInSubnetError",
        "InternalError",
        "InternalError.AsyncRequestError",
        "InternalError.AuditCreateLogFileError",
        "InternalError.AuditDeleteLogFileError",
        "InternalError.AuditDeletePolicyError",
        "InternalError.AuditDescribeLogError",
        "InternalError.AuditError",
        "InternalError.AuditModifyStatusError",
        "InternalError.AuditOssLogicError",
        "InternalError.AuthError",
        "InternalError.CauthError",
        "InternalError.CdbCgwError",
        "InternalError.CdbError",
        "InternalError.CosError",
        "InternalError.DBError",
        "InternalError.DBOperationError",
        "InternalError.DBRecordNotExistError",
        "InternalError.DatabaseAccessError",
        "InternalError.DesError",
        "InternalError.DfwError",
        "InternalError.ExeSqlError",
        "InternalError.ExecHttpRequestError",
        "InternalError.ExecuteSQLError",
        "InternalError.FtpError",
        "InternalError.HttpError",
        "InternalError.HttpRequestError",
        "InternalError.ImportError",
        "InternalError.InnerCommonError",
        "InternalError.InternalAssertError",
        "InternalError.InternalHttpServerError",
        "InternalError.InternalInnerServiceError",
        "InternalError.InternalRequestError",
        "InternalError.InternalServiceErrorErr",
        "InternalError.JSONError",
        "InternalError.KmsError",
        "InternalError.NetworkError",
        "InternalError.OssError",
        "InternalError.ParamError",
        "InternalError.RegexpCompileError",
        "InternalError.ResourceNotMatch",
        "InternalError.ResourceNotUnique",
        "InternalError.SecurityGroupError",
        "InternalError.ServerError",
        "InternalError.ServiceError",
        "InternalError.TagError",
        "InternalError.TaskError",
        "InternalError.TaskFrameError",
        "InternalError.TimeWindowError",
        "InternalError.TradeError",
        "InternalError.TransactioBeginError",
        "InternalError.TransactionBeginError",
        "InternalError.UndefinedError",
        "InternalError.UnknownError",
        "InternalError.VpcError",
        "InvalidParameter",
        "InvalidParameter.ControllerNotFoundError",
        "InvalidParameter.DeployGroupNotEmpty",
        "InvalidParameter.ExceptionParam",
        "InvalidParameter.InstanceNameNotFound",
        "InvalidParameter.InstanceNotFound",
        "InvalidParameter.InvalidAsyncRequestId",
        "InvalidParameter.InvalidName",
        "InvalidParameter.InvalidParameterError",
        "InvalidParameter.JsonUnmarshalError",
        "InvalidParameter.OverDeployGroupQuota",
        "InvalidParameter.ResourceExists",
        "InvalidParameter.ResourceNotExists",
        "InvalidParameter.ResourceNotFound",
        "InvalidParameterValue",
        "InvalidParameterValue.AccountDescriptionCharacterError",
        "InvalidParameterValue.AccountDescriptionLengthError",
        "InvalidParameterValue.AccountHostRuleError",
        "InvalidParameterValue.AccountPasswordCharacterError",
        "InvalidParameterValue.AccountPasswordLengthError",
        "InvalidParameterValue.AccountPasswordRuleError",
        "InvalidParameterValue.DataConvertError",
        "InvalidParameterValue.InvalidParameterValueError",
        "InvalidParameterValue.UserNameRuleError",
        "InvalidParameterValue.UserNotExistError",
        "InvalidParameterValue.VerifyAccountNoRootError",
        "InvalidParameterValue.VerifyAccountPasswordError",
        "InvalidParameterValue.VerifyAccountPrivError",
        "LimitExceeded",
        "MissingParameter",
        "MissingParameter.AccountMissingParameterError",
        "MissingParameter.MissingParamError",
        "OperationDenied",
        "OperationDenied.AccountOperationDenied",
        "OperationDenied.ActionInProcess",
        "OperationDenied.ActionNotSupport",
        "OperationDenied.AtLeastAllRuleAuditPolicyError",
        "OperationDenied.AtLeastAuditPolicyError",
        "OperationDenied.AuditFileOverQuotaError",
        "OperationDenied.AuditPolicyConflictError",
        "OperationDenied.AuditPolicyExistError",
        "OperationDenied.AuditPolicyNotExistError",
        "OperationDenied.AuditPolicyOverQuotaError",
        "OperationDenied.AuditRuleDeleteError",
        "OperationDenied.AuditRuleExistError",
        "OperationDenied.AuditRuleHasBind",
        "OperationDenied.AuditRuleNotExistError",
        "OperationDenied.AuditStatusError",
        "OperationDenied.AuditTaskConflictError",
        "OperationDenied.ConflictRoStatus",
        "OperationDenied.ConflictStatus",
        "OperationDenied.DBBrainPolicyConflict",
        "OperationDenied.DelayReplicationRunning",
        "OperationDenied.DeleteRootAccountError",
        "OperationDenied.FlowConflict",
        "OperationDenied.FunctionDenied",
        "OperationDenied.InstTypeNotSupport",
        "OperationDenied.InstanceLockerConflict",
        "OperationDenied.InstanceStatusError",
        "OperationDenied.InstanceTaskRunning",
        "OperationDenied.InstanceTaskStatusError",
        "OperationDenied.InstanceUnsupportedOperateError",
        "OperationDenied.ModifyAuditStatusError",
        "OperationDenied.NotSupportBasic",
        "OperationDenied.NotSupportModifyLocalRootHostError",
        "OperationDenied.OperationDeniedError",
        "OperationDenied.OtherOderInProcess",
        "OperationDenied.OverQuota",
        "OperationDenied.ProxyAddressLimitError",
        "OperationDenied.ProxyAddressNotFund",
        "OperationDenied.ProxyNodeCountLimitError",
        "OperationDenied.ProxyUpgradeTaskStatusError",
        "OperationDenied.QueryAuditLogsError",
        "OperationDenied.ResourceNotFoundError",
        "OperationDenied.ResourceNotFundError",
        "OperationDenied.ResultOverLimit",
        "OperationDenied.SubAccountOperationDenied",
        "OperationDenied.UnSupportRefundError",
        "OperationDenied.UnsupportCreateAddressError",
        "OperationDenied.UnsupportOpenAuditError",
        "OperationDenied.UserHasNoStrategy",
        "OperationDenied.WrongPassword",
        "OperationDenied.WrongStatus",
        "OverQuota",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceNotFound.CdbInstanceNotFoundError",
        "ResourceNotFound.InstanceNotFoundError",
        "ResourceNotFound.InstanceNotFundError",
        "ResourceUnavailable",
        "UnauthorizedOperation",
        "UnauthorizedOperation.NotEnoughPrivileges",
        "UnsupportedOperation",
        "UnsupportedOperation.NotSupportNormalInstance",
        "UnsupportedOperation.PrivilegesUnsupportedError",
    ];
    static NAME_CODES: [u32; 7] = [16, 61, 62, 63, 69, 80, 152];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationDbOperationActionErrorInternalErrorDbErrorInternalErrorDbOperationErrorInternalErrorDbRecordNotExistErrorInternalErrorExecuteSqlErrorInternalErrorJsonErrorOperationDeniedDbBrainPolicyConflict",
        ends: &[0, 37, 57, 86, 120, 148, 170, 206],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: invalid authorization.Authentication failed: sub account denied.Cdb error.Cdb error: backup error.Cdb error: database error.Cdb error: import error.Cdb error: task error.The operation failed.The operation failed: async task status error.The operation failed: audit config not exist.The operation failed: cdb instance lock fail error.The operation failed: create account error.The operation failed: create audit fail error.The operation failed: create audit log file error.The operation failed: create ro vip error.The operation failed: DB operation action error.The operation failed: delete audit fail error.The operation failed: describe proxy group error.The operation failed: failed operation error.The operation failed: get privilege error.The operation failed: instance query error.The operation failed: instance task conflict error.The operation failed: json marshal error.The operation failed: json unmarshal error.The operation failed: log content over limit.The operation failed: not change strategy.The operation failed: not delay ro.The operation failed: operation in conflict error.The operation failed: privilege data illegal.The operation failed: proxy group status error.The operation failed: query audit task fail error.The operation failed: query log error.The operation failed: remote call unmarshal error.The operation failed: repeat create proxy error.The operation failed: response value error.The operation failed: result set over limit.The operation failed: service access error.The operation failed: start flow error.The operation failed: status conflict.The operation failed: submit async task error.The operation failed: task conflict error.The operation failed: timeout error.The operation failed: type in conflict.The operation failed: vpc ip in use error.The operation failed: vpc ip invalid error.The operation failed: vpc ip not in subnet error.An internal error occurred.An internal error occurred: async request error.An internal error occurred: audit create log file error.An internal error occurred: audit delete log file error.An internal error occurred: audit delete policy error.An internal error occurred: audit describe log error.An internal error occurred: audit error.An internal error occurred: audit modify status error.An internal error occurred: audit oss logic error.An internal error occurred: auth error.An internal error occurred: cauth error.An internal error occurred: cdb cgw error.An internal error occurred: cdb error.An internal error occurred: cos error.An internal error occurred: DB error.An internal error occurred: DB operation error.An internal error occurred: DB record not exist error.An internal error occurred: database access error.An internal error occurred: des error.An internal error occurred: dfw error.An internal error occurred: exe sql error.An internal error occurred: exec http request error.An internal error occurred: execute SQL error.An internal error occurred: ftp error.An internal error occurred: http error.An internal error occurred: http request error.An internal error occurred: import error.An internal error occurred: inner common error.An internal error occurred: internal assert error.An internal error occurred: internal http server error.An internal error occurred: internal inner service error.An internal error occurred: internal request error.An internal error occurred: internal service error err.An internal error occurred: JSON error.An internal error occurred: kms error.An internal error occurred: network error.An internal error occurred: oss error.An internal error occurred: param error.An internal error occurred: regexp compile error.An internal error occurred: resource not match.An internal error occurred: resource not unique.An internal error occurred: security group error.An internal error occurred: server error.An internal error occurred: service error.An internal error occurred: tag error.An internal error occurred: task error.An internal error occurred: task frame error.An internal error occurred: time window error.An internal error occurred: trade error.An internal error occurred: transactio begin error.An internal error occurred: transaction begin error.An internal error occurred: undefined error.An internal error occurred: unknown error.An internal error occurred: vpc error.A parameter is invalid.A parameter is invalid: controller not found error.A parameter is invalid: deploy group not empty.A parameter is invalid: exception param.A parameter is invalid: instance name not found.A parameter is invalid: instance not found.A parameter is invalid: invalid async request id.A parameter is invalid: invalid name.A parameter is invalid: invalid parameter error.A parameter is invalid: json unmarshal error.A parameter is invalid: over deploy group quota.A parameter is invalid: resource exists.A parameter is invalid: resource not exists.A parameter is invalid: resource not found.A parameter value is invalid.A parameter value is invalid: account description character error.A parameter value is invalid: account description length error.A parameter value is invalid: account host rule error.A parameter value is invalid: account password character error.A parameter value is invalid: account password length error.A parameter value is invalid: account password rule error.A parameter value is invalid: data convert error.A parameter value is invalid: invalid parameter value error.A parameter value is invalid: user name rule error.A parameter value is invalid: user not exist error.A parameter value is invalid: verify account no root error.A parameter value is invalid: verify account password error.A parameter value is invalid: verify account priv error.A limit was exceeded.A required parameter is missing.A required parameter is missing: account missing parameter error.A required parameter is missing: missing param error.The operation was denied.The operation was denied: account operation denied.The operation was denied: action in process.The operation was denied: action not support.The operation was denied: at least all rule audit policy error.The operation was denied: at least audit policy error.The operation was denied: audit file over quota error.The operation was denied: audit policy conflict error.The operation was denied: audit policy exist error.The operation was denied: audit policy not exist error.The operation was denied: audit policy over quota error.The operation was denied: audit rule delete error.The operation was denied: audit rule exist error.The operation was denied: audit rule has bind.The operation was denied: audit rule not exist error.The operation was denied: audit status error.The operation was denied: audit task conflict error.The operation was denied: conflict ro status.The operation was denied: conflict status.The operation was denied: DB brain policy conflict.The operation was denied: delay replication running.The operation was denied: delete root account error.The operation was denied: flow conflict.The operation was denied: function denied.The operation was denied: inst type not support.The operation was denied: instance locker conflict.The operation was denied: instance status error.The operation was denied: instance task running.The operation was denied: instance task status error.The operation was denied: instance unsupported operate error.The operation was denied: modify audit status error.The operation was denied: not support basic.The operation was denied: not support modify local root host error.The operation was denied: operation denied error.The operation was denied: other oder in process.The operation was denied: over quota.The operation was denied: proxy address limit error.The operation was denied: proxy address not fund.The operation was denied: proxy node count limit error.The operation was denied: proxy upgrade task status error.The operation was denied: query audit logs error.The operation was denied: resource not found error.The operation was denied: resource not fund error.The operation was denied: result over limit.The operation was denied: sub account operation denied.The operation was denied: un support refund error.The operation was denied: unsupport create address error.The operation was denied: unsupport open audit error.The operation was denied: user has no strategy.The operation was denied: wrong password.The operation was denied: wrong status.Over quota.The resource is in use.Resources are insufficient.The resource was not found.The resource was not found: cdb instance not found error.The resource was not found: instance not found error.The resource was not found: instance not fund error.The resource is unavailable.The operation is not authorized.The operation is not authorized: not enough privileges.The operation is not supported.The operation is not supported: not support normal instance.The operation is not supported: privileges unsupported error.",
        ends: &[
            0, 22, 67, 109, 119, 143, 169, 193, 215, 236, 282, 327, 378, 421, 467, 517,
            559, 607, 653, 702, 747, 789, 832, 883, 924, 967, 1012, 1054, 1089, 1139,
            1184, 1231, 1281, 1319, 1369, 1417, 1460, 1504, 1547, 1586, 1624, 1670, 1712,
            1748, 1787, 1829, 1872, 1921, 1948, 1996, 2052, 2108, 2162, 2215, 2255, 2309,
            2359, 2398, 2438, 2480, 2518, 2556, 2593, 2640, 2694, 2744, 2782, 2820, 2862,
            2914, 2960, 2998, 3037, 3084, 3125, 3172, 3222, 3277, 3334, 3385, 3440, 3479,
            3517, 3559, 3597, 3637, 3686, 3733, 3781, 3830, 3871, 3913, 3951, 3990, 4035,
            4081, 4121, 4172, 4224, 4268, 4310, 4348, 4371, 4422, 4469, 4509, 4557, 4600,
            4649, 4686, 4734, 4779, 4827, 4867, 4911, 4954, 4983, 5049, 5112, 5166, 5229,
            5289, 5347, 5396, 5456, 5507, 5558, 5617, 5677, 5733, 5754, 5786, 5851, 5904,
            5929, 5980, 6024, 6069, 6132, 6186, 6240, 6294, 6345, 6400, 6456, 6506, 6555,
            6601, 6654, 6699, 6751, 6796, 6838, 6889, 6941, 6993, 7033, 7075, 7123, 7174,
            7222, 7270, 7323, 7384, 7436, 7480, 7547, 7596, 7644, 7681, 7733, 7782, 7837,
            7895, 7944, 7995, 8045, 8089, 8144, 8194, 8251, 8304, 8351, 8392, 8431, 8442,
            8465, 8492, 8519, 8576, 8629, 8681, 8709, 8741, 8796, 8827, 8887, 8948,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 197] = ::cloud_errors::__private::retry_column(
        b"accaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacccccccccccccccccccccccccccccccccccccccccccccccccccabcaaaacccaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 197] = ::cloud_errors::__private::category_column(
        b"bppbbbbbiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmcccccccccccccccccccccccccccchcccgggggggggggggggggggggggggggggggggggggggggggggggggggbjheeeeigglii",
    );
    static PILOTS: [u16; 50] = [
        25, 4, 41, 0, 18, 4, 2, 3, 2, 9, 11, 0, 17, 22, 12, 12, 0, 17, 31, 52, 2, 5, 75,
        101, 1, 28, 42, 142, 19, 0, 1, 2, 96, 5, 13, 2, 5, 0, 6, 74, 10, 21, 22, 46, 60,
        135, 53, 39, 18, 12,
    ];
    static SLOTS: [(&str, u32); 218] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            3, 88, 165, 163, 134, 40, 191, 25, 168, 176, 137, 54, 124, 116, 184, 68, 65,
            136, 159, 71, 83, 189, 97, 28, 104, 170, 4294967295, 131, 120, 133,
            4294967295, 144, 155, 82, 192, 85, 33, 13, 126, 162, 177, 139, 166, 45, 14,
            4294967295, 190, 59, 11, 91, 127, 103, 151, 90, 150, 193, 63, 4294967295,
            169, 66, 4294967295, 101, 21, 186, 56, 67, 187, 153, 171, 8, 4294967295, 183,
            132, 94, 4294967295, 64, 152, 121, 23, 4294967295, 34, 27, 12, 135, 48, 118,
            38, 145, 185, 81, 4294967295, 92, 156, 49, 128, 138, 99, 29, 50, 161, 53, 61,
            19, 195, 158, 16, 125, 129, 146, 96, 46, 140, 179, 4294967295, 182, 30,
            4294967295, 4294967295, 160, 72, 180, 77, 2, 62, 167, 86, 73, 93, 181, 76,
            4294967295, 4294967295, 37, 141, 44, 4, 84, 95, 175, 22, 119, 15, 18, 57,
            113, 142, 154, 4294967295, 143, 39, 75, 89, 115, 4294967295, 0, 9, 52, 100,
            20, 108, 4294967295, 4294967295, 4294967295, 70, 1, 43, 148, 7, 32, 60, 111,
            42, 122, 79, 87, 17, 123, 4294967295, 110, 5, 107, 78, 74, 114, 102, 117,
            164, 112, 35, 130, 4294967295, 41, 26, 106, 31, 173, 174, 149, 98, 194, 109,
            69, 147, 80, 196, 6, 178, 157, 51, 105, 58, 47, 188, 172, 24, 36, 55, 10,
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
    const PROVIDER: &'static str = "Tencent Cloud CDB";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CDB's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CDB: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
