// @generated from catalogs/aws/budgets.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Budgets: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Budgets: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `CreationLimitExceededException`: HTTP 405; retry: never; category: failed_precondition.
    /// Creation limit exceeded.
    CreationLimitExceededException,
    /// `DuplicateRecordException`: HTTP 409; retry: never; category: aborted.
    /// Duplicate record.
    DuplicateRecordException,
    /// `ExpiredNextTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Expired next token.
    ExpiredNextTokenException,
    /// `InternalErrorException`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalErrorException,
    /// `InvalidNextTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next token.
    InvalidNextTokenException,
    /// `InvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameterException,
    /// `NotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Not found.
    NotFoundException,
    /// `ResourceLockedException`: HTTP 423; retry: never; category: failed_precondition.
    /// Resource locked.
    ResourceLockedException,
    /// `ServiceQuotaExceededException`: HTTP 402; retry: never; category: failed_precondition.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// `ThrottlingException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `BillingViewHealthStatusException`: HTTP 400; retry: never; category: invalid_argument.
    /// Billing view health status.
    BillingViewHealthStatusException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 12] = [
        "AccessDeniedException",
        "CreationLimitExceededException",
        "DuplicateRecordException",
        "ExpiredNextTokenException",
        "InternalErrorException",
        "InvalidNextTokenException",
        "InvalidParameterException",
        "NotFoundException",
        "ResourceLockedException",
        "ServiceQuotaExceededException",
        "ThrottlingException",
        "BillingViewHealthStatusException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Creation limit exceeded.Duplicate record.Expired next token.An internal error occurred.Invalid next token.Invalid parameter.Not found.Resource locked.Service quota exceeded.The request was throttled.Billing view health status.",
        ends: &[0, 14, 38, 55, 74, 101, 120, 138, 148, 164, 187, 213, 240],
    };
    static STATUSES: [u16; 12] = [
        403, 405, 409, 400, 500, 400, 400, 404, 423, 402, 400, 400,
    ];
    static STATUS_ENDS: [u32; 13] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    static RETRY: [::cloud_errors::Retry; 12] = ::cloud_errors::__private::retry_column(
        b"aaaabaaaaaba",
    );
    static CATEGORY: [::cloud_errors::Category; 12] = ::cloud_errors::__private::category_column(
        b"gijcmcceiihc",
    );
    static PILOTS: [u16; 3] = [0, 550, 8];
    static SLOTS: [(&str, u32); 13] = ::cloud_errors::__private::slots(
        &CODES,
        &[9, 5, 8, 7, 0, 3, 4294967295, 4, 10, 11, 1, 6, 2],
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
    const PROVIDER: &'static str = "AWS Budgets";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS Budgets's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Budgets: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
