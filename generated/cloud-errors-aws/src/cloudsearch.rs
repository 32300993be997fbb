// @generated from catalogs/aws/cloudsearch.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS CloudSearch: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsQuery`](cloud_errors::envelopes::AwsQuery) (`aws_query`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS CloudSearch: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `BaseException`: HTTP 400; retry: never; category: invalid_argument.
    /// The service could not process the request.
    BaseException,
    /// `DisabledAction`: HTTP 409; retry: never; category: aborted.
    /// Disabled action.
    DisabledAction,
    /// `InternalException`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalException,
    /// `InvalidType`: HTTP 409; retry: never; category: aborted.
    /// Invalid type.
    InvalidType,
    /// `LimitExceeded`: HTTP 409; retry: never; category: aborted.
    /// Limit exceeded.
    LimitExceeded,
    /// `ResourceAlreadyExists`: HTTP 409; retry: never; category: aborted.
    /// Resource already exists.
    ResourceAlreadyExists,
    /// `ResourceNotFound`: HTTP 409; retry: never; category: aborted.
    /// Resource not found.
    ResourceNotFound,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 8] = [
        "BaseException",
        "DisabledAction",
        "InternalException",
        "InvalidType",
        "LimitExceeded",
        "ResourceAlreadyExists",
        "ResourceNotFound",
        "ValidationException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The service could not process the request.Disabled action.An internal error occurred.Invalid type.Limit exceeded.Resource already exists.Resource not found.The request failed validation.",
        ends: &[0, 42, 58, 85, 98, 113, 137, 156, 186],
    };
    static STATUSES: [u16; 8] = [400, 409, 500, 409, 409, 409, 409, 400];
    static STATUS_ENDS: [u32; 9] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
    static RETRY: [::cloud_errors::Retry; 8] = ::cloud_errors::__private::retry_column(
        b"aabaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 8] = ::cloud_errors::__private::category_column(
        b"cjmjjjjc",
    );
    static PILOTS: [u16; 2] = [29, 408];
    static SLOTS: [(&str, u32); 8] = ::cloud_errors::__private::slots(
        &CODES,
        &[7, 3, 6, 4, 0, 1, 2, 5],
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
    const PROVIDER: &'static str = "AWS CloudSearch";
    type Envelope = ::cloud_errors::envelopes::AwsQuery;
    /// The retry defaults of AWS CloudSearch's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS CloudSearch: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
