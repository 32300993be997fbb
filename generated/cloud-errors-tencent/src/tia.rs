// @generated from catalogs/tencent/tia.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TIA: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TIA: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.AlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: already exists.
    FailedOperationAlreadyExists,
    /// `FailedOperation.TimeOut`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: time out.
    FailedOperationTimeOut,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.System`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: system.
    InternalErrorSystem,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.Code`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: code.
    InvalidParameterValueCode,
    /// `InvalidParameterValue.Description`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: description.
    InvalidParameterValueDescription,
    /// `InvalidParameterValue.Environment`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: environment.
    InvalidParameterValueEnvironment,
    /// `InvalidParameterValue.FunctionName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: function name.
    InvalidParameterValueFunctionName,
    /// `InvalidParameterValue.Handler`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: handler.
    InvalidParameterValueHandler,
    /// `InvalidParameterValue.Order`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: order.
    InvalidParameterValueOrder,
    /// `InvalidParameterValue.Orderby`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: orderby.
    InvalidParameterValueOrderby,
    /// `InvalidParameterValue.Runtime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: runtime.
    InvalidParameterValueRuntime,
    /// `LimitExceeded.Function`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: function.
    LimitExceededFunction,
    /// `LimitExceeded.Memory`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: memory.
    LimitExceededMemory,
    /// `LimitExceeded.Timeout`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: timeout.
    LimitExceededTimeout,
    /// `MissingParameter.Code`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: code.
    MissingParameterCode,
    /// `ResourceInUse.FunctionName`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: function name.
    ResourceInUseFunctionName,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.FunctionName`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: function name.
    ResourceNotFoundFunctionName,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.CAM`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: CAM.
    UnauthorizedOperationCam,
    /// `UnauthorizedOperation.Region`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: region.
    UnauthorizedOperationRegion,
    /// `UnsupportedOperation.UnsupportedVersion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported version.
    UnsupportedOperationUnsupportedVersion,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 26] = [
        "FailedOperation.AlreadyExists",
        "FailedOperation.TimeOut",
        "InternalError",
        "InternalError.System",
        "InvalidParameter",
        "InvalidParameterValue",
        "InvalidParameterValue.Code",
        "InvalidParameterValue.Description",
        "InvalidParameterValue.Environment",
        "InvalidParameterValue.FunctionName",
        "InvalidParameterValue.Handler",
        "InvalidParameterValue.Order",
        "InvalidParameterValue.Orderby",
        "InvalidParameterValue.Runtime",
        "LimitExceeded.Function",
        "LimitExceeded.Memory",
        "LimitExceeded.Timeout",
        "MissingParameter.Code",
        "ResourceInUse.FunctionName",
        "ResourceNotFound",
        "ResourceNotFound.FunctionName",
        "ResourceUnavailable",
        "UnauthorizedOperation",
        "UnauthorizedOperation.CAM",
        "UnauthorizedOperation.Region",
        "UnsupportedOperation.UnsupportedVersion",
    ];
    static NAME_CODES: [u32; 1] = [23];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "UnauthorizedOperationCam",
        ends: &[0, 24],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: already exists.The operation failed: time out.An internal error occurred.An internal error occurred: system.A parameter is invalid.A parameter value is invalid.A parameter value is invalid: code.A parameter value is invalid: description.A parameter value is invalid: environment.A parameter value is invalid: function name.A parameter value is invalid: handler.A parameter value is invalid: order.A parameter value is invalid: orderby.A parameter value is invalid: runtime.A limit was exceeded: function.A limit was exceeded: memory.A limit was exceeded: timeout.A required parameter is missing: code.The resource is in use: function name.The resource was not found.The resource was not found: function name.The resource is unavailable.The operation is not authorized.The operation is not authorized: CAM.The operation is not authorized: region.The operation is not supported: unsupported version.",
        ends: &[
            0, 37, 68, 95, 130, 153, 182, 217, 259, 301, 345, 383, 419, 457, 495, 526,
            555, 585, 623, 661, 688, 730, 758, 790, 827, 867, 919,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 26] = ::cloud_errors::__private::retry_column(
        b"aabbaaaaaaaaaaaaaabaacccca",
    );
    static CATEGORY: [::cloud_errors::Category; 26] = ::cloud_errors::__private::category_column(
        b"iimmcccccccccchhhcjeeigggi",
    );
    static PILOTS: [u16; 7] = [7, 3, 11, 25, 23, 30, 6];
    static SLOTS: [(&str, u32); 28] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4, 16, 22, 7, 6, 10, 23, 18, 17, 21, 9, 13, 12, 0, 14, 19, 3, 25, 20, 2,
            4294967295, 5, 8, 4294967295, 11, 1, 24, 15,
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
    const PROVIDER: &'static str = "Tencent Cloud TIA";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TIA's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TIA: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
