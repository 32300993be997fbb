// @generated from catalogs/tencent/tcaplusdb.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TCAPLUSDB: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TCAPLUSDB: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation.
    AuthFailureUnauthorizedOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.OldPasswordHasExpired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: old password has expired.
    FailedOperationOldPasswordHasExpired,
    /// `FailedOperation.OldPasswordInUse`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: old password in use.
    FailedOperationOldPasswordInUse,
    /// `FailedOperation.PasswordFailure`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: password failure.
    FailedOperationPasswordFailure,
    /// `FailedOperation.RegionMismatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: region mismatch.
    FailedOperationRegionMismatch,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.InvalidAppName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid app name.
    InvalidParameterValueInvalidAppName,
    /// `InvalidParameterValue.InvalidClusterName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid cluster name.
    InvalidParameterValueInvalidClusterName,
    /// `InvalidParameterValue.InvalidTableGroupName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid table group name.
    InvalidParameterValueInvalidTableGroupName,
    /// `InvalidParameterValue.InvalidTimeValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid time value.
    InvalidParameterValueInvalidTimeValue,
    /// `InvalidParameterValue.InvalidZoneName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid zone name.
    InvalidParameterValueInvalidZoneName,
    /// `InvalidParameterValue.UnsupportIdlType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unsupport idl type.
    InvalidParameterValueUnsupportIdlType,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceInsufficient.BalanceError`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: balance error.
    ResourceInsufficientBalanceError,
    /// `ResourceInsufficient.NoAvailableApp`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: no available app.
    ResourceInsufficientNoAvailableApp,
    /// `ResourceInsufficient.NoAvailableCluster`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: no available cluster.
    ResourceInsufficientNoAvailableCluster,
    /// `ResourceInsufficient.NoEnoughVipInVPC`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: no enough vip in VPC.
    ResourceInsufficientNoEnoughVipInVpc,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.DuplicateClusterName`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: duplicate cluster name.
    ResourceUnavailableDuplicateClusterName,
    /// `ResourceUnavailable.DuplicateTableGroupInfo`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: duplicate table group info.
    ResourceUnavailableDuplicateTableGroupInfo,
    /// `ResourceUnavailable.DuplicateTableGroupName`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: duplicate table group name.
    ResourceUnavailableDuplicateTableGroupName,
    /// `ResourceUnavailable.NoAvailableTableGroup`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: no available table group.
    ResourceUnavailableNoAvailableTableGroup,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 33] = [
        "AuthFailure",
        "AuthFailure.UnauthorizedOperation",
        "FailedOperation",
        "FailedOperation.OldPasswordHasExpired",
        "FailedOperation.OldPasswordInUse",
        "FailedOperation.PasswordFailure",
        "FailedOperation.RegionMismatch",
        "InternalError",
        "InvalidParameter",
        "InvalidParameterValue",
        "InvalidParameterValue.InvalidAppName",
        "InvalidParameterValue.InvalidClusterName",
        "InvalidParameterValue.InvalidTableGroupName",
        "InvalidParameterValue.InvalidTimeValue",
        "InvalidParameterValue.InvalidZoneName",
        "InvalidParameterValue.UnsupportIdlType",
        "LimitExceeded",
        "MissingParameter",
        "OperationDenied",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceInsufficient.BalanceError",
        "ResourceInsufficient.NoAvailableApp",
        "ResourceInsufficient.NoAvailableCluster",
        "ResourceInsufficient.NoEnoughVipInVPC",
        "ResourceNotFound",
        "ResourceUnavailable",
        "ResourceUnavailable.DuplicateClusterName",
        "ResourceUnavailable.DuplicateTableGroupInfo",
        "ResourceUnavailable.DuplicateTableGroupName",
        "ResourceUnavailable.NoAvailableTableGroup",
        "UnauthorizedOperation",
        "UnsupportedOperation",
    ];
    static NAME_CODES: [u32; 1] = [24];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "ResourceInsufficientNoEnoughVipInVpc",
        ends: &[0, 36],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: unauthorized operation.The operation failed.The operation failed: old password has expired.The operation failed: old password in use.The operation failed: password failure.The operation failed: region mismatch.An internal error occurred.A parameter is invalid.A parameter value is invalid.A parameter value is invalid: invalid app name.A parameter value is invalid: invalid cluster name.A parameter value is invalid: invalid table group name.A parameter value is invalid: invalid time value.A parameter value is invalid: invalid zone name.A parameter value is invalid: unsupport idl type.A limit was exceeded.A required parameter is missing.The operation was denied.The resource is in use.Resources are insufficient.Resources are insufficient: balance error.Resources are insufficient: no available app.Resources are insufficient: no available cluster.Resources are insufficient: no enough vip in VPC.The resource was not found.The resource is unavailable.The resource is unavailable: duplicate cluster name.The resource is unavailable: duplicate table group info.The resource is unavailable: duplicate table group name.The resource is unavailable: no available table group.The operation is not authorized.The operation is not supported.",
        ends: &[
            0, 22, 68, 89, 136, 178, 217, 255, 282, 305, 334, 381, 432, 487, 536, 584,
            633, 654, 686, 711, 734, 761, 803, 848, 897, 946, 973, 1001, 1053, 1109,
            1165, 1219, 1251, 1282,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 33] = ::cloud_errors::__private::retry_column(
        b"acaaaaabaaaaaaaaaacbcccccacccccca",
    );
    static CATEGORY: [::cloud_errors::Category; 33] = ::cloud_errors::__private::category_column(
        b"bpiiiiimcccccccchcgjhhhhheiiiiigl",
    );
    static PILOTS: [u16; 9] = [6, 26, 5, 79, 35, 0, 0, 8, 6];
    static SLOTS: [(&str, u32); 36] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            32, 4294967295, 9, 24, 23, 27, 17, 28, 1, 10, 4294967295, 11, 21, 26, 3,
            4294967295, 6, 15, 5, 0, 18, 7, 20, 2, 13, 12, 31, 22, 30, 14, 19, 25, 4, 16,
            8, 29,
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
    const PROVIDER: &'static str = "Tencent Cloud TCAPLUSDB";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TCAPLUSDB's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TCAPLUSDB: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
