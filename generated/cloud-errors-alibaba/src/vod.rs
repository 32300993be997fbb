// @generated from catalogs/alibaba/vod.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud vod: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud vod: a variant per documented code,
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
    /// `InvalidSourceStr.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid source str: malformed.
    InvalidSourceStrMalformed,
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
    /// `DomainOverLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain over limit.
    DomainOverLimit,
    /// `DomainAlreadyExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain already exist.
    DomainAlreadyExist,
    /// `DomainNotRegistration`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain not registration.
    DomainNotRegistration,
    /// `InvaildParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invaild parameter.
    InvaildParameter,
    /// `IllegalSources`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal sources.
    IllegalSources,
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
    /// `InvalidStatus.ResourceGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: resource group.
    InvalidStatusResourceGroup,
    /// `NotInternationRealIdentity`: HTTP 400; retry: never; category: invalid_argument.
    /// Not internation real identity.
    NotInternationRealIdentity,
    /// `TopLevelDomain.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Top level domain: mismatch.
    TopLevelDomainMismatch,
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
    /// `InvalidRule.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid rule: malformed.
    InvalidRuleMalformed,
    /// `InvalidFunction.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid function: not supported.
    InvalidFunctionNotSupported,
    /// `InvalidDomain.BelongToConfigGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain: belong to config group.
    InvalidDomainBelongToConfigGroup,
    /// `EntityNotExist.Role`: HTTP 403, 400; retry: never; category: permission_denied.
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
    /// `ConfigurationConflicts`: HTTP 400; retry: never; category: invalid_argument.
    /// Configuration conflicts.
    ConfigurationConflicts,
    /// `ServiceBusy`: HTTP 403; retry: backoff; category: unavailable.
    /// Service busy.
    ServiceBusy,
    /// `InvalidDomain.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid domain: not found.
    InvalidDomainNotFound,
    /// `InvalidBizDate.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid biz date: malformed.
    InvalidBizDateMalformed,
    /// `InvalidBizDate.BeyondCurrent`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid biz date: beyond current.
    InvalidBizDateBeyondCurrent,
    /// `InvalidParamter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid paramter.
    InvalidParamter,
    /// `InvalidStartTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time: malformed.
    InvalidStartTimeMalformed,
    /// `InvalidEndTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end time: malformed.
    InvalidEndTimeMalformed,
    /// `InvalidEndTime.BeyondCurrent`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end time: beyond current.
    InvalidEndTimeBeyondCurrent,
    /// `InvalidEndTime.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end time: mismatch.
    InvalidEndTimeMismatch,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameterStartTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter start time.
    InvalidParameterStartTime,
    /// `InvalidParameterEndTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter end time.
    InvalidParameterEndTime,
    /// `InvalidTimeRange`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time range.
    InvalidTimeRange,
    /// `InvalidParameterInterval`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter interval.
    InvalidParameterInterval,
    /// `InvalidParameterRegion`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter region.
    InvalidParameterRegion,
    /// `InvalidStartTime.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time: value not supported.
    InvalidStartTimeValueNotSupported,
    /// `Invalid.IspNameEn`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: isp name en.
    InvalidIspNameEn,
    /// `Invalid.LocationNameEn`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid: location name en.
    InvalidLocationNameEn,
    /// `MissingTimeParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing time parameter.
    MissingTimeParameter,
    /// `InvalidTime.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time: value not supported.
    InvalidTimeValueNotSupported,
    /// `InvalidTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time: malformed.
    InvalidTimeMalformed,
    /// `InvalidIspParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid isp parameter.
    InvalidIspParameter,
    /// `InvalidLocName`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid loc name.
    InvalidLocName,
    /// `InvalidParameterType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter type.
    InvalidParameterType,
    /// `InvalidTimeSpan`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time span.
    InvalidTimeSpan,
    /// `Abs.DomainName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Abs: domain name, malformed.
    AbsDomainNameMalformed,
    /// `InvalidInterval.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid interval: malformed.
    InvalidIntervalMalformed,
    /// `InvalidParameterProduct`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter product.
    InvalidParameterProduct,
    /// `InvalidParameterArea`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter area.
    InvalidParameterArea,
    /// `InvalidParameterField`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter field.
    InvalidParameterField,
    /// `Meter.ParamError`: HTTP 400; retry: never; category: invalid_argument.
    /// Meter: param error.
    MeterParamError,
    /// `Meter.AuthError`: HTTP 403; retry: never; category: permission_denied.
    /// Meter: auth error.
    MeterAuthError,
    /// `Meter.ServerInternalError`: HTTP 500; retry: never; category: internal.
    /// Meter: server internal error.
    MeterServerInternalError,
    /// `Meter.DataSourceQueryError`: HTTP 500; retry: never; category: internal.
    /// Meter: data source query error.
    MeterDataSourceQueryError,
    /// `Meter.ReadyTsError`: HTTP 502; retry: never; category: internal.
    /// Meter: ready ts error.
    MeterReadyTsError,
    /// `InvalidTaskId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid task id: malformed.
    InvalidTaskIdMalformed,
    /// `MissingParameter.ObjectType`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: object type.
    MissingParameterObjectType,
    /// `InvalidObjectType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid object type: value not supported.
    InvalidObjectTypeValueNotSupported,
    /// `InvalidStatus.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: value not supported.
    InvalidStatusValueNotSupported,
    /// `DomainNameOverLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain name over limit.
    DomainNameOverLimit,
    /// `InvalidTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time.
    InvalidTime,
    /// `InvalidPageNumber.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid page number: value not supported.
    InvalidPageNumberValueNotSupported,
    /// `InvalidPageSize.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid page size: value not supported.
    InvalidPageSizeValueNotSupported,
    /// `InvalidDomainStatus.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain status: value not supported.
    InvalidDomainStatusValueNotSupported,
    /// `InvalidDomainSearchType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain search type: value not supported.
    InvalidDomainSearchTypeValueNotSupported,
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
    /// `InvalidDomain.Offline`: HTTP 404; retry: never; category: not_found.
    /// Invalid domain: offline.
    InvalidDomainOffline,
    /// `InvalidObjectType.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid object type: malformed.
    InvalidObjectTypeMalformed,
    /// `QuotaExceeded.Refresh`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: refresh.
    QuotaExceededRefresh,
    /// `QuotaPerMinuteExceeded.Refresh`: HTTP 400; retry: never; category: invalid_argument.
    /// Quota per minute exceeded: refresh.
    QuotaPerMinuteExceededRefresh,
    /// `TooMany.Refresh`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many: refresh.
    TooManyRefresh,
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
    /// `Certificate.NotPermittedOff`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate: not permitted off.
    CertificateNotPermittedOff,
    /// `Certificate.SetNotEffect`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate: set not effect.
    CertificateSetNotEffect,
    /// `AuthenticationFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Authentication failed.
    AuthenticationFailed,
    /// `SetDomainCertificate.ParameterError`: HTTP 400; retry: never; category: invalid_argument.
    /// Set domain certificate: parameter error.
    SetDomainCertificateParameterError,
    /// `InvalidSSLPubOrInvalidSSLPri`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid SSL pub or invalid SSL pri.
    InvalidSslPubOrInvalidSslPri,
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
    /// `DomainInProtectedMode`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Domain in protected mode.
    DomainInProtectedMode,
    /// `IllegalOperation`: HTTP 403; retry: never; category: permission_denied.
    /// Illegal operation.
    IllegalOperation,
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
    /// `DomainOwnerVerifyFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain owner verify fail.
    DomainOwnerVerifyFail,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 139] = [
        "InvalidDomainName.Malformed",
        "MissingParameter",
        "InvalidCdnType.Malformed",
        "InvalidSources.Malformed",
        "InvalidSourceStr.Malformed",
        "InvalidSourceType.Malformed",
        "InvalidSource.Priority.Malformed",
        "InvalidTypeAndContent.MissMatch",
        "InvalidScope.Malformed",
        "DomainOverLimit",
        "DomainAlreadyExist",
        "DomainNotRegistration",
        "InvaildParameter",
        "IllegalSources",
        "SourceIp.Exceed",
        "InvalidCertificate",
        "InvalidCertificate.TooLong",
        "InnerAddDomainDenied",
        "CheckSourceHealthFailed",
        "ExtensiveAndAllBothExist",
        "CdnTypeNotSupportExtensiveDomain",
        "ExtensiveAndSpecificDomainConflict",
        "DomainReserved",
        "InvalidDomainNameLevel",
        "InvalidTopLevelDomain.Malformed",
        "TopLevelDomain.NotFound",
        "EntityNotExists.ResourceGroup",
        "InvalidStatus.ResourceGroup",
        "NotInternationRealIdentity",
        "TopLevelDomain.Mismatch",
        "InvalidFunctions.Malformed",
        "InvalidArgValue.Malformed",
        "InvalidFunctionArgs.Malformed",
        "InvalidHeaderKey.ValueNotSupported",
        "TooManyDomains",
        "InvalidRule.Malformed",
        "InvalidFunction.NotSupported",
        "InvalidDomain.BelongToConfigGroup",
        "EntityNotExist.Role",
        "MissingParameterFunctions",
        "NoPermission.SLR",
        "ConfigExceedLimit",
        "EdgeScriptCountExceedLimit",
        "EdgeScripOptionsHasInnerConfig",
        "EdgeScriptGrammarNotSupport",
        "EdgeScriptNotSupportJs",
        "ServiceInvokeFailed",
        "ConfigurationConflicts",
        "ServiceBusy",
        "InvalidDomain.NotFound",
        "InvalidBizDate.Malformed",
        "InvalidBizDate.BeyondCurrent",
        "InvalidParamter",
        "InvalidStartTime.Malformed",
        "InvalidEndTime.Malformed",
        "InvalidEndTime.BeyondCurrent",
        "InvalidEndTime.Mismatch",
        "InvalidParameter",
        "InvalidParameterStartTime",
        "InvalidParameterEndTime",
        "InvalidTimeRange",
        "InvalidParameterInterval",
        "InvalidParameterRegion",
        "InvalidStartTime.ValueNotSupported",
        "Invalid.IspNameEn",
        "Invalid.LocationNameEn",
        "MissingTimeParameter",
        "InvalidTime.ValueNotSupported",
        "InvalidTime.Malformed",
        "InvalidIspParameter",
        "InvalidLocName",
        "InvalidParameterType",
        "InvalidTimeSpan",
        "Abs.DomainName.Malformed",
        "InvalidInterval.Malformed",
        "InvalidParameterProduct",
        "InvalidParameterArea",
        "InvalidParameterField",
        "Meter.ParamError",
        "Meter.AuthError",
        "Meter.ServerInternalError",
        "Meter.DataSourceQueryError",
        "Meter.ReadyTsError",
        "InvalidTaskId.Malformed",
        "MissingParameter.ObjectType",
        "InvalidObjectType.ValueNotSupported",
        "InvalidStatus.ValueNotSupported",
        "DomainNameOverLimit",
        "InvalidTime",
        "InvalidPageNumber.ValueNotSupported",
        "InvalidPageSize.ValueNotSupported",
        "InvalidDomainStatus.ValueNotSupported",
        "InvalidDomainSearchType.ValueNotSupported",
        "SingleRequest.OverLimit",
        "QuotaExceeded.Preload",
        "InvalidObjectPath.Malformed",
        "InvalidExtensiveDomain.ValueNotSupported",
        "PreloadQueueFull",
        "InvalidDomain.Offline",
        "InvalidObjectType.Malformed",
        "QuotaExceeded.Refresh",
        "QuotaPerMinuteExceeded.Refresh",
        "TooMany.Refresh",
        "InvalidSSLProtocol.ValueNotSupported",
        "SSLPub.MissingParameter",
        "SSLPri.MissingParameter",
        "InvalidSSLPub",
        "InvalidSSLPri",
        "Certificate.MissMatch",
        "InvalidCertName.TooLong",
        "Certificate.NotPermittedOff",
        "Certificate.SetNotEffect",
        "AuthenticationFailed",
        "SetDomainCertificate.ParameterError",
        "InvalidSSLPubOrInvalidSSLPri",
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
        "DomainInProtectedMode",
        "IllegalOperation",
        "MissingDomainName",
        "InvalidSource.Content.Malformed",
        "InvalidTypeContent.Mismatch",
        "MissingSource.Content",
        "MissingSource.Type",
        "InvalidSource.Type.Malformed",
        "DomainOwnerVerifyFail",
    ];
    static NAME_CODES: [u32; 12] = [
        40, 103, 104, 105, 106, 107, 114, 122, 125, 127, 128, 137,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "NoPermissionSlrInvalidSslProtocolValueNotSupportedSslPubMissingParameterSslPriMissingParameterInvalidSslPubInvalidSslPriInvalidSslPubOrInvalidSslPriCertStorageFailedInvalidDomainNotOnlineSslPubErrorSslPriErrorInvalidSourceTypeMalformed2",
        ends: &[0, 15, 50, 72, 94, 107, 120, 148, 165, 187, 198, 209, 236],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Invalid domain name: malformed.A required parameter is missing.Invalid cdn type: malformed.Invalid sources: malformed.Invalid source str: malformed.Invalid source type: malformed.Invalid source: priority, malformed.Invalid type and content: miss match.Invalid scope: malformed.Domain over limit.Domain already exist.Domain not registration.Invaild parameter.Illegal sources.Source ip: exceed.Invalid certificate.Invalid certificate: too long.Inner add domain denied.Check source health failed.Extensive and all both exist.Cdn type not support extensive domain.Extensive and specific domain conflict.Domain reserved.Invalid domain name level.Invalid top level domain: malformed.Top level domain: not found.Entity not exists: resource group.Invalid status: resource group.Not internation real identity.Top level domain: mismatch.Invalid functions: malformed.Invalid arg value: malformed.Invalid function args: malformed.Invalid header key: value not supported.Too many domains.Invalid rule: malformed.Invalid function: not supported.Invalid domain: belong to config group.Entity not exist: role.Missing parameter functions.The caller has no permission: SLR.Config exceed limit.Edge script count exceed limit.Edge scrip options has inner config.Edge script grammar not support.Edge script not support js.Service invoke failed.Configuration conflicts.Service busy.Invalid domain: not found.Invalid biz date: malformed.Invalid biz date: beyond current.Invalid paramter.Invalid start time: malformed.Invalid end time: malformed.Invalid end time: beyond current.Invalid end time: mismatch.A parameter is invalid.Invalid parameter start time.Invalid parameter end time.Invalid time range.Invalid parameter interval.Invalid parameter region.Invalid start time: value not supported.Invalid: isp name en.Invalid: location name en.Missing time parameter.Invalid time: value not supported.Invalid time: malformed.Invalid isp parameter.Invalid loc name.Invalid parameter type.Invalid time span.Abs: domain name, malformed.Invalid interval: malformed.Invalid parameter product.Invalid parameter area.Invalid parameter field.Meter: param error.Meter: auth error.Meter: server internal error.Meter: data source query error.Meter: ready ts error.Invalid task id: malformed.A required parameter is missing: object type.Invalid object type: value not supported.Invalid status: value not supported.Domain name over limit.Invalid time.Invalid page number: value not supported.Invalid page size: value not supported.Invalid domain status: value not supported.Invalid domain search type: value not supported.Single request: over limit.A quota was exceeded: preload.Invalid object path: malformed.Invalid extensive domain: value not supported.Preload queue full.Invalid domain: offline.Invalid object type: malformed.A quota was exceeded: refresh.Quota per minute exceeded: refresh.Too many: refresh.Invalid SSL protocol: value not supported.SSL pub: missing parameter.SSL pri: missing parameter.Invalid SSL pub.Invalid SSL pri.Certificate: miss match.Invalid cert name: too long.Certificate: not permitted off.Certificate: set not effect.Authentication failed.Set domain certificate: parameter error.Invalid SSL pub or invalid SSL pri.Certificate: status error.Delete failed.Certificate: not find.Certificate: duplicated.Certificate: format error.Certificate: key null.Key: malformed.Cert storage: failed.Certificate content: duplicated.Certificate: expired.Invalid domain: not online.Decode: error.Ssl pub: error.Ssl pri: error.Domain in safe mode.Domain in protected mode.Illegal operation.Missing domain name.Invalid source: content, malformed.Invalid type content: mismatch.Missing source: content.Missing source: type.Invalid source: type, malformed.Domain owner verify fail.",
        ends: &[
            0, 31, 63, 91, 118, 148, 179, 215, 252, 277, 295, 316, 340, 358, 374, 392,
            412, 442, 466, 493, 522, 560, 599, 615, 641, 677, 705, 739, 770, 800, 827,
            856, 885, 918, 958, 975, 999, 1031, 1070, 1093, 1121, 1155, 1175, 1206, 1242,
            1274, 1301, 1323, 1347, 1360, 1386, 1414, 1447, 1464, 1494, 1522, 1555, 1582,
            1605, 1634, 1661, 1680, 1707, 1732, 1772, 1793, 1819, 1842, 1876, 1900, 1922,
            1939, 1962, 1980, 2008, 2036, 2062, 2085, 2109, 2128, 2146, 2175, 2206, 2228,
            2255, 2300, 2341, 2377, 2400, 2413, 2454, 2493, 2536, 2584, 2611, 2641, 2672,
            2718, 2737, 2761, 2792, 2822, 2857, 2875, 2917, 2944, 2971, 2987, 3003, 3027,
            3055, 3086, 3114, 3136, 3176, 3211, 3237, 3251, 3273, 3297, 3323, 3345, 3360,
            3381, 3413, 3434, 3461, 3475, 3490, 3505, 3525, 3550, 3568, 3588, 3623, 3654,
            3678, 3699, 3731, 3756,
        ],
    };
    static STATUSES: [u16; 141] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 403, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        403, 500, 500, 502, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 403, 403, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 140] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 40, 41, 42, 43,
        44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
        64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,
        84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102,
        103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118,
        119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 133, 134, 135,
        136, 137, 138, 139, 140, 141,
    ];
    static RETRY: [::cloud_errors::Retry; 139] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaabaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 139] = ::cloud_errors::__private::category_column(
        b"ccccccccccccccccccccccccccccccccccccccgcgcccccccnecccccccccccccccccccccccccccccgmmmccccccccccchcccechccccccccccccccccccccccccccccccgccccccc",
    );
    static PILOTS: [u16; 35] = [
        3, 14, 13, 0, 8, 4, 6, 4, 13, 3, 1, 2, 0, 13, 49, 19, 16, 5, 28, 21, 44, 35, 28,
        16, 20, 77, 1, 364, 64, 46, 48, 0, 122, 1, 48,
    ];
    static SLOTS: [(&str, u32); 154] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            74, 90, 31, 130, 86, 99, 128, 4294967295, 138, 13, 37, 108, 109, 68, 79, 134,
            10, 75, 35, 137, 91, 11, 111, 4294967295, 113, 50, 126, 62, 65, 98, 29,
            4294967295, 78, 135, 77, 23, 26, 131, 89, 32, 4294967295, 45, 123, 71, 27, 0,
            81, 9, 58, 103, 28, 93, 34, 72, 39, 44, 125, 46, 19, 112, 106, 102, 136, 1,
            88, 120, 51, 2, 107, 4294967295, 129, 56, 38, 117, 4294967295, 96, 70, 84,
            105, 15, 12, 6, 59, 42, 57, 25, 43, 60, 83, 48, 124, 63, 17, 4294967295, 87,
            127, 61, 92, 101, 41, 4294967295, 116, 110, 132, 104, 73, 67, 85, 4294967295,
            80, 33, 21, 4294967295, 122, 47, 4294967295, 22, 54, 4294967295, 95, 82, 40,
            133, 16, 20, 24, 114, 8, 52, 115, 97, 100, 119, 49, 118, 64, 55, 18, 53, 121,
            66, 7, 36, 3, 4294967295, 4294967295, 30, 76, 4, 5, 94, 4294967295, 69, 14,
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
    const PROVIDER: &'static str = "Alibaba Cloud vod";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud vod's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud vod: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
