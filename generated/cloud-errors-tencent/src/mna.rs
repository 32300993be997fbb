// @generated from catalogs/tencent/mna.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud MNA: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud MNA: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.TransactionException`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: transaction exception.
    FailedOperationTransactionException,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.ControlRequestError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: control request error.
    InternalErrorControlRequestError,
    /// `InternalError.CosRequestError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cos request error.
    InternalErrorCosRequestError,
    /// `InternalError.DuplicateDataKey`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: duplicate data key.
    InternalErrorDuplicateDataKey,
    /// `InternalError.DuplicateDeviceName`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: duplicate device name.
    InternalErrorDuplicateDeviceName,
    /// `InternalError.FileIOError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: file IO error.
    InternalErrorFileIoError,
    /// `InternalError.MonitorDataRequestError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: monitor data request error.
    InternalErrorMonitorDataRequestError,
    /// `InternalError.NetworkInfoRequestError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: network info request error.
    InternalErrorNetworkInfoRequestError,
    /// `InternalError.UndefinedEncryptedKey`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: undefined encrypted key.
    InternalErrorUndefinedEncryptedKey,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.TimeFuture`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: time future.
    InvalidParameterValueTimeFuture,
    /// `InvalidParameterValue.TimeSpanExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: time span exceeded.
    InvalidParameterValueTimeSpanExceeded,
    /// `InvalidParameterValue.TimeTooEarly`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: time too early.
    InvalidParameterValueTimeTooEarly,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.DeviceNotFound`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: device not found.
    OperationDeniedDeviceNotFound,
    /// `OperationDenied.DuplicateSN`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: duplicate SN.
    OperationDeniedDuplicateSn,
    /// `OperationDenied.HardwareHasActivated`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: hardware has activated.
    OperationDeniedHardwareHasActivated,
    /// `OperationDenied.HardwareNotExist`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: hardware not exist.
    OperationDeniedHardwareNotExist,
    /// `OperationDenied.IllegalRequest`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: illegal request.
    OperationDeniedIllegalRequest,
    /// `OperationDenied.InsufficientBalance`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: insufficient balance.
    OperationDeniedInsufficientBalance,
    /// `OperationDenied.L3CidrOverLap`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: l3 cidr over lap.
    OperationDeniedL3CidrOverLap,
    /// `OperationDenied.L3ConnectionOverSize`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: l3 connection over size.
    OperationDeniedL3ConnectionOverSize,
    /// `OperationDenied.ModifiedOrRenewed`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: modified or renewed.
    OperationDeniedModifiedOrRenewed,
    /// `OperationDenied.NotAllowedToPay`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not allowed to pay.
    OperationDeniedNotAllowedToPay,
    /// `OperationDenied.RepeatPurchase`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: repeat purchase.
    OperationDeniedRepeatPurchase,
    /// `OperationDenied.TruncFlagOn`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: trunc flag on.
    OperationDeniedTruncFlagOn,
    /// `OperationDenied.UnauthorizedUser`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: unauthorized user.
    OperationDeniedUnauthorizedUser,
    /// `OperationDenied.VendorNotRegister`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: vendor not register.
    OperationDeniedVendorNotRegister,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.NoPermission`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no permission.
    UnauthorizedOperationNoPermission,
    /// `UnauthorizedOperation.UnopenedLiveService`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: unopened live service.
    UnauthorizedOperationUnopenedLiveService,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 37] = [
        "FailedOperation.TransactionException",
        "InternalError",
        "InternalError.ControlRequestError",
        "InternalError.CosRequestError",
        "InternalError.DuplicateDataKey",
        "InternalError.DuplicateDeviceName",
        "InternalError.FileIOError",
        "InternalError.MonitorDataRequestError",
        "InternalError.NetworkInfoRequestError",
        "InternalError.UndefinedEncryptedKey",
        "InvalidParameter",
        "InvalidParameterValue",
        "InvalidParameterValue.TimeFuture",
        "InvalidParameterValue.TimeSpanExceeded",
        "InvalidParameterValue.TimeTooEarly",
        "LimitExceeded",
        "OperationDenied",
        "OperationDenied.DeviceNotFound",
        "OperationDenied.DuplicateSN",
        "OperationDenied.HardwareHasActivated",
        "OperationDenied.HardwareNotExist",
        "OperationDenied.IllegalRequest",
        "OperationDenied.InsufficientBalance",
        "OperationDenied.L3CidrOverLap",
        "OperationDenied.L3ConnectionOverSize",
        "OperationDenied.ModifiedOrRenewed",
        "OperationDenied.NotAllowedToPay",
        "OperationDenied.RepeatPurchase",
        "OperationDenied.TruncFlagOn",
        "OperationDenied.UnauthorizedUser",
        "OperationDenied.VendorNotRegister",
        "ResourceInUse",
        "ResourceNotFound",
        "ResourceUnavailable",
        "UnauthorizedOperation",
        "UnauthorizedOperation.NoPermission",
        "UnauthorizedOperation.UnopenedLiveService",
    ];
    static NAME_CODES: [u32; 2] = [6, 18];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InternalErrorFileIoErrorOperationDeniedDuplicateSn",
        ends: &[0, 24, 50],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: transaction exception.An internal error occurred.An internal error occurred: control request error.An internal error occurred: cos request error.An internal error occurred: duplicate data key.An internal error occurred: duplicate device name.An internal error occurred: file IO error.An internal error occurred: monitor data request error.An internal error occurred: network info request error.An internal error occurred: undefined encrypted key.A parameter is invalid.A parameter value is invalid.A parameter value is invalid: time future.A parameter value is invalid: time span exceeded.A parameter value is invalid: time too early.A limit was exceeded.The operation was denied.The operation was denied: device not found.The operation was denied: duplicate SN.The operation was denied: hardware has activated.The operation was denied: hardware not exist.The operation was denied: illegal request.The operation was denied: insufficient balance.The operation was denied: l3 cidr over lap.The operation was denied: l3 connection over size.The operation was denied: modified or renewed.The operation was denied: not allowed to pay.The operation was denied: repeat purchase.The operation was denied: trunc flag on.The operation was denied: unauthorized user.The operation was denied: vendor not register.The resource is in use.The resource was not found.The resource is unavailable.The operation is not authorized.The operation is not authorized: no permission.The operation is not authorized: unopened live service.",
        ends: &[
            0, 44, 71, 121, 167, 214, 264, 306, 361, 416, 468, 491, 520, 562, 611, 656,
            677, 702, 745, 784, 833, 878, 920, 967, 1010, 1060, 1106, 1151, 1193, 1233,
            1277, 1323, 1346, 1373, 1401, 1433, 1480, 1535,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 37] = ::cloud_errors::__private::retry_column(
        b"abbbbbbbbbaaaaaacccccccccccccccbacccc",
    );
    static CATEGORY: [::cloud_errors::Category; 37] = ::cloud_errors::__private::category_column(
        b"immmmmmmmmccccchgggggggggggggggjeiggg",
    );
    static PILOTS: [u16; 10] = [4, 15, 19, 15, 63, 2, 6, 16, 1, 86];
    static SLOTS: [(&str, u32); 41] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            16, 29, 22, 28, 4294967295, 36, 20, 5, 24, 34, 11, 17, 21, 3, 18, 32, 9, 35,
            30, 15, 10, 31, 8, 1, 26, 4294967295, 27, 4294967295, 0, 33, 14, 12, 13, 2,
            23, 6, 19, 4, 4294967295, 7, 25,
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
    const PROVIDER: &'static str = "Tencent Cloud MNA";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud MNA's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud MNA: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
