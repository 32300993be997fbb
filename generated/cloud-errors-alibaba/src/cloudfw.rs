// @generated from catalogs/alibaba/cloudfw.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Cloudfw: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Cloudfw: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ErrorParametersGroupType`: HTTP 400; retry: never; category: invalid_argument.
    /// Error parameters group type.
    ErrorParametersGroupType,
    /// `ErrorParametersUid`: HTTP 400; retry: never; category: invalid_argument.
    /// Error parameters uid.
    ErrorParametersUid,
    /// `ErrorParametersGroupAddress`: HTTP 400; retry: never; category: invalid_argument.
    /// Error parameters group address.
    ErrorParametersGroupAddress,
    /// `ErrorDBSelect`: HTTP 400; retry: never; category: invalid_argument.
    /// Error DB select.
    ErrorDbSelect,
    /// `ErrorAddressCountExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Error address count exceed.
    ErrorAddressCountExceed,
    /// `ErrorAddressGroupExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Error address group exist.
    ErrorAddressGroupExist,
    /// `ErrorParamDomain`: HTTP 400; retry: never; category: invalid_argument.
    /// Error param domain.
    ErrorParamDomain,
    /// `ErrorUUIDNew`: HTTP 400; retry: never; category: invalid_argument.
    /// Error UUID new.
    ErrorUuidNew,
    /// `ErrorAddressGroupCountExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Error address group count exceed.
    ErrorAddressGroupCountExceed,
    /// `ErrorDBInsert`: HTTP 400; retry: never; category: invalid_argument.
    /// Error DB insert.
    ErrorDbInsert,
    /// `ErrorRecordLog`: HTTP 400; retry: never; category: invalid_argument.
    /// Error record log.
    ErrorRecordLog,
    /// `ErrorAclExtendedCountExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Error acl extended count exceed.
    ErrorAclExtendedCountExceed,
    /// `ErrorParametersSource`: HTTP 400; retry: never; category: invalid_argument.
    /// Error parameters source.
    ErrorParametersSource,
    /// `ErrorDomainResolve`: HTTP 400; retry: never; category: invalid_argument.
    /// Error domain resolve.
    ErrorDomainResolve,
    /// `ErrorParametersDirection`: HTTP 400; retry: never; category: invalid_argument.
    /// Error parameters direction.
    ErrorParametersDirection,
    /// `ErrorParameterIpVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// Error parameter ip version.
    ErrorParameterIpVersion,
    /// `ErrorParametersDestination`: HTTP 400; retry: never; category: invalid_argument.
    /// Error parameters destination.
    ErrorParametersDestination,
    /// `ErrorParametersProto`: HTTP 400; retry: never; category: invalid_argument.
    /// Error parameters proto.
    ErrorParametersProto,
    /// `ErrorParametersDestPort`: HTTP 400; retry: never; category: invalid_argument.
    /// Error parameters dest port.
    ErrorParametersDestPort,
    /// `ErrorParametersAction`: HTTP 400; retry: never; category: invalid_argument.
    /// Error parameters action.
    ErrorParametersAction,
    /// `ErrorParametersAppId`: HTTP 400; retry: never; category: invalid_argument.
    /// Error parameters app id.
    ErrorParametersAppId,
    /// `ErrorAclDomainAnyCountExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Error acl domain any count exceed.
    ErrorAclDomainAnyCountExceed,
    /// `ErrorParametersGroupPort`: HTTP 400; retry: never; category: invalid_argument.
    /// Error parameters group port.
    ErrorParametersGroupPort,
    /// `ErrorParamsNotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Error params not enough.
    ErrorParamsNotEnough,
    /// `ErrorParamsInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Error params invalid.
    ErrorParamsInvalid,
    /// `ErrotMaxInstanceMemberNumExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Errot max instance member num exceed.
    ErrotMaxInstanceMemberNumExceed,
    /// `ErrorParametersTarget`: HTTP 400; retry: never; category: invalid_argument.
    /// Error parameters target.
    ErrorParametersTarget,
    /// `ErrorParametersSourceTarget`: HTTP 400; retry: never; category: invalid_argument.
    /// Error parameters source target.
    ErrorParametersSourceTarget,
    /// `ErrorParameters`: HTTP 400; retry: never; category: invalid_argument.
    /// Error parameters.
    ErrorParameters,
    /// `ErrorParametersNewOrder`: HTTP 400; retry: never; category: invalid_argument.
    /// Error parameters new order.
    ErrorParametersNewOrder,
    /// `ErrorDBDelete`: HTTP 400; retry: never; category: invalid_argument.
    /// Error DB delete.
    ErrorDbDelete,
    /// `ErrorDnatNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Error dnat not support.
    ErrorDnatNotSupport,
    /// `ErrorTrResourceNotReady`: HTTP 400; retry: never; category: invalid_argument.
    /// Error tr resource not ready.
    ErrorTrResourceNotReady,
    /// `ErrorAliUid`: HTTP 400; retry: never; category: invalid_argument.
    /// Error ali uid.
    ErrorAliUid,
    /// `ErrorVpcFirewallExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Error vpc firewall exist.
    ErrorVpcFirewallExist,
    /// `ErrorVpcId`: HTTP 400; retry: never; category: invalid_argument.
    /// Error vpc id.
    ErrorVpcId,
    /// `ErrorRegionNoError`: HTTP 400; retry: never; category: invalid_argument.
    /// Error region no error.
    ErrorRegionNoError,
    /// `ErrorVpcFirewallNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Error vpc firewall not found.
    ErrorVpcFirewallNotFound,
    /// `ErrorDBSelectError`: HTTP 400; retry: never; category: invalid_argument.
    /// Error DB select error.
    ErrorDbSelectError,
    /// `ErrorDBTxError`: HTTP 400; retry: never; category: invalid_argument.
    /// Error DB tx error.
    ErrorDbTxError,
    /// `ErrorDBUpdateError`: HTTP 400; retry: never; category: invalid_argument.
    /// Error DB update error.
    ErrorDbUpdateError,
    /// `ErrorCenVbrNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Error cen vbr not support.
    ErrorCenVbrNotSupport,
    /// `ErrorCenNotSupportCCN`: HTTP 400; retry: never; category: invalid_argument.
    /// Error cen not support CCN.
    ErrorCenNotSupportCcn,
    /// `ErrorCenNotSupportMultipleAccounts`: HTTP 400; retry: never; category: invalid_argument.
    /// Error cen not support multiple accounts.
    ErrorCenNotSupportMultipleAccounts,
    /// `ErrorFirewallStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Error firewall status.
    ErrorFirewallStatus,
    /// `ErrorFirewallQuotaNotEmpty`: HTTP 400; retry: never; category: invalid_argument.
    /// Error firewall quota not empty.
    ErrorFirewallQuotaNotEmpty,
    /// `ErrorHubvpcCannotCreate`: HTTP 400; retry: never; category: invalid_argument.
    /// Error hubvpc cannot create.
    ErrorHubvpcCannotCreate,
    /// `ErrorCenVpcEcConflict`: HTTP 400; retry: never; category: invalid_argument.
    /// Error cen vpc ec conflict.
    ErrorCenVpcEcConflict,
    /// `ErrorRegionNoDisable`: HTTP 400; retry: never; category: invalid_argument.
    /// Error region no disable.
    ErrorRegionNoDisable,
    /// `ErrorCenFirewallVpcNumInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Error cen firewall vpc num invalid.
    ErrorCenFirewallVpcNumInvalid,
    /// `ErrorDestCidrError`: HTTP 400; retry: never; category: invalid_argument.
    /// Error dest cidr error.
    ErrorDestCidrError,
    /// `ErrorVpcCustomRouteTableWithVswitch`: HTTP 400; retry: never; category: invalid_argument.
    /// Error vpc custom route table with vswitch.
    ErrorVpcCustomRouteTableWithVswitch,
    /// `ErrorCenNotSupportTREnterpriseAutoMode`: HTTP 400; retry: never; category: invalid_argument.
    /// Error cen not support TR enterprise auto mode.
    ErrorCenNotSupportTrEnterpriseAutoMode,
    /// `ErrorAddressGroupReference`: HTTP 400; retry: never; category: invalid_argument.
    /// Error address group reference.
    ErrorAddressGroupReference,
    /// `ErrorAuthentication`: HTTP 401; retry: never; category: unauthenticated.
    /// Error authentication.
    ErrorAuthentication,
    /// `ErrorUnmarshalJSON`: HTTP 400; retry: never; category: invalid_argument.
    /// Error unmarshal JSON.
    ErrorUnmarshalJson,
    /// `ErrorTrFirewallNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Error tr firewall not exist.
    ErrorTrFirewallNotExist,
    /// `ErrorVpcFirewallId`: HTTP 400; retry: never; category: invalid_argument.
    /// Error vpc firewall id.
    ErrorVpcFirewallId,
    /// `ErrorParametersPageSizeOrNo`: HTTP 400; retry: never; category: invalid_argument.
    /// Error parameters page size or no.
    ErrorParametersPageSizeOrNo,
    /// `IdempotentParameterMismatch`: HTTP 400; retry: never; category: failed_precondition.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatch,
    /// `ErrorPageNo`: HTTP 400; retry: never; category: invalid_argument.
    /// Error page no.
    ErrorPageNo,
    /// `ErrorVpcOpenApi`: HTTP 400; retry: never; category: invalid_argument.
    /// Error vpc open api.
    ErrorVpcOpenApi,
    /// `ErrorAssetsStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Error assets status.
    ErrorAssetsStatus,
    /// `ErrorInvalidMemberUid`: HTTP 400; retry: never; category: invalid_argument.
    /// Error invalid member uid.
    ErrorInvalidMemberUid,
    /// `ErrorFirewallNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Error firewall not found.
    ErrorFirewallNotFound,
    /// `ErrorAddressGroupNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Error address group not exist.
    ErrorAddressGroupNotExist,
    /// `ErrorParametersOldOrder`: HTTP 400; retry: never; category: invalid_argument.
    /// Error parameters old order.
    ErrorParametersOldOrder,
    /// `ErrorAclNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Error acl not exist.
    ErrorAclNotExist,
    /// `ErrorVpcFirewallIdNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Error vpc firewall id not found.
    ErrorVpcFirewallIdNotFound,
    /// `ErrorFirewallSwitch`: HTTP 400; retry: never; category: invalid_argument.
    /// Error firewall switch.
    ErrorFirewallSwitch,
    /// `ErrorInstanceStatusNotNormal`: HTTP 400; retry: never; category: invalid_argument.
    /// Error instance status not normal.
    ErrorInstanceStatusNotNormal,
    /// `ErrorInstanceOpenIpNumExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Error instance open ip num exceed.
    ErrorInstanceOpenIpNumExceed,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 72] = [
        "ErrorParametersGroupType",
        "ErrorParametersUid",
        "ErrorParametersGroupAddress",
        "ErrorDBSelect",
        "ErrorAddressCountExceed",
        "ErrorAddressGroupExist",
        "ErrorParamDomain",
        "ErrorUUIDNew",
        "ErrorAddressGroupCountExceed",
        "ErrorDBInsert",
        "ErrorRecordLog",
        "ErrorAclExtendedCountExceed",
        "ErrorParametersSource",
        "ErrorDomainResolve",
        "ErrorParametersDirection",
        "ErrorParameterIpVersion",
        "ErrorParametersDestination",
        "ErrorParametersProto",
        "ErrorParametersDestPort",
        "ErrorParametersAction",
        "ErrorParametersAppId",
        "ErrorAclDomainAnyCountExceed",
        "ErrorParametersGroupPort",
        "ErrorParamsNotEnough",
        "ErrorParamsInvalid",
        "ErrotMaxInstanceMemberNumExceed",
        "ErrorParametersTarget",
        "ErrorParametersSourceTarget",
        "ErrorParameters",
        "ErrorParametersNewOrder",
        "ErrorDBDelete",
        "ErrorDnatNotSupport",
        "ErrorTrResourceNotReady",
        "ErrorAliUid",
        "ErrorVpcFirewallExist",
        "ErrorVpcId",
        "ErrorRegionNoError",
        "ErrorVpcFirewallNotFound",
        "ErrorDBSelectError",
        "ErrorDBTxError",
        "ErrorDBUpdateError",
        "ErrorCenVbrNotSupport",
        "ErrorCenNotSupportCCN",
        "ErrorCenNotSupportMultipleAccounts",
        "ErrorFirewallStatus",
        "ErrorFirewallQuotaNotEmpty",
        "ErrorHubvpcCannotCreate",
        "ErrorCenVpcEcConflict",
        "ErrorRegionNoDisable",
        "ErrorCenFirewallVpcNumInvalid",
        "ErrorDestCidrError",
        "ErrorVpcCustomRouteTableWithVswitch",
        "ErrorCenNotSupportTREnterpriseAutoMode",
        "ErrorAddressGroupReference",
        "ErrorAuthentication",
        "ErrorUnmarshalJSON",
        "ErrorTrFirewallNotExist",
        "ErrorVpcFirewallId",
        "ErrorParametersPageSizeOrNo",
        "IdempotentParameterMismatch",
        "ErrorPageNo",
        "ErrorVpcOpenApi",
        "ErrorAssetsStatus",
        "ErrorInvalidMemberUid",
        "ErrorFirewallNotFound",
        "ErrorAddressGroupNotExist",
        "ErrorParametersOldOrder",
        "ErrorAclNotExist",
        "ErrorVpcFirewallIdNotFound",
        "ErrorFirewallSwitch",
        "ErrorInstanceStatusNotNormal",
        "ErrorInstanceOpenIpNumExceed",
    ];
    static NAME_CODES: [u32; 10] = [3, 7, 9, 30, 38, 39, 40, 42, 52, 55];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "ErrorDbSelectErrorUuidNewErrorDbInsertErrorDbDeleteErrorDbSelectErrorErrorDbTxErrorErrorDbUpdateErrorErrorCenNotSupportCcnErrorCenNotSupportTrEnterpriseAutoModeErrorUnmarshalJson",
        ends: &[0, 13, 25, 38, 51, 69, 83, 101, 122, 160, 178],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Error parameters group type.Error parameters uid.Error parameters group address.Error DB select.Error address count exceed.Error address group exist.Error param domain.Error UUID new.Error address group count exceed.Error DB insert.Error record log.Error acl extended count exceed.Error parameters source.Error domain resolve.Error parameters direction.Error parameter ip version.Error parameters destination.Error parameters proto.Error parameters dest port.Error parameters action.Error parameters app id.Error acl domain any count exceed.Error parameters group port.Error params not enough.Error params invalid.Errot max instance member num exceed.Error parameters target.Error parameters source target.Error parameters.Error parameters new order.Error DB delete.Error dnat not support.Error tr resource not ready.Error ali uid.Error vpc firewall exist.Error vpc id.Error region no error.Error vpc firewall not found.Error DB select error.Error DB tx error.Error DB update error.Error cen vbr not support.Error cen not support CCN.Error cen not support multiple accounts.Error firewall status.Error firewall quota not empty.Error hubvpc cannot create.Error cen vpc ec conflict.Error region no disable.Error cen firewall vpc num invalid.Error dest cidr error.Error vpc custom route table with vswitch.Error cen not support TR enterprise auto mode.Error address group reference.Error authentication.Error unmarshal JSON.Error tr firewall not exist.Error vpc firewall id.Error parameters page size or no.Idempotent parameter mismatch.Error page no.Error vpc open api.Error assets status.Error invalid member uid.Error firewall not found.Error address group not exist.Error parameters old order.Error acl not exist.Error vpc firewall id not found.Error firewall switch.Error instance status not normal.Error instance open ip num exceed.",
        ends: &[
            0, 28, 49, 80, 96, 123, 149, 168, 183, 216, 232, 249, 281, 305, 326, 353,
            380, 409, 432, 459, 483, 507, 541, 569, 593, 614, 651, 675, 706, 723, 750,
            766, 789, 817, 831, 856, 869, 891, 920, 942, 960, 982, 1008, 1034, 1074,
            1096, 1127, 1154, 1180, 1204, 1239, 1261, 1303, 1349, 1379, 1400, 1421, 1449,
            1471, 1504, 1534, 1548, 1567, 1587, 1612, 1637, 1667, 1694, 1714, 1746, 1768,
            1801, 1835,
        ],
    };
    static STATUSES: [u16; 72] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 401, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 73] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
        63, 64, 65, 66, 67, 68, 69, 70, 71, 72,
    ];
    static RETRY: [::cloud_errors::Retry; 72] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 72] = ::cloud_errors::__private::category_column(
        b"ccccccccccccccccccccccccccccccccccccccccccccccccccccccpccccicccccccccccc",
    );
    static PILOTS: [u16; 18] = [
        52, 17, 47, 0, 5, 6, 17, 1, 15, 53, 1, 51, 33, 4, 16, 0, 17, 17,
    ];
    static SLOTS: [(&str, u32); 80] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            21, 9, 13, 62, 34, 48, 27, 7, 19, 67, 32, 58, 49, 4294967295, 47, 33, 12, 59,
            4, 37, 30, 4294967295, 28, 15, 39, 4294967295, 36, 55, 24, 2, 51, 40, 31, 43,
            70, 71, 63, 61, 42, 4294967295, 22, 57, 14, 44, 3, 4294967295, 20, 54, 69,
            26, 60, 56, 4294967295, 38, 66, 41, 11, 23, 29, 5, 46, 4294967295, 45, 8, 6,
            16, 18, 0, 53, 35, 52, 65, 50, 10, 4294967295, 1, 17, 68, 64, 25,
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
    const PROVIDER: &'static str = "Alibaba Cloud Cloudfw";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Cloudfw's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Cloudfw: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
