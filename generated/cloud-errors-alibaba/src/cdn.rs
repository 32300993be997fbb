// @generated from catalogs/alibaba/cdn.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Cdn: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Cdn: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidDomainName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain name: malformed.
    InvalidDomainNameMalformed,
    /// `MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `InvalidCdnType.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cdn type: malformed.
    InvalidCdnTypeMalformed,
    /// `InvalidSources.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid sources: malformed.
    InvalidSourcesMalformed,
    /// `InvalidSourceType.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid source type: malformed.
    InvalidSourceTypeMalformed,
    /// `InvalidSource.Priority.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid source: priority, malformed.
    InvalidSourcePriorityMalformed,
    /// `InvalidTypeAndContent.MissMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid type and content: miss match.
    InvalidTypeAndContentMissMatch,
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
    /// `InnerAddDomainDenied`: HTTP 400; retry: never; category: invalid_argument.
    /// Inner add domain denied.
    InnerAddDomainDenied,
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
    /// `InvalidTopLevelDomain.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid top level domain: malformed.
    InvalidTopLevelDomainMalformed,
    /// `TopLevelDomain.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Top level domain: not found.
    TopLevelDomainNotFound,
    /// `EntityNotExists.ResourceGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Entity not exists: resource group.
    EntityNotExistsResourceGroup,
    /// `EntityNotExist.ResourceGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Entity not exist: resource group.
    EntityNotExistResourceGroup,
    /// `InvalidStatus.ResourceGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: resource group.
    InvalidStatusResourceGroup,
    /// `NotInternationRealIdentity`: HTTP 400; retry: never; category: invalid_argument.
    /// Not internation real identity.
    NotInternationRealIdentity,
    /// `Abs.CheckUrl.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Abs: check url, malformed.
    AbsCheckUrlMalformed,
    /// `RecordCheckNotAvailable`: HTTP 400; retry: never; category: invalid_argument.
    /// Record check not available.
    RecordCheckNotAvailable,
    /// `IcpBlack`: HTTP 400; retry: never; category: invalid_argument.
    /// Icp black.
    IcpBlack,
    /// `IspBlack`: HTTP 400; retry: never; category: invalid_argument.
    /// Isp black.
    IspBlack,
    /// `DomainOwnerVerifyFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain owner verify fail.
    DomainOwnerVerifyFail,
    /// `TopLevelDomain.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Top level domain: mismatch.
    TopLevelDomainMismatch,
    /// `DomainInBlacklist`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain in blacklist.
    DomainInBlacklist,
    /// `InvalidTagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag key.
    InvalidTagKey,
    /// `InvalidTagValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag value.
    InvalidTagValue,
    /// `InvalidTagKey.Repeated`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag key: repeated.
    InvalidTagKeyRepeated,
    /// `InvalidTag`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag.
    InvalidTag,
    /// `InvalidTagKey.OverLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag key: over limit.
    InvalidTagKeyOverLimit,
    /// `SourceInBlacklist`: HTTP 400; retry: never; category: invalid_argument.
    /// Source in blacklist.
    SourceInBlacklist,
    /// `ReservedTagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Reserved tag key.
    ReservedTagKey,
    /// `DomainOverLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain over limit.
    DomainOverLimit,
    /// `AccountException`: HTTP 403; retry: never; category: permission_denied.
    /// Account exception.
    AccountException,
    /// `NotFound.EventMeta`: HTTP 400; retry: never; category: invalid_argument.
    /// Not found: event meta.
    NotFoundEventMeta,
    /// `Duplicated.FCTrigger`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated: FC trigger.
    DuplicatedFcTrigger,
    /// `InvalidParameter.TriggerARN`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: trigger ARN.
    InvalidParameterTriggerArn,
    /// `InvalidParameter.SourceARN`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: source ARN.
    InvalidParameterSourceArn,
    /// `InvalidParameter.FunctionARN`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: function ARN.
    InvalidParameterFunctionArn,
    /// `InvalidParameter.RoleARN`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: role ARN.
    InvalidParameterRoleArn,
    /// `PermissionDeny`: HTTP 403; retry: never; category: permission_denied.
    /// Permission deny.
    PermissionDeny,
    /// `DeleteFunctionFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Delete function failed.
    DeleteFunctionFailed,
    /// `EdgeScriptCountExceedLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Edge script count exceed limit.
    EdgeScriptCountExceedLimit,
    /// `EdgeScripOptionsHasInnerConfig`: HTTP 400; retry: never; category: invalid_argument.
    /// Edge scrip options has inner config.
    EdgeScripOptionsHasInnerConfig,
    /// `EdgeScriptNotSupportJs`: HTTP 400; retry: never; category: invalid_argument.
    /// Edge script not support js.
    EdgeScriptNotSupportJs,
    /// `InvalidRule.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid rule: malformed.
    InvalidRuleMalformed,
    /// `EdgeScriptGrammarNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Edge script grammar not support.
    EdgeScriptGrammarNotSupport,
    /// `InvaildBatchIp.LengthTooLong`: HTTP 400; retry: never; category: invalid_argument.
    /// Invaild batch ip: length too long.
    InvaildBatchIpLengthTooLong,
    /// `InvaildParameter`: HTTP 403; retry: never; category: permission_denied.
    /// Invaild parameter.
    InvaildParameter,
    /// `InvalidFunctions.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid functions: malformed.
    InvalidFunctionsMalformed,
    /// `InvalidArgValue.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid arg value: malformed.
    InvalidArgValueMalformed,
    /// `InvalidFunctionArgs.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid function args: malformed.
    InvalidFunctionArgsMalformed,
    /// `InvalidHeaderKey.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid header key: value not supported.
    InvalidHeaderKeyValueNotSupported,
    /// `TooManyDomains`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many domains.
    TooManyDomains,
    /// `ConfigurationConflicts`: HTTP 400; retry: never; category: invalid_argument.
    /// Configuration conflicts.
    ConfigurationConflicts,
    /// `InvalidFunction.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid function: not supported.
    InvalidFunctionNotSupported,
    /// `InvalidDomain.BelongToConfigGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain: belong to config group.
    InvalidDomainBelongToConfigGroup,
    /// `EntityNotExist.Role`: HTTP 400; retry: never; category: invalid_argument.
    /// Entity not exist: role.
    EntityNotExistRole,
    /// `MissingParameterFunctions`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing parameter functions.
    MissingParameterFunctions,
    /// `NoPermission.SLR`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission: SLR.
    NoPermissionSlr,
    /// `ConfigExceedLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Config exceed limit.
    ConfigExceedLimit,
    /// `ServiceInvokeFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Service invoke failed.
    ServiceInvokeFailed,
    /// `ConfigParentExceedLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Config parent exceed limit.
    ConfigParentExceedLimit,
    /// `Function.InvalidParentId`: HTTP 400; retry: never; category: invalid_argument.
    /// Function: invalid parent id.
    FunctionInvalidParentId,
    /// `BatchSetBusinessError`: HTTP 400; retry: never; category: invalid_argument.
    /// Batch set business error.
    BatchSetBusinessError,
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
    /// `InvalidDomain.Offline`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain: offline.
    InvalidDomainOffline,
    /// `DomainInProtectedMode`: HTTP 403; retry: never; category: permission_denied.
    /// Domain in protected mode.
    DomainInProtectedMode,
    /// `CertName.MissingParameter`: HTTP 404; retry: never; category: not_found.
    /// Cert name: missing parameter.
    CertNameMissingParameter,
    /// `MissingDomainName`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing domain name.
    MissingDomainName,
    /// `InvalidSource.Content.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid source: content, malformed.
    InvalidSourceContentMalformed,
    /// `InvalidTypeContent.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid type content: mismatch.
    InvalidTypeContentMismatch,
    /// `MissingSource.Content`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing source: content.
    MissingSourceContent,
    /// `MissingSource.Type`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing source: type.
    MissingSourceType,
    /// `InvalidSource.Type.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid source: type, malformed.
    InvalidSourceTypeMalformed2,
    /// `DomainVerifyFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain verify fail.
    DomainVerifyFail,
    /// `DcdnServiceNotFound`: HTTP 403; retry: never; category: permission_denied.
    /// Dcdn service not found.
    DcdnServiceNotFound,
    /// `DomainExist.OtherUser`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain exist: other user.
    DomainExistOtherUser,
    /// `DomainExist.OtherProduct`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain exist: other product.
    DomainExistOtherProduct,
    /// `-124`: HTTP 400; retry: never; category: invalid_argument.
    /// Numeric error code \-124; see the product\'s documentation for its meaning.
    Code124,
    /// `CheckDomainICPFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Check domain ICP fail.
    CheckDomainIcpFail,
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
    InternalError,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
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
    /// `Unauthorized`: HTTP 400, 401; retry: never; category: invalid_argument.
    /// The request is not authorized.
    Unauthorized,
    /// `LogstoreNotExist`: HTTP 404; retry: never; category: not_found.
    /// Logstore not exist.
    LogstoreNotExist,
    /// `InvalidDomain.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid domain: not found.
    InvalidDomainNotFound,
    /// `MissingTimeParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing time parameter.
    MissingTimeParameter,
    /// `InvalidStartTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time: malformed.
    InvalidStartTimeMalformed,
    /// `InvalidEndTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end time: malformed.
    InvalidEndTimeMalformed,
    /// `InvalidStartTime.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time: value not supported.
    InvalidStartTimeValueNotSupported,
    /// `InvalidParameterProduct`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter product.
    InvalidParameterProduct,
    /// `InvalidParameterDimension`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter dimension.
    InvalidParameterDimension,
    /// `InvalidParameterBillType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter bill type.
    InvalidParameterBillType,
    /// `InvalidParameterAliuid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter aliuid.
    InvalidParameterAliuid,
    /// `InvalidParameterStartTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter start time.
    InvalidParameterStartTime,
    /// `InvalidParameterEndTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter end time.
    InvalidParameterEndTime,
    /// `InvalidTimeRange`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time range.
    InvalidTimeRange,
    /// `InvalidParameterOperator`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter operator.
    InvalidParameterOperator,
    /// `RewriteHostRely`: HTTP 400; retry: never; category: invalid_argument.
    /// Rewrite host rely.
    RewriteHostRely,
    /// `OperationDenied`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied.
    OperationDenied,
    /// `GrayConfigIsNull`: HTTP 400; retry: never; category: invalid_argument.
    /// Gray config is null.
    GrayConfigIsNull,
    /// `InvalidTaskId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid task id: malformed.
    InvalidTaskIdMalformed,
    /// `MISS_PARAMETER`: HTTP 400; retry: never; category: invalid_argument.
    /// MISS PARAMETER.
    MissParameter,
    /// `INVALID_PARAMETER`: HTTP 400; retry: never; category: invalid_argument.
    /// INVALID PARAMETER.
    InvalidParameter2,
    /// `FAILED`: HTTP 400; retry: never; category: invalid_argument.
    /// FAILED.
    Failed,
    /// `InvalidCertId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cert id: not found.
    InvalidCertIdNotFound,
    /// `Abs.CertRegion.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Abs: cert region, value not supported.
    AbsCertRegionValueNotSupported,
    /// `InvalidPageNumber.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid page number: value not supported.
    InvalidPageNumberValueNotSupported,
    /// `InvalidPageSize.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid page size: value not supported.
    InvalidPageSizeValueNotSupported,
    /// `Certificate.DecodeError`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate: decode error.
    CertificateDecodeError,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError2,
    /// `InvalidEndTime.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end time: mismatch.
    InvalidEndTimeMismatch,
    /// `NoHttpsDomain`: HTTP 400; retry: never; category: invalid_argument.
    /// No https domain.
    NoHttpsDomain,
    /// `InvalidCertIdentifier.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cert identifier: value not supported.
    InvalidCertIdentifierValueNotSupported,
    /// `NotFoundCertList`: HTTP 400; retry: never; category: invalid_argument.
    /// Not found cert list.
    NotFoundCertList,
    /// `UnsupportedParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported parameter.
    UnsupportedParameter,
    /// `InternetChargeTypeInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Internet charge type invalid.
    InternetChargeTypeInvalid,
    /// `InvalidTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time: malformed.
    InvalidTimeMalformed,
    /// `InvalidTimeSpan`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time span.
    InvalidTimeSpan,
    /// `BillTypeNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Bill type not found.
    BillTypeNotFound,
    /// `InvalidArgName.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid arg name: value not supported.
    InvalidArgNameValueNotSupported,
    /// `InvalidDomainStatus.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain status: value not supported.
    InvalidDomainStatusValueNotSupported,
    /// `InvalidDomainSearchType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain search type: value not supported.
    InvalidDomainSearchTypeValueNotSupported,
    /// `InvalidChangeStartTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid change start time: malformed.
    InvalidChangeStartTimeMalformed,
    /// `InvalidChangeEndTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid change end time: malformed.
    InvalidChangeEndTimeMalformed,
    /// `CdnServiceNotFound`: HTTP 403; retry: never; category: permission_denied.
    /// Cdn service not found.
    CdnServiceNotFound,
    /// `InvalidParameterRegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter region id.
    InvalidParameterRegionId,
    /// `InvalidParameterDomain`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter domain.
    InvalidParameterDomain,
    /// `DomainNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain not exist.
    DomainNotExist,
    /// `CertNotExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// Cert not existed.
    CertNotExisted,
    /// `SignatureDoesNotMatch`: HTTP 403; retry: never; category: permission_denied.
    /// Signature does not match.
    SignatureDoesNotMatch,
    /// `InvalidConfigId`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid config id.
    InvalidConfigId,
    /// `Config.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Config: not found.
    ConfigNotFound,
    /// `InvalidIspParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid isp parameter.
    InvalidIspParameter,
    /// `DomainNameOverLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain name over limit.
    DomainNameOverLimit,
    /// `InvalidTimePoint.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time point: malformed.
    InvalidTimePointMalformed,
    /// `InvalidDomainName`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain name.
    InvalidDomainName,
    /// `InvalidPageSize.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid page size: malformed.
    InvalidPageSizeMalformed,
    /// `InvalidPageSize.ExceedsMaximum`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid page size: exceeds maximum.
    InvalidPageSizeExceedsMaximum,
    /// `InvalidPageSize.ExceedsMinimum`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid page size: exceeds minimum.
    InvalidPageSizeExceedsMinimum,
    /// `InvalidPath.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid path: malformed.
    InvalidPathMalformed,
    /// `InvalidDomainName.TooShort`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain name: too short.
    InvalidDomainNameTooShort,
    /// `InvalidPageNumber.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid page number: malformed.
    InvalidPageNumberMalformed,
    /// `InvalidPageNumber.ExceedsMinimum`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid page number: exceeds minimum.
    InvalidPageNumberExceedsMinimum,
    /// `InvalidTime.OverRange`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time: over range.
    InvalidTimeOverRange,
    /// `InvalidTime.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time: value not supported.
    InvalidTimeValueNotSupported,
    /// `InvalidDomainName.Overlimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain name: overlimit.
    InvalidDomainNameOverlimit,
    /// `InvalidInterval.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid interval: malformed.
    InvalidIntervalMalformed,
    /// `Domain.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Domain: not found.
    DomainNotFound,
    /// `InvalidDomainName.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain name: mismatch.
    InvalidDomainNameMismatch,
    /// `InvalidParameterType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter type.
    InvalidParameterType,
    /// `InvalidParameterField`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter field.
    InvalidParameterField,
    /// `InvalidIntervalParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid interval parameter.
    InvalidIntervalParameter,
    /// `InvalidSources.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid sources: not found.
    InvalidSourcesNotFound,
    /// `NotFound.FCTrigger`: HTTP 404; retry: never; category: not_found.
    /// Not found: FC trigger.
    NotFoundFcTrigger,
    /// `InvalidIP.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid IP: value not supported.
    InvalidIpValueNotSupported,
    /// `InvalidArgIps.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid arg ips: malformed.
    InvalidArgIpsMalformed,
    /// `InvalidArgIps.IpCanNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid arg ips: ip can not found.
    InvalidArgIpsIpCanNotFound,
    /// `IllegalOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal operation.
    IllegalOperation,
    /// `SingleRequest.OverLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Single request: over limit.
    SingleRequestOverLimit,
    /// `SystemBusy`: HTTP 403; retry: never; category: permission_denied.
    /// System busy.
    SystemBusy,
    /// `InvalidParameters`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameters.
    InvalidParameters,
    /// `InvalidTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time.
    InvalidTime,
    /// `TooManyRequests`: HTTP 429, 400; retry: never; category: resource_exhausted.
    /// Too many requests.
    TooManyRequests,
    /// `InvalidObjectPath.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid object path: malformed.
    InvalidObjectPathMalformed,
    /// `MissingParameter.ObjectType`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: object type.
    MissingParameterObjectType,
    /// `InvalidEndTime.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end time: value not supported.
    InvalidEndTimeValueNotSupported,
    /// `InvalidObjectType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid object type: value not supported.
    InvalidObjectTypeValueNotSupported,
    /// `InvalidStatus.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: value not supported.
    InvalidStatusValueNotSupported,
    /// `MissingConfig`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing config.
    MissingConfig,
    /// `InvalidConfig.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid config: value not supported.
    InvalidConfigValueNotSupported,
    /// `Domains.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Domains: not found.
    DomainsNotFound,
    /// `DomainsNotFound`: HTTP 404; retry: never; category: not_found.
    /// Domains not found.
    DomainsNotFound2,
    /// `InvalidRegionId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid region id: malformed.
    InvalidRegionIdMalformed,
    /// `MissParameter.TagOrResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: tag or resource id.
    MissParameterTagOrResourceId,
    /// `TagIsInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag is invalid.
    TagIsInvalid,
    /// `ResourceIdIsInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource id is invalid.
    ResourceIdIsInvalid,
    /// `TagKeyIsInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag key is invalid.
    TagKeyIsInvalid,
    /// `TagValueIsInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag value is invalid.
    TagValueIsInvalid,
    /// `ConfgIds.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Confg ids: not found.
    ConfgIdsNotFound,
    /// `Abs.Sources.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Abs: sources, malformed.
    AbsSourcesMalformed,
    /// `InvalidDomain.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain: not exist.
    InvalidDomainNotExist,
    /// `DomainTransferFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain transfer fail.
    DomainTransferFail,
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
    /// `InvalidInternetChargeType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid internet charge type: value not supported.
    InvalidInternetChargeTypeValueNotSupported,
    /// `CdnService.HasOpened`: HTTP 400; retry: never; category: invalid_argument.
    /// Cdn service: has opened.
    CdnServiceHasOpened,
    /// `InsufficientBalance`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient balance.
    InsufficientBalance,
    /// `NoRealNameAuthentication`: HTTP 400; retry: never; category: invalid_argument.
    /// No real name authentication.
    NoRealNameAuthentication,
    /// `VertifyFailInvalidPayMethod`: HTTP 400; retry: never; category: invalid_argument.
    /// Vertify fail invalid pay method.
    VertifyFailInvalidPayMethod,
    /// `VertifyFailUserProfileComplete`: HTTP 400; retry: never; category: invalid_argument.
    /// Vertify fail user profile complete.
    VertifyFailUserProfileComplete,
    /// `CreateOrderFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Create order failed.
    CreateOrderFailed,
    /// `QueryInfoError`: HTTP 400; retry: never; category: invalid_argument.
    /// Query info error.
    QueryInfoError,
    /// `Forbidden.Intl`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: intl.
    ForbiddenIntl,
    /// `Forbidden.BidUser`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: bid user.
    ForbiddenBidUser,
    /// `StagingConfig.Failed`: HTTP 400; retry: never; category: invalid_argument.
    /// Staging config: failed.
    StagingConfigFailed,
    /// `StagingConfig.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Staging config: not found.
    StagingConfigNotFound,
    /// `QuotaExceeded.Preload`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: preload.
    QuotaExceededPreload,
    /// `InvalidExtensiveDomain.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid extensive domain: value not supported.
    InvalidExtensiveDomainValueNotSupported,
    /// `PreloadQueueFull`: HTTP 400; retry: never; category: invalid_argument.
    /// Preload queue full.
    PreloadQueueFull,
    /// `QuotaPerMinuteExceeded.Refresh`: HTTP 400; retry: never; category: invalid_argument.
    /// Quota per minute exceeded: refresh.
    QuotaPerMinuteExceededRefresh,
    /// `InvalidObjectPath.ExceedsMaximum`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid object path: exceeds maximum.
    InvalidObjectPathExceedsMaximum,
    /// `InvalidCustomHeader`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid custom header.
    InvalidCustomHeader,
    /// `InvalidObjectType.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid object type: malformed.
    InvalidObjectTypeMalformed,
    /// `InvalidObjectPath.Size.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid object path: size, malformed.
    InvalidObjectPathSizeMalformed,
    /// `QuotaExceeded.Refresh`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: refresh.
    QuotaExceededRefresh,
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
    /// `CertNameAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Cert name already exists.
    CertNameAlreadyExists,
    /// `InvalidFunctionName.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid function name: value not supported.
    InvalidFunctionNameValueNotSupported,
    /// `GrayConfigExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Gray config exist.
    GrayConfigExist,
    /// `MissingRequiredArg`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing required arg.
    MissingRequiredArg,
    /// `InvalidServerCertificateStatus.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid server certificate status: value not supported.
    InvalidServerCertificateStatusValueNotSupported,
    /// `IllegalOperationDomain`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal operation domain.
    IllegalOperationDomain,
    /// `Certificate.NotPermittedOff`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate: not permitted off.
    CertificateNotPermittedOff,
    /// `Certificate.SettedNotEffect`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate: setted not effect.
    CertificateSettedNotEffect,
    /// `InvalidSSLPubOrInvalidSSLPri`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid SSL pub or invalid SSL pri.
    InvalidSslPubOrInvalidSslPri,
    /// `InvalidKey.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid key: malformed.
    InvalidKeyMalformed,
    /// `Resource.NotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource: not exist.
    ResourceNotExist,
    /// `TooManyTags`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTags,
    /// `TagKeyRepeated`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag key repeated.
    TagKeyRepeated,
    /// `SystemTagIsInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// System tag is invalid.
    SystemTagIsInvalid,
    /// `CustomTagIsInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Custom tag is invalid.
    CustomTagIsInvalid,
    /// `InvalidFile`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid file.
    InvalidFile,
    /// `VerifyError`: HTTP 400; retry: never; category: invalid_argument.
    /// Verify error.
    VerifyError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 274] = [
        "InvalidDomainName.Malformed",
        "MissingParameter",
        "InvalidCdnType.Malformed",
        "InvalidSources.Malformed",
        "InvalidSourceType.Malformed",
        "InvalidSource.Priority.Malformed",
        "InvalidTypeAndContent.MissMatch",
        "InvalidScope.Malformed",
        "SourceIp.Exceed",
        "InvalidCertificate",
        "InvalidCertificate.TooLong",
        "InnerAddDomainDenied",
        "CheckSourceHealthFailed",
        "ExtensiveAndAllBothExist",
        "CdnTypeNotSupportExtensiveDomain",
        "ExtensiveAndSpecificDomainConflict",
        "InvalidResourceGroupId.Malformed",
        "DomainReserved",
        "InvalidDomainNameLevel",
        "InvalidTopLevelDomain.Malformed",
        "TopLevelDomain.NotFound",
        "EntityNotExists.ResourceGroup",
        "EntityNotExist.ResourceGroup",
        "InvalidStatus.ResourceGroup",
        "NotInternationRealIdentity",
        "Abs.CheckUrl.Malformed",
        "RecordCheckNotAvailable",
        "IcpBlack",
        "IspBlack",
        "DomainOwnerVerifyFail",
        "TopLevelDomain.Mismatch",
        "DomainInBlacklist",
        "InvalidTagKey",
        "InvalidTagValue",
        "InvalidTagKey.Repeated",
        "InvalidTag",
        "InvalidTagKey.OverLimit",
        "SourceInBlacklist",
        "ReservedTagKey",
        "DomainOverLimit",
        "AccountException",
        "NotFound.EventMeta",
        "Duplicated.FCTrigger",
        "InvalidParameter.TriggerARN",
        "InvalidParameter.SourceARN",
        "InvalidParameter.FunctionARN",
        "InvalidParameter.RoleARN",
        "PermissionDeny",
        "DeleteFunctionFailed",
        "EdgeScriptCountExceedLimit",
        "EdgeScripOptionsHasInnerConfig",
        "EdgeScriptNotSupportJs",
        "InvalidRule.Malformed",
        "EdgeScriptGrammarNotSupport",
        "InvaildBatchIp.LengthTooLong",
        "InvaildParameter",
        "InvalidFunctions.Malformed",
        "InvalidArgValue.Malformed",
        "InvalidFunctionArgs.Malformed",
        "InvalidHeaderKey.ValueNotSupported",
        "TooManyDomains",
        "ConfigurationConflicts",
        "InvalidFunction.NotSupported",
        "InvalidDomain.BelongToConfigGroup",
        "EntityNotExist.Role",
        "MissingParameterFunctions",
        "NoPermission.SLR",
        "ConfigExceedLimit",
        "ServiceInvokeFailed",
        "ConfigParentExceedLimit",
        "Function.InvalidParentId",
        "BatchSetBusinessError",
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
        "InvalidDomain.Offline",
        "DomainInProtectedMode",
        "CertName.MissingParameter",
        "MissingDomainName",
        "InvalidSource.Content.Malformed",
        "InvalidTypeContent.Mismatch",
        "MissingSource.Content",
        "MissingSource.Type",
        "InvalidSource.Type.Malformed",
        "DomainVerifyFail",
        "DcdnServiceNotFound",
        "DomainExist.OtherUser",
        "DomainExist.OtherProduct",
        "-124",
        "CheckDomainICPFail",
        "InvalidValue.Malformed",
        "Internal.KeyError",
        "Internal.CreateCSRError",
        "Internal.EncodeCSRError",
        "Internal.EncodeKeyError",
        "Internal.Error",
        "InvalidParameter",
        "TimeParseFailed",
        "SubscriptionNotFound",
        "NameAlreadyExists",
        "DeliverExceedLimit",
        "SubscriptionAlreadyExists",
        "Unauthorized",
        "LogstoreNotExist",
        "InvalidDomain.NotFound",
        "MissingTimeParameter",
        "InvalidStartTime.Malformed",
        "InvalidEndTime.Malformed",
        "InvalidStartTime.ValueNotSupported",
        "InvalidParameterProduct",
        "InvalidParameterDimension",
        "InvalidParameterBillType",
        "InvalidParameterAliuid",
        "InvalidParameterStartTime",
        "InvalidParameterEndTime",
        "InvalidTimeRange",
        "InvalidParameterOperator",
        "RewriteHostRely",
        "OperationDenied",
        "GrayConfigIsNull",
        "InvalidTaskId.Malformed",
        "MISS_PARAMETER",
        "INVALID_PARAMETER",
        "FAILED",
        "InvalidCertId.NotFound",
        "Abs.CertRegion.ValueNotSupported",
        "InvalidPageNumber.ValueNotSupported",
        "InvalidPageSize.ValueNotSupported",
        "Certificate.DecodeError",
        "InternalError",
        "InvalidEndTime.Mismatch",
        "NoHttpsDomain",
        "InvalidCertIdentifier.ValueNotSupported",
        "NotFoundCertList",
        "UnsupportedParameter",
        "InternetChargeTypeInvalid",
        "InvalidTime.Malformed",
        "InvalidTimeSpan",
        "BillTypeNotFound",
        "InvalidArgName.ValueNotSupported",
        "InvalidDomainStatus.ValueNotSupported",
        "InvalidDomainSearchType.ValueNotSupported",
        "InvalidChangeStartTime.Malformed",
        "InvalidChangeEndTime.Malformed",
        "CdnServiceNotFound",
        "InvalidParameterRegionId",
        "InvalidParameterDomain",
        "DomainNotExist",
        "CertNotExisted",
        "SignatureDoesNotMatch",
        "InvalidConfigId",
        "Config.NotFound",
        "InvalidIspParameter",
        "DomainNameOverLimit",
        "InvalidTimePoint.Malformed",
        "InvalidDomainName",
        "InvalidPageSize.Malformed",
        "InvalidPageSize.ExceedsMaximum",
        "InvalidPageSize.ExceedsMinimum",
        "InvalidPath.Malformed",
        "InvalidDomainName.TooShort",
        "InvalidPageNumber.Malformed",
        "InvalidPageNumber.ExceedsMinimum",
        "InvalidTime.OverRange",
        "InvalidTime.ValueNotSupported",
        "InvalidDomainName.Overlimit",
        "InvalidInterval.Malformed",
        "Domain.NotFound",
        "InvalidDomainName.Mismatch",
        "InvalidParameterType",
        "InvalidParameterField",
        "InvalidIntervalParameter",
        "InvalidSources.NotFound",
        "NotFound.FCTrigger",
        "InvalidIP.ValueNotSupported",
        "InvalidArgIps.Malformed",
        "InvalidArgIps.IpCanNotFound",
        "IllegalOperation",
        "SingleRequest.OverLimit",
        "SystemBusy",
        "InvalidParameters",
        "InvalidTime",
        "TooManyRequests",
        "InvalidObjectPath.Malformed",
        "MissingParameter.ObjectType",
        "InvalidEndTime.ValueNotSupported",
        "InvalidObjectType.ValueNotSupported",
        "InvalidStatus.ValueNotSupported",
        "MissingConfig",
        "InvalidConfig.ValueNotSupported",
        "Domains.NotFound",
        "DomainsNotFound",
        "InvalidRegionId.Malformed",
        "MissParameter.TagOrResourceId",
        "TagIsInvalid",
        "ResourceIdIsInvalid",
        "TagKeyIsInvalid",
        "TagValueIsInvalid",
        "ConfgIds.NotFound",
        "Abs.Sources.Malformed",
        "InvalidDomain.NotExist",
        "DomainTransferFail",
        "Schedule.NotFound",
        "DomainTraffic.ExceedThreshold",
        "Domain.BeianInvalid",
        "Schedule.ChangeFail",
        "InvalidInternetChargeType.ValueNotSupported",
        "CdnService.HasOpened",
        "InsufficientBalance",
        "NoRealNameAuthentication",
        "VertifyFailInvalidPayMethod",
        "VertifyFailUserProfileComplete",
        "CreateOrderFailed",
        "QueryInfoError",
        "Forbidden.Intl",
        "Forbidden.BidUser",
        "StagingConfig.Failed",
        "StagingConfig.NotFound",
        "QuotaExceeded.Preload",
        "InvalidExtensiveDomain.ValueNotSupported",
        "PreloadQueueFull",
        "QuotaPerMinuteExceeded.Refresh",
        "InvalidObjectPath.ExceedsMaximum",
        "InvalidCustomHeader",
        "InvalidObjectType.Malformed",
        "InvalidObjectPath.Size.Malformed",
        "QuotaExceeded.Refresh",
        "TooMany.Refresh",
        "InvalidStations.Malformed",
        "Certificate.MissingParameter",
        "Certificate.EncodeError",
        "Certificate.NoPrivateKey",
        "Internal.ForbidError",
        "Internal.ConfigError",
        "CreateCertificateFailed",
        "CertNameAlreadyExists",
        "InvalidFunctionName.ValueNotSupported",
        "GrayConfigExist",
        "MissingRequiredArg",
        "InvalidServerCertificateStatus.ValueNotSupported",
        "IllegalOperationDomain",
        "Certificate.NotPermittedOff",
        "Certificate.SettedNotEffect",
        "InvalidSSLPubOrInvalidSSLPri",
        "InvalidKey.Malformed",
        "Resource.NotExist",
        "TooManyTags",
        "TagKeyRepeated",
        "SystemTagIsInvalid",
        "CustomTagIsInvalid",
        "InvalidFile",
        "VerifyError",
    ];
    static NAME_CODES: [u32; 28] = [
        42, 43, 44, 45, 46, 66, 72, 73, 74, 75, 76, 88, 91, 93, 94, 105, 110, 111, 114,
        115, 143, 144, 145, 151, 195, 196, 213, 265,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "DuplicatedFcTriggerInvalidParameterTriggerArnInvalidParameterSourceArnInvalidParameterFunctionArnInvalidParameterRoleArnNoPermissionSlrInvalidSslProtocolValueNotSupportedSslPubMissingParameterSslPriMissingParameterInvalidSslPubInvalidSslPriCertStorageFailedInvalidDomainNotOnlineSslPubErrorSslPriErrorInvalidSourceTypeMalformed2Code124CheckDomainIcpFailInternalCreateCsrErrorInternalEncodeCsrErrorMissParameterInvalidParameter2FailedInternalError2NotFoundFcTriggerInvalidIpValueNotSupportedDomainsNotFound2InvalidSslPubOrInvalidSslPri",
        ends: &[
            0, 19, 45, 70, 97, 120, 135, 170, 192, 214, 227, 240, 257, 279, 290, 301,
            328, 335, 353, 375, 397, 410, 427, 433, 447, 464, 490, 506, 534,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Invalid domain name: malformed.A required parameter is missing.Invalid cdn type: malformed.Invalid sources: malformed.Invalid source type: malformed.Invalid source: priority, malformed.Invalid type and content: miss match.Invalid scope: malformed.Source ip: exceed.Invalid certificate.Invalid certificate: too long.Inner add domain denied.Check source health failed.Extensive and all both exist.Cdn type not support extensive domain.Extensive and specific domain conflict.Invalid resource group id: malformed.Domain reserved.Invalid domain name level.Invalid top level domain: malformed.Top level domain: not found.Entity not exists: resource group.Entity not exist: resource group.Invalid status: resource group.Not internation real identity.Abs: check url, malformed.Record check not available.Icp black.Isp black.Domain owner verify fail.Top level domain: mismatch.Domain in blacklist.Invalid tag key.Invalid tag value.Invalid tag key: repeated.Invalid tag.Invalid tag key: over limit.Source in blacklist.Reserved tag key.Domain over limit.Account exception.Not found: event meta.Duplicated: FC trigger.A parameter is invalid: trigger ARN.A parameter is invalid: source ARN.A parameter is invalid: function ARN.A parameter is invalid: role ARN.Permission deny.Delete function failed.Edge script count exceed limit.Edge scrip options has inner config.Edge script not support js.Invalid rule: malformed.Edge script grammar not support.Invaild batch ip: length too long.Invaild parameter.Invalid functions: malformed.Invalid arg value: malformed.Invalid function args: malformed.Invalid header key: value not supported.Too many domains.Configuration conflicts.Invalid function: not supported.Invalid domain: belong to config group.Entity not exist: role.Missing parameter functions.The caller has no permission: SLR.Config exceed limit.Service invoke failed.Config parent exceed limit.Function: invalid parent id.Batch set business error.Invalid SSL protocol: value not supported.SSL pub: missing parameter.SSL pri: missing parameter.Invalid SSL pub.Invalid SSL pri.Certificate: miss match.Invalid cert name: too long.Authentication failed.Set domain certificate: parameter error.Certificate: status error.Delete failed.Certificate: not find.Certificate: duplicated.Certificate: format error.Certificate: key null.Key: malformed.Cert storage: failed.Certificate content: duplicated.Certificate: expired.Invalid domain: not online.Decode: error.Ssl pub: error.Ssl pri: error.Domain in safe mode.Invalid domain number: too long.Invalid domain: offline.Domain in protected mode.Cert name: missing parameter.Missing domain name.Invalid source: content, malformed.Invalid type content: mismatch.Missing source: content.Missing source: type.Invalid source: type, malformed.Domain verify fail.Dcdn service not found.Domain exist: other user.Domain exist: other product.Numeric error code -124; see the product's documentation for its meaning.Check domain ICP fail.Invalid value: malformed.Internal: key error.Internal: create CSR error.Internal: encode CSR error.Internal: encode key error.Internal: error.A parameter is invalid.Time parse failed.Subscription not found.Name already exists.Deliver exceed limit.Subscription already exists.The request is not authorized.Logstore not exist.Invalid domain: not found.Missing time parameter.Invalid start time: malformed.Invalid end time: malformed.Invalid start time: value not supported.Invalid parameter product.Invalid parameter dimension.Invalid parameter bill type.Invalid parameter aliuid.Invalid parameter start time.Invalid parameter end time.Invalid time range.Invalid parameter operator.Rewrite host rely.Operation denied.Gray config is null.Invalid task id: malformed.MISS PARAMETER.INVALID PARAMETER.FAILED.Invalid cert id: not found.Abs: cert region, value not supported.Invalid page number: value not supported.Invalid page size: value not supported.Certificate: decode error.An internal error occurred.Invalid end time: mismatch.No https domain.Invalid cert identifier: value not supported.Not found cert list.Unsupported parameter.Internet charge type invalid.Invalid time: malformed.Invalid time span.Bill type not found.Invalid arg name: value not supported.Invalid domain status: value not supported.Invalid domain search type: value not supported.Invalid change start time: malformed.Invalid change end time: malformed.Cdn service not found.Invalid parameter region id.Invalid parameter domain.Domain not exist.Cert not existed.Signature does not match.Invalid config id.Config: not found.Invalid isp parameter.Domain name over limit.Invalid time point: malformed.Invalid domain name.Invalid page size: malformed.Invalid page size: exceeds maximum.Invalid page size: exceeds minimum.Invalid path: malformed.Invalid domain name: too short.Invalid page number: malformed.Invalid page number: exceeds minimum.Invalid time: over range.Invalid time: value not supported.Invalid domain name: overlimit.Invalid interval: malformed.Domain: not found.Invalid domain name: mismatch.Invalid parameter type.Invalid parameter field.Invalid interval parameter.Invalid sources: not found.Not found: FC trigger.Invalid IP: value not supported.Invalid arg ips: malformed.Invalid arg ips: ip can not found.Illegal operation.Single request: over limit.System busy.Invalid parameters.Invalid time.Too many requests.Invalid object path: malformed.A required parameter is missing: object type.Invalid end time: value not supported.Invalid object type: value not supported.Invalid status: value not supported.Missing config.Invalid config: value not supported.Domains: not found.Domains not found.Invalid region id: malformed.Miss parameter: tag or resource id.Tag is invalid.Resource id is invalid.Tag key is invalid.Tag value is invalid.Confg ids: not found.Abs: sources, malformed.Invalid domain: not exist.Domain transfer fail.Schedule: not found.Domain traffic: exceed threshold.Domain: beian invalid.Schedule: change fail.Invalid internet charge type: value not supported.Cdn service: has opened.Insufficient balance.No real name authentication.Vertify fail invalid pay method.Vertify fail user profile complete.Create order failed.Query info error.The request is forbidden: intl.The request is forbidden: bid user.Staging config: failed.Staging config: not found.A quota was exceeded: preload.Invalid extensive domain: value not supported.Preload queue full.Quota per minute exceeded: refresh.Invalid object path: exceeds maximum.Invalid custom header.Invalid object type: malformed.Invalid object path: size, malformed.A quota was exceeded: refresh.Too many: refresh.Invalid stations: malformed.Certificate: missing parameter.Certificate: encode error.Certificate: no private key.Internal: forbid error.Internal: config error.Create certificate failed.Cert name already exists.Invalid function name: value not supported.Gray config exist.Missing required arg.Invalid server certificate status: value not supported.Illegal operation domain.Certificate: not permitted off.Certificate: setted not effect.Invalid SSL pub or invalid SSL pri.Invalid key: malformed.Resource: not exist.Too many tags.Tag key repeated.System tag is invalid.Custom tag is invalid.Invalid file.Verify error.",
        ends: &[
            0, 31, 63, 91, 118, 149, 185, 222, 247, 265, 285, 315, 339, 366, 395, 433,
            472, 509, 525, 551, 587, 615, 649, 682, 713, 743, 769, 796, 806, 816, 841,
            868, 888, 904, 922, 948, 960, 988, 1008, 1025, 1043, 1061, 1083, 1106, 1142,
            1177, 1214, 1247, 1263, 1286, 1317, 1353, 1380, 1404, 1436, 1470, 1488, 1517,
            1546, 1579, 1619, 1636, 1660, 1692, 1731, 1754, 1782, 1816, 1836, 1858, 1885,
            1913, 1938, 1980, 2007, 2034, 2050, 2066, 2090, 2118, 2140, 2180, 2206, 2220,
            2242, 2266, 2292, 2314, 2329, 2350, 2382, 2403, 2430, 2444, 2459, 2474, 2494,
            2526, 2550, 2575, 2604, 2624, 2659, 2690, 2714, 2735, 2767, 2786, 2809, 2834,
            2862, 2935, 2957, 2982, 3002, 3029, 3056, 3083, 3099, 3122, 3140, 3163, 3183,
            3204, 3232, 3262, 3281, 3307, 3330, 3360, 3388, 3428, 3454, 3482, 3510, 3535,
            3564, 3591, 3610, 3637, 3655, 3672, 3692, 3719, 3734, 3752, 3759, 3786, 3824,
            3865, 3904, 3930, 3957, 3984, 4000, 4045, 4065, 4087, 4116, 4140, 4158, 4178,
            4216, 4259, 4307, 4344, 4379, 4401, 4429, 4454, 4471, 4488, 4513, 4531, 4549,
            4571, 4594, 4624, 4644, 4673, 4708, 4743, 4767, 4798, 4829, 4866, 4891, 4925,
            4956, 4984, 5002, 5032, 5055, 5079, 5106, 5133, 5155, 5187, 5214, 5248, 5266,
            5293, 5305, 5324, 5337, 5355, 5386, 5431, 5469, 5510, 5546, 5561, 5597, 5616,
            5634, 5663, 5698, 5713, 5736, 5755, 5776, 5797, 5821, 5847, 5868, 5888, 5921,
            5943, 5965, 6015, 6039, 6060, 6088, 6120, 6155, 6175, 6192, 6223, 6258, 6281,
            6307, 6337, 6383, 6402, 6437, 6474, 6496, 6527, 6564, 6594, 6612, 6640, 6671,
            6697, 6725, 6748, 6771, 6797, 6822, 6865, 6883, 6904, 6959, 6984, 7015, 7046,
            7081, 7104, 7124, 7138, 7155, 7177, 7199, 7212, 7225,
        ],
    };
    static STATUSES: [u16; 277] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 403, 400, 400, 400, 400, 400, 400, 403,
        400, 400, 400, 400, 400, 400, 400, 403, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 403, 404, 400, 400, 400, 400, 400, 400, 400, 403, 400, 400, 400, 400,
        400, 500, 500, 500, 500, 500, 400, 400, 400, 400, 400, 400, 400, 401, 404, 404,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 500, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 403, 400, 400, 400, 400, 403, 403, 404,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404,
        400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 403, 400, 400, 429, 400,
        400, 400, 400, 400, 400, 400, 400, 404, 404, 400, 400, 400, 400, 400, 400, 404,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403,
        403, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 500, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 275] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
        63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
        83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101,
        102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117,
        118, 119, 120, 121, 122, 123, 124, 126, 127, 129, 130, 131, 132, 133, 134, 135,
        136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151,
        152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167,
        168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183,
        184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199,
        200, 201, 202, 203, 204, 205, 206, 208, 209, 210, 211, 212, 213, 214, 215, 216,
        217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232,
        233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248,
        249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264,
        265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277,
    ];
    static RETRY: [::cloud_errors::Retry; 274] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccaacaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 274] = ::cloud_errors::__private::category_column(
        b"ccccccccccccccccccccccccccccccccccccccccgccccccgcccccccgccccccccccgcccccccccccccccccccccccccccccccgecccccccgcccccmmmmmccccccceecccccccccccccgccccccccccmccccccccccccccgccccggecccccccccccccccecccccecccccgcchccccccceeccccccecccccccccccccccggcehccccccchcccccmmcccccccccccccccccc",
    );
    static PILOTS: [u16; 69] = [
        15, 1, 21, 6, 14, 1, 36, 94, 30, 40, 40, 0, 24, 2, 81, 0, 17, 6, 11, 0, 10, 3, 1,
        11, 40, 16, 32, 3, 100, 27, 20, 3, 15, 0, 0, 1, 71, 70, 31, 26, 28, 8, 90, 0, 4,
        25, 4, 4, 1, 62, 86, 8, 2, 20, 2, 0, 52, 0, 4, 35, 21, 28, 1, 86, 11, 0, 65, 175,
        50,
    ];
    static SLOTS: [(&str, u32); 304] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            225, 23, 99, 127, 249, 54, 243, 267, 110, 71, 121, 157, 172, 69, 252,
            4294967295, 61, 85, 24, 155, 167, 189, 4294967295, 101, 104, 138, 47, 35,
            123, 257, 22, 239, 212, 259, 223, 91, 206, 148, 134, 120, 106, 64, 51, 237,
            213, 52, 27, 214, 269, 255, 141, 124, 4294967295, 195, 89, 115, 87, 137, 203,
            238, 180, 18, 116, 4294967295, 73, 163, 63, 95, 270, 263, 36, 4294967295,
            4294967295, 266, 247, 128, 230, 0, 166, 68, 75, 228, 80, 1, 8, 226, 182,
            4294967295, 4294967295, 4294967295, 43, 196, 44, 220, 202, 188, 159, 62,
            4294967295, 26, 231, 72, 29, 122, 132, 156, 118, 130, 265, 241, 117, 158,
            129, 5, 66, 40, 70, 219, 208, 4294967295, 6, 41, 11, 84, 55, 111, 240,
            4294967295, 215, 271, 65, 7, 264, 133, 135, 236, 109, 4294967295, 254, 222,
            187, 38, 37, 17, 4294967295, 21, 204, 146, 200, 152, 229, 3, 216, 192, 34,
            33, 53, 98, 4294967295, 131, 210, 19, 4294967295, 14, 79, 10, 217, 178, 92,
            15, 207, 105, 48, 100, 262, 31, 74, 113, 224, 151, 119, 246, 96, 209,
            4294967295, 176, 76, 4294967295, 46, 244, 49, 261, 28, 162, 234, 181, 145,
            4294967295, 97, 78, 4294967295, 168, 199, 56, 39, 161, 173, 20, 82, 242,
            4294967295, 58, 233, 4294967295, 170, 86, 42, 90, 4294967295, 103, 12, 9, 83,
            174, 194, 258, 93, 59, 45, 183, 190, 218, 32, 126, 201, 60, 25, 251, 94, 205,
            253, 108, 235, 114, 4294967295, 248, 143, 107, 13, 260, 125, 232, 4294967295,
            57, 193, 67, 154, 4294967295, 179, 171, 136, 30, 88, 81, 16, 227, 4294967295,
            198, 4294967295, 147, 268, 175, 169, 160, 139, 272, 165, 149, 185, 153, 164,
            4294967295, 140, 102, 256, 184, 142, 2, 77, 250, 4, 197, 186, 150, 245, 177,
            191, 273, 211, 221, 144, 112, 50, 4294967295,
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
    const PROVIDER: &'static str = "Alibaba Cloud Cdn";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Cdn's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Cdn: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
