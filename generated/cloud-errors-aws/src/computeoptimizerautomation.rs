// @generated from catalogs/aws/computeoptimizerautomation.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Compute Optimizer Automation: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsCbor`](cloud_errors::envelopes::AwsCbor) (`aws_cbor`).
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
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `ForbiddenException`: HTTP 403; retry: never; category: permission_denied.
    /// The request is forbidden.
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
    static CODES: [&str; 13] = [
        "AccessDeniedException",
        "ConflictException",
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
        text: "Access denied.The request conflicts with the current state of the resource.The request is forbidden.Idempotency token in use.Idempotent parameter mismatch.An internal server error occurred.Invalid parameter value.Not management account.Opt in required.Resource not found.Service quota exceeded.The service is unavailable.The request was throttled.",
        ends: &[0, 14, 75, 100, 125, 155, 189, 213, 236, 252, 271, 294, 321, 347],
    };
    static STATUSES: [u16; 13] = [
        403, 409, 403, 409, 409, 500, 400, 400, 403, 404, 402, 503, 429,
    ];
    static STATUS_ENDS: [u32; 14] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
    static RETRY: [::cloud_errors::Retry; 13] = ::cloud_errors::__private::retry_column(
        b"aaaaabaaaaabb",
    );
    static CATEGORY: [::cloud_errors::Category; 13] = ::cloud_errors::__private::category_column(
        b"gjgjjmccgeinh",
    );
    static PILOTS: [u16; 4] = [8, 1, 2, 10];
    static SLOTS: [(&str, u32); 14] = ::cloud_errors::__private::slots(
        &CODES,
        &[3, 1, 12, 4, 10, 9, 6, 4294967295, 11, 5, 7, 0, 8, 2],
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
