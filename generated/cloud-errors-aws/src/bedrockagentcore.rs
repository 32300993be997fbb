// @generated from catalogs/aws/bedrockagentcore.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Bedrock AgentCore: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Bedrock AgentCore: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `DuplicateIdException`: HTTP 409; retry: never; category: aborted.
    /// Duplicate id.
    DuplicateIdException,
    /// `InternalServerException`: HTTP 500; retry: backoff; category: internal.
    /// An internal server error occurred.
    InternalServerException,
    /// `InvalidInputException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid input.
    InvalidInputException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `RetryableConflictException`: HTTP 409; retry: backoff; category: aborted.
    /// Retryable conflict.
    RetryableConflictException,
    /// `RuntimeClientError`: HTTP 424; retry: never; category: failed_precondition.
    /// Runtime client error.
    RuntimeClientError,
    /// `ServiceException`: HTTP 500; retry: backoff; category: internal.
    /// The service encountered an error.
    ServiceException,
    /// `ServiceQuotaExceededException`: HTTP 402; retry: never; category: failed_precondition.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// `ServiceUnavailableException`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailableException,
    /// `SubscriptionRequiredException`: HTTP 403; retry: never; category: permission_denied.
    /// Subscription required.
    SubscriptionRequiredException,
    /// `ThrottledException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottledException,
    /// `ThrottlingException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `UnauthorizedException`: HTTP 401; retry: never; category: unauthenticated.
    /// The request is not authorized.
    UnauthorizedException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 16] = [
        "AccessDeniedException",
        "ConflictException",
        "DuplicateIdException",
        "InternalServerException",
        "InvalidInputException",
        "ResourceNotFoundException",
        "RetryableConflictException",
        "RuntimeClientError",
        "ServiceException",
        "ServiceQuotaExceededException",
        "ServiceUnavailableException",
        "SubscriptionRequiredException",
        "ThrottledException",
        "ThrottlingException",
        "UnauthorizedException",
        "ValidationException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.The request conflicts with the current state of the resource.Duplicate id.An internal server error occurred.Invalid input.Resource not found.Retryable conflict.Runtime client error.The service encountered an error.Service quota exceeded.The service is unavailable.Subscription required.The request was throttled.The request was throttled.The request is not authorized.The request failed validation.",
        ends: &[
            0, 14, 75, 88, 122, 136, 155, 174, 195, 228, 251, 278, 300, 326, 352, 382,
            412,
        ],
    };
    static STATUSES: [u16; 16] = [
        403, 409, 409, 500, 400, 404, 409, 424, 500, 402, 503, 403, 429, 429, 401, 400,
    ];
    static STATUS_ENDS: [u32; 17] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
    ];
    static RETRY: [::cloud_errors::Retry; 16] = ::cloud_errors::__private::retry_column(
        b"aaabaababababbaa",
    );
    static CATEGORY: [::cloud_errors::Category; 16] = ::cloud_errors::__private::category_column(
        b"gjjmcejiminghhpc",
    );
    static PILOTS: [u16; 4] = [1869, 5, 0, 1];
    static SLOTS: [(&str, u32); 17] = ::cloud_errors::__private::slots(
        &CODES,
        &[2, 6, 13, 1, 15, 4, 12, 7, 4294967295, 3, 10, 11, 9, 5, 0, 8, 14],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
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
    const PROVIDER: &'static str = "AWS Bedrock AgentCore";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS Bedrock AgentCore's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Bedrock AgentCore: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
