// @generated from catalogs/alibaba/scdn.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud scdn: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud scdn: a variant per documented code,
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
    /// `EntityNotExists.ResourceGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Entity not exists: resource group.
    EntityNotExistsResourceGroup,
    /// `EntityNotExist.ResourceGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Entity not exist: resource group.
    EntityNotExistResourceGroup,
    /// `TopLevelDomain.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Top level domain: mismatch.
    TopLevelDomainMismatch,
    /// `InvalidStatus.ResourceGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: resource group.
    InvalidStatusResourceGroup,
    /// `NotInternationRealIdentity`: HTTP 400; retry: never; category: invalid_argument.
    /// Not internation real identity.
    NotInternationRealIdentity,
    /// `InvalidFunctions.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid functions: malformed.
    InvalidFunctionsMalformed,
    /// `InvalidArgValue.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid arg value: malformed.
    InvalidArgValueMalformed,
    /// `TooManyDomains`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many domains.
    TooManyDomains,
    /// `MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `InvalidHeaderKey.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid header key: value not supported.
    InvalidHeaderKeyValueNotSupported,
    /// `RecordCheckNotAvailable`: HTTP 400; retry: never; category: invalid_argument.
    /// Record check not available.
    RecordCheckNotAvailable,
    /// `IcpBlack`: HTTP 400; retry: never; category: invalid_argument.
    /// Icp black.
    IcpBlack,
    /// `IspBlack`: HTTP 400; retry: never; category: invalid_argument.
    /// Isp black.
    IspBlack,
    /// `DomainNotRecordedAliyun`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain not recorded aliyun.
    DomainNotRecordedAliyun,
    /// `MissingDomainName`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing domain name.
    MissingDomainName,
    /// `TopLevelDomain.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Top level domain: not found.
    TopLevelDomainNotFound,
    /// `DomainInProtectedMode`: HTTP 403, 400; retry: never; category: permission_denied.
    /// Domain in protected mode.
    DomainInProtectedMode,
    /// `UnsupportedParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported parameter.
    UnsupportedParameter,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `MISS_PARAMETER`: HTTP 400; retry: never; category: invalid_argument.
    /// MISS PARAMETER.
    MissParameter,
    /// `USER_NOT_EXIST`: HTTP 400; retry: never; category: invalid_argument.
    /// USER NOT EXIST.
    UserNotExist,
    /// `QUERY_DOMAIN_QPS_FAILED`: HTTP 400; retry: never; category: invalid_argument.
    /// QUERY DOMAIN QPS FAILED.
    QueryDomainQpsFailed,
    /// `DOMAIN_NOT_EXIST`: HTTP 400; retry: never; category: invalid_argument.
    /// DOMAIN NOT EXIST.
    DomainNotExist,
    /// `QUERY_DOMAIN_CC_DATA_FAILED`: HTTP 400; retry: never; category: invalid_argument.
    /// QUERY DOMAIN CC DATA FAILED.
    QueryDomainCcDataFailed,
    /// `QUERY_TRAFFIC_FAILED`: HTTP 400; retry: never; category: invalid_argument.
    /// QUERY TRAFFIC FAILED.
    QueryTrafficFailed,
    /// `InvalidStartTime.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time: value not supported.
    InvalidStartTimeValueNotSupported,
    /// `InvalidStartTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time: malformed.
    InvalidStartTimeMalformed,
    /// `InvalidEndTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end time: malformed.
    InvalidEndTimeMalformed,
    /// `InvalidEndTime.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end time: mismatch.
    InvalidEndTimeMismatch,
    /// `SignatureDoesNotMatch`: HTTP 403; retry: never; category: permission_denied.
    /// Signature does not match.
    SignatureDoesNotMatch,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidDomain.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid domain: not found.
    InvalidDomainNotFound,
    /// `InvalidTime.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time: value not supported.
    InvalidTimeValueNotSupported,
    /// `InvalidTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time: malformed.
    InvalidTimeMalformed,
    /// `MissingTimeParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing time parameter.
    MissingTimeParameter,
    /// `Abs.DomainName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Abs: domain name, malformed.
    AbsDomainNameMalformed,
    /// `InvalidInterval.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid interval: malformed.
    InvalidIntervalMalformed,
    /// `InvalidDomainName.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid domain name: mismatch.
    InvalidDomainNameMismatch,
    /// `InvalidTaskId.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid task id: malformed.
    InvalidTaskIdMalformed,
    /// `MissingParameter.ObjectType`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: object type.
    MissingParameterObjectType,
    /// `DomainNameOverLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain name over limit.
    DomainNameOverLimit,
    /// `InvalidTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time.
    InvalidTime,
    /// `InvalidObjectType.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid object type: value not supported.
    InvalidObjectTypeValueNotSupported,
    /// `InvalidStatus.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: value not supported.
    InvalidStatusValueNotSupported,
    /// `TooManyRequests`: HTTP 429; retry: never; category: resource_exhausted.
    /// Too many requests.
    TooManyRequests,
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
    /// `InvalidChangeStartTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid change start time: malformed.
    InvalidChangeStartTimeMalformed,
    /// `InvalidChangeEndTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid change end time: malformed.
    InvalidChangeEndTimeMalformed,
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
    /// `ObjectPath.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Object path: malformed.
    ObjectPathMalformed,
    /// `QuotaExceeded.Refresh`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: refresh.
    QuotaExceededRefresh,
    /// `QuotaPerMinuteExceeded.Refresh`: HTTP 400; retry: never; category: invalid_argument.
    /// Quota per minute exceeded: refresh.
    QuotaPerMinuteExceededRefresh,
    /// `TooMany.Refresh`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many: refresh.
    TooManyRefresh,
    /// `INVALID_PARAMETER`: HTTP 400; retry: never; category: invalid_argument.
    /// INVALID PARAMETER.
    InvalidParameter2,
    /// `ADD_BOT_FAILED`: HTTP 400; retry: never; category: invalid_argument.
    /// ADD BOT FAILED.
    AddBotFailed,
    /// `SET_BOT_DB_FAILED`: HTTP 400; retry: never; category: invalid_argument.
    /// SET BOT DB FAILED.
    SetBotDbFailed,
    /// `BOT_LOCK`: HTTP 400; retry: never; category: invalid_argument.
    /// BOT LOCK.
    BotLock,
    /// `SET_CC_FAILED`: HTTP 400; retry: never; category: invalid_argument.
    /// SET CC FAILED.
    SetCcFailed,
    /// `SET_DDOS_FAILED`: HTTP 400; retry: never; category: invalid_argument.
    /// SET DDOS FAILED.
    SetDdosFailed,
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
    /// `Certificate.SettedNotEffect`: HTTP 400; retry: never; category: invalid_argument.
    /// Certificate: setted not effect.
    CertificateSettedNotEffect,
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
    /// `IllegalOperation`: HTTP 403; retry: never; category: permission_denied.
    /// Illegal operation.
    IllegalOperation,
    /// `CertName.MissingParameter`: HTTP 404; retry: never; category: not_found.
    /// Cert name: missing parameter.
    CertNameMissingParameter,
    /// `DomainOwnerVerifyFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Domain owner verify fail.
    DomainOwnerVerifyFail,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 115] = [
        "InvalidDomainName.Malformed",
        "InvalidSource.Content.Malformed",
        "InvalidTypeContent.Mismatch",
        "MissingSource.Content",
        "MissingSource.Type",
        "InvalidSource.Type.Malformed",
        "InvalidSource.Priority.Malformed",
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
        "EntityNotExists.ResourceGroup",
        "EntityNotExist.ResourceGroup",
        "TopLevelDomain.Mismatch",
        "InvalidStatus.ResourceGroup",
        "NotInternationRealIdentity",
        "InvalidFunctions.Malformed",
        "InvalidArgValue.Malformed",
        "TooManyDomains",
        "MissingParameter",
        "InvalidHeaderKey.ValueNotSupported",
        "RecordCheckNotAvailable",
        "IcpBlack",
        "IspBlack",
        "DomainNotRecordedAliyun",
        "MissingDomainName",
        "TopLevelDomain.NotFound",
        "DomainInProtectedMode",
        "UnsupportedParameter",
        "InvalidParameter",
        "MISS_PARAMETER",
        "USER_NOT_EXIST",
        "QUERY_DOMAIN_QPS_FAILED",
        "DOMAIN_NOT_EXIST",
        "QUERY_DOMAIN_CC_DATA_FAILED",
        "QUERY_TRAFFIC_FAILED",
        "InvalidStartTime.ValueNotSupported",
        "InvalidStartTime.Malformed",
        "InvalidEndTime.Malformed",
        "InvalidEndTime.Mismatch",
        "SignatureDoesNotMatch",
        "InternalError",
        "InvalidDomain.NotFound",
        "InvalidTime.ValueNotSupported",
        "InvalidTime.Malformed",
        "MissingTimeParameter",
        "Abs.DomainName.Malformed",
        "InvalidInterval.Malformed",
        "InvalidDomainName.Mismatch",
        "InvalidTaskId.Malformed",
        "MissingParameter.ObjectType",
        "DomainNameOverLimit",
        "InvalidTime",
        "InvalidObjectType.ValueNotSupported",
        "InvalidStatus.ValueNotSupported",
        "TooManyRequests",
        "InvalidPageNumber.ValueNotSupported",
        "InvalidPageSize.ValueNotSupported",
        "InvalidDomainStatus.ValueNotSupported",
        "InvalidDomainSearchType.ValueNotSupported",
        "InvalidChangeStartTime.Malformed",
        "InvalidChangeEndTime.Malformed",
        "SingleRequest.OverLimit",
        "QuotaExceeded.Preload",
        "InvalidObjectPath.Malformed",
        "InvalidExtensiveDomain.ValueNotSupported",
        "PreloadQueueFull",
        "ObjectPath.Malformed",
        "QuotaExceeded.Refresh",
        "QuotaPerMinuteExceeded.Refresh",
        "TooMany.Refresh",
        "INVALID_PARAMETER",
        "ADD_BOT_FAILED",
        "SET_BOT_DB_FAILED",
        "BOT_LOCK",
        "SET_CC_FAILED",
        "SET_DDOS_FAILED",
        "InvalidSSLProtocol.ValueNotSupported",
        "SSLPub.MissingParameter",
        "SSLPri.MissingParameter",
        "InvalidSSLPub",
        "InvalidSSLPri",
        "Certificate.MissMatch",
        "InvalidCertName.TooLong",
        "Certificate.NotPermittedOff",
        "Certificate.SettedNotEffect",
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
        "IllegalOperation",
        "CertName.MissingParameter",
        "DomainOwnerVerifyFail",
    ];
    static NAME_CODES: [u32; 22] = [
        38, 39, 40, 41, 42, 43, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 96, 104, 107,
        109, 110,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "MissParameterUserNotExistQueryDomainQpsFailedDomainNotExistQueryDomainCcDataFailedQueryTrafficFailedInvalidParameter2AddBotFailedSetBotDbFailedBotLockSetCcFailedSetDdosFailedInvalidSslProtocolValueNotSupportedSslPubMissingParameterSslPriMissingParameterInvalidSslPubInvalidSslPriInvalidSslPubOrInvalidSslPriCertStorageFailedInvalidDomainNotOnlineSslPubErrorSslPriError",
        ends: &[
            0, 13, 25, 45, 59, 82, 100, 117, 129, 143, 150, 161, 174, 209, 231, 253, 266,
            279, 307, 324, 346, 357, 368,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Invalid domain name: malformed.Invalid source: content, malformed.Invalid type content: mismatch.Missing source: content.Missing source: type.Invalid source: type, malformed.Invalid source: priority, malformed.Invalid scope: malformed.Source ip: exceed.Invalid certificate.Invalid certificate: too long.Inner add domain denied.Check source health failed.Extensive and all both exist.Cdn type not support extensive domain.Extensive and specific domain conflict.Invalid resource group id: malformed.Domain reserved.Invalid domain name level.Entity not exists: resource group.Entity not exist: resource group.Top level domain: mismatch.Invalid status: resource group.Not internation real identity.Invalid functions: malformed.Invalid arg value: malformed.Too many domains.A required parameter is missing.Invalid header key: value not supported.Record check not available.Icp black.Isp black.Domain not recorded aliyun.Missing domain name.Top level domain: not found.Domain in protected mode.Unsupported parameter.A parameter is invalid.MISS PARAMETER.USER NOT EXIST.QUERY DOMAIN QPS FAILED.DOMAIN NOT EXIST.QUERY DOMAIN CC DATA FAILED.QUERY TRAFFIC FAILED.Invalid start time: value not supported.Invalid start time: malformed.Invalid end time: malformed.Invalid end time: mismatch.Signature does not match.An internal error occurred.Invalid domain: not found.Invalid time: value not supported.Invalid time: malformed.Missing time parameter.Abs: domain name, malformed.Invalid interval: malformed.Invalid domain name: mismatch.Invalid task id: malformed.A required parameter is missing: object type.Domain name over limit.Invalid time.Invalid object type: value not supported.Invalid status: value not supported.Too many requests.Invalid page number: value not supported.Invalid page size: value not supported.Invalid domain status: value not supported.Invalid domain search type: value not supported.Invalid change start time: malformed.Invalid change end time: malformed.Single request: over limit.A quota was exceeded: preload.Invalid object path: malformed.Invalid extensive domain: value not supported.Preload queue full.Object path: malformed.A quota was exceeded: refresh.Quota per minute exceeded: refresh.Too many: refresh.INVALID PARAMETER.ADD BOT FAILED.SET BOT DB FAILED.BOT LOCK.SET CC FAILED.SET DDOS FAILED.Invalid SSL protocol: value not supported.SSL pub: missing parameter.SSL pri: missing parameter.Invalid SSL pub.Invalid SSL pri.Certificate: miss match.Invalid cert name: too long.Certificate: not permitted off.Certificate: setted not effect.Authentication failed.Set domain certificate: parameter error.Invalid SSL pub or invalid SSL pri.Certificate: status error.Delete failed.Certificate: not find.Certificate: duplicated.Certificate: format error.Certificate: key null.Key: malformed.Cert storage: failed.Certificate content: duplicated.Certificate: expired.Invalid domain: not online.Decode: error.Ssl pub: error.Ssl pri: error.Domain in safe mode.Illegal operation.Cert name: missing parameter.Domain owner verify fail.",
        ends: &[
            0, 31, 66, 97, 121, 142, 174, 210, 235, 253, 273, 303, 327, 354, 383, 421,
            460, 497, 513, 539, 573, 606, 633, 664, 694, 723, 752, 769, 801, 841, 868,
            878, 888, 915, 935, 963, 988, 1010, 1033, 1048, 1063, 1087, 1104, 1132, 1153,
            1193, 1223, 1251, 1278, 1303, 1330, 1356, 1390, 1414, 1437, 1465, 1493, 1523,
            1550, 1595, 1618, 1631, 1672, 1708, 1726, 1767, 1806, 1849, 1897, 1934, 1969,
            1996, 2026, 2057, 2103, 2122, 2145, 2175, 2210, 2228, 2246, 2261, 2279, 2288,
            2302, 2318, 2360, 2387, 2414, 2430, 2446, 2470, 2498, 2529, 2560, 2582, 2622,
            2657, 2683, 2697, 2719, 2743, 2769, 2791, 2806, 2827, 2859, 2880, 2907, 2921,
            2936, 2951, 2971, 2989, 3018, 3043,
        ],
    };
    static STATUSES: [u16; 116] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 403, 500, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        429, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 403, 404, 400,
    ];
    static STATUS_ENDS: [u32; 116] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 37, 38, 39, 40, 41, 42, 43,
        44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
        64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,
        84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102,
        103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116,
    ];
    static RETRY: [::cloud_errors::Retry; 115] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaacaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 115] = ::cloud_errors::__private::category_column(
        b"cccccccccccccccccccccccccccccccccccgccccccccccccgmecccccccccccchccccccchcccchcccccccccccccccccccccccccccccccccccgec",
    );
    static PILOTS: [u16; 29] = [
        7, 12, 9, 67, 4, 29, 24, 0, 1, 93, 0, 2, 37, 14, 1, 22, 14, 9, 158, 65, 0, 180,
        11, 29, 35, 57, 32, 0, 24,
    ];
    static SLOTS: [(&str, u32); 127] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            22, 53, 98, 35, 4294967295, 4294967295, 24, 42, 72, 1, 10, 46, 26, 73, 77,
            82, 66, 78, 6, 62, 61, 49, 68, 93, 41, 90, 113, 3, 21, 60, 4294967295, 67, 5,
            45, 30, 8, 33, 4294967295, 108, 56, 99, 23, 47, 4294967295, 63, 52, 32, 69,
            81, 27, 112, 74, 39, 4294967295, 18, 28, 48, 2, 111, 17, 36, 50, 86, 95, 20,
            88, 76, 4294967295, 110, 4294967295, 12, 80, 58, 57, 106, 4294967295, 11,
            104, 109, 25, 65, 4294967295, 59, 15, 96, 75, 34, 54, 51, 102, 71, 13, 4, 79,
            19, 4294967295, 31, 70, 114, 4294967295, 29, 7, 14, 85, 94, 9, 97, 87, 55,
            107, 100, 43, 64, 16, 92, 40, 101, 91, 83, 84, 38, 37, 44, 0, 89, 103, 105,
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
    const PROVIDER: &'static str = "Alibaba Cloud scdn";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud scdn's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud scdn: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
