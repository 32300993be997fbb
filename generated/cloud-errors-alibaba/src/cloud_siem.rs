// @generated from catalogs/alibaba/cloud_siem.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud cloud\-siem: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud cloud\-siem: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `CloudSiem_Internal_Exception`: HTTP 501; retry: never; category: unimplemented.
    /// Cloud siem internal exception.
    CloudSiemInternalException,
    /// `InvalidOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid operation.
    InvalidOperation,
    /// `Siem.Delivery.MissingProductCode`: HTTP 400; retry: never; category: invalid_argument.
    /// Siem: delivery, missing product code.
    SiemDeliveryMissingProductCode,
    /// `Siem.Delivery.ErrorMapping`: HTTP 500; retry: never; category: internal.
    /// Siem: delivery, error mapping.
    SiemDeliveryErrorMapping,
    /// `Siem.Delivery.ErrorProductCode`: HTTP 500; retry: never; category: internal.
    /// Siem: delivery, error product code.
    SiemDeliveryErrorProductCode,
    /// `SLS.Ship.Error`: HTTP 500; retry: never; category: internal.
    /// SLS: ship, error.
    SlsShipError,
    /// `CloudSiemCustomizeRuleDeleteExcepiton`: HTTP 400; retry: never; category: invalid_argument.
    /// Cloud siem customize rule delete excepiton.
    CloudSiemCustomizeRuleDeleteExcepiton,
    /// `SLS.Operation.Error`: HTTP 500; retry: never; category: internal.
    /// SLS: operation, error.
    SlsOperationError,
    /// `Siem.Analysis.IllegalParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Siem: analysis, illegal parameter.
    SiemAnalysisIllegalParameter,
    /// `Siem.Storage.Exception`: HTTP 500; retry: never; category: internal.
    /// Siem: storage, exception.
    SiemStorageException,
    /// `Siem.Analysis.SQLError`: HTTP 400; retry: never; category: invalid_argument.
    /// Siem: analysis, SQL error.
    SiemAnalysisSqlError,
    /// `IllegalParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal parameter.
    IllegalParameter,
    /// `SLS.Sls4Service.Error`: HTTP 500; retry: never; category: internal.
    /// SLS: sls4 service, error.
    SlsSls4ServiceError,
    /// `CloudSiemCustomizeRuleUpdateExcepiton`: HTTP 400; retry: never; category: invalid_argument.
    /// Cloud siem customize rule update excepiton.
    CloudSiemCustomizeRuleUpdateExcepiton,
    /// `CloudSiemCustomizeRuleConditionExceedExcepiton`: HTTP 400; retry: never; category: invalid_argument.
    /// Cloud siem customize rule condition exceed excepiton.
    CloudSiemCustomizeRuleConditionExceedExcepiton,
    /// `CloudSiemCustomizeRuleDuplicateRuleNameExcepiton`: HTTP 400; retry: never; category: invalid_argument.
    /// Cloud siem customize rule duplicate rule name excepiton.
    CloudSiemCustomizeRuleDuplicateRuleNameExcepiton,
    /// `Siem.TTL.Limit`: HTTP 400; retry: never; category: invalid_argument.
    /// Siem: TTL, limit.
    SiemTtlLimit,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 18] = [
        "InternalError",
        "CloudSiem_Internal_Exception",
        "InvalidOperation",
        "Siem.Delivery.MissingProductCode",
        "Siem.Delivery.ErrorMapping",
        "Siem.Delivery.ErrorProductCode",
        "SLS.Ship.Error",
        "CloudSiemCustomizeRuleDeleteExcepiton",
        "SLS.Operation.Error",
        "Siem.Analysis.IllegalParameter",
        "Siem.Storage.Exception",
        "Siem.Analysis.SQLError",
        "IllegalParameter",
        "SLS.Sls4Service.Error",
        "CloudSiemCustomizeRuleUpdateExcepiton",
        "CloudSiemCustomizeRuleConditionExceedExcepiton",
        "CloudSiemCustomizeRuleDuplicateRuleNameExcepiton",
        "Siem.TTL.Limit",
    ];
    static NAME_CODES: [u32; 6] = [1, 6, 8, 11, 13, 17];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "CloudSiemInternalExceptionSlsShipErrorSlsOperationErrorSiemAnalysisSqlErrorSlsSls4ServiceErrorSiemTtlLimit",
        ends: &[0, 26, 38, 55, 75, 94, 106],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "An internal error occurred.Cloud siem internal exception.Invalid operation.Siem: delivery, missing product code.Siem: delivery, error mapping.Siem: delivery, error product code.SLS: ship, error.Cloud siem customize rule delete excepiton.SLS: operation, error.Siem: analysis, illegal parameter.Siem: storage, exception.Siem: analysis, SQL error.Illegal parameter.SLS: sls4 service, error.Cloud siem customize rule update excepiton.Cloud siem customize rule condition exceed excepiton.Cloud siem customize rule duplicate rule name excepiton.Siem: TTL, limit.",
        ends: &[
            0, 27, 57, 75, 112, 142, 177, 194, 237, 259, 293, 318, 344, 362, 387, 430,
            483, 539, 556,
        ],
    };
    static STATUSES: [u16; 18] = [
        500, 501, 400, 400, 500, 500, 500, 400, 500, 400, 500, 400, 400, 500, 400, 400,
        400, 400,
    ];
    static STATUS_ENDS: [u32; 19] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
    ];
    static RETRY: [::cloud_errors::Retry; 18] = ::cloud_errors::__private::retry_column(
        b"baaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 18] = ::cloud_errors::__private::category_column(
        b"mlccmmmcmcmccmcccc",
    );
    static PILOTS: [u16; 5] = [3, 13, 2, 2, 29];
    static SLOTS: [(&str, u32); 20] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            0, 4294967295, 8, 15, 10, 14, 7, 2, 6, 9, 3, 4, 1, 11, 12, 13, 17,
            4294967295, 16, 5,
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
    const PROVIDER: &'static str = "Alibaba Cloud cloud-siem";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud cloud\-siem's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud cloud\-siem: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
