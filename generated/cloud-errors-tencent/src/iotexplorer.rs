// @generated from catalogs/tencent/iotexplorer.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud IOTEXPLORER: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud IOTEXPLORER: a variant per documented code,
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
    /// `FailedOperation.ActionUnreachable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: action unreachable.
    FailedOperationActionUnreachable,
    /// `FailedOperation.AnotherOperationIsRunning`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: another operation is running.
    FailedOperationAnotherOperationIsRunning,
    /// `FailedOperation.BalanceInsufficient`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: balance insufficient.
    FailedOperationBalanceInsufficient,
    /// `FailedOperation.BroadcastTaskIsRunning`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: broadcast task is running.
    FailedOperationBroadcastTaskIsRunning,
    /// `FailedOperation.CloudStorageAIPackageExpireTimeExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cloud storage AI package expire time exceeded.
    FailedOperationCloudStorageAiPackageExpireTimeExceeded,
    /// `FailedOperation.CloudStorageAIServiceNotEnabled`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cloud storage AI service not enabled.
    FailedOperationCloudStorageAiServiceNotEnabled,
    /// `FailedOperation.CloudStorageAIServiceTaskAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cloud storage AI service task already exists.
    FailedOperationCloudStorageAiServiceTaskAlreadyExists,
    /// `FailedOperation.CloudStoragePackageRequired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cloud storage package required.
    FailedOperationCloudStoragePackageRequired,
    /// `FailedOperation.CreateOrderFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create order failed.
    FailedOperationCreateOrderFailed,
    /// `FailedOperation.CustomOrderIdAlreadyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: custom order id already exist.
    FailedOperationCustomOrderIdAlreadyExist,
    /// `FailedOperation.DeliverOrderFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: deliver order failed.
    FailedOperationDeliverOrderFailed,
    /// `FailedOperation.DeviceAlreadyDisabled`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: device already disabled.
    FailedOperationDeviceAlreadyDisabled,
    /// `FailedOperation.DeviceFirmwareIsUpdated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: device firmware is updated.
    FailedOperationDeviceFirmwareIsUpdated,
    /// `FailedOperation.DeviceInfoOutdated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: device info outdated.
    FailedOperationDeviceInfoOutdated,
    /// `FailedOperation.DeviceIsUpdating`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: device is updating.
    FailedOperationDeviceIsUpdating,
    /// `FailedOperation.DeviceNoSubscription`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: device no subscription.
    FailedOperationDeviceNoSubscription,
    /// `FailedOperation.DeviceOffline`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: device offline.
    FailedOperationDeviceOffline,
    /// `FailedOperation.OtherUpdateTaskExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: other update task exist.
    FailedOperationOtherUpdateTaskExist,
    /// `FailedOperation.ProductIotVideoServiceNotEnabled`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: product iot video service not enabled.
    FailedOperationProductIotVideoServiceNotEnabled,
    /// `FailedOperation.ProductNotReleased`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: product not released.
    FailedOperationProductNotReleased,
    /// `FailedOperation.RRPCTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: RRPC timeout.
    FailedOperationRrpcTimeout,
    /// `FailedOperation.RequestTRTCFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: request TRTC fail.
    FailedOperationRequestTrtcFail,
    /// `FailedOperation.RuleAlreadyDisabled`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rule already disabled.
    FailedOperationRuleAlreadyDisabled,
    /// `FailedOperation.RuleAlreadyEnabled`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rule already enabled.
    FailedOperationRuleAlreadyEnabled,
    /// `FailedOperation.SeePostPaidServiceAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: see post paid service already exists.
    FailedOperationSeePostPaidServiceAlreadyExists,
    /// `FailedOperation.SeePostPaidServiceIsolated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: see post paid service isolated.
    FailedOperationSeePostPaidServiceIsolated,
    /// `FailedOperation.SeePostPaidServiceIsolatedByAccount`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: see post paid service isolated by account.
    FailedOperationSeePostPaidServiceIsolatedByAccount,
    /// `FailedOperation.SeePostPaidServiceNotExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: see post paid service not exists.
    FailedOperationSeePostPaidServiceNotExists,
    /// `FailedOperation.SeePrePaidSubscriptionAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: see pre paid subscription already exists.
    FailedOperationSeePrePaidSubscriptionAlreadyExists,
    /// `FailedOperation.SeePrePaidSubscriptionConflicts`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: see pre paid subscription conflicts.
    FailedOperationSeePrePaidSubscriptionConflicts,
    /// `FailedOperation.SeePrePaidSubscriptionDurationExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: see pre paid subscription duration exceeded.
    FailedOperationSeePrePaidSubscriptionDurationExceeded,
    /// `FailedOperation.SeePrePaidSubscriptionEndTimeExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: see pre paid subscription end time exceeded.
    FailedOperationSeePrePaidSubscriptionEndTimeExceeded,
    /// `FailedOperation.SeePrePaidSubscriptionInvalidStatus`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: see pre paid subscription invalid status.
    FailedOperationSeePrePaidSubscriptionInvalidStatus,
    /// `FailedOperation.SeePrePaidSubscriptionIsolated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: see pre paid subscription isolated.
    FailedOperationSeePrePaidSubscriptionIsolated,
    /// `FailedOperation.SeeSubscriptionNotIsolated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: see subscription not isolated.
    FailedOperationSeeSubscriptionNotIsolated,
    /// `FailedOperation.SomeProductIsAlreadyBinded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: some product is already binded.
    FailedOperationSomeProductIsAlreadyBinded,
    /// `FailedOperation.TargetDeviceHasEnabledWeSeeConfig`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: target device has enabled we see config.
    FailedOperationTargetDeviceHasEnabledWeSeeConfig,
    /// `FailedOperation.Timeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: timeout.
    FailedOperationTimeout,
    /// `FailedOperation.WeSeeServiceNotEnabled`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: we see service not enabled.
    FailedOperationWeSeeServiceNotEnabled,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.DBOperationError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB operation error.
    InternalErrorDbOperationError,
    /// `InternalError.DBOpertaionError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB opertaion error.
    InternalErrorDbOpertaionError,
    /// `InternalError.InternalLoRaServerError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal lo ra server error.
    InternalErrorInternalLoRaServerError,
    /// `InternalError.InternalRPCError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal RPC error.
    InternalErrorInternalRpcError,
    /// `InternalError.InternalServerException`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal server exception.
    InternalErrorInternalServerException,
    /// `InternalError.InternalServerExceptionDB`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal server exception DB.
    InternalErrorInternalServerExceptionDb,
    /// `InternalError.Timeout`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: timeout.
    InternalErrorTimeout,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ActionInputParamsInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: action input params invalid.
    InvalidParameterActionInputParamsInvalid,
    /// `InvalidParameter.FirmwareAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: firmware already exist.
    InvalidParameterFirmwareAlreadyExist,
    /// `InvalidParameter.ProductIsNotGateway`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: product is not gateway.
    InvalidParameterProductIsNotGateway,
    /// `InvalidParameter.RoomIdExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: room id exist.
    InvalidParameterRoomIdExist,
    /// `InvalidParameter.UserIdOverLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: user id over limit.
    InvalidParameterUserIdOverLimit,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.ActionNil`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: action nil.
    InvalidParameterValueActionNil,
    /// `InvalidParameterValue.ActionNilOrNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: action nil or not exist.
    InvalidParameterValueActionNilOrNotExist,
    /// `InvalidParameterValue.AppDescriptionTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: app description too long.
    InvalidParameterValueAppDescriptionTooLong,
    /// `InvalidParameterValue.AppExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: app exists.
    InvalidParameterValueAppExists,
    /// `InvalidParameterValue.AppNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: app name too long.
    InvalidParameterValueAppNameTooLong,
    /// `InvalidParameterValue.AppNoPermission`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: app no permission.
    InvalidParameterValueAppNoPermission,
    /// `InvalidParameterValue.AppNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: app not exists.
    InvalidParameterValueAppNotExists,
    /// `InvalidParameterValue.CheckForwardURLFail`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: check forward URL fail.
    InvalidParameterValueCheckForwardUrlFail,
    /// `InvalidParameterValue.CloudStorageAIPackageIdNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cloud storage AI package id not exist.
    InvalidParameterValueCloudStorageAiPackageIdNotExist,
    /// `InvalidParameterValue.DeviceAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: device already exist.
    InvalidParameterValueDeviceAlreadyExist,
    /// `InvalidParameterValue.DeviceHasNotBindGateway`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: device has not bind gateway.
    InvalidParameterValueDeviceHasNotBindGateway,
    /// `InvalidParameterValue.DeviceIsNotGateway`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: device is not gateway.
    InvalidParameterValueDeviceIsNotGateway,
    /// `InvalidParameterValue.DeviceNameInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: device name invalid.
    InvalidParameterValueDeviceNameInvalid,
    /// `InvalidParameterValue.DeviceNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: device not exist.
    InvalidParameterValueDeviceNotExist,
    /// `InvalidParameterValue.ErrLLSyncBroadcastDeviceNameLengthExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: err LL sync broadcast device name length exceed.
    InvalidParameterValueErrLlSyncBroadcastDeviceNameLengthExceed,
    /// `InvalidParameterValue.ErrorTaskNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: error task not exist.
    InvalidParameterValueErrorTaskNotExist,
    /// `InvalidParameterValue.FailActionHasSameDevice`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: fail action has same device.
    InvalidParameterValueFailActionHasSameDevice,
    /// `InvalidParameterValue.FirmwareAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: firmware already exist.
    InvalidParameterValueFirmwareAlreadyExist,
    /// `InvalidParameterValue.ForwardRedirectDenied`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: forward redirect denied.
    InvalidParameterValueForwardRedirectDenied,
    /// `InvalidParameterValue.GetProductsListError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: get products list error.
    InvalidParameterValueGetProductsListError,
    /// `InvalidParameterValue.InvalidAppKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid app key.
    InvalidParameterValueInvalidAppKey,
    /// `InvalidParameterValue.InvalidCallbackToken`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid callback token.
    InvalidParameterValueInvalidCallbackToken,
    /// `InvalidParameterValue.InvalidCallbackUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid callback url.
    InvalidParameterValueInvalidCallbackUrl,
    /// `InvalidParameterValue.InvalidSQL`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid SQL.
    InvalidParameterValueInvalidSql,
    /// `InvalidParameterValue.InvalidURL`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid URL.
    InvalidParameterValueInvalidUrl,
    /// `InvalidParameterValue.LoRaFreqParmsError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lo ra freq parms error.
    InvalidParameterValueLoRaFreqParmsError,
    /// `InvalidParameterValue.ModelDefineDontMatchTemplate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: model define dont match template.
    InvalidParameterValueModelDefineDontMatchTemplate,
    /// `InvalidParameterValue.ModelDefineDupID`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: model define dup ID.
    InvalidParameterValueModelDefineDupId,
    /// `InvalidParameterValue.ModelDefineErrorModel`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: model define error model.
    InvalidParameterValueModelDefineErrorModel,
    /// `InvalidParameterValue.ModelDefineErrorType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: model define error type.
    InvalidParameterValueModelDefineErrorType,
    /// `InvalidParameterValue.ModelDefineEventParamsDupID`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: model define event params dup ID.
    InvalidParameterValueModelDefineEventParamsDupId,
    /// `InvalidParameterValue.ModelDefineEventParamsExceedLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: model define event params exceed limit.
    InvalidParameterValueModelDefineEventParamsExceedLimit,
    /// `InvalidParameterValue.ModelDefineEventPropError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: model define event prop error.
    InvalidParameterValueModelDefineEventPropError,
    /// `InvalidParameterValue.ModelDefineEventPropNameError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: model define event prop name error.
    InvalidParameterValueModelDefineEventPropNameError,
    /// `InvalidParameterValue.ModelDefineEventTypeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: model define event type error.
    InvalidParameterValueModelDefineEventTypeError,
    /// `InvalidParameterValue.ModelDefineInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: model define invalid.
    InvalidParameterValueModelDefineInvalid,
    /// `InvalidParameterValue.ModelDefineNil`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: model define nil.
    InvalidParameterValueModelDefineNil,
    /// `InvalidParameterValue.ModelDefinePropBoolMappingError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: model define prop bool mapping error.
    InvalidParameterValueModelDefinePropBoolMappingError,
    /// `InvalidParameterValue.ModelDefinePropEnumMappingError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: model define prop enum mapping error.
    InvalidParameterValueModelDefinePropEnumMappingError,
    /// `InvalidParameterValue.ModelDefinePropRangeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: model define prop range error.
    InvalidParameterValueModelDefinePropRangeError,
    /// `InvalidParameterValue.ModelDefinePropRangeOverflow`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: model define prop range overflow.
    InvalidParameterValueModelDefinePropRangeOverflow,
    /// `InvalidParameterValue.ModelPropertyNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: model property not exist.
    InvalidParameterValueModelPropertyNotExist,
    /// `InvalidParameterValue.MsgContentInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: msg content invalid.
    InvalidParameterValueMsgContentInvalid,
    /// `InvalidParameterValue.MsgLevelInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: msg level invalid.
    InvalidParameterValueMsgLevelInvalid,
    /// `InvalidParameterValue.MsgTitleInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: msg title invalid.
    InvalidParameterValueMsgTitleInvalid,
    /// `InvalidParameterValue.MsgTypeInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: msg type invalid.
    InvalidParameterValueMsgTypeInvalid,
    /// `InvalidParameterValue.NoPermission`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: no permission.
    InvalidParameterValueNoPermission,
    /// `InvalidParameterValue.OperationDenied`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: operation denied.
    InvalidParameterValueOperationDenied,
    /// `InvalidParameterValue.PayloadOverLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: payload over limit.
    InvalidParameterValuePayloadOverLimit,
    /// `InvalidParameterValue.ProductAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: product already exist.
    InvalidParameterValueProductAlreadyExist,
    /// `InvalidParameterValue.ProductIDInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: product ID invalid.
    InvalidParameterValueProductIdInvalid,
    /// `InvalidParameterValue.ProductIsNotGateway`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: product is not gateway.
    InvalidParameterValueProductIsNotGateway,
    /// `InvalidParameterValue.ProductParmsError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: product parms error.
    InvalidParameterValueProductParmsError,
    /// `InvalidParameterValue.ProjectParmsError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: project parms error.
    InvalidParameterValueProjectParmsError,
    /// `InvalidParameterValue.PushEnvironmentInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: push environment invalid.
    InvalidParameterValuePushEnvironmentInvalid,
    /// `InvalidParameterValue.RepublishTopicFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: republish topic format error.
    InvalidParameterValueRepublishTopicFormatError,
    /// `InvalidParameterValue.RuleNumberBeyondLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: rule number beyond limit.
    InvalidParameterValueRuleNumberBeyondLimit,
    /// `InvalidParameterValue.SelectKeyFromBinaryPayload`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: select key from binary payload.
    InvalidParameterValueSelectKeyFromBinaryPayload,
    /// `InvalidParameterValue.ShareDeviceToSelf`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: share device to self.
    InvalidParameterValueShareDeviceToSelf,
    /// `InvalidParameterValue.StartTimeLaterEndTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: start time later end time.
    InvalidParameterValueStartTimeLaterEndTime,
    /// `InvalidParameterValue.TPNSAndroidValidationFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: TPNS android validation failed.
    InvalidParameterValueTpnsAndroidValidationFailed,
    /// `InvalidParameterValue.TPNSiOSValidationFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: TPN si OS validation failed.
    InvalidParameterValueTpnSiOsValidationFailed,
    /// `InvalidParameterValue.TopicMismatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: topic mismatch.
    InvalidParameterValueTopicMismatch,
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
    /// `InvalidParameterValue.UserIDInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: user ID invalid.
    InvalidParameterValueUserIdInvalid,
    /// `InvalidParameterValue.VPNParmsError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: VPN parms error.
    InvalidParameterValueVpnParmsError,
    /// `LimitExceeded.ApplicationExceedLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: application exceed limit.
    LimitExceededApplicationExceedLimit,
    /// `LimitExceeded.BatchProductionExceedLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: batch production exceed limit.
    LimitExceededBatchProductionExceedLimit,
    /// `LimitExceeded.BatchProductionNull`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: batch production null.
    LimitExceededBatchProductionNull,
    /// `LimitExceeded.BindProductsExceedLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: bind products exceed limit.
    LimitExceededBindProductsExceedLimit,
    /// `LimitExceeded.DeviceExceedLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: device exceed limit.
    LimitExceededDeviceExceedLimit,
    /// `LimitExceeded.DeviceLicenseLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: device license limit exceeded.
    LimitExceededDeviceLicenseLimitExceeded,
    /// `LimitExceeded.FirmwareExceedLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: firmware exceed limit.
    LimitExceededFirmwareExceedLimit,
    /// `LimitExceeded.MessageSaved`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: message saved.
    LimitExceededMessageSaved,
    /// `LimitExceeded.ProductExceedLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: product exceed limit.
    LimitExceededProductExceedLimit,
    /// `LimitExceeded.ProjectExceedLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: project exceed limit.
    LimitExceededProjectExceedLimit,
    /// `LimitExceeded.ReturnResourceLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: return resource limit exceeded.
    LimitExceededReturnResourceLimitExceeded,
    /// `LimitExceeded.StudioLoRaFreqExceedLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: studio lo ra freq exceed limit.
    LimitExceededStudioLoRaFreqExceedLimit,
    /// `LimitExceeded.StudioProductExceedLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: studio product exceed limit.
    LimitExceededStudioProductExceedLimit,
    /// `LimitExceeded.ThingModelExceedLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: thing model exceed limit.
    LimitExceededThingModelExceedLimit,
    /// `LimitExceeded.TopicPolicyExceedLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: topic policy exceed limit.
    LimitExceededTopicPolicyExceedLimit,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.ModelDefineEventTypeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: model define event type error.
    MissingParameterModelDefineEventTypeError,
    /// `OperationDenied.InstanceNotBelongToUser`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: instance not belong to user.
    OperationDeniedInstanceNotBelongToUser,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceInsufficient.BatchProductionIsRunning`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: batch production is running.
    ResourceInsufficientBatchProductionIsRunning,
    /// `ResourceInsufficient.CloudStorageAIServiceTaskQuotaInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: cloud storage AI service task quota insufficient.
    ResourceInsufficientCloudStorageAiServiceTaskQuotaInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.AppNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: app not exists.
    ResourceNotFoundAppNotExists,
    /// `ResourceNotFound.BatchProductionNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: batch production not exist.
    ResourceNotFoundBatchProductionNotExist,
    /// `ResourceNotFound.CannotGetFromUrl`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cannot get from url.
    ResourceNotFoundCannotGetFromUrl,
    /// `ResourceNotFound.CloudStorageAIServiceTask`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cloud storage AI service task.
    ResourceNotFoundCloudStorageAiServiceTask,
    /// `ResourceNotFound.CloudStorageAIServiceTaskFile`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cloud storage AI service task file.
    ResourceNotFoundCloudStorageAiServiceTaskFile,
    /// `ResourceNotFound.DeviceChannelNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: device channel not exist.
    ResourceNotFoundDeviceChannelNotExist,
    /// `ResourceNotFound.DeviceDupKeyExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: device dup key exist.
    ResourceNotFoundDeviceDupKeyExist,
    /// `ResourceNotFound.DeviceFirmWareNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: device firm ware not exist.
    ResourceNotFoundDeviceFirmWareNotExist,
    /// `ResourceNotFound.DeviceHasNoFirmware`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: device has no firmware.
    ResourceNotFoundDeviceHasNoFirmware,
    /// `ResourceNotFound.DeviceNotBind`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: device not bind.
    ResourceNotFoundDeviceNotBind,
    /// `ResourceNotFound.DeviceNotBound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: device not bound.
    ResourceNotFoundDeviceNotBound,
    /// `ResourceNotFound.DeviceNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: device not exist.
    ResourceNotFoundDeviceNotExist,
    /// `ResourceNotFound.DeviceShadowNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: device shadow not exist.
    ResourceNotFoundDeviceShadowNotExist,
    /// `ResourceNotFound.FenceBindNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: fence bind not exist.
    ResourceNotFoundFenceBindNotExist,
    /// `ResourceNotFound.FenceNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: fence not exist.
    ResourceNotFoundFenceNotExist,
    /// `ResourceNotFound.FirmwareNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: firmware not exist.
    ResourceNotFoundFirmwareNotExist,
    /// `ResourceNotFound.FirmwareTaskNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: firmware task not exist.
    ResourceNotFoundFirmwareTaskNotExist,
    /// `ResourceNotFound.GatewayDupKeyExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: gateway dup key exist.
    ResourceNotFoundGatewayDupKeyExist,
    /// `ResourceNotFound.GatewayNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: gateway not exist.
    ResourceNotFoundGatewayNotExist,
    /// `ResourceNotFound.InstanceNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instance not exist.
    ResourceNotFoundInstanceNotExist,
    /// `ResourceNotFound.ModuleNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: module not exist.
    ResourceNotFoundModuleNotExist,
    /// `ResourceNotFound.ProductNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: product not exist.
    ResourceNotFoundProductNotExist,
    /// `ResourceNotFound.ProductOrDeviceNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: product or device not exist.
    ResourceNotFoundProductOrDeviceNotExist,
    /// `ResourceNotFound.ProductResourceNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: product resource not exist.
    ResourceNotFoundProductResourceNotExist,
    /// `ResourceNotFound.ProjectNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: project not exist.
    ResourceNotFoundProjectNotExist,
    /// `ResourceNotFound.SeeCallbackNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: see callback not exist.
    ResourceNotFoundSeeCallbackNotExist,
    /// `ResourceNotFound.SeePostPaidServiceNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: see post paid service not exist.
    ResourceNotFoundSeePostPaidServiceNotExist,
    /// `ResourceNotFound.SeePrePaidSubscriptionNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: see pre paid subscription not exist.
    ResourceNotFoundSeePrePaidSubscriptionNotExist,
    /// `ResourceNotFound.SeeTaskNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: see task not exist.
    ResourceNotFoundSeeTaskNotExist,
    /// `ResourceNotFound.SpaceNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: space not exist.
    ResourceNotFoundSpaceNotExist,
    /// `ResourceNotFound.StudioLoRaFreqNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: studio lo ra freq not exist.
    ResourceNotFoundStudioLoRaFreqNotExist,
    /// `ResourceNotFound.StudioProductNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: studio product not exist.
    ResourceNotFoundStudioProductNotExist,
    /// `ResourceNotFound.TopicPolicyNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: topic policy not exist.
    ResourceNotFoundTopicPolicyNotExist,
    /// `ResourceNotFound.TopicRuleNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: topic rule not exist.
    ResourceNotFoundTopicRuleNotExist,
    /// `ResourceUnavailable.WeSeeServiceIsolated`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: we see service isolated.
    ResourceUnavailableWeSeeServiceIsolated,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.APPNoPermissionToStudioProduct`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: APP no permission to studio product.
    UnauthorizedOperationAppNoPermissionToStudioProduct,
    /// `UnauthorizedOperation.ApiCreateAITaskNotInWhitelist`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: api create AI task not in whitelist.
    UnauthorizedOperationApiCreateAiTaskNotInWhitelist,
    /// `UnauthorizedOperation.AppNoPermission`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: app no permission.
    UnauthorizedOperationAppNoPermission,
    /// `UnauthorizedOperation.CertificationNeedUpgrade`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: certification need upgrade.
    UnauthorizedOperationCertificationNeedUpgrade,
    /// `UnauthorizedOperation.DeviceHasAlreadyBindGateway`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: device has already bind gateway.
    UnauthorizedOperationDeviceHasAlreadyBindGateway,
    /// `UnauthorizedOperation.DeviceIsNotEnabled`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: device is not enabled.
    UnauthorizedOperationDeviceIsNotEnabled,
    /// `UnauthorizedOperation.GatewayHasBindedDevices`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: gateway has binded devices.
    UnauthorizedOperationGatewayHasBindedDevices,
    /// `UnauthorizedOperation.NoPermissionToFamily`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no permission to family.
    UnauthorizedOperationNoPermissionToFamily,
    /// `UnauthorizedOperation.NoPermissionToInstance`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no permission to instance.
    UnauthorizedOperationNoPermissionToInstance,
    /// `UnauthorizedOperation.NoPermissionToPay`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no permission to pay.
    UnauthorizedOperationNoPermissionToPay,
    /// `UnauthorizedOperation.NoPermissionToProject`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no permission to project.
    UnauthorizedOperationNoPermissionToProject,
    /// `UnauthorizedOperation.NoPermissionToShareDevice`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no permission to share device.
    UnauthorizedOperationNoPermissionToShareDevice,
    /// `UnauthorizedOperation.NoPermissionToStudioFence`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no permission to studio fence.
    UnauthorizedOperationNoPermissionToStudioFence,
    /// `UnauthorizedOperation.NoPermissionToStudioInstance`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no permission to studio instance.
    UnauthorizedOperationNoPermissionToStudioInstance,
    /// `UnauthorizedOperation.NoPermissionToStudioProduct`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no permission to studio product.
    UnauthorizedOperationNoPermissionToStudioProduct,
    /// `UnauthorizedOperation.NoPermissionToTRTCRoom`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no permission to TRTC room.
    UnauthorizedOperationNoPermissionToTrtcRoom,
    /// `UnauthorizedOperation.NoVerified`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no verified.
    UnauthorizedOperationNoVerified,
    /// `UnauthorizedOperation.NotCertification`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: not certification.
    UnauthorizedOperationNotCertification,
    /// `UnauthorizedOperation.PermissionDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: permission denied.
    UnauthorizedOperationPermissionDenied,
    /// `UnauthorizedOperation.ProductNotSupportPSK`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: product not support PSK.
    UnauthorizedOperationProductNotSupportPsk,
    /// `UnauthorizedOperation.UserLicenseExceedLimit`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: user license exceed limit.
    UnauthorizedOperationUserLicenseExceedLimit,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.BindsExistUnderFence`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: binds exist under fence.
    UnsupportedOperationBindsExistUnderFence,
    /// `UnsupportedOperation.CannotReBindFamily`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cannot re bind family.
    UnsupportedOperationCannotReBindFamily,
    /// `UnsupportedOperation.CapabilityNotSupportedInSeeServiceType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: capability not supported in see service type.
    UnsupportedOperationCapabilityNotSupportedInSeeServiceType,
    /// `UnsupportedOperation.CloudStoragePackageTimeMismatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cloud storage package time mismatch.
    UnsupportedOperationCloudStoragePackageTimeMismatch,
    /// `UnsupportedOperation.CloudStoragePackageTypeMismatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cloud storage package type mismatch.
    UnsupportedOperationCloudStoragePackageTypeMismatch,
    /// `UnsupportedOperation.DeviceDupKeyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: device dup key exist.
    UnsupportedOperationDeviceDupKeyExist,
    /// `UnsupportedOperation.DeviceExceedLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: device exceed limit.
    UnsupportedOperationDeviceExceedLimit,
    /// `UnsupportedOperation.DeviceOtaTaskInProgress`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: device ota task in progress.
    UnsupportedOperationDeviceOtaTaskInProgress,
    /// `UnsupportedOperation.DeviceType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: device type.
    UnsupportedOperationDeviceType,
    /// `UnsupportedOperation.DevicesExistUnderProduct`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: devices exist under product.
    UnsupportedOperationDevicesExistUnderProduct,
    /// `UnsupportedOperation.DoesNotSellInThisRegion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: does not sell in this region.
    UnsupportedOperationDoesNotSellInThisRegion,
    /// `UnsupportedOperation.EnableSaasServiceExistUnderProject`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: enable saas service exist under project.
    UnsupportedOperationEnableSaasServiceExistUnderProject,
    /// `UnsupportedOperation.ExistBindedDevicesUnderGatewayProduct`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: exist binded devices under gateway product.
    UnsupportedOperationExistBindedDevicesUnderGatewayProduct,
    /// `UnsupportedOperation.FenceDupKeyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: fence dup key exist.
    UnsupportedOperationFenceDupKeyExist,
    /// `UnsupportedOperation.FenceExistUnderSpace`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: fence exist under space.
    UnsupportedOperationFenceExistUnderSpace,
    /// `UnsupportedOperation.GatewayProductHasBindedProduct`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: gateway product has binded product.
    UnsupportedOperationGatewayProductHasBindedProduct,
    /// `UnsupportedOperation.InstanceIsolated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance isolated.
    UnsupportedOperationInstanceIsolated,
    /// `UnsupportedOperation.LoRaFreqDupKeyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: lo ra freq dup key exist.
    UnsupportedOperationLoRaFreqDupKeyExist,
    /// `UnsupportedOperation.LoRaNoUpLink`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: lo ra no up link.
    UnsupportedOperationLoRaNoUpLink,
    /// `UnsupportedOperation.LoRaNotActivate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: lo ra not activate.
    UnsupportedOperationLoRaNotActivate,
    /// `UnsupportedOperation.NoPermissionToReleasedProduct`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: no permission to released product.
    UnsupportedOperationNoPermissionToReleasedProduct,
    /// `UnsupportedOperation.NodesExistUnderVPN`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: nodes exist under VPN.
    UnsupportedOperationNodesExistUnderVpn,
    /// `UnsupportedOperation.PoolExistUnderProject`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: pool exist under project.
    UnsupportedOperationPoolExistUnderProject,
    /// `UnsupportedOperation.ProductDupKeyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: product dup key exist.
    UnsupportedOperationProductDupKeyExist,
    /// `UnsupportedOperation.ProductExistUnderProject`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: product exist under project.
    UnsupportedOperationProductExistUnderProject,
    /// `UnsupportedOperation.ProductHasBindedGateWayProduct`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: product has binded gate way product.
    UnsupportedOperationProductHasBindedGateWayProduct,
    /// `UnsupportedOperation.ProductHasShared`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: product has shared.
    UnsupportedOperationProductHasShared,
    /// `UnsupportedOperation.ProductIsSubProduct`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: product is sub product.
    UnsupportedOperationProductIsSubProduct,
    /// `UnsupportedOperation.ProjectDupKeyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: project dup key exist.
    UnsupportedOperationProjectDupKeyExist,
    /// `UnsupportedOperation.SpaceDupKeyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: space dup key exist.
    UnsupportedOperationSpaceDupKeyExist,
    /// `UnsupportedOperation.StaffPoolDupNameExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: staff pool dup name exist.
    UnsupportedOperationStaffPoolDupNameExist,
    /// `UnsupportedOperation.StudioLoRaFreqInUsed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: studio lo ra freq in used.
    UnsupportedOperationStudioLoRaFreqInUsed,
    /// `UnsupportedOperation.TRTCServiceNotOpen`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: TRTC service not open.
    UnsupportedOperationTrtcServiceNotOpen,
    /// `UnsupportedOperation.UnpaidOrder`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unpaid order.
    UnsupportedOperationUnpaidOrder,
    /// `UnsupportedOperation.VPNDupKeyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: VPN dup key exist.
    UnsupportedOperationVpnDupKeyExist,
    /// `UnsupportedOperation.VideoAccountNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: video account not exist.
    UnsupportedOperationVideoAccountNotExist,
    /// `UnsupportedOperation.VideoInsufficientLicenses`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: video insufficient licenses.
    UnsupportedOperationVideoInsufficientLicenses,
    /// `UnsupportedOperation.VideoProductNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: video product not exist.
    UnsupportedOperationVideoProductNotExist,
    /// `UnsupportedOperation.VirtualDeviceCannotBind`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: virtual device cannot bind.
    UnsupportedOperationVirtualDeviceCannotBind,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 245] = [
        "AuthFailure",
        "FailedOperation",
        "FailedOperation.ActionUnreachable",
        "FailedOperation.AnotherOperationIsRunning",
        "FailedOperation.BalanceInsufficient",
        "FailedOperation.BroadcastTaskIsRunning",
        "FailedOperation.CloudStorageAIPackageExpireTimeExceeded",
        "FailedOperation.CloudStorageAIServiceNotEnabled",
        "FailedOperation.CloudStorageAIServiceTaskAlreadyExists",
        "FailedOperation.CloudStoragePackageRequired",
        "FailedOperation.CreateOrderFailed",
        "FailedOperation.CustomOrderIdAlreadyExist",
        "FailedOperation.DeliverOrderFailed",
        "FailedOperation.DeviceAlreadyDisabled",
        "FailedOperation.DeviceFirmwareIsUpdated",
        "FailedOperation.DeviceInfoOutdated",
        "FailedOperation.DeviceIsUpdating",
        "FailedOperation.DeviceNoSubscription",
        "FailedOperation.DeviceOffline",
        "FailedOperation.OtherUpdateTaskExist",
        "FailedOperation.ProductIotVideoServiceNotEnabled",
        "FailedOperation.ProductNotReleased",
        "FailedOperation.RRPCTimeout",
        "FailedOperation.RequestTRTCFail",
        "FailedOperation.RuleAlreadyDisabled",
        "FailedOperation.RuleAlreadyEnabled",
        "FailedOperation.SeePostPaidServiceAlreadyExists",
        "FailedOperation.SeePostPaidServiceIsolated",
        "FailedOperation.SeePostPaidServiceIsolatedByAccount",
        "FailedOperation.SeePostPaidServiceNotExists",
        "FailedOperation.SeePrePaidSubscriptionAlreadyExists",
        "FailedOperation.SeePrePaidSubscriptionConflicts",
        "FailedOperation.SeePrePaidSubscriptionDurationExceeded",
        "FailedOperation.SeePrePaidSubscriptionEndTimeExceeded",
        "FailedOperation.SeePrePaidSubscriptionInvalidStatus",
        "FailedOperation.SeePrePaidSubscriptionIsolated",
        "FailedOperation.SeeSubscriptionNotIsolated",
        "FailedOperation.SomeProductIsAlreadyBinded",
        "FailedOperation.TargetDeviceHasEnabledWeSeeConfig",
        "FailedOperation.Timeout",
        "FailedOperation.WeSeeServiceNotEnabled",
        "InternalError",
        "InternalError.DBOperationError",
        "InternalError.DBOpertaionError",
        "InternalError.InternalLoRaServerError",
        "InternalError.InternalRPCError",
        "InternalError.InternalServerException",
        "InternalError.InternalServerExceptionDB",
        "InternalError.Timeout",
        "InvalidParameter",
        "InvalidParameter.ActionInputParamsInvalid",
        "InvalidParameter.FirmwareAlreadyExist",
        "InvalidParameter.ProductIsNotGateway",
        "InvalidParameter.RoomIdExist",
        "InvalidParameter.UserIdOverLimit",
        "InvalidParameterValue",
        "InvalidParameterValue.ActionNil",
        "InvalidParameterValue.ActionNilOrNotExist",
        "InvalidParameterValue.AppDescriptionTooLong",
        "InvalidParameterValue.AppExists",
        "InvalidParameterValue.AppNameTooLong",
        "InvalidParameterValue.AppNoPermission",
        "InvalidParameterValue.AppNotExists",
        "InvalidParameterValue.CheckForwardURLFail",
        "InvalidParameterValue.CloudStorageAIPackageIdNotExist",
        "InvalidParameterValue.DeviceAlreadyExist",
        "InvalidParameterValue.DeviceHasNotBindGateway",
        "InvalidParameterValue.DeviceIsNotGateway",
        "InvalidParameterValue.DeviceNameInvalid",
        "InvalidParameterValue.DeviceNotExist",
        "InvalidParameterValue.ErrLLSyncBroadcastDeviceNameLengthExceed",
        "InvalidParameterValue.ErrorTaskNotExist",
        "InvalidParameterValue.FailActionHasSameDevice",
        "InvalidParameterValue.FirmwareAlreadyExist",
        "InvalidParameterValue.ForwardRedirectDenied",
        "InvalidParameterValue.GetProductsListError",
        "InvalidParameterValue.InvalidAppKey",
        "InvalidParameterValue.InvalidCallbackToken",
        "InvalidParameterValue.InvalidCallbackUrl",
        "InvalidParameterValue.InvalidSQL",
        "InvalidParameterValue.InvalidURL",
        "InvalidParameterValue.LoRaFreqParmsError",
        "InvalidParameterValue.ModelDefineDontMatchTemplate",
        "InvalidParameterValue.ModelDefineDupID",
        "InvalidParameterValue.ModelDefineErrorModel",
        "InvalidParameterValue.ModelDefineErrorType",
        "InvalidParameterValue.ModelDefineEventParamsDupID",
        "InvalidParameterValue.ModelDefineEventParamsExceedLimit",
        "InvalidParameterValue.ModelDefineEventPropError",
        "InvalidParameterValue.ModelDefineEventPropNameError",
        "InvalidParameterValue.ModelDefineEventTypeError",
        "InvalidParameterValue.ModelDefineInvalid",
        "InvalidParameterValue.ModelDefineNil",
        "InvalidParameterValue.ModelDefinePropBoolMappingError",
        "InvalidParameterValue.ModelDefinePropEnumMappingError",
        "InvalidParameterValue.ModelDefinePropRangeError",
        "InvalidParameterValue.ModelDefinePropRangeOverflow",
        "InvalidParameterValue.ModelPropertyNotExist",
        "InvalidParameterValue.MsgContentInvalid",
        "InvalidParameterValue.MsgLevelInvalid",
        "InvalidParameterValue.MsgTitleInvalid",
        "InvalidParameterValue.MsgTypeInvalid",
        "InvalidParameterValue.NoPermission",
        "InvalidParameterValue.OperationDenied",
        "InvalidParameterValue.PayloadOverLimit",
        "InvalidParameterValue.ProductAlreadyExist",
        "InvalidParameterValue.ProductIDInvalid",
        "InvalidParameterValue.ProductIsNotGateway",
        "InvalidParameterValue.ProductParmsError",
        "InvalidParameterValue.ProjectParmsError",
        "InvalidParameterValue.PushEnvironmentInvalid",
        "InvalidParameterValue.RepublishTopicFormatError",
        "InvalidParameterValue.RuleNumberBeyondLimit",
        "InvalidParameterValue.SelectKeyFromBinaryPayload",
        "InvalidParameterValue.ShareDeviceToSelf",
        "InvalidParameterValue.StartTimeLaterEndTime",
        "InvalidParameterValue.TPNSAndroidValidationFailed",
        "InvalidParameterValue.TPNSiOSValidationFailed",
        "InvalidParameterValue.TopicMismatch",
        "InvalidParameterValue.TopicPolicyAlreadyExist",
        "InvalidParameterValue.TopicRuleAlreadyExist",
        "InvalidParameterValue.TopicRuleSqlNotEdited",
        "InvalidParameterValue.UpdateTopicRuleDBFail",
        "InvalidParameterValue.UserIDInvalid",
        "InvalidParameterValue.VPNParmsError",
        "LimitExceeded.ApplicationExceedLimit",
        "LimitExceeded.BatchProductionExceedLimit",
        "LimitExceeded.BatchProductionNull",
        "LimitExceeded.BindProductsExceedLimit",
        "LimitExceeded.DeviceExceedLimit",
        "LimitExceeded.DeviceLicenseLimitExceeded",
        "LimitExceeded.FirmwareExceedLimit",
        "LimitExceeded.MessageSaved",
        "LimitExceeded.ProductExceedLimit",
        "LimitExceeded.ProjectExceedLimit",
        "LimitExceeded.ReturnResourceLimitExceeded",
        "LimitExceeded.StudioLoRaFreqExceedLimit",
        "LimitExceeded.StudioProductExceedLimit",
        "LimitExceeded.ThingModelExceedLimit",
        "LimitExceeded.TopicPolicyExceedLimit",
        "MissingParameter",
        "MissingParameter.ModelDefineEventTypeError",
        "OperationDenied.InstanceNotBelongToUser",
        "ResourceInsufficient",
        "ResourceInsufficient.BatchProductionIsRunning",
        "ResourceInsufficient.CloudStorageAIServiceTaskQuotaInsufficient",
        "ResourceNotFound",
        "ResourceNotFound.AppNotExists",
        "ResourceNotFound.BatchProductionNotExist",
        "ResourceNotFound.CannotGetFromUrl",
        "ResourceNotFound.CloudStorageAIServiceTask",
        "ResourceNotFound.CloudStorageAIServiceTaskFile",
        "ResourceNotFound.DeviceChannelNotExist",
        "ResourceNotFound.DeviceDupKeyExist",
        "ResourceNotFound.DeviceFirmWareNotExist",
        "ResourceNotFound.DeviceHasNoFirmware",
        "ResourceNotFound.DeviceNotBind",
        "ResourceNotFound.DeviceNotBound",
        "ResourceNotFound.DeviceNotExist",
        "ResourceNotFound.DeviceShadowNotExist",
        "ResourceNotFound.FenceBindNotExist",
        "ResourceNotFound.FenceNotExist",
        "ResourceNotFound.FirmwareNotExist",
        "ResourceNotFound.FirmwareTaskNotExist",
        "ResourceNotFound.GatewayDupKeyExist",
        "ResourceNotFound.GatewayNotExist",
        "ResourceNotFound.InstanceNotExist",
        "ResourceNotFound.ModuleNotExist",
        "ResourceNotFound.ProductNotExist",
        "ResourceNotFound.ProductOrDeviceNotExist",
        "ResourceNotFound.ProductResourceNotExist",
        "ResourceNotFound.ProjectNotExist",
        "ResourceNotFound.SeeCallbackNotExist",
        "ResourceNotFound.SeePostPaidServiceNotExist",
        "ResourceNotFound.SeePrePaidSubscriptionNotExist",
        "ResourceNotFound.SeeTaskNotExist",
        "ResourceNotFound.SpaceNotExist",
        "ResourceNotFound.StudioLoRaFreqNotExist",
        "ResourceNotFound.StudioProductNotExist",
        "ResourceNotFound.TopicPolicyNotExist",
        "ResourceNotFound.TopicRuleNotExist",
        "ResourceUnavailable.WeSeeServiceIsolated",
        "UnauthorizedOperation",
        "UnauthorizedOperation.APPNoPermissionToStudioProduct",
        "UnauthorizedOperation.ApiCreateAITaskNotInWhitelist",
        "UnauthorizedOperation.AppNoPermission",
        "UnauthorizedOperation.CertificationNeedUpgrade",
        "UnauthorizedOperation.DeviceHasAlreadyBindGateway",
        "UnauthorizedOperation.DeviceIsNotEnabled",
        "UnauthorizedOperation.GatewayHasBindedDevices",
        "UnauthorizedOperation.NoPermissionToFamily",
        "UnauthorizedOperation.NoPermissionToInstance",
        "UnauthorizedOperation.NoPermissionToPay",
        "UnauthorizedOperation.NoPermissionToProject",
        "UnauthorizedOperation.NoPermissionToShareDevice",
        "UnauthorizedOperation.NoPermissionToStudioFence",
        "UnauthorizedOperation.NoPermissionToStudioInstance",
        "UnauthorizedOperation.NoPermissionToStudioProduct",
        "UnauthorizedOperation.NoPermissionToTRTCRoom",
        "UnauthorizedOperation.NoVerified",
        "UnauthorizedOperation.NotCertification",
        "UnauthorizedOperation.PermissionDenied",
        "UnauthorizedOperation.ProductNotSupportPSK",
        "UnauthorizedOperation.UserLicenseExceedLimit",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.BindsExistUnderFence",
        "UnsupportedOperation.CannotReBindFamily",
        "UnsupportedOperation.CapabilityNotSupportedInSeeServiceType",
        "UnsupportedOperation.CloudStoragePackageTimeMismatch",
        "UnsupportedOperation.CloudStoragePackageTypeMismatch",
        "UnsupportedOperation.DeviceDupKeyExist",
        "UnsupportedOperation.DeviceExceedLimit",
        "UnsupportedOperation.DeviceOtaTaskInProgress",
        "UnsupportedOperation.DeviceType",
        "UnsupportedOperation.DevicesExistUnderProduct",
        "UnsupportedOperation.DoesNotSellInThisRegion",
        "UnsupportedOperation.EnableSaasServiceExistUnderProject",
        "UnsupportedOperation.ExistBindedDevicesUnderGatewayProduct",
        "UnsupportedOperation.FenceDupKeyExist",
        "UnsupportedOperation.FenceExistUnderSpace",
        "UnsupportedOperation.GatewayProductHasBindedProduct",
        "UnsupportedOperation.InstanceIsolated",
        "UnsupportedOperation.LoRaFreqDupKeyExist",
        "UnsupportedOperation.LoRaNoUpLink",
        "UnsupportedOperation.LoRaNotActivate",
        "UnsupportedOperation.NoPermissionToReleasedProduct",
        "UnsupportedOperation.NodesExistUnderVPN",
        "UnsupportedOperation.PoolExistUnderProject",
        "UnsupportedOperation.ProductDupKeyExist",
        "UnsupportedOperation.ProductExistUnderProject",
        "UnsupportedOperation.ProductHasBindedGateWayProduct",
        "UnsupportedOperation.ProductHasShared",
        "UnsupportedOperation.ProductIsSubProduct",
        "UnsupportedOperation.ProjectDupKeyExist",
        "UnsupportedOperation.SpaceDupKeyExist",
        "UnsupportedOperation.StaffPoolDupNameExist",
        "UnsupportedOperation.StudioLoRaFreqInUsed",
        "UnsupportedOperation.TRTCServiceNotOpen",
        "UnsupportedOperation.UnpaidOrder",
        "UnsupportedOperation.VPNDupKeyExist",
        "UnsupportedOperation.VideoAccountNotExist",
        "UnsupportedOperation.VideoInsufficientLicenses",
        "UnsupportedOperation.VideoProductNotExist",
        "UnsupportedOperation.VirtualDeviceCannotBind",
    ];
    static NAME_CODES: [u32; 32] = [
        6, 7, 8, 22, 23, 42, 43, 45, 47, 63, 64, 70, 79, 80, 83, 86, 106, 116, 117, 122,
        123, 124, 145, 150, 151, 183, 184, 198, 202, 227, 238, 240,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationCloudStorageAiPackageExpireTimeExceededFailedOperationCloudStorageAiServiceNotEnabledFailedOperationCloudStorageAiServiceTaskAlreadyExistsFailedOperationRrpcTimeoutFailedOperationRequestTrtcFailInternalErrorDbOperationErrorInternalErrorDbOpertaionErrorInternalErrorInternalRpcErrorInternalErrorInternalServerExceptionDbInvalidParameterValueCheckForwardUrlFailInvalidParameterValueCloudStorageAiPackageIdNotExistInvalidParameterValueErrLlSyncBroadcastDeviceNameLengthExceedInvalidParameterValueInvalidSqlInvalidParameterValueInvalidUrlInvalidParameterValueModelDefineDupIdInvalidParameterValueModelDefineEventParamsDupIdInvalidParameterValueProductIdInvalidInvalidParameterValueTpnsAndroidValidationFailedInvalidParameterValueTpnSiOsValidationFailedInvalidParameterValueUpdateTopicRuleDbFailInvalidParameterValueUserIdInvalidInvalidParameterValueVpnParmsErrorResourceInsufficientCloudStorageAiServiceTaskQuotaInsufficientResourceNotFoundCloudStorageAiServiceTaskResourceNotFoundCloudStorageAiServiceTaskFileUnauthorizedOperationAppNoPermissionToStudioProductUnauthorizedOperationApiCreateAiTaskNotInWhitelistUnauthorizedOperationNoPermissionToTrtcRoomUnauthorizedOperationProductNotSupportPskUnsupportedOperationNodesExistUnderVpnUnsupportedOperationTrtcServiceNotOpenUnsupportedOperationVpnDupKeyExist",
        ends: &[
            0, 54, 100, 153, 179, 209, 238, 267, 296, 334, 374, 426, 487, 518, 549, 586,
            634, 671, 719, 763, 805, 839, 873, 935, 976, 1021, 1072, 1122, 1165, 1206,
            1244, 1282, 1316,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed.The operation failed: action unreachable.The operation failed: another operation is running.The operation failed: balance insufficient.The operation failed: broadcast task is running.The operation failed: cloud storage AI package expire time exceeded.The operation failed: cloud storage AI service not enabled.The operation failed: cloud storage AI service task already exists.The operation failed: cloud storage package required.The operation failed: create order failed.The operation failed: custom order id already exist.The operation failed: deliver order failed.The operation failed: device already disabled.The operation failed: device firmware is updated.The operation failed: device info outdated.The operation failed: device is updating.The operation failed: device no subscription.The operation failed: device offline.The operation failed: other update task exist.The operation failed: product iot video service not enabled.The operation failed: product not released.The operation failed: RRPC timeout.The operation failed: request TRTC fail.The operation failed: rule already disabled.The operation failed: rule already enabled.The operation failed: see post paid service already exists.The operation failed: see post paid service isolated.The operation failed: see post paid service isolated by account.The operation failed: see post paid service not exists.The operation failed: see pre paid subscription already exists.The operation failed: see pre paid subscription conflicts.The operation failed: see pre paid subscription duration exceeded.The operation failed: see pre paid subscription end time exceeded.The operation failed: see pre paid subscription invalid status.The operation failed: see pre paid subscription isolated.The operation failed: see subscription not isolated.The operation failed: some product is already binded.The operation failed: target device has enabled we see config.The operation failed: timeout.The operation failed: we see service not enabled.An internal error occurred.An internal error occurred: DB operation error.An internal error occurred: DB opertaion error.An internal error occurred: internal lo ra server error.An internal error occurred: internal RPC error.An internal error occurred: internal server exception.An internal error occurred: internal server exception DB.An internal error occurred: timeout.A parameter is invalid.A parameter is invalid: action input params invalid.A parameter is invalid: firmware already exist.A parameter is invalid: product is not gateway.A parameter is invalid: room id exist.A parameter is invalid: user id over limit.A parameter value is invalid.A parameter value is invalid: action nil.A parameter value is invalid: action nil or not exist.A parameter value is invalid: app description too long.A parameter value is invalid: app exists.A parameter value is invalid: app name too long.A parameter value is invalid: app no permission.A parameter value is invalid: app not exists.A parameter value is invalid: check forward URL fail.A parameter value is invalid: cloud storage AI package id not exist.A parameter value is invalid: device already exist.A parameter value is invalid: device has not bind gateway.A parameter value is invalid: device is not gateway.A parameter value is invalid: device name invalid.A parameter value is invalid: device not exist.A parameter value is invalid: err LL sync broadcast device name length exceed.A parameter value is invalid: error task not exist.A parameter value is invalid: fail action has same device.A parameter value is invalid: firmware already exist.A parameter value is invalid: forward redirect denied.A parameter value is invalid: get products list error.A parameter value is invalid: invalid app key.A parameter value is invalid: invalid callback token.A parameter value is invalid: invalid callback url.A parameter value is invalid: invalid SQL.A parameter value is invalid: invalid URL.A parameter value is invalid: lo ra freq parms error.A parameter value is invalid: model define dont match template.A parameter value is invalid: model define dup ID.A parameter value is invalid: model define error model.A parameter value is invalid: model define error type.A parameter value is invalid: model define event params dup ID.A parameter value is invalid: model define event params exceed limit.A parameter value is invalid: model define event prop error.A parameter value is invalid: model define event prop name error.A parameter value is invalid: model define event type error.A parameter value is invalid: model define invalid.A parameter value is invalid: model define nil.A parameter value is invalid: model define prop bool mapping error.A parameter value is invalid: model define prop enum mapping error.A parameter value is invalid: model define prop range error.A parameter value is invalid: model define prop range overflow.A parameter value is invalid: model property not exist.A parameter value is invalid: msg content invalid.A parameter value is invalid: msg level invalid.A parameter value is invalid: msg title invalid.A parameter value is invalid: msg type invalid.A parameter value is invalid: no permission.A parameter value is invalid: operation denied.A parameter value is invalid: payload over limit.A parameter value is invalid: product already exist.A parameter value is invalid: product ID invalid.A parameter value is invalid: product is not gateway.A parameter value is invalid: product parms error.A parameter value is invalid: project parms error.A parameter value is invalid: push environment invalid.A parameter value is invalid: republish topic format error.A parameter value is invalid: rule number beyond limit.A parameter value is invalid: select key from binary payload.A parameter value is invalid: share device to self.A parameter value is invalid: start time later end time.A parameter value is invalid: TPNS android validation failed.A parameter value is invalid: TPN si OS validation failed.A parameter value is invalid: topic mismatch.A parameter value is invalid: topic policy already exist.A parameter value is invalid: topic rule already exist.A parameter value is invalid: topic rule sql not edited.A parameter value is invalid: update topic rule DB fail.A parameter value is invalid: user ID invalid.A parameter value is invalid: VPN parms error.A limit was exceeded: application exceed limit.A limit was exceeded: batch production exceed limit.A limit was exceeded: batch production null.A limit was exceeded: bind products exceed limit.A limit was exceeded: device exceed limit.A limit was exceeded: device license limit exceeded.A limit was exceeded: firmware exceed limit.A limit was exceeded: message saved.A limit was exceeded: product exceed limit.A limit was exceeded: project exceed limit.A limit was exceeded: return resource limit exceeded.A limit was exceeded: studio lo ra freq exceed limit.A limit was exceeded: studio product exceed limit.A limit was exceeded: thing model exceed limit.A limit was exceeded: topic policy exceed limit.A required parameter is missing.A required parameter is missing: model define event type error.The operation was denied: instance not belong to user.Resources are insufficient.Resources are insufficient: batch production is running.Resources are insufficient: cloud storage AI service task quota insufficient.The resource was not found.The resource was not found: app not exists.The resource was not found: batch production not exist.The resource was not found: cannot get from url.The resource was not found: cloud storage AI service task.The resource was not found: cloud storage AI service task file.The resource was not found: device channel not exist.The resource was not found: device dup key exist.The resource was not found: device firm ware not exist.The resource was not found: device has no firmware.The resource was not found: device not bind.The resource was not found: device not bound.The resource was not found: device not exist.The resource was not found: device shadow not exist.The resource was not found: fence bind not exist.The resource was not found: fence not exist.The resource was not found: firmware not exist.The resource was not found: firmware task not exist.The resource was not found: gateway dup key exist.The resource was not found: gateway not exist.The resource was not found: instance not exist.The resource was not found: module not exist.The resource was not found: product not exist.The resource was not found: product or device not exist.The resource was not found: product resource not exist.The resource was not found: project not exist.The resource was not found: see callback not exist.The resource was not found: see post paid service not exist.The resource was not found: see pre paid subscription not exist.The resource was not found: see task not exist.The resource was not found: space not exist.The resource was not found: studio lo ra freq not exist.The resource was not found: studio product not exist.The resource was not found: topic policy not exist.The resource was not found: topic rule not exist.The resource is unavailable: we see service isolated.The operation is not authorized.The operation is not authorized: APP no permission to studio product.The operation is not authorized: api create AI task not in whitelist.The operation is not authorized: app no permission.The operation is not authorized: certification need upgrade.The operation is not authorized: device has already bind gateway.The operation is not authorized: device is not enabled.The operation is not authorized: gateway has binded devices.The operation is not authorized: no permission to family.The operation is not authorized: no permission to instance.The operation is not authorized: no permission to pay.The operation is not authorized: no permission to project.The operation is not authorized: no permission to share device.The operation is not authorized: no permission to studio fence.The operation is not authorized: no permission to studio instance.The operation is not authorized: no permission to studio product.The operation is not authorized: no permission to TRTC room.The operation is not authorized: no verified.The operation is not authorized: not certification.The operation is not authorized: permission denied.The operation is not authorized: product not support PSK.The operation is not authorized: user license exceed limit.An unknown parameter was given.The operation is not supported.The operation is not supported: binds exist under fence.The operation is not supported: cannot re bind family.The operation is not supported: capability not supported in see service type.The operation is not supported: cloud storage package time mismatch.The operation is not supported: cloud storage package type mismatch.The operation is not supported: device dup key exist.The operation is not supported: device exceed limit.The operation is not supported: device ota task in progress.The operation is not supported: device type.The operation is not supported: devices exist under product.The operation is not supported: does not sell in this region.The operation is not supported: enable saas service exist under project.The operation is not supported: exist binded devices under gateway product.The operation is not supported: fence dup key exist.The operation is not supported: fence exist under space.The operation is not supported: gateway product has binded product.The operation is not supported: instance isolated.The operation is not supported: lo ra freq dup key exist.The operation is not supported: lo ra no up link.The operation is not supported: lo ra not activate.The operation is not supported: no permission to released product.The operation is not supported: nodes exist under VPN.The operation is not supported: pool exist under project.The operation is not supported: product dup key exist.The operation is not supported: product exist under project.The operation is not supported: product has binded gate way product.The operation is not supported: product has shared.The operation is not supported: product is sub product.The operation is not supported: project dup key exist.The operation is not supported: space dup key exist.The operation is not supported: staff pool dup name exist.The operation is not supported: studio lo ra freq in used.The operation is not supported: TRTC service not open.The operation is not supported: unpaid order.The operation is not supported: VPN dup key exist.The operation is not supported: video account not exist.The operation is not supported: video insufficient licenses.The operation is not supported: video product not exist.The operation is not supported: virtual device cannot bind.",
        ends: &[
            0, 22, 43, 84, 135, 178, 226, 294, 353, 420, 473, 515, 567, 610, 656, 705,
            748, 789, 834, 871, 917, 977, 1020, 1055, 1095, 1139, 1182, 1241, 1294, 1358,
            1413, 1476, 1534, 1600, 1666, 1729, 1786, 1838, 1891, 1953, 1983, 2032, 2059,
            2106, 2153, 2209, 2256, 2310, 2367, 2403, 2426, 2478, 2525, 2572, 2610, 2653,
            2682, 2723, 2777, 2832, 2873, 2921, 2969, 3014, 3067, 3135, 3186, 3244, 3296,
            3346, 3393, 3471, 3522, 3580, 3633, 3687, 3741, 3787, 3840, 3891, 3933, 3975,
            4028, 4091, 4141, 4196, 4250, 4313, 4382, 4442, 4507, 4567, 4618, 4665, 4732,
            4799, 4859, 4922, 4977, 5027, 5075, 5123, 5170, 5214, 5261, 5310, 5362, 5411,
            5464, 5514, 5564, 5619, 5678, 5733, 5794, 5845, 5901, 5962, 6020, 6065, 6122,
            6177, 6233, 6289, 6335, 6381, 6428, 6480, 6524, 6573, 6615, 6667, 6711, 6747,
            6790, 6833, 6886, 6939, 6989, 7036, 7084, 7116, 7179, 7233, 7260, 7316, 7393,
            7420, 7463, 7518, 7566, 7624, 7687, 7740, 7789, 7844, 7895, 7939, 7984, 8029,
            8081, 8130, 8174, 8221, 8273, 8323, 8369, 8416, 8461, 8507, 8563, 8618, 8664,
            8715, 8775, 8839, 8886, 8930, 8986, 9039, 9090, 9139, 9192, 9224, 9293, 9362,
            9413, 9473, 9538, 9593, 9653, 9710, 9769, 9823, 9881, 9944, 10007, 10073,
            10138, 10198, 10243, 10294, 10345, 10402, 10461, 10492, 10523, 10579, 10633,
            10710, 10778, 10846, 10899, 10951, 11011, 11055, 11115, 11176, 11248, 11323,
            11375, 11431, 11498, 11548, 11605, 11654, 11705, 11771, 11825, 11882, 11936,
            11996, 12064, 12115, 12170, 12224, 12276, 12334, 12392, 12446, 12491, 12541,
            12597, 12657, 12713, 12772,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 245] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccccaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacccccccccccccccccccccccaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 245] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimmmmmmmmcccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccchhhhhhhhhhhhhhhccghhheeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeiggggggggggggggggggggggcliiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii",
    );
    static PILOTS: [u16; 62] = [
        2, 10, 33, 35, 61, 73, 2, 79, 30, 20, 1, 46, 0, 11, 15, 5, 0, 13, 4, 0, 26, 30,
        14, 83, 167, 38, 2, 37, 4, 21, 37, 110, 1, 0, 30, 48, 2, 5, 9, 6, 0, 2, 46, 228,
        1, 5, 193, 58, 3, 201, 49, 169, 125, 2, 67, 4, 6, 2, 0, 0, 7, 9,
    ];
    static SLOTS: [(&str, u32); 272] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            40, 101, 242, 201, 228, 68, 12, 77, 31, 161, 218, 76, 159, 221, 53,
            4294967295, 42, 226, 192, 4294967295, 74, 168, 20, 113, 17, 26, 8, 144,
            4294967295, 5, 73, 60, 59, 4294967295, 220, 47, 124, 84, 238, 179, 38, 174,
            4294967295, 150, 155, 210, 69, 117, 160, 169, 171, 140, 13, 122, 132, 187,
            180, 177, 4294967295, 23, 165, 184, 2, 200, 64, 96, 6, 45, 208, 15, 61,
            4294967295, 167, 79, 4294967295, 92, 4294967295, 106, 24, 135, 27, 111, 108,
            173, 75, 205, 7, 89, 56, 104, 36, 196, 29, 134, 25, 153, 217, 4294967295,
            4294967295, 41, 119, 206, 212, 4294967295, 4, 239, 55, 72, 215, 154, 164,
            194, 82, 133, 213, 120, 125, 178, 138, 4294967295, 198, 141, 240, 209, 128,
            51, 211, 4294967295, 191, 33, 30, 105, 157, 230, 236, 44, 216, 98, 81, 99,
            34, 163, 4294967295, 204, 229, 109, 4294967295, 175, 203, 156, 136, 225, 139,
            189, 241, 214, 234, 90, 4294967295, 197, 4294967295, 91, 4294967295, 199,
            193, 149, 95, 158, 67, 147, 10, 143, 32, 4294967295, 63, 18, 4294967295, 126,
            3, 93, 94, 16, 235, 102, 121, 233, 14, 4294967295, 62, 78, 195, 97, 118, 146,
            4294967295, 4294967295, 112, 231, 137, 151, 110, 57, 223, 48, 43, 4294967295,
            28, 70, 1, 58, 115, 182, 129, 54, 123, 183, 52, 35, 11, 162, 227, 130, 185,
            4294967295, 145, 107, 4294967295, 80, 152, 114, 188, 71, 49, 244, 186, 65,
            100, 131, 176, 39, 127, 66, 86, 116, 85, 83, 190, 232, 50, 37, 88, 222, 224,
            170, 219, 142, 46, 148, 202, 172, 181, 237, 207, 9, 22, 166, 87, 19, 243, 0,
            21, 103,
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
    const PROVIDER: &'static str = "Tencent Cloud IOTEXPLORER";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud IOTEXPLORER's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud IOTEXPLORER: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
