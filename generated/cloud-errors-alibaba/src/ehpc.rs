// @generated from catalogs/alibaba/ehpc.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud EHPC: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud EHPC: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidParams`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid params.
    InvalidParams,
    /// `NotEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Not enabled.
    NotEnabled,
    /// `InDebt`: HTTP 400; retry: never; category: invalid_argument.
    /// In debt.
    InDebt,
    /// `ContainerNameExist`: HTTP 403; retry: never; category: permission_denied.
    /// Container name exist.
    ContainerNameExist,
    /// `TooManyContainers`: HTTP 403; retry: never; category: permission_denied.
    /// Too many containers.
    TooManyContainers,
    /// `DbError`: HTTP 406; retry: never; category: failed_precondition.
    /// Db error.
    DbError,
    /// `AliyunError`: HTTP 406; retry: never; category: failed_precondition.
    /// Aliyun error.
    AliyunError,
    /// `FailToGenId`: HTTP 406; retry: never; category: failed_precondition.
    /// Fail to gen id.
    FailToGenId,
    /// `NotAuthorized`: HTTP 407; retry: never; category: failed_precondition.
    /// Not authorized.
    NotAuthorized,
    /// `UnknownError`: HTTP 500; retry: backoff; category: internal.
    /// An unknown error occurred.
    UnknownError,
    /// `ServiceUnavailable`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailable,
    /// `TooManyComputes`: HTTP 403; retry: never; category: permission_denied.
    /// Too many computes.
    TooManyComputes,
    /// `InvalidClusterStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid cluster status.
    InvalidClusterStatus,
    /// `InvalidOpt`: HTTP 403, 400, 406; retry: never; category: permission_denied.
    /// Invalid opt.
    InvalidOpt,
    /// `ConflictOpt`: HTTP 403; retry: never; category: permission_denied.
    /// Conflict opt.
    ConflictOpt,
    /// `ImageNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Image not supported.
    ImageNotSupported,
    /// `ImageNotFound`: HTTP 404; retry: never; category: not_found.
    /// Image not found.
    ImageNotFound,
    /// `ClusterNotFound`: HTTP 404; retry: never; category: not_found.
    /// Cluster not found.
    ClusterNotFound,
    /// `VolumeNotFound`: HTTP 404; retry: never; category: not_found.
    /// Volume not found.
    VolumeNotFound,
    /// `ManagerNotFound`: HTTP 404; retry: never; category: not_found.
    /// Manager not found.
    ManagerNotFound,
    /// `ObjectNotFound`: HTTP 404; retry: never; category: not_found.
    /// Object not found.
    ObjectNotFound,
    /// `EcsError`: HTTP 406; retry: never; category: failed_precondition.
    /// Ecs error.
    EcsError,
    /// `PartFailure`: HTTP 409, 406; retry: never; category: aborted.
    /// Part failure.
    PartFailure,
    /// `InvaildSystemDiskSize`: HTTP 400; retry: never; category: invalid_argument.
    /// Invaild system disk size.
    InvaildSystemDiskSize,
    /// `TooManyLogins`: HTTP 403; retry: never; category: permission_denied.
    /// Too many logins.
    TooManyLogins,
    /// `TooManyScc`: HTTP 403; retry: never; category: permission_denied.
    /// Too many scc.
    TooManyScc,
    /// `KeyPairNotFound`: HTTP 404; retry: never; category: not_found.
    /// Key pair not found.
    KeyPairNotFound,
    /// `EipError`: HTTP 406; retry: never; category: failed_precondition.
    /// Eip error.
    EipError,
    /// `ExecFail`: HTTP 403, 406; retry: never; category: permission_denied.
    /// Exec fail.
    ExecFail,
    /// `RedisError`: HTTP 406; retry: never; category: failed_precondition.
    /// Redis error.
    RedisError,
    /// `AgentError`: HTTP 406, 403; retry: never; category: failed_precondition.
    /// Agent error.
    AgentError,
    /// `AgentResponseTimeout`: HTTP 406; retry: never; category: failed_precondition.
    /// Agent response timeout.
    AgentResponseTimeout,
    /// `InvalidSecurityGroup`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid security group.
    InvalidSecurityGroup,
    /// `SecurityGroupNotSupported`: HTTP 404; retry: never; category: not_found.
    /// Security group not supported.
    SecurityGroupNotSupported,
    /// `SecurityGroupAlreadyExists`: HTTP 404; retry: never; category: not_found.
    /// Security group already exists.
    SecurityGroupAlreadyExists,
    /// `AgentError.Account.GetentPasswdFailure`: HTTP 406; retry: never; category: failed_precondition.
    /// Agent error: account, getent passwd failure.
    AgentErrorAccountGetentPasswdFailure,
    /// `AgentError.Account.UserAlreadyExist`: HTTP 406; retry: never; category: failed_precondition.
    /// Agent error: account, user already exist.
    AgentErrorAccountUserAlreadyExist,
    /// `AgentError.Account.UserAddFailure`: HTTP 406; retry: never; category: failed_precondition.
    /// Agent error: account, user add failure.
    AgentErrorAccountUserAddFailure,
    /// `AgentError.Account.DomainNotExist`: HTTP 406; retry: never; category: failed_precondition.
    /// Agent error: account, domain not exist.
    AgentErrorAccountDomainNotExist,
    /// `InvalidVswitch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vswitch.
    InvalidVswitch,
    /// `InvalidImage`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid image.
    InvalidImage,
    /// `InvalidInstanceType.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance type: not supported.
    InvalidInstanceTypeNotSupported,
    /// `InvalidZoneId.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid zone id: value not supported.
    InvalidZoneIdValueNotSupported,
    /// `InvalidCapacityNum.ValueNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid capacity num: value not supported.
    InvalidCapacityNumValueNotSupported,
    /// `RecommendEmpty.InstanceTypeSoldOut`: HTTP 403; retry: never; category: permission_denied.
    /// Recommend empty: instance type sold out.
    RecommendEmptyInstanceTypeSoldOut,
    /// `ResourceTargetAmount.NotSatisfied`: HTTP 403; retry: never; category: permission_denied.
    /// Resource target amount: not satisfied.
    ResourceTargetAmountNotSatisfied,
    /// `RecommendEmpty.PriceNotSatisfied`: HTTP 403; retry: never; category: permission_denied.
    /// Recommend empty: price not satisfied.
    RecommendEmptyPriceNotSatisfied,
    /// `QuotaExceed.PayasyougoInstance`: HTTP 403; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: payasyougo instance.
    QuotaExceedPayasyougoInstance,
    /// `RecommendEmpty.InstanceTypeNoStock`: HTTP 403; retry: never; category: permission_denied.
    /// Recommend empty: instance type no stock.
    RecommendEmptyInstanceTypeNoStock,
    /// `RecommendEmpty.InstanceTypeNotAuthorized`: HTTP 403; retry: never; category: permission_denied.
    /// Recommend empty: instance type not authorized.
    RecommendEmptyInstanceTypeNotAuthorized,
    /// `VswitchNotFound`: HTTP 404; retry: never; category: not_found.
    /// Vswitch not found.
    VswitchNotFound,
    /// `OrderError.InsufficientBalance`: HTTP 400; retry: never; category: invalid_argument.
    /// Order error: insufficient balance.
    OrderErrorInsufficientBalance,
    /// `OrderError.InstHasUnpaidOrder`: HTTP 400; retry: never; category: invalid_argument.
    /// Order error: inst has unpaid order.
    OrderErrorInstHasUnpaidOrder,
    /// `OrderError.Arrearage`: HTTP 400; retry: never; category: invalid_argument.
    /// Order error: arrearage.
    OrderErrorArrearage,
    /// `OrderError.NoCard`: HTTP 400; retry: never; category: invalid_argument.
    /// Order error: no card.
    OrderErrorNoCard,
    /// `OrderError.InvalidPayMethod`: HTTP 400; retry: never; category: invalid_argument.
    /// Order error: invalid pay method.
    OrderErrorInvalidPayMethod,
    /// `OrderError.NoRealNameAuthentication`: HTTP 400; retry: never; category: invalid_argument.
    /// Order error: no real name authentication.
    OrderErrorNoRealNameAuthentication,
    /// `OrderError.NoRealNameRegistration`: HTTP 400; retry: never; category: invalid_argument.
    /// Order error: no real name registration.
    OrderErrorNoRealNameRegistration,
    /// `OrderError.UserProfileIncomplete`: HTTP 400; retry: never; category: invalid_argument.
    /// Order error: user profile incomplete.
    OrderErrorUserProfileIncomplete,
    /// `InvalidVpc`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vpc.
    InvalidVpc,
    /// `InvalidVolume`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid volume.
    InvalidVolume,
    /// `InvalidSoftware`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid software.
    InvalidSoftware,
    /// `InvalidVolumeProtocal`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid volume protocal.
    InvalidVolumeProtocal,
    /// `InvalidVolumeMountpoint`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid volume mountpoint.
    InvalidVolumeMountpoint,
    /// `MissingParams`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing params.
    MissingParams,
    /// `TooManyClusters`: HTTP 403; retry: never; category: permission_denied.
    /// Too many clusters.
    TooManyClusters,
    /// `QuotaExceeded.PrivateIpAddress`: HTTP 403; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: private ip address.
    QuotaExceededPrivateIpAddress,
    /// `VpcNotFound`: HTTP 404; retry: never; category: not_found.
    /// Vpc not found.
    VpcNotFound,
    /// `NasError`: HTTP 406; retry: never; category: failed_precondition.
    /// Nas error.
    NasError,
    /// `NasServiceNotOpen`: HTTP 406; retry: never; category: failed_precondition.
    /// Nas service not open.
    NasServiceNotOpen,
    /// `OrderError`: HTTP 406; retry: never; category: failed_precondition.
    /// Order error.
    OrderError,
    /// `AckError`: HTTP 406; retry: never; category: failed_precondition.
    /// Ack error.
    AckError,
    /// `IncorrectCredential`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect credential.
    IncorrectCredential,
    /// `AgentError.Account.ValidateCredentialFailure`: HTTP 403; retry: never; category: permission_denied.
    /// Agent error: account, validate credential failure.
    AgentErrorAccountValidateCredentialFailure,
    /// `UsernameExist`: HTTP 403; retry: never; category: permission_denied.
    /// Username exist.
    UsernameExist,
    /// `TemplateNameExist`: HTTP 403; retry: never; category: permission_denied.
    /// Template name exist.
    TemplateNameExist,
    /// `TooMuchTemplates`: HTTP 403; retry: never; category: permission_denied.
    /// Too much templates.
    TooMuchTemplates,
    /// `ContainerNotFound`: HTTP 404; retry: never; category: not_found.
    /// Container not found.
    ContainerNotFound,
    /// `InvalidContainerType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid container type.
    InvalidContainerType,
    /// `LoginNotFound`: HTTP 404; retry: never; category: not_found.
    /// Login not found.
    LoginNotFound,
    /// `AgentError.Job.DeleteFailure`: HTTP 406; retry: never; category: failed_precondition.
    /// Agent error: job, delete failure.
    AgentErrorJobDeleteFailure,
    /// `InvalidNodeStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid node status.
    InvalidNodeStatus,
    /// `ComputeNotFound`: HTTP 404; retry: never; category: not_found.
    /// Compute not found.
    ComputeNotFound,
    /// `AgentError.Account.UserNotExist`: HTTP 406; retry: never; category: failed_precondition.
    /// Agent error: account, user not exist.
    AgentErrorAccountUserNotExist,
    /// `AgentError.Account.UserDeleteFailure`: HTTP 406; retry: never; category: failed_precondition.
    /// Agent error: account, user delete failure.
    AgentErrorAccountUserDeleteFailure,
    /// `EntityNotExist.Role`: HTTP 407; retry: never; category: failed_precondition.
    /// Entity not exist: role.
    EntityNotExistRole,
    /// `TemplateNotExist`: HTTP 404; retry: never; category: not_found.
    /// Template not exist.
    TemplateNotExist,
    /// `Cluster.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Cluster: not supported.
    ClusterNotSupported,
    /// `SlsError`: HTTP 406; retry: never; category: failed_precondition.
    /// Sls error.
    SlsError,
    /// `EntityAlreadyExists.RoleError`: HTTP 500; retry: never; category: internal.
    /// Entity already exists: role error.
    EntityAlreadyExistsRoleError,
    /// `NoPermission`: HTTP 501; retry: after_fix; category: permission_denied.
    /// The caller has no permission.
    NoPermission,
    /// `InvalidContainerName`: HTTP 401; retry: never; category: unauthenticated.
    /// Invalid container name.
    InvalidContainerName,
    /// `AgentError.Job.ListFailure`: HTTP 406; retry: never; category: failed_precondition.
    /// Agent error: job, list failure.
    AgentErrorJobListFailure,
    /// `TagError`: HTTP 406; retry: never; category: failed_precondition.
    /// Tag error.
    TagError,
    /// `AgentError.Account.GetUserListFailure`: HTTP 406; retry: never; category: failed_precondition.
    /// Agent error: account, get user list failure.
    AgentErrorAccountGetUserListFailure,
    /// `ImageNotMatched`: HTTP 400; retry: never; category: invalid_argument.
    /// Image not matched.
    ImageNotMatched,
    /// `AgentError.Account.UserModifyGroupFailure`: HTTP 406; retry: never; category: failed_precondition.
    /// Agent error: account, user modify group failure.
    AgentErrorAccountUserModifyGroupFailure,
    /// `AgentError.Account.UserChangePasswordFailure`: HTTP 406; retry: never; category: failed_precondition.
    /// Agent error: account, user change password failure.
    AgentErrorAccountUserChangePasswordFailure,
    /// `AgentError.Job.RerunFailure`: HTTP 406; retry: never; category: failed_precondition.
    /// Agent error: job, rerun failure.
    AgentErrorJobRerunFailure,
    /// `AgentError.Job.StopFailure`: HTTP 406; retry: never; category: failed_precondition.
    /// Agent error: job, stop failure.
    AgentErrorJobStopFailure,
    /// `AgentError.Job.SubmitFailure`: HTTP 406; retry: never; category: failed_precondition.
    /// Agent error: job, submit failure.
    AgentErrorJobSubmitFailure,
    /// `AgentError.Job.InvalidContainerType`: HTTP 406; retry: never; category: failed_precondition.
    /// Agent error: job, invalid container type.
    AgentErrorJobInvalidContainerType,
    /// `AgentError.Account.AccountValidateCredentialFailure`: HTTP 406; retry: never; category: failed_precondition.
    /// Agent error: account, account validate credential failure.
    AgentErrorAccountAccountValidateCredentialFailure,
    /// `ServiceAPIError`: HTTP 406; retry: never; category: failed_precondition.
    /// Service API error.
    ServiceApiError,
    /// `AgentError.Account.UserSynFailure`: HTTP 406; retry: never; category: failed_precondition.
    /// Agent error: account, user syn failure.
    AgentErrorAccountUserSynFailure,
    /// `Duplicate.TagKey`: HTTP 403; retry: never; category: permission_denied.
    /// Duplicate: tag key.
    DuplicateTagKey,
    /// `InvalidClientVersion`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid client version.
    InvalidClientVersion,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 107] = [
        "InvalidParams",
        "NotEnabled",
        "InDebt",
        "ContainerNameExist",
        "TooManyContainers",
        "DbError",
        "AliyunError",
        "FailToGenId",
        "NotAuthorized",
        "UnknownError",
        "ServiceUnavailable",
        "TooManyComputes",
        "InvalidClusterStatus",
        "InvalidOpt",
        "ConflictOpt",
        "ImageNotSupported",
        "ImageNotFound",
        "ClusterNotFound",
        "VolumeNotFound",
        "ManagerNotFound",
        "ObjectNotFound",
        "EcsError",
        "PartFailure",
        "InvaildSystemDiskSize",
        "TooManyLogins",
        "TooManyScc",
        "KeyPairNotFound",
        "EipError",
        "ExecFail",
        "RedisError",
        "AgentError",
        "AgentResponseTimeout",
        "InvalidSecurityGroup",
        "SecurityGroupNotSupported",
        "SecurityGroupAlreadyExists",
        "AgentError.Account.GetentPasswdFailure",
        "AgentError.Account.UserAlreadyExist",
        "AgentError.Account.UserAddFailure",
        "AgentError.Account.DomainNotExist",
        "InvalidVswitch",
        "InvalidImage",
        "InvalidInstanceType.NotSupported",
        "InvalidZoneId.ValueNotSupported",
        "InvalidCapacityNum.ValueNotSupported",
        "RecommendEmpty.InstanceTypeSoldOut",
        "ResourceTargetAmount.NotSatisfied",
        "RecommendEmpty.PriceNotSatisfied",
        "QuotaExceed.PayasyougoInstance",
        "RecommendEmpty.InstanceTypeNoStock",
        "RecommendEmpty.InstanceTypeNotAuthorized",
        "VswitchNotFound",
        "OrderError.InsufficientBalance",
        "OrderError.InstHasUnpaidOrder",
        "OrderError.Arrearage",
        "OrderError.NoCard",
        "OrderError.InvalidPayMethod",
        "OrderError.NoRealNameAuthentication",
        "OrderError.NoRealNameRegistration",
        "OrderError.UserProfileIncomplete",
        "InvalidVpc",
        "InvalidVolume",
        "InvalidSoftware",
        "InvalidVolumeProtocal",
        "InvalidVolumeMountpoint",
        "MissingParams",
        "TooManyClusters",
        "QuotaExceeded.PrivateIpAddress",
        "VpcNotFound",
        "NasError",
        "NasServiceNotOpen",
        "OrderError",
        "AckError",
        "IncorrectCredential",
        "AgentError.Account.ValidateCredentialFailure",
        "UsernameExist",
        "TemplateNameExist",
        "TooMuchTemplates",
        "ContainerNotFound",
        "InvalidContainerType",
        "LoginNotFound",
        "AgentError.Job.DeleteFailure",
        "InvalidNodeStatus",
        "ComputeNotFound",
        "AgentError.Account.UserNotExist",
        "AgentError.Account.UserDeleteFailure",
        "EntityNotExist.Role",
        "TemplateNotExist",
        "Cluster.NotSupported",
        "SlsError",
        "EntityAlreadyExists.RoleError",
        "NoPermission",
        "InvalidContainerName",
        "AgentError.Job.ListFailure",
        "TagError",
        "AgentError.Account.GetUserListFailure",
        "ImageNotMatched",
        "AgentError.Account.UserModifyGroupFailure",
        "AgentError.Account.UserChangePasswordFailure",
        "AgentError.Job.RerunFailure",
        "AgentError.Job.StopFailure",
        "AgentError.Job.SubmitFailure",
        "AgentError.Job.InvalidContainerType",
        "AgentError.Account.AccountValidateCredentialFailure",
        "ServiceAPIError",
        "AgentError.Account.UserSynFailure",
        "Duplicate.TagKey",
        "InvalidClientVersion",
    ];
    static NAME_CODES: [u32; 1] = [103];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "ServiceApiError",
        ends: &[0, 15],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Invalid params.Not enabled.In debt.Container name exist.Too many containers.Db error.Aliyun error.Fail to gen id.Not authorized.An unknown error occurred.The service is unavailable.Too many computes.Invalid cluster status.Invalid opt.Conflict opt.Image not supported.Image not found.Cluster not found.Volume not found.Manager not found.Object not found.Ecs error.Part failure.Invaild system disk size.Too many logins.Too many scc.Key pair not found.Eip error.Exec fail.Redis error.Agent error.Agent response timeout.Invalid security group.Security group not supported.Security group already exists.Agent error: account, getent passwd failure.Agent error: account, user already exist.Agent error: account, user add failure.Agent error: account, domain not exist.Invalid vswitch.Invalid image.Invalid instance type: not supported.Invalid zone id: value not supported.Invalid capacity num: value not supported.Recommend empty: instance type sold out.Resource target amount: not satisfied.Recommend empty: price not satisfied.A quota was exceeded: payasyougo instance.Recommend empty: instance type no stock.Recommend empty: instance type not authorized.Vswitch not found.Order error: insufficient balance.Order error: inst has unpaid order.Order error: arrearage.Order error: no card.Order error: invalid pay method.Order error: no real name authentication.Order error: no real name registration.Order error: user profile incomplete.Invalid vpc.Invalid volume.Invalid software.Invalid volume protocal.Invalid volume mountpoint.Missing params.Too many clusters.A quota was exceeded: private ip address.Vpc not found.Nas error.Nas service not open.Order error.Ack error.Incorrect credential.Agent error: account, validate credential failure.Username exist.Template name exist.Too much templates.Container not found.Invalid container type.Login not found.Agent error: job, delete failure.Invalid node status.Compute not found.Agent error: account, user not exist.Agent error: account, user delete failure.Entity not exist: role.Template not exist.Cluster: not supported.Sls error.Entity already exists: role error.The caller has no permission.Invalid container name.Agent error: job, list failure.Tag error.Agent error: account, get user list failure.Image not matched.Agent error: account, user modify group failure.Agent error: account, user change password failure.Agent error: job, rerun failure.Agent error: job, stop failure.Agent error: job, submit failure.Agent error: job, invalid container type.Agent error: account, account validate credential failure.Service API error.Agent error: account, user syn failure.Duplicate: tag key.Invalid client version.",
        ends: &[
            0, 15, 27, 35, 56, 76, 85, 98, 113, 128, 154, 181, 199, 222, 234, 247, 267,
            283, 301, 318, 336, 353, 363, 376, 401, 417, 430, 449, 459, 469, 481, 493,
            516, 539, 568, 598, 642, 683, 722, 761, 777, 791, 828, 865, 907, 947, 985,
            1022, 1064, 1104, 1150, 1168, 1202, 1237, 1260, 1281, 1313, 1354, 1393, 1430,
            1442, 1457, 1474, 1498, 1524, 1539, 1557, 1598, 1612, 1622, 1643, 1655, 1665,
            1686, 1736, 1751, 1771, 1790, 1810, 1833, 1849, 1882, 1902, 1920, 1957, 1999,
            2022, 2041, 2064, 2074, 2108, 2137, 2160, 2191, 2201, 2245, 2263, 2311, 2362,
            2394, 2425, 2458, 2499, 2557, 2575, 2614, 2633, 2656,
        ],
    };
    static STATUSES: [u16; 113] = [
        400, 400, 400, 403, 403, 406, 406, 406, 407, 500, 503, 403, 403, 403, 400, 406,
        403, 403, 404, 404, 404, 404, 404, 406, 409, 406, 400, 403, 403, 404, 406, 403,
        406, 406, 406, 403, 406, 400, 404, 404, 404, 406, 406, 406, 406, 400, 400, 400,
        400, 403, 403, 403, 403, 403, 403, 403, 404, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 403, 403, 404, 406, 406, 406, 406, 403, 403,
        403, 403, 403, 404, 400, 404, 406, 403, 404, 406, 406, 407, 404, 400, 406, 500,
        501, 401, 406, 406, 406, 400, 406, 406, 406, 406, 406, 406, 406, 406, 406, 403,
        403,
    ];
    static STATUS_ENDS: [u32; 108] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 21, 22, 23, 24,
        26, 27, 28, 29, 30, 31, 33, 34, 36, 37, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48,
        49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68,
        69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88,
        89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106,
        107, 108, 109, 110, 111, 112, 113,
    ];
    static RETRY: [::cloud_errors::Retry; 107] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaabbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 107] = ::cloud_errors::__private::category_column(
        b"cccggiiiimngggggeeeeeijcggeigiiiceeiiiiccccgggghggeccccccccccccccgheiiiigggggeceigeiiiecimgpiiiciiiiiiiiigg",
    );
    static PILOTS: [u16; 27] = [
        0, 35, 25, 11, 12, 181, 1, 37, 19, 1, 0, 4, 1, 3, 92, 45, 0, 88, 1, 0, 25, 44,
        106, 30, 6, 237, 22,
    ];
    static SLOTS: [(&str, u32); 118] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            57, 31, 101, 4294967295, 22, 97, 4294967295, 8, 86, 103, 51, 70, 104, 30, 73,
            0, 39, 92, 63, 69, 4294967295, 4294967295, 32, 28, 29, 84, 61, 4294967295,
            27, 18, 15, 5, 47, 106, 4294967295, 105, 62, 42, 24, 78, 60, 53, 76, 98, 1,
            21, 13, 64, 46, 80, 74, 34, 6, 88, 75, 45, 43, 96, 89, 26, 4294967295, 82,
            4294967295, 77, 58, 48, 87, 14, 54, 4294967295, 41, 38, 40, 35, 7, 94, 95,
            36, 83, 4294967295, 44, 19, 93, 33, 79, 68, 66, 72, 3, 17, 67, 59, 91, 71,
            85, 23, 9, 10, 20, 55, 49, 11, 56, 37, 65, 4294967295, 90, 12, 4, 25, 2, 100,
            99, 102, 50, 81, 52, 16,
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
    const PROVIDER: &'static str = "Alibaba Cloud EHPC";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud EHPC's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud EHPC: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
