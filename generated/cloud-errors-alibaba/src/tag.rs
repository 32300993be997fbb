// @generated from catalogs/alibaba/tag.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Tag: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Tag: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `Throttling`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    Throttling,
    /// `NoPermission.Operator`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The caller has no permission: operator.
    NoPermissionOperator,
    /// `PermissionDenied`: HTTP 403; retry: never; category: permission_denied.
    /// Permission denied.
    PermissionDenied,
    /// `EntityNotExist.Role`: HTTP 403; retry: never; category: permission_denied.
    /// Entity not exist: role.
    EntityNotExistRole,
    /// `NoPermission`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The caller has no permission.
    NoPermission,
    /// `WrongEndpoint`: HTTP 403; retry: never; category: permission_denied.
    /// Wrong endpoint.
    WrongEndpoint,
    /// `InvalidParameter.Key`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: key.
    InvalidParameterKey,
    /// `InvalidParameter.Value`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: value.
    InvalidParameterValue,
    /// `MissingParameter.TagKeyValueParamList`: HTTP 404; retry: never; category: invalid_argument.
    /// A required parameter is missing: tag key value param list.
    MissingParameterTagKeyValueParamList,
    /// `MissingParameter.Key`: HTTP 404; retry: never; category: invalid_argument.
    /// A required parameter is missing: key.
    MissingParameterKey,
    /// `MissingParameter.Value`: HTTP 404; retry: never; category: invalid_argument.
    /// A required parameter is missing: value.
    MissingParameterValue,
    /// `MetaTagKeyHasValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Meta tag key has value.
    MetaTagKeyHasValue,
    /// `MetaTagKeyNotFound`: HTTP 403; retry: never; category: permission_denied.
    /// Meta tag key not found.
    MetaTagKeyNotFound,
    /// `InvalidParameter.AcceptLanguage`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: accept language.
    InvalidParameterAcceptLanguage,
    /// `GlobalAggregator.NotFount`: HTTP 400; retry: never; category: invalid_argument.
    /// Global aggregator: not fount.
    GlobalAggregatorNotFount,
    /// `TagPolicy.NotOpen`: HTTP 403; retry: never; category: permission_denied.
    /// Tag policy: not open.
    TagPolicyNotOpen,
    /// `TagPolicy.PendingEnable`: HTTP 403; retry: never; category: permission_denied.
    /// Tag policy: pending enable.
    TagPolicyPendingEnable,
    /// `FuzzyQuery.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Fuzzy query: not support.
    FuzzyQueryNotSupport,
    /// `Invalid.NextToken`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid: next token.
    InvalidNextToken,
    /// `InvalidParameter.Category`: HTTP 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: category.
    InvalidParameterCategory,
    /// `InvalidParameter.ResourceType`: HTTP 403, 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource type.
    InvalidParameterResourceType,
    /// `InvalidResourceARN.Account`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource ARN: account.
    InvalidResourceArnAccount,
    /// `InvalidResourceARN.FormatError`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource ARN: format error.
    InvalidResourceArnFormatError,
    /// `InvalidResourceARN.Region`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource ARN: region.
    InvalidResourceArnRegion,
    /// `InvalidParameter.TagKey`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag key.
    InvalidParameterTagKey,
    /// `InvalidParameter.Tags`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tags.
    InvalidParameterTags,
    /// `Duplicate.TagKey`: HTTP 403; retry: never; category: permission_denied.
    /// Duplicate: tag key.
    DuplicateTagKey,
    /// `MissingParameter.ResourceIds`: HTTP 403; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource ids.
    MissingParameterResourceIds,
    /// `NoPermission.SystemTag`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The caller has no permission: system tag.
    NoPermissionSystemTag,
    /// `NoPermissionKey.Category`: HTTP 403; retry: never; category: permission_denied.
    /// No permission key: category.
    NoPermissionKeyCategory,
    /// `NoPermissionKey.Operator`: HTTP 403; retry: never; category: permission_denied.
    /// No permission key: operator.
    NoPermissionKeyOperator,
    /// `NumberExceed.ResourceIds`: HTTP 403; retry: never; category: permission_denied.
    /// Number exceed: resource ids.
    NumberExceedResourceIds,
    /// `NumberExceed.Tags`: HTTP 403; retry: never; category: permission_denied.
    /// Number exceed: tags.
    NumberExceedTags,
    /// `QuotaExceed.TagsPerResource`: HTTP 403; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: tags per resource.
    QuotaExceedTagsPerResource,
    /// `InvalidParameter.TagValue`: HTTP 400, 403; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag value.
    InvalidParameterTagValue,
    /// `Missing.TagKey`: HTTP 404; retry: never; category: not_found.
    /// Missing: tag key.
    MissingTagKey,
    /// `MissingParameter.AliUid`: HTTP 404; retry: never; category: invalid_argument.
    /// A required parameter is missing: ali uid.
    MissingParameterAliUid,
    /// `MissingParameter.Bid`: HTTP 404; retry: never; category: invalid_argument.
    /// A required parameter is missing: bid.
    MissingParameterBid,
    /// `MissingParameter.RegionId`: HTTP 404; retry: never; category: invalid_argument.
    /// A required parameter is missing: region id.
    MissingParameterRegionId,
    /// `MissingParameter.RemoveNum`: HTTP 404; retry: never; category: invalid_argument.
    /// A required parameter is missing: remove num.
    MissingParameterRemoveNum,
    /// `MissingParameter.ResourceIdARN`: HTTP 404; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource id ARN.
    MissingParameterResourceIdArn,
    /// `MissingParameter.TagKey`: HTTP 404; retry: never; category: invalid_argument.
    /// A required parameter is missing: tag key.
    MissingParameterTagKey,
    /// `MissingParameter.Tags`: HTTP 404; retry: never; category: invalid_argument.
    /// A required parameter is missing: tags.
    MissingParameterTags,
    /// `NoMatch.RemoveNum`: HTTP 404; retry: never; category: not_found.
    /// No match: remove num.
    NoMatchRemoveNum,
    /// `CreatedByAlreadyOpen`: HTTP 400; retry: never; category: invalid_argument.
    /// Created by already open.
    CreatedByAlreadyOpen,
    /// `InvalidParameter.ServiceCode`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: service code.
    InvalidParameterServiceCode,
    /// `MissingParameter.Createby`: HTTP 403; retry: never; category: invalid_argument.
    /// A required parameter is missing: createby.
    MissingParameterCreateby,
    /// `Missing.ServiceCode`: HTTP 403; retry: never; category: permission_denied.
    /// Missing: service code.
    MissingServiceCode,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 48] = [
        "Throttling",
        "NoPermission.Operator",
        "PermissionDenied",
        "EntityNotExist.Role",
        "NoPermission",
        "WrongEndpoint",
        "InvalidParameter.Key",
        "InvalidParameter.Value",
        "MissingParameter.TagKeyValueParamList",
        "MissingParameter.Key",
        "MissingParameter.Value",
        "MetaTagKeyHasValue",
        "MetaTagKeyNotFound",
        "InvalidParameter.AcceptLanguage",
        "GlobalAggregator.NotFount",
        "TagPolicy.NotOpen",
        "TagPolicy.PendingEnable",
        "FuzzyQuery.NotSupport",
        "Invalid.NextToken",
        "InvalidParameter.Category",
        "InvalidParameter.ResourceType",
        "InvalidResourceARN.Account",
        "InvalidResourceARN.FormatError",
        "InvalidResourceARN.Region",
        "InvalidParameter.TagKey",
        "InvalidParameter.Tags",
        "Duplicate.TagKey",
        "MissingParameter.ResourceIds",
        "NoPermission.SystemTag",
        "NoPermissionKey.Category",
        "NoPermissionKey.Operator",
        "NumberExceed.ResourceIds",
        "NumberExceed.Tags",
        "QuotaExceed.TagsPerResource",
        "InvalidParameter.TagValue",
        "Missing.TagKey",
        "MissingParameter.AliUid",
        "MissingParameter.Bid",
        "MissingParameter.RegionId",
        "MissingParameter.RemoveNum",
        "MissingParameter.ResourceIdARN",
        "MissingParameter.TagKey",
        "MissingParameter.Tags",
        "NoMatch.RemoveNum",
        "CreatedByAlreadyOpen",
        "InvalidParameter.ServiceCode",
        "MissingParameter.Createby",
        "Missing.ServiceCode",
    ];
    static NAME_CODES: [u32; 4] = [21, 22, 23, 40];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InvalidResourceArnAccountInvalidResourceArnFormatErrorInvalidResourceArnRegionMissingParameterResourceIdArn",
        ends: &[0, 25, 54, 78, 107],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The request was throttled.The caller has no permission: operator.Permission denied.Entity not exist: role.The caller has no permission.Wrong endpoint.A parameter is invalid: key.A parameter is invalid: value.A required parameter is missing: tag key value param list.A required parameter is missing: key.A required parameter is missing: value.Meta tag key has value.Meta tag key not found.A parameter is invalid: accept language.Global aggregator: not fount.Tag policy: not open.Tag policy: pending enable.Fuzzy query: not support.Invalid: next token.A parameter is invalid: category.A parameter is invalid: resource type.Invalid resource ARN: account.Invalid resource ARN: format error.Invalid resource ARN: region.A parameter is invalid: tag key.A parameter is invalid: tags.Duplicate: tag key.A required parameter is missing: resource ids.The caller has no permission: system tag.No permission key: category.No permission key: operator.Number exceed: resource ids.Number exceed: tags.A quota was exceeded: tags per resource.A parameter is invalid: tag value.Missing: tag key.A required parameter is missing: ali uid.A required parameter is missing: bid.A required parameter is missing: region id.A required parameter is missing: remove num.A required parameter is missing: resource id ARN.A required parameter is missing: tag key.A required parameter is missing: tags.No match: remove num.Created by already open.A parameter is invalid: service code.A required parameter is missing: createby.Missing: service code.",
        ends: &[
            0, 26, 65, 83, 106, 135, 150, 178, 208, 266, 303, 342, 365, 388, 428, 457,
            478, 505, 530, 550, 583, 621, 651, 686, 715, 747, 776, 795, 841, 882, 910,
            938, 966, 986, 1026, 1060, 1077, 1118, 1155, 1198, 1242, 1291, 1332, 1370,
            1391, 1415, 1452, 1494, 1516,
        ],
    };
    static STATUSES: [u16; 51] = [
        400, 403, 403, 403, 403, 403, 403, 403, 404, 404, 404, 400, 403, 403, 400, 403,
        403, 400, 403, 403, 403, 400, 400, 400, 400, 400, 403, 400, 403, 403, 403, 403,
        403, 403, 403, 403, 400, 403, 404, 404, 404, 404, 404, 404, 404, 404, 404, 400,
        400, 403, 403,
    ];
    static STATUS_ENDS: [u32; 49] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 23,
        24, 25, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 38, 39, 40, 41, 42, 43, 44, 45,
        46, 47, 48, 49, 50, 51,
    ];
    static RETRY: [::cloud_errors::Retry; 48] = ::cloud_errors::__private::retry_column(
        b"bcaacaaaaaaaaaaaaaaaaaaaaaaacaaaacaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 48] = ::cloud_errors::__private::category_column(
        b"hgggggccccccgccggcgcccccccgcggggghcecccccccecccg",
    );
    static PILOTS: [u16; 12] = [53, 0, 26, 3, 8, 2, 21, 13, 130, 14, 0, 87];
    static SLOTS: [(&str, u32); 53] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            28, 26, 14, 6, 4294967295, 41, 4294967295, 30, 7, 1, 21, 34, 0, 4294967295,
            4294967295, 4, 25, 2, 23, 32, 36, 40, 15, 27, 31, 4294967295, 18, 9, 5, 38,
            13, 43, 46, 11, 17, 8, 24, 45, 33, 29, 22, 20, 35, 39, 37, 19, 12, 42, 44, 3,
            47, 10, 16,
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
    const PROVIDER: &'static str = "Alibaba Cloud Tag";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Tag's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Tag: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
