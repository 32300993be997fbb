// @generated from catalogs/aws/backup.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Backup: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Backup: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Already exists.
    AlreadyExistsException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `DependencyFailureException`: HTTP 500; retry: backoff; category: internal.
    /// Dependency failure.
    DependencyFailureException,
    /// `InvalidParameterValueException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter value.
    InvalidParameterValueException,
    /// `InvalidRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequestException,
    /// `InvalidResourceStateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource state.
    InvalidResourceStateException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `MissingParameterValueException`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing parameter value.
    MissingParameterValueException,
    /// `ResourceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ServiceUnavailableException`: HTTP 500; retry: backoff; category: internal.
    /// The service is unavailable.
    ServiceUnavailableException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 10] = [
        "AlreadyExistsException",
        "ConflictException",
        "DependencyFailureException",
        "InvalidParameterValueException",
        "InvalidRequestException",
        "InvalidResourceStateException",
        "LimitExceededException",
        "MissingParameterValueException",
        "ResourceNotFoundException",
        "ServiceUnavailableException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Already exists.The request conflicts with the current state of the resource.Dependency failure.Invalid parameter value.Invalid request.Invalid resource state.Limit exceeded.Missing parameter value.Resource not found.The service is unavailable.",
        ends: &[0, 15, 76, 95, 119, 135, 158, 173, 197, 216, 243],
    };
    static STATUSES: [u16; 10] = [400, 409, 500, 400, 400, 400, 400, 400, 400, 500];
    static STATUS_ENDS: [u32; 11] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    static RETRY: [::cloud_errors::Retry; 10] = ::cloud_errors::__private::retry_column(
        b"aabaaabaab",
    );
    static CATEGORY: [::cloud_errors::Category; 10] = ::cloud_errors::__private::category_column(
        b"cjmccchccm",
    );
    static PILOTS: [u16; 3] = [0, 6, 9];
    static SLOTS: [(&str, u32); 11] = ::cloud_errors::__private::slots(
        &CODES,
        &[1, 7, 4294967295, 9, 0, 4, 8, 2, 3, 6, 5],
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
    const PROVIDER: &'static str = "AWS Backup";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS Backup's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Backup: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
