// @generated from catalogs/tencent/dlc.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud DLC: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud DLC: a variant per documented code,
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
    /// `FailedOperation.AbnormalOrderStatus`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: abnormal order status.
    FailedOperationAbnormalOrderStatus,
    /// `FailedOperation.AnotherCreateProcessRunning`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: another create process running.
    FailedOperationAnotherCreateProcessRunning,
    /// `FailedOperation.AnotherProcessRunning`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: another process running.
    FailedOperationAnotherProcessRunning,
    /// `FailedOperation.AnotherRequestProcessing`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: another request processing.
    FailedOperationAnotherRequestProcessing,
    /// `FailedOperation.BalanceNotEnough`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: balance not enough.
    FailedOperationBalanceNotEnough,
    /// `FailedOperation.BillingSystemError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: billing system error.
    FailedOperationBillingSystemError,
    /// `FailedOperation.BindTooManyTags`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: bind too many tags.
    FailedOperationBindTooManyTags,
    /// `FailedOperation.ClusterGroupNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cluster group not found.
    FailedOperationClusterGroupNotFound,
    /// `FailedOperation.CreateDataEngineFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create data engine failed.
    FailedOperationCreateDataEngineFailed,
    /// `FailedOperation.DeleteDataEngineFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete data engine failed.
    FailedOperationDeleteDataEngineFailed,
    /// `FailedOperation.DeliverGoodsFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: deliver goods failed.
    FailedOperationDeliverGoodsFailed,
    /// `FailedOperation.DuplicateTagKey`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: duplicate tag key.
    FailedOperationDuplicateTagKey,
    /// `FailedOperation.Example`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: example.
    FailedOperationExample,
    /// `FailedOperation.ExampleNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: example not found.
    FailedOperationExampleNotFound,
    /// `FailedOperation.ExternalService`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: external service.
    FailedOperationExternalService,
    /// `FailedOperation.FeeDeductionFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fee deduction failed.
    FailedOperationFeeDeductionFailed,
    /// `FailedOperation.GetPolicyFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get policy failed.
    FailedOperationGetPolicyFailed,
    /// `FailedOperation.GetProductInformationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get product information failed.
    FailedOperationGetProductInformationFailed,
    /// `FailedOperation.GetUserInfoFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get user info failed.
    FailedOperationGetUserInfoFailed,
    /// `FailedOperation.GetWorkGroupInfoFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get work group info failed.
    FailedOperationGetWorkGroupInfoFailed,
    /// `FailedOperation.GovernError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: govern error.
    FailedOperationGovernError,
    /// `FailedOperation.GrantPolicyFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: grant policy failed.
    FailedOperationGrantPolicyFailed,
    /// `FailedOperation.HttpClientDoRequestFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: http client do request failed.
    FailedOperationHttpClientDoRequestFailed,
    /// `FailedOperation.IllegalResource`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: illegal resource.
    FailedOperationIllegalResource,
    /// `FailedOperation.IllegalTagKey`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: illegal tag key.
    FailedOperationIllegalTagKey,
    /// `FailedOperation.IllegalTagValue`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: illegal tag value.
    FailedOperationIllegalTagValue,
    /// `FailedOperation.InquirePriceFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: inquire price failed.
    FailedOperationInquirePriceFailed,
    /// `FailedOperation.InvalidNetworkConnectionType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid network connection type.
    FailedOperationInvalidNetworkConnectionType,
    /// `FailedOperation.LabInTransition`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lab in transition.
    FailedOperationLabInTransition,
    /// `FailedOperation.LabNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lab not found.
    FailedOperationLabNotFound,
    /// `FailedOperation.LabNotRunning`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lab not running.
    FailedOperationLabNotRunning,
    /// `FailedOperation.LabNotUpdatable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lab not updatable.
    FailedOperationLabNotUpdatable,
    /// `FailedOperation.LabRunning`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lab running.
    FailedOperationLabRunning,
    /// `FailedOperation.MetastoreError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: metastore error.
    FailedOperationMetastoreError,
    /// `FailedOperation.ModifyInstanceFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify instance failed.
    FailedOperationModifyInstanceFailed,
    /// `FailedOperation.NetworkConnectionExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: network connection exist.
    FailedOperationNetworkConnectionExist,
    /// `FailedOperation.NetworkConnectionInUsed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: network connection in used.
    FailedOperationNetworkConnectionInUsed,
    /// `FailedOperation.NoPermission`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no permission.
    FailedOperationNoPermission,
    /// `FailedOperation.NoPermissionToUseTheDataEngine`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no permission to use the data engine.
    FailedOperationNoPermissionToUseTheDataEngine,
    /// `FailedOperation.NoRealNameAuthentication`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no real name authentication.
    FailedOperationNoRealNameAuthentication,
    /// `FailedOperation.NumberExceedLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: number exceed limit.
    FailedOperationNumberExceedLimit,
    /// `FailedOperation.OtherException`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: other exception.
    FailedOperationOtherException,
    /// `FailedOperation.ParameterValidationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: parameter validation failed.
    FailedOperationParameterValidationFailed,
    /// `FailedOperation.RefundDepositFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: refund deposit failed.
    FailedOperationRefundDepositFailed,
    /// `FailedOperation.ResultExpired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: result expired.
    FailedOperationResultExpired,
    /// `FailedOperation.RevokePolicyFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: revoke policy failed.
    FailedOperationRevokePolicyFailed,
    /// `FailedOperation.SQLTaskParseFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: SQL task parse failed.
    FailedOperationSqlTaskParseFailed,
    /// `FailedOperation.SQLTaskResultOversize`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: SQL task result oversize.
    FailedOperationSqlTaskResultOversize,
    /// `FailedOperation.TagAlreadyAttached`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tag already attached.
    FailedOperationTagAlreadyAttached,
    /// `FailedOperation.TagKeyTooLong`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tag key too long.
    FailedOperationTagKeyTooLong,
    /// `FailedOperation.TagNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tag not exist.
    FailedOperationTagNotExist,
    /// `FailedOperation.TagValueTooLong`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tag value too long.
    FailedOperationTagValueTooLong,
    /// `FailedOperation.TaskOvertimeFetchResult`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task overtime fetch result.
    FailedOperationTaskOvertimeFetchResult,
    /// `FailedOperation.TooManyResources`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: too many resources.
    FailedOperationTooManyResources,
    /// `FailedOperation.TooManyTags`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: too many tags.
    FailedOperationTooManyTags,
    /// `FailedOperation.UpdatePolicyFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update policy failed.
    FailedOperationUpdatePolicyFailed,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.DBError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB error.
    InternalErrorDbError,
    /// `InternalError.InternalSystemException`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal system exception.
    InternalErrorInternalSystemException,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.BatchSQLCustomKeyNotUnique`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: batch SQL custom key not unique.
    InvalidParameterBatchSqlCustomKeyNotUnique,
    /// `InvalidParameter.BatchSQLFiltersKeyTypeNotMath`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: batch SQL filters key type not math.
    InvalidParameterBatchSqlFiltersKeyTypeNotMath,
    /// `InvalidParameter.BatchSQLTaskSortByTypeNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: batch SQL task sort by type not match.
    InvalidParameterBatchSqlTaskSortByTypeNotMatch,
    /// `InvalidParameter.ConfigKeyProhibited`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: config key prohibited.
    InvalidParameterConfigKeyProhibited,
    /// `InvalidParameter.DataEngineClusterTypeNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: data engine cluster type not match.
    InvalidParameterDataEngineClusterTypeNotMatch,
    /// `InvalidParameter.DataEngineConfigPairsDuplicate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: data engine config pairs duplicate.
    InvalidParameterDataEngineConfigPairsDuplicate,
    /// `InvalidParameter.DataEngineExecTypeNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: data engine exec type not match.
    InvalidParameterDataEngineExecTypeNotMatch,
    /// `InvalidParameter.DataEngineImageOperateNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: data engine image operate not match.
    InvalidParameterDataEngineImageOperateNotMatch,
    /// `InvalidParameter.DataEngineModeNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: data engine mode not match.
    InvalidParameterDataEngineModeNotMatch,
    /// `InvalidParameter.DataEngineOnlySupportSQL`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: data engine only support SQL.
    InvalidParameterDataEngineOnlySupportSql,
    /// `InvalidParameter.DataEngineOnlySupportSparkBatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: data engine only support spark batch.
    InvalidParameterDataEngineOnlySupportSparkBatch,
    /// `InvalidParameter.DataEnginePayModeTypeNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: data engine pay mode type not match.
    InvalidParameterDataEnginePayModeTypeNotMatch,
    /// `InvalidParameter.DataEngineSizeNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: data engine size not match.
    InvalidParameterDataEngineSizeNotMatch,
    /// `InvalidParameter.DataEngineTypeNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: data engine type not match.
    InvalidParameterDataEngineTypeNotMatch,
    /// `InvalidParameter.DatasourceConnectionNotUnique`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: datasource connection not unique.
    InvalidParameterDatasourceConnectionNotUnique,
    /// `InvalidParameter.DatasourceTypeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: datasource type error.
    InvalidParameterDatasourceTypeError,
    /// `InvalidParameter.DescribeDataEnginesSortByTypeNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: describe data engines sort by type not match.
    InvalidParameterDescribeDataEnginesSortByTypeNotMatch,
    /// `InvalidParameter.DuplicateDataEngineName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicate data engine name.
    InvalidParameterDuplicateDataEngineName,
    /// `InvalidParameter.DuplicateDatasourceName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicate datasource name.
    InvalidParameterDuplicateDatasourceName,
    /// `InvalidParameter.DuplicateGroupName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicate group name.
    InvalidParameterDuplicateGroupName,
    /// `InvalidParameter.DuplicateUserName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicate user name.
    InvalidParameterDuplicateUserName,
    /// `InvalidParameter.DuplicateUserVpcConnectionName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicate user vpc connection name.
    InvalidParameterDuplicateUserVpcConnectionName,
    /// `InvalidParameter.FiltersValuesNumberOutOfLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: filters values number out of limit.
    InvalidParameterFiltersValuesNumberOutOfLimit,
    /// `InvalidParameter.ImageClusterParametersFormatNotJson`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image cluster parameters format not json.
    InvalidParameterImageClusterParametersFormatNotJson,
    /// `InvalidParameter.ImageEngineTypeNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image engine type not match.
    InvalidParameterImageEngineTypeNotMatch,
    /// `InvalidParameter.ImageIsPublicNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image is public not match.
    InvalidParameterImageIsPublicNotMatch,
    /// `InvalidParameter.ImageParameterNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image parameter not found.
    InvalidParameterImageParameterNotFound,
    /// `InvalidParameter.ImageParameterSubmitMethodNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image parameter submit method not match.
    InvalidParameterImageParameterSubmitMethodNotMatch,
    /// `InvalidParameter.ImageParameterTypeNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image parameter type not match.
    InvalidParameterImageParameterTypeNotMatch,
    /// `InvalidParameter.ImageSessionParametersFormatNotJson`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image session parameters format not json.
    InvalidParameterImageSessionParametersFormatNotJson,
    /// `InvalidParameter.ImageStateNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image state not match.
    InvalidParameterImageStateNotMatch,
    /// `InvalidParameter.ImageUserRecordsTypeNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image user records type not match.
    InvalidParameterImageUserRecordsTypeNotMatch,
    /// `InvalidParameter.InstanceInProcess`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: instance in process.
    InvalidParameterInstanceInProcess,
    /// `InvalidParameter.InvalidAccessPolicy`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid access policy.
    InvalidParameterInvalidAccessPolicy,
    /// `InvalidParameter.InvalidAppFileFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid app file format.
    InvalidParameterInvalidAppFileFormat,
    /// `InvalidParameter.InvalidBucketName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid bucket name.
    InvalidParameterInvalidBucketName,
    /// `InvalidParameter.InvalidColumnNameLength`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid column name length.
    InvalidParameterInvalidColumnNameLength,
    /// `InvalidParameter.InvalidColumnNumber`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid column number.
    InvalidParameterInvalidColumnNumber,
    /// `InvalidParameter.InvalidColumnType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid column type.
    InvalidParameterInvalidColumnType,
    /// `InvalidParameter.InvalidConfigKeyNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid config key not found.
    InvalidParameterInvalidConfigKeyNotFound,
    /// `InvalidParameter.InvalidConfigValueLengthOutLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid config value length out limit.
    InvalidParameterInvalidConfigValueLengthOutLimit,
    /// `InvalidParameter.InvalidConfigValueRegexpNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid config value regexp not match.
    InvalidParameterInvalidConfigValueRegexpNotMatch,
    /// `InvalidParameter.InvalidDataEngineCidrFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid data engine cidr format.
    InvalidParameterInvalidDataEngineCidrFormat,
    /// `InvalidParameter.InvalidDataEngineConfigPairs`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid data engine config pairs.
    InvalidParameterInvalidDataEngineConfigPairs,
    /// `InvalidParameter.InvalidDataEngineDescription`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid data engine description.
    InvalidParameterInvalidDataEngineDescription,
    /// `InvalidParameter.InvalidDataEngineMode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid data engine mode.
    InvalidParameterInvalidDataEngineMode,
    /// `InvalidParameter.InvalidDataEngineName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid data engine name.
    InvalidParameterInvalidDataEngineName,
    /// `InvalidParameter.InvalidDataEngineSpecs`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid data engine specs.
    InvalidParameterInvalidDataEngineSpecs,
    /// `InvalidParameter.InvalidDataEngineTimeSpan`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid data engine time span.
    InvalidParameterInvalidDataEngineTimeSpan,
    /// `InvalidParameter.InvalidDataEngineTimeUnit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid data engine time unit.
    InvalidParameterInvalidDataEngineTimeUnit,
    /// `InvalidParameter.InvalidDatasourceConnectionConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid datasource connection config.
    InvalidParameterInvalidDatasourceConnectionConfig,
    /// `InvalidParameter.InvalidDatasourceName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid datasource name.
    InvalidParameterInvalidDatasourceName,
    /// `InvalidParameter.InvalidDecimalType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid decimal type.
    InvalidParameterInvalidDecimalType,
    /// `InvalidParameter.InvalidDefaultDataEngine`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid default data engine.
    InvalidParameterInvalidDefaultDataEngine,
    /// `InvalidParameter.InvalidDescription`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid description.
    InvalidParameterInvalidDescription,
    /// `InvalidParameter.InvalidDriverSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid driver size.
    InvalidParameterInvalidDriverSize,
    /// `InvalidParameter.InvalidDynamicAllocationMaxExecutors`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid dynamic allocation max executors.
    InvalidParameterInvalidDynamicAllocationMaxExecutors,
    /// `InvalidParameter.InvalidEngineExecType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid engine exec type.
    InvalidParameterInvalidEngineExecType,
    /// `InvalidParameter.InvalidEngineType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid engine type.
    InvalidParameterInvalidEngineType,
    /// `InvalidParameter.InvalidExecutorSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid executor size.
    InvalidParameterInvalidExecutorSize,
    /// `InvalidParameter.InvalidFailureTolerance`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid failure tolerance.
    InvalidParameterInvalidFailureTolerance,
    /// `InvalidParameter.InvalidFileCompressionFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid file compression format.
    InvalidParameterInvalidFileCompressionFormat,
    /// `InvalidParameter.InvalidFilePathFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid file path format.
    InvalidParameterInvalidFilePathFormat,
    /// `InvalidParameter.InvalidFilterKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid filter key.
    InvalidParameterInvalidFilterKey,
    /// `InvalidParameter.InvalidFilterLength`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid filter length.
    InvalidParameterInvalidFilterLength,
    /// `InvalidParameter.InvalidGroupId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid group id.
    InvalidParameterInvalidGroupId,
    /// `InvalidParameter.InvalidHiveVersion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid hive version.
    InvalidParameterInvalidHiveVersion,
    /// `InvalidParameter.InvalidInfoType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid info type.
    InvalidParameterInvalidInfoType,
    /// `InvalidParameter.InvalidIntFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid int format.
    InvalidParameterInvalidIntFormat,
    /// `InvalidParameter.InvalidMaxResults`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid max results.
    InvalidParameterInvalidMaxResults,
    /// `InvalidParameter.InvalidMinClusters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid min clusters.
    InvalidParameterInvalidMinClusters,
    /// `InvalidParameter.InvalidOffset`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid offset.
    InvalidParameterInvalidOffset,
    /// `InvalidParameter.InvalidParameter_ColumnTypeNotCompatible`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter column type not compatible.
    InvalidParameterInvalidParameterColumnTypeNotCompatible,
    /// `InvalidParameter.InvalidParameter_SQLTaskAnalysisSortByTypeNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter SQL task analysis sort by type not match.
    InvalidParameterInvalidParameterSqlTaskAnalysisSortByTypeNotMatch,
    /// `InvalidParameter.InvalidPayMode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid pay mode.
    InvalidParameterInvalidPayMode,
    /// `InvalidParameter.InvalidRoleArn`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid role arn.
    InvalidParameterInvalidRoleArn,
    /// `InvalidParameter.InvalidSQL`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid SQL.
    InvalidParameterInvalidSql,
    /// `InvalidParameter.InvalidSQLConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid SQL config.
    InvalidParameterInvalidSqlConfig,
    /// `InvalidParameter.InvalidSQLConfigSQL`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid SQL config SQL.
    InvalidParameterInvalidSqlConfigSql,
    /// `InvalidParameter.InvalidSQLNum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid SQL num.
    InvalidParameterInvalidSqlNum,
    /// `InvalidParameter.InvalidSQLTaskMaxResults`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid SQL task max results.
    InvalidParameterInvalidSqlTaskMaxResults,
    /// `InvalidParameter.InvalidScheduledElasticityMinElasticClusters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid scheduled elasticity min elastic clusters.
    InvalidParameterInvalidScheduledElasticityMinElasticClusters,
    /// `InvalidParameter.InvalidSessionKindType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid session kind type.
    InvalidParameterInvalidSessionKindType,
    /// `InvalidParameter.InvalidSortByType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid sort by type.
    InvalidParameterInvalidSortByType,
    /// `InvalidParameter.InvalidSorting`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid sorting.
    InvalidParameterInvalidSorting,
    /// `InvalidParameter.InvalidSparkAppParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid spark app param.
    InvalidParameterInvalidSparkAppParam,
    /// `InvalidParameter.InvalidSparkConfigFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid spark config format.
    InvalidParameterInvalidSparkConfigFormat,
    /// `InvalidParameter.InvalidStatementKindType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid statement kind type.
    InvalidParameterInvalidStatementKindType,
    /// `InvalidParameter.InvalidStoreLocation`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid store location.
    InvalidParameterInvalidStoreLocation,
    /// `InvalidParameter.InvalidTableFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid table format.
    InvalidParameterInvalidTableFormat,
    /// `InvalidParameter.InvalidTableFormatSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid table format size.
    InvalidParameterInvalidTableFormatSize,
    /// `InvalidParameter.InvalidTableLocation`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid table location.
    InvalidParameterInvalidTableLocation,
    /// `InvalidParameter.InvalidTableNameLength`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid table name length.
    InvalidParameterInvalidTableNameLength,
    /// `InvalidParameter.InvalidTaskId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid task id.
    InvalidParameterInvalidTaskId,
    /// `InvalidParameter.InvalidTaskType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid task type.
    InvalidParameterInvalidTaskType,
    /// `InvalidParameter.InvalidTasksFilterLength`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid tasks filter length.
    InvalidParameterInvalidTasksFilterLength,
    /// `InvalidParameter.InvalidTcrSparkImageFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid tcr spark image format.
    InvalidParameterInvalidTcrSparkImageFormat,
    /// `InvalidParameter.InvalidTimeFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid time format.
    InvalidParameterInvalidTimeFormat,
    /// `InvalidParameter.InvalidTimeParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid time parameter.
    InvalidParameterInvalidTimeParameter,
    /// `InvalidParameter.InvalidTimeSpan`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid time span.
    InvalidParameterInvalidTimeSpan,
    /// `InvalidParameter.InvalidTimeUnit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid time unit.
    InvalidParameterInvalidTimeUnit,
    /// `InvalidParameter.InvalidUserAlias`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid user alias.
    InvalidParameterInvalidUserAlias,
    /// `InvalidParameter.InvalidUserName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid user name.
    InvalidParameterInvalidUserName,
    /// `InvalidParameter.InvalidUserType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid user type.
    InvalidParameterInvalidUserType,
    /// `InvalidParameter.InvalidWhiteListKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid white list key.
    InvalidParameterInvalidWhiteListKey,
    /// `InvalidParameter.InvalidWorkGroupName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid work group name.
    InvalidParameterInvalidWorkGroupName,
    /// `InvalidParameter.MaxResultOnlySupportHundred`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: max result only support hundred.
    InvalidParameterMaxResultOnlySupportHundred,
    /// `InvalidParameter.NumberOfSQLExceedsTheLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: number of SQL exceeds the limit.
    InvalidParameterNumberOfSqlExceedsTheLimit,
    /// `InvalidParameter.ParameterBase64DecodeFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: parameter base64 decode failed.
    InvalidParameterParameterBase64DecodeFailed,
    /// `InvalidParameter.ParameterIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: parameter illegal.
    InvalidParameterParameterIllegal,
    /// `InvalidParameter.ParameterNotFoundOrBeNone`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: parameter not found or be none.
    InvalidParameterParameterNotFoundOrBeNone,
    /// `InvalidParameter.PolicyTypeConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: policy type conflict.
    InvalidParameterPolicyTypeConflict,
    /// `InvalidParameter.ResourceSpecNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource spec not found.
    InvalidParameterResourceSpecNotFound,
    /// `InvalidParameter.SQLBase64DecodeFail`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: SQL base64 decode fail.
    InvalidParameterSqlBase64DecodeFail,
    /// `InvalidParameter.SQLParameterPreprocessingFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: SQL parameter preprocessing failed.
    InvalidParameterSqlParameterPreprocessingFailed,
    /// `InvalidParameter.SQLTaskAnalysisFiltersKeyTypeNotMath`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: SQL task analysis filters key type not math.
    InvalidParameterSqlTaskAnalysisFiltersKeyTypeNotMath,
    /// `InvalidParameter.SQLTaskFiltersKeyTypeNotMath`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: SQL task filters key type not math.
    InvalidParameterSqlTaskFiltersKeyTypeNotMath,
    /// `InvalidParameter.SQLTaskNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: SQL task not found.
    InvalidParameterSqlTaskNotFound,
    /// `InvalidParameter.SQLTaskSortByTypeNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: SQL task sort by type not match.
    InvalidParameterSqlTaskSortByTypeNotMatch,
    /// `InvalidParameter.SparkJobFiltersKeyTypeNotMath`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: spark job filters key type not math.
    InvalidParameterSparkJobFiltersKeyTypeNotMath,
    /// `InvalidParameter.SparkJobIsInheritTypeNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: spark job is inherit type not match.
    InvalidParameterSparkJobIsInheritTypeNotMatch,
    /// `InvalidParameter.SparkJobNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: spark job not found.
    InvalidParameterSparkJobNotFound,
    /// `InvalidParameter.SparkJobNotUnique`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: spark job not unique.
    InvalidParameterSparkJobNotUnique,
    /// `InvalidParameter.SparkJobOnlySupportSparkBatchEngine`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: spark job only support spark batch engine.
    InvalidParameterSparkJobOnlySupportSparkBatchEngine,
    /// `InvalidParameter.SparkJobRoleArnNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: spark job role arn not found.
    InvalidParameterSparkJobRoleArnNotFound,
    /// `InvalidParameter.SparkJobSortByTypeNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: spark job sort by type not match.
    InvalidParameterSparkJobSortByTypeNotMatch,
    /// `InvalidParameter.TaskAlreadyFinished`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: task already finished.
    InvalidParameterTaskAlreadyFinished,
    /// `InvalidParameter.TaskListFiltersKeyTypeNotMath`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: task list filters key type not math.
    InvalidParameterTaskListFiltersKeyTypeNotMath,
    /// `InvalidParameter.TaskListSortByTypeNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: task list sort by type not match.
    InvalidParameterTaskListSortByTypeNotMatch,
    /// `InvalidParameter.TaskNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: task not found.
    InvalidParameterTaskNotFound,
    /// `InvalidParameter.TaskStateTypeNotMath`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: task state type not math.
    InvalidParameterTaskStateTypeNotMath,
    /// `InvalidParameter.UrlFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: url format error.
    InvalidParameterUrlFormatError,
    /// `InvalidParameter.VpcCidrFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: vpc cidr format error.
    InvalidParameterVpcCidrFormatError,
    /// `InvalidParameter.VpcCidrOverlap`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: vpc cidr overlap.
    InvalidParameterVpcCidrOverlap,
    /// `InvalidParameterCombination`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid parameter combination.
    InvalidParameterCombination,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.QueueIdMismatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: queue id mismatch.
    InvalidParameterValueQueueIdMismatch,
    /// `InvalidParameterValue.QueueName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: queue name.
    InvalidParameterValueQueueName,
    /// `InvalidParameterValue.QuotaExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: quota exceeded.
    InvalidParameterValueQuotaExceeded,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.DefaultQueueDeleteForbidden`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: default queue delete forbidden.
    OperationDeniedDefaultQueueDeleteForbidden,
    /// `OperationDenied.PartitionNotReady`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: partition not ready.
    OperationDeniedPartitionNotReady,
    /// `RegionError`: no documented HTTP status; retry: never; category: unknown.
    /// Region error.
    RegionError,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInUse.QueueName`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: queue name.
    ResourceInUseQueueName,
    /// `ResourceInUse.UnfinishedSQLs`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: unfinished SQ ls.
    ResourceInUseUnfinishedSqLs,
    /// `ResourceInsufficient.SparkJobInsufficientResources`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: spark job insufficient resources.
    ResourceInsufficientSparkJobInsufficientResources,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.BatchSQLTaskNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: batch SQL task not found.
    ResourceNotFoundBatchSqlTaskNotFound,
    /// `ResourceNotFound.BatchSQLTaskNotUnique`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: batch SQL task not unique.
    ResourceNotFoundBatchSqlTaskNotUnique,
    /// `ResourceNotFound.DataEngineConfigInstanceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: data engine config instance not found.
    ResourceNotFoundDataEngineConfigInstanceNotFound,
    /// `ResourceNotFound.DataEngineConfigInstanceNotUnique`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: data engine config instance not unique.
    ResourceNotFoundDataEngineConfigInstanceNotUnique,
    /// `ResourceNotFound.DataEngineNotActivity`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: data engine not activity.
    ResourceNotFoundDataEngineNotActivity,
    /// `ResourceNotFound.DataEngineNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: data engine not found.
    ResourceNotFoundDataEngineNotFound,
    /// `ResourceNotFound.DataEngineNotMultiVersion`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: data engine not multi version.
    ResourceNotFoundDataEngineNotMultiVersion,
    /// `ResourceNotFound.DataEngineNotRunning`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: data engine not running.
    ResourceNotFoundDataEngineNotRunning,
    /// `ResourceNotFound.DataEngineNotUnique`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: data engine not unique.
    ResourceNotFoundDataEngineNotUnique,
    /// `ResourceNotFound.DataEngineTypeOnlySupportBatch`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: data engine type only support batch.
    ResourceNotFoundDataEngineTypeOnlySupportBatch,
    /// `ResourceNotFound.DatasourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: datasource not found.
    ResourceNotFoundDatasourceNotFound,
    /// `ResourceNotFound.DefaultDataEngineNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: default data engine not found.
    ResourceNotFoundDefaultDataEngineNotFound,
    /// `ResourceNotFound.EksResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: eks resource not found.
    ResourceNotFoundEksResourceNotFound,
    /// `ResourceNotFound.GatewayNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: gateway not found.
    ResourceNotFoundGatewayNotFound,
    /// `ResourceNotFound.ImageSessionConfigNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: image session config not found.
    ResourceNotFoundImageSessionConfigNotFound,
    /// `ResourceNotFound.ImageSessionConfigNotUnique`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: image session config not unique.
    ResourceNotFoundImageSessionConfigNotUnique,
    /// `ResourceNotFound.ImageVersionNotActivity`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: image version not activity.
    ResourceNotFoundImageVersionNotActivity,
    /// `ResourceNotFound.ImageVersionNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: image version not found.
    ResourceNotFoundImageVersionNotFound,
    /// `ResourceNotFound.ImageVersionNotUnique`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: image version not unique.
    ResourceNotFoundImageVersionNotUnique,
    /// `ResourceNotFound.NetworkConnectionNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: network connection not found.
    ResourceNotFoundNetworkConnectionNotFound,
    /// `ResourceNotFound.Partition`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: partition.
    ResourceNotFoundPartition,
    /// `ResourceNotFound.PartitionQueue`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: partition queue.
    ResourceNotFoundPartitionQueue,
    /// `ResourceNotFound.ResourceNotFoundCode_GatewayNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: resource not found code gateway not found.
    ResourceNotFoundResourceNotFoundCodeGatewayNotFound,
    /// `ResourceNotFound.ResourceUsageOutOfLimit`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: resource usage out of limit.
    ResourceNotFoundResourceUsageOutOfLimit,
    /// `ResourceNotFound.ResultOutputPathNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: result output path not found.
    ResourceNotFoundResultOutputPathNotFound,
    /// `ResourceNotFound.ResultSavePathNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: result save path not found.
    ResourceNotFoundResultSavePathNotFound,
    /// `ResourceNotFound.RoleArnResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: role arn resource not found.
    ResourceNotFoundRoleArnResourceNotFound,
    /// `ResourceNotFound.SessionInsufficientResources`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: session insufficient resources.
    ResourceNotFoundSessionInsufficientResources,
    /// `ResourceNotFound.SessionNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: session not found.
    ResourceNotFoundSessionNotFound,
    /// `ResourceNotFound.SessionStateDead`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: session state dead.
    ResourceNotFoundSessionStateDead,
    /// `ResourceNotFound.SessionStateShuttingDown`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: session state shutting down.
    ResourceNotFoundSessionStateShuttingDown,
    /// `ResourceNotFound.ShuffleDirNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: shuffle dir not found.
    ResourceNotFoundShuffleDirNotFound,
    /// `ResourceNotFound.SparkJobInsufficientResources`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: spark job insufficient resources.
    ResourceNotFoundSparkJobInsufficientResources,
    /// `ResourceNotFound.SystemConfigNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: system config not found.
    ResourceNotFoundSystemConfigNotFound,
    /// `ResourceNotFound.TableNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: table not found.
    ResourceNotFoundTableNotFound,
    /// `ResourceNotFound.TaskAlreadyFailed`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: task already failed.
    ResourceNotFoundTaskAlreadyFailed,
    /// `ResourceNotFound.TaskAlreadyFinished`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: task already finished.
    ResourceNotFoundTaskAlreadyFinished,
    /// `ResourceNotFound.TaskInfoNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: task info not found.
    ResourceNotFoundTaskInfoNotFound,
    /// `ResourceNotFound.UserNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: user not exist.
    ResourceNotFoundUserNotExist,
    /// `ResourceNotFound.WarehouseDirNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: warehouse dir not found.
    ResourceNotFoundWarehouseDirNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.BalanceInsufficient`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: balance insufficient.
    ResourceUnavailableBalanceInsufficient,
    /// `ResourceUnavailable.GatewayNotRunning`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: gateway not running.
    ResourceUnavailableGatewayNotRunning,
    /// `ResourceUnavailable.ResourceUnavailableCode_GatewayNotRunning`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: resource unavailable code gateway not running.
    ResourceUnavailableResourceUnavailableCodeGatewayNotRunning,
    /// `ResourceUnavailable.WhiteListFunction`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: white list function.
    ResourceUnavailableWhiteListFunction,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
    /// `ResourcesSoldOut.UnauthorizedGrantPolicy`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out: unauthorized grant policy.
    ResourcesSoldOutUnauthorizedGrantPolicy,
    /// `ResourcesSoldOut.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out: unauthorized operation.
    ResourcesSoldOutUnauthorizedOperation,
    /// `ResourcesSoldOut.UnauthorizedRevokePolicy`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out: unauthorized revoke policy.
    ResourcesSoldOutUnauthorizedRevokePolicy,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.AddUsersToWorkgroup`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: add users to workgroup.
    UnauthorizedOperationAddUsersToWorkgroup,
    /// `UnauthorizedOperation.BindWorkgroupsToUser`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: bind workgroups to user.
    UnauthorizedOperationBindWorkgroupsToUser,
    /// `UnauthorizedOperation.CreateAdministrator`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: create administrator.
    UnauthorizedOperationCreateAdministrator,
    /// `UnauthorizedOperation.CreateCatalog`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: create catalog.
    UnauthorizedOperationCreateCatalog,
    /// `UnauthorizedOperation.CreateWorkgroup`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: create workgroup.
    UnauthorizedOperationCreateWorkgroup,
    /// `UnauthorizedOperation.DeleteComputingEngine`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: delete computing engine.
    UnauthorizedOperationDeleteComputingEngine,
    /// `UnauthorizedOperation.DeleteUser`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: delete user.
    UnauthorizedOperationDeleteUser,
    /// `UnauthorizedOperation.DeleteUsersFromWorkgroup`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: delete users from workgroup.
    UnauthorizedOperationDeleteUsersFromWorkgroup,
    /// `UnauthorizedOperation.DeleteWorkgroup`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: delete workgroup.
    UnauthorizedOperationDeleteWorkgroup,
    /// `UnauthorizedOperation.GrantPolicy`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: grant policy.
    UnauthorizedOperationGrantPolicy,
    /// `UnauthorizedOperation.ModifyComputingEngine`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: modify computing engine.
    UnauthorizedOperationModifyComputingEngine,
    /// `UnauthorizedOperation.ModifyUserInfo`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: modify user info.
    UnauthorizedOperationModifyUserInfo,
    /// `UnauthorizedOperation.ModifyUserType`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: modify user type.
    UnauthorizedOperationModifyUserType,
    /// `UnauthorizedOperation.ModifyWorkgroupInfo`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: modify workgroup info.
    UnauthorizedOperationModifyWorkgroupInfo,
    /// `UnauthorizedOperation.MonitorComputingEngine`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: monitor computing engine.
    UnauthorizedOperationMonitorComputingEngine,
    /// `UnauthorizedOperation.NoPaymentAuthority`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no payment authority.
    UnauthorizedOperationNoPaymentAuthority,
    /// `UnauthorizedOperation.OperateComputingEngine`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: operate computing engine.
    UnauthorizedOperationOperateComputingEngine,
    /// `UnauthorizedOperation.ProhibitedOperationAdmin`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: prohibited operation admin.
    UnauthorizedOperationProhibitedOperationAdmin,
    /// `UnauthorizedOperation.RenewComputingEngine`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: renew computing engine.
    UnauthorizedOperationRenewComputingEngine,
    /// `UnauthorizedOperation.RevokePolicy`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: revoke policy.
    UnauthorizedOperationRevokePolicy,
    /// `UnauthorizedOperation.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: unauthorized operation.
    UnauthorizedOperationUnauthorizedOperation,
    /// `UnauthorizedOperation.UnauthorizedOperationCode_NoEngineCamPermissions`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: unauthorized operation code no engine cam permissions.
    UnauthorizedOperationUnauthorizedOperationCodeNoEngineCamPermissions,
    /// `UnauthorizedOperation.UnbindWorkgroupsFromUser`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: unbind workgroups from user.
    UnauthorizedOperationUnbindWorkgroupsFromUser,
    /// `UnauthorizedOperation.UseComputingEngine`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: use computing engine.
    UnauthorizedOperationUseComputingEngine,
    /// `UnauthorizedOperation.UserNotExist`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: user not exist.
    UnauthorizedOperationUserNotExist,
    /// `UnauthorizedOperation.YuntiUserUnSupport`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: yunti user un support.
    UnauthorizedOperationYuntiUserUnSupport,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.ModifyOwnerUnsupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: modify owner unsupported.
    UnsupportedOperationModifyOwnerUnsupported,
    /// `UnsupportedOperation.UnsupportedDatasourceConnectionType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported datasource connection type.
    UnsupportedOperationUnsupportedDatasourceConnectionType,
    /// `UnsupportedOperation.UnsupportedFileType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported file type.
    UnsupportedOperationUnsupportedFileType,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 293] = [
        "AuthFailure",
        "FailedOperation",
        "FailedOperation.AbnormalOrderStatus",
        "FailedOperation.AnotherCreateProcessRunning",
        "FailedOperation.AnotherProcessRunning",
        "FailedOperation.AnotherRequestProcessing",
        "FailedOperation.BalanceNotEnough",
        "FailedOperation.BillingSystemError",
        "FailedOperation.BindTooManyTags",
        "FailedOperation.ClusterGroupNotFound",
        "FailedOperation.CreateDataEngineFailed",
        "FailedOperation.DeleteDataEngineFailed",
        "FailedOperation.DeliverGoodsFailed",
        "FailedOperation.DuplicateTagKey",
        "FailedOperation.Example",
        "FailedOperation.ExampleNotFound",
        "FailedOperation.ExternalService",
        "FailedOperation.FeeDeductionFailed",
        "FailedOperation.GetPolicyFailed",
        "FailedOperation.GetProductInformationFailed",
        "FailedOperation.GetUserInfoFailed",
        "FailedOperation.GetWorkGroupInfoFailed",
        "FailedOperation.GovernError",
        "FailedOperation.GrantPolicyFailed",
        "FailedOperation.HttpClientDoRequestFailed",
        "FailedOperation.IllegalResource",
        "FailedOperation.IllegalTagKey",
        "FailedOperation.IllegalTagValue",
        "FailedOperation.InquirePriceFailed",
        "FailedOperation.InvalidNetworkConnectionType",
        "FailedOperation.LabInTransition",
        "FailedOperation.LabNotFound",
        "FailedOperation.LabNotRunning",
        "FailedOperation.LabNotUpdatable",
        "FailedOperation.LabRunning",
        "FailedOperation.MetastoreError",
        "FailedOperation.ModifyInstanceFailed",
        "FailedOperation.NetworkConnectionExist",
        "FailedOperation.NetworkConnectionInUsed",
        "FailedOperation.NoPermission",
        "FailedOperation.NoPermissionToUseTheDataEngine",
        "FailedOperation.NoRealNameAuthentication",
        "FailedOperation.NumberExceedLimit",
        "FailedOperation.OtherException",
        "FailedOperation.ParameterValidationFailed",
        "FailedOperation.RefundDepositFailed",
        "FailedOperation.ResultExpired",
        "FailedOperation.RevokePolicyFailed",
        "FailedOperation.SQLTaskParseFailed",
        "FailedOperation.SQLTaskResultOversize",
        "FailedOperation.TagAlreadyAttached",
        "FailedOperation.TagKeyTooLong",
        "FailedOperation.TagNotExist",
        "FailedOperation.TagValueTooLong",
        "FailedOperation.TaskOvertimeFetchResult",
        "FailedOperation.TooManyResources",
        "FailedOperation.TooManyTags",
        "FailedOperation.UpdatePolicyFailed",
        "InternalError",
        "InternalError.DBError",
        "InternalError.InternalSystemException",
        "InvalidParameter",
        "InvalidParameter.BatchSQLCustomKeyNotUnique",
        "InvalidParameter.BatchSQLFiltersKeyTypeNotMath",
        "InvalidParameter.BatchSQLTaskSortByTypeNotMatch",
        "InvalidParameter.ConfigKeyProhibited",
        "InvalidParameter.DataEngineClusterTypeNotMatch",
        "InvalidParameter.DataEngineConfigPairsDuplicate",
        "InvalidParameter.DataEngineExecTypeNotMatch",
        "InvalidParameter.DataEngineImageOperateNotMatch",
        "InvalidParameter.DataEngineModeNotMatch",
        "InvalidParameter.DataEngineOnlySupportSQL",
        "InvalidParameter.DataEngineOnlySupportSparkBatch",
        "InvalidParameter.DataEnginePayModeTypeNotMatch",
        "InvalidParameter.DataEngineSizeNotMatch",
        "InvalidParameter.DataEngineTypeNotMatch",
        "InvalidParameter.DatasourceConnectionNotUnique",
        "InvalidParameter.DatasourceTypeError",
        "InvalidParameter.DescribeDataEnginesSortByTypeNotMatch",
        "InvalidParameter.DuplicateDataEngineName",
        "InvalidParameter.DuplicateDatasourceName",
        "InvalidParameter.DuplicateGroupName",
        "InvalidParameter.DuplicateUserName",
        "InvalidParameter.DuplicateUserVpcConnectionName",
        "InvalidParameter.FiltersValuesNumberOutOfLimit",
        "InvalidParameter.ImageClusterParametersFormatNotJson",
        "InvalidParameter.ImageEngineTypeNotMatch",
        "InvalidParameter.ImageIsPublicNotMatch",
        "InvalidParameter.ImageParameterNotFound",
        "InvalidParameter.ImageParameterSubmitMethodNotMatch",
        "InvalidParameter.ImageParameterTypeNotMatch",
        "InvalidParameter.ImageSessionParametersFormatNotJson",
        "InvalidParameter.ImageStateNotMatch",
        "InvalidParameter.ImageUserRecordsTypeNotMatch",
        "InvalidParameter.InstanceInProcess",
        "InvalidParameter.InvalidAccessPolicy",
        "InvalidParameter.InvalidAppFileFormat",
        "InvalidParameter.InvalidBucketName",
        "InvalidParameter.InvalidColumnNameLength",
        "InvalidParameter.InvalidColumnNumber",
        "InvalidParameter.InvalidColumnType",
        "InvalidParameter.InvalidConfigKeyNotFound",
        "InvalidParameter.InvalidConfigValueLengthOutLimit",
        "InvalidParameter.InvalidConfigValueRegexpNotMatch",
        "InvalidParameter.InvalidDataEngineCidrFormat",
        "InvalidParameter.InvalidDataEngineConfigPairs",
        "InvalidParameter.InvalidDataEngineDescription",
        "InvalidParameter.InvalidDataEngineMode",
        "InvalidParameter.InvalidDataEngineName",
        "InvalidParameter.InvalidDataEngineSpecs",
        "InvalidParameter.InvalidDataEngineTimeSpan",
        "InvalidParameter.InvalidDataEngineTimeUnit",
        "InvalidParameter.InvalidDatasourceConnectionConfig",
        "InvalidParameter.InvalidDatasourceName",
        "InvalidParameter.InvalidDecimalType",
        "InvalidParameter.InvalidDefaultDataEngine",
        "InvalidParameter.InvalidDescription",
        "InvalidParameter.InvalidDriverSize",
        "InvalidParameter.InvalidDynamicAllocationMaxExecutors",
        "InvalidParameter.InvalidEngineExecType",
        "InvalidParameter.InvalidEngineType",
        "InvalidParameter.InvalidExecutorSize",
        "InvalidParameter.InvalidFailureTolerance",
        "InvalidParameter.InvalidFileCompressionFormat",
        "InvalidParameter.InvalidFilePathFormat",
        "InvalidParameter.InvalidFilterKey",
        "InvalidParameter.InvalidFilterLength",
        "InvalidParameter.InvalidGroupId",
        "InvalidParameter.InvalidHiveVersion",
        "InvalidParameter.InvalidInfoType",
        "InvalidParameter.InvalidIntFormat",
        "InvalidParameter.InvalidMaxResults",
        "InvalidParameter.InvalidMinClusters",
        "InvalidParameter.InvalidOffset",
        "InvalidParameter.InvalidParameter_ColumnTypeNotCompatible",
        "InvalidParameter.InvalidParameter_SQLTaskAnalysisSortByTypeNotMatch",
        "InvalidParameter.InvalidPayMode",
        "InvalidParameter.InvalidRoleArn",
        "InvalidParameter.InvalidSQL",
        "InvalidParameter.InvalidSQLConfig",
        "InvalidParameter.InvalidSQLConfigSQL",
        "InvalidParameter.InvalidSQLNum",
        "InvalidParameter.InvalidSQLTaskMaxResults",
        "InvalidParameter.InvalidScheduledElasticityMinElasticClusters",
        "InvalidParameter.InvalidSessionKindType",
        "InvalidParameter.InvalidSortByType",
        "InvalidParameter.InvalidSorting",
        "InvalidParameter.InvalidSparkAppParam",
        "InvalidParameter.InvalidSparkConfigFormat",
        "InvalidParameter.InvalidStatementKindType",
        "InvalidParameter.InvalidStoreLocation",
        "InvalidParameter.InvalidTableFormat",
        "InvalidParameter.InvalidTableFormatSize",
        "InvalidParameter.InvalidTableLocation",
        "InvalidParameter.InvalidTableNameLength",
        "InvalidParameter.InvalidTaskId",
        "InvalidParameter.InvalidTaskType",
        "InvalidParameter.InvalidTasksFilterLength",
        "InvalidParameter.InvalidTcrSparkImageFormat",
        "InvalidParameter.InvalidTimeFormat",
        "InvalidParameter.InvalidTimeParameter",
        "InvalidParameter.InvalidTimeSpan",
        "InvalidParameter.InvalidTimeUnit",
        "InvalidParameter.InvalidUserAlias",
        "InvalidParameter.InvalidUserName",
        "InvalidParameter.InvalidUserType",
        "InvalidParameter.InvalidWhiteListKey",
        "InvalidParameter.InvalidWorkGroupName",
        "InvalidParameter.MaxResultOnlySupportHundred",
        "InvalidParameter.NumberOfSQLExceedsTheLimit",
        "InvalidParameter.ParameterBase64DecodeFailed",
        "InvalidParameter.ParameterIllegal",
        "InvalidParameter.ParameterNotFoundOrBeNone",
        "InvalidParameter.PolicyTypeConflict",
        "InvalidParameter.ResourceSpecNotFound",
        "InvalidParameter.SQLBase64DecodeFail",
        "InvalidParameter.SQLParameterPreprocessingFailed",
        "InvalidParameter.SQLTaskAnalysisFiltersKeyTypeNotMath",
        "InvalidParameter.SQLTaskFiltersKeyTypeNotMath",
        "InvalidParameter.SQLTaskNotFound",
        "InvalidParameter.SQLTaskSortByTypeNotMatch",
        "InvalidParameter.SparkJobFiltersKeyTypeNotMath",
        "InvalidParameter.SparkJobIsInheritTypeNotMatch",
        "InvalidParameter.SparkJobNotFound",
        "InvalidParameter.SparkJobNotUnique",
        "InvalidParameter.SparkJobOnlySupportSparkBatchEngine",
        "InvalidParameter.SparkJobRoleArnNotFound",
        "InvalidParameter.SparkJobSortByTypeNotMatch",
        "InvalidParameter.TaskAlreadyFinished",
        "InvalidParameter.TaskListFiltersKeyTypeNotMath",
        "InvalidParameter.TaskListSortByTypeNotMatch",
        "InvalidParameter.TaskNotFound",
        "InvalidParameter.TaskStateTypeNotMath",
        "InvalidParameter.UrlFormatError",
        "InvalidParameter.VpcCidrFormatError",
        "InvalidParameter.VpcCidrOverlap",
        "InvalidParameterCombination",
        "InvalidParameterValue",
        "InvalidParameterValue.QueueIdMismatch",
        "InvalidParameterValue.QueueName",
        "InvalidParameterValue.QuotaExceeded",
        "LimitExceeded",
        "MissingParameter",
        "OperationDenied",
        "OperationDenied.DefaultQueueDeleteForbidden",
        "OperationDenied.PartitionNotReady",
        "RegionError",
        "ResourceInUse",
        "ResourceInUse.QueueName",
        "ResourceInUse.UnfinishedSQLs",
        "ResourceInsufficient.SparkJobInsufficientResources",
        "ResourceNotFound",
        "ResourceNotFound.BatchSQLTaskNotFound",
        "ResourceNotFound.BatchSQLTaskNotUnique",
        "ResourceNotFound.DataEngineConfigInstanceNotFound",
        "ResourceNotFound.DataEngineConfigInstanceNotUnique",
        "ResourceNotFound.DataEngineNotActivity",
        "ResourceNotFound.DataEngineNotFound",
        "ResourceNotFound.DataEngineNotMultiVersion",
        "ResourceNotFound.DataEngineNotRunning",
        "ResourceNotFound.DataEngineNotUnique",
        "ResourceNotFound.DataEngineTypeOnlySupportBatch",
        "ResourceNotFound.DatasourceNotFound",
        "ResourceNotFound.DefaultDataEngineNotFound",
        "ResourceNotFound.EksResourceNotFound",
        "ResourceNotFound.GatewayNotFound",
        "ResourceNotFound.ImageSessionConfigNotFound",
        "ResourceNotFound.ImageSessionConfigNotUnique",
        "ResourceNotFound.ImageVersionNotActivity",
        "ResourceNotFound.ImageVersionNotFound",
        "ResourceNotFound.ImageVersionNotUnique",
        "ResourceNotFound.NetworkConnectionNotFound",
        "ResourceNotFound.Partition",
        "ResourceNotFound.PartitionQueue",
        "ResourceNotFound.ResourceNotFoundCode_GatewayNotFound",
        "ResourceNotFound.ResourceUsageOutOfLimit",
        "ResourceNotFound.ResultOutputPathNotFound",
        "ResourceNotFound.ResultSavePathNotFound",
        "ResourceNotFound.RoleArnResourceNotFound",
        "ResourceNotFound.SessionInsufficientResources",
        "ResourceNotFound.SessionNotFound",
        "ResourceNotFound.SessionStateDead",
        "ResourceNotFound.SessionStateShuttingDown",
        "ResourceNotFound.ShuffleDirNotFound",
        "ResourceNotFound.SparkJobInsufficientResources",
        "ResourceNotFound.SystemConfigNotFound",
        "ResourceNotFound.TableNotFound",
        "ResourceNotFound.TaskAlreadyFailed",
        "ResourceNotFound.TaskAlreadyFinished",
        "ResourceNotFound.TaskInfoNotFound",
        "ResourceNotFound.UserNotExist",
        "ResourceNotFound.WarehouseDirNotFound",
        "ResourceUnavailable",
        "ResourceUnavailable.BalanceInsufficient",
        "ResourceUnavailable.GatewayNotRunning",
        "ResourceUnavailable.ResourceUnavailableCode_GatewayNotRunning",
        "ResourceUnavailable.WhiteListFunction",
        "ResourcesSoldOut",
        "ResourcesSoldOut.UnauthorizedGrantPolicy",
        "ResourcesSoldOut.UnauthorizedOperation",
        "ResourcesSoldOut.UnauthorizedRevokePolicy",
        "UnauthorizedOperation",
        "UnauthorizedOperation.AddUsersToWorkgroup",
        "UnauthorizedOperation.BindWorkgroupsToUser",
        "UnauthorizedOperation.CreateAdministrator",
        "UnauthorizedOperation.CreateCatalog",
        "UnauthorizedOperation.CreateWorkgroup",
        "UnauthorizedOperation.DeleteComputingEngine",
        "UnauthorizedOperation.DeleteUser",
        "UnauthorizedOperation.DeleteUsersFromWorkgroup",
        "UnauthorizedOperation.DeleteWorkgroup",
        "UnauthorizedOperation.GrantPolicy",
        "UnauthorizedOperation.ModifyComputingEngine",
        "UnauthorizedOperation.ModifyUserInfo",
        "UnauthorizedOperation.ModifyUserType",
        "UnauthorizedOperation.ModifyWorkgroupInfo",
        "UnauthorizedOperation.MonitorComputingEngine",
        "UnauthorizedOperation.NoPaymentAuthority",
        "UnauthorizedOperation.OperateComputingEngine",
        "UnauthorizedOperation.ProhibitedOperationAdmin",
        "UnauthorizedOperation.RenewComputingEngine",
        "UnauthorizedOperation.RevokePolicy",
        "UnauthorizedOperation.UnauthorizedOperation",
        "UnauthorizedOperation.UnauthorizedOperationCode_NoEngineCamPermissions",
        "UnauthorizedOperation.UnbindWorkgroupsFromUser",
        "UnauthorizedOperation.UseComputingEngine",
        "UnauthorizedOperation.UserNotExist",
        "UnauthorizedOperation.YuntiUserUnSupport",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.ModifyOwnerUnsupported",
        "UnsupportedOperation.UnsupportedDatasourceConnectionType",
        "UnsupportedOperation.UnsupportedFileType",
    ];
    static NAME_CODES: [u32; 27] = [
        48, 49, 59, 62, 63, 64, 71, 134, 135, 138, 139, 140, 141, 142, 169, 175, 176,
        177, 178, 179, 180, 209, 212, 213, 234, 255, 283,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationSqlTaskParseFailedFailedOperationSqlTaskResultOversizeInternalErrorDbErrorInvalidParameterBatchSqlCustomKeyNotUniqueInvalidParameterBatchSqlFiltersKeyTypeNotMathInvalidParameterBatchSqlTaskSortByTypeNotMatchInvalidParameterDataEngineOnlySupportSqlInvalidParameterInvalidParameterColumnTypeNotCompatibleInvalidParameterInvalidParameterSqlTaskAnalysisSortByTypeNotMatchInvalidParameterInvalidSqlInvalidParameterInvalidSqlConfigInvalidParameterInvalidSqlConfigSqlInvalidParameterInvalidSqlNumInvalidParameterInvalidSqlTaskMaxResultsInvalidParameterNumberOfSqlExceedsTheLimitInvalidParameterSqlBase64DecodeFailInvalidParameterSqlParameterPreprocessingFailedInvalidParameterSqlTaskAnalysisFiltersKeyTypeNotMathInvalidParameterSqlTaskFiltersKeyTypeNotMathInvalidParameterSqlTaskNotFoundInvalidParameterSqlTaskSortByTypeNotMatchResourceInUseUnfinishedSqLsResourceNotFoundBatchSqlTaskNotFoundResourceNotFoundBatchSqlTaskNotUniqueResourceNotFoundResourceNotFoundCodeGatewayNotFoundResourceUnavailableResourceUnavailableCodeGatewayNotRunningUnauthorizedOperationUnauthorizedOperationCodeNoEngineCamPermissions",
        ends: &[
            0, 33, 69, 89, 131, 176, 222, 262, 317, 382, 408, 440, 475, 504, 544, 586,
            621, 668, 720, 764, 795, 836, 863, 899, 936, 987, 1046, 1114,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed.The operation failed: abnormal order status.The operation failed: another create process running.The operation failed: another process running.The operation failed: another request processing.The operation failed: balance not enough.The operation failed: billing system error.The operation failed: bind too many tags.The operation failed: cluster group not found.The operation failed: create data engine failed.The operation failed: delete data engine failed.The operation failed: deliver goods failed.The operation failed: duplicate tag key.The operation failed: example.The operation failed: example not found.The operation failed: external service.The operation failed: fee deduction failed.The operation failed: get policy failed.The operation failed: get product information failed.The operation failed: get user info failed.The operation failed: get work group info failed.The operation failed: govern error.The operation failed: grant policy failed.The operation failed: http client do request failed.The operation failed: illegal resource.The operation failed: illegal tag key.The operation failed: illegal tag value.The operation failed: inquire price failed.The operation failed: invalid network connection type.The operation failed: lab in transition.The operation failed: lab not found.The operation failed: lab not running.The operation failed: lab not updatable.The operation failed: lab running.The operation failed: metastore error.The operation failed: modify instance failed.The operation failed: network connection exist.The operation failed: network connection in used.The operation failed: no permission.The operation failed: no permission to use the data engine.The operation failed: no real name authentication.The operation failed: number exceed limit.The operation failed: other exception.The operation failed: parameter validation failed.The operation failed: refund deposit failed.The operation failed: result expired.The operation failed: revoke policy failed.The operation failed: SQL task parse failed.The operation failed: SQL task result oversize.The operation failed: tag already attached.The operation failed: tag key too long.The operation failed: tag not exist.The operation failed: tag value too long.The operation failed: task overtime fetch result.The operation failed: too many resources.The operation failed: too many tags.The operation failed: update policy failed.An internal error occurred.An internal error occurred: DB error.An internal error occurred: internal system exception.A parameter is invalid.A parameter is invalid: batch SQL custom key not unique.A parameter is invalid: batch SQL filters key type not math.A parameter is invalid: batch SQL task sort by type not match.A parameter is invalid: config key prohibited.A parameter is invalid: data engine cluster type not match.A parameter is invalid: data engine config pairs duplicate.A parameter is invalid: data engine exec type not match.A parameter is invalid: data engine image operate not match.A parameter is invalid: data engine mode not match.A parameter is invalid: data engine only support SQL.A parameter is invalid: data engine only support spark batch.A parameter is invalid: data engine pay mode type not match.A parameter is invalid: data engine size not match.A parameter is invalid: data engine type not match.A parameter is invalid: datasource connection not unique.A parameter is invalid: datasource type error.A parameter is invalid: describe data engines sort by type not match.A parameter is invalid: duplicate data engine name.A parameter is invalid: duplicate datasource name.A parameter is invalid: duplicate group name.A parameter is invalid: duplicate user name.A parameter is invalid: duplicate user vpc connection name.A parameter is invalid: filters values number out of limit.A parameter is invalid: image cluster parameters format not json.A parameter is invalid: image engine type not match.A parameter is invalid: image is public not match.A parameter is invalid: image parameter not found.A parameter is invalid: image parameter submit method not match.A parameter is invalid: image parameter type not match.A parameter is invalid: image session parameters format not json.A parameter is invalid: image state not match.A parameter is invalid: image user records type not match.A parameter is invalid: instance in process.A parameter is invalid: invalid access policy.A parameter is invalid: invalid app file format.A parameter is invalid: invalid bucket name.A parameter is invalid: invalid column name length.A parameter is invalid: invalid column number.A parameter is invalid: invalid column type.A parameter is invalid: invalid config key not found.A parameter is invalid: invalid config value length out limit.A parameter is invalid: invalid config value regexp not match.A parameter is invalid: invalid data engine cidr format.A parameter is invalid: invalid data engine config pairs.A parameter is invalid: invalid data engine description.A parameter is invalid: invalid data engine mode.A parameter is invalid: invalid data engine name.A parameter is invalid: invalid data engine specs.A parameter is invalid: invalid data engine time span.A parameter is invalid: invalid data engine time unit.A parameter is invalid: invalid datasource connection config.A parameter is invalid: invalid datasource name.A parameter is invalid: invalid decimal type.A parameter is invalid: invalid default data engine.A parameter is invalid: invalid description.A parameter is invalid: invalid driver size.A parameter is invalid: invalid dynamic allocation max executors.A parameter is invalid: invalid engine exec type.A parameter is invalid: invalid engine type.A parameter is invalid: invalid executor size.A parameter is invalid: invalid failure tolerance.A parameter is invalid: invalid file compression format.A parameter is invalid: invalid file path format.A parameter is invalid: invalid filter key.A parameter is invalid: invalid filter length.A parameter is invalid: invalid group id.A parameter is invalid: invalid hive version.A parameter is invalid: invalid info type.A parameter is invalid: invalid int format.A parameter is invalid: invalid max results.A parameter is invalid: invalid min clusters.A parameter is invalid: invalid offset.A parameter is invalid: invalid parameter column type not compatible.A parameter is invalid: invalid parameter SQL task analysis sort by type not match.A parameter is invalid: invalid pay mode.A parameter is invalid: invalid role arn.A parameter is invalid: invalid SQL.A parameter is invalid: invalid SQL config.A parameter is invalid: invalid SQL config SQL.A parameter is invalid: invalid SQL num.A parameter is invalid: invalid SQL task max results.A parameter is invalid: invalid scheduled elasticity min elastic clusters.A parameter is invalid: invalid session kind type.A parameter is invalid: invalid sort by type.A parameter is invalid: invalid sorting.A parameter is invalid: invalid spark app param.A parameter is invalid: invalid spark config format.A parameter is invalid: invalid statement kind type.A parameter is invalid: invalid store location.A parameter is invalid: invalid table format.A parameter is invalid: invalid table format size.A parameter is invalid: invalid table location.A parameter is invalid: invalid table name length.A parameter is invalid: invalid task id.A parameter is invalid: invalid task type.A parameter is invalid: invalid tasks filter length.A parameter is invalid: invalid tcr spark image format.A parameter is invalid: invalid time format.A parameter is invalid: invalid time parameter.A parameter is invalid: invalid time span.A parameter is invalid: invalid time unit.A parameter is invalid: invalid user alias.A parameter is invalid: invalid user name.A parameter is invalid: invalid user type.A parameter is invalid: invalid white list key.A parameter is invalid: invalid work group name.A parameter is invalid: max result only support hundred.A parameter is invalid: number of SQL exceeds the limit.A parameter is invalid: parameter base64 decode failed.A parameter is invalid: parameter illegal.A parameter is invalid: parameter not found or be none.A parameter is invalid: policy type conflict.A parameter is invalid: resource spec not found.A parameter is invalid: SQL base64 decode fail.A parameter is invalid: SQL parameter preprocessing failed.A parameter is invalid: SQL task analysis filters key type not math.A parameter is invalid: SQL task filters key type not math.A parameter is invalid: SQL task not found.A parameter is invalid: SQL task sort by type not match.A parameter is invalid: spark job filters key type not math.A parameter is invalid: spark job is inherit type not match.A parameter is invalid: spark job not found.A parameter is invalid: spark job not unique.A parameter is invalid: spark job only support spark batch engine.A parameter is invalid: spark job role arn not found.A parameter is invalid: spark job sort by type not match.A parameter is invalid: task already finished.A parameter is invalid: task list filters key type not math.A parameter is invalid: task list sort by type not match.A parameter is invalid: task not found.A parameter is invalid: task state type not math.A parameter is invalid: url format error.A parameter is invalid: vpc cidr format error.A parameter is invalid: vpc cidr overlap.Invalid parameter combination.A parameter value is invalid.A parameter value is invalid: queue id mismatch.A parameter value is invalid: queue name.A parameter value is invalid: quota exceeded.A limit was exceeded.A required parameter is missing.The operation was denied.The operation was denied: default queue delete forbidden.The operation was denied: partition not ready.Region error.The resource is in use.The resource is in use: queue name.The resource is in use: unfinished SQ ls.Resources are insufficient: spark job insufficient resources.The resource was not found.The resource was not found: batch SQL task not found.The resource was not found: batch SQL task not unique.The resource was not found: data engine config instance not found.The resource was not found: data engine config instance not unique.The resource was not found: data engine not activity.The resource was not found: data engine not found.The resource was not found: data engine not multi version.The resource was not found: data engine not running.The resource was not found: data engine not unique.The resource was not found: data engine type only support batch.The resource was not found: datasource not found.The resource was not found: default data engine not found.The resource was not found: eks resource not found.The resource was not found: gateway not found.The resource was not found: image session config not found.The resource was not found: image session config not unique.The resource was not found: image version not activity.The resource was not found: image version not found.The resource was not found: image version not unique.The resource was not found: network connection not found.The resource was not found: partition.The resource was not found: partition queue.The resource was not found: resource not found code gateway not found.The resource was not found: resource usage out of limit.The resource was not found: result output path not found.The resource was not found: result save path not found.The resource was not found: role arn resource not found.The resource was not found: session insufficient resources.The resource was not found: session not found.The resource was not found: session state dead.The resource was not found: session state shutting down.The resource was not found: shuffle dir not found.The resource was not found: spark job insufficient resources.The resource was not found: system config not found.The resource was not found: table not found.The resource was not found: task already failed.The resource was not found: task already finished.The resource was not found: task info not found.The resource was not found: user not exist.The resource was not found: warehouse dir not found.The resource is unavailable.The resource is unavailable: balance insufficient.The resource is unavailable: gateway not running.The resource is unavailable: resource unavailable code gateway not running.The resource is unavailable: white list function.The resources are sold out.The resources are sold out: unauthorized grant policy.The resources are sold out: unauthorized operation.The resources are sold out: unauthorized revoke policy.The operation is not authorized.The operation is not authorized: add users to workgroup.The operation is not authorized: bind workgroups to user.The operation is not authorized: create administrator.The operation is not authorized: create catalog.The operation is not authorized: create workgroup.The operation is not authorized: delete computing engine.The operation is not authorized: delete user.The operation is not authorized: delete users from workgroup.The operation is not authorized: delete workgroup.The operation is not authorized: grant policy.The operation is not authorized: modify computing engine.The operation is not authorized: modify user info.The operation is not authorized: modify user type.The operation is not authorized: modify workgroup info.The operation is not authorized: monitor computing engine.The operation is not authorized: no payment authority.The operation is not authorized: operate computing engine.The operation is not authorized: prohibited operation admin.The operation is not authorized: renew computing engine.The operation is not authorized: revoke policy.The operation is not authorized: unauthorized operation.The operation is not authorized: unauthorized operation code no engine cam permissions.The operation is not authorized: unbind workgroups from user.The operation is not authorized: use computing engine.The operation is not authorized: user not exist.The operation is not authorized: yunti user un support.An unknown parameter was given.The operation is not supported.The operation is not supported: modify owner unsupported.The operation is not supported: unsupported datasource connection type.The operation is not supported: unsupported file type.",
        ends: &[
            0, 22, 43, 87, 140, 186, 235, 276, 319, 360, 406, 454, 502, 545, 585, 615,
            655, 694, 737, 777, 830, 873, 922, 957, 999, 1051, 1090, 1128, 1168, 1211,
            1265, 1305, 1341, 1379, 1419, 1453, 1491, 1536, 1583, 1632, 1668, 1727, 1777,
            1819, 1857, 1907, 1951, 1988, 2031, 2075, 2122, 2165, 2204, 2240, 2281, 2330,
            2371, 2407, 2450, 2477, 2514, 2568, 2591, 2647, 2707, 2769, 2815, 2874, 2933,
            2989, 3049, 3100, 3153, 3214, 3274, 3325, 3376, 3433, 3479, 3548, 3599, 3649,
            3694, 3738, 3797, 3856, 3921, 3973, 4023, 4073, 4137, 4192, 4257, 4303, 4361,
            4405, 4451, 4499, 4543, 4594, 4640, 4684, 4737, 4799, 4861, 4917, 4974, 5030,
            5079, 5128, 5178, 5232, 5286, 5347, 5395, 5440, 5492, 5536, 5580, 5645, 5694,
            5738, 5784, 5834, 5890, 5939, 5982, 6028, 6069, 6114, 6156, 6199, 6243, 6288,
            6327, 6396, 6479, 6520, 6561, 6597, 6640, 6687, 6727, 6780, 6854, 6904, 6949,
            6989, 7037, 7089, 7141, 7188, 7233, 7283, 7330, 7380, 7420, 7462, 7514, 7569,
            7613, 7660, 7702, 7744, 7787, 7829, 7871, 7918, 7966, 8022, 8078, 8133, 8175,
            8230, 8275, 8323, 8370, 8429, 8497, 8556, 8599, 8655, 8715, 8775, 8819, 8864,
            8930, 8983, 9040, 9086, 9146, 9203, 9242, 9291, 9332, 9378, 9419, 9449, 9478,
            9526, 9567, 9612, 9633, 9665, 9690, 9747, 9793, 9806, 9829, 9864, 9905, 9966,
            9993, 10046, 10100, 10166, 10233, 10286, 10336, 10394, 10446, 10497, 10561,
            10610, 10668, 10719, 10765, 10824, 10884, 10939, 10991, 11044, 11101, 11139,
            11183, 11253, 11309, 11366, 11421, 11477, 11536, 11582, 11629, 11685, 11735,
            11796, 11848, 11892, 11940, 11990, 12038, 12081, 12133, 12161, 12211, 12260,
            12335, 12384, 12411, 12465, 12516, 12571, 12603, 12659, 12716, 12770, 12818,
            12868, 12925, 12970, 13031, 13081, 13127, 13184, 13234, 13284, 13339, 13397,
            13451, 13509, 13569, 13625, 13672, 13728, 13815, 13876, 13930, 13978, 14033,
            14064, 14095, 14152, 14223, 14277,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 293] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacccabbbcaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccccccccccccccccccccccccccccccccccccaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 293] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimmmcccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccbcccchcgggbjjjheeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeiiiiihhhhgggggggggggggggggggggggggggcliii",
    );
    static PILOTS: [u16; 74] = [
        5, 0, 5, 11, 16, 13, 7, 77, 3, 41, 13, 38, 25, 2, 32, 78, 0, 6, 4, 6, 19, 18, 0,
        97, 0, 11, 64, 6, 34, 6, 87, 156, 134, 3, 1, 3, 0, 44, 0, 3, 3, 0, 140, 0, 2,
        138, 0, 47, 2, 0, 13, 4, 5, 193, 17, 1, 13, 26, 109, 8, 34, 48, 16, 32, 141, 22,
        7, 50, 11, 0, 77, 443, 146, 258,
    ];
    static SLOTS: [(&str, u32); 325] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            133, 37, 102, 131, 277, 23, 234, 213, 67, 287, 160, 106, 4294967295, 206,
            252, 155, 258, 79, 153, 121, 116, 19, 64, 122, 96, 152, 192, 269, 170, 66,
            20, 4294967295, 117, 26, 130, 31, 88, 254, 193, 202, 230, 29, 93, 261, 156,
            279, 85, 251, 118, 58, 82, 210, 180, 237, 65, 179, 224, 4294967295, 221, 231,
            262, 220, 4294967295, 16, 53, 284, 35, 163, 162, 81, 267, 100, 4294967295,
            30, 226, 232, 103, 4294967295, 196, 238, 285, 4294967295, 249, 111, 12, 72,
            169, 149, 76, 164, 49, 145, 270, 137, 264, 260, 75, 4, 214, 86, 11, 248, 175,
            239, 39, 56, 173, 74, 63, 4294967295, 113, 51, 272, 247, 172, 110, 291, 197,
            185, 107, 109, 223, 27, 288, 4294967295, 250, 244, 4294967295, 135, 154, 240,
            15, 146, 124, 280, 119, 274, 134, 158, 6, 273, 143, 89, 90, 242, 243, 203,
            255, 290, 4294967295, 209, 4294967295, 176, 126, 108, 4294967295, 4294967295,
            188, 5, 215, 182, 4294967295, 187, 208, 55, 140, 186, 199, 62, 123,
            4294967295, 92, 136, 25, 174, 125, 218, 283, 229, 266, 0, 3, 34, 4294967295,
            87, 184, 263, 246, 84, 227, 4294967295, 157, 228, 216, 105, 57, 225,
            4294967295, 22, 4294967295, 138, 50, 233, 7, 41, 142, 195, 95, 245, 45, 141,
            129, 241, 46, 150, 286, 69, 28, 36, 13, 275, 292, 211, 204, 78, 191, 112, 71,
            47, 257, 8, 268, 61, 271, 4294967295, 200, 33, 101, 18, 144, 120, 94, 198,
            282, 259, 147, 235, 148, 219, 2, 4294967295, 4294967295, 10, 115, 1, 68, 99,
            83, 24, 38, 98, 161, 14, 256, 4294967295, 166, 281, 127, 40, 4294967295, 104,
            4294967295, 159, 207, 4294967295, 4294967295, 128, 217, 4294967295, 253, 265,
            73, 4294967295, 4294967295, 236, 44, 190, 165, 181, 48, 60, 54, 77, 205, 32,
            189, 178, 171, 194, 168, 70, 42, 201, 43, 91, 52, 167, 21, 151, 17, 289, 114,
            97, 177, 132, 212, 80, 276, 183, 4294967295, 59, 222, 9, 139, 278,
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
    const PROVIDER: &'static str = "Tencent Cloud DLC";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud DLC's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud DLC: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
