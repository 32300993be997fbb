// @generated from catalogs/tencent/mps.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud MPS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud MPS: a variant per documented code,
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
    /// `FailedOperation.BucketNotifyAlreadyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: bucket notify already exist.
    FailedOperationBucketNotifyAlreadyExist,
    /// `FailedOperation.CosStatusInavlid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cos status inavlid.
    FailedOperationCosStatusInavlid,
    /// `FailedOperation.CreateAIGCTaskFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create AIGC task failed.
    FailedOperationCreateAigcTaskFailed,
    /// `FailedOperation.GenerateResource`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: generate resource.
    FailedOperationGenerateResource,
    /// `FailedOperation.GetSourceNotify`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get source notify.
    FailedOperationGetSourceNotify,
    /// `FailedOperation.InvalidMpsUser`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid mps user.
    FailedOperationInvalidMpsUser,
    /// `FailedOperation.InvalidUser`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid user.
    FailedOperationInvalidUser,
    /// `FailedOperation.NetWorkError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: net work error.
    FailedOperationNetWorkError,
    /// `FailedOperation.QueryAIGCTaskFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query AIGC task failed.
    FailedOperationQueryAigcTaskFailed,
    /// `FailedOperation.SetSourceNotify`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: set source notify.
    FailedOperationSetSourceNotify,
    /// `FailedOperation.TaskNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task not found.
    FailedOperationTaskNotFound,
    /// `FailedOperation.UserArrears`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user arrears.
    FailedOperationUserArrears,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.AccessDBError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: access DB error.
    InternalErrorAccessDbError,
    /// `InternalError.GenDefinition`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: gen definition.
    InternalErrorGenDefinition,
    /// `InternalError.GetSSAIChannelsFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get SSAI channels failed.
    InternalErrorGetSsaiChannelsFailed,
    /// `InternalError.GetSSAIUsagePartialFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get SSAI usage partial failed.
    InternalErrorGetSsaiUsagePartialFailed,
    /// `InternalError.RecognitionError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: recognition error.
    InternalErrorRecognitionError,
    /// `InternalError.UploadWatermarkError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: upload watermark error.
    InternalErrorUploadWatermarkError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.AlreadyAssociatedInput`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: already associated input.
    InvalidParameterAlreadyAssociatedInput,
    /// `InvalidParameter.AppId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: app id.
    InvalidParameterAppId,
    /// `InvalidParameter.AuthInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: auth info.
    InvalidParameterAuthInfo,
    /// `InvalidParameter.CacheInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cache info.
    InvalidParameterCacheInfo,
    /// `InvalidParameter.EndTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: end time.
    InvalidParameterEndTime,
    /// `InvalidParameter.ExceededQuantityLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: exceeded quantity limit.
    InvalidParameterExceededQuantityLimit,
    /// `InvalidParameter.Id`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: id.
    InvalidParameterId,
    /// `InvalidParameter.Input`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: input.
    InvalidParameterInput,
    /// `InvalidParameter.InputInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: input info.
    InvalidParameterInputInfo,
    /// `InvalidParameter.InputOutputId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: input output id.
    InvalidParameterInputOutputId,
    /// `InvalidParameter.InvalidParameterChannelId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter channel id.
    InvalidParameterInvalidParameterChannelId,
    /// `InvalidParameter.InvalidUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid url.
    InvalidParameterInvalidUrl,
    /// `InvalidParameter.MaxBandwidth`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: max bandwidth.
    InvalidParameterMaxBandwidth,
    /// `InvalidParameter.ModelNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: model not supported.
    InvalidParameterModelNotSupported,
    /// `InvalidParameter.Name`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: name.
    InvalidParameterName,
    /// `InvalidParameter.NotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: not found.
    InvalidParameterNotFound,
    /// `InvalidParameter.Output`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: output.
    InvalidParameterOutput,
    /// `InvalidParameter.OutputGroups`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: output groups.
    InvalidParameterOutputGroups,
    /// `InvalidParameter.OutputId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: output id.
    InvalidParameterOutputId,
    /// `InvalidParameter.PageNum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: page num.
    InvalidParameterPageNum,
    /// `InvalidParameter.PageSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: page size.
    InvalidParameterPageSize,
    /// `InvalidParameter.Period`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: period.
    InvalidParameterPeriod,
    /// `InvalidParameter.Pipeline`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: pipeline.
    InvalidParameterPipeline,
    /// `InvalidParameter.Points`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: points.
    InvalidParameterPoints,
    /// `InvalidParameter.Protocol`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: protocol.
    InvalidParameterProtocol,
    /// `InvalidParameter.SSAIInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: SSAI info.
    InvalidParameterSsaiInfo,
    /// `InvalidParameter.SortType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: sort type.
    InvalidParameterSortType,
    /// `InvalidParameter.StartTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: start time.
    InvalidParameterStartTime,
    /// `InvalidParameter.State`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: state.
    InvalidParameterState,
    /// `InvalidParameter.Type`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: type.
    InvalidParameterType,
    /// `InvalidParameter.Url`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: url.
    InvalidParameterUrl,
    /// `InvalidParameter.Value`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: value.
    InvalidParameterValue,
    /// `InvalidParameter.ViolationContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: violation content.
    InvalidParameterViolationContent,
    /// `InvalidParameter.Whitelist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: whitelist.
    InvalidParameterWhitelist,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue2,
    /// `InvalidParameterValue.AsrHotWordsConfigure`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: asr hot words configure.
    InvalidParameterValueAsrHotWordsConfigure,
    /// `InvalidParameterValue.AsrHotWordsLibraryId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: asr hot words library id.
    InvalidParameterValueAsrHotWordsLibraryId,
    /// `InvalidParameterValue.AsrHotWordsSwitch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: asr hot words switch.
    InvalidParameterValueAsrHotWordsSwitch,
    /// `InvalidParameterValue.AudioBitrate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: audio bitrate.
    InvalidParameterValueAudioBitrate,
    /// `InvalidParameterValue.AudioChannel`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: audio channel.
    InvalidParameterValueAudioChannel,
    /// `InvalidParameterValue.AudioCodec`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: audio codec.
    InvalidParameterValueAudioCodec,
    /// `InvalidParameterValue.AudioData`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: audio data.
    InvalidParameterValueAudioData,
    /// `InvalidParameterValue.AudioDataTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: audio data too long.
    InvalidParameterValueAudioDataTooLong,
    /// `InvalidParameterValue.AudioFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: audio format.
    InvalidParameterValueAudioFormat,
    /// `InvalidParameterValue.AudioSampleRate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: audio sample rate.
    InvalidParameterValueAudioSampleRate,
    /// `InvalidParameterValue.AutoAreas`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: auto areas.
    InvalidParameterValueAutoAreas,
    /// `InvalidParameterValue.Bitrate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bitrate.
    InvalidParameterValueBitrate,
    /// `InvalidParameterValue.BlockConfidence`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: block confidence.
    InvalidParameterValueBlockConfidence,
    /// `InvalidParameterValue.ClassifcationConfigure`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: classifcation configure.
    InvalidParameterValueClassifcationConfigure,
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
    /// `InvalidParameterValue.CustomAreas`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: custom areas.
    InvalidParameterValueCustomAreas,
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
    /// `InvalidParameterValue.DestinationLanguage`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: destination language.
    InvalidParameterValueDestinationLanguage,
    /// `InvalidParameterValue.DisableHigherVideoBitrate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: disable higher video bitrate.
    InvalidParameterValueDisableHigherVideoBitrate,
    /// `InvalidParameterValue.DisableHigherVideoResolution`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: disable higher video resolution.
    InvalidParameterValueDisableHigherVideoResolution,
    /// `InvalidParameterValue.DuplicatedTextContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicated text content.
    InvalidParameterValueDuplicatedTextContent,
    /// `InvalidParameterValue.DurationTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duration too long.
    InvalidParameterValueDurationTooLong,
    /// `InvalidParameterValue.EmptyDetectItem`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: empty detect item.
    InvalidParameterValueEmptyDetectItem,
    /// `InvalidParameterValue.ErasePrivacyConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: erase privacy config.
    InvalidParameterValueErasePrivacyConfig,
    /// `InvalidParameterValue.EraseSubtitleConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: erase subtitle config.
    InvalidParameterValueEraseSubtitleConfig,
    /// `InvalidParameterValue.EraseType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: erase type.
    InvalidParameterValueEraseType,
    /// `InvalidParameterValue.EraseWatermarkConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: erase watermark config.
    InvalidParameterValueEraseWatermarkConfig,
    /// `InvalidParameterValue.FaceDuplicate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: face duplicate.
    InvalidParameterValueFaceDuplicate,
    /// `InvalidParameterValue.FaceLibrary`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: face library.
    InvalidParameterValueFaceLibrary,
    /// `InvalidParameterValue.FaceScore`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: face score.
    InvalidParameterValueFaceScore,
    /// `InvalidParameterValue.FillType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: fill type.
    InvalidParameterValueFillType,
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
    /// `InvalidParameterValue.Gop`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: gop.
    InvalidParameterValueGop,
    /// `InvalidParameterValue.Height`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: height.
    InvalidParameterValueHeight,
    /// `InvalidParameterValue.HotWordsNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: hot words not exist.
    InvalidParameterValueHotWordsNotExist,
    /// `InvalidParameterValue.HotwordsFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: hotwords format error.
    InvalidParameterValueHotwordsFormatError,
    /// `InvalidParameterValue.ImageContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image content.
    InvalidParameterValueImageContent,
    /// `InvalidParameterValue.ImageTemplate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image template.
    InvalidParameterValueImageTemplate,
    /// `InvalidParameterValue.InputInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: input info.
    InvalidParameterValueInputInfo,
    /// `InvalidParameterValue.InvalidContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid content.
    InvalidParameterValueInvalidContent,
    /// `InvalidParameterValue.InvalidOperationType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid operation type.
    InvalidParameterValueInvalidOperationType,
    /// `InvalidParameterValue.LabelSet`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: label set.
    InvalidParameterValueLabelSet,
    /// `InvalidParameterValue.Limit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit.
    InvalidParameterValueLimit,
    /// `InvalidParameterValue.ModifyDefaultTemplate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: modify default template.
    InvalidParameterValueModifyDefaultTemplate,
    /// `InvalidParameterValue.Name`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: name.
    InvalidParameterValueName,
    /// `InvalidParameterValue.NotProcessingTask`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not processing task.
    InvalidParameterValueNotProcessingTask,
    /// `InvalidParameterValue.ObjectLibrary`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: object library.
    InvalidParameterValueObjectLibrary,
    /// `InvalidParameterValue.OcrSwitch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ocr switch.
    InvalidParameterValueOcrSwitch,
    /// `InvalidParameterValue.PicFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: pic format error.
    InvalidParameterValuePicFormatError,
    /// `InvalidParameterValue.PrivacyModel`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: privacy model.
    InvalidParameterValuePrivacyModel,
    /// `InvalidParameterValue.PrivacyTargets`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: privacy targets.
    InvalidParameterValuePrivacyTargets,
    /// `InvalidParameterValue.ProjectLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: project limit exceeded.
    InvalidParameterValueProjectLimitExceeded,
    /// `InvalidParameterValue.ProjectNameDuplicate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: project name duplicate.
    InvalidParameterValueProjectNameDuplicate,
    /// `InvalidParameterValue.ProjectNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: project not found.
    InvalidParameterValueProjectNotFound,
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
    /// `InvalidParameterValue.ReviewConfidence`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: review confidence.
    InvalidParameterValueReviewConfidence,
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
    /// `InvalidParameterValue.Service`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: service.
    InvalidParameterValueService,
    /// `InvalidParameterValue.SessionContextTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: session context too long.
    InvalidParameterValueSessionContextTooLong,
    /// `InvalidParameterValue.SessionId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: session id.
    InvalidParameterValueSessionId,
    /// `InvalidParameterValue.SessionIdTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: session id too long.
    InvalidParameterValueSessionIdTooLong,
    /// `InvalidParameterValue.SoundSystem`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: sound system.
    InvalidParameterValueSoundSystem,
    /// `InvalidParameterValue.SourceLanguage`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: source language.
    InvalidParameterValueSourceLanguage,
    /// `InvalidParameterValue.SourceText`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: source text.
    InvalidParameterValueSourceText,
    /// `InvalidParameterValue.SrcFile`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: src file.
    InvalidParameterValueSrcFile,
    /// `InvalidParameterValue.SubtitleEmbedId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subtitle embed id.
    InvalidParameterValueSubtitleEmbedId,
    /// `InvalidParameterValue.SubtitleEraseMethod`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subtitle erase method.
    InvalidParameterValueSubtitleEraseMethod,
    /// `InvalidParameterValue.SubtitleFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subtitle format.
    InvalidParameterValueSubtitleFormat,
    /// `InvalidParameterValue.SubtitleLang`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subtitle lang.
    InvalidParameterValueSubtitleLang,
    /// `InvalidParameterValue.SubtitleModel`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subtitle model.
    InvalidParameterValueSubtitleModel,
    /// `InvalidParameterValue.SubtitleType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subtitle type.
    InvalidParameterValueSubtitleType,
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
    /// `InvalidParameterValue.TaskId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: task id.
    InvalidParameterValueTaskId,
    /// `InvalidParameterValue.TextAlpha`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: text alpha.
    InvalidParameterValueTextAlpha,
    /// `InvalidParameterValue.TextContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: text content.
    InvalidParameterValueTextContent,
    /// `InvalidParameterValue.TextTemplate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: text template.
    InvalidParameterValueTextTemplate,
    /// `InvalidParameterValue.TransDstLang`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: trans dst lang.
    InvalidParameterValueTransDstLang,
    /// `InvalidParameterValue.TransSwitch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: trans switch.
    InvalidParameterValueTransSwitch,
    /// `InvalidParameterValue.TranslateDstLanguage`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: translate dst language.
    InvalidParameterValueTranslateDstLanguage,
    /// `InvalidParameterValue.TranslateSwitch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: translate switch.
    InvalidParameterValueTranslateSwitch,
    /// `InvalidParameterValue.Type`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: type.
    InvalidParameterValueType,
    /// `InvalidParameterValue.UnknownCategory`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unknown category.
    InvalidParameterValueUnknownCategory,
    /// `InvalidParameterValue.UseOriginalPos`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: use original pos.
    InvalidParameterValueUseOriginalPos,
    /// `InvalidParameterValue.UseOriginalSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: use original size.
    InvalidParameterValueUseOriginalSize,
    /// `InvalidParameterValue.UserDefineLibraryLabelSet`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: user define library label set.
    InvalidParameterValueUserDefineLibraryLabelSet,
    /// `InvalidParameterValue.UserUnRegister`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: user un register.
    InvalidParameterValueUserUnRegister,
    /// `InvalidParameterValue.VideoBitrate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: video bitrate.
    InvalidParameterValueVideoBitrate,
    /// `InvalidParameterValue.VideoCodec`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: video codec.
    InvalidParameterValueVideoCodec,
    /// `InvalidParameterValue.VideoSrcLanguage`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: video src language.
    InvalidParameterValueVideoSrcLanguage,
    /// `InvalidParameterValue.WatermarkEraseMethod`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: watermark erase method.
    InvalidParameterValueWatermarkEraseMethod,
    /// `InvalidParameterValue.WatermarkModel`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: watermark model.
    InvalidParameterValueWatermarkModel,
    /// `InvalidParameterValue.Width`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: width.
    InvalidParameterValueWidth,
    /// `InvalidParameterValue.XPos`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: x pos.
    InvalidParameterValueXPos,
    /// `InvalidParameterValue.YPos`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: y pos.
    InvalidParameterValueYPos,
    /// `LimitExceeded.CreateTask`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: create task.
    LimitExceededCreateTask,
    /// `LimitExceeded.TooMuchHotWords`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: too much hot words.
    LimitExceededTooMuchHotWords,
    /// `LimitExceeded.TooMuchLargeHotWords`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: too much large hot words.
    LimitExceededTooMuchLargeHotWords,
    /// `LimitExceeded.TooMuchTemplate`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: too much template.
    LimitExceededTooMuchTemplate,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.CosBucketNameInvalid`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cos bucket name invalid.
    ResourceNotFoundCosBucketNameInvalid,
    /// `ResourceNotFound.CosBucketNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cos bucket not exist.
    ResourceNotFoundCosBucketNotExist,
    /// `ResourceNotFound.DownloadError`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: download error.
    ResourceNotFoundDownloadError,
    /// `ResourceNotFound.Person`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: person.
    ResourceNotFoundPerson,
    /// `ResourceNotFound.TaskNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: task not found.
    ResourceNotFoundTaskNotFound,
    /// `ResourceNotFound.TemplateNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: template not exist.
    ResourceNotFoundTemplateNotExist,
    /// `ResourceNotFound.UserUnregister`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: user unregister.
    ResourceNotFoundUserUnregister,
    /// `ResourceNotFound.Word`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: word.
    ResourceNotFoundWord,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.TextTooLong`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: text too long.
    UnsupportedOperationTextTooLong,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 196] = [
        "AuthFailure",
        "FailedOperation",
        "FailedOperation.BucketNotifyAlreadyExist",
        "FailedOperation.CosStatusInavlid",
        "FailedOperation.CreateAIGCTaskFailed",
        "FailedOperation.GenerateResource",
        "FailedOperation.GetSourceNotify",
        "FailedOperation.InvalidMpsUser",
        "FailedOperation.InvalidUser",
        "FailedOperation.NetWorkError",
        "FailedOperation.QueryAIGCTaskFailed",
        "FailedOperation.SetSourceNotify",
        "FailedOperation.TaskNotFound",
        "FailedOperation.UserArrears",
        "InternalError",
        "InternalError.AccessDBError",
        "InternalError.GenDefinition",
        "InternalError.GetSSAIChannelsFailed",
        "InternalError.GetSSAIUsagePartialFailed",
        "InternalError.RecognitionError",
        "InternalError.UploadWatermarkError",
        "InvalidParameter",
        "InvalidParameter.AlreadyAssociatedInput",
        "InvalidParameter.AppId",
        "InvalidParameter.AuthInfo",
        "InvalidParameter.CacheInfo",
        "InvalidParameter.EndTime",
        "InvalidParameter.ExceededQuantityLimit",
        "InvalidParameter.Id",
        "InvalidParameter.Input",
        "InvalidParameter.InputInfo",
        "InvalidParameter.InputOutputId",
        "InvalidParameter.InvalidParameterChannelId",
        "InvalidParameter.InvalidUrl",
        "InvalidParameter.MaxBandwidth",
        "InvalidParameter.ModelNotSupported",
        "InvalidParameter.Name",
        "InvalidParameter.NotFound",
        "InvalidParameter.Output",
        "InvalidParameter.OutputGroups",
        "InvalidParameter.OutputId",
        "InvalidParameter.PageNum",
        "InvalidParameter.PageSize",
        "InvalidParameter.Period",
        "InvalidParameter.Pipeline",
        "InvalidParameter.Points",
        "InvalidParameter.Protocol",
        "InvalidParameter.SSAIInfo",
        "InvalidParameter.SortType",
        "InvalidParameter.StartTime",
        "InvalidParameter.State",
        "InvalidParameter.Type",
        "InvalidParameter.Url",
        "InvalidParameter.Value",
        "InvalidParameter.ViolationContent",
        "InvalidParameter.Whitelist",
        "InvalidParameterValue",
        "InvalidParameterValue.AsrHotWordsConfigure",
        "InvalidParameterValue.AsrHotWordsLibraryId",
        "InvalidParameterValue.AsrHotWordsSwitch",
        "InvalidParameterValue.AudioBitrate",
        "InvalidParameterValue.AudioChannel",
        "InvalidParameterValue.AudioCodec",
        "InvalidParameterValue.AudioData",
        "InvalidParameterValue.AudioDataTooLong",
        "InvalidParameterValue.AudioFormat",
        "InvalidParameterValue.AudioSampleRate",
        "InvalidParameterValue.AutoAreas",
        "InvalidParameterValue.Bitrate",
        "InvalidParameterValue.BlockConfidence",
        "InvalidParameterValue.ClassifcationConfigure",
        "InvalidParameterValue.Codec",
        "InvalidParameterValue.ColumnCount",
        "InvalidParameterValue.Comment",
        "InvalidParameterValue.Container",
        "InvalidParameterValue.ContainerType",
        "InvalidParameterValue.CoordinateOrigin",
        "InvalidParameterValue.CoverConfigure",
        "InvalidParameterValue.CustomAreas",
        "InvalidParameterValue.DefaultLibraryLabelSet",
        "InvalidParameterValue.Definition",
        "InvalidParameterValue.Definitions",
        "InvalidParameterValue.DeleteDefaultTemplate",
        "InvalidParameterValue.DestinationLanguage",
        "InvalidParameterValue.DisableHigherVideoBitrate",
        "InvalidParameterValue.DisableHigherVideoResolution",
        "InvalidParameterValue.DuplicatedTextContent",
        "InvalidParameterValue.DurationTooLong",
        "InvalidParameterValue.EmptyDetectItem",
        "InvalidParameterValue.ErasePrivacyConfig",
        "InvalidParameterValue.EraseSubtitleConfig",
        "InvalidParameterValue.EraseType",
        "InvalidParameterValue.EraseWatermarkConfig",
        "InvalidParameterValue.FaceDuplicate",
        "InvalidParameterValue.FaceLibrary",
        "InvalidParameterValue.FaceScore",
        "InvalidParameterValue.FillType",
        "InvalidParameterValue.Format",
        "InvalidParameterValue.FormatWebpLackWidthAndHeight",
        "InvalidParameterValue.FormatWebpWidthAndHeightBothZero",
        "InvalidParameterValue.Fps",
        "InvalidParameterValue.FrameTagConfigure",
        "InvalidParameterValue.FunctionArg",
        "InvalidParameterValue.FunctionName",
        "InvalidParameterValue.Gop",
        "InvalidParameterValue.Height",
        "InvalidParameterValue.HotWordsNotExist",
        "InvalidParameterValue.HotwordsFormatError",
        "InvalidParameterValue.ImageContent",
        "InvalidParameterValue.ImageTemplate",
        "InvalidParameterValue.InputInfo",
        "InvalidParameterValue.InvalidContent",
        "InvalidParameterValue.InvalidOperationType",
        "InvalidParameterValue.LabelSet",
        "InvalidParameterValue.Limit",
        "InvalidParameterValue.ModifyDefaultTemplate",
        "InvalidParameterValue.Name",
        "InvalidParameterValue.NotProcessingTask",
        "InvalidParameterValue.ObjectLibrary",
        "InvalidParameterValue.OcrSwitch",
        "InvalidParameterValue.PicFormatError",
        "InvalidParameterValue.PrivacyModel",
        "InvalidParameterValue.PrivacyTargets",
        "InvalidParameterValue.ProjectLimitExceeded",
        "InvalidParameterValue.ProjectNameDuplicate",
        "InvalidParameterValue.ProjectNotFound",
        "InvalidParameterValue.Quality",
        "InvalidParameterValue.RemoveAudio",
        "InvalidParameterValue.RemoveVideo",
        "InvalidParameterValue.RepeatType",
        "InvalidParameterValue.Resolution",
        "InvalidParameterValue.ResolutionAdaptive",
        "InvalidParameterValue.ReviewConfidence",
        "InvalidParameterValue.RowCount",
        "InvalidParameterValue.SampleInterval",
        "InvalidParameterValue.SampleRate",
        "InvalidParameterValue.SampleType",
        "InvalidParameterValue.Service",
        "InvalidParameterValue.SessionContextTooLong",
        "InvalidParameterValue.SessionId",
        "InvalidParameterValue.SessionIdTooLong",
        "InvalidParameterValue.SoundSystem",
        "InvalidParameterValue.SourceLanguage",
        "InvalidParameterValue.SourceText",
        "InvalidParameterValue.SrcFile",
        "InvalidParameterValue.SubtitleEmbedId",
        "InvalidParameterValue.SubtitleEraseMethod",
        "InvalidParameterValue.SubtitleFormat",
        "InvalidParameterValue.SubtitleLang",
        "InvalidParameterValue.SubtitleModel",
        "InvalidParameterValue.SubtitleType",
        "InvalidParameterValue.SvgTemplate",
        "InvalidParameterValue.SvgTemplateHeight",
        "InvalidParameterValue.SvgTemplateWidth",
        "InvalidParameterValue.Switch",
        "InvalidParameterValue.TEHDType",
        "InvalidParameterValue.TagConfigure",
        "InvalidParameterValue.TaskId",
        "InvalidParameterValue.TextAlpha",
        "InvalidParameterValue.TextContent",
        "InvalidParameterValue.TextTemplate",
        "InvalidParameterValue.TransDstLang",
        "InvalidParameterValue.TransSwitch",
        "InvalidParameterValue.TranslateDstLanguage",
        "InvalidParameterValue.TranslateSwitch",
        "InvalidParameterValue.Type",
        "InvalidParameterValue.UnknownCategory",
        "InvalidParameterValue.UseOriginalPos",
        "InvalidParameterValue.UseOriginalSize",
        "InvalidParameterValue.UserDefineLibraryLabelSet",
        "InvalidParameterValue.UserUnRegister",
        "InvalidParameterValue.VideoBitrate",
        "InvalidParameterValue.VideoCodec",
        "InvalidParameterValue.VideoSrcLanguage",
        "InvalidParameterValue.WatermarkEraseMethod",
        "InvalidParameterValue.WatermarkModel",
        "InvalidParameterValue.Width",
        "InvalidParameterValue.XPos",
        "InvalidParameterValue.YPos",
        "LimitExceeded.CreateTask",
        "LimitExceeded.TooMuchHotWords",
        "LimitExceeded.TooMuchLargeHotWords",
        "LimitExceeded.TooMuchTemplate",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceNotFound.CosBucketNameInvalid",
        "ResourceNotFound.CosBucketNotExist",
        "ResourceNotFound.DownloadError",
        "ResourceNotFound.Person",
        "ResourceNotFound.TaskNotFound",
        "ResourceNotFound.TemplateNotExist",
        "ResourceNotFound.UserUnregister",
        "ResourceNotFound.Word",
        "UnauthorizedOperation",
        "UnsupportedOperation",
        "UnsupportedOperation.TextTooLong",
    ];
    static NAME_CODES: [u32; 8] = [4, 10, 15, 17, 18, 47, 56, 155];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationCreateAigcTaskFailedFailedOperationQueryAigcTaskFailedInternalErrorAccessDbErrorInternalErrorGetSsaiChannelsFailedInternalErrorGetSsaiUsagePartialFailedInvalidParameterSsaiInfoInvalidParameterValue2InvalidParameterValueTehdType",
        ends: &[0, 35, 69, 95, 129, 167, 191, 213, 242],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed.The operation failed: bucket notify already exist.The operation failed: cos status inavlid.The operation failed: create AIGC task failed.The operation failed: generate resource.The operation failed: get source notify.The operation failed: invalid mps user.The operation failed: invalid user.The operation failed: net work error.The operation failed: query AIGC task failed.The operation failed: set source notify.The operation failed: task not found.The operation failed: user arrears.An internal error occurred.An internal error occurred: access DB error.An internal error occurred: gen definition.An internal error occurred: get SSAI channels failed.An internal error occurred: get SSAI usage partial failed.An internal error occurred: recognition error.An internal error occurred: upload watermark error.A parameter is invalid.A parameter is invalid: already associated input.A parameter is invalid: app id.A parameter is invalid: auth info.A parameter is invalid: cache info.A parameter is invalid: end time.A parameter is invalid: exceeded quantity limit.A parameter is invalid: id.A parameter is invalid: input.A parameter is invalid: input info.A parameter is invalid: input output id.A parameter is invalid: invalid parameter channel id.A parameter is invalid: invalid url.A parameter is invalid: max bandwidth.A parameter is invalid: model not supported.A parameter is invalid: name.A parameter is invalid: not found.A parameter is invalid: output.A parameter is invalid: output groups.A parameter is invalid: output id.A parameter is invalid: page num.A parameter is invalid: page size.A parameter is invalid: period.A parameter is invalid: pipeline.A parameter is invalid: points.A parameter is invalid: protocol.A parameter is invalid: SSAI info.A parameter is invalid: sort type.A parameter is invalid: start time.A parameter is invalid: state.A parameter is invalid: type.A parameter is invalid: url.A parameter is invalid: value.A parameter is invalid: violation content.A parameter is invalid: whitelist.A parameter value is invalid.A parameter value is invalid: asr hot words configure.A parameter value is invalid: asr hot words library id.A parameter value is invalid: asr hot words switch.A parameter value is invalid: audio bitrate.A parameter value is invalid: audio channel.A parameter value is invalid: audio codec.A parameter value is invalid: audio data.A parameter value is invalid: audio data too long.A parameter value is invalid: audio format.A parameter value is invalid: audio sample rate.A parameter value is invalid: auto areas.A parameter value is invalid: bitrate.A parameter value is invalid: block confidence.A parameter value is invalid: classifcation configure.A parameter value is invalid: codec.A parameter value is invalid: column count.A parameter value is invalid: comment.A parameter value is invalid: container.A parameter value is invalid: container type.A parameter value is invalid: coordinate origin.A parameter value is invalid: cover configure.A parameter value is invalid: custom areas.A parameter value is invalid: default library label set.A parameter value is invalid: definition.A parameter value is invalid: definitions.A parameter value is invalid: delete default template.A parameter value is invalid: destination language.A parameter value is invalid: disable higher video bitrate.A parameter value is invalid: disable higher video resolution.A parameter value is invalid: duplicated text content.A parameter value is invalid: duration too long.A parameter value is invalid: empty detect item.A parameter value is invalid: erase privacy config.A parameter value is invalid: erase subtitle config.A parameter value is invalid: erase type.A parameter value is invalid: erase watermark config.A parameter value is invalid: face duplicate.A parameter value is invalid: face library.A parameter value is invalid: face score.A parameter value is invalid: fill type.A parameter value is invalid: format.A parameter value is invalid: format webp lack width and height.A parameter value is invalid: format webp width and height both zero.A parameter value is invalid: fps.A parameter value is invalid: frame tag configure.A parameter value is invalid: function arg.A parameter value is invalid: function name.A parameter value is invalid: gop.A parameter value is invalid: height.A parameter value is invalid: hot words not exist.A parameter value is invalid: hotwords format error.A parameter value is invalid: image content.A parameter value is invalid: image template.A parameter value is invalid: input info.A parameter value is invalid: invalid content.A parameter value is invalid: invalid operation type.A parameter value is invalid: label set.A parameter value is invalid: limit.A parameter value is invalid: modify default template.A parameter value is invalid: name.A parameter value is invalid: not processing task.A parameter value is invalid: object library.A parameter value is invalid: ocr switch.A parameter value is invalid: pic format error.A parameter value is invalid: privacy model.A parameter value is invalid: privacy targets.A parameter value is invalid: project limit exceeded.A parameter value is invalid: project name duplicate.A parameter value is invalid: project not found.A parameter value is invalid: quality.A parameter value is invalid: remove audio.A parameter value is invalid: remove video.A parameter value is invalid: repeat type.A parameter value is invalid: resolution.A parameter value is invalid: resolution adaptive.A parameter value is invalid: review confidence.A parameter value is invalid: row count.A parameter value is invalid: sample interval.A parameter value is invalid: sample rate.A parameter value is invalid: sample type.A parameter value is invalid: service.A parameter value is invalid: session context too long.A parameter value is invalid: session id.A parameter value is invalid: session id too long.A parameter value is invalid: sound system.A parameter value is invalid: source language.A parameter value is invalid: source text.A parameter value is invalid: src file.A parameter value is invalid: subtitle embed id.A parameter value is invalid: subtitle erase method.A parameter value is invalid: subtitle format.A parameter value is invalid: subtitle lang.A parameter value is invalid: subtitle model.A parameter value is invalid: subtitle type.A parameter value is invalid: svg template.A parameter value is invalid: svg template height.A parameter value is invalid: svg template width.A parameter value is invalid: switch.A parameter value is invalid: TEHD type.A parameter value is invalid: tag configure.A parameter value is invalid: task id.A parameter value is invalid: text alpha.A parameter value is invalid: text content.A parameter value is invalid: text template.A parameter value is invalid: trans dst lang.A parameter value is invalid: trans switch.A parameter value is invalid: translate dst language.A parameter value is invalid: translate switch.A parameter value is invalid: type.A parameter value is invalid: unknown category.A parameter value is invalid: use original pos.A parameter value is invalid: use original size.A parameter value is invalid: user define library label set.A parameter value is invalid: user un register.A parameter value is invalid: video bitrate.A parameter value is invalid: video codec.A parameter value is invalid: video src language.A parameter value is invalid: watermark erase method.A parameter value is invalid: watermark model.A parameter value is invalid: width.A parameter value is invalid: x pos.A parameter value is invalid: y pos.A limit was exceeded: create task.A limit was exceeded: too much hot words.A limit was exceeded: too much large hot words.A limit was exceeded: too much template.Resources are insufficient.The resource was not found.The resource was not found: cos bucket name invalid.The resource was not found: cos bucket not exist.The resource was not found: download error.The resource was not found: person.The resource was not found: task not found.The resource was not found: template not exist.The resource was not found: user unregister.The resource was not found: word.The operation is not authorized.The operation is not supported.The operation is not supported: text too long.",
        ends: &[
            0, 22, 43, 93, 134, 180, 220, 260, 299, 334, 371, 416, 456, 493, 528, 555,
            599, 642, 695, 753, 799, 850, 873, 922, 953, 987, 1022, 1055, 1103, 1130,
            1160, 1195, 1235, 1288, 1324, 1362, 1406, 1435, 1469, 1500, 1538, 1572, 1605,
            1639, 1670, 1703, 1734, 1767, 1801, 1835, 1870, 1900, 1929, 1957, 1987, 2029,
            2063, 2092, 2146, 2201, 2252, 2296, 2340, 2382, 2423, 2473, 2516, 2564, 2605,
            2643, 2690, 2744, 2780, 2823, 2861, 2901, 2946, 2994, 3040, 3083, 3139, 3180,
            3222, 3276, 3327, 3386, 3448, 3502, 3550, 3598, 3649, 3701, 3742, 3795, 3840,
            3883, 3924, 3964, 4001, 4065, 4134, 4168, 4218, 4261, 4305, 4339, 4376, 4426,
            4478, 4522, 4567, 4608, 4654, 4707, 4747, 4783, 4837, 4872, 4922, 4967, 5008,
            5055, 5099, 5145, 5198, 5251, 5299, 5337, 5380, 5423, 5465, 5506, 5556, 5604,
            5644, 5690, 5732, 5774, 5812, 5867, 5908, 5958, 6001, 6047, 6089, 6128, 6176,
            6228, 6274, 6318, 6363, 6407, 6450, 6500, 6549, 6586, 6626, 6670, 6708, 6749,
            6792, 6836, 6881, 6924, 6977, 7024, 7059, 7106, 7153, 7201, 7261, 7308, 7352,
            7394, 7443, 7496, 7542, 7578, 7614, 7650, 7684, 7725, 7772, 7812, 7839, 7866,
            7918, 7967, 8010, 8045, 8088, 8135, 8179, 8212, 8244, 8275, 8321,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 196] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaabbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaacaa",
    );
    static CATEGORY: [::cloud_errors::Category; 196] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiiiiimmmmmmmcccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccchhhhheeeeeeeeegli",
    );
    static PILOTS: [u16; 49] = [
        3, 17, 25, 0, 12, 31, 1, 0, 2, 2, 71, 0, 45, 3, 12, 38, 50, 0, 12, 1, 1, 2, 1, 0,
        8, 31, 11, 6, 31, 4, 3, 0, 20, 21, 39, 147, 34, 96, 269, 131, 0, 204, 178, 68,
        337, 43, 140, 1290, 338,
    ];
    static SLOTS: [(&str, u32); 217] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            91, 21, 191, 115, 4294967295, 92, 23, 49, 166, 126, 114, 177, 190, 4, 176,
            162, 11, 28, 106, 152, 4294967295, 157, 4294967295, 123, 12, 175, 180,
            4294967295, 189, 171, 186, 139, 4294967295, 51, 108, 31, 168, 158, 138, 159,
            130, 19, 128, 35, 72, 95, 0, 39, 60, 29, 153, 79, 38, 96, 20, 30, 160, 103,
            15, 67, 81, 163, 76, 65, 144, 54, 121, 63, 148, 4294967295, 155, 150, 179,
            73, 53, 4294967295, 34, 167, 145, 141, 26, 5, 4294967295, 183, 133, 135, 87,
            36, 131, 154, 4294967295, 142, 134, 4294967295, 149, 25, 110, 10, 169, 7, 71,
            109, 4294967295, 105, 42, 172, 161, 32, 165, 17, 136, 1, 173, 45, 41, 116,
            4294967295, 174, 194, 33, 125, 88, 4294967295, 195, 137, 52, 193, 132, 50, 6,
            9, 140, 22, 185, 24, 124, 70, 44, 111, 61, 146, 58, 104, 4294967295, 119, 86,
            37, 129, 90, 59, 78, 182, 68, 57, 4294967295, 13, 2, 83, 101, 156, 102, 94,
            16, 164, 82, 118, 48, 85, 98, 143, 4294967295, 74, 27, 43, 113, 62,
            4294967295, 178, 64, 4294967295, 46, 107, 100, 89, 184, 117, 40, 93, 192, 80,
            66, 187, 14, 181, 18, 69, 75, 99, 3, 84, 170, 56, 147, 112, 4294967295, 127,
            188, 151, 120, 47, 8, 122, 4294967295, 4294967295, 55, 77, 97,
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
    const PROVIDER: &'static str = "Tencent Cloud MPS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud MPS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud MPS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
