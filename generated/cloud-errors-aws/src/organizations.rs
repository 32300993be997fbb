// @generated from catalogs/aws/organizations.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Organizations: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Organizations: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AWSOrganizationsNotInUseException`: HTTP 404; retry: never; category: not_found.
    /// AWS organizations not in use.
    AwsOrganizationsNotInUseException,
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `AccessDeniedForDependencyException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied for dependency.
    AccessDeniedForDependencyException,
    /// `AccountAlreadyClosedException`: HTTP 409; retry: never; category: aborted.
    /// Account already closed.
    AccountAlreadyClosedException,
    /// `AccountAlreadyRegisteredException`: HTTP 409; retry: never; category: aborted.
    /// Account already registered.
    AccountAlreadyRegisteredException,
    /// `AccountNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Account not found.
    AccountNotFoundException,
    /// `AccountNotRegisteredException`: HTTP 409; retry: never; category: aborted.
    /// Account not registered.
    AccountNotRegisteredException,
    /// `AccountOwnerNotVerifiedException`: HTTP 403; retry: never; category: permission_denied.
    /// Account owner not verified.
    AccountOwnerNotVerifiedException,
    /// `AlreadyInOrganizationException`: HTTP 409; retry: never; category: aborted.
    /// Already in organization.
    AlreadyInOrganizationException,
    /// `ChildNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Child not found.
    ChildNotFoundException,
    /// `ConcurrentModificationException`: HTTP 409; retry: never; category: aborted.
    /// Concurrent modification.
    ConcurrentModificationException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `ConstraintViolationException`: HTTP 409; retry: never; category: aborted.
    /// Constraint violation.
    ConstraintViolationException,
    /// `CreateAccountStatusNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Create account status not found.
    CreateAccountStatusNotFoundException,
    /// `DestinationParentNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Destination parent not found.
    DestinationParentNotFoundException,
    /// `DuplicateAccountException`: HTTP 409; retry: never; category: aborted.
    /// Duplicate account.
    DuplicateAccountException,
    /// `DuplicateHandshakeException`: HTTP 409; retry: never; category: aborted.
    /// Duplicate handshake.
    DuplicateHandshakeException,
    /// `DuplicateOrganizationalUnitException`: HTTP 409; retry: never; category: aborted.
    /// Duplicate organizational unit.
    DuplicateOrganizationalUnitException,
    /// `DuplicatePolicyAttachmentException`: HTTP 409; retry: never; category: aborted.
    /// Duplicate policy attachment.
    DuplicatePolicyAttachmentException,
    /// `DuplicatePolicyException`: HTTP 409; retry: never; category: aborted.
    /// Duplicate policy.
    DuplicatePolicyException,
    /// `EffectivePolicyNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Effective policy not found.
    EffectivePolicyNotFoundException,
    /// `FinalizingOrganizationException`: HTTP 409; retry: never; category: aborted.
    /// Finalizing organization.
    FinalizingOrganizationException,
    /// `HandshakeAlreadyInStateException`: HTTP 409; retry: never; category: aborted.
    /// Handshake already in state.
    HandshakeAlreadyInStateException,
    /// `HandshakeConstraintViolationException`: HTTP 409; retry: never; category: aborted.
    /// Handshake constraint violation.
    HandshakeConstraintViolationException,
    /// `HandshakeNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Handshake not found.
    HandshakeNotFoundException,
    /// `InvalidHandshakeTransitionException`: HTTP 409; retry: never; category: aborted.
    /// Invalid handshake transition.
    InvalidHandshakeTransitionException,
    /// `InvalidInputException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid input.
    InvalidInputException,
    /// `MalformedPolicyDocumentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Malformed policy document.
    MalformedPolicyDocumentException,
    /// `MasterCannotLeaveOrganizationException`: HTTP 409; retry: never; category: aborted.
    /// Master cannot leave organization.
    MasterCannotLeaveOrganizationException,
    /// `OrganizationNotEmptyException`: HTTP 409; retry: never; category: aborted.
    /// Organization not empty.
    OrganizationNotEmptyException,
    /// `OrganizationalUnitNotEmptyException`: HTTP 409; retry: never; category: aborted.
    /// Organizational unit not empty.
    OrganizationalUnitNotEmptyException,
    /// `OrganizationalUnitNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Organizational unit not found.
    OrganizationalUnitNotFoundException,
    /// `ParentNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Parent not found.
    ParentNotFoundException,
    /// `PolicyChangesInProgressException`: HTTP 400; retry: never; category: invalid_argument.
    /// Policy changes in progress.
    PolicyChangesInProgressException,
    /// `PolicyInUseException`: HTTP 409; retry: never; category: aborted.
    /// Policy in use.
    PolicyInUseException,
    /// `PolicyNotAttachedException`: HTTP 409; retry: never; category: aborted.
    /// Policy not attached.
    PolicyNotAttachedException,
    /// `PolicyNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Policy not found.
    PolicyNotFoundException,
    /// `PolicyTypeAlreadyEnabledException`: HTTP 409; retry: never; category: aborted.
    /// Policy type already enabled.
    PolicyTypeAlreadyEnabledException,
    /// `PolicyTypeNotAvailableForOrganizationException`: HTTP 409; retry: never; category: aborted.
    /// Policy type not available for organization.
    PolicyTypeNotAvailableForOrganizationException,
    /// `PolicyTypeNotEnabledException`: HTTP 409; retry: never; category: aborted.
    /// Policy type not enabled.
    PolicyTypeNotEnabledException,
    /// `ResourcePolicyNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource policy not found.
    ResourcePolicyNotFoundException,
    /// `RootNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Root not found.
    RootNotFoundException,
    /// `ServiceException`: HTTP 500; retry: backoff; category: internal.
    /// The service encountered an error.
    ServiceException,
    /// `SourceParentNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Source parent not found.
    SourceParentNotFoundException,
    /// `TargetNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Target not found.
    TargetNotFoundException,
    /// `TooManyRequestsException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Too many requests.
    TooManyRequestsException,
    /// `UnsupportedAPIEndpointException`: HTTP 403; retry: never; category: permission_denied.
    /// Unsupported API endpoint.
    UnsupportedApiEndpointException,
    /// `InvalidResponsibilityTransferTransitionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid responsibility transfer transition.
    InvalidResponsibilityTransferTransitionException,
    /// `ResponsibilityTransferAlreadyInStatusException`: HTTP 400; retry: never; category: invalid_argument.
    /// Responsibility transfer already in status.
    ResponsibilityTransferAlreadyInStatusException,
    /// `ResponsibilityTransferNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Responsibility transfer not found.
    ResponsibilityTransferNotFoundException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 50] = [
        "AWSOrganizationsNotInUseException",
        "AccessDeniedException",
        "AccessDeniedForDependencyException",
        "AccountAlreadyClosedException",
        "AccountAlreadyRegisteredException",
        "AccountNotFoundException",
        "AccountNotRegisteredException",
        "AccountOwnerNotVerifiedException",
        "AlreadyInOrganizationException",
        "ChildNotFoundException",
        "ConcurrentModificationException",
        "ConflictException",
        "ConstraintViolationException",
        "CreateAccountStatusNotFoundException",
        "DestinationParentNotFoundException",
        "DuplicateAccountException",
        "DuplicateHandshakeException",
        "DuplicateOrganizationalUnitException",
        "DuplicatePolicyAttachmentException",
        "DuplicatePolicyException",
        "EffectivePolicyNotFoundException",
        "FinalizingOrganizationException",
        "HandshakeAlreadyInStateException",
        "HandshakeConstraintViolationException",
        "HandshakeNotFoundException",
        "InvalidHandshakeTransitionException",
        "InvalidInputException",
        "MalformedPolicyDocumentException",
        "MasterCannotLeaveOrganizationException",
        "OrganizationNotEmptyException",
        "OrganizationalUnitNotEmptyException",
        "OrganizationalUnitNotFoundException",
        "ParentNotFoundException",
        "PolicyChangesInProgressException",
        "PolicyInUseException",
        "PolicyNotAttachedException",
        "PolicyNotFoundException",
        "PolicyTypeAlreadyEnabledException",
        "PolicyTypeNotAvailableForOrganizationException",
        "PolicyTypeNotEnabledException",
        "ResourcePolicyNotFoundException",
        "RootNotFoundException",
        "ServiceException",
        "SourceParentNotFoundException",
        "TargetNotFoundException",
        "TooManyRequestsException",
        "UnsupportedAPIEndpointException",
        "InvalidResponsibilityTransferTransitionException",
        "ResponsibilityTransferAlreadyInStatusException",
        "ResponsibilityTransferNotFoundException",
    ];
    static NAME_CODES: [u32; 2] = [0, 46];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "AwsOrganizationsNotInUseExceptionUnsupportedApiEndpointException",
        ends: &[0, 33, 64],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "AWS organizations not in use.Access denied.Access denied for dependency.Account already closed.Account already registered.Account not found.Account not registered.Account owner not verified.Already in organization.Child not found.Concurrent modification.The request conflicts with the current state of the resource.Constraint violation.Create account status not found.Destination parent not found.Duplicate account.Duplicate handshake.Duplicate organizational unit.Duplicate policy attachment.Duplicate policy.Effective policy not found.Finalizing organization.Handshake already in state.Handshake constraint violation.Handshake not found.Invalid handshake transition.Invalid input.Malformed policy document.Master cannot leave organization.Organization not empty.Organizational unit not empty.Organizational unit not found.Parent not found.Policy changes in progress.Policy in use.Policy not attached.Policy not found.Policy type already enabled.Policy type not available for organization.Policy type not enabled.Resource policy not found.Root not found.The service encountered an error.Source parent not found.Target not found.Too many requests.Unsupported API endpoint.Invalid responsibility transfer transition.Responsibility transfer already in status.Responsibility transfer not found.",
        ends: &[
            0, 29, 43, 72, 95, 122, 140, 163, 190, 214, 230, 254, 315, 336, 368, 397,
            415, 435, 465, 493, 510, 537, 561, 588, 619, 639, 668, 682, 708, 741, 764,
            794, 824, 841, 868, 882, 902, 919, 947, 990, 1014, 1040, 1055, 1088, 1112,
            1129, 1147, 1172, 1215, 1257, 1291,
        ],
    };
    static STATUSES: [u16; 50] = [
        404, 403, 403, 409, 409, 404, 409, 403, 409, 404, 409, 409, 409, 404, 404, 409,
        409, 409, 409, 409, 400, 409, 409, 409, 404, 409, 400, 400, 409, 409, 409, 404,
        404, 400, 409, 409, 404, 409, 409, 409, 404, 404, 500, 404, 404, 429, 403, 400,
        400, 400,
    ];
    static STATUS_ENDS: [u32; 51] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50,
    ];
    static RETRY: [::cloud_errors::Retry; 50] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaabaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 50] = ::cloud_errors::__private::category_column(
        b"eggjjejgjejjjeejjjjjcjjjejccjjjeecjjejjjeemeehgccc",
    );
    static PILOTS: [u16; 13] = [1, 0, 0, 34, 27, 85, 51, 3, 129, 125, 70, 1, 17];
    static SLOTS: [(&str, u32); 55] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            9, 10, 4294967295, 38, 25, 34, 21, 32, 12, 4, 35, 16, 33, 48, 44, 46, 19, 30,
            45, 13, 36, 14, 5, 4294967295, 23, 20, 18, 24, 3, 2, 39, 28, 42, 8, 43, 6, 1,
            11, 22, 37, 41, 27, 17, 31, 29, 49, 26, 40, 7, 15, 4294967295, 47,
            4294967295, 0, 4294967295,
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
    const PROVIDER: &'static str = "AWS Organizations";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS Organizations's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Organizations: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
