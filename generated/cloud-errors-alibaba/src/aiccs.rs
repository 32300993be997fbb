// @generated from catalogs/alibaba/aiccs.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud aiccs: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud aiccs: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `SystemError`: HTTP 500; retry: never; category: internal.
    /// System error.
    SystemError,
    /// `Permission.NotAuthorized`: HTTP 400; retry: never; category: invalid_argument.
    /// Permission: not authorized.
    PermissionNotAuthorized,
    /// `Parameter.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter: error.
    ParameterError,
    /// `NoTenantFound`: HTTP 500, 400; retry: never; category: internal.
    /// No tenant found.
    NoTenantFound,
    /// `PermissionInsufficient`: HTTP 400; retry: never; category: invalid_argument.
    /// Permission insufficient.
    PermissionInsufficient,
    /// `ParameterError`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter error.
    ParameterError2,
    /// `IdempotentParameterMismatch`: HTTP 400; retry: never; category: failed_precondition.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatch,
    /// `NoSkillGroupSetFound`: HTTP 500; retry: never; category: internal.
    /// No skill group set found.
    NoSkillGroupSetFound,
    /// `InvalidParameter`: HTTP 500; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance id.
    InvalidInstanceId,
    /// `Department.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Department: not found.
    DepartmentNotFound,
    /// `NoAgentFound`: HTTP 500, 400; retry: never; category: internal.
    /// No agent found.
    NoAgentFound,
    /// `InvalidOperation`: HTTP 500; retry: never; category: internal.
    /// Invalid operation.
    InvalidOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 13] = [
        "SystemError",
        "Permission.NotAuthorized",
        "Parameter.Error",
        "NoTenantFound",
        "PermissionInsufficient",
        "ParameterError",
        "IdempotentParameterMismatch",
        "NoSkillGroupSetFound",
        "InvalidParameter",
        "InvalidInstanceId",
        "Department.NotFound",
        "NoAgentFound",
        "InvalidOperation",
    ];
    static NAME_CODES: [u32; 1] = [5];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "ParameterError2",
        ends: &[0, 15],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "System error.Permission: not authorized.Parameter: error.No tenant found.Permission insufficient.Parameter error.Idempotent parameter mismatch.No skill group set found.A parameter is invalid.Invalid instance id.Department: not found.No agent found.Invalid operation.",
        ends: &[0, 13, 40, 57, 73, 97, 113, 143, 168, 191, 211, 233, 248, 266],
    };
    static STATUSES: [u16; 15] = [
        500, 400, 400, 500, 400, 400, 400, 400, 500, 500, 400, 400, 500, 400, 500,
    ];
    static STATUS_ENDS: [u32; 14] = [0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15];
    static RETRY: [::cloud_errors::Retry; 13] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 13] = ::cloud_errors::__private::category_column(
        b"mccmccimcccmm",
    );
    static PILOTS: [u16; 4] = [1, 7, 0, 27];
    static SLOTS: [(&str, u32); 14] = ::cloud_errors::__private::slots(
        &CODES,
        &[10, 5, 8, 12, 1, 2, 7, 4, 0, 11, 3, 6, 4294967295, 9],
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
    const PROVIDER: &'static str = "Alibaba Cloud aiccs";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud aiccs's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud aiccs: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
