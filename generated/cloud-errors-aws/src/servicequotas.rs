// @generated from catalogs/aws/servicequotas.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Service Quotas: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Service Quotas: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AWSServiceAccessNotEnabledException`: HTTP 403; retry: never; category: permission_denied.
    /// AWS service access not enabled.
    AwsServiceAccessNotEnabledException,
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `DependencyAccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Dependency access denied.
    DependencyAccessDeniedException,
    /// `IllegalArgumentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal argument.
    IllegalArgumentException,
    /// `InvalidPaginationTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pagination token.
    InvalidPaginationTokenException,
    /// `InvalidResourceStateException`: HTTP 405; retry: never; category: failed_precondition.
    /// Invalid resource state.
    InvalidResourceStateException,
    /// `NoAvailableOrganizationException`: HTTP 403; retry: never; category: permission_denied.
    /// No available organization.
    NoAvailableOrganizationException,
    /// `NoSuchResourceException`: HTTP 404; retry: never; category: not_found.
    /// No such resource.
    NoSuchResourceException,
    /// `OrganizationNotInAllFeaturesModeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Organization not in all features mode.
    OrganizationNotInAllFeaturesModeException,
    /// `QuotaExceededException`: HTTP 409; retry: never; category: aborted.
    /// Quota exceeded.
    QuotaExceededException,
    /// `ResourceAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already exists.
    ResourceAlreadyExistsException,
    /// `ServiceException`: HTTP 500; retry: backoff; category: internal.
    /// The service encountered an error.
    ServiceException,
    /// `ServiceQuotaTemplateNotInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Service quota template not in use.
    ServiceQuotaTemplateNotInUseException,
    /// `TagPolicyViolationException`: HTTP 401; retry: never; category: unauthenticated.
    /// Tag policy violation.
    TagPolicyViolationException,
    /// `TemplatesNotAvailableInRegionException`: HTTP 404; retry: never; category: not_found.
    /// Templates not available in region.
    TemplatesNotAvailableInRegionException,
    /// `TooManyRequestsException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Too many requests.
    TooManyRequestsException,
    /// `TooManyTagsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTagsException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 17] = [
        "AWSServiceAccessNotEnabledException",
        "AccessDeniedException",
        "DependencyAccessDeniedException",
        "IllegalArgumentException",
        "InvalidPaginationTokenException",
        "InvalidResourceStateException",
        "NoAvailableOrganizationException",
        "NoSuchResourceException",
        "OrganizationNotInAllFeaturesModeException",
        "QuotaExceededException",
        "ResourceAlreadyExistsException",
        "ServiceException",
        "ServiceQuotaTemplateNotInUseException",
        "TagPolicyViolationException",
        "TemplatesNotAvailableInRegionException",
        "TooManyRequestsException",
        "TooManyTagsException",
    ];
    static NAME_CODES: [u32; 1] = [0];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "AwsServiceAccessNotEnabledException",
        ends: &[0, 35],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "AWS service access not enabled.Access denied.Dependency access denied.Illegal argument.Invalid pagination token.Invalid resource state.No available organization.No such resource.Organization not in all features mode.Quota exceeded.Resource already exists.The service encountered an error.Service quota template not in use.Tag policy violation.Templates not available in region.Too many requests.Too many tags.",
        ends: &[
            0, 31, 45, 70, 87, 112, 135, 161, 178, 216, 231, 255, 288, 322, 343, 377,
            395, 409,
        ],
    };
    static STATUSES: [u16; 17] = [
        403, 403, 403, 400, 400, 405, 403, 404, 400, 409, 400, 500, 400, 401, 404, 429,
        400,
    ];
    static STATUS_ENDS: [u32; 18] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
    ];
    static RETRY: [::cloud_errors::Retry; 17] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaabaaaba",
    );
    static CATEGORY: [::cloud_errors::Category; 17] = ::cloud_errors::__private::category_column(
        b"gggccigecjcmcpehc",
    );
    static PILOTS: [u16; 5] = [1, 3, 0, 535, 4];
    static SLOTS: [(&str, u32); 18] = ::cloud_errors::__private::slots(
        &CODES,
        &[16, 6, 1, 13, 10, 12, 15, 14, 0, 4, 11, 5, 7, 3, 9, 8, 2, 4294967295],
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
    const PROVIDER: &'static str = "AWS Service Quotas";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS Service Quotas's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Service Quotas: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
