// @generated from catalogs/aws/snowball.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Snowball: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsCbor`](cloud_errors::envelopes::AwsCbor) (`aws_cbor`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Snowball: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ClusterLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster limit exceeded.
    ClusterLimitExceededException,
    /// `ConflictException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `Ec2RequestFailedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Ec2 request failed.
    Ec2RequestFailedException,
    /// `InvalidAddressException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid address.
    InvalidAddressException,
    /// `InvalidInputCombinationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid input combination.
    InvalidInputCombinationException,
    /// `InvalidJobStateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid job state.
    InvalidJobStateException,
    /// `InvalidNextTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next token.
    InvalidNextTokenException,
    /// `InvalidResourceException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource.
    InvalidResourceException,
    /// `KMSRequestFailedException`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS request failed.
    KmsRequestFailedException,
    /// `ReturnShippingLabelAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Return shipping label already exists.
    ReturnShippingLabelAlreadyExistsException,
    /// `UnsupportedAddressException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported address.
    UnsupportedAddressException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 11] = [
        "ClusterLimitExceededException",
        "ConflictException",
        "Ec2RequestFailedException",
        "InvalidAddressException",
        "InvalidInputCombinationException",
        "InvalidJobStateException",
        "InvalidNextTokenException",
        "InvalidResourceException",
        "KMSRequestFailedException",
        "ReturnShippingLabelAlreadyExistsException",
        "UnsupportedAddressException",
    ];
    static NAME_CODES: [u32; 1] = [8];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "KmsRequestFailedException",
        ends: &[0, 25],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Cluster limit exceeded.The request conflicts with the current state of the resource.Ec2 request failed.Invalid address.Invalid input combination.Invalid job state.Invalid next token.Invalid resource.KMS request failed.Return shipping label already exists.Unsupported address.",
        ends: &[0, 23, 84, 103, 119, 145, 163, 182, 199, 218, 255, 275],
    };
    static STATUSES: [u16; 11] = [400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400];
    static STATUS_ENDS: [u32; 12] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    static RETRY: [::cloud_errors::Retry; 11] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 11] = ::cloud_errors::__private::category_column(
        b"ccccccccccc",
    );
    static PILOTS: [u16; 3] = [14, 4, 138];
    static SLOTS: [(&str, u32); 12] = ::cloud_errors::__private::slots(
        &CODES,
        &[2, 3, 9, 8, 5, 1, 4, 7, 10, 6, 4294967295, 0],
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
    const PROVIDER: &'static str = "AWS Snowball";
    type Envelope = ::cloud_errors::envelopes::AwsCbor;
    /// The retry defaults of AWS Snowball's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Snowball: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
