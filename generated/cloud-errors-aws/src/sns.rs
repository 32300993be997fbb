// @generated from catalogs/aws/sns.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS SNS: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsQuery`](cloud_errors::envelopes::AwsQuery) (`aws_query`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS SNS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthorizationError`: HTTP 403; retry: never; category: permission_denied.
    /// Authorization error.
    AuthorizationError,
    /// `BatchEntryIdsNotDistinct`: HTTP 400; retry: never; category: invalid_argument.
    /// Batch entry ids not distinct.
    BatchEntryIdsNotDistinct,
    /// `BatchRequestTooLong`: HTTP 400; retry: never; category: invalid_argument.
    /// Batch request too long.
    BatchRequestTooLong,
    /// `ConcurrentAccess`: HTTP 400; retry: never; category: invalid_argument.
    /// Concurrent access.
    ConcurrentAccess,
    /// `EmptyBatchRequest`: HTTP 400; retry: never; category: invalid_argument.
    /// Empty batch request.
    EmptyBatchRequest,
    /// `EndpointDisabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Endpoint disabled.
    EndpointDisabled,
    /// `FilterPolicyLimitExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Filter policy limit exceeded.
    FilterPolicyLimitExceeded,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidBatchEntryId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid batch entry id.
    InvalidBatchEntryId,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameter,
    /// `ParameterValueInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter value invalid.
    ParameterValueInvalid,
    /// `InvalidSecurity`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid security.
    InvalidSecurity,
    /// `InvalidState`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid state.
    InvalidState,
    /// `KMSAccessDenied`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS access denied.
    KmsAccessDenied,
    /// `KMSDisabled`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS disabled.
    KmsDisabled,
    /// `KMSInvalidState`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS invalid state.
    KmsInvalidState,
    /// `KMSNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS not found.
    KmsNotFound,
    /// `KMSOptInRequired`: HTTP 403; retry: never; category: permission_denied.
    /// KMS opt in required.
    KmsOptInRequired,
    /// `KMSThrottling`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS throttling.
    KmsThrottling,
    /// `NotFound`: HTTP 404; retry: never; category: not_found.
    /// Not found.
    NotFound,
    /// `OptedOut`: HTTP 400; retry: never; category: invalid_argument.
    /// Opted out.
    OptedOut,
    /// `PlatformApplicationDisabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Platform application disabled.
    PlatformApplicationDisabled,
    /// `ReplayLimitExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Replay limit exceeded.
    ReplayLimitExceeded,
    /// `ResourceNotFound`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFound,
    /// `StaleTag`: HTTP 400; retry: never; category: invalid_argument.
    /// Stale tag.
    StaleTag,
    /// `SubscriptionLimitExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Subscription limit exceeded.
    SubscriptionLimitExceeded,
    /// `TagLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag limit exceeded.
    TagLimitExceeded,
    /// `TagPolicy`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag policy.
    TagPolicy,
    /// `Throttled`: HTTP 429; retry: never; category: resource_exhausted.
    /// The request was throttled.
    Throttled,
    /// `TooManyEntriesInBatchRequest`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many entries in batch request.
    TooManyEntriesInBatchRequest,
    /// `TopicLimitExceeded`: HTTP 403; retry: never; category: permission_denied.
    /// Topic limit exceeded.
    TopicLimitExceeded,
    /// `UserError`: HTTP 400; retry: never; category: invalid_argument.
    /// User error.
    UserError,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// `VerificationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Verification.
    VerificationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 34] = [
        "AuthorizationError",
        "BatchEntryIdsNotDistinct",
        "BatchRequestTooLong",
        "ConcurrentAccess",
        "EmptyBatchRequest",
        "EndpointDisabled",
        "FilterPolicyLimitExceeded",
        "InternalError",
        "InvalidBatchEntryId",
        "InvalidParameter",
        "ParameterValueInvalid",
        "InvalidSecurity",
        "InvalidState",
        "KMSAccessDenied",
        "KMSDisabled",
        "KMSInvalidState",
        "KMSNotFound",
        "KMSOptInRequired",
        "KMSThrottling",
        "NotFound",
        "OptedOut",
        "PlatformApplicationDisabled",
        "ReplayLimitExceeded",
        "ResourceNotFound",
        "StaleTag",
        "SubscriptionLimitExceeded",
        "TagLimitExceeded",
        "TagPolicy",
        "Throttled",
        "TooManyEntriesInBatchRequest",
        "TopicLimitExceeded",
        "UserError",
        "ValidationException",
        "VerificationException",
    ];
    static NAME_CODES: [u32; 6] = [13, 14, 15, 16, 17, 18];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "KmsAccessDeniedKmsDisabledKmsInvalidStateKmsNotFoundKmsOptInRequiredKmsThrottling",
        ends: &[0, 15, 26, 41, 52, 68, 81],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authorization error.Batch entry ids not distinct.Batch request too long.Concurrent access.Empty batch request.Endpoint disabled.Filter policy limit exceeded.An internal error occurred.Invalid batch entry id.Invalid parameter.Parameter value invalid.Invalid security.Invalid state.KMS access denied.KMS disabled.KMS invalid state.KMS not found.KMS opt in required.KMS throttling.Not found.Opted out.Platform application disabled.Replay limit exceeded.Resource not found.Stale tag.Subscription limit exceeded.Tag limit exceeded.Tag policy.The request was throttled.Too many entries in batch request.Topic limit exceeded.User error.The request failed validation.Verification.",
        ends: &[
            0, 20, 49, 72, 90, 110, 128, 157, 184, 207, 225, 249, 266, 280, 298, 311,
            329, 343, 363, 378, 388, 398, 428, 450, 469, 479, 507, 526, 537, 563, 597,
            618, 629, 659, 672,
        ],
    };
    static STATUSES: [u16; 34] = [
        403, 400, 400, 400, 400, 400, 403, 500, 400, 400, 400, 403, 400, 400, 400, 400,
        400, 403, 400, 404, 400, 400, 403, 404, 400, 403, 400, 400, 429, 400, 403, 400,
        400, 400,
    ];
    static STATUS_ENDS: [u32; 35] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34,
    ];
    static RETRY: [::cloud_errors::Retry; 34] = ::cloud_errors::__private::retry_column(
        b"aaaaaaabaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 34] = ::cloud_errors::__private::category_column(
        b"gcccccgmcccgcccccgceccgecgcchcgccc",
    );
    static PILOTS: [u16; 9] = [3, 28, 10, 0, 15, 2, 113, 0, 5];
    static SLOTS: [(&str, u32); 37] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            19, 11, 32, 24, 12, 4294967295, 5, 27, 9, 28, 33, 31, 16, 13, 22, 18, 3, 10,
            4294967295, 4294967295, 15, 21, 7, 23, 1, 14, 17, 2, 26, 20, 6, 30, 0, 4, 25,
            8, 29,
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
    const PROVIDER: &'static str = "AWS SNS";
    type Envelope = ::cloud_errors::envelopes::AwsQuery;
    /// The retry defaults of AWS SNS's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS SNS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
