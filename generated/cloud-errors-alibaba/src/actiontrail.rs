// @generated from catalogs/alibaba/actiontrail.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Actiontrail: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Actiontrail: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `TrailNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Trail not found exception.
    TrailNotFoundException,
    /// `InvalidDeliveryConfigurationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid delivery configuration exception.
    InvalidDeliveryConfigurationException,
    /// `InvalidPrefixException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid prefix exception.
    InvalidPrefixException,
    /// `InvalidQueryParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid query parameter.
    InvalidQueryParameter,
    /// `InvalidTrailNameException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid trail name exception.
    InvalidTrailNameException,
    /// `RepeatOssBucket`: HTTP 400; retry: never; category: invalid_argument.
    /// Repeat oss bucket.
    RepeatOssBucket,
    /// `SlsProjectDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Sls project does not exist exception.
    SlsProjectDoesNotExistException,
    /// `TrailAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Trail already exists exception.
    TrailAlreadyExistsException,
    /// `MaximumNumberOfOrganizationTrailExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Maximum number of organization trail exceeded.
    MaximumNumberOfOrganizationTrailExceeded,
    /// `NotAllowCreateOrganizationTrail`: HTTP 400; retry: never; category: invalid_argument.
    /// Not allow create organization trail.
    NotAllowCreateOrganizationTrail,
    /// `InsufficientBucketPolicyException`: HTTP 403; retry: never; category: permission_denied.
    /// Insufficient bucket policy exception.
    InsufficientBucketPolicyException,
    /// `InsufficientSlsPolicyException`: HTTP 403; retry: never; category: permission_denied.
    /// Insufficient sls policy exception.
    InsufficientSlsPolicyException,
    /// `MaximumNumberOfTrailsExceededException`: HTTP 403; retry: never; category: permission_denied.
    /// Maximum number of trails exceeded exception.
    MaximumNumberOfTrailsExceededException,
    /// `BucketDoesNotExistException`: HTTP 404; retry: never; category: not_found.
    /// Bucket does not exist exception.
    BucketDoesNotExistException,
    /// `ServiceUnavailable`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailable,
    /// `InsightTypeNotAvailable`: HTTP 400; retry: never; category: invalid_argument.
    /// Insight type not available.
    InsightTypeNotAvailable,
    /// `IncompleteSignature`: HTTP 400; retry: never; category: invalid_argument.
    /// Incomplete signature.
    IncompleteSignature,
    /// `InvalidParameterCombination`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter combination.
    InvalidParameterCombination,
    /// `InvalidParameterEndTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter end time.
    InvalidParameterEndTime,
    /// `InvalidParameterStartTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter start time.
    InvalidParameterStartTime,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 20] = [
        "TrailNotFoundException",
        "InvalidDeliveryConfigurationException",
        "InvalidPrefixException",
        "InvalidQueryParameter",
        "InvalidTrailNameException",
        "RepeatOssBucket",
        "SlsProjectDoesNotExistException",
        "TrailAlreadyExistsException",
        "MaximumNumberOfOrganizationTrailExceeded",
        "NotAllowCreateOrganizationTrail",
        "InsufficientBucketPolicyException",
        "InsufficientSlsPolicyException",
        "MaximumNumberOfTrailsExceededException",
        "BucketDoesNotExistException",
        "ServiceUnavailable",
        "InsightTypeNotAvailable",
        "IncompleteSignature",
        "InvalidParameterCombination",
        "InvalidParameterEndTime",
        "InvalidParameterStartTime",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Trail not found exception.Invalid delivery configuration exception.Invalid prefix exception.Invalid query parameter.Invalid trail name exception.Repeat oss bucket.Sls project does not exist exception.Trail already exists exception.Maximum number of organization trail exceeded.Not allow create organization trail.Insufficient bucket policy exception.Insufficient sls policy exception.Maximum number of trails exceeded exception.Bucket does not exist exception.The service is unavailable.Insight type not available.Incomplete signature.Invalid parameter combination.Invalid parameter end time.Invalid parameter start time.",
        ends: &[
            0, 26, 67, 92, 116, 145, 163, 200, 231, 277, 313, 350, 384, 428, 460, 487,
            514, 535, 565, 592, 621,
        ],
    };
    static STATUSES: [u16; 20] = [
        404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 403, 403, 404, 503, 400,
        400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 21] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
    ];
    static RETRY: [::cloud_errors::Retry; 20] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaabaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 20] = ::cloud_errors::__private::category_column(
        b"ecccccccccgggenccccc",
    );
    static PILOTS: [u16; 5] = [5, 28, 14, 29, 10];
    static SLOTS: [(&str, u32); 22] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            19, 8, 3, 0, 4294967295, 11, 6, 9, 10, 12, 2, 5, 17, 16, 1, 14, 15, 18,
            4294967295, 13, 7, 4,
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
    ::cloud_errors::__private::impl_code!(
        unsafe impl Code, ::cloud_errors::alibaba::Code
    );
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Alibaba Cloud Actiontrail";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Actiontrail's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Actiontrail: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
