// @generated from catalogs/aws/workmail.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS WorkMail: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS WorkMail: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `DirectoryInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Directory in use.
    DirectoryInUseException,
    /// `DirectoryServiceAuthenticationFailedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Directory service authentication failed.
    DirectoryServiceAuthenticationFailedException,
    /// `DirectoryUnavailableException`: HTTP 400; retry: never; category: invalid_argument.
    /// Directory unavailable.
    DirectoryUnavailableException,
    /// `EmailAddressInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Email address in use.
    EmailAddressInUseException,
    /// `EntityAlreadyRegisteredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Entity already registered.
    EntityAlreadyRegisteredException,
    /// `EntityNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Entity not found.
    EntityNotFoundException,
    /// `EntityStateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Entity state.
    EntityStateException,
    /// `InvalidConfigurationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid configuration.
    InvalidConfigurationException,
    /// `InvalidCustomSesConfigurationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid custom ses configuration.
    InvalidCustomSesConfigurationException,
    /// `InvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameterException,
    /// `InvalidPasswordException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid password.
    InvalidPasswordException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `MailDomainInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Mail domain in use.
    MailDomainInUseException,
    /// `MailDomainNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Mail domain not found.
    MailDomainNotFoundException,
    /// `MailDomainStateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Mail domain state.
    MailDomainStateException,
    /// `NameAvailabilityException`: HTTP 400; retry: never; category: invalid_argument.
    /// Name availability.
    NameAvailabilityException,
    /// `OrganizationNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Organization not found.
    OrganizationNotFoundException,
    /// `OrganizationStateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Organization state.
    OrganizationStateException,
    /// `ReservedNameException`: HTTP 400; retry: never; category: invalid_argument.
    /// Reserved name.
    ReservedNameException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `TooManyTagsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTagsException,
    /// `UnsupportedOperationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported operation.
    UnsupportedOperationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 22] = [
        "DirectoryInUseException",
        "DirectoryServiceAuthenticationFailedException",
        "DirectoryUnavailableException",
        "EmailAddressInUseException",
        "EntityAlreadyRegisteredException",
        "EntityNotFoundException",
        "EntityStateException",
        "InvalidConfigurationException",
        "InvalidCustomSesConfigurationException",
        "InvalidParameterException",
        "InvalidPasswordException",
        "LimitExceededException",
        "MailDomainInUseException",
        "MailDomainNotFoundException",
        "MailDomainStateException",
        "NameAvailabilityException",
        "OrganizationNotFoundException",
        "OrganizationStateException",
        "ReservedNameException",
        "ResourceNotFoundException",
        "TooManyTagsException",
        "UnsupportedOperationException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Directory in use.Directory service authentication failed.Directory unavailable.Email address in use.Entity already registered.Entity not found.Entity state.Invalid configuration.Invalid custom ses configuration.Invalid parameter.Invalid password.Limit exceeded.Mail domain in use.Mail domain not found.Mail domain state.Name availability.Organization not found.Organization state.Reserved name.Resource not found.Too many tags.Unsupported operation.",
        ends: &[
            0, 17, 57, 79, 100, 126, 143, 156, 178, 211, 229, 246, 261, 280, 302, 320,
            338, 361, 380, 394, 413, 427, 449,
        ],
    };
    static STATUSES: [u16; 22] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 404, 400, 400,
    ];
    static STATUS_ENDS: [u32; 23] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
    ];
    static RETRY: [::cloud_errors::Retry; 22] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaabaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 22] = ::cloud_errors::__private::category_column(
        b"ccccccccccchcccccccecc",
    );
    static PILOTS: [u16; 6] = [11, 2, 20, 1, 19, 4];
    static SLOTS: [(&str, u32); 24] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            15, 6, 20, 8, 0, 19, 5, 3, 18, 2, 11, 14, 10, 21, 17, 12, 1, 4294967295,
            4294967295, 4, 13, 9, 7, 16,
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
    const PROVIDER: &'static str = "AWS WorkMail";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS WorkMail's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS WorkMail: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
