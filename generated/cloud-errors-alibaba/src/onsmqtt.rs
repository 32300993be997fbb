// @generated from catalogs/alibaba/onsmqtt.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud OnsMqtt: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud OnsMqtt: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ParameterFieldCheckFailed`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Parameter field check failed.
    ParameterFieldCheckFailed,
    /// `FindCaBySnError`: HTTP 500; retry: never; category: internal.
    /// Find ca by sn error.
    FindCaBySnError,
    /// `MqttOwnerCheckError`: HTTP 500; retry: never; category: internal.
    /// Mqtt owner check error.
    MqttOwnerCheckError,
    /// `MqttInstanceNotFound`: HTTP 500; retry: never; category: internal.
    /// Mqtt instance not found.
    MqttInstanceNotFound,
    /// `FindDeviceBySnError`: HTTP 500; retry: never; category: internal.
    /// Find device by sn error.
    FindDeviceBySnError,
    /// `InstancePermissionCheckFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance permission check failed.
    InstancePermissionCheckFailed,
    /// `Customauth.over.capacity`: HTTP 400; retry: never; category: invalid_argument.
    /// Customauth: over, capacity.
    CustomauthOverCapacity,
    /// `ApiNotSupport`: HTTP 404; retry: never; category: not_found.
    /// Api not support.
    ApiNotSupport,
    /// `ApplyTokenOverFlow`: HTTP 400; retry: never; category: invalid_argument.
    /// Apply token over flow.
    ApplyTokenOverFlow,
    /// `CheckAccountInfoFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Check account info failed.
    CheckAccountInfoFailed,
    /// `ParameterCheckFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter check failed.
    ParameterCheckFailed,
    /// `PermissionCheckFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Permission check failed.
    PermissionCheckFailed,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `SystemOverFlow`: HTTP 500; retry: never; category: internal.
    /// System over flow.
    SystemOverFlow,
    /// `GroupIdAlreadyExsited`: HTTP 400; retry: never; category: invalid_argument.
    /// Group id already exsited.
    GroupIdAlreadyExsited,
    /// `GroupIdAlreadyUsedByOtherUsers`: HTTP 400; retry: never; category: invalid_argument.
    /// Group id already used by other users.
    GroupIdAlreadyUsedByOtherUsers,
    /// `InstanceNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance not found.
    InstanceNotFound,
    /// `CreateGroupIdError`: HTTP 500; retry: never; category: internal.
    /// Create group id error.
    CreateGroupIdError,
    /// `ResourcePermissionCheckFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource permission check failed.
    ResourcePermissionCheckFailed,
    /// `DeleteGroupIdError`: HTTP 500; retry: never; category: internal.
    /// Delete group id error.
    DeleteGroupIdError,
    /// `DeviceCredentialNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Device credential not found.
    DeviceCredentialNotFound,
    /// `QueryTokenOverFlow`: HTTP 400; retry: never; category: invalid_argument.
    /// Query token over flow.
    QueryTokenOverFlow,
    /// `RegisterCodeError`: HTTP 500; retry: never; category: internal.
    /// Register code error.
    RegisterCodeError,
    /// `RegisterCodeUsed`: HTTP 500; retry: never; category: internal.
    /// Register code used.
    RegisterCodeUsed,
    /// `GetCaNumError`: HTTP 500; retry: never; category: internal.
    /// Get ca num error.
    GetCaNumError,
    /// `CaNumExceed`: HTTP 500; retry: never; category: internal.
    /// Ca num exceed.
    CaNumExceed,
    /// `CertificateContentError`: HTTP 500; retry: never; category: internal.
    /// Certificate content error.
    CertificateContentError,
    /// `SnNotUnique`: HTTP 500; retry: never; category: internal.
    /// Sn not unique.
    SnNotUnique,
    /// `DeviceCredentialNumExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Device credential num exceed.
    DeviceCredentialNumExceed,
    /// `DeviceCredentialExsit`: HTTP 400; retry: never; category: invalid_argument.
    /// Device credential exsit.
    DeviceCredentialExsit,
    /// `RevokeTokenOverFlow`: HTTP 400; retry: never; category: invalid_argument.
    /// Revoke token over flow.
    RevokeTokenOverFlow,
    /// `SendMessageFailed`: HTTP 500; retry: never; category: internal.
    /// Send message failed.
    SendMessageFailed,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 32] = [
        "ParameterFieldCheckFailed",
        "FindCaBySnError",
        "MqttOwnerCheckError",
        "MqttInstanceNotFound",
        "FindDeviceBySnError",
        "InstancePermissionCheckFailed",
        "Customauth.over.capacity",
        "ApiNotSupport",
        "ApplyTokenOverFlow",
        "CheckAccountInfoFailed",
        "ParameterCheckFailed",
        "PermissionCheckFailed",
        "InternalError",
        "SystemOverFlow",
        "GroupIdAlreadyExsited",
        "GroupIdAlreadyUsedByOtherUsers",
        "InstanceNotFound",
        "CreateGroupIdError",
        "ResourcePermissionCheckFailed",
        "DeleteGroupIdError",
        "DeviceCredentialNotFound",
        "QueryTokenOverFlow",
        "RegisterCodeError",
        "RegisterCodeUsed",
        "GetCaNumError",
        "CaNumExceed",
        "CertificateContentError",
        "SnNotUnique",
        "DeviceCredentialNumExceed",
        "DeviceCredentialExsit",
        "RevokeTokenOverFlow",
        "SendMessageFailed",
    ];
    static NAME_CODES: [u32; 1] = [6];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "CustomauthOverCapacity",
        ends: &[0, 22],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Parameter field check failed.Find ca by sn error.Mqtt owner check error.Mqtt instance not found.Find device by sn error.Instance permission check failed.Customauth: over, capacity.Api not support.Apply token over flow.Check account info failed.Parameter check failed.Permission check failed.An internal error occurred.System over flow.Group id already exsited.Group id already used by other users.Instance not found.Create group id error.Resource permission check failed.Delete group id error.Device credential not found.Query token over flow.Register code error.Register code used.Get ca num error.Ca num exceed.Certificate content error.Sn not unique.Device credential num exceed.Device credential exsit.Revoke token over flow.Send message failed.",
        ends: &[
            0, 29, 49, 72, 96, 120, 153, 180, 196, 218, 244, 267, 291, 318, 335, 360,
            397, 416, 438, 471, 493, 521, 543, 563, 582, 599, 613, 639, 653, 682, 706,
            729, 749,
        ],
    };
    static STATUSES: [u16; 33] = [
        400, 500, 500, 500, 500, 500, 400, 400, 404, 400, 400, 400, 400, 500, 500, 400,
        400, 400, 500, 400, 500, 400, 400, 500, 500, 500, 500, 500, 500, 400, 400, 400,
        500,
    ];
    static STATUS_ENDS: [u32; 33] = [
        0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33,
    ];
    static RETRY: [::cloud_errors::Retry; 32] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaabaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 32] = ::cloud_errors::__private::category_column(
        b"cmmmmcceccccmmcccmcmccmmmmmmcccm",
    );
    static PILOTS: [u16; 8] = [23, 0, 241, 2, 0, 3, 24, 811];
    static SLOTS: [(&str, u32); 35] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            14, 31, 7, 5, 30, 12, 20, 21, 25, 1, 18, 11, 16, 0, 15, 28, 6, 4294967295,
            29, 23, 4, 24, 4294967295, 4294967295, 2, 13, 27, 17, 26, 10, 9, 8, 3, 19, 22,
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
    const PROVIDER: &'static str = "Alibaba Cloud OnsMqtt";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud OnsMqtt's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud OnsMqtt: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
