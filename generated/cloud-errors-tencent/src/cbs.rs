// @generated from catalogs/tencent/cbs.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CBS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CBS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `InsufficientRefundQuota`: no documented HTTP status; retry: never; category: unknown.
    /// Insufficient refund quota.
    InsufficientRefundQuota,
    /// `InsufficientSnapshotQuota`: no documented HTTP status; retry: never; category: unknown.
    /// Insufficient snapshot quota.
    InsufficientSnapshotQuota,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.ComponentError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: component error.
    InternalErrorComponentError,
    /// `InternalError.FailQueryResource`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: fail query resource.
    InternalErrorFailQueryResource,
    /// `InternalError.ResourceOpFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: resource op failed.
    InternalErrorResourceOpFailed,
    /// `InvalidAccount.InsufficientBalance`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid account: insufficient balance.
    InvalidAccountInsufficientBalance,
    /// `InvalidAutoSnapshotPolicyId.NotFound`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid auto snapshot policy id: not found.
    InvalidAutoSnapshotPolicyIdNotFound,
    /// `InvalidDisk.AlreadyBound`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid disk: already bound.
    InvalidDiskAlreadyBound,
    /// `InvalidDisk.Busy`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid disk: busy.
    InvalidDiskBusy,
    /// `InvalidDisk.Expire`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid disk: expire.
    InvalidDiskExpire,
    /// `InvalidDisk.NotPortable`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid disk: not portable.
    InvalidDiskNotPortable,
    /// `InvalidDisk.NotSupportSnapshot`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid disk: not support snapshot.
    InvalidDiskNotSupportSnapshot,
    /// `InvalidDisk.NotSupported`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid disk: not supported.
    InvalidDiskNotSupported,
    /// `InvalidDisk.SnapshotCreating`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid disk: snapshot creating.
    InvalidDiskSnapshotCreating,
    /// `InvalidDisk.TypeError`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid disk: type error.
    InvalidDiskTypeError,
    /// `InvalidDiskId.NotFound`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid disk id: not found.
    InvalidDiskIdNotFound,
    /// `InvalidFilter`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid filter.
    InvalidFilter,
    /// `InvalidInstance.NotSupported`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid instance: not supported.
    InvalidInstanceNotSupported,
    /// `InvalidInstanceId.NotFound`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid instance id: not found.
    InvalidInstanceIdNotFound,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.DiskConfigNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: disk config not supported.
    InvalidParameterDiskConfigNotSupported,
    /// `InvalidParameter.DiskSizeNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: disk size not match.
    InvalidParameterDiskSizeNotMatch,
    /// `InvalidParameter.InvalidClientToken`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid client token.
    InvalidParameterInvalidClientToken,
    /// `InvalidParameter.ProjectIdNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: project id not exist.
    InvalidParameterProjectIdNotExist,
    /// `InvalidParameter.ShouldConvertSnapshotToImage`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: should convert snapshot to image.
    InvalidParameterShouldConvertSnapshotToImage,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.BindDiskLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bind disk limit exceeded.
    InvalidParameterValueBindDiskLimitExceeded,
    /// `InvalidParameterValue.InvalidAction`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid action.
    InvalidParameterValueInvalidAction,
    /// `InvalidParameterValue.LimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit exceeded.
    InvalidParameterValueLimitExceeded,
    /// `InvalidSnapshot.NotSupported`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid snapshot: not supported.
    InvalidSnapshotNotSupported,
    /// `InvalidSnapshotId.NotFound`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid snapshot id: not found.
    InvalidSnapshotIdNotFound,
    /// `LimitExceeded.AutoSnapshotPolicyOutOfQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: auto snapshot policy out of quota.
    LimitExceededAutoSnapshotPolicyOutOfQuota,
    /// `LimitExceeded.InstanceAttachedDisk`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: instance attached disk.
    LimitExceededInstanceAttachedDisk,
    /// `LimitExceeded.TagQuotaLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: tag quota limit exceeded.
    LimitExceededTagQuotaLimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `ResourceBusy`: no documented HTTP status; retry: never; category: unknown.
    /// Resource busy.
    ResourceBusy,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInUse.CopySnapshotConflict`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: copy snapshot conflict.
    ResourceInUseCopySnapshotConflict,
    /// `ResourceInUse.DiskMigrating`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: disk migrating.
    ResourceInUseDiskMigrating,
    /// `ResourceInUse.DiskRollbacking`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: disk rollbacking.
    ResourceInUseDiskRollbacking,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceInsufficient.OverQuota`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: over quota.
    ResourceInsufficientOverQuota,
    /// `ResourceInsufficient.OverRefundQuota`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: over refund quota.
    ResourceInsufficientOverRefundQuota,
    /// `ResourceInsufficient.UpgradeServiceBusy`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: upgrade service busy.
    ResourceInsufficientUpgradeServiceBusy,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.NotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: not found.
    ResourceNotFoundNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.Attached`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: attached.
    ResourceUnavailableAttached,
    /// `ResourceUnavailable.DiskBackupCreating`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: disk backup creating.
    ResourceUnavailableDiskBackupCreating,
    /// `ResourceUnavailable.DiskSnapshotChainTooLarge`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: disk snapshot chain too large.
    ResourceUnavailableDiskSnapshotChainTooLarge,
    /// `ResourceUnavailable.Expire`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: expire.
    ResourceUnavailableExpire,
    /// `ResourceUnavailable.NotPortable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not portable.
    ResourceUnavailableNotPortable,
    /// `ResourceUnavailable.NotSupportRefund`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not support refund.
    ResourceUnavailableNotSupportRefund,
    /// `ResourceUnavailable.NotSupported`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not supported.
    ResourceUnavailableNotSupported,
    /// `ResourceUnavailable.RepeatRefund`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: repeat refund.
    ResourceUnavailableRepeatRefund,
    /// `ResourceUnavailable.SnapshotCreating`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: snapshot creating.
    ResourceUnavailableSnapshotCreating,
    /// `ResourceUnavailable.TooManyCreatingSnapshot`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: too many creating snapshot.
    ResourceUnavailableTooManyCreatingSnapshot,
    /// `ResourceUnavailable.TypeError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: type error.
    ResourceUnavailableTypeError,
    /// `ResourceUnavailable.ZoneNotMatch`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: zone not match.
    ResourceUnavailableZoneNotMatch,
    /// `TradeDealConflict`: no documented HTTP status; retry: never; category: unknown.
    /// Trade deal conflict.
    TradeDealConflict,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.AuthFailure`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: auth failure.
    UnauthorizedOperationAuthFailure,
    /// `UnauthorizedOperation.InvalidToken`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: invalid token.
    UnauthorizedOperationInvalidToken,
    /// `UnauthorizedOperation.MFAExpired`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: MFA expired.
    UnauthorizedOperationMfaExpired,
    /// `UnauthorizedOperation.NotCertification`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: not certification.
    UnauthorizedOperationNotCertification,
    /// `UnauthorizedOperation.NotHavePaymentRight`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: not have payment right.
    UnauthorizedOperationNotHavePaymentRight,
    /// `UnauthorizedOperation.RoleNotExists`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: role not exists.
    UnauthorizedOperationRoleNotExists,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.DetachPod`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: detach pod.
    UnsupportedOperationDetachPod,
    /// `UnsupportedOperation.DiskEncrypt`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: disk encrypt.
    UnsupportedOperationDiskEncrypt,
    /// `UnsupportedOperation.InstanceNotStopped`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance not stopped.
    UnsupportedOperationInstanceNotStopped,
    /// `UnsupportedOperation.SnapHasShared`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: snap has shared.
    UnsupportedOperationSnapHasShared,
    /// `UnsupportedOperation.SnapshotGroupDiskAttachMultiInstance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: snapshot group disk attach multi instance.
    UnsupportedOperationSnapshotGroupDiskAttachMultiInstance,
    /// `UnsupportedOperation.SnapshotHasBindedImage`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: snapshot has binded image.
    UnsupportedOperationSnapshotHasBindedImage,
    /// `UnsupportedOperation.SnapshotNotSupportCopy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: snapshot not support copy.
    UnsupportedOperationSnapshotNotSupportCopy,
    /// `UnsupportedOperation.StateError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: state error.
    UnsupportedOperationStateError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 78] = [
        "AuthFailure",
        "InsufficientRefundQuota",
        "InsufficientSnapshotQuota",
        "InternalError",
        "InternalError.ComponentError",
        "InternalError.FailQueryResource",
        "InternalError.ResourceOpFailed",
        "InvalidAccount.InsufficientBalance",
        "InvalidAutoSnapshotPolicyId.NotFound",
        "InvalidDisk.AlreadyBound",
        "InvalidDisk.Busy",
        "InvalidDisk.Expire",
        "InvalidDisk.NotPortable",
        "InvalidDisk.NotSupportSnapshot",
        "InvalidDisk.NotSupported",
        "InvalidDisk.SnapshotCreating",
        "InvalidDisk.TypeError",
        "InvalidDiskId.NotFound",
        "InvalidFilter",
        "InvalidInstance.NotSupported",
        "InvalidInstanceId.NotFound",
        "InvalidParameter",
        "InvalidParameter.DiskConfigNotSupported",
        "InvalidParameter.DiskSizeNotMatch",
        "InvalidParameter.InvalidClientToken",
        "InvalidParameter.ProjectIdNotExist",
        "InvalidParameter.ShouldConvertSnapshotToImage",
        "InvalidParameterValue",
        "InvalidParameterValue.BindDiskLimitExceeded",
        "InvalidParameterValue.InvalidAction",
        "InvalidParameterValue.LimitExceeded",
        "InvalidSnapshot.NotSupported",
        "InvalidSnapshotId.NotFound",
        "LimitExceeded.AutoSnapshotPolicyOutOfQuota",
        "LimitExceeded.InstanceAttachedDisk",
        "LimitExceeded.TagQuotaLimitExceeded",
        "MissingParameter",
        "ResourceBusy",
        "ResourceInUse",
        "ResourceInUse.CopySnapshotConflict",
        "ResourceInUse.DiskMigrating",
        "ResourceInUse.DiskRollbacking",
        "ResourceInsufficient",
        "ResourceInsufficient.OverQuota",
        "ResourceInsufficient.OverRefundQuota",
        "ResourceInsufficient.UpgradeServiceBusy",
        "ResourceNotFound",
        "ResourceNotFound.NotFound",
        "ResourceUnavailable",
        "ResourceUnavailable.Attached",
        "ResourceUnavailable.DiskBackupCreating",
        "ResourceUnavailable.DiskSnapshotChainTooLarge",
        "ResourceUnavailable.Expire",
        "ResourceUnavailable.NotPortable",
        "ResourceUnavailable.NotSupportRefund",
        "ResourceUnavailable.NotSupported",
        "ResourceUnavailable.RepeatRefund",
        "ResourceUnavailable.SnapshotCreating",
        "ResourceUnavailable.TooManyCreatingSnapshot",
        "ResourceUnavailable.TypeError",
        "ResourceUnavailable.ZoneNotMatch",
        "TradeDealConflict",
        "UnauthorizedOperation",
        "UnauthorizedOperation.AuthFailure",
        "UnauthorizedOperation.InvalidToken",
        "UnauthorizedOperation.MFAExpired",
        "UnauthorizedOperation.NotCertification",
        "UnauthorizedOperation.NotHavePaymentRight",
        "UnauthorizedOperation.RoleNotExists",
        "UnsupportedOperation",
        "UnsupportedOperation.DetachPod",
        "UnsupportedOperation.DiskEncrypt",
        "UnsupportedOperation.InstanceNotStopped",
        "UnsupportedOperation.SnapHasShared",
        "UnsupportedOperation.SnapshotGroupDiskAttachMultiInstance",
        "UnsupportedOperation.SnapshotHasBindedImage",
        "UnsupportedOperation.SnapshotNotSupportCopy",
        "UnsupportedOperation.StateError",
    ];
    static NAME_CODES: [u32; 1] = [65];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "UnauthorizedOperationMfaExpired",
        ends: &[0, 31],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Insufficient refund quota.Insufficient snapshot quota.An internal error occurred.An internal error occurred: component error.An internal error occurred: fail query resource.An internal error occurred: resource op failed.Invalid account: insufficient balance.Invalid auto snapshot policy id: not found.Invalid disk: already bound.Invalid disk: busy.Invalid disk: expire.Invalid disk: not portable.Invalid disk: not support snapshot.Invalid disk: not supported.Invalid disk: snapshot creating.Invalid disk: type error.Invalid disk id: not found.Invalid filter.Invalid instance: not supported.Invalid instance id: not found.A parameter is invalid.A parameter is invalid: disk config not supported.A parameter is invalid: disk size not match.A parameter is invalid: invalid client token.A parameter is invalid: project id not exist.A parameter is invalid: should convert snapshot to image.A parameter value is invalid.A parameter value is invalid: bind disk limit exceeded.A parameter value is invalid: invalid action.A parameter value is invalid: limit exceeded.Invalid snapshot: not supported.Invalid snapshot id: not found.A limit was exceeded: auto snapshot policy out of quota.A limit was exceeded: instance attached disk.A limit was exceeded: tag quota limit exceeded.A required parameter is missing.Resource busy.The resource is in use.The resource is in use: copy snapshot conflict.The resource is in use: disk migrating.The resource is in use: disk rollbacking.Resources are insufficient.Resources are insufficient: over quota.Resources are insufficient: over refund quota.Resources are insufficient: upgrade service busy.The resource was not found.The resource was not found: not found.The resource is unavailable.The resource is unavailable: attached.The resource is unavailable: disk backup creating.The resource is unavailable: disk snapshot chain too large.The resource is unavailable: expire.The resource is unavailable: not portable.The resource is unavailable: not support refund.The resource is unavailable: not supported.The resource is unavailable: repeat refund.The resource is unavailable: snapshot creating.The resource is unavailable: too many creating snapshot.The resource is unavailable: type error.The resource is unavailable: zone not match.Trade deal conflict.The operation is not authorized.The operation is not authorized: auth failure.The operation is not authorized: invalid token.The operation is not authorized: MFA expired.The operation is not authorized: not certification.The operation is not authorized: not have payment right.The operation is not authorized: role not exists.The operation is not supported.The operation is not supported: detach pod.The operation is not supported: disk encrypt.The operation is not supported: instance not stopped.The operation is not supported: snap has shared.The operation is not supported: snapshot group disk attach multi instance.The operation is not supported: snapshot has binded image.The operation is not supported: snapshot not support copy.The operation is not supported: state error.",
        ends: &[
            0, 22, 48, 76, 103, 147, 195, 242, 280, 323, 351, 370, 391, 418, 453, 481,
            513, 538, 565, 580, 612, 643, 666, 716, 760, 805, 850, 907, 936, 991, 1036,
            1081, 1113, 1144, 1200, 1245, 1292, 1324, 1338, 1361, 1408, 1447, 1488, 1515,
            1554, 1600, 1649, 1676, 1714, 1742, 1780, 1830, 1889, 1925, 1967, 2015, 2058,
            2101, 2148, 2204, 2244, 2288, 2308, 2340, 2386, 2433, 2478, 2529, 2585, 2634,
            2665, 2708, 2753, 2806, 2854, 2928, 2986, 3044, 3088,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 78] = ::cloud_errors::__private::retry_column(
        b"aaabbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbccccaacccccccccccccacccccccaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 78] = ::cloud_errors::__private::category_column(
        b"bbbmmmmbbbbbbbbbbbbbbccccccccccbbhhhcbjjjjhhhheeiiiiiiiiiiiiibgggggggliiiiiiii",
    );
    static PILOTS: [u16; 20] = [
        20, 98, 3, 0, 5, 10, 14, 2, 5, 5, 100, 98, 4, 0, 57, 1, 0, 166, 23, 64,
    ];
    static SLOTS: [(&str, u32); 86] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            74, 24, 13, 37, 51, 48, 27, 68, 19, 5, 7, 54, 46, 6, 3, 70, 4294967295, 35,
            34, 21, 29, 72, 50, 62, 40, 1, 2, 58, 77, 39, 4294967295, 41, 26, 61, 67,
            4294967295, 66, 4294967295, 45, 8, 30, 60, 10, 73, 31, 43, 15, 0, 23, 12, 47,
            28, 76, 4294967295, 25, 9, 11, 36, 4294967295, 57, 4294967295, 4, 65, 55,
            4294967295, 32, 22, 14, 20, 71, 44, 69, 59, 42, 63, 17, 52, 49, 75, 56, 53,
            33, 64, 38, 18, 16,
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
    const PROVIDER: &'static str = "Tencent Cloud CBS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CBS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CBS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
