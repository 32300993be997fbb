// @generated from catalogs/alibaba/hitsdb.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud hitsdb: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud hitsdb: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `TSDB.Errorcode.ParameterInvaild`: HTTP 400; retry: never; category: invalid_argument.
    /// TSDB: errorcode, parameter invaild.
    TsdbErrorcodeParameterInvaild,
    /// `TSDB.Errorcode.InstanceNotFound`: HTTP 404, 413; retry: never; category: not_found.
    /// TSDB: errorcode, instance not found.
    TsdbErrorcodeInstanceNotFound,
    /// `TSDB.Errorcode.InstanceClassAndEngineTypeMismatch`: HTTP 411; retry: never; category: failed_precondition.
    /// TSDB: errorcode, instance class and engine type mismatch.
    TsdbErrorcodeInstanceClassAndEngineTypeMismatch,
    /// `TSDB.Errorcode.InstanceStorageInvalid`: HTTP 412; retry: never; category: failed_precondition.
    /// TSDB: errorcode, instance storage invalid.
    TsdbErrorcodeInstanceStorageInvalid,
    /// `Instance.IsNotPostPay`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: is not post pay.
    InstanceIsNotPostPay,
    /// `Instance.IsNotAvailable`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: is not available.
    InstanceIsNotAvailable,
    /// `Instance.IsNotValid`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: is not valid.
    InstanceIsNotValid,
    /// `TSDB.Errorcode.InstanceCreateFailed`: HTTP 414; retry: never; category: failed_precondition.
    /// TSDB: errorcode, instance create failed.
    TsdbErrorcodeInstanceCreateFailed,
    /// `TSDB.Errorcode.InstanceCreateRetrying`: HTTP 415; retry: never; category: failed_precondition.
    /// TSDB: errorcode, instance create retrying.
    TsdbErrorcodeInstanceCreateRetrying,
    /// `TSDB.Errorcode.InstanceDeleted`: HTTP 416; retry: never; category: out_of_range.
    /// TSDB: errorcode, instance deleted.
    TsdbErrorcodeInstanceDeleted,
    /// `API.Forbidden`: HTTP 403; retry: never; category: permission_denied.
    /// API: forbidden.
    ApiForbidden,
    /// `400`: HTTP 400; retry: never; category: invalid_argument.
    /// Numeric error code 400; see the product\'s documentation for its meaning.
    Code400,
    /// `Instance.IsModifyingClass`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: is modifying class.
    InstanceIsModifyingClass,
    /// `Instance.SpecIsNotValid`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: spec is not valid.
    InstanceSpecIsNotValid,
    /// `Instance.DoesNotSupportShrinkStorage`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: does not support shrink storage.
    InstanceDoesNotSupportShrinkStorage,
    /// `Instance.Upgrade.ParamsIsNotValid`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: upgrade, params is not valid.
    InstanceUpgradeParamsIsNotValid,
    /// `CurrentEngineType.ClassChangingNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Current engine type: class changing not supported.
    CurrentEngineTypeClassChangingNotSupported,
    /// `Commodity.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Commodity: not found.
    CommodityNotFound,
    /// `Order.CreateFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Order: create failed.
    OrderCreateFailed,
    /// `ModifySecurityIpList.CreateAclGetNull`: HTTP 400; retry: never; category: invalid_argument.
    /// Modify security ip list: create acl get null.
    ModifySecurityIpListCreateAclGetNull,
    /// `ModifySecurityIpList.QueryIngressFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Modify security ip list: query ingress failed.
    ModifySecurityIpListQueryIngressFailed,
    /// `ModifySecurityIpList.QueryLoadBalancersFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Modify security ip list: query load balancers failed.
    ModifySecurityIpListQueryLoadBalancersFailed,
    /// `ModifySecurityIpList.LoadBalancerSizeAbnormal`: HTTP 400; retry: never; category: invalid_argument.
    /// Modify security ip list: load balancer size abnormal.
    ModifySecurityIpListLoadBalancerSizeAbnormal,
    /// `ModifySecurityIpList.AddAclGetNull`: HTTP 400; retry: never; category: invalid_argument.
    /// Modify security ip list: add acl get null.
    ModifySecurityIpListAddAclGetNull,
    /// `ModifySecurityIpList.SetLBTcpListenerFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Modify security ip list: set LB tcp listener failed.
    ModifySecurityIpListSetLbTcpListenerFailed,
    /// `ModifySecurityIpList.DescribeAclFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Modify security ip list: describe acl failed.
    ModifySecurityIpListDescribeAclFailed,
    /// `ModifySecurityIpList.RemoveAclFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Modify security ip list: remove acl failed.
    ModifySecurityIpListRemoveAclFailed,
    /// `ChargeType.IsNotValid`: HTTP 400; retry: never; category: invalid_argument.
    /// Charge type: is not valid.
    ChargeTypeIsNotValid,
    /// `Instance.RestartError`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: restart error.
    InstanceRestartError,
    /// `Lindorm.Errorcode.ParameterInvaild`: HTTP 400; retry: never; category: invalid_argument.
    /// Lindorm: errorcode, parameter invaild.
    LindormErrorcodeParameterInvaild,
    /// `Lindorm.Errorcode.OperationDenied`: HTTP 403; retry: never; category: permission_denied.
    /// Lindorm: errorcode, operation denied.
    LindormErrorcodeOperationDenied,
    /// `Instance.IsDeleted`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: is deleted.
    InstanceIsDeleted,
    /// `Lindorm.Errorcode.ServiceLinkedRoleNoPermission`: HTTP 403; retry: never; category: permission_denied.
    /// Lindorm: errorcode, service linked role no permission.
    LindormErrorcodeServiceLinkedRoleNoPermission,
    /// `Lindorm.Errorcode.MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Lindorm: errorcode, missing parameter.
    LindormErrorcodeMissingParameter,
    /// `Lindorm.Errorcode.NumberExceed.Tags`: HTTP 400; retry: never; category: invalid_argument.
    /// Lindorm: errorcode, number exceed, tags.
    LindormErrorcodeNumberExceedTags,
    /// `Lindorm.Errorcode.NumberExceed.ResourceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Lindorm: errorcode, number exceed, resource ids.
    LindormErrorcodeNumberExceedResourceIds,
    /// `Lindorm.Errorcode.InstanceNotFound`: HTTP 404; retry: never; category: not_found.
    /// Lindorm: errorcode, instance not found.
    LindormErrorcodeInstanceNotFound,
    /// `Lindorm.Errorcode.Order.CreateFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Lindorm: errorcode, order, create failed.
    LindormErrorcodeOrderCreateFailed,
    /// `Lindorm.Errorcode.PayType.IsNotValid`: HTTP 404; retry: never; category: not_found.
    /// Lindorm: errorcode, pay type, is not valid.
    LindormErrorcodePayTypeIsNotValid,
    /// `Lindorm.Errorcode.Commodity.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Lindorm: errorcode, commodity, not found.
    LindormErrorcodeCommodityNotFound,
    /// `MinorVersion.TooLow`: HTTP 403; retry: never; category: permission_denied.
    /// Minor version: too low.
    MinorVersionTooLow,
    /// `Lindorm.Errorcode.InvalidParameter.TagValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Lindorm: errorcode, invalid parameter, tag value.
    LindormErrorcodeInvalidParameterTagValue,
    /// `Lindorm.Errorcode.InvalidParameter.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Lindorm: errorcode, invalid parameter, tag key.
    LindormErrorcodeInvalidParameterTagKey,
    /// `Lindorm.Errorcode.Duplicate.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Lindorm: errorcode, duplicate, tag key.
    LindormErrorcodeDuplicateTagKey,
    /// `Lindorm.Errorcode.QuotaExceed.TagsPerResource`: HTTP 400; retry: never; category: invalid_argument.
    /// Lindorm: errorcode, quota exceed, tags per resource.
    LindormErrorcodeQuotaExceedTagsPerResource,
    /// `Lindorm.Errorcode.InvalidResourceId`: HTTP 404; retry: never; category: not_found.
    /// Lindorm: errorcode, invalid resource id.
    LindormErrorcodeInvalidResourceId,
    /// `Lindorm.Errorcode.MissingParameter.TagKey`: HTTP 404; retry: never; category: not_found.
    /// Lindorm: errorcode, missing parameter, tag key.
    LindormErrorcodeMissingParameterTagKey,
    /// `Lindorm.Errorcode.Tags.ExceedLimitation`: HTTP 400; retry: never; category: invalid_argument.
    /// Lindorm: errorcode, tags, exceed limitation.
    LindormErrorcodeTagsExceedLimitation,
    /// `Lindorm.Errorcode.InvalidTagKey.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Lindorm: errorcode, invalid tag key, malformed.
    LindormErrorcodeInvalidTagKeyMalformed,
    /// `Lindorm.Errorcode.ParameterInvaild.TagKeysOrDeleteAll`: HTTP 400; retry: never; category: invalid_argument.
    /// Lindorm: errorcode, parameter invaild, tag keys or delete all.
    LindormErrorcodeParameterInvaildTagKeysOrDeleteAll,
    /// `Lindorm.Errorcode.InvalidResourceId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Lindorm: errorcode, invalid resource id, not found.
    LindormErrorcodeInvalidResourceIdNotFound,
    /// `Lindorm.Errorcode.InstanceStorageInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Lindorm: errorcode, instance storage invalid.
    LindormErrorcodeInstanceStorageInvalid,
    /// `InstanceConfig.NotChanged`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance config: not changed.
    InstanceConfigNotChanged,
    /// `Instance.NotActive`: HTTP 403; retry: never; category: permission_denied.
    /// Instance: not active.
    InstanceNotActive,
    /// `OperationDenied.OrderProcessing`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: order processing.
    OperationDeniedOrderProcessing,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 55] = [
        "TSDB.Errorcode.ParameterInvaild",
        "TSDB.Errorcode.InstanceNotFound",
        "TSDB.Errorcode.InstanceClassAndEngineTypeMismatch",
        "TSDB.Errorcode.InstanceStorageInvalid",
        "Instance.IsNotPostPay",
        "Instance.IsNotAvailable",
        "Instance.IsNotValid",
        "TSDB.Errorcode.InstanceCreateFailed",
        "TSDB.Errorcode.InstanceCreateRetrying",
        "TSDB.Errorcode.InstanceDeleted",
        "API.Forbidden",
        "400",
        "Instance.IsModifyingClass",
        "Instance.SpecIsNotValid",
        "Instance.DoesNotSupportShrinkStorage",
        "Instance.Upgrade.ParamsIsNotValid",
        "CurrentEngineType.ClassChangingNotSupported",
        "Commodity.NotFound",
        "Order.CreateFailed",
        "ModifySecurityIpList.CreateAclGetNull",
        "ModifySecurityIpList.QueryIngressFailed",
        "ModifySecurityIpList.QueryLoadBalancersFailed",
        "ModifySecurityIpList.LoadBalancerSizeAbnormal",
        "ModifySecurityIpList.AddAclGetNull",
        "ModifySecurityIpList.SetLBTcpListenerFailed",
        "ModifySecurityIpList.DescribeAclFailed",
        "ModifySecurityIpList.RemoveAclFailed",
        "ChargeType.IsNotValid",
        "Instance.RestartError",
        "Lindorm.Errorcode.ParameterInvaild",
        "Lindorm.Errorcode.OperationDenied",
        "Instance.IsDeleted",
        "Lindorm.Errorcode.ServiceLinkedRoleNoPermission",
        "Lindorm.Errorcode.MissingParameter",
        "Lindorm.Errorcode.NumberExceed.Tags",
        "Lindorm.Errorcode.NumberExceed.ResourceIds",
        "Lindorm.Errorcode.InstanceNotFound",
        "Lindorm.Errorcode.Order.CreateFailed",
        "Lindorm.Errorcode.PayType.IsNotValid",
        "Lindorm.Errorcode.Commodity.NotFound",
        "MinorVersion.TooLow",
        "Lindorm.Errorcode.InvalidParameter.TagValue",
        "Lindorm.Errorcode.InvalidParameter.TagKey",
        "Lindorm.Errorcode.Duplicate.TagKey",
        "Lindorm.Errorcode.QuotaExceed.TagsPerResource",
        "Lindorm.Errorcode.InvalidResourceId",
        "Lindorm.Errorcode.MissingParameter.TagKey",
        "Lindorm.Errorcode.Tags.ExceedLimitation",
        "Lindorm.Errorcode.InvalidTagKey.Malformed",
        "Lindorm.Errorcode.ParameterInvaild.TagKeysOrDeleteAll",
        "Lindorm.Errorcode.InvalidResourceId.NotFound",
        "Lindorm.Errorcode.InstanceStorageInvalid",
        "InstanceConfig.NotChanged",
        "Instance.NotActive",
        "OperationDenied.OrderProcessing",
    ];
    static NAME_CODES: [u32; 10] = [0, 1, 2, 3, 7, 8, 9, 10, 11, 24];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "TsdbErrorcodeParameterInvaildTsdbErrorcodeInstanceNotFoundTsdbErrorcodeInstanceClassAndEngineTypeMismatchTsdbErrorcodeInstanceStorageInvalidTsdbErrorcodeInstanceCreateFailedTsdbErrorcodeInstanceCreateRetryingTsdbErrorcodeInstanceDeletedApiForbiddenCode400ModifySecurityIpListSetLbTcpListenerFailed",
        ends: &[0, 29, 58, 105, 140, 173, 208, 236, 248, 255, 297],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "TSDB: errorcode, parameter invaild.TSDB: errorcode, instance not found.TSDB: errorcode, instance class and engine type mismatch.TSDB: errorcode, instance storage invalid.Instance: is not post pay.Instance: is not available.Instance: is not valid.TSDB: errorcode, instance create failed.TSDB: errorcode, instance create retrying.TSDB: errorcode, instance deleted.API: forbidden.Numeric error code 400; see the product's documentation for its meaning.Instance: is modifying class.Instance: spec is not valid.Instance: does not support shrink storage.Instance: upgrade, params is not valid.Current engine type: class changing not supported.Commodity: not found.Order: create failed.Modify security ip list: create acl get null.Modify security ip list: query ingress failed.Modify security ip list: query load balancers failed.Modify security ip list: load balancer size abnormal.Modify security ip list: add acl get null.Modify security ip list: set LB tcp listener failed.Modify security ip list: describe acl failed.Modify security ip list: remove acl failed.Charge type: is not valid.Instance: restart error.Lindorm: errorcode, parameter invaild.Lindorm: errorcode, operation denied.Instance: is deleted.Lindorm: errorcode, service linked role no permission.Lindorm: errorcode, missing parameter.Lindorm: errorcode, number exceed, tags.Lindorm: errorcode, number exceed, resource ids.Lindorm: errorcode, instance not found.Lindorm: errorcode, order, create failed.Lindorm: errorcode, pay type, is not valid.Lindorm: errorcode, commodity, not found.Minor version: too low.Lindorm: errorcode, invalid parameter, tag value.Lindorm: errorcode, invalid parameter, tag key.Lindorm: errorcode, duplicate, tag key.Lindorm: errorcode, quota exceed, tags per resource.Lindorm: errorcode, invalid resource id.Lindorm: errorcode, missing parameter, tag key.Lindorm: errorcode, tags, exceed limitation.Lindorm: errorcode, invalid tag key, malformed.Lindorm: errorcode, parameter invaild, tag keys or delete all.Lindorm: errorcode, invalid resource id, not found.Lindorm: errorcode, instance storage invalid.Instance config: not changed.Instance: not active.Operation denied: order processing.",
        ends: &[
            0, 35, 71, 128, 170, 196, 223, 246, 286, 328, 362, 377, 449, 478, 506, 548,
            587, 637, 658, 679, 724, 770, 823, 876, 918, 970, 1015, 1058, 1084, 1108,
            1146, 1183, 1204, 1258, 1296, 1336, 1384, 1423, 1464, 1507, 1548, 1571, 1620,
            1667, 1706, 1758, 1798, 1845, 1889, 1936, 1998, 2049, 2094, 2123, 2144, 2179,
        ],
    };
    static STATUSES: [u16; 56] = [
        400, 404, 413, 411, 412, 400, 400, 400, 414, 415, 416, 403, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 403,
        400, 403, 400, 400, 400, 404, 400, 404, 404, 403, 400, 400, 400, 400, 404, 404,
        400, 400, 400, 400, 400, 400, 403, 403,
    ];
    static STATUS_ENDS: [u32; 56] = [
        0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56,
    ];
    static RETRY: [::cloud_errors::Retry; 55] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 55] = ::cloud_errors::__private::category_column(
        b"ceiiccciikgcccccccccccccccccccgcgccceceegcccceeccccccgg",
    );
    static PILOTS: [u16; 14] = [14, 36, 16, 34, 15, 18, 3, 129, 1, 0, 2, 3, 7, 33];
    static SLOTS: [(&str, u32); 61] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            7, 4294967295, 4294967295, 0, 26, 30, 37, 48, 9, 46, 47, 23, 10, 2,
            4294967295, 35, 18, 4294967295, 31, 4294967295, 22, 5, 33, 27, 38, 15, 25,
            53, 24, 43, 42, 8, 21, 3, 4294967295, 51, 50, 40, 45, 52, 20, 14, 6, 54, 4,
            12, 29, 41, 44, 19, 36, 11, 1, 32, 28, 13, 34, 49, 17, 39, 16,
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
    const PROVIDER: &'static str = "Alibaba Cloud hitsdb";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud hitsdb's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud hitsdb: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
