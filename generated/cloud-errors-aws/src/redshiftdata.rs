// @generated from catalogs/aws/redshiftdata.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Redshift Data: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Redshift Data: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ActiveSessionsExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Active sessions exceeded.
    ActiveSessionsExceededException,
    /// `ActiveStatementsExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Active statements exceeded.
    ActiveStatementsExceededException,
    /// `BatchExecuteStatementException`: HTTP 500; retry: backoff; category: internal.
    /// Batch execute statement.
    BatchExecuteStatementException,
    /// `DatabaseConnectionException`: HTTP 500; retry: backoff; category: internal.
    /// Database connection.
    DatabaseConnectionException,
    /// `ExecuteStatementException`: HTTP 500; retry: backoff; category: internal.
    /// Execute statement.
    ExecuteStatementException,
    /// `InternalServerException`: HTTP 500; retry: backoff; category: internal.
    /// An internal server error occurred.
    InternalServerException,
    /// `QueryTimeoutException`: HTTP 400; retry: never; category: invalid_argument.
    /// Query timeout.
    QueryTimeoutException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// `ActiveWaitingRequestsExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Active waiting requests exceeded.
    ActiveWaitingRequestsExceededException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 10] = [
        "ActiveSessionsExceededException",
        "ActiveStatementsExceededException",
        "BatchExecuteStatementException",
        "DatabaseConnectionException",
        "ExecuteStatementException",
        "InternalServerException",
        "QueryTimeoutException",
        "ResourceNotFoundException",
        "ValidationException",
        "ActiveWaitingRequestsExceededException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Active sessions exceeded.Active statements exceeded.Batch execute statement.Database connection.Execute statement.An internal server error occurred.Query timeout.Resource not found.The request failed validation.Active waiting requests exceeded.",
        ends: &[0, 25, 52, 76, 96, 114, 148, 162, 181, 211, 244],
    };
    static STATUSES: [u16; 10] = [400, 400, 500, 500, 500, 500, 400, 404, 400, 400];
    static STATUS_ENDS: [u32; 11] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    static RETRY: [::cloud_errors::Retry; 10] = ::cloud_errors::__private::retry_column(
        b"aabbbbaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 10] = ::cloud_errors::__private::category_column(
        b"ccmmmmcecc",
    );
    static PILOTS: [u16; 3] = [2, 11, 48];
    static SLOTS: [(&str, u32); 11] = ::cloud_errors::__private::slots(
        &CODES,
        &[9, 4294967295, 1, 4, 3, 6, 7, 0, 2, 5, 8],
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
    const PROVIDER: &'static str = "AWS Redshift Data";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS Redshift Data's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Redshift Data: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
