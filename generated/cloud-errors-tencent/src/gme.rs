// @generated from catalogs/tencent/gme.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud GME: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud GME: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The request was a dry run and was not carried out.
    DryRunOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.CosOperationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cos operation failed.
    FailedOperationCosOperationFailed,
    /// `FailedOperation.DbOperationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: db operation failed.
    FailedOperationDbOperationFailed,
    /// `FailedOperation.GenVoicePrintIdFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: gen voice print id failed.
    FailedOperationGenVoicePrintIdFailed,
    /// `FailedOperation.LoginFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: login failed.
    FailedOperationLoginFailed,
    /// `FailedOperation.NotAbility`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not ability.
    FailedOperationNotAbility,
    /// `FailedOperation.NotAllowed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not allowed.
    FailedOperationNotAllowed,
    /// `FailedOperation.TaskExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task exist.
    FailedOperationTaskExist,
    /// `FailedOperation.TaskNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task not exist.
    FailedOperationTaskNotExist,
    /// `FailedOperation.UpdateVoicePrintIdNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update voice print id not found.
    FailedOperationUpdateVoicePrintIdNotFound,
    /// `FailedOperation.UserFeeNegative`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user fee negative.
    FailedOperationUserFeeNegative,
    /// `FailedOperation.VoicePrintAudioCheckFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: voice print audio check failed.
    FailedOperationVoicePrintAudioCheckFailed,
    /// `FailedOperation.VoicePrintRegistrationLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: voice print registration limit.
    FailedOperationVoicePrintRegistrationLimit,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.CallbackAddress`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: callback address.
    InvalidParameterCallbackAddress,
    /// `InvalidParameter.DateInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: date invalid.
    InvalidParameterDateInvalid,
    /// `InvalidParameter.DateOutOfSixtyDays`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: date out of sixty days.
    InvalidParameterDateOutOfSixtyDays,
    /// `InvalidParameter.InvalidAudioInput`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid audio input.
    InvalidParameterInvalidAudioInput,
    /// `InvalidParameter.InvalidSdkAppId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid sdk app id.
    InvalidParameterInvalidSdkAppId,
    /// `InvalidParameter.InvalidVoicePrintIdList`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid voice print id list.
    InvalidParameterInvalidVoicePrintIdList,
    /// `InvalidParameter.TagKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag key.
    InvalidParameterTagKey,
    /// `InvalidParameter.TaskId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: task id.
    InvalidParameterTaskId,
    /// `InvalidParameter.TimeRangeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: time range error.
    InvalidParameterTimeRangeError,
    /// `InvalidParameter.UserSig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: user sig.
    InvalidParameterUserSig,
    /// `InvalidParameterValue.InvalidBizId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid biz id.
    InvalidParameterValueInvalidBizId,
    /// `InvalidParameterValue.InvalidDeleteType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid delete type.
    InvalidParameterValueInvalidDeleteType,
    /// `InvalidParameterValue.InvalidRecordMode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid record mode.
    InvalidParameterValueInvalidRecordMode,
    /// `InvalidParameterValue.InvalidRoomId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid room id.
    InvalidParameterValueInvalidRoomId,
    /// `InvalidParameterValue.InvalidStrUin`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid str uin.
    InvalidParameterValueInvalidStrUin,
    /// `InvalidParameterValue.InvalidSubscribeRecordUserIds`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid subscribe record user ids.
    InvalidParameterValueInvalidSubscribeRecordUserIds,
    /// `InvalidParameterValue.InvalidSubscribeUserIds`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid subscribe user ids.
    InvalidParameterValueInvalidSubscribeUserIds,
    /// `InvalidParameterValue.InvalidTaskId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid task id.
    InvalidParameterValueInvalidTaskId,
    /// `InvalidParameterValue.InvalidUNSubscribeUserIds`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid UN subscribe user ids.
    InvalidParameterValueInvalidUnSubscribeUserIds,
    /// `InvalidParameterValue.InvalidUinOrStrUin`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid uin or str uin.
    InvalidParameterValueInvalidUinOrStrUin,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.Application`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: application.
    LimitExceededApplication,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.MissingVoicePrintUpdateParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing voice print update params.
    MissingParameterMissingVoicePrintUpdateParams,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `ResourceInUse.TaskInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: task in use.
    ResourceInUseTaskInUse,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceInsufficient.RequestRejection`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: request rejection.
    ResourceInsufficientRequestRejection,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.BizidIsNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: bizid is not found.
    ResourceNotFoundBizidIsNotFound,
    /// `ResourceNotFound.RoomNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: room not found.
    ResourceNotFoundRoomNotFound,
    /// `ResourceNotFound.TaskNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: task not found.
    ResourceNotFoundTaskNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.CreateAppDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: create app denied.
    UnauthorizedOperationCreateAppDenied,
    /// `UnauthorizedOperation.UnRealNameAuth`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: un real name auth.
    UnauthorizedOperationUnRealNameAuth,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.LimitDeleteExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: limit delete exceeded.
    UnsupportedOperationLimitDeleteExceeded,
    /// `UnsupportedOperation.PTTSwitchOff`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: PTT switch off.
    UnsupportedOperationPttSwitchOff,
    /// `UnsupportedOperation.ServiceNotOpened`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: service not opened.
    UnsupportedOperationServiceNotOpened,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 59] = [
        "AuthFailure",
        "DryRunOperation",
        "FailedOperation",
        "FailedOperation.CosOperationFailed",
        "FailedOperation.DbOperationFailed",
        "FailedOperation.GenVoicePrintIdFailed",
        "FailedOperation.LoginFailed",
        "FailedOperation.NotAbility",
        "FailedOperation.NotAllowed",
        "FailedOperation.TaskExist",
        "FailedOperation.TaskNotExist",
        "FailedOperation.UpdateVoicePrintIdNotFound",
        "FailedOperation.UserFeeNegative",
        "FailedOperation.VoicePrintAudioCheckFailed",
        "FailedOperation.VoicePrintRegistrationLimit",
        "InternalError",
        "InvalidParameter",
        "InvalidParameter.CallbackAddress",
        "InvalidParameter.DateInvalid",
        "InvalidParameter.DateOutOfSixtyDays",
        "InvalidParameter.InvalidAudioInput",
        "InvalidParameter.InvalidSdkAppId",
        "InvalidParameter.InvalidVoicePrintIdList",
        "InvalidParameter.TagKey",
        "InvalidParameter.TaskId",
        "InvalidParameter.TimeRangeError",
        "InvalidParameter.UserSig",
        "InvalidParameterValue.InvalidBizId",
        "InvalidParameterValue.InvalidDeleteType",
        "InvalidParameterValue.InvalidRecordMode",
        "InvalidParameterValue.InvalidRoomId",
        "InvalidParameterValue.InvalidStrUin",
        "InvalidParameterValue.InvalidSubscribeRecordUserIds",
        "InvalidParameterValue.InvalidSubscribeUserIds",
        "InvalidParameterValue.InvalidTaskId",
        "InvalidParameterValue.InvalidUNSubscribeUserIds",
        "InvalidParameterValue.InvalidUinOrStrUin",
        "LimitExceeded",
        "LimitExceeded.Application",
        "MissingParameter",
        "MissingParameter.MissingVoicePrintUpdateParams",
        "OperationDenied",
        "ResourceInUse.TaskInUse",
        "ResourceInsufficient",
        "ResourceInsufficient.RequestRejection",
        "ResourceNotFound",
        "ResourceNotFound.BizidIsNotFound",
        "ResourceNotFound.RoomNotFound",
        "ResourceNotFound.TaskNotFound",
        "ResourceUnavailable",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnauthorizedOperation.CreateAppDenied",
        "UnauthorizedOperation.UnRealNameAuth",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.LimitDeleteExceeded",
        "UnsupportedOperation.PTTSwitchOff",
        "UnsupportedOperation.ServiceNotOpened",
    ];
    static NAME_CODES: [u32; 2] = [35, 57];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterValueInvalidUnSubscribeUserIdsUnsupportedOperationPttSwitchOff",
        ends: &[0, 46, 78],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The request was a dry run and was not carried out.The operation failed.The operation failed: cos operation failed.The operation failed: db operation failed.The operation failed: gen voice print id failed.The operation failed: login failed.The operation failed: not ability.The operation failed: not allowed.The operation failed: task exist.The operation failed: task not exist.The operation failed: update voice print id not found.The operation failed: user fee negative.The operation failed: voice print audio check failed.The operation failed: voice print registration limit.An internal error occurred.A parameter is invalid.A parameter is invalid: callback address.A parameter is invalid: date invalid.A parameter is invalid: date out of sixty days.A parameter is invalid: invalid audio input.A parameter is invalid: invalid sdk app id.A parameter is invalid: invalid voice print id list.A parameter is invalid: tag key.A parameter is invalid: task id.A parameter is invalid: time range error.A parameter is invalid: user sig.A parameter value is invalid: invalid biz id.A parameter value is invalid: invalid delete type.A parameter value is invalid: invalid record mode.A parameter value is invalid: invalid room id.A parameter value is invalid: invalid str uin.A parameter value is invalid: invalid subscribe record user ids.A parameter value is invalid: invalid subscribe user ids.A parameter value is invalid: invalid task id.A parameter value is invalid: invalid UN subscribe user ids.A parameter value is invalid: invalid uin or str uin.A limit was exceeded.A limit was exceeded: application.A required parameter is missing.A required parameter is missing: missing voice print update params.The operation was denied.The resource is in use: task in use.Resources are insufficient.Resources are insufficient: request rejection.The resource was not found.The resource was not found: bizid is not found.The resource was not found: room not found.The resource was not found: task not found.The resource is unavailable.The resources are sold out.The operation is not authorized.The operation is not authorized: create app denied.The operation is not authorized: un real name auth.An unknown parameter was given.The operation is not supported.The operation is not supported: limit delete exceeded.The operation is not supported: PTT switch off.The operation is not supported: service not opened.",
        ends: &[
            0, 22, 72, 93, 136, 178, 226, 261, 295, 329, 362, 399, 453, 493, 546, 599,
            626, 649, 690, 727, 774, 818, 861, 913, 945, 977, 1018, 1051, 1096, 1146,
            1196, 1242, 1288, 1352, 1409, 1455, 1515, 1568, 1589, 1623, 1655, 1722, 1747,
            1783, 1810, 1856, 1883, 1930, 1973, 2016, 2044, 2071, 2103, 2154, 2205, 2236,
            2267, 2321, 2368, 2419,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 59] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaaaaacbccaaaacccccaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 59] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiiiiiimccccccccccccccccccccchhccgjhheeeeihgggcliii",
    );
    static PILOTS: [u16; 15] = [3, 0, 16, 0, 26, 7, 2, 14, 14, 30, 0, 110, 0, 21, 0];
    static SLOTS: [(&str, u32); 65] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            36, 17, 45, 52, 54, 50, 48, 46, 31, 19, 18, 37, 23, 21, 16, 55, 33, 39, 11,
            35, 15, 14, 25, 12, 34, 4294967295, 4294967295, 43, 1, 20, 9, 22, 44,
            4294967295, 40, 49, 0, 10, 3, 26, 47, 53, 2, 57, 4, 6, 5, 51, 4294967295, 42,
            41, 8, 24, 28, 38, 56, 58, 32, 30, 4294967295, 7, 13, 4294967295, 29, 27,
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
    const PROVIDER: &'static str = "Tencent Cloud GME";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud GME's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud GME: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
