// @generated from catalogs/aws/ecs.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS ECS: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS ECS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Access denied.
    AccessDeniedException,
    /// `AttributeLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Attribute limit exceeded.
    AttributeLimitExceededException,
    /// `BlockedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Blocked.
    BlockedException,
    /// `ClientException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed because of an error on the client\'s side.
    ClientException,
    /// `ClusterContainsContainerInstancesException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster contains container instances.
    ClusterContainsContainerInstancesException,
    /// `ClusterContainsServicesException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster contains services.
    ClusterContainsServicesException,
    /// `ClusterContainsTasksException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster contains tasks.
    ClusterContainsTasksException,
    /// `ClusterNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster not found.
    ClusterNotFoundException,
    /// `ConflictException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `InvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameterException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `MissingVersionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing version.
    MissingVersionException,
    /// `NamespaceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Namespace not found.
    NamespaceNotFoundException,
    /// `NoUpdateAvailableException`: HTTP 400; retry: never; category: invalid_argument.
    /// No update available.
    NoUpdateAvailableException,
    /// `PlatformTaskDefinitionIncompatibilityException`: HTTP 400; retry: never; category: invalid_argument.
    /// Platform task definition incompatibility.
    PlatformTaskDefinitionIncompatibilityException,
    /// `PlatformUnknownException`: HTTP 400; retry: never; category: invalid_argument.
    /// Platform unknown.
    PlatformUnknownException,
    /// `ResourceInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use.
    ResourceInUseException,
    /// `ResourceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ServerException`: HTTP 500; retry: backoff; category: internal.
    /// The service failed with an error on its side.
    ServerException,
    /// `ServiceNotActiveException`: HTTP 400; retry: never; category: invalid_argument.
    /// Service not active.
    ServiceNotActiveException,
    /// `ServiceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Service not found.
    ServiceNotFoundException,
    /// `TargetNotConnectedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Target not connected.
    TargetNotConnectedException,
    /// `TargetNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Target not found.
    TargetNotFoundException,
    /// `TaskSetNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Task set not found.
    TaskSetNotFoundException,
    /// `UnsupportedFeatureException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported feature.
    UnsupportedFeatureException,
    /// `UpdateInProgressException`: HTTP 400; retry: never; category: invalid_argument.
    /// Update in progress.
    UpdateInProgressException,
    /// `ClusterContainsCapacityProviderException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster contains capacity provider.
    ClusterContainsCapacityProviderException,
    /// `DaemonNotActiveException`: HTTP 400; retry: never; category: invalid_argument.
    /// Daemon not active.
    DaemonNotActiveException,
    /// `DaemonNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Daemon not found.
    DaemonNotFoundException,
    /// `GatewayNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Gateway not found.
    GatewayNotFoundException,
    /// `ServiceDeploymentNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Service deployment not found.
    ServiceDeploymentNotFoundException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 31] = [
        "AccessDeniedException",
        "AttributeLimitExceededException",
        "BlockedException",
        "ClientException",
        "ClusterContainsContainerInstancesException",
        "ClusterContainsServicesException",
        "ClusterContainsTasksException",
        "ClusterNotFoundException",
        "ConflictException",
        "InvalidParameterException",
        "LimitExceededException",
        "MissingVersionException",
        "NamespaceNotFoundException",
        "NoUpdateAvailableException",
        "PlatformTaskDefinitionIncompatibilityException",
        "PlatformUnknownException",
        "ResourceInUseException",
        "ResourceNotFoundException",
        "ServerException",
        "ServiceNotActiveException",
        "ServiceNotFoundException",
        "TargetNotConnectedException",
        "TargetNotFoundException",
        "TaskSetNotFoundException",
        "UnsupportedFeatureException",
        "UpdateInProgressException",
        "ClusterContainsCapacityProviderException",
        "DaemonNotActiveException",
        "DaemonNotFoundException",
        "GatewayNotFoundException",
        "ServiceDeploymentNotFoundException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Attribute limit exceeded.Blocked.The request failed because of an error on the client's side.Cluster contains container instances.Cluster contains services.Cluster contains tasks.Cluster not found.The request conflicts with the current state of the resource.Invalid parameter.Limit exceeded.Missing version.Namespace not found.No update available.Platform task definition incompatibility.Platform unknown.Resource in use.Resource not found.The service failed with an error on its side.Service not active.Service not found.Target not connected.Target not found.Task set not found.Unsupported feature.Update in progress.Cluster contains capacity provider.Daemon not active.Daemon not found.Gateway not found.Service deployment not found.",
        ends: &[
            0, 14, 39, 47, 107, 144, 170, 193, 211, 272, 290, 305, 321, 341, 361, 402,
            419, 435, 454, 499, 518, 536, 557, 574, 593, 613, 632, 667, 685, 702, 720,
            749,
        ],
    };
    static STATUSES: [u16; 31] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 32] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31,
    ];
    static RETRY: [::cloud_errors::Retry; 31] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaabaaaaaaabaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 31] = ::cloud_errors::__private::category_column(
        b"cccccccccchcccccccmcccccccccccc",
    );
    static PILOTS: [u16; 8] = [25, 10, 8, 56, 18, 7, 0, 2];
    static SLOTS: [(&str, u32); 34] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            11, 5, 14, 9, 0, 2, 21, 4, 30, 7, 4294967295, 20, 6, 1, 15, 13, 4294967295,
            26, 28, 22, 23, 8, 17, 10, 19, 16, 3, 24, 27, 12, 29, 4294967295, 18, 25,
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
    const PROVIDER: &'static str = "AWS ECS";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS ECS's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS ECS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
