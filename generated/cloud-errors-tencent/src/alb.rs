// @generated from catalogs/tencent/alb.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud ALB: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud ALB: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The request was a dry run and was not carried out.
    DryRunOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.ResourceAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: resource already exists.
    FailedOperationResourceAlreadyExists,
    /// `FailedOperation.RuleAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rule already exists.
    FailedOperationRuleAlreadyExists,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidFilter`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid filter.
    InvalidFilter,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.InvalidClientToken`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid client token.
    InvalidParameterInvalidClientToken,
    /// `InvalidParameter.InvalidFieldFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid field format.
    InvalidParameterInvalidFieldFormat,
    /// `InvalidParameter.InvalidFieldType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid field type.
    InvalidParameterInvalidFieldType,
    /// `InvalidParameter.InvalidFieldValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid field value.
    InvalidParameterInvalidFieldValue,
    /// `InvalidParameter.InvalidQuotaCheckRequest`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid quota check request.
    InvalidParameterInvalidQuotaCheckRequest,
    /// `InvalidParameter.MissingAction`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: missing action.
    InvalidParameterMissingAction,
    /// `InvalidParameter.MissingField`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: missing field.
    InvalidParameterMissingField,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.BusinessParameterMismatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: business parameter mismatch.
    InvalidParameterValueBusinessParameterMismatch,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.Quota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: quota.
    LimitExceededQuota,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `RegionError`: no documented HTTP status; retry: never; category: unknown.
    /// Region error.
    RegionError,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInUse.LoadBalancerHasListeners`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: load balancer has listeners.
    ResourceInUseLoadBalancerHasListeners,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.Certificate`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: certificate.
    ResourceNotFoundCertificate,
    /// `ResourceNotFound.Listener`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: listener.
    ResourceNotFoundListener,
    /// `ResourceNotFound.LoadBalancer`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: load balancer.
    ResourceNotFoundLoadBalancer,
    /// `ResourceNotFound.Rule`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: rule.
    ResourceNotFoundRule,
    /// `ResourceNotFound.TargetGroup`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: target group.
    ResourceNotFoundTargetGroup,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.Certificate`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: certificate.
    ResourceUnavailableCertificate,
    /// `ResourceUnavailable.Listener`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: listener.
    ResourceUnavailableListener,
    /// `ResourceUnavailable.LoadBalancer`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: load balancer.
    ResourceUnavailableLoadBalancer,
    /// `ResourceUnavailable.PreviousTaskNotCompleted`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: previous task not completed.
    ResourceUnavailablePreviousTaskNotCompleted,
    /// `ResourceUnavailable.Rule`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: rule.
    ResourceUnavailableRule,
    /// `ResourceUnavailable.TargetGroup`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: target group.
    ResourceUnavailableTargetGroup,
    /// `ResourceUnavailable.UpstreamStatusBlocked`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: upstream status blocked.
    ResourceUnavailableUpstreamStatusBlocked,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.ServiceRoleUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: service role unauthorized.
    UnauthorizedOperationServiceRoleUnauthorized,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.CertificateAlreadyBound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: certificate already bound.
    UnsupportedOperationCertificateAlreadyBound,
    /// `UnsupportedOperation.CertificateNotBound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: certificate not bound.
    UnsupportedOperationCertificateNotBound,
    /// `UnsupportedOperation.DisassociateDefaultCertificate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: disassociate default certificate.
    UnsupportedOperationDisassociateDefaultCertificate,
    /// `UnsupportedOperation.InvalidStateTransition`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid state transition.
    UnsupportedOperationInvalidStateTransition,
    /// `UnsupportedOperation.ResourcesSoldOut`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: resources sold out.
    UnsupportedOperationResourcesSoldOut,
    /// `UnsupportedOperation.TargetGroupProtocolMismatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: target group protocol mismatch.
    UnsupportedOperationTargetGroupProtocolMismatch,
    /// `UnsupportedOperation.UnsupportedProtocol`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported protocol.
    UnsupportedOperationUnsupportedProtocol,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 51] = [
        "AuthFailure",
        "DryRunOperation",
        "FailedOperation",
        "FailedOperation.ResourceAlreadyExists",
        "FailedOperation.RuleAlreadyExists",
        "InternalError",
        "InvalidFilter",
        "InvalidParameter",
        "InvalidParameter.InvalidClientToken",
        "InvalidParameter.InvalidFieldFormat",
        "InvalidParameter.InvalidFieldType",
        "InvalidParameter.InvalidFieldValue",
        "InvalidParameter.InvalidQuotaCheckRequest",
        "InvalidParameter.MissingAction",
        "InvalidParameter.MissingField",
        "InvalidParameterValue",
        "InvalidParameterValue.BusinessParameterMismatch",
        "LimitExceeded",
        "LimitExceeded.Quota",
        "MissingParameter",
        "OperationDenied",
        "RegionError",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInUse.LoadBalancerHasListeners",
        "ResourceNotFound",
        "ResourceNotFound.Certificate",
        "ResourceNotFound.Listener",
        "ResourceNotFound.LoadBalancer",
        "ResourceNotFound.Rule",
        "ResourceNotFound.TargetGroup",
        "ResourceUnavailable",
        "ResourceUnavailable.Certificate",
        "ResourceUnavailable.Listener",
        "ResourceUnavailable.LoadBalancer",
        "ResourceUnavailable.PreviousTaskNotCompleted",
        "ResourceUnavailable.Rule",
        "ResourceUnavailable.TargetGroup",
        "ResourceUnavailable.UpstreamStatusBlocked",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnauthorizedOperation.ServiceRoleUnauthorized",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.CertificateAlreadyBound",
        "UnsupportedOperation.CertificateNotBound",
        "UnsupportedOperation.DisassociateDefaultCertificate",
        "UnsupportedOperation.InvalidStateTransition",
        "UnsupportedOperation.ResourcesSoldOut",
        "UnsupportedOperation.TargetGroupProtocolMismatch",
        "UnsupportedOperation.UnsupportedProtocol",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The request was a dry run and was not carried out.The operation failed.The operation failed: resource already exists.The operation failed: rule already exists.An internal error occurred.Invalid filter.A parameter is invalid.A parameter is invalid: invalid client token.A parameter is invalid: invalid field format.A parameter is invalid: invalid field type.A parameter is invalid: invalid field value.A parameter is invalid: invalid quota check request.A parameter is invalid: missing action.A parameter is invalid: missing field.A parameter value is invalid.A parameter value is invalid: business parameter mismatch.A limit was exceeded.A limit was exceeded: quota.A required parameter is missing.The operation was denied.Region error.Too many requests were sent.The resource is in use.The resource is in use: load balancer has listeners.The resource was not found.The resource was not found: certificate.The resource was not found: listener.The resource was not found: load balancer.The resource was not found: rule.The resource was not found: target group.The resource is unavailable.The resource is unavailable: certificate.The resource is unavailable: listener.The resource is unavailable: load balancer.The resource is unavailable: previous task not completed.The resource is unavailable: rule.The resource is unavailable: target group.The resource is unavailable: upstream status blocked.The resources are sold out.The operation is not authorized.The operation is not authorized: service role unauthorized.An unknown parameter was given.The operation is not supported.The operation is not supported: certificate already bound.The operation is not supported: certificate not bound.The operation is not supported: disassociate default certificate.The operation is not supported: invalid state transition.The operation is not supported: resources sold out.The operation is not supported: target group protocol mismatch.The operation is not supported: unsupported protocol.",
        ends: &[
            0, 22, 72, 93, 139, 181, 208, 223, 246, 291, 336, 379, 423, 475, 514, 552,
            581, 639, 660, 688, 720, 745, 758, 786, 809, 861, 888, 928, 965, 1007, 1040,
            1081, 1109, 1150, 1188, 1231, 1288, 1322, 1364, 1417, 1444, 1476, 1535, 1566,
            1597, 1655, 1709, 1774, 1831, 1882, 1945, 1998,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 51] = ::cloud_errors::__private::retry_column(
        b"aaaaabaaaaaaaaaaaaaacabbbaaaaaacccccccccccaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 51] = ::cloud_errors::__private::category_column(
        b"biiiimbcccccccccchhcgbhjjeeeeeeiiiiiiiihggcliiiiiii",
    );
    static PILOTS: [u16; 13] = [2, 49, 5, 2, 1, 0, 18, 6, 3, 47, 2, 59, 372];
    static SLOTS: [(&str, u32); 56] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            29, 34, 41, 13, 4294967295, 38, 23, 35, 4294967295, 46, 9, 47, 48, 3, 43, 0,
            26, 42, 40, 44, 50, 4294967295, 28, 20, 25, 37, 36, 15, 8, 18, 4294967295,
            49, 32, 5, 33, 14, 6, 7, 12, 45, 4294967295, 17, 27, 2, 11, 4, 39, 22, 1, 10,
            31, 16, 30, 19, 24, 21,
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
    const PROVIDER: &'static str = "Tencent Cloud ALB";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud ALB's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud ALB: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
