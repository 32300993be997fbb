// @generated from catalogs/tencent/aai.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud AAI: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud AAI: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.ServiceIsolate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: service isolate.
    FailedOperationServiceIsolate,
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
    /// `InternalError.ErrorTranslate`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: error translate.
    InternalErrorErrorTranslate,
    /// `InternalError.TextConvertFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: text convert failed.
    InternalErrorTextConvertFailed,
    /// `InvalidParameter.ErrorChatText`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: error chat text.
    InvalidParameterErrorChatText,
    /// `InvalidParameter.ErrorChatUser`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: error chat user.
    InvalidParameterErrorChatUser,
    /// `InvalidParameter.ErrorContentlength`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: error contentlength.
    InvalidParameterErrorContentlength,
    /// `InvalidParameter.ErrorNoBodydata`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: error no bodydata.
    InvalidParameterErrorNoBodydata,
    /// `InvalidParameter.ErrorParamsMissing`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: error params missing.
    InvalidParameterErrorParamsMissing,
    /// `InvalidParameter.ErrorParsequest`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: error parsequest.
    InvalidParameterErrorParsequest,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.AppIdNotRegistered`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: app id not registered.
    InvalidParameterValueAppIdNotRegistered,
    /// `InvalidParameterValue.ErrorInvalidAppid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: error invalid appid.
    InvalidParameterValueErrorInvalidAppid,
    /// `InvalidParameterValue.ErrorInvalidClientip`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: error invalid clientip.
    InvalidParameterValueErrorInvalidClientip,
    /// `InvalidParameterValue.ErrorInvalidEngservice`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: error invalid engservice.
    InvalidParameterValueErrorInvalidEngservice,
    /// `InvalidParameterValue.ErrorInvalidOpenTranslate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: error invalid open translate.
    InvalidParameterValueErrorInvalidOpenTranslate,
    /// `InvalidParameterValue.ErrorInvalidProjectid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: error invalid projectid.
    InvalidParameterValueErrorInvalidProjectid,
    /// `InvalidParameterValue.ErrorInvalidRequestid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: error invalid requestid.
    InvalidParameterValueErrorInvalidRequestid,
    /// `InvalidParameterValue.ErrorInvalidSourceLanguage`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: error invalid source language.
    InvalidParameterValueErrorInvalidSourceLanguage,
    /// `InvalidParameterValue.ErrorInvalidSourcetype`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: error invalid sourcetype.
    InvalidParameterValueErrorInvalidSourcetype,
    /// `InvalidParameterValue.ErrorInvalidSubservicetype`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: error invalid subservicetype.
    InvalidParameterValueErrorInvalidSubservicetype,
    /// `InvalidParameterValue.ErrorInvalidTargetLanguage`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: error invalid target language.
    InvalidParameterValueErrorInvalidTargetLanguage,
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
    /// `UnsupportedOperation.TextTooLong`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: text too long.
    UnsupportedOperationTextTooLong,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 38] = [
        "FailedOperation.ServiceIsolate",
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
        "InternalError.ErrorTranslate",
        "InternalError.TextConvertFailed",
        "InvalidParameter.ErrorChatText",
        "InvalidParameter.ErrorChatUser",
        "InvalidParameter.ErrorContentlength",
        "InvalidParameter.ErrorNoBodydata",
        "InvalidParameter.ErrorParamsMissing",
        "InvalidParameter.ErrorParsequest",
        "InvalidParameterValue",
        "InvalidParameterValue.AppIdNotRegistered",
        "InvalidParameterValue.ErrorInvalidAppid",
        "InvalidParameterValue.ErrorInvalidClientip",
        "InvalidParameterValue.ErrorInvalidEngservice",
        "InvalidParameterValue.ErrorInvalidOpenTranslate",
        "InvalidParameterValue.ErrorInvalidProjectid",
        "InvalidParameterValue.ErrorInvalidRequestid",
        "InvalidParameterValue.ErrorInvalidSourceLanguage",
        "InvalidParameterValue.ErrorInvalidSourcetype",
        "InvalidParameterValue.ErrorInvalidSubservicetype",
        "InvalidParameterValue.ErrorInvalidTargetLanguage",
        "InvalidParameterValue.ErrorInvalidUrl",
        "InvalidParameterValue.ErrorInvalidUseraudiokey",
        "InvalidParameterValue.ErrorInvalidVoiceFormat",
        "InvalidParameterValue.ErrorInvalidVoicedata",
        "UnsupportedOperation.TextTooLong",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: service isolate.The operation failed: user has no free amount.The operation failed: user not registered.An internal error occurred.An internal error occurred: error configure.An internal error occurred: error create log.An internal error occurred: error down file.An internal error occurred: error fail newprequest.An internal error occurred: error fail writetodb.An internal error occurred: error file cannotopen.An internal error occurred: error get route.An internal error occurred: error make logpath.An internal error occurred: error recognize.An internal error occurred: error translate.An internal error occurred: text convert failed.A parameter is invalid: error chat text.A parameter is invalid: error chat user.A parameter is invalid: error contentlength.A parameter is invalid: error no bodydata.A parameter is invalid: error params missing.A parameter is invalid: error parsequest.A parameter value is invalid.A parameter value is invalid: app id not registered.A parameter value is invalid: error invalid appid.A parameter value is invalid: error invalid clientip.A parameter value is invalid: error invalid engservice.A parameter value is invalid: error invalid open translate.A parameter value is invalid: error invalid projectid.A parameter value is invalid: error invalid requestid.A parameter value is invalid: error invalid source language.A parameter value is invalid: error invalid sourcetype.A parameter value is invalid: error invalid subservicetype.A parameter value is invalid: error invalid target language.A parameter value is invalid: error invalid url.A parameter value is invalid: error invalid useraudiokey.A parameter value is invalid: error invalid voice format.A parameter value is invalid: error invalid voicedata.The operation is not supported: text too long.",
        ends: &[
            0, 38, 84, 126, 153, 197, 242, 286, 337, 386, 436, 480, 527, 571, 615, 663,
            703, 743, 787, 829, 874, 915, 944, 996, 1046, 1099, 1154, 1213, 1267, 1321,
            1381, 1436, 1495, 1555, 1603, 1660, 1717, 1771, 1817,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 38] = ::cloud_errors::__private::retry_column(
        b"aaabbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 38] = ::cloud_errors::__private::category_column(
        b"iiimmmmmmmmmmmmcccccccccccccccccccccci",
    );
    static PILOTS: [u16; 10] = [4, 3, 115, 12, 1, 12, 17, 2, 753, 0];
    static SLOTS: [(&str, u32); 42] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            2, 9, 10, 31, 8, 23, 13, 11, 4294967295, 21, 33, 18, 15, 35, 19, 14, 32, 24,
            16, 4294967295, 27, 22, 34, 37, 0, 12, 36, 28, 4, 25, 3, 4294967295, 6, 17,
            5, 1, 7, 30, 4294967295, 26, 29, 20,
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
    const PROVIDER: &'static str = "Tencent Cloud AAI";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud AAI's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud AAI: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
