// @generated from catalogs/tencent/omics.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud OMICS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud OMICS: a variant per documented code,
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
    /// `FailedOperation.DuplicateTableHeader`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: duplicate table header.
    FailedOperationDuplicateTableHeader,
    /// `FailedOperation.EmailCountLimitExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: email count limit exceeded.
    FailedOperationEmailCountLimitExceeded,
    /// `FailedOperation.EmptyTableHeader`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: empty table header.
    FailedOperationEmptyTableHeader,
    /// `FailedOperation.InvalidTableHeader`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid table header.
    FailedOperationInvalidTableHeader,
    /// `FailedOperation.InvalidTableLength`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid table length.
    FailedOperationInvalidTableLength,
    /// `FailedOperation.RetryLimitExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: retry limit exceeded.
    FailedOperationRetryLimitExceeded,
    /// `FailedOperation.StatusNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: status not supported.
    FailedOperationStatusNotSupported,
    /// `FailedOperation.TableDataTypeMismatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: table data type mismatch.
    FailedOperationTableDataTypeMismatch,
    /// `FailedOperation.VersionNotReleased`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: version not released.
    FailedOperationVersionNotReleased,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.DuplicateName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicate name.
    InvalidParameterValueDuplicateName,
    /// `InvalidParameterValue.EntrypointNotSet`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: entrypoint not set.
    InvalidParameterValueEntrypointNotSet,
    /// `InvalidParameterValue.EnvironmentNotAvailable`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: environment not available.
    InvalidParameterValueEnvironmentNotAvailable,
    /// `InvalidParameterValue.InvalidBase64Encode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid base64 encode.
    InvalidParameterValueInvalidBase64Encode,
    /// `InvalidParameterValue.InvalidCosKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid cos key.
    InvalidParameterValueInvalidCosKey,
    /// `InvalidParameterValue.InvalidCsvFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid csv format.
    InvalidParameterValueInvalidCsvFormat,
    /// `InvalidParameterValue.InvalidDescription`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid description.
    InvalidParameterValueInvalidDescription,
    /// `InvalidParameterValue.InvalidEmailFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid email format.
    InvalidParameterValueInvalidEmailFormat,
    /// `InvalidParameterValue.InvalidInputJsonFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid input json format.
    InvalidParameterValueInvalidInputJsonFormat,
    /// `InvalidParameterValue.InvalidInputPlaceholder`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid input placeholder.
    InvalidParameterValueInvalidInputPlaceholder,
    /// `InvalidParameterValue.InvalidName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid name.
    InvalidParameterValueInvalidName,
    /// `InvalidParameterValue.InvalidRunOption`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid run option.
    InvalidParameterValueInvalidRunOption,
    /// `InvalidParameterValue.InvalidTimeoutMinutes`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid timeout minutes.
    InvalidParameterValueInvalidTimeoutMinutes,
    /// `InvalidParameterValue.TableDataTypeLengthMismatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: table data type length mismatch.
    InvalidParameterValueTableDataTypeLengthMismatch,
    /// `InvalidParameterValue.UnsupportedTableDataType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unsupported table data type.
    InvalidParameterValueUnsupportedTableDataType,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.ApplicationNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: application not exist.
    ResourceNotFoundApplicationNotExist,
    /// `ResourceNotFound.ApplicationVersionNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: application version not exist.
    ResourceNotFoundApplicationVersionNotExist,
    /// `ResourceNotFound.CosBucketNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cos bucket not exist.
    ResourceNotFoundCosBucketNotExist,
    /// `ResourceNotFound.CosObjectNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cos object not exist.
    ResourceNotFoundCosObjectNotExist,
    /// `ResourceNotFound.EnvironmentNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: environment not exist.
    ResourceNotFoundEnvironmentNotExist,
    /// `ResourceNotFound.ProjectNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: project not exist.
    ResourceNotFoundProjectNotExist,
    /// `ResourceNotFound.RunGroupNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: run group not exist.
    ResourceNotFoundRunGroupNotExist,
    /// `ResourceNotFound.RunNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: run not exist.
    ResourceNotFoundRunNotExist,
    /// `ResourceNotFound.TableNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: table not exist.
    ResourceNotFoundTableNotExist,
    /// `ResourceNotFound.TableRowNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: table row not exist.
    ResourceNotFoundTableRowNotExist,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 46] = [
        "AuthFailure",
        "FailedOperation",
        "FailedOperation.DuplicateTableHeader",
        "FailedOperation.EmailCountLimitExceeded",
        "FailedOperation.EmptyTableHeader",
        "FailedOperation.InvalidTableHeader",
        "FailedOperation.InvalidTableLength",
        "FailedOperation.RetryLimitExceeded",
        "FailedOperation.StatusNotSupported",
        "FailedOperation.TableDataTypeMismatch",
        "FailedOperation.VersionNotReleased",
        "InternalError",
        "InvalidParameter",
        "InvalidParameterValue",
        "InvalidParameterValue.DuplicateName",
        "InvalidParameterValue.EntrypointNotSet",
        "InvalidParameterValue.EnvironmentNotAvailable",
        "InvalidParameterValue.InvalidBase64Encode",
        "InvalidParameterValue.InvalidCosKey",
        "InvalidParameterValue.InvalidCsvFormat",
        "InvalidParameterValue.InvalidDescription",
        "InvalidParameterValue.InvalidEmailFormat",
        "InvalidParameterValue.InvalidInputJsonFormat",
        "InvalidParameterValue.InvalidInputPlaceholder",
        "InvalidParameterValue.InvalidName",
        "InvalidParameterValue.InvalidRunOption",
        "InvalidParameterValue.InvalidTimeoutMinutes",
        "InvalidParameterValue.TableDataTypeLengthMismatch",
        "InvalidParameterValue.UnsupportedTableDataType",
        "LimitExceeded",
        "OperationDenied",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceNotFound.ApplicationNotExist",
        "ResourceNotFound.ApplicationVersionNotExist",
        "ResourceNotFound.CosBucketNotExist",
        "ResourceNotFound.CosObjectNotExist",
        "ResourceNotFound.EnvironmentNotExist",
        "ResourceNotFound.ProjectNotExist",
        "ResourceNotFound.RunGroupNotExist",
        "ResourceNotFound.RunNotExist",
        "ResourceNotFound.TableNotExist",
        "ResourceNotFound.TableRowNotExist",
        "ResourceUnavailable",
        "UnsupportedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed.The operation failed: duplicate table header.The operation failed: email count limit exceeded.The operation failed: empty table header.The operation failed: invalid table header.The operation failed: invalid table length.The operation failed: retry limit exceeded.The operation failed: status not supported.The operation failed: table data type mismatch.The operation failed: version not released.An internal error occurred.A parameter is invalid.A parameter value is invalid.A parameter value is invalid: duplicate name.A parameter value is invalid: entrypoint not set.A parameter value is invalid: environment not available.A parameter value is invalid: invalid base64 encode.A parameter value is invalid: invalid cos key.A parameter value is invalid: invalid csv format.A parameter value is invalid: invalid description.A parameter value is invalid: invalid email format.A parameter value is invalid: invalid input json format.A parameter value is invalid: invalid input placeholder.A parameter value is invalid: invalid name.A parameter value is invalid: invalid run option.A parameter value is invalid: invalid timeout minutes.A parameter value is invalid: table data type length mismatch.A parameter value is invalid: unsupported table data type.A limit was exceeded.The operation was denied.The resource is in use.Resources are insufficient.The resource was not found.The resource was not found: application not exist.The resource was not found: application version not exist.The resource was not found: cos bucket not exist.The resource was not found: cos object not exist.The resource was not found: environment not exist.The resource was not found: project not exist.The resource was not found: run group not exist.The resource was not found: run not exist.The resource was not found: table not exist.The resource was not found: table row not exist.The resource is unavailable.The operation is not supported.",
        ends: &[
            0, 22, 43, 88, 137, 178, 221, 264, 307, 350, 397, 440, 467, 490, 519, 564,
            613, 669, 721, 767, 816, 866, 917, 973, 1029, 1072, 1121, 1175, 1237, 1295,
            1316, 1341, 1364, 1391, 1418, 1468, 1526, 1575, 1624, 1674, 1720, 1768, 1810,
            1854, 1902, 1930, 1961,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 46] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaabaaaaaaaaaaaaaaaaaacbcaaaaaaaaaaaca",
    );
    static CATEGORY: [::cloud_errors::Category; 46] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiimccccccccccccccccchgjheeeeeeeeeeeil",
    );
    static PILOTS: [u16; 12] = [16, 4, 13, 205, 7, 4, 28, 50, 10, 243, 8, 26];
    static SLOTS: [(&str, u32); 51] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            41, 28, 18, 42, 25, 36, 8, 16, 44, 23, 19, 40, 45, 33, 34, 15, 11, 1, 21, 3,
            4294967295, 4294967295, 35, 7, 27, 22, 4294967295, 4, 29, 17, 20, 26, 30, 10,
            4294967295, 2, 39, 0, 4294967295, 9, 37, 32, 13, 43, 6, 14, 31, 24, 5, 12, 38,
        ],
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
    const PROVIDER: &'static str = "Tencent Cloud OMICS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud OMICS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud OMICS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
