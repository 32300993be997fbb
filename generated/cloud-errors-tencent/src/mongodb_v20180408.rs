// @generated from catalogs/tencent/mongodb_v20180408.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud MONGODB v20180408: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud MONGODB v20180408: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.AsyncRequestError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: async request error.
    InternalErrorAsyncRequestError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.PermissionDenied`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: permission denied.
    InvalidParameterPermissionDenied,
    /// `InvalidParameter.ZoneClosed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: zone closed.
    InvalidParameterZoneClosed,
    /// `InvalidParameterValue.IllegalInstanceName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal instance name.
    InvalidParameterValueIllegalInstanceName,
    /// `InvalidParameterValue.IllegalInstanceStatus`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal instance status.
    InvalidParameterValueIllegalInstanceStatus,
    /// `InvalidParameterValue.InstanceHasBeenDeleted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance has been deleted.
    InvalidParameterValueInstanceHasBeenDeleted,
    /// `InvalidParameterValue.InstanceHasBeenIsolated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance has been isolated.
    InvalidParameterValueInstanceHasBeenIsolated,
    /// `InvalidParameterValue.InstanceTypeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance type error.
    InvalidParameterValueInstanceTypeError,
    /// `InvalidParameterValue.LimitParaOutOfRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit para out of range.
    InvalidParameterValueLimitParaOutOfRange,
    /// `InvalidParameterValue.LockFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: lock failed.
    InvalidParameterValueLockFailed,
    /// `InvalidParameterValue.MachineTypeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: machine type error.
    InvalidParameterValueMachineTypeError,
    /// `InvalidParameterValue.MongoVersionError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: mongo version error.
    InvalidParameterValueMongoVersionError,
    /// `InvalidParameterValue.MongoVersionNotSupportQueryClient`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: mongo version not support query client.
    InvalidParameterValueMongoVersionNotSupportQueryClient,
    /// `InvalidParameterValue.NotFoundInstance`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not found instance.
    InvalidParameterValueNotFoundInstance,
    /// `InvalidParameterValue.OffsetParaOutOfRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: offset para out of range.
    InvalidParameterValueOffsetParaOutOfRange,
    /// `InvalidParameterValue.PasswordRuleFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: password rule failed.
    InvalidParameterValuePasswordRuleFailed,
    /// `InvalidParameterValue.PostPayRenewError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: post pay renew error.
    InvalidParameterValuePostPayRenewError,
    /// `InvalidParameterValue.ProjectNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: project not found.
    InvalidParameterValueProjectNotFound,
    /// `InvalidParameterValue.ProxyNotSupportQueryClient`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: proxy not support query client.
    InvalidParameterValueProxyNotSupportQueryClient,
    /// `InvalidParameterValue.QueryTimeOutOfRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: query time out of range.
    InvalidParameterValueQueryTimeOutOfRange,
    /// `InvalidParameterValue.QueryTimeRangeBeyondLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: query time range beyond limit.
    InvalidParameterValueQueryTimeRangeBeyondLimit,
    /// `InvalidParameterValue.RegionError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: region error.
    InvalidParameterValueRegionError,
    /// `InvalidParameterValue.RegionNotSupportQueryClient`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: region not support query client.
    InvalidParameterValueRegionNotSupportQueryClient,
    /// `InvalidParameterValue.SecondaryNumError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: secondary num error.
    InvalidParameterValueSecondaryNumError,
    /// `InvalidParameterValue.SlowMSBelowLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: slow MS below limit.
    InvalidParameterValueSlowMsBelowLimit,
    /// `InvalidParameterValue.SpecNotOnSale`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: spec not on sale.
    InvalidParameterValueSpecNotOnSale,
    /// `InvalidParameterValue.StartTimeNotBeforeThanEndTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: start time not before than end time.
    InvalidParameterValueStartTimeNotBeforeThanEndTime,
    /// `InvalidParameterValue.StatusAbnormal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: status abnormal.
    InvalidParameterValueStatusAbnormal,
    /// `InvalidParameterValue.TimeFormatErr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: time format err.
    InvalidParameterValueTimeFormatErr,
    /// `InvalidParameterValue.UserNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: user not found.
    InvalidParameterValueUserNotFound,
    /// `InvalidParameterValue.VpcIdOrSubnetIdNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpc id or subnet id not found.
    InvalidParameterValueVpcIdOrSubnetIdNotFound,
    /// `InvalidParameterValue.ZoneError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: zone error.
    InvalidParameterValueZoneError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 34] = [
        "InternalError",
        "InternalError.AsyncRequestError",
        "InvalidParameter",
        "InvalidParameter.PermissionDenied",
        "InvalidParameter.ZoneClosed",
        "InvalidParameterValue.IllegalInstanceName",
        "InvalidParameterValue.IllegalInstanceStatus",
        "InvalidParameterValue.InstanceHasBeenDeleted",
        "InvalidParameterValue.InstanceHasBeenIsolated",
        "InvalidParameterValue.InstanceTypeError",
        "InvalidParameterValue.LimitParaOutOfRange",
        "InvalidParameterValue.LockFailed",
        "InvalidParameterValue.MachineTypeError",
        "InvalidParameterValue.MongoVersionError",
        "InvalidParameterValue.MongoVersionNotSupportQueryClient",
        "InvalidParameterValue.NotFoundInstance",
        "InvalidParameterValue.OffsetParaOutOfRange",
        "InvalidParameterValue.PasswordRuleFailed",
        "InvalidParameterValue.PostPayRenewError",
        "InvalidParameterValue.ProjectNotFound",
        "InvalidParameterValue.ProxyNotSupportQueryClient",
        "InvalidParameterValue.QueryTimeOutOfRange",
        "InvalidParameterValue.QueryTimeRangeBeyondLimit",
        "InvalidParameterValue.RegionError",
        "InvalidParameterValue.RegionNotSupportQueryClient",
        "InvalidParameterValue.SecondaryNumError",
        "InvalidParameterValue.SlowMSBelowLimit",
        "InvalidParameterValue.SpecNotOnSale",
        "InvalidParameterValue.StartTimeNotBeforeThanEndTime",
        "InvalidParameterValue.StatusAbnormal",
        "InvalidParameterValue.TimeFormatErr",
        "InvalidParameterValue.UserNotFound",
        "InvalidParameterValue.VpcIdOrSubnetIdNotFound",
        "InvalidParameterValue.ZoneError",
    ];
    static NAME_CODES: [u32; 1] = [26];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterValueSlowMsBelowLimit",
        ends: &[0, 37],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "An internal error occurred.An internal error occurred: async request error.A parameter is invalid.A parameter is invalid: permission denied.A parameter is invalid: zone closed.A parameter value is invalid: illegal instance name.A parameter value is invalid: illegal instance status.A parameter value is invalid: instance has been deleted.A parameter value is invalid: instance has been isolated.A parameter value is invalid: instance type error.A parameter value is invalid: limit para out of range.A parameter value is invalid: lock failed.A parameter value is invalid: machine type error.A parameter value is invalid: mongo version error.A parameter value is invalid: mongo version not support query client.A parameter value is invalid: not found instance.A parameter value is invalid: offset para out of range.A parameter value is invalid: password rule failed.A parameter value is invalid: post pay renew error.A parameter value is invalid: project not found.A parameter value is invalid: proxy not support query client.A parameter value is invalid: query time out of range.A parameter value is invalid: query time range beyond limit.A parameter value is invalid: region error.A parameter value is invalid: region not support query client.A parameter value is invalid: secondary num error.A parameter value is invalid: slow MS below limit.A parameter value is invalid: spec not on sale.A parameter value is invalid: start time not before than end time.A parameter value is invalid: status abnormal.A parameter value is invalid: time format err.A parameter value is invalid: user not found.A parameter value is invalid: vpc id or subnet id not found.A parameter value is invalid: zone error.",
        ends: &[
            0, 27, 75, 98, 140, 176, 228, 282, 338, 395, 445, 499, 541, 590, 640, 709,
            758, 813, 864, 915, 963, 1024, 1078, 1138, 1181, 1243, 1293, 1343, 1390,
            1456, 1502, 1548, 1593, 1653, 1694,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 34] = ::cloud_errors::__private::retry_column(
        b"bbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 34] = ::cloud_errors::__private::category_column(
        b"mmcccccccccccccccccccccccccccccccc",
    );
    static PILOTS: [u16; 9] = [4, 6, 2, 7, 6, 44, 41, 0, 15];
    static SLOTS: [(&str, u32); 37] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            17, 33, 24, 29, 4294967295, 32, 4294967295, 16, 2, 18, 22, 0, 3, 31,
            4294967295, 15, 12, 14, 1, 23, 10, 26, 4, 21, 28, 13, 19, 7, 27, 20, 5, 9, 6,
            11, 25, 8, 30,
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
    const PROVIDER: &'static str = "Tencent Cloud MONGODB v20180408";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud MONGODB v20180408's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud MONGODB v20180408: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
