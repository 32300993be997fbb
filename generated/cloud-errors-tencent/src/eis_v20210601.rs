// @generated from catalogs/tencent/eis_v20210601.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud EIS v20210601: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud EIS v20210601: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AuthenticationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: authentication failed.
    FailedOperationAuthenticationFailed,
    /// `FailedOperation.InnerLogicTimeOut`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: inner logic time out.
    FailedOperationInnerLogicTimeOut,
    /// `FailedOperation.MetaCompilerError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: meta compiler error.
    FailedOperationMetaCompilerError,
    /// `FailedOperation.UnSupportedOperationType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: un supported operation type.
    FailedOperationUnSupportedOperationType,
    /// `InternalError.CheckRuntimeFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: check runtime failed.
    InternalErrorCheckRuntimeFailed,
    /// `InternalError.ConnectorNotExist`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: connector not exist.
    InternalErrorConnectorNotExist,
    /// `InternalError.CountRuntimeInstancesFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: count runtime instances failed.
    InternalErrorCountRuntimeInstancesFailed,
    /// `InternalError.DatabaseError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: database error.
    InternalErrorDatabaseError,
    /// `InternalError.ListRuntimeInstancesFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: list runtime instances failed.
    InternalErrorListRuntimeInstancesFailed,
    /// `InternalError.ListRuntimesFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: list runtimes failed.
    InternalErrorListRuntimesFailed,
    /// `InternalError.MetaCompilerError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: meta compiler error.
    InternalErrorMetaCompilerError,
    /// `InternalError.RpcPilotServerError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: rpc pilot server error.
    InternalErrorRpcPilotServerError,
    /// `InvalidParameterValue.InvalidRuntimeMetricSearchCondition`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid runtime metric search condition.
    InvalidParameterValueInvalidRuntimeMetricSearchCondition,
    /// `InvalidParameterValue.NotSupportedActionForPublicRuntime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not supported action for public runtime.
    InvalidParameterValueNotSupportedActionForPublicRuntime,
    /// `InvalidParameterValue.PilotZoneNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: pilot zone not supported.
    InvalidParameterValuePilotZoneNotSupported,
    /// `InvalidParameterValue.ProjectAndInstanceNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: project and instance not match.
    InvalidParameterValueProjectAndInstanceNotMatch,
    /// `InvalidParameterValue.ProjectInstanceNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: project instance not found.
    InvalidParameterValueProjectInstanceNotFound,
    /// `InvalidParameterValue.RuntimeAlreadyDeleted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: runtime already deleted.
    InvalidParameterValueRuntimeAlreadyDeleted,
    /// `InvalidParameterValue.RuntimeIdNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: runtime id not exist.
    InvalidParameterValueRuntimeIdNotExist,
    /// `InvalidParameterValue.RuntimeMetricRateNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: runtime metric rate not support.
    InvalidParameterValueRuntimeMetricRateNotSupport,
    /// `InvalidParameterValue.RuntimeNamespaceInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: runtime namespace invalid.
    InvalidParameterValueRuntimeNamespaceInvalid,
    /// `InvalidParameterValue.RuntimeZoneNotExisted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: runtime zone not existed.
    InvalidParameterValueRuntimeZoneNotExisted,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 24] = [
        "FailedOperation",
        "FailedOperation.AuthenticationFailed",
        "FailedOperation.InnerLogicTimeOut",
        "FailedOperation.MetaCompilerError",
        "FailedOperation.UnSupportedOperationType",
        "InternalError.CheckRuntimeFailed",
        "InternalError.ConnectorNotExist",
        "InternalError.CountRuntimeInstancesFailed",
        "InternalError.DatabaseError",
        "InternalError.ListRuntimeInstancesFailed",
        "InternalError.ListRuntimesFailed",
        "InternalError.MetaCompilerError",
        "InternalError.RpcPilotServerError",
        "InvalidParameterValue.InvalidRuntimeMetricSearchCondition",
        "InvalidParameterValue.NotSupportedActionForPublicRuntime",
        "InvalidParameterValue.PilotZoneNotSupported",
        "InvalidParameterValue.ProjectAndInstanceNotMatch",
        "InvalidParameterValue.ProjectInstanceNotFound",
        "InvalidParameterValue.RuntimeAlreadyDeleted",
        "InvalidParameterValue.RuntimeIdNotExist",
        "InvalidParameterValue.RuntimeMetricRateNotSupport",
        "InvalidParameterValue.RuntimeNamespaceInvalid",
        "InvalidParameterValue.RuntimeZoneNotExisted",
        "ResourceUnavailable",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.The operation failed: authentication failed.The operation failed: inner logic time out.The operation failed: meta compiler error.The operation failed: un supported operation type.An internal error occurred: check runtime failed.An internal error occurred: connector not exist.An internal error occurred: count runtime instances failed.An internal error occurred: database error.An internal error occurred: list runtime instances failed.An internal error occurred: list runtimes failed.An internal error occurred: meta compiler error.An internal error occurred: rpc pilot server error.A parameter value is invalid: invalid runtime metric search condition.A parameter value is invalid: not supported action for public runtime.A parameter value is invalid: pilot zone not supported.A parameter value is invalid: project and instance not match.A parameter value is invalid: project instance not found.A parameter value is invalid: runtime already deleted.A parameter value is invalid: runtime id not exist.A parameter value is invalid: runtime metric rate not support.A parameter value is invalid: runtime namespace invalid.A parameter value is invalid: runtime zone not existed.The resource is unavailable.",
        ends: &[
            0, 21, 65, 108, 150, 200, 249, 297, 356, 399, 457, 506, 554, 605, 675, 745,
            800, 861, 918, 972, 1023, 1085, 1141, 1196, 1224,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 24] = ::cloud_errors::__private::retry_column(
        b"aaaaabbbbbbbbaaaaaaaaaac",
    );
    static CATEGORY: [::cloud_errors::Category; 24] = ::cloud_errors::__private::category_column(
        b"iiiiimmmmmmmmcccccccccci",
    );
    static PILOTS: [u16; 6] = [7, 4, 106, 0, 25, 49];
    static SLOTS: [(&str, u32); 26] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            12, 13, 4294967295, 5, 23, 7, 4, 20, 21, 2, 9, 15, 16, 4294967295, 3, 14, 6,
            0, 18, 22, 19, 17, 11, 8, 1, 10,
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
    const PROVIDER: &'static str = "Tencent Cloud EIS v20210601";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud EIS v20210601's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud EIS v20210601: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
