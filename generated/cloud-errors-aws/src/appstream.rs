// @generated from catalogs/aws/appstream.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS AppStream: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsCbor`](cloud_errors::envelopes::AwsCbor) (`aws_cbor`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS AppStream: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ConcurrentModificationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Concurrent modification.
    ConcurrentModificationException,
    /// `EntitlementAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Entitlement already exists.
    EntitlementAlreadyExistsException,
    /// `EntitlementNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Entitlement not found.
    EntitlementNotFoundException,
    /// `IncompatibleImageException`: HTTP 400; retry: never; category: invalid_argument.
    /// Incompatible image.
    IncompatibleImageException,
    /// `InvalidAccountStatusException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account status.
    InvalidAccountStatusException,
    /// `InvalidParameterCombinationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter combination.
    InvalidParameterCombinationException,
    /// `InvalidRoleException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid role.
    InvalidRoleException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `OperationNotPermittedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation not permitted.
    OperationNotPermittedException,
    /// `RequestLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Request limit exceeded.
    RequestLimitExceededException,
    /// `ResourceAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already exists.
    ResourceAlreadyExistsException,
    /// `ResourceInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use.
    ResourceInUseException,
    /// `ResourceNotAvailableException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not available.
    ResourceNotAvailableException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `DryRunOperationException`: HTTP 412; retry: never; category: failed_precondition.
    /// Dry run operation.
    DryRunOperationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 15] = [
        "ConcurrentModificationException",
        "EntitlementAlreadyExistsException",
        "EntitlementNotFoundException",
        "IncompatibleImageException",
        "InvalidAccountStatusException",
        "InvalidParameterCombinationException",
        "InvalidRoleException",
        "LimitExceededException",
        "OperationNotPermittedException",
        "RequestLimitExceededException",
        "ResourceAlreadyExistsException",
        "ResourceInUseException",
        "ResourceNotAvailableException",
        "ResourceNotFoundException",
        "DryRunOperationException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Concurrent modification.Entitlement already exists.Entitlement not found.Incompatible image.Invalid account status.Invalid parameter combination.Invalid role.Limit exceeded.Operation not permitted.Request limit exceeded.Resource already exists.Resource in use.Resource not available.Resource not found.Dry run operation.",
        ends: &[0, 24, 51, 73, 92, 115, 145, 158, 173, 197, 220, 244, 260, 283, 302, 320],
    };
    static STATUSES: [u16; 15] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 412,
    ];
    static STATUS_ENDS: [u32; 16] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    ];
    static RETRY: [::cloud_errors::Retry; 15] = ::cloud_errors::__private::retry_column(
        b"aaaaaaabaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 15] = ::cloud_errors::__private::category_column(
        b"ccccccchcccccei",
    );
    static PILOTS: [u16; 4] = [24, 146, 9, 7];
    static SLOTS: [(&str, u32); 16] = ::cloud_errors::__private::slots(
        &CODES,
        &[6, 9, 4294967295, 4, 2, 14, 3, 13, 10, 7, 0, 8, 1, 5, 12, 11],
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
    const PROVIDER: &'static str = "AWS AppStream";
    type Envelope = ::cloud_errors::envelopes::AwsCbor;
    /// The retry defaults of AWS AppStream's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS AppStream: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
