// @generated from catalogs/aws/marketplacemetering.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Marketplace Metering: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Marketplace Metering: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `CustomerNotEntitledException`: HTTP 400; retry: never; category: invalid_argument.
    /// Customer not entitled.
    CustomerNotEntitledException,
    /// `DisabledApiException`: HTTP 400; retry: never; category: invalid_argument.
    /// Disabled api.
    DisabledApiException,
    /// `DuplicateRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate request.
    DuplicateRequestException,
    /// `ExpiredTokenException`: HTTP 400; retry: after_fix; category: unauthenticated.
    /// Expired token.
    ExpiredTokenException,
    /// `InternalServiceErrorException`: HTTP 500; retry: backoff; category: internal.
    /// Internal service error.
    InternalServiceErrorException,
    /// `InvalidCustomerIdentifierException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid customer identifier.
    InvalidCustomerIdentifierException,
    /// `InvalidEndpointRegionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid endpoint region.
    InvalidEndpointRegionException,
    /// `InvalidProductCodeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid product code.
    InvalidProductCodeException,
    /// `InvalidPublicKeyVersionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid public key version.
    InvalidPublicKeyVersionException,
    /// `InvalidRegionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid region.
    InvalidRegionException,
    /// `InvalidTagException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag.
    InvalidTagException,
    /// `InvalidTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid token.
    InvalidTokenException,
    /// `InvalidUsageAllocationsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid usage allocations.
    InvalidUsageAllocationsException,
    /// `InvalidUsageDimensionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid usage dimension.
    InvalidUsageDimensionException,
    /// `PlatformNotSupportedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Platform not supported.
    PlatformNotSupportedException,
    /// `ThrottlingException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `TimestampOutOfBoundsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Timestamp out of bounds.
    TimestampOutOfBoundsException,
    /// `IdempotencyConflictException`: HTTP 400; retry: never; category: invalid_argument.
    /// Idempotency conflict.
    IdempotencyConflictException,
    /// `InvalidLicenseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid license.
    InvalidLicenseException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 19] = [
        "CustomerNotEntitledException",
        "DisabledApiException",
        "DuplicateRequestException",
        "ExpiredTokenException",
        "InternalServiceErrorException",
        "InvalidCustomerIdentifierException",
        "InvalidEndpointRegionException",
        "InvalidProductCodeException",
        "InvalidPublicKeyVersionException",
        "InvalidRegionException",
        "InvalidTagException",
        "InvalidTokenException",
        "InvalidUsageAllocationsException",
        "InvalidUsageDimensionException",
        "PlatformNotSupportedException",
        "ThrottlingException",
        "TimestampOutOfBoundsException",
        "IdempotencyConflictException",
        "InvalidLicenseException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Customer not entitled.Disabled api.Duplicate request.Expired token.Internal service error.Invalid customer identifier.Invalid endpoint region.Invalid product code.Invalid public key version.Invalid region.Invalid tag.Invalid token.Invalid usage allocations.Invalid usage dimension.Platform not supported.The request was throttled.Timestamp out of bounds.Idempotency conflict.Invalid license.",
        ends: &[
            0, 22, 35, 53, 67, 90, 118, 142, 163, 190, 205, 217, 231, 257, 281, 304, 330,
            354, 375, 391,
        ],
    };
    static STATUSES: [u16; 19] = [
        400, 400, 400, 400, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 20] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
    ];
    static RETRY: [::cloud_errors::Retry; 19] = ::cloud_errors::__private::retry_column(
        b"aaacbaaaaaaaaaabaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 19] = ::cloud_errors::__private::category_column(
        b"cccpmcccccccccchccc",
    );
    static PILOTS: [u16; 5] = [22, 5, 0, 10, 24];
    static SLOTS: [(&str, u32); 21] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            5, 16, 15, 1, 18, 6, 4294967295, 4, 10, 11, 17, 12, 2, 8, 3, 4294967295, 14,
            9, 13, 7, 0,
        ],
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
    const PROVIDER: &'static str = "AWS Marketplace Metering";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS Marketplace Metering's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Marketplace Metering: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
