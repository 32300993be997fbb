// @generated from catalogs/alibaba/dataworks_public.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud dataworks\-public: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud dataworks\-public: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `Invalid.Entity.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: entity, not exist.
    InvalidEntityNotExist,
    /// `Invalid.Tenant.ConnectionNotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: tenant, connection not exists.
    InvalidTenantConnectionNotExists,
    /// `Invalid.Tenant.ProjectNotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: tenant, project not exists.
    InvalidTenantProjectNotExists,
    /// `Invalid.Tenant.UserNotInProject`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: tenant, user not in project.
    InvalidTenantUserNotInProject,
    /// `Invalid.Tenant.UserIsNotProjectOwnerOrAdmin`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid: tenant, user is not project owner or admin.
    InvalidTenantUserIsNotProjectOwnerOrAdmin,
    /// `Invalid.Tenant.UserNotInTenant`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Invalid: tenant, user not in tenant.
    InvalidTenantUserNotInTenant,
    /// `BADPARAMETERS`: HTTP 400; retry: never; category: invalid_argument.
    /// BADPARAMETERS.
    Badparameters,
    /// `Forbidden.Access`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: access.
    ForbiddenAccess,
    /// `Throttling.Api`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled: api.
    ThrottlingApi,
    /// `Throttling.Api.Risk`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled: api, risk.
    ThrottlingApiRisk,
    /// `Throttling.System`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled: system.
    ThrottlingSystem,
    /// `Throttling.User`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled: user.
    ThrottlingUser,
    /// `InternalError.System`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred: system.
    InternalErrorSystem,
    /// `InternalError.UserId.Missing`: HTTP 500, 400; retry: backoff; category: internal.
    /// An internal error occurred: user id, missing.
    InternalErrorUserIdMissing,
    /// `Invalid.Meta.TableNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: meta, table not exist.
    InvalidMetaTableNotExist,
    /// `InvalidParameter.Meta.CommonError`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: meta, common error.
    InvalidParameterMetaCommonError,
    /// `InvalidParameter.Meta.Illegal`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: meta, illegal.
    InvalidParameterMetaIllegal,
    /// `InvalidParameter.Meta.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: meta, not exist.
    InvalidParameterMetaNotExist,
    /// `InternalError.Meta.NoCalcEngine`: HTTP 500, 400; retry: backoff; category: internal.
    /// An internal error occurred: meta, no calc engine.
    InternalErrorMetaNoCalcEngine,
    /// `Forbidden.Meta.NoTenant`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: meta, no tenant.
    ForbiddenMetaNoTenant,
    /// `InternalError.Meta.TenantTimeOut`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred: meta, tenant time out.
    InternalErrorMetaTenantTimeOut,
    /// `InternalError.Meta.Unknown`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred: meta, unknown.
    InternalErrorMetaUnknown,
    /// `ConnectionAlreadyExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Connection already exist.
    ConnectionAlreadyExist,
    /// `DataSource.CheckRamRoleFailure`: HTTP 400; retry: never; category: invalid_argument.
    /// Data source: check ram role failure.
    DataSourceCheckRamRoleFailure,
    /// `DataSource.ConnectionStrProperty.PatternNotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Data source: connection str property, pattern not match.
    DataSourceConnectionStrPropertyPatternNotMatch,
    /// `Invalid.DataSource.DataSourceTypeNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: data source, data source type not support.
    InvalidDataSourceDataSourceTypeNotSupport,
    /// `Invalid.Param.Odps.EngineIdOrConnectStrEmpty`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: param, odps, engine id or connect str empty.
    InvalidParamOdpsEngineIdOrConnectStrEmpty,
    /// `MissingParam.ConnectionStr.Property`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: connection str, property.
    MissingParamConnectionStrProperty,
    /// `Invalid.DataSource.DataSourceTypeNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: data source, data source type not exist.
    InvalidDataSourceDataSourceTypeNotExist,
    /// `Invalid.DI.Parameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: DI, parameter.
    InvalidDiParameter,
    /// `Invalid.DI.Parameter.File.Existed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: DI, parameter, file, existed.
    InvalidDiParameterFileExisted,
    /// `Forbidden.DI.NoPrivilege`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: DI, no privilege.
    ForbiddenDiNoPrivilege,
    /// `InternalError.DI.Parameter`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred: DI, parameter.
    InternalErrorDiParameter,
    /// `InvalidParameter.Meta.IllegalDate`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: meta, illegal date.
    InvalidParameterMetaIllegalDate,
    /// `InvalidParameter.Meta.IllegalPageError`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: meta, illegal page error.
    InvalidParameterMetaIllegalPageError,
    /// `Invalid.Meta.CategoryIllegalDepth`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: meta, category illegal depth.
    InvalidMetaCategoryIllegalDepth,
    /// `Invalid.Meta.CategoryNameDuplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: meta, category name duplicate.
    InvalidMetaCategoryNameDuplicate,
    /// `Invalid.Meta.CategoryForbidden`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid: meta, category forbidden.
    InvalidMetaCategoryForbidden,
    /// `Invalid.Meta.CategoryIllegalTenant`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid: meta, category illegal tenant.
    InvalidMetaCategoryIllegalTenant,
    /// `Invalid.Meta.CategoryRelationDuplicate"`: HTTP 500; retry: never; category: internal.
    /// Invalid: meta, category relation duplicate.
    InvalidMetaCategoryRelationDuplicate,
    /// `Invalid.Tenant.UserAlreadyInProject`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: tenant, user already in project.
    InvalidTenantUserAlreadyInProject,
    /// `Throttling.Resource`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled: resource.
    ThrottlingResource,
    /// `Forbidden.Not.Server`: HTTP 500; retry: after_fix; category: permission_denied.
    /// The request is forbidden: not, server.
    ForbiddenNotServer,
    /// `Forbidden.Wkbench.BaselineNoPermission`: HTTP 500; retry: after_fix; category: permission_denied.
    /// The request is forbidden: wkbench, baseline no permission.
    ForbiddenWkbenchBaselineNoPermission,
    /// `Forbidden.Wkbench.ProjectNoPermission`: HTTP 500; retry: after_fix; category: permission_denied.
    /// The request is forbidden: wkbench, project no permission.
    ForbiddenWkbenchProjectNoPermission,
    /// `Forbidden.Wkbench.NoProject`: HTTP 500; retry: after_fix; category: permission_denied.
    /// The request is forbidden: wkbench, no project.
    ForbiddenWkbenchNoProject,
    /// `Invalid.Wkbench.NodeNotExist`: HTTP 500; retry: never; category: internal.
    /// Invalid: wkbench, node not exist.
    InvalidWkbenchNodeNotExist,
    /// `Invalid.Wkbench.BaselineNotExist`: HTTP 500; retry: never; category: internal.
    /// Invalid: wkbench, baseline not exist.
    InvalidWkbenchBaselineNotExist,
    /// `Forbidden.Wkbench.RemindOverlimit`: HTTP 500; retry: after_fix; category: permission_denied.
    /// The request is forbidden: wkbench, remind overlimit.
    ForbiddenWkbenchRemindOverlimit,
    /// `Param.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Param: invalid.
    ParamInvalid,
    /// `Invalid.Operation`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: operation.
    InvalidOperation,
    /// `SENSITIVEDELETEERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// SENSITIVEDELETEERROR.
    Sensitivedeleteerror,
    /// `Forbidden.Wkbench.RemindNoPermission`: HTTP 500; retry: after_fix; category: permission_denied.
    /// The request is forbidden: wkbench, remind no permission.
    ForbiddenWkbenchRemindNoPermission,
    /// `Invalid.Wkbench.RemindNotExist`: HTTP 500; retry: never; category: internal.
    /// Invalid: wkbench, remind not exist.
    InvalidWkbenchRemindNotExist,
    /// `Forbidden.NoTenant`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: no tenant.
    ForbiddenNoTenant,
    /// `InternalError.DQC.BizError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred: DQC, biz error.
    InternalErrorDqcBizError,
    /// `PARAMS.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// PARAMS: ERROR.
    ParamsError,
    /// `DESENSPLAN.DATATYPE.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// DESENSPLAN: DATATYPE, ERROR.
    DesensplanDatatypeError,
    /// `DESENSPLAN.DATATYPENOTEXIST.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// DESENSPLAN: DATATYPENOTEXIST, ERROR.
    DesensplanDatatypenotexistError,
    /// `DESENSPLAN.ID.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// DESENSPLAN: ID, ERROR.
    DesensplanIdError,
    /// `DESENSPLAN.PAGESIZE.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// DESENSPLAN: PAGESIZE, ERROR.
    DesensplanPagesizeError,
    /// `DESENSPLAN.PARAM.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// DESENSPLAN: PARAM, ERROR.
    DesensplanParamError,
    /// `DESENSPLAN.SCENECODE.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// DESENSPLAN: SCENECODE, ERROR.
    DesensplanScenecodeError,
    /// `DESENSPLAN.SCENEID.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// DESENSPLAN: SCENEID, ERROR.
    DesensplanSceneidError,
    /// `DESENSPLAN.SCENEIDLEVEL.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// DESENSPLAN: SCENEIDLEVEL, ERROR.
    DesensplanSceneidlevelError,
    /// `DESENSPLAN.SIZE.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// DESENSPLAN: SIZE, ERROR.
    DesensplanSizeError,
    /// `PERMISSION.DENIED.ERROR`: HTTP 403; retry: never; category: permission_denied.
    /// PERMISSION: DENIED, ERROR.
    PermissionDeniedError,
    /// `UNKNOWN.ERROR`: HTTP 500; retry: never; category: internal.
    /// UNKNOWN: ERROR.
    UnknownError,
    /// `ENGINE.NOT.ALLOW`: HTTP 400; retry: never; category: invalid_argument.
    /// ENGINE: NOT, ALLOW.
    EngineNotAllow,
    /// `DESENSTEMPLATE.SCENE.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// DESENSTEMPLATE: SCENE, ERROR.
    DesenstemplateSceneError,
    /// `DESENSTEMPLATE.SCENELEVEL.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// DESENSTEMPLATE: SCENELEVEL, ERROR.
    DesenstemplateScenelevelError,
    /// `DESENSSCENE.ID.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// DESENSSCENE: ID, ERROR.
    DesenssceneIdError,
    /// `DESENSSCENE.IDLEVEL.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// DESENSSCENE: IDLEVEL, ERROR.
    DesenssceneIdlevelError,
    /// `DESENSSCENE.PROJECT.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// DESENSSCENE: PROJECT, ERROR.
    DesenssceneProjectError,
    /// `DESENSSCENE.SIZE.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// DESENSSCENE: SIZE, ERROR.
    DesenssceneSizeError,
    /// `DESENSSCENE.UESRGROUP.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// DESENSSCENE: UESRGROUP, ERROR.
    DesenssceneUesrgroupError,
    /// `USERGROUP.ACCOUNTLISTSIZE.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// USERGROUP: ACCOUNTLISTSIZE, ERROR.
    UsergroupAccountlistsizeError,
    /// `USERGROUP.ID.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// USERGROUP: ID, ERROR.
    UsergroupIdError,
    /// `USERGROUP.LISTSIZE.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// USERGROUP: LISTSIZE, ERROR.
    UsergroupListsizeError,
    /// `USERGROUP.PAGESIZE.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// USERGROUP: PAGESIZE, ERROR.
    UsergroupPagesizeError,
    /// `USERACCOUNT.OWNER.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// USERACCOUNT: OWNER, ERROR.
    UseraccountOwnerError,
    /// `WHITELIST.DESENSID.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// WHITELIST: DESENSID, ERROR.
    WhitelistDesensidError,
    /// `WHITELIST.ENDTIME.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// WHITELIST: ENDTIME, ERROR.
    WhitelistEndtimeError,
    /// `WHITELIST.ID.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// WHITELIST: ID, ERROR.
    WhitelistIdError,
    /// `WHITELIST.MCPROJECT.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// WHITELIST: MCPROJECT, ERROR.
    WhitelistMcprojectError,
    /// `WHITELIST.PAGESIZE.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// WHITELIST: PAGESIZE, ERROR.
    WhitelistPagesizeError,
    /// `WHITELIST.SIZE.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// WHITELIST: SIZE, ERROR.
    WhitelistSizeError,
    /// `WHITELIST.STARTTIME.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// WHITELIST: STARTTIME, ERROR.
    WhitelistStarttimeError,
    /// `WHITELIST.TIMEFORMAT.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// WHITELIST: TIMEFORMAT, ERROR.
    WhitelistTimeformatError,
    /// `WHITELIST.USERGROUP.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// WHITELIST: USERGROUP, ERROR.
    WhitelistUsergroupError,
    /// `WHITELIST.USERGROUPEMPTY.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// WHITELIST: USERGROUPEMPTY, ERROR.
    WhitelistUsergroupemptyError,
    /// `WHITELIST.USERGROUPLISTSIZE.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// WHITELIST: USERGROUPLISTSIZE, ERROR.
    WhitelistUsergrouplistsizeError,
    /// `InternalError.Wkbench.ServiceError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred: wkbench, service error.
    InternalErrorWkbenchServiceError,
    /// `Invalid.Wkbench.Parameter`: HTTP 500; retry: never; category: internal.
    /// Invalid: wkbench, parameter.
    InvalidWkbenchParameter,
    /// `Invalid.Wkbench.BaselineStatusNotExist`: HTTP 500; retry: never; category: internal.
    /// Invalid: wkbench, baseline status not exist.
    InvalidWkbenchBaselineStatusNotExist,
    /// `ResourceNotAuthorized.Api`: HTTP 403; retry: never; category: permission_denied.
    /// Resource not authorized: api.
    ResourceNotAuthorizedApi,
    /// `Invalid.Meta.AppNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: meta, app not exist.
    InvalidMetaAppNotExist,
    /// `InvalidParameter.Meta.GuidFormat`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: meta, guid format.
    InvalidParameterMetaGuidFormat,
    /// `Invalid.Param`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: param.
    InvalidParam,
    /// `Invalid.Wkbench.TopicNotExist`: HTTP 500; retry: never; category: internal.
    /// Invalid: wkbench, topic not exist.
    InvalidWkbenchTopicNotExist,
    /// `Invalid.CalcEngineEnvType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: calc engine env type.
    InvalidCalcEngineEnvType,
    /// `Invalid.CalcEngineType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: calc engine type.
    InvalidCalcEngineType,
    /// `Invalid.Collection.ParamError`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: collection, param error.
    InvalidCollectionParamError,
    /// `Invalid.User.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: user, not exist.
    InvalidUserNotExist,
    /// `Invalid.Collection.QualifiedNameError`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: collection, qualified name error.
    InvalidCollectionQualifiedNameError,
    /// `Invalid.Collection.CollectionNotCompatible`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: collection, collection not compatible.
    InvalidCollectionCollectionNotCompatible,
    /// `Invalid.Collection.EntityOverflow`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: collection, entity overflow.
    InvalidCollectionEntityOverflow,
    /// `Invalid.Collection.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: collection, not exist.
    InvalidCollectionNotExist,
    /// `Invalid.Collection.AlreadyExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: collection, already exist.
    InvalidCollectionAlreadyExist,
    /// `Invalid.Collection.UnsupportedOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: collection, unsupported operation.
    InvalidCollectionUnsupportedOperation,
    /// `InvalidParameter.Meta.Missing`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: meta, missing.
    InvalidParameterMetaMissing,
    /// `Forbidden.No.Permission`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: no, permission.
    ForbiddenNoPermission,
    /// `InvalidParameter.Meta.IllegalData`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: meta, illegal data.
    InvalidParameterMetaIllegalData,
    /// `BusinessError.Dictionary.MountDictionaryCountOverLimit`: HTTP 500; retry: never; category: internal.
    /// Business error: dictionary, mount dictionary count over limit.
    BusinessErrorDictionaryMountDictionaryCountOverLimit,
    /// `BusinessError.Dictionary.InvalidDictionaryOrNoPermission`: HTTP 500; retry: never; category: internal.
    /// Business error: dictionary, invalid dictionary or no permission.
    BusinessErrorDictionaryInvalidDictionaryOrNoPermission,
    /// `BusinessError.Dictionary.NoPermissionToUpdateOtherDictionary`: HTTP 500; retry: never; category: internal.
    /// Business error: dictionary, no permission to update other dictionary.
    BusinessErrorDictionaryNoPermissionToUpdateOtherDictionary,
    /// `BusinessError.Dictionary.InvalidUserId`: HTTP 500; retry: never; category: internal.
    /// Business error: dictionary, invalid user id.
    BusinessErrorDictionaryInvalidUserId,
    /// `Valid.FML.NoPermission`: HTTP 400; retry: never; category: invalid_argument.
    /// Valid: FML, no permission.
    ValidFmlNoPermission,
    /// `Valid.FML.OnlySupportQueryStatement`: HTTP 400; retry: never; category: invalid_argument.
    /// Valid: FML, only support query statement.
    ValidFmlOnlySupportQueryStatement,
    /// `Valid.FML.ProjectNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Valid: FML, project not exist.
    ValidFmlProjectNotExist,
    /// `Valid.FML.StatementNotValid`: HTTP 400; retry: never; category: invalid_argument.
    /// Valid: FML, statement not valid.
    ValidFmlStatementNotValid,
    /// `Valid.FML.ProductExpired`: HTTP 400; retry: never; category: invalid_argument.
    /// Valid: FML, product expired.
    ValidFmlProductExpired,
    /// `Valid.FML.ProductNotActivated`: HTTP 400; retry: never; category: invalid_argument.
    /// Valid: FML, product not activated.
    ValidFmlProductNotActivated,
    /// `Execute.FML.ProcessError`: HTTP 500; retry: never; category: internal.
    /// Execute: FML, process error.
    ExecuteFmlProcessError,
    /// `Invalid.DataSource.DataSourceStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: data source, data source status.
    InvalidDataSourceDataSourceStatus,
    /// `DataSource.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Data source: not found.
    DataSourceNotFound,
    /// `Invalid.Connection.Empty`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: connection, empty.
    InvalidConnectionEmpty,
    /// `Required.Parameter.Empty`: HTTP 400; retry: never; category: invalid_argument.
    /// Required: parameter, empty.
    RequiredParameterEmpty,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 128] = [
        "Invalid.Entity.NotExist",
        "Invalid.Tenant.ConnectionNotExists",
        "Invalid.Tenant.ProjectNotExists",
        "Invalid.Tenant.UserNotInProject",
        "Invalid.Tenant.UserIsNotProjectOwnerOrAdmin",
        "Invalid.Tenant.UserNotInTenant",
        "BADPARAMETERS",
        "Forbidden.Access",
        "Throttling.Api",
        "Throttling.Api.Risk",
        "Throttling.System",
        "Throttling.User",
        "InternalError.System",
        "InternalError.UserId.Missing",
        "Invalid.Meta.TableNotExist",
        "InvalidParameter.Meta.CommonError",
        "InvalidParameter.Meta.Illegal",
        "InvalidParameter.Meta.NotExist",
        "InternalError.Meta.NoCalcEngine",
        "Forbidden.Meta.NoTenant",
        "InternalError.Meta.TenantTimeOut",
        "InternalError.Meta.Unknown",
        "ConnectionAlreadyExist",
        "DataSource.CheckRamRoleFailure",
        "DataSource.ConnectionStrProperty.PatternNotMatch",
        "Invalid.DataSource.DataSourceTypeNotSupport",
        "Invalid.Param.Odps.EngineIdOrConnectStrEmpty",
        "MissingParam.ConnectionStr.Property",
        "Invalid.DataSource.DataSourceTypeNotExist",
        "Invalid.DI.Parameter",
        "Invalid.DI.Parameter.File.Existed",
        "Forbidden.DI.NoPrivilege",
        "InternalError.DI.Parameter",
        "InvalidParameter.Meta.IllegalDate",
        "InvalidParameter.Meta.IllegalPageError",
        "Invalid.Meta.CategoryIllegalDepth",
        "Invalid.Meta.CategoryNameDuplicate",
        "Invalid.Meta.CategoryForbidden",
        "Invalid.Meta.CategoryIllegalTenant",
        "Invalid.Meta.CategoryRelationDuplicate\"",
        "Invalid.Tenant.UserAlreadyInProject",
        "Throttling.Resource",
        "Forbidden.Not.Server",
        "Forbidden.Wkbench.BaselineNoPermission",
        "Forbidden.Wkbench.ProjectNoPermission",
        "Forbidden.Wkbench.NoProject",
        "Invalid.Wkbench.NodeNotExist",
        "Invalid.Wkbench.BaselineNotExist",
        "Forbidden.Wkbench.RemindOverlimit",
        "Param.Invalid",
        "Invalid.Operation",
        "SENSITIVEDELETEERROR",
        "Forbidden.Wkbench.RemindNoPermission",
        "Invalid.Wkbench.RemindNotExist",
        "Forbidden.NoTenant",
        "InternalError.DQC.BizError",
        "PARAMS.ERROR",
        "DESENSPLAN.DATATYPE.ERROR",
        "DESENSPLAN.DATATYPENOTEXIST.ERROR",
        "DESENSPLAN.ID.ERROR",
        "DESENSPLAN.PAGESIZE.ERROR",
        "DESENSPLAN.PARAM.ERROR",
        "DESENSPLAN.SCENECODE.ERROR",
        "DESENSPLAN.SCENEID.ERROR",
        "DESENSPLAN.SCENEIDLEVEL.ERROR",
        "DESENSPLAN.SIZE.ERROR",
        "PERMISSION.DENIED.ERROR",
        "UNKNOWN.ERROR",
        "ENGINE.NOT.ALLOW",
        "DESENSTEMPLATE.SCENE.ERROR",
        "DESENSTEMPLATE.SCENELEVEL.ERROR",
        "DESENSSCENE.ID.ERROR",
        "DESENSSCENE.IDLEVEL.ERROR",
        "DESENSSCENE.PROJECT.ERROR",
        "DESENSSCENE.SIZE.ERROR",
        "DESENSSCENE.UESRGROUP.ERROR",
        "USERGROUP.ACCOUNTLISTSIZE.ERROR",
        "USERGROUP.ID.ERROR",
        "USERGROUP.LISTSIZE.ERROR",
        "USERGROUP.PAGESIZE.ERROR",
        "USERACCOUNT.OWNER.ERROR",
        "WHITELIST.DESENSID.ERROR",
        "WHITELIST.ENDTIME.ERROR",
        "WHITELIST.ID.ERROR",
        "WHITELIST.MCPROJECT.ERROR",
        "WHITELIST.PAGESIZE.ERROR",
        "WHITELIST.SIZE.ERROR",
        "WHITELIST.STARTTIME.ERROR",
        "WHITELIST.TIMEFORMAT.ERROR",
        "WHITELIST.USERGROUP.ERROR",
        "WHITELIST.USERGROUPEMPTY.ERROR",
        "WHITELIST.USERGROUPLISTSIZE.ERROR",
        "InternalError.Wkbench.ServiceError",
        "Invalid.Wkbench.Parameter",
        "Invalid.Wkbench.BaselineStatusNotExist",
        "ResourceNotAuthorized.Api",
        "Invalid.Meta.AppNotExist",
        "InvalidParameter.Meta.GuidFormat",
        "Invalid.Param",
        "Invalid.Wkbench.TopicNotExist",
        "Invalid.CalcEngineEnvType",
        "Invalid.CalcEngineType",
        "Invalid.Collection.ParamError",
        "Invalid.User.NotExist",
        "Invalid.Collection.QualifiedNameError",
        "Invalid.Collection.CollectionNotCompatible",
        "Invalid.Collection.EntityOverflow",
        "Invalid.Collection.NotExist",
        "Invalid.Collection.AlreadyExist",
        "Invalid.Collection.UnsupportedOperation",
        "InvalidParameter.Meta.Missing",
        "Forbidden.No.Permission",
        "InvalidParameter.Meta.IllegalData",
        "BusinessError.Dictionary.MountDictionaryCountOverLimit",
        "BusinessError.Dictionary.InvalidDictionaryOrNoPermission",
        "BusinessError.Dictionary.NoPermissionToUpdateOtherDictionary",
        "BusinessError.Dictionary.InvalidUserId",
        "Valid.FML.NoPermission",
        "Valid.FML.OnlySupportQueryStatement",
        "Valid.FML.ProjectNotExist",
        "Valid.FML.StatementNotValid",
        "Valid.FML.ProductExpired",
        "Valid.FML.ProductNotActivated",
        "Execute.FML.ProcessError",
        "Invalid.DataSource.DataSourceStatus",
        "DataSource.NotFound",
        "Invalid.Connection.Empty",
        "Required.Parameter.Empty",
    ];
    static NAME_CODES: [u32; 51] = [
        6, 29, 30, 31, 32, 39, 51, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67,
        68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87,
        88, 89, 90, 91, 117, 118, 119, 120, 121, 122, 123,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "BadparametersInvalidDiParameterInvalidDiParameterFileExistedForbiddenDiNoPrivilegeInternalErrorDiParameterInvalidMetaCategoryRelationDuplicateSensitivedeleteerrorInternalErrorDqcBizErrorParamsErrorDesensplanDatatypeErrorDesensplanDatatypenotexistErrorDesensplanIdErrorDesensplanPagesizeErrorDesensplanParamErrorDesensplanScenecodeErrorDesensplanSceneidErrorDesensplanSceneidlevelErrorDesensplanSizeErrorPermissionDeniedErrorUnknownErrorEngineNotAllowDesenstemplateSceneErrorDesenstemplateScenelevelErrorDesenssceneIdErrorDesenssceneIdlevelErrorDesenssceneProjectErrorDesenssceneSizeErrorDesenssceneUesrgroupErrorUsergroupAccountlistsizeErrorUsergroupIdErrorUsergroupListsizeErrorUsergroupPagesizeErrorUseraccountOwnerErrorWhitelistDesensidErrorWhitelistEndtimeErrorWhitelistIdErrorWhitelistMcprojectErrorWhitelistPagesizeErrorWhitelistSizeErrorWhitelistStarttimeErrorWhitelistTimeformatErrorWhitelistUsergroupErrorWhitelistUsergroupemptyErrorWhitelistUsergrouplistsizeErrorValidFmlNoPermissionValidFmlOnlySupportQueryStatementValidFmlProjectNotExistValidFmlStatementNotValidValidFmlProductExpiredValidFmlProductNotActivatedExecuteFmlProcessError",
        ends: &[
            0, 13, 31, 60, 82, 106, 142, 162, 186, 197, 220, 251, 268, 291, 311, 335,
            357, 384, 403, 424, 436, 450, 474, 503, 521, 544, 567, 587, 612, 641, 657,
            679, 701, 722, 744, 765, 781, 804, 826, 844, 867, 891, 914, 942, 973, 993,
            1026, 1049, 1074, 1096, 1123, 1145,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Invalid: entity, not exist.Invalid: tenant, connection not exists.Invalid: tenant, project not exists.Invalid: tenant, user not in project.Invalid: tenant, user is not project owner or admin.Invalid: tenant, user not in tenant.BADPARAMETERS.The request is forbidden: access.The request was throttled: api.The request was throttled: api, risk.The request was throttled: system.The request was throttled: user.An internal error occurred: system.An internal error occurred: user id, missing.Invalid: meta, table not exist.A parameter is invalid: meta, common error.A parameter is invalid: meta, illegal.A parameter is invalid: meta, not exist.An internal error occurred: meta, no calc engine.The request is forbidden: meta, no tenant.An internal error occurred: meta, tenant time out.An internal error occurred: meta, unknown.Connection already exist.Data source: check ram role failure.Data source: connection str property, pattern not match.Invalid: data source, data source type not support.Invalid: param, odps, engine id or connect str empty.A required parameter is missing: connection str, property.Invalid: data source, data source type not exist.Invalid: DI, parameter.Invalid: DI, parameter, file, existed.The request is forbidden: DI, no privilege.An internal error occurred: DI, parameter.A parameter is invalid: meta, illegal date.A parameter is invalid: meta, illegal page error.Invalid: meta, category illegal depth.Invalid: meta, category name duplicate.Invalid: meta, category forbidden.Invalid: meta, category illegal tenant.Invalid: meta, category relation duplicate.Invalid: tenant, user already in project.The request was throttled: resource.The request is forbidden: not, server.The request is forbidden: wkbench, baseline no permission.The request is forbidden: wkbench, project no permission.The request is forbidden: wkbench, no project.Invalid: wkbench, node not exist.Invalid: wkbench, baseline not exist.The request is forbidden: wkbench, remind overlimit.Param: invalid.Invalid: operation.SENSITIVEDELETEERROR.The request is forbidden: wkbench, remind no permission.Invalid: wkbench, remind not exist.The request is forbidden: no tenant.An internal error occurred: DQC, biz error.PARAMS: ERROR.DESENSPLAN: DATATYPE, ERROR.DESENSPLAN: DATATYPENOTEXIST, ERROR.DESENSPLAN: ID, ERROR.DESENSPLAN: PAGESIZE, ERROR.DESENSPLAN: PARAM, ERROR.DESENSPLAN: SCENECODE, ERROR.DESENSPLAN: SCENEID, ERROR.DESENSPLAN: SCENEIDLEVEL, ERROR.DESENSPLAN: SIZE, ERROR.PERMISSION: DENIED, ERROR.UNKNOWN: ERROR.ENGINE: NOT, ALLOW.DESENSTEMPLATE: SCENE, ERROR.DESENSTEMPLATE: SCENELEVEL, ERROR.DESENSSCENE: ID, ERROR.DESENSSCENE: IDLEVEL, ERROR.DESENSSCENE: PROJECT, ERROR.DESENSSCENE: SIZE, ERROR.DESENSSCENE: UESRGROUP, ERROR.USERGROUP: ACCOUNTLISTSIZE, ERROR.USERGROUP: ID, ERROR.USERGROUP: LISTSIZE, ERROR.USERGROUP: PAGESIZE, ERROR.USERACCOUNT: OWNER, ERROR.WHITELIST: DESENSID, ERROR.WHITELIST: ENDTIME, ERROR.WHITELIST: ID, ERROR.WHITELIST: MCPROJECT, ERROR.WHITELIST: PAGESIZE, ERROR.WHITELIST: SIZE, ERROR.WHITELIST: STARTTIME, ERROR.WHITELIST: TIMEFORMAT, ERROR.WHITELIST: USERGROUP, ERROR.WHITELIST: USERGROUPEMPTY, ERROR.WHITELIST: USERGROUPLISTSIZE, ERROR.An internal error occurred: wkbench, service error.Invalid: wkbench, parameter.Invalid: wkbench, baseline status not exist.Resource not authorized: api.Invalid: meta, app not exist.A parameter is invalid: meta, guid format.Invalid: param.Invalid: wkbench, topic not exist.Invalid: calc engine env type.Invalid: calc engine type.Invalid: collection, param error.Invalid: user, not exist.Invalid: collection, qualified name error.Invalid: collection, collection not compatible.Invalid: collection, entity overflow.Invalid: collection, not exist.Invalid: collection, already exist.Invalid: collection, unsupported operation.A parameter is invalid: meta, missing.The request is forbidden: no, permission.A parameter is invalid: meta, illegal data.Business error: dictionary, mount dictionary count over limit.Business error: dictionary, invalid dictionary or no permission.Business error: dictionary, no permission to update other dictionary.Business error: dictionary, invalid user id.Valid: FML, no permission.Valid: FML, only support query statement.Valid: FML, project not exist.Valid: FML, statement not valid.Valid: FML, product expired.Valid: FML, product not activated.Execute: FML, process error.Invalid: data source, data source status.Data source: not found.Invalid: connection, empty.Required: parameter, empty.",
        ends: &[
            0, 27, 66, 102, 139, 191, 227, 241, 274, 305, 342, 376, 408, 443, 488, 519,
            562, 600, 640, 689, 731, 781, 823, 848, 884, 940, 991, 1044, 1102, 1151,
            1174, 1212, 1255, 1297, 1340, 1389, 1427, 1466, 1500, 1539, 1582, 1623, 1659,
            1697, 1755, 1812, 1858, 1891, 1928, 1980, 1995, 2014, 2035, 2091, 2126, 2162,
            2205, 2219, 2247, 2283, 2305, 2333, 2358, 2387, 2414, 2446, 2470, 2496, 2511,
            2530, 2559, 2593, 2616, 2644, 2672, 2697, 2727, 2761, 2782, 2809, 2836, 2862,
            2889, 2915, 2936, 2964, 2991, 3014, 3042, 3071, 3099, 3132, 3168, 3219, 3247,
            3291, 3320, 3349, 3391, 3406, 3440, 3470, 3496, 3529, 3554, 3596, 3643, 3680,
            3711, 3746, 3789, 3827, 3868, 3911, 3973, 4037, 4106, 4150, 4176, 4217, 4247,
            4279, 4307, 4341, 4369, 4410, 4433, 4460, 4487,
        ],
    };
    static STATUSES: [u16; 131] = [
        400, 400, 400, 400, 403, 403, 400, 400, 403, 429, 429, 429, 429, 500, 500, 400,
        400, 400, 400, 400, 500, 400, 403, 500, 500, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 403, 500, 400, 400, 400, 400, 403, 403, 500, 400, 429, 500, 500, 500,
        500, 500, 500, 500, 400, 400, 400, 500, 500, 403, 500, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 403, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 500,
        500, 500, 403, 400, 400, 400, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 500, 500, 500, 500, 400, 400, 400, 400, 400, 400, 500, 400,
        400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 129] = [
        0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19, 20, 22, 23, 24,
        25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44,
        45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64,
        65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84,
        85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103,
        104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119,
        120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131,
    ];
    static RETRY: [::cloud_errors::Retry; 128] = ::cloud_errors::__private::retry_column(
        b"aaaaaaacbbbbbbaaaabcbbaaaaaaaaacbaaaaaaaabccccaacaaacacbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 128] = ::cloud_errors::__private::category_column(
        b"ccccggcghhhhmmccccmgmmcccccccccgmccccggmchggggmmgcccgmgmccccccccccgmccccccccccccccccccccccccmmmgcccmcccccccccccgcmmmmccccccmcccc",
    );
    static PILOTS: [u16; 32] = [
        0, 3, 4, 45, 1, 0, 4, 6, 24, 38, 41, 4, 6, 42, 204, 2, 0, 162, 4, 28, 0, 32, 26,
        2, 135, 0, 7, 11, 8, 9, 5, 43,
    ];
    static SLOTS: [(&str, u32); 142] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            25, 9, 77, 102, 71, 8, 37, 46, 79, 23, 1, 6, 60, 24, 42, 125, 115, 63, 55,
            18, 112, 126, 4294967295, 120, 54, 99, 109, 68, 2, 113, 122, 40, 65, 70, 47,
            4, 127, 39, 81, 4294967295, 5, 4294967295, 85, 4294967295, 29, 67, 101, 116,
            52, 83, 11, 22, 4294967295, 66, 38, 4294967295, 4294967295, 32, 117, 33, 88,
            64, 110, 58, 36, 118, 57, 13, 50, 43, 28, 59, 98, 69, 45, 41, 4294967295,
            123, 7, 4294967295, 4294967295, 103, 74, 97, 73, 94, 14, 124, 10, 62, 90,
            4294967295, 111, 106, 15, 75, 31, 93, 51, 35, 17, 21, 105, 78, 20, 3, 0, 16,
            108, 95, 107, 48, 114, 26, 80, 44, 61, 96, 4294967295, 4294967295, 87, 86,
            72, 92, 27, 82, 119, 84, 100, 30, 49, 104, 34, 12, 91, 53, 19, 121, 89, 76,
            4294967295, 56,
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
    const PROVIDER: &'static str = "Alibaba Cloud dataworks-public";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud dataworks\-public's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud dataworks\-public: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
