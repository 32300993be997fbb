// @generated from catalogs/tencent/privatedns.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud PRIVATEDNS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud PRIVATEDNS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.TokenFailure`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: token failure.
    AuthFailureTokenFailure,
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The request was a dry run and was not carried out.
    DryRunOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.BindZoneVpcFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: bind zone vpc failed.
    FailedOperationBindZoneVpcFailed,
    /// `FailedOperation.CreateRecordError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create record error.
    FailedOperationCreateRecordError,
    /// `FailedOperation.CreateRecordFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create record failed.
    FailedOperationCreateRecordFailed,
    /// `FailedOperation.CreateVpcEndPointError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create vpc end point error.
    FailedOperationCreateVpcEndPointError,
    /// `FailedOperation.CreateVpcEndPointFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create vpc end point failed.
    FailedOperationCreateVpcEndPointFailed,
    /// `FailedOperation.CreateZoneFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create zone failed.
    FailedOperationCreateZoneFailed,
    /// `FailedOperation.DataError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: data error.
    FailedOperationDataError,
    /// `FailedOperation.DeleteLastBindVpcRecordFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete last bind vpc record failed.
    FailedOperationDeleteLastBindVpcRecordFailed,
    /// `FailedOperation.DeleteRecordFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete record failed.
    FailedOperationDeleteRecordFailed,
    /// `FailedOperation.DeleteVpcEndPointFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete vpc end point failed.
    FailedOperationDeleteVpcEndPointFailed,
    /// `FailedOperation.DeleteZoneFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete zone failed.
    FailedOperationDeleteZoneFailed,
    /// `FailedOperation.GetTmpCredFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get tmp cred failed.
    FailedOperationGetTmpCredFailed,
    /// `FailedOperation.InboundOverLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: inbound over limit.
    FailedOperationInboundOverLimit,
    /// `FailedOperation.ModifyRecordFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify record failed.
    FailedOperationModifyRecordFailed,
    /// `FailedOperation.ModifyZoneFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify zone failed.
    FailedOperationModifyZoneFailed,
    /// `FailedOperation.UpdateRecordFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update record failed.
    FailedOperationUpdateRecordFailed,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.UndefiendError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: undefiend error.
    InternalErrorUndefiendError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.AccountExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: account exist.
    InvalidParameterAccountExist,
    /// `InvalidParameter.CrossAccountCountExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cross account count exceed.
    InvalidParameterCrossAccountCountExceed,
    /// `InvalidParameter.EndPointBindForwardRule`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: end point bind forward rule.
    InvalidParameterEndPointBindForwardRule,
    /// `InvalidParameter.EndPointNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: end point not exists.
    InvalidParameterEndPointNotExists,
    /// `InvalidParameter.EndPointServiceNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: end point service not exist.
    InvalidParameterEndPointServiceNotExist,
    /// `InvalidParameter.ForwardRuleNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: forward rule not exist.
    InvalidParameterForwardRuleNotExist,
    /// `InvalidParameter.ForwardRuleZoneRepeatBind`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: forward rule zone repeat bind.
    InvalidParameterForwardRuleZoneRepeatBind,
    /// `InvalidParameter.IllegalCidr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: illegal cidr.
    InvalidParameterIllegalCidr,
    /// `InvalidParameter.IllegalDomain`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: illegal domain.
    InvalidParameterIllegalDomain,
    /// `InvalidParameter.IllegalDomainTld`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: illegal domain tld.
    InvalidParameterIllegalDomainTld,
    /// `InvalidParameter.IllegalPTRRecord`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: illegal PTR record.
    InvalidParameterIllegalPtrRecord,
    /// `InvalidParameter.IllegalRecord`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: illegal record.
    InvalidParameterIllegalRecord,
    /// `InvalidParameter.IllegalRecordValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: illegal record value.
    InvalidParameterIllegalRecordValue,
    /// `InvalidParameter.IllegalVpcInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: illegal vpc info.
    InvalidParameterIllegalVpcInfo,
    /// `InvalidParameter.InvalidMX`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid MX.
    InvalidParameterInvalidMx,
    /// `InvalidParameter.InvalidZoneFileFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid zone file format.
    InvalidParameterInvalidZoneFileFormat,
    /// `InvalidParameter.MXNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: MX not supported.
    InvalidParameterMxNotSupported,
    /// `InvalidParameter.RecordAAAACountExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: record AAAA count exceed.
    InvalidParameterRecordAaaaCountExceed,
    /// `InvalidParameter.RecordACountExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: record a count exceed.
    InvalidParameterRecordACountExceed,
    /// `InvalidParameter.RecordCNAMECountExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: record CNAME count exceed.
    InvalidParameterRecordCnameCountExceed,
    /// `InvalidParameter.RecordConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: record conflict.
    InvalidParameterRecordConflict,
    /// `InvalidParameter.RecordCountExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: record count exceed.
    InvalidParameterRecordCountExceed,
    /// `InvalidParameter.RecordExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: record exist.
    InvalidParameterRecordExist,
    /// `InvalidParameter.RecordLevelExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: record level exceed.
    InvalidParameterRecordLevelExceed,
    /// `InvalidParameter.RecordMXCountExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: record MX count exceed.
    InvalidParameterRecordMxCountExceed,
    /// `InvalidParameter.RecordNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: record not exist.
    InvalidParameterRecordNotExist,
    /// `InvalidParameter.RecordRollLimitCountExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: record roll limit count exceed.
    InvalidParameterRecordRollLimitCountExceed,
    /// `InvalidParameter.RecordTXTCountExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: record TXT count exceed.
    InvalidParameterRecordTxtCountExceed,
    /// `InvalidParameter.RecordUnsupportWeight`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: record unsupport weight.
    InvalidParameterRecordUnsupportWeight,
    /// `InvalidParameter.UniqueIdNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: unique id not exist.
    InvalidParameterUniqueIdNotExist,
    /// `InvalidParameter.VpcBinded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: vpc binded.
    InvalidParameterVpcBinded,
    /// `InvalidParameter.VpcBindedMainDomain`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: vpc binded main domain.
    InvalidParameterVpcBindedMainDomain,
    /// `InvalidParameter.VpcConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: vpc conflict.
    InvalidParameterVpcConflict,
    /// `InvalidParameter.VpcPtrZoneBindExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: vpc ptr zone bind exceed.
    InvalidParameterVpcPtrZoneBindExceed,
    /// `InvalidParameter.ZoneNotExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: zone not exists.
    InvalidParameterZoneNotExists,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.IllegalTTLValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal TTL value.
    InvalidParameterValueIllegalTtlValue,
    /// `InvalidParameterValue.ReservedDomain`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: reserved domain.
    InvalidParameterValueReservedDomain,
    /// `InvalidParameterValue.UinNotInWhiteList`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: uin not in white list.
    InvalidParameterValueUinNotInWhiteList,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.TldOutOfLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: tld out of limit.
    LimitExceededTldOutOfLimit,
    /// `LimitExceeded.TldOutOfRange`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: tld out of range.
    LimitExceededTldOutOfRange,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInUse.ZoneBindForwardRule`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: zone bind forward rule.
    ResourceInUseZoneBindForwardRule,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceInsufficient.Balance`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: balance.
    ResourceInsufficientBalance,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.ServiceNotSubscribed`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: service not subscribed.
    ResourceNotFoundServiceNotSubscribed,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.ServiceWhiteListNotAdded`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: service white list not added.
    ResourceUnavailableServiceWhiteListNotAdded,
    /// `ResourceUnavailable.TldPackageExpired`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: tld package expired.
    ResourceUnavailableTldPackageExpired,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.RoleUnAuthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: role un authorized.
    UnauthorizedOperationRoleUnAuthorized,
    /// `UnauthorizedOperation.UnauthorizedAccount`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: unauthorized account.
    UnauthorizedOperationUnauthorizedAccount,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.AccountNotBound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: account not bound.
    UnsupportedOperationAccountNotBound,
    /// `UnsupportedOperation.ExistBoundVpc`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: exist bound vpc.
    UnsupportedOperationExistBoundVpc,
    /// `UnsupportedOperation.FrequencyLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: frequency limit.
    UnsupportedOperationFrequencyLimit,
    /// `UnsupportedOperation.NotSupportDnsForward`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not support dns forward.
    UnsupportedOperationNotSupportDnsForward,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 87] = [
        "AuthFailure",
        "AuthFailure.TokenFailure",
        "DryRunOperation",
        "FailedOperation",
        "FailedOperation.BindZoneVpcFailed",
        "FailedOperation.CreateRecordError",
        "FailedOperation.CreateRecordFailed",
        "FailedOperation.CreateVpcEndPointError",
        "FailedOperation.CreateVpcEndPointFailed",
        "FailedOperation.CreateZoneFailed",
        "FailedOperation.DataError",
        "FailedOperation.DeleteLastBindVpcRecordFailed",
        "FailedOperation.DeleteRecordFailed",
        "FailedOperation.DeleteVpcEndPointFailed",
        "FailedOperation.DeleteZoneFailed",
        "FailedOperation.GetTmpCredFailed",
        "FailedOperation.InboundOverLimit",
        "FailedOperation.ModifyRecordFailed",
        "FailedOperation.ModifyZoneFailed",
        "FailedOperation.UpdateRecordFailed",
        "InternalError",
        "InternalError.UndefiendError",
        "InvalidParameter",
        "InvalidParameter.AccountExist",
        "InvalidParameter.CrossAccountCountExceed",
        "InvalidParameter.EndPointBindForwardRule",
        "InvalidParameter.EndPointNotExists",
        "InvalidParameter.EndPointServiceNotExist",
        "InvalidParameter.ForwardRuleNotExist",
        "InvalidParameter.ForwardRuleZoneRepeatBind",
        "InvalidParameter.IllegalCidr",
        "InvalidParameter.IllegalDomain",
        "InvalidParameter.IllegalDomainTld",
        "InvalidParameter.IllegalPTRRecord",
        "InvalidParameter.IllegalRecord",
        "InvalidParameter.IllegalRecordValue",
        "InvalidParameter.IllegalVpcInfo",
        "InvalidParameter.InvalidMX",
        "InvalidParameter.InvalidZoneFileFormat",
        "InvalidParameter.MXNotSupported",
        "InvalidParameter.RecordAAAACountExceed",
        "InvalidParameter.RecordACountExceed",
        "InvalidParameter.RecordCNAMECountExceed",
        "InvalidParameter.RecordConflict",
        "InvalidParameter.RecordCountExceed",
        "InvalidParameter.RecordExist",
        "InvalidParameter.RecordLevelExceed",
        "InvalidParameter.RecordMXCountExceed",
        "InvalidParameter.RecordNotExist",
        "InvalidParameter.RecordRollLimitCountExceed",
        "InvalidParameter.RecordTXTCountExceed",
        "InvalidParameter.RecordUnsupportWeight",
        "InvalidParameter.UniqueIdNotExist",
        "InvalidParameter.VpcBinded",
        "InvalidParameter.VpcBindedMainDomain",
        "InvalidParameter.VpcConflict",
        "InvalidParameter.VpcPtrZoneBindExceed",
        "InvalidParameter.ZoneNotExists",
        "InvalidParameterValue",
        "InvalidParameterValue.IllegalTTLValue",
        "InvalidParameterValue.ReservedDomain",
        "InvalidParameterValue.UinNotInWhiteList",
        "LimitExceeded",
        "LimitExceeded.TldOutOfLimit",
        "LimitExceeded.TldOutOfRange",
        "MissingParameter",
        "OperationDenied",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInUse.ZoneBindForwardRule",
        "ResourceInsufficient",
        "ResourceInsufficient.Balance",
        "ResourceNotFound",
        "ResourceNotFound.ServiceNotSubscribed",
        "ResourceUnavailable",
        "ResourceUnavailable.ServiceWhiteListNotAdded",
        "ResourceUnavailable.TldPackageExpired",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnauthorizedOperation.RoleUnAuthorized",
        "UnauthorizedOperation.UnauthorizedAccount",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.AccountNotBound",
        "UnsupportedOperation.ExistBoundVpc",
        "UnsupportedOperation.FrequencyLimit",
        "UnsupportedOperation.NotSupportDnsForward",
    ];
    static NAME_CODES: [u32; 8] = [33, 37, 39, 40, 42, 47, 50, 59];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterIllegalPtrRecordInvalidParameterInvalidMxInvalidParameterMxNotSupportedInvalidParameterRecordAaaaCountExceedInvalidParameterRecordCnameCountExceedInvalidParameterRecordMxCountExceedInvalidParameterRecordTxtCountExceedInvalidParameterValueIllegalTtlValue",
        ends: &[0, 32, 57, 87, 124, 162, 197, 233, 269],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: token failure.The request was a dry run and was not carried out.The operation failed.The operation failed: bind zone vpc failed.The operation failed: create record error.The operation failed: create record failed.The operation failed: create vpc end point error.The operation failed: create vpc end point failed.The operation failed: create zone failed.The operation failed: data error.The operation failed: delete last bind vpc record failed.The operation failed: delete record failed.The operation failed: delete vpc end point failed.The operation failed: delete zone failed.The operation failed: get tmp cred failed.The operation failed: inbound over limit.The operation failed: modify record failed.The operation failed: modify zone failed.The operation failed: update record failed.An internal error occurred.An internal error occurred: undefiend error.A parameter is invalid.A parameter is invalid: account exist.A parameter is invalid: cross account count exceed.A parameter is invalid: end point bind forward rule.A parameter is invalid: end point not exists.A parameter is invalid: end point service not exist.A parameter is invalid: forward rule not exist.A parameter is invalid: forward rule zone repeat bind.A parameter is invalid: illegal cidr.A parameter is invalid: illegal domain.A parameter is invalid: illegal domain tld.A parameter is invalid: illegal PTR record.A parameter is invalid: illegal record.A parameter is invalid: illegal record value.A parameter is invalid: illegal vpc info.A parameter is invalid: invalid MX.A parameter is invalid: invalid zone file format.A parameter is invalid: MX not supported.A parameter is invalid: record AAAA count exceed.A parameter is invalid: record a count exceed.A parameter is invalid: record CNAME count exceed.A parameter is invalid: record conflict.A parameter is invalid: record count exceed.A parameter is invalid: record exist.A parameter is invalid: record level exceed.A parameter is invalid: record MX count exceed.A parameter is invalid: record not exist.A parameter is invalid: record roll limit count exceed.A parameter is invalid: record TXT count exceed.A parameter is invalid: record unsupport weight.A parameter is invalid: unique id not exist.A parameter is invalid: vpc binded.A parameter is invalid: vpc binded main domain.A parameter is invalid: vpc conflict.A parameter is invalid: vpc ptr zone bind exceed.A parameter is invalid: zone not exists.A parameter value is invalid.A parameter value is invalid: illegal TTL value.A parameter value is invalid: reserved domain.A parameter value is invalid: uin not in white list.A limit was exceeded.A limit was exceeded: tld out of limit.A limit was exceeded: tld out of range.A required parameter is missing.The operation was denied.Too many requests were sent.The resource is in use.The resource is in use: zone bind forward rule.Resources are insufficient.Resources are insufficient: balance.The resource was not found.The resource was not found: service not subscribed.The resource is unavailable.The resource is unavailable: service white list not added.The resource is unavailable: tld package expired.The resources are sold out.The operation is not authorized.The operation is not authorized: role un authorized.The operation is not authorized: unauthorized account.An unknown parameter was given.The operation is not supported.The operation is not supported: account not bound.The operation is not supported: exist bound vpc.The operation is not supported: frequency limit.The operation is not supported: not support dns forward.",
        ends: &[
            0, 22, 59, 109, 130, 173, 215, 258, 307, 357, 398, 431, 488, 531, 581, 622,
            664, 705, 748, 789, 832, 859, 903, 926, 964, 1015, 1067, 1112, 1164, 1211,
            1265, 1302, 1341, 1384, 1427, 1466, 1511, 1552, 1587, 1636, 1677, 1726, 1772,
            1822, 1862, 1906, 1943, 1987, 2034, 2075, 2130, 2178, 2226, 2270, 2305, 2352,
            2389, 2438, 2478, 2507, 2555, 2601, 2653, 2674, 2713, 2752, 2784, 2809, 2837,
            2860, 2907, 2934, 2970, 2997, 3048, 3076, 3134, 3183, 3210, 3242, 3294, 3348,
            3379, 3410, 3460, 3508, 3556, 3612,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 87] = ::cloud_errors::__private::retry_column(
        b"acaaaaaaaaaaaaaaaaaabbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacbbbccaacccccccaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 87] = ::cloud_errors::__private::category_column(
        b"bpiiiiiiiiiiiiiiiiiimmcccccccccccccccccccccccccccccccccccccccchhhcghjjhheeiiihgggcliiii",
    );
    static PILOTS: [u16; 22] = [
        67, 1, 7, 2, 8, 14, 2, 6, 1, 31, 9, 40, 47, 17, 106, 7, 1, 1, 17, 72, 5, 175,
    ];
    static SLOTS: [(&str, u32); 96] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            33, 27, 79, 35, 68, 38, 4294967295, 26, 34, 12, 58, 15, 6, 19, 72, 65, 43,
            16, 5, 71, 86, 4294967295, 10, 18, 64, 32, 85, 83, 54, 4294967295, 74, 84,
            42, 4294967295, 66, 50, 1, 23, 31, 4294967295, 14, 4294967295, 56, 73, 62, 9,
            51, 3, 28, 37, 36, 4294967295, 82, 11, 78, 21, 41, 48, 17, 60, 4294967295,
            47, 80, 69, 45, 29, 0, 8, 63, 2, 55, 39, 40, 59, 13, 70, 46, 52, 77, 30,
            4294967295, 4, 49, 53, 67, 20, 75, 81, 25, 76, 61, 7, 44, 57, 24, 22,
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
    const PROVIDER: &'static str = "Tencent Cloud PRIVATEDNS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud PRIVATEDNS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud PRIVATEDNS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
