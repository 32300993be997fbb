// @generated from catalogs/aws/cognitoidentity.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Cognito Identity: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Cognito Identity: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ConcurrentModificationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Concurrent modification.
    ConcurrentModificationException,
    /// `DeveloperUserAlreadyRegisteredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Developer user already registered.
    DeveloperUserAlreadyRegisteredException,
    /// `ExternalServiceException`: HTTP 400; retry: never; category: invalid_argument.
    /// External service.
    ExternalServiceException,
    /// `InternalErrorException`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalErrorException,
    /// `InvalidIdentityPoolConfigurationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid identity pool configuration.
    InvalidIdentityPoolConfigurationException,
    /// `InvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameterException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `NotAuthorizedException`: HTTP 403; retry: never; category: permission_denied.
    /// Not authorized.
    NotAuthorizedException,
    /// `ResourceConflictException`: HTTP 409; retry: never; category: aborted.
    /// Resource conflict.
    ResourceConflictException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `TooManyRequestsException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Too many requests.
    TooManyRequestsException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 11] = [
        "ConcurrentModificationException",
        "DeveloperUserAlreadyRegisteredException",
        "ExternalServiceException",
        "InternalErrorException",
        "InvalidIdentityPoolConfigurationException",
        "InvalidParameterException",
        "LimitExceededException",
        "NotAuthorizedException",
        "ResourceConflictException",
        "ResourceNotFoundException",
        "TooManyRequestsException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Concurrent modification.Developer user already registered.External service.An internal error occurred.Invalid identity pool configuration.Invalid parameter.Limit exceeded.Not authorized.Resource conflict.Resource not found.Too many requests.",
        ends: &[0, 24, 58, 75, 102, 138, 156, 171, 186, 204, 223, 241],
    };
    static STATUSES: [u16; 11] = [400, 400, 400, 500, 400, 400, 400, 403, 409, 404, 429];
    static STATUS_ENDS: [u32; 12] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    static RETRY: [::cloud_errors::Retry; 11] = ::cloud_errors::__private::retry_column(
        b"aaabaabaaab",
    );
    static CATEGORY: [::cloud_errors::Category; 11] = ::cloud_errors::__private::category_column(
        b"cccmcchgjeh",
    );
    static PILOTS: [u16; 3] = [1030, 0, 7];
    static SLOTS: [(&str, u32); 12] = ::cloud_errors::__private::slots(
        &CODES,
        &[6, 3, 8, 5, 7, 9, 1, 0, 2, 4, 10, 4294967295],
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
    const PROVIDER: &'static str = "AWS Cognito Identity";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS Cognito Identity's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Cognito Identity: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
