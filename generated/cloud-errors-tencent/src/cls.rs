// @generated from catalogs/tencent/cls.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CLS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CLS: a variant per documented code,
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
    /// `FailedOperation.BindedAlarm`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: binded alarm.
    FailedOperationBindedAlarm,
    /// `FailedOperation.BucketNoFile`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: bucket no file.
    FailedOperationBucketNoFile,
    /// `FailedOperation.CloudProductInvocationError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cloud product invocation error.
    FailedOperationCloudProductInvocationError,
    /// `FailedOperation.DecompressFile`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: decompress file.
    FailedOperationDecompressFile,
    /// `FailedOperation.DownLoadFile`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: down load file.
    FailedOperationDownLoadFile,
    /// `FailedOperation.GetListFile`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get list file.
    FailedOperationGetListFile,
    /// `FailedOperation.GetlogReachLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: getlog reach limit.
    FailedOperationGetlogReachLimit,
    /// `FailedOperation.InValidIndexRuleForSearchLow`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: in valid index rule for search low.
    FailedOperationInValidIndexRuleForSearchLow,
    /// `FailedOperation.IndexSegmentOffloaded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: index segment offloaded.
    FailedOperationIndexSegmentOffloaded,
    /// `FailedOperation.InvalidAlarm`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid alarm.
    FailedOperationInvalidAlarm,
    /// `FailedOperation.InvalidContext`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid context.
    FailedOperationInvalidContext,
    /// `FailedOperation.InvalidPeriod`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid period.
    FailedOperationInvalidPeriod,
    /// `FailedOperation.LogsetConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: logset conflict.
    FailedOperationLogsetConflict,
    /// `FailedOperation.LogsetNotEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: logset not empty.
    FailedOperationLogsetNotEmpty,
    /// `FailedOperation.MissingContent`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: missing content.
    FailedOperationMissingContent,
    /// `FailedOperation.ModifySystemField`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify system field.
    FailedOperationModifySystemField,
    /// `FailedOperation.PeriodModifyForbidden`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: period modify forbidden.
    FailedOperationPeriodModifyForbidden,
    /// `FailedOperation.PreviewFile`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: preview file.
    FailedOperationPreviewFile,
    /// `FailedOperation.QueryError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query error.
    FailedOperationQueryError,
    /// `FailedOperation.ReadFile`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: read file.
    FailedOperationReadFile,
    /// `FailedOperation.ReadQpsLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: read qps limit.
    FailedOperationReadQpsLimit,
    /// `FailedOperation.SearchTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: search timeout.
    FailedOperationSearchTimeout,
    /// `FailedOperation.ShipperTaskNotToRetry`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: shipper task not to retry.
    FailedOperationShipperTaskNotToRetry,
    /// `FailedOperation.SyntaxError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: syntax error.
    FailedOperationSyntaxError,
    /// `FailedOperation.TagConcurrentConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tag concurrent conflict.
    FailedOperationTagConcurrentConflict,
    /// `FailedOperation.TagQpsLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tag qps limit.
    FailedOperationTagQpsLimit,
    /// `FailedOperation.Timeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: timeout.
    FailedOperationTimeout,
    /// `FailedOperation.TopicClosed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: topic closed.
    FailedOperationTopicClosed,
    /// `FailedOperation.TopicCreating`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: topic creating.
    FailedOperationTopicCreating,
    /// `FailedOperation.TopicIsolated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: topic isolated.
    FailedOperationTopicIsolated,
    /// `FailedOperation.WriteByQueryReachLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: write by query reach limit.
    FailedOperationWriteByQueryReachLimit,
    /// `FailedOperation.WriteQpsLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: write qps limit.
    FailedOperationWriteQpsLimit,
    /// `FailedOperation.WriteTrafficLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: write traffic limit.
    FailedOperationWriteTrafficLimit,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.DbError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db error.
    InternalErrorDbError,
    /// `InternalError.IllegalRole`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: illegal role.
    InternalErrorIllegalRole,
    /// `InternalError.SearchError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: search error.
    InternalErrorSearchError,
    /// `InternalError.SearchFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: search failed.
    InternalErrorSearchFailed,
    /// `InternalError.ServerBusy`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: server busy.
    InternalErrorServerBusy,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.AlarmConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: alarm conflict.
    InvalidParameterAlarmConflict,
    /// `InvalidParameter.AlarmNoticeConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: alarm notice conflict.
    InvalidParameterAlarmNoticeConflict,
    /// `InvalidParameter.ConfigConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: config conflict.
    InvalidParameterConfigConflict,
    /// `InvalidParameter.Content`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: content.
    InvalidParameterContent,
    /// `InvalidParameter.CrossAccountConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cross account conflict.
    InvalidParameterCrossAccountConflict,
    /// `InvalidParameter.DashboardNameConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: dashboard name conflict.
    InvalidParameterDashboardNameConflict,
    /// `InvalidParameter.DataFromTaskConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: data from task conflict.
    InvalidParameterDataFromTaskConflict,
    /// `InvalidParameter.DataFromTaskNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: data from task not exist.
    InvalidParameterDataFromTaskNotExist,
    /// `InvalidParameter.DbDuplication`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: db duplication.
    InvalidParameterDbDuplication,
    /// `InvalidParameter.ExportConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: export conflict.
    InvalidParameterExportConflict,
    /// `InvalidParameter.InValidIndexRuleForSearchLow`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: in valid index rule for search low.
    InvalidParameterInValidIndexRuleForSearchLow,
    /// `InvalidParameter.IndexConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: index conflict.
    InvalidParameterIndexConflict,
    /// `InvalidParameter.InvalidEtlContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid etl content.
    InvalidParameterInvalidEtlContent,
    /// `InvalidParameter.LogsetConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: logset conflict.
    InvalidParameterLogsetConflict,
    /// `InvalidParameter.MachineGroupConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: machine group conflict.
    InvalidParameterMachineGroupConflict,
    /// `InvalidParameter.ParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: param error.
    InvalidParameterParamError,
    /// `InvalidParameter.ShipperConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: shipper conflict.
    InvalidParameterShipperConflict,
    /// `InvalidParameter.TopicConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: topic conflict.
    InvalidParameterTopicConflict,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.BillingCosRechargeOutOfLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: billing cos recharge out of limit.
    LimitExceededBillingCosRechargeOutOfLimit,
    /// `LimitExceeded.BillingTopicOutOfLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: billing topic out of limit.
    LimitExceededBillingTopicOutOfLimit,
    /// `LimitExceeded.Config`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: config.
    LimitExceededConfig,
    /// `LimitExceeded.Export`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: export.
    LimitExceededExport,
    /// `LimitExceeded.IndexKeyOverLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: index key over limit.
    LimitExceededIndexKeyOverLimit,
    /// `LimitExceeded.IndexOperating`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: index operating.
    LimitExceededIndexOperating,
    /// `LimitExceeded.LogSearch`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: log search.
    LimitExceededLogSearch,
    /// `LimitExceeded.LogSize`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: log size.
    LimitExceededLogSize,
    /// `LimitExceeded.Logset`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: logset.
    LimitExceededLogset,
    /// `LimitExceeded.MachineGroup`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: machine group.
    LimitExceededMachineGroup,
    /// `LimitExceeded.MachineGroupIp`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: machine group ip.
    LimitExceededMachineGroupIp,
    /// `LimitExceeded.MachineGroupIpLabels`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: machine group ip labels.
    LimitExceededMachineGroupIpLabels,
    /// `LimitExceeded.Partition`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: partition.
    LimitExceededPartition,
    /// `LimitExceeded.RecordOutOfLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: record out of limit.
    LimitExceededRecordOutOfLimit,
    /// `LimitExceeded.SearchResources`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: search resources.
    LimitExceededSearchResources,
    /// `LimitExceeded.SearchResultTooLarge`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: search result too large.
    LimitExceededSearchResultTooLarge,
    /// `LimitExceeded.Shipper`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: shipper.
    LimitExceededShipper,
    /// `LimitExceeded.Tag`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: tag.
    LimitExceededTag,
    /// `LimitExceeded.Topic`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: topic.
    LimitExceededTopic,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.ACLFailed`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: ACL failed.
    OperationDeniedAclFailed,
    /// `OperationDenied.AccountDestroy`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: account destroy.
    OperationDeniedAccountDestroy,
    /// `OperationDenied.AccountIsolate`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: account isolate.
    OperationDeniedAccountIsolate,
    /// `OperationDenied.AccountNotExists`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: account not exists.
    OperationDeniedAccountNotExists,
    /// `OperationDenied.AlarmNotSupportForSearchLow`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: alarm not support for search low.
    OperationDeniedAlarmNotSupportForSearchLow,
    /// `OperationDenied.AnalysisSwitchClose`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: analysis switch close.
    OperationDeniedAnalysisSwitchClose,
    /// `OperationDenied.NewSyntaxNotSupported`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: new syntax not supported.
    OperationDeniedNewSyntaxNotSupported,
    /// `OperationDenied.NoticeHasAlarm`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: notice has alarm.
    OperationDeniedNoticeHasAlarm,
    /// `OperationDenied.OperationNotSupportInSearchLow`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: operation not support in search low.
    OperationDeniedOperationNotSupportInSearchLow,
    /// `OperationDenied.TopicHasDataFormTask`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: topic has data form task.
    OperationDeniedTopicHasDataFormTask,
    /// `OperationDenied.TopicHasDeliverFunction`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: topic has deliver function.
    OperationDeniedTopicHasDeliverFunction,
    /// `OperationDenied.TopicHasExternalDatasourceConfig`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: topic has external datasource config.
    OperationDeniedTopicHasExternalDatasourceConfig,
    /// `OperationDenied.TopicHasScheduleSqlTask`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: topic has schedule sql task.
    OperationDeniedTopicHasScheduleSqlTask,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.AgentVersionNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: agent version not exist.
    ResourceNotFoundAgentVersionNotExist,
    /// `ResourceNotFound.AlarmNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: alarm not exist.
    ResourceNotFoundAlarmNotExist,
    /// `ResourceNotFound.AlarmNoticeNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: alarm notice not exist.
    ResourceNotFoundAlarmNoticeNotExist,
    /// `ResourceNotFound.ClusterNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cluster not found.
    ResourceNotFoundClusterNotFound,
    /// `ResourceNotFound.ConfigNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: config not exist.
    ResourceNotFoundConfigNotExist,
    /// `ResourceNotFound.DashboardRecordNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: dashboard record not exist.
    ResourceNotFoundDashboardRecordNotExist,
    /// `ResourceNotFound.DashboardSubscribeRecordNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: dashboard subscribe record not exist.
    ResourceNotFoundDashboardSubscribeRecordNotExist,
    /// `ResourceNotFound.DataFromTaskNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: data from task not exist.
    ResourceNotFoundDataFromTaskNotExist,
    /// `ResourceNotFound.ExportNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: export not exist.
    ResourceNotFoundExportNotExist,
    /// `ResourceNotFound.IndexNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: index not exist.
    ResourceNotFoundIndexNotExist,
    /// `ResourceNotFound.LogsetNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: logset not exist.
    ResourceNotFoundLogsetNotExist,
    /// `ResourceNotFound.MachineGroupNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: machine group not exist.
    ResourceNotFoundMachineGroupNotExist,
    /// `ResourceNotFound.PartitionNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: partition not exist.
    ResourceNotFoundPartitionNotExist,
    /// `ResourceNotFound.RecordNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: record not exist.
    ResourceNotFoundRecordNotExist,
    /// `ResourceNotFound.ShipperNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: shipper not exist.
    ResourceNotFoundShipperNotExist,
    /// `ResourceNotFound.ShipperTaskNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: shipper task not exist.
    ResourceNotFoundShipperTaskNotExist,
    /// `ResourceNotFound.TopicNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: topic not exist.
    ResourceNotFoundTopicNotExist,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.ModifyBillingCosRechargeNoSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: modify billing cos recharge no support.
    UnsupportedOperationModifyBillingCosRechargeNoSupport,
    /// `UnsupportedOperation.UnsupportedRegion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported region.
    UnsupportedOperationUnsupportedRegion,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 121] = [
        "AuthFailure",
        "AuthFailure.UnauthorizedOperation",
        "FailedOperation",
        "FailedOperation.BindedAlarm",
        "FailedOperation.BucketNoFile",
        "FailedOperation.CloudProductInvocationError",
        "FailedOperation.DecompressFile",
        "FailedOperation.DownLoadFile",
        "FailedOperation.GetListFile",
        "FailedOperation.GetlogReachLimit",
        "FailedOperation.InValidIndexRuleForSearchLow",
        "FailedOperation.IndexSegmentOffloaded",
        "FailedOperation.InvalidAlarm",
        "FailedOperation.InvalidContext",
        "FailedOperation.InvalidPeriod",
        "FailedOperation.LogsetConflict",
        "FailedOperation.LogsetNotEmpty",
        "FailedOperation.MissingContent",
        "FailedOperation.ModifySystemField",
        "FailedOperation.PeriodModifyForbidden",
        "FailedOperation.PreviewFile",
        "FailedOperation.QueryError",
        "FailedOperation.ReadFile",
        "FailedOperation.ReadQpsLimit",
        "FailedOperation.SearchTimeout",
        "FailedOperation.ShipperTaskNotToRetry",
        "FailedOperation.SyntaxError",
        "FailedOperation.TagConcurrentConflict",
        "FailedOperation.TagQpsLimit",
        "FailedOperation.Timeout",
        "FailedOperation.TopicClosed",
        "FailedOperation.TopicCreating",
        "FailedOperation.TopicIsolated",
        "FailedOperation.WriteByQueryReachLimit",
        "FailedOperation.WriteQpsLimit",
        "FailedOperation.WriteTrafficLimit",
        "InternalError",
        "InternalError.DbError",
        "InternalError.IllegalRole",
        "InternalError.SearchError",
        "InternalError.SearchFailed",
        "InternalError.ServerBusy",
        "InvalidParameter",
        "InvalidParameter.AlarmConflict",
        "InvalidParameter.AlarmNoticeConflict",
        "InvalidParameter.ConfigConflict",
        "InvalidParameter.Content",
        "InvalidParameter.CrossAccountConflict",
        "InvalidParameter.DashboardNameConflict",
        "InvalidParameter.DataFromTaskConflict",
        "InvalidParameter.DataFromTaskNotExist",
        "InvalidParameter.DbDuplication",
        "InvalidParameter.ExportConflict",
        "InvalidParameter.InValidIndexRuleForSearchLow",
        "InvalidParameter.IndexConflict",
        "InvalidParameter.InvalidEtlContent",
        "InvalidParameter.LogsetConflict",
        "InvalidParameter.MachineGroupConflict",
        "InvalidParameter.ParamError",
        "InvalidParameter.ShipperConflict",
        "InvalidParameter.TopicConflict",
        "InvalidParameterValue",
        "LimitExceeded",
        "LimitExceeded.BillingCosRechargeOutOfLimit",
        "LimitExceeded.BillingTopicOutOfLimit",
        "LimitExceeded.Config",
        "LimitExceeded.Export",
        "LimitExceeded.IndexKeyOverLimit",
        "LimitExceeded.IndexOperating",
        "LimitExceeded.LogSearch",
        "LimitExceeded.LogSize",
        "LimitExceeded.Logset",
        "LimitExceeded.MachineGroup",
        "LimitExceeded.MachineGroupIp",
        "LimitExceeded.MachineGroupIpLabels",
        "LimitExceeded.Partition",
        "LimitExceeded.RecordOutOfLimit",
        "LimitExceeded.SearchResources",
        "LimitExceeded.SearchResultTooLarge",
        "LimitExceeded.Shipper",
        "LimitExceeded.Tag",
        "LimitExceeded.Topic",
        "MissingParameter",
        "OperationDenied",
        "OperationDenied.ACLFailed",
        "OperationDenied.AccountDestroy",
        "OperationDenied.AccountIsolate",
        "OperationDenied.AccountNotExists",
        "OperationDenied.AlarmNotSupportForSearchLow",
        "OperationDenied.AnalysisSwitchClose",
        "OperationDenied.NewSyntaxNotSupported",
        "OperationDenied.NoticeHasAlarm",
        "OperationDenied.OperationNotSupportInSearchLow",
        "OperationDenied.TopicHasDataFormTask",
        "OperationDenied.TopicHasDeliverFunction",
        "OperationDenied.TopicHasExternalDatasourceConfig",
        "OperationDenied.TopicHasScheduleSqlTask",
        "RequestLimitExceeded",
        "ResourceNotFound",
        "ResourceNotFound.AgentVersionNotExist",
        "ResourceNotFound.AlarmNotExist",
        "ResourceNotFound.AlarmNoticeNotExist",
        "ResourceNotFound.ClusterNotFound",
        "ResourceNotFound.ConfigNotExist",
        "ResourceNotFound.DashboardRecordNotExist",
        "ResourceNotFound.DashboardSubscribeRecordNotExist",
        "ResourceNotFound.DataFromTaskNotExist",
        "ResourceNotFound.ExportNotExist",
        "ResourceNotFound.IndexNotExist",
        "ResourceNotFound.LogsetNotExist",
        "ResourceNotFound.MachineGroupNotExist",
        "ResourceNotFound.PartitionNotExist",
        "ResourceNotFound.RecordNotExist",
        "ResourceNotFound.ShipperNotExist",
        "ResourceNotFound.ShipperTaskNotExist",
        "ResourceNotFound.TopicNotExist",
        "UnauthorizedOperation",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.ModifyBillingCosRechargeNoSupport",
        "UnsupportedOperation.UnsupportedRegion",
    ];
    static NAME_CODES: [u32; 1] = [84];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "OperationDeniedAclFailed",
        ends: &[0, 24],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: unauthorized operation.The operation failed.The operation failed: binded alarm.The operation failed: bucket no file.The operation failed: cloud product invocation error.The operation failed: decompress file.The operation failed: down load file.The operation failed: get list file.The operation failed: getlog reach limit.The operation failed: in valid index rule for search low.The operation failed: index segment offloaded.The operation failed: invalid alarm.The operation failed: invalid context.The operation failed: invalid period.The operation failed: logset conflict.The operation failed: logset not empty.The operation failed: missing content.The operation failed: modify system field.The operation failed: period modify forbidden.The operation failed: preview file.The operation failed: query error.The operation failed: read file.The operation failed: read qps limit.The operation failed: search timeout.The operation failed: shipper task not to retry.The operation failed: syntax error.The operation failed: tag concurrent conflict.The operation failed: tag qps limit.The operation failed: timeout.The operation failed: topic closed.The operation failed: topic creating.The operation failed: topic isolated.The operation failed: write by query reach limit.The operation failed: write qps limit.The operation failed: write traffic limit.An internal error occurred.An internal error occurred: db error.An internal error occurred: illegal role.An internal error occurred: search error.An internal error occurred: search failed.An internal error occurred: server busy.A parameter is invalid.A parameter is invalid: alarm conflict.A parameter is invalid: alarm notice conflict.A parameter is invalid: config conflict.A parameter is invalid: content.A parameter is invalid: cross account conflict.A parameter is invalid: dashboard name conflict.A parameter is invalid: data from task conflict.A parameter is invalid: data from task not exist.A parameter is invalid: db duplication.A parameter is invalid: export conflict.A parameter is invalid: in valid index rule for search low.A parameter is invalid: index conflict.A parameter is invalid: invalid etl content.A parameter is invalid: logset conflict.A parameter is invalid: machine group conflict.A parameter is invalid: param error.A parameter is invalid: shipper conflict.A parameter is invalid: topic conflict.A parameter value is invalid.A limit was exceeded.A limit was exceeded: billing cos recharge out of limit.A limit was exceeded: billing topic out of limit.A limit was exceeded: config.A limit was exceeded: export.A limit was exceeded: index key over limit.A limit was exceeded: index operating.A limit was exceeded: log search.A limit was exceeded: log size.A limit was exceeded: logset.A limit was exceeded: machine group.A limit was exceeded: machine group ip.A limit was exceeded: machine group ip labels.A limit was exceeded: partition.A limit was exceeded: record out of limit.A limit was exceeded: search resources.A limit was exceeded: search result too large.A limit was exceeded: shipper.A limit was exceeded: tag.A limit was exceeded: topic.A required parameter is missing.The operation was denied.The operation was denied: ACL failed.The operation was denied: account destroy.The operation was denied: account isolate.The operation was denied: account not exists.The operation was denied: alarm not support for search low.The operation was denied: analysis switch close.The operation was denied: new syntax not supported.The operation was denied: notice has alarm.The operation was denied: operation not support in search low.The operation was denied: topic has data form task.The operation was denied: topic has deliver function.The operation was denied: topic has external datasource config.The operation was denied: topic has schedule sql task.Too many requests were sent.The resource was not found.The resource was not found: agent version not exist.The resource was not found: alarm not exist.The resource was not found: alarm notice not exist.The resource was not found: cluster not found.The resource was not found: config not exist.The resource was not found: dashboard record not exist.The resource was not found: dashboard subscribe record not exist.The resource was not found: data from task not exist.The resource was not found: export not exist.The resource was not found: index not exist.The resource was not found: logset not exist.The resource was not found: machine group not exist.The resource was not found: partition not exist.The resource was not found: record not exist.The resource was not found: shipper not exist.The resource was not found: shipper task not exist.The resource was not found: topic not exist.The operation is not authorized.An unknown parameter was given.The operation is not supported.The operation is not supported: modify billing cos recharge no support.The operation is not supported: unsupported region.",
        ends: &[
            0, 22, 68, 89, 124, 161, 214, 252, 289, 325, 366, 423, 469, 505, 543, 580,
            618, 657, 695, 737, 783, 818, 852, 884, 921, 958, 1006, 1041, 1087, 1123,
            1153, 1188, 1225, 1262, 1311, 1349, 1391, 1418, 1455, 1496, 1537, 1579, 1619,
            1642, 1681, 1727, 1767, 1799, 1846, 1894, 1942, 1991, 2030, 2070, 2129, 2168,
            2212, 2252, 2299, 2335, 2376, 2415, 2444, 2465, 2521, 2570, 2599, 2628, 2671,
            2709, 2742, 2773, 2802, 2838, 2877, 2923, 2955, 2997, 3036, 3082, 3112, 3138,
            3166, 3198, 3223, 3260, 3302, 3344, 3389, 3448, 3496, 3547, 3590, 3652, 3703,
            3756, 3819, 3873, 3901, 3928, 3980, 4024, 4075, 4121, 4166, 4221, 4286, 4339,
            4384, 4428, 4473, 4525, 4573, 4618, 4664, 4715, 4759, 4791, 4822, 4853, 4924,
            4975,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 121] = ::cloud_errors::__private::retry_column(
        b"acaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccccccccccccccbaaaaaaaaaaaaaaaaaacaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 121] = ::cloud_errors::__private::category_column(
        b"bpiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimmmmmmcccccccccccccccccccchhhhhhhhhhhhhhhhhhhhcggggggggggggggheeeeeeeeeeeeeeeeeegclii",
    );
    static PILOTS: [u16; 31] = [
        2, 43, 1, 162, 8, 7, 23, 3, 0, 41, 3, 9, 2, 16, 5, 15, 0, 2, 47, 17, 17, 7, 50,
        40, 13, 9, 27, 12, 716, 4, 17,
    ];
    static SLOTS: [(&str, u32); 134] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            55, 110, 4294967295, 112, 4294967295, 88, 4294967295, 53, 31, 111,
            4294967295, 87, 80, 38, 16, 113, 21, 4294967295, 13, 4294967295, 12, 103, 36,
            47, 42, 115, 26, 73, 62, 63, 52, 58, 29, 4294967295, 45, 43, 108, 114, 117,
            64, 79, 101, 82, 69, 106, 0, 7, 34, 83, 75, 32, 59, 94, 65, 95, 76, 23, 25,
            90, 33, 81, 96, 66, 74, 9, 92, 2, 102, 4294967295, 10, 28, 100, 41, 48, 109,
            3, 116, 107, 18, 40, 4294967295, 39, 60, 84, 104, 57, 4294967295, 91,
            4294967295, 51, 86, 105, 93, 24, 77, 44, 11, 4294967295, 6, 4294967295, 17,
            120, 98, 61, 46, 20, 85, 78, 8, 56, 30, 118, 27, 4, 1, 70, 97, 68, 49, 22,
            15, 50, 99, 89, 54, 14, 72, 67, 35, 19, 119, 5, 71, 37,
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
    const PROVIDER: &'static str = "Tencent Cloud CLS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CLS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CLS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
