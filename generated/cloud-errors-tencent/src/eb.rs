// @generated from catalogs/tencent/eb.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud EB: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud EB: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AddPrivateLink`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: add private link.
    FailedOperationAddPrivateLink,
    /// `FailedOperation.AuthenticateUserFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: authenticate user failed.
    FailedOperationAuthenticateUserFailed,
    /// `FailedOperation.CreateTrigger`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create trigger.
    FailedOperationCreateTrigger,
    /// `FailedOperation.DeleteConnection`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete connection.
    FailedOperationDeleteConnection,
    /// `FailedOperation.DeletePrivateLink`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete private link.
    FailedOperationDeletePrivateLink,
    /// `FailedOperation.DeleteRule`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete rule.
    FailedOperationDeleteRule,
    /// `FailedOperation.ESInternalError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ES internal error.
    FailedOperationEsInternalError,
    /// `FailedOperation.ESRequestFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ES request failed.
    FailedOperationEsRequestFailed,
    /// `FailedOperation.ESTemplateConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ES template conflict.
    FailedOperationEsTemplateConflict,
    /// `FailedOperation.ErrorFilter`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: error filter.
    FailedOperationErrorFilter,
    /// `FailedOperation.RegisterCLSService`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: register CLS service.
    FailedOperationRegisterClsService,
    /// `FailedOperation.ServiceError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: service error.
    FailedOperationServiceError,
    /// `FailedOperation.TagResource`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tag resource.
    FailedOperationTagResource,
    /// `FailedOperation.TagResourceAllocateQuotas`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tag resource allocate quotas.
    FailedOperationTagResourceAllocateQuotas,
    /// `FailedOperation.UnTagResource`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: un tag resource.
    FailedOperationUnTagResource,
    /// `FailedOperation.UpdateConnection`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update connection.
    FailedOperationUpdateConnection,
    /// `FailedOperation.UpdateRule`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update rule.
    FailedOperationUpdateRule,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.OssException`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: oss exception.
    InternalErrorOssException,
    /// `InternalError.System`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: system.
    InternalErrorSystem,
    /// `InternalError.UnknownInternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unknown internal error.
    InternalErrorUnknownInternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.EnableAPIGateway`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: enable API gateway.
    InvalidParameterEnableApiGateway,
    /// `InvalidParameter.Payload`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: payload.
    InvalidParameterPayload,
    /// `InvalidParameterValue.AMPParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: AMP params.
    InvalidParameterValueAmpParams,
    /// `InvalidParameterValue.Action`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: action.
    InvalidParameterValueAction,
    /// `InvalidParameterValue.BatchEventCount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: batch event count.
    InvalidParameterValueBatchEventCount,
    /// `InvalidParameterValue.BatchTimeout`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: batch timeout.
    InvalidParameterValueBatchTimeout,
    /// `InvalidParameterValue.CKafkaTargetParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: c kafka target params.
    InvalidParameterValueCKafkaTargetParams,
    /// `InvalidParameterValue.CallbackType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: callback type.
    InvalidParameterValueCallbackType,
    /// `InvalidParameterValue.CallbackWeComURL`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: callback we com URL.
    InvalidParameterValueCallbackWeComUrl,
    /// `InvalidParameterValue.ConnectionDescription`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: connection description.
    InvalidParameterValueConnectionDescription,
    /// `InvalidParameterValue.ConnectionId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: connection id.
    InvalidParameterValueConnectionId,
    /// `InvalidParameterValue.ConnectionName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: connection name.
    InvalidParameterValueConnectionName,
    /// `InvalidParameterValue.DTSParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: DTS params.
    InvalidParameterValueDtsParams,
    /// `InvalidParameterValue.DeadLetterConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: dead letter config.
    InvalidParameterValueDeadLetterConfig,
    /// `InvalidParameterValue.Description`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: description.
    InvalidParameterValueDescription,
    /// `InvalidParameterValue.ElasticSearchTargetParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: elastic search target params.
    InvalidParameterValueElasticSearchTargetParams,
    /// `InvalidParameterValue.EventBusId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: event bus id.
    InvalidParameterValueEventBusId,
    /// `InvalidParameterValue.EventBusName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: event bus name.
    InvalidParameterValueEventBusName,
    /// `InvalidParameterValue.EventPattern`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: event pattern.
    InvalidParameterValueEventPattern,
    /// `InvalidParameterValue.EventTraceConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: event trace config.
    InvalidParameterValueEventTraceConfig,
    /// `InvalidParameterValue.Filters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: filters.
    InvalidParameterValueFilters,
    /// `InvalidParameterValue.InvalidApiRequestConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid api request config.
    InvalidParameterValueInvalidApiRequestConfig,
    /// `InvalidParameterValue.InvalidEvent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid event.
    InvalidParameterValueInvalidEvent,
    /// `InvalidParameterValue.InvalidEventBus`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid event bus.
    InvalidParameterValueInvalidEventBus,
    /// `InvalidParameterValue.InvalidFilterRule`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid filter rule.
    InvalidParameterValueInvalidFilterRule,
    /// `InvalidParameterValue.InvalidPattern`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid pattern.
    InvalidParameterValueInvalidPattern,
    /// `InvalidParameterValue.Limit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit.
    InvalidParameterValueLimit,
    /// `InvalidParameterValue.LinkMode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: link mode.
    InvalidParameterValueLinkMode,
    /// `InvalidParameterValue.NoticeReceiverChannel`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: notice receiver channel.
    InvalidParameterValueNoticeReceiverChannel,
    /// `InvalidParameterValue.NoticeReceiverTimeWindow`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: notice receiver time window.
    InvalidParameterValueNoticeReceiverTimeWindow,
    /// `InvalidParameterValue.NoticeReceiverUserIds`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: notice receiver user ids.
    InvalidParameterValueNoticeReceiverUserIds,
    /// `InvalidParameterValue.NoticeReceiverUserType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: notice receiver user type.
    InvalidParameterValueNoticeReceiverUserType,
    /// `InvalidParameterValue.Offset`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: offset.
    InvalidParameterValueOffset,
    /// `InvalidParameterValue.Order`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: order.
    InvalidParameterValueOrder,
    /// `InvalidParameterValue.OrderBy`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: order by.
    InvalidParameterValueOrderBy,
    /// `InvalidParameterValue.Qualifier`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: qualifier.
    InvalidParameterValueQualifier,
    /// `InvalidParameterValue.RuleId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: rule id.
    InvalidParameterValueRuleId,
    /// `InvalidParameterValue.RuleName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: rule name.
    InvalidParameterValueRuleName,
    /// `InvalidParameterValue.Tags`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tags.
    InvalidParameterValueTags,
    /// `InvalidParameterValue.TargetDescription`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: target description.
    InvalidParameterValueTargetDescription,
    /// `InvalidParameterValue.TargetId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: target id.
    InvalidParameterValueTargetId,
    /// `InvalidParameterValue.TransformationID`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: transformation ID.
    InvalidParameterValueTransformationId,
    /// `InvalidParameterValue.Transformations`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: transformations.
    InvalidParameterValueTransformations,
    /// `InvalidParameterValue.Type`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: type.
    InvalidParameterValueType,
    /// `LimitExceeded.BannedAccount`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: banned account.
    LimitExceededBannedAccount,
    /// `LimitExceeded.ClusterPrivateLinkExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cluster private link exceeded.
    LimitExceededClusterPrivateLinkExceeded,
    /// `LimitExceeded.Connection`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: connection.
    LimitExceededConnection,
    /// `LimitExceeded.EventBus`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: event bus.
    LimitExceededEventBus,
    /// `LimitExceeded.InsufficientBalance`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: insufficient balance.
    LimitExceededInsufficientBalance,
    /// `LimitExceeded.Logset`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: logset.
    LimitExceededLogset,
    /// `LimitExceeded.ResourceLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: resource limit.
    LimitExceededResourceLimit,
    /// `LimitExceeded.RouteOverLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: route over limit.
    LimitExceededRouteOverLimit,
    /// `LimitExceeded.Rule`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: rule.
    LimitExceededRule,
    /// `LimitExceeded.Target`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: target.
    LimitExceededTarget,
    /// `LimitExceeded.Trigger`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: trigger.
    LimitExceededTrigger,
    /// `LimitExceeded.UserPrivateLinkExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: user private link exceeded.
    LimitExceededUserPrivateLinkExceeded,
    /// `OperationDenied.AccountNotExists`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: account not exists.
    OperationDeniedAccountNotExists,
    /// `OperationDenied.DefaultCLSResourceUnsupported`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: default CLS resource unsupported.
    OperationDeniedDefaultClsResourceUnsupported,
    /// `OperationDenied.ESVersionUnsupported`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: ES version unsupported.
    OperationDeniedEsVersionUnsupported,
    /// `OperationDenied.EventBusResourceIsLocked`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: event bus resource is locked.
    OperationDeniedEventBusResourceIsLocked,
    /// `OperationDenied.ResourceImmutable`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: resource immutable.
    OperationDeniedResourceImmutable,
    /// `OperationDenied.UnsupportedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: unsupported operation.
    OperationDeniedUnsupportedOperation,
    /// `ResourceInUse.DefaultEventBus`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: default event bus.
    ResourceInUseDefaultEventBus,
    /// `ResourceInUse.EventBus`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: event bus.
    ResourceInUseEventBus,
    /// `ResourceInUse.Rule`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: rule.
    ResourceInUseRule,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.Connection`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: connection.
    ResourceNotFoundConnection,
    /// `ResourceNotFound.EventBus`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: event bus.
    ResourceNotFoundEventBus,
    /// `ResourceNotFound.EventBusNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: event bus not found.
    ResourceNotFoundEventBusNotFound,
    /// `ResourceNotFound.Function`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: function.
    ResourceNotFoundFunction,
    /// `ResourceNotFound.InvalidApi`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: invalid api.
    ResourceNotFoundInvalidApi,
    /// `ResourceNotFound.InvalidService`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: invalid service.
    ResourceNotFoundInvalidService,
    /// `ResourceNotFound.Namespace`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: namespace.
    ResourceNotFoundNamespace,
    /// `ResourceNotFound.NetAssociation`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: net association.
    ResourceNotFoundNetAssociation,
    /// `ResourceNotFound.PrivateLinkResource`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: private link resource.
    ResourceNotFoundPrivateLinkResource,
    /// `ResourceNotFound.Role`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: role.
    ResourceNotFoundRole,
    /// `ResourceNotFound.Rule`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: rule.
    ResourceNotFoundRule,
    /// `ResourceNotFound.Tag`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: tag.
    ResourceNotFoundTag,
    /// `ResourceNotFound.Target`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: target.
    ResourceNotFoundTarget,
    /// `ResourceNotFound.Transformation`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: transformation.
    ResourceNotFoundTransformation,
    /// `ResourceNotFound.Version`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: version.
    ResourceNotFoundVersion,
    /// `ResourceUnavailable.Connection`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: connection.
    ResourceUnavailableConnection,
    /// `ResourceUnavailable.ESUnhealth`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: ES unhealth.
    ResourceUnavailableEsUnhealth,
    /// `ResourceUnavailable.Target`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: target.
    ResourceUnavailableTarget,
    /// `UnauthorizedOperation.CAM`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: CAM.
    UnauthorizedOperationCam,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.InvalidAction`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid action.
    UnsupportedOperationInvalidAction,
    /// `UnsupportedOperation.InvalidEndpointType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid endpoint type.
    UnsupportedOperationInvalidEndpointType,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 112] = [
        "AuthFailure",
        "FailedOperation",
        "FailedOperation.AddPrivateLink",
        "FailedOperation.AuthenticateUserFailed",
        "FailedOperation.CreateTrigger",
        "FailedOperation.DeleteConnection",
        "FailedOperation.DeletePrivateLink",
        "FailedOperation.DeleteRule",
        "FailedOperation.ESInternalError",
        "FailedOperation.ESRequestFailed",
        "FailedOperation.ESTemplateConflict",
        "FailedOperation.ErrorFilter",
        "FailedOperation.RegisterCLSService",
        "FailedOperation.ServiceError",
        "FailedOperation.TagResource",
        "FailedOperation.TagResourceAllocateQuotas",
        "FailedOperation.UnTagResource",
        "FailedOperation.UpdateConnection",
        "FailedOperation.UpdateRule",
        "InternalError",
        "InternalError.OssException",
        "InternalError.System",
        "InternalError.UnknownInternalError",
        "InvalidParameter",
        "InvalidParameter.EnableAPIGateway",
        "InvalidParameter.Payload",
        "InvalidParameterValue.AMPParams",
        "InvalidParameterValue.Action",
        "InvalidParameterValue.BatchEventCount",
        "InvalidParameterValue.BatchTimeout",
        "InvalidParameterValue.CKafkaTargetParams",
        "InvalidParameterValue.CallbackType",
        "InvalidParameterValue.CallbackWeComURL",
        "InvalidParameterValue.ConnectionDescription",
        "InvalidParameterValue.ConnectionId",
        "InvalidParameterValue.ConnectionName",
        "InvalidParameterValue.DTSParams",
        "InvalidParameterValue.DeadLetterConfig",
        "InvalidParameterValue.Description",
        "InvalidParameterValue.ElasticSearchTargetParams",
        "InvalidParameterValue.EventBusId",
        "InvalidParameterValue.EventBusName",
        "InvalidParameterValue.EventPattern",
        "InvalidParameterValue.EventTraceConfig",
        "InvalidParameterValue.Filters",
        "InvalidParameterValue.InvalidApiRequestConfig",
        "InvalidParameterValue.InvalidEvent",
        "InvalidParameterValue.InvalidEventBus",
        "InvalidParameterValue.InvalidFilterRule",
        "InvalidParameterValue.InvalidPattern",
        "InvalidParameterValue.Limit",
        "InvalidParameterValue.LinkMode",
        "InvalidParameterValue.NoticeReceiverChannel",
        "InvalidParameterValue.NoticeReceiverTimeWindow",
        "InvalidParameterValue.NoticeReceiverUserIds",
        "InvalidParameterValue.NoticeReceiverUserType",
        "InvalidParameterValue.Offset",
        "InvalidParameterValue.Order",
        "InvalidParameterValue.OrderBy",
        "InvalidParameterValue.Qualifier",
        "InvalidParameterValue.RuleId",
        "InvalidParameterValue.RuleName",
        "InvalidParameterValue.Tags",
        "InvalidParameterValue.TargetDescription",
        "InvalidParameterValue.TargetId",
        "InvalidParameterValue.TransformationID",
        "InvalidParameterValue.Transformations",
        "InvalidParameterValue.Type",
        "LimitExceeded.BannedAccount",
        "LimitExceeded.ClusterPrivateLinkExceeded",
        "LimitExceeded.Connection",
        "LimitExceeded.EventBus",
        "LimitExceeded.InsufficientBalance",
        "LimitExceeded.Logset",
        "LimitExceeded.ResourceLimit",
        "LimitExceeded.RouteOverLimit",
        "LimitExceeded.Rule",
        "LimitExceeded.Target",
        "LimitExceeded.Trigger",
        "LimitExceeded.UserPrivateLinkExceeded",
        "OperationDenied.AccountNotExists",
        "OperationDenied.DefaultCLSResourceUnsupported",
        "OperationDenied.ESVersionUnsupported",
        "OperationDenied.EventBusResourceIsLocked",
        "OperationDenied.ResourceImmutable",
        "OperationDenied.UnsupportedOperation",
        "ResourceInUse.DefaultEventBus",
        "ResourceInUse.EventBus",
        "ResourceInUse.Rule",
        "ResourceNotFound",
        "ResourceNotFound.Connection",
        "ResourceNotFound.EventBus",
        "ResourceNotFound.EventBusNotFound",
        "ResourceNotFound.Function",
        "ResourceNotFound.InvalidApi",
        "ResourceNotFound.InvalidService",
        "ResourceNotFound.Namespace",
        "ResourceNotFound.NetAssociation",
        "ResourceNotFound.PrivateLinkResource",
        "ResourceNotFound.Role",
        "ResourceNotFound.Rule",
        "ResourceNotFound.Tag",
        "ResourceNotFound.Target",
        "ResourceNotFound.Transformation",
        "ResourceNotFound.Version",
        "ResourceUnavailable.Connection",
        "ResourceUnavailable.ESUnhealth",
        "ResourceUnavailable.Target",
        "UnauthorizedOperation.CAM",
        "UnsupportedOperation",
        "UnsupportedOperation.InvalidAction",
        "UnsupportedOperation.InvalidEndpointType",
    ];
    static NAME_CODES: [u32; 13] = [8, 9, 10, 12, 24, 26, 32, 36, 65, 81, 82, 106, 108];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationEsInternalErrorFailedOperationEsRequestFailedFailedOperationEsTemplateConflictFailedOperationRegisterClsServiceInvalidParameterEnableApiGatewayInvalidParameterValueAmpParamsInvalidParameterValueCallbackWeComUrlInvalidParameterValueDtsParamsInvalidParameterValueTransformationIdOperationDeniedDefaultClsResourceUnsupportedOperationDeniedEsVersionUnsupportedResourceUnavailableEsUnhealthUnauthorizedOperationCam",
        ends: &[0, 30, 60, 93, 126, 158, 188, 225, 255, 292, 336, 371, 400, 424],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed.The operation failed: add private link.The operation failed: authenticate user failed.The operation failed: create trigger.The operation failed: delete connection.The operation failed: delete private link.The operation failed: delete rule.The operation failed: ES internal error.The operation failed: ES request failed.The operation failed: ES template conflict.The operation failed: error filter.The operation failed: register CLS service.The operation failed: service error.The operation failed: tag resource.The operation failed: tag resource allocate quotas.The operation failed: un tag resource.The operation failed: update connection.The operation failed: update rule.An internal error occurred.An internal error occurred: oss exception.An internal error occurred: system.An internal error occurred: unknown internal error.A parameter is invalid.A parameter is invalid: enable API gateway.A parameter is invalid: payload.A parameter value is invalid: AMP params.A parameter value is invalid: action.A parameter value is invalid: batch event count.A parameter value is invalid: batch timeout.A parameter value is invalid: c kafka target params.A parameter value is invalid: callback type.A parameter value is invalid: callback we com URL.A parameter value is invalid: connection description.A parameter value is invalid: connection id.A parameter value is invalid: connection name.A parameter value is invalid: DTS params.A parameter value is invalid: dead letter config.A parameter value is invalid: description.A parameter value is invalid: elastic search target params.A parameter value is invalid: event bus id.A parameter value is invalid: event bus name.A parameter value is invalid: event pattern.A parameter value is invalid: event trace config.A parameter value is invalid: filters.A parameter value is invalid: invalid api request config.A parameter value is invalid: invalid event.A parameter value is invalid: invalid event bus.A parameter value is invalid: invalid filter rule.A parameter value is invalid: invalid pattern.A parameter value is invalid: limit.A parameter value is invalid: link mode.A parameter value is invalid: notice receiver channel.A parameter value is invalid: notice receiver time window.A parameter value is invalid: notice receiver user ids.A parameter value is invalid: notice receiver user type.A parameter value is invalid: offset.A parameter value is invalid: order.A parameter value is invalid: order by.A parameter value is invalid: qualifier.A parameter value is invalid: rule id.A parameter value is invalid: rule name.A parameter value is invalid: tags.A parameter value is invalid: target description.A parameter value is invalid: target id.A parameter value is invalid: transformation ID.A parameter value is invalid: transformations.A parameter value is invalid: type.A limit was exceeded: banned account.A limit was exceeded: cluster private link exceeded.A limit was exceeded: connection.A limit was exceeded: event bus.A limit was exceeded: insufficient balance.A limit was exceeded: logset.A limit was exceeded: resource limit.A limit was exceeded: route over limit.A limit was exceeded: rule.A limit was exceeded: target.A limit was exceeded: trigger.A limit was exceeded: user private link exceeded.The operation was denied: account not exists.The operation was denied: default CLS resource unsupported.The operation was denied: ES version unsupported.The operation was denied: event bus resource is locked.The operation was denied: resource immutable.The operation was denied: unsupported operation.The resource is in use: default event bus.The resource is in use: event bus.The resource is in use: rule.The resource was not found.The resource was not found: connection.The resource was not found: event bus.The resource was not found: event bus not found.The resource was not found: function.The resource was not found: invalid api.The resource was not found: invalid service.The resource was not found: namespace.The resource was not found: net association.The resource was not found: private link resource.The resource was not found: role.The resource was not found: rule.The resource was not found: tag.The resource was not found: target.The resource was not found: transformation.The resource was not found: version.The resource is unavailable: connection.The resource is unavailable: ES unhealth.The resource is unavailable: target.The operation is not authorized: CAM.The operation is not supported.The operation is not supported: invalid action.The operation is not supported: invalid endpoint type.",
        ends: &[
            0, 22, 43, 82, 129, 166, 206, 248, 282, 322, 362, 405, 440, 483, 519, 554,
            605, 643, 683, 717, 744, 786, 821, 872, 895, 938, 970, 1011, 1048, 1096,
            1140, 1192, 1236, 1286, 1339, 1383, 1429, 1470, 1519, 1561, 1620, 1663, 1708,
            1752, 1801, 1839, 1896, 1940, 1988, 2038, 2084, 2120, 2160, 2214, 2272, 2327,
            2383, 2420, 2456, 2495, 2535, 2573, 2613, 2648, 2697, 2737, 2785, 2831, 2866,
            2903, 2955, 2988, 3020, 3063, 3092, 3129, 3168, 3195, 3224, 3254, 3303, 3348,
            3407, 3456, 3511, 3556, 3604, 3646, 3680, 3709, 3736, 3775, 3813, 3861, 3898,
            3938, 3982, 4020, 4064, 4114, 4147, 4180, 4212, 4247, 4290, 4326, 4366, 4407,
            4443, 4480, 4511, 4558, 4612,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 112] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaabbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccccccbbbaaaaaaaaaaaaaaaaccccaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 112] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiiiiiiiiiimmmmccccccccccccccccccccccccccccccccccccccccccccchhhhhhhhhhhhggggggjjjeeeeeeeeeeeeeeeeiiiglii",
    );
    static PILOTS: [u16; 28] = [
        36, 8, 1, 13, 101, 53, 4, 31, 9, 2, 0, 8, 0, 3, 18, 2, 16, 0, 7, 2, 18, 9, 36, 2,
        36, 103, 0, 57,
    ];
    static SLOTS: [(&str, u32); 124] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 109, 21, 103, 27, 99, 32, 15, 24, 5, 97, 1, 108, 39, 31, 71, 37,
            86, 0, 3, 4294967295, 91, 43, 4294967295, 102, 106, 53, 100, 87, 55, 60, 56,
            72, 96, 4294967295, 4294967295, 79, 6, 18, 11, 75, 35, 67, 66, 77, 64, 94,
            84, 76, 74, 40, 41, 73, 33, 44, 93, 65, 95, 12, 16, 22, 78, 83, 4294967295,
            58, 4, 14, 90, 80, 29, 85, 4294967295, 46, 92, 19, 81, 38, 4294967295, 28,
            107, 62, 23, 111, 59, 4294967295, 17, 45, 48, 42, 82, 52, 4294967295, 101,
            61, 104, 34, 47, 26, 4294967295, 25, 2, 57, 51, 98, 9, 49, 54, 70, 20, 88,
            89, 30, 8, 4294967295, 36, 7, 63, 110, 13, 105, 69, 50, 10, 68,
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
    const PROVIDER: &'static str = "Tencent Cloud EB";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud EB's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud EB: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
