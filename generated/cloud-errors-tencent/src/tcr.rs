// @generated from catalogs/tencent/tcr.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TCR: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TCR: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.DbError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: db error.
    FailedOperationDbError,
    /// `FailedOperation.DependenceError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: dependence error.
    FailedOperationDependenceError,
    /// `FailedOperation.EmptyCoreBody`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: empty core body.
    FailedOperationEmptyCoreBody,
    /// `FailedOperation.ErrorGetDBDataError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: error get DB data error.
    FailedOperationErrorGetDbDataError,
    /// `FailedOperation.ErrorTcrInvalidMediaType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: error tcr invalid media type.
    FailedOperationErrorTcrInvalidMediaType,
    /// `FailedOperation.ErrorTcrResourceConflict`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: error tcr resource conflict.
    FailedOperationErrorTcrResourceConflict,
    /// `FailedOperation.ErrorTcrUnauthorized`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: error tcr unauthorized.
    FailedOperationErrorTcrUnauthorized,
    /// `FailedOperation.GetDBDataError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get DB data error.
    FailedOperationGetDbDataError,
    /// `FailedOperation.GetSecurityPolicyFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get security policy fail.
    FailedOperationGetSecurityPolicyFail,
    /// `FailedOperation.GetTcrClient`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get tcr client.
    FailedOperationGetTcrClient,
    /// `FailedOperation.OperationCancel`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: operation cancel.
    FailedOperationOperationCancel,
    /// `FailedOperation.PreconditionFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: precondition failed.
    FailedOperationPreconditionFailed,
    /// `FailedOperation.TradeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: trade failed.
    FailedOperationTradeFailed,
    /// `FailedOperation.ValidateRegistryNameFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: validate registry name fail.
    FailedOperationValidateRegistryNameFail,
    /// `FailedOperation.ValidateSupportedRegionFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: validate supported region fail.
    FailedOperationValidateSupportedRegionFail,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.CreatePrivateZone`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: create private zone.
    InternalErrorCreatePrivateZone,
    /// `InternalError.CreatePrivateZoneRecord`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: create private zone record.
    InternalErrorCreatePrivateZoneRecord,
    /// `InternalError.DbError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db error.
    InternalErrorDbError,
    /// `InternalError.DeletePrivateZoneRecord`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: delete private zone record.
    InternalErrorDeletePrivateZoneRecord,
    /// `InternalError.DescribeInternalEndpointDnsStatus`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: describe internal endpoint dns status.
    InternalErrorDescribeInternalEndpointDnsStatus,
    /// `InternalError.DescribePrivateZoneList`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: describe private zone list.
    InternalErrorDescribePrivateZoneList,
    /// `InternalError.DescribePrivateZoneRecordList`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: describe private zone record list.
    InternalErrorDescribePrivateZoneRecordList,
    /// `InternalError.DescribePrivateZoneServiceList`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: describe private zone service list.
    InternalErrorDescribePrivateZoneServiceList,
    /// `InternalError.ErrConflict`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: err conflict.
    InternalErrorErrConflict,
    /// `InternalError.ErrNotExist`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: err not exist.
    InternalErrorErrNotExist,
    /// `InternalError.ErrUnauthorized`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: err unauthorized.
    InternalErrorErrUnauthorized,
    /// `InternalError.ErrorConflict`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: error conflict.
    InternalErrorErrorConflict,
    /// `InternalError.ErrorOverLimit`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: error over limit.
    InternalErrorErrorOverLimit,
    /// `InternalError.ErrorTcrInternal`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: error tcr internal.
    InternalErrorErrorTcrInternal,
    /// `InternalError.ErrorTcrInvalidMediaType`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: error tcr invalid media type.
    InternalErrorErrorTcrInvalidMediaType,
    /// `InternalError.ErrorTcrResourceConflict`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: error tcr resource conflict.
    InternalErrorErrorTcrResourceConflict,
    /// `InternalError.ErrorTcrUnauthorized`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: error tcr unauthorized.
    InternalErrorErrorTcrUnauthorized,
    /// `InternalError.ModifyPrivateZoneVpc`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: modify private zone vpc.
    InternalErrorModifyPrivateZoneVpc,
    /// `InternalError.Unknown`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unknown.
    InternalErrorUnknown,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ErrNSMisMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err NS mis match.
    InvalidParameterErrNsMisMatch,
    /// `InvalidParameter.ErrNamespaceExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err namespace exist.
    InvalidParameterErrNamespaceExist,
    /// `InvalidParameter.ErrNamespaceReserved`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err namespace reserved.
    InvalidParameterErrNamespaceReserved,
    /// `InvalidParameter.ErrRepoExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err repo exist.
    InvalidParameterErrRepoExist,
    /// `InvalidParameter.ErrTooLarge`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err too large.
    InvalidParameterErrTooLarge,
    /// `InvalidParameter.ErrTriggerExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err trigger exist.
    InvalidParameterErrTriggerExist,
    /// `InvalidParameter.ErrUserExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: err user exist.
    InvalidParameterErrUserExist,
    /// `InvalidParameter.ErrorNameExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: error name exists.
    InvalidParameterErrorNameExists,
    /// `InvalidParameter.ErrorNameIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: error name illegal.
    InvalidParameterErrorNameIllegal,
    /// `InvalidParameter.ErrorNameReserved`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: error name reserved.
    InvalidParameterErrorNameReserved,
    /// `InvalidParameter.ErrorRegistryName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: error registry name.
    InvalidParameterErrorRegistryName,
    /// `InvalidParameter.ErrorTagOverLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: error tag over limit.
    InvalidParameterErrorTagOverLimit,
    /// `InvalidParameter.ErrorTcrInvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: error tcr invalid parameter.
    InvalidParameterErrorTcrInvalidParameter,
    /// `InvalidParameter.ReplicationExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: replication exists.
    InvalidParameterReplicationExists,
    /// `InvalidParameter.UnsupportedRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: unsupported region.
    InvalidParameterUnsupportedRegion,
    /// `LimitExceeded.ErrNamespaceMaxLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: err namespace max limit.
    LimitExceededErrNamespaceMaxLimit,
    /// `LimitExceeded.ErrRepoMaxLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: err repo max limit.
    LimitExceededErrRepoMaxLimit,
    /// `LimitExceeded.ErrTriggerMaxLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: err trigger max limit.
    LimitExceededErrTriggerMaxLimit,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing parameter.
    MissingParameterMissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.QuotaOverLimit`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: quota over limit.
    OperationDeniedQuotaOverLimit,
    /// `ResourceInsufficient.ErrorInstanceNotRunning`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: error instance not running.
    ResourceInsufficientErrorInstanceNotRunning,
    /// `ResourceInsufficient.ErrorVpcDnsStatus`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: error vpc dns status.
    ResourceInsufficientErrorVpcDnsStatus,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.ErrNoNamespace`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: err no namespace.
    ResourceNotFoundErrNoNamespace,
    /// `ResourceNotFound.ErrNoRepo`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: err no repo.
    ResourceNotFoundErrNoRepo,
    /// `ResourceNotFound.ErrNoTag`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: err no tag.
    ResourceNotFoundErrNoTag,
    /// `ResourceNotFound.ErrNoTrigger`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: err no trigger.
    ResourceNotFoundErrNoTrigger,
    /// `ResourceNotFound.ErrNoUser`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: err no user.
    ResourceNotFoundErrNoUser,
    /// `ResourceNotFound.TcrResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: tcr resource not found.
    ResourceNotFoundTcrResourceNotFound,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.ErrorTcrUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: error tcr unauthorized.
    UnauthorizedOperationErrorTcrUnauthorized,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.CreatePrivateZone`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: create private zone.
    UnsupportedOperationCreatePrivateZone,
    /// `UnsupportedOperation.CreatePrivateZoneRecord`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: create private zone record.
    UnsupportedOperationCreatePrivateZoneRecord,
    /// `UnsupportedOperation.DeletePrivateZoneRecord`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: delete private zone record.
    UnsupportedOperationDeletePrivateZoneRecord,
    /// `UnsupportedOperation.DescribePrivateZoneList`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: describe private zone list.
    UnsupportedOperationDescribePrivateZoneList,
    /// `UnsupportedOperation.DescribePrivateZoneRecordList`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: describe private zone record list.
    UnsupportedOperationDescribePrivateZoneRecordList,
    /// `UnsupportedOperation.ErrNoUserInitialized`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: err no user initialized.
    UnsupportedOperationErrNoUserInitialized,
    /// `UnsupportedOperation.ModifyPrivateZoneRecord`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: modify private zone record.
    UnsupportedOperationModifyPrivateZoneRecord,
    /// `UnsupportedOperation.ModifyPrivateZoneVpc`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: modify private zone vpc.
    UnsupportedOperationModifyPrivateZoneVpc,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 81] = [
        "AuthFailure",
        "FailedOperation",
        "FailedOperation.DbError",
        "FailedOperation.DependenceError",
        "FailedOperation.EmptyCoreBody",
        "FailedOperation.ErrorGetDBDataError",
        "FailedOperation.ErrorTcrInvalidMediaType",
        "FailedOperation.ErrorTcrResourceConflict",
        "FailedOperation.ErrorTcrUnauthorized",
        "FailedOperation.GetDBDataError",
        "FailedOperation.GetSecurityPolicyFail",
        "FailedOperation.GetTcrClient",
        "FailedOperation.OperationCancel",
        "FailedOperation.PreconditionFailed",
        "FailedOperation.TradeFailed",
        "FailedOperation.ValidateRegistryNameFail",
        "FailedOperation.ValidateSupportedRegionFail",
        "InternalError",
        "InternalError.CreatePrivateZone",
        "InternalError.CreatePrivateZoneRecord",
        "InternalError.DbError",
        "InternalError.DeletePrivateZoneRecord",
        "InternalError.DescribeInternalEndpointDnsStatus",
        "InternalError.DescribePrivateZoneList",
        "InternalError.DescribePrivateZoneRecordList",
        "InternalError.DescribePrivateZoneServiceList",
        "InternalError.ErrConflict",
        "InternalError.ErrNotExist",
        "InternalError.ErrUnauthorized",
        "InternalError.ErrorConflict",
        "InternalError.ErrorOverLimit",
        "InternalError.ErrorTcrInternal",
        "InternalError.ErrorTcrInvalidMediaType",
        "InternalError.ErrorTcrResourceConflict",
        "InternalError.ErrorTcrUnauthorized",
        "InternalError.ModifyPrivateZoneVpc",
        "InternalError.Unknown",
        "InvalidParameter",
        "InvalidParameter.ErrNSMisMatch",
        "InvalidParameter.ErrNamespaceExist",
        "InvalidParameter.ErrNamespaceReserved",
        "InvalidParameter.ErrRepoExist",
        "InvalidParameter.ErrTooLarge",
        "InvalidParameter.ErrTriggerExist",
        "InvalidParameter.ErrUserExist",
        "InvalidParameter.ErrorNameExists",
        "InvalidParameter.ErrorNameIllegal",
        "InvalidParameter.ErrorNameReserved",
        "InvalidParameter.ErrorRegistryName",
        "InvalidParameter.ErrorTagOverLimit",
        "InvalidParameter.ErrorTcrInvalidParameter",
        "InvalidParameter.ReplicationExists",
        "InvalidParameter.UnsupportedRegion",
        "LimitExceeded.ErrNamespaceMaxLimit",
        "LimitExceeded.ErrRepoMaxLimit",
        "LimitExceeded.ErrTriggerMaxLimit",
        "MissingParameter",
        "MissingParameter.MissingParameter",
        "OperationDenied",
        "OperationDenied.QuotaOverLimit",
        "ResourceInsufficient.ErrorInstanceNotRunning",
        "ResourceInsufficient.ErrorVpcDnsStatus",
        "ResourceNotFound",
        "ResourceNotFound.ErrNoNamespace",
        "ResourceNotFound.ErrNoRepo",
        "ResourceNotFound.ErrNoTag",
        "ResourceNotFound.ErrNoTrigger",
        "ResourceNotFound.ErrNoUser",
        "ResourceNotFound.TcrResourceNotFound",
        "UnauthorizedOperation",
        "UnauthorizedOperation.ErrorTcrUnauthorized",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.CreatePrivateZone",
        "UnsupportedOperation.CreatePrivateZoneRecord",
        "UnsupportedOperation.DeletePrivateZoneRecord",
        "UnsupportedOperation.DescribePrivateZoneList",
        "UnsupportedOperation.DescribePrivateZoneRecordList",
        "UnsupportedOperation.ErrNoUserInitialized",
        "UnsupportedOperation.ModifyPrivateZoneRecord",
        "UnsupportedOperation.ModifyPrivateZoneVpc",
    ];
    static NAME_CODES: [u32; 3] = [5, 9, 38];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationErrorGetDbDataErrorFailedOperationGetDbDataErrorInvalidParameterErrNsMisMatch",
        ends: &[0, 34, 63, 92],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed.The operation failed: db error.The operation failed: dependence error.The operation failed: empty core body.The operation failed: error get DB data error.The operation failed: error tcr invalid media type.The operation failed: error tcr resource conflict.The operation failed: error tcr unauthorized.The operation failed: get DB data error.The operation failed: get security policy fail.The operation failed: get tcr client.The operation failed: operation cancel.The operation failed: precondition failed.The operation failed: trade failed.The operation failed: validate registry name fail.The operation failed: validate supported region fail.An internal error occurred.An internal error occurred: create private zone.An internal error occurred: create private zone record.An internal error occurred: db error.An internal error occurred: delete private zone record.An internal error occurred: describe internal endpoint dns status.An internal error occurred: describe private zone list.An internal error occurred: describe private zone record list.An internal error occurred: describe private zone service list.An internal error occurred: err conflict.An internal error occurred: err not exist.An internal error occurred: err unauthorized.An internal error occurred: error conflict.An internal error occurred: error over limit.An internal error occurred: error tcr internal.An internal error occurred: error tcr invalid media type.An internal error occurred: error tcr resource conflict.An internal error occurred: error tcr unauthorized.An internal error occurred: modify private zone vpc.An internal error occurred: unknown.A parameter is invalid.A parameter is invalid: err NS mis match.A parameter is invalid: err namespace exist.A parameter is invalid: err namespace reserved.A parameter is invalid: err repo exist.A parameter is invalid: err too large.A parameter is invalid: err trigger exist.A parameter is invalid: err user exist.A parameter is invalid: error name exists.A parameter is invalid: error name illegal.A parameter is invalid: error name reserved.A parameter is invalid: error registry name.A parameter is invalid: error tag over limit.A parameter is invalid: error tcr invalid parameter.A parameter is invalid: replication exists.A parameter is invalid: unsupported region.A limit was exceeded: err namespace max limit.A limit was exceeded: err repo max limit.A limit was exceeded: err trigger max limit.A required parameter is missing.A required parameter is missing: missing parameter.The operation was denied.The operation was denied: quota over limit.Resources are insufficient: error instance not running.Resources are insufficient: error vpc dns status.The resource was not found.The resource was not found: err no namespace.The resource was not found: err no repo.The resource was not found: err no tag.The resource was not found: err no trigger.The resource was not found: err no user.The resource was not found: tcr resource not found.The operation is not authorized.The operation is not authorized: error tcr unauthorized.An unknown parameter was given.The operation is not supported.The operation is not supported: create private zone.The operation is not supported: create private zone record.The operation is not supported: delete private zone record.The operation is not supported: describe private zone list.The operation is not supported: describe private zone record list.The operation is not supported: err no user initialized.The operation is not supported: modify private zone record.The operation is not supported: modify private zone vpc.",
        ends: &[
            0, 22, 43, 74, 113, 151, 197, 248, 298, 343, 383, 430, 467, 506, 548, 583,
            633, 686, 713, 761, 816, 853, 908, 974, 1029, 1091, 1154, 1195, 1237, 1282,
            1325, 1370, 1417, 1474, 1530, 1581, 1633, 1669, 1692, 1733, 1777, 1824, 1863,
            1901, 1943, 1982, 2024, 2067, 2111, 2155, 2200, 2252, 2295, 2338, 2384, 2425,
            2469, 2501, 2552, 2577, 2620, 2675, 2724, 2751, 2796, 2836, 2875, 2918, 2958,
            3009, 3041, 3097, 3128, 3159, 3211, 3270, 3329, 3388, 3454, 3510, 3569, 3625,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 81] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaccccaaaaaaaccaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 81] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiiiiiiiimmmmmmmmmmmmmmmmmmmmcccccccccccccccchhhccgghheeeeeeeggcliiiiiiii",
    );
    static PILOTS: [u16; 21] = [
        8, 7, 23, 15, 1, 3, 27, 2, 11, 13, 15, 29, 34, 15, 2, 359, 14, 9, 1, 66, 38,
    ];
    static SLOTS: [(&str, u32); 90] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            75, 4294967295, 44, 16, 62, 7, 59, 5, 1, 68, 48, 63, 43, 9, 69, 21, 77, 40,
            73, 64, 4294967295, 12, 37, 29, 10, 4294967295, 79, 20, 36, 8, 49, 28, 22,
            18, 71, 42, 11, 23, 47, 4294967295, 4294967295, 67, 41, 60, 3, 35, 74, 53,
            70, 58, 61, 24, 13, 4294967295, 30, 4, 51, 26, 19, 56, 55, 78, 4294967295,
            17, 38, 34, 52, 33, 54, 6, 25, 76, 46, 32, 80, 15, 66, 72, 2, 57, 14, 65,
            4294967295, 45, 31, 4294967295, 39, 50, 27, 0,
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
    const PROVIDER: &'static str = "Tencent Cloud TCR";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TCR's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TCR: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
