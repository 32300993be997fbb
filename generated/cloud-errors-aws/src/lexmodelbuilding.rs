// @generated from catalogs/aws/lexmodelbuilding.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Lex Model Building Service: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Lex Model Building Service: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `BadRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Bad request.
    BadRequestException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `InternalFailureException`: HTTP 500; retry: backoff; category: internal.
    /// An internal failure occurred.
    InternalFailureException,
    /// `LimitExceededException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `NotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Not found.
    NotFoundException,
    /// `PreconditionFailedException`: HTTP 412; retry: never; category: failed_precondition.
    /// Precondition failed.
    PreconditionFailedException,
    /// `ResourceInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use.
    ResourceInUseException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 8] = [
        "AccessDeniedException",
        "BadRequestException",
        "ConflictException",
        "InternalFailureException",
        "LimitExceededException",
        "NotFoundException",
        "PreconditionFailedException",
        "ResourceInUseException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Bad request.The request conflicts with the current state of the resource.An internal failure occurred.Limit exceeded.Not found.Precondition failed.Resource in use.",
        ends: &[0, 14, 26, 87, 116, 131, 141, 161, 177],
    };
    static STATUSES: [u16; 8] = [403, 400, 409, 500, 429, 404, 412, 400];
    static STATUS_ENDS: [u32; 9] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
    static RETRY: [::cloud_errors::Retry; 8] = ::cloud_errors::__private::retry_column(
        b"aaabbaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 8] = ::cloud_errors::__private::category_column(
        b"gcjmheic",
    );
    static PILOTS: [u16; 2] = [72, 534];
    static SLOTS: [(&str, u32); 8] = ::cloud_errors::__private::slots(
        &CODES,
        &[2, 4, 5, 0, 1, 7, 3, 6],
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
    const PROVIDER: &'static str = "AWS Lex Model Building Service";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS Lex Model Building Service's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Lex Model Building Service: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
