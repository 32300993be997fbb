// @generated from catalogs/aws/shield.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Shield: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsCbor`](cloud_errors::envelopes::AwsCbor) (`aws_cbor`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Shield: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Access denied.
    AccessDeniedException,
    /// `AccessDeniedForDependencyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Access denied for dependency.
    AccessDeniedForDependencyException,
    /// `InternalErrorException`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalErrorException,
    /// `InvalidOperationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation.
    InvalidOperationException,
    /// `InvalidPaginationTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pagination token.
    InvalidPaginationTokenException,
    /// `InvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameterException,
    /// `InvalidResourceException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource.
    InvalidResourceException,
    /// `LimitsExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Limits exceeded.
    LimitsExceededException,
    /// `LockedSubscriptionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Locked subscription.
    LockedSubscriptionException,
    /// `NoAssociatedRoleException`: HTTP 400; retry: never; category: invalid_argument.
    /// No associated role.
    NoAssociatedRoleException,
    /// `OptimisticLockException`: HTTP 400; retry: never; category: invalid_argument.
    /// Optimistic lock.
    OptimisticLockException,
    /// `ResourceAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already exists.
    ResourceAlreadyExistsException,
    /// `ResourceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFoundException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 13] = [
        "AccessDeniedException",
        "AccessDeniedForDependencyException",
        "InternalErrorException",
        "InvalidOperationException",
        "InvalidPaginationTokenException",
        "InvalidParameterException",
        "InvalidResourceException",
        "LimitsExceededException",
        "LockedSubscriptionException",
        "NoAssociatedRoleException",
        "OptimisticLockException",
        "ResourceAlreadyExistsException",
        "ResourceNotFoundException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Access denied for dependency.An internal error occurred.Invalid operation.Invalid pagination token.Invalid parameter.Invalid resource.Limits exceeded.Locked subscription.No associated role.Optimistic lock.Resource already exists.Resource not found.",
        ends: &[0, 14, 43, 70, 88, 113, 131, 148, 164, 184, 203, 219, 243, 262],
    };
    static STATUSES: [u16; 13] = [
        400, 400, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 14] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
    static RETRY: [::cloud_errors::Retry; 13] = ::cloud_errors::__private::retry_column(
        b"aabaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 13] = ::cloud_errors::__private::category_column(
        b"ccmcccccccccc",
    );
    static PILOTS: [u16; 4] = [15, 5, 8, 15];
    static SLOTS: [(&str, u32); 14] = ::cloud_errors::__private::slots(
        &CODES,
        &[5, 4294967295, 9, 12, 6, 3, 1, 11, 8, 0, 4, 7, 2, 10],
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
    const PROVIDER: &'static str = "AWS Shield";
    type Envelope = ::cloud_errors::envelopes::AwsCbor;
    /// The retry defaults of AWS Shield's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Shield: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
