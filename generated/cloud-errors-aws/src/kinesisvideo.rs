// @generated from catalogs/aws/kinesisvideo.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Kinesis Video: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Kinesis Video: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 401; retry: never; category: unauthenticated.
    /// Access denied.
    AccessDeniedException,
    /// `AccountChannelLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Account channel limit exceeded.
    AccountChannelLimitExceededException,
    /// `AccountStreamLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Account stream limit exceeded.
    AccountStreamLimitExceededException,
    /// `ClientLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Client limit exceeded.
    ClientLimitExceededException,
    /// `DeviceStreamLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Device stream limit exceeded.
    DeviceStreamLimitExceededException,
    /// `InvalidArgumentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid argument.
    InvalidArgumentException,
    /// `InvalidDeviceException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid device.
    InvalidDeviceException,
    /// `InvalidResourceFormatException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource format.
    InvalidResourceFormatException,
    /// `NoDataRetentionException`: HTTP 400; retry: never; category: invalid_argument.
    /// No data retention.
    NoDataRetentionException,
    /// `NotAuthorizedException`: HTTP 401; retry: never; category: unauthenticated.
    /// Not authorized.
    NotAuthorizedException,
    /// `ResourceInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use.
    ResourceInUseException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `StreamEdgeConfigurationNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Stream edge configuration not found.
    StreamEdgeConfigurationNotFoundException,
    /// `TagsPerResourceExceededLimitException`: HTTP 400; retry: never; category: invalid_argument.
    /// Tags per resource exceeded limit.
    TagsPerResourceExceededLimitException,
    /// `VersionMismatchException`: HTTP 400; retry: never; category: invalid_argument.
    /// Version mismatch.
    VersionMismatchException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 15] = [
        "AccessDeniedException",
        "AccountChannelLimitExceededException",
        "AccountStreamLimitExceededException",
        "ClientLimitExceededException",
        "DeviceStreamLimitExceededException",
        "InvalidArgumentException",
        "InvalidDeviceException",
        "InvalidResourceFormatException",
        "NoDataRetentionException",
        "NotAuthorizedException",
        "ResourceInUseException",
        "ResourceNotFoundException",
        "StreamEdgeConfigurationNotFoundException",
        "TagsPerResourceExceededLimitException",
        "VersionMismatchException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Account channel limit exceeded.Account stream limit exceeded.Client limit exceeded.Device stream limit exceeded.Invalid argument.Invalid device.Invalid resource format.No data retention.Not authorized.Resource in use.Resource not found.Stream edge configuration not found.Tags per resource exceeded limit.Version mismatch.",
        ends: &[0, 14, 45, 75, 97, 126, 143, 158, 182, 200, 215, 231, 250, 286, 319, 336],
    };
    static STATUSES: [u16; 15] = [
        401, 400, 400, 400, 400, 400, 400, 400, 400, 401, 400, 404, 404, 400, 400,
    ];
    static STATUS_ENDS: [u32; 16] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    ];
    static RETRY: [::cloud_errors::Retry; 15] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 15] = ::cloud_errors::__private::category_column(
        b"pccccccccpceecc",
    );
    static PILOTS: [u16; 4] = [0, 2, 17, 285];
    static SLOTS: [(&str, u32); 16] = ::cloud_errors::__private::slots(
        &CODES,
        &[14, 11, 2, 4294967295, 4, 1, 10, 12, 3, 5, 8, 13, 6, 0, 7, 9],
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
    const PROVIDER: &'static str = "AWS Kinesis Video";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS Kinesis Video's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Kinesis Video: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
