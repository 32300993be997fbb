// @generated from catalogs/alibaba/quickbi_public.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud quickbi\-public: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud quickbi\-public: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `Cube.Not.Exist`: HTTP 400; retry: never; category: invalid_argument.
    /// Cube: not, exist.
    CubeNotExist,
    /// `CubePermission.Columnlevel.VersionError`: HTTP 400; retry: never; category: invalid_argument.
    /// Cube permission: columnlevel, version error.
    CubePermissionColumnlevelVersionError,
    /// `RowLevelPermission.SwitchClose.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Row level permission: switch close, error.
    RowLevelPermissionSwitchCloseError,
    /// `RowLevelPermission.Rule.NotExsist`: HTTP 400; retry: never; category: invalid_argument.
    /// Row level permission: rule, not exsist.
    RowLevelPermissionRuleNotExsist,
    /// `RowLevelPermission.Rule.NotBelongToCube`: HTTP 400; retry: never; category: invalid_argument.
    /// Row level permission: rule, not belong to cube.
    RowLevelPermissionRuleNotBelongToCube,
    /// `Cube.NotBelongTo.CurrentOrganization`: HTTP 400; retry: never; category: invalid_argument.
    /// Cube: not belong to, current organization.
    CubeNotBelongToCurrentOrganization,
    /// `Internal.System.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Internal: system, error.
    InternalSystemError,
    /// `Instance.Expired`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: expired.
    InstanceExpired,
    /// `Instance.Not.Exist`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: not, exist.
    InstanceNotExist,
    /// `Invalid.Organization`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: organization.
    InvalidOrganization,
    /// `User.Not.In.Organization`: HTTP 400; retry: never; category: invalid_argument.
    /// User: not, in, organization.
    UserNotInOrganization,
    /// `Invalid.Parameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: parameter.
    InvalidParameter,
    /// `Invalid.Parameter.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: parameter, error.
    InvalidParameterError,
    /// `Invalid.Param.Error`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Invalid: param, error.
    InvalidParamError,
    /// `Invalid.User.Admin`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: user, admin.
    InvalidUserAdmin,
    /// `System.Param.Empty`: HTTP 400; retry: never; category: invalid_argument.
    /// System: param, empty.
    SystemParamEmpty,
    /// `Access.Forbidden`: HTTP 400; retry: never; category: invalid_argument.
    /// Access: forbidden.
    AccessForbidden,
    /// `UserInfo.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// User info: error.
    UserInfoError,
    /// `ApiUser.Not.Exists`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Api user: not, exists.
    ApiUserNotExists,
    /// `User.Not.WorkspaceAdmin`: HTTP 400; retry: never; category: invalid_argument.
    /// User: not, workspace admin.
    UserNotWorkspaceAdmin,
    /// `Application.Object.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Application: object, not exist.
    ApplicationObjectNotExist,
    /// `Not.ApiCall.AuthUser`: HTTP 400; retry: never; category: invalid_argument.
    /// Not: api call, auth user.
    NotApiCallAuthUser,
    /// `Report.NotExist.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Report: not exist, error.
    ReportNotExistError,
    /// `Workspace.Not.Exist`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Workspace: not, exist.
    WorkspaceNotExist,
    /// `Workspace.NotIn.Organization`: HTTP 400; retry: never; category: invalid_argument.
    /// Workspace: not in, organization.
    WorkspaceNotInOrganization,
    /// `Workspace.Share.Forbidden`: HTTP 400; retry: never; category: invalid_argument.
    /// Workspace: share, forbidden.
    WorkspaceShareForbidden,
    /// `Workspace.OutsideShare.Forbidden`: HTTP 400; retry: never; category: invalid_argument.
    /// Workspace: outside share, forbidden.
    WorkspaceOutsideShareForbidden,
    /// `Usergroup.Not.Exist`: HTTP 400; retry: never; category: invalid_argument.
    /// Usergroup: not, exist.
    UsergroupNotExist,
    /// `UserGroup.NotIn.Organization`: HTTP 400; retry: never; category: invalid_argument.
    /// User group: not in, organization.
    UserGroupNotInOrganization,
    /// `Share.ExpireDate.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Share: expire date, error.
    ShareExpireDateError,
    /// `Organization.Developers.ReachedTheUpperLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Organization: developers, reached the upper limit.
    OrganizationDevelopersReachedTheUpperLimit,
    /// `Organization.Viewers.ReachedTheUpperLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Organization: viewers, reached the upper limit.
    OrganizationViewersReachedTheUpperLimit,
    /// `Organization.Analysts.ReachedTheUpperLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Organization: analysts, reached the upper limit.
    OrganizationAnalystsReachedTheUpperLimit,
    /// `NickName.AlreadyIn.Organization`: HTTP 400; retry: never; category: invalid_argument.
    /// Nick name: already in, organization.
    NickNameAlreadyInOrganization,
    /// `User.AlreadyIn.Organization`: HTTP 400; retry: never; category: invalid_argument.
    /// User: already in, organization.
    UserAlreadyInOrganization,
    /// `Invalid.User.Organization`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: user, organization.
    InvalidUserOrganization,
    /// `Instance.Over.MaxLicense`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: over, max license.
    InstanceOverMaxLicense,
    /// `AnalystUser.NotSupport.AdminOrDevRole`: HTTP 400; retry: never; category: invalid_argument.
    /// Analyst user: not support, admin or dev role.
    AnalystUserNotSupportAdminOrDevRole,
    /// `Workspace.Type.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Workspace: type, error.
    WorkspaceTypeError,
    /// `Viewer.AddInTo.Workspace`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Viewer: add in to, workspace.
    ViewerAddInToWorkspace,
    /// `User.AlreadyIn.Workspace`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// User: already in, workspace.
    UserAlreadyInWorkspace,
    /// `User.AlreadyIn.Role`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// User: already in, role.
    UserAlreadyInRole,
    /// `User.OrganizationRole.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// User: organization role, not exist.
    UserOrganizationRoleNotExist,
    /// `Viewer.CannotHave.CustomRole`: HTTP 400; retry: never; category: invalid_argument.
    /// Viewer: cannot have, custom role.
    ViewerCannotHaveCustomRole,
    /// `UserAnalyst.NotSupport.ThisRole`: HTTP 400; retry: never; category: invalid_argument.
    /// User analyst: not support, this role.
    UserAnalystNotSupportThisRole,
    /// `RoleCount.ExceedsLimit.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Role count: exceeds limit, error.
    RoleCountExceedsLimitError,
    /// `BindRole.NotExist.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Bind role: not exist, error.
    BindRoleNotExistError,
    /// `Invalid.User`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: user.
    InvalidUser,
    /// `Parameter.Length.Exceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter: length, exceed.
    ParameterLengthExceed,
    /// `UserGroup.Already.Synchronized`: HTTP 400; retry: never; category: invalid_argument.
    /// User group: already, synchronized.
    UserGroupAlreadySynchronized,
    /// `TagName.Repeat`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag name: repeat.
    TagNameRepeat,
    /// `Name.Length.Exceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Name: length, exceeded.
    NameLengthExceeded,
    /// `Name.RegularExpression.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Name: regular expression, error.
    NameRegularExpressionError,
    /// `User.RoleType.Valid`: HTTP 400; retry: never; category: invalid_argument.
    /// User: role type, valid.
    UserRoleTypeValid,
    /// `Quick.Job.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Quick: job, not exist.
    QuickJobNotExist,
    /// `Last.Job.Failed`: HTTP 400; retry: never; category: invalid_argument.
    /// Last: job, failed.
    LastJobFailed,
    /// `Repeat.Running.Job`: HTTP 400; retry: never; category: invalid_argument.
    /// Repeat: running, job.
    RepeatRunningJob,
    /// `User.OperationPermission.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// User: operation permission, error.
    UserOperationPermissionError,
    /// `AccessMenu.NotMatch.Portal`: HTTP 400; retry: never; category: invalid_argument.
    /// Access menu: not match, portal.
    AccessMenuNotMatchPortal,
    /// `FolderMenu.CanNot.Authorize`: HTTP 400; retry: never; category: invalid_argument.
    /// Folder menu: can not, authorize.
    FolderMenuCanNotAuthorize,
    /// `Menu.NotBelongTo.CurrentDataportal`: HTTP 400; retry: never; category: invalid_argument.
    /// Menu: not belong to, current dataportal.
    MenuNotBelongToCurrentDataportal,
    /// `User.NotBelongTo.CurrentOrganization`: HTTP 400; retry: never; category: invalid_argument.
    /// User: not belong to, current organization.
    UserNotBelongToCurrentOrganization,
    /// `Usergroup.NotBelongTo.CurrentOrganization`: HTTP 400; retry: never; category: invalid_argument.
    /// Usergroup: not belong to, current organization.
    UsergroupNotBelongToCurrentOrganization,
    /// `Feishhu.Config.Not.Exit`: HTTP 400; retry: never; category: invalid_argument.
    /// Feishhu: config, not, exit.
    FeishhuConfigNotExit,
    /// `Feishu.User.Need.Sync.Contact`: HTTP 400; retry: never; category: invalid_argument.
    /// Feishu: user, need, sync, contact.
    FeishuUserNeedSyncContact,
    /// `Feishu.Parameter.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Feishu: parameter, error.
    FeishuParameterError,
    /// `Mail.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Mail: invalid.
    MailInvalid,
    /// `Feishu.User.Duplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Feishu: user, duplicated.
    FeishuUserDuplicated,
    /// `FeishuUser.UserGroup.AssociationError`: HTTP 400; retry: never; category: invalid_argument.
    /// Feishu user: user group, association error.
    FeishuUserUserGroupAssociationError,
    /// `Favorite.NotCancel.Permission`: HTTP 400; retry: never; category: invalid_argument.
    /// Favorite: not cancel, permission.
    FavoriteNotCancelPermission,
    /// `Resource.NotBelongTo.CurrentOrganization`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource: not belong to, current organization.
    ResourceNotBelongToCurrentOrganization,
    /// `Authorize3rdTicket.BindedWorks.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Authorize3rd ticket: binded works, mismatch.
    Authorize3rdTicketBindedWorksMismatch,
    /// `Authorize3rdTicket.Expired`: HTTP 400; retry: never; category: invalid_argument.
    /// Authorize3rd ticket: expired.
    Authorize3rdTicketExpired,
    /// `Authorize3rdTicket.HasNo.LoginToken`: HTTP 400; retry: never; category: invalid_argument.
    /// Authorize3rd ticket: has no, login token.
    Authorize3rdTicketHasNoLoginToken,
    /// `Authorize3rdTicket.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Authorize3rd ticket: not exist.
    Authorize3rdTicketNotExist,
    /// `Authorize3rdTicket.Num.Exceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Authorize3rd ticket: num, exceed.
    Authorize3rdTicketNumExceed,
    /// `Authorize3rdTicket.Num.HasNoLeft`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Authorize3rd ticket: num, has no left.
    Authorize3rdTicketNumHasNoLeft,
    /// `Authorize3Rd.Report.Unauthorized`: HTTP 400; retry: never; category: invalid_argument.
    /// Authorize3 rd: report, unauthorized.
    Authorize3RdReportUnauthorized,
    /// `Datasource.NotFound.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Datasource: not found, error.
    DatasourceNotFoundError,
    /// `Report.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Report: not exist.
    ReportNotExist,
    /// `Organization.Workspace.Inconformity`: HTTP 400; retry: never; category: invalid_argument.
    /// Organization: workspace, inconformity.
    OrganizationWorkspaceInconformity,
    /// `GlobalParam.Restricted.Use`: HTTP 400; retry: never; category: invalid_argument.
    /// Global param: restricted, use.
    GlobalParamRestrictedUse,
    /// `Authorize3rdTicket.Unsupport.ScreenWatermark`: HTTP 400; retry: never; category: invalid_argument.
    /// Authorize3rd ticket: unsupport, screen watermark.
    Authorize3rdTicketUnsupportScreenWatermark,
    /// `CopilotEmbed.Config.NotFind`: HTTP 500; retry: never; category: internal.
    /// Copilot embed: config, not find.
    CopilotEmbedConfigNotFind,
    /// `Duplicate.Name.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate: name, error.
    DuplicateNameError,
    /// `UserGroup.Parent.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// User group: parent, not found.
    UserGroupParentNotFound,
    /// `Duplicate.UserGroup.Id`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate: user group, id.
    DuplicateUserGroupId,
    /// `RootUserGroup.Create.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Root user group: create, error.
    RootUserGroupCreateError,
    /// `UserGroup.Layer.Limited`: HTTP 400; retry: never; category: invalid_argument.
    /// User group: layer, limited.
    UserGroupLayerLimited,
    /// `Duplicate.UserGroupName.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate: user group name, error.
    DuplicateUserGroupNameError,
    /// `NoPermissionTo.Operate.Object`: HTTP 400; retry: never; category: invalid_argument.
    /// No permission to: operate, object.
    NoPermissionToOperateObject,
    /// `CannotRemove.OrganizationOwner`: HTTP 400; retry: never; category: invalid_argument.
    /// Cannot remove: organization owner.
    CannotRemoveOrganizationOwner,
    /// `Member.ExistInWorkspace.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Member: exist in workspace, error.
    MemberExistInWorkspaceError,
    /// `Not.Organization.AuthAdmin`: HTTP 400; retry: never; category: invalid_argument.
    /// Not: organization, auth admin.
    NotOrganizationAuthAdmin,
    /// `Works.Transfer.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Works: transfer, error.
    WorksTransferError,
    /// `CanNot.Remove.WorkspaceOwner`: HTTP 400; retry: never; category: invalid_argument.
    /// Can not: remove, workspace owner.
    CanNotRemoveWorkspaceOwner,
    /// `User.NotIn.Workspace`: HTTP 400; retry: never; category: invalid_argument.
    /// User: not in, workspace.
    UserNotInWorkspace,
    /// `Transfer.TargetUser.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Transfer: target user, not exist.
    TransferTargetUserNotExist,
    /// `Cannot.TransferTo.Owner`: HTTP 400; retry: never; category: invalid_argument.
    /// Cannot: transfer to, owner.
    CannotTransferToOwner,
    /// `PersonalWorkspace.NotSupport.AllTransfer`: HTTP 400; retry: never; category: invalid_argument.
    /// Personal workspace: not support, all transfer.
    PersonalWorkspaceNotSupportAllTransfer,
    /// `UserGroup.Remove.RootNode`: HTTP 400; retry: never; category: invalid_argument.
    /// User group: remove, root node.
    UserGroupRemoveRootNode,
    /// `UserGroup.Remove.WithChildren`: HTTP 400; retry: never; category: invalid_argument.
    /// User group: remove, with children.
    UserGroupRemoveWithChildren,
    /// `UserTag.NotIn.CurrentOrganization`: HTTP 400; retry: never; category: invalid_argument.
    /// User tag: not in, current organization.
    UserTagNotInCurrentOrganization,
    /// `User.Role.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// User: role, not exist.
    UserRoleNotExist,
    /// `Invalid.Workspace`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: workspace.
    InvalidWorkspace,
    /// `ApiDataSource.NotIn.Workspace`: HTTP 400; retry: never; category: invalid_argument.
    /// Api data source: not in, workspace.
    ApiDataSourceNotInWorkspace,
    /// `ApiDatasource.Not.Exist`: HTTP 400; retry: never; category: invalid_argument.
    /// Api datasource: not, exist.
    ApiDatasourceNotExist,
    /// `ApiDatasource.Param.IsNull`: HTTP 400; retry: never; category: invalid_argument.
    /// Api datasource: param, is null.
    ApiDatasourceParamIsNull,
    /// `ApiDatasource.Param.Oversize`: HTTP 400; retry: never; category: invalid_argument.
    /// Api datasource: param, oversize.
    ApiDatasourceParamOversize,
    /// `API.No.Permission`: HTTP 400; retry: never; category: invalid_argument.
    /// API: no, permission.
    ApiNoPermission,
    /// `API.Not.Exist`: HTTP 400; retry: never; category: invalid_argument.
    /// API: not, exist.
    ApiNotExist,
    /// `Invalid.Parameter.Conditions`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: parameter, conditions.
    InvalidParameterConditions,
    /// `Invalid.Parameter.ReturnFields`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: parameter, return fields.
    InvalidParameterReturnFields,
    /// `Missing.Conditions`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing: conditions.
    MissingConditions,
    /// `Missing.Dimension.Measure`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing: dimension, measure.
    MissingDimensionMeasure,
    /// `Rowlevel.Permission.Forbbiden`: HTTP 400; retry: never; category: invalid_argument.
    /// Rowlevel: permission, forbbiden.
    RowlevelPermissionForbbiden,
    /// `Datasource.Sql.ExecuteFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Datasource: sql, execute failed.
    DatasourceSqlExecuteFailed,
    /// `Not.WorkspaceCube.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Not: workspace cube, error.
    NotWorkspaceCubeError,
    /// `DatasourceId.IsNull.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Datasource id: is null, error.
    DatasourceIdIsNullError,
    /// `Datasource.UserPermission.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Datasource: user permission, error.
    DatasourceUserPermissionError,
    /// `Decryption.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Decryption: error.
    DecryptionError,
    /// `CubeMeta.ToXml.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Cube meta: to xml, error.
    CubeMetaToXmlError,
    /// `Cube.ParseToXml.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Cube: parse to xml, error.
    CubeParseToXmlError,
    /// `CubeSchema.Not.Exist`: HTTP 400; retry: never; category: invalid_argument.
    /// Cube schema: not, exist.
    CubeSchemaNotExist,
    /// `AE0579100001`: HTTP 400; retry: never; category: invalid_argument.
    /// AE0579100001.
    Ae0579100001,
    /// `User.PresetWorkspaceRole.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// User: preset workspace role, not exist.
    UserPresetWorkspaceRoleNotExist,
    /// `Invalid.Works.Empty`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: works, empty.
    InvalidWorksEmpty,
    /// `Invalid.WorksId.Not.Publish`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: works id, not, publish.
    InvalidWorksIdNotPublish,
    /// `Application.RecordClosed`: HTTP 400; retry: never; category: invalid_argument.
    /// Application: record closed.
    ApplicationRecordClosed,
    /// `Application.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Application: not exist.
    ApplicationNotExist,
    /// `Workspace.Status.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Workspace: status, error.
    WorkspaceStatusError,
    /// `CubePermission.ColumnlevelField.Repeat`: HTTP 400; retry: never; category: invalid_argument.
    /// Cube permission: columnlevel field, repeat.
    CubePermissionColumnlevelFieldRepeat,
    /// `Auth3Rd.Over.MaxQuota`: HTTP 400; retry: never; category: invalid_argument.
    /// Auth3 rd: over, max quota.
    Auth3RdOverMaxQuota,
    /// `Fobbiden.Action`: HTTP 400; retry: never; category: invalid_argument.
    /// Fobbiden: action.
    FobbidenAction,
    /// `OrganizationDeveloper.CanNotChangeTo.AnalystOrViewer`: HTTP 400; retry: never; category: invalid_argument.
    /// Organization developer: can not change to, analyst or viewer.
    OrganizationDeveloperCanNotChangeToAnalystOrViewer,
    /// `OrgAdminOrPermissionAdmin.CannotChangeTo.Viewer`: HTTP 400; retry: never; category: invalid_argument.
    /// Org admin or permission admin: cannot change to, viewer.
    OrgAdminOrPermissionAdminCannotChangeToViewer,
    /// `ChangeTo.Viewer.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Change to: viewer, error.
    ChangeToViewerError,
    /// `Remove.AdminRoleOf.WorkspaceOwner`: HTTP 400; retry: never; category: invalid_argument.
    /// Remove: admin role of, workspace owner.
    RemoveAdminRoleOfWorkspaceOwner,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 138] = [
        "Cube.Not.Exist",
        "CubePermission.Columnlevel.VersionError",
        "RowLevelPermission.SwitchClose.Error",
        "RowLevelPermission.Rule.NotExsist",
        "RowLevelPermission.Rule.NotBelongToCube",
        "Cube.NotBelongTo.CurrentOrganization",
        "Internal.System.Error",
        "Instance.Expired",
        "Instance.Not.Exist",
        "Invalid.Organization",
        "User.Not.In.Organization",
        "Invalid.Parameter",
        "Invalid.Parameter.Error",
        "Invalid.Param.Error",
        "Invalid.User.Admin",
        "System.Param.Empty",
        "Access.Forbidden",
        "UserInfo.Error",
        "ApiUser.Not.Exists",
        "User.Not.WorkspaceAdmin",
        "Application.Object.NotExist",
        "Not.ApiCall.AuthUser",
        "Report.NotExist.Error",
        "Workspace.Not.Exist",
        "Workspace.NotIn.Organization",
        "Workspace.Share.Forbidden",
        "Workspace.OutsideShare.Forbidden",
        "Usergroup.Not.Exist",
        "UserGroup.NotIn.Organization",
        "Share.ExpireDate.Error",
        "Organization.Developers.ReachedTheUpperLimit",
        "Organization.Viewers.ReachedTheUpperLimit",
        "Organization.Analysts.ReachedTheUpperLimit",
        "NickName.AlreadyIn.Organization",
        "User.AlreadyIn.Organization",
        "Invalid.User.Organization",
        "Instance.Over.MaxLicense",
        "AnalystUser.NotSupport.AdminOrDevRole",
        "Workspace.Type.Error",
        "Viewer.AddInTo.Workspace",
        "User.AlreadyIn.Workspace",
        "User.AlreadyIn.Role",
        "User.OrganizationRole.NotExist",
        "Viewer.CannotHave.CustomRole",
        "UserAnalyst.NotSupport.ThisRole",
        "RoleCount.ExceedsLimit.Error",
        "BindRole.NotExist.Error",
        "Invalid.User",
        "Parameter.Length.Exceed",
        "UserGroup.Already.Synchronized",
        "TagName.Repeat",
        "Name.Length.Exceeded",
        "Name.RegularExpression.Error",
        "User.RoleType.Valid",
        "Quick.Job.NotExist",
        "Last.Job.Failed",
        "Repeat.Running.Job",
        "User.OperationPermission.Error",
        "AccessMenu.NotMatch.Portal",
        "FolderMenu.CanNot.Authorize",
        "Menu.NotBelongTo.CurrentDataportal",
        "User.NotBelongTo.CurrentOrganization",
        "Usergroup.NotBelongTo.CurrentOrganization",
        "Feishhu.Config.Not.Exit",
        "Feishu.User.Need.Sync.Contact",
        "Feishu.Parameter.Error",
        "Mail.Invalid",
        "Feishu.User.Duplicated",
        "FeishuUser.UserGroup.AssociationError",
        "Favorite.NotCancel.Permission",
        "Resource.NotBelongTo.CurrentOrganization",
        "Authorize3rdTicket.BindedWorks.Mismatch",
        "Authorize3rdTicket.Expired",
        "Authorize3rdTicket.HasNo.LoginToken",
        "Authorize3rdTicket.NotExist",
        "Authorize3rdTicket.Num.Exceed",
        "Authorize3rdTicket.Num.HasNoLeft",
        "Authorize3Rd.Report.Unauthorized",
        "Datasource.NotFound.Error",
        "Report.NotExist",
        "Organization.Workspace.Inconformity",
        "GlobalParam.Restricted.Use",
        "Authorize3rdTicket.Unsupport.ScreenWatermark",
        "CopilotEmbed.Config.NotFind",
        "Duplicate.Name.Error",
        "UserGroup.Parent.NotFound",
        "Duplicate.UserGroup.Id",
        "RootUserGroup.Create.Error",
        "UserGroup.Layer.Limited",
        "Duplicate.UserGroupName.Error",
        "NoPermissionTo.Operate.Object",
        "CannotRemove.OrganizationOwner",
        "Member.ExistInWorkspace.Error",
        "Not.Organization.AuthAdmin",
        "Works.Transfer.Error",
        "CanNot.Remove.WorkspaceOwner",
        "User.NotIn.Workspace",
        "Transfer.TargetUser.NotExist",
        "Cannot.TransferTo.Owner",
        "PersonalWorkspace.NotSupport.AllTransfer",
        "UserGroup.Remove.RootNode",
        "UserGroup.Remove.WithChildren",
        "UserTag.NotIn.CurrentOrganization",
        "User.Role.NotExist",
        "Invalid.Workspace",
        "ApiDataSource.NotIn.Workspace",
        "ApiDatasource.Not.Exist",
        "ApiDatasource.Param.IsNull",
        "ApiDatasource.Param.Oversize",
        "API.No.Permission",
        "API.Not.Exist",
        "Invalid.Parameter.Conditions",
        "Invalid.Parameter.ReturnFields",
        "Missing.Conditions",
        "Missing.Dimension.Measure",
        "Rowlevel.Permission.Forbbiden",
        "Datasource.Sql.ExecuteFailed",
        "Not.WorkspaceCube.Error",
        "DatasourceId.IsNull.Error",
        "Datasource.UserPermission.Error",
        "Decryption.Error",
        "CubeMeta.ToXml.Error",
        "Cube.ParseToXml.Error",
        "CubeSchema.Not.Exist",
        "AE0579100001",
        "User.PresetWorkspaceRole.NotExist",
        "Invalid.Works.Empty",
        "Invalid.WorksId.Not.Publish",
        "Application.RecordClosed",
        "Application.NotExist",
        "Workspace.Status.Error",
        "CubePermission.ColumnlevelField.Repeat",
        "Auth3Rd.Over.MaxQuota",
        "Fobbiden.Action",
        "OrganizationDeveloper.CanNotChangeTo.AnalystOrViewer",
        "OrgAdminOrPermissionAdmin.CannotChangeTo.Viewer",
        "ChangeTo.Viewer.Error",
        "Remove.AdminRoleOf.WorkspaceOwner",
    ];
    static NAME_CODES: [u32; 3] = [109, 110, 124];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "ApiNoPermissionApiNotExistAe0579100001",
        ends: &[0, 15, 26, 38],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Cube: not, exist.Cube permission: columnlevel, version error.Row level permission: switch close, error.Row level permission: rule, not exsist.Row level permission: rule, not belong to cube.Cube: not belong to, current organization.Internal: system, error.Instance: expired.Instance: not, exist.Invalid: organization.User: not, in, organization.Invalid: parameter.Invalid: parameter, error.Invalid: param, error.Invalid: user, admin.System: param, empty.Access: forbidden.User info: error.Api user: not, exists.User: not, workspace admin.Application: object, not exist.Not: api call, auth user.Report: not exist, error.Workspace: not, exist.Workspace: not in, organization.Workspace: share, forbidden.Workspace: outside share, forbidden.Usergroup: not, exist.User group: not in, organization.Share: expire date, error.Organization: developers, reached the upper limit.Organization: viewers, reached the upper limit.Organization: analysts, reached the upper limit.Nick name: already in, organization.User: already in, organization.Invalid: user, organization.Instance: over, max license.Analyst user: not support, admin or dev role.Workspace: type, error.Viewer: add in to, workspace.User: already in, workspace.User: already in, role.User: organization role, not exist.Viewer: cannot have, custom role.User analyst: not support, this role.Role count: exceeds limit, error.Bind role: not exist, error.Invalid: user.Parameter: length, exceed.User group: already, synchronized.Tag name: repeat.Name: length, exceeded.Name: regular expression, error.User: role type, valid.Quick: job, not exist.Last: job, failed.Repeat: running, job.User: operation permission, error.Access menu: not match, portal.Folder menu: can not, authorize.Menu: not belong to, current dataportal.User: not belong to, current organization.Usergroup: not belong to, current organization.Feishhu: config, not, exit.Feishu: user, need, sync, contact.Feishu: parameter, error.Mail: invalid.Feishu: user, duplicated.Feishu user: user group, association error.Favorite: not cancel, permission.Resource: not belong to, current organization.Authorize3rd ticket: binded works, mismatch.Authorize3rd ticket: expired.Authorize3rd ticket: has no, login token.Authorize3rd ticket: not exist.Authorize3rd ticket: num, exceed.Authorize3rd ticket: num, has no left.Authorize3 rd: report, unauthorized.Datasource: not found, error.Report: not exist.Organization: workspace, inconformity.Global param: restricted, use.Authorize3rd ticket: unsupport, screen watermark.Copilot embed: config, not find.Duplicate: name, error.User group: parent, not found.Duplicate: user group, id.Root user group: create, error.User group: layer, limited.Duplicate: user group name, error.No permission to: operate, object.Cannot remove: organization owner.Member: exist in workspace, error.Not: organization, auth admin.Works: transfer, error.Can not: remove, workspace owner.User: not in, workspace.Transfer: target user, not exist.Cannot: transfer to, owner.Personal workspace: not support, all transfer.User group: remove, root node.User group: remove, with children.User tag: not in, current organization.User: role, not exist.Invalid: workspace.Api data source: not in, workspace.Api datasource: not, exist.Api datasource: param, is null.Api datasource: param, oversize.API: no, permission.API: not, exist.Invalid: parameter, conditions.Invalid: parameter, return fields.Missing: conditions.Missing: dimension, measure.Rowlevel: permission, forbbiden.Datasource: sql, execute failed.Not: workspace cube, error.Datasource id: is null, error.Datasource: user permission, error.Decryption: error.Cube meta: to xml, error.Cube: parse to xml, error.Cube schema: not, exist.AE0579100001.User: preset workspace role, not exist.Invalid: works, empty.Invalid: works id, not, publish.Application: record closed.Application: not exist.Workspace: status, error.Cube permission: columnlevel field, repeat.Auth3 rd: over, max quota.Fobbiden: action.Organization developer: can not change to, analyst or viewer.Org admin or permission admin: cannot change to, viewer.Change to: viewer, error.Remove: admin role of, workspace owner.",
        ends: &[
            0, 17, 61, 103, 142, 189, 231, 255, 273, 294, 316, 344, 363, 389, 411, 432,
            453, 471, 488, 510, 537, 568, 593, 618, 640, 672, 700, 736, 758, 791, 817,
            867, 914, 962, 998, 1029, 1057, 1085, 1130, 1153, 1182, 1210, 1233, 1268,
            1301, 1338, 1371, 1399, 1413, 1439, 1473, 1490, 1513, 1545, 1568, 1590, 1608,
            1629, 1663, 1694, 1726, 1766, 1808, 1855, 1882, 1916, 1941, 1955, 1980, 2023,
            2056, 2102, 2146, 2175, 2216, 2247, 2280, 2318, 2354, 2383, 2401, 2439, 2469,
            2518, 2550, 2573, 2603, 2629, 2660, 2687, 2721, 2755, 2789, 2823, 2853, 2876,
            2909, 2933, 2966, 2993, 3039, 3069, 3103, 3142, 3164, 3183, 3218, 3245, 3276,
            3308, 3328, 3344, 3375, 3409, 3429, 3457, 3489, 3521, 3548, 3578, 3613, 3631,
            3656, 3682, 3706, 3719, 3758, 3780, 3812, 3839, 3862, 3887, 3930, 3956, 3973,
            4034, 4090, 4115, 4154,
        ],
    };
    static STATUSES: [u16; 145] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 500, 400,
        400, 400, 400, 400, 500, 400, 400, 400, 400, 400, 500, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 500, 400, 500, 400, 500,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 500, 400, 400, 400, 400, 400, 400, 500, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400,
    ];
    static STATUS_ENDS: [u32; 139] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19, 21, 22, 23, 24,
        25, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 44, 46, 48,
        49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68,
        69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 84, 85, 86, 87, 88, 89,
        90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107,
        108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123,
        124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139,
        140, 141, 142, 143, 144, 145,
    ];
    static RETRY: [::cloud_errors::Retry; 138] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 138] = ::cloud_errors::__private::category_column(
        b"cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccmcccccccccccccccccccccccccccccccccccccccccccccccccccccc",
    );
    static PILOTS: [u16; 35] = [
        8, 16, 0, 16, 13, 34, 2, 6, 148, 0, 0, 8, 49, 12, 33, 11, 127, 33, 4, 76, 0, 10,
        0, 40, 8, 0, 10, 29, 29, 146, 22, 0, 123, 19, 314,
    ];
    static SLOTS: [(&str, u32); 153] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            117, 26, 83, 40, 80, 104, 42, 4294967295, 118, 5, 18, 4294967295, 4294967295,
            87, 13, 27, 123, 23, 4294967295, 4294967295, 2, 4294967295, 4294967295, 59,
            52, 47, 39, 4294967295, 31, 72, 130, 48, 54, 131, 3, 16, 122, 58, 10, 79, 74,
            90, 49, 11, 134, 50, 38, 28, 124, 126, 25, 113, 17, 55, 98, 116, 96, 29, 137,
            24, 56, 4294967295, 125, 7, 4294967295, 61, 15, 102, 88, 20, 44, 103, 129, 4,
            78, 46, 6, 93, 4294967295, 30, 22, 121, 81, 86, 57, 21, 112, 70, 36,
            4294967295, 94, 65, 12, 108, 114, 64, 34, 60, 115, 107, 127, 92, 75, 1, 51,
            120, 66, 106, 9, 67, 82, 109, 133, 33, 35, 97, 84, 37, 53, 95, 8, 76, 100,
            4294967295, 4294967295, 4294967295, 99, 45, 69, 0, 135, 73, 91, 71, 119, 101,
            41, 132, 14, 128, 77, 63, 32, 111, 136, 19, 105, 85, 89, 68, 43, 110, 62,
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
    const PROVIDER: &'static str = "Alibaba Cloud quickbi-public";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud quickbi\-public's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud quickbi\-public: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
