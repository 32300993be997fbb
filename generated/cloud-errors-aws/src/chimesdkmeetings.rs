// @generated from catalogs/aws/chimesdkmeetings.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Chime SDK Meetings: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Chime SDK Meetings: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `BadRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Bad request.
    BadRequestException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `ForbiddenException`: HTTP 403; retry: never; category: permission_denied.
    /// The request is forbidden.
    ForbiddenException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `NotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Not found.
    NotFoundException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ServiceFailureException`: HTTP 500; retry: backoff; category: internal.
    /// Service failure.
    ServiceFailureException,
    /// `ServiceUnavailableException`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailableException,
    /// `ThrottlingException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `TooManyTagsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTagsException,
    /// `UnauthorizedException`: HTTP 401; retry: never; category: unauthenticated.
    /// The request is not authorized.
    UnauthorizedException,
    /// `UnprocessableEntityException`: HTTP 422; retry: never; category: failed_precondition.
    /// Unprocessable entity.
    UnprocessableEntityException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 12] = [
        "BadRequestException",
        "ConflictException",
        "ForbiddenException",
        "LimitExceededException",
        "NotFoundException",
        "ResourceNotFoundException",
        "ServiceFailureException",
        "ServiceUnavailableException",
        "ThrottlingException",
        "TooManyTagsException",
        "UnauthorizedException",
        "UnprocessableEntityException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Bad request.The request conflicts with the current state of the resource.The request is forbidden.Limit exceeded.Not found.Resource not found.Service failure.The service is unavailable.The request was throttled.Too many tags.The request is not authorized.Unprocessable entity.",
        ends: &[0, 12, 73, 98, 113, 123, 142, 158, 185, 211, 225, 255, 276],
    };
    static STATUSES: [u16; 12] = [
        400, 409, 403, 400, 404, 404, 500, 503, 429, 400, 401, 422,
    ];
    static STATUS_ENDS: [u32; 13] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    static RETRY: [::cloud_errors::Retry; 12] = ::cloud_errors::__private::retry_column(
        b"aaabaabbbaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 12] = ::cloud_errors::__private::category_column(
        b"cjgheemnhcpi",
    );
    static PILOTS: [u16; 3] = [7, 308, 6];
    static SLOTS: [(&str, u32); 13] = ::cloud_errors::__private::slots(
        &CODES,
        &[9, 4, 11, 3, 8, 6, 4294967295, 0, 10, 7, 5, 1, 2],
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
    const PROVIDER: &'static str = "AWS Chime SDK Meetings";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS Chime SDK Meetings's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Chime SDK Meetings: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
