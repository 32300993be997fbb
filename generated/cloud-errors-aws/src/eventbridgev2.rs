// @generated from catalogs/aws/eventbridgev2.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS EventBridgeV2: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsCbor`](cloud_errors::envelopes::AwsCbor) (`aws_cbor`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS EventBridgeV2: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `ConcurrentModificationException`: HTTP 409; retry: backoff; category: aborted.
    /// Concurrent modification.
    ConcurrentModificationException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `IdempotentParameterMismatchException`: HTTP 409; retry: never; category: aborted.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatchException,
    /// `InternalException`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalException,
    /// `InvalidInputException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid input.
    InvalidInputException,
    /// `InvalidStateException`: HTTP 409; retry: never; category: aborted.
    /// Invalid state.
    InvalidStateException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `PolicyLengthExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Policy length exceeded.
    PolicyLengthExceededException,
    /// `PublicPolicyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Public policy.
    PublicPolicyException,
    /// `ResourceAlreadyExistsException`: HTTP 409; retry: never; category: aborted.
    /// Resource already exists.
    ResourceAlreadyExistsException,
    /// `ResourceInUseException`: HTTP 409; retry: never; category: aborted.
    /// Resource in use.
    ResourceInUseException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `SchemaRegistryUnavailableException`: HTTP 400; retry: backoff; category: invalid_argument.
    /// Schema registry unavailable.
    SchemaRegistryUnavailableException,
    /// `ThrottlingException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 15] = [
        "AccessDeniedException",
        "ConcurrentModificationException",
        "ConflictException",
        "IdempotentParameterMismatchException",
        "InternalException",
        "InvalidInputException",
        "InvalidStateException",
        "LimitExceededException",
        "PolicyLengthExceededException",
        "PublicPolicyException",
        "ResourceAlreadyExistsException",
        "ResourceInUseException",
        "ResourceNotFoundException",
        "SchemaRegistryUnavailableException",
        "ThrottlingException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Concurrent modification.The request conflicts with the current state of the resource.Idempotent parameter mismatch.An internal error occurred.Invalid input.Invalid state.Limit exceeded.Policy length exceeded.Public policy.Resource already exists.Resource in use.Resource not found.Schema registry unavailable.The request was throttled.",
        ends: &[
            0, 14, 38, 99, 129, 156, 170, 184, 199, 222, 236, 260, 276, 295, 323, 349,
        ],
    };
    static STATUSES: [u16; 15] = [
        403, 409, 409, 409, 500, 400, 409, 400, 400, 400, 409, 409, 404, 400, 429,
    ];
    static STATUS_ENDS: [u32; 16] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    ];
    static RETRY: [::cloud_errors::Retry; 15] = ::cloud_errors::__private::retry_column(
        b"abaabaabaaaaabb",
    );
    static CATEGORY: [::cloud_errors::Category; 15] = ::cloud_errors::__private::category_column(
        b"gjjjmcjhccjjech",
    );
    static PILOTS: [u16; 4] = [1288, 1, 4, 18];
    static SLOTS: [(&str, u32); 16] = ::cloud_errors::__private::slots(
        &CODES,
        &[0, 2, 12, 3, 11, 1, 6, 5, 4, 4294967295, 10, 9, 7, 13, 14, 8],
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
    const PROVIDER: &'static str = "AWS EventBridgeV2";
    type Envelope = ::cloud_errors::envelopes::AwsCbor;
    /// The retry defaults of AWS EventBridgeV2's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS EventBridgeV2: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
