// @generated from catalogs/tencent/teo_v20220901.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TEO v20220901: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TEO v20220901: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The request was a dry run and was not carried out.
    DryRunOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.CertificateHasExpired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate has expired.
    FailedOperationCertificateHasExpired,
    /// `FailedOperation.CertificateNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate not found.
    FailedOperationCertificateNotFound,
    /// `FailedOperation.ConfigConditionSyntaxError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config condition syntax error.
    FailedOperationConfigConditionSyntaxError,
    /// `FailedOperation.ConfigConditionUnknownTarget`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config condition unknown target.
    FailedOperationConfigConditionUnknownTarget,
    /// `FailedOperation.ConfigConditionValueEmptyError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config condition value empty error.
    FailedOperationConfigConditionValueEmptyError,
    /// `FailedOperation.ConfigDuplicateKeyError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config duplicate key error.
    FailedOperationConfigDuplicateKeyError,
    /// `FailedOperation.ConfigFieldTypeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config field type error.
    FailedOperationConfigFieldTypeError,
    /// `FailedOperation.ConfigFormatError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config format error.
    FailedOperationConfigFormatError,
    /// `FailedOperation.ConfigJSONFormatError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config JSON format error.
    FailedOperationConfigJsonFormatError,
    /// `FailedOperation.ConfigMalformedContent`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config malformed content.
    FailedOperationConfigMalformedContent,
    /// `FailedOperation.ConfigParamValidateErrors`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config param validate errors.
    FailedOperationConfigParamValidateErrors,
    /// `FailedOperation.ConfigTimeParsingError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config time parsing error.
    FailedOperationConfigTimeParsingError,
    /// `FailedOperation.ConfigUnknownField`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config unknown field.
    FailedOperationConfigUnknownField,
    /// `FailedOperation.ConfigUnsupportedAction`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config unsupported action.
    FailedOperationConfigUnsupportedAction,
    /// `FailedOperation.ConfigUnsupportedFormatVersion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config unsupported format version.
    FailedOperationConfigUnsupportedFormatVersion,
    /// `FailedOperation.CreateClsLogSetFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create cls log set failed.
    FailedOperationCreateClsLogSetFailed,
    /// `FailedOperation.CreateClsLogTopicTaskFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create cls log topic task failed.
    FailedOperationCreateClsLogTopicTaskFailed,
    /// `FailedOperation.CreateLogTopicTaskAuthFailure`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create log topic task auth failure.
    FailedOperationCreateLogTopicTaskAuthFailure,
    /// `FailedOperation.CreatePrefetchOriginLimitFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create prefetch origin limit failed.
    FailedOperationCreatePrefetchOriginLimitFailed,
    /// `FailedOperation.EdgeClientCertificateHasExpired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: edge client certificate has expired.
    FailedOperationEdgeClientCertificateHasExpired,
    /// `FailedOperation.FailedToCallDNSPod`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: failed to call DNS pod.
    FailedOperationFailedToCallDnsPod,
    /// `FailedOperation.FunctionDeploying`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: function deploying.
    FailedOperationFunctionDeploying,
    /// `FailedOperation.InsufficientAccountBalance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: insufficient account balance.
    FailedOperationInsufficientAccountBalance,
    /// `FailedOperation.InvalidZoneStatus`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid zone status.
    FailedOperationInvalidZoneStatus,
    /// `FailedOperation.MissingConfigChunk`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: missing config chunk.
    FailedOperationMissingConfigChunk,
    /// `FailedOperation.ModifyFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify failed.
    FailedOperationModifyFailed,
    /// `FailedOperation.PrefetchOriginLimitCountExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: prefetch origin limit count exceeded.
    FailedOperationPrefetchOriginLimitCountExceeded,
    /// `FailedOperation.PrefetchOriginLimitNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: prefetch origin limit not found.
    FailedOperationPrefetchOriginLimitNotFound,
    /// `FailedOperation.ProductDiscontinued`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: product discontinued.
    FailedOperationProductDiscontinued,
    /// `FailedOperation.ProductNotActivated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: product not activated.
    FailedOperationProductNotActivated,
    /// `FailedOperation.RealtimeLogAuthFailure`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: realtime log auth failure.
    FailedOperationRealtimeLogAuthFailure,
    /// `FailedOperation.RealtimeLogLogAnalysisNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: realtime log log analysis not support.
    FailedOperationRealtimeLogLogAnalysisNotSupport,
    /// `FailedOperation.RealtimeLogNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: realtime log not found.
    FailedOperationRealtimeLogNotFound,
    /// `FailedOperation.RuleOperationConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rule operation conflict.
    FailedOperationRuleOperationConflict,
    /// `FailedOperation.TemplateOverLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: template over limit.
    FailedOperationTemplateOverLimit,
    /// `FailedOperation.UnknownConfigGroupType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unknown config group type.
    FailedOperationUnknownConfigGroupType,
    /// `FailedOperation.UpstreamClientCertificateHasExpired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: upstream client certificate has expired.
    FailedOperationUpstreamClientCertificateHasExpired,
    /// `FailedOperation.UpstreamVerifyCustomCACertificateHasExpired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: upstream verify custom CA certificate has expired.
    FailedOperationUpstreamVerifyCustomCaCertificateHasExpired,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.BackendError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: backend error.
    InternalErrorBackendError,
    /// `InternalError.ConfigLocked`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: config locked.
    InternalErrorConfigLocked,
    /// `InternalError.DBError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB error.
    InternalErrorDbError,
    /// `InternalError.DomainConfig`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: domain config.
    InternalErrorDomainConfig,
    /// `InternalError.FailedToGenerateUrl`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: failed to generate url.
    InternalErrorFailedToGenerateUrl,
    /// `InternalError.GetRoleError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get role error.
    InternalErrorGetRoleError,
    /// `InternalError.ProxyServer`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: proxy server.
    InternalErrorProxyServer,
    /// `InternalError.QuotaSystem`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: quota system.
    InternalErrorQuotaSystem,
    /// `InternalError.RouteError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: route error.
    InternalErrorRouteError,
    /// `InternalError.SystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: system error.
    InternalErrorSystemError,
    /// `InternalError.UnknowError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unknow error.
    InternalErrorUnknowError,
    /// `InvalidFilter`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid filter.
    InvalidFilter,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.AccessRedirectRegexError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: access redirect regex error.
    InvalidParameterAccessRedirectRegexError,
    /// `InvalidParameter.ActionInProgress`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: action in progress.
    InvalidParameterActionInProgress,
    /// `InvalidParameter.AdvancedOriginRoutingNotSupportAccelerateMainland`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: advanced origin routing not support accelerate mainland.
    InvalidParameterAdvancedOriginRoutingNotSupportAccelerateMainland,
    /// `InvalidParameter.AdvancedOriginRoutingNotSupportCurrentPlanOriginWhitelist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: advanced origin routing not support current plan origin whitelist.
    InvalidParameterAdvancedOriginRoutingNotSupportCurrentPlanOriginWhitelist,
    /// `InvalidParameter.AdvancedOriginRoutingNotSupportMultiplyLayer`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: advanced origin routing not support multiply layer.
    InvalidParameterAdvancedOriginRoutingNotSupportMultiplyLayer,
    /// `InvalidParameter.AdvancedOriginRoutingNotSupportNewlyAddedHost`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: advanced origin routing not support newly added host.
    InvalidParameterAdvancedOriginRoutingNotSupportNewlyAddedHost,
    /// `InvalidParameter.AdvancedOriginRoutingNotSupportOCDirectOrigin`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: advanced origin routing not support OC direct origin.
    InvalidParameterAdvancedOriginRoutingNotSupportOcDirectOrigin,
    /// `InvalidParameter.AdvancedOriginRoutingNotSupportRacingPlatform`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: advanced origin routing not support racing platform.
    InvalidParameterAdvancedOriginRoutingNotSupportRacingPlatform,
    /// `InvalidParameter.AliasDomainNotSupportKeyless`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: alias domain not support keyless.
    InvalidParameterAliasDomainNotSupportKeyless,
    /// `InvalidParameter.AliasDomainNotSupportSMCert`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: alias domain not support SM cert.
    InvalidParameterAliasDomainNotSupportSmCert,
    /// `InvalidParameter.BadContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: bad content.
    InvalidParameterBadContent,
    /// `InvalidParameter.BadFunctionName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: bad function name.
    InvalidParameterBadFunctionName,
    /// `InvalidParameter.BadNamespaceName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: bad namespace name.
    InvalidParameterBadNamespaceName,
    /// `InvalidParameter.BindingNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: binding not found.
    InvalidParameterBindingNotFound,
    /// `InvalidParameter.CacheKeyQueryStringRequiresFullUrlCacheOff`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cache key query string requires full url cache off.
    InvalidParameterCacheKeyQueryStringRequiresFullUrlCacheOff,
    /// `InvalidParameter.CacheKeyQueryStringTooManyValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cache key query string too many value.
    InvalidParameterCacheKeyQueryStringTooManyValue,
    /// `InvalidParameter.CertNotMatchDomain`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cert not match domain.
    InvalidParameterCertNotMatchDomain,
    /// `InvalidParameter.CertSystemError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cert system error.
    InvalidParameterCertSystemError,
    /// `InvalidParameter.CertToExpire`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cert to expire.
    InvalidParameterCertToExpire,
    /// `InvalidParameter.CertTooShortKeySize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cert too short key size.
    InvalidParameterCertTooShortKeySize,
    /// `InvalidParameter.CertificateConflictWithKeylessServer`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: certificate conflict with keyless server.
    InvalidParameterCertificateConflictWithKeylessServer,
    /// `InvalidParameter.ClientIpCountryConflictsWithIpv6`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: client ip country conflicts with ipv6.
    InvalidParameterClientIpCountryConflictsWithIpv6,
    /// `InvalidParameter.CnameWildHostNotAllowApplyCertificate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cname wild host not allow apply certificate.
    InvalidParameterCnameWildHostNotAllowApplyCertificate,
    /// `InvalidParameter.CompressionInvalidAlgorithms`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: compression invalid algorithms.
    InvalidParameterCompressionInvalidAlgorithms,
    /// `InvalidParameter.ConflictHostOrigin`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: conflict host origin.
    InvalidParameterConflictHostOrigin,
    /// `InvalidParameter.ContentExceedsLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: content exceeds limit.
    InvalidParameterContentExceedsLimit,
    /// `InvalidParameter.DomainAreaNotSupportPrefetchOriginLimitArea`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain area not support prefetch origin limit area.
    InvalidParameterDomainAreaNotSupportPrefetchOriginLimitArea,
    /// `InvalidParameter.DomainNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain not found.
    InvalidParameterDomainNotFound,
    /// `InvalidParameter.DomainOnTrafficScheduling`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain on traffic scheduling.
    InvalidParameterDomainOnTrafficScheduling,
    /// `InvalidParameter.DuplicateBindingName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicate binding name.
    InvalidParameterDuplicateBindingName,
    /// `InvalidParameter.DuplicateRule`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicate rule.
    InvalidParameterDuplicateRule,
    /// `InvalidParameter.EdgeClientCertCheckError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: edge client cert check error.
    InvalidParameterEdgeClientCertCheckError,
    /// `InvalidParameter.ErrActionUnsupportTarget`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err action unsupport target.
    InvalidParameterErrActionUnsupportTarget,
    /// `InvalidParameter.ErrInvalidAction`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err invalid action.
    InvalidParameterErrInvalidAction,
    /// `InvalidParameter.ErrInvalidActionDuplicateAction`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err invalid action duplicate action.
    InvalidParameterErrInvalidActionDuplicateAction,
    /// `InvalidParameter.ErrInvalidActionOriginPrivateAddress`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err invalid action origin private address.
    InvalidParameterErrInvalidActionOriginPrivateAddress,
    /// `InvalidParameter.ErrInvalidActionParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err invalid action param.
    InvalidParameterErrInvalidActionParam,
    /// `InvalidParameter.ErrInvalidActionParamAction`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err invalid action param action.
    InvalidParameterErrInvalidActionParamAction,
    /// `InvalidParameter.ErrInvalidActionParamBadValueType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err invalid action param bad value type.
    InvalidParameterErrInvalidActionParamBadValueType,
    /// `InvalidParameter.ErrInvalidActionParamDuplicateName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err invalid action param duplicate name.
    InvalidParameterErrInvalidActionParamDuplicateName,
    /// `InvalidParameter.ErrInvalidActionParamName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err invalid action param name.
    InvalidParameterErrInvalidActionParamName,
    /// `InvalidParameter.ErrInvalidActionParamTooManyValues`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err invalid action param too many values.
    InvalidParameterErrInvalidActionParamTooManyValues,
    /// `InvalidParameter.ErrInvalidActionParamValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err invalid action param value.
    InvalidParameterErrInvalidActionParamValue,
    /// `InvalidParameter.ErrInvalidActionType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err invalid action type.
    InvalidParameterErrInvalidActionType,
    /// `InvalidParameter.ErrInvalidCondition`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err invalid condition.
    InvalidParameterErrInvalidCondition,
    /// `InvalidParameter.ErrInvalidConditionCannotOnlyContainHostWhenModifyOriginActionConfigured`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err invalid condition cannot only contain host when modify origin action configured.
    InvalidParameterErrInvalidConditionCannotOnlyContainHostWhenModifyOriginActionConfigured,
    /// `InvalidParameter.ErrInvalidConditionHostTooManyWhenModifyOriginActionConfigured`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err invalid condition host too many when modify origin action configured.
    InvalidParameterErrInvalidConditionHostTooManyWhenModifyOriginActionConfigured,
    /// `InvalidParameter.ErrInvalidConditionIgnoreCase`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err invalid condition ignore case.
    InvalidParameterErrInvalidConditionIgnoreCase,
    /// `InvalidParameter.ErrInvalidConditionNameBadName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err invalid condition name bad name.
    InvalidParameterErrInvalidConditionNameBadName,
    /// `InvalidParameter.ErrInvalidConditionNameTargetNotSupportName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err invalid condition name target not support name.
    InvalidParameterErrInvalidConditionNameTargetNotSupportName,
    /// `InvalidParameter.ErrInvalidConditionValueBadRegular`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err invalid condition value bad regular.
    InvalidParameterErrInvalidConditionValueBadRegular,
    /// `InvalidParameter.ErrInvalidConditionValueBadUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err invalid condition value bad url.
    InvalidParameterErrInvalidConditionValueBadUrl,
    /// `InvalidParameter.ErrInvalidConditionValueBadValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err invalid condition value bad value.
    InvalidParameterErrInvalidConditionValueBadValue,
    /// `InvalidParameter.ErrInvalidConditionValueBadValueContainFileNameExtension`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err invalid condition value bad value contain file name extension.
    InvalidParameterErrInvalidConditionValueBadValueContainFileNameExtension,
    /// `InvalidParameter.ErrInvalidConditionValueTooLongValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err invalid condition value too long value.
    InvalidParameterErrInvalidConditionValueTooLongValue,
    /// `InvalidParameter.ErrInvalidConditionValueTooManyRegular`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err invalid condition value too many regular.
    InvalidParameterErrInvalidConditionValueTooManyRegular,
    /// `InvalidParameter.ErrInvalidConditionValueTooManyValues`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err invalid condition value too many values.
    InvalidParameterErrInvalidConditionValueTooManyValues,
    /// `InvalidParameter.ErrInvalidConditionValueTooManyWildcard`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err invalid condition value too many wildcard.
    InvalidParameterErrInvalidConditionValueTooManyWildcard,
    /// `InvalidParameter.ErrInvalidConditionValueZeroLength`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err invalid condition value zero length.
    InvalidParameterErrInvalidConditionValueZeroLength,
    /// `InvalidParameter.ErrInvalidElseWhenModifyOriginActionConfigured`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err invalid else when modify origin action configured.
    InvalidParameterErrInvalidElseWhenModifyOriginActionConfigured,
    /// `InvalidParameter.ErrNilCondition`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err nil condition.
    InvalidParameterErrNilCondition,
    /// `InvalidParameter.FunctionBindVariableNameConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: function bind variable name conflict.
    InvalidParameterFunctionBindVariableNameConflict,
    /// `InvalidParameter.FunctionNameConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: function name conflict.
    InvalidParameterFunctionNameConflict,
    /// `InvalidParameter.GroupByLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: group by limit exceeded.
    InvalidParameterGroupByLimitExceeded,
    /// `InvalidParameter.GrpcRequireHttp2`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: grpc require http2.
    InvalidParameterGrpcRequireHttp2,
    /// `InvalidParameter.HostHeaderInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: host header invalid.
    InvalidParameterHostHeaderInvalid,
    /// `InvalidParameter.HostNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: host not found.
    InvalidParameterHostNotFound,
    /// `InvalidParameter.HostStatusNotAllowApplyCertificate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: host status not allow apply certificate.
    InvalidParameterHostStatusNotAllowApplyCertificate,
    /// `InvalidParameter.InvalidAccelerateType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid accelerate type.
    InvalidParameterInvalidAccelerateType,
    /// `InvalidParameter.InvalidAdvancedOriginRoutingUnsupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid advanced origin routing unsupported.
    InvalidParameterInvalidAdvancedOriginRoutingUnsupported,
    /// `InvalidParameter.InvalidAuthentication`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid authentication.
    InvalidParameterInvalidAuthentication,
    /// `InvalidParameter.InvalidAuthenticationTypeExpireTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid authentication type expire time.
    InvalidParameterInvalidAuthenticationTypeExpireTime,
    /// `InvalidParameter.InvalidAuthenticationTypeSecretKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid authentication type secret key.
    InvalidParameterInvalidAuthenticationTypeSecretKey,
    /// `InvalidParameter.InvalidAuthenticationTypeSignParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid authentication type sign param.
    InvalidParameterInvalidAuthenticationTypeSignParam,
    /// `InvalidParameter.InvalidAuthenticationTypeTimeFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid authentication type time format.
    InvalidParameterInvalidAuthenticationTypeTimeFormat,
    /// `InvalidParameter.InvalidAuthenticationTypeTimeParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid authentication type time param.
    InvalidParameterInvalidAuthenticationTypeTimeParam,
    /// `InvalidParameter.InvalidAutoUseVoucher`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid auto use voucher.
    InvalidParameterInvalidAutoUseVoucher,
    /// `InvalidParameter.InvalidAwsPrivateAccess`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid aws private access.
    InvalidParameterInvalidAwsPrivateAccess,
    /// `InvalidParameter.InvalidAwsRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid aws region.
    InvalidParameterInvalidAwsRegion,
    /// `InvalidParameter.InvalidAwsSecretKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid aws secret key.
    InvalidParameterInvalidAwsSecretKey,
    /// `InvalidParameter.InvalidBackupServerName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid backup server name.
    InvalidParameterInvalidBackupServerName,
    /// `InvalidParameter.InvalidCacheConfigCache`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid cache config cache.
    InvalidParameterInvalidCacheConfigCache,
    /// `InvalidParameter.InvalidCacheConfigFollowOrigin`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid cache config follow origin.
    InvalidParameterInvalidCacheConfigFollowOrigin,
    /// `InvalidParameter.InvalidCacheKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid cache key.
    InvalidParameterInvalidCacheKey,
    /// `InvalidParameter.InvalidCacheKeyCookie`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid cache key cookie.
    InvalidParameterInvalidCacheKeyCookie,
    /// `InvalidParameter.InvalidCacheKeyIgnoreCase`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid cache key ignore case.
    InvalidParameterInvalidCacheKeyIgnoreCase,
    /// `InvalidParameter.InvalidCacheKeyQueryStringAction`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid cache key query string action.
    InvalidParameterInvalidCacheKeyQueryStringAction,
    /// `InvalidParameter.InvalidCacheKeyQueryStringValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid cache key query string value.
    InvalidParameterInvalidCacheKeyQueryStringValue,
    /// `InvalidParameter.InvalidCacheKeyScheme`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid cache key scheme.
    InvalidParameterInvalidCacheKeyScheme,
    /// `InvalidParameter.InvalidCacheOnlyOnSwitch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid cache only on switch.
    InvalidParameterInvalidCacheOnlyOnSwitch,
    /// `InvalidParameter.InvalidCacheTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid cache time.
    InvalidParameterInvalidCacheTime,
    /// `InvalidParameter.InvalidCertInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid cert info.
    InvalidParameterInvalidCertInfo,
    /// `InvalidParameter.InvalidClientIpCountryHeaderName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid client ip country header name.
    InvalidParameterInvalidClientIpCountryHeaderName,
    /// `InvalidParameter.InvalidClientIpHeaderName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid client ip header name.
    InvalidParameterInvalidClientIpHeaderName,
    /// `InvalidParameter.InvalidClientIpOrigin`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid client ip origin.
    InvalidParameterInvalidClientIpOrigin,
    /// `InvalidParameter.InvalidConditions`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid conditions.
    InvalidParameterInvalidConditions,
    /// `InvalidParameter.InvalidCosDomain`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid cos domain.
    InvalidParameterInvalidCosDomain,
    /// `InvalidParameter.InvalidDomains`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid domains.
    InvalidParameterInvalidDomains,
    /// `InvalidParameter.InvalidDynamicRoutine`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid dynamic routine.
    InvalidParameterInvalidDynamicRoutine,
    /// `InvalidParameter.InvalidDynamicRoutineBilling`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid dynamic routine billing.
    InvalidParameterInvalidDynamicRoutineBilling,
    /// `InvalidParameter.InvalidErrorPage`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid error page.
    InvalidParameterInvalidErrorPage,
    /// `InvalidParameter.InvalidErrorPageRedirectUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid error page redirect url.
    InvalidParameterInvalidErrorPageRedirectUrl,
    /// `InvalidParameter.InvalidFilterName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid filter name.
    InvalidParameterInvalidFilterName,
    /// `InvalidParameter.InvalidForceRedirectType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid force redirect type.
    InvalidParameterInvalidForceRedirectType,
    /// `InvalidParameter.InvalidHttps`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid https.
    InvalidParameterInvalidHttps,
    /// `InvalidParameter.InvalidHttpsCertInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid https cert info.
    InvalidParameterInvalidHttpsCertInfo,
    /// `InvalidParameter.InvalidHttpsCipherSuiteAndTlsVersion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid https cipher suite and tls version.
    InvalidParameterInvalidHttpsCipherSuiteAndTlsVersion,
    /// `InvalidParameter.InvalidHttpsHstsMaxAge`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid https hsts max age.
    InvalidParameterInvalidHttpsHstsMaxAge,
    /// `InvalidParameter.InvalidHttpsTlsVersion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid https tls version.
    InvalidParameterInvalidHttpsTlsVersion,
    /// `InvalidParameter.InvalidInterval`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid interval.
    InvalidParameterInvalidInterval,
    /// `InvalidParameter.InvalidIpv6Switch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid ipv6 switch.
    InvalidParameterInvalidIpv6Switch,
    /// `InvalidParameter.InvalidLogAnalysisCondition`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid log analysis condition.
    InvalidParameterInvalidLogAnalysisCondition,
    /// `InvalidParameter.InvalidLogFormatFieldDelimiter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid log format field delimiter.
    InvalidParameterInvalidLogFormatFieldDelimiter,
    /// `InvalidParameter.InvalidLogFormatFormatType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid log format format type.
    InvalidParameterInvalidLogFormatFormatType,
    /// `InvalidParameter.InvalidLogFormatRecordDelimiter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid log format record delimiter.
    InvalidParameterInvalidLogFormatRecordDelimiter,
    /// `InvalidParameter.InvalidMaxAgeFollowOrigin`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid max age follow origin.
    InvalidParameterInvalidMaxAgeFollowOrigin,
    /// `InvalidParameter.InvalidMaxAgeTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid max age time.
    InvalidParameterInvalidMaxAgeTime,
    /// `InvalidParameter.InvalidMetric`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid metric.
    InvalidParameterInvalidMetric,
    /// `InvalidParameter.InvalidOperation`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid operation.
    InvalidParameterInvalidOperation,
    /// `InvalidParameter.InvalidOrigin`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid origin.
    InvalidParameterInvalidOrigin,
    /// `InvalidParameter.InvalidOriginGroupType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid origin group type.
    InvalidParameterInvalidOriginGroupType,
    /// `InvalidParameter.InvalidOriginIp`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid origin ip.
    InvalidParameterInvalidOriginIp,
    /// `InvalidParameter.InvalidOriginType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid origin type.
    InvalidParameterInvalidOriginType,
    /// `InvalidParameter.InvalidOriginValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid origin value.
    InvalidParameterInvalidOriginValue,
    /// `InvalidParameter.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter.
    InvalidParameterInvalidParameter,
    /// `InvalidParameter.InvalidPeriod`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid period.
    InvalidParameterInvalidPeriod,
    /// `InvalidParameter.InvalidPlanType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid plan type.
    InvalidParameterInvalidPlanType,
    /// `InvalidParameter.InvalidPostMaxSizeBilling`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid post max size billing.
    InvalidParameterInvalidPostMaxSizeBilling,
    /// `InvalidParameter.InvalidPostSizeValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid post size value.
    InvalidParameterInvalidPostSizeValue,
    /// `InvalidParameter.InvalidPrivateAccessParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid private access params.
    InvalidParameterInvalidPrivateAccessParams,
    /// `InvalidParameter.InvalidPrivateAccessSwitch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid private access switch.
    InvalidParameterInvalidPrivateAccessSwitch,
    /// `InvalidParameter.InvalidProxies`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid proxies.
    InvalidParameterInvalidProxies,
    /// `InvalidParameter.InvalidQuicBilling`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid quic billing.
    InvalidParameterInvalidQuicBilling,
    /// `InvalidParameter.InvalidQuotaNumber`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid quota number.
    InvalidParameterInvalidQuotaNumber,
    /// `InvalidParameter.InvalidQuotaType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid quota type.
    InvalidParameterInvalidQuotaType,
    /// `InvalidParameter.InvalidRangeOriginPull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid range origin pull.
    InvalidParameterInvalidRangeOriginPull,
    /// `InvalidParameter.InvalidRenewFlag`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid renew flag.
    InvalidParameterInvalidRenewFlag,
    /// `InvalidParameter.InvalidRequestHeaderName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid request header name.
    InvalidParameterInvalidRequestHeaderName,
    /// `InvalidParameter.InvalidRequestHeaderNameXff`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid request header name xff.
    InvalidParameterInvalidRequestHeaderNameXff,
    /// `InvalidParameter.InvalidRequestHeaderValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid request header value.
    InvalidParameterInvalidRequestHeaderValue,
    /// `InvalidParameter.InvalidResourceIdBilling`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid resource id billing.
    InvalidParameterInvalidResourceIdBilling,
    /// `InvalidParameter.InvalidResponseHeaderName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid response header name.
    InvalidParameterInvalidResponseHeaderName,
    /// `InvalidParameter.InvalidResponseHeaderValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid response header value.
    InvalidParameterInvalidResponseHeaderValue,
    /// `InvalidParameter.InvalidRuleEngine`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid rule engine.
    InvalidParameterInvalidRuleEngine,
    /// `InvalidParameter.InvalidRuleEngineAction`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid rule engine action.
    InvalidParameterInvalidRuleEngineAction,
    /// `InvalidParameter.InvalidRuleEngineNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid rule engine not found.
    InvalidParameterInvalidRuleEngineNotFound,
    /// `InvalidParameter.InvalidRuleEngineTarget`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid rule engine target.
    InvalidParameterInvalidRuleEngineTarget,
    /// `InvalidParameter.InvalidRuleEngineTargetsExtension`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid rule engine targets extension.
    InvalidParameterInvalidRuleEngineTargetsExtension,
    /// `InvalidParameter.InvalidRuleEngineTargetsUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid rule engine targets url.
    InvalidParameterInvalidRuleEngineTargetsUrl,
    /// `InvalidParameter.InvalidRuleProto`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid rule proto.
    InvalidParameterInvalidRuleProto,
    /// `InvalidParameter.InvalidServerName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid server name.
    InvalidParameterInvalidServerName,
    /// `InvalidParameter.InvalidShieldUnsupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid shield unsupported.
    InvalidParameterInvalidShieldUnsupported,
    /// `InvalidParameter.InvalidSortBy`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid sort by.
    InvalidParameterInvalidSortBy,
    /// `InvalidParameter.InvalidSortOrder`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid sort order.
    InvalidParameterInvalidSortOrder,
    /// `InvalidParameter.InvalidStandardDebug`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid standard debug.
    InvalidParameterInvalidStandardDebug,
    /// `InvalidParameter.InvalidStandardDebugClientIp`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid standard debug client ip.
    InvalidParameterInvalidStandardDebugClientIp,
    /// `InvalidParameter.InvalidStandardDebugEmptyList`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid standard debug empty list.
    InvalidParameterInvalidStandardDebugEmptyList,
    /// `InvalidParameter.InvalidStandardDebugExpireTimeLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid standard debug expire time limit.
    InvalidParameterInvalidStandardDebugExpireTimeLimit,
    /// `InvalidParameter.InvalidUpstreamRequestQueryStringValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid upstream request query string value.
    InvalidParameterInvalidUpstreamRequestQueryStringValue,
    /// `InvalidParameter.InvalidUrlRedirect`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid url redirect.
    InvalidParameterInvalidUrlRedirect,
    /// `InvalidParameter.InvalidUrlRedirectHost`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid url redirect host.
    InvalidParameterInvalidUrlRedirectHost,
    /// `InvalidParameter.InvalidUrlRedirectUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid url redirect url.
    InvalidParameterInvalidUrlRedirectUrl,
    /// `InvalidParameter.InvalidWebSocketTimeout`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid web socket timeout.
    InvalidParameterInvalidWebSocketTimeout,
    /// `InvalidParameter.KeyRulesInvalidQueryStringValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: key rules invalid query string value.
    InvalidParameterKeyRulesInvalidQueryStringValue,
    /// `InvalidParameter.KeysTooMany`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: keys too many.
    InvalidParameterKeysTooMany,
    /// `InvalidParameter.LengthExceedsLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: length exceeds limit.
    InvalidParameterLengthExceedsLimit,
    /// `InvalidParameter.LoadBalanceInstanceIdIsRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: load balance instance id is required.
    InvalidParameterLoadBalanceInstanceIdIsRequired,
    /// `InvalidParameter.LoadBalancerBindL4NotInStableStatus`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: load balancer bind l4 not in stable status.
    InvalidParameterLoadBalancerBindL4NotInStableStatus,
    /// `InvalidParameter.LoadBalancerBindL7NotInStableStatus`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: load balancer bind l7 not in stable status.
    InvalidParameterLoadBalancerBindL7NotInStableStatus,
    /// `InvalidParameter.LoadBalancerBindOriginGroupInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: load balancer bind origin group invalid.
    InvalidParameterLoadBalancerBindOriginGroupInvalid,
    /// `InvalidParameter.LoadBalancerNameRepeated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: load balancer name repeated.
    InvalidParameterLoadBalancerNameRepeated,
    /// `InvalidParameter.LoadBalancerUsedInL4Proxy`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: load balancer used in l4 proxy.
    InvalidParameterLoadBalancerUsedInL4Proxy,
    /// `InvalidParameter.LoadBalancerUsedInL7Domain`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: load balancer used in l7 domain.
    InvalidParameterLoadBalancerUsedInL7Domain,
    /// `InvalidParameter.LoadBalancerUsedInRuleEngine`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: load balancer used in rule engine.
    InvalidParameterLoadBalancerUsedInRuleEngine,
    /// `InvalidParameter.ModifyParametersMissing`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: modify parameters missing.
    InvalidParameterModifyParametersMissing,
    /// `InvalidParameter.MultiplyLayerNotSupportSmartRouting`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: multiply layer not support smart routing.
    InvalidParameterMultiplyLayerNotSupportSmartRouting,
    /// `InvalidParameter.NamespaceInUse`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: namespace in use.
    InvalidParameterNamespaceInUse,
    /// `InvalidParameter.NotSupportThisPreset`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: not support this preset.
    InvalidParameterNotSupportThisPreset,
    /// `InvalidParameter.OCDirectOriginRequiresSmartRouting`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: OC direct origin requires smart routing.
    InvalidParameterOcDirectOriginRequiresSmartRouting,
    /// `InvalidParameter.OriginGroupTypeCanNotMatchLBType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: origin group type can not match LB type.
    InvalidParameterOriginGroupTypeCanNotMatchLbType,
    /// `InvalidParameter.OriginIsInnerIp`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: origin is inner ip.
    InvalidParameterOriginIsInnerIp,
    /// `InvalidParameter.OriginL4RecordIPV4MixDomain`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: origin l4 record IPV4 mix domain.
    InvalidParameterOriginL4RecordIpv4MixDomain,
    /// `InvalidParameter.OriginL4RecordMultiDomain`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: origin l4 record multi domain.
    InvalidParameterOriginL4RecordMultiDomain,
    /// `InvalidParameter.OriginNameExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: origin name exists.
    InvalidParameterOriginNameExists,
    /// `InvalidParameter.OriginOriginGroupIdIsRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: origin origin group id is required.
    InvalidParameterOriginOriginGroupIdIsRequired,
    /// `InvalidParameter.OriginPullProtocolIsRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: origin pull protocol is required.
    InvalidParameterOriginPullProtocolIsRequired,
    /// `InvalidParameter.OriginRecordFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: origin record format error.
    InvalidParameterOriginRecordFormatError,
    /// `InvalidParameter.OriginRecordWeightValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: origin record weight value.
    InvalidParameterOriginRecordWeightValue,
    /// `InvalidParameter.OriginThirdPartyParamFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: origin third party param format error.
    InvalidParameterOriginThirdPartyParamFormatError,
    /// `InvalidParameter.ParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: parameter error.
    InvalidParameterParameterError,
    /// `InvalidParameter.PlanNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: plan not found.
    InvalidParameterPlanNotFound,
    /// `InvalidParameter.PostMaxSizeLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: post max size limit exceeded.
    InvalidParameterPostMaxSizeLimitExceeded,
    /// `InvalidParameter.PrefetchOriginLimitAreaInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: prefetch origin limit area invalid.
    InvalidParameterPrefetchOriginLimitAreaInvalid,
    /// `InvalidParameter.PrefetchOriginLimitBandwidthTooLarge`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: prefetch origin limit bandwidth too large.
    InvalidParameterPrefetchOriginLimitBandwidthTooLarge,
    /// `InvalidParameter.PrefetchOriginLimitBandwidthTooSmall`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: prefetch origin limit bandwidth too small.
    InvalidParameterPrefetchOriginLimitBandwidthTooSmall,
    /// `InvalidParameter.PrefetchOriginLimitEnabledInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: prefetch origin limit enabled invalid.
    InvalidParameterPrefetchOriginLimitEnabledInvalid,
    /// `InvalidParameter.ProxyNameDuplicating`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: proxy name duplicating.
    InvalidParameterProxyNameDuplicating,
    /// `InvalidParameter.ProxyNameNotMatched`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: proxy name not matched.
    InvalidParameterProxyNameNotMatched,
    /// `InvalidParameter.RealtimeLogEntityAlreadyCreated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: realtime log entity already created.
    InvalidParameterRealtimeLogEntityAlreadyCreated,
    /// `InvalidParameter.RealtimeLogInvalidDeliveryArea`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: realtime log invalid delivery area.
    InvalidParameterRealtimeLogInvalidDeliveryArea,
    /// `InvalidParameter.RealtimeLogInvalidLogType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: realtime log invalid log type.
    InvalidParameterRealtimeLogInvalidLogType,
    /// `InvalidParameter.RealtimeLogInvalidTaskType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: realtime log invalid task type.
    InvalidParameterRealtimeLogInvalidTaskType,
    /// `InvalidParameter.RealtimeLogNumsExceedLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: realtime log nums exceed limit.
    InvalidParameterRealtimeLogNumsExceedLimit,
    /// `InvalidParameter.RemarkTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: remark too long.
    InvalidParameterRemarkTooLong,
    /// `InvalidParameter.ResponseHeaderCacheControlNotAllowDelete`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: response header cache control not allow delete.
    InvalidParameterResponseHeaderCacheControlNotAllowDelete,
    /// `InvalidParameter.RuleOriginFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: rule origin format error.
    InvalidParameterRuleOriginFormatError,
    /// `InvalidParameter.RuleOriginMultiDomain`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: rule origin multi domain.
    InvalidParameterRuleOriginMultiDomain,
    /// `InvalidParameter.RuleOriginPortInteger`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: rule origin port integer.
    InvalidParameterRuleOriginPortInteger,
    /// `InvalidParameter.RuleOriginValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: rule origin value error.
    InvalidParameterRuleOriginValueError,
    /// `InvalidParameter.RulePortDuplicating`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: rule port duplicating.
    InvalidParameterRulePortDuplicating,
    /// `InvalidParameter.RulePortGroup`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: rule port group.
    InvalidParameterRulePortGroup,
    /// `InvalidParameter.RulePortInteger`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: rule port integer.
    InvalidParameterRulePortInteger,
    /// `InvalidParameter.Security`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: security.
    InvalidParameterSecurity,
    /// `InvalidParameter.SettingInvalidParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: setting invalid param.
    InvalidParameterSettingInvalidParam,
    /// `InvalidParameter.ShieldNotSupportHostCachePrefresh`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: shield not support host cache prefresh.
    InvalidParameterShieldNotSupportHostCachePrefresh,
    /// `InvalidParameter.ShieldNotSupportHostOriginWhitelist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: shield not support host origin whitelist.
    InvalidParameterShieldNotSupportHostOriginWhitelist,
    /// `InvalidParameter.ShieldNotSupportHostSmartRouting`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: shield not support host smart routing.
    InvalidParameterShieldNotSupportHostSmartRouting,
    /// `InvalidParameter.ShieldNotSupportZoneCachePrefresh`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: shield not support zone cache prefresh.
    InvalidParameterShieldNotSupportZoneCachePrefresh,
    /// `InvalidParameter.ShieldNotSupportZoneSmartRouting`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: shield not support zone smart routing.
    InvalidParameterShieldNotSupportZoneSmartRouting,
    /// `InvalidParameter.ShieldSpaceNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: shield space not found.
    InvalidParameterShieldSpaceNotFound,
    /// `InvalidParameter.ShieldSpaceRequiredError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: shield space required error.
    InvalidParameterShieldSpaceRequiredError,
    /// `InvalidParameter.ShieldSpaceStatusMustOnline`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: shield space status must online.
    InvalidParameterShieldSpaceStatusMustOnline,
    /// `InvalidParameter.SomeOriginGroupNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: some origin group not exist.
    InvalidParameterSomeOriginGroupNotExist,
    /// `InvalidParameter.SpaceNotBindOrigin`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: space not bind origin.
    InvalidParameterSpaceNotBindOrigin,
    /// `InvalidParameter.StatusCodeCacheInvalidStatusCode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: status code cache invalid status code.
    InvalidParameterStatusCodeCacheInvalidStatusCode,
    /// `InvalidParameter.Target`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: target.
    InvalidParameterTarget,
    /// `InvalidParameter.TaskNotGenerated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: task not generated.
    InvalidParameterTaskNotGenerated,
    /// `InvalidParameter.TaskSystemError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: task system error.
    InvalidParameterTaskSystemError,
    /// `InvalidParameter.TlsVersionNotInSequence`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: tls version not in sequence.
    InvalidParameterTlsVersionNotInSequence,
    /// `InvalidParameter.TooManyFilterValues`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: too many filter values.
    InvalidParameterTooManyFilterValues,
    /// `InvalidParameter.TooManyFilters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: too many filters.
    InvalidParameterTooManyFilters,
    /// `InvalidParameter.UploadUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: upload url.
    InvalidParameterUploadUrl,
    /// `InvalidParameter.UpstreamClientCertCheckError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: upstream client cert check error.
    InvalidParameterUpstreamClientCertCheckError,
    /// `InvalidParameter.UpstreamVerifyCertCheckError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: upstream verify cert check error.
    InvalidParameterUpstreamVerifyCertCheckError,
    /// `InvalidParameter.UpstreamVerifyCustomCACertNoInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: upstream verify custom CA cert no info.
    InvalidParameterUpstreamVerifyCustomCaCertNoInfo,
    /// `InvalidParameter.WorkModeIsSame`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: work mode is same.
    InvalidParameterWorkModeIsSame,
    /// `InvalidParameter.ZoneAreaNotSupportPrefetchOriginLimitArea`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: zone area not support prefetch origin limit area.
    InvalidParameterZoneAreaNotSupportPrefetchOriginLimitArea,
    /// `InvalidParameter.ZoneHasBeenBound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: zone has been bound.
    InvalidParameterZoneHasBeenBound,
    /// `InvalidParameter.ZoneHasNotBeenBoundToPlan`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: zone has not been bound to plan.
    InvalidParameterZoneHasNotBeenBoundToPlan,
    /// `InvalidParameter.ZoneIsGrayPublishing`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: zone is gray publishing.
    InvalidParameterZoneIsGrayPublishing,
    /// `InvalidParameter.ZoneNameIsRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: zone name is required.
    InvalidParameterZoneNameIsRequired,
    /// `InvalidParameter.ZoneNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: zone not found.
    InvalidParameterZoneNotFound,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.AccessBlacklist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: access blacklist.
    InvalidParameterValueAccessBlacklist,
    /// `InvalidParameterValue.AliasDomainNotSupportEdgeMTLS`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: alias domain not support edge MTLS.
    InvalidParameterValueAliasDomainNotSupportEdgeMtls,
    /// `InvalidParameterValue.AliasDomainNotSupportUpstreamMTLS`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: alias domain not support upstream MTLS.
    InvalidParameterValueAliasDomainNotSupportUpstreamMtls,
    /// `InvalidParameterValue.AliasDomainNotSupportUpstreamVerify`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: alias domain not support upstream verify.
    InvalidParameterValueAliasDomainNotSupportUpstreamVerify,
    /// `InvalidParameterValue.CertificateVerifyClientMustCa`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: certificate verify client must ca.
    InvalidParameterValueCertificateVerifyClientMustCa,
    /// `InvalidParameterValue.CertificateVerifyClientNeedCert`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: certificate verify client need cert.
    InvalidParameterValueCertificateVerifyClientNeedCert,
    /// `InvalidParameterValue.CertificateVerifyUpstreamClientMustRSAorECC`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: certificate verify upstream client must RS aor ECC.
    InvalidParameterValueCertificateVerifyUpstreamClientMustRsAorEcc,
    /// `InvalidParameterValue.CertificateVerifyUpstreamClientMustSVR`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: certificate verify upstream client must SVR.
    InvalidParameterValueCertificateVerifyUpstreamClientMustSvr,
    /// `InvalidParameterValue.CertificateVerifyUpstreamClientNeedCert`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: certificate verify upstream client need cert.
    InvalidParameterValueCertificateVerifyUpstreamClientNeedCert,
    /// `InvalidParameterValue.CertificateVerifyUpstreamVerifyCustomCAMustCA`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: certificate verify upstream verify custom CA must CA.
    InvalidParameterValueCertificateVerifyUpstreamVerifyCustomCaMustCa,
    /// `InvalidParameterValue.CertificateVerifyUpstreamVerifyCustomCAMustRSAorECC`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: certificate verify upstream verify custom CA must RS aor ECC.
    InvalidParameterValueCertificateVerifyUpstreamVerifyCustomCaMustRsAorEcc,
    /// `InvalidParameterValue.CertificateVerifyUpstreamVerifyCustomCANeedCert`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: certificate verify upstream verify custom CA need cert.
    InvalidParameterValueCertificateVerifyUpstreamVerifyCustomCaNeedCert,
    /// `InvalidParameterValue.ClientCertInfoQuotaLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: client cert info quota limit.
    InvalidParameterValueClientCertInfoQuotaLimit,
    /// `InvalidParameterValue.ConflictRecord`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: conflict record.
    InvalidParameterValueConflictRecord,
    /// `InvalidParameterValue.ConflictWithDNSSEC`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: conflict with DNSSEC.
    InvalidParameterValueConflictWithDnssec,
    /// `InvalidParameterValue.ConflictWithDomain`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: conflict with domain.
    InvalidParameterValueConflictWithDomain,
    /// `InvalidParameterValue.ConflictWithNSRecord`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: conflict with NS record.
    InvalidParameterValueConflictWithNsRecord,
    /// `InvalidParameterValue.ContentSameAsName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: content same as name.
    InvalidParameterValueContentSameAsName,
    /// `InvalidParameterValue.ContentTypeNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: content type not match.
    InvalidParameterValueContentTypeNotMatch,
    /// `InvalidParameterValue.DomainNotMatchZone`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: domain not match zone.
    InvalidParameterValueDomainNotMatchZone,
    /// `InvalidParameterValue.FiltersMustIncludeDimensionName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: filters must include dimension name.
    InvalidParameterValueFiltersMustIncludeDimensionName,
    /// `InvalidParameterValue.FormatMismatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: format mismatch.
    InvalidParameterValueFormatMismatch,
    /// `InvalidParameterValue.GeneralMismatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: general mismatch.
    InvalidParameterValueGeneralMismatch,
    /// `InvalidParameterValue.IncludeInvalidValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: include invalid value.
    InvalidParameterValueIncludeInvalidValue,
    /// `InvalidParameterValue.InferenceServiceName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: inference service name.
    InvalidParameterValueInferenceServiceName,
    /// `InvalidParameterValue.InferenceServiceNameDuplicate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: inference service name duplicate.
    InvalidParameterValueInferenceServiceNameDuplicate,
    /// `InvalidParameterValue.InvalidAliasDomainName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid alias domain name.
    InvalidParameterValueInvalidAliasDomainName,
    /// `InvalidParameterValue.InvalidAliasNameSuffix`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid alias name suffix.
    InvalidParameterValueInvalidAliasNameSuffix,
    /// `InvalidParameterValue.InvalidDNSContent`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid DNS content.
    InvalidParameterValueInvalidDnsContent,
    /// `InvalidParameterValue.InvalidDNSName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid DNS name.
    InvalidParameterValueInvalidDnsName,
    /// `InvalidParameterValue.InvalidDomainName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid domain name.
    InvalidParameterValueInvalidDomainName,
    /// `InvalidParameterValue.InvalidDomainStatus`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid domain status.
    InvalidParameterValueInvalidDomainStatus,
    /// `InvalidParameterValue.InvalidKeylessServerId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid keyless server id.
    InvalidParameterValueInvalidKeylessServerId,
    /// `InvalidParameterValue.InvalidProxyOrigin`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid proxy origin.
    InvalidParameterValueInvalidProxyOrigin,
    /// `InvalidParameterValue.InvalidSiteFailoverUnsupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid site failover unsupported.
    InvalidParameterValueInvalidSiteFailoverUnsupported,
    /// `InvalidParameterValue.InvalidTagValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid tag value.
    InvalidParameterValueInvalidTagValue,
    /// `InvalidParameterValue.MissingNecessaryParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: missing necessary param.
    InvalidParameterValueMissingNecessaryParam,
    /// `InvalidParameterValue.NotAllowedWildcardSharedCNAME`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not allowed wildcard shared CNAME.
    InvalidParameterValueNotAllowedWildcardSharedCname,
    /// `InvalidParameterValue.NotInEnumeration`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not in enumeration.
    InvalidParameterValueNotInEnumeration,
    /// `InvalidParameterValue.NotWithinRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not within range.
    InvalidParameterValueNotWithinRange,
    /// `InvalidParameterValue.OCDirectOriginDomainNotSupportUpstreamVerify`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: OC direct origin domain not support upstream verify.
    InvalidParameterValueOcDirectOriginDomainNotSupportUpstreamVerify,
    /// `InvalidParameterValue.OriginGroupNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: origin group not exists.
    InvalidParameterValueOriginGroupNotExists,
    /// `InvalidParameterValue.OwnershipVerificationNotPassed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ownership verification not passed.
    InvalidParameterValueOwnershipVerificationNotPassed,
    /// `InvalidParameterValue.PageNameAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: page name already exist.
    InvalidParameterValuePageNameAlreadyExist,
    /// `InvalidParameterValue.RegExMismatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: reg ex mismatch.
    InvalidParameterValueRegExMismatch,
    /// `InvalidParameterValue.ServerCertInfoNeedContainRSAorECC`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: server cert info need contain RS aor ECC.
    InvalidParameterValueServerCertInfoNeedContainRsAorEcc,
    /// `InvalidParameterValue.ServerCertInfoNeedContainSM2`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: server cert info need contain SM2.
    InvalidParameterValueServerCertInfoNeedContainSm2,
    /// `InvalidParameterValue.SharedCNAMEPrefixNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: shared CNAME prefix not match.
    InvalidParameterValueSharedCnamePrefixNotMatch,
    /// `InvalidParameterValue.SiteFailoverNotSupportHostOriginPullRateLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: site failover not support host origin pull rate limit.
    InvalidParameterValueSiteFailoverNotSupportHostOriginPullRateLimit,
    /// `InvalidParameterValue.SiteFailoverNotSupportHostOriginTypeVod`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: site failover not support host origin type vod.
    InvalidParameterValueSiteFailoverNotSupportHostOriginTypeVod,
    /// `InvalidParameterValue.SiteFailoverNotSupportHostUpstreamVerify`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: site failover not support host upstream verify.
    InvalidParameterValueSiteFailoverNotSupportHostUpstreamVerify,
    /// `InvalidParameterValue.TemplateNotCustom`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: template not custom.
    InvalidParameterValueTemplateNotCustom,
    /// `InvalidParameterValue.TemplateNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: template not found.
    InvalidParameterValueTemplateNotFound,
    /// `InvalidParameterValue.TopLevelDomainNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: top level domain not support.
    InvalidParameterValueTopLevelDomainNotSupport,
    /// `InvalidParameterValue.TrialPlanResponsePage`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: trial plan response page.
    InvalidParameterValueTrialPlanResponsePage,
    /// `InvalidParameterValue.UnrecognizableValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unrecognizable value.
    InvalidParameterValueUnrecognizableValue,
    /// `InvalidParameterValue.UpstreamClientCertInfoQuotaLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: upstream client cert info quota limit.
    InvalidParameterValueUpstreamClientCertInfoQuotaLimit,
    /// `InvalidParameterValue.UpstreamVerifyCustomCACertInfoQuotaLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: upstream verify custom CA cert info quota limit.
    InvalidParameterValueUpstreamVerifyCustomCaCertInfoQuotaLimit,
    /// `InvalidParameterValue.ZoneNameInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: zone name invalid.
    InvalidParameterValueZoneNameInvalid,
    /// `InvalidParameterValue.ZoneNameNotSupportPunyCode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: zone name not support puny code.
    InvalidParameterValueZoneNameNotSupportPunyCode,
    /// `InvalidParameterValue.ZoneNameNotSupportSubDomain`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: zone name not support sub domain.
    InvalidParameterValueZoneNameNotSupportSubDomain,
    /// `InvalidParameterValue.ZoneNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: zone not found.
    InvalidParameterValueZoneNotFound,
    /// `InvalidParameterValue.ZonePaused`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: zone paused.
    InvalidParameterValueZonePaused,
    /// `InvalidParameterValue.ZoneSameAsName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: zone same as name.
    InvalidParameterValueZoneSameAsName,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.BatchQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: batch quota.
    LimitExceededBatchQuota,
    /// `LimitExceeded.CustomLogFieldRegexLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: custom log field regex limit exceeded.
    LimitExceededCustomLogFieldRegexLimitExceeded,
    /// `LimitExceeded.DailyQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: daily quota.
    LimitExceededDailyQuota,
    /// `LimitExceeded.FunctionLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: function limit exceeded.
    LimitExceededFunctionLimitExceeded,
    /// `LimitExceeded.InferenceService`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: inference service.
    LimitExceededInferenceService,
    /// `LimitExceeded.LoadBalancingCountLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: load balancing count limit exceeded.
    LimitExceededLoadBalancingCountLimitExceeded,
    /// `LimitExceeded.NamespaceLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: namespace limit exceeded.
    LimitExceededNamespaceLimitExceeded,
    /// `LimitExceeded.PackNotAllow`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: pack not allow.
    LimitExceededPackNotAllow,
    /// `LimitExceeded.ProxyRulesLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: proxy rules limit exceeded.
    LimitExceededProxyRulesLimitExceeded,
    /// `LimitExceeded.QueryTimeLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: query time limit exceeded.
    LimitExceededQueryTimeLimitExceeded,
    /// `LimitExceeded.RateLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: rate limit exceeded.
    LimitExceededRateLimitExceeded,
    /// `LimitExceeded.RuleLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: rule limit exceeded.
    LimitExceededRuleLimitExceeded,
    /// `LimitExceeded.Security`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: security.
    LimitExceededSecurity,
    /// `LimitExceeded.TimingDataItemLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: timing data item limit exceeded.
    LimitExceededTimingDataItemLimitExceeded,
    /// `LimitExceeded.UserQuotaLimited`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: user quota limited.
    LimitExceededUserQuotaLimited,
    /// `LimitExceeded.ZoneBindPlan`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: zone bind plan.
    LimitExceededZoneBindPlan,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.AccelerateMainlandDisable`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: accelerate mainland disable.
    OperationDeniedAccelerateMainlandDisable,
    /// `OperationDenied.AccelerateMainlandIpv6Conflict`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: accelerate mainland ipv6 conflict.
    OperationDeniedAccelerateMainlandIpv6Conflict,
    /// `OperationDenied.AccelerateMainlandMultiplyLayerConflict`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: accelerate mainland multiply layer conflict.
    OperationDeniedAccelerateMainlandMultiplyLayerConflict,
    /// `OperationDenied.AccelerationDomainStatusNotInOnline`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: acceleration domain status not in online.
    OperationDeniedAccelerationDomainStatusNotInOnline,
    /// `OperationDenied.AdvancedOriginRoutingConflictWithDciOverseaLan`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: advanced origin routing conflict with dci oversea lan.
    OperationDeniedAdvancedOriginRoutingConflictWithDciOverseaLan,
    /// `OperationDenied.AliasDomainNotSupport`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: alias domain not support.
    OperationDeniedAliasDomainNotSupport,
    /// `OperationDenied.CertificatePrivateKeyIsEmpty`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: certificate private key is empty.
    OperationDeniedCertificatePrivateKeyIsEmpty,
    /// `OperationDenied.ComplianceForbidden`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: compliance forbidden.
    OperationDeniedComplianceForbidden,
    /// `OperationDenied.ConfigLocked`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: config locked.
    OperationDeniedConfigLocked,
    /// `OperationDenied.DNSPodUnauthorizedRoleOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: DNS pod unauthorized role operation.
    OperationDeniedDnsPodUnauthorizedRoleOperation,
    /// `OperationDenied.DeleteZonePreCheckFailed`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: delete zone pre check failed.
    OperationDeniedDeleteZonePreCheckFailed,
    /// `OperationDenied.DisableZoneNotCompleted`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: disable zone not completed.
    OperationDeniedDisableZoneNotCompleted,
    /// `OperationDenied.DomainInShareCnameGroup`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: domain in share cname group.
    OperationDeniedDomainInShareCnameGroup,
    /// `OperationDenied.DomainIsBlocked`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: domain is blocked.
    OperationDeniedDomainIsBlocked,
    /// `OperationDenied.DomainMustInIPSSLSharedCNAMEZoneAndInSharedCNAME`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: domain must in IPSSL shared CNAME zone and in shared CNAME.
    OperationDeniedDomainMustInIpsslSharedCnameZoneAndInSharedCname,
    /// `OperationDenied.DomainNoICP`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: domain no ICP.
    OperationDeniedDomainNoIcp,
    /// `OperationDenied.DomainNumberIsNotZero`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: domain number is not zero.
    OperationDeniedDomainNumberIsNotZero,
    /// `OperationDenied.DomainStatusUnstable`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: domain status unstable.
    OperationDeniedDomainStatusUnstable,
    /// `OperationDenied.EnterprisePlanAutoRenewUnsupported`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: enterprise plan auto renew unsupported.
    OperationDeniedEnterprisePlanAutoRenewUnsupported,
    /// `OperationDenied.EnterprisePlanRenewUnsupported`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: enterprise plan renew unsupported.
    OperationDeniedEnterprisePlanRenewUnsupported,
    /// `OperationDenied.EnterprisePlanUpgradeUnsupported`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: enterprise plan upgrade unsupported.
    OperationDeniedEnterprisePlanUpgradeUnsupported,
    /// `OperationDenied.EnvNotReady`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: env not ready.
    OperationDeniedEnvNotReady,
    /// `OperationDenied.ErrZoneIsAlreadyPaused`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: err zone is already paused.
    OperationDeniedErrZoneIsAlreadyPaused,
    /// `OperationDenied.HostsCertificateInconsistency`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: hosts certificate inconsistency.
    OperationDeniedHostsCertificateInconsistency,
    /// `OperationDenied.HostsClientCertificateInconsistency`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: hosts client certificate inconsistency.
    OperationDeniedHostsClientCertificateInconsistency,
    /// `OperationDenied.HostsKeylessServerInconsistency`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: hosts keyless server inconsistency.
    OperationDeniedHostsKeylessServerInconsistency,
    /// `OperationDenied.HostsUpstreamCertificateInconsistency`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: hosts upstream certificate inconsistency.
    OperationDeniedHostsUpstreamCertificateInconsistency,
    /// `OperationDenied.HostsUpstreamCertificateVerifyInconsistency`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: hosts upstream certificate verify inconsistency.
    OperationDeniedHostsUpstreamCertificateVerifyInconsistency,
    /// `OperationDenied.IPSSLAlreadyBoundAnotherDomain`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: IPSSL already bound another domain.
    OperationDeniedIpsslAlreadyBoundAnotherDomain,
    /// `OperationDenied.InvalidAdvancedDefenseSecurityType`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: invalid advanced defense security type.
    OperationDeniedInvalidAdvancedDefenseSecurityType,
    /// `OperationDenied.InvalidAdvancedDefenseZoneArea`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: invalid advanced defense zone area.
    OperationDeniedInvalidAdvancedDefenseZoneArea,
    /// `OperationDenied.InvalidAdvancedOriginRoutingBilling`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: invalid advanced origin routing billing.
    OperationDeniedInvalidAdvancedOriginRoutingBilling,
    /// `OperationDenied.Ipv6AdvancedConflict`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: ipv6 advanced conflict.
    OperationDeniedIpv6AdvancedConflict,
    /// `OperationDenied.Ipv6StaticIpConflict`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: ipv6 static ip conflict.
    OperationDeniedIpv6StaticIpConflict,
    /// `OperationDenied.KeylessCertSwitchToFreeCertConflict`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: keyless cert switch to free cert conflict.
    OperationDeniedKeylessCertSwitchToFreeCertConflict,
    /// `OperationDenied.KeylessModeCertificatePrivateKeyNeedEmpty`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: keyless mode certificate private key need empty.
    OperationDeniedKeylessModeCertificatePrivateKeyNeedEmpty,
    /// `OperationDenied.L4LackOfResources`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: l4 lack of resources.
    OperationDeniedL4LackOfResources,
    /// `OperationDenied.L4PortLackOfResources`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: l4 port lack of resources.
    OperationDeniedL4PortLackOfResources,
    /// `OperationDenied.L4ProxyInBannedStatus`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: l4 proxy in banned status.
    OperationDeniedL4ProxyInBannedStatus,
    /// `OperationDenied.L4ProxyInOfflineStatus`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: l4 proxy in offline status.
    OperationDeniedL4ProxyInOfflineStatus,
    /// `OperationDenied.L4ProxyInProcessStatus`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: l4 proxy in process status.
    OperationDeniedL4ProxyInProcessStatus,
    /// `OperationDenied.L4ProxyInProgressStatus`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: l4 proxy in progress status.
    OperationDeniedL4ProxyInProgressStatus,
    /// `OperationDenied.L4ProxyInStoppingStatus`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: l4 proxy in stopping status.
    OperationDeniedL4ProxyInStoppingStatus,
    /// `OperationDenied.L4StatusNotInOnline`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: l4 status not in online.
    OperationDeniedL4StatusNotInOnline,
    /// `OperationDenied.L7HostInProcessStatus`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: l7 host in process status.
    OperationDeniedL7HostInProcessStatus,
    /// `OperationDenied.LastIPSSLOperationNotComplete`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: last IPSSL operation not complete.
    OperationDeniedLastIpsslOperationNotComplete,
    /// `OperationDenied.LatestVersionNow`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: latest version now.
    OperationDeniedLatestVersionNow,
    /// `OperationDenied.LoadBalanceStatusNotInOnline`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: load balance status not in online.
    OperationDeniedLoadBalanceStatusNotInOnline,
    /// `OperationDenied.LoadBalancingZoneIsNotActive`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: load balancing zone is not active.
    OperationDeniedLoadBalancingZoneIsNotActive,
    /// `OperationDenied.MsgIpv6AdvancedConflict`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: msg ipv6 advanced conflict.
    OperationDeniedMsgIpv6AdvancedConflict,
    /// `OperationDenied.MultipleCnameZone`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: multiple cname zone.
    OperationDeniedMultipleCnameZone,
    /// `OperationDenied.NSNotAllowTrafficStrategy`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: NS not allow traffic strategy.
    OperationDeniedNsNotAllowTrafficStrategy,
    /// `OperationDenied.NoDomainAccessZoneOnlyAllowModifiedToCNAME`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: no domain access zone only allow modified to CNAME.
    OperationDeniedNoDomainAccessZoneOnlyAllowModifiedToCname,
    /// `OperationDenied.NoDomainAccessZoneOnlySupportModifyAreaAndAliasZoneName`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: no domain access zone only support modify area and alias zone name.
    OperationDeniedNoDomainAccessZoneOnlySupportModifyAreaAndAliasZoneName,
    /// `OperationDenied.NoDomainAccessZoneOnlySupportModifyType`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: no domain access zone only support modify type.
    OperationDeniedNoDomainAccessZoneOnlySupportModifyType,
    /// `OperationDenied.NotAllowCloseAccelerateMainlandWhenDomainBoundExclusiveIP`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not allow close accelerate mainland when domain bound exclusive IP.
    OperationDeniedNotAllowCloseAccelerateMainlandWhenDomainBoundExclusiveIp,
    /// `OperationDenied.NotInAdvancedOriginRoutingWhiteList`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not in advanced origin routing white list.
    OperationDeniedNotInAdvancedOriginRoutingWhiteList,
    /// `OperationDenied.NotInKeylessWhiteList`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not in keyless white list.
    OperationDeniedNotInKeylessWhiteList,
    /// `OperationDenied.NotInPrefetchOriginLimitWhiteList`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not in prefetch origin limit white list.
    OperationDeniedNotInPrefetchOriginLimitWhiteList,
    /// `OperationDenied.NotInShieldSpaceWhiteList`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not in shield space white list.
    OperationDeniedNotInShieldSpaceWhiteList,
    /// `OperationDenied.NotInSiteFailoverWhiteList`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not in site failover white list.
    OperationDeniedNotInSiteFailoverWhiteList,
    /// `OperationDenied.NotInUpstreamMTLSWhiteList`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not in upstream MTLS white list.
    OperationDeniedNotInUpstreamMtlsWhiteList,
    /// `OperationDenied.NotInVersionControlWhiteList`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not in version control white list.
    OperationDeniedNotInVersionControlWhiteList,
    /// `OperationDenied.OriginGroupAccelerationDomainUsed`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: origin group acceleration domain used.
    OperationDeniedOriginGroupAccelerationDomainUsed,
    /// `OperationDenied.OriginGroupL4Used`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: origin group l4 used.
    OperationDeniedOriginGroupL4Used,
    /// `OperationDenied.OriginGroupLBUsed`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: origin group LB used.
    OperationDeniedOriginGroupLbUsed,
    /// `OperationDenied.OriginGroupRuleEngineUsed`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: origin group rule engine used.
    OperationDeniedOriginGroupRuleEngineUsed,
    /// `OperationDenied.OriginPullDataNotSupported`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: origin pull data not supported.
    OperationDeniedOriginPullDataNotSupported,
    /// `OperationDenied.OwnershipVerificationNotPassed`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: ownership verification not passed.
    OperationDeniedOwnershipVerificationNotPassed,
    /// `OperationDenied.PlanDowngradeNotAllowed`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: plan downgrade not allowed.
    OperationDeniedPlanDowngradeNotAllowed,
    /// `OperationDenied.PlanHasBeenExpired`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: plan has been expired.
    OperationDeniedPlanHasBeenExpired,
    /// `OperationDenied.PlanHasBeenIsolated`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: plan has been isolated.
    OperationDeniedPlanHasBeenIsolated,
    /// `OperationDenied.PlanIncreasePlanQuotaUnsupported`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: plan increase plan quota unsupported.
    OperationDeniedPlanIncreasePlanQuotaUnsupported,
    /// `OperationDenied.PlanNotSupportModifyZoneArea`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: plan not support modify zone area.
    OperationDeniedPlanNotSupportModifyZoneArea,
    /// `OperationDenied.PlanTypeIsWrong`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: plan type is wrong.
    OperationDeniedPlanTypeIsWrong,
    /// `OperationDenied.PlatTypeIPAccelerateMainlandNotSupport`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: plat type IP accelerate mainland not support.
    OperationDeniedPlatTypeIpAccelerateMainlandNotSupport,
    /// `OperationDenied.PleaseContactBusinessPersonnel`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: please contact business personnel.
    OperationDeniedPleaseContactBusinessPersonnel,
    /// `OperationDenied.RecordIsForbidden`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: record is forbidden.
    OperationDeniedRecordIsForbidden,
    /// `OperationDenied.ResourceHasBeenLocked`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: resource has been locked.
    OperationDeniedResourceHasBeenLocked,
    /// `OperationDenied.ResourceLockedTemporary`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: resource locked temporary.
    OperationDeniedResourceLockedTemporary,
    /// `OperationDenied.SecurityLackOfResources`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: security lack of resources.
    OperationDeniedSecurityLackOfResources,
    /// `OperationDenied.SharedCNAMEUnsupportedAccelerateMainland`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: shared CNAME unsupported accelerate mainland.
    OperationDeniedSharedCnameUnsupportedAccelerateMainland,
    /// `OperationDenied.SharedCNAMEUnsupportedIPv6`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: shared CNAME unsupported IPv6.
    OperationDeniedSharedCnameUnsupportedIPv6,
    /// `OperationDenied.StaticIpAreaConflict`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: static ip area conflict.
    OperationDeniedStaticIpAreaConflict,
    /// `OperationDenied.SwitchAreaCdnPlatformReuse`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: switch area cdn platform reuse.
    OperationDeniedSwitchAreaCdnPlatformReuse,
    /// `OperationDenied.SwitchAreaOriginProtectionDeploying`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: switch area origin protection deploying.
    OperationDeniedSwitchAreaOriginProtectionDeploying,
    /// `OperationDenied.UnSupportToCloseUpstreamMTLS`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: un support to close upstream MTLS.
    OperationDeniedUnSupportToCloseUpstreamMtls,
    /// `OperationDenied.UnsupportedPlan`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: unsupported plan.
    OperationDeniedUnsupportedPlan,
    /// `OperationDenied.UpdateIPWhitelistFirst`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: update IP whitelist first.
    OperationDeniedUpdateIpWhitelistFirst,
    /// `OperationDenied.UseUpstreamMTLSNeedOpenHttps`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: use upstream MTLS need open https.
    OperationDeniedUseUpstreamMtlsNeedOpenHttps,
    /// `OperationDenied.VersionControlIsGraying`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: version control is graying.
    OperationDeniedVersionControlIsGraying,
    /// `OperationDenied.VersionControlLocked`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: version control locked.
    OperationDeniedVersionControlLocked,
    /// `OperationDenied.VersionControlNeedNSSwitched`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: version control need NS switched.
    OperationDeniedVersionControlNeedNsSwitched,
    /// `OperationDenied.WorkModeNotInVersionControl`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: work mode not in version control.
    OperationDeniedWorkModeNotInVersionControl,
    /// `OperationDenied.ZoneHasHostsModifyConflict`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: zone has hosts modify conflict.
    OperationDeniedZoneHasHostsModifyConflict,
    /// `OperationDenied.ZoneIsBindingSharedCNAME`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: zone is binding shared CNAME.
    OperationDeniedZoneIsBindingSharedCname,
    /// `OperationDenied.ZoneIsReferenceCustomErrorPage`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: zone is reference custom error page.
    OperationDeniedZoneIsReferenceCustomErrorPage,
    /// `OperationDenied.ZoneNotActive`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: zone not active.
    OperationDeniedZoneNotActive,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInUse.AliasDomain`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: alias domain.
    ResourceInUseAliasDomain,
    /// `ResourceInUse.AliasName`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: alias name.
    ResourceInUseAliasName,
    /// `ResourceInUse.AlreadyExistsAsAnAccelerationDomain`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: already exists as an acceleration domain.
    ResourceInUseAlreadyExistsAsAnAccelerationDomain,
    /// `ResourceInUse.Cname`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: cname.
    ResourceInUseCname,
    /// `ResourceInUse.Dns`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: dns.
    ResourceInUseDns,
    /// `ResourceInUse.DnsRecord`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: dns record.
    ResourceInUseDnsRecord,
    /// `ResourceInUse.DuplicateName`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: duplicate name.
    ResourceInUseDuplicateName,
    /// `ResourceInUse.GenericHost`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: generic host.
    ResourceInUseGenericHost,
    /// `ResourceInUse.Host`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: host.
    ResourceInUseHost,
    /// `ResourceInUse.NS`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: NS.
    ResourceInUseNs,
    /// `ResourceInUse.Others`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: others.
    ResourceInUseOthers,
    /// `ResourceInUse.OthersAliasDomain`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: others alias domain.
    ResourceInUseOthersAliasDomain,
    /// `ResourceInUse.OthersCname`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: others cname.
    ResourceInUseOthersCname,
    /// `ResourceInUse.OthersHost`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: others host.
    ResourceInUseOthersHost,
    /// `ResourceInUse.OthersNS`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: others NS.
    ResourceInUseOthersNs,
    /// `ResourceInUse.PrefetchOriginLimitAlreadyExists`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: prefetch origin limit already exists.
    ResourceInUsePrefetchOriginLimitAlreadyExists,
    /// `ResourceInUse.SelfAndOthersCname`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: self and others cname.
    ResourceInUseSelfAndOthersCname,
    /// `ResourceInUse.SharedCNAME`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: shared CNAME.
    ResourceInUseSharedCname,
    /// `ResourceInUse.Zone`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: zone.
    ResourceInUseZone,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.DNSPodDomainNotInAccount`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: DNS pod domain not in account.
    ResourceNotFoundDnsPodDomainNotInAccount,
    /// `ResourceNotFound.InferenceService`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: inference service.
    ResourceNotFoundInferenceService,
    /// `ResourceNotFound.PostMaxSizeQuotaNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: post max size quota not found.
    ResourceNotFoundPostMaxSizeQuotaNotFound,
    /// `ResourceNotFound.VersionNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: version not found.
    ResourceNotFoundVersionNotFound,
    /// `ResourceNotFound.ZoneNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: zone not found.
    ResourceNotFoundZoneNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.CertNotFound`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cert not found.
    ResourceUnavailableCertNotFound,
    /// `ResourceUnavailable.DomainAlreadyExists`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: domain already exists.
    ResourceUnavailableDomainAlreadyExists,
    /// `ResourceUnavailable.DomainNotFound`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: domain not found.
    ResourceUnavailableDomainNotFound,
    /// `ResourceUnavailable.FunctionNotFound`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: function not found.
    ResourceUnavailableFunctionNotFound,
    /// `ResourceUnavailable.HostNotFound`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: host not found.
    ResourceUnavailableHostNotFound,
    /// `ResourceUnavailable.NamespaceNotFound`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: namespace not found.
    ResourceUnavailableNamespaceNotFound,
    /// `ResourceUnavailable.RuleNotFound`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: rule not found.
    ResourceUnavailableRuleNotFound,
    /// `ResourceUnavailable.SharedCNAMEAlreadyExists`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: shared CNAME already exists.
    ResourceUnavailableSharedCnameAlreadyExists,
    /// `ResourceUnavailable.ZoneNotFound`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: zone not found.
    ResourceUnavailableZoneNotFound,
    /// `ResourcesSoldOut.L7LackOfResources`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out: l7 lack of resources.
    ResourcesSoldOutL7LackOfResources,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.CamUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cam unauthorized.
    UnauthorizedOperationCamUnauthorized,
    /// `UnauthorizedOperation.DomainEmpty`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: domain empty.
    UnauthorizedOperationDomainEmpty,
    /// `UnauthorizedOperation.NoPermission`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no permission.
    UnauthorizedOperationNoPermission,
    /// `UnauthorizedOperation.Unknown`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: unknown.
    UnauthorizedOperationUnknown,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.TargetNameOriginTypeCos`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: target name origin type cos.
    UnsupportedOperationTargetNameOriginTypeCos,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 523] = [
        "DryRunOperation",
        "FailedOperation",
        "FailedOperation.CertificateHasExpired",
        "FailedOperation.CertificateNotFound",
        "FailedOperation.ConfigConditionSyntaxError",
        "FailedOperation.ConfigConditionUnknownTarget",
        "FailedOperation.ConfigConditionValueEmptyError",
        "FailedOperation.ConfigDuplicateKeyError",
        "FailedOperation.ConfigFieldTypeError",
        "FailedOperation.ConfigFormatError",
        "FailedOperation.ConfigJSONFormatError",
        "FailedOperation.ConfigMalformedContent",
        "FailedOperation.ConfigParamValidateErrors",
        "FailedOperation.ConfigTimeParsingError",
        "FailedOperation.ConfigUnknownField",
        "FailedOperation.ConfigUnsupportedAction",
        "FailedOperation.ConfigUnsupportedFormatVersion",
        "FailedOperation.CreateClsLogSetFailed",
        "FailedOperation.CreateClsLogTopicTaskFailed",
        "FailedOperation.CreateLogTopicTaskAuthFailure",
        "FailedOperation.CreatePrefetchOriginLimitFailed",
        "FailedOperation.EdgeClientCertificateHasExpired",
        "FailedOperation.FailedToCallDNSPod",
        "FailedOperation.FunctionDeploying",
        "FailedOperation.InsufficientAccountBalance",
        "FailedOperation.InvalidZoneStatus",
        "FailedOperation.MissingConfigChunk",
        "FailedOperation.ModifyFailed",
        "FailedOperation.PrefetchOriginLimitCountExceeded",
        "FailedOperation.PrefetchOriginLimitNotFound",
        "FailedOperation.ProductDiscontinued",
        "FailedOperation.ProductNotActivated",
        "FailedOperation.RealtimeLogAuthFailure",
        "FailedOperation.RealtimeLogLogAnalysisNotSupport",
        "FailedOperation.RealtimeLogNotFound",
        "FailedOperation.RuleOperationConflict",
        "FailedOperation.TemplateOverLimit",
        "FailedOperation.UnknownConfigGroupType",
        "FailedOperation.UpstreamClientCertificateHasExpired",
        "FailedOperation.UpstreamVerifyCustomCACertificateHasExpired",
        "InternalError",
        "InternalError.BackendError",
        "InternalError.ConfigLocked",
        "InternalError.DBError",
        "InternalError.DomainConfig",
        "InternalError.FailedToGenerateUrl",
        "InternalError.GetRoleError",
        "InternalError.ProxyServer",
        "InternalError.QuotaSystem",
        "InternalError.RouteError",
        "InternalError.SystemError",
        "InternalError.UnknowError",
        "InvalidFilter",
        "InvalidParameter",
        "InvalidParameter.AccessRedirectRegexError",
        "InvalidParameter.ActionInProgress",
        "InvalidParameter.AdvancedOriginRoutingNotSupportAccelerateMainland",
        "InvalidParameter.AdvancedOriginRoutingNotSupportCurrentPlanOriginWhitelist",
        "InvalidParameter.AdvancedOriginRoutingNotSupportMultiplyLayer",
        "InvalidParameter.AdvancedOriginRoutingNotSupportNewlyAddedHost",
        "InvalidParameter.AdvancedOriginRoutingNotSupportOCDirectOrigin",
        "InvalidParameter.AdvancedOriginRoutingNotSupportRacingPlatform",
        "InvalidParameter.AliasDomainNotSupportKeyless",
        "InvalidParameter.AliasDomainNotSupportSMCert",
        "InvalidParameter.BadContent",
        "InvalidParameter.BadFunctionName",
        "InvalidParameter.BadNamespaceName",
        "InvalidParameter.BindingNotFound",
        "InvalidParameter.CacheKeyQueryStringRequiresFullUrlCacheOff",
        "InvalidParameter.CacheKeyQueryStringTooManyValue",
        "InvalidParameter.CertNotMatchDomain",
        "InvalidParameter.CertSystemError",
        "InvalidParameter.CertToExpire",
        "InvalidParameter.CertTooShortKeySize",
        "InvalidParameter.CertificateConflictWithKeylessServer",
        "InvalidParameter.ClientIpCountryConflictsWithIpv6",
        "InvalidParameter.CnameWildHostNotAllowApplyCertificate",
        "InvalidParameter.CompressionInvalidAlgorithms",
        "InvalidParameter.ConflictHostOrigin",
        "InvalidParameter.ContentExceedsLimit",
        "InvalidParameter.DomainAreaNotSupportPrefetchOriginLimitArea",
        "InvalidParameter.DomainNotFound",
        "InvalidParameter.DomainOnTrafficScheduling",
        "InvalidParameter.DuplicateBindingName",
        "InvalidParameter.DuplicateRule",
        "InvalidParameter.EdgeClientCertCheckError",
        "InvalidParameter.ErrActionUnsupportTarget",
        "InvalidParameter.ErrInvalidAction",
        "InvalidParameter.ErrInvalidActionDuplicateAction",
        "InvalidParameter.ErrInvalidActionOriginPrivateAddress",
        "InvalidParameter.ErrInvalidActionParam",
        "InvalidParameter.ErrInvalidActionParamAction",
        "InvalidParameter.ErrInvalidActionParamBadValueType",
        "InvalidParameter.ErrInvalidActionParamDuplicateName",
        "InvalidParameter.ErrInvalidActionParamName",
        "InvalidParameter.ErrInvalidActionParamTooManyValues",
        "InvalidParameter.ErrInvalidActionParamValue",
        "InvalidParameter.ErrInvalidActionType",
        "InvalidParameter.ErrInvalidCondition",
        "InvalidParameter.ErrInvalidConditionCannotOnlyContainHostWhenModifyOriginActionConfigured",
        "InvalidParameter.ErrInvalidConditionHostTooManyWhenModifyOriginActionConfigured",
        "InvalidParameter.ErrInvalidConditionIgnoreCase",
        "InvalidParameter.ErrInvalidConditionNameBadName",
        "InvalidParameter.ErrInvalidConditionNameTargetNotSupportName",
        "InvalidParameter.ErrInvalidConditionValueBadRegular",
        "InvalidParameter.ErrInvalidConditionValueBadUrl",
        "InvalidParameter.ErrInvalidConditionValueBadValue",
        "InvalidParameter.ErrInvalidConditionValueBadValueContainFileNameExtension",
        "InvalidParameter.ErrInvalidConditionValueTooLongValue",
        "InvalidParameter.ErrInvalidConditionValueTooManyRegular",
        "InvalidParameter.ErrInvalidConditionValueTooManyValues",
        "InvalidParameter.ErrInvalidConditionValueTooManyWildcard",
        "InvalidParameter.ErrInvalidConditionValueZeroLength",
        "InvalidParameter.ErrInvalidElseWhenModifyOriginActionConfigured",
        "InvalidParameter.ErrNilCondition",
        "InvalidParameter.FunctionBindVariableNameConflict",
        "InvalidParameter.FunctionNameConflict",
        "InvalidParameter.GroupByLimitExceeded",
        "InvalidParameter.GrpcRequireHttp2",
        "InvalidParameter.HostHeaderInvalid",
        "InvalidParameter.HostNotFound",
        "InvalidParameter.HostStatusNotAllowApplyCertificate",
        "InvalidParameter.InvalidAccelerateType",
        "InvalidParameter.InvalidAdvancedOriginRoutingUnsupported",
        "InvalidParameter.InvalidAuthentication",
        "InvalidParameter.InvalidAuthenticationTypeExpireTime",
        "InvalidParameter.InvalidAuthenticationTypeSecretKey",
        "InvalidParameter.InvalidAuthenticationTypeSignParam",
        "InvalidParameter.InvalidAuthenticationTypeTimeFormat",
        "InvalidParameter.InvalidAuthenticationTypeTimeParam",
        "InvalidParameter.InvalidAutoUseVoucher",
        "InvalidParameter.InvalidAwsPrivateAccess",
        "InvalidParameter.InvalidAwsRegion",
        "InvalidParameter.InvalidAwsSecretKey",
        "InvalidParameter.InvalidBackupServerName",
        "InvalidParameter.InvalidCacheConfigCache",
        "InvalidParameter.InvalidCacheConfigFollowOrigin",
        "InvalidParameter.InvalidCacheKey",
        "InvalidParameter.InvalidCacheKeyCookie",
        "InvalidParameter.InvalidCacheKeyIgnoreCase",
        "InvalidParameter.InvalidCacheKeyQueryStringAction",
        "InvalidParameter.InvalidCacheKeyQueryStringValue",
        "InvalidParameter.InvalidCacheKeyScheme",
        "InvalidParameter.InvalidCacheOnlyOnSwitch",
        "InvalidParameter.InvalidCacheTime",
        "InvalidParameter.InvalidCertInfo",
        "InvalidParameter.InvalidClientIpCountryHeaderName",
        "InvalidParameter.InvalidClientIpHeaderName",
        "InvalidParameter.InvalidClientIpOrigin",
        "InvalidParameter.InvalidConditions",
        "InvalidParameter.InvalidCosDomain",
        "InvalidParameter.InvalidDomains",
        "InvalidParameter.InvalidDynamicRoutine",
        "InvalidParameter.InvalidDynamicRoutineBilling",
        "InvalidParameter.InvalidErrorPage",
        "InvalidParameter.InvalidErrorPageRedirectUrl",
        "InvalidParameter.InvalidFilterName",
        "InvalidParameter.InvalidForceRedirectType",
        "InvalidParameter.InvalidHttps",
        "InvalidParameter.InvalidHttpsCertInfo",
        "InvalidParameter.InvalidHttpsCipherSuiteAndTlsVersion",
        "InvalidParameter.InvalidHttpsHstsMaxAge",
        "InvalidParameter.InvalidHttpsTlsVersion",
        "InvalidParameter.InvalidInterval",
        "InvalidParameter.InvalidIpv6Switch",
        "InvalidParameter.InvalidLogAnalysisCondition",
        "InvalidParameter.InvalidLogFormatFieldDelimiter",
        "InvalidParameter.InvalidLogFormatFormatType",
        "InvalidParameter.InvalidLogFormatRecordDelimiter",
        "InvalidParameter.InvalidMaxAgeFollowOrigin",
        "InvalidParameter.InvalidMaxAgeTime",
        "InvalidParameter.InvalidMetric",
        "InvalidParameter.InvalidOperation",
        "InvalidParameter.InvalidOrigin",
        "InvalidParameter.InvalidOriginGroupType",
        "InvalidParameter.InvalidOriginIp",
        "InvalidParameter.InvalidOriginType",
        "InvalidParameter.InvalidOriginValue",
        "InvalidParameter.InvalidParameter",
        "InvalidParameter.InvalidPeriod",
        "InvalidParameter.InvalidPlanType",
        "InvalidParameter.InvalidPostMaxSizeBilling",
        "InvalidParameter.InvalidPostSizeValue",
        "InvalidParameter.InvalidPrivateAccessParams",
        "InvalidParameter.InvalidPrivateAccessSwitch",
        "InvalidParameter.InvalidProxies",
        "InvalidParameter.InvalidQuicBilling",
        "InvalidParameter.InvalidQuotaNumber",
        "InvalidParameter.InvalidQuotaType",
        "InvalidParameter.InvalidRangeOriginPull",
        "InvalidParameter.InvalidRenewFlag",
        "InvalidParameter.InvalidRequestHeaderName",
        "InvalidParameter.InvalidRequestHeaderNameXff",
        "InvalidParameter.InvalidRequestHeaderValue",
        "InvalidParameter.InvalidResourceIdBilling",
        "InvalidParameter.InvalidResponseHeaderName",
        "InvalidParameter.InvalidResponseHeaderValue",
        "InvalidParameter.InvalidRuleEngine",
        "InvalidParameter.InvalidRuleEngineAction",
        "InvalidParameter.InvalidRuleEngineNotFound",
        "InvalidParameter.InvalidRuleEngineTarget",
        "InvalidParameter.InvalidRuleEngineTargetsExtension",
        "InvalidParameter.InvalidRuleEngineTargetsUrl",
        "InvalidParameter.InvalidRuleProto",
        "InvalidParameter.InvalidServerName",
        "InvalidParameter.InvalidShieldUnsupported",
        "InvalidParameter.InvalidSortBy",
        "InvalidParameter.InvalidSortOrder",
        "InvalidParameter.InvalidStandardDebug",
        "InvalidParameter.InvalidStandardDebugClientIp",
        "InvalidParameter.InvalidStandardDebugEmptyList",
        "InvalidParameter.InvalidStandardDebugExpireTimeLimit",
        "InvalidParameter.InvalidUpstreamRequestQueryStringValue",
        "InvalidParameter.InvalidUrlRedirect",
        "InvalidParameter.InvalidUrlRedirectHost",
        "InvalidParameter.InvalidUrlRedirectUrl",
        "InvalidParameter.InvalidWebSocketTimeout",
        "InvalidParameter.KeyRulesInvalidQueryStringValue",
        "InvalidParameter.KeysTooMany",
        "InvalidParameter.LengthExceedsLimit",
        "InvalidParameter.LoadBalanceInstanceIdIsRequired",
        "InvalidParameter.LoadBalancerBindL4NotInStableStatus",
        "InvalidParameter.LoadBalancerBindL7NotInStableStatus",
        "InvalidParameter.LoadBalancerBindOriginGroupInvalid",
        "InvalidParameter.LoadBalancerNameRepeated",
        "InvalidParameter.LoadBalancerUsedInL4Proxy",
        "InvalidParameter.LoadBalancerUsedInL7Domain",
        "InvalidParameter.LoadBalancerUsedInRuleEngine",
        "InvalidParameter.ModifyParametersMissing",
        "InvalidParameter.MultiplyLayerNotSupportSmartRouting",
        "InvalidParameter.NamespaceInUse",
        "InvalidParameter.NotSupportThisPreset",
        "InvalidParameter.OCDirectOriginRequiresSmartRouting",
        "InvalidParameter.OriginGroupTypeCanNotMatchLBType",
        "InvalidParameter.OriginIsInnerIp",
        "InvalidParameter.OriginL4RecordIPV4MixDomain",
        "InvalidParameter.OriginL4RecordMultiDomain",
        "InvalidParameter.OriginNameExists",
        "InvalidParameter.OriginOriginGroupIdIsRequired",
        "InvalidParameter.OriginPullProtocolIsRequired",
        "InvalidParameter.OriginRecordFormatError",
        "InvalidParameter.OriginRecordWeightValue",
        "InvalidParameter.OriginThirdPartyParamFormatError",
        "InvalidParameter.ParameterError",
        "InvalidParameter.PlanNotFound",
        "InvalidParameter.PostMaxSizeLimitExceeded",
        "InvalidParameter.PrefetchOriginLimitAreaInvalid",
        "InvalidParameter.PrefetchOriginLimitBandwidthTooLarge",
        "InvalidParameter.PrefetchOriginLimitBandwidthTooSmall",
        "InvalidParameter.PrefetchOriginLimitEnabledInvalid",
        "InvalidParameter.ProxyNameDuplicating",
        "InvalidParameter.ProxyNameNotMatched",
        "InvalidParameter.RealtimeLogEntityAlreadyCreated",
        "InvalidParameter.RealtimeLogInvalidDeliveryArea",
        "InvalidParameter.RealtimeLogInvalidLogType",
        "InvalidParameter.RealtimeLogInvalidTaskType",
        "InvalidParameter.RealtimeLogNumsExceedLimit",
        "InvalidParameter.RemarkTooLong",
        "InvalidParameter.ResponseHeaderCacheControlNotAllowDelete",
        "InvalidParameter.RuleOriginFormatError",
        "InvalidParameter.RuleOriginMultiDomain",
        "InvalidParameter.RuleOriginPortInteger",
        "InvalidParameter.RuleOriginValueError",
        "InvalidParameter.RulePortDuplicating",
        "InvalidParameter.RulePortGroup",
        "InvalidParameter.RulePortInteger",
        "InvalidParameter.Security",
        "InvalidParameter.SettingInvalidParam",
        "InvalidParameter.ShieldNotSupportHostCachePrefresh",
        "InvalidParameter.ShieldNotSupportHostOriginWhitelist",
        "InvalidParameter.ShieldNotSupportHostSmartRouting",
        "InvalidParameter.ShieldNotSupportZoneCachePrefresh",
        "InvalidParameter.ShieldNotSupportZoneSmartRouting",
        "InvalidParameter.ShieldSpaceNotFound",
        "InvalidParameter.ShieldSpaceRequiredError",
        "InvalidParameter.ShieldSpaceStatusMustOnline",
        "InvalidParameter.SomeOriginGroupNotExist",
        "InvalidParameter.SpaceNotBindOrigin",
        "InvalidParameter.StatusCodeCacheInvalidStatusCode",
        "InvalidParameter.Target",
        "InvalidParameter.TaskNotGenerated",
        "InvalidParameter.TaskSystemError",
        "InvalidParameter.TlsVersionNotInSequence",
        "InvalidParameter.TooManyFilterValues",
        "InvalidParameter.TooManyFilters",
        "InvalidParameter.UploadUrl",
        "InvalidParameter.UpstreamClientCertCheckError",
        "InvalidParameter.UpstreamVerifyCertCheckError",
        "InvalidParameter.UpstreamVerifyCustomCACertNoInfo",
        "InvalidParameter.WorkModeIsSame",
        "InvalidParameter.ZoneAreaNotSupportPrefetchOriginLimitArea",
        "InvalidParameter.ZoneHasBeenBound",
        "InvalidParameter.ZoneHasNotBeenBoundToPlan",
        "InvalidParameter.ZoneIsGrayPublishing",
        "InvalidParameter.ZoneNameIsRequired",
        "InvalidParameter.ZoneNotFound",
        "InvalidParameterValue",
        "InvalidParameterValue.AccessBlacklist",
        "InvalidParameterValue.AliasDomainNotSupportEdgeMTLS",
        "InvalidParameterValue.AliasDomainNotSupportUpstreamMTLS",
        "InvalidParameterValue.AliasDomainNotSupportUpstreamVerify",
        "InvalidParameterValue.CertificateVerifyClientMustCa",
        "InvalidParameterValue.CertificateVerifyClientNeedCert",
        "InvalidParameterValue.CertificateVerifyUpstreamClientMustRSAorECC",
        "InvalidParameterValue.CertificateVerifyUpstreamClientMustSVR",
        "InvalidParameterValue.CertificateVerifyUpstreamClientNeedCert",
        "InvalidParameterValue.CertificateVerifyUpstreamVerifyCustomCAMustCA",
        "InvalidParameterValue.CertificateVerifyUpstreamVerifyCustomCAMustRSAorECC",
        "InvalidParameterValue.CertificateVerifyUpstreamVerifyCustomCANeedCert",
        "InvalidParameterValue.ClientCertInfoQuotaLimit",
        "InvalidParameterValue.ConflictRecord",
        "InvalidParameterValue.ConflictWithDNSSEC",
        "InvalidParameterValue.ConflictWithDomain",
        "InvalidParameterValue.ConflictWithNSRecord",
        "InvalidParameterValue.ContentSameAsName",
        "InvalidParameterValue.ContentTypeNotMatch",
        "InvalidParameterValue.DomainNotMatchZone",
        "InvalidParameterValue.FiltersMustIncludeDimensionName",
        "InvalidParameterValue.FormatMismatch",
        "InvalidParameterValue.GeneralMismatch",
        "InvalidParameterValue.IncludeInvalidValue",
        "InvalidParameterValue.InferenceServiceName",
        "InvalidParameterValue.InferenceServiceNameDuplicate",
        "InvalidParameterValue.InvalidAliasDomainName",
        "InvalidParameterValue.InvalidAliasNameSuffix",
        "InvalidParameterValue.InvalidDNSContent",
        "InvalidParameterValue.InvalidDNSName",
        "InvalidParameterValue.InvalidDomainName",
        "InvalidParameterValue.InvalidDomainStatus",
        "InvalidParameterValue.InvalidKeylessServerId",
        "InvalidParameterValue.InvalidProxyOrigin",
        "InvalidParameterValue.InvalidSiteFailoverUnsupported",
        "InvalidParameterValue.InvalidTagValue",
        "InvalidParameterValue.MissingNecessaryParam",
        "InvalidParameterValue.NotAllowedWildcardSharedCNAME",
        "InvalidParameterValue.NotInEnumeration",
        "InvalidParameterValue.NotWithinRange",
        "InvalidParameterValue.OCDirectOriginDomainNotSupportUpstreamVerify",
        "InvalidParameterValue.OriginGroupNotExists",
        "InvalidParameterValue.OwnershipVerificationNotPassed",
        "InvalidParameterValue.PageNameAlreadyExist",
        "InvalidParameterValue.RegExMismatch",
        "InvalidParameterValue.ServerCertInfoNeedContainRSAorECC",
        "InvalidParameterValue.ServerCertInfoNeedContainSM2",
        "InvalidParameterValue.SharedCNAMEPrefixNotMatch",
        "InvalidParameterValue.SiteFailoverNotSupportHostOriginPullRateLimit",
        "InvalidParameterValue.SiteFailoverNotSupportHostOriginTypeVod",
        "InvalidParameterValue.SiteFailoverNotSupportHostUpstreamVerify",
        "InvalidParameterValue.TemplateNotCustom",
        "InvalidParameterValue.TemplateNotFound",
        "InvalidParameterValue.TopLevelDomainNotSupport",
        "InvalidParameterValue.TrialPlanResponsePage",
        "InvalidParameterValue.UnrecognizableValue",
        "InvalidParameterValue.UpstreamClientCertInfoQuotaLimit",
        "InvalidParameterValue.UpstreamVerifyCustomCACertInfoQuotaLimit",
        "InvalidParameterValue.ZoneNameInvalid",
        "InvalidParameterValue.ZoneNameNotSupportPunyCode",
        "InvalidParameterValue.ZoneNameNotSupportSubDomain",
        "InvalidParameterValue.ZoneNotFound",
        "InvalidParameterValue.ZonePaused",
        "InvalidParameterValue.ZoneSameAsName",
        "LimitExceeded",
        "LimitExceeded.BatchQuota",
        "LimitExceeded.CustomLogFieldRegexLimitExceeded",
        "LimitExceeded.DailyQuota",
        "LimitExceeded.FunctionLimitExceeded",
        "LimitExceeded.InferenceService",
        "LimitExceeded.LoadBalancingCountLimitExceeded",
        "LimitExceeded.NamespaceLimitExceeded",
        "LimitExceeded.PackNotAllow",
        "LimitExceeded.ProxyRulesLimitExceeded",
        "LimitExceeded.QueryTimeLimitExceeded",
        "LimitExceeded.RateLimitExceeded",
        "LimitExceeded.RuleLimitExceeded",
        "LimitExceeded.Security",
        "LimitExceeded.TimingDataItemLimitExceeded",
        "LimitExceeded.UserQuotaLimited",
        "LimitExceeded.ZoneBindPlan",
        "MissingParameter",
        "OperationDenied",
        "OperationDenied.AccelerateMainlandDisable",
        "OperationDenied.AccelerateMainlandIpv6Conflict",
        "OperationDenied.AccelerateMainlandMultiplyLayerConflict",
        "OperationDenied.AccelerationDomainStatusNotInOnline",
        "OperationDenied.AdvancedOriginRoutingConflictWithDciOverseaLan",
        "OperationDenied.AliasDomainNotSupport",
        "OperationDenied.CertificatePrivateKeyIsEmpty",
        "OperationDenied.ComplianceForbidden",
        "OperationDenied.ConfigLocked",
        "OperationDenied.DNSPodUnauthorizedRoleOperation",
        "OperationDenied.DeleteZonePreCheckFailed",
        "OperationDenied.DisableZoneNotCompleted",
        "OperationDenied.DomainInShareCnameGroup",
        "OperationDenied.DomainIsBlocked",
        "OperationDenied.DomainMustInIPSSLSharedCNAMEZoneAndInSharedCNAME",
        "OperationDenied.DomainNoICP",
        "OperationDenied.DomainNumberIsNotZero",
        "OperationDenied.DomainStatusUnstable",
        "OperationDenied.EnterprisePlanAutoRenewUnsupported",
        "OperationDenied.EnterprisePlanRenewUnsupported",
        "OperationDenied.EnterprisePlanUpgradeUnsupported",
        "OperationDenied.EnvNotReady",
        "OperationDenied.ErrZoneIsAlreadyPaused",
        "OperationDenied.HostsCertificateInconsistency",
        "OperationDenied.HostsClientCertificateInconsistency",
        "OperationDenied.HostsKeylessServerInconsistency",
        "OperationDenied.HostsUpstreamCertificateInconsistency",
        "OperationDenied.HostsUpstreamCertificateVerifyInconsistency",
        "OperationDenied.IPSSLAlreadyBoundAnotherDomain",
        "OperationDenied.InvalidAdvancedDefenseSecurityType",
        "OperationDenied.InvalidAdvancedDefenseZoneArea",
        "OperationDenied.InvalidAdvancedOriginRoutingBilling",
        "OperationDenied.Ipv6AdvancedConflict",
        "OperationDenied.Ipv6StaticIpConflict",
        "OperationDenied.KeylessCertSwitchToFreeCertConflict",
        "OperationDenied.KeylessModeCertificatePrivateKeyNeedEmpty",
        "OperationDenied.L4LackOfResources",
        "OperationDenied.L4PortLackOfResources",
        "OperationDenied.L4ProxyInBannedStatus",
        "OperationDenied.L4ProxyInOfflineStatus",
        "OperationDenied.L4ProxyInProcessStatus",
        "OperationDenied.L4ProxyInProgressStatus",
        "OperationDenied.L4ProxyInStoppingStatus",
        "OperationDenied.L4StatusNotInOnline",
        "OperationDenied.L7HostInProcessStatus",
        "OperationDenied.LastIPSSLOperationNotComplete",
        "OperationDenied.LatestVersionNow",
        "OperationDenied.LoadBalanceStatusNotInOnline",
        "OperationDenied.LoadBalancingZoneIsNotActive",
        "OperationDenied.MsgIpv6AdvancedConflict",
        "OperationDenied.MultipleCnameZone",
        "OperationDenied.NSNotAllowTrafficStrategy",
        "OperationDenied.NoDomainAccessZoneOnlyAllowModifiedToCNAME",
        "OperationDenied.NoDomainAccessZoneOnlySupportModifyAreaAndAliasZoneName",
        "OperationDenied.NoDomainAccessZoneOnlySupportModifyType",
        "OperationDenied.NotAllowCloseAccelerateMainlandWhenDomainBoundExclusiveIP",
        "OperationDenied.NotInAdvancedOriginRoutingWhiteList",
        "OperationDenied.NotInKeylessWhiteList",
        "OperationDenied.NotInPrefetchOriginLimitWhiteList",
        "OperationDenied.NotInShieldSpaceWhiteList",
        "OperationDenied.NotInSiteFailoverWhiteList",
        "OperationDenied.NotInUpstreamMTLSWhiteList",
        "OperationDenied.NotInVersionControlWhiteList",
        "OperationDenied.OriginGroupAccelerationDomainUsed",
        "OperationDenied.OriginGroupL4Used",
        "OperationDenied.OriginGroupLBUsed",
        "OperationDenied.OriginGroupRuleEngineUsed",
        "OperationDenied.OriginPullDataNotSupported",
        "OperationDenied.OwnershipVerificationNotPassed",
        "OperationDenied.PlanDowngradeNotAllowed",
        "OperationDenied.PlanHasBeenExpired",
        "OperationDenied.PlanHasBeenIsolated",
        "OperationDenied.PlanIncreasePlanQuotaUnsupported",
        "OperationDenied.PlanNotSupportModifyZoneArea",
        "OperationDenied.PlanTypeIsWrong",
        "OperationDenied.PlatTypeIPAccelerateMainlandNotSupport",
        "OperationDenied.PleaseContactBusinessPersonnel",
        "OperationDenied.RecordIsForbidden",
        "OperationDenied.ResourceHasBeenLocked",
        "OperationDenied.ResourceLockedTemporary",
        "OperationDenied.SecurityLackOfResources",
        "OperationDenied.SharedCNAMEUnsupportedAccelerateMainland",
        "OperationDenied.SharedCNAMEUnsupportedIPv6",
        "OperationDenied.StaticIpAreaConflict",
        "OperationDenied.SwitchAreaCdnPlatformReuse",
        "OperationDenied.SwitchAreaOriginProtectionDeploying",
        "OperationDenied.UnSupportToCloseUpstreamMTLS",
        "OperationDenied.UnsupportedPlan",
        "OperationDenied.UpdateIPWhitelistFirst",
        "OperationDenied.UseUpstreamMTLSNeedOpenHttps",
        "OperationDenied.VersionControlIsGraying",
        "OperationDenied.VersionControlLocked",
        "OperationDenied.VersionControlNeedNSSwitched",
        "OperationDenied.WorkModeNotInVersionControl",
        "OperationDenied.ZoneHasHostsModifyConflict",
        "OperationDenied.ZoneIsBindingSharedCNAME",
        "OperationDenied.ZoneIsReferenceCustomErrorPage",
        "OperationDenied.ZoneNotActive",
        "ResourceInUse",
        "ResourceInUse.AliasDomain",
        "ResourceInUse.AliasName",
        "ResourceInUse.AlreadyExistsAsAnAccelerationDomain",
        "ResourceInUse.Cname",
        "ResourceInUse.Dns",
        "ResourceInUse.DnsRecord",
        "ResourceInUse.DuplicateName",
        "ResourceInUse.GenericHost",
        "ResourceInUse.Host",
        "ResourceInUse.NS",
        "ResourceInUse.Others",
        "ResourceInUse.OthersAliasDomain",
        "ResourceInUse.OthersCname",
        "ResourceInUse.OthersHost",
        "ResourceInUse.OthersNS",
        "ResourceInUse.PrefetchOriginLimitAlreadyExists",
        "ResourceInUse.SelfAndOthersCname",
        "ResourceInUse.SharedCNAME",
        "ResourceInUse.Zone",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceNotFound.DNSPodDomainNotInAccount",
        "ResourceNotFound.InferenceService",
        "ResourceNotFound.PostMaxSizeQuotaNotFound",
        "ResourceNotFound.VersionNotFound",
        "ResourceNotFound.ZoneNotFound",
        "ResourceUnavailable",
        "ResourceUnavailable.CertNotFound",
        "ResourceUnavailable.DomainAlreadyExists",
        "ResourceUnavailable.DomainNotFound",
        "ResourceUnavailable.FunctionNotFound",
        "ResourceUnavailable.HostNotFound",
        "ResourceUnavailable.NamespaceNotFound",
        "ResourceUnavailable.RuleNotFound",
        "ResourceUnavailable.SharedCNAMEAlreadyExists",
        "ResourceUnavailable.ZoneNotFound",
        "ResourcesSoldOut.L7LackOfResources",
        "UnauthorizedOperation",
        "UnauthorizedOperation.CamUnauthorized",
        "UnauthorizedOperation.DomainEmpty",
        "UnauthorizedOperation.NoPermission",
        "UnauthorizedOperation.Unknown",
        "UnsupportedOperation",
        "UnsupportedOperation.TargetNameOriginTypeCos",
    ];
    static NAME_CODES: [u32; 50] = [
        10, 22, 39, 43, 60, 63, 232, 233, 235, 288, 298, 299, 303, 304, 306, 307, 308,
        311, 313, 325, 326, 334, 337, 342, 343, 344, 354, 389, 394, 395, 408, 425, 431,
        432, 435, 441, 445, 455, 461, 462, 466, 468, 469, 472, 475, 488, 493, 496, 500,
        513,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationConfigJsonFormatErrorFailedOperationFailedToCallDnsPodFailedOperationUpstreamVerifyCustomCaCertificateHasExpiredInternalErrorDbErrorInvalidParameterAdvancedOriginRoutingNotSupportOcDirectOriginInvalidParameterAliasDomainNotSupportSmCertInvalidParameterOcDirectOriginRequiresSmartRoutingInvalidParameterOriginGroupTypeCanNotMatchLbTypeInvalidParameterOriginL4RecordIpv4MixDomainInvalidParameterUpstreamVerifyCustomCaCertNoInfoInvalidParameterValueAliasDomainNotSupportEdgeMtlsInvalidParameterValueAliasDomainNotSupportUpstreamMtlsInvalidParameterValueCertificateVerifyUpstreamClientMustRsAorEccInvalidParameterValueCertificateVerifyUpstreamClientMustSvrInvalidParameterValueCertificateVerifyUpstreamVerifyCustomCaMustCaInvalidParameterValueCertificateVerifyUpstreamVerifyCustomCaMustRsAorEccInvalidParameterValueCertificateVerifyUpstreamVerifyCustomCaNeedCertInvalidParameterValueConflictWithDnssecInvalidParameterValueConflictWithNsRecordInvalidParameterValueInvalidDnsContentInvalidParameterValueInvalidDnsNameInvalidParameterValueNotAllowedWildcardSharedCnameInvalidParameterValueOcDirectOriginDomainNotSupportUpstreamVerifyInvalidParameterValueServerCertInfoNeedContainRsAorEccInvalidParameterValueServerCertInfoNeedContainSm2InvalidParameterValueSharedCnamePrefixNotMatchInvalidParameterValueUpstreamVerifyCustomCaCertInfoQuotaLimitOperationDeniedDnsPodUnauthorizedRoleOperationOperationDeniedDomainMustInIpsslSharedCnameZoneAndInSharedCnameOperationDeniedDomainNoIcpOperationDeniedIpsslAlreadyBoundAnotherDomainOperationDeniedLastIpsslOperationNotCompleteOperationDeniedNsNotAllowTrafficStrategyOperationDeniedNoDomainAccessZoneOnlyAllowModifiedToCnameOperationDeniedNotAllowCloseAccelerateMainlandWhenDomainBoundExclusiveIpOperationDeniedNotInUpstreamMtlsWhiteListOperationDeniedOriginGroupLbUsedOperationDeniedPlatTypeIpAccelerateMainlandNotSupportOperationDeniedSharedCnameUnsupportedAccelerateMainlandOperationDeniedSharedCnameUnsupportedIPv6OperationDeniedUnSupportToCloseUpstreamMtlsOperationDeniedUpdateIpWhitelistFirstOperationDeniedUseUpstreamMtlsNeedOpenHttpsOperationDeniedVersionControlNeedNsSwitchedOperationDeniedZoneIsBindingSharedCnameResourceInUseNsResourceInUseOthersNsResourceInUseSharedCnameResourceNotFoundDnsPodDomainNotInAccountResourceUnavailableSharedCnameAlreadyExists",
        ends: &[
            0, 36, 69, 127, 147, 208, 251, 301, 349, 392, 440, 490, 544, 608, 667, 733,
            805, 873, 912, 953, 991, 1026, 1076, 1141, 1195, 1244, 1290, 1351, 1397,
            1460, 1486, 1531, 1575, 1615, 1672, 1744, 1785, 1817, 1870, 1925, 1966, 2009,
            2046, 2089, 2132, 2171, 2186, 2207, 2231, 2271, 2314,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The request was a dry run and was not carried out.The operation failed.The operation failed: certificate has expired.The operation failed: certificate not found.The operation failed: config condition syntax error.The operation failed: config condition unknown target.The operation failed: config condition value empty error.The operation failed: config duplicate key error.The operation failed: config field type error.The operation failed: config format error.The operation failed: config JSON format error.The operation failed: config malformed content.The operation failed: config param validate errors.The operation failed: config time parsing error.The operation failed: config unknown field.The operation failed: config unsupported action.The operation failed: config unsupported format version.The operation failed: create cls log set failed.The operation failed: create cls log topic task failed.The operation failed: create log topic task auth failure.The operation failed: create prefetch origin limit failed.The operation failed: edge client certificate has expired.The operation failed: failed to call DNS pod.The operation failed: function deploying.The operation failed: insufficient account balance.The operation failed: invalid zone status.The operation failed: missing config chunk.The operation failed: modify failed.The operation failed: prefetch origin limit count exceeded.The operation failed: prefetch origin limit not found.The operation failed: product discontinued.The operation failed: product not activated.The operation failed: realtime log auth failure.The operation failed: realtime log log analysis not support.The operation failed: realtime log not found.The operation failed: rule operation conflict.The operation failed: template over limit.The operation failed: unknown config group type.The operation failed: upstream client certificate has expired.The operation failed: upstream verify custom CA certificate has expired.An internal error occurred.An internal error occurred: backend error.An internal error occurred: config locked.An internal error occurred: DB error.An internal error occurred: domain config.An internal error occurred: failed to generate url.An internal error occurred: get role error.An internal error occurred: proxy server.An internal error occurred: quota system.An internal error occurred: route error.An internal error occurred: system error.An internal error occurred: unknow error.Invalid filter.A parameter is invalid.A parameter is invalid: access redirect regex error.A parameter is invalid: action in progress.A parameter is invalid: advanced origin routing not support accelerate mainland.A parameter is invalid: advanced origin routing not support current plan origin whitelist.A parameter is invalid: advanced origin routing not support multiply layer.A parameter is invalid: advanced origin routing not support newly added host.A parameter is invalid: advanced origin routing not support OC direct origin.A parameter is invalid: advanced origin routing not support racing platform.A parameter is invalid: alias domain not support keyless.A parameter is invalid: alias domain not support SM cert.A parameter is invalid: bad content.A parameter is invalid: bad function name.A parameter is invalid: bad namespace name.A parameter is invalid: binding not found.A parameter is invalid: cache key query string requires full url cache off.A parameter is invalid: cache key query string too many value.A parameter is invalid: cert not match domain.A parameter is invalid: cert system error.A parameter is invalid: cert to expire.A parameter is invalid: cert too short key size.A parameter is invalid: certificate conflict with keyless server.A parameter is invalid: client ip country conflicts with ipv6.A parameter is invalid: cname wild host not allow apply certificate.A parameter is invalid: compression invalid algorithms.A parameter is invalid: conflict host origin.A parameter is invalid: content exceeds limit.A parameter is invalid: domain area not support prefetch origin limit area.A parameter is invalid: domain not found.A parameter is invalid: domain on traffic scheduling.A parameter is invalid: duplicate binding name.A parameter is invalid: duplicate rule.A parameter is invalid: edge client cert check error.A parameter is invalid: err action unsupport target.A parameter is invalid: err invalid action.A parameter is invalid: err invalid action duplicate action.A parameter is invalid: err invalid action origin private address.A parameter is invalid: err invalid action param.A parameter is invalid: err invalid action param action.A parameter is invalid: err invalid action param bad value type.A parameter is invalid: err invalid action param duplicate name.A parameter is invalid: err invalid action param name.A parameter is invalid: err invalid action param too many values.A parameter is invalid: err invalid action param value.A parameter is invalid: err invalid action type.A parameter is invalid: err invalid condition.A parameter is invalid: err invalid condition cannot only contain host when modify origin action configured.A parameter is invalid: err invalid condition host too many when modify origin action configured.A parameter is invalid: err invalid condition ignore case.A parameter is invalid: err invalid condition name bad name.A parameter is invalid: err invalid condition name target not support name.A parameter is invalid: err invalid condition value bad regular.A parameter is invalid: err invalid condition value bad url.A parameter is invalid: err invalid condition value bad value.A parameter is invalid: err invalid condition value bad value contain file name extension.A parameter is invalid: err invalid condition value too long value.A parameter is invalid: err invalid condition value too many regular.A parameter is invalid: err invalid condition value too many values.A parameter is invalid: err invalid condition value too many wildcard.A parameter is invalid: err invalid condition value zero length.A parameter is invalid: err invalid else when modify origin action configured.A parameter is invalid: err nil condition.A parameter is invalid: function bind variable name conflict.A parameter is invalid: function name conflict.A parameter is invalid: group by limit exceeded.A parameter is invalid: grpc require http2.A parameter is invalid: host header invalid.A parameter is invalid: host not found.A parameter is invalid: host status not allow apply certificate.A parameter is invalid: invalid accelerate type.A parameter is invalid: invalid advanced origin routing unsupported.A parameter is invalid: invalid authentication.A parameter is invalid: invalid authentication type expire time.A parameter is invalid: invalid authentication type secret key.A parameter is invalid: invalid authentication type sign param.A parameter is invalid: invalid authentication type time format.A parameter is invalid: invalid authentication type time param.A parameter is invalid: invalid auto use voucher.A parameter is invalid: invalid aws private access.A parameter is invalid: invalid aws region.A parameter is invalid: invalid aws secret key.A parameter is invalid: invalid backup server name.A parameter is invalid: invalid cache config cache.A parameter is invalid: invalid cache config follow origin.A parameter is invalid: invalid cache key.A parameter is invalid: invalid cache key cookie.A parameter is invalid: invalid cache key ignore case.A parameter is invalid: invalid cache key query string action.A parameter is invalid: invalid cache key query string value.A parameter is invalid: invalid cache key scheme.A parameter is invalid: invalid cache only on switch.A parameter is invalid: invalid cache time.A parameter is invalid: invalid cert info.A parameter is invalid: invalid client ip country header name.A parameter is invalid: invalid client ip header name.A parameter is invalid: invalid client ip origin.A parameter is invalid: invalid conditions.A parameter is invalid: invalid cos domain.A parameter is invalid: invalid domains.A parameter is invalid: invalid dynamic routine.A parameter is invalid: invalid dynamic routine billing.A parameter is invalid: invalid error page.A parameter is invalid: invalid error page redirect url.A parameter is invalid: invalid filter name.A parameter is invalid: invalid force redirect type.A parameter is invalid: invalid https.A parameter is invalid: invalid https cert info.A parameter is invalid: invalid https cipher suite and tls version.A parameter is invalid: invalid https hsts max age.A parameter is invalid: invalid https tls version.A parameter is invalid: invalid interval.A parameter is invalid: invalid ipv6 switch.A parameter is invalid: invalid log analysis condition.A parameter is invalid: invalid log format field delimiter.A parameter is invalid: invalid log format format type.A parameter is invalid: invalid log format record delimiter.A parameter is invalid: invalid max age follow origin.A parameter is invalid: invalid max age time.A parameter is invalid: invalid metric.A parameter is invalid: invalid operation.A parameter is invalid: invalid origin.A parameter is invalid: invalid origin group type.A parameter is invalid: invalid origin ip.A parameter is invalid: invalid origin type.A parameter is invalid: invalid origin value.A parameter is invalid: invalid parameter.A parameter is invalid: invalid period.A parameter is invalid: invalid plan type.A parameter is invalid: invalid post max size billing.A parameter is invalid: invalid post size value.A parameter is invalid: invalid private access params.A parameter is invalid: invalid private access switch.A parameter is invalid: invalid proxies.A parameter is invalid: invalid quic billing.A parameter is invalid: invalid quota number.A parameter is invalid: invalid quota type.A parameter is invalid: invalid range origin pull.A parameter is invalid: invalid renew flag.A parameter is invalid: invalid request header name.A parameter is invalid: invalid request header name xff.A parameter is invalid: invalid request header value.A parameter is invalid: invalid resource id billing.A parameter is invalid: invalid response header name.A parameter is invalid: invalid response header value.A parameter is invalid: invalid rule engine.A parameter is invalid: invalid rule engine action.A parameter is invalid: invalid rule engine not found.A parameter is invalid: invalid rule engine target.A parameter is invalid: invalid rule engine targets extension.A parameter is invalid: invalid rule engine targets url.A parameter is invalid: invalid rule proto.A parameter is invalid: invalid server name.A parameter is invalid: invalid shield unsupported.A parameter is invalid: invalid sort by.A parameter is invalid: invalid sort order.A parameter is invalid: invalid standard debug.A parameter is invalid: invalid standard debug client ip.A parameter is invalid: invalid standard debug empty list.A parameter is invalid: invalid standard debug expire time limit.A parameter is invalid: invalid upstream request query string value.A parameter is invalid: invalid url redirect.A parameter is invalid: invalid url redirect host.A parameter is invalid: invalid url redirect url.A parameter is invalid: invalid web socket timeout.A parameter is invalid: key rules invalid query string value.A parameter is invalid: keys too many.A parameter is invalid: length exceeds limit.A parameter is invalid: load balance instance id is required.A parameter is invalid: load balancer bind l4 not in stable status.A parameter is invalid: load balancer bind l7 not in stable status.A parameter is invalid: load balancer bind origin group invalid.A parameter is invalid: load balancer name repeated.A parameter is invalid: load balancer used in l4 proxy.A parameter is invalid: load balancer used in l7 domain.A parameter is invalid: load balancer used in rule engine.A parameter is invalid: modify parameters missing.A parameter is invalid: multiply layer not support smart routing.A parameter is invalid: namespace in use.A parameter is invalid: not support this preset.A parameter is invalid: OC direct origin requires smart routing.A parameter is invalid: origin group type can not match LB type.A parameter is invalid: origin is inner ip.A parameter is invalid: origin l4 record IPV4 mix domain.A parameter is invalid: origin l4 record multi domain.A parameter is invalid: origin name exists.A parameter is invalid: origin origin group id is required.A parameter is invalid: origin pull protocol is required.A parameter is invalid: origin record format error.A parameter is invalid: origin record weight value.A parameter is invalid: origin third party param format error.A parameter is invalid: parameter error.A parameter is invalid: plan not found.A parameter is invalid: post max size limit exceeded.A parameter is invalid: prefetch origin limit area invalid.A parameter is invalid: prefetch origin limit bandwidth too large.A parameter is invalid: prefetch origin limit bandwidth too small.A parameter is invalid: prefetch origin limit enabled invalid.A parameter is invalid: proxy name duplicating.A parameter is invalid: proxy name not matched.A parameter is invalid: realtime log entity already created.A parameter is invalid: realtime log invalid delivery area.A parameter is invalid: realtime log invalid log type.A parameter is invalid: realtime log invalid task type.A parameter is invalid: realtime log nums exceed limit.A parameter is invalid: remark too long.A parameter is invalid: response header cache control not allow delete.A parameter is invalid: rule origin format error.A parameter is invalid: rule origin multi domain.A parameter is invalid: rule origin port integer.A parameter is invalid: rule origin value error.A parameter is invalid: rule port duplicating.A parameter is invalid: rule port group.A parameter is invalid: rule port integer.A parameter is invalid: security.A parameter is invalid: setting invalid param.A parameter is invalid: shield not support host cache prefresh.A parameter is invalid: shield not support host origin whitelist.A parameter is invalid: shield not support host smart routing.A parameter is invalid: shield not support zone cache prefresh.A parameter is invalid: shield not support zone smart routing.A parameter is invalid: shield space not found.A parameter is invalid: shield space required error.A parameter is invalid: shield space status must online.A parameter is invalid: some origin group not exist.A parameter is invalid: space not bind origin.A parameter is invalid: status code cache invalid status code.A parameter is invalid: target.A parameter is invalid: task not generated.A parameter is invalid: task system error.A parameter is invalid: tls version not in sequence.A parameter is invalid: too many filter values.A parameter is invalid: too many filters.A parameter is invalid: upload url.A parameter is invalid: upstream client cert check error.A parameter is invalid: upstream verify cert check error.A parameter is invalid: upstream verify custom CA cert no info.A parameter is invalid: work mode is same.A parameter is invalid: zone area not support prefetch origin limit area.A parameter is invalid: zone has been bound.A parameter is invalid: zone has not been bound to plan.A parameter is invalid: zone is gray publishing.A parameter is invalid: zone name is required.A parameter is invalid: zone not found.A parameter value is invalid.A parameter value is invalid: access blacklist.A parameter value is invalid: alias domain not support edge MTLS.A parameter value is invalid: alias domain not support upstream MTLS.A parameter value is invalid: alias domain not support upstream verify.A parameter value is invalid: certificate verify client must ca.A parameter value is invalid: certificate verify client need cert.A parameter value is invalid: certificate verify upstream client must RS aor ECC.A parameter value is invalid: certificate verify upstream client must SVR.A parameter value is invalid: certificate verify upstream client need cert.A parameter value is invalid: certificate verify upstream verify custom CA must CA.A parameter value is invalid: certificate verify upstream verify custom CA must RS aor ECC.A parameter value is invalid: certificate verify upstream verify custom CA need cert.A parameter value is invalid: client cert info quota limit.A parameter value is invalid: conflict record.A parameter value is invalid: conflict with DNSSEC.A parameter value is invalid: conflict with domain.A parameter value is invalid: conflict with NS record.A parameter value is invalid: content same as name.A parameter value is invalid: content type not match.A parameter value is invalid: domain not match zone.A parameter value is invalid: filters must include dimension name.A parameter value is invalid: format mismatch.A parameter value is invalid: general mismatch.A parameter value is invalid: include invalid value.A parameter value is invalid: inference service name.A parameter value is invalid: inference service name duplicate.A parameter value is invalid: invalid alias domain name.A parameter value is invalid: invalid alias name suffix.A parameter value is invalid: invalid DNS content.A parameter value is invalid: invalid DNS name.A parameter value is invalid: invalid domain name.A parameter value is invalid: invalid domain status.A parameter value is invalid: invalid keyless server id.A parameter value is invalid: invalid proxy origin.A parameter value is invalid: invalid site failover unsupported.A parameter value is invalid: invalid tag value.A parameter value is invalid: missing necessary param.A parameter value is invalid: not allowed wildcard shared CNAME.A parameter value is invalid: not in enumeration.A parameter value is invalid: not within range.A parameter value is invalid: OC direct origin domain not support upstream verify.A parameter value is invalid: origin group not exists.A parameter value is invalid: ownership verification not passed.A parameter value is invalid: page name already exist.A parameter value is invalid: reg ex mismatch.A parameter value is invalid: server cert info need contain RS aor ECC.A parameter value is invalid: server cert info need contain SM2.A parameter value is invalid: shared CNAME prefix not match.A parameter value is invalid: site failover not support host origin pull rate limit.A parameter value is invalid: site failover not support host origin type vod.A parameter value is invalid: site failover not support host upstream verify.A parameter value is invalid: template not custom.A parameter value is invalid: template not found.A parameter value is invalid: top level domain not support.A parameter value is invalid: trial plan response page.A parameter value is invalid: unrecognizable value.A parameter value is invalid: upstream client cert info quota limit.A parameter value is invalid: upstream verify custom CA cert info quota limit.A parameter value is invalid: zone name invalid.A parameter value is invalid: zone name not support puny code.A parameter value is invalid: zone name not support sub domain.A parameter value is invalid: zone not found.A parameter value is invalid: zone paused.A parameter value is invalid: zone same as name.A limit was exceeded.A limit was exceeded: batch quota.A limit was exceeded: custom log field regex limit exceeded.A limit was exceeded: daily quota.A limit was exceeded: function limit exceeded.A limit was exceeded: inference service.A limit was exceeded: load balancing count limit exceeded.A limit was exceeded: namespace limit exceeded.A limit was exceeded: pack not allow.A limit was exceeded: proxy rules limit exceeded.A limit was exceeded: query time limit exceeded.A limit was exceeded: rate limit exceeded.A limit was exceeded: rule limit exceeded.A limit was exceeded: security.A limit was exceeded: timing data item limit exceeded.A limit was exceeded: user quota limited.A limit was exceeded: zone bind plan.A required parameter is missing.The operation was denied.The operation was denied: accelerate mainland disable.The operation was denied: accelerate mainland ipv6 conflict.The operation was denied: accelerate mainland multiply layer conflict.The operation was denied: acceleration domain status not in online.The operation was denied: advanced origin routing conflict with dci oversea lan.The operation was denied: alias domain not support.The operation was denied: certificate private key is empty.The operation was denied: compliance forbidden.The operation was denied: config locked.The operation was denied: DNS pod unauthorized role operation.The operation was denied: delete zone pre check failed.The operation was denied: disable zone not completed.The operation was denied: domain in share cname group.The operation was denied: domain is blocked.The operation was denied: domain must in IPSSL shared CNAME zone and in shared CNAME.The operation was denied: domain no ICP.The operation was denied: domain number is not zero.The operation was denied: domain status unstable.The operation was denied: enterprise plan auto renew unsupported.The operation was denied: enterprise plan renew unsupported.The operation was denied: enterprise plan upgrade unsupported.The operation was denied: env not ready.The operation was denied: err zone is already paused.The operation was denied: hosts certificate inconsistency.The operation was denied: hosts client certificate inconsistency.The operation was denied: hosts keyless server inconsistency.The operation was denied: hosts upstream certificate inconsistency.The operation was denied: hosts upstream certificate verify inconsistency.The operation was denied: IPSSL already bound another domain.The operation was denied: invalid advanced defense security type.The operation was denied: invalid advanced defense zone area.The operation was denied: invalid advanced origin routing billing.The operation was denied: ipv6 advanced conflict.The operation was denied: ipv6 static ip conflict.The operation was denied: keyless cert switch to free cert conflict.The operation was denied: keyless mode certificate private key need empty.The operation was denied: l4 lack of resources.The operation was denied: l4 port lack of resources.The operation was denied: l4 proxy in banned status.The operation was denied: l4 proxy in offline status.The operation was denied: l4 proxy in process status.The operation was denied: l4 proxy in progress status.The operation was denied: l4 proxy in stopping status.The operation was denied: l4 status not in online.The operation was denied: l7 host in process status.The operation was denied: last IPSSL operation not complete.The operation was denied: latest version now.The operation was denied: load balance status not in online.The operation was denied: load balancing zone is not active.The operation was denied: msg ipv6 advanced conflict.The operation was denied: multiple cname zone.The operation was denied: NS not allow traffic strategy.The operation was denied: no domain access zone only allow modified to CNAME.The operation was denied: no domain access zone only support modify area and alias zone name.The operation was denied: no domain access zone only support modify type.The operation was denied: not allow close accelerate mainland when domain bound exclusive IP.The operation was denied: not in advanced origin routing white list.The operation was denied: not in keyless white list.The operation was denied: not in prefetch origin limit white list.The operation was denied: not in shield space white list.The operation was denied: not in site failover white list.The operation was denied: not in upstream MTLS white list.The operation was denied: not in version control white list.The operation was denied: origin group acceleration domain used.The operation was denied: origin group l4 used.The operation was denied: origin group LB used.The operation was denied: origin group rule engine used.The operation was denied: origin pull data not supported.The operation was denied: ownership verification not passed.The operation was denied: plan downgrade not allowed.The operation was denied: plan has been expired.The operation was denied: plan has been isolated.The operation was denied: plan increase plan quota unsupported.The operation was denied: plan not support modify zone area.The operation was denied: plan type is wrong.The operation was denied: plat type IP accelerate mainland not support.The operation was denied: please contact business personnel.The operation was denied: record is forbidden.The operation was denied: resource has been locked.The operation was denied: resource locked temporary.The operation was denied: security lack of resources.The operation was denied: shared CNAME unsupported accelerate mainland.The operation was denied: shared CNAME unsupported IPv6.The operation was denied: static ip area conflict.The operation was denied: switch area cdn platform reuse.The operation was denied: switch area origin protection deploying.The operation was denied: un support to close upstream MTLS.The operation was denied: unsupported plan.The operation was denied: update IP whitelist first.The operation was denied: use upstream MTLS need open https.The operation was denied: version control is graying.The operation was denied: version control locked.The operation was denied: version control need NS switched.The operation was denied: work mode not in version control.The operation was denied: zone has hosts modify conflict.The operation was denied: zone is binding shared CNAME.The operation was denied: zone is reference custom error page.The operation was denied: zone not active.The resource is in use.The resource is in use: alias domain.The resource is in use: alias name.The resource is in use: already exists as an acceleration domain.The resource is in use: cname.The resource is in use: dns.The resource is in use: dns record.The resource is in use: duplicate name.The resource is in use: generic host.The resource is in use: host.The resource is in use: NS.The resource is in use: others.The resource is in use: others alias domain.The resource is in use: others cname.The resource is in use: others host.The resource is in use: others NS.The resource is in use: prefetch origin limit already exists.The resource is in use: self and others cname.The resource is in use: shared CNAME.The resource is in use: zone.Resources are insufficient.The resource was not found.The resource was not found: DNS pod domain not in account.The resource was not found: inference service.The resource was not found: post max size quota not found.The resource was not found: version not found.The resource was not found: zone not found.The resource is unavailable.The resource is unavailable: cert not found.The resource is unavailable: domain already exists.The resource is unavailable: domain not found.The resource is unavailable: function not found.The resource is unavailable: host not found.The resource is unavailable: namespace not found.The resource is unavailable: rule not found.The resource is unavailable: shared CNAME already exists.The resource is unavailable: zone not found.The resources are sold out: l7 lack of resources.The operation is not authorized.The operation is not authorized: cam unauthorized.The operation is not authorized: domain empty.The operation is not authorized: no permission.The operation is not authorized: unknown.The operation is not supported.The operation is not supported: target name origin type cos.",
        ends: &[
            0, 50, 71, 117, 161, 213, 267, 324, 373, 419, 461, 508, 555, 606, 654, 697,
            745, 801, 849, 904, 961, 1019, 1077, 1122, 1163, 1214, 1256, 1299, 1335,
            1394, 1448, 1491, 1535, 1583, 1643, 1688, 1734, 1776, 1824, 1886, 1958, 1985,
            2027, 2069, 2106, 2148, 2199, 2242, 2283, 2324, 2364, 2405, 2446, 2461, 2484,
            2536, 2579, 2659, 2749, 2824, 2901, 2978, 3054, 3111, 3168, 3204, 3246, 3289,
            3331, 3406, 3468, 3514, 3556, 3595, 3643, 3708, 3770, 3838, 3893, 3938, 3984,
            4059, 4100, 4153, 4200, 4239, 4292, 4344, 4387, 4447, 4513, 4562, 4618, 4682,
            4746, 4800, 4865, 4920, 4968, 5014, 5122, 5219, 5277, 5337, 5412, 5476, 5536,
            5598, 5688, 5755, 5824, 5892, 5962, 6026, 6104, 6146, 6207, 6254, 6302, 6345,
            6389, 6428, 6492, 6540, 6608, 6655, 6719, 6782, 6845, 6909, 6972, 7021, 7072,
            7115, 7162, 7213, 7264, 7323, 7365, 7414, 7468, 7530, 7591, 7640, 7693, 7736,
            7778, 7840, 7894, 7943, 7986, 8029, 8069, 8117, 8173, 8216, 8272, 8316, 8368,
            8406, 8454, 8521, 8572, 8622, 8663, 8707, 8762, 8821, 8876, 8936, 8990, 9035,
            9074, 9116, 9155, 9205, 9247, 9291, 9336, 9378, 9417, 9459, 9513, 9561, 9615,
            9669, 9709, 9754, 9799, 9842, 9892, 9935, 9987, 10043, 10096, 10148, 10201,
            10255, 10299, 10350, 10404, 10455, 10517, 10573, 10616, 10660, 10711, 10751,
            10794, 10841, 10898, 10956, 11021, 11089, 11134, 11184, 11233, 11284, 11345,
            11383, 11428, 11489, 11556, 11623, 11687, 11739, 11794, 11850, 11908, 11958,
            12023, 12064, 12112, 12176, 12240, 12283, 12340, 12394, 12437, 12496, 12553,
            12604, 12655, 12717, 12757, 12796, 12849, 12908, 12974, 13040, 13102, 13149,
            13196, 13256, 13315, 13369, 13424, 13479, 13519, 13590, 13639, 13688, 13737,
            13785, 13831, 13871, 13913, 13946, 13992, 14055, 14120, 14182, 14245, 14307,
            14354, 14406, 14462, 14514, 14560, 14622, 14653, 14696, 14738, 14790, 14837,
            14878, 14913, 14970, 15027, 15090, 15132, 15205, 15249, 15305, 15353, 15399,
            15438, 15467, 15514, 15579, 15648, 15719, 15783, 15849, 15930, 16004, 16079,
            16162, 16253, 16338, 16397, 16443, 16494, 16545, 16599, 16650, 16703, 16755,
            16821, 16867, 16914, 16966, 17019, 17082, 17138, 17194, 17244, 17291, 17341,
            17393, 17449, 17500, 17564, 17612, 17666, 17730, 17779, 17826, 17908, 17962,
            18026, 18080, 18126, 18197, 18261, 18321, 18405, 18482, 18559, 18609, 18658,
            18717, 18772, 18823, 18891, 18969, 19017, 19079, 19142, 19187, 19229, 19277,
            19298, 19332, 19392, 19426, 19472, 19512, 19570, 19617, 19654, 19703, 19751,
            19793, 19835, 19866, 19920, 19961, 19998, 20030, 20055, 20109, 20169, 20239,
            20306, 20386, 20437, 20496, 20543, 20583, 20645, 20700, 20753, 20807, 20851,
            20936, 20976, 21028, 21077, 21142, 21202, 21264, 21304, 21357, 21415, 21480,
            21541, 21608, 21682, 21743, 21808, 21869, 21935, 21984, 22034, 22102, 22176,
            22223, 22275, 22327, 22380, 22433, 22487, 22541, 22591, 22643, 22703, 22748,
            22808, 22868, 22921, 22967, 23023, 23100, 23193, 23266, 23359, 23427, 23479,
            23545, 23602, 23660, 23718, 23778, 23842, 23889, 23936, 23992, 24049, 24109,
            24162, 24210, 24259, 24322, 24382, 24427, 24498, 24558, 24604, 24655, 24707,
            24760, 24831, 24887, 24937, 24994, 25060, 25120, 25163, 25215, 25275, 25328,
            25377, 25436, 25495, 25552, 25607, 25669, 25711, 25734, 25771, 25806, 25871,
            25901, 25929, 25964, 26003, 26040, 26069, 26096, 26127, 26171, 26208, 26244,
            26278, 26339, 26385, 26422, 26451, 26478, 26505, 26563, 26609, 26667, 26713,
            26756, 26784, 26828, 26879, 26925, 26973, 27017, 27066, 27110, 27167, 27211,
            27260, 27292, 27342, 27388, 27435, 27476, 27507, 27567,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 523] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccbbbbbbbbbbbbbbbbbbbbcaaaaaaccccccccccccccccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 523] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimmmmmmmmmmmmbcccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccchhhhhhhhhhhhhhhhhcgggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggjjjjjjjjjjjjjjjjjjjjheeeeeeiiiiiiiiiihgggggli",
    );
    static PILOTS: [u16; 131] = [
        15, 24, 4, 27, 2, 7, 29, 18, 28, 42, 3, 0, 0, 27, 9, 6, 1, 12, 36, 2, 0, 87, 5,
        12, 0, 6, 3, 7, 12, 34, 0, 19, 17, 91, 7, 12, 0, 15, 7, 21, 2, 1, 10, 2, 48, 128,
        37, 126, 29, 10, 7, 1, 14, 9, 15, 35, 12, 0, 80, 4, 15, 11, 2, 13, 9, 88, 0, 2,
        2, 105, 2, 9, 5, 3, 6, 100, 33, 80, 66, 6, 116, 19, 2, 2, 1, 8, 10, 116, 49, 60,
        61, 68, 27, 48, 22, 4, 3, 25, 84, 7, 14, 0, 57, 149, 10, 18, 111, 60, 87, 22, 17,
        19, 31, 26, 22, 136, 20, 60, 2, 85, 1, 4, 70, 0, 128, 219, 80, 8, 46, 408, 136,
    ];
    static SLOTS: [(&str, u32); 581] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            68, 375, 4294967295, 495, 344, 297, 362, 254, 462, 94, 61, 4294967295, 420,
            20, 174, 55, 92, 43, 4294967295, 475, 229, 253, 484, 242, 394, 226, 148,
            4294967295, 219, 164, 331, 354, 10, 321, 220, 239, 175, 152, 349, 342, 487,
            4294967295, 511, 250, 393, 433, 34, 171, 210, 227, 249, 36, 251, 138, 63,
            241, 283, 4294967295, 238, 4294967295, 489, 369, 392, 19, 96, 427, 192, 425,
            191, 182, 382, 119, 304, 490, 509, 4294967295, 313, 274, 205, 158, 423, 52,
            57, 359, 17, 335, 209, 437, 455, 320, 140, 172, 464, 12, 403, 330, 496, 56,
            4294967295, 481, 273, 324, 347, 170, 466, 91, 269, 508, 4294967295, 46, 49,
            470, 26, 4294967295, 154, 4294967295, 267, 522, 132, 246, 248, 353, 110,
            4294967295, 456, 222, 225, 199, 247, 502, 80, 500, 156, 62, 376, 260, 23,
            194, 4294967295, 24, 4294967295, 129, 162, 208, 480, 4294967295, 378, 112,
            361, 265, 284, 381, 411, 296, 386, 264, 4294967295, 4294967295, 166, 355,
            188, 396, 404, 4294967295, 4294967295, 337, 15, 86, 198, 441, 316, 130, 98,
            151, 232, 282, 64, 134, 439, 4294967295, 4294967295, 83, 4294967295, 261, 14,
            391, 438, 377, 395, 3, 325, 399, 168, 65, 436, 78, 287, 79, 380, 149, 113,
            513, 503, 518, 479, 228, 477, 200, 236, 5, 449, 486, 463, 383, 4294967295,
            272, 16, 418, 445, 153, 211, 160, 183, 120, 494, 126, 384, 366, 322, 117,
            306, 27, 303, 221, 478, 389, 22, 294, 4294967295, 290, 268, 193, 432, 517,
            401, 41, 507, 305, 144, 121, 343, 187, 21, 32, 97, 4294967295, 346, 103, 60,
            146, 145, 339, 4294967295, 406, 444, 424, 474, 4294967295, 143, 104,
            4294967295, 515, 467, 201, 142, 48, 271, 374, 4294967295, 184, 497, 388, 81,
            468, 93, 356, 176, 372, 74, 270, 4294967295, 400, 341, 498, 95, 4294967295,
            30, 334, 235, 141, 125, 231, 4294967295, 109, 133, 435, 4294967295, 371, 368,
            70, 114, 217, 295, 291, 4294967295, 76, 443, 277, 521, 492, 266, 390,
            4294967295, 312, 159, 72, 244, 458, 301, 195, 139, 431, 173, 460, 413, 73,
            165, 276, 452, 345, 258, 323, 237, 319, 214, 326, 506, 338, 448, 417, 461,
            4294967295, 292, 327, 300, 75, 8, 33, 333, 163, 0, 28, 440, 190, 118, 465,
            298, 84, 77, 4294967295, 196, 426, 520, 50, 150, 230, 233, 4294967295, 336,
            299, 180, 421, 245, 2, 357, 385, 318, 179, 289, 181, 4294967295, 58,
            4294967295, 457, 224, 189, 31, 310, 218, 288, 256, 207, 4294967295, 257, 516,
            212, 213, 252, 340, 454, 47, 13, 100, 124, 107, 128, 373, 4294967295, 365,
            428, 278, 262, 281, 147, 82, 99, 29, 204, 54, 314, 332, 4294967295, 178, 116,
            35, 505, 155, 453, 311, 169, 280, 471, 4294967295, 202, 185, 9, 127, 259, 25,
            4294967295, 101, 370, 329, 447, 422, 223, 405, 398, 216, 472, 473, 105, 309,
            102, 317, 167, 123, 416, 90, 38, 402, 409, 37, 459, 429, 514, 4294967295,
            137, 407, 1, 275, 4294967295, 240, 504, 4294967295, 285, 328, 122, 7, 367,
            87, 4294967295, 4294967295, 351, 419, 89, 69, 491, 4, 469, 136, 51, 415, 499,
            45, 279, 234, 4294967295, 263, 177, 11, 67, 350, 131, 40, 352, 4294967295,
            115, 44, 302, 387, 4294967295, 286, 446, 4294967295, 434, 358, 161, 293, 88,
            414, 485, 412, 493, 4294967295, 519, 442, 410, 379, 501, 59, 186, 315, 197,
            111, 408, 157, 482, 363, 255, 488, 206, 430, 512, 243, 308, 360, 4294967295,
            450, 364, 135, 6, 42, 510, 39, 451, 307, 4294967295, 483, 215, 106, 71, 397,
            85, 108, 203, 348, 66, 476, 18, 53,
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
    const PROVIDER: &'static str = "Tencent Cloud TEO v20220901";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TEO v20220901's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TEO v20220901: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
