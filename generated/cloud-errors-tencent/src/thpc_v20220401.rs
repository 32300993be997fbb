// @generated from catalogs/tencent/thpc_v20220401.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud THPC v20220401: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud THPC v20220401: a variant per documented code,
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
    /// `InternalError.CallCAM`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: call CAM.
    InternalErrorCallCam,
    /// `InternalError.CallCvm`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: call cvm.
    InternalErrorCallCvm,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.Malformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: malformed.
    InvalidParameterMalformed,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.InvalidFilterNotSupportedName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid filter not supported name.
    InvalidParameterValueInvalidFilterNotSupportedName,
    /// `InvalidParameterValue.LimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit exceeded.
    InvalidParameterValueLimitExceeded,
    /// `InvalidParameterValue.NotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not supported.
    InvalidParameterValueNotSupported,
    /// `InvalidParameterValue.ParametersNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameters not supported.
    InvalidParameterValueParametersNotSupported,
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
    /// `ResourceNotFound.AutoScalingGroupId`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: auto scaling group id.
    ResourceNotFoundAutoScalingGroupId,
    /// `ResourceNotFound.ClusterId`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cluster id.
    ResourceNotFoundClusterId,
    /// `ResourceNotFound.ImageId`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: image id.
    ResourceNotFoundImageId,
    /// `ResourceNotFound.LaunchConfigurationId`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: launch configuration id.
    ResourceNotFoundLaunchConfigurationId,
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
    /// `UnsupportedOperation.AutoScalingGroupAlreadyBinded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: auto scaling group already binded.
    UnsupportedOperationAutoScalingGroupAlreadyBinded,
    /// `UnsupportedOperation.AutoScalingType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: auto scaling type.
    UnsupportedOperationAutoScalingType,
    /// `UnsupportedOperation.ClusterStatusNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cluster status not support.
    UnsupportedOperationClusterStatusNotSupport,
    /// `UnsupportedOperation.InvalidNodeRole`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid node role.
    UnsupportedOperationInvalidNodeRole,
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
    /// `UnsupportedOperation.VpcIdConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: vpc id conflict.
    UnsupportedOperationVpcIdConflict,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 44] = [
        "AuthFailure",
        "DryRunOperation",
        "FailedOperation",
        "InternalError",
        "InternalError.CallCAM",
        "InternalError.CallCvm",
        "InvalidParameter",
        "InvalidParameter.Malformed",
        "InvalidParameterValue",
        "InvalidParameterValue.InvalidFilterNotSupportedName",
        "InvalidParameterValue.LimitExceeded",
        "InvalidParameterValue.NotSupported",
        "InvalidParameterValue.ParametersNotSupported",
        "InvalidParameterValue.TooLarge",
        "InvalidParameterValue.TooLong",
        "InvalidParameterValue.TooShort",
        "InvalidParameterValue.TooSmall",
        "InvalidParameterValue.ValueDuplicated",
        "LimitExceeded",
        "LimitExceeded.QueueNumLimit",
        "MissingParameter",
        "OperationDenied",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceNotFound.AutoScalingGroupId",
        "ResourceNotFound.ClusterId",
        "ResourceNotFound.ImageId",
        "ResourceNotFound.LaunchConfigurationId",
        "ResourceNotFound.NodeId",
        "ResourceNotFound.Queue",
        "UnauthorizedOperation",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.AutoScalingGroupAlreadyBinded",
        "UnsupportedOperation.AutoScalingType",
        "UnsupportedOperation.ClusterStatusNotSupport",
        "UnsupportedOperation.InvalidNodeRole",
        "UnsupportedOperation.NodeStatusNotSupport",
        "UnsupportedOperation.ParameterTooLarge",
        "UnsupportedOperation.ParameterTooSmall",
        "UnsupportedOperation.QueueNotEmpty",
        "UnsupportedOperation.VpcIdConflict",
    ];
    static NAME_CODES: [u32; 1] = [4];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InternalErrorCallCam",
        ends: &[0, 20],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The request was a dry run and was not carried out.The operation failed.An internal error occurred.An internal error occurred: call CAM.An internal error occurred: call cvm.A parameter is invalid.A parameter is invalid: malformed.A parameter value is invalid.A parameter value is invalid: invalid filter not supported name.A parameter value is invalid: limit exceeded.A parameter value is invalid: not supported.A parameter value is invalid: parameters not supported.A parameter value is invalid: too large.A parameter value is invalid: too long.A parameter value is invalid: too short.A parameter value is invalid: too small.A parameter value is invalid: value duplicated.A limit was exceeded.A limit was exceeded: queue num limit.A required parameter is missing.The operation was denied.Too many requests were sent.The resource is in use.Resources are insufficient.The resource was not found.The resource was not found: auto scaling group id.The resource was not found: cluster id.The resource was not found: image id.The resource was not found: launch configuration id.The resource was not found: node id.The resource was not found: queue.The operation is not authorized.An unknown parameter was given.The operation is not supported.The operation is not supported: auto scaling group already binded.The operation is not supported: auto scaling type.The operation is not supported: cluster status not support.The operation is not supported: invalid node role.The operation is not supported: node status not support.The operation is not supported: parameter too large.The operation is not supported: parameter too small.The operation is not supported: queue not empty.The operation is not supported: vpc id conflict.",
        ends: &[
            0, 22, 72, 93, 120, 157, 194, 217, 251, 280, 344, 389, 433, 488, 528, 567,
            607, 647, 694, 715, 753, 785, 810, 838, 861, 888, 915, 965, 1004, 1041, 1093,
            1129, 1163, 1195, 1226, 1257, 1323, 1373, 1432, 1482, 1538, 1590, 1642, 1690,
            1738,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 44] = ::cloud_errors::__private::retry_column(
        b"aaabbbaaaaaaaaaaaaaaacbbcaaaaaaacaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 44] = ::cloud_errors::__private::category_column(
        b"biimmmcccccccccccchhcghjheeeeeeegcliiiiiiiii",
    );
    static PILOTS: [u16; 11] = [2, 21, 16, 26, 48, 70, 142, 12, 6, 0, 13];
    static SLOTS: [(&str, u32); 48] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            14, 2, 4294967295, 24, 3, 9, 29, 35, 0, 28, 6, 41, 43, 22, 25, 21, 23, 19,
            39, 33, 8, 42, 10, 12, 7, 11, 5, 4, 32, 18, 36, 27, 40, 16, 26, 1,
            4294967295, 34, 13, 30, 4294967295, 38, 4294967295, 15, 17, 20, 31, 37,
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
    const PROVIDER: &'static str = "Tencent Cloud THPC v20220401";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud THPC v20220401's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud THPC v20220401: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
