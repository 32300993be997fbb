// @generated from catalogs/tencent_redis.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! TencentDB for Redis: error codes.
//!
//! Curated from <https://www.tencentcloud.com/document/product/239/32048>.
//!
//! Extends [`tencent`](crate::tencent): codes this catalog does not define are looked up there.
/// An error code of TencentDB for Redis: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.SystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal system error occurred, unrelated to the request\'s business logic.
    FailedOperationSystemError,
    /// `FailedOperation.Unknown`: no documented HTTP status; retry: never; category: unknown.
    /// The operation failed for an unknown reason. (The provider\'s page describes this code as \"invalid weekday data\", like WeekDaysIsInvalid.)
    FailedOperationUnknown,
    /// `InternalError.DbOperationFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// A database operation of the system (an update, insert, select and so on) failed.
    InternalErrorDbOperationFailed,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is wrong.
    InvalidParameter,
    /// `InvalidParameter.EmptyParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is empty.
    InvalidParameterEmptyParam,
    /// `InvalidParameter.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter of the service is wrong.
    InvalidParameterInvalidParameter,
    /// `InvalidParameter.OnlyVPCOnSpecZoneId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The Shanghai Finance zone offers VPC networks only.
    InvalidParameterOnlyVpcOnSpecZoneId,
    /// `InvalidParameterValue.InvalidInstanceTypeId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The instance type requested for purchase is wrong (TypeId 1 is the cluster edition, 2 the master\-replica edition, the former master\-replica edition).
    InvalidParameterValueInvalidInstanceTypeId,
    /// `InvalidParameterValue.InvalidSubnetId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// In a VPC network, the VPC ID or subnet ID is invalid.
    InvalidParameterValueInvalidSubnetId,
    /// `InvalidParameterValue.MemSizeNotInRange`: no documented HTTP status; retry: never; category: out_of_range.
    /// The requested capacity is outside the range of capacities on sale.
    InvalidParameterValueMemSizeNotInRange,
    /// `InvalidParameterValue.PasswordEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The password is empty.
    InvalidParameterValuePasswordEmpty,
    /// `InvalidParameterValue.PasswordError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The password failed verification; it is wrong.
    InvalidParameterValuePasswordError,
    /// `InvalidParameterValue.PasswordRuleError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// When the password is changed, the old password sent does not match the one set before.
    InvalidParameterValuePasswordRuleError,
    /// `InvalidParameterValue.ReduceCapacityNotAllowed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The requested capacity is too small, so the capacity cannot be reduced.
    InvalidParameterValueReduceCapacityNotAllowed,
    /// `InvalidParameterValue.WeekDaysIsInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The weekday data entered is invalid.
    InvalidParameterValueWeekDaysIsInvalid,
    /// `LimitExceeded.InvalidMemSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The requested capacity is not among the sale specifications (memSize is a multiple of 1024, in MB).
    LimitExceededInvalidMemSize,
    /// `LimitExceeded.InvalidParameterGoodsNumNotInRange`: no documented HTTP status; retry: never; category: out_of_range.
    /// The number of instances requested in one purchase is outside the allowed range.
    LimitExceededInvalidParameterGoodsNumNotInRange,
    /// `LimitExceeded.PeriodExceedMaxLimit`: no documented HTTP status; retry: never; category: out_of_range.
    /// The purchase period exceeds the maximum of three years.
    LimitExceededPeriodExceedMaxLimit,
    /// `LimitExceeded.PeriodLessThanMinLimit`: no documented HTTP status; retry: never; category: out_of_range.
    /// The purchase period is invalid; the minimum is one month.
    LimitExceededPeriodLessThanMinLimit,
    /// `ResourceInUse.InstanceBeenLocked`: no documented HTTP status; retry: backoff; category: aborted.
    /// The instance is locked by another process.
    ResourceInUseInstanceBeenLocked,
    /// `ResourceNotFound.AccountDoesNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The account (uin) value is empty.
    ResourceNotFoundAccountDoesNotExists,
    /// `ResourceNotFound.InstanceNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// No Redis instance matches the serialId.
    ResourceNotFoundInstanceNotExists,
    /// `ResourceUnavailable.AccountBalanceNotEnough`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The account balance is not sufficient. (The provider\'s page describes this code as \"the requested order number does not exist\".)
    ResourceUnavailableAccountBalanceNotEnough,
    /// `ResourceUnavailable.InstanceDeleted`: no documented HTTP status; retry: never; category: not_found.
    /// The instance has already been recycled.
    ResourceUnavailableInstanceDeleted,
    /// `ResourceUnavailable.InstanceLockedError`: no documented HTTP status; retry: backoff; category: aborted.
    /// The Redis instance is already locked by another process.
    ResourceUnavailableInstanceLockedError,
    /// `ResourceUnavailable.InstanceStatusAbnormal`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The Redis instance is in an abnormal state, so the operation cannot run.
    ResourceUnavailableInstanceStatusAbnormal,
    /// `ResourceUnavailable.NoRedisService`: no documented HTTP status; retry: never; category: unimplemented.
    /// The requested region does not offer Redis of the requested type.
    ResourceUnavailableNoRedisService,
    /// `ResourceUnavailable.NoTypeIdRedisService`: no documented HTTP status; retry: never; category: unimplemented.
    /// The requested region does not offer Redis of the requested type (TypeId).
    ResourceUnavailableNoTypeIdRedisService,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.NoCAMAuthed`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The caller has no CAM permission for this operation.
    UnauthorizedOperationNoCamAuthed,
    /// `UnauthorizedOperation.UserNotInWhiteList`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The user is not on the allowlist.
    UnauthorizedOperationUserNotInWhiteList,
    /// `UnsupportedOperation.ClusterInstanceAccessedDeny`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The cluster edition of Redis does not allow connecting to security groups.
    UnsupportedOperationClusterInstanceAccessedDeny,
    /// `UnsupportedOperation.IsAutoRenewError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The auto\-renewal flag is wrong.
    UnsupportedOperationIsAutoRenewError,
    /// `UnsupportedOperation.OnlyClusterInstanceCanExportBackup`: no documented HTTP status; retry: never; category: failed_precondition.
    /// Only instances of the cluster edition can export backups.
    UnsupportedOperationOnlyClusterInstanceCanExportBackup,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
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
    static NAME_CODES: [u32; 2] = [6, 29];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterOnlyVpcOnSpecZoneIdUnauthorizedOperationNoCamAuthed",
        ends: &[0, 35, 67],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "An internal system error occurred, unrelated to the request's business logic.The operation failed for an unknown reason. (The provider's page describes this code as \"invalid weekday data\", like WeekDaysIsInvalid.)A database operation of the system (an update, insert, select and so on) failed.A parameter is wrong.A parameter is empty.A parameter of the service is wrong.The Shanghai Finance zone offers VPC networks only.The instance type requested for purchase is wrong (TypeId 1 is the cluster edition, 2 the master-replica edition, the former master-replica edition).In a VPC network, the VPC ID or subnet ID is invalid.The requested capacity is outside the range of capacities on sale.The password is empty.The password failed verification; it is wrong.When the password is changed, the old password sent does not match the one set before.The requested capacity is too small, so the capacity cannot be reduced.The weekday data entered is invalid.The requested capacity is not among the sale specifications (memSize is a multiple of 1024, in MB).The number of instances requested in one purchase is outside the allowed range.The purchase period exceeds the maximum of three years.The purchase period is invalid; the minimum is one month.The instance is locked by another process.The account (uin) value is empty.No Redis instance matches the serialId.The account balance is not sufficient. (The provider's page describes this code as \"the requested order number does not exist\".)The instance has already been recycled.The Redis instance is already locked by another process.The Redis instance is in an abnormal state, so the operation cannot run.The requested region does not offer Redis of the requested type.The requested region does not offer Redis of the requested type (TypeId).The operation is not authorized.The caller has no CAM permission for this operation.The user is not on the allowlist.The cluster edition of Redis does not allow connecting to security groups.The auto-renewal flag is wrong.Only instances of the cluster edition can export backups.",
        ends: &[
            0, 77, 213, 293, 314, 335, 371, 422, 571, 624, 690, 712, 758, 844, 915, 951,
            1050, 1129, 1184, 1241, 1283, 1316, 1355, 1483, 1522, 1578, 1650, 1714, 1787,
            1819, 1871, 1904, 1978, 2009, 2066,
        ],
    };
    static DESCRIPTIONS_JA: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "内部システムエラーが発生しました。リクエストの業務内容とは関係ありません。不明な理由で操作に失敗しました。（プロバイダーのページでは、WeekDaysIsInvalidと同じく「weekdayの入力データが無効」と説明されています。）システム内部のデータベース操作（update、insert、selectなど）でエラーが発生しました。パラメータに誤りがあります。パラメータが空です。サービスのパラメータに誤りがあります。上海金融ゾーンではVPCネットワークのみ提供されています。購入をリクエストしたインスタンスタイプが正しくありません（TypeIdは1がクラスタ版、2がマスター・レプリカ版、つまり旧マスター・レプリカ版です）。VPCネットワークで、VPC IDまたはサブネットIDが無効です。リクエストした容量が、販売されている容量の範囲外です。パスワードが空です。パスワードの検証に失敗しました。パスワードが正しくありません。パスワードの変更時に送信された旧パスワードが、以前に設定したパスワードと一致しません。リクエストした容量が小さすぎるため、容量を縮小できません。weekdayの入力データが無効です。リクエストした容量は販売仕様にありません（memSizeは1024の整数倍で、単位はMBです）。1回の購入でリクエストしたインスタンス数が、許容範囲外です。購入期間が最長の3年を超えています。購入期間が正しくありません。最短期間は1か月です。インスタンスは別のプロセスによってロックされています。アカウント（uin）の値が空です。serialIdに対応するRedisインスタンスが見つかりません。アカウントの残高が不足しています。（プロバイダーのページでは「リクエストした注文番号が存在しない」と説明されています。）インスタンスはすでに回収されています。Redisインスタンスは、すでに別のプロセスによってロックされています。Redisインスタンスの状態が異常なため、この操作を実行できません。リクエストしたリージョンでは、リクエストした種類のRedisサービスは提供されていません。リクエストしたリージョンでは、リクエストした種類（TypeId）のRedisサービスは提供されていません。許可されていない操作です。この操作に対するCAM権限がありません。ユーザーが許可リスト（ホワイトリスト）に登録されていません。Redisクラスタ版では、セキュリティグループへの接続は許可されていません。自動更新フラグが正しくありません。バックアップをエクスポートできるのは、クラスタ版のインスタンスのみです。",
        ends: &[
            0, 111, 303, 420, 462, 492, 549, 630, 839, 916, 997, 1027, 1120, 1249, 1336,
            1379, 1497, 1585, 1637, 1710, 1791, 1836, 1909, 2089, 2146, 2244, 2336, 2461,
            2598, 2637, 2691, 2781, 2885, 2936, 3044,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 34] = ::cloud_errors::__private::retry_column(
        b"babaaaaaaaaaaaaaaaabaacabcaacccaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 34] = ::cloud_errors::__private::category_column(
        b"mbmcccccckcccicckkkjeeiejillgggici",
    );
    static PILOTS: [u16; 9] = [4, 3, 0, 111, 47, 10, 8, 1, 21];
    static SLOTS: [(&str, u32); 37] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 4294967295, 31, 24, 19, 6, 23, 1, 32, 27, 5, 20, 15, 0, 33, 7,
            29, 28, 3, 10, 2, 13, 8, 25, 21, 18, 12, 26, 14, 17, 9, 22, 4294967295, 4,
            16, 11, 30,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
        descriptions_en: &DESCRIPTIONS_EN,
        descriptions_ja: &DESCRIPTIONS_JA,
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
    const PROVIDER: &'static str = "TencentDB for Redis";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of TencentDB for Redis's SDK, those of [`tencent`](crate::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of TencentDB for Redis: see
/// [`ProviderError`](crate::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
