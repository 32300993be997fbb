// @generated from catalogs/tencent/organization_v20181225.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud ORGANIZATION v20181225: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud ORGANIZATION v20181225: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.DisableDeleteMemberFromRootNode`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: disable delete member from root node.
    FailedOperationDisableDeleteMemberFromRootNode,
    /// `FailedOperation.DisableQuitSelfCreatedOrganization`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: disable quit self created organization.
    FailedOperationDisableQuitSelfCreatedOrganization,
    /// `FailedOperation.InOrganizationAlready`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: in organization already.
    FailedOperationInOrganizationAlready,
    /// `FailedOperation.MemberNameUsed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: member name used.
    FailedOperationMemberNameUsed,
    /// `FailedOperation.NodeNotEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: node not empty.
    FailedOperationNodeNotEmpty,
    /// `FailedOperation.NotSameRegion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not same region.
    FailedOperationNotSameRegion,
    /// `FailedOperation.OrganizationExistAlready`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization exist already.
    FailedOperationOrganizationExistAlready,
    /// `FailedOperation.OrganizationNotEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: organization not empty.
    FailedOperationOrganizationNotEmpty,
    /// `FailedOperation.QuitShareUintError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: quit share uint error.
    FailedOperationQuitShareUintError,
    /// `FailedOperation.ReSentInvitation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: re sent invitation.
    FailedOperationReSentInvitation,
    /// `FailedOperation.ShareUnitNotEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: share unit not empty.
    FailedOperationShareUnitNotEmpty,
    /// `FailedOperation.SomeUinsNotInOrganization`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: some uins not in organization.
    FailedOperationSomeUinsNotInOrganization,
    /// `FailedOperation.UserInOrganization`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user in organization.
    FailedOperationUserInOrganization,
    /// `FailedOperation.UserNotRegister`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user not register.
    FailedOperationUserNotRegister,
    /// `LimitExceeded.Members`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: members.
    LimitExceededMembers,
    /// `LimitExceeded.NodeDepthExceedLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: node depth exceed limit.
    LimitExceededNodeDepthExceedLimit,
    /// `LimitExceeded.NodeExceedLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: node exceed limit.
    LimitExceededNodeExceedLimit,
    /// `ResourceInUse.NodeName`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: node name.
    ResourceInUseNodeName,
    /// `ResourceInUse.NodeNameUsed`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: node name used.
    ResourceInUseNodeNameUsed,
    /// `ResourceNotFound.InvitationNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: invitation not exist.
    ResourceNotFoundInvitationNotExist,
    /// `ResourceNotFound.MemberNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: member not exist.
    ResourceNotFoundMemberNotExist,
    /// `ResourceNotFound.NodeNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: node not exist.
    ResourceNotFoundNodeNotExist,
    /// `ResourceNotFound.OrganizationNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: organization not exist.
    ResourceNotFoundOrganizationNotExist,
    /// `ResourceNotFound.UserNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: user not exist.
    ResourceNotFoundUserNotExist,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 25] = [
        "FailedOperation",
        "FailedOperation.DisableDeleteMemberFromRootNode",
        "FailedOperation.DisableQuitSelfCreatedOrganization",
        "FailedOperation.InOrganizationAlready",
        "FailedOperation.MemberNameUsed",
        "FailedOperation.NodeNotEmpty",
        "FailedOperation.NotSameRegion",
        "FailedOperation.OrganizationExistAlready",
        "FailedOperation.OrganizationNotEmpty",
        "FailedOperation.QuitShareUintError",
        "FailedOperation.ReSentInvitation",
        "FailedOperation.ShareUnitNotEmpty",
        "FailedOperation.SomeUinsNotInOrganization",
        "FailedOperation.UserInOrganization",
        "FailedOperation.UserNotRegister",
        "LimitExceeded.Members",
        "LimitExceeded.NodeDepthExceedLimit",
        "LimitExceeded.NodeExceedLimit",
        "ResourceInUse.NodeName",
        "ResourceInUse.NodeNameUsed",
        "ResourceNotFound.InvitationNotExist",
        "ResourceNotFound.MemberNotExist",
        "ResourceNotFound.NodeNotExist",
        "ResourceNotFound.OrganizationNotExist",
        "ResourceNotFound.UserNotExist",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.The operation failed: disable delete member from root node.The operation failed: disable quit self created organization.The operation failed: in organization already.The operation failed: member name used.The operation failed: node not empty.The operation failed: not same region.The operation failed: organization exist already.The operation failed: organization not empty.The operation failed: quit share uint error.The operation failed: re sent invitation.The operation failed: share unit not empty.The operation failed: some uins not in organization.The operation failed: user in organization.The operation failed: user not register.A limit was exceeded: members.A limit was exceeded: node depth exceed limit.A limit was exceeded: node exceed limit.The resource is in use: node name.The resource is in use: node name used.The resource was not found: invitation not exist.The resource was not found: member not exist.The resource was not found: node not exist.The resource was not found: organization not exist.The resource was not found: user not exist.",
        ends: &[
            0, 21, 80, 141, 187, 226, 263, 301, 350, 395, 439, 480, 523, 575, 618, 658,
            688, 734, 774, 808, 847, 896, 941, 984, 1035, 1078,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 25] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaabbaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 25] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiiiiiiihhhjjeeeee",
    );
    static PILOTS: [u16; 7] = [53, 0, 1, 7, 3, 148, 3];
    static SLOTS: [(&str, u32); 27] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            24, 21, 23, 8, 9, 5, 11, 13, 4294967295, 7, 0, 12, 3, 18, 22, 20, 14, 2, 1,
            19, 15, 4294967295, 4, 17, 6, 10, 16,
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
    const PROVIDER: &'static str = "Tencent Cloud ORGANIZATION v20181225";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud ORGANIZATION v20181225's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud ORGANIZATION v20181225: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
