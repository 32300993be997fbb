// @generated from catalogs/tencent/dbdc.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud DBDC: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud DBDC: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation.
    AuthFailureUnauthorizedOperation,
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The request was a dry run and was not carried out.
    DryRunOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.ModifyResourceInfoError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify resource info error.
    FailedOperationModifyResourceInfoError,
    /// `FailedOperation.OssAccessError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: oss access error.
    FailedOperationOssAccessError,
    /// `FailedOperation.QueryResourceError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query resource error.
    FailedOperationQueryResourceError,
    /// `FailedOperation.QuerySpecInfoError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query spec info error.
    FailedOperationQuerySpecInfoError,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.InvalidParameterValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter value error.
    InvalidParameterValueInvalidParameterValueError,
    /// `InvalidParameterValue.ParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter error.
    InvalidParameterValueParameterError,
    /// `InvalidParameterValue.ResourceParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: resource parameter error.
    InvalidParameterValueResourceParameterError,
    /// `ResourceNotFound.FetchResourceError`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: fetch resource error.
    ResourceNotFoundFetchResourceError,
    /// `ResourceNotFound.FetchResourceListError`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: fetch resource list error.
    ResourceNotFoundFetchResourceListError,
    /// `ResourceUnavailable.ResourceStatusAbnormalError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: resource status abnormal error.
    ResourceUnavailableResourceStatusAbnormalError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 15] = [
        "AuthFailure",
        "AuthFailure.UnauthorizedOperation",
        "DryRunOperation",
        "FailedOperation",
        "FailedOperation.ModifyResourceInfoError",
        "FailedOperation.OssAccessError",
        "FailedOperation.QueryResourceError",
        "FailedOperation.QuerySpecInfoError",
        "InvalidParameterValue",
        "InvalidParameterValue.InvalidParameterValueError",
        "InvalidParameterValue.ParameterError",
        "InvalidParameterValue.ResourceParameterError",
        "ResourceNotFound.FetchResourceError",
        "ResourceNotFound.FetchResourceListError",
        "ResourceUnavailable.ResourceStatusAbnormalError",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: unauthorized operation.The request was a dry run and was not carried out.The operation failed.The operation failed: modify resource info error.The operation failed: oss access error.The operation failed: query resource error.The operation failed: query spec info error.A parameter value is invalid.A parameter value is invalid: invalid parameter value error.A parameter value is invalid: parameter error.A parameter value is invalid: resource parameter error.The resource was not found: fetch resource error.The resource was not found: fetch resource list error.The resource is unavailable: resource status abnormal error.",
        ends: &[
            0, 22, 68, 118, 139, 188, 227, 270, 314, 343, 403, 449, 504, 553, 607, 667,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 15] = ::cloud_errors::__private::retry_column(
        b"acaaaaaaaaaaaac",
    );
    static CATEGORY: [::cloud_errors::Category; 15] = ::cloud_errors::__private::category_column(
        b"bpiiiiiicccceei",
    );
    static PILOTS: [u16; 4] = [9, 17, 16, 31];
    static SLOTS: [(&str, u32); 16] = ::cloud_errors::__private::slots(
        &CODES,
        &[0, 10, 3, 5, 2, 12, 4294967295, 1, 14, 6, 13, 11, 4, 9, 7, 8],
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
    const PROVIDER: &'static str = "Tencent Cloud DBDC";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud DBDC's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud DBDC: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
