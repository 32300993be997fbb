// @generated from catalogs/tencent/ssm.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud SSM: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud SSM: a variant per documented code,
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
    /// `FailedOperation.AccessKmsError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: access kms error.
    FailedOperationAccessKmsError,
    /// `FailedOperation.RotationForbidden`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rotation forbidden.
    FailedOperationRotationForbidden,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.TagKeysDuplicated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag keys duplicated.
    InvalidParameterValueTagKeysDuplicated,
    /// `InvalidParameterValue.TagsNotExisted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tags not existed.
    InvalidParameterValueTagsNotExisted,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.AccessKeyOverLimit`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: access key over limit.
    OperationDeniedAccessKeyOverLimit,
    /// `OperationDenied.AutoRotatedResource`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: auto rotated resource.
    OperationDeniedAutoRotatedResource,
    /// `OperationDenied.RoleNotExist`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: role not exist.
    OperationDeniedRoleNotExist,
    /// `OperationDenied.UinNotMatch`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: uin not match.
    OperationDeniedUinNotMatch,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInUse.SecretExists`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: secret exists.
    ResourceInUseSecretExists,
    /// `ResourceInUse.VersionIdExists`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: version id exists.
    ResourceInUseVersionIdExists,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.SecretNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: secret not exist.
    ResourceNotFoundSecretNotExist,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.NotPurchased`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not purchased.
    ResourceUnavailableNotPurchased,
    /// `ResourceUnavailable.ResourceDisabled`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: resource disabled.
    ResourceUnavailableResourceDisabled,
    /// `ResourceUnavailable.ResourcePendingDeleted`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: resource pending deleted.
    ResourceUnavailableResourcePendingDeleted,
    /// `ResourceUnavailable.ResourceUninitialized`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: resource uninitialized.
    ResourceUnavailableResourceUninitialized,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.AccessKmsError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: access kms error.
    UnauthorizedOperationAccessKmsError,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 34] = [
        "AuthFailure",
        "DryRunOperation",
        "FailedOperation",
        "FailedOperation.AccessKmsError",
        "FailedOperation.RotationForbidden",
        "InternalError",
        "InvalidParameter",
        "InvalidParameterValue",
        "InvalidParameterValue.TagKeysDuplicated",
        "InvalidParameterValue.TagsNotExisted",
        "LimitExceeded",
        "MissingParameter",
        "OperationDenied",
        "OperationDenied.AccessKeyOverLimit",
        "OperationDenied.AutoRotatedResource",
        "OperationDenied.RoleNotExist",
        "OperationDenied.UinNotMatch",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInUse.SecretExists",
        "ResourceInUse.VersionIdExists",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceNotFound.SecretNotExist",
        "ResourceUnavailable",
        "ResourceUnavailable.NotPurchased",
        "ResourceUnavailable.ResourceDisabled",
        "ResourceUnavailable.ResourcePendingDeleted",
        "ResourceUnavailable.ResourceUninitialized",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnauthorizedOperation.AccessKmsError",
        "UnknownParameter",
        "UnsupportedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The request was a dry run and was not carried out.The operation failed.The operation failed: access kms error.The operation failed: rotation forbidden.An internal error occurred.A parameter is invalid.A parameter value is invalid.A parameter value is invalid: tag keys duplicated.A parameter value is invalid: tags not existed.A limit was exceeded.A required parameter is missing.The operation was denied.The operation was denied: access key over limit.The operation was denied: auto rotated resource.The operation was denied: role not exist.The operation was denied: uin not match.Too many requests were sent.The resource is in use.The resource is in use: secret exists.The resource is in use: version id exists.Resources are insufficient.The resource was not found.The resource was not found: secret not exist.The resource is unavailable.The resource is unavailable: not purchased.The resource is unavailable: resource disabled.The resource is unavailable: resource pending deleted.The resource is unavailable: resource uninitialized.The resources are sold out.The operation is not authorized.The operation is not authorized: access kms error.An unknown parameter was given.The operation is not supported.",
        ends: &[
            0, 22, 72, 93, 132, 173, 200, 223, 252, 302, 349, 370, 402, 427, 475, 523,
            564, 604, 632, 655, 693, 735, 762, 789, 834, 862, 905, 952, 1006, 1058, 1085,
            1117, 1167, 1198, 1229,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 34] = ::cloud_errors::__private::retry_column(
        b"aaaaabaaaaaacccccbbbbcaaccccccccaa",
    );
    static CATEGORY: [::cloud_errors::Category; 34] = ::cloud_errors::__private::category_column(
        b"biiiimcccchcggggghjjjheeiiiiihggcl",
    );
    static PILOTS: [u16; 9] = [1, 0, 1, 4, 4, 9, 0, 5, 4242];
    static SLOTS: [(&str, u32); 37] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 21, 24, 4294967295, 12, 31, 16, 7, 29, 4294967295, 19, 18, 10, 3,
            33, 20, 8, 5, 13, 14, 0, 1, 17, 6, 2, 9, 30, 15, 11, 27, 23, 28, 22, 25, 4,
            26, 32,
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
    const PROVIDER: &'static str = "Tencent Cloud SSM";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud SSM's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud SSM: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
