// @generated from catalogs/tencent/cam.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CAM: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CAM: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation.
    AuthFailureUnauthorizedOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.Accesskey`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: accesskey.
    FailedOperationAccesskey,
    /// `FailedOperation.AssistApproverFull`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: assist approver full.
    FailedOperationAssistApproverFull,
    /// `FailedOperation.BuildAuthToken`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: build auth token.
    FailedOperationBuildAuthToken,
    /// `FailedOperation.CICIdentityForbidden`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: CIC identity forbidden.
    FailedOperationCicIdentityForbidden,
    /// `FailedOperation.ExistHighRiskOperations`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: exist high risk operations.
    FailedOperationExistHighRiskOperations,
    /// `FailedOperation.FlowAuthIllegal`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: flow auth illegal.
    FailedOperationFlowAuthIllegal,
    /// `FailedOperation.ForbidAdd`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: forbid add.
    FailedOperationForbidAdd,
    /// `FailedOperation.GetUserAreaError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get user area error.
    FailedOperationGetUserAreaError,
    /// `FailedOperation.OrganizationPolicyOperateError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization policy operate error.
    FailedOperationOrganizationPolicyOperateError,
    /// `FailedOperation.PolicyFull`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: policy full.
    FailedOperationPolicyFull,
    /// `FailedOperation.PolicyNameInUse`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: policy name in use.
    FailedOperationPolicyNameInUse,
    /// `FailedOperation.PolicyVersionAlreadyDefault`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: policy version already default.
    FailedOperationPolicyVersionAlreadyDefault,
    /// `FailedOperation.PolicyVersionFull`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: policy version full.
    FailedOperationPolicyVersionFull,
    /// `FailedOperation.TagResourceFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tag resource failed.
    FailedOperationTagResourceFailed,
    /// `FailedOperation.UnTagResourceFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: un tag resource failed.
    FailedOperationUnTagResourceFailed,
    /// `FailedOperation.Unmodifiable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unmodifiable.
    FailedOperationUnmodifiable,
    /// `FailedOperation.UserNotBindPhone`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user not bind phone.
    FailedOperationUserNotBindPhone,
    /// `FailedOperation.UserNotBindWechat`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user not bind wechat.
    FailedOperationUserNotBindWechat,
    /// `FailedOperation.UserUnbindNoPermission`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user unbind no permission.
    FailedOperationUserUnbindNoPermission,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.SystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: system error.
    InternalErrorSystemError,
    /// `InternalError.UnknownError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unknown error.
    InternalErrorUnknownError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ActionError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: action error.
    InvalidParameterActionError,
    /// `InvalidParameter.ActionMiss`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: action miss.
    InvalidParameterActionMiss,
    /// `InvalidParameter.ActionNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: action not exist.
    InvalidParameterActionNotExist,
    /// `InvalidParameter.ActionServiceNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: action service not exist.
    InvalidParameterActionServiceNotExist,
    /// `InvalidParameter.AssitApproverTypeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: assit approver type error.
    InvalidParameterAssitApproverTypeError,
    /// `InvalidParameter.AttachmentFull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: attachment full.
    InvalidParameterAttachmentFull,
    /// `InvalidParameter.ConditionContentError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: condition content error.
    InvalidParameterConditionContentError,
    /// `InvalidParameter.ConditionError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: condition error.
    InvalidParameterConditionError,
    /// `InvalidParameter.ConditionTypeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: condition type error.
    InvalidParameterConditionTypeError,
    /// `InvalidParameter.DeletionTaskNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: deletion task not exist.
    InvalidParameterDeletionTaskNotExist,
    /// `InvalidParameter.DescriptionLengthOverlimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: description length overlimit.
    InvalidParameterDescriptionLengthOverlimit,
    /// `InvalidParameter.EffectError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: effect error.
    InvalidParameterEffectError,
    /// `InvalidParameter.EntityFilterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: entity filter error.
    InvalidParameterEntityFilterError,
    /// `InvalidParameter.GroupFull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: group full.
    InvalidParameterGroupFull,
    /// `InvalidParameter.GroupIdError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: group id error.
    InvalidParameterGroupIdError,
    /// `InvalidParameter.GroupNameInUse`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: group name in use.
    InvalidParameterGroupNameInUse,
    /// `InvalidParameter.GroupNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: group not exist.
    InvalidParameterGroupNotExist,
    /// `InvalidParameter.GroupUserFull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: group user full.
    InvalidParameterGroupUserFull,
    /// `InvalidParameter.IPIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: IP illegal.
    InvalidParameterIpIllegal,
    /// `InvalidParameter.IPRangeOverlapping`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: IP range overlapping.
    InvalidParameterIpRangeOverlapping,
    /// `InvalidParameter.IdentityNameInUse`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: identity name in use.
    InvalidParameterIdentityNameInUse,
    /// `InvalidParameter.InterfaceNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: interface not exist.
    InvalidParameterInterfaceNotExist,
    /// `InvalidParameter.KeywordError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: keyword error.
    InvalidParameterKeywordError,
    /// `InvalidParameter.MFATokenError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: MFA token error.
    InvalidParameterMfaTokenError,
    /// `InvalidParameter.NameOrIdCardError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: name or id card error.
    InvalidParameterNameOrIdCardError,
    /// `InvalidParameter.NotSupportProduct`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: not support product.
    InvalidParameterNotSupportProduct,
    /// `InvalidParameter.OperateEntitiesOverLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: operate entities over limit.
    InvalidParameterOperateEntitiesOverLimit,
    /// `InvalidParameter.OperatePoliciesOverLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: operate policies over limit.
    InvalidParameterOperatePoliciesOverLimit,
    /// `InvalidParameter.OrganizationRoleOperateError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: organization role operate error.
    InvalidParameterOrganizationRoleOperateError,
    /// `InvalidParameter.PaginationTokenInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: pagination token invalid.
    InvalidParameterPaginationTokenInvalid,
    /// `InvalidParameter.ParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: param error.
    InvalidParameterParamError,
    /// `InvalidParameter.PasswordRuleError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: password rule error.
    InvalidParameterPasswordRuleError,
    /// `InvalidParameter.PasswordViolatedRules`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: password violated rules.
    InvalidParameterPasswordViolatedRules,
    /// `InvalidParameter.PolicyDocumentError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: policy document error.
    InvalidParameterPolicyDocumentError,
    /// `InvalidParameter.PolicyDocumentLengthOverLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: policy document length over limit.
    InvalidParameterPolicyDocumentLengthOverLimit,
    /// `InvalidParameter.PolicyIdError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: policy id error.
    InvalidParameterPolicyIdError,
    /// `InvalidParameter.PolicyIdNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: policy id not exist.
    InvalidParameterPolicyIdNotExist,
    /// `InvalidParameter.PolicyNameError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: policy name error.
    InvalidParameterPolicyNameError,
    /// `InvalidParameter.PolicyVersionNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: policy version not exists.
    InvalidParameterPolicyVersionNotExists,
    /// `InvalidParameter.PrincipalError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: principal error.
    InvalidParameterPrincipalError,
    /// `InvalidParameter.PrincipalQcsCrossError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: principal qcs cross error.
    InvalidParameterPrincipalQcsCrossError,
    /// `InvalidParameter.PrincipalQcsError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: principal qcs error.
    InvalidParameterPrincipalQcsError,
    /// `InvalidParameter.PrincipalQcsNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: principal qcs not exist.
    InvalidParameterPrincipalQcsNotExist,
    /// `InvalidParameter.PrincipalServiceNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: principal service not exist.
    InvalidParameterPrincipalServiceNotExist,
    /// `InvalidParameter.ReceiverOverLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: receiver over limit.
    InvalidParameterReceiverOverLimit,
    /// `InvalidParameter.ResourceContentError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource content error.
    InvalidParameterResourceContentError,
    /// `InvalidParameter.ResourceError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource error.
    InvalidParameterResourceError,
    /// `InvalidParameter.ResourceProjectError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource project error.
    InvalidParameterResourceProjectError,
    /// `InvalidParameter.ResourceQcsError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource qcs error.
    InvalidParameterResourceQcsError,
    /// `InvalidParameter.ResourceRegionError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource region error.
    InvalidParameterResourceRegionError,
    /// `InvalidParameter.ResourceServiceNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource service not exist.
    InvalidParameterResourceServiceNotExist,
    /// `InvalidParameter.ResourceUinError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource uin error.
    InvalidParameterResourceUinError,
    /// `InvalidParameter.RoleFull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: role full.
    InvalidParameterRoleFull,
    /// `InvalidParameter.RoleNameError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: role name error.
    InvalidParameterRoleNameError,
    /// `InvalidParameter.RoleNameInUse`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: role name in use.
    InvalidParameterRoleNameInUse,
    /// `InvalidParameter.RoleNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: role not exist.
    InvalidParameterRoleNotExist,
    /// `InvalidParameter.ScopeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: scope error.
    InvalidParameterScopeError,
    /// `InvalidParameter.SearchKeywordLengthError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: search keyword length error.
    InvalidParameterSearchKeywordLengthError,
    /// `InvalidParameter.ServiceLinkedPolicyCantInPermissionBoundary`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: service linked policy cant in permission boundary.
    InvalidParameterServiceLinkedPolicyCantInPermissionBoundary,
    /// `InvalidParameter.ServiceLinkedRoleCantUsePermissionBoundary`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: service linked role cant use permission boundary.
    InvalidParameterServiceLinkedRoleCantUsePermissionBoundary,
    /// `InvalidParameter.ServiceTypeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: service type error.
    InvalidParameterServiceTypeError,
    /// `InvalidParameter.StatementError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: statement error.
    InvalidParameterStatementError,
    /// `InvalidParameter.SubUserFull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: sub user full.
    InvalidParameterSubUserFull,
    /// `InvalidParameter.SubUserNameInUse`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: sub user name in use.
    InvalidParameterSubUserNameInUse,
    /// `InvalidParameter.SubUserPhoneNotExsit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: sub user phone not exsit.
    InvalidParameterSubUserPhoneNotExsit,
    /// `InvalidParameter.TagLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag limit exceeded.
    InvalidParameterTagLimitExceeded,
    /// `InvalidParameter.TagParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag param error.
    InvalidParameterTagParamError,
    /// `InvalidParameter.UinError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: uin error.
    InvalidParameterUinError,
    /// `InvalidParameter.UserGroupFull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: user group full.
    InvalidParameterUserGroupFull,
    /// `InvalidParameter.UserNameIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: user name illegal.
    InvalidParameterUserNameIllegal,
    /// `InvalidParameter.UserNotAuth`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: user not auth.
    InvalidParameterUserNotAuth,
    /// `InvalidParameter.UserNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: user not exist.
    InvalidParameterUserNotExist,
    /// `InvalidParameter.UserUinAndUinNotAllNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: user uin and uin not all null.
    InvalidParameterUserUinAndUinNotAllNull,
    /// `InvalidParameter.VersionError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: version error.
    InvalidParameterVersionError,
    /// `InvalidParameterValue.IdentityKeyError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: identity key error.
    InvalidParameterValueIdentityKeyError,
    /// `InvalidParameterValue.IdentityUrlError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: identity url error.
    InvalidParameterValueIdentityUrlError,
    /// `InvalidParameterValue.MetadataError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: metadata error.
    InvalidParameterValueMetadataError,
    /// `InvalidParameterValue.NameError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: name error.
    InvalidParameterValueNameError,
    /// `LimitExceeded.IdentityFull`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: identity full.
    LimitExceededIdentityFull,
    /// `LimitExceeded.Uin`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: uin.
    LimitExceededUin,
    /// `OperationDenied.AccessKeyOverLimit`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: access key over limit.
    OperationDeniedAccessKeyOverLimit,
    /// `OperationDenied.CicPolicyOperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: cic policy operation denied.
    OperationDeniedCicPolicyOperationDenied,
    /// `OperationDenied.HaveKeys`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: have keys.
    OperationDeniedHaveKeys,
    /// `OperationDenied.PolicyTagConflict`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: policy tag conflict.
    OperationDeniedPolicyTagConflict,
    /// `OperationDenied.SubUin`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: sub uin.
    OperationDeniedSubUin,
    /// `OperationDenied.UinNotMatch`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: uin not match.
    OperationDeniedUinNotMatch,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `RequestLimitExceeded.CreateUser`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent: create user.
    RequestLimitExceededCreateUser,
    /// `RequestLimitExceeded.UinLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent: uin limit exceeded.
    RequestLimitExceededUinLimitExceeded,
    /// `ResourceNotFound.DataFlowAuthClose`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: data flow auth close.
    ResourceNotFoundDataFlowAuthClose,
    /// `ResourceNotFound.GroupNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: group not exist.
    ResourceNotFoundGroupNotExist,
    /// `ResourceNotFound.IdentityNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: identity not exist.
    ResourceNotFoundIdentityNotExist,
    /// `ResourceNotFound.NotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: not found.
    ResourceNotFoundNotFound,
    /// `ResourceNotFound.PolicyIdNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: policy id not found.
    ResourceNotFoundPolicyIdNotFound,
    /// `ResourceNotFound.SecretNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: secret not exist.
    ResourceNotFoundSecretNotExist,
    /// `ResourceNotFound.UserNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: user not exist.
    ResourceNotFoundUserNotExist,
    /// `ResourceNotFound.UserNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: user not exists.
    ResourceNotFoundUserNotExists,
    /// `ResourceUnavailable.FlowAuthSecet`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: flow auth secet.
    ResourceUnavailableFlowAuthSecet,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.DeleteApiKey`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: delete api key.
    UnauthorizedOperationDeleteApiKey,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 125] = [
        "AuthFailure.UnauthorizedOperation",
        "FailedOperation",
        "FailedOperation.Accesskey",
        "FailedOperation.AssistApproverFull",
        "FailedOperation.BuildAuthToken",
        "FailedOperation.CICIdentityForbidden",
        "FailedOperation.ExistHighRiskOperations",
        "FailedOperation.FlowAuthIllegal",
        "FailedOperation.ForbidAdd",
        "FailedOperation.GetUserAreaError",
        "FailedOperation.OrganizationPolicyOperateError",
        "FailedOperation.PolicyFull",
        "FailedOperation.PolicyNameInUse",
        "FailedOperation.PolicyVersionAlreadyDefault",
        "FailedOperation.PolicyVersionFull",
        "FailedOperation.TagResourceFailed",
        "FailedOperation.UnTagResourceFailed",
        "FailedOperation.Unmodifiable",
        "FailedOperation.UserNotBindPhone",
        "FailedOperation.UserNotBindWechat",
        "FailedOperation.UserUnbindNoPermission",
        "InternalError",
        "InternalError.SystemError",
        "InternalError.UnknownError",
        "InvalidParameter",
        "InvalidParameter.ActionError",
        "InvalidParameter.ActionMiss",
        "InvalidParameter.ActionNotExist",
        "InvalidParameter.ActionServiceNotExist",
        "InvalidParameter.AssitApproverTypeError",
        "InvalidParameter.AttachmentFull",
        "InvalidParameter.ConditionContentError",
        "InvalidParameter.ConditionError",
        "InvalidParameter.ConditionTypeError",
        "InvalidParameter.DeletionTaskNotExist",
        "InvalidParameter.DescriptionLengthOverlimit",
        "InvalidParameter.EffectError",
        "InvalidParameter.EntityFilterError",
        "InvalidParameter.GroupFull",
        "InvalidParameter.GroupIdError",
        "InvalidParameter.GroupNameInUse",
        "InvalidParameter.GroupNotExist",
        "InvalidParameter.GroupUserFull",
        "InvalidParameter.IPIllegal",
        "InvalidParameter.IPRangeOverlapping",
        "InvalidParameter.IdentityNameInUse",
        "InvalidParameter.InterfaceNotExist",
        "InvalidParameter.KeywordError",
        "InvalidParameter.MFATokenError",
        "InvalidParameter.NameOrIdCardError",
        "InvalidParameter.NotSupportProduct",
        "InvalidParameter.OperateEntitiesOverLimit",
        "InvalidParameter.OperatePoliciesOverLimit",
        "InvalidParameter.OrganizationRoleOperateError",
        "InvalidParameter.PaginationTokenInvalid",
        "InvalidParameter.ParamError",
        "InvalidParameter.PasswordRuleError",
        "InvalidParameter.PasswordViolatedRules",
        "InvalidParameter.PolicyDocumentError",
        "InvalidParameter.PolicyDocumentLengthOverLimit",
        "InvalidParameter.PolicyIdError",
        "InvalidParameter.PolicyIdNotExist",
        "InvalidParameter.PolicyNameError",
        "InvalidParameter.PolicyVersionNotExists",
        "InvalidParameter.PrincipalError",
        "InvalidParameter.PrincipalQcsCrossError",
        "InvalidParameter.PrincipalQcsError",
        "InvalidParameter.PrincipalQcsNotExist",
        "InvalidParameter.PrincipalServiceNotExist",
        "InvalidParameter.ReceiverOverLimit",
        "InvalidParameter.ResourceContentError",
        "InvalidParameter.ResourceError",
        "InvalidParameter.ResourceProjectError",
        "InvalidParameter.ResourceQcsError",
        "InvalidParameter.ResourceRegionError",
        "InvalidParameter.ResourceServiceNotExist",
        "InvalidParameter.ResourceUinError",
        "InvalidParameter.RoleFull",
        "InvalidParameter.RoleNameError",
        "InvalidParameter.RoleNameInUse",
        "InvalidParameter.RoleNotExist",
        "InvalidParameter.ScopeError",
        "InvalidParameter.SearchKeywordLengthError",
        "InvalidParameter.ServiceLinkedPolicyCantInPermissionBoundary",
        "InvalidParameter.ServiceLinkedRoleCantUsePermissionBoundary",
        "InvalidParameter.ServiceTypeError",
        "InvalidParameter.StatementError",
        "InvalidParameter.SubUserFull",
        "InvalidParameter.SubUserNameInUse",
        "InvalidParameter.SubUserPhoneNotExsit",
        "InvalidParameter.TagLimitExceeded",
        "InvalidParameter.TagParamError",
        "InvalidParameter.UinError",
        "InvalidParameter.UserGroupFull",
        "InvalidParameter.UserNameIllegal",
        "InvalidParameter.UserNotAuth",
        "InvalidParameter.UserNotExist",
        "InvalidParameter.UserUinAndUinNotAllNull",
        "InvalidParameter.VersionError",
        "InvalidParameterValue.IdentityKeyError",
        "InvalidParameterValue.IdentityUrlError",
        "InvalidParameterValue.MetadataError",
        "InvalidParameterValue.NameError",
        "LimitExceeded.IdentityFull",
        "LimitExceeded.Uin",
        "OperationDenied.AccessKeyOverLimit",
        "OperationDenied.CicPolicyOperationDenied",
        "OperationDenied.HaveKeys",
        "OperationDenied.PolicyTagConflict",
        "OperationDenied.SubUin",
        "OperationDenied.UinNotMatch",
        "RequestLimitExceeded",
        "RequestLimitExceeded.CreateUser",
        "RequestLimitExceeded.UinLimitExceeded",
        "ResourceNotFound.DataFlowAuthClose",
        "ResourceNotFound.GroupNotExist",
        "ResourceNotFound.IdentityNotExist",
        "ResourceNotFound.NotFound",
        "ResourceNotFound.PolicyIdNotFound",
        "ResourceNotFound.SecretNotExist",
        "ResourceNotFound.UserNotExist",
        "ResourceNotFound.UserNotExists",
        "ResourceUnavailable.FlowAuthSecet",
        "UnauthorizedOperation",
        "UnauthorizedOperation.DeleteApiKey",
    ];
    static NAME_CODES: [u32; 4] = [5, 43, 44, 48];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationCicIdentityForbiddenInvalidParameterIpIllegalInvalidParameterIpRangeOverlappingInvalidParameterMfaTokenError",
        ends: &[0, 35, 60, 94, 123],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed: unauthorized operation.The operation failed.The operation failed: accesskey.The operation failed: assist approver full.The operation failed: build auth token.The operation failed: CIC identity forbidden.The operation failed: exist high risk operations.The operation failed: flow auth illegal.The operation failed: forbid add.The operation failed: get user area error.The operation failed: organization policy operate error.The operation failed: policy full.The operation failed: policy name in use.The operation failed: policy version already default.The operation failed: policy version full.The operation failed: tag resource failed.The operation failed: un tag resource failed.The operation failed: unmodifiable.The operation failed: user not bind phone.The operation failed: user not bind wechat.The operation failed: user unbind no permission.An internal error occurred.An internal error occurred: system error.An internal error occurred: unknown error.A parameter is invalid.A parameter is invalid: action error.A parameter is invalid: action miss.A parameter is invalid: action not exist.A parameter is invalid: action service not exist.A parameter is invalid: assit approver type error.A parameter is invalid: attachment full.A parameter is invalid: condition content error.A parameter is invalid: condition error.A parameter is invalid: condition type error.A parameter is invalid: deletion task not exist.A parameter is invalid: description length overlimit.A parameter is invalid: effect error.A parameter is invalid: entity filter error.A parameter is invalid: group full.A parameter is invalid: group id error.A parameter is invalid: group name in use.A parameter is invalid: group not exist.A parameter is invalid: group user full.A parameter is invalid: IP illegal.A parameter is invalid: IP range overlapping.A parameter is invalid: identity name in use.A parameter is invalid: interface not exist.A parameter is invalid: keyword error.A parameter is invalid: MFA token error.A parameter is invalid: name or id card error.A parameter is invalid: not support product.A parameter is invalid: operate entities over limit.A parameter is invalid: operate policies over limit.A parameter is invalid: organization role operate error.A parameter is invalid: pagination token invalid.A parameter is invalid: param error.A parameter is invalid: password rule error.A parameter is invalid: password violated rules.A parameter is invalid: policy document error.A parameter is invalid: policy document length over limit.A parameter is invalid: policy id error.A parameter is invalid: policy id not exist.A parameter is invalid: policy name error.A parameter is invalid: policy version not exists.A parameter is invalid: principal error.A parameter is invalid: principal qcs cross error.A parameter is invalid: principal qcs error.A parameter is invalid: principal qcs not exist.A parameter is invalid: principal service not exist.A parameter is invalid: receiver over limit.A parameter is invalid: resource content error.A parameter is invalid: resource error.A parameter is invalid: resource project error.A parameter is invalid: resource qcs error.A parameter is invalid: resource region error.A parameter is invalid: resource service not exist.A parameter is invalid: resource uin error.A parameter is invalid: role full.A parameter is invalid: role name error.A parameter is invalid: role name in use.A parameter is invalid: role not exist.A parameter is invalid: scope error.A parameter is invalid: search keyword length error.A parameter is invalid: service linked policy cant in permission boundary.A parameter is invalid: service linked role cant use permission boundary.A parameter is invalid: service type error.A parameter is invalid: statement error.A parameter is invalid: sub user full.A parameter is invalid: sub user name in use.A parameter is invalid: sub user phone not exsit.A parameter is invalid: tag limit exceeded.A parameter is invalid: tag param error.A parameter is invalid: uin error.A parameter is invalid: user group full.A parameter is invalid: user name illegal.A parameter is invalid: user not auth.A parameter is invalid: user not exist.A parameter is invalid: user uin and uin not all null.A parameter is invalid: version error.A parameter value is invalid: identity key error.A parameter value is invalid: identity url error.A parameter value is invalid: metadata error.A parameter value is invalid: name error.A limit was exceeded: identity full.A limit was exceeded: uin.The operation was denied: access key over limit.The operation was denied: cic policy operation denied.The operation was denied: have keys.The operation was denied: policy tag conflict.The operation was denied: sub uin.The operation was denied: uin not match.Too many requests were sent.Too many requests were sent: create user.Too many requests were sent: uin limit exceeded.The resource was not found: data flow auth close.The resource was not found: group not exist.The resource was not found: identity not exist.The resource was not found: not found.The resource was not found: policy id not found.The resource was not found: secret not exist.The resource was not found: user not exist.The resource was not found: user not exists.The resource is unavailable: flow auth secet.The operation is not authorized.The operation is not authorized: delete api key.",
        ends: &[
            0, 46, 67, 99, 142, 181, 226, 275, 315, 348, 390, 446, 480, 521, 574, 616,
            658, 703, 738, 780, 823, 871, 898, 939, 981, 1004, 1041, 1077, 1118, 1167,
            1217, 1257, 1305, 1345, 1390, 1438, 1491, 1528, 1572, 1607, 1646, 1688, 1728,
            1768, 1803, 1848, 1893, 1937, 1975, 2015, 2061, 2105, 2157, 2209, 2265, 2314,
            2350, 2394, 2442, 2488, 2546, 2586, 2630, 2672, 2722, 2762, 2812, 2856, 2904,
            2956, 3000, 3047, 3086, 3133, 3176, 3222, 3273, 3316, 3350, 3390, 3431, 3470,
            3506, 3558, 3632, 3705, 3748, 3788, 3826, 3871, 3920, 3963, 4003, 4037, 4077,
            4119, 4157, 4196, 4250, 4288, 4337, 4386, 4431, 4472, 4508, 4534, 4582, 4636,
            4672, 4718, 4752, 4792, 4820, 4861, 4909, 4958, 5002, 5049, 5087, 5135, 5180,
            5223, 5267, 5312, 5344, 5392,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 125] = ::cloud_errors::__private::retry_column(
        b"caaaaaaaaaaaaaaaaaaaabbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccccccbbbaaaaaaaaccc",
    );
    static CATEGORY: [::cloud_errors::Category; 125] = ::cloud_errors::__private::category_column(
        b"piiiiiiiiiiiiiiiiiiiimmmccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccchhgggggghhheeeeeeeeigg",
    );
    static PILOTS: [u16; 32] = [
        11, 219, 0, 15, 34, 0, 7, 39, 42, 0, 18, 13, 3, 3, 17, 24, 9, 1, 1, 57, 6, 17,
        12, 230, 93, 24, 2, 4, 9, 189, 0, 65,
    ];
    static SLOTS: [(&str, u32); 138] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            25, 112, 50, 54, 1, 70, 62, 109, 92, 4294967295, 4294967295, 45, 119, 3, 88,
            7, 4294967295, 8, 75, 44, 12, 115, 118, 63, 22, 4294967295, 20, 68, 55, 47,
            95, 72, 84, 10, 106, 39, 66, 80, 105, 59, 4294967295, 114, 57, 108, 65,
            4294967295, 99, 89, 58, 113, 38, 4294967295, 33, 23, 83, 37, 32, 0, 27, 120,
            93, 21, 69, 35, 104, 76, 4294967295, 117, 97, 98, 64, 6, 94, 4294967295, 13,
            36, 100, 18, 90, 61, 121, 71, 123, 96, 2, 26, 4294967295, 11, 41, 74, 43, 24,
            48, 16, 42, 56, 19, 53, 78, 122, 4294967295, 51, 15, 34, 67, 9, 73, 28, 4, 5,
            111, 82, 116, 30, 101, 124, 79, 52, 4294967295, 46, 40, 102, 107, 4294967295,
            29, 17, 87, 85, 31, 14, 91, 110, 103, 86, 49, 77, 81, 60,
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
    const PROVIDER: &'static str = "Tencent Cloud CAM";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CAM's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CAM: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
