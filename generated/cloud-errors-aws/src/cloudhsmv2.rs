// @generated from catalogs/aws/cloudhsmv2.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS CloudHSM V2: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsCbor`](cloud_errors::envelopes::AwsCbor) (`aws_cbor`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS CloudHSM V2: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `CloudHsmAccessDeniedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cloud hsm access denied.
    CloudHsmAccessDeniedException,
    /// `CloudHsmInternalFailureException`: HTTP 500; retry: backoff; category: internal.
    /// Cloud hsm internal failure.
    CloudHsmInternalFailureException,
    /// `CloudHsmInvalidRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cloud hsm invalid request.
    CloudHsmInvalidRequestException,
    /// `CloudHsmResourceLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cloud hsm resource limit exceeded.
    CloudHsmResourceLimitExceededException,
    /// `CloudHsmResourceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cloud hsm resource not found.
    CloudHsmResourceNotFoundException,
    /// `CloudHsmServiceException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cloud hsm service.
    CloudHsmServiceException,
    /// `CloudHsmTagException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cloud hsm tag.
    CloudHsmTagException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 7] = [
        "CloudHsmAccessDeniedException",
        "CloudHsmInternalFailureException",
        "CloudHsmInvalidRequestException",
        "CloudHsmResourceLimitExceededException",
        "CloudHsmResourceNotFoundException",
        "CloudHsmServiceException",
        "CloudHsmTagException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Cloud hsm access denied.Cloud hsm internal failure.Cloud hsm invalid request.Cloud hsm resource limit exceeded.Cloud hsm resource not found.Cloud hsm service.Cloud hsm tag.",
        ends: &[0, 24, 51, 77, 111, 140, 158, 172],
    };
    static STATUSES: [u16; 7] = [400, 500, 400, 400, 400, 400, 400];
    static STATUS_ENDS: [u32; 8] = [0, 1, 2, 3, 4, 5, 6, 7];
    static RETRY: [::cloud_errors::Retry; 7] = ::cloud_errors::__private::retry_column(
        b"abaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 7] = ::cloud_errors::__private::category_column(
        b"cmccccc",
    );
    static PILOTS: [u16; 2] = [0, 260];
    static SLOTS: [(&str, u32); 7] = ::cloud_errors::__private::slots(
        &CODES,
        &[3, 0, 4, 1, 2, 5, 6],
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
    const PROVIDER: &'static str = "AWS CloudHSM V2";
    type Envelope = ::cloud_errors::envelopes::AwsCbor;
    /// The retry defaults of AWS CloudHSM V2's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS CloudHSM V2: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
