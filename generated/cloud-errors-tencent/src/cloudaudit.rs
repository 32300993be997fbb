// @generated from catalogs/tencent/cloudaudit.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CLOUDAUDIT: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CLOUDAUDIT: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.CheckClsTopicIsExistFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: check cls topic is exist failed.
    FailedOperationCheckClsTopicIsExistFailed,
    /// `FailedOperation.CheckCosBucketIsExistFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: check cos bucket is exist failed.
    FailedOperationCheckCosBucketIsExistFailed,
    /// `FailedOperation.GetClsTopicFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get cls topic failed.
    FailedOperationGetClsTopicFailed,
    /// `FailedOperation.GetCosBucketListFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get cos bucket list failed.
    FailedOperationGetCosBucketListFailed,
    /// `FailedOperation.MemberNotAuditRole`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: member not audit role.
    FailedOperationMemberNotAuditRole,
    /// `FailedOperation.MemberNotInOrganization`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: member not in organization.
    FailedOperationMemberNotInOrganization,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.CmqError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cmq error.
    InternalErrorCmqError,
    /// `InternalError.DescribeAuditError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: describe audit error.
    InternalErrorDescribeAuditError,
    /// `InternalError.InquireAuditCreditError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: inquire audit credit error.
    InternalErrorInquireAuditCreditError,
    /// `InternalError.ListAuditsError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: list audits error.
    InternalErrorListAuditsError,
    /// `InternalError.ListCmqEnableRegionError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: list cmq enable region error.
    InternalErrorListCmqEnableRegionError,
    /// `InternalError.ListCosEnableRegionError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: list cos enable region error.
    InternalErrorListCosEnableRegionError,
    /// `InternalError.ListKeyAliasByRegionError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: list key alias by region error.
    InternalErrorListKeyAliasByRegionError,
    /// `InternalError.SearchError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: search error.
    InternalErrorSearchError,
    /// `InternalError.StartLoggingError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: start logging error.
    InternalErrorStartLoggingError,
    /// `InternalError.StopLoggingError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: stop logging error.
    InternalErrorStopLoggingError,
    /// `InternalError.UpdateAuditError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: update audit error.
    InternalErrorUpdateAuditError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.Time`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: time.
    InvalidParameterTime,
    /// `InvalidParameterValue.AliasAlreadyExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: alias already exists.
    InvalidParameterValueAliasAlreadyExists,
    /// `InvalidParameterValue.AuditTrackNameNotSupportModify`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: audit track name not support modify.
    InvalidParameterValueAuditTrackNameNotSupportModify,
    /// `InvalidParameterValue.CmqRegionError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cmq region error.
    InvalidParameterValueCmqRegionError,
    /// `InvalidParameterValue.CosNameError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cos name error.
    InvalidParameterValueCosNameError,
    /// `InvalidParameterValue.CosRegionError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cos region error.
    InvalidParameterValueCosRegionError,
    /// `InvalidParameterValue.KmsRegionError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: kms region error.
    InvalidParameterValueKmsRegionError,
    /// `InvalidParameterValue.LogFilePrefixError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: log file prefix error.
    InvalidParameterValueLogFilePrefixError,
    /// `InvalidParameterValue.MaxResult`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: max result.
    InvalidParameterValueMaxResult,
    /// `InvalidParameterValue.QueueNameError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: queue name error.
    InvalidParameterValueQueueNameError,
    /// `InvalidParameterValue.ReadWriteAttributeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: read write attribute error.
    InvalidParameterValueReadWriteAttributeError,
    /// `InvalidParameterValue.Time`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: time.
    InvalidParameterValueTime,
    /// `InvalidParameterValue.attributeKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: attribute key.
    InvalidParameterValueAttributeKey,
    /// `LimitExceeded.OverAmount`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: over amount.
    LimitExceededOverAmount,
    /// `LimitExceeded.OverTime`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: over time.
    LimitExceededOverTime,
    /// `MissingParameter.cmq`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: cmq.
    MissingParameterCmq,
    /// `ResourceInUse.CosBucketExists`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: cos bucket exists.
    ResourceInUseCosBucketExists,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.AuditNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: audit not exist.
    ResourceNotFoundAuditNotExist,
    /// `ResourceNotFound.CosNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cos not exist.
    ResourceNotFoundCosNotExist,
    /// `ResourceNotFound.RoleNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: role not exist.
    ResourceNotFoundRoleNotExist,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 42] = [
        "FailedOperation",
        "FailedOperation.CheckClsTopicIsExistFailed",
        "FailedOperation.CheckCosBucketIsExistFailed",
        "FailedOperation.GetClsTopicFailed",
        "FailedOperation.GetCosBucketListFailed",
        "FailedOperation.MemberNotAuditRole",
        "FailedOperation.MemberNotInOrganization",
        "InternalError",
        "InternalError.CmqError",
        "InternalError.DescribeAuditError",
        "InternalError.InquireAuditCreditError",
        "InternalError.ListAuditsError",
        "InternalError.ListCmqEnableRegionError",
        "InternalError.ListCosEnableRegionError",
        "InternalError.ListKeyAliasByRegionError",
        "InternalError.SearchError",
        "InternalError.StartLoggingError",
        "InternalError.StopLoggingError",
        "InternalError.UpdateAuditError",
        "InvalidParameter",
        "InvalidParameter.Time",
        "InvalidParameterValue.AliasAlreadyExists",
        "InvalidParameterValue.AuditTrackNameNotSupportModify",
        "InvalidParameterValue.CmqRegionError",
        "InvalidParameterValue.CosNameError",
        "InvalidParameterValue.CosRegionError",
        "InvalidParameterValue.KmsRegionError",
        "InvalidParameterValue.LogFilePrefixError",
        "InvalidParameterValue.MaxResult",
        "InvalidParameterValue.QueueNameError",
        "InvalidParameterValue.ReadWriteAttributeError",
        "InvalidParameterValue.Time",
        "InvalidParameterValue.attributeKey",
        "LimitExceeded.OverAmount",
        "LimitExceeded.OverTime",
        "MissingParameter.cmq",
        "ResourceInUse.CosBucketExists",
        "ResourceNotFound",
        "ResourceNotFound.AuditNotExist",
        "ResourceNotFound.CosNotExist",
        "ResourceNotFound.RoleNotExist",
        "UnauthorizedOperation",
    ];
    static NAME_CODES: [u32; 2] = [32, 35];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterValueAttributeKeyMissingParameterCmq",
        ends: &[0, 33, 52],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.The operation failed: check cls topic is exist failed.The operation failed: check cos bucket is exist failed.The operation failed: get cls topic failed.The operation failed: get cos bucket list failed.The operation failed: member not audit role.The operation failed: member not in organization.An internal error occurred.An internal error occurred: cmq error.An internal error occurred: describe audit error.An internal error occurred: inquire audit credit error.An internal error occurred: list audits error.An internal error occurred: list cmq enable region error.An internal error occurred: list cos enable region error.An internal error occurred: list key alias by region error.An internal error occurred: search error.An internal error occurred: start logging error.An internal error occurred: stop logging error.An internal error occurred: update audit error.A parameter is invalid.A parameter is invalid: time.A parameter value is invalid: alias already exists.A parameter value is invalid: audit track name not support modify.A parameter value is invalid: cmq region error.A parameter value is invalid: cos name error.A parameter value is invalid: cos region error.A parameter value is invalid: kms region error.A parameter value is invalid: log file prefix error.A parameter value is invalid: max result.A parameter value is invalid: queue name error.A parameter value is invalid: read write attribute error.A parameter value is invalid: time.A parameter value is invalid: attribute key.A limit was exceeded: over amount.A limit was exceeded: over time.A required parameter is missing: cmq.The resource is in use: cos bucket exists.The resource was not found.The resource was not found: audit not exist.The resource was not found: cos not exist.The resource was not found: role not exist.The operation is not authorized.",
        ends: &[
            0, 21, 75, 130, 173, 222, 266, 315, 342, 380, 429, 484, 530, 587, 644, 703,
            744, 792, 839, 886, 909, 938, 989, 1055, 1102, 1147, 1194, 1241, 1293, 1334,
            1381, 1438, 1473, 1517, 1551, 1583, 1620, 1662, 1689, 1733, 1775, 1818, 1850,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 42] = ::cloud_errors::__private::retry_column(
        b"aaaaaaabbbbbbbbbbbbaaaaaaaaaaaaaaaaabaaaac",
    );
    static CATEGORY: [::cloud_errors::Category; 42] = ::cloud_errors::__private::category_column(
        b"iiiiiiimmmmmmmmmmmmcccccccccccccchhcjeeeeg",
    );
    static PILOTS: [u16; 11] = [5, 1, 31, 19, 82, 3, 4, 11, 30, 5, 72];
    static SLOTS: [(&str, u32); 46] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            35, 5, 36, 33, 31, 18, 10, 3, 41, 4294967295, 20, 24, 26, 30, 8, 6, 23, 29,
            39, 4294967295, 40, 14, 38, 21, 4294967295, 37, 28, 34, 0, 19, 4294967295,
            15, 7, 27, 2, 25, 11, 9, 22, 12, 4, 16, 32, 13, 1, 17,
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
    const PROVIDER: &'static str = "Tencent Cloud CLOUDAUDIT";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CLOUDAUDIT's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CLOUDAUDIT: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
