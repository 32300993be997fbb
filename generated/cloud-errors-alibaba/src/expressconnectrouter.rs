// @generated from catalogs/alibaba/expressconnectrouter.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud ExpressConnectRouter: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud ExpressConnectRouter: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `IncorrectStatus.Ecr`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: ecr.
    IncorrectStatusEcr,
    /// `IncorrectStatus.EcrAssociation`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The resource is not in a state that allows this: ecr association.
    IncorrectStatusEcrAssociation,
    /// `OperationDenied.ForceDeleting`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: force deleting.
    OperationDeniedForceDeleting,
    /// `OperationDenied.CrossAccountDisassociating`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: cross account disassociating.
    OperationDeniedCrossAccountDisassociating,
    /// `OperationDenied.EcrAttachmentExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: ecr attachment existed.
    OperationDeniedEcrAttachmentExisted,
    /// `OperationDenied.VbrDoesNotSupportMpbgp`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: vbr does not support mpbgp.
    OperationDeniedVbrDoesNotSupportMpbgp,
    /// `OperationFailed.RejectedByCenYaochi`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: rejected by cen yaochi.
    OperationFailedRejectedByCenYaochi,
    /// `OperationFailed.RejectedByEcYaochi`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: rejected by ec yaochi.
    OperationFailedRejectedByEcYaochi,
    /// `OperationFailed.RejectedByVpcYaochi`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: rejected by vpc yaochi.
    OperationFailedRejectedByVpcYaochi,
    /// `UnsupportedRegion`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported region.
    UnsupportedRegion,
    /// `Conflict.Lock`: HTTP 400; retry: never; category: invalid_argument.
    /// Conflict: lock.
    ConflictLock,
    /// `Conflict.ASNOfVBR`: HTTP 400; retry: never; category: invalid_argument.
    /// Conflict: ASN of VBR.
    ConflictAsnOfVbr,
    /// `OperationDenied.VbrHasRouteEntryInMiddleStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: vbr has route entry in middle status.
    OperationDeniedVbrHasRouteEntryInMiddleStatus,
    /// `OperationDenied.VbrHasBgpGroupInMiddleStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: vbr has bgp group in middle status.
    OperationDeniedVbrHasBgpGroupInMiddleStatus,
    /// `ResourceNotFound.EcrId`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: ecr id.
    ResourceNotFoundEcrId,
    /// `ResourceNotFound.AssociationId`: HTTP 404; retry: never; category: not_found.
    /// Resource not found: association id.
    ResourceNotFoundAssociationId,
    /// `OperationFailed.UserNotInWhiteList`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: user not in white list.
    OperationFailedUserNotInWhiteList,
    /// `QuotaExceeded.EcrCountPerUser`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: ecr count per user.
    QuotaExceededEcrCountPerUser,
    /// `Conflict.ASNOfECR`: HTTP 400; retry: never; category: invalid_argument.
    /// Conflict: ASN of ECR.
    ConflictAsnOfEcr,
    /// `IllegalParam.AlibabaSideAsn`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: alibaba side asn.
    IllegalParamAlibabaSideAsn,
    /// `QuotaExceeded.VpcCountPerEcr`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: vpc count per ecr.
    QuotaExceededVpcCountPerEcr,
    /// `QuotaExceeded.TrCountPerEcr`: HTTP 400; retry: after_fix; category: resource_exhausted.
    /// A quota was exceeded: tr count per ecr.
    QuotaExceededTrCountPerEcr,
    /// `IllegalParamFormat.AllowedPrefixes`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal param format: allowed prefixes.
    IllegalParamFormatAllowedPrefixes,
    /// `OperationDenied.NotGrantedByNodeOwner`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: not granted by node owner.
    OperationDeniedNotGrantedByNodeOwner,
    /// `OperationFailed.CdtNotOpened`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: cdt not opened.
    OperationFailedCdtNotOpened,
    /// `OperationFailed.CdtCrossBoarderNotOpened`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: cdt cross boarder not opened.
    OperationFailedCdtCrossBoarderNotOpened,
    /// `OperationFailed.CrossBorderNotAllowed`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: cross border not allowed.
    OperationFailedCrossBorderNotAllowed,
    /// `ResourceNotFound.CenId`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: cen id.
    ResourceNotFoundCenId,
    /// `ResourceNotFound.TrId`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: tr id.
    ResourceNotFoundTrId,
    /// `IllegalParamFormat.CenId`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal param format: cen id.
    IllegalParamFormatCenId,
    /// `OperationDenied.CrossBidAssociating`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: cross bid associating.
    OperationDeniedCrossBidAssociating,
    /// `ExclusiveParam.TransitRouterIdAndVpcId`: HTTP 400; retry: never; category: invalid_argument.
    /// Exclusive param: transit router id and vpc id.
    ExclusiveParamTransitRouterIdAndVpcId,
    /// `IllegalParamSize.AllowedPrefixes`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal param size: allowed prefixes.
    IllegalParamSizeAllowedPrefixes,
    /// `OperationDenied.CrossAccountAttaching`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: cross account attaching.
    OperationDeniedCrossAccountAttaching,
    /// `OperationDenied.AttachmentInCurrentRegionExisted`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: attachment in current region existed.
    OperationDeniedAttachmentInCurrentRegionExisted,
    /// `OperationFailed.CallingVpcYaochi`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: calling vpc yaochi.
    OperationFailedCallingVpcYaochi,
    /// `ResourceInUse.Ecr`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in use: ecr.
    ResourceInUseEcr,
    /// `OperationFailed.UsedInRouteEntryNextHop`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: used in route entry next hop.
    OperationFailedUsedInRouteEntryNextHop,
    /// `ResourceNotFound.InstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: instance id.
    ResourceNotFoundInstanceId,
    /// `OperationFailed.CallingEcYaochi`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation failed: calling ec yaochi.
    OperationFailedCallingEcYaochi,
    /// `IllegalParamFormat.DestinationCidrBlock`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal param format: destination cidr block.
    IllegalParamFormatDestinationCidrBlock,
    /// `ResourceNotFound.NexthopInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: nexthop instance id.
    ResourceNotFoundNexthopInstanceId,
    /// `ResourceInCreating.NexthopInstanceId`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource in creating: nexthop instance id.
    ResourceInCreatingNexthopInstanceId,
    /// `IllegalParam.EcrOwnerAliUid`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: ecr owner ali uid.
    IllegalParamEcrOwnerAliUid,
    /// `IllegalParam.RegionId`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: region id.
    IllegalParamRegionId,
    /// `IllegalParam.TransitMode`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is not allowed: transit mode.
    IllegalParamTransitMode,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 46] = [
        "IncorrectStatus.Ecr",
        "IncorrectStatus.EcrAssociation",
        "OperationDenied.ForceDeleting",
        "OperationDenied.CrossAccountDisassociating",
        "OperationDenied.EcrAttachmentExisted",
        "OperationDenied.VbrDoesNotSupportMpbgp",
        "OperationFailed.RejectedByCenYaochi",
        "OperationFailed.RejectedByEcYaochi",
        "OperationFailed.RejectedByVpcYaochi",
        "UnsupportedRegion",
        "Conflict.Lock",
        "Conflict.ASNOfVBR",
        "OperationDenied.VbrHasRouteEntryInMiddleStatus",
        "OperationDenied.VbrHasBgpGroupInMiddleStatus",
        "ResourceNotFound.EcrId",
        "ResourceNotFound.AssociationId",
        "OperationFailed.UserNotInWhiteList",
        "QuotaExceeded.EcrCountPerUser",
        "Conflict.ASNOfECR",
        "IllegalParam.AlibabaSideAsn",
        "QuotaExceeded.VpcCountPerEcr",
        "QuotaExceeded.TrCountPerEcr",
        "IllegalParamFormat.AllowedPrefixes",
        "OperationDenied.NotGrantedByNodeOwner",
        "OperationFailed.CdtNotOpened",
        "OperationFailed.CdtCrossBoarderNotOpened",
        "OperationFailed.CrossBorderNotAllowed",
        "ResourceNotFound.CenId",
        "ResourceNotFound.TrId",
        "IllegalParamFormat.CenId",
        "OperationDenied.CrossBidAssociating",
        "ExclusiveParam.TransitRouterIdAndVpcId",
        "IllegalParamSize.AllowedPrefixes",
        "OperationDenied.CrossAccountAttaching",
        "OperationDenied.AttachmentInCurrentRegionExisted",
        "OperationFailed.CallingVpcYaochi",
        "ResourceInUse.Ecr",
        "OperationFailed.UsedInRouteEntryNextHop",
        "ResourceNotFound.InstanceId",
        "OperationFailed.CallingEcYaochi",
        "IllegalParamFormat.DestinationCidrBlock",
        "ResourceNotFound.NexthopInstanceId",
        "ResourceInCreating.NexthopInstanceId",
        "IllegalParam.EcrOwnerAliUid",
        "IllegalParam.RegionId",
        "IllegalParam.TransitMode",
    ];
    static NAME_CODES: [u32; 2] = [11, 18];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "ConflictAsnOfVbrConflictAsnOfEcr",
        ends: &[0, 16, 32],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The resource is not in a state that allows this: ecr.The resource is not in a state that allows this: ecr association.Operation denied: force deleting.Operation denied: cross account disassociating.Operation denied: ecr attachment existed.Operation denied: vbr does not support mpbgp.Operation failed: rejected by cen yaochi.Operation failed: rejected by ec yaochi.Operation failed: rejected by vpc yaochi.Unsupported region.Conflict: lock.Conflict: ASN of VBR.Operation denied: vbr has route entry in middle status.Operation denied: vbr has bgp group in middle status.Resource not found: ecr id.Resource not found: association id.Operation failed: user not in white list.A quota was exceeded: ecr count per user.Conflict: ASN of ECR.A parameter is not allowed: alibaba side asn.A quota was exceeded: vpc count per ecr.A quota was exceeded: tr count per ecr.Illegal param format: allowed prefixes.Operation denied: not granted by node owner.Operation failed: cdt not opened.Operation failed: cdt cross boarder not opened.Operation failed: cross border not allowed.Resource not found: cen id.Resource not found: tr id.Illegal param format: cen id.Operation denied: cross bid associating.Exclusive param: transit router id and vpc id.Illegal param size: allowed prefixes.Operation denied: cross account attaching.Operation denied: attachment in current region existed.Operation failed: calling vpc yaochi.Resource in use: ecr.Operation failed: used in route entry next hop.Resource not found: instance id.Operation failed: calling ec yaochi.Illegal param format: destination cidr block.Resource not found: nexthop instance id.Resource in creating: nexthop instance id.A parameter is not allowed: ecr owner ali uid.A parameter is not allowed: region id.A parameter is not allowed: transit mode.",
        ends: &[
            0, 53, 118, 151, 198, 239, 284, 325, 365, 406, 425, 440, 461, 516, 569, 596,
            631, 672, 713, 734, 779, 819, 858, 897, 941, 974, 1021, 1064, 1091, 1117,
            1146, 1186, 1232, 1269, 1311, 1366, 1403, 1424, 1471, 1503, 1539, 1584, 1624,
            1666, 1712, 1750, 1791,
        ],
    };
    static STATUSES: [u16; 46] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 404,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 47] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46,
    ];
    static RETRY: [::cloud_errors::Retry; 46] = ::cloud_errors::__private::retry_column(
        b"ccaaaaaaaaaaaaaaacaaccaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 46] = ::cloud_errors::__private::category_column(
        b"iicccccccccccceechcchhcccccccccccccccccccccccc",
    );
    static PILOTS: [u16; 12] = [5, 9, 1, 0, 11, 2, 26, 4, 2, 9, 0, 16];
    static SLOTS: [(&str, u32); 51] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 33, 15, 20, 22, 29, 45, 8, 10, 30, 17, 37, 36, 42, 39, 26, 13,
            40, 4294967295, 5, 35, 31, 1, 4294967295, 4, 43, 3, 24, 21, 14, 6, 32, 25, 7,
            34, 11, 2, 44, 27, 38, 23, 4294967295, 28, 41, 16, 0, 4294967295, 9, 12, 18,
            19,
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
    const PROVIDER: &'static str = "Alibaba Cloud ExpressConnectRouter";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud ExpressConnectRouter's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud ExpressConnectRouter: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
