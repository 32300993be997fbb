// @generated from catalogs/aws/workspaces.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS WorkSpaces: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsCbor`](cloud_errors::envelopes::AwsCbor) (`aws_cbor`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS WorkSpaces: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Access denied.
    AccessDeniedException,
    /// `ApplicationNotSupportedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Application not supported.
    ApplicationNotSupportedException,
    /// `ComputeNotCompatibleException`: HTTP 400; retry: never; category: invalid_argument.
    /// Compute not compatible.
    ComputeNotCompatibleException,
    /// `ConflictException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `IncompatibleApplicationsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Incompatible applications.
    IncompatibleApplicationsException,
    /// `InternalServerException`: HTTP 400; retry: never; category: invalid_argument.
    /// An internal server error occurred.
    InternalServerException,
    /// `InvalidParameterValuesException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter values.
    InvalidParameterValuesException,
    /// `InvalidResourceStateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource state.
    InvalidResourceStateException,
    /// `OperatingSystemNotCompatibleException`: HTTP 400; retry: never; category: invalid_argument.
    /// Operating system not compatible.
    OperatingSystemNotCompatibleException,
    /// `OperationInProgressException`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation in progress.
    OperationInProgressException,
    /// `OperationNotSupportedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation not supported.
    OperationNotSupportedException,
    /// `ResourceAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already exists.
    ResourceAlreadyExistsException,
    /// `ResourceAssociatedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource associated.
    ResourceAssociatedException,
    /// `ResourceCreationFailedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource creation failed.
    ResourceCreationFailedException,
    /// `ResourceInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use.
    ResourceInUseException,
    /// `ResourceLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource limit exceeded.
    ResourceLimitExceededException,
    /// `ResourceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ResourceUnavailableException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource unavailable.
    ResourceUnavailableException,
    /// `UnsupportedNetworkConfigurationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported network configuration.
    UnsupportedNetworkConfigurationException,
    /// `UnsupportedWorkspaceConfigurationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported workspace configuration.
    UnsupportedWorkspaceConfigurationException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// `WorkspacesDefaultRoleNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Workspaces default role not found.
    WorkspacesDefaultRoleNotFoundException,
    /// `InvalidParameterCombinationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter combination.
    InvalidParameterCombinationException,
    /// `PolicyApplyFailedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Policy apply failed.
    PolicyApplyFailedException,
    /// `ServiceQuotaExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// `ThrottlingException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 26] = [
        "AccessDeniedException",
        "ApplicationNotSupportedException",
        "ComputeNotCompatibleException",
        "ConflictException",
        "IncompatibleApplicationsException",
        "InternalServerException",
        "InvalidParameterValuesException",
        "InvalidResourceStateException",
        "OperatingSystemNotCompatibleException",
        "OperationInProgressException",
        "OperationNotSupportedException",
        "ResourceAlreadyExistsException",
        "ResourceAssociatedException",
        "ResourceCreationFailedException",
        "ResourceInUseException",
        "ResourceLimitExceededException",
        "ResourceNotFoundException",
        "ResourceUnavailableException",
        "UnsupportedNetworkConfigurationException",
        "UnsupportedWorkspaceConfigurationException",
        "ValidationException",
        "WorkspacesDefaultRoleNotFoundException",
        "InvalidParameterCombinationException",
        "PolicyApplyFailedException",
        "ServiceQuotaExceededException",
        "ThrottlingException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Application not supported.Compute not compatible.The request conflicts with the current state of the resource.Incompatible applications.An internal server error occurred.Invalid parameter values.Invalid resource state.Operating system not compatible.Operation in progress.Operation not supported.Resource already exists.Resource associated.Resource creation failed.Resource in use.Resource limit exceeded.Resource not found.Resource unavailable.Unsupported network configuration.Unsupported workspace configuration.The request failed validation.Workspaces default role not found.Invalid parameter combination.Policy apply failed.Service quota exceeded.The request was throttled.",
        ends: &[
            0, 14, 40, 63, 124, 150, 184, 209, 232, 264, 286, 310, 334, 354, 379, 395,
            419, 438, 459, 493, 529, 559, 593, 623, 643, 666, 692,
        ],
    };
    static STATUSES: [u16; 26] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 27] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26,
    ];
    static RETRY: [::cloud_errors::Retry; 26] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaab",
    );
    static CATEGORY: [::cloud_errors::Category; 26] = ::cloud_errors::__private::category_column(
        b"ccccccccccccccccccccccccch",
    );
    static PILOTS: [u16; 7] = [2, 5, 41, 15, 136, 0, 158];
    static SLOTS: [(&str, u32); 28] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            17, 20, 16, 0, 21, 10, 7, 22, 6, 15, 4294967295, 14, 1, 25, 8, 11, 2, 24, 9,
            4, 5, 4294967295, 23, 3, 13, 12, 18, 19,
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
    const PROVIDER: &'static str = "AWS WorkSpaces";
    type Envelope = ::cloud_errors::envelopes::AwsCbor;
    /// The retry defaults of AWS WorkSpaces's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS WorkSpaces: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
