// @generated from catalogs/tencent/bma_v20221115.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud BMA v20221115: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud BMA v20221115: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The request was a dry run and was not carried out.
    DryRunOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.CompanyNameWrong`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: company name wrong.
    FailedOperationCompanyNameWrong,
    /// `FailedOperation.ExistCompany`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: exist company.
    FailedOperationExistCompany,
    /// `FailedOperation.ExistDetectTarget`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: exist detect target.
    FailedOperationExistDetectTarget,
    /// `FailedOperation.ExistSoftware`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: exist software.
    FailedOperationExistSoftware,
    /// `FailedOperation.ReuseResource`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: reuse resource.
    FailedOperationReuseResource,
    /// `FailedOperation.SmsVerify`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: sms verify.
    FailedOperationSmsVerify,
    /// `FailedOperation.UnusableResource`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unusable resource.
    FailedOperationUnusableResource,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.SmsVerify`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: sms verify.
    InternalErrorSmsVerify,
    /// `InvalidAction`: no documented HTTP status; retry: never; category: unimplemented.
    /// The action is not valid.
    InvalidAction,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.PrivacyTextIsNotUtf8`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: privacy text is not utf8.
    InvalidParameterPrivacyTextIsNotUtf8,
    /// `InvalidParameter.PrivacyTextURL`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: privacy text URL.
    InvalidParameterPrivacyTextUrl,
    /// `InvalidParameter.SoftwareURL`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: software URL.
    InvalidParameterSoftwareUrl,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `NoSuchVersion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// No such version.
    NoSuchVersion,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedRegion`: no documented HTTP status; retry: never; category: unimplemented.
    /// Unsupported region.
    UnsupportedRegion,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 32] = [
        "AuthFailure",
        "DryRunOperation",
        "FailedOperation",
        "FailedOperation.CompanyNameWrong",
        "FailedOperation.ExistCompany",
        "FailedOperation.ExistDetectTarget",
        "FailedOperation.ExistSoftware",
        "FailedOperation.ReuseResource",
        "FailedOperation.SmsVerify",
        "FailedOperation.UnusableResource",
        "InternalError",
        "InternalError.SmsVerify",
        "InvalidAction",
        "InvalidParameter",
        "InvalidParameter.PrivacyTextIsNotUtf8",
        "InvalidParameter.PrivacyTextURL",
        "InvalidParameter.SoftwareURL",
        "InvalidParameterValue",
        "LimitExceeded",
        "MissingParameter",
        "NoSuchVersion",
        "OperationDenied",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceUnavailable",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedRegion",
    ];
    static NAME_CODES: [u32; 2] = [15, 16];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidParameterPrivacyTextUrlInvalidParameterSoftwareUrl",
        ends: &[0, 30, 57],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The request was a dry run and was not carried out.The operation failed.The operation failed: company name wrong.The operation failed: exist company.The operation failed: exist detect target.The operation failed: exist software.The operation failed: reuse resource.The operation failed: sms verify.The operation failed: unusable resource.An internal error occurred.An internal error occurred: sms verify.The action is not valid.A parameter is invalid.A parameter is invalid: privacy text is not utf8.A parameter is invalid: privacy text URL.A parameter is invalid: software URL.A parameter value is invalid.A limit was exceeded.A required parameter is missing.No such version.The operation was denied.Too many requests were sent.The resource is in use.Resources are insufficient.The resource was not found.The resource is unavailable.The resources are sold out.The operation is not authorized.An unknown parameter was given.The operation is not supported.Unsupported region.",
        ends: &[
            0, 22, 72, 93, 134, 170, 212, 249, 286, 319, 359, 386, 425, 449, 472, 521,
            562, 599, 628, 649, 681, 697, 722, 750, 773, 800, 827, 855, 882, 914, 945,
            976, 995,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 32] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaabbaaaaaaaaacbbcacccaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 32] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiimmlccccchccghjheihgcll",
    );
    static PILOTS: [u16; 8] = [13, 124, 0, 27, 271, 7, 68, 140];
    static SLOTS: [(&str, u32); 35] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            18, 15, 11, 4294967295, 4, 0, 20, 10, 23, 1, 12, 13, 30, 19, 21, 9, 3, 2, 8,
            28, 6, 4294967295, 4294967295, 27, 25, 29, 22, 7, 31, 5, 24, 14, 16, 26, 17,
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
    const PROVIDER: &'static str = "Tencent Cloud BMA v20221115";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud BMA v20221115's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud BMA v20221115: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
