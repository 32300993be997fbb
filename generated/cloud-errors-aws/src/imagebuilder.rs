// @generated from catalogs/aws/imagebuilder.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS imagebuilder: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS imagebuilder: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `CallRateLimitExceededException`: HTTP 429; retry: never; category: resource_exhausted.
    /// Call rate limit exceeded.
    CallRateLimitExceededException,
    /// `ClientException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed because of an error on the client\'s side.
    ClientException,
    /// `ForbiddenException`: HTTP 403; retry: never; category: permission_denied.
    /// The request is forbidden.
    ForbiddenException,
    /// `IdempotentParameterMismatchException`: HTTP 400; retry: never; category: invalid_argument.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatchException,
    /// `InvalidPaginationTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pagination token.
    InvalidPaginationTokenException,
    /// `InvalidParameterCombinationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter combination.
    InvalidParameterCombinationException,
    /// `InvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameterException,
    /// `InvalidParameterValueException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter value.
    InvalidParameterValueException,
    /// `InvalidRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequestException,
    /// `InvalidVersionNumberException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid version number.
    InvalidVersionNumberException,
    /// `ResourceAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already exists.
    ResourceAlreadyExistsException,
    /// `ResourceDependencyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource dependency.
    ResourceDependencyException,
    /// `ResourceInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use.
    ResourceInUseException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ServiceException`: HTTP 500; retry: backoff; category: internal.
    /// The service encountered an error.
    ServiceException,
    /// `ServiceQuotaExceededException`: HTTP 402; retry: never; category: failed_precondition.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// `ServiceUnavailableException`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailableException,
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `DryRunOperationException`: HTTP 412; retry: never; category: failed_precondition.
    /// Dry run operation.
    DryRunOperationException,
    /// `TooManyRequestsException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Too many requests.
    TooManyRequestsException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 20] = [
        "CallRateLimitExceededException",
        "ClientException",
        "ForbiddenException",
        "IdempotentParameterMismatchException",
        "InvalidPaginationTokenException",
        "InvalidParameterCombinationException",
        "InvalidParameterException",
        "InvalidParameterValueException",
        "InvalidRequestException",
        "InvalidVersionNumberException",
        "ResourceAlreadyExistsException",
        "ResourceDependencyException",
        "ResourceInUseException",
        "ResourceNotFoundException",
        "ServiceException",
        "ServiceQuotaExceededException",
        "ServiceUnavailableException",
        "AccessDeniedException",
        "DryRunOperationException",
        "TooManyRequestsException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Call rate limit exceeded.The request failed because of an error on the client's side.The request is forbidden.Idempotent parameter mismatch.Invalid pagination token.Invalid parameter combination.Invalid parameter.Invalid parameter value.Invalid request.Invalid version number.Resource already exists.Resource dependency.Resource in use.Resource not found.The service encountered an error.Service quota exceeded.The service is unavailable.Access denied.Dry run operation.Too many requests.",
        ends: &[
            0, 25, 85, 110, 140, 165, 195, 213, 237, 253, 276, 300, 320, 336, 355, 388,
            411, 438, 452, 470, 488,
        ],
    };
    static STATUSES: [u16; 20] = [
        429, 400, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 500, 402,
        503, 403, 412, 429,
    ];
    static STATUS_ENDS: [u32; 21] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
    ];
    static RETRY: [::cloud_errors::Retry; 20] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaababaab",
    );
    static CATEGORY: [::cloud_errors::Category; 20] = ::cloud_errors::__private::category_column(
        b"hcgccccccccccemingih",
    );
    static PILOTS: [u16; 5] = [0, 13, 46, 38, 13];
    static SLOTS: [(&str, u32); 22] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            0, 15, 3, 12, 16, 4, 14, 18, 8, 6, 9, 5, 4294967295, 19, 13, 17, 7, 10, 2,
            11, 1, 4294967295,
        ],
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
    const PROVIDER: &'static str = "AWS imagebuilder";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS imagebuilder's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS imagebuilder: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
