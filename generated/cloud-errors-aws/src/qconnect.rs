// @generated from catalogs/aws/qconnect.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS QConnect: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS QConnect: a variant per documented code,
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
    /// `PreconditionFailedException`: HTTP 412; retry: never; category: failed_precondition.
    /// Precondition failed.
    PreconditionFailedException,
    /// `RequestTimeoutException`: HTTP 408; retry: backoff; category: deadline_exceeded.
    /// Request timeout.
    RequestTimeoutException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ServiceQuotaExceededException`: HTTP 402; retry: never; category: failed_precondition.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// `ThrottlingException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `TooManyTagsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTagsException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// `DependencyFailedException`: HTTP 424; retry: never; category: failed_precondition.
    /// Dependency failed.
    DependencyFailedException,
    /// `UnauthorizedException`: HTTP 401; retry: never; category: unauthenticated.
    /// The request is not authorized.
    UnauthorizedException,
    /// `UnprocessableContentException`: HTTP 422; retry: never; category: failed_precondition.
    /// Unprocessable content.
    UnprocessableContentException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 12] = [
        "AccessDeniedException",
        "ConflictException",
        "PreconditionFailedException",
        "RequestTimeoutException",
        "ResourceNotFoundException",
        "ServiceQuotaExceededException",
        "ThrottlingException",
        "TooManyTagsException",
        "ValidationException",
        "DependencyFailedException",
        "UnauthorizedException",
        "UnprocessableContentException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.The request conflicts with the current state of the resource.Precondition failed.Request timeout.Resource not found.Service quota exceeded.The request was throttled.Too many tags.The request failed validation.Dependency failed.The request is not authorized.Unprocessable content.",
        ends: &[0, 14, 75, 95, 111, 130, 153, 179, 193, 223, 241, 271, 293],
    };
    static STATUSES: [u16; 12] = [
        403, 409, 412, 408, 404, 402, 400, 400, 400, 424, 401, 422,
    ];
    static STATUS_ENDS: [u32; 13] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    static RETRY: [::cloud_errors::Retry; 12] = ::cloud_errors::__private::retry_column(
        b"aaabaabaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 12] = ::cloud_errors::__private::category_column(
        b"gjideihccipi",
    );
    static PILOTS: [u16; 3] = [3, 2, 63];
    static SLOTS: [(&str, u32); 13] = ::cloud_errors::__private::slots(
        &CODES,
        &[2, 3, 0, 9, 5, 8, 7, 4294967295, 11, 4, 6, 1, 10],
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
    const PROVIDER: &'static str = "AWS QConnect";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS QConnect's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS QConnect: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
