// @generated from catalogs/tencent/batch.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud BATCH: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud BATCH: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AllowedOneAttributeInEnvIdAndComputeEnv`: no documented HTTP status; retry: never; category: unknown.
    /// Allowed one attribute in env id and compute env.
    AllowedOneAttributeInEnvIdAndComputeEnv,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.CallCam`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: call cam.
    InternalErrorCallCam,
    /// `InternalError.CallCpmAPI`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: call cpm API.
    InternalErrorCallCpmApi,
    /// `InternalError.CallCvm`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: call cvm.
    InternalErrorCallCvm,
    /// `InternalError.CallTagAPI`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: call tag API.
    InternalErrorCallTagApi,
    /// `InvalidFilter`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid filter.
    InvalidFilter,
    /// `InvalidParameter.ComputeNodeIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: compute node id malformed.
    InvalidParameterComputeNodeIdMalformed,
    /// `InvalidParameter.CvmParameters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cvm parameters.
    InvalidParameterCvmParameters,
    /// `InvalidParameter.EnvDescriptionTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: env description too long.
    InvalidParameterEnvDescriptionTooLong,
    /// `InvalidParameter.EnvIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: env id malformed.
    InvalidParameterEnvIdMalformed,
    /// `InvalidParameter.EnvNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: env name too long.
    InvalidParameterEnvNameTooLong,
    /// `InvalidParameter.ImageIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image id malformed.
    InvalidParameterImageIdMalformed,
    /// `InvalidParameter.InvalidParameterCombination`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter combination.
    InvalidParameterInvalidParameterCombination,
    /// `InvalidParameter.JobDescriptionTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: job description too long.
    InvalidParameterJobDescriptionTooLong,
    /// `InvalidParameter.JobIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: job id malformed.
    InvalidParameterJobIdMalformed,
    /// `InvalidParameter.JobNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: job name too long.
    InvalidParameterJobNameTooLong,
    /// `InvalidParameter.NotificationEventNameDuplicate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: notification event name duplicate.
    InvalidParameterNotificationEventNameDuplicate,
    /// `InvalidParameter.NotificationTopicName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: notification topic name.
    InvalidParameterNotificationTopicName,
    /// `InvalidParameter.NotificationTopicNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: notification topic name too long.
    InvalidParameterNotificationTopicNameTooLong,
    /// `InvalidParameter.TaskName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: task name.
    InvalidParameterTaskName,
    /// `InvalidParameter.TaskNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: task name too long.
    InvalidParameterTaskNameTooLong,
    /// `InvalidParameter.TaskTemplateDescriptionTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: task template description too long.
    InvalidParameterTaskTemplateDescriptionTooLong,
    /// `InvalidParameter.TaskTemplateIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: task template id malformed.
    InvalidParameterTaskTemplateIdMalformed,
    /// `InvalidParameter.TaskTemplateName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: task template name.
    InvalidParameterTaskTemplateName,
    /// `InvalidParameter.TaskTemplateNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: task template name too long.
    InvalidParameterTaskTemplateNameTooLong,
    /// `InvalidParameterAtLeastOneAttribute`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid parameter at least one attribute.
    InvalidParameterAtLeastOneAttribute,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.ComputeEnv`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: compute env.
    InvalidParameterValueComputeEnv,
    /// `InvalidParameterValue.DependenceNotFoundTaskName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: dependence not found task name.
    InvalidParameterValueDependenceNotFoundTaskName,
    /// `InvalidParameterValue.DependenceUnfeasible`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: dependence unfeasible.
    InvalidParameterValueDependenceUnfeasible,
    /// `InvalidParameterValue.InstanceIdDuplicated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance id duplicated.
    InvalidParameterValueInstanceIdDuplicated,
    /// `InvalidParameterValue.InstanceType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance type.
    InvalidParameterValueInstanceType,
    /// `InvalidParameterValue.InstanceTypeDuplicate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance type duplicate.
    InvalidParameterValueInstanceTypeDuplicate,
    /// `InvalidParameterValue.InstanceTypesEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance types empty.
    InvalidParameterValueInstanceTypesEmpty,
    /// `InvalidParameterValue.InvalidDataTypeAny`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid data type any.
    InvalidParameterValueInvalidDataTypeAny,
    /// `InvalidParameterValue.InvalidFilter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid filter.
    InvalidParameterValueInvalidFilter,
    /// `InvalidParameterValue.InvalidZoneMismatchRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid zone mismatch region.
    InvalidParameterValueInvalidZoneMismatchRegion,
    /// `InvalidParameterValue.LimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit exceeded.
    InvalidParameterValueLimitExceeded,
    /// `InvalidParameterValue.LocalPath`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: local path.
    InvalidParameterValueLocalPath,
    /// `InvalidParameterValue.MaxRetryCount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: max retry count.
    InvalidParameterValueMaxRetryCount,
    /// `InvalidParameterValue.Negative`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: negative.
    InvalidParameterValueNegative,
    /// `InvalidParameterValue.NotFloat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not float.
    InvalidParameterValueNotFloat,
    /// `InvalidParameterValue.RemoteStoragePath`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: remote storage path.
    InvalidParameterValueRemoteStoragePath,
    /// `InvalidParameterValue.RemoteStorageSchemeType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: remote storage scheme type.
    InvalidParameterValueRemoteStorageSchemeType,
    /// `InvalidParameterValue.ResourceType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: resource type.
    InvalidParameterValueResourceType,
    /// `InvalidParameterValue.TaskInstanceNum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: task instance num.
    InvalidParameterValueTaskInstanceNum,
    /// `InvalidParameterValue.UnavailableZone`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unavailable zone.
    InvalidParameterValueUnavailableZone,
    /// `InvalidParameterValue.UnsupportedBatchInstanceChargeType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unsupported batch instance charge type.
    InvalidParameterValueUnsupportedBatchInstanceChargeType,
    /// `InvalidZone.MismatchRegion`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid zone: mismatch region.
    InvalidZoneMismatchRegion,
    /// `LimitExceeded.ComputeEnvQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: compute env quota.
    LimitExceededComputeEnvQuota,
    /// `LimitExceeded.CpuQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cpu quota.
    LimitExceededCpuQuota,
    /// `LimitExceeded.JobQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: job quota.
    LimitExceededJobQuota,
    /// `LimitExceeded.TaskTemplateQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: task template quota.
    LimitExceededTaskTemplateQuota,
    /// `ResourceInUse.Job`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: job.
    ResourceInUseJob,
    /// `ResourceNotFound.ComputeEnv`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: compute env.
    ResourceNotFoundComputeEnv,
    /// `ResourceNotFound.ComputeNode`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: compute node.
    ResourceNotFoundComputeNode,
    /// `ResourceNotFound.Job`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: job.
    ResourceNotFoundJob,
    /// `ResourceNotFound.Task`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: task.
    ResourceNotFoundTask,
    /// `ResourceNotFound.TaskInstance`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: task instance.
    ResourceNotFoundTaskInstance,
    /// `ResourceNotFound.TaskTemplate`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: task template.
    ResourceNotFoundTaskTemplate,
    /// `UnauthorizedOperation.UserNotAllowedToUseBatch`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: user not allowed to use batch.
    UnauthorizedOperationUserNotAllowedToUseBatch,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.AcceptOtherRequest`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: accept other request.
    UnsupportedOperationAcceptOtherRequest,
    /// `UnsupportedOperation.ComputeEnvAcceptOtherRequest`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: compute env accept other request.
    UnsupportedOperationComputeEnvAcceptOtherRequest,
    /// `UnsupportedOperation.ComputeEnvOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: compute env operation.
    UnsupportedOperationComputeEnvOperation,
    /// `UnsupportedOperation.ComputeNodeForbidTerminate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: compute node forbid terminate.
    UnsupportedOperationComputeNodeForbidTerminate,
    /// `UnsupportedOperation.ComputeNodeIsTerminating`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: compute node is terminating.
    UnsupportedOperationComputeNodeIsTerminating,
    /// `UnsupportedOperation.InstancesNotAllowToAttach`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instances not allow to attach.
    UnsupportedOperationInstancesNotAllowToAttach,
    /// `UnsupportedOperation.NotEnoughComputeNodesToTerminate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not enough compute nodes to terminate.
    UnsupportedOperationNotEnoughComputeNodesToTerminate,
    /// `UnsupportedOperation.TerminateOperationWithEnvId`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: terminate operation with env id.
    UnsupportedOperationTerminateOperationWithEnvId,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 72] = [
        "AllowedOneAttributeInEnvIdAndComputeEnv",
        "InternalError",
        "InternalError.CallCam",
        "InternalError.CallCpmAPI",
        "InternalError.CallCvm",
        "InternalError.CallTagAPI",
        "InvalidFilter",
        "InvalidParameter.ComputeNodeIdMalformed",
        "InvalidParameter.CvmParameters",
        "InvalidParameter.EnvDescriptionTooLong",
        "InvalidParameter.EnvIdMalformed",
        "InvalidParameter.EnvNameTooLong",
        "InvalidParameter.ImageIdMalformed",
        "InvalidParameter.InvalidParameterCombination",
        "InvalidParameter.JobDescriptionTooLong",
        "InvalidParameter.JobIdMalformed",
        "InvalidParameter.JobNameTooLong",
        "InvalidParameter.NotificationEventNameDuplicate",
        "InvalidParameter.NotificationTopicName",
        "InvalidParameter.NotificationTopicNameTooLong",
        "InvalidParameter.TaskName",
        "InvalidParameter.TaskNameTooLong",
        "InvalidParameter.TaskTemplateDescriptionTooLong",
        "InvalidParameter.TaskTemplateIdMalformed",
        "InvalidParameter.TaskTemplateName",
        "InvalidParameter.TaskTemplateNameTooLong",
        "InvalidParameterAtLeastOneAttribute",
        "InvalidParameterValue",
        "InvalidParameterValue.ComputeEnv",
        "InvalidParameterValue.DependenceNotFoundTaskName",
        "InvalidParameterValue.DependenceUnfeasible",
        "InvalidParameterValue.InstanceIdDuplicated",
        "InvalidParameterValue.InstanceType",
        "InvalidParameterValue.InstanceTypeDuplicate",
        "InvalidParameterValue.InstanceTypesEmpty",
        "InvalidParameterValue.InvalidDataTypeAny",
        "InvalidParameterValue.InvalidFilter",
        "InvalidParameterValue.InvalidZoneMismatchRegion",
        "InvalidParameterValue.LimitExceeded",
        "InvalidParameterValue.LocalPath",
        "InvalidParameterValue.MaxRetryCount",
        "InvalidParameterValue.Negative",
        "InvalidParameterValue.NotFloat",
        "InvalidParameterValue.RemoteStoragePath",
        "InvalidParameterValue.RemoteStorageSchemeType",
        "InvalidParameterValue.ResourceType",
        "InvalidParameterValue.TaskInstanceNum",
        "InvalidParameterValue.UnavailableZone",
        "InvalidParameterValue.UnsupportedBatchInstanceChargeType",
        "InvalidZone.MismatchRegion",
        "LimitExceeded.ComputeEnvQuota",
        "LimitExceeded.CpuQuota",
        "LimitExceeded.JobQuota",
        "LimitExceeded.TaskTemplateQuota",
        "ResourceInUse.Job",
        "ResourceNotFound.ComputeEnv",
        "ResourceNotFound.ComputeNode",
        "ResourceNotFound.Job",
        "ResourceNotFound.Task",
        "ResourceNotFound.TaskInstance",
        "ResourceNotFound.TaskTemplate",
        "UnauthorizedOperation.UserNotAllowedToUseBatch",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.AcceptOtherRequest",
        "UnsupportedOperation.ComputeEnvAcceptOtherRequest",
        "UnsupportedOperation.ComputeEnvOperation",
        "UnsupportedOperation.ComputeNodeForbidTerminate",
        "UnsupportedOperation.ComputeNodeIsTerminating",
        "UnsupportedOperation.InstancesNotAllowToAttach",
        "UnsupportedOperation.NotEnoughComputeNodesToTerminate",
        "UnsupportedOperation.TerminateOperationWithEnvId",
    ];
    static NAME_CODES: [u32; 2] = [3, 5];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InternalErrorCallCpmApiInternalErrorCallTagApi",
        ends: &[0, 23, 46],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Allowed one attribute in env id and compute env.An internal error occurred.An internal error occurred: call cam.An internal error occurred: call cpm API.An internal error occurred: call cvm.An internal error occurred: call tag API.Invalid filter.A parameter is invalid: compute node id malformed.A parameter is invalid: cvm parameters.A parameter is invalid: env description too long.A parameter is invalid: env id malformed.A parameter is invalid: env name too long.A parameter is invalid: image id malformed.A parameter is invalid: invalid parameter combination.A parameter is invalid: job description too long.A parameter is invalid: job id malformed.A parameter is invalid: job name too long.A parameter is invalid: notification event name duplicate.A parameter is invalid: notification topic name.A parameter is invalid: notification topic name too long.A parameter is invalid: task name.A parameter is invalid: task name too long.A parameter is invalid: task template description too long.A parameter is invalid: task template id malformed.A parameter is invalid: task template name.A parameter is invalid: task template name too long.Invalid parameter at least one attribute.A parameter value is invalid.A parameter value is invalid: compute env.A parameter value is invalid: dependence not found task name.A parameter value is invalid: dependence unfeasible.A parameter value is invalid: instance id duplicated.A parameter value is invalid: instance type.A parameter value is invalid: instance type duplicate.A parameter value is invalid: instance types empty.A parameter value is invalid: invalid data type any.A parameter value is invalid: invalid filter.A parameter value is invalid: invalid zone mismatch region.A parameter value is invalid: limit exceeded.A parameter value is invalid: local path.A parameter value is invalid: max retry count.A parameter value is invalid: negative.A parameter value is invalid: not float.A parameter value is invalid: remote storage path.A parameter value is invalid: remote storage scheme type.A parameter value is invalid: resource type.A parameter value is invalid: task instance num.A parameter value is invalid: unavailable zone.A parameter value is invalid: unsupported batch instance charge type.Invalid zone: mismatch region.A limit was exceeded: compute env quota.A limit was exceeded: cpu quota.A limit was exceeded: job quota.A limit was exceeded: task template quota.The resource is in use: job.The resource was not found: compute env.The resource was not found: compute node.The resource was not found: job.The resource was not found: task.The resource was not found: task instance.The resource was not found: task template.The operation is not authorized: user not allowed to use batch.An unknown parameter was given.The operation is not supported.The operation is not supported: accept other request.The operation is not supported: compute env accept other request.The operation is not supported: compute env operation.The operation is not supported: compute node forbid terminate.The operation is not supported: compute node is terminating.The operation is not supported: instances not allow to attach.The operation is not supported: not enough compute nodes to terminate.The operation is not supported: terminate operation with env id.",
        ends: &[
            0, 48, 75, 112, 153, 190, 231, 246, 296, 335, 384, 425, 467, 510, 564, 613,
            654, 696, 754, 802, 859, 893, 936, 995, 1046, 1089, 1141, 1182, 1211, 1253,
            1314, 1366, 1419, 1463, 1517, 1568, 1620, 1665, 1724, 1769, 1810, 1856, 1895,
            1935, 1985, 2042, 2086, 2134, 2181, 2250, 2280, 2320, 2352, 2384, 2426, 2454,
            2494, 2535, 2567, 2600, 2642, 2684, 2747, 2778, 2809, 2862, 2927, 2981, 3043,
            3103, 3165, 3235, 3299,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 72] = ::cloud_errors::__private::retry_column(
        b"abbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaacaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 72] = ::cloud_errors::__private::category_column(
        b"bmmmmmbcccccccccccccccccccbccccccccccccccccccccccbhhhhjeeeeeegcliiiiiiii",
    );
    static PILOTS: [u16; 18] = [
        2, 8, 14, 50, 0, 26, 0, 0, 8, 87, 2, 49, 1, 2, 338, 36, 83, 41,
    ];
    static SLOTS: [(&str, u32); 80] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 5, 36, 31, 65, 4, 32, 35, 30, 61, 14, 20, 22, 9, 51, 52, 29,
            4294967295, 4294967295, 15, 47, 63, 3, 18, 59, 6, 10, 60, 50, 39, 56,
            4294967295, 53, 68, 37, 16, 66, 21, 7, 4294967295, 8, 57, 44, 62, 33, 2, 12,
            13, 1, 28, 71, 38, 41, 25, 17, 24, 64, 70, 4294967295, 11, 54, 19, 67, 48,
            34, 45, 46, 49, 43, 26, 40, 23, 0, 69, 27, 58, 4294967295, 42, 4294967295, 55,
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
    const PROVIDER: &'static str = "Tencent Cloud BATCH";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud BATCH's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud BATCH: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
