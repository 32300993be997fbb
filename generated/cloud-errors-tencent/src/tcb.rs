// @generated from catalogs/tencent/tcb.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TCB: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TCB: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation.
    AuthFailureUnauthorizedOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AllocateIdReleased`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: allocate id released.
    FailedOperationAllocateIdReleased,
    /// `FailedOperation.CreateTable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create table.
    FailedOperationCreateTable,
    /// `FailedOperation.DataSourceNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: data source not exist.
    FailedOperationDataSourceNotExist,
    /// `FailedOperation.DatabaseConnectError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: database connect error.
    FailedOperationDatabaseConnectError,
    /// `FailedOperation.DatabaseExecSqlError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: database exec sql error.
    FailedOperationDatabaseExecSqlError,
    /// `FailedOperation.DatabaseSchemaError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: database schema error.
    FailedOperationDatabaseSchemaError,
    /// `FailedOperation.DatabaseSqlSyntaxError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: database sql syntax error.
    FailedOperationDatabaseSqlSyntaxError,
    /// `FailedOperation.DuplicatedData`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: duplicated data.
    FailedOperationDuplicatedData,
    /// `FailedOperation.EmptyDatabaseEndpoint`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: empty database endpoint.
    FailedOperationEmptyDatabaseEndpoint,
    /// `FailedOperation.FlexdbResourceOverdue`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: flexdb resource overdue.
    FailedOperationFlexdbResourceOverdue,
    /// `FailedOperation.InstanceStatusConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance status conflict.
    FailedOperationInstanceStatusConflict,
    /// `FailedOperation.InvalidContext`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid context.
    FailedOperationInvalidContext,
    /// `FailedOperation.ListTable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: list table.
    FailedOperationListTable,
    /// `FailedOperation.NetworkError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: network error.
    FailedOperationNetworkError,
    /// `FailedOperation.OperationConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: operation conflict.
    FailedOperationOperationConflict,
    /// `FailedOperation.PGConnectError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: PG connect error.
    FailedOperationPgConnectError,
    /// `FailedOperation.PGExecuteSqlError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: PG execute sql error.
    FailedOperationPgExecuteSqlError,
    /// `FailedOperation.PackageUnsupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: package unsupported.
    FailedOperationPackageUnsupported,
    /// `FailedOperation.QueryError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query error.
    FailedOperationQueryError,
    /// `FailedOperation.SyntaxError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: syntax error.
    FailedOperationSyntaxError,
    /// `FailedOperation.TdsqlPaused`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tdsql paused.
    FailedOperationTdsqlPaused,
    /// `FailedOperation.Timeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: timeout.
    FailedOperationTimeout,
    /// `FailedOperation.TopicIsolated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: topic isolated.
    FailedOperationTopicIsolated,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.Database`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: database.
    InternalErrorDatabase,
    /// `InternalError.SYS_ERR`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: SYS ERR.
    InternalErrorSysErr,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.Action`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: action.
    InvalidParameterAction,
    /// `InvalidParameter.CertVerifyFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cert verify failed.
    InvalidParameterCertVerifyFailed,
    /// `InvalidParameter.CustomerNotConfigured`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: customer not configured.
    InvalidParameterCustomerNotConfigured,
    /// `InvalidParameter.EnvId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: env id.
    InvalidParameterEnvId,
    /// `InvalidParameter.HTTPServiceDomainNotICP`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: HTTP service domain not ICP.
    InvalidParameterHttpServiceDomainNotIcp,
    /// `InvalidParameter.HTTPServiceDomainVerifyFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: HTTP service domain verify failed.
    InvalidParameterHttpServiceDomainVerifyFailed,
    /// `InvalidParameter.INVALID_PARAM`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: INVALID PARAM.
    InvalidParameterInvalidParam,
    /// `InvalidParameter.MissingIdentifier`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: missing identifier.
    InvalidParameterMissingIdentifier,
    /// `InvalidParameter.MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: missing parameter.
    InvalidParameterMissingParameter,
    /// `InvalidParameter.ResourceNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource not exists.
    InvalidParameterResourceNotExists,
    /// `InvalidParameter.ServiceNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: service not exist.
    InvalidParameterServiceNotExist,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.InvalidDoc`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid doc.
    InvalidParameterValueInvalidDoc,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.Concurrent`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: concurrent.
    LimitExceededConcurrent,
    /// `LimitExceeded.ErrNamespaceMaxLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: err namespace max limit.
    LimitExceededErrNamespaceMaxLimit,
    /// `LimitExceeded.ErrRepoMaxLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: err repo max limit.
    LimitExceededErrRepoMaxLimit,
    /// `LimitExceeded.HTTPServiceDomain`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: HTTP service domain.
    LimitExceededHttpServiceDomain,
    /// `LimitExceeded.HTTPServiceRoute`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: HTTP service route.
    LimitExceededHttpServiceRoute,
    /// `LimitExceeded.NoValidConnection`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: no valid connection.
    LimitExceededNoValidConnection,
    /// `LimitExceeded.OutOfIndexQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: out of index quota.
    LimitExceededOutOfIndexQuota,
    /// `LimitExceeded.OutOfReadRequestQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: out of read request quota.
    LimitExceededOutOfReadRequestQuota,
    /// `LimitExceeded.OutOfResultSizeLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: out of result size limit.
    LimitExceededOutOfResultSizeLimit,
    /// `LimitExceeded.OutOfTableQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: out of table quota.
    LimitExceededOutOfTableQuota,
    /// `LimitExceeded.Request`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: request.
    LimitExceededRequest,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.Param`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: param.
    MissingParameterParam,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.FreePackageDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: free package denied.
    OperationDeniedFreePackageDenied,
    /// `OperationDenied.HTTPServiceDomainEOFrozen`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: HTTP service domain EO frozen.
    OperationDeniedHttpServiceDomainEoFrozen,
    /// `OperationDenied.HTTPServiceDomainInBlacklist`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: HTTP service domain in blacklist.
    OperationDeniedHttpServiceDomainInBlacklist,
    /// `OperationDenied.HTTPServiceDomainProcessing`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: HTTP service domain processing.
    OperationDeniedHttpServiceDomainProcessing,
    /// `OperationDenied.NonInternalAccount`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: non internal account.
    OperationDeniedNonInternalAccount,
    /// `OperationDenied.ResourceFrozen`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: resource frozen.
    OperationDeniedResourceFrozen,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInUse.FsACLJobUnDone`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: fs ACL job un done.
    ResourceInUseFsAclJobUnDone,
    /// `ResourceInUse.HTTPServiceDomain`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: HTTP service domain.
    ResourceInUseHttpServiceDomain,
    /// `ResourceInUse.HTTPServiceRoute`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: HTTP service route.
    ResourceInUseHttpServiceRoute,
    /// `ResourceInUse.IndexCreating`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: index creating.
    ResourceInUseIndexCreating,
    /// `ResourceInUse.LogExist`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: log exist.
    ResourceInUseLogExist,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceInsufficient.EnvPoolEmpty`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: env pool empty.
    ResourceInsufficientEnvPoolEmpty,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.Connector`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: connector.
    ResourceNotFoundConnector,
    /// `ResourceNotFound.EnvNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: env not exist.
    ResourceNotFoundEnvNotExist,
    /// `ResourceNotFound.HTTPServiceDomain`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: HTTP service domain.
    ResourceNotFoundHttpServiceDomain,
    /// `ResourceNotFound.InstanceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instance not found.
    ResourceNotFoundInstanceNotFound,
    /// `ResourceNotFound.ResourceNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: resource not exist.
    ResourceNotFoundResourceNotExist,
    /// `ResourceNotFound.RoleNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: role not found.
    ResourceNotFoundRoleNotFound,
    /// `ResourceNotFound.SchemaNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: schema not found.
    ResourceNotFoundSchemaNotFound,
    /// `ResourceNotFound.ServerNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: server not found.
    ResourceNotFoundServerNotFound,
    /// `ResourceNotFound.Table`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: table.
    ResourceNotFoundTable,
    /// `ResourceNotFound.TableNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: table not found.
    ResourceNotFoundTableNotFound,
    /// `ResourceNotFound.TopicNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: topic not exist.
    ResourceNotFoundTopicNotExist,
    /// `ResourceNotFound.UserNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: user not exist.
    ResourceNotFoundUserNotExist,
    /// `ResourceNotFound.UserNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: user not exists.
    ResourceNotFoundUserNotExists,
    /// `ResourceNotFound.VersionNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: version not found.
    ResourceNotFoundVersionNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.IndexOptionsConflict`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: index options conflict.
    ResourceUnavailableIndexOptionsConflict,
    /// `ResourceUnavailable.InvoiceAmountLack`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: invoice amount lack.
    ResourceUnavailableInvoiceAmountLack,
    /// `ResourceUnavailable.MongoIsolated`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: mongo isolated.
    ResourceUnavailableMongoIsolated,
    /// `ResourceUnavailable.ResourceBanned`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: resource banned.
    ResourceUnavailableResourceBanned,
    /// `ResourceUnavailable.ResourceExist`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: resource exist.
    ResourceUnavailableResourceExist,
    /// `ResourceUnavailable.ResourceExpired`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: resource expired.
    ResourceUnavailableResourceExpired,
    /// `ResourceUnavailable.ResourceFrozen`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: resource frozen.
    ResourceUnavailableResourceFrozen,
    /// `ResourceUnavailable.ResourceIsolated`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: resource isolated.
    ResourceUnavailableResourceIsolated,
    /// `ResourceUnavailable.ResourceOverdue`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: resource overdue.
    ResourceUnavailableResourceOverdue,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.TooManyTables`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: too many tables.
    UnsupportedOperationTooManyTables,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 102] = [
        "AuthFailure",
        "AuthFailure.UnauthorizedOperation",
        "FailedOperation",
        "FailedOperation.AllocateIdReleased",
        "FailedOperation.CreateTable",
        "FailedOperation.DataSourceNotExist",
        "FailedOperation.DatabaseConnectError",
        "FailedOperation.DatabaseExecSqlError",
        "FailedOperation.DatabaseSchemaError",
        "FailedOperation.DatabaseSqlSyntaxError",
        "FailedOperation.DuplicatedData",
        "FailedOperation.EmptyDatabaseEndpoint",
        "FailedOperation.FlexdbResourceOverdue",
        "FailedOperation.InstanceStatusConflict",
        "FailedOperation.InvalidContext",
        "FailedOperation.ListTable",
        "FailedOperation.NetworkError",
        "FailedOperation.OperationConflict",
        "FailedOperation.PGConnectError",
        "FailedOperation.PGExecuteSqlError",
        "FailedOperation.PackageUnsupported",
        "FailedOperation.QueryError",
        "FailedOperation.SyntaxError",
        "FailedOperation.TdsqlPaused",
        "FailedOperation.Timeout",
        "FailedOperation.TopicIsolated",
        "InternalError",
        "InternalError.Database",
        "InternalError.SYS_ERR",
        "InvalidParameter",
        "InvalidParameter.Action",
        "InvalidParameter.CertVerifyFailed",
        "InvalidParameter.CustomerNotConfigured",
        "InvalidParameter.EnvId",
        "InvalidParameter.HTTPServiceDomainNotICP",
        "InvalidParameter.HTTPServiceDomainVerifyFailed",
        "InvalidParameter.INVALID_PARAM",
        "InvalidParameter.MissingIdentifier",
        "InvalidParameter.MissingParameter",
        "InvalidParameter.ResourceNotExists",
        "InvalidParameter.ServiceNotExist",
        "InvalidParameterValue",
        "InvalidParameterValue.InvalidDoc",
        "LimitExceeded",
        "LimitExceeded.Concurrent",
        "LimitExceeded.ErrNamespaceMaxLimit",
        "LimitExceeded.ErrRepoMaxLimit",
        "LimitExceeded.HTTPServiceDomain",
        "LimitExceeded.HTTPServiceRoute",
        "LimitExceeded.NoValidConnection",
        "LimitExceeded.OutOfIndexQuota",
        "LimitExceeded.OutOfReadRequestQuota",
        "LimitExceeded.OutOfResultSizeLimit",
        "LimitExceeded.OutOfTableQuota",
        "LimitExceeded.Request",
        "MissingParameter",
        "MissingParameter.Param",
        "OperationDenied",
        "OperationDenied.FreePackageDenied",
        "OperationDenied.HTTPServiceDomainEOFrozen",
        "OperationDenied.HTTPServiceDomainInBlacklist",
        "OperationDenied.HTTPServiceDomainProcessing",
        "OperationDenied.NonInternalAccount",
        "OperationDenied.ResourceFrozen",
        "ResourceInUse",
        "ResourceInUse.FsACLJobUnDone",
        "ResourceInUse.HTTPServiceDomain",
        "ResourceInUse.HTTPServiceRoute",
        "ResourceInUse.IndexCreating",
        "ResourceInUse.LogExist",
        "ResourceInsufficient",
        "ResourceInsufficient.EnvPoolEmpty",
        "ResourceNotFound",
        "ResourceNotFound.Connector",
        "ResourceNotFound.EnvNotExist",
        "ResourceNotFound.HTTPServiceDomain",
        "ResourceNotFound.InstanceNotFound",
        "ResourceNotFound.ResourceNotExist",
        "ResourceNotFound.RoleNotFound",
        "ResourceNotFound.SchemaNotFound",
        "ResourceNotFound.ServerNotFound",
        "ResourceNotFound.Table",
        "ResourceNotFound.TableNotFound",
        "ResourceNotFound.TopicNotExist",
        "ResourceNotFound.UserNotExist",
        "ResourceNotFound.UserNotExists",
        "ResourceNotFound.VersionNotFound",
        "ResourceUnavailable",
        "ResourceUnavailable.IndexOptionsConflict",
        "ResourceUnavailable.InvoiceAmountLack",
        "ResourceUnavailable.MongoIsolated",
        "ResourceUnavailable.ResourceBanned",
        "ResourceUnavailable.ResourceExist",
        "ResourceUnavailable.ResourceExpired",
        "ResourceUnavailable.ResourceFrozen",
        "ResourceUnavailable.ResourceIsolated",
        "ResourceUnavailable.ResourceOverdue",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.TooManyTables",
    ];
    static NAME_CODES: [u32; 15] = [
        18, 19, 28, 34, 35, 36, 47, 48, 59, 60, 61, 65, 66, 67, 75,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationPgConnectErrorFailedOperationPgExecuteSqlErrorInternalErrorSysErrInvalidParameterHttpServiceDomainNotIcpInvalidParameterHttpServiceDomainVerifyFailedInvalidParameterInvalidParamLimitExceededHttpServiceDomainLimitExceededHttpServiceRouteOperationDeniedHttpServiceDomainEoFrozenOperationDeniedHttpServiceDomainInBlacklistOperationDeniedHttpServiceDomainProcessingResourceInUseFsAclJobUnDoneResourceInUseHttpServiceDomainResourceInUseHttpServiceRouteResourceNotFoundHttpServiceDomain",
        ends: &[
            0, 29, 61, 80, 119, 164, 192, 222, 251, 291, 334, 376, 403, 433, 462, 495,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: unauthorized operation.The operation failed.The operation failed: allocate id released.The operation failed: create table.The operation failed: data source not exist.The operation failed: database connect error.The operation failed: database exec sql error.The operation failed: database schema error.The operation failed: database sql syntax error.The operation failed: duplicated data.The operation failed: empty database endpoint.The operation failed: flexdb resource overdue.The operation failed: instance status conflict.The operation failed: invalid context.The operation failed: list table.The operation failed: network error.The operation failed: operation conflict.The operation failed: PG connect error.The operation failed: PG execute sql error.The operation failed: package unsupported.The operation failed: query error.The operation failed: syntax error.The operation failed: tdsql paused.The operation failed: timeout.The operation failed: topic isolated.An internal error occurred.An internal error occurred: database.An internal error occurred: SYS ERR.A parameter is invalid.A parameter is invalid: action.A parameter is invalid: cert verify failed.A parameter is invalid: customer not configured.A parameter is invalid: env id.A parameter is invalid: HTTP service domain not ICP.A parameter is invalid: HTTP service domain verify failed.A parameter is invalid: INVALID PARAM.A parameter is invalid: missing identifier.A parameter is invalid: missing parameter.A parameter is invalid: resource not exists.A parameter is invalid: service not exist.A parameter value is invalid.A parameter value is invalid: invalid doc.A limit was exceeded.A limit was exceeded: concurrent.A limit was exceeded: err namespace max limit.A limit was exceeded: err repo max limit.A limit was exceeded: HTTP service domain.A limit was exceeded: HTTP service route.A limit was exceeded: no valid connection.A limit was exceeded: out of index quota.A limit was exceeded: out of read request quota.A limit was exceeded: out of result size limit.A limit was exceeded: out of table quota.A limit was exceeded: request.A required parameter is missing.A required parameter is missing: param.The operation was denied.The operation was denied: free package denied.The operation was denied: HTTP service domain EO frozen.The operation was denied: HTTP service domain in blacklist.The operation was denied: HTTP service domain processing.The operation was denied: non internal account.The operation was denied: resource frozen.The resource is in use.The resource is in use: fs ACL job un done.The resource is in use: HTTP service domain.The resource is in use: HTTP service route.The resource is in use: index creating.The resource is in use: log exist.Resources are insufficient.Resources are insufficient: env pool empty.The resource was not found.The resource was not found: connector.The resource was not found: env not exist.The resource was not found: HTTP service domain.The resource was not found: instance not found.The resource was not found: resource not exist.The resource was not found: role not found.The resource was not found: schema not found.The resource was not found: server not found.The resource was not found: table.The resource was not found: table not found.The resource was not found: topic not exist.The resource was not found: user not exist.The resource was not found: user not exists.The resource was not found: version not found.The resource is unavailable.The resource is unavailable: index options conflict.The resource is unavailable: invoice amount lack.The resource is unavailable: mongo isolated.The resource is unavailable: resource banned.The resource is unavailable: resource exist.The resource is unavailable: resource expired.The resource is unavailable: resource frozen.The resource is unavailable: resource isolated.The resource is unavailable: resource overdue.The resources are sold out.The operation is not authorized.An unknown parameter was given.The operation is not supported.The operation is not supported: too many tables.",
        ends: &[
            0, 22, 68, 89, 132, 167, 211, 256, 302, 346, 394, 432, 478, 524, 571, 609,
            642, 678, 719, 758, 801, 843, 877, 912, 947, 977, 1014, 1041, 1078, 1114,
            1137, 1168, 1211, 1259, 1290, 1342, 1400, 1438, 1481, 1523, 1567, 1609, 1638,
            1680, 1701, 1734, 1780, 1821, 1863, 1904, 1946, 1987, 2035, 2082, 2123, 2153,
            2185, 2224, 2249, 2295, 2351, 2410, 2467, 2514, 2556, 2579, 2622, 2666, 2709,
            2748, 2782, 2809, 2852, 2879, 2917, 2959, 3007, 3054, 3101, 3144, 3189, 3234,
            3268, 3312, 3356, 3399, 3443, 3489, 3517, 3569, 3618, 3662, 3707, 3751, 3797,
            3842, 3889, 3935, 3962, 3994, 4025, 4056, 4104,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 102] = ::cloud_errors::__private::retry_column(
        b"acaaaaaaaaaaaaaaaaaaaaaaaabbbaaaaaaaaaaaaaaaaaaaaaaaaaaaacccccccbbbbbbccaaaaaaaaaaaaaaaccccccccccccaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 102] = ::cloud_errors::__private::category_column(
        b"bpiiiiiiiiiiiiiiiiiiiiiiiimmmcccccccccccccchhhhhhhhhhhhccgggggggjjjjjjhheeeeeeeeeeeeeeeiiiiiiiiiihgcli",
    );
    static PILOTS: [u16; 26] = [
        0, 18, 55, 12, 22, 7, 1, 0, 6, 23, 7, 84, 11, 5, 6, 89, 25, 14, 168, 1, 22, 0,
        15, 0, 66, 30,
    ];
    static SLOTS: [(&str, u32); 113] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            76, 5, 40, 78, 4294967295, 25, 101, 70, 48, 4, 13, 96, 46, 34, 4294967295,
            35, 31, 63, 75, 93, 43, 6, 84, 41, 16, 29, 100, 15, 21, 42, 54, 90, 61, 18,
            74, 80, 26, 89, 4294967295, 88, 59, 4294967295, 52, 58, 37, 4294967295, 28,
            4294967295, 98, 69, 24, 91, 87, 81, 50, 23, 9, 19, 22, 73, 38, 1, 11, 27, 86,
            71, 32, 55, 0, 57, 99, 60, 49, 66, 7, 62, 4294967295, 4294967295, 8, 67, 68,
            12, 44, 94, 95, 92, 33, 4294967295, 3, 36, 64, 72, 56, 97, 14, 4294967295,
            4294967295, 2, 20, 45, 30, 65, 53, 77, 10, 51, 39, 85, 83, 79, 17, 82, 47,
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
    const PROVIDER: &'static str = "Tencent Cloud TCB";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TCB's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TCB: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
