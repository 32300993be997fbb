// @generated from catalogs/tencent/ioa.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud IOA: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud IOA: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.QueryData`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query data.
    FailedOperationQueryData,
    /// `FailedOperation.RPCServiceCallFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: RPC service call failed.
    FailedOperationRpcServiceCallFailed,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.DatabaseException`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: database exception.
    InternalErrorDatabaseException,
    /// `InternalError.DatabaseQueryFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: database query failed.
    InternalErrorDatabaseQueryFailed,
    /// `InternalError.DatabaseWriteFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: database write failed.
    InternalErrorDatabaseWriteFailed,
    /// `InternalError.NotZeroTrustGateway`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: not zero trust gateway.
    InternalErrorNotZeroTrustGateway,
    /// `InternalError.ServiceTypeError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: service type error.
    InternalErrorServiceTypeError,
    /// `InternalError.Unknown`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unknown.
    InternalErrorUnknown,
    /// `InvalidParameter.AutoRuleParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: auto rule parameter error.
    InvalidParameterAutoRuleParameterError,
    /// `InvalidParameter.DatabaseException`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: database exception.
    InvalidParameterDatabaseException,
    /// `InvalidParameter.DuplicateDeviceVirtualGroupName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicate device virtual group name.
    InvalidParameterDuplicateDeviceVirtualGroupName,
    /// `InvalidParameter.DuplicateIdInBlackWhiteList`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicate id in black white list.
    InvalidParameterDuplicateIdInBlackWhiteList,
    /// `InvalidParameter.DuplicateResourcesExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicate resources exist.
    InvalidParameterDuplicateResourcesExist,
    /// `InvalidParameter.DuplicateResourcesName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicate resources name.
    InvalidParameterDuplicateResourcesName,
    /// `InvalidParameter.IdenticalName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: identical name.
    InvalidParameterIdenticalName,
    /// `InvalidParameter.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter.
    InvalidParameterInvalidParameter,
    /// `InvalidParameter.RequestParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: request param.
    InvalidParameterRequestParam,
    /// `InvalidParameter.ResourceAccessMethod`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource access method.
    InvalidParameterResourceAccessMethod,
    /// `InvalidParameter.ResourceDomainErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource domain err.
    InvalidParameterResourceDomainErr,
    /// `InvalidParameter.ResourceIPError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource IP error.
    InvalidParameterResourceIpError,
    /// `InvalidParameter.ResourceIPSegmentErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource IP segment err.
    InvalidParameterResourceIpSegmentErr,
    /// `InvalidParameter.ResourceLevelsParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource levels parameter.
    InvalidParameterResourceLevelsParameter,
    /// `InvalidParameter.ResourcePortErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource port err.
    InvalidParameterResourcePortErr,
    /// `InvalidParameter.ResourceProtocolTypeErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource protocol type err.
    InvalidParameterResourceProtocolTypeErr,
    /// `InvalidParameter.ResourceTypeParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource type parameter.
    InvalidParameterResourceTypeParameter,
    /// `InvalidParameter.SameAccountGroupName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: same account group name.
    InvalidParameterSameAccountGroupName,
    /// `InvalidParameterValue.VirtualDeviceGroupNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: virtual device group not found.
    InvalidParameterValueVirtualDeviceGroupNotFound,
    /// `LimitExceeded.CompanyDirectoryMaxLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: company directory max limit.
    LimitExceededCompanyDirectoryMaxLimit,
    /// `MissingParameter.CommonParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: common param.
    MissingParameterCommonParam,
    /// `RequestLimitExceeded.DeviceDownloadTask`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent: device download task.
    RequestLimitExceededDeviceDownloadTask,
    /// `RequestLimitExceeded.Gateway`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent: gateway.
    RequestLimitExceededGateway,
    /// `RequestLimitExceeded.WaitForTheLastOperationToComplete`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent: wait for the last operation to complete.
    RequestLimitExceededWaitForTheLastOperationToComplete,
    /// `ResourceNotFound.NoModuleData`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: no module data.
    ResourceNotFoundNoModuleData,
    /// `ResourceNotFound.NoResourceData`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: no resource data.
    ResourceNotFoundNoResourceData,
    /// `ResourceNotFound.NotConnectorGroupInfo`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: not connector group info.
    ResourceNotFoundNotConnectorGroupInfo,
    /// `ResourceNotFound.NotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: not found.
    ResourceNotFoundNotFound,
    /// `ResourceUnavailable.LicenseInvalid`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: license invalid.
    ResourceUnavailableLicenseInvalid,
    /// `UnauthorizedOperation.NoModulePermissions`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no module permissions.
    UnauthorizedOperationNoModulePermissions,
    /// `UnauthorizedOperation.NoResourcePermissions`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no resource permissions.
    UnauthorizedOperationNoResourcePermissions,
    /// `UnauthorizedOperation.PermissionDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: permission denied.
    UnauthorizedOperationPermissionDenied,
    /// `UnsupportedOperation.DatabaseException`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: database exception.
    UnsupportedOperationDatabaseException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 42] = [
        "FailedOperation.QueryData",
        "FailedOperation.RPCServiceCallFailed",
        "InternalError",
        "InternalError.DatabaseException",
        "InternalError.DatabaseQueryFailed",
        "InternalError.DatabaseWriteFailed",
        "InternalError.NotZeroTrustGateway",
        "InternalError.ServiceTypeError",
        "InternalError.Unknown",
        "InvalidParameter.AutoRuleParameterError",
        "InvalidParameter.DatabaseException",
        "InvalidParameter.DuplicateDeviceVirtualGroupName",
        "InvalidParameter.DuplicateIdInBlackWhiteList",
        "InvalidParameter.DuplicateResourcesExist",
        "InvalidParameter.DuplicateResourcesName",
        "InvalidParameter.IdenticalName",
        "InvalidParameter.InvalidParameter",
        "InvalidParameter.RequestParam",
        "InvalidParameter.ResourceAccessMethod",
        "InvalidParameter.ResourceDomainErr",
        "InvalidParameter.ResourceIPError",
        "InvalidParameter.ResourceIPSegmentErr",
        "InvalidParameter.ResourceLevelsParameter",
        "InvalidParameter.ResourcePortErr",
        "InvalidParameter.ResourceProtocolTypeErr",
        "InvalidParameter.ResourceTypeParameter",
        "InvalidParameter.SameAccountGroupName",
        "InvalidParameterValue.VirtualDeviceGroupNotFound",
        "LimitExceeded.CompanyDirectoryMaxLimit",
        "MissingParameter.CommonParam",
        "RequestLimitExceeded.DeviceDownloadTask",
        "RequestLimitExceeded.Gateway",
        "RequestLimitExceeded.WaitForTheLastOperationToComplete",
        "ResourceNotFound.NoModuleData",
        "ResourceNotFound.NoResourceData",
        "ResourceNotFound.NotConnectorGroupInfo",
        "ResourceNotFound.NotFound",
        "ResourceUnavailable.LicenseInvalid",
        "UnauthorizedOperation.NoModulePermissions",
        "UnauthorizedOperation.NoResourcePermissions",
        "UnauthorizedOperation.PermissionDenied",
        "UnsupportedOperation.DatabaseException",
    ];
    static NAME_CODES: [u32; 3] = [1, 20, 21];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationRpcServiceCallFailedInvalidParameterResourceIpErrorInvalidParameterResourceIpSegmentErr",
        ends: &[0, 35, 66, 102],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: query data.The operation failed: RPC service call failed.An internal error occurred.An internal error occurred: database exception.An internal error occurred: database query failed.An internal error occurred: database write failed.An internal error occurred: not zero trust gateway.An internal error occurred: service type error.An internal error occurred: unknown.A parameter is invalid: auto rule parameter error.A parameter is invalid: database exception.A parameter is invalid: duplicate device virtual group name.A parameter is invalid: duplicate id in black white list.A parameter is invalid: duplicate resources exist.A parameter is invalid: duplicate resources name.A parameter is invalid: identical name.A parameter is invalid: invalid parameter.A parameter is invalid: request param.A parameter is invalid: resource access method.A parameter is invalid: resource domain err.A parameter is invalid: resource IP error.A parameter is invalid: resource IP segment err.A parameter is invalid: resource levels parameter.A parameter is invalid: resource port err.A parameter is invalid: resource protocol type err.A parameter is invalid: resource type parameter.A parameter is invalid: same account group name.A parameter value is invalid: virtual device group not found.A limit was exceeded: company directory max limit.A required parameter is missing: common param.Too many requests were sent: device download task.Too many requests were sent: gateway.Too many requests were sent: wait for the last operation to complete.The resource was not found: no module data.The resource was not found: no resource data.The resource was not found: not connector group info.The resource was not found: not found.The resource is unavailable: license invalid.The operation is not authorized: no module permissions.The operation is not authorized: no resource permissions.The operation is not authorized: permission denied.The operation is not supported: database exception.",
        ends: &[
            0, 33, 79, 106, 153, 203, 253, 304, 351, 387, 437, 480, 540, 597, 647, 696,
            735, 777, 815, 862, 906, 948, 996, 1046, 1088, 1139, 1187, 1235, 1296, 1346,
            1392, 1442, 1479, 1548, 1591, 1636, 1689, 1727, 1772, 1827, 1884, 1935, 1986,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 42] = ::cloud_errors::__private::retry_column(
        b"aabbbbbbbaaaaaaaaaaaaaaaaaaaaabbbaaaacccca",
    );
    static CATEGORY: [::cloud_errors::Category; 42] = ::cloud_errors::__private::category_column(
        b"iimmmmmmmccccccccccccccccccchchhheeeeigggi",
    );
    static PILOTS: [u16; 11] = [0, 2, 21, 0, 29, 3, 0, 2, 72, 8, 2045];
    static SLOTS: [(&str, u32); 46] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            40, 6, 41, 4294967295, 31, 4294967295, 36, 11, 39, 24, 0, 15, 16, 10, 9, 38,
            29, 23, 32, 20, 21, 22, 25, 2, 34, 4294967295, 30, 13, 14, 3, 19, 18, 28, 1,
            8, 7, 17, 12, 4294967295, 33, 27, 37, 35, 26, 5, 4,
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
    const PROVIDER: &'static str = "Tencent Cloud IOA";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud IOA's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud IOA: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
