// @generated from catalogs/alibaba/adb.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud adb: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud adb: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidDBCluster.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid DB cluster: not found.
    InvalidDbClusterNotFound,
    /// `IncorrectDBInstanceState`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect DB instance state.
    IncorrectDbInstanceState,
    /// `UserAndPoolAlreadyBind`: HTTP 400; retry: never; category: invalid_argument.
    /// User and pool already bind.
    UserAndPoolAlreadyBind,
    /// `OperationDenied.DBClusterStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: DB cluster status.
    OperationDeniedDbClusterStatus,
    /// `MissingParameter.PageSize`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: page size.
    MissingParameterPageSize,
    /// `CrossUser.CheckFailed`: HTTP 403; retry: never; category: permission_denied.
    /// Cross user: check failed.
    CrossUserCheckFailed,
    /// `IdempotentParameterMismatch`: HTTP 400; retry: never; category: failed_precondition.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatch,
    /// `InvalidStartTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time: malformed.
    InvalidStartTimeMalformed,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `ServiceUnavailable`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailable,
    /// `InternalFailure`: HTTP 500; retry: never; category: internal.
    /// Internal failure.
    InternalFailure,
    /// `RequiredParam.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Required param: not found.
    RequiredParamNotFound,
    /// `IncorrectModuleVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect module version.
    IncorrectModuleVersion,
    /// `AnalyticDBKernelError`: HTTP 400; retry: never; category: invalid_argument.
    /// Analytic DB kernel error.
    AnalyticDbKernelError,
    /// `RelatedTaskNotFinish`: HTTP 400; retry: never; category: invalid_argument.
    /// Related task not finish.
    RelatedTaskNotFinish,
    /// `SecurityIPList.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Security IP list: duplicate.
    SecurityIpListDuplicate,
    /// `InvalidSecurityIPList.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security IP list: malformed.
    InvalidSecurityIpListMalformed,
    /// `InvalidSecurityIPList.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid security IP list: duplicate.
    InvalidSecurityIpListDuplicate,
    /// `InvalidPayType.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pay type: malformed.
    InvalidPayTypeMalformed,
    /// `ElasticPlanParameterError`: HTTP 400; retry: never; category: invalid_argument.
    /// Elastic plan parameter error.
    ElasticPlanParameterError,
    /// `TaskModifyError`: HTTP 400; retry: never; category: invalid_argument.
    /// Task modify error.
    TaskModifyError,
    /// `SwitchTimeAfterDeadline`: HTTP 400; retry: never; category: invalid_argument.
    /// Switch time after deadline.
    SwitchTimeAfterDeadline,
    /// `StartTimeBeforeNow`: HTTP 400; retry: never; category: invalid_argument.
    /// Start time before now.
    StartTimeBeforeNow,
    /// `IncorrectTaskStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect task status.
    IncorrectTaskStatus,
    /// `InvalidConnectionStringPrefix.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid connection string prefix: malformed.
    InvalidConnectionStringPrefixMalformed,
    /// `InvalidDBClusterId.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid DB cluster id: not found.
    InvalidDbClusterIdNotFound,
    /// `InvalidDBClusterId.Malformed`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid DB cluster id: malformed.
    InvalidDbClusterIdMalformed,
    /// `InvalidAccountName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account name: malformed.
    InvalidAccountNameMalformed,
    /// `ACS.Account.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// ACS: account, not exist.
    AcsAccountNotExist,
    /// `ACS.Account.UserHasBind`: HTTP 400; retry: never; category: invalid_argument.
    /// ACS: account, user has bind.
    AcsAccountUserHasBind,
    /// `ACS.User.DatabaseAccountHasBind`: HTTP 400; retry: never; category: invalid_argument.
    /// ACS: user, database account has bind.
    AcsUserDatabaseAccountHasBind,
    /// `InvalidPoolName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pool name: malformed.
    InvalidPoolNameMalformed,
    /// `InvalidPoolUser.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pool user: malformed.
    InvalidPoolUserMalformed,
    /// `InvalidAccountPassword.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account password: malformed.
    InvalidAccountPasswordMalformed,
    /// `InvalidAccountDescription.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account description: malformed.
    InvalidAccountDescriptionMalformed,
    /// `InvalidAccountType.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account type: malformed.
    InvalidAccountTypeMalformed,
    /// `ACS.Sql.CannotConnect`: HTTP 400; retry: never; category: invalid_argument.
    /// ACS: sql, cannot connect.
    AcsSqlCannotConnect,
    /// `InvalidPoolType.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pool type: malformed.
    InvalidPoolTypeMalformed,
    /// `InvalidMinComputeResource.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid min compute resource: malformed.
    InvalidMinComputeResourceMalformed,
    /// `InvalidMaxComputeResource.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid max compute resource: malformed.
    InvalidMaxComputeResourceMalformed,
    /// `ACS.ResourceGroup.InvalidResourceGroupState`: HTTP 400; retry: never; category: invalid_argument.
    /// ACS: resource group, invalid resource group state.
    AcsResourceGroupInvalidResourceGroupState,
    /// `ACS.ElasticPlan.InvalidEndTime`: HTTP 400; retry: never; category: invalid_argument.
    /// ACS: elastic plan, invalid end time.
    AcsElasticPlanInvalidEndTime,
    /// `ACS.ElasticPlan.NameAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// ACS: elastic plan, name already exists.
    AcsElasticPlanNameAlreadyExists,
    /// `ACS.ElasticPlan.WorkerNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// ACS: elastic plan, worker not found.
    AcsElasticPlanWorkerNotFound,
    /// `ACS.ElasticPlan.AutoWorkerPlanExists`: HTTP 400; retry: never; category: invalid_argument.
    /// ACS: elastic plan, auto worker plan exists.
    AcsElasticPlanAutoWorkerPlanExists,
    /// `ACS.ElasticPlan.WorkerPlanExists`: HTTP 400; retry: never; category: invalid_argument.
    /// ACS: elastic plan, worker plan exists.
    AcsElasticPlanWorkerPlanExists,
    /// `ACS.ElasticPlan.InvalidStartTimeInterval`: HTTP 400; retry: never; category: invalid_argument.
    /// ACS: elastic plan, invalid start time interval.
    AcsElasticPlanInvalidStartTimeInterval,
    /// `ACS.ElasticPlan.InvalidTodayPlan`: HTTP 400; retry: never; category: invalid_argument.
    /// ACS: elastic plan, invalid today plan.
    AcsElasticPlanInvalidTodayPlan,
    /// `ACS.ElasticPlan.InvalidTargetSize`: HTTP 400; retry: never; category: invalid_argument.
    /// ACS: elastic plan, invalid target size.
    AcsElasticPlanInvalidTargetSize,
    /// `ACS.ElasticPlan.InvalidStartTime`: HTTP 400; retry: never; category: invalid_argument.
    /// ACS: elastic plan, invalid start time.
    AcsElasticPlanInvalidStartTime,
    /// `Spark.InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: invalid parameter.
    SparkInvalidParameter,
    /// `Spark.InvalidState`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: invalid state.
    SparkInvalidState,
    /// `Spark.TemplateFile.BadFileType`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: template file, bad file type.
    SparkTemplateFileBadFileType,
    /// `Spark.TemplateFile.FileNotFound`: HTTP 404; retry: never; category: not_found.
    /// Spark: template file, file not found.
    SparkTemplateFileFileNotFound,
    /// `Spark.TemplateFile.TemplateNotFound`: HTTP 404; retry: never; category: not_found.
    /// Spark: template file, template not found.
    SparkTemplateFileTemplateNotFound,
    /// `Spark.ServerError`: HTTP 500; retry: never; category: internal.
    /// Spark: server error.
    SparkServerError,
    /// `ACS.Cluster.InvalidWorkerState`: HTTP 400; retry: never; category: invalid_argument.
    /// ACS: cluster, invalid worker state.
    AcsClusterInvalidWorkerState,
    /// `ACS.Cluster.ElasticPlanJobsExists`: HTTP 400; retry: never; category: invalid_argument.
    /// ACS: cluster, elastic plan jobs exists.
    AcsClusterElasticPlanJobsExists,
    /// `ACS.ResourceGroup.ElasticPlanExists`: HTTP 400; retry: never; category: invalid_argument.
    /// ACS: resource group, elastic plan exists.
    AcsResourceGroupElasticPlanExists,
    /// `ACS.ResourceGroup.OngoingJobExists`: HTTP 400; retry: never; category: invalid_argument.
    /// ACS: resource group, ongoing job exists.
    AcsResourceGroupOngoingJobExists,
    /// `Spark.AnalyzeTask.AppStateNotAccepted`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: analyze task, app state not accepted.
    SparkAnalyzeTaskAppStateNotAccepted,
    /// `Spark.AnalyzeTask.FailedToKill`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: analyze task, failed to kill.
    SparkAnalyzeTaskFailedToKill,
    /// `Spark.AnalyzeTask.InvalidStateWhenAnalyzingApp`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: analyze task, invalid state when analyzing app.
    SparkAnalyzeTaskInvalidStateWhenAnalyzingApp,
    /// `Spark.App.InvalidResourceSpec`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: app, invalid resource spec.
    SparkAppInvalidResourceSpec,
    /// `Spark.App.KillOperationFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: app, kill operation failed.
    SparkAppKillOperationFailed,
    /// `Spark.App.ParameterConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: app, parameter conflict.
    SparkAppParameterConflict,
    /// `Spark.Config.invalidConnectors`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: config, invalid connectors.
    SparkConfigInvalidConnectors,
    /// `Spark.Config.RoleArnVerifyFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: config, role arn verify failed.
    SparkConfigRoleArnVerifyFailed,
    /// `Spark.Log.IllegalPath`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: log, illegal path.
    SparkLogIllegalPath,
    /// `Spark.Log.InvalidState`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: log, invalid state.
    SparkLogInvalidState,
    /// `Spark.Oss.InternalError`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: oss, internal error.
    SparkOssInternalError,
    /// `Spark.RoleArn.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: role arn, invalid.
    SparkRoleArnInvalid,
    /// `Spark.SQL.NotFoundExecutableSQLError`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: SQL, not found executable SQL error.
    SparkSqlNotFoundExecutableSqlError,
    /// `Spark.SQL.ParserError`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: SQL, parser error.
    SparkSqlParserError,
    /// `Spark.Forbidden`: HTTP 403; retry: never; category: permission_denied.
    /// Spark: forbidden.
    SparkForbidden,
    /// `Spark.AnalyzeTask.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Spark: analyze task, not found.
    SparkAnalyzeTaskNotFound,
    /// `Spark.App.ContentNotFound`: HTTP 404; retry: never; category: not_found.
    /// Spark: app, content not found.
    SparkAppContentNotFound,
    /// `Spark.Log.PodLogNotFound`: HTTP 404; retry: never; category: not_found.
    /// Spark: log, pod log not found.
    SparkLogPodLogNotFound,
    /// `Spark.ObjectNotFound`: HTTP 404; retry: never; category: not_found.
    /// Spark: object not found.
    SparkObjectNotFound,
    /// `Spark.App.KillNotAcceptable`: HTTP 406; retry: never; category: failed_precondition.
    /// Spark: app, kill not acceptable.
    SparkAppKillNotAcceptable,
    /// `Spark.Resources.LoadFileFromClasspathFailed`: HTTP 500; retry: never; category: internal.
    /// Spark: resources, load file from classpath failed.
    SparkResourcesLoadFileFromClasspathFailed,
    /// `ACS.User.NotBindDatabaseAccount`: HTTP 400; retry: never; category: invalid_argument.
    /// ACS: user, not bind database account.
    AcsUserNotBindDatabaseAccount,
    /// `MDS.IllegalArgument`: HTTP 400; retry: never; category: invalid_argument.
    /// MDS: illegal argument.
    MdsIllegalArgument,
    /// `MDS.InvalidPrivilege`: HTTP 400; retry: never; category: invalid_argument.
    /// MDS: invalid privilege.
    MdsInvalidPrivilege,
    /// `MDS.MetaSchemaAlreadyExist`: HTTP 400; retry: never; category: invalid_argument.
    /// MDS: meta schema already exist.
    MdsMetaSchemaAlreadyExist,
    /// `MDS.MetaSchemaNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// MDS: meta schema not exist.
    MdsMetaSchemaNotExist,
    /// `MDS.MetaTableAlreadyExist`: HTTP 400; retry: never; category: invalid_argument.
    /// MDS: meta table already exist.
    MdsMetaTableAlreadyExist,
    /// `MDS.MetaTableNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// MDS: meta table not exist.
    MdsMetaTableNotExist,
    /// `MDS.InternalError`: HTTP 500; retry: never; category: internal.
    /// MDS: internal error.
    MdsInternalError,
    /// `MDS.MetaVisitError`: HTTP 500; retry: never; category: internal.
    /// MDS: meta visit error.
    MdsMetaVisitError,
    /// `AcsServerTimeOut`: HTTP 408; retry: never; category: failed_precondition.
    /// Acs server time out.
    AcsServerTimeOut,
    /// `ACS.ElasticPlan.NotFound`: HTTP 404; retry: never; category: not_found.
    /// ACS: elastic plan, not found.
    AcsElasticPlanNotFound,
    /// `Spark.CancelNotebookStatementFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: cancel notebook statement failed.
    SparkCancelNotebookStatementFailed,
    /// `Spark.CloseNotebookKernelFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: close notebook kernel failed.
    SparkCloseNotebookKernelFailed,
    /// `Spark.ExecuteNotebookStatementFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: execute notebook statement failed.
    SparkExecuteNotebookStatementFailed,
    /// `Spark.GetNotebookKernelFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: get notebook kernel failed.
    SparkGetNotebookKernelFailed,
    /// `Spark.GetNotebookKernelStateFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: get notebook kernel state failed.
    SparkGetNotebookKernelStateFailed,
    /// `Spark.GetNotebookStatementLogFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: get notebook statement log failed.
    SparkGetNotebookStatementLogFailed,
    /// `Spark.GetNotebookStatementResultFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: get notebook statement result failed.
    SparkGetNotebookStatementResultFailed,
    /// `Spark.GetNotebookStatementUiFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: get notebook statement ui failed.
    SparkGetNotebookStatementUiFailed,
    /// `Spark.NotebookKernelBusy`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: notebook kernel busy.
    SparkNotebookKernelBusy,
    /// `Spark.NotebookKernelExpired`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: notebook kernel expired.
    SparkNotebookKernelExpired,
    /// `Spark.NotebookKernelInvalidStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: notebook kernel invalid status.
    SparkNotebookKernelInvalidStatus,
    /// `Spark.NotebookKernelNotStartup`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: notebook kernel not startup.
    SparkNotebookKernelNotStartup,
    /// `Spark.NotebookKernelStarting`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: notebook kernel starting.
    SparkNotebookKernelStarting,
    /// `Spark.NotebookNamingDuplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: notebook naming duplicate.
    SparkNotebookNamingDuplicate,
    /// `Spark.NotebookNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: notebook not found.
    SparkNotebookNotFound,
    /// `Spark.NotebookParagraphMissingProgramCode`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: notebook paragraph missing program code.
    SparkNotebookParagraphMissingProgramCode,
    /// `Spark.NotebookParagraphNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: notebook paragraph not found.
    SparkNotebookParagraphNotFound,
    /// `Spark.NotebookParagraphNotRunning`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: notebook paragraph not running.
    SparkNotebookParagraphNotRunning,
    /// `Spark.Config.InvalidAppFilePath`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: config, invalid app file path.
    SparkConfigInvalidAppFilePath,
    /// `Spark.Config.InvalidDiskConfig`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: config, invalid disk config.
    SparkConfigInvalidDiskConfig,
    /// `Spark.Config.InvalidHostAliasConfig`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: config, invalid host alias config.
    SparkConfigInvalidHostAliasConfig,
    /// `Spark.Config.InvalidLogOssPath`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: config, invalid log oss path.
    SparkConfigInvalidLogOssPath,
    /// `Spark.Config.InvalidRoleArnFormat`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: config, invalid role arn format.
    SparkConfigInvalidRoleArnFormat,
    /// `Spark.Config.InvalidTimeZone`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: config, invalid time zone.
    SparkConfigInvalidTimeZone,
    /// `Spark.Config.MainAppFileNotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: config, main app file not exists.
    SparkConfigMainAppFileNotExists,
    /// `Spark.Config.OSSPathAccessError`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: config, OSS path access error.
    SparkConfigOssPathAccessError,
    /// `Spark.Config.OSSPathNotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: config, OSS path not exists.
    SparkConfigOssPathNotExists,
    /// `Spark.Config.SecurityGroupNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: config, security group not found.
    SparkConfigSecurityGroupNotFound,
    /// `Spark.Config.VswitchNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: config, vswitch not found.
    SparkConfigVswitchNotFound,
    /// `ACS.Privilege.ModifyFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// ACS: privilege, modify failed.
    AcsPrivilegeModifyFailed,
    /// `ACS.Parameter.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// ACS: parameter, malformed.
    AcsParameterMalformed,
    /// `InvalidPreferredBackupTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid preferred backup time: malformed.
    InvalidPreferredBackupTimeMalformed,
    /// `InvalidPreferredBackupPeriod.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid preferred backup period: malformed.
    InvalidPreferredBackupPeriodMalformed,
    /// `InvalidBackupRetentionPeriod.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid backup retention period: malformed.
    InvalidBackupRetentionPeriodMalformed,
    /// `InvalidDBClusterIPArrayName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB cluster IP array name: malformed.
    InvalidDbClusterIpArrayNameMalformed,
    /// `InvalidDBClusterDescription.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB cluster description: malformed.
    InvalidDbClusterDescriptionMalformed,
    /// `InvalidMaintainTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid maintain time: malformed.
    InvalidMaintainTimeMalformed,
    /// `Spark.App.ExceedQuotaLimitation`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: app, exceed quota limitation.
    SparkAppExceedQuotaLimitation,
    /// `Spark.App.InvalidAppTypeWhenSubmit`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: app, invalid app type when submit.
    SparkAppInvalidAppTypeWhenSubmit,
    /// `Spark.App.ResourceNegativeError`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: app, resource negative error.
    SparkAppResourceNegativeError,
    /// `Spark.App.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Spark: app, not found.
    SparkAppNotFound,
    /// `Spark.SQL.BlankError`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: SQL, blank error.
    SparkSqlBlankError,
    /// `Spark.SQL.MultipleSQLError`: HTTP 400; retry: never; category: invalid_argument.
    /// Spark: SQL, multiple SQL error.
    SparkSqlMultipleSqlError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 135] = [
        "InvalidDBCluster.NotFound",
        "IncorrectDBInstanceState",
        "UserAndPoolAlreadyBind",
        "OperationDenied.DBClusterStatus",
        "MissingParameter.PageSize",
        "CrossUser.CheckFailed",
        "IdempotentParameterMismatch",
        "InvalidStartTime.Malformed",
        "InternalError",
        "ServiceUnavailable",
        "InternalFailure",
        "RequiredParam.NotFound",
        "IncorrectModuleVersion",
        "AnalyticDBKernelError",
        "RelatedTaskNotFinish",
        "SecurityIPList.Duplicate",
        "InvalidSecurityIPList.Malformed",
        "InvalidSecurityIPList.Duplicate",
        "InvalidPayType.Malformed",
        "ElasticPlanParameterError",
        "TaskModifyError",
        "SwitchTimeAfterDeadline",
        "StartTimeBeforeNow",
        "IncorrectTaskStatus",
        "InvalidConnectionStringPrefix.Malformed",
        "InvalidDBClusterId.NotFound",
        "InvalidDBClusterId.Malformed",
        "InvalidAccountName.Malformed",
        "ACS.Account.NotExist",
        "ACS.Account.UserHasBind",
        "ACS.User.DatabaseAccountHasBind",
        "InvalidPoolName.Malformed",
        "InvalidPoolUser.Malformed",
        "InvalidAccountPassword.Malformed",
        "InvalidAccountDescription.Malformed",
        "InvalidAccountType.Malformed",
        "ACS.Sql.CannotConnect",
        "InvalidPoolType.Malformed",
        "InvalidMinComputeResource.Malformed",
        "InvalidMaxComputeResource.Malformed",
        "ACS.ResourceGroup.InvalidResourceGroupState",
        "ACS.ElasticPlan.InvalidEndTime",
        "ACS.ElasticPlan.NameAlreadyExists",
        "ACS.ElasticPlan.WorkerNotFound",
        "ACS.ElasticPlan.AutoWorkerPlanExists",
        "ACS.ElasticPlan.WorkerPlanExists",
        "ACS.ElasticPlan.InvalidStartTimeInterval",
        "ACS.ElasticPlan.InvalidTodayPlan",
        "ACS.ElasticPlan.InvalidTargetSize",
        "ACS.ElasticPlan.InvalidStartTime",
        "Spark.InvalidParameter",
        "Spark.InvalidState",
        "Spark.TemplateFile.BadFileType",
        "Spark.TemplateFile.FileNotFound",
        "Spark.TemplateFile.TemplateNotFound",
        "Spark.ServerError",
        "ACS.Cluster.InvalidWorkerState",
        "ACS.Cluster.ElasticPlanJobsExists",
        "ACS.ResourceGroup.ElasticPlanExists",
        "ACS.ResourceGroup.OngoingJobExists",
        "Spark.AnalyzeTask.AppStateNotAccepted",
        "Spark.AnalyzeTask.FailedToKill",
        "Spark.AnalyzeTask.InvalidStateWhenAnalyzingApp",
        "Spark.App.InvalidResourceSpec",
        "Spark.App.KillOperationFailed",
        "Spark.App.ParameterConflict",
        "Spark.Config.invalidConnectors",
        "Spark.Config.RoleArnVerifyFailed",
        "Spark.Log.IllegalPath",
        "Spark.Log.InvalidState",
        "Spark.Oss.InternalError",
        "Spark.RoleArn.Invalid",
        "Spark.SQL.NotFoundExecutableSQLError",
        "Spark.SQL.ParserError",
        "Spark.Forbidden",
        "Spark.AnalyzeTask.NotFound",
        "Spark.App.ContentNotFound",
        "Spark.Log.PodLogNotFound",
        "Spark.ObjectNotFound",
        "Spark.App.KillNotAcceptable",
        "Spark.Resources.LoadFileFromClasspathFailed",
        "ACS.User.NotBindDatabaseAccount",
        "MDS.IllegalArgument",
        "MDS.InvalidPrivilege",
        "MDS.MetaSchemaAlreadyExist",
        "MDS.MetaSchemaNotExist",
        "MDS.MetaTableAlreadyExist",
        "MDS.MetaTableNotExist",
        "MDS.InternalError",
        "MDS.MetaVisitError",
        "AcsServerTimeOut",
        "ACS.ElasticPlan.NotFound",
        "Spark.CancelNotebookStatementFailed",
        "Spark.CloseNotebookKernelFailed",
        "Spark.ExecuteNotebookStatementFailed",
        "Spark.GetNotebookKernelFailed",
        "Spark.GetNotebookKernelStateFailed",
        "Spark.GetNotebookStatementLogFailed",
        "Spark.GetNotebookStatementResultFailed",
        "Spark.GetNotebookStatementUiFailed",
        "Spark.NotebookKernelBusy",
        "Spark.NotebookKernelExpired",
        "Spark.NotebookKernelInvalidStatus",
        "Spark.NotebookKernelNotStartup",
        "Spark.NotebookKernelStarting",
        "Spark.NotebookNamingDuplicate",
        "Spark.NotebookNotFound",
        "Spark.NotebookParagraphMissingProgramCode",
        "Spark.NotebookParagraphNotFound",
        "Spark.NotebookParagraphNotRunning",
        "Spark.Config.InvalidAppFilePath",
        "Spark.Config.InvalidDiskConfig",
        "Spark.Config.InvalidHostAliasConfig",
        "Spark.Config.InvalidLogOssPath",
        "Spark.Config.InvalidRoleArnFormat",
        "Spark.Config.InvalidTimeZone",
        "Spark.Config.MainAppFileNotExists",
        "Spark.Config.OSSPathAccessError",
        "Spark.Config.OSSPathNotExists",
        "Spark.Config.SecurityGroupNotFound",
        "Spark.Config.VswitchNotFound",
        "ACS.Privilege.ModifyFailed",
        "ACS.Parameter.Malformed",
        "InvalidPreferredBackupTime.Malformed",
        "InvalidPreferredBackupPeriod.Malformed",
        "InvalidBackupRetentionPeriod.Malformed",
        "InvalidDBClusterIPArrayName.Malformed",
        "InvalidDBClusterDescription.Malformed",
        "InvalidMaintainTime.Malformed",
        "Spark.App.ExceedQuotaLimitation",
        "Spark.App.InvalidAppTypeWhenSubmit",
        "Spark.App.ResourceNegativeError",
        "Spark.App.NotFound",
        "Spark.SQL.BlankError",
        "Spark.SQL.MultipleSQLError",
    ];
    static NAME_CODES: [u32; 48] = [
        0, 1, 3, 13, 15, 16, 17, 25, 26, 28, 29, 30, 36, 40, 41, 42, 43, 44, 45, 46, 47,
        48, 49, 56, 57, 58, 59, 66, 72, 73, 81, 82, 83, 84, 85, 86, 87, 88, 89, 91, 117,
        118, 121, 122, 126, 127, 133, 134,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidDbClusterNotFoundIncorrectDbInstanceStateOperationDeniedDbClusterStatusAnalyticDbKernelErrorSecurityIpListDuplicateInvalidSecurityIpListMalformedInvalidSecurityIpListDuplicateInvalidDbClusterIdNotFoundInvalidDbClusterIdMalformedAcsAccountNotExistAcsAccountUserHasBindAcsUserDatabaseAccountHasBindAcsSqlCannotConnectAcsResourceGroupInvalidResourceGroupStateAcsElasticPlanInvalidEndTimeAcsElasticPlanNameAlreadyExistsAcsElasticPlanWorkerNotFoundAcsElasticPlanAutoWorkerPlanExistsAcsElasticPlanWorkerPlanExistsAcsElasticPlanInvalidStartTimeIntervalAcsElasticPlanInvalidTodayPlanAcsElasticPlanInvalidTargetSizeAcsElasticPlanInvalidStartTimeAcsClusterInvalidWorkerStateAcsClusterElasticPlanJobsExistsAcsResourceGroupElasticPlanExistsAcsResourceGroupOngoingJobExistsSparkConfigInvalidConnectorsSparkSqlNotFoundExecutableSqlErrorSparkSqlParserErrorAcsUserNotBindDatabaseAccountMdsIllegalArgumentMdsInvalidPrivilegeMdsMetaSchemaAlreadyExistMdsMetaSchemaNotExistMdsMetaTableAlreadyExistMdsMetaTableNotExistMdsInternalErrorMdsMetaVisitErrorAcsElasticPlanNotFoundSparkConfigOssPathAccessErrorSparkConfigOssPathNotExistsAcsPrivilegeModifyFailedAcsParameterMalformedInvalidDbClusterIpArrayNameMalformedInvalidDbClusterDescriptionMalformedSparkSqlBlankErrorSparkSqlMultipleSqlError",
        ends: &[
            0, 24, 48, 78, 99, 122, 152, 182, 208, 235, 253, 274, 303, 322, 363, 391,
            422, 450, 484, 514, 552, 582, 613, 643, 671, 702, 735, 767, 795, 829, 848,
            877, 895, 914, 939, 960, 984, 1004, 1020, 1037, 1059, 1088, 1115, 1139, 1160,
            1196, 1232, 1250, 1274,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Invalid DB cluster: not found.Incorrect DB instance state.User and pool already bind.Operation denied: DB cluster status.A required parameter is missing: page size.Cross user: check failed.Idempotent parameter mismatch.Invalid start time: malformed.An internal error occurred.The service is unavailable.Internal failure.Required param: not found.Incorrect module version.Analytic DB kernel error.Related task not finish.Security IP list: duplicate.Invalid security IP list: malformed.Invalid security IP list: duplicate.Invalid pay type: malformed.Elastic plan parameter error.Task modify error.Switch time after deadline.Start time before now.Incorrect task status.Invalid connection string prefix: malformed.Invalid DB cluster id: not found.Invalid DB cluster id: malformed.Invalid account name: malformed.ACS: account, not exist.ACS: account, user has bind.ACS: user, database account has bind.Invalid pool name: malformed.Invalid pool user: malformed.Invalid account password: malformed.Invalid account description: malformed.Invalid account type: malformed.ACS: sql, cannot connect.Invalid pool type: malformed.Invalid min compute resource: malformed.Invalid max compute resource: malformed.ACS: resource group, invalid resource group state.ACS: elastic plan, invalid end time.ACS: elastic plan, name already exists.ACS: elastic plan, worker not found.ACS: elastic plan, auto worker plan exists.ACS: elastic plan, worker plan exists.ACS: elastic plan, invalid start time interval.ACS: elastic plan, invalid today plan.ACS: elastic plan, invalid target size.ACS: elastic plan, invalid start time.Spark: invalid parameter.Spark: invalid state.Spark: template file, bad file type.Spark: template file, file not found.Spark: template file, template not found.Spark: server error.ACS: cluster, invalid worker state.ACS: cluster, elastic plan jobs exists.ACS: resource group, elastic plan exists.ACS: resource group, ongoing job exists.Spark: analyze task, app state not accepted.Spark: analyze task, failed to kill.Spark: analyze task, invalid state when analyzing app.Spark: app, invalid resource spec.Spark: app, kill operation failed.Spark: app, parameter conflict.Spark: config, invalid connectors.Spark: config, role arn verify failed.Spark: log, illegal path.Spark: log, invalid state.Spark: oss, internal error.Spark: role arn, invalid.Spark: SQL, not found executable SQL error.Spark: SQL, parser error.Spark: forbidden.Spark: analyze task, not found.Spark: app, content not found.Spark: log, pod log not found.Spark: object not found.Spark: app, kill not acceptable.Spark: resources, load file from classpath failed.ACS: user, not bind database account.MDS: illegal argument.MDS: invalid privilege.MDS: meta schema already exist.MDS: meta schema not exist.MDS: meta table already exist.MDS: meta table not exist.MDS: internal error.MDS: meta visit error.Acs server time out.ACS: elastic plan, not found.Spark: cancel notebook statement failed.Spark: close notebook kernel failed.Spark: execute notebook statement failed.Spark: get notebook kernel failed.Spark: get notebook kernel state failed.Spark: get notebook statement log failed.Spark: get notebook statement result failed.Spark: get notebook statement ui failed.Spark: notebook kernel busy.Spark: notebook kernel expired.Spark: notebook kernel invalid status.Spark: notebook kernel not startup.Spark: notebook kernel starting.Spark: notebook naming duplicate.Spark: notebook not found.Spark: notebook paragraph missing program code.Spark: notebook paragraph not found.Spark: notebook paragraph not running.Spark: config, invalid app file path.Spark: config, invalid disk config.Spark: config, invalid host alias config.Spark: config, invalid log oss path.Spark: config, invalid role arn format.Spark: config, invalid time zone.Spark: config, main app file not exists.Spark: config, OSS path access error.Spark: config, OSS path not exists.Spark: config, security group not found.Spark: config, vswitch not found.ACS: privilege, modify failed.ACS: parameter, malformed.Invalid preferred backup time: malformed.Invalid preferred backup period: malformed.Invalid backup retention period: malformed.Invalid DB cluster IP array name: malformed.Invalid DB cluster description: malformed.Invalid maintain time: malformed.Spark: app, exceed quota limitation.Spark: app, invalid app type when submit.Spark: app, resource negative error.Spark: app, not found.Spark: SQL, blank error.Spark: SQL, multiple SQL error.",
        ends: &[
            0, 30, 58, 85, 121, 164, 189, 219, 249, 276, 303, 320, 346, 371, 396, 420,
            448, 484, 520, 548, 577, 595, 622, 644, 666, 710, 743, 776, 808, 832, 860,
            897, 926, 955, 991, 1030, 1062, 1087, 1116, 1156, 1196, 1246, 1282, 1321,
            1357, 1400, 1438, 1485, 1523, 1562, 1600, 1625, 1646, 1682, 1719, 1760, 1780,
            1815, 1854, 1895, 1935, 1979, 2015, 2069, 2103, 2137, 2168, 2202, 2240, 2265,
            2291, 2318, 2343, 2386, 2411, 2428, 2459, 2489, 2519, 2543, 2575, 2625, 2662,
            2684, 2707, 2738, 2765, 2795, 2821, 2841, 2863, 2883, 2912, 2952, 2988, 3029,
            3063, 3103, 3144, 3188, 3228, 3256, 3287, 3325, 3360, 3392, 3425, 3451, 3498,
            3534, 3572, 3609, 3644, 3685, 3721, 3760, 3793, 3833, 3870, 3905, 3945, 3978,
            4008, 4034, 4075, 4118, 4161, 4205, 4247, 4280, 4316, 4357, 4393, 4415, 4439,
            4470,
        ],
    };
    static STATUSES: [u16; 138] = [
        404, 400, 400, 400, 403, 400, 403, 400, 400, 500, 503, 500, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 403, 400, 400, 404, 400, 404, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 404, 404, 500, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 404, 404,
        404, 404, 406, 500, 400, 400, 400, 400, 400, 400, 400, 500, 500, 408, 404, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 404, 400, 400,
    ];
    static STATUS_ENDS: [u32; 136] = [
        0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 28, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44,
        45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64,
        65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84,
        85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103,
        104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119,
        120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135,
        136, 137, 138,
    ];
    static RETRY: [::cloud_errors::Retry; 135] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaabbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 135] = ::cloud_errors::__private::category_column(
        b"eccgcgicmnmccccccccccccgccccccccccccccccccccccccccccceemccccccccccccccccccgeeeeimcccccccmmieccccccccccccccccccccccccccccccccccccccccecc",
    );
    static PILOTS: [u16; 34] = [
        0, 6, 28, 12, 13, 3, 32, 25, 1, 8, 0, 2, 3, 152, 0, 0, 0, 15, 1, 9, 23, 21, 74,
        4, 11, 1, 129, 31, 158, 63, 235, 298, 95, 3,
    ];
    static SLOTS: [(&str, u32); 150] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            40, 88, 93, 62, 134, 78, 48, 133, 47, 98, 99, 4294967295, 4294967295, 4, 110,
            54, 82, 96, 28, 73, 65, 15, 49, 31, 32, 53, 3, 61, 115, 20, 132, 77, 13, 2,
            112, 9, 42, 100, 25, 127, 21, 111, 33, 104, 109, 87, 95, 35, 51, 55, 119, 90,
            4294967295, 27, 83, 41, 66, 125, 91, 121, 118, 70, 63, 8, 11, 1, 4294967295,
            107, 85, 131, 113, 56, 4294967295, 39, 94, 122, 46, 4294967295, 16, 71, 10,
            34, 5, 29, 18, 116, 97, 92, 30, 4294967295, 120, 74, 52, 84, 37, 108, 67, 79,
            23, 106, 80, 50, 6, 114, 7, 75, 22, 102, 128, 43, 36, 4294967295, 123, 38,
            60, 17, 0, 117, 4294967295, 76, 4294967295, 101, 12, 130, 4294967295, 86,
            129, 45, 58, 81, 24, 89, 64, 72, 14, 19, 126, 4294967295, 44, 69, 4294967295,
            103, 57, 68, 124, 105, 26, 4294967295, 4294967295, 59,
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
    const PROVIDER: &'static str = "Alibaba Cloud adb";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud adb's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud adb: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
