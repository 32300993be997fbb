// @generated from catalogs/aws/elasticbeanstalk.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Elastic Beanstalk: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsQuery`](cloud_errors::envelopes::AwsQuery) (`aws_query`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Elastic Beanstalk: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `CodeBuildNotInServiceRegionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Code build not in service region.
    CodeBuildNotInServiceRegionException,
    /// `ElasticBeanstalkServiceException`: HTTP 400; retry: never; category: invalid_argument.
    /// Elastic beanstalk service.
    ElasticBeanstalkServiceException,
    /// `InsufficientPrivilegesException`: HTTP 403; retry: never; category: permission_denied.
    /// Insufficient privileges.
    InsufficientPrivilegesException,
    /// `InvalidRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequestException,
    /// `ManagedActionInvalidStateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Managed action invalid state.
    ManagedActionInvalidStateException,
    /// `OperationInProgressFailure`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation in progress failure.
    OperationInProgressFailure,
    /// `PlatformVersionStillReferencedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Platform version still referenced.
    PlatformVersionStillReferencedException,
    /// `ResourceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ResourceTypeNotSupportedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource type not supported.
    ResourceTypeNotSupportedException,
    /// `S3LocationNotInServiceRegionException`: HTTP 400; retry: never; category: invalid_argument.
    /// S3 location not in service region.
    S3LocationNotInServiceRegionException,
    /// `S3SubscriptionRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// S3 subscription required.
    S3SubscriptionRequiredException,
    /// `SourceBundleDeletionFailure`: HTTP 400; retry: never; category: invalid_argument.
    /// Source bundle deletion failure.
    SourceBundleDeletionFailure,
    /// `TooManyApplicationVersionsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many application versions.
    TooManyApplicationVersionsException,
    /// `TooManyApplicationsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many applications.
    TooManyApplicationsException,
    /// `TooManyBucketsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many buckets.
    TooManyBucketsException,
    /// `TooManyConfigurationTemplatesException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many configuration templates.
    TooManyConfigurationTemplatesException,
    /// `TooManyEnvironmentsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many environments.
    TooManyEnvironmentsException,
    /// `TooManyPlatformsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many platforms.
    TooManyPlatformsException,
    /// `TooManyTagsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTagsException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 19] = [
        "CodeBuildNotInServiceRegionException",
        "ElasticBeanstalkServiceException",
        "InsufficientPrivilegesException",
        "InvalidRequestException",
        "ManagedActionInvalidStateException",
        "OperationInProgressFailure",
        "PlatformVersionStillReferencedException",
        "ResourceNotFoundException",
        "ResourceTypeNotSupportedException",
        "S3LocationNotInServiceRegionException",
        "S3SubscriptionRequiredException",
        "SourceBundleDeletionFailure",
        "TooManyApplicationVersionsException",
        "TooManyApplicationsException",
        "TooManyBucketsException",
        "TooManyConfigurationTemplatesException",
        "TooManyEnvironmentsException",
        "TooManyPlatformsException",
        "TooManyTagsException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Code build not in service region.Elastic beanstalk service.Insufficient privileges.Invalid request.Managed action invalid state.Operation in progress failure.Platform version still referenced.Resource not found.Resource type not supported.S3 location not in service region.S3 subscription required.Source bundle deletion failure.Too many application versions.Too many applications.Too many buckets.Too many configuration templates.Too many environments.Too many platforms.Too many tags.",
        ends: &[
            0, 33, 59, 83, 99, 128, 158, 192, 211, 239, 273, 298, 329, 359, 381, 398,
            431, 453, 472, 486,
        ],
    };
    static STATUSES: [u16; 19] = [
        400, 400, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 20] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
    ];
    static RETRY: [::cloud_errors::Retry; 19] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 19] = ::cloud_errors::__private::category_column(
        b"ccgcccccccccccccccc",
    );
    static PILOTS: [u16; 5] = [3, 167, 17, 4, 0];
    static SLOTS: [(&str, u32); 21] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            5, 7, 6, 14, 17, 10, 0, 1, 4294967295, 2, 3, 4, 18, 13, 15, 12, 11,
            4294967295, 16, 9, 8,
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
    const PROVIDER: &'static str = "AWS Elastic Beanstalk";
    type Envelope = ::cloud_errors::envelopes::AwsQuery;
    /// The retry defaults of AWS Elastic Beanstalk's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Elastic Beanstalk: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
