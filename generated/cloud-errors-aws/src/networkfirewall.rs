// @generated from catalogs/aws/networkfirewall.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Network Firewall: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsCbor`](cloud_errors::envelopes::AwsCbor) (`aws_cbor`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Network Firewall: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InsufficientCapacityException`: HTTP 500; retry: backoff; category: internal.
    /// Insufficient capacity.
    InsufficientCapacityException,
    /// `InternalServerError`: HTTP 500; retry: backoff; category: internal.
    /// Internal server error.
    InternalServerError,
    /// `InvalidOperationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation.
    InvalidOperationException,
    /// `InvalidRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequestException,
    /// `InvalidResourcePolicyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource policy.
    InvalidResourcePolicyException,
    /// `InvalidTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid token.
    InvalidTokenException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `LogDestinationPermissionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Log destination permission.
    LogDestinationPermissionException,
    /// `ResourceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ResourceOwnerCheckException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource owner check.
    ResourceOwnerCheckException,
    /// `ThrottlingException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `UnsupportedOperationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported operation.
    UnsupportedOperationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 12] = [
        "InsufficientCapacityException",
        "InternalServerError",
        "InvalidOperationException",
        "InvalidRequestException",
        "InvalidResourcePolicyException",
        "InvalidTokenException",
        "LimitExceededException",
        "LogDestinationPermissionException",
        "ResourceNotFoundException",
        "ResourceOwnerCheckException",
        "ThrottlingException",
        "UnsupportedOperationException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Insufficient capacity.Internal server error.Invalid operation.Invalid request.Invalid resource policy.Invalid token.Limit exceeded.Log destination permission.Resource not found.Resource owner check.The request was throttled.Unsupported operation.",
        ends: &[0, 22, 44, 62, 78, 102, 116, 131, 158, 177, 198, 224, 246],
    };
    static STATUSES: [u16; 12] = [
        500, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 13] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    static RETRY: [::cloud_errors::Retry; 12] = ::cloud_errors::__private::retry_column(
        b"bbaaaabaaaba",
    );
    static CATEGORY: [::cloud_errors::Category; 12] = ::cloud_errors::__private::category_column(
        b"mmcccchccchc",
    );
    static PILOTS: [u16; 3] = [85, 60, 0];
    static SLOTS: [(&str, u32); 13] = ::cloud_errors::__private::slots(
        &CODES,
        &[9, 8, 11, 6, 5, 7, 3, 0, 1, 2, 4294967295, 10, 4],
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
    const PROVIDER: &'static str = "AWS Network Firewall";
    type Envelope = ::cloud_errors::envelopes::AwsCbor;
    /// The retry defaults of AWS Network Firewall's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Network Firewall: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
