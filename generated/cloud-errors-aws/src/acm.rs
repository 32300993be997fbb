// @generated from catalogs/aws/acm.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS ACM: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS ACM: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `ConflictException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `InvalidArgsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid args.
    InvalidArgsException,
    /// `InvalidArnException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid arn.
    InvalidArnException,
    /// `InvalidDomainValidationOptionsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain validation options.
    InvalidDomainValidationOptionsException,
    /// `InvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameterException,
    /// `InvalidStateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid state.
    InvalidStateException,
    /// `InvalidTagException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag.
    InvalidTagException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `RequestInProgressException`: HTTP 400; retry: never; category: invalid_argument.
    /// Request in progress.
    RequestInProgressException,
    /// `ResourceInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use.
    ResourceInUseException,
    /// `ResourceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFoundException,
    /// `TagPolicyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag policy.
    TagPolicyException,
    /// `ThrottlingException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `TooManyTagsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTagsException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// `InternalServerException`: HTTP 500; retry: backoff; category: internal.
    /// An internal server error occurred.
    InternalServerException,
    /// `ServiceQuotaExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 18] = [
        "AccessDeniedException",
        "ConflictException",
        "InvalidArgsException",
        "InvalidArnException",
        "InvalidDomainValidationOptionsException",
        "InvalidParameterException",
        "InvalidStateException",
        "InvalidTagException",
        "LimitExceededException",
        "RequestInProgressException",
        "ResourceInUseException",
        "ResourceNotFoundException",
        "TagPolicyException",
        "ThrottlingException",
        "TooManyTagsException",
        "ValidationException",
        "InternalServerException",
        "ServiceQuotaExceededException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.The request conflicts with the current state of the resource.Invalid args.Invalid arn.Invalid domain validation options.Invalid parameter.Invalid state.Invalid tag.Limit exceeded.Request in progress.Resource in use.Resource not found.Tag policy.The request was throttled.Too many tags.The request failed validation.An internal server error occurred.Service quota exceeded.",
        ends: &[
            0, 14, 75, 88, 100, 134, 152, 166, 178, 193, 213, 229, 248, 259, 285, 299,
            329, 363, 386,
        ],
    };
    static STATUSES: [u16; 18] = [
        403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        500, 400,
    ];
    static STATUS_ENDS: [u32; 19] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
    ];
    static RETRY: [::cloud_errors::Retry; 18] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaabaaaabaaba",
    );
    static CATEGORY: [::cloud_errors::Category; 18] = ::cloud_errors::__private::category_column(
        b"gccccccchcccchccmc",
    );
    static PILOTS: [u16; 5] = [3, 12, 6, 4, 2];
    static SLOTS: [(&str, u32); 20] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            1, 12, 8, 4294967295, 4294967295, 0, 17, 2, 13, 3, 15, 14, 11, 5, 16, 4, 7,
            10, 6, 9,
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
    const PROVIDER: &'static str = "AWS ACM";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS ACM's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS ACM: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
