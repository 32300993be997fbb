// @generated from catalogs/tencent/tse.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TSE: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TSE: a variant per documented code,
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
    /// `FailedOperation.Cls`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cls.
    FailedOperationCls,
    /// `FailedOperation.FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: failed operation.
    FailedOperationFailedOperation,
    /// `FailedOperation.InternalError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: internal error.
    FailedOperationInternalError,
    /// `FailedOperation.Resource`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: resource.
    FailedOperationResource,
    /// `FailedOperation.Role`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: role.
    FailedOperationRole,
    /// `FailedOperation.Vpc`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: vpc.
    FailedOperationVpc,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.CamNoAuth`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cam no auth.
    InternalErrorCamNoAuth,
    /// `InternalError.CreateError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: create error.
    InternalErrorCreateError,
    /// `InternalError.DecodeError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: decode error.
    InternalErrorDecodeError,
    /// `InternalError.GetCredential`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get credential.
    InternalErrorGetCredential,
    /// `InternalError.GetRoleError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get role error.
    InternalErrorGetRoleError,
    /// `InternalError.GovernanceFailure`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: governance failure.
    InternalErrorGovernanceFailure,
    /// `InternalError.HttpStatusCodeError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: http status code error.
    InternalErrorHttpStatusCodeError,
    /// `InternalError.IOError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: IO error.
    InternalErrorIoError,
    /// `InternalError.InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal error.
    InternalErrorInternalError,
    /// `InternalError.OperationFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: operation failed.
    InternalErrorOperationFailed,
    /// `InternalError.QueryError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: query error.
    InternalErrorQueryError,
    /// `InternalError.TKEFailure`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: TKE failure.
    InternalErrorTkeFailure,
    /// `InternalError.TagFailure`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: tag failure.
    InternalErrorTagFailure,
    /// `InternalError.UnknownError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unknown error.
    InternalErrorUnknownError,
    /// `InternalError.UpdateError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: update error.
    InternalErrorUpdateError,
    /// `InternalError.VPCFailure`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: VPC failure.
    InternalErrorVpcFailure,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ParseJsonError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: parse json error.
    InvalidParameterParseJsonError,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.Action`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: action.
    InvalidParameterValueAction,
    /// `InvalidParameterValue.BadRequestFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bad request format.
    InvalidParameterValueBadRequestFormat,
    /// `InvalidParameterValue.CreateError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: create error.
    InvalidParameterValueCreateError,
    /// `InvalidParameterValue.Description`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: description.
    InvalidParameterValueDescription,
    /// `InvalidParameterValue.GatewayId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: gateway id.
    InvalidParameterValueGatewayId,
    /// `InvalidParameterValue.InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter value.
    InvalidParameterValueInvalidParameterValue,
    /// `InvalidParameterValue.Name`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: name.
    InvalidParameterValueName,
    /// `InvalidParameterValue.OperationFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: operation failed.
    InvalidParameterValueOperationFailed,
    /// `InvalidParameterValue.QueryError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: query error.
    InvalidParameterValueQueryError,
    /// `InvalidParameterValue.Region`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: region.
    InvalidParameterValueRegion,
    /// `InvalidParameterValue.ResourceAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: resource already exist.
    InvalidParameterValueResourceAlreadyExist,
    /// `InvalidParameterValue.Specification`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: specification.
    InvalidParameterValueSpecification,
    /// `InvalidParameterValue.Type`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: type.
    InvalidParameterValueType,
    /// `InvalidParameterValue.UpdateError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: update error.
    InvalidParameterValueUpdateError,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.LBDomains`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: LB domains.
    LimitExceededLbDomains,
    /// `LimitExceeded.LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: limit exceeded.
    LimitExceededLimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.CreateError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: create error.
    MissingParameterCreateError,
    /// `MissingParameter.MissParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: miss parameter.
    MissingParameterMissParameter,
    /// `MissingParameter.UpdateError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: update error.
    MissingParameterUpdateError,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: operation denied.
    OperationDeniedOperationDenied,
    /// `ResourceInUse.GatewayServiceSourceExistService`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: gateway service source exist service.
    ResourceInUseGatewayServiceSourceExistService,
    /// `ResourceInUse.InstancesExistedInService`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: instances existed in service.
    ResourceInUseInstancesExistedInService,
    /// `ResourceInUse.ServicesExistedInNamespace`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: services existed in namespace.
    ResourceInUseServicesExistedInNamespace,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.Forbidden`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: forbidden.
    ResourceNotFoundForbidden,
    /// `ResourceNotFound.InstanceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instance not found.
    ResourceNotFoundInstanceNotFound,
    /// `ResourceNotFound.ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: resource not found.
    ResourceNotFoundResourceNotFound,
    /// `ResourceUnavailable.NotPurchased`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not purchased.
    ResourceUnavailableNotPurchased,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.CamNoAuth`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cam no auth.
    UnauthorizedOperationCamNoAuth,
    /// `UnauthorizedOperation.CamPassRoleNotExist`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cam pass role not exist.
    UnauthorizedOperationCamPassRoleNotExist,
    /// `UnauthorizedOperation.ClsNotActivated`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cls not activated.
    UnauthorizedOperationClsNotActivated,
    /// `UnauthorizedOperation.Uin`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: uin.
    UnauthorizedOperationUin,
    /// `UnauthorizedOperation.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: unauthorized operation.
    UnauthorizedOperationUnauthorizedOperation,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 67] = [
        "AuthFailure",
        "AuthFailure.UnauthorizedOperation",
        "FailedOperation",
        "FailedOperation.Cls",
        "FailedOperation.FailedOperation",
        "FailedOperation.InternalError",
        "FailedOperation.Resource",
        "FailedOperation.Role",
        "FailedOperation.Vpc",
        "InternalError",
        "InternalError.CamNoAuth",
        "InternalError.CreateError",
        "InternalError.DecodeError",
        "InternalError.GetCredential",
        "InternalError.GetRoleError",
        "InternalError.GovernanceFailure",
        "InternalError.HttpStatusCodeError",
        "InternalError.IOError",
        "InternalError.InternalError",
        "InternalError.OperationFailed",
        "InternalError.QueryError",
        "InternalError.TKEFailure",
        "InternalError.TagFailure",
        "InternalError.UnknownError",
        "InternalError.UpdateError",
        "InternalError.VPCFailure",
        "InvalidParameter",
        "InvalidParameter.ParseJsonError",
        "InvalidParameterValue",
        "InvalidParameterValue.Action",
        "InvalidParameterValue.BadRequestFormat",
        "InvalidParameterValue.CreateError",
        "InvalidParameterValue.Description",
        "InvalidParameterValue.GatewayId",
        "InvalidParameterValue.InvalidParameterValue",
        "InvalidParameterValue.Name",
        "InvalidParameterValue.OperationFailed",
        "InvalidParameterValue.QueryError",
        "InvalidParameterValue.Region",
        "InvalidParameterValue.ResourceAlreadyExist",
        "InvalidParameterValue.Specification",
        "InvalidParameterValue.Type",
        "InvalidParameterValue.UpdateError",
        "LimitExceeded",
        "LimitExceeded.LBDomains",
        "LimitExceeded.LimitExceeded",
        "MissingParameter",
        "MissingParameter.CreateError",
        "MissingParameter.MissParameter",
        "MissingParameter.UpdateError",
        "OperationDenied",
        "OperationDenied.OperationDenied",
        "ResourceInUse.GatewayServiceSourceExistService",
        "ResourceInUse.InstancesExistedInService",
        "ResourceInUse.ServicesExistedInNamespace",
        "ResourceNotFound",
        "ResourceNotFound.Forbidden",
        "ResourceNotFound.InstanceNotFound",
        "ResourceNotFound.ResourceNotFound",
        "ResourceUnavailable.NotPurchased",
        "UnauthorizedOperation",
        "UnauthorizedOperation.CamNoAuth",
        "UnauthorizedOperation.CamPassRoleNotExist",
        "UnauthorizedOperation.ClsNotActivated",
        "UnauthorizedOperation.Uin",
        "UnauthorizedOperation.UnauthorizedOperation",
        "UnsupportedOperation",
    ];
    static NAME_CODES: [u32; 4] = [17, 21, 25, 44];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InternalErrorIoErrorInternalErrorTkeFailureInternalErrorVpcFailureLimitExceededLbDomains",
        ends: &[0, 20, 43, 66, 88],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: unauthorized operation.The operation failed.The operation failed: cls.The operation failed: failed operation.The operation failed: internal error.The operation failed: resource.The operation failed: role.The operation failed: vpc.An internal error occurred.An internal error occurred: cam no auth.An internal error occurred: create error.An internal error occurred: decode error.An internal error occurred: get credential.An internal error occurred: get role error.An internal error occurred: governance failure.An internal error occurred: http status code error.An internal error occurred: IO error.An internal error occurred: internal error.An internal error occurred: operation failed.An internal error occurred: query error.An internal error occurred: TKE failure.An internal error occurred: tag failure.An internal error occurred: unknown error.An internal error occurred: update error.An internal error occurred: VPC failure.A parameter is invalid.A parameter is invalid: parse json error.A parameter value is invalid.A parameter value is invalid: action.A parameter value is invalid: bad request format.A parameter value is invalid: create error.A parameter value is invalid: description.A parameter value is invalid: gateway id.A parameter value is invalid: invalid parameter value.A parameter value is invalid: name.A parameter value is invalid: operation failed.A parameter value is invalid: query error.A parameter value is invalid: region.A parameter value is invalid: resource already exist.A parameter value is invalid: specification.A parameter value is invalid: type.A parameter value is invalid: update error.A limit was exceeded.A limit was exceeded: LB domains.A limit was exceeded: limit exceeded.A required parameter is missing.A required parameter is missing: create error.A required parameter is missing: miss parameter.A required parameter is missing: update error.The operation was denied.The operation was denied: operation denied.The resource is in use: gateway service source exist service.The resource is in use: instances existed in service.The resource is in use: services existed in namespace.The resource was not found.The resource was not found: forbidden.The resource was not found: instance not found.The resource was not found: resource not found.The resource is unavailable: not purchased.The operation is not authorized.The operation is not authorized: cam no auth.The operation is not authorized: cam pass role not exist.The operation is not authorized: cls not activated.The operation is not authorized: uin.The operation is not authorized: unauthorized operation.The operation is not supported.",
        ends: &[
            0, 22, 68, 89, 115, 154, 191, 222, 249, 275, 302, 342, 383, 424, 467, 510,
            557, 608, 645, 688, 733, 773, 813, 853, 895, 936, 976, 999, 1040, 1069, 1106,
            1155, 1198, 1240, 1281, 1335, 1370, 1417, 1459, 1496, 1549, 1593, 1628, 1671,
            1692, 1725, 1762, 1794, 1840, 1888, 1934, 1959, 2002, 2063, 2116, 2170, 2197,
            2235, 2282, 2329, 2372, 2404, 2449, 2506, 2557, 2594, 2650, 2681,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 67] = ::cloud_errors::__private::retry_column(
        b"acaaaaaaabbbbbbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaccbbbaaaaccccccca",
    );
    static CATEGORY: [::cloud_errors::Category; 67] = ::cloud_errors::__private::category_column(
        b"bpiiiiiiimmmmmmmmmmmmmmmmmccccccccccccccccchhhccccggjjjeeeeiggggggl",
    );
    static PILOTS: [u16; 17] = [
        128, 16, 6, 1, 52, 28, 0, 0, 9, 6, 66, 40, 3, 3, 20, 38, 64,
    ];
    static SLOTS: [(&str, u32); 74] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            30, 20, 43, 49, 40, 4294967295, 45, 10, 52, 13, 24, 4294967295, 50,
            4294967295, 31, 53, 16, 12, 56, 66, 28, 0, 18, 8, 4294967295, 7, 58, 25, 39,
            63, 1, 65, 21, 61, 23, 60, 27, 6, 4294967295, 34, 37, 46, 54, 22, 9, 32,
            4294967295, 44, 19, 33, 48, 57, 55, 3, 17, 35, 38, 59, 51, 5, 29, 36, 26, 64,
            11, 47, 62, 14, 2, 4294967295, 4, 42, 15, 41,
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
    const PROVIDER: &'static str = "Tencent Cloud TSE";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TSE's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TSE: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
