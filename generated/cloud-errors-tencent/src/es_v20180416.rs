// @generated from catalogs/tencent/es_v20180416.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud ES v20180416: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud ES v20180416: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.UnAuthCreateInstance`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: un auth create instance.
    AuthFailureUnAuthCreateInstance,
    /// `AuthFailure.UnAuthDescribeInstances`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: un auth describe instances.
    AuthFailureUnAuthDescribeInstances,
    /// `AuthFailure.UnAuthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: un authorized operation.
    AuthFailureUnAuthorizedOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AbnormalDataFormat`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: abnormal data format.
    FailedOperationAbnormalDataFormat,
    /// `FailedOperation.AccessControlList`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: access control list.
    FailedOperationAccessControlList,
    /// `FailedOperation.CdcQuotaInsufficient`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cdc quota insufficient.
    FailedOperationCdcQuotaInsufficient,
    /// `FailedOperation.CloseDataTier`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: close data tier.
    FailedOperationCloseDataTier,
    /// `FailedOperation.ClusterResourceLimitError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cluster resource limit error.
    FailedOperationClusterResourceLimitError,
    /// `FailedOperation.CosMigrate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cos migrate.
    FailedOperationCosMigrate,
    /// `FailedOperation.DiskCountParamError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: disk count param error.
    FailedOperationDiskCountParamError,
    /// `FailedOperation.ErrorClusterState`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: error cluster state.
    FailedOperationErrorClusterState,
    /// `FailedOperation.ErrorClusterStateNoReplication`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: error cluster state no replication.
    FailedOperationErrorClusterStateNoReplication,
    /// `FailedOperation.ErrorClusterStateUnhealth`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: error cluster state unhealth.
    FailedOperationErrorClusterStateUnhealth,
    /// `FailedOperation.EsDictionaryInfoError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: es dictionary info error.
    FailedOperationEsDictionaryInfoError,
    /// `FailedOperation.FileNameError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: file name error.
    FailedOperationFileNameError,
    /// `FailedOperation.FileSizeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: file size error.
    FailedOperationFileSizeError,
    /// `FailedOperation.GetTagInfoError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get tag info error.
    FailedOperationGetTagInfoError,
    /// `FailedOperation.GetUser`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get user.
    FailedOperationGetUser,
    /// `FailedOperation.GetUserCosSnapshotList`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get user cos snapshot list.
    FailedOperationGetUserCosSnapshotList,
    /// `FailedOperation.NoPayment`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no payment.
    FailedOperationNoPayment,
    /// `FailedOperation.NodeNumAndZoneError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: node num and zone error.
    FailedOperationNodeNumAndZoneError,
    /// `FailedOperation.NotAuthenticated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not authenticated.
    FailedOperationNotAuthenticated,
    /// `FailedOperation.OpenDestroyProtection`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: open destroy protection.
    FailedOperationOpenDestroyProtection,
    /// `FailedOperation.Password`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: password.
    FailedOperationPassword,
    /// `FailedOperation.RefundError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: refund error.
    FailedOperationRefundError,
    /// `FailedOperation.RequestTimeOut`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: request time out.
    FailedOperationRequestTimeOut,
    /// `FailedOperation.SettingIpTraceError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: setting ip trace error.
    FailedOperationSettingIpTraceError,
    /// `FailedOperation.SpaceLanguage`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: space language.
    FailedOperationSpaceLanguage,
    /// `FailedOperation.TradeSignError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: trade sign error.
    FailedOperationTradeSignError,
    /// `FailedOperation.UnsupportedLocalDiskRollUpScaleUpOrDown`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unsupported local disk roll up scale up or down.
    FailedOperationUnsupportedLocalDiskRollUpScaleUpOrDown,
    /// `FailedOperation.UnsupportedOpenLowFrequency`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unsupported open low frequency.
    FailedOperationUnsupportedOpenLowFrequency,
    /// `FailedOperation.UnsupportedResetNodeTypeAndScaleOutDisk`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unsupported reset node type and scale out disk.
    FailedOperationUnsupportedResetNodeTypeAndScaleOutDisk,
    /// `FailedOperation.UnsupportedRestScaleDownAndModifyDisk`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unsupported rest scale down and modify disk.
    FailedOperationUnsupportedRestScaleDownAndModifyDisk,
    /// `FailedOperation.UnsupportedReverseRegulationNodeTypeAndDisk`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unsupported reverse regulation node type and disk.
    FailedOperationUnsupportedReverseRegulationNodeTypeAndDisk,
    /// `FailedOperation.UpdateVpc`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update vpc.
    FailedOperationUpdateVpc,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.GC`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: GC.
    InvalidParameterGc,
    /// `InvalidParameter.IndexNameExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: index name exist.
    InvalidParameterIndexNameExist,
    /// `InvalidParameter.IndexNameInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: index name invalid.
    InvalidParameterIndexNameInvalid,
    /// `InvalidParameter.InvalidAppId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid app id.
    InvalidParameterInvalidAppId,
    /// `InvalidParameter.InvalidAutoVoucher`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid auto voucher.
    InvalidParameterInvalidAutoVoucher,
    /// `InvalidParameter.InvalidBackends`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid backends.
    InvalidParameterInvalidBackends,
    /// `InvalidParameter.InvalidClusterName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid cluster name.
    InvalidParameterInvalidClusterName,
    /// `InvalidParameter.InvalidCosBackupInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid cos backup info.
    InvalidParameterInvalidCosBackupInfo,
    /// `InvalidParameter.InvalidDeployMode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid deploy mode.
    InvalidParameterInvalidDeployMode,
    /// `InvalidParameter.InvalidDiskCount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid disk count.
    InvalidParameterInvalidDiskCount,
    /// `InvalidParameter.InvalidDiskEncrypt`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid disk encrypt.
    InvalidParameterInvalidDiskEncrypt,
    /// `InvalidParameter.InvalidDiskEnhance`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid disk enhance.
    InvalidParameterInvalidDiskEnhance,
    /// `InvalidParameter.InvalidDiskSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid disk size.
    InvalidParameterInvalidDiskSize,
    /// `InvalidParameter.InvalidDiskType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid disk type.
    InvalidParameterInvalidDiskType,
    /// `InvalidParameter.InvalidDns`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid dns.
    InvalidParameterInvalidDns,
    /// `InvalidParameter.InvalidEsACL`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid es ACL.
    InvalidParameterInvalidEsAcl,
    /// `InvalidParameter.InvalidEsVersion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid es version.
    InvalidParameterInvalidEsVersion,
    /// `InvalidParameter.InvalidIndexMetaJson`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid index meta json.
    InvalidParameterInvalidIndexMetaJson,
    /// `InvalidParameter.InvalidIndexName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid index name.
    InvalidParameterInvalidIndexName,
    /// `InvalidParameter.InvalidIndexOptionsField`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid index options field.
    InvalidParameterInvalidIndexOptionsField,
    /// `InvalidParameter.InvalidIndexPolicyField`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid index policy field.
    InvalidParameterInvalidIndexPolicyField,
    /// `InvalidParameter.InvalidIndexSettingsField`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid index settings field.
    InvalidParameterInvalidIndexSettingsField,
    /// `InvalidParameter.InvalidIndexType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid index type.
    InvalidParameterInvalidIndexType,
    /// `InvalidParameter.InvalidInstanceId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid instance id.
    InvalidParameterInvalidInstanceId,
    /// `InvalidParameter.InvalidInstanceOperationDurations`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid instance operation durations.
    InvalidParameterInvalidInstanceOperationDurations,
    /// `InvalidParameter.InvalidIp`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid ip.
    InvalidParameterInvalidIp,
    /// `InvalidParameter.InvalidIpList`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid ip list.
    InvalidParameterInvalidIpList,
    /// `InvalidParameter.InvalidKibanaPrivatePort`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid kibana private port.
    InvalidParameterInvalidKibanaPrivatePort,
    /// `InvalidParameter.InvalidLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid limit.
    InvalidParameterInvalidLimit,
    /// `InvalidParameter.InvalidLogType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid log type.
    InvalidParameterInvalidLogType,
    /// `InvalidParameter.InvalidLogstashVersion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid logstash version.
    InvalidParameterInvalidLogstashVersion,
    /// `InvalidParameter.InvalidMultiZoneInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid multi zone info.
    InvalidParameterInvalidMultiZoneInfo,
    /// `InvalidParameter.InvalidNodeNames`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid node names.
    InvalidParameterInvalidNodeNames,
    /// `InvalidParameter.InvalidNodeNum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid node num.
    InvalidParameterInvalidNodeNum,
    /// `InvalidParameter.InvalidNodeType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid node type.
    InvalidParameterInvalidNodeType,
    /// `InvalidParameter.InvalidNodeTypeStorageInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid node type storage info.
    InvalidParameterInvalidNodeTypeStorageInfo,
    /// `InvalidParameter.InvalidOffset`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid offset.
    InvalidParameterInvalidOffset,
    /// `InvalidParameter.InvalidOpType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid op type.
    InvalidParameterInvalidOpType,
    /// `InvalidParameter.InvalidOperationDuration`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid operation duration.
    InvalidParameterInvalidOperationDuration,
    /// `InvalidParameter.InvalidOrderByKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid order by key.
    InvalidParameterInvalidOrderByKey,
    /// `InvalidParameter.InvalidOrderByType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid order by type.
    InvalidParameterInvalidOrderByType,
    /// `InvalidParameter.InvalidPara`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid para.
    InvalidParameterInvalidPara,
    /// `InvalidParameter.InvalidPrivateAccess`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid private access.
    InvalidParameterInvalidPrivateAccess,
    /// `InvalidParameter.InvalidPublicAccess`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid public access.
    InvalidParameterInvalidPublicAccess,
    /// `InvalidParameter.InvalidQueryString`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid query string.
    InvalidParameterInvalidQueryString,
    /// `InvalidParameter.InvalidRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid region.
    InvalidParameterInvalidRegion,
    /// `InvalidParameter.InvalidRestartMode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid restart mode.
    InvalidParameterInvalidRestartMode,
    /// `InvalidParameter.InvalidRestartType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid restart type.
    InvalidParameterInvalidRestartType,
    /// `InvalidParameter.InvalidSampleJson`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid sample json.
    InvalidParameterInvalidSampleJson,
    /// `InvalidParameter.InvalidScaleDiskSafeFactor`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid scale disk safe factor.
    InvalidParameterInvalidScaleDiskSafeFactor,
    /// `InvalidParameter.InvalidSceneType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid scene type.
    InvalidParameterInvalidSceneType,
    /// `InvalidParameter.InvalidSecurityGroupIds`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid security group ids.
    InvalidParameterInvalidSecurityGroupIds,
    /// `InvalidParameter.InvalidServerlessId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid serverless id.
    InvalidParameterInvalidServerlessId,
    /// `InvalidParameter.InvalidSpaceId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid space id.
    InvalidParameterInvalidSpaceId,
    /// `InvalidParameter.InvalidSpaceNames`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid space names.
    InvalidParameterInvalidSpaceNames,
    /// `InvalidParameter.InvalidSubnetId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid subnet id.
    InvalidParameterInvalidSubnetId,
    /// `InvalidParameter.InvalidSubnetUidList`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid subnet uid list.
    InvalidParameterInvalidSubnetUidList,
    /// `InvalidParameter.InvalidTagInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid tag info.
    InvalidParameterInvalidTagInfo,
    /// `InvalidParameter.InvalidTagList`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid tag list.
    InvalidParameterInvalidTagList,
    /// `InvalidParameter.InvalidTargetIndexName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid target index name.
    InvalidParameterInvalidTargetIndexName,
    /// `InvalidParameter.InvalidTargetNodeTypes`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid target node types.
    InvalidParameterInvalidTargetNodeTypes,
    /// `InvalidParameter.InvalidTimeParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid time param.
    InvalidParameterInvalidTimeParam,
    /// `InvalidParameter.InvalidTraceUuid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid trace uuid.
    InvalidParameterInvalidTraceUuid,
    /// `InvalidParameter.InvalidType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid type.
    InvalidParameterInvalidType,
    /// `InvalidParameter.InvalidUin`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid uin.
    InvalidParameterInvalidUin,
    /// `InvalidParameter.InvalidUpdateMetaJson`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid update meta json.
    InvalidParameterInvalidUpdateMetaJson,
    /// `InvalidParameter.InvalidUpdateType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid update type.
    InvalidParameterInvalidUpdateType,
    /// `InvalidParameter.InvalidVoucherIds`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid voucher ids.
    InvalidParameterInvalidVoucherIds,
    /// `InvalidParameter.InvalidZone`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid zone.
    InvalidParameterInvalidZone,
    /// `InvalidParameter.SpaceNameExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: space name exist.
    InvalidParameterSpaceNameExist,
    /// `InvalidParameter.SpaceNameInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: space name invalid.
    InvalidParameterSpaceNameInvalid,
    /// `InvalidParameter.UsernameExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: username exist.
    InvalidParameterUsernameExist,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.ChargePeriod`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: charge period.
    InvalidParameterValueChargePeriod,
    /// `InvalidParameterValue.ChargeType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: charge type.
    InvalidParameterValueChargeType,
    /// `InvalidParameterValue.CheckOnly`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: check only.
    InvalidParameterValueCheckOnly,
    /// `InvalidParameterValue.ConfigInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: config info.
    InvalidParameterValueConfigInfo,
    /// `InvalidParameterValue.EnableDoubleEni`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: enable double eni.
    InvalidParameterValueEnableDoubleEni,
    /// `InvalidParameterValue.EsConfigType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: es config type.
    InvalidParameterValueEsConfigType,
    /// `InvalidParameterValue.EsPort`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: es port.
    InvalidParameterValueEsPort,
    /// `InvalidParameterValue.EsVip`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: es vip.
    InvalidParameterValueEsVip,
    /// `InvalidParameterValue.InstallBundleList`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: install bundle list.
    InvalidParameterValueInstallBundleList,
    /// `InvalidParameterValue.InstallPluginList`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: install plugin list.
    InvalidParameterValueInstallPluginList,
    /// `InvalidParameterValue.InstanceName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance name.
    InvalidParameterValueInstanceName,
    /// `InvalidParameterValue.InvalidDeadline`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid deadline.
    InvalidParameterValueInvalidDeadline,
    /// `InvalidParameterValue.InvalidJDK`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid JDK.
    InvalidParameterValueInvalidJdk,
    /// `InvalidParameterValue.Password`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: password.
    InvalidParameterValuePassword,
    /// `InvalidParameterValue.PluginType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: plugin type.
    InvalidParameterValuePluginType,
    /// `InvalidParameterValue.RemoveBundleList`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: remove bundle list.
    InvalidParameterValueRemoveBundleList,
    /// `InvalidParameterValue.RemovePluginList`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: remove plugin list.
    InvalidParameterValueRemovePluginList,
    /// `InvalidParameterValue.RenewFlag`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: renew flag.
    InvalidParameterValueRenewFlag,
    /// `InvalidParameterValue.TargetPath`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: target path.
    InvalidParameterValueTargetPath,
    /// `InvalidParameterValue.TimeUnit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: time unit.
    InvalidParameterValueTimeUnit,
    /// `InvalidParameterValue.UpgradeMode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: upgrade mode.
    InvalidParameterValueUpgradeMode,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.ClusterNum`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cluster num.
    LimitExceededClusterNum,
    /// `LimitExceeded.DiagnoseCount`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: diagnose count.
    LimitExceededDiagnoseCount,
    /// `LimitExceeded.DiskCount`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: disk count.
    LimitExceededDiskCount,
    /// `LimitExceeded.IndexCount`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: index count.
    LimitExceededIndexCount,
    /// `LimitExceeded.IndexCreate`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: index create.
    LimitExceededIndexCreate,
    /// `LimitExceeded.NodeNumOrIndices`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: node num or indices.
    LimitExceededNodeNumOrIndices,
    /// `LimitExceeded.PluginInstall`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: plugin install.
    LimitExceededPluginInstall,
    /// `LimitExceeded.ResourceLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: resource limit.
    LimitExceededResourceLimit,
    /// `LimitExceeded.ResponsePackageOversize`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: response package oversize.
    LimitExceededResponsePackageOversize,
    /// `LimitExceeded.ResponseTimeout`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: response timeout.
    LimitExceededResponseTimeout,
    /// `LimitExceeded.SpaceCount`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: space count.
    LimitExceededSpaceCount,
    /// `LimitExceeded.SpaceCreate`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: space create.
    LimitExceededSpaceCreate,
    /// `LimitExceeded.UpdateItemLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: update item limit.
    LimitExceededUpdateItemLimit,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `RegionError`: no documented HTTP status; retry: never; category: unknown.
    /// Region error.
    RegionError,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInUse.Diagnose`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: diagnose.
    ResourceInUseDiagnose,
    /// `ResourceInUse.IsolatedStatus`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: isolated status.
    ResourceInUseIsolatedStatus,
    /// `ResourceInUse.Order`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: order.
    ResourceInUseOrder,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceInsufficient.Balance`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: balance.
    ResourceInsufficientBalance,
    /// `ResourceInsufficient.CVM`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: CVM.
    ResourceInsufficientCvm,
    /// `ResourceInsufficient.CVMQuota`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: CVM quota.
    ResourceInsufficientCvmQuota,
    /// `ResourceInsufficient.Clb`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: clb.
    ResourceInsufficientClb,
    /// `ResourceInsufficient.Disk`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: disk.
    ResourceInsufficientDisk,
    /// `ResourceInsufficient.Es`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: es.
    ResourceInsufficientEs,
    /// `ResourceInsufficient.HiddenZone`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: hidden zone.
    ResourceInsufficientHiddenZone,
    /// `ResourceInsufficient.Subnet`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: subnet.
    ResourceInsufficientSubnet,
    /// `ResourceInsufficient.SubnetIp`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: subnet ip.
    ResourceInsufficientSubnetIp,
    /// `ResourceInsufficient.Zone`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: zone.
    ResourceInsufficientZone,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.AccountInfoNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: account info not found.
    ResourceNotFoundAccountInfoNotFound,
    /// `ResourceNotFound.BaradMetricNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: barad metric not found.
    ResourceNotFoundBaradMetricNotFound,
    /// `ResourceNotFound.CAMInfoNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: CAM info not found.
    ResourceNotFoundCamInfoNotFound,
    /// `ResourceNotFound.CLBNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: CLB not found.
    ResourceNotFoundClbNotFound,
    /// `ResourceNotFound.CVMInfoNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: CVM info not found.
    ResourceNotFoundCvmInfoNotFound,
    /// `ResourceNotFound.ClusterInfoNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cluster info not found.
    ResourceNotFoundClusterInfoNotFound,
    /// `ResourceNotFound.CosInfoNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cos info not found.
    ResourceNotFoundCosInfoNotFound,
    /// `ResourceNotFound.DBInfoNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: DB info not found.
    ResourceNotFoundDbInfoNotFound,
    /// `ResourceNotFound.DataNodeNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: data node not found.
    ResourceNotFoundDataNodeNotFound,
    /// `ResourceNotFound.DiagnoseNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: diagnose not found.
    ResourceNotFoundDiagnoseNotFound,
    /// `ResourceNotFound.DiskInfoNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: disk info not found.
    ResourceNotFoundDiskInfoNotFound,
    /// `ResourceNotFound.EsInfoNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: es info not found.
    ResourceNotFoundEsInfoNotFound,
    /// `ResourceNotFound.IndexInfoNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: index info not found.
    ResourceNotFoundIndexInfoNotFound,
    /// `ResourceNotFound.KMSNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: KMS not found.
    ResourceNotFoundKmsNotFound,
    /// `ResourceNotFound.NetWorkInfoNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: net work info not found.
    ResourceNotFoundNetWorkInfoNotFound,
    /// `ResourceNotFound.OssInfoNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: oss info not found.
    ResourceNotFoundOssInfoNotFound,
    /// `ResourceNotFound.STSNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: STS not found.
    ResourceNotFoundStsNotFound,
    /// `ResourceNotFound.SecurityGroupNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: security group not found.
    ResourceNotFoundSecurityGroupNotFound,
    /// `ResourceNotFound.TradeCgwNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: trade cgw not found.
    ResourceNotFoundTradeCgwNotFound,
    /// `ResourceNotFound.VPCInfoNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: VPC info not found.
    ResourceNotFoundVpcInfoNotFound,
    /// `ResourceNotFound.WhiteListNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: white list not found.
    ResourceNotFoundWhiteListNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.UinNotInWhiteList`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: uin not in white list.
    UnauthorizedOperationUinNotInWhiteList,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.AuditStatusConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: audit status conflict.
    UnsupportedOperationAuditStatusConflict,
    /// `UnsupportedOperation.BasicSecurityType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: basic security type.
    UnsupportedOperationBasicSecurityType,
    /// `UnsupportedOperation.ChangeNodeType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: change node type.
    UnsupportedOperationChangeNodeType,
    /// `UnsupportedOperation.CloseHttpsWithSaml`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: close https with saml.
    UnsupportedOperationCloseHttpsWithSaml,
    /// `UnsupportedOperation.ClusterShardNum`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cluster shard num.
    UnsupportedOperationClusterShardNum,
    /// `UnsupportedOperation.ClusterStateClose`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cluster state close.
    UnsupportedOperationClusterStateClose,
    /// `UnsupportedOperation.ClusterStateNoReplication`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cluster state no replication.
    UnsupportedOperationClusterStateNoReplication,
    /// `UnsupportedOperation.ClusterStateUnHealth`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cluster state un health.
    UnsupportedOperationClusterStateUnHealth,
    /// `UnsupportedOperation.CosBackUp`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cos back up.
    UnsupportedOperationCosBackUp,
    /// `UnsupportedOperation.CvmStateNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cvm state not supported.
    UnsupportedOperationCvmStateNotSupported,
    /// `UnsupportedOperation.CvmStatusStopped`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cvm status stopped.
    UnsupportedOperationCvmStatusStopped,
    /// `UnsupportedOperation.DataNodeJvmHeapTooSmall`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: data node jvm heap too small.
    UnsupportedOperationDataNodeJvmHeapTooSmall,
    /// `UnsupportedOperation.DiagnoseJob`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: diagnose job.
    UnsupportedOperationDiagnoseJob,
    /// `UnsupportedOperation.DiagnoseNotOpen`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: diagnose not open.
    UnsupportedOperationDiagnoseNotOpen,
    /// `UnsupportedOperation.DiskFreeSpaceInsufficient`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: disk free space insufficient.
    UnsupportedOperationDiskFreeSpaceInsufficient,
    /// `UnsupportedOperation.DiskNotPortable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: disk not portable.
    UnsupportedOperationDiskNotPortable,
    /// `UnsupportedOperation.DiskStateNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: disk state not supported.
    UnsupportedOperationDiskStateNotSupported,
    /// `UnsupportedOperation.DiskTypeChangePathNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: disk type change path not supported.
    UnsupportedOperationDiskTypeChangePathNotSupported,
    /// `UnsupportedOperation.DiskUse`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: disk use.
    UnsupportedOperationDiskUse,
    /// `UnsupportedOperation.EditListLength`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: edit list length.
    UnsupportedOperationEditListLength,
    /// `UnsupportedOperation.HeteroScalingExecuting`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: hetero scaling executing.
    UnsupportedOperationHeteroScalingExecuting,
    /// `UnsupportedOperation.IndexSettingsRequireSet`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: index settings require set.
    UnsupportedOperationIndexSettingsRequireSet,
    /// `UnsupportedOperation.InstanceTypeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance type error.
    UnsupportedOperationInstanceTypeError,
    /// `UnsupportedOperation.KernelNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: kernel not support.
    UnsupportedOperationKernelNotSupport,
    /// `UnsupportedOperation.KernelNotSupportGpu`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: kernel not support gpu.
    UnsupportedOperationKernelNotSupportGpu,
    /// `UnsupportedOperation.LicenseError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: license error.
    UnsupportedOperationLicenseError,
    /// `UnsupportedOperation.LocalDisk`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: local disk.
    UnsupportedOperationLocalDisk,
    /// `UnsupportedOperation.Migrate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: migrate.
    UnsupportedOperationMigrate,
    /// `UnsupportedOperation.MultiZonesUpgrade`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: multi zones upgrade.
    UnsupportedOperationMultiZonesUpgrade,
    /// `UnsupportedOperation.NotAgreement`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not agreement.
    UnsupportedOperationNotAgreement,
    /// `UnsupportedOperation.NotDataDisk`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not data disk.
    UnsupportedOperationNotDataDisk,
    /// `UnsupportedOperation.PassLogstashId`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: pass logstash id.
    UnsupportedOperationPassLogstashId,
    /// `UnsupportedOperation.Plugin`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: plugin.
    UnsupportedOperationPlugin,
    /// `UnsupportedOperation.Protocol`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: protocol.
    UnsupportedOperationProtocol,
    /// `UnsupportedOperation.ReadRate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: read rate.
    UnsupportedOperationReadRate,
    /// `UnsupportedOperation.RestartMode`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: restart mode.
    UnsupportedOperationRestartMode,
    /// `UnsupportedOperation.ScaleDownTooMuch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: scale down too much.
    UnsupportedOperationScaleDownTooMuch,
    /// `UnsupportedOperation.ScaleInTooMuch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: scale in too much.
    UnsupportedOperationScaleInTooMuch,
    /// `UnsupportedOperation.SingleNodeClusterNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: single node cluster not support.
    UnsupportedOperationSingleNodeClusterNotSupport,
    /// `UnsupportedOperation.StatusNotNormal`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: status not normal.
    UnsupportedOperationStatusNotNormal,
    /// `UnsupportedOperation.StatusNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: status not support.
    UnsupportedOperationStatusNotSupport,
    /// `UnsupportedOperation.SwitchPrivateLink`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: switch private link.
    UnsupportedOperationSwitchPrivateLink,
    /// `UnsupportedOperation.TotalStorage`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: total storage.
    UnsupportedOperationTotalStorage,
    /// `UnsupportedOperation.UpdateDiskEncrypt`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: update disk encrypt.
    UnsupportedOperationUpdateDiskEncrypt,
    /// `UnsupportedOperation.UpdateDiskType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: update disk type.
    UnsupportedOperationUpdateDiskType,
    /// `UnsupportedOperation.UpdateNodeNumAndNodeType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: update node num and node type.
    UnsupportedOperationUpdateNodeNumAndNodeType,
    /// `UnsupportedOperation.VPCInfoNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: VPC info not found.
    UnsupportedOperationVpcInfoNotFound,
    /// `UnsupportedOperation.WebServiceType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: web service type.
    UnsupportedOperationWebServiceType,
    /// `UnsupportedOperation.WriteRate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: write rate.
    UnsupportedOperationWriteRate,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 241] = [
        "AuthFailure",
        "AuthFailure.UnAuthCreateInstance",
        "AuthFailure.UnAuthDescribeInstances",
        "AuthFailure.UnAuthorizedOperation",
        "FailedOperation",
        "FailedOperation.AbnormalDataFormat",
        "FailedOperation.AccessControlList",
        "FailedOperation.CdcQuotaInsufficient",
        "FailedOperation.CloseDataTier",
        "FailedOperation.ClusterResourceLimitError",
        "FailedOperation.CosMigrate",
        "FailedOperation.DiskCountParamError",
        "FailedOperation.ErrorClusterState",
        "FailedOperation.ErrorClusterStateNoReplication",
        "FailedOperation.ErrorClusterStateUnhealth",
        "FailedOperation.EsDictionaryInfoError",
        "FailedOperation.FileNameError",
        "FailedOperation.FileSizeError",
        "FailedOperation.GetTagInfoError",
        "FailedOperation.GetUser",
        "FailedOperation.GetUserCosSnapshotList",
        "FailedOperation.NoPayment",
        "FailedOperation.NodeNumAndZoneError",
        "FailedOperation.NotAuthenticated",
        "FailedOperation.OpenDestroyProtection",
        "FailedOperation.Password",
        "FailedOperation.RefundError",
        "FailedOperation.RequestTimeOut",
        "FailedOperation.SettingIpTraceError",
        "FailedOperation.SpaceLanguage",
        "FailedOperation.TradeSignError",
        "FailedOperation.UnsupportedLocalDiskRollUpScaleUpOrDown",
        "FailedOperation.UnsupportedOpenLowFrequency",
        "FailedOperation.UnsupportedResetNodeTypeAndScaleOutDisk",
        "FailedOperation.UnsupportedRestScaleDownAndModifyDisk",
        "FailedOperation.UnsupportedReverseRegulationNodeTypeAndDisk",
        "FailedOperation.UpdateVpc",
        "InternalError",
        "InvalidParameter",
        "InvalidParameter.GC",
        "InvalidParameter.IndexNameExist",
        "InvalidParameter.IndexNameInvalid",
        "InvalidParameter.InvalidAppId",
        "InvalidParameter.InvalidAutoVoucher",
        "InvalidParameter.InvalidBackends",
        "InvalidParameter.InvalidClusterName",
        "InvalidParameter.InvalidCosBackupInfo",
        "InvalidParameter.InvalidDeployMode",
        "InvalidParameter.InvalidDiskCount",
        "InvalidParameter.InvalidDiskEncrypt",
        "InvalidParameter.InvalidDiskEnhance",
        "InvalidParameter.InvalidDiskSize",
        "InvalidParameter.InvalidDiskType",
        "InvalidParameter.InvalidDns",
        "InvalidParameter.InvalidEsACL",
        "InvalidParameter.InvalidEsVersion",
        "InvalidParameter.InvalidIndexMetaJson",
        "InvalidParameter.InvalidIndexName",
        "InvalidParameter.InvalidIndexOptionsField",
        "InvalidParameter.InvalidIndexPolicyField",
        "InvalidParameter.InvalidIndexSettingsField",
        "InvalidParameter.InvalidIndexType",
        "InvalidParameter.InvalidInstanceId",
        "InvalidParameter.InvalidInstanceOperationDurations",
        "InvalidParameter.InvalidIp",
        "InvalidParameter.InvalidIpList",
        "InvalidParameter.InvalidKibanaPrivatePort",
        "InvalidParameter.InvalidLimit",
        "InvalidParameter.InvalidLogType",
        "InvalidParameter.InvalidLogstashVersion",
        "InvalidParameter.InvalidMultiZoneInfo",
        "InvalidParameter.InvalidNodeNames",
        "InvalidParameter.InvalidNodeNum",
        "InvalidParameter.InvalidNodeType",
        "InvalidParameter.InvalidNodeTypeStorageInfo",
        "InvalidParameter.InvalidOffset",
        "InvalidParameter.InvalidOpType",
        "InvalidParameter.InvalidOperationDuration",
        "InvalidParameter.InvalidOrderByKey",
        "InvalidParameter.InvalidOrderByType",
        "InvalidParameter.InvalidPara",
        "InvalidParameter.InvalidPrivateAccess",
        "InvalidParameter.InvalidPublicAccess",
        "InvalidParameter.InvalidQueryString",
        "InvalidParameter.InvalidRegion",
        "InvalidParameter.InvalidRestartMode",
        "InvalidParameter.InvalidRestartType",
        "InvalidParameter.InvalidSampleJson",
        "InvalidParameter.InvalidScaleDiskSafeFactor",
        "InvalidParameter.InvalidSceneType",
        "InvalidParameter.InvalidSecurityGroupIds",
        "InvalidParameter.InvalidServerlessId",
        "InvalidParameter.InvalidSpaceId",
        "InvalidParameter.InvalidSpaceNames",
        "InvalidParameter.InvalidSubnetId",
        "InvalidParameter.InvalidSubnetUidList",
        "InvalidParameter.InvalidTagInfo",
        "InvalidParameter.InvalidTagList",
        "InvalidParameter.InvalidTargetIndexName",
        "InvalidParameter.InvalidTargetNodeTypes",
        "InvalidParameter.InvalidTimeParam",
        "InvalidParameter.InvalidTraceUuid",
        "InvalidParameter.InvalidType",
        "InvalidParameter.InvalidUin",
        "InvalidParameter.InvalidUpdateMetaJson",
        "InvalidParameter.InvalidUpdateType",
        "InvalidParameter.InvalidVoucherIds",
        "InvalidParameter.InvalidZone",
        "InvalidParameter.SpaceNameExist",
        "InvalidParameter.SpaceNameInvalid",
        "InvalidParameter.UsernameExist",
        "InvalidParameterValue",
        "InvalidParameterValue.ChargePeriod",
        "InvalidParameterValue.ChargeType",
        "InvalidParameterValue.CheckOnly",
        "InvalidParameterValue.ConfigInfo",
        "InvalidParameterValue.EnableDoubleEni",
        "InvalidParameterValue.EsConfigType",
        "InvalidParameterValue.EsPort",
        "InvalidParameterValue.EsVip",
        "InvalidParameterValue.InstallBundleList",
        "InvalidParameterValue.InstallPluginList",
        "InvalidParameterValue.InstanceName",
        "InvalidParameterValue.InvalidDeadline",
        "InvalidParameterValue.InvalidJDK",
        "InvalidParameterValue.Password",
        "InvalidParameterValue.PluginType",
        "InvalidParameterValue.RemoveBundleList",
        "InvalidParameterValue.RemovePluginList",
        "InvalidParameterValue.RenewFlag",
        "InvalidParameterValue.TargetPath",
        "InvalidParameterValue.TimeUnit",
        "InvalidParameterValue.UpgradeMode",
        "LimitExceeded",
        "LimitExceeded.ClusterNum",
        "LimitExceeded.DiagnoseCount",
        "LimitExceeded.DiskCount",
        "LimitExceeded.IndexCount",
        "LimitExceeded.IndexCreate",
        "LimitExceeded.NodeNumOrIndices",
        "LimitExceeded.PluginInstall",
        "LimitExceeded.ResourceLimit",
        "LimitExceeded.ResponsePackageOversize",
        "LimitExceeded.ResponseTimeout",
        "LimitExceeded.SpaceCount",
        "LimitExceeded.SpaceCreate",
        "LimitExceeded.UpdateItemLimit",
        "MissingParameter",
        "RegionError",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInUse.Diagnose",
        "ResourceInUse.IsolatedStatus",
        "ResourceInUse.Order",
        "ResourceInsufficient",
        "ResourceInsufficient.Balance",
        "ResourceInsufficient.CVM",
        "ResourceInsufficient.CVMQuota",
        "ResourceInsufficient.Clb",
        "ResourceInsufficient.Disk",
        "ResourceInsufficient.Es",
        "ResourceInsufficient.HiddenZone",
        "ResourceInsufficient.Subnet",
        "ResourceInsufficient.SubnetIp",
        "ResourceInsufficient.Zone",
        "ResourceNotFound",
        "ResourceNotFound.AccountInfoNotFound",
        "ResourceNotFound.BaradMetricNotFound",
        "ResourceNotFound.CAMInfoNotFound",
        "ResourceNotFound.CLBNotFound",
        "ResourceNotFound.CVMInfoNotFound",
        "ResourceNotFound.ClusterInfoNotFound",
        "ResourceNotFound.CosInfoNotFound",
        "ResourceNotFound.DBInfoNotFound",
        "ResourceNotFound.DataNodeNotFound",
        "ResourceNotFound.DiagnoseNotFound",
        "ResourceNotFound.DiskInfoNotFound",
        "ResourceNotFound.EsInfoNotFound",
        "ResourceNotFound.IndexInfoNotFound",
        "ResourceNotFound.KMSNotFound",
        "ResourceNotFound.NetWorkInfoNotFound",
        "ResourceNotFound.OssInfoNotFound",
        "ResourceNotFound.STSNotFound",
        "ResourceNotFound.SecurityGroupNotFound",
        "ResourceNotFound.TradeCgwNotFound",
        "ResourceNotFound.VPCInfoNotFound",
        "ResourceNotFound.WhiteListNotFound",
        "ResourceUnavailable",
        "UnauthorizedOperation",
        "UnauthorizedOperation.UinNotInWhiteList",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.AuditStatusConflict",
        "UnsupportedOperation.BasicSecurityType",
        "UnsupportedOperation.ChangeNodeType",
        "UnsupportedOperation.CloseHttpsWithSaml",
        "UnsupportedOperation.ClusterShardNum",
        "UnsupportedOperation.ClusterStateClose",
        "UnsupportedOperation.ClusterStateNoReplication",
        "UnsupportedOperation.ClusterStateUnHealth",
        "UnsupportedOperation.CosBackUp",
        "UnsupportedOperation.CvmStateNotSupported",
        "UnsupportedOperation.CvmStatusStopped",
        "UnsupportedOperation.DataNodeJvmHeapTooSmall",
        "UnsupportedOperation.DiagnoseJob",
        "UnsupportedOperation.DiagnoseNotOpen",
        "UnsupportedOperation.DiskFreeSpaceInsufficient",
        "UnsupportedOperation.DiskNotPortable",
        "UnsupportedOperation.DiskStateNotSupported",
        "UnsupportedOperation.DiskTypeChangePathNotSupported",
        "UnsupportedOperation.DiskUse",
        "UnsupportedOperation.EditListLength",
        "UnsupportedOperation.HeteroScalingExecuting",
        "UnsupportedOperation.IndexSettingsRequireSet",
        "UnsupportedOperation.InstanceTypeError",
        "UnsupportedOperation.KernelNotSupport",
        "UnsupportedOperation.KernelNotSupportGpu",
        "UnsupportedOperation.LicenseError",
        "UnsupportedOperation.LocalDisk",
        "UnsupportedOperation.Migrate",
        "UnsupportedOperation.MultiZonesUpgrade",
        "UnsupportedOperation.NotAgreement",
        "UnsupportedOperation.NotDataDisk",
        "UnsupportedOperation.PassLogstashId",
        "UnsupportedOperation.Plugin",
        "UnsupportedOperation.Protocol",
        "UnsupportedOperation.ReadRate",
        "UnsupportedOperation.RestartMode",
        "UnsupportedOperation.ScaleDownTooMuch",
        "UnsupportedOperation.ScaleInTooMuch",
        "UnsupportedOperation.SingleNodeClusterNotSupport",
        "UnsupportedOperation.StatusNotNormal",
        "UnsupportedOperation.StatusNotSupport",
        "UnsupportedOperation.SwitchPrivateLink",
        "UnsupportedOperation.TotalStorage",
        "UnsupportedOperation.UpdateDiskEncrypt",
        "UnsupportedOperation.UpdateDiskType",
        "UnsupportedOperation.UpdateNodeNumAndNodeType",
        "UnsupportedOperation.VPCInfoNotFound",
        "UnsupportedOperation.WebServiceType",
        "UnsupportedOperation.WriteRate",
    ];
    static NAME_CODES: [u32; 13] = [
        39, 54, 124, 156, 157, 168, 169, 170, 173, 179, 182, 185, 238,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterGcInvalidParameterInvalidEsAclInvalidParameterValueInvalidJdkResourceInsufficientCvmResourceInsufficientCvmQuotaResourceNotFoundCamInfoNotFoundResourceNotFoundClbNotFoundResourceNotFoundCvmInfoNotFoundResourceNotFoundDbInfoNotFoundResourceNotFoundKmsNotFoundResourceNotFoundStsNotFoundResourceNotFoundVpcInfoNotFoundUnsupportedOperationVpcInfoNotFound",
        ends: &[0, 18, 46, 77, 100, 128, 159, 186, 217, 247, 274, 301, 332, 367],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: un auth create instance.Authentication failed: un auth describe instances.Authentication failed: un authorized operation.The operation failed.The operation failed: abnormal data format.The operation failed: access control list.The operation failed: cdc quota insufficient.The operation failed: close data tier.The operation failed: cluster resource limit error.The operation failed: cos migrate.The operation failed: disk count param error.The operation failed: error cluster state.The operation failed: error cluster state no replication.The operation failed: error cluster state unhealth.The operation failed: es dictionary info error.The operation failed: file name error.The operation failed: file size error.The operation failed: get tag info error.The operation failed: get user.The operation failed: get user cos snapshot list.The operation failed: no payment.The operation failed: node num and zone error.The operation failed: not authenticated.The operation failed: open destroy protection.The operation failed: password.The operation failed: refund error.The operation failed: request time out.The operation failed: setting ip trace error.The operation failed: space language.The operation failed: trade sign error.The operation failed: unsupported local disk roll up scale up or down.The operation failed: unsupported open low frequency.The operation failed: unsupported reset node type and scale out disk.The operation failed: unsupported rest scale down and modify disk.The operation failed: unsupported reverse regulation node type and disk.The operation failed: update vpc.An internal error occurred.A parameter is invalid.A parameter is invalid: GC.A parameter is invalid: index name exist.A parameter is invalid: index name invalid.A parameter is invalid: invalid app id.A parameter is invalid: invalid auto voucher.A parameter is invalid: invalid backends.A parameter is invalid: invalid cluster name.A parameter is invalid: invalid cos backup info.A parameter is invalid: invalid deploy mode.A parameter is invalid: invalid disk count.A parameter is invalid: invalid disk encrypt.A parameter is invalid: invalid disk enhance.A parameter is invalid: invalid disk size.A parameter is invalid: invalid disk type.A parameter is invalid: invalid dns.A parameter is invalid: invalid es ACL.A parameter is invalid: invalid es version.A parameter is invalid: invalid index meta json.A parameter is invalid: invalid index name.A parameter is invalid: invalid index options field.A parameter is invalid: invalid index policy field.A parameter is invalid: invalid index settings field.A parameter is invalid: invalid index type.A parameter is invalid: invalid instance id.A parameter is invalid: invalid instance operation durations.A parameter is invalid: invalid ip.A parameter is invalid: invalid ip list.A parameter is invalid: invalid kibana private port.A parameter is invalid: invalid limit.A parameter is invalid: invalid log type.A parameter is invalid: invalid logstash version.A parameter is invalid: invalid multi zone info.A parameter is invalid: invalid node names.A parameter is invalid: invalid node num.A parameter is invalid: invalid node type.A parameter is invalid: invalid node type storage info.A parameter is invalid: invalid offset.A parameter is invalid: invalid op type.A parameter is invalid: invalid operation duration.A parameter is invalid: invalid order by key.A parameter is invalid: invalid order by type.A parameter is invalid: invalid para.A parameter is invalid: invalid private access.A parameter is invalid: invalid public access.A parameter is invalid: invalid query string.A parameter is invalid: invalid region.A parameter is invalid: invalid restart mode.A parameter is invalid: invalid restart type.A parameter is invalid: invalid sample json.A parameter is invalid: invalid scale disk safe factor.A parameter is invalid: invalid scene type.A parameter is invalid: invalid security group ids.A parameter is invalid: invalid serverless id.A parameter is invalid: invalid space id.A parameter is invalid: invalid space names.A parameter is invalid: invalid subnet id.A parameter is invalid: invalid subnet uid list.A parameter is invalid: invalid tag info.A parameter is invalid: invalid tag list.A parameter is invalid: invalid target index name.A parameter is invalid: invalid target node types.A parameter is invalid: invalid time param.A parameter is invalid: invalid trace uuid.A parameter is invalid: invalid type.A parameter is invalid: invalid uin.A parameter is invalid: invalid update meta json.A parameter is invalid: invalid update type.A parameter is invalid: invalid voucher ids.A parameter is invalid: invalid zone.A parameter is invalid: space name exist.A parameter is invalid: space name invalid.A parameter is invalid: username exist.A parameter value is invalid.A parameter value is invalid: charge period.A parameter value is invalid: charge type.A parameter value is invalid: check only.A parameter value is invalid: config info.A parameter value is invalid: enable double eni.A parameter value is invalid: es config type.A parameter value is invalid: es port.A parameter value is invalid: es vip.A parameter value is invalid: install bundle list.A parameter value is invalid: install plugin list.A parameter value is invalid: instance name.A parameter value is invalid: invalid deadline.A parameter value is invalid: invalid JDK.A parameter value is invalid: password.A parameter value is invalid: plugin type.A parameter value is invalid: remove bundle list.A parameter value is invalid: remove plugin list.A parameter value is invalid: renew flag.A parameter value is invalid: target path.A parameter value is invalid: time unit.A parameter value is invalid: upgrade mode.A limit was exceeded.A limit was exceeded: cluster num.A limit was exceeded: diagnose count.A limit was exceeded: disk count.A limit was exceeded: index count.A limit was exceeded: index create.A limit was exceeded: node num or indices.A limit was exceeded: plugin install.A limit was exceeded: resource limit.A limit was exceeded: response package oversize.A limit was exceeded: response timeout.A limit was exceeded: space count.A limit was exceeded: space create.A limit was exceeded: update item limit.A required parameter is missing.Region error.Too many requests were sent.The resource is in use.The resource is in use: diagnose.The resource is in use: isolated status.The resource is in use: order.Resources are insufficient.Resources are insufficient: balance.Resources are insufficient: CVM.Resources are insufficient: CVM quota.Resources are insufficient: clb.Resources are insufficient: disk.Resources are insufficient: es.Resources are insufficient: hidden zone.Resources are insufficient: subnet.Resources are insufficient: subnet ip.Resources are insufficient: zone.The resource was not found.The resource was not found: account info not found.The resource was not found: barad metric not found.The resource was not found: CAM info not found.The resource was not found: CLB not found.The resource was not found: CVM info not found.The resource was not found: cluster info not found.The resource was not found: cos info not found.The resource was not found: DB info not found.The resource was not found: data node not found.The resource was not found: diagnose not found.The resource was not found: disk info not found.The resource was not found: es info not found.The resource was not found: index info not found.The resource was not found: KMS not found.The resource was not found: net work info not found.The resource was not found: oss info not found.The resource was not found: STS not found.The resource was not found: security group not found.The resource was not found: trade cgw not found.The resource was not found: VPC info not found.The resource was not found: white list not found.The resource is unavailable.The operation is not authorized.The operation is not authorized: uin not in white list.An unknown parameter was given.The operation is not supported.The operation is not supported: audit status conflict.The operation is not supported: basic security type.The operation is not supported: change node type.The operation is not supported: close https with saml.The operation is not supported: cluster shard num.The operation is not supported: cluster state close.The operation is not supported: cluster state no replication.The operation is not supported: cluster state un health.The operation is not supported: cos back up.The operation is not supported: cvm state not supported.The operation is not supported: cvm status stopped.The operation is not supported: data node jvm heap too small.The operation is not supported: diagnose job.The operation is not supported: diagnose not open.The operation is not supported: disk free space insufficient.The operation is not supported: disk not portable.The operation is not supported: disk state not supported.The operation is not supported: disk type change path not supported.The operation is not supported: disk use.The operation is not supported: edit list length.The operation is not supported: hetero scaling executing.The operation is not supported: index settings require set.The operation is not supported: instance type error.The operation is not supported: kernel not support.The operation is not supported: kernel not support gpu.The operation is not supported: license error.The operation is not supported: local disk.The operation is not supported: migrate.The operation is not supported: multi zones upgrade.The operation is not supported: not agreement.The operation is not supported: not data disk.The operation is not supported: pass logstash id.The operation is not supported: plugin.The operation is not supported: protocol.The operation is not supported: read rate.The operation is not supported: restart mode.The operation is not supported: scale down too much.The operation is not supported: scale in too much.The operation is not supported: single node cluster not support.The operation is not supported: status not normal.The operation is not supported: status not support.The operation is not supported: switch private link.The operation is not supported: total storage.The operation is not supported: update disk encrypt.The operation is not supported: update disk type.The operation is not supported: update node num and node type.The operation is not supported: VPC info not found.The operation is not supported: web service type.The operation is not supported: write rate.",
        ends: &[
            0, 22, 69, 119, 166, 187, 230, 272, 317, 355, 406, 440, 485, 527, 584, 635,
            682, 720, 758, 799, 830, 879, 912, 958, 998, 1044, 1075, 1110, 1149, 1194,
            1231, 1270, 1340, 1393, 1462, 1528, 1600, 1633, 1660, 1683, 1710, 1751, 1794,
            1833, 1878, 1919, 1964, 2012, 2056, 2099, 2144, 2189, 2231, 2273, 2309, 2348,
            2391, 2439, 2482, 2534, 2585, 2638, 2681, 2725, 2786, 2821, 2861, 2913, 2951,
            2992, 3041, 3089, 3132, 3173, 3215, 3270, 3309, 3349, 3400, 3445, 3491, 3528,
            3575, 3621, 3666, 3705, 3750, 3795, 3839, 3894, 3937, 3988, 4034, 4075, 4119,
            4161, 4209, 4250, 4291, 4341, 4391, 4434, 4477, 4514, 4550, 4599, 4643, 4687,
            4724, 4765, 4808, 4847, 4876, 4920, 4962, 5003, 5045, 5093, 5138, 5176, 5213,
            5263, 5313, 5357, 5404, 5446, 5485, 5527, 5576, 5625, 5666, 5708, 5748, 5791,
            5812, 5846, 5883, 5916, 5950, 5985, 6027, 6064, 6101, 6149, 6188, 6222, 6257,
            6297, 6329, 6342, 6370, 6393, 6426, 6466, 6496, 6523, 6559, 6591, 6629, 6661,
            6694, 6725, 6765, 6800, 6838, 6871, 6898, 6949, 7000, 7047, 7089, 7136, 7187,
            7234, 7280, 7328, 7375, 7423, 7469, 7518, 7560, 7612, 7659, 7701, 7754, 7802,
            7849, 7898, 7926, 7958, 8013, 8044, 8075, 8129, 8181, 8230, 8284, 8334, 8386,
            8447, 8503, 8547, 8603, 8654, 8715, 8760, 8810, 8871, 8921, 8978, 9046, 9087,
            9136, 9193, 9252, 9304, 9355, 9410, 9456, 9499, 9539, 9591, 9637, 9683, 9732,
            9771, 9812, 9854, 9899, 9951, 10001, 10065, 10115, 10166, 10218, 10264,
            10316, 10365, 10427, 10478, 10527, 10570,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 241] = ::cloud_errors::__private::retry_column(
        b"acccaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbcccccccccccaaaaaaaaaaaaaaaaaaaaaacccaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 241] = ::cloud_errors::__private::category_column(
        b"bpppiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccchhhhhhhhhhhhhhcbhjjjjhhhhhhhhhhheeeeeeeeeeeeeeeeeeeeeeiggcliiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii",
    );
    static PILOTS: [u16; 61] = [
        12, 9, 0, 42, 29, 16, 53, 3, 23, 47, 15, 5, 6, 1, 0, 14, 69, 4, 3, 7, 142, 21,
        13, 8, 4, 32, 12, 38, 38, 139, 1, 30, 1, 172, 55, 4, 0, 25, 172, 112, 67, 89, 42,
        6, 7, 48, 0, 11, 0, 48, 17, 7, 7, 1, 19, 65, 25, 119, 0, 1, 225,
    ];
    static SLOTS: [(&str, u32); 267] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            223, 232, 4294967295, 177, 74, 143, 93, 75, 26, 183, 103, 28, 56, 17, 129, 0,
            53, 122, 38, 109, 88, 167, 186, 89, 39, 107, 92, 136, 51, 205, 182, 119, 218,
            209, 141, 4294967295, 110, 112, 151, 42, 171, 134, 227, 238, 77, 132, 32, 84,
            139, 156, 163, 144, 211, 235, 29, 137, 123, 66, 124, 164, 31, 222,
            4294967295, 236, 118, 4294967295, 4294967295, 8, 101, 76, 80, 215, 206, 198,
            4294967295, 184, 55, 180, 216, 104, 65, 4294967295, 117, 230, 79, 4294967295,
            102, 61, 12, 4294967295, 127, 15, 114, 43, 27, 221, 4, 78, 90, 131, 217, 50,
            228, 18, 191, 63, 4294967295, 160, 25, 2, 49, 4294967295, 146, 213, 30,
            4294967295, 100, 24, 57, 67, 11, 4294967295, 165, 21, 98, 239, 121, 23, 226,
            35, 181, 185, 58, 152, 64, 82, 158, 166, 173, 233, 83, 175, 234, 3, 140,
            4294967295, 196, 204, 172, 224, 157, 178, 33, 13, 4294967295, 86, 220, 200,
            106, 149, 108, 145, 4294967295, 1, 210, 70, 203, 214, 192, 94, 10, 34, 52,
            62, 201, 147, 125, 237, 161, 225, 133, 113, 48, 130, 197, 115, 72, 22, 47,
            128, 95, 44, 5, 207, 162, 4294967295, 116, 73, 4294967295, 194, 36, 142, 154,
            148, 195, 69, 126, 153, 231, 4294967295, 150, 174, 176, 159, 170, 219, 105,
            6, 168, 4294967295, 190, 54, 138, 4294967295, 4294967295, 240, 20, 81, 16,
            37, 169, 19, 91, 4294967295, 199, 189, 87, 97, 14, 193, 202, 187, 99, 46, 71,
            155, 188, 111, 68, 229, 59, 9, 208, 85, 96, 4294967295, 179, 60, 41,
            4294967295, 45, 135, 4294967295, 212, 120, 40, 7,
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
    const PROVIDER: &'static str = "Tencent Cloud ES v20180416";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud ES v20180416's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud ES v20180416: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
