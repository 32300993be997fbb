// @generated from catalogs/tencent/csip.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CSIP: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CSIP: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The request was a dry run and was not carried out.
    DryRunOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.APIServerFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: API server fail.
    FailedOperationApiServerFail,
    /// `FailedOperation.DasbAmountNotEnough`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: dasb amount not enough.
    FailedOperationDasbAmountNotEnough,
    /// `FailedOperation.DasbErrorCode`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: dasb error code.
    FailedOperationDasbErrorCode,
    /// `FailedOperation.DasbInvalidSecretId`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: dasb invalid secret id.
    FailedOperationDasbInvalidSecretId,
    /// `FailedOperation.DasbInvalidSecretKey`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: dasb invalid secret key.
    FailedOperationDasbInvalidSecretKey,
    /// `FailedOperation.Export`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: export.
    FailedOperationExport,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidFilter`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid filter.
    InvalidFilter,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.DateRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: date range.
    InvalidParameterDateRange,
    /// `InvalidParameter.DecryptError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: decrypt error.
    InvalidParameterDecryptError,
    /// `InvalidParameter.DuplicateParameters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicate parameters.
    InvalidParameterDuplicateParameters,
    /// `InvalidParameter.IllegalRequest`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: illegal request.
    InvalidParameterIllegalRequest,
    /// `InvalidParameter.InstanceNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: instance not exist.
    InvalidParameterInstanceNotExist,
    /// `InvalidParameter.InvalidFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid format.
    InvalidParameterInvalidFormat,
    /// `InvalidParameter.MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: missing parameter.
    InvalidParameterMissingParameter,
    /// `InvalidParameter.ParsingError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: parsing error.
    InvalidParameterParsingError,
    /// `InvalidParameter.RegexRuleError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: regex rule error.
    InvalidParameterRegexRuleError,
    /// `InvalidParameter.ResourceId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource id.
    InvalidParameterResourceId,
    /// `InvalidParameter.ResourceIdError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource id error.
    InvalidParameterResourceIdError,
    /// `InvalidParameter.ReverShellKeyFieldAllEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: rever shell key field all empty.
    InvalidParameterReverShellKeyFieldAllEmpty,
    /// `InvalidParameter.RuleHostDuplicateErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: rule host duplicate err.
    InvalidParameterRuleHostDuplicateErr,
    /// `InvalidParameter.RuleHostipErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: rule hostip err.
    InvalidParameterRuleHostipErr,
    /// `InvalidParameter.TopicNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: topic not exist.
    InvalidParameterTopicNotExist,
    /// `InvalidParameterCombination`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid parameter combination.
    InvalidParameterCombination,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.SQLQueryFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: SQL query failed.
    InvalidParameterValueSqlQueryFailed,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.AreaQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: area quota.
    LimitExceededAreaQuota,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `RegionError`: no documented HTTP status; retry: never; category: unknown.
    /// Region error.
    RegionError,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceInsufficient.LogAnalysisQuantityInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: log analysis quantity insufficient.
    ResourceInsufficientLogAnalysisQuantityInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.CloudAudit`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cloud audit.
    UnauthorizedOperationCloudAudit,
    /// `UnauthorizedOperation.Cos`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cos.
    UnauthorizedOperationCos,
    /// `UnauthorizedOperation.NoPermission`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no permission.
    UnauthorizedOperationNoPermission,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 48] = [
        "AuthFailure",
        "DryRunOperation",
        "FailedOperation",
        "FailedOperation.APIServerFail",
        "FailedOperation.DasbAmountNotEnough",
        "FailedOperation.DasbErrorCode",
        "FailedOperation.DasbInvalidSecretId",
        "FailedOperation.DasbInvalidSecretKey",
        "FailedOperation.Export",
        "InternalError",
        "InvalidFilter",
        "InvalidParameter",
        "InvalidParameter.DateRange",
        "InvalidParameter.DecryptError",
        "InvalidParameter.DuplicateParameters",
        "InvalidParameter.IllegalRequest",
        "InvalidParameter.InstanceNotExist",
        "InvalidParameter.InvalidFormat",
        "InvalidParameter.MissingParameter",
        "InvalidParameter.ParsingError",
        "InvalidParameter.RegexRuleError",
        "InvalidParameter.ResourceId",
        "InvalidParameter.ResourceIdError",
        "InvalidParameter.ReverShellKeyFieldAllEmpty",
        "InvalidParameter.RuleHostDuplicateErr",
        "InvalidParameter.RuleHostipErr",
        "InvalidParameter.TopicNotExist",
        "InvalidParameterCombination",
        "InvalidParameterValue",
        "InvalidParameterValue.SQLQueryFailed",
        "LimitExceeded",
        "LimitExceeded.AreaQuota",
        "MissingParameter",
        "OperationDenied",
        "RegionError",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceInsufficient.LogAnalysisQuantityInsufficient",
        "ResourceNotFound",
        "ResourceUnavailable",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnauthorizedOperation.CloudAudit",
        "UnauthorizedOperation.Cos",
        "UnauthorizedOperation.NoPermission",
        "UnknownParameter",
        "UnsupportedOperation",
    ];
    static NAME_CODES: [u32; 2] = [3, 29];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationApiServerFailInvalidParameterValueSqlQueryFailed",
        ends: &[0, 28, 63],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The request was a dry run and was not carried out.The operation failed.The operation failed: API server fail.The operation failed: dasb amount not enough.The operation failed: dasb error code.The operation failed: dasb invalid secret id.The operation failed: dasb invalid secret key.The operation failed: export.An internal error occurred.Invalid filter.A parameter is invalid.A parameter is invalid: date range.A parameter is invalid: decrypt error.A parameter is invalid: duplicate parameters.A parameter is invalid: illegal request.A parameter is invalid: instance not exist.A parameter is invalid: invalid format.A parameter is invalid: missing parameter.A parameter is invalid: parsing error.A parameter is invalid: regex rule error.A parameter is invalid: resource id.A parameter is invalid: resource id error.A parameter is invalid: rever shell key field all empty.A parameter is invalid: rule host duplicate err.A parameter is invalid: rule hostip err.A parameter is invalid: topic not exist.Invalid parameter combination.A parameter value is invalid.A parameter value is invalid: SQL query failed.A limit was exceeded.A limit was exceeded: area quota.A required parameter is missing.The operation was denied.Region error.Too many requests were sent.The resource is in use.Resources are insufficient.Resources are insufficient: log analysis quantity insufficient.The resource was not found.The resource is unavailable.The resources are sold out.The operation is not authorized.The operation is not authorized: cloud audit.The operation is not authorized: cos.The operation is not authorized: no permission.An unknown parameter was given.The operation is not supported.",
        ends: &[
            0, 22, 72, 93, 131, 176, 214, 259, 305, 334, 361, 376, 399, 434, 472, 517,
            557, 600, 639, 681, 719, 760, 796, 838, 894, 942, 982, 1022, 1052, 1081,
            1128, 1149, 1182, 1214, 1239, 1252, 1280, 1303, 1330, 1393, 1420, 1448, 1475,
            1507, 1552, 1589, 1636, 1667, 1698,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 48] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaabaaaaaaaaaaaaaaaaaaaaaaacabbccaccccccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 48] = ::cloud_errors::__private::category_column(
        b"biiiiiiiimbccccccccccccccccbcchhcgbhjhheihggggcl",
    );
    static PILOTS: [u16; 12] = [46, 10, 19, 0, 24, 1, 54, 163, 24, 6, 0, 2];
    static SLOTS: [(&str, u32); 53] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            3, 15, 21, 37, 4294967295, 12, 4, 45, 23, 43, 36, 11, 24, 28, 27, 35, 39, 18,
            41, 9, 25, 2, 7, 17, 33, 20, 46, 47, 16, 5, 13, 38, 30, 29, 14, 4294967295,
            4294967295, 4294967295, 26, 1, 34, 8, 0, 31, 40, 10, 19, 6, 44, 32,
            4294967295, 42, 22,
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
    const PROVIDER: &'static str = "Tencent Cloud CSIP";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CSIP's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CSIP: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
