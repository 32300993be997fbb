// @generated from catalogs/alibaba/swas_open.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud SWAS\-OPEN: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud SWAS\-OPEN: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidInstanceId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid instance id: not found.
    InvalidInstanceIdNotFound,
    /// `InvalidParam.DataSnapshotIdNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: data snapshot id not found.
    InvalidParamDataSnapshotIdNotFound,
    /// `InvalidParam.SystemSnapshotIdNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: system snapshot id not found.
    InvalidParamSystemSnapshotIdNotFound,
    /// `InvalidParam.IllegalImageName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: illegal image name.
    InvalidParamIllegalImageName,
    /// `ImageNameAlreadyExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Image name already exist.
    ImageNameAlreadyExist,
    /// `CustomImageQuotaLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Custom image quota limit.
    CustomImageQuotaLimit,
    /// `InvalidParam.SystemSnapshotIdNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: system snapshot id not support.
    InvalidParamSystemSnapshotIdNotSupport,
    /// `IncorrectInstanceStatus`: HTTP 403; retry: after_fix; category: failed_precondition.
    /// The instance is not in a state that allows this.
    IncorrectInstanceStatus,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidProtocol.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid protocol: value not supported.
    InvalidProtocolValueNotSupported,
    /// `InvalidPort.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid port: value not supported.
    InvalidPortValueNotSupported,
    /// `RegionIdNotMatchHost`: HTTP 400; retry: never; category: invalid_argument.
    /// Region id not match host.
    RegionIdNotMatchHost,
    /// `FirewallRuleLimitExceed`: HTTP 403; retry: never; category: permission_denied.
    /// Firewall rule limit exceed.
    FirewallRuleLimitExceed,
    /// `FirewallRuleAlreadyExist`: HTTP 403; retry: never; category: permission_denied.
    /// Firewall rule already exist.
    FirewallRuleAlreadyExist,
    /// `ExceedAccountQuota`: HTTP 400; retry: never; category: invalid_argument.
    /// Exceed account quota.
    ExceedAccountQuota,
    /// `NotEnoughStock`: HTTP 400; retry: never; category: invalid_argument.
    /// Not enough stock.
    NotEnoughStock,
    /// `PlatformNotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Platform not match.
    PlatformNotMatch,
    /// `InvalidPeriod.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid period: value not supported.
    InvalidPeriodValueNotSupported,
    /// `InvalidDataDiskSize.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid data disk size: value not supported.
    InvalidDataDiskSizeValueNotSupported,
    /// `InvalidAmount.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid amount: value not supported.
    InvalidAmountValueNotSupported,
    /// `InvalidChargeType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid charge type: value not supported.
    InvalidChargeTypeValueNotSupported,
    /// `InvalidAutoRenewPeriod.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid auto renew period: value not supported.
    InvalidAutoRenewPeriodValueNotSupported,
    /// `InvalidPlanIdSize.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid plan id size: value not supported.
    InvalidPlanIdSizeValueNotSupported,
    /// `InvalidPlanMemorySize.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid plan memory size: value not supported.
    InvalidPlanMemorySizeValueNotSupported,
    /// `PaymentFailed`: HTTP 403; retry: never; category: permission_denied.
    /// Payment failed.
    PaymentFailed,
    /// `InvalidInstance.UnPaidOrder`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance: un paid order.
    InvalidInstanceUnPaidOrder,
    /// `InvalidParam`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParam,
    /// `InvalidImageId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid image id: not found.
    InvalidImageIdNotFound,
    /// `InvalidPlanId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid plan id: not found.
    InvalidPlanIdNotFound,
    /// `NotEnoughUpgradeStock`: HTTP 500; retry: never; category: internal.
    /// Not enough upgrade stock.
    NotEnoughUpgradeStock,
    /// `KeyPairNameAlreadyExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Key pair name already exist.
    KeyPairNameAlreadyExist,
    /// `InvalidRemark.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid remark: value not supported.
    InvalidRemarkValueNotSupported,
    /// `InvalidRemark.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid remark: duplicate.
    InvalidRemarkDuplicate,
    /// `IncorrectStatus`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this.
    IncorrectStatus,
    /// `InvalidSnapshotName.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid snapshot name: value not supported.
    InvalidSnapshotNameValueNotSupported,
    /// `InvalidSnapshotName.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid snapshot name: duplicate.
    InvalidSnapshotNameDuplicate,
    /// `SnapshotLimitExceed`: HTTP 403; retry: never; category: permission_denied.
    /// Snapshot limit exceed.
    SnapshotLimitExceed,
    /// `IncorrectDiskStatus.CreatingSnapshot`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect disk status: creating snapshot.
    IncorrectDiskStatusCreatingSnapshot,
    /// `InvalidDiskId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid disk id: not found.
    InvalidDiskIdNotFound,
    /// `CustomImageInShare`: HTTP 400; retry: never; category: invalid_argument.
    /// Custom image in share.
    CustomImageInShare,
    /// `InvalidParameter.KeypairAlreadyAttachedInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: keypair already attached instance.
    InvalidParameterKeypairAlreadyAttachedInstance,
    /// `InvalidSnapshotId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid snapshot id: not found.
    InvalidSnapshotIdNotFound,
    /// `InvalidParameter.KeypairNotAttachedInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: keypair not attached instance.
    InvalidParameterKeypairNotAttachedInstance,
    /// `InvalidImageType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid image type: value not supported.
    InvalidImageTypeValueNotSupported,
    /// `InvalidPublicIpAddresses.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid public ip addresses: value not supported.
    InvalidPublicIpAddressesValueNotSupported,
    /// `InvalidParam.OperationIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: operation illegal.
    InvalidParamOperationIllegal,
    /// `InvalidPassword.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid password: value not supported.
    InvalidPasswordValueNotSupported,
    /// `IncorrectInstanceStatus.ResetDisk`: HTTP 403; retry: after_fix; category: failed_precondition.
    /// The instance is not in a state that allows this: reset disk.
    IncorrectInstanceStatusResetDisk,
    /// `InvalidImageId.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid image id: not support.
    InvalidImageIdNotSupport,
    /// `InvalidInstanceName.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance name: value not supported.
    InvalidInstanceNameValueNotSupported,
    /// `InvalidPlanIdUpgrade.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid plan id upgrade: value not supported.
    InvalidPlanIdUpgradeValueNotSupported,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 51] = [
        "InvalidInstanceId.NotFound",
        "InvalidParam.DataSnapshotIdNotFound",
        "InvalidParam.SystemSnapshotIdNotFound",
        "InvalidParam.IllegalImageName",
        "ImageNameAlreadyExist",
        "CustomImageQuotaLimit",
        "InvalidParam.SystemSnapshotIdNotSupport",
        "IncorrectInstanceStatus",
        "InternalError",
        "InvalidProtocol.ValueNotSupported",
        "InvalidPort.ValueNotSupported",
        "RegionIdNotMatchHost",
        "FirewallRuleLimitExceed",
        "FirewallRuleAlreadyExist",
        "ExceedAccountQuota",
        "NotEnoughStock",
        "PlatformNotMatch",
        "InvalidPeriod.ValueNotSupported",
        "InvalidDataDiskSize.ValueNotSupported",
        "InvalidAmount.ValueNotSupported",
        "InvalidChargeType.ValueNotSupported",
        "InvalidAutoRenewPeriod.ValueNotSupported",
        "InvalidPlanIdSize.ValueNotSupported",
        "InvalidPlanMemorySize.ValueNotSupported",
        "PaymentFailed",
        "InvalidInstance.UnPaidOrder",
        "InvalidParam",
        "InvalidImageId.NotFound",
        "InvalidPlanId.NotFound",
        "NotEnoughUpgradeStock",
        "KeyPairNameAlreadyExist",
        "InvalidRemark.ValueNotSupported",
        "InvalidRemark.Duplicate",
        "IncorrectStatus",
        "InvalidSnapshotName.ValueNotSupported",
        "InvalidSnapshotName.Duplicate",
        "SnapshotLimitExceed",
        "IncorrectDiskStatus.CreatingSnapshot",
        "InvalidDiskId.NotFound",
        "CustomImageInShare",
        "InvalidParameter.KeypairAlreadyAttachedInstance",
        "InvalidSnapshotId.NotFound",
        "InvalidParameter.KeypairNotAttachedInstance",
        "InvalidImageType.ValueNotSupported",
        "InvalidPublicIpAddresses.ValueNotSupported",
        "InvalidParam.OperationIllegal",
        "InvalidPassword.ValueNotSupported",
        "IncorrectInstanceStatus.ResetDisk",
        "InvalidImageId.NotSupport",
        "InvalidInstanceName.ValueNotSupported",
        "InvalidPlanIdUpgrade.ValueNotSupported",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Invalid instance id: not found.A parameter is invalid: data snapshot id not found.A parameter is invalid: system snapshot id not found.A parameter is invalid: illegal image name.Image name already exist.Custom image quota limit.A parameter is invalid: system snapshot id not support.The instance is not in a state that allows this.An internal error occurred.Invalid protocol: value not supported.Invalid port: value not supported.Region id not match host.Firewall rule limit exceed.Firewall rule already exist.Exceed account quota.Not enough stock.Platform not match.Invalid period: value not supported.Invalid data disk size: value not supported.Invalid amount: value not supported.Invalid charge type: value not supported.Invalid auto renew period: value not supported.Invalid plan id size: value not supported.Invalid plan memory size: value not supported.Payment failed.Invalid instance: un paid order.A parameter is invalid.Invalid image id: not found.Invalid plan id: not found.Not enough upgrade stock.Key pair name already exist.Invalid remark: value not supported.Invalid remark: duplicate.The resource is not in a state that allows this.Invalid snapshot name: value not supported.Invalid snapshot name: duplicate.Snapshot limit exceed.Incorrect disk status: creating snapshot.Invalid disk id: not found.Custom image in share.A parameter is invalid: keypair already attached instance.Invalid snapshot id: not found.A parameter is invalid: keypair not attached instance.Invalid image type: value not supported.Invalid public ip addresses: value not supported.A parameter is invalid: operation illegal.Invalid password: value not supported.The instance is not in a state that allows this: reset disk.Invalid image id: not support.Invalid instance name: value not supported.Invalid plan id upgrade: value not supported.",
        ends: &[
            0, 31, 82, 135, 178, 203, 228, 283, 331, 358, 396, 430, 455, 482, 510, 531,
            548, 567, 603, 647, 683, 724, 771, 813, 859, 874, 906, 929, 957, 984, 1009,
            1037, 1073, 1099, 1147, 1190, 1223, 1245, 1286, 1313, 1335, 1393, 1424, 1478,
            1518, 1567, 1609, 1647, 1707, 1737, 1780, 1825,
        ],
    };
    static STATUSES: [u16; 51] = [
        404, 400, 400, 400, 400, 400, 400, 403, 500, 400, 400, 400, 403, 403, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 403, 403, 403, 404, 404, 500, 400, 400,
        400, 400, 400, 400, 403, 403, 404, 400, 400, 404, 400, 400, 400, 400, 400, 403,
        400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 52] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51,
    ];
    static RETRY: [::cloud_errors::Retry; 51] = ::cloud_errors::__private::retry_column(
        b"aaaaaaacbaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaacaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 51] = ::cloud_errors::__private::category_column(
        b"eccccccimcccggccccccccccggceemccciccggecceccccciccc",
    );
    static PILOTS: [u16; 13] = [0, 3, 1, 24, 52, 274, 2, 8, 1, 0, 1, 9, 74];
    static SLOTS: [(&str, u32); 56] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            21, 50, 41, 4, 11, 4294967295, 34, 3, 18, 6, 4294967295, 17, 5, 4294967295,
            4294967295, 4294967295, 13, 47, 48, 10, 9, 37, 36, 7, 29, 20, 12, 23, 0, 1,
            31, 33, 46, 38, 30, 19, 43, 25, 45, 42, 15, 26, 40, 44, 8, 16, 24, 2, 35, 27,
            28, 14, 39, 32, 22, 49,
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
    const PROVIDER: &'static str = "Alibaba Cloud SWAS-OPEN";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud SWAS\-OPEN's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud SWAS\-OPEN: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
