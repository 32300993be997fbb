// @generated from catalogs/tencent/tsf.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TSF: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TSF: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.ApiMetaParseFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: api meta parse failed.
    FailedOperationApiMetaParseFailed,
    /// `FailedOperation.ApmGetConfigsFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: apm get configs failed.
    FailedOperationApmGetConfigsFailed,
    /// `FailedOperation.ApplicationCreateEsAtuhError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: application create es atuh error.
    FailedOperationApplicationCreateEsAtuhError,
    /// `FailedOperation.ApplicationQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: application query failed.
    FailedOperationApplicationQueryFailed,
    /// `FailedOperation.ApplicationRepoDeletePkg`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: application repo delete pkg.
    FailedOperationApplicationRepoDeletePkg,
    /// `FailedOperation.CallTsfDcfgFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: call tsf dcfg failed.
    FailedOperationCallTsfDcfgFailed,
    /// `FailedOperation.CamRoleRequestError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cam role request error.
    FailedOperationCamRoleRequestError,
    /// `FailedOperation.CdiStatusFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cdi status failed.
    FailedOperationCdiStatusFailed,
    /// `FailedOperation.CdiStatusInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cdi status invalid.
    FailedOperationCdiStatusInvalid,
    /// `FailedOperation.CloudApiProxyError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cloud api proxy error.
    FailedOperationCloudApiProxyError,
    /// `FailedOperation.ClusterCreateVpcFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cluster create vpc fail.
    FailedOperationClusterCreateVpcFail,
    /// `FailedOperation.ClusterNativeConnectError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cluster native connect error.
    FailedOperationClusterNativeConnectError,
    /// `FailedOperation.ClusterOperateEnvIllegalError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cluster operate env illegal error.
    FailedOperationClusterOperateEnvIllegalError,
    /// `FailedOperation.ClusterQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cluster query failed.
    FailedOperationClusterQueryFailed,
    /// `FailedOperation.ClusterUpdateFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cluster update failed.
    FailedOperationClusterUpdateFailed,
    /// `FailedOperation.ConfigApplicationQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config application query failed.
    FailedOperationConfigApplicationQueryFailed,
    /// `FailedOperation.ConfigCreateFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config create failed.
    FailedOperationConfigCreateFailed,
    /// `FailedOperation.ConfigGroupQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config group query failed.
    FailedOperationConfigGroupQueryFailed,
    /// `FailedOperation.ConfigNamespaceQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config namespace query failed.
    FailedOperationConfigNamespaceQueryFailed,
    /// `FailedOperation.ConfigQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config query failed.
    FailedOperationConfigQueryFailed,
    /// `FailedOperation.ConfigReleaseLogCreateFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config release log create failed.
    FailedOperationConfigReleaseLogCreateFailed,
    /// `FailedOperation.ConfigReleaseLogQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config release log query failed.
    FailedOperationConfigReleaseLogQueryFailed,
    /// `FailedOperation.ConfigReleaseQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config release query failed.
    FailedOperationConfigReleaseQueryFailed,
    /// `FailedOperation.ConfigTemplateCreateFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config template create failed.
    FailedOperationConfigTemplateCreateFailed,
    /// `FailedOperation.ConfigTemplateDeleteFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config template delete failed.
    FailedOperationConfigTemplateDeleteFailed,
    /// `FailedOperation.ConfigTemplateImportFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config template import failed.
    FailedOperationConfigTemplateImportFailed,
    /// `FailedOperation.ConfigTemplateSearchListFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config template search list failed.
    FailedOperationConfigTemplateSearchListFailed,
    /// `FailedOperation.ConfigTemplateUpdateFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config template update failed.
    FailedOperationConfigTemplateUpdateFailed,
    /// `FailedOperation.ContainergroupGroupHasrun`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: containergroup group hasrun.
    FailedOperationContainergroupGroupHasrun,
    /// `FailedOperation.ContainergroupGroupHasstop`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: containergroup group hasstop.
    FailedOperationContainergroupGroupHasstop,
    /// `FailedOperation.ContainergroupKuberneteApiInvokeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: containergroup kubernete api invoke error.
    FailedOperationContainergroupKuberneteApiInvokeError,
    /// `FailedOperation.ContainergroupKuberneteConnectError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: containergroup kubernete connect error.
    FailedOperationContainergroupKuberneteConnectError,
    /// `FailedOperation.ContainergroupKubernetesApiInvokeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: containergroup kubernetes api invoke error.
    FailedOperationContainergroupKubernetesApiInvokeError,
    /// `FailedOperation.ContainergroupKubernetesConnectError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: containergroup kubernetes connect error.
    FailedOperationContainergroupKubernetesConnectError,
    /// `FailedOperation.ContainergroupKubernetesTkeClusterAbnormal`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: containergroup kubernetes tke cluster abnormal.
    FailedOperationContainergroupKubernetesTkeClusterAbnormal,
    /// `FailedOperation.CpClusterUnavailable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cp cluster unavailable.
    FailedOperationCpClusterUnavailable,
    /// `FailedOperation.CreateOperationTooFrequently`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create operation too frequently.
    FailedOperationCreateOperationTooFrequently,
    /// `FailedOperation.CvmCaeMasterHealthCheckConfigError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cvm cae master health check config error.
    FailedOperationCvmCaeMasterHealthCheckConfigError,
    /// `FailedOperation.DispatchCommonError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: dispatch common error.
    FailedOperationDispatchCommonError,
    /// `FailedOperation.FindMetricsExclusiveError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: find metrics exclusive error.
    FailedOperationFindMetricsExclusiveError,
    /// `FailedOperation.GatewayCommonError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: gateway common error.
    FailedOperationGatewayCommonError,
    /// `FailedOperation.GatewayGroupBoundDeleteFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: gateway group bound delete failed.
    FailedOperationGatewayGroupBoundDeleteFailed,
    /// `FailedOperation.GatewayRemoteCallError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: gateway remote call error.
    FailedOperationGatewayRemoteCallError,
    /// `FailedOperation.GroupCommonError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: group common error.
    FailedOperationGroupCommonError,
    /// `FailedOperation.GroupExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: group exists.
    FailedOperationGroupExists,
    /// `FailedOperation.GroupQueryFaild`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: group query faild.
    FailedOperationGroupQueryFaild,
    /// `FailedOperation.GroupQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: group query failed.
    FailedOperationGroupQueryFailed,
    /// `FailedOperation.ImageValidateIsUsed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image validate is used.
    FailedOperationImageValidateIsUsed,
    /// `FailedOperation.ImagerepoRejectDelError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: imagerepo reject del error.
    FailedOperationImagerepoRejectDelError,
    /// `FailedOperation.ImagerepoTcrBindError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: imagerepo tcr bind error.
    FailedOperationImagerepoTcrBindError,
    /// `FailedOperation.InstanceCommonError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance common error.
    FailedOperationInstanceCommonError,
    /// `FailedOperation.InstanceDeleteFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance delete failed.
    FailedOperationInstanceDeleteFailed,
    /// `FailedOperation.InstanceQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance query failed.
    FailedOperationInstanceQueryFailed,
    /// `FailedOperation.InstanceResetError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance reset error.
    FailedOperationInstanceResetError,
    /// `FailedOperation.InstanceResetTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance reset timeout.
    FailedOperationInstanceResetTimeout,
    /// `FailedOperation.InstanceUpdateFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance update failed.
    FailedOperationInstanceUpdateFailed,
    /// `FailedOperation.InternalError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: internal error.
    FailedOperationInternalError,
    /// `FailedOperation.InvalidParameter`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid parameter.
    FailedOperationInvalidParameter,
    /// `FailedOperation.LaneInfoDeleteConsulFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lane info delete consul failed.
    FailedOperationLaneInfoDeleteConsulFailed,
    /// `FailedOperation.LaneInfoGroupNotEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lane info group not empty.
    FailedOperationLaneInfoGroupNotEmpty,
    /// `FailedOperation.LaneInfoReleaseConsulFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lane info release consul failed.
    FailedOperationLaneInfoReleaseConsulFailed,
    /// `FailedOperation.LaneInfoReleaseMeshFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lane info release mesh failed.
    FailedOperationLaneInfoReleaseMeshFailed,
    /// `FailedOperation.LaneRuleCreateFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lane rule create failed.
    FailedOperationLaneRuleCreateFailed,
    /// `FailedOperation.LaneRuleEnableConsulFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lane rule enable consul failed.
    FailedOperationLaneRuleEnableConsulFailed,
    /// `FailedOperation.LaneRuleMaxLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lane rule max limit.
    FailedOperationLaneRuleMaxLimit,
    /// `FailedOperation.NamespaceCreateFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: namespace create failed.
    FailedOperationNamespaceCreateFailed,
    /// `FailedOperation.NamespaceQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: namespace query failed.
    FailedOperationNamespaceQueryFailed,
    /// `FailedOperation.ProgramNameRequired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: program name required.
    FailedOperationProgramNameRequired,
    /// `FailedOperation.RatelimitConsulError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ratelimit consul error.
    FailedOperationRatelimitConsulError,
    /// `FailedOperation.RatelimitMeshApiServiceError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ratelimit mesh api service error.
    FailedOperationRatelimitMeshApiServiceError,
    /// `FailedOperation.ReleaseOperationTooFrequently`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: release operation too frequently.
    FailedOperationReleaseOperationTooFrequently,
    /// `FailedOperation.ResourceOpFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: resource op failed.
    FailedOperationResourceOpFailed,
    /// `FailedOperation.RouteAffinityMeshFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: route affinity mesh failed.
    FailedOperationRouteAffinityMeshFailed,
    /// `FailedOperation.RouteEnableConsulFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: route enable consul failed.
    FailedOperationRouteEnableConsulFailed,
    /// `FailedOperation.RouteNamespaceRequestError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: route namespace request error.
    FailedOperationRouteNamespaceRequestError,
    /// `FailedOperation.ServiceInsertFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: service insert failed.
    FailedOperationServiceInsertFailed,
    /// `FailedOperation.ServiceQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: service query failed.
    FailedOperationServiceQueryFailed,
    /// `FailedOperation.TapmBindRequired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tapm bind required.
    FailedOperationTapmBindRequired,
    /// `FailedOperation.TapmExpiredOtel`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tapm expired otel.
    FailedOperationTapmExpiredOtel,
    /// `FailedOperation.TkeClusterCreateFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tke cluster create failed.
    FailedOperationTkeClusterCreateFailed,
    /// `FailedOperation.TkeClusterDeleteFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tke cluster delete failed.
    FailedOperationTkeClusterDeleteFailed,
    /// `FailedOperation.TkeClusterQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tke cluster query failed.
    FailedOperationTkeClusterQueryFailed,
    /// `FailedOperation.TokenQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: token query failed.
    FailedOperationTokenQueryFailed,
    /// `FailedOperation.TsfApmAgentTaskQueryError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tsf apm agent task query error.
    FailedOperationTsfApmAgentTaskQueryError,
    /// `FailedOperation.TsfApmAgentTaskWriteError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tsf apm agent task write error.
    FailedOperationTsfApmAgentTaskWriteError,
    /// `FailedOperation.TsfApmApmAgentNoConnection`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tsf apm apm agent no connection.
    FailedOperationTsfApmApmAgentNoConnection,
    /// `FailedOperation.TsfApmBusiLogCfgAppRelationWriteError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tsf apm busi log cfg app relation write error.
    FailedOperationTsfApmBusiLogCfgAppRelationWriteError,
    /// `FailedOperation.TsfApmBusiLogCfgQueryError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tsf apm busi log cfg query error.
    FailedOperationTsfApmBusiLogCfgQueryError,
    /// `FailedOperation.TsfApmBusiLogCfgSchemaQueryError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tsf apm busi log cfg schema query error.
    FailedOperationTsfApmBusiLogCfgSchemaQueryError,
    /// `FailedOperation.TsfApmBusiLogCfgSchemaWriteError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tsf apm busi log cfg schema write error.
    FailedOperationTsfApmBusiLogCfgSchemaWriteError,
    /// `FailedOperation.TsfApmBusiLogCfgWriteError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tsf apm busi log cfg write error.
    FailedOperationTsfApmBusiLogCfgWriteError,
    /// `FailedOperation.TsfApmCallMasterInterfaceFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tsf apm call master interface failed.
    FailedOperationTsfApmCallMasterInterfaceFailed,
    /// `FailedOperation.TsfApmCallTsfMsFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tsf apm call tsf ms failed.
    FailedOperationTsfApmCallTsfMsFailed,
    /// `FailedOperation.TsfApmCtsdbClientRequestError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tsf apm ctsdb client request error.
    FailedOperationTsfApmCtsdbClientRequestError,
    /// `FailedOperation.TsfApmEsClientRequestError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tsf apm es client request error.
    FailedOperationTsfApmEsClientRequestError,
    /// `FailedOperation.TsfApmInternalError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tsf apm internal error.
    FailedOperationTsfApmInternalError,
    /// `FailedOperation.TsfApmStatsSearchServiceQueryError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tsf apm stats search service query error.
    FailedOperationTsfApmStatsSearchServiceQueryError,
    /// `FailedOperation.TsfAsDbInsterFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tsf as db inster fail.
    FailedOperationTsfAsDbInsterFail,
    /// `FailedOperation.TsfAsDbQueryFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tsf as db query fail.
    FailedOperationTsfAsDbQueryFail,
    /// `FailedOperation.TsfAsExpandCountAndLimitError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tsf as expand count and limit error.
    FailedOperationTsfAsExpandCountAndLimitError,
    /// `FailedOperation.TsfAsExpandIndicatorsLessShrink`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tsf as expand indicators less shrink.
    FailedOperationTsfAsExpandIndicatorsLessShrink,
    /// `FailedOperation.TsfAsExpandLimitLessShrinkLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tsf as expand limit less shrink limit.
    FailedOperationTsfAsExpandLimitLessShrinkLimit,
    /// `FailedOperation.TsfCmonitorCtsdbClientRequestFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tsf cmonitor ctsdb client request fail.
    FailedOperationTsfCmonitorCtsdbClientRequestFail,
    /// `FailedOperation.TsfMonitorWaitedTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tsf monitor waited timeout.
    FailedOperationTsfMonitorWaitedTimeout,
    /// `FailedOperation.TsfMsError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tsf ms error.
    FailedOperationTsfMsError,
    /// `FailedOperation.TsfMsServerError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tsf ms server error.
    FailedOperationTsfMsServerError,
    /// `FailedOperation.TsfPrivilegeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tsf privilege error.
    FailedOperationTsfPrivilegeError,
    /// `FailedOperation.UnauthorizedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unauthorized operation.
    FailedOperationUnauthorizedOperation,
    /// `FailedOperation.UnhandledException`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unhandled exception.
    FailedOperationUnhandledException,
    /// `InternalError.ApplicationMasterFeignError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: application master feign error.
    InternalErrorApplicationMasterFeignError,
    /// `InternalError.ApplicationMasterNuknownError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: application master nuknown error.
    InternalErrorApplicationMasterNuknownError,
    /// `InternalError.ApplicationRepoDeletePkg`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: application repo delete pkg.
    InternalErrorApplicationRepoDeletePkg,
    /// `InternalError.ApplicationScalableInitError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: application scalable init error.
    InternalErrorApplicationScalableInitError,
    /// `InternalError.CamRoleRequestError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cam role request error.
    InternalErrorCamRoleRequestError,
    /// `InternalError.CanNotConnConsulServer`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: can not conn consul server.
    InternalErrorCanNotConnConsulServer,
    /// `InternalError.CdiStatusDataInvalid`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cdi status data invalid.
    InternalErrorCdiStatusDataInvalid,
    /// `InternalError.CloudApiProxyError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cloud api proxy error.
    InternalErrorCloudApiProxyError,
    /// `InternalError.ClusterCommonError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cluster common error.
    InternalErrorClusterCommonError,
    /// `InternalError.ClusterMasterFeignError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cluster master feign error.
    InternalErrorClusterMasterFeignError,
    /// `InternalError.ClusterNotExistOrPrivilegeError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cluster not exist or privilege error.
    InternalErrorClusterNotExistOrPrivilegeError,
    /// `InternalError.ConsulServerError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: consul server error.
    InternalErrorConsulServerError,
    /// `InternalError.ContainergroupKuberneteApiInvokeError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: containergroup kubernete api invoke error.
    InternalErrorContainergroupKuberneteApiInvokeError,
    /// `InternalError.ContainergroupKuberneteConnectError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: containergroup kubernete connect error.
    InternalErrorContainergroupKuberneteConnectError,
    /// `InternalError.ContainergroupKuberneteDeploymentNotfound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: containergroup kubernete deployment notfound.
    InternalErrorContainergroupKuberneteDeploymentNotfound,
    /// `InternalError.ContainergroupKubernetesConnectError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: containergroup kubernetes connect error.
    InternalErrorContainergroupKubernetesConnectError,
    /// `InternalError.ContainergroupSqlFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: containergroup sql failed.
    InternalErrorContainergroupSqlFailed,
    /// `InternalError.CpClusterUnavailable`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cp cluster unavailable.
    InternalErrorCpClusterUnavailable,
    /// `InternalError.CvmCaeMasterDispatchError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cvm cae master dispatch error.
    InternalErrorCvmCaeMasterDispatchError,
    /// `InternalError.CvmCaeMasterInternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cvm cae master internal error.
    InternalErrorCvmCaeMasterInternalError,
    /// `InternalError.CvmCaeMasterNonAlive`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cvm cae master non alive.
    InternalErrorCvmCaeMasterNonAlive,
    /// `InternalError.CvmCaeMasterQueryError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cvm cae master query error.
    InternalErrorCvmCaeMasterQueryError,
    /// `InternalError.DispatchCommonError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: dispatch common error.
    InternalErrorDispatchCommonError,
    /// `InternalError.GatewayCommonError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: gateway common error.
    InternalErrorGatewayCommonError,
    /// `InternalError.GatewayConsistencyError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: gateway consistency error.
    InternalErrorGatewayConsistencyError,
    /// `InternalError.GatewayConsulError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: gateway consul error.
    InternalErrorGatewayConsulError,
    /// `InternalError.GatewayDbError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: gateway db error.
    InternalErrorGatewayDbError,
    /// `InternalError.GroupCommonError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: group common error.
    InternalErrorGroupCommonError,
    /// `InternalError.GroupMasterNuknownError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: group master nuknown error.
    InternalErrorGroupMasterNuknownError,
    /// `InternalError.ImagerepoTcrBindError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: imagerepo tcr bind error.
    InternalErrorImagerepoTcrBindError,
    /// `InternalError.InstanceCommonError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: instance common error.
    InternalErrorInstanceCommonError,
    /// `InternalError.KubernetesApiCreateNamespacesError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: kubernetes api create namespaces error.
    InternalErrorKubernetesApiCreateNamespacesError,
    /// `InternalError.KubernetesApiCreateSecretError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: kubernetes api create secret error.
    InternalErrorKubernetesApiCreateSecretError,
    /// `InternalError.KubernetesCallError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: kubernetes call error.
    InternalErrorKubernetesCallError,
    /// `InternalError.RemoteServiceCallError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: remote service call error.
    InternalErrorRemoteServiceCallError,
    /// `InternalError.RuntimeError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: runtime error.
    InternalErrorRuntimeError,
    /// `InternalError.SqlTooManyInItem`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: sql too many in item.
    InternalErrorSqlTooManyInItem,
    /// `InternalError.TkeApiFailedOperation`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: tke api failed operation.
    InternalErrorTkeApiFailedOperation,
    /// `InternalError.TsfApmBusiLogCfgAppRelationMasterError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: tsf apm busi log cfg app relation master error.
    InternalErrorTsfApmBusiLogCfgAppRelationMasterError,
    /// `InternalError.TsfApmCallTsfMsFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: tsf apm call tsf ms failed.
    InternalErrorTsfApmCallTsfMsFailed,
    /// `InternalError.TsfApmCommonError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: tsf apm common error.
    InternalErrorTsfApmCommonError,
    /// `InternalError.TsfApmEsResponseStatusException`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: tsf apm es response status exception.
    InternalErrorTsfApmEsResponseStatusException,
    /// `InternalError.TsfApmInternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: tsf apm internal error.
    InternalErrorTsfApmInternalError,
    /// `InternalError.TsfMonitorDateParseFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: tsf monitor date parse failed.
    InternalErrorTsfMonitorDateParseFailed,
    /// `InternalError.TsfMonitorInternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: tsf monitor internal error.
    InternalErrorTsfMonitorInternalError,
    /// `InternalError.TsfMsError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: tsf ms error.
    InternalErrorTsfMsError,
    /// `InternalError.UnhandledException`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unhandled exception.
    InternalErrorUnhandledException,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ApplicationDeleteFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: application delete failed.
    InvalidParameterApplicationDeleteFailed,
    /// `InvalidParameter.BadRequest`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: bad request.
    InvalidParameterBadRequest,
    /// `InvalidParameter.ConfigTemplateNameInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: config template name invalid.
    InvalidParameterConfigTemplateNameInvalid,
    /// `InvalidParameter.CvmCaeMasterJsonDecodeFail`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cvm cae master json decode fail.
    InvalidParameterCvmCaeMasterJsonDecodeFail,
    /// `InvalidParameter.CvmCaeMasterUnknownInstanceStatus`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cvm cae master unknown instance status.
    InvalidParameterCvmCaeMasterUnknownInstanceStatus,
    /// `InvalidParameter.ImagerepoTcrNamespaceNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: imagerepo tcr namespace not found.
    InvalidParameterImagerepoTcrNamespaceNotFound,
    /// `InvalidParameter.KubernetesParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: kubernetes param error.
    InvalidParameterKubernetesParamError,
    /// `InvalidParameter.LaneInfoAlreadyUsed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: lane info already used.
    InvalidParameterLaneInfoAlreadyUsed,
    /// `InvalidParameter.LaneInfoNameAlreadyUsed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: lane info name already used.
    InvalidParameterLaneInfoNameAlreadyUsed,
    /// `InvalidParameter.LaneInfoNameInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: lane info name invalid.
    InvalidParameterLaneInfoNameInvalid,
    /// `InvalidParameter.LaneInfoNameNotEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: lane info name not empty.
    InvalidParameterLaneInfoNameNotEmpty,
    /// `InvalidParameter.LaneInfoNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: lane info name too long.
    InvalidParameterLaneInfoNameTooLong,
    /// `InvalidParameter.LaneInfoNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: lane info not exist.
    InvalidParameterLaneInfoNotExist,
    /// `InvalidParameter.LaneInfoNotExistEntrance`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: lane info not exist entrance.
    InvalidParameterLaneInfoNotExistEntrance,
    /// `InvalidParameter.LaneInfoRemarkTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: lane info remark too long.
    InvalidParameterLaneInfoRemarkTooLong,
    /// `InvalidParameter.LaneRuleInfoNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: lane rule info not exist.
    InvalidParameterLaneRuleInfoNotExist,
    /// `InvalidParameter.LaneRuleNameAlreadyUsed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: lane rule name already used.
    InvalidParameterLaneRuleNameAlreadyUsed,
    /// `InvalidParameter.LaneRuleNameInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: lane rule name invalid.
    InvalidParameterLaneRuleNameInvalid,
    /// `InvalidParameter.LaneRuleNameNotEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: lane rule name not empty.
    InvalidParameterLaneRuleNameNotEmpty,
    /// `InvalidParameter.LaneRuleNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: lane rule name too long.
    InvalidParameterLaneRuleNameTooLong,
    /// `InvalidParameter.LaneRuleNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: lane rule not exist.
    InvalidParameterLaneRuleNotExist,
    /// `InvalidParameter.LaneRuleRemarkTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: lane rule remark too long.
    InvalidParameterLaneRuleRemarkTooLong,
    /// `InvalidParameter.LaneRuleTagNameNotEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: lane rule tag name not empty.
    InvalidParameterLaneRuleTagNameNotEmpty,
    /// `InvalidParameter.LaneRuleTagNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: lane rule tag name too long.
    InvalidParameterLaneRuleTagNameTooLong,
    /// `InvalidParameter.LaneRuleTagNotEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: lane rule tag not empty.
    InvalidParameterLaneRuleTagNotEmpty,
    /// `InvalidParameter.LaneRuleTagValueTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: lane rule tag value too long.
    InvalidParameterLaneRuleTagValueTooLong,
    /// `InvalidParameter.LaneRuleTagValueTotalTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: lane rule tag value total too long.
    InvalidParameterLaneRuleTagValueTotalTooLong,
    /// `InvalidParameter.PackageInUse`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: package in use.
    InvalidParameterPackageInUse,
    /// `InvalidParameter.ParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: param error.
    InvalidParameterParamError,
    /// `InvalidParameter.RepoPackageParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: repo package param error.
    InvalidParameterRepoPackageParamError,
    /// `InvalidParameter.RepositoryNotEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: repository not empty.
    InvalidParameterRepositoryNotEmpty,
    /// `InvalidParameter.TsfApmBusiLogCfgAppParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: tsf apm busi log cfg app param error.
    InvalidParameterTsfApmBusiLogCfgAppParamError,
    /// `InvalidParameter.TsfApmBusiLogCfgAppRelationParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: tsf apm busi log cfg app relation param error.
    InvalidParameterTsfApmBusiLogCfgAppRelationParamError,
    /// `InvalidParameter.TsfApmBusiLogCfgCloudParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: tsf apm busi log cfg cloud param error.
    InvalidParameterTsfApmBusiLogCfgCloudParamError,
    /// `InvalidParameter.TsfApmBusiLogCfgIdParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: tsf apm busi log cfg id param error.
    InvalidParameterTsfApmBusiLogCfgIdParamError,
    /// `InvalidParameter.TsfApmBusiLogCfgLimitParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: tsf apm busi log cfg limit param error.
    InvalidParameterTsfApmBusiLogCfgLimitParamError,
    /// `InvalidParameter.TsfApmBusiLogSearchRequestParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: tsf apm busi log search request param error.
    InvalidParameterTsfApmBusiLogSearchRequestParamError,
    /// `InvalidParameter.TsfApmStatsSearchRequestParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: tsf apm stats search request param error.
    InvalidParameterTsfApmStatsSearchRequestParamError,
    /// `InvalidParameter.TsfApmStdoutSearchRequestParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: tsf apm stdout search request param error.
    InvalidParameterTsfApmStdoutSearchRequestParamError,
    /// `InvalidParameter.TsfApmTraceSearchRequestParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: tsf apm trace search request param error.
    InvalidParameterTsfApmTraceSearchRequestParamError,
    /// `InvalidParameter.TsfMonitorRequestParamIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: tsf monitor request param illegal.
    InvalidParameterTsfMonitorRequestParamIllegal,
    /// `InvalidParameter.UpperDeleteLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: upper delete limit.
    InvalidParameterUpperDeleteLimit,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.ApplicationDescLength`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: application desc length.
    InvalidParameterValueApplicationDescLength,
    /// `InvalidParameterValue.ApplicationMicroTypeInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: application micro type invalid.
    InvalidParameterValueApplicationMicroTypeInvalid,
    /// `InvalidParameterValue.ApplicationNameExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: application name exist.
    InvalidParameterValueApplicationNameExist,
    /// `InvalidParameterValue.ApplicationNameLength`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: application name length.
    InvalidParameterValueApplicationNameLength,
    /// `InvalidParameterValue.ApplicationNameNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: application name null.
    InvalidParameterValueApplicationNameNull,
    /// `InvalidParameterValue.ApplicationNameRegxInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: application name regx invalid.
    InvalidParameterValueApplicationNameRegxInvalid,
    /// `InvalidParameterValue.ApplicationNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: application not exists.
    InvalidParameterValueApplicationNotExists,
    /// `InvalidParameterValue.ApplicationOrderTypeInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: application order type invalid.
    InvalidParameterValueApplicationOrderTypeInvalid,
    /// `InvalidParameterValue.ApplicationPageLimitInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: application page limit invalid.
    InvalidParameterValueApplicationPageLimitInvalid,
    /// `InvalidParameterValue.ApplicationTypeInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: application type invalid.
    InvalidParameterValueApplicationTypeInvalid,
    /// `InvalidParameterValue.ClusterCidrConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cluster cidr conflict.
    InvalidParameterValueClusterCidrConflict,
    /// `InvalidParameterValue.ClusterNameExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cluster name exist.
    InvalidParameterValueClusterNameExist,
    /// `InvalidParameterValue.ClusterNamePrefixIllegalError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cluster name prefix illegal error.
    InvalidParameterValueClusterNamePrefixIllegalError,
    /// `InvalidParameterValue.ClusterNameRegexMismatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cluster name regex mismatch.
    InvalidParameterValueClusterNameRegexMismatch,
    /// `InvalidParameterValue.ClusterNameRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cluster name required.
    InvalidParameterValueClusterNameRequired,
    /// `InvalidParameterValue.ClusterPageLimitInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cluster page limit invalid.
    InvalidParameterValueClusterPageLimitInvalid,
    /// `InvalidParameterValue.ClusterRegionInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cluster region invalid.
    InvalidParameterValueClusterRegionInvalid,
    /// `InvalidParameterValue.ClusterTypeInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cluster type invalid.
    InvalidParameterValueClusterTypeInvalid,
    /// `InvalidParameterValue.ClusterZoneInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cluster zone invalid.
    InvalidParameterValueClusterZoneInvalid,
    /// `InvalidParameterValue.ConfigAlreadyReleased`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: config already released.
    InvalidParameterValueConfigAlreadyReleased,
    /// `InvalidParameterValue.ConfigExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: config exists.
    InvalidParameterValueConfigExists,
    /// `InvalidParameterValue.ConfigGroupApplicationIdNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: config group application id not match.
    InvalidParameterValueConfigGroupApplicationIdNotMatch,
    /// `InvalidParameterValue.ConfigNameInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: config name invalid.
    InvalidParameterValueConfigNameInvalid,
    /// `InvalidParameterValue.ConfigNotExistsOrPermissionDenied`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: config not exists or permission denied.
    InvalidParameterValueConfigNotExistsOrPermissionDenied,
    /// `InvalidParameterValue.ConfigReleaseNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: config release not exists.
    InvalidParameterValueConfigReleaseNotExists,
    /// `InvalidParameterValue.ConfigTemplateDescTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: config template desc too long.
    InvalidParameterValueConfigTemplateDescTooLong,
    /// `InvalidParameterValue.ConfigTemplateNameInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: config template name invalid.
    InvalidParameterValueConfigTemplateNameInvalid,
    /// `InvalidParameterValue.ConfigTemplateNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: config template name too long.
    InvalidParameterValueConfigTemplateNameTooLong,
    /// `InvalidParameterValue.ConfigTemplateTypeInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: config template type invalid.
    InvalidParameterValueConfigTemplateTypeInvalid,
    /// `InvalidParameterValue.ConfigValueFormatInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: config value format invalid.
    InvalidParameterValueConfigValueFormatInvalid,
    /// `InvalidParameterValue.ConfigValueTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: config value too long.
    InvalidParameterValueConfigValueTooLong,
    /// `InvalidParameterValue.ConfigVersionDescInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: config version desc invalid.
    InvalidParameterValueConfigVersionDescInvalid,
    /// `InvalidParameterValue.ConfigVersionInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: config version invalid.
    InvalidParameterValueConfigVersionInvalid,
    /// `InvalidParameterValue.ContainerGroupImageTagIsInUse`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: container group image tag is in use.
    InvalidParameterValueContainerGroupImageTagIsInUse,
    /// `InvalidParameterValue.ContainergroupAccesstypeNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup accesstype null.
    InvalidParameterValueContainergroupAccesstypeNull,
    /// `InvalidParameterValue.ContainergroupApplicationIdNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup application id null.
    InvalidParameterValueContainergroupApplicationIdNull,
    /// `InvalidParameterValue.ContainergroupCpulimitOver`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup cpulimit over.
    InvalidParameterValueContainergroupCpulimitOver,
    /// `InvalidParameterValue.ContainergroupEnvValueBothSet`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup env value both set.
    InvalidParameterValueContainergroupEnvValueBothSet,
    /// `InvalidParameterValue.ContainergroupEnvValueNotSet`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup env value not set.
    InvalidParameterValueContainergroupEnvValueNotSet,
    /// `InvalidParameterValue.ContainergroupGroupidNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup groupid null.
    InvalidParameterValueContainergroupGroupidNull,
    /// `InvalidParameterValue.ContainergroupGroupnameLegnth`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup groupname legnth.
    InvalidParameterValueContainergroupGroupnameLegnth,
    /// `InvalidParameterValue.ContainergroupGroupnameNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup groupname null.
    InvalidParameterValueContainergroupGroupnameNull,
    /// `InvalidParameterValue.ContainergroupGroupnameRegexMatchFalse`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup groupname regex match false.
    InvalidParameterValueContainergroupGroupnameRegexMatchFalse,
    /// `InvalidParameterValue.ContainergroupInstanceNumInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup instance num invalid.
    InvalidParameterValueContainergroupInstanceNumInvalid,
    /// `InvalidParameterValue.ContainergroupInvalidCpuInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup invalid cpu info.
    InvalidParameterValueContainergroupInvalidCpuInfo,
    /// `InvalidParameterValue.ContainergroupInvalidMemInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup invalid mem info.
    InvalidParameterValueContainergroupInvalidMemInfo,
    /// `InvalidParameterValue.ContainergroupLimitValueInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup limit value invalid.
    InvalidParameterValueContainergroupLimitValueInvalid,
    /// `InvalidParameterValue.ContainergroupMemlimitOver`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup memlimit over.
    InvalidParameterValueContainergroupMemlimitOver,
    /// `InvalidParameterValue.ContainergroupNodePortInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup node port invalid.
    InvalidParameterValueContainergroupNodePortInvalid,
    /// `InvalidParameterValue.ContainergroupPortInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup port invalid.
    InvalidParameterValueContainergroupPortInvalid,
    /// `InvalidParameterValue.ContainergroupPortNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup port null.
    InvalidParameterValueContainergroupPortNull,
    /// `InvalidParameterValue.ContainergroupPortsRepeat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup ports repeat.
    InvalidParameterValueContainergroupPortsRepeat,
    /// `InvalidParameterValue.ContainergroupProtocolInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup protocol invalid.
    InvalidParameterValueContainergroupProtocolInvalid,
    /// `InvalidParameterValue.ContainergroupProtocolMixError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup protocol mix error.
    InvalidParameterValueContainergroupProtocolMixError,
    /// `InvalidParameterValue.ContainergroupProtocolNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup protocol null.
    InvalidParameterValueContainergroupProtocolNull,
    /// `InvalidParameterValue.ContainergroupProtocolPortsNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup protocol ports null.
    InvalidParameterValueContainergroupProtocolPortsNull,
    /// `InvalidParameterValue.ContainergroupReponameInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup reponame invalid.
    InvalidParameterValueContainergroupReponameInvalid,
    /// `InvalidParameterValue.ContainergroupResourceAgentValueInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup resource agent value invalid.
    InvalidParameterValueContainergroupResourceAgentValueInvalid,
    /// `InvalidParameterValue.ContainergroupServiceNameValidError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup service name valid error.
    InvalidParameterValueContainergroupServiceNameValidError,
    /// `InvalidParameterValue.ContainergroupTargetPortsRepeat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup target ports repeat.
    InvalidParameterValueContainergroupTargetPortsRepeat,
    /// `InvalidParameterValue.ContainergroupTargetportNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup targetport null.
    InvalidParameterValueContainergroupTargetportNull,
    /// `InvalidParameterValue.ContainergroupUpdateivlInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup updateivl invalid.
    InvalidParameterValueContainergroupUpdateivlInvalid,
    /// `InvalidParameterValue.ContainergroupUpdatetypeInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup updatetype invalid.
    InvalidParameterValueContainergroupUpdatetypeInvalid,
    /// `InvalidParameterValue.ContainergroupYamlUserContainerNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: containergroup yaml user container not found.
    InvalidParameterValueContainergroupYamlUserContainerNotFound,
    /// `InvalidParameterValue.CvmCaeMasterAgentBusy`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cvm cae master agent busy.
    InvalidParameterValueCvmCaeMasterAgentBusy,
    /// `InvalidParameterValue.CvmCaeMasterAgentNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cvm cae master agent not found.
    InvalidParameterValueCvmCaeMasterAgentNotFound,
    /// `InvalidParameterValue.CvmCaeMasterGroupNoAgent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cvm cae master group no agent.
    InvalidParameterValueCvmCaeMasterGroupNoAgent,
    /// `InvalidParameterValue.CvmCaeMasterTaskNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cvm cae master task not exist.
    InvalidParameterValueCvmCaeMasterTaskNotExist,
    /// `InvalidParameterValue.DeployGroupNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: deploy group not exists.
    InvalidParameterValueDeployGroupNotExists,
    /// `InvalidParameterValue.DuplicateProgramName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicate program name.
    InvalidParameterValueDuplicateProgramName,
    /// `InvalidParameterValue.FileConfigAlreadyReleased`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: file config already released.
    InvalidParameterValueFileConfigAlreadyReleased,
    /// `InvalidParameterValue.FileConfigCodeUnsupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: file config code unsupported.
    InvalidParameterValueFileConfigCodeUnsupported,
    /// `InvalidParameterValue.FileConfigExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: file config exists.
    InvalidParameterValueFileConfigExists,
    /// `InvalidParameterValue.FileConfigExistsPath`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: file config exists path.
    InvalidParameterValueFileConfigExistsPath,
    /// `InvalidParameterValue.FileConfigExistsPathOther`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: file config exists path other.
    InvalidParameterValueFileConfigExistsPathOther,
    /// `InvalidParameterValue.FileConfigFileNameInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: file config file name invalid.
    InvalidParameterValueFileConfigFileNameInvalid,
    /// `InvalidParameterValue.FileConfigFilePathInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: file config file path invalid.
    InvalidParameterValueFileConfigFilePathInvalid,
    /// `InvalidParameterValue.FileConfigFixedFieldUnchangeable`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: file config fixed field unchangeable.
    InvalidParameterValueFileConfigFixedFieldUnchangeable,
    /// `InvalidParameterValue.FileConfigGroupApplicationIdNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: file config group application id not match.
    InvalidParameterValueFileConfigGroupApplicationIdNotMatch,
    /// `InvalidParameterValue.FileConfigNameInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: file config name invalid.
    InvalidParameterValueFileConfigNameInvalid,
    /// `InvalidParameterValue.FileConfigNotExistsOrPermissionDenied`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: file config not exists or permission denied.
    InvalidParameterValueFileConfigNotExistsOrPermissionDenied,
    /// `InvalidParameterValue.FileConfigPathExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: file config path exists.
    InvalidParameterValueFileConfigPathExists,
    /// `InvalidParameterValue.FileConfigReleaseNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: file config release not exists.
    InvalidParameterValueFileConfigReleaseNotExists,
    /// `InvalidParameterValue.FileConfigVersionDescInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: file config version desc invalid.
    InvalidParameterValueFileConfigVersionDescInvalid,
    /// `InvalidParameterValue.FileConfigVersionInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: file config version invalid.
    InvalidParameterValueFileConfigVersionInvalid,
    /// `InvalidParameterValue.GatewayParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: gateway parameter error.
    InvalidParameterValueGatewayParameterError,
    /// `InvalidParameterValue.GatewayParameterInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: gateway parameter invalid.
    InvalidParameterValueGatewayParameterInvalid,
    /// `InvalidParameterValue.GlobalNamespaceNameExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: global namespace name exist.
    InvalidParameterValueGlobalNamespaceNameExist,
    /// `InvalidParameterValue.GroupBatchParameterInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group batch parameter invalid.
    InvalidParameterValueGroupBatchParameterInvalid,
    /// `InvalidParameterValue.GroupClusterNamespaceNotBound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group cluster namespace not bound.
    InvalidParameterValueGroupClusterNamespaceNotBound,
    /// `InvalidParameterValue.GroupClusterTypeMismatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group cluster type mismatch.
    InvalidParameterValueGroupClusterTypeMismatch,
    /// `InvalidParameterValue.GroupDeleteClusterTypeMismatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group delete cluster type mismatch.
    InvalidParameterValueGroupDeleteClusterTypeMismatch,
    /// `InvalidParameterValue.GroupNameExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group name exist.
    InvalidParameterValueGroupNameExist,
    /// `InvalidParameterValue.GroupNameLength`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group name length.
    InvalidParameterValueGroupNameLength,
    /// `InvalidParameterValue.GroupNameRegxMismatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group name regx mismatch.
    InvalidParameterValueGroupNameRegxMismatch,
    /// `InvalidParameterValue.GroupNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group not exists.
    InvalidParameterValueGroupNotExists,
    /// `InvalidParameterValue.GroupPageLimitInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group page limit invalid.
    InvalidParameterValueGroupPageLimitInvalid,
    /// `InvalidParameterValue.GroupStatusInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group status invalid.
    InvalidParameterValueGroupStatusInvalid,
    /// `InvalidParameterValue.GroupValidInstanceNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group valid instance null.
    InvalidParameterValueGroupValidInstanceNull,
    /// `InvalidParameterValue.ImagerepoRepoNameNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: imagerepo repo name null.
    InvalidParameterValueImagerepoRepoNameNull,
    /// `InvalidParameterValue.ImagerepoReponameInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: imagerepo reponame invalid.
    InvalidParameterValueImagerepoReponameInvalid,
    /// `InvalidParameterValue.ImagerepoTagnameNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: imagerepo tagname null.
    InvalidParameterValueImagerepoTagnameNull,
    /// `InvalidParameterValue.InstanceInvalidImage`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance invalid image.
    InvalidParameterValueInstanceInvalidImage,
    /// `InvalidParameterValue.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter.
    InvalidParameterValueInvalidParameter,
    /// `InvalidParameterValue.InvalidProgramName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid program name.
    InvalidParameterValueInvalidProgramName,
    /// `InvalidParameterValue.LaneGroupNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lane group not exist.
    InvalidParameterValueLaneGroupNotExist,
    /// `InvalidParameterValue.LaneInfoAlreadyUsed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lane info already used.
    InvalidParameterValueLaneInfoAlreadyUsed,
    /// `InvalidParameterValue.LaneInfoNameAlreadyUsed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lane info name already used.
    InvalidParameterValueLaneInfoNameAlreadyUsed,
    /// `InvalidParameterValue.LaneInfoNameInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lane info name invalid.
    InvalidParameterValueLaneInfoNameInvalid,
    /// `InvalidParameterValue.LaneInfoNameNotEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lane info name not empty.
    InvalidParameterValueLaneInfoNameNotEmpty,
    /// `InvalidParameterValue.LaneInfoNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lane info name too long.
    InvalidParameterValueLaneInfoNameTooLong,
    /// `InvalidParameterValue.LaneInfoNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lane info not exist.
    InvalidParameterValueLaneInfoNotExist,
    /// `InvalidParameterValue.LaneInfoNotExistEntrance`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lane info not exist entrance.
    InvalidParameterValueLaneInfoNotExistEntrance,
    /// `InvalidParameterValue.LaneInfoRemarkTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lane info remark too long.
    InvalidParameterValueLaneInfoRemarkTooLong,
    /// `InvalidParameterValue.LaneRuleEnabledRuleDeleteFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lane rule enabled rule delete failed.
    InvalidParameterValueLaneRuleEnabledRuleDeleteFailed,
    /// `InvalidParameterValue.LaneRuleIdInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lane rule id invalid.
    InvalidParameterValueLaneRuleIdInvalid,
    /// `InvalidParameterValue.LaneRuleInfoNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lane rule info not exist.
    InvalidParameterValueLaneRuleInfoNotExist,
    /// `InvalidParameterValue.LaneRuleNameAlreadyUsed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lane rule name already used.
    InvalidParameterValueLaneRuleNameAlreadyUsed,
    /// `InvalidParameterValue.LaneRuleNameInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lane rule name invalid.
    InvalidParameterValueLaneRuleNameInvalid,
    /// `InvalidParameterValue.LaneRuleNameNotEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lane rule name not empty.
    InvalidParameterValueLaneRuleNameNotEmpty,
    /// `InvalidParameterValue.LaneRuleNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lane rule name too long.
    InvalidParameterValueLaneRuleNameTooLong,
    /// `InvalidParameterValue.LaneRuleNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lane rule not exist.
    InvalidParameterValueLaneRuleNotExist,
    /// `InvalidParameterValue.LaneRuleRemarkTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lane rule remark too long.
    InvalidParameterValueLaneRuleRemarkTooLong,
    /// `InvalidParameterValue.LaneRuleTagNameNotEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lane rule tag name not empty.
    InvalidParameterValueLaneRuleTagNameNotEmpty,
    /// `InvalidParameterValue.LaneRuleTagNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lane rule tag name too long.
    InvalidParameterValueLaneRuleTagNameTooLong,
    /// `InvalidParameterValue.LaneRuleTagNotEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lane rule tag not empty.
    InvalidParameterValueLaneRuleTagNotEmpty,
    /// `InvalidParameterValue.LaneRuleTagOperatorInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lane rule tag operator invalid.
    InvalidParameterValueLaneRuleTagOperatorInvalid,
    /// `InvalidParameterValue.LaneRuleTagOperatorNotEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lane rule tag operator not empty.
    InvalidParameterValueLaneRuleTagOperatorNotEmpty,
    /// `InvalidParameterValue.LaneRuleTagValueNotEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lane rule tag value not empty.
    InvalidParameterValueLaneRuleTagValueNotEmpty,
    /// `InvalidParameterValue.LaneRuleTagValueTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lane rule tag value too long.
    InvalidParameterValueLaneRuleTagValueTooLong,
    /// `InvalidParameterValue.LaneRuleTagValueTotalTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lane rule tag value total too long.
    InvalidParameterValueLaneRuleTagValueTotalTooLong,
    /// `InvalidParameterValue.LastConfigNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: last config not exists.
    InvalidParameterValueLastConfigNotExists,
    /// `InvalidParameterValue.MsParameterInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ms parameter invalid.
    InvalidParameterValueMsParameterInvalid,
    /// `InvalidParameterValue.NamespaceAlreadyBindCluster`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: namespace already bind cluster.
    InvalidParameterValueNamespaceAlreadyBindCluster,
    /// `InvalidParameterValue.NamespaceDescInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: namespace desc invalid.
    InvalidParameterValueNamespaceDescInvalid,
    /// `InvalidParameterValue.NamespaceNameExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: namespace name exist.
    InvalidParameterValueNamespaceNameExist,
    /// `InvalidParameterValue.NamespaceNameInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: namespace name invalid.
    InvalidParameterValueNamespaceNameInvalid,
    /// `InvalidParameterValue.NamespaceNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: namespace not exists.
    InvalidParameterValueNamespaceNotExists,
    /// `InvalidParameterValue.ProgramItemNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: program item not exists.
    InvalidParameterValueProgramItemNotExists,
    /// `InvalidParameterValue.ReleasedConfigCanNotBeDeleted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: released config can not be deleted.
    InvalidParameterValueReleasedConfigCanNotBeDeleted,
    /// `InvalidParameterValue.ReleasedFileConfigCanNotBeDeleted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: released file config can not be deleted.
    InvalidParameterValueReleasedFileConfigCanNotBeDeleted,
    /// `InvalidParameterValue.ResourceNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: resource not exists.
    InvalidParameterValueResourceNotExists,
    /// `InvalidParameterValue.ResourcePermissionDenied`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: resource permission denied.
    InvalidParameterValueResourcePermissionDenied,
    /// `InvalidParameterValue.ResourceTypeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: resource type error.
    InvalidParameterValueResourceTypeError,
    /// `InvalidParameterValue.ServiceDescLength`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: service desc length.
    InvalidParameterValueServiceDescLength,
    /// `InvalidParameterValue.ServiceNameRepeated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: service name repeated.
    InvalidParameterValueServiceNameRepeated,
    /// `InvalidParameterValue.ServiceNotExistsOrPermissionDenied`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: service not exists or permission denied.
    InvalidParameterValueServiceNotExistsOrPermissionDenied,
    /// `InvalidParameterValue.TsfApmBusiLogSearchParseRspDateFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tsf apm busi log search parse rsp date format error.
    InvalidParameterValueTsfApmBusiLogSearchParseRspDateFormatError,
    /// `InvalidParameterValue.VolumeNameValidError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: volume name valid error.
    InvalidParameterValueVolumeNameValidError,
    /// `InvalidParameterValue.WrongDontStartValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: wrong dont start value.
    InvalidParameterValueWrongDontStartValue,
    /// `LimitExceeded.ErrNamespaceMaxLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: err namespace max limit.
    LimitExceededErrNamespaceMaxLimit,
    /// `LimitExceeded.ErrRepoMaxLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: err repo max limit.
    LimitExceededErrRepoMaxLimit,
    /// `LimitExceeded.TkeClusterNumberExceedLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: tke cluster number exceed limit.
    LimitExceededTkeClusterNumberExceedLimit,
    /// `MissingParameter.ApplicationIdNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: application id null.
    MissingParameterApplicationIdNull,
    /// `MissingParameter.ApplicationIdRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: application id required.
    MissingParameterApplicationIdRequired,
    /// `MissingParameter.ApplicationTypeNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: application type null.
    MissingParameterApplicationTypeNull,
    /// `MissingParameter.ClusterIdRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: cluster id required.
    MissingParameterClusterIdRequired,
    /// `MissingParameter.ClusterSubnetRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: cluster subnet required.
    MissingParameterClusterSubnetRequired,
    /// `MissingParameter.ConfigIdRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: config id required.
    MissingParameterConfigIdRequired,
    /// `MissingParameter.ConfigNameRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: config name required.
    MissingParameterConfigNameRequired,
    /// `MissingParameter.ConfigReleaseIdRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: config release id required.
    MissingParameterConfigReleaseIdRequired,
    /// `MissingParameter.ConfigTemplateIdRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: config template id required.
    MissingParameterConfigTemplateIdRequired,
    /// `MissingParameter.ConfigTemplateNameRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: config template name required.
    MissingParameterConfigTemplateNameRequired,
    /// `MissingParameter.ConfigTemplateTypeRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: config template type required.
    MissingParameterConfigTemplateTypeRequired,
    /// `MissingParameter.ConfigTypeRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: config type required.
    MissingParameterConfigTypeRequired,
    /// `MissingParameter.ConfigValueRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: config value required.
    MissingParameterConfigValueRequired,
    /// `MissingParameter.ConfigVersionRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: config version required.
    MissingParameterConfigVersionRequired,
    /// `MissingParameter.FileConfigFileValueRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: file config file value required.
    MissingParameterFileConfigFileValueRequired,
    /// `MissingParameter.GatewayParameterRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: gateway parameter required.
    MissingParameterGatewayParameterRequired,
    /// `MissingParameter.GroupApplicationNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: group application null.
    MissingParameterGroupApplicationNull,
    /// `MissingParameter.GroupExpandServeridNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: group expand serverid null.
    MissingParameterGroupExpandServeridNull,
    /// `MissingParameter.GroupIdNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: group id null.
    MissingParameterGroupIdNull,
    /// `MissingParameter.GroupIdRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: group id required.
    MissingParameterGroupIdRequired,
    /// `MissingParameter.GroupNamespaceNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: group namespace null.
    MissingParameterGroupNamespaceNull,
    /// `MissingParameter.GroupShirkServeridNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: group shirk serverid null.
    MissingParameterGroupShirkServeridNull,
    /// `MissingParameter.InstanceImportModeNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: instance import mode null.
    MissingParameterInstanceImportModeNull,
    /// `MissingParameter.NamespaceIdRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: namespace id required.
    MissingParameterNamespaceIdRequired,
    /// `MissingParameter.NamespaceNameRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: namespace name required.
    MissingParameterNamespaceNameRequired,
    /// `MissingParameter.RequiredParameterMissing`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: required parameter missing.
    MissingParameterRequiredParameterMissing,
    /// `MissingParameter.ServiceIdRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: service id required.
    MissingParameterServiceIdRequired,
    /// `MissingParameter.SystemParameterRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: system parameter required.
    MissingParameterSystemParameterRequired,
    /// `ResourceInUse.ApplicationCannotDelete`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: application cannot delete.
    ResourceInUseApplicationCannotDelete,
    /// `ResourceInUse.CvmcaeMasterCannotDelete`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: cvmcae master cannot delete.
    ResourceInUseCvmcaeMasterCannotDelete,
    /// `ResourceInUse.DefaultNamepsaceCannotBeDeleted`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: default namepsace cannot be deleted.
    ResourceInUseDefaultNamepsaceCannotBeDeleted,
    /// `ResourceInUse.GroupCannotDelete`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: group cannot delete.
    ResourceInUseGroupCannotDelete,
    /// `ResourceInUse.GroupExists`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: group exists.
    ResourceInUseGroupExists,
    /// `ResourceInUse.InstanceExists`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: instance exists.
    ResourceInUseInstanceExists,
    /// `ResourceInUse.InstanceHasBeenUsed`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: instance has been used.
    ResourceInUseInstanceHasBeenUsed,
    /// `ResourceInUse.NamespaceCannotDelete`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: namespace cannot delete.
    ResourceInUseNamespaceCannotDelete,
    /// `ResourceInUse.NonDefaultNamespaceExists`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: non default namespace exists.
    ResourceInUseNonDefaultNamespaceExists,
    /// `ResourceInUse.ObjectExist`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: object exist.
    ResourceInUseObjectExist,
    /// `ResourceInUse.RatelimitRuleExistError`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: ratelimit rule exist error.
    ResourceInUseRatelimitRuleExistError,
    /// `ResourceInUse.ResourcePoolExists`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: resource pool exists.
    ResourceInUseResourcePoolExists,
    /// `ResourceInsufficient.PackageSpaceFull`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: package space full.
    ResourceInsufficientPackageSpaceFull,
    /// `ResourceNotFound.ApplicationNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: application not exist.
    ResourceNotFoundApplicationNotExist,
    /// `ResourceNotFound.ApplicationProjectNotMatch`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: application project not match.
    ResourceNotFoundApplicationProjectNotMatch,
    /// `ResourceNotFound.ClusterNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cluster not exist.
    ResourceNotFoundClusterNotExist,
    /// `ResourceNotFound.ClusterVpcNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cluster vpc not exist.
    ResourceNotFoundClusterVpcNotExist,
    /// `ResourceNotFound.ContainergroupClusterNotfound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: containergroup cluster notfound.
    ResourceNotFoundContainergroupClusterNotfound,
    /// `ResourceNotFound.ContainergroupGroupNamespaceClusterNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: containergroup group namespace cluster not found.
    ResourceNotFoundContainergroupGroupNamespaceClusterNotFound,
    /// `ResourceNotFound.ContainergroupGroupNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: containergroup group not found.
    ResourceNotFoundContainergroupGroupNotFound,
    /// `ResourceNotFound.CvmcaeMasterResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cvmcae master resource not found.
    ResourceNotFoundCvmcaeMasterResourceNotFound,
    /// `ResourceNotFound.ErrNoRepo`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: err no repo.
    ResourceNotFoundErrNoRepo,
    /// `ResourceNotFound.ErrNoUser`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: err no user.
    ResourceNotFoundErrNoUser,
    /// `ResourceNotFound.GroupApplicationNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: group application not exist.
    ResourceNotFoundGroupApplicationNotExist,
    /// `ResourceNotFound.GroupNamespaceNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: group namespace not exist.
    ResourceNotFoundGroupNamespaceNotExist,
    /// `ResourceNotFound.GroupNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: group not exist.
    ResourceNotFoundGroupNotExist,
    /// `ResourceNotFound.InstanceNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instance not exist.
    ResourceNotFoundInstanceNotExist,
    /// `ResourceNotFound.InterfaceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: interface not found.
    ResourceNotFoundInterfaceNotFound,
    /// `ResourceNotFound.LicenseServerNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: license server not found.
    ResourceNotFoundLicenseServerNotFound,
    /// `ResourceNotFound.MicroserviceOffline`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: microservice offline.
    ResourceNotFoundMicroserviceOffline,
    /// `ResourceNotFound.NamespaceNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: namespace not exist.
    ResourceNotFoundNamespaceNotExist,
    /// `ResourceNotFound.ObjectNoExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: object no exist.
    ResourceNotFoundObjectNoExist,
    /// `ResourceNotFound.ServiceNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: service not exist.
    ResourceNotFoundServiceNotExist,
    /// `ResourceNotFound.TkeClusterNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: tke cluster not exists.
    ResourceNotFoundTkeClusterNotExists,
    /// `UnauthorizedOperation.CamGeneralError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cam general error.
    UnauthorizedOperationCamGeneralError,
    /// `UnauthorizedOperation.CamTsfRoleNotExist`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cam tsf role not exist.
    UnauthorizedOperationCamTsfRoleNotExist,
    /// `UnauthorizedOperation.LicenseInactive`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: license inactive.
    UnauthorizedOperationLicenseInactive,
    /// `UnauthorizedOperation.LicenseUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: license unauthorized.
    UnauthorizedOperationLicenseUnauthorized,
    /// `UnauthorizedOperation.NoLicense`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no license.
    UnauthorizedOperationNoLicense,
    /// `UnauthorizedOperation.NoPrivilege`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no privilege.
    UnauthorizedOperationNoPrivilege,
    /// `UnsupportedOperation.GatewayGroupNotExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: gateway group not exists.
    UnsupportedOperationGatewayGroupNotExists,
    /// `UnsupportedOperation.GatewayPathRewriteNotExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: gateway path rewrite not exists.
    UnsupportedOperationGatewayPathRewriteNotExists,
    /// `UnsupportedOperation.GatewayTooManyRequestParameter`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: gateway too many request parameter.
    UnsupportedOperationGatewayTooManyRequestParameter,
    /// `UnsupportedOperation.UnsupportAction`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupport action.
    UnsupportedOperationUnsupportAction,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 425] = [
        "FailedOperation.ApiMetaParseFailed",
        "FailedOperation.ApmGetConfigsFailed",
        "FailedOperation.ApplicationCreateEsAtuhError",
        "FailedOperation.ApplicationQueryFailed",
        "FailedOperation.ApplicationRepoDeletePkg",
        "FailedOperation.CallTsfDcfgFailed",
        "FailedOperation.CamRoleRequestError",
        "FailedOperation.CdiStatusFailed",
        "FailedOperation.CdiStatusInvalid",
        "FailedOperation.CloudApiProxyError",
        "FailedOperation.ClusterCreateVpcFail",
        "FailedOperation.ClusterNativeConnectError",
        "FailedOperation.ClusterOperateEnvIllegalError",
        "FailedOperation.ClusterQueryFailed",
        "FailedOperation.ClusterUpdateFailed",
        "FailedOperation.ConfigApplicationQueryFailed",
        "FailedOperation.ConfigCreateFailed",
        "FailedOperation.ConfigGroupQueryFailed",
        "FailedOperation.ConfigNamespaceQueryFailed",
        "FailedOperation.ConfigQueryFailed",
        "FailedOperation.ConfigReleaseLogCreateFailed",
        "FailedOperation.ConfigReleaseLogQueryFailed",
        "FailedOperation.ConfigReleaseQueryFailed",
        "FailedOperation.ConfigTemplateCreateFailed",
        "FailedOperation.ConfigTemplateDeleteFailed",
        "FailedOperation.ConfigTemplateImportFailed",
        "FailedOperation.ConfigTemplateSearchListFailed",
        "FailedOperation.ConfigTemplateUpdateFailed",
        "FailedOperation.ContainergroupGroupHasrun",
        "FailedOperation.ContainergroupGroupHasstop",
        "FailedOperation.ContainergroupKuberneteApiInvokeError",
        "FailedOperation.ContainergroupKuberneteConnectError",
        "FailedOperation.ContainergroupKubernetesApiInvokeError",
        "FailedOperation.ContainergroupKubernetesConnectError",
        "FailedOperation.ContainergroupKubernetesTkeClusterAbnormal",
        "FailedOperation.CpClusterUnavailable",
        "FailedOperation.CreateOperationTooFrequently",
        "FailedOperation.CvmCaeMasterHealthCheckConfigError",
        "FailedOperation.DispatchCommonError",
        "FailedOperation.FindMetricsExclusiveError",
        "FailedOperation.GatewayCommonError",
        "FailedOperation.GatewayGroupBoundDeleteFailed",
        "FailedOperation.GatewayRemoteCallError",
        "FailedOperation.GroupCommonError",
        "FailedOperation.GroupExists",
        "FailedOperation.GroupQueryFaild",
        "FailedOperation.GroupQueryFailed",
        "FailedOperation.ImageValidateIsUsed",
        "FailedOperation.ImagerepoRejectDelError",
        "FailedOperation.ImagerepoTcrBindError",
        "FailedOperation.InstanceCommonError",
        "FailedOperation.InstanceDeleteFailed",
        "FailedOperation.InstanceQueryFailed",
        "FailedOperation.InstanceResetError",
        "FailedOperation.InstanceResetTimeout",
        "FailedOperation.InstanceUpdateFailed",
        "FailedOperation.InternalError",
        "FailedOperation.InvalidParameter",
        "FailedOperation.LaneInfoDeleteConsulFailed",
        "FailedOperation.LaneInfoGroupNotEmpty",
        "FailedOperation.LaneInfoReleaseConsulFailed",
        "FailedOperation.LaneInfoReleaseMeshFailed",
        "FailedOperation.LaneRuleCreateFailed",
        "FailedOperation.LaneRuleEnableConsulFailed",
        "FailedOperation.LaneRuleMaxLimit",
        "FailedOperation.NamespaceCreateFailed",
        "FailedOperation.NamespaceQueryFailed",
        "FailedOperation.ProgramNameRequired",
        "FailedOperation.RatelimitConsulError",
        "FailedOperation.RatelimitMeshApiServiceError",
        "FailedOperation.ReleaseOperationTooFrequently",
        "FailedOperation.ResourceOpFailed",
        "FailedOperation.RouteAffinityMeshFailed",
        "FailedOperation.RouteEnableConsulFailed",
        "FailedOperation.RouteNamespaceRequestError",
        "FailedOperation.ServiceInsertFailed",
        "FailedOperation.ServiceQueryFailed",
        "FailedOperation.TapmBindRequired",
        "FailedOperation.TapmExpiredOtel",
        "FailedOperation.TkeClusterCreateFailed",
        "FailedOperation.TkeClusterDeleteFailed",
        "FailedOperation.TkeClusterQueryFailed",
        "FailedOperation.TokenQueryFailed",
        "FailedOperation.TsfApmAgentTaskQueryError",
        "FailedOperation.TsfApmAgentTaskWriteError",
        "FailedOperation.TsfApmApmAgentNoConnection",
        "FailedOperation.TsfApmBusiLogCfgAppRelationWriteError",
        "FailedOperation.TsfApmBusiLogCfgQueryError",
        "FailedOperation.TsfApmBusiLogCfgSchemaQueryError",
        "FailedOperation.TsfApmBusiLogCfgSchemaWriteError",
        "FailedOperation.TsfApmBusiLogCfgWriteError",
        "FailedOperation.TsfApmCallMasterInterfaceFailed",
        "FailedOperation.TsfApmCallTsfMsFailed",
        "FailedOperation.TsfApmCtsdbClientRequestError",
        "FailedOperation.TsfApmEsClientRequestError",
        "FailedOperation.TsfApmInternalError",
        "FailedOperation.TsfApmStatsSearchServiceQueryError",
        "FailedOperation.TsfAsDbInsterFail",
        "FailedOperation.TsfAsDbQueryFail",
        "FailedOperation.TsfAsExpandCountAndLimitError",
        "FailedOperation.TsfAsExpandIndicatorsLessShrink",
        "FailedOperation.TsfAsExpandLimitLessShrinkLimit",
        "FailedOperation.TsfCmonitorCtsdbClientRequestFail",
        "FailedOperation.TsfMonitorWaitedTimeout",
        "FailedOperation.TsfMsError",
        "FailedOperation.TsfMsServerError",
        "FailedOperation.TsfPrivilegeError",
        "FailedOperation.UnauthorizedOperation",
        "FailedOperation.UnhandledException",
        "InternalError.ApplicationMasterFeignError",
        "InternalError.ApplicationMasterNuknownError",
        "InternalError.ApplicationRepoDeletePkg",
        "InternalError.ApplicationScalableInitError",
        "InternalError.CamRoleRequestError",
        "InternalError.CanNotConnConsulServer",
        "InternalError.CdiStatusDataInvalid",
        "InternalError.CloudApiProxyError",
        "InternalError.ClusterCommonError",
        "InternalError.ClusterMasterFeignError",
        "InternalError.ClusterNotExistOrPrivilegeError",
        "InternalError.ConsulServerError",
        "InternalError.ContainergroupKuberneteApiInvokeError",
        "InternalError.ContainergroupKuberneteConnectError",
        "InternalError.ContainergroupKuberneteDeploymentNotfound",
        "InternalError.ContainergroupKubernetesConnectError",
        "InternalError.ContainergroupSqlFailed",
        "InternalError.CpClusterUnavailable",
        "InternalError.CvmCaeMasterDispatchError",
        "InternalError.CvmCaeMasterInternalError",
        "InternalError.CvmCaeMasterNonAlive",
        "InternalError.CvmCaeMasterQueryError",
        "InternalError.DispatchCommonError",
        "InternalError.GatewayCommonError",
        "InternalError.GatewayConsistencyError",
        "InternalError.GatewayConsulError",
        "InternalError.GatewayDbError",
        "InternalError.GroupCommonError",
        "InternalError.GroupMasterNuknownError",
        "InternalError.ImagerepoTcrBindError",
        "InternalError.InstanceCommonError",
        "InternalError.KubernetesApiCreateNamespacesError",
        "InternalError.KubernetesApiCreateSecretError",
        "InternalError.KubernetesCallError",
        "InternalError.RemoteServiceCallError",
        "InternalError.RuntimeError",
        "InternalError.SqlTooManyInItem",
        "InternalError.TkeApiFailedOperation",
        "InternalError.TsfApmBusiLogCfgAppRelationMasterError",
        "InternalError.TsfApmCallTsfMsFailed",
        "InternalError.TsfApmCommonError",
        "InternalError.TsfApmEsResponseStatusException",
        "InternalError.TsfApmInternalError",
        "InternalError.TsfMonitorDateParseFailed",
        "InternalError.TsfMonitorInternalError",
        "InternalError.TsfMsError",
        "InternalError.UnhandledException",
        "InvalidParameter",
        "InvalidParameter.ApplicationDeleteFailed",
        "InvalidParameter.BadRequest",
        "InvalidParameter.ConfigTemplateNameInvalid",
        "InvalidParameter.CvmCaeMasterJsonDecodeFail",
        "InvalidParameter.CvmCaeMasterUnknownInstanceStatus",
        "InvalidParameter.ImagerepoTcrNamespaceNotFound",
        "InvalidParameter.KubernetesParamError",
        "InvalidParameter.LaneInfoAlreadyUsed",
        "InvalidParameter.LaneInfoNameAlreadyUsed",
        "InvalidParameter.LaneInfoNameInvalid",
        "InvalidParameter.LaneInfoNameNotEmpty",
        "InvalidParameter.LaneInfoNameTooLong",
        "InvalidParameter.LaneInfoNotExist",
        "InvalidParameter.LaneInfoNotExistEntrance",
        "InvalidParameter.LaneInfoRemarkTooLong",
        "InvalidParameter.LaneRuleInfoNotExist",
        "InvalidParameter.LaneRuleNameAlreadyUsed",
        "InvalidParameter.LaneRuleNameInvalid",
        "InvalidParameter.LaneRuleNameNotEmpty",
        "InvalidParameter.LaneRuleNameTooLong",
        "InvalidParameter.LaneRuleNotExist",
        "InvalidParameter.LaneRuleRemarkTooLong",
        "InvalidParameter.LaneRuleTagNameNotEmpty",
        "InvalidParameter.LaneRuleTagNameTooLong",
        "InvalidParameter.LaneRuleTagNotEmpty",
        "InvalidParameter.LaneRuleTagValueTooLong",
        "InvalidParameter.LaneRuleTagValueTotalTooLong",
        "InvalidParameter.PackageInUse",
        "InvalidParameter.ParamError",
        "InvalidParameter.RepoPackageParamError",
        "InvalidParameter.RepositoryNotEmpty",
        "InvalidParameter.TsfApmBusiLogCfgAppParamError",
        "InvalidParameter.TsfApmBusiLogCfgAppRelationParamError",
        "InvalidParameter.TsfApmBusiLogCfgCloudParamError",
        "InvalidParameter.TsfApmBusiLogCfgIdParamError",
        "InvalidParameter.TsfApmBusiLogCfgLimitParamError",
        "InvalidParameter.TsfApmBusiLogSearchRequestParamError",
        "InvalidParameter.TsfApmStatsSearchRequestParamError",
        "InvalidParameter.TsfApmStdoutSearchRequestParamError",
        "InvalidParameter.TsfApmTraceSearchRequestParamError",
        "InvalidParameter.TsfMonitorRequestParamIllegal",
        "InvalidParameter.UpperDeleteLimit",
        "InvalidParameterValue",
        "InvalidParameterValue.ApplicationDescLength",
        "InvalidParameterValue.ApplicationMicroTypeInvalid",
        "InvalidParameterValue.ApplicationNameExist",
        "InvalidParameterValue.ApplicationNameLength",
        "InvalidParameterValue.ApplicationNameNull",
        "InvalidParameterValue.ApplicationNameRegxInvalid",
        "InvalidParameterValue.ApplicationNotExists",
        "InvalidParameterValue.ApplicationOrderTypeInvalid",
        "InvalidParameterValue.ApplicationPageLimitInvalid",
        "InvalidParameterValue.ApplicationTypeInvalid",
        "InvalidParameterValue.ClusterCidrConflict",
        "InvalidParameterValue.ClusterNameExist",
        "InvalidParameterValue.ClusterNamePrefixIllegalError",
        "InvalidParameterValue.ClusterNameRegexMismatch",
        "InvalidParameterValue.ClusterNameRequired",
        "InvalidParameterValue.ClusterPageLimitInvalid",
        "InvalidParameterValue.ClusterRegionInvalid",
        "InvalidParameterValue.ClusterTypeInvalid",
        "InvalidParameterValue.ClusterZoneInvalid",
        "InvalidParameterValue.ConfigAlreadyReleased",
        "InvalidParameterValue.ConfigExists",
        "InvalidParameterValue.ConfigGroupApplicationIdNotMatch",
        "InvalidParameterValue.ConfigNameInvalid",
        "InvalidParameterValue.ConfigNotExistsOrPermissionDenied",
        "InvalidParameterValue.ConfigReleaseNotExists",
        "InvalidParameterValue.ConfigTemplateDescTooLong",
        "InvalidParameterValue.ConfigTemplateNameInvalid",
        "InvalidParameterValue.ConfigTemplateNameTooLong",
        "InvalidParameterValue.ConfigTemplateTypeInvalid",
        "InvalidParameterValue.ConfigValueFormatInvalid",
        "InvalidParameterValue.ConfigValueTooLong",
        "InvalidParameterValue.ConfigVersionDescInvalid",
        "InvalidParameterValue.ConfigVersionInvalid",
        "InvalidParameterValue.ContainerGroupImageTagIsInUse",
        "InvalidParameterValue.ContainergroupAccesstypeNull",
        "InvalidParameterValue.ContainergroupApplicationIdNull",
        "InvalidParameterValue.ContainergroupCpulimitOver",
        "InvalidParameterValue.ContainergroupEnvValueBothSet",
        "InvalidParameterValue.ContainergroupEnvValueNotSet",
        "InvalidParameterValue.ContainergroupGroupidNull",
        "InvalidParameterValue.ContainergroupGroupnameLegnth",
        "InvalidParameterValue.ContainergroupGroupnameNull",
        "InvalidParameterValue.ContainergroupGroupnameRegexMatchFalse",
        "InvalidParameterValue.ContainergroupInstanceNumInvalid",
        "InvalidParameterValue.ContainergroupInvalidCpuInfo",
        "InvalidParameterValue.ContainergroupInvalidMemInfo",
        "InvalidParameterValue.ContainergroupLimitValueInvalid",
        "InvalidParameterValue.ContainergroupMemlimitOver",
        "InvalidParameterValue.ContainergroupNodePortInvalid",
        "InvalidParameterValue.ContainergroupPortInvalid",
        "InvalidParameterValue.ContainergroupPortNull",
        "InvalidParameterValue.ContainergroupPortsRepeat",
        "InvalidParameterValue.ContainergroupProtocolInvalid",
        "InvalidParameterValue.ContainergroupProtocolMixError",
        "InvalidParameterValue.ContainergroupProtocolNull",
        "InvalidParameterValue.ContainergroupProtocolPortsNull",
        "InvalidParameterValue.ContainergroupReponameInvalid",
        "InvalidParameterValue.ContainergroupResourceAgentValueInvalid",
        "InvalidParameterValue.ContainergroupServiceNameValidError",
        "InvalidParameterValue.ContainergroupTargetPortsRepeat",
        "InvalidParameterValue.ContainergroupTargetportNull",
        "InvalidParameterValue.ContainergroupUpdateivlInvalid",
        "InvalidParameterValue.ContainergroupUpdatetypeInvalid",
        "InvalidParameterValue.ContainergroupYamlUserContainerNotFound",
        "InvalidParameterValue.CvmCaeMasterAgentBusy",
        "InvalidParameterValue.CvmCaeMasterAgentNotFound",
        "InvalidParameterValue.CvmCaeMasterGroupNoAgent",
        "InvalidParameterValue.CvmCaeMasterTaskNotExist",
        "InvalidParameterValue.DeployGroupNotExists",
        "InvalidParameterValue.DuplicateProgramName",
        "InvalidParameterValue.FileConfigAlreadyReleased",
        "InvalidParameterValue.FileConfigCodeUnsupported",
        "InvalidParameterValue.FileConfigExists",
        "InvalidParameterValue.FileConfigExistsPath",
        "InvalidParameterValue.FileConfigExistsPathOther",
        "InvalidParameterValue.FileConfigFileNameInvalid",
        "InvalidParameterValue.FileConfigFilePathInvalid",
        "InvalidParameterValue.FileConfigFixedFieldUnchangeable",
        "InvalidParameterValue.FileConfigGroupApplicationIdNotMatch",
        "InvalidParameterValue.FileConfigNameInvalid",
        "InvalidParameterValue.FileConfigNotExistsOrPermissionDenied",
        "InvalidParameterValue.FileConfigPathExists",
        "InvalidParameterValue.FileConfigReleaseNotExists",
        "InvalidParameterValue.FileConfigVersionDescInvalid",
        "InvalidParameterValue.FileConfigVersionInvalid",
        "InvalidParameterValue.GatewayParameterError",
        "InvalidParameterValue.GatewayParameterInvalid",
        "InvalidParameterValue.GlobalNamespaceNameExist",
        "InvalidParameterValue.GroupBatchParameterInvalid",
        "InvalidParameterValue.GroupClusterNamespaceNotBound",
        "InvalidParameterValue.GroupClusterTypeMismatch",
        "InvalidParameterValue.GroupDeleteClusterTypeMismatch",
        "InvalidParameterValue.GroupNameExist",
        "InvalidParameterValue.GroupNameLength",
        "InvalidParameterValue.GroupNameRegxMismatch",
        "InvalidParameterValue.GroupNotExists",
        "InvalidParameterValue.GroupPageLimitInvalid",
        "InvalidParameterValue.GroupStatusInvalid",
        "InvalidParameterValue.GroupValidInstanceNull",
        "InvalidParameterValue.ImagerepoRepoNameNull",
        "InvalidParameterValue.ImagerepoReponameInvalid",
        "InvalidParameterValue.ImagerepoTagnameNull",
        "InvalidParameterValue.InstanceInvalidImage",
        "InvalidParameterValue.InvalidParameter",
        "InvalidParameterValue.InvalidProgramName",
        "InvalidParameterValue.LaneGroupNotExist",
        "InvalidParameterValue.LaneInfoAlreadyUsed",
        "InvalidParameterValue.LaneInfoNameAlreadyUsed",
        "InvalidParameterValue.LaneInfoNameInvalid",
        "InvalidParameterValue.LaneInfoNameNotEmpty",
        "InvalidParameterValue.LaneInfoNameTooLong",
        "InvalidParameterValue.LaneInfoNotExist",
        "InvalidParameterValue.LaneInfoNotExistEntrance",
        "InvalidParameterValue.LaneInfoRemarkTooLong",
        "InvalidParameterValue.LaneRuleEnabledRuleDeleteFailed",
        "InvalidParameterValue.LaneRuleIdInvalid",
        "InvalidParameterValue.LaneRuleInfoNotExist",
        "InvalidParameterValue.LaneRuleNameAlreadyUsed",
        "InvalidParameterValue.LaneRuleNameInvalid",
        "InvalidParameterValue.LaneRuleNameNotEmpty",
        "InvalidParameterValue.LaneRuleNameTooLong",
        "InvalidParameterValue.LaneRuleNotExist",
        "InvalidParameterValue.LaneRuleRemarkTooLong",
        "InvalidParameterValue.LaneRuleTagNameNotEmpty",
        "InvalidParameterValue.LaneRuleTagNameTooLong",
        "InvalidParameterValue.LaneRuleTagNotEmpty",
        "InvalidParameterValue.LaneRuleTagOperatorInvalid",
        "InvalidParameterValue.LaneRuleTagOperatorNotEmpty",
        "InvalidParameterValue.LaneRuleTagValueNotEmpty",
        "InvalidParameterValue.LaneRuleTagValueTooLong",
        "InvalidParameterValue.LaneRuleTagValueTotalTooLong",
        "InvalidParameterValue.LastConfigNotExists",
        "InvalidParameterValue.MsParameterInvalid",
        "InvalidParameterValue.NamespaceAlreadyBindCluster",
        "InvalidParameterValue.NamespaceDescInvalid",
        "InvalidParameterValue.NamespaceNameExist",
        "InvalidParameterValue.NamespaceNameInvalid",
        "InvalidParameterValue.NamespaceNotExists",
        "InvalidParameterValue.ProgramItemNotExists",
        "InvalidParameterValue.ReleasedConfigCanNotBeDeleted",
        "InvalidParameterValue.ReleasedFileConfigCanNotBeDeleted",
        "InvalidParameterValue.ResourceNotExists",
        "InvalidParameterValue.ResourcePermissionDenied",
        "InvalidParameterValue.ResourceTypeError",
        "InvalidParameterValue.ServiceDescLength",
        "InvalidParameterValue.ServiceNameRepeated",
        "InvalidParameterValue.ServiceNotExistsOrPermissionDenied",
        "InvalidParameterValue.TsfApmBusiLogSearchParseRspDateFormatError",
        "InvalidParameterValue.VolumeNameValidError",
        "InvalidParameterValue.WrongDontStartValue",
        "LimitExceeded.ErrNamespaceMaxLimit",
        "LimitExceeded.ErrRepoMaxLimit",
        "LimitExceeded.TkeClusterNumberExceedLimit",
        "MissingParameter.ApplicationIdNull",
        "MissingParameter.ApplicationIdRequired",
        "MissingParameter.ApplicationTypeNull",
        "MissingParameter.ClusterIdRequired",
        "MissingParameter.ClusterSubnetRequired",
        "MissingParameter.ConfigIdRequired",
        "MissingParameter.ConfigNameRequired",
        "MissingParameter.ConfigReleaseIdRequired",
        "MissingParameter.ConfigTemplateIdRequired",
        "MissingParameter.ConfigTemplateNameRequired",
        "MissingParameter.ConfigTemplateTypeRequired",
        "MissingParameter.ConfigTypeRequired",
        "MissingParameter.ConfigValueRequired",
        "MissingParameter.ConfigVersionRequired",
        "MissingParameter.FileConfigFileValueRequired",
        "MissingParameter.GatewayParameterRequired",
        "MissingParameter.GroupApplicationNull",
        "MissingParameter.GroupExpandServeridNull",
        "MissingParameter.GroupIdNull",
        "MissingParameter.GroupIdRequired",
        "MissingParameter.GroupNamespaceNull",
        "MissingParameter.GroupShirkServeridNull",
        "MissingParameter.InstanceImportModeNull",
        "MissingParameter.NamespaceIdRequired",
        "MissingParameter.NamespaceNameRequired",
        "MissingParameter.RequiredParameterMissing",
        "MissingParameter.ServiceIdRequired",
        "MissingParameter.SystemParameterRequired",
        "ResourceInUse.ApplicationCannotDelete",
        "ResourceInUse.CvmcaeMasterCannotDelete",
        "ResourceInUse.DefaultNamepsaceCannotBeDeleted",
        "ResourceInUse.GroupCannotDelete",
        "ResourceInUse.GroupExists",
        "ResourceInUse.InstanceExists",
        "ResourceInUse.InstanceHasBeenUsed",
        "ResourceInUse.NamespaceCannotDelete",
        "ResourceInUse.NonDefaultNamespaceExists",
        "ResourceInUse.ObjectExist",
        "ResourceInUse.RatelimitRuleExistError",
        "ResourceInUse.ResourcePoolExists",
        "ResourceInsufficient.PackageSpaceFull",
        "ResourceNotFound.ApplicationNotExist",
        "ResourceNotFound.ApplicationProjectNotMatch",
        "ResourceNotFound.ClusterNotExist",
        "ResourceNotFound.ClusterVpcNotExist",
        "ResourceNotFound.ContainergroupClusterNotfound",
        "ResourceNotFound.ContainergroupGroupNamespaceClusterNotFound",
        "ResourceNotFound.ContainergroupGroupNotFound",
        "ResourceNotFound.CvmcaeMasterResourceNotFound",
        "ResourceNotFound.ErrNoRepo",
        "ResourceNotFound.ErrNoUser",
        "ResourceNotFound.GroupApplicationNotExist",
        "ResourceNotFound.GroupNamespaceNotExist",
        "ResourceNotFound.GroupNotExist",
        "ResourceNotFound.InstanceNotExist",
        "ResourceNotFound.InterfaceNotFound",
        "ResourceNotFound.LicenseServerNotFound",
        "ResourceNotFound.MicroserviceOffline",
        "ResourceNotFound.NamespaceNotExist",
        "ResourceNotFound.ObjectNoExist",
        "ResourceNotFound.ServiceNotExist",
        "ResourceNotFound.TkeClusterNotExists",
        "UnauthorizedOperation.CamGeneralError",
        "UnauthorizedOperation.CamTsfRoleNotExist",
        "UnauthorizedOperation.LicenseInactive",
        "UnauthorizedOperation.LicenseUnauthorized",
        "UnauthorizedOperation.NoLicense",
        "UnauthorizedOperation.NoPrivilege",
        "UnsupportedOperation.GatewayGroupNotExists",
        "UnsupportedOperation.GatewayPathRewriteNotExists",
        "UnsupportedOperation.GatewayTooManyRequestParameter",
        "UnsupportedOperation.UnsupportAction",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: api meta parse failed.The operation failed: apm get configs failed.The operation failed: application create es atuh error.The operation failed: application query failed.The operation failed: application repo delete pkg.The operation failed: call tsf dcfg failed.The operation failed: cam role request error.The operation failed: cdi status failed.The operation failed: cdi status invalid.The operation failed: cloud api proxy error.The operation failed: cluster create vpc fail.The operation failed: cluster native connect error.The operation failed: cluster operate env illegal error.The operation failed: cluster query failed.The operation failed: cluster update failed.The operation failed: config application query failed.The operation failed: config create failed.The operation failed: config group query failed.The operation failed: config namespace query failed.The operation failed: config query failed.The operation failed: config release log create failed.The operation failed: config release log query failed.The operation failed: config release query failed.The operation failed: config template create failed.The operation failed: config template delete failed.The operation failed: config template import failed.The operation failed: config template search list failed.The operation failed: config template update failed.The operation failed: containergroup group hasrun.The operation failed: containergroup group hasstop.The operation failed: containergroup kubernete api invoke error.The operation failed: containergroup kubernete connect error.The operation failed: containergroup kubernetes api invoke error.The operation failed: containergroup kubernetes connect error.The operation failed: containergroup kubernetes tke cluster abnormal.The operation failed: cp cluster unavailable.The operation failed: create operation too frequently.The operation failed: cvm cae master health check config error.The operation failed: dispatch common error.The operation failed: find metrics exclusive error.The operation failed: gateway common error.The operation failed: gateway group bound delete failed.The operation failed: gateway remote call error.The operation failed: group common error.The operation failed: group exists.The operation failed: group query faild.The operation failed: group query failed.The operation failed: image validate is used.The operation failed: imagerepo reject del error.The operation failed: imagerepo tcr bind error.The operation failed: instance common error.The operation failed: instance delete failed.The operation failed: instance query failed.The operation failed: instance reset error.The operation failed: instance reset timeout.The operation failed: instance update failed.The operation failed: internal error.The operation failed: invalid parameter.The operation failed: lane info delete consul failed.The operation failed: lane info group not empty.The operation failed: lane info release consul failed.The operation failed: lane info release mesh failed.The operation failed: lane rule create failed.The operation failed: lane rule enable consul failed.The operation failed: lane rule max limit.The operation failed: namespace create failed.The operation failed: namespace query failed.The operation failed: program name required.The operation failed: ratelimit consul error.The operation failed: ratelimit mesh api service error.The operation failed: release operation too frequently.The operation failed: resource op failed.The operation failed: route affinity mesh failed.The operation failed: route enable consul failed.The operation failed: route namespace request error.The operation failed: service insert failed.The operation failed: service query failed.The operation failed: tapm bind required.The operation failed: tapm expired otel.The operation failed: tke cluster create failed.The operation failed: tke cluster delete failed.The operation failed: tke cluster query failed.The operation failed: token query failed.The operation failed: tsf apm agent task query error.The operation failed: tsf apm agent task write error.The operation failed: tsf apm apm agent no connection.The operation failed: tsf apm busi log cfg app relation write error.The operation failed: tsf apm busi log cfg query error.The operation failed: tsf apm busi log cfg schema query error.The operation failed: tsf apm busi log cfg schema write error.The operation failed: tsf apm busi log cfg write error.The operation failed: tsf apm call master interface failed.The operation failed: tsf apm call tsf ms failed.The operation failed: tsf apm ctsdb client request error.The operation failed: tsf apm es client request error.The operation failed: tsf apm internal error.The operation failed: tsf apm stats search service query error.The operation failed: tsf as db inster fail.The operation failed: tsf as db query fail.The operation failed: tsf as expand count and limit error.The operation failed: tsf as expand indicators less shrink.The operation failed: tsf as expand limit less shrink limit.The operation failed: tsf cmonitor ctsdb client request fail.The operation failed: tsf monitor waited timeout.The operation failed: tsf ms error.The operation failed: tsf ms server error.The operation failed: tsf privilege error.The operation failed: unauthorized operation.The operation failed: unhandled exception.An internal error occurred: application master feign error.An internal error occurred: application master nuknown error.An internal error occurred: application repo delete pkg.An internal error occurred: application scalable init error.An internal error occurred: cam role request error.An internal error occurred: can not conn consul server.An internal error occurred: cdi status data invalid.An internal error occurred: cloud api proxy error.An internal error occurred: cluster common error.An internal error occurred: cluster master feign error.An internal error occurred: cluster not exist or privilege error.An internal error occurred: consul server error.An internal error occurred: containergroup kubernete api invoke error.An internal error occurred: containergroup kubernete connect error.An internal error occurred: containergroup kubernete deployment notfound.An internal error occurred: containergroup kubernetes connect error.An internal error occurred: containergroup sql failed.An internal error occurred: cp cluster unavailable.An internal error occurred: cvm cae master dispatch error.An internal error occurred: cvm cae master internal error.An internal error occurred: cvm cae master non alive.An internal error occurred: cvm cae master query error.An internal error occurred: dispatch common error.An internal error occurred: gateway common error.An internal error occurred: gateway consistency error.An internal error occurred: gateway consul error.An internal error occurred: gateway db error.An internal error occurred: group common error.An internal error occurred: group master nuknown error.An internal error occurred: imagerepo tcr bind error.An internal error occurred: instance common error.An internal error occurred: kubernetes api create namespaces error.An internal error occurred: kubernetes api create secret error.An internal error occurred: kubernetes call error.An internal error occurred: remote service call error.An internal error occurred: runtime error.An internal error occurred: sql too many in item.An internal error occurred: tke api failed operation.An internal error occurred: tsf apm busi log cfg app relation master error.An internal error occurred: tsf apm call tsf ms failed.An internal error occurred: tsf apm common error.An internal error occurred: tsf apm es response status exception.An internal error occurred: tsf apm internal error.An internal error occurred: tsf monitor date parse failed.An internal error occurred: tsf monitor internal error.An internal error occurred: tsf ms error.An internal error occurred: unhandled exception.A parameter is invalid.A parameter is invalid: application delete failed.A parameter is invalid: bad request.A parameter is invalid: config template name invalid.A parameter is invalid: cvm cae master json decode fail.A parameter is invalid: cvm cae master unknown instance status.A parameter is invalid: imagerepo tcr namespace not found.A parameter is invalid: kubernetes param error.A parameter is invalid: lane info already used.A parameter is invalid: lane info name already used.A parameter is invalid: lane info name invalid.A parameter is invalid: lane info name not empty.A parameter is invalid: lane info name too long.A parameter is invalid: lane info not exist.A parameter is invalid: lane info not exist entrance.A parameter is invalid: lane info remark too long.A parameter is invalid: lane rule info not exist.A parameter is invalid: lane rule name already used.A parameter is invalid: lane rule name invalid.A parameter is invalid: lane rule name not empty.A parameter is invalid: lane rule name too long.A parameter is invalid: lane rule not exist.A parameter is invalid: lane rule remark too long.A parameter is invalid: lane rule tag name not empty.A parameter is invalid: lane rule tag name too long.A parameter is invalid: lane rule tag not empty.A parameter is invalid: lane rule tag value too long.A parameter is invalid: lane rule tag value total too long.A parameter is invalid: package in use.A parameter is invalid: param error.A parameter is invalid: repo package param error.A parameter is invalid: repository not empty.A parameter is invalid: tsf apm busi log cfg app param error.A parameter is invalid: tsf apm busi log cfg app relation param error.A parameter is invalid: tsf apm busi log cfg cloud param error.A parameter is invalid: tsf apm busi log cfg id param error.A parameter is invalid: tsf apm busi log cfg limit param error.A parameter is invalid: tsf apm busi log search request param error.A parameter is invalid: tsf apm stats search request param error.A parameter is invalid: tsf apm stdout search request param error.A parameter is invalid: tsf apm trace search request param error.A parameter is invalid: tsf monitor request param illegal.A parameter is invalid: upper delete limit.A parameter value is invalid.A parameter value is invalid: application desc length.A parameter value is invalid: application micro type invalid.A parameter value is invalid: application name exist.A parameter value is invalid: application name length.A parameter value is invalid: application name null.A parameter value is invalid: application name regx invalid.A parameter value is invalid: application not exists.A parameter value is invalid: application order type invalid.A parameter value is invalid: application page limit invalid.A parameter value is invalid: application type invalid.A parameter value is invalid: cluster cidr conflict.A parameter value is invalid: cluster name exist.A parameter value is invalid: cluster name prefix illegal error.A parameter value is invalid: cluster name regex mismatch.A parameter value is invalid: cluster name required.A parameter value is invalid: cluster page limit invalid.A parameter value is invalid: cluster region invalid.A parameter value is invalid: cluster type invalid.A parameter value is invalid: cluster zone invalid.A parameter value is invalid: config already released.A parameter value is invalid: config exists.A parameter value is invalid: config group application id not match.A parameter value is invalid: config name invalid.A parameter value is invalid: config not exists or permission denied.A parameter value is invalid: config release not exists.A parameter value is invalid: config template desc too long.A parameter value is invalid: config template name invalid.A parameter value is invalid: config template name too long.A parameter value is invalid: config template type invalid.A parameter value is invalid: config value format invalid.A parameter value is invalid: config value too long.A parameter value is invalid: config version desc invalid.A parameter value is invalid: config version invalid.A parameter value is invalid: container group image tag is in use.A parameter value is invalid: containergroup accesstype null.A parameter value is invalid: containergroup application id null.A parameter value is invalid: containergroup cpulimit over.A parameter value is invalid: containergroup env value both set.A parameter value is invalid: containergroup env value not set.A parameter value is invalid: containergroup groupid null.A parameter value is invalid: containergroup groupname legnth.A parameter value is invalid: containergroup groupname null.A parameter value is invalid: containergroup groupname regex match false.A parameter value is invalid: containergroup instance num invalid.A parameter value is invalid: containergroup invalid cpu info.A parameter value is invalid: containergroup invalid mem info.A parameter value is invalid: containergroup limit value invalid.A parameter value is invalid: containergroup memlimit over.A parameter value is invalid: containergroup node port invalid.A parameter value is invalid: containergroup port invalid.A parameter value is invalid: containergroup port null.A parameter value is invalid: containergroup ports repeat.A parameter value is invalid: containergroup protocol invalid.A parameter value is invalid: containergroup protocol mix error.A parameter value is invalid: containergroup protocol null.A parameter value is invalid: containergroup protocol ports null.A parameter value is invalid: containergroup reponame invalid.A parameter value is invalid: containergroup resource agent value invalid.A parameter value is invalid: containergroup service name valid error.A parameter value is invalid: containergroup target ports repeat.A parameter value is invalid: containergroup targetport null.A parameter value is invalid: containergroup updateivl invalid.A parameter value is invalid: containergroup updatetype invalid.A parameter value is invalid: containergroup yaml user container not found.A parameter value is invalid: cvm cae master agent busy.A parameter value is invalid: cvm cae master agent not found.A parameter value is invalid: cvm cae master group no agent.A parameter value is invalid: cvm cae master task not exist.A parameter value is invalid: deploy group not exists.A parameter value is invalid: duplicate program name.A parameter value is invalid: file config already released.A parameter value is invalid: file config code unsupported.A parameter value is invalid: file config exists.A parameter value is invalid: file config exists path.A parameter value is invalid: file config exists path other.A parameter value is invalid: file config file name invalid.A parameter value is invalid: file config file path invalid.A parameter value is invalid: file config fixed field unchangeable.A parameter value is invalid: file config group application id not match.A parameter value is invalid: file config name invalid.A parameter value is invalid: file config not exists or permission denied.A parameter value is invalid: file config path exists.A parameter value is invalid: file config release not exists.A parameter value is invalid: file config version desc invalid.A parameter value is invalid: file config version invalid.A parameter value is invalid: gateway parameter error.A parameter value is invalid: gateway parameter invalid.A parameter value is invalid: global namespace name exist.A parameter value is invalid: group batch parameter invalid.A parameter value is invalid: group cluster namespace not bound.A parameter value is invalid: group cluster type mismatch.A parameter value is invalid: group delete cluster type mismatch.A parameter value is invalid: group name exist.A parameter value is invalid: group name length.A parameter value is invalid: group name regx mismatch.A parameter value is invalid: group not exists.A parameter value is invalid: group page limit invalid.A parameter value is invalid: group status invalid.A parameter value is invalid: group valid instance null.A parameter value is invalid: imagerepo repo name null.A parameter value is invalid: imagerepo reponame invalid.A parameter value is invalid: imagerepo tagname null.A parameter value is invalid: instance invalid image.A parameter value is invalid: invalid parameter.A parameter value is invalid: invalid program name.A parameter value is invalid: lane group not exist.A parameter value is invalid: lane info already used.A parameter value is invalid: lane info name already used.A parameter value is invalid: lane info name invalid.A parameter value is invalid: lane info name not empty.A parameter value is invalid: lane info name too long.A parameter value is invalid: lane info not exist.A parameter value is invalid: lane info not exist entrance.A parameter value is invalid: lane info remark too long.A parameter value is invalid: lane rule enabled rule delete failed.A parameter value is invalid: lane rule id invalid.A parameter value is invalid: lane rule info not exist.A parameter value is invalid: lane rule name already used.A parameter value is invalid: lane rule name invalid.A parameter value is invalid: lane rule name not empty.A parameter value is invalid: lane rule name too long.A parameter value is invalid: lane rule not exist.A parameter value is invalid: lane rule remark too long.A parameter value is invalid: lane rule tag name not empty.A parameter value is invalid: lane rule tag name too long.A parameter value is invalid: lane rule tag not empty.A parameter value is invalid: lane rule tag operator invalid.A parameter value is invalid: lane rule tag operator not empty.A parameter value is invalid: lane rule tag value not empty.A parameter value is invalid: lane rule tag value too long.A parameter value is invalid: lane rule tag value total too long.A parameter value is invalid: last config not exists.A parameter value is invalid: ms parameter invalid.A parameter value is invalid: namespace already bind cluster.A parameter value is invalid: namespace desc invalid.A parameter value is invalid: namespace name exist.A parameter value is invalid: namespace name invalid.A parameter value is invalid: namespace not exists.A parameter value is invalid: program item not exists.A parameter value is invalid: released config can not be deleted.A parameter value is invalid: released file config can not be deleted.A parameter value is invalid: resource not exists.A parameter value is invalid: resource permission denied.A parameter value is invalid: resource type error.A parameter value is invalid: service desc length.A parameter value is invalid: service name repeated.A parameter value is invalid: service not exists or permission denied.A parameter value is invalid: tsf apm busi log search parse rsp date format error.A parameter value is invalid: volume name valid error.A parameter value is invalid: wrong dont start value.A limit was exceeded: err namespace max limit.A limit was exceeded: err repo max limit.A limit was exceeded: tke cluster number exceed limit.A required parameter is missing: application id null.A required parameter is missing: application id required.A required parameter is missing: application type null.A required parameter is missing: cluster id required.A required parameter is missing: cluster subnet required.A required parameter is missing: config id required.A required parameter is missing: config name required.A required parameter is missing: config release id required.A required parameter is missing: config template id required.A required parameter is missing: config template name required.A required parameter is missing: config template type required.A required parameter is missing: config type required.A required parameter is missing: config value required.A required parameter is missing: config version required.A required parameter is missing: file config file value required.A required parameter is missing: gateway parameter required.A required parameter is missing: group application null.A required parameter is missing: group expand serverid null.A required parameter is missing: group id null.A required parameter is missing: group id required.A required parameter is missing: group namespace null.A required parameter is missing: group shirk serverid null.A required parameter is missing: instance import mode null.A required parameter is missing: namespace id required.A required parameter is missing: namespace name required.A required parameter is missing: required parameter missing.A required parameter is missing: service id required.A required parameter is missing: system parameter required.The resource is in use: application cannot delete.The resource is in use: cvmcae master cannot delete.The resource is in use: default namepsace cannot be deleted.The resource is in use: group cannot delete.The resource is in use: group exists.The resource is in use: instance exists.The resource is in use: instance has been used.The resource is in use: namespace cannot delete.The resource is in use: non default namespace exists.The resource is in use: object exist.The resource is in use: ratelimit rule exist error.The resource is in use: resource pool exists.Resources are insufficient: package space full.The resource was not found: application not exist.The resource was not found: application project not match.The resource was not found: cluster not exist.The resource was not found: cluster vpc not exist.The resource was not found: containergroup cluster notfound.The resource was not found: containergroup group namespace cluster not found.The resource was not found: containergroup group not found.The resource was not found: cvmcae master resource not found.The resource was not found: err no repo.The resource was not found: err no user.The resource was not found: group application not exist.The resource was not found: group namespace not exist.The resource was not found: group not exist.The resource was not found: instance not exist.The resource was not found: interface not found.The resource was not found: license server not found.The resource was not found: microservice offline.The resource was not found: namespace not exist.The resource was not found: object no exist.The resource was not found: service not exist.The resource was not found: tke cluster not exists.The operation is not authorized: cam general error.The operation is not authorized: cam tsf role not exist.The operation is not authorized: license inactive.The operation is not authorized: license unauthorized.The operation is not authorized: no license.The operation is not authorized: no privilege.The operation is not supported: gateway group not exists.The operation is not supported: gateway path rewrite not exists.The operation is not supported: gateway too many request parameter.The operation is not supported: unsupport action.",
        ends: &[
            0, 44, 89, 144, 191, 241, 284, 329, 369, 410, 454, 500, 551, 607, 650, 694,
            748, 791, 839, 891, 933, 988, 1042, 1092, 1144, 1196, 1248, 1305, 1357, 1407,
            1458, 1522, 1583, 1648, 1710, 1779, 1824, 1878, 1941, 1985, 2036, 2079, 2135,
            2183, 2224, 2259, 2299, 2340, 2385, 2434, 2481, 2525, 2570, 2614, 2657, 2702,
            2747, 2784, 2824, 2877, 2925, 2979, 3031, 3077, 3130, 3172, 3218, 3263, 3307,
            3352, 3407, 3462, 3503, 3552, 3601, 3653, 3697, 3740, 3781, 3821, 3869, 3917,
            3964, 4005, 4058, 4111, 4165, 4233, 4288, 4350, 4412, 4467, 4526, 4575, 4632,
            4686, 4731, 4794, 4838, 4881, 4939, 4998, 5058, 5119, 5168, 5203, 5245, 5287,
            5332, 5374, 5433, 5494, 5550, 5610, 5661, 5716, 5768, 5818, 5867, 5922, 5987,
            6035, 6105, 6172, 6245, 6313, 6367, 6418, 6476, 6534, 6587, 6642, 6692, 6741,
            6795, 6844, 6889, 6936, 6991, 7044, 7094, 7161, 7224, 7274, 7328, 7370, 7419,
            7472, 7547, 7602, 7651, 7716, 7767, 7825, 7880, 7921, 7969, 7992, 8042, 8078,
            8131, 8187, 8250, 8308, 8355, 8402, 8454, 8501, 8550, 8598, 8642, 8695, 8745,
            8794, 8846, 8893, 8942, 8990, 9034, 9084, 9137, 9189, 9237, 9290, 9349, 9388,
            9424, 9473, 9518, 9579, 9649, 9712, 9772, 9835, 9903, 9968, 10034, 10099,
            10157, 10200, 10229, 10283, 10344, 10397, 10451, 10503, 10563, 10616, 10677,
            10738, 10793, 10845, 10894, 10958, 11016, 11068, 11125, 11178, 11229, 11280,
            11334, 11378, 11446, 11496, 11565, 11621, 11681, 11740, 11800, 11859, 11917,
            11969, 12027, 12080, 12146, 12207, 12272, 12331, 12395, 12458, 12516, 12578,
            12638, 12711, 12777, 12839, 12901, 12966, 13025, 13088, 13146, 13201, 13259,
            13321, 13385, 13444, 13509, 13571, 13645, 13715, 13780, 13841, 13904, 13968,
            14043, 14099, 14160, 14220, 14280, 14334, 14387, 14446, 14505, 14554, 14608,
            14668, 14728, 14788, 14855, 14928, 14983, 15057, 15111, 15172, 15235, 15293,
            15347, 15403, 15461, 15521, 15585, 15643, 15708, 15755, 15803, 15858, 15905,
            15960, 16011, 16067, 16122, 16179, 16232, 16285, 16333, 16384, 16435, 16488,
            16546, 16599, 16654, 16708, 16758, 16817, 16873, 16940, 16991, 17046, 17104,
            17157, 17212, 17266, 17316, 17372, 17431, 17489, 17543, 17604, 17667, 17727,
            17786, 17851, 17904, 17955, 18016, 18069, 18120, 18173, 18224, 18278, 18343,
            18413, 18463, 18520, 18570, 18620, 18672, 18742, 18824, 18878, 18931, 18977,
            19018, 19072, 19125, 19182, 19237, 19290, 19347, 19399, 19453, 19513, 19574,
            19637, 19700, 19754, 19809, 19866, 19931, 19991, 20047, 20107, 20154, 20205,
            20259, 20318, 20377, 20432, 20489, 20549, 20602, 20661, 20711, 20763, 20823,
            20867, 20904, 20944, 20991, 21039, 21092, 21129, 21180, 21225, 21272, 21322,
            21380, 21426, 21476, 21536, 21613, 21672, 21733, 21773, 21813, 21869, 21923,
            21967, 22014, 22062, 22115, 22164, 22212, 22256, 22302, 22353, 22404, 22460,
            22510, 22564, 22608, 22654, 22711, 22775, 22842, 22891,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 425] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbcaaaaaaaaaaaaaaaaaaaaaccccccaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 425] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmcccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccchhhccccccccccccccccccccccccccccjjjjjjjjjjjjheeeeeeeeeeeeeeeeeeeeeggggggiiii",
    );
    static PILOTS: [u16; 107] = [
        4, 0, 0, 45, 5, 1, 12, 3, 8, 5, 1, 1, 10, 70, 1, 9, 9, 12, 15, 15, 8, 23, 0, 0,
        91, 0, 4, 1, 58, 0, 38, 18, 4, 1, 1, 2, 1, 1, 6, 9, 25, 19, 0, 47, 46, 26, 6, 35,
        26, 18, 0, 24, 20, 71, 1, 2, 17, 12, 52, 9, 5, 6, 21, 80, 1, 23, 22, 1, 4, 3, 23,
        0, 55, 2, 71, 4, 15, 1, 55, 2, 50, 165, 16, 4, 3, 25, 59, 13, 40, 40, 33, 19,
        169, 105, 102, 10, 112, 30, 0, 0, 329, 4, 0, 49, 106, 321, 72,
    ];
    static SLOTS: [(&str, u32); 472] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            128, 4294967295, 278, 294, 4294967295, 145, 349, 47, 1, 249, 6, 234,
            4294967295, 257, 307, 280, 49, 381, 308, 71, 4294967295, 201, 4, 273, 401,
            184, 272, 174, 211, 213, 302, 185, 374, 330, 382, 378, 400, 363, 4294967295,
            161, 390, 282, 109, 310, 314, 114, 57, 21, 343, 80, 391, 358, 90, 197, 347,
            419, 122, 233, 271, 70, 236, 16, 67, 392, 266, 139, 3, 72, 4294967295, 126,
            4294967295, 133, 306, 311, 283, 326, 73, 39, 289, 342, 367, 4294967295,
            4294967295, 176, 4294967295, 96, 309, 157, 0, 138, 43, 191, 120, 4294967295,
            53, 4294967295, 58, 418, 394, 265, 395, 142, 4294967295, 52, 4294967295, 173,
            319, 26, 29, 422, 231, 214, 219, 34, 4294967295, 304, 187, 287, 341, 348, 50,
            143, 82, 117, 4294967295, 4294967295, 268, 81, 4294967295, 332, 353, 135,
            354, 178, 61, 102, 204, 85, 351, 4294967295, 46, 4294967295, 2, 4294967295,
            125, 165, 322, 108, 276, 83, 17, 100, 27, 313, 232, 4294967295, 152, 258,
            328, 325, 275, 4294967295, 357, 116, 383, 371, 417, 121, 4294967295, 63, 79,
            251, 200, 312, 345, 205, 226, 93, 160, 115, 209, 365, 94, 87, 285, 290, 19,
            163, 402, 206, 158, 86, 277, 144, 406, 362, 300, 179, 193, 340, 229, 329,
            172, 194, 411, 123, 97, 151, 132, 315, 88, 180, 15, 262, 423, 242, 51, 284,
            103, 247, 255, 4294967295, 327, 183, 5, 60, 359, 281, 84, 246, 355, 28,
            4294967295, 240, 305, 44, 41, 264, 298, 4294967295, 111, 119, 254, 414, 223,
            156, 416, 388, 140, 230, 95, 101, 14, 150, 181, 288, 170, 259, 153, 361, 338,
            192, 89, 162, 339, 4294967295, 4294967295, 316, 10, 334, 203, 270, 261, 113,
            168, 212, 248, 54, 303, 321, 346, 4294967295, 210, 4294967295, 369, 337, 166,
            98, 360, 148, 4294967295, 370, 107, 396, 317, 260, 159, 393, 295, 376, 69,
            263, 408, 75, 167, 415, 182, 379, 333, 149, 64, 4294967295, 250, 4294967295,
            25, 252, 118, 124, 421, 424, 175, 76, 222, 217, 4294967295, 291, 323, 12,
            131, 297, 146, 352, 4294967295, 195, 4294967295, 147, 55, 48, 99, 380, 407,
            269, 253, 372, 112, 196, 18, 4294967295, 228, 221, 190, 398, 235, 364, 387,
            245, 4294967295, 134, 375, 324, 385, 92, 244, 274, 331, 207, 241, 56, 409,
            62, 189, 399, 227, 30, 33, 4294967295, 243, 35, 105, 238, 286, 208, 279, 350,
            267, 4294967295, 403, 4294967295, 77, 8, 9, 397, 137, 22, 301, 215,
            4294967295, 299, 198, 225, 74, 384, 59, 413, 344, 335, 129, 336, 7, 155, 20,
            31, 104, 216, 296, 220, 377, 4294967295, 106, 171, 66, 237, 389, 256, 410,
            320, 177, 224, 78, 37, 154, 186, 45, 91, 318, 24, 164, 199, 42, 36, 141, 110,
            412, 13, 40, 239, 293, 404, 136, 127, 4294967295, 368, 386, 188, 4294967295,
            202, 420, 405, 11, 23, 169, 4294967295, 130, 218, 68, 292, 366, 65, 373, 38,
            356, 32,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
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
    const PROVIDER: &'static str = "Tencent Cloud TSF";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TSF's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TSF: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
