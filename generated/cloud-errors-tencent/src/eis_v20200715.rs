// @generated from catalogs/tencent/eis_v20200715.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud EIS v20200715: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud EIS v20200715: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.AuthenticationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: authentication failed.
    FailedOperationAuthenticationFailed,
    /// `FailedOperation.MetaCompilerError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: meta compiler error.
    FailedOperationMetaCompilerError,
    /// `InternalError.DatabaseError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: database error.
    InternalErrorDatabaseError,
    /// `InternalError.RpcPilotServerError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: rpc pilot server error.
    InternalErrorRpcPilotServerError,
    /// `InvalidParameterValue.ConnectorNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: connector not exist.
    InvalidParameterValueConnectorNotExist,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 6] = [
        "FailedOperation.AuthenticationFailed",
        "FailedOperation.MetaCompilerError",
        "InternalError.DatabaseError",
        "InternalError.RpcPilotServerError",
        "InvalidParameterValue.ConnectorNotExist",
        "ResourceNotFound",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: authentication failed.The operation failed: meta compiler error.An internal error occurred: database error.An internal error occurred: rpc pilot server error.A parameter value is invalid: connector not exist.The resource was not found.",
        ends: &[0, 44, 86, 129, 180, 230, 257],
    };
    static RETRY: [::cloud_errors::Retry; 6] = ::cloud_errors::__private::retry_column(
        b"aabbaa",
    );
    static CATEGORY: [::cloud_errors::Category; 6] = ::cloud_errors::__private::category_column(
        b"iimmce",
    );
    static PILOTS: [u16; 2] = [23, 6];
    static SLOTS: [(&str, u32); 6] = ::cloud_errors::__private::slots(
        &CODES,
        &[3, 5, 4, 2, 0, 1],
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
    const PROVIDER: &'static str = "Tencent Cloud EIS v20200715";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud EIS v20200715's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud EIS v20200715: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
