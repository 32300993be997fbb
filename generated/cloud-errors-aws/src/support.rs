// @generated from catalogs/aws/support.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Support: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Support: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AttachmentIdNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Attachment id not found.
    AttachmentIdNotFound,
    /// `AttachmentLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Attachment limit exceeded.
    AttachmentLimitExceeded,
    /// `AttachmentSetExpired`: HTTP 400; retry: never; category: invalid_argument.
    /// Attachment set expired.
    AttachmentSetExpired,
    /// `AttachmentSetIdNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Attachment set id not found.
    AttachmentSetIdNotFound,
    /// `AttachmentSetSizeLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Attachment set size limit exceeded.
    AttachmentSetSizeLimitExceeded,
    /// `CaseCreationLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Case creation limit exceeded.
    CaseCreationLimitExceeded,
    /// `CaseIdNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Case id not found.
    CaseIdNotFound,
    /// `DescribeAttachmentLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Describe attachment limit exceeded.
    DescribeAttachmentLimitExceeded,
    /// `InternalServerError`: HTTP 500; retry: backoff; category: internal.
    /// Internal server error.
    InternalServerError,
    /// `ThrottlingException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `DryRunOperationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Dry run operation.
    DryRunOperationException,
    /// `UploadIdNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Upload id not found.
    UploadIdNotFound,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 12] = [
        "AttachmentIdNotFound",
        "AttachmentLimitExceeded",
        "AttachmentSetExpired",
        "AttachmentSetIdNotFound",
        "AttachmentSetSizeLimitExceeded",
        "CaseCreationLimitExceeded",
        "CaseIdNotFound",
        "DescribeAttachmentLimitExceeded",
        "InternalServerError",
        "ThrottlingException",
        "DryRunOperationException",
        "UploadIdNotFound",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Attachment id not found.Attachment limit exceeded.Attachment set expired.Attachment set id not found.Attachment set size limit exceeded.Case creation limit exceeded.Case id not found.Describe attachment limit exceeded.Internal server error.The request was throttled.Dry run operation.Upload id not found.",
        ends: &[0, 24, 50, 73, 101, 136, 165, 183, 218, 240, 266, 284, 304],
    };
    static STATUSES: [u16; 12] = [
        400, 400, 400, 400, 400, 400, 400, 400, 500, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 13] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    static RETRY: [::cloud_errors::Retry; 12] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaabbaa",
    );
    static CATEGORY: [::cloud_errors::Category; 12] = ::cloud_errors::__private::category_column(
        b"ccccccccmhcc",
    );
    static PILOTS: [u16; 3] = [84, 1, 0];
    static SLOTS: [(&str, u32); 13] = ::cloud_errors::__private::slots(
        &CODES,
        &[11, 4294967295, 2, 7, 0, 1, 6, 10, 4, 3, 5, 9, 8],
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
    const PROVIDER: &'static str = "AWS Support";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS Support's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Support: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
