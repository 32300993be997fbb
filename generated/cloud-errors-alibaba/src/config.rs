// @generated from catalogs/alibaba/config.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Config: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Config: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `NoPermission`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission.
    NoPermission,
    /// `Invalid.ConfigRuleIds.SizeExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: config rule ids, size exceed.
    InvalidConfigRuleIdsSizeExceed,
    /// `ConfigRuleStatusNotInActive`: HTTP 400; retry: never; category: invalid_argument.
    /// Config rule status not in active.
    ConfigRuleStatusNotInActive,
    /// `AccountNotExisted`: HTTP 404; retry: never; category: not_found.
    /// Account not existed.
    AccountNotExisted,
    /// `ServiceUnavailable`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailable,
    /// `ConfigRuleCanNotDelete`: HTTP 400; retry: never; category: invalid_argument.
    /// Config rule can not delete.
    ConfigRuleCanNotDelete,
    /// `ConfigRuleNotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Config rule not exists.
    ConfigRuleNotExists,
    /// `DeliveryChannelNotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Delivery channel not exists.
    DeliveryChannelNotExists,
    /// `MemberNotBelongToMaster`: HTTP 400; retry: never; category: invalid_argument.
    /// Member not belong to master.
    MemberNotBelongToMaster,
    /// `CloudConfigServiceRoleNotExisted`: HTTP 404; retry: never; category: not_found.
    /// Cloud config service role not existed.
    CloudConfigServiceRoleNotExisted,
    /// `ExceedMaxRuleCount`: HTTP 400; retry: never; category: invalid_argument.
    /// Exceed max rule count.
    ExceedMaxRuleCount,
    /// `ConfigRuleExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Config rule exists.
    ConfigRuleExists,
    /// `Invalid.ResourceTypes.Value`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: resource types, value.
    InvalidResourceTypesValue,
    /// `ProcessIsRunning`: HTTP 400; retry: never; category: invalid_argument.
    /// Process is running.
    ProcessIsRunning,
    /// `RDMemberNoPermission`: HTTP 400; retry: never; category: invalid_argument.
    /// RD member no permission.
    RdMemberNoPermission,
    /// `Invalid.DeliveryChannelName.Empty`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: delivery channel name, empty.
    InvalidDeliveryChannelNameEmpty,
    /// `Invalid.DeliveryChannelType.Empty`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: delivery channel type, empty.
    InvalidDeliveryChannelTypeEmpty,
    /// `Invalid.DeliveryChannelAssumeRoleArn.Empty`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: delivery channel assume role arn, empty.
    InvalidDeliveryChannelAssumeRoleArnEmpty,
    /// `Invalid.DeliveryChannelAssumeRoleArn.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: delivery channel assume role arn, format.
    InvalidDeliveryChannelAssumeRoleArnFormat,
    /// `Invalid.DeliveryChannelTargetArn.Empty`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: delivery channel target arn, empty.
    InvalidDeliveryChannelTargetArnEmpty,
    /// `Invalid.DeliveryChannelTargetArn.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: delivery channel target arn, format.
    InvalidDeliveryChannelTargetArnFormat,
    /// `Invalid.DeliveryChannelCondition.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: delivery channel condition, format.
    InvalidDeliveryChannelConditionFormat,
    /// `DeliveryChannelAccountNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Delivery channel account not support.
    DeliveryChannelAccountNotSupport,
    /// `DeliveryChannelMnsUnreachable`: HTTP 400; retry: never; category: invalid_argument.
    /// Delivery channel mns unreachable.
    DeliveryChannelMnsUnreachable,
    /// `DeliveryChannelOssUnreachable`: HTTP 400; retry: never; category: invalid_argument.
    /// Delivery channel oss unreachable.
    DeliveryChannelOssUnreachable,
    /// `DeliveryChannelSlsUnreachable`: HTTP 400; retry: never; category: invalid_argument.
    /// Delivery channel sls unreachable.
    DeliveryChannelSlsUnreachable,
    /// `CreateSLRFail`: HTTP 500; retry: never; category: internal.
    /// Create SLR fail.
    CreateSlrFail,
    /// `ConfigRuleStatusNotActive`: HTTP 400; retry: never; category: invalid_argument.
    /// Config rule status not active.
    ConfigRuleStatusNotActive,
    /// `Invalid.AggregatorId.Value`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: aggregator id, value.
    InvalidAggregatorIdValue,
    /// `AggregatorMemberNoPermission`: HTTP 403; retry: never; category: permission_denied.
    /// Aggregator member no permission.
    AggregatorMemberNoPermission,
    /// `CompliancePackCopyLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Compliance pack copy limit.
    CompliancePackCopyLimit,
    /// `ConfigRuleCopyLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Config rule copy limit.
    ConfigRuleCopyLimit,
    /// `CompliancePackExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Compliance pack exists.
    CompliancePackExists,
    /// `CompliancePackExceedMaxCount`: HTTP 400; retry: never; category: invalid_argument.
    /// Compliance pack exceed max count.
    CompliancePackExceedMaxCount,
    /// `Invalid.CompliancePackName.Value`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: compliance pack name, value.
    InvalidCompliancePackNameValue,
    /// `Invalid.CompliancePackTemplateId.Value`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: compliance pack template id, value.
    InvalidCompliancePackTemplateIdValue,
    /// `Invalid.ConfigRules.Empty`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: config rules, empty.
    InvalidConfigRulesEmpty,
    /// `Invalid.ConfigRules.Value`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: config rules, value.
    InvalidConfigRulesValue,
    /// `ConfigRuleExceedMaxRuleCount`: HTTP 400; retry: never; category: invalid_argument.
    /// Config rule exceed max rule count.
    ConfigRuleExceedMaxRuleCount,
    /// `RemediationInputParamInConsistentWithRule`: HTTP 400; retry: never; category: invalid_argument.
    /// Remediation input param in consistent with rule.
    RemediationInputParamInConsistentWithRule,
    /// `RemediationTemplateNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Remediation template not exist.
    RemediationTemplateNotExist,
    /// `Invalid.Params.Value`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: params, value.
    InvalidParamsValue,
    /// `NoPermissionCreateRemediationSLR`: HTTP 403; retry: never; category: permission_denied.
    /// No permission create remediation SLR.
    NoPermissionCreateRemediationSlr,
    /// `Invalid.AggregatorAccounts.Empty`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: aggregator accounts, empty.
    InvalidAggregatorAccountsEmpty,
    /// `Invalid.AggregatorAccounts.Value`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: aggregator accounts, value.
    InvalidAggregatorAccountsValue,
    /// `Invalid.AccountType.Value`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: account type, value.
    InvalidAccountTypeValue,
    /// `AggregatorExceedMaxCount`: HTTP 400; retry: never; category: invalid_argument.
    /// Aggregator exceed max count.
    AggregatorExceedMaxCount,
    /// `AggregatorAccountListDuplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Aggregator account list duplicated.
    AggregatorAccountListDuplicated,
    /// `AggregatorAccountListItemDuplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Aggregator account list item duplicated.
    AggregatorAccountListItemDuplicated,
    /// `AggregatorNameDuplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Aggregator name duplicated.
    AggregatorNameDuplicated,
    /// `NoPermissionCreateAggregator`: HTTP 403; retry: never; category: permission_denied.
    /// No permission create aggregator.
    NoPermissionCreateAggregator,
    /// `Invalid.CompliancePackName.Empty`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: compliance pack name, empty.
    InvalidCompliancePackNameEmpty,
    /// `Invalid.CompliancePackIds.SizeExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: compliance pack ids, size exceed.
    InvalidCompliancePackIdsSizeExceed,
    /// `Invalid.AggregatorIds.Empty`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: aggregator ids, empty.
    InvalidAggregatorIdsEmpty,
    /// `Invalid.AggregatorIds.SizeExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: aggregator ids, size exceed.
    InvalidAggregatorIdsSizeExceed,
    /// `CompliancePackReportCreating`: HTTP 400; retry: never; category: invalid_argument.
    /// Compliance pack report creating.
    CompliancePackReportCreating,
    /// `Invalid.CompliancePackId.Value`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: compliance pack id, value.
    InvalidCompliancePackIdValue,
    /// `ConfigRuleReportCreating`: HTTP 400; retry: never; category: invalid_argument.
    /// Config rule report creating.
    ConfigRuleReportCreating,
    /// `Invalid.ResourceOwnerId.Value`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: resource owner id, value.
    InvalidResourceOwnerIdValue,
    /// `AdminStopSLRFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Admin stop SLR fail.
    AdminStopSlrFail,
    /// `MemberStopSLRFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Member stop SLR fail.
    MemberStopSlrFail,
    /// `StopSLRFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Stop SLR fail.
    StopSlrFail,
    /// `CompliancePackAlreadyPending`: HTTP 400; retry: never; category: invalid_argument.
    /// Compliance pack already pending.
    CompliancePackAlreadyPending,
    /// `AggregatorAccountExceedMaxCount`: HTTP 400; retry: never; category: invalid_argument.
    /// Aggregator account exceed max count.
    AggregatorAccountExceedMaxCount,
    /// `AggregatorAlreadyPending`: HTTP 400; retry: never; category: invalid_argument.
    /// Aggregator already pending.
    AggregatorAlreadyPending,
    /// `DefaultAggregatorDeleteNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Default aggregator delete not support.
    DefaultAggregatorDeleteNotSupport,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 66] = [
        "NoPermission",
        "Invalid.ConfigRuleIds.SizeExceed",
        "ConfigRuleStatusNotInActive",
        "AccountNotExisted",
        "ServiceUnavailable",
        "ConfigRuleCanNotDelete",
        "ConfigRuleNotExists",
        "DeliveryChannelNotExists",
        "MemberNotBelongToMaster",
        "CloudConfigServiceRoleNotExisted",
        "ExceedMaxRuleCount",
        "ConfigRuleExists",
        "Invalid.ResourceTypes.Value",
        "ProcessIsRunning",
        "RDMemberNoPermission",
        "Invalid.DeliveryChannelName.Empty",
        "Invalid.DeliveryChannelType.Empty",
        "Invalid.DeliveryChannelAssumeRoleArn.Empty",
        "Invalid.DeliveryChannelAssumeRoleArn.Format",
        "Invalid.DeliveryChannelTargetArn.Empty",
        "Invalid.DeliveryChannelTargetArn.Format",
        "Invalid.DeliveryChannelCondition.Format",
        "DeliveryChannelAccountNotSupport",
        "DeliveryChannelMnsUnreachable",
        "DeliveryChannelOssUnreachable",
        "DeliveryChannelSlsUnreachable",
        "CreateSLRFail",
        "ConfigRuleStatusNotActive",
        "Invalid.AggregatorId.Value",
        "AggregatorMemberNoPermission",
        "CompliancePackCopyLimit",
        "ConfigRuleCopyLimit",
        "CompliancePackExists",
        "CompliancePackExceedMaxCount",
        "Invalid.CompliancePackName.Value",
        "Invalid.CompliancePackTemplateId.Value",
        "Invalid.ConfigRules.Empty",
        "Invalid.ConfigRules.Value",
        "ConfigRuleExceedMaxRuleCount",
        "RemediationInputParamInConsistentWithRule",
        "RemediationTemplateNotExist",
        "Invalid.Params.Value",
        "NoPermissionCreateRemediationSLR",
        "Invalid.AggregatorAccounts.Empty",
        "Invalid.AggregatorAccounts.Value",
        "Invalid.AccountType.Value",
        "AggregatorExceedMaxCount",
        "AggregatorAccountListDuplicated",
        "AggregatorAccountListItemDuplicated",
        "AggregatorNameDuplicated",
        "NoPermissionCreateAggregator",
        "Invalid.CompliancePackName.Empty",
        "Invalid.CompliancePackIds.SizeExceed",
        "Invalid.AggregatorIds.Empty",
        "Invalid.AggregatorIds.SizeExceed",
        "CompliancePackReportCreating",
        "Invalid.CompliancePackId.Value",
        "ConfigRuleReportCreating",
        "Invalid.ResourceOwnerId.Value",
        "AdminStopSLRFail",
        "MemberStopSLRFail",
        "StopSLRFail",
        "CompliancePackAlreadyPending",
        "AggregatorAccountExceedMaxCount",
        "AggregatorAlreadyPending",
        "DefaultAggregatorDeleteNotSupport",
    ];
    static NAME_CODES: [u32; 6] = [14, 26, 42, 59, 60, 61];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "RdMemberNoPermissionCreateSlrFailNoPermissionCreateRemediationSlrAdminStopSlrFailMemberStopSlrFailStopSlrFail",
        ends: &[0, 20, 33, 65, 81, 98, 109],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The caller has no permission.Invalid: config rule ids, size exceed.Config rule status not in active.Account not existed.The service is unavailable.Config rule can not delete.Config rule not exists.Delivery channel not exists.Member not belong to master.Cloud config service role not existed.Exceed max rule count.Config rule exists.Invalid: resource types, value.Process is running.RD member no permission.Invalid: delivery channel name, empty.Invalid: delivery channel type, empty.Invalid: delivery channel assume role arn, empty.Invalid: delivery channel assume role arn, format.Invalid: delivery channel target arn, empty.Invalid: delivery channel target arn, format.Invalid: delivery channel condition, format.Delivery channel account not support.Delivery channel mns unreachable.Delivery channel oss unreachable.Delivery channel sls unreachable.Create SLR fail.Config rule status not active.Invalid: aggregator id, value.Aggregator member no permission.Compliance pack copy limit.Config rule copy limit.Compliance pack exists.Compliance pack exceed max count.Invalid: compliance pack name, value.Invalid: compliance pack template id, value.Invalid: config rules, empty.Invalid: config rules, value.Config rule exceed max rule count.Remediation input param in consistent with rule.Remediation template not exist.Invalid: params, value.No permission create remediation SLR.Invalid: aggregator accounts, empty.Invalid: aggregator accounts, value.Invalid: account type, value.Aggregator exceed max count.Aggregator account list duplicated.Aggregator account list item duplicated.Aggregator name duplicated.No permission create aggregator.Invalid: compliance pack name, empty.Invalid: compliance pack ids, size exceed.Invalid: aggregator ids, empty.Invalid: aggregator ids, size exceed.Compliance pack report creating.Invalid: compliance pack id, value.Config rule report creating.Invalid: resource owner id, value.Admin stop SLR fail.Member stop SLR fail.Stop SLR fail.Compliance pack already pending.Aggregator account exceed max count.Aggregator already pending.Default aggregator delete not support.",
        ends: &[
            0, 29, 67, 100, 120, 147, 174, 197, 225, 253, 291, 313, 332, 363, 382, 406,
            444, 482, 531, 581, 625, 670, 714, 751, 784, 817, 850, 866, 896, 926, 958,
            985, 1008, 1031, 1064, 1101, 1145, 1174, 1203, 1237, 1285, 1316, 1339, 1376,
            1412, 1448, 1477, 1505, 1540, 1580, 1607, 1639, 1676, 1718, 1749, 1786, 1818,
            1853, 1881, 1915, 1935, 1956, 1970, 2002, 2038, 2065, 2103,
        ],
    };
    static STATUSES: [u16; 66] = [
        400, 400, 400, 404, 503, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 500, 400, 400, 403, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 400, 400, 400, 400, 400,
        400, 400, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400,
    ];
    static STATUS_ENDS: [u32; 67] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
        63, 64, 65, 66,
    ];
    static RETRY: [::cloud_errors::Retry; 66] = ::cloud_errors::__private::retry_column(
        b"caaabaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 66] = ::cloud_errors::__private::category_column(
        b"gccencccceccccccccccccccccmccgccccccccccccgcccccccgccccccccccccccc",
    );
    static PILOTS: [u16; 17] = [
        0, 0, 5, 6, 7, 1, 38, 1, 0, 89, 3, 8, 649, 66, 12, 105, 0,
    ];
    static SLOTS: [(&str, u32); 73] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            45, 17, 38, 4294967295, 43, 48, 7, 5, 42, 2, 12, 22, 4294967295, 57, 63, 39,
            28, 27, 52, 19, 58, 4294967295, 0, 23, 14, 64, 4, 55, 1, 30, 61, 46, 29, 32,
            20, 40, 65, 44, 31, 62, 4294967295, 18, 24, 15, 16, 34, 59, 11, 9, 49, 3,
            4294967295, 6, 26, 21, 50, 51, 53, 60, 8, 41, 56, 54, 36, 37, 35, 33, 13, 25,
            10, 4294967295, 47, 4294967295,
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
    const PROVIDER: &'static str = "Alibaba Cloud Config";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Config's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Config: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
