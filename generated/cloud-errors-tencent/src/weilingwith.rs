// @generated from catalogs/tencent/weilingwith.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud WEILINGWITH: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud WEILINGWITH: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure.ApiAuthorizationNotFound`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: api authorization not found.
    AuthFailureApiAuthorizationNotFound,
    /// `AuthFailure.TokenExpired`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: token expired.
    AuthFailureTokenExpired,
    /// `AuthFailure.TokenNotFound`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: token not found.
    AuthFailureTokenNotFound,
    /// `FailedOperation.ApiRuleConfigError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: api rule config error.
    FailedOperationApiRuleConfigError,
    /// `FailedOperation.DBError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DB error.
    FailedOperationDbError,
    /// `FailedOperation.GetTagsFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get tags failed.
    FailedOperationGetTagsFailed,
    /// `FailedOperation.LockRedisCacheFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lock redis cache failed.
    FailedOperationLockRedisCacheFailed,
    /// `FailedOperation.ModifyDeviceError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify device error.
    FailedOperationModifyDeviceError,
    /// `FailedOperation.RedisOperationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: redis operation failed.
    FailedOperationRedisOperationFailed,
    /// `FailedOperation.SendMsgError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: send msg error.
    FailedOperationSendMsgError,
    /// `FailedOperation.SendMsgToIOTFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: send msg to IOT failed.
    FailedOperationSendMsgToIotFailed,
    /// `FailedOperation.StorageInitFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: storage init failed.
    FailedOperationStorageInitFailed,
    /// `FailedOperation.URLGenerateFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: URL generate failed.
    FailedOperationUrlGenerateFailed,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.ApiGatewayInternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: api gateway internal error.
    InternalErrorApiGatewayInternalError,
    /// `InternalError.ApiRequestPathParameterError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: api request path parameter error.
    InternalErrorApiRequestPathParameterError,
    /// `InternalError.AppApiNoSpacePermission`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: app api no space permission.
    InternalErrorAppApiNoSpacePermission,
    /// `InternalError.BIMAppInternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: BIM app internal error.
    InternalErrorBimAppInternalError,
    /// `InternalError.BusinessLogicError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: business logic error.
    InternalErrorBusinessLogicError,
    /// `InternalError.ManagerSrvFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: manager srv failed.
    InternalErrorManagerSrvFailed,
    /// `InternalError.Timeout`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: timeout.
    InternalErrorTimeout,
    /// `InternalError.UnknownError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unknown error.
    InternalErrorUnknownError,
    /// `InternalError.UpdateParkInfoFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: update park info failed.
    InternalErrorUpdateParkInfoFailed,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.DuplicateParkCode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicate park code.
    InvalidParameterDuplicateParkCode,
    /// `InvalidParameter.ExceedParkLengthLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: exceed park length limit.
    InvalidParameterExceedParkLengthLimit,
    /// `InvalidParameter.InvalidAlarmContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid alarm content.
    InvalidParameterInvalidAlarmContent,
    /// `InvalidParameter.InvalidMediaData`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid media data.
    InvalidParameterInvalidMediaData,
    /// `InvalidParameter.InvalidMetaData`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid meta data.
    InvalidParameterInvalidMetaData,
    /// `InvalidParameter.InvalidRequestTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid request time.
    InvalidParameterInvalidRequestTime,
    /// `InvalidParameter.ParamNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: param not match.
    InvalidParameterParamNotMatch,
    /// `InvalidParameter.StatusNotMatchProcessType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: status not match process type.
    InvalidParameterStatusNotMatchProcessType,
    /// `InvalidParameter.TokenFieldNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: token field not found.
    InvalidParameterTokenFieldNotFound,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.InvalidAlarmStatus`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid alarm status.
    InvalidParameterValueInvalidAlarmStatus,
    /// `InvalidParameterValue.InvalidApplicationId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid application id.
    InvalidParameterValueInvalidApplicationId,
    /// `InvalidParameterValue.InvalidElementIdOrProjectId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid element id or project id.
    InvalidParameterValueInvalidElementIdOrProjectId,
    /// `InvalidParameterValue.InvalidGB28181Config`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid GB28181 config.
    InvalidParameterValueInvalidGb28181Config,
    /// `InvalidParameterValue.InvalidNonce`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid nonce.
    InvalidParameterValueInvalidNonce,
    /// `InvalidParameterValue.InvalidProtocol`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid protocol.
    InvalidParameterValueInvalidProtocol,
    /// `InvalidParameterValue.InvalidRequestTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid request time.
    InvalidParameterValueInvalidRequestTime,
    /// `InvalidParameterValue.InvalidSaveType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid save type.
    InvalidParameterValueInvalidSaveType,
    /// `InvalidParameterValue.InvalidSignature`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid signature.
    InvalidParameterValueInvalidSignature,
    /// `InvalidParameterValue.InvalidStreamId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid stream id.
    InvalidParameterValueInvalidStreamId,
    /// `InvalidParameterValue.InvalidTenantId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid tenant id.
    InvalidParameterValueInvalidTenantId,
    /// `InvalidParameterValue.InvalidTimeRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid time range.
    InvalidParameterValueInvalidTimeRange,
    /// `InvalidParameterValue.InvalidVideoPlayRate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid video play rate.
    InvalidParameterValueInvalidVideoPlayRate,
    /// `InvalidParameterValue.InvalidWorkspaceId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid workspace id.
    InvalidParameterValueInvalidWorkspaceId,
    /// `LimitExceeded.ApiLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: api limit exceeded.
    LimitExceededApiLimitExceeded,
    /// `LimitExceeded.DeviceLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: device limit exceeded.
    LimitExceededDeviceLimitExceeded,
    /// `LimitExceeded.VideoStreamThresholdExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: video stream threshold exceeded.
    LimitExceededVideoStreamThresholdExceeded,
    /// `LimitExceeded.VideoTranscode`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: video transcode.
    LimitExceededVideoTranscode,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.EmptyAlarmId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: empty alarm id.
    MissingParameterEmptyAlarmId,
    /// `MissingParameter.EmptyStream`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: empty stream.
    MissingParameterEmptyStream,
    /// `MissingParameter.EmptyWID`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: empty WID.
    MissingParameterEmptyWid,
    /// `OperationDenied.ApiPermissionDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: api permission denied.
    OperationDeniedApiPermissionDenied,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.AlarmIDNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: alarm ID not found.
    ResourceNotFoundAlarmIdNotFound,
    /// `ResourceNotFound.AlarmIdNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: alarm id not exist.
    ResourceNotFoundAlarmIdNotExist,
    /// `ResourceNotFound.CameraBaseInfoNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: camera base info not exist.
    ResourceNotFoundCameraBaseInfoNotExist,
    /// `ResourceNotFound.CameraInfoNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: camera info not exist.
    ResourceNotFoundCameraInfoNotExist,
    /// `ResourceNotFound.CameraStatusNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: camera status not exist.
    ResourceNotFoundCameraStatusNotExist,
    /// `ResourceNotFound.ElementNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: element not found.
    ResourceNotFoundElementNotFound,
    /// `ResourceNotFound.EmptyDeviceList`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: empty device list.
    ResourceNotFoundEmptyDeviceList,
    /// `ResourceNotFound.NVROrCVRConfigNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: NVR or CVR config not exist.
    ResourceNotFoundNvrOrCvrConfigNotExist,
    /// `ResourceNotFound.SRSHookServiceNode`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: SRS hook service node.
    ResourceNotFoundSrsHookServiceNode,
    /// `ResourceNotFound.SRSNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: SRS not exist.
    ResourceNotFoundSrsNotExist,
    /// `ResourceNotFound.StreamNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: stream not exist.
    ResourceNotFoundStreamNotExist,
    /// `ResourceNotFound.VideoPushServiceNode`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: video push service node.
    ResourceNotFoundVideoPushServiceNode,
    /// `ResourceNotFound.WIDNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: WID not exist.
    ResourceNotFoundWidNotExist,
    /// `ResourceUnavailable.DeviceOffline`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: device offline.
    ResourceUnavailableDeviceOffline,
    /// `UnauthorizedOperation.APIAuthFailed`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: API auth failed.
    UnauthorizedOperationApiAuthFailed,
    /// `UnauthorizedOperation.UnauthorizedApi`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: unauthorized api.
    UnauthorizedOperationUnauthorizedApi,
    /// `UnsupportedOperation.NotStreaming`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not streaming.
    UnsupportedOperationNotStreaming,
    /// `UnsupportedOperation.UnsupportedCMD`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported CMD.
    UnsupportedOperationUnsupportedCmd,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 76] = [
        "AuthFailure.ApiAuthorizationNotFound",
        "AuthFailure.TokenExpired",
        "AuthFailure.TokenNotFound",
        "FailedOperation.ApiRuleConfigError",
        "FailedOperation.DBError",
        "FailedOperation.GetTagsFailed",
        "FailedOperation.LockRedisCacheFailed",
        "FailedOperation.ModifyDeviceError",
        "FailedOperation.RedisOperationFailed",
        "FailedOperation.SendMsgError",
        "FailedOperation.SendMsgToIOTFailed",
        "FailedOperation.StorageInitFailed",
        "FailedOperation.URLGenerateFailed",
        "InternalError",
        "InternalError.ApiGatewayInternalError",
        "InternalError.ApiRequestPathParameterError",
        "InternalError.AppApiNoSpacePermission",
        "InternalError.BIMAppInternalError",
        "InternalError.BusinessLogicError",
        "InternalError.ManagerSrvFailed",
        "InternalError.Timeout",
        "InternalError.UnknownError",
        "InternalError.UpdateParkInfoFailed",
        "InvalidParameter",
        "InvalidParameter.DuplicateParkCode",
        "InvalidParameter.ExceedParkLengthLimit",
        "InvalidParameter.InvalidAlarmContent",
        "InvalidParameter.InvalidMediaData",
        "InvalidParameter.InvalidMetaData",
        "InvalidParameter.InvalidRequestTime",
        "InvalidParameter.ParamNotMatch",
        "InvalidParameter.StatusNotMatchProcessType",
        "InvalidParameter.TokenFieldNotFound",
        "InvalidParameterValue",
        "InvalidParameterValue.InvalidAlarmStatus",
        "InvalidParameterValue.InvalidApplicationId",
        "InvalidParameterValue.InvalidElementIdOrProjectId",
        "InvalidParameterValue.InvalidGB28181Config",
        "InvalidParameterValue.InvalidNonce",
        "InvalidParameterValue.InvalidProtocol",
        "InvalidParameterValue.InvalidRequestTime",
        "InvalidParameterValue.InvalidSaveType",
        "InvalidParameterValue.InvalidSignature",
        "InvalidParameterValue.InvalidStreamId",
        "InvalidParameterValue.InvalidTenantId",
        "InvalidParameterValue.InvalidTimeRange",
        "InvalidParameterValue.InvalidVideoPlayRate",
        "InvalidParameterValue.InvalidWorkspaceId",
        "LimitExceeded.ApiLimitExceeded",
        "LimitExceeded.DeviceLimitExceeded",
        "LimitExceeded.VideoStreamThresholdExceeded",
        "LimitExceeded.VideoTranscode",
        "MissingParameter",
        "MissingParameter.EmptyAlarmId",
        "MissingParameter.EmptyStream",
        "MissingParameter.EmptyWID",
        "OperationDenied.ApiPermissionDenied",
        "ResourceNotFound",
        "ResourceNotFound.AlarmIDNotFound",
        "ResourceNotFound.AlarmIdNotExist",
        "ResourceNotFound.CameraBaseInfoNotExist",
        "ResourceNotFound.CameraInfoNotExist",
        "ResourceNotFound.CameraStatusNotExist",
        "ResourceNotFound.ElementNotFound",
        "ResourceNotFound.EmptyDeviceList",
        "ResourceNotFound.NVROrCVRConfigNotExist",
        "ResourceNotFound.SRSHookServiceNode",
        "ResourceNotFound.SRSNotExist",
        "ResourceNotFound.StreamNotExist",
        "ResourceNotFound.VideoPushServiceNode",
        "ResourceNotFound.WIDNotExist",
        "ResourceUnavailable.DeviceOffline",
        "UnauthorizedOperation.APIAuthFailed",
        "UnauthorizedOperation.UnauthorizedApi",
        "UnsupportedOperation.NotStreaming",
        "UnsupportedOperation.UnsupportedCMD",
    ];
    static NAME_CODES: [u32; 13] = [4, 10, 12, 17, 37, 55, 58, 65, 66, 67, 70, 72, 75];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationDbErrorFailedOperationSendMsgToIotFailedFailedOperationUrlGenerateFailedInternalErrorBimAppInternalErrorInvalidParameterValueInvalidGb28181ConfigMissingParameterEmptyWidResourceNotFoundAlarmIdNotFoundResourceNotFoundNvrOrCvrConfigNotExistResourceNotFoundSrsHookServiceNodeResourceNotFoundSrsNotExistResourceNotFoundWidNotExistUnauthorizedOperationApiAuthFailedUnsupportedOperationUnsupportedCmd",
        ends: &[0, 22, 55, 87, 119, 160, 184, 215, 253, 287, 314, 341, 375, 409],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed: api authorization not found.Authentication failed: token expired.Authentication failed: token not found.The operation failed: api rule config error.The operation failed: DB error.The operation failed: get tags failed.The operation failed: lock redis cache failed.The operation failed: modify device error.The operation failed: redis operation failed.The operation failed: send msg error.The operation failed: send msg to IOT failed.The operation failed: storage init failed.The operation failed: URL generate failed.An internal error occurred.An internal error occurred: api gateway internal error.An internal error occurred: api request path parameter error.An internal error occurred: app api no space permission.An internal error occurred: BIM app internal error.An internal error occurred: business logic error.An internal error occurred: manager srv failed.An internal error occurred: timeout.An internal error occurred: unknown error.An internal error occurred: update park info failed.A parameter is invalid.A parameter is invalid: duplicate park code.A parameter is invalid: exceed park length limit.A parameter is invalid: invalid alarm content.A parameter is invalid: invalid media data.A parameter is invalid: invalid meta data.A parameter is invalid: invalid request time.A parameter is invalid: param not match.A parameter is invalid: status not match process type.A parameter is invalid: token field not found.A parameter value is invalid.A parameter value is invalid: invalid alarm status.A parameter value is invalid: invalid application id.A parameter value is invalid: invalid element id or project id.A parameter value is invalid: invalid GB28181 config.A parameter value is invalid: invalid nonce.A parameter value is invalid: invalid protocol.A parameter value is invalid: invalid request time.A parameter value is invalid: invalid save type.A parameter value is invalid: invalid signature.A parameter value is invalid: invalid stream id.A parameter value is invalid: invalid tenant id.A parameter value is invalid: invalid time range.A parameter value is invalid: invalid video play rate.A parameter value is invalid: invalid workspace id.A limit was exceeded: api limit exceeded.A limit was exceeded: device limit exceeded.A limit was exceeded: video stream threshold exceeded.A limit was exceeded: video transcode.A required parameter is missing.A required parameter is missing: empty alarm id.A required parameter is missing: empty stream.A required parameter is missing: empty WID.The operation was denied: api permission denied.The resource was not found.The resource was not found: alarm ID not found.The resource was not found: alarm id not exist.The resource was not found: camera base info not exist.The resource was not found: camera info not exist.The resource was not found: camera status not exist.The resource was not found: element not found.The resource was not found: empty device list.The resource was not found: NVR or CVR config not exist.The resource was not found: SRS hook service node.The resource was not found: SRS not exist.The resource was not found: stream not exist.The resource was not found: video push service node.The resource was not found: WID not exist.The resource is unavailable: device offline.The operation is not authorized: API auth failed.The operation is not authorized: unauthorized api.The operation is not supported: not streaming.The operation is not supported: unsupported CMD.",
        ends: &[
            0, 51, 88, 127, 171, 202, 240, 286, 328, 373, 410, 455, 497, 539, 566, 621,
            682, 738, 789, 838, 885, 921, 963, 1015, 1038, 1082, 1131, 1177, 1220, 1262,
            1307, 1347, 1401, 1447, 1476, 1527, 1580, 1643, 1696, 1740, 1787, 1838, 1886,
            1934, 1982, 2030, 2079, 2133, 2184, 2225, 2269, 2323, 2361, 2393, 2441, 2487,
            2530, 2578, 2605, 2652, 2699, 2754, 2804, 2856, 2902, 2948, 3004, 3054, 3096,
            3141, 3193, 3235, 3279, 3328, 3378, 3424, 3472,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 76] = ::cloud_errors::__private::retry_column(
        b"cccaaaaaaaaaabbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaacccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 76] = ::cloud_errors::__private::category_column(
        b"pppiiiiiiiiiimmmmmmmmmmccccccccccccccccccccccccchhhhccccgeeeeeeeeeeeeeeiggii",
    );
    static PILOTS: [u16; 19] = [
        0, 56, 80, 18, 36, 7, 5, 43, 10, 792, 9, 29, 0, 52, 0, 192, 2, 4, 39,
    ];
    static SLOTS: [(&str, u32); 84] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            61, 59, 2, 64, 66, 4294967295, 37, 3, 16, 32, 54, 23, 17, 30, 75, 36, 25, 29,
            72, 4294967295, 0, 22, 56, 50, 40, 34, 7, 14, 51, 8, 4294967295, 53, 67, 26,
            10, 49, 4294967295, 1, 42, 28, 4294967295, 18, 52, 60, 12, 21, 27, 4,
            4294967295, 6, 44, 65, 11, 4294967295, 74, 38, 63, 13, 58, 41, 45,
            4294967295, 35, 73, 68, 33, 47, 48, 69, 31, 71, 43, 57, 70, 24, 39, 19, 5,
            15, 62, 55, 20, 9, 46,
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
    const PROVIDER: &'static str = "Tencent Cloud WEILINGWITH";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud WEILINGWITH's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud WEILINGWITH: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
