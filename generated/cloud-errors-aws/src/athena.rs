// @generated from catalogs/aws/athena.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Athena: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Athena: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InternalServerException`: HTTP 500; retry: backoff; category: internal.
    /// An internal server error occurred.
    InternalServerException,
    /// `InvalidRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequestException,
    /// `MetadataException`: HTTP 400; retry: never; category: invalid_argument.
    /// Metadata.
    MetadataException,
    /// `ResourceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFoundException,
    /// `SessionAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Session already exists.
    SessionAlreadyExistsException,
    /// `TooManyRequestsException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Too many requests.
    TooManyRequestsException,
    /// `RangeNotSatisfiableException`: HTTP 416; retry: never; category: out_of_range.
    /// Range not satisfiable.
    RangeNotSatisfiableException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 7] = [
        "InternalServerException",
        "InvalidRequestException",
        "MetadataException",
        "ResourceNotFoundException",
        "SessionAlreadyExistsException",
        "TooManyRequestsException",
        "RangeNotSatisfiableException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "An internal server error occurred.Invalid request.Metadata.Resource not found.Session already exists.Too many requests.Range not satisfiable.",
        ends: &[0, 34, 50, 59, 78, 101, 119, 141],
    };
    static STATUSES: [u16; 7] = [500, 400, 400, 400, 400, 400, 416];
    static STATUS_ENDS: [u32; 8] = [0, 1, 2, 3, 4, 5, 6, 7];
    static RETRY: [::cloud_errors::Retry; 7] = ::cloud_errors::__private::retry_column(
        b"baaaaba",
    );
    static CATEGORY: [::cloud_errors::Category; 7] = ::cloud_errors::__private::category_column(
        b"mcccchk",
    );
    static PILOTS: [u16; 2] = [9, 15];
    static SLOTS: [(&str, u32); 7] = ::cloud_errors::__private::slots(
        &CODES,
        &[2, 3, 6, 0, 5, 1, 4],
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
    const PROVIDER: &'static str = "AWS Athena";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS Athena's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Athena: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
