// @generated from catalogs/aws/kinesisvideoarchivedmedia.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Kinesis Video Archived Media: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Kinesis Video Archived Media: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ClientLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Client limit exceeded.
    ClientLimitExceededException,
    /// `InvalidArgumentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid argument.
    InvalidArgumentException,
    /// `InvalidCodecPrivateDataException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid codec private data.
    InvalidCodecPrivateDataException,
    /// `InvalidMediaFrameException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid media frame.
    InvalidMediaFrameException,
    /// `MissingCodecPrivateDataException`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing codec private data.
    MissingCodecPrivateDataException,
    /// `NoDataRetentionException`: HTTP 400; retry: never; category: invalid_argument.
    /// No data retention.
    NoDataRetentionException,
    /// `NotAuthorizedException`: HTTP 401; retry: never; category: unauthenticated.
    /// Not authorized.
    NotAuthorizedException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `UnsupportedStreamMediaTypeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported stream media type.
    UnsupportedStreamMediaTypeException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 9] = [
        "ClientLimitExceededException",
        "InvalidArgumentException",
        "InvalidCodecPrivateDataException",
        "InvalidMediaFrameException",
        "MissingCodecPrivateDataException",
        "NoDataRetentionException",
        "NotAuthorizedException",
        "ResourceNotFoundException",
        "UnsupportedStreamMediaTypeException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Client limit exceeded.Invalid argument.Invalid codec private data.Invalid media frame.Missing codec private data.No data retention.Not authorized.Resource not found.Unsupported stream media type.",
        ends: &[0, 22, 39, 66, 86, 113, 131, 146, 165, 195],
    };
    static STATUSES: [u16; 9] = [400, 400, 400, 400, 400, 400, 401, 404, 400];
    static STATUS_ENDS: [u32; 10] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    static RETRY: [::cloud_errors::Retry; 9] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 9] = ::cloud_errors::__private::category_column(
        b"ccccccpec",
    );
    static PILOTS: [u16; 3] = [11, 0, 4];
    static SLOTS: [(&str, u32); 10] = ::cloud_errors::__private::slots(
        &CODES,
        &[8, 1, 7, 5, 6, 4, 2, 4294967295, 3, 0],
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
    const PROVIDER: &'static str = "AWS Kinesis Video Archived Media";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS Kinesis Video Archived Media's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Kinesis Video Archived Media: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
