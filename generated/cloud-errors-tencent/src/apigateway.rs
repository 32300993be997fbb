// @generated from catalogs/tencent/apigateway.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud APIGATEWAY: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud APIGATEWAY: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The request was a dry run and was not carried out.
    DryRunOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AccessKeyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: access key exist.
    FailedOperationAccessKeyExist,
    /// `FailedOperation.ApiBindEnvironmen`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: api bind environmen.
    FailedOperationApiBindEnvironmen,
    /// `FailedOperation.ApiBindEnvironment`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: api bind environment.
    FailedOperationApiBindEnvironment,
    /// `FailedOperation.ApiError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: api error.
    FailedOperationApiError,
    /// `FailedOperation.ApiInOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: api in operation.
    FailedOperationApiInOperation,
    /// `FailedOperation.BackendDomainError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: backend domain error.
    FailedOperationBackendDomainError,
    /// `FailedOperation.CamException`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cam exception.
    FailedOperationCamException,
    /// `FailedOperation.CertificateIdBindError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate id bind error.
    FailedOperationCertificateIdBindError,
    /// `FailedOperation.CertificateIdEnterpriseWaitSubmit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate id enterprise wait submit.
    FailedOperationCertificateIdEnterpriseWaitSubmit,
    /// `FailedOperation.CertificateIdError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate id error.
    FailedOperationCertificateIdError,
    /// `FailedOperation.CertificateIdExpired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate id expired.
    FailedOperationCertificateIdExpired,
    /// `FailedOperation.CertificateIdInfoError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate id info error.
    FailedOperationCertificateIdInfoError,
    /// `FailedOperation.CertificateIdUnderVerify`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate id under verify.
    FailedOperationCertificateIdUnderVerify,
    /// `FailedOperation.CertificateIdUnknownError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate id unknown error.
    FailedOperationCertificateIdUnknownError,
    /// `FailedOperation.CertificateIdVerifyFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate id verify fail.
    FailedOperationCertificateIdVerifyFail,
    /// `FailedOperation.CertificateIsNull`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate is null.
    FailedOperationCertificateIsNull,
    /// `FailedOperation.ClsError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cls error.
    FailedOperationClsError,
    /// `FailedOperation.CodingError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: coding error.
    FailedOperationCodingError,
    /// `FailedOperation.DefineMappingEnvironmentError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: define mapping environment error.
    FailedOperationDefineMappingEnvironmentError,
    /// `FailedOperation.DefineMappingNotNull`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: define mapping not null.
    FailedOperationDefineMappingNotNull,
    /// `FailedOperation.DefineMappingParamRepeat`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: define mapping param repeat.
    FailedOperationDefineMappingParamRepeat,
    /// `FailedOperation.DefineMappingPathError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: define mapping path error.
    FailedOperationDefineMappingPathError,
    /// `FailedOperation.DeletePathMappingSetError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete path mapping set error.
    FailedOperationDeletePathMappingSetError,
    /// `FailedOperation.DescribeServiceSubDomainsError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe service sub domains error.
    FailedOperationDescribeServiceSubDomainsError,
    /// `FailedOperation.DomainAlreadyBindOtherService`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain already bind other service.
    FailedOperationDomainAlreadyBindOtherService,
    /// `FailedOperation.DomainAlreadyBindService`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain already bind service.
    FailedOperationDomainAlreadyBindService,
    /// `FailedOperation.DomainInBlackList`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain in black list.
    FailedOperationDomainInBlackList,
    /// `FailedOperation.DomainNeedBeian`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain need beian.
    FailedOperationDomainNeedBeian,
    /// `FailedOperation.DomainNotBindService`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain not bind service.
    FailedOperationDomainNotBindService,
    /// `FailedOperation.DomainResolveError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain resolve error.
    FailedOperationDomainResolveError,
    /// `FailedOperation.EIAMError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: EIAM error.
    FailedOperationEiamError,
    /// `FailedOperation.EbError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: eb error.
    FailedOperationEbError,
    /// `FailedOperation.FormatError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: format error.
    FailedOperationFormatError,
    /// `FailedOperation.GetRoleError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get role error.
    FailedOperationGetRoleError,
    /// `FailedOperation.InstanceNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance not exist.
    FailedOperationInstanceNotExist,
    /// `FailedOperation.InvalidInputJSON`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid input JSON.
    FailedOperationInvalidInputJson,
    /// `FailedOperation.IsDefaultMapping`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: is default mapping.
    FailedOperationIsDefaultMapping,
    /// `FailedOperation.NetSubDomainError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: net sub domain error.
    FailedOperationNetSubDomainError,
    /// `FailedOperation.OperateUpstream`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: operate upstream.
    FailedOperationOperateUpstream,
    /// `FailedOperation.PathMappingSetError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: path mapping set error.
    FailedOperationPathMappingSetError,
    /// `FailedOperation.ScfError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: scf error.
    FailedOperationScfError,
    /// `FailedOperation.ServiceError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: service error.
    FailedOperationServiceError,
    /// `FailedOperation.ServiceInOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: service in operation.
    FailedOperationServiceInOperation,
    /// `FailedOperation.ServiceNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: service not exist.
    FailedOperationServiceNotExist,
    /// `FailedOperation.SetCustomPathMappingError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: set custom path mapping error.
    FailedOperationSetCustomPathMappingError,
    /// `FailedOperation.SubDomainFormatError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: sub domain format error.
    FailedOperationSubDomainFormatError,
    /// `FailedOperation.TagBindServiceError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tag bind service error.
    FailedOperationTagBindServiceError,
    /// `FailedOperation.TaskAlreadyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task already exist.
    FailedOperationTaskAlreadyExist,
    /// `FailedOperation.UnknownProtocolTypeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unknown protocol type error.
    FailedOperationUnknownProtocolTypeError,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.ApigwException`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: apigw exception.
    InternalErrorApigwException,
    /// `InternalError.CamException`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cam exception.
    InternalErrorCamException,
    /// `InternalError.CauthException`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cauth exception.
    InternalErrorCauthException,
    /// `InternalError.ClbException`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: clb exception.
    InternalErrorClbException,
    /// `InternalError.DbException`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db exception.
    InternalErrorDbException,
    /// `InternalError.OssException`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: oss exception.
    InternalErrorOssException,
    /// `InternalError.ReturnableException`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: returnable exception.
    InternalErrorReturnableException,
    /// `InternalError.ScfException`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: scf exception.
    InternalErrorScfException,
    /// `InternalError.TsfException`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: tsf exception.
    InternalErrorTsfException,
    /// `InternalError.VpcException`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: vpc exception.
    InternalErrorVpcException,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.BasicServiceNotAllowAttachPlugin`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: basic service not allow attach plugin.
    InvalidParameterBasicServiceNotAllowAttachPlugin,
    /// `InvalidParameter.DuplicatePluginConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicate plugin config.
    InvalidParameterDuplicatePluginConfig,
    /// `InvalidParameter.FormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: format error.
    InvalidParameterFormatError,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.DuplicatePluginConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicate plugin config.
    InvalidParameterValueDuplicatePluginConfig,
    /// `InvalidParameterValue.IllegalProxyIp`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal proxy ip.
    InvalidParameterValueIllegalProxyIp,
    /// `InvalidParameterValue.InvalidAccessKeyIds`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid access key ids.
    InvalidParameterValueInvalidAccessKeyIds,
    /// `InvalidParameterValue.InvalidApiBusinessType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid api business type.
    InvalidParameterValueInvalidApiBusinessType,
    /// `InvalidParameterValue.InvalidApiIds`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid api ids.
    InvalidParameterValueInvalidApiIds,
    /// `InvalidParameterValue.InvalidApiRequestConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid api request config.
    InvalidParameterValueInvalidApiRequestConfig,
    /// `InvalidParameterValue.InvalidApiType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid api type.
    InvalidParameterValueInvalidApiType,
    /// `InvalidParameterValue.InvalidBackendPath`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid backend path.
    InvalidParameterValueInvalidBackendPath,
    /// `InvalidParameterValue.InvalidClb`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid clb.
    InvalidParameterValueInvalidClb,
    /// `InvalidParameterValue.InvalidCondition`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid condition.
    InvalidParameterValueInvalidCondition,
    /// `InvalidParameterValue.InvalidConstantParameters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid constant parameters.
    InvalidParameterValueInvalidConstantParameters,
    /// `InvalidParameterValue.InvalidEnv`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid env.
    InvalidParameterValueInvalidEnv,
    /// `InvalidParameterValue.InvalidEnvStatus`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid env status.
    InvalidParameterValueInvalidEnvStatus,
    /// `InvalidParameterValue.InvalidFilterNotSupportedName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid filter not supported name.
    InvalidParameterValueInvalidFilterNotSupportedName,
    /// `InvalidParameterValue.InvalidIPAddress`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid IP address.
    InvalidParameterValueInvalidIpAddress,
    /// `InvalidParameterValue.InvalidMaxRequestNum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid max request num.
    InvalidParameterValueInvalidMaxRequestNum,
    /// `InvalidParameterValue.InvalidMethod`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid method.
    InvalidParameterValueInvalidMethod,
    /// `InvalidParameterValue.InvalidPluginConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid plugin config.
    InvalidParameterValueInvalidPluginConfig,
    /// `InvalidParameterValue.InvalidPort`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid port.
    InvalidParameterValueInvalidPort,
    /// `InvalidParameterValue.InvalidProcotol`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid procotol.
    InvalidParameterValueInvalidProcotol,
    /// `InvalidParameterValue.InvalidPublicKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid public key.
    InvalidParameterValueInvalidPublicKey,
    /// `InvalidParameterValue.InvalidRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid region.
    InvalidParameterValueInvalidRegion,
    /// `InvalidParameterValue.InvalidRequestParameters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid request parameters.
    InvalidParameterValueInvalidRequestParameters,
    /// `InvalidParameterValue.InvalidScfConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid scf config.
    InvalidParameterValueInvalidScfConfig,
    /// `InvalidParameterValue.InvalidServiceConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid service config.
    InvalidParameterValueInvalidServiceConfig,
    /// `InvalidParameterValue.InvalidServiceMockReturnMessage`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid service mock return message.
    InvalidParameterValueInvalidServiceMockReturnMessage,
    /// `InvalidParameterValue.InvalidServiceParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid service param.
    InvalidParameterValueInvalidServiceParam,
    /// `InvalidParameterValue.InvalidServiceParameters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid service parameters.
    InvalidParameterValueInvalidServiceParameters,
    /// `InvalidParameterValue.InvalidServiceType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid service type.
    InvalidParameterValueInvalidServiceType,
    /// `InvalidParameterValue.InvalidTagValues`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid tag values.
    InvalidParameterValueInvalidTagValues,
    /// `InvalidParameterValue.InvalidTsfConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid tsf config.
    InvalidParameterValueInvalidTsfConfig,
    /// `InvalidParameterValue.InvalidUpstream`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid upstream.
    InvalidParameterValueInvalidUpstream,
    /// `InvalidParameterValue.InvalidUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid url.
    InvalidParameterValueInvalidUrl,
    /// `InvalidParameterValue.InvalidVpcConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid vpc config.
    InvalidParameterValueInvalidVpcConfig,
    /// `InvalidParameterValue.InvalidWSMethod`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid WS method.
    InvalidParameterValueInvalidWsMethod,
    /// `InvalidParameterValue.LengthExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: length exceeded.
    InvalidParameterValueLengthExceeded,
    /// `InvalidParameterValue.LimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit exceeded.
    InvalidParameterValueLimitExceeded,
    /// `InvalidParameterValue.NotInOptions`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not in options.
    InvalidParameterValueNotInOptions,
    /// `InvalidParameterValue.NothingModifyForOauth`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: nothing modify for oauth.
    InvalidParameterValueNothingModifyForOauth,
    /// `InvalidParameterValue.ParameterNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter not match.
    InvalidParameterValueParameterNotMatch,
    /// `InvalidParameterValue.ParameterValueLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter value limit exceeded.
    InvalidParameterValueParameterValueLimitExceeded,
    /// `InvalidParameterValue.RangeExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: range exceeded.
    InvalidParameterValueRangeExceeded,
    /// `InvalidParameterValue.TrafficControl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: traffic control.
    InvalidParameterValueTrafficControl,
    /// `InvalidParameterValue.UnsupportedParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unsupported parameter.
    InvalidParameterValueUnsupportedParameter,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.APIDocLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: API doc limit exceeded.
    LimitExceededApiDocLimitExceeded,
    /// `LimitExceeded.AccessKeyCountInUsagePlanLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: access key count in usage plan limit exceeded.
    LimitExceededAccessKeyCountInUsagePlanLimitExceeded,
    /// `LimitExceeded.ApiAppCountLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: api app count limit exceeded.
    LimitExceededApiAppCountLimitExceeded,
    /// `LimitExceeded.ApiCountLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: api count limit exceeded.
    LimitExceededApiCountLimitExceeded,
    /// `LimitExceeded.ApiKeyCountLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: api key count limit exceeded.
    LimitExceededApiKeyCountLimitExceeded,
    /// `LimitExceeded.ExceededDefineMappingLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: exceeded define mapping limit.
    LimitExceededExceededDefineMappingLimit,
    /// `LimitExceeded.ExceededDomainLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: exceeded domain limit.
    LimitExceededExceededDomainLimit,
    /// `LimitExceeded.IpStrategyLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: ip strategy limit exceeded.
    LimitExceededIpStrategyLimitExceeded,
    /// `LimitExceeded.RequestLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: request limit exceeded.
    LimitExceededRequestLimitExceeded,
    /// `LimitExceeded.ServiceCountForPluginLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: service count for plugin limit exceeded.
    LimitExceededServiceCountForPluginLimitExceeded,
    /// `LimitExceeded.ServiceCountLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: service count limit exceeded.
    LimitExceededServiceCountLimitExceeded,
    /// `LimitExceeded.UsagePlanLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: usage plan limit exceeded.
    LimitExceededUsagePlanLimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.BackendSpecificParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: backend specific param.
    MissingParameterBackendSpecificParam,
    /// `MissingParameter.PluginConfig`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: plugin config.
    MissingParameterPluginConfig,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.InvalidAccessKeyId`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: invalid access key id.
    ResourceNotFoundInvalidAccessKeyId,
    /// `ResourceNotFound.InvalidApi`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: invalid api.
    ResourceNotFoundInvalidApi,
    /// `ResourceNotFound.InvalidApiApp`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: invalid api app.
    ResourceNotFoundInvalidApiApp,
    /// `ResourceNotFound.InvalidApiDoc`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: invalid api doc.
    ResourceNotFoundInvalidApiDoc,
    /// `ResourceNotFound.InvalidIPStrategy`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: invalid IP strategy.
    ResourceNotFoundInvalidIpStrategy,
    /// `ResourceNotFound.InvalidOauthApi`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: invalid oauth api.
    ResourceNotFoundInvalidOauthApi,
    /// `ResourceNotFound.InvalidPlugin`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: invalid plugin.
    ResourceNotFoundInvalidPlugin,
    /// `ResourceNotFound.InvalidService`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: invalid service.
    ResourceNotFoundInvalidService,
    /// `ResourceNotFound.InvalidUsagePlan`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: invalid usage plan.
    ResourceNotFoundInvalidUsagePlan,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.AccessResource`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: access resource.
    UnauthorizedOperationAccessResource,
    /// `UnauthorizedOperation.UncertifiedUser`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: uncertified user.
    UnauthorizedOperationUncertifiedUser,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.AccountArrears`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: account arrears.
    UnsupportedOperationAccountArrears,
    /// `UnsupportedOperation.AlreadyBindUsagePlan`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: already bind usage plan.
    UnsupportedOperationAlreadyBindUsagePlan,
    /// `UnsupportedOperation.ApiListNotEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: api list not empty.
    UnsupportedOperationApiListNotEmpty,
    /// `UnsupportedOperation.AttachPlugin`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: attach plugin.
    UnsupportedOperationAttachPlugin,
    /// `UnsupportedOperation.BasicServiceNoMoreApi`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: basic service no more api.
    UnsupportedOperationBasicServiceNoMoreApi,
    /// `UnsupportedOperation.BasicServiceNotAllowAttachPlugin`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: basic service not allow attach plugin.
    UnsupportedOperationBasicServiceNotAllowAttachPlugin,
    /// `UnsupportedOperation.ClsSearchTime`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cls search time.
    UnsupportedOperationClsSearchTime,
    /// `UnsupportedOperation.ExistingOnlineEnvironment`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: existing online environment.
    UnsupportedOperationExistingOnlineEnvironment,
    /// `UnsupportedOperation.ForceHttps`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: force https.
    UnsupportedOperationForceHttps,
    /// `UnsupportedOperation.InvalidAction`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid action.
    UnsupportedOperationInvalidAction,
    /// `UnsupportedOperation.InvalidEndpointType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid endpoint type.
    UnsupportedOperationInvalidEndpointType,
    /// `UnsupportedOperation.InvalidInstanceState`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid instance state.
    UnsupportedOperationInvalidInstanceState,
    /// `UnsupportedOperation.InvalidServiceTrade`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid service trade.
    UnsupportedOperationInvalidServiceTrade,
    /// `UnsupportedOperation.InvalidStatus`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid status.
    UnsupportedOperationInvalidStatus,
    /// `UnsupportedOperation.ModifyEIAMAuthApi`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: modify EIAM auth api.
    UnsupportedOperationModifyEiamAuthApi,
    /// `UnsupportedOperation.ModifyNetType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: modify net type.
    UnsupportedOperationModifyNetType,
    /// `UnsupportedOperation.ModifyProtocol`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: modify protocol.
    UnsupportedOperationModifyProtocol,
    /// `UnsupportedOperation.NoUsagePlanEnv`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: no usage plan env.
    UnsupportedOperationNoUsagePlanEnv,
    /// `UnsupportedOperation.ReduceNetTypes`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: reduce net types.
    UnsupportedOperationReduceNetTypes,
    /// `UnsupportedOperation.RequestPostError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: request post error.
    UnsupportedOperationRequestPostError,
    /// `UnsupportedOperation.ResourceAssociated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: resource associated.
    UnsupportedOperationResourceAssociated,
    /// `UnsupportedOperation.ResourceIsInUse`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: resource is in use.
    UnsupportedOperationResourceIsInUse,
    /// `UnsupportedOperation.ResourceUnassociated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: resource unassociated.
    UnsupportedOperationResourceUnassociated,
    /// `UnsupportedOperation.ServiceExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: service exist.
    UnsupportedOperationServiceExist,
    /// `UnsupportedOperation.TagsNotEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: tags not empty.
    UnsupportedOperationTagsNotEmpty,
    /// `UnsupportedOperation.UinNotInWhiteList`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: uin not in white list.
    UnsupportedOperationUinNotInWhiteList,
    /// `UnsupportedOperation.UnpackError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unpack error.
    UnsupportedOperationUnpackError,
    /// `UnsupportedOperation.UnsupportedBindApiKey`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported bind api key.
    UnsupportedOperationUnsupportedBindApiKey,
    /// `UnsupportedOperation.UnsupportedBindEnvironment`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported bind environment.
    UnsupportedOperationUnsupportedBindEnvironment,
    /// `UnsupportedOperation.UnsupportedDeleteApi`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported delete api.
    UnsupportedOperationUnsupportedDeleteApi,
    /// `UnsupportedOperation.UnsupportedDeleteService`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported delete service.
    UnsupportedOperationUnsupportedDeleteService,
    /// `UnsupportedOperation.UnsupportedDeleteUpstream`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported delete upstream.
    UnsupportedOperationUnsupportedDeleteUpstream,
    /// `UnsupportedOperation.UnsupportedNetType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported net type.
    UnsupportedOperationUnsupportedNetType,
    /// `UnsupportedOperation.UnsupportedUnBindEnvironment`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported un bind environment.
    UnsupportedOperationUnsupportedUnBindEnvironment,
    /// `UnsupportedOperation.UnsupportedUpdateApiKey`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported update api key.
    UnsupportedOperationUnsupportedUpdateApiKey,
    /// `UnsupportedOperation.UsagePlanInUse`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: usage plan in use.
    UnsupportedOperationUsagePlanInUse,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 185] = [
        "AuthFailure",
        "DryRunOperation",
        "FailedOperation",
        "FailedOperation.AccessKeyExist",
        "FailedOperation.ApiBindEnvironmen",
        "FailedOperation.ApiBindEnvironment",
        "FailedOperation.ApiError",
        "FailedOperation.ApiInOperation",
        "FailedOperation.BackendDomainError",
        "FailedOperation.CamException",
        "FailedOperation.CertificateIdBindError",
        "FailedOperation.CertificateIdEnterpriseWaitSubmit",
        "FailedOperation.CertificateIdError",
        "FailedOperation.CertificateIdExpired",
        "FailedOperation.CertificateIdInfoError",
        "FailedOperation.CertificateIdUnderVerify",
        "FailedOperation.CertificateIdUnknownError",
        "FailedOperation.CertificateIdVerifyFail",
        "FailedOperation.CertificateIsNull",
        "FailedOperation.ClsError",
        "FailedOperation.CodingError",
        "FailedOperation.DefineMappingEnvironmentError",
        "FailedOperation.DefineMappingNotNull",
        "FailedOperation.DefineMappingParamRepeat",
        "FailedOperation.DefineMappingPathError",
        "FailedOperation.DeletePathMappingSetError",
        "FailedOperation.DescribeServiceSubDomainsError",
        "FailedOperation.DomainAlreadyBindOtherService",
        "FailedOperation.DomainAlreadyBindService",
        "FailedOperation.DomainInBlackList",
        "FailedOperation.DomainNeedBeian",
        "FailedOperation.DomainNotBindService",
        "FailedOperation.DomainResolveError",
        "FailedOperation.EIAMError",
        "FailedOperation.EbError",
        "FailedOperation.FormatError",
        "FailedOperation.GetRoleError",
        "FailedOperation.InstanceNotExist",
        "FailedOperation.InvalidInputJSON",
        "FailedOperation.IsDefaultMapping",
        "FailedOperation.NetSubDomainError",
        "FailedOperation.OperateUpstream",
        "FailedOperation.PathMappingSetError",
        "FailedOperation.ScfError",
        "FailedOperation.ServiceError",
        "FailedOperation.ServiceInOperation",
        "FailedOperation.ServiceNotExist",
        "FailedOperation.SetCustomPathMappingError",
        "FailedOperation.SubDomainFormatError",
        "FailedOperation.TagBindServiceError",
        "FailedOperation.TaskAlreadyExist",
        "FailedOperation.UnknownProtocolTypeError",
        "InternalError",
        "InternalError.ApigwException",
        "InternalError.CamException",
        "InternalError.CauthException",
        "InternalError.ClbException",
        "InternalError.DbException",
        "InternalError.OssException",
        "InternalError.ReturnableException",
        "InternalError.ScfException",
        "InternalError.TsfException",
        "InternalError.VpcException",
        "InvalidParameter",
        "InvalidParameter.BasicServiceNotAllowAttachPlugin",
        "InvalidParameter.DuplicatePluginConfig",
        "InvalidParameter.FormatError",
        "InvalidParameterValue",
        "InvalidParameterValue.DuplicatePluginConfig",
        "InvalidParameterValue.IllegalProxyIp",
        "InvalidParameterValue.InvalidAccessKeyIds",
        "InvalidParameterValue.InvalidApiBusinessType",
        "InvalidParameterValue.InvalidApiIds",
        "InvalidParameterValue.InvalidApiRequestConfig",
        "InvalidParameterValue.InvalidApiType",
        "InvalidParameterValue.InvalidBackendPath",
        "InvalidParameterValue.InvalidClb",
        "InvalidParameterValue.InvalidCondition",
        "InvalidParameterValue.InvalidConstantParameters",
        "InvalidParameterValue.InvalidEnv",
        "InvalidParameterValue.InvalidEnvStatus",
        "InvalidParameterValue.InvalidFilterNotSupportedName",
        "InvalidParameterValue.InvalidIPAddress",
        "InvalidParameterValue.InvalidMaxRequestNum",
        "InvalidParameterValue.InvalidMethod",
        "InvalidParameterValue.InvalidPluginConfig",
        "InvalidParameterValue.InvalidPort",
        "InvalidParameterValue.InvalidProcotol",
        "InvalidParameterValue.InvalidPublicKey",
        "InvalidParameterValue.InvalidRegion",
        "InvalidParameterValue.InvalidRequestParameters",
        "InvalidParameterValue.InvalidScfConfig",
        "InvalidParameterValue.InvalidServiceConfig",
        "InvalidParameterValue.InvalidServiceMockReturnMessage",
        "InvalidParameterValue.InvalidServiceParam",
        "InvalidParameterValue.InvalidServiceParameters",
        "InvalidParameterValue.InvalidServiceType",
        "InvalidParameterValue.InvalidTagValues",
        "InvalidParameterValue.InvalidTsfConfig",
        "InvalidParameterValue.InvalidUpstream",
        "InvalidParameterValue.InvalidUrl",
        "InvalidParameterValue.InvalidVpcConfig",
        "InvalidParameterValue.InvalidWSMethod",
        "InvalidParameterValue.LengthExceeded",
        "InvalidParameterValue.LimitExceeded",
        "InvalidParameterValue.NotInOptions",
        "InvalidParameterValue.NothingModifyForOauth",
        "InvalidParameterValue.ParameterNotMatch",
        "InvalidParameterValue.ParameterValueLimitExceeded",
        "InvalidParameterValue.RangeExceeded",
        "InvalidParameterValue.TrafficControl",
        "InvalidParameterValue.UnsupportedParameter",
        "LimitExceeded",
        "LimitExceeded.APIDocLimitExceeded",
        "LimitExceeded.AccessKeyCountInUsagePlanLimitExceeded",
        "LimitExceeded.ApiAppCountLimitExceeded",
        "LimitExceeded.ApiCountLimitExceeded",
        "LimitExceeded.ApiKeyCountLimitExceeded",
        "LimitExceeded.ExceededDefineMappingLimit",
        "LimitExceeded.ExceededDomainLimit",
        "LimitExceeded.IpStrategyLimitExceeded",
        "LimitExceeded.RequestLimitExceeded",
        "LimitExceeded.ServiceCountForPluginLimitExceeded",
        "LimitExceeded.ServiceCountLimitExceeded",
        "LimitExceeded.UsagePlanLimitExceeded",
        "MissingParameter",
        "MissingParameter.BackendSpecificParam",
        "MissingParameter.PluginConfig",
        "OperationDenied",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceNotFound.InvalidAccessKeyId",
        "ResourceNotFound.InvalidApi",
        "ResourceNotFound.InvalidApiApp",
        "ResourceNotFound.InvalidApiDoc",
        "ResourceNotFound.InvalidIPStrategy",
        "ResourceNotFound.InvalidOauthApi",
        "ResourceNotFound.InvalidPlugin",
        "ResourceNotFound.InvalidService",
        "ResourceNotFound.InvalidUsagePlan",
        "ResourceUnavailable",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnauthorizedOperation.AccessResource",
        "UnauthorizedOperation.UncertifiedUser",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.AccountArrears",
        "UnsupportedOperation.AlreadyBindUsagePlan",
        "UnsupportedOperation.ApiListNotEmpty",
        "UnsupportedOperation.AttachPlugin",
        "UnsupportedOperation.BasicServiceNoMoreApi",
        "UnsupportedOperation.BasicServiceNotAllowAttachPlugin",
        "UnsupportedOperation.ClsSearchTime",
        "UnsupportedOperation.ExistingOnlineEnvironment",
        "UnsupportedOperation.ForceHttps",
        "UnsupportedOperation.InvalidAction",
        "UnsupportedOperation.InvalidEndpointType",
        "UnsupportedOperation.InvalidInstanceState",
        "UnsupportedOperation.InvalidServiceTrade",
        "UnsupportedOperation.InvalidStatus",
        "UnsupportedOperation.ModifyEIAMAuthApi",
        "UnsupportedOperation.ModifyNetType",
        "UnsupportedOperation.ModifyProtocol",
        "UnsupportedOperation.NoUsagePlanEnv",
        "UnsupportedOperation.ReduceNetTypes",
        "UnsupportedOperation.RequestPostError",
        "UnsupportedOperation.ResourceAssociated",
        "UnsupportedOperation.ResourceIsInUse",
        "UnsupportedOperation.ResourceUnassociated",
        "UnsupportedOperation.ServiceExist",
        "UnsupportedOperation.TagsNotEmpty",
        "UnsupportedOperation.UinNotInWhiteList",
        "UnsupportedOperation.UnpackError",
        "UnsupportedOperation.UnsupportedBindApiKey",
        "UnsupportedOperation.UnsupportedBindEnvironment",
        "UnsupportedOperation.UnsupportedDeleteApi",
        "UnsupportedOperation.UnsupportedDeleteService",
        "UnsupportedOperation.UnsupportedDeleteUpstream",
        "UnsupportedOperation.UnsupportedNetType",
        "UnsupportedOperation.UnsupportedUnBindEnvironment",
        "UnsupportedOperation.UnsupportedUpdateApiKey",
        "UnsupportedOperation.UsagePlanInUse",
    ];
    static NAME_CODES: [u32; 7] = [33, 38, 82, 102, 113, 137, 163];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationEiamErrorFailedOperationInvalidInputJsonInvalidParameterValueInvalidIpAddressInvalidParameterValueInvalidWsMethodLimitExceededApiDocLimitExceededResourceNotFoundInvalidIpStrategyUnsupportedOperationModifyEiamAuthApi",
        ends: &[0, 24, 55, 92, 128, 160, 193, 230],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The request was a dry run and was not carried out.The operation failed.The operation failed: access key exist.The operation failed: api bind environmen.The operation failed: api bind environment.The operation failed: api error.The operation failed: api in operation.The operation failed: backend domain error.The operation failed: cam exception.The operation failed: certificate id bind error.The operation failed: certificate id enterprise wait submit.The operation failed: certificate id error.The operation failed: certificate id expired.The operation failed: certificate id info error.The operation failed: certificate id under verify.The operation failed: certificate id unknown error.The operation failed: certificate id verify fail.The operation failed: certificate is null.The operation failed: cls error.The operation failed: coding error.The operation failed: define mapping environment error.The operation failed: define mapping not null.The operation failed: define mapping param repeat.The operation failed: define mapping path error.The operation failed: delete path mapping set error.The operation failed: describe service sub domains error.The operation failed: domain already bind other service.The operation failed: domain already bind service.The operation failed: domain in black list.The operation failed: domain need beian.The operation failed: domain not bind service.The operation failed: domain resolve error.The operation failed: EIAM error.The operation failed: eb error.The operation failed: format error.The operation failed: get role error.The operation failed: instance not exist.The operation failed: invalid input JSON.The operation failed: is default mapping.The operation failed: net sub domain error.The operation failed: operate upstream.The operation failed: path mapping set error.The operation failed: scf error.The operation failed: service error.The operation failed: service in operation.The operation failed: service not exist.The operation failed: set custom path mapping error.The operation failed: sub domain format error.The operation failed: tag bind service error.The operation failed: task already exist.The operation failed: unknown protocol type error.An internal error occurred.An internal error occurred: apigw exception.An internal error occurred: cam exception.An internal error occurred: cauth exception.An internal error occurred: clb exception.An internal error occurred: db exception.An internal error occurred: oss exception.An internal error occurred: returnable exception.An internal error occurred: scf exception.An internal error occurred: tsf exception.An internal error occurred: vpc exception.A parameter is invalid.A parameter is invalid: basic service not allow attach plugin.A parameter is invalid: duplicate plugin config.A parameter is invalid: format error.A parameter value is invalid.A parameter value is invalid: duplicate plugin config.A parameter value is invalid: illegal proxy ip.A parameter value is invalid: invalid access key ids.A parameter value is invalid: invalid api business type.A parameter value is invalid: invalid api ids.A parameter value is invalid: invalid api request config.A parameter value is invalid: invalid api type.A parameter value is invalid: invalid backend path.A parameter value is invalid: invalid clb.A parameter value is invalid: invalid condition.A parameter value is invalid: invalid constant parameters.A parameter value is invalid: invalid env.A parameter value is invalid: invalid env status.A parameter value is invalid: invalid filter not supported name.A parameter value is invalid: invalid IP address.A parameter value is invalid: invalid max request num.A parameter value is invalid: invalid method.A parameter value is invalid: invalid plugin config.A parameter value is invalid: invalid port.A parameter value is invalid: invalid procotol.A parameter value is invalid: invalid public key.A parameter value is invalid: invalid region.A parameter value is invalid: invalid request parameters.A parameter value is invalid: invalid scf config.A parameter value is invalid: invalid service config.A parameter value is invalid: invalid service mock return message.A parameter value is invalid: invalid service param.A parameter value is invalid: invalid service parameters.A parameter value is invalid: invalid service type.A parameter value is invalid: invalid tag values.A parameter value is invalid: invalid tsf config.A parameter value is invalid: invalid upstream.A parameter value is invalid: invalid url.A parameter value is invalid: invalid vpc config.A parameter value is invalid: invalid WS method.A parameter value is invalid: length exceeded.A parameter value is invalid: limit exceeded.A parameter value is invalid: not in options.A parameter value is invalid: nothing modify for oauth.A parameter value is invalid: parameter not match.A parameter value is invalid: parameter value limit exceeded.A parameter value is invalid: range exceeded.A parameter value is invalid: traffic control.A parameter value is invalid: unsupported parameter.A limit was exceeded.A limit was exceeded: API doc limit exceeded.A limit was exceeded: access key count in usage plan limit exceeded.A limit was exceeded: api app count limit exceeded.A limit was exceeded: api count limit exceeded.A limit was exceeded: api key count limit exceeded.A limit was exceeded: exceeded define mapping limit.A limit was exceeded: exceeded domain limit.A limit was exceeded: ip strategy limit exceeded.A limit was exceeded: request limit exceeded.A limit was exceeded: service count for plugin limit exceeded.A limit was exceeded: service count limit exceeded.A limit was exceeded: usage plan limit exceeded.A required parameter is missing.A required parameter is missing: backend specific param.A required parameter is missing: plugin config.The operation was denied.Too many requests were sent.The resource is in use.Resources are insufficient.The resource was not found.The resource was not found: invalid access key id.The resource was not found: invalid api.The resource was not found: invalid api app.The resource was not found: invalid api doc.The resource was not found: invalid IP strategy.The resource was not found: invalid oauth api.The resource was not found: invalid plugin.The resource was not found: invalid service.The resource was not found: invalid usage plan.The resource is unavailable.The resources are sold out.The operation is not authorized.The operation is not authorized: access resource.The operation is not authorized: uncertified user.An unknown parameter was given.The operation is not supported.The operation is not supported: account arrears.The operation is not supported: already bind usage plan.The operation is not supported: api list not empty.The operation is not supported: attach plugin.The operation is not supported: basic service no more api.The operation is not supported: basic service not allow attach plugin.The operation is not supported: cls search time.The operation is not supported: existing online environment.The operation is not supported: force https.The operation is not supported: invalid action.The operation is not supported: invalid endpoint type.The operation is not supported: invalid instance state.The operation is not supported: invalid service trade.The operation is not supported: invalid status.The operation is not supported: modify EIAM auth api.The operation is not supported: modify net type.The operation is not supported: modify protocol.The operation is not supported: no usage plan env.The operation is not supported: reduce net types.The operation is not supported: request post error.The operation is not supported: resource associated.The operation is not supported: resource is in use.The operation is not supported: resource unassociated.The operation is not supported: service exist.The operation is not supported: tags not empty.The operation is not supported: uin not in white list.The operation is not supported: unpack error.The operation is not supported: unsupported bind api key.The operation is not supported: unsupported bind environment.The operation is not supported: unsupported delete api.The operation is not supported: unsupported delete service.The operation is not supported: unsupported delete upstream.The operation is not supported: unsupported net type.The operation is not supported: unsupported un bind environment.The operation is not supported: unsupported update api key.The operation is not supported: usage plan in use.",
        ends: &[
            0, 22, 72, 93, 132, 174, 217, 249, 288, 331, 367, 415, 475, 518, 563, 611,
            661, 712, 761, 803, 835, 870, 925, 971, 1021, 1069, 1121, 1178, 1234, 1284,
            1327, 1367, 1413, 1456, 1489, 1520, 1555, 1592, 1633, 1674, 1715, 1758, 1797,
            1842, 1874, 1910, 1953, 1993, 2045, 2091, 2136, 2177, 2227, 2254, 2298, 2340,
            2384, 2426, 2467, 2509, 2558, 2600, 2642, 2684, 2707, 2769, 2817, 2854, 2883,
            2937, 2984, 3037, 3093, 3139, 3196, 3243, 3294, 3336, 3384, 3442, 3484, 3533,
            3597, 3646, 3700, 3745, 3797, 3840, 3887, 3936, 3981, 4038, 4087, 4140, 4206,
            4258, 4315, 4366, 4415, 4464, 4511, 4553, 4602, 4650, 4696, 4741, 4786, 4841,
            4891, 4952, 4997, 5043, 5095, 5116, 5161, 5229, 5280, 5327, 5378, 5430, 5474,
            5523, 5568, 5630, 5681, 5729, 5761, 5817, 5864, 5889, 5917, 5940, 5967, 5994,
            6044, 6084, 6128, 6172, 6220, 6266, 6309, 6353, 6400, 6428, 6455, 6487, 6536,
            6586, 6617, 6648, 6696, 6752, 6803, 6849, 6907, 6977, 7025, 7085, 7129, 7176,
            7230, 7285, 7339, 7386, 7439, 7487, 7535, 7585, 7634, 7685, 7737, 7788, 7842,
            7888, 7935, 7989, 8034, 8091, 8152, 8207, 8266, 8326, 8379, 8443, 8502, 8552,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 185] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacbbcaaaaaaaaaacccccaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 185] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimmmmmmmmmmmccccccccccccccccccccccccccccccccccccccccccccccccchhhhhhhhhhhhhcccghjheeeeeeeeeeihgggcliiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii",
    );
    static PILOTS: [u16; 47] = [
        0, 12, 2, 5, 7, 15, 6, 0, 0, 1, 45, 66, 29, 38, 1, 1, 8, 31, 0, 53, 28, 0, 159,
        4, 15, 161, 20, 198, 180, 35, 45, 165, 32, 13, 9, 63, 3, 0, 29, 0, 0, 41, 395,
        20, 5, 7, 40,
    ];
    static SLOTS: [(&str, u32); 205] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            68, 26, 180, 153, 53, 151, 131, 16, 110, 75, 104, 160, 158, 118, 4294967295,
            33, 47, 150, 138, 127, 34, 40, 146, 123, 17, 173, 126, 113, 130, 13,
            4294967295, 4294967295, 4294967295, 10, 88, 106, 4294967295, 112, 121, 86,
            178, 48, 152, 22, 50, 63, 149, 62, 28, 58, 4294967295, 44, 4294967295, 73,
            148, 24, 4294967295, 18, 27, 39, 165, 102, 4294967295, 120, 76, 162,
            4294967295, 4, 174, 161, 60, 176, 140, 4294967295, 59, 23, 95, 109, 55, 168,
            25, 181, 128, 169, 54, 6, 93, 20, 79, 1, 45, 129, 72, 9, 67, 107, 137, 163,
            82, 159, 71, 183, 119, 7, 103, 3, 11, 31, 4294967295, 100, 166, 78, 56, 122,
            5, 89, 8, 84, 69, 101, 157, 90, 92, 52, 80, 21, 38, 83, 42, 134, 85,
            4294967295, 114, 4294967295, 49, 35, 184, 2, 51, 4294967295, 99, 61,
            4294967295, 65, 74, 132, 4294967295, 175, 111, 15, 115, 36, 135, 70, 0, 81,
            154, 4294967295, 170, 142, 116, 91, 4294967295, 14, 64, 41, 46, 97, 147, 77,
            12, 117, 66, 43, 32, 29, 30, 139, 145, 105, 144, 177, 87, 125, 143, 164, 96,
            108, 179, 167, 124, 172, 182, 136, 57, 94, 155, 37, 133, 156, 4294967295, 98,
            19, 141, 171,
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
    const PROVIDER: &'static str = "Tencent Cloud APIGATEWAY";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud APIGATEWAY's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud APIGATEWAY: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
