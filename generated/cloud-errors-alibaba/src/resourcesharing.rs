// @generated from catalogs/alibaba/resourcesharing.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud ResourceSharing: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud ResourceSharing: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidParameter.ResourceShareInvitationId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource share invitation id.
    InvalidParameterResourceShareInvitationId,
    /// `MissingParameter.ResourceShareInvitationId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource share invitation id.
    MissingParameterResourceShareInvitationId,
    /// `InvitationStatus.Expired`: HTTP 409; retry: never; category: aborted.
    /// Invitation status: expired.
    InvitationStatusExpired,
    /// `EntityNotExists.ResourceShareInvitation`: HTTP 409; retry: never; category: aborted.
    /// Entity not exists: resource share invitation.
    EntityNotExistsResourceShareInvitation,
    /// `InvitationStatus.AlreadyRejected`: HTTP 409; retry: never; category: aborted.
    /// Invitation status: already rejected.
    InvitationStatusAlreadyRejected,
    /// `InvitationStatus.AlreadyAccepted`: HTTP 409; retry: never; category: aborted.
    /// Invitation status: already accepted.
    InvitationStatusAlreadyAccepted,
    /// `MissingParameter.ResourceShareId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource share id.
    MissingParameterResourceShareId,
    /// `InvalidParameter.ResourceShareId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource share id.
    InvalidParameterResourceShareId,
    /// `InvalidParameter.Resources`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resources.
    InvalidParameterResources,
    /// `InvalidParameter.Resources.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resources, duplicate.
    InvalidParameterResourcesDuplicate,
    /// `InvalidParameter.Resources.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resources, length.
    InvalidParameterResourcesLength,
    /// `InvalidParameter.Targets`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: targets.
    InvalidParameterTargets,
    /// `InvalidParameter.Targets.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: targets, duplicate.
    InvalidParameterTargetsDuplicate,
    /// `InvalidParameter.Targets.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: targets, length.
    InvalidParameterTargetsLength,
    /// `InvalidTarget`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid target.
    InvalidTarget,
    /// `ResourceAndTargetBothEmpty`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource and target both empty.
    ResourceAndTargetBothEmpty,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ResourceType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource type.
    InvalidParameterResourceType,
    /// `InvalidParameter.PermissionNames.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: permission names, duplicate.
    InvalidParameterPermissionNamesDuplicate,
    /// `InvalidParameter.PermissionNames.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: permission names, length.
    InvalidParameterPermissionNamesLength,
    /// `InvalidParameter.TargetProperties`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: target properties.
    InvalidParameterTargetProperties,
    /// `InvalidParameter.TargetProperties.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: target properties, duplicate.
    InvalidParameterTargetPropertiesDuplicate,
    /// `InvalidParameter.TargetProperties.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: target properties, length.
    InvalidParameterTargetPropertiesLength,
    /// `EntityNotExists.ResourceShare`: HTTP 404; retry: never; category: not_found.
    /// Entity not exists: resource share.
    EntityNotExistsResourceShare,
    /// `EntityNotExists.Permission`: HTTP 404; retry: never; category: not_found.
    /// Entity not exists: permission.
    EntityNotExistsPermission,
    /// `NotEnableSharingWithResourceDirectory`: HTTP 409; retry: never; category: aborted.
    /// Not enable sharing with resource directory.
    NotEnableSharingWithResourceDirectory,
    /// `AccountNotInResourceDirectory`: HTTP 409; retry: never; category: aborted.
    /// Account not in resource directory.
    AccountNotInResourceDirectory,
    /// `ResourceShareStatusMismatchAction`: HTTP 409; retry: never; category: aborted.
    /// Resource share status mismatch action.
    ResourceShareStatusMismatchAction,
    /// `QuotaExceeded.SharedResource.Count`: HTTP 409; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: shared resource, count.
    QuotaExceededSharedResourceCount,
    /// `ShareWithYourself`: HTTP 409; retry: never; category: aborted.
    /// Share with yourself.
    ShareWithYourself,
    /// `AssociateConflict`: HTTP 409; retry: never; category: aborted.
    /// Associate conflict.
    AssociateConflict,
    /// `NotManagementAccount`: HTTP 409; retry: never; category: aborted.
    /// Not management account.
    NotManagementAccount,
    /// `QuotaExceeded.PendingInvitations`: HTTP 409; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: pending invitations.
    QuotaExceededPendingInvitations,
    /// `InvalidTarget.LegalEntityMismatch`: HTTP 409; retry: never; category: aborted.
    /// Invalid target: legal entity mismatch.
    InvalidTargetLegalEntityMismatch,
    /// `ExternalTargetsNotAllowed.ResourceType`: HTTP 409; retry: never; category: aborted.
    /// External targets not allowed: resource type.
    ExternalTargetsNotAllowedResourceType,
    /// `InvalidTarget.SiteMismatch`: HTTP 409; retry: never; category: aborted.
    /// Invalid target: site mismatch.
    InvalidTargetSiteMismatch,
    /// `NotSupport.Service.ExistInOtherResourceShare`: HTTP 409; retry: never; category: aborted.
    /// Not support: service, exist in other resource share.
    NotSupportServiceExistInOtherResourceShare,
    /// `NotSupport.Service.AssociateConflict`: HTTP 409; retry: never; category: aborted.
    /// Not support: service, associate conflict.
    NotSupportServiceAssociateConflict,
    /// `MissingParameter.PermissionName`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: permission name.
    MissingParameterPermissionName,
    /// `NoPermission.ChangeResourceGroup`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission: change resource group.
    NoPermissionChangeResourceGroup,
    /// `MissingParameter.ResourceRegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource region id.
    MissingParameterResourceRegionId,
    /// `MissingParameter.ResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource id.
    MissingParameterResourceId,
    /// `MissingParameter.ResourceGroupId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource group id.
    MissingParameterResourceGroupId,
    /// `InvalidResourceGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource group.
    InvalidResourceGroup,
    /// `SystemError`: HTTP 400; retry: never; category: invalid_argument.
    /// System error.
    SystemError,
    /// `ResourceNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFound,
    /// `InvalidParameter.ResourceShareName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource share name.
    InvalidParameterResourceShareName,
    /// `InvalidParameter.ResourceShareName.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource share name, length.
    InvalidParameterResourceShareNameLength,
    /// `MissingParameter.ResourceShareName`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource share name.
    MissingParameterResourceShareName,
    /// `QuotaExceeded.ResourceShare.Count`: HTTP 409; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: resource share, count.
    QuotaExceededResourceShareCount,
    /// `EntityAlreadyExists.ResourceShare`: HTTP 409; retry: never; category: aborted.
    /// Entity already exists: resource share.
    EntityAlreadyExistsResourceShare,
    /// `DeleteResourceShareConflict`: HTTP 409; retry: never; category: aborted.
    /// Delete resource share conflict.
    DeleteResourceShareConflict,
    /// `DisassociateInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Disassociate invalid.
    DisassociateInvalid,
    /// `DisassociateConflict`: HTTP 409; retry: never; category: aborted.
    /// Disassociate conflict.
    DisassociateConflict,
    /// `LeavingFailed.Account`: HTTP 409; retry: never; category: aborted.
    /// Leaving failed: account.
    LeavingFailedAccount,
    /// `LeavingFailed.ResourceType`: HTTP 409; retry: never; category: aborted.
    /// Leaving failed: resource type.
    LeavingFailedResourceType,
    /// `ExternalTargetWithdrawConflict`: HTTP 409; retry: never; category: aborted.
    /// External target withdraw conflict.
    ExternalTargetWithdrawConflict,
    /// `DisassociateConflict.Permission`: HTTP 409; retry: never; category: aborted.
    /// Disassociate conflict: permission.
    DisassociateConflictPermission,
    /// `ActionNotPermitted`: HTTP 409; retry: never; category: aborted.
    /// Action not permitted.
    ActionNotPermitted,
    /// `AlreadyEnabled`: HTTP 409; retry: never; category: aborted.
    /// Already enabled.
    AlreadyEnabled,
    /// `InvalidParameter.PermissionVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: permission version.
    InvalidParameterPermissionVersion,
    /// `InvalidParameter.MaxResults`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: max results.
    InvalidParameterMaxResults,
    /// `InvalidParameter.NextToken`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: next token.
    InvalidParameterNextToken,
    /// `InvalidParameter.NextToken.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: next token, length.
    InvalidParameterNextTokenLength,
    /// `MissingParameter.AssociationType`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: association type.
    MissingParameterAssociationType,
    /// `InvalidParameter.AssociationType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: association type.
    InvalidParameterAssociationType,
    /// `InvalidParameter.AssociationStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: association status.
    InvalidParameterAssociationStatus,
    /// `InvalidParameter.ResourceShareIds`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource share ids.
    InvalidParameterResourceShareIds,
    /// `InvalidParameter.ResourceShareIds.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource share ids, duplicate.
    InvalidParameterResourceShareIdsDuplicate,
    /// `InvalidParameter.ResourceShareIds.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource share ids, length.
    InvalidParameterResourceShareIdsLength,
    /// `InvalidParameter.Target`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: target.
    InvalidParameterTarget,
    /// `InvalidParameter.ResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource id.
    InvalidParameterResourceId,
    /// `ConflictedAssociationType`: HTTP 400; retry: never; category: invalid_argument.
    /// Conflicted association type.
    ConflictedAssociationType,
    /// `InvalidParameter.ResourceShareInvitationIds`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource share invitation ids.
    InvalidParameterResourceShareInvitationIds,
    /// `InvalidParameter.ResourceShareInvitationIds.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource share invitation ids, duplicate.
    InvalidParameterResourceShareInvitationIdsDuplicate,
    /// `InvalidParameter.ResourceShareInvitationIds.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource share invitation ids, length.
    InvalidParameterResourceShareInvitationIdsLength,
    /// `InvalidParameter.ResourceOwner`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource owner.
    InvalidParameterResourceOwner,
    /// `MissingParameter.ResourceOwner`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource owner.
    MissingParameterResourceOwner,
    /// `InvalidParameter.ResourceShareStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource share status.
    InvalidParameterResourceShareStatus,
    /// `InvalidParameter.ResourceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource ids.
    InvalidParameterResourceIds,
    /// `InvalidParameter.ResourceIds.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource ids, duplicate.
    InvalidParameterResourceIdsDuplicate,
    /// `InvalidParameter.ResourceIds.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource ids, length.
    InvalidParameterResourceIdsLength,
    /// `OperationNotPermitted`: HTTP 409; retry: never; category: aborted.
    /// Operation not permitted.
    OperationNotPermitted,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 83] = [
        "InvalidParameter.ResourceShareInvitationId",
        "MissingParameter.ResourceShareInvitationId",
        "InvitationStatus.Expired",
        "EntityNotExists.ResourceShareInvitation",
        "InvitationStatus.AlreadyRejected",
        "InvitationStatus.AlreadyAccepted",
        "MissingParameter.ResourceShareId",
        "InvalidParameter.ResourceShareId",
        "InvalidParameter.Resources",
        "InvalidParameter.Resources.Duplicate",
        "InvalidParameter.Resources.Length",
        "InvalidParameter.Targets",
        "InvalidParameter.Targets.Duplicate",
        "InvalidParameter.Targets.Length",
        "InvalidTarget",
        "ResourceAndTargetBothEmpty",
        "InvalidParameter",
        "InvalidParameter.ResourceType",
        "InvalidParameter.PermissionNames.Duplicate",
        "InvalidParameter.PermissionNames.Length",
        "InvalidParameter.TargetProperties",
        "InvalidParameter.TargetProperties.Duplicate",
        "InvalidParameter.TargetProperties.Length",
        "EntityNotExists.ResourceShare",
        "EntityNotExists.Permission",
        "NotEnableSharingWithResourceDirectory",
        "AccountNotInResourceDirectory",
        "ResourceShareStatusMismatchAction",
        "QuotaExceeded.SharedResource.Count",
        "ShareWithYourself",
        "AssociateConflict",
        "NotManagementAccount",
        "QuotaExceeded.PendingInvitations",
        "InvalidTarget.LegalEntityMismatch",
        "ExternalTargetsNotAllowed.ResourceType",
        "InvalidTarget.SiteMismatch",
        "NotSupport.Service.ExistInOtherResourceShare",
        "NotSupport.Service.AssociateConflict",
        "MissingParameter.PermissionName",
        "NoPermission.ChangeResourceGroup",
        "MissingParameter.ResourceRegionId",
        "MissingParameter.ResourceId",
        "MissingParameter.ResourceGroupId",
        "InvalidResourceGroup",
        "SystemError",
        "ResourceNotFound",
        "InvalidParameter.ResourceShareName",
        "InvalidParameter.ResourceShareName.Length",
        "MissingParameter.ResourceShareName",
        "QuotaExceeded.ResourceShare.Count",
        "EntityAlreadyExists.ResourceShare",
        "DeleteResourceShareConflict",
        "DisassociateInvalid",
        "DisassociateConflict",
        "LeavingFailed.Account",
        "LeavingFailed.ResourceType",
        "ExternalTargetWithdrawConflict",
        "DisassociateConflict.Permission",
        "ActionNotPermitted",
        "AlreadyEnabled",
        "InvalidParameter.PermissionVersion",
        "InvalidParameter.MaxResults",
        "InvalidParameter.NextToken",
        "InvalidParameter.NextToken.Length",
        "MissingParameter.AssociationType",
        "InvalidParameter.AssociationType",
        "InvalidParameter.AssociationStatus",
        "InvalidParameter.ResourceShareIds",
        "InvalidParameter.ResourceShareIds.Duplicate",
        "InvalidParameter.ResourceShareIds.Length",
        "InvalidParameter.Target",
        "InvalidParameter.ResourceId",
        "ConflictedAssociationType",
        "InvalidParameter.ResourceShareInvitationIds",
        "InvalidParameter.ResourceShareInvitationIds.Duplicate",
        "InvalidParameter.ResourceShareInvitationIds.Length",
        "InvalidParameter.ResourceOwner",
        "MissingParameter.ResourceOwner",
        "InvalidParameter.ResourceShareStatus",
        "InvalidParameter.ResourceIds",
        "InvalidParameter.ResourceIds.Duplicate",
        "InvalidParameter.ResourceIds.Length",
        "OperationNotPermitted",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "A parameter is invalid: resource share invitation id.A required parameter is missing: resource share invitation id.Invitation status: expired.Entity not exists: resource share invitation.Invitation status: already rejected.Invitation status: already accepted.A required parameter is missing: resource share id.A parameter is invalid: resource share id.A parameter is invalid: resources.A parameter is invalid: resources, duplicate.A parameter is invalid: resources, length.A parameter is invalid: targets.A parameter is invalid: targets, duplicate.A parameter is invalid: targets, length.Invalid target.Resource and target both empty.A parameter is invalid.A parameter is invalid: resource type.A parameter is invalid: permission names, duplicate.A parameter is invalid: permission names, length.A parameter is invalid: target properties.A parameter is invalid: target properties, duplicate.A parameter is invalid: target properties, length.Entity not exists: resource share.Entity not exists: permission.Not enable sharing with resource directory.Account not in resource directory.Resource share status mismatch action.A quota was exceeded: shared resource, count.Share with yourself.Associate conflict.Not management account.A quota was exceeded: pending invitations.Invalid target: legal entity mismatch.External targets not allowed: resource type.Invalid target: site mismatch.Not support: service, exist in other resource share.Not support: service, associate conflict.A required parameter is missing: permission name.The caller has no permission: change resource group.A required parameter is missing: resource region id.A required parameter is missing: resource id.A required parameter is missing: resource group id.Invalid resource group.System error.Resource not found.A parameter is invalid: resource share name.A parameter is invalid: resource share name, length.A required parameter is missing: resource share name.A quota was exceeded: resource share, count.Entity already exists: resource share.Delete resource share conflict.Disassociate invalid.Disassociate conflict.Leaving failed: account.Leaving failed: resource type.External target withdraw conflict.Disassociate conflict: permission.Action not permitted.Already enabled.A parameter is invalid: permission version.A parameter is invalid: max results.A parameter is invalid: next token.A parameter is invalid: next token, length.A required parameter is missing: association type.A parameter is invalid: association type.A parameter is invalid: association status.A parameter is invalid: resource share ids.A parameter is invalid: resource share ids, duplicate.A parameter is invalid: resource share ids, length.A parameter is invalid: target.A parameter is invalid: resource id.Conflicted association type.A parameter is invalid: resource share invitation ids.A parameter is invalid: resource share invitation ids, duplicate.A parameter is invalid: resource share invitation ids, length.A parameter is invalid: resource owner.A required parameter is missing: resource owner.A parameter is invalid: resource share status.A parameter is invalid: resource ids.A parameter is invalid: resource ids, duplicate.A parameter is invalid: resource ids, length.Operation not permitted.",
        ends: &[
            0, 53, 115, 142, 187, 223, 259, 310, 352, 386, 431, 473, 505, 548, 588, 603,
            634, 657, 695, 747, 796, 838, 891, 941, 975, 1005, 1048, 1082, 1120, 1165,
            1185, 1204, 1227, 1269, 1307, 1351, 1381, 1433, 1474, 1523, 1575, 1627, 1672,
            1723, 1746, 1759, 1778, 1822, 1874, 1927, 1971, 2009, 2040, 2061, 2083, 2107,
            2137, 2171, 2205, 2226, 2242, 2285, 2321, 2356, 2399, 2449, 2490, 2533, 2576,
            2630, 2681, 2712, 2748, 2776, 2830, 2895, 2957, 2996, 3044, 3090, 3127, 3175,
            3220, 3244,
        ],
    };
    static STATUSES: [u16; 83] = [
        400, 400, 409, 409, 409, 409, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 404, 404, 409, 409, 409, 409, 409, 409, 409,
        409, 409, 409, 409, 409, 409, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 409, 409, 409, 400, 409, 409, 409, 409, 409, 409, 409, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 409,
    ];
    static STATUS_ENDS: [u32; 84] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
        63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
        83,
    ];
    static RETRY: [::cloud_errors::Retry; 83] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaacaaacaaaaaacaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 83] = ::cloud_errors::__private::category_column(
        b"ccjjjjccccccccccccccccceejjjhjjjhjjjjjcgccccccccchjjcjjjjjjjccccccccccccccccccccccj",
    );
    static PILOTS: [u16; 21] = [
        0, 13, 23, 4, 1, 0, 0, 0, 38, 78, 3, 45, 37, 361, 63, 48, 0, 0, 104, 10, 457,
    ];
    static SLOTS: [(&str, u32); 92] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            3, 4294967295, 22, 60, 11, 6, 49, 75, 18, 43, 72, 24, 47, 4294967295, 12, 7,
            30, 44, 56, 80, 16, 35, 28, 69, 2, 33, 4294967295, 39, 36, 79, 66, 55, 26,
            15, 4294967295, 70, 21, 62, 32, 76, 63, 57, 78, 71, 54, 67, 4294967295, 73,
            4294967295, 50, 37, 68, 74, 23, 34, 10, 19, 41, 14, 42, 40, 31, 52, 17, 53,
            9, 20, 13, 0, 46, 61, 27, 4, 4294967295, 29, 8, 59, 38, 48, 45, 81, 5, 1, 77,
            51, 58, 65, 82, 64, 25, 4294967295, 4294967295,
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
    const PROVIDER: &'static str = "Alibaba Cloud ResourceSharing";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud ResourceSharing's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud ResourceSharing: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
