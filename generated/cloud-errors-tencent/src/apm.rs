// @generated from catalogs/tencent/apm.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud APM: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud APM: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.AccessCAMFail`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: access CAM fail.
    AuthFailureAccessCamFail,
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation.
    AuthFailureUnauthorizedOperation,
    /// `AuthFailure.UnmarshalResponse`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unmarshal response.
    AuthFailureUnmarshalResponse,
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The request was a dry run and was not carried out.
    DryRunOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AccessTagFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: access tag fail.
    FailedOperationAccessTagFail,
    /// `FailedOperation.AgentNotOnlineError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: agent not online error.
    FailedOperationAgentNotOnlineError,
    /// `FailedOperation.AgentOperationConfigInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: agent operation config invalid.
    FailedOperationAgentOperationConfigInvalid,
    /// `FailedOperation.AgentVersionNotSupportError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: agent version not support error.
    FailedOperationAgentVersionNotSupportError,
    /// `FailedOperation.ApmCredentialNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: apm credential not exist.
    FailedOperationApmCredentialNotExist,
    /// `FailedOperation.AppIdNotMatchInstanceInfo`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: app id not match instance info.
    FailedOperationAppIdNotMatchInstanceInfo,
    /// `FailedOperation.AssociationModifyRequestNotValidError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: association modify request not valid error.
    FailedOperationAssociationModifyRequestNotValidError,
    /// `FailedOperation.CKafkaDiffAssociationError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: c kafka diff association error.
    FailedOperationCKafkaDiffAssociationError,
    /// `FailedOperation.CKafkaEmptyTopicError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: c kafka empty topic error.
    FailedOperationCKafkaEmptyTopicError,
    /// `FailedOperation.CKafkaGetRouteIDFailedError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: c kafka get route ID failed error.
    FailedOperationCKafkaGetRouteIdFailedError,
    /// `FailedOperation.CKafkaGetRouteTimeoutError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: c kafka get route timeout error.
    FailedOperationCKafkaGetRouteTimeoutError,
    /// `FailedOperation.CKafkaNotAvailableError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: c kafka not available error.
    FailedOperationCKafkaNotAvailableError,
    /// `FailedOperation.DemoInstanceNotAllowModified`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: demo instance not allow modified.
    FailedOperationDemoInstanceNotAllowModified,
    /// `FailedOperation.DuplicateService`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: duplicate service.
    FailedOperationDuplicateService,
    /// `FailedOperation.DuplicateTagField`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: duplicate tag field.
    FailedOperationDuplicateTagField,
    /// `FailedOperation.FocusNodeNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: focus node not found.
    FailedOperationFocusNodeNotFound,
    /// `FailedOperation.InstanceCannotModify`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance cannot modify.
    FailedOperationInstanceCannotModify,
    /// `FailedOperation.InstanceCannotTerminate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance cannot terminate.
    FailedOperationInstanceCannotTerminate,
    /// `FailedOperation.InstanceIdIsEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance id is empty.
    FailedOperationInstanceIdIsEmpty,
    /// `FailedOperation.InstanceNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance not found.
    FailedOperationInstanceNotFound,
    /// `FailedOperation.InvalidInstanceID`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid instance ID.
    FailedOperationInvalidInstanceId,
    /// `FailedOperation.InvalidOperationType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid operation type.
    FailedOperationInvalidOperationType,
    /// `FailedOperation.InvalidParam`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid param.
    FailedOperationInvalidParam,
    /// `FailedOperation.InvalidRegex`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid regex.
    FailedOperationInvalidRegex,
    /// `FailedOperation.InvalidRequest`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid request.
    FailedOperationInvalidRequest,
    /// `FailedOperation.InvalidServiceName`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid service name.
    FailedOperationInvalidServiceName,
    /// `FailedOperation.InvalidTagField`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid tag field.
    FailedOperationInvalidTagField,
    /// `FailedOperation.InvalidToken`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid token.
    FailedOperationInvalidToken,
    /// `FailedOperation.MetricFiltersLackParams`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: metric filters lack params.
    FailedOperationMetricFiltersLackParams,
    /// `FailedOperation.NotInnerVPC`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not inner VPC.
    FailedOperationNotInnerVpc,
    /// `FailedOperation.OperationNameIsEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: operation name is empty.
    FailedOperationOperationNameIsEmpty,
    /// `FailedOperation.OperationNotAllowed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: operation not allowed.
    FailedOperationOperationNotAllowed,
    /// `FailedOperation.PeerIdNotAvailable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: peer id not available.
    FailedOperationPeerIdNotAvailable,
    /// `FailedOperation.ProductNameNotAvailable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: product name not available.
    FailedOperationProductNameNotAvailable,
    /// `FailedOperation.PromInstanceNotAvailableError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: prom instance not available error.
    FailedOperationPromInstanceNotAvailableError,
    /// `FailedOperation.PromRuleConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: prom rule conflict.
    FailedOperationPromRuleConflict,
    /// `FailedOperation.PromRuleIsEmptyErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: prom rule is empty err.
    FailedOperationPromRuleIsEmptyErr,
    /// `FailedOperation.PromRuleNameConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: prom rule name conflict.
    FailedOperationPromRuleNameConflict,
    /// `FailedOperation.PromRuleRequestNotValidError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: prom rule request not valid error.
    FailedOperationPromRuleRequestNotValidError,
    /// `FailedOperation.QueryTimeIntervalIsNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query time interval is not supported.
    FailedOperationQueryTimeIntervalIsNotSupported,
    /// `FailedOperation.RegionNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: region not support.
    FailedOperationRegionNotSupport,
    /// `FailedOperation.RouteNotAvailableError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: route not available error.
    FailedOperationRouteNotAvailableError,
    /// `FailedOperation.SampleNameConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: sample name conflict.
    FailedOperationSampleNameConflict,
    /// `FailedOperation.SampleNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: sample not found.
    FailedOperationSampleNotFound,
    /// `FailedOperation.SampleRuleConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: sample rule conflict.
    FailedOperationSampleRuleConflict,
    /// `FailedOperation.SendRequest`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: send request.
    FailedOperationSendRequest,
    /// `FailedOperation.ServiceListExceedingLimitNumber`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: service list exceeding limit number.
    FailedOperationServiceListExceedingLimitNumber,
    /// `FailedOperation.ServiceListNull`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: service list null.
    FailedOperationServiceListNull,
    /// `FailedOperation.ServiceNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: service not found.
    FailedOperationServiceNotFound,
    /// `FailedOperation.ServiceNotMatchAppIdErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: service not match app id err.
    FailedOperationServiceNotMatchAppIdErr,
    /// `FailedOperation.TopicNotAvailableError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: topic not available error.
    FailedOperationTopicNotAvailableError,
    /// `FailedOperation.ViewNameNotExistOrIllegal`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: view name not exist or illegal.
    FailedOperationViewNameNotExistOrIllegal,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.FiltersFieldsNotExistOrIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: filters fields not exist or illegal.
    InvalidParameterFiltersFieldsNotExistOrIllegal,
    /// `InvalidParameter.GroupByFieldsNotExistOrIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: group by fields not exist or illegal.
    InvalidParameterGroupByFieldsNotExistOrIllegal,
    /// `InvalidParameter.MetricFiltersLackParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: metric filters lack params.
    InvalidParameterMetricFiltersLackParams,
    /// `InvalidParameter.MetricsFieldNotExistOrIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: metrics field not exist or illegal.
    InvalidParameterMetricsFieldNotExistOrIllegal,
    /// `InvalidParameter.MetricsFieldsNotAllowEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: metrics fields not allow empty.
    InvalidParameterMetricsFieldsNotAllowEmpty,
    /// `InvalidParameter.PeriodIsIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: period is illegal.
    InvalidParameterPeriodIsIllegal,
    /// `InvalidParameter.QueryTimeIntervalIsNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: query time interval is not supported.
    InvalidParameterQueryTimeIntervalIsNotSupported,
    /// `InvalidParameter.ViewNameNotExistOrIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: view name not exist or illegal.
    InvalidParameterViewNameNotExistOrIllegal,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 68] = [
        "AuthFailure",
        "AuthFailure.AccessCAMFail",
        "AuthFailure.UnauthorizedOperation",
        "AuthFailure.UnmarshalResponse",
        "DryRunOperation",
        "FailedOperation",
        "FailedOperation.AccessTagFail",
        "FailedOperation.AgentNotOnlineError",
        "FailedOperation.AgentOperationConfigInvalid",
        "FailedOperation.AgentVersionNotSupportError",
        "FailedOperation.ApmCredentialNotExist",
        "FailedOperation.AppIdNotMatchInstanceInfo",
        "FailedOperation.AssociationModifyRequestNotValidError",
        "FailedOperation.CKafkaDiffAssociationError",
        "FailedOperation.CKafkaEmptyTopicError",
        "FailedOperation.CKafkaGetRouteIDFailedError",
        "FailedOperation.CKafkaGetRouteTimeoutError",
        "FailedOperation.CKafkaNotAvailableError",
        "FailedOperation.DemoInstanceNotAllowModified",
        "FailedOperation.DuplicateService",
        "FailedOperation.DuplicateTagField",
        "FailedOperation.FocusNodeNotFound",
        "FailedOperation.InstanceCannotModify",
        "FailedOperation.InstanceCannotTerminate",
        "FailedOperation.InstanceIdIsEmpty",
        "FailedOperation.InstanceNotFound",
        "FailedOperation.InvalidInstanceID",
        "FailedOperation.InvalidOperationType",
        "FailedOperation.InvalidParam",
        "FailedOperation.InvalidRegex",
        "FailedOperation.InvalidRequest",
        "FailedOperation.InvalidServiceName",
        "FailedOperation.InvalidTagField",
        "FailedOperation.InvalidToken",
        "FailedOperation.MetricFiltersLackParams",
        "FailedOperation.NotInnerVPC",
        "FailedOperation.OperationNameIsEmpty",
        "FailedOperation.OperationNotAllowed",
        "FailedOperation.PeerIdNotAvailable",
        "FailedOperation.ProductNameNotAvailable",
        "FailedOperation.PromInstanceNotAvailableError",
        "FailedOperation.PromRuleConflict",
        "FailedOperation.PromRuleIsEmptyErr",
        "FailedOperation.PromRuleNameConflict",
        "FailedOperation.PromRuleRequestNotValidError",
        "FailedOperation.QueryTimeIntervalIsNotSupported",
        "FailedOperation.RegionNotSupport",
        "FailedOperation.RouteNotAvailableError",
        "FailedOperation.SampleNameConflict",
        "FailedOperation.SampleNotFound",
        "FailedOperation.SampleRuleConflict",
        "FailedOperation.SendRequest",
        "FailedOperation.ServiceListExceedingLimitNumber",
        "FailedOperation.ServiceListNull",
        "FailedOperation.ServiceNotFound",
        "FailedOperation.ServiceNotMatchAppIdErr",
        "FailedOperation.TopicNotAvailableError",
        "FailedOperation.ViewNameNotExistOrIllegal",
        "InternalError",
        "InvalidParameter",
        "InvalidParameter.FiltersFieldsNotExistOrIllegal",
        "InvalidParameter.GroupByFieldsNotExistOrIllegal",
        "InvalidParameter.MetricFiltersLackParams",
        "InvalidParameter.MetricsFieldNotExistOrIllegal",
        "InvalidParameter.MetricsFieldsNotAllowEmpty",
        "InvalidParameter.PeriodIsIllegal",
        "InvalidParameter.QueryTimeIntervalIsNotSupported",
        "InvalidParameter.ViewNameNotExistOrIllegal",
    ];
    static NAME_CODES: [u32; 4] = [1, 15, 26, 35];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "AuthFailureAccessCamFailFailedOperationCKafkaGetRouteIdFailedErrorFailedOperationInvalidInstanceIdFailedOperationNotInnerVpc",
        ends: &[0, 24, 66, 98, 124],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: access CAM fail.Authentication failed: unauthorized operation.Authentication failed: unmarshal response.The request was a dry run and was not carried out.The operation failed.The operation failed: access tag fail.The operation failed: agent not online error.The operation failed: agent operation config invalid.The operation failed: agent version not support error.The operation failed: apm credential not exist.The operation failed: app id not match instance info.The operation failed: association modify request not valid error.The operation failed: c kafka diff association error.The operation failed: c kafka empty topic error.The operation failed: c kafka get route ID failed error.The operation failed: c kafka get route timeout error.The operation failed: c kafka not available error.The operation failed: demo instance not allow modified.The operation failed: duplicate service.The operation failed: duplicate tag field.The operation failed: focus node not found.The operation failed: instance cannot modify.The operation failed: instance cannot terminate.The operation failed: instance id is empty.The operation failed: instance not found.The operation failed: invalid instance ID.The operation failed: invalid operation type.The operation failed: invalid param.The operation failed: invalid regex.The operation failed: invalid request.The operation failed: invalid service name.The operation failed: invalid tag field.The operation failed: invalid token.The operation failed: metric filters lack params.The operation failed: not inner VPC.The operation failed: operation name is empty.The operation failed: operation not allowed.The operation failed: peer id not available.The operation failed: product name not available.The operation failed: prom instance not available error.The operation failed: prom rule conflict.The operation failed: prom rule is empty err.The operation failed: prom rule name conflict.The operation failed: prom rule request not valid error.The operation failed: query time interval is not supported.The operation failed: region not support.The operation failed: route not available error.The operation failed: sample name conflict.The operation failed: sample not found.The operation failed: sample rule conflict.The operation failed: send request.The operation failed: service list exceeding limit number.The operation failed: service list null.The operation failed: service not found.The operation failed: service not match app id err.The operation failed: topic not available error.The operation failed: view name not exist or illegal.An internal error occurred.A parameter is invalid.A parameter is invalid: filters fields not exist or illegal.A parameter is invalid: group by fields not exist or illegal.A parameter is invalid: metric filters lack params.A parameter is invalid: metrics field not exist or illegal.A parameter is invalid: metrics fields not allow empty.A parameter is invalid: period is illegal.A parameter is invalid: query time interval is not supported.A parameter is invalid: view name not exist or illegal.",
        ends: &[
            0, 22, 61, 107, 149, 199, 220, 258, 303, 356, 410, 457, 510, 575, 628, 676,
            732, 786, 836, 891, 931, 973, 1016, 1061, 1109, 1152, 1193, 1235, 1280, 1316,
            1352, 1390, 1433, 1473, 1509, 1558, 1594, 1640, 1684, 1728, 1777, 1833, 1874,
            1919, 1965, 2021, 2080, 2121, 2169, 2212, 2251, 2294, 2329, 2387, 2427, 2467,
            2518, 2566, 2619, 2646, 2669, 2729, 2790, 2841, 2900, 2955, 2997, 3058, 3113,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 68] = ::cloud_errors::__private::retry_column(
        b"acccaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 68] = ::cloud_errors::__private::category_column(
        b"bpppiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimccccccccc",
    );
    static PILOTS: [u16; 17] = [
        0, 19, 10, 2, 3, 4, 33, 11, 24, 0, 51, 2, 22, 72, 174, 13, 400,
    ];
    static SLOTS: [(&str, u32); 75] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 1, 57, 21, 8, 12, 5, 39, 49, 36, 9, 4, 46, 45, 2, 60, 38, 62, 66,
            31, 32, 61, 42, 4294967295, 48, 4294967295, 56, 14, 33, 64, 50, 10, 6, 30, 7,
            13, 59, 4294967295, 18, 54, 15, 51, 11, 67, 47, 34, 35, 40, 23, 17, 37, 26,
            4294967295, 52, 65, 4294967295, 22, 3, 28, 25, 4294967295, 27, 19, 41, 29,
            58, 55, 63, 44, 24, 43, 53, 16, 20, 0,
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
    const PROVIDER: &'static str = "Tencent Cloud APM";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud APM's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud APM: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
