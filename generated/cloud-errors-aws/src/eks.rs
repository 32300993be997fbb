// @generated from catalogs/aws/eks.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS EKS: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS EKS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `BadRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Bad request.
    BadRequestException,
    /// `ClientException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed because of an error on the client\'s side.
    ClientException,
    /// `InvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameterException,
    /// `InvalidRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequestException,
    /// `InvalidStateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid state.
    InvalidStateException,
    /// `NotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Not found.
    NotFoundException,
    /// `ResourceInUseException`: HTTP 409; retry: never; category: aborted.
    /// Resource in use.
    ResourceInUseException,
    /// `ResourceLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource limit exceeded.
    ResourceLimitExceededException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ResourcePropagationDelayException`: HTTP 428; retry: never; category: failed_precondition.
    /// Resource propagation delay.
    ResourcePropagationDelayException,
    /// `ServerException`: HTTP 500; retry: backoff; category: internal.
    /// The service failed with an error on its side.
    ServerException,
    /// `ServiceUnavailableException`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailableException,
    /// `ThrottlingException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `UnsupportedAvailabilityZoneException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported availability zone.
    UnsupportedAvailabilityZoneException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 15] = [
        "AccessDeniedException",
        "BadRequestException",
        "ClientException",
        "InvalidParameterException",
        "InvalidRequestException",
        "InvalidStateException",
        "NotFoundException",
        "ResourceInUseException",
        "ResourceLimitExceededException",
        "ResourceNotFoundException",
        "ResourcePropagationDelayException",
        "ServerException",
        "ServiceUnavailableException",
        "ThrottlingException",
        "UnsupportedAvailabilityZoneException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Bad request.The request failed because of an error on the client's side.Invalid parameter.Invalid request.Invalid state.Not found.Resource in use.Resource limit exceeded.Resource not found.Resource propagation delay.The service failed with an error on its side.The service is unavailable.The request was throttled.Unsupported availability zone.",
        ends: &[
            0, 14, 26, 86, 104, 120, 134, 144, 160, 184, 203, 230, 275, 302, 328, 358,
        ],
    };
    static STATUSES: [u16; 15] = [
        403, 400, 400, 400, 400, 400, 404, 409, 400, 404, 428, 500, 503, 429, 400,
    ];
    static STATUS_ENDS: [u32; 16] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    ];
    static RETRY: [::cloud_errors::Retry; 15] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaabbba",
    );
    static CATEGORY: [::cloud_errors::Category; 15] = ::cloud_errors::__private::category_column(
        b"gcccccejceimnhc",
    );
    static PILOTS: [u16; 4] = [0, 21, 613, 25];
    static SLOTS: [(&str, u32); 16] = ::cloud_errors::__private::slots(
        &CODES,
        &[9, 3, 8, 2, 4294967295, 5, 13, 11, 10, 0, 14, 1, 6, 12, 7, 4],
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
    const PROVIDER: &'static str = "AWS EKS";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS EKS's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS EKS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
