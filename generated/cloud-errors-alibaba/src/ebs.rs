// @generated from catalogs/alibaba/ebs.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud ebs: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud ebs: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `OperationDenied`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied.
    OperationDenied,
    /// `OperationDenied.GroupStatusCannotAddPair`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: group status cannot add pair.
    OperationDeniedGroupStatusCannotAddPair,
    /// `OperationDenied.InvalidStatus`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: invalid status.
    OperationDeniedInvalidStatus,
    /// `OperationDenied.PairGroupAZoneConflict`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: pair group a zone conflict.
    OperationDeniedPairGroupAZoneConflict,
    /// `OperationDenied.PairGroupStatusConflict`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: pair group status conflict.
    OperationDeniedPairGroupStatusConflict,
    /// `OperationDenied.PairInAnotherGroup`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: pair in another group.
    OperationDeniedPairInAnotherGroup,
    /// `OperationDenied.PairInitializing`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: pair initializing.
    OperationDeniedPairInitializing,
    /// `OperationDenied.PairStatusCannotAddToGroup`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: pair status cannot add to group.
    OperationDeniedPairStatusCannotAddToGroup,
    /// `OperationDenied.QuotaExceed`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// Operation denied: quota exceed.
    OperationDeniedQuotaExceed,
    /// `OperationDenied.PairsExceedInGroup`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: pairs exceed in group.
    OperationDeniedPairsExceedInGroup,
    /// `OperationDenied.GroupTotalDiskCapacityLimit`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: group total disk capacity limit.
    OperationDeniedGroupTotalDiskCapacityLimit,
    /// `Forbidden`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden.
    Forbidden,
    /// `Forbidden.Action`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: action.
    ForbiddenAction,
    /// `NoSuchResource`: HTTP 404; retry: never; category: not_found.
    /// No such resource.
    NoSuchResource,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `RequestTimeout`: HTTP 504; retry: backoff; category: deadline_exceeded.
    /// Request timeout.
    RequestTimeout,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.Conflict`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: conflict.
    InvalidParameterConflict,
    /// `InvalidParameter.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: format.
    InvalidParameterFormat,
    /// `MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `InvalidAccountStatus.NotEnoughBalance`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid account status: not enough balance.
    InvalidAccountStatusNotEnoughBalance,
    /// `LastTokenProcessing`: HTTP 403; retry: never; category: permission_denied.
    /// Last token processing.
    LastTokenProcessing,
    /// `NoPermission.SLR`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The caller has no permission: SLR.
    NoPermissionSlr,
    /// `InvalidApi.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid api: not found.
    InvalidApiNotFound,
    /// `InvalidResourceType.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid resource type: not found.
    InvalidResourceTypeNotFound,
    /// `InvalidResourceId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid resource id: not found.
    InvalidResourceIdNotFound,
    /// `InvalidResourceGroup.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid resource group: not found.
    InvalidResourceGroupNotFound,
    /// `MissingParameter.ResourceGroup`: HTTP 404; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource group.
    MissingParameterResourceGroup,
    /// `MissingParameter.ResourceType`: HTTP 404; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource type.
    MissingParameterResourceType,
    /// `InvalidPayMethod`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid pay method.
    InvalidPayMethod,
    /// `InvalidRegionId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid region id: not found.
    InvalidRegionIdNotFound,
    /// `OperationDenied.TooMuchEmptyGroup`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: too much empty group.
    OperationDeniedTooMuchEmptyGroup,
    /// `IdempotentParameterMismatch`: HTTP 400; retry: never; category: failed_precondition.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatch,
    /// `OperationDenied.GroupHasPair`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: group has pair.
    OperationDeniedGroupHasPair,
    /// `InvalidDiskCategory.NotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid disk category: not supported.
    InvalidDiskCategoryNotSupported,
    /// `InvalidZoneId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid zone id: not found.
    InvalidZoneIdNotFound,
    /// `BLOCK.LimitedRequest`: HTTP 429; retry: never; category: resource_exhausted.
    /// BLOCK: limited request.
    BlockLimitedRequest,
    /// `OperationDenied.NoPairInGroup`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: no pair in group.
    OperationDeniedNoPairInGroup,
    /// `OperationDenied.OperateNotAllowedForPrimary`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: operate not allowed for primary.
    OperationDeniedOperateNotAllowedForPrimary,
    /// `OperationDenied.OperateNotAllowedForStandby`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: operate not allowed for standby.
    OperationDeniedOperateNotAllowedForStandby,
    /// `Duplicate.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate: tag key.
    DuplicateTagKey,
    /// `NumberExceed.ResourceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: resource ids.
    NumberExceedResourceIds,
    /// `NumberExceed.Tags`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: tags.
    NumberExceedTags,
    /// `InvalidTime.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time: malformed.
    InvalidTimeMalformed,
    /// `InvalidParameter.EndTime`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: end time.
    InvalidParameterEndTime,
    /// `InvalidPeriod.ValueNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid period: value not supported.
    InvalidPeriodValueNotSupported,
    /// `InvalidParameter.TooManyDataQueried`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: too many data queried.
    InvalidParameterTooManyDataQueried,
    /// `OperationDenied.GroupStatusCannotRemovePair`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: group status cannot remove pair.
    OperationDeniedGroupStatusCannotRemovePair,
    /// `OperationDenied.PairNotInGroup`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: pair not in group.
    OperationDeniedPairNotInGroup,
    /// `OperationDenied.PairStatusCannotRemoveFromGroup`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: pair status cannot remove from group.
    OperationDeniedPairStatusCannotRemoveFromGroup,
    /// `OperationDenied.StandbyDeviceAttached`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: standby device attached.
    OperationDeniedStandbyDeviceAttached,
    /// `OperationDenied.ManualSyncLimit`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: manual sync limit.
    OperationDeniedManualSyncLimit,
    /// `OperationDenied.RecoverPointNotFound`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: recover point not found.
    OperationDeniedRecoverPointNotFound,
    /// `OperationDenied.StartDrillShouldOnDestRegion`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: start drill should on dest region.
    OperationDeniedStartDrillShouldOnDestRegion,
    /// `NoSuchResource.SlnInst`: HTTP 404; retry: never; category: not_found.
    /// No such resource: sln inst.
    NoSuchResourceSlnInst,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 55] = [
        "OperationDenied",
        "OperationDenied.GroupStatusCannotAddPair",
        "OperationDenied.InvalidStatus",
        "OperationDenied.PairGroupAZoneConflict",
        "OperationDenied.PairGroupStatusConflict",
        "OperationDenied.PairInAnotherGroup",
        "OperationDenied.PairInitializing",
        "OperationDenied.PairStatusCannotAddToGroup",
        "OperationDenied.QuotaExceed",
        "OperationDenied.PairsExceedInGroup",
        "OperationDenied.GroupTotalDiskCapacityLimit",
        "Forbidden",
        "Forbidden.Action",
        "NoSuchResource",
        "InternalError",
        "RequestTimeout",
        "InvalidParameter",
        "InvalidParameter.Conflict",
        "InvalidParameter.Format",
        "MissingParameter",
        "InvalidAccountStatus.NotEnoughBalance",
        "LastTokenProcessing",
        "NoPermission.SLR",
        "InvalidApi.NotFound",
        "InvalidResourceType.NotFound",
        "InvalidResourceId.NotFound",
        "InvalidResourceGroup.NotFound",
        "MissingParameter.ResourceGroup",
        "MissingParameter.ResourceType",
        "InvalidPayMethod",
        "InvalidRegionId.NotFound",
        "OperationDenied.TooMuchEmptyGroup",
        "IdempotentParameterMismatch",
        "OperationDenied.GroupHasPair",
        "InvalidDiskCategory.NotSupported",
        "InvalidZoneId.NotFound",
        "BLOCK.LimitedRequest",
        "OperationDenied.NoPairInGroup",
        "OperationDenied.OperateNotAllowedForPrimary",
        "OperationDenied.OperateNotAllowedForStandby",
        "Duplicate.TagKey",
        "NumberExceed.ResourceIds",
        "NumberExceed.Tags",
        "InvalidTime.Malformed",
        "InvalidParameter.EndTime",
        "InvalidPeriod.ValueNotSupported",
        "InvalidParameter.TooManyDataQueried",
        "OperationDenied.GroupStatusCannotRemovePair",
        "OperationDenied.PairNotInGroup",
        "OperationDenied.PairStatusCannotRemoveFromGroup",
        "OperationDenied.StandbyDeviceAttached",
        "OperationDenied.ManualSyncLimit",
        "OperationDenied.RecoverPointNotFound",
        "OperationDenied.StartDrillShouldOnDestRegion",
        "NoSuchResource.SlnInst",
    ];
    static NAME_CODES: [u32; 2] = [22, 36];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "NoPermissionSlrBlockLimitedRequest",
        ends: &[0, 15, 34],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Operation denied.Operation denied: group status cannot add pair.Operation denied: invalid status.Operation denied: pair group a zone conflict.Operation denied: pair group status conflict.Operation denied: pair in another group.Operation denied: pair initializing.Operation denied: pair status cannot add to group.Operation denied: quota exceed.Operation denied: pairs exceed in group.Operation denied: group total disk capacity limit.The request is forbidden.The request is forbidden: action.No such resource.An internal error occurred.Request timeout.A parameter is invalid.A parameter is invalid: conflict.A parameter is invalid: format.A required parameter is missing.Invalid account status: not enough balance.Last token processing.The caller has no permission: SLR.Invalid api: not found.Invalid resource type: not found.Invalid resource id: not found.Invalid resource group: not found.A required parameter is missing: resource group.A required parameter is missing: resource type.Invalid pay method.Invalid region id: not found.Operation denied: too much empty group.Idempotent parameter mismatch.Operation denied: group has pair.Invalid disk category: not supported.Invalid zone id: not found.BLOCK: limited request.Operation denied: no pair in group.Operation denied: operate not allowed for primary.Operation denied: operate not allowed for standby.Duplicate: tag key.Number exceed: resource ids.Number exceed: tags.Invalid time: malformed.A parameter is invalid: end time.Invalid period: value not supported.A parameter is invalid: too many data queried.Operation denied: group status cannot remove pair.Operation denied: pair not in group.Operation denied: pair status cannot remove from group.Operation denied: standby device attached.Operation denied: manual sync limit.Operation denied: recover point not found.Operation denied: start drill should on dest region.No such resource: sln inst.",
        ends: &[
            0, 17, 64, 97, 142, 187, 227, 263, 313, 344, 384, 434, 459, 492, 509, 536,
            552, 575, 608, 639, 671, 714, 736, 770, 793, 826, 857, 891, 939, 986, 1005,
            1034, 1073, 1103, 1136, 1173, 1200, 1223, 1258, 1308, 1358, 1377, 1405, 1425,
            1449, 1482, 1518, 1564, 1614, 1650, 1705, 1747, 1783, 1825, 1877, 1904,
        ],
    };
    static STATUSES: [u16; 56] = [
        403, 403, 403, 403, 403, 403, 403, 403, 400, 403, 403, 403, 403, 403, 404, 500,
        504, 400, 400, 400, 400, 403, 403, 403, 404, 404, 404, 404, 404, 404, 403, 404,
        403, 400, 403, 403, 404, 429, 403, 403, 403, 400, 400, 400, 400, 400, 400, 400,
        403, 403, 403, 400, 403, 403, 403, 404,
    ];
    static STATUS_ENDS: [u32; 56] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56,
    ];
    static RETRY: [::cloud_errors::Retry; 55] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaccabbaaaaaacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 55] = ::cloud_errors::__private::category_column(
        b"ggggggggcggggemdccccgggeeeeccgegiggehgggcccccccgggcggge",
    );
    static PILOTS: [u16; 14] = [3, 4, 31, 16, 41, 2, 0, 27, 45, 23, 40, 138, 6, 2];
    static SLOTS: [(&str, u32); 61] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4, 38, 43, 18, 8, 13, 4294967295, 52, 39, 46, 14, 26, 49, 23, 30, 37,
            4294967295, 1, 7, 36, 50, 16, 21, 22, 17, 9, 28, 41, 4294967295, 6, 51, 31,
            33, 54, 25, 40, 24, 29, 19, 47, 45, 44, 2, 5, 4294967295, 53, 12, 34, 15, 42,
            35, 4294967295, 11, 3, 10, 27, 4294967295, 32, 0, 48, 20,
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
    const PROVIDER: &'static str = "Alibaba Cloud ebs";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud ebs's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud ebs: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
