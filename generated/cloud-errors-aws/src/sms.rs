// @generated from catalogs/aws/sms.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS SMS: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS SMS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `DryRunOperationException`: HTTP 412; retry: never; category: failed_precondition.
    /// Dry run operation.
    DryRunOperationException,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameterException,
    /// `MissingRequiredParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing required parameter.
    MissingRequiredParameterException,
    /// `NoConnectorsAvailableException`: HTTP 430; retry: never; category: failed_precondition.
    /// No connectors available.
    NoConnectorsAvailableException,
    /// `OperationNotPermittedException`: HTTP 403; retry: never; category: permission_denied.
    /// Operation not permitted.
    OperationNotPermittedException,
    /// `ReplicationJobAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Replication job already exists.
    ReplicationJobAlreadyExistsException,
    /// `ReplicationJobNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Replication job not found.
    ReplicationJobNotFoundException,
    /// `ReplicationRunLimitExceededException`: HTTP 429; retry: never; category: resource_exhausted.
    /// Replication run limit exceeded.
    ReplicationRunLimitExceededException,
    /// `ServerCannotBeReplicatedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Server cannot be replicated.
    ServerCannotBeReplicatedException,
    /// `TemporarilyUnavailableException`: HTTP 503; retry: backoff; category: unavailable.
    /// Temporarily unavailable.
    TemporarilyUnavailableException,
    /// `UnauthorizedOperationException`: HTTP 403; retry: never; category: permission_denied.
    /// Unauthorized operation.
    UnauthorizedOperationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 12] = [
        "DryRunOperationException",
        "InternalError",
        "InvalidParameterException",
        "MissingRequiredParameterException",
        "NoConnectorsAvailableException",
        "OperationNotPermittedException",
        "ReplicationJobAlreadyExistsException",
        "ReplicationJobNotFoundException",
        "ReplicationRunLimitExceededException",
        "ServerCannotBeReplicatedException",
        "TemporarilyUnavailableException",
        "UnauthorizedOperationException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Dry run operation.An internal error occurred.Invalid parameter.Missing required parameter.No connectors available.Operation not permitted.Replication job already exists.Replication job not found.Replication run limit exceeded.Server cannot be replicated.Temporarily unavailable.Unauthorized operation.",
        ends: &[0, 18, 45, 63, 90, 114, 138, 169, 195, 226, 254, 278, 301],
    };
    static STATUSES: [u16; 12] = [
        412, 500, 400, 400, 430, 403, 400, 404, 429, 400, 503, 403,
    ];
    static STATUS_ENDS: [u32; 13] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    static RETRY: [::cloud_errors::Retry; 12] = ::cloud_errors::__private::retry_column(
        b"abaaaaaaaaba",
    );
    static CATEGORY: [::cloud_errors::Category; 12] = ::cloud_errors::__private::category_column(
        b"imccigcehcng",
    );
    static PILOTS: [u16; 3] = [9, 0, 39];
    static SLOTS: [(&str, u32); 13] = ::cloud_errors::__private::slots(
        &CODES,
        &[10, 4294967295, 3, 2, 8, 7, 5, 1, 4, 6, 11, 0, 9],
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
    const PROVIDER: &'static str = "AWS SMS";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS SMS's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS SMS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
