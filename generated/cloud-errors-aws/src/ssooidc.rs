// @generated from catalogs/aws/ssooidc.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS SSO OIDC: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS SSO OIDC: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Access denied.
    AccessDeniedException,
    /// `AuthorizationPendingException`: HTTP 400; retry: never; category: invalid_argument.
    /// Authorization pending.
    AuthorizationPendingException,
    /// `ExpiredTokenException`: HTTP 400; retry: after_fix; category: unauthenticated.
    /// Expired token.
    ExpiredTokenException,
    /// `InternalServerException`: HTTP 500; retry: backoff; category: internal.
    /// An internal server error occurred.
    InternalServerException,
    /// `InvalidClientException`: HTTP 401; retry: never; category: unauthenticated.
    /// Invalid client.
    InvalidClientException,
    /// `InvalidClientMetadataException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid client metadata.
    InvalidClientMetadataException,
    /// `InvalidGrantException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid grant.
    InvalidGrantException,
    /// `InvalidRedirectUriException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid redirect uri.
    InvalidRedirectUriException,
    /// `InvalidRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequestException,
    /// `InvalidRequestRegionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request region.
    InvalidRequestRegionException,
    /// `InvalidScopeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid scope.
    InvalidScopeException,
    /// `SlowDownException`: HTTP 400; retry: never; category: invalid_argument.
    /// Slow down.
    SlowDownException,
    /// `UnauthorizedClientException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unauthorized client.
    UnauthorizedClientException,
    /// `UnsupportedGrantTypeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported grant type.
    UnsupportedGrantTypeException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 14] = [
        "AccessDeniedException",
        "AuthorizationPendingException",
        "ExpiredTokenException",
        "InternalServerException",
        "InvalidClientException",
        "InvalidClientMetadataException",
        "InvalidGrantException",
        "InvalidRedirectUriException",
        "InvalidRequestException",
        "InvalidRequestRegionException",
        "InvalidScopeException",
        "SlowDownException",
        "UnauthorizedClientException",
        "UnsupportedGrantTypeException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Authorization pending.Expired token.An internal server error occurred.Invalid client.Invalid client metadata.Invalid grant.Invalid redirect uri.Invalid request.Invalid request region.Invalid scope.Slow down.Unauthorized client.Unsupported grant type.",
        ends: &[0, 14, 36, 50, 84, 99, 123, 137, 158, 174, 197, 211, 221, 241, 264],
    };
    static STATUSES: [u16; 14] = [
        400, 400, 400, 500, 401, 400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 15] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
    static RETRY: [::cloud_errors::Retry; 14] = ::cloud_errors::__private::retry_column(
        b"aacbaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 14] = ::cloud_errors::__private::category_column(
        b"ccpmpccccccccc",
    );
    static PILOTS: [u16; 4] = [3, 83, 19, 0];
    static SLOTS: [(&str, u32); 15] = ::cloud_errors::__private::slots(
        &CODES,
        &[4294967295, 0, 9, 7, 10, 13, 2, 8, 3, 1, 5, 11, 12, 6, 4],
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
    const PROVIDER: &'static str = "AWS SSO OIDC";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS SSO OIDC's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS SSO OIDC: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
