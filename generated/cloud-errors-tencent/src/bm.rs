// @generated from catalogs/tencent/bm.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud BM: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud BM: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.ExistRepairTask`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: exist repair task.
    FailedOperationExistRepairTask,
    /// `FailedOperation.TscAgentOffline`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tsc agent offline.
    FailedOperationTscAgentOffline,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameterValue.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter.
    InvalidParameterValueInvalidParameter,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.UserCmdCount`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: user cmd count.
    LimitExceededUserCmdCount,
    /// `ResourceInUse.FlowBusy`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: flow busy.
    ResourceInUseFlowBusy,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceInsufficient.DeviceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: device insufficient.
    ResourceInsufficientDeviceInsufficient,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.FundInsufficient`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: fund insufficient.
    UnsupportedOperationFundInsufficient,
    /// `UnsupportedOperation.InvalidOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid operation.
    UnsupportedOperationInvalidOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 15] = [
        "FailedOperation",
        "FailedOperation.ExistRepairTask",
        "FailedOperation.TscAgentOffline",
        "InvalidParameter",
        "InvalidParameterValue.InvalidParameter",
        "LimitExceeded",
        "LimitExceeded.UserCmdCount",
        "ResourceInUse.FlowBusy",
        "ResourceInsufficient",
        "ResourceInsufficient.DeviceInsufficient",
        "ResourceUnavailable",
        "UnauthorizedOperation",
        "UnsupportedOperation",
        "UnsupportedOperation.FundInsufficient",
        "UnsupportedOperation.InvalidOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.The operation failed: exist repair task.The operation failed: tsc agent offline.A parameter is invalid.A parameter value is invalid: invalid parameter.A limit was exceeded.A limit was exceeded: user cmd count.The resource is in use: flow busy.Resources are insufficient.Resources are insufficient: device insufficient.The resource is unavailable.The operation is not authorized.The operation is not supported.The operation is not supported: fund insufficient.The operation is not supported: invalid operation.",
        ends: &[
            0, 21, 61, 101, 124, 172, 193, 230, 264, 291, 339, 367, 399, 430, 480, 530,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 15] = ::cloud_errors::__private::retry_column(
        b"aaaaaaabccccaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 15] = ::cloud_errors::__private::category_column(
        b"iiicchhjhhiglii",
    );
    static PILOTS: [u16; 4] = [3, 0, 8, 2];
    static SLOTS: [(&str, u32); 16] = ::cloud_errors::__private::slots(
        &CODES,
        &[13, 6, 7, 9, 12, 10, 14, 11, 8, 1, 3, 5, 2, 4, 0, 4294967295],
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
    const PROVIDER: &'static str = "Tencent Cloud BM";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud BM's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud BM: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
