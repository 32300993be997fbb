// @generated from catalogs/aws/s3control.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS S3 Control: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestXml`](cloud_errors::envelopes::AwsRestXml) (`aws_rest_xml`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS S3 Control: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `BadRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Bad request.
    BadRequestException,
    /// `BucketAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Bucket already exists.
    BucketAlreadyExists,
    /// `BucketAlreadyOwnedByYou`: HTTP 400; retry: never; category: invalid_argument.
    /// Bucket already owned by you.
    BucketAlreadyOwnedByYou,
    /// `IdempotencyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Idempotency.
    IdempotencyException,
    /// `InternalServiceException`: HTTP 500; retry: backoff; category: internal.
    /// Internal service.
    InternalServiceException,
    /// `InvalidNextTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next token.
    InvalidNextTokenException,
    /// `InvalidRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequestException,
    /// `JobStatusException`: HTTP 400; retry: never; category: invalid_argument.
    /// Job status.
    JobStatusException,
    /// `NoSuchPublicAccessBlockConfiguration`: HTTP 404; retry: never; category: not_found.
    /// No such public access block configuration.
    NoSuchPublicAccessBlockConfiguration,
    /// `NotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Not found.
    NotFoundException,
    /// `TooManyRequestsException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Too many requests.
    TooManyRequestsException,
    /// `TooManyTagsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTagsException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 12] = [
        "BadRequestException",
        "BucketAlreadyExists",
        "BucketAlreadyOwnedByYou",
        "IdempotencyException",
        "InternalServiceException",
        "InvalidNextTokenException",
        "InvalidRequestException",
        "JobStatusException",
        "NoSuchPublicAccessBlockConfiguration",
        "NotFoundException",
        "TooManyRequestsException",
        "TooManyTagsException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Bad request.Bucket already exists.Bucket already owned by you.Idempotency.Internal service.Invalid next token.Invalid request.Job status.No such public access block configuration.Not found.Too many requests.Too many tags.",
        ends: &[0, 12, 34, 62, 74, 91, 110, 126, 137, 179, 189, 207, 221],
    };
    static STATUSES: [u16; 12] = [
        400, 400, 400, 400, 500, 400, 400, 400, 404, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 13] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    static RETRY: [::cloud_errors::Retry; 12] = ::cloud_errors::__private::retry_column(
        b"aaaabaaaaaba",
    );
    static CATEGORY: [::cloud_errors::Category; 12] = ::cloud_errors::__private::category_column(
        b"ccccmcccechc",
    );
    static PILOTS: [u16; 3] = [7, 141, 3];
    static SLOTS: [(&str, u32); 13] = ::cloud_errors::__private::slots(
        &CODES,
        &[10, 8, 6, 9, 5, 4, 1, 11, 7, 2, 3, 0, 4294967295],
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
    const PROVIDER: &'static str = "AWS S3 Control";
    type Envelope = ::cloud_errors::envelopes::AwsRestXml;
    /// The retry defaults of AWS S3 Control's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS S3 Control: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
