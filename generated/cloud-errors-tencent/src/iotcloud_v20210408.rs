// @generated from catalogs/tencent/iotcloud_v20210408.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud IOTCLOUD v20210408: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud IOTCLOUD v20210408: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AccountIsolated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: account isolated.
    FailedOperationAccountIsolated,
    /// `FailedOperation.AlreadyDistributionDevice`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: already distribution device.
    FailedOperationAlreadyDistributionDevice,
    /// `FailedOperation.BindDeviceOverLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: bind device over limit.
    FailedOperationBindDeviceOverLimit,
    /// `FailedOperation.BindDevicePerOnceOverLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: bind device per once over limit.
    FailedOperationBindDevicePerOnceOverLimit,
    /// `FailedOperation.BroadcastTaskIsRunning`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: broadcast task is running.
    FailedOperationBroadcastTaskIsRunning,
    /// `FailedOperation.DeviceAlreadyDisabled`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: device already disabled.
    FailedOperationDeviceAlreadyDisabled,
    /// `FailedOperation.DeviceFirmwareTaskAlreadDone`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: device firmware task alread done.
    FailedOperationDeviceFirmwareTaskAlreadDone,
    /// `FailedOperation.DeviceIsUpdating`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: device is updating.
    FailedOperationDeviceIsUpdating,
    /// `FailedOperation.DeviceNoSubscription`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: device no subscription.
    FailedOperationDeviceNoSubscription,
    /// `FailedOperation.DeviceOffline`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: device offline.
    FailedOperationDeviceOffline,
    /// `FailedOperation.DeviceRunningOtherOtaTask`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: device running other ota task.
    FailedOperationDeviceRunningOtherOtaTask,
    /// `FailedOperation.DuplicationOfFunctionItem`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: duplication of function item.
    FailedOperationDuplicationOfFunctionItem,
    /// `FailedOperation.FunctionFileNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: function file not exist.
    FailedOperationFunctionFileNotExist,
    /// `FailedOperation.InvalidMsgLen`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid msg len.
    FailedOperationInvalidMsgLen,
    /// `FailedOperation.InvalidTopicName`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid topic name.
    FailedOperationInvalidTopicName,
    /// `FailedOperation.ProductNotBind`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: product not bind.
    FailedOperationProductNotBind,
    /// `FailedOperation.ProductResourceDuplicate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: product resource duplicate.
    FailedOperationProductResourceDuplicate,
    /// `FailedOperation.ProxyIPIsNotEnough`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: proxy IP is not enough.
    FailedOperationProxyIpIsNotEnough,
    /// `FailedOperation.RRPCTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: RRPC timeout.
    FailedOperationRrpcTimeout,
    /// `FailedOperation.ResourceFileNotMatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: resource file not match.
    FailedOperationResourceFileNotMatch,
    /// `FailedOperation.RuleAlreadyDisabled`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rule already disabled.
    FailedOperationRuleAlreadyDisabled,
    /// `FailedOperation.RuleAlreadyEnabled`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rule already enabled.
    FailedOperationRuleAlreadyEnabled,
    /// `FailedOperation.TidWhiteListNotOpen`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tid white list not open.
    FailedOperationTidWhiteListNotOpen,
    /// `FailedOperation.UpdateVersionNotMatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update version not match.
    FailedOperationUpdateVersionNotMatch,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.DBOperationError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB operation error.
    InternalErrorDbOperationError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.ActionNil`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: action nil.
    InvalidParameterValueActionNil,
    /// `InvalidParameterValue.CACertInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: CA cert invalid.
    InvalidParameterValueCaCertInvalid,
    /// `InvalidParameterValue.CACertNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: CA cert not match.
    InvalidParameterValueCaCertNotMatch,
    /// `InvalidParameterValue.CheckForwardURLFail`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: check forward URL fail.
    InvalidParameterValueCheckForwardUrlFail,
    /// `InvalidParameterValue.CloudComponentAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cloud component already exist.
    InvalidParameterValueCloudComponentAlreadyExist,
    /// `InvalidParameterValue.DefinedPskNotBase64`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: defined psk not base64.
    InvalidParameterValueDefinedPskNotBase64,
    /// `InvalidParameterValue.DeviceAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: device already exist.
    InvalidParameterValueDeviceAlreadyExist,
    /// `InvalidParameterValue.DeviceIsNotGateway`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: device is not gateway.
    InvalidParameterValueDeviceIsNotGateway,
    /// `InvalidParameterValue.FailActionHasSameDevice`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: fail action has same device.
    InvalidParameterValueFailActionHasSameDevice,
    /// `InvalidParameterValue.FirmwareAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: firmware already exist.
    InvalidParameterValueFirmwareAlreadyExist,
    /// `InvalidParameterValue.ForwardRedirectDenied`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: forward redirect denied.
    InvalidParameterValueForwardRedirectDenied,
    /// `InvalidParameterValue.InvalidJSON`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid JSON.
    InvalidParameterValueInvalidJson,
    /// `InvalidParameterValue.InvalidSQL`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid SQL.
    InvalidParameterValueInvalidSql,
    /// `InvalidParameterValue.JSONHasInvalidNode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: JSON has invalid node.
    InvalidParameterValueJsonHasInvalidNode,
    /// `InvalidParameterValue.JSONSizeExceedLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: JSON size exceed limit.
    InvalidParameterValueJsonSizeExceedLimit,
    /// `InvalidParameterValue.NotMergeAble`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not merge able.
    InvalidParameterValueNotMergeAble,
    /// `InvalidParameterValue.OperationDenied`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: operation denied.
    InvalidParameterValueOperationDenied,
    /// `InvalidParameterValue.ParamIncomplete`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: param incomplete.
    InvalidParameterValueParamIncomplete,
    /// `InvalidParameterValue.PayloadOverLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: payload over limit.
    InvalidParameterValuePayloadOverLimit,
    /// `InvalidParameterValue.PrefixInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: prefix invalid.
    InvalidParameterValuePrefixInvalid,
    /// `InvalidParameterValue.ProductAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: product already exist.
    InvalidParameterValueProductAlreadyExist,
    /// `InvalidParameterValue.ProductTypeNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: product type not support.
    InvalidParameterValueProductTypeNotSupport,
    /// `InvalidParameterValue.RepublishTopicFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: republish topic format error.
    InvalidParameterValueRepublishTopicFormatError,
    /// `InvalidParameterValue.RuleNumberBeyondLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: rule number beyond limit.
    InvalidParameterValueRuleNumberBeyondLimit,
    /// `InvalidParameterValue.TidProductAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tid product already exist.
    InvalidParameterValueTidProductAlreadyExist,
    /// `InvalidParameterValue.TopicPolicyAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: topic policy already exist.
    InvalidParameterValueTopicPolicyAlreadyExist,
    /// `InvalidParameterValue.TopicRuleAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: topic rule already exist.
    InvalidParameterValueTopicRuleAlreadyExist,
    /// `InvalidParameterValue.TopicRuleSqlNotEdited`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: topic rule sql not edited.
    InvalidParameterValueTopicRuleSqlNotEdited,
    /// `InvalidParameterValue.UpdateTopicRuleDBFail`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: update topic rule DB fail.
    InvalidParameterValueUpdateTopicRuleDbFail,
    /// `LimitExceeded.CAAlreadyBindProduct`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: CA already bind product.
    LimitExceededCaAlreadyBindProduct,
    /// `LimitExceeded.CACertLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: CA cert limit.
    LimitExceededCaCertLimit,
    /// `LimitExceeded.CACertNameRepeat`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: CA cert name repeat.
    LimitExceededCaCertNameRepeat,
    /// `LimitExceeded.CACertNotSupport`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: CA cert not support.
    LimitExceededCaCertNotSupport,
    /// `LimitExceeded.CARepeat`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: CA repeat.
    LimitExceededCaRepeat,
    /// `LimitExceeded.DeviceExceedLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: device exceed limit.
    LimitExceededDeviceExceedLimit,
    /// `LimitExceeded.FirmwareExceedLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: firmware exceed limit.
    LimitExceededFirmwareExceedLimit,
    /// `LimitExceeded.MessageSaved`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: message saved.
    LimitExceededMessageSaved,
    /// `LimitExceeded.OfflineMessageExceedLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: offline message exceed limit.
    LimitExceededOfflineMessageExceedLimit,
    /// `LimitExceeded.ProductExceedLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: product exceed limit.
    LimitExceededProductExceedLimit,
    /// `LimitExceeded.TopicPolicyExceedLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: topic policy exceed limit.
    LimitExceededTopicPolicyExceedLimit,
    /// `OperationDenied.GetTDMQProInternalEndpointFail`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: get TDMQ pro internal endpoint fail.
    OperationDeniedGetTdmqProInternalEndpointFail,
    /// `ResourceNotFound.CACertNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: CA cert not exist.
    ResourceNotFoundCaCertNotExist,
    /// `ResourceNotFound.CreateMultiDeviceTaskNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: create multi device task not exist.
    ResourceNotFoundCreateMultiDeviceTaskNotExist,
    /// `ResourceNotFound.DeviceFirmwareTaskNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: device firmware task not exist.
    ResourceNotFoundDeviceFirmwareTaskNotExist,
    /// `ResourceNotFound.DeviceHasNoFirmware`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: device has no firmware.
    ResourceNotFoundDeviceHasNoFirmware,
    /// `ResourceNotFound.DeviceNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: device not exist.
    ResourceNotFoundDeviceNotExist,
    /// `ResourceNotFound.DeviceResourceNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: device resource not exist.
    ResourceNotFoundDeviceResourceNotExist,
    /// `ResourceNotFound.DeviceShadowNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: device shadow not exist.
    ResourceNotFoundDeviceShadowNotExist,
    /// `ResourceNotFound.FirmwareNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: firmware not exist.
    ResourceNotFoundFirmwareNotExist,
    /// `ResourceNotFound.FirmwareTaskNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: firmware task not exist.
    ResourceNotFoundFirmwareTaskNotExist,
    /// `ResourceNotFound.ProductNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: product not exist.
    ResourceNotFoundProductNotExist,
    /// `ResourceNotFound.ProductOrDeviceNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: product or device not exist.
    ResourceNotFoundProductOrDeviceNotExist,
    /// `ResourceNotFound.ProductResourceNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: product resource not exist.
    ResourceNotFoundProductResourceNotExist,
    /// `ResourceNotFound.ResourceFileNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: resource file not exist.
    ResourceNotFoundResourceFileNotExist,
    /// `ResourceNotFound.TaskNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: task not exist.
    ResourceNotFoundTaskNotExist,
    /// `ResourceNotFound.ThingModelNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: thing model not exist.
    ResourceNotFoundThingModelNotExist,
    /// `ResourceNotFound.TopicPolicyNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: topic policy not exist.
    ResourceNotFoundTopicPolicyNotExist,
    /// `ResourceNotFound.TopicRuleNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: topic rule not exist.
    ResourceNotFoundTopicRuleNotExist,
    /// `UnauthorizedOperation.DeleteTidFail`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: delete tid fail.
    UnauthorizedOperationDeleteTidFail,
    /// `UnauthorizedOperation.DeviceHasAlreadyBindGateway`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: device has already bind gateway.
    UnauthorizedOperationDeviceHasAlreadyBindGateway,
    /// `UnauthorizedOperation.DeviceIsNotEnabled`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: device is not enabled.
    UnauthorizedOperationDeviceIsNotEnabled,
    /// `UnauthorizedOperation.DevicesExistUnderProduct`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: devices exist under product.
    UnauthorizedOperationDevicesExistUnderProduct,
    /// `UnauthorizedOperation.GatewayHasBindedDevices`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: gateway has binded devices.
    UnauthorizedOperationGatewayHasBindedDevices,
    /// `UnauthorizedOperation.PermissionDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: permission denied.
    UnauthorizedOperationPermissionDenied,
    /// `UnauthorizedOperation.ProductCantHaveLoRaDevice`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: product cant have lo ra device.
    UnauthorizedOperationProductCantHaveLoRaDevice,
    /// `UnauthorizedOperation.ProductCantHaveNormalDevice`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: product cant have normal device.
    UnauthorizedOperationProductCantHaveNormalDevice,
    /// `UnauthorizedOperation.ProductCantHaveNotLoRaDevice`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: product cant have not lo ra device.
    UnauthorizedOperationProductCantHaveNotLoRaDevice,
    /// `UnauthorizedOperation.ProductIsForbidden`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: product is forbidden.
    UnauthorizedOperationProductIsForbidden,
    /// `UnauthorizedOperation.ProductNotSupportPSK`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: product not support PSK.
    UnauthorizedOperationProductNotSupportPsk,
    /// `UnauthorizedOperation.UserNotAuthenticaed`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: user not authenticaed.
    UnauthorizedOperationUserNotAuthenticaed,
    /// `UnsupportedOperation.ClientCertAlreadyGot`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: client cert already got.
    UnsupportedOperationClientCertAlreadyGot,
    /// `UnsupportedOperation.DeviceOtaTaskInProgress`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: device ota task in progress.
    UnsupportedOperationDeviceOtaTaskInProgress,
    /// `UnsupportedOperation.GatewayProductHasBindedProduct`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: gateway product has binded product.
    UnsupportedOperationGatewayProductHasBindedProduct,
    /// `UnsupportedOperation.ProductHasBindGateway`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: product has bind gateway.
    UnsupportedOperationProductHasBindGateway,
    /// `UnsupportedOperation.ProductHasBindedGatewayProduct`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: product has binded gateway product.
    UnsupportedOperationProductHasBindedGatewayProduct,
    /// `UnsupportedOperation.SuiteTokenNoCreate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: suite token no create.
    UnsupportedOperationSuiteTokenNoCreate,
    /// `UnsupportedOperation.WrongProductAuthType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: wrong product auth type.
    UnsupportedOperationWrongProductAuthType,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 106] = [
        "FailedOperation",
        "FailedOperation.AccountIsolated",
        "FailedOperation.AlreadyDistributionDevice",
        "FailedOperation.BindDeviceOverLimit",
        "FailedOperation.BindDevicePerOnceOverLimit",
        "FailedOperation.BroadcastTaskIsRunning",
        "FailedOperation.DeviceAlreadyDisabled",
        "FailedOperation.DeviceFirmwareTaskAlreadDone",
        "FailedOperation.DeviceIsUpdating",
        "FailedOperation.DeviceNoSubscription",
        "FailedOperation.DeviceOffline",
        "FailedOperation.DeviceRunningOtherOtaTask",
        "FailedOperation.DuplicationOfFunctionItem",
        "FailedOperation.FunctionFileNotExist",
        "FailedOperation.InvalidMsgLen",
        "FailedOperation.InvalidTopicName",
        "FailedOperation.ProductNotBind",
        "FailedOperation.ProductResourceDuplicate",
        "FailedOperation.ProxyIPIsNotEnough",
        "FailedOperation.RRPCTimeout",
        "FailedOperation.ResourceFileNotMatch",
        "FailedOperation.RuleAlreadyDisabled",
        "FailedOperation.RuleAlreadyEnabled",
        "FailedOperation.TidWhiteListNotOpen",
        "FailedOperation.UpdateVersionNotMatch",
        "InternalError",
        "InternalError.DBOperationError",
        "InvalidParameter",
        "InvalidParameterValue",
        "InvalidParameterValue.ActionNil",
        "InvalidParameterValue.CACertInvalid",
        "InvalidParameterValue.CACertNotMatch",
        "InvalidParameterValue.CheckForwardURLFail",
        "InvalidParameterValue.CloudComponentAlreadyExist",
        "InvalidParameterValue.DefinedPskNotBase64",
        "InvalidParameterValue.DeviceAlreadyExist",
        "InvalidParameterValue.DeviceIsNotGateway",
        "InvalidParameterValue.FailActionHasSameDevice",
        "InvalidParameterValue.FirmwareAlreadyExist",
        "InvalidParameterValue.ForwardRedirectDenied",
        "InvalidParameterValue.InvalidJSON",
        "InvalidParameterValue.InvalidSQL",
        "InvalidParameterValue.JSONHasInvalidNode",
        "InvalidParameterValue.JSONSizeExceedLimit",
        "InvalidParameterValue.NotMergeAble",
        "InvalidParameterValue.OperationDenied",
        "InvalidParameterValue.ParamIncomplete",
        "InvalidParameterValue.PayloadOverLimit",
        "InvalidParameterValue.PrefixInvalid",
        "InvalidParameterValue.ProductAlreadyExist",
        "InvalidParameterValue.ProductTypeNotSupport",
        "InvalidParameterValue.RepublishTopicFormatError",
        "InvalidParameterValue.RuleNumberBeyondLimit",
        "InvalidParameterValue.TidProductAlreadyExist",
        "InvalidParameterValue.TopicPolicyAlreadyExist",
        "InvalidParameterValue.TopicRuleAlreadyExist",
        "InvalidParameterValue.TopicRuleSqlNotEdited",
        "InvalidParameterValue.UpdateTopicRuleDBFail",
        "LimitExceeded.CAAlreadyBindProduct",
        "LimitExceeded.CACertLimit",
        "LimitExceeded.CACertNameRepeat",
        "LimitExceeded.CACertNotSupport",
        "LimitExceeded.CARepeat",
        "LimitExceeded.DeviceExceedLimit",
        "LimitExceeded.FirmwareExceedLimit",
        "LimitExceeded.MessageSaved",
        "LimitExceeded.OfflineMessageExceedLimit",
        "LimitExceeded.ProductExceedLimit",
        "LimitExceeded.TopicPolicyExceedLimit",
        "OperationDenied.GetTDMQProInternalEndpointFail",
        "ResourceNotFound.CACertNotExist",
        "ResourceNotFound.CreateMultiDeviceTaskNotExist",
        "ResourceNotFound.DeviceFirmwareTaskNotExist",
        "ResourceNotFound.DeviceHasNoFirmware",
        "ResourceNotFound.DeviceNotExist",
        "ResourceNotFound.DeviceResourceNotExist",
        "ResourceNotFound.DeviceShadowNotExist",
        "ResourceNotFound.FirmwareNotExist",
        "ResourceNotFound.FirmwareTaskNotExist",
        "ResourceNotFound.ProductNotExist",
        "ResourceNotFound.ProductOrDeviceNotExist",
        "ResourceNotFound.ProductResourceNotExist",
        "ResourceNotFound.ResourceFileNotExist",
        "ResourceNotFound.TaskNotExist",
        "ResourceNotFound.ThingModelNotExist",
        "ResourceNotFound.TopicPolicyNotExist",
        "ResourceNotFound.TopicRuleNotExist",
        "UnauthorizedOperation.DeleteTidFail",
        "UnauthorizedOperation.DeviceHasAlreadyBindGateway",
        "UnauthorizedOperation.DeviceIsNotEnabled",
        "UnauthorizedOperation.DevicesExistUnderProduct",
        "UnauthorizedOperation.GatewayHasBindedDevices",
        "UnauthorizedOperation.PermissionDenied",
        "UnauthorizedOperation.ProductCantHaveLoRaDevice",
        "UnauthorizedOperation.ProductCantHaveNormalDevice",
        "UnauthorizedOperation.ProductCantHaveNotLoRaDevice",
        "UnauthorizedOperation.ProductIsForbidden",
        "UnauthorizedOperation.ProductNotSupportPSK",
        "UnauthorizedOperation.UserNotAuthenticaed",
        "UnsupportedOperation.ClientCertAlreadyGot",
        "UnsupportedOperation.DeviceOtaTaskInProgress",
        "UnsupportedOperation.GatewayProductHasBindedProduct",
        "UnsupportedOperation.ProductHasBindGateway",
        "UnsupportedOperation.ProductHasBindedGatewayProduct",
        "UnsupportedOperation.SuiteTokenNoCreate",
        "UnsupportedOperation.WrongProductAuthType",
    ];
    static NAME_CODES: [u32; 19] = [
        18, 19, 26, 30, 31, 32, 40, 41, 42, 43, 57, 58, 59, 60, 61, 62, 69, 70, 97,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationProxyIpIsNotEnoughFailedOperationRrpcTimeoutInternalErrorDbOperationErrorInvalidParameterValueCaCertInvalidInvalidParameterValueCaCertNotMatchInvalidParameterValueCheckForwardUrlFailInvalidParameterValueInvalidJsonInvalidParameterValueInvalidSqlInvalidParameterValueJsonHasInvalidNodeInvalidParameterValueJsonSizeExceedLimitInvalidParameterValueUpdateTopicRuleDbFailLimitExceededCaAlreadyBindProductLimitExceededCaCertLimitLimitExceededCaCertNameRepeatLimitExceededCaCertNotSupportLimitExceededCaRepeatOperationDeniedGetTdmqProInternalEndpointFailResourceNotFoundCaCertNotExistUnauthorizedOperationProductNotSupportPsk",
        ends: &[
            0, 33, 59, 88, 122, 157, 197, 229, 260, 299, 339, 381, 414, 438, 467, 496,
            517, 562, 592, 633,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.The operation failed: account isolated.The operation failed: already distribution device.The operation failed: bind device over limit.The operation failed: bind device per once over limit.The operation failed: broadcast task is running.The operation failed: device already disabled.The operation failed: device firmware task alread done.The operation failed: device is updating.The operation failed: device no subscription.The operation failed: device offline.The operation failed: device running other ota task.The operation failed: duplication of function item.The operation failed: function file not exist.The operation failed: invalid msg len.The operation failed: invalid topic name.The operation failed: product not bind.The operation failed: product resource duplicate.The operation failed: proxy IP is not enough.The operation failed: RRPC timeout.The operation failed: resource file not match.The operation failed: rule already disabled.The operation failed: rule already enabled.The operation failed: tid white list not open.The operation failed: update version not match.An internal error occurred.An internal error occurred: DB operation error.A parameter is invalid.A parameter value is invalid.A parameter value is invalid: action nil.A parameter value is invalid: CA cert invalid.A parameter value is invalid: CA cert not match.A parameter value is invalid: check forward URL fail.A parameter value is invalid: cloud component already exist.A parameter value is invalid: defined psk not base64.A parameter value is invalid: device already exist.A parameter value is invalid: device is not gateway.A parameter value is invalid: fail action has same device.A parameter value is invalid: firmware already exist.A parameter value is invalid: forward redirect denied.A parameter value is invalid: invalid JSON.A parameter value is invalid: invalid SQL.A parameter value is invalid: JSON has invalid node.A parameter value is invalid: JSON size exceed limit.A parameter value is invalid: not merge able.A parameter value is invalid: operation denied.A parameter value is invalid: param incomplete.A parameter value is invalid: payload over limit.A parameter value is invalid: prefix invalid.A parameter value is invalid: product already exist.A parameter value is invalid: product type not support.A parameter value is invalid: republish topic format error.A parameter value is invalid: rule number beyond limit.A parameter value is invalid: tid product already exist.A parameter value is invalid: topic policy already exist.A parameter value is invalid: topic rule already exist.A parameter value is invalid: topic rule sql not edited.A parameter value is invalid: update topic rule DB fail.A limit was exceeded: CA already bind product.A limit was exceeded: CA cert limit.A limit was exceeded: CA cert name repeat.A limit was exceeded: CA cert not support.A limit was exceeded: CA repeat.A limit was exceeded: device exceed limit.A limit was exceeded: firmware exceed limit.A limit was exceeded: message saved.A limit was exceeded: offline message exceed limit.A limit was exceeded: product exceed limit.A limit was exceeded: topic policy exceed limit.The operation was denied: get TDMQ pro internal endpoint fail.The resource was not found: CA cert not exist.The resource was not found: create multi device task not exist.The resource was not found: device firmware task not exist.The resource was not found: device has no firmware.The resource was not found: device not exist.The resource was not found: device resource not exist.The resource was not found: device shadow not exist.The resource was not found: firmware not exist.The resource was not found: firmware task not exist.The resource was not found: product not exist.The resource was not found: product or device not exist.The resource was not found: product resource not exist.The resource was not found: resource file not exist.The resource was not found: task not exist.The resource was not found: thing model not exist.The resource was not found: topic policy not exist.The resource was not found: topic rule not exist.The operation is not authorized: delete tid fail.The operation is not authorized: device has already bind gateway.The operation is not authorized: device is not enabled.The operation is not authorized: devices exist under product.The operation is not authorized: gateway has binded devices.The operation is not authorized: permission denied.The operation is not authorized: product cant have lo ra device.The operation is not authorized: product cant have normal device.The operation is not authorized: product cant have not lo ra device.The operation is not authorized: product is forbidden.The operation is not authorized: product not support PSK.The operation is not authorized: user not authenticaed.The operation is not supported: client cert already got.The operation is not supported: device ota task in progress.The operation is not supported: gateway product has binded product.The operation is not supported: product has bind gateway.The operation is not supported: product has binded gateway product.The operation is not supported: suite token no create.The operation is not supported: wrong product auth type.",
        ends: &[
            0, 21, 60, 110, 155, 209, 257, 303, 358, 399, 444, 481, 533, 584, 630, 668,
            709, 748, 797, 842, 877, 923, 967, 1010, 1056, 1103, 1130, 1177, 1200, 1229,
            1270, 1316, 1364, 1417, 1477, 1530, 1581, 1633, 1691, 1744, 1798, 1841, 1883,
            1935, 1988, 2033, 2080, 2127, 2176, 2221, 2273, 2328, 2387, 2442, 2498, 2555,
            2610, 2666, 2722, 2768, 2804, 2846, 2888, 2920, 2962, 3006, 3042, 3093, 3136,
            3184, 3246, 3292, 3355, 3414, 3465, 3510, 3564, 3616, 3663, 3715, 3761, 3817,
            3872, 3924, 3967, 4017, 4068, 4117, 4166, 4231, 4286, 4347, 4407, 4458, 4522,
            4587, 4655, 4709, 4766, 4821, 4877, 4937, 5004, 5061, 5128, 5182, 5238,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 106] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaabbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaccccccccccccaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 106] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiiiiiiiiiiiiiiiiimmccccccccccccccccccccccccccccccchhhhhhhhhhhgeeeeeeeeeeeeeeeeeggggggggggggiiiiiii",
    );
    static PILOTS: [u16; 27] = [
        6, 27, 17, 0, 15, 4, 30, 0, 9, 1, 12, 62, 10, 1, 0, 24, 25, 9, 13, 23, 16, 392,
        6, 6, 0, 59, 40,
    ];
    static SLOTS: [(&str, u32); 117] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            20, 44, 60, 4294967295, 92, 101, 14, 4294967295, 29, 4294967295, 65, 80, 24,
            30, 66, 96, 57, 100, 55, 21, 90, 13, 103, 87, 86, 99, 12, 84, 38, 97, 73, 33,
            6, 67, 78, 51, 8, 0, 4294967295, 7, 105, 17, 11, 82, 56, 88, 9, 19, 75, 50,
            48, 71, 4294967295, 47, 5, 54, 93, 16, 22, 4294967295, 83, 26, 45,
            4294967295, 3, 68, 49, 36, 31, 4294967295, 28, 18, 77, 4294967295, 61, 32,
            46, 59, 102, 42, 63, 23, 70, 104, 76, 25, 4294967295, 43, 10, 85, 69, 2, 27,
            81, 94, 1, 34, 58, 79, 98, 40, 4, 64, 4294967295, 95, 52, 35, 62, 74, 72, 39,
            37, 53, 91, 89, 41, 15,
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
    const PROVIDER: &'static str = "Tencent Cloud IOTCLOUD v20210408";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud IOTCLOUD v20210408's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud IOTCLOUD v20210408: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
