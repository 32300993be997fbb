// @generated from catalogs/aws/cloudwatch.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS CloudWatch: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsCbor`](cloud_errors::envelopes::AwsCbor) (`aws_cbor`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS CloudWatch: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ConcurrentModificationException`: HTTP 429; retry: never; category: resource_exhausted.
    /// Concurrent modification.
    ConcurrentModificationException,
    /// `InvalidParameterInput`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter input.
    InvalidParameterInput,
    /// `ResourceNotFound`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFound,
    /// `InternalServiceError`: HTTP 500; retry: backoff; category: internal.
    /// Internal service error.
    InternalServiceError,
    /// `InvalidFormat`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid format.
    InvalidFormat,
    /// `InvalidNextToken`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next token.
    InvalidNextToken,
    /// `InvalidParameterCombination`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter combination.
    InvalidParameterCombination,
    /// `InvalidParameterValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter value.
    InvalidParameterValue,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `LimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Limit exceeded.
    LimitExceeded,
    /// `MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing parameter.
    MissingParameter,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `KmsAccessDeniedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Kms access denied.
    KmsAccessDeniedException,
    /// `KmsKeyDisabledException`: HTTP 400; retry: never; category: invalid_argument.
    /// Kms key disabled.
    KmsKeyDisabledException,
    /// `KmsKeyNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Kms key not found.
    KmsKeyNotFoundException,
    /// `ResourceConflict`: HTTP 409; retry: never; category: aborted.
    /// Resource conflict.
    ResourceConflict,
    /// `ValidationError`: HTTP 400; retry: never; category: invalid_argument.
    /// Validation error.
    ValidationError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 18] = [
        "ConcurrentModificationException",
        "InvalidParameterInput",
        "ResourceNotFound",
        "InternalServiceError",
        "InvalidFormat",
        "InvalidNextToken",
        "InvalidParameterCombination",
        "InvalidParameterValue",
        "LimitExceededException",
        "LimitExceeded",
        "MissingParameter",
        "ResourceNotFoundException",
        "ConflictException",
        "KmsAccessDeniedException",
        "KmsKeyDisabledException",
        "KmsKeyNotFoundException",
        "ResourceConflict",
        "ValidationError",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Concurrent modification.Invalid parameter input.Resource not found.Internal service error.Invalid format.Invalid next token.Invalid parameter combination.Invalid parameter value.Limit exceeded.Limit exceeded.Missing parameter.Resource not found.The request conflicts with the current state of the resource.Kms access denied.Kms key disabled.Kms key not found.Resource conflict.Validation error.",
        ends: &[
            0, 24, 48, 67, 90, 105, 124, 154, 178, 193, 208, 226, 245, 306, 324, 341,
            359, 377, 394,
        ],
    };
    static STATUSES: [u16; 18] = [
        429, 400, 404, 500, 400, 400, 400, 400, 400, 400, 400, 404, 409, 400, 400, 400,
        409, 400,
    ];
    static STATUS_ENDS: [u32; 19] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
    ];
    static RETRY: [::cloud_errors::Retry; 18] = ::cloud_errors::__private::retry_column(
        b"aaabaaaabaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 18] = ::cloud_errors::__private::category_column(
        b"hcemcccchccejcccjc",
    );
    static PILOTS: [u16; 5] = [0, 14, 43, 60, 1];
    static SLOTS: [(&str, u32); 20] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            2, 0, 7, 17, 4294967295, 4, 16, 15, 12, 9, 1, 6, 5, 10, 14, 4294967295, 11,
            8, 3, 13,
        ],
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
    const PROVIDER: &'static str = "AWS CloudWatch";
    type Envelope = ::cloud_errors::envelopes::AwsCbor;
    /// The retry defaults of AWS CloudWatch's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS CloudWatch: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
