// @generated from catalogs/alibaba/selectdb.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud selectdb: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud selectdb: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `DocumentConvertFailed.ExceedFileSizeLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Document convert failed: exceed file size limit.
    DocumentConvertFailedExceedFileSizeLimit,
    /// `Forbidden`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden.
    Forbidden,
    /// `InvalidDBName`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid DB name.
    InvalidDbName,
    /// `CreateOrderFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Create order failed.
    CreateOrderFailed,
    /// `DBClusterNotSupported`: HTTP 403; retry: never; category: permission_denied.
    /// DB cluster not supported.
    DbClusterNotSupported,
    /// `IncorrectDBInstanceState`: HTTP 403; retry: never; category: permission_denied.
    /// Incorrect DB instance state.
    IncorrectDbInstanceState,
    /// `InstanceEngineType.NotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Instance engine type: not support.
    InstanceEngineTypeNotSupport,
    /// `InvalidDBInstanceState.NotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid DB instance state: not support.
    InvalidDbInstanceStateNotSupport,
    /// `MoneyLessThan100`: HTTP 403; retry: never; category: permission_denied.
    /// Money less than100.
    MoneyLessThan100,
    /// `OperationDenied.DBNameAndAccountPrivilegeCount`: HTTP 403; retry: never; category: permission_denied.
    /// Operation denied: DB name and account privilege count.
    OperationDeniedDbNameAndAccountPrivilegeCount,
    /// `InsufficientResourceCapacity`: HTTP 403; retry: never; category: permission_denied.
    /// Insufficient resource capacity.
    InsufficientResourceCapacity,
    /// `DBInstanceLocked`: HTTP 404; retry: never; category: not_found.
    /// DB instance locked.
    DbInstanceLocked,
    /// `IncorrectVswitchId`: HTTP 404; retry: never; category: not_found.
    /// Incorrect vswitch id.
    IncorrectVswitchId,
    /// `InvalidApi.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid api: not found.
    InvalidApiNotFound,
    /// `InvalidDBInstance.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid DB instance: not found.
    InvalidDbInstanceNotFound,
    /// `InvalidDBInstanceClass.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid DB instance class: not found.
    InvalidDbInstanceClassNotFound,
    /// `InvalidRegionId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid region id: not found.
    InvalidRegionIdNotFound,
    /// `QueryPrice.Failed`: HTTP 404; retry: never; category: not_found.
    /// Query price: failed.
    QueryPriceFailed,
    /// `InvalidDBInstanceId.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Invalid DB instance id: not found.
    InvalidDbInstanceIdNotFound,
    /// `IdempotentParameterMismatch`: HTTP 400; retry: never; category: failed_precondition.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatch,
    /// `SLR.NoPermission`: HTTP 403; retry: never; category: permission_denied.
    /// SLR: no permission.
    SlrNoPermission,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 21] = [
        "DocumentConvertFailed.ExceedFileSizeLimit",
        "Forbidden",
        "InvalidDBName",
        "CreateOrderFailed",
        "DBClusterNotSupported",
        "IncorrectDBInstanceState",
        "InstanceEngineType.NotSupport",
        "InvalidDBInstanceState.NotSupport",
        "MoneyLessThan100",
        "OperationDenied.DBNameAndAccountPrivilegeCount",
        "InsufficientResourceCapacity",
        "DBInstanceLocked",
        "IncorrectVswitchId",
        "InvalidApi.NotFound",
        "InvalidDBInstance.NotFound",
        "InvalidDBInstanceClass.NotFound",
        "InvalidRegionId.NotFound",
        "QueryPrice.Failed",
        "InvalidDBInstanceId.NotFound",
        "IdempotentParameterMismatch",
        "SLR.NoPermission",
    ];
    static NAME_CODES: [u32; 10] = [2, 4, 5, 7, 9, 11, 14, 15, 18, 20];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidDbNameDbClusterNotSupportedIncorrectDbInstanceStateInvalidDbInstanceStateNotSupportOperationDeniedDbNameAndAccountPrivilegeCountDbInstanceLockedInvalidDbInstanceNotFoundInvalidDbInstanceClassNotFoundInvalidDbInstanceIdNotFoundSlrNoPermission",
        ends: &[0, 13, 34, 58, 90, 135, 151, 176, 206, 233, 248],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Document convert failed: exceed file size limit.The request is forbidden.Invalid DB name.Create order failed.DB cluster not supported.Incorrect DB instance state.Instance engine type: not support.Invalid DB instance state: not support.Money less than100.Operation denied: DB name and account privilege count.Insufficient resource capacity.DB instance locked.Incorrect vswitch id.Invalid api: not found.Invalid DB instance: not found.Invalid DB instance class: not found.Invalid region id: not found.Query price: failed.Invalid DB instance id: not found.Idempotent parameter mismatch.SLR: no permission.",
        ends: &[
            0, 48, 73, 89, 109, 134, 162, 196, 235, 254, 308, 339, 358, 379, 402, 433,
            470, 499, 519, 553, 583, 602,
        ],
    };
    static STATUSES: [u16; 22] = [
        400, 400, 400, 400, 403, 403, 403, 403, 403, 403, 403, 404, 404, 404, 404, 404,
        404, 404, 400, 404, 400, 403,
    ];
    static STATUS_ENDS: [u32; 22] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 21, 22,
    ];
    static RETRY: [::cloud_errors::Retry; 21] = ::cloud_errors::__private::retry_column(
        b"acaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 21] = ::cloud_errors::__private::category_column(
        b"cgccgggggggeeeeeeecig",
    );
    static PILOTS: [u16; 6] = [0, 77, 3, 0, 70, 3];
    static SLOTS: [(&str, u32); 23] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            18, 7, 10, 4294967295, 4294967295, 14, 1, 4, 16, 17, 13, 11, 20, 5, 0, 19, 2,
            15, 9, 12, 6, 3, 8,
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
    const PROVIDER: &'static str = "Alibaba Cloud selectdb";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud selectdb's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud selectdb: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
