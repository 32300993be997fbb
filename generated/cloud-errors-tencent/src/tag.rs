// @generated from catalogs/tencent/tag.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TAG: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TAG: a variant per documented code,
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
    /// `FailedOperation.PolicyEnforcedInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: policy enforced invalid.
    FailedOperationPolicyEnforcedInvalid,
    /// `FailedOperation.ProjectDisabled`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: project disabled.
    FailedOperationProjectDisabled,
    /// `FailedOperation.ProjectNumExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: project num exceed.
    FailedOperationProjectNumExceed,
    /// `FailedOperation.ResourceAppIdNotSame`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: resource app id not same.
    FailedOperationResourceAppIdNotSame,
    /// `FailedOperation.ResourceTagProcessing`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: resource tag processing.
    FailedOperationResourceTagProcessing,
    /// `FailedOperation.TagAttachedQuota`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tag attached quota.
    FailedOperationTagAttachedQuota,
    /// `FailedOperation.TagAttachedResource`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tag attached resource.
    FailedOperationTagAttachedResource,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.PaginationTokenInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: pagination token invalid.
    InvalidParameterPaginationTokenInvalid,
    /// `InvalidParameter.ProjectNameExisted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: project name existed.
    InvalidParameterProjectNameExisted,
    /// `InvalidParameter.ReservedTagKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: reserved tag key.
    InvalidParameterReservedTagKey,
    /// `InvalidParameter.Tag`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag.
    InvalidParameterTag,
    /// `InvalidParameter.UnsupportedService`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: unsupported service.
    InvalidParameterUnsupportedService,
    /// `InvalidParameterValue.DeleteTagsParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: delete tags param error.
    InvalidParameterValueDeleteTagsParamError,
    /// `InvalidParameterValue.OffsetInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: offset invalid.
    InvalidParameterValueOffsetInvalid,
    /// `InvalidParameterValue.RegionInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: region invalid.
    InvalidParameterValueRegionInvalid,
    /// `InvalidParameterValue.ReservedTagKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: reserved tag key.
    InvalidParameterValueReservedTagKey,
    /// `InvalidParameterValue.ResourceDescriptionError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: resource description error.
    InvalidParameterValueResourceDescriptionError,
    /// `InvalidParameterValue.ResourceIdInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: resource id invalid.
    InvalidParameterValueResourceIdInvalid,
    /// `InvalidParameterValue.ResourcePrefixInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: resource prefix invalid.
    InvalidParameterValueResourcePrefixInvalid,
    /// `InvalidParameterValue.ServiceTypeInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: service type invalid.
    InvalidParameterValueServiceTypeInvalid,
    /// `InvalidParameterValue.TagFilters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag filters.
    InvalidParameterValueTagFilters,
    /// `InvalidParameterValue.TagFiltersLengthExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag filters length exceeded.
    InvalidParameterValueTagFiltersLengthExceeded,
    /// `InvalidParameterValue.TagKeyCharacterIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag key character illegal.
    InvalidParameterValueTagKeyCharacterIllegal,
    /// `InvalidParameterValue.TagKeyDuplicate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag key duplicate.
    InvalidParameterValueTagKeyDuplicate,
    /// `InvalidParameterValue.TagKeyEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag key empty.
    InvalidParameterValueTagKeyEmpty,
    /// `InvalidParameterValue.TagKeyLengthExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag key length exceeded.
    InvalidParameterValueTagKeyLengthExceeded,
    /// `InvalidParameterValue.TagValueCharacterIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag value character illegal.
    InvalidParameterValueTagValueCharacterIllegal,
    /// `InvalidParameterValue.TagValueEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag value empty.
    InvalidParameterValueTagValueEmpty,
    /// `InvalidParameterValue.TagValueLengthExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag value length exceeded.
    InvalidParameterValueTagValueLengthExceeded,
    /// `InvalidParameterValue.UinInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: uin invalid.
    InvalidParameterValueUinInvalid,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.Quota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: quota.
    LimitExceededQuota,
    /// `LimitExceeded.ResourceAttachedTags`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: resource attached tags.
    LimitExceededResourceAttachedTags,
    /// `LimitExceeded.ResourceNumPerRequest`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: resource num per request.
    LimitExceededResourceNumPerRequest,
    /// `LimitExceeded.TagKey`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: tag key.
    LimitExceededTagKey,
    /// `LimitExceeded.TagNumPerRequest`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: tag num per request.
    LimitExceededTagNumPerRequest,
    /// `LimitExceeded.TagValue`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: tag value.
    LimitExceededTagValue,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `ResourceInUse.TagDuplicate`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: tag duplicate.
    ResourceInUseTagDuplicate,
    /// `ResourceInUse.TagKeyAttached`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: tag key attached.
    ResourceInUseTagKeyAttached,
    /// `ResourceNotFound.AttachedTagKeyNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: attached tag key not found.
    ResourceNotFoundAttachedTagKeyNotFound,
    /// `ResourceNotFound.RecordNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: record not found.
    ResourceNotFoundRecordNotFound,
    /// `ResourceNotFound.TagNonExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: tag non exist.
    ResourceNotFoundTagNonExist,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 49] = [
        "AuthFailure",
        "AuthFailure.UnauthorizedOperation",
        "FailedOperation",
        "FailedOperation.PolicyEnforcedInvalid",
        "FailedOperation.ProjectDisabled",
        "FailedOperation.ProjectNumExceed",
        "FailedOperation.ResourceAppIdNotSame",
        "FailedOperation.ResourceTagProcessing",
        "FailedOperation.TagAttachedQuota",
        "FailedOperation.TagAttachedResource",
        "InvalidParameter",
        "InvalidParameter.PaginationTokenInvalid",
        "InvalidParameter.ProjectNameExisted",
        "InvalidParameter.ReservedTagKey",
        "InvalidParameter.Tag",
        "InvalidParameter.UnsupportedService",
        "InvalidParameterValue.DeleteTagsParamError",
        "InvalidParameterValue.OffsetInvalid",
        "InvalidParameterValue.RegionInvalid",
        "InvalidParameterValue.ReservedTagKey",
        "InvalidParameterValue.ResourceDescriptionError",
        "InvalidParameterValue.ResourceIdInvalid",
        "InvalidParameterValue.ResourcePrefixInvalid",
        "InvalidParameterValue.ServiceTypeInvalid",
        "InvalidParameterValue.TagFilters",
        "InvalidParameterValue.TagFiltersLengthExceeded",
        "InvalidParameterValue.TagKeyCharacterIllegal",
        "InvalidParameterValue.TagKeyDuplicate",
        "InvalidParameterValue.TagKeyEmpty",
        "InvalidParameterValue.TagKeyLengthExceeded",
        "InvalidParameterValue.TagValueCharacterIllegal",
        "InvalidParameterValue.TagValueEmpty",
        "InvalidParameterValue.TagValueLengthExceeded",
        "InvalidParameterValue.UinInvalid",
        "LimitExceeded",
        "LimitExceeded.Quota",
        "LimitExceeded.ResourceAttachedTags",
        "LimitExceeded.ResourceNumPerRequest",
        "LimitExceeded.TagKey",
        "LimitExceeded.TagNumPerRequest",
        "LimitExceeded.TagValue",
        "MissingParameter",
        "OperationDenied",
        "ResourceInUse.TagDuplicate",
        "ResourceInUse.TagKeyAttached",
        "ResourceNotFound.AttachedTagKeyNotFound",
        "ResourceNotFound.RecordNotFound",
        "ResourceNotFound.TagNonExist",
        "UnsupportedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: unauthorized operation.The operation failed.The operation failed: policy enforced invalid.The operation failed: project disabled.The operation failed: project num exceed.The operation failed: resource app id not same.The operation failed: resource tag processing.The operation failed: tag attached quota.The operation failed: tag attached resource.A parameter is invalid.A parameter is invalid: pagination token invalid.A parameter is invalid: project name existed.A parameter is invalid: reserved tag key.A parameter is invalid: tag.A parameter is invalid: unsupported service.A parameter value is invalid: delete tags param error.A parameter value is invalid: offset invalid.A parameter value is invalid: region invalid.A parameter value is invalid: reserved tag key.A parameter value is invalid: resource description error.A parameter value is invalid: resource id invalid.A parameter value is invalid: resource prefix invalid.A parameter value is invalid: service type invalid.A parameter value is invalid: tag filters.A parameter value is invalid: tag filters length exceeded.A parameter value is invalid: tag key character illegal.A parameter value is invalid: tag key duplicate.A parameter value is invalid: tag key empty.A parameter value is invalid: tag key length exceeded.A parameter value is invalid: tag value character illegal.A parameter value is invalid: tag value empty.A parameter value is invalid: tag value length exceeded.A parameter value is invalid: uin invalid.A limit was exceeded.A limit was exceeded: quota.A limit was exceeded: resource attached tags.A limit was exceeded: resource num per request.A limit was exceeded: tag key.A limit was exceeded: tag num per request.A limit was exceeded: tag value.A required parameter is missing.The operation was denied.The resource is in use: tag duplicate.The resource is in use: tag key attached.The resource was not found: attached tag key not found.The resource was not found: record not found.The resource was not found: tag non exist.The operation is not supported.",
        ends: &[
            0, 22, 68, 89, 135, 174, 215, 262, 308, 349, 393, 416, 465, 510, 551, 579,
            623, 677, 722, 767, 814, 871, 921, 975, 1026, 1068, 1126, 1182, 1230, 1274,
            1328, 1386, 1432, 1488, 1530, 1551, 1579, 1624, 1671, 1701, 1743, 1775, 1807,
            1832, 1870, 1911, 1966, 2011, 2053, 2084,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 49] = ::cloud_errors::__private::retry_column(
        b"acaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacbbaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 49] = ::cloud_errors::__private::category_column(
        b"bpiiiiiiiicccccccccccccccccccccccchhhhhhhcgjjeeel",
    );
    static PILOTS: [u16; 13] = [10, 4, 3, 23, 0, 0, 0, 12, 7, 15, 40, 13, 15];
    static SLOTS: [(&str, u32); 54] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            27, 41, 11, 4294967295, 5, 29, 39, 0, 4294967295, 9, 32, 8, 28, 21, 48, 42,
            25, 17, 4, 14, 30, 33, 23, 18, 3, 44, 36, 19, 35, 37, 38, 46, 24, 31, 26,
            4294967295, 22, 47, 4294967295, 13, 2, 43, 4294967295, 6, 15, 40, 12, 20, 45,
            34, 7, 1, 16, 10,
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
    const PROVIDER: &'static str = "Tencent Cloud TAG";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TAG's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TAG: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
