// @generated from catalogs/tencent/oceanus.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud OCEANUS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud OCEANUS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.CAMNotAuthorized`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: CAM not authorized.
    AuthFailureCamNotAuthorized,
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation.
    AuthFailureUnauthorizedOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.CheckDdlGrammar`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: check ddl grammar.
    FailedOperationCheckDdlGrammar,
    /// `FailedOperation.ClusterNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cluster not found.
    FailedOperationClusterNotFound,
    /// `FailedOperation.DDLParseFailure`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DDL parse failure.
    FailedOperationDdlParseFailure,
    /// `FailedOperation.DataSourceConnectionFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: data source connection failed.
    FailedOperationDataSourceConnectionFailed,
    /// `FailedOperation.DefaultSpaceCanNotOperate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: default space can not operate.
    FailedOperationDefaultSpaceCanNotOperate,
    /// `FailedOperation.DeleteWedataItemspace`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete wedata itemspace.
    FailedOperationDeleteWedataItemspace,
    /// `FailedOperation.DraftConfigCanNotDelete`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: draft config can not delete.
    FailedOperationDraftConfigCanNotDelete,
    /// `FailedOperation.DuplicatedJobName`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: duplicated job name.
    FailedOperationDuplicatedJobName,
    /// `FailedOperation.FailedOperationCode_FetchSqlGatewayStatement`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: failed operation code fetch sql gateway statement.
    FailedOperationFailedOperationCodeFetchSqlGatewayStatement,
    /// `FailedOperation.FailedOperationCode_RunSqlGateway`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: failed operation code run sql gateway.
    FailedOperationFailedOperationCodeRunSqlGateway,
    /// `FailedOperation.GetResourceTagsByResourceIds`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get resource tags by resource ids.
    FailedOperationGetResourceTagsByResourceIds,
    /// `FailedOperation.GetResourcesByTagsUnion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get resources by tags union.
    FailedOperationGetResourcesByTagsUnion,
    /// `FailedOperation.GrammarCheckFailure`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: grammar check failure.
    FailedOperationGrammarCheckFailure,
    /// `FailedOperation.JobBindDefaultMonitorFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: job bind default monitor failed.
    FailedOperationJobBindDefaultMonitorFailed,
    /// `FailedOperation.JobConfigOnPublish`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: job config on publish.
    FailedOperationJobConfigOnPublish,
    /// `FailedOperation.ModifyConnectorFailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify connector failed operation.
    FailedOperationModifyConnectorFailedOperation,
    /// `FailedOperation.ModifyTableFailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify table failed operation.
    FailedOperationModifyTableFailedOperation,
    /// `FailedOperation.ParseSql`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: parse sql.
    FailedOperationParseSql,
    /// `FailedOperation.UserNotAuthenticated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user not authenticated.
    FailedOperationUserNotAuthenticated,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.CLS`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: CLS.
    InternalErrorCls,
    /// `InternalError.COSClient`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: COS client.
    InternalErrorCosClient,
    /// `InternalError.CamCgwError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cam cgw error.
    InternalErrorCamCgwError,
    /// `InternalError.DB`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB.
    InternalErrorDb,
    /// `InternalError.FailedToBescribeResources`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: failed to bescribe resources.
    InternalErrorFailedToBescribeResources,
    /// `InternalError.FailedToUpdateJob`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: failed to update job.
    InternalErrorFailedToUpdateJob,
    /// `InternalError.JobInstanceNotFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: job instance not found.
    InternalErrorJobInstanceNotFound,
    /// `InternalError.LogicError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: logic error.
    InternalErrorLogicError,
    /// `InternalError.ResourceConfigCanNotDelete`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: resource config can not delete.
    InternalErrorResourceConfigCanNotDelete,
    /// `InternalError.ResourceNotExist`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: resource not exist.
    InternalErrorResourceNotExist,
    /// `InternalError.SqlCodeNotFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: sql code not found.
    InternalErrorSqlCodeNotFound,
    /// `InternalError.StsNewClient`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: sts new client.
    InternalErrorStsNewClient,
    /// `InternalError.SystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: system error.
    InternalErrorSystemError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.AppIdResourceNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: app id resource not match.
    InvalidParameterAppIdResourceNotMatch,
    /// `InvalidParameter.CreateVariableExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: create variable exists.
    InvalidParameterCreateVariableExists,
    /// `InvalidParameter.DuplicatedFolderName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicated folder name.
    InvalidParameterDuplicatedFolderName,
    /// `InvalidParameter.DuplicatedSpaceName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicated space name.
    InvalidParameterDuplicatedSpaceName,
    /// `InvalidParameter.IllegalMaxParallelism`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: illegal max parallelism.
    InvalidParameterIllegalMaxParallelism,
    /// `InvalidParameter.IllegalSearchKeyword`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: illegal search keyword.
    InvalidParameterIllegalSearchKeyword,
    /// `InvalidParameter.InvalidAppId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid app id.
    InvalidParameterInvalidAppId,
    /// `InvalidParameter.InvalidClusterId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid cluster id.
    InvalidParameterInvalidClusterId,
    /// `InvalidParameter.InvalidItemSpaceName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid item space name.
    InvalidParameterInvalidItemSpaceName,
    /// `InvalidParameter.InvalidName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid name.
    InvalidParameterInvalidName,
    /// `InvalidParameter.InvalidRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid region.
    InvalidParameterInvalidRegion,
    /// `InvalidParameter.InvalidResourceIds`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid resource ids.
    InvalidParameterInvalidResourceIds,
    /// `InvalidParameter.JobConfigLogCollectParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: job config log collect param error.
    InvalidParameterJobConfigLogCollectParamError,
    /// `InvalidParameter.MaxParallelismTooLarge`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: max parallelism too large.
    InvalidParameterMaxParallelismTooLarge,
    /// `InvalidParameter.MaxParallelismTooSmall`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: max parallelism too small.
    InvalidParameterMaxParallelismTooSmall,
    /// `InvalidParameter.UinResourceNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: uin resource not match.
    InvalidParameterUinResourceNotMatch,
    /// `InvalidParameter.UnsupportedFlinkConf`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: unsupported flink conf.
    InvalidParameterUnsupportedFlinkConf,
    /// `InvalidParameter.UnsupportedOptions`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: unsupported options.
    InvalidParameterUnsupportedOptions,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.ClusterId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cluster id.
    InvalidParameterValueClusterId,
    /// `InvalidParameterValue.ClusterIds`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cluster ids.
    InvalidParameterValueClusterIds,
    /// `InvalidParameterValue.CuMem`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cu mem.
    InvalidParameterValueCuMem,
    /// `InvalidParameterValue.InvalidLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid limit.
    InvalidParameterValueInvalidLimit,
    /// `InvalidParameterValue.InvalidStartMode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid start mode.
    InvalidParameterValueInvalidStartMode,
    /// `InvalidParameterValue.InvalidTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid time.
    InvalidParameterValueInvalidTime,
    /// `InvalidParameterValue.JobIdValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: job id value error.
    InvalidParameterValueJobIdValueError,
    /// `InvalidParameterValue.JobName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: job name.
    InvalidParameterValueJobName,
    /// `InvalidParameterValue.JobNameExisted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: job name existed.
    InvalidParameterValueJobNameExisted,
    /// `InvalidParameterValue.JobTypeCombineWithClusterType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: job type combine with cluster type.
    InvalidParameterValueJobTypeCombineWithClusterType,
    /// `InvalidParameterValue.JobTypeCombineWithEntrypointClass`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: job type combine with entrypoint class.
    InvalidParameterValueJobTypeCombineWithEntrypointClass,
    /// `InvalidParameterValue.MetaDatabaseExisted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: meta database existed.
    InvalidParameterValueMetaDatabaseExisted,
    /// `InvalidParameterValue.MetaDatabaseName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: meta database name.
    InvalidParameterValueMetaDatabaseName,
    /// `InvalidParameterValue.MetaTableExisted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: meta table existed.
    InvalidParameterValueMetaTableExisted,
    /// `InvalidParameterValue.OrderType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: order type.
    InvalidParameterValueOrderType,
    /// `InvalidParameterValue.ResourceIdsNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: resource ids not found.
    InvalidParameterValueResourceIdsNotFound,
    /// `InvalidParameterValue.RunJobDescriptionsCount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: run job descriptions count.
    InvalidParameterValueRunJobDescriptionsCount,
    /// `InvalidParameterValue.RunType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: run type.
    InvalidParameterValueRunType,
    /// `InvalidParameterValue.Timestamp`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: timestamp.
    InvalidParameterValueTimestamp,
    /// `InvalidParameterValue.Type`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: type.
    InvalidParameterValueType,
    /// `InvalidParameterValue.UnSupportedComposite`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: un supported composite.
    InvalidParameterValueUnSupportedComposite,
    /// `InvalidParameterValue.UnknownStopType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unknown stop type.
    InvalidParameterValueUnknownStopType,
    /// `InvalidParameterValue.VariableName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: variable name.
    InvalidParameterValueVariableName,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.ItemSpaceLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: item space limit exceeded.
    LimitExceededItemSpaceLimitExceeded,
    /// `LimitExceeded.Job`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: job.
    LimitExceededJob,
    /// `LimitExceeded.JobConfig`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: job config.
    LimitExceededJobConfig,
    /// `LimitExceeded.JobDefaultMonitorLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: job default monitor limit exceeded.
    LimitExceededJobDefaultMonitorLimitExceeded,
    /// `LimitExceeded.MetaDatabase`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: meta database.
    LimitExceededMetaDatabase,
    /// `LimitExceeded.MetaTable`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: meta table.
    LimitExceededMetaTable,
    /// `LimitExceeded.Variables`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: variables.
    LimitExceededVariables,
    /// `LimitExceeded.WorkSpaceLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: work space limit exceeded.
    LimitExceededWorkSpaceLimitExceeded,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInUse.InstanceInProcess`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: instance in process.
    ResourceInUseInstanceInProcess,
    /// `ResourceInUse.ResourceConnectorDuplicateName`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: resource connector duplicate name.
    ResourceInUseResourceConnectorDuplicateName,
    /// `ResourceInUse.ResourceNameAlreadyExists`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: resource name already exists.
    ResourceInUseResourceNameAlreadyExists,
    /// `ResourceInsufficient.CU`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: CU.
    ResourceInsufficientCu,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.COSBucket`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: COS bucket.
    ResourceNotFoundCosBucket,
    /// `ResourceNotFound.ClusterId`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cluster id.
    ResourceNotFoundClusterId,
    /// `ResourceNotFound.ClusterNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cluster not found.
    ResourceNotFoundClusterNotFound,
    /// `ResourceNotFound.Job`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: job.
    ResourceNotFoundJob,
    /// `ResourceNotFound.JobConfig`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: job config.
    ResourceNotFoundJobConfig,
    /// `ResourceNotFound.JobId`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: job id.
    ResourceNotFoundJobId,
    /// `ResourceNotFound.LogTopic`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: log topic.
    ResourceNotFoundLogTopic,
    /// `ResourceNotFound.MetaDataNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: meta data not found.
    ResourceNotFoundMetaDataNotFound,
    /// `ResourceNotFound.ParseConnectorClusterNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: parse connector cluster not found.
    ResourceNotFoundParseConnectorClusterNotFound,
    /// `ResourceNotFound.Resource`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: resource.
    ResourceNotFoundResource,
    /// `ResourceNotFound.ResourceConfig`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: resource config.
    ResourceNotFoundResourceConfig,
    /// `ResourceNotFound.ResourceNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: resource not exist.
    ResourceNotFoundResourceNotExist,
    /// `ResourceNotFound.TableNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: table not exist.
    ResourceNotFoundTableNotExist,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.BeUseBySomeJobConfig`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: be use by some job config.
    ResourceUnavailableBeUseBySomeJobConfig,
    /// `ResourceUnavailable.CheckResourceLocExists`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: check resource loc exists.
    ResourceUnavailableCheckResourceLocExists,
    /// `ResourceUnavailable.Cluster`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cluster.
    ResourceUnavailableCluster,
    /// `ResourceUnavailable.ClusterGroupStatus`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cluster group status.
    ResourceUnavailableClusterGroupStatus,
    /// `ResourceUnavailable.FailedToBescribeResources`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: failed to bescribe resources.
    ResourceUnavailableFailedToBescribeResources,
    /// `ResourceUnavailable.GetJobPublishedJobConfig`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: get job published job config.
    ResourceUnavailableGetJobPublishedJobConfig,
    /// `ResourceUnavailable.JobResourceConfigNotReady`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: job resource config not ready.
    ResourceUnavailableJobResourceConfigNotReady,
    /// `ResourceUnavailable.NoRunningJobInstancesFoundForJobId`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: no running job instances found for job id.
    ResourceUnavailableNoRunningJobInstancesFoundForJobId,
    /// `ResourceUnavailable.NotAllowedToBeDeleted`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not allowed to be deleted.
    ResourceUnavailableNotAllowedToBeDeleted,
    /// `ResourceUnavailable.NotAllowedToBeStopOrPause`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not allowed to be stop or pause.
    ResourceUnavailableNotAllowedToBeStopOrPause,
    /// `ResourceUnavailable.ReqCuMem`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: req cu mem.
    ResourceUnavailableReqCuMem,
    /// `ResourceUnavailable.ResourceLocNotExists`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: resource loc not exists.
    ResourceUnavailableResourceLocNotExists,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.CanNotDelete`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: can not delete.
    UnsupportedOperationCanNotDelete,
    /// `UnsupportedOperation.ClsSqlNotEnabled`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cls sql not enabled.
    UnsupportedOperationClsSqlNotEnabled,
    /// `UnsupportedOperation.InvalidCheckpointIntervalError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid checkpoint interval error.
    UnsupportedOperationInvalidCheckpointIntervalError,
    /// `UnsupportedOperation.MultiExternalCatalogUnsupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: multi external catalog unsupported.
    UnsupportedOperationMultiExternalCatalogUnsupported,
    /// `UnsupportedOperation.MultiExternalEmrOrHiveCatalogUnsupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: multi external emr or hive catalog unsupported.
    UnsupportedOperationMultiExternalEmrOrHiveCatalogUnsupported,
    /// `UnsupportedOperation.NoPermissionAccess`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: no permission access.
    UnsupportedOperationNoPermissionAccess,
    /// `UnsupportedOperation.UnsupportedStartMode`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported start mode.
    UnsupportedOperationUnsupportedStartMode,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 131] = [
        "AuthFailure",
        "AuthFailure.CAMNotAuthorized",
        "AuthFailure.UnauthorizedOperation",
        "FailedOperation",
        "FailedOperation.CheckDdlGrammar",
        "FailedOperation.ClusterNotFound",
        "FailedOperation.DDLParseFailure",
        "FailedOperation.DataSourceConnectionFailed",
        "FailedOperation.DefaultSpaceCanNotOperate",
        "FailedOperation.DeleteWedataItemspace",
        "FailedOperation.DraftConfigCanNotDelete",
        "FailedOperation.DuplicatedJobName",
        "FailedOperation.FailedOperationCode_FetchSqlGatewayStatement",
        "FailedOperation.FailedOperationCode_RunSqlGateway",
        "FailedOperation.GetResourceTagsByResourceIds",
        "FailedOperation.GetResourcesByTagsUnion",
        "FailedOperation.GrammarCheckFailure",
        "FailedOperation.JobBindDefaultMonitorFailed",
        "FailedOperation.JobConfigOnPublish",
        "FailedOperation.ModifyConnectorFailedOperation",
        "FailedOperation.ModifyTableFailedOperation",
        "FailedOperation.ParseSql",
        "FailedOperation.UserNotAuthenticated",
        "InternalError",
        "InternalError.CLS",
        "InternalError.COSClient",
        "InternalError.CamCgwError",
        "InternalError.DB",
        "InternalError.FailedToBescribeResources",
        "InternalError.FailedToUpdateJob",
        "InternalError.JobInstanceNotFound",
        "InternalError.LogicError",
        "InternalError.ResourceConfigCanNotDelete",
        "InternalError.ResourceNotExist",
        "InternalError.SqlCodeNotFound",
        "InternalError.StsNewClient",
        "InternalError.SystemError",
        "InvalidParameter",
        "InvalidParameter.AppIdResourceNotMatch",
        "InvalidParameter.CreateVariableExists",
        "InvalidParameter.DuplicatedFolderName",
        "InvalidParameter.DuplicatedSpaceName",
        "InvalidParameter.IllegalMaxParallelism",
        "InvalidParameter.IllegalSearchKeyword",
        "InvalidParameter.InvalidAppId",
        "InvalidParameter.InvalidClusterId",
        "InvalidParameter.InvalidItemSpaceName",
        "InvalidParameter.InvalidName",
        "InvalidParameter.InvalidRegion",
        "InvalidParameter.InvalidResourceIds",
        "InvalidParameter.JobConfigLogCollectParamError",
        "InvalidParameter.MaxParallelismTooLarge",
        "InvalidParameter.MaxParallelismTooSmall",
        "InvalidParameter.UinResourceNotMatch",
        "InvalidParameter.UnsupportedFlinkConf",
        "InvalidParameter.UnsupportedOptions",
        "InvalidParameterValue",
        "InvalidParameterValue.ClusterId",
        "InvalidParameterValue.ClusterIds",
        "InvalidParameterValue.CuMem",
        "InvalidParameterValue.InvalidLimit",
        "InvalidParameterValue.InvalidStartMode",
        "InvalidParameterValue.InvalidTime",
        "InvalidParameterValue.JobIdValueError",
        "InvalidParameterValue.JobName",
        "InvalidParameterValue.JobNameExisted",
        "InvalidParameterValue.JobTypeCombineWithClusterType",
        "InvalidParameterValue.JobTypeCombineWithEntrypointClass",
        "InvalidParameterValue.MetaDatabaseExisted",
        "InvalidParameterValue.MetaDatabaseName",
        "InvalidParameterValue.MetaTableExisted",
        "InvalidParameterValue.OrderType",
        "InvalidParameterValue.ResourceIdsNotFound",
        "InvalidParameterValue.RunJobDescriptionsCount",
        "InvalidParameterValue.RunType",
        "InvalidParameterValue.Timestamp",
        "InvalidParameterValue.Type",
        "InvalidParameterValue.UnSupportedComposite",
        "InvalidParameterValue.UnknownStopType",
        "InvalidParameterValue.VariableName",
        "LimitExceeded",
        "LimitExceeded.ItemSpaceLimitExceeded",
        "LimitExceeded.Job",
        "LimitExceeded.JobConfig",
        "LimitExceeded.JobDefaultMonitorLimitExceeded",
        "LimitExceeded.MetaDatabase",
        "LimitExceeded.MetaTable",
        "LimitExceeded.Variables",
        "LimitExceeded.WorkSpaceLimitExceeded",
        "ResourceInUse",
        "ResourceInUse.InstanceInProcess",
        "ResourceInUse.ResourceConnectorDuplicateName",
        "ResourceInUse.ResourceNameAlreadyExists",
        "ResourceInsufficient.CU",
        "ResourceNotFound",
        "ResourceNotFound.COSBucket",
        "ResourceNotFound.ClusterId",
        "ResourceNotFound.ClusterNotFound",
        "ResourceNotFound.Job",
        "ResourceNotFound.JobConfig",
        "ResourceNotFound.JobId",
        "ResourceNotFound.LogTopic",
        "ResourceNotFound.MetaDataNotFound",
        "ResourceNotFound.ParseConnectorClusterNotFound",
        "ResourceNotFound.Resource",
        "ResourceNotFound.ResourceConfig",
        "ResourceNotFound.ResourceNotExist",
        "ResourceNotFound.TableNotExist",
        "ResourceUnavailable",
        "ResourceUnavailable.BeUseBySomeJobConfig",
        "ResourceUnavailable.CheckResourceLocExists",
        "ResourceUnavailable.Cluster",
        "ResourceUnavailable.ClusterGroupStatus",
        "ResourceUnavailable.FailedToBescribeResources",
        "ResourceUnavailable.GetJobPublishedJobConfig",
        "ResourceUnavailable.JobResourceConfigNotReady",
        "ResourceUnavailable.NoRunningJobInstancesFoundForJobId",
        "ResourceUnavailable.NotAllowedToBeDeleted",
        "ResourceUnavailable.NotAllowedToBeStopOrPause",
        "ResourceUnavailable.ReqCuMem",
        "ResourceUnavailable.ResourceLocNotExists",
        "UnauthorizedOperation",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.CanNotDelete",
        "UnsupportedOperation.ClsSqlNotEnabled",
        "UnsupportedOperation.InvalidCheckpointIntervalError",
        "UnsupportedOperation.MultiExternalCatalogUnsupported",
        "UnsupportedOperation.MultiExternalEmrOrHiveCatalogUnsupported",
        "UnsupportedOperation.NoPermissionAccess",
        "UnsupportedOperation.UnsupportedStartMode",
    ];
    static NAME_CODES: [u32; 9] = [1, 6, 12, 13, 24, 25, 27, 93, 95];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "AuthFailureCamNotAuthorizedFailedOperationDdlParseFailureFailedOperationFailedOperationCodeFetchSqlGatewayStatementFailedOperationFailedOperationCodeRunSqlGatewayInternalErrorClsInternalErrorCosClientInternalErrorDbResourceInsufficientCuResourceNotFoundCosBucket",
        ends: &[0, 27, 57, 115, 162, 178, 200, 215, 237, 262],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: CAM not authorized.Authentication failed: unauthorized operation.The operation failed.The operation failed: check ddl grammar.The operation failed: cluster not found.The operation failed: DDL parse failure.The operation failed: data source connection failed.The operation failed: default space can not operate.The operation failed: delete wedata itemspace.The operation failed: draft config can not delete.The operation failed: duplicated job name.The operation failed: failed operation code fetch sql gateway statement.The operation failed: failed operation code run sql gateway.The operation failed: get resource tags by resource ids.The operation failed: get resources by tags union.The operation failed: grammar check failure.The operation failed: job bind default monitor failed.The operation failed: job config on publish.The operation failed: modify connector failed operation.The operation failed: modify table failed operation.The operation failed: parse sql.The operation failed: user not authenticated.An internal error occurred.An internal error occurred: CLS.An internal error occurred: COS client.An internal error occurred: cam cgw error.An internal error occurred: DB.An internal error occurred: failed to bescribe resources.An internal error occurred: failed to update job.An internal error occurred: job instance not found.An internal error occurred: logic error.An internal error occurred: resource config can not delete.An internal error occurred: resource not exist.An internal error occurred: sql code not found.An internal error occurred: sts new client.An internal error occurred: system error.A parameter is invalid.A parameter is invalid: app id resource not match.A parameter is invalid: create variable exists.A parameter is invalid: duplicated folder name.A parameter is invalid: duplicated space name.A parameter is invalid: illegal max parallelism.A parameter is invalid: illegal search keyword.A parameter is invalid: invalid app id.A parameter is invalid: invalid cluster id.A parameter is invalid: invalid item space name.A parameter is invalid: invalid name.A parameter is invalid: invalid region.A parameter is invalid: invalid resource ids.A parameter is invalid: job config log collect param error.A parameter is invalid: max parallelism too large.A parameter is invalid: max parallelism too small.A parameter is invalid: uin resource not match.A parameter is invalid: unsupported flink conf.A parameter is invalid: unsupported options.A parameter value is invalid.A parameter value is invalid: cluster id.A parameter value is invalid: cluster ids.A parameter value is invalid: cu mem.A parameter value is invalid: invalid limit.A parameter value is invalid: invalid start mode.A parameter value is invalid: invalid time.A parameter value is invalid: job id value error.A parameter value is invalid: job name.A parameter value is invalid: job name existed.A parameter value is invalid: job type combine with cluster type.A parameter value is invalid: job type combine with entrypoint class.A parameter value is invalid: meta database existed.A parameter value is invalid: meta database name.A parameter value is invalid: meta table existed.A parameter value is invalid: order type.A parameter value is invalid: resource ids not found.A parameter value is invalid: run job descriptions count.A parameter value is invalid: run type.A parameter value is invalid: timestamp.A parameter value is invalid: type.A parameter value is invalid: un supported composite.A parameter value is invalid: unknown stop type.A parameter value is invalid: variable name.A limit was exceeded.A limit was exceeded: item space limit exceeded.A limit was exceeded: job.A limit was exceeded: job config.A limit was exceeded: job default monitor limit exceeded.A limit was exceeded: meta database.A limit was exceeded: meta table.A limit was exceeded: variables.A limit was exceeded: work space limit exceeded.The resource is in use.The resource is in use: instance in process.The resource is in use: resource connector duplicate name.The resource is in use: resource name already exists.Resources are insufficient: CU.The resource was not found.The resource was not found: COS bucket.The resource was not found: cluster id.The resource was not found: cluster not found.The resource was not found: job.The resource was not found: job config.The resource was not found: job id.The resource was not found: log topic.The resource was not found: meta data not found.The resource was not found: parse connector cluster not found.The resource was not found: resource.The resource was not found: resource config.The resource was not found: resource not exist.The resource was not found: table not exist.The resource is unavailable.The resource is unavailable: be use by some job config.The resource is unavailable: check resource loc exists.The resource is unavailable: cluster.The resource is unavailable: cluster group status.The resource is unavailable: failed to bescribe resources.The resource is unavailable: get job published job config.The resource is unavailable: job resource config not ready.The resource is unavailable: no running job instances found for job id.The resource is unavailable: not allowed to be deleted.The resource is unavailable: not allowed to be stop or pause.The resource is unavailable: req cu mem.The resource is unavailable: resource loc not exists.The operation is not authorized.An unknown parameter was given.The operation is not supported.The operation is not supported: can not delete.The operation is not supported: cls sql not enabled.The operation is not supported: invalid checkpoint interval error.The operation is not supported: multi external catalog unsupported.The operation is not supported: multi external emr or hive catalog unsupported.The operation is not supported: no permission access.The operation is not supported: unsupported start mode.",
        ends: &[
            0, 22, 64, 110, 131, 171, 211, 251, 303, 355, 401, 451, 493, 565, 625, 681,
            731, 775, 829, 873, 929, 981, 1013, 1058, 1085, 1117, 1156, 1198, 1229, 1286,
            1335, 1386, 1426, 1485, 1532, 1579, 1622, 1663, 1686, 1736, 1783, 1830, 1876,
            1924, 1971, 2010, 2053, 2101, 2138, 2177, 2222, 2281, 2331, 2381, 2428, 2475,
            2519, 2548, 2589, 2631, 2668, 2712, 2761, 2804, 2853, 2892, 2939, 3004, 3073,
            3125, 3174, 3223, 3264, 3317, 3374, 3413, 3453, 3488, 3541, 3589, 3633, 3654,
            3702, 3728, 3761, 3818, 3854, 3887, 3919, 3967, 3990, 4034, 4092, 4145, 4176,
            4203, 4242, 4281, 4327, 4359, 4398, 4433, 4471, 4519, 4581, 4618, 4662, 4709,
            4753, 4781, 4836, 4891, 4928, 4978, 5036, 5094, 5153, 5224, 5279, 5340, 5380,
            5433, 5465, 5496, 5527, 5574, 5626, 5692, 5759, 5838, 5891, 5946,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 131] = ::cloud_errors::__private::retry_column(
        b"accaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbcaaaaaaaaaaaaaaccccccccccccccaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 131] = ::cloud_errors::__private::category_column(
        b"bppiiiiiiiiiiiiiiiiiiiimmmmmmmmmmmmmmccccccccccccccccccccccccccccccccccccccccccchhhhhhhhhjjjjheeeeeeeeeeeeeeiiiiiiiiiiiiigcliiiiiii",
    );
    static PILOTS: [u16; 33] = [
        0, 54, 5, 4, 1, 16, 0, 7, 0, 13, 1, 0, 2, 219, 2, 0, 32, 65, 11, 2, 12, 23, 1,
        31, 6, 26, 53, 25, 53, 262, 16, 7, 94,
    ];
    static SLOTS: [(&str, u32); 145] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            101, 78, 120, 96, 113, 43, 39, 16, 108, 4294967295, 5, 70, 60, 4294967295,
            62, 49, 83, 46, 41, 118, 7, 4294967295, 4294967295, 126, 23, 36, 103, 51, 95,
            44, 25, 76, 31, 86, 93, 1, 21, 55, 52, 117, 13, 4294967295, 79, 15, 125, 18,
            4294967295, 82, 63, 105, 4294967295, 115, 32, 47, 28, 74, 64, 107, 27, 124,
            38, 128, 4294967295, 42, 116, 123, 106, 90, 75, 14, 110, 88, 99, 45, 98, 130,
            17, 4294967295, 19, 114, 57, 8, 34, 29, 24, 84, 122, 30, 87, 59, 20, 129, 72,
            56, 67, 73, 4294967295, 10, 81, 94, 6, 66, 65, 89, 109, 68, 26, 37,
            4294967295, 22, 4, 91, 104, 54, 69, 61, 119, 4294967295, 11, 121, 80, 0, 40,
            50, 77, 33, 48, 4294967295, 92, 4294967295, 102, 53, 100, 12, 35, 3, 71, 85,
            9, 127, 2, 58, 111, 112, 97,
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
    const PROVIDER: &'static str = "Tencent Cloud OCEANUS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud OCEANUS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud OCEANUS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
