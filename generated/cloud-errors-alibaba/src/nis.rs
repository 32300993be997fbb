// @generated from catalogs/alibaba/nis.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud nis: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud nis: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `IllegalParam.InternetIP`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: internet IP.
    IllegalParamInternetIp,
    /// `IllegalParam.IP`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: IP.
    IllegalParamIp,
    /// `Mismatch.SourceIdAndTargetId`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: source id and target id.
    MismatchSourceIdAndTargetId,
    /// `IllegalParam.SourceAndTargetInternetIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: source and target internet ip.
    IllegalParamSourceAndTargetInternetIp,
    /// `IllegalParam.SourcePort`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: source port.
    IllegalParamSourcePort,
    /// `IllegalParam.TargetPort`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: target port.
    IllegalParamTargetPort,
    /// `IllegalParam.SourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: source id.
    IllegalParamSourceId,
    /// `IllegalParam.TargetId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: target id.
    IllegalParamTargetId,
    /// `IllegalParam.SourceIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: source ip.
    IllegalParamSourceIp,
    /// `IllegalParam.SourceType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: source type.
    IllegalParamSourceType,
    /// `IllegalParam.Protocol`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: protocol.
    IllegalParamProtocol,
    /// `IllegalParam.TargetType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: target type.
    IllegalParamTargetType,
    /// `IllegalParam.TargetIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: target ip.
    IllegalParamTargetIp,
    /// `IllegalParam.NotSupportHaVpn`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: not support ha vpn.
    IllegalParamNotSupportHaVpn,
    /// `IllegalParam.SourceNotBound`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: source not bound.
    IllegalParamSourceNotBound,
    /// `IllegalParam.TargetNotBound`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: target not bound.
    IllegalParamTargetNotBound,
    /// `IllegalParam.NotPublicIp`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: not public ip.
    IllegalParamNotPublicIp,
    /// `IllegalParam.SourceEqualTarget`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: source equal target.
    IllegalParamSourceEqualTarget,
    /// `IllegalParam.TypeAndIdMismatch`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: type and id mismatch.
    IllegalParamTypeAndIdMismatch,
    /// `Forbidden.NetworkPath`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: network path.
    ForbiddenNetworkPath,
    /// `QuotaExceeded.NetworkPath`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: network path.
    QuotaExceededNetworkPath,
    /// `ResourceAlreadyExist.NetworkPath`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already exist: network path.
    ResourceAlreadyExistNetworkPath,
    /// `MissingParameter.TagValue`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: tag value.
    MissingParameterTagValue,
    /// `NumberExceed.Tags`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: tags.
    NumberExceedTags,
    /// `Duplicate.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate: tag key.
    DuplicateTagKey,
    /// `MissingParameter.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: tag key.
    MissingParameterTagKey,
    /// `InvalidParameter.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag key.
    InvalidParameterTagKey,
    /// `InvalidParameter.TagValue`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag value.
    InvalidParameterTagValue,
    /// `IncorrectStatus.NetworkPath`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: network path.
    IncorrectStatusNetworkPath,
    /// `QuotaExceeded.ParallelNraLimit`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: parallel nra limit.
    QuotaExceededParallelNraLimit,
    /// `QuotaExceeded.MaxNraCount`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: max nra count.
    QuotaExceededMaxNraCount,
    /// `IllegalParam.ZoneId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: zone id.
    IllegalParamZoneId,
    /// `IllegalParam.StepMinutes`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: step minutes.
    IllegalParamStepMinutes,
    /// `IllegalParam.BeginTime`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: begin time.
    IllegalParamBeginTime,
    /// `IllegalParam.EndTime`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: end time.
    IllegalParamEndTime,
    /// `Mismatch.BeginTimeAndEndTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Mismatch: begin time and end time.
    MismatchBeginTimeAndEndTime,
    /// `ResourceNotFound.NetworkPath`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: network path.
    ResourceNotFoundNetworkPath,
    /// `IllegalParam.DiskCategory`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: disk category.
    IllegalParamDiskCategory,
    /// `SizeExceeds.Zones`: HTTP 400; retry: never; category: invalid_argument.
    /// Size exceeds: zones.
    SizeExceedsZones,
    /// `SizeExceeds.DiskCategories`: HTTP 400; retry: never; category: invalid_argument.
    /// Size exceeds: disk categories.
    SizeExceedsDiskCategories,
    /// `OperationDenied.ZonesConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: zones conflict.
    OperationDeniedZonesConflict,
    /// `IllegalParam.TopN`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: top n.
    IllegalParamTopN,
    /// `IllegalParam.BeginTimeAndEndTime1H`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: begin time and end time1 h.
    IllegalParamBeginTimeAndEndTime1H,
    /// `IllegalParam.GroupBy`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: group by.
    IllegalParamGroupBy,
    /// `IllegalParam.OrderBy`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: order by.
    IllegalParamOrderBy,
    /// `IllegalParam.RegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: region id.
    IllegalParamRegionId,
    /// `IllegalParam.BeginTimeAndEndTime`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: begin time and end time.
    IllegalParamBeginTimeAndEndTime,
    /// `IllegalParam.BeginTimeAndEndTime5M`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: begin time and end time5 m.
    IllegalParamBeginTimeAndEndTime5M,
    /// `OperationFailed.DbConcurrentTooHigh`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: db concurrent too high.
    OperationFailedDbConcurrentTooHigh,
    /// `OperationFailed.DataTooMuch`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: data too much.
    OperationFailedDataTooMuch,
    /// `ResourceNotFound.InstanceId`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: instance id.
    ResourceNotFoundInstanceId,
    /// `ResourceNotFound.IpSets`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: ip sets.
    ResourceNotFoundIpSets,
    /// `IllegalParam.ResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: resource id.
    IllegalParamResourceId,
    /// `OperationDenied.NetworkReachableAnalysis`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: network reachable analysis.
    OperationDeniedNetworkReachableAnalysis,
    /// `ResourceNotFound.NetworkReachableAnalysis`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: network reachable analysis.
    ResourceNotFoundNetworkReachableAnalysis,
    /// `IllegalParam.Sort`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: sort.
    IllegalParamSort,
    /// `IllegalParam.AccountIds`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: account ids.
    IllegalParamAccountIds,
    /// `IllegalParam.inOrOut`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: in or out.
    IllegalParamInOrOut,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 58] = [
        "IllegalParam.InternetIP",
        "IllegalParam.IP",
        "Mismatch.SourceIdAndTargetId",
        "IllegalParam.SourceAndTargetInternetIp",
        "IllegalParam.SourcePort",
        "IllegalParam.TargetPort",
        "IllegalParam.SourceId",
        "IllegalParam.TargetId",
        "IllegalParam.SourceIp",
        "IllegalParam.SourceType",
        "IllegalParam.Protocol",
        "IllegalParam.TargetType",
        "IllegalParam.TargetIp",
        "IllegalParam.NotSupportHaVpn",
        "IllegalParam.SourceNotBound",
        "IllegalParam.TargetNotBound",
        "IllegalParam.NotPublicIp",
        "IllegalParam.SourceEqualTarget",
        "IllegalParam.TypeAndIdMismatch",
        "Forbidden.NetworkPath",
        "QuotaExceeded.NetworkPath",
        "ResourceAlreadyExist.NetworkPath",
        "MissingParameter.TagValue",
        "NumberExceed.Tags",
        "Duplicate.TagKey",
        "MissingParameter.TagKey",
        "InvalidParameter.TagKey",
        "InvalidParameter.TagValue",
        "IncorrectStatus.NetworkPath",
        "QuotaExceeded.ParallelNraLimit",
        "QuotaExceeded.MaxNraCount",
        "IllegalParam.ZoneId",
        "IllegalParam.StepMinutes",
        "IllegalParam.BeginTime",
        "IllegalParam.EndTime",
        "Mismatch.BeginTimeAndEndTime",
        "ResourceNotFound.NetworkPath",
        "IllegalParam.DiskCategory",
        "SizeExceeds.Zones",
        "SizeExceeds.DiskCategories",
        "OperationDenied.ZonesConflict",
        "IllegalParam.TopN",
        "IllegalParam.BeginTimeAndEndTime1H",
        "IllegalParam.GroupBy",
        "IllegalParam.OrderBy",
        "IllegalParam.RegionId",
        "IllegalParam.BeginTimeAndEndTime",
        "IllegalParam.BeginTimeAndEndTime5M",
        "OperationFailed.DbConcurrentTooHigh",
        "OperationFailed.DataTooMuch",
        "ResourceNotFound.InstanceId",
        "ResourceNotFound.IpSets",
        "IllegalParam.ResourceId",
        "OperationDenied.NetworkReachableAnalysis",
        "ResourceNotFound.NetworkReachableAnalysis",
        "IllegalParam.Sort",
        "IllegalParam.AccountIds",
        "IllegalParam.inOrOut",
    ];
    static NAME_CODES: [u32; 3] = [0, 1, 57];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "IllegalParamInternetIpIllegalParamIpIllegalParamInOrOut",
        ends: &[0, 22, 36, 55],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "A parameter is not allowed: internet IP.A parameter is not allowed: IP.Mismatch: source id and target id.A parameter is not allowed: source and target internet ip.A parameter is not allowed: source port.A parameter is not allowed: target port.A parameter is not allowed: source id.A parameter is not allowed: target id.A parameter is not allowed: source ip.A parameter is not allowed: source type.A parameter is not allowed: protocol.A parameter is not allowed: target type.A parameter is not allowed: target ip.A parameter is not allowed: not support ha vpn.A parameter is not allowed: source not bound.A parameter is not allowed: target not bound.A parameter is not allowed: not public ip.A parameter is not allowed: source equal target.A parameter is not allowed: type and id mismatch.The request is forbidden: network path.A quota was exceeded: network path.Resource already exist: network path.A required parameter is missing: tag value.Number exceed: tags.Duplicate: tag key.A required parameter is missing: tag key.A parameter is invalid: tag key.A parameter is invalid: tag value.The resource is not in a state that allows this: network path.A quota was exceeded: parallel nra limit.A quota was exceeded: max nra count.A parameter is not allowed: zone id.A parameter is not allowed: step minutes.A parameter is not allowed: begin time.A parameter is not allowed: end time.Mismatch: begin time and end time.Resource not found: network path.A parameter is not allowed: disk category.Size exceeds: zones.Size exceeds: disk categories.Operation denied: zones conflict.A parameter is not allowed: top n.A parameter is not allowed: begin time and end time1 h.A parameter is not allowed: group by.A parameter is not allowed: order by.A parameter is not allowed: region id.A parameter is not allowed: begin time and end time.A parameter is not allowed: begin time and end time5 m.Operation failed: db concurrent too high.Operation failed: data too much.Resource not found: instance id.Resource not found: ip sets.A parameter is not allowed: resource id.Operation denied: network reachable analysis.Resource not found: network reachable analysis.A parameter is not allowed: sort.A parameter is not allowed: account ids.A parameter is not allowed: in or out.",
        ends: &[
            0, 40, 71, 105, 163, 203, 243, 281, 319, 357, 397, 434, 474, 512, 559, 604,
            649, 691, 739, 788, 827, 862, 899, 942, 962, 981, 1022, 1054, 1088, 1150,
            1191, 1227, 1263, 1304, 1343, 1380, 1414, 1447, 1489, 1509, 1539, 1572, 1606,
            1661, 1698, 1735, 1773, 1825, 1880, 1921, 1953, 1985, 2013, 2053, 2098, 2145,
            2178, 2218, 2256,
        ],
    };
    static STATUSES: [u16; 58] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 404, 404, 400, 400, 404, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 59] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58,
    ];
    static RETRY: [::cloud_errors::Retry; 58] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaccaaaaaaacccaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 58] = ::cloud_errors::__private::category_column(
        b"cccccccccccccccccccghcccccccihhccccceccccccccccccceecceccc",
    );
    static PILOTS: [u16; 15] = [5, 24, 2, 1, 26, 1, 62, 16, 6, 28, 11, 26, 6, 1, 71];
    static SLOTS: [(&str, u32); 64] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            38, 42, 4294967295, 50, 10, 25, 4294967295, 14, 8, 23, 26, 46, 9, 28, 13, 57,
            45, 6, 32, 19, 4294967295, 52, 1, 53, 31, 40, 33, 47, 2, 22, 49, 20, 12,
            4294967295, 55, 51, 37, 4, 18, 48, 17, 21, 44, 0, 30, 43, 4294967295, 34, 7,
            41, 39, 29, 56, 4294967295, 11, 35, 3, 24, 5, 27, 15, 54, 36, 16,
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
    const PROVIDER: &'static str = "Alibaba Cloud nis";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud nis's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud nis: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
