// @generated from catalogs/aws/swf.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS SWF: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS SWF: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `DefaultUndefinedFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Default undefined.
    DefaultUndefinedFault,
    /// `DomainAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain already exists.
    DomainAlreadyExistsFault,
    /// `DomainDeprecatedFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain deprecated.
    DomainDeprecatedFault,
    /// `LimitExceededFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Limit exceeded.
    LimitExceededFault,
    /// `OperationNotPermittedFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation not permitted.
    OperationNotPermittedFault,
    /// `TooManyTagsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTagsFault,
    /// `TypeAlreadyExistsFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Type already exists.
    TypeAlreadyExistsFault,
    /// `TypeDeprecatedFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Type deprecated.
    TypeDeprecatedFault,
    /// `TypeNotDeprecatedFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Type not deprecated.
    TypeNotDeprecatedFault,
    /// `UnknownResourceFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Unknown resource.
    UnknownResourceFault,
    /// `WorkflowExecutionAlreadyStartedFault`: HTTP 400; retry: never; category: invalid_argument.
    /// Workflow execution already started.
    WorkflowExecutionAlreadyStartedFault,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 11] = [
        "DefaultUndefinedFault",
        "DomainAlreadyExistsFault",
        "DomainDeprecatedFault",
        "LimitExceededFault",
        "OperationNotPermittedFault",
        "TooManyTagsFault",
        "TypeAlreadyExistsFault",
        "TypeDeprecatedFault",
        "TypeNotDeprecatedFault",
        "UnknownResourceFault",
        "WorkflowExecutionAlreadyStartedFault",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Default undefined.Domain already exists.Domain deprecated.Limit exceeded.Operation not permitted.Too many tags.Type already exists.Type deprecated.Type not deprecated.Unknown resource.Workflow execution already started.",
        ends: &[0, 18, 40, 58, 73, 97, 111, 131, 147, 167, 184, 219],
    };
    static STATUSES: [u16; 11] = [400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400];
    static STATUS_ENDS: [u32; 12] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    static RETRY: [::cloud_errors::Retry; 11] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 11] = ::cloud_errors::__private::category_column(
        b"ccccccccccc",
    );
    static PILOTS: [u16; 3] = [11, 4, 4];
    static SLOTS: [(&str, u32); 12] = ::cloud_errors::__private::slots(
        &CODES,
        &[6, 4294967295, 1, 0, 10, 8, 7, 5, 9, 2, 4, 3],
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
    const PROVIDER: &'static str = "AWS SWF";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS SWF's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS SWF: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
