// @generated from catalogs/tencent/cdc.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CDC: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CDC: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.CdcBindVpcFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cdc bind vpc fail.
    FailedOperationCdcBindVpcFail,
    /// `FailedOperation.FailDeleteSite`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fail delete site.
    FailedOperationFailDeleteSite,
    /// `FailedOperation.InvalidImageState`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid image state.
    FailedOperationInvalidImageState,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter.ImageIsCachedInCdc`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image is cached in cdc.
    InvalidParameterImageIsCachedInCdc,
    /// `InvalidParameter.ImageNotCacheInCdc`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image not cache in cdc.
    InvalidParameterImageNotCacheInCdc,
    /// `InvalidParameter.InstanceTypeNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: instance type not support.
    InvalidParameterInstanceTypeNotSupport,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.InvalidAppIdFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid app id format.
    InvalidParameterValueInvalidAppIdFormat,
    /// `InvalidParameterValue.InvalidValueDedicatedClusterCosSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid value dedicated cluster cos size.
    InvalidParameterValueInvalidValueDedicatedClusterCosSize,
    /// `InvalidParameterValue.InvalidValueDedicatedClusterDataStepSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid value dedicated cluster data step size.
    InvalidParameterValueInvalidValueDedicatedClusterDataStepSize,
    /// `InvalidParameterValue.InvalidValueRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid value region.
    InvalidParameterValueInvalidValueRegion,
    /// `InvalidParameterValue.LimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit exceeded.
    InvalidParameterValueLimitExceeded,
    /// `InvalidParameterValue.Region`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: region.
    InvalidParameterValueRegion,
    /// `InvalidParameterValue.TooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too long.
    InvalidParameterValueTooLong,
    /// `InvalidParameterValue.ZoneMismatchRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: zone mismatch region.
    InvalidParameterValueZoneMismatchRegion,
    /// `InvalidParameterValue.ZoneNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: zone not supported.
    InvalidParameterValueZoneNotSupported,
    /// `LimitExceeded.CdcImageTaskQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cdc image task quota.
    LimitExceededCdcImageTaskQuota,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.AtLeastOne`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: at least one.
    MissingParameterAtLeastOne,
    /// `ResourceInsufficient.CloudDiskUnavailable`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: cloud disk unavailable.
    ResourceInsufficientCloudDiskUnavailable,
    /// `ResourceNotFound.InvalidDedicatedClusterId`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: invalid dedicated cluster id.
    ResourceNotFoundInvalidDedicatedClusterId,
    /// `ResourceNotFound.InvalidDedicatedClusterOrderId`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: invalid dedicated cluster order id.
    ResourceNotFoundInvalidDedicatedClusterOrderId,
    /// `ResourceNotFound.InvalidDedicatedClusterTypeId`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: invalid dedicated cluster type id.
    ResourceNotFoundInvalidDedicatedClusterTypeId,
    /// `ResourceNotFound.InvalidSiteId`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: invalid site id.
    ResourceNotFoundInvalidSiteId,
    /// `UnsupportedOperation.NonCustomerAppIdNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: non customer app id not support.
    UnsupportedOperationNonCustomerAppIdNotSupport,
    /// `UnsupportedOperation.SyncCdcImageNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: sync cdc image not support.
    UnsupportedOperationSyncCdcImageNotSupport,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 27] = [
        "FailedOperation.CdcBindVpcFail",
        "FailedOperation.FailDeleteSite",
        "FailedOperation.InvalidImageState",
        "InternalError",
        "InvalidParameter.ImageIsCachedInCdc",
        "InvalidParameter.ImageNotCacheInCdc",
        "InvalidParameter.InstanceTypeNotSupport",
        "InvalidParameterValue",
        "InvalidParameterValue.InvalidAppIdFormat",
        "InvalidParameterValue.InvalidValueDedicatedClusterCosSize",
        "InvalidParameterValue.InvalidValueDedicatedClusterDataStepSize",
        "InvalidParameterValue.InvalidValueRegion",
        "InvalidParameterValue.LimitExceeded",
        "InvalidParameterValue.Region",
        "InvalidParameterValue.TooLong",
        "InvalidParameterValue.ZoneMismatchRegion",
        "InvalidParameterValue.ZoneNotSupported",
        "LimitExceeded.CdcImageTaskQuota",
        "MissingParameter",
        "MissingParameter.AtLeastOne",
        "ResourceInsufficient.CloudDiskUnavailable",
        "ResourceNotFound.InvalidDedicatedClusterId",
        "ResourceNotFound.InvalidDedicatedClusterOrderId",
        "ResourceNotFound.InvalidDedicatedClusterTypeId",
        "ResourceNotFound.InvalidSiteId",
        "UnsupportedOperation.NonCustomerAppIdNotSupport",
        "UnsupportedOperation.SyncCdcImageNotSupport",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: cdc bind vpc fail.The operation failed: fail delete site.The operation failed: invalid image state.An internal error occurred.A parameter is invalid: image is cached in cdc.A parameter is invalid: image not cache in cdc.A parameter is invalid: instance type not support.A parameter value is invalid.A parameter value is invalid: invalid app id format.A parameter value is invalid: invalid value dedicated cluster cos size.A parameter value is invalid: invalid value dedicated cluster data step size.A parameter value is invalid: invalid value region.A parameter value is invalid: limit exceeded.A parameter value is invalid: region.A parameter value is invalid: too long.A parameter value is invalid: zone mismatch region.A parameter value is invalid: zone not supported.A limit was exceeded: cdc image task quota.A required parameter is missing.A required parameter is missing: at least one.Resources are insufficient: cloud disk unavailable.The resource was not found: invalid dedicated cluster id.The resource was not found: invalid dedicated cluster order id.The resource was not found: invalid dedicated cluster type id.The resource was not found: invalid site id.The operation is not supported: non customer app id not support.The operation is not supported: sync cdc image not support.",
        ends: &[
            0, 40, 79, 121, 148, 195, 242, 292, 321, 373, 444, 521, 572, 617, 654, 693,
            744, 793, 836, 868, 914, 965, 1022, 1085, 1147, 1191, 1255, 1314,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 27] = ::cloud_errors::__private::retry_column(
        b"aaabaaaaaaaaaaaaaaaacaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 27] = ::cloud_errors::__private::category_column(
        b"iiimccccccccccccchccheeeeii",
    );
    static PILOTS: [u16; 7] = [5, 46, 8, 0, 273, 2, 286];
    static SLOTS: [(&str, u32); 30] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 12, 7, 13, 19, 0, 14, 18, 4, 23, 10, 26, 21, 4294967295, 24, 22,
            2, 1, 25, 11, 4294967295, 16, 15, 5, 20, 3, 8, 9, 6, 17,
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
    const PROVIDER: &'static str = "Tencent Cloud CDC";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CDC's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CDC: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
