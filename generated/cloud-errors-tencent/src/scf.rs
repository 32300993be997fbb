// @generated from catalogs/tencent/scf.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud SCF: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud SCF: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AccountInsufficient`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: account insufficient.
    FailedOperationAccountInsufficient,
    /// `FailedOperation.ApiGateway`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: api gateway.
    FailedOperationApiGateway,
    /// `FailedOperation.Apigw`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: apigw.
    FailedOperationApigw,
    /// `FailedOperation.ApmConfigInstanceId`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: apm config instance id.
    FailedOperationApmConfigInstanceId,
    /// `FailedOperation.AsyncEventStatus`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: async event status.
    FailedOperationAsyncEventStatus,
    /// `FailedOperation.AuthFailure`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: auth failure.
    FailedOperationAuthFailure,
    /// `FailedOperation.BindPlugin`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: bind plugin.
    FailedOperationBindPlugin,
    /// `FailedOperation.CNAME`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: CNAME.
    FailedOperationCname,
    /// `FailedOperation.CallNetDeployFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: call net deploy failed.
    FailedOperationCallNetDeployFailed,
    /// `FailedOperation.CallRoleFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: call role failed.
    FailedOperationCallRoleFailed,
    /// `FailedOperation.ClsServiceUnregistered`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cls service unregistered.
    FailedOperationClsServiceUnregistered,
    /// `FailedOperation.ClusterNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cluster not found.
    FailedOperationClusterNotFound,
    /// `FailedOperation.CopyAsyncRun`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: copy async run.
    FailedOperationCopyAsyncRun,
    /// `FailedOperation.CopyFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: copy failed.
    FailedOperationCopyFailed,
    /// `FailedOperation.CopyFunction`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: copy function.
    FailedOperationCopyFunction,
    /// `FailedOperation.Cos`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cos.
    FailedOperationCos,
    /// `FailedOperation.CreateAlias`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create alias.
    FailedOperationCreateAlias,
    /// `FailedOperation.CreateFunction`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create function.
    FailedOperationCreateFunction,
    /// `FailedOperation.CreateNamespace`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create namespace.
    FailedOperationCreateNamespace,
    /// `FailedOperation.CreateTrigger`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create trigger.
    FailedOperationCreateTrigger,
    /// `FailedOperation.DebugModeStatus`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: debug mode status.
    FailedOperationDebugModeStatus,
    /// `FailedOperation.DebugModeUpdateTimeOutFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: debug mode update time out fail.
    FailedOperationDebugModeUpdateTimeOutFail,
    /// `FailedOperation.DeleteAlias`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete alias.
    FailedOperationDeleteAlias,
    /// `FailedOperation.DeleteFunction`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete function.
    FailedOperationDeleteFunction,
    /// `FailedOperation.DeleteLayerVersion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete layer version.
    FailedOperationDeleteLayerVersion,
    /// `FailedOperation.DeleteNamespace`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete namespace.
    FailedOperationDeleteNamespace,
    /// `FailedOperation.DeleteTrigger`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete trigger.
    FailedOperationDeleteTrigger,
    /// `FailedOperation.DeleteTrigger.UrlUsed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete trigger, url used.
    FailedOperationDeleteTriggerUrlUsed,
    /// `FailedOperation.Domain.UnExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain, un exist.
    FailedOperationDomainUnExist,
    /// `FailedOperation.FunctionNameStatusError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: function name status error.
    FailedOperationFunctionNameStatusError,
    /// `FailedOperation.FunctionStatusError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: function status error.
    FailedOperationFunctionStatusError,
    /// `FailedOperation.FunctionVersionStatusNotActive`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: function version status not active.
    FailedOperationFunctionVersionStatusNotActive,
    /// `FailedOperation.GetAlias`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get alias.
    FailedOperationGetAlias,
    /// `FailedOperation.GetFunctionAddress`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get function address.
    FailedOperationGetFunctionAddress,
    /// `FailedOperation.InstanceIsolationEnabled`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance isolation enabled.
    FailedOperationInstanceIsolationEnabled,
    /// `FailedOperation.InstanceNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance not found.
    FailedOperationInstanceNotFound,
    /// `FailedOperation.InsufficientBalance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: insufficient balance.
    FailedOperationInsufficientBalance,
    /// `FailedOperation.InsufficientResources`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: insufficient resources.
    FailedOperationInsufficientResources,
    /// `FailedOperation.InvokeFunction`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invoke function.
    FailedOperationInvokeFunction,
    /// `FailedOperation.MixNodeConfig`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: mix node config.
    FailedOperationMixNodeConfig,
    /// `FailedOperation.Namespace`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: namespace.
    FailedOperationNamespace,
    /// `FailedOperation.OpenService`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: open service.
    FailedOperationOpenService,
    /// `FailedOperation.OperationConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: operation conflict.
    FailedOperationOperationConflict,
    /// `FailedOperation.ProvisionCreateTimer`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: provision create timer.
    FailedOperationProvisionCreateTimer,
    /// `FailedOperation.ProvisionDeleteTimer`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: provision delete timer.
    FailedOperationProvisionDeleteTimer,
    /// `FailedOperation.ProvisionedExceedAvailable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: provisioned exceed available.
    FailedOperationProvisionedExceedAvailable,
    /// `FailedOperation.ProvisionedExceedReserved`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: provisioned exceed reserved.
    FailedOperationProvisionedExceedReserved,
    /// `FailedOperation.ProvisionedInProgress`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: provisioned in progress.
    FailedOperationProvisionedInProgress,
    /// `FailedOperation.PublishLayerVersion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: publish layer version.
    FailedOperationPublishLayerVersion,
    /// `FailedOperation.PublishVersion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: publish version.
    FailedOperationPublishVersion,
    /// `FailedOperation.QcsRoleNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: qcs role not found.
    FailedOperationQcsRoleNotFound,
    /// `FailedOperation.QueryError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query error.
    FailedOperationQueryError,
    /// `FailedOperation.ReservedExceedTotal`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: reserved exceed total.
    FailedOperationReservedExceedTotal,
    /// `FailedOperation.ReservedInProgress`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: reserved in progress.
    FailedOperationReservedInProgress,
    /// `FailedOperation.ServiceClosed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: service closed.
    FailedOperationServiceClosed,
    /// `FailedOperation.SessionName`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: session name.
    FailedOperationSessionName,
    /// `FailedOperation.Ssl`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ssl.
    FailedOperationSsl,
    /// `FailedOperation.TopicNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: topic not exist.
    FailedOperationTopicNotExist,
    /// `FailedOperation.TotalConcurrencyMemoryInProgress`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: total concurrency memory in progress.
    FailedOperationTotalConcurrencyMemoryInProgress,
    /// `FailedOperation.UnOpenedService`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: un opened service.
    FailedOperationUnOpenedService,
    /// `FailedOperation.UpdateAlias`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update alias.
    FailedOperationUpdateAlias,
    /// `FailedOperation.UpdateFunctionCode`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update function code.
    FailedOperationUpdateFunctionCode,
    /// `FailedOperation.UpdateFunctionConfiguration`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update function configuration.
    FailedOperationUpdateFunctionConfiguration,
    /// `FailedOperation.UpdateStatus`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update status.
    FailedOperationUpdateStatus,
    /// `FailedOperation.UpdateTrigger`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update trigger.
    FailedOperationUpdateTrigger,
    /// `FailedOperation.UpdateTriggerStatus`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update trigger status.
    FailedOperationUpdateTriggerStatus,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.ApiGateway`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: api gateway.
    InternalErrorApiGateway,
    /// `InternalError.Ckafka`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: ckafka.
    InternalErrorCkafka,
    /// `InternalError.Cmq`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cmq.
    InternalErrorCmq,
    /// `InternalError.Cos`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cos.
    InternalErrorCos,
    /// `InternalError.ES`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: ES.
    InternalErrorEs,
    /// `InternalError.Exception`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: exception.
    InternalErrorException,
    /// `InternalError.GetRoleError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get role error.
    InternalErrorGetRoleError,
    /// `InternalError.GetStsTokenFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get sts token failed.
    InternalErrorGetStsTokenFailed,
    /// `InternalError.SearchFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: search failed.
    InternalErrorSearchFailed,
    /// `InternalError.System`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: system.
    InternalErrorSystem,
    /// `InternalError.SystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: system error.
    InternalErrorSystemError,
    /// `InvalidParameter.Cls`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cls.
    InvalidParameterCls,
    /// `InvalidParameter.FunctionName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: function name.
    InvalidParameterFunctionName,
    /// `InvalidParameter.FunctionNameOrResourceIdRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: function name or resource id required.
    InvalidParameterFunctionNameOrResourceIdRequired,
    /// `InvalidParameter.GooseFsRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: goose fs required.
    InvalidParameterGooseFsRequired,
    /// `InvalidParameter.ParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: param error.
    InvalidParameterParamError,
    /// `InvalidParameter.Payload`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: payload.
    InvalidParameterPayload,
    /// `InvalidParameter.RequestTooLarge`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: request too large.
    InvalidParameterRequestTooLarge,
    /// `InvalidParameter.RoleCheck`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: role check.
    InvalidParameterRoleCheck,
    /// `InvalidParameter.RoutingConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: routing config.
    InvalidParameterRoutingConfig,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.Action`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: action.
    InvalidParameterValueAction,
    /// `InvalidParameterValue.AdditionalVersionWeights`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: additional version weights.
    InvalidParameterValueAdditionalVersionWeights,
    /// `InvalidParameterValue.Alias`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: alias.
    InvalidParameterValueAlias,
    /// `InvalidParameterValue.ApiGateway`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: api gateway.
    InvalidParameterValueApiGateway,
    /// `InvalidParameterValue.ApmConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: apm config.
    InvalidParameterValueApmConfig,
    /// `InvalidParameterValue.ApmConfigInstanceId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: apm config instance id.
    InvalidParameterValueApmConfigInstanceId,
    /// `InvalidParameterValue.ApmConfigRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: apm config region.
    InvalidParameterValueApmConfigRegion,
    /// `InvalidParameterValue.Args`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: args.
    InvalidParameterValueArgs,
    /// `InvalidParameterValue.ArgsList`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: args list.
    InvalidParameterValueArgsList,
    /// `InvalidParameterValue.AsyncRunEnable`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: async run enable.
    InvalidParameterValueAsyncRunEnable,
    /// `InvalidParameterValue.AsyncTriggerConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: async trigger config.
    InvalidParameterValueAsyncTriggerConfig,
    /// `InvalidParameterValue.Cdn`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cdn.
    InvalidParameterValueCdn,
    /// `InvalidParameterValue.CfsId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cfs id.
    InvalidParameterValueCfsId,
    /// `InvalidParameterValue.CfsLocalMountDir`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cfs local mount dir.
    InvalidParameterValueCfsLocalMountDir,
    /// `InvalidParameterValue.CfsMountInsId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cfs mount ins id.
    InvalidParameterValueCfsMountInsId,
    /// `InvalidParameterValue.CfsParameterDuplicate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cfs parameter duplicate.
    InvalidParameterValueCfsParameterDuplicate,
    /// `InvalidParameterValue.CfsParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cfs parameter error.
    InvalidParameterValueCfsParameterError,
    /// `InvalidParameterValue.CfsRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cfs region.
    InvalidParameterValueCfsRegion,
    /// `InvalidParameterValue.CfsRemoteMountDir`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cfs remote mount dir.
    InvalidParameterValueCfsRemoteMountDir,
    /// `InvalidParameterValue.CfsStructionError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cfs struction error.
    InvalidParameterValueCfsStructionError,
    /// `InvalidParameterValue.CfsType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cfs type.
    InvalidParameterValueCfsType,
    /// `InvalidParameterValue.CfsUserGroupId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cfs user group id.
    InvalidParameterValueCfsUserGroupId,
    /// `InvalidParameterValue.CfsUserId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cfs user id.
    InvalidParameterValueCfsUserId,
    /// `InvalidParameterValue.Ckafka`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ckafka.
    InvalidParameterValueCkafka,
    /// `InvalidParameterValue.ClientContext`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: client context.
    InvalidParameterValueClientContext,
    /// `InvalidParameterValue.Cls`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cls.
    InvalidParameterValueCls,
    /// `InvalidParameterValue.ClsRole`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cls role.
    InvalidParameterValueClsRole,
    /// `InvalidParameterValue.Cmq`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cmq.
    InvalidParameterValueCmq,
    /// `InvalidParameterValue.Code`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: code.
    InvalidParameterValueCode,
    /// `InvalidParameterValue.CodeSecret`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: code secret.
    InvalidParameterValueCodeSecret,
    /// `InvalidParameterValue.CodeSource`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: code source.
    InvalidParameterValueCodeSource,
    /// `InvalidParameterValue.Command`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: command.
    InvalidParameterValueCommand,
    /// `InvalidParameterValue.CommandList`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: command list.
    InvalidParameterValueCommandList,
    /// `InvalidParameterValue.CompatibleRuntimes`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: compatible runtimes.
    InvalidParameterValueCompatibleRuntimes,
    /// `InvalidParameterValue.Content`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: content.
    InvalidParameterValueContent,
    /// `InvalidParameterValue.Cors`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cors.
    InvalidParameterValueCors,
    /// `InvalidParameterValue.Cos`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cos.
    InvalidParameterValueCos,
    /// `InvalidParameterValue.CosBucketName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cos bucket name.
    InvalidParameterValueCosBucketName,
    /// `InvalidParameterValue.CosBucketRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cos bucket region.
    InvalidParameterValueCosBucketRegion,
    /// `InvalidParameterValue.CosFsBucketMountDir`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cos fs bucket mount dir.
    InvalidParameterValueCosFsBucketMountDir,
    /// `InvalidParameterValue.CosFsBucketName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cos fs bucket name.
    InvalidParameterValueCosFsBucketName,
    /// `InvalidParameterValue.CosFsLocalMountDir`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cos fs local mount dir.
    InvalidParameterValueCosFsLocalMountDir,
    /// `InvalidParameterValue.CosFsRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cos fs region.
    InvalidParameterValueCosFsRegion,
    /// `InvalidParameterValue.CosFsStruction`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cos fs struction.
    InvalidParameterValueCosFsStruction,
    /// `InvalidParameterValue.CosFsType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cos fs type.
    InvalidParameterValueCosFsType,
    /// `InvalidParameterValue.CosNotifyRuleConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cos notify rule conflict.
    InvalidParameterValueCosNotifyRuleConflict,
    /// `InvalidParameterValue.CosObjectName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cos object name.
    InvalidParameterValueCosObjectName,
    /// `InvalidParameterValue.CustomArgument`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: custom argument.
    InvalidParameterValueCustomArgument,
    /// `InvalidParameterValue.DateTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: date time.
    InvalidParameterValueDateTime,
    /// `InvalidParameterValue.DeadLetterConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: dead letter config.
    InvalidParameterValueDeadLetterConfig,
    /// `InvalidParameterValue.DefaultNamespace`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: default namespace.
    InvalidParameterValueDefaultNamespace,
    /// `InvalidParameterValue.Demo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: demo.
    InvalidParameterValueDemo,
    /// `InvalidParameterValue.DemoId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: demo id.
    InvalidParameterValueDemoId,
    /// `InvalidParameterValue.Description`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: description.
    InvalidParameterValueDescription,
    /// `InvalidParameterValue.DiskSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: disk size.
    InvalidParameterValueDiskSize,
    /// `InvalidParameterValue.DnsInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: dns info.
    InvalidParameterValueDnsInfo,
    /// `InvalidParameterValue.Domain`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: domain.
    InvalidParameterValueDomain,
    /// `InvalidParameterValue.DynamicEnabled`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: dynamic enabled.
    InvalidParameterValueDynamicEnabled,
    /// `InvalidParameterValue.EASConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: EAS config.
    InvalidParameterValueEasConfig,
    /// `InvalidParameterValue.EipConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: eip config.
    InvalidParameterValueEipConfig,
    /// `InvalidParameterValue.Enable`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: enable.
    InvalidParameterValueEnable,
    /// `InvalidParameterValue.Environment`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: environment.
    InvalidParameterValueEnvironment,
    /// `InvalidParameterValue.EnvironmentExceededLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: environment exceeded limit.
    InvalidParameterValueEnvironmentExceededLimit,
    /// `InvalidParameterValue.EnvironmentSystemProtect`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: environment system protect.
    InvalidParameterValueEnvironmentSystemProtect,
    /// `InvalidParameterValue.Filters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: filters.
    InvalidParameterValueFilters,
    /// `InvalidParameterValue.FunctionName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: function name.
    InvalidParameterValueFunctionName,
    /// `InvalidParameterValue.FunctionRequestId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: function request id.
    InvalidParameterValueFunctionRequestId,
    /// `InvalidParameterValue.FunctionType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: function type.
    InvalidParameterValueFunctionType,
    /// `InvalidParameterValue.GitBranch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: git branch.
    InvalidParameterValueGitBranch,
    /// `InvalidParameterValue.GitCommitId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: git commit id.
    InvalidParameterValueGitCommitId,
    /// `InvalidParameterValue.GitDirectory`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: git directory.
    InvalidParameterValueGitDirectory,
    /// `InvalidParameterValue.GitPassword`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: git password.
    InvalidParameterValueGitPassword,
    /// `InvalidParameterValue.GitPasswordSecret`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: git password secret.
    InvalidParameterValueGitPasswordSecret,
    /// `InvalidParameterValue.GitUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: git url.
    InvalidParameterValueGitUrl,
    /// `InvalidParameterValue.GitUserName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: git user name.
    InvalidParameterValueGitUserName,
    /// `InvalidParameterValue.GitUserNameSecret`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: git user name secret.
    InvalidParameterValueGitUserNameSecret,
    /// `InvalidParameterValue.GooseFsCluster`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: goose fs cluster.
    InvalidParameterValueGooseFsCluster,
    /// `InvalidParameterValue.GooseFsClusterGooseFsSitePropertiesBase64DecodeErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: goose fs cluster goose fs site properties base64 decode err.
    InvalidParameterValueGooseFsClusterGooseFsSitePropertiesBase64DecodeErr,
    /// `InvalidParameterValue.GooseFsClusterGooseFsSitePropertiesFormatErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: goose fs cluster goose fs site properties format err.
    InvalidParameterValueGooseFsClusterGooseFsSitePropertiesFormatErr,
    /// `InvalidParameterValue.GooseFsEndpoint`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: goose fs endpoint.
    InvalidParameterValueGooseFsEndpoint,
    /// `InvalidParameterValue.GooseFsFuseJVMConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: goose fs fuse JVM config.
    InvalidParameterValueGooseFsFuseJvmConfig,
    /// `InvalidParameterValue.GooseFsLocalMountDir`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: goose fs local mount dir.
    InvalidParameterValueGooseFsLocalMountDir,
    /// `InvalidParameterValue.GooseFsNamespace`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: goose fs namespace.
    InvalidParameterValueGooseFsNamespace,
    /// `InvalidParameterValue.GooseFsRemoteMountPath`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: goose fs remote mount path.
    InvalidParameterValueGooseFsRemoteMountPath,
    /// `InvalidParameterValue.GooseFsStructionError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: goose fs struction error.
    InvalidParameterValueGooseFsStructionError,
    /// `InvalidParameterValue.GooseFsType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: goose fs type.
    InvalidParameterValueGooseFsType,
    /// `InvalidParameterValue.Handler`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: handler.
    InvalidParameterValueHandler,
    /// `InvalidParameterValue.IdleTimeOut`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: idle time out.
    InvalidParameterValueIdleTimeOut,
    /// `InvalidParameterValue.ImageType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image type.
    InvalidParameterValueImageType,
    /// `InvalidParameterValue.ImageUri`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image uri.
    InvalidParameterValueImageUri,
    /// `InvalidParameterValue.InlineZipFile`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: inline zip file.
    InvalidParameterValueInlineZipFile,
    /// `InvalidParameterValue.InstanceConcurrencyConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance concurrency config.
    InvalidParameterValueInstanceConcurrencyConfig,
    /// `InvalidParameterValue.InvokeType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invoke type.
    InvalidParameterValueInvokeType,
    /// `InvalidParameterValue.L5Enable`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: l5 enable.
    InvalidParameterValueL5Enable,
    /// `InvalidParameterValue.LayerName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: layer name.
    InvalidParameterValueLayerName,
    /// `InvalidParameterValue.Layers`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: layers.
    InvalidParameterValueLayers,
    /// `InvalidParameterValue.Limit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit.
    InvalidParameterValueLimit,
    /// `InvalidParameterValue.LimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit exceeded.
    InvalidParameterValueLimitExceeded,
    /// `InvalidParameterValue.LogFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: log format.
    InvalidParameterValueLogFormat,
    /// `InvalidParameterValue.MaxConcurrency`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: max concurrency.
    InvalidParameterValueMaxConcurrency,
    /// `InvalidParameterValue.Memory`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: memory.
    InvalidParameterValueMemory,
    /// `InvalidParameterValue.MemorySize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: memory size.
    InvalidParameterValueMemorySize,
    /// `InvalidParameterValue.MinCapacity`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: min capacity.
    InvalidParameterValueMinCapacity,
    /// `InvalidParameterValue.MountOption`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: mount option.
    InvalidParameterValueMountOption,
    /// `InvalidParameterValue.Name`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: name.
    InvalidParameterValueName,
    /// `InvalidParameterValue.Namespace`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: namespace.
    InvalidParameterValueNamespace,
    /// `InvalidParameterValue.NamespaceInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: namespace invalid.
    InvalidParameterValueNamespaceInvalid,
    /// `InvalidParameterValue.NodeSpec`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: node spec.
    InvalidParameterValueNodeSpec,
    /// `InvalidParameterValue.NodeType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: node type.
    InvalidParameterValueNodeType,
    /// `InvalidParameterValue.Offset`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: offset.
    InvalidParameterValueOffset,
    /// `InvalidParameterValue.Order`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: order.
    InvalidParameterValueOrder,
    /// `InvalidParameterValue.OrderBy`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: order by.
    InvalidParameterValueOrderBy,
    /// `InvalidParameterValue.Param`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: param.
    InvalidParameterValueParam,
    /// `InvalidParameterValue.Permission`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: permission.
    InvalidParameterValuePermission,
    /// `InvalidParameterValue.PluginConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: plugin config.
    InvalidParameterValuePluginConfig,
    /// `InvalidParameterValue.Port`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: port.
    InvalidParameterValuePort,
    /// `InvalidParameterValue.ProtocolType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: protocol type.
    InvalidParameterValueProtocolType,
    /// `InvalidParameterValue.ProvisionTriggerCronConfigDuplicate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: provision trigger cron config duplicate.
    InvalidParameterValueProvisionTriggerCronConfigDuplicate,
    /// `InvalidParameterValue.ProvisionTriggerName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: provision trigger name.
    InvalidParameterValueProvisionTriggerName,
    /// `InvalidParameterValue.ProvisionTriggerNameDuplicate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: provision trigger name duplicate.
    InvalidParameterValueProvisionTriggerNameDuplicate,
    /// `InvalidParameterValue.ProvisionType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: provision type.
    InvalidParameterValueProvisionType,
    /// `InvalidParameterValue.PublicNetConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: public net config.
    InvalidParameterValuePublicNetConfig,
    /// `InvalidParameterValue.Qualifier`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: qualifier.
    InvalidParameterValueQualifier,
    /// `InvalidParameterValue.QueryVersion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: query version.
    InvalidParameterValueQueryVersion,
    /// `InvalidParameterValue.ReadinessProbe`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: readiness probe.
    InvalidParameterValueReadinessProbe,
    /// `InvalidParameterValue.RegistryId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: registry id.
    InvalidParameterValueRegistryId,
    /// `InvalidParameterValue.RetCode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ret code.
    InvalidParameterValueRetCode,
    /// `InvalidParameterValue.RoutingConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: routing config.
    InvalidParameterValueRoutingConfig,
    /// `InvalidParameterValue.Runtime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: runtime.
    InvalidParameterValueRuntime,
    /// `InvalidParameterValue.SearchKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: search key.
    InvalidParameterValueSearchKey,
    /// `InvalidParameterValue.SecretInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: secret info.
    InvalidParameterValueSecretInfo,
    /// `InvalidParameterValue.ServiceName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: service name.
    InvalidParameterValueServiceName,
    /// `InvalidParameterValue.Stamp`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: stamp.
    InvalidParameterValueStamp,
    /// `InvalidParameterValue.StartTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: start time.
    InvalidParameterValueStartTime,
    /// `InvalidParameterValue.StartTimeOrEndTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: start time or end time.
    InvalidParameterValueStartTimeOrEndTime,
    /// `InvalidParameterValue.Status`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: status.
    InvalidParameterValueStatus,
    /// `InvalidParameterValue.SystemEnvironment`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: system environment.
    InvalidParameterValueSystemEnvironment,
    /// `InvalidParameterValue.TempCosObjectName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: temp cos object name.
    InvalidParameterValueTempCosObjectName,
    /// `InvalidParameterValue.TraceEnable`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: trace enable.
    InvalidParameterValueTraceEnable,
    /// `InvalidParameterValue.TrackingTarget`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tracking target.
    InvalidParameterValueTrackingTarget,
    /// `InvalidParameterValue.TriggerCronConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: trigger cron config.
    InvalidParameterValueTriggerCronConfig,
    /// `InvalidParameterValue.TriggerCronConfigTimeInterval`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: trigger cron config time interval.
    InvalidParameterValueTriggerCronConfigTimeInterval,
    /// `InvalidParameterValue.TriggerDesc`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: trigger desc.
    InvalidParameterValueTriggerDesc,
    /// `InvalidParameterValue.TriggerName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: trigger name.
    InvalidParameterValueTriggerName,
    /// `InvalidParameterValue.TriggerProvisionedConcurrencyNum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: trigger provisioned concurrency num.
    InvalidParameterValueTriggerProvisionedConcurrencyNum,
    /// `InvalidParameterValue.Type`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: type.
    InvalidParameterValueType,
    /// `InvalidParameterValue.Vpc`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpc.
    InvalidParameterValueVpc,
    /// `InvalidParameterValue.VpcNotSetWhenOpenCfs`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpc not set when open cfs.
    InvalidParameterValueVpcNotSetWhenOpenCfs,
    /// `InvalidParameterValue.WebSocketsParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: web sockets params.
    InvalidParameterValueWebSocketsParams,
    /// `InvalidParameterValue.ZipFile`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: zip file.
    InvalidParameterValueZipFile,
    /// `InvalidParameterValue.ZipFileBase64BinasciiError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: zip file base64 binascii error.
    InvalidParameterValueZipFileBase64BinasciiError,
    /// `LimitExceeded.Alias`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: alias.
    LimitExceededAlias,
    /// `LimitExceeded.Cdn`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cdn.
    LimitExceededCdn,
    /// `LimitExceeded.ContainerImageAccelerate`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: container image accelerate.
    LimitExceededContainerImageAccelerate,
    /// `LimitExceeded.ContainerImageAccelerateQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: container image accelerate quota.
    LimitExceededContainerImageAccelerateQuota,
    /// `LimitExceeded.Eip`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: eip.
    LimitExceededEip,
    /// `LimitExceeded.Fs`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: fs.
    LimitExceededFs,
    /// `LimitExceeded.Function`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: function.
    LimitExceededFunction,
    /// `LimitExceeded.FunctionOnTopic`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: function on topic.
    LimitExceededFunctionOnTopic,
    /// `LimitExceeded.FunctionProvisionedConcurrencyMemory`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: function provisioned concurrency memory.
    LimitExceededFunctionProvisionedConcurrencyMemory,
    /// `LimitExceeded.FunctionReservedConcurrencyMemory`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: function reserved concurrency memory.
    LimitExceededFunctionReservedConcurrencyMemory,
    /// `LimitExceeded.FunctionTotalProvisionedConcurrencyMemory`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: function total provisioned concurrency memory.
    LimitExceededFunctionTotalProvisionedConcurrencyMemory,
    /// `LimitExceeded.FunctionTotalProvisionedConcurrencyNum`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: function total provisioned concurrency num.
    LimitExceededFunctionTotalProvisionedConcurrencyNum,
    /// `LimitExceeded.FunctionVersions`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: function versions.
    LimitExceededFunctionVersions,
    /// `LimitExceeded.GpuReservedQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: gpu reserved quota.
    LimitExceededGpuReservedQuota,
    /// `LimitExceeded.InitTimeout`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: init timeout.
    LimitExceededInitTimeout,
    /// `LimitExceeded.IntraIp`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: intra ip.
    LimitExceededIntraIp,
    /// `LimitExceeded.LayerVersions`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: layer versions.
    LimitExceededLayerVersions,
    /// `LimitExceeded.Layers`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: layers.
    LimitExceededLayers,
    /// `LimitExceeded.MaxCapacity`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: max capacity.
    LimitExceededMaxCapacity,
    /// `LimitExceeded.Memory`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: memory.
    LimitExceededMemory,
    /// `LimitExceeded.MsgTTL`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: msg TTL.
    LimitExceededMsgTtl,
    /// `LimitExceeded.Namespace`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: namespace.
    LimitExceededNamespace,
    /// `LimitExceeded.Offset`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: offset.
    LimitExceededOffset,
    /// `LimitExceeded.PrivilegeContainer`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: privilege container.
    LimitExceededPrivilegeContainer,
    /// `LimitExceeded.ProvisionTriggerAction`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: provision trigger action.
    LimitExceededProvisionTriggerAction,
    /// `LimitExceeded.ProvisionTriggerInterval`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: provision trigger interval.
    LimitExceededProvisionTriggerInterval,
    /// `LimitExceeded.Quota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: quota.
    LimitExceededQuota,
    /// `LimitExceeded.RetryNum`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: retry num.
    LimitExceededRetryNum,
    /// `LimitExceeded.Timeout`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: timeout.
    LimitExceededTimeout,
    /// `LimitExceeded.TotalConcurrencyMemory`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: total concurrency memory.
    LimitExceededTotalConcurrencyMemory,
    /// `LimitExceeded.Trigger`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: trigger.
    LimitExceededTrigger,
    /// `LimitExceeded.UserTotalConcurrencyMemory`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: user total concurrency memory.
    LimitExceededUserTotalConcurrencyMemory,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.Code`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: code.
    MissingParameterCode,
    /// `MissingParameter.Runtime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: runtime.
    MissingParameterRuntime,
    /// `OperationDenied.AccountIsolate`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: account isolate.
    OperationDeniedAccountIsolate,
    /// `OperationDenied.AccountNotExists`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: account not exists.
    OperationDeniedAccountNotExists,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInUse.Alias`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: alias.
    ResourceInUseAlias,
    /// `ResourceInUse.Cdn`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: cdn.
    ResourceInUseCdn,
    /// `ResourceInUse.Cmq`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: cmq.
    ResourceInUseCmq,
    /// `ResourceInUse.Cos`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: cos.
    ResourceInUseCos,
    /// `ResourceInUse.Function`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: function.
    ResourceInUseFunction,
    /// `ResourceInUse.FunctionName`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: function name.
    ResourceInUseFunctionName,
    /// `ResourceInUse.LayerVersion`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: layer version.
    ResourceInUseLayerVersion,
    /// `ResourceInUse.Namespace`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: namespace.
    ResourceInUseNamespace,
    /// `ResourceInUse.Trigger`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: trigger.
    ResourceInUseTrigger,
    /// `ResourceInUse.TriggerName`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: trigger name.
    ResourceInUseTriggerName,
    /// `ResourceInsufficient.COS`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: COS.
    ResourceInsufficientCos,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.Alias`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: alias.
    ResourceNotFoundAlias,
    /// `ResourceNotFound.AsyncEvent`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: async event.
    ResourceNotFoundAsyncEvent,
    /// `ResourceNotFound.AttachedTagKeyNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: attached tag key not found.
    ResourceNotFoundAttachedTagKeyNotFound,
    /// `ResourceNotFound.Cdn`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cdn.
    ResourceNotFoundCdn,
    /// `ResourceNotFound.CfsMountInsNotMatch`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cfs mount ins not match.
    ResourceNotFoundCfsMountInsNotMatch,
    /// `ResourceNotFound.CfsProtocolError`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cfs protocol error.
    ResourceNotFoundCfsProtocolError,
    /// `ResourceNotFound.CfsStatusError`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cfs status error.
    ResourceNotFoundCfsStatusError,
    /// `ResourceNotFound.CfsVpcNotMatch`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cfs vpc not match.
    ResourceNotFoundCfsVpcNotMatch,
    /// `ResourceNotFound.Ckafka`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: ckafka.
    ResourceNotFoundCkafka,
    /// `ResourceNotFound.Cmq`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cmq.
    ResourceNotFoundCmq,
    /// `ResourceNotFound.Cos`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cos.
    ResourceNotFoundCos,
    /// `ResourceNotFound.CosObject`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cos object.
    ResourceNotFoundCosObject,
    /// `ResourceNotFound.Demo`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: demo.
    ResourceNotFoundDemo,
    /// `ResourceNotFound.Function`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: function.
    ResourceNotFoundFunction,
    /// `ResourceNotFound.FunctionName`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: function name.
    ResourceNotFoundFunctionName,
    /// `ResourceNotFound.FunctionVersion`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: function version.
    ResourceNotFoundFunctionVersion,
    /// `ResourceNotFound.GetCfsMountInsError`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: get cfs mount ins error.
    ResourceNotFoundGetCfsMountInsError,
    /// `ResourceNotFound.GetCfsNotMatch`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: get cfs not match.
    ResourceNotFoundGetCfsNotMatch,
    /// `ResourceNotFound.GooseFsClusterEndpoint`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: goose fs cluster endpoint.
    ResourceNotFoundGooseFsClusterEndpoint,
    /// `ResourceNotFound.GooseFsClusterId`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: goose fs cluster id.
    ResourceNotFoundGooseFsClusterId,
    /// `ResourceNotFound.GooseFsClusterNamespace`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: goose fs cluster namespace.
    ResourceNotFoundGooseFsClusterNamespace,
    /// `ResourceNotFound.ImageConfig`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: image config.
    ResourceNotFoundImageConfig,
    /// `ResourceNotFound.Layer`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: layer.
    ResourceNotFoundLayer,
    /// `ResourceNotFound.LayerVersion`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: layer version.
    ResourceNotFoundLayerVersion,
    /// `ResourceNotFound.Namespace`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: namespace.
    ResourceNotFoundNamespace,
    /// `ResourceNotFound.Qualifier`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: qualifier.
    ResourceNotFoundQualifier,
    /// `ResourceNotFound.Role`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: role.
    ResourceNotFoundRole,
    /// `ResourceNotFound.RoleCheck`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: role check.
    ResourceNotFoundRoleCheck,
    /// `ResourceNotFound.Timer`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: timer.
    ResourceNotFoundTimer,
    /// `ResourceNotFound.TotalConcurrencyMemory`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: total concurrency memory.
    ResourceNotFoundTotalConcurrencyMemory,
    /// `ResourceNotFound.Trigger`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: trigger.
    ResourceNotFoundTrigger,
    /// `ResourceNotFound.Version`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: version.
    ResourceNotFoundVersion,
    /// `ResourceNotFound.Vpc`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: vpc.
    ResourceNotFoundVpc,
    /// `ResourceUnavailable.InsufficientBalance`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: insufficient balance.
    ResourceUnavailableInsufficientBalance,
    /// `ResourceUnavailable.Namespace`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: namespace.
    ResourceUnavailableNamespace,
    /// `ResourceUnavailable.ServiceSuspended`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: service suspended.
    ResourceUnavailableServiceSuspended,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.CAM`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: CAM.
    UnauthorizedOperationCam,
    /// `UnauthorizedOperation.CodeSecret`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: code secret.
    UnauthorizedOperationCodeSecret,
    /// `UnauthorizedOperation.CreateTrigger`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: create trigger.
    UnauthorizedOperationCreateTrigger,
    /// `UnauthorizedOperation.DeleteFunction`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: delete function.
    UnauthorizedOperationDeleteFunction,
    /// `UnauthorizedOperation.DeleteTrigger`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: delete trigger.
    UnauthorizedOperationDeleteTrigger,
    /// `UnauthorizedOperation.NotMC`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: not MC.
    UnauthorizedOperationNotMc,
    /// `UnauthorizedOperation.Region`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: region.
    UnauthorizedOperationRegion,
    /// `UnauthorizedOperation.Role`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: role.
    UnauthorizedOperationRole,
    /// `UnauthorizedOperation.TempCosAppid`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: temp cos appid.
    UnauthorizedOperationTempCosAppid,
    /// `UnauthorizedOperation.UpdateFunctionCode`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: update function code.
    UnauthorizedOperationUpdateFunctionCode,
    /// `UnauthorizedOperation.UpdateTriggerStatus`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: update trigger status.
    UnauthorizedOperationUpdateTriggerStatus,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.AliasBind`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: alias bind.
    UnsupportedOperationAliasBind,
    /// `UnsupportedOperation.AsyncRunEnable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: async run enable.
    UnsupportedOperationAsyncRunEnable,
    /// `UnsupportedOperation.Cdn`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cdn.
    UnsupportedOperationCdn,
    /// `UnsupportedOperation.CopyFunction`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: copy function.
    UnsupportedOperationCopyFunction,
    /// `UnsupportedOperation.Cos`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cos.
    UnsupportedOperationCos,
    /// `UnsupportedOperation.DiskSize`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: disk size.
    UnsupportedOperationDiskSize,
    /// `UnsupportedOperation.EipFixed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: eip fixed.
    UnsupportedOperationEipFixed,
    /// `UnsupportedOperation.NotSupportRegion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not support region.
    UnsupportedOperationNotSupportRegion,
    /// `UnsupportedOperation.PublishVersion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: publish version.
    UnsupportedOperationPublishVersion,
    /// `UnsupportedOperation.Region`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: region.
    UnsupportedOperationRegion,
    /// `UnsupportedOperation.Trigger`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: trigger.
    UnsupportedOperationTrigger,
    /// `UnsupportedOperation.UpdateFunctionCode`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: update function code.
    UnsupportedOperationUpdateFunctionCode,
    /// `UnsupportedOperation.UpdateFunctionEventInvokeConfig`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: update function event invoke config.
    UnsupportedOperationUpdateFunctionEventInvokeConfig,
    /// `UnsupportedOperation.VpcConfig`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpc config.
    UnsupportedOperationVpcConfig,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 353] = [
        "FailedOperation",
        "FailedOperation.AccountInsufficient",
        "FailedOperation.ApiGateway",
        "FailedOperation.Apigw",
        "FailedOperation.ApmConfigInstanceId",
        "FailedOperation.AsyncEventStatus",
        "FailedOperation.AuthFailure",
        "FailedOperation.BindPlugin",
        "FailedOperation.CNAME",
        "FailedOperation.CallNetDeployFailed",
        "FailedOperation.CallRoleFailed",
        "FailedOperation.ClsServiceUnregistered",
        "FailedOperation.ClusterNotFound",
        "FailedOperation.CopyAsyncRun",
        "FailedOperation.CopyFailed",
        "FailedOperation.CopyFunction",
        "FailedOperation.Cos",
        "FailedOperation.CreateAlias",
        "FailedOperation.CreateFunction",
        "FailedOperation.CreateNamespace",
        "FailedOperation.CreateTrigger",
        "FailedOperation.DebugModeStatus",
        "FailedOperation.DebugModeUpdateTimeOutFail",
        "FailedOperation.DeleteAlias",
        "FailedOperation.DeleteFunction",
        "FailedOperation.DeleteLayerVersion",
        "FailedOperation.DeleteNamespace",
        "FailedOperation.DeleteTrigger",
        "FailedOperation.DeleteTrigger.UrlUsed",
        "FailedOperation.Domain.UnExist",
        "FailedOperation.FunctionNameStatusError",
        "FailedOperation.FunctionStatusError",
        "FailedOperation.FunctionVersionStatusNotActive",
        "FailedOperation.GetAlias",
        "FailedOperation.GetFunctionAddress",
        "FailedOperation.InstanceIsolationEnabled",
        "FailedOperation.InstanceNotFound",
        "FailedOperation.InsufficientBalance",
        "FailedOperation.InsufficientResources",
        "FailedOperation.InvokeFunction",
        "FailedOperation.MixNodeConfig",
        "FailedOperation.Namespace",
        "FailedOperation.OpenService",
        "FailedOperation.OperationConflict",
        "FailedOperation.ProvisionCreateTimer",
        "FailedOperation.ProvisionDeleteTimer",
        "FailedOperation.ProvisionedExceedAvailable",
        "FailedOperation.ProvisionedExceedReserved",
        "FailedOperation.ProvisionedInProgress",
        "FailedOperation.PublishLayerVersion",
        "FailedOperation.PublishVersion",
        "FailedOperation.QcsRoleNotFound",
        "FailedOperation.QueryError",
        "FailedOperation.ReservedExceedTotal",
        "FailedOperation.ReservedInProgress",
        "FailedOperation.ServiceClosed",
        "FailedOperation.SessionName",
        "FailedOperation.Ssl",
        "FailedOperation.TopicNotExist",
        "FailedOperation.TotalConcurrencyMemoryInProgress",
        "FailedOperation.UnOpenedService",
        "FailedOperation.UpdateAlias",
        "FailedOperation.UpdateFunctionCode",
        "FailedOperation.UpdateFunctionConfiguration",
        "FailedOperation.UpdateStatus",
        "FailedOperation.UpdateTrigger",
        "FailedOperation.UpdateTriggerStatus",
        "InternalError",
        "InternalError.ApiGateway",
        "InternalError.Ckafka",
        "InternalError.Cmq",
        "InternalError.Cos",
        "InternalError.ES",
        "InternalError.Exception",
        "InternalError.GetRoleError",
        "InternalError.GetStsTokenFailed",
        "InternalError.SearchFailed",
        "InternalError.System",
        "InternalError.SystemError",
        "InvalidParameter.Cls",
        "InvalidParameter.FunctionName",
        "InvalidParameter.FunctionNameOrResourceIdRequired",
        "InvalidParameter.GooseFsRequired",
        "InvalidParameter.ParamError",
        "InvalidParameter.Payload",
        "InvalidParameter.RequestTooLarge",
        "InvalidParameter.RoleCheck",
        "InvalidParameter.RoutingConfig",
        "InvalidParameterValue",
        "InvalidParameterValue.Action",
        "InvalidParameterValue.AdditionalVersionWeights",
        "InvalidParameterValue.Alias",
        "InvalidParameterValue.ApiGateway",
        "InvalidParameterValue.ApmConfig",
        "InvalidParameterValue.ApmConfigInstanceId",
        "InvalidParameterValue.ApmConfigRegion",
        "InvalidParameterValue.Args",
        "InvalidParameterValue.ArgsList",
        "InvalidParameterValue.AsyncRunEnable",
        "InvalidParameterValue.AsyncTriggerConfig",
        "InvalidParameterValue.Cdn",
        "InvalidParameterValue.CfsId",
        "InvalidParameterValue.CfsLocalMountDir",
        "InvalidParameterValue.CfsMountInsId",
        "InvalidParameterValue.CfsParameterDuplicate",
        "InvalidParameterValue.CfsParameterError",
        "InvalidParameterValue.CfsRegion",
        "InvalidParameterValue.CfsRemoteMountDir",
        "InvalidParameterValue.CfsStructionError",
        "InvalidParameterValue.CfsType",
        "InvalidParameterValue.CfsUserGroupId",
        "InvalidParameterValue.CfsUserId",
        "InvalidParameterValue.Ckafka",
        "InvalidParameterValue.ClientContext",
        "InvalidParameterValue.Cls",
        "InvalidParameterValue.ClsRole",
        "InvalidParameterValue.Cmq",
        "InvalidParameterValue.Code",
        "InvalidParameterValue.CodeSecret",
        "InvalidParameterValue.CodeSource",
        "InvalidParameterValue.Command",
        "InvalidParameterValue.CommandList",
        "InvalidParameterValue.CompatibleRuntimes",
        "InvalidParameterValue.Content",
        "InvalidParameterValue.Cors",
        "InvalidParameterValue.Cos",
        "InvalidParameterValue.CosBucketName",
        "InvalidParameterValue.CosBucketRegion",
        "InvalidParameterValue.CosFsBucketMountDir",
        "InvalidParameterValue.CosFsBucketName",
        "InvalidParameterValue.CosFsLocalMountDir",
        "InvalidParameterValue.CosFsRegion",
        "InvalidParameterValue.CosFsStruction",
        "InvalidParameterValue.CosFsType",
        "InvalidParameterValue.CosNotifyRuleConflict",
        "InvalidParameterValue.CosObjectName",
        "InvalidParameterValue.CustomArgument",
        "InvalidParameterValue.DateTime",
        "InvalidParameterValue.DeadLetterConfig",
        "InvalidParameterValue.DefaultNamespace",
        "InvalidParameterValue.Demo",
        "InvalidParameterValue.DemoId",
        "InvalidParameterValue.Description",
        "InvalidParameterValue.DiskSize",
        "InvalidParameterValue.DnsInfo",
        "InvalidParameterValue.Domain",
        "InvalidParameterValue.DynamicEnabled",
        "InvalidParameterValue.EASConfig",
        "InvalidParameterValue.EipConfig",
        "InvalidParameterValue.Enable",
        "InvalidParameterValue.Environment",
        "InvalidParameterValue.EnvironmentExceededLimit",
        "InvalidParameterValue.EnvironmentSystemProtect",
        "InvalidParameterValue.Filters",
        "InvalidParameterValue.FunctionName",
        "InvalidParameterValue.FunctionRequestId",
        "InvalidParameterValue.FunctionType",
        "InvalidParameterValue.GitBranch",
        "InvalidParameterValue.GitCommitId",
        "InvalidParameterValue.GitDirectory",
        "InvalidParameterValue.GitPassword",
        "InvalidParameterValue.GitPasswordSecret",
        "InvalidParameterValue.GitUrl",
        "InvalidParameterValue.GitUserName",
        "InvalidParameterValue.GitUserNameSecret",
        "InvalidParameterValue.GooseFsCluster",
        "InvalidParameterValue.GooseFsClusterGooseFsSitePropertiesBase64DecodeErr",
        "InvalidParameterValue.GooseFsClusterGooseFsSitePropertiesFormatErr",
        "InvalidParameterValue.GooseFsEndpoint",
        "InvalidParameterValue.GooseFsFuseJVMConfig",
        "InvalidParameterValue.GooseFsLocalMountDir",
        "InvalidParameterValue.GooseFsNamespace",
        "InvalidParameterValue.GooseFsRemoteMountPath",
        "InvalidParameterValue.GooseFsStructionError",
        "InvalidParameterValue.GooseFsType",
        "InvalidParameterValue.Handler",
        "InvalidParameterValue.IdleTimeOut",
        "InvalidParameterValue.ImageType",
        "InvalidParameterValue.ImageUri",
        "InvalidParameterValue.InlineZipFile",
        "InvalidParameterValue.InstanceConcurrencyConfig",
        "InvalidParameterValue.InvokeType",
        "InvalidParameterValue.L5Enable",
        "InvalidParameterValue.LayerName",
        "InvalidParameterValue.Layers",
        "InvalidParameterValue.Limit",
        "InvalidParameterValue.LimitExceeded",
        "InvalidParameterValue.LogFormat",
        "InvalidParameterValue.MaxConcurrency",
        "InvalidParameterValue.Memory",
        "InvalidParameterValue.MemorySize",
        "InvalidParameterValue.MinCapacity",
        "InvalidParameterValue.MountOption",
        "InvalidParameterValue.Name",
        "InvalidParameterValue.Namespace",
        "InvalidParameterValue.NamespaceInvalid",
        "InvalidParameterValue.NodeSpec",
        "InvalidParameterValue.NodeType",
        "InvalidParameterValue.Offset",
        "InvalidParameterValue.Order",
        "InvalidParameterValue.OrderBy",
        "InvalidParameterValue.Param",
        "InvalidParameterValue.Permission",
        "InvalidParameterValue.PluginConfig",
        "InvalidParameterValue.Port",
        "InvalidParameterValue.ProtocolType",
        "InvalidParameterValue.ProvisionTriggerCronConfigDuplicate",
        "InvalidParameterValue.ProvisionTriggerName",
        "InvalidParameterValue.ProvisionTriggerNameDuplicate",
        "InvalidParameterValue.ProvisionType",
        "InvalidParameterValue.PublicNetConfig",
        "InvalidParameterValue.Qualifier",
        "InvalidParameterValue.QueryVersion",
        "InvalidParameterValue.ReadinessProbe",
        "InvalidParameterValue.RegistryId",
        "InvalidParameterValue.RetCode",
        "InvalidParameterValue.RoutingConfig",
        "InvalidParameterValue.Runtime",
        "InvalidParameterValue.SearchKey",
        "InvalidParameterValue.SecretInfo",
        "InvalidParameterValue.ServiceName",
        "InvalidParameterValue.Stamp",
        "InvalidParameterValue.StartTime",
        "InvalidParameterValue.StartTimeOrEndTime",
        "InvalidParameterValue.Status",
        "InvalidParameterValue.SystemEnvironment",
        "InvalidParameterValue.TempCosObjectName",
        "InvalidParameterValue.TraceEnable",
        "InvalidParameterValue.TrackingTarget",
        "InvalidParameterValue.TriggerCronConfig",
        "InvalidParameterValue.TriggerCronConfigTimeInterval",
        "InvalidParameterValue.TriggerDesc",
        "InvalidParameterValue.TriggerName",
        "InvalidParameterValue.TriggerProvisionedConcurrencyNum",
        "InvalidParameterValue.Type",
        "InvalidParameterValue.Vpc",
        "InvalidParameterValue.VpcNotSetWhenOpenCfs",
        "InvalidParameterValue.WebSocketsParams",
        "InvalidParameterValue.ZipFile",
        "InvalidParameterValue.ZipFileBase64BinasciiError",
        "LimitExceeded.Alias",
        "LimitExceeded.Cdn",
        "LimitExceeded.ContainerImageAccelerate",
        "LimitExceeded.ContainerImageAccelerateQuota",
        "LimitExceeded.Eip",
        "LimitExceeded.Fs",
        "LimitExceeded.Function",
        "LimitExceeded.FunctionOnTopic",
        "LimitExceeded.FunctionProvisionedConcurrencyMemory",
        "LimitExceeded.FunctionReservedConcurrencyMemory",
        "LimitExceeded.FunctionTotalProvisionedConcurrencyMemory",
        "LimitExceeded.FunctionTotalProvisionedConcurrencyNum",
        "LimitExceeded.FunctionVersions",
        "LimitExceeded.GpuReservedQuota",
        "LimitExceeded.InitTimeout",
        "LimitExceeded.IntraIp",
        "LimitExceeded.LayerVersions",
        "LimitExceeded.Layers",
        "LimitExceeded.MaxCapacity",
        "LimitExceeded.Memory",
        "LimitExceeded.MsgTTL",
        "LimitExceeded.Namespace",
        "LimitExceeded.Offset",
        "LimitExceeded.PrivilegeContainer",
        "LimitExceeded.ProvisionTriggerAction",
        "LimitExceeded.ProvisionTriggerInterval",
        "LimitExceeded.Quota",
        "LimitExceeded.RetryNum",
        "LimitExceeded.Timeout",
        "LimitExceeded.TotalConcurrencyMemory",
        "LimitExceeded.Trigger",
        "LimitExceeded.UserTotalConcurrencyMemory",
        "MissingParameter",
        "MissingParameter.Code",
        "MissingParameter.Runtime",
        "OperationDenied.AccountIsolate",
        "OperationDenied.AccountNotExists",
        "ResourceInUse",
        "ResourceInUse.Alias",
        "ResourceInUse.Cdn",
        "ResourceInUse.Cmq",
        "ResourceInUse.Cos",
        "ResourceInUse.Function",
        "ResourceInUse.FunctionName",
        "ResourceInUse.LayerVersion",
        "ResourceInUse.Namespace",
        "ResourceInUse.Trigger",
        "ResourceInUse.TriggerName",
        "ResourceInsufficient.COS",
        "ResourceNotFound",
        "ResourceNotFound.Alias",
        "ResourceNotFound.AsyncEvent",
        "ResourceNotFound.AttachedTagKeyNotFound",
        "ResourceNotFound.Cdn",
        "ResourceNotFound.CfsMountInsNotMatch",
        "ResourceNotFound.CfsProtocolError",
        "ResourceNotFound.CfsStatusError",
        "ResourceNotFound.CfsVpcNotMatch",
        "ResourceNotFound.Ckafka",
        "ResourceNotFound.Cmq",
        "ResourceNotFound.Cos",
        "ResourceNotFound.CosObject",
        "ResourceNotFound.Demo",
        "ResourceNotFound.Function",
        "ResourceNotFound.FunctionName",
        "ResourceNotFound.FunctionVersion",
        "ResourceNotFound.GetCfsMountInsError",
        "ResourceNotFound.GetCfsNotMatch",
        "ResourceNotFound.GooseFsClusterEndpoint",
        "ResourceNotFound.GooseFsClusterId",
        "ResourceNotFound.GooseFsClusterNamespace",
        "ResourceNotFound.ImageConfig",
        "ResourceNotFound.Layer",
        "ResourceNotFound.LayerVersion",
        "ResourceNotFound.Namespace",
        "ResourceNotFound.Qualifier",
        "ResourceNotFound.Role",
        "ResourceNotFound.RoleCheck",
        "ResourceNotFound.Timer",
        "ResourceNotFound.TotalConcurrencyMemory",
        "ResourceNotFound.Trigger",
        "ResourceNotFound.Version",
        "ResourceNotFound.Vpc",
        "ResourceUnavailable.InsufficientBalance",
        "ResourceUnavailable.Namespace",
        "ResourceUnavailable.ServiceSuspended",
        "UnauthorizedOperation",
        "UnauthorizedOperation.CAM",
        "UnauthorizedOperation.CodeSecret",
        "UnauthorizedOperation.CreateTrigger",
        "UnauthorizedOperation.DeleteFunction",
        "UnauthorizedOperation.DeleteTrigger",
        "UnauthorizedOperation.NotMC",
        "UnauthorizedOperation.Region",
        "UnauthorizedOperation.Role",
        "UnauthorizedOperation.TempCosAppid",
        "UnauthorizedOperation.UpdateFunctionCode",
        "UnauthorizedOperation.UpdateTriggerStatus",
        "UnsupportedOperation",
        "UnsupportedOperation.AliasBind",
        "UnsupportedOperation.AsyncRunEnable",
        "UnsupportedOperation.Cdn",
        "UnsupportedOperation.CopyFunction",
        "UnsupportedOperation.Cos",
        "UnsupportedOperation.DiskSize",
        "UnsupportedOperation.EipFixed",
        "UnsupportedOperation.NotSupportRegion",
        "UnsupportedOperation.PublishVersion",
        "UnsupportedOperation.Region",
        "UnsupportedOperation.Trigger",
        "UnsupportedOperation.UpdateFunctionCode",
        "UnsupportedOperation.UpdateFunctionEventInvokeConfig",
        "UnsupportedOperation.VpcConfig",
    ];
    static NAME_CODES: [u32; 8] = [8, 72, 147, 169, 260, 288, 327, 332];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationCnameInternalErrorEsInvalidParameterValueEasConfigInvalidParameterValueGooseFsFuseJvmConfigLimitExceededMsgTtlResourceInsufficientCosUnauthorizedOperationCamUnauthorizedOperationNotMc",
        ends: &[0, 20, 35, 65, 106, 125, 148, 172, 198],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.The operation failed: account insufficient.The operation failed: api gateway.The operation failed: apigw.The operation failed: apm config instance id.The operation failed: async event status.The operation failed: auth failure.The operation failed: bind plugin.The operation failed: CNAME.The operation failed: call net deploy failed.The operation failed: call role failed.The operation failed: cls service unregistered.The operation failed: cluster not found.The operation failed: copy async run.The operation failed: copy failed.The operation failed: copy function.The operation failed: cos.The operation failed: create alias.The operation failed: create function.The operation failed: create namespace.The operation failed: create trigger.The operation failed: debug mode status.The operation failed: debug mode update time out fail.The operation failed: delete alias.The operation failed: delete function.The operation failed: delete layer version.The operation failed: delete namespace.The operation failed: delete trigger.The operation failed: delete trigger, url used.The operation failed: domain, un exist.The operation failed: function name status error.The operation failed: function status error.The operation failed: function version status not active.The operation failed: get alias.The operation failed: get function address.The operation failed: instance isolation enabled.The operation failed: instance not found.The operation failed: insufficient balance.The operation failed: insufficient resources.The operation failed: invoke function.The operation failed: mix node config.The operation failed: namespace.The operation failed: open service.The operation failed: operation conflict.The operation failed: provision create timer.The operation failed: provision delete timer.The operation failed: provisioned exceed available.The operation failed: provisioned exceed reserved.The operation failed: provisioned in progress.The operation failed: publish layer version.The operation failed: publish version.The operation failed: qcs role not found.The operation failed: query error.The operation failed: reserved exceed total.The operation failed: reserved in progress.The operation failed: service closed.The operation failed: session name.The operation failed: ssl.The operation failed: topic not exist.The operation failed: total concurrency memory in progress.The operation failed: un opened service.The operation failed: update alias.The operation failed: update function code.The operation failed: update function configuration.The operation failed: update status.The operation failed: update trigger.The operation failed: update trigger status.An internal error occurred.An internal error occurred: api gateway.An internal error occurred: ckafka.An internal error occurred: cmq.An internal error occurred: cos.An internal error occurred: ES.An internal error occurred: exception.An internal error occurred: get role error.An internal error occurred: get sts token failed.An internal error occurred: search failed.An internal error occurred: system.An internal error occurred: system error.A parameter is invalid: cls.A parameter is invalid: function name.A parameter is invalid: function name or resource id required.A parameter is invalid: goose fs required.A parameter is invalid: param error.A parameter is invalid: payload.A parameter is invalid: request too large.A parameter is invalid: role check.A parameter is invalid: routing config.A parameter value is invalid.A parameter value is invalid: action.A parameter value is invalid: additional version weights.A parameter value is invalid: alias.A parameter value is invalid: api gateway.A parameter value is invalid: apm config.A parameter value is invalid: apm config instance id.A parameter value is invalid: apm config region.A parameter value is invalid: args.A parameter value is invalid: args list.A parameter value is invalid: async run enable.A parameter value is invalid: async trigger config.A parameter value is invalid: cdn.A parameter value is invalid: cfs id.A parameter value is invalid: cfs local mount dir.A parameter value is invalid: cfs mount ins id.A parameter value is invalid: cfs parameter duplicate.A parameter value is invalid: cfs parameter error.A parameter value is invalid: cfs region.A parameter value is invalid: cfs remote mount dir.A parameter value is invalid: cfs struction error.A parameter value is invalid: cfs type.A parameter value is invalid: cfs user group id.A parameter value is invalid: cfs user id.A parameter value is invalid: ckafka.A parameter value is invalid: client context.A parameter value is invalid: cls.A parameter value is invalid: cls role.A parameter value is invalid: cmq.A parameter value is invalid: code.A parameter value is invalid: code secret.A parameter value is invalid: code source.A parameter value is invalid: command.A parameter value is invalid: command list.A parameter value is invalid: compatible runtimes.A parameter value is invalid: content.A parameter value is invalid: cors.A parameter value is invalid: cos.A parameter value is invalid: cos bucket name.A parameter value is invalid: cos bucket region.A parameter value is invalid: cos fs bucket mount dir.A parameter value is invalid: cos fs bucket name.A parameter value is invalid: cos fs local mount dir.A parameter value is invalid: cos fs region.A parameter value is invalid: cos fs struction.A parameter value is invalid: cos fs type.A parameter value is invalid: cos notify rule conflict.A parameter value is invalid: cos object name.A parameter value is invalid: custom argument.A parameter value is invalid: date time.A parameter value is invalid: dead letter config.A parameter value is invalid: default namespace.A parameter value is invalid: demo.A parameter value is invalid: demo id.A parameter value is invalid: description.A parameter value is invalid: disk size.A parameter value is invalid: dns info.A parameter value is invalid: domain.A parameter value is invalid: dynamic enabled.A parameter value is invalid: EAS config.A parameter value is invalid: eip config.A parameter value is invalid: enable.A parameter value is invalid: environment.A parameter value is invalid: environment exceeded limit.A parameter value is invalid: environment system protect.A parameter value is invalid: filters.A parameter value is invalid: function name.A parameter value is invalid: function request id.A parameter value is invalid: function type.A parameter value is invalid: git branch.A parameter value is invalid: git commit id.A parameter value is invalid: git directory.A parameter value is invalid: git password.A parameter value is invalid: git password secret.A parameter value is invalid: git url.A parameter value is invalid: git user name.A parameter value is invalid: git user name secret.A parameter value is invalid: goose fs cluster.A parameter value is invalid: goose fs cluster goose fs site properties base64 decode err.A parameter value is invalid: goose fs cluster goose fs site properties format err.A parameter value is invalid: goose fs endpoint.A parameter value is invalid: goose fs fuse JVM config.A parameter value is invalid: goose fs local mount dir.A parameter value is invalid: goose fs namespace.A parameter value is invalid: goose fs remote mount path.A parameter value is invalid: goose fs struction error.A parameter value is invalid: goose fs type.A parameter value is invalid: handler.A parameter value is invalid: idle time out.A parameter value is invalid: image type.A parameter value is invalid: image uri.A parameter value is invalid: inline zip file.A parameter value is invalid: instance concurrency config.A parameter value is invalid: invoke type.A parameter value is invalid: l5 enable.A parameter value is invalid: layer name.A parameter value is invalid: layers.A parameter value is invalid: limit.A parameter value is invalid: limit exceeded.A parameter value is invalid: log format.A parameter value is invalid: max concurrency.A parameter value is invalid: memory.A parameter value is invalid: memory size.A parameter value is invalid: min capacity.A parameter value is invalid: mount option.A parameter value is invalid: name.A parameter value is invalid: namespace.A parameter value is invalid: namespace invalid.A parameter value is invalid: node spec.A parameter value is invalid: node type.A parameter value is invalid: offset.A parameter value is invalid: order.A parameter value is invalid: order by.A parameter value is invalid: param.A parameter value is invalid: permission.A parameter value is invalid: plugin config.A parameter value is invalid: port.A parameter value is invalid: protocol type.A parameter value is invalid: provision trigger cron config duplicate.A parameter value is invalid: provision trigger name.A parameter value is invalid: provision trigger name duplicate.A parameter value is invalid: provision type.A parameter value is invalid: public net config.A parameter value is invalid: qualifier.A parameter value is invalid: query version.A parameter value is invalid: readiness probe.A parameter value is invalid: registry id.A parameter value is invalid: ret code.A parameter value is invalid: routing config.A parameter value is invalid: runtime.A parameter value is invalid: search key.A parameter value is invalid: secret info.A parameter value is invalid: service name.A parameter value is invalid: stamp.A parameter value is invalid: start time.A parameter value is invalid: start time or end time.A parameter value is invalid: status.A parameter value is invalid: system environment.A parameter value is invalid: temp cos object name.A parameter value is invalid: trace enable.A parameter value is invalid: tracking target.A parameter value is invalid: trigger cron config.A parameter value is invalid: trigger cron config time interval.A parameter value is invalid: trigger desc.A parameter value is invalid: trigger name.A parameter value is invalid: trigger provisioned concurrency num.A parameter value is invalid: type.A parameter value is invalid: vpc.A parameter value is invalid: vpc not set when open cfs.A parameter value is invalid: web sockets params.A parameter value is invalid: zip file.A parameter value is invalid: zip file base64 binascii error.A limit was exceeded: alias.A limit was exceeded: cdn.A limit was exceeded: container image accelerate.A limit was exceeded: container image accelerate quota.A limit was exceeded: eip.A limit was exceeded: fs.A limit was exceeded: function.A limit was exceeded: function on topic.A limit was exceeded: function provisioned concurrency memory.A limit was exceeded: function reserved concurrency memory.A limit was exceeded: function total provisioned concurrency memory.A limit was exceeded: function total provisioned concurrency num.A limit was exceeded: function versions.A limit was exceeded: gpu reserved quota.A limit was exceeded: init timeout.A limit was exceeded: intra ip.A limit was exceeded: layer versions.A limit was exceeded: layers.A limit was exceeded: max capacity.A limit was exceeded: memory.A limit was exceeded: msg TTL.A limit was exceeded: namespace.A limit was exceeded: offset.A limit was exceeded: privilege container.A limit was exceeded: provision trigger action.A limit was exceeded: provision trigger interval.A limit was exceeded: quota.A limit was exceeded: retry num.A limit was exceeded: timeout.A limit was exceeded: total concurrency memory.A limit was exceeded: trigger.A limit was exceeded: user total concurrency memory.A required parameter is missing.A required parameter is missing: code.A required parameter is missing: runtime.The operation was denied: account isolate.The operation was denied: account not exists.The resource is in use.The resource is in use: alias.The resource is in use: cdn.The resource is in use: cmq.The resource is in use: cos.The resource is in use: function.The resource is in use: function name.The resource is in use: layer version.The resource is in use: namespace.The resource is in use: trigger.The resource is in use: trigger name.Resources are insufficient: COS.The resource was not found.The resource was not found: alias.The resource was not found: async event.The resource was not found: attached tag key not found.The resource was not found: cdn.The resource was not found: cfs mount ins not match.The resource was not found: cfs protocol error.The resource was not found: cfs status error.The resource was not found: cfs vpc not match.The resource was not found: ckafka.The resource was not found: cmq.The resource was not found: cos.The resource was not found: cos object.The resource was not found: demo.The resource was not found: function.The resource was not found: function name.The resource was not found: function version.The resource was not found: get cfs mount ins error.The resource was not found: get cfs not match.The resource was not found: goose fs cluster endpoint.The resource was not found: goose fs cluster id.The resource was not found: goose fs cluster namespace.The resource was not found: image config.The resource was not found: layer.The resource was not found: layer version.The resource was not found: namespace.The resource was not found: qualifier.The resource was not found: role.The resource was not found: role check.The resource was not found: timer.The resource was not found: total concurrency memory.The resource was not found: trigger.The resource was not found: version.The resource was not found: vpc.The resource is unavailable: insufficient balance.The resource is unavailable: namespace.The resource is unavailable: service suspended.The operation is not authorized.The operation is not authorized: CAM.The operation is not authorized: code secret.The operation is not authorized: create trigger.The operation is not authorized: delete function.The operation is not authorized: delete trigger.The operation is not authorized: not MC.The operation is not authorized: region.The operation is not authorized: role.The operation is not authorized: temp cos appid.The operation is not authorized: update function code.The operation is not authorized: update trigger status.The operation is not supported.The operation is not supported: alias bind.The operation is not supported: async run enable.The operation is not supported: cdn.The operation is not supported: copy function.The operation is not supported: cos.The operation is not supported: disk size.The operation is not supported: eip fixed.The operation is not supported: not support region.The operation is not supported: publish version.The operation is not supported: region.The operation is not supported: trigger.The operation is not supported: update function code.The operation is not supported: update function event invoke config.The operation is not supported: vpc config.",
        ends: &[
            0, 21, 64, 98, 126, 171, 212, 247, 281, 309, 354, 393, 440, 480, 517, 551,
            587, 613, 648, 686, 725, 762, 802, 856, 891, 929, 972, 1011, 1048, 1095,
            1134, 1183, 1227, 1284, 1316, 1359, 1408, 1449, 1492, 1537, 1575, 1613, 1645,
            1680, 1721, 1766, 1811, 1862, 1912, 1958, 2002, 2040, 2081, 2115, 2159, 2202,
            2239, 2274, 2300, 2338, 2397, 2437, 2472, 2515, 2567, 2603, 2640, 2684, 2711,
            2751, 2786, 2818, 2850, 2881, 2919, 2962, 3011, 3053, 3088, 3129, 3157, 3195,
            3257, 3299, 3335, 3367, 3409, 3444, 3483, 3512, 3549, 3606, 3642, 3684, 3725,
            3778, 3826, 3861, 3901, 3948, 3999, 4033, 4070, 4120, 4167, 4221, 4271, 4312,
            4363, 4413, 4452, 4500, 4542, 4579, 4624, 4658, 4697, 4731, 4766, 4808, 4850,
            4888, 4931, 4981, 5019, 5054, 5088, 5134, 5182, 5236, 5285, 5338, 5382, 5429,
            5471, 5526, 5572, 5618, 5658, 5707, 5755, 5790, 5828, 5870, 5910, 5949, 5986,
            6032, 6073, 6114, 6151, 6193, 6250, 6307, 6345, 6389, 6439, 6483, 6524, 6568,
            6612, 6655, 6705, 6743, 6787, 6838, 6885, 6975, 7058, 7106, 7161, 7216, 7265,
            7322, 7377, 7421, 7459, 7503, 7544, 7584, 7630, 7688, 7730, 7770, 7811, 7848,
            7884, 7929, 7970, 8016, 8053, 8095, 8138, 8181, 8216, 8256, 8304, 8344, 8384,
            8421, 8457, 8496, 8532, 8573, 8617, 8652, 8696, 8766, 8819, 8882, 8927, 8975,
            9015, 9059, 9105, 9147, 9186, 9231, 9269, 9310, 9352, 9395, 9431, 9472, 9525,
            9562, 9611, 9662, 9705, 9751, 9801, 9865, 9908, 9951, 10017, 10052, 10086,
            10142, 10191, 10230, 10291, 10319, 10345, 10394, 10449, 10475, 10500, 10531,
            10571, 10633, 10692, 10760, 10825, 10865, 10906, 10941, 10972, 11009, 11038,
            11073, 11102, 11132, 11164, 11193, 11235, 11282, 11331, 11359, 11391, 11421,
            11468, 11498, 11550, 11582, 11620, 11661, 11703, 11748, 11771, 11801, 11829,
            11857, 11885, 11918, 11956, 11994, 12028, 12060, 12097, 12129, 12156, 12190,
            12230, 12285, 12317, 12369, 12416, 12461, 12507, 12542, 12574, 12606, 12645,
            12678, 12715, 12757, 12802, 12854, 12900, 12954, 13002, 13057, 13098, 13132,
            13174, 13212, 13250, 13283, 13322, 13356, 13409, 13445, 13481, 13513, 13563,
            13602, 13649, 13681, 13718, 13763, 13811, 13860, 13908, 13948, 13988, 14026,
            14074, 14128, 14183, 14214, 14257, 14306, 14342, 14388, 14424, 14466, 14508,
            14559, 14607, 14646, 14686, 14739, 14807, 14850,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 353] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccbbbbbbbbbbbcaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacccccccccccccccaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 353] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimmmmmmmmmmmmccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccchhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhcccggjjjjjjjjjjjheeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeiiiggggggggggggliiiiiiiiiiiiii",
    );
    static PILOTS: [u16; 89] = [
        0, 9, 26, 0, 51, 138, 95, 3, 1, 0, 19, 2, 15, 14, 3, 7, 7, 56, 0, 3, 0, 10, 0, 1,
        11, 20, 4, 1, 0, 14, 0, 5, 73, 32, 72, 0, 2, 7, 67, 1, 0, 30, 109, 0, 52, 13, 71,
        1, 4, 23, 65, 14, 62, 61, 18, 12, 85, 33, 195, 19, 31, 14, 43, 9, 0, 6, 92, 10,
        0, 1, 26, 346, 289, 2, 4, 3, 6, 3, 79, 62, 38, 109, 59, 361, 262, 2, 41, 321, 81,
    ];
    static SLOTS: [(&str, u32); 392] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            184, 62, 66, 133, 91, 97, 36, 233, 156, 17, 114, 151, 268, 176, 75,
            4294967295, 29, 224, 240, 57, 27, 208, 291, 270, 89, 196, 33, 100, 44, 113,
            102, 271, 181, 135, 129, 6, 273, 119, 4294967295, 12, 152, 209, 258, 275,
            4294967295, 4294967295, 71, 4294967295, 337, 304, 59, 315, 288, 219, 246,
            4294967295, 166, 73, 345, 202, 118, 4294967295, 204, 350, 303, 10, 322, 68,
            108, 211, 51, 42, 4294967295, 74, 213, 254, 164, 325, 301, 326, 40, 277, 237,
            297, 21, 231, 189, 4294967295, 334, 250, 285, 61, 88, 191, 205, 115, 234, 52,
            8, 121, 4294967295, 127, 125, 103, 338, 4294967295, 223, 232, 56, 18, 215,
            284, 60, 64, 4294967295, 244, 227, 197, 217, 179, 146, 4294967295, 293, 192,
            11, 210, 139, 4294967295, 41, 95, 296, 99, 4294967295, 136, 323, 98, 305,
            236, 1, 167, 171, 50, 130, 200, 48, 107, 341, 144, 229, 260, 104, 248, 26,
            283, 4294967295, 311, 300, 328, 96, 310, 70, 47, 221, 58, 4294967295,
            4294967295, 4294967295, 253, 28, 259, 19, 112, 4294967295, 218, 122,
            4294967295, 143, 92, 30, 216, 292, 295, 281, 316, 274, 0, 317, 333, 302, 314,
            53, 134, 4294967295, 140, 263, 128, 4294967295, 4294967295, 214, 72, 126, 69,
            339, 320, 261, 54, 105, 226, 90, 255, 147, 278, 38, 265, 93, 4294967295, 276,
            157, 4294967295, 212, 4294967295, 342, 308, 272, 4294967295, 4294967295, 235,
            247, 279, 31, 238, 313, 294, 245, 348, 55, 346, 2, 336, 170, 306, 5, 142,
            241, 79, 165, 117, 150, 160, 286, 137, 290, 83, 32, 319, 169, 173, 188, 183,
            174, 327, 201, 34, 35, 25, 4294967295, 309, 178, 16, 193, 4294967295,
            4294967295, 76, 78, 198, 267, 331, 141, 148, 194, 228, 177, 266, 172, 343,
            324, 120, 3, 225, 80, 186, 4294967295, 86, 190, 220, 123, 4294967295, 239,
            287, 116, 252, 180, 65, 329, 4294967295, 82, 124, 352, 158, 349, 7, 109, 264,
            153, 46, 175, 23, 106, 330, 162, 206, 84, 145, 9, 332, 45, 101, 256, 159,
            132, 94, 203, 15, 149, 138, 4294967295, 335, 312, 81, 289, 77, 187,
            4294967295, 307, 63, 14, 110, 67, 299, 347, 131, 20, 269, 155, 111, 24, 251,
            168, 199, 182, 321, 185, 340, 154, 163, 351, 207, 243, 4294967295, 282, 222,
            298, 280, 49, 249, 39, 195, 262, 318, 4294967295, 4, 85, 22, 37, 43, 257,
            344, 87, 230, 242, 13, 161,
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
    const PROVIDER: &'static str = "Tencent Cloud SCF";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud SCF's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud SCF: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
