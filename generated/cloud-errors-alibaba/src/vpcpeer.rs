// @generated from catalogs/alibaba/vpcpeer.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud VpcPeer: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud VpcPeer: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ResourceNotFound.InstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: instance id.
    ResourceNotFoundInstanceId,
    /// `IncorrectStatus.VpcPeer`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: vpc peer.
    IncorrectStatusVpcPeer,
    /// `OperationFailed.CdtNotOpened`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: cdt not opened.
    OperationFailedCdtNotOpened,
    /// `IncorrectBusinessStatus.VpcPeer`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect business status: vpc peer.
    IncorrectBusinessStatusVpcPeer,
    /// `OperationFailed.NotExist.ResourceGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: not exist, resource group.
    OperationFailedNotExistResourceGroup,
    /// `OperationFailed.CrossBorderCdtNotOpened`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: cross border cdt not opened.
    OperationFailedCrossBorderCdtNotOpened,
    /// `IncorrectStatus.Vpc`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: vpc.
    IncorrectStatusVpc,
    /// `IncorrectStatus.AcceptingVpc`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: accepting vpc.
    IncorrectStatusAcceptingVpc,
    /// `ResourceAlreadyExist.RouterInterface`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already exist: router interface.
    ResourceAlreadyExistRouterInterface,
    /// `ResourceAlreadyExist.VpcPeer`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource already exist: vpc peer.
    ResourceAlreadyExistVpcPeer,
    /// `OperationDenied.CloudBoxExistsInVpc`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: cloud box exists in vpc.
    OperationDeniedCloudBoxExistsInVpc,
    /// `OperationDenied.CloudBoxExistsInAcceptingVpc`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: cloud box exists in accepting vpc.
    OperationDeniedCloudBoxExistsInAcceptingVpc,
    /// `QuotaExceeded.VpcPeerCountPerVpc`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: vpc peer count per vpc.
    QuotaExceededVpcPeerCountPerVpc,
    /// `UnsupportedRegion`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported region.
    UnsupportedRegion,
    /// `QuotaExceeded.VpcPeerCountPerUserPerRegion`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: vpc peer count per user per region.
    QuotaExceededVpcPeerCountPerUserPerRegion,
    /// `OperationFailed.AcceptUserCdtNotOpened`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: accept user cdt not opened.
    OperationFailedAcceptUserCdtNotOpened,
    /// `OperationFailed.AcceptUserCrossBorderCdtNotOpened`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: accept user cross border cdt not opened.
    OperationFailedAcceptUserCrossBorderCdtNotOpened,
    /// `IncorrectBusinessStatus.AcceptUserVpcPeer`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect business status: accept user vpc peer.
    IncorrectBusinessStatusAcceptUserVpcPeer,
    /// `OperationFailed.ViolativeVpcPeer`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: violative vpc peer.
    OperationFailedViolativeVpcPeer,
    /// `QuotaExceeded.CrossRegionVpcPeerCountPerVpc`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: cross region vpc peer count per vpc.
    QuotaExceededCrossRegionVpcPeerCountPerVpc,
    /// `QuotaExceeded.IntraRegionVpcPeerCountPerVpc`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: intra region vpc peer count per vpc.
    QuotaExceededIntraRegionVpcPeerCountPerVpc,
    /// `OperationDenied.RouteEntryExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: route entry exist.
    OperationDeniedRouteEntryExist,
    /// `InvalidTagKey`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag key.
    InvalidTagKey,
    /// `NumberExceed.Tags`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: tags.
    NumberExceedTags,
    /// `NumberExceed.ResourceIds`: HTTP 400; retry: never; category: invalid_argument.
    /// Number exceed: resource ids.
    NumberExceedResourceIds,
    /// `Forbidden.TagKeys`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: tag keys.
    ForbiddenTagKeys,
    /// `Forbidden.TagKey.Duplicated`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: tag key, duplicated.
    ForbiddenTagKeyDuplicated,
    /// `InvalidInstanceIds.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance ids: not found.
    InvalidInstanceIdsNotFound,
    /// `InvalidInstanceType.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance type: not found.
    InvalidInstanceTypeNotFound,
    /// `BothEmpty.TagsAndResources`: HTTP 400; retry: never; category: invalid_argument.
    /// Both empty: tags and resources.
    BothEmptyTagsAndResources,
    /// `OperationFailed.BandwidthCannotBeChangedInSameRegion`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: bandwidth cannot be changed in same region.
    OperationFailedBandwidthCannotBeChangedInSameRegion,
    /// `QuotaExceeded.Bandwidth`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: bandwidth.
    QuotaExceededBandwidth,
    /// `ResourceNotFound.VpcPeer`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: vpc peer.
    ResourceNotFoundVpcPeer,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 33] = [
        "ResourceNotFound.InstanceId",
        "IncorrectStatus.VpcPeer",
        "OperationFailed.CdtNotOpened",
        "IncorrectBusinessStatus.VpcPeer",
        "OperationFailed.NotExist.ResourceGroup",
        "OperationFailed.CrossBorderCdtNotOpened",
        "IncorrectStatus.Vpc",
        "IncorrectStatus.AcceptingVpc",
        "ResourceAlreadyExist.RouterInterface",
        "ResourceAlreadyExist.VpcPeer",
        "OperationDenied.CloudBoxExistsInVpc",
        "OperationDenied.CloudBoxExistsInAcceptingVpc",
        "QuotaExceeded.VpcPeerCountPerVpc",
        "UnsupportedRegion",
        "QuotaExceeded.VpcPeerCountPerUserPerRegion",
        "OperationFailed.AcceptUserCdtNotOpened",
        "OperationFailed.AcceptUserCrossBorderCdtNotOpened",
        "IncorrectBusinessStatus.AcceptUserVpcPeer",
        "OperationFailed.ViolativeVpcPeer",
        "QuotaExceeded.CrossRegionVpcPeerCountPerVpc",
        "QuotaExceeded.IntraRegionVpcPeerCountPerVpc",
        "OperationDenied.RouteEntryExist",
        "InvalidTagKey",
        "NumberExceed.Tags",
        "NumberExceed.ResourceIds",
        "Forbidden.TagKeys",
        "Forbidden.TagKey.Duplicated",
        "InvalidInstanceIds.NotFound",
        "InvalidInstanceType.NotFound",
        "BothEmpty.TagsAndResources",
        "OperationFailed.BandwidthCannotBeChangedInSameRegion",
        "QuotaExceeded.Bandwidth",
        "ResourceNotFound.VpcPeer",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Resource not found: instance id.The resource is not in a state that allows this: vpc peer.Operation failed: cdt not opened.Incorrect business status: vpc peer.Operation failed: not exist, resource group.Operation failed: cross border cdt not opened.The resource is not in a state that allows this: vpc.The resource is not in a state that allows this: accepting vpc.Resource already exist: router interface.Resource already exist: vpc peer.Operation denied: cloud box exists in vpc.Operation denied: cloud box exists in accepting vpc.A quota was exceeded: vpc peer count per vpc.Unsupported region.A quota was exceeded: vpc peer count per user per region.Operation failed: accept user cdt not opened.Operation failed: accept user cross border cdt not opened.Incorrect business status: accept user vpc peer.Operation failed: violative vpc peer.A quota was exceeded: cross region vpc peer count per vpc.A quota was exceeded: intra region vpc peer count per vpc.Operation denied: route entry exist.Invalid tag key.Number exceed: tags.Number exceed: resource ids.The request is forbidden: tag keys.The request is forbidden: tag key, duplicated.Invalid instance ids: not found.Invalid instance type: not found.Both empty: tags and resources.Operation failed: bandwidth cannot be changed in same region.A quota was exceeded: bandwidth.Resource not found: vpc peer.",
        ends: &[
            0, 32, 90, 123, 159, 203, 249, 302, 365, 406, 439, 481, 533, 578, 597, 654,
            699, 757, 805, 842, 900, 958, 994, 1010, 1030, 1058, 1093, 1139, 1171, 1204,
            1235, 1296, 1328, 1357,
        ],
    };
    static STATUSES: [u16; 33] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400,
    ];
    static STATUS_ENDS: [u32; 34] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33,
    ];
    static RETRY: [::cloud_errors::Retry; 33] = ::cloud_errors::__private::retry_column(
        b"acaaaaccaaaacacaaaaccaaaaccaaaaca",
    );
    static CATEGORY: [::cloud_errors::Category; 33] = ::cloud_errors::__private::category_column(
        b"cicccciicccchchcccchhccccggcccchc",
    );
    static PILOTS: [u16; 9] = [6, 0, 2, 9, 6, 15, 4, 20, 64];
    static SLOTS: [(&str, u32); 36] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            24, 11, 28, 8, 29, 0, 23, 27, 15, 31, 12, 30, 22, 14, 13, 4294967295,
            4294967295, 21, 25, 4294967295, 32, 26, 20, 9, 6, 7, 10, 16, 1, 17, 18, 4, 3,
            19, 5, 2,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
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
    const PROVIDER: &'static str = "Alibaba Cloud VpcPeer";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud VpcPeer's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud VpcPeer: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
