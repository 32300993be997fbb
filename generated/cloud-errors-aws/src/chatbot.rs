// @generated from catalogs/aws/chatbot.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS chatbot: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS chatbot: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `CreateChimeWebhookConfigurationException`: HTTP 500; retry: backoff; category: internal.
    /// Create chime webhook configuration.
    CreateChimeWebhookConfigurationException,
    /// `CreateSlackChannelConfigurationException`: HTTP 500; retry: backoff; category: internal.
    /// Create slack channel configuration.
    CreateSlackChannelConfigurationException,
    /// `CreateTeamsChannelConfigurationException`: HTTP 500; retry: backoff; category: internal.
    /// Create teams channel configuration.
    CreateTeamsChannelConfigurationException,
    /// `DeleteChimeWebhookConfigurationException`: HTTP 500; retry: backoff; category: internal.
    /// Delete chime webhook configuration.
    DeleteChimeWebhookConfigurationException,
    /// `DeleteMicrosoftTeamsUserIdentityException`: HTTP 500; retry: backoff; category: internal.
    /// Delete microsoft teams user identity.
    DeleteMicrosoftTeamsUserIdentityException,
    /// `DeleteSlackChannelConfigurationException`: HTTP 500; retry: backoff; category: internal.
    /// Delete slack channel configuration.
    DeleteSlackChannelConfigurationException,
    /// `DeleteSlackUserIdentityException`: HTTP 500; retry: backoff; category: internal.
    /// Delete slack user identity.
    DeleteSlackUserIdentityException,
    /// `DeleteSlackWorkspaceAuthorizationFault`: HTTP 500; retry: backoff; category: internal.
    /// Delete slack workspace authorization.
    DeleteSlackWorkspaceAuthorizationFault,
    /// `DeleteTeamsChannelConfigurationException`: HTTP 500; retry: backoff; category: internal.
    /// Delete teams channel configuration.
    DeleteTeamsChannelConfigurationException,
    /// `DeleteTeamsConfiguredTeamException`: HTTP 500; retry: backoff; category: internal.
    /// Delete teams configured team.
    DeleteTeamsConfiguredTeamException,
    /// `DescribeChimeWebhookConfigurationsException`: HTTP 500; retry: backoff; category: internal.
    /// Describe chime webhook configurations.
    DescribeChimeWebhookConfigurationsException,
    /// `DescribeSlackChannelConfigurationsException`: HTTP 500; retry: backoff; category: internal.
    /// Describe slack channel configurations.
    DescribeSlackChannelConfigurationsException,
    /// `DescribeSlackUserIdentitiesException`: HTTP 500; retry: backoff; category: internal.
    /// Describe slack user identities.
    DescribeSlackUserIdentitiesException,
    /// `DescribeSlackWorkspacesException`: HTTP 500; retry: backoff; category: internal.
    /// Describe slack workspaces.
    DescribeSlackWorkspacesException,
    /// `GetAccountPreferencesException`: HTTP 500; retry: backoff; category: internal.
    /// Get account preferences.
    GetAccountPreferencesException,
    /// `GetTeamsChannelConfigurationException`: HTTP 500; retry: backoff; category: internal.
    /// Get teams channel configuration.
    GetTeamsChannelConfigurationException,
    /// `InternalServiceError`: HTTP 500; retry: backoff; category: internal.
    /// Internal service error.
    InternalServiceError,
    /// `InvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameterException,
    /// `InvalidRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequestException,
    /// `LimitExceededException`: HTTP 403; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `ListMicrosoftTeamsConfiguredTeamsException`: HTTP 500; retry: backoff; category: internal.
    /// List microsoft teams configured teams.
    ListMicrosoftTeamsConfiguredTeamsException,
    /// `ListMicrosoftTeamsUserIdentitiesException`: HTTP 500; retry: backoff; category: internal.
    /// List microsoft teams user identities.
    ListMicrosoftTeamsUserIdentitiesException,
    /// `ListTeamsChannelConfigurationsException`: HTTP 500; retry: backoff; category: internal.
    /// List teams channel configurations.
    ListTeamsChannelConfigurationsException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ServiceUnavailableException`: HTTP 429; retry: never; category: resource_exhausted.
    /// The service is unavailable.
    ServiceUnavailableException,
    /// `TooManyTagsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTagsException,
    /// `UnauthorizedException`: HTTP 403; retry: never; category: permission_denied.
    /// The request is not authorized.
    UnauthorizedException,
    /// `UpdateAccountPreferencesException`: HTTP 500; retry: backoff; category: internal.
    /// Update account preferences.
    UpdateAccountPreferencesException,
    /// `UpdateChimeWebhookConfigurationException`: HTTP 500; retry: backoff; category: internal.
    /// Update chime webhook configuration.
    UpdateChimeWebhookConfigurationException,
    /// `UpdateSlackChannelConfigurationException`: HTTP 500; retry: backoff; category: internal.
    /// Update slack channel configuration.
    UpdateSlackChannelConfigurationException,
    /// `UpdateTeamsChannelConfigurationException`: HTTP 500; retry: backoff; category: internal.
    /// Update teams channel configuration.
    UpdateTeamsChannelConfigurationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 32] = [
        "ConflictException",
        "CreateChimeWebhookConfigurationException",
        "CreateSlackChannelConfigurationException",
        "CreateTeamsChannelConfigurationException",
        "DeleteChimeWebhookConfigurationException",
        "DeleteMicrosoftTeamsUserIdentityException",
        "DeleteSlackChannelConfigurationException",
        "DeleteSlackUserIdentityException",
        "DeleteSlackWorkspaceAuthorizationFault",
        "DeleteTeamsChannelConfigurationException",
        "DeleteTeamsConfiguredTeamException",
        "DescribeChimeWebhookConfigurationsException",
        "DescribeSlackChannelConfigurationsException",
        "DescribeSlackUserIdentitiesException",
        "DescribeSlackWorkspacesException",
        "GetAccountPreferencesException",
        "GetTeamsChannelConfigurationException",
        "InternalServiceError",
        "InvalidParameterException",
        "InvalidRequestException",
        "LimitExceededException",
        "ListMicrosoftTeamsConfiguredTeamsException",
        "ListMicrosoftTeamsUserIdentitiesException",
        "ListTeamsChannelConfigurationsException",
        "ResourceNotFoundException",
        "ServiceUnavailableException",
        "TooManyTagsException",
        "UnauthorizedException",
        "UpdateAccountPreferencesException",
        "UpdateChimeWebhookConfigurationException",
        "UpdateSlackChannelConfigurationException",
        "UpdateTeamsChannelConfigurationException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The request conflicts with the current state of the resource.Create chime webhook configuration.Create slack channel configuration.Create teams channel configuration.Delete chime webhook configuration.Delete microsoft teams user identity.Delete slack channel configuration.Delete slack user identity.Delete slack workspace authorization.Delete teams channel configuration.Delete teams configured team.Describe chime webhook configurations.Describe slack channel configurations.Describe slack user identities.Describe slack workspaces.Get account preferences.Get teams channel configuration.Internal service error.Invalid parameter.Invalid request.Limit exceeded.List microsoft teams configured teams.List microsoft teams user identities.List teams channel configurations.Resource not found.The service is unavailable.Too many tags.The request is not authorized.Update account preferences.Update chime webhook configuration.Update slack channel configuration.Update teams channel configuration.",
        ends: &[
            0, 61, 96, 131, 166, 201, 238, 273, 300, 337, 372, 401, 439, 477, 508, 534,
            558, 590, 613, 631, 647, 662, 700, 737, 771, 790, 817, 831, 861, 888, 923,
            958, 993,
        ],
    };
    static STATUSES: [u16; 32] = [
        409, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500,
        500, 500, 400, 400, 403, 500, 500, 500, 404, 429, 400, 403, 500, 500, 500, 500,
    ];
    static STATUS_ENDS: [u32; 33] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32,
    ];
    static RETRY: [::cloud_errors::Retry; 32] = ::cloud_errors::__private::retry_column(
        b"abbbbbbbbbbbbbbbbbaabbbbaaaabbbb",
    );
    static CATEGORY: [::cloud_errors::Category; 32] = ::cloud_errors::__private::category_column(
        b"jmmmmmmmmmmmmmmmmmcchmmmehcgmmmm",
    );
    static PILOTS: [u16; 8] = [0, 1, 18, 4, 42, 76, 34, 2];
    static SLOTS: [(&str, u32); 35] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            11, 21, 4294967295, 29, 15, 2, 10, 4294967295, 27, 14, 16, 6, 13, 5, 8, 12,
            0, 4, 7, 28, 20, 31, 24, 18, 3, 23, 1, 30, 17, 4294967295, 26, 25, 19, 22, 9,
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
    const PROVIDER: &'static str = "AWS chatbot";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS chatbot's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS chatbot: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
