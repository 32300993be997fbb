// @generated from catalogs/aws/socialmessaging.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS SocialMessaging: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS SocialMessaging: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedByMetaException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied by meta.
    AccessDeniedByMetaException,
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `DependencyException`: HTTP 502; retry: backoff; category: internal.
    /// A service the request depends on failed.
    DependencyException,
    /// `InternalServiceException`: HTTP 500; retry: backoff; category: internal.
    /// Internal service.
    InternalServiceException,
    /// `InvalidParametersException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameters.
    InvalidParametersException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ThrottledRequestException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Throttled request.
    ThrottledRequestException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 10] = [
        "AccessDeniedByMetaException",
        "AccessDeniedException",
        "DependencyException",
        "InternalServiceException",
        "InvalidParametersException",
        "ResourceNotFoundException",
        "ThrottledRequestException",
        "ValidationException",
        "ConflictException",
        "LimitExceededException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied by meta.Access denied.A service the request depends on failed.Internal service.Invalid parameters.Resource not found.Throttled request.The request failed validation.The request conflicts with the current state of the resource.Limit exceeded.",
        ends: &[0, 22, 36, 76, 93, 112, 131, 149, 179, 240, 255],
    };
    static STATUSES: [u16; 10] = [403, 403, 502, 500, 400, 404, 429, 400, 409, 400];
    static STATUS_ENDS: [u32; 11] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    static RETRY: [::cloud_errors::Retry; 10] = ::cloud_errors::__private::retry_column(
        b"aabbaabaab",
    );
    static CATEGORY: [::cloud_errors::Category; 10] = ::cloud_errors::__private::category_column(
        b"ggmmcehcjh",
    );
    static PILOTS: [u16; 3] = [34, 4, 2];
    static SLOTS: [(&str, u32); 11] = ::cloud_errors::__private::slots(
        &CODES,
        &[4294967295, 6, 0, 4, 9, 8, 1, 5, 2, 3, 7],
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
    const PROVIDER: &'static str = "AWS SocialMessaging";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS SocialMessaging's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS SocialMessaging: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
