// @generated from catalogs/tencent/ecdn.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud ECDN: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud ECDN: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.EcdnConfigError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ecdn config error.
    FailedOperationEcdnConfigError,
    /// `InternalError.CamSystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cam system error.
    InternalErrorCamSystemError,
    /// `InternalError.EcdnConfigError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: ecdn config error.
    InternalErrorEcdnConfigError,
    /// `InternalError.EcdnDbError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: ecdn db error.
    InternalErrorEcdnDbError,
    /// `InternalError.EcdnQuerySystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: ecdn query system error.
    InternalErrorEcdnQuerySystemError,
    /// `InternalError.EcdnSystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: ecdn system error.
    InternalErrorEcdnSystemError,
    /// `InternalError.Error`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: error.
    InternalErrorError,
    /// `InternalError.ProxyServer`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: proxy server.
    InternalErrorProxyServer,
    /// `InvalidParameter.EcdnCertNoCertInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: ecdn cert no cert info.
    InvalidParameterEcdnCertNoCertInfo,
    /// `InvalidParameter.EcdnConfigInvalidCache`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: ecdn config invalid cache.
    InvalidParameterEcdnConfigInvalidCache,
    /// `InvalidParameter.EcdnInterfaceError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: ecdn interface error.
    InvalidParameterEcdnInterfaceError,
    /// `InvalidParameter.EcdnInvalidParamInterval`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: ecdn invalid param interval.
    InvalidParameterEcdnInvalidParamInterval,
    /// `InvalidParameter.EcdnParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: ecdn param error.
    InvalidParameterEcdnParamError,
    /// `InvalidParameter.EcdnStatInvalidDate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: ecdn stat invalid date.
    InvalidParameterEcdnStatInvalidDate,
    /// `InvalidParameter.EcdnStatInvalidMetric`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: ecdn stat invalid metric.
    InvalidParameterEcdnStatInvalidMetric,
    /// `InvalidParameter.ParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: param error.
    InvalidParameterParamError,
    /// `LimitExceeded.EcdnDomainOpTooOften`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: ecdn domain op too often.
    LimitExceededEcdnDomainOpTooOften,
    /// `ResourceNotFound.EcdnDomainNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: ecdn domain not exists.
    ResourceNotFoundEcdnDomainNotExists,
    /// `ResourceNotFound.EcdnHostNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: ecdn host not exists.
    ResourceNotFoundEcdnHostNotExists,
    /// `ResourceNotFound.EcdnProjectNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: ecdn project not exists.
    ResourceNotFoundEcdnProjectNotExists,
    /// `ResourceNotFound.EcdnUserNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: ecdn user not exists.
    ResourceNotFoundEcdnUserNotExists,
    /// `UnauthorizedOperation.CdnAccountUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cdn account unauthorized.
    UnauthorizedOperationCdnAccountUnauthorized,
    /// `UnauthorizedOperation.CdnCamUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cdn cam unauthorized.
    UnauthorizedOperationCdnCamUnauthorized,
    /// `UnauthorizedOperation.CdnDomainUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cdn domain unauthorized.
    UnauthorizedOperationCdnDomainUnauthorized,
    /// `UnauthorizedOperation.CdnHostUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cdn host unauthorized.
    UnauthorizedOperationCdnHostUnauthorized,
    /// `UnauthorizedOperation.CdnNoDomainUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cdn no domain unauthorized.
    UnauthorizedOperationCdnNoDomainUnauthorized,
    /// `UnauthorizedOperation.CdnProjectUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cdn project unauthorized.
    UnauthorizedOperationCdnProjectUnauthorized,
    /// `UnauthorizedOperation.DomainNoPermission`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: domain no permission.
    UnauthorizedOperationDomainNoPermission,
    /// `UnauthorizedOperation.DomainsNoPermission`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: domains no permission.
    UnauthorizedOperationDomainsNoPermission,
    /// `UnauthorizedOperation.EcdnAccountUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: ecdn account unauthorized.
    UnauthorizedOperationEcdnAccountUnauthorized,
    /// `UnauthorizedOperation.EcdnCamUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: ecdn cam unauthorized.
    UnauthorizedOperationEcdnCamUnauthorized,
    /// `UnauthorizedOperation.EcdnDomainUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: ecdn domain unauthorized.
    UnauthorizedOperationEcdnDomainUnauthorized,
    /// `UnauthorizedOperation.EcdnHostUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: ecdn host unauthorized.
    UnauthorizedOperationEcdnHostUnauthorized,
    /// `UnauthorizedOperation.EcdnNoDomainUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: ecdn no domain unauthorized.
    UnauthorizedOperationEcdnNoDomainUnauthorized,
    /// `UnauthorizedOperation.EcdnProjectUnauthorized`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: ecdn project unauthorized.
    UnauthorizedOperationEcdnProjectUnauthorized,
    /// `UnauthorizedOperation.EcdnUserNoWhitelist`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: ecdn user no whitelist.
    UnauthorizedOperationEcdnUserNoWhitelist,
    /// `UnauthorizedOperation.NoPermission`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no permission.
    UnauthorizedOperationNoPermission,
    /// `UnauthorizedOperation.OperationTooOften`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: operation too often.
    UnauthorizedOperationOperationTooOften,
    /// `UnauthorizedOperation.ProjectNoPermission`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: project no permission.
    UnauthorizedOperationProjectNoPermission,
    /// `UnauthorizedOperation.ProjectsNoPermission`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: projects no permission.
    UnauthorizedOperationProjectsNoPermission,
    /// `UnauthorizedOperation.Unknown`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: unknown.
    UnauthorizedOperationUnknown,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 41] = [
        "FailedOperation.EcdnConfigError",
        "InternalError.CamSystemError",
        "InternalError.EcdnConfigError",
        "InternalError.EcdnDbError",
        "InternalError.EcdnQuerySystemError",
        "InternalError.EcdnSystemError",
        "InternalError.Error",
        "InternalError.ProxyServer",
        "InvalidParameter.EcdnCertNoCertInfo",
        "InvalidParameter.EcdnConfigInvalidCache",
        "InvalidParameter.EcdnInterfaceError",
        "InvalidParameter.EcdnInvalidParamInterval",
        "InvalidParameter.EcdnParamError",
        "InvalidParameter.EcdnStatInvalidDate",
        "InvalidParameter.EcdnStatInvalidMetric",
        "InvalidParameter.ParamError",
        "LimitExceeded.EcdnDomainOpTooOften",
        "ResourceNotFound.EcdnDomainNotExists",
        "ResourceNotFound.EcdnHostNotExists",
        "ResourceNotFound.EcdnProjectNotExists",
        "ResourceNotFound.EcdnUserNotExists",
        "UnauthorizedOperation.CdnAccountUnauthorized",
        "UnauthorizedOperation.CdnCamUnauthorized",
        "UnauthorizedOperation.CdnDomainUnauthorized",
        "UnauthorizedOperation.CdnHostUnauthorized",
        "UnauthorizedOperation.CdnNoDomainUnauthorized",
        "UnauthorizedOperation.CdnProjectUnauthorized",
        "UnauthorizedOperation.DomainNoPermission",
        "UnauthorizedOperation.DomainsNoPermission",
        "UnauthorizedOperation.EcdnAccountUnauthorized",
        "UnauthorizedOperation.EcdnCamUnauthorized",
        "UnauthorizedOperation.EcdnDomainUnauthorized",
        "UnauthorizedOperation.EcdnHostUnauthorized",
        "UnauthorizedOperation.EcdnNoDomainUnauthorized",
        "UnauthorizedOperation.EcdnProjectUnauthorized",
        "UnauthorizedOperation.EcdnUserNoWhitelist",
        "UnauthorizedOperation.NoPermission",
        "UnauthorizedOperation.OperationTooOften",
        "UnauthorizedOperation.ProjectNoPermission",
        "UnauthorizedOperation.ProjectsNoPermission",
        "UnauthorizedOperation.Unknown",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: ecdn config error.An internal error occurred: cam system error.An internal error occurred: ecdn config error.An internal error occurred: ecdn db error.An internal error occurred: ecdn query system error.An internal error occurred: ecdn system error.An internal error occurred: error.An internal error occurred: proxy server.A parameter is invalid: ecdn cert no cert info.A parameter is invalid: ecdn config invalid cache.A parameter is invalid: ecdn interface error.A parameter is invalid: ecdn invalid param interval.A parameter is invalid: ecdn param error.A parameter is invalid: ecdn stat invalid date.A parameter is invalid: ecdn stat invalid metric.A parameter is invalid: param error.A limit was exceeded: ecdn domain op too often.The resource was not found: ecdn domain not exists.The resource was not found: ecdn host not exists.The resource was not found: ecdn project not exists.The resource was not found: ecdn user not exists.The operation is not authorized: cdn account unauthorized.The operation is not authorized: cdn cam unauthorized.The operation is not authorized: cdn domain unauthorized.The operation is not authorized: cdn host unauthorized.The operation is not authorized: cdn no domain unauthorized.The operation is not authorized: cdn project unauthorized.The operation is not authorized: domain no permission.The operation is not authorized: domains no permission.The operation is not authorized: ecdn account unauthorized.The operation is not authorized: ecdn cam unauthorized.The operation is not authorized: ecdn domain unauthorized.The operation is not authorized: ecdn host unauthorized.The operation is not authorized: ecdn no domain unauthorized.The operation is not authorized: ecdn project unauthorized.The operation is not authorized: ecdn user no whitelist.The operation is not authorized: no permission.The operation is not authorized: operation too often.The operation is not authorized: project no permission.The operation is not authorized: projects no permission.The operation is not authorized: unknown.",
        ends: &[
            0, 40, 85, 131, 173, 225, 271, 305, 346, 393, 443, 488, 540, 581, 628, 677,
            713, 760, 811, 860, 912, 961, 1019, 1073, 1130, 1185, 1245, 1303, 1357, 1412,
            1471, 1526, 1584, 1640, 1701, 1760, 1816, 1863, 1916, 1971, 2027, 2068,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 41] = ::cloud_errors::__private::retry_column(
        b"abbbbbbbaaaaaaaaaaaaacccccccccccccccccccc",
    );
    static CATEGORY: [::cloud_errors::Category; 41] = ::cloud_errors::__private::category_column(
        b"immmmmmmccccccccheeeegggggggggggggggggggg",
    );
    static PILOTS: [u16; 11] = [17, 11, 27, 57, 2, 54, 0, 31, 217, 3, 4];
    static SLOTS: [(&str, u32); 45] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            2, 4294967295, 0, 35, 18, 40, 24, 12, 14, 21, 17, 27, 5, 39, 9, 19, 16,
            4294967295, 4294967295, 13, 38, 10, 15, 4294967295, 29, 31, 20, 37, 3, 1, 33,
            25, 28, 4, 6, 7, 34, 11, 26, 30, 23, 32, 22, 8, 36,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
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
    const PROVIDER: &'static str = "Tencent Cloud ECDN";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud ECDN's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud ECDN: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
