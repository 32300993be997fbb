// @generated from catalogs/aws/appconfigcloudextension.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS AppConfigCloudExtension: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS AppConfigCloudExtension: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Access denied.
    AccessDeniedException,
    /// `BadGatewayException`: HTTP 500; retry: backoff; category: internal.
    /// Bad gateway.
    BadGatewayException,
    /// `InternalServerException`: HTTP 500; retry: backoff; category: internal.
    /// An internal server error occurred.
    InternalServerException,
    /// `LoopDetectedException`: HTTP 500; retry: backoff; category: internal.
    /// Loop detected.
    LoopDetectedException,
    /// `RequestEntityTooLargeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Request entity too large.
    RequestEntityTooLargeException,
    /// `ServiceUnavailableException`: HTTP 500; retry: backoff; category: internal.
    /// The service is unavailable.
    ServiceUnavailableException,
    /// `ThrottlingException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `UpgradeRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Upgrade required.
    UpgradeRequiredException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 9] = [
        "AccessDeniedException",
        "BadGatewayException",
        "InternalServerException",
        "LoopDetectedException",
        "RequestEntityTooLargeException",
        "ServiceUnavailableException",
        "ThrottlingException",
        "UpgradeRequiredException",
        "ValidationException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Bad gateway.An internal server error occurred.Loop detected.Request entity too large.The service is unavailable.The request was throttled.Upgrade required.The request failed validation.",
        ends: &[0, 14, 26, 60, 74, 99, 126, 152, 169, 199],
    };
    static STATUSES: [u16; 9] = [400, 500, 500, 500, 400, 500, 400, 400, 400];
    static STATUS_ENDS: [u32; 10] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    static RETRY: [::cloud_errors::Retry; 9] = ::cloud_errors::__private::retry_column(
        b"abbbabbaa",
    );
    static CATEGORY: [::cloud_errors::Category; 9] = ::cloud_errors::__private::category_column(
        b"cmmmcmhcc",
    );
    static PILOTS: [u16; 3] = [9, 3, 5];
    static SLOTS: [(&str, u32); 10] = ::cloud_errors::__private::slots(
        &CODES,
        &[6, 2, 1, 4294967295, 5, 7, 8, 4, 3, 0],
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
    const PROVIDER: &'static str = "AWS AppConfigCloudExtension";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS AppConfigCloudExtension's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS AppConfigCloudExtension: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
