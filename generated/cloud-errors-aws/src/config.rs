// @generated from catalogs/aws/config.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Config Service: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Config Service: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ConflictException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `ConformancePackTemplateValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Conformance pack template validation.
    ConformancePackTemplateValidationException,
    /// `IdempotentParameterMismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatch,
    /// `InsufficientDeliveryPolicyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient delivery policy.
    InsufficientDeliveryPolicyException,
    /// `InsufficientPermissionsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient permissions.
    InsufficientPermissionsException,
    /// `InvalidConfigurationRecorderNameException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid configuration recorder name.
    InvalidConfigurationRecorderNameException,
    /// `InvalidDeliveryChannelNameException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid delivery channel name.
    InvalidDeliveryChannelNameException,
    /// `InvalidExpressionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid expression.
    InvalidExpressionException,
    /// `InvalidLimitException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid limit.
    InvalidLimitException,
    /// `InvalidNextTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next token.
    InvalidNextTokenException,
    /// `InvalidParameterValueException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter value.
    InvalidParameterValueException,
    /// `InvalidRecordingGroupException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid recording group.
    InvalidRecordingGroupException,
    /// `InvalidResultTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid result token.
    InvalidResultTokenException,
    /// `InvalidRoleException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid role.
    InvalidRoleException,
    /// `InvalidS3KeyPrefixException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid s3 key prefix.
    InvalidS3KeyPrefixException,
    /// `InvalidS3KmsKeyArnException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid s3 kms key arn.
    InvalidS3KmsKeyArnException,
    /// `InvalidSNSTopicARNException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid SNS topic ARN.
    InvalidSnsTopicArnException,
    /// `InvalidTimeRangeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time range.
    InvalidTimeRangeException,
    /// `LastDeliveryChannelDeleteFailedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Last delivery channel delete failed.
    LastDeliveryChannelDeleteFailedException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `MaxActiveResourcesExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Max active resources exceeded.
    MaxActiveResourcesExceededException,
    /// `MaxNumberOfConfigRulesExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Max number of config rules exceeded.
    MaxNumberOfConfigRulesExceededException,
    /// `MaxNumberOfConfigurationRecordersExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Max number of configuration recorders exceeded.
    MaxNumberOfConfigurationRecordersExceededException,
    /// `MaxNumberOfConformancePacksExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Max number of conformance packs exceeded.
    MaxNumberOfConformancePacksExceededException,
    /// `MaxNumberOfDeliveryChannelsExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Max number of delivery channels exceeded.
    MaxNumberOfDeliveryChannelsExceededException,
    /// `MaxNumberOfOrganizationConfigRulesExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Max number of organization config rules exceeded.
    MaxNumberOfOrganizationConfigRulesExceededException,
    /// `MaxNumberOfOrganizationConformancePacksExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Max number of organization conformance packs exceeded.
    MaxNumberOfOrganizationConformancePacksExceededException,
    /// `MaxNumberOfRetentionConfigurationsExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Max number of retention configurations exceeded.
    MaxNumberOfRetentionConfigurationsExceededException,
    /// `NoAvailableConfigurationRecorderException`: HTTP 400; retry: never; category: invalid_argument.
    /// No available configuration recorder.
    NoAvailableConfigurationRecorderException,
    /// `NoAvailableDeliveryChannelException`: HTTP 400; retry: never; category: invalid_argument.
    /// No available delivery channel.
    NoAvailableDeliveryChannelException,
    /// `NoAvailableOrganizationException`: HTTP 400; retry: never; category: invalid_argument.
    /// No available organization.
    NoAvailableOrganizationException,
    /// `NoRunningConfigurationRecorderException`: HTTP 400; retry: never; category: invalid_argument.
    /// No running configuration recorder.
    NoRunningConfigurationRecorderException,
    /// `NoSuchBucketException`: HTTP 400; retry: never; category: invalid_argument.
    /// No such bucket.
    NoSuchBucketException,
    /// `NoSuchConfigRuleException`: HTTP 400; retry: never; category: invalid_argument.
    /// No such config rule.
    NoSuchConfigRuleException,
    /// `NoSuchConfigRuleInConformancePackException`: HTTP 400; retry: never; category: invalid_argument.
    /// No such config rule in conformance pack.
    NoSuchConfigRuleInConformancePackException,
    /// `NoSuchConfigurationAggregatorException`: HTTP 400; retry: never; category: invalid_argument.
    /// No such configuration aggregator.
    NoSuchConfigurationAggregatorException,
    /// `NoSuchConfigurationRecorderException`: HTTP 400; retry: never; category: invalid_argument.
    /// No such configuration recorder.
    NoSuchConfigurationRecorderException,
    /// `NoSuchConformancePackException`: HTTP 400; retry: never; category: invalid_argument.
    /// No such conformance pack.
    NoSuchConformancePackException,
    /// `NoSuchDeliveryChannelException`: HTTP 400; retry: never; category: invalid_argument.
    /// No such delivery channel.
    NoSuchDeliveryChannelException,
    /// `NoSuchOrganizationConfigRuleException`: HTTP 400; retry: never; category: invalid_argument.
    /// No such organization config rule.
    NoSuchOrganizationConfigRuleException,
    /// `NoSuchOrganizationConformancePackException`: HTTP 400; retry: never; category: invalid_argument.
    /// No such organization conformance pack.
    NoSuchOrganizationConformancePackException,
    /// `NoSuchRemediationConfigurationException`: HTTP 400; retry: never; category: invalid_argument.
    /// No such remediation configuration.
    NoSuchRemediationConfigurationException,
    /// `NoSuchRemediationExceptionException`: HTTP 400; retry: never; category: invalid_argument.
    /// No such remediation exception.
    NoSuchRemediationExceptionException,
    /// `NoSuchRetentionConfigurationException`: HTTP 400; retry: never; category: invalid_argument.
    /// No such retention configuration.
    NoSuchRetentionConfigurationException,
    /// `OrganizationAccessDeniedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Organization access denied.
    OrganizationAccessDeniedException,
    /// `OrganizationAllFeaturesNotEnabledException`: HTTP 400; retry: never; category: invalid_argument.
    /// Organization all features not enabled.
    OrganizationAllFeaturesNotEnabledException,
    /// `OrganizationConformancePackTemplateValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Organization conformance pack template validation.
    OrganizationConformancePackTemplateValidationException,
    /// `OversizedConfigurationItemException`: HTTP 400; retry: never; category: invalid_argument.
    /// Oversized configuration item.
    OversizedConfigurationItemException,
    /// `RemediationInProgressException`: HTTP 400; retry: never; category: invalid_argument.
    /// Remediation in progress.
    RemediationInProgressException,
    /// `ResourceConcurrentModificationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource concurrent modification.
    ResourceConcurrentModificationException,
    /// `ResourceInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use.
    ResourceInUseException,
    /// `ResourceNotDiscoveredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not discovered.
    ResourceNotDiscoveredException,
    /// `ResourceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFoundException,
    /// `TooManyTagsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTagsException,
    /// `UnmodifiableEntityException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unmodifiable entity.
    UnmodifiableEntityException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// `MaxNumberOfConnectorsExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Max number of connectors exceeded.
    MaxNumberOfConnectorsExceededException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 57] = [
        "ConflictException",
        "ConformancePackTemplateValidationException",
        "IdempotentParameterMismatch",
        "InsufficientDeliveryPolicyException",
        "InsufficientPermissionsException",
        "InvalidConfigurationRecorderNameException",
        "InvalidDeliveryChannelNameException",
        "InvalidExpressionException",
        "InvalidLimitException",
        "InvalidNextTokenException",
        "InvalidParameterValueException",
        "InvalidRecordingGroupException",
        "InvalidResultTokenException",
        "InvalidRoleException",
        "InvalidS3KeyPrefixException",
        "InvalidS3KmsKeyArnException",
        "InvalidSNSTopicARNException",
        "InvalidTimeRangeException",
        "LastDeliveryChannelDeleteFailedException",
        "LimitExceededException",
        "MaxActiveResourcesExceededException",
        "MaxNumberOfConfigRulesExceededException",
        "MaxNumberOfConfigurationRecordersExceededException",
        "MaxNumberOfConformancePacksExceededException",
        "MaxNumberOfDeliveryChannelsExceededException",
        "MaxNumberOfOrganizationConfigRulesExceededException",
        "MaxNumberOfOrganizationConformancePacksExceededException",
        "MaxNumberOfRetentionConfigurationsExceededException",
        "NoAvailableConfigurationRecorderException",
        "NoAvailableDeliveryChannelException",
        "NoAvailableOrganizationException",
        "NoRunningConfigurationRecorderException",
        "NoSuchBucketException",
        "NoSuchConfigRuleException",
        "NoSuchConfigRuleInConformancePackException",
        "NoSuchConfigurationAggregatorException",
        "NoSuchConfigurationRecorderException",
        "NoSuchConformancePackException",
        "NoSuchDeliveryChannelException",
        "NoSuchOrganizationConfigRuleException",
        "NoSuchOrganizationConformancePackException",
        "NoSuchRemediationConfigurationException",
        "NoSuchRemediationExceptionException",
        "NoSuchRetentionConfigurationException",
        "OrganizationAccessDeniedException",
        "OrganizationAllFeaturesNotEnabledException",
        "OrganizationConformancePackTemplateValidationException",
        "OversizedConfigurationItemException",
        "RemediationInProgressException",
        "ResourceConcurrentModificationException",
        "ResourceInUseException",
        "ResourceNotDiscoveredException",
        "ResourceNotFoundException",
        "TooManyTagsException",
        "UnmodifiableEntityException",
        "ValidationException",
        "MaxNumberOfConnectorsExceededException",
    ];
    static NAME_CODES: [u32; 1] = [16];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidSnsTopicArnException",
        ends: &[0, 27],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The request conflicts with the current state of the resource.Conformance pack template validation.Idempotent parameter mismatch.Insufficient delivery policy.Insufficient permissions.Invalid configuration recorder name.Invalid delivery channel name.Invalid expression.Invalid limit.Invalid next token.Invalid parameter value.Invalid recording group.Invalid result token.Invalid role.Invalid s3 key prefix.Invalid s3 kms key arn.Invalid SNS topic ARN.Invalid time range.Last delivery channel delete failed.Limit exceeded.Max active resources exceeded.Max number of config rules exceeded.Max number of configuration recorders exceeded.Max number of conformance packs exceeded.Max number of delivery channels exceeded.Max number of organization config rules exceeded.Max number of organization conformance packs exceeded.Max number of retention configurations exceeded.No available configuration recorder.No available delivery channel.No available organization.No running configuration recorder.No such bucket.No such config rule.No such config rule in conformance pack.No such configuration aggregator.No such configuration recorder.No such conformance pack.No such delivery channel.No such organization config rule.No such organization conformance pack.No such remediation configuration.No such remediation exception.No such retention configuration.Organization access denied.Organization all features not enabled.Organization conformance pack template validation.Oversized configuration item.Remediation in progress.Resource concurrent modification.Resource in use.Resource not discovered.Resource not found.Too many tags.Unmodifiable entity.The request failed validation.Max number of connectors exceeded.",
        ends: &[
            0, 61, 98, 128, 157, 182, 218, 248, 267, 281, 300, 324, 348, 369, 382, 404,
            427, 449, 468, 504, 519, 549, 585, 632, 673, 714, 763, 817, 865, 901, 931,
            957, 991, 1006, 1026, 1066, 1099, 1130, 1155, 1180, 1213, 1251, 1285, 1315,
            1347, 1374, 1412, 1462, 1491, 1515, 1548, 1564, 1588, 1607, 1621, 1641, 1671,
            1705,
        ],
    };
    static STATUSES: [u16; 57] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 58] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57,
    ];
    static RETRY: [::cloud_errors::Retry; 57] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 57] = ::cloud_errors::__private::category_column(
        b"ccccccccccccccccccchccccccccccccccccccccccccccccccccccccc",
    );
    static PILOTS: [u16; 15] = [
        16, 4, 6, 10, 228, 0, 0, 59, 11, 0, 237, 1, 20, 124, 106,
    ];
    static SLOTS: [(&str, u32); 63] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 15, 27, 4294967295, 4294967295, 34, 40, 14, 30, 51, 50, 18, 45,
            48, 10, 42, 1, 8, 22, 49, 29, 24, 0, 17, 4, 3, 44, 25, 54, 4294967295, 52, 2,
            16, 11, 28, 19, 23, 4294967295, 38, 53, 37, 32, 35, 9, 36, 47, 5, 56, 20,
            4294967295, 7, 12, 55, 46, 43, 31, 21, 39, 33, 26, 6, 41, 13,
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
    ::cloud_errors::__private::impl_code!(unsafe impl Code, ::cloud_errors::aws::Code);
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "AWS Config Service";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS Config Service's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Config Service: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
