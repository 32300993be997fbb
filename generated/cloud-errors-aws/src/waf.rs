// @generated from catalogs/aws/waf.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS WAF: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS WAF: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `WAFBadRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF bad request.
    WafBadRequestException,
    /// `WAFDisallowedNameException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF disallowed name.
    WafDisallowedNameException,
    /// `WAFEntityMigrationException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF entity migration.
    WafEntityMigrationException,
    /// `WAFInternalErrorException`: HTTP 500; retry: backoff; category: internal.
    /// WAF internal error.
    WafInternalErrorException,
    /// `WAFInvalidAccountException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF invalid account.
    WafInvalidAccountException,
    /// `WAFInvalidOperationException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF invalid operation.
    WafInvalidOperationException,
    /// `WAFInvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF invalid parameter.
    WafInvalidParameterException,
    /// `WAFInvalidPermissionPolicyException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF invalid permission policy.
    WafInvalidPermissionPolicyException,
    /// `WAFInvalidRegexPatternException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF invalid regex pattern.
    WafInvalidRegexPatternException,
    /// `WAFLimitsExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF limits exceeded.
    WafLimitsExceededException,
    /// `WAFNonEmptyEntityException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF non empty entity.
    WafNonEmptyEntityException,
    /// `WAFNonexistentContainerException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF nonexistent container.
    WafNonexistentContainerException,
    /// `WAFNonexistentItemException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF nonexistent item.
    WafNonexistentItemException,
    /// `WAFReferencedItemException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF referenced item.
    WafReferencedItemException,
    /// `WAFServiceLinkedRoleErrorException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF service linked role error.
    WafServiceLinkedRoleErrorException,
    /// `WAFStaleDataException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF stale data.
    WafStaleDataException,
    /// `WAFSubscriptionNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF subscription not found.
    WafSubscriptionNotFoundException,
    /// `WAFTagOperationException`: HTTP 400; retry: never; category: invalid_argument.
    /// WAF tag operation.
    WafTagOperationException,
    /// `WAFTagOperationInternalErrorException`: HTTP 500; retry: backoff; category: internal.
    /// WAF tag operation internal error.
    WafTagOperationInternalErrorException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 19] = [
        "WAFBadRequestException",
        "WAFDisallowedNameException",
        "WAFEntityMigrationException",
        "WAFInternalErrorException",
        "WAFInvalidAccountException",
        "WAFInvalidOperationException",
        "WAFInvalidParameterException",
        "WAFInvalidPermissionPolicyException",
        "WAFInvalidRegexPatternException",
        "WAFLimitsExceededException",
        "WAFNonEmptyEntityException",
        "WAFNonexistentContainerException",
        "WAFNonexistentItemException",
        "WAFReferencedItemException",
        "WAFServiceLinkedRoleErrorException",
        "WAFStaleDataException",
        "WAFSubscriptionNotFoundException",
        "WAFTagOperationException",
        "WAFTagOperationInternalErrorException",
    ];
    static NAME_CODES: [u32; 19] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "WafBadRequestExceptionWafDisallowedNameExceptionWafEntityMigrationExceptionWafInternalErrorExceptionWafInvalidAccountExceptionWafInvalidOperationExceptionWafInvalidParameterExceptionWafInvalidPermissionPolicyExceptionWafInvalidRegexPatternExceptionWafLimitsExceededExceptionWafNonEmptyEntityExceptionWafNonexistentContainerExceptionWafNonexistentItemExceptionWafReferencedItemExceptionWafServiceLinkedRoleErrorExceptionWafStaleDataExceptionWafSubscriptionNotFoundExceptionWafTagOperationExceptionWafTagOperationInternalErrorException",
        ends: &[
            0, 22, 48, 75, 100, 126, 154, 182, 217, 248, 274, 300, 332, 359, 385, 419,
            440, 472, 496, 533,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "WAF bad request.WAF disallowed name.WAF entity migration.WAF internal error.WAF invalid account.WAF invalid operation.WAF invalid parameter.WAF invalid permission policy.WAF invalid regex pattern.WAF limits exceeded.WAF non empty entity.WAF nonexistent container.WAF nonexistent item.WAF referenced item.WAF service linked role error.WAF stale data.WAF subscription not found.WAF tag operation.WAF tag operation internal error.",
        ends: &[
            0, 16, 36, 57, 76, 96, 118, 140, 170, 196, 216, 237, 263, 284, 304, 334, 349,
            376, 394, 427,
        ],
    };
    static STATUSES: [u16; 19] = [
        400, 400, 400, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 500,
    ];
    static STATUS_ENDS: [u32; 20] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
    ];
    static RETRY: [::cloud_errors::Retry; 19] = ::cloud_errors::__private::retry_column(
        b"aaabaaaaaaaaaaaaaab",
    );
    static CATEGORY: [::cloud_errors::Category; 19] = ::cloud_errors::__private::category_column(
        b"cccmccccccccccccccm",
    );
    static PILOTS: [u16; 5] = [3, 1, 11, 24, 12];
    static SLOTS: [(&str, u32); 21] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            5, 11, 1, 13, 8, 10, 0, 18, 15, 4294967295, 7, 17, 4294967295, 9, 16, 6, 12,
            14, 2, 3, 4,
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
    const PROVIDER: &'static str = "AWS WAF";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS WAF's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS WAF: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
