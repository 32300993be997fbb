// @generated from catalogs/alibaba/arms.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud ARMS: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud ARMS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `IdempotentParameterMismatch`: HTTP 400; retry: never; category: failed_precondition.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatch,
    /// `InternalError`: HTTP 500, 400; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `ParameterMissing`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter missing.
    ParameterMissing,
    /// `ResourceIdIsIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource id is illegal.
    ResourceIdIsIllegal,
    /// `ParameterIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter illegal.
    ParameterIllegal,
    /// `RAMNotAuthorize`: HTTP 403; retry: never; category: permission_denied.
    /// RAM not authorize.
    RamNotAuthorize,
    /// `STSNotAuthorize`: HTTP 403; retry: never; category: permission_denied.
    /// STS not authorize.
    StsNotAuthorize,
    /// `IllegalUserAccess`: HTTP 403; retry: never; category: permission_denied.
    /// Illegal user access.
    IllegalUserAccess,
    /// `AccountUidAccessError`: HTTP 500; retry: never; category: internal.
    /// Account uid access error.
    AccountUidAccessError,
    /// `TaskQuotaLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Task quota limit.
    TaskQuotaLimit,
    /// `ParameterRegionIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter region illegal.
    ParameterRegionIllegal,
    /// `DuplicateTagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate tag key.
    DuplicateTagKey,
    /// `TagNumOUT`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag num OUT.
    TagNumOut,
    /// `NoPermissionUSER`: HTTP 400; retry: never; category: invalid_argument.
    /// No permission USER.
    NoPermissionUser,
    /// `CommercialStatusException`: HTTP 403; retry: never; category: permission_denied.
    /// Commercial status exception.
    CommercialStatusException,
    /// `SyntheticTrailExpired`: HTTP 403; retry: never; category: permission_denied.
    /// Synthetic trail expired.
    SyntheticTrailExpired,
    /// `SyntheticInDebt`: HTTP 403; retry: never; category: permission_denied.
    /// Synthetic in debt.
    SyntheticInDebt,
    /// `SyntheticDailyTimesExhausted`: HTTP 403; retry: never; category: permission_denied.
    /// Synthetic daily times exhausted.
    SyntheticDailyTimesExhausted,
    /// `SyntheticDailyLimit`: HTTP 403; retry: never; category: permission_denied.
    /// Synthetic daily limit.
    SyntheticDailyLimit,
    /// `APINotAuthorize`: HTTP 403; retry: never; category: permission_denied.
    /// API not authorize.
    ApiNotAuthorize,
    /// `INNER_PROHIBIT`: HTTP 403; retry: never; category: permission_denied.
    /// INNER PROHIBIT.
    InnerProhibit,
    /// `ParameterUserIdIsNull`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter user id is null.
    ParameterUserIdIsNull,
    /// `ParameterResourceIdIsNull`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter resource id is null.
    ParameterResourceIdIsNull,
    /// `AgentNotUninstalled`: HTTP 406; retry: never; category: failed_precondition.
    /// Agent not uninstalled.
    AgentNotUninstalled,
    /// `RetcodeDailyCustomLimit`: HTTP 403; retry: never; category: permission_denied.
    /// Retcode daily custom limit.
    RetcodeDailyCustomLimit,
    /// `RetcodeDailyFreeLimit`: HTTP 403; retry: never; category: permission_denied.
    /// Retcode daily free limit.
    RetcodeDailyFreeLimit,
    /// `AppNotExist`: HTTP 404; retry: never; category: not_found.
    /// App not exist.
    AppNotExist,
    /// `RunningTaskNotExist`: HTTP 404; retry: never; category: not_found.
    /// Running task not exist.
    RunningTaskNotExist,
    /// `OperationIsThrottled`: HTTP 429; retry: never; category: resource_exhausted.
    /// Operation is throttled.
    OperationIsThrottled,
    /// `OperationTimeOut`: HTTP 452; retry: never; category: failed_precondition.
    /// Operation time out.
    OperationTimeOut,
    /// `ParameterPidMissing`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter pid missing.
    ParameterPidMissing,
    /// `INSUFFICIENT_AVAILABLE_QUOTA`: HTTP 400; retry: never; category: invalid_argument.
    /// INSUFFICIENT AVAILABLE QUOTA.
    InsufficientAvailableQuota,
    /// `ParameterRegionIdMissing`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter region id missing.
    ParameterRegionIdMissing,
    /// `ParameterTopologyTypeIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter topology type illegal.
    ParameterTopologyTypeIllegal,
    /// `ParameterTimeStampIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter time stamp illegal.
    ParameterTimeStampIllegal,
    /// `ParameterMetricIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter metric illegal.
    ParameterMetricIllegal,
    /// `ParameterMeasuresIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter measures illegal.
    ParameterMeasuresIllegal,
    /// `ParameterOrderIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter order illegal.
    ParameterOrderIllegal,
    /// `ParameterPageSizeIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter page size illegal.
    ParameterPageSizeIllegal,
    /// `ParameterIntervalIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter interval illegal.
    ParameterIntervalIllegal,
    /// `ParameterMeasuresMissing`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter measures missing.
    ParameterMeasuresMissing,
    /// `ParameterDimensionsIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter dimensions illegal.
    ParameterDimensionsIllegal,
    /// `ParameterRegionIdIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter region id illegal.
    ParameterRegionIdIllegal,
    /// `ParameterZeroStrategyIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter zero strategy illegal.
    ParameterZeroStrategyIllegal,
    /// `ParameterTraceAppSettingKeyIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter trace app setting key illegal.
    ParameterTraceAppSettingKeyIllegal,
    /// `ParameterTraceAppSettingValueIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter trace app setting value illegal.
    ParameterTraceAppSettingValueIllegal,
    /// `NoPermissionKeyOperator`: HTTP 400; retry: never; category: invalid_argument.
    /// No permission key operator.
    NoPermissionKeyOperator,
    /// `ResourceIdAndTagIsNull`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource id and tag is null.
    ResourceIdAndTagIsNull,
    /// `TagISNull`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag IS null.
    TagIsNull,
    /// `ResourceIdIsNull`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource id is null.
    ResourceIdIsNull,
    /// `ResourceTypeIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource type illegal.
    ResourceTypeIllegal,
    /// `ScopeDisAgreement`: HTTP 400; retry: never; category: invalid_argument.
    /// Scope dis agreement.
    ScopeDisAgreement,
    /// `ParameterNextTokenIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter next token illegal.
    ParameterNextTokenIllegal,
    /// `InvalidParameterTagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter tag key.
    InvalidParameterTagKey,
    /// `InvalidParameterTagValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter tag value.
    InvalidParameterTagValue,
    /// `TagKeyIsIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag key is illegal.
    TagKeyIsIllegal,
    /// `TagValueIsIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag value is illegal.
    TagValueIsIllegal,
    /// `ResourceIDOUT`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource IDOUT.
    ResourceIdout,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 58] = [
        "IdempotentParameterMismatch",
        "InternalError",
        "ParameterMissing",
        "ResourceIdIsIllegal",
        "ParameterIllegal",
        "RAMNotAuthorize",
        "STSNotAuthorize",
        "IllegalUserAccess",
        "AccountUidAccessError",
        "TaskQuotaLimit",
        "ParameterRegionIllegal",
        "DuplicateTagKey",
        "TagNumOUT",
        "NoPermissionUSER",
        "CommercialStatusException",
        "SyntheticTrailExpired",
        "SyntheticInDebt",
        "SyntheticDailyTimesExhausted",
        "SyntheticDailyLimit",
        "APINotAuthorize",
        "INNER_PROHIBIT",
        "ParameterUserIdIsNull",
        "ParameterResourceIdIsNull",
        "AgentNotUninstalled",
        "RetcodeDailyCustomLimit",
        "RetcodeDailyFreeLimit",
        "AppNotExist",
        "RunningTaskNotExist",
        "OperationIsThrottled",
        "OperationTimeOut",
        "ParameterPidMissing",
        "INSUFFICIENT_AVAILABLE_QUOTA",
        "ParameterRegionIdMissing",
        "ParameterTopologyTypeIllegal",
        "ParameterTimeStampIllegal",
        "ParameterMetricIllegal",
        "ParameterMeasuresIllegal",
        "ParameterOrderIllegal",
        "ParameterPageSizeIllegal",
        "ParameterIntervalIllegal",
        "ParameterMeasuresMissing",
        "ParameterDimensionsIllegal",
        "ParameterRegionIdIllegal",
        "ParameterZeroStrategyIllegal",
        "ParameterTraceAppSettingKeyIllegal",
        "ParameterTraceAppSettingValueIllegal",
        "NoPermissionKeyOperator",
        "ResourceIdAndTagIsNull",
        "TagISNull",
        "ResourceIdIsNull",
        "ResourceTypeIllegal",
        "ScopeDisAgreement",
        "ParameterNextTokenIllegal",
        "InvalidParameterTagKey",
        "InvalidParameterTagValue",
        "TagKeyIsIllegal",
        "TagValueIsIllegal",
        "ResourceIDOUT",
    ];
    static NAME_CODES: [u32; 9] = [5, 6, 12, 13, 19, 20, 31, 48, 57];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "RamNotAuthorizeStsNotAuthorizeTagNumOutNoPermissionUserApiNotAuthorizeInnerProhibitInsufficientAvailableQuotaTagIsNullResourceIdout",
        ends: &[0, 15, 30, 39, 55, 70, 83, 109, 118, 131],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Idempotent parameter mismatch.An internal error occurred.Parameter missing.Resource id is illegal.Parameter illegal.RAM not authorize.STS not authorize.Illegal user access.Account uid access error.Task quota limit.Parameter region illegal.Duplicate tag key.Tag num OUT.No permission USER.Commercial status exception.Synthetic trail expired.Synthetic in debt.Synthetic daily times exhausted.Synthetic daily limit.API not authorize.INNER PROHIBIT.Parameter user id is null.Parameter resource id is null.Agent not uninstalled.Retcode daily custom limit.Retcode daily free limit.App not exist.Running task not exist.Operation is throttled.Operation time out.Parameter pid missing.INSUFFICIENT AVAILABLE QUOTA.Parameter region id missing.Parameter topology type illegal.Parameter time stamp illegal.Parameter metric illegal.Parameter measures illegal.Parameter order illegal.Parameter page size illegal.Parameter interval illegal.Parameter measures missing.Parameter dimensions illegal.Parameter region id illegal.Parameter zero strategy illegal.Parameter trace app setting key illegal.Parameter trace app setting value illegal.No permission key operator.Resource id and tag is null.Tag IS null.Resource id is null.Resource type illegal.Scope dis agreement.Parameter next token illegal.Invalid parameter tag key.Invalid parameter tag value.Tag key is illegal.Tag value is illegal.Resource IDOUT.",
        ends: &[
            0, 30, 57, 75, 98, 116, 134, 152, 172, 197, 214, 239, 257, 269, 288, 316,
            340, 358, 390, 412, 430, 445, 471, 501, 523, 550, 575, 589, 612, 635, 654,
            676, 705, 733, 765, 794, 819, 846, 870, 898, 925, 952, 981, 1009, 1041, 1081,
            1123, 1150, 1178, 1190, 1210, 1232, 1252, 1281, 1307, 1335, 1354, 1375, 1390,
        ],
    };
    static STATUSES: [u16; 59] = [
        400, 500, 400, 400, 400, 400, 403, 403, 403, 500, 400, 400, 400, 400, 400, 403,
        403, 403, 403, 403, 403, 403, 400, 400, 406, 403, 403, 404, 404, 429, 452, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 59] = [
        0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,
    ];
    static RETRY: [::cloud_errors::Retry; 58] = ::cloud_errors::__private::retry_column(
        b"abaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 58] = ::cloud_errors::__private::category_column(
        b"imcccgggmcccccgggggggcciggeehicccccccccccccccccccccccccccc",
    );
    static PILOTS: [u16; 15] = [70, 0, 22, 2, 7, 26, 464, 327, 21, 6, 40, 2, 5, 0, 9];
    static SLOTS: [(&str, u32); 64] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            11, 4, 40, 7, 31, 53, 41, 15, 54, 6, 34, 23, 50, 5, 19, 57, 4294967295, 17,
            43, 42, 45, 30, 25, 13, 39, 12, 21, 29, 24, 4294967295, 16, 49, 4294967295,
            10, 44, 14, 48, 3, 26, 28, 22, 20, 46, 9, 4294967295, 47, 2, 51, 8,
            4294967295, 0, 35, 32, 37, 4294967295, 52, 18, 38, 36, 1, 27, 33, 56, 55,
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
    const PROVIDER: &'static str = "Alibaba Cloud ARMS";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud ARMS's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud ARMS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
