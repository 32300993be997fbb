// @generated from catalogs/aws/osis.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS OSIS: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS OSIS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `DisabledOperationException`: HTTP 409; retry: never; category: aborted.
    /// Disabled operation.
    DisabledOperationException,
    /// `InternalException`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalException,
    /// `InvalidPaginationTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pagination token.
    InvalidPaginationTokenException,
    /// `LimitExceededException`: HTTP 409; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `ResourceAlreadyExistsException`: HTTP 409; retry: never; category: aborted.
    /// Resource already exists.
    ResourceAlreadyExistsException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 9] = [
        "AccessDeniedException",
        "ConflictException",
        "DisabledOperationException",
        "InternalException",
        "InvalidPaginationTokenException",
        "LimitExceededException",
        "ResourceAlreadyExistsException",
        "ResourceNotFoundException",
        "ValidationException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.The request conflicts with the current state of the resource.Disabled operation.An internal error occurred.Invalid pagination token.Limit exceeded.Resource already exists.Resource not found.The request failed validation.",
        ends: &[0, 14, 75, 94, 121, 146, 161, 185, 204, 234],
    };
    static STATUSES: [u16; 9] = [403, 409, 409, 500, 400, 409, 409, 404, 400];
    static STATUS_ENDS: [u32; 10] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    static RETRY: [::cloud_errors::Retry; 9] = ::cloud_errors::__private::retry_column(
        b"aaababaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 9] = ::cloud_errors::__private::category_column(
        b"gjjmchjec",
    );
    static PILOTS: [u16; 3] = [0, 17, 0];
    static SLOTS: [(&str, u32); 10] = ::cloud_errors::__private::slots(
        &CODES,
        &[7, 0, 4, 6, 3, 1, 8, 4294967295, 5, 2],
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
    const PROVIDER: &'static str = "AWS OSIS";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS OSIS's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS OSIS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
