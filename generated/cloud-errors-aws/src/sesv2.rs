// @generated from catalogs/aws/sesv2.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS SESv2: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS SESv2: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccountSuspendedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Account suspended.
    AccountSuspendedException,
    /// `AlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Already exists.
    AlreadyExistsException,
    /// `BadRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Bad request.
    BadRequestException,
    /// `ConcurrentModificationException`: HTTP 500; retry: backoff; category: internal.
    /// Concurrent modification.
    ConcurrentModificationException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `InternalServiceErrorException`: HTTP 500; retry: backoff; category: internal.
    /// Internal service error.
    InternalServiceErrorException,
    /// `InvalidNextTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next token.
    InvalidNextTokenException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `MailFromDomainNotVerifiedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Mail from domain not verified.
    MailFromDomainNotVerifiedException,
    /// `MessageRejected`: HTTP 400; retry: never; category: invalid_argument.
    /// Message rejected.
    MessageRejected,
    /// `NotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Not found.
    NotFoundException,
    /// `SendingPausedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Sending paused.
    SendingPausedException,
    /// `TooManyRequestsException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Too many requests.
    TooManyRequestsException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 13] = [
        "AccountSuspendedException",
        "AlreadyExistsException",
        "BadRequestException",
        "ConcurrentModificationException",
        "ConflictException",
        "InternalServiceErrorException",
        "InvalidNextTokenException",
        "LimitExceededException",
        "MailFromDomainNotVerifiedException",
        "MessageRejected",
        "NotFoundException",
        "SendingPausedException",
        "TooManyRequestsException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Account suspended.Already exists.Bad request.Concurrent modification.The request conflicts with the current state of the resource.Internal service error.Invalid next token.Limit exceeded.Mail from domain not verified.Message rejected.Not found.Sending paused.Too many requests.",
        ends: &[0, 18, 33, 45, 69, 130, 153, 172, 187, 217, 234, 244, 259, 277],
    };
    static STATUSES: [u16; 13] = [
        400, 400, 400, 500, 409, 500, 400, 400, 400, 400, 404, 400, 429,
    ];
    static STATUS_ENDS: [u32; 14] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
    static RETRY: [::cloud_errors::Retry; 13] = ::cloud_errors::__private::retry_column(
        b"aaabababaaaab",
    );
    static CATEGORY: [::cloud_errors::Category; 13] = ::cloud_errors::__private::category_column(
        b"cccmjmchccech",
    );
    static PILOTS: [u16; 4] = [0, 6, 10, 11];
    static SLOTS: [(&str, u32); 14] = ::cloud_errors::__private::slots(
        &CODES,
        &[4, 11, 9, 8, 3, 6, 4294967295, 2, 12, 0, 10, 1, 7, 5],
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
    const PROVIDER: &'static str = "AWS SESv2";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS SESv2's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS SESv2: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
