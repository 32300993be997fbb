// @generated from catalogs/tencent/iotvideo_v20191126.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud IOTVIDEO v20191126: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud IOTVIDEO v20191126: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.SignatureFailure`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: signature failure.
    AuthFailureSignatureFailure,
    /// `AuthFailure.TokenFailure`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: token failure.
    AuthFailureTokenFailure,
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The request was a dry run and was not carried out.
    DryRunOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.DeviceFirmwareTaskAlreadDone`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: device firmware task alread done.
    FailedOperationDeviceFirmwareTaskAlreadDone,
    /// `FailedOperation.DeviceIsUpdating`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: device is updating.
    FailedOperationDeviceIsUpdating,
    /// `FailedOperation.DeviceRunningOtherOtaTask`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: device running other ota task.
    FailedOperationDeviceRunningOtherOtaTask,
    /// `FailedOperation.PermissionDenied`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: permission denied.
    FailedOperationPermissionDenied,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.FirmwareAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: firmware already exist.
    InvalidParameterValueFirmwareAlreadyExist,
    /// `InvalidParameterValue.Tid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tid.
    InvalidParameterValueTid,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
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
    /// `ResourceNotFound.DeviceFirmwareTaskNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: device firmware task not exist.
    ResourceNotFoundDeviceFirmwareTaskNotExist,
    /// `ResourceNotFound.DeviceHasNoFirmware`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: device has no firmware.
    ResourceNotFoundDeviceHasNoFirmware,
    /// `ResourceNotFound.FirmwareNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: firmware not exist.
    ResourceNotFoundFirmwareNotExist,
    /// `ResourceNotFound.FirmwareTaskNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: firmware task not exist.
    ResourceNotFoundFirmwareTaskNotExist,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
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
    static CODES: [&str; 30] = [
        "AuthFailure",
        "AuthFailure.SignatureFailure",
        "AuthFailure.TokenFailure",
        "DryRunOperation",
        "FailedOperation",
        "FailedOperation.DeviceFirmwareTaskAlreadDone",
        "FailedOperation.DeviceIsUpdating",
        "FailedOperation.DeviceRunningOtherOtaTask",
        "FailedOperation.PermissionDenied",
        "InternalError",
        "InvalidParameter",
        "InvalidParameterValue",
        "InvalidParameterValue.FirmwareAlreadyExist",
        "InvalidParameterValue.Tid",
        "LimitExceeded",
        "MissingParameter",
        "OperationDenied",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceNotFound.DeviceFirmwareTaskNotExist",
        "ResourceNotFound.DeviceHasNoFirmware",
        "ResourceNotFound.FirmwareNotExist",
        "ResourceNotFound.FirmwareTaskNotExist",
        "ResourceUnavailable",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnknownParameter",
        "UnsupportedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: signature failure.Authentication failed: token failure.The request was a dry run and was not carried out.The operation failed.The operation failed: device firmware task alread done.The operation failed: device is updating.The operation failed: device running other ota task.The operation failed: permission denied.An internal error occurred.A parameter is invalid.A parameter value is invalid.A parameter value is invalid: firmware already exist.A parameter value is invalid: tid.A limit was exceeded.A required parameter is missing.The operation was denied.Too many requests were sent.The resource is in use.Resources are insufficient.The resource was not found.The resource was not found: device firmware task not exist.The resource was not found: device has no firmware.The resource was not found: firmware not exist.The resource was not found: firmware task not exist.The resource is unavailable.The resources are sold out.The operation is not authorized.An unknown parameter was given.The operation is not supported.",
        ends: &[
            0, 22, 63, 100, 150, 171, 226, 267, 319, 359, 386, 409, 438, 491, 525, 546,
            578, 603, 631, 654, 681, 708, 767, 818, 865, 917, 945, 972, 1004, 1035, 1066,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 30] = ::cloud_errors::__private::retry_column(
        b"accaaaaaabaaaaaacbbcaaaaacccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 30] = ::cloud_errors::__private::category_column(
        b"bppiiiiiimcccchcghjheeeeeihgcl",
    );
    static PILOTS: [u16; 8] = [4, 0, 76, 1, 47, 26, 0, 56];
    static SLOTS: [(&str, u32); 33] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            5, 25, 23, 12, 2, 4294967295, 14, 10, 0, 4294967295, 28, 19, 6, 27, 3, 24,
            4294967295, 16, 29, 17, 22, 18, 15, 1, 7, 13, 26, 4, 20, 9, 11, 8, 21,
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
    const PROVIDER: &'static str = "Tencent Cloud IOTVIDEO v20191126";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud IOTVIDEO v20191126's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud IOTVIDEO v20191126: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
