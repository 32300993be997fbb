// @generated from catalogs/alibaba/oceanbasepro.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud OceanBasePro: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud OceanBasePro: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `Instance.Order.CreateFailed`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Instance: order, create failed.
    InstanceOrderCreateFailed,
    /// `InstanceName.ModifyFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance name: modify failed.
    InstanceNameModifyFailed,
    /// `InstanceClass.InvalidValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance class: invalid value.
    InstanceClassInvalidValue,
    /// `InstanceType.Unsupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance type: unsupport.
    InstanceTypeUnsupport,
    /// `ZoneList.Unsupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Zone list: unsupport.
    ZoneListUnsupport,
    /// `InstanceId.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance id: invalid.
    InstanceIdInvalid,
    /// `InstanceId.Missing`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance id: missing.
    InstanceIdMissing,
    /// `Instance.Name.Missing`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: name, missing.
    InstanceNameMissing,
    /// `ListCluster.Fail`: HTTP 400; retry: never; category: invalid_argument.
    /// List cluster: fail.
    ListClusterFail,
    /// `GetCluster.Fail`: HTTP 400; retry: never; category: invalid_argument.
    /// Get cluster: fail.
    GetClusterFail,
    /// `ListClusterGroup.Fail`: HTTP 400; retry: never; category: invalid_argument.
    /// List cluster group: fail.
    ListClusterGroupFail,
    /// `GetClusterGroup.Fail`: HTTP 400; retry: never; category: invalid_argument.
    /// Get cluster group: fail.
    GetClusterGroupFail,
    /// `ListInstance.Fail`: HTTP 400; retry: never; category: invalid_argument.
    /// List instance: fail.
    ListInstanceFail,
    /// `GetInstance.Fail`: HTTP 400; retry: never; category: invalid_argument.
    /// Get instance: fail.
    GetInstanceFail,
    /// `ListTenant.Fail`: HTTP 400; retry: never; category: invalid_argument.
    /// List tenant: fail.
    ListTenantFail,
    /// `GetTenant.Fail`: HTTP 400; retry: never; category: invalid_argument.
    /// Get tenant: fail.
    GetTenantFail,
    /// `Instance.ListAliyunInstance.Fail`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: list aliyun instance, fail.
    InstanceListAliyunInstanceFail,
    /// `Instance.GetAliyunInstance.Fail`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: get aliyun instance, fail.
    InstanceGetAliyunInstanceFail,
    /// `ListZone.Fail`: HTTP 400; retry: never; category: invalid_argument.
    /// List zone: fail.
    ListZoneFail,
    /// `ListObServer.Fail`: HTTP 400; retry: never; category: invalid_argument.
    /// List ob server: fail.
    ListObServerFail,
    /// `GetObServer.Fail`: HTTP 400; retry: never; category: invalid_argument.
    /// Get ob server: fail.
    GetObServerFail,
    /// `CreateInstanceParameters.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Create instance parameters: error.
    CreateInstanceParametersError,
    /// `CreateInstance.Fail`: HTTP 400; retry: never; category: invalid_argument.
    /// Create instance: fail.
    CreateInstanceFail,
    /// `InstanceClassSpecification.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance class specification: invalid.
    InstanceClassSpecificationInvalid,
    /// `InstanceOrder.NotAvailable`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance order: not available.
    InstanceOrderNotAvailable,
    /// `InstanceNodeNum.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance node num: invalid.
    InstanceNodeNumInvalid,
    /// `InstanceLogSize.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance log size: invalid.
    InstanceLogSizeInvalid,
    /// `Instance.ExpandLogDisk.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: expand log disk, not support.
    InstanceExpandLogDiskNotSupport,
    /// `InstanceStatus.Invalid`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Instance status: invalid.
    InstanceStatusInvalid,
    /// `InstanceDataSize.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance data size: invalid.
    InstanceDataSizeInvalid,
    /// `StandbyInstance.StillOnline`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Standby instance: still online.
    StandbyInstanceStillOnline,
    /// `InstanceServiceName.Missing`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance service name: missing.
    InstanceServiceNameMissing,
    /// `PrimaryInstanceStatus.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Primary instance status: invalid.
    PrimaryInstanceStatusInvalid,
    /// `StandbyInstanceStatus.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Standby instance status: invalid.
    StandbyInstanceStatusInvalid,
    /// `StandbyInstance.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Standby instance: not support.
    StandbyInstanceNotSupport,
    /// `StandbyInstance.Disconnect.NotAllowed`: HTTP 400; retry: never; category: invalid_argument.
    /// Standby instance: disconnect, not allowed.
    StandbyInstanceDisconnectNotAllowed,
    /// `InstanceDiskSize.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance disk size: invalid.
    InstanceDiskSizeInvalid,
    /// `CreateInstance.Spec.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Create instance: spec, not support.
    CreateInstanceSpecNotSupport,
    /// `MissingParameterDiskSize`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing parameter disk size.
    MissingParameterDiskSize,
    /// `CreateInstance.ReplicaMode.InvalidValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Create instance: replica mode, invalid value.
    CreateInstanceReplicaModeInvalidValue,
    /// `CreateInstance.DeployType.InvalidValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Create instance: deploy type, invalid value.
    CreateInstanceDeployTypeInvalidValue,
    /// `ConfigError`: HTTP 400; retry: never; category: invalid_argument.
    /// Config error.
    ConfigError,
    /// `UnknownError`: HTTP 404, 500; retry: backoff; category: internal.
    /// An unknown error occurred.
    UnknownError,
    /// `BadRequest`: HTTP 400; retry: never; category: invalid_argument.
    /// Bad request.
    BadRequest,
    /// `Tenant.StillOnline`: HTTP 404; retry: never; category: not_found.
    /// Tenant: still online.
    TenantStillOnline,
    /// `ServiceTemporarilyUnavailable`: HTTP 404; retry: never; category: not_found.
    /// Service temporarily unavailable.
    ServiceTemporarilyUnavailable,
    /// `NotFound`: HTTP 404; retry: never; category: not_found.
    /// Not found.
    NotFound,
    /// `InternalServerError`: HTTP 500; retry: never; category: internal.
    /// Internal server error.
    InternalServerError,
    /// `E001R000`: no documented HTTP status; retry: never; category: unknown.
    /// E001 r000.
    E001r000,
    /// `MissingInstanceId`: no documented HTTP status; retry: never; category: unknown.
    /// Missing instance id.
    MissingInstanceId,
    /// `MissingInstanceName`: no documented HTTP status; retry: never; category: unknown.
    /// Missing instance name.
    MissingInstanceName,
    /// `Instance.ExpandLogDisk.Unsupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: expand log disk, unsupport.
    InstanceExpandLogDiskUnsupport,
    /// `AliyunInstance.NotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Aliyun instance: not exists.
    AliyunInstanceNotExists,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 54] = [
        "InternalError",
        "Instance.Order.CreateFailed",
        "InstanceName.ModifyFailed",
        "InstanceClass.InvalidValue",
        "InstanceType.Unsupport",
        "ZoneList.Unsupport",
        "InstanceId.Invalid",
        "InstanceId.Missing",
        "Instance.Name.Missing",
        "ListCluster.Fail",
        "GetCluster.Fail",
        "ListClusterGroup.Fail",
        "GetClusterGroup.Fail",
        "ListInstance.Fail",
        "GetInstance.Fail",
        "ListTenant.Fail",
        "GetTenant.Fail",
        "Instance.ListAliyunInstance.Fail",
        "Instance.GetAliyunInstance.Fail",
        "ListZone.Fail",
        "ListObServer.Fail",
        "GetObServer.Fail",
        "CreateInstanceParameters.Error",
        "CreateInstance.Fail",
        "InstanceClassSpecification.Invalid",
        "InstanceOrder.NotAvailable",
        "InstanceNodeNum.Invalid",
        "InstanceLogSize.Invalid",
        "Instance.ExpandLogDisk.NotSupport",
        "InstanceStatus.Invalid",
        "InstanceDataSize.Invalid",
        "StandbyInstance.StillOnline",
        "InstanceServiceName.Missing",
        "PrimaryInstanceStatus.Invalid",
        "StandbyInstanceStatus.Invalid",
        "StandbyInstance.NotSupport",
        "StandbyInstance.Disconnect.NotAllowed",
        "InstanceDiskSize.Invalid",
        "CreateInstance.Spec.NotSupport",
        "MissingParameterDiskSize",
        "CreateInstance.ReplicaMode.InvalidValue",
        "CreateInstance.DeployType.InvalidValue",
        "ConfigError",
        "UnknownError",
        "BadRequest",
        "Tenant.StillOnline",
        "ServiceTemporarilyUnavailable",
        "NotFound",
        "InternalServerError",
        "E001R000",
        "MissingInstanceId",
        "MissingInstanceName",
        "Instance.ExpandLogDisk.Unsupport",
        "AliyunInstance.NotExists",
    ];
    static NAME_CODES: [u32; 1] = [49];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "E001r000",
        ends: &[0, 8],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "An internal error occurred.Instance: order, create failed.Instance name: modify failed.Instance class: invalid value.Instance type: unsupport.Zone list: unsupport.Instance id: invalid.Instance id: missing.Instance: name, missing.List cluster: fail.Get cluster: fail.List cluster group: fail.Get cluster group: fail.List instance: fail.Get instance: fail.List tenant: fail.Get tenant: fail.Instance: list aliyun instance, fail.Instance: get aliyun instance, fail.List zone: fail.List ob server: fail.Get ob server: fail.Create instance parameters: error.Create instance: fail.Instance class specification: invalid.Instance order: not available.Instance node num: invalid.Instance log size: invalid.Instance: expand log disk, not support.Instance status: invalid.Instance data size: invalid.Standby instance: still online.Instance service name: missing.Primary instance status: invalid.Standby instance status: invalid.Standby instance: not support.Standby instance: disconnect, not allowed.Instance disk size: invalid.Create instance: spec, not support.Missing parameter disk size.Create instance: replica mode, invalid value.Create instance: deploy type, invalid value.Config error.An unknown error occurred.Bad request.Tenant: still online.Service temporarily unavailable.Not found.Internal server error.E001 r000.Missing instance id.Missing instance name.Instance: expand log disk, unsupport.Aliyun instance: not exists.",
        ends: &[
            0, 27, 58, 87, 117, 142, 163, 184, 205, 229, 248, 266, 291, 315, 335, 354,
            372, 389, 426, 462, 478, 499, 519, 553, 575, 613, 643, 670, 697, 736, 761,
            789, 820, 851, 884, 917, 947, 989, 1017, 1052, 1080, 1125, 1169, 1182, 1208,
            1220, 1241, 1273, 1283, 1305, 1315, 1335, 1357, 1394, 1422,
        ],
    };
    static STATUSES: [u16; 55] = [
        500, 400, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404,
        400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 500,
        400, 404, 404, 404, 500, 400, 400,
    ];
    static STATUS_ENDS: [u32; 55] = [
        0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 32, 33, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44,
        45, 46, 48, 49, 50, 51, 52, 53, 53, 53, 53, 54, 55,
    ];
    static RETRY: [::cloud_errors::Retry; 54] = ::cloud_errors::__private::retry_column(
        b"baaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 54] = ::cloud_errors::__private::category_column(
        b"mccccccccccccccccccccccccccccccccccccccccccmceeembbbcc",
    );
    static PILOTS: [u16; 14] = [1, 9, 0, 3, 0, 12, 63, 27, 1, 17, 109, 0, 18, 9];
    static SLOTS: [(&str, u32); 60] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            31, 50, 4294967295, 36, 42, 22, 13, 5, 51, 29, 45, 4294967295, 40, 33, 35, 3,
            52, 27, 4294967295, 39, 53, 37, 1, 44, 11, 28, 49, 47, 7, 24, 14, 26, 16, 17,
            4, 30, 46, 20, 10, 48, 43, 25, 34, 0, 38, 21, 15, 19, 8, 18, 12, 23,
            4294967295, 4294967295, 41, 32, 2, 6, 9, 4294967295,
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
    const PROVIDER: &'static str = "Alibaba Cloud OceanBasePro";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud OceanBasePro's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud OceanBasePro: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
