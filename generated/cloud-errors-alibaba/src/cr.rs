// @generated from catalogs/alibaba/cr.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud cr: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud cr: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `NoPrivilege`: HTTP 403; retry: never; category: permission_denied.
    /// No privilege.
    NoPrivilege,
    /// `SystemError`: HTTP 500, 400; retry: never; category: internal.
    /// System error.
    SystemError,
    /// `NoPermission.ChangeResourceGroup`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission: change resource group.
    NoPermissionChangeResourceGroup,
    /// `MissingParameter.ResourceRegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource region id.
    MissingParameterResourceRegionId,
    /// `MissingParameter.ResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource id.
    MissingParameterResourceId,
    /// `MissingParameter.ResourceGroupId`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource group id.
    MissingParameterResourceGroupId,
    /// `InvalidResourceGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource group.
    InvalidResourceGroup,
    /// `ResourceNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFound,
    /// `SLB_SERVICE_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// SLB SERVICE ERROR.
    SlbServiceError,
    /// `InvalidParameter.ResourceType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource type.
    InvalidParameterResourceType,
    /// `MissingParameter.ResourceIdsOrTags`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource ids or tags.
    MissingParameterResourceIdsOrTags,
    /// `MissingParameter.ResourceType`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource type.
    MissingParameterResourceType,
    /// `MissingParameter.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: tag key.
    MissingParameterTagKey,
    /// `NumberExceed.ResourceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: resource ids.
    NumberExceedResourceIds,
    /// `NumberExceed.Tags`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: tags.
    NumberExceedTags,
    /// `Duplicate.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate: tag key.
    DuplicateTagKey,
    /// `InvalidParameter.NextToken`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: next token.
    InvalidParameterNextToken,
    /// `NoPermission`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The caller has no permission.
    NoPermission,
    /// `InvalidParameter.ResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource id.
    InvalidParameterResourceId,
    /// `InvalidResourceId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource id: not found.
    InvalidResourceIdNotFound,
    /// `InvalidParameter.RegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: region id.
    InvalidParameterRegionId,
    /// `MissingParameter.ResourceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource ids.
    MissingParameterResourceIds,
    /// `MissingParameter.Tags`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: tags.
    MissingParameterTags,
    /// `MissingParameter.TagValue`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: tag value.
    MissingParameterTagValue,
    /// `InvalidParameter.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag key.
    InvalidParameterTagKey,
    /// `InvalidParameter.TagValue`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag value.
    InvalidParameterTagValue,
    /// `QuotaExceed.TagsPerResource`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: tags per resource.
    QuotaExceedTagsPerResource,
    /// `InvalidOperation.ConcurrentModification`: HTTP 500; retry: never; category: internal.
    /// Invalid operation: concurrent modification.
    InvalidOperationConcurrentModification,
    /// `InvalidParameter.TagKeysOrDeleteAll`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag keys or delete all.
    InvalidParameterTagKeysOrDeleteAll,
    /// `NumberExceed.TagKeys`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: tag keys.
    NumberExceedTagKeys,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 30] = [
        "NoPrivilege",
        "SystemError",
        "NoPermission.ChangeResourceGroup",
        "MissingParameter.ResourceRegionId",
        "MissingParameter.ResourceId",
        "MissingParameter.ResourceGroupId",
        "InvalidResourceGroup",
        "ResourceNotFound",
        "SLB_SERVICE_ERROR",
        "InvalidParameter.ResourceType",
        "MissingParameter.ResourceIdsOrTags",
        "MissingParameter.ResourceType",
        "MissingParameter.TagKey",
        "NumberExceed.ResourceIds",
        "NumberExceed.Tags",
        "Duplicate.TagKey",
        "InvalidParameter.NextToken",
        "NoPermission",
        "InvalidParameter.ResourceId",
        "InvalidResourceId.NotFound",
        "InvalidParameter.RegionId",
        "MissingParameter.ResourceIds",
        "MissingParameter.Tags",
        "MissingParameter.TagValue",
        "InvalidParameter.TagKey",
        "InvalidParameter.TagValue",
        "QuotaExceed.TagsPerResource",
        "InvalidOperation.ConcurrentModification",
        "InvalidParameter.TagKeysOrDeleteAll",
        "NumberExceed.TagKeys",
    ];
    static NAME_CODES: [u32; 1] = [8];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "SlbServiceError",
        ends: &[0, 15],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "No privilege.System error.The caller has no permission: change resource group.A required parameter is missing: resource region id.A required parameter is missing: resource id.A required parameter is missing: resource group id.Invalid resource group.Resource not found.SLB SERVICE ERROR.A parameter is invalid: resource type.A required parameter is missing: resource ids or tags.A required parameter is missing: resource type.A required parameter is missing: tag key.Number exceed: resource ids.Number exceed: tags.Duplicate: tag key.A parameter is invalid: next token.The caller has no permission.A parameter is invalid: resource id.Invalid resource id: not found.A parameter is invalid: region id.A required parameter is missing: resource ids.A required parameter is missing: tags.A required parameter is missing: tag value.A parameter is invalid: tag key.A parameter is invalid: tag value.A quota was exceeded: tags per resource.Invalid operation: concurrent modification.A parameter is invalid: tag keys or delete all.Number exceed: tag keys.",
        ends: &[
            0, 13, 26, 78, 130, 175, 226, 249, 268, 286, 324, 378, 425, 466, 494, 514,
            533, 568, 597, 633, 664, 698, 744, 782, 825, 857, 891, 931, 974, 1021, 1045,
        ],
    };
    static STATUSES: [u16; 31] = [
        403, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 500, 400, 400,
    ];
    static STATUS_ENDS: [u32; 31] = [
        0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31,
    ];
    static RETRY: [::cloud_errors::Retry; 30] = ::cloud_errors::__private::retry_column(
        b"aacaaaaaaaaaaaaaacaaaaaaaacaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 30] = ::cloud_errors::__private::category_column(
        b"gmgccccccccccccccgcccccccchmcc",
    );
    static PILOTS: [u16; 8] = [9, 24, 20, 2, 280, 35, 1, 23];
    static SLOTS: [(&str, u32); 33] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            15, 0, 14, 4294967295, 7, 9, 18, 5, 29, 16, 2, 4, 6, 23, 22, 27, 20, 12, 28,
            17, 8, 13, 19, 26, 11, 4294967295, 10, 1, 25, 3, 24, 4294967295, 21,
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
    const PROVIDER: &'static str = "Alibaba Cloud cr";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud cr's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud cr: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
