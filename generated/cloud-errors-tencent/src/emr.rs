// @generated from catalogs/tencent/emr.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud EMR: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud EMR: a variant per documented code,
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
    /// `FailedOperation.CheckIfSupportPodStretch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: check if support pod stretch.
    FailedOperationCheckIfSupportPodStretch,
    /// `FailedOperation.DBException`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DB exception.
    FailedOperationDbException,
    /// `FailedOperation.DescribeResourceTagsFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe resource tags failed.
    FailedOperationDescribeResourceTagsFailed,
    /// `FailedOperation.DuplicateOrderNotAllowed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: duplicate order not allowed.
    FailedOperationDuplicateOrderNotAllowed,
    /// `FailedOperation.GetCamRoleFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get cam role failed.
    FailedOperationGetCamRoleFailed,
    /// `FailedOperation.GetCamServerFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get cam server failed.
    FailedOperationGetCamServerFailed,
    /// `FailedOperation.GetCvmConfigQuotaFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get cvm config quota failed.
    FailedOperationGetCvmConfigQuotaFailed,
    /// `FailedOperation.GetCvmServerFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get cvm server failed.
    FailedOperationGetCvmServerFailed,
    /// `FailedOperation.GetTradeServerFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get trade server failed.
    FailedOperationGetTradeServerFailed,
    /// `FailedOperation.InsufficientAccountBalance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: insufficient account balance.
    FailedOperationInsufficientAccountBalance,
    /// `FailedOperation.MoreStrategyNotAllowed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: more strategy not allowed.
    FailedOperationMoreStrategyNotAllowed,
    /// `FailedOperation.NamespaceHasUserCustomPods`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: namespace has user custom pods.
    FailedOperationNamespaceHasUserCustomPods,
    /// `FailedOperation.NotAuthenticated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not authenticated.
    FailedOperationNotAuthenticated,
    /// `FailedOperation.NotSupportPod`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not support pod.
    FailedOperationNotSupportPod,
    /// `FailedOperation.RefundCvmFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: refund cvm failed.
    FailedOperationRefundCvmFailed,
    /// `FailedOperation.SpecDeleteDenyForAutoScaleStrategies`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: spec delete deny for auto scale strategies.
    FailedOperationSpecDeleteDenyForAutoScaleStrategies,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.AccountCgwError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: account cgw error.
    InternalErrorAccountCgwError,
    /// `InternalError.CamCgwError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cam cgw error.
    InternalErrorCamCgwError,
    /// `InternalError.CamError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cam error.
    InternalErrorCamError,
    /// `InternalError.CbsCgwError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cbs cgw error.
    InternalErrorCbsCgwError,
    /// `InternalError.CbsError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cbs error.
    InternalErrorCbsError,
    /// `InternalError.CdbCgwError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cdb cgw error.
    InternalErrorCdbCgwError,
    /// `InternalError.CdbError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cdb error.
    InternalErrorCdbError,
    /// `InternalError.CheckQuotaErr`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: check quota err.
    InternalErrorCheckQuotaErr,
    /// `InternalError.ConfigCgwError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: config cgw error.
    InternalErrorConfigCgwError,
    /// `InternalError.CvmError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cvm error.
    InternalErrorCvmError,
    /// `InternalError.DBQueryException`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB query exception.
    InternalErrorDbQueryException,
    /// `InternalError.DoOpenTSDBRequestException`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: do open TSDB request exception.
    InternalErrorDoOpenTsdbRequestException,
    /// `InternalError.EKSError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: EKS error.
    InternalErrorEksError,
    /// `InternalError.KmsError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: kms error.
    InternalErrorKmsError,
    /// `InternalError.OpenTSDBHttpReturnCodeNotOK`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: open TSDB http return code not OK.
    InternalErrorOpenTsdbHttpReturnCodeNotOk,
    /// `InternalError.ProjectCgwError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: project cgw error.
    InternalErrorProjectCgwError,
    /// `InternalError.SgError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: sg error.
    InternalErrorSgError,
    /// `InternalError.TKEError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: TKE error.
    InternalErrorTkeError,
    /// `InternalError.TagError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: tag error.
    InternalErrorTagError,
    /// `InternalError.TradeCgwError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: trade cgw error.
    InternalErrorTradeCgwError,
    /// `InternalError.VpcCgwError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: vpc cgw error.
    InternalErrorVpcCgwError,
    /// `InternalError.VpcError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: vpc error.
    InternalErrorVpcError,
    /// `InternalError.WoodServerError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: wood server error.
    InternalErrorWoodServerError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.AppIdResourceNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: app id resource not match.
    InvalidParameterAppIdResourceNotMatch,
    /// `InvalidParameter.CpuType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cpu type.
    InvalidParameterCpuType,
    /// `InvalidParameter.DisplayStrategyNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: display strategy not match.
    InvalidParameterDisplayStrategyNotMatch,
    /// `InvalidParameter.HALessMasterCount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: HA less master count.
    InvalidParameterHaLessMasterCount,
    /// `InvalidParameter.ImpalaQueryException`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: impala query exception.
    InvalidParameterImpalaQueryException,
    /// `InvalidParameter.IncorrectCommonCount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: incorrect common count.
    InvalidParameterIncorrectCommonCount,
    /// `InvalidParameter.IncorrectMasterCount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: incorrect master count.
    InvalidParameterIncorrectMasterCount,
    /// `InvalidParameter.InvalidAllNodeResourceSpec`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid all node resource spec.
    InvalidParameterInvalidAllNodeResourceSpec,
    /// `InvalidParameter.InvalidAppId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid app id.
    InvalidParameterInvalidAppId,
    /// `InvalidParameter.InvalidAutoRenew`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid auto renew.
    InvalidParameterInvalidAutoRenew,
    /// `InvalidParameter.InvalidBootstrapAction`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid bootstrap action.
    InvalidParameterInvalidBootstrapAction,
    /// `InvalidParameter.InvalidCLBServerVpcSetting`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid CLB server vpc setting.
    InvalidParameterInvalidClbServerVpcSetting,
    /// `InvalidParameter.InvalidClassification`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid classification.
    InvalidParameterInvalidClassification,
    /// `InvalidParameter.InvalidClickHouseCluster`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid click house cluster.
    InvalidParameterInvalidClickHouseCluster,
    /// `InvalidParameter.InvalidClientToken`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid client token.
    InvalidParameterInvalidClientToken,
    /// `InvalidParameter.InvalidClusterId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid cluster id.
    InvalidParameterInvalidClusterId,
    /// `InvalidParameter.InvalidCommonDiskType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid common disk type.
    InvalidParameterInvalidCommonDiskType,
    /// `InvalidParameter.InvalidCompareMethod`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid compare method.
    InvalidParameterInvalidCompareMethod,
    /// `InvalidParameter.InvalidComponent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid component.
    InvalidParameterInvalidComponent,
    /// `InvalidParameter.InvalidConditionNum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid condition num.
    InvalidParameterInvalidConditionNum,
    /// `InvalidParameter.InvalidConfigType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid config type.
    InvalidParameterInvalidConfigType,
    /// `InvalidParameter.InvalidCoreCount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid core count.
    InvalidParameterInvalidCoreCount,
    /// `InvalidParameter.InvalidCoreDiskType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid core disk type.
    InvalidParameterInvalidCoreDiskType,
    /// `InvalidParameter.InvalidCosBucket`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid cos bucket.
    InvalidParameterInvalidCosBucket,
    /// `InvalidParameter.InvalidCosFileURI`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid cos file URI.
    InvalidParameterInvalidCosFileUri,
    /// `InvalidParameter.InvalidCount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid count.
    InvalidParameterInvalidCount,
    /// `InvalidParameter.InvalidCountNum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid count num.
    InvalidParameterInvalidCountNum,
    /// `InvalidParameter.InvalidCustomizedPodParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid customized pod param.
    InvalidParameterInvalidCustomizedPodParam,
    /// `InvalidParameter.InvalidDependServiceAndEnableKerberosConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid depend service and enable kerberos conflict.
    InvalidParameterInvalidDependServiceAndEnableKerberosConflict,
    /// `InvalidParameter.InvalidDiskNum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid disk num.
    InvalidParameterInvalidDiskNum,
    /// `InvalidParameter.InvalidDiskSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid disk size.
    InvalidParameterInvalidDiskSize,
    /// `InvalidParameter.InvalidDiskType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid disk type.
    InvalidParameterInvalidDiskType,
    /// `InvalidParameter.InvalidDownloadObj`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid download obj.
    InvalidParameterInvalidDownloadObj,
    /// `InvalidParameter.InvalidDynamicInstanceType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid dynamic instance type.
    InvalidParameterInvalidDynamicInstanceType,
    /// `InvalidParameter.InvalidEksInstance`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid eks instance.
    InvalidParameterInvalidEksInstance,
    /// `InvalidParameter.InvalidExportConfContexts`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid export conf contexts.
    InvalidParameterInvalidExportConfContexts,
    /// `InvalidParameter.InvalidExtendField`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid extend field.
    InvalidParameterInvalidExtendField,
    /// `InvalidParameter.InvalidExtendNameService`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid extend name service.
    InvalidParameterInvalidExtendNameService,
    /// `InvalidParameter.InvalidExternalServiceVpcId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid external service vpc id.
    InvalidParameterInvalidExternalServiceVpcId,
    /// `InvalidParameter.InvalidFailurePolicy`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid failure policy.
    InvalidParameterInvalidFailurePolicy,
    /// `InvalidParameter.InvalidFilePath`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid file path.
    InvalidParameterInvalidFilePath,
    /// `InvalidParameter.InvalidFilterKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid filter key.
    InvalidParameterInvalidFilterKey,
    /// `InvalidParameter.InvalidInstance`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid instance.
    InvalidParameterInvalidInstance,
    /// `InvalidParameter.InvalidInstanceChargeType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid instance charge type.
    InvalidParameterInvalidInstanceChargeType,
    /// `InvalidParameter.InvalidInstanceName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid instance name.
    InvalidParameterInvalidInstanceName,
    /// `InvalidParameter.InvalidInstancePolicy`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid instance policy.
    InvalidParameterInvalidInstancePolicy,
    /// `InvalidParameter.InvalidInstanceType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid instance type.
    InvalidParameterInvalidInstanceType,
    /// `InvalidParameter.InvalidIpList`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid ip list.
    InvalidParameterInvalidIpList,
    /// `InvalidParameter.InvalidJobFlow`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid job flow.
    InvalidParameterInvalidJobFlow,
    /// `InvalidParameter.InvalidJobType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid job type.
    InvalidParameterInvalidJobType,
    /// `InvalidParameter.InvalidLoadBalancer`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid load balancer.
    InvalidParameterInvalidLoadBalancer,
    /// `InvalidParameter.InvalidLoginSetting`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid login setting.
    InvalidParameterInvalidLoginSetting,
    /// `InvalidParameter.InvalidMasterDiskType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid master disk type.
    InvalidParameterInvalidMasterDiskType,
    /// `InvalidParameter.InvalidMetaDataJdbcUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid meta data jdbc url.
    InvalidParameterInvalidMetaDataJdbcUrl,
    /// `InvalidParameter.InvalidMetaInstanceId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid meta instance id.
    InvalidParameterInvalidMetaInstanceId,
    /// `InvalidParameter.InvalidMetaType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid meta type.
    InvalidParameterInvalidMetaType,
    /// `InvalidParameter.InvalidModifySpec`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid modify spec.
    InvalidParameterInvalidModifySpec,
    /// `InvalidParameter.InvalidNodeCount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid node count.
    InvalidParameterInvalidNodeCount,
    /// `InvalidParameter.InvalidNodeFlag`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid node flag.
    InvalidParameterInvalidNodeFlag,
    /// `InvalidParameter.InvalidNodeType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid node type.
    InvalidParameterInvalidNodeType,
    /// `InvalidParameter.InvalidParamterInvalidSoftInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid paramter invalid soft info.
    InvalidParameterInvalidParamterInvalidSoftInfo,
    /// `InvalidParameter.InvalidPassword`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid password.
    InvalidParameterInvalidPassword,
    /// `InvalidParameter.InvalidPaymode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid paymode.
    InvalidParameterInvalidPaymode,
    /// `InvalidParameter.InvalidPodNum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid pod num.
    InvalidParameterInvalidPodNum,
    /// `InvalidParameter.InvalidPreExecutedFile`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid pre executed file.
    InvalidParameterInvalidPreExecutedFile,
    /// `InvalidParameter.InvalidProcessMethod`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid process method.
    InvalidParameterInvalidProcessMethod,
    /// `InvalidParameter.InvalidProduct`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid product.
    InvalidParameterInvalidProduct,
    /// `InvalidParameter.InvalidProductId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid product id.
    InvalidParameterInvalidProductId,
    /// `InvalidParameter.InvalidProductVersion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid product version.
    InvalidParameterInvalidProductVersion,
    /// `InvalidParameter.InvalidProjectId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid project id.
    InvalidParameterInvalidProjectId,
    /// `InvalidParameter.InvalidRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid region.
    InvalidParameterInvalidRegion,
    /// `InvalidParameter.InvalidRenewFlag`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid renew flag.
    InvalidParameterInvalidRenewFlag,
    /// `InvalidParameter.InvalidResType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid res type.
    InvalidParameterInvalidResType,
    /// `InvalidParameter.InvalidResourceId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid resource id.
    InvalidParameterInvalidResourceId,
    /// `InvalidParameter.InvalidResourceIds`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid resource ids.
    InvalidParameterInvalidResourceIds,
    /// `InvalidParameter.InvalidResourceSpec`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid resource spec.
    InvalidParameterInvalidResourceSpec,
    /// `InvalidParameter.InvalidRouterCount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid router count.
    InvalidParameterInvalidRouterCount,
    /// `InvalidParameter.InvalidScaleAction`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid scale action.
    InvalidParameterInvalidScaleAction,
    /// `InvalidParameter.InvalidScriptBootstrapActionConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid script bootstrap action config.
    InvalidParameterInvalidScriptBootstrapActionConfig,
    /// `InvalidParameter.InvalidSecuritySupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid security support.
    InvalidParameterInvalidSecuritySupport,
    /// `InvalidParameter.InvalidSercurityGrpupId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid sercurity grpup id.
    InvalidParameterInvalidSercurityGrpupId,
    /// `InvalidParameter.InvalidServiceName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid service name.
    InvalidParameterInvalidServiceName,
    /// `InvalidParameter.InvalidServiceNodeInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid service node info.
    InvalidParameterInvalidServiceNodeInfo,
    /// `InvalidParameter.InvalidServiceType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid service type.
    InvalidParameterInvalidServiceType,
    /// `InvalidParameter.InvalidSoftDeployInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid soft deploy info.
    InvalidParameterInvalidSoftDeployInfo,
    /// `InvalidParameter.InvalidSoftInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid soft info.
    InvalidParameterInvalidSoftInfo,
    /// `InvalidParameter.InvalidSoftWare`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid soft ware.
    InvalidParameterInvalidSoftWare,
    /// `InvalidParameter.InvalidSoftWareName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid soft ware name.
    InvalidParameterInvalidSoftWareName,
    /// `InvalidParameter.InvalidSoftWareVersion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid soft ware version.
    InvalidParameterInvalidSoftWareVersion,
    /// `InvalidParameter.InvalidStartTimeOrEndTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid start time or end time.
    InvalidParameterInvalidStartTimeOrEndTime,
    /// `InvalidParameter.InvalidStatisticPeriodOrTriggerThreshold`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid statistic period or trigger threshold.
    InvalidParameterInvalidStatisticPeriodOrTriggerThreshold,
    /// `InvalidParameter.InvalidStrategy`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid strategy.
    InvalidParameterInvalidStrategy,
    /// `InvalidParameter.InvalidStrategyPriority`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid strategy priority.
    InvalidParameterInvalidStrategyPriority,
    /// `InvalidParameter.InvalidStrategySpec`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid strategy spec.
    InvalidParameterInvalidStrategySpec,
    /// `InvalidParameter.InvalidStrategyType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid strategy type.
    InvalidParameterInvalidStrategyType,
    /// `InvalidParameter.InvalidSubnetId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid subnet id.
    InvalidParameterInvalidSubnetId,
    /// `InvalidParameter.InvalidSupportHA`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid support HA.
    InvalidParameterInvalidSupportHa,
    /// `InvalidParameter.InvalidTagsGroup`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid tags group.
    InvalidParameterInvalidTagsGroup,
    /// `InvalidParameter.InvalidTaskCount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid task count.
    InvalidParameterInvalidTaskCount,
    /// `InvalidParameter.InvalidTimeLayout`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid time layout.
    InvalidParameterInvalidTimeLayout,
    /// `InvalidParameter.InvalidTimeSpan`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid time span.
    InvalidParameterInvalidTimeSpan,
    /// `InvalidParameter.InvalidTimeUnit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid time unit.
    InvalidParameterInvalidTimeUnit,
    /// `InvalidParameter.InvalidTkeInstance`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid tke instance.
    InvalidParameterInvalidTkeInstance,
    /// `InvalidParameter.InvalidUinNum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid uin num.
    InvalidParameterInvalidUinNum,
    /// `InvalidParameter.InvalidUnifyMeta`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid unify meta.
    InvalidParameterInvalidUnifyMeta,
    /// `InvalidParameter.InvalidVendorType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid vendor type.
    InvalidParameterInvalidVendorType,
    /// `InvalidParameter.InvalidVolumeType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid volume type.
    InvalidParameterInvalidVolumeType,
    /// `InvalidParameter.InvalidVpcId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid vpc id.
    InvalidParameterInvalidVpcId,
    /// `InvalidParameter.InvalidWriteFile`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid write file.
    InvalidParameterInvalidWriteFile,
    /// `InvalidParameter.InvalidZone`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid zone.
    InvalidParameterInvalidZone,
    /// `InvalidParameter.KerberosSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: kerberos support.
    InvalidParameterKerberosSupport,
    /// `InvalidParameter.LessCommonCount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: less common count.
    InvalidParameterLessCommonCount,
    /// `InvalidParameter.LessTaskCount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: less task count.
    InvalidParameterLessTaskCount,
    /// `InvalidParameter.MoreMaxlimitNum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: more maxlimit num.
    InvalidParameterMoreMaxlimitNum,
    /// `InvalidParameter.NotContainMustSelectSoftware`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: not contain must select software.
    InvalidParameterNotContainMustSelectSoftware,
    /// `InvalidParameter.OrderFieldNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: order field not match.
    InvalidParameterOrderFieldNotMatch,
    /// `InvalidParameter.PayModeResourceNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: pay mode resource not match.
    InvalidParameterPayModeResourceNotMatch,
    /// `InvalidParameter.ProjectResourceNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: project resource not match.
    InvalidParameterProjectResourceNotMatch,
    /// `InvalidParameter.RepeatedExecutionTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: repeated execution time.
    InvalidParameterRepeatedExecutionTime,
    /// `InvalidParameter.RepeatedStrategyName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: repeated strategy name.
    InvalidParameterRepeatedStrategyName,
    /// `InvalidParameter.ResourceProviderType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource provider type.
    InvalidParameterResourceProviderType,
    /// `InvalidParameter.RestartServiceUnsupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: restart service unsupported.
    InvalidParameterRestartServiceUnsupported,
    /// `InvalidParameter.SoftwareNotInProducr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: software not in producr.
    InvalidParameterSoftwareNotInProducr,
    /// `InvalidParameter.SoftwareNotInProduct`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: software not in product.
    InvalidParameterSoftwareNotInProduct,
    /// `InvalidParameter.UngrantedPolicy`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: ungranted policy.
    InvalidParameterUngrantedPolicy,
    /// `InvalidParameter.UngrantedRole`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: ungranted role.
    InvalidParameterUngrantedRole,
    /// `InvalidParameter.UnsatisfiedSoftDependecy`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: unsatisfied soft dependecy.
    InvalidParameterUnsatisfiedSoftDependecy,
    /// `InvalidParameter.ZoneResourceNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: zone resource not match.
    InvalidParameterZoneResourceNotMatch,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.InvalidTkeInstance`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid tke instance.
    InvalidParameterValueInvalidTkeInstance,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.BootstrapActionsNumLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: bootstrap actions num limit exceeded.
    LimitExceededBootstrapActionsNumLimitExceeded,
    /// `LimitExceeded.PodCpuLimitExceededAvailableCpu`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: pod cpu limit exceeded available cpu.
    LimitExceededPodCpuLimitExceededAvailableCpu,
    /// `LimitExceeded.PodCpuLimitExceededNodeAvailableCpu`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: pod cpu limit exceeded node available cpu.
    LimitExceededPodCpuLimitExceededNodeAvailableCpu,
    /// `LimitExceeded.PodMemoryLimitExceededAvailableMemory`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: pod memory limit exceeded available memory.
    LimitExceededPodMemoryLimitExceededAvailableMemory,
    /// `LimitExceeded.RequestBacklogExceedsLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: request backlog exceeds limit.
    LimitExceededRequestBacklogExceedsLimit,
    /// `LimitExceeded.SecurityGroupNumLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: security group num limit exceeded.
    LimitExceededSecurityGroupNumLimitExceeded,
    /// `LimitExceeded.UserCountExceedsLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: user count exceeds limit.
    LimitExceededUserCountExceedsLimit,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.MissingCoreResource`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing core resource.
    MissingParameterMissingCoreResource,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceInUse.InstanceInProcess`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: instance in process.
    ResourceInUseInstanceInProcess,
    /// `ResourceInsufficient.DiskInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: disk insufficient.
    ResourceInsufficientDiskInsufficient,
    /// `ResourceInsufficient.InstanceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: instance insufficient.
    ResourceInsufficientInstanceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.CDBInfoNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: CDB info not found.
    ResourceNotFoundCdbInfoNotFound,
    /// `ResourceNotFound.ClusterNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cluster not found.
    ResourceNotFoundClusterNotFound,
    /// `ResourceNotFound.CvmInstanceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cvm instance not found.
    ResourceNotFoundCvmInstanceNotFound,
    /// `ResourceNotFound.HardwareInfoNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: hardware info not found.
    ResourceNotFoundHardwareInfoNotFound,
    /// `ResourceNotFound.InstanceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instance not found.
    ResourceNotFoundInstanceNotFound,
    /// `ResourceNotFound.MetricsMetaNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: metrics meta not found.
    ResourceNotFoundMetricsMetaNotFound,
    /// `ResourceNotFound.OptionalSpecFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: optional spec found.
    ResourceNotFoundOptionalSpecFound,
    /// `ResourceNotFound.ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: resource not found.
    ResourceNotFoundResourceNotFound,
    /// `ResourceNotFound.ServiceConfNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: service conf not found.
    ResourceNotFoundServiceConfNotFound,
    /// `ResourceNotFound.ServiceGroupNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: service group not found.
    ResourceNotFoundServiceGroupNotFound,
    /// `ResourceNotFound.ServiceNodeNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: service node not found.
    ResourceNotFoundServiceNodeNotFound,
    /// `ResourceNotFound.SpecNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: spec not found.
    ResourceNotFoundSpecNotFound,
    /// `ResourceNotFound.StrategyNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: strategy not found.
    ResourceNotFoundStrategyNotFound,
    /// `ResourceNotFound.SubnetNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: subnet not found.
    ResourceNotFoundSubnetNotFound,
    /// `ResourceNotFound.TKEPreconditionNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: TKE precondition not found.
    ResourceNotFoundTkePreconditionNotFound,
    /// `ResourceNotFound.TagsNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: tags not found.
    ResourceNotFoundTagsNotFound,
    /// `ResourceUnavailable.NotSupportClusterType`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not support cluster type.
    ResourceUnavailableNotSupportClusterType,
    /// `ResourceUnavailable.NotSupportNodeType`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not support node type.
    ResourceUnavailableNotSupportNodeType,
    /// `ResourceUnavailable.NotSupportResourceType`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not support resource type.
    ResourceUnavailableNotSupportResourceType,
    /// `ResourceUnavailable.RepeatSpec`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: repeat spec.
    ResourceUnavailableRepeatSpec,
    /// `ResourceUnavailable.ResourceSpecNotDefaultSpec`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: resource spec not default spec.
    ResourceUnavailableResourceSpecNotDefaultSpec,
    /// `ResourceUnavailable.ResourceSpecNotExist`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: resource spec not exist.
    ResourceUnavailableResourceSpecNotExist,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
    /// `ResourcesSoldOut.CbsSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out: cbs sold out.
    ResourcesSoldOutCbsSoldOut,
    /// `ResourcesSoldOut.CvmSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out: cvm sold out.
    ResourcesSoldOutCvmSoldOut,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.AppIdMismatched`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: app id mismatched.
    UnauthorizedOperationAppIdMismatched,
    /// `UnauthorizedOperation.CheckCamAuth`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: check cam auth.
    UnauthorizedOperationCheckCamAuth,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.NotInWhiteList`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not in white list.
    UnsupportedOperationNotInWhiteList,
    /// `UnsupportedOperation.ServiceNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: service not support.
    UnsupportedOperationServiceNotSupport,
    /// `UnsupportedOperation.UnsupportedDiskType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported disk type.
    UnsupportedOperationUnsupportedDiskType,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 222] = [
        "AuthFailure",
        "FailedOperation",
        "FailedOperation.CheckIfSupportPodStretch",
        "FailedOperation.DBException",
        "FailedOperation.DescribeResourceTagsFailed",
        "FailedOperation.DuplicateOrderNotAllowed",
        "FailedOperation.GetCamRoleFailed",
        "FailedOperation.GetCamServerFailed",
        "FailedOperation.GetCvmConfigQuotaFailed",
        "FailedOperation.GetCvmServerFailed",
        "FailedOperation.GetTradeServerFailed",
        "FailedOperation.InsufficientAccountBalance",
        "FailedOperation.MoreStrategyNotAllowed",
        "FailedOperation.NamespaceHasUserCustomPods",
        "FailedOperation.NotAuthenticated",
        "FailedOperation.NotSupportPod",
        "FailedOperation.RefundCvmFailed",
        "FailedOperation.SpecDeleteDenyForAutoScaleStrategies",
        "InternalError",
        "InternalError.AccountCgwError",
        "InternalError.CamCgwError",
        "InternalError.CamError",
        "InternalError.CbsCgwError",
        "InternalError.CbsError",
        "InternalError.CdbCgwError",
        "InternalError.CdbError",
        "InternalError.CheckQuotaErr",
        "InternalError.ConfigCgwError",
        "InternalError.CvmError",
        "InternalError.DBQueryException",
        "InternalError.DoOpenTSDBRequestException",
        "InternalError.EKSError",
        "InternalError.KmsError",
        "InternalError.OpenTSDBHttpReturnCodeNotOK",
        "InternalError.ProjectCgwError",
        "InternalError.SgError",
        "InternalError.TKEError",
        "InternalError.TagError",
        "InternalError.TradeCgwError",
        "InternalError.VpcCgwError",
        "InternalError.VpcError",
        "InternalError.WoodServerError",
        "InvalidParameter",
        "InvalidParameter.AppIdResourceNotMatch",
        "InvalidParameter.CpuType",
        "InvalidParameter.DisplayStrategyNotMatch",
        "InvalidParameter.HALessMasterCount",
        "InvalidParameter.ImpalaQueryException",
        "InvalidParameter.IncorrectCommonCount",
        "InvalidParameter.IncorrectMasterCount",
        "InvalidParameter.InvalidAllNodeResourceSpec",
        "InvalidParameter.InvalidAppId",
        "InvalidParameter.InvalidAutoRenew",
        "InvalidParameter.InvalidBootstrapAction",
        "InvalidParameter.InvalidCLBServerVpcSetting",
        "InvalidParameter.InvalidClassification",
        "InvalidParameter.InvalidClickHouseCluster",
        "InvalidParameter.InvalidClientToken",
        "InvalidParameter.InvalidClusterId",
        "InvalidParameter.InvalidCommonDiskType",
        "InvalidParameter.InvalidCompareMethod",
        "InvalidParameter.InvalidComponent",
        "InvalidParameter.InvalidConditionNum",
        "InvalidParameter.InvalidConfigType",
        "InvalidParameter.InvalidCoreCount",
        "InvalidParameter.InvalidCoreDiskType",
        "InvalidParameter.InvalidCosBucket",
        "InvalidParameter.InvalidCosFileURI",
        "InvalidParameter.InvalidCount",
        "InvalidParameter.InvalidCountNum",
        "InvalidParameter.InvalidCustomizedPodParam",
        "InvalidParameter.InvalidDependServiceAndEnableKerberosConflict",
        "InvalidParameter.InvalidDiskNum",
        "InvalidParameter.InvalidDiskSize",
        "InvalidParameter.InvalidDiskType",
        "InvalidParameter.InvalidDownloadObj",
        "InvalidParameter.InvalidDynamicInstanceType",
        "InvalidParameter.InvalidEksInstance",
        "InvalidParameter.InvalidExportConfContexts",
        "InvalidParameter.InvalidExtendField",
        "InvalidParameter.InvalidExtendNameService",
        "InvalidParameter.InvalidExternalServiceVpcId",
        "InvalidParameter.InvalidFailurePolicy",
        "InvalidParameter.InvalidFilePath",
        "InvalidParameter.InvalidFilterKey",
        "InvalidParameter.InvalidInstance",
        "InvalidParameter.InvalidInstanceChargeType",
        "InvalidParameter.InvalidInstanceName",
        "InvalidParameter.InvalidInstancePolicy",
        "InvalidParameter.InvalidInstanceType",
        "InvalidParameter.InvalidIpList",
        "InvalidParameter.InvalidJobFlow",
        "InvalidParameter.InvalidJobType",
        "InvalidParameter.InvalidLoadBalancer",
        "InvalidParameter.InvalidLoginSetting",
        "InvalidParameter.InvalidMasterDiskType",
        "InvalidParameter.InvalidMetaDataJdbcUrl",
        "InvalidParameter.InvalidMetaInstanceId",
        "InvalidParameter.InvalidMetaType",
        "InvalidParameter.InvalidModifySpec",
        "InvalidParameter.InvalidNodeCount",
        "InvalidParameter.InvalidNodeFlag",
        "InvalidParameter.InvalidNodeType",
        "InvalidParameter.InvalidParamterInvalidSoftInfo",
        "InvalidParameter.InvalidPassword",
        "InvalidParameter.InvalidPaymode",
        "InvalidParameter.InvalidPodNum",
        "InvalidParameter.InvalidPreExecutedFile",
        "InvalidParameter.InvalidProcessMethod",
        "InvalidParameter.InvalidProduct",
        "InvalidParameter.InvalidProductId",
        "InvalidParameter.InvalidProductVersion",
        "InvalidParameter.InvalidProjectId",
        "InvalidParameter.InvalidRegion",
        "InvalidParameter.InvalidRenewFlag",
        "InvalidParameter.InvalidResType",
        "InvalidParameter.InvalidResourceId",
        "InvalidParameter.InvalidResourceIds",
        "InvalidParameter.InvalidResourceSpec",
        "InvalidParameter.InvalidRouterCount",
        "InvalidParameter.InvalidScaleAction",
        "InvalidParameter.InvalidScriptBootstrapActionConfig",
        "InvalidParameter.InvalidSecuritySupport",
        "InvalidParameter.InvalidSercurityGrpupId",
        "InvalidParameter.InvalidServiceName",
        "InvalidParameter.InvalidServiceNodeInfo",
        "InvalidParameter.InvalidServiceType",
        "InvalidParameter.InvalidSoftDeployInfo",
        "InvalidParameter.InvalidSoftInfo",
        "InvalidParameter.InvalidSoftWare",
        "InvalidParameter.InvalidSoftWareName",
        "InvalidParameter.InvalidSoftWareVersion",
        "InvalidParameter.InvalidStartTimeOrEndTime",
        "InvalidParameter.InvalidStatisticPeriodOrTriggerThreshold",
        "InvalidParameter.InvalidStrategy",
        "InvalidParameter.InvalidStrategyPriority",
        "InvalidParameter.InvalidStrategySpec",
        "InvalidParameter.InvalidStrategyType",
        "InvalidParameter.InvalidSubnetId",
        "InvalidParameter.InvalidSupportHA",
        "InvalidParameter.InvalidTagsGroup",
        "InvalidParameter.InvalidTaskCount",
        "InvalidParameter.InvalidTimeLayout",
        "InvalidParameter.InvalidTimeSpan",
        "InvalidParameter.InvalidTimeUnit",
        "InvalidParameter.InvalidTkeInstance",
        "InvalidParameter.InvalidUinNum",
        "InvalidParameter.InvalidUnifyMeta",
        "InvalidParameter.InvalidVendorType",
        "InvalidParameter.InvalidVolumeType",
        "InvalidParameter.InvalidVpcId",
        "InvalidParameter.InvalidWriteFile",
        "InvalidParameter.InvalidZone",
        "InvalidParameter.KerberosSupport",
        "InvalidParameter.LessCommonCount",
        "InvalidParameter.LessTaskCount",
        "InvalidParameter.MoreMaxlimitNum",
        "InvalidParameter.NotContainMustSelectSoftware",
        "InvalidParameter.OrderFieldNotMatch",
        "InvalidParameter.PayModeResourceNotMatch",
        "InvalidParameter.ProjectResourceNotMatch",
        "InvalidParameter.RepeatedExecutionTime",
        "InvalidParameter.RepeatedStrategyName",
        "InvalidParameter.ResourceProviderType",
        "InvalidParameter.RestartServiceUnsupported",
        "InvalidParameter.SoftwareNotInProducr",
        "InvalidParameter.SoftwareNotInProduct",
        "InvalidParameter.UngrantedPolicy",
        "InvalidParameter.UngrantedRole",
        "InvalidParameter.UnsatisfiedSoftDependecy",
        "InvalidParameter.ZoneResourceNotMatch",
        "InvalidParameterValue",
        "InvalidParameterValue.InvalidTkeInstance",
        "LimitExceeded",
        "LimitExceeded.BootstrapActionsNumLimitExceeded",
        "LimitExceeded.PodCpuLimitExceededAvailableCpu",
        "LimitExceeded.PodCpuLimitExceededNodeAvailableCpu",
        "LimitExceeded.PodMemoryLimitExceededAvailableMemory",
        "LimitExceeded.RequestBacklogExceedsLimit",
        "LimitExceeded.SecurityGroupNumLimitExceeded",
        "LimitExceeded.UserCountExceedsLimit",
        "MissingParameter",
        "MissingParameter.MissingCoreResource",
        "OperationDenied",
        "RequestLimitExceeded",
        "ResourceInUse.InstanceInProcess",
        "ResourceInsufficient.DiskInsufficient",
        "ResourceInsufficient.InstanceInsufficient",
        "ResourceNotFound",
        "ResourceNotFound.CDBInfoNotFound",
        "ResourceNotFound.ClusterNotFound",
        "ResourceNotFound.CvmInstanceNotFound",
        "ResourceNotFound.HardwareInfoNotFound",
        "ResourceNotFound.InstanceNotFound",
        "ResourceNotFound.MetricsMetaNotFound",
        "ResourceNotFound.OptionalSpecFound",
        "ResourceNotFound.ResourceNotFound",
        "ResourceNotFound.ServiceConfNotFound",
        "ResourceNotFound.ServiceGroupNotFound",
        "ResourceNotFound.ServiceNodeNotFound",
        "ResourceNotFound.SpecNotFound",
        "ResourceNotFound.StrategyNotFound",
        "ResourceNotFound.SubnetNotFound",
        "ResourceNotFound.TKEPreconditionNotFound",
        "ResourceNotFound.TagsNotFound",
        "ResourceUnavailable.NotSupportClusterType",
        "ResourceUnavailable.NotSupportNodeType",
        "ResourceUnavailable.NotSupportResourceType",
        "ResourceUnavailable.RepeatSpec",
        "ResourceUnavailable.ResourceSpecNotDefaultSpec",
        "ResourceUnavailable.ResourceSpecNotExist",
        "ResourcesSoldOut",
        "ResourcesSoldOut.CbsSoldOut",
        "ResourcesSoldOut.CvmSoldOut",
        "UnauthorizedOperation",
        "UnauthorizedOperation.AppIdMismatched",
        "UnauthorizedOperation.CheckCamAuth",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.NotInWhiteList",
        "UnsupportedOperation.ServiceNotSupport",
        "UnsupportedOperation.UnsupportedDiskType",
    ];
    static NAME_CODES: [u32; 12] = [3, 29, 30, 31, 33, 36, 46, 54, 67, 139, 189, 203];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationDbExceptionInternalErrorDbQueryExceptionInternalErrorDoOpenTsdbRequestExceptionInternalErrorEksErrorInternalErrorOpenTsdbHttpReturnCodeNotOkInternalErrorTkeErrorInvalidParameterHaLessMasterCountInvalidParameterInvalidClbServerVpcSettingInvalidParameterInvalidCosFileUriInvalidParameterInvalidSupportHaResourceNotFoundCdbInfoNotFoundResourceNotFoundTkePreconditionNotFound",
        ends: &[0, 26, 55, 94, 115, 155, 176, 209, 251, 284, 316, 347, 386],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed.The operation failed: check if support pod stretch.The operation failed: DB exception.The operation failed: describe resource tags failed.The operation failed: duplicate order not allowed.The operation failed: get cam role failed.The operation failed: get cam server failed.The operation failed: get cvm config quota failed.The operation failed: get cvm server failed.The operation failed: get trade server failed.The operation failed: insufficient account balance.The operation failed: more strategy not allowed.The operation failed: namespace has user custom pods.The operation failed: not authenticated.The operation failed: not support pod.The operation failed: refund cvm failed.The operation failed: spec delete deny for auto scale strategies.An internal error occurred.An internal error occurred: account cgw error.An internal error occurred: cam cgw error.An internal error occurred: cam error.An internal error occurred: cbs cgw error.An internal error occurred: cbs error.An internal error occurred: cdb cgw error.An internal error occurred: cdb error.An internal error occurred: check quota err.An internal error occurred: config cgw error.An internal error occurred: cvm error.An internal error occurred: DB query exception.An internal error occurred: do open TSDB request exception.An internal error occurred: EKS error.An internal error occurred: kms error.An internal error occurred: open TSDB http return code not OK.An internal error occurred: project cgw error.An internal error occurred: sg error.An internal error occurred: TKE error.An internal error occurred: tag error.An internal error occurred: trade cgw error.An internal error occurred: vpc cgw error.An internal error occurred: vpc error.An internal error occurred: wood server error.A parameter is invalid.A parameter is invalid: app id resource not match.A parameter is invalid: cpu type.A parameter is invalid: display strategy not match.A parameter is invalid: HA less master count.A parameter is invalid: impala query exception.A parameter is invalid: incorrect common count.A parameter is invalid: incorrect master count.A parameter is invalid: invalid all node resource spec.A parameter is invalid: invalid app id.A parameter is invalid: invalid auto renew.A parameter is invalid: invalid bootstrap action.A parameter is invalid: invalid CLB server vpc setting.A parameter is invalid: invalid classification.A parameter is invalid: invalid click house cluster.A parameter is invalid: invalid client token.A parameter is invalid: invalid cluster id.A parameter is invalid: invalid common disk type.A parameter is invalid: invalid compare method.A parameter is invalid: invalid component.A parameter is invalid: invalid condition num.A parameter is invalid: invalid config type.A parameter is invalid: invalid core count.A parameter is invalid: invalid core disk type.A parameter is invalid: invalid cos bucket.A parameter is invalid: invalid cos file URI.A parameter is invalid: invalid count.A parameter is invalid: invalid count num.A parameter is invalid: invalid customized pod param.A parameter is invalid: invalid depend service and enable kerberos conflict.A parameter is invalid: invalid disk num.A parameter is invalid: invalid disk size.A parameter is invalid: invalid disk type.A parameter is invalid: invalid download obj.A parameter is invalid: invalid dynamic instance type.A parameter is invalid: invalid eks instance.A parameter is invalid: invalid export conf contexts.A parameter is invalid: invalid extend field.A parameter is invalid: invalid extend name service.A parameter is invalid: invalid external service vpc id.A parameter is invalid: invalid failure policy.A parameter is invalid: invalid file path.A parameter is invalid: invalid filter key.A parameter is invalid: invalid instance.A parameter is invalid: invalid instance charge type.A parameter is invalid: invalid instance name.A parameter is invalid: invalid instance policy.A parameter is invalid: invalid instance type.A parameter is invalid: invalid ip list.A parameter is invalid: invalid job flow.A parameter is invalid: invalid job type.A parameter is invalid: invalid load balancer.A parameter is invalid: invalid login setting.A parameter is invalid: invalid master disk type.A parameter is invalid: invalid meta data jdbc url.A parameter is invalid: invalid meta instance id.A parameter is invalid: invalid meta type.A parameter is invalid: invalid modify spec.A parameter is invalid: invalid node count.A parameter is invalid: invalid node flag.A parameter is invalid: invalid node type.A parameter is invalid: invalid paramter invalid soft info.A parameter is invalid: invalid password.A parameter is invalid: invalid paymode.A parameter is invalid: invalid pod num.A parameter is invalid: invalid pre executed file.A parameter is invalid: invalid process method.A parameter is invalid: invalid product.A parameter is invalid: invalid product id.A parameter is invalid: invalid product version.A parameter is invalid: invalid project id.A parameter is invalid: invalid region.A parameter is invalid: invalid renew flag.A parameter is invalid: invalid res type.A parameter is invalid: invalid resource id.A parameter is invalid: invalid resource ids.A parameter is invalid: invalid resource spec.A parameter is invalid: invalid router count.A parameter is invalid: invalid scale action.A parameter is invalid: invalid script bootstrap action config.A parameter is invalid: invalid security support.A parameter is invalid: invalid sercurity grpup id.A parameter is invalid: invalid service name.A parameter is invalid: invalid service node info.A parameter is invalid: invalid service type.A parameter is invalid: invalid soft deploy info.A parameter is invalid: invalid soft info.A parameter is invalid: invalid soft ware.A parameter is invalid: invalid soft ware name.A parameter is invalid: invalid soft ware version.A parameter is invalid: invalid start time or end time.A parameter is invalid: invalid statistic period or trigger threshold.A parameter is invalid: invalid strategy.A parameter is invalid: invalid strategy priority.A parameter is invalid: invalid strategy spec.A parameter is invalid: invalid strategy type.A parameter is invalid: invalid subnet id.A parameter is invalid: invalid support HA.A parameter is invalid: invalid tags group.A parameter is invalid: invalid task count.A parameter is invalid: invalid time layout.A parameter is invalid: invalid time span.A parameter is invalid: invalid time unit.A parameter is invalid: invalid tke instance.A parameter is invalid: invalid uin num.A parameter is invalid: invalid unify meta.A parameter is invalid: invalid vendor type.A parameter is invalid: invalid volume type.A parameter is invalid: invalid vpc id.A parameter is invalid: invalid write file.A parameter is invalid: invalid zone.A parameter is invalid: kerberos support.A parameter is invalid: less common count.A parameter is invalid: less task count.A parameter is invalid: more maxlimit num.A parameter is invalid: not contain must select software.A parameter is invalid: order field not match.A parameter is invalid: pay mode resource not match.A parameter is invalid: project resource not match.A parameter is invalid: repeated execution time.A parameter is invalid: repeated strategy name.A parameter is invalid: resource provider type.A parameter is invalid: restart service unsupported.A parameter is invalid: software not in producr.A parameter is invalid: software not in product.A parameter is invalid: ungranted policy.A parameter is invalid: ungranted role.A parameter is invalid: unsatisfied soft dependecy.A parameter is invalid: zone resource not match.A parameter value is invalid.A parameter value is invalid: invalid tke instance.A limit was exceeded.A limit was exceeded: bootstrap actions num limit exceeded.A limit was exceeded: pod cpu limit exceeded available cpu.A limit was exceeded: pod cpu limit exceeded node available cpu.A limit was exceeded: pod memory limit exceeded available memory.A limit was exceeded: request backlog exceeds limit.A limit was exceeded: security group num limit exceeded.A limit was exceeded: user count exceeds limit.A required parameter is missing.A required parameter is missing: missing core resource.The operation was denied.Too many requests were sent.The resource is in use: instance in process.Resources are insufficient: disk insufficient.Resources are insufficient: instance insufficient.The resource was not found.The resource was not found: CDB info not found.The resource was not found: cluster not found.The resource was not found: cvm instance not found.The resource was not found: hardware info not found.The resource was not found: instance not found.The resource was not found: metrics meta not found.The resource was not found: optional spec found.The resource was not found: resource not found.The resource was not found: service conf not found.The resource was not found: service group not found.The resource was not found: service node not found.The resource was not found: spec not found.The resource was not found: strategy not found.The resource was not found: subnet not found.The resource was not found: TKE precondition not found.The resource was not found: tags not found.The resource is unavailable: not support cluster type.The resource is unavailable: not support node type.The resource is unavailable: not support resource type.The resource is unavailable: repeat spec.The resource is unavailable: resource spec not default spec.The resource is unavailable: resource spec not exist.The resources are sold out.The resources are sold out: cbs sold out.The resources are sold out: cvm sold out.The operation is not authorized.The operation is not authorized: app id mismatched.The operation is not authorized: check cam auth.An unknown parameter was given.The operation is not supported.The operation is not supported: not in white list.The operation is not supported: service not support.The operation is not supported: unsupported disk type.",
        ends: &[
            0, 22, 43, 94, 129, 181, 231, 273, 317, 367, 411, 457, 508, 556, 609, 649,
            687, 727, 792, 819, 865, 907, 945, 987, 1025, 1067, 1105, 1149, 1194, 1232,
            1279, 1338, 1376, 1414, 1476, 1522, 1559, 1597, 1635, 1679, 1721, 1759, 1805,
            1828, 1878, 1911, 1962, 2007, 2054, 2101, 2148, 2203, 2242, 2285, 2334, 2389,
            2436, 2488, 2533, 2576, 2625, 2672, 2714, 2760, 2804, 2847, 2894, 2937, 2982,
            3020, 3062, 3115, 3191, 3232, 3274, 3316, 3361, 3415, 3460, 3513, 3558, 3610,
            3666, 3713, 3755, 3798, 3839, 3892, 3938, 3986, 4032, 4072, 4113, 4154, 4200,
            4246, 4295, 4346, 4395, 4437, 4481, 4524, 4566, 4608, 4667, 4708, 4748, 4788,
            4838, 4885, 4925, 4968, 5016, 5059, 5098, 5141, 5182, 5226, 5271, 5317, 5362,
            5407, 5470, 5519, 5570, 5615, 5665, 5710, 5759, 5801, 5843, 5890, 5940, 5995,
            6065, 6106, 6156, 6202, 6248, 6290, 6333, 6376, 6419, 6463, 6505, 6547, 6592,
            6632, 6675, 6719, 6763, 6802, 6845, 6882, 6923, 6965, 7005, 7047, 7104, 7150,
            7202, 7253, 7301, 7348, 7395, 7447, 7495, 7543, 7584, 7623, 7674, 7722, 7751,
            7802, 7823, 7882, 7941, 8005, 8070, 8122, 8178, 8225, 8257, 8312, 8337, 8365,
            8409, 8455, 8505, 8532, 8579, 8625, 8676, 8728, 8775, 8826, 8874, 8921, 8972,
            9024, 9075, 9118, 9165, 9210, 9265, 9308, 9362, 9413, 9468, 9509, 9569, 9622,
            9649, 9690, 9731, 9763, 9814, 9862, 9893, 9924, 9974, 10026, 10080,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 222] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacbbccaaaaaaaaaaaaaaaaaccccccccccccaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 222] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiiiiiiiiimmmmmmmmmmmmmmmmmmmmmmmmccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccchhhhhhhhccghjhheeeeeeeeeeeeeeeeeiiiiiihhhgggcliii",
    );
    static PILOTS: [u16; 56] = [
        7, 9, 0, 0, 2, 37, 5, 0, 1, 36, 13, 0, 18, 3, 78, 2, 15, 9, 0, 15, 26, 100, 43,
        156, 4, 11, 155, 39, 22, 28, 83, 46, 1, 12, 33, 4, 0, 1, 22, 1, 9, 3, 30, 58, 2,
        158, 0, 2, 127, 8, 35, 81, 134, 3, 11, 43,
    ];
    static SLOTS: [(&str, u32); 246] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            129, 214, 162, 20, 37, 113, 30, 4294967295, 195, 47, 138, 32, 184, 95, 145,
            194, 147, 153, 215, 91, 70, 26, 81, 93, 211, 80, 55, 219, 182, 4294967295,
            4294967295, 4294967295, 115, 212, 4294967295, 90, 44, 22, 5, 4294967295, 133,
            58, 4294967295, 99, 130, 45, 176, 181, 100, 196, 108, 66, 205, 124, 189, 123,
            28, 24, 2, 11, 132, 69, 204, 154, 64, 167, 65, 159, 21, 139, 201, 190, 94,
            116, 4294967295, 110, 79, 187, 4294967295, 134, 4294967295, 166, 197, 4, 111,
            174, 31, 151, 25, 164, 4294967295, 7, 57, 89, 203, 54, 4294967295, 143, 50,
            34, 213, 84, 202, 59, 86, 169, 3, 71, 198, 101, 119, 140, 127, 4294967295,
            221, 4294967295, 150, 78, 126, 51, 109, 18, 82, 207, 152, 121, 61,
            4294967295, 53, 4294967295, 4294967295, 156, 40, 73, 72, 27, 114, 98, 52, 36,
            4294967295, 13, 63, 4294967295, 46, 161, 136, 41, 92, 206, 10, 87, 200, 208,
            102, 137, 107, 4294967295, 216, 185, 62, 135, 42, 38, 17, 4294967295, 67,
            210, 48, 149, 60, 188, 6, 4294967295, 1, 104, 142, 106, 155, 68, 96, 191,
            186, 14, 177, 4294967295, 128, 77, 157, 171, 16, 118, 170, 168, 178, 105, 19,
            165, 146, 117, 175, 125, 209, 220, 180, 0, 183, 144, 103, 199, 83,
            4294967295, 39, 43, 218, 49, 131, 12, 15, 179, 122, 74, 120, 148, 76, 158,
            23, 9, 85, 173, 33, 88, 160, 56, 75, 8, 141, 192, 97, 193, 217, 35, 172, 112,
            163, 29,
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
    const PROVIDER: &'static str = "Tencent Cloud EMR";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud EMR's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud EMR: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
