// @generated from catalogs/tencent/tokenhub.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TOKENHUB: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TOKENHUB: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.CreateInstanceFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create instance failed.
    FailedOperationCreateInstanceFailed,
    /// `FailedOperation.EnablePostPaidFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: enable post paid failed.
    FailedOperationEnablePostPaidFailed,
    /// `FailedOperation.EndpointAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: endpoint already exists.
    FailedOperationEndpointAlreadyExists,
    /// `FailedOperation.EndpointNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: endpoint not found.
    FailedOperationEndpointNotFound,
    /// `FailedOperation.EndpointNotHealthy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: endpoint not healthy.
    FailedOperationEndpointNotHealthy,
    /// `FailedOperation.FreeQuotaExhausted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: free quota exhausted.
    FailedOperationFreeQuotaExhausted,
    /// `FailedOperation.NoTPMPackage`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no TPM package.
    FailedOperationNoTpmPackage,
    /// `FailedOperation.OperationDenied`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: operation denied.
    FailedOperationOperationDenied,
    /// `FailedOperation.PackageQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: package query failed.
    FailedOperationPackageQueryFailed,
    /// `FailedOperation.PurchaseTpmFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: purchase tpm failed.
    FailedOperationPurchaseTpmFailed,
    /// `FailedOperation.SetRenewFlagFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: set renew flag failed.
    FailedOperationSetRenewFlagFailed,
    /// `FailedOperation.TPMPackagePending`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: TPM package pending.
    FailedOperationTpmPackagePending,
    /// `InternalError.BaradError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: barad error.
    InternalErrorBaradError,
    /// `InternalError.InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal error.
    InternalErrorInternalError,
    /// `InvalidParameter.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter.
    InvalidParameterInvalidParameter,
    /// `InvalidParameter.Limit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: limit.
    InvalidParameterLimit,
    /// `InvalidParameter.ModelIdNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: model id not found.
    InvalidParameterModelIdNotFound,
    /// `InvalidParameter.PeriodExceedsSpan`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: period exceeds span.
    InvalidParameterPeriodExceedsSpan,
    /// `InvalidParameter.PeriodTooFineForData`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: period too fine for data.
    InvalidParameterPeriodTooFineForData,
    /// `InvalidParameter.QPMLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: QPM limit exceeded.
    InvalidParameterQpmLimitExceeded,
    /// `InvalidParameter.TPMBelowQuota`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: TPM below quota.
    InvalidParameterTpmBelowQuota,
    /// `InvalidParameter.TPMInputBelowQuota`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: TPM input below quota.
    InvalidParameterTpmInputBelowQuota,
    /// `InvalidParameter.TPMInputLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: TPM input limit exceeded.
    InvalidParameterTpmInputLimitExceeded,
    /// `InvalidParameter.TPMLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: TPM limit exceeded.
    InvalidParameterTpmLimitExceeded,
    /// `InvalidParameter.TPMOutputBelowQuota`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: TPM output below quota.
    InvalidParameterTpmOutputBelowQuota,
    /// `InvalidParameter.TPMOutputLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: TPM output limit exceeded.
    InvalidParameterTpmOutputLimitExceeded,
    /// `InvalidParameter.TPMPreQuotaModifyNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: TPM pre quota modify not supported.
    InvalidParameterTpmPreQuotaModifyNotSupported,
    /// `InvalidParameter.TooManyObjects`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: too many objects.
    InvalidParameterTooManyObjects,
    /// `InvalidParameterValue.EndpointNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: endpoint name too long.
    InvalidParameterValueEndpointNameTooLong,
    /// `InvalidParameterValue.InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter value.
    InvalidParameterValueInvalidParameterValue,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.EndpointQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: endpoint quota.
    LimitExceededEndpointQuota,
    /// `MissingParameter.MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing parameter.
    MissingParameterMissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.InsufficientBalance`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: insufficient balance.
    OperationDeniedInsufficientBalance,
    /// `OperationDenied.OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: operation denied.
    OperationDeniedOperationDenied,
    /// `OperationDenied.QuotaLimitExceeded`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: quota limit exceeded.
    OperationDeniedQuotaLimitExceeded,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.EndpointNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: endpoint not found.
    ResourceNotFoundEndpointNotFound,
    /// `ResourceNotFound.GlossaryNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: glossary not found.
    ResourceNotFoundGlossaryNotFound,
    /// `ResourceNotFound.ModelNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: model not found.
    ResourceNotFoundModelNotFound,
    /// `ResourceNotFound.ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: resource not found.
    ResourceNotFoundResourceNotFound,
    /// `UnauthorizedOperation.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: unauthorized operation.
    UnauthorizedOperationUnauthorizedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 43] = [
        "FailedOperation.CreateInstanceFailed",
        "FailedOperation.EnablePostPaidFailed",
        "FailedOperation.EndpointAlreadyExists",
        "FailedOperation.EndpointNotFound",
        "FailedOperation.EndpointNotHealthy",
        "FailedOperation.FreeQuotaExhausted",
        "FailedOperation.NoTPMPackage",
        "FailedOperation.OperationDenied",
        "FailedOperation.PackageQueryFailed",
        "FailedOperation.PurchaseTpmFailed",
        "FailedOperation.SetRenewFlagFailed",
        "FailedOperation.TPMPackagePending",
        "InternalError.BaradError",
        "InternalError.InternalError",
        "InvalidParameter.InvalidParameter",
        "InvalidParameter.Limit",
        "InvalidParameter.ModelIdNotFound",
        "InvalidParameter.PeriodExceedsSpan",
        "InvalidParameter.PeriodTooFineForData",
        "InvalidParameter.QPMLimitExceeded",
        "InvalidParameter.TPMBelowQuota",
        "InvalidParameter.TPMInputBelowQuota",
        "InvalidParameter.TPMInputLimitExceeded",
        "InvalidParameter.TPMLimitExceeded",
        "InvalidParameter.TPMOutputBelowQuota",
        "InvalidParameter.TPMOutputLimitExceeded",
        "InvalidParameter.TPMPreQuotaModifyNotSupported",
        "InvalidParameter.TooManyObjects",
        "InvalidParameterValue.EndpointNameTooLong",
        "InvalidParameterValue.InvalidParameterValue",
        "LimitExceeded",
        "LimitExceeded.EndpointQuota",
        "MissingParameter.MissingParameter",
        "OperationDenied",
        "OperationDenied.InsufficientBalance",
        "OperationDenied.OperationDenied",
        "OperationDenied.QuotaLimitExceeded",
        "ResourceNotFound",
        "ResourceNotFound.EndpointNotFound",
        "ResourceNotFound.GlossaryNotFound",
        "ResourceNotFound.ModelNotFound",
        "ResourceNotFound.ResourceNotFound",
        "UnauthorizedOperation.UnauthorizedOperation",
    ];
    static NAME_CODES: [u32; 10] = [6, 11, 19, 20, 21, 22, 23, 24, 25, 26];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationNoTpmPackageFailedOperationTpmPackagePendingInvalidParameterQpmLimitExceededInvalidParameterTpmBelowQuotaInvalidParameterTpmInputBelowQuotaInvalidParameterTpmInputLimitExceededInvalidParameterTpmLimitExceededInvalidParameterTpmOutputBelowQuotaInvalidParameterTpmOutputLimitExceededInvalidParameterTpmPreQuotaModifyNotSupported",
        ends: &[0, 27, 59, 91, 120, 154, 191, 223, 258, 296, 341],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: create instance failed.The operation failed: enable post paid failed.The operation failed: endpoint already exists.The operation failed: endpoint not found.The operation failed: endpoint not healthy.The operation failed: free quota exhausted.The operation failed: no TPM package.The operation failed: operation denied.The operation failed: package query failed.The operation failed: purchase tpm failed.The operation failed: set renew flag failed.The operation failed: TPM package pending.An internal error occurred: barad error.An internal error occurred: internal error.A parameter is invalid: invalid parameter.A parameter is invalid: limit.A parameter is invalid: model id not found.A parameter is invalid: period exceeds span.A parameter is invalid: period too fine for data.A parameter is invalid: QPM limit exceeded.A parameter is invalid: TPM below quota.A parameter is invalid: TPM input below quota.A parameter is invalid: TPM input limit exceeded.A parameter is invalid: TPM limit exceeded.A parameter is invalid: TPM output below quota.A parameter is invalid: TPM output limit exceeded.A parameter is invalid: TPM pre quota modify not supported.A parameter is invalid: too many objects.A parameter value is invalid: endpoint name too long.A parameter value is invalid: invalid parameter value.A limit was exceeded.A limit was exceeded: endpoint quota.A required parameter is missing: missing parameter.The operation was denied.The operation was denied: insufficient balance.The operation was denied: operation denied.The operation was denied: quota limit exceeded.The resource was not found.The resource was not found: endpoint not found.The resource was not found: glossary not found.The resource was not found: model not found.The resource was not found: resource not found.The operation is not authorized: unauthorized operation.",
        ends: &[
            0, 45, 91, 137, 178, 221, 264, 301, 340, 383, 425, 469, 511, 551, 594, 636,
            666, 709, 753, 802, 845, 885, 931, 980, 1023, 1070, 1120, 1179, 1220, 1273,
            1327, 1348, 1385, 1436, 1461, 1508, 1551, 1598, 1625, 1672, 1719, 1763, 1810,
            1866,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 43] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaabbaaaaaaaaaaaaaaaaaaaccccaaaaac",
    );
    static CATEGORY: [::cloud_errors::Category; 43] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiiiimmcccccccccccccccchhcggggeeeeeg",
    );
    static PILOTS: [u16; 11] = [17, 5, 34, 21, 0, 11, 54, 4, 1, 268, 2];
    static SLOTS: [(&str, u32); 47] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            2, 4294967295, 4, 3, 31, 10, 37, 4294967295, 38, 0, 27, 22, 23, 16, 32, 1,
            25, 26, 28, 6, 14, 30, 11, 33, 42, 8, 12, 18, 7, 17, 20, 24, 15, 36, 35, 13,
            21, 4294967295, 19, 9, 34, 29, 5, 4294967295, 41, 39, 40,
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
    const PROVIDER: &'static str = "Tencent Cloud TOKENHUB";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TOKENHUB's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TOKENHUB: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
