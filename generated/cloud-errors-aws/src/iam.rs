// @generated from catalogs/aws/iam.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS IAM: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsQuery`](cloud_errors::envelopes::AwsQuery) (`aws_query`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS IAM: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccountNotManagementOrDelegatedAdministratorException`: HTTP 400; retry: never; category: invalid_argument.
    /// Account not management or delegated administrator.
    AccountNotManagementOrDelegatedAdministratorException,
    /// `CallerIsNotManagementAccountException`: HTTP 400; retry: never; category: invalid_argument.
    /// Caller is not management account.
    CallerIsNotManagementAccountException,
    /// `ConcurrentModification`: HTTP 409; retry: never; category: aborted.
    /// Concurrent modification.
    ConcurrentModification,
    /// `ReportExpired`: HTTP 410; retry: never; category: failed_precondition.
    /// Report expired.
    ReportExpired,
    /// `ReportNotPresent`: HTTP 410; retry: never; category: failed_precondition.
    /// Report not present.
    ReportNotPresent,
    /// `ReportInProgress`: HTTP 404; retry: never; category: not_found.
    /// Report in progress.
    ReportInProgress,
    /// `DeleteConflict`: HTTP 409; retry: never; category: aborted.
    /// Delete conflict.
    DeleteConflict,
    /// `DuplicateCertificate`: HTTP 409; retry: never; category: aborted.
    /// Duplicate certificate.
    DuplicateCertificate,
    /// `DuplicateSSHPublicKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate SSH public key.
    DuplicateSshPublicKey,
    /// `EntityAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Entity already exists.
    EntityAlreadyExists,
    /// `EntityTemporarilyUnmodifiable`: HTTP 409; retry: never; category: aborted.
    /// Entity temporarily unmodifiable.
    EntityTemporarilyUnmodifiable,
    /// `InvalidAuthenticationCode`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid authentication code.
    InvalidAuthenticationCode,
    /// `InvalidCertificate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid certificate.
    InvalidCertificate,
    /// `InvalidInput`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid input.
    InvalidInput,
    /// `InvalidPublicKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid public key.
    InvalidPublicKey,
    /// `InvalidUserType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid user type.
    InvalidUserType,
    /// `KeyPairMismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Key pair mismatch.
    KeyPairMismatch,
    /// `LimitExceeded`: HTTP 409; retry: never; category: aborted.
    /// Limit exceeded.
    LimitExceeded,
    /// `MalformedCertificate`: HTTP 400; retry: never; category: invalid_argument.
    /// Malformed certificate.
    MalformedCertificate,
    /// `MalformedPolicyDocument`: HTTP 400; retry: never; category: invalid_argument.
    /// Malformed policy document.
    MalformedPolicyDocument,
    /// `NoSuchEntity`: HTTP 404; retry: never; category: not_found.
    /// No such entity.
    NoSuchEntity,
    /// `OpenIdIdpCommunicationError`: HTTP 400; retry: never; category: invalid_argument.
    /// Open id idp communication error.
    OpenIdIdpCommunicationError,
    /// `OrganizationNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Organization not found.
    OrganizationNotFoundException,
    /// `OrganizationNotInAllFeaturesModeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Organization not in all features mode.
    OrganizationNotInAllFeaturesModeException,
    /// `PasswordPolicyViolation`: HTTP 400; retry: never; category: invalid_argument.
    /// Password policy violation.
    PasswordPolicyViolation,
    /// `PolicyEvaluation`: HTTP 500; retry: backoff; category: internal.
    /// Policy evaluation.
    PolicyEvaluation,
    /// `PolicyNotAttachable`: HTTP 400; retry: never; category: invalid_argument.
    /// Policy not attachable.
    PolicyNotAttachable,
    /// `ReportGenerationLimitExceeded`: HTTP 409; retry: never; category: aborted.
    /// Report generation limit exceeded.
    ReportGenerationLimitExceeded,
    /// `ServiceAccessNotEnabledException`: HTTP 400; retry: never; category: invalid_argument.
    /// Service access not enabled.
    ServiceAccessNotEnabledException,
    /// `ServiceFailure`: HTTP 500; retry: backoff; category: internal.
    /// Service failure.
    ServiceFailure,
    /// `NotSupportedService`: HTTP 404; retry: never; category: not_found.
    /// Not supported service.
    NotSupportedService,
    /// `UnmodifiableEntity`: HTTP 400; retry: never; category: invalid_argument.
    /// Unmodifiable entity.
    UnmodifiableEntity,
    /// `UnrecognizedPublicKeyEncoding`: HTTP 400; retry: never; category: invalid_argument.
    /// Unrecognized public key encoding.
    UnrecognizedPublicKeyEncoding,
    /// `FeatureDisabled`: HTTP 404; retry: never; category: not_found.
    /// Feature disabled.
    FeatureDisabled,
    /// `FeatureEnabled`: HTTP 409; retry: never; category: aborted.
    /// Feature enabled.
    FeatureEnabled,
    /// `NameConflict`: HTTP 409; retry: never; category: aborted.
    /// Name conflict.
    NameConflict,
    /// `OrganizationLevelResourcesExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Organization level resources exist.
    OrganizationLevelResourcesExistException,
    /// `RoleModified`: HTTP 409; retry: never; category: aborted.
    /// Role modified.
    RoleModified,
    /// `RoleTemplateDisabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Role template disabled.
    RoleTemplateDisabled,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 39] = [
        "AccountNotManagementOrDelegatedAdministratorException",
        "CallerIsNotManagementAccountException",
        "ConcurrentModification",
        "ReportExpired",
        "ReportNotPresent",
        "ReportInProgress",
        "DeleteConflict",
        "DuplicateCertificate",
        "DuplicateSSHPublicKey",
        "EntityAlreadyExists",
        "EntityTemporarilyUnmodifiable",
        "InvalidAuthenticationCode",
        "InvalidCertificate",
        "InvalidInput",
        "InvalidPublicKey",
        "InvalidUserType",
        "KeyPairMismatch",
        "LimitExceeded",
        "MalformedCertificate",
        "MalformedPolicyDocument",
        "NoSuchEntity",
        "OpenIdIdpCommunicationError",
        "OrganizationNotFoundException",
        "OrganizationNotInAllFeaturesModeException",
        "PasswordPolicyViolation",
        "PolicyEvaluation",
        "PolicyNotAttachable",
        "ReportGenerationLimitExceeded",
        "ServiceAccessNotEnabledException",
        "ServiceFailure",
        "NotSupportedService",
        "UnmodifiableEntity",
        "UnrecognizedPublicKeyEncoding",
        "FeatureDisabled",
        "FeatureEnabled",
        "NameConflict",
        "OrganizationLevelResourcesExistException",
        "RoleModified",
        "RoleTemplateDisabled",
    ];
    static NAME_CODES: [u32; 1] = [8];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "DuplicateSshPublicKey",
        ends: &[0, 21],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Account not management or delegated administrator.Caller is not management account.Concurrent modification.Report expired.Report not present.Report in progress.Delete conflict.Duplicate certificate.Duplicate SSH public key.Entity already exists.Entity temporarily unmodifiable.Invalid authentication code.Invalid certificate.Invalid input.Invalid public key.Invalid user type.Key pair mismatch.Limit exceeded.Malformed certificate.Malformed policy document.No such entity.Open id idp communication error.Organization not found.Organization not in all features mode.Password policy violation.Policy evaluation.Policy not attachable.Report generation limit exceeded.Service access not enabled.Service failure.Not supported service.Unmodifiable entity.Unrecognized public key encoding.Feature disabled.Feature enabled.Name conflict.Organization level resources exist.Role modified.Role template disabled.",
        ends: &[
            0, 50, 83, 107, 122, 141, 160, 176, 198, 223, 245, 277, 305, 325, 339, 358,
            376, 394, 409, 431, 457, 472, 504, 527, 565, 591, 609, 631, 664, 691, 707,
            729, 749, 782, 799, 815, 829, 864, 878, 901,
        ],
    };
    static STATUSES: [u16; 39] = [
        400, 400, 409, 410, 410, 404, 409, 409, 400, 409, 409, 403, 400, 400, 400, 400,
        400, 409, 400, 400, 404, 400, 400, 400, 400, 500, 400, 409, 400, 500, 404, 400,
        400, 404, 409, 409, 400, 409, 400,
    ];
    static STATUS_ENDS: [u32; 40] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39,
    ];
    static RETRY: [::cloud_errors::Retry; 39] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaabaaabaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 39] = ::cloud_errors::__private::category_column(
        b"ccjiiejjcjjgcccccjcceccccmcjcmeccejjcjc",
    );
    static PILOTS: [u16; 10] = [15, 37, 4, 6, 26, 0, 46, 16, 34, 2];
    static SLOTS: [(&str, u32); 43] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 25, 21, 38, 35, 27, 6, 19, 32, 34, 29, 12, 16, 4294967295, 7, 14,
            11, 24, 10, 4, 4294967295, 13, 3, 23, 30, 4294967295, 0, 37, 33, 20, 22, 17,
            28, 31, 2, 8, 15, 1, 18, 9, 26, 36, 5,
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
    const PROVIDER: &'static str = "AWS IAM";
    type Envelope = ::cloud_errors::envelopes::AwsQuery;
    /// The retry defaults of AWS IAM's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS IAM: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
