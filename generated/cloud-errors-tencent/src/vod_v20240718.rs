// @generated from catalogs/tencent/vod_v20240718.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud VOD v20240718: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud VOD v20240718: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.BucketIdNotMatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: bucket id not match.
    FailedOperationBucketIdNotMatch,
    /// `FailedOperation.BucketIncrementalMigrationStrategyDeploying`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: bucket incremental migration strategy deploying.
    FailedOperationBucketIncrementalMigrationStrategyDeploying,
    /// `FailedOperation.IncrementalMigrationStrategyOverLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: incremental migration strategy over limit.
    FailedOperationIncrementalMigrationStrategyOverLimit,
    /// `FailedOperation.StorageRegionBucketOverLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: storage region bucket over limit.
    FailedOperationStorageRegionBucketOverLimit,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidFilter`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid filter.
    InvalidFilter,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.UnsupportedStorageRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unsupported storage region.
    InvalidParameterValueUnsupportedStorageRegion,
    /// `ResourceNotFound.IncrementalMigrationStrategyNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: incremental migration strategy not found.
    ResourceNotFoundIncrementalMigrationStrategyNotFound,
    /// `UnauthorizedOperation.SubApp`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: sub app.
    UnauthorizedOperationSubApp,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 11] = [
        "FailedOperation.BucketIdNotMatch",
        "FailedOperation.BucketIncrementalMigrationStrategyDeploying",
        "FailedOperation.IncrementalMigrationStrategyOverLimit",
        "FailedOperation.StorageRegionBucketOverLimit",
        "InternalError",
        "InvalidFilter",
        "InvalidParameter",
        "InvalidParameterValue",
        "InvalidParameterValue.UnsupportedStorageRegion",
        "ResourceNotFound.IncrementalMigrationStrategyNotFound",
        "UnauthorizedOperation.SubApp",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: bucket id not match.The operation failed: bucket incremental migration strategy deploying.The operation failed: incremental migration strategy over limit.The operation failed: storage region bucket over limit.An internal error occurred.Invalid filter.A parameter is invalid.A parameter value is invalid.A parameter value is invalid: unsupported storage region.The resource was not found: incremental migration strategy not found.The operation is not authorized: sub app.",
        ends: &[0, 42, 112, 176, 231, 258, 273, 296, 325, 382, 451, 492],
    };
    static RETRY: [::cloud_errors::Retry; 11] = ::cloud_errors::__private::retry_column(
        b"aaaabaaaaac",
    );
    static CATEGORY: [::cloud_errors::Category; 11] = ::cloud_errors::__private::category_column(
        b"iiiimbccceg",
    );
    static PILOTS: [u16; 3] = [0, 0, 30];
    static SLOTS: [(&str, u32); 12] = ::cloud_errors::__private::slots(
        &CODES,
        &[6, 2, 8, 3, 0, 10, 5, 4, 1, 4294967295, 9, 7],
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
    const PROVIDER: &'static str = "Tencent Cloud VOD v20240718";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud VOD v20240718's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud VOD v20240718: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
