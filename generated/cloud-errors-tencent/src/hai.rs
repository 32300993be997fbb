// @generated from catalogs/tencent/hai.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud HAI: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud HAI: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.ArrearsAccountCannotRunInstances`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: arrears account cannot run instances.
    FailedOperationArrearsAccountCannotRunInstances,
    /// `FailedOperation.AutoscaleManualConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: autoscale manual conflict.
    FailedOperationAutoscaleManualConflict,
    /// `FailedOperation.CannotReturn`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cannot return.
    FailedOperationCannotReturn,
    /// `FailedOperation.OperateInstanceRepeatedly`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: operate instance repeatedly.
    FailedOperationOperateInstanceRepeatedly,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.TradeError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: trade error.
    InternalErrorTradeError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.AtMostOne`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: at most one.
    InvalidParameterAtMostOne,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.ApplicationIdNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: application id not found.
    InvalidParameterValueApplicationIdNotFound,
    /// `InvalidParameterValue.BundleTypeNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bundle type not found.
    InvalidParameterValueBundleTypeNotFound,
    /// `InvalidParameterValue.ComputeSetCannotBeNone`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: compute set cannot be none.
    InvalidParameterValueComputeSetCannotBeNone,
    /// `InvalidParameterValue.DiskSizeMustLargeThanCurrentDiskSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: disk size must large than current disk size.
    InvalidParameterValueDiskSizeMustLargeThanCurrentDiskSize,
    /// `InvalidParameterValue.DiskSizeMustLargerThanApplicationMinRequiredSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: disk size must larger than application min required size.
    InvalidParameterValueDiskSizeMustLargerThanApplicationMinRequiredSize,
    /// `InvalidParameterValue.DiskSizeReachLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: disk size reach limit.
    InvalidParameterValueDiskSizeReachLimit,
    /// `InvalidParameterValue.Duplicated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicated.
    InvalidParameterValueDuplicated,
    /// `InvalidParameterValue.InstanceIdNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance id not found.
    InvalidParameterValueInstanceIdNotFound,
    /// `InvalidParameterValue.InstanceNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance name too long.
    InvalidParameterValueInstanceNameTooLong,
    /// `InvalidParameterValue.InvalidApplicationIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid application id malformed.
    InvalidParameterValueInvalidApplicationIdMalformed,
    /// `InvalidParameterValue.InvalidApplicationNameDuplicate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid application name duplicate.
    InvalidParameterValueInvalidApplicationNameDuplicate,
    /// `InvalidParameterValue.InvalidApplicationType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid application type.
    InvalidParameterValueInvalidApplicationType,
    /// `InvalidParameterValue.InvalidChargeType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid charge type.
    InvalidParameterValueInvalidChargeType,
    /// `InvalidParameterValue.InvalidChargeTypeAndTimeUnit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid charge type and time unit.
    InvalidParameterValueInvalidChargeTypeAndTimeUnit,
    /// `InvalidParameterValue.InvalidClusterIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid cluster id malformed.
    InvalidParameterValueInvalidClusterIdMalformed,
    /// `InvalidParameterValue.InvalidInstanceCount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid instance count.
    InvalidParameterValueInvalidInstanceCount,
    /// `InvalidParameterValue.InvalidInstanceIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid instance id malformed.
    InvalidParameterValueInvalidInstanceIdMalformed,
    /// `InvalidParameterValue.InvalidModelIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid model id malformed.
    InvalidParameterValueInvalidModelIdMalformed,
    /// `InvalidParameterValue.InvalidOrder`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid order.
    InvalidParameterValueInvalidOrder,
    /// `InvalidParameterValue.InvalidOrderField`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid order field.
    InvalidParameterValueInvalidOrderField,
    /// `InvalidParameterValue.InvalidPassword`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid password.
    InvalidParameterValueInvalidPassword,
    /// `InvalidParameterValue.InvalidSceneIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid scene id malformed.
    InvalidParameterValueInvalidSceneIdMalformed,
    /// `InvalidParameterValue.InvalidSecurityType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid security type.
    InvalidParameterValueInvalidSecurityType,
    /// `InvalidParameterValue.InvalidServiceIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid service id malformed.
    InvalidParameterValueInvalidServiceIdMalformed,
    /// `InvalidParameterValue.InvalidSubnetIdIsNone`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid subnet id is none.
    InvalidParameterValueInvalidSubnetIdIsNone,
    /// `InvalidParameterValue.InvalidSubnetIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid subnet id malformed.
    InvalidParameterValueInvalidSubnetIdMalformed,
    /// `InvalidParameterValue.InvalidTemplateIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid template id malformed.
    InvalidParameterValueInvalidTemplateIdMalformed,
    /// `InvalidParameterValue.InvalidVpcIdIsNone`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid vpc id is none.
    InvalidParameterValueInvalidVpcIdIsNone,
    /// `InvalidParameterValue.RegionInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: region invalid.
    InvalidParameterValueRegionInvalid,
    /// `InvalidParameterValue.RegionNotSupportPublicCallInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: region not support public call info.
    InvalidParameterValueRegionNotSupportPublicCallInfo,
    /// `InvalidParameterValue.SecurityGroupNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: security group not found.
    InvalidParameterValueSecurityGroupNotFound,
    /// `InvalidParameterValue.ServiceIdNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: service id not found.
    InvalidParameterValueServiceIdNotFound,
    /// `InvalidParameterValue.ServiceNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: service name too long.
    InvalidParameterValueServiceNameTooLong,
    /// `InvalidParameterValue.SubnetMustCoexistWithVpc`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subnet must coexist with vpc.
    InvalidParameterValueSubnetMustCoexistWithVpc,
    /// `InvalidParameterValue.SubnetNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subnet not found.
    InvalidParameterValueSubnetNotFound,
    /// `InvalidParameterValue.TargetReplicasMustDifferFromRunningReplicas`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: target replicas must differ from running replicas.
    InvalidParameterValueTargetReplicasMustDifferFromRunningReplicas,
    /// `InvalidParameterValue.TemplateIdNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: template id not found.
    InvalidParameterValueTemplateIdNotFound,
    /// `InvalidParameterValue.VpcNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpc not found.
    InvalidParameterValueVpcNotFound,
    /// `LimitExceeded.SecurityGroupLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: security group limit exceeded.
    LimitExceededSecurityGroupLimitExceeded,
    /// `LimitExceeded.VpcLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: vpc limit exceeded.
    LimitExceededVpcLimitExceeded,
    /// `OperationDenied.InstanceOperationInProgress`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: instance operation in progress.
    OperationDeniedInstanceOperationInProgress,
    /// `OperationDenied.ServiceNotSupportUpdateCallInfo`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: service not support update call info.
    OperationDeniedServiceNotSupportUpdateCallInfo,
    /// `OperationDenied.ServiceOperationInProgress`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: service operation in progress.
    OperationDeniedServiceOperationInProgress,
    /// `ResourceInsufficient.BundleInventoryShortage`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: bundle inventory shortage.
    ResourceInsufficientBundleInventoryShortage,
    /// `UnauthorizedOperation.AllowCreateOneServiceOfTemplate`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: allow create one service of template.
    UnauthorizedOperationAllowCreateOneServiceOfTemplate,
    /// `UnauthorizedOperation.GetRoleError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: get role error.
    UnauthorizedOperationGetRoleError,
    /// `UnauthorizedOperation.InvalidToken`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: invalid token.
    UnauthorizedOperationInvalidToken,
    /// `UnauthorizedOperation.UnauthorizedNetworkUser`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: unauthorized network user.
    UnauthorizedOperationUnauthorizedNetworkUser,
    /// `UnauthorizedOperation.UnauthorizedSTSOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: unauthorized STS operation.
    UnauthorizedOperationUnauthorizedStsOperation,
    /// `UnauthorizedOperation.UnauthorizedUser`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: unauthorized user.
    UnauthorizedOperationUnauthorizedUser,
    /// `UnauthorizedOperation.UserNotBoundEmbodiedIntelligenceAccount`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: user not bound embodied intelligence account.
    UnauthorizedOperationUserNotBoundEmbodiedIntelligenceAccount,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.CannotTerminateExpiredAndNotExpiredInstances`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cannot terminate expired and not expired instances.
    UnsupportedOperationCannotTerminateExpiredAndNotExpiredInstances,
    /// `UnsupportedOperation.InstanceCreateApplicationNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance create application not support.
    UnsupportedOperationInstanceCreateApplicationNotSupport,
    /// `UnsupportedOperation.InstanceStateArrears`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state arrears.
    UnsupportedOperationInstanceStateArrears,
    /// `UnsupportedOperation.InstanceStateLaunchFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state launch failed.
    UnsupportedOperationInstanceStateLaunchFailed,
    /// `UnsupportedOperation.InstanceStatePending`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state pending.
    UnsupportedOperationInstanceStatePending,
    /// `UnsupportedOperation.InstanceStateRunning`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state running.
    UnsupportedOperationInstanceStateRunning,
    /// `UnsupportedOperation.InstanceStateStoppedNoCharge`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state stopped no charge.
    UnsupportedOperationInstanceStateStoppedNoCharge,
    /// `UnsupportedOperation.InstanceStateTerminated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state terminated.
    UnsupportedOperationInstanceStateTerminated,
    /// `UnsupportedOperation.NotSupportTerminatePrePaidAndPostPaid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not support terminate pre paid and post paid.
    UnsupportedOperationNotSupportTerminatePrePaidAndPostPaid,
    /// `UnsupportedOperation.NotSupportToInquiryPrice`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not support to inquiry price.
    UnsupportedOperationNotSupportToInquiryPrice,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 72] = [
        "FailedOperation",
        "FailedOperation.ArrearsAccountCannotRunInstances",
        "FailedOperation.AutoscaleManualConflict",
        "FailedOperation.CannotReturn",
        "FailedOperation.OperateInstanceRepeatedly",
        "InternalError",
        "InternalError.TradeError",
        "InvalidParameter",
        "InvalidParameter.AtMostOne",
        "InvalidParameterValue",
        "InvalidParameterValue.ApplicationIdNotFound",
        "InvalidParameterValue.BundleTypeNotFound",
        "InvalidParameterValue.ComputeSetCannotBeNone",
        "InvalidParameterValue.DiskSizeMustLargeThanCurrentDiskSize",
        "InvalidParameterValue.DiskSizeMustLargerThanApplicationMinRequiredSize",
        "InvalidParameterValue.DiskSizeReachLimit",
        "InvalidParameterValue.Duplicated",
        "InvalidParameterValue.InstanceIdNotFound",
        "InvalidParameterValue.InstanceNameTooLong",
        "InvalidParameterValue.InvalidApplicationIdMalformed",
        "InvalidParameterValue.InvalidApplicationNameDuplicate",
        "InvalidParameterValue.InvalidApplicationType",
        "InvalidParameterValue.InvalidChargeType",
        "InvalidParameterValue.InvalidChargeTypeAndTimeUnit",
        "InvalidParameterValue.InvalidClusterIdMalformed",
        "InvalidParameterValue.InvalidInstanceCount",
        "InvalidParameterValue.InvalidInstanceIdMalformed",
        "InvalidParameterValue.InvalidModelIdMalformed",
        "InvalidParameterValue.InvalidOrder",
        "InvalidParameterValue.InvalidOrderField",
        "InvalidParameterValue.InvalidPassword",
        "InvalidParameterValue.InvalidSceneIdMalformed",
        "InvalidParameterValue.InvalidSecurityType",
        "InvalidParameterValue.InvalidServiceIdMalformed",
        "InvalidParameterValue.InvalidSubnetIdIsNone",
        "InvalidParameterValue.InvalidSubnetIdMalformed",
        "InvalidParameterValue.InvalidTemplateIdMalformed",
        "InvalidParameterValue.InvalidVpcIdIsNone",
        "InvalidParameterValue.RegionInvalid",
        "InvalidParameterValue.RegionNotSupportPublicCallInfo",
        "InvalidParameterValue.SecurityGroupNotFound",
        "InvalidParameterValue.ServiceIdNotFound",
        "InvalidParameterValue.ServiceNameTooLong",
        "InvalidParameterValue.SubnetMustCoexistWithVpc",
        "InvalidParameterValue.SubnetNotFound",
        "InvalidParameterValue.TargetReplicasMustDifferFromRunningReplicas",
        "InvalidParameterValue.TemplateIdNotFound",
        "InvalidParameterValue.VpcNotFound",
        "LimitExceeded.SecurityGroupLimitExceeded",
        "LimitExceeded.VpcLimitExceeded",
        "OperationDenied.InstanceOperationInProgress",
        "OperationDenied.ServiceNotSupportUpdateCallInfo",
        "OperationDenied.ServiceOperationInProgress",
        "ResourceInsufficient.BundleInventoryShortage",
        "UnauthorizedOperation.AllowCreateOneServiceOfTemplate",
        "UnauthorizedOperation.GetRoleError",
        "UnauthorizedOperation.InvalidToken",
        "UnauthorizedOperation.UnauthorizedNetworkUser",
        "UnauthorizedOperation.UnauthorizedSTSOperation",
        "UnauthorizedOperation.UnauthorizedUser",
        "UnauthorizedOperation.UserNotBoundEmbodiedIntelligenceAccount",
        "UnsupportedOperation",
        "UnsupportedOperation.CannotTerminateExpiredAndNotExpiredInstances",
        "UnsupportedOperation.InstanceCreateApplicationNotSupport",
        "UnsupportedOperation.InstanceStateArrears",
        "UnsupportedOperation.InstanceStateLaunchFailed",
        "UnsupportedOperation.InstanceStatePending",
        "UnsupportedOperation.InstanceStateRunning",
        "UnsupportedOperation.InstanceStateStoppedNoCharge",
        "UnsupportedOperation.InstanceStateTerminated",
        "UnsupportedOperation.NotSupportTerminatePrePaidAndPostPaid",
        "UnsupportedOperation.NotSupportToInquiryPrice",
    ];
    static NAME_CODES: [u32; 1] = [58];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "UnauthorizedOperationUnauthorizedStsOperation",
        ends: &[0, 45],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.The operation failed: arrears account cannot run instances.The operation failed: autoscale manual conflict.The operation failed: cannot return.The operation failed: operate instance repeatedly.An internal error occurred.An internal error occurred: trade error.A parameter is invalid.A parameter is invalid: at most one.A parameter value is invalid.A parameter value is invalid: application id not found.A parameter value is invalid: bundle type not found.A parameter value is invalid: compute set cannot be none.A parameter value is invalid: disk size must large than current disk size.A parameter value is invalid: disk size must larger than application min required size.A parameter value is invalid: disk size reach limit.A parameter value is invalid: duplicated.A parameter value is invalid: instance id not found.A parameter value is invalid: instance name too long.A parameter value is invalid: invalid application id malformed.A parameter value is invalid: invalid application name duplicate.A parameter value is invalid: invalid application type.A parameter value is invalid: invalid charge type.A parameter value is invalid: invalid charge type and time unit.A parameter value is invalid: invalid cluster id malformed.A parameter value is invalid: invalid instance count.A parameter value is invalid: invalid instance id malformed.A parameter value is invalid: invalid model id malformed.A parameter value is invalid: invalid order.A parameter value is invalid: invalid order field.A parameter value is invalid: invalid password.A parameter value is invalid: invalid scene id malformed.A parameter value is invalid: invalid security type.A parameter value is invalid: invalid service id malformed.A parameter value is invalid: invalid subnet id is none.A parameter value is invalid: invalid subnet id malformed.A parameter value is invalid: invalid template id malformed.A parameter value is invalid: invalid vpc id is none.A parameter value is invalid: region invalid.A parameter value is invalid: region not support public call info.A parameter value is invalid: security group not found.A parameter value is invalid: service id not found.A parameter value is invalid: service name too long.A parameter value is invalid: subnet must coexist with vpc.A parameter value is invalid: subnet not found.A parameter value is invalid: target replicas must differ from running replicas.A parameter value is invalid: template id not found.A parameter value is invalid: vpc not found.A limit was exceeded: security group limit exceeded.A limit was exceeded: vpc limit exceeded.The operation was denied: instance operation in progress.The operation was denied: service not support update call info.The operation was denied: service operation in progress.Resources are insufficient: bundle inventory shortage.The operation is not authorized: allow create one service of template.The operation is not authorized: get role error.The operation is not authorized: invalid token.The operation is not authorized: unauthorized network user.The operation is not authorized: unauthorized STS operation.The operation is not authorized: unauthorized user.The operation is not authorized: user not bound embodied intelligence account.The operation is not supported.The operation is not supported: cannot terminate expired and not expired instances.The operation is not supported: instance create application not support.The operation is not supported: instance state arrears.The operation is not supported: instance state launch failed.The operation is not supported: instance state pending.The operation is not supported: instance state running.The operation is not supported: instance state stopped no charge.The operation is not supported: instance state terminated.The operation is not supported: not support terminate pre paid and post paid.The operation is not supported: not support to inquiry price.",
        ends: &[
            0, 21, 80, 128, 164, 214, 241, 281, 304, 340, 369, 424, 476, 533, 607, 694,
            746, 787, 839, 892, 955, 1020, 1075, 1125, 1189, 1248, 1301, 1361, 1418,
            1462, 1512, 1559, 1616, 1668, 1727, 1783, 1841, 1901, 1954, 1999, 2065, 2120,
            2171, 2223, 2282, 2329, 2409, 2461, 2505, 2557, 2598, 2655, 2718, 2774, 2828,
            2898, 2946, 2993, 3052, 3112, 3163, 3241, 3272, 3355, 3427, 3482, 3543, 3598,
            3653, 3718, 3776, 3853, 3914,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 72] = ::cloud_errors::__private::retry_column(
        b"aaaaabbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacccccccccccaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 72] = ::cloud_errors::__private::category_column(
        b"iiiiimmccccccccccccccccccccccccccccccccccccccccchhggghgggggggliiiiiiiiii",
    );
    static PILOTS: [u16; 18] = [
        1, 2, 2, 109, 1, 53, 2, 2, 23, 5, 3, 4, 0, 42, 10, 34, 143, 57,
    ];
    static SLOTS: [(&str, u32); 80] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            39, 49, 14, 4294967295, 66, 19, 60, 24, 26, 38, 48, 32, 4294967295, 5, 33,
            45, 9, 65, 4294967295, 22, 62, 58, 71, 51, 1, 47, 59, 28, 6, 21, 4, 18, 40,
            30, 52, 44, 55, 50, 37, 70, 12, 35, 63, 4294967295, 68, 4294967295, 57, 17,
            46, 13, 4294967295, 3, 0, 10, 7, 4294967295, 42, 36, 41, 54, 27, 2, 20, 25,
            4294967295, 67, 61, 16, 11, 69, 34, 53, 29, 31, 64, 8, 56, 15, 23, 43,
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
    const PROVIDER: &'static str = "Tencent Cloud HAI";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud HAI's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud HAI: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
