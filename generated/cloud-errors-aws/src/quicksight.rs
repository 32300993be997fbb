// @generated from catalogs/aws/quicksight.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS QuickSight: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS QuickSight: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 401; retry: never; category: unauthenticated.
    /// Access denied.
    AccessDeniedException,
    /// `ConcurrentUpdatingException`: HTTP 500; retry: backoff; category: internal.
    /// Concurrent updating.
    ConcurrentUpdatingException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `CustomerManagedKeyUnavailableException`: HTTP 400; retry: never; category: invalid_argument.
    /// Customer managed key unavailable.
    CustomerManagedKeyUnavailableException,
    /// `DomainNotWhitelistedException`: HTTP 403; retry: never; category: permission_denied.
    /// Domain not whitelisted.
    DomainNotWhitelistedException,
    /// `IdentityTypeNotSupportedException`: HTTP 403; retry: never; category: permission_denied.
    /// Identity type not supported.
    IdentityTypeNotSupportedException,
    /// `InternalFailureException`: HTTP 500; retry: backoff; category: internal.
    /// An internal failure occurred.
    InternalFailureException,
    /// `InternalServerException`: HTTP 500; retry: backoff; category: internal.
    /// An internal server error occurred.
    InternalServerException,
    /// `InvalidNextTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next token.
    InvalidNextTokenException,
    /// `InvalidParameterValueException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter value.
    InvalidParameterValueException,
    /// `InvalidRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequestException,
    /// `LimitExceededException`: HTTP 409; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `PreconditionNotMetException`: HTTP 400; retry: never; category: invalid_argument.
    /// Precondition not met.
    PreconditionNotMetException,
    /// `QuickSightUserNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Quick sight user not found.
    QuickSightUserNotFoundException,
    /// `ResourceExistsException`: HTTP 409; retry: never; category: aborted.
    /// Resource exists.
    ResourceExistsException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ResourceUnavailableException`: HTTP 503; retry: backoff; category: unavailable.
    /// Resource unavailable.
    ResourceUnavailableException,
    /// `SessionLifetimeInMinutesInvalidException`: HTTP 400; retry: never; category: invalid_argument.
    /// Session lifetime in minutes invalid.
    SessionLifetimeInMinutesInvalidException,
    /// `ThrottlingException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `UnsupportedPricingPlanException`: HTTP 403; retry: never; category: permission_denied.
    /// Unsupported pricing plan.
    UnsupportedPricingPlanException,
    /// `UnsupportedUserEditionException`: HTTP 403; retry: never; category: permission_denied.
    /// Unsupported user edition.
    UnsupportedUserEditionException,
    /// `InvalidDataSetParameterValueException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid data set parameter value.
    InvalidDataSetParameterValueException,
    /// `InvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameterException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 24] = [
        "AccessDeniedException",
        "ConcurrentUpdatingException",
        "ConflictException",
        "CustomerManagedKeyUnavailableException",
        "DomainNotWhitelistedException",
        "IdentityTypeNotSupportedException",
        "InternalFailureException",
        "InternalServerException",
        "InvalidNextTokenException",
        "InvalidParameterValueException",
        "InvalidRequestException",
        "LimitExceededException",
        "PreconditionNotMetException",
        "QuickSightUserNotFoundException",
        "ResourceExistsException",
        "ResourceNotFoundException",
        "ResourceUnavailableException",
        "SessionLifetimeInMinutesInvalidException",
        "ThrottlingException",
        "UnsupportedPricingPlanException",
        "UnsupportedUserEditionException",
        "InvalidDataSetParameterValueException",
        "InvalidParameterException",
        "ValidationException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Concurrent updating.The request conflicts with the current state of the resource.Customer managed key unavailable.Domain not whitelisted.Identity type not supported.An internal failure occurred.An internal server error occurred.Invalid next token.Invalid parameter value.Invalid request.Limit exceeded.Precondition not met.Quick sight user not found.Resource exists.Resource not found.Resource unavailable.Session lifetime in minutes invalid.The request was throttled.Unsupported pricing plan.Unsupported user edition.Invalid data set parameter value.Invalid parameter.The request failed validation.",
        ends: &[
            0, 14, 34, 95, 128, 151, 179, 208, 242, 261, 285, 301, 316, 337, 364, 380,
            399, 420, 456, 482, 507, 532, 565, 583, 613,
        ],
    };
    static STATUSES: [u16; 24] = [
        401, 500, 409, 400, 403, 403, 500, 500, 400, 400, 400, 409, 400, 404, 409, 404,
        503, 400, 429, 403, 403, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 25] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24,
    ];
    static RETRY: [::cloud_errors::Retry; 24] = ::cloud_errors::__private::retry_column(
        b"abaaaabbaaabaaaababaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 24] = ::cloud_errors::__private::category_column(
        b"pmjcggmmccchcejenchggccc",
    );
    static PILOTS: [u16; 6] = [17, 13, 0, 8, 2, 1];
    static SLOTS: [(&str, u32); 26] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 4294967295, 13, 5, 18, 3, 16, 6, 12, 2, 7, 1, 17, 9, 0, 19, 4,
            22, 8, 10, 15, 23, 14, 21, 20, 11,
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
    const PROVIDER: &'static str = "AWS QuickSight";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS QuickSight's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS QuickSight: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
