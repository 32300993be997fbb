// @generated from catalogs/tencent/igtm.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud IGTM: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud IGTM: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AddrExceededLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: addr exceeded limit.
    FailedOperationAddrExceededLimit,
    /// `FailedOperation.AutoRenewFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: auto renew failed.
    FailedOperationAutoRenewFailed,
    /// `FailedOperation.CanNotDeleteDefaultLineError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: can not delete default line error.
    FailedOperationCanNotDeleteDefaultLineError,
    /// `FailedOperation.CreateError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create error.
    FailedOperationCreateError,
    /// `FailedOperation.CreateInstanceFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create instance failed.
    FailedOperationCreateInstanceFailed,
    /// `FailedOperation.CreateMonitorFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create monitor failed.
    FailedOperationCreateMonitorFailed,
    /// `FailedOperation.CreatePoolFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create pool failed.
    FailedOperationCreatePoolFailed,
    /// `FailedOperation.CreateStrategyFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create strategy failed.
    FailedOperationCreateStrategyFailed,
    /// `FailedOperation.DealAndPayFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: deal and pay failed.
    FailedOperationDealAndPayFailed,
    /// `FailedOperation.DeleteError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete error.
    FailedOperationDeleteError,
    /// `FailedOperation.DeleteMonitorFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete monitor failed.
    FailedOperationDeleteMonitorFailed,
    /// `FailedOperation.DeletePoolFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete pool failed.
    FailedOperationDeletePoolFailed,
    /// `FailedOperation.DeleteStrategyFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete strategy failed.
    FailedOperationDeleteStrategyFailed,
    /// `FailedOperation.ExceededLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: exceeded limit.
    FailedOperationExceededLimit,
    /// `FailedOperation.ExceededMonitorNumLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: exceeded monitor num limit.
    FailedOperationExceededMonitorNumLimit,
    /// `FailedOperation.ModifyError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify error.
    FailedOperationModifyError,
    /// `FailedOperation.ModifyInstanceFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify instance failed.
    FailedOperationModifyInstanceFailed,
    /// `FailedOperation.ModifyMonitorFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify monitor failed.
    FailedOperationModifyMonitorFailed,
    /// `FailedOperation.ModifyPoolFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify pool failed.
    FailedOperationModifyPoolFailed,
    /// `FailedOperation.ModifyStrategyFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify strategy failed.
    FailedOperationModifyStrategyFailed,
    /// `FailedOperation.PoolExceededLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: pool exceeded limit.
    FailedOperationPoolExceededLimit,
    /// `FailedOperation.PoolWasUsingError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: pool was using error.
    FailedOperationPoolWasUsingError,
    /// `FailedOperation.QueryErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query err.
    FailedOperationQueryErr,
    /// `FailedOperation.TaskExceededLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task exceeded limit.
    FailedOperationTaskExceededLimit,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.DbErr`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db err.
    InternalErrorDbErr,
    /// `InternalError.ParameterError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: parameter error.
    InternalErrorParameterError,
    /// `InternalError.UndefinedError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: undefined error.
    InternalErrorUndefinedError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.AccessTypeInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: access type invalid.
    InvalidParameterAccessTypeInvalid,
    /// `InvalidParameter.DealStandardModifyFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: deal standard modify failed.
    InvalidParameterDealStandardModifyFailed,
    /// `InvalidParameter.DealStandardModifyInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: deal standard modify invalid.
    InvalidParameterDealStandardModifyInvalid,
    /// `InvalidParameter.DealTaskModifyInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: deal task modify invalid.
    InvalidParameterDealTaskModifyInvalid,
    /// `InvalidParameter.DealTaskModifyNumLess`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: deal task modify num less.
    InvalidParameterDealTaskModifyNumLess,
    /// `InvalidParameter.DealTaskModifyNumSame`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: deal task modify num same.
    InvalidParameterDealTaskModifyNumSame,
    /// `InvalidParameter.DealUltimateModifyFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: deal ultimate modify failed.
    InvalidParameterDealUltimateModifyFailed,
    /// `InvalidParameter.GlobalAccessDomainConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: global access domain conflict.
    InvalidParameterGlobalAccessDomainConflict,
    /// `InvalidParameter.InstanceDisabled`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: instance disabled.
    InvalidParameterInstanceDisabled,
    /// `InvalidParameter.ResourceIdEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource id empty.
    InvalidParameterResourceIdEmpty,
    /// `InvalidParameter.TimeSpanEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: time span empty.
    InvalidParameterTimeSpanEmpty,
    /// `InvalidParameter.TimeSpanInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: time span invalid.
    InvalidParameterTimeSpanInvalid,
    /// `InvalidParameter.TrafficStrategyInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: traffic strategy invalid.
    InvalidParameterTrafficStrategyInvalid,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.IsEnabledInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: is enabled invalid.
    InvalidParameterValueIsEnabledInvalid,
    /// `InvalidParameterValue.PoolAddrDuplicated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: pool addr duplicated.
    InvalidParameterValuePoolAddrDuplicated,
    /// `InvalidParameterValue.PoolAddrEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: pool addr empty.
    InvalidParameterValuePoolAddrEmpty,
    /// `InvalidParameterValue.PoolAddrInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: pool addr invalid.
    InvalidParameterValuePoolAddrInvalid,
    /// `InvalidParameterValue.PoolAddrMixed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: pool addr mixed.
    InvalidParameterValuePoolAddrMixed,
    /// `InvalidParameterValue.PoolAddrWeightEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: pool addr weight empty.
    InvalidParameterValuePoolAddrWeightEmpty,
    /// `InvalidParameterValue.TrafficStrategyInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: traffic strategy invalid.
    InvalidParameterValueTrafficStrategyInvalid,
    /// `InvalidParameterValue.TrafficStrategyWeightEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: traffic strategy weight empty.
    InvalidParameterValueTrafficStrategyWeightEmpty,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `RequestLimitExceeded.InnerRequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent: inner request limit exceeded.
    RequestLimitExceededInnerRequestLimitExceeded,
    /// `ResourceInsufficient.NoInstance`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: no instance.
    ResourceInsufficientNoInstance,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.SearchInfo`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: search info.
    ResourceNotFoundSearchInfo,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.InstanceUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: instance unauthorized.
    UnauthorizedOperationInstanceUnauthorized,
    /// `UnauthorizedOperation.MainBindPoolUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: main bind pool unauthorized.
    UnauthorizedOperationMainBindPoolUnauthorized,
    /// `UnauthorizedOperation.MainPoolUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: main pool unauthorized.
    UnauthorizedOperationMainPoolUnauthorized,
    /// `UnauthorizedOperation.PoolAddressUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: pool address unauthorized.
    UnauthorizedOperationPoolAddressUnauthorized,
    /// `UnauthorizedOperation.PoolUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: pool unauthorized.
    UnauthorizedOperationPoolUnauthorized,
    /// `UnauthorizedOperation.ResourceIdNotMatch`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: resource id not match.
    UnauthorizedOperationResourceIdNotMatch,
    /// `UnauthorizedOperation.ResourceIdUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: resource id unauthorized.
    UnauthorizedOperationResourceIdUnauthorized,
    /// `UnauthorizedOperation.StrategyUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: strategy unauthorized.
    UnauthorizedOperationStrategyUnauthorized,
    /// `UnauthorizedOperation.UnauthorizedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: unauthorized error.
    UnauthorizedOperationUnauthorizedError,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.AccessDomainUnauthorized`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: access domain unauthorized.
    UnsupportedOperationAccessDomainUnauthorized,
    /// `UnsupportedOperation.DomainTtlInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: domain ttl invalid.
    UnsupportedOperationDomainTtlInvalid,
    /// `UnsupportedOperation.FallBackPoolInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: fall back pool invalid.
    UnsupportedOperationFallBackPoolInvalid,
    /// `UnsupportedOperation.InstanceNameDuplicate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance name duplicate.
    UnsupportedOperationInstanceNameDuplicate,
    /// `UnsupportedOperation.MainBindPoolDuplicate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: main bind pool duplicate.
    UnsupportedOperationMainBindPoolDuplicate,
    /// `UnsupportedOperation.MainBindPoolEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: main bind pool empty.
    UnsupportedOperationMainBindPoolEmpty,
    /// `UnsupportedOperation.MainBindPoolLevelExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: main bind pool level exceed.
    UnsupportedOperationMainBindPoolLevelExceed,
    /// `UnsupportedOperation.MainBindPoolMixed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: main bind pool mixed.
    UnsupportedOperationMainBindPoolMixed,
    /// `UnsupportedOperation.MainBindPoolNumInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: main bind pool num invalid.
    UnsupportedOperationMainBindPoolNumInvalid,
    /// `UnsupportedOperation.MainPoolDuplicate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: main pool duplicate.
    UnsupportedOperationMainPoolDuplicate,
    /// `UnsupportedOperation.MainPoolEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: main pool empty.
    UnsupportedOperationMainPoolEmpty,
    /// `UnsupportedOperation.MainPoolSurviveNumInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: main pool survive num invalid.
    UnsupportedOperationMainPoolSurviveNumInvalid,
    /// `UnsupportedOperation.MonitorNameExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: monitor name exist.
    UnsupportedOperationMonitorNameExist,
    /// `UnsupportedOperation.PackageUnauthorized`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: package unauthorized.
    UnsupportedOperationPackageUnauthorized,
    /// `UnsupportedOperation.PoolNameDuplicate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: pool name duplicate.
    UnsupportedOperationPoolNameDuplicate,
    /// `UnsupportedOperation.QueryNotAllow`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: query not allow.
    UnsupportedOperationQueryNotAllow,
    /// `UnsupportedOperation.ResourceNameDuplicated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: resource name duplicated.
    UnsupportedOperationResourceNameDuplicated,
    /// `UnsupportedOperation.ResourcePoolSourceNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: resource pool source not exist.
    UnsupportedOperationResourcePoolSourceNotExist,
    /// `UnsupportedOperation.ResourceSourceDuplicated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: resource source duplicated.
    UnsupportedOperationResourceSourceDuplicated,
    /// `UnsupportedOperation.StrategyNameDuplicate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: strategy name duplicate.
    UnsupportedOperationStrategyNameDuplicate,
    /// `UnsupportedOperation.StrategySourceDuplicate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: strategy source duplicate.
    UnsupportedOperationStrategySourceDuplicate,
    /// `UnsupportedOperation.StrategySourceInUsed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: strategy source in used.
    UnsupportedOperationStrategySourceInUsed,
    /// `UnsupportedOperation.StrategySourceUnauthorized`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: strategy source unauthorized.
    UnsupportedOperationStrategySourceUnauthorized,
    /// `UnsupportedOperation.StrategySwitchTypeInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: strategy switch type invalid.
    UnsupportedOperationStrategySwitchTypeInvalid,
    /// `UnsupportedOperation.TTLInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: TTL invalid.
    UnsupportedOperationTtlInvalid,
    /// `UnsupportedOperation.UserNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: user not found.
    UnsupportedOperationUserNotFound,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 97] = [
        "FailedOperation",
        "FailedOperation.AddrExceededLimit",
        "FailedOperation.AutoRenewFailed",
        "FailedOperation.CanNotDeleteDefaultLineError",
        "FailedOperation.CreateError",
        "FailedOperation.CreateInstanceFailed",
        "FailedOperation.CreateMonitorFailed",
        "FailedOperation.CreatePoolFailed",
        "FailedOperation.CreateStrategyFailed",
        "FailedOperation.DealAndPayFailed",
        "FailedOperation.DeleteError",
        "FailedOperation.DeleteMonitorFailed",
        "FailedOperation.DeletePoolFailed",
        "FailedOperation.DeleteStrategyFailed",
        "FailedOperation.ExceededLimit",
        "FailedOperation.ExceededMonitorNumLimit",
        "FailedOperation.ModifyError",
        "FailedOperation.ModifyInstanceFailed",
        "FailedOperation.ModifyMonitorFailed",
        "FailedOperation.ModifyPoolFailed",
        "FailedOperation.ModifyStrategyFailed",
        "FailedOperation.PoolExceededLimit",
        "FailedOperation.PoolWasUsingError",
        "FailedOperation.QueryErr",
        "FailedOperation.TaskExceededLimit",
        "InternalError",
        "InternalError.DbErr",
        "InternalError.ParameterError",
        "InternalError.UndefinedError",
        "InvalidParameter",
        "InvalidParameter.AccessTypeInvalid",
        "InvalidParameter.DealStandardModifyFailed",
        "InvalidParameter.DealStandardModifyInvalid",
        "InvalidParameter.DealTaskModifyInvalid",
        "InvalidParameter.DealTaskModifyNumLess",
        "InvalidParameter.DealTaskModifyNumSame",
        "InvalidParameter.DealUltimateModifyFailed",
        "InvalidParameter.GlobalAccessDomainConflict",
        "InvalidParameter.InstanceDisabled",
        "InvalidParameter.ResourceIdEmpty",
        "InvalidParameter.TimeSpanEmpty",
        "InvalidParameter.TimeSpanInvalid",
        "InvalidParameter.TrafficStrategyInvalid",
        "InvalidParameterValue",
        "InvalidParameterValue.IsEnabledInvalid",
        "InvalidParameterValue.PoolAddrDuplicated",
        "InvalidParameterValue.PoolAddrEmpty",
        "InvalidParameterValue.PoolAddrInvalid",
        "InvalidParameterValue.PoolAddrMixed",
        "InvalidParameterValue.PoolAddrWeightEmpty",
        "InvalidParameterValue.TrafficStrategyInvalid",
        "InvalidParameterValue.TrafficStrategyWeightEmpty",
        "LimitExceeded",
        "MissingParameter",
        "RequestLimitExceeded.InnerRequestLimitExceeded",
        "ResourceInsufficient.NoInstance",
        "ResourceNotFound",
        "ResourceNotFound.SearchInfo",
        "ResourceUnavailable",
        "UnauthorizedOperation",
        "UnauthorizedOperation.InstanceUnauthorized",
        "UnauthorizedOperation.MainBindPoolUnauthorized",
        "UnauthorizedOperation.MainPoolUnauthorized",
        "UnauthorizedOperation.PoolAddressUnauthorized",
        "UnauthorizedOperation.PoolUnauthorized",
        "UnauthorizedOperation.ResourceIdNotMatch",
        "UnauthorizedOperation.ResourceIdUnauthorized",
        "UnauthorizedOperation.StrategyUnauthorized",
        "UnauthorizedOperation.UnauthorizedError",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.AccessDomainUnauthorized",
        "UnsupportedOperation.DomainTtlInvalid",
        "UnsupportedOperation.FallBackPoolInvalid",
        "UnsupportedOperation.InstanceNameDuplicate",
        "UnsupportedOperation.MainBindPoolDuplicate",
        "UnsupportedOperation.MainBindPoolEmpty",
        "UnsupportedOperation.MainBindPoolLevelExceed",
        "UnsupportedOperation.MainBindPoolMixed",
        "UnsupportedOperation.MainBindPoolNumInvalid",
        "UnsupportedOperation.MainPoolDuplicate",
        "UnsupportedOperation.MainPoolEmpty",
        "UnsupportedOperation.MainPoolSurviveNumInvalid",
        "UnsupportedOperation.MonitorNameExist",
        "UnsupportedOperation.PackageUnauthorized",
        "UnsupportedOperation.PoolNameDuplicate",
        "UnsupportedOperation.QueryNotAllow",
        "UnsupportedOperation.ResourceNameDuplicated",
        "UnsupportedOperation.ResourcePoolSourceNotExist",
        "UnsupportedOperation.ResourceSourceDuplicated",
        "UnsupportedOperation.StrategyNameDuplicate",
        "UnsupportedOperation.StrategySourceDuplicate",
        "UnsupportedOperation.StrategySourceInUsed",
        "UnsupportedOperation.StrategySourceUnauthorized",
        "UnsupportedOperation.StrategySwitchTypeInvalid",
        "UnsupportedOperation.TTLInvalid",
        "UnsupportedOperation.UserNotFound",
    ];
    static NAME_CODES: [u32; 1] = [95];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "UnsupportedOperationTtlInvalid",
        ends: &[0, 30],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.The operation failed: addr exceeded limit.The operation failed: auto renew failed.The operation failed: can not delete default line error.The operation failed: create error.The operation failed: create instance failed.The operation failed: create monitor failed.The operation failed: create pool failed.The operation failed: create strategy failed.The operation failed: deal and pay failed.The operation failed: delete error.The operation failed: delete monitor failed.The operation failed: delete pool failed.The operation failed: delete strategy failed.The operation failed: exceeded limit.The operation failed: exceeded monitor num limit.The operation failed: modify error.The operation failed: modify instance failed.The operation failed: modify monitor failed.The operation failed: modify pool failed.The operation failed: modify strategy failed.The operation failed: pool exceeded limit.The operation failed: pool was using error.The operation failed: query err.The operation failed: task exceeded limit.An internal error occurred.An internal error occurred: db err.An internal error occurred: parameter error.An internal error occurred: undefined error.A parameter is invalid.A parameter is invalid: access type invalid.A parameter is invalid: deal standard modify failed.A parameter is invalid: deal standard modify invalid.A parameter is invalid: deal task modify invalid.A parameter is invalid: deal task modify num less.A parameter is invalid: deal task modify num same.A parameter is invalid: deal ultimate modify failed.A parameter is invalid: global access domain conflict.A parameter is invalid: instance disabled.A parameter is invalid: resource id empty.A parameter is invalid: time span empty.A parameter is invalid: time span invalid.A parameter is invalid: traffic strategy invalid.A parameter value is invalid.A parameter value is invalid: is enabled invalid.A parameter value is invalid: pool addr duplicated.A parameter value is invalid: pool addr empty.A parameter value is invalid: pool addr invalid.A parameter value is invalid: pool addr mixed.A parameter value is invalid: pool addr weight empty.A parameter value is invalid: traffic strategy invalid.A parameter value is invalid: traffic strategy weight empty.A limit was exceeded.A required parameter is missing.Too many requests were sent: inner request limit exceeded.Resources are insufficient: no instance.The resource was not found.The resource was not found: search info.The resource is unavailable.The operation is not authorized.The operation is not authorized: instance unauthorized.The operation is not authorized: main bind pool unauthorized.The operation is not authorized: main pool unauthorized.The operation is not authorized: pool address unauthorized.The operation is not authorized: pool unauthorized.The operation is not authorized: resource id not match.The operation is not authorized: resource id unauthorized.The operation is not authorized: strategy unauthorized.The operation is not authorized: unauthorized error.An unknown parameter was given.The operation is not supported.The operation is not supported: access domain unauthorized.The operation is not supported: domain ttl invalid.The operation is not supported: fall back pool invalid.The operation is not supported: instance name duplicate.The operation is not supported: main bind pool duplicate.The operation is not supported: main bind pool empty.The operation is not supported: main bind pool level exceed.The operation is not supported: main bind pool mixed.The operation is not supported: main bind pool num invalid.The operation is not supported: main pool duplicate.The operation is not supported: main pool empty.The operation is not supported: main pool survive num invalid.The operation is not supported: monitor name exist.The operation is not supported: package unauthorized.The operation is not supported: pool name duplicate.The operation is not supported: query not allow.The operation is not supported: resource name duplicated.The operation is not supported: resource pool source not exist.The operation is not supported: resource source duplicated.The operation is not supported: strategy name duplicate.The operation is not supported: strategy source duplicate.The operation is not supported: strategy source in used.The operation is not supported: strategy source unauthorized.The operation is not supported: strategy switch type invalid.The operation is not supported: TTL invalid.The operation is not supported: user not found.",
        ends: &[
            0, 21, 63, 103, 159, 194, 239, 283, 324, 369, 411, 446, 490, 531, 576, 613,
            662, 697, 742, 786, 827, 872, 914, 957, 989, 1031, 1058, 1093, 1137, 1181,
            1204, 1248, 1300, 1353, 1402, 1452, 1502, 1554, 1608, 1650, 1692, 1732, 1774,
            1823, 1852, 1901, 1952, 1998, 2046, 2092, 2145, 2200, 2260, 2281, 2313, 2371,
            2411, 2438, 2478, 2506, 2538, 2593, 2654, 2710, 2769, 2820, 2875, 2933, 2988,
            3040, 3071, 3102, 3161, 3212, 3267, 3323, 3380, 3433, 3493, 3546, 3605, 3657,
            3705, 3767, 3818, 3871, 3923, 3971, 4028, 4091, 4150, 4206, 4264, 4320, 4381,
            4442, 4486, 4533,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 97] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaabbbbaaaaaaaaaaaaaaaaaaaaaaaaabcaacccccccccccaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 97] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiiiiiiiiiiiiiiiiimmmmccccccccccccccccccccccchchheeiggggggggggcliiiiiiiiiiiiiiiiiiiiiiiiii",
    );
    static PILOTS: [u16; 25] = [
        90, 41, 1, 13, 0, 2, 9, 1, 43, 3, 8, 22, 24, 3, 4, 34, 8, 0, 3, 10, 17, 68, 45,
        44, 263,
    ];
    static SLOTS: [(&str, u32); 107] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            22, 55, 72, 53, 81, 84, 58, 4294967295, 15, 80, 4294967295, 70, 19, 1, 34,
            65, 51, 66, 56, 21, 49, 71, 40, 77, 93, 41, 33, 2, 4294967295, 42, 23,
            4294967295, 3, 79, 29, 67, 60, 95, 61, 9, 20, 26, 6, 46, 82, 18, 11, 86, 25,
            14, 45, 50, 85, 10, 4294967295, 48, 63, 78, 16, 88, 89, 57, 7, 73, 44, 5, 36,
            31, 54, 28, 0, 4294967295, 83, 47, 38, 92, 76, 59, 94, 35, 32, 30, 68, 4,
            4294967295, 74, 4294967295, 24, 62, 37, 17, 13, 91, 90, 8, 39, 12, 96, 75,
            64, 4294967295, 4294967295, 43, 69, 52, 27, 87,
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
    const PROVIDER: &'static str = "Tencent Cloud IGTM";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud IGTM's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud IGTM: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
