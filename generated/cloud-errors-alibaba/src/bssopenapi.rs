// @generated from catalogs/alibaba/bssopenapi.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud BssOpenApi: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud BssOpenApi: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `NotApplicable`: HTTP 400; retry: never; category: invalid_argument.
    /// Not applicable.
    NotApplicable,
    /// `NotAuthorized`: HTTP 400; retry: never; category: invalid_argument.
    /// Not authorized.
    NotAuthorized,
    /// `InternalError`: HTTP 500, 400; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `ParameterError`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter error.
    ParameterError,
    /// `-1101`: HTTP 400; retry: never; category: invalid_argument.
    /// Numeric error code \-1101; see the product\'s documentation for its meaning.
    Code1101,
    /// `UndefinedError`: HTTP 500; retry: never; category: internal.
    /// Undefined error.
    UndefinedError,
    /// `InvalidOwner`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid owner.
    InvalidOwner,
    /// `SYSTEM.SALE_VALIDATE_NO_SPECIFIC_CODE_FAILED`: HTTP 405; retry: never; category: failed_precondition.
    /// SYSTEM: SALE VALIDATE NO SPECIFIC CODE FAILED.
    SystemSaleValidateNoSpecificCodeFailed,
    /// `ORDER.INST_HAS_UNPAID_ORDER`: HTTP 405; retry: never; category: failed_precondition.
    /// ORDER: INST HAS UNPAID ORDER.
    OrderInstHasUnpaidOrder,
    /// `COMMODITY.INVALID_COMPONENT`: HTTP 405; retry: never; category: failed_precondition.
    /// COMMODITY: INVALID COMPONENT.
    CommodityInvalidComponent,
    /// `ORDER.QUANTITY_INVALID`: HTTP 405; retry: never; category: failed_precondition.
    /// ORDER: QUANTITY INVALID.
    OrderQuantityInvalid,
    /// `INSUFFICIENT.AVAILABLE.QUOTA`: no documented HTTP status; retry: never; category: unknown.
    /// INSUFFICIENT: AVAILABLE, QUOTA.
    InsufficientAvailableQuota,
    /// `ORDER.ACCOUNT_STATUS_ILLEGAL`: HTTP 400; retry: never; category: invalid_argument.
    /// ORDER: ACCOUNT STATUS ILLEGAL.
    OrderAccountStatusIllegal,
    /// `400`: HTTP 400; retry: never; category: invalid_argument.
    /// Numeric error code 400; see the product\'s documentation for its meaning.
    Code400,
    /// `ORDER.ACCOUNT_INFORMATION_INCOMPLETE`: HTTP 400; retry: never; category: invalid_argument.
    /// ORDER: ACCOUNT INFORMATION INCOMPLETE.
    OrderAccountInformationIncomplete,
    /// `-303`: HTTP 400; retry: never; category: invalid_argument.
    /// Numeric error code \-303; see the product\'s documentation for its meaning.
    Code303,
    /// `CreditInnerError`: HTTP 400, 500; retry: never; category: invalid_argument.
    /// Credit inner error.
    CreditInnerError,
    /// `MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `DurationInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Duration invalid.
    DurationInvalid,
    /// `ProductNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Product not found.
    ProductNotFound,
    /// `PackageTypeNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Package type not found.
    PackageTypeNotFound,
    /// `SpecificationInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Specification invalid.
    SpecificationInvalid,
    /// `IdInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Id invalid.
    IdInvalid,
    /// `EffectiveDateInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Effective date invalid.
    EffectiveDateInvalid,
    /// `IdMissing`: HTTP 400; retry: never; category: invalid_argument.
    /// Id missing.
    IdMissing,
    /// `PackageTypeNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Package type not supported.
    PackageTypeNotSupported,
    /// `IdempotentParameterMismatch`: HTTP 400; retry: never; category: failed_precondition.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatch,
    /// `NotActiveService`: HTTP 400; retry: never; category: invalid_argument.
    /// Not active service.
    NotActiveService,
    /// `ProductCodeMissing`: HTTP 400; retry: never; category: invalid_argument.
    /// Product code missing.
    ProductCodeMissing,
    /// `ProductNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Product not supported.
    ProductNotSupported,
    /// `VnoNoDataError`: HTTP 401; retry: never; category: unauthenticated.
    /// Vno no data error.
    VnoNoDataError,
    /// `NotFoundRamAction`: HTTP 402; retry: never; category: failed_precondition.
    /// Not found ram action.
    NotFoundRamAction,
    /// `ResourceNotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not exists.
    ResourceNotExists,
    /// `ResourceStatusError`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource status error.
    ResourceStatusError,
    /// `BindMirrorInstanceError`: HTTP 400; retry: never; category: invalid_argument.
    /// Bind mirror instance error.
    BindMirrorInstanceError,
    /// `ExceedRefundQuotaError`: HTTP 400; retry: never; category: invalid_argument.
    /// Exceed refund quota error.
    ExceedRefundQuotaError,
    /// `ExistUnPaidOrderError`: HTTP 400; retry: never; category: invalid_argument.
    /// Exist un paid order error.
    ExistUnPaidOrderError,
    /// `ExistRefundingOrderError`: HTTP 400; retry: never; category: invalid_argument.
    /// Exist refunding order error.
    ExistRefundingOrderError,
    /// `NoRestValueError`: HTTP 400; retry: never; category: invalid_argument.
    /// No rest value error.
    NoRestValueError,
    /// `AmbassadorOrderLimitError`: HTTP 400; retry: never; category: invalid_argument.
    /// Ambassador order limit error.
    AmbassadorOrderLimitError,
    /// `ActivityForbiddenError`: HTTP 400; retry: never; category: invalid_argument.
    /// Activity forbidden error.
    ActivityForbiddenError,
    /// `ProductCheckError`: HTTP 400; retry: never; category: invalid_argument.
    /// Product check error.
    ProductCheckError,
    /// `CommodityNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Commodity not supported.
    CommodityNotSupported,
    /// `InvalidInstanceSpec`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance spec.
    InvalidInstanceSpec,
    /// `InvalidQueryTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid query time.
    InvalidQueryTime,
    /// `InvalidBillingCycle`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid billing cycle.
    InvalidBillingCycle,
    /// `ProdCodeNotFind`: HTTP 400; retry: never; category: invalid_argument.
    /// Prod code not find.
    ProdCodeNotFind,
    /// `-304`: HTTP 400; retry: never; category: invalid_argument.
    /// Numeric error code \-304; see the product\'s documentation for its meaning.
    Code304,
    /// `OwnerIdInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Owner id invalid.
    OwnerIdInvalid,
    /// `OwnerIdMissing`: HTTP 400; retry: never; category: invalid_argument.
    /// Owner id missing.
    OwnerIdMissing,
    /// `-116`: no documented HTTP status; retry: never; category: unknown.
    /// Numeric error code \-116; see the product\'s documentation for its meaning.
    Code116,
    /// `SYSTEM_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// SYSTEM ERROR.
    SystemError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 53] = [
        "NotApplicable",
        "NotAuthorized",
        "InternalError",
        "ParameterError",
        "-1101",
        "UndefinedError",
        "InvalidOwner",
        "SYSTEM.SALE_VALIDATE_NO_SPECIFIC_CODE_FAILED",
        "ORDER.INST_HAS_UNPAID_ORDER",
        "COMMODITY.INVALID_COMPONENT",
        "ORDER.QUANTITY_INVALID",
        "INSUFFICIENT.AVAILABLE.QUOTA",
        "ORDER.ACCOUNT_STATUS_ILLEGAL",
        "400",
        "ORDER.ACCOUNT_INFORMATION_INCOMPLETE",
        "-303",
        "CreditInnerError",
        "MissingParameter",
        "InvalidParameter",
        "DurationInvalid",
        "ProductNotFound",
        "PackageTypeNotFound",
        "SpecificationInvalid",
        "IdInvalid",
        "EffectiveDateInvalid",
        "IdMissing",
        "PackageTypeNotSupported",
        "IdempotentParameterMismatch",
        "NotActiveService",
        "ProductCodeMissing",
        "ProductNotSupported",
        "VnoNoDataError",
        "NotFoundRamAction",
        "ResourceNotExists",
        "ResourceStatusError",
        "BindMirrorInstanceError",
        "ExceedRefundQuotaError",
        "ExistUnPaidOrderError",
        "ExistRefundingOrderError",
        "NoRestValueError",
        "AmbassadorOrderLimitError",
        "ActivityForbiddenError",
        "ProductCheckError",
        "CommodityNotSupported",
        "InvalidInstanceSpec",
        "InvalidQueryTime",
        "InvalidBillingCycle",
        "ProdCodeNotFind",
        "-304",
        "OwnerIdInvalid",
        "OwnerIdMissing",
        "-116",
        "SYSTEM_ERROR",
    ];
    static NAME_CODES: [u32; 13] = [4, 7, 8, 9, 10, 11, 12, 13, 14, 15, 48, 51, 52];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Code1101SystemSaleValidateNoSpecificCodeFailedOrderInstHasUnpaidOrderCommodityInvalidComponentOrderQuantityInvalidInsufficientAvailableQuotaOrderAccountStatusIllegalCode400OrderAccountInformationIncompleteCode303Code304Code116SystemError",
        ends: &[0, 8, 46, 69, 94, 114, 140, 165, 172, 205, 212, 219, 226, 237],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Not applicable.Not authorized.An internal error occurred.Parameter error.Numeric error code -1101; see the product's documentation for its meaning.Undefined error.Invalid owner.SYSTEM: SALE VALIDATE NO SPECIFIC CODE FAILED.ORDER: INST HAS UNPAID ORDER.COMMODITY: INVALID COMPONENT.ORDER: QUANTITY INVALID.INSUFFICIENT: AVAILABLE, QUOTA.ORDER: ACCOUNT STATUS ILLEGAL.Numeric error code 400; see the product's documentation for its meaning.ORDER: ACCOUNT INFORMATION INCOMPLETE.Numeric error code -303; see the product's documentation for its meaning.Credit inner error.A required parameter is missing.A parameter is invalid.Duration invalid.Product not found.Package type not found.Specification invalid.Id invalid.Effective date invalid.Id missing.Package type not supported.Idempotent parameter mismatch.Not active service.Product code missing.Product not supported.Vno no data error.Not found ram action.Resource not exists.Resource status error.Bind mirror instance error.Exceed refund quota error.Exist un paid order error.Exist refunding order error.No rest value error.Ambassador order limit error.Activity forbidden error.Product check error.Commodity not supported.Invalid instance spec.Invalid query time.Invalid billing cycle.Prod code not find.Numeric error code -304; see the product's documentation for its meaning.Owner id invalid.Owner id missing.Numeric error code -116; see the product's documentation for its meaning.SYSTEM ERROR.",
        ends: &[
            0, 15, 30, 57, 73, 147, 163, 177, 223, 252, 281, 305, 336, 366, 438, 476,
            549, 568, 600, 623, 640, 658, 681, 703, 714, 737, 748, 775, 805, 824, 845,
            867, 885, 906, 926, 948, 975, 1001, 1027, 1055, 1075, 1104, 1129, 1149, 1173,
            1195, 1214, 1236, 1255, 1328, 1345, 1362, 1435, 1448,
        ],
    };
    static STATUSES: [u16; 53] = [
        400, 400, 500, 400, 400, 400, 500, 400, 405, 405, 405, 405, 400, 400, 400, 400,
        400, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        401, 402, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 54] = [
        0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 12, 13, 14, 15, 16, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 52, 53,
    ];
    static RETRY: [::cloud_errors::Retry; 53] = ::cloud_errors::__private::retry_column(
        b"aabaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 53] = ::cloud_errors::__private::category_column(
        b"ccmccmciiiibcccccccccccccccicccpiccccccccccccccccccbc",
    );
    static PILOTS: [u16; 14] = [31, 19, 73, 83, 3, 0, 36, 0, 23, 7, 10, 0, 1, 56];
    static SLOTS: [(&str, u32); 58] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            13, 29, 4294967295, 6, 25, 50, 31, 35, 11, 43, 39, 1, 4294967295, 18,
            4294967295, 8, 49, 28, 37, 5, 38, 23, 52, 47, 4, 26, 16, 4294967295, 30, 27,
            22, 21, 51, 44, 9, 2, 45, 48, 17, 7, 20, 10, 0, 34, 42, 3, 40, 41, 14, 36,
            33, 12, 4294967295, 46, 24, 19, 15, 32,
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
    const PROVIDER: &'static str = "Alibaba Cloud BssOpenApi";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud BssOpenApi's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud BssOpenApi: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
