// @generated from catalogs/aws/applicationdiscovery.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Application Discovery Service: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Application Discovery Service: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthorizationErrorException`: HTTP 403; retry: never; category: permission_denied.
    /// Authorization error.
    AuthorizationErrorException,
    /// `ConflictErrorException`: HTTP 409; retry: never; category: aborted.
    /// Conflict error.
    ConflictErrorException,
    /// `HomeRegionNotSetException`: HTTP 400; retry: never; category: invalid_argument.
    /// Home region not set.
    HomeRegionNotSetException,
    /// `InvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameterException,
    /// `InvalidParameterValueException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter value.
    InvalidParameterValueException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `OperationNotPermittedException`: HTTP 429; retry: never; category: resource_exhausted.
    /// Operation not permitted.
    OperationNotPermittedException,
    /// `ResourceInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use.
    ResourceInUseException,
    /// `ResourceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ServerInternalErrorException`: HTTP 500; retry: backoff; category: internal.
    /// Server internal error.
    ServerInternalErrorException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 10] = [
        "AuthorizationErrorException",
        "ConflictErrorException",
        "HomeRegionNotSetException",
        "InvalidParameterException",
        "InvalidParameterValueException",
        "LimitExceededException",
        "OperationNotPermittedException",
        "ResourceInUseException",
        "ResourceNotFoundException",
        "ServerInternalErrorException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authorization error.Conflict error.Home region not set.Invalid parameter.Invalid parameter value.Limit exceeded.Operation not permitted.Resource in use.Resource not found.Server internal error.",
        ends: &[0, 20, 35, 55, 73, 97, 112, 136, 152, 171, 193],
    };
    static STATUSES: [u16; 10] = [403, 409, 400, 400, 400, 400, 429, 400, 400, 500];
    static STATUS_ENDS: [u32; 11] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    static RETRY: [::cloud_errors::Retry; 10] = ::cloud_errors::__private::retry_column(
        b"aaaaabaaab",
    );
    static CATEGORY: [::cloud_errors::Category; 10] = ::cloud_errors::__private::category_column(
        b"gjccchhccm",
    );
    static PILOTS: [u16; 3] = [1, 28, 1];
    static SLOTS: [(&str, u32); 11] = ::cloud_errors::__private::slots(
        &CODES,
        &[4, 4294967295, 6, 7, 9, 2, 5, 1, 8, 3, 0],
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
    const PROVIDER: &'static str = "AWS Application Discovery Service";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS Application Discovery Service's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Application Discovery Service: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
