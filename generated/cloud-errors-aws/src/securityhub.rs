// @generated from catalogs/aws/securityhub.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS SecurityHub: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS SecurityHub: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `InternalException`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalException,
    /// `InvalidAccessException`: HTTP 401; retry: never; category: unauthenticated.
    /// Invalid access.
    InvalidAccessException,
    /// `InvalidInputException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid input.
    InvalidInputException,
    /// `LimitExceededException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `ResourceConflictException`: HTTP 409; retry: never; category: aborted.
    /// Resource conflict.
    ResourceConflictException,
    /// `ResourceInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use.
    ResourceInUseException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `InternalServerException`: HTTP 500; retry: backoff; category: internal.
    /// An internal server error occurred.
    InternalServerException,
    /// `OrganizationNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Organization not found.
    OrganizationNotFoundException,
    /// `OrganizationalUnitNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Organizational unit not found.
    OrganizationalUnitNotFoundException,
    /// `ServiceQuotaExceededException`: HTTP 402; retry: never; category: failed_precondition.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// `ThrottlingException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 15] = [
        "AccessDeniedException",
        "InternalException",
        "InvalidAccessException",
        "InvalidInputException",
        "LimitExceededException",
        "ResourceConflictException",
        "ResourceInUseException",
        "ResourceNotFoundException",
        "ConflictException",
        "InternalServerException",
        "OrganizationNotFoundException",
        "OrganizationalUnitNotFoundException",
        "ServiceQuotaExceededException",
        "ThrottlingException",
        "ValidationException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.An internal error occurred.Invalid access.Invalid input.Limit exceeded.Resource conflict.Resource in use.Resource not found.The request conflicts with the current state of the resource.An internal server error occurred.Organization not found.Organizational unit not found.Service quota exceeded.The request was throttled.The request failed validation.",
        ends: &[0, 14, 41, 56, 70, 85, 103, 119, 138, 199, 233, 256, 286, 309, 335, 365],
    };
    static STATUSES: [u16; 15] = [
        403, 500, 401, 400, 429, 409, 400, 404, 409, 500, 400, 400, 402, 429, 400,
    ];
    static STATUS_ENDS: [u32; 16] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    ];
    static RETRY: [::cloud_errors::Retry; 15] = ::cloud_errors::__private::retry_column(
        b"abaabaaaabaaaba",
    );
    static CATEGORY: [::cloud_errors::Category; 15] = ::cloud_errors::__private::category_column(
        b"gmpchjcejmccihc",
    );
    static PILOTS: [u16; 4] = [0, 4, 166, 6];
    static SLOTS: [(&str, u32); 16] = ::cloud_errors::__private::slots(
        &CODES,
        &[12, 6, 1, 4294967295, 9, 13, 2, 8, 5, 3, 10, 0, 7, 4, 11, 14],
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
    const PROVIDER: &'static str = "AWS SecurityHub";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS SecurityHub's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS SecurityHub: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
