// @generated from catalogs/aws/licensemanager.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS License Manager: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS License Manager: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 401; retry: never; category: unauthenticated.
    /// Access denied.
    AccessDeniedException,
    /// `AuthorizationException`: HTTP 403; retry: never; category: permission_denied.
    /// Authorization.
    AuthorizationException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `EntitlementNotAllowedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Entitlement not allowed.
    EntitlementNotAllowedException,
    /// `FailedDependencyException`: HTTP 424; retry: never; category: failed_precondition.
    /// Failed dependency.
    FailedDependencyException,
    /// `FilterLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Filter limit exceeded.
    FilterLimitExceededException,
    /// `InvalidParameterValueException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter value.
    InvalidParameterValueException,
    /// `InvalidResourceStateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource state.
    InvalidResourceStateException,
    /// `LicenseUsageException`: HTTP 412; retry: never; category: failed_precondition.
    /// License usage.
    LicenseUsageException,
    /// `NoEntitlementsAllowedException`: HTTP 400; retry: never; category: invalid_argument.
    /// No entitlements allowed.
    NoEntitlementsAllowedException,
    /// `RateLimitExceededException`: HTTP 429; retry: never; category: resource_exhausted.
    /// Rate limit exceeded.
    RateLimitExceededException,
    /// `RedirectException`: HTTP 308; retry: never; category: unknown.
    /// Redirect.
    RedirectException,
    /// `ResourceLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource limit exceeded.
    ResourceLimitExceededException,
    /// `ResourceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ServerInternalException`: HTTP 500; retry: backoff; category: internal.
    /// Server internal.
    ServerInternalException,
    /// `UnsupportedDigitalSignatureMethodException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported digital signature method.
    UnsupportedDigitalSignatureMethodException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 17] = [
        "AccessDeniedException",
        "AuthorizationException",
        "ConflictException",
        "EntitlementNotAllowedException",
        "FailedDependencyException",
        "FilterLimitExceededException",
        "InvalidParameterValueException",
        "InvalidResourceStateException",
        "LicenseUsageException",
        "NoEntitlementsAllowedException",
        "RateLimitExceededException",
        "RedirectException",
        "ResourceLimitExceededException",
        "ResourceNotFoundException",
        "ServerInternalException",
        "UnsupportedDigitalSignatureMethodException",
        "ValidationException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Authorization.The request conflicts with the current state of the resource.Entitlement not allowed.Failed dependency.Filter limit exceeded.Invalid parameter value.Invalid resource state.License usage.No entitlements allowed.Rate limit exceeded.Redirect.Resource limit exceeded.Resource not found.Server internal.Unsupported digital signature method.The request failed validation.",
        ends: &[
            0, 14, 28, 89, 113, 131, 153, 177, 200, 214, 238, 258, 267, 291, 310, 326,
            363, 393,
        ],
    };
    static STATUSES: [u16; 17] = [
        401, 403, 409, 400, 424, 400, 400, 400, 412, 400, 429, 308, 400, 400, 500, 400,
        400,
    ];
    static STATUS_ENDS: [u32; 18] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
    ];
    static RETRY: [::cloud_errors::Retry; 17] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaabaa",
    );
    static CATEGORY: [::cloud_errors::Category; 17] = ::cloud_errors::__private::category_column(
        b"pgjcicccichbccmcc",
    );
    static PILOTS: [u16; 5] = [0, 852, 0, 1, 69];
    static SLOTS: [(&str, u32); 18] = ::cloud_errors::__private::slots(
        &CODES,
        &[12, 11, 9, 3, 8, 7, 2, 1, 5, 10, 4294967295, 14, 4, 6, 16, 0, 15, 13],
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
    const PROVIDER: &'static str = "AWS License Manager";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS License Manager's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS License Manager: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
