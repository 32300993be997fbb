// @generated from catalogs/aws/computeoptimizerautomation.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Compute Optimizer Automation: error codes.
//!
//! Curated from <https://docs.aws.amazon.com/>.
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Compute Optimizer Automation: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `ForbiddenException`: HTTP 403; retry: never; category: permission_denied.
    /// Forbidden.
    ForbiddenException,
    /// `IdempotencyTokenInUseException`: HTTP 409; retry: never; category: aborted.
    /// Idempotency token in use.
    IdempotencyTokenInUseException,
    /// `IdempotentParameterMismatchException`: HTTP 409; retry: never; category: aborted.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatchException,
    /// `InternalServerException`: HTTP 500; retry: backoff; category: internal.
    /// An internal server error occurred.
    InternalServerException,
    /// `InvalidParameterValueException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter value.
    InvalidParameterValueException,
    /// `NotManagementAccountException`: HTTP 400; retry: never; category: invalid_argument.
    /// Not management account.
    NotManagementAccountException,
    /// `OptInRequiredException`: HTTP 403; retry: never; category: permission_denied.
    /// Opt in required.
    OptInRequiredException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ServiceQuotaExceededException`: HTTP 402; retry: never; category: failed_precondition.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// `ServiceUnavailableException`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailableException,
    /// `ThrottlingException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 12] = [
        "AccessDeniedException",
        "ForbiddenException",
        "IdempotencyTokenInUseException",
        "IdempotentParameterMismatchException",
        "InternalServerException",
        "InvalidParameterValueException",
        "NotManagementAccountException",
        "OptInRequiredException",
        "ResourceNotFoundException",
        "ServiceQuotaExceededException",
        "ServiceUnavailableException",
        "ThrottlingException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Forbidden.Idempotency token in use.Idempotent parameter mismatch.An internal server error occurred.Invalid parameter value.Not management account.Opt in required.Resource not found.Service quota exceeded.The service is unavailable.The request was throttled.",
        ends: &[0, 14, 24, 49, 79, 113, 137, 160, 176, 195, 218, 245, 271],
    };
    static STATUSES: [u16; 12] = [
        403, 403, 409, 409, 500, 400, 400, 403, 404, 402, 503, 429,
    ];
    static STATUS_ENDS: [u32; 13] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    static RETRY: [::cloud_errors::Retry; 12] = ::cloud_errors::__private::retry_column(
        b"aaaabaaaaabb",
    );
    static CATEGORY: [::cloud_errors::Category; 12] = ::cloud_errors::__private::category_column(
        b"ggjjmccgeinh",
    );
    static PILOTS: [u16; 3] = [91, 0, 6];
    static SLOTS: [(&str, u32); 13] = ::cloud_errors::__private::slots(
        &CODES,
        &[4294967295, 9, 7, 2, 11, 4, 1, 6, 0, 10, 8, 5, 3],
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
    const PROVIDER: &'static str = "AWS Compute Optimizer Automation";
    type Envelope = ::cloud_errors::envelopes::AwsCbor;
    /// The retry defaults of AWS Compute Optimizer Automation's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Compute Optimizer Automation: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
