// @generated from catalogs/aws/importexport.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS ImportExport: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsQuery`](cloud_errors::envelopes::AwsQuery) (`aws_query`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS ImportExport: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `BucketPermissionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Bucket permission.
    BucketPermissionException,
    /// `CanceledJobIdException`: HTTP 400; retry: never; category: invalid_argument.
    /// Canceled job id.
    CanceledJobIdException,
    /// `CreateJobQuotaExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Create job quota exceeded.
    CreateJobQuotaExceededException,
    /// `ExpiredJobIdException`: HTTP 400; retry: never; category: invalid_argument.
    /// Expired job id.
    ExpiredJobIdException,
    /// `InvalidAccessKeyIdException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid access key id.
    InvalidAccessKeyIdException,
    /// `InvalidAddressException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid address.
    InvalidAddressException,
    /// `InvalidCustomsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid customs.
    InvalidCustomsException,
    /// `InvalidFileSystemException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid file system.
    InvalidFileSystemException,
    /// `InvalidJobIdException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid job id.
    InvalidJobIdException,
    /// `InvalidManifestFieldException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid manifest field.
    InvalidManifestFieldException,
    /// `InvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameterException,
    /// `InvalidVersionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid version.
    InvalidVersionException,
    /// `MalformedManifestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Malformed manifest.
    MalformedManifestException,
    /// `MissingCustomsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing customs.
    MissingCustomsException,
    /// `MissingManifestFieldException`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing manifest field.
    MissingManifestFieldException,
    /// `MissingParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing parameter.
    MissingParameterException,
    /// `MultipleRegionsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Multiple regions.
    MultipleRegionsException,
    /// `NoSuchBucketException`: HTTP 400; retry: never; category: invalid_argument.
    /// No such bucket.
    NoSuchBucketException,
    /// `UnableToCancelJobIdException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unable to cancel job id.
    UnableToCancelJobIdException,
    /// `UnableToUpdateJobIdException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unable to update job id.
    UnableToUpdateJobIdException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 20] = [
        "BucketPermissionException",
        "CanceledJobIdException",
        "CreateJobQuotaExceededException",
        "ExpiredJobIdException",
        "InvalidAccessKeyIdException",
        "InvalidAddressException",
        "InvalidCustomsException",
        "InvalidFileSystemException",
        "InvalidJobIdException",
        "InvalidManifestFieldException",
        "InvalidParameterException",
        "InvalidVersionException",
        "MalformedManifestException",
        "MissingCustomsException",
        "MissingManifestFieldException",
        "MissingParameterException",
        "MultipleRegionsException",
        "NoSuchBucketException",
        "UnableToCancelJobIdException",
        "UnableToUpdateJobIdException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Bucket permission.Canceled job id.Create job quota exceeded.Expired job id.Invalid access key id.Invalid address.Invalid customs.Invalid file system.Invalid job id.Invalid manifest field.Invalid parameter.Invalid version.Malformed manifest.Missing customs.Missing manifest field.Missing parameter.Multiple regions.No such bucket.Unable to cancel job id.Unable to update job id.",
        ends: &[
            0, 18, 34, 60, 75, 97, 113, 129, 149, 164, 187, 205, 221, 240, 256, 279, 297,
            314, 329, 353, 377,
        ],
    };
    static STATUSES: [u16; 20] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 21] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
    ];
    static RETRY: [::cloud_errors::Retry; 20] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 20] = ::cloud_errors::__private::category_column(
        b"cccccccccccccccccccc",
    );
    static PILOTS: [u16; 5] = [32, 10, 6, 0, 504];
    static SLOTS: [(&str, u32); 22] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            5, 14, 6, 4294967295, 3, 4294967295, 9, 15, 8, 10, 2, 4, 12, 18, 0, 19, 13,
            7, 11, 16, 17, 1,
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
    const PROVIDER: &'static str = "AWS ImportExport";
    type Envelope = ::cloud_errors::envelopes::AwsQuery;
    /// The retry defaults of AWS ImportExport's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS ImportExport: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
