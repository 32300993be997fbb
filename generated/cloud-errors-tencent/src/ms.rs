// @generated from catalogs/tencent/ms.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud MS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud MS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.InvalidAuthorization`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: invalid authorization.
    AuthFailureInvalidAuthorization,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.ApkServerError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: apk server error.
    InternalErrorApkServerError,
    /// `InternalError.ServerError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: server error.
    InternalErrorServerError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.MissingServiceInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: missing service info.
    InvalidParameterMissingServiceInfo,
    /// `InvalidParameter.ParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: parameter error.
    InvalidParameterParameterError,
    /// `InvalidParameter.PlanIdNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: plan id not found.
    InvalidParameterPlanIdNotFound,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.AndroidAppMd5Error`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: android app md5 error.
    InvalidParameterValueAndroidAppMd5Error,
    /// `InvalidParameterValue.AndroidAppPkgNameError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: android app pkg name error.
    InvalidParameterValueAndroidAppPkgNameError,
    /// `InvalidParameterValue.AndroidAppPkgNameListError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: android app pkg name list error.
    InvalidParameterValueAndroidAppPkgNameListError,
    /// `InvalidParameterValue.AndroidAppTypeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: android app type error.
    InvalidParameterValueAndroidAppTypeError,
    /// `InvalidParameterValue.AndroidAppUrlError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: android app url error.
    InvalidParameterValueAndroidAppUrlError,
    /// `InvalidParameterValue.AndroidAssetsError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: android assets error.
    InvalidParameterValueAndroidAssetsError,
    /// `InvalidParameterValue.AndroidEncryptParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: android encrypt param error.
    InvalidParameterValueAndroidEncryptParamError,
    /// `InvalidParameterValue.AndroidResError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: android res error.
    InvalidParameterValueAndroidResError,
    /// `InvalidParameterValue.AndroidSoError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: android so error.
    InvalidParameterValueAndroidSoError,
    /// `InvalidParameterValue.AndroidVMPError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: android VMP error.
    InvalidParameterValueAndroidVmpError,
    /// `InvalidParameterValue.AppletEncryptParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: applet encrypt param error.
    InvalidParameterValueAppletEncryptParamError,
    /// `InvalidParameterValue.CheckUrlError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: check url error.
    InvalidParameterValueCheckUrlError,
    /// `InvalidParameterValue.EncryptParamAppTypeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: encrypt param app type error.
    InvalidParameterValueEncryptParamAppTypeError,
    /// `InvalidParameterValue.InvalidCoexistItemIdsFilters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid coexist item ids filters.
    InvalidParameterValueInvalidCoexistItemIdsFilters,
    /// `InvalidParameterValue.InvalidFilter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid filter.
    InvalidParameterValueInvalidFilter,
    /// `InvalidParameterValue.InvalidItemIds`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid item ids.
    InvalidParameterValueInvalidItemIds,
    /// `InvalidParameterValue.InvalidLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid limit.
    InvalidParameterValueInvalidLimit,
    /// `InvalidParameterValue.InvalidOffset`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid offset.
    InvalidParameterValueInvalidOffset,
    /// `InvalidParameterValue.InvalidOrderDirection`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid order direction.
    InvalidParameterValueInvalidOrderDirection,
    /// `InvalidParameterValue.InvalidOrderField`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid order field.
    InvalidParameterValueInvalidOrderField,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.EncryptTaskLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: encrypt task limit exceeded.
    LimitExceededEncryptTaskLimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.MissingAppInfo`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing app info.
    MissingParameterMissingAppInfo,
    /// `MissingParameter.MissingItemId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing item id.
    MissingParameterMissingItemId,
    /// `MissingParameter.MissingItemIds`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing item ids.
    MissingParameterMissingItemIds,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.ItemIdNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: item id not found.
    ResourceNotFoundItemIdNotFound,
    /// `ResourceNotFound.PlanIdNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: plan id not found.
    ResourceNotFoundPlanIdNotFound,
    /// `ResourceNotFound.ResultIdNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: result id not found.
    ResourceNotFoundResultIdNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.NotBind`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not bind.
    ResourceUnavailableNotBind,
    /// `ResourceUnavailable.NotFound`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not found.
    ResourceUnavailableNotFound,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.AuthFailed`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: auth failed.
    UnauthorizedOperationAuthFailed,
    /// `UnauthorizedOperation.NotWhiteUser`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: not white user.
    UnauthorizedOperationNotWhiteUser,
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
        "AuthFailure.InvalidAuthorization",
        "FailedOperation",
        "InternalError",
        "InternalError.ApkServerError",
        "InternalError.ServerError",
        "InvalidParameter",
        "InvalidParameter.MissingServiceInfo",
        "InvalidParameter.ParameterError",
        "InvalidParameter.PlanIdNotFound",
        "InvalidParameterValue",
        "InvalidParameterValue.AndroidAppMd5Error",
        "InvalidParameterValue.AndroidAppPkgNameError",
        "InvalidParameterValue.AndroidAppPkgNameListError",
        "InvalidParameterValue.AndroidAppTypeError",
        "InvalidParameterValue.AndroidAppUrlError",
        "InvalidParameterValue.AndroidAssetsError",
        "InvalidParameterValue.AndroidEncryptParamError",
        "InvalidParameterValue.AndroidResError",
        "InvalidParameterValue.AndroidSoError",
        "InvalidParameterValue.AndroidVMPError",
        "InvalidParameterValue.AppletEncryptParamError",
        "InvalidParameterValue.CheckUrlError",
        "InvalidParameterValue.EncryptParamAppTypeError",
        "InvalidParameterValue.InvalidCoexistItemIdsFilters",
        "InvalidParameterValue.InvalidFilter",
        "InvalidParameterValue.InvalidItemIds",
        "InvalidParameterValue.InvalidLimit",
        "InvalidParameterValue.InvalidOffset",
        "InvalidParameterValue.InvalidOrderDirection",
        "InvalidParameterValue.InvalidOrderField",
        "LimitExceeded",
        "LimitExceeded.EncryptTaskLimitExceeded",
        "MissingParameter",
        "MissingParameter.MissingAppInfo",
        "MissingParameter.MissingItemId",
        "MissingParameter.MissingItemIds",
        "ResourceNotFound",
        "ResourceNotFound.ItemIdNotFound",
        "ResourceNotFound.PlanIdNotFound",
        "ResourceNotFound.ResultIdNotFound",
        "ResourceUnavailable",
        "ResourceUnavailable.NotBind",
        "ResourceUnavailable.NotFound",
        "UnauthorizedOperation",
        "UnauthorizedOperation.AuthFailed",
        "UnauthorizedOperation.NotWhiteUser",
        "UnsupportedOperation",
    ];
    static NAME_CODES: [u32; 1] = [20];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterValueAndroidVmpError",
        ends: &[0, 36],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: invalid authorization.The operation failed.An internal error occurred.An internal error occurred: apk server error.An internal error occurred: server error.A parameter is invalid.A parameter is invalid: missing service info.A parameter is invalid: parameter error.A parameter is invalid: plan id not found.A parameter value is invalid.A parameter value is invalid: android app md5 error.A parameter value is invalid: android app pkg name error.A parameter value is invalid: android app pkg name list error.A parameter value is invalid: android app type error.A parameter value is invalid: android app url error.A parameter value is invalid: android assets error.A parameter value is invalid: android encrypt param error.A parameter value is invalid: android res error.A parameter value is invalid: android so error.A parameter value is invalid: android VMP error.A parameter value is invalid: applet encrypt param error.A parameter value is invalid: check url error.A parameter value is invalid: encrypt param app type error.A parameter value is invalid: invalid coexist item ids filters.A parameter value is invalid: invalid filter.A parameter value is invalid: invalid item ids.A parameter value is invalid: invalid limit.A parameter value is invalid: invalid offset.A parameter value is invalid: invalid order direction.A parameter value is invalid: invalid order field.A limit was exceeded.A limit was exceeded: encrypt task limit exceeded.A required parameter is missing.A required parameter is missing: missing app info.A required parameter is missing: missing item id.A required parameter is missing: missing item ids.The resource was not found.The resource was not found: item id not found.The resource was not found: plan id not found.The resource was not found: result id not found.The resource is unavailable.The resource is unavailable: not bind.The resource is unavailable: not found.The operation is not authorized.The operation is not authorized: auth failed.The operation is not authorized: not white user.The operation is not supported.",
        ends: &[
            0, 22, 67, 88, 115, 160, 201, 224, 269, 309, 351, 380, 432, 489, 551, 604,
            656, 707, 765, 813, 860, 908, 965, 1011, 1070, 1133, 1178, 1225, 1269, 1314,
            1368, 1418, 1439, 1489, 1521, 1571, 1620, 1670, 1697, 1743, 1789, 1837, 1865,
            1903, 1942, 1974, 2019, 2067, 2098,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 48] = ::cloud_errors::__private::retry_column(
        b"acabbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacccccca",
    );
    static CATEGORY: [::cloud_errors::Category; 48] = ::cloud_errors::__private::category_column(
        b"bpimmmccccccccccccccccccccccccchhcccceeeeiiigggl",
    );
    static PILOTS: [u16; 12] = [229, 7, 1, 0, 46, 68, 73, 7, 1, 1, 89, 29];
    static SLOTS: [(&str, u32); 53] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            44, 38, 4294967295, 21, 39, 22, 28, 37, 13, 26, 42, 10, 18, 20, 3, 16, 30,
            40, 35, 33, 29, 17, 12, 23, 31, 4294967295, 27, 46, 19, 4294967295, 45, 25,
            36, 4, 32, 14, 7, 6, 47, 4294967295, 11, 41, 24, 9, 0, 15, 1, 4294967295, 5,
            2, 34, 43, 8,
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
    const PROVIDER: &'static str = "Tencent Cloud MS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud MS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud MS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
