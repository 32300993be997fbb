// @generated from catalogs/aws/autoscaling.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Auto Scaling: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsQuery`](cloud_errors::envelopes::AwsQuery) (`aws_query`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Auto Scaling: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ActiveInstanceRefreshNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Active instance refresh not found.
    ActiveInstanceRefreshNotFound,
    /// `AlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Already exists.
    AlreadyExists,
    /// `InstanceRefreshInProgress`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance refresh in progress.
    InstanceRefreshInProgress,
    /// `InvalidNextToken`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next token.
    InvalidNextToken,
    /// `IrreversibleInstanceRefresh`: HTTP 400; retry: never; category: invalid_argument.
    /// Irreversible instance refresh.
    IrreversibleInstanceRefresh,
    /// `LimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Limit exceeded.
    LimitExceeded,
    /// `ResourceContention`: HTTP 500; retry: backoff; category: internal.
    /// Resource contention.
    ResourceContention,
    /// `ResourceInUse`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use.
    ResourceInUse,
    /// `ScalingActivityInProgress`: HTTP 400; retry: never; category: invalid_argument.
    /// Scaling activity in progress.
    ScalingActivityInProgress,
    /// `ServiceLinkedRoleFailure`: HTTP 500; retry: backoff; category: internal.
    /// Service linked role failure.
    ServiceLinkedRoleFailure,
    /// `IdempotentCallInProgress`: HTTP 500; retry: backoff; category: internal.
    /// Idempotent call in progress.
    IdempotentCallInProgress,
    /// `IdempotentParameterMismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatch,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 12] = [
        "ActiveInstanceRefreshNotFound",
        "AlreadyExists",
        "InstanceRefreshInProgress",
        "InvalidNextToken",
        "IrreversibleInstanceRefresh",
        "LimitExceeded",
        "ResourceContention",
        "ResourceInUse",
        "ScalingActivityInProgress",
        "ServiceLinkedRoleFailure",
        "IdempotentCallInProgress",
        "IdempotentParameterMismatch",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Active instance refresh not found.Already exists.Instance refresh in progress.Invalid next token.Irreversible instance refresh.Limit exceeded.Resource contention.Resource in use.Scaling activity in progress.Service linked role failure.Idempotent call in progress.Idempotent parameter mismatch.",
        ends: &[0, 34, 49, 78, 97, 127, 142, 162, 178, 207, 235, 263, 293],
    };
    static STATUSES: [u16; 12] = [
        400, 400, 400, 400, 400, 400, 500, 400, 400, 500, 500, 400,
    ];
    static STATUS_ENDS: [u32; 13] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    static RETRY: [::cloud_errors::Retry; 12] = ::cloud_errors::__private::retry_column(
        b"aaaaaabaabba",
    );
    static CATEGORY: [::cloud_errors::Category; 12] = ::cloud_errors::__private::category_column(
        b"ccccccmccmmc",
    );
    static PILOTS: [u16; 3] = [5, 71, 12];
    static SLOTS: [(&str, u32); 13] = ::cloud_errors::__private::slots(
        &CODES,
        &[9, 10, 8, 7, 6, 4294967295, 3, 2, 4, 11, 5, 1, 0],
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
    const PROVIDER: &'static str = "AWS Auto Scaling";
    type Envelope = ::cloud_errors::envelopes::AwsQuery;
    /// The retry defaults of AWS Auto Scaling's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Auto Scaling: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
