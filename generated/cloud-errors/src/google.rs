// @generated from catalogs/google.yaml and catalogs/google.curated.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Google Cloud: error codes.
//!
//! The provider's documentation: <https://github.com/googleapis/googleapis/blob/f8291d2b89f0017ab078a4c7378069bae5686f6f/google/api/error_reason.proto>.
//!
//! Error responses are read and written as [`Google`](cloud_errors::envelopes::Google) (`google`).
/// An error code of Google Cloud: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `CANCELLED`: HTTP 499; retry: never; category: cancelled.
    /// The operation was cancelled, usually by the caller.
    Cancelled,
    /// `UNKNOWN`: HTTP 500; retry: backoff; category: unknown.
    /// An error the service could not classify more precisely.
    CodeUnknown,
    /// `INVALID_ARGUMENT`: HTTP 400; retry: never; category: invalid_argument.
    /// An argument of the request is invalid, whatever the state of the system.
    InvalidArgument,
    /// `DEADLINE_EXCEEDED`: HTTP 504; retry: backoff; category: deadline_exceeded.
    /// The deadline passed before the operation completed; it may still have completed.
    DeadlineExceeded,
    /// `NOT_FOUND`: HTTP 404; retry: never; category: not_found.
    /// The requested entity was not found.
    NotFound,
    /// `ALREADY_EXISTS`: HTTP 409; retry: never; category: already_exists.
    /// The entity the request tried to create already exists.
    AlreadyExists,
    /// `PERMISSION_DENIED`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The caller is not permitted to perform this operation.
    PermissionDenied,
    /// `UNAUTHENTICATED`: HTTP 401; retry: after_fix; category: unauthenticated.
    /// The request has no valid credentials for the operation.
    Unauthenticated,
    /// `RESOURCE_EXHAUSTED`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// A resource ran out: a quota, a rate limit, or space.
    ResourceExhausted,
    /// `FAILED_PRECONDITION`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The system is not in the state the operation requires.
    FailedPrecondition,
    /// `ABORTED`: HTTP 409; retry: backoff; category: aborted.
    /// The operation was aborted, typically by a concurrency conflict; retry the whole read\-modify\-write sequence.
    Aborted,
    /// `OUT_OF_RANGE`: HTTP 400; retry: never; category: out_of_range.
    /// The operation went past the valid range, such as reading past the end.
    OutOfRange,
    /// `UNIMPLEMENTED`: HTTP 501; retry: never; category: unimplemented.
    /// The operation is not implemented or not supported by this service.
    Unimplemented,
    /// `INTERNAL`: HTTP 500; retry: backoff; category: internal.
    /// An invariant of the underlying system was broken: a serious internal error.
    Internal,
    /// `UNAVAILABLE`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable for now; the condition is most likely transient.
    Unavailable,
    /// `DATA_LOSS`: HTTP 500; retry: never; category: data_loss.
    /// Data was lost or corrupted beyond recovery.
    DataLoss,
    /// `SERVICE_DISABLED`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The API service is disabled for the consumer project.
    ServiceDisabled,
    /// `BILLING_DISABLED`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The billing account of the consumer is disabled.
    BillingDisabled,
    /// `API_KEY_INVALID`: no documented HTTP status; retry: after_fix; category: invalid_argument.
    /// The API key is malformed, unknown or expired.
    ApiKeyInvalid,
    /// `API_KEY_SERVICE_BLOCKED`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The API key\'s API restrictions do not allow this service.
    ApiKeyServiceBlocked,
    /// `API_KEY_HTTP_REFERRER_BLOCKED`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The request\'s HTTP referrer breaks the API key\'s HTTP restrictions.
    ApiKeyHttpReferrerBlocked,
    /// `API_KEY_IP_ADDRESS_BLOCKED`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The caller\'s IP address breaks the API key\'s IP address restrictions.
    ApiKeyIpAddressBlocked,
    /// `API_KEY_ANDROID_APP_BLOCKED`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The calling Android app breaks the API key\'s Android application restrictions.
    ApiKeyAndroidAppBlocked,
    /// `API_KEY_IOS_APP_BLOCKED`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The calling iOS app breaks the API key\'s iOS application restrictions.
    ApiKeyIosAppBlocked,
    /// `RATE_LIMIT_EXCEEDED`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// The consumer used up its rate quota for a quota limit.
    RateLimitExceeded,
    /// `RESOURCE_QUOTA_EXCEEDED`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// The consumer used up its resource quota for a quota limit.
    ResourceQuotaExceeded,
    /// `LOCATION_TAX_POLICY_VIOLATED`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The billing account\'s address is in a tax\-restricted location, which forbids creating resources in the requested region.
    LocationTaxPolicyViolated,
    /// `USER_PROJECT_DENIED`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The caller lacks permission on the user project, or the user project is invalid.
    UserProjectDenied,
    /// `CONSUMER_SUSPENDED`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The consumer project is suspended for Terms of Service violations.
    ConsumerSuspended,
    /// `CONSUMER_INVALID`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The consumer is malformed, unknown or deleted.
    ConsumerInvalid,
    /// `SECURITY_POLICY_VIOLATED`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// VPC Service Controls prohibit the request; the metadata\'s uid finds it in the audit log.
    SecurityPolicyViolated,
    /// `ACCESS_TOKEN_EXPIRED`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// The access token has expired.
    AccessTokenExpired,
    /// `ACCESS_TOKEN_SCOPE_INSUFFICIENT`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The access token has none of the OAuth 2.0 scopes the API accepts.
    AccessTokenScopeInsufficient,
    /// `ACCOUNT_STATE_INVALID`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The account of the access token is disabled, deleted or otherwise in an invalid state.
    AccountStateInvalid,
    /// `ACCESS_TOKEN_TYPE_UNSUPPORTED`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// The API does not accept this type of access token.
    AccessTokenTypeUnsupported,
    /// `CREDENTIALS_MISSING`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// The request carries no credentials.
    CredentialsMissing,
    /// `RESOURCE_PROJECT_INVALID`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The project owning the resource, which acts as the consumer, is malformed or empty.
    ResourceProjectInvalid,
    /// `SESSION_COOKIE_INVALID`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// The session cookie is missing, invalid or cannot be decoded.
    SessionCookieInvalid,
    /// `USER_BLOCKED_BY_ADMIN`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// A Google Workspace administrator blocks the user from this service.
    UserBlockedByAdmin,
    /// `RESOURCE_USAGE_RESTRICTION_VIOLATED`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// An organization policy restricts the use of this service.
    ResourceUsageRestrictionViolated,
    /// `SYSTEM_PARAMETER_UNSUPPORTED`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The request has a system parameter (query parameter or header) the service does not support. The proto marks this reason as not implemented.
    SystemParameterUnsupported,
    /// `ORG_RESTRICTION_VIOLATION`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// Org Restriction forbids access to the requested resource.
    OrgRestrictionViolation,
    /// `ORG_RESTRICTION_HEADER_INVALID`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The Org Restriction header of the request is invalid.
    OrgRestrictionHeaderInvalid,
    /// `SERVICE_NOT_VISIBLE`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The service is not visible to the consumer. The proto marks this reason as not implemented.
    ServiceNotVisible,
    /// `GCP_SUSPENDED`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// Google Cloud access of the consumer is suspended.
    GcpSuspended,
    /// `LOCATION_POLICY_VIOLATED`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// A location policy forbids creating resources in the requested region.
    LocationPolicyViolated,
    /// `MISSING_ORIGIN`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The request has no Origin header, or an empty one, where one is required.
    MissingOrigin,
    /// `OVERLOADED_CREDENTIALS`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The request carries more than one kind of credentials, acceptable alone but not together; send one.
    OverloadedCredentials,
    /// `LOCATION_ORG_POLICY_VIOLATED`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The location organization policy forbids creating resources in the requested region.
    LocationOrgPolicyViolated,
    /// `TLS_ORG_POLICY_VIOLATED`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// An organization policy forbids reaching this data over TLS 1.0 or 1.1.
    TlsOrgPolicyViolated,
    /// `EMULATOR_QUOTA_EXCEEDED`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// The project used up its emulator quota.
    EmulatorQuotaExceeded,
    /// `CREDENTIAL_ANDROID_APP_INVALID`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// The application credential header of an Android app is invalid.
    CredentialAndroidAppInvalid,
    /// `IAM_PERMISSION_DENIED`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// IAM denies the permission on the resource.
    IamPermissionDenied,
    /// `JWT_TOKEN_INVALID`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// The JWT in the request is invalid.
    JwtTokenInvalid,
    /// `CREDENTIAL_TYPE_UNSUPPORTED`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// The service does not accept this type of credential.
    CredentialTypeUnsupported,
    /// `ACCOUNT_TYPE_UNSUPPORTED`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The service does not accept this type of account.
    AccountTypeUnsupported,
    /// `ENDPOINT_USAGE_RESTRICTION_VIOLATED`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// An organization policy restricts the use of this API endpoint. (ErrorInfo domain googleapis.com/policies/endpointUsageRestriction.)
    EndpointUsageRestrictionViolated,
    /// `TLS_CIPHER_RESTRICTION_VIOLATED`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// An organization policy restricts the TLS cipher suite used. (ErrorInfo domain googleapis.com/policies/tlsCipherRestriction.)
    TlsCipherRestrictionViolated,
    /// `MCP_SERVER_DISABLED`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The MCP activation check failed: the service is disabled for MCP in the consumer project.
    McpServerDisabled,
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 59] = [
        "CANCELLED",
        "UNKNOWN",
        "INVALID_ARGUMENT",
        "DEADLINE_EXCEEDED",
        "NOT_FOUND",
        "ALREADY_EXISTS",
        "PERMISSION_DENIED",
        "UNAUTHENTICATED",
        "RESOURCE_EXHAUSTED",
        "FAILED_PRECONDITION",
        "ABORTED",
        "OUT_OF_RANGE",
        "UNIMPLEMENTED",
        "INTERNAL",
        "UNAVAILABLE",
        "DATA_LOSS",
        "SERVICE_DISABLED",
        "BILLING_DISABLED",
        "API_KEY_INVALID",
        "API_KEY_SERVICE_BLOCKED",
        "API_KEY_HTTP_REFERRER_BLOCKED",
        "API_KEY_IP_ADDRESS_BLOCKED",
        "API_KEY_ANDROID_APP_BLOCKED",
        "API_KEY_IOS_APP_BLOCKED",
        "RATE_LIMIT_EXCEEDED",
        "RESOURCE_QUOTA_EXCEEDED",
        "LOCATION_TAX_POLICY_VIOLATED",
        "USER_PROJECT_DENIED",
        "CONSUMER_SUSPENDED",
        "CONSUMER_INVALID",
        "SECURITY_POLICY_VIOLATED",
        "ACCESS_TOKEN_EXPIRED",
        "ACCESS_TOKEN_SCOPE_INSUFFICIENT",
        "ACCOUNT_STATE_INVALID",
        "ACCESS_TOKEN_TYPE_UNSUPPORTED",
        "CREDENTIALS_MISSING",
        "RESOURCE_PROJECT_INVALID",
        "SESSION_COOKIE_INVALID",
        "USER_BLOCKED_BY_ADMIN",
        "RESOURCE_USAGE_RESTRICTION_VIOLATED",
        "SYSTEM_PARAMETER_UNSUPPORTED",
        "ORG_RESTRICTION_VIOLATION",
        "ORG_RESTRICTION_HEADER_INVALID",
        "SERVICE_NOT_VISIBLE",
        "GCP_SUSPENDED",
        "LOCATION_POLICY_VIOLATED",
        "MISSING_ORIGIN",
        "OVERLOADED_CREDENTIALS",
        "LOCATION_ORG_POLICY_VIOLATED",
        "TLS_ORG_POLICY_VIOLATED",
        "EMULATOR_QUOTA_EXCEEDED",
        "CREDENTIAL_ANDROID_APP_INVALID",
        "IAM_PERMISSION_DENIED",
        "JWT_TOKEN_INVALID",
        "CREDENTIAL_TYPE_UNSUPPORTED",
        "ACCOUNT_TYPE_UNSUPPORTED",
        "ENDPOINT_USAGE_RESTRICTION_VIOLATED",
        "TLS_CIPHER_RESTRICTION_VIOLATED",
        "MCP_SERVER_DISABLED",
    ];
    static NAME_CODES: [u32; 59] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "CancelledCodeUnknownInvalidArgumentDeadlineExceededNotFoundAlreadyExistsPermissionDeniedUnauthenticatedResourceExhaustedFailedPreconditionAbortedOutOfRangeUnimplementedInternalUnavailableDataLossServiceDisabledBillingDisabledApiKeyInvalidApiKeyServiceBlockedApiKeyHttpReferrerBlockedApiKeyIpAddressBlockedApiKeyAndroidAppBlockedApiKeyIosAppBlockedRateLimitExceededResourceQuotaExceededLocationTaxPolicyViolatedUserProjectDeniedConsumerSuspendedConsumerInvalidSecurityPolicyViolatedAccessTokenExpiredAccessTokenScopeInsufficientAccountStateInvalidAccessTokenTypeUnsupportedCredentialsMissingResourceProjectInvalidSessionCookieInvalidUserBlockedByAdminResourceUsageRestrictionViolatedSystemParameterUnsupportedOrgRestrictionViolationOrgRestrictionHeaderInvalidServiceNotVisibleGcpSuspendedLocationPolicyViolatedMissingOriginOverloadedCredentialsLocationOrgPolicyViolatedTlsOrgPolicyViolatedEmulatorQuotaExceededCredentialAndroidAppInvalidIamPermissionDeniedJwtTokenInvalidCredentialTypeUnsupportedAccountTypeUnsupportedEndpointUsageRestrictionViolatedTlsCipherRestrictionViolatedMcpServerDisabled",
        ends: &[
            0, 9, 20, 35, 51, 59, 72, 88, 103, 120, 138, 145, 155, 168, 176, 187, 195,
            210, 225, 238, 258, 283, 305, 328, 347, 364, 385, 410, 427, 444, 459, 481,
            499, 527, 546, 572, 590, 612, 632, 650, 682, 708, 731, 758, 775, 787, 809,
            822, 843, 868, 888, 909, 936, 955, 970, 995, 1017, 1049, 1077, 1094,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation was cancelled, usually by the caller.An error the service could not classify more precisely.An argument of the request is invalid, whatever the state of the system.The deadline passed before the operation completed; it may still have completed.The requested entity was not found.The entity the request tried to create already exists.The caller is not permitted to perform this operation.The request has no valid credentials for the operation.A resource ran out: a quota, a rate limit, or space.The system is not in the state the operation requires.The operation was aborted, typically by a concurrency conflict; retry the whole read-modify-write sequence.The operation went past the valid range, such as reading past the end.The operation is not implemented or not supported by this service.An invariant of the underlying system was broken: a serious internal error.The service is unavailable for now; the condition is most likely transient.Data was lost or corrupted beyond recovery.The API service is disabled for the consumer project.The billing account of the consumer is disabled.The API key is malformed, unknown or expired.The API key's API restrictions do not allow this service.The request's HTTP referrer breaks the API key's HTTP restrictions.The caller's IP address breaks the API key's IP address restrictions.The calling Android app breaks the API key's Android application restrictions.The calling iOS app breaks the API key's iOS application restrictions.The consumer used up its rate quota for a quota limit.The consumer used up its resource quota for a quota limit.The billing account's address is in a tax-restricted location, which forbids creating resources in the requested region.The caller lacks permission on the user project, or the user project is invalid.The consumer project is suspended for Terms of Service violations.The consumer is malformed, unknown or deleted.VPC Service Controls prohibit the request; the metadata's uid finds it in the audit log.The access token has expired.The access token has none of the OAuth 2.0 scopes the API accepts.The account of the access token is disabled, deleted or otherwise in an invalid state.The API does not accept this type of access token.The request carries no credentials.The project owning the resource, which acts as the consumer, is malformed or empty.The session cookie is missing, invalid or cannot be decoded.A Google Workspace administrator blocks the user from this service.An organization policy restricts the use of this service.The request has a system parameter (query parameter or header) the service does not support. The proto marks this reason as not implemented.Org Restriction forbids access to the requested resource.The Org Restriction header of the request is invalid.The service is not visible to the consumer. The proto marks this reason as not implemented.Google Cloud access of the consumer is suspended.A location policy forbids creating resources in the requested region.The request has no Origin header, or an empty one, where one is required.The request carries more than one kind of credentials, acceptable alone but not together; send one.The location organization policy forbids creating resources in the requested region.An organization policy forbids reaching this data over TLS 1.0 or 1.1.The project used up its emulator quota.The application credential header of an Android app is invalid.IAM denies the permission on the resource.The JWT in the request is invalid.The service does not accept this type of credential.The service does not accept this type of account.An organization policy restricts the use of this API endpoint. (ErrorInfo domain googleapis.com/policies/endpointUsageRestriction.)An organization policy restricts the TLS cipher suite used. (ErrorInfo domain googleapis.com/policies/tlsCipherRestriction.)The MCP activation check failed: the service is disabled for MCP in the consumer project.",
        ends: &[
            0, 51, 106, 178, 258, 293, 347, 401, 456, 508, 562, 669, 739, 805, 880, 955,
            998, 1051, 1099, 1144, 1201, 1268, 1337, 1415, 1485, 1539, 1597, 1717, 1797,
            1863, 1909, 1997, 2026, 2092, 2178, 2228, 2263, 2346, 2406, 2473, 2530, 2670,
            2727, 2780, 2871, 2920, 2989, 3062, 3161, 3245, 3315, 3354, 3417, 3459, 3493,
            3545, 3594, 3725, 3849, 3938,
        ],
    };
    static STATUSES: [u16; 16] = [
        499, 500, 400, 504, 404, 409, 403, 401, 429, 400, 409, 400, 501, 500, 503, 500,
    ];
    static STATUS_ENDS: [u32; 60] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 16, 16, 16, 16, 16, 16,
        16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
        16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
    ];
    static RETRY: [::cloud_errors::Retry; 59] = ::cloud_errors::__private::retry_column(
        b"ababaaccbcbaabbaccccccccbbcccaccccccacccacacccaaccbcccccccc",
    );
    static CATEGORY: [::cloud_errors::Category; 59] = ::cloud_errors::__private::category_column(
        b"abcdefgphijklmnoggcggggghhiggcgpggppcpggcgcggiccighpgppgggg",
    );
    static PILOTS: [u16; 15] = [9, 0, 20, 93, 25, 3, 4, 25, 1, 65, 169, 7, 3, 23, 54];
    static SLOTS: [(&str, u32); 65] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            51, 11, 53, 24, 44, 55, 49, 43, 52, 4294967295, 23, 30, 3, 4294967295,
            4294967295, 50, 26, 16, 27, 17, 32, 15, 12, 19, 20, 42, 0, 4, 4294967295, 34,
            7, 46, 29, 4294967295, 40, 33, 6, 47, 2, 18, 28, 31, 9, 39, 14, 35, 1, 58, 8,
            37, 21, 56, 22, 36, 5, 13, 54, 38, 25, 57, 4294967295, 48, 10, 41, 45,
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
    ::cloud_errors::__private::impl_code!(unsafe impl Code);
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Google Cloud";
    type Envelope = ::cloud_errors::envelopes::Google;
    /// The retry defaults of Google Cloud's SDK: google\-cloud\-rust gax retry\_policy.rs Aip194Strict on\_error; gax\-internal http.rs ReqwestClient::new, default\_idempotency; gax exponential\_backoff.rs ExponentialBackoff::default.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = &::cloud_errors::PolicyDefaults::new(
            10,
            ::cloud_errors::Backoff {
                base: ::core::time::Duration::from_millis(1000),
                multiplier: 2f64,
                cap: ::core::time::Duration::from_millis(60000),
                jitter: ::cloud_errors::Jitter::Full,
            },
        )
        .with_code_conditions(&[])
        .with_default_condition(::cloud_errors::RetryWhen::Idempotent)
        .with_max_delay(::core::time::Duration::from_millis(60000))
        .with_max_elapsed(
            ::core::option::Option::Some(::core::time::Duration::from_millis(60000)),
        )
        .with_status_conditions(
            &[
                ::cloud_errors::StatusCondition::new(
                    503u16,
                    ::cloud_errors::RetryWhen::Idempotent,
                ),
            ],
        )
        .with_decide_by(::cloud_errors::DecideBy::Status);
}
/// An error response of Google Cloud: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
