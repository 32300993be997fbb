// @generated from catalogs/tencent/iotvideo_v20211125.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud IOTVIDEO v20211125: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud IOTVIDEO v20211125: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
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
    /// `InternalError.DBOperationError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB operation error.
    InternalErrorDbOperationError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.FirmwareAlreadyExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: firmware already exist.
    InvalidParameterValueFirmwareAlreadyExist,
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
    static CODES: [&str; 17] = [
        "FailedOperation",
        "FailedOperation.DeviceFirmwareTaskAlreadDone",
        "FailedOperation.DeviceIsUpdating",
        "FailedOperation.DeviceRunningOtherOtaTask",
        "FailedOperation.PermissionDenied",
        "InternalError",
        "InternalError.DBOperationError",
        "InvalidParameter",
        "InvalidParameterValue",
        "InvalidParameterValue.FirmwareAlreadyExist",
        "ResourceNotFound",
        "ResourceNotFound.DeviceFirmwareTaskNotExist",
        "ResourceNotFound.DeviceHasNoFirmware",
        "ResourceNotFound.FirmwareNotExist",
        "ResourceNotFound.FirmwareTaskNotExist",
        "UnknownParameter",
        "UnsupportedOperation",
    ];
    static NAME_CODES: [u32; 1] = [6];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InternalErrorDbOperationError",
        ends: &[0, 29],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.The operation failed: device firmware task alread done.The operation failed: device is updating.The operation failed: device running other ota task.The operation failed: permission denied.An internal error occurred.An internal error occurred: DB operation error.A parameter is invalid.A parameter value is invalid.A parameter value is invalid: firmware already exist.The resource was not found.The resource was not found: device firmware task not exist.The resource was not found: device has no firmware.The resource was not found: firmware not exist.The resource was not found: firmware task not exist.An unknown parameter was given.The operation is not supported.",
        ends: &[
            0, 21, 76, 117, 169, 209, 236, 283, 306, 335, 388, 415, 474, 525, 572, 624,
            655, 686,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 17] = ::cloud_errors::__private::retry_column(
        b"aaaaabbaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 17] = ::cloud_errors::__private::category_column(
        b"iiiiimmccceeeeecl",
    );
    static PILOTS: [u16; 5] = [19, 1, 58, 1647, 11];
    static SLOTS: [(&str, u32); 18] = ::cloud_errors::__private::slots(
        &CODES,
        &[6, 10, 4294967295, 8, 12, 14, 3, 2, 4, 16, 0, 11, 7, 13, 9, 5, 1, 15],
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
    const PROVIDER: &'static str = "Tencent Cloud IOTVIDEO v20211125";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud IOTVIDEO v20211125's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud IOTVIDEO v20211125: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
