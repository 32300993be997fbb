// @generated from catalogs/alibaba/clickhouse.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud clickhouse: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud clickhouse: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidDBCluster.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid DB cluster: not found.
    InvalidDbClusterNotFound,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `ServiceUnavailable`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailable,
    /// `IdempotentParameterMismatch`: HTTP 400; retry: never; category: failed_precondition.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatch,
    /// `Forbidden`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden.
    Forbidden,
    /// `OperationDenied.CloudClickHouseAlreadyOffline`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: cloud click house already offline.
    OperationDeniedCloudClickHouseAlreadyOffline,
    /// `InvalidAccountType.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account type: malformed.
    InvalidAccountTypeMalformed,
    /// `InvalidAccountName.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account name: malformed.
    InvalidAccountNameMalformed,
    /// `InvalidAccountPassword.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account password: malformed.
    InvalidAccountPasswordMalformed,
    /// `InvalidDBInstanceState.NotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid DB instance state: not support.
    InvalidDbInstanceStateNotSupport,
    /// `InvalidDBInstanceId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid DB instance id: not found.
    InvalidDbInstanceIdNotFound,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 11] = [
        "InvalidDBCluster.NotFound",
        "InternalError",
        "ServiceUnavailable",
        "IdempotentParameterMismatch",
        "Forbidden",
        "OperationDenied.CloudClickHouseAlreadyOffline",
        "InvalidAccountType.Malformed",
        "InvalidAccountName.Malformed",
        "InvalidAccountPassword.Malformed",
        "InvalidDBInstanceState.NotSupport",
        "InvalidDBInstanceId.NotFound",
    ];
    static NAME_CODES: [u32; 3] = [0, 9, 10];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidDbClusterNotFoundInvalidDbInstanceStateNotSupportInvalidDbInstanceIdNotFound",
        ends: &[0, 24, 56, 83],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Invalid DB cluster: not found.An internal error occurred.The service is unavailable.Idempotent parameter mismatch.The request is forbidden.Operation denied: cloud click house already offline.Invalid account type: malformed.Invalid account name: malformed.Invalid account password: malformed.Invalid DB instance state: not support.Invalid DB instance id: not found.",
        ends: &[0, 30, 57, 84, 114, 139, 191, 223, 255, 291, 330, 364],
    };
    static STATUSES: [u16; 11] = [404, 500, 503, 400, 403, 403, 400, 400, 400, 403, 404];
    static STATUS_ENDS: [u32; 12] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    static RETRY: [::cloud_errors::Retry; 11] = ::cloud_errors::__private::retry_column(
        b"abbacaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 11] = ::cloud_errors::__private::category_column(
        b"emniggcccge",
    );
    static PILOTS: [u16; 3] = [7, 0, 1];
    static SLOTS: [(&str, u32); 12] = ::cloud_errors::__private::slots(
        &CODES,
        &[0, 4294967295, 5, 8, 6, 10, 3, 1, 9, 2, 4, 7],
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
    const PROVIDER: &'static str = "Alibaba Cloud clickhouse";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud clickhouse's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud clickhouse: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
