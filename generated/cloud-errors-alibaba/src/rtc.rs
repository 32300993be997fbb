// @generated from catalogs/alibaba/rtc.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud rtc: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud rtc: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `SLR.NoPermission`: HTTP 400; retry: never; category: invalid_argument.
    /// SLR: no permission.
    SlrNoPermission,
    /// `ParameterError`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter error.
    ParameterError,
    /// `Function.Disable`: HTTP 400; retry: never; category: invalid_argument.
    /// Function: disable.
    FunctionDisable,
    /// `Quota.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Quota: invalid.
    QuotaInvalid,
    /// `NotFound`: HTTP 404; retry: never; category: not_found.
    /// Not found.
    NotFound,
    /// `ErrorAPIInvalidAppID`: HTTP 400; retry: never; category: invalid_argument.
    /// Error API invalid app ID.
    ErrorApiInvalidAppId,
    /// `ErrorAPIQueryRow`: HTTP 400; retry: never; category: invalid_argument.
    /// Error API query row.
    ErrorApiQueryRow,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `ErrorIdempotent`: no documented HTTP status; retry: never; category: unknown.
    /// Error idempotent.
    ErrorIdempotent,
    /// `ErrorAPINoAppId`: HTTP 400; retry: never; category: invalid_argument.
    /// Error API no app id.
    ErrorApiNoAppId,
    /// `ErrorInvalidCallBackURL`: HTTP 400; retry: never; category: invalid_argument.
    /// Error invalid call back URL.
    ErrorInvalidCallBackUrl,
    /// `ErrorIdempotentParameterMismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Error idempotent parameter mismatch.
    ErrorIdempotentParameterMismatch,
    /// `InvalidCropMode.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid crop mode: malformed.
    InvalidCropModeMalformed,
    /// `InvalidAudioMixCount.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid audio mix count: malformed.
    InvalidAudioMixCountMalformed,
    /// `InvalidPane.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pane: malformed.
    InvalidPaneMalformed,
    /// `IllegalAliUId`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal ali u id.
    IllegalAliUId,
    /// `ErrorAPINoRuleId`: HTTP 400; retry: never; category: invalid_argument.
    /// Error API no rule id.
    ErrorApiNoRuleId,
    /// `ErrorNotMatchRuleId`: HTTP 400; retry: never; category: invalid_argument.
    /// Error not match rule id.
    ErrorNotMatchRuleId,
    /// `ErrorAPINoSignature`: HTTP 400; retry: never; category: invalid_argument.
    /// Error API no signature.
    ErrorApiNoSignature,
    /// `ErrorAPIIllegalSignature`: HTTP 401; retry: never; category: unauthenticated.
    /// Error API illegal signature.
    ErrorApiIllegalSignature,
    /// `App.Stop`: no documented HTTP status; retry: never; category: unknown.
    /// App: stop.
    AppStop,
    /// `App.NotExist`: HTTP 404; retry: never; category: not_found.
    /// App: not exist.
    AppNotExist,
    /// `Channel.NotExist`: HTTP 404; retry: never; category: not_found.
    /// Channel: not exist.
    ChannelNotExist,
    /// `Service.NoSignaling`: HTTP 404; retry: never; category: not_found.
    /// Service: no signaling.
    ServiceNoSignaling,
    /// `App.InternalError`: HTTP 500; retry: never; category: internal.
    /// App: internal error.
    AppInternalError,
    /// `Channel.InternalError`: HTTP 500; retry: never; category: internal.
    /// Channel: internal error.
    ChannelInternalError,
    /// `Service.InternalError`: HTTP 500; retry: never; category: internal.
    /// Service: internal error.
    ServiceInternalError,
    /// `ErrorAPIInvalidSubscribeId`: HTTP 400; retry: never; category: invalid_argument.
    /// Error API invalid subscribe id.
    ErrorApiInvalidSubscribeId,
    /// `IllegalLayoutID`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal layout ID.
    IllegalLayoutId,
    /// `ErrorNoSuchLayout`: HTTP 400; retry: never; category: invalid_argument.
    /// Error no such layout.
    ErrorNoSuchLayout,
    /// `TaskExisted`: no documented HTTP status; retry: never; category: unknown.
    /// Task existed.
    TaskExisted,
    /// `InvalidAppId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid app id: not found.
    InvalidAppIdNotFound,
    /// `ApiParamError`: HTTP 400; retry: never; category: invalid_argument.
    /// Api param error.
    ApiParamError,
    /// `BizAppError`: HTTP 403; retry: never; category: permission_denied.
    /// Biz app error.
    BizAppError,
    /// `BizUidError`: HTTP 403; retry: never; category: permission_denied.
    /// Biz uid error.
    BizUidError,
    /// `ServerInternalError`: HTTP 500; retry: never; category: internal.
    /// Server internal error.
    ServerInternalError,
    /// `BizCreatedTsError`: HTTP 403; retry: never; category: permission_denied.
    /// Biz created ts error.
    BizCreatedTsError,
    /// `request.norequestid`: HTTP 400; retry: never; category: invalid_argument.
    /// Request: norequestid.
    RequestNorequestid,
    /// `request.noaliuid`: HTTP 400; retry: never; category: invalid_argument.
    /// Request: noaliuid.
    RequestNoaliuid,
    /// `request.noappid`: HTTP 400; retry: never; category: invalid_argument.
    /// Request: noappid.
    RequestNoappid,
    /// `request.nochannelid`: HTTP 400; retry: never; category: invalid_argument.
    /// Request: nochannelid.
    RequestNochannelid,
    /// `service.signalrequesterror`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Service: signalrequesterror.
    ServiceSignalrequesterror,
    /// `request.illegalauth`: HTTP 401; retry: never; category: unauthenticated.
    /// Request: illegalauth.
    RequestIllegalauth,
    /// `request.authinvalid`: HTTP 401; retry: never; category: unauthenticated.
    /// Request: authinvalid.
    RequestAuthinvalid,
    /// `InvalidLayout.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid layout: not found.
    InvalidLayoutNotFound,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `request.nouserid`: HTTP 400; retry: never; category: invalid_argument.
    /// Request: nouserid.
    RequestNouserid,
    /// `InvalidTask.IDError`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid task: ID error.
    InvalidTaskIdError,
    /// `InvalidTask.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid task: not found.
    InvalidTaskNotFound,
    /// `InvalidParameter.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: format.
    InvalidParameterFormat,
    /// `IllegalBackgroundColor`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal background color.
    IllegalBackgroundColor,
    /// `InvalidLayoutID.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid layout ID: malformed.
    InvalidLayoutIdMalformed,
    /// `InvalidAppID.AliveTaskExceedLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid app ID: alive task exceed limit.
    InvalidAppIdAliveTaskExceedLimit,
    /// `InvalidLiveURL`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid live URL.
    InvalidLiveUrl,
    /// `InternalError.`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError2,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 55] = [
        "SLR.NoPermission",
        "ParameterError",
        "Function.Disable",
        "Quota.Invalid",
        "NotFound",
        "ErrorAPIInvalidAppID",
        "ErrorAPIQueryRow",
        "InternalError",
        "ErrorIdempotent",
        "ErrorAPINoAppId",
        "ErrorInvalidCallBackURL",
        "ErrorIdempotentParameterMismatch",
        "InvalidCropMode.Malformed",
        "InvalidAudioMixCount.Malformed",
        "InvalidPane.Malformed",
        "IllegalAliUId",
        "ErrorAPINoRuleId",
        "ErrorNotMatchRuleId",
        "ErrorAPINoSignature",
        "ErrorAPIIllegalSignature",
        "App.Stop",
        "App.NotExist",
        "Channel.NotExist",
        "Service.NoSignaling",
        "App.InternalError",
        "Channel.InternalError",
        "Service.InternalError",
        "ErrorAPIInvalidSubscribeId",
        "IllegalLayoutID",
        "ErrorNoSuchLayout",
        "TaskExisted",
        "InvalidAppId.NotFound",
        "ApiParamError",
        "BizAppError",
        "BizUidError",
        "ServerInternalError",
        "BizCreatedTsError",
        "request.norequestid",
        "request.noaliuid",
        "request.noappid",
        "request.nochannelid",
        "service.signalrequesterror",
        "request.illegalauth",
        "request.authinvalid",
        "InvalidLayout.NotFound",
        "MissingParameter",
        "request.nouserid",
        "InvalidTask.IDError",
        "InvalidTask.NotFound",
        "InvalidParameter.Format",
        "IllegalBackgroundColor",
        "InvalidLayoutID.Malformed",
        "InvalidAppID.AliveTaskExceedLimit",
        "InvalidLiveURL",
        "InternalError.",
    ];
    static NAME_CODES: [u32; 23] = [
        0, 5, 6, 9, 10, 16, 18, 19, 27, 28, 37, 38, 39, 40, 41, 42, 43, 46, 47, 51, 52,
        53, 54,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "SlrNoPermissionErrorApiInvalidAppIdErrorApiQueryRowErrorApiNoAppIdErrorInvalidCallBackUrlErrorApiNoRuleIdErrorApiNoSignatureErrorApiIllegalSignatureErrorApiInvalidSubscribeIdIllegalLayoutIdRequestNorequestidRequestNoaliuidRequestNoappidRequestNochannelidServiceSignalrequesterrorRequestIllegalauthRequestAuthinvalidRequestNouseridInvalidTaskIdErrorInvalidLayoutIdMalformedInvalidAppIdAliveTaskExceedLimitInvalidLiveUrlInternalError2",
        ends: &[
            0, 15, 35, 51, 66, 89, 105, 124, 148, 174, 189, 207, 222, 236, 254, 279, 297,
            315, 330, 348, 372, 404, 418, 432,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "SLR: no permission.Parameter error.Function: disable.Quota: invalid.Not found.Error API invalid app ID.Error API query row.An internal error occurred.Error idempotent.Error API no app id.Error invalid call back URL.Error idempotent parameter mismatch.Invalid crop mode: malformed.Invalid audio mix count: malformed.Invalid pane: malformed.Illegal ali u id.Error API no rule id.Error not match rule id.Error API no signature.Error API illegal signature.App: stop.App: not exist.Channel: not exist.Service: no signaling.App: internal error.Channel: internal error.Service: internal error.Error API invalid subscribe id.Illegal layout ID.Error no such layout.Task existed.Invalid app id: not found.Api param error.Biz app error.Biz uid error.Server internal error.Biz created ts error.Request: norequestid.Request: noaliuid.Request: noappid.Request: nochannelid.Service: signalrequesterror.Request: illegalauth.Request: authinvalid.Invalid layout: not found.A required parameter is missing.Request: nouserid.Invalid task: ID error.Invalid task: not found.A parameter is invalid: format.Illegal background color.Invalid layout ID: malformed.Invalid app ID: alive task exceed limit.Invalid live URL.An internal error occurred.",
        ends: &[
            0, 19, 35, 53, 68, 78, 103, 123, 150, 167, 187, 215, 251, 280, 315, 339, 356,
            377, 401, 424, 452, 462, 477, 496, 518, 538, 562, 586, 617, 635, 656, 669,
            695, 711, 725, 739, 761, 782, 803, 821, 838, 859, 887, 908, 929, 955, 987,
            1005, 1028, 1052, 1083, 1108, 1137, 1177, 1194, 1221,
        ],
    };
    static STATUSES: [u16; 52] = [
        400, 400, 400, 400, 404, 400, 400, 500, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 401, 404, 404, 404, 500, 500, 500, 400, 400, 400, 404, 400, 403, 403,
        500, 403, 400, 400, 400, 400, 400, 500, 401, 401, 404, 400, 400, 404, 400, 400,
        400, 400, 400, 500,
    ];
    static STATUS_ENDS: [u32; 56] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20,
        21, 22, 23, 24, 25, 26, 27, 28, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 40,
        41, 42, 43, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52,
    ];
    static RETRY: [::cloud_errors::Retry; 55] = ::cloud_errors::__private::retry_column(
        b"aaaaaaabaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
    );
    static CATEGORY: [::cloud_errors::Category; 55] = ::cloud_errors::__private::category_column(
        b"cccceccmbccccccccccpbeeemmmcccbecggmgcccccppecccecccccm",
    );
    static PILOTS: [u16; 14] = [4, 11, 0, 27, 36, 17, 29, 70, 39, 0, 1, 56, 1, 19];
    static SLOTS: [(&str, u32); 61] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            5, 14, 4, 17, 9, 4294967295, 4294967295, 23, 48, 11, 50, 4294967295, 18, 16,
            22, 4294967295, 37, 21, 51, 10, 6, 1, 40, 7, 43, 2, 28, 34, 54, 46, 41, 19,
            47, 20, 29, 38, 25, 32, 4294967295, 3, 45, 33, 24, 44, 53, 39, 36,
            4294967295, 31, 15, 12, 0, 49, 52, 27, 30, 13, 26, 42, 8, 35,
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
    const PROVIDER: &'static str = "Alibaba Cloud rtc";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud rtc's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud rtc: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
