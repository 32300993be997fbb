// @generated from catalogs/aws/servicediscovery.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS ServiceDiscovery: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsCbor`](cloud_errors::envelopes::AwsCbor) (`aws_cbor`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS ServiceDiscovery: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `CustomHealthNotFound`: HTTP 404; retry: never; category: not_found.
    /// Custom health not found.
    CustomHealthNotFound,
    /// `DuplicateRequest`: HTTP 409; retry: never; category: aborted.
    /// Duplicate request.
    DuplicateRequest,
    /// `InstanceNotFound`: HTTP 404; retry: never; category: not_found.
    /// Instance not found.
    InstanceNotFound,
    /// `InvalidInput`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid input.
    InvalidInput,
    /// `NamespaceAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Namespace already exists.
    NamespaceAlreadyExists,
    /// `NamespaceNotFound`: HTTP 404; retry: never; category: not_found.
    /// Namespace not found.
    NamespaceNotFound,
    /// `OperationNotFound`: HTTP 404; retry: never; category: not_found.
    /// Operation not found.
    OperationNotFound,
    /// `RequestLimitExceeded`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Request limit exceeded.
    RequestLimitExceeded,
    /// `ResourceInUse`: HTTP 409; retry: never; category: aborted.
    /// Resource in use.
    ResourceInUse,
    /// `ResourceLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource limit exceeded.
    ResourceLimitExceeded,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ServiceAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Service already exists.
    ServiceAlreadyExists,
    /// `ServiceAttributesLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Service attributes limit exceeded.
    ServiceAttributesLimitExceededException,
    /// `ServiceNotFound`: HTTP 404; retry: never; category: not_found.
    /// Service not found.
    ServiceNotFound,
    /// `TooManyTagsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTagsException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 15] = [
        "CustomHealthNotFound",
        "DuplicateRequest",
        "InstanceNotFound",
        "InvalidInput",
        "NamespaceAlreadyExists",
        "NamespaceNotFound",
        "OperationNotFound",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceLimitExceeded",
        "ResourceNotFoundException",
        "ServiceAlreadyExists",
        "ServiceAttributesLimitExceededException",
        "ServiceNotFound",
        "TooManyTagsException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Custom health not found.Duplicate request.Instance not found.Invalid input.Namespace already exists.Namespace not found.Operation not found.Request limit exceeded.Resource in use.Resource limit exceeded.Resource not found.Service already exists.Service attributes limit exceeded.Service not found.Too many tags.",
        ends: &[0, 24, 42, 61, 75, 100, 120, 140, 163, 179, 203, 222, 245, 279, 297, 311],
    };
    static STATUSES: [u16; 15] = [
        404, 409, 404, 400, 400, 404, 404, 429, 409, 400, 404, 400, 400, 404, 400,
    ];
    static STATUS_ENDS: [u32; 16] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    ];
    static RETRY: [::cloud_errors::Retry; 15] = ::cloud_errors::__private::retry_column(
        b"aaaaaaabaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 15] = ::cloud_errors::__private::category_column(
        b"ejecceehjceccec",
    );
    static PILOTS: [u16; 4] = [77, 1, 53, 2];
    static SLOTS: [(&str, u32); 16] = ::cloud_errors::__private::slots(
        &CODES,
        &[9, 3, 7, 8, 0, 11, 1, 12, 2, 5, 10, 13, 14, 4294967295, 6, 4],
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
    const PROVIDER: &'static str = "AWS ServiceDiscovery";
    type Envelope = ::cloud_errors::envelopes::AwsCbor;
    /// The retry defaults of AWS ServiceDiscovery's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS ServiceDiscovery: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
