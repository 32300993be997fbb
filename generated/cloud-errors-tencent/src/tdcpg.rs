// @generated from catalogs/tencent/tdcpg.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TDCPG: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TDCPG: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.DatabaseAccessError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: database access error.
    FailedOperationDatabaseAccessError,
    /// `FailedOperation.FlowError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: flow error.
    FailedOperationFlowError,
    /// `FailedOperation.GetVpcFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get vpc failed.
    FailedOperationGetVpcFailed,
    /// `FailedOperation.InternalServiceAccessError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: internal service access error.
    FailedOperationInternalServiceAccessError,
    /// `FailedOperation.PayModeInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: pay mode invalid.
    FailedOperationPayModeInvalid,
    /// `FailedOperation.SpecNotChange`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: spec not change.
    FailedOperationSpecNotChange,
    /// `FailedOperation.SpecStorageLack`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: spec storage lack.
    FailedOperationSpecStorageLack,
    /// `FailedOperation.StatusError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: status error.
    FailedOperationStatusError,
    /// `FailedOperation.StoragePayModeInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: storage pay mode invalid.
    FailedOperationStoragePayModeInvalid,
    /// `FailedOperation.TaskConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task conflict.
    FailedOperationTaskConflict,
    /// `FailedOperation.TradeAccessError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: trade access error.
    FailedOperationTradeAccessError,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.AccountNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: account not found.
    InvalidParameterValueAccountNotFound,
    /// `InvalidParameterValue.BackupDataPointInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: backup data point invalid.
    InvalidParameterValueBackupDataPointInvalid,
    /// `InvalidParameterValue.ClusterNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cluster not found.
    InvalidParameterValueClusterNotFound,
    /// `InvalidParameterValue.DatabaseVersionParamCountError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: database version param count error.
    InvalidParameterValueDatabaseVersionParamCountError,
    /// `InvalidParameterValue.DealNameNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: deal name not found.
    InvalidParameterValueDealNameNotFound,
    /// `InvalidParameterValue.EndpointNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: endpoint not found.
    InvalidParameterValueEndpointNotFound,
    /// `InvalidParameterValue.IllegalInstanceName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal instance name.
    InvalidParameterValueIllegalInstanceName,
    /// `InvalidParameterValue.IllegalPassword`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal password.
    InvalidParameterValueIllegalPassword,
    /// `InvalidParameterValue.InstanceNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance not found.
    InvalidParameterValueInstanceNotFound,
    /// `InvalidParameterValue.InvalidDBVersion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid DB version.
    InvalidParameterValueInvalidDbVersion,
    /// `InvalidParameterValue.InvalidDatabaseVersion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid database version.
    InvalidParameterValueInvalidDatabaseVersion,
    /// `InvalidParameterValue.InvalidParameterValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter value error.
    InvalidParameterValueInvalidParameterValueError,
    /// `InvalidParameterValue.InvalidSpec`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid spec.
    InvalidParameterValueInvalidSpec,
    /// `InvalidParameterValue.ParameterOutRangeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter out range error.
    InvalidParameterValueParameterOutRangeError,
    /// `InvalidParameterValue.RegionZoneUnavailable`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: region zone unavailable.
    InvalidParameterValueRegionZoneUnavailable,
    /// `InvalidParameterValue.SourceBackupClusterIdInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: source backup cluster id invalid.
    InvalidParameterValueSourceBackupClusterIdInvalid,
    /// `InvalidParameterValue.StoragePoolNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: storage pool not found.
    InvalidParameterValueStoragePoolNotFound,
    /// `InvalidParameterValue.VpcDeniedError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpc denied error.
    InvalidParameterValueVpcDeniedError,
    /// `InvalidParameterValue.VpcNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpc not found.
    InvalidParameterValueVpcNotFound,
    /// `InvalidParameterValue.VpcSubnetIpLack`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpc subnet ip lack.
    InvalidParameterValueVpcSubnetIpLack,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.ClusterInstanceLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cluster instance limit.
    LimitExceededClusterInstanceLimit,
    /// `LimitExceeded.UserClusterLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: user cluster limit.
    LimitExceededUserClusterLimit,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceUnavailable.InstanceStatusAbnormal`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance status abnormal.
    ResourceUnavailableInstanceStatusAbnormal,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.PermissionDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: permission denied.
    UnauthorizedOperationPermissionDenied,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 47] = [
        "AuthFailure",
        "FailedOperation",
        "FailedOperation.DatabaseAccessError",
        "FailedOperation.FlowError",
        "FailedOperation.GetVpcFailed",
        "FailedOperation.InternalServiceAccessError",
        "FailedOperation.PayModeInvalid",
        "FailedOperation.SpecNotChange",
        "FailedOperation.SpecStorageLack",
        "FailedOperation.StatusError",
        "FailedOperation.StoragePayModeInvalid",
        "FailedOperation.TaskConflict",
        "FailedOperation.TradeAccessError",
        "InternalError",
        "InvalidParameter",
        "InvalidParameterValue",
        "InvalidParameterValue.AccountNotFound",
        "InvalidParameterValue.BackupDataPointInvalid",
        "InvalidParameterValue.ClusterNotFound",
        "InvalidParameterValue.DatabaseVersionParamCountError",
        "InvalidParameterValue.DealNameNotFound",
        "InvalidParameterValue.EndpointNotFound",
        "InvalidParameterValue.IllegalInstanceName",
        "InvalidParameterValue.IllegalPassword",
        "InvalidParameterValue.InstanceNotFound",
        "InvalidParameterValue.InvalidDBVersion",
        "InvalidParameterValue.InvalidDatabaseVersion",
        "InvalidParameterValue.InvalidParameterValueError",
        "InvalidParameterValue.InvalidSpec",
        "InvalidParameterValue.ParameterOutRangeError",
        "InvalidParameterValue.RegionZoneUnavailable",
        "InvalidParameterValue.SourceBackupClusterIdInvalid",
        "InvalidParameterValue.StoragePoolNotFound",
        "InvalidParameterValue.VpcDeniedError",
        "InvalidParameterValue.VpcNotFound",
        "InvalidParameterValue.VpcSubnetIpLack",
        "LimitExceeded",
        "LimitExceeded.ClusterInstanceLimit",
        "LimitExceeded.UserClusterLimit",
        "MissingParameter",
        "OperationDenied",
        "ResourceInsufficient",
        "ResourceUnavailable.InstanceStatusAbnormal",
        "UnauthorizedOperation",
        "UnauthorizedOperation.PermissionDenied",
        "UnknownParameter",
        "UnsupportedOperation",
    ];
    static NAME_CODES: [u32; 1] = [25];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterValueInvalidDbVersion",
        ends: &[0, 37],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed.The operation failed: database access error.The operation failed: flow error.The operation failed: get vpc failed.The operation failed: internal service access error.The operation failed: pay mode invalid.The operation failed: spec not change.The operation failed: spec storage lack.The operation failed: status error.The operation failed: storage pay mode invalid.The operation failed: task conflict.The operation failed: trade access error.An internal error occurred.A parameter is invalid.A parameter value is invalid.A parameter value is invalid: account not found.A parameter value is invalid: backup data point invalid.A parameter value is invalid: cluster not found.A parameter value is invalid: database version param count error.A parameter value is invalid: deal name not found.A parameter value is invalid: endpoint not found.A parameter value is invalid: illegal instance name.A parameter value is invalid: illegal password.A parameter value is invalid: instance not found.A parameter value is invalid: invalid DB version.A parameter value is invalid: invalid database version.A parameter value is invalid: invalid parameter value error.A parameter value is invalid: invalid spec.A parameter value is invalid: parameter out range error.A parameter value is invalid: region zone unavailable.A parameter value is invalid: source backup cluster id invalid.A parameter value is invalid: storage pool not found.A parameter value is invalid: vpc denied error.A parameter value is invalid: vpc not found.A parameter value is invalid: vpc subnet ip lack.A limit was exceeded.A limit was exceeded: cluster instance limit.A limit was exceeded: user cluster limit.A required parameter is missing.The operation was denied.Resources are insufficient.The resource is unavailable: instance status abnormal.The operation is not authorized.The operation is not authorized: permission denied.An unknown parameter was given.The operation is not supported.",
        ends: &[
            0, 22, 43, 87, 120, 157, 209, 248, 286, 326, 361, 408, 444, 485, 512, 535,
            564, 612, 668, 716, 781, 831, 880, 932, 979, 1028, 1077, 1132, 1192, 1235,
            1291, 1345, 1408, 1461, 1508, 1552, 1601, 1622, 1667, 1708, 1740, 1765, 1792,
            1846, 1878, 1929, 1960, 1991,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 47] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaaaaaacccccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 47] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiiiimcccccccccccccccccccccchhhcghiggcl",
    );
    static PILOTS: [u16; 12] = [16, 0, 21, 11, 14, 2, 59, 28, 2, 17, 1, 205];
    static SLOTS: [(&str, u32); 52] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            28, 33, 22, 20, 1, 34, 11, 17, 43, 26, 40, 4294967295, 31, 23, 18, 13, 35,
            32, 37, 29, 4294967295, 4294967295, 45, 42, 44, 4294967295, 14, 38, 21, 15,
            7, 12, 3, 9, 39, 19, 46, 25, 6, 4, 41, 10, 27, 2, 30, 4294967295, 5, 24, 8,
            16, 36, 0,
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
    const PROVIDER: &'static str = "Tencent Cloud TDCPG";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TDCPG's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TDCPG: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
