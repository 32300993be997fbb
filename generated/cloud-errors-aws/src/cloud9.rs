// @generated from catalogs/aws/cloud9.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Cloud9: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Cloud9: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `BadRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Bad request.
    BadRequestException,
    /// `ConcurrentAccessException`: HTTP 400; retry: never; category: invalid_argument.
    /// Concurrent access.
    ConcurrentAccessException,
    /// `ConflictException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `ForbiddenException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request is forbidden.
    ForbiddenException,
    /// `InternalServerErrorException`: HTTP 500; retry: backoff; category: internal.
    /// Internal server error.
    InternalServerErrorException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `NotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Not found.
    NotFoundException,
    /// `TooManyRequestsException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Too many requests.
    TooManyRequestsException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 8] = [
        "BadRequestException",
        "ConcurrentAccessException",
        "ConflictException",
        "ForbiddenException",
        "InternalServerErrorException",
        "LimitExceededException",
        "NotFoundException",
        "TooManyRequestsException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Bad request.Concurrent access.The request conflicts with the current state of the resource.The request is forbidden.Internal server error.Limit exceeded.Not found.Too many requests.",
        ends: &[0, 12, 30, 91, 116, 138, 153, 163, 181],
    };
    static STATUSES: [u16; 8] = [400, 400, 400, 400, 500, 400, 400, 400];
    static STATUS_ENDS: [u32; 9] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
    static RETRY: [::cloud_errors::Retry; 8] = ::cloud_errors::__private::retry_column(
        b"aaaabbab",
    );
    static CATEGORY: [::cloud_errors::Category; 8] = ::cloud_errors::__private::category_column(
        b"ccccmhch",
    );
    static PILOTS: [u16; 2] = [18, 140];
    static SLOTS: [(&str, u32); 8] = ::cloud_errors::__private::slots(
        &CODES,
        &[4, 3, 6, 2, 1, 7, 0, 5],
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
    const PROVIDER: &'static str = "AWS Cloud9";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS Cloud9's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Cloud9: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
