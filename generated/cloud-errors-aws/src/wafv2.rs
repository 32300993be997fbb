// @generated from catalogs/aws/wafv2.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS WAFV2: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS WAFV2: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `WAFAssociatedItemException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF associated item.
    WafAssociatedItemException,
    /// `WAFConfigurationWarningException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF configuration warning.
    WafConfigurationWarningException,
    /// `WAFDuplicateItemException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF duplicate item.
    WafDuplicateItemException,
    /// `WAFExpiredManagedRuleGroupVersionException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF expired managed rule group version.
    WafExpiredManagedRuleGroupVersionException,
    /// `WAFInternalErrorException`: HTTP 500; retry: backoff; category: internal.
    /// WAF internal error.
    WafInternalErrorException,
    /// `WAFInvalidOperationException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF invalid operation.
    WafInvalidOperationException,
    /// `WAFInvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF invalid parameter.
    WafInvalidParameterException,
    /// `WAFInvalidPermissionPolicyException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF invalid permission policy.
    WafInvalidPermissionPolicyException,
    /// `WAFInvalidResourceException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF invalid resource.
    WafInvalidResourceException,
    /// `WAFLimitsExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF limits exceeded.
    WafLimitsExceededException,
    /// `WAFLogDestinationPermissionIssueException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF log destination permission issue.
    WafLogDestinationPermissionIssueException,
    /// `WAFNonexistentItemException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF nonexistent item.
    WafNonexistentItemException,
    /// `WAFOptimisticLockException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF optimistic lock.
    WafOptimisticLockException,
    /// `WAFServiceLinkedRoleErrorException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF service linked role error.
    WafServiceLinkedRoleErrorException,
    /// `WAFSubscriptionNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF subscription not found.
    WafSubscriptionNotFoundException,
    /// `WAFTagOperationException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF tag operation.
    WafTagOperationException,
    /// `WAFTagOperationInternalErrorException`: HTTP 500; retry: backoff; category: internal.
    /// WAF tag operation internal error.
    WafTagOperationInternalErrorException,
    /// `WAFUnavailableEntityException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF unavailable entity.
    WafUnavailableEntityException,
    /// `WAFUnsupportedAggregateKeyTypeException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF unsupported aggregate key type.
    WafUnsupportedAggregateKeyTypeException,
    /// `WAFFeatureNotIncludedInPricingPlanException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF feature not included in pricing plan.
    WafFeatureNotIncludedInPricingPlanException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 20] = [
        "WAFAssociatedItemException",
        "WAFConfigurationWarningException",
        "WAFDuplicateItemException",
        "WAFExpiredManagedRuleGroupVersionException",
        "WAFInternalErrorException",
        "WAFInvalidOperationException",
        "WAFInvalidParameterException",
        "WAFInvalidPermissionPolicyException",
        "WAFInvalidResourceException",
        "WAFLimitsExceededException",
        "WAFLogDestinationPermissionIssueException",
        "WAFNonexistentItemException",
        "WAFOptimisticLockException",
        "WAFServiceLinkedRoleErrorException",
        "WAFSubscriptionNotFoundException",
        "WAFTagOperationException",
        "WAFTagOperationInternalErrorException",
        "WAFUnavailableEntityException",
        "WAFUnsupportedAggregateKeyTypeException",
        "WAFFeatureNotIncludedInPricingPlanException",
    ];
    static NAME_CODES: [u32; 20] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "WafAssociatedItemExceptionWafConfigurationWarningExceptionWafDuplicateItemExceptionWafExpiredManagedRuleGroupVersionExceptionWafInternalErrorExceptionWafInvalidOperationExceptionWafInvalidParameterExceptionWafInvalidPermissionPolicyExceptionWafInvalidResourceExceptionWafLimitsExceededExceptionWafLogDestinationPermissionIssueExceptionWafNonexistentItemExceptionWafOptimisticLockExceptionWafServiceLinkedRoleErrorExceptionWafSubscriptionNotFoundExceptionWafTagOperationExceptionWafTagOperationInternalErrorExceptionWafUnavailableEntityExceptionWafUnsupportedAggregateKeyTypeExceptionWafFeatureNotIncludedInPricingPlanException",
        ends: &[
            0, 26, 58, 83, 125, 150, 178, 206, 241, 268, 294, 335, 362, 388, 422, 454,
            478, 515, 544, 583, 626,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "WAF associated item.WAF configuration warning.WAF duplicate item.WAF expired managed rule group version.WAF internal error.WAF invalid operation.WAF invalid parameter.WAF invalid permission policy.WAF invalid resource.WAF limits exceeded.WAF log destination permission issue.WAF nonexistent item.WAF optimistic lock.WAF service linked role error.WAF subscription not found.WAF tag operation.WAF tag operation internal error.WAF unavailable entity.WAF unsupported aggregate key type.WAF feature not included in pricing plan.",
        ends: &[
            0, 20, 46, 65, 104, 123, 145, 167, 197, 218, 238, 275, 296, 316, 346, 373,
            391, 424, 447, 482, 523,
        ],
    };
    static STATUSES: [u16; 20] = [
        400, 400, 400, 400, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        500, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 21] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
    ];
    static RETRY: [::cloud_errors::Retry; 20] = ::cloud_errors::__private::retry_column(
        b"aaaabaaaaaaaaaaabaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 20] = ::cloud_errors::__private::category_column(
        b"ccccmcccccccccccmccc",
    );
    static PILOTS: [u16; 5] = [4, 34, 11, 4, 43];
    static SLOTS: [(&str, u32); 22] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            17, 10, 18, 4294967295, 8, 13, 5, 16, 9, 4294967295, 11, 12, 3, 7, 15, 2, 6,
            1, 14, 4, 19, 0,
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
    const PROVIDER: &'static str = "AWS WAFV2";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS WAFV2's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS WAFV2: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
