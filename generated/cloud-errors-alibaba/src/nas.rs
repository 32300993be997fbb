// @generated from catalogs/alibaba/nas.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud NAS: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud NAS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `IllegalCharacters`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal characters.
    IllegalCharacters,
    /// `MissingFileSystemId`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing file system id.
    MissingFileSystemId,
    /// `MissingDataFlowId`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing data flow id.
    MissingDataFlowId,
    /// `OperationDenied.InvalidState`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: invalid state.
    OperationDeniedInvalidState,
    /// `InvalidFileSystem.AlreadyExisted`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid file system: already existed.
    InvalidFileSystemAlreadyExisted,
    /// `OperationDenied.DependencyViolation`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: dependency violation.
    OperationDeniedDependencyViolation,
    /// `OperationDenied.NestedDir`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: nested dir.
    OperationDeniedNestedDir,
    /// `OperationDenied.ConflictOperation`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: conflict operation.
    OperationDeniedConflictOperation,
    /// `OperationDenied.DataFlowNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: data flow not supported.
    OperationDeniedDataFlowNotSupported,
    /// `InvalidFileSystem.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid file system: not found.
    InvalidFileSystemNotFound,
    /// `InvalidDataFlow.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid data flow: not found.
    InvalidDataFlowNotFound,
    /// `InvalidRefreshPath.InvalidParameter`: HTTP 404; retry: never; category: not_found.
    /// Invalid refresh path: invalid parameter.
    InvalidRefreshPathInvalidParameter,
    /// `InvalidRefreshPath.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid refresh path: not found.
    InvalidRefreshPathNotFound,
    /// `InvalidRefreshPolicy.InvalidParameter`: HTTP 404; retry: never; category: not_found.
    /// Invalid refresh policy: invalid parameter.
    InvalidRefreshPolicyInvalidParameter,
    /// `InvalidRefreshInterval.OutOfBounds`: HTTP 404; retry: never; category: not_found.
    /// Invalid refresh interval: out of bounds.
    InvalidRefreshIntervalOutOfBounds,
    /// `InvalidRefreshPath.AlreadyExist`: HTTP 404; retry: never; category: not_found.
    /// Invalid refresh path: already exist.
    InvalidRefreshPathAlreadyExist,
    /// `InvalidRefreshPath.TooManyPaths`: HTTP 404; retry: never; category: not_found.
    /// Invalid refresh path: too many paths.
    InvalidRefreshPathTooManyPaths,
    /// `MissingTaskId`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing task id.
    MissingTaskId,
    /// `InvalidTaskId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid task id: not found.
    InvalidTaskIdNotFound,
    /// `OperationDenied.LifecycleRetrieveJobEnded`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: lifecycle retrieve job ended.
    OperationDeniedLifecycleRetrieveJobEnded,
    /// `InvalidLifecycleRetrieveJob.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid lifecycle retrieve job: not found.
    InvalidLifecycleRetrieveJobNotFound,
    /// `MissingJobId`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing job id.
    MissingJobId,
    /// `OperationDenied.Conflict`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: conflict.
    OperationDeniedConflict,
    /// `InvalidJobId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid job id: not found.
    InvalidJobIdNotFound,
    /// `EntityNotExist.ResourceGroup`: HTTP 404; retry: never; category: not_found.
    /// Entity not exist: resource group.
    EntityNotExistResourceGroup,
    /// `EntityNotExist.ResourceId`: HTTP 404; retry: never; category: not_found.
    /// Entity not exist: resource id.
    EntityNotExistResourceId,
    /// `InvalidRequest`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequest,
    /// `InvalidProtocolType.NotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid protocol type: not supported.
    InvalidProtocolTypeNotSupported,
    /// `InvalidRamRole.NotExist`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid ram role: not exist.
    InvalidRamRoleNotExist,
    /// `InvalidRamRole.NoPermission`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid ram role: no permission.
    InvalidRamRoleNoPermission,
    /// `OperationDenied.AccessPointCountsExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: access point counts exceeded.
    OperationDeniedAccessPointCountsExceeded,
    /// `InvalidAccessGroup.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid access group: not found.
    InvalidAccessGroupNotFound,
    /// `InvalidVpc.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid vpc: not found.
    InvalidVpcNotFound,
    /// `InvalidVswitch.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid vswitch: not found.
    InvalidVswitchNotFound,
    /// `InvalidParam.Ipv6SourceCidrIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: ipv6 source cidr ip.
    InvalidParamIpv6SourceCidrIp,
    /// `InvalidParam.SourceCidrIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: source cidr ip.
    InvalidParamSourceCidrIp,
    /// `InvalidParam.IPv4AndIPv6MutuallyExclusive`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: IPv4 and IPv6 mutually exclusive.
    InvalidParamIPv4AndIPv6MutuallyExclusive,
    /// `InvalidAccessGroup.NotsupportedIPv6`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid access group: notsupported IPv6.
    InvalidAccessGroupNotsupportedIPv6,
    /// `MissingFsetId`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing fset id.
    MissingFsetId,
    /// `MissingSourceStorage`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing source storage.
    MissingSourceStorage,
    /// `MissingThroughput`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing throughput.
    MissingThroughput,
    /// `InvalidFilesystemVersion.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid filesystem version: not support.
    InvalidFilesystemVersionNotSupport,
    /// `OperationDenied.NoStock`: HTTP 403, 404; retry: never; category: permission_denied.
    /// Operation denied: no stock.
    OperationDeniedNoStock,
    /// `OperationDenied.DependFset`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: depend fset.
    OperationDeniedDependFset,
    /// `OperationDenied.DependMountpoint`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: depend mountpoint.
    OperationDeniedDependMountpoint,
    /// `OperationDenied.FsetAlreadyInUse`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: fset already in use.
    OperationDeniedFsetAlreadyInUse,
    /// `OperationDenied.AutoRefreshNotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: auto refresh not support.
    OperationDeniedAutoRefreshNotSupport,
    /// `OperationDenied.DependBucketTag`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: depend bucket tag.
    OperationDeniedDependBucketTag,
    /// `InvalidOperation.DeletionProtection`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid operation: deletion protection.
    InvalidOperationDeletionProtection,
    /// `InvalidThroughput.OutOfBounds`: HTTP 404; retry: never; category: not_found.
    /// Invalid throughput: out of bounds.
    InvalidThroughputOutOfBounds,
    /// `InvalidDescription.InvalidFormat`: HTTP 404; retry: never; category: not_found.
    /// Invalid description: invalid format.
    InvalidDescriptionInvalidFormat,
    /// `InvalidRefreshPath.Duplicated`: HTTP 404; retry: never; category: not_found.
    /// Invalid refresh path: duplicated.
    InvalidRefreshPathDuplicated,
    /// `InvalidSourceStorage.Unreachable`: HTTP 404; retry: never; category: not_found.
    /// Invalid source storage: unreachable.
    InvalidSourceStorageUnreachable,
    /// `InvalidSourceStorage.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid source storage: not found.
    InvalidSourceStorageNotFound,
    /// `InvalidSourceStorage.NotSupport`: HTTP 404; retry: never; category: not_found.
    /// Invalid source storage: not support.
    InvalidSourceStorageNotSupport,
    /// `InvalidSourceStorage.PermissionDenied`: HTTP 404; retry: never; category: not_found.
    /// Invalid source storage: permission denied.
    InvalidSourceStoragePermissionDenied,
    /// `InvalidSourceStorage.InvalidRegion`: HTTP 404; retry: never; category: not_found.
    /// Invalid source storage: invalid region.
    InvalidSourceStorageInvalidRegion,
    /// `InvalidSourceStorage.InvalidParameter`: HTTP 404; retry: never; category: not_found.
    /// Invalid source storage: invalid parameter.
    InvalidSourceStorageInvalidParameter,
    /// `InvalidSourceSecurityType.NotSupport`: HTTP 404; retry: never; category: not_found.
    /// Invalid source security type: not support.
    InvalidSourceSecurityTypeNotSupport,
    /// `InvalidAutoRefresh.TooManyAutoRefreshes`: HTTP 404; retry: never; category: not_found.
    /// Invalid auto refresh: too many auto refreshes.
    InvalidAutoRefreshTooManyAutoRefreshes,
    /// `InvalidSourceStorage.NeedVersioning`: HTTP 404; retry: never; category: not_found.
    /// Invalid source storage: need versioning.
    InvalidSourceStorageNeedVersioning,
    /// `InvalidFsetId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid fset id: not found.
    InvalidFsetIdNotFound,
    /// `InvalidParameter.InvalidFormat`: HTTP 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid format.
    InvalidParameterInvalidFormat,
    /// `InvalidParameter.SizeTooLarge`: HTTP 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: size too large.
    InvalidParameterSizeTooLarge,
    /// `InvalidTaskAction.NotSupported`: HTTP 404; retry: never; category: not_found.
    /// Invalid task action: not supported.
    InvalidTaskActionNotSupported,
    /// `InvalidTaskAction.PermissionDenied`: HTTP 404; retry: never; category: not_found.
    /// Invalid task action: permission denied.
    InvalidTaskActionPermissionDenied,
    /// `InvalidSrcTaskId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid src task id: not found.
    InvalidSrcTaskIdNotFound,
    /// `InvalidDataType.NotSupported`: HTTP 404; retry: never; category: not_found.
    /// Invalid data type: not supported.
    InvalidDataTypeNotSupported,
    /// `InvalidSrcTaskId.TaskIdInvalid`: HTTP 404; retry: never; category: not_found.
    /// Invalid src task id: task id invalid.
    InvalidSrcTaskIdTaskIdInvalid,
    /// `InvalidSrcTaskId.TaskIdNotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid src task id: task id not found.
    InvalidSrcTaskIdTaskIdNotFound,
    /// `RequestAccepted`: no documented HTTP status; retry: never; category: unknown.
    /// Request accepted.
    RequestAccepted,
    /// `IdempotentParameterMismatch`: HTTP 400; retry: never; category: failed_precondition.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatch,
    /// `InvalidParameter.KmsServiceNotEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: kms service not enabled.
    InvalidParameterKmsServiceNotEnabled,
    /// `InvalidParameter.KmsKeyIdNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: kms key id not found.
    InvalidParameterKmsKeyIdNotFound,
    /// `InvalidParameter.InvalidKmsKeyId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid kms key id.
    InvalidParameterInvalidKmsKeyId,
    /// `DryRunOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Dry run operation.
    DryRunOperation,
    /// `SubAccount.NoExtremeSLRPermission`: HTTP 400; retry: never; category: invalid_argument.
    /// Sub account: no extreme SLR permission.
    SubAccountNoExtremeSlrPermission,
    /// `SubAccount.NoStandardSLRPermission`: HTTP 400; retry: never; category: invalid_argument.
    /// Sub account: no standard SLR permission.
    SubAccountNoStandardSlrPermission,
    /// `SubAccount.NoEncryptionSLRPermission`: HTTP 400; retry: never; category: invalid_argument.
    /// Sub account: no encryption SLR permission.
    SubAccountNoEncryptionSlrPermission,
    /// `InvalidParam.NotSupportBYOK`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: not support BYOK.
    InvalidParamNotSupportByok,
    /// `MissingParameter.KmsKeyId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: kms key id.
    MissingParameterKmsKeyId,
    /// `Resource.OutOfStock`: HTTP 403; retry: never; category: permission_denied.
    /// Resource: out of stock.
    ResourceOutOfStock,
    /// `MissingFileSystemPath`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing file system path.
    MissingFileSystemPath,
    /// `OperationDenied.AlreadyExists`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: already exists.
    OperationDeniedAlreadyExists,
    /// `OperationDenied.TooManyFilesets`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: too many filesets.
    OperationDeniedTooManyFilesets,
    /// `OperationDenied.TooManyDepths`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: too many depths.
    OperationDeniedTooManyDepths,
    /// `OperationDenied.FilesetNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: fileset not supported.
    OperationDeniedFilesetNotSupported,
    /// `InvalidFileSystemPath.ParentNotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid file system path: parent not found.
    InvalidFileSystemPathParentNotFound,
    /// `InvalidFileSystemPath.NotDirectory`: HTTP 404; retry: never; category: not_found.
    /// Invalid file system path: not directory.
    InvalidFileSystemPathNotDirectory,
    /// `InvalidFileSystemPath.InvalidCharacters`: HTTP 404, 403; retry: never; category: not_found.
    /// Invalid file system path: invalid characters.
    InvalidFileSystemPathInvalidCharacters,
    /// `InvalidFilesetPath.InvalidParameter`: HTTP 404; retry: never; category: not_found.
    /// Invalid fileset path: invalid parameter.
    InvalidFilesetPathInvalidParameter,
    /// `OperationDenied.FileSystemNotSupportedForLifecycle`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: file system not supported for lifecycle.
    OperationDeniedFileSystemNotSupportedForLifecycle,
    /// `OperationDenied.EncryptedFileSystemNotSupportedForLifecycle`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: encrypted file system not supported for lifecycle.
    OperationDeniedEncryptedFileSystemNotSupportedForLifecycle,
    /// `OperationDenied.LifecyclePolicyCountLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: lifecycle policy count limit exceeded.
    OperationDeniedLifecyclePolicyCountLimitExceeded,
    /// `InvalidLifecyclePolicy.AlreadyExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid lifecycle policy: already exist.
    InvalidLifecyclePolicyAlreadyExist,
    /// `InvalidParameter.PathsNumberExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: paths number exceed.
    InvalidParameterPathsNumberExceed,
    /// `InvalidFilesystemType.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid filesystem type: not support.
    InvalidFilesystemTypeNotSupport,
    /// `InvalidParameter.PathOrPaths`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: path or paths.
    InvalidParameterPathOrPaths,
    /// `OperationDenied.NotSupportPaths.N`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: not support paths, n.
    OperationDeniedNotSupportPathsN,
    /// `InvalidParameter.PathNotExist`: HTTP 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: path not exist.
    InvalidParameterPathNotExist,
    /// `OperationDenied.LifecycleRetrieveJobCountLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: lifecycle retrieve job count limit exceeded.
    OperationDeniedLifecycleRetrieveJobCountLimitExceeded,
    /// `SubAccount.NoLogSLRPermission`: HTTP 400; retry: never; category: invalid_argument.
    /// Sub account: no log SLR permission.
    SubAccountNoLogSlrPermission,
    /// `InvalidFileSystem.NotsupportedIPv6`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid file system: notsupported IPv6.
    InvalidFileSystemNotsupportedIPv6,
    /// `InvalidVSwitch.Ipv6NotTurnOn`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v switch: ipv6 not turn on.
    InvalidVSwitchIpv6NotTurnOn,
    /// `MissingParameter.AccessGroupName`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: access group name.
    MissingParameterAccessGroupName,
    /// `InvalidVSwitchId.IpNotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v switch id: ip not enough.
    InvalidVSwitchIdIpNotEnough,
    /// `InvalidParameter.ConflictVpcCidr`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: conflict vpc cidr.
    InvalidParameterConflictVpcCidr,
    /// `InvalidMountTarget.AlreadyExisted`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid mount target: already existed.
    InvalidMountTargetAlreadyExisted,
    /// `OperationDenied.MountTargetExceedLimit`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: mount target exceed limit.
    OperationDeniedMountTargetExceedLimit,
    /// `InvalidParameter.VswNotFound`: HTTP 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: vsw not found.
    InvalidParameterVswNotFound,
    /// `InvalidParameter.VpcNotFound`: HTTP 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: vpc not found.
    InvalidParameterVpcNotFound,
    /// `MissingProtocolServiceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing protocol service id.
    MissingProtocolServiceId,
    /// `Instance.IncorrectStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Instance: incorrect status.
    InstanceIncorrectStatus,
    /// `InvalidVSwitchId.IpShortage`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid v switch id: ip shortage.
    InvalidVSwitchIdIpShortage,
    /// `InvalidFset.InUse`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid fset: in use.
    InvalidFsetInUse,
    /// `MntPathConflict.InvalidParam`: HTTP 403; retry: never; category: permission_denied.
    /// Mnt path conflict: invalid param.
    MntPathConflictInvalidParam,
    /// `OperationDenied.TooManyDepth`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: too many depth.
    OperationDeniedTooManyDepth,
    /// `OperationDenied.InvalidPtcStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: invalid ptc status.
    OperationDeniedInvalidPtcStatus,
    /// `OperationDenied.CrossVPCExceedLimit`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: cross VPC exceed limit.
    OperationDeniedCrossVpcExceedLimit,
    /// `OperationDenied.NoMountTargetQuota`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: no mount target quota.
    OperationDeniedNoMountTargetQuota,
    /// `OperationDenied.NotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: not supported.
    OperationDeniedNotSupported,
    /// `InvalidProtocolService.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid protocol service: not found.
    InvalidProtocolServiceNotFound,
    /// `InvalidVpcId.ConflictVpcCidr`: HTTP 404; retry: never; category: not_found.
    /// Invalid vpc id: conflict vpc cidr.
    InvalidVpcIdConflictVpcCidr,
    /// `Fset.IncorrectStatus`: HTTP 404; retry: never; category: not_found.
    /// Fset: incorrect status.
    FsetIncorrectStatus,
    /// `InvalidAccessGroupName.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid access group name: not found.
    InvalidAccessGroupNameNotFound,
    /// `InvalidAccessGroupName.NotAccessRule`: HTTP 404; retry: never; category: not_found.
    /// Invalid access group name: not access rule.
    InvalidAccessGroupNameNotAccessRule,
    /// `MissingVpcId`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing vpc id.
    MissingVpcId,
    /// `MissingVSwitchId`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing v switch id.
    MissingVSwitchId,
    /// `InvalidProtocolSpec.NotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid protocol spec: not supported.
    InvalidProtocolSpecNotSupported,
    /// `InvalidNetworkType.NotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid network type: not supported.
    InvalidNetworkTypeNotSupported,
    /// `OperationDenied.ProtocolServiceExceedLimit`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: protocol service exceed limit.
    OperationDeniedProtocolServiceExceedLimit,
    /// `PermissionDenied.CapacityTooLow`: HTTP 403; retry: never; category: permission_denied.
    /// Permission denied: capacity too low.
    PermissionDeniedCapacityTooLow,
    /// `PermissionDenied.ThroughputInvalid`: HTTP 403; retry: never; category: permission_denied.
    /// Permission denied: throughput invalid.
    PermissionDeniedThroughputInvalid,
    /// `PermissionDenied.ThroughputTooSmall`: HTTP 403; retry: never; category: permission_denied.
    /// Permission denied: throughput too small.
    PermissionDeniedThroughputTooSmall,
    /// `PermissionDenied.ThroughputExceed`: HTTP 403; retry: never; category: permission_denied.
    /// Permission denied: throughput exceed.
    PermissionDeniedThroughputExceed,
    /// `OperationDenied.NoProtocolServiceQuota`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: no protocol service quota.
    OperationDeniedNoProtocolServiceQuota,
    /// `PermissionDenied.CLThroughputInvalid`: HTTP 403; retry: never; category: permission_denied.
    /// Permission denied: CL throughput invalid.
    PermissionDeniedClThroughputInvalid,
    /// `InvalidVpcId.CrossVpcNotSupport.`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid vpc id: cross vpc not support.
    InvalidVpcIdCrossVpcNotSupport,
    /// `PathNotExistInFileSystem.InvalidParam`: HTTP 404; retry: never; category: not_found.
    /// Path not exist in file system: invalid param.
    PathNotExistInFileSystemInvalidParam,
    /// `InvalidParameter.VpcVswitchMismatch`: HTTP 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: vpc vswitch mismatch.
    InvalidParameterVpcVswitchMismatch,
    /// `MissingFileId`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing file id.
    MissingFileId,
    /// `InvalidParameter.KMSKeyId.KMSUnauthorized`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: KMS key id, KMS unauthorized.
    InvalidParameterKmsKeyIdKmsUnauthorized,
    /// `InvalidParameter.KMSKeyId.CMKNotEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: KMS key id, CMK not enabled.
    InvalidParameterKmsKeyIdCmkNotEnabled,
    /// `OperationDenied.TooManyRunningJobs`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: too many running jobs.
    OperationDeniedTooManyRunningJobs,
    /// `InvalidFileId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid file id: not found.
    InvalidFileIdNotFound,
    /// `MissingTargetFileId`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing target file id.
    MissingTargetFileId,
    /// `OperationDenied.RecycleBinDisabled`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: recycle bin disabled.
    OperationDeniedRecycleBinDisabled,
    /// `InvalidTargetFileId.NotDirectory`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid target file id: not directory.
    InvalidTargetFileIdNotDirectory,
    /// `InvalidTargetFileId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid target file id: not found.
    InvalidTargetFileIdNotFound,
    /// `InvalidAccessPointId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid access point id: not found.
    InvalidAccessPointIdNotFound,
    /// `OperationDenied.LifecyclePolicyAssociated`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: lifecycle policy associated.
    OperationDeniedLifecyclePolicyAssociated,
    /// `OperationDenied.LifecycleRecycleBinTieringJobAssociated`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: lifecycle recycle bin tiering job associated.
    OperationDeniedLifecycleRecycleBinTieringJobAssociated,
    /// `MissingExportId`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing export id.
    MissingExportId,
    /// `OperationDenied.InvalidMntStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: invalid mnt status.
    OperationDeniedInvalidMntStatus,
    /// `InvalidParameter.InvalidNextToken`: HTTP 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid next token.
    InvalidParameterInvalidNextToken,
    /// `InvalidParameter.InvalidMaxResults`: HTTP 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid max results.
    InvalidParameterInvalidMaxResults,
    /// `InvalidFilterParam`: HTTP 404; retry: never; category: not_found.
    /// Invalid filter param.
    InvalidFilterParam,
    /// `InvalidFilterValue`: HTTP 404; retry: never; category: not_found.
    /// Invalid filter value.
    InvalidFilterValue,
    /// `Region.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Region: not supported.
    RegionNotSupported,
    /// `InvalidMountTarget.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid mount target: not found.
    InvalidMountTargetNotFound,
    /// `InvalidParam.TooManyProtocolServiceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: too many protocol service ids.
    InvalidParamTooManyProtocolServiceIds,
    /// `InvalidStatus.NotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid status: not supported.
    InvalidStatusNotSupported,
    /// `InvalidRegionId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid region id: not found.
    InvalidRegionIdNotFound,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `OperationDenied.RecycleBinEnabled`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: recycle bin enabled.
    OperationDeniedRecycleBinEnabled,
    /// `OperationDenied.InvalidNextToken`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: invalid next token.
    OperationDeniedInvalidNextToken,
    /// `InvalidStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status.
    InvalidStatus,
    /// `MissingParameter.ResourceIdOrTag`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource id or tag.
    MissingParameterResourceIdOrTag,
    /// `InvalidNextToken`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next token.
    InvalidNextToken,
    /// `NumberExceed.ResourceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: resource ids.
    NumberExceedResourceIds,
    /// `MissingParameter.ResourceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource ids.
    MissingParameterResourceIds,
    /// `Duplicate.ResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate: resource id.
    DuplicateResourceId,
    /// `NumberExceed.Tags`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: tags.
    NumberExceedTags,
    /// `Duplicate.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate: tag key.
    DuplicateTagKey,
    /// `InvalidResourceId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource id: not found.
    InvalidResourceIdNotFound,
    /// `InvalidParameter.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag key.
    InvalidParameterTagKey,
    /// `InvalidParameter.TagValue`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag value.
    InvalidParameterTagValue,
    /// `InvalidLifecyclePolicy.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid lifecycle policy: not found.
    InvalidLifecyclePolicyNotFound,
    /// `InvalidLifecycleRule.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid lifecycle rule: not found.
    InvalidLifecycleRuleNotFound,
    /// `InvalidParam.MountTargetDomain`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: mount target domain.
    InvalidParamMountTargetDomain,
    /// `InvalidParam.DualStackMountTargetDomain`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: dual stack mount target domain.
    InvalidParamDualStackMountTargetDomain,
    /// `MissingAccessGroupName`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing access group name.
    MissingAccessGroupName,
    /// `InvalidExportId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid export id: not found.
    InvalidExportIdNotFound,
    /// `ORDER.OPEND`: HTTP 400; retry: never; category: invalid_argument.
    /// ORDER: OPEND.
    OrderOpend,
    /// `OperationDenied.LifecycleRetrieveJobNotFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: lifecycle retrieve job not failed.
    OperationDeniedLifecycleRetrieveJobNotFailed,
    /// `InvalidParameter.DirPathNotExist`: HTTP 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: dir path not exist.
    InvalidParameterDirPathNotExist,
    /// `CustomTag.NumberExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Custom tag: number exceed.
    CustomTagNumberExceed,
    /// `OperationDenied.KeyValueNotNull`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: key value not null.
    OperationDeniedKeyValueNotNull,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 188] = [
        "IllegalCharacters",
        "MissingFileSystemId",
        "MissingDataFlowId",
        "OperationDenied.InvalidState",
        "InvalidFileSystem.AlreadyExisted",
        "OperationDenied.DependencyViolation",
        "OperationDenied.NestedDir",
        "OperationDenied.ConflictOperation",
        "OperationDenied.DataFlowNotSupported",
        "InvalidFileSystem.NotFound",
        "InvalidDataFlow.NotFound",
        "InvalidRefreshPath.InvalidParameter",
        "InvalidRefreshPath.NotFound",
        "InvalidRefreshPolicy.InvalidParameter",
        "InvalidRefreshInterval.OutOfBounds",
        "InvalidRefreshPath.AlreadyExist",
        "InvalidRefreshPath.TooManyPaths",
        "MissingTaskId",
        "InvalidTaskId.NotFound",
        "OperationDenied.LifecycleRetrieveJobEnded",
        "InvalidLifecycleRetrieveJob.NotFound",
        "MissingJobId",
        "OperationDenied.Conflict",
        "InvalidJobId.NotFound",
        "EntityNotExist.ResourceGroup",
        "EntityNotExist.ResourceId",
        "InvalidRequest",
        "InvalidProtocolType.NotSupported",
        "InvalidRamRole.NotExist",
        "InvalidRamRole.NoPermission",
        "OperationDenied.AccessPointCountsExceeded",
        "InvalidAccessGroup.NotFound",
        "InvalidVpc.NotFound",
        "InvalidVswitch.NotFound",
        "InvalidParam.Ipv6SourceCidrIp",
        "InvalidParam.SourceCidrIp",
        "InvalidParam.IPv4AndIPv6MutuallyExclusive",
        "InvalidAccessGroup.NotsupportedIPv6",
        "MissingFsetId",
        "MissingSourceStorage",
        "MissingThroughput",
        "InvalidFilesystemVersion.NotSupport",
        "OperationDenied.NoStock",
        "OperationDenied.DependFset",
        "OperationDenied.DependMountpoint",
        "OperationDenied.FsetAlreadyInUse",
        "OperationDenied.AutoRefreshNotSupport",
        "OperationDenied.DependBucketTag",
        "InvalidOperation.DeletionProtection",
        "InvalidThroughput.OutOfBounds",
        "InvalidDescription.InvalidFormat",
        "InvalidRefreshPath.Duplicated",
        "InvalidSourceStorage.Unreachable",
        "InvalidSourceStorage.NotFound",
        "InvalidSourceStorage.NotSupport",
        "InvalidSourceStorage.PermissionDenied",
        "InvalidSourceStorage.InvalidRegion",
        "InvalidSourceStorage.InvalidParameter",
        "InvalidSourceSecurityType.NotSupport",
        "InvalidAutoRefresh.TooManyAutoRefreshes",
        "InvalidSourceStorage.NeedVersioning",
        "InvalidFsetId.NotFound",
        "InvalidParameter.InvalidFormat",
        "InvalidParameter.SizeTooLarge",
        "InvalidTaskAction.NotSupported",
        "InvalidTaskAction.PermissionDenied",
        "InvalidSrcTaskId.NotFound",
        "InvalidDataType.NotSupported",
        "InvalidSrcTaskId.TaskIdInvalid",
        "InvalidSrcTaskId.TaskIdNotFound",
        "RequestAccepted",
        "IdempotentParameterMismatch",
        "InvalidParameter.KmsServiceNotEnabled",
        "InvalidParameter.KmsKeyIdNotFound",
        "InvalidParameter.InvalidKmsKeyId",
        "DryRunOperation",
        "SubAccount.NoExtremeSLRPermission",
        "SubAccount.NoStandardSLRPermission",
        "SubAccount.NoEncryptionSLRPermission",
        "InvalidParam.NotSupportBYOK",
        "MissingParameter.KmsKeyId",
        "Resource.OutOfStock",
        "MissingFileSystemPath",
        "OperationDenied.AlreadyExists",
        "OperationDenied.TooManyFilesets",
        "OperationDenied.TooManyDepths",
        "OperationDenied.FilesetNotSupported",
        "InvalidFileSystemPath.ParentNotFound",
        "InvalidFileSystemPath.NotDirectory",
        "InvalidFileSystemPath.InvalidCharacters",
        "InvalidFilesetPath.InvalidParameter",
        "OperationDenied.FileSystemNotSupportedForLifecycle",
        "OperationDenied.EncryptedFileSystemNotSupportedForLifecycle",
        "OperationDenied.LifecyclePolicyCountLimitExceeded",
        "InvalidLifecyclePolicy.AlreadyExist",
        "InvalidParameter.PathsNumberExceed",
        "InvalidFilesystemType.NotSupport",
        "InvalidParameter.PathOrPaths",
        "OperationDenied.NotSupportPaths.N",
        "InvalidParameter.PathNotExist",
        "OperationDenied.LifecycleRetrieveJobCountLimitExceeded",
        "SubAccount.NoLogSLRPermission",
        "InvalidFileSystem.NotsupportedIPv6",
        "InvalidVSwitch.Ipv6NotTurnOn",
        "MissingParameter.AccessGroupName",
        "InvalidVSwitchId.IpNotEnough",
        "InvalidParameter.ConflictVpcCidr",
        "InvalidMountTarget.AlreadyExisted",
        "OperationDenied.MountTargetExceedLimit",
        "InvalidParameter.VswNotFound",
        "InvalidParameter.VpcNotFound",
        "MissingProtocolServiceId",
        "Instance.IncorrectStatus",
        "InvalidVSwitchId.IpShortage",
        "InvalidFset.InUse",
        "MntPathConflict.InvalidParam",
        "OperationDenied.TooManyDepth",
        "OperationDenied.InvalidPtcStatus",
        "OperationDenied.CrossVPCExceedLimit",
        "OperationDenied.NoMountTargetQuota",
        "OperationDenied.NotSupported",
        "InvalidProtocolService.NotFound",
        "InvalidVpcId.ConflictVpcCidr",
        "Fset.IncorrectStatus",
        "InvalidAccessGroupName.NotFound",
        "InvalidAccessGroupName.NotAccessRule",
        "MissingVpcId",
        "MissingVSwitchId",
        "InvalidProtocolSpec.NotSupported",
        "InvalidNetworkType.NotSupported",
        "OperationDenied.ProtocolServiceExceedLimit",
        "PermissionDenied.CapacityTooLow",
        "PermissionDenied.ThroughputInvalid",
        "PermissionDenied.ThroughputTooSmall",
        "PermissionDenied.ThroughputExceed",
        "OperationDenied.NoProtocolServiceQuota",
        "PermissionDenied.CLThroughputInvalid",
        "InvalidVpcId.CrossVpcNotSupport.",
        "PathNotExistInFileSystem.InvalidParam",
        "InvalidParameter.VpcVswitchMismatch",
        "MissingFileId",
        "InvalidParameter.KMSKeyId.KMSUnauthorized",
        "InvalidParameter.KMSKeyId.CMKNotEnabled",
        "OperationDenied.TooManyRunningJobs",
        "InvalidFileId.NotFound",
        "MissingTargetFileId",
        "OperationDenied.RecycleBinDisabled",
        "InvalidTargetFileId.NotDirectory",
        "InvalidTargetFileId.NotFound",
        "InvalidAccessPointId.NotFound",
        "OperationDenied.LifecyclePolicyAssociated",
        "OperationDenied.LifecycleRecycleBinTieringJobAssociated",
        "MissingExportId",
        "OperationDenied.InvalidMntStatus",
        "InvalidParameter.InvalidNextToken",
        "InvalidParameter.InvalidMaxResults",
        "InvalidFilterParam",
        "InvalidFilterValue",
        "Region.NotSupported",
        "InvalidMountTarget.NotFound",
        "InvalidParam.TooManyProtocolServiceIds",
        "InvalidStatus.NotSupported",
        "InvalidRegionId.NotFound",
        "InternalError",
        "OperationDenied.RecycleBinEnabled",
        "OperationDenied.InvalidNextToken",
        "InvalidStatus",
        "MissingParameter.ResourceIdOrTag",
        "InvalidNextToken",
        "NumberExceed.ResourceIds",
        "MissingParameter.ResourceIds",
        "Duplicate.ResourceId",
        "NumberExceed.Tags",
        "Duplicate.TagKey",
        "InvalidResourceId.NotFound",
        "InvalidParameter.TagKey",
        "InvalidParameter.TagValue",
        "InvalidLifecyclePolicy.NotFound",
        "InvalidLifecycleRule.NotFound",
        "InvalidParam.MountTargetDomain",
        "InvalidParam.DualStackMountTargetDomain",
        "MissingAccessGroupName",
        "InvalidExportId.NotFound",
        "ORDER.OPEND",
        "OperationDenied.LifecycleRetrieveJobNotFailed",
        "InvalidParameter.DirPathNotExist",
        "CustomTag.NumberExceed",
        "OperationDenied.KeyValueNotNull",
    ];
    static NAME_CODES: [u32; 10] = [76, 77, 78, 79, 101, 118, 136, 141, 142, 183];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "SubAccountNoExtremeSlrPermissionSubAccountNoStandardSlrPermissionSubAccountNoEncryptionSlrPermissionInvalidParamNotSupportByokSubAccountNoLogSlrPermissionOperationDeniedCrossVpcExceedLimitPermissionDeniedClThroughputInvalidInvalidParameterKmsKeyIdKmsUnauthorizedInvalidParameterKmsKeyIdCmkNotEnabledOrderOpend",
        ends: &[0, 32, 65, 100, 126, 154, 188, 223, 262, 299, 309],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Illegal characters.Missing file system id.Missing data flow id.Operation denied: invalid state.Invalid file system: already existed.Operation denied: dependency violation.Operation denied: nested dir.Operation denied: conflict operation.Operation denied: data flow not supported.Invalid file system: not found.Invalid data flow: not found.Invalid refresh path: invalid parameter.Invalid refresh path: not found.Invalid refresh policy: invalid parameter.Invalid refresh interval: out of bounds.Invalid refresh path: already exist.Invalid refresh path: too many paths.Missing task id.Invalid task id: not found.Operation denied: lifecycle retrieve job ended.Invalid lifecycle retrieve job: not found.Missing job id.Operation denied: conflict.Invalid job id: not found.Entity not exist: resource group.Entity not exist: resource id.Invalid request.Invalid protocol type: not supported.Invalid ram role: not exist.Invalid ram role: no permission.Operation denied: access point counts exceeded.Invalid access group: not found.Invalid vpc: not found.Invalid vswitch: not found.A parameter is invalid: ipv6 source cidr ip.A parameter is invalid: source cidr ip.A parameter is invalid: IPv4 and IPv6 mutually exclusive.Invalid access group: notsupported IPv6.Missing fset id.Missing source storage.Missing throughput.Invalid filesystem version: not support.Operation denied: no stock.Operation denied: depend fset.Operation denied: depend mountpoint.Operation denied: fset already in use.Operation denied: auto refresh not support.Operation denied: depend bucket tag.Invalid operation: deletion protection.Invalid throughput: out of bounds.Invalid description: invalid format.Invalid refresh path: duplicated.Invalid source storage: unreachable.Invalid source storage: not found.Invalid source storage: not support.Invalid source storage: permission denied.Invalid source storage: invalid region.Invalid source storage: invalid parameter.Invalid source security type: not support.Invalid auto refresh: too many auto refreshes.Invalid source storage: need versioning.Invalid fset id: not found.A parameter is invalid: invalid format.A parameter is invalid: size too large.Invalid task action: not supported.Invalid task action: permission denied.Invalid src task id: not found.Invalid data type: not supported.Invalid src task id: task id invalid.Invalid src task id: task id not found.Request accepted.Idempotent parameter mismatch.A parameter is invalid: kms service not enabled.A parameter is invalid: kms key id not found.A parameter is invalid: invalid kms key id.Dry run operation.Sub account: no extreme SLR permission.Sub account: no standard SLR permission.Sub account: no encryption SLR permission.A parameter is invalid: not support BYOK.A required parameter is missing: kms key id.Resource: out of stock.Missing file system path.Operation denied: already exists.Operation denied: too many filesets.Operation denied: too many depths.Operation denied: fileset not supported.Invalid file system path: parent not found.Invalid file system path: not directory.Invalid file system path: invalid characters.Invalid fileset path: invalid parameter.Operation denied: file system not supported for lifecycle.Operation denied: encrypted file system not supported for lifecycle.Operation denied: lifecycle policy count limit exceeded.Invalid lifecycle policy: already exist.A parameter is invalid: paths number exceed.Invalid filesystem type: not support.A parameter is invalid: path or paths.Operation denied: not support paths, n.A parameter is invalid: path not exist.Operation denied: lifecycle retrieve job count limit exceeded.Sub account: no log SLR permission.Invalid file system: notsupported IPv6.Invalid v switch: ipv6 not turn on.A required parameter is missing: access group name.Invalid v switch id: ip not enough.A parameter is invalid: conflict vpc cidr.Invalid mount target: already existed.Operation denied: mount target exceed limit.A parameter is invalid: vsw not found.A parameter is invalid: vpc not found.Missing protocol service id.Instance: incorrect status.Invalid v switch id: ip shortage.Invalid fset: in use.Mnt path conflict: invalid param.Operation denied: too many depth.Operation denied: invalid ptc status.Operation denied: cross VPC exceed limit.Operation denied: no mount target quota.Operation denied: not supported.Invalid protocol service: not found.Invalid vpc id: conflict vpc cidr.Fset: incorrect status.Invalid access group name: not found.Invalid access group name: not access rule.Missing vpc id.Missing v switch id.Invalid protocol spec: not supported.Invalid network type: not supported.Operation denied: protocol service exceed limit.Permission denied: capacity too low.Permission denied: throughput invalid.Permission denied: throughput too small.Permission denied: throughput exceed.Operation denied: no protocol service quota.Permission denied: CL throughput invalid.Invalid vpc id: cross vpc not support.Path not exist in file system: invalid param.A parameter is invalid: vpc vswitch mismatch.Missing file id.A parameter is invalid: KMS key id, KMS unauthorized.A parameter is invalid: KMS key id, CMK not enabled.Operation denied: too many running jobs.Invalid file id: not found.Missing target file id.Operation denied: recycle bin disabled.Invalid target file id: not directory.Invalid target file id: not found.Invalid access point id: not found.Operation denied: lifecycle policy associated.Operation denied: lifecycle recycle bin tiering job associated.Missing export id.Operation denied: invalid mnt status.A parameter is invalid: invalid next token.A parameter is invalid: invalid max results.Invalid filter param.Invalid filter value.Region: not supported.Invalid mount target: not found.A parameter is invalid: too many protocol service ids.Invalid status: not supported.Invalid region id: not found.An internal error occurred.Operation denied: recycle bin enabled.Operation denied: invalid next token.Invalid status.A required parameter is missing: resource id or tag.Invalid next token.Number exceed: resource ids.A required parameter is missing: resource ids.Duplicate: resource id.Number exceed: tags.Duplicate: tag key.Invalid resource id: not found.A parameter is invalid: tag key.A parameter is invalid: tag value.Invalid lifecycle policy: not found.Invalid lifecycle rule: not found.A parameter is invalid: mount target domain.A parameter is invalid: dual stack mount target domain.Missing access group name.Invalid export id: not found.ORDER: OPEND.Operation denied: lifecycle retrieve job not failed.A parameter is invalid: dir path not exist.Custom tag: number exceed.Operation denied: key value not null.",
        ends: &[
            0, 19, 42, 63, 95, 132, 171, 200, 237, 279, 310, 339, 379, 411, 453, 493,
            529, 566, 582, 609, 656, 698, 713, 740, 766, 799, 829, 845, 882, 910, 942,
            989, 1021, 1044, 1071, 1115, 1154, 1211, 1251, 1267, 1290, 1309, 1349, 1376,
            1406, 1442, 1480, 1523, 1559, 1598, 1632, 1668, 1701, 1737, 1771, 1807, 1849,
            1888, 1930, 1972, 2018, 2058, 2085, 2124, 2163, 2198, 2237, 2268, 2301, 2338,
            2377, 2394, 2424, 2472, 2517, 2560, 2578, 2617, 2657, 2699, 2740, 2784, 2807,
            2832, 2865, 2901, 2935, 2975, 3018, 3058, 3103, 3143, 3201, 3269, 3325, 3365,
            3409, 3446, 3484, 3523, 3562, 3624, 3659, 3698, 3733, 3784, 3819, 3861, 3899,
            3943, 3981, 4019, 4047, 4074, 4107, 4128, 4161, 4194, 4231, 4272, 4312, 4344,
            4380, 4414, 4437, 4474, 4517, 4532, 4552, 4589, 4625, 4673, 4709, 4747, 4787,
            4824, 4868, 4909, 4947, 4992, 5037, 5053, 5106, 5158, 5198, 5225, 5248, 5287,
            5325, 5359, 5394, 5440, 5503, 5521, 5558, 5601, 5645, 5666, 5687, 5709, 5741,
            5795, 5825, 5854, 5881, 5919, 5956, 5971, 6023, 6042, 6070, 6116, 6139, 6159,
            6178, 6209, 6241, 6275, 6311, 6345, 6389, 6444, 6470, 6499, 6512, 6564, 6607,
            6633, 6670,
        ],
    };
    static STATUSES: [u16; 189] = [
        400, 400, 400, 403, 403, 403, 403, 403, 403, 404, 404, 404, 404, 404, 404, 404,
        404, 400, 404, 400, 404, 400, 403, 404, 404, 404, 400, 403, 403, 403, 403, 404,
        404, 404, 400, 400, 400, 400, 400, 400, 400, 400, 403, 404, 403, 403, 403, 403,
        403, 403, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 404,
        404, 404, 404, 404, 404, 404, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 403, 400, 403, 403, 403, 403, 404, 404, 404, 403, 404, 400, 400, 400, 400,
        400, 400, 400, 403, 404, 400, 400, 400, 400, 400, 400, 400, 403, 403, 404, 404,
        400, 403, 403, 403, 403, 403, 403, 403, 403, 403, 404, 404, 404, 404, 404, 400,
        400, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 404, 404, 400, 400, 400,
        403, 404, 400, 403, 403, 404, 404, 400, 400, 400, 403, 404, 404, 404, 404, 400,
        404, 400, 403, 404, 500, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 404, 400, 400, 400, 404, 400, 400, 404, 400, 403,
    ];
    static STATUS_ENDS: [u32; 189] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
        64, 65, 66, 67, 68, 69, 70, 71, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
        83, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102,
        103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118,
        119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134,
        135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150,
        151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166,
        167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182,
        183, 184, 185, 186, 187, 188, 189,
    ];
    static RETRY: [::cloud_errors::Retry; 188] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 188] = ::cloud_errors::__private::category_column(
        b"cccggggggeeeeeeeecececgeeecggggeeeccccccccgggggggeeeeeeeeeeeeecceeeeeebicccccccccgcggggeeeecccccccgccccccccggcccgggggggggeeeeeccggggggggggeccccgecggeecccgcceececgemgccccccccccccceccceccccg",
    );
    static PILOTS: [u16; 47] = [
        13, 2, 9, 4, 3, 2, 38, 30, 0, 8, 0, 15, 17, 25, 126, 0, 10, 2, 6, 3, 63, 36, 218,
        5, 20, 101, 102, 109, 7, 0, 2, 5, 88, 0, 60, 0, 0, 40, 6, 26, 2, 23, 0, 2, 36,
        64, 27,
    ];
    static SLOTS: [(&str, u32); 208] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 82, 133, 4294967295, 49, 61, 126, 136, 163, 112, 44, 118, 15,
            153, 143, 18, 161, 187, 137, 100, 4294967295, 2, 17, 135, 4294967295, 13,
            4294967295, 108, 64, 180, 54, 116, 16, 172, 81, 75, 92, 4294967295,
            4294967295, 25, 36, 4, 79, 176, 11, 109, 4294967295, 59, 14, 114, 7, 183, 84,
            6, 32, 88, 107, 23, 150, 91, 148, 123, 186, 102, 43, 4294967295, 104,
            4294967295, 21, 29, 134, 175, 147, 168, 159, 106, 86, 42, 46, 4294967295, 63,
            78, 83, 9, 101, 132, 181, 33, 111, 8, 77, 4294967295, 19, 146, 1, 166, 129,
            4294967295, 184, 131, 139, 160, 151, 89, 85, 98, 152, 40, 4294967295, 144,
            122, 4294967295, 171, 35, 3, 55, 142, 96, 167, 182, 69, 179, 4294967295, 174,
            65, 115, 76, 173, 130, 39, 37, 38, 10, 27, 156, 51, 185, 71, 87, 149, 145,
            158, 47, 121, 95, 72, 94, 20, 117, 4294967295, 58, 30, 41, 165, 103, 68, 154,
            0, 24, 169, 28, 127, 164, 177, 138, 50, 93, 157, 141, 12, 140, 45, 48, 99,
            120, 128, 5, 155, 178, 26, 124, 4294967295, 162, 70, 110, 66, 73, 57, 62, 31,
            56, 113, 60, 67, 80, 90, 22, 105, 119, 53, 4294967295, 34, 170, 74, 125, 52,
            97, 4294967295,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
        descriptions_en: &DESCRIPTIONS_EN,
        statuses: &STATUSES,
        status_ends: &STATUS_ENDS,
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
        unsafe impl Code, ::cloud_errors::alibaba::Code
    );
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Alibaba Cloud NAS";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud NAS's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud NAS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
