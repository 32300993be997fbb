// @generated from catalogs/aws/amplify.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Amplify: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Amplify: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `BadRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Bad request.
    BadRequestException,
    /// `DependentServiceFailureException`: HTTP 503; retry: backoff; category: unavailable.
    /// Dependent service failure.
    DependentServiceFailureException,
    /// `InternalFailureException`: HTTP 500; retry: backoff; category: internal.
    /// An internal failure occurred.
    InternalFailureException,
    /// `LimitExceededException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `NotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Not found.
    NotFoundException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `UnauthorizedException`: HTTP 401; retry: never; category: unauthenticated.
    /// The request is not authorized.
    UnauthorizedException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 7] = [
        "BadRequestException",
        "DependentServiceFailureException",
        "InternalFailureException",
        "LimitExceededException",
        "NotFoundException",
        "ResourceNotFoundException",
        "UnauthorizedException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Bad request.Dependent service failure.An internal failure occurred.Limit exceeded.Not found.Resource not found.The request is not authorized.",
        ends: &[0, 12, 38, 67, 82, 92, 111, 141],
    };
    static STATUSES: [u16; 7] = [400, 503, 500, 429, 404, 404, 401];
    static STATUS_ENDS: [u32; 8] = [0, 1, 2, 3, 4, 5, 6, 7];
    static RETRY: [::cloud_errors::Retry; 7] = ::cloud_errors::__private::retry_column(
        b"abbbaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 7] = ::cloud_errors::__private::category_column(
        b"cnmheep",
    );
    static PILOTS: [u16; 2] = [0, 27];
    static SLOTS: [(&str, u32); 7] = ::cloud_errors::__private::slots(
        &CODES,
        &[2, 1, 6, 4, 5, 0, 3],
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
    const PROVIDER: &'static str = "AWS Amplify";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS Amplify's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Amplify: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
