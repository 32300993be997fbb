// @generated from catalogs/aws/ivs.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS ivs: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS ivs: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `ChannelNotBroadcasting`: HTTP 404; retry: never; category: not_found.
    /// Channel not broadcasting.
    ChannelNotBroadcasting,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `InternalServerException`: HTTP 500; retry: backoff; category: internal.
    /// An internal server error occurred.
    InternalServerException,
    /// `PendingVerification`: HTTP 403; retry: never; category: permission_denied.
    /// Pending verification.
    PendingVerification,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ServiceQuotaExceededException`: HTTP 402; retry: never; category: failed_precondition.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// `StreamUnavailable`: HTTP 503; retry: backoff; category: unavailable.
    /// Stream unavailable.
    StreamUnavailable,
    /// `ThrottlingException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// `ServiceUnavailable`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailable,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 11] = [
        "AccessDeniedException",
        "ChannelNotBroadcasting",
        "ConflictException",
        "InternalServerException",
        "PendingVerification",
        "ResourceNotFoundException",
        "ServiceQuotaExceededException",
        "StreamUnavailable",
        "ThrottlingException",
        "ValidationException",
        "ServiceUnavailable",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Channel not broadcasting.The request conflicts with the current state of the resource.An internal server error occurred.Pending verification.Resource not found.Service quota exceeded.Stream unavailable.The request was throttled.The request failed validation.The service is unavailable.",
        ends: &[0, 14, 39, 100, 134, 155, 174, 197, 216, 242, 272, 299],
    };
    static STATUSES: [u16; 11] = [403, 404, 409, 500, 403, 404, 402, 503, 429, 400, 503];
    static STATUS_ENDS: [u32; 12] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    static RETRY: [::cloud_errors::Retry; 11] = ::cloud_errors::__private::retry_column(
        b"aaabaaabbab",
    );
    static CATEGORY: [::cloud_errors::Category; 11] = ::cloud_errors::__private::category_column(
        b"gejmgeinhcn",
    );
    static PILOTS: [u16; 3] = [3, 8209, 82];
    static SLOTS: [(&str, u32); 12] = ::cloud_errors::__private::slots(
        &CODES,
        &[0, 10, 5, 6, 3, 7, 4, 4294967295, 2, 9, 8, 1],
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
    const PROVIDER: &'static str = "AWS ivs";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS ivs's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS ivs: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
