// @generated from catalogs/aws/s3tables.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS S3Tables: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS S3Tables: a variant per documented code,
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
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `ForbiddenException`: HTTP 403; retry: never; category: permission_denied.
    /// The request is forbidden.
    ForbiddenException,
    /// `InternalServerErrorException`: HTTP 500; retry: backoff; category: internal.
    /// Internal server error.
    InternalServerErrorException,
    /// `NotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Not found.
    NotFoundException,
    /// `TooManyRequestsException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Too many requests.
    TooManyRequestsException,
    /// `MethodNotAllowedException`: HTTP 405; retry: never; category: failed_precondition.
    /// Method not allowed.
    MethodNotAllowedException,
    /// `ServiceUnavailableException`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailableException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 9] = [
        "AccessDeniedException",
        "BadRequestException",
        "ConflictException",
        "ForbiddenException",
        "InternalServerErrorException",
        "NotFoundException",
        "TooManyRequestsException",
        "MethodNotAllowedException",
        "ServiceUnavailableException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Bad request.The request conflicts with the current state of the resource.The request is forbidden.Internal server error.Not found.Too many requests.Method not allowed.The service is unavailable.",
        ends: &[0, 14, 26, 87, 112, 134, 144, 162, 181, 208],
    };
    static STATUSES: [u16; 9] = [403, 400, 409, 403, 500, 404, 429, 405, 503];
    static STATUS_ENDS: [u32; 10] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    static RETRY: [::cloud_errors::Retry; 9] = ::cloud_errors::__private::retry_column(
        b"aaaababab",
    );
    static CATEGORY: [::cloud_errors::Category; 9] = ::cloud_errors::__private::category_column(
        b"gcjgmehin",
    );
    static PILOTS: [u16; 3] = [0, 0, 248];
    static SLOTS: [(&str, u32); 10] = ::cloud_errors::__private::slots(
        &CODES,
        &[4, 4294967295, 7, 2, 3, 8, 6, 5, 1, 0],
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
    const PROVIDER: &'static str = "AWS S3Tables";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS S3Tables's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS S3Tables: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
