// @generated from catalogs/aws/route53resolver.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Route53Resolver: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Route53Resolver: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Access denied.
    AccessDeniedException,
    /// `ConflictException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `InternalServiceErrorException`: HTTP 400; retry: never; category: invalid_argument.
    /// Internal service error.
    InternalServiceErrorException,
    /// `InvalidNextTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next token.
    InvalidNextTokenException,
    /// `InvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameterException,
    /// `InvalidPolicyDocument`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid policy document.
    InvalidPolicyDocument,
    /// `InvalidRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequestException,
    /// `InvalidTagException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag.
    InvalidTagException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `ResourceExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource exists.
    ResourceExistsException,
    /// `ResourceInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use.
    ResourceInUseException,
    /// `ResourceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ResourceUnavailableException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource unavailable.
    ResourceUnavailableException,
    /// `ServiceQuotaExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// `ThrottlingException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `UnknownResourceException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unknown resource.
    UnknownResourceException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 17] = [
        "AccessDeniedException",
        "ConflictException",
        "InternalServiceErrorException",
        "InvalidNextTokenException",
        "InvalidParameterException",
        "InvalidPolicyDocument",
        "InvalidRequestException",
        "InvalidTagException",
        "LimitExceededException",
        "ResourceExistsException",
        "ResourceInUseException",
        "ResourceNotFoundException",
        "ResourceUnavailableException",
        "ServiceQuotaExceededException",
        "ThrottlingException",
        "UnknownResourceException",
        "ValidationException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.The request conflicts with the current state of the resource.Internal service error.Invalid next token.Invalid parameter.Invalid policy document.Invalid request.Invalid tag.Limit exceeded.Resource exists.Resource in use.Resource not found.Resource unavailable.Service quota exceeded.The request was throttled.Unknown resource.The request failed validation.",
        ends: &[
            0, 14, 75, 98, 117, 135, 159, 175, 187, 202, 218, 234, 253, 274, 297, 323,
            340, 370,
        ],
    };
    static STATUSES: [u16; 17] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400,
    ];
    static STATUS_ENDS: [u32; 18] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
    ];
    static RETRY: [::cloud_errors::Retry; 17] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaabaaaaabaa",
    );
    static CATEGORY: [::cloud_errors::Category; 17] = ::cloud_errors::__private::category_column(
        b"cccccccchccccchcc",
    );
    static PILOTS: [u16; 5] = [8, 20, 2, 471, 13];
    static SLOTS: [(&str, u32); 18] = ::cloud_errors::__private::slots(
        &CODES,
        &[0, 15, 8, 12, 3, 13, 6, 16, 4, 4294967295, 5, 10, 11, 14, 2, 9, 1, 7],
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
    const PROVIDER: &'static str = "AWS Route53Resolver";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS Route53Resolver's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Route53Resolver: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
