// @generated from catalogs/tencent/thpc_v20211109.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud THPC v20211109: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud THPC v20211109: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InternalError.CallCvm`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: call cvm.
    InternalErrorCallCvm,
    /// `InvalidParameter.Malformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: malformed.
    InvalidParameterMalformed,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.NotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not supported.
    InvalidParameterValueNotSupported,
    /// `InvalidParameterValue.TooLarge`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too large.
    InvalidParameterValueTooLarge,
    /// `InvalidParameterValue.TooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too long.
    InvalidParameterValueTooLong,
    /// `InvalidParameterValue.TooSmall`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too small.
    InvalidParameterValueTooSmall,
    /// `ResourceNotFound.AutoScalingGroupId`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: auto scaling group id.
    ResourceNotFoundAutoScalingGroupId,
    /// `ResourceNotFound.ClusterId`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cluster id.
    ResourceNotFoundClusterId,
    /// `ResourceNotFound.LaunchConfigurationId`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: launch configuration id.
    ResourceNotFoundLaunchConfigurationId,
    /// `UnsupportedOperation.AutoScalingGroupAlreadyBinded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: auto scaling group already binded.
    UnsupportedOperationAutoScalingGroupAlreadyBinded,
    /// `UnsupportedOperation.BindAutoScalingGroup`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: bind auto scaling group.
    UnsupportedOperationBindAutoScalingGroup,
    /// `UnsupportedOperation.ClusterStatusNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cluster status not support.
    UnsupportedOperationClusterStatusNotSupport,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 13] = [
        "InternalError.CallCvm",
        "InvalidParameter.Malformed",
        "InvalidParameterValue",
        "InvalidParameterValue.NotSupported",
        "InvalidParameterValue.TooLarge",
        "InvalidParameterValue.TooLong",
        "InvalidParameterValue.TooSmall",
        "ResourceNotFound.AutoScalingGroupId",
        "ResourceNotFound.ClusterId",
        "ResourceNotFound.LaunchConfigurationId",
        "UnsupportedOperation.AutoScalingGroupAlreadyBinded",
        "UnsupportedOperation.BindAutoScalingGroup",
        "UnsupportedOperation.ClusterStatusNotSupport",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "An internal error occurred: call cvm.A parameter is invalid: malformed.A parameter value is invalid.A parameter value is invalid: not supported.A parameter value is invalid: too large.A parameter value is invalid: too long.A parameter value is invalid: too small.The resource was not found: auto scaling group id.The resource was not found: cluster id.The resource was not found: launch configuration id.The operation is not supported: auto scaling group already binded.The operation is not supported: bind auto scaling group.The operation is not supported: cluster status not support.",
        ends: &[0, 37, 71, 100, 144, 184, 223, 263, 313, 352, 404, 470, 526, 585],
    };
    static RETRY: [::cloud_errors::Retry; 13] = ::cloud_errors::__private::retry_column(
        b"baaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 13] = ::cloud_errors::__private::category_column(
        b"mcccccceeeiii",
    );
    static PILOTS: [u16; 4] = [0, 4, 4, 3078];
    static SLOTS: [(&str, u32); 14] = ::cloud_errors::__private::slots(
        &CODES,
        &[11, 4, 9, 8, 7, 4294967295, 6, 12, 0, 10, 5, 3, 2, 1],
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
    const PROVIDER: &'static str = "Tencent Cloud THPC v20211109";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud THPC v20211109's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud THPC v20211109: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
