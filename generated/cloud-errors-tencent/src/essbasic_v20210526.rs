// @generated from catalogs/tencent/essbasic_v20210526.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud ESSBASIC v20210526: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud ESSBASIC v20210526: a variant per documented code,
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
    /// `FailedOperation.AgeNotAchieveNormalLegal`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: age not achieve normal legal.
    FailedOperationAgeNotAchieveNormalLegal,
    /// `FailedOperation.AuthFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: auth fail.
    FailedOperationAuthFail,
    /// `FailedOperation.ErrNotSyncProxyOrganization`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: err not sync proxy organization.
    FailedOperationErrNotSyncProxyOrganization,
    /// `FailedOperation.ExistSameSealName`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: exist same seal name.
    FailedOperationExistSameSealName,
    /// `FailedOperation.FlowNumExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: flow num exceed.
    FailedOperationFlowNumExceed,
    /// `FailedOperation.HasAuthorized`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: has authorized.
    FailedOperationHasAuthorized,
    /// `FailedOperation.LicenseNoQuota`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: license no quota.
    FailedOperationLicenseNoQuota,
    /// `FailedOperation.NoRoleAuth`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no role auth.
    FailedOperationNoRoleAuth,
    /// `FailedOperation.NotAvailableSignReview`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not available sign review.
    FailedOperationNotAvailableSignReview,
    /// `FailedOperation.OrganizationExperienceChange`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization experience change.
    FailedOperationOrganizationExperienceChange,
    /// `FailedOperation.OrganizationNameChanged`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization name changed.
    FailedOperationOrganizationNameChanged,
    /// `FailedOperation.OrganizationNameNeedChange`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization name need change.
    FailedOperationOrganizationNameNeedChange,
    /// `FailedOperation.OrganizationNotChange`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization not change.
    FailedOperationOrganizationNotChange,
    /// `FailedOperation.QrCodeCreatorSignComponents`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: qr code creator sign components.
    FailedOperationQrCodeCreatorSignComponents,
    /// `FailedOperation.QrCodeSignUsers`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: qr code sign users.
    FailedOperationQrCodeSignUsers,
    /// `FailedOperation.QrCodeTemplateId`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: qr code template id.
    FailedOperationQrCodeTemplateId,
    /// `FailedOperation.StaffAlreadyVerify`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: staff already verify.
    FailedOperationStaffAlreadyVerify,
    /// `FailedOperation.UserAutoSignEnableAlready`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user auto sign enable already.
    FailedOperationUserAutoSignEnableAlready,
    /// `FailedOperation.UserAutoSignEnableUrlNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user auto sign enable url not exist.
    FailedOperationUserAutoSignEnableUrlNotExist,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.Api`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: api.
    InternalErrorApi,
    /// `InternalError.Db`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db.
    InternalErrorDb,
    /// `InternalError.DbConnection`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db connection.
    InternalErrorDbConnection,
    /// `InternalError.DbInsert`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db insert.
    InternalErrorDbInsert,
    /// `InternalError.DbRead`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db read.
    InternalErrorDbRead,
    /// `InternalError.DbUpdate`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db update.
    InternalErrorDbUpdate,
    /// `InternalError.Decryption`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: decryption.
    InternalErrorDecryption,
    /// `InternalError.DependsApi`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: depends api.
    InternalErrorDependsApi,
    /// `InternalError.DependsDb`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: depends db.
    InternalErrorDependsDb,
    /// `InternalError.Encryption`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: encryption.
    InternalErrorEncryption,
    /// `InternalError.GenerateId`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: generate id.
    InternalErrorGenerateId,
    /// `InternalError.Pdf`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: pdf.
    InternalErrorPdf,
    /// `InternalError.SealUpload`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: seal upload.
    InternalErrorSealUpload,
    /// `InternalError.Serialize`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: serialize.
    InternalErrorSerialize,
    /// `InternalError.System`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: system.
    InternalErrorSystem,
    /// `InternalError.ThirdParty`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: third party.
    InternalErrorThirdParty,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.Application`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: application.
    InvalidParameterApplication,
    /// `InvalidParameter.ApproverType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: approver type.
    InvalidParameterApproverType,
    /// `InvalidParameter.ApproverVerifyType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: approver verify type.
    InvalidParameterApproverVerifyType,
    /// `InvalidParameter.AuthorizationType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: authorization type.
    InvalidParameterAuthorizationType,
    /// `InvalidParameter.BizApproverAlreadyExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: biz approver already exists.
    InvalidParameterBizApproverAlreadyExists,
    /// `InvalidParameter.BusinessLicense`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: business license.
    InvalidParameterBusinessLicense,
    /// `InvalidParameter.CancelReason`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cancel reason.
    InvalidParameterCancelReason,
    /// `InvalidParameter.CardNumber`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: card number.
    InvalidParameterCardNumber,
    /// `InvalidParameter.CardType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: card type.
    InvalidParameterCardType,
    /// `InvalidParameter.ComponentPosition`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: component position.
    InvalidParameterComponentPosition,
    /// `InvalidParameter.ComponentType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: component type.
    InvalidParameterComponentType,
    /// `InvalidParameter.ComponentValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: component value.
    InvalidParameterComponentValue,
    /// `InvalidParameter.ContentType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: content type.
    InvalidParameterContentType,
    /// `InvalidParameter.CustomShowMap`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: custom show map.
    InvalidParameterCustomShowMap,
    /// `InvalidParameter.CustomerData`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: customer data.
    InvalidParameterCustomerData,
    /// `InvalidParameter.DataNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: data not found.
    InvalidParameterDataNotFound,
    /// `InvalidParameter.Date`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: date.
    InvalidParameterDate,
    /// `InvalidParameter.DepartUserId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: depart user id.
    InvalidParameterDepartUserId,
    /// `InvalidParameter.DupTask`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: dup task.
    InvalidParameterDupTask,
    /// `InvalidParameter.EmptyParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: empty params.
    InvalidParameterEmptyParams,
    /// `InvalidParameter.EndPoint`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: end point.
    InvalidParameterEndPoint,
    /// `InvalidParameter.FileType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: file type.
    InvalidParameterFileType,
    /// `InvalidParameter.FlowApproverInfos`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: flow approver infos.
    InvalidParameterFlowApproverInfos,
    /// `InvalidParameter.FlowApprovers`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: flow approvers.
    InvalidParameterFlowApprovers,
    /// `InvalidParameter.FlowCallbackUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: flow callback url.
    InvalidParameterFlowCallbackUrl,
    /// `InvalidParameter.FlowDeadLine`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: flow dead line.
    InvalidParameterFlowDeadLine,
    /// `InvalidParameter.FlowDescription`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: flow description.
    InvalidParameterFlowDescription,
    /// `InvalidParameter.FlowFileIds`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: flow file ids.
    InvalidParameterFlowFileIds,
    /// `InvalidParameter.FlowIds`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: flow ids.
    InvalidParameterFlowIds,
    /// `InvalidParameter.FlowInfos`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: flow infos.
    InvalidParameterFlowInfos,
    /// `InvalidParameter.FlowName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: flow name.
    InvalidParameterFlowName,
    /// `InvalidParameter.FlowType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: flow type.
    InvalidParameterFlowType,
    /// `InvalidParameter.GenerateType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: generate type.
    InvalidParameterGenerateType,
    /// `InvalidParameter.Image`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image.
    InvalidParameterImage,
    /// `InvalidParameter.InvalidId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid id.
    InvalidParameterInvalidId,
    /// `InvalidParameter.Keyword`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: keyword.
    InvalidParameterKeyword,
    /// `InvalidParameter.Limit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: limit.
    InvalidParameterLimit,
    /// `InvalidParameter.LimitSealName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: limit seal name.
    InvalidParameterLimitSealName,
    /// `InvalidParameter.MenuStatus`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: menu status.
    InvalidParameterMenuStatus,
    /// `InvalidParameter.MissingRequiredParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: missing required parameter value.
    InvalidParameterMissingRequiredParameterValue,
    /// `InvalidParameter.Mobile`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: mobile.
    InvalidParameterMobile,
    /// `InvalidParameter.Name`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: name.
    InvalidParameterName,
    /// `InvalidParameter.NonsupportMobile`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: nonsupport mobile.
    InvalidParameterNonsupportMobile,
    /// `InvalidParameter.OpenId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: open id.
    InvalidParameterOpenId,
    /// `InvalidParameter.OperatorId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: operator id.
    InvalidParameterOperatorId,
    /// `InvalidParameter.OrganizationId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: organization id.
    InvalidParameterOrganizationId,
    /// `InvalidParameter.OrganizationName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: organization name.
    InvalidParameterOrganizationName,
    /// `InvalidParameter.ParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: param error.
    InvalidParameterParamError,
    /// `InvalidParameter.ResourceType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource type.
    InvalidParameterResourceType,
    /// `InvalidParameter.RoleId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: role id.
    InvalidParameterRoleId,
    /// `InvalidParameter.Sensitive`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: sensitive.
    InvalidParameterSensitive,
    /// `InvalidParameter.SensitiveFileContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: sensitive file content.
    InvalidParameterSensitiveFileContent,
    /// `InvalidParameter.SignComponentType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: sign component type.
    InvalidParameterSignComponentType,
    /// `InvalidParameter.SignComponents`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: sign components.
    InvalidParameterSignComponents,
    /// `InvalidParameter.Status`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: status.
    InvalidParameterStatus,
    /// `InvalidParameter.UniformSocialCreditCode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: uniform social credit code.
    InvalidParameterUniformSocialCreditCode,
    /// `InvalidParameter.Unordered`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: unordered.
    InvalidParameterUnordered,
    /// `InvalidParameter.UnsupportedComponentType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: unsupported component type.
    InvalidParameterUnsupportedComponentType,
    /// `InvalidParameter.fFowIds`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: f fow ids.
    InvalidParameterFFowIds,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.InvalidQuotaType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid quota type.
    InvalidParameterValueInvalidQuotaType,
    /// `InvalidParameterValue.InvalidTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid time.
    InvalidParameterValueInvalidTime,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.CallTimes`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: call times.
    LimitExceededCallTimes,
    /// `LimitExceeded.CreateFlowNum`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: create flow num.
    LimitExceededCreateFlowNum,
    /// `LimitExceeded.FileSize`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: file size.
    LimitExceededFileSize,
    /// `LimitExceeded.FlowIds`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: flow ids.
    LimitExceededFlowIds,
    /// `LimitExceeded.FlowInfos`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: flow infos.
    LimitExceededFlowInfos,
    /// `LimitExceeded.ProxyOrganizationOperator`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: proxy organization operator.
    LimitExceededProxyOrganizationOperator,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.CompanyActiveInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: company active info.
    MissingParameterCompanyActiveInfo,
    /// `MissingParameter.Date`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: date.
    MissingParameterDate,
    /// `MissingParameter.FlowId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: flow id.
    MissingParameterFlowId,
    /// `MissingParameter.FlowIds`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: flow ids.
    MissingParameterFlowIds,
    /// `MissingParameter.FlowIdsOrFlowGroupId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: flow ids or flow group id.
    MissingParameterFlowIdsOrFlowGroupId,
    /// `MissingParameter.FlowInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: flow info.
    MissingParameterFlowInfo,
    /// `MissingParameter.MissComponentName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: miss component name.
    MissingParameterMissComponentName,
    /// `MissingParameter.OrgOpenId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: org open id.
    MissingParameterOrgOpenId,
    /// `MissingParameter.OrganizationId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: organization id.
    MissingParameterOrganizationId,
    /// `MissingParameter.ProxyOperatorOpenId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: proxy operator open id.
    MissingParameterProxyOperatorOpenId,
    /// `MissingParameter.ReportApplicant`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: report applicant.
    MissingParameterReportApplicant,
    /// `MissingParameter.ResourceName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource name.
    MissingParameterResourceName,
    /// `MissingParameter.SealId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: seal id.
    MissingParameterSealId,
    /// `MissingParameter.SealImage`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: seal image.
    MissingParameterSealImage,
    /// `MissingParameter.SealName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: seal name.
    MissingParameterSealName,
    /// `MissingParameter.SignComponents`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: sign components.
    MissingParameterSignComponents,
    /// `MissingParameter.Templates`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: templates.
    MissingParameterTemplates,
    /// `MissingParameter.UserId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: user id.
    MissingParameterUserId,
    /// `MissingParameter.UserOpenId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: user open id.
    MissingParameterUserOpenId,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.AlreadyHas`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: already has.
    OperationDeniedAlreadyHas,
    /// `OperationDenied.ApproverRepeat`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: approver repeat.
    OperationDeniedApproverRepeat,
    /// `OperationDenied.AuthTag`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: auth tag.
    OperationDeniedAuthTag,
    /// `OperationDenied.BannedApplication`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: banned application.
    OperationDeniedBannedApplication,
    /// `OperationDenied.ByFilesServerSignForbid`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: by files server sign forbid.
    OperationDeniedByFilesServerSignForbid,
    /// `OperationDenied.CcUserRepeat`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: cc user repeat.
    OperationDeniedCcUserRepeat,
    /// `OperationDenied.DownLoadMoreThanOne`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: down load more than one.
    OperationDeniedDownLoadMoreThanOne,
    /// `OperationDenied.ErrNoResourceAccess`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: err no resource access.
    OperationDeniedErrNoResourceAccess,
    /// `OperationDenied.ErrNotOpenWeakAuthorization`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: err not open weak authorization.
    OperationDeniedErrNotOpenWeakAuthorization,
    /// `OperationDenied.FileDeleted`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: file deleted.
    OperationDeniedFileDeleted,
    /// `OperationDenied.FlowHasTerminated`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: flow has terminated.
    OperationDeniedFlowHasTerminated,
    /// `OperationDenied.FlowStatusForbid`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: flow status forbid.
    OperationDeniedFlowStatusForbid,
    /// `OperationDenied.Forbid`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: forbid.
    OperationDeniedForbid,
    /// `OperationDenied.InvalidApproverAge`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: invalid approver age.
    OperationDeniedInvalidApproverAge,
    /// `OperationDenied.NoApiAuth`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: no api auth.
    OperationDeniedNoApiAuth,
    /// `OperationDenied.NoApproverMobileCheckPermission`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: no approver mobile check permission.
    OperationDeniedNoApproverMobileCheckPermission,
    /// `OperationDenied.NoFlowPermission`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: no flow permission.
    OperationDeniedNoFlowPermission,
    /// `OperationDenied.NoIdentityVerify`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: no identity verify.
    OperationDeniedNoIdentityVerify,
    /// `OperationDenied.NoPermissionUseResource`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: no permission use resource.
    OperationDeniedNoPermissionUseResource,
    /// `OperationDenied.NoPermissionUseServerSignSeal`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: no permission use server sign seal.
    OperationDeniedNoPermissionUseServerSignSeal,
    /// `OperationDenied.NoQuota`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: no quota.
    OperationDeniedNoQuota,
    /// `OperationDenied.NotBelongSuperAdminOrLegalPerson`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not belong super admin or legal person.
    OperationDeniedNotBelongSuperAdminOrLegalPerson,
    /// `OperationDenied.NotInAutoSignWhiteList`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not in auto sign white list.
    OperationDeniedNotInAutoSignWhiteList,
    /// `OperationDenied.NotSupportOrgType`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not support org type.
    OperationDeniedNotSupportOrgType,
    /// `OperationDenied.OperateType`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: operate type.
    OperationDeniedOperateType,
    /// `OperationDenied.OperatorHasNoPermission`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: operator has no permission.
    OperationDeniedOperatorHasNoPermission,
    /// `OperationDenied.OrganizationClosing`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: organization closing.
    OperationDeniedOrganizationClosing,
    /// `OperationDenied.OutQueryLimit`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: out query limit.
    OperationDeniedOutQueryLimit,
    /// `OperationDenied.OverseaAbilityNotOpen`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: oversea ability not open.
    OperationDeniedOverseaAbilityNotOpen,
    /// `OperationDenied.PersonHasNoSignature`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: person has no signature.
    OperationDeniedPersonHasNoSignature,
    /// `OperationDenied.PersonNoOpenServerSign`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: person no open server sign.
    OperationDeniedPersonNoOpenServerSign,
    /// `OperationDenied.ProveNoQuota`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: prove no quota.
    OperationDeniedProveNoQuota,
    /// `OperationDenied.RequiredComponentNotFill`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: required component not fill.
    OperationDeniedRequiredComponentNotFill,
    /// `OperationDenied.Sensitive`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: sensitive.
    OperationDeniedSensitive,
    /// `OperationDenied.UserNotInOrganization`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: user not in organization.
    OperationDeniedUserNotInOrganization,
    /// `OperationDenied.WhiteListForbid`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: white list forbid.
    OperationDeniedWhiteListForbid,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.Application`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: application.
    ResourceNotFoundApplication,
    /// `ResourceNotFound.ApplicationAuth`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: application auth.
    ResourceNotFoundApplicationAuth,
    /// `ResourceNotFound.ApplicationId`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: application id.
    ResourceNotFoundApplicationId,
    /// `ResourceNotFound.File`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: file.
    ResourceNotFoundFile,
    /// `ResourceNotFound.Flow`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: flow.
    ResourceNotFoundFlow,
    /// `ResourceNotFound.FlowApprover`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: flow approver.
    ResourceNotFoundFlowApprover,
    /// `ResourceNotFound.FlowApprovers`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: flow approvers.
    ResourceNotFoundFlowApprovers,
    /// `ResourceNotFound.FlowGroup`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: flow group.
    ResourceNotFoundFlowGroup,
    /// `ResourceNotFound.NotExistApplication`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: not exist application.
    ResourceNotFoundNotExistApplication,
    /// `ResourceNotFound.Organization`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: organization.
    ResourceNotFoundOrganization,
    /// `ResourceNotFound.Resource`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: resource.
    ResourceNotFoundResource,
    /// `ResourceNotFound.SaveFlowGroup`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: save flow group.
    ResourceNotFoundSaveFlowGroup,
    /// `ResourceNotFound.Seal`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: seal.
    ResourceNotFoundSeal,
    /// `ResourceNotFound.TeamWorkOrganization`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: team work organization.
    ResourceNotFoundTeamWorkOrganization,
    /// `ResourceNotFound.Template`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: template.
    ResourceNotFoundTemplate,
    /// `ResourceNotFound.URL`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: URL.
    ResourceNotFoundUrl,
    /// `ResourceNotFound.User`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: user.
    ResourceNotFoundUser,
    /// `ResourceNotFound.VerifyUser`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: verify user.
    ResourceNotFoundVerifyUser,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.NoPermissionFeature`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no permission feature.
    UnauthorizedOperationNoPermissionFeature,
    /// `UnauthorizedOperation.UnauthorizedOperationDownload`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: unauthorized operation download.
    UnauthorizedOperationUnauthorizedOperationDownload,
    /// `UnauthorizedOperation.UnauthorizedOperationOrganization`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: unauthorized operation organization.
    UnauthorizedOperationUnauthorizedOperationOrganization,
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
    static CODES: [&str; 191] = [
        "AuthFailure",
        "FailedOperation",
        "FailedOperation.AgeNotAchieveNormalLegal",
        "FailedOperation.AuthFail",
        "FailedOperation.ErrNotSyncProxyOrganization",
        "FailedOperation.ExistSameSealName",
        "FailedOperation.FlowNumExceed",
        "FailedOperation.HasAuthorized",
        "FailedOperation.LicenseNoQuota",
        "FailedOperation.NoRoleAuth",
        "FailedOperation.NotAvailableSignReview",
        "FailedOperation.OrganizationExperienceChange",
        "FailedOperation.OrganizationNameChanged",
        "FailedOperation.OrganizationNameNeedChange",
        "FailedOperation.OrganizationNotChange",
        "FailedOperation.QrCodeCreatorSignComponents",
        "FailedOperation.QrCodeSignUsers",
        "FailedOperation.QrCodeTemplateId",
        "FailedOperation.StaffAlreadyVerify",
        "FailedOperation.UserAutoSignEnableAlready",
        "FailedOperation.UserAutoSignEnableUrlNotExist",
        "InternalError",
        "InternalError.Api",
        "InternalError.Db",
        "InternalError.DbConnection",
        "InternalError.DbInsert",
        "InternalError.DbRead",
        "InternalError.DbUpdate",
        "InternalError.Decryption",
        "InternalError.DependsApi",
        "InternalError.DependsDb",
        "InternalError.Encryption",
        "InternalError.GenerateId",
        "InternalError.Pdf",
        "InternalError.SealUpload",
        "InternalError.Serialize",
        "InternalError.System",
        "InternalError.ThirdParty",
        "InvalidParameter",
        "InvalidParameter.Application",
        "InvalidParameter.ApproverType",
        "InvalidParameter.ApproverVerifyType",
        "InvalidParameter.AuthorizationType",
        "InvalidParameter.BizApproverAlreadyExists",
        "InvalidParameter.BusinessLicense",
        "InvalidParameter.CancelReason",
        "InvalidParameter.CardNumber",
        "InvalidParameter.CardType",
        "InvalidParameter.ComponentPosition",
        "InvalidParameter.ComponentType",
        "InvalidParameter.ComponentValue",
        "InvalidParameter.ContentType",
        "InvalidParameter.CustomShowMap",
        "InvalidParameter.CustomerData",
        "InvalidParameter.DataNotFound",
        "InvalidParameter.Date",
        "InvalidParameter.DepartUserId",
        "InvalidParameter.DupTask",
        "InvalidParameter.EmptyParams",
        "InvalidParameter.EndPoint",
        "InvalidParameter.FileType",
        "InvalidParameter.FlowApproverInfos",
        "InvalidParameter.FlowApprovers",
        "InvalidParameter.FlowCallbackUrl",
        "InvalidParameter.FlowDeadLine",
        "InvalidParameter.FlowDescription",
        "InvalidParameter.FlowFileIds",
        "InvalidParameter.FlowIds",
        "InvalidParameter.FlowInfos",
        "InvalidParameter.FlowName",
        "InvalidParameter.FlowType",
        "InvalidParameter.GenerateType",
        "InvalidParameter.Image",
        "InvalidParameter.InvalidId",
        "InvalidParameter.Keyword",
        "InvalidParameter.Limit",
        "InvalidParameter.LimitSealName",
        "InvalidParameter.MenuStatus",
        "InvalidParameter.MissingRequiredParameterValue",
        "InvalidParameter.Mobile",
        "InvalidParameter.Name",
        "InvalidParameter.NonsupportMobile",
        "InvalidParameter.OpenId",
        "InvalidParameter.OperatorId",
        "InvalidParameter.OrganizationId",
        "InvalidParameter.OrganizationName",
        "InvalidParameter.ParamError",
        "InvalidParameter.ResourceType",
        "InvalidParameter.RoleId",
        "InvalidParameter.Sensitive",
        "InvalidParameter.SensitiveFileContent",
        "InvalidParameter.SignComponentType",
        "InvalidParameter.SignComponents",
        "InvalidParameter.Status",
        "InvalidParameter.UniformSocialCreditCode",
        "InvalidParameter.Unordered",
        "InvalidParameter.UnsupportedComponentType",
        "InvalidParameter.fFowIds",
        "InvalidParameterValue",
        "InvalidParameterValue.InvalidQuotaType",
        "InvalidParameterValue.InvalidTime",
        "LimitExceeded",
        "LimitExceeded.CallTimes",
        "LimitExceeded.CreateFlowNum",
        "LimitExceeded.FileSize",
        "LimitExceeded.FlowIds",
        "LimitExceeded.FlowInfos",
        "LimitExceeded.ProxyOrganizationOperator",
        "MissingParameter",
        "MissingParameter.CompanyActiveInfo",
        "MissingParameter.Date",
        "MissingParameter.FlowId",
        "MissingParameter.FlowIds",
        "MissingParameter.FlowIdsOrFlowGroupId",
        "MissingParameter.FlowInfo",
        "MissingParameter.MissComponentName",
        "MissingParameter.OrgOpenId",
        "MissingParameter.OrganizationId",
        "MissingParameter.ProxyOperatorOpenId",
        "MissingParameter.ReportApplicant",
        "MissingParameter.ResourceName",
        "MissingParameter.SealId",
        "MissingParameter.SealImage",
        "MissingParameter.SealName",
        "MissingParameter.SignComponents",
        "MissingParameter.Templates",
        "MissingParameter.UserId",
        "MissingParameter.UserOpenId",
        "OperationDenied",
        "OperationDenied.AlreadyHas",
        "OperationDenied.ApproverRepeat",
        "OperationDenied.AuthTag",
        "OperationDenied.BannedApplication",
        "OperationDenied.ByFilesServerSignForbid",
        "OperationDenied.CcUserRepeat",
        "OperationDenied.DownLoadMoreThanOne",
        "OperationDenied.ErrNoResourceAccess",
        "OperationDenied.ErrNotOpenWeakAuthorization",
        "OperationDenied.FileDeleted",
        "OperationDenied.FlowHasTerminated",
        "OperationDenied.FlowStatusForbid",
        "OperationDenied.Forbid",
        "OperationDenied.InvalidApproverAge",
        "OperationDenied.NoApiAuth",
        "OperationDenied.NoApproverMobileCheckPermission",
        "OperationDenied.NoFlowPermission",
        "OperationDenied.NoIdentityVerify",
        "OperationDenied.NoPermissionUseResource",
        "OperationDenied.NoPermissionUseServerSignSeal",
        "OperationDenied.NoQuota",
        "OperationDenied.NotBelongSuperAdminOrLegalPerson",
        "OperationDenied.NotInAutoSignWhiteList",
        "OperationDenied.NotSupportOrgType",
        "OperationDenied.OperateType",
        "OperationDenied.OperatorHasNoPermission",
        "OperationDenied.OrganizationClosing",
        "OperationDenied.OutQueryLimit",
        "OperationDenied.OverseaAbilityNotOpen",
        "OperationDenied.PersonHasNoSignature",
        "OperationDenied.PersonNoOpenServerSign",
        "OperationDenied.ProveNoQuota",
        "OperationDenied.RequiredComponentNotFill",
        "OperationDenied.Sensitive",
        "OperationDenied.UserNotInOrganization",
        "OperationDenied.WhiteListForbid",
        "ResourceNotFound",
        "ResourceNotFound.Application",
        "ResourceNotFound.ApplicationAuth",
        "ResourceNotFound.ApplicationId",
        "ResourceNotFound.File",
        "ResourceNotFound.Flow",
        "ResourceNotFound.FlowApprover",
        "ResourceNotFound.FlowApprovers",
        "ResourceNotFound.FlowGroup",
        "ResourceNotFound.NotExistApplication",
        "ResourceNotFound.Organization",
        "ResourceNotFound.Resource",
        "ResourceNotFound.SaveFlowGroup",
        "ResourceNotFound.Seal",
        "ResourceNotFound.TeamWorkOrganization",
        "ResourceNotFound.Template",
        "ResourceNotFound.URL",
        "ResourceNotFound.User",
        "ResourceNotFound.VerifyUser",
        "ResourceUnavailable",
        "UnauthorizedOperation",
        "UnauthorizedOperation.NoPermissionFeature",
        "UnauthorizedOperation.UnauthorizedOperationDownload",
        "UnauthorizedOperation.UnauthorizedOperationOrganization",
        "UnknownParameter",
        "UnsupportedOperation",
    ];
    static NAME_CODES: [u32; 2] = [97, 181];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterFFowIdsResourceNotFoundUrl",
        ends: &[0, 23, 42],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed.The operation failed: age not achieve normal legal.The operation failed: auth fail.The operation failed: err not sync proxy organization.The operation failed: exist same seal name.The operation failed: flow num exceed.The operation failed: has authorized.The operation failed: license no quota.The operation failed: no role auth.The operation failed: not available sign review.The operation failed: organization experience change.The operation failed: organization name changed.The operation failed: organization name need change.The operation failed: organization not change.The operation failed: qr code creator sign components.The operation failed: qr code sign users.The operation failed: qr code template id.The operation failed: staff already verify.The operation failed: user auto sign enable already.The operation failed: user auto sign enable url not exist.An internal error occurred.An internal error occurred: api.An internal error occurred: db.An internal error occurred: db connection.An internal error occurred: db insert.An internal error occurred: db read.An internal error occurred: db update.An internal error occurred: decryption.An internal error occurred: depends api.An internal error occurred: depends db.An internal error occurred: encryption.An internal error occurred: generate id.An internal error occurred: pdf.An internal error occurred: seal upload.An internal error occurred: serialize.An internal error occurred: system.An internal error occurred: third party.A parameter is invalid.A parameter is invalid: application.A parameter is invalid: approver type.A parameter is invalid: approver verify type.A parameter is invalid: authorization type.A parameter is invalid: biz approver already exists.A parameter is invalid: business license.A parameter is invalid: cancel reason.A parameter is invalid: card number.A parameter is invalid: card type.A parameter is invalid: component position.A parameter is invalid: component type.A parameter is invalid: component value.A parameter is invalid: content type.A parameter is invalid: custom show map.A parameter is invalid: customer data.A parameter is invalid: data not found.A parameter is invalid: date.A parameter is invalid: depart user id.A parameter is invalid: dup task.A parameter is invalid: empty params.A parameter is invalid: end point.A parameter is invalid: file type.A parameter is invalid: flow approver infos.A parameter is invalid: flow approvers.A parameter is invalid: flow callback url.A parameter is invalid: flow dead line.A parameter is invalid: flow description.A parameter is invalid: flow file ids.A parameter is invalid: flow ids.A parameter is invalid: flow infos.A parameter is invalid: flow name.A parameter is invalid: flow type.A parameter is invalid: generate type.A parameter is invalid: image.A parameter is invalid: invalid id.A parameter is invalid: keyword.A parameter is invalid: limit.A parameter is invalid: limit seal name.A parameter is invalid: menu status.A parameter is invalid: missing required parameter value.A parameter is invalid: mobile.A parameter is invalid: name.A parameter is invalid: nonsupport mobile.A parameter is invalid: open id.A parameter is invalid: operator id.A parameter is invalid: organization id.A parameter is invalid: organization name.A parameter is invalid: param error.A parameter is invalid: resource type.A parameter is invalid: role id.A parameter is invalid: sensitive.A parameter is invalid: sensitive file content.A parameter is invalid: sign component type.A parameter is invalid: sign components.A parameter is invalid: status.A parameter is invalid: uniform social credit code.A parameter is invalid: unordered.A parameter is invalid: unsupported component type.A parameter is invalid: f fow ids.A parameter value is invalid.A parameter value is invalid: invalid quota type.A parameter value is invalid: invalid time.A limit was exceeded.A limit was exceeded: call times.A limit was exceeded: create flow num.A limit was exceeded: file size.A limit was exceeded: flow ids.A limit was exceeded: flow infos.A limit was exceeded: proxy organization operator.A required parameter is missing.A required parameter is missing: company active info.A required parameter is missing: date.A required parameter is missing: flow id.A required parameter is missing: flow ids.A required parameter is missing: flow ids or flow group id.A required parameter is missing: flow info.A required parameter is missing: miss component name.A required parameter is missing: org open id.A required parameter is missing: organization id.A required parameter is missing: proxy operator open id.A required parameter is missing: report applicant.A required parameter is missing: resource name.A required parameter is missing: seal id.A required parameter is missing: seal image.A required parameter is missing: seal name.A required parameter is missing: sign components.A required parameter is missing: templates.A required parameter is missing: user id.A required parameter is missing: user open id.The operation was denied.The operation was denied: already has.The operation was denied: approver repeat.The operation was denied: auth tag.The operation was denied: banned application.The operation was denied: by files server sign forbid.The operation was denied: cc user repeat.The operation was denied: down load more than one.The operation was denied: err no resource access.The operation was denied: err not open weak authorization.The operation was denied: file deleted.The operation was denied: flow has terminated.The operation was denied: flow status forbid.The operation was denied: forbid.The operation was denied: invalid approver age.The operation was denied: no api auth.The operation was denied: no approver mobile check permission.The operation was denied: no flow permission.The operation was denied: no identity verify.The operation was denied: no permission use resource.The operation was denied: no permission use server sign seal.The operation was denied: no quota.The operation was denied: not belong super admin or legal person.The operation was denied: not in auto sign white list.The operation was denied: not support org type.The operation was denied: operate type.The operation was denied: operator has no permission.The operation was denied: organization closing.The operation was denied: out query limit.The operation was denied: oversea ability not open.The operation was denied: person has no signature.The operation was denied: person no open server sign.The operation was denied: prove no quota.The operation was denied: required component not fill.The operation was denied: sensitive.The operation was denied: user not in organization.The operation was denied: white list forbid.The resource was not found.The resource was not found: application.The resource was not found: application auth.The resource was not found: application id.The resource was not found: file.The resource was not found: flow.The resource was not found: flow approver.The resource was not found: flow approvers.The resource was not found: flow group.The resource was not found: not exist application.The resource was not found: organization.The resource was not found: resource.The resource was not found: save flow group.The resource was not found: seal.The resource was not found: team work organization.The resource was not found: template.The resource was not found: URL.The resource was not found: user.The resource was not found: verify user.The resource is unavailable.The operation is not authorized.The operation is not authorized: no permission feature.The operation is not authorized: unauthorized operation download.The operation is not authorized: unauthorized operation organization.An unknown parameter was given.The operation is not supported.",
        ends: &[
            0, 22, 43, 94, 126, 180, 223, 261, 298, 337, 372, 420, 473, 521, 573, 619,
            673, 714, 756, 799, 851, 909, 936, 968, 999, 1041, 1079, 1115, 1153, 1192,
            1232, 1271, 1310, 1350, 1382, 1422, 1460, 1495, 1535, 1558, 1594, 1632, 1677,
            1720, 1772, 1813, 1851, 1887, 1921, 1964, 2003, 2043, 2080, 2120, 2158, 2197,
            2226, 2265, 2298, 2335, 2369, 2403, 2447, 2486, 2528, 2567, 2608, 2646, 2679,
            2714, 2748, 2782, 2820, 2850, 2885, 2917, 2947, 2987, 3023, 3080, 3111, 3140,
            3182, 3214, 3250, 3290, 3332, 3368, 3406, 3438, 3472, 3519, 3563, 3603, 3634,
            3685, 3719, 3770, 3804, 3833, 3882, 3925, 3946, 3979, 4017, 4049, 4080, 4113,
            4163, 4195, 4248, 4286, 4327, 4369, 4428, 4471, 4524, 4569, 4618, 4674, 4724,
            4771, 4812, 4856, 4899, 4948, 4991, 5032, 5078, 5103, 5141, 5183, 5218, 5263,
            5317, 5358, 5408, 5457, 5515, 5554, 5600, 5645, 5678, 5725, 5763, 5825, 5870,
            5915, 5968, 6029, 6064, 6129, 6183, 6230, 6269, 6322, 6369, 6411, 6462, 6512,
            6565, 6606, 6660, 6696, 6747, 6791, 6818, 6858, 6903, 6946, 6979, 7012, 7054,
            7097, 7136, 7186, 7227, 7264, 7308, 7341, 7392, 7429, 7461, 7494, 7534, 7562,
            7594, 7649, 7714, 7783, 7814, 7845,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 191] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacccccccccccccccccccccccccccccccccccccaaaaaaaaaaaaaaaaaaacccccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 191] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiiiiiiiiiiiimmmmmmmmmmmmmmmmmccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccchhhhhhhccccccccccccccccccccgggggggggggggggggggggggggggggggggggggeeeeeeeeeeeeeeeeeeeiggggcl",
    );
    static PILOTS: [u16; 48] = [
        22, 0, 8, 4, 22, 10, 4, 0, 3, 56, 0, 13, 23, 1, 11, 42, 70, 20, 145, 5, 19, 163,
        10, 62, 19, 4, 2, 5, 9, 43, 39, 16, 147, 23, 156, 23, 5, 10, 1, 10, 5, 7, 0, 15,
        107, 9, 8, 16,
    ];
    static SLOTS: [(&str, u32); 212] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 142, 2, 114, 4294967295, 107, 187, 15, 71, 111, 136, 154, 179,
            125, 68, 149, 185, 4294967295, 30, 170, 31, 77, 4294967295, 182, 190, 159,
            4294967295, 39, 121, 82, 89, 4294967295, 4294967295, 120, 166, 160, 45, 165,
            171, 10, 126, 168, 123, 153, 73, 137, 44, 41, 140, 22, 26, 64, 62,
            4294967295, 76, 115, 144, 124, 162, 59, 116, 9, 23, 4294967295, 84, 43, 139,
            122, 34, 4294967295, 161, 134, 156, 4294967295, 169, 4294967295, 16, 56, 65,
            138, 158, 4294967295, 175, 181, 173, 75, 4, 146, 55, 135, 163, 102, 69, 105,
            12, 81, 21, 32, 101, 63, 19, 28, 99, 106, 143, 7, 50, 17, 42, 8, 130, 129,
            13, 83, 94, 91, 176, 151, 172, 97, 189, 147, 51, 72, 48, 85, 131, 110, 109,
            117, 118, 58, 60, 3, 38, 79, 4294967295, 133, 177, 128, 183, 67, 180, 157,
            145, 186, 87, 57, 141, 66, 74, 61, 27, 35, 46, 88, 4294967295, 164, 188, 33,
            155, 14, 52, 36, 29, 148, 112, 184, 54, 178, 53, 49, 37, 103, 5, 98, 132, 6,
            0, 92, 174, 11, 4294967295, 113, 150, 40, 90, 96, 4294967295, 4294967295, 47,
            119, 80, 104, 70, 4294967295, 86, 167, 108, 4294967295, 152, 93, 24, 95,
            4294967295, 20, 18, 127, 25, 78, 1, 100,
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
    const PROVIDER: &'static str = "Tencent Cloud ESSBASIC v20210526";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud ESSBASIC v20210526's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud ESSBASIC v20210526: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
