// @generated from catalogs/alibaba/live.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud live: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud live: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidUserId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid user id: malformed.
    InvalidUserIdMalformed,
    /// `InvalidCasterId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid caster id: malformed.
    InvalidCasterIdMalformed,
    /// `MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `InvalidParameter.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: malformed.
    InvalidParameterMalformed,
    /// `InvalidPositionNormalized.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid position normalized: malformed.
    InvalidPositionNormalizedMalformed,
    /// `DuplicateLocationID`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate location ID.
    DuplicateLocationId,
    /// `IllegalOperation`: HTTP 401, 403; retry: never; category: unauthenticated.
    /// Illegal operation.
    IllegalOperation,
    /// `InvalidCaster.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid caster: not found.
    InvalidCasterNotFound,
    /// `CanvasNotExist`: HTTP 404; retry: never; category: not_found.
    /// Canvas not exist.
    CanvasNotExist,
    /// `InternalError`: HTTP 500, 400; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `SwitchTypeInvalid.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Switch type invalid: malformed.
    SwitchTypeInvalidMalformed,
    /// `IncorrectStartTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect start time.
    IncorrectStartTime,
    /// `IncorrectEndTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect end time.
    IncorrectEndTime,
    /// `EpisodeConflict.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Episode conflict: malformed.
    EpisodeConflictMalformed,
    /// `InvalidResource.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid resource: not found.
    InvalidResourceNotFound,
    /// `InvalidComponent.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid component: not found.
    InvalidComponentNotFound,
    /// `InvalidClientToken.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid client token: malformed.
    InvalidClientTokenMalformed,
    /// `InvalidVideoLayersAndBlendListSize.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid video layers and blend list size: mismatch.
    InvalidVideoLayersAndBlendListSizeMismatch,
    /// `InvalidAudioLayersAndMixListSize.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid audio layers and mix list size: mismatch.
    InvalidAudioLayersAndMixListSizeMismatch,
    /// `InvalidBlendList.ExceedNorm`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid blend list: exceed norm.
    InvalidBlendListExceedNorm,
    /// `InvalidMixList.ExceedNorm`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid mix list: exceed norm.
    InvalidMixListExceedNorm,
    /// `InvalidHeightOrWidthNormalized`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid height or width normalized.
    InvalidHeightOrWidthNormalized,
    /// `InvalidParameter.EndTime`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: end time.
    InvalidParameterEndTime,
    /// `InvalidLiveStreamUrl.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid live stream url: malformed.
    InvalidLiveStreamUrlMalformed,
    /// `InvalidMaterialId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid material id: malformed.
    InvalidMaterialIdMalformed,
    /// `InvalidVodUrl.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vod url: malformed.
    InvalidVodUrlMalformed,
    /// `ResourceNumberExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource number exceed.
    ResourceNumberExceed,
    /// `UnexpectedLocationID`: HTTP 400; retry: never; category: invalid_argument.
    /// Unexpected location ID.
    UnexpectedLocationId,
    /// `InvalidParameters`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameters.
    InvalidParameters,
    /// `ConfigAlreadyExists`: HTTP 400, 409; retry: never; category: invalid_argument.
    /// Config already exists.
    ConfigAlreadyExists,
    /// `TemplateLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Template limit.
    TemplateLimit,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidOssEndpoint.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid oss endpoint: malformed.
    InvalidOssEndpointMalformed,
    /// `InvalidOssBucket.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid oss bucket: malformed.
    InvalidOssBucketMalformed,
    /// `InvalidOssBucket.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid oss bucket: not found.
    InvalidOssBucketNotFound,
    /// `InvalidFormat.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid format: malformed.
    InvalidFormatMalformed,
    /// `InvalidCycleDuration.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cycle duration: malformed.
    InvalidCycleDurationMalformed,
    /// `InvalidSliceDuration.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid slice duration: malformed.
    InvalidSliceDurationMalformed,
    /// `InvalidTemplateLength.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid template length: malformed.
    InvalidTemplateLengthMalformed,
    /// `InvalidTemplate.ForbidRaw`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid template: forbid raw.
    InvalidTemplateForbidRaw,
    /// `MissingTemplate`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing template.
    MissingTemplate,
    /// `MissingOssObjectPrefix`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing oss object prefix.
    MissingOssObjectPrefix,
    /// `MissingSliceOssObjectPrefix`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing slice oss object prefix.
    MissingSliceOssObjectPrefix,
    /// `InvalidOssObjectPrefix.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid oss object prefix: malformed.
    InvalidOssObjectPrefixMalformed,
    /// `InvalidSliceOssObjectPrefix.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid slice oss object prefix: malformed.
    InvalidSliceOssObjectPrefixMalformed,
    /// `InvalidFormat.IllegalOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid format: illegal operation.
    InvalidFormatIllegalOperation,
    /// `InvalidDelayTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid delay time.
    InvalidDelayTime,
    /// `Live2Vod.ConfigAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Live2 vod: config already exists.
    Live2VodConfigAlreadyExists,
    /// `InvalidStartTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time: malformed.
    InvalidStartTimeMalformed,
    /// `InvalidEndTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end time: malformed.
    InvalidEndTimeMalformed,
    /// `InvalidEndTime.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end time: mismatch.
    InvalidEndTimeMismatch,
    /// `InvalidStartTime.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time: mismatch.
    InvalidStartTimeMismatch,
    /// `InvalidOverwriteOssObjectOrSequenceOssObject.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid overwrite oss object or sequence oss object: malformed.
    InvalidOverwriteOssObjectOrSequenceOssObjectMalformed,
    /// `InvalidOverwriteOssObject.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid overwrite oss object: malformed.
    InvalidOverwriteOssObjectMalformed,
    /// `InvalidSequenceOssObject.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid sequence oss object: malformed.
    InvalidSequenceOssObjectMalformed,
    /// `MalformedParam`: HTTP 400; retry: never; category: invalid_argument.
    /// Malformed param.
    MalformedParam,
    /// `MissingParam`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParam,
    /// `ConfigExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// Config existed.
    ConfigExisted,
    /// `ConfigNotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Config not found.
    ConfigNotFound,
    /// `UnsafeCallback`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsafe callback.
    UnsafeCallback,
    /// `InvalidParam`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParam,
    /// `CenterTransfersStreamOverLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Center transfers stream over limit.
    CenterTransfersStreamOverLimit,
    /// `CodeIllegalDuration`: HTTP 400; retry: never; category: invalid_argument.
    /// Code illegal duration.
    CodeIllegalDuration,
    /// `InvalidNotifyUrl.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid notify url: malformed.
    InvalidNotifyUrlMalformed,
    /// `InvalidNotifyUrl.Unsafe`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid notify url: unsafe.
    InvalidNotifyUrlUnsafe,
    /// `InvalidParams`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid params.
    InvalidParams,
    /// `InvalidDomainName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain name: malformed.
    InvalidDomainNameMalformed,
    /// `InvalidRegion.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid region: malformed.
    InvalidRegionMalformed,
    /// `InvalidSource.Content.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid source: content, malformed.
    InvalidSourceContentMalformed,
    /// `InvalidTypeContent.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid type content: mismatch.
    InvalidTypeContentMismatch,
    /// `MissingSource.Content`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing source: content.
    MissingSourceContent,
    /// `MissingSource.Type`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing source: type.
    MissingSourceType,
    /// `InvalidSource.Type.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid source: type, malformed.
    InvalidSourceTypeMalformed,
    /// `InvalidSource.Priority.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid source: priority, malformed.
    InvalidSourcePriorityMalformed,
    /// `InvalidScope.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid scope: malformed.
    InvalidScopeMalformed,
    /// `SourceIp.Exceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Source ip: exceed.
    SourceIpExceed,
    /// `InvalidCertificate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid certificate.
    InvalidCertificate,
    /// `InvalidCertificate.TooLong`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid certificate: too long.
    InvalidCertificateTooLong,
    /// `InnerAddDomainDenied`: HTTP 400; retry: never; category: invalid_argument.
    /// Inner add domain denied.
    InnerAddDomainDenied,
    /// `CheckSourceHealthFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Check source health failed.
    CheckSourceHealthFailed,
    /// `ExtensiveAndAllBothExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Extensive and all both exist.
    ExtensiveAndAllBothExist,
    /// `CdnTypeNotSupportExtensiveDomain`: HTTP 400; retry: never; category: invalid_argument.
    /// Cdn type not support extensive domain.
    CdnTypeNotSupportExtensiveDomain,
    /// `ExtensiveAndSpecificDomainConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Extensive and specific domain conflict.
    ExtensiveAndSpecificDomainConflict,
    /// `InvalidDomainNameLevel`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain name level.
    InvalidDomainNameLevel,
    /// `TopLevelDomain.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Top level domain: not found.
    TopLevelDomainNotFound,
    /// `EntityNotExists.ResourceGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Entity not exists: resource group.
    EntityNotExistsResourceGroup,
    /// `InvalidStatus.ResourceGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: resource group.
    InvalidStatusResourceGroup,
    /// `NotInternationRealIdentity`: HTTP 400; retry: never; category: invalid_argument.
    /// Not internation real identity.
    NotInternationRealIdentity,
    /// `RecordCheckNotAvailable`: HTTP 400; retry: never; category: invalid_argument.
    /// Record check not available.
    RecordCheckNotAvailable,
    /// `IcpBlack`: HTTP 400; retry: never; category: invalid_argument.
    /// Icp black.
    IcpBlack,
    /// `IspBlack`: HTTP 400; retry: never; category: invalid_argument.
    /// Isp black.
    IspBlack,
    /// `DomainNotRecordedAliyun`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain not recorded aliyun.
    DomainNotRecordedAliyun,
    /// `Abs.CheckUrl.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Abs: check url, malformed.
    AbsCheckUrlMalformed,
    /// `DomainOwnerVerifyFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain owner verify fail.
    DomainOwnerVerifyFail,
    /// `TopLevelDomain.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Top level domain: mismatch.
    TopLevelDomainMismatch,
    /// `InvalidResourceGroupId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource group id: malformed.
    InvalidResourceGroupIdMalformed,
    /// `DomainReserved`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain reserved.
    DomainReserved,
    /// `ExceedLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Exceed limit.
    ExceedLimit,
    /// `LockFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Lock fail.
    LockFail,
    /// `AccountException`: HTTP 403; retry: never; category: permission_denied.
    /// Account exception.
    AccountException,
    /// `InvalidUser`: HTTP 404; retry: never; category: not_found.
    /// Invalid user.
    InvalidUser,
    /// `InvalidPushDomain`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid push domain.
    InvalidPushDomain,
    /// `InvalidPullDomain`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pull domain.
    InvalidPullDomain,
    /// `InvalidProtocol`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid protocol.
    InvalidProtocol,
    /// `InvalidSegmentNum`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid segment num.
    InvalidSegmentNum,
    /// `InvalidSegmentDuration`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid segment duration.
    InvalidSegmentDuration,
    /// `InvalidPartDuration`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid part duration.
    InvalidPartDuration,
    /// `ConfigConflicts`: HTTP 409; retry: never; category: aborted.
    /// Config conflicts.
    ConfigConflicts,
    /// `InternalErr`: HTTP 500; retry: never; category: internal.
    /// Internal err.
    InternalErr,
    /// `DomainConfigFailed`: HTTP 500; retry: never; category: internal.
    /// Domain config failed.
    DomainConfigFailed,
    /// `Duration.Exceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Duration: exceed.
    DurationExceed,
    /// `PullStreamOverLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Pull stream over limit.
    PullStreamOverLimit,
    /// `InvalidOnDemandUrl.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid on demand url: malformed.
    InvalidOnDemandUrlMalformed,
    /// `InvalidOnDemandUrl.Unsafe`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid on demand url: unsafe.
    InvalidOnDemandUrlUnsafe,
    /// `CommomLiveRcordConfigExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// Commom live rcord config existed.
    CommomLiveRcordConfigExisted,
    /// `InvalidAutoCompose.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid auto compose: malformed.
    InvalidAutoComposeMalformed,
    /// `InvalidAutoComposeAndComposeVodTranscodeGroupId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid auto compose and compose vod transcode group id: malformed.
    InvalidAutoComposeAndComposeVodTranscodeGroupIdMalformed,
    /// `InvalidRegion.Conflict`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid region: conflict.
    InvalidRegionConflict,
    /// `InvalidStorage.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid storage: not found.
    InvalidStorageNotFound,
    /// `InvalidTemplateGroupId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid template group id: not found.
    InvalidTemplateGroupIdNotFound,
    /// `InvalidOssObject.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid oss object: malformed.
    InvalidOssObjectMalformed,
    /// `InvalidScenes`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid scenes.
    InvalidScenes,
    /// `InvalidStartTime.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time: value not supported.
    InvalidStartTimeValueNotSupported,
    /// `QuotaExceeded.Merge`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: merge.
    QuotaExceededMerge,
    /// `PlayListIsEmpty`: HTTP 400; retry: never; category: invalid_argument.
    /// Play list is empty.
    PlayListIsEmpty,
    /// `MissInputParams`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss input params.
    MissInputParams,
    /// `InvalidProgramId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid program id: malformed.
    InvalidProgramIdMalformed,
    /// `UserQuotaExceed`: HTTP 403, 400; retry: never; category: permission_denied.
    /// User quota exceed.
    UserQuotaExceed,
    /// `InvalidDomainName.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid domain name: not found.
    InvalidDomainNameNotFound,
    /// `InvalidShowList.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid show list: not found.
    InvalidShowListNotFound,
    /// `InvalidRoomId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid room id: malformed.
    InvalidRoomIdMalformed,
    /// `InvalidAppId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid app id: not found.
    InvalidAppIdNotFound,
    /// `InvalidRoomId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid room id: not found.
    InvalidRoomIdNotFound,
    /// `InvalidFunctions.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid functions: malformed.
    InvalidFunctionsMalformed,
    /// `InvalidFunctionArgs.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid function args: malformed.
    InvalidFunctionArgsMalformed,
    /// `InvalidArgValue.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid arg value: malformed.
    InvalidArgValueMalformed,
    /// `FunctionMutex`: HTTP 400; retry: never; category: invalid_argument.
    /// Function mutex.
    FunctionMutex,
    /// `RewriteHostRely`: HTTP 400; retry: never; category: invalid_argument.
    /// Rewrite host rely.
    RewriteHostRely,
    /// `ConfigurationConflicts`: HTTP 400; retry: never; category: invalid_argument.
    /// Configuration conflicts.
    ConfigurationConflicts,
    /// `InputInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Input invalid.
    InputInvalid,
    /// `NoAuth`: HTTP 403; retry: never; category: permission_denied.
    /// No auth.
    NoAuth,
    /// `ResourceNotExist`: HTTP 404; retry: never; category: not_found.
    /// Resource not exist.
    ResourceNotExist,
    /// `ServerError`: HTTP 500; retry: never; category: internal.
    /// Server error.
    ServerError,
    /// `InvalidDataNotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid data not found.
    InvalidDataNotFound,
    /// `InvalidStreamNum`: HTTP 409; retry: never; category: aborted.
    /// Invalid stream num.
    InvalidStreamNum,
    /// `CasterNumberExceed`: HTTP 401; retry: never; category: unauthenticated.
    /// Caster number exceed.
    CasterNumberExceed,
    /// `InvalidSceneId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid scene id: malformed.
    InvalidSceneIdMalformed,
    /// `IncorrectSceneStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect scene status.
    IncorrectSceneStatus,
    /// `IncorrectSceneStatus.Idle`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect scene status: idle.
    IncorrectSceneStatusIdle,
    /// `IncorrectSceneStatus.ConfigError`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect scene status: config error.
    IncorrectSceneStatusConfigError,
    /// `InvalidScene.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid scene: not found.
    InvalidSceneNotFound,
    /// `ResourceInChannel.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Resource in channel: not found.
    ResourceInChannelNotFound,
    /// `ResourceInChannel.PreConditionFailed`: HTTP 412; retry: never; category: failed_precondition.
    /// Resource in channel: pre condition failed.
    ResourceInChannelPreConditionFailed,
    /// `ResourceInChannel.Invalid`: HTTP 412; retry: never; category: failed_precondition.
    /// Resource in channel: invalid.
    ResourceInChannelInvalid,
    /// `InvalidParameter.PurchaseTime`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: purchase time.
    InvalidParameterPurchaseTime,
    /// `InvalidParameter.ExpireTime`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: expire time.
    InvalidParameterExpireTime,
    /// `InvalidChargeType.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid charge type: malformed.
    InvalidChargeTypeMalformed,
    /// `InvalidChargeType.PostSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid charge type: post support.
    InvalidChargeTypePostSupport,
    /// `InvalidCasterTemplate.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid caster template: malformed.
    InvalidCasterTemplateMalformed,
    /// `InvalidParameter.ChargeType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: charge type.
    InvalidParameterChargeType,
    /// `InvalidPeriod.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid period: malformed.
    InvalidPeriodMalformed,
    /// `IncorrectCasterStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect caster status.
    IncorrectCasterStatus,
    /// `InvalidParameter.NormType`: HTTP 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: norm type.
    InvalidParameterNormType,
    /// `InvalidConfiguration.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid configuration: not found.
    InvalidConfigurationNotFound,
    /// `CreateCaster.Timeout`: HTTP 408; retry: never; category: failed_precondition.
    /// Create caster: timeout.
    CreateCasterTimeout,
    /// `TemplateAlreadyExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Template already exist.
    TemplateAlreadyExist,
    /// `CustomTemplateInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Custom template invalid.
    CustomTemplateInvalid,
    /// `OperationDenied`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Operation denied.
    OperationDenied,
    /// `TemplateNotFound`: HTTP 404; retry: never; category: not_found.
    /// Template not found.
    TemplateNotFound,
    /// `QuotaLimitError`: HTTP 400; retry: never; category: invalid_argument.
    /// Quota limit error.
    QuotaLimitError,
    /// `ErrorInvalidCallBackUrl`: HTTP 400; retry: never; category: invalid_argument.
    /// Error invalid call back url.
    ErrorInvalidCallBackUrl,
    /// `ErrorInvalidAppName`: HTTP 400; retry: never; category: invalid_argument.
    /// Error invalid app name.
    ErrorInvalidAppName,
    /// `ErrorTooManyApps`: HTTP 400; retry: never; category: invalid_argument.
    /// Error too many apps.
    ErrorTooManyApps,
    /// `ErrorInvalidEventCallbackUrl`: HTTP 400; retry: never; category: invalid_argument.
    /// Error invalid event callback url.
    ErrorInvalidEventCallbackUrl,
    /// `ErrorInvalidAuditUrl`: HTTP 400; retry: never; category: invalid_argument.
    /// Error invalid audit url.
    ErrorInvalidAuditUrl,
    /// `ErrorTooManyGroups`: HTTP 400; retry: never; category: invalid_argument.
    /// Error too many groups.
    ErrorTooManyGroups,
    /// `NoSpecialConfiguration`: HTTP 400; retry: never; category: invalid_argument.
    /// No special configuration.
    NoSpecialConfiguration,
    /// `HasNoPermission`: HTTP 400; retry: never; category: invalid_argument.
    /// Has no permission.
    HasNoPermission,
    /// `PostPayNotOpen`: HTTP 400; retry: never; category: invalid_argument.
    /// Post pay not open.
    PostPayNotOpen,
    /// `TryAgain`: HTTP 400; retry: never; category: invalid_argument.
    /// Try again.
    TryAgain,
    /// `HasNoPermisionToCreateSLR`: HTTP 400; retry: never; category: invalid_argument.
    /// Has no permision to create SLR.
    HasNoPermisionToCreateSlr,
    /// `Unauthorized`: HTTP 400; retry: never; category: invalid_argument.
    /// The request is not authorized.
    Unauthorized,
    /// `LogstoreNotExist`: HTTP 404; retry: never; category: not_found.
    /// Logstore not exist.
    LogstoreNotExist,
    /// `StreamMonitorExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Stream monitor exist.
    StreamMonitorExist,
    /// `InvalidStream.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid stream: not found.
    InvalidStreamNotFound,
    /// `InvalidConfig.Changed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid config: changed.
    InvalidConfigChanged,
    /// `NoRecordContent`: HTTP 400; retry: never; category: invalid_argument.
    /// No record content.
    NoRecordContent,
    /// `RecordContentExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Record content exceed.
    RecordContentExceed,
    /// `OperationNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation not support.
    OperationNotSupport,
    /// `InvalidBucket.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid bucket: not found.
    InvalidBucketNotFound,
    /// `MixStreamAlreadyExist`: HTTP 403; retry: never; category: permission_denied.
    /// Mix stream already exist.
    MixStreamAlreadyExist,
    /// `MixStreamNotExist`: HTTP 403; retry: never; category: permission_denied.
    /// Mix stream not exist.
    MixStreamNotExist,
    /// `InvaildCaster.Delete`: HTTP 400; retry: never; category: invalid_argument.
    /// Invaild caster: delete.
    InvaildCasterDelete,
    /// `IncorrectCasterStatus.Inuse`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect caster status: inuse.
    IncorrectCasterStatusInuse,
    /// `IncorrectEpisodeStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect episode status.
    IncorrectEpisodeStatus,
    /// `InvalidEpisode.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid episode: not found.
    InvalidEpisodeNotFound,
    /// `InvalidLayoutId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid layout id: malformed.
    InvalidLayoutIdMalformed,
    /// `InvalidLayout.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid layout: not found.
    InvalidLayoutNotFound,
    /// `IncorrectSceneStatus.Inuse`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect scene status: inuse.
    IncorrectSceneStatusInuse,
    /// `InvalidVideo.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid video: not found.
    InvalidVideoNotFound,
    /// `400`: HTTP 400; retry: never; category: invalid_argument.
    /// Numeric error code 400; see the product\'s documentation for its meaning.
    Code400,
    /// `401`: HTTP 401; retry: never; category: unauthenticated.
    /// Numeric error code 401; see the product\'s documentation for its meaning.
    Code401,
    /// `404`: HTTP 404; retry: never; category: not_found.
    /// Numeric error code 404; see the product\'s documentation for its meaning.
    Code404,
    /// `500`: HTTP 500; retry: never; category: internal.
    /// Numeric error code 500; see the product\'s documentation for its meaning.
    Code500,
    /// `Forbidden`: HTTP 400, 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden.
    Forbidden,
    /// `JobNotFound`: HTTP 404; retry: never; category: not_found.
    /// Job not found.
    JobNotFound,
    /// `InvalidRegion`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid region.
    InvalidRegion,
    /// `InvalidOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation.
    InvalidOperation,
    /// `InvalidConfig.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid config: not found.
    InvalidConfigNotFound,
    /// `InvalidMonitorId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid monitor id: malformed.
    InvalidMonitorIdMalformed,
    /// `StreamMonitorNotExist`: HTTP 404; retry: never; category: not_found.
    /// Stream monitor not exist.
    StreamMonitorNotExist,
    /// `IncorrectPlaylistStatus.Inuse`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect playlist status: inuse.
    IncorrectPlaylistStatusInuse,
    /// `PlayListNotFound`: HTTP 404; retry: never; category: not_found.
    /// Play list not found.
    PlayListNotFound,
    /// `Cannot find task`: HTTP 400; retry: never; category: invalid_argument.
    /// Cannot find task.
    CannotFindTask,
    /// `MissingParams`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing params.
    MissingParams,
    /// `OSSAccessDenied`: HTTP 403; retry: never; category: permission_denied.
    /// OSS access denied.
    OssAccessDenied,
    /// `InvalidPageSize.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid page size: malformed.
    InvalidPageSizeMalformed,
    /// `InvalidPageNum.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid page num: malformed.
    InvalidPageNumMalformed,
    /// `InvalidStatus.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: malformed.
    InvalidStatusMalformed,
    /// `InvalidParameter.PageSize`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: page size.
    InvalidParameterPageSize,
    /// `InvalidParameter.PageNum`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: page num.
    InvalidParameterPageNum,
    /// `InvalidParameter.Status`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: status.
    InvalidParameterStatus,
    /// `InvalidParameter.StartTime`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: start time.
    InvalidParameterStartTime,
    /// `LiveServiceNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Live service not found.
    LiveServiceNotFound,
    /// `InvaildParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invaild parameter.
    InvaildParameter,
    /// `InvalidTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time: malformed.
    InvalidTimeMalformed,
    /// `InvalidParameterField`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter field.
    InvalidParameterField,
    /// `InvalidParameterType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter type.
    InvalidParameterType,
    /// `InvalidTimeSpan`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time span.
    InvalidTimeSpan,
    /// `InvalidAppId.AccessForbidden`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid app id: access forbidden.
    InvalidAppIdAccessForbidden,
    /// `InvalidDomainName.TooManyItems`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain name: too many items.
    InvalidDomainNameTooManyItems,
    /// `Meter.ParamError`: HTTP 400; retry: never; category: invalid_argument.
    /// Meter: param error.
    MeterParamError,
    /// `Meter.AuthError`: HTTP 403; retry: never; category: permission_denied.
    /// Meter: auth error.
    MeterAuthError,
    /// `Meter.ServerInternalError`: HTTP 500; retry: never; category: internal.
    /// Meter: server internal error.
    MeterServerInternalError,
    /// `Meter.DataSourceQueryError`: HTTP 500; retry: never; category: internal.
    /// Meter: data source query error.
    MeterDataSourceQueryError,
    /// `Meter.ReadyTsError`: HTTP 502; retry: never; category: internal.
    /// Meter: ready ts error.
    MeterReadyTsError,
    /// `Certificate.FormatError`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate: format error.
    CertificateFormatError,
    /// `SSLPub.MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// SSL pub: missing parameter.
    SslPubMissingParameter,
    /// `Decode.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Decode: error.
    DecodeError,
    /// `Certificate.DecodeError`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate: decode error.
    CertificateDecodeError,
    /// `InvalidQueryTime.Exceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid query time: exceed.
    InvalidQueryTimeExceed,
    /// `InvalidQueryTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid query time: malformed.
    InvalidQueryTimeMalformed,
    /// `InvalidTime.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time: value not supported.
    InvalidTimeValueNotSupported,
    /// `MissingTimeParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing time parameter.
    MissingTimeParameter,
    /// `Abs.DomainName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Abs: domain name, malformed.
    AbsDomainNameMalformed,
    /// `InvalidInterval.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid interval: malformed.
    InvalidIntervalMalformed,
    /// `Domain.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Domain: not found.
    DomainNotFound,
    /// `InvalidEndTime.BeyondCurrent`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end time: beyond current.
    InvalidEndTimeBeyondCurrent,
    /// `InvalidParamter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid paramter.
    InvalidParamter,
    /// `InvalidRecordFmt.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid record fmt: not supported.
    InvalidRecordFmtNotSupported,
    /// `InvalidParamPrecision`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid param precision.
    InvalidParamPrecision,
    /// `InvalidAreaParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid area parameter.
    InvalidAreaParameter,
    /// `InvalidAppIdParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid app id parameter.
    InvalidAppIdParameter,
    /// `InvalidInstanceIdParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance id parameter.
    InvalidInstanceIdParameter,
    /// `NoHttpsDomain`: HTTP 400; retry: never; category: invalid_argument.
    /// No https domain.
    NoHttpsDomain,
    /// `CdnIP.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Cdn IP: not found.
    CdnIpNotFound,
    /// `Invalid Parameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameter2,
    /// `Internal Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Internal error.
    InternalError2,
    /// `MalformedParams`: HTTP 400; retry: never; category: invalid_argument.
    /// Malformed params.
    MalformedParams,
    /// `InvalidAppName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid app name: malformed.
    InvalidAppNameMalformed,
    /// `InvalidStreamName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid stream name: malformed.
    InvalidStreamNameMalformed,
    /// `InvalidStreamNumber.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid stream number: malformed.
    InvalidStreamNumberMalformed,
    /// `InvalidPageToken`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid page token.
    InvalidPageToken,
    /// `InvalidAppName.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid app name: mismatch.
    InvalidAppNameMismatch,
    /// `InvalidStreamProtocol.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid stream protocol: not support.
    InvalidStreamProtocolNotSupport,
    /// `InvalidStreamName.LengthTooLong`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid stream name: length too long.
    InvalidStreamNameLengthTooLong,
    /// `InvalidAppName.LengthTooLong`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid app name: length too long.
    InvalidAppNameLengthTooLong,
    /// `QpsOverLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Qps over limit.
    QpsOverLimit,
    /// `InvalidDomain.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid domain: not found.
    InvalidDomainNotFound,
    /// `InvalidDuration.ExceedOneDay`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid duration: exceed one day.
    InvalidDurationExceedOneDay,
    /// `InvalidDuration.StratTimeBiggerEndTime`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid duration: strat time bigger end time.
    InvalidDurationStratTimeBiggerEndTime,
    /// `BillTypeNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Bill type not found.
    BillTypeNotFound,
    /// `InvalidPageNumber.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid page number: value not supported.
    InvalidPageNumberValueNotSupported,
    /// `InvalidPageSize.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid page size: value not supported.
    InvalidPageSizeValueNotSupported,
    /// `InvalidDomainStatus.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain status: value not supported.
    InvalidDomainStatusValueNotSupported,
    /// `InvalidDomainSearchType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain search type: value not supported.
    InvalidDomainSearchTypeValueNotSupported,
    /// `InvalidDomainSearchType.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain search type: malformed.
    InvalidDomainSearchTypeMalformed,
    /// `InvalidLiveDomainType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid live domain type: value not supported.
    InvalidLiveDomainTypeValueNotSupported,
    /// `InvalidShow.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid show: not found.
    InvalidShowNotFound,
    /// `RequestForbiddenForIce`: HTTP 403; retry: never; category: permission_denied.
    /// Request forbidden for ice.
    RequestForbiddenForIce,
    /// `IncorrectChannel.Disable`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect channel: disable.
    IncorrectChannelDisable,
    /// `InvalidUrgentMaterial.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid urgent material: not found.
    InvalidUrgentMaterialNotFound,
    /// `InvalidResourceId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource id: malformed.
    InvalidResourceIdMalformed,
    /// `InvalidResumeTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resume time: malformed.
    InvalidResumeTimeMalformed,
    /// `QuotaExceeded.Blacklist`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: blacklist.
    QuotaExceededBlacklist,
    /// `InvalidUserData.LimitExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid user data: limit exceed.
    InvalidUserDataLimitExceed,
    /// `CodeRegionHasNoNode`: HTTP 400; retry: never; category: invalid_argument.
    /// Code region has no node.
    CodeRegionHasNoNode,
    /// `IncorrectCasterStatus.EnableChannel`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Incorrect caster status: enable channel.
    IncorrectCasterStatusEnableChannel,
    /// `InvalidVideoLayersConfig`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid video layers config.
    InvalidVideoLayersConfig,
    /// `InvalidAudioLayersConfig`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid audio layers config.
    InvalidAudioLayersConfig,
    /// `Schedule.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Schedule: not found.
    ScheduleNotFound,
    /// `DomainTraffic.ExceedThreshold`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain traffic: exceed threshold.
    DomainTrafficExceedThreshold,
    /// `Domain.BeianInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain: beian invalid.
    DomainBeianInvalid,
    /// `Schedule.ChangeFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Schedule: change fail.
    ScheduleChangeFail,
    /// `StagingConfig.Failed`: HTTP 400; retry: never; category: invalid_argument.
    /// Staging config: failed.
    StagingConfigFailed,
    /// `StagingConfig.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Staging config: not found.
    StagingConfigNotFound,
    /// `CodeConfigNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Code config not found.
    CodeConfigNotFound,
    /// `StreamNotFound`: HTTP 409; retry: never; category: aborted.
    /// Stream not found.
    StreamNotFound,
    /// `TaskAlreadyStarted`: HTTP 409; retry: never; category: aborted.
    /// Task already started.
    TaskAlreadyStarted,
    /// `IncorrectCasterStatus.Idle`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect caster status: idle.
    IncorrectCasterStatusIdle,
    /// `InvalidNormType.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid norm type: malformed.
    InvalidNormTypeMalformed,
    /// `InvalidAppUid.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid app uid: malformed.
    InvalidAppUidMalformed,
    /// `InvalidData.LimitExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid data: limit exceed.
    InvalidDataLimitExceed,
    /// `InvalidAppUid.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid app uid: not found.
    InvalidAppUidNotFound,
    /// `InvalidToAppUid.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid to app uid: malformed.
    InvalidToAppUidMalformed,
    /// `InvalidToAppUid.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid to app uid: not found.
    InvalidToAppUidNotFound,
    /// `InvalidParameter.PlayStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: play status.
    InvalidParameterPlayStatus,
    /// `InvalidChannelId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid channel id: malformed.
    InvalidChannelIdMalformed,
    /// `InvalidParameter.SeekOffset`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: seek offset.
    InvalidParameterSeekOffset,
    /// `ResourceOfChannelExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource of channel exist.
    ResourceOfChannelExist,
    /// `InvalidCaster.ChannelDisableUnsupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid caster: channel disable unsupported.
    InvalidCasterChannelDisableUnsupported,
    /// `InvalidCaptionResource`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid caption resource.
    InvalidCaptionResource,
    /// `ComponentNumberExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Component number exceed.
    ComponentNumberExceed,
    /// `DuplicateResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate resource id.
    DuplicateResourceId,
    /// `InvalidParameter.EventName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: event name.
    InvalidParameterEventName,
    /// `InvalidSSLProtocol.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid SSL protocol: value not supported.
    InvalidSslProtocolValueNotSupported,
    /// `SSLPri.MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// SSL pri: missing parameter.
    SslPriMissingParameter,
    /// `InvalidSSLPub`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid SSL pub.
    InvalidSslPub,
    /// `InvalidSSLPri`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid SSL pri.
    InvalidSslPri,
    /// `Certificate.MissMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate: miss match.
    CertificateMissMatch,
    /// `InvalidCertName.TooLong`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cert name: too long.
    InvalidCertNameTooLong,
    /// `IllegalOperationDomain`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal operation domain.
    IllegalOperationDomain,
    /// `Certificate.NotPermittedOff`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate: not permitted off.
    CertificateNotPermittedOff,
    /// `Certificate.SettedNotEffect`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate: setted not effect.
    CertificateSettedNotEffect,
    /// `Certificate.NotFind`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate: not find.
    CertificateNotFind,
    /// `AuthenticationFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Authentication failed.
    AuthenticationFailed,
    /// `SetDomainCertificate.ParameterError`: HTTP 400; retry: never; category: invalid_argument.
    /// Set domain certificate: parameter error.
    SetDomainCertificateParameterError,
    /// `InvalidSSLPubOrInvalidSSLPri`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid SSL pub or invalid SSL pri.
    InvalidSslPubOrInvalidSslPri,
    /// `Certificate.StatusError`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate: status error.
    CertificateStatusError,
    /// `DeleteFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Delete failed.
    DeleteFailed,
    /// `Certificate.Duplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate: duplicated.
    CertificateDuplicated,
    /// `Certificate.KeyNull`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate: key null.
    CertificateKeyNull,
    /// `Key.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Key: malformed.
    KeyMalformed,
    /// `CertStorage.failed`: HTTP 400; retry: never; category: invalid_argument.
    /// Cert storage: failed.
    CertStorageFailed,
    /// `CertificateContent.Duplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate content: duplicated.
    CertificateContentDuplicated,
    /// `Certificate.Expired`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate: expired.
    CertificateExpired,
    /// `InvalidDomain.notOnline`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain: not online.
    InvalidDomainNotOnline,
    /// `sslPub.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Ssl pub: error.
    SslPubError,
    /// `sslPri.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Ssl pri: error.
    SslPriError,
    /// `DomainInSafeMode`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain in safe mode.
    DomainInSafeMode,
    /// `DomainInProtectedMode`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Domain in protected mode.
    DomainInProtectedMode,
    /// `CertName.MissingParameter`: HTTP 404; retry: never; category: not_found.
    /// Cert name: missing parameter.
    CertNameMissingParameter,
    /// `InvalidFunctionName.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid function name: value not supported.
    InvalidFunctionNameValueNotSupported,
    /// `InvalidArgName.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid arg name: value not supported.
    InvalidArgNameValueNotSupported,
    /// `InvalidRule.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid rule: malformed.
    InvalidRuleMalformed,
    /// `InvalidDomain.BelongToConfigGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain: belong to config group.
    InvalidDomainBelongToConfigGroup,
    /// `InvalidAppId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid app id.
    InvalidAppId,
    /// `InvalidReleaseTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid release time: malformed.
    InvalidReleaseTimeMalformed,
    /// `QuotaExceeded.PreloadTaskslimit`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: preload taskslimit.
    QuotaExceededPreloadTaskslimit,
    /// `InvalidShowList.EmptyList`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid show list: empty list.
    InvalidShowListEmptyList,
    /// `IncorrectCasterStatus.Cease`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect caster status: cease.
    IncorrectCasterStatusCease,
    /// `IncorrectCasterStatus.Expire`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect caster status: expire.
    IncorrectCasterStatusExpire,
    /// `InvalidTranscode.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid transcode: not found.
    InvalidTranscodeNotFound,
    /// `InvalidDelay.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid delay: not found.
    InvalidDelayNotFound,
    /// `InvalidCasterTemplate.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid caster template: not found.
    InvalidCasterTemplateNotFound,
    /// `UserTaskExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// User task exceed.
    UserTaskExceed,
    /// `StreamMonitorAlreadyStarted`: HTTP 400; retry: never; category: invalid_argument.
    /// Stream monitor already started.
    StreamMonitorAlreadyStarted,
    /// `InvalidParameter.Offset`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: offset.
    InvalidParameterOffset,
    /// `InvalidParameter.StartItemId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: start item id.
    InvalidParameterStartItemId,
    /// `PlayListItemNotFound`: HTTP 404; retry: never; category: not_found.
    /// Play list item not found.
    PlayListItemNotFound,
    /// `StreamMonitorAlreadyStop`: HTTP 400; retry: never; category: invalid_argument.
    /// Stream monitor already stop.
    StreamMonitorAlreadyStop,
    /// `InvalidRegionId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid region id: malformed.
    InvalidRegionIdMalformed,
    /// `Resource.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource: not exist.
    ResourceNotExist2,
    /// `TagKeyIsInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag key is invalid.
    TagKeyIsInvalid,
    /// `TooManyTags`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTags,
    /// `TagValueIsInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag value is invalid.
    TagValueIsInvalid,
    /// `TagKeyRepeated`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag key repeated.
    TagKeyRepeated,
    /// `TagIsInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag is invalid.
    TagIsInvalid,
    /// `ResourceIdIsInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource id is invalid.
    ResourceIdIsInvalid,
    /// `SystemTagIsInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// System tag is invalid.
    SystemTagIsInvalid,
    /// `CustomTagIsInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Custom tag is invalid.
    CustomTagIsInvalid,
    /// `SceneNumberExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Scene number exceed.
    SceneNumberExceed,
    /// `IncorrectSceneStatus.Waiting`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect scene status: waiting.
    IncorrectSceneStatusWaiting,
    /// `MissingDomainName`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing domain name.
    MissingDomainName,
    /// `InvalidTopLevelDomain.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid top level domain: malformed.
    InvalidTopLevelDomainMalformed,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 375] = [
        "InvalidUserId.Malformed",
        "InvalidCasterId.Malformed",
        "MissingParameter",
        "InvalidParameter.Malformed",
        "InvalidPositionNormalized.Malformed",
        "DuplicateLocationID",
        "IllegalOperation",
        "InvalidCaster.NotFound",
        "CanvasNotExist",
        "InternalError",
        "SwitchTypeInvalid.Malformed",
        "IncorrectStartTime",
        "IncorrectEndTime",
        "EpisodeConflict.Malformed",
        "InvalidResource.NotFound",
        "InvalidComponent.NotFound",
        "InvalidClientToken.Malformed",
        "InvalidVideoLayersAndBlendListSize.Mismatch",
        "InvalidAudioLayersAndMixListSize.Mismatch",
        "InvalidBlendList.ExceedNorm",
        "InvalidMixList.ExceedNorm",
        "InvalidHeightOrWidthNormalized",
        "InvalidParameter.EndTime",
        "InvalidLiveStreamUrl.Malformed",
        "InvalidMaterialId.Malformed",
        "InvalidVodUrl.Malformed",
        "ResourceNumberExceed",
        "UnexpectedLocationID",
        "InvalidParameters",
        "ConfigAlreadyExists",
        "TemplateLimit",
        "InvalidParameter",
        "InvalidOssEndpoint.Malformed",
        "InvalidOssBucket.Malformed",
        "InvalidOssBucket.NotFound",
        "InvalidFormat.Malformed",
        "InvalidCycleDuration.Malformed",
        "InvalidSliceDuration.Malformed",
        "InvalidTemplateLength.Malformed",
        "InvalidTemplate.ForbidRaw",
        "MissingTemplate",
        "MissingOssObjectPrefix",
        "MissingSliceOssObjectPrefix",
        "InvalidOssObjectPrefix.Malformed",
        "InvalidSliceOssObjectPrefix.Malformed",
        "InvalidFormat.IllegalOperation",
        "InvalidDelayTime",
        "Live2Vod.ConfigAlreadyExists",
        "InvalidStartTime.Malformed",
        "InvalidEndTime.Malformed",
        "InvalidEndTime.Mismatch",
        "InvalidStartTime.Mismatch",
        "InvalidOverwriteOssObjectOrSequenceOssObject.Malformed",
        "InvalidOverwriteOssObject.Malformed",
        "InvalidSequenceOssObject.Malformed",
        "MalformedParam",
        "MissingParam",
        "ConfigExisted",
        "ConfigNotFound",
        "UnsafeCallback",
        "InvalidParam",
        "CenterTransfersStreamOverLimit",
        "CodeIllegalDuration",
        "InvalidNotifyUrl.Malformed",
        "InvalidNotifyUrl.Unsafe",
        "InvalidParams",
        "InvalidDomainName.Malformed",
        "InvalidRegion.Malformed",
        "InvalidSource.Content.Malformed",
        "InvalidTypeContent.Mismatch",
        "MissingSource.Content",
        "MissingSource.Type",
        "InvalidSource.Type.Malformed",
        "InvalidSource.Priority.Malformed",
        "InvalidScope.Malformed",
        "SourceIp.Exceed",
        "InvalidCertificate",
        "InvalidCertificate.TooLong",
        "InnerAddDomainDenied",
        "CheckSourceHealthFailed",
        "ExtensiveAndAllBothExist",
        "CdnTypeNotSupportExtensiveDomain",
        "ExtensiveAndSpecificDomainConflict",
        "InvalidDomainNameLevel",
        "TopLevelDomain.NotFound",
        "EntityNotExists.ResourceGroup",
        "InvalidStatus.ResourceGroup",
        "NotInternationRealIdentity",
        "RecordCheckNotAvailable",
        "IcpBlack",
        "IspBlack",
        "DomainNotRecordedAliyun",
        "Abs.CheckUrl.Malformed",
        "DomainOwnerVerifyFail",
        "TopLevelDomain.Mismatch",
        "InvalidResourceGroupId.Malformed",
        "DomainReserved",
        "ExceedLimit",
        "LockFail",
        "AccountException",
        "InvalidUser",
        "InvalidPushDomain",
        "InvalidPullDomain",
        "InvalidProtocol",
        "InvalidSegmentNum",
        "InvalidSegmentDuration",
        "InvalidPartDuration",
        "ConfigConflicts",
        "InternalErr",
        "DomainConfigFailed",
        "Duration.Exceed",
        "PullStreamOverLimit",
        "InvalidOnDemandUrl.Malformed",
        "InvalidOnDemandUrl.Unsafe",
        "CommomLiveRcordConfigExisted",
        "InvalidAutoCompose.Malformed",
        "InvalidAutoComposeAndComposeVodTranscodeGroupId.Malformed",
        "InvalidRegion.Conflict",
        "InvalidStorage.NotFound",
        "InvalidTemplateGroupId.NotFound",
        "InvalidOssObject.Malformed",
        "InvalidScenes",
        "InvalidStartTime.ValueNotSupported",
        "QuotaExceeded.Merge",
        "PlayListIsEmpty",
        "MissInputParams",
        "InvalidProgramId.Malformed",
        "UserQuotaExceed",
        "InvalidDomainName.NotFound",
        "InvalidShowList.NotFound",
        "InvalidRoomId.Malformed",
        "InvalidAppId.NotFound",
        "InvalidRoomId.NotFound",
        "InvalidFunctions.Malformed",
        "InvalidFunctionArgs.Malformed",
        "InvalidArgValue.Malformed",
        "FunctionMutex",
        "RewriteHostRely",
        "ConfigurationConflicts",
        "InputInvalid",
        "NoAuth",
        "ResourceNotExist",
        "ServerError",
        "InvalidDataNotFound",
        "InvalidStreamNum",
        "CasterNumberExceed",
        "InvalidSceneId.Malformed",
        "IncorrectSceneStatus",
        "IncorrectSceneStatus.Idle",
        "IncorrectSceneStatus.ConfigError",
        "InvalidScene.NotFound",
        "ResourceInChannel.NotFound",
        "ResourceInChannel.PreConditionFailed",
        "ResourceInChannel.Invalid",
        "InvalidParameter.PurchaseTime",
        "InvalidParameter.ExpireTime",
        "InvalidChargeType.Malformed",
        "InvalidChargeType.PostSupport",
        "InvalidCasterTemplate.Malformed",
        "InvalidParameter.ChargeType",
        "InvalidPeriod.Malformed",
        "IncorrectCasterStatus",
        "InvalidParameter.NormType",
        "InvalidConfiguration.NotFound",
        "CreateCaster.Timeout",
        "TemplateAlreadyExist",
        "CustomTemplateInvalid",
        "OperationDenied",
        "TemplateNotFound",
        "QuotaLimitError",
        "ErrorInvalidCallBackUrl",
        "ErrorInvalidAppName",
        "ErrorTooManyApps",
        "ErrorInvalidEventCallbackUrl",
        "ErrorInvalidAuditUrl",
        "ErrorTooManyGroups",
        "NoSpecialConfiguration",
        "HasNoPermission",
        "PostPayNotOpen",
        "TryAgain",
        "HasNoPermisionToCreateSLR",
        "Unauthorized",
        "LogstoreNotExist",
        "StreamMonitorExist",
        "InvalidStream.NotFound",
        "InvalidConfig.Changed",
        "NoRecordContent",
        "RecordContentExceed",
        "OperationNotSupport",
        "InvalidBucket.NotFound",
        "MixStreamAlreadyExist",
        "MixStreamNotExist",
        "InvaildCaster.Delete",
        "IncorrectCasterStatus.Inuse",
        "IncorrectEpisodeStatus",
        "InvalidEpisode.NotFound",
        "InvalidLayoutId.Malformed",
        "InvalidLayout.NotFound",
        "IncorrectSceneStatus.Inuse",
        "InvalidVideo.NotFound",
        "400",
        "401",
        "404",
        "500",
        "Forbidden",
        "JobNotFound",
        "InvalidRegion",
        "InvalidOperation",
        "InvalidConfig.NotFound",
        "InvalidMonitorId.Malformed",
        "StreamMonitorNotExist",
        "IncorrectPlaylistStatus.Inuse",
        "PlayListNotFound",
        "Cannot find task",
        "MissingParams",
        "OSSAccessDenied",
        "InvalidPageSize.Malformed",
        "InvalidPageNum.Malformed",
        "InvalidStatus.Malformed",
        "InvalidParameter.PageSize",
        "InvalidParameter.PageNum",
        "InvalidParameter.Status",
        "InvalidParameter.StartTime",
        "LiveServiceNotFound",
        "InvaildParameter",
        "InvalidTime.Malformed",
        "InvalidParameterField",
        "InvalidParameterType",
        "InvalidTimeSpan",
        "InvalidAppId.AccessForbidden",
        "InvalidDomainName.TooManyItems",
        "Meter.ParamError",
        "Meter.AuthError",
        "Meter.ServerInternalError",
        "Meter.DataSourceQueryError",
        "Meter.ReadyTsError",
        "Certificate.FormatError",
        "SSLPub.MissingParameter",
        "Decode.Error",
        "Certificate.DecodeError",
        "InvalidQueryTime.Exceed",
        "InvalidQueryTime.Malformed",
        "InvalidTime.ValueNotSupported",
        "MissingTimeParameter",
        "Abs.DomainName.Malformed",
        "InvalidInterval.Malformed",
        "Domain.NotFound",
        "InvalidEndTime.BeyondCurrent",
        "InvalidParamter",
        "InvalidRecordFmt.NotSupported",
        "InvalidParamPrecision",
        "InvalidAreaParameter",
        "InvalidAppIdParameter",
        "InvalidInstanceIdParameter",
        "NoHttpsDomain",
        "CdnIP.NotFound",
        "Invalid Parameter",
        "Internal Error",
        "MalformedParams",
        "InvalidAppName.Malformed",
        "InvalidStreamName.Malformed",
        "InvalidStreamNumber.Malformed",
        "InvalidPageToken",
        "InvalidAppName.Mismatch",
        "InvalidStreamProtocol.NotSupport",
        "InvalidStreamName.LengthTooLong",
        "InvalidAppName.LengthTooLong",
        "QpsOverLimit",
        "InvalidDomain.NotFound",
        "InvalidDuration.ExceedOneDay",
        "InvalidDuration.StratTimeBiggerEndTime",
        "BillTypeNotFound",
        "InvalidPageNumber.ValueNotSupported",
        "InvalidPageSize.ValueNotSupported",
        "InvalidDomainStatus.ValueNotSupported",
        "InvalidDomainSearchType.ValueNotSupported",
        "InvalidDomainSearchType.Malformed",
        "InvalidLiveDomainType.ValueNotSupported",
        "InvalidShow.NotFound",
        "RequestForbiddenForIce",
        "IncorrectChannel.Disable",
        "InvalidUrgentMaterial.NotFound",
        "InvalidResourceId.Malformed",
        "InvalidResumeTime.Malformed",
        "QuotaExceeded.Blacklist",
        "InvalidUserData.LimitExceed",
        "CodeRegionHasNoNode",
        "IncorrectCasterStatus.EnableChannel",
        "InvalidVideoLayersConfig",
        "InvalidAudioLayersConfig",
        "Schedule.NotFound",
        "DomainTraffic.ExceedThreshold",
        "Domain.BeianInvalid",
        "Schedule.ChangeFail",
        "StagingConfig.Failed",
        "StagingConfig.NotFound",
        "CodeConfigNotFound",
        "StreamNotFound",
        "TaskAlreadyStarted",
        "IncorrectCasterStatus.Idle",
        "InvalidNormType.Malformed",
        "InvalidAppUid.Malformed",
        "InvalidData.LimitExceed",
        "InvalidAppUid.NotFound",
        "InvalidToAppUid.Malformed",
        "InvalidToAppUid.NotFound",
        "InvalidParameter.PlayStatus",
        "InvalidChannelId.Malformed",
        "InvalidParameter.SeekOffset",
        "ResourceOfChannelExist",
        "InvalidCaster.ChannelDisableUnsupported",
        "InvalidCaptionResource",
        "ComponentNumberExceed",
        "DuplicateResourceId",
        "InvalidParameter.EventName",
        "InvalidSSLProtocol.ValueNotSupported",
        "SSLPri.MissingParameter",
        "InvalidSSLPub",
        "InvalidSSLPri",
        "Certificate.MissMatch",
        "InvalidCertName.TooLong",
        "IllegalOperationDomain",
        "Certificate.NotPermittedOff",
        "Certificate.SettedNotEffect",
        "Certificate.NotFind",
        "AuthenticationFailed",
        "SetDomainCertificate.ParameterError",
        "InvalidSSLPubOrInvalidSSLPri",
        "Certificate.StatusError",
        "DeleteFailed",
        "Certificate.Duplicated",
        "Certificate.KeyNull",
        "Key.Malformed",
        "CertStorage.failed",
        "CertificateContent.Duplicated",
        "Certificate.Expired",
        "InvalidDomain.notOnline",
        "sslPub.Error",
        "sslPri.Error",
        "DomainInSafeMode",
        "DomainInProtectedMode",
        "CertName.MissingParameter",
        "InvalidFunctionName.ValueNotSupported",
        "InvalidArgName.ValueNotSupported",
        "InvalidRule.Malformed",
        "InvalidDomain.BelongToConfigGroup",
        "InvalidAppId",
        "InvalidReleaseTime.Malformed",
        "QuotaExceeded.PreloadTaskslimit",
        "InvalidShowList.EmptyList",
        "IncorrectCasterStatus.Cease",
        "IncorrectCasterStatus.Expire",
        "InvalidTranscode.NotFound",
        "InvalidDelay.NotFound",
        "InvalidCasterTemplate.NotFound",
        "UserTaskExceed",
        "StreamMonitorAlreadyStarted",
        "InvalidParameter.Offset",
        "InvalidParameter.StartItemId",
        "PlayListItemNotFound",
        "StreamMonitorAlreadyStop",
        "InvalidRegionId.Malformed",
        "Resource.NotExist",
        "TagKeyIsInvalid",
        "TooManyTags",
        "TagValueIsInvalid",
        "TagKeyRepeated",
        "TagIsInvalid",
        "ResourceIdIsInvalid",
        "SystemTagIsInvalid",
        "CustomTagIsInvalid",
        "SceneNumberExceed",
        "IncorrectSceneStatus.Waiting",
        "MissingDomainName",
        "InvalidTopLevelDomain.Malformed",
    ];
    static NAME_CODES: [u32; 23] = [
        5, 27, 180, 200, 201, 202, 203, 213, 215, 237, 255, 256, 257, 315, 316, 317, 318,
        327, 333, 336, 337, 338, 362,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "DuplicateLocationIdUnexpectedLocationIdHasNoPermisionToCreateSlrCode400Code401Code404Code500CannotFindTaskOssAccessDeniedSslPubMissingParameterCdnIpNotFoundInvalidParameter2InternalError2InvalidSslProtocolValueNotSupportedSslPriMissingParameterInvalidSslPubInvalidSslPriInvalidSslPubOrInvalidSslPriCertStorageFailedInvalidDomainNotOnlineSslPubErrorSslPriErrorResourceNotExist2",
        ends: &[
            0, 19, 39, 64, 71, 78, 85, 92, 106, 121, 143, 156, 173, 187, 222, 244, 257,
            270, 298, 315, 337, 348, 359, 376,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Invalid user id: malformed.Invalid caster id: malformed.A required parameter is missing.A parameter is invalid: malformed.Invalid position normalized: malformed.Duplicate location ID.Illegal operation.Invalid caster: not found.Canvas not exist.An internal error occurred.Switch type invalid: malformed.Incorrect start time.Incorrect end time.Episode conflict: malformed.Invalid resource: not found.Invalid component: not found.Invalid client token: malformed.Invalid video layers and blend list size: mismatch.Invalid audio layers and mix list size: mismatch.Invalid blend list: exceed norm.Invalid mix list: exceed norm.Invalid height or width normalized.A parameter is invalid: end time.Invalid live stream url: malformed.Invalid material id: malformed.Invalid vod url: malformed.Resource number exceed.Unexpected location ID.Invalid parameters.Config already exists.Template limit.A parameter is invalid.Invalid oss endpoint: malformed.Invalid oss bucket: malformed.Invalid oss bucket: not found.Invalid format: malformed.Invalid cycle duration: malformed.Invalid slice duration: malformed.Invalid template length: malformed.Invalid template: forbid raw.Missing template.Missing oss object prefix.Missing slice oss object prefix.Invalid oss object prefix: malformed.Invalid slice oss object prefix: malformed.Invalid format: illegal operation.Invalid delay time.Live2 vod: config already exists.Invalid start time: malformed.Invalid end time: malformed.Invalid end time: mismatch.Invalid start time: mismatch.Invalid overwrite oss object or sequence oss object: malformed.Invalid overwrite oss object: malformed.Invalid sequence oss object: malformed.Malformed param.A required parameter is missing.Config existed.Config not found.Unsafe callback.A parameter is invalid.Center transfers stream over limit.Code illegal duration.Invalid notify url: malformed.Invalid notify url: unsafe.Invalid params.Invalid domain name: malformed.Invalid region: malformed.Invalid source: content, malformed.Invalid type content: mismatch.Missing source: content.Missing source: type.Invalid source: type, malformed.Invalid source: priority, malformed.Invalid scope: malformed.Source ip: exceed.Invalid certificate.Invalid certificate: too long.Inner add domain denied.Check source health failed.Extensive and all both exist.Cdn type not support extensive domain.Extensive and specific domain conflict.Invalid domain name level.Top level domain: not found.Entity not exists: resource group.Invalid status: resource group.Not internation real identity.Record check not available.Icp black.Isp black.Domain not recorded aliyun.Abs: check url, malformed.Domain owner verify fail.Top level domain: mismatch.Invalid resource group id: malformed.Domain reserved.Exceed limit.Lock fail.Account exception.Invalid user.Invalid push domain.Invalid pull domain.Invalid protocol.Invalid segment num.Invalid segment duration.Invalid part duration.Config conflicts.Internal err.Domain config failed.Duration: exceed.Pull stream over limit.Invalid on demand url: malformed.Invalid on demand url: unsafe.Commom live rcord config existed.Invalid auto compose: malformed.Invalid auto compose and compose vod transcode group id: malformed.Invalid region: conflict.Invalid storage: not found.Invalid template group id: not found.Invalid oss object: malformed.Invalid scenes.Invalid start time: value not supported.A quota was exceeded: merge.Play list is empty.Miss input params.Invalid program id: malformed.User quota exceed.Invalid domain name: not found.Invalid show list: not found.Invalid room id: malformed.Invalid app id: not found.Invalid room id: not found.Invalid functions: malformed.Invalid function args: malformed.Invalid arg value: malformed.Function mutex.Rewrite host rely.Configuration conflicts.Input invalid.No auth.Resource not exist.Server error.Invalid data not found.Invalid stream num.Caster number exceed.Invalid scene id: malformed.Incorrect scene status.Incorrect scene status: idle.Incorrect scene status: config error.Invalid scene: not found.Resource in channel: not found.Resource in channel: pre condition failed.Resource in channel: invalid.A parameter is invalid: purchase time.A parameter is invalid: expire time.Invalid charge type: malformed.Invalid charge type: post support.Invalid caster template: malformed.A parameter is invalid: charge type.Invalid period: malformed.Incorrect caster status.A parameter is invalid: norm type.Invalid configuration: not found.Create caster: timeout.Template already exist.Custom template invalid.Operation denied.Template not found.Quota limit error.Error invalid call back url.Error invalid app name.Error too many apps.Error invalid event callback url.Error invalid audit url.Error too many groups.No special configuration.Has no permission.Post pay not open.Try again.Has no permision to create SLR.The request is not authorized.Logstore not exist.Stream monitor exist.Invalid stream: not found.Invalid config: changed.No record content.Record content exceed.Operation not support.Invalid bucket: not found.Mix stream already exist.Mix stream not exist.Invaild caster: delete.Incorrect caster status: inuse.Incorrect episode status.Invalid episode: not found.Invalid layout id: malformed.Invalid layout: not found.Incorrect scene status: inuse.Invalid video: not found.Numeric error code 400; see the product's documentation for its meaning.Numeric error code 401; see the product's documentation for its meaning.Numeric error code 404; see the product's documentation for its meaning.Numeric error code 500; see the product's documentation for its meaning.The request is forbidden.Job not found.Invalid region.Invalid operation.Invalid config: not found.Invalid monitor id: malformed.Stream monitor not exist.Incorrect playlist status: inuse.Play list not found.Cannot find task.Missing params.OSS access denied.Invalid page size: malformed.Invalid page num: malformed.Invalid status: malformed.A parameter is invalid: page size.A parameter is invalid: page num.A parameter is invalid: status.A parameter is invalid: start time.Live service not found.Invaild parameter.Invalid time: malformed.Invalid parameter field.Invalid parameter type.Invalid time span.Invalid app id: access forbidden.Invalid domain name: too many items.Meter: param error.Meter: auth error.Meter: server internal error.Meter: data source query error.Meter: ready ts error.Certificate: format error.SSL pub: missing parameter.Decode: error.Certificate: decode error.Invalid query time: exceed.Invalid query time: malformed.Invalid time: value not supported.Missing time parameter.Abs: domain name, malformed.Invalid interval: malformed.Domain: not found.Invalid end time: beyond current.Invalid paramter.Invalid record fmt: not supported.Invalid param precision.Invalid area parameter.Invalid app id parameter.Invalid instance id parameter.No https domain.Cdn IP: not found.Invalid parameter.Internal error.Malformed params.Invalid app name: malformed.Invalid stream name: malformed.Invalid stream number: malformed.Invalid page token.Invalid app name: mismatch.Invalid stream protocol: not support.Invalid stream name: length too long.Invalid app name: length too long.Qps over limit.Invalid domain: not found.Invalid duration: exceed one day.Invalid duration: strat time bigger end time.Bill type not found.Invalid page number: value not supported.Invalid page size: value not supported.Invalid domain status: value not supported.Invalid domain search type: value not supported.Invalid domain search type: malformed.Invalid live domain type: value not supported.Invalid show: not found.Request forbidden for ice.Incorrect channel: disable.Invalid urgent material: not found.Invalid resource id: malformed.Invalid resume time: malformed.A quota was exceeded: blacklist.Invalid user data: limit exceed.Code region has no node.Incorrect caster status: enable channel.Invalid video layers config.Invalid audio layers config.Schedule: not found.Domain traffic: exceed threshold.Domain: beian invalid.Schedule: change fail.Staging config: failed.Staging config: not found.Code config not found.Stream not found.Task already started.Incorrect caster status: idle.Invalid norm type: malformed.Invalid app uid: malformed.Invalid data: limit exceed.Invalid app uid: not found.Invalid to app uid: malformed.Invalid to app uid: not found.A parameter is invalid: play status.Invalid channel id: malformed.A parameter is invalid: seek offset.Resource of channel exist.Invalid caster: channel disable unsupported.Invalid caption resource.Component number exceed.Duplicate resource id.A parameter is invalid: event name.Invalid SSL protocol: value not supported.SSL pri: missing parameter.Invalid SSL pub.Invalid SSL pri.Certificate: miss match.Invalid cert name: too long.Illegal operation domain.Certificate: not permitted off.Certificate: setted not effect.Certificate: not find.Authentication failed.Set domain certificate: parameter error.Invalid SSL pub or invalid SSL pri.Certificate: status error.Delete failed.Certificate: duplicated.Certificate: key null.Key: malformed.Cert storage: failed.Certificate content: duplicated.Certificate: expired.Invalid domain: not online.Ssl pub: error.Ssl pri: error.Domain in safe mode.Domain in protected mode.Cert name: missing parameter.Invalid function name: value not supported.Invalid arg name: value not supported.Invalid rule: malformed.Invalid domain: belong to config group.Invalid app id.Invalid release time: malformed.A quota was exceeded: preload taskslimit.Invalid show list: empty list.Incorrect caster status: cease.Incorrect caster status: expire.Invalid transcode: not found.Invalid delay: not found.Invalid caster template: not found.User task exceed.Stream monitor already started.A parameter is invalid: offset.A parameter is invalid: start item id.Play list item not found.Stream monitor already stop.Invalid region id: malformed.Resource: not exist.Tag key is invalid.Too many tags.Tag value is invalid.Tag key repeated.Tag is invalid.Resource id is invalid.System tag is invalid.Custom tag is invalid.Scene number exceed.Incorrect scene status: waiting.Missing domain name.Invalid top level domain: malformed.",
        ends: &[
            0, 27, 56, 88, 122, 161, 183, 201, 227, 244, 271, 302, 323, 342, 370, 398,
            427, 459, 510, 559, 591, 621, 656, 689, 724, 755, 782, 805, 828, 847, 869,
            884, 907, 939, 969, 999, 1025, 1059, 1093, 1128, 1157, 1174, 1200, 1232,
            1269, 1312, 1346, 1365, 1398, 1428, 1456, 1483, 1512, 1575, 1615, 1654, 1670,
            1702, 1717, 1734, 1750, 1773, 1808, 1830, 1860, 1887, 1902, 1933, 1959, 1994,
            2025, 2049, 2070, 2102, 2138, 2163, 2181, 2201, 2231, 2255, 2282, 2311, 2349,
            2388, 2414, 2442, 2476, 2507, 2537, 2564, 2574, 2584, 2611, 2637, 2662, 2689,
            2726, 2742, 2755, 2765, 2783, 2796, 2816, 2836, 2853, 2873, 2898, 2920, 2937,
            2950, 2971, 2988, 3011, 3044, 3074, 3107, 3139, 3206, 3231, 3258, 3295, 3325,
            3340, 3380, 3408, 3427, 3445, 3475, 3493, 3524, 3553, 3580, 3606, 3633, 3662,
            3695, 3724, 3739, 3757, 3781, 3795, 3803, 3822, 3835, 3858, 3877, 3898, 3926,
            3949, 3978, 4015, 4040, 4071, 4113, 4142, 4180, 4216, 4247, 4281, 4316, 4352,
            4378, 4402, 4436, 4469, 4492, 4515, 4539, 4556, 4575, 4593, 4621, 4644, 4664,
            4697, 4721, 4743, 4768, 4786, 4804, 4814, 4845, 4875, 4894, 4915, 4941, 4965,
            4983, 5005, 5027, 5053, 5078, 5099, 5122, 5153, 5178, 5205, 5234, 5260, 5290,
            5315, 5387, 5459, 5531, 5603, 5628, 5642, 5657, 5675, 5701, 5731, 5756, 5789,
            5809, 5826, 5841, 5859, 5888, 5916, 5942, 5976, 6009, 6040, 6075, 6098, 6116,
            6140, 6164, 6187, 6205, 6238, 6274, 6293, 6311, 6340, 6371, 6393, 6419, 6446,
            6460, 6486, 6513, 6543, 6577, 6600, 6628, 6656, 6674, 6707, 6724, 6758, 6782,
            6805, 6830, 6860, 6876, 6894, 6912, 6927, 6944, 6972, 7003, 7036, 7055, 7082,
            7119, 7156, 7190, 7205, 7231, 7264, 7309, 7329, 7370, 7409, 7452, 7500, 7538,
            7584, 7608, 7634, 7661, 7696, 7727, 7758, 7790, 7822, 7846, 7886, 7914, 7942,
            7962, 7995, 8017, 8039, 8062, 8088, 8110, 8127, 8148, 8178, 8207, 8234, 8261,
            8288, 8318, 8348, 8384, 8414, 8450, 8476, 8520, 8545, 8569, 8591, 8626, 8668,
            8695, 8711, 8727, 8751, 8779, 8804, 8835, 8866, 8888, 8910, 8950, 8985, 9011,
            9025, 9049, 9071, 9086, 9107, 9139, 9160, 9187, 9202, 9217, 9237, 9262, 9291,
            9334, 9372, 9396, 9435, 9450, 9482, 9523, 9553, 9584, 9616, 9645, 9670, 9705,
            9722, 9753, 9784, 9822, 9847, 9875, 9904, 9924, 9943, 9957, 9978, 9995,
            10010, 10033, 10055, 10077, 10097, 10129, 10149, 10185,
        ],
    };
    static STATUSES: [u16; 385] = [
        400, 400, 400, 400, 400, 400, 401, 403, 404, 404, 500, 400, 400, 400, 400, 400,
        404, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        409, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 404,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 403, 404, 400, 400, 400, 400, 400, 400,
        409, 500, 500, 400, 400, 400, 400, 400, 400, 400, 403, 404, 404, 400, 400, 400,
        400, 400, 400, 400, 403, 400, 404, 404, 400, 404, 404, 400, 400, 400, 400, 400,
        400, 400, 403, 404, 500, 404, 409, 401, 400, 400, 400, 400, 404, 404, 412, 412,
        400, 400, 400, 400, 400, 400, 400, 400, 404, 404, 408, 400, 400, 403, 400, 404,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400,
        400, 400, 400, 400, 404, 403, 403, 400, 400, 400, 404, 400, 404, 400, 404, 400,
        401, 404, 500, 400, 403, 404, 400, 400, 404, 400, 400, 404, 400, 404, 400, 400,
        403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 400,
        400, 403, 500, 500, 502, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 404, 403,
        400, 404, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400,
        404, 400, 409, 409, 400, 400, 400, 400, 404, 400, 404, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 404,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 404, 404, 400, 400, 400,
        400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400,
    ];
    static STATUS_ENDS: [u32; 376] = [
        0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
        24, 25, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44,
        45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 61, 62, 64, 65, 66,
        67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86,
        87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105,
        106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121,
        122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 134, 135, 136, 137, 138,
        139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154,
        155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170,
        171, 172, 173, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187,
        188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203,
        204, 205, 206, 207, 208, 209, 210, 211, 213, 214, 215, 216, 218, 219, 220, 221,
        222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237,
        238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253,
        254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269,
        270, 271, 272, 273, 274, 275, 276, 277, 279, 279, 279, 280, 281, 282, 283, 284,
        285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 297, 298, 299, 300, 301,
        302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317,
        318, 319, 320, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332, 333,
        334, 335, 336, 337, 338, 339, 340, 341, 342, 343, 344, 345, 346, 347, 348, 349,
        351, 352, 353, 354, 355, 356, 357, 358, 359, 360, 361, 362, 363, 364, 365, 366,
        367, 368, 369, 370, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380, 381, 382,
        383, 384, 385,
    ];
    static RETRY: [::cloud_errors::Retry; 375] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaabaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 375] = ::cloud_errors::__private::category_column(
        b"ccccccpeemcccceecccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccgeccccccjmmcccccccgeeccchcccgeeceecccccccgemejpcccceeiiccccccccceiccgecccccccccccccecccccceggcccecececpemgeccecececcgcccccccccccccgccgmmmcccccccccceccccccccccccccccccccccbbcccccccegcecchccccccccccecjjccccececccccccccccccccccccccccccccccccccccecccccchccceeecccceccccccccccccccc",
    );
    static PILOTS: [u16; 94] = [
        3, 70, 12, 53, 19, 18, 7, 0, 1, 39, 16, 7, 13, 1, 26, 0, 23, 9, 17, 1, 9, 25, 0,
        36, 10, 14, 8, 0, 0, 1, 24, 69, 11, 3, 6, 3, 3, 0, 22, 15, 15, 23, 63, 2, 147,
        28, 1, 5, 82, 75, 26, 43, 134, 88, 20, 48, 4, 141, 47, 16, 0, 7, 73, 0, 174, 4,
        2, 7, 98, 3, 3, 4, 100, 68, 15, 1, 25, 22, 0, 6, 55, 31, 51, 66, 11, 100, 4, 9,
        33, 22, 52, 41, 50, 23,
    ];
    static SLOTS: [(&str, u32); 416] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            169, 295, 314, 358, 368, 296, 236, 83, 277, 362, 347, 50, 181, 332, 110, 232,
            112, 247, 355, 113, 23, 4294967295, 39, 293, 227, 346, 235, 180, 45, 58, 257,
            133, 4294967295, 208, 155, 283, 137, 14, 220, 341, 51, 129, 67, 139, 71, 25,
            190, 171, 130, 120, 19, 4294967295, 89, 64, 127, 175, 265, 4294967295, 117,
            302, 349, 260, 53, 323, 4294967295, 49, 79, 373, 272, 62, 213, 38, 136, 234,
            287, 279, 216, 224, 86, 4294967295, 273, 294, 240, 219, 140, 233, 55, 157,
            27, 56, 7, 75, 270, 72, 91, 149, 148, 3, 352, 4294967295, 336, 81, 348, 146,
            217, 1, 354, 319, 44, 77, 35, 94, 269, 123, 165, 374, 304, 115, 223, 325,
            318, 76, 4294967295, 121, 195, 278, 185, 258, 118, 98, 43, 307, 329, 243,
            179, 351, 249, 239, 250, 4294967295, 4294967295, 203, 297, 61, 256,
            4294967295, 85, 66, 198, 268, 143, 97, 312, 322, 161, 182, 101, 99, 80, 54,
            365, 172, 317, 108, 4, 300, 22, 57, 4294967295, 119, 142, 331, 4294967295,
            4294967295, 360, 4294967295, 26, 204, 135, 105, 342, 154, 164, 306, 78, 163,
            9, 93, 370, 92, 34, 215, 4294967295, 162, 184, 353, 69, 315, 285, 122, 10,
            350, 199, 344, 230, 170, 286, 4294967295, 367, 4294967295, 4294967295, 276,
            88, 59, 212, 289, 107, 177, 109, 225, 167, 226, 282, 252, 134, 261, 96,
            4294967295, 361, 4294967295, 73, 84, 244, 158, 262, 13, 280, 229, 290, 363,
            111, 316, 46, 17, 95, 330, 65, 366, 267, 241, 33, 369, 141, 255, 87, 24,
            4294967295, 357, 131, 288, 308, 303, 345, 90, 364, 326, 194, 4294967295, 63,
            125, 222, 102, 228, 320, 338, 100, 211, 6, 48, 263, 301, 151, 47, 248, 214,
            32, 4294967295, 128, 156, 103, 2, 36, 305, 5, 166, 144, 259, 340, 335, 29,
            187, 4294967295, 4294967295, 52, 251, 186, 309, 333, 339, 337, 41, 275,
            4294967295, 193, 37, 313, 210, 20, 206, 4294967295, 192, 271, 28, 359, 68,
            254, 15, 31, 4294967295, 310, 221, 104, 197, 209, 4294967295, 116, 327, 132,
            334, 4294967295, 343, 274, 356, 106, 126, 201, 372, 4294967295, 246, 281,
            138, 183, 242, 42, 200, 188, 4294967295, 4294967295, 159, 238, 328, 0, 311,
            4294967295, 153, 114, 4294967295, 264, 324, 173, 174, 237, 4294967295, 150,
            4294967295, 4294967295, 70, 299, 202, 21, 8, 124, 245, 168, 205, 152, 231,
            176, 266, 191, 40, 147, 11, 207, 160, 371, 321, 145, 178, 196, 82, 12, 30,
            253, 4294967295, 189, 18, 16, 74, 218, 298, 291, 60, 284, 4294967295, 292,
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
    const PROVIDER: &'static str = "Alibaba Cloud live";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud live's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud live: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
