// @generated from catalogs/aws/directory.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Directory Service: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsCbor`](cloud_errors::envelopes::AwsCbor) (`aws_cbor`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Directory Service: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Access denied.
    AccessDeniedException,
    /// `AuthenticationFailedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Authentication failed.
    AuthenticationFailedException,
    /// `CertificateAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate already exists.
    CertificateAlreadyExistsException,
    /// `CertificateDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate does not exist.
    CertificateDoesNotExistException,
    /// `CertificateInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate in use.
    CertificateInUseException,
    /// `CertificateLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate limit exceeded.
    CertificateLimitExceededException,
    /// `ClientException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed because of an error on the client\'s side.
    ClientException,
    /// `DirectoryAlreadyInRegionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Directory already in region.
    DirectoryAlreadyInRegionException,
    /// `DirectoryAlreadySharedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Directory already shared.
    DirectoryAlreadySharedException,
    /// `DirectoryDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Directory does not exist.
    DirectoryDoesNotExistException,
    /// `DirectoryInDesiredStateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Directory in desired state.
    DirectoryInDesiredStateException,
    /// `DirectoryLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Directory limit exceeded.
    DirectoryLimitExceededException,
    /// `DirectoryNotSharedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Directory not shared.
    DirectoryNotSharedException,
    /// `DirectoryUnavailableException`: HTTP 400; retry: never; category: invalid_argument.
    /// Directory unavailable.
    DirectoryUnavailableException,
    /// `DomainControllerLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain controller limit exceeded.
    DomainControllerLimitExceededException,
    /// `EntityAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Entity already exists.
    EntityAlreadyExistsException,
    /// `EntityDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Entity does not exist.
    EntityDoesNotExistException,
    /// `IncompatibleSettingsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Incompatible settings.
    IncompatibleSettingsException,
    /// `InsufficientPermissionsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient permissions.
    InsufficientPermissionsException,
    /// `InvalidCertificateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid certificate.
    InvalidCertificateException,
    /// `InvalidClientAuthStatusException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid client auth status.
    InvalidClientAuthStatusException,
    /// `InvalidLDAPSStatusException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid LDAPS status.
    InvalidLdapsStatusException,
    /// `InvalidNextTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next token.
    InvalidNextTokenException,
    /// `InvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameterException,
    /// `InvalidPasswordException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid password.
    InvalidPasswordException,
    /// `InvalidTargetException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid target.
    InvalidTargetException,
    /// `IpRouteLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Ip route limit exceeded.
    IpRouteLimitExceededException,
    /// `NoAvailableCertificateException`: HTTP 400; retry: never; category: invalid_argument.
    /// No available certificate.
    NoAvailableCertificateException,
    /// `OrganizationsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Organizations.
    OrganizationsException,
    /// `RegionLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Region limit exceeded.
    RegionLimitExceededException,
    /// `ServiceException`: HTTP 500; retry: backoff; category: internal.
    /// The service encountered an error.
    ServiceException,
    /// `ShareLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Share limit exceeded.
    ShareLimitExceededException,
    /// `SnapshotLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Snapshot limit exceeded.
    SnapshotLimitExceededException,
    /// `TagLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag limit exceeded.
    TagLimitExceededException,
    /// `UnsupportedOperationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported operation.
    UnsupportedOperationException,
    /// `UnsupportedSettingsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported settings.
    UnsupportedSettingsException,
    /// `UserDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// User does not exist.
    UserDoesNotExistException,
    /// `ADAssessmentLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// AD assessment limit exceeded.
    AdAssessmentLimitExceededException,
    /// `DisableAlreadyInProgressException`: HTTP 400; retry: never; category: invalid_argument.
    /// Disable already in progress.
    DisableAlreadyInProgressException,
    /// `EnableAlreadyInProgressException`: HTTP 400; retry: never; category: invalid_argument.
    /// Enable already in progress.
    EnableAlreadyInProgressException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 40] = [
        "AccessDeniedException",
        "AuthenticationFailedException",
        "CertificateAlreadyExistsException",
        "CertificateDoesNotExistException",
        "CertificateInUseException",
        "CertificateLimitExceededException",
        "ClientException",
        "DirectoryAlreadyInRegionException",
        "DirectoryAlreadySharedException",
        "DirectoryDoesNotExistException",
        "DirectoryInDesiredStateException",
        "DirectoryLimitExceededException",
        "DirectoryNotSharedException",
        "DirectoryUnavailableException",
        "DomainControllerLimitExceededException",
        "EntityAlreadyExistsException",
        "EntityDoesNotExistException",
        "IncompatibleSettingsException",
        "InsufficientPermissionsException",
        "InvalidCertificateException",
        "InvalidClientAuthStatusException",
        "InvalidLDAPSStatusException",
        "InvalidNextTokenException",
        "InvalidParameterException",
        "InvalidPasswordException",
        "InvalidTargetException",
        "IpRouteLimitExceededException",
        "NoAvailableCertificateException",
        "OrganizationsException",
        "RegionLimitExceededException",
        "ServiceException",
        "ShareLimitExceededException",
        "SnapshotLimitExceededException",
        "TagLimitExceededException",
        "UnsupportedOperationException",
        "UnsupportedSettingsException",
        "UserDoesNotExistException",
        "ADAssessmentLimitExceededException",
        "DisableAlreadyInProgressException",
        "EnableAlreadyInProgressException",
    ];
    static NAME_CODES: [u32; 2] = [21, 37];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidLdapsStatusExceptionAdAssessmentLimitExceededException",
        ends: &[0, 27, 61],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Authentication failed.Certificate already exists.Certificate does not exist.Certificate in use.Certificate limit exceeded.The request failed because of an error on the client's side.Directory already in region.Directory already shared.Directory does not exist.Directory in desired state.Directory limit exceeded.Directory not shared.Directory unavailable.Domain controller limit exceeded.Entity already exists.Entity does not exist.Incompatible settings.Insufficient permissions.Invalid certificate.Invalid client auth status.Invalid LDAPS status.Invalid next token.Invalid parameter.Invalid password.Invalid target.Ip route limit exceeded.No available certificate.Organizations.Region limit exceeded.The service encountered an error.Share limit exceeded.Snapshot limit exceeded.Tag limit exceeded.Unsupported operation.Unsupported settings.User does not exist.AD assessment limit exceeded.Disable already in progress.Enable already in progress.",
        ends: &[
            0, 14, 36, 63, 90, 109, 136, 196, 224, 249, 274, 301, 326, 347, 369, 402,
            424, 446, 468, 493, 513, 540, 561, 580, 598, 615, 630, 654, 679, 693, 715,
            748, 769, 793, 812, 834, 855, 875, 904, 932, 959,
        ],
    };
    static STATUSES: [u16; 40] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 500, 400,
        400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 41] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40,
    ];
    static RETRY: [::cloud_errors::Retry; 40] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 40] = ::cloud_errors::__private::category_column(
        b"ccccccccccccccccccccccccccccccmccccccccc",
    );
    static PILOTS: [u16; 10] = [2, 2, 64, 0, 18, 2, 169, 38, 365, 0];
    static SLOTS: [(&str, u32); 44] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            29, 16, 27, 12, 39, 4294967295, 4294967295, 1, 24, 35, 9, 25, 14, 5, 18, 33,
            31, 7, 4294967295, 4, 17, 32, 4294967295, 6, 19, 23, 3, 15, 2, 37, 0, 10, 20,
            22, 38, 36, 8, 34, 30, 28, 13, 11, 21, 26,
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
    const PROVIDER: &'static str = "AWS Directory Service";
    type Envelope = ::cloud_errors::envelopes::AwsCbor;
    /// The retry defaults of AWS Directory Service's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Directory Service: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
