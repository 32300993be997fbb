// @generated from catalogs/tencent/waf.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud WAF: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud WAF: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.ErrCodeNoPurchased`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: err code no purchased.
    AuthFailureErrCodeNoPurchased,
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The request was a dry run and was not carried out.
    DryRunOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.CKafkaInternalError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: c kafka internal error.
    FailedOperationCKafkaInternalError,
    /// `FailedOperation.CLSDBOperationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: CLSDB operation failed.
    FailedOperationClsdbOperationFailed,
    /// `FailedOperation.CLSInternalError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: CLS internal error.
    FailedOperationClsInternalError,
    /// `FailedOperation.CLSResourcesNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: CLS resources not found.
    FailedOperationClsResourcesNotFound,
    /// `FailedOperation.CertificateNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate not found.
    FailedOperationCertificateNotFound,
    /// `FailedOperation.ClickHouseOperationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: click house operation failed.
    FailedOperationClickHouseOperationFailed,
    /// `FailedOperation.DomainNameVerificationError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain name verification error.
    FailedOperationDomainNameVerificationError,
    /// `FailedOperation.InvalidContext`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid context.
    FailedOperationInvalidContext,
    /// `FailedOperation.MongoOperationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: mongo operation failed.
    FailedOperationMongoOperationFailed,
    /// `FailedOperation.MysqlDBOperationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: mysql DB operation failed.
    FailedOperationMysqlDbOperationFailed,
    /// `FailedOperation.QueryError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query error.
    FailedOperationQueryError,
    /// `FailedOperation.RedisOperationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: redis operation failed.
    FailedOperationRedisOperationFailed,
    /// `FailedOperation.SearchTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: search timeout.
    FailedOperationSearchTimeout,
    /// `FailedOperation.SessionInUsed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: session in used.
    FailedOperationSessionInUsed,
    /// `FailedOperation.SyntaxError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: syntax error.
    FailedOperationSyntaxError,
    /// `FailedOperation.TagQpsLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tag qps limit.
    FailedOperationTagQpsLimit,
    /// `FailedOperation.TheBatchProtectionRuleNameAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: the batch protection rule name already exists.
    FailedOperationTheBatchProtectionRuleNameAlreadyExists,
    /// `FailedOperation.TheFollowingDomainsHaveExceededTheUpperLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: the following domains have exceeded the upper limit.
    FailedOperationTheFollowingDomainsHaveExceededTheUpperLimit,
    /// `FailedOperation.TheFollowingDomainsHaveInvalidTheUpperLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: the following domains have invalid the upper limit.
    FailedOperationTheFollowingDomainsHaveInvalidTheUpperLimit,
    /// `FailedOperation.TheNameOfTheBatchProtectionRuleCannotBeEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: the name of the batch protection rule cannot be empty.
    FailedOperationTheNameOfTheBatchProtectionRuleCannotBeEmpty,
    /// `FailedOperation.TheNumberOfAddedBlackAndWhiteListExceedsTheUpperLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: the number of added black and white list exceeds the upper limit.
    FailedOperationTheNumberOfAddedBlackAndWhiteListExceedsTheUpperLimit,
    /// `FailedOperation.TheNumberOfOneTimeDeletionsReachedTheUpperLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: the number of one time deletions reached the upper limit.
    FailedOperationTheNumberOfOneTimeDeletionsReachedTheUpperLimit,
    /// `FailedOperation.Timeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: timeout.
    FailedOperationTimeout,
    /// `FailedOperation.TopicClosed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: topic closed.
    FailedOperationTopicClosed,
    /// `FailedOperation.TopicIsolated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: topic isolated.
    FailedOperationTopicIsolated,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.AsynchronousCallFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: asynchronous call failed.
    InternalErrorAsynchronousCallFailed,
    /// `InternalError.DBErr`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB err.
    InternalErrorDbErr,
    /// `InternalError.SSLCallFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: SSL call failed.
    InternalErrorSslCallFailed,
    /// `InternalError.SearchError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: search error.
    InternalErrorSearchError,
    /// `InternalError.SearchFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: search failed.
    InternalErrorSearchFailed,
    /// `InternalError.ServerBusy`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: server busy.
    InternalErrorServerBusy,
    /// `InternalError.SsaCallFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: ssa call failed.
    InternalErrorSsaCallFailed,
    /// `InternalError.Unknown`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unknown.
    InternalErrorUnknown,
    /// `InternalError.UnknownErr`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unknown err.
    InternalErrorUnknownErr,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.BotNameRepeatErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: bot name repeat err.
    InvalidParameterBotNameRepeatErr,
    /// `InvalidParameter.BotSceneNotExistErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: bot scene not exist err.
    InvalidParameterBotSceneNotExistErr,
    /// `InvalidParameter.CertificateCheckErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: certificate check err.
    InvalidParameterCertificateCheckErr,
    /// `InvalidParameter.CertificationParameterErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: certification parameter err.
    InvalidParameterCertificationParameterErr,
    /// `InvalidParameter.DomainExceedsLimitErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain exceeds limit err.
    InvalidParameterDomainExceedsLimitErr,
    /// `InvalidParameter.DomainNotRecord`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain not record.
    InvalidParameterDomainNotRecord,
    /// `InvalidParameter.InvalidCertificate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid certificate.
    InvalidParameterInvalidCertificate,
    /// `InvalidParameter.LLMContentEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: LLM content empty.
    InvalidParameterLlmContentEmpty,
    /// `InvalidParameter.LLMInternalError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: LLM internal error.
    InvalidParameterLlmInternalError,
    /// `InvalidParameter.LLMInvalidType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: LLM invalid type.
    InvalidParameterLlmInvalidType,
    /// `InvalidParameter.LLMNoRules`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: LLM no rules.
    InvalidParameterLlmNoRules,
    /// `InvalidParameter.LLMParseFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: LLM parse failed.
    InvalidParameterLlmParseFailed,
    /// `InvalidParameter.LLMRequestIdEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: LLM request id empty.
    InvalidParameterLlmRequestIdEmpty,
    /// `InvalidParameter.LLMServiceIdEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: LLM service id empty.
    InvalidParameterLlmServiceIdEmpty,
    /// `InvalidParameter.LLMSwitchOff`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: LLM switch off.
    InvalidParameterLlmSwitchOff,
    /// `InvalidParameter.LogicErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: logic err.
    InvalidParameterLogicErr,
    /// `InvalidParameter.PortParameterErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: port parameter err.
    InvalidParameterPortParameterErr,
    /// `InvalidParameter.ProtectionDomainParameterErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: protection domain parameter err.
    InvalidParameterProtectionDomainParameterErr,
    /// `InvalidParameter.QueryCertBySSLIDFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: query cert by SSLID failed.
    InvalidParameterQueryCertBySslidFailed,
    /// `InvalidParameter.QueryStringSyntaxErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: query string syntax err.
    InvalidParameterQueryStringSyntaxErr,
    /// `InvalidParameter.SQLSyntaxErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: SQL syntax err.
    InvalidParameterSqlSyntaxErr,
    /// `InvalidParameter.SkillScanApiKeyDisabled`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: skill scan api key disabled.
    InvalidParameterSkillScanApiKeyDisabled,
    /// `InvalidParameter.SkillScanCreateScanFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: skill scan create scan failed.
    InvalidParameterSkillScanCreateScanFailed,
    /// `InvalidParameter.SkillScanInvalidBase64`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: skill scan invalid base64.
    InvalidParameterSkillScanInvalidBase64,
    /// `InvalidParameter.SkillScanInvalidFileFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: skill scan invalid file format.
    InvalidParameterSkillScanInvalidFileFormat,
    /// `InvalidParameter.SkillScanInvalidParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: skill scan invalid param.
    InvalidParameterSkillScanInvalidParam,
    /// `InvalidParameter.SkillScanInvalidRequest`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: skill scan invalid request.
    InvalidParameterSkillScanInvalidRequest,
    /// `InvalidParameter.SkillScanNoFiles`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: skill scan no files.
    InvalidParameterSkillScanNoFiles,
    /// `InvalidParameter.SkillScanQueryFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: skill scan query failed.
    InvalidParameterSkillScanQueryFailed,
    /// `InvalidParameter.SkillScanRateLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: skill scan rate limit exceeded.
    InvalidParameterSkillScanRateLimitExceeded,
    /// `InvalidParameter.SkillScanServiceIdEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: skill scan service id empty.
    InvalidParameterSkillScanServiceIdEmpty,
    /// `InvalidParameter.SkillScanSwitchOff`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: skill scan switch off.
    InvalidParameterSkillScanSwitchOff,
    /// `InvalidParameter.SkillScanTriggerFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: skill scan trigger failed.
    InvalidParameterSkillScanTriggerFailed,
    /// `InvalidParameter.SkillScanUnauthorized`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: skill scan unauthorized.
    InvalidParameterSkillScanUnauthorized,
    /// `InvalidParameter.SupportTLSConfFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: support TLS conf failed.
    InvalidParameterSupportTlsConfFailed,
    /// `InvalidParameter.TLSParameterErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: TLS parameter err.
    InvalidParameterTlsParameterErr,
    /// `InvalidParameter.TypeMismatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: type mismatch.
    InvalidParameterTypeMismatch,
    /// `InvalidParameter.UnauthorizedOperationParameterErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: unauthorized operation parameter err.
    InvalidParameterUnauthorizedOperationParameterErr,
    /// `InvalidParameter.UnknownAction`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: unknown action.
    InvalidParameterUnknownAction,
    /// `InvalidParameter.UpstreamParameterErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: upstream parameter err.
    InvalidParameterUpstreamParameterErr,
    /// `InvalidParameter.XFFResetParameterErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: XFF reset parameter err.
    InvalidParameterXffResetParameterErr,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.CELLengthExceedLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: CEL length exceed limit.
    InvalidParameterValueCelLengthExceedLimit,
    /// `InvalidParameterValue.CELSyntaxErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: CEL syntax err.
    InvalidParameterValueCelSyntaxErr,
    /// `InvalidParameterValue.InvalidRequest`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid request.
    InvalidParameterValueInvalidRequest,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.Export`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: export.
    LimitExceededExport,
    /// `LimitExceeded.LogSearch`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: log search.
    LimitExceededLogSearch,
    /// `LimitExceeded.SearchResources`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: search resources.
    LimitExceededSearchResources,
    /// `LimitExceeded.SearchResultTooLarge`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: search result too large.
    LimitExceededSearchResultTooLarge,
    /// `LimitExceeded.SpecificationErr`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: specification err.
    LimitExceededSpecificationErr,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.ACLFailed`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: ACL failed.
    OperationDeniedAclFailed,
    /// `OperationDenied.AccountDestroy`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: account destroy.
    OperationDeniedAccountDestroy,
    /// `OperationDenied.AccountIsolate`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: account isolate.
    OperationDeniedAccountIsolate,
    /// `OperationDenied.AccountNotExists`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: account not exists.
    OperationDeniedAccountNotExists,
    /// `OperationDenied.AnalysisSwitchClose`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: analysis switch close.
    OperationDeniedAnalysisSwitchClose,
    /// `OperationDenied.NewSyntaxNotSupported`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: new syntax not supported.
    OperationDeniedNewSyntaxNotSupported,
    /// `OperationDenied.OperationNotSupportInSearchLow`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: operation not support in search low.
    OperationDeniedOperationNotSupportInSearchLow,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInUse.EmptyErr`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: empty err.
    ResourceInUseEmptyErr,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.ExportNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: export not exist.
    ResourceNotFoundExportNotExist,
    /// `ResourceNotFound.LogsetNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: logset not exist.
    ResourceNotFoundLogsetNotExist,
    /// `ResourceNotFound.NotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: not found.
    ResourceNotFoundNotFound,
    /// `ResourceNotFound.TopicNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: topic not exist.
    ResourceNotFoundTopicNotExist,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.DomainIpv6InConfigErr`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: domain ipv6 in config err.
    ResourceUnavailableDomainIpv6InConfigErr,
    /// `ResourceUnavailable.SSLCertificateErr`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: SSL certificate err.
    ResourceUnavailableSslCertificateErr,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.BotServiceNotSubscribeErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: bot service not subscribe err.
    UnsupportedOperationBotServiceNotSubscribeErr,
    /// `UnsupportedOperation.InvalidRequest`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid request.
    UnsupportedOperationInvalidRequest,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 118] = [
        "AuthFailure",
        "AuthFailure.ErrCodeNoPurchased",
        "DryRunOperation",
        "FailedOperation",
        "FailedOperation.CKafkaInternalError",
        "FailedOperation.CLSDBOperationFailed",
        "FailedOperation.CLSInternalError",
        "FailedOperation.CLSResourcesNotFound",
        "FailedOperation.CertificateNotFound",
        "FailedOperation.ClickHouseOperationFailed",
        "FailedOperation.DomainNameVerificationError",
        "FailedOperation.InvalidContext",
        "FailedOperation.MongoOperationFailed",
        "FailedOperation.MysqlDBOperationFailed",
        "FailedOperation.QueryError",
        "FailedOperation.RedisOperationFailed",
        "FailedOperation.SearchTimeout",
        "FailedOperation.SessionInUsed",
        "FailedOperation.SyntaxError",
        "FailedOperation.TagQpsLimit",
        "FailedOperation.TheBatchProtectionRuleNameAlreadyExists",
        "FailedOperation.TheFollowingDomainsHaveExceededTheUpperLimit",
        "FailedOperation.TheFollowingDomainsHaveInvalidTheUpperLimit",
        "FailedOperation.TheNameOfTheBatchProtectionRuleCannotBeEmpty",
        "FailedOperation.TheNumberOfAddedBlackAndWhiteListExceedsTheUpperLimit",
        "FailedOperation.TheNumberOfOneTimeDeletionsReachedTheUpperLimit",
        "FailedOperation.Timeout",
        "FailedOperation.TopicClosed",
        "FailedOperation.TopicIsolated",
        "InternalError",
        "InternalError.AsynchronousCallFailed",
        "InternalError.DBErr",
        "InternalError.SSLCallFailed",
        "InternalError.SearchError",
        "InternalError.SearchFailed",
        "InternalError.ServerBusy",
        "InternalError.SsaCallFailed",
        "InternalError.Unknown",
        "InternalError.UnknownErr",
        "InvalidParameter",
        "InvalidParameter.BotNameRepeatErr",
        "InvalidParameter.BotSceneNotExistErr",
        "InvalidParameter.CertificateCheckErr",
        "InvalidParameter.CertificationParameterErr",
        "InvalidParameter.DomainExceedsLimitErr",
        "InvalidParameter.DomainNotRecord",
        "InvalidParameter.InvalidCertificate",
        "InvalidParameter.LLMContentEmpty",
        "InvalidParameter.LLMInternalError",
        "InvalidParameter.LLMInvalidType",
        "InvalidParameter.LLMNoRules",
        "InvalidParameter.LLMParseFailed",
        "InvalidParameter.LLMRequestIdEmpty",
        "InvalidParameter.LLMServiceIdEmpty",
        "InvalidParameter.LLMSwitchOff",
        "InvalidParameter.LogicErr",
        "InvalidParameter.PortParameterErr",
        "InvalidParameter.ProtectionDomainParameterErr",
        "InvalidParameter.QueryCertBySSLIDFailed",
        "InvalidParameter.QueryStringSyntaxErr",
        "InvalidParameter.SQLSyntaxErr",
        "InvalidParameter.SkillScanApiKeyDisabled",
        "InvalidParameter.SkillScanCreateScanFailed",
        "InvalidParameter.SkillScanInvalidBase64",
        "InvalidParameter.SkillScanInvalidFileFormat",
        "InvalidParameter.SkillScanInvalidParam",
        "InvalidParameter.SkillScanInvalidRequest",
        "InvalidParameter.SkillScanNoFiles",
        "InvalidParameter.SkillScanQueryFailed",
        "InvalidParameter.SkillScanRateLimitExceeded",
        "InvalidParameter.SkillScanServiceIdEmpty",
        "InvalidParameter.SkillScanSwitchOff",
        "InvalidParameter.SkillScanTriggerFailed",
        "InvalidParameter.SkillScanUnauthorized",
        "InvalidParameter.SupportTLSConfFailed",
        "InvalidParameter.TLSParameterErr",
        "InvalidParameter.TypeMismatch",
        "InvalidParameter.UnauthorizedOperationParameterErr",
        "InvalidParameter.UnknownAction",
        "InvalidParameter.UpstreamParameterErr",
        "InvalidParameter.XFFResetParameterErr",
        "InvalidParameterValue",
        "InvalidParameterValue.CELLengthExceedLimit",
        "InvalidParameterValue.CELSyntaxErr",
        "InvalidParameterValue.InvalidRequest",
        "LimitExceeded",
        "LimitExceeded.Export",
        "LimitExceeded.LogSearch",
        "LimitExceeded.SearchResources",
        "LimitExceeded.SearchResultTooLarge",
        "LimitExceeded.SpecificationErr",
        "MissingParameter",
        "OperationDenied",
        "OperationDenied.ACLFailed",
        "OperationDenied.AccountDestroy",
        "OperationDenied.AccountIsolate",
        "OperationDenied.AccountNotExists",
        "OperationDenied.AnalysisSwitchClose",
        "OperationDenied.NewSyntaxNotSupported",
        "OperationDenied.OperationNotSupportInSearchLow",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInUse.EmptyErr",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceNotFound.ExportNotExist",
        "ResourceNotFound.LogsetNotExist",
        "ResourceNotFound.NotFound",
        "ResourceNotFound.TopicNotExist",
        "ResourceUnavailable",
        "ResourceUnavailable.DomainIpv6InConfigErr",
        "ResourceUnavailable.SSLCertificateErr",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.BotServiceNotSubscribeErr",
        "UnsupportedOperation.InvalidRequest",
    ];
    static NAME_CODES: [u32; 23] = [
        5, 6, 7, 13, 31, 32, 47, 48, 49, 50, 51, 52, 53, 54, 58, 60, 74, 75, 80, 82, 83,
        93, 111,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationClsdbOperationFailedFailedOperationClsInternalErrorFailedOperationClsResourcesNotFoundFailedOperationMysqlDbOperationFailedInternalErrorDbErrInternalErrorSslCallFailedInvalidParameterLlmContentEmptyInvalidParameterLlmInternalErrorInvalidParameterLlmInvalidTypeInvalidParameterLlmNoRulesInvalidParameterLlmParseFailedInvalidParameterLlmRequestIdEmptyInvalidParameterLlmServiceIdEmptyInvalidParameterLlmSwitchOffInvalidParameterQueryCertBySslidFailedInvalidParameterSqlSyntaxErrInvalidParameterSupportTlsConfFailedInvalidParameterTlsParameterErrInvalidParameterXffResetParameterErrInvalidParameterValueCelLengthExceedLimitInvalidParameterValueCelSyntaxErrOperationDeniedAclFailedResourceUnavailableSslCertificateErr",
        ends: &[
            0, 35, 66, 101, 138, 156, 182, 213, 245, 275, 301, 331, 364, 397, 425, 463,
            491, 527, 558, 594, 635, 668, 692, 728,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: err code no purchased.The request was a dry run and was not carried out.The operation failed.The operation failed: c kafka internal error.The operation failed: CLSDB operation failed.The operation failed: CLS internal error.The operation failed: CLS resources not found.The operation failed: certificate not found.The operation failed: click house operation failed.The operation failed: domain name verification error.The operation failed: invalid context.The operation failed: mongo operation failed.The operation failed: mysql DB operation failed.The operation failed: query error.The operation failed: redis operation failed.The operation failed: search timeout.The operation failed: session in used.The operation failed: syntax error.The operation failed: tag qps limit.The operation failed: the batch protection rule name already exists.The operation failed: the following domains have exceeded the upper limit.The operation failed: the following domains have invalid the upper limit.The operation failed: the name of the batch protection rule cannot be empty.The operation failed: the number of added black and white list exceeds the upper limit.The operation failed: the number of one time deletions reached the upper limit.The operation failed: timeout.The operation failed: topic closed.The operation failed: topic isolated.An internal error occurred.An internal error occurred: asynchronous call failed.An internal error occurred: DB err.An internal error occurred: SSL call failed.An internal error occurred: search error.An internal error occurred: search failed.An internal error occurred: server busy.An internal error occurred: ssa call failed.An internal error occurred: unknown.An internal error occurred: unknown err.A parameter is invalid.A parameter is invalid: bot name repeat err.A parameter is invalid: bot scene not exist err.A parameter is invalid: certificate check err.A parameter is invalid: certification parameter err.A parameter is invalid: domain exceeds limit err.A parameter is invalid: domain not record.A parameter is invalid: invalid certificate.A parameter is invalid: LLM content empty.A parameter is invalid: LLM internal error.A parameter is invalid: LLM invalid type.A parameter is invalid: LLM no rules.A parameter is invalid: LLM parse failed.A parameter is invalid: LLM request id empty.A parameter is invalid: LLM service id empty.A parameter is invalid: LLM switch off.A parameter is invalid: logic err.A parameter is invalid: port parameter err.A parameter is invalid: protection domain parameter err.A parameter is invalid: query cert by SSLID failed.A parameter is invalid: query string syntax err.A parameter is invalid: SQL syntax err.A parameter is invalid: skill scan api key disabled.A parameter is invalid: skill scan create scan failed.A parameter is invalid: skill scan invalid base64.A parameter is invalid: skill scan invalid file format.A parameter is invalid: skill scan invalid param.A parameter is invalid: skill scan invalid request.A parameter is invalid: skill scan no files.A parameter is invalid: skill scan query failed.A parameter is invalid: skill scan rate limit exceeded.A parameter is invalid: skill scan service id empty.A parameter is invalid: skill scan switch off.A parameter is invalid: skill scan trigger failed.A parameter is invalid: skill scan unauthorized.A parameter is invalid: support TLS conf failed.A parameter is invalid: TLS parameter err.A parameter is invalid: type mismatch.A parameter is invalid: unauthorized operation parameter err.A parameter is invalid: unknown action.A parameter is invalid: upstream parameter err.A parameter is invalid: XFF reset parameter err.A parameter value is invalid.A parameter value is invalid: CEL length exceed limit.A parameter value is invalid: CEL syntax err.A parameter value is invalid: invalid request.A limit was exceeded.A limit was exceeded: export.A limit was exceeded: log search.A limit was exceeded: search resources.A limit was exceeded: search result too large.A limit was exceeded: specification err.A required parameter is missing.The operation was denied.The operation was denied: ACL failed.The operation was denied: account destroy.The operation was denied: account isolate.The operation was denied: account not exists.The operation was denied: analysis switch close.The operation was denied: new syntax not supported.The operation was denied: operation not support in search low.Too many requests were sent.The resource is in use.The resource is in use: empty err.Resources are insufficient.The resource was not found.The resource was not found: export not exist.The resource was not found: logset not exist.The resource was not found: not found.The resource was not found: topic not exist.The resource is unavailable.The resource is unavailable: domain ipv6 in config err.The resource is unavailable: SSL certificate err.The resources are sold out.The operation is not authorized.An unknown parameter was given.The operation is not supported.The operation is not supported: bot service not subscribe err.The operation is not supported: invalid request.",
        ends: &[
            0, 22, 67, 117, 138, 183, 228, 269, 315, 359, 410, 463, 501, 546, 594, 628,
            673, 710, 748, 783, 819, 887, 961, 1034, 1110, 1197, 1276, 1306, 1341, 1378,
            1405, 1458, 1493, 1537, 1578, 1620, 1660, 1704, 1740, 1780, 1803, 1847, 1895,
            1941, 1993, 2042, 2084, 2128, 2170, 2213, 2254, 2291, 2332, 2377, 2422, 2461,
            2495, 2538, 2594, 2645, 2693, 2732, 2784, 2838, 2888, 2943, 2992, 3043, 3087,
            3135, 3190, 3242, 3288, 3338, 3386, 3434, 3476, 3514, 3575, 3614, 3661, 3709,
            3738, 3792, 3837, 3883, 3904, 3933, 3966, 4005, 4051, 4091, 4123, 4148, 4185,
            4227, 4269, 4314, 4362, 4413, 4475, 4503, 4526, 4560, 4587, 4614, 4659, 4704,
            4742, 4786, 4814, 4869, 4918, 4945, 4977, 5008, 5039, 5101, 5149,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 118] = ::cloud_errors::__private::retry_column(
        b"acaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccccccccbbbcaaaaacccccaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 118] = ::cloud_errors::__private::category_column(
        b"bpiiiiiiiiiiiiiiiiiiiiiiiiiiimmmmmmmmmmcccccccccccccccccccccccccccccccccccccccccccccchhhhhhcgggggggghjjheeeeeiiihgclii",
    );
    static PILOTS: [u16; 30] = [
        19, 43, 0, 1, 3, 3, 249, 260, 21, 60, 0, 9, 101, 41, 5, 8, 72, 29, 9, 7, 1, 26,
        5, 2, 91, 0, 137, 237, 19, 17,
    ];
    static SLOTS: [(&str, u32); 131] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            100, 15, 4294967295, 48, 33, 42, 116, 68, 96, 82, 56, 54, 30, 110, 92, 99,
            19, 34, 29, 107, 98, 43, 8, 72, 6, 61, 52, 83, 32, 39, 4294967295, 4, 74, 85,
            67, 25, 28, 114, 115, 101, 41, 1, 105, 106, 109, 5, 10, 2, 4294967295,
            4294967295, 111, 18, 66, 88, 113, 87, 104, 36, 90, 84, 80, 44, 12, 49, 73,
            97, 7, 59, 86, 50, 64, 45, 76, 4294967295, 94, 24, 103, 4294967295, 78, 13,
            40, 47, 4294967295, 77, 95, 53, 14, 93, 31, 81, 23, 70, 89, 60, 117, 17, 79,
            9, 37, 102, 58, 55, 26, 4294967295, 75, 71, 38, 4294967295, 46, 0, 62,
            4294967295, 108, 51, 112, 4294967295, 35, 4294967295, 65, 4294967295, 11, 57,
            3, 63, 27, 69, 21, 91, 16, 20, 22,
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
    const PROVIDER: &'static str = "Tencent Cloud WAF";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud WAF's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud WAF: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
