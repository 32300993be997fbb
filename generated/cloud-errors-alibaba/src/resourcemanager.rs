// @generated from catalogs/alibaba/resourcemanager.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud ResourceManager: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud ResourceManager: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `MissingParameter.HandshakeId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: handshake id.
    MissingParameterHandshakeId,
    /// `InvalidParameter.HandshakeId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: handshake id.
    InvalidParameterHandshakeId,
    /// `EntityNotExists.Handshake`: HTTP 404; retry: never; category: not_found.
    /// Entity not exists: handshake.
    EntityNotExistsHandshake,
    /// `SpecifiedResourceDirectoryNotExists`: HTTP 404; retry: never; category: not_found.
    /// Specified resource directory not exists.
    SpecifiedResourceDirectoryNotExists,
    /// `HandshakeStatusMismatch`: HTTP 409; retry: never; category: aborted.
    /// Handshake status mismatch.
    HandshakeStatusMismatch,
    /// `NotSupport.AccountInAnotherResourceDirectory`: HTTP 409; retry: never; category: aborted.
    /// Not support: account in another resource directory.
    NotSupportAccountInAnotherResourceDirectory,
    /// `Invalid.AccountType`: HTTP 409; retry: never; category: aborted.
    /// Invalid: account type.
    InvalidAccountType,
    /// `NotSupport.Account.RealNameType`: HTTP 409; retry: never; category: aborted.
    /// Not support: account, real name type.
    NotSupportAccountRealNameType,
    /// `EntityNotExists.Target`: HTTP 404; retry: never; category: not_found.
    /// Entity not exists: target.
    EntityNotExistsTarget,
    /// `InvalidParameter.PolicyType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: policy type.
    InvalidParameterPolicyType,
    /// `EntityNotExist.Policy`: HTTP 404; retry: never; category: not_found.
    /// Entity not exist: policy.
    EntityNotExistPolicy,
    /// `EntityNotExists.ResourceGroup`: HTTP 404; retry: never; category: not_found.
    /// Entity not exists: resource group.
    EntityNotExistsResourceGroup,
    /// `Invalid.ResourceGroup.Status`: HTTP 409; retry: never; category: aborted.
    /// Invalid: resource group, status.
    InvalidResourceGroupStatus,
    /// `NotSupport.Site.Action`: HTTP 400; retry: never; category: invalid_argument.
    /// Not support: site, action.
    NotSupportSiteAction,
    /// `Invalid.EnterpriseName`: HTTP 409; retry: never; category: aborted.
    /// Invalid: enterprise name.
    InvalidEnterpriseName,
    /// `EnterpriseRealNameVerificationError`: HTTP 409; retry: never; category: aborted.
    /// Enterprise real name verification error.
    EnterpriseRealNameVerificationError,
    /// `EntityAlreadyExists.ResourceDirectory`: HTTP 409; retry: never; category: aborted.
    /// Entity already exists: resource directory.
    EntityAlreadyExistsResourceDirectory,
    /// `Invalid.VerificationCode`: HTTP 409; retry: never; category: aborted.
    /// Invalid: verification code.
    InvalidVerificationCode,
    /// `AccountTypeMismatch`: HTTP 409; retry: never; category: aborted.
    /// Account type mismatch.
    AccountTypeMismatch,
    /// `AccountSecureMobileAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Account secure mobile already exists.
    AccountSecureMobileAlreadyExists,
    /// `CallerIdentityError`: HTTP 409; retry: never; category: aborted.
    /// Caller identity error.
    CallerIdentityError,
    /// `EntityNotExists.EmailModifyRecord`: HTTP 404; retry: never; category: not_found.
    /// Entity not exists: email modify record.
    EntityNotExistsEmailModifyRecord,
    /// `EntityNotExists.ResourceDirectory`: HTTP 404; retry: never; category: not_found.
    /// Entity not exists: resource directory.
    EntityNotExistsResourceDirectory,
    /// `EntityNotExists.Account`: HTTP 404; retry: never; category: not_found.
    /// Entity not exists: account.
    EntityNotExistsAccount,
    /// `MissingParameter.RecordId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: record id.
    MissingParameterRecordId,
    /// `EntityNotExists.AccountRecord`: HTTP 404; retry: never; category: not_found.
    /// Entity not exists: account record.
    EntityNotExistsAccountRecord,
    /// `AccountTypeOrStatusMismatch`: HTTP 409; retry: never; category: aborted.
    /// Account type or status mismatch.
    AccountTypeOrStatusMismatch,
    /// `NotSupportedOperation.Account.EmailModify`: HTTP 400; retry: never; category: invalid_argument.
    /// Not supported operation: account, email modify.
    NotSupportedOperationAccountEmailModify,
    /// `MissingParameter.AccountId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: account id.
    MissingParameterAccountId,
    /// `InvalidParameter.AccountId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: account id.
    InvalidParameterAccountId,
    /// `InvalidControlPolicyEnablementStatus`: HTTP 409; retry: never; category: aborted.
    /// Invalid control policy enablement status.
    InvalidControlPolicyEnablementStatus,
    /// `NoLicense.ResourceDirectory`: HTTP 409; retry: never; category: aborted.
    /// No license: resource directory.
    NoLicenseResourceDirectory,
    /// `UnknownError.Account`: HTTP 409; retry: backoff; category: internal.
    /// An unknown error occurred: account.
    UnknownErrorAccount,
    /// `CallerIdentityError.DeleteAccount`: HTTP 409; retry: never; category: aborted.
    /// Caller identity error: delete account.
    CallerIdentityErrorDeleteAccount,
    /// `RemoveConfilctAccountAsDelegatedAdministator`: HTTP 409; retry: never; category: aborted.
    /// Remove confilct account as delegated administator.
    RemoveConfilctAccountAsDelegatedAdministator,
    /// `LegalEntityDifferent`: HTTP 409; retry: never; category: aborted.
    /// Legal entity different.
    LegalEntityDifferent,
    /// `MemberTypeError.DeleteAccount`: HTTP 409; retry: never; category: aborted.
    /// Member type error: delete account.
    MemberTypeErrorDeleteAccount,
    /// `MissingParameter.Account.DisplayName`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: account, display name.
    MissingParameterAccountDisplayName,
    /// `InvalidParameter.Account.DisplayName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: account, display name.
    InvalidParameterAccountDisplayName,
    /// `InvalidParameter.Account.DisplayName.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: account, display name, length.
    InvalidParameterAccountDisplayNameLength,
    /// `InvalidParameter.ParentFolderId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: parent folder id.
    InvalidParameterParentFolderId,
    /// `MissingParameter.Email`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: email.
    MissingParameterEmail,
    /// `InvalidParameter.Email`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: email.
    InvalidParameterEmail,
    /// `EntityNotExists.Folder`: HTTP 404; retry: never; category: not_found.
    /// Entity not exists: folder.
    EntityNotExistsFolder,
    /// `LimitExceeded.Account`: HTTP 409; retry: never; category: aborted.
    /// Limit exceeded: account.
    LimitExceededAccount,
    /// `InvalidParameter.Account.DisplayName.AlreadyUsed`: HTTP 409; retry: never; category: invalid_argument.
    /// A parameter is invalid: account, display name, already used.
    InvalidParameterAccountDisplayNameAlreadyUsed,
    /// `EntityAlreadyExists.ResourceDirectory.Account`: HTTP 409; retry: never; category: aborted.
    /// Entity already exists: resource directory, account.
    EntityAlreadyExistsResourceDirectoryAccount,
    /// `InvalidParameter.Email.AlreadyUsed`: HTTP 409; retry: never; category: invalid_argument.
    /// A parameter is invalid: email, already used.
    InvalidParameterEmailAlreadyUsed,
    /// `Invalid.PayRelation`: HTTP 409; retry: never; category: aborted.
    /// Invalid: pay relation.
    InvalidPayRelation,
    /// `NotSupport.PayerAccountInAnotherResourceDirectory`: HTTP 409; retry: never; category: aborted.
    /// Not support: payer account in another resource directory.
    NotSupportPayerAccountInAnotherResourceDirectory,
    /// `CreateAccountDisabled`: HTTP 409; retry: never; category: aborted.
    /// Create account disabled.
    CreateAccountDisabled,
    /// `PaymentAccountEnterpriseVerifyError`: HTTP 409; retry: never; category: aborted.
    /// Payment account enterprise verify error.
    PaymentAccountEnterpriseVerifyError,
    /// `PaymentAccountFinancialRelationshipVerifyError`: HTTP 409; retry: never; category: aborted.
    /// Payment account financial relationship verify error.
    PaymentAccountFinancialRelationshipVerifyError,
    /// `PaymentAccountEnterpriseTypeError`: HTTP 409; retry: never; category: aborted.
    /// Payment account enterprise type error.
    PaymentAccountEnterpriseTypeError,
    /// `PaymentAccountFinancialRelationshipsChangeFrequencyVerifyError`: HTTP 409; retry: never; category: aborted.
    /// Payment account financial relationships change frequency verify error.
    PaymentAccountFinancialRelationshipsChangeFrequencyVerifyError,
    /// `MemberAccountVirtualCloudOperatorVerifyError`: HTTP 409; retry: never; category: aborted.
    /// Member account virtual cloud operator verify error.
    MemberAccountVirtualCloudOperatorVerifyError,
    /// `MemberAccountResellerVerifyError`: HTTP 409; retry: never; category: aborted.
    /// Member account reseller verify error.
    MemberAccountResellerVerifyError,
    /// `PaymentAccountVirtualCloudOperatorVerifyError`: HTTP 409; retry: never; category: aborted.
    /// Payment account virtual cloud operator verify error.
    PaymentAccountVirtualCloudOperatorVerifyError,
    /// `PaymentAccountResellerVerifyError`: HTTP 409; retry: never; category: aborted.
    /// Payment account reseller verify error.
    PaymentAccountResellerVerifyError,
    /// `PaymentAccountCreditIdentityTypeError`: HTTP 409; retry: never; category: aborted.
    /// Payment account credit identity type error.
    PaymentAccountCreditIdentityTypeError,
    /// `InconsistentEnterpriseNameError`: HTTP 409; retry: never; category: aborted.
    /// Inconsistent enterprise name error.
    InconsistentEnterpriseNameError,
    /// `PaymentAccountEnterpriseInvoiceError`: HTTP 409; retry: never; category: aborted.
    /// Payment account enterprise invoice error.
    PaymentAccountEnterpriseInvoiceError,
    /// `UnknownFinancialError`: HTTP 409; retry: never; category: aborted.
    /// Unknown financial error.
    UnknownFinancialError,
    /// `InvalidParameter.PolicyDocument.Length`: HTTP 400, 409; retry: never; category: invalid_argument.
    /// A parameter is invalid: policy document, length.
    InvalidParameterPolicyDocumentLength,
    /// `MissingParameter.Folder.Name`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: folder, name.
    MissingParameterFolderName,
    /// `InvalidParameter.Folder.Name`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: folder, name.
    InvalidParameterFolderName,
    /// `InvalidParameter.Folder.Name.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: folder, name, length.
    InvalidParameterFolderNameLength,
    /// `InvalidParameter.Folder.Name.AlreadyUsed`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: folder, name, already used.
    InvalidParameterFolderNameAlreadyUsed,
    /// `LimitExceeded.Folder.Depth`: HTTP 409; retry: never; category: aborted.
    /// Limit exceeded: folder, depth.
    LimitExceededFolderDepth,
    /// `QuotaExceeded.Folder.Count`: HTTP 409; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: folder, count.
    QuotaExceededFolderCount,
    /// `InvalidParameter.PolicyName.InvalidChars`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: policy name, invalid chars.
    InvalidParameterPolicyNameInvalidChars,
    /// `InvalidParameter.PolicyName.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: policy name, length.
    InvalidParameterPolicyNameLength,
    /// `InvalidParameter.Description.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: description, length.
    InvalidParameterDescriptionLength,
    /// `MalformedPolicyDocument`: HTTP 409; retry: never; category: aborted.
    /// Malformed policy document.
    MalformedPolicyDocument,
    /// `EntityAlreadyExists.Policy`: HTTP 409; retry: never; category: aborted.
    /// Entity already exists: policy.
    EntityAlreadyExistsPolicy,
    /// `LimitExceeded.Policy`: HTTP 409; retry: never; category: aborted.
    /// Limit exceeded: policy.
    LimitExceededPolicy,
    /// `LimitExceeded.Policy.Version`: HTTP 409; retry: never; category: aborted.
    /// Limit exceeded: policy, version.
    LimitExceededPolicyVersion,
    /// `InvalidParameter.Account.AccountNamePrefix`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: account, account name prefix.
    InvalidParameterAccountAccountNamePrefix,
    /// `InvalidParameter.Account.AccountNamePrefix.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: account, account name prefix, length.
    InvalidParameterAccountAccountNamePrefixLength,
    /// `BusinessRestricted`: HTTP 409; retry: never; category: aborted.
    /// Business restricted.
    BusinessRestricted,
    /// `InvalidParameter.Name.InvalidChars`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: name, invalid chars.
    InvalidParameterNameInvalidChars,
    /// `InvalidParameter.Name.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: name, length.
    InvalidParameterNameLength,
    /// `InvalidParameter.DisplayName.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: display name, length.
    InvalidParameterDisplayNameLength,
    /// `MissingParameter.DisplayName`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: display name.
    MissingParameterDisplayName,
    /// `InvalidParameter.DisplayName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: display name.
    InvalidParameterDisplayName,
    /// `LimitExceeded.ResourceGroup`: HTTP 409; retry: never; category: aborted.
    /// Limit exceeded: resource group.
    LimitExceededResourceGroup,
    /// `InvalidParameter.RoleName.InvalidChars`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: role name, invalid chars.
    InvalidParameterRoleNameInvalidChars,
    /// `InvalidParameter.RoleName.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: role name, length.
    InvalidParameterRoleNameLength,
    /// `InvalidParameter.AssumeRolePolicyDocument.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: assume role policy document, length.
    InvalidParameterAssumeRolePolicyDocumentLength,
    /// `EntityAlreadyExists.Role`: HTTP 409; retry: never; category: aborted.
    /// Entity already exists: role.
    EntityAlreadyExistsRole,
    /// `LimitExceeded.Role`: HTTP 409; retry: never; category: aborted.
    /// Limit exceeded: role.
    LimitExceededRole,
    /// `InvalidParameter.CustomSuffix.NotAllowed`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: custom suffix, not allowed.
    InvalidParameterCustomSuffixNotAllowed,
    /// `InvalidParameter.CustomSuffix.InvalidChars`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: custom suffix, invalid chars.
    InvalidParameterCustomSuffixInvalidChars,
    /// `InvalidParameter.CustomSuffix.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: custom suffix, length.
    InvalidParameterCustomSuffixLength,
    /// `InvalidParameter.Description.NotAllowed`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: description, not allowed.
    InvalidParameterDescriptionNotAllowed,
    /// `EntityNotExist.Service`: HTTP 404; retry: never; category: not_found.
    /// Entity not exist: service.
    EntityNotExistService,
    /// `AccountNotExist.DeleteAccount`: HTTP 409; retry: never; category: aborted.
    /// Account not exist: delete account.
    AccountNotExistDeleteAccount,
    /// `NotSupport.HasPayerAccount`: HTTP 409; retry: never; category: aborted.
    /// Not support: has payer account.
    NotSupportHasPayerAccount,
    /// `NotSupportedOperation.DeletingAccount`: HTTP 409; retry: never; category: aborted.
    /// Not supported operation: deleting account.
    NotSupportedOperationDeletingAccount,
    /// `NotSupportedOperation.CheckingAccount`: HTTP 409; retry: never; category: aborted.
    /// Not supported operation: checking account.
    NotSupportedOperationCheckingAccount,
    /// `MissingParameter.FolderId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: folder id.
    MissingParameterFolderId,
    /// `InvalidParameter.FolderId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: folder id.
    InvalidParameterFolderId,
    /// `DeleteConflict.Folder.SubFolder`: HTTP 409; retry: never; category: aborted.
    /// Delete conflict: folder, sub folder.
    DeleteConflictFolderSubFolder,
    /// `DeleteConflict.Folder.Account`: HTTP 409; retry: never; category: aborted.
    /// Delete conflict: folder, account.
    DeleteConflictFolderAccount,
    /// `DeleteConflict.Policy.User`: HTTP 409; retry: never; category: aborted.
    /// Delete conflict: policy, user.
    DeleteConflictPolicyUser,
    /// `DeleteConflict.Policy.Group`: HTTP 409; retry: never; category: aborted.
    /// Delete conflict: policy, group.
    DeleteConflictPolicyGroup,
    /// `DeleteConflict.Policy.Version`: HTTP 409; retry: never; category: aborted.
    /// Delete conflict: policy, version.
    DeleteConflictPolicyVersion,
    /// `InvalidParameter.VersionId.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: version id, format.
    InvalidParameterVersionIdFormat,
    /// `EntityNotExist.Policy.Version`: HTTP 404; retry: never; category: not_found.
    /// Entity not exist: policy, version.
    EntityNotExistPolicyVersion,
    /// `DeleteConflict.Policy.Version.Default`: HTTP 409; retry: never; category: aborted.
    /// Delete conflict: policy, version, default.
    DeleteConflictPolicyVersionDefault,
    /// `InvalidParameter.ResourceGroupId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource group id.
    InvalidParameterResourceGroupId,
    /// `DeleteConflict.ResourceGroup.Resource`: HTTP 409; retry: never; category: aborted.
    /// Delete conflict: resource group, resource.
    DeleteConflictResourceGroupResource,
    /// `EntityNotExist.Role`: HTTP 404; retry: never; category: not_found.
    /// Entity not exist: role.
    EntityNotExistRole,
    /// `DeleteConflict.Role.Policy`: HTTP 409; retry: never; category: aborted.
    /// Delete conflict: role, policy.
    DeleteConflictRolePolicy,
    /// `EntityNotExist.ServiceLinkedRole`: HTTP 404; retry: never; category: not_found.
    /// Entity not exist: service linked role.
    EntityNotExistServiceLinkedRole,
    /// `InvalidParameter.ServicePrincipal`: HTTP 409; retry: never; category: invalid_argument.
    /// A parameter is invalid: service principal.
    InvalidParameterServicePrincipal,
    /// `AccountNotRegistered`: HTTP 409; retry: never; category: aborted.
    /// Account not registered.
    AccountNotRegistered,
    /// `DeleteConflict.ResourceDirectory.Account`: HTTP 409; retry: never; category: aborted.
    /// Delete conflict: resource directory, account.
    DeleteConflictResourceDirectoryAccount,
    /// `NotSupport.DetachLastControlPolicy`: HTTP 400; retry: never; category: invalid_argument.
    /// Not support: detach last control policy.
    NotSupportDetachLastControlPolicy,
    /// `UnsupportedOperation.RepeatDisableAssociatedTransferSetting`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported operation: repeat disable associated transfer setting.
    UnsupportedOperationRepeatDisableAssociatedTransferSetting,
    /// `UnsupportedOperation.DisableAssociatedTransferSetting`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported operation: disable associated transfer setting.
    UnsupportedOperationDisableAssociatedTransferSetting,
    /// `EntityExists.AssociatedTransferTasks`: HTTP 400; retry: never; category: invalid_argument.
    /// Entity exists: associated transfer tasks.
    EntityExistsAssociatedTransferTasks,
    /// `UnsupportedOperation.RepeatEnableAssociatedTransferSetting`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported operation: repeat enable associated transfer setting.
    UnsupportedOperationRepeatEnableAssociatedTransferSetting,
    /// `Throttling.EnableControlPolicy`: HTTP 409; retry: backoff; category: resource_exhausted.
    /// The request was throttled: enable control policy.
    ThrottlingEnableControlPolicy,
    /// `InvalidParameter.ManagementAccountName.AlreadyUsed`: HTTP 409; retry: never; category: invalid_argument.
    /// A parameter is invalid: management account name, already used.
    InvalidParameterManagementAccountNameAlreadyUsed,
    /// `InvalidParameter.ManagementAccountName`: HTTP 409; retry: never; category: invalid_argument.
    /// A parameter is invalid: management account name.
    InvalidParameterManagementAccountName,
    /// `InvalidParameter.ManagementAccountSecurityInfo`: HTTP 409; retry: never; category: invalid_argument.
    /// A parameter is invalid: management account security info.
    InvalidParameterManagementAccountSecurityInfo,
    /// `MissingSecureMobilePhone`: HTTP 409; retry: never; category: aborted.
    /// Missing secure mobile phone.
    MissingSecureMobilePhone,
    /// `MissingSecurityInfo`: HTTP 409; retry: never; category: aborted.
    /// Missing security info.
    MissingSecurityInfo,
    /// `EntityNotExists.CheckAccount`: HTTP 409; retry: never; category: aborted.
    /// Entity not exists: check account.
    EntityNotExistsCheckAccount,
    /// `MissingAccountRealName`: HTTP 409; retry: never; category: aborted.
    /// Missing account real name.
    MissingAccountRealName,
    /// `NoRealNameAuthentication`: HTTP 409; retry: never; category: aborted.
    /// No real name authentication.
    NoRealNameAuthentication,
    /// `ResourceDirectoryNotInUse`: HTTP 404; retry: never; category: not_found.
    /// Resource directory not in use.
    ResourceDirectoryNotInUse,
    /// `NoPermission`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The caller has no permission.
    NoPermission,
    /// `InvalidParameter.DeletionTaskId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: deletion task id.
    InvalidParameterDeletionTaskId,
    /// `InvalidParameter.DeletionTaskId.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: deletion task id, length.
    InvalidParameterDeletionTaskIdLength,
    /// `EntityNotExist.ServiceLinkedRole.DeletionTask`: HTTP 404; retry: never; category: not_found.
    /// Entity not exist: service linked role, deletion task.
    EntityNotExistServiceLinkedRoleDeletionTask,
    /// `NotSupport.Account.Site`: HTTP 409; retry: never; category: aborted.
    /// Not support: account, site.
    NotSupportAccountSite,
    /// `MissingParameter.TargetEntity`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: target entity.
    MissingParameterTargetEntity,
    /// `InvalidParameter.TargetEntity`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: target entity.
    InvalidParameterTargetEntity,
    /// `MissingParameter.TargetType`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: target type.
    MissingParameterTargetType,
    /// `InvalidParameter.TargetType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: target type.
    InvalidParameterTargetType,
    /// `InvalidParameter.Note.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: note, length.
    InvalidParameterNoteLength,
    /// `InvalidParameter.Note`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: note.
    InvalidParameterNote,
    /// `LimitExceeded.InvitationRate`: HTTP 409; retry: never; category: aborted.
    /// Limit exceeded: invitation rate.
    LimitExceededInvitationRate,
    /// `EntityAlreadyExists.Handshake`: HTTP 409; retry: never; category: aborted.
    /// Entity already exists: handshake.
    EntityAlreadyExistsHandshake,
    /// `LegalEntityMismatch`: HTTP 409; retry: never; category: aborted.
    /// Legal entity mismatch.
    LegalEntityMismatch,
    /// `MissingParameter.ChildId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: child id.
    MissingParameterChildId,
    /// `InvalidParameter.ChildId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: child id.
    InvalidParameterChildId,
    /// `EntityNotExists.AssociatedTransferSetting`: HTTP 404; retry: never; category: not_found.
    /// Entity not exists: associated transfer setting.
    EntityNotExistsAssociatedTransferSetting,
    /// `InvalidParameter.ResourceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource ids.
    InvalidParameterResourceIds,
    /// `LimitExceeded.ResourceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Limit exceeded: resource ids.
    LimitExceededResourceIds,
    /// `MissingParameter.DestinationFolderId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: destination folder id.
    MissingParameterDestinationFolderId,
    /// `InvalidParameter.DestinationFolderId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: destination folder id.
    InvalidParameterDestinationFolderId,
    /// `SERVICE_REGION_NO_ENDPOINT`: HTTP 400; retry: never; category: invalid_argument.
    /// SERVICE REGION NO ENDPOINT.
    ServiceRegionNoEndpoint,
    /// `EntityExists.AssociatedTransferTask`: HTTP 400; retry: never; category: invalid_argument.
    /// Entity exists: associated transfer task.
    EntityExistsAssociatedTransferTask,
    /// `NotAllowMove.ExistsAssociatedTransferRule`: HTTP 400; retry: never; category: invalid_argument.
    /// Not allow move: exists associated transfer rule.
    NotAllowMoveExistsAssociatedTransferRule,
    /// `AccountAlreadyRegistered`: HTTP 409; retry: never; category: aborted.
    /// Account already registered.
    AccountAlreadyRegistered,
    /// `DelegatedAccountNumberExceeded`: HTTP 409; retry: never; category: aborted.
    /// Delegated account number exceeded.
    DelegatedAccountNumberExceeded,
    /// `CannotRegisterMasterAsDelegatedAdministrator`: HTTP 409; retry: never; category: aborted.
    /// Cannot register master as delegated administrator.
    CannotRegisterMasterAsDelegatedAdministrator,
    /// `Deny.TrustedService`: HTTP 409; retry: never; category: aborted.
    /// Deny: trusted service.
    DenyTrustedService,
    /// `LimitExceeded.Frequency`: HTTP 409; retry: never; category: aborted.
    /// Limit exceeded: frequency.
    LimitExceededFrequency,
    /// `SendValidateCodeExceedsLimitForAccount`: HTTP 409; retry: never; category: aborted.
    /// Send validate code exceeds limit for account.
    SendValidateCodeExceedsLimitForAccount,
    /// `InvalidParameter.MobileCountryCode`: HTTP 409; retry: never; category: invalid_argument.
    /// A parameter is invalid: mobile country code.
    InvalidParameterMobileCountryCode,
    /// `InvalidParameter.Status`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: status.
    InvalidParameterStatus,
    /// `MemberAccountAccessDenied`: HTTP 403; retry: never; category: permission_denied.
    /// Member account access denied.
    MemberAccountAccessDenied,
    /// `MissingDisplayNameOrAccountType`: HTTP 409; retry: never; category: aborted.
    /// Missing display name or account type.
    MissingDisplayNameOrAccountType,
    /// `PrimaryAkInUse`: HTTP 409; retry: never; category: aborted.
    /// Primary ak in use.
    PrimaryAkInUse,
    /// `UnsupportedOperation.UpdateAssociatedTransferRuleSetting`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported operation: update associated transfer rule setting.
    UnsupportedOperationUpdateAssociatedTransferRuleSetting,
    /// `EntityNotExists.AssociatedTransferRule`: HTTP 404; retry: never; category: not_found.
    /// Entity not exists: associated transfer rule.
    EntityNotExistsAssociatedTransferRule,
    /// `InvalidParameter.NewPolicyDocument.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: new policy document, length.
    InvalidParameterNewPolicyDocumentLength,
    /// `InvalidParameter.NewAssumeRolePolicyDocument.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: new assume role policy document, length.
    InvalidParameterNewAssumeRolePolicyDocumentLength,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 172] = [
        "MissingParameter.HandshakeId",
        "InvalidParameter.HandshakeId",
        "EntityNotExists.Handshake",
        "SpecifiedResourceDirectoryNotExists",
        "HandshakeStatusMismatch",
        "NotSupport.AccountInAnotherResourceDirectory",
        "Invalid.AccountType",
        "NotSupport.Account.RealNameType",
        "EntityNotExists.Target",
        "InvalidParameter.PolicyType",
        "EntityNotExist.Policy",
        "EntityNotExists.ResourceGroup",
        "Invalid.ResourceGroup.Status",
        "NotSupport.Site.Action",
        "Invalid.EnterpriseName",
        "EnterpriseRealNameVerificationError",
        "EntityAlreadyExists.ResourceDirectory",
        "Invalid.VerificationCode",
        "AccountTypeMismatch",
        "AccountSecureMobileAlreadyExists",
        "CallerIdentityError",
        "EntityNotExists.EmailModifyRecord",
        "EntityNotExists.ResourceDirectory",
        "EntityNotExists.Account",
        "MissingParameter.RecordId",
        "EntityNotExists.AccountRecord",
        "AccountTypeOrStatusMismatch",
        "NotSupportedOperation.Account.EmailModify",
        "MissingParameter.AccountId",
        "InvalidParameter.AccountId",
        "InvalidControlPolicyEnablementStatus",
        "NoLicense.ResourceDirectory",
        "UnknownError.Account",
        "CallerIdentityError.DeleteAccount",
        "RemoveConfilctAccountAsDelegatedAdministator",
        "LegalEntityDifferent",
        "MemberTypeError.DeleteAccount",
        "MissingParameter.Account.DisplayName",
        "InvalidParameter.Account.DisplayName",
        "InvalidParameter.Account.DisplayName.Length",
        "InvalidParameter.ParentFolderId",
        "MissingParameter.Email",
        "InvalidParameter.Email",
        "EntityNotExists.Folder",
        "LimitExceeded.Account",
        "InvalidParameter.Account.DisplayName.AlreadyUsed",
        "EntityAlreadyExists.ResourceDirectory.Account",
        "InvalidParameter.Email.AlreadyUsed",
        "Invalid.PayRelation",
        "NotSupport.PayerAccountInAnotherResourceDirectory",
        "CreateAccountDisabled",
        "PaymentAccountEnterpriseVerifyError",
        "PaymentAccountFinancialRelationshipVerifyError",
        "PaymentAccountEnterpriseTypeError",
        "PaymentAccountFinancialRelationshipsChangeFrequencyVerifyError",
        "MemberAccountVirtualCloudOperatorVerifyError",
        "MemberAccountResellerVerifyError",
        "PaymentAccountVirtualCloudOperatorVerifyError",
        "PaymentAccountResellerVerifyError",
        "PaymentAccountCreditIdentityTypeError",
        "InconsistentEnterpriseNameError",
        "PaymentAccountEnterpriseInvoiceError",
        "UnknownFinancialError",
        "InvalidParameter.PolicyDocument.Length",
        "MissingParameter.Folder.Name",
        "InvalidParameter.Folder.Name",
        "InvalidParameter.Folder.Name.Length",
        "InvalidParameter.Folder.Name.AlreadyUsed",
        "LimitExceeded.Folder.Depth",
        "QuotaExceeded.Folder.Count",
        "InvalidParameter.PolicyName.InvalidChars",
        "InvalidParameter.PolicyName.Length",
        "InvalidParameter.Description.Length",
        "MalformedPolicyDocument",
        "EntityAlreadyExists.Policy",
        "LimitExceeded.Policy",
        "LimitExceeded.Policy.Version",
        "InvalidParameter.Account.AccountNamePrefix",
        "InvalidParameter.Account.AccountNamePrefix.Length",
        "BusinessRestricted",
        "InvalidParameter.Name.InvalidChars",
        "InvalidParameter.Name.Length",
        "InvalidParameter.DisplayName.Length",
        "MissingParameter.DisplayName",
        "InvalidParameter.DisplayName",
        "LimitExceeded.ResourceGroup",
        "InvalidParameter.RoleName.InvalidChars",
        "InvalidParameter.RoleName.Length",
        "InvalidParameter.AssumeRolePolicyDocument.Length",
        "EntityAlreadyExists.Role",
        "LimitExceeded.Role",
        "InvalidParameter.CustomSuffix.NotAllowed",
        "InvalidParameter.CustomSuffix.InvalidChars",
        "InvalidParameter.CustomSuffix.Length",
        "InvalidParameter.Description.NotAllowed",
        "EntityNotExist.Service",
        "AccountNotExist.DeleteAccount",
        "NotSupport.HasPayerAccount",
        "NotSupportedOperation.DeletingAccount",
        "NotSupportedOperation.CheckingAccount",
        "MissingParameter.FolderId",
        "InvalidParameter.FolderId",
        "DeleteConflict.Folder.SubFolder",
        "DeleteConflict.Folder.Account",
        "DeleteConflict.Policy.User",
        "DeleteConflict.Policy.Group",
        "DeleteConflict.Policy.Version",
        "InvalidParameter.VersionId.Format",
        "EntityNotExist.Policy.Version",
        "DeleteConflict.Policy.Version.Default",
        "InvalidParameter.ResourceGroupId",
        "DeleteConflict.ResourceGroup.Resource",
        "EntityNotExist.Role",
        "DeleteConflict.Role.Policy",
        "EntityNotExist.ServiceLinkedRole",
        "InvalidParameter.ServicePrincipal",
        "AccountNotRegistered",
        "DeleteConflict.ResourceDirectory.Account",
        "NotSupport.DetachLastControlPolicy",
        "UnsupportedOperation.RepeatDisableAssociatedTransferSetting",
        "UnsupportedOperation.DisableAssociatedTransferSetting",
        "EntityExists.AssociatedTransferTasks",
        "UnsupportedOperation.RepeatEnableAssociatedTransferSetting",
        "Throttling.EnableControlPolicy",
        "InvalidParameter.ManagementAccountName.AlreadyUsed",
        "InvalidParameter.ManagementAccountName",
        "InvalidParameter.ManagementAccountSecurityInfo",
        "MissingSecureMobilePhone",
        "MissingSecurityInfo",
        "EntityNotExists.CheckAccount",
        "MissingAccountRealName",
        "NoRealNameAuthentication",
        "ResourceDirectoryNotInUse",
        "NoPermission",
        "InvalidParameter.DeletionTaskId",
        "InvalidParameter.DeletionTaskId.Length",
        "EntityNotExist.ServiceLinkedRole.DeletionTask",
        "NotSupport.Account.Site",
        "MissingParameter.TargetEntity",
        "InvalidParameter.TargetEntity",
        "MissingParameter.TargetType",
        "InvalidParameter.TargetType",
        "InvalidParameter.Note.Length",
        "InvalidParameter.Note",
        "LimitExceeded.InvitationRate",
        "EntityAlreadyExists.Handshake",
        "LegalEntityMismatch",
        "MissingParameter.ChildId",
        "InvalidParameter.ChildId",
        "EntityNotExists.AssociatedTransferSetting",
        "InvalidParameter.ResourceIds",
        "LimitExceeded.ResourceIds",
        "MissingParameter.DestinationFolderId",
        "InvalidParameter.DestinationFolderId",
        "SERVICE_REGION_NO_ENDPOINT",
        "EntityExists.AssociatedTransferTask",
        "NotAllowMove.ExistsAssociatedTransferRule",
        "AccountAlreadyRegistered",
        "DelegatedAccountNumberExceeded",
        "CannotRegisterMasterAsDelegatedAdministrator",
        "Deny.TrustedService",
        "LimitExceeded.Frequency",
        "SendValidateCodeExceedsLimitForAccount",
        "InvalidParameter.MobileCountryCode",
        "InvalidParameter.Status",
        "MemberAccountAccessDenied",
        "MissingDisplayNameOrAccountType",
        "PrimaryAkInUse",
        "UnsupportedOperation.UpdateAssociatedTransferRuleSetting",
        "EntityNotExists.AssociatedTransferRule",
        "InvalidParameter.NewPolicyDocument.Length",
        "InvalidParameter.NewAssumeRolePolicyDocument.Length",
    ];
    static NAME_CODES: [u32; 1] = [154];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "ServiceRegionNoEndpoint",
        ends: &[0, 23],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "A required parameter is missing: handshake id.A parameter is invalid: handshake id.Entity not exists: handshake.Specified resource directory not exists.Handshake status mismatch.Not support: account in another resource directory.Invalid: account type.Not support: account, real name type.Entity not exists: target.A parameter is invalid: policy type.Entity not exist: policy.Entity not exists: resource group.Invalid: resource group, status.Not support: site, action.Invalid: enterprise name.Enterprise real name verification error.Entity already exists: resource directory.Invalid: verification code.Account type mismatch.Account secure mobile already exists.Caller identity error.Entity not exists: email modify record.Entity not exists: resource directory.Entity not exists: account.A required parameter is missing: record id.Entity not exists: account record.Account type or status mismatch.Not supported operation: account, email modify.A required parameter is missing: account id.A parameter is invalid: account id.Invalid control policy enablement status.No license: resource directory.An unknown error occurred: account.Caller identity error: delete account.Remove confilct account as delegated administator.Legal entity different.Member type error: delete account.A required parameter is missing: account, display name.A parameter is invalid: account, display name.A parameter is invalid: account, display name, length.A parameter is invalid: parent folder id.A required parameter is missing: email.A parameter is invalid: email.Entity not exists: folder.Limit exceeded: account.A parameter is invalid: account, display name, already used.Entity already exists: resource directory, account.A parameter is invalid: email, already used.Invalid: pay relation.Not support: payer account in another resource directory.Create account disabled.Payment account enterprise verify error.Payment account financial relationship verify error.Payment account enterprise type error.Payment account financial relationships change frequency verify error.Member account virtual cloud operator verify error.Member account reseller verify error.Payment account virtual cloud operator verify error.Payment account reseller verify error.Payment account credit identity type error.Inconsistent enterprise name error.Payment account enterprise invoice error.Unknown financial error.A parameter is invalid: policy document, length.A required parameter is missing: folder, name.A parameter is invalid: folder, name.A parameter is invalid: folder, name, length.A parameter is invalid: folder, name, already used.Limit exceeded: folder, depth.A quota was exceeded: folder, count.A parameter is invalid: policy name, invalid chars.A parameter is invalid: policy name, length.A parameter is invalid: description, length.Malformed policy document.Entity already exists: policy.Limit exceeded: policy.Limit exceeded: policy, version.A parameter is invalid: account, account name prefix.A parameter is invalid: account, account name prefix, length.Business restricted.A parameter is invalid: name, invalid chars.A parameter is invalid: name, length.A parameter is invalid: display name, length.A required parameter is missing: display name.A parameter is invalid: display name.Limit exceeded: resource group.A parameter is invalid: role name, invalid chars.A parameter is invalid: role name, length.A parameter is invalid: assume role policy document, length.Entity already exists: role.Limit exceeded: role.A parameter is invalid: custom suffix, not allowed.A parameter is invalid: custom suffix, invalid chars.A parameter is invalid: custom suffix, length.A parameter is invalid: description, not allowed.Entity not exist: service.Account not exist: delete account.Not support: has payer account.Not supported operation: deleting account.Not supported operation: checking account.A required parameter is missing: folder id.A parameter is invalid: folder id.Delete conflict: folder, sub folder.Delete conflict: folder, account.Delete conflict: policy, user.Delete conflict: policy, group.Delete conflict: policy, version.A parameter is invalid: version id, format.Entity not exist: policy, version.Delete conflict: policy, version, default.A parameter is invalid: resource group id.Delete conflict: resource group, resource.Entity not exist: role.Delete conflict: role, policy.Entity not exist: service linked role.A parameter is invalid: service principal.Account not registered.Delete conflict: resource directory, account.Not support: detach last control policy.Unsupported operation: repeat disable associated transfer setting.Unsupported operation: disable associated transfer setting.Entity exists: associated transfer tasks.Unsupported operation: repeat enable associated transfer setting.The request was throttled: enable control policy.A parameter is invalid: management account name, already used.A parameter is invalid: management account name.A parameter is invalid: management account security info.Missing secure mobile phone.Missing security info.Entity not exists: check account.Missing account real name.No real name authentication.Resource directory not in use.The caller has no permission.A parameter is invalid: deletion task id.A parameter is invalid: deletion task id, length.Entity not exist: service linked role, deletion task.Not support: account, site.A required parameter is missing: target entity.A parameter is invalid: target entity.A required parameter is missing: target type.A parameter is invalid: target type.A parameter is invalid: note, length.A parameter is invalid: note.Limit exceeded: invitation rate.Entity already exists: handshake.Legal entity mismatch.A required parameter is missing: child id.A parameter is invalid: child id.Entity not exists: associated transfer setting.A parameter is invalid: resource ids.Limit exceeded: resource ids.A required parameter is missing: destination folder id.A parameter is invalid: destination folder id.SERVICE REGION NO ENDPOINT.Entity exists: associated transfer task.Not allow move: exists associated transfer rule.Account already registered.Delegated account number exceeded.Cannot register master as delegated administrator.Deny: trusted service.Limit exceeded: frequency.Send validate code exceeds limit for account.A parameter is invalid: mobile country code.A parameter is invalid: status.Member account access denied.Missing display name or account type.Primary ak in use.Unsupported operation: update associated transfer rule setting.Entity not exists: associated transfer rule.A parameter is invalid: new policy document, length.A parameter is invalid: new assume role policy document, length.",
        ends: &[
            0, 46, 83, 112, 152, 178, 229, 251, 288, 314, 350, 375, 409, 441, 467, 492,
            532, 574, 601, 623, 660, 682, 721, 759, 786, 829, 863, 895, 942, 986, 1021,
            1062, 1093, 1128, 1166, 1216, 1239, 1273, 1328, 1374, 1428, 1469, 1508, 1538,
            1564, 1588, 1648, 1699, 1743, 1765, 1822, 1846, 1886, 1938, 1976, 2046, 2097,
            2134, 2186, 2224, 2267, 2302, 2343, 2367, 2415, 2461, 2498, 2543, 2594, 2624,
            2660, 2711, 2755, 2799, 2825, 2855, 2878, 2910, 2963, 3024, 3044, 3088, 3125,
            3170, 3216, 3253, 3284, 3333, 3375, 3435, 3463, 3484, 3535, 3588, 3634, 3683,
            3709, 3743, 3774, 3816, 3858, 3901, 3935, 3971, 4004, 4034, 4065, 4098, 4141,
            4175, 4217, 4259, 4301, 4324, 4354, 4392, 4434, 4457, 4502, 4542, 4608, 4667,
            4708, 4773, 4822, 4884, 4932, 4989, 5017, 5039, 5072, 5098, 5126, 5156, 5185,
            5226, 5275, 5328, 5355, 5402, 5440, 5485, 5521, 5558, 5587, 5619, 5652, 5674,
            5716, 5749, 5796, 5833, 5862, 5917, 5963, 5990, 6030, 6078, 6105, 6139, 6189,
            6211, 6237, 6282, 6326, 6357, 6386, 6423, 6441, 6504, 6548, 6600, 6664,
        ],
    };
    static STATUSES: [u16; 173] = [
        400, 400, 404, 404, 409, 409, 409, 409, 404, 400, 404, 404, 409, 400, 409, 409,
        409, 409, 409, 409, 409, 404, 404, 404, 400, 404, 409, 400, 400, 400, 409, 409,
        409, 409, 409, 409, 409, 400, 400, 400, 400, 400, 400, 404, 409, 409, 409, 409,
        409, 409, 409, 409, 409, 409, 409, 409, 409, 409, 409, 409, 409, 409, 409, 400,
        409, 400, 400, 400, 400, 409, 409, 400, 400, 400, 409, 409, 409, 409, 400, 400,
        409, 400, 400, 400, 400, 400, 409, 400, 400, 400, 409, 409, 400, 400, 400, 400,
        404, 409, 409, 409, 409, 400, 400, 409, 409, 409, 409, 409, 400, 404, 409, 400,
        409, 404, 409, 404, 409, 409, 409, 400, 400, 400, 400, 400, 409, 409, 409, 409,
        409, 409, 409, 409, 409, 404, 403, 400, 400, 404, 409, 400, 400, 400, 400, 400,
        400, 409, 409, 409, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 409, 409,
        409, 409, 409, 409, 409, 400, 403, 409, 409, 400, 404, 400, 400,
    ];
    static STATUS_ENDS: [u32; 173] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
        63, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,
        84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102,
        103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118,
        119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134,
        135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150,
        151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166,
        167, 168, 169, 170, 171, 172, 173,
    ];
    static RETRY: [::cloud_errors::Retry; 172] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 172] = ::cloud_errors::__private::category_column(
        b"cceejjjjeceejcjjjjjjjeeecejcccjjmjjjjccccccejcjcjjjjjjjjjjjjjjjcccccjhcccjjjjccjcccccjcccjjccccejjjjccjjjjjcejcjejecjjccccchcccjjjjjegccejccccccjjjccecccccccjjjjjjccgjjcecc",
    );
    static PILOTS: [u16; 43] = [
        0, 14, 0, 1, 8, 9, 18, 6, 49, 36, 0, 30, 0, 19, 0, 126, 13, 42, 2, 12, 4, 92, 3,
        77, 17, 20, 224, 1, 3, 0, 93, 155, 0, 111, 3, 20, 0, 14, 25, 61, 42, 226, 28,
    ];
    static SLOTS: [(&str, u32); 191] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            98, 39, 54, 159, 4294967295, 20, 132, 130, 81, 171, 32, 21, 128, 154, 79, 89,
            151, 78, 59, 163, 145, 34, 3, 112, 53, 166, 65, 110, 87, 5, 164, 10, 101, 40,
            33, 95, 114, 103, 107, 140, 125, 1, 36, 144, 45, 158, 52, 7, 106, 136, 28,
            4294967295, 92, 27, 15, 68, 58, 4294967295, 156, 4294967295, 113, 150, 22,
            71, 16, 80, 4294967295, 126, 44, 90, 48, 141, 49, 168, 35, 9, 37, 137, 25,
            42, 4294967295, 160, 93, 61, 51, 94, 148, 84, 4294967295, 56, 104, 153, 41,
            4294967295, 4294967295, 69, 108, 83, 76, 29, 0, 14, 123, 4294967295, 120, 85,
            129, 82, 131, 169, 170, 73, 18, 6, 138, 2, 116, 46, 135, 91, 11, 152, 146,
            119, 55, 121, 88, 19, 57, 24, 134, 13, 165, 8, 70, 4294967295, 4294967295,
            147, 38, 43, 155, 102, 105, 4294967295, 64, 167, 115, 96, 143, 99,
            4294967295, 30, 66, 86, 97, 122, 100, 162, 127, 133, 4294967295, 17,
            4294967295, 31, 117, 4294967295, 50, 118, 26, 4294967295, 157, 161, 4, 75,
            60, 74, 139, 77, 12, 142, 72, 111, 67, 62, 124, 109, 149, 23, 4294967295, 63,
            47,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
        descriptions_en: &DESCRIPTIONS_EN,
        statuses: &STATUSES,
        status_ends: &STATUS_ENDS,
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
        unsafe impl Code, ::cloud_errors::alibaba::Code
    );
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Alibaba Cloud ResourceManager";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud ResourceManager's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud ResourceManager: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
