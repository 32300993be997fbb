// @generated from catalogs/tencent/trtc.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TRTC: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TRTC: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.UnRealNameAuthenticated`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: un real name authenticated.
    AuthFailureUnRealNameAuthenticated,
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation.
    AuthFailureUnauthorizedOperation,
    /// `AuthFailure.UnsupportedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unsupported operation.
    AuthFailureUnsupportedOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.CRUnsupportMethod`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: CR unsupport method.
    FailedOperationCrUnsupportMethod,
    /// `FailedOperation.CSUnsupportMethod`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: CS unsupport method.
    FailedOperationCsUnsupportMethod,
    /// `FailedOperation.CTUnsupportMethod`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: CT unsupport method.
    FailedOperationCtUnsupportMethod,
    /// `FailedOperation.CosOperationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cos operation failed.
    FailedOperationCosOperationFailed,
    /// `FailedOperation.DbOperationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: db operation failed.
    FailedOperationDbOperationFailed,
    /// `FailedOperation.GenVoicePrintIdFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: gen voice print id failed.
    FailedOperationGenVoicePrintIdFailed,
    /// `FailedOperation.MixSessionNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: mix session not exist.
    FailedOperationMixSessionNotExist,
    /// `FailedOperation.NotAbility`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not ability.
    FailedOperationNotAbility,
    /// `FailedOperation.NotAllowed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not allowed.
    FailedOperationNotAllowed,
    /// `FailedOperation.QueryTaskInfoFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query task info failed.
    FailedOperationQueryTaskInfoFailed,
    /// `FailedOperation.RequestOutdated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: request outdated.
    FailedOperationRequestOutdated,
    /// `FailedOperation.RequestRejection`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: request rejection.
    FailedOperationRequestRejection,
    /// `FailedOperation.RestrictedConcurrency`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: restricted concurrency.
    FailedOperationRestrictedConcurrency,
    /// `FailedOperation.RestrictedFrequency`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: restricted frequency.
    FailedOperationRestrictedFrequency,
    /// `FailedOperation.RoomNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: room not exist.
    FailedOperationRoomNotExist,
    /// `FailedOperation.SdkAppIdNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: sdk app id not exist.
    FailedOperationSdkAppIdNotExist,
    /// `FailedOperation.SdkAppIdNotUnderAppId`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: sdk app id not under app id.
    FailedOperationSdkAppIdNotUnderAppId,
    /// `FailedOperation.TaskExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task exist.
    FailedOperationTaskExist,
    /// `FailedOperation.TaskFinished`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task finished.
    FailedOperationTaskFinished,
    /// `FailedOperation.TaskNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task not exist.
    FailedOperationTaskNotExist,
    /// `FailedOperation.UpdateVoicePrintIdNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update voice print id not found.
    FailedOperationUpdateVoicePrintIdNotFound,
    /// `FailedOperation.VoicePrintAudioCheckFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: voice print audio check failed.
    FailedOperationVoicePrintAudioCheckFailed,
    /// `FailedOperation.VoicePrintRegistrationLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: voice print registration limit.
    FailedOperationVoicePrintRegistrationLimit,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.CRInternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: CR internal error.
    InternalErrorCrInternalError,
    /// `InternalError.CSInternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: CS internal error.
    InternalErrorCsInternalError,
    /// `InternalError.CTInternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: CT internal error.
    InternalErrorCtInternalError,
    /// `InternalError.DBError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB error.
    InternalErrorDbError,
    /// `InternalError.EsQueryError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: es query error.
    InternalErrorEsQueryError,
    /// `InternalError.GetRoomCacheIpError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get room cache ip error.
    InternalErrorGetRoomCacheIpError,
    /// `InternalError.GetRoomFromCacheError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get room from cache error.
    InternalErrorGetRoomFromCacheError,
    /// `InternalError.HttpParaseFalied`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: http parase falied.
    InternalErrorHttpParaseFalied,
    /// `InternalError.HttpParseFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: http parse failed.
    InternalErrorHttpParseFailed,
    /// `InternalError.InterfaceErr`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: interface err.
    InternalErrorInterfaceErr,
    /// `InternalError.InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal error.
    InternalErrorInternalError,
    /// `InternalError.MethodErr`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: method err.
    InternalErrorMethodErr,
    /// `InternalError.ThirdPartyCallError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: third party call error.
    InternalErrorThirdPartyCallError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.AppId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: app id.
    InvalidParameterAppId,
    /// `InvalidParameter.AudioEncodeParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: audio encode params.
    InvalidParameterAudioEncodeParams,
    /// `InvalidParameter.AudioPrompt`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: audio prompt.
    InvalidParameterAudioPrompt,
    /// `InvalidParameter.BackgroundImageUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: background image url.
    InvalidParameterBackgroundImageUrl,
    /// `InvalidParameter.BizId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: biz id.
    InvalidParameterBizId,
    /// `InvalidParameter.BodyParamsError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: body params error.
    InvalidParameterBodyParamsError,
    /// `InvalidParameter.CheckContentFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: check content failed.
    InvalidParameterCheckContentFailed,
    /// `InvalidParameter.CheckSuffixFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: check suffix failed.
    InvalidParameterCheckSuffixFailed,
    /// `InvalidParameter.EncodeParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: encode params.
    InvalidParameterEncodeParams,
    /// `InvalidParameter.EndTs`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: end ts.
    InvalidParameterEndTs,
    /// `InvalidParameter.InvalidAudioInput`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid audio input.
    InvalidParameterInvalidAudioInput,
    /// `InvalidParameter.InvalidSdkAppId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid sdk app id.
    InvalidParameterInvalidSdkAppId,
    /// `InvalidParameter.InvalidVoicePrintIdList`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid voice print id list.
    InvalidParameterInvalidVoicePrintIdList,
    /// `InvalidParameter.Language`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: language.
    InvalidParameterLanguage,
    /// `InvalidParameter.MainVideoRightAlign`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: main video right align.
    InvalidParameterMainVideoRightAlign,
    /// `InvalidParameter.MainVideoStreamType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: main video stream type.
    InvalidParameterMainVideoStreamType,
    /// `InvalidParameter.Model`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: model.
    InvalidParameterModel,
    /// `InvalidParameter.OutOfRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: out of range.
    InvalidParameterOutOfRange,
    /// `InvalidParameter.OutputParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: output params.
    InvalidParameterOutputParams,
    /// `InvalidParameter.PageNumber`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: page number.
    InvalidParameterPageNumber,
    /// `InvalidParameter.PageSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: page size.
    InvalidParameterPageSize,
    /// `InvalidParameter.PageSizeOversize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: page size oversize.
    InvalidParameterPageSizeOversize,
    /// `InvalidParameter.PictureNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: picture not found.
    InvalidParameterPictureNotFound,
    /// `InvalidParameter.Pitch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: pitch.
    InvalidParameterPitch,
    /// `InvalidParameter.PresetLayoutConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: preset layout config.
    InvalidParameterPresetLayoutConfig,
    /// `InvalidParameter.PronunciationDict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: pronunciation dict.
    InvalidParameterPronunciationDict,
    /// `InvalidParameter.PublishCdnUrls`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: publish cdn urls.
    InvalidParameterPublishCdnUrls,
    /// `InvalidParameter.PureAudioStream`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: pure audio stream.
    InvalidParameterPureAudioStream,
    /// `InvalidParameter.QueryScaleOversize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: query scale oversize.
    InvalidParameterQueryScaleOversize,
    /// `InvalidParameter.RecordAudioOnly`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: record audio only.
    InvalidParameterRecordAudioOnly,
    /// `InvalidParameter.RecordId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: record id.
    InvalidParameterRecordId,
    /// `InvalidParameter.RoomId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: room id.
    InvalidParameterRoomId,
    /// `InvalidParameter.SampleRate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: sample rate.
    InvalidParameterSampleRate,
    /// `InvalidParameter.SdkAppId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: sdk app id.
    InvalidParameterSdkAppId,
    /// `InvalidParameter.SmallVideoLayoutParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: small video layout params.
    InvalidParameterSmallVideoLayoutParams,
    /// `InvalidParameter.SmallVideoStreamType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: small video stream type.
    InvalidParameterSmallVideoStreamType,
    /// `InvalidParameter.Speed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: speed.
    InvalidParameterSpeed,
    /// `InvalidParameter.StartTimeExpire`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: start time expire.
    InvalidParameterStartTimeExpire,
    /// `InvalidParameter.StartTimeOversize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: start time oversize.
    InvalidParameterStartTimeOversize,
    /// `InvalidParameter.StartTs`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: start ts.
    InvalidParameterStartTs,
    /// `InvalidParameter.StartTsOversize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: start ts oversize.
    InvalidParameterStartTsOversize,
    /// `InvalidParameter.StrRoomId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: str room id.
    InvalidParameterStrRoomId,
    /// `InvalidParameter.StreamId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: stream id.
    InvalidParameterStreamId,
    /// `InvalidParameter.StreamUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: stream url.
    InvalidParameterStreamUrl,
    /// `InvalidParameter.TaskId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: task id.
    InvalidParameterTaskId,
    /// `InvalidParameter.Text`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: text.
    InvalidParameterText,
    /// `InvalidParameter.TextLength`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: text length.
    InvalidParameterTextLength,
    /// `InvalidParameter.UrlParamsError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: url params error.
    InvalidParameterUrlParamsError,
    /// `InvalidParameter.UserId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: user id.
    InvalidParameterUserId,
    /// `InvalidParameter.UserIds`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: user ids.
    InvalidParameterUserIds,
    /// `InvalidParameter.UserIdsMorethanSix`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: user ids morethan six.
    InvalidParameterUserIdsMorethanSix,
    /// `InvalidParameter.UserSig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: user sig.
    InvalidParameterUserSig,
    /// `InvalidParameter.UserSigNotAdmin`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: user sig not admin.
    InvalidParameterUserSigNotAdmin,
    /// `InvalidParameter.VideoResolution`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: video resolution.
    InvalidParameterVideoResolution,
    /// `InvalidParameter.VoiceId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: voice id.
    InvalidParameterVoiceId,
    /// `InvalidParameter.VoiceName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: voice name.
    InvalidParameterVoiceName,
    /// `InvalidParameter.Volume`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: volume.
    InvalidParameterVolume,
    /// `InvalidParameterValue.RoomId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: room id.
    InvalidParameterValueRoomId,
    /// `LimitExceeded.ConcurrencyLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: concurrency limit.
    LimitExceededConcurrencyLimit,
    /// `LimitExceeded.VoiceCloneMaxNumLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: voice clone max num limit.
    LimitExceededVoiceCloneMaxNumLimit,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.APIKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: API key.
    MissingParameterApiKey,
    /// `MissingParameter.ASRLang`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: ASR lang.
    MissingParameterAsrLang,
    /// `MissingParameter.AccessKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: access key.
    MissingParameterAccessKey,
    /// `MissingParameter.AppId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: app id.
    MissingParameterAppId,
    /// `MissingParameter.AsrParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: asr param.
    MissingParameterAsrParam,
    /// `MissingParameter.AudioEncodeParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: audio encode params.
    MissingParameterAudioEncodeParams,
    /// `MissingParameter.BizId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: biz id.
    MissingParameterBizId,
    /// `MissingParameter.Bucket`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: bucket.
    MissingParameterBucket,
    /// `MissingParameter.CloudStorage`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: cloud storage.
    MissingParameterCloudStorage,
    /// `MissingParameter.CommId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: comm id.
    MissingParameterCommId,
    /// `MissingParameter.CommIdOrSdkAppId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: comm id or sdk app id.
    MissingParameterCommIdOrSdkAppId,
    /// `MissingParameter.EncodeParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: encode params.
    MissingParameterEncodeParams,
    /// `MissingParameter.EndTs`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: end ts.
    MissingParameterEndTs,
    /// `MissingParameter.MissingVoicePrintUpdateParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing voice print update params.
    MissingParameterMissingVoicePrintUpdateParams,
    /// `MissingParameter.OutputParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: output params.
    MissingParameterOutputParams,
    /// `MissingParameter.PresetLayoutConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: preset layout config.
    MissingParameterPresetLayoutConfig,
    /// `MissingParameter.PublishCdnParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: publish cdn params.
    MissingParameterPublishCdnParams,
    /// `MissingParameter.PublishCdnUrls`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: publish cdn urls.
    MissingParameterPublishCdnUrls,
    /// `MissingParameter.RecordMode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: record mode.
    MissingParameterRecordMode,
    /// `MissingParameter.RecordParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: record params.
    MissingParameterRecordParams,
    /// `MissingParameter.Region`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: region.
    MissingParameterRegion,
    /// `MissingParameter.RoomId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: room id.
    MissingParameterRoomId,
    /// `MissingParameter.RoomNum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: room num.
    MissingParameterRoomNum,
    /// `MissingParameter.SdkAppId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: sdk app id.
    MissingParameterSdkAppId,
    /// `MissingParameter.SecretKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: secret key.
    MissingParameterSecretKey,
    /// `MissingParameter.SliceParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: slice params.
    MissingParameterSliceParams,
    /// `MissingParameter.SliceStorageParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: slice storage params.
    MissingParameterSliceStorageParams,
    /// `MissingParameter.SliceType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: slice type.
    MissingParameterSliceType,
    /// `MissingParameter.StartTs`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: start ts.
    MissingParameterStartTs,
    /// `MissingParameter.StorageParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: storage params.
    MissingParameterStorageParams,
    /// `MissingParameter.StreamId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: stream id.
    MissingParameterStreamId,
    /// `MissingParameter.StreamType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: stream type.
    MissingParameterStreamType,
    /// `MissingParameter.TaskId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: task id.
    MissingParameterTaskId,
    /// `MissingParameter.Text`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: text.
    MissingParameterText,
    /// `MissingParameter.TranscriptionParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: transcription param.
    MissingParameterTranscriptionParam,
    /// `MissingParameter.UserId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: user id.
    MissingParameterUserId,
    /// `MissingParameter.UserIds`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: user ids.
    MissingParameterUserIds,
    /// `MissingParameter.UserSig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: user sig.
    MissingParameterUserSig,
    /// `MissingParameter.Vendor`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: vendor.
    MissingParameterVendor,
    /// `MissingParameter.VideoEncodeParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: video encode params.
    MissingParameterVideoEncodeParams,
    /// `OperationDenied.FreqOverLimit`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: freq over limit.
    OperationDeniedFreqOverLimit,
    /// `ResourceInsufficient.RequestRejection`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: request rejection.
    ResourceInsufficientRequestRejection,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: resource not found.
    ResourceNotFoundResourceNotFound,
    /// `UnauthorizedOperation.SdkAppId`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: sdk app id.
    UnauthorizedOperationSdkAppId,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.InternalError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: internal error.
    UnsupportedOperationInternalError,
    /// `UnsupportedOperation.NotAllowed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not allowed.
    UnsupportedOperationNotAllowed,
    /// `UnsupportedOperation.TaskLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: task limit.
    UnsupportedOperationTaskLimit,
    /// `UnsupportedOperation.VoiceCloneError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: voice clone error.
    UnsupportedOperationVoiceCloneError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 155] = [
        "AuthFailure",
        "AuthFailure.UnRealNameAuthenticated",
        "AuthFailure.UnauthorizedOperation",
        "AuthFailure.UnsupportedOperation",
        "FailedOperation",
        "FailedOperation.CRUnsupportMethod",
        "FailedOperation.CSUnsupportMethod",
        "FailedOperation.CTUnsupportMethod",
        "FailedOperation.CosOperationFailed",
        "FailedOperation.DbOperationFailed",
        "FailedOperation.GenVoicePrintIdFailed",
        "FailedOperation.MixSessionNotExist",
        "FailedOperation.NotAbility",
        "FailedOperation.NotAllowed",
        "FailedOperation.QueryTaskInfoFailed",
        "FailedOperation.RequestOutdated",
        "FailedOperation.RequestRejection",
        "FailedOperation.RestrictedConcurrency",
        "FailedOperation.RestrictedFrequency",
        "FailedOperation.RoomNotExist",
        "FailedOperation.SdkAppIdNotExist",
        "FailedOperation.SdkAppIdNotUnderAppId",
        "FailedOperation.TaskExist",
        "FailedOperation.TaskFinished",
        "FailedOperation.TaskNotExist",
        "FailedOperation.UpdateVoicePrintIdNotFound",
        "FailedOperation.VoicePrintAudioCheckFailed",
        "FailedOperation.VoicePrintRegistrationLimit",
        "InternalError",
        "InternalError.CRInternalError",
        "InternalError.CSInternalError",
        "InternalError.CTInternalError",
        "InternalError.DBError",
        "InternalError.EsQueryError",
        "InternalError.GetRoomCacheIpError",
        "InternalError.GetRoomFromCacheError",
        "InternalError.HttpParaseFalied",
        "InternalError.HttpParseFailed",
        "InternalError.InterfaceErr",
        "InternalError.InternalError",
        "InternalError.MethodErr",
        "InternalError.ThirdPartyCallError",
        "InvalidParameter",
        "InvalidParameter.AppId",
        "InvalidParameter.AudioEncodeParams",
        "InvalidParameter.AudioPrompt",
        "InvalidParameter.BackgroundImageUrl",
        "InvalidParameter.BizId",
        "InvalidParameter.BodyParamsError",
        "InvalidParameter.CheckContentFailed",
        "InvalidParameter.CheckSuffixFailed",
        "InvalidParameter.EncodeParams",
        "InvalidParameter.EndTs",
        "InvalidParameter.InvalidAudioInput",
        "InvalidParameter.InvalidSdkAppId",
        "InvalidParameter.InvalidVoicePrintIdList",
        "InvalidParameter.Language",
        "InvalidParameter.MainVideoRightAlign",
        "InvalidParameter.MainVideoStreamType",
        "InvalidParameter.Model",
        "InvalidParameter.OutOfRange",
        "InvalidParameter.OutputParams",
        "InvalidParameter.PageNumber",
        "InvalidParameter.PageSize",
        "InvalidParameter.PageSizeOversize",
        "InvalidParameter.PictureNotFound",
        "InvalidParameter.Pitch",
        "InvalidParameter.PresetLayoutConfig",
        "InvalidParameter.PronunciationDict",
        "InvalidParameter.PublishCdnUrls",
        "InvalidParameter.PureAudioStream",
        "InvalidParameter.QueryScaleOversize",
        "InvalidParameter.RecordAudioOnly",
        "InvalidParameter.RecordId",
        "InvalidParameter.RoomId",
        "InvalidParameter.SampleRate",
        "InvalidParameter.SdkAppId",
        "InvalidParameter.SmallVideoLayoutParams",
        "InvalidParameter.SmallVideoStreamType",
        "InvalidParameter.Speed",
        "InvalidParameter.StartTimeExpire",
        "InvalidParameter.StartTimeOversize",
        "InvalidParameter.StartTs",
        "InvalidParameter.StartTsOversize",
        "InvalidParameter.StrRoomId",
        "InvalidParameter.StreamId",
        "InvalidParameter.StreamUrl",
        "InvalidParameter.TaskId",
        "InvalidParameter.Text",
        "InvalidParameter.TextLength",
        "InvalidParameter.UrlParamsError",
        "InvalidParameter.UserId",
        "InvalidParameter.UserIds",
        "InvalidParameter.UserIdsMorethanSix",
        "InvalidParameter.UserSig",
        "InvalidParameter.UserSigNotAdmin",
        "InvalidParameter.VideoResolution",
        "InvalidParameter.VoiceId",
        "InvalidParameter.VoiceName",
        "InvalidParameter.Volume",
        "InvalidParameterValue.RoomId",
        "LimitExceeded.ConcurrencyLimit",
        "LimitExceeded.VoiceCloneMaxNumLimit",
        "MissingParameter",
        "MissingParameter.APIKey",
        "MissingParameter.ASRLang",
        "MissingParameter.AccessKey",
        "MissingParameter.AppId",
        "MissingParameter.AsrParam",
        "MissingParameter.AudioEncodeParams",
        "MissingParameter.BizId",
        "MissingParameter.Bucket",
        "MissingParameter.CloudStorage",
        "MissingParameter.CommId",
        "MissingParameter.CommIdOrSdkAppId",
        "MissingParameter.EncodeParams",
        "MissingParameter.EndTs",
        "MissingParameter.MissingVoicePrintUpdateParams",
        "MissingParameter.OutputParams",
        "MissingParameter.PresetLayoutConfig",
        "MissingParameter.PublishCdnParams",
        "MissingParameter.PublishCdnUrls",
        "MissingParameter.RecordMode",
        "MissingParameter.RecordParams",
        "MissingParameter.Region",
        "MissingParameter.RoomId",
        "MissingParameter.RoomNum",
        "MissingParameter.SdkAppId",
        "MissingParameter.SecretKey",
        "MissingParameter.SliceParams",
        "MissingParameter.SliceStorageParams",
        "MissingParameter.SliceType",
        "MissingParameter.StartTs",
        "MissingParameter.StorageParams",
        "MissingParameter.StreamId",
        "MissingParameter.StreamType",
        "MissingParameter.TaskId",
        "MissingParameter.Text",
        "MissingParameter.TranscriptionParam",
        "MissingParameter.UserId",
        "MissingParameter.UserIds",
        "MissingParameter.UserSig",
        "MissingParameter.Vendor",
        "MissingParameter.VideoEncodeParams",
        "OperationDenied.FreqOverLimit",
        "ResourceInsufficient.RequestRejection",
        "ResourceNotFound",
        "ResourceNotFound.ResourceNotFound",
        "UnauthorizedOperation.SdkAppId",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.InternalError",
        "UnsupportedOperation.NotAllowed",
        "UnsupportedOperation.TaskLimit",
        "UnsupportedOperation.VoiceCloneError",
    ];
    static NAME_CODES: [u32; 9] = [5, 6, 7, 29, 30, 31, 32, 104, 105];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationCrUnsupportMethodFailedOperationCsUnsupportMethodFailedOperationCtUnsupportMethodInternalErrorCrInternalErrorInternalErrorCsInternalErrorInternalErrorCtInternalErrorInternalErrorDbErrorMissingParameterApiKeyMissingParameterAsrLang",
        ends: &[0, 32, 64, 96, 124, 152, 180, 200, 222, 245],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: un real name authenticated.Authentication failed: unauthorized operation.Authentication failed: unsupported operation.The operation failed.The operation failed: CR unsupport method.The operation failed: CS unsupport method.The operation failed: CT unsupport method.The operation failed: cos operation failed.The operation failed: db operation failed.The operation failed: gen voice print id failed.The operation failed: mix session not exist.The operation failed: not ability.The operation failed: not allowed.The operation failed: query task info failed.The operation failed: request outdated.The operation failed: request rejection.The operation failed: restricted concurrency.The operation failed: restricted frequency.The operation failed: room not exist.The operation failed: sdk app id not exist.The operation failed: sdk app id not under app id.The operation failed: task exist.The operation failed: task finished.The operation failed: task not exist.The operation failed: update voice print id not found.The operation failed: voice print audio check failed.The operation failed: voice print registration limit.An internal error occurred.An internal error occurred: CR internal error.An internal error occurred: CS internal error.An internal error occurred: CT internal error.An internal error occurred: DB error.An internal error occurred: es query error.An internal error occurred: get room cache ip error.An internal error occurred: get room from cache error.An internal error occurred: http parase falied.An internal error occurred: http parse failed.An internal error occurred: interface err.An internal error occurred: internal error.An internal error occurred: method err.An internal error occurred: third party call error.A parameter is invalid.A parameter is invalid: app id.A parameter is invalid: audio encode params.A parameter is invalid: audio prompt.A parameter is invalid: background image url.A parameter is invalid: biz id.A parameter is invalid: body params error.A parameter is invalid: check content failed.A parameter is invalid: check suffix failed.A parameter is invalid: encode params.A parameter is invalid: end ts.A parameter is invalid: invalid audio input.A parameter is invalid: invalid sdk app id.A parameter is invalid: invalid voice print id list.A parameter is invalid: language.A parameter is invalid: main video right align.A parameter is invalid: main video stream type.A parameter is invalid: model.A parameter is invalid: out of range.A parameter is invalid: output params.A parameter is invalid: page number.A parameter is invalid: page size.A parameter is invalid: page size oversize.A parameter is invalid: picture not found.A parameter is invalid: pitch.A parameter is invalid: preset layout config.A parameter is invalid: pronunciation dict.A parameter is invalid: publish cdn urls.A parameter is invalid: pure audio stream.A parameter is invalid: query scale oversize.A parameter is invalid: record audio only.A parameter is invalid: record id.A parameter is invalid: room id.A parameter is invalid: sample rate.A parameter is invalid: sdk app id.A parameter is invalid: small video layout params.A parameter is invalid: small video stream type.A parameter is invalid: speed.A parameter is invalid: start time expire.A parameter is invalid: start time oversize.A parameter is invalid: start ts.A parameter is invalid: start ts oversize.A parameter is invalid: str room id.A parameter is invalid: stream id.A parameter is invalid: stream url.A parameter is invalid: task id.A parameter is invalid: text.A parameter is invalid: text length.A parameter is invalid: url params error.A parameter is invalid: user id.A parameter is invalid: user ids.A parameter is invalid: user ids morethan six.A parameter is invalid: user sig.A parameter is invalid: user sig not admin.A parameter is invalid: video resolution.A parameter is invalid: voice id.A parameter is invalid: voice name.A parameter is invalid: volume.A parameter value is invalid: room id.A limit was exceeded: concurrency limit.A limit was exceeded: voice clone max num limit.A required parameter is missing.A required parameter is missing: API key.A required parameter is missing: ASR lang.A required parameter is missing: access key.A required parameter is missing: app id.A required parameter is missing: asr param.A required parameter is missing: audio encode params.A required parameter is missing: biz id.A required parameter is missing: bucket.A required parameter is missing: cloud storage.A required parameter is missing: comm id.A required parameter is missing: comm id or sdk app id.A required parameter is missing: encode params.A required parameter is missing: end ts.A required parameter is missing: missing voice print update params.A required parameter is missing: output params.A required parameter is missing: preset layout config.A required parameter is missing: publish cdn params.A required parameter is missing: publish cdn urls.A required parameter is missing: record mode.A required parameter is missing: record params.A required parameter is missing: region.A required parameter is missing: room id.A required parameter is missing: room num.A required parameter is missing: sdk app id.A required parameter is missing: secret key.A required parameter is missing: slice params.A required parameter is missing: slice storage params.A required parameter is missing: slice type.A required parameter is missing: start ts.A required parameter is missing: storage params.A required parameter is missing: stream id.A required parameter is missing: stream type.A required parameter is missing: task id.A required parameter is missing: text.A required parameter is missing: transcription param.A required parameter is missing: user id.A required parameter is missing: user ids.A required parameter is missing: user sig.A required parameter is missing: vendor.A required parameter is missing: video encode params.The operation was denied: freq over limit.Resources are insufficient: request rejection.The resource was not found.The resource was not found: resource not found.The operation is not authorized: sdk app id.An unknown parameter was given.The operation is not supported.The operation is not supported: internal error.The operation is not supported: not allowed.The operation is not supported: task limit.The operation is not supported: voice clone error.",
        ends: &[
            0, 22, 72, 118, 163, 184, 226, 268, 310, 353, 395, 443, 487, 521, 555, 600,
            639, 679, 724, 767, 804, 847, 897, 930, 966, 1003, 1057, 1110, 1163, 1190,
            1236, 1282, 1328, 1365, 1408, 1460, 1514, 1561, 1607, 1649, 1692, 1731, 1782,
            1805, 1836, 1880, 1917, 1962, 1993, 2035, 2080, 2124, 2162, 2193, 2237, 2280,
            2332, 2365, 2412, 2459, 2489, 2526, 2564, 2600, 2634, 2677, 2719, 2749, 2794,
            2837, 2878, 2920, 2965, 3007, 3041, 3073, 3109, 3144, 3194, 3242, 3272, 3314,
            3358, 3391, 3433, 3469, 3503, 3538, 3570, 3599, 3635, 3676, 3708, 3741, 3787,
            3820, 3863, 3904, 3937, 3972, 4003, 4041, 4081, 4129, 4161, 4202, 4244, 4288,
            4328, 4371, 4424, 4464, 4504, 4551, 4592, 4647, 4694, 4734, 4801, 4848, 4902,
            4954, 5004, 5049, 5096, 5136, 5177, 5219, 5263, 5307, 5353, 5407, 5451, 5493,
            5541, 5584, 5629, 5670, 5708, 5761, 5802, 5844, 5886, 5926, 5979, 6021, 6067,
            6094, 6141, 6185, 6216, 6247, 6294, 6338, 6381, 6431,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 155] = ::cloud_errors::__private::retry_column(
        b"acccaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccaacaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 155] = ::cloud_errors::__private::category_column(
        b"bpppiiiiiiiiiiiiiiiiiiiiiiiimmmmmmmmmmmmmmccccccccccccccccccccccccccccccccccccccccccccccccccccccccccchhcccccccccccccccccccccccccccccccccccccccccgheegcliiii",
    );
    static PILOTS: [u16; 39] = [
        6, 24, 6, 18, 19, 7, 44, 9, 1, 16, 0, 0, 19, 18, 4, 2, 6, 9, 41, 1, 7, 60, 138,
        43, 194, 0, 10, 0, 16, 0, 3, 22, 3, 70, 60, 10, 12, 190, 169,
    ];
    static SLOTS: [(&str, u32); 172] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            104, 138, 44, 93, 70, 139, 107, 152, 26, 129, 100, 112, 84, 48, 4294967295,
            24, 4294967295, 71, 153, 86, 4294967295, 4294967295, 106, 109, 27, 90, 53,
            136, 28, 61, 6, 98, 72, 77, 62, 65, 60, 122, 4294967295, 8, 69, 123, 87, 34,
            92, 68, 97, 4294967295, 135, 47, 102, 1, 16, 130, 120, 143, 142, 4294967295,
            59, 145, 137, 144, 49, 95, 38, 4294967295, 55, 4294967295, 115, 18, 105, 20,
            126, 12, 88, 11, 56, 99, 127, 74, 31, 19, 25, 116, 4294967295, 64, 23, 63,
            85, 39, 132, 117, 46, 96, 32, 89, 133, 30, 50, 33, 45, 119, 110, 149, 17, 94,
            41, 66, 124, 118, 10, 58, 4, 13, 79, 2, 4294967295, 81, 108, 131, 57, 128,
            146, 114, 140, 29, 0, 37, 5, 147, 4294967295, 151, 52, 4294967295, 125, 15,
            103, 111, 101, 14, 4294967295, 21, 150, 78, 9, 4294967295, 83, 73, 154, 76,
            4294967295, 40, 121, 35, 75, 113, 80, 141, 36, 22, 54, 82, 42, 67, 43, 91, 3,
            51, 7, 148, 134, 4294967295,
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
    const PROVIDER: &'static str = "Tencent Cloud TRTC";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TRTC's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TRTC: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
