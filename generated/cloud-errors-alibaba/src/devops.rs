// @generated from catalogs/alibaba/devops.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud devops: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud devops: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidParam.ParamNotPresent`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: param not present.
    InvalidParamParamNotPresent,
    /// `InvalidUser.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid user: not found.
    InvalidUserNotFound,
    /// `Forbidden.UserNotInCurrentOrganization`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: user not in current organization.
    ForbiddenUserNotInCurrentOrganization,
    /// `InvalidOrganization.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid organization: not found.
    InvalidOrganizationNotFound,
    /// `SystemError.UnKnownError`: HTTP 500; retry: never; category: internal.
    /// System error: un known error.
    SystemErrorUnKnownError,
    /// `Forbidden.AccessDenied`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: access denied.
    ForbiddenAccessDenied,
    /// `InvalidCluster.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cluster: not found.
    InvalidClusterNotFound,
    /// `InvalidCodeUrl.NotSupportSVN`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid code url: not support SVN.
    InvalidCodeUrlNotSupportSvn,
    /// `InvalidResource.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource: not found.
    InvalidResourceNotFound,
    /// `InvalidResourceRole.NotFoun`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource role: not foun.
    InvalidResourceRoleNotFoun,
    /// `InvalidResourceRole.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource role: not found.
    InvalidResourceRoleNotFound,
    /// `InvalidUser.ResourceMemberCouldNotDeleteOwner`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid user: resource member could not delete owner.
    InvalidUserResourceMemberCouldNotDeleteOwner,
    /// `InvalidUser.ResourceMemberNotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid user: resource member not exists.
    InvalidUserResourceMemberNotExists,
    /// `InvalidUser.UserNotInCurrentOrganization`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid user: user not in current organization.
    InvalidUserUserNotInCurrentOrganization,
    /// `Forbidden.UserNotAdminOrOwner`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: user not admin or owner.
    ForbiddenUserNotAdminOrOwner,
    /// `InvalidIdentifier.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid identifier: not found.
    InvalidIdentifierNotFound,
    /// `InvalidPipeline.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid pipeline: not found.
    InvalidPipelineNotFound,
    /// `InvalidPipelineRun.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid pipeline run: not found.
    InvalidPipelineRunNotFound,
    /// `InvalidWorkspace.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid workspace: not found.
    InvalidWorkspaceNotFound,
    /// `InvalidWorkspaceStatus.NotSuccess`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid workspace status: not success.
    InvalidWorkspaceStatusNotSuccess,
    /// `InvalidWorkspaceTemplate.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid workspace template: not found.
    InvalidWorkspaceTemplateNotFound,
    /// `Openapi.RequestError`: HTTP 400; retry: never; category: invalid_argument.
    /// Openapi: request error.
    OpenapiRequestError,
    /// `Operate.NoPermission`: HTTP 403; retry: never; category: permission_denied.
    /// Operate: no permission.
    OperateNoPermission,
    /// `WorkspaceQuotaExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Workspace quota exceeded.
    WorkspaceQuotaExceeded,
    /// `InvalidParam.NoPermission`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: no permission.
    InvalidParamNoPermission,
    /// `InvaildSpace.NotInCurrentOrganization`: HTTP 404; retry: never; category: not_found.
    /// Invaild space: not in current organization.
    InvaildSpaceNotInCurrentOrganization,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 26] = [
        "InvalidParam.ParamNotPresent",
        "InvalidUser.NotFound",
        "Forbidden.UserNotInCurrentOrganization",
        "InvalidOrganization.NotFound",
        "SystemError.UnKnownError",
        "Forbidden.AccessDenied",
        "InvalidCluster.NotFound",
        "InvalidCodeUrl.NotSupportSVN",
        "InvalidResource.NotFound",
        "InvalidResourceRole.NotFoun",
        "InvalidResourceRole.NotFound",
        "InvalidUser.ResourceMemberCouldNotDeleteOwner",
        "InvalidUser.ResourceMemberNotExists",
        "InvalidUser.UserNotInCurrentOrganization",
        "Forbidden.UserNotAdminOrOwner",
        "InvalidIdentifier.NotFound",
        "InvalidPipeline.NotFound",
        "InvalidPipelineRun.NotFound",
        "InvalidWorkspace.NotFound",
        "InvalidWorkspaceStatus.NotSuccess",
        "InvalidWorkspaceTemplate.NotFound",
        "Openapi.RequestError",
        "Operate.NoPermission",
        "WorkspaceQuotaExceeded",
        "InvalidParam.NoPermission",
        "InvaildSpace.NotInCurrentOrganization",
    ];
    static NAME_CODES: [u32; 1] = [7];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidCodeUrlNotSupportSvn",
        ends: &[0, 27],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "A parameter is invalid: param not present.Invalid user: not found.The request is forbidden: user not in current organization.Invalid organization: not found.System error: un known error.The request is forbidden: access denied.Invalid cluster: not found.Invalid code url: not support SVN.Invalid resource: not found.Invalid resource role: not foun.Invalid resource role: not found.Invalid user: resource member could not delete owner.Invalid user: resource member not exists.Invalid user: user not in current organization.The request is forbidden: user not admin or owner.Invalid identifier: not found.Invalid pipeline: not found.Invalid pipeline run: not found.Invalid workspace: not found.Invalid workspace status: not success.Invalid workspace template: not found.Openapi: request error.Operate: no permission.Workspace quota exceeded.A parameter is invalid: no permission.Invaild space: not in current organization.",
        ends: &[
            0, 42, 66, 125, 157, 186, 226, 253, 287, 315, 347, 380, 433, 474, 521, 571,
            601, 629, 661, 690, 728, 766, 789, 812, 837, 875, 918,
        ],
    };
    static STATUSES: [u16; 27] = [
        400, 400, 403, 404, 500, 403, 400, 400, 400, 400, 400, 400, 400, 404, 400, 403,
        404, 404, 404, 404, 400, 400, 400, 403, 403, 403, 404,
    ];
    static STATUS_ENDS: [u32; 27] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19, 20, 21, 22, 23,
        24, 25, 26, 27,
    ];
    static RETRY: [::cloud_errors::Retry; 26] = ::cloud_errors::__private::retry_column(
        b"aacaacaaaaaaaacaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 26] = ::cloud_errors::__private::category_column(
        b"ccgemgcccccccegeeeecccggce",
    );
    static PILOTS: [u16; 7] = [0, 0, 14, 1, 21, 21, 167];
    static SLOTS: [(&str, u32); 28] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            3, 25, 12, 18, 15, 0, 10, 19, 17, 22, 16, 23, 9, 6, 7, 4294967295, 2, 20, 1,
            11, 14, 4294967295, 24, 5, 13, 8, 21, 4,
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
    const PROVIDER: &'static str = "Alibaba Cloud devops";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud devops's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud devops: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
