// @generated from catalogs/tencent/tts.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TTS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TTS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure.InvalidAuthorization`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: invalid authorization.
    AuthFailureInvalidAuthorization,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.NoSuchTask`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no such task.
    FailedOperationNoSuchTask,
    /// `InternalError.ErrorGetRoute`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: error get route.
    InternalErrorErrorGetRoute,
    /// `InternalError.ExceedMaxLimit`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: exceed max limit.
    InternalErrorExceedMaxLimit,
    /// `InternalError.FailAccessDatabase`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: fail access database.
    InternalErrorFailAccessDatabase,
    /// `InternalError.FailAccessRedis`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: fail access redis.
    InternalErrorFailAccessRedis,
    /// `InternalError.InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal error.
    InternalErrorInternalError,
    /// `InternalError.NoResource`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: no resource.
    InternalErrorNoResource,
    /// `InvalidParameter.InvalidText`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid text.
    InvalidParameterInvalidText,
    /// `InvalidParameter.Status`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: status.
    InvalidParameterStatus,
    /// `InvalidParameterValue.AppId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: app id.
    InvalidParameterValueAppId,
    /// `InvalidParameterValue.AppIdNotRegistered`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: app id not registered.
    InvalidParameterValueAppIdNotRegistered,
    /// `InvalidParameterValue.CallbackUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: callback url.
    InvalidParameterValueCallbackUrl,
    /// `InvalidParameterValue.Codec`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: codec.
    InvalidParameterValueCodec,
    /// `InvalidParameterValue.ErrorCardinalFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: error cardinal format.
    InvalidParameterValueErrorCardinalFormat,
    /// `InvalidParameterValue.InvalidText`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid text.
    InvalidParameterValueInvalidText,
    /// `InvalidParameterValue.MissParameters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: miss parameters.
    InvalidParameterValueMissParameters,
    /// `InvalidParameterValue.ModelType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: model type.
    InvalidParameterValueModelType,
    /// `InvalidParameterValue.ParticipleError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: participle error.
    InvalidParameterValueParticipleError,
    /// `InvalidParameterValue.PrimaryLanguage`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: primary language.
    InvalidParameterValuePrimaryLanguage,
    /// `InvalidParameterValue.SSMLInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: SSML invalid.
    InvalidParameterValueSsmlInvalid,
    /// `InvalidParameterValue.SampleRate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: sample rate.
    InvalidParameterValueSampleRate,
    /// `InvalidParameterValue.SessionId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: session id.
    InvalidParameterValueSessionId,
    /// `InvalidParameterValue.Speed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: speed.
    InvalidParameterValueSpeed,
    /// `InvalidParameterValue.Text`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: text.
    InvalidParameterValueText,
    /// `InvalidParameterValue.TextEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: text empty.
    InvalidParameterValueTextEmpty,
    /// `InvalidParameterValue.TextNotUtf8`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: text not utf8.
    InvalidParameterValueTextNotUtf8,
    /// `InvalidParameterValue.TextSsmlParseError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: text ssml parse error.
    InvalidParameterValueTextSsmlParseError,
    /// `InvalidParameterValue.TextTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: text too long.
    InvalidParameterValueTextTooLong,
    /// `InvalidParameterValue.Type`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: type.
    InvalidParameterValueType,
    /// `InvalidParameterValue.VoiceType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: voice type.
    InvalidParameterValueVoiceType,
    /// `InvalidParameterValue.Volume`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: volume.
    InvalidParameterValueVolume,
    /// `LimitExceeded.AccessLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: access limit.
    LimitExceededAccessLimit,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.AccountArrears`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: account arrears.
    UnsupportedOperationAccountArrears,
    /// `UnsupportedOperation.AuthorizationExpired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: authorization expired.
    UnsupportedOperationAuthorizationExpired,
    /// `UnsupportedOperation.AuthorizationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: authorization failed.
    UnsupportedOperationAuthorizationFailed,
    /// `UnsupportedOperation.ForbiddenUse`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: forbidden use.
    UnsupportedOperationForbiddenUse,
    /// `UnsupportedOperation.NoBanlance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: no banlance.
    UnsupportedOperationNoBanlance,
    /// `UnsupportedOperation.NoFreeAccount`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: no free account.
    UnsupportedOperationNoFreeAccount,
    /// `UnsupportedOperation.PkgExhausted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: pkg exhausted.
    UnsupportedOperationPkgExhausted,
    /// `UnsupportedOperation.ServerAlreadyOpen`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: server already open.
    UnsupportedOperationServerAlreadyOpen,
    /// `UnsupportedOperation.ServerDestoryed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: server destoryed.
    UnsupportedOperationServerDestoryed,
    /// `UnsupportedOperation.ServerNotOpen`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: server not open.
    UnsupportedOperationServerNotOpen,
    /// `UnsupportedOperation.ServerStopped`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: server stopped.
    UnsupportedOperationServerStopped,
    /// `UnsupportedOperation.TextTooLong`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: text too long.
    UnsupportedOperationTextTooLong,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 47] = [
        "AuthFailure.InvalidAuthorization",
        "FailedOperation",
        "FailedOperation.NoSuchTask",
        "InternalError.ErrorGetRoute",
        "InternalError.ExceedMaxLimit",
        "InternalError.FailAccessDatabase",
        "InternalError.FailAccessRedis",
        "InternalError.InternalError",
        "InternalError.NoResource",
        "InvalidParameter.InvalidText",
        "InvalidParameter.Status",
        "InvalidParameterValue.AppId",
        "InvalidParameterValue.AppIdNotRegistered",
        "InvalidParameterValue.CallbackUrl",
        "InvalidParameterValue.Codec",
        "InvalidParameterValue.ErrorCardinalFormat",
        "InvalidParameterValue.InvalidText",
        "InvalidParameterValue.MissParameters",
        "InvalidParameterValue.ModelType",
        "InvalidParameterValue.ParticipleError",
        "InvalidParameterValue.PrimaryLanguage",
        "InvalidParameterValue.SSMLInvalid",
        "InvalidParameterValue.SampleRate",
        "InvalidParameterValue.SessionId",
        "InvalidParameterValue.Speed",
        "InvalidParameterValue.Text",
        "InvalidParameterValue.TextEmpty",
        "InvalidParameterValue.TextNotUtf8",
        "InvalidParameterValue.TextSsmlParseError",
        "InvalidParameterValue.TextTooLong",
        "InvalidParameterValue.Type",
        "InvalidParameterValue.VoiceType",
        "InvalidParameterValue.Volume",
        "LimitExceeded.AccessLimit",
        "UnsupportedOperation",
        "UnsupportedOperation.AccountArrears",
        "UnsupportedOperation.AuthorizationExpired",
        "UnsupportedOperation.AuthorizationFailed",
        "UnsupportedOperation.ForbiddenUse",
        "UnsupportedOperation.NoBanlance",
        "UnsupportedOperation.NoFreeAccount",
        "UnsupportedOperation.PkgExhausted",
        "UnsupportedOperation.ServerAlreadyOpen",
        "UnsupportedOperation.ServerDestoryed",
        "UnsupportedOperation.ServerNotOpen",
        "UnsupportedOperation.ServerStopped",
        "UnsupportedOperation.TextTooLong",
    ];
    static NAME_CODES: [u32; 1] = [21];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterValueSsmlInvalid",
        ends: &[0, 32],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed: invalid authorization.The operation failed.The operation failed: no such task.An internal error occurred: error get route.An internal error occurred: exceed max limit.An internal error occurred: fail access database.An internal error occurred: fail access redis.An internal error occurred: internal error.An internal error occurred: no resource.A parameter is invalid: invalid text.A parameter is invalid: status.A parameter value is invalid: app id.A parameter value is invalid: app id not registered.A parameter value is invalid: callback url.A parameter value is invalid: codec.A parameter value is invalid: error cardinal format.A parameter value is invalid: invalid text.A parameter value is invalid: miss parameters.A parameter value is invalid: model type.A parameter value is invalid: participle error.A parameter value is invalid: primary language.A parameter value is invalid: SSML invalid.A parameter value is invalid: sample rate.A parameter value is invalid: session id.A parameter value is invalid: speed.A parameter value is invalid: text.A parameter value is invalid: text empty.A parameter value is invalid: text not utf8.A parameter value is invalid: text ssml parse error.A parameter value is invalid: text too long.A parameter value is invalid: type.A parameter value is invalid: voice type.A parameter value is invalid: volume.A limit was exceeded: access limit.The operation is not supported.The operation is not supported: account arrears.The operation is not supported: authorization expired.The operation is not supported: authorization failed.The operation is not supported: forbidden use.The operation is not supported: no banlance.The operation is not supported: no free account.The operation is not supported: pkg exhausted.The operation is not supported: server already open.The operation is not supported: server destoryed.The operation is not supported: server not open.The operation is not supported: server stopped.The operation is not supported: text too long.",
        ends: &[
            0, 45, 66, 101, 145, 190, 239, 285, 328, 368, 405, 436, 473, 525, 568, 604,
            656, 699, 745, 786, 833, 880, 923, 965, 1006, 1042, 1077, 1118, 1162, 1214,
            1258, 1293, 1334, 1371, 1406, 1437, 1485, 1539, 1592, 1638, 1682, 1730, 1776,
            1828, 1877, 1925, 1972, 2018,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 47] = ::cloud_errors::__private::retry_column(
        b"caabbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 47] = ::cloud_errors::__private::category_column(
        b"piimmmmmmcccccccccccccccccccccccchliiiiiiiiiiii",
    );
    static PILOTS: [u16; 12] = [220, 19, 55, 10, 37, 1, 1, 0, 0, 59, 3, 26];
    static SLOTS: [(&str, u32); 52] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            37, 7, 20, 45, 33, 22, 46, 14, 0, 30, 8, 15, 26, 42, 39, 11, 35, 18, 38, 13,
            4, 19, 23, 27, 36, 43, 10, 9, 41, 32, 6, 16, 24, 17, 1, 34, 12, 4294967295,
            40, 2, 29, 31, 28, 44, 5, 3, 21, 4294967295, 4294967295, 4294967295, 25,
            4294967295,
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
    const PROVIDER: &'static str = "Tencent Cloud TTS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TTS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TTS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
