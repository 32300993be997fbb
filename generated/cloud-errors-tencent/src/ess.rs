// @generated from catalogs/tencent/ess.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud ESS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud ESS: a variant per documented code,
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
    /// `FailedOperation.AuthorizationInfoHasBeenDeleted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: authorization info has been deleted.
    FailedOperationAuthorizationInfoHasBeenDeleted,
    /// `FailedOperation.BalanceNotEnough`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: balance not enough.
    FailedOperationBalanceNotEnough,
    /// `FailedOperation.FailedConverToQiWeiUserId`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: failed conver to qi wei user id.
    FailedOperationFailedConverToQiWeiUserId,
    /// `FailedOperation.FailedOpenWkAppReview`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: failed open wk app review.
    FailedOperationFailedOpenWkAppReview,
    /// `FailedOperation.FailedUpdateTemplateOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: failed update template operation.
    FailedOperationFailedUpdateTemplateOperation,
    /// `FailedOperation.FlowHasDocument`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: flow has document.
    FailedOperationFlowHasDocument,
    /// `FailedOperation.FlowHasNoDocument`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: flow has no document.
    FailedOperationFlowHasNoDocument,
    /// `FailedOperation.IdCardNumberCheckFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: id card number check failed.
    FailedOperationIdCardNumberCheckFailed,
    /// `FailedOperation.LicenseNoQuota`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: license no quota.
    FailedOperationLicenseNoQuota,
    /// `FailedOperation.NoSignReviewPass`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no sign review pass.
    FailedOperationNoSignReviewPass,
    /// `FailedOperation.NotAvailableSignReview`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not available sign review.
    FailedOperationNotAvailableSignReview,
    /// `FailedOperation.NotFoundShadowUser`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not found shadow user.
    FailedOperationNotFoundShadowUser,
    /// `FailedOperation.OrganizationExperienceChange`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization experience change.
    FailedOperationOrganizationExperienceChange,
    /// `FailedOperation.OrganizationNameChanged`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization name changed.
    FailedOperationOrganizationNameChanged,
    /// `FailedOperation.OrganizationNameNeedChange`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization name need change.
    FailedOperationOrganizationNameNeedChange,
    /// `FailedOperation.PathTypeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: path type error.
    FailedOperationPathTypeError,
    /// `FailedOperation.PreViewUrlFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: pre view url fail.
    FailedOperationPreViewUrlFail,
    /// `FailedOperation.QrCodeCreatorSignComponents`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: qr code creator sign components.
    FailedOperationQrCodeCreatorSignComponents,
    /// `FailedOperation.QrCodeSignUsers`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: qr code sign users.
    FailedOperationQrCodeSignUsers,
    /// `FailedOperation.QrCodeTemplateId`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: qr code template id.
    FailedOperationQrCodeTemplateId,
    /// `FailedOperation.RequestLimitExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: request limit exceeded.
    FailedOperationRequestLimitExceeded,
    /// `FailedOperation.TemplateHasNoResource`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: template has no resource.
    FailedOperationTemplateHasNoResource,
    /// `FailedOperation.UserAutoSignEnableAlready`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user auto sign enable already.
    FailedOperationUserAutoSignEnableAlready,
    /// `FailedOperation.UserAutoSignEnableUrlNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user auto sign enable url not exist.
    FailedOperationUserAutoSignEnableUrlNotExist,
    /// `FailedOperation.UserInfoNoMatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user info no match.
    FailedOperationUserInfoNoMatch,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.Api`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: api.
    InternalErrorApi,
    /// `InternalError.Cache`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cache.
    InternalErrorCache,
    /// `InternalError.CallOpenCloudApiError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: call open cloud api error.
    InternalErrorCallOpenCloudApiError,
    /// `InternalError.Callback`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: callback.
    InternalErrorCallback,
    /// `InternalError.Cos`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cos.
    InternalErrorCos,
    /// `InternalError.Db`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db.
    InternalErrorDb,
    /// `InternalError.DbConnection`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db connection.
    InternalErrorDbConnection,
    /// `InternalError.DbDataDeleted`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db data deleted.
    InternalErrorDbDataDeleted,
    /// `InternalError.DbInsert`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db insert.
    InternalErrorDbInsert,
    /// `InternalError.DbNoRowFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db no row found.
    InternalErrorDbNoRowFound,
    /// `InternalError.DbRead`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db read.
    InternalErrorDbRead,
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
    /// `InternalError.JsonMarshal`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: json marshal.
    InternalErrorJsonMarshal,
    /// `InternalError.JsonUnmarshal`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: json unmarshal.
    InternalErrorJsonUnmarshal,
    /// `InternalError.Mq`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: mq.
    InternalErrorMq,
    /// `InternalError.Pdf`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: pdf.
    InternalErrorPdf,
    /// `InternalError.Serialize`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: serialize.
    InternalErrorSerialize,
    /// `InternalError.System`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: system.
    InternalErrorSystem,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ApproverType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: approver type.
    InvalidParameterApproverType,
    /// `InvalidParameter.AuthorizationType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: authorization type.
    InvalidParameterAuthorizationType,
    /// `InvalidParameter.BusinessId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: business id.
    InvalidParameterBusinessId,
    /// `InvalidParameter.BusinessType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: business type.
    InvalidParameterBusinessType,
    /// `InvalidParameter.CancelReason`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cancel reason.
    InvalidParameterCancelReason,
    /// `InvalidParameter.CardNumber`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: card number.
    InvalidParameterCardNumber,
    /// `InvalidParameter.CardType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: card type.
    InvalidParameterCardType,
    /// `InvalidParameter.CcNum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cc num.
    InvalidParameterCcNum,
    /// `InvalidParameter.ClientToken`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: client token.
    InvalidParameterClientToken,
    /// `InvalidParameter.ComponentFileIndex`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: component file index.
    InvalidParameterComponentFileIndex,
    /// `InvalidParameter.ComponentInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: component invalid.
    InvalidParameterComponentInvalid,
    /// `InvalidParameter.ComponentPage`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: component page.
    InvalidParameterComponentPage,
    /// `InvalidParameter.ComponentPosition`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: component position.
    InvalidParameterComponentPosition,
    /// `InvalidParameter.ComponentType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: component type.
    InvalidParameterComponentType,
    /// `InvalidParameter.ComponentTypeNoMatchValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: component type no match value.
    InvalidParameterComponentTypeNoMatchValue,
    /// `InvalidParameter.ComponentValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: component value.
    InvalidParameterComponentValue,
    /// `InvalidParameter.ContentType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: content type.
    InvalidParameterContentType,
    /// `InvalidParameter.CustomShowMap`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: custom show map.
    InvalidParameterCustomShowMap,
    /// `InvalidParameter.DataExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: data exists.
    InvalidParameterDataExists,
    /// `InvalidParameter.DataNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: data not found.
    InvalidParameterDataNotFound,
    /// `InvalidParameter.DepartUserId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: depart user id.
    InvalidParameterDepartUserId,
    /// `InvalidParameter.Email`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: email.
    InvalidParameterEmail,
    /// `InvalidParameter.EmptyParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: empty params.
    InvalidParameterEmptyParams,
    /// `InvalidParameter.EndPoint`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: end point.
    InvalidParameterEndPoint,
    /// `InvalidParameter.FileType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: file type.
    InvalidParameterFileType,
    /// `InvalidParameter.FlowApproverDeadline`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: flow approver deadline.
    InvalidParameterFlowApproverDeadline,
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
    /// `InvalidParameter.FlowName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: flow name.
    InvalidParameterFlowName,
    /// `InvalidParameter.FlowType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: flow type.
    InvalidParameterFlowType,
    /// `InvalidParameter.FlowUserData`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: flow user data.
    InvalidParameterFlowUserData,
    /// `InvalidParameter.FromSource`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: from source.
    InvalidParameterFromSource,
    /// `InvalidParameter.IdCardValidityOverLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: id card validity over limit.
    InvalidParameterIdCardValidityOverLimit,
    /// `InvalidParameter.InvalidChannel`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid channel.
    InvalidParameterInvalidChannel,
    /// `InvalidParameter.InvalidId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid id.
    InvalidParameterInvalidId,
    /// `InvalidParameter.InvalidLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid limit.
    InvalidParameterInvalidLimit,
    /// `InvalidParameter.InvalidMobile`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid mobile.
    InvalidParameterInvalidMobile,
    /// `InvalidParameter.InvalidName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid name.
    InvalidParameterInvalidName,
    /// `InvalidParameter.InvalidOffset`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid offset.
    InvalidParameterInvalidOffset,
    /// `InvalidParameter.InvalidOpenId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid open id.
    InvalidParameterInvalidOpenId,
    /// `InvalidParameter.InvalidOperatorId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid operator id.
    InvalidParameterInvalidOperatorId,
    /// `InvalidParameter.InvalidOrganizationId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid organization id.
    InvalidParameterInvalidOrganizationId,
    /// `InvalidParameter.InvalidOrganizationName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid organization name.
    InvalidParameterInvalidOrganizationName,
    /// `InvalidParameter.InvalidRoleId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid role id.
    InvalidParameterInvalidRoleId,
    /// `InvalidParameter.InvalidRoleName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid role name.
    InvalidParameterInvalidRoleName,
    /// `InvalidParameter.InvalidVerifyChannel`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid verify channel.
    InvalidParameterInvalidVerifyChannel,
    /// `InvalidParameter.JumpUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: jump url.
    InvalidParameterJumpUrl,
    /// `InvalidParameter.Keyword`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: keyword.
    InvalidParameterKeyword,
    /// `InvalidParameter.Limit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: limit.
    InvalidParameterLimit,
    /// `InvalidParameter.MissingRequiredComponentValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: missing required component value.
    InvalidParameterMissingRequiredComponentValue,
    /// `InvalidParameter.Mobile`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: mobile.
    InvalidParameterMobile,
    /// `InvalidParameter.Name`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: name.
    InvalidParameterName,
    /// `InvalidParameter.NonsupportMobile`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: nonsupport mobile.
    InvalidParameterNonsupportMobile,
    /// `InvalidParameter.NotifyType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: notify type.
    InvalidParameterNotifyType,
    /// `InvalidParameter.Offset`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: offset.
    InvalidParameterOffset,
    /// `InvalidParameter.OpenId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: open id.
    InvalidParameterOpenId,
    /// `InvalidParameter.OrganizationName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: organization name.
    InvalidParameterOrganizationName,
    /// `InvalidParameter.ParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: param error.
    InvalidParameterParamError,
    /// `InvalidParameter.PersonAutoSignTag`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: person auto sign tag.
    InvalidParameterPersonAutoSignTag,
    /// `InvalidParameter.PreReadTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: pre read time.
    InvalidParameterPreReadTime,
    /// `InvalidParameter.QrEffectDay`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: qr effect day.
    InvalidParameterQrEffectDay,
    /// `InvalidParameter.QrFlowEffectDay`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: qr flow effect day.
    InvalidParameterQrFlowEffectDay,
    /// `InvalidParameter.ResourceType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource type.
    InvalidParameterResourceType,
    /// `InvalidParameter.RoleId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: role id.
    InvalidParameterRoleId,
    /// `InvalidParameter.SealId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: seal id.
    InvalidParameterSealId,
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
    /// `InvalidParameter.TemplateId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: template id.
    InvalidParameterTemplateId,
    /// `InvalidParameter.VerifyChannel`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: verify channel.
    InvalidParameterVerifyChannel,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.InvalidMobile`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid mobile.
    InvalidParameterValueInvalidMobile,
    /// `InvalidParameterValue.InvalidQuotaType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid quota type.
    InvalidParameterValueInvalidQuotaType,
    /// `InvalidParameterValue.InvalidTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid time.
    InvalidParameterValueInvalidTime,
    /// `InvalidParameterValue.Mask`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: mask.
    InvalidParameterValueMask,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.ProxyOrganizationOperator`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: proxy organization operator.
    LimitExceededProxyOrganizationOperator,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.ApproverMobile`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: approver mobile.
    MissingParameterApproverMobile,
    /// `MissingParameter.ApproverName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: approver name.
    MissingParameterApproverName,
    /// `MissingParameter.ApproverOrganizationInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: approver organization info.
    MissingParameterApproverOrganizationInfo,
    /// `MissingParameter.ApproverRole`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: approver role.
    MissingParameterApproverRole,
    /// `MissingParameter.ApproverSignComponent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: approver sign component.
    MissingParameterApproverSignComponent,
    /// `MissingParameter.AuthCode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: auth code.
    MissingParameterAuthCode,
    /// `MissingParameter.CancelReason`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: cancel reason.
    MissingParameterCancelReason,
    /// `MissingParameter.Field`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: field.
    MissingParameterField,
    /// `MissingParameter.FileNames`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: file names.
    MissingParameterFileNames,
    /// `MissingParameter.FlowApprover`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: flow approver.
    MissingParameterFlowApprover,
    /// `MissingParameter.FlowId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: flow id.
    MissingParameterFlowId,
    /// `MissingParameter.KeyWord`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: key word.
    MissingParameterKeyWord,
    /// `MissingParameter.OrgNameOrUniformSocialCreditCode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: org name or uniform social credit code.
    MissingParameterOrgNameOrUniformSocialCreditCode,
    /// `MissingParameter.OrganizationId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: organization id.
    MissingParameterOrganizationId,
    /// `MissingParameter.QrCodeId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: qr code id.
    MissingParameterQrCodeId,
    /// `MissingParameter.Recipient`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: recipient.
    MissingParameterRecipient,
    /// `MissingParameter.ResourceId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource id.
    MissingParameterResourceId,
    /// `MissingParameter.ResourceName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource name.
    MissingParameterResourceName,
    /// `MissingParameter.ServerSignSealId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: server sign seal id.
    MissingParameterServerSignSealId,
    /// `MissingParameter.SignComponents`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: sign components.
    MissingParameterSignComponents,
    /// `MissingParameter.UserId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: user id.
    MissingParameterUserId,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.AlreadyHas`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: already has.
    OperationDeniedAlreadyHas,
    /// `OperationDenied.ApproverNoMatchTemplate`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: approver no match template.
    OperationDeniedApproverNoMatchTemplate,
    /// `OperationDenied.ApproverRepeat`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: approver repeat.
    OperationDeniedApproverRepeat,
    /// `OperationDenied.AuthCodeInvalid`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: auth code invalid.
    OperationDeniedAuthCodeInvalid,
    /// `OperationDenied.BatchCancelForbid`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: batch cancel forbid.
    OperationDeniedBatchCancelForbid,
    /// `OperationDenied.BranchSendFlowToParentNotAllow`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: branch send flow to parent not allow.
    OperationDeniedBranchSendFlowToParentNotAllow,
    /// `OperationDenied.CcForbid`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: cc forbid.
    OperationDeniedCcForbid,
    /// `OperationDenied.CcUserRepeat`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: cc user repeat.
    OperationDeniedCcUserRepeat,
    /// `OperationDenied.DocumentNoAvailable`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: document no available.
    OperationDeniedDocumentNoAvailable,
    /// `OperationDenied.ErrNoResourceAccess`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: err no resource access.
    OperationDeniedErrNoResourceAccess,
    /// `OperationDenied.ErrNoSupportIndividualHasOrganizationName`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: err no support individual has organization name.
    OperationDeniedErrNoSupportIndividualHasOrganizationName,
    /// `OperationDenied.FileDeleted`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: file deleted.
    OperationDeniedFileDeleted,
    /// `OperationDenied.FileNoMatchResource`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: file no match resource.
    OperationDeniedFileNoMatchResource,
    /// `OperationDenied.FlowCancelForbid`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: flow cancel forbid.
    OperationDeniedFlowCancelForbid,
    /// `OperationDenied.FlowHasStarted`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: flow has started.
    OperationDeniedFlowHasStarted,
    /// `OperationDenied.FlowHasTerminated`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: flow has terminated.
    OperationDeniedFlowHasTerminated,
    /// `OperationDenied.FlowNoNeedReview`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: flow no need review.
    OperationDeniedFlowNoNeedReview,
    /// `OperationDenied.FlowStatusForbid`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: flow status forbid.
    OperationDeniedFlowStatusForbid,
    /// `OperationDenied.Forbid`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: forbid.
    OperationDeniedForbid,
    /// `OperationDenied.InvalidApproverAge`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: invalid approver age.
    OperationDeniedInvalidApproverAge,
    /// `OperationDenied.LicenseHasExpired`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: license has expired.
    OperationDeniedLicenseHasExpired,
    /// `OperationDenied.ManyResourceId`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: many resource id.
    OperationDeniedManyResourceId,
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
    /// `OperationDenied.NoLogin`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: no login.
    OperationDeniedNoLogin,
    /// `OperationDenied.NoOpenServerSign`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: no open server sign.
    OperationDeniedNoOpenServerSign,
    /// `OperationDenied.NoPermissionUseResource`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: no permission use resource.
    OperationDeniedNoPermissionUseResource,
    /// `OperationDenied.NoPermissionUseServerSignSeal`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: no permission use server sign seal.
    OperationDeniedNoPermissionUseServerSignSeal,
    /// `OperationDenied.NoQuota`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: no quota.
    OperationDeniedNoQuota,
    /// `OperationDenied.NoSupportComponentType`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: no support component type.
    OperationDeniedNoSupportComponentType,
    /// `OperationDenied.NoSupportJumpPage`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: no support jump page.
    OperationDeniedNoSupportJumpPage,
    /// `OperationDenied.NoVerify`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: no verify.
    OperationDeniedNoVerify,
    /// `OperationDenied.NotBelongSuperAdminOrLegalPerson`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not belong super admin or legal person.
    OperationDeniedNotBelongSuperAdminOrLegalPerson,
    /// `OperationDenied.NotFoundLicense`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not found license.
    OperationDeniedNotFoundLicense,
    /// `OperationDenied.NotInAutoSignWhiteList`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not in auto sign white list.
    OperationDeniedNotInAutoSignWhiteList,
    /// `OperationDenied.OperatorHasNoPermission`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: operator has no permission.
    OperationDeniedOperatorHasNoPermission,
    /// `OperationDenied.OrgUniformSocialCreditCodeErr`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: org uniform social credit code err.
    OperationDeniedOrgUniformSocialCreditCodeErr,
    /// `OperationDenied.OrganizationClosing`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: organization closing.
    OperationDeniedOrganizationClosing,
    /// `OperationDenied.OrganizationNotActivated`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: organization not activated.
    OperationDeniedOrganizationNotActivated,
    /// `OperationDenied.OutQueryLimit`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: out query limit.
    OperationDeniedOutQueryLimit,
    /// `OperationDenied.OverSeaForbid`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: over sea forbid.
    OperationDeniedOverSeaForbid,
    /// `OperationDenied.PayDeadline`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: pay deadline.
    OperationDeniedPayDeadline,
    /// `OperationDenied.PersonHasNoSignature`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: person has no signature.
    OperationDeniedPersonHasNoSignature,
    /// `OperationDenied.PersonNoOpenServerSign`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: person no open server sign.
    OperationDeniedPersonNoOpenServerSign,
    /// `OperationDenied.PersonServerSignForbid`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: person server sign forbid.
    OperationDeniedPersonServerSignForbid,
    /// `OperationDenied.ProveNoQuota`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: prove no quota.
    OperationDeniedProveNoQuota,
    /// `OperationDenied.QrHasExpire`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: qr has expire.
    OperationDeniedQrHasExpire,
    /// `OperationDenied.QrInvalid`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: qr invalid.
    OperationDeniedQrInvalid,
    /// `OperationDenied.RequiredComponentNotFill`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: required component not fill.
    OperationDeniedRequiredComponentNotFill,
    /// `OperationDenied.ServerSignNoAllowComponent`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: server sign no allow component.
    OperationDeniedServerSignNoAllowComponent,
    /// `OperationDenied.ServerSignNoSupportSignature`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: server sign no support signature.
    OperationDeniedServerSignNoSupportSignature,
    /// `OperationDenied.SubOrgNotJoin`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: sub org not join.
    OperationDeniedSubOrgNotJoin,
    /// `OperationDenied.UserNoAudit`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: user no audit.
    OperationDeniedUserNoAudit,
    /// `OperationDenied.UserNotInOrganization`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: user not in organization.
    OperationDeniedUserNotInOrganization,
    /// `OperationDenied.WhiteListForbid`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: white list forbid.
    OperationDeniedWhiteListForbid,
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
    /// `ResourceNotFound.Application`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: application.
    ResourceNotFoundApplication,
    /// `ResourceNotFound.AuthActiveOrganization`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: auth active organization.
    ResourceNotFoundAuthActiveOrganization,
    /// `ResourceNotFound.Document`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: document.
    ResourceNotFoundDocument,
    /// `ResourceNotFound.ErrNotExistRole`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: err not exist role.
    ResourceNotFoundErrNotExistRole,
    /// `ResourceNotFound.Flow`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: flow.
    ResourceNotFoundFlow,
    /// `ResourceNotFound.FlowApprover`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: flow approver.
    ResourceNotFoundFlowApprover,
    /// `ResourceNotFound.NotExistApplication`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: not exist application.
    ResourceNotFoundNotExistApplication,
    /// `ResourceNotFound.NotExistDocument`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: not exist document.
    ResourceNotFoundNotExistDocument,
    /// `ResourceNotFound.NotExistFlow`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: not exist flow.
    ResourceNotFoundNotExistFlow,
    /// `ResourceNotFound.NotExistResource`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: not exist resource.
    ResourceNotFoundNotExistResource,
    /// `ResourceNotFound.NotExistTemplate`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: not exist template.
    ResourceNotFoundNotExistTemplate,
    /// `ResourceNotFound.Organization`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: organization.
    ResourceNotFoundOrganization,
    /// `ResourceNotFound.QrInfo`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: qr info.
    ResourceNotFoundQrInfo,
    /// `ResourceNotFound.Resource`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: resource.
    ResourceNotFoundResource,
    /// `ResourceNotFound.SuperAdmin`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: super admin.
    ResourceNotFoundSuperAdmin,
    /// `ResourceNotFound.Template`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: template.
    ResourceNotFoundTemplate,
    /// `ResourceNotFound.Url`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: url.
    ResourceNotFoundUrl,
    /// `ResourceNotFound.User`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: user.
    ResourceNotFoundUser,
    /// `ResourceNotFound.VerifyUser`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: verify user.
    ResourceNotFoundVerifyUser,
    /// `ResourceNotFound.WeWorkUser`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: we work user.
    ResourceNotFoundWeWorkUser,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.NoPermissionFeature`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no permission feature.
    UnauthorizedOperationNoPermissionFeature,
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
    static CODES: [&str; 242] = [
        "AuthFailure",
        "FailedOperation",
        "FailedOperation.AgeNotAchieveNormalLegal",
        "FailedOperation.AuthorizationInfoHasBeenDeleted",
        "FailedOperation.BalanceNotEnough",
        "FailedOperation.FailedConverToQiWeiUserId",
        "FailedOperation.FailedOpenWkAppReview",
        "FailedOperation.FailedUpdateTemplateOperation",
        "FailedOperation.FlowHasDocument",
        "FailedOperation.FlowHasNoDocument",
        "FailedOperation.IdCardNumberCheckFailed",
        "FailedOperation.LicenseNoQuota",
        "FailedOperation.NoSignReviewPass",
        "FailedOperation.NotAvailableSignReview",
        "FailedOperation.NotFoundShadowUser",
        "FailedOperation.OrganizationExperienceChange",
        "FailedOperation.OrganizationNameChanged",
        "FailedOperation.OrganizationNameNeedChange",
        "FailedOperation.PathTypeError",
        "FailedOperation.PreViewUrlFail",
        "FailedOperation.QrCodeCreatorSignComponents",
        "FailedOperation.QrCodeSignUsers",
        "FailedOperation.QrCodeTemplateId",
        "FailedOperation.RequestLimitExceeded",
        "FailedOperation.TemplateHasNoResource",
        "FailedOperation.UserAutoSignEnableAlready",
        "FailedOperation.UserAutoSignEnableUrlNotExist",
        "FailedOperation.UserInfoNoMatch",
        "InternalError",
        "InternalError.Api",
        "InternalError.Cache",
        "InternalError.CallOpenCloudApiError",
        "InternalError.Callback",
        "InternalError.Cos",
        "InternalError.Db",
        "InternalError.DbConnection",
        "InternalError.DbDataDeleted",
        "InternalError.DbInsert",
        "InternalError.DbNoRowFound",
        "InternalError.DbRead",
        "InternalError.Decryption",
        "InternalError.DependsApi",
        "InternalError.DependsDb",
        "InternalError.Encryption",
        "InternalError.JsonMarshal",
        "InternalError.JsonUnmarshal",
        "InternalError.Mq",
        "InternalError.Pdf",
        "InternalError.Serialize",
        "InternalError.System",
        "InvalidParameter",
        "InvalidParameter.ApproverType",
        "InvalidParameter.AuthorizationType",
        "InvalidParameter.BusinessId",
        "InvalidParameter.BusinessType",
        "InvalidParameter.CancelReason",
        "InvalidParameter.CardNumber",
        "InvalidParameter.CardType",
        "InvalidParameter.CcNum",
        "InvalidParameter.ClientToken",
        "InvalidParameter.ComponentFileIndex",
        "InvalidParameter.ComponentInvalid",
        "InvalidParameter.ComponentPage",
        "InvalidParameter.ComponentPosition",
        "InvalidParameter.ComponentType",
        "InvalidParameter.ComponentTypeNoMatchValue",
        "InvalidParameter.ComponentValue",
        "InvalidParameter.ContentType",
        "InvalidParameter.CustomShowMap",
        "InvalidParameter.DataExists",
        "InvalidParameter.DataNotFound",
        "InvalidParameter.DepartUserId",
        "InvalidParameter.Email",
        "InvalidParameter.EmptyParams",
        "InvalidParameter.EndPoint",
        "InvalidParameter.FileType",
        "InvalidParameter.FlowApproverDeadline",
        "InvalidParameter.FlowApprovers",
        "InvalidParameter.FlowCallbackUrl",
        "InvalidParameter.FlowDeadLine",
        "InvalidParameter.FlowDescription",
        "InvalidParameter.FlowFileIds",
        "InvalidParameter.FlowName",
        "InvalidParameter.FlowType",
        "InvalidParameter.FlowUserData",
        "InvalidParameter.FromSource",
        "InvalidParameter.IdCardValidityOverLimit",
        "InvalidParameter.InvalidChannel",
        "InvalidParameter.InvalidId",
        "InvalidParameter.InvalidLimit",
        "InvalidParameter.InvalidMobile",
        "InvalidParameter.InvalidName",
        "InvalidParameter.InvalidOffset",
        "InvalidParameter.InvalidOpenId",
        "InvalidParameter.InvalidOperatorId",
        "InvalidParameter.InvalidOrganizationId",
        "InvalidParameter.InvalidOrganizationName",
        "InvalidParameter.InvalidRoleId",
        "InvalidParameter.InvalidRoleName",
        "InvalidParameter.InvalidVerifyChannel",
        "InvalidParameter.JumpUrl",
        "InvalidParameter.Keyword",
        "InvalidParameter.Limit",
        "InvalidParameter.MissingRequiredComponentValue",
        "InvalidParameter.Mobile",
        "InvalidParameter.Name",
        "InvalidParameter.NonsupportMobile",
        "InvalidParameter.NotifyType",
        "InvalidParameter.Offset",
        "InvalidParameter.OpenId",
        "InvalidParameter.OrganizationName",
        "InvalidParameter.ParamError",
        "InvalidParameter.PersonAutoSignTag",
        "InvalidParameter.PreReadTime",
        "InvalidParameter.QrEffectDay",
        "InvalidParameter.QrFlowEffectDay",
        "InvalidParameter.ResourceType",
        "InvalidParameter.RoleId",
        "InvalidParameter.SealId",
        "InvalidParameter.Sensitive",
        "InvalidParameter.SensitiveFileContent",
        "InvalidParameter.SignComponentType",
        "InvalidParameter.SignComponents",
        "InvalidParameter.Status",
        "InvalidParameter.TemplateId",
        "InvalidParameter.VerifyChannel",
        "InvalidParameterValue",
        "InvalidParameterValue.InvalidMobile",
        "InvalidParameterValue.InvalidQuotaType",
        "InvalidParameterValue.InvalidTime",
        "InvalidParameterValue.Mask",
        "LimitExceeded",
        "LimitExceeded.ProxyOrganizationOperator",
        "MissingParameter",
        "MissingParameter.ApproverMobile",
        "MissingParameter.ApproverName",
        "MissingParameter.ApproverOrganizationInfo",
        "MissingParameter.ApproverRole",
        "MissingParameter.ApproverSignComponent",
        "MissingParameter.AuthCode",
        "MissingParameter.CancelReason",
        "MissingParameter.Field",
        "MissingParameter.FileNames",
        "MissingParameter.FlowApprover",
        "MissingParameter.FlowId",
        "MissingParameter.KeyWord",
        "MissingParameter.OrgNameOrUniformSocialCreditCode",
        "MissingParameter.OrganizationId",
        "MissingParameter.QrCodeId",
        "MissingParameter.Recipient",
        "MissingParameter.ResourceId",
        "MissingParameter.ResourceName",
        "MissingParameter.ServerSignSealId",
        "MissingParameter.SignComponents",
        "MissingParameter.UserId",
        "OperationDenied",
        "OperationDenied.AlreadyHas",
        "OperationDenied.ApproverNoMatchTemplate",
        "OperationDenied.ApproverRepeat",
        "OperationDenied.AuthCodeInvalid",
        "OperationDenied.BatchCancelForbid",
        "OperationDenied.BranchSendFlowToParentNotAllow",
        "OperationDenied.CcForbid",
        "OperationDenied.CcUserRepeat",
        "OperationDenied.DocumentNoAvailable",
        "OperationDenied.ErrNoResourceAccess",
        "OperationDenied.ErrNoSupportIndividualHasOrganizationName",
        "OperationDenied.FileDeleted",
        "OperationDenied.FileNoMatchResource",
        "OperationDenied.FlowCancelForbid",
        "OperationDenied.FlowHasStarted",
        "OperationDenied.FlowHasTerminated",
        "OperationDenied.FlowNoNeedReview",
        "OperationDenied.FlowStatusForbid",
        "OperationDenied.Forbid",
        "OperationDenied.InvalidApproverAge",
        "OperationDenied.LicenseHasExpired",
        "OperationDenied.ManyResourceId",
        "OperationDenied.NoApiAuth",
        "OperationDenied.NoApproverMobileCheckPermission",
        "OperationDenied.NoFlowPermission",
        "OperationDenied.NoIdentityVerify",
        "OperationDenied.NoLogin",
        "OperationDenied.NoOpenServerSign",
        "OperationDenied.NoPermissionUseResource",
        "OperationDenied.NoPermissionUseServerSignSeal",
        "OperationDenied.NoQuota",
        "OperationDenied.NoSupportComponentType",
        "OperationDenied.NoSupportJumpPage",
        "OperationDenied.NoVerify",
        "OperationDenied.NotBelongSuperAdminOrLegalPerson",
        "OperationDenied.NotFoundLicense",
        "OperationDenied.NotInAutoSignWhiteList",
        "OperationDenied.OperatorHasNoPermission",
        "OperationDenied.OrgUniformSocialCreditCodeErr",
        "OperationDenied.OrganizationClosing",
        "OperationDenied.OrganizationNotActivated",
        "OperationDenied.OutQueryLimit",
        "OperationDenied.OverSeaForbid",
        "OperationDenied.PayDeadline",
        "OperationDenied.PersonHasNoSignature",
        "OperationDenied.PersonNoOpenServerSign",
        "OperationDenied.PersonServerSignForbid",
        "OperationDenied.ProveNoQuota",
        "OperationDenied.QrHasExpire",
        "OperationDenied.QrInvalid",
        "OperationDenied.RequiredComponentNotFill",
        "OperationDenied.ServerSignNoAllowComponent",
        "OperationDenied.ServerSignNoSupportSignature",
        "OperationDenied.SubOrgNotJoin",
        "OperationDenied.UserNoAudit",
        "OperationDenied.UserNotInOrganization",
        "OperationDenied.WhiteListForbid",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceNotFound.Application",
        "ResourceNotFound.AuthActiveOrganization",
        "ResourceNotFound.Document",
        "ResourceNotFound.ErrNotExistRole",
        "ResourceNotFound.Flow",
        "ResourceNotFound.FlowApprover",
        "ResourceNotFound.NotExistApplication",
        "ResourceNotFound.NotExistDocument",
        "ResourceNotFound.NotExistFlow",
        "ResourceNotFound.NotExistResource",
        "ResourceNotFound.NotExistTemplate",
        "ResourceNotFound.Organization",
        "ResourceNotFound.QrInfo",
        "ResourceNotFound.Resource",
        "ResourceNotFound.SuperAdmin",
        "ResourceNotFound.Template",
        "ResourceNotFound.Url",
        "ResourceNotFound.User",
        "ResourceNotFound.VerifyUser",
        "ResourceNotFound.WeWorkUser",
        "ResourceUnavailable",
        "UnauthorizedOperation",
        "UnauthorizedOperation.NoPermissionFeature",
        "UnknownParameter",
        "UnsupportedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed.The operation failed: age not achieve normal legal.The operation failed: authorization info has been deleted.The operation failed: balance not enough.The operation failed: failed conver to qi wei user id.The operation failed: failed open wk app review.The operation failed: failed update template operation.The operation failed: flow has document.The operation failed: flow has no document.The operation failed: id card number check failed.The operation failed: license no quota.The operation failed: no sign review pass.The operation failed: not available sign review.The operation failed: not found shadow user.The operation failed: organization experience change.The operation failed: organization name changed.The operation failed: organization name need change.The operation failed: path type error.The operation failed: pre view url fail.The operation failed: qr code creator sign components.The operation failed: qr code sign users.The operation failed: qr code template id.The operation failed: request limit exceeded.The operation failed: template has no resource.The operation failed: user auto sign enable already.The operation failed: user auto sign enable url not exist.The operation failed: user info no match.An internal error occurred.An internal error occurred: api.An internal error occurred: cache.An internal error occurred: call open cloud api error.An internal error occurred: callback.An internal error occurred: cos.An internal error occurred: db.An internal error occurred: db connection.An internal error occurred: db data deleted.An internal error occurred: db insert.An internal error occurred: db no row found.An internal error occurred: db read.An internal error occurred: decryption.An internal error occurred: depends api.An internal error occurred: depends db.An internal error occurred: encryption.An internal error occurred: json marshal.An internal error occurred: json unmarshal.An internal error occurred: mq.An internal error occurred: pdf.An internal error occurred: serialize.An internal error occurred: system.A parameter is invalid.A parameter is invalid: approver type.A parameter is invalid: authorization type.A parameter is invalid: business id.A parameter is invalid: business type.A parameter is invalid: cancel reason.A parameter is invalid: card number.A parameter is invalid: card type.A parameter is invalid: cc num.A parameter is invalid: client token.A parameter is invalid: component file index.A parameter is invalid: component invalid.A parameter is invalid: component page.A parameter is invalid: component position.A parameter is invalid: component type.A parameter is invalid: component type no match value.A parameter is invalid: component value.A parameter is invalid: content type.A parameter is invalid: custom show map.A parameter is invalid: data exists.A parameter is invalid: data not found.A parameter is invalid: depart user id.A parameter is invalid: email.A parameter is invalid: empty params.A parameter is invalid: end point.A parameter is invalid: file type.A parameter is invalid: flow approver deadline.A parameter is invalid: flow approvers.A parameter is invalid: flow callback url.A parameter is invalid: flow dead line.A parameter is invalid: flow description.A parameter is invalid: flow file ids.A parameter is invalid: flow name.A parameter is invalid: flow type.A parameter is invalid: flow user data.A parameter is invalid: from source.A parameter is invalid: id card validity over limit.A parameter is invalid: invalid channel.A parameter is invalid: invalid id.A parameter is invalid: invalid limit.A parameter is invalid: invalid mobile.A parameter is invalid: invalid name.A parameter is invalid: invalid offset.A parameter is invalid: invalid open id.A parameter is invalid: invalid operator id.A parameter is invalid: invalid organization id.A parameter is invalid: invalid organization name.A parameter is invalid: invalid role id.A parameter is invalid: invalid role name.A parameter is invalid: invalid verify channel.A parameter is invalid: jump url.A parameter is invalid: keyword.A parameter is invalid: limit.A parameter is invalid: missing required component value.A parameter is invalid: mobile.A parameter is invalid: name.A parameter is invalid: nonsupport mobile.A parameter is invalid: notify type.A parameter is invalid: offset.A parameter is invalid: open id.A parameter is invalid: organization name.A parameter is invalid: param error.A parameter is invalid: person auto sign tag.A parameter is invalid: pre read time.A parameter is invalid: qr effect day.A parameter is invalid: qr flow effect day.A parameter is invalid: resource type.A parameter is invalid: role id.A parameter is invalid: seal id.A parameter is invalid: sensitive.A parameter is invalid: sensitive file content.A parameter is invalid: sign component type.A parameter is invalid: sign components.A parameter is invalid: status.A parameter is invalid: template id.A parameter is invalid: verify channel.A parameter value is invalid.A parameter value is invalid: invalid mobile.A parameter value is invalid: invalid quota type.A parameter value is invalid: invalid time.A parameter value is invalid: mask.A limit was exceeded.A limit was exceeded: proxy organization operator.A required parameter is missing.A required parameter is missing: approver mobile.A required parameter is missing: approver name.A required parameter is missing: approver organization info.A required parameter is missing: approver role.A required parameter is missing: approver sign component.A required parameter is missing: auth code.A required parameter is missing: cancel reason.A required parameter is missing: field.A required parameter is missing: file names.A required parameter is missing: flow approver.A required parameter is missing: flow id.A required parameter is missing: key word.A required parameter is missing: org name or uniform social credit code.A required parameter is missing: organization id.A required parameter is missing: qr code id.A required parameter is missing: recipient.A required parameter is missing: resource id.A required parameter is missing: resource name.A required parameter is missing: server sign seal id.A required parameter is missing: sign components.A required parameter is missing: user id.The operation was denied.The operation was denied: already has.The operation was denied: approver no match template.The operation was denied: approver repeat.The operation was denied: auth code invalid.The operation was denied: batch cancel forbid.The operation was denied: branch send flow to parent not allow.The operation was denied: cc forbid.The operation was denied: cc user repeat.The operation was denied: document no available.The operation was denied: err no resource access.The operation was denied: err no support individual has organization name.The operation was denied: file deleted.The operation was denied: file no match resource.The operation was denied: flow cancel forbid.The operation was denied: flow has started.The operation was denied: flow has terminated.The operation was denied: flow no need review.The operation was denied: flow status forbid.The operation was denied: forbid.The operation was denied: invalid approver age.The operation was denied: license has expired.The operation was denied: many resource id.The operation was denied: no api auth.The operation was denied: no approver mobile check permission.The operation was denied: no flow permission.The operation was denied: no identity verify.The operation was denied: no login.The operation was denied: no open server sign.The operation was denied: no permission use resource.The operation was denied: no permission use server sign seal.The operation was denied: no quota.The operation was denied: no support component type.The operation was denied: no support jump page.The operation was denied: no verify.The operation was denied: not belong super admin or legal person.The operation was denied: not found license.The operation was denied: not in auto sign white list.The operation was denied: operator has no permission.The operation was denied: org uniform social credit code err.The operation was denied: organization closing.The operation was denied: organization not activated.The operation was denied: out query limit.The operation was denied: over sea forbid.The operation was denied: pay deadline.The operation was denied: person has no signature.The operation was denied: person no open server sign.The operation was denied: person server sign forbid.The operation was denied: prove no quota.The operation was denied: qr has expire.The operation was denied: qr invalid.The operation was denied: required component not fill.The operation was denied: server sign no allow component.The operation was denied: server sign no support signature.The operation was denied: sub org not join.The operation was denied: user no audit.The operation was denied: user not in organization.The operation was denied: white list forbid.Too many requests were sent.The resource is in use.Resources are insufficient.The resource was not found.The resource was not found: application.The resource was not found: auth active organization.The resource was not found: document.The resource was not found: err not exist role.The resource was not found: flow.The resource was not found: flow approver.The resource was not found: not exist application.The resource was not found: not exist document.The resource was not found: not exist flow.The resource was not found: not exist resource.The resource was not found: not exist template.The resource was not found: organization.The resource was not found: qr info.The resource was not found: resource.The resource was not found: super admin.The resource was not found: template.The resource was not found: url.The resource was not found: user.The resource was not found: verify user.The resource was not found: we work user.The resource is unavailable.The operation is not authorized.The operation is not authorized: no permission feature.An unknown parameter was given.The operation is not supported.",
        ends: &[
            0, 22, 43, 94, 152, 193, 247, 295, 350, 390, 433, 483, 522, 564, 612, 656,
            709, 757, 809, 847, 887, 941, 982, 1024, 1069, 1116, 1168, 1226, 1267, 1294,
            1326, 1360, 1414, 1451, 1483, 1514, 1556, 1600, 1638, 1682, 1718, 1757, 1797,
            1836, 1875, 1916, 1959, 1990, 2022, 2060, 2095, 2118, 2156, 2199, 2235, 2273,
            2311, 2347, 2381, 2412, 2449, 2494, 2536, 2575, 2618, 2657, 2711, 2751, 2788,
            2828, 2864, 2903, 2942, 2972, 3009, 3043, 3077, 3124, 3163, 3205, 3244, 3285,
            3323, 3357, 3391, 3430, 3466, 3518, 3558, 3593, 3631, 3670, 3707, 3746, 3786,
            3830, 3878, 3928, 3968, 4010, 4057, 4090, 4122, 4152, 4209, 4240, 4269, 4311,
            4347, 4378, 4410, 4452, 4488, 4533, 4571, 4609, 4652, 4690, 4722, 4754, 4788,
            4835, 4879, 4919, 4950, 4986, 5025, 5054, 5099, 5148, 5191, 5226, 5247, 5297,
            5329, 5378, 5425, 5485, 5532, 5589, 5632, 5679, 5718, 5762, 5809, 5850, 5892,
            5964, 6013, 6057, 6100, 6145, 6192, 6245, 6294, 6335, 6360, 6398, 6451, 6493,
            6537, 6583, 6646, 6682, 6723, 6771, 6820, 6894, 6933, 6982, 7027, 7070, 7116,
            7162, 7207, 7240, 7287, 7333, 7376, 7414, 7476, 7521, 7566, 7601, 7647, 7700,
            7761, 7796, 7848, 7895, 7931, 7996, 8040, 8094, 8147, 8208, 8255, 8308, 8350,
            8392, 8431, 8481, 8534, 8586, 8627, 8667, 8704, 8758, 8815, 8874, 8917, 8957,
            9008, 9052, 9080, 9103, 9130, 9157, 9197, 9250, 9287, 9334, 9367, 9409, 9459,
            9506, 9549, 9596, 9643, 9684, 9720, 9757, 9797, 9834, 9866, 9899, 9939, 9980,
            10008, 10040, 10095, 10126, 10157,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 242] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccccccccccccccccccccccccccccccccccccccccccccccccccccccccccbbcaaaaaaaaaaaaaaaaaaaaacccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 242] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiiiiiiiiiiiiiiiiiiimmmmmmmmmmmmmmmmmmmmmmccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccchhccccccccccccccccccccccgggggggggggggggggggggggggggggggggggggggggggggggggggggggggghjheeeeeeeeeeeeeeeeeeeeeiggcl",
    );
    static PILOTS: [u16; 61] = [
        2, 2, 0, 3, 5, 6, 3, 6, 4, 6, 1, 4, 31, 1, 1, 72, 6, 30, 1, 0, 12, 13, 23, 11, 1,
        38, 5, 66, 39, 51, 8, 44, 26, 1, 15, 25, 159, 13, 23, 141, 1, 16, 69, 119, 91,
        94, 0, 3, 9, 7, 61, 110, 2, 0, 324, 49, 25, 323, 54, 2, 25,
    ];
    static SLOTS: [(&str, u32); 268] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            122, 151, 4294967295, 16, 4294967295, 207, 4294967295, 132, 152, 240, 233,
            40, 225, 199, 231, 166, 0, 63, 127, 87, 4294967295, 53, 61, 69, 77, 1, 186,
            238, 64, 234, 4294967295, 188, 86, 209, 150, 120, 56, 100, 211, 169,
            4294967295, 187, 4294967295, 159, 184, 96, 42, 14, 74, 237, 78, 36, 3, 145,
            123, 126, 4294967295, 181, 154, 12, 4294967295, 4294967295, 30, 113, 143,
            157, 105, 160, 164, 23, 37, 179, 88, 167, 25, 210, 226, 217, 15, 4294967295,
            99, 98, 215, 202, 140, 111, 91, 80, 68, 148, 73, 48, 136, 4294967295, 60,
            175, 7, 106, 9, 79, 221, 27, 6, 191, 11, 4294967295, 4294967295, 124, 108,
            219, 165, 137, 24, 135, 65, 224, 94, 92, 147, 201, 90, 200, 220, 203, 13,
            110, 47, 22, 128, 162, 70, 178, 118, 149, 180, 189, 4294967295, 112, 121, 50,
            4294967295, 44, 84, 4294967295, 172, 19, 241, 229, 10, 177, 4294967295, 139,
            104, 4294967295, 170, 55, 101, 54, 45, 156, 213, 2, 8, 185, 4294967295, 5,
            163, 4294967295, 20, 235, 204, 107, 21, 134, 236, 109, 103, 32, 228, 114, 39,
            67, 138, 49, 4294967295, 116, 171, 34, 28, 4294967295, 216, 33, 85, 176, 89,
            26, 161, 52, 214, 212, 41, 197, 35, 168, 144, 38, 18, 71, 153, 4294967295,
            174, 239, 173, 206, 130, 142, 196, 205, 183, 66, 93, 58, 223, 4294967295, 97,
            57, 51, 117, 72, 141, 119, 222, 129, 232, 82, 194, 4294967295, 230, 31, 95,
            198, 131, 125, 75, 195, 81, 83, 102, 193, 218, 182, 133, 227, 115, 46, 29,
            208, 158, 192, 17, 43, 146, 76, 155, 62, 59, 4, 190,
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
    const PROVIDER: &'static str = "Tencent Cloud ESS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud ESS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud ESS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
