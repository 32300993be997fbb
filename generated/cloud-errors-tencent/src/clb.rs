// @generated from catalogs/tencent/clb.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CLB: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CLB: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.TokenFailure`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: token failure.
    AuthFailureTokenFailure,
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The request was a dry run and was not carried out.
    DryRunOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AssociationNotActive`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: association not active.
    FailedOperationAssociationNotActive,
    /// `FailedOperation.EipTrafficCheckRisk`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: eip traffic check risk.
    FailedOperationEipTrafficCheckRisk,
    /// `FailedOperation.FrequencyCheckRisk`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: frequency check risk.
    FailedOperationFrequencyCheckRisk,
    /// `FailedOperation.InsufficientBalance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: insufficient balance.
    FailedOperationInsufficientBalance,
    /// `FailedOperation.InvalidApiKey`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid api key.
    FailedOperationInvalidApiKey,
    /// `FailedOperation.InvalidLBStatus`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid LB status.
    FailedOperationInvalidLbStatus,
    /// `FailedOperation.ModelDoesNotSupportModality`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: model does not support modality.
    FailedOperationModelDoesNotSupportModality,
    /// `FailedOperation.ModelNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: model not found.
    FailedOperationModelNotFound,
    /// `FailedOperation.NoListenerInLB`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no listener in LB.
    FailedOperationNoListenerInLb,
    /// `FailedOperation.RateLimitExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rate limit exceeded.
    FailedOperationRateLimitExceeded,
    /// `FailedOperation.RequestTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: request timeout.
    FailedOperationRequestTimeout,
    /// `FailedOperation.ResourceInCloning`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: resource in cloning.
    FailedOperationResourceInCloning,
    /// `FailedOperation.ResourceInOperating`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: resource in operating.
    FailedOperationResourceInOperating,
    /// `FailedOperation.TargetNumCheckRisk`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: target num check risk.
    FailedOperationTargetNumCheckRisk,
    /// `FailedOperation.TrafficCheckRisk`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: traffic check risk.
    FailedOperationTrafficCheckRisk,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.AssociationReferenceInvalid`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: association reference invalid.
    InternalErrorAssociationReferenceInvalid,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.AttachmentItem`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: attachment item.
    InvalidParameterAttachmentItem,
    /// `InvalidParameter.Attachments`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: attachments.
    InvalidParameterAttachments,
    /// `InvalidParameter.ClientTokenLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: client token limit exceeded.
    InvalidParameterClientTokenLimitExceeded,
    /// `InvalidParameter.EndpointUnreachable`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: endpoint unreachable.
    InvalidParameterEndpointUnreachable,
    /// `InvalidParameter.FormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: format error.
    InvalidParameterFormatError,
    /// `InvalidParameter.InputModality`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: input modality.
    InvalidParameterInputModality,
    /// `InvalidParameter.InvalidFieldValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid field value.
    InvalidParameterInvalidFieldValue,
    /// `InvalidParameter.InvalidFilter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid filter.
    InvalidParameterInvalidFilter,
    /// `InvalidParameter.LBIdNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: LB id not found.
    InvalidParameterLbIdNotFound,
    /// `InvalidParameter.ListenerIdNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: listener id not found.
    InvalidParameterListenerIdNotFound,
    /// `InvalidParameter.LocationNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: location not found.
    InvalidParameterLocationNotFound,
    /// `InvalidParameter.MinOrderAllZero`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: min order all zero.
    InvalidParameterMinOrderAllZero,
    /// `InvalidParameter.PortCheckFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: port check failed.
    InvalidParameterPortCheckFailed,
    /// `InvalidParameter.ProtocolCheckFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: protocol check failed.
    InvalidParameterProtocolCheckFailed,
    /// `InvalidParameter.RegionNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: region not found.
    InvalidParameterRegionNotFound,
    /// `InvalidParameter.RewriteAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: rewrite already exist.
    InvalidParameterRewriteAlreadyExist,
    /// `InvalidParameter.SomeRewriteNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: some rewrite not found.
    InvalidParameterSomeRewriteNotFound,
    /// `InvalidParameterCombination`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid parameter combination.
    InvalidParameterCombination,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.Duplicate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicate.
    InvalidParameterValueDuplicate,
    /// `InvalidParameterValue.InvalidFieldValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid field value.
    InvalidParameterValueInvalidFieldValue,
    /// `InvalidParameterValue.InvalidFilter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid filter.
    InvalidParameterValueInvalidFilter,
    /// `InvalidParameterValue.Length`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: length.
    InvalidParameterValueLength,
    /// `InvalidParameterValue.Range`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: range.
    InvalidParameterValueRange,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.ServiceProvider`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: service provider.
    ResourceNotFoundServiceProvider,
    /// `ResourceNotFound.ServiceProviderModel`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: service provider model.
    ResourceNotFoundServiceProviderModel,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.BudgetOnlySupportsEnterprise`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: budget only supports enterprise.
    UnsupportedOperationBudgetOnlySupportsEnterprise,
    /// `UnsupportedOperation.InvalidModelRouterStatus`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid model router status.
    UnsupportedOperationInvalidModelRouterStatus,
    /// `UnsupportedOperation.InvalidStateTransition`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid state transition.
    UnsupportedOperationInvalidStateTransition,
    /// `UnsupportedOperation.ModelRouterResourcePackageAutoPurchaseEnabled`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: model router resource package auto purchase enabled.
    UnsupportedOperationModelRouterResourcePackageAutoPurchaseEnabled,
    /// `UnsupportedOperation.ModelRouterResourcePackageStatusNotRefundable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: model router resource package status not refundable.
    UnsupportedOperationModelRouterResourcePackageStatusNotRefundable,
    /// `UnsupportedOperation.ServiceProviderStatus`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: service provider status.
    UnsupportedOperationServiceProviderStatus,
    /// `UnsupportedOperation.VPCMismatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: VPC mismatch.
    UnsupportedOperationVpcMismatch,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 66] = [
        "AuthFailure",
        "AuthFailure.TokenFailure",
        "DryRunOperation",
        "FailedOperation",
        "FailedOperation.AssociationNotActive",
        "FailedOperation.EipTrafficCheckRisk",
        "FailedOperation.FrequencyCheckRisk",
        "FailedOperation.InsufficientBalance",
        "FailedOperation.InvalidApiKey",
        "FailedOperation.InvalidLBStatus",
        "FailedOperation.ModelDoesNotSupportModality",
        "FailedOperation.ModelNotFound",
        "FailedOperation.NoListenerInLB",
        "FailedOperation.RateLimitExceeded",
        "FailedOperation.RequestTimeout",
        "FailedOperation.ResourceInCloning",
        "FailedOperation.ResourceInOperating",
        "FailedOperation.TargetNumCheckRisk",
        "FailedOperation.TrafficCheckRisk",
        "InternalError",
        "InternalError.AssociationReferenceInvalid",
        "InvalidParameter",
        "InvalidParameter.AttachmentItem",
        "InvalidParameter.Attachments",
        "InvalidParameter.ClientTokenLimitExceeded",
        "InvalidParameter.EndpointUnreachable",
        "InvalidParameter.FormatError",
        "InvalidParameter.InputModality",
        "InvalidParameter.InvalidFieldValue",
        "InvalidParameter.InvalidFilter",
        "InvalidParameter.LBIdNotFound",
        "InvalidParameter.ListenerIdNotFound",
        "InvalidParameter.LocationNotFound",
        "InvalidParameter.MinOrderAllZero",
        "InvalidParameter.PortCheckFailed",
        "InvalidParameter.ProtocolCheckFailed",
        "InvalidParameter.RegionNotFound",
        "InvalidParameter.RewriteAlreadyExist",
        "InvalidParameter.SomeRewriteNotFound",
        "InvalidParameterCombination",
        "InvalidParameterValue",
        "InvalidParameterValue.Duplicate",
        "InvalidParameterValue.InvalidFieldValue",
        "InvalidParameterValue.InvalidFilter",
        "InvalidParameterValue.Length",
        "InvalidParameterValue.Range",
        "LimitExceeded",
        "MissingParameter",
        "OperationDenied",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceNotFound.ServiceProvider",
        "ResourceNotFound.ServiceProviderModel",
        "ResourceUnavailable",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnsupportedOperation",
        "UnsupportedOperation.BudgetOnlySupportsEnterprise",
        "UnsupportedOperation.InvalidModelRouterStatus",
        "UnsupportedOperation.InvalidStateTransition",
        "UnsupportedOperation.ModelRouterResourcePackageAutoPurchaseEnabled",
        "UnsupportedOperation.ModelRouterResourcePackageStatusNotRefundable",
        "UnsupportedOperation.ServiceProviderStatus",
        "UnsupportedOperation.VPCMismatch",
    ];
    static NAME_CODES: [u32; 4] = [9, 12, 30, 65];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationInvalidLbStatusFailedOperationNoListenerInLbInvalidParameterLbIdNotFoundUnsupportedOperationVpcMismatch",
        ends: &[0, 30, 59, 87, 118],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: token failure.The request was a dry run and was not carried out.The operation failed.The operation failed: association not active.The operation failed: eip traffic check risk.The operation failed: frequency check risk.The operation failed: insufficient balance.The operation failed: invalid api key.The operation failed: invalid LB status.The operation failed: model does not support modality.The operation failed: model not found.The operation failed: no listener in LB.The operation failed: rate limit exceeded.The operation failed: request timeout.The operation failed: resource in cloning.The operation failed: resource in operating.The operation failed: target num check risk.The operation failed: traffic check risk.An internal error occurred.An internal error occurred: association reference invalid.A parameter is invalid.A parameter is invalid: attachment item.A parameter is invalid: attachments.A parameter is invalid: client token limit exceeded.A parameter is invalid: endpoint unreachable.A parameter is invalid: format error.A parameter is invalid: input modality.A parameter is invalid: invalid field value.A parameter is invalid: invalid filter.A parameter is invalid: LB id not found.A parameter is invalid: listener id not found.A parameter is invalid: location not found.A parameter is invalid: min order all zero.A parameter is invalid: port check failed.A parameter is invalid: protocol check failed.A parameter is invalid: region not found.A parameter is invalid: rewrite already exist.A parameter is invalid: some rewrite not found.Invalid parameter combination.A parameter value is invalid.A parameter value is invalid: duplicate.A parameter value is invalid: invalid field value.A parameter value is invalid: invalid filter.A parameter value is invalid: length.A parameter value is invalid: range.A limit was exceeded.A required parameter is missing.The operation was denied.Too many requests were sent.The resource is in use.Resources are insufficient.The resource was not found.The resource was not found: service provider.The resource was not found: service provider model.The resource is unavailable.The resources are sold out.The operation is not authorized.The operation is not supported.The operation is not supported: budget only supports enterprise.The operation is not supported: invalid model router status.The operation is not supported: invalid state transition.The operation is not supported: model router resource package auto purchase enabled.The operation is not supported: model router resource package status not refundable.The operation is not supported: service provider status.The operation is not supported: VPC mismatch.",
        ends: &[
            0, 22, 59, 109, 130, 175, 220, 263, 306, 344, 384, 438, 476, 516, 558, 596,
            638, 682, 726, 767, 794, 852, 875, 915, 951, 1003, 1048, 1085, 1124, 1168,
            1207, 1247, 1293, 1336, 1379, 1421, 1467, 1508, 1554, 1601, 1631, 1660, 1700,
            1750, 1795, 1832, 1868, 1889, 1921, 1946, 1974, 1997, 2024, 2051, 2096, 2147,
            2175, 2202, 2234, 2265, 2329, 2389, 2446, 2530, 2614, 2670, 2715,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 66] = ::cloud_errors::__private::retry_column(
        b"acaaaaaaaaaaaaaaaaabbaaaaaaaaaaaaaaaaaaaaaaaaaaacbbcaaacccaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 66] = ::cloud_errors::__private::category_column(
        b"bpiiiiiiiiiiiiiiiiimmccccccccccccccccccbcccccchcghjheeeihgliiiiiii",
    );
    static PILOTS: [u16; 17] = [
        19, 52, 3, 2, 3, 7, 13, 36, 3, 2, 52, 3, 14, 2, 2, 30, 0,
    ];
    static SLOTS: [(&str, u32); 73] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            19, 63, 44, 4294967295, 35, 25, 4294967295, 62, 13, 16, 22, 49, 15, 6, 26,
            39, 64, 24, 54, 0, 59, 31, 23, 9, 4294967295, 32, 18, 3, 20, 12, 58, 52, 57,
            29, 50, 7, 47, 37, 4294967295, 38, 41, 14, 61, 8, 60, 55, 33, 4294967295, 21,
            5, 1, 56, 53, 43, 46, 30, 40, 10, 28, 27, 34, 11, 4294967295, 2, 51, 36, 45,
            4294967295, 48, 42, 65, 17, 4,
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
    const PROVIDER: &'static str = "Tencent Cloud CLB";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CLB's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CLB: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
