// @generated from catalogs/aws/cloudtraildata.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS CloudTrail Data: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS CloudTrail Data: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ChannelInsufficientPermission`: HTTP 400; retry: never; category: invalid_argument.
    /// Channel insufficient permission.
    ChannelInsufficientPermission,
    /// `ChannelNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Channel not found.
    ChannelNotFound,
    /// `ChannelUnsupportedSchema`: HTTP 400; retry: never; category: invalid_argument.
    /// Channel unsupported schema.
    ChannelUnsupportedSchema,
    /// `DuplicatedAuditEventId`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated audit event id.
    DuplicatedAuditEventId,
    /// `InvalidChannelARN`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid channel ARN.
    InvalidChannelArn,
    /// `UnsupportedOperationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported operation.
    UnsupportedOperationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 6] = [
        "ChannelInsufficientPermission",
        "ChannelNotFound",
        "ChannelUnsupportedSchema",
        "DuplicatedAuditEventId",
        "InvalidChannelARN",
        "UnsupportedOperationException",
    ];
    static NAME_CODES: [u32; 1] = [4];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidChannelArn",
        ends: &[0, 17],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Channel insufficient permission.Channel not found.Channel unsupported schema.Duplicated audit event id.Invalid channel ARN.Unsupported operation.",
        ends: &[0, 32, 50, 77, 103, 123, 145],
    };
    static STATUSES: [u16; 6] = [400, 400, 400, 400, 400, 400];
    static STATUS_ENDS: [u32; 7] = [0, 1, 2, 3, 4, 5, 6];
    static RETRY: [::cloud_errors::Retry; 6] = ::cloud_errors::__private::retry_column(
        b"aaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 6] = ::cloud_errors::__private::category_column(
        b"cccccc",
    );
    static PILOTS: [u16; 2] = [2050, 6];
    static SLOTS: [(&str, u32); 6] = ::cloud_errors::__private::slots(
        &CODES,
        &[2, 1, 0, 4, 3, 5],
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
    const PROVIDER: &'static str = "AWS CloudTrail Data";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS CloudTrail Data's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS CloudTrail Data: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
