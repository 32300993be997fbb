// @generated from catalogs/alibaba/imp.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud imp: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud imp: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `Forbidden.Chat.NoPermissionToOperate`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: chat, no permission to operate.
    ForbiddenChatNoPermissionToOperate,
    /// `Invalid.Live.ConfigNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: live, config not found.
    InvalidLiveConfigNotFound,
    /// `Forbidden.Room.LiveAlreadyExist`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: room, live already exist.
    ForbiddenRoomLiveAlreadyExist,
    /// `Invalid.Live.RecordContentExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: live, record content exceed.
    InvalidLiveRecordContentExceed,
    /// `Invalid.Live.RecordContentTooShort`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: live, record content too short.
    InvalidLiveRecordContentTooShort,
    /// `Invalid.Live.RecordEndTimeMismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: live, record end time mismatch.
    InvalidLiveRecordEndTimeMismatch,
    /// `Invalid.Live.RecordInvalidBucket`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: live, record invalid bucket.
    InvalidLiveRecordInvalidBucket,
    /// `Invalid.Live.RecordLiveNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: live, record live not found.
    InvalidLiveRecordLiveNotFound,
    /// `Invalid.Live.RecordLiveStreamNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: live, record live stream not found.
    InvalidLiveRecordLiveStreamNotFound,
    /// `Invalid.Live.RecordNoContent`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: live, record no content.
    InvalidLiveRecordNoContent,
    /// `Invalid.Live.RecordPlaybackDomainNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: live, record playback domain not found.
    InvalidLiveRecordPlaybackDomainNotFound,
    /// `Invalid.Live.WrongRecordOssConfig`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: live, wrong record oss config.
    InvalidLiveWrongRecordOssConfig,
    /// `Invalid.Scene.LiveNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: scene, live not exist.
    InvalidSceneLiveNotExist,
    /// `InvalidRoomId.Room.AlreadyExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid room id: room, already exist.
    InvalidRoomIdRoomAlreadyExist,
    /// `InvalidAppId.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid app id: error.
    InvalidAppIdError,
    /// `Forbidden.SensitiveWordCount.ExceedLimit`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: sensitive word count, exceed limit.
    ForbiddenSensitiveWordCountExceedLimit,
    /// `InvalidConferenceId.Rtc.DataNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid conference id: rtc, data not exist.
    InvalidConferenceIdRtcDataNotExist,
    /// `InvalidLiveId.Live.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid live id: live, not found.
    InvalidLiveIdLiveNotFound,
    /// `Forbidden.Scene.LiveStillStreaming`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: scene, live still streaming.
    ForbiddenSceneLiveStillStreaming,
    /// `InvalidRoomId.Room.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid room id: room, not exist.
    InvalidRoomIdRoomNotExist,
    /// `Meter.ParamError`: HTTP 400; retry: never; category: invalid_argument.
    /// Meter: param error.
    MeterParamError,
    /// `Meter.AuthError`: HTTP 403; retry: never; category: permission_denied.
    /// Meter: auth error.
    MeterAuthError,
    /// `Meter.ServerInternalError`: HTTP 500; retry: never; category: internal.
    /// Meter: server internal error.
    MeterServerInternalError,
    /// `Meter.DataSourceQueryError`: HTTP 500; retry: never; category: internal.
    /// Meter: data source query error.
    MeterDataSourceQueryError,
    /// `Meter.ReadyTsError`: HTTP 502; retry: never; category: internal.
    /// Meter: ready ts error.
    MeterReadyTsError,
    /// `InvalidParameter.StandardRoom.LowCodeDomainNotConfig`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: standard room, low code domain not config.
    InvalidParameterStandardRoomLowCodeDomainNotConfig,
    /// `InvalidAppId.StandardRoom.CnameNotConfig`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid app id: standard room, cname not config.
    InvalidAppIdStandardRoomCnameNotConfig,
    /// `InvalidParameter.StandardRoom.AppKeyNotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: standard room, app key not match.
    InvalidParameterStandardRoomAppKeyNotMatch,
    /// `Forbidden.Room.InvalidPageNumber`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: room, invalid page number.
    ForbiddenRoomInvalidPageNumber,
    /// `Forbidden.Room.InvalidPageSize`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: room, invalid page size.
    ForbiddenRoomInvalidPageSize,
    /// `Invalid.Live.StatusNotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: live, status not match.
    InvalidLiveStatusNotMatch,
    /// `Forbidden.Rtc.UserNoPermission`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: rtc, user no permission.
    ForbiddenRtcUserNoPermission,
    /// `Forbidden.Chat.HasBeenBanned`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: chat, has been banned.
    ForbiddenChatHasBeenBanned,
    /// `Forbidden.Chat.SendCommentFrequencyLimited`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: chat, send comment frequency limited.
    ForbiddenChatSendCommentFrequencyLimited,
    /// `Forbidden.Room.AdminNumberOverLimit`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: room, admin number over limit.
    ForbiddenRoomAdminNumberOverLimit,
    /// `Forbidden.Room.OwnerCannotBeAdmin`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: room, owner cannot be admin.
    ForbiddenRoomOwnerCannotBeAdmin,
    /// `Forbidden.Live.PermissionDenied`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: live, permission denied.
    ForbiddenLivePermissionDenied,
    /// `Forbidden.Room.Deleted`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: room, deleted.
    ForbiddenRoomDeleted,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 38] = [
        "Forbidden.Chat.NoPermissionToOperate",
        "Invalid.Live.ConfigNotFound",
        "Forbidden.Room.LiveAlreadyExist",
        "Invalid.Live.RecordContentExceed",
        "Invalid.Live.RecordContentTooShort",
        "Invalid.Live.RecordEndTimeMismatch",
        "Invalid.Live.RecordInvalidBucket",
        "Invalid.Live.RecordLiveNotFound",
        "Invalid.Live.RecordLiveStreamNotFound",
        "Invalid.Live.RecordNoContent",
        "Invalid.Live.RecordPlaybackDomainNotFound",
        "Invalid.Live.WrongRecordOssConfig",
        "Invalid.Scene.LiveNotExist",
        "InvalidRoomId.Room.AlreadyExist",
        "InvalidAppId.Error",
        "Forbidden.SensitiveWordCount.ExceedLimit",
        "InvalidConferenceId.Rtc.DataNotExist",
        "InvalidLiveId.Live.NotFound",
        "Forbidden.Scene.LiveStillStreaming",
        "InvalidRoomId.Room.NotExist",
        "Meter.ParamError",
        "Meter.AuthError",
        "Meter.ServerInternalError",
        "Meter.DataSourceQueryError",
        "Meter.ReadyTsError",
        "InvalidParameter.StandardRoom.LowCodeDomainNotConfig",
        "InvalidAppId.StandardRoom.CnameNotConfig",
        "InvalidParameter.StandardRoom.AppKeyNotMatch",
        "Forbidden.Room.InvalidPageNumber",
        "Forbidden.Room.InvalidPageSize",
        "Invalid.Live.StatusNotMatch",
        "Forbidden.Rtc.UserNoPermission",
        "Forbidden.Chat.HasBeenBanned",
        "Forbidden.Chat.SendCommentFrequencyLimited",
        "Forbidden.Room.AdminNumberOverLimit",
        "Forbidden.Room.OwnerCannotBeAdmin",
        "Forbidden.Live.PermissionDenied",
        "Forbidden.Room.Deleted",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The request is forbidden: chat, no permission to operate.Invalid: live, config not found.The request is forbidden: room, live already exist.Invalid: live, record content exceed.Invalid: live, record content too short.Invalid: live, record end time mismatch.Invalid: live, record invalid bucket.Invalid: live, record live not found.Invalid: live, record live stream not found.Invalid: live, record no content.Invalid: live, record playback domain not found.Invalid: live, wrong record oss config.Invalid: scene, live not exist.Invalid room id: room, already exist.Invalid app id: error.The request is forbidden: sensitive word count, exceed limit.Invalid conference id: rtc, data not exist.Invalid live id: live, not found.The request is forbidden: scene, live still streaming.Invalid room id: room, not exist.Meter: param error.Meter: auth error.Meter: server internal error.Meter: data source query error.Meter: ready ts error.A parameter is invalid: standard room, low code domain not config.Invalid app id: standard room, cname not config.A parameter is invalid: standard room, app key not match.The request is forbidden: room, invalid page number.The request is forbidden: room, invalid page size.Invalid: live, status not match.The request is forbidden: rtc, user no permission.The request is forbidden: chat, has been banned.The request is forbidden: chat, send comment frequency limited.The request is forbidden: room, admin number over limit.The request is forbidden: room, owner cannot be admin.The request is forbidden: live, permission denied.The request is forbidden: room, deleted.",
        ends: &[
            0, 57, 89, 140, 177, 217, 257, 294, 331, 375, 408, 456, 495, 526, 563, 585,
            646, 689, 722, 776, 809, 828, 846, 875, 906, 928, 994, 1042, 1099, 1151,
            1201, 1233, 1283, 1331, 1394, 1450, 1504, 1554, 1594,
        ],
    };
    static STATUSES: [u16; 38] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 403, 500, 500, 502, 400, 400, 400, 400, 400, 400, 403,
        400, 400, 400, 400, 403, 400,
    ];
    static STATUS_ENDS: [u32; 39] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38,
    ];
    static RETRY: [::cloud_errors::Retry; 38] = ::cloud_errors::__private::retry_column(
        b"cacaaaaaaaaaaaacaacaaaaaaaaaccaccccccc",
    );
    static CATEGORY: [::cloud_errors::Category; 38] = ::cloud_errors::__private::category_column(
        b"gcgccccccccccccgccgccgmmmcccggcggggggg",
    );
    static PILOTS: [u16; 10] = [9, 4, 4, 0, 6, 6, 1, 51, 3, 410];
    static SLOTS: [(&str, u32); 42] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            2, 37, 4294967295, 17, 9, 12, 26, 29, 11, 16, 4, 15, 23, 6, 4294967295, 19,
            8, 25, 34, 10, 35, 4294967295, 20, 27, 13, 28, 0, 3, 31, 1, 7, 21, 30, 14,
            4294967295, 36, 5, 22, 33, 24, 32, 18,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
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
    const PROVIDER: &'static str = "Alibaba Cloud imp";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud imp's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud imp: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
