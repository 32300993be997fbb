// @generated from catalogs/aws/acmpca.yaml and catalogs/aws/acmpca.curated.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS ACM PCA: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsCbor`](cloud_errors::envelopes::AwsCbor) (`aws_cbor`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS ACM PCA: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `CertificateMismatchException`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate mismatch.
    CertificateMismatchException,
    /// `ConcurrentModificationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Concurrent modification.
    ConcurrentModificationException,
    /// `InvalidArgsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid args.
    InvalidArgsException,
    /// `InvalidArnException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid arn.
    InvalidArnException,
    /// `InvalidNextTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next token.
    InvalidNextTokenException,
    /// `InvalidPolicyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid policy.
    InvalidPolicyException,
    /// `InvalidRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequestException,
    /// `InvalidStateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid state.
    InvalidStateException,
    /// `InvalidTagException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag.
    InvalidTagException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `LockoutPreventedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Lockout prevented.
    LockoutPreventedException,
    /// `MalformedCSRException`: HTTP 400; retry: never; category: invalid_argument.
    /// Malformed CSR.
    MalformedCsrException,
    /// `MalformedCertificateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Malformed certificate.
    MalformedCertificateException,
    /// `PermissionAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Permission already exists.
    PermissionAlreadyExistsException,
    /// `RequestAlreadyProcessedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Request already processed.
    RequestAlreadyProcessedException,
    /// `RequestFailedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Request failed.
    RequestFailedException,
    /// `RequestInProgressException`: HTTP 400; retry: never; category: invalid_argument.
    /// Request in progress.
    RequestInProgressException,
    /// `ResourceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFoundException,
    /// `TooManyTagsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTagsException,
    /// `ConflictException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `ResourceInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use.
    ResourceInUseException,
    /// `AccessDeniedException`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// Access is denied to the caller.
    AccessDeniedException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 22] = [
        "CertificateMismatchException",
        "ConcurrentModificationException",
        "InvalidArgsException",
        "InvalidArnException",
        "InvalidNextTokenException",
        "InvalidPolicyException",
        "InvalidRequestException",
        "InvalidStateException",
        "InvalidTagException",
        "LimitExceededException",
        "LockoutPreventedException",
        "MalformedCSRException",
        "MalformedCertificateException",
        "PermissionAlreadyExistsException",
        "RequestAlreadyProcessedException",
        "RequestFailedException",
        "RequestInProgressException",
        "ResourceNotFoundException",
        "TooManyTagsException",
        "ConflictException",
        "ResourceInUseException",
        "AccessDeniedException",
    ];
    static NAME_CODES: [u32; 1] = [11];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "MalformedCsrException",
        ends: &[0, 21],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Certificate mismatch.Concurrent modification.Invalid args.Invalid arn.Invalid next token.Invalid policy.Invalid request.Invalid state.Invalid tag.Limit exceeded.Lockout prevented.Malformed CSR.Malformed certificate.Permission already exists.Request already processed.Request failed.Request in progress.Resource not found.Too many tags.The request conflicts with the current state of the resource.Resource in use.Access is denied to the caller.",
        ends: &[
            0, 21, 45, 58, 70, 89, 104, 120, 134, 146, 161, 179, 193, 215, 241, 267, 282,
            302, 321, 335, 396, 412, 443,
        ],
    };
    static STATUSES: [u16; 21] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 23] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 21,
    ];
    static RETRY: [::cloud_errors::Retry; 22] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaabaaaaaaaaaaac",
    );
    static CATEGORY: [::cloud_errors::Category; 22] = ::cloud_errors::__private::category_column(
        b"ccccccccchcccccccccccg",
    );
    static PILOTS: [u16; 6] = [12, 9, 14, 1, 37, 0];
    static SLOTS: [(&str, u32); 24] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            20, 1, 17, 4, 4294967295, 14, 18, 5, 7, 10, 4294967295, 6, 13, 16, 11, 0, 8,
            15, 12, 19, 9, 3, 2, 21,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
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
    const PROVIDER: &'static str = "AWS ACM PCA";
    type Envelope = ::cloud_errors::envelopes::AwsCbor;
    /// The retry defaults of AWS ACM PCA's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS ACM PCA: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
