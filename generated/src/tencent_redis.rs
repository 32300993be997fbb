// @generated from catalogs/tencent_redis.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! TencentDB for Redis: error codes.
//!
//! Curated from <https://www.tencentcloud.com/document/product/239/32048>.
//!
//! Extends [`tencent`](crate::tencent): codes this catalog does not define are looked up there.
/// An error code of TencentDB for Redis.
///
/// Every documented code is a variant; any other code is kept verbatim in `Unknown`.
/// Compare codes by matching on the variants, never on `Unknown`'s string: codes
/// added to the catalog later move out of `Unknown`.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.SystemError`: no documented HTTP status; retry: backoff; category: internal.
    ///
    /// An internal system error occurred, unrelated to the request\'s business logic.
    ///
    /// 内部システムエラーが発生しました。リクエストの業務内容とは関係ありません。
    FailedOperationSystemError = 0,
    /// `FailedOperation.Unknown`: no documented HTTP status; retry: never; category: unknown.
    ///
    /// The operation failed for an unknown reason. (The provider\'s page describes this code as \"invalid weekday data\", like WeekDaysIsInvalid.)
    ///
    /// 不明な理由で操作に失敗しました。（プロバイダーのページでは、WeekDaysIsInvalidと同じく「weekdayの入力データが無効」と説明されています。）
    FailedOperationUnknown = 1,
    /// `InternalError.DbOperationFailed`: no documented HTTP status; retry: backoff; category: internal.
    ///
    /// A database operation of the system (an update, insert, select and so on) failed.
    ///
    /// システム内部のデータベース操作（update、insert、selectなど）でエラーが発生しました。
    InternalErrorDbOperationFailed = 2,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    ///
    /// A parameter is wrong.
    ///
    /// パラメータに誤りがあります。
    InvalidParameter = 3,
    /// `InvalidParameter.EmptyParam`: no documented HTTP status; retry: never; category: invalid_argument.
    ///
    /// A parameter is empty.
    ///
    /// パラメータが空です。
    InvalidParameterEmptyParam = 4,
    /// `InvalidParameter.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    ///
    /// A parameter of the service is wrong.
    ///
    /// サービスのパラメータに誤りがあります。
    InvalidParameterInvalidParameter = 5,
    /// `InvalidParameter.OnlyVPCOnSpecZoneId`: no documented HTTP status; retry: never; category: invalid_argument.
    ///
    /// The Shanghai Finance zone offers VPC networks only.
    ///
    /// 上海金融ゾーンではVPCネットワークのみ提供されています。
    InvalidParameterOnlyVpcOnSpecZoneId = 6,
    /// `InvalidParameterValue.InvalidInstanceTypeId`: no documented HTTP status; retry: never; category: invalid_argument.
    ///
    /// The instance type requested for purchase is wrong (TypeId 1 is the cluster edition, 2 the master\-replica edition, the former master\-replica edition).
    ///
    /// 購入をリクエストしたインスタンスタイプが正しくありません（TypeIdは1がクラスタ版、2がマスター・レプリカ版、つまり旧マスター・レプリカ版です）。
    InvalidParameterValueInvalidInstanceTypeId = 7,
    /// `InvalidParameterValue.InvalidSubnetId`: no documented HTTP status; retry: never; category: invalid_argument.
    ///
    /// In a VPC network, the VPC ID or subnet ID is invalid.
    ///
    /// VPCネットワークで、VPC IDまたはサブネットIDが無効です。
    InvalidParameterValueInvalidSubnetId = 8,
    /// `InvalidParameterValue.MemSizeNotInRange`: no documented HTTP status; retry: never; category: out_of_range.
    ///
    /// The requested capacity is outside the range of capacities on sale.
    ///
    /// リクエストした容量が、販売されている容量の範囲外です。
    InvalidParameterValueMemSizeNotInRange = 9,
    /// `InvalidParameterValue.PasswordEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    ///
    /// The password is empty.
    ///
    /// パスワードが空です。
    InvalidParameterValuePasswordEmpty = 10,
    /// `InvalidParameterValue.PasswordError`: no documented HTTP status; retry: never; category: invalid_argument.
    ///
    /// The password failed verification; it is wrong.
    ///
    /// パスワードの検証に失敗しました。パスワードが正しくありません。
    InvalidParameterValuePasswordError = 11,
    /// `InvalidParameterValue.PasswordRuleError`: no documented HTTP status; retry: never; category: invalid_argument.
    ///
    /// When the password is changed, the old password sent does not match the one set before.
    ///
    /// パスワードの変更時に送信された旧パスワードが、以前に設定したパスワードと一致しません。
    InvalidParameterValuePasswordRuleError = 12,
    /// `InvalidParameterValue.ReduceCapacityNotAllowed`: no documented HTTP status; retry: never; category: failed_precondition.
    ///
    /// The requested capacity is too small, so the capacity cannot be reduced.
    ///
    /// リクエストした容量が小さすぎるため、容量を縮小できません。
    InvalidParameterValueReduceCapacityNotAllowed = 13,
    /// `InvalidParameterValue.WeekDaysIsInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    ///
    /// The weekday data entered is invalid.
    ///
    /// weekdayの入力データが無効です。
    InvalidParameterValueWeekDaysIsInvalid = 14,
    /// `LimitExceeded.InvalidMemSize`: no documented HTTP status; retry: never; category: invalid_argument.
    ///
    /// The requested capacity is not among the sale specifications (memSize is a multiple of 1024, in MB).
    ///
    /// リクエストした容量は販売仕様にありません（memSizeは1024の整数倍で、単位はMBです）。
    LimitExceededInvalidMemSize = 15,
    /// `LimitExceeded.InvalidParameterGoodsNumNotInRange`: no documented HTTP status; retry: never; category: out_of_range.
    ///
    /// The number of instances requested in one purchase is outside the allowed range.
    ///
    /// 1回の購入でリクエストしたインスタンス数が、許容範囲外です。
    LimitExceededInvalidParameterGoodsNumNotInRange = 16,
    /// `LimitExceeded.PeriodExceedMaxLimit`: no documented HTTP status; retry: never; category: out_of_range.
    ///
    /// The purchase period exceeds the maximum of three years.
    ///
    /// 購入期間が最長の3年を超えています。
    LimitExceededPeriodExceedMaxLimit = 17,
    /// `LimitExceeded.PeriodLessThanMinLimit`: no documented HTTP status; retry: never; category: out_of_range.
    ///
    /// The purchase period is invalid; the minimum is one month.
    ///
    /// 購入期間が正しくありません。最短期間は1か月です。
    LimitExceededPeriodLessThanMinLimit = 18,
    /// `ResourceInUse.InstanceBeenLocked`: no documented HTTP status; retry: backoff; category: aborted.
    ///
    /// The instance is locked by another process.
    ///
    /// インスタンスは別のプロセスによってロックされています。
    ResourceInUseInstanceBeenLocked = 19,
    /// `ResourceNotFound.AccountDoesNotExists`: no documented HTTP status; retry: never; category: not_found.
    ///
    /// The account (uin) value is empty.
    ///
    /// アカウント（uin）の値が空です。
    ResourceNotFoundAccountDoesNotExists = 20,
    /// `ResourceNotFound.InstanceNotExists`: no documented HTTP status; retry: never; category: not_found.
    ///
    /// No Redis instance matches the serialId.
    ///
    /// serialIdに対応するRedisインスタンスが見つかりません。
    ResourceNotFoundInstanceNotExists = 21,
    /// `ResourceUnavailable.AccountBalanceNotEnough`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    ///
    /// The account balance is not sufficient. (The provider\'s page describes this code as \"the requested order number does not exist\".)
    ///
    /// アカウントの残高が不足しています。（プロバイダーのページでは「リクエストした注文番号が存在しない」と説明されています。）
    ResourceUnavailableAccountBalanceNotEnough = 22,
    /// `ResourceUnavailable.InstanceDeleted`: no documented HTTP status; retry: never; category: not_found.
    ///
    /// The instance has already been recycled.
    ///
    /// インスタンスはすでに回収されています。
    ResourceUnavailableInstanceDeleted = 23,
    /// `ResourceUnavailable.InstanceLockedError`: no documented HTTP status; retry: backoff; category: aborted.
    ///
    /// The Redis instance is already locked by another process.
    ///
    /// Redisインスタンスは、すでに別のプロセスによってロックされています。
    ResourceUnavailableInstanceLockedError = 24,
    /// `ResourceUnavailable.InstanceStatusAbnormal`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    ///
    /// The Redis instance is in an abnormal state, so the operation cannot run.
    ///
    /// Redisインスタンスの状態が異常なため、この操作を実行できません。
    ResourceUnavailableInstanceStatusAbnormal = 25,
    /// `ResourceUnavailable.NoRedisService`: no documented HTTP status; retry: never; category: unimplemented.
    ///
    /// The requested region does not offer Redis of the requested type.
    ///
    /// リクエストしたリージョンでは、リクエストした種類のRedisサービスは提供されていません。
    ResourceUnavailableNoRedisService = 26,
    /// `ResourceUnavailable.NoTypeIdRedisService`: no documented HTTP status; retry: never; category: unimplemented.
    ///
    /// The requested region does not offer Redis of the requested type (TypeId).
    ///
    /// リクエストしたリージョンでは、リクエストした種類（TypeId）のRedisサービスは提供されていません。
    ResourceUnavailableNoTypeIdRedisService = 27,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    ///
    /// The operation is not authorized.
    ///
    /// 許可されていない操作です。
    UnauthorizedOperation = 28,
    /// `UnauthorizedOperation.NoCAMAuthed`: no documented HTTP status; retry: after_fix; category: permission_denied.
    ///
    /// The caller has no CAM permission for this operation.
    ///
    /// この操作に対するCAM権限がありません。
    UnauthorizedOperationNoCamAuthed = 29,
    /// `UnauthorizedOperation.UserNotInWhiteList`: no documented HTTP status; retry: after_fix; category: permission_denied.
    ///
    /// The user is not on the allowlist.
    ///
    /// ユーザーが許可リスト（ホワイトリスト）に登録されていません。
    UnauthorizedOperationUserNotInWhiteList = 30,
    /// `UnsupportedOperation.ClusterInstanceAccessedDeny`: no documented HTTP status; retry: never; category: failed_precondition.
    ///
    /// The cluster edition of Redis does not allow connecting to security groups.
    ///
    /// Redisクラスタ版では、セキュリティグループへの接続は許可されていません。
    UnsupportedOperationClusterInstanceAccessedDeny = 31,
    /// `UnsupportedOperation.IsAutoRenewError`: no documented HTTP status; retry: never; category: invalid_argument.
    ///
    /// The auto\-renewal flag is wrong.
    ///
    /// 自動更新フラグが正しくありません。
    UnsupportedOperationIsAutoRenewError = 32,
    /// `UnsupportedOperation.OnlyClusterInstanceCanExportBackup`: no documented HTTP status; retry: never; category: failed_precondition.
    ///
    /// Only instances of the cluster edition can export backups.
    ///
    /// バックアップをエクスポートできるのは、クラスタ版のインスタンスのみです。
    UnsupportedOperationOnlyClusterInstanceCanExportBackup = 33,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code) = 34,
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String) = 35,
}
const _: () = {
    static CODES: [&str; 34] = [
        "FailedOperation.SystemError",
        "FailedOperation.Unknown",
        "InternalError.DbOperationFailed",
        "InvalidParameter",
        "InvalidParameter.EmptyParam",
        "InvalidParameter.InvalidParameter",
        "InvalidParameter.OnlyVPCOnSpecZoneId",
        "InvalidParameterValue.InvalidInstanceTypeId",
        "InvalidParameterValue.InvalidSubnetId",
        "InvalidParameterValue.MemSizeNotInRange",
        "InvalidParameterValue.PasswordEmpty",
        "InvalidParameterValue.PasswordError",
        "InvalidParameterValue.PasswordRuleError",
        "InvalidParameterValue.ReduceCapacityNotAllowed",
        "InvalidParameterValue.WeekDaysIsInvalid",
        "LimitExceeded.InvalidMemSize",
        "LimitExceeded.InvalidParameterGoodsNumNotInRange",
        "LimitExceeded.PeriodExceedMaxLimit",
        "LimitExceeded.PeriodLessThanMinLimit",
        "ResourceInUse.InstanceBeenLocked",
        "ResourceNotFound.AccountDoesNotExists",
        "ResourceNotFound.InstanceNotExists",
        "ResourceUnavailable.AccountBalanceNotEnough",
        "ResourceUnavailable.InstanceDeleted",
        "ResourceUnavailable.InstanceLockedError",
        "ResourceUnavailable.InstanceStatusAbnormal",
        "ResourceUnavailable.NoRedisService",
        "ResourceUnavailable.NoTypeIdRedisService",
        "UnauthorizedOperation",
        "UnauthorizedOperation.NoCAMAuthed",
        "UnauthorizedOperation.UserNotInWhiteList",
        "UnsupportedOperation.ClusterInstanceAccessedDeny",
        "UnsupportedOperation.IsAutoRenewError",
        "UnsupportedOperation.OnlyClusterInstanceCanExportBackup",
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(
            "FailedOperationSystemError", "FailedOperationUnknown",
            "InternalErrorDbOperationFailed", "InvalidParameter",
            "InvalidParameterEmptyParam", "InvalidParameterInvalidParameter",
            "InvalidParameterOnlyVpcOnSpecZoneId",
            "InvalidParameterValueInvalidInstanceTypeId",
            "InvalidParameterValueInvalidSubnetId",
            "InvalidParameterValueMemSizeNotInRange",
            "InvalidParameterValuePasswordEmpty", "InvalidParameterValuePasswordError",
            "InvalidParameterValuePasswordRuleError",
            "InvalidParameterValueReduceCapacityNotAllowed",
            "InvalidParameterValueWeekDaysIsInvalid", "LimitExceededInvalidMemSize",
            "LimitExceededInvalidParameterGoodsNumNotInRange",
            "LimitExceededPeriodExceedMaxLimit", "LimitExceededPeriodLessThanMinLimit",
            "ResourceInUseInstanceBeenLocked", "ResourceNotFoundAccountDoesNotExists",
            "ResourceNotFoundInstanceNotExists",
            "ResourceUnavailableAccountBalanceNotEnough",
            "ResourceUnavailableInstanceDeleted",
            "ResourceUnavailableInstanceLockedError",
            "ResourceUnavailableInstanceStatusAbnormal",
            "ResourceUnavailableNoRedisService",
            "ResourceUnavailableNoTypeIdRedisService", "UnauthorizedOperation",
            "UnauthorizedOperationNoCamAuthed",
            "UnauthorizedOperationUserNotInWhiteList",
            "UnsupportedOperationClusterInstanceAccessedDeny",
            "UnsupportedOperationIsAutoRenewError",
            "UnsupportedOperationOnlyClusterInstanceCanExportBackup"
        ),
        ends: &[
            0,
            26,
            48,
            78,
            94,
            120,
            152,
            187,
            229,
            265,
            303,
            337,
            371,
            409,
            454,
            492,
            519,
            566,
            599,
            634,
            665,
            701,
            734,
            776,
            810,
            848,
            889,
            922,
            961,
            982,
            1014,
            1053,
            1100,
            1136,
            1190,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(
            "An internal system error occurred, unrelated to the request's business logic.",
            "The operation failed for an unknown reason. (The provider's page describes this code as \"invalid weekday data\", like WeekDaysIsInvalid.)",
            "A database operation of the system (an update, insert, select and so on) failed.",
            "A parameter is wrong.", "A parameter is empty.",
            "A parameter of the service is wrong.",
            "The Shanghai Finance zone offers VPC networks only.",
            "The instance type requested for purchase is wrong (TypeId 1 is the cluster edition, 2 the master-replica edition, the former master-replica edition).",
            "In a VPC network, the VPC ID or subnet ID is invalid.",
            "The requested capacity is outside the range of capacities on sale.",
            "The password is empty.", "The password failed verification; it is wrong.",
            "When the password is changed, the old password sent does not match the one set before.",
            "The requested capacity is too small, so the capacity cannot be reduced.",
            "The weekday data entered is invalid.",
            "The requested capacity is not among the sale specifications (memSize is a multiple of 1024, in MB).",
            "The number of instances requested in one purchase is outside the allowed range.",
            "The purchase period exceeds the maximum of three years.",
            "The purchase period is invalid; the minimum is one month.",
            "The instance is locked by another process.",
            "The account (uin) value is empty.",
            "No Redis instance matches the serialId.",
            "The account balance is not sufficient. (The provider's page describes this code as \"the requested order number does not exist\".)",
            "The instance has already been recycled.",
            "The Redis instance is already locked by another process.",
            "The Redis instance is in an abnormal state, so the operation cannot run.",
            "The requested region does not offer Redis of the requested type.",
            "The requested region does not offer Redis of the requested type (TypeId).",
            "The operation is not authorized.",
            "The caller has no CAM permission for this operation.",
            "The user is not on the allowlist.",
            "The cluster edition of Redis does not allow connecting to security groups.",
            "The auto-renewal flag is wrong.",
            "Only instances of the cluster edition can export backups."
        ),
        ends: &[
            0,
            77,
            213,
            293,
            314,
            335,
            371,
            422,
            571,
            624,
            690,
            712,
            758,
            844,
            915,
            951,
            1050,
            1129,
            1184,
            1241,
            1283,
            1316,
            1355,
            1483,
            1522,
            1578,
            1650,
            1714,
            1787,
            1819,
            1871,
            1904,
            1978,
            2009,
            2066,
        ],
    };
    static DESCRIPTIONS_JA: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(
            "内部システムエラーが発生しました。リクエストの業務内容とは関係ありません。",
            "不明な理由で操作に失敗しました。（プロバイダーのページでは、WeekDaysIsInvalidと同じく「weekdayの入力データが無効」と説明されています。）",
            "システム内部のデータベース操作（update、insert、selectなど）でエラーが発生しました。",
            "パラメータに誤りがあります。",
            "パラメータが空です。",
            "サービスのパラメータに誤りがあります。",
            "上海金融ゾーンではVPCネットワークのみ提供されています。",
            "購入をリクエストしたインスタンスタイプが正しくありません（TypeIdは1がクラスタ版、2がマスター・レプリカ版、つまり旧マスター・レプリカ版です）。",
            "VPCネットワークで、VPC IDまたはサブネットIDが無効です。",
            "リクエストした容量が、販売されている容量の範囲外です。",
            "パスワードが空です。",
            "パスワードの検証に失敗しました。パスワードが正しくありません。",
            "パスワードの変更時に送信された旧パスワードが、以前に設定したパスワードと一致しません。",
            "リクエストした容量が小さすぎるため、容量を縮小できません。",
            "weekdayの入力データが無効です。",
            "リクエストした容量は販売仕様にありません（memSizeは1024の整数倍で、単位はMBです）。",
            "1回の購入でリクエストしたインスタンス数が、許容範囲外です。",
            "購入期間が最長の3年を超えています。",
            "購入期間が正しくありません。最短期間は1か月です。",
            "インスタンスは別のプロセスによってロックされています。",
            "アカウント（uin）の値が空です。",
            "serialIdに対応するRedisインスタンスが見つかりません。",
            "アカウントの残高が不足しています。（プロバイダーのページでは「リクエストした注文番号が存在しない」と説明されています。）",
            "インスタンスはすでに回収されています。",
            "Redisインスタンスは、すでに別のプロセスによってロックされています。",
            "Redisインスタンスの状態が異常なため、この操作を実行できません。",
            "リクエストしたリージョンでは、リクエストした種類のRedisサービスは提供されていません。",
            "リクエストしたリージョンでは、リクエストした種類（TypeId）のRedisサービスは提供されていません。",
            "許可されていない操作です。",
            "この操作に対するCAM権限がありません。",
            "ユーザーが許可リスト（ホワイトリスト）に登録されていません。",
            "Redisクラスタ版では、セキュリティグループへの接続は許可されていません。",
            "自動更新フラグが正しくありません。",
            "バックアップをエクスポートできるのは、クラスタ版のインスタンスのみです。"
        ),
        ends: &[
            0,
            111,
            303,
            420,
            462,
            492,
            549,
            630,
            839,
            916,
            997,
            1027,
            1120,
            1249,
            1336,
            1379,
            1497,
            1585,
            1637,
            1710,
            1791,
            1836,
            1909,
            2089,
            2146,
            2244,
            2336,
            2461,
            2598,
            2637,
            2691,
            2781,
            2885,
            2936,
            3044,
        ],
    };
    static HELP_CODES: [u32; 0] = [];
    static HELP_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(),
        ends: &[0],
    };
    static HELP_JA: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(),
        ends: &[0],
    };
    static STATUSES: [u16; 0] = [];
    static STATUS_ENDS: [u32; 35] = [
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
    ];
    static RETRY: [::cloud_errors::Retry; 34] = [
        ::cloud_errors::Retry::Backoff,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Backoff,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Backoff,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::AfterFix,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Backoff,
        ::cloud_errors::Retry::AfterFix,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::AfterFix,
        ::cloud_errors::Retry::AfterFix,
        ::cloud_errors::Retry::AfterFix,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
    ];
    static CATEGORY: [::cloud_errors::Category; 34] = [
        ::cloud_errors::Category::Internal,
        ::cloud_errors::Category::Unknown,
        ::cloud_errors::Category::Internal,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::OutOfRange,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::FailedPrecondition,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::OutOfRange,
        ::cloud_errors::Category::OutOfRange,
        ::cloud_errors::Category::OutOfRange,
        ::cloud_errors::Category::Aborted,
        ::cloud_errors::Category::NotFound,
        ::cloud_errors::Category::NotFound,
        ::cloud_errors::Category::FailedPrecondition,
        ::cloud_errors::Category::NotFound,
        ::cloud_errors::Category::Aborted,
        ::cloud_errors::Category::FailedPrecondition,
        ::cloud_errors::Category::Unimplemented,
        ::cloud_errors::Category::Unimplemented,
        ::cloud_errors::Category::PermissionDenied,
        ::cloud_errors::Category::PermissionDenied,
        ::cloud_errors::Category::PermissionDenied,
        ::cloud_errors::Category::FailedPrecondition,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::FailedPrecondition,
    ];
    static MESSAGES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(),
        ends: &[0],
    };
    static MESSAGE_ENDS: [u32; 35] = [
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
    ];
    static PILOTS: [u16; 9] = [1, 0, 4, 13, 20, 4, 9, 51, 5];
    static SLOTS: [(&str, u32); 37] = [
        ("InvalidParameterValue.PasswordError", 11),
        ("FailedOperation.Unknown", 1),
        ("InvalidParameter.EmptyParam", 4),
        ("UnsupportedOperation.OnlyClusterInstanceCanExportBackup", 33),
        ("InvalidParameterValue.WeekDaysIsInvalid", 14),
        ("ResourceUnavailable.AccountBalanceNotEnough", 22),
        ("", 4294967295),
        ("InvalidParameterValue.InvalidInstanceTypeId", 7),
        ("InvalidParameterValue.MemSizeNotInRange", 9),
        ("", 4294967295),
        ("", 4294967295),
        ("InvalidParameter.OnlyVPCOnSpecZoneId", 6),
        ("LimitExceeded.InvalidMemSize", 15),
        ("UnauthorizedOperation.UserNotInWhiteList", 30),
        ("ResourceNotFound.InstanceNotExists", 21),
        ("InvalidParameterValue.InvalidSubnetId", 8),
        ("ResourceInUse.InstanceBeenLocked", 19),
        ("ResourceNotFound.AccountDoesNotExists", 20),
        ("LimitExceeded.InvalidParameterGoodsNumNotInRange", 16),
        ("InternalError.DbOperationFailed", 2),
        ("ResourceUnavailable.InstanceStatusAbnormal", 25),
        ("ResourceUnavailable.NoTypeIdRedisService", 27),
        ("ResourceUnavailable.InstanceDeleted", 23),
        ("ResourceUnavailable.NoRedisService", 26),
        ("InvalidParameterValue.PasswordEmpty", 10),
        ("UnauthorizedOperation", 28),
        ("InvalidParameter", 3),
        ("LimitExceeded.PeriodLessThanMinLimit", 18),
        ("FailedOperation.SystemError", 0),
        ("UnsupportedOperation.IsAutoRenewError", 32),
        ("UnsupportedOperation.ClusterInstanceAccessedDeny", 31),
        ("InvalidParameterValue.PasswordRuleError", 12),
        ("ResourceUnavailable.InstanceLockedError", 24),
        ("InvalidParameter.InvalidParameter", 5),
        ("InvalidParameterValue.ReduceCapacityNotAllowed", 13),
        ("LimitExceeded.PeriodExceedMaxLimit", 17),
        ("UnauthorizedOperation.NoCAMAuthed", 29),
    ];
    static STATUS_RULES: [::cloud_errors::StatusRule; 0] = [];
    unsafe impl ::cloud_errors::__private::Generated for Code {
        const TABLE: &'static ::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
            codes: &CODES,
            names: &NAMES,
            descriptions_en: &DESCRIPTIONS_EN,
            descriptions_ja: &DESCRIPTIONS_JA,
            help_codes: &HELP_CODES,
            help_en: &HELP_EN,
            help_ja: &HELP_JA,
            statuses: &STATUSES,
            status_ends: &STATUS_ENDS,
            retry: &RETRY,
            category: &CATEGORY,
            messages: &MESSAGES,
            message_ends: &MESSAGE_ENDS,
            index: ::cloud_errors::__private::PerfectHash {
                seed: 0,
                pilots: &PILOTS,
                slots: &SLOTS,
            },
            status_rules: &STATUS_RULES,
        };
        #[inline]
        fn entry(&self) -> ::cloud_errors::__private::Entry<'_> {
            match self {
                Self::Base(code) => ::cloud_errors::__private::Entry::Base(code),
                Self::Unknown(code) => ::cloud_errors::__private::Entry::Unknown(code),
                known => {
                    ::cloud_errors::__private::Entry::Known(
                        ::cloud_errors::__private::tag_of(known),
                    )
                }
            }
        }
        #[inline]
        fn from_base_code(code: &str) -> ::core::option::Option<Self> {
            <::cloud_errors::tencent::Code as ::cloud_errors::ErrorCode>::from_known_code(
                    code,
                )
                .map(Self::Base)
        }
        #[inline]
        fn unknown(code: ::std::string::String) -> Self {
            Self::Unknown(code)
        }
    }
    impl Code {
        /// How many codes the catalog defines itself.
        pub const KNOWN_COUNT: usize = 34;
        /// Looks a wire code up exactly (case-sensitive); a code the catalog does not know
        /// is kept verbatim in `Unknown`.
        #[inline]
        pub fn from_code(code: &str) -> Self {
            ::cloud_errors::__private::from_code(code)
        }
        /// The code if the catalog knows it, `None` otherwise; does not allocate.
        #[inline]
        pub fn from_known_code(code: &str) -> ::core::option::Option<Self> {
            ::cloud_errors::__private::from_known_code(code)
        }
        /// The wire string, exactly as the service sends it.
        #[inline]
        pub fn code(&self) -> &str {
            ::cloud_errors::__private::code(self)
        }
        /// `false` for `Unknown`.
        #[inline]
        pub fn is_known(&self) -> bool {
            ::cloud_errors::__private::is_known(self)
        }
        /// The documented HTTP statuses; empty where none are documented. An unknown
        /// dotted code has those of its nearest known ancestor.
        #[inline]
        pub fn http_statuses(&self) -> &'static [u16] {
            ::cloud_errors::__private::http_statuses(self)
        }
        /// Whether retrying can help; an unknown dotted code inherits the class of its
        /// nearest known ancestor, and is `Never` without one.
        #[inline]
        pub fn retry(&self) -> ::cloud_errors::Retry {
            ::cloud_errors::__private::retry(self)
        }
        /// `true` exactly when `retry()` is `Retry::Backoff`.
        #[inline]
        pub fn is_retryable(&self) -> bool {
            self.retry().is_retryable()
        }
        /// The provider-neutral category; unknown codes inherit it like `retry()`.
        #[inline]
        pub fn category(&self) -> ::cloud_errors::Category {
            ::cloud_errors::__private::category(self)
        }
        /// The English description.
        #[inline]
        pub fn description(&self) -> &'static str {
            ::cloud_errors::__private::description_in(self, ::cloud_errors::Locale::En)
        }
        /// The description in the given language.
        #[inline]
        pub fn description_in(&self, locale: ::cloud_errors::Locale) -> &'static str {
            ::cloud_errors::__private::description_in(self, locale)
        }
        /// Troubleshooting help in English, where the catalog has any.
        #[inline]
        pub fn help(&self) -> ::core::option::Option<&'static str> {
            ::cloud_errors::__private::help_in(self, ::cloud_errors::Locale::En)
        }
        /// Troubleshooting help in the given language, where the catalog has any.
        #[inline]
        pub fn help_in(
            &self,
            locale: ::cloud_errors::Locale,
        ) -> ::core::option::Option<&'static str> {
            ::cloud_errors::__private::help_in(self, locale)
        }
        /// The messages the provider documents for this code.
        #[inline]
        pub fn messages(&self) -> ::cloud_errors::Messages {
            ::cloud_errors::__private::messages(self)
        }
        /// Every code the catalog defines itself, in catalog order.
        #[inline]
        pub fn known() -> ::cloud_errors::Known<Self> {
            ::cloud_errors::__private::known()
        }
        /// How the catalog classifies a response with this status and no code, if it
        /// documents one.
        #[inline]
        pub fn status_rule(
            status: u16,
        ) -> ::core::option::Option<&'static ::cloud_errors::StatusRule> {
            ::cloud_errors::__private::status_rule::<Self>(status)
        }
    }
    #[automatically_derived]
    impl ::core::clone::Clone for Code {
        #[inline]
        fn clone(&self) -> Self {
            match self {
                Self::Base(code) => Self::Base(::core::clone::Clone::clone(code)),
                Self::Unknown(code) => Self::Unknown(::core::clone::Clone::clone(code)),
                known => {
                    ::cloud_errors::__private::from_tag(
                        ::cloud_errors::__private::tag_of(known),
                    )
                }
            }
        }
    }
    #[automatically_derived]
    impl ::core::cmp::PartialEq for Code {
        #[inline]
        fn eq(&self, other: &Self) -> bool {
            ::cloud_errors::__private::eq(self, other)
        }
    }
    #[automatically_derived]
    impl ::core::cmp::Eq for Code {}
    #[automatically_derived]
    impl ::core::hash::Hash for Code {
        fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
            ::cloud_errors::__private::hash(self, state)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Debug for Code {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::cloud_errors::__private::debug(self, f)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for Code {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.code())
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for Code {
        type Err = ::core::convert::Infallible;
        #[inline]
        fn from_str(code: &str) -> ::core::result::Result<Self, Self::Err> {
            ::core::result::Result::Ok(Self::from_code(code))
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<&str> for Code {
        #[inline]
        fn from(code: &str) -> Self {
            Self::from_code(code)
        }
    }
    ::cloud_errors::__private::impl_serde!(Code);
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "TencentDB for Redis";
    const ENVELOPE: ::cloud_errors::Envelope = ::cloud_errors::Envelope::Tencent;
}
impl ::cloud_errors::InBodyErrors for Code {}
/// An error response of TencentDB for Redis.
///
/// See [`ProviderError`](crate::ProviderError) for its constructors, fields and
/// retry decision, with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
