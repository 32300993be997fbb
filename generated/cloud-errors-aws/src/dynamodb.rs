// @generated from catalogs/aws/dynamodb.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS DynamoDB: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS DynamoDB: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `BackupInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Backup in use.
    BackupInUseException,
    /// `BackupNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Backup not found.
    BackupNotFoundException,
    /// `ConditionalCheckFailedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Conditional check failed.
    ConditionalCheckFailedException,
    /// `ContinuousBackupsUnavailableException`: HTTP 400; retry: never; category: invalid_argument.
    /// Continuous backups unavailable.
    ContinuousBackupsUnavailableException,
    /// `DuplicateItemException`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate item.
    DuplicateItemException,
    /// `ExportConflictException`: HTTP 400; retry: never; category: invalid_argument.
    /// Export conflict.
    ExportConflictException,
    /// `ExportNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Export not found.
    ExportNotFoundException,
    /// `GlobalTableAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Global table already exists.
    GlobalTableAlreadyExistsException,
    /// `GlobalTableNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Global table not found.
    GlobalTableNotFoundException,
    /// `IdempotentParameterMismatchException`: HTTP 400; retry: never; category: invalid_argument.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatchException,
    /// `ImportConflictException`: HTTP 400; retry: never; category: invalid_argument.
    /// Import conflict.
    ImportConflictException,
    /// `ImportNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Import not found.
    ImportNotFoundException,
    /// `IndexNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Index not found.
    IndexNotFoundException,
    /// `InternalServerError`: HTTP 500; retry: backoff; category: internal.
    /// Internal server error.
    InternalServerError,
    /// `InvalidEndpointException`: HTTP 421; retry: never; category: failed_precondition.
    /// Invalid endpoint.
    InvalidEndpointException,
    /// `InvalidExportTimeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid export time.
    InvalidExportTimeException,
    /// `InvalidRestoreTimeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid restore time.
    InvalidRestoreTimeException,
    /// `ItemCollectionSizeLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Item collection size limit exceeded.
    ItemCollectionSizeLimitExceededException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `PointInTimeRecoveryUnavailableException`: HTTP 400; retry: never; category: invalid_argument.
    /// Point in time recovery unavailable.
    PointInTimeRecoveryUnavailableException,
    /// `PolicyNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Policy not found.
    PolicyNotFoundException,
    /// `ProvisionedThroughputExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Provisioned throughput exceeded.
    ProvisionedThroughputExceededException,
    /// `ReplicaAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Replica already exists.
    ReplicaAlreadyExistsException,
    /// `ReplicaNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Replica not found.
    ReplicaNotFoundException,
    /// `ReplicatedWriteConflictException`: HTTP 400; retry: never; category: invalid_argument.
    /// Replicated write conflict.
    ReplicatedWriteConflictException,
    /// `RequestLimitExceeded`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Request limit exceeded.
    RequestLimitExceeded,
    /// `ResourceInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use.
    ResourceInUseException,
    /// `ResourceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFoundException,
    /// `TableAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Table already exists.
    TableAlreadyExistsException,
    /// `TableInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Table in use.
    TableInUseException,
    /// `TableNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Table not found.
    TableNotFoundException,
    /// `TransactionCanceledException`: HTTP 400; retry: never; category: invalid_argument.
    /// Transaction canceled.
    TransactionCanceledException,
    /// `TransactionConflictException`: HTTP 400; retry: never; category: invalid_argument.
    /// Transaction conflict.
    TransactionConflictException,
    /// `TransactionInProgressException`: HTTP 400; retry: backoff; category: aborted.
    /// Transaction in progress.
    TransactionInProgressException,
    /// `ThrottlingException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 35] = [
        "BackupInUseException",
        "BackupNotFoundException",
        "ConditionalCheckFailedException",
        "ContinuousBackupsUnavailableException",
        "DuplicateItemException",
        "ExportConflictException",
        "ExportNotFoundException",
        "GlobalTableAlreadyExistsException",
        "GlobalTableNotFoundException",
        "IdempotentParameterMismatchException",
        "ImportConflictException",
        "ImportNotFoundException",
        "IndexNotFoundException",
        "InternalServerError",
        "InvalidEndpointException",
        "InvalidExportTimeException",
        "InvalidRestoreTimeException",
        "ItemCollectionSizeLimitExceededException",
        "LimitExceededException",
        "PointInTimeRecoveryUnavailableException",
        "PolicyNotFoundException",
        "ProvisionedThroughputExceededException",
        "ReplicaAlreadyExistsException",
        "ReplicaNotFoundException",
        "ReplicatedWriteConflictException",
        "RequestLimitExceeded",
        "ResourceInUseException",
        "ResourceNotFoundException",
        "TableAlreadyExistsException",
        "TableInUseException",
        "TableNotFoundException",
        "TransactionCanceledException",
        "TransactionConflictException",
        "TransactionInProgressException",
        "ThrottlingException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Backup in use.Backup not found.Conditional check failed.Continuous backups unavailable.Duplicate item.Export conflict.Export not found.Global table already exists.Global table not found.Idempotent parameter mismatch.Import conflict.Import not found.Index not found.Internal server error.Invalid endpoint.Invalid export time.Invalid restore time.Item collection size limit exceeded.Limit exceeded.Point in time recovery unavailable.Policy not found.Provisioned throughput exceeded.Replica already exists.Replica not found.Replicated write conflict.Request limit exceeded.Resource in use.Resource not found.Table already exists.Table in use.Table not found.Transaction canceled.Transaction conflict.Transaction in progress.The request was throttled.",
        ends: &[
            0, 14, 31, 56, 87, 102, 118, 135, 163, 186, 216, 232, 249, 265, 287, 304,
            324, 345, 381, 396, 431, 448, 480, 503, 521, 547, 570, 586, 605, 626, 639,
            655, 676, 697, 721, 747,
        ],
    };
    static STATUSES: [u16; 35] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 500, 421, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 36] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
    ];
    static RETRY: [::cloud_errors::Retry; 35] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaabaaaabaabaaabaaaaaaabb",
    );
    static CATEGORY: [::cloud_errors::Category; 35] = ::cloud_errors::__private::category_column(
        b"cccccccccccccmiccchcchccchcccccccjh",
    );
    static PILOTS: [u16; 9] = [0, 2, 52, 62, 23, 0, 0, 13, 129];
    static SLOTS: [(&str, u32); 38] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            22, 13, 0, 28, 19, 4294967295, 33, 17, 21, 8, 4294967295, 20, 6, 2, 3, 5, 18,
            23, 12, 30, 1, 14, 25, 26, 29, 27, 24, 10, 4294967295, 34, 15, 31, 32, 16, 7,
            9, 4, 11,
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
    const PROVIDER: &'static str = "AWS DynamoDB";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS DynamoDB's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS DynamoDB: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
