// @generated from catalogs/tencent/vod_v20180717.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud VOD v20180717: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud VOD v20180717: a variant per documented code,
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
    /// `FailedOperation.ClassLevelLimitExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: class level limit exceeded.
    FailedOperationClassLevelLimitExceeded,
    /// `FailedOperation.ClassNameDuplicate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: class name duplicate.
    FailedOperationClassNameDuplicate,
    /// `FailedOperation.ClassNoFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: class no found.
    FailedOperationClassNoFound,
    /// `FailedOperation.CoverType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cover type.
    FailedOperationCoverType,
    /// `FailedOperation.DBError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DB error.
    FailedOperationDbError,
    /// `FailedOperation.DomainDeploying`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain deploying.
    FailedOperationDomainDeploying,
    /// `FailedOperation.InvalidAccount`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid account.
    FailedOperationInvalidAccount,
    /// `FailedOperation.InvalidVodUser`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid vod user.
    FailedOperationInvalidVodUser,
    /// `FailedOperation.MediaForbidedBySystem`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: media forbided by system.
    FailedOperationMediaForbidedBySystem,
    /// `FailedOperation.MediaType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: media type.
    FailedOperationMediaType,
    /// `FailedOperation.NetWorkError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: net work error.
    FailedOperationNetWorkError,
    /// `FailedOperation.NoNeedToReduceMediaBitrate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no need to reduce media bitrate.
    FailedOperationNoNeedToReduceMediaBitrate,
    /// `FailedOperation.NoPrivileges`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no privileges.
    FailedOperationNoPrivileges,
    /// `FailedOperation.ParentIdNoFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: parent id no found.
    FailedOperationParentIdNoFound,
    /// `FailedOperation.SubclassLimitExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: subclass limit exceeded.
    FailedOperationSubclassLimitExceeded,
    /// `FailedOperation.TaskDuplicate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task duplicate.
    FailedOperationTaskDuplicate,
    /// `FailedOperation.UploadCosFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: upload cos fail.
    FailedOperationUploadCosFail,
    /// `FailedOperation.UserStatusInavlid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user status inavlid.
    FailedOperationUserStatusInavlid,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.DBError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB error.
    InternalErrorDbError,
    /// `InternalError.GenDefinition`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: gen definition.
    InternalErrorGenDefinition,
    /// `InternalError.GetFileInfoError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get file info error.
    InternalErrorGetFileInfoError,
    /// `InternalError.GetMediaListError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get media list error.
    InternalErrorGetMediaListError,
    /// `InternalError.TimeParseError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: time parse error.
    InternalErrorTimeParseError,
    /// `InternalError.UpdateMediaError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: update media error.
    InternalErrorUpdateMediaError,
    /// `InternalError.UploadCoverImageError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: upload cover image error.
    InternalErrorUploadCoverImageError,
    /// `InternalError.UploadWatermarkError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: upload watermark error.
    InternalErrorUploadWatermarkError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ExistedProcedureName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: existed procedure name.
    InvalidParameterExistedProcedureName,
    /// `InvalidParameter.ExpireTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: expire time.
    InvalidParameterExpireTime,
    /// `InvalidParameter.Labels`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: labels.
    InvalidParameterLabels,
    /// `InvalidParameter.ProcedureNameNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: procedure name not exist.
    InvalidParameterProcedureNameNotExist,
    /// `InvalidParameter.StorageRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: storage region.
    InvalidParameterStorageRegion,
    /// `InvalidParameter.ViolationContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: violation content.
    InvalidParameterViolationContent,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.AddKeyFrameDescsAndClearKeyFrameDescsConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: add key frame descs and clear key frame descs conflict.
    InvalidParameterValueAddKeyFrameDescsAndClearKeyFrameDescsConflict,
    /// `InvalidParameterValue.AddKeyFrameDescsAndDeleteKeyFrameDescsConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: add key frame descs and delete key frame descs conflict.
    InvalidParameterValueAddKeyFrameDescsAndDeleteKeyFrameDescsConflict,
    /// `InvalidParameterValue.AddTagsAndClearTagsConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: add tags and clear tags conflict.
    InvalidParameterValueAddTagsAndClearTagsConflict,
    /// `InvalidParameterValue.AddTagsAndDeleteTagsConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: add tags and delete tags conflict.
    InvalidParameterValueAddTagsAndDeleteTagsConflict,
    /// `InvalidParameterValue.AiAnalysisTaskDefinition`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ai analysis task definition.
    InvalidParameterValueAiAnalysisTaskDefinition,
    /// `InvalidParameterValue.AiContentReviewTaskDefinition`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ai content review task definition.
    InvalidParameterValueAiContentReviewTaskDefinition,
    /// `InvalidParameterValue.AiRecognitionTaskDefinition`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ai recognition task definition.
    InvalidParameterValueAiRecognitionTaskDefinition,
    /// `InvalidParameterValue.AppId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: app id.
    InvalidParameterValueAppId,
    /// `InvalidParameterValue.Area`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: area.
    InvalidParameterValueArea,
    /// `InvalidParameterValue.AudioBitrate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: audio bitrate.
    InvalidParameterValueAudioBitrate,
    /// `InvalidParameterValue.AudioChannel`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: audio channel.
    InvalidParameterValueAudioChannel,
    /// `InvalidParameterValue.AudioCodec`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: audio codec.
    InvalidParameterValueAudioCodec,
    /// `InvalidParameterValue.AudioSampleRate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: audio sample rate.
    InvalidParameterValueAudioSampleRate,
    /// `InvalidParameterValue.Bitrate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bitrate.
    InvalidParameterValueBitrate,
    /// `InvalidParameterValue.BlockConfidence`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: block confidence.
    InvalidParameterValueBlockConfidence,
    /// `InvalidParameterValue.Categories`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: categories.
    InvalidParameterValueCategories,
    /// `InvalidParameterValue.ClassId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: class id.
    InvalidParameterValueClassId,
    /// `InvalidParameterValue.ClassIds`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: class ids.
    InvalidParameterValueClassIds,
    /// `InvalidParameterValue.ClassName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: class name.
    InvalidParameterValueClassName,
    /// `InvalidParameterValue.ClassifcationConfigure`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: classifcation configure.
    InvalidParameterValueClassifcationConfigure,
    /// `InvalidParameterValue.ClipDuration`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: clip duration.
    InvalidParameterValueClipDuration,
    /// `InvalidParameterValue.Codec`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: codec.
    InvalidParameterValueCodec,
    /// `InvalidParameterValue.ColumnCount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: column count.
    InvalidParameterValueColumnCount,
    /// `InvalidParameterValue.Comment`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: comment.
    InvalidParameterValueComment,
    /// `InvalidParameterValue.Container`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: container.
    InvalidParameterValueContainer,
    /// `InvalidParameterValue.ContainerType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: container type.
    InvalidParameterValueContainerType,
    /// `InvalidParameterValue.CoordinateOrigin`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: coordinate origin.
    InvalidParameterValueCoordinateOrigin,
    /// `InvalidParameterValue.CoverConfigure`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cover configure.
    InvalidParameterValueCoverConfigure,
    /// `InvalidParameterValue.CoverType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cover type.
    InvalidParameterValueCoverType,
    /// `InvalidParameterValue.CoverUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cover url.
    InvalidParameterValueCoverUrl,
    /// `InvalidParameterValue.CutAndCrops`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cut and crops.
    InvalidParameterValueCutAndCrops,
    /// `InvalidParameterValue.DataInterval`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: data interval.
    InvalidParameterValueDataInterval,
    /// `InvalidParameterValue.DataType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: data type.
    InvalidParameterValueDataType,
    /// `InvalidParameterValue.Date`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: date.
    InvalidParameterValueDate,
    /// `InvalidParameterValue.DefaultLibraryLabelSet`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: default library label set.
    InvalidParameterValueDefaultLibraryLabelSet,
    /// `InvalidParameterValue.Definition`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: definition.
    InvalidParameterValueDefinition,
    /// `InvalidParameterValue.Definitions`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: definitions.
    InvalidParameterValueDefinitions,
    /// `InvalidParameterValue.DeleteDefaultTemplate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: delete default template.
    InvalidParameterValueDeleteDefaultTemplate,
    /// `InvalidParameterValue.Description`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: description.
    InvalidParameterValueDescription,
    /// `InvalidParameterValue.DisableHigherVideoBitrate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: disable higher video bitrate.
    InvalidParameterValueDisableHigherVideoBitrate,
    /// `InvalidParameterValue.DisableHigherVideoResolution`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: disable higher video resolution.
    InvalidParameterValueDisableHigherVideoResolution,
    /// `InvalidParameterValue.Districts`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: districts.
    InvalidParameterValueDistricts,
    /// `InvalidParameterValue.DomainName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: domain name.
    InvalidParameterValueDomainName,
    /// `InvalidParameterValue.DomainNameInBlackList`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: domain name in black list.
    InvalidParameterValueDomainNameInBlackList,
    /// `InvalidParameterValue.DomainNames`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: domain names.
    InvalidParameterValueDomainNames,
    /// `InvalidParameterValue.DrmType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: drm type.
    InvalidParameterValueDrmType,
    /// `InvalidParameterValue.EndDate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: end date.
    InvalidParameterValueEndDate,
    /// `InvalidParameterValue.EndTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: end time.
    InvalidParameterValueEndTime,
    /// `InvalidParameterValue.EndTimeOffset`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: end time offset.
    InvalidParameterValueEndTimeOffset,
    /// `InvalidParameterValue.ExistedName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: existed name.
    InvalidParameterValueExistedName,
    /// `InvalidParameterValue.ExpireTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: expire time.
    InvalidParameterValueExpireTime,
    /// `InvalidParameterValue.ExpiredTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: expired time.
    InvalidParameterValueExpiredTime,
    /// `InvalidParameterValue.ExtendedParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: extended parameter.
    InvalidParameterValueExtendedParameter,
    /// `InvalidParameterValue.FaceDuplicate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: face duplicate.
    InvalidParameterValueFaceDuplicate,
    /// `InvalidParameterValue.FaceLibrary`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: face library.
    InvalidParameterValueFaceLibrary,
    /// `InvalidParameterValue.FaceScore`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: face score.
    InvalidParameterValueFaceScore,
    /// `InvalidParameterValue.FileId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: file id.
    InvalidParameterValueFileId,
    /// `InvalidParameterValue.FileIds`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: file ids.
    InvalidParameterValueFileIds,
    /// `InvalidParameterValue.FileIdsEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: file ids empty.
    InvalidParameterValueFileIdsEmpty,
    /// `InvalidParameterValue.FileIdsOverLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: file ids over limit.
    InvalidParameterValueFileIdsOverLimit,
    /// `InvalidParameterValue.FileIdsTooMany`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: file ids too many.
    InvalidParameterValueFileIdsTooMany,
    /// `InvalidParameterValue.FileType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: file type.
    InvalidParameterValueFileType,
    /// `InvalidParameterValue.FillType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: fill type.
    InvalidParameterValueFillType,
    /// `InvalidParameterValue.FiltrateAudio`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: filtrate audio.
    InvalidParameterValueFiltrateAudio,
    /// `InvalidParameterValue.FiltrateVideo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: filtrate video.
    InvalidParameterValueFiltrateVideo,
    /// `InvalidParameterValue.Format`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: format.
    InvalidParameterValueFormat,
    /// `InvalidParameterValue.FormatWebpLackWidthAndHeight`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: format webp lack width and height.
    InvalidParameterValueFormatWebpLackWidthAndHeight,
    /// `InvalidParameterValue.FormatWebpWidthAndHeightBothZero`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: format webp width and height both zero.
    InvalidParameterValueFormatWebpWidthAndHeightBothZero,
    /// `InvalidParameterValue.Fps`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: fps.
    InvalidParameterValueFps,
    /// `InvalidParameterValue.FrameTagConfigure`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: frame tag configure.
    InvalidParameterValueFrameTagConfigure,
    /// `InvalidParameterValue.FunctionArg`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: function arg.
    InvalidParameterValueFunctionArg,
    /// `InvalidParameterValue.FunctionName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: function name.
    InvalidParameterValueFunctionName,
    /// `InvalidParameterValue.Height`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: height.
    InvalidParameterValueHeight,
    /// `InvalidParameterValue.HighlightConfigure`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: highlight configure.
    InvalidParameterValueHighlightConfigure,
    /// `InvalidParameterValue.ImageContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image content.
    InvalidParameterValueImageContent,
    /// `InvalidParameterValue.ImageDecodeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image decode error.
    InvalidParameterValueImageDecodeError,
    /// `InvalidParameterValue.ImageTemplate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image template.
    InvalidParameterValueImageTemplate,
    /// `InvalidParameterValue.Index`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: index.
    InvalidParameterValueIndex,
    /// `InvalidParameterValue.Interval`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: interval.
    InvalidParameterValueInterval,
    /// `InvalidParameterValue.InvalidOperationType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid operation type.
    InvalidParameterValueInvalidOperationType,
    /// `InvalidParameterValue.IsPersistence`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: is persistence.
    InvalidParameterValueIsPersistence,
    /// `InvalidParameterValue.Isps`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: isps.
    InvalidParameterValueIsps,
    /// `InvalidParameterValue.ItemId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: item id.
    InvalidParameterValueItemId,
    /// `InvalidParameterValue.KeyFrameDescContentTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: key frame desc content too long.
    InvalidParameterValueKeyFrameDescContentTooLong,
    /// `InvalidParameterValue.LabelSet`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: label set.
    InvalidParameterValueLabelSet,
    /// `InvalidParameterValue.Labels`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: labels.
    InvalidParameterValueLabels,
    /// `InvalidParameterValue.Limit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit.
    InvalidParameterValueLimit,
    /// `InvalidParameterValue.LimitTooLarge`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit too large.
    InvalidParameterValueLimitTooLarge,
    /// `InvalidParameterValue.MediaManifestContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: media manifest content.
    InvalidParameterValueMediaManifestContent,
    /// `InvalidParameterValue.MediaStoragePath`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: media storage path.
    InvalidParameterValueMediaStoragePath,
    /// `InvalidParameterValue.MediaType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: media type.
    InvalidParameterValueMediaType,
    /// `InvalidParameterValue.MediaUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: media url.
    InvalidParameterValueMediaUrl,
    /// `InvalidParameterValue.Metric`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: metric.
    InvalidParameterValueMetric,
    /// `InvalidParameterValue.ModifyDefaultTemplate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: modify default template.
    InvalidParameterValueModifyDefaultTemplate,
    /// `InvalidParameterValue.Name`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: name.
    InvalidParameterValueName,
    /// `InvalidParameterValue.NamePrefixes`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: name prefixes.
    InvalidParameterValueNamePrefixes,
    /// `InvalidParameterValue.Names`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: names.
    InvalidParameterValueNames,
    /// `InvalidParameterValue.NotRestorable`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not restorable.
    InvalidParameterValueNotRestorable,
    /// `InvalidParameterValue.ObjectLibrary`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: object library.
    InvalidParameterValueObjectLibrary,
    /// `InvalidParameterValue.Offset`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: offset.
    InvalidParameterValueOffset,
    /// `InvalidParameterValue.OffsetTooLarge`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: offset too large.
    InvalidParameterValueOffsetTooLarge,
    /// `InvalidParameterValue.Operation`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: operation.
    InvalidParameterValueOperation,
    /// `InvalidParameterValue.OriginalStorageClass`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: original storage class.
    InvalidParameterValueOriginalStorageClass,
    /// `InvalidParameterValue.OutputMediaType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: output media type.
    InvalidParameterValueOutputMediaType,
    /// `InvalidParameterValue.ParentId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parent id.
    InvalidParameterValueParentId,
    /// `InvalidParameterValue.PicFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: pic format error.
    InvalidParameterValuePicFormatError,
    /// `InvalidParameterValue.Precision`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: precision.
    InvalidParameterValuePrecision,
    /// `InvalidParameterValue.Procedure`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: procedure.
    InvalidParameterValueProcedure,
    /// `InvalidParameterValue.ProcedureName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: procedure name.
    InvalidParameterValueProcedureName,
    /// `InvalidParameterValue.Quality`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: quality.
    InvalidParameterValueQuality,
    /// `InvalidParameterValue.RemoveAudio`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: remove audio.
    InvalidParameterValueRemoveAudio,
    /// `InvalidParameterValue.RemoveVideo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: remove video.
    InvalidParameterValueRemoveVideo,
    /// `InvalidParameterValue.RepeatType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: repeat type.
    InvalidParameterValueRepeatType,
    /// `InvalidParameterValue.Resolution`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: resolution.
    InvalidParameterValueResolution,
    /// `InvalidParameterValue.ResolutionAdaptive`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: resolution adaptive.
    InvalidParameterValueResolutionAdaptive,
    /// `InvalidParameterValue.RestoreDay`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: restore day.
    InvalidParameterValueRestoreDay,
    /// `InvalidParameterValue.RestoreTier`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: restore tier.
    InvalidParameterValueRestoreTier,
    /// `InvalidParameterValue.ReviewConfidence`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: review confidence.
    InvalidParameterValueReviewConfidence,
    /// `InvalidParameterValue.ReviewWallSwitch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: review wall switch.
    InvalidParameterValueReviewWallSwitch,
    /// `InvalidParameterValue.RoundPlayAlreadyExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: round play already exists.
    InvalidParameterValueRoundPlayAlreadyExists,
    /// `InvalidParameterValue.RoundPlayId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: round play id.
    InvalidParameterValueRoundPlayId,
    /// `InvalidParameterValue.RoundPlaylist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: round playlist.
    InvalidParameterValueRoundPlaylist,
    /// `InvalidParameterValue.RowCount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: row count.
    InvalidParameterValueRowCount,
    /// `InvalidParameterValue.SampleInterval`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: sample interval.
    InvalidParameterValueSampleInterval,
    /// `InvalidParameterValue.SampleRate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: sample rate.
    InvalidParameterValueSampleRate,
    /// `InvalidParameterValue.SampleType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: sample type.
    InvalidParameterValueSampleType,
    /// `InvalidParameterValue.ScenarioType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: scenario type.
    InvalidParameterValueScenarioType,
    /// `InvalidParameterValue.Scheme`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: scheme.
    InvalidParameterValueScheme,
    /// `InvalidParameterValue.SchemeConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: scheme conflict.
    InvalidParameterValueSchemeConflict,
    /// `InvalidParameterValue.ScreenshotInterval`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: screenshot interval.
    InvalidParameterValueScreenshotInterval,
    /// `InvalidParameterValue.SessionContextTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: session context too long.
    InvalidParameterValueSessionContextTooLong,
    /// `InvalidParameterValue.SessionId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: session id.
    InvalidParameterValueSessionId,
    /// `InvalidParameterValue.SessionIdTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: session id too long.
    InvalidParameterValueSessionIdTooLong,
    /// `InvalidParameterValue.Sort`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: sort.
    InvalidParameterValueSort,
    /// `InvalidParameterValue.SoundSystem`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: sound system.
    InvalidParameterValueSoundSystem,
    /// `InvalidParameterValue.SourceDefinition`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: source definition.
    InvalidParameterValueSourceDefinition,
    /// `InvalidParameterValue.SourceType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: source type.
    InvalidParameterValueSourceType,
    /// `InvalidParameterValue.SourceTypes`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: source types.
    InvalidParameterValueSourceTypes,
    /// `InvalidParameterValue.SrcFile`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: src file.
    InvalidParameterValueSrcFile,
    /// `InvalidParameterValue.StartDate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: start date.
    InvalidParameterValueStartDate,
    /// `InvalidParameterValue.StartTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: start time.
    InvalidParameterValueStartTime,
    /// `InvalidParameterValue.StartTimeOffset`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: start time offset.
    InvalidParameterValueStartTimeOffset,
    /// `InvalidParameterValue.Status`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: status.
    InvalidParameterValueStatus,
    /// `InvalidParameterValue.StorageClass`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: storage class.
    InvalidParameterValueStorageClass,
    /// `InvalidParameterValue.StorageRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: storage region.
    InvalidParameterValueStorageRegion,
    /// `InvalidParameterValue.StorageRegions`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: storage regions.
    InvalidParameterValueStorageRegions,
    /// `InvalidParameterValue.StorageType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: storage type.
    InvalidParameterValueStorageType,
    /// `InvalidParameterValue.StreamIdInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: stream id invalid.
    InvalidParameterValueStreamIdInvalid,
    /// `InvalidParameterValue.StreamIds`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: stream ids.
    InvalidParameterValueStreamIds,
    /// `InvalidParameterValue.SubAppId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: sub app id.
    InvalidParameterValueSubAppId,
    /// `InvalidParameterValue.SubtitleFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subtitle format.
    InvalidParameterValueSubtitleFormat,
    /// `InvalidParameterValue.SvgTemplate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: svg template.
    InvalidParameterValueSvgTemplate,
    /// `InvalidParameterValue.SvgTemplateHeight`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: svg template height.
    InvalidParameterValueSvgTemplateHeight,
    /// `InvalidParameterValue.SvgTemplateWidth`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: svg template width.
    InvalidParameterValueSvgTemplateWidth,
    /// `InvalidParameterValue.Switch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: switch.
    InvalidParameterValueSwitch,
    /// `InvalidParameterValue.TEHDType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: TEHD type.
    InvalidParameterValueTehdType,
    /// `InvalidParameterValue.TagConfigure`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag configure.
    InvalidParameterValueTagConfigure,
    /// `InvalidParameterValue.TagTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag too long.
    InvalidParameterValueTagTooLong,
    /// `InvalidParameterValue.Tags`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tags.
    InvalidParameterValueTags,
    /// `InvalidParameterValue.TaskId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: task id.
    InvalidParameterValueTaskId,
    /// `InvalidParameterValue.Text`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: text.
    InvalidParameterValueText,
    /// `InvalidParameterValue.TextAlpha`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: text alpha.
    InvalidParameterValueTextAlpha,
    /// `InvalidParameterValue.TextTemplate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: text template.
    InvalidParameterValueTextTemplate,
    /// `InvalidParameterValue.Thumbnails`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: thumbnails.
    InvalidParameterValueThumbnails,
    /// `InvalidParameterValue.TimeType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: time type.
    InvalidParameterValueTimeType,
    /// `InvalidParameterValue.Type`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: type.
    InvalidParameterValueType,
    /// `InvalidParameterValue.Types`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: types.
    InvalidParameterValueTypes,
    /// `InvalidParameterValue.UniqueIdentifier`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unique identifier.
    InvalidParameterValueUniqueIdentifier,
    /// `InvalidParameterValue.UnsupportDomain`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unsupport domain.
    InvalidParameterValueUnsupportDomain,
    /// `InvalidParameterValue.UnsupportedRestoreTier`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unsupported restore tier.
    InvalidParameterValueUnsupportedRestoreTier,
    /// `InvalidParameterValue.UnsupportedStorageClass`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unsupported storage class.
    InvalidParameterValueUnsupportedStorageClass,
    /// `InvalidParameterValue.UnsupportedTransition`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unsupported transition.
    InvalidParameterValueUnsupportedTransition,
    /// `InvalidParameterValue.Url`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: url.
    InvalidParameterValueUrl,
    /// `InvalidParameterValue.UserDefineLibraryLabelSet`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: user define library label set.
    InvalidParameterValueUserDefineLibraryLabelSet,
    /// `InvalidParameterValue.Vcrf`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vcrf.
    InvalidParameterValueVcrf,
    /// `InvalidParameterValue.VideoBitrate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: video bitrate.
    InvalidParameterValueVideoBitrate,
    /// `InvalidParameterValue.VideoCodec`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: video codec.
    InvalidParameterValueVideoCodec,
    /// `InvalidParameterValue.Vids`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vids.
    InvalidParameterValueVids,
    /// `InvalidParameterValue.VodSessionKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vod session key.
    InvalidParameterValueVodSessionKey,
    /// `InvalidParameterValue.Watermarks`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: watermarks.
    InvalidParameterValueWatermarks,
    /// `InvalidParameterValue.Width`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: width.
    InvalidParameterValueWidth,
    /// `InvalidParameterValue.XPos`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: x pos.
    InvalidParameterValueXPos,
    /// `InvalidParameterValue.YPos`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: y pos.
    InvalidParameterValueYPos,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.KeyFrameDescCountReachMax`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: key frame desc count reach max.
    LimitExceededKeyFrameDescCountReachMax,
    /// `LimitExceeded.PlayList`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: play list.
    LimitExceededPlayList,
    /// `LimitExceeded.Quota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: quota.
    LimitExceededQuota,
    /// `LimitExceeded.RoundPlaylist`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: round playlist.
    LimitExceededRoundPlaylist,
    /// `LimitExceeded.RoundPlays`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: round plays.
    LimitExceededRoundPlays,
    /// `LimitExceeded.RunningRoundPlays`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: running round plays.
    LimitExceededRunningRoundPlays,
    /// `LimitExceeded.TagCountReachMax`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: tag count reach max.
    LimitExceededTagCountReachMax,
    /// `LimitExceeded.TooMuchTemplate`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: too much template.
    LimitExceededTooMuchTemplate,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.CoverUrl`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cover url.
    ResourceNotFoundCoverUrl,
    /// `ResourceNotFound.FileNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: file not exist.
    ResourceNotFoundFileNotExist,
    /// `ResourceNotFound.Person`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: person.
    ResourceNotFoundPerson,
    /// `ResourceNotFound.ServiceNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: service not exist.
    ResourceNotFoundServiceNotExist,
    /// `ResourceNotFound.TemplateNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: template not exist.
    ResourceNotFoundTemplateNotExist,
    /// `ResourceNotFound.UserNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: user not exist.
    ResourceNotFoundUserNotExist,
    /// `ResourceNotFound.Word`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: word.
    ResourceNotFoundWord,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.MasterPlaylist`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: master playlist.
    ResourceUnavailableMasterPlaylist,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.DomainRecordNotVerified`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: domain record not verified.
    UnauthorizedOperationDomainRecordNotVerified,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.ClassNotEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: class not empty.
    UnsupportedOperationClassNotEmpty,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 246] = [
        "AuthFailure",
        "FailedOperation",
        "FailedOperation.ClassLevelLimitExceeded",
        "FailedOperation.ClassNameDuplicate",
        "FailedOperation.ClassNoFound",
        "FailedOperation.CoverType",
        "FailedOperation.DBError",
        "FailedOperation.DomainDeploying",
        "FailedOperation.InvalidAccount",
        "FailedOperation.InvalidVodUser",
        "FailedOperation.MediaForbidedBySystem",
        "FailedOperation.MediaType",
        "FailedOperation.NetWorkError",
        "FailedOperation.NoNeedToReduceMediaBitrate",
        "FailedOperation.NoPrivileges",
        "FailedOperation.ParentIdNoFound",
        "FailedOperation.SubclassLimitExceeded",
        "FailedOperation.TaskDuplicate",
        "FailedOperation.UploadCosFail",
        "FailedOperation.UserStatusInavlid",
        "InternalError",
        "InternalError.DBError",
        "InternalError.GenDefinition",
        "InternalError.GetFileInfoError",
        "InternalError.GetMediaListError",
        "InternalError.TimeParseError",
        "InternalError.UpdateMediaError",
        "InternalError.UploadCoverImageError",
        "InternalError.UploadWatermarkError",
        "InvalidParameter",
        "InvalidParameter.ExistedProcedureName",
        "InvalidParameter.ExpireTime",
        "InvalidParameter.Labels",
        "InvalidParameter.ProcedureNameNotExist",
        "InvalidParameter.StorageRegion",
        "InvalidParameter.ViolationContent",
        "InvalidParameterValue",
        "InvalidParameterValue.AddKeyFrameDescsAndClearKeyFrameDescsConflict",
        "InvalidParameterValue.AddKeyFrameDescsAndDeleteKeyFrameDescsConflict",
        "InvalidParameterValue.AddTagsAndClearTagsConflict",
        "InvalidParameterValue.AddTagsAndDeleteTagsConflict",
        "InvalidParameterValue.AiAnalysisTaskDefinition",
        "InvalidParameterValue.AiContentReviewTaskDefinition",
        "InvalidParameterValue.AiRecognitionTaskDefinition",
        "InvalidParameterValue.AppId",
        "InvalidParameterValue.Area",
        "InvalidParameterValue.AudioBitrate",
        "InvalidParameterValue.AudioChannel",
        "InvalidParameterValue.AudioCodec",
        "InvalidParameterValue.AudioSampleRate",
        "InvalidParameterValue.Bitrate",
        "InvalidParameterValue.BlockConfidence",
        "InvalidParameterValue.Categories",
        "InvalidParameterValue.ClassId",
        "InvalidParameterValue.ClassIds",
        "InvalidParameterValue.ClassName",
        "InvalidParameterValue.ClassifcationConfigure",
        "InvalidParameterValue.ClipDuration",
        "InvalidParameterValue.Codec",
        "InvalidParameterValue.ColumnCount",
        "InvalidParameterValue.Comment",
        "InvalidParameterValue.Container",
        "InvalidParameterValue.ContainerType",
        "InvalidParameterValue.CoordinateOrigin",
        "InvalidParameterValue.CoverConfigure",
        "InvalidParameterValue.CoverType",
        "InvalidParameterValue.CoverUrl",
        "InvalidParameterValue.CutAndCrops",
        "InvalidParameterValue.DataInterval",
        "InvalidParameterValue.DataType",
        "InvalidParameterValue.Date",
        "InvalidParameterValue.DefaultLibraryLabelSet",
        "InvalidParameterValue.Definition",
        "InvalidParameterValue.Definitions",
        "InvalidParameterValue.DeleteDefaultTemplate",
        "InvalidParameterValue.Description",
        "InvalidParameterValue.DisableHigherVideoBitrate",
        "InvalidParameterValue.DisableHigherVideoResolution",
        "InvalidParameterValue.Districts",
        "InvalidParameterValue.DomainName",
        "InvalidParameterValue.DomainNameInBlackList",
        "InvalidParameterValue.DomainNames",
        "InvalidParameterValue.DrmType",
        "InvalidParameterValue.EndDate",
        "InvalidParameterValue.EndTime",
        "InvalidParameterValue.EndTimeOffset",
        "InvalidParameterValue.ExistedName",
        "InvalidParameterValue.ExpireTime",
        "InvalidParameterValue.ExpiredTime",
        "InvalidParameterValue.ExtendedParameter",
        "InvalidParameterValue.FaceDuplicate",
        "InvalidParameterValue.FaceLibrary",
        "InvalidParameterValue.FaceScore",
        "InvalidParameterValue.FileId",
        "InvalidParameterValue.FileIds",
        "InvalidParameterValue.FileIdsEmpty",
        "InvalidParameterValue.FileIdsOverLimit",
        "InvalidParameterValue.FileIdsTooMany",
        "InvalidParameterValue.FileType",
        "InvalidParameterValue.FillType",
        "InvalidParameterValue.FiltrateAudio",
        "InvalidParameterValue.FiltrateVideo",
        "InvalidParameterValue.Format",
        "InvalidParameterValue.FormatWebpLackWidthAndHeight",
        "InvalidParameterValue.FormatWebpWidthAndHeightBothZero",
        "InvalidParameterValue.Fps",
        "InvalidParameterValue.FrameTagConfigure",
        "InvalidParameterValue.FunctionArg",
        "InvalidParameterValue.FunctionName",
        "InvalidParameterValue.Height",
        "InvalidParameterValue.HighlightConfigure",
        "InvalidParameterValue.ImageContent",
        "InvalidParameterValue.ImageDecodeError",
        "InvalidParameterValue.ImageTemplate",
        "InvalidParameterValue.Index",
        "InvalidParameterValue.Interval",
        "InvalidParameterValue.InvalidOperationType",
        "InvalidParameterValue.IsPersistence",
        "InvalidParameterValue.Isps",
        "InvalidParameterValue.ItemId",
        "InvalidParameterValue.KeyFrameDescContentTooLong",
        "InvalidParameterValue.LabelSet",
        "InvalidParameterValue.Labels",
        "InvalidParameterValue.Limit",
        "InvalidParameterValue.LimitTooLarge",
        "InvalidParameterValue.MediaManifestContent",
        "InvalidParameterValue.MediaStoragePath",
        "InvalidParameterValue.MediaType",
        "InvalidParameterValue.MediaUrl",
        "InvalidParameterValue.Metric",
        "InvalidParameterValue.ModifyDefaultTemplate",
        "InvalidParameterValue.Name",
        "InvalidParameterValue.NamePrefixes",
        "InvalidParameterValue.Names",
        "InvalidParameterValue.NotRestorable",
        "InvalidParameterValue.ObjectLibrary",
        "InvalidParameterValue.Offset",
        "InvalidParameterValue.OffsetTooLarge",
        "InvalidParameterValue.Operation",
        "InvalidParameterValue.OriginalStorageClass",
        "InvalidParameterValue.OutputMediaType",
        "InvalidParameterValue.ParentId",
        "InvalidParameterValue.PicFormatError",
        "InvalidParameterValue.Precision",
        "InvalidParameterValue.Procedure",
        "InvalidParameterValue.ProcedureName",
        "InvalidParameterValue.Quality",
        "InvalidParameterValue.RemoveAudio",
        "InvalidParameterValue.RemoveVideo",
        "InvalidParameterValue.RepeatType",
        "InvalidParameterValue.Resolution",
        "InvalidParameterValue.ResolutionAdaptive",
        "InvalidParameterValue.RestoreDay",
        "InvalidParameterValue.RestoreTier",
        "InvalidParameterValue.ReviewConfidence",
        "InvalidParameterValue.ReviewWallSwitch",
        "InvalidParameterValue.RoundPlayAlreadyExists",
        "InvalidParameterValue.RoundPlayId",
        "InvalidParameterValue.RoundPlaylist",
        "InvalidParameterValue.RowCount",
        "InvalidParameterValue.SampleInterval",
        "InvalidParameterValue.SampleRate",
        "InvalidParameterValue.SampleType",
        "InvalidParameterValue.ScenarioType",
        "InvalidParameterValue.Scheme",
        "InvalidParameterValue.SchemeConflict",
        "InvalidParameterValue.ScreenshotInterval",
        "InvalidParameterValue.SessionContextTooLong",
        "InvalidParameterValue.SessionId",
        "InvalidParameterValue.SessionIdTooLong",
        "InvalidParameterValue.Sort",
        "InvalidParameterValue.SoundSystem",
        "InvalidParameterValue.SourceDefinition",
        "InvalidParameterValue.SourceType",
        "InvalidParameterValue.SourceTypes",
        "InvalidParameterValue.SrcFile",
        "InvalidParameterValue.StartDate",
        "InvalidParameterValue.StartTime",
        "InvalidParameterValue.StartTimeOffset",
        "InvalidParameterValue.Status",
        "InvalidParameterValue.StorageClass",
        "InvalidParameterValue.StorageRegion",
        "InvalidParameterValue.StorageRegions",
        "InvalidParameterValue.StorageType",
        "InvalidParameterValue.StreamIdInvalid",
        "InvalidParameterValue.StreamIds",
        "InvalidParameterValue.SubAppId",
        "InvalidParameterValue.SubtitleFormat",
        "InvalidParameterValue.SvgTemplate",
        "InvalidParameterValue.SvgTemplateHeight",
        "InvalidParameterValue.SvgTemplateWidth",
        "InvalidParameterValue.Switch",
        "InvalidParameterValue.TEHDType",
        "InvalidParameterValue.TagConfigure",
        "InvalidParameterValue.TagTooLong",
        "InvalidParameterValue.Tags",
        "InvalidParameterValue.TaskId",
        "InvalidParameterValue.Text",
        "InvalidParameterValue.TextAlpha",
        "InvalidParameterValue.TextTemplate",
        "InvalidParameterValue.Thumbnails",
        "InvalidParameterValue.TimeType",
        "InvalidParameterValue.Type",
        "InvalidParameterValue.Types",
        "InvalidParameterValue.UniqueIdentifier",
        "InvalidParameterValue.UnsupportDomain",
        "InvalidParameterValue.UnsupportedRestoreTier",
        "InvalidParameterValue.UnsupportedStorageClass",
        "InvalidParameterValue.UnsupportedTransition",
        "InvalidParameterValue.Url",
        "InvalidParameterValue.UserDefineLibraryLabelSet",
        "InvalidParameterValue.Vcrf",
        "InvalidParameterValue.VideoBitrate",
        "InvalidParameterValue.VideoCodec",
        "InvalidParameterValue.Vids",
        "InvalidParameterValue.VodSessionKey",
        "InvalidParameterValue.Watermarks",
        "InvalidParameterValue.Width",
        "InvalidParameterValue.XPos",
        "InvalidParameterValue.YPos",
        "LimitExceeded",
        "LimitExceeded.KeyFrameDescCountReachMax",
        "LimitExceeded.PlayList",
        "LimitExceeded.Quota",
        "LimitExceeded.RoundPlaylist",
        "LimitExceeded.RoundPlays",
        "LimitExceeded.RunningRoundPlays",
        "LimitExceeded.TagCountReachMax",
        "LimitExceeded.TooMuchTemplate",
        "MissingParameter",
        "RequestLimitExceeded",
        "ResourceNotFound",
        "ResourceNotFound.CoverUrl",
        "ResourceNotFound.FileNotExist",
        "ResourceNotFound.Person",
        "ResourceNotFound.ServiceNotExist",
        "ResourceNotFound.TemplateNotExist",
        "ResourceNotFound.UserNotExist",
        "ResourceNotFound.Word",
        "ResourceUnavailable",
        "ResourceUnavailable.MasterPlaylist",
        "UnauthorizedOperation",
        "UnauthorizedOperation.DomainRecordNotVerified",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.ClassNotEmpty",
    ];
    static NAME_CODES: [u32; 3] = [6, 21, 192];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationDbErrorInternalErrorDbErrorInvalidParameterValueTehdType",
        ends: &[0, 22, 42, 71],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed.The operation failed: class level limit exceeded.The operation failed: class name duplicate.The operation failed: class no found.The operation failed: cover type.The operation failed: DB error.The operation failed: domain deploying.The operation failed: invalid account.The operation failed: invalid vod user.The operation failed: media forbided by system.The operation failed: media type.The operation failed: net work error.The operation failed: no need to reduce media bitrate.The operation failed: no privileges.The operation failed: parent id no found.The operation failed: subclass limit exceeded.The operation failed: task duplicate.The operation failed: upload cos fail.The operation failed: user status inavlid.An internal error occurred.An internal error occurred: DB error.An internal error occurred: gen definition.An internal error occurred: get file info error.An internal error occurred: get media list error.An internal error occurred: time parse error.An internal error occurred: update media error.An internal error occurred: upload cover image error.An internal error occurred: upload watermark error.A parameter is invalid.A parameter is invalid: existed procedure name.A parameter is invalid: expire time.A parameter is invalid: labels.A parameter is invalid: procedure name not exist.A parameter is invalid: storage region.A parameter is invalid: violation content.A parameter value is invalid.A parameter value is invalid: add key frame descs and clear key frame descs conflict.A parameter value is invalid: add key frame descs and delete key frame descs conflict.A parameter value is invalid: add tags and clear tags conflict.A parameter value is invalid: add tags and delete tags conflict.A parameter value is invalid: ai analysis task definition.A parameter value is invalid: ai content review task definition.A parameter value is invalid: ai recognition task definition.A parameter value is invalid: app id.A parameter value is invalid: area.A parameter value is invalid: audio bitrate.A parameter value is invalid: audio channel.A parameter value is invalid: audio codec.A parameter value is invalid: audio sample rate.A parameter value is invalid: bitrate.A parameter value is invalid: block confidence.A parameter value is invalid: categories.A parameter value is invalid: class id.A parameter value is invalid: class ids.A parameter value is invalid: class name.A parameter value is invalid: classifcation configure.A parameter value is invalid: clip duration.A parameter value is invalid: codec.A parameter value is invalid: column count.A parameter value is invalid: comment.A parameter value is invalid: container.A parameter value is invalid: container type.A parameter value is invalid: coordinate origin.A parameter value is invalid: cover configure.A parameter value is invalid: cover type.A parameter value is invalid: cover url.A parameter value is invalid: cut and crops.A parameter value is invalid: data interval.A parameter value is invalid: data type.A parameter value is invalid: date.A parameter value is invalid: default library label set.A parameter value is invalid: definition.A parameter value is invalid: definitions.A parameter value is invalid: delete default template.A parameter value is invalid: description.A parameter value is invalid: disable higher video bitrate.A parameter value is invalid: disable higher video resolution.A parameter value is invalid: districts.A parameter value is invalid: domain name.A parameter value is invalid: domain name in black list.A parameter value is invalid: domain names.A parameter value is invalid: drm type.A parameter value is invalid: end date.A parameter value is invalid: end time.A parameter value is invalid: end time offset.A parameter value is invalid: existed name.A parameter value is invalid: expire time.A parameter value is invalid: expired time.A parameter value is invalid: extended parameter.A parameter value is invalid: face duplicate.A parameter value is invalid: face library.A parameter value is invalid: face score.A parameter value is invalid: file id.A parameter value is invalid: file ids.A parameter value is invalid: file ids empty.A parameter value is invalid: file ids over limit.A parameter value is invalid: file ids too many.A parameter value is invalid: file type.A parameter value is invalid: fill type.A parameter value is invalid: filtrate audio.A parameter value is invalid: filtrate video.A parameter value is invalid: format.A parameter value is invalid: format webp lack width and height.A parameter value is invalid: format webp width and height both zero.A parameter value is invalid: fps.A parameter value is invalid: frame tag configure.A parameter value is invalid: function arg.A parameter value is invalid: function name.A parameter value is invalid: height.A parameter value is invalid: highlight configure.A parameter value is invalid: image content.A parameter value is invalid: image decode error.A parameter value is invalid: image template.A parameter value is invalid: index.A parameter value is invalid: interval.A parameter value is invalid: invalid operation type.A parameter value is invalid: is persistence.A parameter value is invalid: isps.A parameter value is invalid: item id.A parameter value is invalid: key frame desc content too long.A parameter value is invalid: label set.A parameter value is invalid: labels.A parameter value is invalid: limit.A parameter value is invalid: limit too large.A parameter value is invalid: media manifest content.A parameter value is invalid: media storage path.A parameter value is invalid: media type.A parameter value is invalid: media url.A parameter value is invalid: metric.A parameter value is invalid: modify default template.A parameter value is invalid: name.A parameter value is invalid: name prefixes.A parameter value is invalid: names.A parameter value is invalid: not restorable.A parameter value is invalid: object library.A parameter value is invalid: offset.A parameter value is invalid: offset too large.A parameter value is invalid: operation.A parameter value is invalid: original storage class.A parameter value is invalid: output media type.A parameter value is invalid: parent id.A parameter value is invalid: pic format error.A parameter value is invalid: precision.A parameter value is invalid: procedure.A parameter value is invalid: procedure name.A parameter value is invalid: quality.A parameter value is invalid: remove audio.A parameter value is invalid: remove video.A parameter value is invalid: repeat type.A parameter value is invalid: resolution.A parameter value is invalid: resolution adaptive.A parameter value is invalid: restore day.A parameter value is invalid: restore tier.A parameter value is invalid: review confidence.A parameter value is invalid: review wall switch.A parameter value is invalid: round play already exists.A parameter value is invalid: round play id.A parameter value is invalid: round playlist.A parameter value is invalid: row count.A parameter value is invalid: sample interval.A parameter value is invalid: sample rate.A parameter value is invalid: sample type.A parameter value is invalid: scenario type.A parameter value is invalid: scheme.A parameter value is invalid: scheme conflict.A parameter value is invalid: screenshot interval.A parameter value is invalid: session context too long.A parameter value is invalid: session id.A parameter value is invalid: session id too long.A parameter value is invalid: sort.A parameter value is invalid: sound system.A parameter value is invalid: source definition.A parameter value is invalid: source type.A parameter value is invalid: source types.A parameter value is invalid: src file.A parameter value is invalid: start date.A parameter value is invalid: start time.A parameter value is invalid: start time offset.A parameter value is invalid: status.A parameter value is invalid: storage class.A parameter value is invalid: storage region.A parameter value is invalid: storage regions.A parameter value is invalid: storage type.A parameter value is invalid: stream id invalid.A parameter value is invalid: stream ids.A parameter value is invalid: sub app id.A parameter value is invalid: subtitle format.A parameter value is invalid: svg template.A parameter value is invalid: svg template height.A parameter value is invalid: svg template width.A parameter value is invalid: switch.A parameter value is invalid: TEHD type.A parameter value is invalid: tag configure.A parameter value is invalid: tag too long.A parameter value is invalid: tags.A parameter value is invalid: task id.A parameter value is invalid: text.A parameter value is invalid: text alpha.A parameter value is invalid: text template.A parameter value is invalid: thumbnails.A parameter value is invalid: time type.A parameter value is invalid: type.A parameter value is invalid: types.A parameter value is invalid: unique identifier.A parameter value is invalid: unsupport domain.A parameter value is invalid: unsupported restore tier.A parameter value is invalid: unsupported storage class.A parameter value is invalid: unsupported transition.A parameter value is invalid: url.A parameter value is invalid: user define library label set.A parameter value is invalid: vcrf.A parameter value is invalid: video bitrate.A parameter value is invalid: video codec.A parameter value is invalid: vids.A parameter value is invalid: vod session key.A parameter value is invalid: watermarks.A parameter value is invalid: width.A parameter value is invalid: x pos.A parameter value is invalid: y pos.A limit was exceeded.A limit was exceeded: key frame desc count reach max.A limit was exceeded: play list.A limit was exceeded: quota.A limit was exceeded: round playlist.A limit was exceeded: round plays.A limit was exceeded: running round plays.A limit was exceeded: tag count reach max.A limit was exceeded: too much template.A required parameter is missing.Too many requests were sent.The resource was not found.The resource was not found: cover url.The resource was not found: file not exist.The resource was not found: person.The resource was not found: service not exist.The resource was not found: template not exist.The resource was not found: user not exist.The resource was not found: word.The resource is unavailable.The resource is unavailable: master playlist.The operation is not authorized.The operation is not authorized: domain record not verified.An unknown parameter was given.The operation is not supported.The operation is not supported: class not empty.",
        ends: &[
            0, 22, 43, 92, 135, 172, 205, 236, 275, 313, 352, 399, 432, 469, 523, 559,
            600, 646, 683, 721, 763, 790, 827, 870, 918, 967, 1012, 1059, 1112, 1163,
            1186, 1233, 1269, 1300, 1349, 1388, 1430, 1459, 1544, 1630, 1693, 1757, 1815,
            1879, 1940, 1977, 2012, 2056, 2100, 2142, 2190, 2228, 2275, 2316, 2355, 2395,
            2436, 2490, 2534, 2570, 2613, 2651, 2691, 2736, 2784, 2830, 2871, 2911, 2955,
            2999, 3039, 3074, 3130, 3171, 3213, 3267, 3309, 3368, 3430, 3470, 3512, 3568,
            3611, 3650, 3689, 3728, 3774, 3817, 3859, 3902, 3951, 3996, 4039, 4080, 4118,
            4157, 4202, 4252, 4300, 4340, 4380, 4425, 4470, 4507, 4571, 4640, 4674, 4724,
            4767, 4811, 4848, 4898, 4942, 4991, 5036, 5072, 5111, 5164, 5209, 5244, 5282,
            5344, 5384, 5421, 5457, 5503, 5556, 5605, 5646, 5686, 5723, 5777, 5812, 5856,
            5892, 5937, 5982, 6019, 6066, 6106, 6159, 6207, 6247, 6294, 6334, 6374, 6419,
            6457, 6500, 6543, 6585, 6626, 6676, 6718, 6761, 6809, 6858, 6914, 6958, 7003,
            7043, 7089, 7131, 7173, 7217, 7254, 7300, 7350, 7405, 7446, 7496, 7531, 7574,
            7622, 7664, 7707, 7746, 7787, 7828, 7876, 7913, 7957, 8002, 8048, 8091, 8139,
            8180, 8221, 8267, 8310, 8360, 8409, 8446, 8486, 8530, 8573, 8608, 8646, 8681,
            8722, 8766, 8807, 8847, 8882, 8918, 8966, 9013, 9068, 9124, 9177, 9211, 9271,
            9306, 9350, 9392, 9427, 9473, 9514, 9550, 9586, 9622, 9643, 9696, 9728, 9756,
            9793, 9827, 9869, 9911, 9951, 9983, 10011, 10038, 10076, 10119, 10154, 10200,
            10247, 10290, 10323, 10351, 10396, 10428, 10488, 10519, 10550, 10598,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 246] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaabbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaccccaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 246] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiiiiiiiiiiimmmmmmmmmccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccchhhhhhhhhcheeeeeeeeiiggcli",
    );
    static PILOTS: [u16; 62] = [
        52, 63, 6, 28, 12, 6, 0, 7, 1, 0, 32, 11, 19, 1, 4, 107, 7, 23, 40, 0, 0, 8, 18,
        74, 117, 2, 0, 25, 1, 7, 0, 0, 12, 1, 19, 5, 15, 10, 217, 0, 3, 1, 2, 0, 9, 20,
        10, 53, 183, 7, 91, 0, 13, 25, 56, 14, 11, 62, 89, 0, 33, 21,
    ];
    static SLOTS: [(&str, u32); 273] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            223, 4294967295, 73, 204, 60, 237, 179, 133, 88, 157, 163, 4294967295, 147,
            120, 52, 174, 165, 181, 12, 2, 4294967295, 32, 108, 146, 207, 224, 138, 16,
            107, 117, 184, 96, 142, 150, 169, 113, 212, 97, 103, 4294967295, 228, 39, 91,
            130, 243, 231, 4294967295, 4294967295, 116, 89, 122, 162, 67, 238, 232, 221,
            22, 188, 195, 167, 26, 4294967295, 244, 139, 203, 4294967295, 79, 4294967295,
            140, 220, 43, 115, 187, 200, 182, 245, 20, 206, 123, 46, 135, 49, 4294967295,
            144, 132, 119, 41, 148, 5, 74, 4294967295, 131, 151, 93, 154, 81, 177, 112,
            82, 161, 31, 208, 4294967295, 29, 137, 45, 54, 23, 114, 124, 94, 176, 216,
            186, 128, 4, 4294967295, 35, 215, 90, 33, 4294967295, 44, 18, 15, 64, 6, 149,
            68, 58, 78, 125, 214, 213, 4294967295, 210, 4294967295, 118, 61, 194, 48,
            105, 86, 10, 230, 8, 53, 111, 7, 136, 199, 62, 234, 101, 141, 63, 25, 40,
            178, 76, 102, 183, 4294967295, 13, 4294967295, 192, 95, 202, 77, 21, 211,
            4294967295, 42, 14, 66, 4294967295, 109, 127, 1, 156, 175, 219, 229, 155, 72,
            30, 143, 28, 27, 158, 84, 129, 180, 55, 218, 71, 4294967295, 241, 19, 106,
            191, 168, 173, 110, 51, 126, 4294967295, 87, 80, 9, 85, 50, 222, 205, 217,
            171, 24, 47, 36, 160, 227, 189, 152, 134, 185, 38, 83, 239, 0, 98, 198, 34,
            159, 235, 57, 65, 70, 4294967295, 69, 226, 170, 145, 3, 4294967295, 233, 166,
            75, 100, 99, 201, 240, 104, 37, 92, 164, 209, 4294967295, 11, 193, 59,
            4294967295, 4294967295, 236, 56, 121, 196, 17, 197, 153, 190, 225, 242, 172,
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
    const PROVIDER: &'static str = "Tencent Cloud VOD v20180717";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud VOD v20180717's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud VOD v20180717: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
