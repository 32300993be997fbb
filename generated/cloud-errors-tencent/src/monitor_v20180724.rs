// @generated from catalogs/tencent/monitor_v20180724.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud MONITOR v20180724: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud MONITOR v20180724: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.AccessCAMFail`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: access CAM fail.
    AuthFailureAccessCamFail,
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation.
    AuthFailureUnauthorizedOperation,
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The request was a dry run and was not carried out.
    DryRunOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.APITranslateError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: API translate error.
    FailedOperationApiTranslateError,
    /// `FailedOperation.AccessSTSFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: access STS fail.
    FailedOperationAccessStsFail,
    /// `FailedOperation.AccessTKEFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: access TKE fail.
    FailedOperationAccessTkeFail,
    /// `FailedOperation.AccessTagFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: access tag fail.
    FailedOperationAccessTagFail,
    /// `FailedOperation.AgentNotAllowed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: agent not allowed.
    FailedOperationAgentNotAllowed,
    /// `FailedOperation.AgentVersionNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: agent version not supported.
    FailedOperationAgentVersionNotSupported,
    /// `FailedOperation.AgentsNotInUninstallStage`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: agents not in uninstall stage.
    FailedOperationAgentsNotInUninstallStage,
    /// `FailedOperation.AlertFilterRuleDeleteFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: alert filter rule delete failed.
    FailedOperationAlertFilterRuleDeleteFailed,
    /// `FailedOperation.AlertPolicyCreateFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: alert policy create failed.
    FailedOperationAlertPolicyCreateFailed,
    /// `FailedOperation.AlertPolicyDeleteFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: alert policy delete failed.
    FailedOperationAlertPolicyDeleteFailed,
    /// `FailedOperation.AlertPolicyDescribeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: alert policy describe failed.
    FailedOperationAlertPolicyDescribeFailed,
    /// `FailedOperation.AlertPolicyModifyFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: alert policy modify failed.
    FailedOperationAlertPolicyModifyFailed,
    /// `FailedOperation.AlertTriggerRuleDeleteFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: alert trigger rule delete failed.
    FailedOperationAlertTriggerRuleDeleteFailed,
    /// `FailedOperation.BadYamlFormat`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: bad yaml format.
    FailedOperationBadYamlFormat,
    /// `FailedOperation.ClusterNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cluster not found.
    FailedOperationClusterNotFound,
    /// `FailedOperation.ComponentClientCommon`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: component client common.
    FailedOperationComponentClientCommon,
    /// `FailedOperation.ComponentClientHttp`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: component client http.
    FailedOperationComponentClientHttp,
    /// `FailedOperation.ComponentClientUnpack`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: component client unpack.
    FailedOperationComponentClientUnpack,
    /// `FailedOperation.CreateInstance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create instance.
    FailedOperationCreateInstance,
    /// `FailedOperation.CreateInstanceLimited`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create instance limited.
    FailedOperationCreateInstanceLimited,
    /// `FailedOperation.DataColumnNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: data column not found.
    FailedOperationDataColumnNotFound,
    /// `FailedOperation.DataQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: data query failed.
    FailedOperationDataQueryFailed,
    /// `FailedOperation.DataTableNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: data table not found.
    FailedOperationDataTableNotFound,
    /// `FailedOperation.Db`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: db.
    FailedOperationDb,
    /// `FailedOperation.DbOperationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: db operation failed.
    FailedOperationDbOperationFailed,
    /// `FailedOperation.DbQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: db query failed.
    FailedOperationDbQueryFailed,
    /// `FailedOperation.DbRecordCreateFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: db record create failed.
    FailedOperationDbRecordCreateFailed,
    /// `FailedOperation.DbRecordDeleteFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: db record delete failed.
    FailedOperationDbRecordDeleteFailed,
    /// `FailedOperation.DbRecordNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: db record not found.
    FailedOperationDbRecordNotFound,
    /// `FailedOperation.DbRecordUpdateFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: db record update failed.
    FailedOperationDbRecordUpdateFailed,
    /// `FailedOperation.DbTransactionBeginFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: db transaction begin failed.
    FailedOperationDbTransactionBeginFailed,
    /// `FailedOperation.DbTransactionCommitFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: db transaction commit failed.
    FailedOperationDbTransactionCommitFailed,
    /// `FailedOperation.DimQueryRequestFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: dim query request failed.
    FailedOperationDimQueryRequestFailed,
    /// `FailedOperation.DivisionByZero`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: division by zero.
    FailedOperationDivisionByZero,
    /// `FailedOperation.DoHTTPTransferFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: do HTTP transfer failed.
    FailedOperationDoHttpTransferFailed,
    /// `FailedOperation.DoTRPCTransferFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: do TRPC transfer failed.
    FailedOperationDoTrpcTransferFailed,
    /// `FailedOperation.DoTRPCTransferFailedWithCorruptionData`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: do TRPC transfer failed with corruption data.
    FailedOperationDoTrpcTransferFailedWithCorruptionData,
    /// `FailedOperation.DruidQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: druid query failed.
    FailedOperationDruidQueryFailed,
    /// `FailedOperation.DruidTableNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: druid table not found.
    FailedOperationDruidTableNotFound,
    /// `FailedOperation.DuplicateName`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: duplicate name.
    FailedOperationDuplicateName,
    /// `FailedOperation.ErrNotOpen`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: err not open.
    FailedOperationErrNotOpen,
    /// `FailedOperation.ErrOwed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: err owed.
    FailedOperationErrOwed,
    /// `FailedOperation.GenerateInstanceIDFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: generate instance ID failed.
    FailedOperationGenerateInstanceIdFailed,
    /// `FailedOperation.InstanceNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance not found.
    FailedOperationInstanceNotFound,
    /// `FailedOperation.InstanceNotRunning`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance not running.
    FailedOperationInstanceNotRunning,
    /// `FailedOperation.InternalError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: internal error.
    FailedOperationInternalError,
    /// `FailedOperation.KubeClientConf`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: kube client conf.
    FailedOperationKubeClientConf,
    /// `FailedOperation.KubeCommon`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: kube common.
    FailedOperationKubeCommon,
    /// `FailedOperation.RegionUnavailable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: region unavailable.
    FailedOperationRegionUnavailable,
    /// `FailedOperation.ResourceConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: resource conflict.
    FailedOperationResourceConflict,
    /// `FailedOperation.ResourceExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: resource exist.
    FailedOperationResourceExist,
    /// `FailedOperation.ResourceNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: resource not found.
    FailedOperationResourceNotFound,
    /// `FailedOperation.ResourceOperating`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: resource operating.
    FailedOperationResourceOperating,
    /// `FailedOperation.SendRequest`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: send request.
    FailedOperationSendRequest,
    /// `FailedOperation.ServiceNotEnabled`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: service not enabled.
    FailedOperationServiceNotEnabled,
    /// `FailedOperation.TKEEndpointStatusError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: TKE endpoint status error.
    FailedOperationTkeEndpointStatusError,
    /// `FailedOperation.TKEResourceConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: TKE resource conflict.
    FailedOperationTkeResourceConflict,
    /// `FailedOperation.ZoneUnavailable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: zone unavailable.
    FailedOperationZoneUnavailable,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.CallbackFail`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: callback fail.
    InternalErrorCallbackFail,
    /// `InternalError.Db`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db.
    InternalErrorDb,
    /// `InternalError.DbRecordNotFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db record not found.
    InternalErrorDbRecordNotFound,
    /// `InternalError.DependsApi`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: depends api.
    InternalErrorDependsApi,
    /// `InternalError.DependsDb`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: depends db.
    InternalErrorDependsDb,
    /// `InternalError.DependsMq`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: depends mq.
    InternalErrorDependsMq,
    /// `InternalError.ExeTimeout`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: exe timeout.
    InternalErrorExeTimeout,
    /// `InternalError.Param`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: param.
    InternalErrorParam,
    /// `InternalError.System`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: system.
    InternalErrorSystem,
    /// `InternalError.TaskNotFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: task not found.
    InternalErrorTaskNotFound,
    /// `InternalError.TaskResultFormat`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: task result format.
    InternalErrorTaskResultFormat,
    /// `InternalError.UnexpectedInternal`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unexpected internal.
    InternalErrorUnexpectedInternal,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ClusterNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cluster not found.
    InvalidParameterClusterNotFound,
    /// `InvalidParameter.DupTask`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: dup task.
    InvalidParameterDupTask,
    /// `InvalidParameter.InvalidAppId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid app id.
    InvalidParameterInvalidAppId,
    /// `InvalidParameter.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter.
    InvalidParameterInvalidParameter,
    /// `InvalidParameter.InvalidParameterParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter param.
    InvalidParameterInvalidParameterParam,
    /// `InvalidParameter.MissAKSK`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: miss AKSK.
    InvalidParameterMissAksk,
    /// `InvalidParameter.Param`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: param.
    InvalidParameterParam,
    /// `InvalidParameter.ParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: param error.
    InvalidParameterParamError,
    /// `InvalidParameter.PromClusterNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: prom cluster not found.
    InvalidParameterPromClusterNotFound,
    /// `InvalidParameter.PromInstanceNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: prom instance not found.
    InvalidParameterPromInstanceNotFound,
    /// `InvalidParameter.ResourceNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource not found.
    InvalidParameterResourceNotFound,
    /// `InvalidParameter.SecretIdOrSecretKeyError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: secret id or secret key error.
    InvalidParameterSecretIdOrSecretKeyError,
    /// `InvalidParameter.UnsupportedProduct`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: unsupported product.
    InvalidParameterUnsupportedProduct,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.DashboardNameExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: dashboard name exists.
    InvalidParameterValueDashboardNameExists,
    /// `InvalidParameterValue.VersionMismatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: version mismatch.
    InvalidParameterValueVersionMismatch,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.LimitedAccess`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: limited access.
    LimitExceededLimitedAccess,
    /// `LimitExceeded.MetricQuotaExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: metric quota exceeded.
    LimitExceededMetricQuotaExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInUse.ResourceExistAlready`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: resource exist already.
    ResourceInUseResourceExistAlready,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.NotExistTask`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: not exist task.
    ResourceNotFoundNotExistTask,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.CamNoAuth`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cam no auth.
    UnauthorizedOperationCamNoAuth,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 110] = [
        "AuthFailure",
        "AuthFailure.AccessCAMFail",
        "AuthFailure.UnauthorizedOperation",
        "DryRunOperation",
        "FailedOperation",
        "FailedOperation.APITranslateError",
        "FailedOperation.AccessSTSFail",
        "FailedOperation.AccessTKEFail",
        "FailedOperation.AccessTagFail",
        "FailedOperation.AgentNotAllowed",
        "FailedOperation.AgentVersionNotSupported",
        "FailedOperation.AgentsNotInUninstallStage",
        "FailedOperation.AlertFilterRuleDeleteFailed",
        "FailedOperation.AlertPolicyCreateFailed",
        "FailedOperation.AlertPolicyDeleteFailed",
        "FailedOperation.AlertPolicyDescribeFailed",
        "FailedOperation.AlertPolicyModifyFailed",
        "FailedOperation.AlertTriggerRuleDeleteFailed",
        "FailedOperation.BadYamlFormat",
        "FailedOperation.ClusterNotFound",
        "FailedOperation.ComponentClientCommon",
        "FailedOperation.ComponentClientHttp",
        "FailedOperation.ComponentClientUnpack",
        "FailedOperation.CreateInstance",
        "FailedOperation.CreateInstanceLimited",
        "FailedOperation.DataColumnNotFound",
        "FailedOperation.DataQueryFailed",
        "FailedOperation.DataTableNotFound",
        "FailedOperation.Db",
        "FailedOperation.DbOperationFailed",
        "FailedOperation.DbQueryFailed",
        "FailedOperation.DbRecordCreateFailed",
        "FailedOperation.DbRecordDeleteFailed",
        "FailedOperation.DbRecordNotFound",
        "FailedOperation.DbRecordUpdateFailed",
        "FailedOperation.DbTransactionBeginFailed",
        "FailedOperation.DbTransactionCommitFailed",
        "FailedOperation.DimQueryRequestFailed",
        "FailedOperation.DivisionByZero",
        "FailedOperation.DoHTTPTransferFailed",
        "FailedOperation.DoTRPCTransferFailed",
        "FailedOperation.DoTRPCTransferFailedWithCorruptionData",
        "FailedOperation.DruidQueryFailed",
        "FailedOperation.DruidTableNotFound",
        "FailedOperation.DuplicateName",
        "FailedOperation.ErrNotOpen",
        "FailedOperation.ErrOwed",
        "FailedOperation.GenerateInstanceIDFailed",
        "FailedOperation.InstanceNotFound",
        "FailedOperation.InstanceNotRunning",
        "FailedOperation.InternalError",
        "FailedOperation.KubeClientConf",
        "FailedOperation.KubeCommon",
        "FailedOperation.RegionUnavailable",
        "FailedOperation.ResourceConflict",
        "FailedOperation.ResourceExist",
        "FailedOperation.ResourceNotFound",
        "FailedOperation.ResourceOperating",
        "FailedOperation.SendRequest",
        "FailedOperation.ServiceNotEnabled",
        "FailedOperation.TKEEndpointStatusError",
        "FailedOperation.TKEResourceConflict",
        "FailedOperation.ZoneUnavailable",
        "InternalError",
        "InternalError.CallbackFail",
        "InternalError.Db",
        "InternalError.DbRecordNotFound",
        "InternalError.DependsApi",
        "InternalError.DependsDb",
        "InternalError.DependsMq",
        "InternalError.ExeTimeout",
        "InternalError.Param",
        "InternalError.System",
        "InternalError.TaskNotFound",
        "InternalError.TaskResultFormat",
        "InternalError.UnexpectedInternal",
        "InvalidParameter",
        "InvalidParameter.ClusterNotFound",
        "InvalidParameter.DupTask",
        "InvalidParameter.InvalidAppId",
        "InvalidParameter.InvalidParameter",
        "InvalidParameter.InvalidParameterParam",
        "InvalidParameter.MissAKSK",
        "InvalidParameter.Param",
        "InvalidParameter.ParamError",
        "InvalidParameter.PromClusterNotFound",
        "InvalidParameter.PromInstanceNotFound",
        "InvalidParameter.ResourceNotFound",
        "InvalidParameter.SecretIdOrSecretKeyError",
        "InvalidParameter.UnsupportedProduct",
        "InvalidParameterValue",
        "InvalidParameterValue.DashboardNameExists",
        "InvalidParameterValue.VersionMismatch",
        "LimitExceeded",
        "LimitExceeded.LimitedAccess",
        "LimitExceeded.MetricQuotaExceeded",
        "MissingParameter",
        "OperationDenied",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInUse.ResourceExistAlready",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceNotFound.NotExistTask",
        "ResourceUnavailable",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnauthorizedOperation.CamNoAuth",
        "UnknownParameter",
        "UnsupportedOperation",
    ];
    static NAME_CODES: [u32; 11] = [1, 5, 6, 7, 39, 40, 41, 47, 60, 61, 82];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "AuthFailureAccessCamFailFailedOperationApiTranslateErrorFailedOperationAccessStsFailFailedOperationAccessTkeFailFailedOperationDoHttpTransferFailedFailedOperationDoTrpcTransferFailedFailedOperationDoTrpcTransferFailedWithCorruptionDataFailedOperationGenerateInstanceIdFailedFailedOperationTkeEndpointStatusErrorFailedOperationTkeResourceConflictInvalidParameterMissAksk",
        ends: &[0, 24, 56, 84, 112, 147, 182, 235, 274, 311, 345, 369],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: access CAM fail.Authentication failed: unauthorized operation.The request was a dry run and was not carried out.The operation failed.The operation failed: API translate error.The operation failed: access STS fail.The operation failed: access TKE fail.The operation failed: access tag fail.The operation failed: agent not allowed.The operation failed: agent version not supported.The operation failed: agents not in uninstall stage.The operation failed: alert filter rule delete failed.The operation failed: alert policy create failed.The operation failed: alert policy delete failed.The operation failed: alert policy describe failed.The operation failed: alert policy modify failed.The operation failed: alert trigger rule delete failed.The operation failed: bad yaml format.The operation failed: cluster not found.The operation failed: component client common.The operation failed: component client http.The operation failed: component client unpack.The operation failed: create instance.The operation failed: create instance limited.The operation failed: data column not found.The operation failed: data query failed.The operation failed: data table not found.The operation failed: db.The operation failed: db operation failed.The operation failed: db query failed.The operation failed: db record create failed.The operation failed: db record delete failed.The operation failed: db record not found.The operation failed: db record update failed.The operation failed: db transaction begin failed.The operation failed: db transaction commit failed.The operation failed: dim query request failed.The operation failed: division by zero.The operation failed: do HTTP transfer failed.The operation failed: do TRPC transfer failed.The operation failed: do TRPC transfer failed with corruption data.The operation failed: druid query failed.The operation failed: druid table not found.The operation failed: duplicate name.The operation failed: err not open.The operation failed: err owed.The operation failed: generate instance ID failed.The operation failed: instance not found.The operation failed: instance not running.The operation failed: internal error.The operation failed: kube client conf.The operation failed: kube common.The operation failed: region unavailable.The operation failed: resource conflict.The operation failed: resource exist.The operation failed: resource not found.The operation failed: resource operating.The operation failed: send request.The operation failed: service not enabled.The operation failed: TKE endpoint status error.The operation failed: TKE resource conflict.The operation failed: zone unavailable.An internal error occurred.An internal error occurred: callback fail.An internal error occurred: db.An internal error occurred: db record not found.An internal error occurred: depends api.An internal error occurred: depends db.An internal error occurred: depends mq.An internal error occurred: exe timeout.An internal error occurred: param.An internal error occurred: system.An internal error occurred: task not found.An internal error occurred: task result format.An internal error occurred: unexpected internal.A parameter is invalid.A parameter is invalid: cluster not found.A parameter is invalid: dup task.A parameter is invalid: invalid app id.A parameter is invalid: invalid parameter.A parameter is invalid: invalid parameter param.A parameter is invalid: miss AKSK.A parameter is invalid: param.A parameter is invalid: param error.A parameter is invalid: prom cluster not found.A parameter is invalid: prom instance not found.A parameter is invalid: resource not found.A parameter is invalid: secret id or secret key error.A parameter is invalid: unsupported product.A parameter value is invalid.A parameter value is invalid: dashboard name exists.A parameter value is invalid: version mismatch.A limit was exceeded.A limit was exceeded: limited access.A limit was exceeded: metric quota exceeded.A required parameter is missing.The operation was denied.Too many requests were sent.The resource is in use.The resource is in use: resource exist already.Resources are insufficient.The resource was not found.The resource was not found: not exist task.The resource is unavailable.The resources are sold out.The operation is not authorized.The operation is not authorized: cam no auth.An unknown parameter was given.The operation is not supported.",
        ends: &[
            0, 22, 61, 107, 157, 178, 220, 258, 296, 334, 374, 424, 476, 530, 579, 628,
            679, 728, 783, 821, 861, 907, 951, 997, 1035, 1081, 1125, 1165, 1208, 1233,
            1275, 1313, 1359, 1405, 1447, 1493, 1543, 1594, 1641, 1680, 1726, 1772, 1839,
            1880, 1924, 1961, 1996, 2027, 2077, 2118, 2161, 2198, 2237, 2271, 2312, 2352,
            2389, 2430, 2471, 2506, 2548, 2596, 2640, 2679, 2706, 2748, 2779, 2827, 2867,
            2906, 2945, 2985, 3019, 3054, 3097, 3144, 3192, 3215, 3257, 3290, 3329, 3371,
            3419, 3453, 3483, 3519, 3566, 3614, 3657, 3711, 3755, 3784, 3836, 3883, 3904,
            3941, 3985, 4017, 4042, 4070, 4093, 4140, 4167, 4194, 4237, 4265, 4292, 4324,
            4369, 4400, 4431,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 110] = ::cloud_errors::__private::retry_column(
        b"accaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaacbbbcaaccccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 110] = ::cloud_errors::__private::category_column(
        b"bppiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimmmmmmmmmmmmmccccccccccccccccchhhcghjjheeihggcl",
    );
    static PILOTS: [u16; 28] = [
        1, 4, 9, 14, 1, 38, 1, 4, 2, 54, 1, 0, 13, 38, 1, 45, 131, 2, 18, 25, 4, 36, 126,
        28, 114, 1, 17, 30,
    ];
    static SLOTS: [(&str, u32); 122] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 62, 43, 30, 21, 27, 72, 52, 81, 4294967295, 4294967295, 55, 9,
            54, 51, 1, 97, 89, 80, 34, 13, 79, 73, 40, 4294967295, 90, 14, 16, 61, 58,
            69, 106, 109, 4294967295, 64, 71, 47, 53, 49, 38, 45, 18, 74, 41, 4294967295,
            46, 105, 84, 12, 99, 94, 4294967295, 68, 100, 8, 59, 66, 5, 95, 22, 0,
            4294967295, 48, 23, 28, 4294967295, 26, 36, 4294967295, 50, 33, 76, 92, 77,
            19, 56, 108, 85, 75, 32, 88, 2, 91, 4, 60, 57, 107, 67, 6, 104, 98,
            4294967295, 102, 24, 15, 86, 101, 70, 44, 31, 39, 93, 10, 37, 35, 83, 25, 65,
            63, 42, 11, 87, 78, 4294967295, 3, 96, 7, 17, 103, 20, 82, 29,
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
    const PROVIDER: &'static str = "Tencent Cloud MONITOR v20180724";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud MONITOR v20180724's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud MONITOR v20180724: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
