// @generated from catalogs/tencent/kms.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud KMS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud KMS: a variant per documented code,
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
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.CmkUsedByCloudProduct`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cmk used by cloud product.
    FailedOperationCmkUsedByCloudProduct,
    /// `FailedOperation.DecryptError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: decrypt error.
    FailedOperationDecryptError,
    /// `FailedOperation.EncryptionError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: encryption error.
    FailedOperationEncryptionError,
    /// `FailedOperation.RotateTaskRunning`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rotate task running.
    FailedOperationRotateTaskRunning,
    /// `FailedOperation.TaggingError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tagging error.
    FailedOperationTaggingError,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.DecryptMaterialError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: decrypt material error.
    InvalidParameterDecryptMaterialError,
    /// `InvalidParameter.InvalidPendingWindowInDays`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid pending window in days.
    InvalidParameterInvalidPendingWindowInDays,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.AliasAlreadyExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: alias already exists.
    InvalidParameterValueAliasAlreadyExists,
    /// `InvalidParameterValue.DataKeyNameAlreadyExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: data key name already exists.
    InvalidParameterValueDataKeyNameAlreadyExists,
    /// `InvalidParameterValue.DuplicatedDataKeyId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicated data key id.
    InvalidParameterValueDuplicatedDataKeyId,
    /// `InvalidParameterValue.DuplicatedKeyId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicated key id.
    InvalidParameterValueDuplicatedKeyId,
    /// `InvalidParameterValue.InvalidAlias`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid alias.
    InvalidParameterValueInvalidAlias,
    /// `InvalidParameterValue.InvalidCiphertext`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid ciphertext.
    InvalidParameterValueInvalidCiphertext,
    /// `InvalidParameterValue.InvalidDataKeyId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid data key id.
    InvalidParameterValueInvalidDataKeyId,
    /// `InvalidParameterValue.InvalidDataKeyName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid data key name.
    InvalidParameterValueInvalidDataKeyName,
    /// `InvalidParameterValue.InvalidHsmClusterId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid hsm cluster id.
    InvalidParameterValueInvalidHsmClusterId,
    /// `InvalidParameterValue.InvalidImportKeyMaterial`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid import key material.
    InvalidParameterValueInvalidImportKeyMaterial,
    /// `InvalidParameterValue.InvalidKeyId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid key id.
    InvalidParameterValueInvalidKeyId,
    /// `InvalidParameterValue.InvalidKeyUsage`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid key usage.
    InvalidParameterValueInvalidKeyUsage,
    /// `InvalidParameterValue.InvalidPlaintext`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid plaintext.
    InvalidParameterValueInvalidPlaintext,
    /// `InvalidParameterValue.InvalidType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid type.
    InvalidParameterValueInvalidType,
    /// `InvalidParameterValue.MaterialNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: material not match.
    InvalidParameterValueMaterialNotMatch,
    /// `InvalidParameterValue.TagKeysDuplicated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag keys duplicated.
    InvalidParameterValueTagKeysDuplicated,
    /// `InvalidParameterValue.TagsNotExisted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tags not existed.
    InvalidParameterValueTagsNotExisted,
    /// `LimitExceeded.CmkLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cmk limit exceeded.
    LimitExceededCmkLimitExceeded,
    /// `LimitExceeded.DataKeyLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: data key limit exceeded.
    LimitExceededDataKeyLimitExceeded,
    /// `LimitExceeded.FingerprintsLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: fingerprints limit exceeded.
    LimitExceededFingerprintsLimitExceeded,
    /// `LimitExceeded.KeyLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: key limit exceeded.
    LimitExceededKeyLimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `RequestLimitExceeded.RotateRateLimited`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent: rotate rate limited.
    RequestLimitExceededRotateRateLimited,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceUnavailable.CloudResourceBindingNotFound`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cloud resource binding not found.
    ResourceUnavailableCloudResourceBindingNotFound,
    /// `ResourceUnavailable.CmkArchived`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cmk archived.
    ResourceUnavailableCmkArchived,
    /// `ResourceUnavailable.CmkDisabled`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cmk disabled.
    ResourceUnavailableCmkDisabled,
    /// `ResourceUnavailable.CmkNotFound`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cmk not found.
    ResourceUnavailableCmkNotFound,
    /// `ResourceUnavailable.CmkNotPendingDelete`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cmk not pending delete.
    ResourceUnavailableCmkNotPendingDelete,
    /// `ResourceUnavailable.CmkShouldBeDisabled`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cmk should be disabled.
    ResourceUnavailableCmkShouldBeDisabled,
    /// `ResourceUnavailable.CmkStateNotSupport`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cmk state not support.
    ResourceUnavailableCmkStateNotSupport,
    /// `ResourceUnavailable.DataKeyDisabled`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: data key disabled.
    ResourceUnavailableDataKeyDisabled,
    /// `ResourceUnavailable.DataKeyNotFound`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: data key not found.
    ResourceUnavailableDataKeyNotFound,
    /// `ResourceUnavailable.DataKeyNotPendingDelete`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: data key not pending delete.
    ResourceUnavailableDataKeyNotPendingDelete,
    /// `ResourceUnavailable.DataKeyPendingDelete`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: data key pending delete.
    ResourceUnavailableDataKeyPendingDelete,
    /// `ResourceUnavailable.DataKeyStateNotSupport`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: data key state not support.
    ResourceUnavailableDataKeyStateNotSupport,
    /// `ResourceUnavailable.KeyDisabled`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: key disabled.
    ResourceUnavailableKeyDisabled,
    /// `ResourceUnavailable.KeyPendingDelete`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: key pending delete.
    ResourceUnavailableKeyPendingDelete,
    /// `ResourceUnavailable.NotPurchased`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not purchased.
    ResourceUnavailableNotPurchased,
    /// `ResourceUnavailable.TokenExpired`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: token expired.
    ResourceUnavailableTokenExpired,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.ExternalCmkCanNotRotate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: external cmk can not rotate.
    UnsupportedOperationExternalCmkCanNotRotate,
    /// `UnsupportedOperation.NotExternalCmk`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not external cmk.
    UnsupportedOperationNotExternalCmk,
    /// `UnsupportedOperation.NotRoleOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not role operation.
    UnsupportedOperationNotRoleOperation,
    /// `UnsupportedOperation.NotUserCreatedCmk`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not user created cmk.
    UnsupportedOperationNotUserCreatedCmk,
    /// `UnsupportedOperation.RotateNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: rotate not supported.
    UnsupportedOperationRotateNotSupported,
    /// `UnsupportedOperation.ServiceTemporaryUnavailable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: service temporary unavailable.
    UnsupportedOperationServiceTemporaryUnavailable,
    /// `UnsupportedOperation.UnsupportedKeyUsageInCurrentRegion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported key usage in current region.
    UnsupportedOperationUnsupportedKeyUsageInCurrentRegion,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 62] = [
        "AuthFailure",
        "AuthFailure.UnauthorizedOperation",
        "FailedOperation",
        "FailedOperation.CmkUsedByCloudProduct",
        "FailedOperation.DecryptError",
        "FailedOperation.EncryptionError",
        "FailedOperation.RotateTaskRunning",
        "FailedOperation.TaggingError",
        "InternalError",
        "InvalidParameter",
        "InvalidParameter.DecryptMaterialError",
        "InvalidParameter.InvalidPendingWindowInDays",
        "InvalidParameterValue",
        "InvalidParameterValue.AliasAlreadyExists",
        "InvalidParameterValue.DataKeyNameAlreadyExists",
        "InvalidParameterValue.DuplicatedDataKeyId",
        "InvalidParameterValue.DuplicatedKeyId",
        "InvalidParameterValue.InvalidAlias",
        "InvalidParameterValue.InvalidCiphertext",
        "InvalidParameterValue.InvalidDataKeyId",
        "InvalidParameterValue.InvalidDataKeyName",
        "InvalidParameterValue.InvalidHsmClusterId",
        "InvalidParameterValue.InvalidImportKeyMaterial",
        "InvalidParameterValue.InvalidKeyId",
        "InvalidParameterValue.InvalidKeyUsage",
        "InvalidParameterValue.InvalidPlaintext",
        "InvalidParameterValue.InvalidType",
        "InvalidParameterValue.MaterialNotMatch",
        "InvalidParameterValue.TagKeysDuplicated",
        "InvalidParameterValue.TagsNotExisted",
        "LimitExceeded.CmkLimitExceeded",
        "LimitExceeded.DataKeyLimitExceeded",
        "LimitExceeded.FingerprintsLimitExceeded",
        "LimitExceeded.KeyLimitExceeded",
        "MissingParameter",
        "RequestLimitExceeded.RotateRateLimited",
        "ResourceNotFound",
        "ResourceUnavailable.CloudResourceBindingNotFound",
        "ResourceUnavailable.CmkArchived",
        "ResourceUnavailable.CmkDisabled",
        "ResourceUnavailable.CmkNotFound",
        "ResourceUnavailable.CmkNotPendingDelete",
        "ResourceUnavailable.CmkShouldBeDisabled",
        "ResourceUnavailable.CmkStateNotSupport",
        "ResourceUnavailable.DataKeyDisabled",
        "ResourceUnavailable.DataKeyNotFound",
        "ResourceUnavailable.DataKeyNotPendingDelete",
        "ResourceUnavailable.DataKeyPendingDelete",
        "ResourceUnavailable.DataKeyStateNotSupport",
        "ResourceUnavailable.KeyDisabled",
        "ResourceUnavailable.KeyPendingDelete",
        "ResourceUnavailable.NotPurchased",
        "ResourceUnavailable.TokenExpired",
        "UnauthorizedOperation",
        "UnsupportedOperation",
        "UnsupportedOperation.ExternalCmkCanNotRotate",
        "UnsupportedOperation.NotExternalCmk",
        "UnsupportedOperation.NotRoleOperation",
        "UnsupportedOperation.NotUserCreatedCmk",
        "UnsupportedOperation.RotateNotSupported",
        "UnsupportedOperation.ServiceTemporaryUnavailable",
        "UnsupportedOperation.UnsupportedKeyUsageInCurrentRegion",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: unauthorized operation.The operation failed.The operation failed: cmk used by cloud product.The operation failed: decrypt error.The operation failed: encryption error.The operation failed: rotate task running.The operation failed: tagging error.An internal error occurred.A parameter is invalid.A parameter is invalid: decrypt material error.A parameter is invalid: invalid pending window in days.A parameter value is invalid.A parameter value is invalid: alias already exists.A parameter value is invalid: data key name already exists.A parameter value is invalid: duplicated data key id.A parameter value is invalid: duplicated key id.A parameter value is invalid: invalid alias.A parameter value is invalid: invalid ciphertext.A parameter value is invalid: invalid data key id.A parameter value is invalid: invalid data key name.A parameter value is invalid: invalid hsm cluster id.A parameter value is invalid: invalid import key material.A parameter value is invalid: invalid key id.A parameter value is invalid: invalid key usage.A parameter value is invalid: invalid plaintext.A parameter value is invalid: invalid type.A parameter value is invalid: material not match.A parameter value is invalid: tag keys duplicated.A parameter value is invalid: tags not existed.A limit was exceeded: cmk limit exceeded.A limit was exceeded: data key limit exceeded.A limit was exceeded: fingerprints limit exceeded.A limit was exceeded: key limit exceeded.A required parameter is missing.Too many requests were sent: rotate rate limited.The resource was not found.The resource is unavailable: cloud resource binding not found.The resource is unavailable: cmk archived.The resource is unavailable: cmk disabled.The resource is unavailable: cmk not found.The resource is unavailable: cmk not pending delete.The resource is unavailable: cmk should be disabled.The resource is unavailable: cmk state not support.The resource is unavailable: data key disabled.The resource is unavailable: data key not found.The resource is unavailable: data key not pending delete.The resource is unavailable: data key pending delete.The resource is unavailable: data key state not support.The resource is unavailable: key disabled.The resource is unavailable: key pending delete.The resource is unavailable: not purchased.The resource is unavailable: token expired.The operation is not authorized.The operation is not supported.The operation is not supported: external cmk can not rotate.The operation is not supported: not external cmk.The operation is not supported: not role operation.The operation is not supported: not user created cmk.The operation is not supported: rotate not supported.The operation is not supported: service temporary unavailable.The operation is not supported: unsupported key usage in current region.",
        ends: &[
            0, 22, 68, 89, 137, 173, 212, 254, 290, 317, 340, 387, 442, 471, 522, 581,
            634, 682, 726, 775, 825, 877, 930, 988, 1033, 1081, 1129, 1172, 1221, 1271,
            1318, 1359, 1405, 1455, 1496, 1528, 1577, 1604, 1666, 1708, 1750, 1793, 1845,
            1897, 1948, 1995, 2043, 2100, 2153, 2209, 2251, 2299, 2342, 2385, 2417, 2448,
            2508, 2557, 2608, 2661, 2714, 2776, 2848,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 62] = ::cloud_errors::__private::retry_column(
        b"acaaaaaabaaaaaaaaaaaaaaaaaaaaaaaaaabacccccccccccccccccaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 62] = ::cloud_errors::__private::category_column(
        b"bpiiiiiimccccccccccccccccccccchhhhcheiiiiiiiiiiiiiiiigliiiiiii",
    );
    static PILOTS: [u16; 16] = [
        97, 9, 26, 0, 24, 0, 1, 64, 0, 100, 4, 132, 19, 23, 0, 4,
    ];
    static SLOTS: [(&str, u32); 68] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            25, 49, 37, 58, 42, 4294967295, 59, 20, 15, 3, 46, 48, 43, 29, 36, 45, 55,
            61, 33, 5, 52, 4294967295, 44, 6, 19, 23, 17, 4294967295, 60, 0, 27,
            4294967295, 57, 10, 40, 11, 38, 54, 9, 47, 30, 14, 26, 4294967295, 13, 35,
            22, 7, 4, 2, 32, 51, 16, 53, 4294967295, 28, 50, 39, 56, 31, 8, 21, 12, 34,
            1, 18, 24, 41,
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
    const PROVIDER: &'static str = "Tencent Cloud KMS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud KMS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud KMS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
