// @generated from catalogs/aws/cognitoidentityprovider.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Cognito Identity Provider: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Cognito Identity Provider: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AliasExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Alias exists.
    AliasExistsException,
    /// `CodeDeliveryFailureException`: HTTP 400; retry: never; category: invalid_argument.
    /// Code delivery failure.
    CodeDeliveryFailureException,
    /// `CodeMismatchException`: HTTP 400; retry: never; category: invalid_argument.
    /// Code mismatch.
    CodeMismatchException,
    /// `ConcurrentModificationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Concurrent modification.
    ConcurrentModificationException,
    /// `DeviceKeyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Device key exists.
    DeviceKeyExistsException,
    /// `DuplicateProviderException`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate provider.
    DuplicateProviderException,
    /// `EnableSoftwareTokenMFAException`: HTTP 400; retry: never; category: invalid_argument.
    /// Enable software token MFA.
    EnableSoftwareTokenMfaException,
    /// `ExpiredCodeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Expired code.
    ExpiredCodeException,
    /// `FeatureUnavailableInTierException`: HTTP 403; retry: never; category: permission_denied.
    /// Feature unavailable in tier.
    FeatureUnavailableInTierException,
    /// `ForbiddenException`: HTTP 403; retry: never; category: permission_denied.
    /// The request is forbidden.
    ForbiddenException,
    /// `GroupExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Group exists.
    GroupExistsException,
    /// `InternalErrorException`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalErrorException,
    /// `InvalidEmailRoleAccessPolicyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid email role access policy.
    InvalidEmailRoleAccessPolicyException,
    /// `InvalidLambdaResponseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid lambda response.
    InvalidLambdaResponseException,
    /// `InvalidOAuthFlowException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid o auth flow.
    InvalidOAuthFlowException,
    /// `InvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameterException,
    /// `InvalidPasswordException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid password.
    InvalidPasswordException,
    /// `InvalidSmsRoleAccessPolicyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid sms role access policy.
    InvalidSmsRoleAccessPolicyException,
    /// `InvalidSmsRoleTrustRelationshipException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid sms role trust relationship.
    InvalidSmsRoleTrustRelationshipException,
    /// `InvalidUserPoolConfigurationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid user pool configuration.
    InvalidUserPoolConfigurationException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `MFAMethodNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// MFA method not found.
    MfaMethodNotFoundException,
    /// `ManagedLoginBrandingExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Managed login branding exists.
    ManagedLoginBrandingExistsException,
    /// `NotAuthorizedException`: HTTP 403; retry: never; category: permission_denied.
    /// Not authorized.
    NotAuthorizedException,
    /// `PasswordHistoryPolicyViolationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Password history policy violation.
    PasswordHistoryPolicyViolationException,
    /// `PasswordResetRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Password reset required.
    PasswordResetRequiredException,
    /// `PreconditionNotMetException`: HTTP 400; retry: never; category: invalid_argument.
    /// Precondition not met.
    PreconditionNotMetException,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ScopeDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Scope does not exist.
    ScopeDoesNotExistException,
    /// `SoftwareTokenMFANotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Software token MFA not found.
    SoftwareTokenMfaNotFoundException,
    /// `TierChangeNotAllowedException`: HTTP 403; retry: never; category: permission_denied.
    /// Tier change not allowed.
    TierChangeNotAllowedException,
    /// `TooManyFailedAttemptsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many failed attempts.
    TooManyFailedAttemptsException,
    /// `TooManyRequestsException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Too many requests.
    TooManyRequestsException,
    /// `UnauthorizedException`: HTTP 401; retry: never; category: unauthenticated.
    /// The request is not authorized.
    UnauthorizedException,
    /// `UnexpectedLambdaException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unexpected lambda.
    UnexpectedLambdaException,
    /// `UnsupportedIdentityProviderException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported identity provider.
    UnsupportedIdentityProviderException,
    /// `UnsupportedOperationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported operation.
    UnsupportedOperationException,
    /// `UnsupportedTokenTypeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported token type.
    UnsupportedTokenTypeException,
    /// `UnsupportedUserStateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported user state.
    UnsupportedUserStateException,
    /// `UserImportInProgressException`: HTTP 400; retry: never; category: invalid_argument.
    /// User import in progress.
    UserImportInProgressException,
    /// `UserLambdaValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// User lambda validation.
    UserLambdaValidationException,
    /// `UserNotConfirmedException`: HTTP 400; retry: never; category: invalid_argument.
    /// User not confirmed.
    UserNotConfirmedException,
    /// `UserNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// User not found.
    UserNotFoundException,
    /// `UserPoolAddOnNotEnabledException`: HTTP 400; retry: never; category: invalid_argument.
    /// User pool add on not enabled.
    UserPoolAddOnNotEnabledException,
    /// `UserPoolTaggingException`: HTTP 400; retry: never; category: invalid_argument.
    /// User pool tagging.
    UserPoolTaggingException,
    /// `UsernameExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Username exists.
    UsernameExistsException,
    /// `WebAuthnChallengeNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Web authn challenge not found.
    WebAuthnChallengeNotFoundException,
    /// `WebAuthnClientMismatchException`: HTTP 400; retry: never; category: invalid_argument.
    /// Web authn client mismatch.
    WebAuthnClientMismatchException,
    /// `WebAuthnConfigurationMissingException`: HTTP 400; retry: never; category: invalid_argument.
    /// Web authn configuration missing.
    WebAuthnConfigurationMissingException,
    /// `WebAuthnCredentialNotSupportedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Web authn credential not supported.
    WebAuthnCredentialNotSupportedException,
    /// `WebAuthnNotEnabledException`: HTTP 400; retry: never; category: invalid_argument.
    /// Web authn not enabled.
    WebAuthnNotEnabledException,
    /// `WebAuthnOriginNotAllowedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Web authn origin not allowed.
    WebAuthnOriginNotAllowedException,
    /// `WebAuthnRelyingPartyMismatchException`: HTTP 400; retry: never; category: invalid_argument.
    /// Web authn relying party mismatch.
    WebAuthnRelyingPartyMismatchException,
    /// `AccessDeniedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Access denied.
    AccessDeniedException,
    /// `CachedCIMDURLDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cached CIMDURL does not exist.
    CachedCimdurlDoesNotExistException,
    /// `InternalServerException`: HTTP 500; retry: backoff; category: internal.
    /// An internal server error occurred.
    InternalServerException,
    /// `OperationNotEnabledException`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation not enabled.
    OperationNotEnabledException,
    /// `RefreshTokenReuseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Refresh token reuse.
    RefreshTokenReuseException,
    /// `ServiceQuotaExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// `TermsExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Terms exists.
    TermsExistsException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 60] = [
        "AliasExistsException",
        "CodeDeliveryFailureException",
        "CodeMismatchException",
        "ConcurrentModificationException",
        "DeviceKeyExistsException",
        "DuplicateProviderException",
        "EnableSoftwareTokenMFAException",
        "ExpiredCodeException",
        "FeatureUnavailableInTierException",
        "ForbiddenException",
        "GroupExistsException",
        "InternalErrorException",
        "InvalidEmailRoleAccessPolicyException",
        "InvalidLambdaResponseException",
        "InvalidOAuthFlowException",
        "InvalidParameterException",
        "InvalidPasswordException",
        "InvalidSmsRoleAccessPolicyException",
        "InvalidSmsRoleTrustRelationshipException",
        "InvalidUserPoolConfigurationException",
        "LimitExceededException",
        "MFAMethodNotFoundException",
        "ManagedLoginBrandingExistsException",
        "NotAuthorizedException",
        "PasswordHistoryPolicyViolationException",
        "PasswordResetRequiredException",
        "PreconditionNotMetException",
        "ResourceNotFoundException",
        "ScopeDoesNotExistException",
        "SoftwareTokenMFANotFoundException",
        "TierChangeNotAllowedException",
        "TooManyFailedAttemptsException",
        "TooManyRequestsException",
        "UnauthorizedException",
        "UnexpectedLambdaException",
        "UnsupportedIdentityProviderException",
        "UnsupportedOperationException",
        "UnsupportedTokenTypeException",
        "UnsupportedUserStateException",
        "UserImportInProgressException",
        "UserLambdaValidationException",
        "UserNotConfirmedException",
        "UserNotFoundException",
        "UserPoolAddOnNotEnabledException",
        "UserPoolTaggingException",
        "UsernameExistsException",
        "WebAuthnChallengeNotFoundException",
        "WebAuthnClientMismatchException",
        "WebAuthnConfigurationMissingException",
        "WebAuthnCredentialNotSupportedException",
        "WebAuthnNotEnabledException",
        "WebAuthnOriginNotAllowedException",
        "WebAuthnRelyingPartyMismatchException",
        "AccessDeniedException",
        "CachedCIMDURLDoesNotExistException",
        "InternalServerException",
        "OperationNotEnabledException",
        "RefreshTokenReuseException",
        "ServiceQuotaExceededException",
        "TermsExistsException",
    ];
    static NAME_CODES: [u32; 4] = [6, 21, 29, 54];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "EnableSoftwareTokenMfaExceptionMfaMethodNotFoundExceptionSoftwareTokenMfaNotFoundExceptionCachedCimdurlDoesNotExistException",
        ends: &[0, 31, 57, 90, 124],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Alias exists.Code delivery failure.Code mismatch.Concurrent modification.Device key exists.Duplicate provider.Enable software token MFA.Expired code.Feature unavailable in tier.The request is forbidden.Group exists.An internal error occurred.Invalid email role access policy.Invalid lambda response.Invalid o auth flow.Invalid parameter.Invalid password.Invalid sms role access policy.Invalid sms role trust relationship.Invalid user pool configuration.Limit exceeded.MFA method not found.Managed login branding exists.Not authorized.Password history policy violation.Password reset required.Precondition not met.Resource not found.Scope does not exist.Software token MFA not found.Tier change not allowed.Too many failed attempts.Too many requests.The request is not authorized.Unexpected lambda.Unsupported identity provider.Unsupported operation.Unsupported token type.Unsupported user state.User import in progress.User lambda validation.User not confirmed.User not found.User pool add on not enabled.User pool tagging.Username exists.Web authn challenge not found.Web authn client mismatch.Web authn configuration missing.Web authn credential not supported.Web authn not enabled.Web authn origin not allowed.Web authn relying party mismatch.Access denied.Cached CIMDURL does not exist.An internal server error occurred.Operation not enabled.Refresh token reuse.Service quota exceeded.Terms exists.",
        ends: &[
            0, 13, 35, 49, 73, 91, 110, 136, 149, 177, 202, 215, 242, 275, 299, 319, 337,
            354, 385, 421, 453, 468, 489, 519, 534, 568, 592, 613, 632, 653, 682, 706,
            731, 749, 779, 797, 827, 849, 872, 895, 919, 942, 961, 976, 1005, 1023, 1039,
            1069, 1095, 1127, 1162, 1184, 1213, 1246, 1260, 1290, 1324, 1346, 1366, 1389,
            1402,
        ],
    };
    static STATUSES: [u16; 60] = [
        400, 400, 400, 400, 400, 400, 400, 400, 403, 403, 400, 500, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 403, 400, 400, 400, 404, 400, 400, 403, 400,
        429, 401, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 500, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 61] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60,
    ];
    static RETRY: [::cloud_errors::Retry; 60] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaabaaaaaaaabaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaabaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 60] = ::cloud_errors::__private::category_column(
        b"ccccccccggcmcccccccchccgccceccgchpcccccccceccccccccccccmcccc",
    );
    static PILOTS: [u16; 15] = [125, 1, 1, 34, 9, 2, 32, 17, 14, 0, 0, 6, 31, 353, 33];
    static SLOTS: [(&str, u32); 66] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 19, 12, 14, 54, 36, 4294967295, 49, 16, 4294967295, 41, 2, 30, 3,
            32, 7, 40, 18, 59, 47, 42, 1, 8, 25, 33, 4294967295, 23, 11, 55, 44, 34, 43,
            9, 15, 24, 57, 52, 4294967295, 20, 38, 37, 6, 10, 50, 5, 53, 27, 28, 29, 31,
            58, 13, 0, 4294967295, 35, 51, 22, 45, 26, 48, 46, 21, 56, 39, 4, 17,
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
    const PROVIDER: &'static str = "AWS Cognito Identity Provider";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS Cognito Identity Provider's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Cognito Identity Provider: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
