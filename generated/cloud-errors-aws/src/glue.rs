// @generated from catalogs/aws/glue.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Glue: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Glue: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Access denied.
    AccessDeniedException,
    /// `AlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Already exists.
    AlreadyExistsException,
    /// `ColumnStatisticsTaskNotRunningException`: HTTP 400; retry: never; category: invalid_argument.
    /// Column statistics task not running.
    ColumnStatisticsTaskNotRunningException,
    /// `ColumnStatisticsTaskRunningException`: HTTP 400; retry: never; category: invalid_argument.
    /// Column statistics task running.
    ColumnStatisticsTaskRunningException,
    /// `ColumnStatisticsTaskStoppingException`: HTTP 400; retry: never; category: invalid_argument.
    /// Column statistics task stopping.
    ColumnStatisticsTaskStoppingException,
    /// `ConcurrentModificationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Concurrent modification.
    ConcurrentModificationException,
    /// `ConcurrentRunsExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Concurrent runs exceeded.
    ConcurrentRunsExceededException,
    /// `ConditionCheckFailureException`: HTTP 400; retry: never; category: invalid_argument.
    /// Condition check failure.
    ConditionCheckFailureException,
    /// `ConflictException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `CrawlerNotRunningException`: HTTP 400; retry: never; category: invalid_argument.
    /// Crawler not running.
    CrawlerNotRunningException,
    /// `CrawlerRunningException`: HTTP 400; retry: never; category: invalid_argument.
    /// Crawler running.
    CrawlerRunningException,
    /// `CrawlerStoppingException`: HTTP 400; retry: never; category: invalid_argument.
    /// Crawler stopping.
    CrawlerStoppingException,
    /// `EntityNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Entity not found.
    EntityNotFoundException,
    /// `FederatedResourceAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Federated resource already exists.
    FederatedResourceAlreadyExistsException,
    /// `FederationSourceException`: HTTP 400; retry: never; category: invalid_argument.
    /// Federation source.
    FederationSourceException,
    /// `FederationSourceRetryableException`: HTTP 400; retry: never; category: invalid_argument.
    /// Federation source retryable.
    FederationSourceRetryableException,
    /// `GlueEncryptionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Glue encryption.
    GlueEncryptionException,
    /// `IdempotentParameterMismatchException`: HTTP 400; retry: never; category: invalid_argument.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatchException,
    /// `IllegalBlueprintStateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal blueprint state.
    IllegalBlueprintStateException,
    /// `IllegalSessionStateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal session state.
    IllegalSessionStateException,
    /// `IllegalWorkflowStateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal workflow state.
    IllegalWorkflowStateException,
    /// `IntegrationConflictOperationFault`: HTTP 409; retry: never; category: aborted.
    /// Integration conflict operation.
    IntegrationConflictOperationFault,
    /// `IntegrationNotFoundFault`: HTTP 404; retry: never; category: not_found.
    /// Integration not found.
    IntegrationNotFoundFault,
    /// `IntegrationQuotaExceededFault`: HTTP 402; retry: never; category: failed_precondition.
    /// Integration quota exceeded.
    IntegrationQuotaExceededFault,
    /// `InternalServerException`: HTTP 500; retry: backoff; category: internal.
    /// An internal server error occurred.
    InternalServerException,
    /// `InternalServiceException`: HTTP 500; retry: backoff; category: internal.
    /// Internal service.
    InternalServiceException,
    /// `InvalidInputException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid input.
    InvalidInputException,
    /// `InvalidIntegrationStateFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid integration state.
    InvalidIntegrationStateFault,
    /// `InvalidStateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid state.
    InvalidStateException,
    /// `KMSKeyNotAccessibleFault`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS key not accessible.
    KmsKeyNotAccessibleFault,
    /// `MLTransformNotReadyException`: HTTP 400; retry: never; category: invalid_argument.
    /// ML transform not ready.
    MlTransformNotReadyException,
    /// `NoScheduleException`: HTTP 400; retry: never; category: invalid_argument.
    /// No schedule.
    NoScheduleException,
    /// `OperationNotSupportedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation not supported.
    OperationNotSupportedException,
    /// `OperationTimeoutException`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation timeout.
    OperationTimeoutException,
    /// `PermissionTypeMismatchException`: HTTP 400; retry: never; category: invalid_argument.
    /// Permission type mismatch.
    PermissionTypeMismatchException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ResourceNotReadyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not ready.
    ResourceNotReadyException,
    /// `ResourceNumberLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource number limit exceeded.
    ResourceNumberLimitExceededException,
    /// `SchedulerNotRunningException`: HTTP 400; retry: never; category: invalid_argument.
    /// Scheduler not running.
    SchedulerNotRunningException,
    /// `SchedulerRunningException`: HTTP 400; retry: never; category: invalid_argument.
    /// Scheduler running.
    SchedulerRunningException,
    /// `SchedulerTransitioningException`: HTTP 400; retry: never; category: invalid_argument.
    /// Scheduler transitioning.
    SchedulerTransitioningException,
    /// `TargetResourceNotFound`: HTTP 404; retry: never; category: not_found.
    /// Target resource not found.
    TargetResourceNotFound,
    /// `ThrottlingException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// `VersionMismatchException`: HTTP 400; retry: never; category: invalid_argument.
    /// Version mismatch.
    VersionMismatchException,
    /// `MaterializedViewRefreshTaskNotRunningException`: HTTP 400; retry: never; category: invalid_argument.
    /// Materialized view refresh task not running.
    MaterializedViewRefreshTaskNotRunningException,
    /// `MaterializedViewRefreshTaskRunningException`: HTTP 400; retry: never; category: invalid_argument.
    /// Materialized view refresh task running.
    MaterializedViewRefreshTaskRunningException,
    /// `MaterializedViewRefreshTaskStoppingException`: HTTP 400; retry: never; category: invalid_argument.
    /// Materialized view refresh task stopping.
    MaterializedViewRefreshTaskStoppingException,
    /// `SessionBusyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Session busy.
    SessionBusyException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 49] = [
        "AccessDeniedException",
        "AlreadyExistsException",
        "ColumnStatisticsTaskNotRunningException",
        "ColumnStatisticsTaskRunningException",
        "ColumnStatisticsTaskStoppingException",
        "ConcurrentModificationException",
        "ConcurrentRunsExceededException",
        "ConditionCheckFailureException",
        "ConflictException",
        "CrawlerNotRunningException",
        "CrawlerRunningException",
        "CrawlerStoppingException",
        "EntityNotFoundException",
        "FederatedResourceAlreadyExistsException",
        "FederationSourceException",
        "FederationSourceRetryableException",
        "GlueEncryptionException",
        "IdempotentParameterMismatchException",
        "IllegalBlueprintStateException",
        "IllegalSessionStateException",
        "IllegalWorkflowStateException",
        "IntegrationConflictOperationFault",
        "IntegrationNotFoundFault",
        "IntegrationQuotaExceededFault",
        "InternalServerException",
        "InternalServiceException",
        "InvalidInputException",
        "InvalidIntegrationStateFault",
        "InvalidStateException",
        "KMSKeyNotAccessibleFault",
        "MLTransformNotReadyException",
        "NoScheduleException",
        "OperationNotSupportedException",
        "OperationTimeoutException",
        "PermissionTypeMismatchException",
        "ResourceNotFoundException",
        "ResourceNotReadyException",
        "ResourceNumberLimitExceededException",
        "SchedulerNotRunningException",
        "SchedulerRunningException",
        "SchedulerTransitioningException",
        "TargetResourceNotFound",
        "ThrottlingException",
        "ValidationException",
        "VersionMismatchException",
        "MaterializedViewRefreshTaskNotRunningException",
        "MaterializedViewRefreshTaskRunningException",
        "MaterializedViewRefreshTaskStoppingException",
        "SessionBusyException",
    ];
    static NAME_CODES: [u32; 2] = [29, 30];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "KmsKeyNotAccessibleFaultMlTransformNotReadyException",
        ends: &[0, 24, 52],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Already exists.Column statistics task not running.Column statistics task running.Column statistics task stopping.Concurrent modification.Concurrent runs exceeded.Condition check failure.The request conflicts with the current state of the resource.Crawler not running.Crawler running.Crawler stopping.Entity not found.Federated resource already exists.Federation source.Federation source retryable.Glue encryption.Idempotent parameter mismatch.Illegal blueprint state.Illegal session state.Illegal workflow state.Integration conflict operation.Integration not found.Integration quota exceeded.An internal server error occurred.Internal service.Invalid input.Invalid integration state.Invalid state.KMS key not accessible.ML transform not ready.No schedule.Operation not supported.Operation timeout.Permission type mismatch.Resource not found.Resource not ready.Resource number limit exceeded.Scheduler not running.Scheduler running.Scheduler transitioning.Target resource not found.The request was throttled.The request failed validation.Version mismatch.Materialized view refresh task not running.Materialized view refresh task running.Materialized view refresh task stopping.Session busy.",
        ends: &[
            0, 14, 29, 64, 95, 127, 151, 176, 200, 261, 281, 297, 314, 331, 365, 383,
            411, 427, 457, 481, 503, 526, 557, 579, 606, 640, 657, 671, 697, 711, 734,
            757, 769, 793, 811, 836, 855, 874, 905, 927, 945, 969, 995, 1021, 1051, 1068,
            1111, 1150, 1190, 1203,
        ],
    };
    static STATUSES: [u16; 49] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 409, 404, 402, 500, 500, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 404, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400,
        400,
    ];
    static STATUS_ENDS: [u32; 50] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49,
    ];
    static RETRY: [::cloud_errors::Retry; 49] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaabbaaaaaaaaaaaaaaaabaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 49] = ::cloud_errors::__private::category_column(
        b"cccccccccccccccccccccjeimmcccccccccecccccehcccccc",
    );
    static PILOTS: [u16; 13] = [30, 2, 2, 0, 45, 0, 5, 9, 6, 17, 107, 0, 10];
    static SLOTS: [(&str, u32); 54] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            16, 9, 48, 4294967295, 35, 41, 3, 17, 32, 45, 4294967295, 36, 38, 12, 2, 19,
            33, 15, 4294967295, 8, 22, 6, 24, 37, 47, 27, 30, 23, 0, 39, 4, 44, 7, 26, 5,
            11, 28, 13, 4294967295, 20, 14, 18, 31, 21, 43, 10, 34, 42, 4294967295, 25,
            1, 46, 29, 40,
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
    const PROVIDER: &'static str = "AWS Glue";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS Glue's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Glue: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
