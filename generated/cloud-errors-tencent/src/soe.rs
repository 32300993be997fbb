// @generated from catalogs/tencent/soe.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud SOE: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud SOE: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.AccountUnavailable`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: account unavailable.
    AuthFailureAccountUnavailable,
    /// `AuthFailure.InvalidAuthorization`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: invalid authorization.
    AuthFailureInvalidAuthorization,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.ErrorGetSession`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: error get session.
    FailedOperationErrorGetSession,
    /// `FailedOperation.ErrorGetUser`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: error get user.
    FailedOperationErrorGetUser,
    /// `FailedOperation.EvaluateTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: evaluate timeout.
    FailedOperationEvaluateTimeout,
    /// `FailedOperation.EvaluateUnknownError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: evaluate unknown error.
    FailedOperationEvaluateUnknownError,
    /// `FailedOperation.FailedGetEngineIP`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: failed get engine IP.
    FailedOperationFailedGetEngineIp,
    /// `FailedOperation.FailedGetResult`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: failed get result.
    FailedOperationFailedGetResult,
    /// `FailedOperation.FailedGetSession`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: failed get session.
    FailedOperationFailedGetSession,
    /// `FailedOperation.FailedGetSessionSeqID`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: failed get session seq ID.
    FailedOperationFailedGetSessionSeqId,
    /// `FailedOperation.FailedGetUser`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: failed get user.
    FailedOperationFailedGetUser,
    /// `FailedOperation.FailedInit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: failed init.
    FailedOperationFailedInit,
    /// `FailedOperation.FailedSetResult`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: failed set result.
    FailedOperationFailedSetResult,
    /// `FailedOperation.FailedSetSession`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: failed set session.
    FailedOperationFailedSetSession,
    /// `FailedOperation.FailedSetSessionSeqID`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: failed set session seq ID.
    FailedOperationFailedSetSessionSeqId,
    /// `FailedOperation.FailedSetUser`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: failed set user.
    FailedOperationFailedSetUser,
    /// `FailedOperation.InternalServerError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: internal server error.
    FailedOperationInternalServerError,
    /// `FailedOperation.InvalidParameterValue`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid parameter value.
    FailedOperationInvalidParameterValue,
    /// `FailedOperation.JsonCodecError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: json codec error.
    FailedOperationJsonCodecError,
    /// `FailedOperation.NeedInitBeforeEvaluation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: need init before evaluation.
    FailedOperationNeedInitBeforeEvaluation,
    /// `FailedOperation.PastSeqIdLose`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: past seq id lose.
    FailedOperationPastSeqIdLose,
    /// `FailedOperation.ResultExpired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: result expired.
    FailedOperationResultExpired,
    /// `FailedOperation.SeqIdExpired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: seq id expired.
    FailedOperationSeqIdExpired,
    /// `FailedOperation.ServerOverload`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: server overload.
    FailedOperationServerOverload,
    /// `FailedOperation.ServiceTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: service timeout.
    FailedOperationServiceTimeout,
    /// `FailedOperation.SessionExpired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: session expired.
    FailedOperationSessionExpired,
    /// `FailedOperation.WaitPastSeqIdTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: wait past seq id timeout.
    FailedOperationWaitPastSeqIdTimeout,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.AudioProcessingFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: audio processing failed.
    InternalErrorAudioProcessingFailed,
    /// `InternalError.AuthorizeError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: authorize error.
    InternalErrorAuthorizeError,
    /// `InternalError.BASE64DecodeFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: BASE64 decode failed.
    InternalErrorBase64DecodeFailed,
    /// `InternalError.CannotFindSession`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cannot find session.
    InternalErrorCannotFindSession,
    /// `InternalError.FailToDecodeVoice`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: fail to decode voice.
    InternalErrorFailToDecodeVoice,
    /// `InternalError.IlegalServerResponse`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: ilegal server response.
    InternalErrorIlegalServerResponse,
    /// `InternalError.InitStreamNotSupport`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: init stream not support.
    InternalErrorInitStreamNotSupport,
    /// `InternalError.InitStreamUnfinished`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: init stream unfinished.
    InternalErrorInitStreamUnfinished,
    /// `InternalError.InitialParameterError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: initial parameter error.
    InternalErrorInitialParameterError,
    /// `InternalError.InvalidSeqId`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: invalid seq id.
    InternalErrorInvalidSeqId,
    /// `InternalError.InvalidWAVHeader`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: invalid WAV header.
    InternalErrorInvalidWavHeader,
    /// `InternalError.LastSeqUnfinished`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: last seq unfinished.
    InternalErrorLastSeqUnfinished,
    /// `InternalError.MP3DecodeFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: MP3 decode failed.
    InternalErrorMp3DecodeFailed,
    /// `InternalError.NeedToInit`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: need to init.
    InternalErrorNeedToInit,
    /// `InternalError.NoConversationFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: no conversation found.
    InternalErrorNoConversationFound,
    /// `InternalError.NoDocInList`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: no doc in list.
    InternalErrorNoDocInList,
    /// `InternalError.NoError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: no error.
    InternalErrorNoError,
    /// `InternalError.NoInitBeforeEvaluation`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: no init before evaluation.
    InternalErrorNoInitBeforeEvaluation,
    /// `InternalError.RefTxtEmpty`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: ref txt empty.
    InternalErrorRefTxtEmpty,
    /// `InternalError.RefTxtOov`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: ref txt oov.
    InternalErrorRefTxtOov,
    /// `InternalError.RefTxtTooLang`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: ref txt too lang.
    InternalErrorRefTxtTooLang,
    /// `InternalError.ServerInternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: server internal error.
    InternalErrorServerInternalError,
    /// `InternalError.ServerOverload`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: server overload.
    InternalErrorServerOverload,
    /// `InternalError.ServiceTimeout`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: service timeout.
    InternalErrorServiceTimeout,
    /// `InternalError.ShardNoStartWithOne`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: shard no start with one.
    InternalErrorShardNoStartWithOne,
    /// `InternalError.StreamProcessFail`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: stream process fail.
    InternalErrorStreamProcessFail,
    /// `InternalError.StreamProcessTimeOut`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: stream process time out.
    InternalErrorStreamProcessTimeOut,
    /// `InternalError.StreamingvoicepkgTimeout`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: streamingvoicepkg timeout.
    InternalErrorStreamingvoicepkgTimeout,
    /// `InternalError.TimeOut`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: time out.
    InternalErrorTimeOut,
    /// `InternalError.TooLongPackage`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: too long package.
    InternalErrorTooLongPackage,
    /// `InternalError.VadNotDetectedSpeak`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: vad not detected speak.
    InternalErrorVadNotDetectedSpeak,
    /// `InternalError.VoiceMsgOversized`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: voice msg oversized.
    InternalErrorVoiceMsgOversized,
    /// `InternalError.VoiceMsgTooShort`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: voice msg too short.
    InternalErrorVoiceMsgTooShort,
    /// `InternalError.WordLengthTooLong`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: word length too long.
    InternalErrorWordLengthTooLong,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.AuthorizeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: authorize error.
    InvalidParameterAuthorizeError,
    /// `InvalidParameter.ErrorPhoneme`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: error phoneme.
    InvalidParameterErrorPhoneme,
    /// `InvalidParameter.InitialParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: initial parameter error.
    InvalidParameterInitialParameterError,
    /// `InvalidParameter.InvalidAction`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid action.
    InvalidParameterInvalidAction,
    /// `InvalidParameter.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter.
    InvalidParameterInvalidParameter,
    /// `InvalidParameter.SeqIdLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: seq id limit exceeded.
    InvalidParameterSeqIdLimitExceeded,
    /// `InvalidParameter.VoiceMsgOversized`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: voice msg oversized.
    InvalidParameterVoiceMsgOversized,
    /// `InvalidParameter.WithoutRealName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: without real name.
    InvalidParameterWithoutRealName,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.AudioDataSizeLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: audio data size limit exceeded.
    InvalidParameterValueAudioDataSizeLimitExceeded,
    /// `InvalidParameterValue.AudioDecodeFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: audio decode failed.
    InvalidParameterValueAudioDecodeFailed,
    /// `InvalidParameterValue.AudioLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: audio limit exceeded.
    InvalidParameterValueAudioLimitExceeded,
    /// `InvalidParameterValue.AudioSizeMustBeEven`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: audio size must be even.
    InvalidParameterValueAudioSizeMustBeEven,
    /// `InvalidParameterValue.BASEDecodeFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: BASE decode failed.
    InvalidParameterValueBaseDecodeFailed,
    /// `InvalidParameterValue.FunctionNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: function not support.
    InvalidParameterValueFunctionNotSupport,
    /// `InvalidParameterValue.InvalidSeqId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid seq id.
    InvalidParameterValueInvalidSeqId,
    /// `InvalidParameterValue.InvalidWAVHeader`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid WAV header.
    InvalidParameterValueInvalidWavHeader,
    /// `InvalidParameterValue.NoDocInList`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: no doc in list.
    InvalidParameterValueNoDocInList,
    /// `InvalidParameterValue.ParameterInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter invalid.
    InvalidParameterValueParameterInvalid,
    /// `InvalidParameterValue.RefTextEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ref text empty.
    InvalidParameterValueRefTextEmpty,
    /// `InvalidParameterValue.RefTextGrammarError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ref text grammar error.
    InvalidParameterValueRefTextGrammarError,
    /// `InvalidParameterValue.RefTextLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ref text limit exceeded.
    InvalidParameterValueRefTextLimitExceeded,
    /// `InvalidParameterValue.RefTextOOV`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ref text OOV.
    InvalidParameterValueRefTextOov,
    /// `InvalidParameterValue.RefTextPolyphonicLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ref text polyphonic limit exceeded.
    InvalidParameterValueRefTextPolyphonicLimitExceeded,
    /// `InvalidParameterValue.RefTxtEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ref txt empty.
    InvalidParameterValueRefTxtEmpty,
    /// `InvalidParameterValue.RefTxtTooLang`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ref txt too lang.
    InvalidParameterValueRefTxtTooLang,
    /// `InvalidParameterValue.SensitiveWords`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: sensitive words.
    InvalidParameterValueSensitiveWords,
    /// `InvalidParameterValue.SessionIdInUse`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: session id in use.
    InvalidParameterValueSessionIdInUse,
    /// `InvalidParameterValue.ShardNoStartWithOne`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: shard no start with one.
    InvalidParameterValueShardNoStartWithOne,
    /// `InvalidParameterValue.StreamingvoicepkgTimeout`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: streamingvoicepkg timeout.
    InvalidParameterValueStreamingvoicepkgTimeout,
    /// `InvalidParameterValue.VadNotDetectedSpeak`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vad not detected speak.
    InvalidParameterValueVadNotDetectedSpeak,
    /// `InvalidParameterValue.VoiceFileTypeNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: voice file type not found.
    InvalidParameterValueVoiceFileTypeNotFound,
    /// `InvalidParameterValue.VoiceLengthTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: voice length too long.
    InvalidParameterValueVoiceLengthTooLong,
    /// `InvalidParameterValue.WAVHeaderDecodeFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: WAV header decode failed.
    InvalidParameterValueWavHeaderDecodeFailed,
    /// `InvalidParameterValue.WordLengthTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: word length too long.
    InvalidParameterValueWordLengthTooLong,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.ConcurrencyLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: concurrency limit exceeded.
    LimitExceededConcurrencyLimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceInsufficient.ServerTimeout`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: server timeout.
    ResourceInsufficientServerTimeout,
    /// `ResourceNotFound.AppidNotFount`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: appid not fount.
    ResourceNotFoundAppidNotFount,
    /// `ResourceNotFound.InterfaceNotFount`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: interface not fount.
    ResourceNotFoundInterfaceNotFount,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.AuthorizeError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: authorize error.
    ResourceUnavailableAuthorizeError,
    /// `ResourceUnavailable.CannotFindSession`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cannot find session.
    ResourceUnavailableCannotFindSession,
    /// `ResourceUnavailable.ConcurrencyLimit`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: concurrency limit.
    ResourceUnavailableConcurrencyLimit,
    /// `ResourceUnavailable.InitStreamNotSupport`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: init stream not support.
    ResourceUnavailableInitStreamNotSupport,
    /// `ResourceUnavailable.InitStreamUnfinished`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: init stream unfinished.
    ResourceUnavailableInitStreamUnfinished,
    /// `ResourceUnavailable.LastSeqUnfinished`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: last seq unfinished.
    ResourceUnavailableLastSeqUnfinished,
    /// `ResourceUnavailable.NoConversationFound`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: no conversation found.
    ResourceUnavailableNoConversationFound,
    /// `ResourceUnavailable.NoInitBeforeEvaluation`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: no init before evaluation.
    ResourceUnavailableNoInitBeforeEvaluation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 116] = [
        "AuthFailure",
        "AuthFailure.AccountUnavailable",
        "AuthFailure.InvalidAuthorization",
        "FailedOperation",
        "FailedOperation.ErrorGetSession",
        "FailedOperation.ErrorGetUser",
        "FailedOperation.EvaluateTimeout",
        "FailedOperation.EvaluateUnknownError",
        "FailedOperation.FailedGetEngineIP",
        "FailedOperation.FailedGetResult",
        "FailedOperation.FailedGetSession",
        "FailedOperation.FailedGetSessionSeqID",
        "FailedOperation.FailedGetUser",
        "FailedOperation.FailedInit",
        "FailedOperation.FailedSetResult",
        "FailedOperation.FailedSetSession",
        "FailedOperation.FailedSetSessionSeqID",
        "FailedOperation.FailedSetUser",
        "FailedOperation.InternalServerError",
        "FailedOperation.InvalidParameterValue",
        "FailedOperation.JsonCodecError",
        "FailedOperation.NeedInitBeforeEvaluation",
        "FailedOperation.PastSeqIdLose",
        "FailedOperation.ResultExpired",
        "FailedOperation.SeqIdExpired",
        "FailedOperation.ServerOverload",
        "FailedOperation.ServiceTimeout",
        "FailedOperation.SessionExpired",
        "FailedOperation.WaitPastSeqIdTimeout",
        "InternalError",
        "InternalError.AudioProcessingFailed",
        "InternalError.AuthorizeError",
        "InternalError.BASE64DecodeFailed",
        "InternalError.CannotFindSession",
        "InternalError.FailToDecodeVoice",
        "InternalError.IlegalServerResponse",
        "InternalError.InitStreamNotSupport",
        "InternalError.InitStreamUnfinished",
        "InternalError.InitialParameterError",
        "InternalError.InvalidSeqId",
        "InternalError.InvalidWAVHeader",
        "InternalError.LastSeqUnfinished",
        "InternalError.MP3DecodeFailed",
        "InternalError.NeedToInit",
        "InternalError.NoConversationFound",
        "InternalError.NoDocInList",
        "InternalError.NoError",
        "InternalError.NoInitBeforeEvaluation",
        "InternalError.RefTxtEmpty",
        "InternalError.RefTxtOov",
        "InternalError.RefTxtTooLang",
        "InternalError.ServerInternalError",
        "InternalError.ServerOverload",
        "InternalError.ServiceTimeout",
        "InternalError.ShardNoStartWithOne",
        "InternalError.StreamProcessFail",
        "InternalError.StreamProcessTimeOut",
        "InternalError.StreamingvoicepkgTimeout",
        "InternalError.TimeOut",
        "InternalError.TooLongPackage",
        "InternalError.VadNotDetectedSpeak",
        "InternalError.VoiceMsgOversized",
        "InternalError.VoiceMsgTooShort",
        "InternalError.WordLengthTooLong",
        "InvalidParameter",
        "InvalidParameter.AuthorizeError",
        "InvalidParameter.ErrorPhoneme",
        "InvalidParameter.InitialParameterError",
        "InvalidParameter.InvalidAction",
        "InvalidParameter.InvalidParameter",
        "InvalidParameter.SeqIdLimitExceeded",
        "InvalidParameter.VoiceMsgOversized",
        "InvalidParameter.WithoutRealName",
        "InvalidParameterValue",
        "InvalidParameterValue.AudioDataSizeLimitExceeded",
        "InvalidParameterValue.AudioDecodeFailed",
        "InvalidParameterValue.AudioLimitExceeded",
        "InvalidParameterValue.AudioSizeMustBeEven",
        "InvalidParameterValue.BASEDecodeFailed",
        "InvalidParameterValue.FunctionNotSupport",
        "InvalidParameterValue.InvalidSeqId",
        "InvalidParameterValue.InvalidWAVHeader",
        "InvalidParameterValue.NoDocInList",
        "InvalidParameterValue.ParameterInvalid",
        "InvalidParameterValue.RefTextEmpty",
        "InvalidParameterValue.RefTextGrammarError",
        "InvalidParameterValue.RefTextLimitExceeded",
        "InvalidParameterValue.RefTextOOV",
        "InvalidParameterValue.RefTextPolyphonicLimitExceeded",
        "InvalidParameterValue.RefTxtEmpty",
        "InvalidParameterValue.RefTxtTooLang",
        "InvalidParameterValue.SensitiveWords",
        "InvalidParameterValue.SessionIdInUse",
        "InvalidParameterValue.ShardNoStartWithOne",
        "InvalidParameterValue.StreamingvoicepkgTimeout",
        "InvalidParameterValue.VadNotDetectedSpeak",
        "InvalidParameterValue.VoiceFileTypeNotFound",
        "InvalidParameterValue.VoiceLengthTooLong",
        "InvalidParameterValue.WAVHeaderDecodeFailed",
        "InvalidParameterValue.WordLengthTooLong",
        "LimitExceeded",
        "LimitExceeded.ConcurrencyLimitExceeded",
        "MissingParameter",
        "RequestLimitExceeded",
        "ResourceInsufficient.ServerTimeout",
        "ResourceNotFound.AppidNotFount",
        "ResourceNotFound.InterfaceNotFount",
        "ResourceUnavailable",
        "ResourceUnavailable.AuthorizeError",
        "ResourceUnavailable.CannotFindSession",
        "ResourceUnavailable.ConcurrencyLimit",
        "ResourceUnavailable.InitStreamNotSupport",
        "ResourceUnavailable.InitStreamUnfinished",
        "ResourceUnavailable.LastSeqUnfinished",
        "ResourceUnavailable.NoConversationFound",
        "ResourceUnavailable.NoInitBeforeEvaluation",
    ];
    static NAME_CODES: [u32; 10] = [8, 11, 16, 32, 40, 42, 78, 81, 87, 98];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationFailedGetEngineIpFailedOperationFailedGetSessionSeqIdFailedOperationFailedSetSessionSeqIdInternalErrorBase64DecodeFailedInternalErrorInvalidWavHeaderInternalErrorMp3DecodeFailedInvalidParameterValueBaseDecodeFailedInvalidParameterValueInvalidWavHeaderInvalidParameterValueRefTextOovInvalidParameterValueWavHeaderDecodeFailed",
        ends: &[0, 32, 68, 104, 135, 164, 192, 229, 266, 297, 339],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: account unavailable.Authentication failed: invalid authorization.The operation failed.The operation failed: error get session.The operation failed: error get user.The operation failed: evaluate timeout.The operation failed: evaluate unknown error.The operation failed: failed get engine IP.The operation failed: failed get result.The operation failed: failed get session.The operation failed: failed get session seq ID.The operation failed: failed get user.The operation failed: failed init.The operation failed: failed set result.The operation failed: failed set session.The operation failed: failed set session seq ID.The operation failed: failed set user.The operation failed: internal server error.The operation failed: invalid parameter value.The operation failed: json codec error.The operation failed: need init before evaluation.The operation failed: past seq id lose.The operation failed: result expired.The operation failed: seq id expired.The operation failed: server overload.The operation failed: service timeout.The operation failed: session expired.The operation failed: wait past seq id timeout.An internal error occurred.An internal error occurred: audio processing failed.An internal error occurred: authorize error.An internal error occurred: BASE64 decode failed.An internal error occurred: cannot find session.An internal error occurred: fail to decode voice.An internal error occurred: ilegal server response.An internal error occurred: init stream not support.An internal error occurred: init stream unfinished.An internal error occurred: initial parameter error.An internal error occurred: invalid seq id.An internal error occurred: invalid WAV header.An internal error occurred: last seq unfinished.An internal error occurred: MP3 decode failed.An internal error occurred: need to init.An internal error occurred: no conversation found.An internal error occurred: no doc in list.An internal error occurred: no error.An internal error occurred: no init before evaluation.An internal error occurred: ref txt empty.An internal error occurred: ref txt oov.An internal error occurred: ref txt too lang.An internal error occurred: server internal error.An internal error occurred: server overload.An internal error occurred: service timeout.An internal error occurred: shard no start with one.An internal error occurred: stream process fail.An internal error occurred: stream process time out.An internal error occurred: streamingvoicepkg timeout.An internal error occurred: time out.An internal error occurred: too long package.An internal error occurred: vad not detected speak.An internal error occurred: voice msg oversized.An internal error occurred: voice msg too short.An internal error occurred: word length too long.A parameter is invalid.A parameter is invalid: authorize error.A parameter is invalid: error phoneme.A parameter is invalid: initial parameter error.A parameter is invalid: invalid action.A parameter is invalid: invalid parameter.A parameter is invalid: seq id limit exceeded.A parameter is invalid: voice msg oversized.A parameter is invalid: without real name.A parameter value is invalid.A parameter value is invalid: audio data size limit exceeded.A parameter value is invalid: audio decode failed.A parameter value is invalid: audio limit exceeded.A parameter value is invalid: audio size must be even.A parameter value is invalid: BASE decode failed.A parameter value is invalid: function not support.A parameter value is invalid: invalid seq id.A parameter value is invalid: invalid WAV header.A parameter value is invalid: no doc in list.A parameter value is invalid: parameter invalid.A parameter value is invalid: ref text empty.A parameter value is invalid: ref text grammar error.A parameter value is invalid: ref text limit exceeded.A parameter value is invalid: ref text OOV.A parameter value is invalid: ref text polyphonic limit exceeded.A parameter value is invalid: ref txt empty.A parameter value is invalid: ref txt too lang.A parameter value is invalid: sensitive words.A parameter value is invalid: session id in use.A parameter value is invalid: shard no start with one.A parameter value is invalid: streamingvoicepkg timeout.A parameter value is invalid: vad not detected speak.A parameter value is invalid: voice file type not found.A parameter value is invalid: voice length too long.A parameter value is invalid: WAV header decode failed.A parameter value is invalid: word length too long.A limit was exceeded.A limit was exceeded: concurrency limit exceeded.A required parameter is missing.Too many requests were sent.Resources are insufficient: server timeout.The resource was not found: appid not fount.The resource was not found: interface not fount.The resource is unavailable.The resource is unavailable: authorize error.The resource is unavailable: cannot find session.The resource is unavailable: concurrency limit.The resource is unavailable: init stream not support.The resource is unavailable: init stream unfinished.The resource is unavailable: last seq unfinished.The resource is unavailable: no conversation found.The resource is unavailable: no init before evaluation.",
        ends: &[
            0, 22, 65, 110, 131, 171, 208, 247, 292, 335, 375, 416, 464, 502, 536, 576,
            617, 665, 703, 747, 793, 832, 882, 921, 958, 995, 1033, 1071, 1109, 1156,
            1183, 1235, 1279, 1328, 1376, 1425, 1476, 1528, 1579, 1631, 1674, 1721, 1769,
            1815, 1856, 1906, 1949, 1986, 2040, 2082, 2122, 2167, 2217, 2261, 2305, 2357,
            2405, 2457, 2511, 2548, 2593, 2644, 2692, 2740, 2789, 2812, 2852, 2890, 2938,
            2977, 3019, 3065, 3109, 3151, 3180, 3241, 3291, 3342, 3396, 3445, 3496, 3541,
            3590, 3635, 3683, 3728, 3781, 3835, 3878, 3943, 3987, 4034, 4080, 4128, 4182,
            4238, 4291, 4347, 4399, 4454, 4505, 4526, 4575, 4607, 4635, 4678, 4722, 4770,
            4798, 4843, 4892, 4939, 4992, 5044, 5093, 5144, 5199,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 116] = ::cloud_errors::__private::retry_column(
        b"accaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabcaaccccccccc",
    );
    static CATEGORY: [::cloud_errors::Category; 116] = ::cloud_errors::__private::category_column(
        b"bppiiiiiiiiiiiiiiiiiiiiiiiiiimmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmcccccccccccccccccccccccccccccccccccchhchheeiiiiiiiii",
    );
    static PILOTS: [u16; 29] = [
        6, 4, 69, 0, 0, 0, 9, 4, 1, 30, 2, 31, 19, 12, 0, 40, 72, 7, 15, 8, 152, 5, 22,
        11, 8, 19, 24, 13, 23,
    ];
    static SLOTS: [(&str, u32); 128] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            17, 5, 33, 4294967295, 79, 40, 34, 107, 36, 59, 29, 43, 19, 71, 76, 7, 4, 82,
            4294967295, 65, 4294967295, 41, 105, 63, 74, 25, 12, 30, 44, 51, 8, 42, 110,
            68, 22, 11, 111, 91, 0, 67, 45, 95, 88, 3, 96, 99, 4294967295, 31, 56,
            4294967295, 75, 115, 87, 4294967295, 80, 39, 4294967295, 28, 97, 57, 52, 20,
            89, 16, 24, 66, 78, 23, 113, 50, 37, 4294967295, 38, 13, 6, 9, 54, 18, 1, 62,
            48, 112, 72, 4294967295, 4294967295, 60, 14, 93, 46, 85, 26, 102, 27, 108,
            104, 83, 15, 98, 84, 100, 92, 103, 58, 49, 47, 69, 35, 32, 61, 106, 81, 109,
            101, 114, 55, 53, 2, 86, 90, 70, 4294967295, 94, 73, 10, 64, 77, 4294967295,
            21,
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
    const PROVIDER: &'static str = "Tencent Cloud SOE";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud SOE's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud SOE: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
