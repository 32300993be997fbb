// @generated from catalogs/aws/rdsdata.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS RDS Data: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS RDS Data: a variant per documented code,
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
    /// `DatabaseErrorException`: HTTP 400; retry: never; category: invalid_argument.
    /// Database error.
    DatabaseErrorException,
    /// `DatabaseNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Database not found.
    DatabaseNotFoundException,
    /// `DatabaseResumingException`: HTTP 400; retry: never; category: invalid_argument.
    /// Database resuming.
    DatabaseResumingException,
    /// `DatabaseUnavailableException`: HTTP 504; retry: backoff; category: deadline_exceeded.
    /// Database unavailable.
    DatabaseUnavailableException,
    /// `ForbiddenException`: HTTP 403; retry: never; category: permission_denied.
    /// The request is forbidden.
    ForbiddenException,
    /// `HttpEndpointNotEnabledException`: HTTP 400; retry: never; category: invalid_argument.
    /// Http endpoint not enabled.
    HttpEndpointNotEnabledException,
    /// `InternalServerErrorException`: HTTP 500; retry: backoff; category: internal.
    /// Internal server error.
    InternalServerErrorException,
    /// `InvalidResourceStateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource state.
    InvalidResourceStateException,
    /// `InvalidSecretException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid secret.
    InvalidSecretException,
    /// `NotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Not found.
    NotFoundException,
    /// `SecretsErrorException`: HTTP 400; retry: never; category: invalid_argument.
    /// Secrets error.
    SecretsErrorException,
    /// `ServiceUnavailableError`: HTTP 503; retry: backoff; category: unavailable.
    /// Service unavailable error.
    ServiceUnavailableError,
    /// `StatementTimeoutException`: HTTP 400; retry: never; category: invalid_argument.
    /// Statement timeout.
    StatementTimeoutException,
    /// `TransactionNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Transaction not found.
    TransactionNotFoundException,
    /// `UnsupportedResultException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported result.
    UnsupportedResultException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 17] = [
        "AccessDeniedException",
        "BadRequestException",
        "DatabaseErrorException",
        "DatabaseNotFoundException",
        "DatabaseResumingException",
        "DatabaseUnavailableException",
        "ForbiddenException",
        "HttpEndpointNotEnabledException",
        "InternalServerErrorException",
        "InvalidResourceStateException",
        "InvalidSecretException",
        "NotFoundException",
        "SecretsErrorException",
        "ServiceUnavailableError",
        "StatementTimeoutException",
        "TransactionNotFoundException",
        "UnsupportedResultException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Bad request.Database error.Database not found.Database resuming.Database unavailable.The request is forbidden.Http endpoint not enabled.Internal server error.Invalid resource state.Invalid secret.Not found.Secrets error.Service unavailable error.Statement timeout.Transaction not found.Unsupported result.",
        ends: &[
            0, 14, 26, 41, 60, 78, 99, 124, 150, 172, 195, 210, 220, 234, 260, 278, 300,
            319,
        ],
    };
    static STATUSES: [u16; 17] = [
        403, 400, 400, 404, 400, 504, 403, 400, 500, 400, 400, 404, 400, 503, 400, 404,
        400,
    ];
    static STATUS_ENDS: [u32; 18] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
    ];
    static RETRY: [::cloud_errors::Retry; 17] = ::cloud_errors::__private::retry_column(
        b"aaaaabaabaaaabaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 17] = ::cloud_errors::__private::category_column(
        b"gccecdgcmccecncec",
    );
    static PILOTS: [u16; 5] = [19, 7, 90, 6, 0];
    static SLOTS: [(&str, u32); 18] = ::cloud_errors::__private::slots(
        &CODES,
        &[3, 11, 15, 10, 14, 5, 8, 2, 9, 7, 12, 1, 0, 4, 6, 13, 4294967295, 16],
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
    const PROVIDER: &'static str = "AWS RDS Data";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS RDS Data's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS RDS Data: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
