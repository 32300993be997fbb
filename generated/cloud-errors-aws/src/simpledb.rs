// @generated from catalogs/aws/simpledb.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS SimpleDB: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsQuery`](cloud_errors::envelopes::AwsQuery) (`aws_query`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS SimpleDB: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AttributeDoesNotExist`: HTTP 404; retry: never; category: not_found.
    /// Attribute does not exist.
    AttributeDoesNotExist,
    /// `DuplicateItemName`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate item name.
    DuplicateItemName,
    /// `InvalidNextToken`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next token.
    InvalidNextToken,
    /// `InvalidNumberPredicates`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid number predicates.
    InvalidNumberPredicates,
    /// `InvalidNumberValueTests`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid number value tests.
    InvalidNumberValueTests,
    /// `InvalidParameterValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter value.
    InvalidParameterValue,
    /// `InvalidQueryExpression`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid query expression.
    InvalidQueryExpression,
    /// `MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing parameter.
    MissingParameter,
    /// `NoSuchDomain`: HTTP 400; retry: never; category: invalid_argument.
    /// No such domain.
    NoSuchDomain,
    /// `NumberDomainAttributesExceeded`: HTTP 409; retry: never; category: aborted.
    /// Number domain attributes exceeded.
    NumberDomainAttributesExceeded,
    /// `NumberDomainBytesExceeded`: HTTP 409; retry: never; category: aborted.
    /// Number domain bytes exceeded.
    NumberDomainBytesExceeded,
    /// `NumberDomainsExceeded`: HTTP 409; retry: never; category: aborted.
    /// Number domains exceeded.
    NumberDomainsExceeded,
    /// `NumberItemAttributesExceeded`: HTTP 409; retry: never; category: aborted.
    /// Number item attributes exceeded.
    NumberItemAttributesExceeded,
    /// `NumberSubmittedAttributesExceeded`: HTTP 409; retry: never; category: aborted.
    /// Number submitted attributes exceeded.
    NumberSubmittedAttributesExceeded,
    /// `NumberSubmittedItemsExceeded`: HTTP 409; retry: never; category: aborted.
    /// Number submitted items exceeded.
    NumberSubmittedItemsExceeded,
    /// `RequestTimeout`: HTTP 408; retry: backoff; category: deadline_exceeded.
    /// Request timeout.
    RequestTimeout,
    /// `TooManyRequestedAttributes`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many requested attributes.
    TooManyRequestedAttributes,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 17] = [
        "AttributeDoesNotExist",
        "DuplicateItemName",
        "InvalidNextToken",
        "InvalidNumberPredicates",
        "InvalidNumberValueTests",
        "InvalidParameterValue",
        "InvalidQueryExpression",
        "MissingParameter",
        "NoSuchDomain",
        "NumberDomainAttributesExceeded",
        "NumberDomainBytesExceeded",
        "NumberDomainsExceeded",
        "NumberItemAttributesExceeded",
        "NumberSubmittedAttributesExceeded",
        "NumberSubmittedItemsExceeded",
        "RequestTimeout",
        "TooManyRequestedAttributes",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Attribute does not exist.Duplicate item name.Invalid next token.Invalid number predicates.Invalid number value tests.Invalid parameter value.Invalid query expression.Missing parameter.No such domain.Number domain attributes exceeded.Number domain bytes exceeded.Number domains exceeded.Number item attributes exceeded.Number submitted attributes exceeded.Number submitted items exceeded.Request timeout.Too many requested attributes.",
        ends: &[
            0, 25, 45, 64, 90, 117, 141, 166, 184, 199, 233, 262, 286, 318, 355, 387,
            403, 433,
        ],
    };
    static STATUSES: [u16; 17] = [
        404, 400, 400, 400, 400, 400, 400, 400, 400, 409, 409, 409, 409, 409, 409, 408,
        400,
    ];
    static STATUS_ENDS: [u32; 18] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
    ];
    static RETRY: [::cloud_errors::Retry; 17] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaba",
    );
    static CATEGORY: [::cloud_errors::Category; 17] = ::cloud_errors::__private::category_column(
        b"eccccccccjjjjjjdc",
    );
    static PILOTS: [u16; 5] = [70, 2, 86, 0, 13];
    static SLOTS: [(&str, u32); 18] = ::cloud_errors::__private::slots(
        &CODES,
        &[7, 15, 6, 3, 2, 4294967295, 10, 14, 5, 11, 1, 9, 8, 0, 16, 13, 12, 4],
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
    const PROVIDER: &'static str = "AWS SimpleDB";
    type Envelope = ::cloud_errors::envelopes::AwsQuery;
    /// The retry defaults of AWS SimpleDB's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS SimpleDB: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
