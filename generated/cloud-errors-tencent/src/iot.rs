// @generated from catalogs/tencent/iot.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud IOT: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud IOT: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InternalError.IotActionSystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: iot action system error.
    InternalErrorIotActionSystemError,
    /// `InternalError.IotDbError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: iot db error.
    InternalErrorIotDbError,
    /// `InternalError.IotLogSystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: iot log system error.
    InternalErrorIotLogSystemError,
    /// `InternalError.IotShadowSystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: iot shadow system error.
    InternalErrorIotShadowSystemError,
    /// `InternalError.IotSystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: iot system error.
    InternalErrorIotSystemError,
    /// `InternalError.MqiotSystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: mqiot system error.
    InternalErrorMqiotSystemError,
    /// `InternalError.MqruleSystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: mqrule system error.
    InternalErrorMqruleSystemError,
    /// `InvalidParameter.IotApplicationInvalidPassword`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: iot application invalid password.
    InvalidParameterIotApplicationInvalidPassword,
    /// `InvalidParameter.IotApplicationInvalidUserPassword`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: iot application invalid user password.
    InvalidParameterIotApplicationInvalidUserPassword,
    /// `InvalidParameter.IotExpiredAccessToken`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: iot expired access token.
    InvalidParameterIotExpiredAccessToken,
    /// `InvalidParameter.IotExpiredSignature`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: iot expired signature.
    InvalidParameterIotExpiredSignature,
    /// `InvalidParameter.IotInvalidAccessToken`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: iot invalid access token.
    InvalidParameterIotInvalidAccessToken,
    /// `InvalidParameter.IotInvalidSignature`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: iot invalid signature.
    InvalidParameterIotInvalidSignature,
    /// `InvalidParameter.IotParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: iot param error.
    InvalidParameterIotParamError,
    /// `InvalidParameter.IotProductEmptyDataTemplate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: iot product empty data template.
    InvalidParameterIotProductEmptyDataTemplate,
    /// `InvalidParameter.IotProductInvalidAuthType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: iot product invalid auth type.
    InvalidParameterIotProductInvalidAuthType,
    /// `InvalidParameter.IotProductInvalidDataProtocol`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: iot product invalid data protocol.
    InvalidParameterIotProductInvalidDataProtocol,
    /// `InvalidParameter.IotProductInvalidDataTemplate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: iot product invalid data template.
    InvalidParameterIotProductInvalidDataTemplate,
    /// `InvalidParameter.IotProductInvalidDataTemplateRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: iot product invalid data template range.
    InvalidParameterIotProductInvalidDataTemplateRange,
    /// `InvalidParameter.IotProductInvalidGatewayProductId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: iot product invalid gateway product id.
    InvalidParameterIotProductInvalidGatewayProductId,
    /// `InvalidParameter.IotProductInvalidSubDeviceProductId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: iot product invalid sub device product id.
    InvalidParameterIotProductInvalidSubDeviceProductId,
    /// `InvalidParameter.IotStatInvalidDate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: iot stat invalid date.
    InvalidParameterIotStatInvalidDate,
    /// `LimitExceeded.IotBatchTooMany`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: iot batch too many.
    LimitExceededIotBatchTooMany,
    /// `LimitExceeded.IotDeviceOpTooOften`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: iot device op too often.
    LimitExceededIotDeviceOpTooOften,
    /// `LimitExceeded.IotProductOpTooOften`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: iot product op too often.
    LimitExceededIotProductOpTooOften,
    /// `LimitExceeded.IotProductTooManyTopics`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: iot product too many topics.
    LimitExceededIotProductTooManyTopics,
    /// `LimitExceeded.IotRuleOpTooMany`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: iot rule op too many.
    LimitExceededIotRuleOpTooMany,
    /// `LimitExceeded.IotRuleOpTooOften`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: iot rule op too often.
    LimitExceededIotRuleOpTooOften,
    /// `LimitExceeded.IotTopicOpTooOften`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: iot topic op too often.
    LimitExceededIotTopicOpTooOften,
    /// `LimitExceeded.IotUserTooManyProducts`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: iot user too many products.
    LimitExceededIotUserTooManyProducts,
    /// `ResourceInUse.IotApplicationDeviceExists`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: iot application device exists.
    ResourceInUseIotApplicationDeviceExists,
    /// `ResourceInUse.IotApplicationUserExists`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: iot application user exists.
    ResourceInUseIotApplicationUserExists,
    /// `ResourceInUse.IotDeviceExists`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: iot device exists.
    ResourceInUseIotDeviceExists,
    /// `ResourceInUse.IotOpInProgress`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: iot op in progress.
    ResourceInUseIotOpInProgress,
    /// `ResourceInUse.IotProductExists`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: iot product exists.
    ResourceInUseIotProductExists,
    /// `ResourceInUse.IotRuleExists`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: iot rule exists.
    ResourceInUseIotRuleExists,
    /// `ResourceInUse.IotTopicExists`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: iot topic exists.
    ResourceInUseIotTopicExists,
    /// `ResourceInUse.MqiotResourceExists`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: mqiot resource exists.
    ResourceInUseMqiotResourceExists,
    /// `ResourceNotFound.IotApplicationDeviceNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: iot application device not exists.
    ResourceNotFoundIotApplicationDeviceNotExists,
    /// `ResourceNotFound.IotApplicationNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: iot application not exists.
    ResourceNotFoundIotApplicationNotExists,
    /// `ResourceNotFound.IotApplicationUserNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: iot application user not exists.
    ResourceNotFoundIotApplicationUserNotExists,
    /// `ResourceNotFound.IotDeviceNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: iot device not exists.
    ResourceNotFoundIotDeviceNotExists,
    /// `ResourceNotFound.IotProductNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: iot product not exists.
    ResourceNotFoundIotProductNotExists,
    /// `ResourceNotFound.IotRuleNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: iot rule not exists.
    ResourceNotFoundIotRuleNotExists,
    /// `ResourceNotFound.IotSubAccountNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: iot sub account not exists.
    ResourceNotFoundIotSubAccountNotExists,
    /// `ResourceNotFound.IotTopicNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: iot topic not exists.
    ResourceNotFoundIotTopicNotExists,
    /// `ResourceNotFound.IotUserNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: iot user not exists.
    ResourceNotFoundIotUserNotExists,
    /// `ResourceNotFound.MqruleRuleIdNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: mqrule rule id not exists.
    ResourceNotFoundMqruleRuleIdNotExists,
    /// `ResourceUnavailable.IotRuleIsActive`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: iot rule is active.
    ResourceUnavailableIotRuleIsActive,
    /// `ResourceUnavailable.IotRuleNoAction`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: iot rule no action.
    ResourceUnavailableIotRuleNoAction,
    /// `ResourceUnavailable.IotRuleNoQuery`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: iot rule no query.
    ResourceUnavailableIotRuleNoQuery,
    /// `ResourceUnavailable.MqiotResourceNotExists`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: mqiot resource not exists.
    ResourceUnavailableMqiotResourceNotExists,
    /// `UnauthorizedOperation.IotUserIsSuspended`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: iot user is suspended.
    UnauthorizedOperationIotUserIsSuspended,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 53] = [
        "InternalError.IotActionSystemError",
        "InternalError.IotDbError",
        "InternalError.IotLogSystemError",
        "InternalError.IotShadowSystemError",
        "InternalError.IotSystemError",
        "InternalError.MqiotSystemError",
        "InternalError.MqruleSystemError",
        "InvalidParameter.IotApplicationInvalidPassword",
        "InvalidParameter.IotApplicationInvalidUserPassword",
        "InvalidParameter.IotExpiredAccessToken",
        "InvalidParameter.IotExpiredSignature",
        "InvalidParameter.IotInvalidAccessToken",
        "InvalidParameter.IotInvalidSignature",
        "InvalidParameter.IotParamError",
        "InvalidParameter.IotProductEmptyDataTemplate",
        "InvalidParameter.IotProductInvalidAuthType",
        "InvalidParameter.IotProductInvalidDataProtocol",
        "InvalidParameter.IotProductInvalidDataTemplate",
        "InvalidParameter.IotProductInvalidDataTemplateRange",
        "InvalidParameter.IotProductInvalidGatewayProductId",
        "InvalidParameter.IotProductInvalidSubDeviceProductId",
        "InvalidParameter.IotStatInvalidDate",
        "LimitExceeded.IotBatchTooMany",
        "LimitExceeded.IotDeviceOpTooOften",
        "LimitExceeded.IotProductOpTooOften",
        "LimitExceeded.IotProductTooManyTopics",
        "LimitExceeded.IotRuleOpTooMany",
        "LimitExceeded.IotRuleOpTooOften",
        "LimitExceeded.IotTopicOpTooOften",
        "LimitExceeded.IotUserTooManyProducts",
        "ResourceInUse.IotApplicationDeviceExists",
        "ResourceInUse.IotApplicationUserExists",
        "ResourceInUse.IotDeviceExists",
        "ResourceInUse.IotOpInProgress",
        "ResourceInUse.IotProductExists",
        "ResourceInUse.IotRuleExists",
        "ResourceInUse.IotTopicExists",
        "ResourceInUse.MqiotResourceExists",
        "ResourceNotFound.IotApplicationDeviceNotExists",
        "ResourceNotFound.IotApplicationNotExists",
        "ResourceNotFound.IotApplicationUserNotExists",
        "ResourceNotFound.IotDeviceNotExists",
        "ResourceNotFound.IotProductNotExists",
        "ResourceNotFound.IotRuleNotExists",
        "ResourceNotFound.IotSubAccountNotExists",
        "ResourceNotFound.IotTopicNotExists",
        "ResourceNotFound.IotUserNotExists",
        "ResourceNotFound.MqruleRuleIdNotExists",
        "ResourceUnavailable.IotRuleIsActive",
        "ResourceUnavailable.IotRuleNoAction",
        "ResourceUnavailable.IotRuleNoQuery",
        "ResourceUnavailable.MqiotResourceNotExists",
        "UnauthorizedOperation.IotUserIsSuspended",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "An internal error occurred: iot action system error.An internal error occurred: iot db error.An internal error occurred: iot log system error.An internal error occurred: iot shadow system error.An internal error occurred: iot system error.An internal error occurred: mqiot system error.An internal error occurred: mqrule system error.A parameter is invalid: iot application invalid password.A parameter is invalid: iot application invalid user password.A parameter is invalid: iot expired access token.A parameter is invalid: iot expired signature.A parameter is invalid: iot invalid access token.A parameter is invalid: iot invalid signature.A parameter is invalid: iot param error.A parameter is invalid: iot product empty data template.A parameter is invalid: iot product invalid auth type.A parameter is invalid: iot product invalid data protocol.A parameter is invalid: iot product invalid data template.A parameter is invalid: iot product invalid data template range.A parameter is invalid: iot product invalid gateway product id.A parameter is invalid: iot product invalid sub device product id.A parameter is invalid: iot stat invalid date.A limit was exceeded: iot batch too many.A limit was exceeded: iot device op too often.A limit was exceeded: iot product op too often.A limit was exceeded: iot product too many topics.A limit was exceeded: iot rule op too many.A limit was exceeded: iot rule op too often.A limit was exceeded: iot topic op too often.A limit was exceeded: iot user too many products.The resource is in use: iot application device exists.The resource is in use: iot application user exists.The resource is in use: iot device exists.The resource is in use: iot op in progress.The resource is in use: iot product exists.The resource is in use: iot rule exists.The resource is in use: iot topic exists.The resource is in use: mqiot resource exists.The resource was not found: iot application device not exists.The resource was not found: iot application not exists.The resource was not found: iot application user not exists.The resource was not found: iot device not exists.The resource was not found: iot product not exists.The resource was not found: iot rule not exists.The resource was not found: iot sub account not exists.The resource was not found: iot topic not exists.The resource was not found: iot user not exists.The resource was not found: mqrule rule id not exists.The resource is unavailable: iot rule is active.The resource is unavailable: iot rule no action.The resource is unavailable: iot rule no query.The resource is unavailable: mqiot resource not exists.The operation is not authorized: iot user is suspended.",
        ends: &[
            0, 52, 93, 142, 194, 239, 286, 334, 391, 453, 502, 548, 597, 643, 683, 739,
            793, 851, 909, 973, 1036, 1102, 1148, 1189, 1235, 1282, 1332, 1375, 1419,
            1464, 1513, 1567, 1619, 1661, 1704, 1747, 1787, 1828, 1874, 1936, 1991, 2051,
            2101, 2152, 2200, 2255, 2304, 2352, 2406, 2454, 2502, 2549, 2604, 2659,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 53] = ::cloud_errors::__private::retry_column(
        b"bbbbbbbaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbaaaaaaaaaaccccc",
    );
    static CATEGORY: [::cloud_errors::Category; 53] = ::cloud_errors::__private::category_column(
        b"mmmmmmmccccccccccccccchhhhhhhhjjjjjjjjeeeeeeeeeeiiiig",
    );
    static PILOTS: [u16; 14] = [18, 0, 2, 0, 5, 20, 5, 119, 2, 69, 12, 6, 19, 5];
    static SLOTS: [(&str, u32); 58] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 25, 35, 16, 36, 34, 5, 48, 33, 11, 21, 6, 18, 20, 24, 3, 2, 26,
            8, 4294967295, 12, 17, 19, 0, 15, 43, 47, 4294967295, 14, 40, 52, 28, 31, 13,
            32, 38, 4294967295, 9, 46, 1, 44, 4294967295, 37, 23, 29, 50, 42, 45, 51, 22,
            30, 4, 10, 49, 41, 39, 27, 7,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
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
    const PROVIDER: &'static str = "Tencent Cloud IOT";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud IOT's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud IOT: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
