// @generated from catalogs/aws/ec2instanceconnect.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS EC2 Instance Connect: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS EC2 Instance Connect: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthException`: HTTP 403; retry: never; category: permission_denied.
    /// Auth.
    AuthException,
    /// `EC2InstanceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// EC2 instance not found.
    Ec2InstanceNotFoundException,
    /// `EC2InstanceStateInvalidException`: HTTP 400; retry: never; category: invalid_argument.
    /// EC2 instance state invalid.
    Ec2InstanceStateInvalidException,
    /// `EC2InstanceTypeInvalidException`: HTTP 400; retry: never; category: invalid_argument.
    /// EC2 instance type invalid.
    Ec2InstanceTypeInvalidException,
    /// `EC2InstanceUnavailableException`: HTTP 503; retry: backoff; category: unavailable.
    /// EC2 instance unavailable.
    Ec2InstanceUnavailableException,
    /// `InvalidArgsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid args.
    InvalidArgsException,
    /// `SerialConsoleAccessDisabledException`: HTTP 403; retry: never; category: permission_denied.
    /// Serial console access disabled.
    SerialConsoleAccessDisabledException,
    /// `SerialConsoleSessionLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Serial console session limit exceeded.
    SerialConsoleSessionLimitExceededException,
    /// `SerialConsoleSessionUnavailableException`: HTTP 500; retry: backoff; category: internal.
    /// Serial console session unavailable.
    SerialConsoleSessionUnavailableException,
    /// `SerialConsoleSessionUnsupportedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Serial console session unsupported.
    SerialConsoleSessionUnsupportedException,
    /// `ServiceException`: HTTP 500; retry: backoff; category: internal.
    /// The service encountered an error.
    ServiceException,
    /// `ThrottlingException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 12] = [
        "AuthException",
        "EC2InstanceNotFoundException",
        "EC2InstanceStateInvalidException",
        "EC2InstanceTypeInvalidException",
        "EC2InstanceUnavailableException",
        "InvalidArgsException",
        "SerialConsoleAccessDisabledException",
        "SerialConsoleSessionLimitExceededException",
        "SerialConsoleSessionUnavailableException",
        "SerialConsoleSessionUnsupportedException",
        "ServiceException",
        "ThrottlingException",
    ];
    static NAME_CODES: [u32; 4] = [1, 2, 3, 4];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Ec2InstanceNotFoundExceptionEc2InstanceStateInvalidExceptionEc2InstanceTypeInvalidExceptionEc2InstanceUnavailableException",
        ends: &[0, 28, 60, 91, 122],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Auth.EC2 instance not found.EC2 instance state invalid.EC2 instance type invalid.EC2 instance unavailable.Invalid args.Serial console access disabled.Serial console session limit exceeded.Serial console session unavailable.Serial console session unsupported.The service encountered an error.The request was throttled.",
        ends: &[0, 5, 28, 55, 81, 106, 119, 150, 188, 223, 258, 291, 317],
    };
    static STATUSES: [u16; 12] = [
        403, 404, 400, 400, 503, 400, 403, 400, 500, 400, 500, 429,
    ];
    static STATUS_ENDS: [u32; 13] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    static RETRY: [::cloud_errors::Retry; 12] = ::cloud_errors::__private::retry_column(
        b"aaaabaaababb",
    );
    static CATEGORY: [::cloud_errors::Category; 12] = ::cloud_errors::__private::category_column(
        b"geccncgcmcmh",
    );
    static PILOTS: [u16; 3] = [58, 341, 4];
    static SLOTS: [(&str, u32); 13] = ::cloud_errors::__private::slots(
        &CODES,
        &[4, 1, 3, 2, 6, 4294967295, 9, 10, 8, 11, 5, 0, 7],
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
    const PROVIDER: &'static str = "AWS EC2 Instance Connect";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS EC2 Instance Connect's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS EC2 Instance Connect: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
