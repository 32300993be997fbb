// @generated from catalogs/tencent/sqlserver.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud SQLSERVER: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud SQLSERVER: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `FailedOperation.CosError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cos error.
    FailedOperationCosError,
    /// `FailedOperation.CosPropertiesError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cos properties error.
    FailedOperationCosPropertiesError,
    /// `FailedOperation.CreateOrderFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create order failed.
    FailedOperationCreateOrderFailed,
    /// `FailedOperation.DBError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DB error.
    FailedOperationDbError,
    /// `FailedOperation.DomainOperationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain operation failed.
    FailedOperationDomainOperationFailed,
    /// `FailedOperation.GcsError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: gcs error.
    FailedOperationGcsError,
    /// `FailedOperation.GetVpcFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get vpc failed.
    FailedOperationGetVpcFailed,
    /// `FailedOperation.MigrationLockError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: migration lock error.
    FailedOperationMigrationLockError,
    /// `FailedOperation.NotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not support.
    FailedOperationNotSupport,
    /// `FailedOperation.QueryOrderFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query order failed.
    FailedOperationQueryOrderFailed,
    /// `FailedOperation.QueryPriceFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query price failed.
    FailedOperationQueryPriceFailed,
    /// `FailedOperation.SecurityGroupOperationError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: security group operation error.
    FailedOperationSecurityGroupOperationError,
    /// `FailedOperation.VPCError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: VPC error.
    FailedOperationVpcError,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.CamAuthFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cam auth failed.
    InternalErrorCamAuthFailed,
    /// `InternalError.CosError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cos error.
    InternalErrorCosError,
    /// `InternalError.CreateFlowFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: create flow failed.
    InternalErrorCreateFlowFailed,
    /// `InternalError.DBConnectError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB connect error.
    InternalErrorDbConnectError,
    /// `InternalError.DBError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB error.
    InternalErrorDbError,
    /// `InternalError.DataError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: data error.
    InternalErrorDataError,
    /// `InternalError.GcsError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: gcs error.
    InternalErrorGcsError,
    /// `InternalError.StsError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: sts error.
    InternalErrorStsError,
    /// `InternalError.SystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: system error.
    InternalErrorSystemError,
    /// `InternalError.UnknownError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unknown error.
    InternalErrorUnknownError,
    /// `InternalError.VPCError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: VPC error.
    InternalErrorVpcError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.InputIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: input illegal.
    InvalidParameterInputIllegal,
    /// `InvalidParameter.InterfaceNameNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: interface name not found.
    InvalidParameterInterfaceNameNotFound,
    /// `InvalidParameter.NotSupportPubSubInstance`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: not support pub sub instance.
    InvalidParameterNotSupportPubSubInstance,
    /// `InvalidParameter.NotSupportReadOnlyMasterInstance`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: not support read only master instance.
    InvalidParameterNotSupportReadOnlyMasterInstance,
    /// `InvalidParameter.NotSupportSingleInstance`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: not support single instance.
    InvalidParameterNotSupportSingleInstance,
    /// `InvalidParameter.ParamsAssertFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: params assert failed.
    InvalidParameterParamsAssertFailed,
    /// `InvalidParameter.PayOrderFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: pay order failed.
    InvalidParameterPayOrderFailed,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.AccountExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: account exist.
    InvalidParameterValueAccountExist,
    /// `InvalidParameterValue.AccountNameIsIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: account name is illegal.
    InvalidParameterValueAccountNameIsIllegal,
    /// `InvalidParameterValue.AccountNameIsKeyWords`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: account name is key words.
    InvalidParameterValueAccountNameIsKeyWords,
    /// `InvalidParameterValue.AccountRemarkIsIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: account remark is illegal.
    InvalidParameterValueAccountRemarkIsIllegal,
    /// `InvalidParameterValue.AdminAccountNotUnique`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: admin account not unique.
    InvalidParameterValueAdminAccountNotUnique,
    /// `InvalidParameterValue.BackupNameIsIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: backup name is illegal.
    InvalidParameterValueBackupNameIsIllegal,
    /// `InvalidParameterValue.BadGoodsNum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bad goods num.
    InvalidParameterValueBadGoodsNum,
    /// `InvalidParameterValue.CharsetIsIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: charset is illegal.
    InvalidParameterValueCharsetIsIllegal,
    /// `InvalidParameterValue.CosPathError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cos path error.
    InvalidParameterValueCosPathError,
    /// `InvalidParameterValue.CostTypeNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cost type not supported.
    InvalidParameterValueCostTypeNotSupported,
    /// `InvalidParameterValue.DBCharIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: DB char illegal.
    InvalidParameterValueDbCharIllegal,
    /// `InvalidParameterValue.DBExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: DB exist.
    InvalidParameterValueDbExist,
    /// `InvalidParameterValue.DBNameIsKeyWrods`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: DB name is key wrods.
    InvalidParameterValueDbNameIsKeyWrods,
    /// `InvalidParameterValue.DBNameNotNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: DB name not null.
    InvalidParameterValueDbNameNotNull,
    /// `InvalidParameterValue.DBNameSame`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: DB name same.
    InvalidParameterValueDbNameSame,
    /// `InvalidParameterValue.DataBaseRemarkIsIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: data base remark is illegal.
    InvalidParameterValueDataBaseRemarkIsIllegal,
    /// `InvalidParameterValue.GrantIsIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: grant is illegal.
    InvalidParameterValueGrantIsIllegal,
    /// `InvalidParameterValue.IllegalRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal region.
    InvalidParameterValueIllegalRegion,
    /// `InvalidParameterValue.IllegalSpec`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal spec.
    InvalidParameterValueIllegalSpec,
    /// `InvalidParameterValue.IllegalZone`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal zone.
    InvalidParameterValueIllegalZone,
    /// `InvalidParameterValue.InstanceExpandVolumeLow`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance expand volume low.
    InvalidParameterValueInstanceExpandVolumeLow,
    /// `InvalidParameterValue.InstanceNameIsIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance name is illegal.
    InvalidParameterValueInstanceNameIsIllegal,
    /// `InvalidParameterValue.MigrationNameIsIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: migration name is illegal.
    InvalidParameterValueMigrationNameIsIllegal,
    /// `InvalidParameterValue.ModifyTypeValueInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: modify type value invalid.
    InvalidParameterValueModifyTypeValueInvalid,
    /// `InvalidParameterValue.OnCvmTypeNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: on cvm type not supported.
    InvalidParameterValueOnCvmTypeNotSupported,
    /// `InvalidParameterValue.ParameterTypeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter type error.
    InvalidParameterValueParameterTypeError,
    /// `InvalidParameterValue.PasswordIsIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: password is illegal.
    InvalidParameterValuePasswordIsIllegal,
    /// `InvalidParameterValue.PrivilegeIsIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: privilege is illegal.
    InvalidParameterValuePrivilegeIsIllegal,
    /// `InvalidParameterValue.PubSubNameIsIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: pub sub name is illegal.
    InvalidParameterValuePubSubNameIsIllegal,
    /// `InvalidParameterValue.RoGroupNameIsIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ro group name is illegal.
    InvalidParameterValueRoGroupNameIsIllegal,
    /// `InvalidParameterValue.RoGroupStatusIsIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ro group status is illegal.
    InvalidParameterValueRoGroupStatusIsIllegal,
    /// `InvalidParameterValue.SecurityGroupIdIsIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: security group id is illegal.
    InvalidParameterValueSecurityGroupIdIsIllegal,
    /// `LimitExceeded.TooManyDB`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: too many DB.
    LimitExceededTooManyDb,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `ResourceInUse.IncrementalMigrationExist`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: incremental migration exist.
    ResourceInUseIncrementalMigrationExist,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.AccountNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: account not exist.
    ResourceNotFoundAccountNotExist,
    /// `ResourceNotFound.BackupNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: backup not found.
    ResourceNotFoundBackupNotFound,
    /// `ResourceNotFound.DBNotExit`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: DB not exit.
    ResourceNotFoundDbNotExit,
    /// `ResourceNotFound.DBNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: DB not found.
    ResourceNotFoundDbNotFound,
    /// `ResourceNotFound.FullBackupMigrationNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: full backup migration not exist.
    ResourceNotFoundFullBackupMigrationNotExist,
    /// `ResourceNotFound.IncreBackupMigrationNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: incre backup migration not exist.
    ResourceNotFoundIncreBackupMigrationNotExist,
    /// `ResourceNotFound.InstanceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instance not found.
    ResourceNotFoundInstanceNotFound,
    /// `ResourceNotFound.ParamsNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: params not found.
    ResourceNotFoundParamsNotFound,
    /// `ResourceNotFound.VpcNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: vpc not exist.
    ResourceNotFoundVpcNotExist,
    /// `ResourceUnavailable.AccountInvalidStatus`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: account invalid status.
    ResourceUnavailableAccountInvalidStatus,
    /// `ResourceUnavailable.BackupMigrationRecoveryTypeErr`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: backup migration recovery type err.
    ResourceUnavailableBackupMigrationRecoveryTypeErr,
    /// `ResourceUnavailable.CosStatusErr`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cos status err.
    ResourceUnavailableCosStatusErr,
    /// `ResourceUnavailable.DBInvalidStatus`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: DB invalid status.
    ResourceUnavailableDbInvalidStatus,
    /// `ResourceUnavailable.InstanceMigrateRegionIllegal`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance migrate region illegal.
    ResourceUnavailableInstanceMigrateRegionIllegal,
    /// `ResourceUnavailable.InstanceMigrateStatusInvalid`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance migrate status invalid.
    ResourceUnavailableInstanceMigrateStatusInvalid,
    /// `ResourceUnavailable.InstanceStatusInvalid`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance status invalid.
    ResourceUnavailableInstanceStatusInvalid,
    /// `ResourceUnavailable.NotSupportRoInstance`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not support ro instance.
    ResourceUnavailableNotSupportRoInstance,
    /// `ResourceUnavailable.VpcNotExist`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: vpc not exist.
    ResourceUnavailableVpcNotExist,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.PermissionDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: permission denied.
    UnauthorizedOperationPermissionDenied,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.NotSupportRepeat`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not support repeat.
    UnsupportedOperationNotSupportRepeat,
    /// `UnsupportedOperation.UploadTypeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: upload type error.
    UnsupportedOperationUploadTypeError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 95] = [
        "AuthFailure",
        "FailedOperation.CosError",
        "FailedOperation.CosPropertiesError",
        "FailedOperation.CreateOrderFailed",
        "FailedOperation.DBError",
        "FailedOperation.DomainOperationFailed",
        "FailedOperation.GcsError",
        "FailedOperation.GetVpcFailed",
        "FailedOperation.MigrationLockError",
        "FailedOperation.NotSupport",
        "FailedOperation.QueryOrderFailed",
        "FailedOperation.QueryPriceFailed",
        "FailedOperation.SecurityGroupOperationError",
        "FailedOperation.VPCError",
        "InternalError",
        "InternalError.CamAuthFailed",
        "InternalError.CosError",
        "InternalError.CreateFlowFailed",
        "InternalError.DBConnectError",
        "InternalError.DBError",
        "InternalError.DataError",
        "InternalError.GcsError",
        "InternalError.StsError",
        "InternalError.SystemError",
        "InternalError.UnknownError",
        "InternalError.VPCError",
        "InvalidParameter",
        "InvalidParameter.InputIllegal",
        "InvalidParameter.InterfaceNameNotFound",
        "InvalidParameter.NotSupportPubSubInstance",
        "InvalidParameter.NotSupportReadOnlyMasterInstance",
        "InvalidParameter.NotSupportSingleInstance",
        "InvalidParameter.ParamsAssertFailed",
        "InvalidParameter.PayOrderFailed",
        "InvalidParameterValue",
        "InvalidParameterValue.AccountExist",
        "InvalidParameterValue.AccountNameIsIllegal",
        "InvalidParameterValue.AccountNameIsKeyWords",
        "InvalidParameterValue.AccountRemarkIsIllegal",
        "InvalidParameterValue.AdminAccountNotUnique",
        "InvalidParameterValue.BackupNameIsIllegal",
        "InvalidParameterValue.BadGoodsNum",
        "InvalidParameterValue.CharsetIsIllegal",
        "InvalidParameterValue.CosPathError",
        "InvalidParameterValue.CostTypeNotSupported",
        "InvalidParameterValue.DBCharIllegal",
        "InvalidParameterValue.DBExist",
        "InvalidParameterValue.DBNameIsKeyWrods",
        "InvalidParameterValue.DBNameNotNull",
        "InvalidParameterValue.DBNameSame",
        "InvalidParameterValue.DataBaseRemarkIsIllegal",
        "InvalidParameterValue.GrantIsIllegal",
        "InvalidParameterValue.IllegalRegion",
        "InvalidParameterValue.IllegalSpec",
        "InvalidParameterValue.IllegalZone",
        "InvalidParameterValue.InstanceExpandVolumeLow",
        "InvalidParameterValue.InstanceNameIsIllegal",
        "InvalidParameterValue.MigrationNameIsIllegal",
        "InvalidParameterValue.ModifyTypeValueInvalid",
        "InvalidParameterValue.OnCvmTypeNotSupported",
        "InvalidParameterValue.ParameterTypeError",
        "InvalidParameterValue.PasswordIsIllegal",
        "InvalidParameterValue.PrivilegeIsIllegal",
        "InvalidParameterValue.PubSubNameIsIllegal",
        "InvalidParameterValue.RoGroupNameIsIllegal",
        "InvalidParameterValue.RoGroupStatusIsIllegal",
        "InvalidParameterValue.SecurityGroupIdIsIllegal",
        "LimitExceeded.TooManyDB",
        "MissingParameter",
        "ResourceInUse.IncrementalMigrationExist",
        "ResourceNotFound",
        "ResourceNotFound.AccountNotExist",
        "ResourceNotFound.BackupNotFound",
        "ResourceNotFound.DBNotExit",
        "ResourceNotFound.DBNotFound",
        "ResourceNotFound.FullBackupMigrationNotExist",
        "ResourceNotFound.IncreBackupMigrationNotExist",
        "ResourceNotFound.InstanceNotFound",
        "ResourceNotFound.ParamsNotFound",
        "ResourceNotFound.VpcNotExist",
        "ResourceUnavailable.AccountInvalidStatus",
        "ResourceUnavailable.BackupMigrationRecoveryTypeErr",
        "ResourceUnavailable.CosStatusErr",
        "ResourceUnavailable.DBInvalidStatus",
        "ResourceUnavailable.InstanceMigrateRegionIllegal",
        "ResourceUnavailable.InstanceMigrateStatusInvalid",
        "ResourceUnavailable.InstanceStatusInvalid",
        "ResourceUnavailable.NotSupportRoInstance",
        "ResourceUnavailable.VpcNotExist",
        "UnauthorizedOperation",
        "UnauthorizedOperation.PermissionDenied",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.NotSupportRepeat",
        "UnsupportedOperation.UploadTypeError",
    ];
    static NAME_CODES: [u32; 14] = [
        4, 13, 18, 19, 25, 45, 46, 47, 48, 49, 67, 73, 74, 83,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationDbErrorFailedOperationVpcErrorInternalErrorDbConnectErrorInternalErrorDbErrorInternalErrorVpcErrorInvalidParameterValueDbCharIllegalInvalidParameterValueDbExistInvalidParameterValueDbNameIsKeyWrodsInvalidParameterValueDbNameNotNullInvalidParameterValueDbNameSameLimitExceededTooManyDbResourceNotFoundDbNotExitResourceNotFoundDbNotFoundResourceUnavailableDbInvalidStatus",
        ends: &[0, 22, 45, 72, 92, 113, 147, 175, 212, 246, 277, 299, 324, 350, 384],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed: cos error.The operation failed: cos properties error.The operation failed: create order failed.The operation failed: DB error.The operation failed: domain operation failed.The operation failed: gcs error.The operation failed: get vpc failed.The operation failed: migration lock error.The operation failed: not support.The operation failed: query order failed.The operation failed: query price failed.The operation failed: security group operation error.The operation failed: VPC error.An internal error occurred.An internal error occurred: cam auth failed.An internal error occurred: cos error.An internal error occurred: create flow failed.An internal error occurred: DB connect error.An internal error occurred: DB error.An internal error occurred: data error.An internal error occurred: gcs error.An internal error occurred: sts error.An internal error occurred: system error.An internal error occurred: unknown error.An internal error occurred: VPC error.A parameter is invalid.A parameter is invalid: input illegal.A parameter is invalid: interface name not found.A parameter is invalid: not support pub sub instance.A parameter is invalid: not support read only master instance.A parameter is invalid: not support single instance.A parameter is invalid: params assert failed.A parameter is invalid: pay order failed.A parameter value is invalid.A parameter value is invalid: account exist.A parameter value is invalid: account name is illegal.A parameter value is invalid: account name is key words.A parameter value is invalid: account remark is illegal.A parameter value is invalid: admin account not unique.A parameter value is invalid: backup name is illegal.A parameter value is invalid: bad goods num.A parameter value is invalid: charset is illegal.A parameter value is invalid: cos path error.A parameter value is invalid: cost type not supported.A parameter value is invalid: DB char illegal.A parameter value is invalid: DB exist.A parameter value is invalid: DB name is key wrods.A parameter value is invalid: DB name not null.A parameter value is invalid: DB name same.A parameter value is invalid: data base remark is illegal.A parameter value is invalid: grant is illegal.A parameter value is invalid: illegal region.A parameter value is invalid: illegal spec.A parameter value is invalid: illegal zone.A parameter value is invalid: instance expand volume low.A parameter value is invalid: instance name is illegal.A parameter value is invalid: migration name is illegal.A parameter value is invalid: modify type value invalid.A parameter value is invalid: on cvm type not supported.A parameter value is invalid: parameter type error.A parameter value is invalid: password is illegal.A parameter value is invalid: privilege is illegal.A parameter value is invalid: pub sub name is illegal.A parameter value is invalid: ro group name is illegal.A parameter value is invalid: ro group status is illegal.A parameter value is invalid: security group id is illegal.A limit was exceeded: too many DB.A required parameter is missing.The resource is in use: incremental migration exist.The resource was not found.The resource was not found: account not exist.The resource was not found: backup not found.The resource was not found: DB not exit.The resource was not found: DB not found.The resource was not found: full backup migration not exist.The resource was not found: incre backup migration not exist.The resource was not found: instance not found.The resource was not found: params not found.The resource was not found: vpc not exist.The resource is unavailable: account invalid status.The resource is unavailable: backup migration recovery type err.The resource is unavailable: cos status err.The resource is unavailable: DB invalid status.The resource is unavailable: instance migrate region illegal.The resource is unavailable: instance migrate status invalid.The resource is unavailable: instance status invalid.The resource is unavailable: not support ro instance.The resource is unavailable: vpc not exist.The operation is not authorized.The operation is not authorized: permission denied.An unknown parameter was given.The operation is not supported.The operation is not supported: not support repeat.The operation is not supported: upload type error.",
        ends: &[
            0, 22, 54, 97, 139, 170, 216, 248, 285, 328, 362, 403, 444, 497, 529, 556,
            600, 638, 685, 730, 767, 806, 844, 882, 923, 965, 1003, 1026, 1064, 1113,
            1166, 1228, 1280, 1325, 1366, 1395, 1439, 1493, 1549, 1605, 1660, 1713, 1757,
            1806, 1851, 1905, 1951, 1990, 2041, 2088, 2131, 2189, 2236, 2281, 2324, 2367,
            2424, 2479, 2535, 2591, 2647, 2698, 2748, 2799, 2853, 2908, 2965, 3024, 3058,
            3090, 3142, 3169, 3215, 3260, 3300, 3341, 3401, 3462, 3509, 3554, 3596, 3648,
            3712, 3756, 3803, 3864, 3925, 3978, 4031, 4074, 4106, 4157, 4188, 4219, 4270,
            4320,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 95] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaabbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaaacccccccccccaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 95] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiiiiimmmmmmmmmmmmccccccccccccccccccccccccccccccccccccccccchcjeeeeeeeeeeiiiiiiiiiggclii",
    );
    static PILOTS: [u16; 24] = [
        3, 17, 8, 10, 4, 27, 36, 30, 0, 0, 36, 7, 51, 49, 59, 13, 13, 4, 87, 4, 3, 43,
        11, 41,
    ];
    static SLOTS: [(&str, u32); 105] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            16, 34, 58, 31, 67, 42, 70, 4294967295, 38, 22, 4294967295, 54, 10,
            4294967295, 72, 62, 84, 5, 79, 64, 45, 6, 4294967295, 47, 85, 4294967295, 36,
            92, 56, 87, 30, 8, 66, 7, 27, 29, 80, 49, 55, 11, 81, 4294967295, 4, 73, 82,
            4294967295, 35, 0, 68, 60, 94, 41, 57, 63, 25, 21, 91, 18, 28, 23, 61, 93,
            4294967295, 14, 9, 46, 75, 69, 1, 53, 71, 19, 20, 51, 44, 4294967295, 65, 3,
            88, 24, 12, 39, 74, 40, 32, 90, 86, 59, 48, 77, 15, 17, 89, 78, 43, 37, 76,
            4294967295, 26, 83, 50, 52, 2, 33, 13,
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
    const PROVIDER: &'static str = "Tencent Cloud SQLSERVER";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud SQLSERVER's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud SQLSERVER: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
