// @generated from catalogs/tencent/organization_v20210331.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud ORGANIZATION v20210331: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud ORGANIZATION v20210331: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AccountAlreadyRegister`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: account already register.
    FailedOperationAccountAlreadyRegister,
    /// `FailedOperation.ApplyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: apply exist.
    FailedOperationApplyExist,
    /// `FailedOperation.AuthInfoEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: auth info empty.
    FailedOperationAuthInfoEmpty,
    /// `FailedOperation.AuthInfoNotSame`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: auth info not same.
    FailedOperationAuthInfoNotSame,
    /// `FailedOperation.AuthNotEnterprise`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: auth not enterprise.
    FailedOperationAuthNotEnterprise,
    /// `FailedOperation.BindEmailLinkExpired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: bind email link expired.
    FailedOperationBindEmailLinkExpired,
    /// `FailedOperation.BindEmailLinkInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: bind email link invalid.
    FailedOperationBindEmailLinkInvalid,
    /// `FailedOperation.ChangePermissionRecordExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: change permission record exist.
    FailedOperationChangePermissionRecordExist,
    /// `FailedOperation.CheckAccountPhoneBindLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: check account phone bind limit.
    FailedOperationCheckAccountPhoneBindLimit,
    /// `FailedOperation.CheckMailAccount`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: check mail account.
    FailedOperationCheckMailAccount,
    /// `FailedOperation.ConfigurationOverUpperLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: configuration over upper limit.
    FailedOperationConfigurationOverUpperLimit,
    /// `FailedOperation.CreateAccount`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create account.
    FailedOperationCreateAccount,
    /// `FailedOperation.CreateBillingPermissionErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create billing permission err.
    FailedOperationCreateBillingPermissionErr,
    /// `FailedOperation.CreateMemberAuthOverLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create member auth over limit.
    FailedOperationCreateMemberAuthOverLimit,
    /// `FailedOperation.CreatePolicy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create policy.
    FailedOperationCreatePolicy,
    /// `FailedOperation.CreateRecordAlreadySuccess`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create record already success.
    FailedOperationCreateRecordAlreadySuccess,
    /// `FailedOperation.CreateRecordNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create record not exist.
    FailedOperationCreateRecordNotExist,
    /// `FailedOperation.CreateRole`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create role.
    FailedOperationCreateRole,
    /// `FailedOperation.CustomPolicyOverUpperLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: custom policy over upper limit.
    FailedOperationCustomPolicyOverUpperLimit,
    /// `FailedOperation.DBOperationError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DB operation error.
    FailedOperationDbOperationError,
    /// `FailedOperation.DecodeMetadataDocumentFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: decode metadata document failed.
    FailedOperationDecodeMetadataDocumentFailed,
    /// `FailedOperation.DelegatedAdminCannotModifyPolicy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delegated admin cannot modify policy.
    FailedOperationDelegatedAdminCannotModifyPolicy,
    /// `FailedOperation.DeleteGroupNotAllowExistUser`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete group not allow exist user.
    FailedOperationDeleteGroupNotAllowExistUser,
    /// `FailedOperation.DeletePolicy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete policy.
    FailedOperationDeletePolicy,
    /// `FailedOperation.DescribeOrgServiceUsageStatusErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe org service usage status err.
    FailedOperationDescribeOrgServiceUsageStatusErr,
    /// `FailedOperation.DisableQuitSelfCreatedOrganization`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: disable quit self created organization.
    FailedOperationDisableQuitSelfCreatedOrganization,
    /// `FailedOperation.EmailAlreadyUsed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: email already used.
    FailedOperationEmailAlreadyUsed,
    /// `FailedOperation.EmailBindRecordInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: email bind record invalid.
    FailedOperationEmailBindRecordInvalid,
    /// `FailedOperation.ExistOtherOrganizationMemberShared`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: exist other organization member shared.
    FailedOperationExistOtherOrganizationMemberShared,
    /// `FailedOperation.ExistShareMemberNotInOrganization`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: exist share member not in organization.
    FailedOperationExistShareMemberNotInOrganization,
    /// `FailedOperation.GetAccountRegion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get account region.
    FailedOperationGetAccountRegion,
    /// `FailedOperation.GetAuthInfo`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get auth info.
    FailedOperationGetAuthInfo,
    /// `FailedOperation.GetPolicyDetail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get policy detail.
    FailedOperationGetPolicyDetail,
    /// `FailedOperation.GroupOverUpperLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: group over upper limit.
    FailedOperationGroupOverUpperLimit,
    /// `FailedOperation.GroupTypeUserTypeNotMatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: group type user type not match.
    FailedOperationGroupTypeUserTypeNotMatch,
    /// `FailedOperation.GroupUserCountOverUpperLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: group user count over upper limit.
    FailedOperationGroupUserCountOverUpperLimit,
    /// `FailedOperation.HasDifferentResourceType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: has different resource type.
    FailedOperationHasDifferentResourceType,
    /// `FailedOperation.IdentityCenterAlreadyOpen`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: identity center already open.
    FailedOperationIdentityCenterAlreadyOpen,
    /// `FailedOperation.IdentityCenterNotAuth`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: identity center not auth.
    FailedOperationIdentityCenterNotAuth,
    /// `FailedOperation.IdentityCenterNotEnterpriseAuth`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: identity center not enterprise auth.
    FailedOperationIdentityCenterNotEnterpriseAuth,
    /// `FailedOperation.IdentityCenterNotOpen`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: identity center not open.
    FailedOperationIdentityCenterNotOpen,
    /// `FailedOperation.IdentityCenterNotOrganizationManager`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: identity center not organization manager.
    FailedOperationIdentityCenterNotOrganizationManager,
    /// `FailedOperation.IdentityCenterOrganizationNotOpen`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: identity center organization not open.
    FailedOperationIdentityCenterOrganizationNotOpen,
    /// `FailedOperation.ImportFileIllegal`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: import file illegal.
    FailedOperationImportFileIllegal,
    /// `FailedOperation.InvitationExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invitation exist.
    FailedOperationInvitationExist,
    /// `FailedOperation.ManualGroupNotDelete`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: manual group not delete.
    FailedOperationManualGroupNotDelete,
    /// `FailedOperation.ManualGroupNotUpdate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: manual group not update.
    FailedOperationManualGroupNotUpdate,
    /// `FailedOperation.ManualUserNotDelete`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: manual user not delete.
    FailedOperationManualUserNotDelete,
    /// `FailedOperation.ManualUserNotUpdate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: manual user not update.
    FailedOperationManualUserNotUpdate,
    /// `FailedOperation.MemberAccountDeregisterPending`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: member account deregister pending.
    FailedOperationMemberAccountDeregisterPending,
    /// `FailedOperation.MemberBindEmailError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: member bind email error.
    FailedOperationMemberBindEmailError,
    /// `FailedOperation.MemberBindPhoneError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: member bind phone error.
    FailedOperationMemberBindPhoneError,
    /// `FailedOperation.MemberEmailExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: member email exist.
    FailedOperationMemberEmailExist,
    /// `FailedOperation.MemberExistDelegatePayerNotAllowDelete`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: member exist delegate payer not allow delete.
    FailedOperationMemberExistDelegatePayerNotAllowDelete,
    /// `FailedOperation.MemberExistInOtherOrganization`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: member exist in other organization.
    FailedOperationMemberExistInOtherOrganization,
    /// `FailedOperation.MemberIdentityAuthUsed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: member identity auth used.
    FailedOperationMemberIdentityAuthUsed,
    /// `FailedOperation.MemberIsDelegatePayerNotAllowDelete`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: member is delegate payer not allow delete.
    FailedOperationMemberIsDelegatePayerNotAllowDelete,
    /// `FailedOperation.MemberNameUsed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: member name used.
    FailedOperationMemberNameUsed,
    /// `FailedOperation.MemberPolicyNameExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: member policy name exist.
    FailedOperationMemberPolicyNameExist,
    /// `FailedOperation.MemberShareResource`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: member share resource.
    FailedOperationMemberShareResource,
    /// `FailedOperation.MetadataCosParsingFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: metadata cos parsing failed.
    FailedOperationMetadataCosParsingFailed,
    /// `FailedOperation.NodeNotEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: node not empty.
    FailedOperationNodeNotEmpty,
    /// `FailedOperation.NotSameRegion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not same region.
    FailedOperationNotSameRegion,
    /// `FailedOperation.OperateBillingPermissionErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: operate billing permission err.
    FailedOperationOperateBillingPermissionErr,
    /// `FailedOperation.OperatePolicy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: operate policy.
    FailedOperationOperatePolicy,
    /// `FailedOperation.OrgMemberPolicyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: org member policy exist.
    FailedOperationOrgMemberPolicyExist,
    /// `FailedOperation.OrganizationAuthManageNotAllowDelete`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization auth manage not allow delete.
    FailedOperationOrganizationAuthManageNotAllowDelete,
    /// `FailedOperation.OrganizationAuthRelationExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization auth relation exist.
    FailedOperationOrganizationAuthRelationExist,
    /// `FailedOperation.OrganizationDetachLastPolicyError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization detach last policy error.
    FailedOperationOrganizationDetachLastPolicyError,
    /// `FailedOperation.OrganizationDetachPolicyError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization detach policy error.
    FailedOperationOrganizationDetachPolicyError,
    /// `FailedOperation.OrganizationExistAlready`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization exist already.
    FailedOperationOrganizationExistAlready,
    /// `FailedOperation.OrganizationIdentityInUsed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization identity in used.
    FailedOperationOrganizationIdentityInUsed,
    /// `FailedOperation.OrganizationIdentityNameUsed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization identity name used.
    FailedOperationOrganizationIdentityNameUsed,
    /// `FailedOperation.OrganizationIdentityPolicyError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization identity policy error.
    FailedOperationOrganizationIdentityPolicyError,
    /// `FailedOperation.OrganizationMemberExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization member exist.
    FailedOperationOrganizationMemberExist,
    /// `FailedOperation.OrganizationMemberNameUsed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization member name used.
    FailedOperationOrganizationMemberNameUsed,
    /// `FailedOperation.OrganizationMemberNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization member not exist.
    FailedOperationOrganizationMemberNotExist,
    /// `FailedOperation.OrganizationNodeDeleteOverLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization node delete over limit.
    FailedOperationOrganizationNodeDeleteOverLimit,
    /// `FailedOperation.OrganizationNodeNameUsed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization node name used.
    FailedOperationOrganizationNodeNameUsed,
    /// `FailedOperation.OrganizationNodeNotEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization node not empty.
    FailedOperationOrganizationNodeNotEmpty,
    /// `FailedOperation.OrganizationNodeNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization node not exist.
    FailedOperationOrganizationNodeNotExist,
    /// `FailedOperation.OrganizationNotEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization not empty.
    FailedOperationOrganizationNotEmpty,
    /// `FailedOperation.OrganizationPermissionIllegal`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization permission illegal.
    FailedOperationOrganizationPermissionIllegal,
    /// `FailedOperation.OrganizationPolicyIllegal`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization policy illegal.
    FailedOperationOrganizationPolicyIllegal,
    /// `FailedOperation.OrganizationPolicyInUsed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization policy in used.
    FailedOperationOrganizationPolicyInUsed,
    /// `FailedOperation.OrganizationPolicyIsNotDisabled`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization policy is not disabled.
    FailedOperationOrganizationPolicyIsNotDisabled,
    /// `FailedOperation.OrganizationPolicyIsNotEnabled`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization policy is not enabled.
    FailedOperationOrganizationPolicyIsNotEnabled,
    /// `FailedOperation.OrganizationServiceAssignIsUse`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization service assign is use.
    FailedOperationOrganizationServiceAssignIsUse,
    /// `FailedOperation.PartnerManagementErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: partner management err.
    FailedOperationPartnerManagementErr,
    /// `FailedOperation.PayUinIllegal`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: pay uin illegal.
    FailedOperationPayUinIllegal,
    /// `FailedOperation.PermissionDenied`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: permission denied.
    FailedOperationPermissionDenied,
    /// `FailedOperation.PolicyEnableInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: policy enable invalid.
    FailedOperationPolicyEnableInvalid,
    /// `FailedOperation.PolicyFull`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: policy full.
    FailedOperationPolicyFull,
    /// `FailedOperation.PolicyNameInUse`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: policy name in use.
    FailedOperationPolicyNameInUse,
    /// `FailedOperation.QuitShareUint`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: quit share uint.
    FailedOperationQuitShareUint,
    /// `FailedOperation.QuitShareUintError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: quit share uint error.
    FailedOperationQuitShareUintError,
    /// `FailedOperation.QuiteShareUnit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: quite share unit.
    FailedOperationQuiteShareUnit,
    /// `FailedOperation.ReSentInvitation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: re sent invitation.
    FailedOperationReSentInvitation,
    /// `FailedOperation.ResourceOverLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: resource over limit.
    FailedOperationResourceOverLimit,
    /// `FailedOperation.RoleConfigurationAuthorizationAlreadyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: role configuration authorization already exist.
    FailedOperationRoleConfigurationAuthorizationAlreadyExist,
    /// `FailedOperation.RoleConfigurationAuthorizationExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: role configuration authorization exist.
    FailedOperationRoleConfigurationAuthorizationExist,
    /// `FailedOperation.RoleConfigurationAuthorizationOverLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: role configuration authorization over limit.
    FailedOperationRoleConfigurationAuthorizationOverLimit,
    /// `FailedOperation.RoleConfigurationProvisioningAlreadyDeployed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: role configuration provisioning already deployed.
    FailedOperationRoleConfigurationProvisioningAlreadyDeployed,
    /// `FailedOperation.RoleConfigurationProvisioningStatusError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: role configuration provisioning status error.
    FailedOperationRoleConfigurationProvisioningStatusError,
    /// `FailedOperation.SAMLMetadataDocumentGetFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: SAML metadata document get failed.
    FailedOperationSamlMetadataDocumentGetFailed,
    /// `FailedOperation.SAMLServiceProviderCreateFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: SAML service provider create failed.
    FailedOperationSamlServiceProviderCreateFailed,
    /// `FailedOperation.SSoStatusEnableNotClearIdentityProvider`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: s so status enable not clear identity provider.
    FailedOperationSSoStatusEnableNotClearIdentityProvider,
    /// `FailedOperation.ScimCredentialGenerateError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: scim credential generate error.
    FailedOperationScimCredentialGenerateError,
    /// `FailedOperation.ShareAreaNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: share area not exist.
    FailedOperationShareAreaNotExist,
    /// `FailedOperation.ShareMemberNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: share member not exist.
    FailedOperationShareMemberNotExist,
    /// `FailedOperation.ShareNodeExisted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: share node existed.
    FailedOperationShareNodeExisted,
    /// `FailedOperation.ShareNodeNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: share node not exist.
    FailedOperationShareNodeNotExist,
    /// `FailedOperation.ShareResourceMemberInUse`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: share resource member in use.
    FailedOperationShareResourceMemberInUse,
    /// `FailedOperation.ShareResourceNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: share resource not exist.
    FailedOperationShareResourceNotExist,
    /// `FailedOperation.ShareResourceTypeNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: share resource type not exist.
    FailedOperationShareResourceTypeNotExist,
    /// `FailedOperation.ShareUnitNotEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: share unit not empty.
    FailedOperationShareUnitNotEmpty,
    /// `FailedOperation.ShareUnitNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: share unit not exist.
    FailedOperationShareUnitNotExist,
    /// `FailedOperation.SomeUinsNotInOrganization`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: some uins not in organization.
    FailedOperationSomeUinsNotInOrganization,
    /// `FailedOperation.SubAccountIdentityExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: sub account identity exist.
    FailedOperationSubAccountIdentityExist,
    /// `FailedOperation.SubAccountNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: sub account not exist.
    FailedOperationSubAccountNotExist,
    /// `FailedOperation.SynchronizedGroupNotAddUser`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: synchronized group not add user.
    FailedOperationSynchronizedGroupNotAddUser,
    /// `FailedOperation.SynchronizedGroupNotDelete`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: synchronized group not delete.
    FailedOperationSynchronizedGroupNotDelete,
    /// `FailedOperation.SynchronizedGroupNotRemoveUser`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: synchronized group not remove user.
    FailedOperationSynchronizedGroupNotRemoveUser,
    /// `FailedOperation.SynchronizedGroupNotUpdate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: synchronized group not update.
    FailedOperationSynchronizedGroupNotUpdate,
    /// `FailedOperation.SynchronizedUserNotDelete`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: synchronized user not delete.
    FailedOperationSynchronizedUserNotDelete,
    /// `FailedOperation.SynchronizedUserNotUpdate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: synchronized user not update.
    FailedOperationSynchronizedUserNotUpdate,
    /// `FailedOperation.SystemPolicyOverUpperLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: system policy over upper limit.
    FailedOperationSystemPolicyOverUpperLimit,
    /// `FailedOperation.TagResourcesError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tag resources error.
    FailedOperationTagResourcesError,
    /// `FailedOperation.UploadMetadataFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: upload metadata failed.
    FailedOperationUploadMetadataFailed,
    /// `FailedOperation.UserAddGroupCountOverUpperLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user add group count over upper limit.
    FailedOperationUserAddGroupCountOverUpperLimit,
    /// `FailedOperation.UserOverUpperLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user over upper limit.
    FailedOperationUserOverUpperLimit,
    /// `FailedOperation.UserProvisioningAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user provisioning already exists.
    FailedOperationUserProvisioningAlreadyExists,
    /// `FailedOperation.UserProvisioningExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user provisioning exists.
    FailedOperationUserProvisioningExists,
    /// `FailedOperation.UserProvisioningFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user provisioning failed.
    FailedOperationUserProvisioningFailed,
    /// `FailedOperation.UserProvisioningOverLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user provisioning over limit.
    FailedOperationUserProvisioningOverLimit,
    /// `FailedOperation.X509CertificateAlreadyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: x509 certificate already exist.
    FailedOperationX509CertificateAlreadyExist,
    /// `FailedOperation.X509CertificateLimitExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: x509 certificate limit exceeded.
    FailedOperationX509CertificateLimitExceeded,
    /// `FailedOperation.X509CertificateMinimumRequired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: x509 certificate minimum required.
    FailedOperationX509CertificateMinimumRequired,
    /// `FailedOperation.X509CertificateParsingFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: x509 certificate parsing failed.
    FailedOperationX509CertificateParsingFailed,
    /// `FailedOperation.XMLDataUnmarshalFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: XML data unmarshal failed.
    FailedOperationXmlDataUnmarshalFailed,
    /// `FailedOperation.ZoneIdNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: zone id not exist.
    FailedOperationZoneIdNotExist,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
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
    /// `InvalidParameter.AllowQuitIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: allow quit illegal.
    InvalidParameterAllowQuitIllegal,
    /// `InvalidParameter.AttachmentFull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: attachment full.
    InvalidParameterAttachmentFull,
    /// `InvalidParameter.BindPolicyNameNotAllowed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: bind policy name not allowed.
    InvalidParameterBindPolicyNameNotAllowed,
    /// `InvalidParameter.CodeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: code error.
    InvalidParameterCodeError,
    /// `InvalidParameter.CodeExpired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: code expired.
    InvalidParameterCodeExpired,
    /// `InvalidParameter.ConditionContentError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: condition content error.
    InvalidParameterConditionContentError,
    /// `InvalidParameter.ConditionError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: condition error.
    InvalidParameterConditionError,
    /// `InvalidParameter.ConditionTypeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: condition type error.
    InvalidParameterConditionTypeError,
    /// `InvalidParameter.ConfigurationNameAlreadyExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: configuration name already exists.
    InvalidParameterConfigurationNameAlreadyExists,
    /// `InvalidParameter.ConfigurationNameFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: configuration name format error.
    InvalidParameterConfigurationNameFormatError,
    /// `InvalidParameter.DescriptionLengthOverlimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: description length overlimit.
    InvalidParameterDescriptionLengthOverlimit,
    /// `InvalidParameter.EffectError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: effect error.
    InvalidParameterEffectError,
    /// `InvalidParameter.EmailAlreadyExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: email already exists.
    InvalidParameterEmailAlreadyExists,
    /// `InvalidParameter.GroupNameAlreadyExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: group name already exists.
    InvalidParameterGroupNameAlreadyExists,
    /// `InvalidParameter.GroupNameFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: group name format error.
    InvalidParameterGroupNameFormatError,
    /// `InvalidParameter.GroupNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: group not exist.
    InvalidParameterGroupNotExist,
    /// `InvalidParameter.GroupUserAlreadyExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: group user already exists.
    InvalidParameterGroupUserAlreadyExists,
    /// `InvalidParameter.GroupUserNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: group user not exist.
    InvalidParameterGroupUserNotExist,
    /// `InvalidParameter.InterfaceNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: interface not exist.
    InvalidParameterInterfaceNotExist,
    /// `InvalidParameter.InvalidEmail`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid email.
    InvalidParameterInvalidEmail,
    /// `InvalidParameter.NextTokenInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: next token invalid.
    InvalidParameterNextTokenInvalid,
    /// `InvalidParameter.NotSupportProduct`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: not support product.
    InvalidParameterNotSupportProduct,
    /// `InvalidParameter.OrganizationMemberNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: organization member not exist.
    InvalidParameterOrganizationMemberNotExist,
    /// `InvalidParameter.OrganizationMemberNotManager`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: organization member not manager.
    InvalidParameterOrganizationMemberNotManager,
    /// `InvalidParameter.OrganizationNodeNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: organization node not exist.
    InvalidParameterOrganizationNodeNotExist,
    /// `InvalidParameter.OrganizationNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: organization not exist.
    InvalidParameterOrganizationNotExist,
    /// `InvalidParameter.ParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: param error.
    InvalidParameterParamError,
    /// `InvalidParameter.PasswordIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: password illegal.
    InvalidParameterPasswordIllegal,
    /// `InvalidParameter.PolicyDocumentEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: policy document empty.
    InvalidParameterPolicyDocumentEmpty,
    /// `InvalidParameter.PolicyDocumentError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: policy document error.
    InvalidParameterPolicyDocumentError,
    /// `InvalidParameter.PolicyDocumentLengthOverLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: policy document length over limit.
    InvalidParameterPolicyDocumentLengthOverLimit,
    /// `InvalidParameter.PolicyIdNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: policy id not exist.
    InvalidParameterPolicyIdNotExist,
    /// `InvalidParameter.PolicyKeyDuplicated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: policy key duplicated.
    InvalidParameterPolicyKeyDuplicated,
    /// `InvalidParameter.PolicyNameAlreadyExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: policy name already exists.
    InvalidParameterPolicyNameAlreadyExists,
    /// `InvalidParameter.PolicyNameError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: policy name error.
    InvalidParameterPolicyNameError,
    /// `InvalidParameter.PolicyNameExisted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: policy name existed.
    InvalidParameterPolicyNameExisted,
    /// `InvalidParameter.PolicyNameSizeOverUpperLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: policy name size over upper limit.
    InvalidParameterPolicyNameSizeOverUpperLimit,
    /// `InvalidParameter.PolicyTypeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: policy type error.
    InvalidParameterPolicyTypeError,
    /// `InvalidParameter.PrincipalError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: principal error.
    InvalidParameterPrincipalError,
    /// `InvalidParameter.PrincipalQcsError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: principal qcs error.
    InvalidParameterPrincipalQcsError,
    /// `InvalidParameter.PrincipalQcsNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: principal qcs not exist.
    InvalidParameterPrincipalQcsNotExist,
    /// `InvalidParameter.PrincipalServiceNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: principal service not exist.
    InvalidParameterPrincipalServiceNotExist,
    /// `InvalidParameter.ReservedTagKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: reserved tag key.
    InvalidParameterReservedTagKey,
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
    /// `InvalidParameter.RoleConfigurationNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: role configuration not exist.
    InvalidParameterRoleConfigurationNotExist,
    /// `InvalidParameter.RolePolicyAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: role policy already exist.
    InvalidParameterRolePolicyAlreadyExist,
    /// `InvalidParameter.RolePolicyNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: role policy not exist.
    InvalidParameterRolePolicyNotExist,
    /// `InvalidParameter.ScimCredentialNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: scim credential not found.
    InvalidParameterScimCredentialNotFound,
    /// `InvalidParameter.ScimSyncStatusError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: scim sync status error.
    InvalidParameterScimSyncStatusError,
    /// `InvalidParameter.StatementError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: statement error.
    InvalidParameterStatementError,
    /// `InvalidParameter.TagError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag error.
    InvalidParameterTagError,
    /// `InvalidParameter.UnsupportedService`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: unsupported service.
    InvalidParameterUnsupportedService,
    /// `InvalidParameter.UserAlreadyExistsGroup`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: user already exists group.
    InvalidParameterUserAlreadyExistsGroup,
    /// `InvalidParameter.UserScimCredentialStatusError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: user scim credential status error.
    InvalidParameterUserScimCredentialStatusError,
    /// `InvalidParameter.UserTypeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: user type error.
    InvalidParameterUserTypeError,
    /// `InvalidParameter.UsernameAlreadyExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: username already exists.
    InvalidParameterUsernameAlreadyExists,
    /// `InvalidParameter.UsernameFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: username format error.
    InvalidParameterUsernameFormatError,
    /// `InvalidParameter.VersionError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: version error.
    InvalidParameterVersionError,
    /// `InvalidParameterValue.IdentityCenterZoneNameAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: identity center zone name already exist.
    InvalidParameterValueIdentityCenterZoneNameAlreadyExist,
    /// `InvalidParameterValue.PolicyContentInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: policy content invalid.
    InvalidParameterValuePolicyContentInvalid,
    /// `InvalidParameterValue.SSoStatusInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: s so status invalid.
    InvalidParameterValueSSoStatusInvalid,
    /// `InvalidParameterValue.X509CertificateFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: x509 certificate format error.
    InvalidParameterValueX509CertificateFormatError,
    /// `InvalidParameterValue.ZoneNameFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: zone name format error.
    InvalidParameterValueZoneNameFormatError,
    /// `LimitExceeded.AddUserToGroupLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: add user to group limit exceeded.
    LimitExceededAddUserToGroupLimitExceeded,
    /// `LimitExceeded.CreateMemberOverLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: create member over limit.
    LimitExceededCreateMemberOverLimit,
    /// `LimitExceeded.CreateOrgServiceAssignOverLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: create org service assign over limit.
    LimitExceededCreateOrgServiceAssignOverLimit,
    /// `LimitExceeded.CreateRoleAssignmentLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: create role assignment limit exceeded.
    LimitExceededCreateRoleAssignmentLimitExceeded,
    /// `LimitExceeded.CreateUserLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: create user limit exceeded.
    LimitExceededCreateUserLimitExceeded,
    /// `LimitExceeded.CreateUserSyncProvisioningLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: create user sync provisioning limit exceeded.
    LimitExceededCreateUserSyncProvisioningLimitExceeded,
    /// `LimitExceeded.EmailBindOverLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: email bind over limit.
    LimitExceededEmailBindOverLimit,
    /// `LimitExceeded.IdentityExceedLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: identity exceed limit.
    LimitExceededIdentityExceedLimit,
    /// `LimitExceeded.InvitationOverLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: invitation over limit.
    LimitExceededInvitationOverLimit,
    /// `LimitExceeded.NodeDepthExceedLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: node depth exceed limit.
    LimitExceededNodeDepthExceedLimit,
    /// `LimitExceeded.NodeExceedLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: node exceed limit.
    LimitExceededNodeExceedLimit,
    /// `LimitExceeded.OrganizationMemberOverLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: organization member over limit.
    LimitExceededOrganizationMemberOverLimit,
    /// `LimitExceeded.PhoneNumBound`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: phone num bound.
    LimitExceededPhoneNumBound,
    /// `LimitExceeded.RemoveUserFromGroupLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: remove user from group limit exceeded.
    LimitExceededRemoveUserFromGroupLimitExceeded,
    /// `LimitExceeded.ScimCredentialLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: scim credential limit exceeded.
    LimitExceededScimCredentialLimitExceeded,
    /// `LimitExceeded.SendEmailLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: send email limit.
    LimitExceededSendEmailLimit,
    /// `LimitExceeded.SendEmailWithinOneHourLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: send email within one hour limit.
    LimitExceededSendEmailWithinOneHourLimit,
    /// `LimitExceeded.ShareUnitMemberOverLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: share unit member over limit.
    LimitExceededShareUnitMemberOverLimit,
    /// `LimitExceeded.ShareUnitNodeOverLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: share unit node over limit.
    LimitExceededShareUnitNodeOverLimit,
    /// `LimitExceeded.ShareUnitResourceOverLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: share unit resource over limit.
    LimitExceededShareUnitResourceOverLimit,
    /// `LimitExceeded.TagPolicy`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: tag policy.
    LimitExceededTagPolicy,
    /// `LimitExceeded.UpdateEmailBindOverLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: update email bind over limit.
    LimitExceededUpdateEmailBindOverLimit,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.ApplyNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: apply not exist.
    ResourceNotFoundApplyNotExist,
    /// `ResourceNotFound.ChangePermissionNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: change permission not exist.
    ResourceNotFoundChangePermissionNotExist,
    /// `ResourceNotFound.EffectivePolicyNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: effective policy not found.
    ResourceNotFoundEffectivePolicyNotFound,
    /// `ResourceNotFound.EmailBindRecordNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: email bind record not exist.
    ResourceNotFoundEmailBindRecordNotExist,
    /// `ResourceNotFound.InvitationNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: invitation not exist.
    ResourceNotFoundInvitationNotExist,
    /// `ResourceNotFound.MemberEventNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: member event not exist.
    ResourceNotFoundMemberEventNotExist,
    /// `ResourceNotFound.MemberIdentityNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: member identity not exist.
    ResourceNotFoundMemberIdentityNotExist,
    /// `ResourceNotFound.MemberNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: member not exist.
    ResourceNotFoundMemberNotExist,
    /// `ResourceNotFound.MemberOperateProcessNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: member operate process not exist.
    ResourceNotFoundMemberOperateProcessNotExist,
    /// `ResourceNotFound.MemberPolicyNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: member policy not exist.
    ResourceNotFoundMemberPolicyNotExist,
    /// `ResourceNotFound.NodeNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: node not exist.
    ResourceNotFoundNodeNotExist,
    /// `ResourceNotFound.NotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: not found.
    ResourceNotFoundNotFound,
    /// `ResourceNotFound.OrganizationAuthRelationNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: organization auth relation not exist.
    ResourceNotFoundOrganizationAuthRelationNotExist,
    /// `ResourceNotFound.OrganizationIdentityNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: organization identity not exist.
    ResourceNotFoundOrganizationIdentityNotExist,
    /// `ResourceNotFound.OrganizationMemberNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: organization member not exist.
    ResourceNotFoundOrganizationMemberNotExist,
    /// `ResourceNotFound.OrganizationNodeNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: organization node not exist.
    ResourceNotFoundOrganizationNodeNotExist,
    /// `ResourceNotFound.OrganizationNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: organization not exist.
    ResourceNotFoundOrganizationNotExist,
    /// `ResourceNotFound.OrganizationServiceAssignNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: organization service assign not exist.
    ResourceNotFoundOrganizationServiceAssignNotExist,
    /// `ResourceNotFound.OrganizationServiceNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: organization service not exist.
    ResourceNotFoundOrganizationServiceNotExist,
    /// `ResourceNotFound.PolicyIdNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: policy id not found.
    ResourceNotFoundPolicyIdNotFound,
    /// `ResourceNotFound.PolicyNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: policy not exist.
    ResourceNotFoundPolicyNotExist,
    /// `ResourceNotFound.ResourceTypeNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: resource type not exist.
    ResourceNotFoundResourceTypeNotExist,
    /// `ResourceNotFound.RoleConfigurationAuthorizationNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: role configuration authorization not found.
    ResourceNotFoundRoleConfigurationAuthorizationNotFound,
    /// `ResourceNotFound.RoleConfigurationProvisioningNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: role configuration provisioning not found.
    ResourceNotFoundRoleConfigurationProvisioningNotFound,
    /// `ResourceNotFound.RoleConfigurationTaskNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: role configuration task not found.
    ResourceNotFoundRoleConfigurationTaskNotFound,
    /// `ResourceNotFound.SAMLIdentityProviderNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: SAML identity provider not found.
    ResourceNotFoundSamlIdentityProviderNotFound,
    /// `ResourceNotFound.SAMLServiceProviderNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: SAML service provider not found.
    ResourceNotFoundSamlServiceProviderNotFound,
    /// `ResourceNotFound.ServiceRoleNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: service role not exist.
    ResourceNotFoundServiceRoleNotExist,
    /// `ResourceNotFound.ShareResourceMemberNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: share resource member not exist.
    ResourceNotFoundShareResourceMemberNotExist,
    /// `ResourceNotFound.UserNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: user not exist.
    ResourceNotFoundUserNotExist,
    /// `ResourceNotFound.UserProvisioningNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: user provisioning not found.
    ResourceNotFoundUserProvisioningNotFound,
    /// `ResourceNotFound.UserProvisioningTaskNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: user provisioning task not found.
    ResourceNotFoundUserProvisioningTaskNotFound,
    /// `ResourceNotFound.X509CertificateNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: x509 certificate not found.
    ResourceNotFoundX509CertificateNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.AbnormalFinancialStatusOfAdmin`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: abnormal financial status of admin.
    UnsupportedOperationAbnormalFinancialStatusOfAdmin,
    /// `UnsupportedOperation.AbnormalFinancialStatusOfMember`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: abnormal financial status of member.
    UnsupportedOperationAbnormalFinancialStatusOfMember,
    /// `UnsupportedOperation.AddDelegatePayerNotAllow`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: add delegate payer not allow.
    UnsupportedOperationAddDelegatePayerNotAllow,
    /// `UnsupportedOperation.AddDiscountInheritNotAllow`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: add discount inherit not allow.
    UnsupportedOperationAddDiscountInheritNotAllow,
    /// `UnsupportedOperation.AdminAccountExistCICRoleConfig`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: admin account exist CIC role config.
    UnsupportedOperationAdminAccountExistCicRoleConfig,
    /// `UnsupportedOperation.AdminAccountExistCICUserConfig`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: admin account exist CIC user config.
    UnsupportedOperationAdminAccountExistCicUserConfig,
    /// `UnsupportedOperation.AgentNotSame`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: agent not same.
    UnsupportedOperationAgentNotSame,
    /// `UnsupportedOperation.CreateMemberNotAllowCreateOrganization`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: create member not allow create organization.
    UnsupportedOperationCreateMemberNotAllowCreateOrganization,
    /// `UnsupportedOperation.CreateMemberNotAllowDelete`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: create member not allow delete.
    UnsupportedOperationCreateMemberNotAllowDelete,
    /// `UnsupportedOperation.CreateMemberNotAllowQuit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: create member not allow quit.
    UnsupportedOperationCreateMemberNotAllowQuit,
    /// `UnsupportedOperation.DeleteAccountDisabled`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: delete account disabled.
    UnsupportedOperationDeleteAccountDisabled,
    /// `UnsupportedOperation.DeleteDelegatePayerNotAllow`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: delete delegate payer not allow.
    UnsupportedOperationDeleteDelegatePayerNotAllow,
    /// `UnsupportedOperation.ExistedAgent`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: existed agent.
    UnsupportedOperationExistedAgent,
    /// `UnsupportedOperation.ExistedClient`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: existed client.
    UnsupportedOperationExistedClient,
    /// `UnsupportedOperation.InconsistentUserTypes`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: inconsistent user types.
    UnsupportedOperationInconsistentUserTypes,
    /// `UnsupportedOperation.InviteAccountNotAllowDelete`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invite account not allow delete.
    UnsupportedOperationInviteAccountNotAllowDelete,
    /// `UnsupportedOperation.ManagementSystemError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: management system error.
    UnsupportedOperationManagementSystemError,
    /// `UnsupportedOperation.MemberAccountArrears`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: member account arrears.
    UnsupportedOperationMemberAccountArrears,
    /// `UnsupportedOperation.MemberAccountExistCICRoleConfig`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: member account exist CIC role config.
    UnsupportedOperationMemberAccountExistCicRoleConfig,
    /// `UnsupportedOperation.MemberAccountExistCICUserConfig`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: member account exist CIC user config.
    UnsupportedOperationMemberAccountExistCicUserConfig,
    /// `UnsupportedOperation.MemberAccountExistResource`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: member account exist resource.
    UnsupportedOperationMemberAccountExistResource,
    /// `UnsupportedOperation.MemberDiscountInheritExisted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: member discount inherit existed.
    UnsupportedOperationMemberDiscountInheritExisted,
    /// `UnsupportedOperation.MemberExistAccountLevelDiscountInherit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: member exist account level discount inherit.
    UnsupportedOperationMemberExistAccountLevelDiscountInherit,
    /// `UnsupportedOperation.MemberExistOperateProcessNotAllowDelete`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: member exist operate process not allow delete.
    UnsupportedOperationMemberExistOperateProcessNotAllowDelete,
    /// `UnsupportedOperation.MemberExistServiceNotAllowDelete`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: member exist service not allow delete.
    UnsupportedOperationMemberExistServiceNotAllowDelete,
    /// `UnsupportedOperation.MemberHasVoucher`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: member has voucher.
    UnsupportedOperationMemberHasVoucher,
    /// `UnsupportedOperation.MemberIsAgent`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: member is agent.
    UnsupportedOperationMemberIsAgent,
    /// `UnsupportedOperation.MemberIsNotClient`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: member is not client.
    UnsupportedOperationMemberIsNotClient,
    /// `UnsupportedOperation.MemberNoPayment`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: member no payment.
    UnsupportedOperationMemberNoPayment,
    /// `UnsupportedOperation.MemberNotAllowQuit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: member not allow quit.
    UnsupportedOperationMemberNotAllowQuit,
    /// `UnsupportedOperation.MemberUnsupportedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: member unsupported operation.
    UnsupportedOperationMemberUnsupportedOperation,
    /// `UnsupportedOperation.OperationForbidden`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: operation forbidden.
    UnsupportedOperationOperationForbidden,
    /// `UnsupportedOperation.OrderInProgressExisted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: order in progress existed.
    UnsupportedOperationOrderInProgressExisted,
    /// `UnsupportedOperation.OwnerDiscountInheritExisted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: owner discount inherit existed.
    UnsupportedOperationOwnerDiscountInheritExisted,
    /// `UnsupportedOperation.PayerArrearsAndNoCreditAccount`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: payer arrears and no credit account.
    UnsupportedOperationPayerArrearsAndNoCreditAccount,
    /// `UnsupportedOperation.PayerExistAccountLevelDiscountInherit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: payer exist account level discount inherit.
    UnsupportedOperationPayerExistAccountLevelDiscountInherit,
    /// `UnsupportedOperation.SecondaryDistributorSubClientExisted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: secondary distributor sub client existed.
    UnsupportedOperationSecondaryDistributorSubClientExisted,
    /// `UnsupportedOperation.SharingToOtherOrganizationMember`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: sharing to other organization member.
    UnsupportedOperationSharingToOtherOrganizationMember,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 316] = [
        "FailedOperation",
        "FailedOperation.AccountAlreadyRegister",
        "FailedOperation.ApplyExist",
        "FailedOperation.AuthInfoEmpty",
        "FailedOperation.AuthInfoNotSame",
        "FailedOperation.AuthNotEnterprise",
        "FailedOperation.BindEmailLinkExpired",
        "FailedOperation.BindEmailLinkInvalid",
        "FailedOperation.ChangePermissionRecordExist",
        "FailedOperation.CheckAccountPhoneBindLimit",
        "FailedOperation.CheckMailAccount",
        "FailedOperation.ConfigurationOverUpperLimit",
        "FailedOperation.CreateAccount",
        "FailedOperation.CreateBillingPermissionErr",
        "FailedOperation.CreateMemberAuthOverLimit",
        "FailedOperation.CreatePolicy",
        "FailedOperation.CreateRecordAlreadySuccess",
        "FailedOperation.CreateRecordNotExist",
        "FailedOperation.CreateRole",
        "FailedOperation.CustomPolicyOverUpperLimit",
        "FailedOperation.DBOperationError",
        "FailedOperation.DecodeMetadataDocumentFailed",
        "FailedOperation.DelegatedAdminCannotModifyPolicy",
        "FailedOperation.DeleteGroupNotAllowExistUser",
        "FailedOperation.DeletePolicy",
        "FailedOperation.DescribeOrgServiceUsageStatusErr",
        "FailedOperation.DisableQuitSelfCreatedOrganization",
        "FailedOperation.EmailAlreadyUsed",
        "FailedOperation.EmailBindRecordInvalid",
        "FailedOperation.ExistOtherOrganizationMemberShared",
        "FailedOperation.ExistShareMemberNotInOrganization",
        "FailedOperation.GetAccountRegion",
        "FailedOperation.GetAuthInfo",
        "FailedOperation.GetPolicyDetail",
        "FailedOperation.GroupOverUpperLimit",
        "FailedOperation.GroupTypeUserTypeNotMatch",
        "FailedOperation.GroupUserCountOverUpperLimit",
        "FailedOperation.HasDifferentResourceType",
        "FailedOperation.IdentityCenterAlreadyOpen",
        "FailedOperation.IdentityCenterNotAuth",
        "FailedOperation.IdentityCenterNotEnterpriseAuth",
        "FailedOperation.IdentityCenterNotOpen",
        "FailedOperation.IdentityCenterNotOrganizationManager",
        "FailedOperation.IdentityCenterOrganizationNotOpen",
        "FailedOperation.ImportFileIllegal",
        "FailedOperation.InvitationExist",
        "FailedOperation.ManualGroupNotDelete",
        "FailedOperation.ManualGroupNotUpdate",
        "FailedOperation.ManualUserNotDelete",
        "FailedOperation.ManualUserNotUpdate",
        "FailedOperation.MemberAccountDeregisterPending",
        "FailedOperation.MemberBindEmailError",
        "FailedOperation.MemberBindPhoneError",
        "FailedOperation.MemberEmailExist",
        "FailedOperation.MemberExistDelegatePayerNotAllowDelete",
        "FailedOperation.MemberExistInOtherOrganization",
        "FailedOperation.MemberIdentityAuthUsed",
        "FailedOperation.MemberIsDelegatePayerNotAllowDelete",
        "FailedOperation.MemberNameUsed",
        "FailedOperation.MemberPolicyNameExist",
        "FailedOperation.MemberShareResource",
        "FailedOperation.MetadataCosParsingFailed",
        "FailedOperation.NodeNotEmpty",
        "FailedOperation.NotSameRegion",
        "FailedOperation.OperateBillingPermissionErr",
        "FailedOperation.OperatePolicy",
        "FailedOperation.OrgMemberPolicyExist",
        "FailedOperation.OrganizationAuthManageNotAllowDelete",
        "FailedOperation.OrganizationAuthRelationExist",
        "FailedOperation.OrganizationDetachLastPolicyError",
        "FailedOperation.OrganizationDetachPolicyError",
        "FailedOperation.OrganizationExistAlready",
        "FailedOperation.OrganizationIdentityInUsed",
        "FailedOperation.OrganizationIdentityNameUsed",
        "FailedOperation.OrganizationIdentityPolicyError",
        "FailedOperation.OrganizationMemberExist",
        "FailedOperation.OrganizationMemberNameUsed",
        "FailedOperation.OrganizationMemberNotExist",
        "FailedOperation.OrganizationNodeDeleteOverLimit",
        "FailedOperation.OrganizationNodeNameUsed",
        "FailedOperation.OrganizationNodeNotEmpty",
        "FailedOperation.OrganizationNodeNotExist",
        "FailedOperation.OrganizationNotEmpty",
        "FailedOperation.OrganizationPermissionIllegal",
        "FailedOperation.OrganizationPolicyIllegal",
        "FailedOperation.OrganizationPolicyInUsed",
        "FailedOperation.OrganizationPolicyIsNotDisabled",
        "FailedOperation.OrganizationPolicyIsNotEnabled",
        "FailedOperation.OrganizationServiceAssignIsUse",
        "FailedOperation.PartnerManagementErr",
        "FailedOperation.PayUinIllegal",
        "FailedOperation.PermissionDenied",
        "FailedOperation.PolicyEnableInvalid",
        "FailedOperation.PolicyFull",
        "FailedOperation.PolicyNameInUse",
        "FailedOperation.QuitShareUint",
        "FailedOperation.QuitShareUintError",
        "FailedOperation.QuiteShareUnit",
        "FailedOperation.ReSentInvitation",
        "FailedOperation.ResourceOverLimit",
        "FailedOperation.RoleConfigurationAuthorizationAlreadyExist",
        "FailedOperation.RoleConfigurationAuthorizationExist",
        "FailedOperation.RoleConfigurationAuthorizationOverLimit",
        "FailedOperation.RoleConfigurationProvisioningAlreadyDeployed",
        "FailedOperation.RoleConfigurationProvisioningStatusError",
        "FailedOperation.SAMLMetadataDocumentGetFailed",
        "FailedOperation.SAMLServiceProviderCreateFailed",
        "FailedOperation.SSoStatusEnableNotClearIdentityProvider",
        "FailedOperation.ScimCredentialGenerateError",
        "FailedOperation.ShareAreaNotExist",
        "FailedOperation.ShareMemberNotExist",
        "FailedOperation.ShareNodeExisted",
        "FailedOperation.ShareNodeNotExist",
        "FailedOperation.ShareResourceMemberInUse",
        "FailedOperation.ShareResourceNotExist",
        "FailedOperation.ShareResourceTypeNotExist",
        "FailedOperation.ShareUnitNotEmpty",
        "FailedOperation.ShareUnitNotExist",
        "FailedOperation.SomeUinsNotInOrganization",
        "FailedOperation.SubAccountIdentityExist",
        "FailedOperation.SubAccountNotExist",
        "FailedOperation.SynchronizedGroupNotAddUser",
        "FailedOperation.SynchronizedGroupNotDelete",
        "FailedOperation.SynchronizedGroupNotRemoveUser",
        "FailedOperation.SynchronizedGroupNotUpdate",
        "FailedOperation.SynchronizedUserNotDelete",
        "FailedOperation.SynchronizedUserNotUpdate",
        "FailedOperation.SystemPolicyOverUpperLimit",
        "FailedOperation.TagResourcesError",
        "FailedOperation.UploadMetadataFailed",
        "FailedOperation.UserAddGroupCountOverUpperLimit",
        "FailedOperation.UserOverUpperLimit",
        "FailedOperation.UserProvisioningAlreadyExists",
        "FailedOperation.UserProvisioningExists",
        "FailedOperation.UserProvisioningFailed",
        "FailedOperation.UserProvisioningOverLimit",
        "FailedOperation.X509CertificateAlreadyExist",
        "FailedOperation.X509CertificateLimitExceeded",
        "FailedOperation.X509CertificateMinimumRequired",
        "FailedOperation.X509CertificateParsingFailed",
        "FailedOperation.XMLDataUnmarshalFailed",
        "FailedOperation.ZoneIdNotExist",
        "InternalError",
        "InvalidParameter",
        "InvalidParameter.ActionError",
        "InvalidParameter.ActionMiss",
        "InvalidParameter.ActionNotExist",
        "InvalidParameter.ActionServiceNotExist",
        "InvalidParameter.AllowQuitIllegal",
        "InvalidParameter.AttachmentFull",
        "InvalidParameter.BindPolicyNameNotAllowed",
        "InvalidParameter.CodeError",
        "InvalidParameter.CodeExpired",
        "InvalidParameter.ConditionContentError",
        "InvalidParameter.ConditionError",
        "InvalidParameter.ConditionTypeError",
        "InvalidParameter.ConfigurationNameAlreadyExists",
        "InvalidParameter.ConfigurationNameFormatError",
        "InvalidParameter.DescriptionLengthOverlimit",
        "InvalidParameter.EffectError",
        "InvalidParameter.EmailAlreadyExists",
        "InvalidParameter.GroupNameAlreadyExists",
        "InvalidParameter.GroupNameFormatError",
        "InvalidParameter.GroupNotExist",
        "InvalidParameter.GroupUserAlreadyExists",
        "InvalidParameter.GroupUserNotExist",
        "InvalidParameter.InterfaceNotExist",
        "InvalidParameter.InvalidEmail",
        "InvalidParameter.NextTokenInvalid",
        "InvalidParameter.NotSupportProduct",
        "InvalidParameter.OrganizationMemberNotExist",
        "InvalidParameter.OrganizationMemberNotManager",
        "InvalidParameter.OrganizationNodeNotExist",
        "InvalidParameter.OrganizationNotExist",
        "InvalidParameter.ParamError",
        "InvalidParameter.PasswordIllegal",
        "InvalidParameter.PolicyDocumentEmpty",
        "InvalidParameter.PolicyDocumentError",
        "InvalidParameter.PolicyDocumentLengthOverLimit",
        "InvalidParameter.PolicyIdNotExist",
        "InvalidParameter.PolicyKeyDuplicated",
        "InvalidParameter.PolicyNameAlreadyExists",
        "InvalidParameter.PolicyNameError",
        "InvalidParameter.PolicyNameExisted",
        "InvalidParameter.PolicyNameSizeOverUpperLimit",
        "InvalidParameter.PolicyTypeError",
        "InvalidParameter.PrincipalError",
        "InvalidParameter.PrincipalQcsError",
        "InvalidParameter.PrincipalQcsNotExist",
        "InvalidParameter.PrincipalServiceNotExist",
        "InvalidParameter.ReservedTagKey",
        "InvalidParameter.ResourceContentError",
        "InvalidParameter.ResourceError",
        "InvalidParameter.ResourceProjectError",
        "InvalidParameter.ResourceQcsError",
        "InvalidParameter.ResourceRegionError",
        "InvalidParameter.ResourceServiceNotExist",
        "InvalidParameter.ResourceUinError",
        "InvalidParameter.RoleConfigurationNotExist",
        "InvalidParameter.RolePolicyAlreadyExist",
        "InvalidParameter.RolePolicyNotExist",
        "InvalidParameter.ScimCredentialNotFound",
        "InvalidParameter.ScimSyncStatusError",
        "InvalidParameter.StatementError",
        "InvalidParameter.TagError",
        "InvalidParameter.UnsupportedService",
        "InvalidParameter.UserAlreadyExistsGroup",
        "InvalidParameter.UserScimCredentialStatusError",
        "InvalidParameter.UserTypeError",
        "InvalidParameter.UsernameAlreadyExists",
        "InvalidParameter.UsernameFormatError",
        "InvalidParameter.VersionError",
        "InvalidParameterValue.IdentityCenterZoneNameAlreadyExist",
        "InvalidParameterValue.PolicyContentInvalid",
        "InvalidParameterValue.SSoStatusInvalid",
        "InvalidParameterValue.X509CertificateFormatError",
        "InvalidParameterValue.ZoneNameFormatError",
        "LimitExceeded.AddUserToGroupLimitExceeded",
        "LimitExceeded.CreateMemberOverLimit",
        "LimitExceeded.CreateOrgServiceAssignOverLimit",
        "LimitExceeded.CreateRoleAssignmentLimitExceeded",
        "LimitExceeded.CreateUserLimitExceeded",
        "LimitExceeded.CreateUserSyncProvisioningLimitExceeded",
        "LimitExceeded.EmailBindOverLimit",
        "LimitExceeded.IdentityExceedLimit",
        "LimitExceeded.InvitationOverLimit",
        "LimitExceeded.NodeDepthExceedLimit",
        "LimitExceeded.NodeExceedLimit",
        "LimitExceeded.OrganizationMemberOverLimit",
        "LimitExceeded.PhoneNumBound",
        "LimitExceeded.RemoveUserFromGroupLimitExceeded",
        "LimitExceeded.ScimCredentialLimitExceeded",
        "LimitExceeded.SendEmailLimit",
        "LimitExceeded.SendEmailWithinOneHourLimit",
        "LimitExceeded.ShareUnitMemberOverLimit",
        "LimitExceeded.ShareUnitNodeOverLimit",
        "LimitExceeded.ShareUnitResourceOverLimit",
        "LimitExceeded.TagPolicy",
        "LimitExceeded.UpdateEmailBindOverLimit",
        "MissingParameter",
        "OperationDenied",
        "ResourceNotFound",
        "ResourceNotFound.ApplyNotExist",
        "ResourceNotFound.ChangePermissionNotExist",
        "ResourceNotFound.EffectivePolicyNotFound",
        "ResourceNotFound.EmailBindRecordNotExist",
        "ResourceNotFound.InvitationNotExist",
        "ResourceNotFound.MemberEventNotExist",
        "ResourceNotFound.MemberIdentityNotExist",
        "ResourceNotFound.MemberNotExist",
        "ResourceNotFound.MemberOperateProcessNotExist",
        "ResourceNotFound.MemberPolicyNotExist",
        "ResourceNotFound.NodeNotExist",
        "ResourceNotFound.NotFound",
        "ResourceNotFound.OrganizationAuthRelationNotExist",
        "ResourceNotFound.OrganizationIdentityNotExist",
        "ResourceNotFound.OrganizationMemberNotExist",
        "ResourceNotFound.OrganizationNodeNotExist",
        "ResourceNotFound.OrganizationNotExist",
        "ResourceNotFound.OrganizationServiceAssignNotExist",
        "ResourceNotFound.OrganizationServiceNotExist",
        "ResourceNotFound.PolicyIdNotFound",
        "ResourceNotFound.PolicyNotExist",
        "ResourceNotFound.ResourceTypeNotExist",
        "ResourceNotFound.RoleConfigurationAuthorizationNotFound",
        "ResourceNotFound.RoleConfigurationProvisioningNotFound",
        "ResourceNotFound.RoleConfigurationTaskNotFound",
        "ResourceNotFound.SAMLIdentityProviderNotFound",
        "ResourceNotFound.SAMLServiceProviderNotFound",
        "ResourceNotFound.ServiceRoleNotExist",
        "ResourceNotFound.ShareResourceMemberNotExist",
        "ResourceNotFound.UserNotExist",
        "ResourceNotFound.UserProvisioningNotFound",
        "ResourceNotFound.UserProvisioningTaskNotFound",
        "ResourceNotFound.X509CertificateNotFound",
        "ResourceUnavailable",
        "UnauthorizedOperation",
        "UnsupportedOperation",
        "UnsupportedOperation.AbnormalFinancialStatusOfAdmin",
        "UnsupportedOperation.AbnormalFinancialStatusOfMember",
        "UnsupportedOperation.AddDelegatePayerNotAllow",
        "UnsupportedOperation.AddDiscountInheritNotAllow",
        "UnsupportedOperation.AdminAccountExistCICRoleConfig",
        "UnsupportedOperation.AdminAccountExistCICUserConfig",
        "UnsupportedOperation.AgentNotSame",
        "UnsupportedOperation.CreateMemberNotAllowCreateOrganization",
        "UnsupportedOperation.CreateMemberNotAllowDelete",
        "UnsupportedOperation.CreateMemberNotAllowQuit",
        "UnsupportedOperation.DeleteAccountDisabled",
        "UnsupportedOperation.DeleteDelegatePayerNotAllow",
        "UnsupportedOperation.ExistedAgent",
        "UnsupportedOperation.ExistedClient",
        "UnsupportedOperation.InconsistentUserTypes",
        "UnsupportedOperation.InviteAccountNotAllowDelete",
        "UnsupportedOperation.ManagementSystemError",
        "UnsupportedOperation.MemberAccountArrears",
        "UnsupportedOperation.MemberAccountExistCICRoleConfig",
        "UnsupportedOperation.MemberAccountExistCICUserConfig",
        "UnsupportedOperation.MemberAccountExistResource",
        "UnsupportedOperation.MemberDiscountInheritExisted",
        "UnsupportedOperation.MemberExistAccountLevelDiscountInherit",
        "UnsupportedOperation.MemberExistOperateProcessNotAllowDelete",
        "UnsupportedOperation.MemberExistServiceNotAllowDelete",
        "UnsupportedOperation.MemberHasVoucher",
        "UnsupportedOperation.MemberIsAgent",
        "UnsupportedOperation.MemberIsNotClient",
        "UnsupportedOperation.MemberNoPayment",
        "UnsupportedOperation.MemberNotAllowQuit",
        "UnsupportedOperation.MemberUnsupportedOperation",
        "UnsupportedOperation.OperationForbidden",
        "UnsupportedOperation.OrderInProgressExisted",
        "UnsupportedOperation.OwnerDiscountInheritExisted",
        "UnsupportedOperation.PayerArrearsAndNoCreditAccount",
        "UnsupportedOperation.PayerExistAccountLevelDiscountInherit",
        "UnsupportedOperation.SecondaryDistributorSubClientExisted",
        "UnsupportedOperation.SharingToOtherOrganizationMember",
    ];
    static NAME_CODES: [u32; 10] = [20, 105, 106, 140, 267, 268, 282, 283, 296, 297];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationDbOperationErrorFailedOperationSamlMetadataDocumentGetFailedFailedOperationSamlServiceProviderCreateFailedFailedOperationXmlDataUnmarshalFailedResourceNotFoundSamlIdentityProviderNotFoundResourceNotFoundSamlServiceProviderNotFoundUnsupportedOperationAdminAccountExistCicRoleConfigUnsupportedOperationAdminAccountExistCicUserConfigUnsupportedOperationMemberAccountExistCicRoleConfigUnsupportedOperationMemberAccountExistCicUserConfig",
        ends: &[0, 31, 75, 121, 158, 202, 245, 295, 345, 396, 447],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.The operation failed: account already register.The operation failed: apply exist.The operation failed: auth info empty.The operation failed: auth info not same.The operation failed: auth not enterprise.The operation failed: bind email link expired.The operation failed: bind email link invalid.The operation failed: change permission record exist.The operation failed: check account phone bind limit.The operation failed: check mail account.The operation failed: configuration over upper limit.The operation failed: create account.The operation failed: create billing permission err.The operation failed: create member auth over limit.The operation failed: create policy.The operation failed: create record already success.The operation failed: create record not exist.The operation failed: create role.The operation failed: custom policy over upper limit.The operation failed: DB operation error.The operation failed: decode metadata document failed.The operation failed: delegated admin cannot modify policy.The operation failed: delete group not allow exist user.The operation failed: delete policy.The operation failed: describe org service usage status err.The operation failed: disable quit self created organization.The operation failed: email already used.The operation failed: email bind record invalid.The operation failed: exist other organization member shared.The operation failed: exist share member not in organization.The operation failed: get account region.The operation failed: get auth info.The operation failed: get policy detail.The operation failed: group over upper limit.The operation failed: group type user type not match.The operation failed: group user count over upper limit.The operation failed: has different resource type.The operation failed: identity center already open.The operation failed: identity center not auth.The operation failed: identity center not enterprise auth.The operation failed: identity center not open.The operation failed: identity center not organization manager.The operation failed: identity center organization not open.The operation failed: import file illegal.The operation failed: invitation exist.The operation failed: manual group not delete.The operation failed: manual group not update.The operation failed: manual user not delete.The operation failed: manual user not update.The operation failed: member account deregister pending.The operation failed: member bind email error.The operation failed: member bind phone error.The operation failed: member email exist.The operation failed: member exist delegate payer not allow delete.The operation failed: member exist in other organization.The operation failed: member identity auth used.The operation failed: member is delegate payer not allow delete.The operation failed: member name used.The operation failed: member policy name exist.The operation failed: member share resource.The operation failed: metadata cos parsing failed.The operation failed: node not empty.The operation failed: not same region.The operation failed: operate billing permission err.The operation failed: operate policy.The operation failed: org member policy exist.The operation failed: organization auth manage not allow delete.The operation failed: organization auth relation exist.The operation failed: organization detach last policy error.The operation failed: organization detach policy error.The operation failed: organization exist already.The operation failed: organization identity in used.The operation failed: organization identity name used.The operation failed: organization identity policy error.The operation failed: organization member exist.The operation failed: organization member name used.The operation failed: organization member not exist.The operation failed: organization node delete over limit.The operation failed: organization node name used.The operation failed: organization node not empty.The operation failed: organization node not exist.The operation failed: organization not empty.The operation failed: organization permission illegal.The operation failed: organization policy illegal.The operation failed: organization policy in used.The operation failed: organization policy is not disabled.The operation failed: organization policy is not enabled.The operation failed: organization service assign is use.The operation failed: partner management err.The operation failed: pay uin illegal.The operation failed: permission denied.The operation failed: policy enable invalid.The operation failed: policy full.The operation failed: policy name in use.The operation failed: quit share uint.The operation failed: quit share uint error.The operation failed: quite share unit.The operation failed: re sent invitation.The operation failed: resource over limit.The operation failed: role configuration authorization already exist.The operation failed: role configuration authorization exist.The operation failed: role configuration authorization over limit.The operation failed: role configuration provisioning already deployed.The operation failed: role configuration provisioning status error.The operation failed: SAML metadata document get failed.The operation failed: SAML service provider create failed.The operation failed: s so status enable not clear identity provider.The operation failed: scim credential generate error.The operation failed: share area not exist.The operation failed: share member not exist.The operation failed: share node existed.The operation failed: share node not exist.The operation failed: share resource member in use.The operation failed: share resource not exist.The operation failed: share resource type not exist.The operation failed: share unit not empty.The operation failed: share unit not exist.The operation failed: some uins not in organization.The operation failed: sub account identity exist.The operation failed: sub account not exist.The operation failed: synchronized group not add user.The operation failed: synchronized group not delete.The operation failed: synchronized group not remove user.The operation failed: synchronized group not update.The operation failed: synchronized user not delete.The operation failed: synchronized user not update.The operation failed: system policy over upper limit.The operation failed: tag resources error.The operation failed: upload metadata failed.The operation failed: user add group count over upper limit.The operation failed: user over upper limit.The operation failed: user provisioning already exists.The operation failed: user provisioning exists.The operation failed: user provisioning failed.The operation failed: user provisioning over limit.The operation failed: x509 certificate already exist.The operation failed: x509 certificate limit exceeded.The operation failed: x509 certificate minimum required.The operation failed: x509 certificate parsing failed.The operation failed: XML data unmarshal failed.The operation failed: zone id not exist.An internal error occurred.A parameter is invalid.A parameter is invalid: action error.A parameter is invalid: action miss.A parameter is invalid: action not exist.A parameter is invalid: action service not exist.A parameter is invalid: allow quit illegal.A parameter is invalid: attachment full.A parameter is invalid: bind policy name not allowed.A parameter is invalid: code error.A parameter is invalid: code expired.A parameter is invalid: condition content error.A parameter is invalid: condition error.A parameter is invalid: condition type error.A parameter is invalid: configuration name already exists.A parameter is invalid: configuration name format error.A parameter is invalid: description length overlimit.A parameter is invalid: effect error.A parameter is invalid: email already exists.A parameter is invalid: group name already exists.A parameter is invalid: group name format error.A parameter is invalid: group not exist.A parameter is invalid: group user already exists.A parameter is invalid: group user not exist.A parameter is invalid: interface not exist.A parameter is invalid: invalid email.A parameter is invalid: next token invalid.A parameter is invalid: not support product.A parameter is invalid: organization member not exist.A parameter is invalid: organization member not manager.A parameter is invalid: organization node not exist.A parameter is invalid: organization not exist.A parameter is invalid: param error.A parameter is invalid: password illegal.A parameter is invalid: policy document empty.A parameter is invalid: policy document error.A parameter is invalid: policy document length over limit.A parameter is invalid: policy id not exist.A parameter is invalid: policy key duplicated.A parameter is invalid: policy name already exists.A parameter is invalid: policy name error.A parameter is invalid: policy name existed.A parameter is invalid: policy name size over upper limit.A parameter is invalid: policy type error.A parameter is invalid: principal error.A parameter is invalid: principal qcs error.A parameter is invalid: principal qcs not exist.A parameter is invalid: principal service not exist.A parameter is invalid: reserved tag key.A parameter is invalid: resource content error.A parameter is invalid: resource error.A parameter is invalid: resource project error.A parameter is invalid: resource qcs error.A parameter is invalid: resource region error.A parameter is invalid: resource service not exist.A parameter is invalid: resource uin error.A parameter is invalid: role configuration not exist.A parameter is invalid: role policy already exist.A parameter is invalid: role policy not exist.A parameter is invalid: scim credential not found.A parameter is invalid: scim sync status error.A parameter is invalid: statement error.A parameter is invalid: tag error.A parameter is invalid: unsupported service.A parameter is invalid: user already exists group.A parameter is invalid: user scim credential status error.A parameter is invalid: user type error.A parameter is invalid: username already exists.A parameter is invalid: username format error.A parameter is invalid: version error.A parameter value is invalid: identity center zone name already exist.A parameter value is invalid: policy content invalid.A parameter value is invalid: s so status invalid.A parameter value is invalid: x509 certificate format error.A parameter value is invalid: zone name format error.A limit was exceeded: add user to group limit exceeded.A limit was exceeded: create member over limit.A limit was exceeded: create org service assign over limit.A limit was exceeded: create role assignment limit exceeded.A limit was exceeded: create user limit exceeded.A limit was exceeded: create user sync provisioning limit exceeded.A limit was exceeded: email bind over limit.A limit was exceeded: identity exceed limit.A limit was exceeded: invitation over limit.A limit was exceeded: node depth exceed limit.A limit was exceeded: node exceed limit.A limit was exceeded: organization member over limit.A limit was exceeded: phone num bound.A limit was exceeded: remove user from group limit exceeded.A limit was exceeded: scim credential limit exceeded.A limit was exceeded: send email limit.A limit was exceeded: send email within one hour limit.A limit was exceeded: share unit member over limit.A limit was exceeded: share unit node over limit.A limit was exceeded: share unit resource over limit.A limit was exceeded: tag policy.A limit was exceeded: update email bind over limit.A required parameter is missing.The operation was denied.The resource was not found.The resource was not found: apply not exist.The resource was not found: change permission not exist.The resource was not found: effective policy not found.The resource was not found: email bind record not exist.The resource was not found: invitation not exist.The resource was not found: member event not exist.The resource was not found: member identity not exist.The resource was not found: member not exist.The resource was not found: member operate process not exist.The resource was not found: member policy not exist.The resource was not found: node not exist.The resource was not found: not found.The resource was not found: organization auth relation not exist.The resource was not found: organization identity not exist.The resource was not found: organization member not exist.The resource was not found: organization node not exist.The resource was not found: organization not exist.The resource was not found: organization service assign not exist.The resource was not found: organization service not exist.The resource was not found: policy id not found.The resource was not found: policy not exist.The resource was not found: resource type not exist.The resource was not found: role configuration authorization not found.The resource was not found: role configuration provisioning not found.The resource was not found: role configuration task not found.The resource was not found: SAML identity provider not found.The resource was not found: SAML service provider not found.The resource was not found: service role not exist.The resource was not found: share resource member not exist.The resource was not found: user not exist.The resource was not found: user provisioning not found.The resource was not found: user provisioning task not found.The resource was not found: x509 certificate not found.The resource is unavailable.The operation is not authorized.The operation is not supported.The operation is not supported: abnormal financial status of admin.The operation is not supported: abnormal financial status of member.The operation is not supported: add delegate payer not allow.The operation is not supported: add discount inherit not allow.The operation is not supported: admin account exist CIC role config.The operation is not supported: admin account exist CIC user config.The operation is not supported: agent not same.The operation is not supported: create member not allow create organization.The operation is not supported: create member not allow delete.The operation is not supported: create member not allow quit.The operation is not supported: delete account disabled.The operation is not supported: delete delegate payer not allow.The operation is not supported: existed agent.The operation is not supported: existed client.The operation is not supported: inconsistent user types.The operation is not supported: invite account not allow delete.The operation is not supported: management system error.The operation is not supported: member account arrears.The operation is not supported: member account exist CIC role config.The operation is not supported: member account exist CIC user config.The operation is not supported: member account exist resource.The operation is not supported: member discount inherit existed.The operation is not supported: member exist account level discount inherit.The operation is not supported: member exist operate process not allow delete.The operation is not supported: member exist service not allow delete.The operation is not supported: member has voucher.The operation is not supported: member is agent.The operation is not supported: member is not client.The operation is not supported: member no payment.The operation is not supported: member not allow quit.The operation is not supported: member unsupported operation.The operation is not supported: operation forbidden.The operation is not supported: order in progress existed.The operation is not supported: owner discount inherit existed.The operation is not supported: payer arrears and no credit account.The operation is not supported: payer exist account level discount inherit.The operation is not supported: secondary distributor sub client existed.The operation is not supported: sharing to other organization member.",
        ends: &[
            0, 21, 68, 102, 140, 181, 223, 269, 315, 368, 421, 462, 515, 552, 604, 656,
            692, 744, 790, 824, 877, 918, 972, 1031, 1087, 1123, 1183, 1244, 1285, 1333,
            1394, 1455, 1496, 1532, 1572, 1617, 1670, 1726, 1776, 1827, 1874, 1932, 1979,
            2042, 2102, 2144, 2183, 2229, 2275, 2320, 2365, 2421, 2467, 2513, 2554, 2621,
            2678, 2726, 2790, 2829, 2876, 2920, 2970, 3007, 3045, 3098, 3135, 3181, 3245,
            3300, 3360, 3415, 3464, 3516, 3570, 3627, 3675, 3727, 3779, 3837, 3887, 3937,
            3987, 4032, 4086, 4136, 4186, 4244, 4301, 4358, 4403, 4441, 4481, 4525, 4559,
            4600, 4638, 4682, 4721, 4762, 4804, 4873, 4934, 5000, 5071, 5138, 5194, 5252,
            5321, 5374, 5417, 5462, 5503, 5546, 5597, 5644, 5696, 5739, 5782, 5834, 5883,
            5927, 5981, 6033, 6090, 6142, 6193, 6244, 6297, 6339, 6384, 6444, 6488, 6543,
            6590, 6637, 6688, 6741, 6795, 6851, 6905, 6953, 6993, 7020, 7043, 7080, 7116,
            7157, 7206, 7249, 7289, 7342, 7377, 7414, 7462, 7502, 7547, 7605, 7661, 7714,
            7751, 7796, 7846, 7894, 7934, 7984, 8029, 8073, 8111, 8154, 8198, 8252, 8308,
            8360, 8407, 8443, 8484, 8530, 8576, 8634, 8678, 8724, 8775, 8817, 8861, 8919,
            8961, 9001, 9045, 9093, 9145, 9186, 9233, 9272, 9319, 9362, 9408, 9459, 9502,
            9555, 9605, 9651, 9701, 9748, 9788, 9822, 9866, 9916, 9974, 10014, 10062,
            10108, 10146, 10216, 10269, 10319, 10379, 10432, 10487, 10534, 10593, 10653,
            10702, 10769, 10813, 10857, 10901, 10947, 10987, 11040, 11078, 11138, 11191,
            11230, 11285, 11336, 11385, 11438, 11471, 11522, 11554, 11579, 11606, 11650,
            11706, 11761, 11817, 11866, 11917, 11971, 12016, 12077, 12129, 12172, 12210,
            12275, 12335, 12393, 12449, 12500, 12566, 12625, 12673, 12718, 12770, 12841,
            12911, 12973, 13034, 13094, 13145, 13205, 13248, 13304, 13365, 13420, 13448,
            13480, 13511, 13578, 13646, 13707, 13770, 13838, 13906, 13953, 14029, 14092,
            14153, 14209, 14273, 14319, 14366, 14422, 14486, 14542, 14597, 14666, 14735,
            14797, 14861, 14937, 15015, 15085, 15136, 15184, 15237, 15287, 15341, 15402,
            15454, 15512, 15575, 15643, 15718, 15791, 15860,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 316] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 316] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimcccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccchhhhhhhhhhhhhhhhhhhhhhcgeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeigliiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii",
    );
    static PILOTS: [u16; 79] = [
        1, 3, 3, 4, 10, 25, 10, 0, 0, 51, 18, 15, 89, 9, 7, 5, 46, 8, 0, 45, 13, 19, 4,
        0, 19, 58, 30, 2, 35, 6, 12, 3, 3, 51, 11, 19, 0, 4, 5, 124, 20, 43, 3, 2, 0, 0,
        4, 4, 25, 3, 65, 2, 32, 174, 0, 15, 1, 35, 46, 12, 197, 129, 33, 51, 53, 48, 147,
        4, 133, 36, 237, 6, 4, 143, 211, 77, 5, 9, 81,
    ];
    static SLOTS: [(&str, u32); 351] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            215, 113, 34, 63, 151, 269, 232, 51, 153, 145, 76, 148, 308, 297, 174, 152,
            21, 239, 249, 4294967295, 300, 78, 274, 285, 10, 82, 5, 77, 213, 42, 114, 15,
            4294967295, 233, 92, 295, 261, 173, 94, 277, 118, 16, 4294967295, 46, 47, 1,
            144, 198, 294, 138, 123, 6, 280, 200, 287, 110, 156, 4294967295, 191, 99,
            181, 245, 210, 109, 13, 229, 98, 90, 179, 4294967295, 139, 299, 241, 183, 89,
            258, 296, 216, 225, 141, 238, 306, 86, 189, 227, 219, 284, 293, 37, 147,
            4294967295, 237, 281, 247, 302, 201, 250, 4294967295, 2, 33, 22, 253, 208, 8,
            7, 27, 271, 272, 4294967295, 48, 276, 4294967295, 126, 127, 165, 266, 160,
            105, 59, 283, 65, 170, 103, 171, 205, 172, 18, 278, 17, 4294967295, 62, 143,
            150, 45, 108, 301, 226, 115, 11, 4294967295, 30, 315, 132, 248, 50, 202, 240,
            130, 4294967295, 4294967295, 104, 70, 137, 121, 20, 4294967295, 214,
            4294967295, 4294967295, 4294967295, 12, 211, 120, 75, 286, 23, 29, 24, 310,
            312, 212, 290, 231, 182, 73, 270, 81, 177, 84, 163, 273, 242, 25, 254, 167,
            43, 255, 221, 155, 244, 305, 263, 220, 85, 67, 146, 175, 154, 178, 4, 188,
            14, 256, 39, 4294967295, 72, 192, 279, 106, 230, 38, 35, 74, 93, 83, 218,
            303, 265, 111, 4294967295, 128, 79, 314, 193, 169, 31, 4294967295, 236, 54,
            0, 161, 282, 311, 243, 184, 309, 101, 133, 268, 267, 136, 4294967295, 52,
            4294967295, 80, 288, 3, 55, 264, 190, 304, 298, 259, 36, 69, 96, 142, 262,
            209, 4294967295, 4294967295, 71, 58, 4294967295, 157, 224, 197, 60, 32, 97,
            117, 53, 159, 9, 88, 203, 66, 64, 228, 217, 41, 194, 4294967295, 162, 61,
            134, 122, 180, 4294967295, 149, 19, 91, 260, 119, 166, 4294967295, 95, 125,
            186, 291, 199, 187, 56, 185, 4294967295, 124, 4294967295, 100, 40, 289, 307,
            112, 57, 87, 102, 107, 4294967295, 275, 4294967295, 4294967295, 222, 26, 251,
            204, 68, 164, 195, 4294967295, 158, 49, 168, 129, 313, 116, 196, 28,
            4294967295, 140, 176, 131, 44, 292, 252, 135, 207, 235, 223, 234, 206, 257,
            246,
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
    const PROVIDER: &'static str = "Tencent Cloud ORGANIZATION v20210331";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud ORGANIZATION v20210331's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud ORGANIZATION v20210331: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
