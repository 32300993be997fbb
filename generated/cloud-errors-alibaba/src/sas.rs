// @generated from catalogs/alibaba/sas.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Sas: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Sas: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `NoPermission`: HTTP 403, 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission.
    NoPermission,
    /// `ServerError`: HTTP 500; retry: never; category: internal.
    /// Server error.
    ServerError,
    /// `IllegalParam`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed.
    IllegalParam,
    /// `InvalidPlatform`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid platform.
    InvalidPlatform,
    /// `InvalidUserDefineRuleName`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid user define rule name.
    InvalidUserDefineRuleName,
    /// `UserDefineRuleNameTooLong`: HTTP 400; retry: never; category: invalid_argument.
    /// User define rule name too long.
    UserDefineRuleNameTooLong,
    /// `InvalidUserDefineRuleActionType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid user define rule action type.
    InvalidUserDefineRuleActionType,
    /// `InvalidUserDefineRuleType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid user define rule type.
    InvalidUserDefineRuleType,
    /// `InvalidUserDefineRuleMd5List`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid user define rule md5 list.
    InvalidUserDefineRuleMd5List,
    /// `UserDefineRuleMd5TooMany`: HTTP 400; retry: never; category: invalid_argument.
    /// User define rule md5 too many.
    UserDefineRuleMd5TooMany,
    /// `InvalidProcPath`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid proc path.
    InvalidProcPath,
    /// `UserDefineRuleProcPathMustContainsLetter`: HTTP 400; retry: never; category: invalid_argument.
    /// User define rule proc path must contains letter.
    UserDefineRuleProcPathMustContainsLetter,
    /// `InvalidUserDefineRuleProcPath`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid user define rule proc path.
    InvalidUserDefineRuleProcPath,
    /// `InvalidCmdline`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cmdline.
    InvalidCmdline,
    /// `UserDefineRuleCmdlineTooLong`: HTTP 400; retry: never; category: invalid_argument.
    /// User define rule cmdline too long.
    UserDefineRuleCmdlineTooLong,
    /// `InvalidIP`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid IP.
    InvalidIp,
    /// `InvalidPort`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid port.
    InvalidPort,
    /// `InvalidFilePath`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid file path.
    InvalidFilePath,
    /// `UserDefineRuleFilePathTooLong`: HTTP 400; retry: never; category: invalid_argument.
    /// User define rule file path too long.
    UserDefineRuleFilePathTooLong,
    /// `UserDefineRulesTooMany`: HTTP 400; retry: never; category: invalid_argument.
    /// User define rules too many.
    UserDefineRulesTooMany,
    /// `WithoutTrialQualification`: HTTP 400; retry: never; category: invalid_argument.
    /// Without trial qualification.
    WithoutTrialQualification,
    /// `HoneyPotAuthIsNotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Honey pot auth is not enough.
    HoneyPotAuthIsNotEnough,
    /// `UnknownError`: HTTP 400, 500; retry: backoff; category: internal.
    /// An unknown error occurred.
    UnknownError,
    /// `DuplicateRule`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate rule.
    DuplicateRule,
    /// `MissingPreBindVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing pre bind version.
    MissingPreBindVersion,
    /// `NotBuy`: HTTP 400; retry: never; category: invalid_argument.
    /// Not buy.
    NotBuy,
    /// `AgentNotOnline`: HTTP 400; retry: never; category: invalid_argument.
    /// Agent not online.
    AgentNotOnline,
    /// `AntiRansomwareCapacityUseUp`: HTTP 400; retry: never; category: invalid_argument.
    /// Anti ransomware capacity use up.
    AntiRansomwareCapacityUseUp,
    /// `RuleRecordIsExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Rule record is exists.
    RuleRecordIsExists,
    /// `RequestTooFrequently`: HTTP 400; retry: never; category: invalid_argument.
    /// Request too frequently.
    RequestTooFrequently,
    /// `GetFileError`: HTTP 400; retry: never; category: invalid_argument.
    /// Get file error.
    GetFileError,
    /// `InvalidDownloadUrl`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid download url.
    InvalidDownloadUrl,
    /// `FileSizeOverLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// File size over limit.
    FileSizeOverLimit,
    /// `SystemBusy`: HTTP 500; retry: never; category: internal.
    /// System busy.
    SystemBusy,
    /// `InvalidApiDetectType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid api detect type.
    InvalidApiDetectType,
    /// `InvalidParam`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParam,
    /// `NeedBuy`: HTTP 400; retry: never; category: invalid_argument.
    /// Need buy.
    NeedBuy,
    /// `AuthorizedProbeCannotReduce`: HTTP 400; retry: never; category: invalid_argument.
    /// Authorized probe cannot reduce.
    AuthorizedProbeCannotReduce,
    /// `InvalidProbeNum`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid probe num.
    InvalidProbeNum,
    /// `ProbeNumInsufficient`: HTTP 400; retry: never; category: invalid_argument.
    /// Probe num insufficient.
    ProbeNumInsufficient,
    /// `NodeNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Node not exist.
    NodeNotExist,
    /// `BindPortAlreadyExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Bind port already exist.
    BindPortAlreadyExist,
    /// `MachineNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Machine not exist.
    MachineNotExist,
    /// `ProbeAlreadyCreate`: HTTP 400; retry: never; category: invalid_argument.
    /// Probe already create.
    ProbeAlreadyCreate,
    /// `ProbeNameAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Probe name already exists.
    ProbeNameAlreadyExists,
    /// `GroupNameRepeated`: HTTP 400; retry: never; category: invalid_argument.
    /// Group name repeated.
    GroupNameRepeated,
    /// `ApiAuthExhausted`: HTTP 400; retry: never; category: invalid_argument.
    /// Api auth exhausted.
    ApiAuthExhausted,
    /// `NoPermission.RAM.SlrCreate`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission: RAM, slr create.
    NoPermissionRamSlrCreate,
    /// `SecurityEventNotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Security event not exists.
    SecurityEventNotExists,
    /// `FailedToActivateUniBackupInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Failed to activate uni backup instance.
    FailedToActivateUniBackupInstance,
    /// `DatabaseTypeNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Database type not support.
    DatabaseTypeNotSupport,
    /// `InnerError`: HTTP 400; retry: never; category: invalid_argument.
    /// Inner error.
    InnerError,
    /// `InvalidId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid id.
    InvalidId,
    /// `GroupOrGlobalConfig`: HTTP 400; retry: never; category: invalid_argument.
    /// Group or global config.
    GroupOrGlobalConfig,
    /// `ConsoleError`: HTTP 400; retry: never; category: invalid_argument.
    /// Console error.
    ConsoleError,
    /// `HoneyPotNotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Honey pot not exists.
    HoneyPotNotExists,
    /// `RdCheckNoPermission`: HTTP 400; retry: never; category: invalid_argument.
    /// Rd check no permission.
    RdCheckNoPermission,
    /// `RdCheckInnerError`: HTTP 500; retry: never; category: internal.
    /// Rd check inner error.
    RdCheckInnerError,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `DataExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Data exists.
    DataExists,
    /// `-101`: HTTP 400; retry: never; category: invalid_argument.
    /// Numeric error code \-101; see the product\'s documentation for its meaning.
    Code101,
    /// `DataNotExist`: no documented HTTP status; retry: never; category: unknown.
    /// Data not exist.
    DataNotExist,
    /// `DescribePropertyPortItem`: HTTP 400; retry: never; category: invalid_argument.
    /// Describe property port item.
    DescribePropertyPortItem,
    /// `DataNotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Data not exists.
    DataNotExists,
    /// `RiskItemNotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Risk item not exists.
    RiskItemNotExists,
    /// `OperationTaskNotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation task not exists.
    OperationTaskNotExists,
    /// `FreeVersionNotPermit`: HTTP 400; retry: never; category: invalid_argument.
    /// Free version not permit.
    FreeVersionNotPermit,
    /// `TaskRepeat`: HTTP 400; retry: never; category: invalid_argument.
    /// Task repeat.
    TaskRepeat,
    /// `AssetsCollectionFrequencyLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Assets collection frequency limit.
    AssetsCollectionFrequencyLimit,
    /// `GetResultFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Get result fail.
    GetResultFail,
    /// `DataRetrieveNotFinished`: HTTP 400; retry: never; category: invalid_argument.
    /// Data retrieve not finished.
    DataRetrieveNotFinished,
    /// `HbrClientUpgrading`: HTTP 400; retry: never; category: invalid_argument.
    /// Hbr client upgrading.
    HbrClientUpgrading,
    /// `HbrClientHealth`: HTTP 400; retry: never; category: invalid_argument.
    /// Hbr client health.
    HbrClientHealth,
    /// `Illegal parameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal parameter.
    IllegalParameter,
    /// `Data not exist`: HTTP 400; retry: never; category: invalid_argument.
    /// Data not exist.
    DataNotExist2,
    /// `AccountIdNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Account id not exist.
    AccountIdNotExist,
    /// `IdempotentParameterMismatch`: HTTP 400; retry: never; category: failed_precondition.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatch,
    /// `LogAuthStatusNotReady`: HTTP 400; retry: never; category: invalid_argument.
    /// Log auth status not ready.
    LogAuthStatusNotReady,
    /// `IllegalHotTTL`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal hot TTL.
    IllegalHotTtl,
    /// `InsufficientAuthorizationCount`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient authorization count.
    InsufficientAuthorizationCount,
    /// `UnauthorizedMachineNotSupportFix`: HTTP 400; retry: never; category: invalid_argument.
    /// Unauthorized machine not support fix.
    UnauthorizedMachineNotSupportFix,
    /// `UserInstanceVersionNotSupportFix`: HTTP 400; retry: never; category: invalid_argument.
    /// User instance version not support fix.
    UserInstanceVersionNotSupportFix,
    /// `PushTaskError`: HTTP 400; retry: never; category: invalid_argument.
    /// Push task error.
    PushTaskError,
    /// `RiskItemNotFinished`: HTTP 400; retry: never; category: invalid_argument.
    /// Risk item not finished.
    RiskItemNotFinished,
    /// `RiskItemResultNotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Risk item result not exists.
    RiskItemResultNotExists,
    /// `DuplicatedDirectory`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated directory.
    DuplicatedDirectory,
    /// `BeyondConfLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Beyond conf limit.
    BeyondConfLimit,
    /// `ParentOrSubDirectoryProtected`: HTTP 400; retry: never; category: invalid_argument.
    /// Parent or sub directory protected.
    ParentOrSubDirectoryProtected,
    /// `DefenceAtLeastOneConfig`: HTTP 400; retry: never; category: invalid_argument.
    /// Defence at least one config.
    DefenceAtLeastOneConfig,
    /// `DefenceEmptyConfig`: HTTP 400; retry: never; category: invalid_argument.
    /// Defence empty config.
    DefenceEmptyConfig,
    /// `DefenceAuthLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Defence auth limit.
    DefenceAuthLimit,
    /// `BindDataExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Bind data exist.
    BindDataExist,
    /// `InvalidBind`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid bind.
    InvalidBind,
    /// `StillOn`: HTTP 400; retry: never; category: invalid_argument.
    /// Still on.
    StillOn,
    /// `RpcServiceError`: HTTP 500; retry: never; category: internal.
    /// Rpc service error.
    RpcServiceError,
    /// `InstallNotGranted`: HTTP 400; retry: never; category: invalid_argument.
    /// Install not granted.
    InstallNotGranted,
    /// `operateVulError`: no documented HTTP status; retry: never; category: unknown.
    /// Operate vul error.
    OperateVulError,
    /// `ClientOffline`: HTTP 400; retry: never; category: invalid_argument.
    /// Client offline.
    ClientOffline,
    /// `BeyondQuata`: HTTP 400; retry: never; category: invalid_argument.
    /// Beyond quata.
    BeyondQuata,
    /// `IConListError`: HTTP 400; retry: never; category: invalid_argument.
    /// I con list error.
    IConListError,
    /// `SubNodesCountError`: HTTP 400; retry: never; category: invalid_argument.
    /// Sub nodes count error.
    SubNodesCountError,
    /// `TracingDetailError`: HTTP 400; retry: never; category: invalid_argument.
    /// Tracing detail error.
    TracingDetailError,
    /// `TracingJudgeError`: HTTP 400; retry: never; category: invalid_argument.
    /// Tracing judge error.
    TracingJudgeError,
    /// `VertexExtendInfoError`: HTTP 400; retry: never; category: invalid_argument.
    /// Vertex extend info error.
    VertexExtendInfoError,
    /// `VertexNodesError`: HTTP 400; retry: never; category: invalid_argument.
    /// Vertex nodes error.
    VertexNodesError,
    /// `DuplicatedRefresh`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated refresh.
    DuplicatedRefresh,
    /// `RiskItemDisabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Risk item disabled.
    RiskItemDisabled,
    /// `AllRiskItemTaskNotFinished`: HTTP 400; retry: never; category: invalid_argument.
    /// All risk item task not finished.
    AllRiskItemTaskNotFinished,
    /// `HbrClientNotInstalled`: HTTP 400; retry: never; category: invalid_argument.
    /// Hbr client not installed.
    HbrClientNotInstalled,
    /// `ProbeNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Probe not exist.
    ProbeNotExist,
    /// `HcVerifyingRisk`: HTTP 400; retry: never; category: invalid_argument.
    /// Hc verifying risk.
    HcVerifyingRisk,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 111] = [
        "NoPermission",
        "ServerError",
        "IllegalParam",
        "InvalidPlatform",
        "InvalidUserDefineRuleName",
        "UserDefineRuleNameTooLong",
        "InvalidUserDefineRuleActionType",
        "InvalidUserDefineRuleType",
        "InvalidUserDefineRuleMd5List",
        "UserDefineRuleMd5TooMany",
        "InvalidProcPath",
        "UserDefineRuleProcPathMustContainsLetter",
        "InvalidUserDefineRuleProcPath",
        "InvalidCmdline",
        "UserDefineRuleCmdlineTooLong",
        "InvalidIP",
        "InvalidPort",
        "InvalidFilePath",
        "UserDefineRuleFilePathTooLong",
        "UserDefineRulesTooMany",
        "WithoutTrialQualification",
        "HoneyPotAuthIsNotEnough",
        "UnknownError",
        "DuplicateRule",
        "MissingPreBindVersion",
        "NotBuy",
        "AgentNotOnline",
        "AntiRansomwareCapacityUseUp",
        "RuleRecordIsExists",
        "RequestTooFrequently",
        "GetFileError",
        "InvalidDownloadUrl",
        "FileSizeOverLimit",
        "SystemBusy",
        "InvalidApiDetectType",
        "InvalidParam",
        "NeedBuy",
        "AuthorizedProbeCannotReduce",
        "InvalidProbeNum",
        "ProbeNumInsufficient",
        "NodeNotExist",
        "BindPortAlreadyExist",
        "MachineNotExist",
        "ProbeAlreadyCreate",
        "ProbeNameAlreadyExists",
        "GroupNameRepeated",
        "ApiAuthExhausted",
        "NoPermission.RAM.SlrCreate",
        "SecurityEventNotExists",
        "FailedToActivateUniBackupInstance",
        "DatabaseTypeNotSupport",
        "InnerError",
        "InvalidId",
        "GroupOrGlobalConfig",
        "ConsoleError",
        "HoneyPotNotExists",
        "RdCheckNoPermission",
        "RdCheckInnerError",
        "InternalError",
        "DataExists",
        "-101",
        "DataNotExist",
        "DescribePropertyPortItem",
        "DataNotExists",
        "RiskItemNotExists",
        "OperationTaskNotExists",
        "FreeVersionNotPermit",
        "TaskRepeat",
        "AssetsCollectionFrequencyLimit",
        "GetResultFail",
        "DataRetrieveNotFinished",
        "HbrClientUpgrading",
        "HbrClientHealth",
        "Illegal parameter",
        "Data not exist",
        "AccountIdNotExist",
        "IdempotentParameterMismatch",
        "LogAuthStatusNotReady",
        "IllegalHotTTL",
        "InsufficientAuthorizationCount",
        "UnauthorizedMachineNotSupportFix",
        "UserInstanceVersionNotSupportFix",
        "PushTaskError",
        "RiskItemNotFinished",
        "RiskItemResultNotExists",
        "DuplicatedDirectory",
        "BeyondConfLimit",
        "ParentOrSubDirectoryProtected",
        "DefenceAtLeastOneConfig",
        "DefenceEmptyConfig",
        "DefenceAuthLimit",
        "BindDataExist",
        "InvalidBind",
        "StillOn",
        "RpcServiceError",
        "InstallNotGranted",
        "operateVulError",
        "ClientOffline",
        "BeyondQuata",
        "IConListError",
        "SubNodesCountError",
        "TracingDetailError",
        "TracingJudgeError",
        "VertexExtendInfoError",
        "VertexNodesError",
        "DuplicatedRefresh",
        "RiskItemDisabled",
        "AllRiskItemTaskNotFinished",
        "HbrClientNotInstalled",
        "ProbeNotExist",
        "HcVerifyingRisk",
    ];
    static NAME_CODES: [u32; 7] = [15, 47, 60, 73, 74, 78, 96];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidIpNoPermissionRamSlrCreateCode101IllegalParameterDataNotExist2IllegalHotTtlOperateVulError",
        ends: &[0, 9, 33, 40, 56, 69, 82, 97],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The caller has no permission.Server error.A parameter is not allowed.Invalid platform.Invalid user define rule name.User define rule name too long.Invalid user define rule action type.Invalid user define rule type.Invalid user define rule md5 list.User define rule md5 too many.Invalid proc path.User define rule proc path must contains letter.Invalid user define rule proc path.Invalid cmdline.User define rule cmdline too long.Invalid IP.Invalid port.Invalid file path.User define rule file path too long.User define rules too many.Without trial qualification.Honey pot auth is not enough.An unknown error occurred.Duplicate rule.Missing pre bind version.Not buy.Agent not online.Anti ransomware capacity use up.Rule record is exists.Request too frequently.Get file error.Invalid download url.File size over limit.System busy.Invalid api detect type.A parameter is invalid.Need buy.Authorized probe cannot reduce.Invalid probe num.Probe num insufficient.Node not exist.Bind port already exist.Machine not exist.Probe already create.Probe name already exists.Group name repeated.Api auth exhausted.The caller has no permission: RAM, slr create.Security event not exists.Failed to activate uni backup instance.Database type not support.Inner error.Invalid id.Group or global config.Console error.Honey pot not exists.Rd check no permission.Rd check inner error.An internal error occurred.Data exists.Numeric error code -101; see the product's documentation for its meaning.Data not exist.Describe property port item.Data not exists.Risk item not exists.Operation task not exists.Free version not permit.Task repeat.Assets collection frequency limit.Get result fail.Data retrieve not finished.Hbr client upgrading.Hbr client health.Illegal parameter.Data not exist.Account id not exist.Idempotent parameter mismatch.Log auth status not ready.Illegal hot TTL.Insufficient authorization count.Unauthorized machine not support fix.User instance version not support fix.Push task error.Risk item not finished.Risk item result not exists.Duplicated directory.Beyond conf limit.Parent or sub directory protected.Defence at least one config.Defence empty config.Defence auth limit.Bind data exist.Invalid bind.Still on.Rpc service error.Install not granted.Operate vul error.Client offline.Beyond quata.I con list error.Sub nodes count error.Tracing detail error.Tracing judge error.Vertex extend info error.Vertex nodes error.Duplicated refresh.Risk item disabled.All risk item task not finished.Hbr client not installed.Probe not exist.Hc verifying risk.",
        ends: &[
            0, 29, 42, 69, 86, 116, 147, 184, 214, 248, 278, 296, 344, 379, 395, 429,
            440, 453, 471, 507, 534, 562, 591, 617, 632, 657, 665, 682, 714, 736, 759,
            774, 795, 816, 828, 852, 875, 884, 915, 933, 956, 971, 995, 1013, 1034, 1060,
            1080, 1099, 1145, 1171, 1210, 1236, 1248, 1259, 1282, 1296, 1317, 1340, 1361,
            1388, 1400, 1473, 1488, 1516, 1532, 1553, 1579, 1603, 1615, 1649, 1665, 1692,
            1713, 1731, 1749, 1764, 1785, 1815, 1841, 1857, 1890, 1927, 1965, 1981, 2004,
            2032, 2053, 2071, 2105, 2133, 2154, 2173, 2189, 2202, 2211, 2229, 2249, 2267,
            2282, 2295, 2312, 2334, 2355, 2375, 2400, 2419, 2438, 2457, 2489, 2514, 2530,
            2548,
        ],
    };
    static STATUSES: [u16; 111] = [
        403, 400, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 500, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 500, 500, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 500,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 112] = [
        0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,
        44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
        63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
        83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 97, 98, 99, 100, 101,
        102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
    ];
    static RETRY: [::cloud_errors::Retry; 111] = ::cloud_errors::__private::retry_column(
        b"caaaaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 111] = ::cloud_errors::__private::category_column(
        b"gmccccccccccccccccccccmccccccccccmcccccccccccccgcccccccccmmccbccccccccccccccicccccccccccccccccmcbcccccccccccccc",
    );
    static PILOTS: [u16; 28] = [
        3, 6, 1, 1, 9, 38, 46, 102, 21, 0, 1, 1, 51, 31, 96, 19, 33, 122, 4, 385, 0, 22,
        20, 14, 7, 30, 8, 9,
    ];
    static SLOTS: [(&str, u32); 123] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 31, 75, 109, 6, 99, 93, 22, 21, 107, 19, 45, 4294967295, 14, 88,
            86, 100, 105, 4294967295, 46, 25, 42, 56, 4294967295, 2, 103, 40, 76,
            4294967295, 104, 71, 23, 67, 80, 81, 4, 8, 96, 0, 77, 64, 47, 108, 34, 5, 89,
            24, 59, 73, 4294967295, 87, 38, 61, 68, 94, 95, 4294967295, 17, 55, 18, 91,
            106, 3, 20, 36, 11, 28, 4294967295, 10, 92, 4294967295, 70, 62, 60, 53, 41,
            98, 74, 101, 85, 13, 29, 27, 44, 97, 37, 90, 57, 4294967295, 83, 26, 54, 72,
            12, 65, 48, 102, 52, 1, 39, 50, 110, 35, 69, 84, 49, 63, 32, 58, 51, 15, 30,
            9, 4294967295, 82, 33, 66, 78, 16, 7, 43, 79, 4294967295,
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
    const PROVIDER: &'static str = "Alibaba Cloud Sas";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Sas's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Sas: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
