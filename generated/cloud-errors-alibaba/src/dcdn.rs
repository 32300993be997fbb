// @generated from catalogs/alibaba/dcdn.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud dcdn: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud dcdn: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidDomainName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain name: malformed.
    InvalidDomainNameMalformed,
    /// `InvalidSource.Content.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid source: content, malformed.
    InvalidSourceContentMalformed,
    /// `MissingSource.Content`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing source: content.
    MissingSourceContent,
    /// `MissingSource.Type`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing source: type.
    MissingSourceType,
    /// `InvalidSource.Type.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid source: type, malformed.
    InvalidSourceTypeMalformed,
    /// `InvalidSource.Priority.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid source: priority, malformed.
    InvalidSourcePriorityMalformed,
    /// `InvalidScope.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid scope: malformed.
    InvalidScopeMalformed,
    /// `SourceIp.Exceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Source ip: exceed.
    SourceIpExceed,
    /// `InvalidCertificate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid certificate.
    InvalidCertificate,
    /// `InvalidCertificate.TooLong`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid certificate: too long.
    InvalidCertificateTooLong,
    /// `CheckSourceHealthFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Check source health failed.
    CheckSourceHealthFailed,
    /// `ExtensiveAndAllBothExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Extensive and all both exist.
    ExtensiveAndAllBothExist,
    /// `CdnTypeNotSupportExtensiveDomain`: HTTP 400; retry: never; category: invalid_argument.
    /// Cdn type not support extensive domain.
    CdnTypeNotSupportExtensiveDomain,
    /// `ExtensiveAndSpecificDomainConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Extensive and specific domain conflict.
    ExtensiveAndSpecificDomainConflict,
    /// `InvalidResourceGroupId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource group id: malformed.
    InvalidResourceGroupIdMalformed,
    /// `DomainReserved`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain reserved.
    DomainReserved,
    /// `InvalidDomainNameLevel`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain name level.
    InvalidDomainNameLevel,
    /// `EntityNotExists.ResourceGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Entity not exists: resource group.
    EntityNotExistsResourceGroup,
    /// `InvalidStatus.ResourceGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: resource group.
    InvalidStatusResourceGroup,
    /// `NotInternationRealIdentity`: HTTP 400; retry: never; category: invalid_argument.
    /// Not internation real identity.
    NotInternationRealIdentity,
    /// `TopLevelDomain.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Top level domain: not found.
    TopLevelDomainNotFound,
    /// `RecordCheckNotAvailable`: HTTP 400; retry: never; category: invalid_argument.
    /// Record check not available.
    RecordCheckNotAvailable,
    /// `IcpBlack`: HTTP 400; retry: never; category: invalid_argument.
    /// Icp black.
    IcpBlack,
    /// `IspBlack`: HTTP 400; retry: never; category: invalid_argument.
    /// Isp black.
    IspBlack,
    /// `InvalidCheckUrl.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid check url: malformed.
    InvalidCheckUrlMalformed,
    /// `DomainOwnerVerifyFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain owner verify fail.
    DomainOwnerVerifyFail,
    /// `TopLevelDomain.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Top level domain: mismatch.
    TopLevelDomainMismatch,
    /// `DomainInBlacklist`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain in blacklist.
    DomainInBlacklist,
    /// `DomainOverLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain over limit.
    DomainOverLimit,
    /// `SourceInBlacklist`: HTTP 400; retry: never; category: invalid_argument.
    /// Source in blacklist.
    SourceInBlacklist,
    /// `InvalidTagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag key.
    InvalidTagKey,
    /// `InvalidTagValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag value.
    InvalidTagValue,
    /// `ReservedTagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Reserved tag key.
    ReservedTagKey,
    /// `InvalidFunctionType.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid function type: malformed.
    InvalidFunctionTypeMalformed,
    /// `InvalidfunctionType.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalidfunction type: malformed.
    InvalidfunctionTypeMalformed,
    /// `EntityNotExist.ResourceGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Entity not exist: resource group.
    EntityNotExistResourceGroup,
    /// `InvalidSource.Port.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid source: port, malformed.
    InvalidSourcePortMalformed,
    /// `DcdnIpaServiceNotFound`: HTTP 403; retry: never; category: permission_denied.
    /// Dcdn ipa service not found.
    DcdnIpaServiceNotFound,
    /// `NoResource`: HTTP 404; retry: never; category: not_found.
    /// No resource.
    NoResource,
    /// `InvalidSources.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid sources: malformed.
    InvalidSourcesMalformed,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `Policy.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Policy: not exist.
    PolicyNotExist,
    /// `RuleConfigs.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Rule configs: malformed.
    RuleConfigsMalformed,
    /// `RuleName.AlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Rule name: already exists.
    RuleNameAlreadyExists,
    /// `Rule.QuantityOverflow`: HTTP 400; retry: never; category: invalid_argument.
    /// Rule: quantity overflow.
    RuleQuantityOverflow,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `DeleteFunctionFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Delete function failed.
    DeleteFunctionFailed,
    /// `Invalid.Parameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: parameter.
    InvalidParameter2,
    /// `InvalidNameSpace.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid name space: malformed.
    InvalidNameSpaceMalformed,
    /// `InvalidAccount.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account: malformed.
    InvalidAccountMalformed,
    /// `InvalidKey.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid key: malformed.
    InvalidKeyMalformed,
    /// `InvalidKey.ExceedsMaximum`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid key: exceeds maximum.
    InvalidKeyExceedsMaximum,
    /// `InvalidValue.ExceedsMaximum`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid value: exceeds maximum.
    InvalidValueExceedsMaximum,
    /// `InvalidKey.TooManyKeys`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid key: too many keys.
    InvalidKeyTooManyKeys,
    /// `InvalidKey.ExceedsCapacity`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid key: exceeds capacity.
    InvalidKeyExceedsCapacity,
    /// `Unauthorized.InvalidParameters`: HTTP 403; retry: never; category: permission_denied.
    /// The request is not authorized: invalid parameters.
    UnauthorizedInvalidParameters,
    /// `Unauthorized.InvalidTime`: HTTP 403; retry: never; category: permission_denied.
    /// The request is not authorized: invalid time.
    UnauthorizedInvalidTime,
    /// `Unauthorized.InvalidToken`: HTTP 403; retry: never; category: permission_denied.
    /// The request is not authorized: invalid token.
    UnauthorizedInvalidToken,
    /// `InvalidNameSpace.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid name space: not found.
    InvalidNameSpaceNotFound,
    /// `Rule.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Rule: not exist.
    RuleNotExist,
    /// `InvalidSSLProtocol.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid SSL protocol: value not supported.
    InvalidSslProtocolValueNotSupported,
    /// `SSLPub.MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// SSL pub: missing parameter.
    SslPubMissingParameter,
    /// `SSLPri.MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// SSL pri: missing parameter.
    SslPriMissingParameter,
    /// `InvalidSSLPub`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid SSL pub.
    InvalidSslPub,
    /// `InvalidSSLPri`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid SSL pri.
    InvalidSslPri,
    /// `Certificate.MissMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate: miss match.
    CertificateMissMatch,
    /// `InvalidCertName.TooLong`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cert name: too long.
    InvalidCertNameTooLong,
    /// `AuthenticationFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Authentication failed.
    AuthenticationFailed,
    /// `SetDomainCertificate.ParameterError`: HTTP 400; retry: never; category: invalid_argument.
    /// Set domain certificate: parameter error.
    SetDomainCertificateParameterError,
    /// `Certificate.StatusError`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate: status error.
    CertificateStatusError,
    /// `DeleteFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Delete failed.
    DeleteFailed,
    /// `Certificate.NotFind`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate: not find.
    CertificateNotFind,
    /// `Certificate.Duplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate: duplicated.
    CertificateDuplicated,
    /// `Certificate.FormatError`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate: format error.
    CertificateFormatError,
    /// `Certificate.KeyNull`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate: key null.
    CertificateKeyNull,
    /// `Key.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Key: malformed.
    KeyMalformed,
    /// `CertStorage.failed`: HTTP 400; retry: never; category: invalid_argument.
    /// Cert storage: failed.
    CertStorageFailed,
    /// `CertificateContent.Duplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate content: duplicated.
    CertificateContentDuplicated,
    /// `Certificate.Expired`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate: expired.
    CertificateExpired,
    /// `InvalidDomain.notOnline`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain: not online.
    InvalidDomainNotOnline,
    /// `Decode.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Decode: error.
    DecodeError,
    /// `sslPub.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Ssl pub: error.
    SslPubError,
    /// `sslPri.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Ssl pri: error.
    SslPriError,
    /// `DomainInSafeMode`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain in safe mode.
    DomainInSafeMode,
    /// `InvalidDomainNumber.TooLong`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain number: too long.
    InvalidDomainNumberTooLong,
    /// `DomainInProtectedMode`: HTTP 403; retry: never; category: permission_denied.
    /// Domain in protected mode.
    DomainInProtectedMode,
    /// `CertName.MissingParameter`: HTTP 404; retry: never; category: not_found.
    /// Cert name: missing parameter.
    CertNameMissingParameter,
    /// `InvalidDomain.Offline`: HTTP 404; retry: never; category: not_found.
    /// Invalid domain: offline.
    InvalidDomainOffline,
    /// `InvalidFunctions.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid functions: malformed.
    InvalidFunctionsMalformed,
    /// `InvalidArgValue.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid arg value: malformed.
    InvalidArgValueMalformed,
    /// `MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `InvalidRule.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid rule: malformed.
    InvalidRuleMalformed,
    /// `InvalidHeaderKey.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid header key: value not supported.
    InvalidHeaderKeyValueNotSupported,
    /// `ConfigExceedLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Config exceed limit.
    ConfigExceedLimit,
    /// `EdgeScriptCountExceedLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Edge script count exceed limit.
    EdgeScriptCountExceedLimit,
    /// `EdgeScripOptionsHasInnerConfig`: HTTP 400; retry: never; category: invalid_argument.
    /// Edge scrip options has inner config.
    EdgeScripOptionsHasInnerConfig,
    /// `EdgeScriptGrammarNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Edge script grammar not support.
    EdgeScriptGrammarNotSupport,
    /// `EdgeScriptNotSupportJs`: HTTP 400; retry: never; category: invalid_argument.
    /// Edge script not support js.
    EdgeScriptNotSupportJs,
    /// `ServiceInvokeFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Service invoke failed.
    ServiceInvokeFailed,
    /// `ConfigParentExceedLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Config parent exceed limit.
    ConfigParentExceedLimit,
    /// `BatchSetBusinessError`: HTTP 400; retry: never; category: invalid_argument.
    /// Batch set business error.
    BatchSetBusinessError,
    /// `Function.InvalidParentId`: HTTP 400; retry: never; category: invalid_argument.
    /// Function: invalid parent id.
    FunctionInvalidParentId,
    /// `Domain.DDosQuotaFull`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain: d dos quota full.
    DomainDDosQuotaFull,
    /// `AccountArrears`: HTTP 400; retry: never; category: invalid_argument.
    /// Account arrears.
    AccountArrears,
    /// `DDosExpired`: HTTP 400; retry: never; category: invalid_argument.
    /// D dos expired.
    DDosExpired,
    /// `Domain.DDosAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain: d dos already exists.
    DomainDDosAlreadyExists,
    /// `Domain.PortConfiguring`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain: port configuring.
    DomainPortConfiguring,
    /// `Domain.PortAllocateError`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain: port allocate error.
    DomainPortAllocateError,
    /// `DomainNameOverLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain name over limit.
    DomainNameOverLimit,
    /// `Unauthorized`: HTTP 400; retry: never; category: invalid_argument.
    /// The request is not authorized.
    Unauthorized,
    /// `EdgeRoutine.GeneralError`: HTTP 400; retry: never; category: invalid_argument.
    /// Edge routine: general error.
    EdgeRoutineGeneralError,
    /// `InvalidValue.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid value: malformed.
    InvalidValueMalformed,
    /// `Internal.KeyError`: HTTP 500; retry: never; category: internal.
    /// Internal: key error.
    InternalKeyError,
    /// `Internal.CreateCSRError`: HTTP 500; retry: never; category: internal.
    /// Internal: create CSR error.
    InternalCreateCsrError,
    /// `Internal.EncodeCSRError`: HTTP 500; retry: never; category: internal.
    /// Internal: encode CSR error.
    InternalEncodeCsrError,
    /// `Internal.EncodeKeyError`: HTTP 500; retry: never; category: internal.
    /// Internal: encode key error.
    InternalEncodeKeyError,
    /// `Internal.Error`: HTTP 500; retry: never; category: internal.
    /// Internal: error.
    InternalError2,
    /// `TimeParseFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Time parse failed.
    TimeParseFailed,
    /// `SubscriptionNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Subscription not found.
    SubscriptionNotFound,
    /// `NameAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Name already exists.
    NameAlreadyExists,
    /// `DeliverExceedLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Deliver exceed limit.
    DeliverExceedLimit,
    /// `SubscriptionAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Subscription already exists.
    SubscriptionAlreadyExists,
    /// `WafGroup.Quantity.Overflow`: HTTP 400; retry: never; category: invalid_argument.
    /// Waf group: quantity, overflow.
    WafGroupQuantityOverflow,
    /// `WafGroup.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Waf group: not exist.
    WafGroupNotExist,
    /// `WafGroup.Name.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Waf group: name, malformed.
    WafGroupNameMalformed,
    /// `Policy.DefaultExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// Policy: default existed.
    PolicyDefaultExisted,
    /// `PolicyName.AlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Policy name: already exists.
    PolicyNameAlreadyExists,
    /// `CreateSlr.PermissionDenied`: HTTP 400; retry: never; category: invalid_argument.
    /// Create slr: permission denied.
    CreateSlrPermissionDenied,
    /// `CreateSlsProjectError`: HTTP 400; retry: never; category: invalid_argument.
    /// Create sls project error.
    CreateSlsProjectError,
    /// `DomainActiveInConfigGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain active in config group.
    DomainActiveInConfigGroup,
    /// `Unauthorized.InvalidResource`: HTTP 403; retry: never; category: permission_denied.
    /// The request is not authorized: invalid resource.
    UnauthorizedInvalidResource,
    /// `InvalidAccount.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid account: not found.
    InvalidAccountNotFound,
    /// `InvalidKey.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid key: not found.
    InvalidKeyNotFound,
    /// `InvalidNameSpace.Duplicate`: HTTP 406; retry: never; category: failed_precondition.
    /// Invalid name space: duplicate.
    InvalidNameSpaceDuplicate,
    /// `InvalidNameSpace.QuotaFull`: HTTP 406; retry: never; category: failed_precondition.
    /// Invalid name space: quota full.
    InvalidNameSpaceQuotaFull,
    /// `InvalidKey.QuotaFull`: HTTP 406; retry: never; category: failed_precondition.
    /// Invalid key: quota full.
    InvalidKeyQuotaFull,
    /// `TooManyRequests`: HTTP 429; retry: never; category: resource_exhausted.
    /// Too many requests.
    TooManyRequests,
    /// `TooQuickRequests`: HTTP 429; retry: never; category: resource_exhausted.
    /// Too quick requests.
    TooQuickRequests,
    /// `ProjectNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Project not found.
    ProjectNotFound,
    /// `GrayConfigIsNull`: HTTP 400; retry: never; category: invalid_argument.
    /// Gray config is null.
    GrayConfigIsNull,
    /// `WafGroup.BeingBound`: HTTP 400; retry: never; category: invalid_argument.
    /// Waf group: being bound.
    WafGroupBeingBound,
    /// `Policy.DeleteForbidden`: HTTP 400; retry: never; category: invalid_argument.
    /// Policy: delete forbidden.
    PolicyDeleteForbidden,
    /// `MissingTimeParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing time parameter.
    MissingTimeParameter,
    /// `InvalidStartTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time: malformed.
    InvalidStartTimeMalformed,
    /// `InvalidEndTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end time: malformed.
    InvalidEndTimeMalformed,
    /// `InvalidEndTime.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end time: mismatch.
    InvalidEndTimeMismatch,
    /// `InvalidStartTime.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time: value not supported.
    InvalidStartTimeValueNotSupported,
    /// `InvalidPageNumber.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid page number: value not supported.
    InvalidPageNumberValueNotSupported,
    /// `InvalidPageSize.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid page size: value not supported.
    InvalidPageSizeValueNotSupported,
    /// `InvalidTimeRange`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time range.
    InvalidTimeRange,
    /// `InvalidDomain.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid domain: not found.
    InvalidDomainNotFound,
    /// `InvalidTimeSpan`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time span.
    InvalidTimeSpan,
    /// `InvalidTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time: malformed.
    InvalidTimeMalformed,
    /// `InvalidParameterField`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter field.
    InvalidParameterField,
    /// `InvalidParameterType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter type.
    InvalidParameterType,
    /// `InvalidParameterInterval`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter interval.
    InvalidParameterInterval,
    /// `NoHttpsDomain`: HTTP 400; retry: never; category: invalid_argument.
    /// No https domain.
    NoHttpsDomain,
    /// `InvalidIP.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid IP: value not supported.
    InvalidIpValueNotSupported,
    /// `InvalidDomainStatus.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain status: value not supported.
    InvalidDomainStatusValueNotSupported,
    /// `InvalidDomainSearchType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain search type: value not supported.
    InvalidDomainSearchTypeValueNotSupported,
    /// `InvalidParameters`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameters.
    InvalidParameters,
    /// `InvalidTaskId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid task id: malformed.
    InvalidTaskIdMalformed,
    /// `InvalidTaskId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid task id.
    InvalidTaskId,
    /// `InvalidTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time.
    InvalidTime,
    /// `MissingParameter.ObjectType`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: object type.
    MissingParameterObjectType,
    /// `InvalidObjectType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid object type: value not supported.
    InvalidObjectTypeValueNotSupported,
    /// `InvalidStatus.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: value not supported.
    InvalidStatusValueNotSupported,
    /// `InvalidCertIdentifier.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cert identifier: value not supported.
    InvalidCertIdentifierValueNotSupported,
    /// `NotFoundCertList`: HTTP 400; retry: never; category: invalid_argument.
    /// Not found cert list.
    NotFoundCertList,
    /// `InvalidVersion.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid version: not found.
    InvalidVersionNotFound,
    /// `InvalidParameterProduct`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter product.
    InvalidParameterProduct,
    /// `InvalidParameterAliuid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter aliuid.
    InvalidParameterAliuid,
    /// `InvalidArgName.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid arg name: value not supported.
    InvalidArgNameValueNotSupported,
    /// `InvalidChangeStartTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid change start time: malformed.
    InvalidChangeStartTimeMalformed,
    /// `InvalidChangeEndTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid change end time: malformed.
    InvalidChangeEndTimeMalformed,
    /// `DcdnServiceNotFound`: HTTP 403; retry: never; category: permission_denied.
    /// Dcdn service not found.
    DcdnServiceNotFound,
    /// `IllegalOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal operation.
    IllegalOperation,
    /// `InvalidDomainName`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain name.
    InvalidDomainName,
    /// `IdempotentParameterMismatch`: HTTP 400; retry: never; category: failed_precondition.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatch,
    /// `Schedule.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Schedule: not found.
    ScheduleNotFound,
    /// `DomainTraffic.ExceedThreshold`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain traffic: exceed threshold.
    DomainTrafficExceedThreshold,
    /// `Domain.BeianInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain: beian invalid.
    DomainBeianInvalid,
    /// `Schedule.ChangeFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Schedule: change fail.
    ScheduleChangeFail,
    /// `DomainBindAndUnbind.Overlapped`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain bind and unbind: overlapped.
    DomainBindAndUnbindOverlapped,
    /// `Domain.Bound.DefaultAndCustom`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain: bound, default and custom.
    DomainBoundDefaultAndCustom,
    /// `DefenseScene.MultiPolicies.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Defense scene: multi policies, not support.
    DefenseSceneMultiPoliciesNotSupport,
    /// `Rule.Name.CantBeModified`: HTTP 400; retry: never; category: invalid_argument.
    /// Rule: name, cant be modified.
    RuleNameCantBeModified,
    /// `DcdnService.HasOpened`: HTTP 400; retry: never; category: invalid_argument.
    /// Dcdn service: has opened.
    DcdnServiceHasOpened,
    /// `InvalidComponent`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid component.
    InvalidComponent,
    /// `NoRealNameAuthentication`: HTTP 400; retry: never; category: invalid_argument.
    /// No real name authentication.
    NoRealNameAuthentication,
    /// `IncompleteInformation`: HTTP 400; retry: never; category: invalid_argument.
    /// Incomplete information.
    IncompleteInformation,
    /// `SingleRequest.OverLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Single request: over limit.
    SingleRequestOverLimit,
    /// `QuotaExceeded.Preload`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: preload.
    QuotaExceededPreload,
    /// `InvalidObjectPath.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid object path: malformed.
    InvalidObjectPathMalformed,
    /// `InvalidExtensiveDomain.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid extensive domain: value not supported.
    InvalidExtensiveDomainValueNotSupported,
    /// `PreloadQueueFull`: HTTP 400; retry: never; category: invalid_argument.
    /// Preload queue full.
    PreloadQueueFull,
    /// `StagingConfig.Failed`: HTTP 400; retry: never; category: invalid_argument.
    /// Staging config: failed.
    StagingConfigFailed,
    /// `StagingConfig.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Staging config: not found.
    StagingConfigNotFound,
    /// `InvalidObjectType.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid object type: malformed.
    InvalidObjectTypeMalformed,
    /// `InvalidObjectPath.Size.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid object path: size, malformed.
    InvalidObjectPathSizeMalformed,
    /// `QuotaExceeded.Refresh`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: refresh.
    QuotaExceededRefresh,
    /// `QuotaPerMinuteExceeded.Refresh`: HTTP 400; retry: never; category: invalid_argument.
    /// Quota per minute exceeded: refresh.
    QuotaPerMinuteExceededRefresh,
    /// `TooMany.Refresh`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many: refresh.
    TooManyRefresh,
    /// `InvalidStations.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid stations: malformed.
    InvalidStationsMalformed,
    /// `Certificate.MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate: missing parameter.
    CertificateMissingParameter,
    /// `Certificate.EncodeError`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate: encode error.
    CertificateEncodeError,
    /// `Certificate.DecodeError`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate: decode error.
    CertificateDecodeError,
    /// `Certificate.NoPrivateKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate: no private key.
    CertificateNoPrivateKey,
    /// `Internal.ForbidError`: HTTP 500; retry: never; category: internal.
    /// Internal: forbid error.
    InternalForbidError,
    /// `Internal.ConfigError`: HTTP 500; retry: never; category: internal.
    /// Internal: config error.
    InternalConfigError,
    /// `CreateCertificateFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Create certificate failed.
    CreateCertificateFailed,
    /// `Abs.CertRegion.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Abs: cert region, value not supported.
    AbsCertRegionValueNotSupported,
    /// `CertNameAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Cert name already exists.
    CertNameAlreadyExists,
    /// `InvalidFunctionName.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid function name: value not supported.
    InvalidFunctionNameValueNotSupported,
    /// `ConfigurationConflicts`: HTTP 400; retry: never; category: invalid_argument.
    /// Configuration conflicts.
    ConfigurationConflicts,
    /// `GrayConfigExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Gray config exist.
    GrayConfigExist,
    /// `InvalidDomain.BelongToConfigGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain: belong to config group.
    InvalidDomainBelongToConfigGroup,
    /// `InvaildParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invaild parameter.
    InvaildParameter,
    /// `OperationDeniedAccount`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied account.
    OperationDeniedAccount,
    /// `InvalidRegionId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid region id: malformed.
    InvalidRegionIdMalformed,
    /// `Resource.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource: not exist.
    ResourceNotExist,
    /// `TagKeyIsInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag key is invalid.
    TagKeyIsInvalid,
    /// `TooManyTags`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTags,
    /// `TagValueIsInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag value is invalid.
    TagValueIsInvalid,
    /// `TagKeyDuplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag key duplicated.
    TagKeyDuplicated,
    /// `TagIsInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag is invalid.
    TagIsInvalid,
    /// `ResourceIdIsInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource id is invalid.
    ResourceIdIsInvalid,
    /// `SystemTagIsInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// System tag is invalid.
    SystemTagIsInvalid,
    /// `CustomTagIsInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Custom tag is invalid.
    CustomTagIsInvalid,
    /// `MissingDomainName`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing domain name.
    MissingDomainName,
    /// `InvalidTypeContent.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid type content: mismatch.
    InvalidTypeContentMismatch,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 231] = [
        "InvalidDomainName.Malformed",
        "InvalidSource.Content.Malformed",
        "MissingSource.Content",
        "MissingSource.Type",
        "InvalidSource.Type.Malformed",
        "InvalidSource.Priority.Malformed",
        "InvalidScope.Malformed",
        "SourceIp.Exceed",
        "InvalidCertificate",
        "InvalidCertificate.TooLong",
        "CheckSourceHealthFailed",
        "ExtensiveAndAllBothExist",
        "CdnTypeNotSupportExtensiveDomain",
        "ExtensiveAndSpecificDomainConflict",
        "InvalidResourceGroupId.Malformed",
        "DomainReserved",
        "InvalidDomainNameLevel",
        "EntityNotExists.ResourceGroup",
        "InvalidStatus.ResourceGroup",
        "NotInternationRealIdentity",
        "TopLevelDomain.NotFound",
        "RecordCheckNotAvailable",
        "IcpBlack",
        "IspBlack",
        "InvalidCheckUrl.Malformed",
        "DomainOwnerVerifyFail",
        "TopLevelDomain.Mismatch",
        "DomainInBlacklist",
        "DomainOverLimit",
        "SourceInBlacklist",
        "InvalidTagKey",
        "InvalidTagValue",
        "ReservedTagKey",
        "InvalidFunctionType.Malformed",
        "InvalidfunctionType.Malformed",
        "EntityNotExist.ResourceGroup",
        "InvalidSource.Port.Malformed",
        "DcdnIpaServiceNotFound",
        "NoResource",
        "InvalidSources.Malformed",
        "InvalidParameter",
        "Policy.NotExist",
        "RuleConfigs.Malformed",
        "RuleName.AlreadyExists",
        "Rule.QuantityOverflow",
        "InternalError",
        "DeleteFunctionFailed",
        "Invalid.Parameter",
        "InvalidNameSpace.Malformed",
        "InvalidAccount.Malformed",
        "InvalidKey.Malformed",
        "InvalidKey.ExceedsMaximum",
        "InvalidValue.ExceedsMaximum",
        "InvalidKey.TooManyKeys",
        "InvalidKey.ExceedsCapacity",
        "Unauthorized.InvalidParameters",
        "Unauthorized.InvalidTime",
        "Unauthorized.InvalidToken",
        "InvalidNameSpace.NotFound",
        "Rule.NotExist",
        "InvalidSSLProtocol.ValueNotSupported",
        "SSLPub.MissingParameter",
        "SSLPri.MissingParameter",
        "InvalidSSLPub",
        "InvalidSSLPri",
        "Certificate.MissMatch",
        "InvalidCertName.TooLong",
        "AuthenticationFailed",
        "SetDomainCertificate.ParameterError",
        "Certificate.StatusError",
        "DeleteFailed",
        "Certificate.NotFind",
        "Certificate.Duplicated",
        "Certificate.FormatError",
        "Certificate.KeyNull",
        "Key.Malformed",
        "CertStorage.failed",
        "CertificateContent.Duplicated",
        "Certificate.Expired",
        "InvalidDomain.notOnline",
        "Decode.Error",
        "sslPub.Error",
        "sslPri.Error",
        "DomainInSafeMode",
        "InvalidDomainNumber.TooLong",
        "DomainInProtectedMode",
        "CertName.MissingParameter",
        "InvalidDomain.Offline",
        "InvalidFunctions.Malformed",
        "InvalidArgValue.Malformed",
        "MissingParameter",
        "InvalidRule.Malformed",
        "InvalidHeaderKey.ValueNotSupported",
        "ConfigExceedLimit",
        "EdgeScriptCountExceedLimit",
        "EdgeScripOptionsHasInnerConfig",
        "EdgeScriptGrammarNotSupport",
        "EdgeScriptNotSupportJs",
        "ServiceInvokeFailed",
        "ConfigParentExceedLimit",
        "BatchSetBusinessError",
        "Function.InvalidParentId",
        "Domain.DDosQuotaFull",
        "AccountArrears",
        "DDosExpired",
        "Domain.DDosAlreadyExists",
        "Domain.PortConfiguring",
        "Domain.PortAllocateError",
        "DomainNameOverLimit",
        "Unauthorized",
        "EdgeRoutine.GeneralError",
        "InvalidValue.Malformed",
        "Internal.KeyError",
        "Internal.CreateCSRError",
        "Internal.EncodeCSRError",
        "Internal.EncodeKeyError",
        "Internal.Error",
        "TimeParseFailed",
        "SubscriptionNotFound",
        "NameAlreadyExists",
        "DeliverExceedLimit",
        "SubscriptionAlreadyExists",
        "WafGroup.Quantity.Overflow",
        "WafGroup.NotExist",
        "WafGroup.Name.Malformed",
        "Policy.DefaultExisted",
        "PolicyName.AlreadyExists",
        "CreateSlr.PermissionDenied",
        "CreateSlsProjectError",
        "DomainActiveInConfigGroup",
        "Unauthorized.InvalidResource",
        "InvalidAccount.NotFound",
        "InvalidKey.NotFound",
        "InvalidNameSpace.Duplicate",
        "InvalidNameSpace.QuotaFull",
        "InvalidKey.QuotaFull",
        "TooManyRequests",
        "TooQuickRequests",
        "ProjectNotFound",
        "GrayConfigIsNull",
        "WafGroup.BeingBound",
        "Policy.DeleteForbidden",
        "MissingTimeParameter",
        "InvalidStartTime.Malformed",
        "InvalidEndTime.Malformed",
        "InvalidEndTime.Mismatch",
        "InvalidStartTime.ValueNotSupported",
        "InvalidPageNumber.ValueNotSupported",
        "InvalidPageSize.ValueNotSupported",
        "InvalidTimeRange",
        "InvalidDomain.NotFound",
        "InvalidTimeSpan",
        "InvalidTime.Malformed",
        "InvalidParameterField",
        "InvalidParameterType",
        "InvalidParameterInterval",
        "NoHttpsDomain",
        "InvalidIP.ValueNotSupported",
        "InvalidDomainStatus.ValueNotSupported",
        "InvalidDomainSearchType.ValueNotSupported",
        "InvalidParameters",
        "InvalidTaskId.Malformed",
        "InvalidTaskId",
        "InvalidTime",
        "MissingParameter.ObjectType",
        "InvalidObjectType.ValueNotSupported",
        "InvalidStatus.ValueNotSupported",
        "InvalidCertIdentifier.ValueNotSupported",
        "NotFoundCertList",
        "InvalidVersion.NotFound",
        "InvalidParameterProduct",
        "InvalidParameterAliuid",
        "InvalidArgName.ValueNotSupported",
        "InvalidChangeStartTime.Malformed",
        "InvalidChangeEndTime.Malformed",
        "DcdnServiceNotFound",
        "IllegalOperation",
        "InvalidDomainName",
        "IdempotentParameterMismatch",
        "Schedule.NotFound",
        "DomainTraffic.ExceedThreshold",
        "Domain.BeianInvalid",
        "Schedule.ChangeFail",
        "DomainBindAndUnbind.Overlapped",
        "Domain.Bound.DefaultAndCustom",
        "DefenseScene.MultiPolicies.NotSupport",
        "Rule.Name.CantBeModified",
        "DcdnService.HasOpened",
        "InvalidComponent",
        "NoRealNameAuthentication",
        "IncompleteInformation",
        "SingleRequest.OverLimit",
        "QuotaExceeded.Preload",
        "InvalidObjectPath.Malformed",
        "InvalidExtensiveDomain.ValueNotSupported",
        "PreloadQueueFull",
        "StagingConfig.Failed",
        "StagingConfig.NotFound",
        "InvalidObjectType.Malformed",
        "InvalidObjectPath.Size.Malformed",
        "QuotaExceeded.Refresh",
        "QuotaPerMinuteExceeded.Refresh",
        "TooMany.Refresh",
        "InvalidStations.Malformed",
        "Certificate.MissingParameter",
        "Certificate.EncodeError",
        "Certificate.DecodeError",
        "Certificate.NoPrivateKey",
        "Internal.ForbidError",
        "Internal.ConfigError",
        "CreateCertificateFailed",
        "Abs.CertRegion.ValueNotSupported",
        "CertNameAlreadyExists",
        "InvalidFunctionName.ValueNotSupported",
        "ConfigurationConflicts",
        "GrayConfigExist",
        "InvalidDomain.BelongToConfigGroup",
        "InvaildParameter",
        "OperationDeniedAccount",
        "InvalidRegionId.Malformed",
        "Resource.NotExist",
        "TagKeyIsInvalid",
        "TooManyTags",
        "TagValueIsInvalid",
        "TagKeyDuplicated",
        "TagIsInvalid",
        "ResourceIdIsInvalid",
        "SystemTagIsInvalid",
        "CustomTagIsInvalid",
        "MissingDomainName",
        "InvalidTypeContent.Mismatch",
    ];
    static NAME_CODES: [u32; 14] = [
        47, 60, 61, 62, 63, 64, 76, 79, 81, 82, 113, 114, 116, 157,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameter2InvalidSslProtocolValueNotSupportedSslPubMissingParameterSslPriMissingParameterInvalidSslPubInvalidSslPriCertStorageFailedInvalidDomainNotOnlineSslPubErrorSslPriErrorInternalCreateCsrErrorInternalEncodeCsrErrorInternalError2InvalidIpValueNotSupported",
        ends: &[0, 17, 52, 74, 96, 109, 122, 139, 161, 172, 183, 205, 227, 241, 267],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Invalid domain name: malformed.Invalid source: content, malformed.Missing source: content.Missing source: type.Invalid source: type, malformed.Invalid source: priority, malformed.Invalid scope: malformed.Source ip: exceed.Invalid certificate.Invalid certificate: too long.Check source health failed.Extensive and all both exist.Cdn type not support extensive domain.Extensive and specific domain conflict.Invalid resource group id: malformed.Domain reserved.Invalid domain name level.Entity not exists: resource group.Invalid status: resource group.Not internation real identity.Top level domain: not found.Record check not available.Icp black.Isp black.Invalid check url: malformed.Domain owner verify fail.Top level domain: mismatch.Domain in blacklist.Domain over limit.Source in blacklist.Invalid tag key.Invalid tag value.Reserved tag key.Invalid function type: malformed.Invalidfunction type: malformed.Entity not exist: resource group.Invalid source: port, malformed.Dcdn ipa service not found.No resource.Invalid sources: malformed.A parameter is invalid.Policy: not exist.Rule configs: malformed.Rule name: already exists.Rule: quantity overflow.An internal error occurred.Delete function failed.Invalid: parameter.Invalid name space: malformed.Invalid account: malformed.Invalid key: malformed.Invalid key: exceeds maximum.Invalid value: exceeds maximum.Invalid key: too many keys.Invalid key: exceeds capacity.The request is not authorized: invalid parameters.The request is not authorized: invalid time.The request is not authorized: invalid token.Invalid name space: not found.Rule: not exist.Invalid SSL protocol: value not supported.SSL pub: missing parameter.SSL pri: missing parameter.Invalid SSL pub.Invalid SSL pri.Certificate: miss match.Invalid cert name: too long.Authentication failed.Set domain certificate: parameter error.Certificate: status error.Delete failed.Certificate: not find.Certificate: duplicated.Certificate: format error.Certificate: key null.Key: malformed.Cert storage: failed.Certificate content: duplicated.Certificate: expired.Invalid domain: not online.Decode: error.Ssl pub: error.Ssl pri: error.Domain in safe mode.Invalid domain number: too long.Domain in protected mode.Cert name: missing parameter.Invalid domain: offline.Invalid functions: malformed.Invalid arg value: malformed.A required parameter is missing.Invalid rule: malformed.Invalid header key: value not supported.Config exceed limit.Edge script count exceed limit.Edge scrip options has inner config.Edge script grammar not support.Edge script not support js.Service invoke failed.Config parent exceed limit.Batch set business error.Function: invalid parent id.Domain: d dos quota full.Account arrears.D dos expired.Domain: d dos already exists.Domain: port configuring.Domain: port allocate error.Domain name over limit.The request is not authorized.Edge routine: general error.Invalid value: malformed.Internal: key error.Internal: create CSR error.Internal: encode CSR error.Internal: encode key error.Internal: error.Time parse failed.Subscription not found.Name already exists.Deliver exceed limit.Subscription already exists.Waf group: quantity, overflow.Waf group: not exist.Waf group: name, malformed.Policy: default existed.Policy name: already exists.Create slr: permission denied.Create sls project error.Domain active in config group.The request is not authorized: invalid resource.Invalid account: not found.Invalid key: not found.Invalid name space: duplicate.Invalid name space: quota full.Invalid key: quota full.Too many requests.Too quick requests.Project not found.Gray config is null.Waf group: being bound.Policy: delete forbidden.Missing time parameter.Invalid start time: malformed.Invalid end time: malformed.Invalid end time: mismatch.Invalid start time: value not supported.Invalid page number: value not supported.Invalid page size: value not supported.Invalid time range.Invalid domain: not found.Invalid time span.Invalid time: malformed.Invalid parameter field.Invalid parameter type.Invalid parameter interval.No https domain.Invalid IP: value not supported.Invalid domain status: value not supported.Invalid domain search type: value not supported.Invalid parameters.Invalid task id: malformed.Invalid task id.Invalid time.A required parameter is missing: object type.Invalid object type: value not supported.Invalid status: value not supported.Invalid cert identifier: value not supported.Not found cert list.Invalid version: not found.Invalid parameter product.Invalid parameter aliuid.Invalid arg name: value not supported.Invalid change start time: malformed.Invalid change end time: malformed.Dcdn service not found.Illegal operation.Invalid domain name.Idempotent parameter mismatch.Schedule: not found.Domain traffic: exceed threshold.Domain: beian invalid.Schedule: change fail.Domain bind and unbind: overlapped.Domain: bound, default and custom.Defense scene: multi policies, not support.Rule: name, cant be modified.Dcdn service: has opened.Invalid component.No real name authentication.Incomplete information.Single request: over limit.A quota was exceeded: preload.Invalid object path: malformed.Invalid extensive domain: value not supported.Preload queue full.Staging config: failed.Staging config: not found.Invalid object type: malformed.Invalid object path: size, malformed.A quota was exceeded: refresh.Quota per minute exceeded: refresh.Too many: refresh.Invalid stations: malformed.Certificate: missing parameter.Certificate: encode error.Certificate: decode error.Certificate: no private key.Internal: forbid error.Internal: config error.Create certificate failed.Abs: cert region, value not supported.Cert name already exists.Invalid function name: value not supported.Configuration conflicts.Gray config exist.Invalid domain: belong to config group.Invaild parameter.Operation denied account.Invalid region id: malformed.Resource: not exist.Tag key is invalid.Too many tags.Tag value is invalid.Tag key duplicated.Tag is invalid.Resource id is invalid.System tag is invalid.Custom tag is invalid.Missing domain name.Invalid type content: mismatch.",
        ends: &[
            0, 31, 66, 90, 111, 143, 179, 204, 222, 242, 272, 299, 328, 366, 405, 442,
            458, 484, 518, 549, 579, 607, 634, 644, 654, 683, 708, 735, 755, 773, 793,
            809, 827, 844, 877, 909, 942, 974, 1001, 1013, 1040, 1063, 1081, 1105, 1131,
            1155, 1182, 1205, 1224, 1254, 1281, 1304, 1333, 1364, 1391, 1421, 1471, 1515,
            1560, 1590, 1606, 1648, 1675, 1702, 1718, 1734, 1758, 1786, 1808, 1848, 1874,
            1888, 1910, 1934, 1960, 1982, 1997, 2018, 2050, 2071, 2098, 2112, 2127, 2142,
            2162, 2194, 2219, 2248, 2272, 2301, 2330, 2362, 2386, 2426, 2446, 2477, 2513,
            2545, 2572, 2594, 2621, 2646, 2674, 2699, 2715, 2729, 2758, 2783, 2811, 2834,
            2864, 2892, 2917, 2937, 2964, 2991, 3018, 3034, 3052, 3075, 3095, 3116, 3144,
            3174, 3195, 3222, 3246, 3274, 3304, 3329, 3359, 3407, 3434, 3457, 3487, 3518,
            3542, 3560, 3579, 3597, 3617, 3640, 3665, 3688, 3718, 3746, 3773, 3813, 3854,
            3893, 3912, 3938, 3956, 3980, 4004, 4027, 4054, 4070, 4102, 4145, 4193, 4212,
            4239, 4255, 4268, 4313, 4354, 4390, 4435, 4455, 4482, 4508, 4533, 4571, 4608,
            4643, 4666, 4684, 4704, 4734, 4754, 4787, 4809, 4831, 4866, 4900, 4943, 4972,
            4997, 5015, 5043, 5066, 5093, 5123, 5154, 5200, 5219, 5242, 5268, 5299, 5336,
            5366, 5401, 5419, 5447, 5478, 5504, 5530, 5558, 5581, 5604, 5630, 5668, 5693,
            5736, 5760, 5778, 5817, 5835, 5860, 5889, 5909, 5928, 5942, 5963, 5982, 5997,
            6020, 6042, 6064, 6084, 6115,
        ],
    };
    static STATUSES: [u16; 232] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 403, 404, 400, 400, 400, 400, 400, 400, 500, 400, 400,
        400, 400, 400, 400, 400, 400, 403, 403, 403, 403, 404, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 403, 404, 404, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        500, 500, 500, 500, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 403, 404, 404, 406, 406, 406, 429, 429, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 500, 500, 400, 400, 400, 400, 400, 400, 400, 400, 403, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 232] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
        63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
        83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101,
        102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117,
        118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133,
        134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149,
        150, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166,
        167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182,
        183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198,
        199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214,
        215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230,
        231, 232,
    ];
    static RETRY: [::cloud_errors::Retry; 231] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 231] = ::cloud_errors::__private::category_column(
        b"cccccccccccccccccccccccccccccccccccccgeccccccmccccccccggggeccccccccccccccccccccccccccgeeccccccccccccccccccccccccmmmmmcccccccccccccgeeiiihhcccccccccccceccccccccccccccccccccccccgcciccccccccccccchccccecchcccccccmmccccccccgcccccccccccc",
    );
    static PILOTS: [u16; 58] = [
        4, 62, 34, 9, 15, 85, 21, 15, 0, 21, 14, 9, 0, 31, 1, 51, 2, 2, 14, 6, 0, 1, 30,
        5, 1, 4, 87, 15, 3, 52, 39, 30, 0, 18, 81, 119, 69, 15, 2, 13, 3, 0, 10, 98, 164,
        12, 15, 94, 0, 145, 11, 51, 22, 24, 211, 15, 70, 2,
    ];
    static SLOTS: [(&str, u32); 256] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            197, 229, 134, 169, 79, 53, 220, 154, 152, 116, 97, 29, 64, 191, 43, 101, 15,
            37, 21, 140, 125, 48, 87, 121, 153, 126, 67, 4294967295, 162, 4294967295,
            119, 14, 195, 100, 149, 115, 227, 206, 4294967295, 72, 59, 57, 132, 133, 16,
            4294967295, 24, 200, 205, 196, 167, 4294967295, 150, 28, 61, 112, 175, 40,
            4294967295, 163, 174, 34, 170, 127, 181, 0, 31, 4294967295, 73, 180, 9,
            4294967295, 4, 4294967295, 184, 145, 36, 4294967295, 85, 113, 124, 123, 138,
            106, 19, 179, 166, 120, 20, 178, 35, 54, 194, 78, 4294967295, 84, 82, 230,
            108, 4294967295, 215, 128, 209, 77, 81, 158, 144, 32, 183, 107, 91, 137, 172,
            204, 143, 202, 156, 95, 83, 74, 151, 148, 213, 30, 189, 22, 190, 2, 216, 160,
            218, 65, 212, 171, 159, 225, 122, 26, 96, 168, 226, 13, 39, 141, 8, 157, 164,
            17, 62, 4294967295, 58, 110, 49, 165, 51, 80, 208, 4294967295, 182, 46, 210,
            211, 136, 109, 142, 4294967295, 217, 186, 66, 92, 176, 131, 63, 89, 224, 7,
            187, 75, 90, 10, 161, 111, 155, 117, 228, 18, 42, 47, 201, 104, 4294967295,
            4294967295, 99, 3, 6, 221, 173, 4294967295, 55, 68, 70, 27, 56, 33,
            4294967295, 45, 12, 44, 102, 146, 4294967295, 50, 103, 4294967295, 69, 38,
            193, 199, 147, 4294967295, 177, 88, 4294967295, 41, 4294967295, 198, 219,
            118, 76, 4294967295, 139, 105, 192, 60, 23, 98, 185, 25, 135, 94, 52, 188,
            222, 223, 1, 207, 5, 93, 114, 11, 203, 86, 71, 129, 130, 214,
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
    ::cloud_errors::__private::impl_code!(
        unsafe impl Code, ::cloud_errors::alibaba::Code
    );
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Alibaba Cloud dcdn";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud dcdn's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud dcdn: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
