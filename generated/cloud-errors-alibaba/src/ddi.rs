// @generated from catalogs/alibaba/ddi.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Ddi: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Ddi: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ECSInfo.DiskSize.TooSmall`: HTTP 400; retry: never; category: invalid_argument.
    /// ECS info: disk size, too small.
    EcsInfoDiskSizeTooSmall,
    /// `ECSInfo.ECSOrder.IndexMissing`: HTTP 400; retry: never; category: invalid_argument.
    /// ECS info: ECS order, index missing.
    EcsInfoEcsOrderIndexMissing,
    /// `ECSInfo.ECSOrder.MasterIndexMissing`: HTTP 400; retry: never; category: invalid_argument.
    /// ECS info: ECS order, master index missing.
    EcsInfoEcsOrderMasterIndexMissing,
    /// `Forbbiden`: HTTP 400; retry: never; category: invalid_argument.
    /// The request is forbidden.
    Forbbiden,
    /// `InternalError`: HTTP 400; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `ECSInfo.ECSOrder.SlaveOrderMissing`: HTTP 400; retry: never; category: invalid_argument.
    /// ECS info: ECS order, slave order missing.
    EcsInfoEcsOrderSlaveOrderMissing,
    /// `RAM.Permission.NotAllow`: HTTP 400; retry: never; category: invalid_argument.
    /// RAM: permission, not allow.
    RamPermissionNotAllow,
    /// `ECSInfo.ECSOrder.NodeCount.TooSmall`: HTTP 400; retry: never; category: invalid_argument.
    /// ECS info: ECS order, node count, too small.
    EcsInfoEcsOrderNodeCountTooSmall,
    /// `SecurityGroup.IsEmpty`: HTTP 400; retry: never; category: invalid_argument.
    /// Security group: is empty.
    SecurityGroupIsEmpty,
    /// `User.Account.Abnormal`: HTTP 400; retry: never; category: invalid_argument.
    /// User: account, abnormal.
    UserAccountAbnormal,
    /// `Master.Pwd.Cannot.Blank`: HTTP 400; retry: never; category: invalid_argument.
    /// Master: pwd, cannot, blank.
    MasterPwdCannotBlank,
    /// `LogPath.Cannot.Blank`: HTTP 400; retry: never; category: invalid_argument.
    /// Log path: cannot, blank.
    LogPathCannotBlank,
    /// `HighAvailability.Master.NodeCount.Not.Match`: HTTP 400; retry: never; category: invalid_argument.
    /// High availability: master, node count, not, match.
    HighAvailabilityMasterNodeCountNotMatch,
    /// `InvalidParameter.Period`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: period.
    InvalidParameterPeriod,
    /// `Balance.Not.Enough`: HTTP 400; retry: never; category: invalid_argument.
    /// Balance: not, enough.
    BalanceNotEnough,
    /// `VSwitch.NotBelongTo.Zone`: HTTP 400; retry: never; category: invalid_argument.
    /// V switch: not belong to, zone.
    VSwitchNotBelongToZone,
    /// `InsufficientBalance`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient balance.
    InsufficientBalance,
    /// `DB.Fail`: HTTP 400; retry: never; category: invalid_argument.
    /// DB: fail.
    DbFail,
    /// `ECSInfo.ECSOrder.INVALID`: HTTP 400; retry: never; category: invalid_argument.
    /// ECS info: ECS order, INVALID.
    EcsInfoEcsOrderInvalid,
    /// `Ecs.InstanceType.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Ecs: instance type, not supported.
    EcsInstanceTypeNotSupported,
    /// `DiskType.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Disk type: invalid.
    DiskTypeInvalid,
    /// `Unsupported.DiskType`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported: disk type.
    UnsupportedDiskType,
    /// `Unsupported.ZoneId`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported: zone id.
    UnsupportedZoneId,
    /// `ECSInfo.DiskSize.TooBig`: HTTP 400; retry: never; category: invalid_argument.
    /// ECS info: disk size, too big.
    EcsInfoDiskSizeTooBig,
    /// `ECSInfo.DiskCount.ExceedLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// ECS info: disk count, exceed limit.
    EcsInfoDiskCountExceedLimit,
    /// `ECSInfo.NodeType.Unsupported`: HTTP 400; retry: never; category: invalid_argument.
    /// ECS info: node type, unsupported.
    EcsInfoNodeTypeUnsupported,
    /// `Must.Specify.MasterNode`: HTTP 400; retry: never; category: invalid_argument.
    /// Must: specify, master node.
    MustSpecifyMasterNode,
    /// `Only.Support.One.Master`: HTTP 400; retry: never; category: invalid_argument.
    /// Only: support, one, master.
    OnlySupportOneMaster,
    /// `Have.Orders.Wait.For.Pay`: HTTP 400; retry: never; category: invalid_argument.
    /// Have: orders, wait, for, pay.
    HaveOrdersWaitForPay,
    /// `InvalidDataDiskSize.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid data disk size: value not supported.
    InvalidDataDiskSizeValueNotSupported,
    /// `Cluster.WaitForPay.OverLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster: wait for pay, over limit.
    ClusterWaitForPayOverLimit,
    /// `User.OtherUserResource.NotAllow`: HTTP 400; retry: never; category: invalid_argument.
    /// User: other user resource, not allow.
    UserOtherUserResourceNotAllow,
    /// `AuthRealNameNotPass`: HTTP 400; retry: never; category: invalid_argument.
    /// Auth real name not pass.
    AuthRealNameNotPass,
    /// `ClusterId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster id: not found.
    ClusterIdNotFound,
    /// `Params.Illegal`: HTTP 403; retry: never; category: permission_denied.
    /// Params: illegal.
    ParamsIllegal,
    /// `EcmClusterId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Ecm cluster id: not found.
    EcmClusterIdNotFound,
    /// `Invalid.Cluster.Status`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: cluster, status.
    InvalidClusterStatus,
    /// `Invalid.Cluster.Type`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: cluster, type.
    InvalidClusterType,
    /// `Cluster.RegionId.NotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster: region id, not match.
    ClusterRegionIdNotMatch,
    /// `Cluster.Cannot.Release`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster: cannot, release.
    ClusterCannotRelease,
    /// `Prepaid.Cluster.Cannot.Release`: HTTP 400; retry: never; category: invalid_argument.
    /// Prepaid: cluster, cannot, release.
    PrepaidClusterCannotRelease,
    /// `Cluster.Role.NotConfirm`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster: role, not confirm.
    ClusterRoleNotConfirm,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 42] = [
        "ECSInfo.DiskSize.TooSmall",
        "ECSInfo.ECSOrder.IndexMissing",
        "ECSInfo.ECSOrder.MasterIndexMissing",
        "Forbbiden",
        "InternalError",
        "ECSInfo.ECSOrder.SlaveOrderMissing",
        "RAM.Permission.NotAllow",
        "ECSInfo.ECSOrder.NodeCount.TooSmall",
        "SecurityGroup.IsEmpty",
        "User.Account.Abnormal",
        "Master.Pwd.Cannot.Blank",
        "LogPath.Cannot.Blank",
        "HighAvailability.Master.NodeCount.Not.Match",
        "InvalidParameter.Period",
        "Balance.Not.Enough",
        "VSwitch.NotBelongTo.Zone",
        "InsufficientBalance",
        "DB.Fail",
        "ECSInfo.ECSOrder.INVALID",
        "Ecs.InstanceType.NotSupported",
        "DiskType.Invalid",
        "Unsupported.DiskType",
        "Unsupported.ZoneId",
        "ECSInfo.DiskSize.TooBig",
        "ECSInfo.DiskCount.ExceedLimit",
        "ECSInfo.NodeType.Unsupported",
        "Must.Specify.MasterNode",
        "Only.Support.One.Master",
        "Have.Orders.Wait.For.Pay",
        "InvalidDataDiskSize.ValueNotSupported",
        "Cluster.WaitForPay.OverLimit",
        "User.OtherUserResource.NotAllow",
        "AuthRealNameNotPass",
        "ClusterId.NotFound",
        "Params.Illegal",
        "EcmClusterId.NotFound",
        "Invalid.Cluster.Status",
        "Invalid.Cluster.Type",
        "Cluster.RegionId.NotMatch",
        "Cluster.Cannot.Release",
        "Prepaid.Cluster.Cannot.Release",
        "Cluster.Role.NotConfirm",
    ];
    static NAME_CODES: [u32; 11] = [0, 1, 2, 5, 6, 7, 17, 18, 23, 24, 25];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "EcsInfoDiskSizeTooSmallEcsInfoEcsOrderIndexMissingEcsInfoEcsOrderMasterIndexMissingEcsInfoEcsOrderSlaveOrderMissingRamPermissionNotAllowEcsInfoEcsOrderNodeCountTooSmallDbFailEcsInfoEcsOrderInvalidEcsInfoDiskSizeTooBigEcsInfoDiskCountExceedLimitEcsInfoNodeTypeUnsupported",
        ends: &[0, 23, 50, 83, 115, 136, 168, 174, 196, 217, 244, 270],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "ECS info: disk size, too small.ECS info: ECS order, index missing.ECS info: ECS order, master index missing.The request is forbidden.An internal error occurred.ECS info: ECS order, slave order missing.RAM: permission, not allow.ECS info: ECS order, node count, too small.Security group: is empty.User: account, abnormal.Master: pwd, cannot, blank.Log path: cannot, blank.High availability: master, node count, not, match.A parameter is invalid: period.Balance: not, enough.V switch: not belong to, zone.Insufficient balance.DB: fail.ECS info: ECS order, INVALID.Ecs: instance type, not supported.Disk type: invalid.Unsupported: disk type.Unsupported: zone id.ECS info: disk size, too big.ECS info: disk count, exceed limit.ECS info: node type, unsupported.Must: specify, master node.Only: support, one, master.Have: orders, wait, for, pay.Invalid data disk size: value not supported.Cluster: wait for pay, over limit.User: other user resource, not allow.Auth real name not pass.Cluster id: not found.Params: illegal.Ecm cluster id: not found.Invalid: cluster, status.Invalid: cluster, type.Cluster: region id, not match.Cluster: cannot, release.Prepaid: cluster, cannot, release.Cluster: role, not confirm.",
        ends: &[
            0, 31, 66, 108, 133, 160, 201, 228, 271, 296, 320, 347, 371, 421, 452, 473,
            503, 524, 533, 562, 596, 615, 638, 659, 688, 723, 756, 783, 810, 839, 883,
            917, 954, 978, 1000, 1016, 1042, 1067, 1090, 1120, 1145, 1179, 1206,
        ],
    };
    static STATUSES: [u16; 42] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 403, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 43] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
    ];
    static RETRY: [::cloud_errors::Retry; 42] = ::cloud_errors::__private::retry_column(
        b"aaaabaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 42] = ::cloud_errors::__private::category_column(
        b"ccccmcccccccccccccccccccccccccccccgccccccc",
    );
    static PILOTS: [u16; 11] = [1, 9, 3, 7, 20, 38, 31, 13, 354, 59, 3];
    static SLOTS: [(&str, u32); 46] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            36, 4294967295, 15, 16, 4294967295, 14, 3, 25, 0, 32, 34, 37, 5, 26, 35, 22,
            7, 38, 4294967295, 9, 33, 2, 29, 19, 1, 11, 4294967295, 31, 18, 10, 13, 20,
            39, 24, 6, 17, 27, 12, 21, 23, 30, 28, 8, 40, 41, 4,
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
    const PROVIDER: &'static str = "Alibaba Cloud Ddi";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Ddi's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Ddi: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
