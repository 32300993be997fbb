// @generated from catalogs/aws/lexruntime.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Lex Runtime Service: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Lex Runtime Service: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `BadGatewayException`: HTTP 502; retry: backoff; category: internal.
    /// Bad gateway.
    BadGatewayException,
    /// `BadRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Bad request.
    BadRequestException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `DependencyFailedException`: HTTP 424; retry: never; category: failed_precondition.
    /// Dependency failed.
    DependencyFailedException,
    /// `InternalFailureException`: HTTP 500; retry: backoff; category: internal.
    /// An internal failure occurred.
    InternalFailureException,
    /// `LimitExceededException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `LoopDetectedException`: HTTP 508; retry: never; category: internal.
    /// Loop detected.
    LoopDetectedException,
    /// `NotAcceptableException`: HTTP 406; retry: never; category: failed_precondition.
    /// Not acceptable.
    NotAcceptableException,
    /// `NotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Not found.
    NotFoundException,
    /// `RequestTimeoutException`: HTTP 408; retry: backoff; category: deadline_exceeded.
    /// Request timeout.
    RequestTimeoutException,
    /// `UnsupportedMediaTypeException`: HTTP 415; retry: never; category: failed_precondition.
    /// Unsupported media type.
    UnsupportedMediaTypeException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 11] = [
        "BadGatewayException",
        "BadRequestException",
        "ConflictException",
        "DependencyFailedException",
        "InternalFailureException",
        "LimitExceededException",
        "LoopDetectedException",
        "NotAcceptableException",
        "NotFoundException",
        "RequestTimeoutException",
        "UnsupportedMediaTypeException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Bad gateway.Bad request.The request conflicts with the current state of the resource.Dependency failed.An internal failure occurred.Limit exceeded.Loop detected.Not acceptable.Not found.Request timeout.Unsupported media type.",
        ends: &[0, 12, 24, 85, 103, 132, 147, 161, 176, 186, 202, 225],
    };
    static STATUSES: [u16; 11] = [502, 400, 409, 424, 500, 429, 508, 406, 404, 408, 415];
    static STATUS_ENDS: [u32; 12] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    static RETRY: [::cloud_errors::Retry; 11] = ::cloud_errors::__private::retry_column(
        b"baaabbaaaba",
    );
    static CATEGORY: [::cloud_errors::Category; 11] = ::cloud_errors::__private::category_column(
        b"mcjimhmiedi",
    );
    static PILOTS: [u16; 3] = [11, 1, 0];
    static SLOTS: [(&str, u32); 12] = ::cloud_errors::__private::slots(
        &CODES,
        &[2, 1, 7, 6, 5, 3, 8, 0, 4294967295, 9, 10, 4],
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
    const PROVIDER: &'static str = "AWS Lex Runtime Service";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS Lex Runtime Service's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Lex Runtime Service: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
