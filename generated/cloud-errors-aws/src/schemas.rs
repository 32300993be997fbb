// @generated from catalogs/aws/schemas.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS schemas: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS schemas: a variant per documented code,
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
    /// `GoneException`: HTTP 410; retry: never; category: failed_precondition.
    /// The resource is gone.
    GoneException,
    /// `InternalServerErrorException`: HTTP 500; retry: backoff; category: internal.
    /// Internal server error.
    InternalServerErrorException,
    /// `NotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Not found.
    NotFoundException,
    /// `PreconditionFailedException`: HTTP 412; retry: never; category: failed_precondition.
    /// Precondition failed.
    PreconditionFailedException,
    /// `ServiceUnavailableException`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailableException,
    /// `TooManyRequestsException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Too many requests.
    TooManyRequestsException,
    /// `UnauthorizedException`: HTTP 401; retry: never; category: unauthenticated.
    /// The request is not authorized.
    UnauthorizedException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 10] = [
        "BadRequestException",
        "ConflictException",
        "ForbiddenException",
        "GoneException",
        "InternalServerErrorException",
        "NotFoundException",
        "PreconditionFailedException",
        "ServiceUnavailableException",
        "TooManyRequestsException",
        "UnauthorizedException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Bad request.The request conflicts with the current state of the resource.The request is forbidden.The resource is gone.Internal server error.Not found.Precondition failed.The service is unavailable.Too many requests.The request is not authorized.",
        ends: &[0, 12, 73, 98, 119, 141, 151, 171, 198, 216, 246],
    };
    static STATUSES: [u16; 10] = [400, 409, 403, 410, 500, 404, 412, 503, 429, 401];
    static STATUS_ENDS: [u32; 11] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    static RETRY: [::cloud_errors::Retry; 10] = ::cloud_errors::__private::retry_column(
        b"aaaabaabba",
    );
    static CATEGORY: [::cloud_errors::Category; 10] = ::cloud_errors::__private::category_column(
        b"cjgimeinhp",
    );
    static PILOTS: [u16; 3] = [6, 4, 20];
    static SLOTS: [(&str, u32); 11] = ::cloud_errors::__private::slots(
        &CODES,
        &[3, 5, 9, 8, 2, 1, 6, 7, 4, 4294967295, 0],
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
    const PROVIDER: &'static str = "AWS schemas";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS schemas's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS schemas: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
