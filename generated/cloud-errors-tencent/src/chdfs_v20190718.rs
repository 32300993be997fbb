// @generated from catalogs/tencent/chdfs_v20190718.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CHDFS v20190718: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CHDFS v20190718: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.FileSystemNotEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: file system not empty.
    FailedOperationFileSystemNotEmpty,
    /// `FailedOperation.QuotaLessThanCurrentUsed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: quota less than current used.
    FailedOperationQuotaLessThanCurrentUsed,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.InvalidAccessGroupId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid access group id.
    InvalidParameterValueInvalidAccessGroupId,
    /// `InvalidParameterValue.InvalidAccessGroupName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid access group name.
    InvalidParameterValueInvalidAccessGroupName,
    /// `InvalidParameterValue.InvalidAccessRuleAddress`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid access rule address.
    InvalidParameterValueInvalidAccessRuleAddress,
    /// `InvalidParameterValue.InvalidCapacityQuota`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid capacity quota.
    InvalidParameterValueInvalidCapacityQuota,
    /// `InvalidParameterValue.InvalidDescription`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid description.
    InvalidParameterValueInvalidDescription,
    /// `InvalidParameterValue.InvalidFileSystemId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid file system id.
    InvalidParameterValueInvalidFileSystemId,
    /// `InvalidParameterValue.InvalidFileSystemName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid file system name.
    InvalidParameterValueInvalidFileSystemName,
    /// `InvalidParameterValue.InvalidMountPointId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid mount point id.
    InvalidParameterValueInvalidMountPointId,
    /// `InvalidParameterValue.InvalidMountPointName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid mount point name.
    InvalidParameterValueInvalidMountPointName,
    /// `InvalidParameterValue.InvalidVpcId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid vpc id.
    InvalidParameterValueInvalidVpcId,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.AccessGroupNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: access group not exists.
    ResourceNotFoundAccessGroupNotExists,
    /// `ResourceNotFound.AccessRuleNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: access rule not exists.
    ResourceNotFoundAccessRuleNotExists,
    /// `ResourceNotFound.FileSystemNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: file system not exists.
    ResourceNotFoundFileSystemNotExists,
    /// `ResourceNotFound.MountPointNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: mount point not exists.
    ResourceNotFoundMountPointNotExists,
    /// `ResourceNotFound.VpcNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: vpc not exists.
    ResourceNotFoundVpcNotExists,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 27] = [
        "FailedOperation",
        "FailedOperation.FileSystemNotEmpty",
        "FailedOperation.QuotaLessThanCurrentUsed",
        "InternalError",
        "InvalidParameter",
        "InvalidParameterValue",
        "InvalidParameterValue.InvalidAccessGroupId",
        "InvalidParameterValue.InvalidAccessGroupName",
        "InvalidParameterValue.InvalidAccessRuleAddress",
        "InvalidParameterValue.InvalidCapacityQuota",
        "InvalidParameterValue.InvalidDescription",
        "InvalidParameterValue.InvalidFileSystemId",
        "InvalidParameterValue.InvalidFileSystemName",
        "InvalidParameterValue.InvalidMountPointId",
        "InvalidParameterValue.InvalidMountPointName",
        "InvalidParameterValue.InvalidVpcId",
        "LimitExceeded",
        "MissingParameter",
        "ResourceInUse",
        "ResourceNotFound",
        "ResourceNotFound.AccessGroupNotExists",
        "ResourceNotFound.AccessRuleNotExists",
        "ResourceNotFound.FileSystemNotExists",
        "ResourceNotFound.MountPointNotExists",
        "ResourceNotFound.VpcNotExists",
        "ResourceUnavailable",
        "UnauthorizedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.The operation failed: file system not empty.The operation failed: quota less than current used.An internal error occurred.A parameter is invalid.A parameter value is invalid.A parameter value is invalid: invalid access group id.A parameter value is invalid: invalid access group name.A parameter value is invalid: invalid access rule address.A parameter value is invalid: invalid capacity quota.A parameter value is invalid: invalid description.A parameter value is invalid: invalid file system id.A parameter value is invalid: invalid file system name.A parameter value is invalid: invalid mount point id.A parameter value is invalid: invalid mount point name.A parameter value is invalid: invalid vpc id.A limit was exceeded.A required parameter is missing.The resource is in use.The resource was not found.The resource was not found: access group not exists.The resource was not found: access rule not exists.The resource was not found: file system not exists.The resource was not found: mount point not exists.The resource was not found: vpc not exists.The resource is unavailable.The operation is not authorized.",
        ends: &[
            0, 21, 65, 116, 143, 166, 195, 249, 305, 363, 416, 466, 519, 574, 627, 682,
            727, 748, 780, 803, 830, 882, 933, 984, 1035, 1078, 1106, 1138,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 27] = ::cloud_errors::__private::retry_column(
        b"aaabaaaaaaaaaaaaaabaaaaaacc",
    );
    static CATEGORY: [::cloud_errors::Category; 27] = ::cloud_errors::__private::category_column(
        b"iiimcccccccccccchcjeeeeeeig",
    );
    static PILOTS: [u16; 7] = [5, 20, 27, 4, 1, 55, 4];
    static SLOTS: [(&str, u32); 30] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            26, 17, 2, 19, 15, 4294967295, 3, 4294967295, 5, 9, 24, 16, 12, 22, 7, 14,
            18, 4, 21, 6, 25, 1, 8, 4294967295, 20, 10, 11, 13, 0, 23,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
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
    const PROVIDER: &'static str = "Tencent Cloud CHDFS v20190718";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CHDFS v20190718's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CHDFS v20190718: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
