// @generated from catalogs/alibaba/aligenie.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud AliGenie: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud AliGenie: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `500`: HTTP 400; retry: never; category: invalid_argument.
    /// Numeric error code 500; see the product\'s documentation for its meaning.
    Code500,
    /// `AliGenie.Public.InternalError`: HTTP 500; retry: never; category: internal.
    /// Ali genie: public, internal error.
    AliGeniePublicInternalError,
    /// `10000`: HTTP 400; retry: never; category: invalid_argument.
    /// Numeric error code 10000; see the product\'s documentation for its meaning.
    Code10000,
    /// `AliGenie.GetPhoneNumber.InvalidParameter.UserIdentity`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: get phone number, invalid parameter, user identity.
    AliGenieGetPhoneNumberInvalidParameterUserIdentity,
    /// `AliGenie.GetPhoneNumber.BizError`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: get phone number, biz error.
    AliGenieGetPhoneNumberBizError,
    /// `AliGenie.PushNotifications.InvalidParameter.PlaceHolder`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: push notifications, invalid parameter, place holder.
    AliGeniePushNotificationsInvalidParameterPlaceHolder,
    /// `AliGenie.PushNotifications.InvalidParameter.SendTarget`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: push notifications, invalid parameter, send target.
    AliGeniePushNotificationsInvalidParameterSendTarget,
    /// `AliGenie.PushNotifications.InvalidParameter.MessageTemplateId`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: push notifications, invalid parameter, message template id.
    AliGeniePushNotificationsInvalidParameterMessageTemplateId,
    /// `AliGenie.PushNotifications.InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: push notifications, invalid parameter.
    AliGeniePushNotificationsInvalidParameter,
    /// `AliGenie.Notifications.Application.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: notifications, application, invalid.
    AliGenieNotificationsApplicationInvalid,
    /// `AliGenie.Notifications.Application.Status`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: notifications, application, status.
    AliGenieNotificationsApplicationStatus,
    /// `AliGenie.Notifications.Application.Url`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: notifications, application, url.
    AliGenieNotificationsApplicationUrl,
    /// `AliGenie.Notifications.InvalidParameter.DeviceInfo`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: notifications, invalid parameter, device info.
    AliGenieNotificationsInvalidParameterDeviceInfo,
    /// `AliGenie.Notifications.InvalidParameter.UserInfo`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: notifications, invalid parameter, user info.
    AliGenieNotificationsInvalidParameterUserInfo,
    /// `AliGenie.WakeUpApp.Device.Offline`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: wake up app, device, offline.
    AliGenieWakeUpAppDeviceOffline,
    /// `AliGenie.WakeUpApp.InvalidParameter.GenieAppId`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: wake up app, invalid parameter, genie app id.
    AliGenieWakeUpAppInvalidParameterGenieAppId,
    /// `AliGenie.WakeUpApp.InvalidParameter.Body`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: wake up app, invalid parameter, body.
    AliGenieWakeUpAppInvalidParameterBody,
    /// `AliGenie.WakeUpApp.InvalidParameter.TargetInfo`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: wake up app, invalid parameter, target info.
    AliGenieWakeUpAppInvalidParameterTargetInfo,
    /// `AliGenie.WakeUpApp.InvalidParameter.Path`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: wake up app, invalid parameter, path.
    AliGenieWakeUpAppInvalidParameterPath,
    /// `AliGenie.WakeUpApp.InvalidParameter.TargetIdentity`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: wake up app, invalid parameter, target identity.
    AliGenieWakeUpAppInvalidParameterTargetIdentity,
    /// `AliGenie.WakeUpApp.InvalidParameter.EncodeKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: wake up app, invalid parameter, encode key.
    AliGenieWakeUpAppInvalidParameterEncodeKey,
    /// `AliGenie.WakeUpApp.InvalidParameter.EncodeType`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: wake up app, invalid parameter, encode type.
    AliGenieWakeUpAppInvalidParameterEncodeType,
    /// `AliGenie.WakeUpApp.InvalidParameter.TargetType`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: wake up app, invalid parameter, target type.
    AliGenieWakeUpAppInvalidParameterTargetType,
    /// `AliGenie.WakeUpApp.InvalidParameter.OrganizationId`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: wake up app, invalid parameter, organization id.
    AliGenieWakeUpAppInvalidParameterOrganizationId,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `ServerError`: HTTP 500; retry: never; category: internal.
    /// Server error.
    ServerError,
    /// `AliGenie.GetDeviceTag.InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: get device tag, invalid parameter.
    AliGenieGetDeviceTagInvalidParameter,
    /// `IdempotentParameterMismatch`: HTTP 400; retry: never; category: failed_precondition.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatch,
    /// `AliGenie.GetDeviceBasicInfo.InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: get device basic info, invalid parameter.
    AliGenieGetDeviceBasicInfoInvalidParameter,
    /// `AliGenie.GetDeviceIdByIdentity.InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: get device id by identity, invalid parameter.
    AliGenieGetDeviceIdByIdentityInvalidParameter,
    /// `AliGenie.GetDeviceStatusInfo.InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: get device status info, invalid parameter.
    AliGenieGetDeviceStatusInfoInvalidParameter,
    /// `AliGenie.GetUserByDeviceId.InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: get user by device id, invalid parameter.
    AliGenieGetUserByDeviceIdInvalidParameter,
    /// `AliGenie.ListDeviceBasicInfo.InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: list device basic info, invalid parameter.
    AliGenieListDeviceBasicInfoInvalidParameter,
    /// `AliGenie.ListDeviceByUserId.InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: list device by user id, invalid parameter.
    AliGenieListDeviceByUserIdInvalidParameter,
    /// `AliGenie.ListDeviceIdByIdentity.InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: list device id by identity, invalid parameter.
    AliGenieListDeviceIdByIdentityInvalidParameter,
    /// `AliGenie.UnbindDevice.InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Ali genie: unbind device, invalid parameter.
    AliGenieUnbindDeviceInvalidParameter,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 36] = [
        "500",
        "AliGenie.Public.InternalError",
        "10000",
        "AliGenie.GetPhoneNumber.InvalidParameter.UserIdentity",
        "AliGenie.GetPhoneNumber.BizError",
        "AliGenie.PushNotifications.InvalidParameter.PlaceHolder",
        "AliGenie.PushNotifications.InvalidParameter.SendTarget",
        "AliGenie.PushNotifications.InvalidParameter.MessageTemplateId",
        "AliGenie.PushNotifications.InvalidParameter",
        "AliGenie.Notifications.Application.Invalid",
        "AliGenie.Notifications.Application.Status",
        "AliGenie.Notifications.Application.Url",
        "AliGenie.Notifications.InvalidParameter.DeviceInfo",
        "AliGenie.Notifications.InvalidParameter.UserInfo",
        "AliGenie.WakeUpApp.Device.Offline",
        "AliGenie.WakeUpApp.InvalidParameter.GenieAppId",
        "AliGenie.WakeUpApp.InvalidParameter.Body",
        "AliGenie.WakeUpApp.InvalidParameter.TargetInfo",
        "AliGenie.WakeUpApp.InvalidParameter.Path",
        "AliGenie.WakeUpApp.InvalidParameter.TargetIdentity",
        "AliGenie.WakeUpApp.InvalidParameter.EncodeKey",
        "AliGenie.WakeUpApp.InvalidParameter.EncodeType",
        "AliGenie.WakeUpApp.InvalidParameter.TargetType",
        "AliGenie.WakeUpApp.InvalidParameter.OrganizationId",
        "InvalidParameter",
        "ServerError",
        "AliGenie.GetDeviceTag.InvalidParameter",
        "IdempotentParameterMismatch",
        "AliGenie.GetDeviceBasicInfo.InvalidParameter",
        "AliGenie.GetDeviceIdByIdentity.InvalidParameter",
        "AliGenie.GetDeviceStatusInfo.InvalidParameter",
        "AliGenie.GetUserByDeviceId.InvalidParameter",
        "AliGenie.ListDeviceBasicInfo.InvalidParameter",
        "AliGenie.ListDeviceByUserId.InvalidParameter",
        "AliGenie.ListDeviceIdByIdentity.InvalidParameter",
        "AliGenie.UnbindDevice.InvalidParameter",
    ];
    static NAME_CODES: [u32; 2] = [0, 2];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Code500Code10000",
        ends: &[0, 7, 16],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Numeric error code 500; see the product's documentation for its meaning.Ali genie: public, internal error.Numeric error code 10000; see the product's documentation for its meaning.Ali genie: get phone number, invalid parameter, user identity.Ali genie: get phone number, biz error.Ali genie: push notifications, invalid parameter, place holder.Ali genie: push notifications, invalid parameter, send target.Ali genie: push notifications, invalid parameter, message template id.Ali genie: push notifications, invalid parameter.Ali genie: notifications, application, invalid.Ali genie: notifications, application, status.Ali genie: notifications, application, url.Ali genie: notifications, invalid parameter, device info.Ali genie: notifications, invalid parameter, user info.Ali genie: wake up app, device, offline.Ali genie: wake up app, invalid parameter, genie app id.Ali genie: wake up app, invalid parameter, body.Ali genie: wake up app, invalid parameter, target info.Ali genie: wake up app, invalid parameter, path.Ali genie: wake up app, invalid parameter, target identity.Ali genie: wake up app, invalid parameter, encode key.Ali genie: wake up app, invalid parameter, encode type.Ali genie: wake up app, invalid parameter, target type.Ali genie: wake up app, invalid parameter, organization id.A parameter is invalid.Server error.Ali genie: get device tag, invalid parameter.Idempotent parameter mismatch.Ali genie: get device basic info, invalid parameter.Ali genie: get device id by identity, invalid parameter.Ali genie: get device status info, invalid parameter.Ali genie: get user by device id, invalid parameter.Ali genie: list device basic info, invalid parameter.Ali genie: list device by user id, invalid parameter.Ali genie: list device id by identity, invalid parameter.Ali genie: unbind device, invalid parameter.",
        ends: &[
            0, 72, 106, 180, 242, 281, 344, 406, 476, 525, 572, 618, 661, 718, 773, 813,
            869, 917, 972, 1020, 1079, 1133, 1188, 1243, 1302, 1325, 1338, 1383, 1413,
            1465, 1521, 1574, 1626, 1679, 1732, 1789, 1833,
        ],
    };
    static STATUSES: [u16; 36] = [
        400, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 500, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 37] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36,
    ];
    static RETRY: [::cloud_errors::Retry; 36] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 36] = ::cloud_errors::__private::category_column(
        b"cmcccccccccccccccccccccccmcicccccccc",
    );
    static PILOTS: [u16; 9] = [4, 18, 23, 0, 9, 65, 1, 7, 9];
    static SLOTS: [(&str, u32); 40] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            29, 11, 24, 4294967295, 0, 1, 32, 6, 28, 15, 13, 21, 19, 34, 8, 22,
            4294967295, 4294967295, 25, 10, 27, 30, 26, 23, 12, 20, 17, 35, 4294967295,
            14, 16, 18, 31, 9, 3, 5, 2, 4, 33, 7,
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
    const PROVIDER: &'static str = "Alibaba Cloud AliGenie";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud AliGenie's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud AliGenie: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
