// @generated from catalogs/tencent/asr.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud ASR: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud ASR: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.CheckResourceResponseCodeError`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: check resource response code error.
    AuthFailureCheckResourceResponseCodeError,
    /// `AuthFailure.InvalidAuthorization`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: invalid authorization.
    AuthFailureInvalidAuthorization,
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation.
    AuthFailureUnauthorizedOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.CheckAuthInfoFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: check auth info failed.
    FailedOperationCheckAuthInfoFailed,
    /// `FailedOperation.ErrorDownFile`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: error down file.
    FailedOperationErrorDownFile,
    /// `FailedOperation.ErrorRecognize`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: error recognize.
    FailedOperationErrorRecognize,
    /// `FailedOperation.NoSuchTask`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no such task.
    FailedOperationNoSuchTask,
    /// `FailedOperation.NotExistentVoicePrintId`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not existent voice print id.
    FailedOperationNotExistentVoicePrintId,
    /// `FailedOperation.ServiceIsolate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: service isolate.
    FailedOperationServiceIsolate,
    /// `FailedOperation.UserHasNoAmount`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user has no amount.
    FailedOperationUserHasNoAmount,
    /// `FailedOperation.UserHasNoFreeAmount`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user has no free amount.
    FailedOperationUserHasNoFreeAmount,
    /// `FailedOperation.UserNotRegistered`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user not registered.
    FailedOperationUserNotRegistered,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.ErrorConfigure`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: error configure.
    InternalErrorErrorConfigure,
    /// `InternalError.ErrorCreateLog`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: error create log.
    InternalErrorErrorCreateLog,
    /// `InternalError.ErrorDownFile`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: error down file.
    InternalErrorErrorDownFile,
    /// `InternalError.ErrorFailNewprequest`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: error fail newprequest.
    InternalErrorErrorFailNewprequest,
    /// `InternalError.ErrorFailWritetodb`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: error fail writetodb.
    InternalErrorErrorFailWritetodb,
    /// `InternalError.ErrorFileCannotopen`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: error file cannotopen.
    InternalErrorErrorFileCannotopen,
    /// `InternalError.ErrorGetRoute`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: error get route.
    InternalErrorErrorGetRoute,
    /// `InternalError.ErrorMakeLogpath`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: error make logpath.
    InternalErrorErrorMakeLogpath,
    /// `InternalError.ErrorRecognize`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: error recognize.
    InternalErrorErrorRecognize,
    /// `InternalError.FailAccessDatabase`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: fail access database.
    InternalErrorFailAccessDatabase,
    /// `InternalError.FailAccessRedis`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: fail access redis.
    InternalErrorFailAccessRedis,
    /// `InternalError.FailedVoicePrintDecode`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: failed voice print decode.
    InternalErrorFailedVoicePrintDecode,
    /// `InternalError.FailedVoicePrintEnroll`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: failed voice print enroll.
    InternalErrorFailedVoicePrintEnroll,
    /// `InternalError.FailedVoicePrintVerify`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: failed voice print verify.
    InternalErrorFailedVoicePrintVerify,
    /// `InternalError.TagRequestError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: tag request error.
    InternalErrorTagRequestError,
    /// `InternalError.VoicePrintAudioFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: voice print audio failed.
    InternalErrorVoicePrintAudioFailed,
    /// `InternalError.VoicePrintDecodeFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: voice print decode failed.
    InternalErrorVoicePrintDecodeFailed,
    /// `InternalError.VoicePrintEnrollFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: voice print enroll failed.
    InternalErrorVoicePrintEnrollFailed,
    /// `InternalError.VoicePrintVerifyFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: voice print verify failed.
    InternalErrorVoicePrintVerifyFailed,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ErrorContentlength`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: error contentlength.
    InvalidParameterErrorContentlength,
    /// `InvalidParameter.ErrorParamsMissing`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: error params missing.
    InvalidParameterErrorParamsMissing,
    /// `InvalidParameter.ErrorParsequest`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: error parsequest.
    InvalidParameterErrorParsequest,
    /// `InvalidParameter.FailedVoicePrintDecode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: failed voice print decode.
    InvalidParameterFailedVoicePrintDecode,
    /// `InvalidParameter.FileEncode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: file encode.
    InvalidParameterFileEncode,
    /// `InvalidParameter.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter.
    InvalidParameterInvalidParameter,
    /// `InvalidParameter.InvalidVocabState`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid vocab state.
    InvalidParameterInvalidVocabState,
    /// `InvalidParameter.KeyWordLibNameExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: key word lib name exist.
    InvalidParameterKeyWordLibNameExist,
    /// `InvalidParameter.ModelState`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: model state.
    InvalidParameterModelState,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.ErrorInvalidAppid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: error invalid appid.
    InvalidParameterValueErrorInvalidAppid,
    /// `InvalidParameterValue.ErrorInvalidClientip`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: error invalid clientip.
    InvalidParameterValueErrorInvalidClientip,
    /// `InvalidParameterValue.ErrorInvalidEngservice`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: error invalid engservice.
    InvalidParameterValueErrorInvalidEngservice,
    /// `InvalidParameterValue.ErrorInvalidProjectid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: error invalid projectid.
    InvalidParameterValueErrorInvalidProjectid,
    /// `InvalidParameterValue.ErrorInvalidRequestid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: error invalid requestid.
    InvalidParameterValueErrorInvalidRequestid,
    /// `InvalidParameterValue.ErrorInvalidSourcetype`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: error invalid sourcetype.
    InvalidParameterValueErrorInvalidSourcetype,
    /// `InvalidParameterValue.ErrorInvalidSubservicetype`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: error invalid subservicetype.
    InvalidParameterValueErrorInvalidSubservicetype,
    /// `InvalidParameterValue.ErrorInvalidUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: error invalid url.
    InvalidParameterValueErrorInvalidUrl,
    /// `InvalidParameterValue.ErrorInvalidUseraudiokey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: error invalid useraudiokey.
    InvalidParameterValueErrorInvalidUseraudiokey,
    /// `InvalidParameterValue.ErrorInvalidVoiceFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: error invalid voice format.
    InvalidParameterValueErrorInvalidVoiceFormat,
    /// `InvalidParameterValue.ErrorInvalidVoicedata`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: error invalid voicedata.
    InvalidParameterValueErrorInvalidVoicedata,
    /// `InvalidParameterValue.ErrorVoicedataTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: error voicedata too long.
    InvalidParameterValueErrorVoicedataTooLong,
    /// `InvalidParameterValue.InvalidParameterLength`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter length.
    InvalidParameterValueInvalidParameterLength,
    /// `InvalidParameterValue.InvalidVocabId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid vocab id.
    InvalidParameterValueInvalidVocabId,
    /// `InvalidParameterValue.InvalidVocabState`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid vocab state.
    InvalidParameterValueInvalidVocabState,
    /// `InvalidParameterValue.InvalidWordWeight`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid word weight.
    InvalidParameterValueInvalidWordWeight,
    /// `InvalidParameterValue.InvalidWordWeightStr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid word weight str.
    InvalidParameterValueInvalidWordWeightStr,
    /// `InvalidParameterValue.ModelId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: model id.
    InvalidParameterValueModelId,
    /// `InvalidParameterValue.NoHumanVoice`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: no human voice.
    InvalidParameterValueNoHumanVoice,
    /// `InvalidParameterValue.ToState`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: to state.
    InvalidParameterValueToState,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.CustomizationFull`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: customization full.
    LimitExceededCustomizationFull,
    /// `LimitExceeded.OnlineFull`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: online full.
    LimitExceededOnlineFull,
    /// `LimitExceeded.VocabFull`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: vocab full.
    LimitExceededVocabFull,
    /// `LimitExceeded.VoicePrintFull`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: voice print full.
    LimitExceededVoicePrintFull,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `RequestLimitExceeded.UinLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent: uin limit exceeded.
    RequestLimitExceededUinLimitExceeded,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 74] = [
        "AuthFailure",
        "AuthFailure.CheckResourceResponseCodeError",
        "AuthFailure.InvalidAuthorization",
        "AuthFailure.UnauthorizedOperation",
        "FailedOperation",
        "FailedOperation.CheckAuthInfoFailed",
        "FailedOperation.ErrorDownFile",
        "FailedOperation.ErrorRecognize",
        "FailedOperation.NoSuchTask",
        "FailedOperation.NotExistentVoicePrintId",
        "FailedOperation.ServiceIsolate",
        "FailedOperation.UserHasNoAmount",
        "FailedOperation.UserHasNoFreeAmount",
        "FailedOperation.UserNotRegistered",
        "InternalError",
        "InternalError.ErrorConfigure",
        "InternalError.ErrorCreateLog",
        "InternalError.ErrorDownFile",
        "InternalError.ErrorFailNewprequest",
        "InternalError.ErrorFailWritetodb",
        "InternalError.ErrorFileCannotopen",
        "InternalError.ErrorGetRoute",
        "InternalError.ErrorMakeLogpath",
        "InternalError.ErrorRecognize",
        "InternalError.FailAccessDatabase",
        "InternalError.FailAccessRedis",
        "InternalError.FailedVoicePrintDecode",
        "InternalError.FailedVoicePrintEnroll",
        "InternalError.FailedVoicePrintVerify",
        "InternalError.TagRequestError",
        "InternalError.VoicePrintAudioFailed",
        "InternalError.VoicePrintDecodeFailed",
        "InternalError.VoicePrintEnrollFailed",
        "InternalError.VoicePrintVerifyFailed",
        "InvalidParameter",
        "InvalidParameter.ErrorContentlength",
        "InvalidParameter.ErrorParamsMissing",
        "InvalidParameter.ErrorParsequest",
        "InvalidParameter.FailedVoicePrintDecode",
        "InvalidParameter.FileEncode",
        "InvalidParameter.InvalidParameter",
        "InvalidParameter.InvalidVocabState",
        "InvalidParameter.KeyWordLibNameExist",
        "InvalidParameter.ModelState",
        "InvalidParameterValue",
        "InvalidParameterValue.ErrorInvalidAppid",
        "InvalidParameterValue.ErrorInvalidClientip",
        "InvalidParameterValue.ErrorInvalidEngservice",
        "InvalidParameterValue.ErrorInvalidProjectid",
        "InvalidParameterValue.ErrorInvalidRequestid",
        "InvalidParameterValue.ErrorInvalidSourcetype",
        "InvalidParameterValue.ErrorInvalidSubservicetype",
        "InvalidParameterValue.ErrorInvalidUrl",
        "InvalidParameterValue.ErrorInvalidUseraudiokey",
        "InvalidParameterValue.ErrorInvalidVoiceFormat",
        "InvalidParameterValue.ErrorInvalidVoicedata",
        "InvalidParameterValue.ErrorVoicedataTooLong",
        "InvalidParameterValue.InvalidParameterLength",
        "InvalidParameterValue.InvalidVocabId",
        "InvalidParameterValue.InvalidVocabState",
        "InvalidParameterValue.InvalidWordWeight",
        "InvalidParameterValue.InvalidWordWeightStr",
        "InvalidParameterValue.ModelId",
        "InvalidParameterValue.NoHumanVoice",
        "InvalidParameterValue.ToState",
        "LimitExceeded",
        "LimitExceeded.CustomizationFull",
        "LimitExceeded.OnlineFull",
        "LimitExceeded.VocabFull",
        "LimitExceeded.VoicePrintFull",
        "MissingParameter",
        "RequestLimitExceeded",
        "RequestLimitExceeded.UinLimitExceeded",
        "UnknownParameter",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: check resource response code error.Authentication failed: invalid authorization.Authentication failed: unauthorized operation.The operation failed.The operation failed: check auth info failed.The operation failed: error down file.The operation failed: error recognize.The operation failed: no such task.The operation failed: not existent voice print id.The operation failed: service isolate.The operation failed: user has no amount.The operation failed: user has no free amount.The operation failed: user not registered.An internal error occurred.An internal error occurred: error configure.An internal error occurred: error create log.An internal error occurred: error down file.An internal error occurred: error fail newprequest.An internal error occurred: error fail writetodb.An internal error occurred: error file cannotopen.An internal error occurred: error get route.An internal error occurred: error make logpath.An internal error occurred: error recognize.An internal error occurred: fail access database.An internal error occurred: fail access redis.An internal error occurred: failed voice print decode.An internal error occurred: failed voice print enroll.An internal error occurred: failed voice print verify.An internal error occurred: tag request error.An internal error occurred: voice print audio failed.An internal error occurred: voice print decode failed.An internal error occurred: voice print enroll failed.An internal error occurred: voice print verify failed.A parameter is invalid.A parameter is invalid: error contentlength.A parameter is invalid: error params missing.A parameter is invalid: error parsequest.A parameter is invalid: failed voice print decode.A parameter is invalid: file encode.A parameter is invalid: invalid parameter.A parameter is invalid: invalid vocab state.A parameter is invalid: key word lib name exist.A parameter is invalid: model state.A parameter value is invalid.A parameter value is invalid: error invalid appid.A parameter value is invalid: error invalid clientip.A parameter value is invalid: error invalid engservice.A parameter value is invalid: error invalid projectid.A parameter value is invalid: error invalid requestid.A parameter value is invalid: error invalid sourcetype.A parameter value is invalid: error invalid subservicetype.A parameter value is invalid: error invalid url.A parameter value is invalid: error invalid useraudiokey.A parameter value is invalid: error invalid voice format.A parameter value is invalid: error invalid voicedata.A parameter value is invalid: error voicedata too long.A parameter value is invalid: invalid parameter length.A parameter value is invalid: invalid vocab id.A parameter value is invalid: invalid vocab state.A parameter value is invalid: invalid word weight.A parameter value is invalid: invalid word weight str.A parameter value is invalid: model id.A parameter value is invalid: no human voice.A parameter value is invalid: to state.A limit was exceeded.A limit was exceeded: customization full.A limit was exceeded: online full.A limit was exceeded: vocab full.A limit was exceeded: voice print full.A required parameter is missing.Too many requests were sent.Too many requests were sent: uin limit exceeded.An unknown parameter was given.",
        ends: &[
            0, 22, 80, 125, 171, 192, 237, 275, 313, 348, 398, 436, 477, 523, 565, 592,
            636, 681, 725, 776, 825, 875, 919, 966, 1010, 1059, 1105, 1159, 1213, 1267,
            1313, 1366, 1420, 1474, 1528, 1551, 1595, 1640, 1681, 1731, 1767, 1809, 1853,
            1901, 1937, 1966, 2016, 2069, 2124, 2178, 2232, 2287, 2346, 2394, 2451, 2508,
            2562, 2617, 2672, 2719, 2769, 2819, 2873, 2912, 2957, 2996, 3017, 3058, 3092,
            3125, 3164, 3196, 3224, 3272, 3303,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 74] = ::cloud_errors::__private::retry_column(
        b"acccaaaaaaaaaabbbbbbbbbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabba",
    );
    static CATEGORY: [::cloud_errors::Category; 74] = ::cloud_errors::__private::category_column(
        b"bpppiiiiiiiiiimmmmmmmmmmmmmmmmmmmmccccccccccccccccccccccccccccccchhhhhchhc",
    );
    static PILOTS: [u16; 19] = [
        0, 35, 10, 0, 6, 16, 5, 2, 7, 15, 37, 195, 44, 4, 57, 10, 42, 33, 8,
    ];
    static SLOTS: [(&str, u32); 82] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            9, 26, 13, 11, 4294967295, 24, 47, 66, 31, 56, 19, 36, 0, 14, 17, 64, 1, 50,
            29, 4294967295, 32, 35, 4294967295, 61, 52, 7, 20, 63, 48, 44, 23, 55,
            4294967295, 34, 43, 15, 62, 30, 39, 22, 65, 33, 69, 49, 25, 8, 42, 41, 54, 5,
            10, 4294967295, 38, 71, 27, 72, 12, 67, 53, 4294967295, 70, 4294967295, 59,
            2, 4, 21, 73, 51, 18, 3, 16, 6, 37, 58, 45, 60, 4294967295, 68, 28, 57, 46,
            40,
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
    const PROVIDER: &'static str = "Tencent Cloud ASR";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud ASR's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud ASR: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
