// @generated from catalogs/tencent/btoe_v20210514.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud BTOE v20210514: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud BTOE v20210514: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.ArrearsError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: arrears error.
    FailedOperationArrearsError,
    /// `FailedOperation.CountLimitError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: count limit error.
    FailedOperationCountLimitError,
    /// `FailedOperation.DataInfoTooLong`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: data info too long.
    FailedOperationDataInfoTooLong,
    /// `FailedOperation.DownLoadError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: down load error.
    FailedOperationDownLoadError,
    /// `FailedOperation.FileEncodindFormatError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: file encodind format error.
    FailedOperationFileEncodindFormatError,
    /// `FailedOperation.FileReadFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: file read failed.
    FailedOperationFileReadFailed,
    /// `FailedOperation.HashNoMatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: hash no match.
    FailedOperationHashNoMatch,
    /// `FailedOperation.OnChainFailure`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: on chain failure.
    FailedOperationOnChainFailure,
    /// `FailedOperation.QueryNoRecord`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query no record.
    FailedOperationQueryNoRecord,
    /// `FailedOperation.SensitiveData`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: sensitive data.
    FailedOperationSensitiveData,
    /// `FailedOperation.UnKnowError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: un know error.
    FailedOperationUnKnowError,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.AccountInfoInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: account info invalid.
    InvalidParameterAccountInfoInvalid,
    /// `InvalidParameter.InvalidFileSuffix`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid file suffix.
    InvalidParameterInvalidFileSuffix,
    /// `InvalidParameter.InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter value.
    InvalidParameterInvalidParameterValue,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.DataInfoTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: data info too long.
    InvalidParameterValueDataInfoTooLong,
    /// `InvalidParameterValue.HashNoMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: hash no match.
    InvalidParameterValueHashNoMatch,
    /// `InvalidParameterValue.InvalidFileSuffix`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid file suffix.
    InvalidParameterValueInvalidFileSuffix,
    /// `InvalidParameterValue.InvalidURL`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid URL.
    InvalidParameterValueInvalidUrl,
    /// `InvalidParameterValue.ParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter error.
    InvalidParameterValueParameterError,
    /// `InvalidParameterValue.TooLargeFileError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too large file error.
    InvalidParameterValueTooLargeFileError,
    /// `LimitExceeded.TooLargeFileError`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: too large file error.
    LimitExceededTooLargeFileError,
    /// `ResourceInsufficient.LowBalance`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: low balance.
    ResourceInsufficientLowBalance,
    /// `ResourceNotFound.DownLoadError`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: down load error.
    ResourceNotFoundDownLoadError,
    /// `ResourceUnavailable.ResourceNotOpened`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: resource not opened.
    ResourceUnavailableResourceNotOpened,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 29] = [
        "AuthFailure",
        "FailedOperation",
        "FailedOperation.ArrearsError",
        "FailedOperation.CountLimitError",
        "FailedOperation.DataInfoTooLong",
        "FailedOperation.DownLoadError",
        "FailedOperation.FileEncodindFormatError",
        "FailedOperation.FileReadFailed",
        "FailedOperation.HashNoMatch",
        "FailedOperation.OnChainFailure",
        "FailedOperation.QueryNoRecord",
        "FailedOperation.SensitiveData",
        "FailedOperation.UnKnowError",
        "InternalError",
        "InvalidParameter",
        "InvalidParameter.AccountInfoInvalid",
        "InvalidParameter.InvalidFileSuffix",
        "InvalidParameter.InvalidParameterValue",
        "InvalidParameterValue",
        "InvalidParameterValue.DataInfoTooLong",
        "InvalidParameterValue.HashNoMatch",
        "InvalidParameterValue.InvalidFileSuffix",
        "InvalidParameterValue.InvalidURL",
        "InvalidParameterValue.ParameterError",
        "InvalidParameterValue.TooLargeFileError",
        "LimitExceeded.TooLargeFileError",
        "ResourceInsufficient.LowBalance",
        "ResourceNotFound.DownLoadError",
        "ResourceUnavailable.ResourceNotOpened",
    ];
    static NAME_CODES: [u32; 1] = [22];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterValueInvalidUrl",
        ends: &[0, 31],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed.The operation failed: arrears error.The operation failed: count limit error.The operation failed: data info too long.The operation failed: down load error.The operation failed: file encodind format error.The operation failed: file read failed.The operation failed: hash no match.The operation failed: on chain failure.The operation failed: query no record.The operation failed: sensitive data.The operation failed: un know error.An internal error occurred.A parameter is invalid.A parameter is invalid: account info invalid.A parameter is invalid: invalid file suffix.A parameter is invalid: invalid parameter value.A parameter value is invalid.A parameter value is invalid: data info too long.A parameter value is invalid: hash no match.A parameter value is invalid: invalid file suffix.A parameter value is invalid: invalid URL.A parameter value is invalid: parameter error.A parameter value is invalid: too large file error.A limit was exceeded: too large file error.Resources are insufficient: low balance.The resource was not found: down load error.The resource is unavailable: resource not opened.",
        ends: &[
            0, 22, 43, 79, 119, 160, 198, 247, 286, 322, 361, 399, 436, 472, 499, 522,
            567, 611, 659, 688, 737, 781, 831, 873, 919, 970, 1013, 1053, 1097, 1146,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 29] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaabaaaaaaaaaaaacac",
    );
    static CATEGORY: [::cloud_errors::Category; 29] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiiiimccccccccccchhei",
    );
    static PILOTS: [u16; 8] = [24, 129, 7, 0, 29, 25, 10, 53];
    static SLOTS: [(&str, u32); 32] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            9, 27, 0, 25, 26, 8, 20, 5, 18, 2, 7, 16, 28, 14, 10, 15, 17, 4, 12, 13, 6,
            1, 4294967295, 19, 22, 21, 23, 4294967295, 11, 4294967295, 24, 3,
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
    const PROVIDER: &'static str = "Tencent Cloud BTOE v20210514";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud BTOE v20210514's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud BTOE v20210514: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
