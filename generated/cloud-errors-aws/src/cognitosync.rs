// @generated from catalogs/aws/cognitosync.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Cognito Sync: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Cognito Sync: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AlreadyStreamedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Already streamed.
    AlreadyStreamedException,
    /// `ConcurrentModificationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Concurrent modification.
    ConcurrentModificationException,
    /// `DuplicateRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate request.
    DuplicateRequestException,
    /// `InternalErrorException`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalErrorException,
    /// `InvalidConfigurationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid configuration.
    InvalidConfigurationException,
    /// `InvalidLambdaFunctionOutputException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid lambda function output.
    InvalidLambdaFunctionOutputException,
    /// `InvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameterException,
    /// `LambdaThrottledException`: HTTP 429; retry: never; category: resource_exhausted.
    /// Lambda throttled.
    LambdaThrottledException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `NotAuthorizedException`: HTTP 403; retry: never; category: permission_denied.
    /// Not authorized.
    NotAuthorizedException,
    /// `ResourceConflictException`: HTTP 409; retry: never; category: aborted.
    /// Resource conflict.
    ResourceConflictException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
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
        "AlreadyStreamedException",
        "ConcurrentModificationException",
        "DuplicateRequestException",
        "InternalErrorException",
        "InvalidConfigurationException",
        "InvalidLambdaFunctionOutputException",
        "InvalidParameterException",
        "LambdaThrottledException",
        "LimitExceededException",
        "NotAuthorizedException",
        "ResourceConflictException",
        "ResourceNotFoundException",
        "TooManyRequestsException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Already streamed.Concurrent modification.Duplicate request.An internal error occurred.Invalid configuration.Invalid lambda function output.Invalid parameter.Lambda throttled.Limit exceeded.Not authorized.Resource conflict.Resource not found.Too many requests.",
        ends: &[0, 17, 41, 59, 86, 108, 139, 157, 174, 189, 204, 222, 241, 259],
    };
    static STATUSES: [u16; 13] = [
        400, 400, 400, 500, 400, 400, 400, 429, 400, 403, 409, 404, 429,
    ];
    static STATUS_ENDS: [u32; 14] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
    static RETRY: [::cloud_errors::Retry; 13] = ::cloud_errors::__private::retry_column(
        b"aaabaaaabaaab",
    );
    static CATEGORY: [::cloud_errors::Category; 13] = ::cloud_errors::__private::category_column(
        b"cccmccchhgjeh",
    );
    static PILOTS: [u16; 4] = [0, 147, 2, 39];
    static SLOTS: [(&str, u32); 14] = ::cloud_errors::__private::slots(
        &CODES,
        &[5, 0, 3, 6, 2, 1, 11, 7, 12, 4, 10, 9, 8, 4294967295],
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
    const PROVIDER: &'static str = "AWS Cognito Sync";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS Cognito Sync's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Cognito Sync: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
