// @generated from catalogs/alibaba/drds.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Drds: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Drds: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ActionUnauthorized`: HTTP 400; retry: never; category: invalid_argument.
    /// Action unauthorized.
    ActionUnauthorized,
    /// `InvalidDRDSInstanceId.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid DRDS instance id: not found.
    InvalidDrdsInstanceIdNotFound,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `ERR_INSTANCE_NOT_RUNNING_STATUS`: HTTP 400; retry: never; category: invalid_argument.
    /// ERR INSTANCE NOT RUNNING STATUS.
    ErrInstanceNotRunningStatus,
    /// `ERR_OTHER_MULTI_AZONE_SWITCH`: HTTP 400; retry: never; category: invalid_argument.
    /// ERR OTHER MULTI AZONE SWITCH.
    ErrOtherMultiAzoneSwitch,
    /// `InvalidDbName.Empty`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid db name: empty.
    InvalidDbNameEmpty,
    /// `InvalidDbName.Keyword`: HTTP 404; retry: never; category: not_found.
    /// Invalid db name: keyword.
    InvalidDbNameKeyword,
    /// `InvalidDbName.DuplicatedInPublic`: HTTP 404; retry: never; category: not_found.
    /// Invalid db name: duplicated in public.
    InvalidDbNameDuplicatedInPublic,
    /// `InvalidDbName.Duplicated`: HTTP 404; retry: never; category: not_found.
    /// Invalid db name: duplicated.
    InvalidDbNameDuplicated,
    /// `InvalidInstance.CreateDbForSlave`: HTTP 404; retry: never; category: not_found.
    /// Invalid instance: create db for slave.
    InvalidInstanceCreateDbForSlave,
    /// `InvalidParameter.InstDbName`: HTTP 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: inst db name.
    InvalidParameterInstDbName,
    /// `ParameterError`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter error.
    ParameterError,
    /// `ServiceUnable`: HTTP 400; retry: never; category: invalid_argument.
    /// Service unable.
    ServiceUnable,
    /// `OperationDenied`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied.
    OperationDenied,
    /// `QuotaExceeded.DRDSInstance`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: DRDS instance.
    QuotaExceededDrdsInstance,
    /// `InvalidRegionId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid region id: not found.
    InvalidRegionIdNotFound,
    /// `InvalidDescription.MalFormed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid description: mal formed.
    InvalidDescriptionMalFormed,
    /// `CommunicateWithManager.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Communicate with manager: error.
    CommunicateWithManagerError,
    /// `InvalidVSwitchId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid v switch id.
    InvalidVSwitchId,
    /// `InvalidVpcId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid vpc id.
    InvalidVpcId,
    /// `InvalidZoneId.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid zone id: mismatch.
    InvalidZoneIdMismatch,
    /// `LowInventory.ServerError`: HTTP 400; retry: never; category: invalid_argument.
    /// Low inventory: server error.
    LowInventoryServerError,
    /// `publicInstanceAlreadExist.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Public instance alread exist: error.
    PublicInstanceAlreadExistError,
    /// `CreateDRDSInstanceId.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Create DRDS instance id: error.
    CreateDrdsInstanceIdError,
    /// `ResourceInsufficient`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource insufficient.
    ResourceInsufficient,
    /// `AnotherOrderExist.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Another order exist: error.
    AnotherOrderExistError,
    /// `InstanceExceedLimit.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance exceed limit: error.
    InstanceExceedLimitError,
    /// `InvalidParameter.Quantity`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: quantity.
    InvalidParameterQuantity,
    /// `InvalidParameter.RegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: region id.
    InvalidParameterRegionId,
    /// `InvalidParameter.ZoneId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: zone id.
    InvalidParameterZoneId,
    /// `InvalidParameter.PayType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: pay type.
    InvalidParameterPayType,
    /// `InvalidParameter.Spection`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: spection.
    InvalidParameterSpection,
    /// `InvalidParameter.Series`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: series.
    InvalidParameterSeries,
    /// `InvalidParameter.duration_pricingCycle`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: duration pricing cycle.
    InvalidParameterDurationPricingCycle,
    /// `InvalidParameter.year.duration`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: year, duration.
    InvalidParameterYearDuration,
    /// `InvalidParameter.month.duration`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: month, duration.
    InvalidParameterMonthDuration,
    /// `InvalidDRDSInstanceType.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DRDS instance type: error.
    InvalidDrdsInstanceTypeError,
    /// `QueryVSwitchFailed.InvalidVpcIdOrServerError`: HTTP 400; retry: never; category: invalid_argument.
    /// Query v switch failed: invalid vpc id or server error.
    QueryVSwitchFailedInvalidVpcIdOrServerError,
    /// `RegionNotSupportVPC.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Region not support VPC: error.
    RegionNotSupportVpcError,
    /// `UserAccountVerify.Failed`: HTTP 400; retry: never; category: invalid_argument.
    /// User account verify: failed.
    UserAccountVerifyFailed,
    /// `OperationFailed.CreateAccount`: HTTP 404; retry: never; category: not_found.
    /// Operation failed: create account.
    OperationFailedCreateAccount,
    /// `InvalidDbName.NotFound`: HTTP 404, 400; retry: never; category: not_found.
    /// Invalid db name: not found.
    InvalidDbNameNotFound,
    /// `InvalidParameter.MasterDbInstanceRelease`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: master db instance release.
    InvalidParameterMasterDbInstanceRelease,
    /// `InvalidParameter.Mismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: mismatch.
    InvalidParameterMismatch,
    /// `InvalidParameter.time`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: time.
    InvalidParameterTime,
    /// `InvalidParameter.periodMultiple`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: period multiple.
    InvalidParameterPeriodMultiple,
    /// `DrdsInstance.NotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Drds instance: not exists.
    DrdsInstanceNotExists,
    /// `Monitor.QueryRdsFailure`: HTTP 404; retry: never; category: not_found.
    /// Monitor: query rds failure.
    MonitorQueryRdsFailure,
    /// `InvalidDbname.MalFormed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid dbname: mal formed.
    InvalidDbnameMalFormed,
    /// `InvalidParameter.tagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag key.
    InvalidParameterTagKey,
    /// `InvalidParameter.tagValue`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag value.
    InvalidParameterTagValue,
    /// `InvalidParameter.tags.exceed`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tags, exceed.
    InvalidParameterTagsExceed,
    /// `InvalidParameter.instanceId.and.tags`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: instance id, and, tags.
    InvalidParameterInstanceIdAndTags,
    /// `InvalidParameter.tags.json.error`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tags, json, error.
    InvalidParameterTagsJsonError,
    /// `TagApi.InvalidParameter.resourceId.exceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag api: invalid parameter, resource id, exceed.
    TagApiInvalidParameterResourceIdExceed,
    /// `RDSAPI.ERROR`: HTTP 500; retry: never; category: internal.
    /// RDSAPI: ERROR.
    RdsapiError,
    /// `OperationFailed.ModifyAccountDescription`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: modify account description.
    OperationFailedModifyAccountDescription,
    /// `OperationFailed.ModifyAccountPrivilege`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: modify account privilege.
    OperationFailedModifyAccountPrivilege,
    /// `InvalidParameter.InvalidDbName`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid db name.
    InvalidParameterInvalidDbName,
    /// `InvalidParameter.ReadWeighAndRdsNotMapping`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: read weigh and rds not mapping.
    InvalidParameterReadWeighAndRdsNotMapping,
    /// `InvalidParameter.InvalidReadWeight`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid read weight.
    InvalidParameterInvalidReadWeight,
    /// `ReleasePrepayInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Release prepay instance.
    ReleasePrepayInstance,
    /// `RemoveDrdsDBFirst`: HTTP 400; retry: never; category: invalid_argument.
    /// Remove drds DB first.
    RemoveDrdsDbFirst,
    /// `ERR_INSTANCE_RELEASE_ALREADY`: HTTP 500; retry: never; category: internal.
    /// ERR INSTANCE RELEASE ALREADY.
    ErrInstanceReleaseAlready,
    /// `ERR_INSTANCE_CAN_NOT_RELEASE`: HTTP 500; retry: never; category: internal.
    /// ERR INSTANCE CAN NOT RELEASE.
    ErrInstanceCanNotRelease,
    /// `OperationFailed.RemoveInstanceAccount`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: remove instance account.
    OperationFailedRemoveInstanceAccount,
    /// `InvalidParameter.tags.notFound`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tags, not found.
    InvalidParameterTagsNotFound,
    /// `ERR_INSTANCE_CANNOT_SWITCH_NETWORK_FOR_PUBLIC`: HTTP 400; retry: never; category: invalid_argument.
    /// ERR INSTANCE CANNOT SWITCH NETWORK FOR PUBLIC.
    ErrInstanceCannotSwitchNetworkForPublic,
    /// `ModifyRdsClassApiError`: HTTP 500; retry: never; category: internal.
    /// Modify rds class api error.
    ModifyRdsClassApiError,
    /// `DRDSDB.NotExist`: HTTP 404; retry: never; category: not_found.
    /// DRDSDB: not exist.
    DrdsdbNotExist,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 70] = [
        "ActionUnauthorized",
        "InvalidDRDSInstanceId.NotFound",
        "InternalError",
        "ERR_INSTANCE_NOT_RUNNING_STATUS",
        "ERR_OTHER_MULTI_AZONE_SWITCH",
        "InvalidDbName.Empty",
        "InvalidDbName.Keyword",
        "InvalidDbName.DuplicatedInPublic",
        "InvalidDbName.Duplicated",
        "InvalidInstance.CreateDbForSlave",
        "InvalidParameter.InstDbName",
        "ParameterError",
        "ServiceUnable",
        "OperationDenied",
        "QuotaExceeded.DRDSInstance",
        "InvalidRegionId.NotFound",
        "InvalidDescription.MalFormed",
        "CommunicateWithManager.Error",
        "InvalidVSwitchId",
        "InvalidVpcId",
        "InvalidZoneId.Mismatch",
        "LowInventory.ServerError",
        "publicInstanceAlreadExist.Error",
        "CreateDRDSInstanceId.Error",
        "ResourceInsufficient",
        "AnotherOrderExist.Error",
        "InstanceExceedLimit.Error",
        "InvalidParameter.Quantity",
        "InvalidParameter.RegionId",
        "InvalidParameter.ZoneId",
        "InvalidParameter.PayType",
        "InvalidParameter.Spection",
        "InvalidParameter.Series",
        "InvalidParameter.duration_pricingCycle",
        "InvalidParameter.year.duration",
        "InvalidParameter.month.duration",
        "InvalidDRDSInstanceType.Error",
        "QueryVSwitchFailed.InvalidVpcIdOrServerError",
        "RegionNotSupportVPC.Error",
        "UserAccountVerify.Failed",
        "OperationFailed.CreateAccount",
        "InvalidDbName.NotFound",
        "InvalidParameter.MasterDbInstanceRelease",
        "InvalidParameter.Mismatch",
        "InvalidParameter.time",
        "InvalidParameter.periodMultiple",
        "DrdsInstance.NotExists",
        "Monitor.QueryRdsFailure",
        "InvalidDbname.MalFormed",
        "InvalidParameter.tagKey",
        "InvalidParameter.tagValue",
        "InvalidParameter.tags.exceed",
        "InvalidParameter.instanceId.and.tags",
        "InvalidParameter.tags.json.error",
        "TagApi.InvalidParameter.resourceId.exceed",
        "RDSAPI.ERROR",
        "OperationFailed.ModifyAccountDescription",
        "OperationFailed.ModifyAccountPrivilege",
        "InvalidParameter.InvalidDbName",
        "InvalidParameter.ReadWeighAndRdsNotMapping",
        "InvalidParameter.InvalidReadWeight",
        "ReleasePrepayInstance",
        "RemoveDrdsDBFirst",
        "ERR_INSTANCE_RELEASE_ALREADY",
        "ERR_INSTANCE_CAN_NOT_RELEASE",
        "OperationFailed.RemoveInstanceAccount",
        "InvalidParameter.tags.notFound",
        "ERR_INSTANCE_CANNOT_SWITCH_NETWORK_FOR_PUBLIC",
        "ModifyRdsClassApiError",
        "DRDSDB.NotExist",
    ];
    static NAME_CODES: [u32; 26] = [
        1, 3, 4, 14, 22, 23, 33, 34, 35, 36, 38, 44, 45, 49, 50, 51, 52, 53, 54, 55, 62,
        63, 64, 66, 67, 69,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidDrdsInstanceIdNotFoundErrInstanceNotRunningStatusErrOtherMultiAzoneSwitchQuotaExceededDrdsInstancePublicInstanceAlreadExistErrorCreateDrdsInstanceIdErrorInvalidParameterDurationPricingCycleInvalidParameterYearDurationInvalidParameterMonthDurationInvalidDrdsInstanceTypeErrorRegionNotSupportVpcErrorInvalidParameterTimeInvalidParameterPeriodMultipleInvalidParameterTagKeyInvalidParameterTagValueInvalidParameterTagsExceedInvalidParameterInstanceIdAndTagsInvalidParameterTagsJsonErrorTagApiInvalidParameterResourceIdExceedRdsapiErrorRemoveDrdsDbFirstErrInstanceReleaseAlreadyErrInstanceCanNotReleaseInvalidParameterTagsNotFoundErrInstanceCannotSwitchNetworkForPublicDrdsdbNotExist",
        ends: &[
            0, 29, 56, 80, 105, 135, 160, 196, 224, 253, 281, 305, 325, 355, 377, 401,
            427, 460, 489, 527, 538, 555, 580, 604, 632, 671, 685,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Action unauthorized.Invalid DRDS instance id: not found.An internal error occurred.ERR INSTANCE NOT RUNNING STATUS.ERR OTHER MULTI AZONE SWITCH.Invalid db name: empty.Invalid db name: keyword.Invalid db name: duplicated in public.Invalid db name: duplicated.Invalid instance: create db for slave.A parameter is invalid: inst db name.Parameter error.Service unable.Operation denied.A quota was exceeded: DRDS instance.Invalid region id: not found.Invalid description: mal formed.Communicate with manager: error.Invalid v switch id.Invalid vpc id.Invalid zone id: mismatch.Low inventory: server error.Public instance alread exist: error.Create DRDS instance id: error.Resource insufficient.Another order exist: error.Instance exceed limit: error.A parameter is invalid: quantity.A parameter is invalid: region id.A parameter is invalid: zone id.A parameter is invalid: pay type.A parameter is invalid: spection.A parameter is invalid: series.A parameter is invalid: duration pricing cycle.A parameter is invalid: year, duration.A parameter is invalid: month, duration.Invalid DRDS instance type: error.Query v switch failed: invalid vpc id or server error.Region not support VPC: error.User account verify: failed.Operation failed: create account.Invalid db name: not found.A parameter is invalid: master db instance release.A parameter is invalid: mismatch.A parameter is invalid: time.A parameter is invalid: period multiple.Drds instance: not exists.Monitor: query rds failure.Invalid dbname: mal formed.A parameter is invalid: tag key.A parameter is invalid: tag value.A parameter is invalid: tags, exceed.A parameter is invalid: instance id, and, tags.A parameter is invalid: tags, json, error.Tag api: invalid parameter, resource id, exceed.RDSAPI: ERROR.Operation failed: modify account description.Operation failed: modify account privilege.A parameter is invalid: invalid db name.A parameter is invalid: read weigh and rds not mapping.A parameter is invalid: invalid read weight.Release prepay instance.Remove drds DB first.ERR INSTANCE RELEASE ALREADY.ERR INSTANCE CAN NOT RELEASE.Operation failed: remove instance account.A parameter is invalid: tags, not found.ERR INSTANCE CANNOT SWITCH NETWORK FOR PUBLIC.Modify rds class api error.DRDSDB: not exist.",
        ends: &[
            0, 20, 56, 83, 115, 144, 167, 192, 230, 258, 296, 333, 349, 364, 381, 417,
            446, 478, 510, 530, 545, 571, 599, 635, 666, 688, 715, 744, 777, 811, 843,
            876, 909, 940, 987, 1026, 1066, 1100, 1154, 1184, 1212, 1245, 1272, 1323,
            1356, 1385, 1425, 1451, 1478, 1505, 1537, 1571, 1608, 1655, 1697, 1745, 1759,
            1804, 1847, 1887, 1942, 1986, 2010, 2031, 2060, 2089, 2131, 2171, 2217, 2244,
            2262,
        ],
    };
    static STATUSES: [u16; 72] = [
        400, 404, 400, 500, 400, 400, 400, 404, 404, 404, 404, 404, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 404, 400, 400, 400, 400, 400,
        400, 404, 400, 400, 400, 400, 400, 400, 400, 500, 400, 400, 400, 400, 400, 400,
        400, 500, 500, 400, 400, 400, 500, 404,
    ];
    static STATUS_ENDS: [u32; 71] = [
        0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
        64, 65, 66, 67, 68, 69, 70, 71, 72,
    ];
    static RETRY: [::cloud_errors::Retry; 70] = ::cloud_errors::__private::retry_column(
        b"aabaaaaaaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 70] = ::cloud_errors::__private::category_column(
        b"cemccceeeecccchccccccccccccccccccccccccceecccccecccccccmcccccccmmcccme",
    );
    static PILOTS: [u16; 18] = [
        12, 8, 13, 5, 2, 4, 26, 0, 9, 0, 110, 42, 56, 46, 3, 13, 5, 33,
    ];
    static SLOTS: [(&str, u32); 77] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            66, 36, 29, 4294967295, 20, 56, 60, 64, 41, 25, 55, 7, 4294967295, 67, 46,
            10, 8, 0, 65, 54, 49, 32, 62, 27, 3, 5, 39, 33, 13, 4294967295, 9, 43, 18,
            31, 42, 53, 22, 38, 57, 50, 4294967295, 51, 4294967295, 69, 59, 4294967295,
            2, 14, 44, 19, 48, 16, 4, 15, 45, 23, 1, 47, 52, 35, 12, 17, 21, 40, 6, 37,
            26, 63, 28, 30, 24, 34, 68, 11, 58, 4294967295, 61,
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
    const PROVIDER: &'static str = "Alibaba Cloud Drds";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Drds's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Drds: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
