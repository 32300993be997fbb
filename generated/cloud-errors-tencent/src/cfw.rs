// @generated from catalogs/tencent/cfw.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CFW: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CFW: a variant per documented code,
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
    /// `FailedOperation.InvalidContext`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid context.
    FailedOperationInvalidContext,
    /// `FailedOperation.QueryError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query error.
    FailedOperationQueryError,
    /// `FailedOperation.ResponseTooLarge`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: response too large.
    FailedOperationResponseTooLarge,
    /// `FailedOperation.SearchTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: search timeout.
    FailedOperationSearchTimeout,
    /// `FailedOperation.SyntaxError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: syntax error.
    FailedOperationSyntaxError,
    /// `FailedOperation.TagQpsLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tag qps limit.
    FailedOperationTagQpsLimit,
    /// `FailedOperation.Timeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: timeout.
    FailedOperationTimeout,
    /// `FailedOperation.TopicIsolated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: topic isolated.
    FailedOperationTopicIsolated,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.DatabaseException`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: database exception.
    InternalErrorDatabaseException,
    /// `InternalError.SearchError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: search error.
    InternalErrorSearchError,
    /// `InternalError.SearchFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: search failed.
    InternalErrorSearchFailed,
    /// `InternalError.ServerBusy`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: server busy.
    InternalErrorServerBusy,
    /// `InternalError.Unknown`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unknown.
    InternalErrorUnknown,
    /// `InvalidFilter`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid filter.
    InvalidFilter,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.RequestParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: request param.
    InvalidParameterRequestParam,
    /// `InvalidParameterCombination`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid parameter combination.
    InvalidParameterCombination,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.LogSearch`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: log search.
    LimitExceededLogSearch,
    /// `LimitExceeded.SearchResources`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: search resources.
    LimitExceededSearchResources,
    /// `LimitExceeded.SearchResultTooLarge`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: search result too large.
    LimitExceededSearchResultTooLarge,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.CommonParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: common param.
    MissingParameterCommonParam,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.ACLFailed`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: ACL failed.
    OperationDeniedAclFailed,
    /// `OperationDenied.AccountDestroy`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: account destroy.
    OperationDeniedAccountDestroy,
    /// `OperationDenied.AccountIsolate`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: account isolate.
    OperationDeniedAccountIsolate,
    /// `OperationDenied.AccountNotExists`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: account not exists.
    OperationDeniedAccountNotExists,
    /// `OperationDenied.AnalysisSwitchClose`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: analysis switch close.
    OperationDeniedAnalysisSwitchClose,
    /// `OperationDenied.NewSyntaxNotSupported`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: new syntax not supported.
    OperationDeniedNewSyntaxNotSupported,
    /// `OperationDenied.OperationNotSupportInSearchLow`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: operation not support in search low.
    OperationDeniedOperationNotSupportInSearchLow,
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
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.AlarmNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: alarm not exist.
    ResourceNotFoundAlarmNotExist,
    /// `ResourceNotFound.IndexNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: index not exist.
    ResourceNotFoundIndexNotExist,
    /// `ResourceNotFound.LogsetNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: logset not exist.
    ResourceNotFoundLogsetNotExist,
    /// `ResourceNotFound.NotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: not found.
    ResourceNotFoundNotFound,
    /// `ResourceNotFound.TopicNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: topic not exist.
    ResourceNotFoundTopicNotExist,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.PermissionDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: permission denied.
    UnauthorizedOperationPermissionDenied,
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
    static CODES: [&str; 52] = [
        "AuthFailure",
        "DryRunOperation",
        "FailedOperation",
        "FailedOperation.InvalidContext",
        "FailedOperation.QueryError",
        "FailedOperation.ResponseTooLarge",
        "FailedOperation.SearchTimeout",
        "FailedOperation.SyntaxError",
        "FailedOperation.TagQpsLimit",
        "FailedOperation.Timeout",
        "FailedOperation.TopicIsolated",
        "InternalError",
        "InternalError.DatabaseException",
        "InternalError.SearchError",
        "InternalError.SearchFailed",
        "InternalError.ServerBusy",
        "InternalError.Unknown",
        "InvalidFilter",
        "InvalidParameter",
        "InvalidParameter.RequestParam",
        "InvalidParameterCombination",
        "InvalidParameterValue",
        "LimitExceeded",
        "LimitExceeded.LogSearch",
        "LimitExceeded.SearchResources",
        "LimitExceeded.SearchResultTooLarge",
        "MissingParameter",
        "MissingParameter.CommonParam",
        "OperationDenied",
        "OperationDenied.ACLFailed",
        "OperationDenied.AccountDestroy",
        "OperationDenied.AccountIsolate",
        "OperationDenied.AccountNotExists",
        "OperationDenied.AnalysisSwitchClose",
        "OperationDenied.NewSyntaxNotSupported",
        "OperationDenied.OperationNotSupportInSearchLow",
        "RegionError",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceNotFound.AlarmNotExist",
        "ResourceNotFound.IndexNotExist",
        "ResourceNotFound.LogsetNotExist",
        "ResourceNotFound.NotFound",
        "ResourceNotFound.TopicNotExist",
        "ResourceUnavailable",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnauthorizedOperation.PermissionDenied",
        "UnknownParameter",
        "UnsupportedOperation",
    ];
    static NAME_CODES: [u32; 1] = [29];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "OperationDeniedAclFailed",
        ends: &[0, 24],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The request was a dry run and was not carried out.The operation failed.The operation failed: invalid context.The operation failed: query error.The operation failed: response too large.The operation failed: search timeout.The operation failed: syntax error.The operation failed: tag qps limit.The operation failed: timeout.The operation failed: topic isolated.An internal error occurred.An internal error occurred: database exception.An internal error occurred: search error.An internal error occurred: search failed.An internal error occurred: server busy.An internal error occurred: unknown.Invalid filter.A parameter is invalid.A parameter is invalid: request param.Invalid parameter combination.A parameter value is invalid.A limit was exceeded.A limit was exceeded: log search.A limit was exceeded: search resources.A limit was exceeded: search result too large.A required parameter is missing.A required parameter is missing: common param.The operation was denied.The operation was denied: ACL failed.The operation was denied: account destroy.The operation was denied: account isolate.The operation was denied: account not exists.The operation was denied: analysis switch close.The operation was denied: new syntax not supported.The operation was denied: operation not support in search low.Region error.Too many requests were sent.The resource is in use.Resources are insufficient.The resource was not found.The resource was not found: alarm not exist.The resource was not found: index not exist.The resource was not found: logset not exist.The resource was not found: not found.The resource was not found: topic not exist.The resource is unavailable.The resources are sold out.The operation is not authorized.The operation is not authorized: permission denied.An unknown parameter was given.The operation is not supported.",
        ends: &[
            0, 22, 72, 93, 131, 165, 206, 243, 278, 314, 344, 381, 408, 455, 496, 538,
            578, 614, 629, 652, 690, 720, 749, 770, 803, 842, 888, 920, 966, 991, 1028,
            1070, 1112, 1157, 1205, 1256, 1318, 1331, 1359, 1382, 1409, 1436, 1480, 1524,
            1569, 1607, 1651, 1679, 1706, 1738, 1789, 1820, 1851,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 52] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaabbbbbbaaaaaaaaaaaccccccccabbcaaaaaaccccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 52] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiimmmmmmbccbchhhhccggggggggbhjheeeeeeihggcl",
    );
    static PILOTS: [u16; 13] = [10, 49, 18, 57, 72, 2, 116, 10, 123, 5, 11, 15, 28];
    static SLOTS: [(&str, u32); 57] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            37, 42, 16, 2, 19, 39, 46, 48, 8, 11, 50, 28, 17, 14, 6, 15, 41, 25,
            4294967295, 45, 4294967295, 23, 7, 38, 21, 3, 40, 0, 33, 32, 30, 4294967295,
            9, 27, 26, 10, 4294967295, 36, 31, 18, 24, 49, 13, 29, 22, 12, 43, 51, 5, 4,
            35, 1, 44, 34, 47, 4294967295, 20,
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
    const PROVIDER: &'static str = "Tencent Cloud CFW";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CFW's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CFW: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
