// @generated from catalogs/alibaba/scsp.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud scsp: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud scsp: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `NoTenantFound`: HTTP 500; retry: never; category: internal.
    /// No tenant found.
    NoTenantFound,
    /// `SystemError`: HTTP 500, 503; retry: never; category: internal.
    /// System error.
    SystemError,
    /// `IdempotentParameterMismatch`: HTTP 400; retry: never; category: failed_precondition.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatch,
    /// `InvalidParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParam,
    /// `InvalidInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance id.
    InvalidInstanceId,
    /// `InvalidOperation`: HTTP 500; retry: never; category: internal.
    /// Invalid operation.
    InvalidOperation,
    /// `InvalidParameter`: HTTP 500; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `NoAgentFound`: HTTP 500; retry: never; category: internal.
    /// No agent found.
    NoAgentFound,
    /// `NoSkillGroupSetFound`: HTTP 500; retry: never; category: internal.
    /// No skill group set found.
    NoSkillGroupSetFound,
    /// `GetAuthInfoFailed`: no documented HTTP status; retry: never; category: unknown.
    /// Get auth info failed.
    GetAuthInfoFailed,
    /// `GetTenantIdFailed`: no documented HTTP status; retry: never; category: unknown.
    /// Get tenant id failed.
    GetTenantIdFailed,
    /// `DataIdEndError`: HTTP 400; retry: never; category: invalid_argument.
    /// Data id end error.
    DataIdEndError,
    /// `DataIdStartError`: HTTP 400; retry: never; category: invalid_argument.
    /// Data id start error.
    DataIdStartError,
    /// `InvalidPhone`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid phone.
    InvalidPhone,
    /// `InstanceIdCannotBeNull`: HTTP 500; retry: never; category: internal.
    /// Instance id cannot be null.
    InstanceIdCannotBeNull,
    /// `AppInvalid`: no documented HTTP status; retry: never; category: unknown.
    /// App invalid.
    AppInvalid,
    /// `UserIdNotNull`: no documented HTTP status; retry: never; category: unknown.
    /// User id not null.
    UserIdNotNull,
    /// `InvalidForeignId`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid foreign id.
    InvalidForeignId,
    /// `callRnderFailed`: no documented HTTP status; retry: never; category: unknown.
    /// Call rnder failed.
    CallRnderFailed,
    /// `ViewCodeNotNull`: HTTP 500; retry: never; category: internal.
    /// View code not null.
    ViewCodeNotNull,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 20] = [
        "NoTenantFound",
        "SystemError",
        "IdempotentParameterMismatch",
        "InvalidParam",
        "InvalidInstanceId",
        "InvalidOperation",
        "InvalidParameter",
        "NoAgentFound",
        "NoSkillGroupSetFound",
        "GetAuthInfoFailed",
        "GetTenantIdFailed",
        "DataIdEndError",
        "DataIdStartError",
        "InvalidPhone",
        "InstanceIdCannotBeNull",
        "AppInvalid",
        "UserIdNotNull",
        "InvalidForeignId",
        "callRnderFailed",
        "ViewCodeNotNull",
    ];
    static NAME_CODES: [u32; 1] = [18];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "CallRnderFailed",
        ends: &[0, 15],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "No tenant found.System error.Idempotent parameter mismatch.A parameter is invalid.Invalid instance id.Invalid operation.A parameter is invalid.No agent found.No skill group set found.Get auth info failed.Get tenant id failed.Data id end error.Data id start error.Invalid phone.Instance id cannot be null.App invalid.User id not null.Invalid foreign id.Call rnder failed.View code not null.",
        ends: &[
            0, 16, 29, 59, 82, 102, 120, 143, 158, 183, 204, 225, 243, 263, 277, 304,
            316, 333, 352, 370, 389,
        ],
    };
    static STATUSES: [u16; 14] = [
        500, 500, 503, 400, 400, 500, 500, 500, 500, 400, 400, 400, 500, 500,
    ];
    static STATUS_ENDS: [u32; 21] = [
        0, 1, 3, 4, 4, 5, 6, 7, 8, 9, 9, 9, 10, 11, 12, 13, 13, 13, 13, 13, 14,
    ];
    static RETRY: [::cloud_errors::Retry; 20] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 20] = ::cloud_errors::__private::category_column(
        b"mmiccmcmmbbcccmbbbbm",
    );
    static PILOTS: [u16; 5] = [2, 0, 29, 12, 12];
    static SLOTS: [(&str, u32); 22] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            11, 3, 6, 14, 1, 4294967295, 0, 17, 8, 7, 9, 4, 2, 16, 15, 4294967295, 12,
            18, 13, 19, 5, 10,
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
    const PROVIDER: &'static str = "Alibaba Cloud scsp";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud scsp's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud scsp: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
