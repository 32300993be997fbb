// @generated from catalogs/tencent/thpc_v20230321.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud THPC v20230321: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud THPC v20230321: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The request was a dry run and was not carried out.
    DryRunOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.AgentRunScriptFail`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: agent run script fail.
    InternalErrorAgentRunScriptFail,
    /// `InternalError.CallBatch`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: call batch.
    InternalErrorCallBatch,
    /// `InternalError.CallCAM`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: call CAM.
    InternalErrorCallCam,
    /// `InternalError.CallCvm`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: call cvm.
    InternalErrorCallCvm,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.AtMostOne`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: at most one.
    InvalidParameterAtMostOne,
    /// `InvalidParameter.Malformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: malformed.
    InvalidParameterMalformed,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.InvalidCvmInstanceIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid cvm instance id malformed.
    InvalidParameterValueInvalidCvmInstanceIdMalformed,
    /// `InvalidParameterValue.InvalidFilterNotSupportedName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid filter not supported name.
    InvalidParameterValueInvalidFilterNotSupportedName,
    /// `InvalidParameterValue.InvalidSpaceIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid space id malformed.
    InvalidParameterValueInvalidSpaceIdMalformed,
    /// `InvalidParameterValue.InvalidUnderwritePeriod`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid underwrite period.
    InvalidParameterValueInvalidUnderwritePeriod,
    /// `InvalidParameterValue.JobDescriptionTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: job description too long.
    InvalidParameterValueJobDescriptionTooLong,
    /// `InvalidParameterValue.JobNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: job name too long.
    InvalidParameterValueJobNameTooLong,
    /// `InvalidParameterValue.JobNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: job not found.
    InvalidParameterValueJobNotFound,
    /// `InvalidParameterValue.LimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit exceeded.
    InvalidParameterValueLimitExceeded,
    /// `InvalidParameterValue.Malformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: malformed.
    InvalidParameterValueMalformed,
    /// `InvalidParameterValue.NotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not supported.
    InvalidParameterValueNotSupported,
    /// `InvalidParameterValue.ParametersNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameters not supported.
    InvalidParameterValueParametersNotSupported,
    /// `InvalidParameterValue.SpaceIdNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: space id not found.
    InvalidParameterValueSpaceIdNotFound,
    /// `InvalidParameterValue.SpaceTypeNotAvailable`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: space type not available.
    InvalidParameterValueSpaceTypeNotAvailable,
    /// `InvalidParameterValue.TaskDependenciesUnfeasible`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: task dependencies unfeasible.
    InvalidParameterValueTaskDependenciesUnfeasible,
    /// `InvalidParameterValue.TooLarge`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too large.
    InvalidParameterValueTooLarge,
    /// `InvalidParameterValue.TooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too long.
    InvalidParameterValueTooLong,
    /// `InvalidParameterValue.TooShort`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too short.
    InvalidParameterValueTooShort,
    /// `InvalidParameterValue.TooSmall`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too small.
    InvalidParameterValueTooSmall,
    /// `InvalidParameterValue.ValueDuplicated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: value duplicated.
    InvalidParameterValueValueDuplicated,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.QueueNumLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: queue num limit.
    LimitExceededQueueNumLimit,
    /// `LimitExceeded.TaskInstanceNumLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: task instance num limit.
    LimitExceededTaskInstanceNumLimit,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.ClusterId`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cluster id.
    ResourceNotFoundClusterId,
    /// `ResourceNotFound.ImageId`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: image id.
    ResourceNotFoundImageId,
    /// `ResourceNotFound.JobSubmitInfo`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: job submit info.
    ResourceNotFoundJobSubmitInfo,
    /// `ResourceNotFound.LocalPath`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: local path.
    ResourceNotFoundLocalPath,
    /// `ResourceNotFound.NodeId`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: node id.
    ResourceNotFoundNodeId,
    /// `ResourceNotFound.Queue`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: queue.
    ResourceNotFoundQueue,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.AutoScalingType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: auto scaling type.
    UnsupportedOperationAutoScalingType,
    /// `UnsupportedOperation.ClusterAcceptOtherRequest`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cluster accept other request.
    UnsupportedOperationClusterAcceptOtherRequest,
    /// `UnsupportedOperation.ClusterStatusNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cluster status not support.
    UnsupportedOperationClusterStatusNotSupport,
    /// `UnsupportedOperation.InvalidNodeRole`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid node role.
    UnsupportedOperationInvalidNodeRole,
    /// `UnsupportedOperation.JobStateNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: job state not support.
    UnsupportedOperationJobStateNotSupport,
    /// `UnsupportedOperation.NodeStatusNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: node status not support.
    UnsupportedOperationNodeStatusNotSupport,
    /// `UnsupportedOperation.ParameterTooLarge`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: parameter too large.
    UnsupportedOperationParameterTooLarge,
    /// `UnsupportedOperation.ParameterTooSmall`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: parameter too small.
    UnsupportedOperationParameterTooSmall,
    /// `UnsupportedOperation.QueueNotEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: queue not empty.
    UnsupportedOperationQueueNotEmpty,
    /// `UnsupportedOperation.SpaceChargeType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: space charge type.
    UnsupportedOperationSpaceChargeType,
    /// `UnsupportedOperation.VpcIdConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpc id conflict.
    UnsupportedOperationVpcIdConflict,
    /// `UnsupportedOperation.WorkspaceStateArrears`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: workspace state arrears.
    UnsupportedOperationWorkspaceStateArrears,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 61] = [
        "AuthFailure",
        "DryRunOperation",
        "FailedOperation",
        "InternalError",
        "InternalError.AgentRunScriptFail",
        "InternalError.CallBatch",
        "InternalError.CallCAM",
        "InternalError.CallCvm",
        "InvalidParameter",
        "InvalidParameter.AtMostOne",
        "InvalidParameter.Malformed",
        "InvalidParameterValue",
        "InvalidParameterValue.InvalidCvmInstanceIdMalformed",
        "InvalidParameterValue.InvalidFilterNotSupportedName",
        "InvalidParameterValue.InvalidSpaceIdMalformed",
        "InvalidParameterValue.InvalidUnderwritePeriod",
        "InvalidParameterValue.JobDescriptionTooLong",
        "InvalidParameterValue.JobNameTooLong",
        "InvalidParameterValue.JobNotFound",
        "InvalidParameterValue.LimitExceeded",
        "InvalidParameterValue.Malformed",
        "InvalidParameterValue.NotSupported",
        "InvalidParameterValue.ParametersNotSupported",
        "InvalidParameterValue.SpaceIdNotFound",
        "InvalidParameterValue.SpaceTypeNotAvailable",
        "InvalidParameterValue.TaskDependenciesUnfeasible",
        "InvalidParameterValue.TooLarge",
        "InvalidParameterValue.TooLong",
        "InvalidParameterValue.TooShort",
        "InvalidParameterValue.TooSmall",
        "InvalidParameterValue.ValueDuplicated",
        "LimitExceeded",
        "LimitExceeded.QueueNumLimit",
        "LimitExceeded.TaskInstanceNumLimit",
        "MissingParameter",
        "OperationDenied",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceNotFound.ClusterId",
        "ResourceNotFound.ImageId",
        "ResourceNotFound.JobSubmitInfo",
        "ResourceNotFound.LocalPath",
        "ResourceNotFound.NodeId",
        "ResourceNotFound.Queue",
        "UnauthorizedOperation",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.AutoScalingType",
        "UnsupportedOperation.ClusterAcceptOtherRequest",
        "UnsupportedOperation.ClusterStatusNotSupport",
        "UnsupportedOperation.InvalidNodeRole",
        "UnsupportedOperation.JobStateNotSupport",
        "UnsupportedOperation.NodeStatusNotSupport",
        "UnsupportedOperation.ParameterTooLarge",
        "UnsupportedOperation.ParameterTooSmall",
        "UnsupportedOperation.QueueNotEmpty",
        "UnsupportedOperation.SpaceChargeType",
        "UnsupportedOperation.VpcIdConflict",
        "UnsupportedOperation.WorkspaceStateArrears",
    ];
    static NAME_CODES: [u32; 1] = [6];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InternalErrorCallCam",
        ends: &[0, 20],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The request was a dry run and was not carried out.The operation failed.An internal error occurred.An internal error occurred: agent run script fail.An internal error occurred: call batch.An internal error occurred: call CAM.An internal error occurred: call cvm.A parameter is invalid.A parameter is invalid: at most one.A parameter is invalid: malformed.A parameter value is invalid.A parameter value is invalid: invalid cvm instance id malformed.A parameter value is invalid: invalid filter not supported name.A parameter value is invalid: invalid space id malformed.A parameter value is invalid: invalid underwrite period.A parameter value is invalid: job description too long.A parameter value is invalid: job name too long.A parameter value is invalid: job not found.A parameter value is invalid: limit exceeded.A parameter value is invalid: malformed.A parameter value is invalid: not supported.A parameter value is invalid: parameters not supported.A parameter value is invalid: space id not found.A parameter value is invalid: space type not available.A parameter value is invalid: task dependencies unfeasible.A parameter value is invalid: too large.A parameter value is invalid: too long.A parameter value is invalid: too short.A parameter value is invalid: too small.A parameter value is invalid: value duplicated.A limit was exceeded.A limit was exceeded: queue num limit.A limit was exceeded: task instance num limit.A required parameter is missing.The operation was denied.Too many requests were sent.The resource is in use.Resources are insufficient.The resource was not found.The resource was not found: cluster id.The resource was not found: image id.The resource was not found: job submit info.The resource was not found: local path.The resource was not found: node id.The resource was not found: queue.The operation is not authorized.An unknown parameter was given.The operation is not supported.The operation is not supported: auto scaling type.The operation is not supported: cluster accept other request.The operation is not supported: cluster status not support.The operation is not supported: invalid node role.The operation is not supported: job state not support.The operation is not supported: node status not support.The operation is not supported: parameter too large.The operation is not supported: parameter too small.The operation is not supported: queue not empty.The operation is not supported: space charge type.The operation is not supported: vpc id conflict.The operation is not supported: workspace state arrears.",
        ends: &[
            0, 22, 72, 93, 120, 170, 209, 246, 283, 306, 342, 376, 405, 469, 533, 590,
            646, 701, 749, 793, 838, 878, 922, 977, 1026, 1081, 1140, 1180, 1219, 1259,
            1299, 1346, 1367, 1405, 1451, 1483, 1508, 1536, 1559, 1586, 1613, 1652, 1689,
            1733, 1772, 1808, 1842, 1874, 1905, 1936, 1986, 2047, 2106, 2156, 2210, 2266,
            2318, 2370, 2418, 2468, 2516, 2572,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 61] = ::cloud_errors::__private::retry_column(
        b"aaabbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaacbbcaaaaaaacaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 61] = ::cloud_errors::__private::category_column(
        b"biimmmmmccccccccccccccccccccccchhhcghjheeeeeeegcliiiiiiiiiiii",
    );
    static PILOTS: [u16; 16] = [
        1, 7, 47, 20, 12, 11, 10, 40, 23, 11, 0, 27, 28, 45, 1, 7,
    ];
    static SLOTS: [(&str, u32); 67] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            17, 42, 18, 14, 41, 4294967295, 47, 2, 4294967295, 52, 54, 4, 4294967295, 43,
            30, 44, 21, 4294967295, 13, 11, 31, 16, 4294967295, 49, 7, 6, 8, 23, 3, 20,
            50, 29, 36, 40, 32, 59, 1, 0, 48, 60, 22, 19, 57, 34, 58, 35, 46, 53, 26, 28,
            4294967295, 51, 38, 55, 5, 12, 37, 45, 25, 27, 33, 10, 56, 9, 15, 24, 39,
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
    const PROVIDER: &'static str = "Tencent Cloud THPC v20230321";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud THPC v20230321's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud THPC v20230321: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
