// @generated from catalogs/alibaba/linkvisual.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Linkvisual: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Linkvisual: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `iot.vision.RequestParameterError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, request parameter error.
    IotVisionRequestParameterError,
    /// `iot.vision.RequestError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, request error.
    IotVisionRequestError,
    /// `iot.vision.RequestForbidden`: HTTP 403; retry: never; category: permission_denied.
    /// Iot: vision, request forbidden.
    IotVisionRequestForbidden,
    /// `iot.vision.RequestTrafficControl`: HTTP 429; retry: never; category: resource_exhausted.
    /// Iot: vision, request traffic control.
    IotVisionRequestTrafficControl,
    /// `iot.common.RamActionPermissionDeny`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: common, ram action permission deny.
    IotCommonRamActionPermissionDeny,
    /// `iot.vision.GbServiceNotEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, gb service not enabled.
    IotVisionGbServiceNotEnabled,
    /// `iot.vision.GbIdDuplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, gb id duplicate.
    IotVisionGbIdDuplicate,
    /// `iot.lv.requestAuthError`: HTTP 403; retry: never; category: permission_denied.
    /// Iot: lv, request auth error.
    IotLvRequestAuthError,
    /// `iot.lv.requestParamError`: HTTP 403; retry: never; category: permission_denied.
    /// Iot: lv, request param error.
    IotLvRequestParamError,
    /// `iot.vision.DownloadJobError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, download job error.
    IotVisionDownloadJobError,
    /// `iot.vision.ConcurrencyExceedLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, concurrency exceed limit.
    IotVisionConcurrencyExceedLimit,
    /// `iot.vision.StreamPushFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, stream push failed.
    IotVisionStreamPushFailed,
    /// `iot.vision.DeviceOffline`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, device offline.
    IotVisionDeviceOffline,
    /// `Forbidden.RiskControl`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: risk control.
    ForbiddenRiskControl,
    /// `iot.vision.RecordNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, record not exist.
    IotVisionRecordNotExist,
    /// `iot.vision.DeviceNameDuplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, device name duplicate.
    IotVisionDeviceNameDuplicate,
    /// `iot.vision.StreamNameDuplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, stream name duplicate.
    IotVisionStreamNameDuplicate,
    /// `iot.vision.RequestParamError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, request param error.
    IotVisionRequestParamError,
    /// `iot.vision.RequestFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, request failed.
    IotVisionRequestFailed,
    /// `iot.vision.DeviceNotStreaming`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, device not streaming.
    IotVisionDeviceNotStreaming,
    /// `iot.vision.RequestAuthFailed`: HTTP 403; retry: never; category: permission_denied.
    /// Iot: vision, request auth failed.
    IotVisionRequestAuthFailed,
    /// `iot.vision.NoStorageQuota`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, no storage quota.
    IotVisionNoStorageQuota,
    /// `iot.lv.requestError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: lv, request error.
    IotLvRequestError,
    /// `iot.vision.JobNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, job not exist.
    IotVisionJobNotExist,
    /// `iot.lv.requestTimeError`: HTTP 403; retry: never; category: permission_denied.
    /// Iot: lv, request time error.
    IotLvRequestTimeError,
    /// `iot.vision.RtmpKeyNotSet`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, rtmp key not set.
    IotVisionRtmpKeyNotSet,
    /// `iot.vision.RefreshTooFrequently`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, refresh too frequently.
    IotVisionRefreshTooFrequently,
    /// `iot.vision.UnexpectedInternalError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, unexpected internal error.
    IotVisionUnexpectedInternalError,
    /// `iot.vision.GetAccountInfoFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, get account info failed.
    IotVisionGetAccountInfoFailed,
    /// `iot.vision.AccountNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, account not found.
    IotVisionAccountNotFound,
    /// `iot.vision.TenantMismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, tenant mismatch.
    IotVisionTenantMismatch,
    /// `iot.vision.IdentityAppKeyProductNotBind`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, identity app key product not bind.
    IotVisionIdentityAppKeyProductNotBind,
    /// `iot.vision.BindFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, bind failed.
    IotVisionBindFailed,
    /// `iot.vision.DeviceNoOwner`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, device no owner.
    IotVisionDeviceNoOwner,
    /// `iot.vision.InvalidStorageOrder`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, invalid storage order.
    IotVisionInvalidStorageOrder,
    /// `iot.vision.DeviceOwnerChanged`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, device owner changed.
    IotVisionDeviceOwnerChanged,
    /// `iot.vision.StorageOrderGetLockFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, storage order get lock failed.
    IotVisionStorageOrderGetLockFailed,
    /// `iot.vision.GetOwnerIdentityInfoFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, get owner identity info failed.
    IotVisionGetOwnerIdentityInfoFailed,
    /// `iot.vision.SetDefaultRecordPlanFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, set default record plan failed.
    IotVisionSetDefaultRecordPlanFailed,
    /// `iot.vision.DeviceNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, device not exist.
    IotVisionDeviceNotExist,
    /// `iot.vision.FreeStorageQuotaLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, free storage quota limit.
    IotVisionFreeStorageQuotaLimit,
    /// `iot.vision.InvalidStorageCommodity`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, invalid storage commodity.
    IotVisionInvalidStorageCommodity,
    /// `iot.vision.GetDeviceInfoFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, get device info failed.
    IotVisionGetDeviceInfoFailed,
    /// `iot.vision.CreateStorageOrderFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, create storage order failed.
    IotVisionCreateStorageOrderFailed,
    /// `iot.vision.StorageCommodityUnavailable`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, storage commodity unavailable.
    IotVisionStorageCommodityUnavailable,
    /// `iot.vision.QueryCommodityPriceFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, query commodity price failed.
    IotVisionQueryCommodityPriceFailed,
    /// `iot.vision.StorageOrderAlreadyPaid`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, storage order already paid.
    IotVisionStorageOrderAlreadyPaid,
    /// `iot.vision.StorageOrderPayFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, storage order pay failed.
    IotVisionStorageOrderPayFailed,
    /// `iot.vision.StorageOrderStatusInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, storage order status invalid.
    IotVisionStorageOrderStatusInvalid,
    /// `iot.vision.ActiveCodeInsufficient`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, active code insufficient.
    IotVisionActiveCodeInsufficient,
    /// `iot.vision.DevicesCountExceedLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, devices count exceed limit.
    IotVisionDevicesCountExceedLimit,
    /// `iot.vision.DevicesExceedUnreleasedProductLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, devices exceed unreleased product limit.
    IotVisionDevicesExceedUnreleasedProductLimit,
    /// `iot.vision.ParamBatchIdInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, param batch id invalid.
    IotVisionParamBatchIdInvalid,
    /// `iot.vision.BatchHasCreated`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, batch has created.
    IotVisionBatchHasCreated,
    /// `iot.vision.DeviceNameChecking`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, device name checking.
    IotVisionDeviceNameChecking,
    /// `iot.vision.DeviceNameCheckFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, device name check failed.
    IotVisionDeviceNameCheckFailed,
    /// `iot.vision.InvalidIotInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, invalid iot instance.
    IotVisionInvalidIotInstance,
    /// `iot.vision.ProductNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, product not exist.
    IotVisionProductNotExist,
    /// `iot.vision.InstanceArrearage`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, instance arrearage.
    IotVisionInstanceArrearage,
    /// `iot.vision.HasNoAccessPermission`: HTTP 403; retry: never; category: permission_denied.
    /// Iot: vision, has no access permission.
    IotVisionHasNoAccessPermission,
    /// `iot.vision.ThingModelNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, thing model not exist.
    IotVisionThingModelNotExist,
    /// `iot.vision.ThingModelIdentifierNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, thing model identifier not exist.
    IotVisionThingModelIdentifierNotExist,
    /// `iot.vision.GetThingEventSnapshotFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, get thing event snapshot failed.
    IotVisionGetThingEventSnapshotFailed,
    /// `iot.vision.ThingEventNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, thing event not found.
    IotVisionThingEventNotFound,
    /// `iot.vision.ServiceParamNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, service param not exist.
    IotVisionServiceParamNotExist,
    /// `iot.vision.ServiceNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, service not found.
    IotVisionServiceNotFound,
    /// `iot.vision.DeviceInactive`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, device inactive.
    IotVisionDeviceInactive,
    /// `iot.vision.DevcieOffline`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, devcie offline.
    IotVisionDevcieOffline,
    /// `iot.vision.ServiceEnumSpecError`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, service enum spec error.
    IotVisionServiceEnumSpecError,
    /// `iot.vision.ServiceResponseTimeout`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, service response timeout.
    IotVisionServiceResponseTimeout,
    /// `iot.vision.InvokeServiceFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, invoke service failed.
    IotVisionInvokeServiceFailed,
    /// `iot.vision.QueryBindingAccountFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, query binding account failed.
    IotVisionQueryBindingAccountFailed,
    /// `iot.vision.QueryBindingDeviceFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, query binding device failed.
    IotVisionQueryBindingDeviceFailed,
    /// `iot.vision.DeviceNameFormatInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, device name format invalid.
    IotVisionDeviceNameFormatInvalid,
    /// `iot.vision.ProductKeyFormatInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, product key format invalid.
    IotVisionProductKeyFormatInvalid,
    /// `iot.system.SystemException`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: system, system exception.
    IotSystemSystemException,
    /// `iot.common.AuthActionPermissionDeny`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: common, auth action permission deny.
    IotCommonAuthActionPermissionDeny,
    /// `iot.vision.SetPropertyFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, set property failed.
    IotVisionSetPropertyFailed,
    /// `iot.vision.PropertyNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, property not found.
    IotVisionPropertyNotFound,
    /// `iot.vision.PropertyReadOnly`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, property read only.
    IotVisionPropertyReadOnly,
    /// `iot.vision.TargetDeviceOwnerDifferent`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, target device owner different.
    IotVisionTargetDeviceOwnerDifferent,
    /// `iot.vision.UnbindFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, unbind failed.
    IotVisionUnbindFailed,
    /// `iot.vision.BindingRelationNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Iot: vision, binding relation not found.
    IotVisionBindingRelationNotFound,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 83] = [
        "iot.vision.RequestParameterError",
        "iot.vision.RequestError",
        "iot.vision.RequestForbidden",
        "iot.vision.RequestTrafficControl",
        "iot.common.RamActionPermissionDeny",
        "iot.vision.GbServiceNotEnabled",
        "iot.vision.GbIdDuplicate",
        "iot.lv.requestAuthError",
        "iot.lv.requestParamError",
        "iot.vision.DownloadJobError",
        "iot.vision.ConcurrencyExceedLimit",
        "iot.vision.StreamPushFailed",
        "iot.vision.DeviceOffline",
        "Forbidden.RiskControl",
        "iot.vision.RecordNotExist",
        "iot.vision.DeviceNameDuplicate",
        "iot.vision.StreamNameDuplicate",
        "iot.vision.RequestParamError",
        "iot.vision.RequestFailed",
        "iot.vision.DeviceNotStreaming",
        "iot.vision.RequestAuthFailed",
        "iot.vision.NoStorageQuota",
        "iot.lv.requestError",
        "iot.vision.JobNotExist",
        "iot.lv.requestTimeError",
        "iot.vision.RtmpKeyNotSet",
        "iot.vision.RefreshTooFrequently",
        "iot.vision.UnexpectedInternalError",
        "iot.vision.GetAccountInfoFailed",
        "iot.vision.AccountNotFound",
        "iot.vision.TenantMismatch",
        "iot.vision.IdentityAppKeyProductNotBind",
        "iot.vision.BindFailed",
        "iot.vision.DeviceNoOwner",
        "iot.vision.InvalidStorageOrder",
        "iot.vision.DeviceOwnerChanged",
        "iot.vision.StorageOrderGetLockFailed",
        "iot.vision.GetOwnerIdentityInfoFailed",
        "iot.vision.SetDefaultRecordPlanFailed",
        "iot.vision.DeviceNotExist",
        "iot.vision.FreeStorageQuotaLimit",
        "iot.vision.InvalidStorageCommodity",
        "iot.vision.GetDeviceInfoFailed",
        "iot.vision.CreateStorageOrderFailed",
        "iot.vision.StorageCommodityUnavailable",
        "iot.vision.QueryCommodityPriceFailed",
        "iot.vision.StorageOrderAlreadyPaid",
        "iot.vision.StorageOrderPayFailed",
        "iot.vision.StorageOrderStatusInvalid",
        "iot.vision.ActiveCodeInsufficient",
        "iot.vision.DevicesCountExceedLimit",
        "iot.vision.DevicesExceedUnreleasedProductLimit",
        "iot.vision.ParamBatchIdInvalid",
        "iot.vision.BatchHasCreated",
        "iot.vision.DeviceNameChecking",
        "iot.vision.DeviceNameCheckFailed",
        "iot.vision.InvalidIotInstance",
        "iot.vision.ProductNotExist",
        "iot.vision.InstanceArrearage",
        "iot.vision.HasNoAccessPermission",
        "iot.vision.ThingModelNotExist",
        "iot.vision.ThingModelIdentifierNotExist",
        "iot.vision.GetThingEventSnapshotFailed",
        "iot.vision.ThingEventNotFound",
        "iot.vision.ServiceParamNotExist",
        "iot.vision.ServiceNotFound",
        "iot.vision.DeviceInactive",
        "iot.vision.DevcieOffline",
        "iot.vision.ServiceEnumSpecError",
        "iot.vision.ServiceResponseTimeout",
        "iot.vision.InvokeServiceFailed",
        "iot.vision.QueryBindingAccountFailed",
        "iot.vision.QueryBindingDeviceFailed",
        "iot.vision.DeviceNameFormatInvalid",
        "iot.vision.ProductKeyFormatInvalid",
        "iot.system.SystemException",
        "iot.common.AuthActionPermissionDeny",
        "iot.vision.SetPropertyFailed",
        "iot.vision.PropertyNotFound",
        "iot.vision.PropertyReadOnly",
        "iot.vision.TargetDeviceOwnerDifferent",
        "iot.vision.UnbindFailed",
        "iot.vision.BindingRelationNotFound",
    ];
    static NAME_CODES: [u32; 82] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
        24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,
        44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
        64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "IotVisionRequestParameterErrorIotVisionRequestErrorIotVisionRequestForbiddenIotVisionRequestTrafficControlIotCommonRamActionPermissionDenyIotVisionGbServiceNotEnabledIotVisionGbIdDuplicateIotLvRequestAuthErrorIotLvRequestParamErrorIotVisionDownloadJobErrorIotVisionConcurrencyExceedLimitIotVisionStreamPushFailedIotVisionDeviceOfflineIotVisionRecordNotExistIotVisionDeviceNameDuplicateIotVisionStreamNameDuplicateIotVisionRequestParamErrorIotVisionRequestFailedIotVisionDeviceNotStreamingIotVisionRequestAuthFailedIotVisionNoStorageQuotaIotLvRequestErrorIotVisionJobNotExistIotLvRequestTimeErrorIotVisionRtmpKeyNotSetIotVisionRefreshTooFrequentlyIotVisionUnexpectedInternalErrorIotVisionGetAccountInfoFailedIotVisionAccountNotFoundIotVisionTenantMismatchIotVisionIdentityAppKeyProductNotBindIotVisionBindFailedIotVisionDeviceNoOwnerIotVisionInvalidStorageOrderIotVisionDeviceOwnerChangedIotVisionStorageOrderGetLockFailedIotVisionGetOwnerIdentityInfoFailedIotVisionSetDefaultRecordPlanFailedIotVisionDeviceNotExistIotVisionFreeStorageQuotaLimitIotVisionInvalidStorageCommodityIotVisionGetDeviceInfoFailedIotVisionCreateStorageOrderFailedIotVisionStorageCommodityUnavailableIotVisionQueryCommodityPriceFailedIotVisionStorageOrderAlreadyPaidIotVisionStorageOrderPayFailedIotVisionStorageOrderStatusInvalidIotVisionActiveCodeInsufficientIotVisionDevicesCountExceedLimitIotVisionDevicesExceedUnreleasedProductLimitIotVisionParamBatchIdInvalidIotVisionBatchHasCreatedIotVisionDeviceNameCheckingIotVisionDeviceNameCheckFailedIotVisionInvalidIotInstanceIotVisionProductNotExistIotVisionInstanceArrearageIotVisionHasNoAccessPermissionIotVisionThingModelNotExistIotVisionThingModelIdentifierNotExistIotVisionGetThingEventSnapshotFailedIotVisionThingEventNotFoundIotVisionServiceParamNotExistIotVisionServiceNotFoundIotVisionDeviceInactiveIotVisionDevcieOfflineIotVisionServiceEnumSpecErrorIotVisionServiceResponseTimeoutIotVisionInvokeServiceFailedIotVisionQueryBindingAccountFailedIotVisionQueryBindingDeviceFailedIotVisionDeviceNameFormatInvalidIotVisionProductKeyFormatInvalidIotSystemSystemExceptionIotCommonAuthActionPermissionDenyIotVisionSetPropertyFailedIotVisionPropertyNotFoundIotVisionPropertyReadOnlyIotVisionTargetDeviceOwnerDifferentIotVisionUnbindFailedIotVisionBindingRelationNotFound",
        ends: &[
            0, 30, 51, 76, 106, 138, 166, 188, 209, 231, 256, 287, 312, 334, 357, 385,
            413, 439, 461, 488, 514, 537, 554, 574, 595, 617, 646, 678, 707, 731, 754,
            791, 810, 832, 860, 887, 921, 956, 991, 1014, 1044, 1076, 1104, 1137, 1173,
            1207, 1239, 1269, 1303, 1334, 1366, 1410, 1438, 1462, 1489, 1519, 1546, 1570,
            1596, 1626, 1653, 1690, 1726, 1753, 1782, 1806, 1829, 1851, 1880, 1911, 1939,
            1973, 2006, 2038, 2070, 2094, 2127, 2153, 2178, 2203, 2238, 2259, 2291,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Iot: vision, request parameter error.Iot: vision, request error.Iot: vision, request forbidden.Iot: vision, request traffic control.Iot: common, ram action permission deny.Iot: vision, gb service not enabled.Iot: vision, gb id duplicate.Iot: lv, request auth error.Iot: lv, request param error.Iot: vision, download job error.Iot: vision, concurrency exceed limit.Iot: vision, stream push failed.Iot: vision, device offline.The request is forbidden: risk control.Iot: vision, record not exist.Iot: vision, device name duplicate.Iot: vision, stream name duplicate.Iot: vision, request param error.Iot: vision, request failed.Iot: vision, device not streaming.Iot: vision, request auth failed.Iot: vision, no storage quota.Iot: lv, request error.Iot: vision, job not exist.Iot: lv, request time error.Iot: vision, rtmp key not set.Iot: vision, refresh too frequently.Iot: vision, unexpected internal error.Iot: vision, get account info failed.Iot: vision, account not found.Iot: vision, tenant mismatch.Iot: vision, identity app key product not bind.Iot: vision, bind failed.Iot: vision, device no owner.Iot: vision, invalid storage order.Iot: vision, device owner changed.Iot: vision, storage order get lock failed.Iot: vision, get owner identity info failed.Iot: vision, set default record plan failed.Iot: vision, device not exist.Iot: vision, free storage quota limit.Iot: vision, invalid storage commodity.Iot: vision, get device info failed.Iot: vision, create storage order failed.Iot: vision, storage commodity unavailable.Iot: vision, query commodity price failed.Iot: vision, storage order already paid.Iot: vision, storage order pay failed.Iot: vision, storage order status invalid.Iot: vision, active code insufficient.Iot: vision, devices count exceed limit.Iot: vision, devices exceed unreleased product limit.Iot: vision, param batch id invalid.Iot: vision, batch has created.Iot: vision, device name checking.Iot: vision, device name check failed.Iot: vision, invalid iot instance.Iot: vision, product not exist.Iot: vision, instance arrearage.Iot: vision, has no access permission.Iot: vision, thing model not exist.Iot: vision, thing model identifier not exist.Iot: vision, get thing event snapshot failed.Iot: vision, thing event not found.Iot: vision, service param not exist.Iot: vision, service not found.Iot: vision, device inactive.Iot: vision, devcie offline.Iot: vision, service enum spec error.Iot: vision, service response timeout.Iot: vision, invoke service failed.Iot: vision, query binding account failed.Iot: vision, query binding device failed.Iot: vision, device name format invalid.Iot: vision, product key format invalid.Iot: system, system exception.Iot: common, auth action permission deny.Iot: vision, set property failed.Iot: vision, property not found.Iot: vision, property read only.Iot: vision, target device owner different.Iot: vision, unbind failed.Iot: vision, binding relation not found.",
        ends: &[
            0, 37, 64, 95, 132, 172, 208, 237, 265, 294, 326, 364, 396, 424, 463, 493,
            528, 563, 596, 624, 658, 691, 721, 744, 771, 799, 829, 865, 904, 941, 972,
            1001, 1048, 1073, 1102, 1137, 1171, 1214, 1258, 1302, 1332, 1370, 1409, 1445,
            1486, 1529, 1571, 1611, 1649, 1691, 1729, 1769, 1822, 1858, 1889, 1923, 1961,
            1995, 2026, 2058, 2096, 2131, 2177, 2222, 2257, 2294, 2325, 2354, 2382, 2419,
            2457, 2492, 2534, 2575, 2615, 2655, 2685, 2726, 2759, 2791, 2823, 2866, 2893,
            2933,
        ],
    };
    static STATUSES: [u16; 83] = [
        400, 400, 403, 429, 400, 400, 400, 403, 403, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 403, 400, 400, 400, 403, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 84] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
        63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
        83,
    ];
    static RETRY: [::cloud_errors::Retry; 83] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 83] = ::cloud_errors::__private::category_column(
        b"ccghcccggccccgccccccgcccgccccccccccccccccccccccccccccccccccgccccccccccccccccccccccc",
    );
    static PILOTS: [u16; 21] = [
        36, 4, 58, 0, 21, 18, 24, 17, 47, 6, 1, 30, 0, 56, 58, 38, 51, 13, 42, 1, 12,
    ];
    static SLOTS: [(&str, u32); 92] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            62, 2, 3, 77, 53, 5, 30, 68, 56, 23, 4294967295, 14, 11, 73, 69, 40, 70, 63,
            47, 4294967295, 54, 16, 19, 7, 17, 36, 48, 41, 6, 57, 51, 12, 20, 31, 35, 75,
            21, 43, 74, 37, 44, 38, 58, 34, 22, 55, 15, 8, 76, 4294967295, 1, 13, 26, 78,
            27, 46, 81, 4294967295, 82, 25, 9, 4294967295, 79, 60, 72, 49, 4294967295,
            33, 80, 42, 4, 0, 4294967295, 50, 4294967295, 66, 59, 65, 52, 67, 45, 71, 24,
            10, 64, 29, 39, 32, 61, 18, 4294967295, 28,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
        descriptions_en: &DESCRIPTIONS_EN,
        statuses: &STATUSES,
        status_ends: &STATUS_ENDS,
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
        unsafe impl Code, ::cloud_errors::alibaba::Code
    );
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Alibaba Cloud Linkvisual";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Linkvisual's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Linkvisual: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
