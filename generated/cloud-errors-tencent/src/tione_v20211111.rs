// @generated from catalogs/tencent/tione_v20211111.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TIONE v20211111: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TIONE v20211111: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.CamException`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: cam exception.
    AuthFailureCamException,
    /// `AuthFailure.NoPermission`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: no permission.
    AuthFailureNoPermission,
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation.
    AuthFailureUnauthorizedOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.ApiGatewayQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: api gateway query failed.
    FailedOperationApiGatewayQueryFailed,
    /// `FailedOperation.BillingQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: billing query failed.
    FailedOperationBillingQueryFailed,
    /// `FailedOperation.BindingTagsFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: binding tags failed.
    FailedOperationBindingTagsFailed,
    /// `FailedOperation.CAMFailure`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: CAM failure.
    FailedOperationCamFailure,
    /// `FailedOperation.CLSSizeExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: CLS size exceed.
    FailedOperationClsSizeExceed,
    /// `FailedOperation.CallClusterFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: call cluster fail.
    FailedOperationCallClusterFail,
    /// `FailedOperation.CheckBillingWhiteListFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: check billing white list failed.
    FailedOperationCheckBillingWhiteListFailed,
    /// `FailedOperation.ClsServiceNotActived`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cls service not actived.
    FailedOperationClsServiceNotActived,
    /// `FailedOperation.ClusterQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cluster query failed.
    FailedOperationClusterQueryFailed,
    /// `FailedOperation.ContextLimitError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: context limit error.
    FailedOperationContextLimitError,
    /// `FailedOperation.DCCosClientErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DC cos client err.
    FailedOperationDcCosClientErr,
    /// `FailedOperation.DCCreateAsyncTaskError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DC create async task error.
    FailedOperationDcCreateAsyncTaskError,
    /// `FailedOperation.DCCreateUserCosClientErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DC create user cos client err.
    FailedOperationDcCreateUserCosClientErr,
    /// `FailedOperation.DCDataAnnotationRpcErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DC data annotation rpc err.
    FailedOperationDcDataAnnotationRpcErr,
    /// `FailedOperation.DCDatarepoRpcErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DC datarepo rpc err.
    FailedOperationDcDatarepoRpcErr,
    /// `FailedOperation.DCDatasetExceedLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DC dataset exceed limit.
    FailedOperationDcDatasetExceedLimit,
    /// `FailedOperation.DCDatasetStatusNotReady`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DC dataset status not ready.
    FailedOperationDcDatasetStatusNotReady,
    /// `FailedOperation.DCGetUserTemporarySecretErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DC get user temporary secret err.
    FailedOperationDcGetUserTemporarySecretErr,
    /// `FailedOperation.DCMarshalDataErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DC marshal data err.
    FailedOperationDcMarshalDataErr,
    /// `FailedOperation.DCQueryDatasetContentErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DC query dataset content err.
    FailedOperationDcQueryDatasetContentErr,
    /// `FailedOperation.DCUnmarshalDataErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DC unmarshal data err.
    FailedOperationDcUnmarshalDataErr,
    /// `FailedOperation.DCUnsupportedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DC unsupported operation.
    FailedOperationDcUnsupportedOperation,
    /// `FailedOperation.DeleteNotebookStorageFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete notebook storage failed.
    FailedOperationDeleteNotebookStorageFailed,
    /// `FailedOperation.DuplicateName`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: duplicate name.
    FailedOperationDuplicateName,
    /// `FailedOperation.DuplicateNameTaskIsCreating`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: duplicate name task is creating.
    FailedOperationDuplicateNameTaskIsCreating,
    /// `FailedOperation.ExecDatabaseFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: exec database fail.
    FailedOperationExecDatabaseFail,
    /// `FailedOperation.ExecTagFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: exec tag fail.
    FailedOperationExecTagFail,
    /// `FailedOperation.FreezeBillFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: freeze bill failed.
    FailedOperationFreezeBillFailed,
    /// `FailedOperation.InsufficientWhitelistQuota`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: insufficient whitelist quota.
    FailedOperationInsufficientWhitelistQuota,
    /// `FailedOperation.InvalidAuthToken`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid auth token.
    FailedOperationInvalidAuthToken,
    /// `FailedOperation.InvalidUserType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid user type.
    FailedOperationInvalidUserType,
    /// `FailedOperation.KmsKeyNotOpen`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: kms key not open.
    FailedOperationKmsKeyNotOpen,
    /// `FailedOperation.ModifyBillingInstanceBatchFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify billing instance batch failed.
    FailedOperationModifyBillingInstanceBatchFailed,
    /// `FailedOperation.ModifyResourceBillingTagsFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify resource billing tags failed.
    FailedOperationModifyResourceBillingTagsFailed,
    /// `FailedOperation.MoveModelDirFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: move model dir failed.
    FailedOperationMoveModelDirFailed,
    /// `FailedOperation.NoFreeBucket`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no free bucket.
    FailedOperationNoFreeBucket,
    /// `FailedOperation.NoPermission`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no permission.
    FailedOperationNoPermission,
    /// `FailedOperation.NotAllow`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not allow.
    FailedOperationNotAllow,
    /// `FailedOperation.PodIpNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: pod ip not found.
    FailedOperationPodIpNotFound,
    /// `FailedOperation.Processing`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: processing.
    FailedOperationProcessing,
    /// `FailedOperation.QueryBindingTagsFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query binding tags failed.
    FailedOperationQueryBindingTagsFailed,
    /// `FailedOperation.QueryDatabaseFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query database fail.
    FailedOperationQueryDatabaseFail,
    /// `FailedOperation.QueryPriceFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query price failed.
    FailedOperationQueryPriceFailed,
    /// `FailedOperation.QueryResourceGroupNamesFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query resource group names failed.
    FailedOperationQueryResourceGroupNamesFailed,
    /// `FailedOperation.QueryResourceSpecFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query resource spec failed.
    FailedOperationQueryResourceSpecFailed,
    /// `FailedOperation.QuerySpecsFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query specs failed.
    FailedOperationQuerySpecsFailed,
    /// `FailedOperation.QueryTagFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query tag fail.
    FailedOperationQueryTagFail,
    /// `FailedOperation.RecordNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: record not found.
    FailedOperationRecordNotFound,
    /// `FailedOperation.ReleaseSSHPortFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: release SSH port failed.
    FailedOperationReleaseSshPortFailed,
    /// `FailedOperation.RepoBindByInstance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: repo bind by instance.
    FailedOperationRepoBindByInstance,
    /// `FailedOperation.ServerRoomQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: server room query failed.
    FailedOperationServerRoomQueryFailed,
    /// `FailedOperation.StopJobInstanceFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: stop job instance failed.
    FailedOperationStopJobInstanceFailed,
    /// `FailedOperation.StsQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: sts query failed.
    FailedOperationStsQueryFailed,
    /// `FailedOperation.Timedout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: timedout.
    FailedOperationTimedout,
    /// `FailedOperation.UnBindingTagsFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: un binding tags failed.
    FailedOperationUnBindingTagsFailed,
    /// `FailedOperation.UnSubmitNotAllowToStop`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: un submit not allow to stop.
    FailedOperationUnSubmitNotAllowToStop,
    /// `FailedOperation.UnauthorizedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unauthorized operation.
    FailedOperationUnauthorizedOperation,
    /// `FailedOperation.UnfreezeBillFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unfreeze bill failed.
    FailedOperationUnfreezeBillFailed,
    /// `FailedOperation.UnknownInstanceType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unknown instance type.
    FailedOperationUnknownInstanceType,
    /// `FailedOperation.UnmarshalData`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unmarshal data.
    FailedOperationUnmarshalData,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.BindingTagsFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: binding tags failed.
    InternalErrorBindingTagsFailed,
    /// `InternalError.CFSNotFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: CFS not found.
    InternalErrorCfsNotFound,
    /// `InternalError.CheckFSPathAccessibilityFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: check FS path accessibility failed.
    InternalErrorCheckFsPathAccessibilityFailed,
    /// `InternalError.CreateCustomSecretFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: create custom secret failed.
    InternalErrorCreateCustomSecretFailed,
    /// `InternalError.CreateJobInstanceFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: create job instance failed.
    InternalErrorCreateJobInstanceFailed,
    /// `InternalError.CreateTcrInstanceTokenFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: create tcr instance token failed.
    InternalErrorCreateTcrInstanceTokenFailed,
    /// `InternalError.DeleteCustomSecretFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: delete custom secret failed.
    InternalErrorDeleteCustomSecretFailed,
    /// `InternalError.DescribeCustomSecretFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: describe custom secret failed.
    InternalErrorDescribeCustomSecretFailed,
    /// `InternalError.DescribeSubuinDependencyAccessibilityFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: describe subuin dependency accessibility failed.
    InternalErrorDescribeSubuinDependencyAccessibilityFailed,
    /// `InternalError.GetCFSFileSystemsFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get CFS file systems failed.
    InternalErrorGetCfsFileSystemsFailed,
    /// `InternalError.GetCFSMountInfoFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get CFS mount info failed.
    InternalErrorGetCfsMountInfoFailed,
    /// `InternalError.ModifyCustomSecretFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: modify custom secret failed.
    InternalErrorModifyCustomSecretFailed,
    /// `InternalError.NoPermission`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: no permission.
    InternalErrorNoPermission,
    /// `InternalError.NotAllow`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: not allow.
    InternalErrorNotAllow,
    /// `InternalError.QueryBindingTagsFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: query binding tags failed.
    InternalErrorQueryBindingTagsFailed,
    /// `InternalError.QueryHDFSInfoFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: query HDFS info failed.
    InternalErrorQueryHdfsInfoFailed,
    /// `InternalError.QueryPriceFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: query price failed.
    InternalErrorQueryPriceFailed,
    /// `InternalError.QueryResourceGroupFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: query resource group failed.
    InternalErrorQueryResourceGroupFailed,
    /// `InternalError.QueryResourceGroupNamesFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: query resource group names failed.
    InternalErrorQueryResourceGroupNamesFailed,
    /// `InternalError.QueryResourceSpecFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: query resource spec failed.
    InternalErrorQueryResourceSpecFailed,
    /// `InternalError.QuerySubnetInfoFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: query subnet info failed.
    InternalErrorQuerySubnetInfoFailed,
    /// `InternalError.QueryUserTMPCredentialFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: query user TMP credential failed.
    InternalErrorQueryUserTmpCredentialFailed,
    /// `InternalError.QueryVPCInfoFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: query VPC info failed.
    InternalErrorQueryVpcInfoFailed,
    /// `InternalError.StopJobInstanceFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: stop job instance failed.
    InternalErrorStopJobInstanceFailed,
    /// `InternalError.UnSubmittedStatusNotAllowStop`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: un submitted status not allow stop.
    InternalErrorUnSubmittedStatusNotAllowStop,
    /// `InternalError.ValidateCreateTaskFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: validate create task failed.
    InternalErrorValidateCreateTaskFailed,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.FilterKeyStatusConflictWithChargeStatus`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: filter key status conflict with charge status.
    InvalidParameterFilterKeyStatusConflictWithChargeStatus,
    /// `InvalidParameter.ModelFileInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: model file invalid.
    InvalidParameterModelFileInvalid,
    /// `InvalidParameter.ModelIsOffline`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: model is offline.
    InvalidParameterModelIsOffline,
    /// `InvalidParameter.TgwInvalidInterface`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: tgw invalid interface.
    InvalidParameterTgwInvalidInterface,
    /// `InvalidParameter.UnsupportedMultiLocalDisk`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: unsupported multi local disk.
    InvalidParameterUnsupportedMultiLocalDisk,
    /// `InvalidParameter.ValidateError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: validate error.
    InvalidParameterValidateError,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.AIMarketOutputConfigEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: AI market output config empty.
    InvalidParameterValueAiMarketOutputConfigEmpty,
    /// `InvalidParameterValue.AIMarketPublicAlgoVersionNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: AI market public algo version not exist.
    InvalidParameterValueAiMarketPublicAlgoVersionNotExist,
    /// `InvalidParameterValue.BackOffLimitIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: back off limit illegal.
    InvalidParameterValueBackOffLimitIllegal,
    /// `InvalidParameterValue.BackOffLimitNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: back off limit not support.
    InvalidParameterValueBackOffLimitNotSupport,
    /// `InvalidParameterValue.BadName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bad name.
    InvalidParameterValueBadName,
    /// `InvalidParameterValue.CcnHasNoAttachedVpc`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ccn has no attached vpc.
    InvalidParameterValueCcnHasNoAttachedVpc,
    /// `InvalidParameterValue.CfsPathCollision`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cfs path collision.
    InvalidParameterValueCfsPathCollision,
    /// `InvalidParameterValue.ClsConfigRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cls config required.
    InvalidParameterValueClsConfigRequired,
    /// `InvalidParameterValue.CodeRepoDuplicated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: code repo duplicated.
    InvalidParameterValueCodeRepoDuplicated,
    /// `InvalidParameterValue.CodeRepoNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: code repo not found.
    InvalidParameterValueCodeRepoNotFound,
    /// `InvalidParameterValue.CosPathNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cos path not exist.
    InvalidParameterValueCosPathNotExist,
    /// `InvalidParameterValue.DCAnnotationType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: DC annotation type.
    InvalidParameterValueDcAnnotationType,
    /// `InvalidParameterValue.DCCosPathInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: DC cos path info.
    InvalidParameterValueDcCosPathInfo,
    /// `InvalidParameterValue.DCDatasetAnnotationNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: DC dataset annotation not match.
    InvalidParameterValueDcDatasetAnnotationNotMatch,
    /// `InvalidParameterValue.DCDatasetIdNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: DC dataset id not exist.
    InvalidParameterValueDcDatasetIdNotExist,
    /// `InvalidParameterValue.DCDatasetNameExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: DC dataset name exist.
    InvalidParameterValueDcDatasetNameExist,
    /// `InvalidParameterValue.DCDatasetType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: DC dataset type.
    InvalidParameterValueDcDatasetType,
    /// `InvalidParameterValue.DCFilterValues`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: DC filter values.
    InvalidParameterValueDcFilterValues,
    /// `InvalidParameterValue.DataConfigNumLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: data config num limit exceeded.
    InvalidParameterValueDataConfigNumLimitExceeded,
    /// `InvalidParameterValue.DatasetNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: dataset not exist.
    InvalidParameterValueDatasetNotExist,
    /// `InvalidParameterValue.DatasetNumLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: dataset num limit exceeded.
    InvalidParameterValueDatasetNumLimitExceeded,
    /// `InvalidParameterValue.DuplicateName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicate name.
    InvalidParameterValueDuplicateName,
    /// `InvalidParameterValue.FSPathInaccessible`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: FS path inaccessible.
    InvalidParameterValueFsPathInaccessible,
    /// `InvalidParameterValue.FrameworkVersionNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: framework version not support.
    InvalidParameterValueFrameworkVersionNotSupport,
    /// `InvalidParameterValue.GetCFSMountIPFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: get CFS mount IP failed.
    InvalidParameterValueGetCfsMountIpFailed,
    /// `InvalidParameterValue.GetGooseFSFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: get goose FS failed.
    InvalidParameterValueGetGooseFsFailed,
    /// `InvalidParameterValue.GooseFSConfigCannotEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: goose FS config cannot empty.
    InvalidParameterValueGooseFsConfigCannotEmpty,
    /// `InvalidParameterValue.GooseFSNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: goose FS not exist.
    InvalidParameterValueGooseFsNotExist,
    /// `InvalidParameterValue.ImageAddressIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image address illegal.
    InvalidParameterValueImageAddressIllegal,
    /// `InvalidParameterValue.ImageIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image illegal.
    InvalidParameterValueImageIllegal,
    /// `InvalidParameterValue.ImageNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image not found.
    InvalidParameterValueImageNotFound,
    /// `InvalidParameterValue.InvalidFilter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid filter.
    InvalidParameterValueInvalidFilter,
    /// `InvalidParameterValue.InvalidImageName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid image name.
    InvalidParameterValueInvalidImageName,
    /// `InvalidParameterValue.InvalidResourceSpec`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid resource spec.
    InvalidParameterValueInvalidResourceSpec,
    /// `InvalidParameterValue.LifecycleNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lifecycle not found.
    InvalidParameterValueLifecycleNotFound,
    /// `InvalidParameterValue.LimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit exceeded.
    InvalidParameterValueLimitExceeded,
    /// `InvalidParameterValue.NotAllow`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not allow.
    InvalidParameterValueNotAllow,
    /// `InvalidParameterValue.NotAllowedToCreateFreeVolumeNotebookWithBareMetalResourceGroup`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not allowed to create free volume notebook with bare metal resource group.
    InvalidParameterValueNotAllowedToCreateFreeVolumeNotebookWithBareMetalResourceGroup,
    /// `InvalidParameterValue.NotAllowedToCreateFreeVolumeNotebookWithSWResourceGroup`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not allowed to create free volume notebook with SW resource group.
    InvalidParameterValueNotAllowedToCreateFreeVolumeNotebookWithSwResourceGroup,
    /// `InvalidParameterValue.NotAllowedToCreateNotebookWithBareMetalResourceGroup`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not allowed to create notebook with bare metal resource group.
    InvalidParameterValueNotAllowedToCreateNotebookWithBareMetalResourceGroup,
    /// `InvalidParameterValue.PageLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: page limit exceeded.
    InvalidParameterValuePageLimitExceeded,
    /// `InvalidParameterValue.ParamLengthExceedLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: param length exceed limit.
    InvalidParameterValueParamLengthExceedLimit,
    /// `InvalidParameterValue.PathIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: path illegal.
    InvalidParameterValuePathIllegal,
    /// `InvalidParameterValue.QueryVPCInfoFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: query VPC info failed.
    InvalidParameterValueQueryVpcInfoFailed,
    /// `InvalidParameterValue.RDMAConfigIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: RDMA config illegal.
    InvalidParameterValueRdmaConfigIllegal,
    /// `InvalidParameterValue.ResourceConfigIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: resource config illegal.
    InvalidParameterValueResourceConfigIllegal,
    /// `InvalidParameterValue.SubnetNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subnet not found.
    InvalidParameterValueSubnetNotFound,
    /// `InvalidParameterValue.TAIJIResourceConfigIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: TAIJI resource config illegal.
    InvalidParameterValueTaijiResourceConfigIllegal,
    /// `InvalidParameterValue.TopicNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: topic not found.
    InvalidParameterValueTopicNotFound,
    /// `InvalidParameterValue.UnsupportedDataConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unsupported data config.
    InvalidParameterValueUnsupportedDataConfig,
    /// `InvalidParameterValue.UnsupportedGooseFSConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unsupported goose FS config.
    InvalidParameterValueUnsupportedGooseFsConfig,
    /// `InvalidParameterValue.UnsupportedMultiCBSStorage`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unsupported multi CBS storage.
    InvalidParameterValueUnsupportedMultiCbsStorage,
    /// `InvalidParameterValue.VolumeShrinkNotAllow`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: volume shrink not allow.
    InvalidParameterValueVolumeShrinkNotAllow,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.BalanceInsufficient`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: balance insufficient.
    OperationDeniedBalanceInsufficient,
    /// `OperationDenied.BillingException`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: billing exception.
    OperationDeniedBillingException,
    /// `OperationDenied.BillingStatusNotSupportWhitelistGPUType`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: billing status not support whitelist GPU type.
    OperationDeniedBillingStatusNotSupportWhitelistGpuType,
    /// `OperationDenied.BillingStatusResourceInsufficient`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: billing status resource insufficient.
    OperationDeniedBillingStatusResourceInsufficient,
    /// `OperationDenied.ForbidModifyVpcAndSubnet`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: forbid modify vpc and subnet.
    OperationDeniedForbidModifyVpcAndSubnet,
    /// `OperationDenied.IpIllegal`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: ip illegal.
    OperationDeniedIpIllegal,
    /// `OperationDenied.MIYINGBalanceInsufficient`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: MIYING balance insufficient.
    OperationDeniedMiyingBalanceInsufficient,
    /// `OperationDenied.NetworkCidrIllegal`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: network cidr illegal.
    OperationDeniedNetworkCidrIllegal,
    /// `OperationDenied.NotAllow`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not allow.
    OperationDeniedNotAllow,
    /// `OperationDenied.NotSupportCustomResource`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not support custom resource.
    OperationDeniedNotSupportCustomResource,
    /// `OperationDenied.ResourceGroupInsufficient`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: resource group insufficient.
    OperationDeniedResourceGroupInsufficient,
    /// `OperationDenied.SubnetIllegal`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: subnet illegal.
    OperationDeniedSubnetIllegal,
    /// `OperationDenied.TAIJIApplicationGroupInsufficient`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: TAIJI application group insufficient.
    OperationDeniedTaijiApplicationGroupInsufficient,
    /// `OperationDenied.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: unauthorized operation.
    OperationDeniedUnauthorizedOperation,
    /// `OperationDenied.WhitelistQuotaExceed`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: whitelist quota exceed.
    OperationDeniedWhitelistQuotaExceed,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceInsufficient.QuotaInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: quota insufficient.
    ResourceInsufficientQuotaInsufficient,
    /// `ResourceInsufficient.SSHPortIsConsumedUp`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: SSH port is consumed up.
    ResourceInsufficientSshPortIsConsumedUp,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.CfsNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cfs not found.
    ResourceNotFoundCfsNotFound,
    /// `ResourceNotFound.NoModel`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: no model.
    ResourceNotFoundNoModel,
    /// `ResourceNotFound.ResourceGroupNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: resource group not found.
    ResourceNotFoundResourceGroupNotFound,
    /// `ResourceNotFound.VPCNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: VPC not found.
    ResourceNotFoundVpcNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.NoPermission`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no permission.
    UnauthorizedOperationNoPermission,
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
    static CODES: [&str; 186] = [
        "AuthFailure",
        "AuthFailure.CamException",
        "AuthFailure.NoPermission",
        "AuthFailure.UnauthorizedOperation",
        "FailedOperation",
        "FailedOperation.ApiGatewayQueryFailed",
        "FailedOperation.BillingQueryFailed",
        "FailedOperation.BindingTagsFailed",
        "FailedOperation.CAMFailure",
        "FailedOperation.CLSSizeExceed",
        "FailedOperation.CallClusterFail",
        "FailedOperation.CheckBillingWhiteListFailed",
        "FailedOperation.ClsServiceNotActived",
        "FailedOperation.ClusterQueryFailed",
        "FailedOperation.ContextLimitError",
        "FailedOperation.DCCosClientErr",
        "FailedOperation.DCCreateAsyncTaskError",
        "FailedOperation.DCCreateUserCosClientErr",
        "FailedOperation.DCDataAnnotationRpcErr",
        "FailedOperation.DCDatarepoRpcErr",
        "FailedOperation.DCDatasetExceedLimit",
        "FailedOperation.DCDatasetStatusNotReady",
        "FailedOperation.DCGetUserTemporarySecretErr",
        "FailedOperation.DCMarshalDataErr",
        "FailedOperation.DCQueryDatasetContentErr",
        "FailedOperation.DCUnmarshalDataErr",
        "FailedOperation.DCUnsupportedOperation",
        "FailedOperation.DeleteNotebookStorageFailed",
        "FailedOperation.DuplicateName",
        "FailedOperation.DuplicateNameTaskIsCreating",
        "FailedOperation.ExecDatabaseFail",
        "FailedOperation.ExecTagFail",
        "FailedOperation.FreezeBillFailed",
        "FailedOperation.InsufficientWhitelistQuota",
        "FailedOperation.InvalidAuthToken",
        "FailedOperation.InvalidUserType",
        "FailedOperation.KmsKeyNotOpen",
        "FailedOperation.ModifyBillingInstanceBatchFailed",
        "FailedOperation.ModifyResourceBillingTagsFailed",
        "FailedOperation.MoveModelDirFailed",
        "FailedOperation.NoFreeBucket",
        "FailedOperation.NoPermission",
        "FailedOperation.NotAllow",
        "FailedOperation.PodIpNotFound",
        "FailedOperation.Processing",
        "FailedOperation.QueryBindingTagsFailed",
        "FailedOperation.QueryDatabaseFail",
        "FailedOperation.QueryPriceFailed",
        "FailedOperation.QueryResourceGroupNamesFailed",
        "FailedOperation.QueryResourceSpecFailed",
        "FailedOperation.QuerySpecsFailed",
        "FailedOperation.QueryTagFail",
        "FailedOperation.RecordNotFound",
        "FailedOperation.ReleaseSSHPortFailed",
        "FailedOperation.RepoBindByInstance",
        "FailedOperation.ServerRoomQueryFailed",
        "FailedOperation.StopJobInstanceFailed",
        "FailedOperation.StsQueryFailed",
        "FailedOperation.Timedout",
        "FailedOperation.UnBindingTagsFailed",
        "FailedOperation.UnSubmitNotAllowToStop",
        "FailedOperation.UnauthorizedOperation",
        "FailedOperation.UnfreezeBillFailed",
        "FailedOperation.UnknownInstanceType",
        "FailedOperation.UnmarshalData",
        "InternalError",
        "InternalError.BindingTagsFailed",
        "InternalError.CFSNotFound",
        "InternalError.CheckFSPathAccessibilityFailed",
        "InternalError.CreateCustomSecretFailed",
        "InternalError.CreateJobInstanceFailed",
        "InternalError.CreateTcrInstanceTokenFailed",
        "InternalError.DeleteCustomSecretFailed",
        "InternalError.DescribeCustomSecretFailed",
        "InternalError.DescribeSubuinDependencyAccessibilityFailed",
        "InternalError.GetCFSFileSystemsFailed",
        "InternalError.GetCFSMountInfoFailed",
        "InternalError.ModifyCustomSecretFailed",
        "InternalError.NoPermission",
        "InternalError.NotAllow",
        "InternalError.QueryBindingTagsFailed",
        "InternalError.QueryHDFSInfoFailed",
        "InternalError.QueryPriceFailed",
        "InternalError.QueryResourceGroupFailed",
        "InternalError.QueryResourceGroupNamesFailed",
        "InternalError.QueryResourceSpecFailed",
        "InternalError.QuerySubnetInfoFailed",
        "InternalError.QueryUserTMPCredentialFailed",
        "InternalError.QueryVPCInfoFailed",
        "InternalError.StopJobInstanceFailed",
        "InternalError.UnSubmittedStatusNotAllowStop",
        "InternalError.ValidateCreateTaskFailed",
        "InvalidParameter",
        "InvalidParameter.FilterKeyStatusConflictWithChargeStatus",
        "InvalidParameter.ModelFileInvalid",
        "InvalidParameter.ModelIsOffline",
        "InvalidParameter.TgwInvalidInterface",
        "InvalidParameter.UnsupportedMultiLocalDisk",
        "InvalidParameter.ValidateError",
        "InvalidParameterValue",
        "InvalidParameterValue.AIMarketOutputConfigEmpty",
        "InvalidParameterValue.AIMarketPublicAlgoVersionNotExist",
        "InvalidParameterValue.BackOffLimitIllegal",
        "InvalidParameterValue.BackOffLimitNotSupport",
        "InvalidParameterValue.BadName",
        "InvalidParameterValue.CcnHasNoAttachedVpc",
        "InvalidParameterValue.CfsPathCollision",
        "InvalidParameterValue.ClsConfigRequired",
        "InvalidParameterValue.CodeRepoDuplicated",
        "InvalidParameterValue.CodeRepoNotFound",
        "InvalidParameterValue.CosPathNotExist",
        "InvalidParameterValue.DCAnnotationType",
        "InvalidParameterValue.DCCosPathInfo",
        "InvalidParameterValue.DCDatasetAnnotationNotMatch",
        "InvalidParameterValue.DCDatasetIdNotExist",
        "InvalidParameterValue.DCDatasetNameExist",
        "InvalidParameterValue.DCDatasetType",
        "InvalidParameterValue.DCFilterValues",
        "InvalidParameterValue.DataConfigNumLimitExceeded",
        "InvalidParameterValue.DatasetNotExist",
        "InvalidParameterValue.DatasetNumLimitExceeded",
        "InvalidParameterValue.DuplicateName",
        "InvalidParameterValue.FSPathInaccessible",
        "InvalidParameterValue.FrameworkVersionNotSupport",
        "InvalidParameterValue.GetCFSMountIPFailed",
        "InvalidParameterValue.GetGooseFSFailed",
        "InvalidParameterValue.GooseFSConfigCannotEmpty",
        "InvalidParameterValue.GooseFSNotExist",
        "InvalidParameterValue.ImageAddressIllegal",
        "InvalidParameterValue.ImageIllegal",
        "InvalidParameterValue.ImageNotFound",
        "InvalidParameterValue.InvalidFilter",
        "InvalidParameterValue.InvalidImageName",
        "InvalidParameterValue.InvalidResourceSpec",
        "InvalidParameterValue.LifecycleNotFound",
        "InvalidParameterValue.LimitExceeded",
        "InvalidParameterValue.NotAllow",
        "InvalidParameterValue.NotAllowedToCreateFreeVolumeNotebookWithBareMetalResourceGroup",
        "InvalidParameterValue.NotAllowedToCreateFreeVolumeNotebookWithSWResourceGroup",
        "InvalidParameterValue.NotAllowedToCreateNotebookWithBareMetalResourceGroup",
        "InvalidParameterValue.PageLimitExceeded",
        "InvalidParameterValue.ParamLengthExceedLimit",
        "InvalidParameterValue.PathIllegal",
        "InvalidParameterValue.QueryVPCInfoFailed",
        "InvalidParameterValue.RDMAConfigIllegal",
        "InvalidParameterValue.ResourceConfigIllegal",
        "InvalidParameterValue.SubnetNotFound",
        "InvalidParameterValue.TAIJIResourceConfigIllegal",
        "InvalidParameterValue.TopicNotFound",
        "InvalidParameterValue.UnsupportedDataConfig",
        "InvalidParameterValue.UnsupportedGooseFSConfig",
        "InvalidParameterValue.UnsupportedMultiCBSStorage",
        "InvalidParameterValue.VolumeShrinkNotAllow",
        "LimitExceeded",
        "MissingParameter",
        "OperationDenied",
        "OperationDenied.BalanceInsufficient",
        "OperationDenied.BillingException",
        "OperationDenied.BillingStatusNotSupportWhitelistGPUType",
        "OperationDenied.BillingStatusResourceInsufficient",
        "OperationDenied.ForbidModifyVpcAndSubnet",
        "OperationDenied.IpIllegal",
        "OperationDenied.MIYINGBalanceInsufficient",
        "OperationDenied.NetworkCidrIllegal",
        "OperationDenied.NotAllow",
        "OperationDenied.NotSupportCustomResource",
        "OperationDenied.ResourceGroupInsufficient",
        "OperationDenied.SubnetIllegal",
        "OperationDenied.TAIJIApplicationGroupInsufficient",
        "OperationDenied.UnauthorizedOperation",
        "OperationDenied.WhitelistQuotaExceed",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceInsufficient.QuotaInsufficient",
        "ResourceInsufficient.SSHPortIsConsumedUp",
        "ResourceNotFound",
        "ResourceNotFound.CfsNotFound",
        "ResourceNotFound.NoModel",
        "ResourceNotFound.ResourceGroupNotFound",
        "ResourceNotFound.VPCNotFound",
        "ResourceUnavailable",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnauthorizedOperation.NoPermission",
        "UnknownParameter",
        "UnsupportedOperation",
    ];
    static NAME_CODES: [u32; 47] = [
        8, 9, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 53, 67, 68, 75, 76, 81, 87,
        88, 100, 101, 111, 112, 113, 114, 115, 116, 117, 122, 124, 125, 126, 127, 138,
        143, 144, 147, 150, 151, 158, 162, 168, 174, 179,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationCamFailureFailedOperationClsSizeExceedFailedOperationDcCosClientErrFailedOperationDcCreateAsyncTaskErrorFailedOperationDcCreateUserCosClientErrFailedOperationDcDataAnnotationRpcErrFailedOperationDcDatarepoRpcErrFailedOperationDcDatasetExceedLimitFailedOperationDcDatasetStatusNotReadyFailedOperationDcGetUserTemporarySecretErrFailedOperationDcMarshalDataErrFailedOperationDcQueryDatasetContentErrFailedOperationDcUnmarshalDataErrFailedOperationDcUnsupportedOperationFailedOperationReleaseSshPortFailedInternalErrorCfsNotFoundInternalErrorCheckFsPathAccessibilityFailedInternalErrorGetCfsFileSystemsFailedInternalErrorGetCfsMountInfoFailedInternalErrorQueryHdfsInfoFailedInternalErrorQueryUserTmpCredentialFailedInternalErrorQueryVpcInfoFailedInvalidParameterValueAiMarketOutputConfigEmptyInvalidParameterValueAiMarketPublicAlgoVersionNotExistInvalidParameterValueDcAnnotationTypeInvalidParameterValueDcCosPathInfoInvalidParameterValueDcDatasetAnnotationNotMatchInvalidParameterValueDcDatasetIdNotExistInvalidParameterValueDcDatasetNameExistInvalidParameterValueDcDatasetTypeInvalidParameterValueDcFilterValuesInvalidParameterValueFsPathInaccessibleInvalidParameterValueGetCfsMountIpFailedInvalidParameterValueGetGooseFsFailedInvalidParameterValueGooseFsConfigCannotEmptyInvalidParameterValueGooseFsNotExistInvalidParameterValueNotAllowedToCreateFreeVolumeNotebookWithSwResourceGroupInvalidParameterValueQueryVpcInfoFailedInvalidParameterValueRdmaConfigIllegalInvalidParameterValueTaijiResourceConfigIllegalInvalidParameterValueUnsupportedGooseFsConfigInvalidParameterValueUnsupportedMultiCbsStorageOperationDeniedBillingStatusNotSupportWhitelistGpuTypeOperationDeniedMiyingBalanceInsufficientOperationDeniedTaijiApplicationGroupInsufficientResourceInsufficientSshPortIsConsumedUpResourceNotFoundVpcNotFound",
        ends: &[
            0, 25, 53, 82, 119, 158, 195, 226, 261, 299, 341, 372, 411, 444, 481, 516,
            540, 583, 619, 653, 685, 726, 757, 803, 857, 894, 928, 976, 1016, 1055, 1089,
            1124, 1163, 1203, 1240, 1285, 1321, 1397, 1436, 1474, 1521, 1566, 1613, 1667,
            1707, 1755, 1794, 1821,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: cam exception.Authentication failed: no permission.Authentication failed: unauthorized operation.The operation failed.The operation failed: api gateway query failed.The operation failed: billing query failed.The operation failed: binding tags failed.The operation failed: CAM failure.The operation failed: CLS size exceed.The operation failed: call cluster fail.The operation failed: check billing white list failed.The operation failed: cls service not actived.The operation failed: cluster query failed.The operation failed: context limit error.The operation failed: DC cos client err.The operation failed: DC create async task error.The operation failed: DC create user cos client err.The operation failed: DC data annotation rpc err.The operation failed: DC datarepo rpc err.The operation failed: DC dataset exceed limit.The operation failed: DC dataset status not ready.The operation failed: DC get user temporary secret err.The operation failed: DC marshal data err.The operation failed: DC query dataset content err.The operation failed: DC unmarshal data err.The operation failed: DC unsupported operation.The operation failed: delete notebook storage failed.The operation failed: duplicate name.The operation failed: duplicate name task is creating.The operation failed: exec database fail.The operation failed: exec tag fail.The operation failed: freeze bill failed.The operation failed: insufficient whitelist quota.The operation failed: invalid auth token.The operation failed: invalid user type.The operation failed: kms key not open.The operation failed: modify billing instance batch failed.The operation failed: modify resource billing tags failed.The operation failed: move model dir failed.The operation failed: no free bucket.The operation failed: no permission.The operation failed: not allow.The operation failed: pod ip not found.The operation failed: processing.The operation failed: query binding tags failed.The operation failed: query database fail.The operation failed: query price failed.The operation failed: query resource group names failed.The operation failed: query resource spec failed.The operation failed: query specs failed.The operation failed: query tag fail.The operation failed: record not found.The operation failed: release SSH port failed.The operation failed: repo bind by instance.The operation failed: server room query failed.The operation failed: stop job instance failed.The operation failed: sts query failed.The operation failed: timedout.The operation failed: un binding tags failed.The operation failed: un submit not allow to stop.The operation failed: unauthorized operation.The operation failed: unfreeze bill failed.The operation failed: unknown instance type.The operation failed: unmarshal data.An internal error occurred.An internal error occurred: binding tags failed.An internal error occurred: CFS not found.An internal error occurred: check FS path accessibility failed.An internal error occurred: create custom secret failed.An internal error occurred: create job instance failed.An internal error occurred: create tcr instance token failed.An internal error occurred: delete custom secret failed.An internal error occurred: describe custom secret failed.An internal error occurred: describe subuin dependency accessibility failed.An internal error occurred: get CFS file systems failed.An internal error occurred: get CFS mount info failed.An internal error occurred: modify custom secret failed.An internal error occurred: no permission.An internal error occurred: not allow.An internal error occurred: query binding tags failed.An internal error occurred: query HDFS info failed.An internal error occurred: query price failed.An internal error occurred: query resource group failed.An internal error occurred: query resource group names failed.An internal error occurred: query resource spec failed.An internal error occurred: query subnet info failed.An internal error occurred: query user TMP credential failed.An internal error occurred: query VPC info failed.An internal error occurred: stop job instance failed.An internal error occurred: un submitted status not allow stop.An internal error occurred: validate create task failed.A parameter is invalid.A parameter is invalid: filter key status conflict with charge status.A parameter is invalid: model file invalid.A parameter is invalid: model is offline.A parameter is invalid: tgw invalid interface.A parameter is invalid: unsupported multi local disk.A parameter is invalid: validate error.A parameter value is invalid.A parameter value is invalid: AI market output config empty.A parameter value is invalid: AI market public algo version not exist.A parameter value is invalid: back off limit illegal.A parameter value is invalid: back off limit not support.A parameter value is invalid: bad name.A parameter value is invalid: ccn has no attached vpc.A parameter value is invalid: cfs path collision.A parameter value is invalid: cls config required.A parameter value is invalid: code repo duplicated.A parameter value is invalid: code repo not found.A parameter value is invalid: cos path not exist.A parameter value is invalid: DC annotation type.A parameter value is invalid: DC cos path info.A parameter value is invalid: DC dataset annotation not match.A parameter value is invalid: DC dataset id not exist.A parameter value is invalid: DC dataset name exist.A parameter value is invalid: DC dataset type.A parameter value is invalid: DC filter values.A parameter value is invalid: data config num limit exceeded.A parameter value is invalid: dataset not exist.A parameter value is invalid: dataset num limit exceeded.A parameter value is invalid: duplicate name.A parameter value is invalid: FS path inaccessible.A parameter value is invalid: framework version not support.A parameter value is invalid: get CFS mount IP failed.A parameter value is invalid: get goose FS failed.A parameter value is invalid: goose FS config cannot empty.A parameter value is invalid: goose FS not exist.A parameter value is invalid: image address illegal.A parameter value is invalid: image illegal.A parameter value is invalid: image not found.A parameter value is invalid: invalid filter.A parameter value is invalid: invalid image name.A parameter value is invalid: invalid resource spec.A parameter value is invalid: lifecycle not found.A parameter value is invalid: limit exceeded.A parameter value is invalid: not allow.A parameter value is invalid: not allowed to create free volume notebook with bare metal resource group.A parameter value is invalid: not allowed to create free volume notebook with SW resource group.A parameter value is invalid: not allowed to create notebook with bare metal resource group.A parameter value is invalid: page limit exceeded.A parameter value is invalid: param length exceed limit.A parameter value is invalid: path illegal.A parameter value is invalid: query VPC info failed.A parameter value is invalid: RDMA config illegal.A parameter value is invalid: resource config illegal.A parameter value is invalid: subnet not found.A parameter value is invalid: TAIJI resource config illegal.A parameter value is invalid: topic not found.A parameter value is invalid: unsupported data config.A parameter value is invalid: unsupported goose FS config.A parameter value is invalid: unsupported multi CBS storage.A parameter value is invalid: volume shrink not allow.A limit was exceeded.A required parameter is missing.The operation was denied.The operation was denied: balance insufficient.The operation was denied: billing exception.The operation was denied: billing status not support whitelist GPU type.The operation was denied: billing status resource insufficient.The operation was denied: forbid modify vpc and subnet.The operation was denied: ip illegal.The operation was denied: MIYING balance insufficient.The operation was denied: network cidr illegal.The operation was denied: not allow.The operation was denied: not support custom resource.The operation was denied: resource group insufficient.The operation was denied: subnet illegal.The operation was denied: TAIJI application group insufficient.The operation was denied: unauthorized operation.The operation was denied: whitelist quota exceed.The resource is in use.Resources are insufficient.Resources are insufficient: quota insufficient.Resources are insufficient: SSH port is consumed up.The resource was not found.The resource was not found: cfs not found.The resource was not found: no model.The resource was not found: resource group not found.The resource was not found: VPC not found.The resource is unavailable.The resources are sold out.The operation is not authorized.The operation is not authorized: no permission.An unknown parameter was given.The operation is not supported.",
        ends: &[
            0, 22, 59, 96, 142, 163, 210, 253, 295, 329, 367, 407, 461, 507, 550, 592,
            632, 681, 733, 782, 824, 870, 920, 975, 1017, 1068, 1112, 1159, 1212, 1249,
            1303, 1344, 1380, 1421, 1472, 1513, 1553, 1592, 1651, 1709, 1753, 1790, 1826,
            1858, 1897, 1930, 1978, 2020, 2061, 2117, 2166, 2207, 2244, 2283, 2329, 2373,
            2420, 2467, 2506, 2537, 2582, 2632, 2677, 2720, 2764, 2801, 2828, 2876, 2918,
            2981, 3037, 3092, 3153, 3209, 3267, 3343, 3399, 3453, 3509, 3551, 3589, 3643,
            3694, 3741, 3797, 3859, 3914, 3967, 4028, 4078, 4131, 4194, 4250, 4273, 4343,
            4386, 4427, 4473, 4526, 4565, 4594, 4654, 4724, 4777, 4834, 4873, 4927, 4976,
            5026, 5077, 5127, 5176, 5225, 5272, 5334, 5388, 5440, 5486, 5533, 5594, 5642,
            5699, 5744, 5795, 5855, 5909, 5959, 6018, 6067, 6119, 6163, 6209, 6254, 6303,
            6355, 6405, 6450, 6490, 6594, 6690, 6782, 6832, 6888, 6931, 6983, 7033, 7087,
            7134, 7194, 7240, 7294, 7352, 7412, 7466, 7487, 7519, 7544, 7591, 7635, 7707,
            7770, 7825, 7862, 7916, 7963, 7999, 8053, 8107, 8148, 8211, 8260, 8309, 8332,
            8359, 8406, 8458, 8485, 8527, 8564, 8617, 8659, 8687, 8714, 8746, 8793, 8824,
            8855,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 186] = ::cloud_errors::__private::retry_column(
        b"acccaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccccccccccccccccbcccaaaaaccccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 186] = ::cloud_errors::__private::category_column(
        b"bpppiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimmmmmmmmmmmmmmmmmmmmmmmmmmmccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccchcggggggggggggggggjhhheeeeeihggcl",
    );
    static PILOTS: [u16; 47] = [
        23, 18, 18, 38, 0, 3, 17, 20, 108, 3, 0, 13, 18, 21, 4, 63, 2, 3, 4, 3, 22, 49,
        8, 6, 5, 63, 16, 1, 71, 13, 194, 6, 8, 9, 31, 19, 18, 9, 1, 0, 4, 4, 11, 42, 16,
        25, 69,
    ];
    static SLOTS: [(&str, u32); 206] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            177, 113, 98, 91, 138, 102, 16, 117, 85, 4294967295, 109, 95, 4294967295,
            154, 66, 27, 36, 9, 88, 51, 142, 112, 42, 97, 176, 54, 71, 183, 165, 83, 12,
            2, 116, 4294967295, 131, 76, 31, 61, 4294967295, 4294967295, 119, 4294967295,
            160, 153, 128, 4294967295, 92, 53, 170, 59, 150, 49, 86, 62, 4294967295, 110,
            179, 1, 39, 132, 32, 4294967295, 107, 145, 4294967295, 135, 48, 173, 80, 167,
            180, 4294967295, 124, 157, 4294967295, 63, 137, 122, 129, 70, 3, 185, 125,
            44, 127, 90, 93, 15, 169, 171, 4294967295, 73, 136, 159, 108, 58, 151, 126,
            65, 4294967295, 139, 20, 89, 47, 134, 69, 168, 56, 35, 104, 120, 118, 143,
            174, 21, 14, 84, 4294967295, 178, 7, 57, 163, 50, 19, 34, 68, 23, 46, 184,
            82, 166, 33, 13, 146, 164, 105, 29, 130, 147, 162, 140, 6, 40, 96, 8, 115,
            72, 55, 11, 111, 158, 4294967295, 52, 149, 182, 148, 24, 144, 121, 181, 26,
            64, 25, 37, 4294967295, 141, 100, 45, 41, 18, 99, 67, 103, 123, 4294967295,
            5, 81, 0, 87, 28, 77, 38, 10, 152, 22, 106, 101, 4, 30, 4294967295, 74, 156,
            43, 175, 78, 60, 133, 161, 75, 172, 94, 4294967295, 155, 114, 79, 17,
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
    const PROVIDER: &'static str = "Tencent Cloud TIONE v20211111";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TIONE v20211111's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TIONE v20211111: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
