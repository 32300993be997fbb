// @generated from catalogs/alibaba/market.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Market: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Market: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `Auth.CallerType`: HTTP 400; retry: never; category: invalid_argument.
    /// Auth: caller type.
    AuthCallerType,
    /// `License.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// License: invalid.
    LicenseInvalid,
    /// `License.Expired`: HTTP 400; retry: never; category: invalid_argument.
    /// License: expired.
    LicenseExpired,
    /// `License.Discard`: HTTP 400; retry: never; category: invalid_argument.
    /// License: discard.
    LicenseDiscard,
    /// `License.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// License: not found.
    LicenseNotFound,
    /// `Auth.ISV`: HTTP 400; retry: never; category: invalid_argument.
    /// Auth: ISV.
    AuthIsv,
    /// `Auth.Match`: HTTP 400; retry: never; category: invalid_argument.
    /// Auth: match.
    AuthMatch,
    /// `Auth.Authorized`: HTTP 400; retry: never; category: invalid_argument.
    /// Auth: authorized.
    AuthAuthorized,
    /// `IllegalRequest`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal request.
    IllegalRequest,
    /// `IllegalParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal parameter.
    IllegalParameter,
    /// `IllegalResult`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal result.
    IllegalResult,
    /// `IllegalPermission`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal permission.
    IllegalPermission,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `Forbidden`: HTTP 500; retry: after_fix; category: permission_denied.
    /// The request is forbidden.
    Forbidden,
    /// `UnknownError`: HTTP 500; retry: backoff; category: internal.
    /// An unknown error occurred.
    UnknownError,
    /// `Forbidden!`: HTTP 500; retry: never; category: internal.
    /// Forbidden.
    Forbidden2,
    /// `ProductCodes`: HTTP 500; retry: never; category: internal.
    /// Product codes.
    ProductCodes,
    /// `codeSizeError`: HTTP 500; retry: never; category: internal.
    /// Code size error.
    CodeSizeError,
    /// `CodeError`: HTTP 500; retry: never; category: internal.
    /// Code error.
    CodeError,
    /// `Auth.SubAccount.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Auth: sub account, error.
    AuthSubAccountError,
    /// `Auth.ISV.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Auth: ISV, error.
    AuthIsvError,
    /// `DownstreamError`: HTTP 501; retry: never; category: unimplemented.
    /// Downstream error.
    DownstreamError,
    /// `ReturnNull`: HTTP 502; retry: never; category: internal.
    /// Return null.
    ReturnNull,
    /// `IgnoreError`: no documented HTTP status; retry: never; category: unknown.
    /// Ignore error.
    IgnoreError,
    /// `DeniedModify`: HTTP 400; retry: never; category: invalid_argument.
    /// Denied modify.
    DeniedModify,
    /// `Invalid.CategoryId`: HTTP 500; retry: never; category: internal.
    /// Invalid: category id.
    InvalidCategoryId,
    /// `Invalid.Sort`: HTTP 500; retry: never; category: internal.
    /// Invalid: sort.
    InvalidSort,
    /// `Invalid.Param`: HTTP 500; retry: never; category: internal.
    /// Invalid: param.
    InvalidParam,
    /// `IllegalOperatorRole`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal operator role.
    IllegalOperatorRole,
    /// `IllegalCurrentNode`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal current node.
    IllegalCurrentNode,
    /// `IllegalProjectStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal project status.
    IllegalProjectStatus,
    /// `Invalid.Parameter.Metering`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Invalid: parameter, metering.
    InvalidParameterMetering,
    /// `Service.Flow.Control`: HTTP 500; retry: never; category: internal.
    /// Service: flow, control.
    ServiceFlowControl,
    /// `Invalid.Parameter`: HTTP 500; retry: never; category: internal.
    /// Invalid: parameter.
    InvalidParameter,
    /// `Invalid.Parameter.Instance`: HTTP 500; retry: never; category: internal.
    /// Invalid: parameter, instance.
    InvalidParameterInstance,
    /// `Metering.Data.Exceeded`: HTTP 500; retry: never; category: internal.
    /// Metering: data, exceeded.
    MeteringDataExceeded,
    /// `Permission.Denied`: HTTP 500; retry: never; category: internal.
    /// Permission: denied.
    PermissionDenied,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 37] = [
        "Auth.CallerType",
        "License.Invalid",
        "License.Expired",
        "License.Discard",
        "License.NotFound",
        "Auth.ISV",
        "Auth.Match",
        "Auth.Authorized",
        "IllegalRequest",
        "IllegalParameter",
        "IllegalResult",
        "IllegalPermission",
        "InternalError",
        "Forbidden",
        "UnknownError",
        "Forbidden!",
        "ProductCodes",
        "codeSizeError",
        "CodeError",
        "Auth.SubAccount.Error",
        "Auth.ISV.Error",
        "DownstreamError",
        "ReturnNull",
        "IgnoreError",
        "DeniedModify",
        "Invalid.CategoryId",
        "Invalid.Sort",
        "Invalid.Param",
        "IllegalOperatorRole",
        "IllegalCurrentNode",
        "IllegalProjectStatus",
        "Invalid.Parameter.Metering",
        "Service.Flow.Control",
        "Invalid.Parameter",
        "Invalid.Parameter.Instance",
        "Metering.Data.Exceeded",
        "Permission.Denied",
    ];
    static NAME_CODES: [u32; 4] = [5, 15, 17, 20];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "AuthIsvForbidden2CodeSizeErrorAuthIsvError",
        ends: &[0, 7, 17, 30, 42],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Auth: caller type.License: invalid.License: expired.License: discard.License: not found.Auth: ISV.Auth: match.Auth: authorized.Illegal request.Illegal parameter.Illegal result.Illegal permission.An internal error occurred.The request is forbidden.An unknown error occurred.Forbidden.Product codes.Code size error.Code error.Auth: sub account, error.Auth: ISV, error.Downstream error.Return null.Ignore error.Denied modify.Invalid: category id.Invalid: sort.Invalid: param.Illegal operator role.Illegal current node.Illegal project status.Invalid: parameter, metering.Service: flow, control.Invalid: parameter.Invalid: parameter, instance.Metering: data, exceeded.Permission: denied.",
        ends: &[
            0, 18, 35, 52, 69, 88, 98, 110, 127, 143, 161, 176, 195, 222, 247, 273, 283,
            297, 313, 324, 349, 366, 383, 395, 408, 422, 443, 457, 472, 494, 515, 538,
            567, 590, 609, 638, 663, 682,
        ],
    };
    static STATUSES: [u16; 37] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 500, 500, 500, 500,
        500, 500, 500, 400, 400, 501, 502, 400, 500, 500, 500, 400, 400, 400, 400, 500,
        500, 500, 500, 500, 500,
    ];
    static STATUS_ENDS: [u32; 38] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 23, 24, 25, 26, 27, 28, 29, 30, 32, 33, 34, 35, 36, 37,
    ];
    static RETRY: [::cloud_errors::Retry; 37] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaabcbaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 37] = ::cloud_errors::__private::category_column(
        b"ccccccccccccmgmmmmmcclmbcmmmccccmmmmm",
    );
    static PILOTS: [u16; 10] = [29, 40, 29, 113, 14, 2, 34, 0, 51, 2];
    static SLOTS: [(&str, u32); 41] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            18, 30, 4, 1, 6, 35, 3, 9, 8, 19, 23, 4294967295, 4294967295, 31, 16, 20, 12,
            29, 25, 33, 24, 10, 17, 34, 11, 15, 4294967295, 14, 27, 28, 32, 36, 5,
            4294967295, 7, 0, 22, 2, 21, 26, 13,
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
    const PROVIDER: &'static str = "Alibaba Cloud Market";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Market's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Market: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
