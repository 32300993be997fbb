// @generated from catalogs/alibaba/cddc.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud cddc: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud cddc: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidParameter`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `COMMODITY.INVALID_COMPONENT`: HTTP 400; retry: never; category: invalid_argument.
    /// COMMODITY: INVALID COMPONENT.
    CommodityInvalidComponent,
    /// `InvalidAccountPassword.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid account password: format.
    InvalidAccountPasswordFormat,
    /// `InsufficientResourceCapacity`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient resource capacity.
    InsufficientResourceCapacity,
    /// `InvalidAction.NotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid action: not support.
    InvalidActionNotSupport,
    /// `HostInfo.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Host info: not found.
    HostInfoNotFound,
    /// `Permission.NotSupport`: HTTP 403; retry: never; category: permission_denied.
    /// Permission: not support.
    PermissionNotSupport,
    /// `ClustersTemplateNotFound`: HTTP 404; retry: never; category: not_found.
    /// Clusters template not found.
    ClustersTemplateNotFound,
    /// `InvalidAccountName.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid account name: not found.
    InvalidAccountNameNotFound,
    /// `Host.Exist`: HTTP 400; retry: never; category: invalid_argument.
    /// Host: exist.
    HostExist,
    /// `Custins.Exist`: HTTP 400; retry: never; category: invalid_argument.
    /// Custins: exist.
    CustinsExist,
    /// `InvalidDedicatedHostGroup.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid dedicated host group: not found.
    InvalidDedicatedHostGroupNotFound,
    /// `InvalidUserId.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid user id: not support.
    InvalidUserIdNotSupport,
    /// `Forbidden.RAM`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: RAM.
    ForbiddenRam,
    /// `Tag.InvalidTagsParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag: invalid tags parameter.
    TagInvalidTagsParameter,
    /// `InvalidAction`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid action.
    InvalidAction,
    /// `InvalidInstance`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid instance.
    InvalidInstance,
    /// `MissingResourceType`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing resource type.
    MissingResourceType,
    /// `MissParameter.TagOrResourceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss parameter: tag or resource id.
    MissParameterTagOrResourceId,
    /// `InvalidParameter.TagValue`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag value.
    InvalidParameterTagValue,
    /// `InvalidParameter.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: tag key.
    InvalidParameterTagKey,
    /// `NumberExceed.ResourceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: resource ids.
    NumberExceedResourceIds,
    /// `InvalidTagValue.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag value: malformed.
    InvalidTagValueMalformed,
    /// `InvalidDedicatedHostId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid dedicated host id: not found.
    InvalidDedicatedHostIdNotFound,
    /// `InvalidParameter.ResourceType`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource type.
    InvalidParameterResourceType,
    /// `NumberExceed.Tags`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: tags.
    NumberExceedTags,
    /// `MissingParameter.ResourceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing: resource ids.
    MissingParameterResourceIds,
    /// `Duplicate.TagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicate: tag key.
    DuplicateTagKey,
    /// `InvalidTagKey.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag key: malformed.
    InvalidTagKeyMalformed,
    /// `ParamTypeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Param type exception.
    ParamTypeException,
    /// `InvalidDBInstance.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid DB instance: not found.
    InvalidDbInstanceNotFound,
    /// `InvalidDedicatedHostId_NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid dedicated host id not found.
    InvalidDedicatedHostIdNotFound2,
    /// `OperationDenied.QuotaExceed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: quota exceed.
    OperationDeniedQuotaExceed,
    /// `NoPermission.SystemTag`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission: system tag.
    NoPermissionSystemTag,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 34] = [
        "InvalidParameter",
        "COMMODITY.INVALID_COMPONENT",
        "InvalidAccountPassword.Format",
        "InsufficientResourceCapacity",
        "InvalidAction.NotSupport",
        "HostInfo.NotFound",
        "Permission.NotSupport",
        "ClustersTemplateNotFound",
        "InvalidAccountName.NotFound",
        "Host.Exist",
        "Custins.Exist",
        "InvalidDedicatedHostGroup.NotFound",
        "InvalidUserId.NotSupport",
        "Forbidden.RAM",
        "Tag.InvalidTagsParameter",
        "InvalidAction",
        "InvalidInstance",
        "MissingResourceType",
        "MissParameter.TagOrResourceId",
        "InvalidParameter.TagValue",
        "InvalidParameter.TagKey",
        "NumberExceed.ResourceIds",
        "InvalidTagValue.Malformed",
        "InvalidDedicatedHostId.NotFound",
        "InvalidParameter.ResourceType",
        "NumberExceed.Tags",
        "MissingParameter.ResourceIds",
        "Duplicate.TagKey",
        "InvalidTagKey.Malformed",
        "ParamTypeException",
        "InvalidDBInstance.NotFound",
        "InvalidDedicatedHostId_NotFound",
        "OperationDenied.QuotaExceed",
        "NoPermission.SystemTag",
    ];
    static NAME_CODES: [u32; 4] = [1, 13, 30, 31];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "CommodityInvalidComponentForbiddenRamInvalidDbInstanceNotFoundInvalidDedicatedHostIdNotFound2",
        ends: &[0, 25, 37, 62, 93],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "A parameter is invalid.COMMODITY: INVALID COMPONENT.Invalid account password: format.Insufficient resource capacity.Invalid action: not support.Host info: not found.Permission: not support.Clusters template not found.Invalid account name: not found.Host: exist.Custins: exist.Invalid dedicated host group: not found.Invalid user id: not support.The request is forbidden: RAM.Tag: invalid tags parameter.Invalid action.Invalid instance.Missing resource type.Miss parameter: tag or resource id.A parameter is invalid: tag value.A parameter is invalid: tag key.Number exceed: resource ids.Invalid tag value: malformed.Invalid dedicated host id: not found.A parameter is invalid: resource type.Number exceed: tags.A required parameter is missing: resource ids.Duplicate: tag key.Invalid tag key: malformed.Param type exception.Invalid DB instance: not found.Invalid dedicated host id not found.Operation denied: quota exceed.The caller has no permission: system tag.",
        ends: &[
            0, 23, 52, 85, 116, 144, 165, 189, 217, 249, 261, 276, 316, 345, 375, 403,
            418, 435, 457, 492, 526, 558, 586, 615, 652, 690, 710, 756, 775, 802, 823,
            854, 890, 921, 962,
        ],
    };
    static STATUSES: [u16; 35] = [
        400, 404, 400, 400, 400, 403, 404, 403, 404, 404, 400, 400, 404, 400, 403, 400,
        400, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404,
        404, 400, 400,
    ];
    static STATUS_ENDS: [u32; 35] = [
        0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
    ];
    static RETRY: [::cloud_errors::Retry; 34] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaacaaaaaaaaaaaaaaaaaaac",
    );
    static CATEGORY: [::cloud_errors::Category; 34] = ::cloud_errors::__private::category_column(
        b"ccccgegeeccecgccgccccccccccccceecg",
    );
    static PILOTS: [u16; 9] = [1, 0, 141, 53, 53, 12, 64, 6, 334];
    static SLOTS: [(&str, u32); 37] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 11, 6, 4294967295, 17, 16, 21, 3, 20, 28, 1, 14, 25, 32, 9, 24,
            22, 19, 8, 13, 7, 12, 4294967295, 10, 5, 30, 15, 26, 33, 0, 31, 18, 2, 4, 27,
            23, 29,
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
    const PROVIDER: &'static str = "Alibaba Cloud cddc";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud cddc's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud cddc: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
