// @generated from catalogs/aws/devicefarm.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Device Farm: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Device Farm: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ArgumentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Argument.
    ArgumentException,
    /// `CannotDeleteException`: HTTP 409; retry: never; category: aborted.
    /// Cannot delete.
    CannotDeleteException,
    /// `IdempotencyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Idempotency.
    IdempotencyException,
    /// `InternalServiceException`: HTTP 500; retry: backoff; category: internal.
    /// Internal service.
    InternalServiceException,
    /// `InvalidOperationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation.
    InvalidOperationException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `NotEligibleException`: HTTP 400; retry: never; category: invalid_argument.
    /// Not eligible.
    NotEligibleException,
    /// `NotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Not found.
    NotFoundException,
    /// `ServiceAccountException`: HTTP 400; retry: never; category: invalid_argument.
    /// Service account.
    ServiceAccountException,
    /// `TagOperationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag operation.
    TagOperationException,
    /// `TagPolicyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag policy.
    TagPolicyException,
    /// `TooManyTagsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTagsException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 12] = [
        "ArgumentException",
        "CannotDeleteException",
        "IdempotencyException",
        "InternalServiceException",
        "InvalidOperationException",
        "LimitExceededException",
        "NotEligibleException",
        "NotFoundException",
        "ServiceAccountException",
        "TagOperationException",
        "TagPolicyException",
        "TooManyTagsException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Argument.Cannot delete.Idempotency.Internal service.Invalid operation.Limit exceeded.Not eligible.Not found.Service account.Tag operation.Tag policy.Too many tags.",
        ends: &[0, 9, 23, 35, 52, 70, 85, 98, 108, 124, 138, 149, 163],
    };
    static STATUSES: [u16; 12] = [
        400, 409, 400, 500, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 13] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    static RETRY: [::cloud_errors::Retry; 12] = ::cloud_errors::__private::retry_column(
        b"aaababaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 12] = ::cloud_errors::__private::category_column(
        b"cjcmchcccccc",
    );
    static PILOTS: [u16; 3] = [0, 30, 10];
    static SLOTS: [(&str, u32); 13] = ::cloud_errors::__private::slots(
        &CODES,
        &[4294967295, 11, 9, 3, 0, 2, 1, 4, 8, 7, 10, 5, 6],
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
    const PROVIDER: &'static str = "AWS Device Farm";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS Device Farm's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Device Farm: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
