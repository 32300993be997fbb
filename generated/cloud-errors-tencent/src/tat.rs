// @generated from catalogs/tencent/tat.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TAT: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TAT: a variant per documented code,
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
    /// `FailedOperation.CVMError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: CVM error.
    FailedOperationCvmError,
    /// `FailedOperation.LighthouseError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lighthouse error.
    FailedOperationLighthouseError,
    /// `FailedOperation.TagOperationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tag operation failed.
    FailedOperationTagOperationFailed,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidFilter`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid filter.
    InvalidFilter,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ConflictParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: conflict parameter.
    InvalidParameterConflictParameter,
    /// `InvalidParameter.InvalidUsername`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid username.
    InvalidParameterInvalidUsername,
    /// `InvalidParameter.ParameterNameDuplicated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: parameter name duplicated.
    InvalidParameterParameterNameDuplicated,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.AgentUnsupportedCommandType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: agent unsupported command type.
    InvalidParameterValueAgentUnsupportedCommandType,
    /// `InvalidParameterValue.CommandContentInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: command content invalid.
    InvalidParameterValueCommandContentInvalid,
    /// `InvalidParameterValue.CommandNameDuplicated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: command name duplicated.
    InvalidParameterValueCommandNameDuplicated,
    /// `InvalidParameterValue.ID`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ID.
    InvalidParameterValueId,
    /// `InvalidParameterValue.InconsistentID`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: inconsistent ID.
    InvalidParameterValueInconsistentId,
    /// `InvalidParameterValue.InconsistentInstance`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: inconsistent instance.
    InvalidParameterValueInconsistentInstance,
    /// `InvalidParameterValue.InstanceIsNotRelatedToInvocation`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance is not related to invocation.
    InvalidParameterValueInstanceIsNotRelatedToInvocation,
    /// `InvalidParameterValue.InvalidCommandId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid command id.
    InvalidParameterValueInvalidCommandId,
    /// `InvalidParameterValue.InvalidCommandName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid command name.
    InvalidParameterValueInvalidCommandName,
    /// `InvalidParameterValue.InvalidContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid content.
    InvalidParameterValueInvalidContent,
    /// `InvalidParameterValue.InvalidCronExpression`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid cron expression.
    InvalidParameterValueInvalidCronExpression,
    /// `InvalidParameterValue.InvalidFilter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid filter.
    InvalidParameterValueInvalidFilter,
    /// `InvalidParameterValue.InvalidInstanceId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid instance id.
    InvalidParameterValueInvalidInstanceId,
    /// `InvalidParameterValue.InvalidInvocationId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid invocation id.
    InvalidParameterValueInvalidInvocationId,
    /// `InvalidParameterValue.InvalidInvocationTaskId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid invocation task id.
    InvalidParameterValueInvalidInvocationTaskId,
    /// `InvalidParameterValue.InvalidInvokerId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid invoker id.
    InvalidParameterValueInvalidInvokerId,
    /// `InvalidParameterValue.InvalidOutputCOSBucketUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid output COS bucket url.
    InvalidParameterValueInvalidOutputCosBucketUrl,
    /// `InvalidParameterValue.InvalidOutputCOSKeyPrefix`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid output COS key prefix.
    InvalidParameterValueInvalidOutputCosKeyPrefix,
    /// `InvalidParameterValue.InvalidRegisterCodeId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid register code id.
    InvalidParameterValueInvalidRegisterCodeId,
    /// `InvalidParameterValue.InvalidRegisterInstanceId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid register instance id.
    InvalidParameterValueInvalidRegisterInstanceId,
    /// `InvalidParameterValue.InvalidSceneId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid scene id.
    InvalidParameterValueInvalidSceneId,
    /// `InvalidParameterValue.InvalidSceneName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid scene name.
    InvalidParameterValueInvalidSceneName,
    /// `InvalidParameterValue.InvalidTimeFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid time format.
    InvalidParameterValueInvalidTimeFormat,
    /// `InvalidParameterValue.InvalidUsername`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid username.
    InvalidParameterValueInvalidUsername,
    /// `InvalidParameterValue.InvalidWorkingDirectory`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid working directory.
    InvalidParameterValueInvalidWorkingDirectory,
    /// `InvalidParameterValue.InvokeTimeExpired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invoke time expired.
    InvalidParameterValueInvokeTimeExpired,
    /// `InvalidParameterValue.LackOfParameterInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lack of parameter info.
    InvalidParameterValueLackOfParameterInfo,
    /// `InvalidParameterValue.LackOfParameters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lack of parameters.
    InvalidParameterValueLackOfParameters,
    /// `InvalidParameterValue.LimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit exceeded.
    InvalidParameterValueLimitExceeded,
    /// `InvalidParameterValue.ParameterDisabled`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter disabled.
    InvalidParameterValueParameterDisabled,
    /// `InvalidParameterValue.ParameterInvalidJsonFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter invalid json format.
    InvalidParameterValueParameterInvalidJsonFormat,
    /// `InvalidParameterValue.ParameterKeyContainsInvalidChar`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter key contains invalid char.
    InvalidParameterValueParameterKeyContainsInvalidChar,
    /// `InvalidParameterValue.ParameterKeyDuplicated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter key duplicated.
    InvalidParameterValueParameterKeyDuplicated,
    /// `InvalidParameterValue.ParameterKeyLenExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter key len exceeded.
    InvalidParameterValueParameterKeyLenExceeded,
    /// `InvalidParameterValue.ParameterNumberExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter number exceeded.
    InvalidParameterValueParameterNumberExceeded,
    /// `InvalidParameterValue.ParameterValueNotString`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter value not string.
    InvalidParameterValueParameterValueNotString,
    /// `InvalidParameterValue.Range`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: range.
    InvalidParameterValueRange,
    /// `InvalidParameterValue.SupportParametersOnlyIfEnableParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: support parameters only if enable parameter.
    InvalidParameterValueSupportParametersOnlyIfEnableParameter,
    /// `InvalidParameterValue.TooLarge`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too large.
    InvalidParameterValueTooLarge,
    /// `InvalidParameterValue.TooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too long.
    InvalidParameterValueTooLong,
    /// `InvalidParameterValue.TooSmall`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too small.
    InvalidParameterValueTooSmall,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.FilterValueExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: filter value exceeded.
    LimitExceededFilterValueExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.CommandNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: command not found.
    ResourceNotFoundCommandNotFound,
    /// `ResourceNotFound.CosBucketNotFoundCode`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cos bucket not found code.
    ResourceNotFoundCosBucketNotFoundCode,
    /// `ResourceNotFound.InstanceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instance not found.
    ResourceNotFoundInstanceNotFound,
    /// `ResourceNotFound.InvocationNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: invocation not found.
    ResourceNotFoundInvocationNotFound,
    /// `ResourceNotFound.RegisterCodesNotFoundCode`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: register codes not found code.
    ResourceNotFoundRegisterCodesNotFoundCode,
    /// `ResourceNotFound.RegisterInstanceNotFoundCode`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: register instance not found code.
    ResourceNotFoundRegisterInstanceNotFoundCode,
    /// `ResourceNotFound.RoleNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: role not found.
    ResourceNotFoundRoleNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.AgentNotInstalled`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: agent not installed.
    ResourceUnavailableAgentNotInstalled,
    /// `ResourceUnavailable.AgentStatusNotOnline`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: agent status not online.
    ResourceUnavailableAgentStatusNotOnline,
    /// `ResourceUnavailable.CommandInExecuting`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: command in executing.
    ResourceUnavailableCommandInExecuting,
    /// `ResourceUnavailable.CommandInInvoker`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: command in invoker.
    ResourceUnavailableCommandInInvoker,
    /// `ResourceUnavailable.InstanceStateNotRunning`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance state not running.
    ResourceUnavailableInstanceStateNotRunning,
    /// `ResourceUnavailable.InvalidResourceQuotaResourceCode`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: invalid resource quota resource code.
    ResourceUnavailableInvalidResourceQuotaResourceCode,
    /// `ResourceUnavailable.LighthouseUnsupportedRegion`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: lighthouse unsupported region.
    ResourceUnavailableLighthouseUnsupportedRegion,
    /// `ResourceUnavailable.UserHasNoQuotaCode`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: user has no quota code.
    ResourceUnavailableUserHasNoQuotaCode,
    /// `UnauthorizedOperation.AssumeRoleUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: assume role unauthorized.
    UnauthorizedOperationAssumeRoleUnauthorized,
    /// `UnauthorizedOperation.CamAuthFailed`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cam auth failed.
    UnauthorizedOperationCamAuthFailed,
    /// `UnauthorizedOperation.InvalidToken`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: invalid token.
    UnauthorizedOperationInvalidToken,
    /// `UnauthorizedOperation.MFAExpired`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: MFA expired.
    UnauthorizedOperationMfaExpired,
    /// `UnauthorizedOperation.MFANotFound`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: MFA not found.
    UnauthorizedOperationMfaNotFound,
    /// `UnauthorizedOperation.NeedApproval`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: need approval.
    UnauthorizedOperationNeedApproval,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 82] = [
        "AuthFailure",
        "AuthFailure.UnauthorizedOperation",
        "FailedOperation.CVMError",
        "FailedOperation.LighthouseError",
        "FailedOperation.TagOperationFailed",
        "InternalError",
        "InvalidFilter",
        "InvalidParameter",
        "InvalidParameter.ConflictParameter",
        "InvalidParameter.InvalidUsername",
        "InvalidParameter.ParameterNameDuplicated",
        "InvalidParameterValue",
        "InvalidParameterValue.AgentUnsupportedCommandType",
        "InvalidParameterValue.CommandContentInvalid",
        "InvalidParameterValue.CommandNameDuplicated",
        "InvalidParameterValue.ID",
        "InvalidParameterValue.InconsistentID",
        "InvalidParameterValue.InconsistentInstance",
        "InvalidParameterValue.InstanceIsNotRelatedToInvocation",
        "InvalidParameterValue.InvalidCommandId",
        "InvalidParameterValue.InvalidCommandName",
        "InvalidParameterValue.InvalidContent",
        "InvalidParameterValue.InvalidCronExpression",
        "InvalidParameterValue.InvalidFilter",
        "InvalidParameterValue.InvalidInstanceId",
        "InvalidParameterValue.InvalidInvocationId",
        "InvalidParameterValue.InvalidInvocationTaskId",
        "InvalidParameterValue.InvalidInvokerId",
        "InvalidParameterValue.InvalidOutputCOSBucketUrl",
        "InvalidParameterValue.InvalidOutputCOSKeyPrefix",
        "InvalidParameterValue.InvalidRegisterCodeId",
        "InvalidParameterValue.InvalidRegisterInstanceId",
        "InvalidParameterValue.InvalidSceneId",
        "InvalidParameterValue.InvalidSceneName",
        "InvalidParameterValue.InvalidTimeFormat",
        "InvalidParameterValue.InvalidUsername",
        "InvalidParameterValue.InvalidWorkingDirectory",
        "InvalidParameterValue.InvokeTimeExpired",
        "InvalidParameterValue.LackOfParameterInfo",
        "InvalidParameterValue.LackOfParameters",
        "InvalidParameterValue.LimitExceeded",
        "InvalidParameterValue.ParameterDisabled",
        "InvalidParameterValue.ParameterInvalidJsonFormat",
        "InvalidParameterValue.ParameterKeyContainsInvalidChar",
        "InvalidParameterValue.ParameterKeyDuplicated",
        "InvalidParameterValue.ParameterKeyLenExceeded",
        "InvalidParameterValue.ParameterNumberExceeded",
        "InvalidParameterValue.ParameterValueNotString",
        "InvalidParameterValue.Range",
        "InvalidParameterValue.SupportParametersOnlyIfEnableParameter",
        "InvalidParameterValue.TooLarge",
        "InvalidParameterValue.TooLong",
        "InvalidParameterValue.TooSmall",
        "LimitExceeded",
        "LimitExceeded.FilterValueExceeded",
        "MissingParameter",
        "OperationDenied",
        "ResourceNotFound",
        "ResourceNotFound.CommandNotFound",
        "ResourceNotFound.CosBucketNotFoundCode",
        "ResourceNotFound.InstanceNotFound",
        "ResourceNotFound.InvocationNotFound",
        "ResourceNotFound.RegisterCodesNotFoundCode",
        "ResourceNotFound.RegisterInstanceNotFoundCode",
        "ResourceNotFound.RoleNotFound",
        "ResourceUnavailable",
        "ResourceUnavailable.AgentNotInstalled",
        "ResourceUnavailable.AgentStatusNotOnline",
        "ResourceUnavailable.CommandInExecuting",
        "ResourceUnavailable.CommandInInvoker",
        "ResourceUnavailable.InstanceStateNotRunning",
        "ResourceUnavailable.InvalidResourceQuotaResourceCode",
        "ResourceUnavailable.LighthouseUnsupportedRegion",
        "ResourceUnavailable.UserHasNoQuotaCode",
        "UnauthorizedOperation.AssumeRoleUnauthorized",
        "UnauthorizedOperation.CamAuthFailed",
        "UnauthorizedOperation.InvalidToken",
        "UnauthorizedOperation.MFAExpired",
        "UnauthorizedOperation.MFANotFound",
        "UnauthorizedOperation.NeedApproval",
        "UnknownParameter",
        "UnsupportedOperation",
    ];
    static NAME_CODES: [u32; 7] = [2, 15, 16, 28, 29, 77, 78];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationCvmErrorInvalidParameterValueIdInvalidParameterValueInconsistentIdInvalidParameterValueInvalidOutputCosBucketUrlInvalidParameterValueInvalidOutputCosKeyPrefixUnauthorizedOperationMfaExpiredUnauthorizedOperationMfaNotFound",
        ends: &[0, 23, 46, 81, 127, 173, 204, 236],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: unauthorized operation.The operation failed: CVM error.The operation failed: lighthouse error.The operation failed: tag operation failed.An internal error occurred.Invalid filter.A parameter is invalid.A parameter is invalid: conflict parameter.A parameter is invalid: invalid username.A parameter is invalid: parameter name duplicated.A parameter value is invalid.A parameter value is invalid: agent unsupported command type.A parameter value is invalid: command content invalid.A parameter value is invalid: command name duplicated.A parameter value is invalid: ID.A parameter value is invalid: inconsistent ID.A parameter value is invalid: inconsistent instance.A parameter value is invalid: instance is not related to invocation.A parameter value is invalid: invalid command id.A parameter value is invalid: invalid command name.A parameter value is invalid: invalid content.A parameter value is invalid: invalid cron expression.A parameter value is invalid: invalid filter.A parameter value is invalid: invalid instance id.A parameter value is invalid: invalid invocation id.A parameter value is invalid: invalid invocation task id.A parameter value is invalid: invalid invoker id.A parameter value is invalid: invalid output COS bucket url.A parameter value is invalid: invalid output COS key prefix.A parameter value is invalid: invalid register code id.A parameter value is invalid: invalid register instance id.A parameter value is invalid: invalid scene id.A parameter value is invalid: invalid scene name.A parameter value is invalid: invalid time format.A parameter value is invalid: invalid username.A parameter value is invalid: invalid working directory.A parameter value is invalid: invoke time expired.A parameter value is invalid: lack of parameter info.A parameter value is invalid: lack of parameters.A parameter value is invalid: limit exceeded.A parameter value is invalid: parameter disabled.A parameter value is invalid: parameter invalid json format.A parameter value is invalid: parameter key contains invalid char.A parameter value is invalid: parameter key duplicated.A parameter value is invalid: parameter key len exceeded.A parameter value is invalid: parameter number exceeded.A parameter value is invalid: parameter value not string.A parameter value is invalid: range.A parameter value is invalid: support parameters only if enable parameter.A parameter value is invalid: too large.A parameter value is invalid: too long.A parameter value is invalid: too small.A limit was exceeded.A limit was exceeded: filter value exceeded.A required parameter is missing.The operation was denied.The resource was not found.The resource was not found: command not found.The resource was not found: cos bucket not found code.The resource was not found: instance not found.The resource was not found: invocation not found.The resource was not found: register codes not found code.The resource was not found: register instance not found code.The resource was not found: role not found.The resource is unavailable.The resource is unavailable: agent not installed.The resource is unavailable: agent status not online.The resource is unavailable: command in executing.The resource is unavailable: command in invoker.The resource is unavailable: instance state not running.The resource is unavailable: invalid resource quota resource code.The resource is unavailable: lighthouse unsupported region.The resource is unavailable: user has no quota code.The operation is not authorized: assume role unauthorized.The operation is not authorized: cam auth failed.The operation is not authorized: invalid token.The operation is not authorized: MFA expired.The operation is not authorized: MFA not found.The operation is not authorized: need approval.An unknown parameter was given.The operation is not supported.",
        ends: &[
            0, 22, 68, 100, 139, 182, 209, 224, 247, 290, 331, 381, 410, 471, 525, 579,
            612, 658, 710, 778, 827, 878, 924, 978, 1023, 1073, 1125, 1182, 1231, 1291,
            1351, 1406, 1465, 1512, 1561, 1611, 1658, 1714, 1764, 1817, 1866, 1911, 1960,
            2020, 2086, 2141, 2198, 2254, 2311, 2347, 2421, 2461, 2500, 2540, 2561, 2605,
            2637, 2662, 2689, 2735, 2789, 2836, 2885, 2943, 3004, 3047, 3075, 3124, 3177,
            3227, 3275, 3331, 3397, 3456, 3508, 3566, 3615, 3662, 3707, 3754, 3801, 3832,
            3863,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 82] = ::cloud_errors::__private::retry_column(
        b"acaaabaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaacccccccccccccccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 82] = ::cloud_errors::__private::category_column(
        b"bpiiimbcccccccccccccccccccccccccccccccccccccccccccccchhcgeeeeeeeeiiiiiiiiiggggggcl",
    );
    static PILOTS: [u16; 21] = [
        8, 5, 3, 1, 6, 47, 10, 12, 17, 2, 7, 13, 130, 74, 0, 66, 173, 0, 2, 13, 18,
    ];
    static SLOTS: [(&str, u32); 91] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            80, 32, 64, 39, 40, 81, 4294967295, 4294967295, 29, 1, 58, 53, 6, 21,
            4294967295, 23, 25, 79, 42, 2, 7, 59, 43, 44, 24, 60, 72, 35, 47, 69, 20, 14,
            26, 67, 11, 5, 75, 73, 56, 71, 77, 4294967295, 49, 33, 27, 55, 12, 66, 3,
            4294967295, 0, 52, 54, 37, 4294967295, 41, 8, 4294967295, 18, 63, 46, 28, 4,
            38, 10, 36, 22, 51, 65, 4294967295, 48, 9, 74, 31, 13, 78, 57, 50, 19, 62,
            17, 4294967295, 16, 15, 34, 70, 45, 76, 30, 61, 68,
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
    const PROVIDER: &'static str = "Tencent Cloud TAT";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TAT's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TAT: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
