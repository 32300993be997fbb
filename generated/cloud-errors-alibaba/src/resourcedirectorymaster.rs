// @generated from catalogs/alibaba/resourcedirectorymaster.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud ResourceDirectoryMaster: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud ResourceDirectoryMaster: a variant per documented code,
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
    /// `MissingParameter.Name`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: name.
    MissingParameterName,
    /// `InvalidParameter.Name`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: name.
    InvalidParameterName,
    /// `InvalidParameter.Name.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: name, length.
    InvalidParameterNameLength,
    /// `InvalidParameter.Name.AlreadyUsed`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: name, already used.
    InvalidParameterNameAlreadyUsed,
    /// `MissingParameter.EmailAddress`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: email address.
    MissingParameterEmailAddress,
    /// `InvalidParameter.EmailAddress`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: email address.
    InvalidParameterEmailAddress,
    /// `MissingParameter.PhoneNumber`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: phone number.
    MissingParameterPhoneNumber,
    /// `InvalidParameter.PhoneNumber`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: phone number.
    InvalidParameterPhoneNumber,
    /// `MissingParameter.Title`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: title.
    MissingParameterTitle,
    /// `InvalidParameter.Title`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: title.
    InvalidParameterTitle,
    /// `MissingParameter.MessageTypes`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: message types.
    MissingParameterMessageTypes,
    /// `InvalidParameter.MessageTypes`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: message types.
    InvalidParameterMessageTypes,
    /// `LimitExceeded.Contacts`: HTTP 400; retry: never; category: invalid_argument.
    /// Limit exceeded: contacts.
    LimitExceededContacts,
    /// `InvalidParameter.MobileCountryCode`: HTTP 400, 409; retry: never; category: invalid_argument.
    /// A parameter is invalid: mobile country code.
    InvalidParameterMobileCountryCode,
    /// `InvalidParameter.EmailAddress.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: email address, length.
    InvalidParameterEmailAddressLength,
    /// `ConcurrentCallNotSupported`: HTTP 429; retry: never; category: resource_exhausted.
    /// Concurrent call not supported.
    ConcurrentCallNotSupported,
    /// `InvalidParameter.ContactId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: contact id.
    InvalidParameterContactId,
    /// `MissingParameter.ContactId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: contact id.
    MissingParameterContactId,
    /// `InvalidParameter.Members`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: members.
    InvalidParameterMembers,
    /// `InvalidParameter.Members.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: members, duplicate.
    InvalidParameterMembersDuplicate,
    /// `LimitExceeded.ContactMembers`: HTTP 400; retry: never; category: invalid_argument.
    /// Limit exceeded: contact members.
    LimitExceededContactMembers,
    /// `InvalidMember`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid member.
    InvalidMember,
    /// `ContactStatusMismatchAction`: HTTP 400; retry: never; category: invalid_argument.
    /// Contact status mismatch action.
    ContactStatusMismatchAction,
    /// `EntityNotExists.Contact`: HTTP 404; retry: never; category: not_found.
    /// Entity not exists: contact.
    EntityNotExistsContact,
    /// `EntityNotExists.Target`: HTTP 404; retry: never; category: not_found.
    /// Entity not exists: target.
    EntityNotExistsTarget,
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
    /// `NotSupportedOperation.Account.EmailModify`: HTTP 400; retry: never; category: invalid_argument.
    /// Not supported operation: account, email modify.
    NotSupportedOperationAccountEmailModify,
    /// `NotSupport.InvitedAccount`: HTTP 400; retry: never; category: invalid_argument.
    /// Not support: invited account.
    NotSupportInvitedAccount,
    /// `MissingParameter.AccountId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: account id.
    MissingParameterAccountId,
    /// `InvalidParameter.AccountId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: account id.
    InvalidParameterAccountId,
    /// `AccountTypeOrStatusMismatch`: HTTP 409; retry: never; category: aborted.
    /// Account type or status mismatch.
    AccountTypeOrStatusMismatch,
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
    /// `InvalidParameter.PolicyDocument.Length`: HTTP 409; retry: never; category: invalid_argument.
    /// A parameter is invalid: policy document, length.
    InvalidParameterPolicyDocumentLength,
    /// `InvalidParameter.ParentFolderId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: parent folder id.
    InvalidParameterParentFolderId,
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
    /// `EntityNotExists.Folder`: HTTP 404; retry: never; category: not_found.
    /// Entity not exists: folder.
    EntityNotExistsFolder,
    /// `LimitExceeded.Folder.Depth`: HTTP 409; retry: never; category: aborted.
    /// Limit exceeded: folder, depth.
    LimitExceededFolderDepth,
    /// `QuotaExceeded.Folder.Count`: HTTP 409; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: folder, count.
    QuotaExceededFolderCount,
    /// `MissingParameter.Account.DisplayName`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: account, display name.
    MissingParameterAccountDisplayName,
    /// `InvalidParameter.Account.DisplayName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: account, display name.
    InvalidParameterAccountDisplayName,
    /// `InvalidParameter.Account.DisplayName.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: account, display name, length.
    InvalidParameterAccountDisplayNameLength,
    /// `InvalidParameter.Account.AccountNamePrefix`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: account, account name prefix.
    InvalidParameterAccountAccountNamePrefix,
    /// `InvalidParameter.Account.AccountNamePrefix.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: account, account name prefix, length.
    InvalidParameterAccountAccountNamePrefixLength,
    /// `LimitExceeded.Account`: HTTP 409; retry: never; category: aborted.
    /// Limit exceeded: account.
    LimitExceededAccount,
    /// `InvalidParameter.Account.DisplayName.AlreadyUsed`: HTTP 409; retry: never; category: invalid_argument.
    /// A parameter is invalid: account, display name, already used.
    InvalidParameterAccountDisplayNameAlreadyUsed,
    /// `EntityAlreadyExists.ResourceDirectory.Account`: HTTP 409; retry: never; category: aborted.
    /// Entity already exists: resource directory, account.
    EntityAlreadyExistsResourceDirectoryAccount,
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
    /// `BusinessRestricted`: HTTP 409; retry: never; category: aborted.
    /// Business restricted.
    BusinessRestricted,
    /// `FundAccountHasArrearsAmount`: HTTP 409; retry: never; category: aborted.
    /// Fund account has arrears amount.
    FundAccountHasArrearsAmount,
    /// `FundAccountOwnerPayedByOthers`: HTTP 409; retry: never; category: aborted.
    /// Fund account owner payed by others.
    FundAccountOwnerPayedByOthers,
    /// `UserOwnFundAccountPayForOthers`: HTTP 409; retry: never; category: aborted.
    /// User own fund account pay for others.
    UserOwnFundAccountPayForOthers,
    /// `EcoRelationCheckFailed`: HTTP 409; retry: never; category: aborted.
    /// Eco relation check failed.
    EcoRelationCheckFailed,
    /// `NotSupport.SettingResellAccountType`: HTTP 409; retry: never; category: aborted.
    /// Not support: setting resell account type.
    NotSupportSettingResellAccountType,
    /// `AccountNotExist.DeleteAccount`: HTTP 409; retry: never; category: aborted.
    /// Account not exist: delete account.
    AccountNotExistDeleteAccount,
    /// `ExistProcessingDeleteFlow.DeleteAccount`: HTTP 409; retry: never; category: aborted.
    /// Exist processing delete flow: delete account.
    ExistProcessingDeleteFlowDeleteAccount,
    /// `CreditControlBlock.DeleteAccount`: HTTP 409; retry: never; category: aborted.
    /// Credit control block: delete account.
    CreditControlBlockDeleteAccount,
    /// `SpBlock.DeleteAccount`: HTTP 409; retry: never; category: aborted.
    /// Sp block: delete account.
    SpBlockDeleteAccount,
    /// `PeripheralError.DeleteAccount`: HTTP 409; retry: never; category: aborted.
    /// Peripheral error: delete account.
    PeripheralErrorDeleteAccount,
    /// `ExistPrepaidInstance.DeleteAccount`: HTTP 409; retry: never; category: aborted.
    /// Exist prepaid instance: delete account.
    ExistPrepaidInstanceDeleteAccount,
    /// `ForbidDelete.Account`: HTTP 409; retry: never; category: aborted.
    /// Forbid delete: account.
    ForbidDeleteAccount,
    /// `QuotaExceeded.DeleteAccount`: HTTP 409; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: delete account.
    QuotaExceededDeleteAccount,
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
    /// `InvalidParameter.Members.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: members, length.
    InvalidParameterMembersLength,
    /// `QuotaExceeded.Members`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: members.
    QuotaExceededMembers,
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
    /// `NotSupport.Account.Site`: HTTP 409; retry: never; category: aborted.
    /// Not support: account, site.
    NotSupportAccountSite,
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
    /// `EntityAlreadyExists.ResourceDir.Account`: HTTP 409; retry: never; category: aborted.
    /// Entity already exists: resource dir, account.
    EntityAlreadyExistsResourceDirAccount,
    /// `LimitExceeded.Invitation.InvalidTarget`: HTTP 409; retry: never; category: aborted.
    /// Limit exceeded: invitation, invalid target.
    LimitExceededInvitationInvalidTarget,
    /// `LegalEntityMismatch`: HTTP 409; retry: never; category: aborted.
    /// Legal entity mismatch.
    LegalEntityMismatch,
    /// `MissingParameter.ChildId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: child id.
    MissingParameterChildId,
    /// `InvalidParameter.ChildId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: child id.
    InvalidParameterChildId,
    /// `InvalidParameter.Member`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: member.
    InvalidParameterMember,
    /// `EntityNotExists.Member`: HTTP 404; retry: never; category: not_found.
    /// Entity not exists: member.
    EntityNotExistsMember,
    /// `MissingParameter.DestinationFolderId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: destination folder id.
    MissingParameterDestinationFolderId,
    /// `InvalidParameter.DestinationFolderId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: destination folder id.
    InvalidParameterDestinationFolderId,
    /// `MemberAccountOperationNotAllowed`: HTTP 403; retry: never; category: permission_denied.
    /// Member account operation not allowed.
    MemberAccountOperationNotAllowed,
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
    /// `EntityNotExists.Contact.Verification`: HTTP 404; retry: never; category: not_found.
    /// Entity not exists: contact, verification.
    EntityNotExistsContactVerification,
    /// `SendValidateCodeExceedsLimitForAccount`: HTTP 409; retry: never; category: aborted.
    /// Send validate code exceeds limit for account.
    SendValidateCodeExceedsLimitForAccount,
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
    /// `InvalidParameter.NewPolicyDocument.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: new policy document, length.
    InvalidParameterNewPolicyDocumentLength,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 152] = [
        "MissingParameter.HandshakeId",
        "InvalidParameter.HandshakeId",
        "EntityNotExists.Handshake",
        "SpecifiedResourceDirectoryNotExists",
        "HandshakeStatusMismatch",
        "NotSupport.AccountInAnotherResourceDirectory",
        "Invalid.AccountType",
        "NotSupport.Account.RealNameType",
        "MissingParameter.Name",
        "InvalidParameter.Name",
        "InvalidParameter.Name.Length",
        "InvalidParameter.Name.AlreadyUsed",
        "MissingParameter.EmailAddress",
        "InvalidParameter.EmailAddress",
        "MissingParameter.PhoneNumber",
        "InvalidParameter.PhoneNumber",
        "MissingParameter.Title",
        "InvalidParameter.Title",
        "MissingParameter.MessageTypes",
        "InvalidParameter.MessageTypes",
        "LimitExceeded.Contacts",
        "InvalidParameter.MobileCountryCode",
        "InvalidParameter.EmailAddress.Length",
        "ConcurrentCallNotSupported",
        "InvalidParameter.ContactId",
        "MissingParameter.ContactId",
        "InvalidParameter.Members",
        "InvalidParameter.Members.Duplicate",
        "LimitExceeded.ContactMembers",
        "InvalidMember",
        "ContactStatusMismatchAction",
        "EntityNotExists.Contact",
        "EntityNotExists.Target",
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
        "NotSupportedOperation.Account.EmailModify",
        "NotSupport.InvitedAccount",
        "MissingParameter.AccountId",
        "InvalidParameter.AccountId",
        "AccountTypeOrStatusMismatch",
        "InvalidControlPolicyEnablementStatus",
        "NoLicense.ResourceDirectory",
        "UnknownError.Account",
        "CallerIdentityError.DeleteAccount",
        "RemoveConfilctAccountAsDelegatedAdministator",
        "LegalEntityDifferent",
        "MemberTypeError.DeleteAccount",
        "InvalidParameter.PolicyDocument.Length",
        "InvalidParameter.ParentFolderId",
        "MissingParameter.Folder.Name",
        "InvalidParameter.Folder.Name",
        "InvalidParameter.Folder.Name.Length",
        "InvalidParameter.Folder.Name.AlreadyUsed",
        "EntityNotExists.Folder",
        "LimitExceeded.Folder.Depth",
        "QuotaExceeded.Folder.Count",
        "MissingParameter.Account.DisplayName",
        "InvalidParameter.Account.DisplayName",
        "InvalidParameter.Account.DisplayName.Length",
        "InvalidParameter.Account.AccountNamePrefix",
        "InvalidParameter.Account.AccountNamePrefix.Length",
        "LimitExceeded.Account",
        "InvalidParameter.Account.DisplayName.AlreadyUsed",
        "EntityAlreadyExists.ResourceDirectory.Account",
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
        "BusinessRestricted",
        "FundAccountHasArrearsAmount",
        "FundAccountOwnerPayedByOthers",
        "UserOwnFundAccountPayForOthers",
        "EcoRelationCheckFailed",
        "NotSupport.SettingResellAccountType",
        "AccountNotExist.DeleteAccount",
        "ExistProcessingDeleteFlow.DeleteAccount",
        "CreditControlBlock.DeleteAccount",
        "SpBlock.DeleteAccount",
        "PeripheralError.DeleteAccount",
        "ExistPrepaidInstance.DeleteAccount",
        "ForbidDelete.Account",
        "QuotaExceeded.DeleteAccount",
        "MissingParameter.FolderId",
        "InvalidParameter.FolderId",
        "DeleteConflict.Folder.SubFolder",
        "DeleteConflict.Folder.Account",
        "InvalidParameter.ServicePrincipal",
        "AccountNotRegistered",
        "DeleteConflict.ResourceDirectory.Account",
        "NotSupport.DetachLastControlPolicy",
        "InvalidParameter.Members.Length",
        "QuotaExceeded.Members",
        "Throttling.EnableControlPolicy",
        "InvalidParameter.ManagementAccountName.AlreadyUsed",
        "InvalidParameter.ManagementAccountName",
        "InvalidParameter.ManagementAccountSecurityInfo",
        "MissingSecureMobilePhone",
        "MissingSecurityInfo",
        "NotSupport.Account.Site",
        "EntityNotExists.CheckAccount",
        "MissingAccountRealName",
        "NoRealNameAuthentication",
        "ResourceDirectoryNotInUse",
        "MissingParameter.TargetEntity",
        "InvalidParameter.TargetEntity",
        "MissingParameter.TargetType",
        "InvalidParameter.TargetType",
        "InvalidParameter.Note.Length",
        "InvalidParameter.Note",
        "LimitExceeded.InvitationRate",
        "EntityAlreadyExists.Handshake",
        "EntityAlreadyExists.ResourceDir.Account",
        "LimitExceeded.Invitation.InvalidTarget",
        "LegalEntityMismatch",
        "MissingParameter.ChildId",
        "InvalidParameter.ChildId",
        "InvalidParameter.Member",
        "EntityNotExists.Member",
        "MissingParameter.DestinationFolderId",
        "InvalidParameter.DestinationFolderId",
        "MemberAccountOperationNotAllowed",
        "AccountAlreadyRegistered",
        "DelegatedAccountNumberExceeded",
        "CannotRegisterMasterAsDelegatedAdministrator",
        "Deny.TrustedService",
        "EntityNotExists.Contact.Verification",
        "SendValidateCodeExceedsLimitForAccount",
        "InvalidParameter.Status",
        "MemberAccountAccessDenied",
        "MissingDisplayNameOrAccountType",
        "PrimaryAkInUse",
        "InvalidParameter.NewPolicyDocument.Length",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "A required parameter is missing: handshake id.A parameter is invalid: handshake id.Entity not exists: handshake.Specified resource directory not exists.Handshake status mismatch.Not support: account in another resource directory.Invalid: account type.Not support: account, real name type.A required parameter is missing: name.A parameter is invalid: name.A parameter is invalid: name, length.A parameter is invalid: name, already used.A required parameter is missing: email address.A parameter is invalid: email address.A required parameter is missing: phone number.A parameter is invalid: phone number.A required parameter is missing: title.A parameter is invalid: title.A required parameter is missing: message types.A parameter is invalid: message types.Limit exceeded: contacts.A parameter is invalid: mobile country code.A parameter is invalid: email address, length.Concurrent call not supported.A parameter is invalid: contact id.A required parameter is missing: contact id.A parameter is invalid: members.A parameter is invalid: members, duplicate.Limit exceeded: contact members.Invalid member.Contact status mismatch action.Entity not exists: contact.Entity not exists: target.Not support: site, action.Invalid: enterprise name.Enterprise real name verification error.Entity already exists: resource directory.Invalid: verification code.Account type mismatch.Account secure mobile already exists.Caller identity error.Entity not exists: email modify record.Entity not exists: resource directory.Entity not exists: account.Not supported operation: account, email modify.Not support: invited account.A required parameter is missing: account id.A parameter is invalid: account id.Account type or status mismatch.Invalid control policy enablement status.No license: resource directory.An unknown error occurred: account.Caller identity error: delete account.Remove confilct account as delegated administator.Legal entity different.Member type error: delete account.A parameter is invalid: policy document, length.A parameter is invalid: parent folder id.A required parameter is missing: folder, name.A parameter is invalid: folder, name.A parameter is invalid: folder, name, length.A parameter is invalid: folder, name, already used.Entity not exists: folder.Limit exceeded: folder, depth.A quota was exceeded: folder, count.A required parameter is missing: account, display name.A parameter is invalid: account, display name.A parameter is invalid: account, display name, length.A parameter is invalid: account, account name prefix.A parameter is invalid: account, account name prefix, length.Limit exceeded: account.A parameter is invalid: account, display name, already used.Entity already exists: resource directory, account.Invalid: pay relation.Not support: payer account in another resource directory.Create account disabled.Payment account enterprise verify error.Payment account financial relationship verify error.Payment account enterprise type error.Payment account financial relationships change frequency verify error.Member account virtual cloud operator verify error.Member account reseller verify error.Payment account virtual cloud operator verify error.Payment account reseller verify error.Payment account credit identity type error.Inconsistent enterprise name error.Payment account enterprise invoice error.Unknown financial error.Business restricted.Fund account has arrears amount.Fund account owner payed by others.User own fund account pay for others.Eco relation check failed.Not support: setting resell account type.Account not exist: delete account.Exist processing delete flow: delete account.Credit control block: delete account.Sp block: delete account.Peripheral error: delete account.Exist prepaid instance: delete account.Forbid delete: account.A quota was exceeded: delete account.A required parameter is missing: folder id.A parameter is invalid: folder id.Delete conflict: folder, sub folder.Delete conflict: folder, account.A parameter is invalid: service principal.Account not registered.Delete conflict: resource directory, account.Not support: detach last control policy.A parameter is invalid: members, length.A quota was exceeded: members.The request was throttled: enable control policy.A parameter is invalid: management account name, already used.A parameter is invalid: management account name.A parameter is invalid: management account security info.Missing secure mobile phone.Missing security info.Not support: account, site.Entity not exists: check account.Missing account real name.No real name authentication.Resource directory not in use.A required parameter is missing: target entity.A parameter is invalid: target entity.A required parameter is missing: target type.A parameter is invalid: target type.A parameter is invalid: note, length.A parameter is invalid: note.Limit exceeded: invitation rate.Entity already exists: handshake.Entity already exists: resource dir, account.Limit exceeded: invitation, invalid target.Legal entity mismatch.A required parameter is missing: child id.A parameter is invalid: child id.A parameter is invalid: member.Entity not exists: member.A required parameter is missing: destination folder id.A parameter is invalid: destination folder id.Member account operation not allowed.Account already registered.Delegated account number exceeded.Cannot register master as delegated administrator.Deny: trusted service.Entity not exists: contact, verification.Send validate code exceeds limit for account.A parameter is invalid: status.Member account access denied.Missing display name or account type.Primary ak in use.A parameter is invalid: new policy document, length.",
        ends: &[
            0, 46, 83, 112, 152, 178, 229, 251, 288, 326, 355, 392, 435, 482, 520, 566,
            603, 642, 672, 719, 757, 782, 826, 872, 902, 937, 981, 1013, 1056, 1088,
            1103, 1134, 1161, 1187, 1213, 1238, 1278, 1320, 1347, 1369, 1406, 1428, 1467,
            1505, 1532, 1579, 1608, 1652, 1687, 1719, 1760, 1791, 1826, 1864, 1914, 1937,
            1971, 2019, 2060, 2106, 2143, 2188, 2239, 2265, 2295, 2331, 2386, 2432, 2486,
            2539, 2600, 2624, 2684, 2735, 2757, 2814, 2838, 2878, 2930, 2968, 3038, 3089,
            3126, 3178, 3216, 3259, 3294, 3335, 3359, 3379, 3411, 3446, 3483, 3509, 3550,
            3584, 3629, 3666, 3691, 3724, 3763, 3786, 3823, 3866, 3900, 3936, 3969, 4011,
            4034, 4079, 4119, 4159, 4189, 4238, 4300, 4348, 4405, 4433, 4455, 4482, 4515,
            4541, 4569, 4599, 4646, 4684, 4729, 4765, 4802, 4831, 4863, 4896, 4941, 4984,
            5006, 5048, 5081, 5112, 5138, 5193, 5239, 5276, 5303, 5337, 5387, 5409, 5450,
            5495, 5526, 5555, 5592, 5610, 5662,
        ],
    };
    static STATUSES: [u16; 153] = [
        400, 400, 404, 404, 409, 409, 409, 409, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 409, 400, 429, 400, 400, 400, 400, 400, 400, 400,
        404, 404, 400, 409, 409, 409, 409, 409, 409, 409, 404, 404, 404, 400, 400, 400,
        400, 409, 409, 409, 409, 409, 409, 409, 409, 409, 400, 400, 400, 400, 400, 404,
        409, 409, 400, 400, 400, 400, 400, 409, 409, 409, 409, 409, 409, 409, 409, 409,
        409, 409, 409, 409, 409, 409, 409, 409, 409, 409, 409, 409, 409, 409, 409, 409,
        409, 409, 409, 409, 409, 409, 409, 400, 400, 409, 409, 409, 409, 409, 400, 400,
        400, 409, 409, 409, 409, 409, 409, 409, 409, 409, 409, 404, 400, 400, 400, 400,
        400, 400, 409, 409, 409, 409, 409, 400, 400, 400, 404, 400, 400, 403, 409, 409,
        409, 409, 404, 409, 400, 403, 409, 409, 400,
    ];
    static STATUS_ENDS: [u32; 153] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23,
        24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,
        44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
        64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,
        84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102,
        103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118,
        119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134,
        135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150,
        151, 152, 153,
    ];
    static RETRY: [::cloud_errors::Retry; 152] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaacbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 152] = ::cloud_errors::__private::category_column(
        b"cceejjjjccccccccccccccchccccccceecjjjjjjjeeeccccjjjmjjjjccccccejhcccccjcjjjjjjjjjjjjjjjjjjjjjjjjjjjjjhccjjcjjcchhcccjjjjjjeccccccjjjjjccceccgjjjjejcgjjc",
    );
    static PILOTS: [u16; 38] = [
        9, 13, 7, 28, 4, 5, 1, 37, 42, 3, 10, 44, 5, 108, 46, 142, 3, 21, 70, 0, 1, 5,
        10, 9, 0, 13, 1, 165, 33, 1, 2, 14, 1, 21, 43, 26, 33, 43,
    ];
    static SLOTS: [(&str, u32); 168] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            14, 41, 134, 9, 118, 29, 4294967295, 141, 26, 17, 4294967295, 38, 103, 71,
            137, 4294967295, 74, 65, 47, 0, 28, 37, 130, 108, 107, 93, 83, 145, 53, 135,
            75, 4, 124, 129, 132, 87, 6, 2, 4294967295, 60, 36, 34, 84, 4294967295, 11,
            42, 55, 78, 109, 46, 73, 117, 40, 4294967295, 96, 32, 50, 126, 5, 4294967295,
            133, 97, 43, 90, 39, 4294967295, 91, 56, 33, 70, 27, 62, 72, 44, 79, 16, 66,
            86, 21, 25, 61, 99, 4294967295, 128, 85, 4294967295, 59, 8, 7, 22, 110, 48,
            35, 15, 45, 80, 113, 77, 52, 51, 20, 4294967295, 148, 31, 81, 19, 120, 143,
            68, 114, 127, 63, 54, 116, 4294967295, 104, 4294967295, 12, 150, 3, 18, 67,
            101, 151, 125, 10, 122, 139, 100, 82, 102, 64, 4294967295, 88, 123, 69, 105,
            112, 49, 95, 142, 136, 147, 4294967295, 98, 131, 23, 89, 30, 115, 57, 106,
            13, 138, 111, 121, 1, 92, 144, 76, 4294967295, 24, 58, 94, 149, 146, 140, 119,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
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
    const PROVIDER: &'static str = "Alibaba Cloud ResourceDirectoryMaster";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud ResourceDirectoryMaster's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud ResourceDirectoryMaster: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
