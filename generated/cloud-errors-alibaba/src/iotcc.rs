// @generated from catalogs/alibaba/iotcc.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud IoTCC: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud IoTCC: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `IllegalParam.Cidrs`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: cidrs.
    IllegalParamCidrs,
    /// `Forbidden.RAM`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: RAM.
    ForbiddenRam,
    /// `ResourceNotFound.IoTCloudConnector`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: io t cloud connector.
    ResourceNotFoundIoTCloudConnector,
    /// `ResourceNotFound.ConnectionPool`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: connection pool.
    ResourceNotFoundConnectionPool,
    /// `ResourceInConfiguring.IoTCloudConnector`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in configuring: io t cloud connector.
    ResourceInConfiguringIoTCloudConnector,
    /// `IllegalParamFormat`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal param format.
    IllegalParamFormat,
    /// `IllegalParam.ConnectionPoolId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: connection pool id.
    IllegalParamConnectionPoolId,
    /// `IllegalParamSize.Cidr`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal param size: cidr.
    IllegalParamSizeCidr,
    /// `IncorrectStatus.IP`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: IP.
    IncorrectStatusIp,
    /// `OperationDenied.GrantedInstanceNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: granted instance not support.
    OperationDeniedGrantedInstanceNotSupport,
    /// `OperationDenied.CC5GInstanceNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: CC5 g instance not support.
    OperationDeniedCc5gInstanceNotSupport,
    /// `ResourceAlreadyAssociated.CloudConnector`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already associated: cloud connector.
    ResourceAlreadyAssociatedCloudConnector,
    /// `QuotaExceeded.IoTCCGroupInstanceLimit`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: io TCC group instance limit.
    QuotaExceededIoTccGroupInstanceLimit,
    /// `ResourceNotFound.UploadFile`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: upload file.
    ResourceNotFoundUploadFile,
    /// `MissingParam.IpParam`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: ip param.
    MissingParamIpParam,
    /// `ResourceInConfiguring.APN`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in configuring: APN.
    ResourceInConfiguringApn,
    /// `ResourceNotEnough.CIDRNotHaveEnoughIp`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not enough: CIDR not have enough ip.
    ResourceNotEnoughCidrNotHaveEnoughIp,
    /// `IllegalParam.VSwitchZone`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: v switch zone.
    IllegalParamVSwitchZone,
    /// `IllegalParamSize.VSwitchList`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal param size: v switch list.
    IllegalParamSizeVSwitchList,
    /// `ResourceAlreadyAssociated.VpcId`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already associated: vpc id.
    ResourceAlreadyAssociatedVpcId,
    /// `IllegalParam.VSwitch`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: v switch.
    IllegalParamVSwitch,
    /// `IllegalParam.VpcId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: vpc id.
    IllegalParamVpcId,
    /// `OperationDenied.VpcStatusNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: vpc status not support.
    OperationDeniedVpcStatusNotSupport,
    /// `IllegalParam.VSwitchSize`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: v switch size.
    IllegalParamVSwitchSize,
    /// `OperationDenied.OneVpcOnlySupportOneSpecIoTCC`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: one vpc only support one spec io TCC.
    OperationDeniedOneVpcOnlySupportOneSpecIoTcc,
    /// `OperationDenied.DomainFeatureDisabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: domain feature disabled.
    OperationDeniedDomainFeatureDisabled,
    /// `IllegalParam.Destination`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: destination.
    IllegalParamDestination,
    /// `ResourceAlreadyExist.AuthorizationRule`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already exist: authorization rule.
    ResourceAlreadyExistAuthorizationRule,
    /// `Conflict.Param`: HTTP 400; retry: never; category: invalid_argument.
    /// Conflict: param.
    ConflictParam,
    /// `Conflict.Cidr`: HTTP 400; retry: never; category: invalid_argument.
    /// Conflict: cidr.
    ConflictCidr,
    /// `QuotaExceeded.sourceCidrLimit`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: source cidr limit.
    QuotaExceededSourceCidrLimit,
    /// `IllegalParam`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed.
    IllegalParam,
    /// `QuotaExceeded.authorizationRuleInstanceLimit`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: authorization rule instance limit.
    QuotaExceededAuthorizationRuleInstanceLimit,
    /// `OperationDenied.DomainInHumanNetwork`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: domain in human network.
    OperationDeniedDomainInHumanNetwork,
    /// `OperationDenied.CIDRMaskTooLarge`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: CIDR mask too large.
    OperationDeniedCidrMaskTooLarge,
    /// `IllegalParam.AuthorizationRule.DestinationType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: authorization rule, destination type.
    IllegalParamAuthorizationRuleDestinationType,
    /// `QuotaExceeded.CIDRLimit`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: CIDR limit.
    QuotaExceededCidrLimit,
    /// `Forbidden.IPUsedInCIDR`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: IP used in CIDR.
    ForbiddenIpUsedInCidr,
    /// `ResourceInUse.IoTCloudConnector`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use: io t cloud connector.
    ResourceInUseIoTCloudConnector,
    /// `ResourceInCreating.IoTCloudConnector`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in creating: io t cloud connector.
    ResourceInCreatingIoTCloudConnector,
    /// `QuotaExceeded.ConnectionPoolPerIoTCC`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: connection pool per io TCC.
    QuotaExceededConnectionPoolPerIoTcc,
    /// `OperationDenied.ApnDisabledWildcardDomain`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: apn disabled wildcard domain.
    OperationDeniedApnDisabledWildcardDomain,
    /// `OperationDenied.NotOpenIoTCloudConnectorService`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: not open io t cloud connector service.
    OperationDeniedNotOpenIoTCloudConnectorService,
    /// `QuotaExceeded.iotccInstanceLimit`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: iotcc instance limit.
    QuotaExceededIotccInstanceLimit,
    /// `ResourceNotEnough.APN`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not enough: APN.
    ResourceNotEnoughApn,
    /// `IncorrectStatus.APNNotReady`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: APN not ready.
    IncorrectStatusApnNotReady,
    /// `OperationDenied.ApnNotSupportBasicType`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: apn not support basic type.
    OperationDeniedApnNotSupportBasicType,
    /// `OperationDenied.UserVpcRouteAlreadyPublished`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: user vpc route already published.
    OperationDeniedUserVpcRouteAlreadyPublished,
    /// `OperationDenied.IotCloudConnectorInGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: iot cloud connector in group.
    OperationDeniedIotCloudConnectorInGroup,
    /// `ResourceNotFound.AuthorizationRule`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: authorization rule.
    ResourceNotFoundAuthorizationRule,
    /// `IllegalParam.AuthoriztionRuleId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: authoriztion rule id.
    IllegalParamAuthoriztionRuleId,
    /// `ResourceExist.AuthorizationRule`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource exist: authorization rule.
    ResourceExistAuthorizationRule,
    /// `IncorrectStatus.CloudConnector`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: cloud connector.
    IncorrectStatusCloudConnector,
    /// `ResourceInCreating.IoTCloudConnectorGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in creating: io t cloud connector group.
    ResourceInCreatingIoTCloudConnectorGroup,
    /// `ResourceInConfiguring.IoTCloudConnectorGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in configuring: io t cloud connector group.
    ResourceInConfiguringIoTCloudConnectorGroup,
    /// `ResourceNotFound.IoTCloudConnectorGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: io t cloud connector group.
    ResourceNotFoundIoTCloudConnectorGroup,
    /// `ResourceInConfiguring.ConnectionPool`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in configuring: connection pool.
    ResourceInConfiguringConnectionPool,
    /// `ResourceNotAssociated.VpcId`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not associated: vpc id.
    ResourceNotAssociatedVpcId,
    /// `SystemBusy`: HTTP 400; retry: never; category: invalid_argument.
    /// System busy.
    SystemBusy,
    /// `OperationDenied.IoTCloudConnectorServiceOpened`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: io t cloud connector service opened.
    OperationDeniedIoTCloudConnectorServiceOpened,
    /// `cardIdNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Card id not exist.
    CardIdNotExist,
    /// `CardIPNotBind`: HTTP 400; retry: never; category: invalid_argument.
    /// Card IP not bind.
    CardIpNotBind,
    /// `CardIPAndIccIdNotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Card IP and icc id not match.
    CardIpAndIccIdNotMatch,
    /// `CardIPNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Card IP not exist.
    CardIpNotExist,
    /// `OperationDenied.NoParamModify`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: no param modify.
    OperationDeniedNoParamModify,
    /// `OperationDenied.NotSupportModify`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: not support modify.
    OperationDeniedNotSupportModify,
    /// `OperationDenied.NoFieldModify`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: no field modify.
    OperationDeniedNoFieldModify,
    /// `OperationDenied.NotAssociateVpc`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: not associate vpc.
    OperationDeniedNotAssociateVpc,
    /// `OperationDenied.BasicInstanceNotSupportPassThrough`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: basic instance not support pass through.
    OperationDeniedBasicInstanceNotSupportPassThrough,
    /// `IllegalParam.Mode`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: mode.
    IllegalParamMode,
    /// `ResourceNotFound.IpMapping`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: ip mapping.
    ResourceNotFoundIpMapping,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 71] = [
        "IllegalParam.Cidrs",
        "Forbidden.RAM",
        "ResourceNotFound.IoTCloudConnector",
        "ResourceNotFound.ConnectionPool",
        "ResourceInConfiguring.IoTCloudConnector",
        "IllegalParamFormat",
        "IllegalParam.ConnectionPoolId",
        "IllegalParamSize.Cidr",
        "IncorrectStatus.IP",
        "OperationDenied.GrantedInstanceNotSupport",
        "OperationDenied.CC5GInstanceNotSupport",
        "ResourceAlreadyAssociated.CloudConnector",
        "QuotaExceeded.IoTCCGroupInstanceLimit",
        "ResourceNotFound.UploadFile",
        "MissingParam.IpParam",
        "ResourceInConfiguring.APN",
        "ResourceNotEnough.CIDRNotHaveEnoughIp",
        "IllegalParam.VSwitchZone",
        "IllegalParamSize.VSwitchList",
        "ResourceAlreadyAssociated.VpcId",
        "IllegalParam.VSwitch",
        "IllegalParam.VpcId",
        "OperationDenied.VpcStatusNotSupport",
        "IllegalParam.VSwitchSize",
        "OperationDenied.OneVpcOnlySupportOneSpecIoTCC",
        "OperationDenied.DomainFeatureDisabled",
        "IllegalParam.Destination",
        "ResourceAlreadyExist.AuthorizationRule",
        "Conflict.Param",
        "Conflict.Cidr",
        "QuotaExceeded.sourceCidrLimit",
        "IllegalParam",
        "QuotaExceeded.authorizationRuleInstanceLimit",
        "OperationDenied.DomainInHumanNetwork",
        "OperationDenied.CIDRMaskTooLarge",
        "IllegalParam.AuthorizationRule.DestinationType",
        "QuotaExceeded.CIDRLimit",
        "Forbidden.IPUsedInCIDR",
        "ResourceInUse.IoTCloudConnector",
        "ResourceInCreating.IoTCloudConnector",
        "QuotaExceeded.ConnectionPoolPerIoTCC",
        "OperationDenied.ApnDisabledWildcardDomain",
        "OperationDenied.NotOpenIoTCloudConnectorService",
        "QuotaExceeded.iotccInstanceLimit",
        "ResourceNotEnough.APN",
        "IncorrectStatus.APNNotReady",
        "OperationDenied.ApnNotSupportBasicType",
        "OperationDenied.UserVpcRouteAlreadyPublished",
        "OperationDenied.IotCloudConnectorInGroup",
        "ResourceNotFound.AuthorizationRule",
        "IllegalParam.AuthoriztionRuleId",
        "ResourceExist.AuthorizationRule",
        "IncorrectStatus.CloudConnector",
        "ResourceInCreating.IoTCloudConnectorGroup",
        "ResourceInConfiguring.IoTCloudConnectorGroup",
        "ResourceNotFound.IoTCloudConnectorGroup",
        "ResourceInConfiguring.ConnectionPool",
        "ResourceNotAssociated.VpcId",
        "SystemBusy",
        "OperationDenied.IoTCloudConnectorServiceOpened",
        "cardIdNotExist",
        "CardIPNotBind",
        "CardIPAndIccIdNotMatch",
        "CardIPNotExist",
        "OperationDenied.NoParamModify",
        "OperationDenied.NotSupportModify",
        "OperationDenied.NoFieldModify",
        "OperationDenied.NotAssociateVpc",
        "OperationDenied.BasicInstanceNotSupportPassThrough",
        "IllegalParam.Mode",
        "ResourceNotFound.IpMapping",
    ];
    static NAME_CODES: [u32; 20] = [
        1, 8, 10, 12, 15, 16, 24, 30, 32, 34, 36, 37, 40, 43, 44, 45, 60, 61, 62, 63,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "ForbiddenRamIncorrectStatusIpOperationDeniedCc5gInstanceNotSupportQuotaExceededIoTccGroupInstanceLimitResourceInConfiguringApnResourceNotEnoughCidrNotHaveEnoughIpOperationDeniedOneVpcOnlySupportOneSpecIoTccQuotaExceededSourceCidrLimitQuotaExceededAuthorizationRuleInstanceLimitOperationDeniedCidrMaskTooLargeQuotaExceededCidrLimitForbiddenIpUsedInCidrQuotaExceededConnectionPoolPerIoTccQuotaExceededIotccInstanceLimitResourceNotEnoughApnIncorrectStatusApnNotReadyCardIdNotExistCardIpNotBindCardIpAndIccIdNotMatchCardIpNotExist",
        ends: &[
            0, 12, 29, 66, 102, 126, 162, 206, 234, 277, 308, 330, 351, 386, 417, 437,
            463, 477, 490, 512, 526,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "A parameter is not allowed: cidrs.The request is forbidden: RAM.Resource not found: io t cloud connector.Resource not found: connection pool.Resource in configuring: io t cloud connector.Illegal param format.A parameter is not allowed: connection pool id.Illegal param size: cidr.The resource is not in a state that allows this: IP.Operation denied: granted instance not support.Operation denied: CC5 g instance not support.Resource already associated: cloud connector.A quota was exceeded: io TCC group instance limit.Resource not found: upload file.A required parameter is missing: ip param.Resource in configuring: APN.Resource not enough: CIDR not have enough ip.A parameter is not allowed: v switch zone.Illegal param size: v switch list.Resource already associated: vpc id.A parameter is not allowed: v switch.A parameter is not allowed: vpc id.Operation denied: vpc status not support.A parameter is not allowed: v switch size.Operation denied: one vpc only support one spec io TCC.Operation denied: domain feature disabled.A parameter is not allowed: destination.Resource already exist: authorization rule.Conflict: param.Conflict: cidr.A quota was exceeded: source cidr limit.A parameter is not allowed.A quota was exceeded: authorization rule instance limit.Operation denied: domain in human network.Operation denied: CIDR mask too large.A parameter is not allowed: authorization rule, destination type.A quota was exceeded: CIDR limit.The request is forbidden: IP used in CIDR.Resource in use: io t cloud connector.Resource in creating: io t cloud connector.A quota was exceeded: connection pool per io TCC.Operation denied: apn disabled wildcard domain.Operation denied: not open io t cloud connector service.A quota was exceeded: iotcc instance limit.Resource not enough: APN.The resource is not in a state that allows this: APN not ready.Operation denied: apn not support basic type.Operation denied: user vpc route already published.Operation denied: iot cloud connector in group.Resource not found: authorization rule.A parameter is not allowed: authoriztion rule id.Resource exist: authorization rule.The resource is not in a state that allows this: cloud connector.Resource in creating: io t cloud connector group.Resource in configuring: io t cloud connector group.Resource not found: io t cloud connector group.Resource in configuring: connection pool.Resource not associated: vpc id.System busy.Operation denied: io t cloud connector service opened.Card id not exist.Card IP not bind.Card IP and icc id not match.Card IP not exist.Operation denied: no param modify.Operation denied: not support modify.Operation denied: no field modify.Operation denied: not associate vpc.Operation denied: basic instance not support pass through.A parameter is not allowed: mode.Resource not found: ip mapping.",
        ends: &[
            0, 34, 64, 105, 141, 187, 208, 255, 280, 332, 379, 424, 469, 519, 551, 593,
            622, 667, 709, 743, 779, 816, 851, 892, 934, 989, 1031, 1071, 1114, 1130,
            1145, 1185, 1212, 1268, 1310, 1348, 1413, 1446, 1488, 1526, 1569, 1618, 1665,
            1721, 1764, 1789, 1852, 1897, 1948, 1995, 2034, 2083, 2118, 2183, 2232, 2284,
            2331, 2372, 2404, 2416, 2470, 2488, 2505, 2534, 2552, 2586, 2623, 2657, 2693,
            2751, 2784, 2815,
        ],
    };
    static STATUSES: [u16; 71] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 72] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
        63, 64, 65, 66, 67, 68, 69, 70, 71,
    ];
    static RETRY: [::cloud_errors::Retry; 71] = ::cloud_errors::__private::retry_column(
        b"acaaaaaacaaacaaaaaaaaaaaaaaaaacacaaaccaacaacacaaaaaacaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 71] = ::cloud_errors::__private::category_column(
        b"cgcccccciccchccccccccccccccccchchccchgcchcchciccccccicccccccccccccccccc",
    );
    static PILOTS: [u16; 18] = [
        5, 15, 4, 31, 3, 14, 47, 12, 12, 39, 22, 15, 1, 26, 0, 32, 3, 0,
    ];
    static SLOTS: [(&str, u32); 78] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 66, 41, 68, 4294967295, 53, 61, 70, 4294967295, 47, 69, 49, 9,
            46, 28, 10, 39, 59, 4294967295, 6, 13, 64, 35, 50, 54, 23, 4294967295, 11, 0,
            19, 36, 57, 65, 26, 8, 63, 30, 14, 43, 51, 17, 58, 67, 4294967295, 38, 12,
            34, 2, 48, 7, 40, 3, 52, 22, 44, 4294967295, 1, 37, 21, 33, 5, 42, 4, 27, 18,
            24, 56, 62, 15, 16, 55, 31, 45, 29, 60, 25, 32, 20,
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
    const PROVIDER: &'static str = "Alibaba Cloud IoTCC";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud IoTCC's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud IoTCC: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
