// @generated from catalogs/aws/ses.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS SES: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsQuery`](cloud_errors::envelopes::AwsQuery) (`aws_query`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS SES: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccountSendingPausedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Account sending paused.
    AccountSendingPausedException,
    /// `AlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Already exists.
    AlreadyExists,
    /// `CannotDelete`: HTTP 400; retry: never; category: invalid_argument.
    /// Cannot delete.
    CannotDelete,
    /// `ConfigurationSetAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Configuration set already exists.
    ConfigurationSetAlreadyExists,
    /// `ConfigurationSetDoesNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Configuration set does not exist.
    ConfigurationSetDoesNotExist,
    /// `ConfigurationSetSendingPausedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Configuration set sending paused.
    ConfigurationSetSendingPausedException,
    /// `CustomVerificationEmailInvalidContent`: HTTP 400; retry: never; category: invalid_argument.
    /// Custom verification email invalid content.
    CustomVerificationEmailInvalidContent,
    /// `CustomVerificationEmailTemplateAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Custom verification email template already exists.
    CustomVerificationEmailTemplateAlreadyExists,
    /// `CustomVerificationEmailTemplateDoesNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Custom verification email template does not exist.
    CustomVerificationEmailTemplateDoesNotExist,
    /// `EventDestinationAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Event destination already exists.
    EventDestinationAlreadyExists,
    /// `EventDestinationDoesNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Event destination does not exist.
    EventDestinationDoesNotExist,
    /// `FromEmailAddressNotVerified`: HTTP 400; retry: never; category: invalid_argument.
    /// From email address not verified.
    FromEmailAddressNotVerified,
    /// `InvalidCloudWatchDestination`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cloud watch destination.
    InvalidCloudWatchDestination,
    /// `InvalidConfigurationSet`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid configuration set.
    InvalidConfigurationSet,
    /// `InvalidDeliveryOptions`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid delivery options.
    InvalidDeliveryOptions,
    /// `InvalidFirehoseDestination`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid firehose destination.
    InvalidFirehoseDestination,
    /// `InvalidLambdaFunction`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid lambda function.
    InvalidLambdaFunction,
    /// `InvalidPolicy`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid policy.
    InvalidPolicy,
    /// `InvalidRenderingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid rendering parameter.
    InvalidRenderingParameter,
    /// `InvalidS3Configuration`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid s3 configuration.
    InvalidS3Configuration,
    /// `InvalidSNSDestination`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid SNS destination.
    InvalidSnsDestination,
    /// `InvalidSnsTopic`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid sns topic.
    InvalidSnsTopic,
    /// `InvalidTemplate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid template.
    InvalidTemplate,
    /// `InvalidTrackingOptions`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tracking options.
    InvalidTrackingOptions,
    /// `LimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Limit exceeded.
    LimitExceeded,
    /// `MailFromDomainNotVerifiedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Mail from domain not verified.
    MailFromDomainNotVerifiedException,
    /// `MessageRejected`: HTTP 400; retry: never; category: invalid_argument.
    /// Message rejected.
    MessageRejected,
    /// `MissingRenderingAttribute`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing rendering attribute.
    MissingRenderingAttribute,
    /// `ProductionAccessNotGranted`: HTTP 400; retry: never; category: invalid_argument.
    /// Production access not granted.
    ProductionAccessNotGranted,
    /// `RuleDoesNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Rule does not exist.
    RuleDoesNotExist,
    /// `RuleSetDoesNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Rule set does not exist.
    RuleSetDoesNotExist,
    /// `TemplateDoesNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Template does not exist.
    TemplateDoesNotExist,
    /// `TrackingOptionsAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Tracking options already exists.
    TrackingOptionsAlreadyExistsException,
    /// `TrackingOptionsDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Tracking options does not exist.
    TrackingOptionsDoesNotExistException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 34] = [
        "AccountSendingPausedException",
        "AlreadyExists",
        "CannotDelete",
        "ConfigurationSetAlreadyExists",
        "ConfigurationSetDoesNotExist",
        "ConfigurationSetSendingPausedException",
        "CustomVerificationEmailInvalidContent",
        "CustomVerificationEmailTemplateAlreadyExists",
        "CustomVerificationEmailTemplateDoesNotExist",
        "EventDestinationAlreadyExists",
        "EventDestinationDoesNotExist",
        "FromEmailAddressNotVerified",
        "InvalidCloudWatchDestination",
        "InvalidConfigurationSet",
        "InvalidDeliveryOptions",
        "InvalidFirehoseDestination",
        "InvalidLambdaFunction",
        "InvalidPolicy",
        "InvalidRenderingParameter",
        "InvalidS3Configuration",
        "InvalidSNSDestination",
        "InvalidSnsTopic",
        "InvalidTemplate",
        "InvalidTrackingOptions",
        "LimitExceeded",
        "MailFromDomainNotVerifiedException",
        "MessageRejected",
        "MissingRenderingAttribute",
        "ProductionAccessNotGranted",
        "RuleDoesNotExist",
        "RuleSetDoesNotExist",
        "TemplateDoesNotExist",
        "TrackingOptionsAlreadyExistsException",
        "TrackingOptionsDoesNotExistException",
    ];
    static NAME_CODES: [u32; 1] = [20];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidSnsDestination",
        ends: &[0, 21],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Account sending paused.Already exists.Cannot delete.Configuration set already exists.Configuration set does not exist.Configuration set sending paused.Custom verification email invalid content.Custom verification email template already exists.Custom verification email template does not exist.Event destination already exists.Event destination does not exist.From email address not verified.Invalid cloud watch destination.Invalid configuration set.Invalid delivery options.Invalid firehose destination.Invalid lambda function.Invalid policy.Invalid rendering parameter.Invalid s3 configuration.Invalid SNS destination.Invalid sns topic.Invalid template.Invalid tracking options.Limit exceeded.Mail from domain not verified.Message rejected.Missing rendering attribute.Production access not granted.Rule does not exist.Rule set does not exist.Template does not exist.Tracking options already exists.Tracking options does not exist.",
        ends: &[
            0, 23, 38, 52, 85, 118, 151, 193, 243, 293, 326, 359, 391, 423, 449, 474,
            503, 527, 542, 570, 595, 619, 637, 654, 679, 694, 724, 741, 769, 799, 819,
            843, 867, 899, 931,
        ],
    };
    static STATUSES: [u16; 34] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400,
    ];
    static STATUS_ENDS: [u32; 35] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34,
    ];
    static RETRY: [::cloud_errors::Retry; 34] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 34] = ::cloud_errors::__private::category_column(
        b"cccccccccccccccccccccccccccccccccc",
    );
    static PILOTS: [u16; 9] = [3, 0, 31, 1, 16, 17, 39, 7, 50];
    static SLOTS: [(&str, u32); 37] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            21, 20, 0, 30, 13, 2, 26, 29, 17, 14, 33, 27, 31, 4, 7, 6, 5, 1, 10, 28, 8,
            4294967295, 18, 23, 16, 3, 4294967295, 22, 11, 19, 9, 4294967295, 25, 24, 32,
            12, 15,
        ],
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
    const PROVIDER: &'static str = "AWS SES";
    type Envelope = ::cloud_errors::envelopes::AwsQuery;
    /// The retry defaults of AWS SES's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS SES: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
