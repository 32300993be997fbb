// @generated from catalogs/aws/neptunegraph.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Neptune Graph: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Neptune Graph: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `InternalServerException`: HTTP 500; retry: backoff; category: internal.
    /// An internal server error occurred.
    InternalServerException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ServiceQuotaExceededException`: HTTP 402; retry: never; category: failed_precondition.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// `ThrottlingException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `UnprocessableException`: HTTP 422; retry: never; category: failed_precondition.
    /// Unprocessable.
    UnprocessableException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 8] = [
        "AccessDeniedException",
        "ConflictException",
        "InternalServerException",
        "ResourceNotFoundException",
        "ServiceQuotaExceededException",
        "ThrottlingException",
        "UnprocessableException",
        "ValidationException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.The request conflicts with the current state of the resource.An internal server error occurred.Resource not found.Service quota exceeded.The request was throttled.Unprocessable.The request failed validation.",
        ends: &[0, 14, 75, 109, 128, 151, 177, 191, 221],
    };
    static STATUSES: [u16; 8] = [403, 409, 500, 404, 402, 429, 422, 400];
    static STATUS_ENDS: [u32; 9] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
    static RETRY: [::cloud_errors::Retry; 8] = ::cloud_errors::__private::retry_column(
        b"aabaabaa",
    );
    static CATEGORY: [::cloud_errors::Category; 8] = ::cloud_errors::__private::category_column(
        b"gjmeihic",
    );
    static PILOTS: [u16; 2] = [0, 611];
    static SLOTS: [(&str, u32); 8] = ::cloud_errors::__private::slots(
        &CODES,
        &[4, 3, 1, 2, 0, 6, 7, 5],
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
    const PROVIDER: &'static str = "AWS Neptune Graph";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS Neptune Graph's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Neptune Graph: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
