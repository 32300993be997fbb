// @generated from catalogs/tencent/iotcloud_v20180614.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud IOTCLOUD v20180614: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud IOTCLOUD v20180614: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AsyncTaskAlreadyStarted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: async task already started.
    FailedOperationAsyncTaskAlreadyStarted,
    /// `FailedOperation.BindDeviceOverLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: bind device over limit.
    FailedOperationBindDeviceOverLimit,
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
    /// `FailedOperation.RuleAlreadyDisabled`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rule already disabled.
    FailedOperationRuleAlreadyDisabled,
    /// `FailedOperation.RuleAlreadyEnabled`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rule already enabled.
    FailedOperationRuleAlreadyEnabled,
    /// `FailedOperation.TaskIDNotMatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task ID not match.
    FailedOperationTaskIdNotMatch,
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
    /// `InvalidParameterValue.DeviceNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: device not exist.
    InvalidParameterValueDeviceNotExist,
    /// `InvalidParameterValue.FailActionHasSameDevice`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: fail action has same device.
    InvalidParameterValueFailActionHasSameDevice,
    /// `InvalidParameterValue.FirmwareAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: firmware already exist.
    InvalidParameterValueFirmwareAlreadyExist,
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
    /// `InvalidParameterValue.ProductIsNotGateway`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: product is not gateway.
    InvalidParameterValueProductIsNotGateway,
    /// `InvalidParameterValue.ProductTypeNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: product type not support.
    InvalidParameterValueProductTypeNotSupport,
    /// `InvalidParameterValue.QueryDeviceFail`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: query device fail.
    InvalidParameterValueQueryDeviceFail,
    /// `InvalidParameterValue.QueryLoraDeviceFail`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: query lora device fail.
    InvalidParameterValueQueryLoraDeviceFail,
    /// `InvalidParameterValue.QueryNotLoraDeviceFail`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: query not lora device fail.
    InvalidParameterValueQueryNotLoraDeviceFail,
    /// `InvalidParameterValue.RegisterLoraInfoError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: register lora info error.
    InvalidParameterValueRegisterLoraInfoError,
    /// `InvalidParameterValue.RepublishTopicFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: republish topic format error.
    InvalidParameterValueRepublishTopicFormatError,
    /// `InvalidParameterValue.RuleNumberBeyondLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: rule number beyond limit.
    InvalidParameterValueRuleNumberBeyondLimit,
    /// `InvalidParameterValue.TaskIDNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: task ID not match.
    InvalidParameterValueTaskIdNotMatch,
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
    /// `LimitExceeded.PengingOrProcessingTasksExceedLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: penging or processing tasks exceed limit.
    LimitExceededPengingOrProcessingTasksExceedLimit,
    /// `LimitExceeded.ProductExceedLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: product exceed limit.
    LimitExceededProductExceedLimit,
    /// `LimitExceeded.TopicPolicyExceedLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: topic policy exceed limit.
    LimitExceededTopicPolicyExceedLimit,
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
    /// `UnauthorizedOperation.CreateMultiDeviceTaskNotFinished`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: create multi device task not finished.
    UnauthorizedOperationCreateMultiDeviceTaskNotFinished,
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
    static CODES: [&str; 102] = [
        "FailedOperation",
        "FailedOperation.AsyncTaskAlreadyStarted",
        "FailedOperation.BindDeviceOverLimit",
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
        "FailedOperation.RuleAlreadyDisabled",
        "FailedOperation.RuleAlreadyEnabled",
        "FailedOperation.TaskIDNotMatch",
        "FailedOperation.TidWhiteListNotOpen",
        "FailedOperation.UpdateVersionNotMatch",
        "InternalError",
        "InternalError.DBOperationError",
        "InvalidParameter",
        "InvalidParameterValue",
        "InvalidParameterValue.ActionNil",
        "InvalidParameterValue.CheckForwardURLFail",
        "InvalidParameterValue.CloudComponentAlreadyExist",
        "InvalidParameterValue.DefinedPskNotBase64",
        "InvalidParameterValue.DeviceAlreadyExist",
        "InvalidParameterValue.DeviceIsNotGateway",
        "InvalidParameterValue.DeviceNotExist",
        "InvalidParameterValue.FailActionHasSameDevice",
        "InvalidParameterValue.FirmwareAlreadyExist",
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
        "InvalidParameterValue.ProductIsNotGateway",
        "InvalidParameterValue.ProductTypeNotSupport",
        "InvalidParameterValue.QueryDeviceFail",
        "InvalidParameterValue.QueryLoraDeviceFail",
        "InvalidParameterValue.QueryNotLoraDeviceFail",
        "InvalidParameterValue.RegisterLoraInfoError",
        "InvalidParameterValue.RepublishTopicFormatError",
        "InvalidParameterValue.RuleNumberBeyondLimit",
        "InvalidParameterValue.TaskIDNotMatch",
        "InvalidParameterValue.TidProductAlreadyExist",
        "InvalidParameterValue.TopicPolicyAlreadyExist",
        "InvalidParameterValue.TopicRuleAlreadyExist",
        "InvalidParameterValue.TopicRuleSqlNotEdited",
        "InvalidParameterValue.UpdateTopicRuleDBFail",
        "LimitExceeded.DeviceExceedLimit",
        "LimitExceeded.FirmwareExceedLimit",
        "LimitExceeded.MessageSaved",
        "LimitExceeded.OfflineMessageExceedLimit",
        "LimitExceeded.PengingOrProcessingTasksExceedLimit",
        "LimitExceeded.ProductExceedLimit",
        "LimitExceeded.TopicPolicyExceedLimit",
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
        "UnauthorizedOperation.CreateMultiDeviceTaskNotFinished",
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
    static NAME_CODES: [u32; 12] = [16, 17, 20, 24, 28, 36, 37, 38, 39, 54, 59, 93];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationProxyIpIsNotEnoughFailedOperationRrpcTimeoutFailedOperationTaskIdNotMatchInternalErrorDbOperationErrorInvalidParameterValueCheckForwardUrlFailInvalidParameterValueInvalidJsonInvalidParameterValueInvalidSqlInvalidParameterValueJsonHasInvalidNodeInvalidParameterValueJsonSizeExceedLimitInvalidParameterValueTaskIdNotMatchInvalidParameterValueUpdateTopicRuleDbFailUnauthorizedOperationProductNotSupportPsk",
        ends: &[0, 33, 59, 88, 117, 157, 189, 220, 259, 299, 334, 376, 417],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.The operation failed: async task already started.The operation failed: bind device over limit.The operation failed: broadcast task is running.The operation failed: device already disabled.The operation failed: device firmware task alread done.The operation failed: device is updating.The operation failed: device no subscription.The operation failed: device offline.The operation failed: device running other ota task.The operation failed: duplication of function item.The operation failed: function file not exist.The operation failed: invalid msg len.The operation failed: invalid topic name.The operation failed: product not bind.The operation failed: product resource duplicate.The operation failed: proxy IP is not enough.The operation failed: RRPC timeout.The operation failed: rule already disabled.The operation failed: rule already enabled.The operation failed: task ID not match.The operation failed: tid white list not open.The operation failed: update version not match.An internal error occurred.An internal error occurred: DB operation error.A parameter is invalid.A parameter value is invalid.A parameter value is invalid: action nil.A parameter value is invalid: check forward URL fail.A parameter value is invalid: cloud component already exist.A parameter value is invalid: defined psk not base64.A parameter value is invalid: device already exist.A parameter value is invalid: device is not gateway.A parameter value is invalid: device not exist.A parameter value is invalid: fail action has same device.A parameter value is invalid: firmware already exist.A parameter value is invalid: invalid JSON.A parameter value is invalid: invalid SQL.A parameter value is invalid: JSON has invalid node.A parameter value is invalid: JSON size exceed limit.A parameter value is invalid: not merge able.A parameter value is invalid: operation denied.A parameter value is invalid: param incomplete.A parameter value is invalid: payload over limit.A parameter value is invalid: prefix invalid.A parameter value is invalid: product already exist.A parameter value is invalid: product is not gateway.A parameter value is invalid: product type not support.A parameter value is invalid: query device fail.A parameter value is invalid: query lora device fail.A parameter value is invalid: query not lora device fail.A parameter value is invalid: register lora info error.A parameter value is invalid: republish topic format error.A parameter value is invalid: rule number beyond limit.A parameter value is invalid: task ID not match.A parameter value is invalid: tid product already exist.A parameter value is invalid: topic policy already exist.A parameter value is invalid: topic rule already exist.A parameter value is invalid: topic rule sql not edited.A parameter value is invalid: update topic rule DB fail.A limit was exceeded: device exceed limit.A limit was exceeded: firmware exceed limit.A limit was exceeded: message saved.A limit was exceeded: offline message exceed limit.A limit was exceeded: penging or processing tasks exceed limit.A limit was exceeded: product exceed limit.A limit was exceeded: topic policy exceed limit.The resource was not found: create multi device task not exist.The resource was not found: device firmware task not exist.The resource was not found: device has no firmware.The resource was not found: device not exist.The resource was not found: device resource not exist.The resource was not found: device shadow not exist.The resource was not found: firmware not exist.The resource was not found: firmware task not exist.The resource was not found: product not exist.The resource was not found: product or device not exist.The resource was not found: product resource not exist.The resource was not found: resource file not exist.The resource was not found: task not exist.The resource was not found: thing model not exist.The resource was not found: topic policy not exist.The resource was not found: topic rule not exist.The operation is not authorized: create multi device task not finished.The operation is not authorized: device has already bind gateway.The operation is not authorized: device is not enabled.The operation is not authorized: devices exist under product.The operation is not authorized: gateway has binded devices.The operation is not authorized: permission denied.The operation is not authorized: product cant have lo ra device.The operation is not authorized: product cant have normal device.The operation is not authorized: product cant have not lo ra device.The operation is not authorized: product is forbidden.The operation is not authorized: product not support PSK.The operation is not authorized: user not authenticaed.The operation is not supported: client cert already got.The operation is not supported: device ota task in progress.The operation is not supported: gateway product has binded product.The operation is not supported: product has bind gateway.The operation is not supported: product has binded gateway product.The operation is not supported: suite token no create.The operation is not supported: wrong product auth type.",
        ends: &[
            0, 21, 70, 115, 163, 209, 264, 305, 350, 387, 439, 490, 536, 574, 615, 654,
            703, 748, 783, 827, 870, 910, 956, 1003, 1030, 1077, 1100, 1129, 1170, 1223,
            1283, 1336, 1387, 1439, 1486, 1544, 1597, 1640, 1682, 1734, 1787, 1832, 1879,
            1926, 1975, 2020, 2072, 2125, 2180, 2228, 2281, 2338, 2393, 2452, 2507, 2555,
            2611, 2668, 2723, 2779, 2835, 2877, 2921, 2957, 3008, 3071, 3114, 3162, 3225,
            3284, 3335, 3380, 3434, 3486, 3533, 3585, 3631, 3687, 3742, 3794, 3837, 3887,
            3938, 3987, 4058, 4123, 4178, 4239, 4299, 4350, 4414, 4479, 4547, 4601, 4658,
            4713, 4769, 4829, 4896, 4953, 5020, 5074, 5130,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 102] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaabbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccccccccccccaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 102] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiiiiiiiiiiiiiiimmccccccccccccccccccccccccccccccccccchhhhhhheeeeeeeeeeeeeeeeggggggggggggiiiiiii",
    );
    static PILOTS: [u16; 26] = [
        17, 7, 9, 1, 1, 0, 3, 11, 8, 11, 37, 7, 56, 4, 2, 2, 53, 13, 25, 97, 21, 0, 278,
        8, 4, 34,
    ];
    static SLOTS: [(&str, u32); 113] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            1, 63, 5, 11, 75, 81, 68, 43, 15, 82, 95, 87, 35, 37, 4294967295, 77, 50, 57,
            4294967295, 52, 3, 101, 59, 91, 4294967295, 25, 30, 33, 93, 45, 6, 96, 18,
            47, 4294967295, 32, 4294967295, 84, 14, 4294967295, 72, 90, 49, 67, 55, 29,
            94, 65, 100, 17, 4294967295, 24, 36, 31, 27, 76, 38, 85, 34, 42, 19, 2,
            4294967295, 21, 69, 39, 64, 61, 74, 89, 4294967295, 41, 70, 7, 78, 54, 8, 0,
            58, 16, 66, 53, 86, 28, 23, 88, 20, 26, 46, 4294967295, 83, 73, 40, 99, 62,
            92, 71, 48, 12, 4, 97, 9, 60, 13, 80, 51, 10, 4294967295, 79, 44, 98, 22, 56,
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
    const PROVIDER: &'static str = "Tencent Cloud IOTCLOUD v20180614";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud IOTCLOUD v20180614's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud IOTCLOUD v20180614: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
