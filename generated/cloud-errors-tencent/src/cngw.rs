// @generated from catalogs/tencent/cngw.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CNGW: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CNGW: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.SecretIdNotFound`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: secret id not found.
    AuthFailureSecretIdNotFound,
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation.
    AuthFailureUnauthorizedOperation,
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The request was a dry run and was not carried out.
    DryRunOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.Cls`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cls.
    FailedOperationCls,
    /// `FailedOperation.ClsConfig`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cls config.
    FailedOperationClsConfig,
    /// `FailedOperation.Cos`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cos.
    FailedOperationCos,
    /// `FailedOperation.FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: failed operation.
    FailedOperationFailedOperation,
    /// `FailedOperation.InternalError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: internal error.
    FailedOperationInternalError,
    /// `FailedOperation.Plugin`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: plugin.
    FailedOperationPlugin,
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
    /// `InternalError.CLBFailure`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: CLB failure.
    InternalErrorClbFailure,
    /// `InternalError.CamNoAuth`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cam no auth.
    InternalErrorCamNoAuth,
    /// `InternalError.CreateError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: create error.
    InternalErrorCreateError,
    /// `InternalError.DecodeError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: decode error.
    InternalErrorDecodeError,
    /// `InternalError.EKSFailure`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: EKS failure.
    InternalErrorEksFailure,
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
    /// `InternalError.TKEClusterNotReady`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: TKE cluster not ready.
    InternalErrorTkeClusterNotReady,
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
    /// `InvalidFilter`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid filter.
    InvalidFilter,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ParseJsonError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: parse json error.
    InvalidParameterParseJsonError,
    /// `InvalidParameterCombination`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid parameter combination.
    InvalidParameterCombination,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.Action`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: action.
    InvalidParameterValueAction,
    /// `InvalidParameterValue.BadRequestFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bad request format.
    InvalidParameterValueBadRequestFormat,
    /// `InvalidParameterValue.BucketName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bucket name.
    InvalidParameterValueBucketName,
    /// `InvalidParameterValue.Cos`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cos.
    InvalidParameterValueCos,
    /// `InvalidParameterValue.CreateError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: create error.
    InvalidParameterValueCreateError,
    /// `InvalidParameterValue.Description`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: description.
    InvalidParameterValueDescription,
    /// `InvalidParameterValue.GatewayId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: gateway id.
    InvalidParameterValueGatewayId,
    /// `InvalidParameterValue.GatewayVersion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: gateway version.
    InvalidParameterValueGatewayVersion,
    /// `InvalidParameterValue.InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter value.
    InvalidParameterValueInvalidParameterValue,
    /// `InvalidParameterValue.KeyNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: key not exist.
    InvalidParameterValueKeyNotExist,
    /// `InvalidParameterValue.Name`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: name.
    InvalidParameterValueName,
    /// `InvalidParameterValue.ObjectName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: object name.
    InvalidParameterValueObjectName,
    /// `InvalidParameterValue.OperationFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: operation failed.
    InvalidParameterValueOperationFailed,
    /// `InvalidParameterValue.Plugin`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: plugin.
    InvalidParameterValuePlugin,
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
    /// `InvalidParameterValue.SystemParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: system parameter.
    InvalidParameterValueSystemParameter,
    /// `InvalidParameterValue.Type`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: type.
    InvalidParameterValueType,
    /// `InvalidParameterValue.UpdateError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: update error.
    InvalidParameterValueUpdateError,
    /// `InvalidParameterValue.ZipFile`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: zip file.
    InvalidParameterValueZipFile,
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
    /// `OperationDenied.LimitExceeded`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: limit exceeded.
    OperationDeniedLimitExceeded,
    /// `OperationDenied.OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: operation denied.
    OperationDeniedOperationDenied,
    /// `RegionError`: no documented HTTP status; retry: never; category: unknown.
    /// Region error.
    RegionError,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInUse.GatewayServiceExistGroups`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: gateway service exist groups.
    ResourceInUseGatewayServiceExistGroups,
    /// `ResourceInUse.GatewayServiceExistRouter`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: gateway service exist router.
    ResourceInUseGatewayServiceExistRouter,
    /// `ResourceInUse.GatewayServiceGroupExistUpstream`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: gateway service group exist upstream.
    ResourceInUseGatewayServiceGroupExistUpstream,
    /// `ResourceInUse.GatewayServiceSourceExistService`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: gateway service source exist service.
    ResourceInUseGatewayServiceSourceExistService,
    /// `ResourceInUse.InstancesExistedInService`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: instances existed in service.
    ResourceInUseInstancesExistedInService,
    /// `ResourceInUse.ServicesExistedInNamespace`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: services existed in namespace.
    ResourceInUseServicesExistedInNamespace,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.ConfigNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: config not exist.
    ResourceNotFoundConfigNotExist,
    /// `ResourceNotFound.Forbidden`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: forbidden.
    ResourceNotFoundForbidden,
    /// `ResourceNotFound.InstanceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instance not found.
    ResourceNotFoundInstanceNotFound,
    /// `ResourceNotFound.ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: resource not found.
    ResourceNotFoundResourceNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.NotPurchased`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not purchased.
    ResourceUnavailableNotPurchased,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
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
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.GovernanceNotSupportVisible`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: governance not support visible.
    UnsupportedOperationGovernanceNotSupportVisible,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 98] = [
        "AuthFailure",
        "AuthFailure.SecretIdNotFound",
        "AuthFailure.UnauthorizedOperation",
        "DryRunOperation",
        "FailedOperation",
        "FailedOperation.Cls",
        "FailedOperation.ClsConfig",
        "FailedOperation.Cos",
        "FailedOperation.FailedOperation",
        "FailedOperation.InternalError",
        "FailedOperation.Plugin",
        "FailedOperation.Resource",
        "FailedOperation.Role",
        "FailedOperation.Vpc",
        "InternalError",
        "InternalError.CLBFailure",
        "InternalError.CamNoAuth",
        "InternalError.CreateError",
        "InternalError.DecodeError",
        "InternalError.EKSFailure",
        "InternalError.GetCredential",
        "InternalError.GetRoleError",
        "InternalError.GovernanceFailure",
        "InternalError.HttpStatusCodeError",
        "InternalError.IOError",
        "InternalError.InternalError",
        "InternalError.OperationFailed",
        "InternalError.QueryError",
        "InternalError.TKEClusterNotReady",
        "InternalError.TKEFailure",
        "InternalError.TagFailure",
        "InternalError.UnknownError",
        "InternalError.UpdateError",
        "InternalError.VPCFailure",
        "InvalidFilter",
        "InvalidParameter",
        "InvalidParameter.ParseJsonError",
        "InvalidParameterCombination",
        "InvalidParameterValue",
        "InvalidParameterValue.Action",
        "InvalidParameterValue.BadRequestFormat",
        "InvalidParameterValue.BucketName",
        "InvalidParameterValue.Cos",
        "InvalidParameterValue.CreateError",
        "InvalidParameterValue.Description",
        "InvalidParameterValue.GatewayId",
        "InvalidParameterValue.GatewayVersion",
        "InvalidParameterValue.InvalidParameterValue",
        "InvalidParameterValue.KeyNotExist",
        "InvalidParameterValue.Name",
        "InvalidParameterValue.ObjectName",
        "InvalidParameterValue.OperationFailed",
        "InvalidParameterValue.Plugin",
        "InvalidParameterValue.QueryError",
        "InvalidParameterValue.Region",
        "InvalidParameterValue.ResourceAlreadyExist",
        "InvalidParameterValue.Specification",
        "InvalidParameterValue.SystemParameter",
        "InvalidParameterValue.Type",
        "InvalidParameterValue.UpdateError",
        "InvalidParameterValue.ZipFile",
        "LimitExceeded",
        "LimitExceeded.LBDomains",
        "LimitExceeded.LimitExceeded",
        "MissingParameter",
        "MissingParameter.CreateError",
        "MissingParameter.MissParameter",
        "MissingParameter.UpdateError",
        "OperationDenied",
        "OperationDenied.LimitExceeded",
        "OperationDenied.OperationDenied",
        "RegionError",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInUse.GatewayServiceExistGroups",
        "ResourceInUse.GatewayServiceExistRouter",
        "ResourceInUse.GatewayServiceGroupExistUpstream",
        "ResourceInUse.GatewayServiceSourceExistService",
        "ResourceInUse.InstancesExistedInService",
        "ResourceInUse.ServicesExistedInNamespace",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceNotFound.ConfigNotExist",
        "ResourceNotFound.Forbidden",
        "ResourceNotFound.InstanceNotFound",
        "ResourceNotFound.ResourceNotFound",
        "ResourceUnavailable",
        "ResourceUnavailable.NotPurchased",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnauthorizedOperation.CamNoAuth",
        "UnauthorizedOperation.CamPassRoleNotExist",
        "UnauthorizedOperation.ClsNotActivated",
        "UnauthorizedOperation.Uin",
        "UnauthorizedOperation.UnauthorizedOperation",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.GovernanceNotSupportVisible",
    ];
    static NAME_CODES: [u32; 7] = [15, 19, 24, 28, 29, 33, 62];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InternalErrorClbFailureInternalErrorEksFailureInternalErrorIoErrorInternalErrorTkeClusterNotReadyInternalErrorTkeFailureInternalErrorVpcFailureLimitExceededLbDomains",
        ends: &[0, 23, 46, 66, 97, 120, 143, 165],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: secret id not found.Authentication failed: unauthorized operation.The request was a dry run and was not carried out.The operation failed.The operation failed: cls.The operation failed: cls config.The operation failed: cos.The operation failed: failed operation.The operation failed: internal error.The operation failed: plugin.The operation failed: resource.The operation failed: role.The operation failed: vpc.An internal error occurred.An internal error occurred: CLB failure.An internal error occurred: cam no auth.An internal error occurred: create error.An internal error occurred: decode error.An internal error occurred: EKS failure.An internal error occurred: get credential.An internal error occurred: get role error.An internal error occurred: governance failure.An internal error occurred: http status code error.An internal error occurred: IO error.An internal error occurred: internal error.An internal error occurred: operation failed.An internal error occurred: query error.An internal error occurred: TKE cluster not ready.An internal error occurred: TKE failure.An internal error occurred: tag failure.An internal error occurred: unknown error.An internal error occurred: update error.An internal error occurred: VPC failure.Invalid filter.A parameter is invalid.A parameter is invalid: parse json error.Invalid parameter combination.A parameter value is invalid.A parameter value is invalid: action.A parameter value is invalid: bad request format.A parameter value is invalid: bucket name.A parameter value is invalid: cos.A parameter value is invalid: create error.A parameter value is invalid: description.A parameter value is invalid: gateway id.A parameter value is invalid: gateway version.A parameter value is invalid: invalid parameter value.A parameter value is invalid: key not exist.A parameter value is invalid: name.A parameter value is invalid: object name.A parameter value is invalid: operation failed.A parameter value is invalid: plugin.A parameter value is invalid: query error.A parameter value is invalid: region.A parameter value is invalid: resource already exist.A parameter value is invalid: specification.A parameter value is invalid: system parameter.A parameter value is invalid: type.A parameter value is invalid: update error.A parameter value is invalid: zip file.A limit was exceeded.A limit was exceeded: LB domains.A limit was exceeded: limit exceeded.A required parameter is missing.A required parameter is missing: create error.A required parameter is missing: miss parameter.A required parameter is missing: update error.The operation was denied.The operation was denied: limit exceeded.The operation was denied: operation denied.Region error.Too many requests were sent.The resource is in use.The resource is in use: gateway service exist groups.The resource is in use: gateway service exist router.The resource is in use: gateway service group exist upstream.The resource is in use: gateway service source exist service.The resource is in use: instances existed in service.The resource is in use: services existed in namespace.Resources are insufficient.The resource was not found.The resource was not found: config not exist.The resource was not found: forbidden.The resource was not found: instance not found.The resource was not found: resource not found.The resource is unavailable.The resource is unavailable: not purchased.The resources are sold out.The operation is not authorized.The operation is not authorized: cam no auth.The operation is not authorized: cam pass role not exist.The operation is not authorized: cls not activated.The operation is not authorized: uin.The operation is not authorized: unauthorized operation.An unknown parameter was given.The operation is not supported.The operation is not supported: governance not support visible.",
        ends: &[
            0, 22, 65, 111, 161, 182, 208, 241, 267, 306, 343, 372, 403, 430, 456, 483,
            523, 563, 604, 645, 685, 728, 771, 818, 869, 906, 949, 994, 1034, 1084, 1124,
            1164, 1206, 1247, 1287, 1302, 1325, 1366, 1396, 1425, 1462, 1511, 1553, 1587,
            1630, 1672, 1713, 1759, 1813, 1857, 1892, 1934, 1981, 2018, 2060, 2097, 2150,
            2194, 2241, 2276, 2319, 2358, 2379, 2412, 2449, 2481, 2527, 2575, 2621, 2646,
            2687, 2730, 2743, 2771, 2794, 2847, 2900, 2961, 3022, 3075, 3129, 3156, 3183,
            3228, 3266, 3313, 3360, 3388, 3431, 3458, 3490, 3535, 3592, 3643, 3680, 3736,
            3767, 3798, 3861,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 98] = ::cloud_errors::__private::retry_column(
        b"accaaaaaaaaaaabbbbbbbbbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacccabbbbbbbbcaaaaacccccccccaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 98] = ::cloud_errors::__private::category_column(
        b"bppiiiiiiiiiiimmmmmmmmmmmmmmmmmmmmbccbccccccccccccccccccccccchhhccccgggbhjjjjjjjheeeeeiihggggggcli",
    );
    static PILOTS: [u16; 25] = [
        44, 6, 23, 57, 3, 12, 1, 101, 18, 0, 4, 50, 1, 6, 7, 111, 85, 1, 20, 10, 1, 73,
        66, 7, 17,
    ];
    static SLOTS: [(&str, u32); 108] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            89, 32, 4294967295, 22, 73, 1, 56, 7, 49, 77, 12, 84, 4294967295, 4294967295,
            4294967295, 27, 20, 29, 28, 81, 0, 40, 38, 23, 35, 45, 8, 83, 96, 69, 13, 95,
            60, 19, 6, 43, 86, 57, 78, 4294967295, 21, 46, 25, 4294967295, 72, 76, 82,
            30, 4294967295, 94, 61, 80, 62, 9, 75, 59, 50, 85, 65, 88, 68, 53, 16, 5, 15,
            14, 97, 39, 34, 17, 26, 4294967295, 2, 33, 44, 79, 90, 3, 48, 87, 54, 55, 71,
            91, 11, 67, 37, 24, 18, 51, 63, 41, 36, 70, 66, 64, 47, 52, 31, 58, 10, 4,
            42, 92, 74, 4294967295, 93, 4294967295,
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
    const PROVIDER: &'static str = "Tencent Cloud CNGW";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CNGW's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CNGW: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
