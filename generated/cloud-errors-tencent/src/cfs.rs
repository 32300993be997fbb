// @generated from catalogs/tencent/cfs.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CFS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CFS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.GetRoleFailed`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: get role failed.
    AuthFailureGetRoleFailed,
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation.
    AuthFailureUnauthorizedOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AdjustFrequencyLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: adjust frequency limit.
    FailedOperationAdjustFrequencyLimit,
    /// `FailedOperation.BindResourcePkgFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: bind resource pkg failed.
    FailedOperationBindResourcePkgFailed,
    /// `FailedOperation.ClientTokenInUse`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: client token in use.
    FailedOperationClientTokenInUse,
    /// `FailedOperation.CosMultiVersionDisabled`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cos multi version disabled.
    FailedOperationCosMultiVersionDisabled,
    /// `FailedOperation.MountTargetExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: mount target exists.
    FailedOperationMountTargetExists,
    /// `FailedOperation.PgroupInUse`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: pgroup in use.
    FailedOperationPgroupInUse,
    /// `FailedOperation.PgroupIsUpdating`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: pgroup is updating.
    FailedOperationPgroupIsUpdating,
    /// `FailedOperation.PgroupLinkCfsv10`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: pgroup link cfsv10.
    FailedOperationPgroupLinkCfsv10,
    /// `FailedOperation.UntagResourceFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: untag resource failed.
    FailedOperationUntagResourceFailed,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.CreateFsFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: create fs failed.
    InternalErrorCreateFsFailed,
    /// `InternalError.GetAccountStatusFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get account status failed.
    InternalErrorGetAccountStatusFailed,
    /// `InternalError.InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal error.
    InternalErrorInternalError,
    /// `InternalError.Timeout`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: timeout.
    InternalErrorTimeout,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.AutoPolicyNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: auto policy not found.
    InvalidParameterAutoPolicyNotFound,
    /// `InvalidParameter.InvalidAlivedDays`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid alived days.
    InvalidParameterInvalidAlivedDays,
    /// `InvalidParameter.InvalidParamDayofWeek`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid param dayof week.
    InvalidParameterInvalidParamDayofWeek,
    /// `InvalidParameter.InvalidParamHour`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid param hour.
    InvalidParameterInvalidParamHour,
    /// `InvalidParameter.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter.
    InvalidParameterInvalidParameter,
    /// `InvalidParameter.InvalidSnapPolicyStatus`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid snap policy status.
    InvalidParameterInvalidSnapPolicyStatus,
    /// `InvalidParameter.InvalidSnapshotName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid snapshot name.
    InvalidParameterInvalidSnapshotName,
    /// `InvalidParameter.InvalidSnapshotPolicyName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid snapshot policy name.
    InvalidParameterInvalidSnapshotPolicyName,
    /// `InvalidParameter.ListPathAndTaskPathConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: list path and task path conflict.
    InvalidParameterListPathAndTaskPathConflict,
    /// `InvalidParameter.ListPathInvalidPrefix`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: list path invalid prefix.
    InvalidParameterListPathInvalidPrefix,
    /// `InvalidParameter.MissingPolicyParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: missing policy param.
    InvalidParameterMissingPolicyParam,
    /// `InvalidParameter.SnapshotNameLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: snapshot name limit exceeded.
    InvalidParameterSnapshotNameLimitExceeded,
    /// `InvalidParameter.SnapshotPolicyNameLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: snapshot policy name limit exceeded.
    InvalidParameterSnapshotPolicyNameLimitExceeded,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.AutoPolicyNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: auto policy not found.
    InvalidParameterValueAutoPolicyNotFound,
    /// `InvalidParameterValue.BindInfrequentaccessFirst`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bind infrequentaccess first.
    InvalidParameterValueBindInfrequentaccessFirst,
    /// `InvalidParameterValue.CfsPath`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cfs path.
    InvalidParameterValueCfsPath,
    /// `InvalidParameterValue.ClientTokenLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: client token limit exceeded.
    InvalidParameterValueClientTokenLimitExceeded,
    /// `InvalidParameterValue.DataRetrievalScheduleConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: data retrieval schedule conflict.
    InvalidParameterValueDataRetrievalScheduleConflict,
    /// `InvalidParameterValue.DuplicatedPgroupName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicated pgroup name.
    InvalidParameterValueDuplicatedPgroupName,
    /// `InvalidParameterValue.DuplicatedRuleAuthClientIp`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicated rule auth client ip.
    InvalidParameterValueDuplicatedRuleAuthClientIp,
    /// `InvalidParameterValue.DuplicatedTagKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicated tag key.
    InvalidParameterValueDuplicatedTagKey,
    /// `InvalidParameterValue.ExternalStorageSupportDataflowOnly`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: external storage support dataflow only.
    InvalidParameterValueExternalStorageSupportDataflowOnly,
    /// `InvalidParameterValue.FsNameLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: fs name limit exceeded.
    InvalidParameterValueFsNameLimitExceeded,
    /// `InvalidParameterValue.FsSizeLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: fs size limit exceeded.
    InvalidParameterValueFsSizeLimitExceeded,
    /// `InvalidParameterValue.InvalidAliveDays`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid alive days.
    InvalidParameterValueInvalidAliveDays,
    /// `InvalidParameterValue.InvalidAuthClientIp`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid auth client ip.
    InvalidParameterValueInvalidAuthClientIp,
    /// `InvalidParameterValue.InvalidAutoScaleUpParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid auto scale up params.
    InvalidParameterValueInvalidAutoScaleUpParams,
    /// `InvalidParameterValue.InvalidClientToken`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid client token.
    InvalidParameterValueInvalidClientToken,
    /// `InvalidParameterValue.InvalidDataFlowId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid data flow id.
    InvalidParameterValueInvalidDataFlowId,
    /// `InvalidParameterValue.InvalidDataFlowName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid data flow name.
    InvalidParameterValueInvalidDataFlowName,
    /// `InvalidParameterValue.InvalidDataFlowSourceInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid data flow source info.
    InvalidParameterValueInvalidDataFlowSourceInfo,
    /// `InvalidParameterValue.InvalidDataFlowSourceStorageType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid data flow source storage type.
    InvalidParameterValueInvalidDataFlowSourceStorageType,
    /// `InvalidParameterValue.InvalidDataFlowTargetPath`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid data flow target path.
    InvalidParameterValueInvalidDataFlowTargetPath,
    /// `InvalidParameterValue.InvalidDataRetrievalId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid data retrieval id.
    InvalidParameterValueInvalidDataRetrievalId,
    /// `InvalidParameterValue.InvalidDestinationRegions`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid destination regions.
    InvalidParameterValueInvalidDestinationRegions,
    /// `InvalidParameterValue.InvalidEncrypted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid encrypted.
    InvalidParameterValueInvalidEncrypted,
    /// `InvalidParameterValue.InvalidFileSystemId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid file system id.
    InvalidParameterValueInvalidFileSystemId,
    /// `InvalidParameterValue.InvalidFsName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid fs name.
    InvalidParameterValueInvalidFsName,
    /// `InvalidParameterValue.InvalidFsSizeLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid fs size limit.
    InvalidParameterValueInvalidFsSizeLimit,
    /// `InvalidParameterValue.InvalidFsStatus`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid fs status.
    InvalidParameterValueInvalidFsStatus,
    /// `InvalidParameterValue.InvalidLifecycleDataTaskType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid lifecycle data task type.
    InvalidParameterValueInvalidLifecycleDataTaskType,
    /// `InvalidParameterValue.InvalidLifecycleTaskId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid lifecycle task id.
    InvalidParameterValueInvalidLifecycleTaskId,
    /// `InvalidParameterValue.InvalidMetaType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid meta type.
    InvalidParameterValueInvalidMetaType,
    /// `InvalidParameterValue.InvalidMountTargetIp`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid mount target ip.
    InvalidParameterValueInvalidMountTargetIp,
    /// `InvalidParameterValue.InvalidNetInterface`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid net interface.
    InvalidParameterValueInvalidNetInterface,
    /// `InvalidParameterValue.InvalidParamDayOfMonth`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid param day of month.
    InvalidParameterValueInvalidParamDayOfMonth,
    /// `InvalidParameterValue.InvalidParamDayOfWeek`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid param day of week.
    InvalidParameterValueInvalidParamDayOfWeek,
    /// `InvalidParameterValue.InvalidParamIntervalDays`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid param interval days.
    InvalidParameterValueInvalidParamIntervalDays,
    /// `InvalidParameterValue.InvalidParamIsCreateRealTimeSync`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid param is create real time sync.
    InvalidParameterValueInvalidParamIsCreateRealTimeSync,
    /// `InvalidParameterValue.InvalidParamIsModifyRealTimeSync`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid param is modify real time sync.
    InvalidParameterValueInvalidParamIsModifyRealTimeSync,
    /// `InvalidParameterValue.InvalidParamIsSyncDelete`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid param is sync delete.
    InvalidParameterValueInvalidParamIsSyncDelete,
    /// `InvalidParameterValue.InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter value.
    InvalidParameterValueInvalidParameterValue,
    /// `InvalidParameterValue.InvalidPgroup`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid pgroup.
    InvalidParameterValueInvalidPgroup,
    /// `InvalidParameterValue.InvalidPgroupId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid pgroup id.
    InvalidParameterValueInvalidPgroupId,
    /// `InvalidParameterValue.InvalidPgroupName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid pgroup name.
    InvalidParameterValueInvalidPgroupName,
    /// `InvalidParameterValue.InvalidPolicyFsPath`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid policy fs path.
    InvalidParameterValueInvalidPolicyFsPath,
    /// `InvalidParameterValue.InvalidPriority`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid priority.
    InvalidParameterValueInvalidPriority,
    /// `InvalidParameterValue.InvalidProtocol`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid protocol.
    InvalidParameterValueInvalidProtocol,
    /// `InvalidParameterValue.InvalidRegionZoneInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid region zone info.
    InvalidParameterValueInvalidRegionZoneInfo,
    /// `InvalidParameterValue.InvalidResourceTags`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid resource tags.
    InvalidParameterValueInvalidResourceTags,
    /// `InvalidParameterValue.InvalidRwPermission`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid rw permission.
    InvalidParameterValueInvalidRwPermission,
    /// `InvalidParameterValue.InvalidScaleupTargetCapacity`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid scaleup target capacity.
    InvalidParameterValueInvalidScaleupTargetCapacity,
    /// `InvalidParameterValue.InvalidSnapPolicyStatus`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid snap policy status.
    InvalidParameterValueInvalidSnapPolicyStatus,
    /// `InvalidParameterValue.InvalidSnapshotName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid snapshot name.
    InvalidParameterValueInvalidSnapshotName,
    /// `InvalidParameterValue.InvalidSnapshotPolicyName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid snapshot policy name.
    InvalidParameterValueInvalidSnapshotPolicyName,
    /// `InvalidParameterValue.InvalidSnapshotStatus`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid snapshot status.
    InvalidParameterValueInvalidSnapshotStatus,
    /// `InvalidParameterValue.InvalidStorageResourcePkg`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid storage resource pkg.
    InvalidParameterValueInvalidStorageResourcePkg,
    /// `InvalidParameterValue.InvalidStorageType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid storage type.
    InvalidParameterValueInvalidStorageType,
    /// `InvalidParameterValue.InvalidSubnetId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid subnet id.
    InvalidParameterValueInvalidSubnetId,
    /// `InvalidParameterValue.InvalidTagKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid tag key.
    InvalidParameterValueInvalidTagKey,
    /// `InvalidParameterValue.InvalidTagValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid tag value.
    InvalidParameterValueInvalidTagValue,
    /// `InvalidParameterValue.InvalidTurboCapacity`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid turbo capacity.
    InvalidParameterValueInvalidTurboCapacity,
    /// `InvalidParameterValue.InvalidUserPermission`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid user permission.
    InvalidParameterValueInvalidUserPermission,
    /// `InvalidParameterValue.InvalidVip`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid vip.
    InvalidParameterValueInvalidVip,
    /// `InvalidParameterValue.InvalidVpcId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid vpc id.
    InvalidParameterValueInvalidVpcId,
    /// `InvalidParameterValue.InvalidVpcParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid vpc parameter.
    InvalidParameterValueInvalidVpcParameter,
    /// `InvalidParameterValue.InvalidZoneId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid zone id.
    InvalidParameterValueInvalidZoneId,
    /// `InvalidParameterValue.InvalidZoneOrZoneId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid zone or zone id.
    InvalidParameterValueInvalidZoneOrZoneId,
    /// `InvalidParameterValue.ListPathFileInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: list path file invalid.
    InvalidParameterValueListPathFileInvalid,
    /// `InvalidParameterValue.ListPathFileNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: list path file not found.
    InvalidParameterValueListPathFileNotFound,
    /// `InvalidParameterValue.MissingFileSystemId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: missing file system id.
    InvalidParameterValueMissingFileSystemId,
    /// `InvalidParameterValue.MissingFileSystemIdOrRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: missing file system id or region.
    InvalidParameterValueMissingFileSystemIdOrRegion,
    /// `InvalidParameterValue.MissingFsParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: missing fs parameter.
    InvalidParameterValueMissingFsParameter,
    /// `InvalidParameterValue.MissingKmsKeyId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: missing kms key id.
    InvalidParameterValueMissingKmsKeyId,
    /// `InvalidParameterValue.MissingNameOrDescinfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: missing name or descinfo.
    InvalidParameterValueMissingNameOrDescinfo,
    /// `InvalidParameterValue.MissingPgroupName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: missing pgroup name.
    InvalidParameterValueMissingPgroupName,
    /// `InvalidParameterValue.MissingPolicyParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: missing policy param.
    InvalidParameterValueMissingPolicyParam,
    /// `InvalidParameterValue.MissingSnapNameOrAliveDay`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: missing snap name or alive day.
    InvalidParameterValueMissingSnapNameOrAliveDay,
    /// `InvalidParameterValue.MissingStorageResourcePkg`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: missing storage resource pkg.
    InvalidParameterValueMissingStorageResourcePkg,
    /// `InvalidParameterValue.MissingSubnetidOrUnsubnetid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: missing subnetid or unsubnetid.
    InvalidParameterValueMissingSubnetidOrUnsubnetid,
    /// `InvalidParameterValue.MissingTaskIdOrRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: missing task id or region.
    InvalidParameterValueMissingTaskIdOrRegion,
    /// `InvalidParameterValue.MissingVpcParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: missing vpc parameter.
    InvalidParameterValueMissingVpcParameter,
    /// `InvalidParameterValue.MissingVpcidOrUnvpcid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: missing vpcid or unvpcid.
    InvalidParameterValueMissingVpcidOrUnvpcid,
    /// `InvalidParameterValue.MissingZoneId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: missing zone id.
    InvalidParameterValueMissingZoneId,
    /// `InvalidParameterValue.MissingZoneOrZoneId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: missing zone or zone id.
    InvalidParameterValueMissingZoneOrZoneId,
    /// `InvalidParameterValue.PathUsedInDataflow`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: path used in dataflow.
    InvalidParameterValuePathUsedInDataflow,
    /// `InvalidParameterValue.PgroupDescinfoLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: pgroup descinfo limit exceeded.
    InvalidParameterValuePgroupDescinfoLimitExceeded,
    /// `InvalidParameterValue.PgroupNameLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: pgroup name limit exceeded.
    InvalidParameterValuePgroupNameLimitExceeded,
    /// `InvalidParameterValue.PolicyRuleStorageTypeInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: policy rule storage type invalid.
    InvalidParameterValuePolicyRuleStorageTypeInvalid,
    /// `InvalidParameterValue.ProjectQuotasDirNested`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: project quotas dir nested.
    InvalidParameterValueProjectQuotasDirNested,
    /// `InvalidParameterValue.ProjectQuotasExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: project quotas exceeded.
    InvalidParameterValueProjectQuotasExceeded,
    /// `InvalidParameterValue.QuotaCapLimitError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: quota cap limit error.
    InvalidParameterValueQuotaCapLimitError,
    /// `InvalidParameterValue.QuotaFileLimitError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: quota file limit error.
    InvalidParameterValueQuotaFileLimitError,
    /// `InvalidParameterValue.QuotaUserIdError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: quota user id error.
    InvalidParameterValueQuotaUserIdError,
    /// `InvalidParameterValue.QuotaUserTypeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: quota user type error.
    InvalidParameterValueQuotaUserTypeError,
    /// `InvalidParameterValue.RuleNotMatchPgroup`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: rule not match pgroup.
    InvalidParameterValueRuleNotMatchPgroup,
    /// `InvalidParameterValue.SnapshotNameLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: snapshot name limit exceeded.
    InvalidParameterValueSnapshotNameLimitExceeded,
    /// `InvalidParameterValue.SnapshotPolicyNameLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: snapshot policy name limit exceeded.
    InvalidParameterValueSnapshotPolicyNameLimitExceeded,
    /// `InvalidParameterValue.StorageTypeInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: storage type invalid.
    InvalidParameterValueStorageTypeInvalid,
    /// `InvalidParameterValue.TagKeyFilterLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag key filter limit exceeded.
    InvalidParameterValueTagKeyFilterLimitExceeded,
    /// `InvalidParameterValue.TagKeyLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag key limit exceeded.
    InvalidParameterValueTagKeyLimitExceeded,
    /// `InvalidParameterValue.TagValueFilterLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag value filter limit exceeded.
    InvalidParameterValueTagValueFilterLimitExceeded,
    /// `InvalidParameterValue.TagValueLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag value limit exceeded.
    InvalidParameterValueTagValueLimitExceeded,
    /// `InvalidParameterValue.UnavailableRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unavailable region.
    InvalidParameterValueUnavailableRegion,
    /// `InvalidParameterValue.UnavailableZone`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unavailable zone.
    InvalidParameterValueUnavailableZone,
    /// `InvalidParameterValue.WaitingTaskLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: waiting task limit exceeded.
    InvalidParameterValueWaitingTaskLimitExceeded,
    /// `InvalidParameterValue.ZoneIdRegionNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: zone id region not match.
    InvalidParameterValueZoneIdRegionNotMatch,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing parameter.
    MissingParameterMissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInUse.DataRetrievalHasTask`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: data retrieval has task.
    ResourceInUseDataRetrievalHasTask,
    /// `ResourceInUse.DataRetrievalTaskRunning`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: data retrieval task running.
    ResourceInUseDataRetrievalTaskRunning,
    /// `ResourceInsufficient.DataFlowLimitExceeded`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: data flow limit exceeded.
    ResourceInsufficientDataFlowLimitExceeded,
    /// `ResourceInsufficient.FileSystemLimitExceeded`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: file system limit exceeded.
    ResourceInsufficientFileSystemLimitExceeded,
    /// `ResourceInsufficient.PgroupNumberLimitExceeded`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: pgroup number limit exceeded.
    ResourceInsufficientPgroupNumberLimitExceeded,
    /// `ResourceInsufficient.PolicyFsLimitExceeded`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: policy fs limit exceeded.
    ResourceInsufficientPolicyFsLimitExceeded,
    /// `ResourceInsufficient.PolicyFsPathLimitExceeded`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: policy fs path limit exceeded.
    ResourceInsufficientPolicyFsPathLimitExceeded,
    /// `ResourceInsufficient.PolicyLimitExceeded`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: policy limit exceeded.
    ResourceInsufficientPolicyLimitExceeded,
    /// `ResourceInsufficient.RegionSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: region sold out.
    ResourceInsufficientRegionSoldOut,
    /// `ResourceInsufficient.RuleLimitExceeded`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: rule limit exceeded.
    ResourceInsufficientRuleLimitExceeded,
    /// `ResourceInsufficient.SnapshotSizeLimitExceeded`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: snapshot size limit exceeded.
    ResourceInsufficientSnapshotSizeLimitExceeded,
    /// `ResourceInsufficient.SubnetIpAllOccupied`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: subnet ip all occupied.
    ResourceInsufficientSubnetIpAllOccupied,
    /// `ResourceInsufficient.TagLimitExceeded`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: tag limit exceeded.
    ResourceInsufficientTagLimitExceeded,
    /// `ResourceInsufficient.TagQuotasExceeded`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: tag quotas exceeded.
    ResourceInsufficientTagQuotasExceeded,
    /// `ResourceInsufficient.TurboSpecialCapacityFileSystemCountLimit`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: turbo special capacity file system count limit.
    ResourceInsufficientTurboSpecialCapacityFileSystemCountLimit,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.DataRetrievalNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: data retrieval not found.
    ResourceNotFoundDataRetrievalNotFound,
    /// `ResourceNotFound.FileSystemNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: file system not found.
    ResourceNotFoundFileSystemNotFound,
    /// `ResourceNotFound.FsNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: fs not exist.
    ResourceNotFoundFsNotExist,
    /// `ResourceNotFound.MountTargetNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: mount target not found.
    ResourceNotFoundMountTargetNotFound,
    /// `ResourceNotFound.PgroupNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: pgroup not found.
    ResourceNotFoundPgroupNotFound,
    /// `ResourceNotFound.ResourcePackageNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: resource package not found.
    ResourceNotFoundResourcePackageNotFound,
    /// `ResourceNotFound.RuleNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: rule not found.
    ResourceNotFoundRuleNotFound,
    /// `ResourceNotFound.SnapshotNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: snapshot not found.
    ResourceNotFoundSnapshotNotFound,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: unauthorized operation.
    UnauthorizedOperationUnauthorizedOperation,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.BasicNetInterfaceNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: basic net interface not supported.
    UnsupportedOperationBasicNetInterfaceNotSupported,
    /// `UnsupportedOperation.FieldOnlyForExternalStorage`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: field only for external storage.
    UnsupportedOperationFieldOnlyForExternalStorage,
    /// `UnsupportedOperation.InvalidCfsVersion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid cfs version.
    UnsupportedOperationInvalidCfsVersion,
    /// `UnsupportedOperation.InvalidLifecycleDataTaskStatus`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid lifecycle data task status.
    UnsupportedOperationInvalidLifecycleDataTaskStatus,
    /// `UnsupportedOperation.MissingKmsAccessPermission`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: missing kms access permission.
    UnsupportedOperationMissingKmsAccessPermission,
    /// `UnsupportedOperation.OutOfService`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: out of service.
    UnsupportedOperationOutOfService,
    /// `UnsupportedOperation.UnauthorizedCfsQcsRole`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unauthorized cfs qcs role.
    UnsupportedOperationUnauthorizedCfsQcsRole,
    /// `UnsupportedOperation.UnverifiedUser`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unverified user.
    UnsupportedOperationUnverifiedUser,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 177] = [
        "AuthFailure",
        "AuthFailure.GetRoleFailed",
        "AuthFailure.UnauthorizedOperation",
        "FailedOperation",
        "FailedOperation.AdjustFrequencyLimit",
        "FailedOperation.BindResourcePkgFailed",
        "FailedOperation.ClientTokenInUse",
        "FailedOperation.CosMultiVersionDisabled",
        "FailedOperation.MountTargetExists",
        "FailedOperation.PgroupInUse",
        "FailedOperation.PgroupIsUpdating",
        "FailedOperation.PgroupLinkCfsv10",
        "FailedOperation.UntagResourceFailed",
        "InternalError",
        "InternalError.CreateFsFailed",
        "InternalError.GetAccountStatusFailed",
        "InternalError.InternalError",
        "InternalError.Timeout",
        "InvalidParameter",
        "InvalidParameter.AutoPolicyNotFound",
        "InvalidParameter.InvalidAlivedDays",
        "InvalidParameter.InvalidParamDayofWeek",
        "InvalidParameter.InvalidParamHour",
        "InvalidParameter.InvalidParameter",
        "InvalidParameter.InvalidSnapPolicyStatus",
        "InvalidParameter.InvalidSnapshotName",
        "InvalidParameter.InvalidSnapshotPolicyName",
        "InvalidParameter.ListPathAndTaskPathConflict",
        "InvalidParameter.ListPathInvalidPrefix",
        "InvalidParameter.MissingPolicyParam",
        "InvalidParameter.SnapshotNameLimitExceeded",
        "InvalidParameter.SnapshotPolicyNameLimitExceeded",
        "InvalidParameterValue",
        "InvalidParameterValue.AutoPolicyNotFound",
        "InvalidParameterValue.BindInfrequentaccessFirst",
        "InvalidParameterValue.CfsPath",
        "InvalidParameterValue.ClientTokenLimitExceeded",
        "InvalidParameterValue.DataRetrievalScheduleConflict",
        "InvalidParameterValue.DuplicatedPgroupName",
        "InvalidParameterValue.DuplicatedRuleAuthClientIp",
        "InvalidParameterValue.DuplicatedTagKey",
        "InvalidParameterValue.ExternalStorageSupportDataflowOnly",
        "InvalidParameterValue.FsNameLimitExceeded",
        "InvalidParameterValue.FsSizeLimitExceeded",
        "InvalidParameterValue.InvalidAliveDays",
        "InvalidParameterValue.InvalidAuthClientIp",
        "InvalidParameterValue.InvalidAutoScaleUpParams",
        "InvalidParameterValue.InvalidClientToken",
        "InvalidParameterValue.InvalidDataFlowId",
        "InvalidParameterValue.InvalidDataFlowName",
        "InvalidParameterValue.InvalidDataFlowSourceInfo",
        "InvalidParameterValue.InvalidDataFlowSourceStorageType",
        "InvalidParameterValue.InvalidDataFlowTargetPath",
        "InvalidParameterValue.InvalidDataRetrievalId",
        "InvalidParameterValue.InvalidDestinationRegions",
        "InvalidParameterValue.InvalidEncrypted",
        "InvalidParameterValue.InvalidFileSystemId",
        "InvalidParameterValue.InvalidFsName",
        "InvalidParameterValue.InvalidFsSizeLimit",
        "InvalidParameterValue.InvalidFsStatus",
        "InvalidParameterValue.InvalidLifecycleDataTaskType",
        "InvalidParameterValue.InvalidLifecycleTaskId",
        "InvalidParameterValue.InvalidMetaType",
        "InvalidParameterValue.InvalidMountTargetIp",
        "InvalidParameterValue.InvalidNetInterface",
        "InvalidParameterValue.InvalidParamDayOfMonth",
        "InvalidParameterValue.InvalidParamDayOfWeek",
        "InvalidParameterValue.InvalidParamIntervalDays",
        "InvalidParameterValue.InvalidParamIsCreateRealTimeSync",
        "InvalidParameterValue.InvalidParamIsModifyRealTimeSync",
        "InvalidParameterValue.InvalidParamIsSyncDelete",
        "InvalidParameterValue.InvalidParameterValue",
        "InvalidParameterValue.InvalidPgroup",
        "InvalidParameterValue.InvalidPgroupId",
        "InvalidParameterValue.InvalidPgroupName",
        "InvalidParameterValue.InvalidPolicyFsPath",
        "InvalidParameterValue.InvalidPriority",
        "InvalidParameterValue.InvalidProtocol",
        "InvalidParameterValue.InvalidRegionZoneInfo",
        "InvalidParameterValue.InvalidResourceTags",
        "InvalidParameterValue.InvalidRwPermission",
        "InvalidParameterValue.InvalidScaleupTargetCapacity",
        "InvalidParameterValue.InvalidSnapPolicyStatus",
        "InvalidParameterValue.InvalidSnapshotName",
        "InvalidParameterValue.InvalidSnapshotPolicyName",
        "InvalidParameterValue.InvalidSnapshotStatus",
        "InvalidParameterValue.InvalidStorageResourcePkg",
        "InvalidParameterValue.InvalidStorageType",
        "InvalidParameterValue.InvalidSubnetId",
        "InvalidParameterValue.InvalidTagKey",
        "InvalidParameterValue.InvalidTagValue",
        "InvalidParameterValue.InvalidTurboCapacity",
        "InvalidParameterValue.InvalidUserPermission",
        "InvalidParameterValue.InvalidVip",
        "InvalidParameterValue.InvalidVpcId",
        "InvalidParameterValue.InvalidVpcParameter",
        "InvalidParameterValue.InvalidZoneId",
        "InvalidParameterValue.InvalidZoneOrZoneId",
        "InvalidParameterValue.ListPathFileInvalid",
        "InvalidParameterValue.ListPathFileNotFound",
        "InvalidParameterValue.MissingFileSystemId",
        "InvalidParameterValue.MissingFileSystemIdOrRegion",
        "InvalidParameterValue.MissingFsParameter",
        "InvalidParameterValue.MissingKmsKeyId",
        "InvalidParameterValue.MissingNameOrDescinfo",
        "InvalidParameterValue.MissingPgroupName",
        "InvalidParameterValue.MissingPolicyParam",
        "InvalidParameterValue.MissingSnapNameOrAliveDay",
        "InvalidParameterValue.MissingStorageResourcePkg",
        "InvalidParameterValue.MissingSubnetidOrUnsubnetid",
        "InvalidParameterValue.MissingTaskIdOrRegion",
        "InvalidParameterValue.MissingVpcParameter",
        "InvalidParameterValue.MissingVpcidOrUnvpcid",
        "InvalidParameterValue.MissingZoneId",
        "InvalidParameterValue.MissingZoneOrZoneId",
        "InvalidParameterValue.PathUsedInDataflow",
        "InvalidParameterValue.PgroupDescinfoLimitExceeded",
        "InvalidParameterValue.PgroupNameLimitExceeded",
        "InvalidParameterValue.PolicyRuleStorageTypeInvalid",
        "InvalidParameterValue.ProjectQuotasDirNested",
        "InvalidParameterValue.ProjectQuotasExceeded",
        "InvalidParameterValue.QuotaCapLimitError",
        "InvalidParameterValue.QuotaFileLimitError",
        "InvalidParameterValue.QuotaUserIdError",
        "InvalidParameterValue.QuotaUserTypeError",
        "InvalidParameterValue.RuleNotMatchPgroup",
        "InvalidParameterValue.SnapshotNameLimitExceeded",
        "InvalidParameterValue.SnapshotPolicyNameLimitExceeded",
        "InvalidParameterValue.StorageTypeInvalid",
        "InvalidParameterValue.TagKeyFilterLimitExceeded",
        "InvalidParameterValue.TagKeyLimitExceeded",
        "InvalidParameterValue.TagValueFilterLimitExceeded",
        "InvalidParameterValue.TagValueLimitExceeded",
        "InvalidParameterValue.UnavailableRegion",
        "InvalidParameterValue.UnavailableZone",
        "InvalidParameterValue.WaitingTaskLimitExceeded",
        "InvalidParameterValue.ZoneIdRegionNotMatch",
        "MissingParameter",
        "MissingParameter.MissingParameter",
        "OperationDenied",
        "ResourceInUse",
        "ResourceInUse.DataRetrievalHasTask",
        "ResourceInUse.DataRetrievalTaskRunning",
        "ResourceInsufficient.DataFlowLimitExceeded",
        "ResourceInsufficient.FileSystemLimitExceeded",
        "ResourceInsufficient.PgroupNumberLimitExceeded",
        "ResourceInsufficient.PolicyFsLimitExceeded",
        "ResourceInsufficient.PolicyFsPathLimitExceeded",
        "ResourceInsufficient.PolicyLimitExceeded",
        "ResourceInsufficient.RegionSoldOut",
        "ResourceInsufficient.RuleLimitExceeded",
        "ResourceInsufficient.SnapshotSizeLimitExceeded",
        "ResourceInsufficient.SubnetIpAllOccupied",
        "ResourceInsufficient.TagLimitExceeded",
        "ResourceInsufficient.TagQuotasExceeded",
        "ResourceInsufficient.TurboSpecialCapacityFileSystemCountLimit",
        "ResourceNotFound",
        "ResourceNotFound.DataRetrievalNotFound",
        "ResourceNotFound.FileSystemNotFound",
        "ResourceNotFound.FsNotExist",
        "ResourceNotFound.MountTargetNotFound",
        "ResourceNotFound.PgroupNotFound",
        "ResourceNotFound.ResourcePackageNotFound",
        "ResourceNotFound.RuleNotFound",
        "ResourceNotFound.SnapshotNotFound",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnauthorizedOperation.UnauthorizedOperation",
        "UnsupportedOperation",
        "UnsupportedOperation.BasicNetInterfaceNotSupported",
        "UnsupportedOperation.FieldOnlyForExternalStorage",
        "UnsupportedOperation.InvalidCfsVersion",
        "UnsupportedOperation.InvalidLifecycleDataTaskStatus",
        "UnsupportedOperation.MissingKmsAccessPermission",
        "UnsupportedOperation.OutOfService",
        "UnsupportedOperation.UnauthorizedCfsQcsRole",
        "UnsupportedOperation.UnverifiedUser",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: get role failed.Authentication failed: unauthorized operation.The operation failed.The operation failed: adjust frequency limit.The operation failed: bind resource pkg failed.The operation failed: client token in use.The operation failed: cos multi version disabled.The operation failed: mount target exists.The operation failed: pgroup in use.The operation failed: pgroup is updating.The operation failed: pgroup link cfsv10.The operation failed: untag resource failed.An internal error occurred.An internal error occurred: create fs failed.An internal error occurred: get account status failed.An internal error occurred: internal error.An internal error occurred: timeout.A parameter is invalid.A parameter is invalid: auto policy not found.A parameter is invalid: invalid alived days.A parameter is invalid: invalid param dayof week.A parameter is invalid: invalid param hour.A parameter is invalid: invalid parameter.A parameter is invalid: invalid snap policy status.A parameter is invalid: invalid snapshot name.A parameter is invalid: invalid snapshot policy name.A parameter is invalid: list path and task path conflict.A parameter is invalid: list path invalid prefix.A parameter is invalid: missing policy param.A parameter is invalid: snapshot name limit exceeded.A parameter is invalid: snapshot policy name limit exceeded.A parameter value is invalid.A parameter value is invalid: auto policy not found.A parameter value is invalid: bind infrequentaccess first.A parameter value is invalid: cfs path.A parameter value is invalid: client token limit exceeded.A parameter value is invalid: data retrieval schedule conflict.A parameter value is invalid: duplicated pgroup name.A parameter value is invalid: duplicated rule auth client ip.A parameter value is invalid: duplicated tag key.A parameter value is invalid: external storage support dataflow only.A parameter value is invalid: fs name limit exceeded.A parameter value is invalid: fs size limit exceeded.A parameter value is invalid: invalid alive days.A parameter value is invalid: invalid auth client ip.A parameter value is invalid: invalid auto scale up params.A parameter value is invalid: invalid client token.A parameter value is invalid: invalid data flow id.A parameter value is invalid: invalid data flow name.A parameter value is invalid: invalid data flow source info.A parameter value is invalid: invalid data flow source storage type.A parameter value is invalid: invalid data flow target path.A parameter value is invalid: invalid data retrieval id.A parameter value is invalid: invalid destination regions.A parameter value is invalid: invalid encrypted.A parameter value is invalid: invalid file system id.A parameter value is invalid: invalid fs name.A parameter value is invalid: invalid fs size limit.A parameter value is invalid: invalid fs status.A parameter value is invalid: invalid lifecycle data task type.A parameter value is invalid: invalid lifecycle task id.A parameter value is invalid: invalid meta type.A parameter value is invalid: invalid mount target ip.A parameter value is invalid: invalid net interface.A parameter value is invalid: invalid param day of month.A parameter value is invalid: invalid param day of week.A parameter value is invalid: invalid param interval days.A parameter value is invalid: invalid param is create real time sync.A parameter value is invalid: invalid param is modify real time sync.A parameter value is invalid: invalid param is sync delete.A parameter value is invalid: invalid parameter value.A parameter value is invalid: invalid pgroup.A parameter value is invalid: invalid pgroup id.A parameter value is invalid: invalid pgroup name.A parameter value is invalid: invalid policy fs path.A parameter value is invalid: invalid priority.A parameter value is invalid: invalid protocol.A parameter value is invalid: invalid region zone info.A parameter value is invalid: invalid resource tags.A parameter value is invalid: invalid rw permission.A parameter value is invalid: invalid scaleup target capacity.A parameter value is invalid: invalid snap policy status.A parameter value is invalid: invalid snapshot name.A parameter value is invalid: invalid snapshot policy name.A parameter value is invalid: invalid snapshot status.A parameter value is invalid: invalid storage resource pkg.A parameter value is invalid: invalid storage type.A parameter value is invalid: invalid subnet id.A parameter value is invalid: invalid tag key.A parameter value is invalid: invalid tag value.A parameter value is invalid: invalid turbo capacity.A parameter value is invalid: invalid user permission.A parameter value is invalid: invalid vip.A parameter value is invalid: invalid vpc id.A parameter value is invalid: invalid vpc parameter.A parameter value is invalid: invalid zone id.A parameter value is invalid: invalid zone or zone id.A parameter value is invalid: list path file invalid.A parameter value is invalid: list path file not found.A parameter value is invalid: missing file system id.A parameter value is invalid: missing file system id or region.A parameter value is invalid: missing fs parameter.A parameter value is invalid: missing kms key id.A parameter value is invalid: missing name or descinfo.A parameter value is invalid: missing pgroup name.A parameter value is invalid: missing policy param.A parameter value is invalid: missing snap name or alive day.A parameter value is invalid: missing storage resource pkg.A parameter value is invalid: missing subnetid or unsubnetid.A parameter value is invalid: missing task id or region.A parameter value is invalid: missing vpc parameter.A parameter value is invalid: missing vpcid or unvpcid.A parameter value is invalid: missing zone id.A parameter value is invalid: missing zone or zone id.A parameter value is invalid: path used in dataflow.A parameter value is invalid: pgroup descinfo limit exceeded.A parameter value is invalid: pgroup name limit exceeded.A parameter value is invalid: policy rule storage type invalid.A parameter value is invalid: project quotas dir nested.A parameter value is invalid: project quotas exceeded.A parameter value is invalid: quota cap limit error.A parameter value is invalid: quota file limit error.A parameter value is invalid: quota user id error.A parameter value is invalid: quota user type error.A parameter value is invalid: rule not match pgroup.A parameter value is invalid: snapshot name limit exceeded.A parameter value is invalid: snapshot policy name limit exceeded.A parameter value is invalid: storage type invalid.A parameter value is invalid: tag key filter limit exceeded.A parameter value is invalid: tag key limit exceeded.A parameter value is invalid: tag value filter limit exceeded.A parameter value is invalid: tag value limit exceeded.A parameter value is invalid: unavailable region.A parameter value is invalid: unavailable zone.A parameter value is invalid: waiting task limit exceeded.A parameter value is invalid: zone id region not match.A required parameter is missing.A required parameter is missing: missing parameter.The operation was denied.The resource is in use.The resource is in use: data retrieval has task.The resource is in use: data retrieval task running.Resources are insufficient: data flow limit exceeded.Resources are insufficient: file system limit exceeded.Resources are insufficient: pgroup number limit exceeded.Resources are insufficient: policy fs limit exceeded.Resources are insufficient: policy fs path limit exceeded.Resources are insufficient: policy limit exceeded.Resources are insufficient: region sold out.Resources are insufficient: rule limit exceeded.Resources are insufficient: snapshot size limit exceeded.Resources are insufficient: subnet ip all occupied.Resources are insufficient: tag limit exceeded.Resources are insufficient: tag quotas exceeded.Resources are insufficient: turbo special capacity file system count limit.The resource was not found.The resource was not found: data retrieval not found.The resource was not found: file system not found.The resource was not found: fs not exist.The resource was not found: mount target not found.The resource was not found: pgroup not found.The resource was not found: resource package not found.The resource was not found: rule not found.The resource was not found: snapshot not found.The resources are sold out.The operation is not authorized.The operation is not authorized: unauthorized operation.The operation is not supported.The operation is not supported: basic net interface not supported.The operation is not supported: field only for external storage.The operation is not supported: invalid cfs version.The operation is not supported: invalid lifecycle data task status.The operation is not supported: missing kms access permission.The operation is not supported: out of service.The operation is not supported: unauthorized cfs qcs role.The operation is not supported: unverified user.",
        ends: &[
            0, 22, 61, 107, 128, 173, 220, 262, 311, 353, 389, 430, 471, 515, 542, 587,
            641, 684, 720, 743, 789, 833, 882, 925, 967, 1018, 1064, 1117, 1174, 1223,
            1268, 1321, 1381, 1410, 1462, 1520, 1559, 1617, 1680, 1733, 1794, 1843, 1912,
            1965, 2018, 2067, 2120, 2179, 2230, 2281, 2334, 2394, 2462, 2522, 2578, 2636,
            2684, 2737, 2783, 2835, 2883, 2946, 3002, 3050, 3104, 3156, 3213, 3269, 3327,
            3396, 3465, 3524, 3578, 3623, 3671, 3721, 3774, 3821, 3868, 3923, 3975, 4027,
            4089, 4146, 4198, 4257, 4311, 4370, 4421, 4469, 4515, 4563, 4616, 4670, 4712,
            4757, 4809, 4855, 4909, 4962, 5017, 5070, 5133, 5184, 5233, 5288, 5338, 5389,
            5450, 5509, 5570, 5626, 5678, 5733, 5779, 5833, 5885, 5946, 6003, 6066, 6122,
            6176, 6228, 6281, 6331, 6383, 6435, 6494, 6560, 6611, 6671, 6724, 6786, 6841,
            6890, 6937, 6995, 7050, 7082, 7133, 7158, 7181, 7229, 7281, 7334, 7389, 7446,
            7499, 7557, 7607, 7651, 7699, 7756, 7807, 7854, 7902, 7977, 8004, 8057, 8107,
            8148, 8199, 8244, 8299, 8342, 8389, 8416, 8448, 8504, 8535, 8601, 8665, 8717,
            8784, 8846, 8893, 8951, 8999,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 177] = ::cloud_errors::__private::retry_column(
        b"accaaaaaaaaaabbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacbbbcccccccccccccaaaaaaaaacccaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 177] = ::cloud_errors::__private::category_column(
        b"bppiiiiiiiiiimmmmmcccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccgjjjhhhhhhhhhhhhheeeeeeeeehggliiiiiiii",
    );
    static PILOTS: [u16; 45] = [
        6, 14, 2, 33, 14, 0, 23, 23, 58, 41, 3, 3, 243, 0, 8, 22, 1, 4, 9, 1, 7, 5, 6,
        47, 11, 11, 6, 26, 18, 56, 21, 25, 3, 48, 54, 135, 53, 0, 2, 6, 1, 0, 1, 1, 13,
    ];
    static SLOTS: [(&str, u32); 196] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            95, 46, 147, 40, 115, 158, 153, 12, 75, 112, 82, 41, 31, 172, 105, 110,
            4294967295, 4294967295, 65, 58, 96, 77, 87, 35, 4294967295, 125, 176, 70,
            4294967295, 149, 146, 57, 37, 117, 24, 17, 4294967295, 157, 101, 159, 7, 27,
            0, 18, 88, 4294967295, 28, 91, 39, 64, 166, 136, 123, 127, 36, 63, 81, 174,
            14, 4294967295, 23, 4294967295, 164, 99, 44, 29, 4294967295, 154, 21, 55,
            109, 60, 116, 152, 134, 143, 2, 168, 59, 4294967295, 76, 148, 144, 73,
            4294967295, 9, 4294967295, 66, 83, 150, 43, 98, 171, 13, 133, 107, 80, 167,
            16, 26, 93, 145, 92, 79, 11, 169, 119, 72, 4294967295, 120, 45, 104, 67, 124,
            34, 19, 56, 138, 30, 38, 173, 4294967295, 6, 137, 54, 10, 142, 121, 25, 128,
            61, 108, 165, 3, 162, 22, 163, 68, 114, 129, 106, 52, 122, 126, 94, 86, 71,
            170, 4294967295, 50, 8, 32, 1, 62, 51, 4294967295, 15, 131, 155, 89, 111,
            156, 90, 4294967295, 33, 4, 161, 69, 49, 141, 4294967295, 135, 118, 42, 74,
            140, 139, 151, 130, 48, 85, 78, 102, 47, 20, 132, 84, 175, 53, 103, 160,
            4294967295, 97, 5, 100, 113,
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
    const PROVIDER: &'static str = "Tencent Cloud CFS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CFS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CFS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
