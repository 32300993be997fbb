// @generated from catalogs/tencent/iotvideoindustry.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud IOTVIDEOINDUSTRY: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud IOTVIDEOINDUSTRY: a variant per documented code,
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
    /// `InternalError.DBOperationError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB operation error.
    InternalErrorDbOperationError,
    /// `InternalError.InternalServerException`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal server exception.
    InternalErrorInternalServerException,
    /// `InternalError.InternalServerExceptionDB`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal server exception DB.
    InternalErrorInternalServerExceptionDb,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.DeviceOnline`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: device online.
    InvalidParameterDeviceOnline,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.BalanceNotEnough`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: balance not enough.
    InvalidParameterValueBalanceNotEnough,
    /// `InvalidParameterValue.DeviceDataMapError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: device data map error.
    InvalidParameterValueDeviceDataMapError,
    /// `InvalidParameterValue.DeviceId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: device id.
    InvalidParameterValueDeviceId,
    /// `InvalidParameterValue.DeviceInfoNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: device info not exist.
    InvalidParameterValueDeviceInfoNotExist,
    /// `InvalidParameterValue.DeviceOffline`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: device offline.
    InvalidParameterValueDeviceOffline,
    /// `InvalidParameterValue.DeviceOnline`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: device online.
    InvalidParameterValueDeviceOnline,
    /// `InvalidParameterValue.DeviceTypeNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: device type not support.
    InvalidParameterValueDeviceTypeNotSupport,
    /// `InvalidParameterValue.DomainId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: domain id.
    InvalidParameterValueDomainId,
    /// `InvalidParameterValue.ExpireTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: expire time.
    InvalidParameterValueExpireTime,
    /// `InvalidParameterValue.GroupDomainidExtraInformation`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group domainid extra information.
    InvalidParameterValueGroupDomainidExtraInformation,
    /// `InvalidParameterValue.GroupDomainidNotUpdate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group domainid not update.
    InvalidParameterValueGroupDomainidNotUpdate,
    /// `InvalidParameterValue.GroupParmsError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: group parms error.
    InvalidParameterValueGroupParmsError,
    /// `InvalidParameterValue.RecordNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: record not exist.
    InvalidParameterValueRecordNotExist,
    /// `InvalidParameterValue.RecordPlanBeyondLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: record plan beyond limit.
    InvalidParameterValueRecordPlanBeyondLimit,
    /// `InvalidParameterValue.RuleLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: rule limit.
    InvalidParameterValueRuleLimit,
    /// `InvalidParameterValue.RuleNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: rule not exist.
    InvalidParameterValueRuleNotExist,
    /// `InvalidParameterValue.StreamId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: stream id.
    InvalidParameterValueStreamId,
    /// `InvalidParameterValue.StreamInfoNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: stream info not exist.
    InvalidParameterValueStreamInfoNotExist,
    /// `InvalidParameterValue.TemplateBeyondLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: template beyond limit.
    InvalidParameterValueTemplateBeyondLimit,
    /// `InvalidParameterValue.TemplateSpecEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: template spec empty.
    InvalidParameterValueTemplateSpecEmpty,
    /// `InvalidParameterValue.TimeSpecNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: time spec not support.
    InvalidParameterValueTimeSpecNotSupport,
    /// `InvalidParameterValue.TypeNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: type not support.
    InvalidParameterValueTypeNotSupport,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
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
    /// `ResourceNotFound.DeviceNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: device not exist.
    ResourceNotFoundDeviceNotExist,
    /// `ResourceNotFound.DeviceSipPTZError`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: device sip PTZ error.
    ResourceNotFoundDeviceSipPtzError,
    /// `ResourceNotFound.GroupNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: group not exist.
    ResourceNotFoundGroupNotExist,
    /// `ResourceNotFound.PlanNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: plan not exist.
    ResourceNotFoundPlanNotExist,
    /// `ResourceNotFound.ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: resource not found.
    ResourceNotFoundResourceNotFound,
    /// `ResourceNotFound.StatDataNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: stat data not exist.
    ResourceNotFoundStatDataNotExist,
    /// `ResourceNotFound.TemplateNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: template not exist.
    ResourceNotFoundTemplateNotExist,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.GBProtocolExecException`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: GB protocol exec exception.
    ResourceUnavailableGbProtocolExecException,
    /// `ResourceUnavailable.StreamInfoException`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: stream info exception.
    ResourceUnavailableStreamInfoException,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.GroupExist`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: group exist.
    UnauthorizedOperationGroupExist,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.BindExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: bind exist.
    UnsupportedOperationBindExist,
    /// `UnsupportedOperation.DeviceBindExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: device bind exist.
    UnsupportedOperationDeviceBindExist,
    /// `UnsupportedOperation.DeviceCanNotDo`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: device can not do.
    UnsupportedOperationDeviceCanNotDo,
    /// `UnsupportedOperation.DeviceDupKeyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: device dup key exist.
    UnsupportedOperationDeviceDupKeyExist,
    /// `UnsupportedOperation.DeviceMissMatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: device miss match.
    UnsupportedOperationDeviceMissMatch,
    /// `UnsupportedOperation.DeviceNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: device not found.
    UnsupportedOperationDeviceNotFound,
    /// `UnsupportedOperation.DeviceSipCommandFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: device sip command fail.
    UnsupportedOperationDeviceSipCommandFail,
    /// `UnsupportedOperation.DomainGroup`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: domain group.
    UnsupportedOperationDomainGroup,
    /// `UnsupportedOperation.GroupExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: group exist.
    UnsupportedOperationGroupExist,
    /// `UnsupportedOperation.GroupLayerIsMax`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: group layer is max.
    UnsupportedOperationGroupLayerIsMax,
    /// `UnsupportedOperation.GroupParentidNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: group parentid not exist.
    UnsupportedOperationGroupParentidNotExist,
    /// `UnsupportedOperation.LiveChannelBindExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: live channel bind exist.
    UnsupportedOperationLiveChannelBindExist,
    /// `UnsupportedOperation.NoPermission`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: no permission.
    UnsupportedOperationNoPermission,
    /// `UnsupportedOperation.PlanExistUnderTemplate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: plan exist under template.
    UnsupportedOperationPlanExistUnderTemplate,
    /// `UnsupportedOperation.RecordPlanExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: record plan exist.
    UnsupportedOperationRecordPlanExist,
    /// `UnsupportedOperation.RuleDupKeyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: rule dup key exist.
    UnsupportedOperationRuleDupKeyExist,
    /// `UnsupportedOperation.SceneExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: scene exist.
    UnsupportedOperationSceneExist,
    /// `UnsupportedOperation.SubGroupIsMax`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: sub group is max.
    UnsupportedOperationSubGroupIsMax,
    /// `UnsupportedOperation.SubgrpExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: subgrp exist.
    UnsupportedOperationSubgrpExist,
    /// `UnsupportedOperation.TemplateExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: template exist.
    UnsupportedOperationTemplateExist,
    /// `UnsupportedOperation.TemplatePreset`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: template preset.
    UnsupportedOperationTemplatePreset,
    /// `UnsupportedOperation.UserIsIsolate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: user is isolate.
    UnsupportedOperationUserIsIsolate,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 76] = [
        "AuthFailure",
        "DryRunOperation",
        "FailedOperation",
        "InternalError",
        "InternalError.DBOperationError",
        "InternalError.InternalServerException",
        "InternalError.InternalServerExceptionDB",
        "InvalidParameter",
        "InvalidParameter.DeviceOnline",
        "InvalidParameterValue",
        "InvalidParameterValue.BalanceNotEnough",
        "InvalidParameterValue.DeviceDataMapError",
        "InvalidParameterValue.DeviceId",
        "InvalidParameterValue.DeviceInfoNotExist",
        "InvalidParameterValue.DeviceOffline",
        "InvalidParameterValue.DeviceOnline",
        "InvalidParameterValue.DeviceTypeNotSupport",
        "InvalidParameterValue.DomainId",
        "InvalidParameterValue.ExpireTime",
        "InvalidParameterValue.GroupDomainidExtraInformation",
        "InvalidParameterValue.GroupDomainidNotUpdate",
        "InvalidParameterValue.GroupParmsError",
        "InvalidParameterValue.RecordNotExist",
        "InvalidParameterValue.RecordPlanBeyondLimit",
        "InvalidParameterValue.RuleLimit",
        "InvalidParameterValue.RuleNotExist",
        "InvalidParameterValue.StreamId",
        "InvalidParameterValue.StreamInfoNotExist",
        "InvalidParameterValue.TemplateBeyondLimit",
        "InvalidParameterValue.TemplateSpecEmpty",
        "InvalidParameterValue.TimeSpecNotSupport",
        "InvalidParameterValue.TypeNotSupport",
        "LimitExceeded",
        "MissingParameter",
        "OperationDenied",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceNotFound.DeviceNotExist",
        "ResourceNotFound.DeviceSipPTZError",
        "ResourceNotFound.GroupNotExist",
        "ResourceNotFound.PlanNotExist",
        "ResourceNotFound.ResourceNotFound",
        "ResourceNotFound.StatDataNotExist",
        "ResourceNotFound.TemplateNotExist",
        "ResourceUnavailable",
        "ResourceUnavailable.GBProtocolExecException",
        "ResourceUnavailable.StreamInfoException",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnauthorizedOperation.GroupExist",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.BindExist",
        "UnsupportedOperation.DeviceBindExist",
        "UnsupportedOperation.DeviceCanNotDo",
        "UnsupportedOperation.DeviceDupKeyExist",
        "UnsupportedOperation.DeviceMissMatch",
        "UnsupportedOperation.DeviceNotFound",
        "UnsupportedOperation.DeviceSipCommandFail",
        "UnsupportedOperation.DomainGroup",
        "UnsupportedOperation.GroupExist",
        "UnsupportedOperation.GroupLayerIsMax",
        "UnsupportedOperation.GroupParentidNotExist",
        "UnsupportedOperation.LiveChannelBindExist",
        "UnsupportedOperation.NoPermission",
        "UnsupportedOperation.PlanExistUnderTemplate",
        "UnsupportedOperation.RecordPlanExist",
        "UnsupportedOperation.RuleDupKeyExist",
        "UnsupportedOperation.SceneExist",
        "UnsupportedOperation.SubGroupIsMax",
        "UnsupportedOperation.SubgrpExist",
        "UnsupportedOperation.TemplateExist",
        "UnsupportedOperation.TemplatePreset",
        "UnsupportedOperation.UserIsIsolate",
    ];
    static NAME_CODES: [u32; 4] = [4, 6, 40, 47];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InternalErrorDbOperationErrorInternalErrorInternalServerExceptionDbResourceNotFoundDeviceSipPtzErrorResourceUnavailableGbProtocolExecException",
        ends: &[0, 29, 67, 100, 142],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The request was a dry run and was not carried out.The operation failed.An internal error occurred.An internal error occurred: DB operation error.An internal error occurred: internal server exception.An internal error occurred: internal server exception DB.A parameter is invalid.A parameter is invalid: device online.A parameter value is invalid.A parameter value is invalid: balance not enough.A parameter value is invalid: device data map error.A parameter value is invalid: device id.A parameter value is invalid: device info not exist.A parameter value is invalid: device offline.A parameter value is invalid: device online.A parameter value is invalid: device type not support.A parameter value is invalid: domain id.A parameter value is invalid: expire time.A parameter value is invalid: group domainid extra information.A parameter value is invalid: group domainid not update.A parameter value is invalid: group parms error.A parameter value is invalid: record not exist.A parameter value is invalid: record plan beyond limit.A parameter value is invalid: rule limit.A parameter value is invalid: rule not exist.A parameter value is invalid: stream id.A parameter value is invalid: stream info not exist.A parameter value is invalid: template beyond limit.A parameter value is invalid: template spec empty.A parameter value is invalid: time spec not support.A parameter value is invalid: type not support.A limit was exceeded.A required parameter is missing.The operation was denied.Too many requests were sent.The resource is in use.Resources are insufficient.The resource was not found.The resource was not found: device not exist.The resource was not found: device sip PTZ error.The resource was not found: group not exist.The resource was not found: plan not exist.The resource was not found: resource not found.The resource was not found: stat data not exist.The resource was not found: template not exist.The resource is unavailable.The resource is unavailable: GB protocol exec exception.The resource is unavailable: stream info exception.The resources are sold out.The operation is not authorized.The operation is not authorized: group exist.An unknown parameter was given.The operation is not supported.The operation is not supported: bind exist.The operation is not supported: device bind exist.The operation is not supported: device can not do.The operation is not supported: device dup key exist.The operation is not supported: device miss match.The operation is not supported: device not found.The operation is not supported: device sip command fail.The operation is not supported: domain group.The operation is not supported: group exist.The operation is not supported: group layer is max.The operation is not supported: group parentid not exist.The operation is not supported: live channel bind exist.The operation is not supported: no permission.The operation is not supported: plan exist under template.The operation is not supported: record plan exist.The operation is not supported: rule dup key exist.The operation is not supported: scene exist.The operation is not supported: sub group is max.The operation is not supported: subgrp exist.The operation is not supported: template exist.The operation is not supported: template preset.The operation is not supported: user is isolate.",
        ends: &[
            0, 22, 72, 93, 120, 167, 221, 278, 301, 339, 368, 417, 469, 509, 561, 606,
            650, 704, 744, 786, 849, 905, 953, 1000, 1055, 1096, 1141, 1181, 1233, 1285,
            1335, 1387, 1434, 1455, 1487, 1512, 1540, 1563, 1590, 1617, 1662, 1711, 1755,
            1798, 1845, 1893, 1940, 1968, 2024, 2075, 2102, 2134, 2179, 2210, 2241, 2284,
            2334, 2384, 2437, 2487, 2536, 2592, 2637, 2681, 2732, 2789, 2845, 2891, 2949,
            2999, 3050, 3094, 3143, 3188, 3235, 3283, 3331,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 76] = ::cloud_errors::__private::retry_column(
        b"aaabbbbaaaaaaaaaaaaaaaaaaaaaaaaaaacbbcaaaaaaaaccccccaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 76] = ::cloud_errors::__private::category_column(
        b"biimmmmccccccccccccccccccccccccchcghjheeeeeeeeiiihggcliiiiiiiiiiiiiiiiiiiiii",
    );
    static PILOTS: [u16; 19] = [
        42, 2, 29, 78, 467, 0, 0, 197, 34, 30, 7, 0, 3, 0, 24, 0, 2, 76, 126,
    ];
    static SLOTS: [(&str, u32); 84] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            73, 51, 46, 45, 4294967295, 67, 65, 43, 5, 63, 38, 4294967295, 40, 48, 9, 32,
            11, 66, 7, 71, 4294967295, 4, 0, 55, 58, 4294967295, 12, 18, 4294967295, 64,
            35, 6, 19, 20, 74, 24, 1, 57, 15, 31, 16, 56, 33, 39, 28, 26, 49, 59, 34, 69,
            72, 52, 29, 17, 21, 2, 23, 4294967295, 22, 70, 50, 14, 75, 62, 53,
            4294967295, 25, 54, 41, 42, 36, 3, 13, 10, 8, 4294967295, 37, 47, 27, 30, 61,
            68, 44, 60,
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
    const PROVIDER: &'static str = "Tencent Cloud IOTVIDEOINDUSTRY";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud IOTVIDEOINDUSTRY's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud IOTVIDEOINDUSTRY: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
