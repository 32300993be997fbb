// @generated from catalogs/aws/neptunedata.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS neptunedata: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS neptunedata: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `BadRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Bad request.
    BadRequestException,
    /// `BulkLoadIdNotFoundException`: HTTP 404; retry: backoff; category: not_found.
    /// Bulk load id not found.
    BulkLoadIdNotFoundException,
    /// `CancelledByUserException`: HTTP 500; retry: backoff; category: internal.
    /// Cancelled by user.
    CancelledByUserException,
    /// `ClientTimeoutException`: HTTP 408; retry: backoff; category: failed_precondition.
    /// Client timeout.
    ClientTimeoutException,
    /// `ConcurrentModificationException`: HTTP 500; retry: backoff; category: internal.
    /// Concurrent modification.
    ConcurrentModificationException,
    /// `ConstraintViolationException`: HTTP 400; retry: backoff; category: invalid_argument.
    /// Constraint violation.
    ConstraintViolationException,
    /// `ExpiredStreamException`: HTTP 400; retry: never; category: invalid_argument.
    /// Expired stream.
    ExpiredStreamException,
    /// `FailureByQueryException`: HTTP 500; retry: backoff; category: internal.
    /// Failure by query.
    FailureByQueryException,
    /// `IllegalArgumentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal argument.
    IllegalArgumentException,
    /// `InternalFailureException`: HTTP 500; retry: backoff; category: internal.
    /// An internal failure occurred.
    InternalFailureException,
    /// `InvalidArgumentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid argument.
    InvalidArgumentException,
    /// `InvalidNumericDataException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid numeric data.
    InvalidNumericDataException,
    /// `InvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameterException,
    /// `LoadUrlAccessDeniedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Load url access denied.
    LoadUrlAccessDeniedException,
    /// `MLResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// ML resource not found.
    MlResourceNotFoundException,
    /// `MalformedQueryException`: HTTP 400; retry: never; category: invalid_argument.
    /// Malformed query.
    MalformedQueryException,
    /// `MemoryLimitExceededException`: HTTP 500; retry: backoff; category: internal.
    /// Memory limit exceeded.
    MemoryLimitExceededException,
    /// `MethodNotAllowedException`: HTTP 405; retry: never; category: failed_precondition.
    /// Method not allowed.
    MethodNotAllowedException,
    /// `MissingParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing parameter.
    MissingParameterException,
    /// `ParsingException`: HTTP 400; retry: never; category: invalid_argument.
    /// Parsing.
    ParsingException,
    /// `PreconditionsFailedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Preconditions failed.
    PreconditionsFailedException,
    /// `QueryLimitExceededException`: HTTP 500; retry: backoff; category: internal.
    /// Query limit exceeded.
    QueryLimitExceededException,
    /// `QueryLimitException`: HTTP 400; retry: never; category: invalid_argument.
    /// Query limit.
    QueryLimitException,
    /// `QueryTooLargeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Query too large.
    QueryTooLargeException,
    /// `ReadOnlyViolationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Read only violation.
    ReadOnlyViolationException,
    /// `S3Exception`: HTTP 400; retry: backoff; category: invalid_argument.
    /// S3.
    S3Exception,
    /// `ServerShutdownException`: HTTP 500; retry: backoff; category: internal.
    /// Server shutdown.
    ServerShutdownException,
    /// `StatisticsNotAvailableException`: HTTP 400; retry: never; category: invalid_argument.
    /// Statistics not available.
    StatisticsNotAvailableException,
    /// `StreamRecordsNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Stream records not found.
    StreamRecordsNotFoundException,
    /// `ThrottlingException`: HTTP 500; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `TimeLimitExceededException`: HTTP 500; retry: backoff; category: internal.
    /// Time limit exceeded.
    TimeLimitExceededException,
    /// `TooManyRequestsException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Too many requests.
    TooManyRequestsException,
    /// `UnsupportedOperationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported operation.
    UnsupportedOperationException,
    /// `CancelledByMaintenanceException`: HTTP 500; retry: backoff; category: internal.
    /// Cancelled by maintenance.
    CancelledByMaintenanceException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 37] = [
        "AccessDeniedException",
        "BadRequestException",
        "BulkLoadIdNotFoundException",
        "CancelledByUserException",
        "ClientTimeoutException",
        "ConcurrentModificationException",
        "ConstraintViolationException",
        "ExpiredStreamException",
        "FailureByQueryException",
        "IllegalArgumentException",
        "InternalFailureException",
        "InvalidArgumentException",
        "InvalidNumericDataException",
        "InvalidParameterException",
        "LoadUrlAccessDeniedException",
        "MLResourceNotFoundException",
        "MalformedQueryException",
        "MemoryLimitExceededException",
        "MethodNotAllowedException",
        "MissingParameterException",
        "ParsingException",
        "PreconditionsFailedException",
        "QueryLimitExceededException",
        "QueryLimitException",
        "QueryTooLargeException",
        "ReadOnlyViolationException",
        "S3Exception",
        "ServerShutdownException",
        "StatisticsNotAvailableException",
        "StreamRecordsNotFoundException",
        "ThrottlingException",
        "TimeLimitExceededException",
        "TooManyRequestsException",
        "UnsupportedOperationException",
        "CancelledByMaintenanceException",
        "ResourceNotFoundException",
        "ValidationException",
    ];
    static NAME_CODES: [u32; 1] = [15];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "MlResourceNotFoundException",
        ends: &[0, 27],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Bad request.Bulk load id not found.Cancelled by user.Client timeout.Concurrent modification.Constraint violation.Expired stream.Failure by query.Illegal argument.An internal failure occurred.Invalid argument.Invalid numeric data.Invalid parameter.Load url access denied.ML resource not found.Malformed query.Memory limit exceeded.Method not allowed.Missing parameter.Parsing.Preconditions failed.Query limit exceeded.Query limit.Query too large.Read only violation.S3.Server shutdown.Statistics not available.Stream records not found.The request was throttled.Time limit exceeded.Too many requests.Unsupported operation.Cancelled by maintenance.Resource not found.The request failed validation.",
        ends: &[
            0, 14, 26, 49, 67, 82, 106, 127, 142, 159, 176, 205, 222, 243, 261, 284, 306,
            322, 344, 363, 381, 389, 410, 431, 443, 459, 479, 482, 498, 523, 548, 574,
            594, 612, 634, 659, 678, 708,
        ],
    };
    static STATUSES: [u16; 37] = [
        403, 400, 404, 500, 408, 500, 400, 400, 500, 400, 500, 400, 400, 400, 400, 404,
        400, 500, 405, 400, 400, 400, 500, 400, 400, 400, 400, 500, 400, 404, 500, 500,
        429, 400, 500, 404, 400,
    ];
    static STATUS_ENDS: [u32; 38] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37,
    ];
    static RETRY: [::cloud_errors::Retry; 37] = ::cloud_errors::__private::retry_column(
        b"aabbbbbababaaaaaabaaaabaaabbaabbbabaa",
    );
    static CATEGORY: [::cloud_errors::Category; 37] = ::cloud_errors::__private::category_column(
        b"gcemimccmcmccccecmicccmccccmcehmhcmec",
    );
    static PILOTS: [u16; 10] = [1, 0, 23, 26, 2, 37, 39, 75, 8, 180];
    static SLOTS: [(&str, u32); 41] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 14, 26, 24, 28, 25, 6, 7, 9, 12, 3, 4294967295, 20, 4, 32, 1, 36,
            15, 5, 23, 0, 18, 34, 11, 29, 30, 4294967295, 21, 8, 33, 19, 10, 31, 22, 35,
            13, 17, 16, 2, 4294967295, 27,
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
    const PROVIDER: &'static str = "AWS neptunedata";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS neptunedata's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS neptunedata: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
