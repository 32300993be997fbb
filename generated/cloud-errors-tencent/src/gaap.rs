// @generated from catalogs/tencent/gaap.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud GAAP: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud GAAP: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.NotEnterpriseAuthorization`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: not enterprise authorization.
    AuthFailureNotEnterpriseAuthorization,
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation.
    AuthFailureUnauthorizedOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AccountBalanceInsufficient`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: account balance insufficient.
    FailedOperationAccountBalanceInsufficient,
    /// `FailedOperation.ActionIsDoing`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: action is doing.
    FailedOperationActionIsDoing,
    /// `FailedOperation.ActionOperateTooQuickly`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: action operate too quickly.
    FailedOperationActionOperateTooQuickly,
    /// `FailedOperation.BelongDifferentGroup`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: belong different group.
    FailedOperationBelongDifferentGroup,
    /// `FailedOperation.CertificateIsUsing`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate is using.
    FailedOperationCertificateIsUsing,
    /// `FailedOperation.DeleteProxyGroupProxyRemained`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete proxy group proxy remained.
    FailedOperationDeleteProxyGroupProxyRemained,
    /// `FailedOperation.DomainAlreadyExisted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain already existed.
    FailedOperationDomainAlreadyExisted,
    /// `FailedOperation.DomainStatusNotInRunning`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain status not in running.
    FailedOperationDomainStatusNotInRunning,
    /// `FailedOperation.DuplicatedRequest`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: duplicated request.
    FailedOperationDuplicatedRequest,
    /// `FailedOperation.GroupStatusNotInRuning`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: group status not in runing.
    FailedOperationGroupStatusNotInRuning,
    /// `FailedOperation.InstanceStatusNotInRuning`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance status not in runing.
    FailedOperationInstanceStatusNotInRuning,
    /// `FailedOperation.InvalidListenerProtocol`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid listener protocol.
    FailedOperationInvalidListenerProtocol,
    /// `FailedOperation.LimitNumofListener`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: limit numof listener.
    FailedOperationLimitNumofListener,
    /// `FailedOperation.LimitNumofProxiesInGroup`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: limit numof proxies in group.
    FailedOperationLimitNumofProxiesInGroup,
    /// `FailedOperation.LimitNumofRules`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: limit numof rules.
    FailedOperationLimitNumofRules,
    /// `FailedOperation.LimitRealServerNum`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: limit real server num.
    FailedOperationLimitRealServerNum,
    /// `FailedOperation.ListenerHasTask`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: listener has task.
    FailedOperationListenerHasTask,
    /// `FailedOperation.ListenerStatusError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: listener status error.
    FailedOperationListenerStatusError,
    /// `FailedOperation.Migration`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: migration.
    FailedOperationMigration,
    /// `FailedOperation.NonStandardProxy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: non standard proxy.
    FailedOperationNonStandardProxy,
    /// `FailedOperation.NotSupportOldVersionProxy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not support old version proxy.
    FailedOperationNotSupportOldVersionProxy,
    /// `FailedOperation.NotSupportProxyGroup`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not support proxy group.
    FailedOperationNotSupportProxyGroup,
    /// `FailedOperation.NotSupportScalar`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not support scalar.
    FailedOperationNotSupportScalar,
    /// `FailedOperation.OperateLimitNumofListener`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: operate limit numof listener.
    FailedOperationOperateLimitNumofListener,
    /// `FailedOperation.ProxySecurityAlreadyClose`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: proxy security already close.
    FailedOperationProxySecurityAlreadyClose,
    /// `FailedOperation.ProxySecurityAlreadyOpen`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: proxy security already open.
    FailedOperationProxySecurityAlreadyOpen,
    /// `FailedOperation.ProxySecurityPolicyDefaultRule`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: proxy security policy default rule.
    FailedOperationProxySecurityPolicyDefaultRule,
    /// `FailedOperation.ProxySecurityPolicyDuplicatedRule`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: proxy security policy duplicated rule.
    FailedOperationProxySecurityPolicyDuplicatedRule,
    /// `FailedOperation.ProxySecurityPolicyExisted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: proxy security policy existed.
    FailedOperationProxySecurityPolicyExisted,
    /// `FailedOperation.ProxySecurityPolicyOperating`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: proxy security policy operating.
    FailedOperationProxySecurityPolicyOperating,
    /// `FailedOperation.ProxySellOut`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: proxy sell out.
    FailedOperationProxySellOut,
    /// `FailedOperation.ProxyStatusNotInRuning`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: proxy status not in runing.
    FailedOperationProxyStatusNotInRuning,
    /// `FailedOperation.ProxyVersionNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: proxy version not support.
    FailedOperationProxyVersionNotSupport,
    /// `FailedOperation.RealServerAlreadyBound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: real server already bound.
    FailedOperationRealServerAlreadyBound,
    /// `FailedOperation.RealServerNotInProject`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: real server not in project.
    FailedOperationRealServerNotInProject,
    /// `FailedOperation.ResourceCanNotAccess`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: resource can not access.
    FailedOperationResourceCanNotAccess,
    /// `FailedOperation.ResourceHadBeenDone`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: resource had been done.
    FailedOperationResourceHadBeenDone,
    /// `FailedOperation.ResourceUpgrading`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: resource upgrading.
    FailedOperationResourceUpgrading,
    /// `FailedOperation.RuleAlreadyExisted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rule already existed.
    FailedOperationRuleAlreadyExisted,
    /// `FailedOperation.SecretValidateFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: secret validate failed.
    FailedOperationSecretValidateFailed,
    /// `FailedOperation.TagResourcesFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tag resources failed.
    FailedOperationTagResourcesFailed,
    /// `FailedOperation.UnTagResourcesFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: un tag resources failed.
    FailedOperationUnTagResourcesFailed,
    /// `FailedOperation.UserNotAuthenticated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user not authenticated.
    FailedOperationUserNotAuthenticated,
    /// `FailedOperation.UserNotConfirmProtocol`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user not confirm protocol.
    FailedOperationUserNotConfirmProtocol,
    /// `FailedOperation.UserNotInWhitelist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user not in whitelist.
    FailedOperationUserNotInWhitelist,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ConflictParameters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: conflict parameters.
    InvalidParameterConflictParameters,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.CertificateContentNotMatchKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: certificate content not match key.
    InvalidParameterValueCertificateContentNotMatchKey,
    /// `InvalidParameterValue.CertificateNotMatchDomain`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: certificate not match domain.
    InvalidParameterValueCertificateNotMatchDomain,
    /// `InvalidParameterValue.DomainInIcpBlacklist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: domain in icp blacklist.
    InvalidParameterValueDomainInIcpBlacklist,
    /// `InvalidParameterValue.DomainNotRegister`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: domain not register.
    InvalidParameterValueDomainNotRegister,
    /// `InvalidParameterValue.DuplicateRS`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicate RS.
    InvalidParameterValueDuplicateRs,
    /// `InvalidParameterValue.DuplicatedListenerPort`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicated listener port.
    InvalidParameterValueDuplicatedListenerPort,
    /// `InvalidParameterValue.FeatureConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: feature conflict.
    InvalidParameterValueFeatureConflict,
    /// `InvalidParameterValue.GlobalDomainHitBanBlacklist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: global domain hit ban blacklist.
    InvalidParameterValueGlobalDomainHitBanBlacklist,
    /// `InvalidParameterValue.HitBanBlacklist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: hit ban blacklist.
    InvalidParameterValueHitBanBlacklist,
    /// `InvalidParameterValue.HitBlacklist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: hit blacklist.
    InvalidParameterValueHitBlacklist,
    /// `InvalidParameterValue.InvalidBandwidth`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid bandwidth.
    InvalidParameterValueInvalidBandwidth,
    /// `InvalidParameterValue.InvalidCertificateContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid certificate content.
    InvalidParameterValueInvalidCertificateContent,
    /// `InvalidParameterValue.InvalidCertificateId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid certificate id.
    InvalidParameterValueInvalidCertificateId,
    /// `InvalidParameterValue.InvalidCertificateKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid certificate key.
    InvalidParameterValueInvalidCertificateKey,
    /// `InvalidParameterValue.InvalidConcurrency`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid concurrency.
    InvalidParameterValueInvalidConcurrency,
    /// `InvalidParameterValue.InvalidListenerPort`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid listener port.
    InvalidParameterValueInvalidListenerPort,
    /// `InvalidParameterValue.InvalidTags`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid tags.
    InvalidParameterValueInvalidTags,
    /// `InvalidParameterValue.L7DomainHitBanBlacklist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: l7 domain hit ban blacklist.
    InvalidParameterValueL7DomainHitBanBlacklist,
    /// `InvalidParameterValue.ProjectIdNotBelong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: project id not belong.
    InvalidParameterValueProjectIdNotBelong,
    /// `InvalidParameterValue.ProxyAndGroupFeatureConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: proxy and group feature conflict.
    InvalidParameterValueProxyAndGroupFeatureConflict,
    /// `InvalidParameterValue.ProxyAndRegionFeatureConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: proxy and region feature conflict.
    InvalidParameterValueProxyAndRegionFeatureConflict,
    /// `InvalidParameterValue.RealServerNotBelong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: real server not belong.
    InvalidParameterValueRealServerNotBelong,
    /// `InvalidParameterValue.UnknownAccessRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unknown access region.
    InvalidParameterValueUnknownAccessRegion,
    /// `InvalidParameterValue.UnknownDestRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unknown dest region.
    InvalidParameterValueUnknownDestRegion,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.Domain`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: domain.
    LimitExceededDomain,
    /// `LimitExceeded.TagQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: tag quota.
    LimitExceededTagQuota,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.AccountViolation`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: account violation.
    ResourceUnavailableAccountViolation,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.CrossBorderInIsolating`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cross border in isolating.
    UnauthorizedOperationCrossBorderInIsolating,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 88] = [
        "AuthFailure",
        "AuthFailure.NotEnterpriseAuthorization",
        "AuthFailure.UnauthorizedOperation",
        "FailedOperation",
        "FailedOperation.AccountBalanceInsufficient",
        "FailedOperation.ActionIsDoing",
        "FailedOperation.ActionOperateTooQuickly",
        "FailedOperation.BelongDifferentGroup",
        "FailedOperation.CertificateIsUsing",
        "FailedOperation.DeleteProxyGroupProxyRemained",
        "FailedOperation.DomainAlreadyExisted",
        "FailedOperation.DomainStatusNotInRunning",
        "FailedOperation.DuplicatedRequest",
        "FailedOperation.GroupStatusNotInRuning",
        "FailedOperation.InstanceStatusNotInRuning",
        "FailedOperation.InvalidListenerProtocol",
        "FailedOperation.LimitNumofListener",
        "FailedOperation.LimitNumofProxiesInGroup",
        "FailedOperation.LimitNumofRules",
        "FailedOperation.LimitRealServerNum",
        "FailedOperation.ListenerHasTask",
        "FailedOperation.ListenerStatusError",
        "FailedOperation.Migration",
        "FailedOperation.NonStandardProxy",
        "FailedOperation.NotSupportOldVersionProxy",
        "FailedOperation.NotSupportProxyGroup",
        "FailedOperation.NotSupportScalar",
        "FailedOperation.OperateLimitNumofListener",
        "FailedOperation.ProxySecurityAlreadyClose",
        "FailedOperation.ProxySecurityAlreadyOpen",
        "FailedOperation.ProxySecurityPolicyDefaultRule",
        "FailedOperation.ProxySecurityPolicyDuplicatedRule",
        "FailedOperation.ProxySecurityPolicyExisted",
        "FailedOperation.ProxySecurityPolicyOperating",
        "FailedOperation.ProxySellOut",
        "FailedOperation.ProxyStatusNotInRuning",
        "FailedOperation.ProxyVersionNotSupport",
        "FailedOperation.RealServerAlreadyBound",
        "FailedOperation.RealServerNotInProject",
        "FailedOperation.ResourceCanNotAccess",
        "FailedOperation.ResourceHadBeenDone",
        "FailedOperation.ResourceUpgrading",
        "FailedOperation.RuleAlreadyExisted",
        "FailedOperation.SecretValidateFailed",
        "FailedOperation.TagResourcesFailed",
        "FailedOperation.UnTagResourcesFailed",
        "FailedOperation.UserNotAuthenticated",
        "FailedOperation.UserNotConfirmProtocol",
        "FailedOperation.UserNotInWhitelist",
        "InternalError",
        "InvalidParameter",
        "InvalidParameter.ConflictParameters",
        "InvalidParameterValue",
        "InvalidParameterValue.CertificateContentNotMatchKey",
        "InvalidParameterValue.CertificateNotMatchDomain",
        "InvalidParameterValue.DomainInIcpBlacklist",
        "InvalidParameterValue.DomainNotRegister",
        "InvalidParameterValue.DuplicateRS",
        "InvalidParameterValue.DuplicatedListenerPort",
        "InvalidParameterValue.FeatureConflict",
        "InvalidParameterValue.GlobalDomainHitBanBlacklist",
        "InvalidParameterValue.HitBanBlacklist",
        "InvalidParameterValue.HitBlacklist",
        "InvalidParameterValue.InvalidBandwidth",
        "InvalidParameterValue.InvalidCertificateContent",
        "InvalidParameterValue.InvalidCertificateId",
        "InvalidParameterValue.InvalidCertificateKey",
        "InvalidParameterValue.InvalidConcurrency",
        "InvalidParameterValue.InvalidListenerPort",
        "InvalidParameterValue.InvalidTags",
        "InvalidParameterValue.L7DomainHitBanBlacklist",
        "InvalidParameterValue.ProjectIdNotBelong",
        "InvalidParameterValue.ProxyAndGroupFeatureConflict",
        "InvalidParameterValue.ProxyAndRegionFeatureConflict",
        "InvalidParameterValue.RealServerNotBelong",
        "InvalidParameterValue.UnknownAccessRegion",
        "InvalidParameterValue.UnknownDestRegion",
        "LimitExceeded",
        "LimitExceeded.Domain",
        "LimitExceeded.TagQuota",
        "MissingParameter",
        "ResourceNotFound",
        "ResourceUnavailable",
        "ResourceUnavailable.AccountViolation",
        "UnauthorizedOperation",
        "UnauthorizedOperation.CrossBorderInIsolating",
        "UnknownParameter",
        "UnsupportedOperation",
    ];
    static NAME_CODES: [u32; 1] = [57];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterValueDuplicateRs",
        ends: &[0, 32],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: not enterprise authorization.Authentication failed: unauthorized operation.The operation failed.The operation failed: account balance insufficient.The operation failed: action is doing.The operation failed: action operate too quickly.The operation failed: belong different group.The operation failed: certificate is using.The operation failed: delete proxy group proxy remained.The operation failed: domain already existed.The operation failed: domain status not in running.The operation failed: duplicated request.The operation failed: group status not in runing.The operation failed: instance status not in runing.The operation failed: invalid listener protocol.The operation failed: limit numof listener.The operation failed: limit numof proxies in group.The operation failed: limit numof rules.The operation failed: limit real server num.The operation failed: listener has task.The operation failed: listener status error.The operation failed: migration.The operation failed: non standard proxy.The operation failed: not support old version proxy.The operation failed: not support proxy group.The operation failed: not support scalar.The operation failed: operate limit numof listener.The operation failed: proxy security already close.The operation failed: proxy security already open.The operation failed: proxy security policy default rule.The operation failed: proxy security policy duplicated rule.The operation failed: proxy security policy existed.The operation failed: proxy security policy operating.The operation failed: proxy sell out.The operation failed: proxy status not in runing.The operation failed: proxy version not support.The operation failed: real server already bound.The operation failed: real server not in project.The operation failed: resource can not access.The operation failed: resource had been done.The operation failed: resource upgrading.The operation failed: rule already existed.The operation failed: secret validate failed.The operation failed: tag resources failed.The operation failed: un tag resources failed.The operation failed: user not authenticated.The operation failed: user not confirm protocol.The operation failed: user not in whitelist.An internal error occurred.A parameter is invalid.A parameter is invalid: conflict parameters.A parameter value is invalid.A parameter value is invalid: certificate content not match key.A parameter value is invalid: certificate not match domain.A parameter value is invalid: domain in icp blacklist.A parameter value is invalid: domain not register.A parameter value is invalid: duplicate RS.A parameter value is invalid: duplicated listener port.A parameter value is invalid: feature conflict.A parameter value is invalid: global domain hit ban blacklist.A parameter value is invalid: hit ban blacklist.A parameter value is invalid: hit blacklist.A parameter value is invalid: invalid bandwidth.A parameter value is invalid: invalid certificate content.A parameter value is invalid: invalid certificate id.A parameter value is invalid: invalid certificate key.A parameter value is invalid: invalid concurrency.A parameter value is invalid: invalid listener port.A parameter value is invalid: invalid tags.A parameter value is invalid: l7 domain hit ban blacklist.A parameter value is invalid: project id not belong.A parameter value is invalid: proxy and group feature conflict.A parameter value is invalid: proxy and region feature conflict.A parameter value is invalid: real server not belong.A parameter value is invalid: unknown access region.A parameter value is invalid: unknown dest region.A limit was exceeded.A limit was exceeded: domain.A limit was exceeded: tag quota.A required parameter is missing.The resource was not found.The resource is unavailable.The resource is unavailable: account violation.The operation is not authorized.The operation is not authorized: cross border in isolating.An unknown parameter was given.The operation is not supported.",
        ends: &[
            0, 22, 74, 120, 141, 192, 230, 279, 324, 367, 423, 468, 519, 560, 609, 661,
            709, 752, 803, 843, 887, 927, 971, 1003, 1044, 1096, 1142, 1183, 1234, 1285,
            1335, 1392, 1452, 1504, 1558, 1595, 1644, 1692, 1740, 1789, 1835, 1880, 1921,
            1964, 2009, 2052, 2098, 2143, 2191, 2235, 2262, 2285, 2329, 2358, 2422, 2481,
            2535, 2585, 2628, 2683, 2730, 2792, 2840, 2884, 2932, 2990, 3043, 3097, 3147,
            3199, 3242, 3300, 3352, 3415, 3479, 3532, 3584, 3634, 3655, 3684, 3716, 3748,
            3775, 3803, 3850, 3882, 3941, 3972, 4003,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 88] = ::cloud_errors::__private::retry_column(
        b"accaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 88] = ::cloud_errors::__private::category_column(
        b"bppiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimccccccccccccccccccccccccccchhhceiiggcl",
    );
    static PILOTS: [u16; 22] = [
        2, 77, 8, 32, 25, 18, 6, 17, 6, 59, 0, 5, 33, 38, 59, 1, 16, 0, 24, 1, 13, 1,
    ];
    static SLOTS: [(&str, u32); 97] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            84, 35, 47, 49, 67, 71, 4294967295, 55, 78, 46, 17, 83, 4294967295, 38, 8,
            68, 57, 77, 24, 12, 19, 34, 73, 40, 30, 74, 79, 4294967295, 56, 13, 58, 61,
            64, 37, 25, 26, 4, 33, 27, 16, 32, 18, 20, 75, 50, 51, 4294967295, 22, 69, 0,
            82, 63, 2, 4294967295, 4294967295, 76, 14, 29, 54, 41, 85, 36, 31, 80, 59,
            44, 7, 48, 65, 60, 70, 28, 11, 4294967295, 1, 86, 15, 21, 5, 6, 4294967295,
            42, 9, 43, 81, 45, 66, 62, 39, 10, 3, 4294967295, 87, 53, 72, 52, 23,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
        descriptions_en: &DESCRIPTIONS_EN,
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
        unsafe impl Code, ::cloud_errors::tencent::Code
    );
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Tencent Cloud GAAP";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud GAAP's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud GAAP: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
