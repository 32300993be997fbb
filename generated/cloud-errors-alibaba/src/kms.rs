// @generated from catalogs/alibaba/kms.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Kms: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Kms: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `Rejected.UnsupportedOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Rejected: unsupported operation.
    RejectedUnsupportedOperation,
    /// `Forbidden.AliasNotFound`: HTTP 404; retry: after_fix; category: permission_denied.
    /// The request is forbidden: alias not found.
    ForbiddenAliasNotFound,
    /// `Forbidden.KeyNotFound`: HTTP 404; retry: after_fix; category: permission_denied.
    /// The request is forbidden: key not found.
    ForbiddenKeyNotFound,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidAccessKeyId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid access key id: not found.
    InvalidAccessKeyIdNotFound,
    /// `Certificate.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Certificate: not found.
    CertificateNotFound,
    /// `Rejected.ResourceExist`: HTTP 409; retry: never; category: aborted.
    /// Rejected: resource exist.
    RejectedResourceExist,
    /// `Rejected.LimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Rejected: limit exceeded.
    RejectedLimitExceeded,
    /// `UnsupportedOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported operation.
    UnsupportedOperation,
    /// `Forbidden.NoPermission`: HTTP 403, 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: no permission.
    ForbiddenNoPermission,
    /// `Rejected.ShareQuotaExceedLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Rejected: share quota exceed limit.
    RejectedShareQuotaExceedLimit,
    /// `Forbidden.DKMSInstanceNotFound`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: DKMS instance not found.
    ForbiddenDkmsInstanceNotFound,
    /// `InternalFailure`: HTTP 500; retry: never; category: internal.
    /// Internal failure.
    InternalFailure,
    /// `SerivceUnvailableTemporary`: HTTP 503; retry: never; category: unavailable.
    /// Serivce unvailable temporary.
    SerivceUnvailableTemporary,
    /// `Rejected.Disabled`: HTTP 409; retry: never; category: aborted.
    /// Rejected: disabled.
    RejectedDisabled,
    /// `Rejected.Unavailable`: HTTP 409; retry: never; category: aborted.
    /// Rejected: unavailable.
    RejectedUnavailable,
    /// `Rejected.PendingDeletion`: HTTP 409; retry: never; category: aborted.
    /// Rejected: pending deletion.
    RejectedPendingDeletion,
    /// `Forbidden.ResourceNotFound`: HTTP 404; retry: after_fix; category: permission_denied.
    /// The request is forbidden: resource not found.
    ForbiddenResourceNotFound,
    /// `Rejected.ResourceInDeleteWindow`: HTTP 409; retry: never; category: aborted.
    /// Rejected: resource in delete window.
    RejectedResourceInDeleteWindow,
    /// `IllegalTimestamp`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal timestamp.
    IllegalTimestamp,
    /// `MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `Forbidden.KeyPolicyUnSupported`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: key policy un supported.
    ForbiddenKeyPolicyUnSupported,
    /// `Unsupported.Origin`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported: origin.
    UnsupportedOrigin,
    /// `Forbidden.DKMSInstanceStateInvalid`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: DKMS instance state invalid.
    ForbiddenDkmsInstanceStateInvalid,
    /// `InvalidKeyMaterial`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid key material.
    InvalidKeyMaterial,
    /// `InvalidImportToken`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid import token.
    InvalidImportToken,
    /// `ExpiredImportToken`: HTTP 400; retry: never; category: invalid_argument.
    /// Expired import token.
    ExpiredImportToken,
    /// `Duplicate.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate: tag key.
    DuplicateTagKey,
    /// `InvalidResourceId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid resource id: not found.
    InvalidResourceIdNotFound,
    /// `CreateLXOrderFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Create LX order failed.
    CreateLxOrderFailed,
    /// `Forbidden.NoRealNameAuthentication`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: no real name authentication.
    ForbiddenNoRealNameAuthentication,
    /// `Forbidden.Opened`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: opened.
    ForbiddenOpened,
    /// `Rejected.ResourceInUse`: HTTP 409; retry: never; category: aborted.
    /// Rejected: resource in use.
    RejectedResourceInUse,
    /// `InvalidParameter.TagValue`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag value.
    InvalidParameterTagValue,
    /// `InvalidParameter.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag key.
    InvalidParameterTagKey,
    /// `Rejected.InvalidRequest`: HTTP 400; retry: never; category: invalid_argument.
    /// Rejected: invalid request.
    RejectedInvalidRequest,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 36] = [
        "Rejected.UnsupportedOperation",
        "Forbidden.AliasNotFound",
        "Forbidden.KeyNotFound",
        "InvalidParameter",
        "InvalidAccessKeyId.NotFound",
        "Certificate.NotFound",
        "Rejected.ResourceExist",
        "Rejected.LimitExceeded",
        "UnsupportedOperation",
        "Forbidden.NoPermission",
        "Rejected.ShareQuotaExceedLimit",
        "Forbidden.DKMSInstanceNotFound",
        "InternalFailure",
        "SerivceUnvailableTemporary",
        "Rejected.Disabled",
        "Rejected.Unavailable",
        "Rejected.PendingDeletion",
        "Forbidden.ResourceNotFound",
        "Rejected.ResourceInDeleteWindow",
        "IllegalTimestamp",
        "MissingParameter",
        "Forbidden.KeyPolicyUnSupported",
        "Unsupported.Origin",
        "Forbidden.DKMSInstanceStateInvalid",
        "InvalidKeyMaterial",
        "InvalidImportToken",
        "ExpiredImportToken",
        "Duplicate.TagKey",
        "InvalidResourceId.NotFound",
        "CreateLXOrderFailed",
        "Forbidden.NoRealNameAuthentication",
        "Forbidden.Opened",
        "Rejected.ResourceInUse",
        "InvalidParameter.TagValue",
        "InvalidParameter.TagKey",
        "Rejected.InvalidRequest",
    ];
    static NAME_CODES: [u32; 3] = [11, 23, 29];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "ForbiddenDkmsInstanceNotFoundForbiddenDkmsInstanceStateInvalidCreateLxOrderFailed",
        ends: &[0, 29, 62, 81],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Rejected: unsupported operation.The request is forbidden: alias not found.The request is forbidden: key not found.A parameter is invalid.Invalid access key id: not found.Certificate: not found.Rejected: resource exist.Rejected: limit exceeded.Unsupported operation.The request is forbidden: no permission.Rejected: share quota exceed limit.The request is forbidden: DKMS instance not found.Internal failure.Serivce unvailable temporary.Rejected: disabled.Rejected: unavailable.Rejected: pending deletion.The request is forbidden: resource not found.Rejected: resource in delete window.Illegal timestamp.A required parameter is missing.The request is forbidden: key policy un supported.Unsupported: origin.The request is forbidden: DKMS instance state invalid.Invalid key material.Invalid import token.Expired import token.Duplicate: tag key.Invalid resource id: not found.Create LX order failed.The request is forbidden: no real name authentication.The request is forbidden: opened.Rejected: resource in use.A parameter is invalid: tag value.A parameter is invalid: tag key.Rejected: invalid request.",
        ends: &[
            0, 32, 74, 114, 137, 170, 193, 218, 243, 265, 305, 340, 390, 407, 436, 455,
            477, 504, 549, 585, 603, 635, 685, 705, 759, 780, 801, 822, 841, 872, 895,
            949, 982, 1008, 1042, 1074, 1100,
        ],
    };
    static STATUSES: [u16; 37] = [
        400, 404, 404, 400, 404, 404, 409, 400, 400, 403, 400, 400, 403, 500, 503, 409,
        409, 409, 404, 409, 400, 400, 400, 400, 403, 400, 400, 400, 400, 404, 400, 400,
        400, 409, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 37] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
        24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37,
    ];
    static RETRY: [::cloud_errors::Retry; 36] = ::cloud_errors::__private::retry_column(
        b"accaaaaaacacaaaaacaaacacaaaaaaccaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 36] = ::cloud_errors::__private::category_column(
        b"cggceejccgcgmnjjjgjccgcgccccecggjccc",
    );
    static PILOTS: [u16; 9] = [14, 2, 18, 0, 22, 3, 12, 43, 3];
    static SLOTS: [(&str, u32); 40] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            28, 2, 24, 29, 23, 18, 11, 4294967295, 25, 4294967295, 8, 9, 34, 12,
            4294967295, 32, 17, 6, 20, 33, 31, 15, 1, 30, 13, 14, 27, 7, 3, 26, 16, 35,
            22, 21, 5, 19, 0, 4294967295, 10, 4,
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
    const PROVIDER: &'static str = "Alibaba Cloud Kms";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Kms's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Kms: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
