// @generated from catalogs/alibaba/gemp.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud GEMP: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud GEMP: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ProblemStatusError`: HTTP 400; retry: never; category: invalid_argument.
    /// Problem status error.
    ProblemStatusError,
    /// `ProblemNotExisted`: HTTP 404; retry: never; category: not_found.
    /// Problem not existed.
    ProblemNotExisted,
    /// `WebhookVerificationError`: HTTP 403; retry: never; category: permission_denied.
    /// Webhook verification error.
    WebhookVerificationError,
    /// `WebhookAddressFormatError`: HTTP 403; retry: never; category: permission_denied.
    /// Webhook address format error.
    WebhookAddressFormatError,
    /// `WebhookAccessRestricts`: HTTP 403; retry: never; category: permission_denied.
    /// Webhook access restricts.
    WebhookAccessRestricts,
    /// `IntegationConfigAlreadyIntegrated`: HTTP 403; retry: never; category: permission_denied.
    /// Integation config already integrated.
    IntegationConfigAlreadyIntegrated,
    /// `IntegationConfigNotExists`: HTTP 404; retry: never; category: not_found.
    /// Integation config not exists.
    IntegationConfigNotExists,
    /// `EscalationPlanRuleNull`: HTTP 400; retry: never; category: invalid_argument.
    /// Escalation plan rule null.
    EscalationPlanRuleNull,
    /// `EscalationPlanServiceNull`: HTTP 400; retry: never; category: invalid_argument.
    /// Escalation plan service null.
    EscalationPlanServiceNull,
    /// `EscalationPlanAlreadyExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// Escalation plan already existed.
    EscalationPlanAlreadyExisted,
    /// `EscalationPlanServiceAleardyRelated`: HTTP 400; retry: never; category: invalid_argument.
    /// Escalation plan service aleardy related.
    EscalationPlanServiceAleardyRelated,
    /// `ResourceNotFound`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFound,
    /// `IncidentStatusInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Incident status invalid.
    IncidentStatusInvalid,
    /// `IncidentUpdateInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Incident update invalid.
    IncidentUpdateInvalid,
    /// `IncidentNotExtisted`: HTTP 404; retry: never; category: not_found.
    /// Incident not extisted.
    IncidentNotExtisted,
    /// `IntegationConfigAlreadyExists`: HTTP 403; retry: never; category: permission_denied.
    /// Integation config already exists.
    IntegationConfigAlreadyExists,
    /// `CreateIntegrationConfigFail`: HTTP 403; retry: never; category: permission_denied.
    /// Create integration config fail.
    CreateIntegrationConfigFail,
    /// `MonitorSourceNotExists`: HTTP 404; retry: never; category: not_found.
    /// Monitor source not exists.
    MonitorSourceNotExists,
    /// `EffectionServiceAlreadyExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// Effection service already existed.
    EffectionServiceAlreadyExisted,
    /// `TimelineFormatException`: HTTP 403; retry: never; category: permission_denied.
    /// Timeline format exception.
    TimelineFormatException,
    /// `TimeFormatException`: HTTP 403; retry: never; category: permission_denied.
    /// Time format exception.
    TimeFormatException,
    /// `AddRouteRuleFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Add route rule fail.
    AddRouteRuleFail,
    /// `RouteRuleNameAlreadyExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// Route rule name already existed.
    RouteRuleNameAlreadyExisted,
    /// `AddServiceFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Add service fail.
    AddServiceFail,
    /// `ServiceNameAlreadyExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// Service name already existed.
    ServiceNameAlreadyExisted,
    /// `ServiceGroupWebHookLinkAlreadyExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// Service group web hook link already existed.
    ServiceGroupWebHookLinkAlreadyExisted,
    /// `ServiceGroupNameAlreadyExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// Service group name already existed.
    ServiceGroupNameAlreadyExisted,
    /// `AddServiceGroupFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Add service group fail.
    AddServiceGroupFail,
    /// `openFailed`: HTTP 405; retry: never; category: failed_precondition.
    /// Open failed.
    OpenFailed,
    /// `NotifySubsAlreadyExists`: HTTP 403; retry: never; category: permission_denied.
    /// Notify subs already exists.
    NotifySubsAlreadyExists,
    /// `TenantAppAlreadyExisit`: HTTP 400; retry: never; category: invalid_argument.
    /// Tenant app already exisit.
    TenantAppAlreadyExisit,
    /// `PhoneAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Phone already exists.
    PhoneAlreadyExists,
    /// `IdentitySelectionError`: HTTP 402; retry: never; category: failed_precondition.
    /// Identity selection error.
    IdentitySelectionError,
    /// `UserAlreadyExists`: HTTP 403; retry: never; category: permission_denied.
    /// User already exists.
    UserAlreadyExists,
    /// `EscalationPlanNotExists`: HTTP 404; retry: never; category: not_found.
    /// Escalation plan not exists.
    EscalationPlanNotExists,
    /// `DeleteEnabledRuleFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Delete enabled rule fail.
    DeleteEnabledRuleFail,
    /// `DeleteRuleFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Delete rule fail.
    DeleteRuleFail,
    /// `RouteRuleNotExisted`: HTTP 404; retry: never; category: not_found.
    /// Route rule not existed.
    RouteRuleNotExisted,
    /// `DeleteServiceFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Delete service fail.
    DeleteServiceFail,
    /// `ServiceNotExisted`: HTTP 404; retry: never; category: not_found.
    /// Service not existed.
    ServiceNotExisted,
    /// `DeleteServiceGroupFail`: HTTP 400, 402; retry: never; category: invalid_argument.
    /// Delete service group fail.
    DeleteServiceGroupFail,
    /// `ServiceGroupNotExisted`: HTTP 400, 401; retry: never; category: invalid_argument.
    /// Service group not existed.
    ServiceGroupNotExisted,
    /// `DeleteServiceGroupSchedulingFail`: HTTP 401; retry: never; category: unauthenticated.
    /// Delete service group scheduling fail.
    DeleteServiceGroupSchedulingFail,
    /// `DeleteUserFail`: HTTP 400, 401, 402; retry: never; category: invalid_argument.
    /// Delete user fail.
    DeleteUserFail,
    /// `UserNotExists`: HTTP 404; retry: never; category: not_found.
    /// User not exists.
    UserNotExists,
    /// `EscalationPlanAlreadyDisable`: HTTP 400; retry: never; category: invalid_argument.
    /// Escalation plan already disable.
    EscalationPlanAlreadyDisable,
    /// `IntegationConfigNotIntegrated`: HTTP 403; retry: never; category: permission_denied.
    /// Integation config not integrated.
    IntegationConfigNotIntegrated,
    /// `IntegationConfigAlreadyDisable`: HTTP 403; retry: never; category: permission_denied.
    /// Integation config already disable.
    IntegationConfigAlreadyDisable,
    /// `DisableWebhookFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Disable webhook failed.
    DisableWebhookFailed,
    /// `NotifySubsAlreadyDisable`: HTTP 403; retry: never; category: permission_denied.
    /// Notify subs already disable.
    NotifySubsAlreadyDisable,
    /// `NotifySubsNotExists`: HTTP 404; retry: never; category: not_found.
    /// Notify subs not exists.
    NotifySubsNotExists,
    /// `EscalationPlanAlreadyEnable`: HTTP 400; retry: never; category: invalid_argument.
    /// Escalation plan already enable.
    EscalationPlanAlreadyEnable,
    /// `IntegationConfigAlreadyEnable`: HTTP 403; retry: never; category: permission_denied.
    /// Integation config already enable.
    IntegationConfigAlreadyEnable,
    /// `EnableRouteRuleFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Enable route rule fail.
    EnableRouteRuleFail,
    /// `EnableServiceGroupWebhookFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Enable service group webhook fail.
    EnableServiceGroupWebhookFail,
    /// `NotifySubsAlreadyEnable`: HTTP 403; retry: never; category: permission_denied.
    /// Notify subs already enable.
    NotifySubsAlreadyEnable,
    /// `UserNotAdded`: HTTP 403; retry: never; category: permission_denied.
    /// User not added.
    UserNotAdded,
    /// `EffectionServiceNotExisted`: HTTP 404; retry: never; category: not_found.
    /// Effection service not existed.
    EffectionServiceNotExisted,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `UserTypeNotExisted`: HTTP 404; retry: never; category: not_found.
    /// User type not existed.
    UserTypeNotExisted,
    /// `InvalidTag.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag: mismatch.
    InvalidTagMismatch,
    /// `InvalidTagCount`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag count.
    InvalidTagCount,
    /// `InvalidInstanceChargeType.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid instance charge type: not found.
    InvalidInstanceChargeTypeNotFound,
    /// `InvalidInternetChargeType.ValueNotSupported`: HTTP 404; retry: never; category: not_found.
    /// Invalid internet charge type: value not supported.
    InvalidInternetChargeTypeValueNotSupported,
    /// `IntegationConfigNotDisable`: HTTP 403; retry: never; category: permission_denied.
    /// Integation config not disable.
    IntegationConfigNotDisable,
    /// `IntegrationConfigExistsRouteRule`: HTTP 400; retry: never; category: invalid_argument.
    /// Integration config exists route rule.
    IntegrationConfigExistsRouteRule,
    /// `UnbindUserFail`: HTTP 401, 402, 403; retry: never; category: unauthenticated.
    /// Unbind user fail.
    UnbindUserFail,
    /// `ProblemMeasureNotExisted`: HTTP 404; retry: never; category: not_found.
    /// Problem measure not existed.
    ProblemMeasureNotExisted,
    /// `ProblemTimelineNotExisted`: HTTP 404; retry: never; category: not_found.
    /// Problem timeline not existed.
    ProblemTimelineNotExisted,
    /// `EditServiceFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Edit service fail.
    EditServiceFail,
    /// `EditServiceGroupFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Edit service group fail.
    EditServiceGroupFail,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 71] = [
        "ProblemStatusError",
        "ProblemNotExisted",
        "WebhookVerificationError",
        "WebhookAddressFormatError",
        "WebhookAccessRestricts",
        "IntegationConfigAlreadyIntegrated",
        "IntegationConfigNotExists",
        "EscalationPlanRuleNull",
        "EscalationPlanServiceNull",
        "EscalationPlanAlreadyExisted",
        "EscalationPlanServiceAleardyRelated",
        "ResourceNotFound",
        "IncidentStatusInvalid",
        "IncidentUpdateInvalid",
        "IncidentNotExtisted",
        "IntegationConfigAlreadyExists",
        "CreateIntegrationConfigFail",
        "MonitorSourceNotExists",
        "EffectionServiceAlreadyExisted",
        "TimelineFormatException",
        "TimeFormatException",
        "AddRouteRuleFail",
        "RouteRuleNameAlreadyExisted",
        "AddServiceFail",
        "ServiceNameAlreadyExisted",
        "ServiceGroupWebHookLinkAlreadyExisted",
        "ServiceGroupNameAlreadyExisted",
        "AddServiceGroupFail",
        "openFailed",
        "NotifySubsAlreadyExists",
        "TenantAppAlreadyExisit",
        "PhoneAlreadyExists",
        "IdentitySelectionError",
        "UserAlreadyExists",
        "EscalationPlanNotExists",
        "DeleteEnabledRuleFail",
        "DeleteRuleFail",
        "RouteRuleNotExisted",
        "DeleteServiceFail",
        "ServiceNotExisted",
        "DeleteServiceGroupFail",
        "ServiceGroupNotExisted",
        "DeleteServiceGroupSchedulingFail",
        "DeleteUserFail",
        "UserNotExists",
        "EscalationPlanAlreadyDisable",
        "IntegationConfigNotIntegrated",
        "IntegationConfigAlreadyDisable",
        "DisableWebhookFailed",
        "NotifySubsAlreadyDisable",
        "NotifySubsNotExists",
        "EscalationPlanAlreadyEnable",
        "IntegationConfigAlreadyEnable",
        "EnableRouteRuleFail",
        "EnableServiceGroupWebhookFail",
        "NotifySubsAlreadyEnable",
        "UserNotAdded",
        "EffectionServiceNotExisted",
        "InvalidParameter",
        "UserTypeNotExisted",
        "InvalidTag.Mismatch",
        "InvalidTagCount",
        "InvalidInstanceChargeType.NotFound",
        "InvalidInternetChargeType.ValueNotSupported",
        "IntegationConfigNotDisable",
        "IntegrationConfigExistsRouteRule",
        "UnbindUserFail",
        "ProblemMeasureNotExisted",
        "ProblemTimelineNotExisted",
        "EditServiceFail",
        "EditServiceGroupFail",
    ];
    static NAME_CODES: [u32; 1] = [28];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "OpenFailed",
        ends: &[0, 10],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Problem status error.Problem not existed.Webhook verification error.Webhook address format error.Webhook access restricts.Integation config already integrated.Integation config not exists.Escalation plan rule null.Escalation plan service null.Escalation plan already existed.Escalation plan service aleardy related.Resource not found.Incident status invalid.Incident update invalid.Incident not extisted.Integation config already exists.Create integration config fail.Monitor source not exists.Effection service already existed.Timeline format exception.Time format exception.Add route rule fail.Route rule name already existed.Add service fail.Service name already existed.Service group web hook link already existed.Service group name already existed.Add service group fail.Open failed.Notify subs already exists.Tenant app already exisit.Phone already exists.Identity selection error.User already exists.Escalation plan not exists.Delete enabled rule fail.Delete rule fail.Route rule not existed.Delete service fail.Service not existed.Delete service group fail.Service group not existed.Delete service group scheduling fail.Delete user fail.User not exists.Escalation plan already disable.Integation config not integrated.Integation config already disable.Disable webhook failed.Notify subs already disable.Notify subs not exists.Escalation plan already enable.Integation config already enable.Enable route rule fail.Enable service group webhook fail.Notify subs already enable.User not added.Effection service not existed.A parameter is invalid.User type not existed.Invalid tag: mismatch.Invalid tag count.Invalid instance charge type: not found.Invalid internet charge type: value not supported.Integation config not disable.Integration config exists route rule.Unbind user fail.Problem measure not existed.Problem timeline not existed.Edit service fail.Edit service group fail.",
        ends: &[
            0, 21, 41, 68, 97, 122, 159, 188, 214, 243, 275, 315, 334, 358, 382, 404,
            437, 468, 494, 528, 554, 576, 596, 628, 645, 674, 718, 753, 776, 788, 815,
            841, 862, 887, 907, 934, 959, 976, 999, 1019, 1039, 1065, 1091, 1128, 1145,
            1161, 1193, 1226, 1260, 1283, 1311, 1334, 1365, 1398, 1421, 1455, 1482, 1497,
            1527, 1550, 1572, 1594, 1612, 1652, 1702, 1732, 1769, 1786, 1814, 1843, 1861,
            1885,
        ],
    };
    static STATUSES: [u16; 77] = [
        400, 404, 403, 403, 403, 403, 404, 400, 400, 400, 400, 404, 400, 400, 404, 403,
        403, 404, 400, 403, 403, 400, 400, 400, 400, 400, 400, 400, 405, 403, 400, 400,
        402, 403, 404, 400, 400, 404, 400, 404, 400, 402, 400, 401, 401, 400, 401, 402,
        404, 400, 403, 403, 400, 403, 404, 400, 403, 400, 400, 403, 403, 404, 400, 404,
        400, 400, 404, 404, 403, 400, 401, 402, 403, 404, 404, 400, 400,
    ];
    static STATUS_ENDS: [u32; 72] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 42, 44,
        45, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66,
        67, 68, 69, 70, 73, 74, 75, 76, 77,
    ];
    static RETRY: [::cloud_errors::Retry; 71] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 71] = ::cloud_errors::__private::category_column(
        b"ceggggeccccecceggecggcccccccigccigeccececcpcecggcgecgccggececceegcpeecc",
    );
    static PILOTS: [u16; 18] = [
        10, 0, 5, 3, 161, 66, 1, 10, 1, 0, 0, 34, 31, 47, 74, 110, 69, 261,
    ];
    static SLOTS: [(&str, u32); 78] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            34, 41, 16, 3, 7, 24, 61, 49, 56, 31, 4294967295, 60, 37, 44, 36, 4294967295,
            4294967295, 6, 26, 19, 68, 28, 50, 52, 70, 2, 11, 8, 18, 42, 40, 33, 22, 20,
            30, 17, 39, 64, 4294967295, 25, 58, 65, 4, 63, 32, 13, 69, 5, 45, 35, 38, 54,
            46, 59, 23, 14, 15, 43, 0, 4294967295, 10, 55, 4294967295, 67, 66, 57, 29,
            53, 9, 62, 12, 1, 47, 27, 4294967295, 48, 51, 21,
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
    const PROVIDER: &'static str = "Alibaba Cloud GEMP";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud GEMP's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud GEMP: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
