// @generated from catalogs/tencent/cdn.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CDN: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CDN: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.InvalidAuthorization`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: invalid authorization.
    AuthFailureInvalidAuthorization,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.CdnConfigError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cdn config error.
    FailedOperationCdnConfigError,
    /// `FailedOperation.DataSystemError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: data system error.
    FailedOperationDataSystemError,
    /// `FailedOperation.SslCertCannotGetOrder`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ssl cert cannot get order.
    FailedOperationSslCertCannotGetOrder,
    /// `FailedOperation.SslCertNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ssl cert not found.
    FailedOperationSslCertNotFound,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.CamSystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cam system error.
    InternalErrorCamSystemError,
    /// `InternalError.CdnConfigError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cdn config error.
    InternalErrorCdnConfigError,
    /// `InternalError.CdnDbError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cdn db error.
    InternalErrorCdnDbError,
    /// `InternalError.CdnQueryParamError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cdn query param error.
    InternalErrorCdnQueryParamError,
    /// `InternalError.CdnQuerySystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cdn query system error.
    InternalErrorCdnQuerySystemError,
    /// `InternalError.CdnSystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cdn system error.
    InternalErrorCdnSystemError,
    /// `InternalError.ClsInternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cls internal error.
    InternalErrorClsInternalError,
    /// `InternalError.CostDataSystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cost data system error.
    InternalErrorCostDataSystemError,
    /// `InternalError.DataSystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: data system error.
    InternalErrorDataSystemError,
    /// `InternalError.Error`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: error.
    InternalErrorError,
    /// `InternalError.InvalidErrorCode`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: invalid error code.
    InternalErrorInvalidErrorCode,
    /// `InternalError.ProxyServer`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: proxy server.
    InternalErrorProxyServer,
    /// `InternalError.RouteError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: route error.
    InternalErrorRouteError,
    /// `InternalError.TagSystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: tag system error.
    InternalErrorTagSystemError,
    /// `InternalError.UnknownError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unknown error.
    InternalErrorUnknownError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.AccessPortOpenedHttps`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: access port opened https.
    InvalidParameterAccessPortOpenedHttps,
    /// `InvalidParameter.BandLimitRequiredMainland`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: band limit required mainland.
    InvalidParameterBandLimitRequiredMainland,
    /// `InvalidParameter.BandwidthAlertCounterMeasureConflictOriginType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: bandwidth alert counter measure conflict origin type.
    InvalidParameterBandwidthAlertCounterMeasureConflictOriginType,
    /// `InvalidParameter.CDNStatusInvalidDomain`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: CDN status invalid domain.
    InvalidParameterCdnStatusInvalidDomain,
    /// `InvalidParameter.CamResourceBelongToDifferentUser`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cam resource belong to different user.
    InvalidParameterCamResourceBelongToDifferentUser,
    /// `InvalidParameter.CamResourceSixStageError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cam resource six stage error.
    InvalidParameterCamResourceSixStageError,
    /// `InvalidParameter.CamTagKeyAlreadyAttached`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cam tag key already attached.
    InvalidParameterCamTagKeyAlreadyAttached,
    /// `InvalidParameter.CamTagKeyIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cam tag key illegal.
    InvalidParameterCamTagKeyIllegal,
    /// `InvalidParameter.CamTagKeyNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cam tag key not exist.
    InvalidParameterCamTagKeyNotExist,
    /// `InvalidParameter.CamTagValueIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cam tag value illegal.
    InvalidParameterCamTagValueIllegal,
    /// `InvalidParameter.CdnCertInfoNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn cert info not found.
    InvalidParameterCdnCertInfoNotFound,
    /// `InvalidParameter.CdnCertNoCertInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn cert no cert info.
    InvalidParameterCdnCertNoCertInfo,
    /// `InvalidParameter.CdnCertNotPem`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn cert not pem.
    InvalidParameterCdnCertNotPem,
    /// `InvalidParameter.CdnClsDuplicateTopic`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn cls duplicate topic.
    InvalidParameterCdnClsDuplicateTopic,
    /// `InvalidParameter.CdnClsTopicNameInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn cls topic name invalid.
    InvalidParameterCdnClsTopicNameInvalid,
    /// `InvalidParameter.CdnClsTopicNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn cls topic not exist.
    InvalidParameterCdnClsTopicNotExist,
    /// `InvalidParameter.CdnConfigInvalidCache`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn config invalid cache.
    InvalidParameterCdnConfigInvalidCache,
    /// `InvalidParameter.CdnConfigInvalidHost`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn config invalid host.
    InvalidParameterCdnConfigInvalidHost,
    /// `InvalidParameter.CdnConfigInvalidTag`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn config invalid tag.
    InvalidParameterCdnConfigInvalidTag,
    /// `InvalidParameter.CdnConfigTagRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn config tag required.
    InvalidParameterCdnConfigTagRequired,
    /// `InvalidParameter.CdnHostExistsInEdgeOne`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn host exists in edge one.
    InvalidParameterCdnHostExistsInEdgeOne,
    /// `InvalidParameter.CdnHostHasSpecialConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn host has special config.
    InvalidParameterCdnHostHasSpecialConfig,
    /// `InvalidParameter.CdnHostInternalHost`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn host internal host.
    InvalidParameterCdnHostInternalHost,
    /// `InvalidParameter.CdnHostInvalidMiddleConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn host invalid middle config.
    InvalidParameterCdnHostInvalidMiddleConfig,
    /// `InvalidParameter.CdnHostInvalidParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn host invalid param.
    InvalidParameterCdnHostInvalidParam,
    /// `InvalidParameter.CdnHostInvalidStatus`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn host invalid status.
    InvalidParameterCdnHostInvalidStatus,
    /// `InvalidParameter.CdnHostIsCosDefaultAccess`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn host is cos default access.
    InvalidParameterCdnHostIsCosDefaultAccess,
    /// `InvalidParameter.CdnHostTooLongHost`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn host too long host.
    InvalidParameterCdnHostTooLongHost,
    /// `InvalidParameter.CdnInterfaceError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn interface error.
    InvalidParameterCdnInterfaceError,
    /// `InvalidParameter.CdnInvalidParamInterval`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn invalid param interval.
    InvalidParameterCdnInvalidParamInterval,
    /// `InvalidParameter.CdnInvalidParamMetric`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn invalid param metric.
    InvalidParameterCdnInvalidParamMetric,
    /// `InvalidParameter.CdnInvalidParamServiceType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn invalid param service type.
    InvalidParameterCdnInvalidParamServiceType,
    /// `InvalidParameter.CdnKeyRulesExcludeCustomRequiresFullLego`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn key rules exclude custom requires full lego.
    InvalidParameterCdnKeyRulesExcludeCustomRequiresFullLego,
    /// `InvalidParameter.CdnKeyRulesInvalidQueryStringValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn key rules invalid query string value.
    InvalidParameterCdnKeyRulesInvalidQueryStringValue,
    /// `InvalidParameter.CdnParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn param error.
    InvalidParameterCdnParamError,
    /// `InvalidParameter.CdnPurgeWildcardNotAllowed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn purge wildcard not allowed.
    InvalidParameterCdnPurgeWildcardNotAllowed,
    /// `InvalidParameter.CdnPushWildcardNotAllowed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn push wildcard not allowed.
    InvalidParameterCdnPushWildcardNotAllowed,
    /// `InvalidParameter.CdnStatInvalidDate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn stat invalid date.
    InvalidParameterCdnStatInvalidDate,
    /// `InvalidParameter.CdnStatInvalidFilter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn stat invalid filter.
    InvalidParameterCdnStatInvalidFilter,
    /// `InvalidParameter.CdnStatInvalidMetric`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn stat invalid metric.
    InvalidParameterCdnStatInvalidMetric,
    /// `InvalidParameter.CdnStatInvalidProjectId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn stat invalid project id.
    InvalidParameterCdnStatInvalidProjectId,
    /// `InvalidParameter.CdnStatTooManyDomains`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn stat too many domains.
    InvalidParameterCdnStatTooManyDomains,
    /// `InvalidParameter.CdnUrlExceedLength`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdn url exceed length.
    InvalidParameterCdnUrlExceedLength,
    /// `InvalidParameter.ClsIndexConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cls index conflict.
    InvalidParameterClsIndexConflict,
    /// `InvalidParameter.ClsIndexRuleEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cls index rule empty.
    InvalidParameterClsIndexRuleEmpty,
    /// `InvalidParameter.ClsInvalidContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cls invalid content.
    InvalidParameterClsInvalidContent,
    /// `InvalidParameter.ClsInvalidContentType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cls invalid content type.
    InvalidParameterClsInvalidContentType,
    /// `InvalidParameter.ClsInvalidLogsetId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cls invalid logset id.
    InvalidParameterClsInvalidLogsetId,
    /// `InvalidParameter.ClsInvalidParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cls invalid param.
    InvalidParameterClsInvalidParam,
    /// `InvalidParameter.ClsLogsetConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cls logset conflict.
    InvalidParameterClsLogsetConflict,
    /// `InvalidParameter.ClsLogsetEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cls logset empty.
    InvalidParameterClsLogsetEmpty,
    /// `InvalidParameter.ClsLogsetNotEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cls logset not empty.
    InvalidParameterClsLogsetNotEmpty,
    /// `InvalidParameter.ClsMissingAuthorization`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cls missing authorization.
    InvalidParameterClsMissingAuthorization,
    /// `InvalidParameter.ClsMissingContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cls missing content.
    InvalidParameterClsMissingContent,
    /// `InvalidParameter.ClsSyntaxError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cls syntax error.
    InvalidParameterClsSyntaxError,
    /// `InvalidParameter.ClsTopicClosed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cls topic closed.
    InvalidParameterClsTopicClosed,
    /// `InvalidParameter.ClsTopicConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cls topic conflict.
    InvalidParameterClsTopicConflict,
    /// `InvalidParameter.EcdnInterfaceError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: ecdn interface error.
    InvalidParameterEcdnInterfaceError,
    /// `InvalidParameter.PathRegexTooManySubPattern`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: path regex too many sub pattern.
    InvalidParameterPathRegexTooManySubPattern,
    /// `InvalidParameter.RemoteAuthInvalidPlatform`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: remote auth invalid platform.
    InvalidParameterRemoteAuthInvalidPlatform,
    /// `InvalidParameter.RemoteAuthInvalidProtocol`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: remote auth invalid protocol.
    InvalidParameterRemoteAuthInvalidProtocol,
    /// `InvalidParameter.SslCertChainError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: ssl cert chain error.
    InvalidParameterSslCertChainError,
    /// `InvalidParameter.SslCertMatchError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: ssl cert match error.
    InvalidParameterSslCertMatchError,
    /// `InvalidParameter.SslCertParseError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: ssl cert parse error.
    InvalidParameterSslCertParseError,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.CamResourceArrayTooLong`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cam resource array too long.
    LimitExceededCamResourceArrayTooLong,
    /// `LimitExceeded.CamResourceTooManyTagKey`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cam resource too many tag key.
    LimitExceededCamResourceTooManyTagKey,
    /// `LimitExceeded.CamTagKeyTooLong`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cam tag key too long.
    LimitExceededCamTagKeyTooLong,
    /// `LimitExceeded.CamTagKeyTooManyTagValue`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cam tag key too many tag value.
    LimitExceededCamTagKeyTooManyTagValue,
    /// `LimitExceeded.CamTagQuotaExceedLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cam tag quota exceed limit.
    LimitExceededCamTagQuotaExceedLimit,
    /// `LimitExceeded.CamUserTooManyTagKey`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cam user too many tag key.
    LimitExceededCamUserTooManyTagKey,
    /// `LimitExceeded.CdnCallingQueryIpTooOften`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cdn calling query ip too often.
    LimitExceededCdnCallingQueryIpTooOften,
    /// `LimitExceeded.CdnClsTooManyTopics`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cdn cls too many topics.
    LimitExceededCdnClsTooManyTopics,
    /// `LimitExceeded.CdnConfigTooManyCacheRules`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cdn config too many cache rules.
    LimitExceededCdnConfigTooManyCacheRules,
    /// `LimitExceeded.CdnHostOpTooOften`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cdn host op too often.
    LimitExceededCdnHostOpTooOften,
    /// `LimitExceeded.CdnPurgeExceedBatchLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cdn purge exceed batch limit.
    LimitExceededCdnPurgeExceedBatchLimit,
    /// `LimitExceeded.CdnPurgeExceedDayLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cdn purge exceed day limit.
    LimitExceededCdnPurgeExceedDayLimit,
    /// `LimitExceeded.CdnPurgePathExceedBatchLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cdn purge path exceed batch limit.
    LimitExceededCdnPurgePathExceedBatchLimit,
    /// `LimitExceeded.CdnPurgePathExceedDayLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cdn purge path exceed day limit.
    LimitExceededCdnPurgePathExceedDayLimit,
    /// `LimitExceeded.CdnPurgeUrlExceedBatchLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cdn purge url exceed batch limit.
    LimitExceededCdnPurgeUrlExceedBatchLimit,
    /// `LimitExceeded.CdnPurgeUrlExceedDayLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cdn purge url exceed day limit.
    LimitExceededCdnPurgeUrlExceedDayLimit,
    /// `LimitExceeded.CdnPushExceedBatchLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cdn push exceed batch limit.
    LimitExceededCdnPushExceedBatchLimit,
    /// `LimitExceeded.CdnPushExceedDayLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cdn push exceed day limit.
    LimitExceededCdnPushExceedDayLimit,
    /// `LimitExceeded.CdnQueryIpBatchTooMany`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cdn query ip batch too many.
    LimitExceededCdnQueryIpBatchTooMany,
    /// `LimitExceeded.CdnUserTooManyHosts`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cdn user too many hosts.
    LimitExceededCdnUserTooManyHosts,
    /// `LimitExceeded.ClsLogSizeExceed`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cls log size exceed.
    LimitExceededClsLogSizeExceed,
    /// `LimitExceeded.ClsLogsetExceed`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cls logset exceed.
    LimitExceededClsLogsetExceed,
    /// `LimitExceeded.ClsTopicExceed`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cls topic exceed.
    LimitExceededClsTopicExceed,
    /// `LimitExceeded.SslCertRequestLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: ssl cert request limit exceeded.
    LimitExceededSslCertRequestLimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied.CdnHostHasDDosRisk`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: cdn host has d dos risk.
    OperationDeniedCdnHostHasDDosRisk,
    /// `OperationDenied.ProductUpdating`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: product updating.
    OperationDeniedProductUpdating,
    /// `OperationDenied.ProductUpgraded`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: product upgraded.
    OperationDeniedProductUpgraded,
    /// `OperationDenied.ShareCacheAreaDnsNotMatch`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: share cache area dns not match.
    OperationDeniedShareCacheAreaDnsNotMatch,
    /// `OperationDenied.UserMigrating`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: user migrating.
    OperationDeniedUserMigrating,
    /// `ResourceInUse.CdnConflictHostExists`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: cdn conflict host exists.
    ResourceInUseCdnConflictHostExists,
    /// `ResourceInUse.CdnHostExists`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: cdn host exists.
    ResourceInUseCdnHostExists,
    /// `ResourceInUse.CdnOpInProgress`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: cdn op in progress.
    ResourceInUseCdnOpInProgress,
    /// `ResourceInUse.TcbHostExists`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: tcb host exists.
    ResourceInUseTcbHostExists,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.CamTagKeyNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cam tag key not exist.
    ResourceNotFoundCamTagKeyNotExist,
    /// `ResourceNotFound.CdnHostNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cdn host not exists.
    ResourceNotFoundCdnHostNotExists,
    /// `ResourceNotFound.CdnProjectNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cdn project not exists.
    ResourceNotFoundCdnProjectNotExists,
    /// `ResourceNotFound.CdnUserNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cdn user not exists.
    ResourceNotFoundCdnUserNotExists,
    /// `ResourceNotFound.CdnUserTooManyHosts`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cdn user too many hosts.
    ResourceNotFoundCdnUserTooManyHosts,
    /// `ResourceNotFound.ClsIndexNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cls index not exist.
    ResourceNotFoundClsIndexNotExist,
    /// `ResourceNotFound.ClsLogsetNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cls logset not exist.
    ResourceNotFoundClsLogsetNotExist,
    /// `ResourceNotFound.ClsTopicNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cls topic not exist.
    ResourceNotFoundClsTopicNotExist,
    /// `ResourceNotFound.EcdnDomainNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: ecdn domain not exists.
    ResourceNotFoundEcdnDomainNotExists,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.CdnHostBelongsToOthersInMainland`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cdn host belongs to others in mainland.
    ResourceUnavailableCdnHostBelongsToOthersInMainland,
    /// `ResourceUnavailable.CdnHostBelongsToOthersInOverseas`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cdn host belongs to others in overseas.
    ResourceUnavailableCdnHostBelongsToOthersInOverseas,
    /// `ResourceUnavailable.CdnHostExistsInDsa`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cdn host exists in dsa.
    ResourceUnavailableCdnHostExistsInDsa,
    /// `ResourceUnavailable.CdnHostExistsInTcb`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cdn host exists in tcb.
    ResourceUnavailableCdnHostExistsInTcb,
    /// `ResourceUnavailable.CdnHostIsLocked`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cdn host is locked.
    ResourceUnavailableCdnHostIsLocked,
    /// `ResourceUnavailable.CdnHostIsMalicious`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cdn host is malicious.
    ResourceUnavailableCdnHostIsMalicious,
    /// `ResourceUnavailable.CdnHostIsNotOffline`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cdn host is not offline.
    ResourceUnavailableCdnHostIsNotOffline,
    /// `ResourceUnavailable.CdnHostIsNotOnline`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cdn host is not online.
    ResourceUnavailableCdnHostIsNotOnline,
    /// `ResourceUnavailable.CdnHostNoIcp`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cdn host no icp.
    ResourceUnavailableCdnHostNoIcp,
    /// `ResourceUnavailable.CheckUserHighRisk`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: check user high risk.
    ResourceUnavailableCheckUserHighRisk,
    /// `ResourceUnavailable.HostExistInVod`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: host exist in vod.
    ResourceUnavailableHostExistInVod,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.CdnAccountUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cdn account unauthorized.
    UnauthorizedOperationCdnAccountUnauthorized,
    /// `UnauthorizedOperation.CdnCamUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cdn cam unauthorized.
    UnauthorizedOperationCdnCamUnauthorized,
    /// `UnauthorizedOperation.CdnClsNotRegistered`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cdn cls not registered.
    UnauthorizedOperationCdnClsNotRegistered,
    /// `UnauthorizedOperation.CdnDomainRecordNotVerified`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cdn domain record not verified.
    UnauthorizedOperationCdnDomainRecordNotVerified,
    /// `UnauthorizedOperation.CdnHostExistsInInternal`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cdn host exists in internal.
    UnauthorizedOperationCdnHostExistsInInternal,
    /// `UnauthorizedOperation.CdnHostInIcpBlacklist`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cdn host in icp blacklist.
    UnauthorizedOperationCdnHostInIcpBlacklist,
    /// `UnauthorizedOperation.CdnHostIsOwnedByOther`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cdn host is owned by other.
    UnauthorizedOperationCdnHostIsOwnedByOther,
    /// `UnauthorizedOperation.CdnHostIsToApplyHost`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cdn host is to apply host.
    UnauthorizedOperationCdnHostIsToApplyHost,
    /// `UnauthorizedOperation.CdnHostIsUsedByOther`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cdn host is used by other.
    UnauthorizedOperationCdnHostIsUsedByOther,
    /// `UnauthorizedOperation.CdnHostUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cdn host unauthorized.
    UnauthorizedOperationCdnHostUnauthorized,
    /// `UnauthorizedOperation.CdnInvalidUserStatus`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cdn invalid user status.
    UnauthorizedOperationCdnInvalidUserStatus,
    /// `UnauthorizedOperation.CdnProjectUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cdn project unauthorized.
    UnauthorizedOperationCdnProjectUnauthorized,
    /// `UnauthorizedOperation.CdnTagUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cdn tag unauthorized.
    UnauthorizedOperationCdnTagUnauthorized,
    /// `UnauthorizedOperation.CdnTxtRecordValueNotMatch`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cdn txt record value not match.
    UnauthorizedOperationCdnTxtRecordValueNotMatch,
    /// `UnauthorizedOperation.CdnUserAuthFail`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cdn user auth fail.
    UnauthorizedOperationCdnUserAuthFail,
    /// `UnauthorizedOperation.CdnUserAuthWait`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cdn user auth wait.
    UnauthorizedOperationCdnUserAuthWait,
    /// `UnauthorizedOperation.CdnUserInvalidCredential`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cdn user invalid credential.
    UnauthorizedOperationCdnUserInvalidCredential,
    /// `UnauthorizedOperation.CdnUserIsIsolated`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cdn user is isolated.
    UnauthorizedOperationCdnUserIsIsolated,
    /// `UnauthorizedOperation.CdnUserIsSuspended`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cdn user is suspended.
    UnauthorizedOperationCdnUserIsSuspended,
    /// `UnauthorizedOperation.CdnUserNoWhitelist`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cdn user no whitelist.
    UnauthorizedOperationCdnUserNoWhitelist,
    /// `UnauthorizedOperation.ClsInvalidAuthorization`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cls invalid authorization.
    UnauthorizedOperationClsInvalidAuthorization,
    /// `UnauthorizedOperation.ClsServiceNotActivated`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cls service not activated.
    UnauthorizedOperationClsServiceNotActivated,
    /// `UnauthorizedOperation.ClsUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cls unauthorized.
    UnauthorizedOperationClsUnauthorized,
    /// `UnauthorizedOperation.CsrfError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: csrf error.
    UnauthorizedOperationCsrfError,
    /// `UnauthorizedOperation.EcdnMigratedCdn`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: ecdn migrated cdn.
    UnauthorizedOperationEcdnMigratedCdn,
    /// `UnauthorizedOperation.OpNoAuth`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: op no auth.
    UnauthorizedOperationOpNoAuth,
    /// `UnauthorizedOperation.OperationTooOften`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: operation too often.
    UnauthorizedOperationOperationTooOften,
    /// `UnauthorizedOperation.Unknown`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: unknown.
    UnauthorizedOperationUnknown,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation.ClsNotAllowed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cls not allowed.
    UnsupportedOperationClsNotAllowed,
    /// `UnsupportedOperation.OpNoAuth`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: op no auth.
    UnsupportedOperationOpNoAuth,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 178] = [
        "AuthFailure",
        "AuthFailure.InvalidAuthorization",
        "FailedOperation",
        "FailedOperation.CdnConfigError",
        "FailedOperation.DataSystemError",
        "FailedOperation.SslCertCannotGetOrder",
        "FailedOperation.SslCertNotFound",
        "InternalError",
        "InternalError.CamSystemError",
        "InternalError.CdnConfigError",
        "InternalError.CdnDbError",
        "InternalError.CdnQueryParamError",
        "InternalError.CdnQuerySystemError",
        "InternalError.CdnSystemError",
        "InternalError.ClsInternalError",
        "InternalError.CostDataSystemError",
        "InternalError.DataSystemError",
        "InternalError.Error",
        "InternalError.InvalidErrorCode",
        "InternalError.ProxyServer",
        "InternalError.RouteError",
        "InternalError.TagSystemError",
        "InternalError.UnknownError",
        "InvalidParameter",
        "InvalidParameter.AccessPortOpenedHttps",
        "InvalidParameter.BandLimitRequiredMainland",
        "InvalidParameter.BandwidthAlertCounterMeasureConflictOriginType",
        "InvalidParameter.CDNStatusInvalidDomain",
        "InvalidParameter.CamResourceBelongToDifferentUser",
        "InvalidParameter.CamResourceSixStageError",
        "InvalidParameter.CamTagKeyAlreadyAttached",
        "InvalidParameter.CamTagKeyIllegal",
        "InvalidParameter.CamTagKeyNotExist",
        "InvalidParameter.CamTagValueIllegal",
        "InvalidParameter.CdnCertInfoNotFound",
        "InvalidParameter.CdnCertNoCertInfo",
        "InvalidParameter.CdnCertNotPem",
        "InvalidParameter.CdnClsDuplicateTopic",
        "InvalidParameter.CdnClsTopicNameInvalid",
        "InvalidParameter.CdnClsTopicNotExist",
        "InvalidParameter.CdnConfigInvalidCache",
        "InvalidParameter.CdnConfigInvalidHost",
        "InvalidParameter.CdnConfigInvalidTag",
        "InvalidParameter.CdnConfigTagRequired",
        "InvalidParameter.CdnHostExistsInEdgeOne",
        "InvalidParameter.CdnHostHasSpecialConfig",
        "InvalidParameter.CdnHostInternalHost",
        "InvalidParameter.CdnHostInvalidMiddleConfig",
        "InvalidParameter.CdnHostInvalidParam",
        "InvalidParameter.CdnHostInvalidStatus",
        "InvalidParameter.CdnHostIsCosDefaultAccess",
        "InvalidParameter.CdnHostTooLongHost",
        "InvalidParameter.CdnInterfaceError",
        "InvalidParameter.CdnInvalidParamInterval",
        "InvalidParameter.CdnInvalidParamMetric",
        "InvalidParameter.CdnInvalidParamServiceType",
        "InvalidParameter.CdnKeyRulesExcludeCustomRequiresFullLego",
        "InvalidParameter.CdnKeyRulesInvalidQueryStringValue",
        "InvalidParameter.CdnParamError",
        "InvalidParameter.CdnPurgeWildcardNotAllowed",
        "InvalidParameter.CdnPushWildcardNotAllowed",
        "InvalidParameter.CdnStatInvalidDate",
        "InvalidParameter.CdnStatInvalidFilter",
        "InvalidParameter.CdnStatInvalidMetric",
        "InvalidParameter.CdnStatInvalidProjectId",
        "InvalidParameter.CdnStatTooManyDomains",
        "InvalidParameter.CdnUrlExceedLength",
        "InvalidParameter.ClsIndexConflict",
        "InvalidParameter.ClsIndexRuleEmpty",
        "InvalidParameter.ClsInvalidContent",
        "InvalidParameter.ClsInvalidContentType",
        "InvalidParameter.ClsInvalidLogsetId",
        "InvalidParameter.ClsInvalidParam",
        "InvalidParameter.ClsLogsetConflict",
        "InvalidParameter.ClsLogsetEmpty",
        "InvalidParameter.ClsLogsetNotEmpty",
        "InvalidParameter.ClsMissingAuthorization",
        "InvalidParameter.ClsMissingContent",
        "InvalidParameter.ClsSyntaxError",
        "InvalidParameter.ClsTopicClosed",
        "InvalidParameter.ClsTopicConflict",
        "InvalidParameter.EcdnInterfaceError",
        "InvalidParameter.PathRegexTooManySubPattern",
        "InvalidParameter.RemoteAuthInvalidPlatform",
        "InvalidParameter.RemoteAuthInvalidProtocol",
        "InvalidParameter.SslCertChainError",
        "InvalidParameter.SslCertMatchError",
        "InvalidParameter.SslCertParseError",
        "InvalidParameterValue",
        "LimitExceeded",
        "LimitExceeded.CamResourceArrayTooLong",
        "LimitExceeded.CamResourceTooManyTagKey",
        "LimitExceeded.CamTagKeyTooLong",
        "LimitExceeded.CamTagKeyTooManyTagValue",
        "LimitExceeded.CamTagQuotaExceedLimit",
        "LimitExceeded.CamUserTooManyTagKey",
        "LimitExceeded.CdnCallingQueryIpTooOften",
        "LimitExceeded.CdnClsTooManyTopics",
        "LimitExceeded.CdnConfigTooManyCacheRules",
        "LimitExceeded.CdnHostOpTooOften",
        "LimitExceeded.CdnPurgeExceedBatchLimit",
        "LimitExceeded.CdnPurgeExceedDayLimit",
        "LimitExceeded.CdnPurgePathExceedBatchLimit",
        "LimitExceeded.CdnPurgePathExceedDayLimit",
        "LimitExceeded.CdnPurgeUrlExceedBatchLimit",
        "LimitExceeded.CdnPurgeUrlExceedDayLimit",
        "LimitExceeded.CdnPushExceedBatchLimit",
        "LimitExceeded.CdnPushExceedDayLimit",
        "LimitExceeded.CdnQueryIpBatchTooMany",
        "LimitExceeded.CdnUserTooManyHosts",
        "LimitExceeded.ClsLogSizeExceed",
        "LimitExceeded.ClsLogsetExceed",
        "LimitExceeded.ClsTopicExceed",
        "LimitExceeded.SslCertRequestLimitExceeded",
        "MissingParameter",
        "OperationDenied.CdnHostHasDDosRisk",
        "OperationDenied.ProductUpdating",
        "OperationDenied.ProductUpgraded",
        "OperationDenied.ShareCacheAreaDnsNotMatch",
        "OperationDenied.UserMigrating",
        "ResourceInUse.CdnConflictHostExists",
        "ResourceInUse.CdnHostExists",
        "ResourceInUse.CdnOpInProgress",
        "ResourceInUse.TcbHostExists",
        "ResourceNotFound",
        "ResourceNotFound.CamTagKeyNotExist",
        "ResourceNotFound.CdnHostNotExists",
        "ResourceNotFound.CdnProjectNotExists",
        "ResourceNotFound.CdnUserNotExists",
        "ResourceNotFound.CdnUserTooManyHosts",
        "ResourceNotFound.ClsIndexNotExist",
        "ResourceNotFound.ClsLogsetNotExist",
        "ResourceNotFound.ClsTopicNotExist",
        "ResourceNotFound.EcdnDomainNotExists",
        "ResourceUnavailable",
        "ResourceUnavailable.CdnHostBelongsToOthersInMainland",
        "ResourceUnavailable.CdnHostBelongsToOthersInOverseas",
        "ResourceUnavailable.CdnHostExistsInDsa",
        "ResourceUnavailable.CdnHostExistsInTcb",
        "ResourceUnavailable.CdnHostIsLocked",
        "ResourceUnavailable.CdnHostIsMalicious",
        "ResourceUnavailable.CdnHostIsNotOffline",
        "ResourceUnavailable.CdnHostIsNotOnline",
        "ResourceUnavailable.CdnHostNoIcp",
        "ResourceUnavailable.CheckUserHighRisk",
        "ResourceUnavailable.HostExistInVod",
        "UnauthorizedOperation",
        "UnauthorizedOperation.CdnAccountUnauthorized",
        "UnauthorizedOperation.CdnCamUnauthorized",
        "UnauthorizedOperation.CdnClsNotRegistered",
        "UnauthorizedOperation.CdnDomainRecordNotVerified",
        "UnauthorizedOperation.CdnHostExistsInInternal",
        "UnauthorizedOperation.CdnHostInIcpBlacklist",
        "UnauthorizedOperation.CdnHostIsOwnedByOther",
        "UnauthorizedOperation.CdnHostIsToApplyHost",
        "UnauthorizedOperation.CdnHostIsUsedByOther",
        "UnauthorizedOperation.CdnHostUnauthorized",
        "UnauthorizedOperation.CdnInvalidUserStatus",
        "UnauthorizedOperation.CdnProjectUnauthorized",
        "UnauthorizedOperation.CdnTagUnauthorized",
        "UnauthorizedOperation.CdnTxtRecordValueNotMatch",
        "UnauthorizedOperation.CdnUserAuthFail",
        "UnauthorizedOperation.CdnUserAuthWait",
        "UnauthorizedOperation.CdnUserInvalidCredential",
        "UnauthorizedOperation.CdnUserIsIsolated",
        "UnauthorizedOperation.CdnUserIsSuspended",
        "UnauthorizedOperation.CdnUserNoWhitelist",
        "UnauthorizedOperation.ClsInvalidAuthorization",
        "UnauthorizedOperation.ClsServiceNotActivated",
        "UnauthorizedOperation.ClsUnauthorized",
        "UnauthorizedOperation.CsrfError",
        "UnauthorizedOperation.EcdnMigratedCdn",
        "UnauthorizedOperation.OpNoAuth",
        "UnauthorizedOperation.OperationTooOften",
        "UnauthorizedOperation.Unknown",
        "UnknownParameter",
        "UnsupportedOperation.ClsNotAllowed",
        "UnsupportedOperation.OpNoAuth",
    ];
    static NAME_CODES: [u32; 1] = [27];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterCdnStatusInvalidDomain",
        ends: &[0, 38],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: invalid authorization.The operation failed.The operation failed: cdn config error.The operation failed: data system error.The operation failed: ssl cert cannot get order.The operation failed: ssl cert not found.An internal error occurred.An internal error occurred: cam system error.An internal error occurred: cdn config error.An internal error occurred: cdn db error.An internal error occurred: cdn query param error.An internal error occurred: cdn query system error.An internal error occurred: cdn system error.An internal error occurred: cls internal error.An internal error occurred: cost data system error.An internal error occurred: data system error.An internal error occurred: error.An internal error occurred: invalid error code.An internal error occurred: proxy server.An internal error occurred: route error.An internal error occurred: tag system error.An internal error occurred: unknown error.A parameter is invalid.A parameter is invalid: access port opened https.A parameter is invalid: band limit required mainland.A parameter is invalid: bandwidth alert counter measure conflict origin type.A parameter is invalid: CDN status invalid domain.A parameter is invalid: cam resource belong to different user.A parameter is invalid: cam resource six stage error.A parameter is invalid: cam tag key already attached.A parameter is invalid: cam tag key illegal.A parameter is invalid: cam tag key not exist.A parameter is invalid: cam tag value illegal.A parameter is invalid: cdn cert info not found.A parameter is invalid: cdn cert no cert info.A parameter is invalid: cdn cert not pem.A parameter is invalid: cdn cls duplicate topic.A parameter is invalid: cdn cls topic name invalid.A parameter is invalid: cdn cls topic not exist.A parameter is invalid: cdn config invalid cache.A parameter is invalid: cdn config invalid host.A parameter is invalid: cdn config invalid tag.A parameter is invalid: cdn config tag required.A parameter is invalid: cdn host exists in edge one.A parameter is invalid: cdn host has special config.A parameter is invalid: cdn host internal host.A parameter is invalid: cdn host invalid middle config.A parameter is invalid: cdn host invalid param.A parameter is invalid: cdn host invalid status.A parameter is invalid: cdn host is cos default access.A parameter is invalid: cdn host too long host.A parameter is invalid: cdn interface error.A parameter is invalid: cdn invalid param interval.A parameter is invalid: cdn invalid param metric.A parameter is invalid: cdn invalid param service type.A parameter is invalid: cdn key rules exclude custom requires full lego.A parameter is invalid: cdn key rules invalid query string value.A parameter is invalid: cdn param error.A parameter is invalid: cdn purge wildcard not allowed.A parameter is invalid: cdn push wildcard not allowed.A parameter is invalid: cdn stat invalid date.A parameter is invalid: cdn stat invalid filter.A parameter is invalid: cdn stat invalid metric.A parameter is invalid: cdn stat invalid project id.A parameter is invalid: cdn stat too many domains.A parameter is invalid: cdn url exceed length.A parameter is invalid: cls index conflict.A parameter is invalid: cls index rule empty.A parameter is invalid: cls invalid content.A parameter is invalid: cls invalid content type.A parameter is invalid: cls invalid logset id.A parameter is invalid: cls invalid param.A parameter is invalid: cls logset conflict.A parameter is invalid: cls logset empty.A parameter is invalid: cls logset not empty.A parameter is invalid: cls missing authorization.A parameter is invalid: cls missing content.A parameter is invalid: cls syntax error.A parameter is invalid: cls topic closed.A parameter is invalid: cls topic conflict.A parameter is invalid: ecdn interface error.A parameter is invalid: path regex too many sub pattern.A parameter is invalid: remote auth invalid platform.A parameter is invalid: remote auth invalid protocol.A parameter is invalid: ssl cert chain error.A parameter is invalid: ssl cert match error.A parameter is invalid: ssl cert parse error.A parameter value is invalid.A limit was exceeded.A limit was exceeded: cam resource array too long.A limit was exceeded: cam resource too many tag key.A limit was exceeded: cam tag key too long.A limit was exceeded: cam tag key too many tag value.A limit was exceeded: cam tag quota exceed limit.A limit was exceeded: cam user too many tag key.A limit was exceeded: cdn calling query ip too often.A limit was exceeded: cdn cls too many topics.A limit was exceeded: cdn config too many cache rules.A limit was exceeded: cdn host op too often.A limit was exceeded: cdn purge exceed batch limit.A limit was exceeded: cdn purge exceed day limit.A limit was exceeded: cdn purge path exceed batch limit.A limit was exceeded: cdn purge path exceed day limit.A limit was exceeded: cdn purge url exceed batch limit.A limit was exceeded: cdn purge url exceed day limit.A limit was exceeded: cdn push exceed batch limit.A limit was exceeded: cdn push exceed day limit.A limit was exceeded: cdn query ip batch too many.A limit was exceeded: cdn user too many hosts.A limit was exceeded: cls log size exceed.A limit was exceeded: cls logset exceed.A limit was exceeded: cls topic exceed.A limit was exceeded: ssl cert request limit exceeded.A required parameter is missing.The operation was denied: cdn host has d dos risk.The operation was denied: product updating.The operation was denied: product upgraded.The operation was denied: share cache area dns not match.The operation was denied: user migrating.The resource is in use: cdn conflict host exists.The resource is in use: cdn host exists.The resource is in use: cdn op in progress.The resource is in use: tcb host exists.The resource was not found.The resource was not found: cam tag key not exist.The resource was not found: cdn host not exists.The resource was not found: cdn project not exists.The resource was not found: cdn user not exists.The resource was not found: cdn user too many hosts.The resource was not found: cls index not exist.The resource was not found: cls logset not exist.The resource was not found: cls topic not exist.The resource was not found: ecdn domain not exists.The resource is unavailable.The resource is unavailable: cdn host belongs to others in mainland.The resource is unavailable: cdn host belongs to others in overseas.The resource is unavailable: cdn host exists in dsa.The resource is unavailable: cdn host exists in tcb.The resource is unavailable: cdn host is locked.The resource is unavailable: cdn host is malicious.The resource is unavailable: cdn host is not offline.The resource is unavailable: cdn host is not online.The resource is unavailable: cdn host no icp.The resource is unavailable: check user high risk.The resource is unavailable: host exist in vod.The operation is not authorized.The operation is not authorized: cdn account unauthorized.The operation is not authorized: cdn cam unauthorized.The operation is not authorized: cdn cls not registered.The operation is not authorized: cdn domain record not verified.The operation is not authorized: cdn host exists in internal.The operation is not authorized: cdn host in icp blacklist.The operation is not authorized: cdn host is owned by other.The operation is not authorized: cdn host is to apply host.The operation is not authorized: cdn host is used by other.The operation is not authorized: cdn host unauthorized.The operation is not authorized: cdn invalid user status.The operation is not authorized: cdn project unauthorized.The operation is not authorized: cdn tag unauthorized.The operation is not authorized: cdn txt record value not match.The operation is not authorized: cdn user auth fail.The operation is not authorized: cdn user auth wait.The operation is not authorized: cdn user invalid credential.The operation is not authorized: cdn user is isolated.The operation is not authorized: cdn user is suspended.The operation is not authorized: cdn user no whitelist.The operation is not authorized: cls invalid authorization.The operation is not authorized: cls service not activated.The operation is not authorized: cls unauthorized.The operation is not authorized: csrf error.The operation is not authorized: ecdn migrated cdn.The operation is not authorized: op no auth.The operation is not authorized: operation too often.The operation is not authorized: unknown.An unknown parameter was given.The operation is not supported: cls not allowed.The operation is not supported: op no auth.",
        ends: &[
            0, 22, 67, 88, 127, 167, 215, 256, 283, 328, 373, 414, 464, 515, 560, 607,
            658, 704, 738, 785, 826, 866, 911, 953, 976, 1025, 1078, 1155, 1205, 1267,
            1320, 1373, 1417, 1463, 1509, 1557, 1603, 1644, 1692, 1743, 1791, 1840, 1888,
            1935, 1983, 2035, 2087, 2134, 2189, 2236, 2284, 2339, 2386, 2430, 2481, 2530,
            2585, 2657, 2722, 2762, 2817, 2871, 2917, 2965, 3013, 3065, 3115, 3161, 3204,
            3249, 3293, 3342, 3388, 3430, 3474, 3515, 3560, 3610, 3654, 3695, 3736, 3779,
            3824, 3880, 3933, 3986, 4031, 4076, 4121, 4150, 4171, 4221, 4273, 4316, 4369,
            4418, 4466, 4519, 4565, 4619, 4663, 4714, 4763, 4819, 4873, 4928, 4981, 5031,
            5079, 5129, 5175, 5217, 5257, 5296, 5350, 5382, 5432, 5475, 5518, 5575, 5616,
            5665, 5705, 5748, 5788, 5815, 5865, 5913, 5964, 6012, 6064, 6112, 6161, 6209,
            6260, 6288, 6356, 6424, 6476, 6528, 6576, 6627, 6680, 6732, 6777, 6827, 6874,
            6906, 6964, 7018, 7074, 7138, 7199, 7258, 7318, 7377, 7436, 7491, 7548, 7606,
            7660, 7724, 7776, 7828, 7889, 7943, 7998, 8053, 8112, 8171, 8221, 8265, 8316,
            8360, 8413, 8454, 8485, 8533, 8576,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 178] = ::cloud_errors::__private::retry_column(
        b"acaaaaabbbbbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacccccbbbbaaaaaaaaaacccccccccccccccccccccccccccccccccccccccccaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 178] = ::cloud_errors::__private::category_column(
        b"bpiiiiimmmmmmmmmmmmmmmmcccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccchhhhhhhhhhhhhhhhhhhhhhhhhcgggggjjjjeeeeeeeeeeiiiiiiiiiiiigggggggggggggggggggggggggggggcii",
    );
    static PILOTS: [u16; 45] = [
        2, 42, 20, 14, 5, 3, 19, 1, 2, 0, 12, 29, 1, 7, 83, 4, 50, 3, 0, 51, 19, 1, 59,
        20, 33, 30, 2, 45, 24, 8, 29, 1, 0, 51, 12, 280, 0, 3, 5, 50, 85, 223, 58, 12, 0,
    ];
    static SLOTS: [(&str, u32); 197] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            79, 146, 1, 118, 107, 3, 126, 159, 4294967295, 43, 90, 4294967295, 175, 170,
            162, 116, 171, 53, 52, 94, 84, 141, 101, 30, 49, 31, 123, 163, 177, 34, 91,
            150, 80, 172, 4294967295, 4294967295, 89, 153, 12, 63, 47, 56, 13, 96, 168,
            4294967295, 4294967295, 25, 99, 11, 4294967295, 60, 85, 10, 156, 51, 59, 62,
            132, 5, 40, 122, 21, 48, 46, 4, 109, 151, 115, 136, 166, 4294967295, 29, 86,
            69, 97, 142, 72, 105, 8, 35, 113, 15, 127, 4294967295, 81, 4294967295, 174,
            7, 82, 100, 33, 135, 17, 74, 124, 121, 102, 120, 165, 148, 131, 55, 76, 147,
            57, 78, 88, 145, 75, 16, 18, 4294967295, 83, 6, 140, 104, 87, 64, 4294967295,
            4294967295, 92, 134, 22, 139, 37, 32, 167, 4294967295, 160, 4294967295, 108,
            152, 4294967295, 14, 70, 93, 66, 71, 28, 98, 24, 73, 54, 77, 119, 125, 41,
            154, 161, 4294967295, 45, 50, 110, 58, 144, 149, 61, 133, 20, 176, 137, 112,
            65, 19, 42, 130, 68, 111, 39, 164, 44, 95, 103, 26, 4294967295, 38, 9, 158,
            155, 4294967295, 128, 138, 67, 2, 23, 106, 36, 173, 0, 117, 27, 114, 143,
            157, 169, 129,
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
    const PROVIDER: &'static str = "Tencent Cloud CDN";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CDN's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CDN: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
