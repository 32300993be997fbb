// @generated from catalogs/aws/lightsail.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Lightsail: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Lightsail: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `AccountSetupInProgressException`: HTTP 428; retry: never; category: failed_precondition.
    /// Account setup in progress.
    AccountSetupInProgressException,
    /// `InvalidInputException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid input.
    InvalidInputException,
    /// `NotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Not found.
    NotFoundException,
    /// `OperationFailureException`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failure.
    OperationFailureException,
    /// `ServiceException`: HTTP 500; retry: backoff; category: internal.
    /// The service encountered an error.
    ServiceException,
    /// `UnauthenticatedException`: HTTP 401; retry: never; category: unauthenticated.
    /// Unauthenticated.
    UnauthenticatedException,
    /// `RegionSetupInProgressException`: HTTP 400; retry: never; category: invalid_argument.
    /// Region setup in progress.
    RegionSetupInProgressException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 8] = [
        "AccessDeniedException",
        "AccountSetupInProgressException",
        "InvalidInputException",
        "NotFoundException",
        "OperationFailureException",
        "ServiceException",
        "UnauthenticatedException",
        "RegionSetupInProgressException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Account setup in progress.Invalid input.Not found.Operation failure.The service encountered an error.Unauthenticated.Region setup in progress.",
        ends: &[0, 14, 40, 54, 64, 82, 115, 131, 156],
    };
    static STATUSES: [u16; 8] = [403, 428, 400, 404, 400, 500, 401, 400];
    static STATUS_ENDS: [u32; 9] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
    static RETRY: [::cloud_errors::Retry; 8] = ::cloud_errors::__private::retry_column(
        b"aaaaabaa",
    );
    static CATEGORY: [::cloud_errors::Category; 8] = ::cloud_errors::__private::category_column(
        b"gicecmpc",
    );
    static PILOTS: [u16; 2] = [5, 172];
    static SLOTS: [(&str, u32); 8] = ::cloud_errors::__private::slots(
        &CODES,
        &[6, 1, 3, 5, 0, 2, 4, 7],
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
    const PROVIDER: &'static str = "AWS Lightsail";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS Lightsail's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Lightsail: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
