// @generated from catalogs/tencent/cvm.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CVM: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CVM: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccountQualificationRestrictions`: no documented HTTP status; retry: never; category: unknown.
    /// Account qualification restrictions.
    AccountQualificationRestrictions,
    /// `AuthFailure.CamRoleNameAuthenticateFailed`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: cam role name authenticate failed.
    AuthFailureCamRoleNameAuthenticateFailed,
    /// `EniNotAllowedChangeSubnet`: no documented HTTP status; retry: never; category: unknown.
    /// Eni not allowed change subnet.
    EniNotAllowedChangeSubnet,
    /// `FailedOperation.AccountAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: account already exists.
    FailedOperationAccountAlreadyExists,
    /// `FailedOperation.AccountIsYourSelf`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: account is your self.
    FailedOperationAccountIsYourSelf,
    /// `FailedOperation.AlreadyInDisasterRecoverGroup`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: already in disaster recover group.
    FailedOperationAlreadyInDisasterRecoverGroup,
    /// `FailedOperation.BYOLImageShareFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: BYOL image share failed.
    FailedOperationByolImageShareFailed,
    /// `FailedOperation.DisassociateKeyPairFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: disassociate key pair failed.
    FailedOperationDisassociateKeyPairFailed,
    /// `FailedOperation.DisasterRecoverGroupNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: disaster recover group not found.
    FailedOperationDisasterRecoverGroupNotFound,
    /// `FailedOperation.DisasterRecoverGroupNotMatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: disaster recover group not match.
    FailedOperationDisasterRecoverGroupNotMatch,
    /// `FailedOperation.GetInstanceTATAgentStatusFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get instance TAT agent status failed.
    FailedOperationGetInstanceTatAgentStatusFailed,
    /// `FailedOperation.IllegalTagKey`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: illegal tag key.
    FailedOperationIllegalTagKey,
    /// `FailedOperation.IllegalTagValue`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: illegal tag value.
    FailedOperationIllegalTagValue,
    /// `FailedOperation.InquiryPriceFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: inquiry price failed.
    FailedOperationInquiryPriceFailed,
    /// `FailedOperation.InquiryRefundPriceFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: inquiry refund price failed.
    FailedOperationInquiryRefundPriceFailed,
    /// `FailedOperation.InvalidImageState`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid image state.
    FailedOperationInvalidImageState,
    /// `FailedOperation.InvalidInstanceApplicationRole`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid instance application role.
    FailedOperationInvalidInstanceApplicationRole,
    /// `FailedOperation.InvalidInstanceApplicationRoleEmr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid instance application role emr.
    FailedOperationInvalidInstanceApplicationRoleEmr,
    /// `FailedOperation.MutActionTimerExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: mut action timer exist.
    FailedOperationMutActionTimerExist,
    /// `FailedOperation.NoAvailableIpAddressCountInSubnet`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no available ip address count in subnet.
    FailedOperationNoAvailableIpAddressCountInSubnet,
    /// `FailedOperation.NotFoundEIP`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not found EIP.
    FailedOperationNotFoundEip,
    /// `FailedOperation.NotMasterAccount`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not master account.
    FailedOperationNotMasterAccount,
    /// `FailedOperation.PlacementSetNotEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: placement set not empty.
    FailedOperationPlacementSetNotEmpty,
    /// `FailedOperation.PromotionalPerioRestriction`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: promotional perio restriction.
    FailedOperationPromotionalPerioRestriction,
    /// `FailedOperation.PromotionalRegionRestriction`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: promotional region restriction.
    FailedOperationPromotionalRegionRestriction,
    /// `FailedOperation.QImageShareFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: q image share failed.
    FailedOperationQImageShareFailed,
    /// `FailedOperation.RImageShareFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: r image share failed.
    FailedOperationRImageShareFailed,
    /// `FailedOperation.SecurityGroupActionFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: security group action failed.
    FailedOperationSecurityGroupActionFailed,
    /// `FailedOperation.SnapshotSizeLargerThanDataSize`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: snapshot size larger than data size.
    FailedOperationSnapshotSizeLargerThanDataSize,
    /// `FailedOperation.SnapshotSizeLessThanDataSize`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: snapshot size less than data size.
    FailedOperationSnapshotSizeLessThanDataSize,
    /// `FailedOperation.TagKeyReserved`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tag key reserved.
    FailedOperationTagKeyReserved,
    /// `FailedOperation.TatAgentNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tat agent not support.
    FailedOperationTatAgentNotSupport,
    /// `FailedOperation.Unreturnable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unreturnable.
    FailedOperationUnreturnable,
    /// `FailedOperation.ZoneInconsistent`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: zone inconsistent.
    FailedOperationZoneInconsistent,
    /// `ImageQuotaLimitExceeded`: no documented HTTP status; retry: never; category: unknown.
    /// Image quota limit exceeded.
    ImageQuotaLimitExceeded,
    /// `InstancesQuotaLimitExceeded`: no documented HTTP status; retry: never; category: unknown.
    /// Instances quota limit exceeded.
    InstancesQuotaLimitExceeded,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.TradeUnknownError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: trade unknown error.
    InternalErrorTradeUnknownError,
    /// `InternalServerError`: no documented HTTP status; retry: never; category: unknown.
    /// Internal server error.
    InternalServerError,
    /// `InvalidAccount.InsufficientBalance`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid account: insufficient balance.
    InvalidAccountInsufficientBalance,
    /// `InvalidAccount.UnpaidOrder`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid account: unpaid order.
    InvalidAccountUnpaidOrder,
    /// `InvalidAccountId.NotFound`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid account id: not found.
    InvalidAccountIdNotFound,
    /// `InvalidAccountIs.YourSelf`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid account is: your self.
    InvalidAccountIsYourSelf,
    /// `InvalidClientToken.TooLong`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid client token: too long.
    InvalidClientTokenTooLong,
    /// `InvalidFilter`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid filter.
    InvalidFilter,
    /// `InvalidFilterValue.LimitExceeded`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid filter value: limit exceeded.
    InvalidFilterValueLimitExceeded,
    /// `InvalidHost.NotSupported`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid host: not supported.
    InvalidHostNotSupported,
    /// `InvalidHostId.Malformed`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid host id: malformed.
    InvalidHostIdMalformed,
    /// `InvalidHostId.NotFound`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid host id: not found.
    InvalidHostIdNotFound,
    /// `InvalidImageId.InShared`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid image id: in shared.
    InvalidImageIdInShared,
    /// `InvalidImageId.IncorrectState`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid image id: incorrect state.
    InvalidImageIdIncorrectState,
    /// `InvalidImageId.Malformed`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid image id: malformed.
    InvalidImageIdMalformed,
    /// `InvalidImageId.NotFound`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid image id: not found.
    InvalidImageIdNotFound,
    /// `InvalidImageId.TooLarge`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid image id: too large.
    InvalidImageIdTooLarge,
    /// `InvalidImageName.Duplicate`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid image name: duplicate.
    InvalidImageNameDuplicate,
    /// `InvalidImageOsType.Unsupported`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid image os type: unsupported.
    InvalidImageOsTypeUnsupported,
    /// `InvalidImageOsVersion.Unsupported`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid image os version: unsupported.
    InvalidImageOsVersionUnsupported,
    /// `InvalidInstance.NotSupported`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid instance: not supported.
    InvalidInstanceNotSupported,
    /// `InvalidInstanceId.Malformed`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid instance id: malformed.
    InvalidInstanceIdMalformed,
    /// `InvalidInstanceId.NotFound`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid instance id: not found.
    InvalidInstanceIdNotFound,
    /// `InvalidInstanceName.TooLong`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid instance name: too long.
    InvalidInstanceNameTooLong,
    /// `InvalidInstanceNotSupportedPrepaidInstance`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid instance not supported prepaid instance.
    InvalidInstanceNotSupportedPrepaidInstance,
    /// `InvalidInstanceState`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid instance state.
    InvalidInstanceState,
    /// `InvalidInstanceType.Malformed`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid instance type: malformed.
    InvalidInstanceTypeMalformed,
    /// `InvalidKeyPair.LimitExceeded`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid key pair: limit exceeded.
    InvalidKeyPairLimitExceeded,
    /// `InvalidKeyPairId.Malformed`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid key pair id: malformed.
    InvalidKeyPairIdMalformed,
    /// `InvalidKeyPairId.NotFound`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid key pair id: not found.
    InvalidKeyPairIdNotFound,
    /// `InvalidKeyPairName.Duplicate`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid key pair name: duplicate.
    InvalidKeyPairNameDuplicate,
    /// `InvalidKeyPairNameEmpty`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid key pair name empty.
    InvalidKeyPairNameEmpty,
    /// `InvalidKeyPairNameIncludeIllegalChar`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid key pair name include illegal char.
    InvalidKeyPairNameIncludeIllegalChar,
    /// `InvalidKeyPairNameTooLong`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid key pair name too long.
    InvalidKeyPairNameTooLong,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.AtMostOne`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: at most one.
    InvalidParameterAtMostOne,
    /// `InvalidParameter.AutoSnapshotNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: auto snapshot not supported.
    InvalidParameterAutoSnapshotNotSupported,
    /// `InvalidParameter.CdcNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdc not supported.
    InvalidParameterCdcNotSupported,
    /// `InvalidParameter.CdzNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cdz not supported.
    InvalidParameterCdzNotSupported,
    /// `InvalidParameter.DataDiskIdContainsRootDisk`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: data disk id contains root disk.
    InvalidParameterDataDiskIdContainsRootDisk,
    /// `InvalidParameter.DataDiskNotBelongSpecifiedInstance`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: data disk not belong specified instance.
    InvalidParameterDataDiskNotBelongSpecifiedInstance,
    /// `InvalidParameter.DuplicateSystemSnapshots`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicate system snapshots.
    InvalidParameterDuplicateSystemSnapshots,
    /// `InvalidParameter.EdgeZoneMissInternetAccessible`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: edge zone miss internet accessible.
    InvalidParameterEdgeZoneMissInternetAccessible,
    /// `InvalidParameter.HostIdCustomizedInstanceTypeNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: host id customized instance type not support.
    InvalidParameterHostIdCustomizedInstanceTypeNotSupport,
    /// `InvalidParameter.HostIdInstanceTypeNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: host id instance type not support.
    InvalidParameterHostIdInstanceTypeNotSupport,
    /// `InvalidParameter.HostIdStandardInstanceTypeNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: host id standard instance type not support.
    InvalidParameterHostIdStandardInstanceTypeNotSupport,
    /// `InvalidParameter.HostIdStatusNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: host id status not support.
    InvalidParameterHostIdStatusNotSupport,
    /// `InvalidParameter.HostNameIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: host name illegal.
    InvalidParameterHostNameIllegal,
    /// `InvalidParameter.ImageIdsSnapshotIdsMustOne`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image ids snapshot ids must one.
    InvalidParameterImageIdsSnapshotIdsMustOne,
    /// `InvalidParameter.InstanceImageNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: instance image not support.
    InvalidParameterInstanceImageNotSupport,
    /// `InvalidParameter.InstanceTypeNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: instance type not support.
    InvalidParameterInstanceTypeNotSupport,
    /// `InvalidParameter.InstanceTypeSupportedHostNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: instance type supported host not found.
    InvalidParameterInstanceTypeSupportedHostNotFound,
    /// `InvalidParameter.InternetAccessibleNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: internet accessible not supported.
    InvalidParameterInternetAccessibleNotSupported,
    /// `InvalidParameter.InvalidCloudDiskSoldOut`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid cloud disk sold out.
    InvalidParameterInvalidCloudDiskSoldOut,
    /// `InvalidParameter.InvalidDependence`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid dependence.
    InvalidParameterInvalidDependence,
    /// `InvalidParameter.InvalidInstanceNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid instance not supported.
    InvalidParameterInvalidInstanceNotSupported,
    /// `InvalidParameter.InvalidIpFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid ip format.
    InvalidParameterInvalidIpFormat,
    /// `InvalidParameter.InvalidKmsKeyId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid kms key id.
    InvalidParameterInvalidKmsKeyId,
    /// `InvalidParameter.InvalidParameterCoexistImageIdsFilters`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter coexist image ids filters.
    InvalidParameterInvalidParameterCoexistImageIdsFilters,
    /// `InvalidParameter.InvalidParameterUrlError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter url error.
    InvalidParameterInvalidParameterUrlError,
    /// `InvalidParameter.InvalidTargetOSType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid target OS type.
    InvalidParameterInvalidTargetOsType,
    /// `InvalidParameter.LackCoreCountOrThreadPerCore`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: lack core count or thread per core.
    InvalidParameterLackCoreCountOrThreadPerCore,
    /// `InvalidParameter.LocalDataDiskNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: local data disk not support.
    InvalidParameterLocalDataDiskNotSupport,
    /// `InvalidParameter.OnlySupportForEdgeZone`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: only support for edge zone.
    InvalidParameterOnlySupportForEdgeZone,
    /// `InvalidParameter.ParameterConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: parameter conflict.
    InvalidParameterParameterConflict,
    /// `InvalidParameter.PasswordNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: password not supported.
    InvalidParameterPasswordNotSupported,
    /// `InvalidParameter.SnapshotNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: snapshot not found.
    InvalidParameterSnapshotNotFound,
    /// `InvalidParameter.SpecialParameterForSpecialAccount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: special parameter for special account.
    InvalidParameterSpecialParameterForSpecialAccount,
    /// `InvalidParameter.SpecifyOneParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: specify one parameter.
    InvalidParameterSpecifyOneParameter,
    /// `InvalidParameter.SwapDiskNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: swap disk not support.
    InvalidParameterSwapDiskNotSupport,
    /// `InvalidParameter.SystemSnapshotNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: system snapshot not found.
    InvalidParameterSystemSnapshotNotFound,
    /// `InvalidParameter.ValueTooLarge`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: value too large.
    InvalidParameterValueTooLarge,
    /// `InvalidParameterCombination`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid parameter combination.
    InvalidParameterCombination,
    /// `InvalidParameterConflict`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid parameter conflict.
    InvalidParameterConflict,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.AmountNotEqual`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: amount not equal.
    InvalidParameterValueAmountNotEqual,
    /// `InvalidParameterValue.BandwidthPackageIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bandwidth package id malformed.
    InvalidParameterValueBandwidthPackageIdMalformed,
    /// `InvalidParameterValue.BandwidthPackageIdNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bandwidth package id not found.
    InvalidParameterValueBandwidthPackageIdNotFound,
    /// `InvalidParameterValue.BandwidthPackageIspNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bandwidth package isp not match.
    InvalidParameterValueBandwidthPackageIspNotMatch,
    /// `InvalidParameterValue.BandwidthPackageZoneNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bandwidth package zone not match.
    InvalidParameterValueBandwidthPackageZoneNotMatch,
    /// `InvalidParameterValue.BasicNetworkInstanceFamily`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: basic network instance family.
    InvalidParameterValueBasicNetworkInstanceFamily,
    /// `InvalidParameterValue.BucketNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bucket not found.
    InvalidParameterValueBucketNotFound,
    /// `InvalidParameterValue.CamRoleNameMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cam role name malformed.
    InvalidParameterValueCamRoleNameMalformed,
    /// `InvalidParameterValue.CdhOnlyLocalDataDiskResize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cdh only local data disk resize.
    InvalidParameterValueCdhOnlyLocalDataDiskResize,
    /// `InvalidParameterValue.ChcHostsNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: chc hosts not found.
    InvalidParameterValueChcHostsNotFound,
    /// `InvalidParameterValue.ChcNetworkEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: chc network empty.
    InvalidParameterValueChcNetworkEmpty,
    /// `InvalidParameterValue.CloudSsdDataDiskSizeTooSmall`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cloud ssd data disk size too small.
    InvalidParameterValueCloudSsdDataDiskSizeTooSmall,
    /// `InvalidParameterValue.CoreCountValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: core count value.
    InvalidParameterValueCoreCountValue,
    /// `InvalidParameterValue.DedicatedClusterNotSupportedChargeType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: dedicated cluster not supported charge type.
    InvalidParameterValueDedicatedClusterNotSupportedChargeType,
    /// `InvalidParameterValue.DedicatedResourcePackIdsNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: dedicated resource pack ids not found.
    InvalidParameterValueDedicatedResourcePackIdsNotFound,
    /// `InvalidParameterValue.DedicatedResourcePackName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: dedicated resource pack name.
    InvalidParameterValueDedicatedResourcePackName,
    /// `InvalidParameterValue.DedicatedResourcePackNotValid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: dedicated resource pack not valid.
    InvalidParameterValueDedicatedResourcePackNotValid,
    /// `InvalidParameterValue.DedicatedResourcePackTenancyMismatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: dedicated resource pack tenancy mismatch.
    InvalidParameterValueDedicatedResourcePackTenancyMismatch,
    /// `InvalidParameterValue.DeployVpcAlreadyExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: deploy vpc already exists.
    InvalidParameterValueDeployVpcAlreadyExists,
    /// `InvalidParameterValue.DisasterRecoverGroupIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: disaster recover group id malformed.
    InvalidParameterValueDisasterRecoverGroupIdMalformed,
    /// `InvalidParameterValue.Duplicate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicate.
    InvalidParameterValueDuplicate,
    /// `InvalidParameterValue.DuplicateTags`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicate tags.
    InvalidParameterValueDuplicateTags,
    /// `InvalidParameterValue.ElasticNetworkNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: elastic network not exist.
    InvalidParameterValueElasticNetworkNotExist,
    /// `InvalidParameterValue.ElasticNetworkVpcSubnetMismatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: elastic network vpc subnet mismatch.
    InvalidParameterValueElasticNetworkVpcSubnetMismatch,
    /// `InvalidParameterValue.ExternalIpQuotaLimited`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: external ip quota limited.
    InvalidParameterValueExternalIpQuotaLimited,
    /// `InvalidParameterValue.GPUInstanceFamily`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: GPU instance family.
    InvalidParameterValueGpuInstanceFamily,
    /// `InvalidParameterValue.HpcClusterBusinessIdNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: hpc cluster business id not supported.
    InvalidParameterValueHpcClusterBusinessIdNotSupported,
    /// `InvalidParameterValue.HpcClusterIdZoneIdNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: hpc cluster id zone id not match.
    InvalidParameterValueHpcClusterIdZoneIdNotMatch,
    /// `InvalidParameterValue.IPAddressMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: IP address malformed.
    InvalidParameterValueIpAddressMalformed,
    /// `InvalidParameterValue.IPv6AddressMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: IPv6 address malformed.
    InvalidParameterValueIPv6AddressMalformed,
    /// `InvalidParameterValue.ISOMustImportByForce`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ISO must import by force.
    InvalidParameterValueIsoMustImportByForce,
    /// `InvalidParameterValue.IllegalHostName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal host name.
    InvalidParameterValueIllegalHostName,
    /// `InvalidParameterValue.IncorrectFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: incorrect format.
    InvalidParameterValueIncorrectFormat,
    /// `InvalidParameterValue.InstanceIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance id malformed.
    InvalidParameterValueInstanceIdMalformed,
    /// `InvalidParameterValue.InstanceNotSupportedMixPricingModel`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance not supported mix pricing model.
    InvalidParameterValueInstanceNotSupportedMixPricingModel,
    /// `InvalidParameterValue.InstanceTypeNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance type not found.
    InvalidParameterValueInstanceTypeNotFound,
    /// `InvalidParameterValue.InstanceTypeNotSupportElasticNetworks`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance type not support elastic networks.
    InvalidParameterValueInstanceTypeNotSupportElasticNetworks,
    /// `InvalidParameterValue.InstanceTypeNotSupportHpcCluster`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance type not support hpc cluster.
    InvalidParameterValueInstanceTypeNotSupportHpcCluster,
    /// `InvalidParameterValue.InstanceTypeRequiredHpcCluster`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance type required hpc cluster.
    InvalidParameterValueInstanceTypeRequiredHpcCluster,
    /// `InvalidParameterValue.InsufficientOffering`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: insufficient offering.
    InvalidParameterValueInsufficientOffering,
    /// `InvalidParameterValue.InsufficientPrice`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: insufficient price.
    InvalidParameterValueInsufficientPrice,
    /// `InvalidParameterValue.InvalidAppIdFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid app id format.
    InvalidParameterValueInvalidAppIdFormat,
    /// `InvalidParameterValue.InvalidBootMode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid boot mode.
    InvalidParameterValueInvalidBootMode,
    /// `InvalidParameterValue.InvalidBucketPermissionForExport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid bucket permission for export.
    InvalidParameterValueInvalidBucketPermissionForExport,
    /// `InvalidParameterValue.InvalidFileNamePrefixList`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid file name prefix list.
    InvalidParameterValueInvalidFileNamePrefixList,
    /// `InvalidParameterValue.InvalidGPUFamilyChange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid GPU family change.
    InvalidParameterValueInvalidGpuFamilyChange,
    /// `InvalidParameterValue.InvalidImageFamily`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid image family.
    InvalidParameterValueInvalidImageFamily,
    /// `InvalidParameterValue.InvalidImageForGivenInstanceType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid image for given instance type.
    InvalidParameterValueInvalidImageForGivenInstanceType,
    /// `InvalidParameterValue.InvalidImageFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid image format.
    InvalidParameterValueInvalidImageFormat,
    /// `InvalidParameterValue.InvalidImageId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid image id.
    InvalidParameterValueInvalidImageId,
    /// `InvalidParameterValue.InvalidImageIdForRetsetInstance`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid image id for retset instance.
    InvalidParameterValueInvalidImageIdForRetsetInstance,
    /// `InvalidParameterValue.InvalidImageIdIsShared`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid image id is shared.
    InvalidParameterValueInvalidImageIdIsShared,
    /// `InvalidParameterValue.InvalidImageOsName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid image os name.
    InvalidParameterValueInvalidImageOsName,
    /// `InvalidParameterValue.InvalidImageState`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid image state.
    InvalidParameterValueInvalidImageState,
    /// `InvalidParameterValue.InvalidInstanceSource`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid instance source.
    InvalidParameterValueInvalidInstanceSource,
    /// `InvalidParameterValue.InvalidInstanceTypePeriodicContract`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid instance type periodic contract.
    InvalidParameterValueInvalidInstanceTypePeriodicContract,
    /// `InvalidParameterValue.InvalidInstanceTypeUnderwrite`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid instance type underwrite.
    InvalidParameterValueInvalidInstanceTypeUnderwrite,
    /// `InvalidParameterValue.InvalidIpFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid ip format.
    InvalidParameterValueInvalidIpFormat,
    /// `InvalidParameterValue.InvalidLaunchTemplateDescription`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid launch template description.
    InvalidParameterValueInvalidLaunchTemplateDescription,
    /// `InvalidParameterValue.InvalidLaunchTemplateName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid launch template name.
    InvalidParameterValueInvalidLaunchTemplateName,
    /// `InvalidParameterValue.InvalidLaunchTemplateVersionDescription`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid launch template version description.
    InvalidParameterValueInvalidLaunchTemplateVersionDescription,
    /// `InvalidParameterValue.InvalidLicenseType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid license type.
    InvalidParameterValueInvalidLicenseType,
    /// `InvalidParameterValue.InvalidNetworkInterfaceId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid network interface id.
    InvalidParameterValueInvalidNetworkInterfaceId,
    /// `InvalidParameterValue.InvalidParameterMinCount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter min count.
    InvalidParameterValueInvalidParameterMinCount,
    /// `InvalidParameterValue.InvalidParameterValueLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter value limit.
    InvalidParameterValueInvalidParameterValueLimit,
    /// `InvalidParameterValue.InvalidPassword`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid password.
    InvalidParameterValueInvalidPassword,
    /// `InvalidParameterValue.InvalidRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid region.
    InvalidParameterValueInvalidRegion,
    /// `InvalidParameterValue.InvalidTimeFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid time format.
    InvalidParameterValueInvalidTimeFormat,
    /// `InvalidParameterValue.InvalidUserDataFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid user data format.
    InvalidParameterValueInvalidUserDataFormat,
    /// `InvalidParameterValue.InvalidVagueName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid vague name.
    InvalidParameterValueInvalidVagueName,
    /// `InvalidParameterValue.InvalidVpcIdSubnetIdNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid vpc id subnet id not found.
    InvalidParameterValueInvalidVpcIdSubnetIdNotFound,
    /// `InvalidParameterValue.IspNotSupportForEdgeZone`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: isp not support for edge zone.
    InvalidParameterValueIspNotSupportForEdgeZone,
    /// `InvalidParameterValue.IspValueRepeated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: isp value repeated.
    InvalidParameterValueIspValueRepeated,
    /// `InvalidParameterValue.KeyPairNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: key pair not found.
    InvalidParameterValueKeyPairNotFound,
    /// `InvalidParameterValue.KeyPairNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: key pair not supported.
    InvalidParameterValueKeyPairNotSupported,
    /// `InvalidParameterValue.LaunchTemplateDefaultVersion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: launch template default version.
    InvalidParameterValueLaunchTemplateDefaultVersion,
    /// `InvalidParameterValue.LaunchTemplateIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: launch template id malformed.
    InvalidParameterValueLaunchTemplateIdMalformed,
    /// `InvalidParameterValue.LaunchTemplateIdNotExisted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: launch template id not existed.
    InvalidParameterValueLaunchTemplateIdNotExisted,
    /// `InvalidParameterValue.LaunchTemplateIdVerNotExisted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: launch template id ver not existed.
    InvalidParameterValueLaunchTemplateIdVerNotExisted,
    /// `InvalidParameterValue.LaunchTemplateIdVerSetAlready`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: launch template id ver set already.
    InvalidParameterValueLaunchTemplateIdVerSetAlready,
    /// `InvalidParameterValue.LaunchTemplateNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: launch template not found.
    InvalidParameterValueLaunchTemplateNotFound,
    /// `InvalidParameterValue.LaunchTemplateVersion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: launch template version.
    InvalidParameterValueLaunchTemplateVersion,
    /// `InvalidParameterValue.LimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit exceeded.
    InvalidParameterValueLimitExceeded,
    /// `InvalidParameterValue.LocalDiskSizeRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: local disk size range.
    InvalidParameterValueLocalDiskSizeRange,
    /// `InvalidParameterValue.MissingLocationCosEndpoint`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: missing location cos endpoint.
    InvalidParameterValueMissingLocationCosEndpoint,
    /// `InvalidParameterValue.MustDhcpEnabledVpc`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: must dhcp enabled vpc.
    InvalidParameterValueMustDhcpEnabledVpc,
    /// `InvalidParameterValue.MustEnabledIsRdma`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: must enabled is rdma.
    InvalidParameterValueMustEnabledIsRdma,
    /// `InvalidParameterValue.NotCdcSubnet`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not cdc subnet.
    InvalidParameterValueNotCdcSubnet,
    /// `InvalidParameterValue.NotEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not empty.
    InvalidParameterValueNotEmpty,
    /// `InvalidParameterValue.NotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not supported.
    InvalidParameterValueNotSupported,
    /// `InvalidParameterValue.PreheatNotSupportedInstanceType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: preheat not supported instance type.
    InvalidParameterValuePreheatNotSupportedInstanceType,
    /// `InvalidParameterValue.PreheatNotSupportedZone`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: preheat not supported zone.
    InvalidParameterValuePreheatNotSupportedZone,
    /// `InvalidParameterValue.PreheatUnavailableZones`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: preheat unavailable zones.
    InvalidParameterValuePreheatUnavailableZones,
    /// `InvalidParameterValue.Range`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: range.
    InvalidParameterValueRange,
    /// `InvalidParameterValue.RequiredLocationImage`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: required location image.
    InvalidParameterValueRequiredLocationImage,
    /// `InvalidParameterValue.ResourcePoolPackIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: resource pool pack id malformed.
    InvalidParameterValueResourcePoolPackIdMalformed,
    /// `InvalidParameterValue.ResourcePoolPackStatus`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: resource pool pack status.
    InvalidParameterValueResourcePoolPackStatus,
    /// `InvalidParameterValue.ResourcePoolPackTypeNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: resource pool pack type not supported.
    InvalidParameterValueResourcePoolPackTypeNotSupported,
    /// `InvalidParameterValue.SnapshotIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: snapshot id malformed.
    InvalidParameterValueSnapshotIdMalformed,
    /// `InvalidParameterValue.SubnetIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subnet id malformed.
    InvalidParameterValueSubnetIdMalformed,
    /// `InvalidParameterValue.SubnetIdZoneIdNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subnet id zone id not match.
    InvalidParameterValueSubnetIdZoneIdNotMatch,
    /// `InvalidParameterValue.SubnetNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: subnet not exist.
    InvalidParameterValueSubnetNotExist,
    /// `InvalidParameterValue.TagKeyNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag key not found.
    InvalidParameterValueTagKeyNotFound,
    /// `InvalidParameterValue.TagQuotaLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: tag quota limit exceeded.
    InvalidParameterValueTagQuotaLimitExceeded,
    /// `InvalidParameterValue.ThreadPerCoreValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: thread per core value.
    InvalidParameterValueThreadPerCoreValue,
    /// `InvalidParameterValue.TooLarge`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too large.
    InvalidParameterValueTooLarge2,
    /// `InvalidParameterValue.TooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too long.
    InvalidParameterValueTooLong,
    /// `InvalidParameterValue.UuidMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: uuid malformed.
    InvalidParameterValueUuidMalformed,
    /// `InvalidParameterValue.VpcIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpc id malformed.
    InvalidParameterValueVpcIdMalformed,
    /// `InvalidParameterValue.VpcIdNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpc id not exist.
    InvalidParameterValueVpcIdNotExist,
    /// `InvalidParameterValue.VpcIdSubnetIdNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpc id subnet id not match.
    InvalidParameterValueVpcIdSubnetIdNotMatch,
    /// `InvalidParameterValue.VpcIdZoneIdNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpc id zone id not match.
    InvalidParameterValueVpcIdZoneIdNotMatch,
    /// `InvalidParameterValue.VpcNotSupportIpv6Address`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: vpc not support ipv6 address.
    InvalidParameterValueVpcNotSupportIpv6Address,
    /// `InvalidParameterValue.ZoneNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: zone not supported.
    InvalidParameterValueZoneNotSupported,
    /// `InvalidParameterValueLimit`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid parameter value limit.
    InvalidParameterValueLimit,
    /// `InvalidParameterValueOffset`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid parameter value offset.
    InvalidParameterValueOffset,
    /// `InvalidPassword`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid password.
    InvalidPassword,
    /// `InvalidPeriod`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid period.
    InvalidPeriod,
    /// `InvalidPermission`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid permission.
    InvalidPermission,
    /// `InvalidProjectId.NotFound`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid project id: not found.
    InvalidProjectIdNotFound,
    /// `InvalidPublicKey.Duplicate`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid public key: duplicate.
    InvalidPublicKeyDuplicate,
    /// `InvalidPublicKey.Malformed`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid public key: malformed.
    InvalidPublicKeyMalformed,
    /// `InvalidRegion.NotFound`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid region: not found.
    InvalidRegionNotFound,
    /// `InvalidRegion.Unavailable`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid region: unavailable.
    InvalidRegionUnavailable,
    /// `InvalidSecurityGroupId.NotFound`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid security group id: not found.
    InvalidSecurityGroupIdNotFound,
    /// `InvalidSgId.Malformed`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid sg id: malformed.
    InvalidSgIdMalformed,
    /// `InvalidZone.MismatchRegion`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid zone: mismatch region.
    InvalidZoneMismatchRegion,
    /// `LimitExceeded.AssociateUSGLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: associate USG limit exceeded.
    LimitExceededAssociateUsgLimitExceeded,
    /// `LimitExceeded.CvmInstanceQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cvm instance quota.
    LimitExceededCvmInstanceQuota,
    /// `LimitExceeded.CvmsVifsPerSecGroupLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: cvms vifs per sec group limit exceeded.
    LimitExceededCvmsVifsPerSecGroupLimitExceeded,
    /// `LimitExceeded.DisasterRecoverGroup`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: disaster recover group.
    LimitExceededDisasterRecoverGroup,
    /// `LimitExceeded.EipNumLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: eip num limit.
    LimitExceededEipNumLimit,
    /// `LimitExceeded.EniLimitInstanceType`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: eni limit instance type.
    LimitExceededEniLimitInstanceType,
    /// `LimitExceeded.EniNumLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: eni num limit.
    LimitExceededEniNumLimit,
    /// `LimitExceeded.ExportImageTaskLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: export image task limit exceeded.
    LimitExceededExportImageTaskLimitExceeded,
    /// `LimitExceeded.HpcClusterQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: hpc cluster quota.
    LimitExceededHpcClusterQuota,
    /// `LimitExceeded.IPv6AddressNum`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: IPv6 address num.
    LimitExceededIPv6AddressNum,
    /// `LimitExceeded.InstanceEniNumLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: instance eni num limit.
    LimitExceededInstanceEniNumLimit,
    /// `LimitExceeded.InstanceQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: instance quota.
    LimitExceededInstanceQuota,
    /// `LimitExceeded.InstanceTypeBandwidth`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: instance type bandwidth.
    LimitExceededInstanceTypeBandwidth,
    /// `LimitExceeded.LaunchTemplateQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: launch template quota.
    LimitExceededLaunchTemplateQuota,
    /// `LimitExceeded.LaunchTemplateVersionQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: launch template version quota.
    LimitExceededLaunchTemplateVersionQuota,
    /// `LimitExceeded.PreheatImageSnapshotOutOfQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: preheat image snapshot out of quota.
    LimitExceededPreheatImageSnapshotOutOfQuota,
    /// `LimitExceeded.PrepayQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: prepay quota.
    LimitExceededPrepayQuota,
    /// `LimitExceeded.PrepayUnderwriteQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: prepay underwrite quota.
    LimitExceededPrepayUnderwriteQuota,
    /// `LimitExceeded.SingleUSGQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: single USG quota.
    LimitExceededSingleUsgQuota,
    /// `LimitExceeded.SpotQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: spot quota.
    LimitExceededSpotQuota,
    /// `LimitExceeded.TagResourceQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: tag resource quota.
    LimitExceededTagResourceQuota,
    /// `LimitExceeded.UserReturnQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: user return quota.
    LimitExceededUserReturnQuota,
    /// `LimitExceeded.UserSpotQuota`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: user spot quota.
    LimitExceededUserSpotQuota,
    /// `LimitExceeded.VpcSubnetNum`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: vpc subnet num.
    LimitExceededVpcSubnetNum,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.AtLeastOne`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: at least one.
    MissingParameterAtLeastOne,
    /// `MissingParameter.DPDKInstanceTypeRequiredVPC`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: DPDK instance type required VPC.
    MissingParameterDpdkInstanceTypeRequiredVpc,
    /// `MissingParameter.MonitorService`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: monitor service.
    MissingParameterMonitorService,
    /// `MutexOperation.TaskRunning`: no documented HTTP status; retry: never; category: unknown.
    /// Mutex operation: task running.
    MutexOperationTaskRunning,
    /// `OperationDenied.AccountNotSupported`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: account not supported.
    OperationDeniedAccountNotSupported,
    /// `OperationDenied.ChcDeployConfigInvalid`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: chc deploy config invalid.
    OperationDeniedChcDeployConfigInvalid,
    /// `OperationDenied.ChcHostStateNotSupported`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: chc host state not supported.
    OperationDeniedChcHostStateNotSupported,
    /// `OperationDenied.ChcInstallCloudImageWithoutDeployNetwork`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: chc install cloud image without deploy network.
    OperationDeniedChcInstallCloudImageWithoutDeployNetwork,
    /// `OperationDenied.InnerUserProhibitAction`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: inner user prohibit action.
    OperationDeniedInnerUserProhibitAction,
    /// `OperationDenied.InstanceOperationInProgress`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: instance operation in progress.
    OperationDeniedInstanceOperationInProgress,
    /// `OperationDenied.NotBandwidthShiftUpUserApplyEdgeZoneEip`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not bandwidth shift up user apply edge zone eip.
    OperationDeniedNotBandwidthShiftUpUserApplyEdgeZoneEip,
    /// `OverQuota`: no documented HTTP status; retry: never; category: unknown.
    /// Over quota.
    OverQuota,
    /// `RegionAbilityLimit.UnsupportedToImportImage`: no documented HTTP status; retry: never; category: unknown.
    /// Region ability limit: unsupported to import image.
    RegionAbilityLimitUnsupportedToImportImage,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInUse.DiskRollbacking`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: disk rollbacking.
    ResourceInUseDiskRollbacking,
    /// `ResourceInUse.HpcCluster`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: hpc cluster.
    ResourceInUseHpcCluster,
    /// `ResourceInsufficient.AvailabilityZoneSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: availability zone sold out.
    ResourceInsufficientAvailabilityZoneSoldOut,
    /// `ResourceInsufficient.CidrBlock`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: cidr block.
    ResourceInsufficientCidrBlock,
    /// `ResourceInsufficient.CloudDiskSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: cloud disk sold out.
    ResourceInsufficientCloudDiskSoldOut,
    /// `ResourceInsufficient.CloudDiskUnavailable`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: cloud disk unavailable.
    ResourceInsufficientCloudDiskUnavailable,
    /// `ResourceInsufficient.DisasterRecoverGroupCvmQuota`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: disaster recover group cvm quota.
    ResourceInsufficientDisasterRecoverGroupCvmQuota,
    /// `ResourceInsufficient.InsufficientGroupQuota`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: insufficient group quota.
    ResourceInsufficientInsufficientGroupQuota,
    /// `ResourceInsufficient.InsufficientOfferingMinimum`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: insufficient offering minimum.
    ResourceInsufficientInsufficientOfferingMinimum,
    /// `ResourceInsufficient.SpecifiedInstanceType`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: specified instance type.
    ResourceInsufficientSpecifiedInstanceType,
    /// `ResourceInsufficient.ZoneSoldOutForSpecifiedInstance`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: zone sold out for specified instance.
    ResourceInsufficientZoneSoldOutForSpecifiedInstance,
    /// `ResourceNotFound.HpcCluster`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: hpc cluster.
    ResourceNotFoundHpcCluster,
    /// `ResourceNotFound.InvalidInstanceIdNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: invalid instance id not found.
    ResourceNotFoundInvalidInstanceIdNotFound,
    /// `ResourceNotFound.InvalidPlacementSet`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: invalid placement set.
    ResourceNotFoundInvalidPlacementSet,
    /// `ResourceNotFound.InvalidZoneInstanceType`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: invalid zone instance type.
    ResourceNotFoundInvalidZoneInstanceType,
    /// `ResourceNotFound.KeyPairNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: key pair not found.
    ResourceNotFoundKeyPairNotFound,
    /// `ResourceNotFound.NoDefaultCbs`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: no default cbs.
    ResourceNotFoundNoDefaultCbs,
    /// `ResourceNotFound.NoDefaultCbsWithReason`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: no default cbs with reason.
    ResourceNotFoundNoDefaultCbsWithReason,
    /// `ResourceNotFound.ResourcePoolPackIdNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: resource pool pack id not found.
    ResourceNotFoundResourcePoolPackIdNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.InstanceType`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: instance type.
    ResourceUnavailableInstanceType,
    /// `ResourceUnavailable.SnapshotCreating`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: snapshot creating.
    ResourceUnavailableSnapshotCreating,
    /// `ResourcesSoldOut.AvailableZone`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out: available zone.
    ResourcesSoldOutAvailableZone,
    /// `ResourcesSoldOut.EipInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out: eip insufficient.
    ResourcesSoldOutEipInsufficient,
    /// `ResourcesSoldOut.SpecifiedInstanceType`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out: specified instance type.
    ResourcesSoldOutSpecifiedInstanceType,
    /// `SecGroupActionFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Sec group action failure.
    SecGroupActionFailure,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.ImageNotBelongToAccount`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: image not belong to account.
    UnauthorizedOperationImageNotBelongToAccount,
    /// `UnauthorizedOperation.InvalidToken`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: invalid token.
    UnauthorizedOperationInvalidToken,
    /// `UnauthorizedOperation.MFAExpired`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: MFA expired.
    UnauthorizedOperationMfaExpired,
    /// `UnauthorizedOperation.MFANotFound`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: MFA not found.
    UnauthorizedOperationMfaNotFound,
    /// `UnauthorizedOperation.PermissionDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: permission denied.
    UnauthorizedOperationPermissionDenied,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.ArmArchitecture`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: arm architecture.
    UnsupportedOperationArmArchitecture,
    /// `UnsupportedOperation.BandwidthPackageIdNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: bandwidth package id not supported.
    UnsupportedOperationBandwidthPackageIdNotSupported,
    /// `UnsupportedOperation.CbsRemoteSsdNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cbs remote ssd not support.
    UnsupportedOperationCbsRemoteSsdNotSupport,
    /// `UnsupportedOperation.CommercialImageChangeChargeType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: commercial image change charge type.
    UnsupportedOperationCommercialImageChangeChargeType,
    /// `UnsupportedOperation.DiskSnapCreateTimeTooOld`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: disk snap create time too old.
    UnsupportedOperationDiskSnapCreateTimeTooOld,
    /// `UnsupportedOperation.EdgeZoneInstance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: edge zone instance.
    UnsupportedOperationEdgeZoneInstance,
    /// `UnsupportedOperation.EdgeZoneNotSupportCloudDisk`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: edge zone not support cloud disk.
    UnsupportedOperationEdgeZoneNotSupportCloudDisk,
    /// `UnsupportedOperation.EdgeZoneNotSupportPurchaseReserved`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: edge zone not support purchase reserved.
    UnsupportedOperationEdgeZoneNotSupportPurchaseReserved,
    /// `UnsupportedOperation.ElasticNetworkInterface`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: elastic network interface.
    UnsupportedOperationElasticNetworkInterface,
    /// `UnsupportedOperation.EncryptedImagesNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: encrypted images not supported.
    UnsupportedOperationEncryptedImagesNotSupported,
    /// `UnsupportedOperation.HeterogeneousChangeInstanceFamily`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: heterogeneous change instance family.
    UnsupportedOperationHeterogeneousChangeInstanceFamily,
    /// `UnsupportedOperation.HibernationForNormalInstance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: hibernation for normal instance.
    UnsupportedOperationHibernationForNormalInstance,
    /// `UnsupportedOperation.HibernationOsVersion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: hibernation os version.
    UnsupportedOperationHibernationOsVersion,
    /// `UnsupportedOperation.IPv6NotSupportVpcMigrate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: IPv6 not support vpc migrate.
    UnsupportedOperationIPv6NotSupportVpcMigrate,
    /// `UnsupportedOperation.ImageTooLargeExportUnsupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: image too large export unsupported.
    UnsupportedOperationImageTooLargeExportUnsupported,
    /// `UnsupportedOperation.InstanceChargeType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance charge type.
    UnsupportedOperationInstanceChargeType,
    /// `UnsupportedOperation.InstanceMixedPricingModel`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance mixed pricing model.
    UnsupportedOperationInstanceMixedPricingModel,
    /// `UnsupportedOperation.InstanceMixedResetInstanceType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance mixed reset instance type.
    UnsupportedOperationInstanceMixedResetInstanceType,
    /// `UnsupportedOperation.InstanceMixedZoneType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance mixed zone type.
    UnsupportedOperationInstanceMixedZoneType,
    /// `UnsupportedOperation.InstanceOsConvertOsNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance os convert os not support.
    UnsupportedOperationInstanceOsConvertOsNotSupport,
    /// `UnsupportedOperation.InstanceOsWindows`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance os windows.
    UnsupportedOperationInstanceOsWindows,
    /// `UnsupportedOperation.InstanceReinstallFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance reinstall failed.
    UnsupportedOperationInstanceReinstallFailed,
    /// `UnsupportedOperation.InstanceStateBanning`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state banning.
    UnsupportedOperationInstanceStateBanning,
    /// `UnsupportedOperation.InstanceStateCorrupted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state corrupted.
    UnsupportedOperationInstanceStateCorrupted,
    /// `UnsupportedOperation.InstanceStateEnterRescueMode`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state enter rescue mode.
    UnsupportedOperationInstanceStateEnterRescueMode,
    /// `UnsupportedOperation.InstanceStateEnterServiceLiveMigrate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state enter service live migrate.
    UnsupportedOperationInstanceStateEnterServiceLiveMigrate,
    /// `UnsupportedOperation.InstanceStateExitRescueMode`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state exit rescue mode.
    UnsupportedOperationInstanceStateExitRescueMode,
    /// `UnsupportedOperation.InstanceStateExitServiceLiveMigrate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state exit service live migrate.
    UnsupportedOperationInstanceStateExitServiceLiveMigrate,
    /// `UnsupportedOperation.InstanceStateFreezing`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state freezing.
    UnsupportedOperationInstanceStateFreezing,
    /// `UnsupportedOperation.InstanceStateIsolating`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state isolating.
    UnsupportedOperationInstanceStateIsolating,
    /// `UnsupportedOperation.InstanceStateLaunchFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state launch failed.
    UnsupportedOperationInstanceStateLaunchFailed,
    /// `UnsupportedOperation.InstanceStateNotRunning`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state not running.
    UnsupportedOperationInstanceStateNotRunning,
    /// `UnsupportedOperation.InstanceStatePending`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state pending.
    UnsupportedOperationInstanceStatePending,
    /// `UnsupportedOperation.InstanceStateRebooting`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state rebooting.
    UnsupportedOperationInstanceStateRebooting,
    /// `UnsupportedOperation.InstanceStateRescueMode`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state rescue mode.
    UnsupportedOperationInstanceStateRescueMode,
    /// `UnsupportedOperation.InstanceStateRunning`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state running.
    UnsupportedOperationInstanceStateRunning,
    /// `UnsupportedOperation.InstanceStateServiceLiveMigrate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state service live migrate.
    UnsupportedOperationInstanceStateServiceLiveMigrate,
    /// `UnsupportedOperation.InstanceStateShutdown`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state shutdown.
    UnsupportedOperationInstanceStateShutdown,
    /// `UnsupportedOperation.InstanceStateStarting`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state starting.
    UnsupportedOperationInstanceStateStarting,
    /// `UnsupportedOperation.InstanceStateStopped`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state stopped.
    UnsupportedOperationInstanceStateStopped,
    /// `UnsupportedOperation.InstanceStateStopping`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state stopping.
    UnsupportedOperationInstanceStateStopping,
    /// `UnsupportedOperation.InstanceStateTerminated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state terminated.
    UnsupportedOperationInstanceStateTerminated,
    /// `UnsupportedOperation.InstanceStateTerminating`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance state terminating.
    UnsupportedOperationInstanceStateTerminating,
    /// `UnsupportedOperation.InstanceTypeNotSupportConfidentiality`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance type not support confidentiality.
    UnsupportedOperationInstanceTypeNotSupportConfidentiality,
    /// `UnsupportedOperation.InstanceTypeNotSupportGridLicence`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance type not support grid licence.
    UnsupportedOperationInstanceTypeNotSupportGridLicence,
    /// `UnsupportedOperation.InstanceTypeNotSupportHighDensityModeSetting`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance type not support high density mode setting.
    UnsupportedOperationInstanceTypeNotSupportHighDensityModeSetting,
    /// `UnsupportedOperation.InstanceTypeNotSupportJumboFrame`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance type not support jumbo frame.
    UnsupportedOperationInstanceTypeNotSupportJumboFrame,
    /// `UnsupportedOperation.InstancesEnableJumboWithoutReboot`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instances enable jumbo without reboot.
    UnsupportedOperationInstancesEnableJumboWithoutReboot,
    /// `UnsupportedOperation.InstancesProtected`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instances protected.
    UnsupportedOperationInstancesProtected,
    /// `UnsupportedOperation.InsufficientClusterQuota`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: insufficient cluster quota.
    UnsupportedOperationInsufficientClusterQuota,
    /// `UnsupportedOperation.InvalidDataDisk`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid data disk.
    UnsupportedOperationInvalidDataDisk,
    /// `UnsupportedOperation.InvalidDisk`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid disk.
    UnsupportedOperationInvalidDisk,
    /// `UnsupportedOperation.InvalidDiskBackupQuota`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid disk backup quota.
    UnsupportedOperationInvalidDiskBackupQuota,
    /// `UnsupportedOperation.InvalidDiskFastRollback`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid disk fast rollback.
    UnsupportedOperationInvalidDiskFastRollback,
    /// `UnsupportedOperation.InvalidImageLicenseTypeForReset`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid image license type for reset.
    UnsupportedOperationInvalidImageLicenseTypeForReset,
    /// `UnsupportedOperation.InvalidInstanceNotSupportedProtectedInstance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid instance not supported protected instance.
    UnsupportedOperationInvalidInstanceNotSupportedProtectedInstance,
    /// `UnsupportedOperation.InvalidInstanceWithSwapDisk`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid instance with swap disk.
    UnsupportedOperationInvalidInstanceWithSwapDisk,
    /// `UnsupportedOperation.InvalidInstancesOwner`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid instances owner.
    UnsupportedOperationInvalidInstancesOwner,
    /// `UnsupportedOperation.InvalidRegionDiskEncrypt`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid region disk encrypt.
    UnsupportedOperationInvalidRegionDiskEncrypt,
    /// `UnsupportedOperation.InvalidZone`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid zone.
    UnsupportedOperationInvalidZone,
    /// `UnsupportedOperation.KeyPairUnsupportedWindows`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: key pair unsupported windows.
    UnsupportedOperationKeyPairUnsupportedWindows,
    /// `UnsupportedOperation.LocalDataDiskChangeInstanceFamily`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: local data disk change instance family.
    UnsupportedOperationLocalDataDiskChangeInstanceFamily,
    /// `UnsupportedOperation.LocalDiskMigratingToCloudDisk`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: local disk migrating to cloud disk.
    UnsupportedOperationLocalDiskMigratingToCloudDisk,
    /// `UnsupportedOperation.LocationImageNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: location image not supported.
    UnsupportedOperationLocationImageNotSupported,
    /// `UnsupportedOperation.MarketImageConvertOSUnsupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: market image convert OS unsupported.
    UnsupportedOperationMarketImageConvertOsUnsupported,
    /// `UnsupportedOperation.MarketImageExportUnsupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: market image export unsupported.
    UnsupportedOperationMarketImageExportUnsupported,
    /// `UnsupportedOperation.MinCountUnsupportedChargeType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: min count unsupported charge type.
    UnsupportedOperationMinCountUnsupportedChargeType,
    /// `UnsupportedOperation.MinCountUnsupportedRegion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: min count unsupported region.
    UnsupportedOperationMinCountUnsupportedRegion,
    /// `UnsupportedOperation.ModifyEncryptionNotSupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: modify encryption not supported.
    UnsupportedOperationModifyEncryptionNotSupported,
    /// `UnsupportedOperation.ModifyVPCWithCLB`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: modify VPC with CLB.
    UnsupportedOperationModifyVpcWithClb,
    /// `UnsupportedOperation.ModifyVPCWithClassLink`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: modify VPC with class link.
    UnsupportedOperationModifyVpcWithClassLink,
    /// `UnsupportedOperation.NoInstanceTypeSupportSpot`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: no instance type support spot.
    UnsupportedOperationNoInstanceTypeSupportSpot,
    /// `UnsupportedOperation.NoVpcNetwork`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: no vpc network.
    UnsupportedOperationNoVpcNetwork,
    /// `UnsupportedOperation.NotFpgaInstance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not fpga instance.
    UnsupportedOperationNotFpgaInstance,
    /// `UnsupportedOperation.NotSupportImportInstancesActionTimer`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not support import instances action timer.
    UnsupportedOperationNotSupportImportInstancesActionTimer,
    /// `UnsupportedOperation.NotSupportInstanceImage`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not support instance image.
    UnsupportedOperationNotSupportInstanceImage,
    /// `UnsupportedOperation.NotSupportUnpaidOrder`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not support unpaid order.
    UnsupportedOperationNotSupportUnpaidOrder,
    /// `UnsupportedOperation.OnlyForPrepaidAccount`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: only for prepaid account.
    UnsupportedOperationOnlyForPrepaidAccount,
    /// `UnsupportedOperation.OriginalInstanceTypeInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: original instance type invalid.
    UnsupportedOperationOriginalInstanceTypeInvalid,
    /// `UnsupportedOperation.PeriodicContractNotSupportManualRenew`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: periodic contract not support manual renew.
    UnsupportedOperationPeriodicContractNotSupportManualRenew,
    /// `UnsupportedOperation.PreheatImage`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: preheat image.
    UnsupportedOperationPreheatImage,
    /// `UnsupportedOperation.PublicImageExportUnsupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: public image export unsupported.
    UnsupportedOperationPublicImageExportUnsupported,
    /// `UnsupportedOperation.RawLocalDiskInsReinstalltoQcow2`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: raw local disk ins reinstallto qcow2.
    UnsupportedOperationRawLocalDiskInsReinstalltoQcow2,
    /// `UnsupportedOperation.RedHatImageExportUnsupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: red hat image export unsupported.
    UnsupportedOperationRedHatImageExportUnsupported,
    /// `UnsupportedOperation.RedHatInstanceTerminateUnsupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: red hat instance terminate unsupported.
    UnsupportedOperationRedHatInstanceTerminateUnsupported,
    /// `UnsupportedOperation.RedHatInstanceUnsupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: red hat instance unsupported.
    UnsupportedOperationRedHatInstanceUnsupported,
    /// `UnsupportedOperation.Region`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: region.
    UnsupportedOperationRegion,
    /// `UnsupportedOperation.ResourcePoolPackageInvisibleForUser`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: resource pool package invisible for user.
    UnsupportedOperationResourcePoolPackageInvisibleForUser,
    /// `UnsupportedOperation.SharedImageExportUnsupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: shared image export unsupported.
    UnsupportedOperationSharedImageExportUnsupported,
    /// `UnsupportedOperation.SharedImageModifyUnsupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: shared image modify unsupported.
    UnsupportedOperationSharedImageModifyUnsupported,
    /// `UnsupportedOperation.SpecialInstanceType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: special instance type.
    UnsupportedOperationSpecialInstanceType,
    /// `UnsupportedOperation.SpotUnsupportedRegion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: spot unsupported region.
    UnsupportedOperationSpotUnsupportedRegion,
    /// `UnsupportedOperation.StoppedModeStopCharging`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: stopped mode stop charging.
    UnsupportedOperationStoppedModeStopCharging,
    /// `UnsupportedOperation.StoppedModeStopChargingSameFamily`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: stopped mode stop charging same family.
    UnsupportedOperationStoppedModeStopChargingSameFamily,
    /// `UnsupportedOperation.SyncEncryptImageNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: sync encrypt image not support.
    UnsupportedOperationSyncEncryptImageNotSupport,
    /// `UnsupportedOperation.SystemDiskType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: system disk type.
    UnsupportedOperationSystemDiskType,
    /// `UnsupportedOperation.TatAgentNotOnline`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: tat agent not online.
    UnsupportedOperationTatAgentNotOnline,
    /// `UnsupportedOperation.UnderwriteDiscountGreaterThanPrepaidDiscount`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: underwrite discount greater than prepaid discount.
    UnsupportedOperationUnderwriteDiscountGreaterThanPrepaidDiscount,
    /// `UnsupportedOperation.UnderwritingInstanceTypeOnlySupportAutoRenew`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: underwriting instance type only support auto renew.
    UnsupportedOperationUnderwritingInstanceTypeOnlySupportAutoRenew,
    /// `UnsupportedOperation.UnsupportedARMChangeInstanceFamily`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported ARM change instance family.
    UnsupportedOperationUnsupportedArmChangeInstanceFamily,
    /// `UnsupportedOperation.UnsupportedChangeInstanceFamily`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported change instance family.
    UnsupportedOperationUnsupportedChangeInstanceFamily,
    /// `UnsupportedOperation.UnsupportedChangeInstanceFamilyToARM`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported change instance family to ARM.
    UnsupportedOperationUnsupportedChangeInstanceFamilyToArm,
    /// `UnsupportedOperation.UnsupportedChangeInstanceToThisInstanceFamily`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported change instance to this instance family.
    UnsupportedOperationUnsupportedChangeInstanceToThisInstanceFamily,
    /// `UnsupportedOperation.UnsupportedInternationalUser`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported international user.
    UnsupportedOperationUnsupportedInternationalUser,
    /// `UnsupportedOperation.UnsupportedPool`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported pool.
    UnsupportedOperationUnsupportedPool,
    /// `UnsupportedOperation.UserConvertOsNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: user convert os not support.
    UnsupportedOperationUserConvertOsNotSupport,
    /// `UnsupportedOperation.UserLimitOperationExceedQuota`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: user limit operation exceed quota.
    UnsupportedOperationUserLimitOperationExceedQuota,
    /// `UnsupportedOperation.WindowsImageExportUnsupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: windows image export unsupported.
    UnsupportedOperationWindowsImageExportUnsupported,
    /// `VpcAddrNotInSubNet`: no documented HTTP status; retry: never; category: unknown.
    /// Vpc addr not in sub net.
    VpcAddrNotInSubNet,
    /// `VpcIpIsUsed`: no documented HTTP status; retry: never; category: unknown.
    /// Vpc ip is used.
    VpcIpIsUsed,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 422] = [
        "AccountQualificationRestrictions",
        "AuthFailure.CamRoleNameAuthenticateFailed",
        "EniNotAllowedChangeSubnet",
        "FailedOperation.AccountAlreadyExists",
        "FailedOperation.AccountIsYourSelf",
        "FailedOperation.AlreadyInDisasterRecoverGroup",
        "FailedOperation.BYOLImageShareFailed",
        "FailedOperation.DisassociateKeyPairFailed",
        "FailedOperation.DisasterRecoverGroupNotFound",
        "FailedOperation.DisasterRecoverGroupNotMatch",
        "FailedOperation.GetInstanceTATAgentStatusFailed",
        "FailedOperation.IllegalTagKey",
        "FailedOperation.IllegalTagValue",
        "FailedOperation.InquiryPriceFailed",
        "FailedOperation.InquiryRefundPriceFailed",
        "FailedOperation.InvalidImageState",
        "FailedOperation.InvalidInstanceApplicationRole",
        "FailedOperation.InvalidInstanceApplicationRoleEmr",
        "FailedOperation.MutActionTimerExist",
        "FailedOperation.NoAvailableIpAddressCountInSubnet",
        "FailedOperation.NotFoundEIP",
        "FailedOperation.NotMasterAccount",
        "FailedOperation.PlacementSetNotEmpty",
        "FailedOperation.PromotionalPerioRestriction",
        "FailedOperation.PromotionalRegionRestriction",
        "FailedOperation.QImageShareFailed",
        "FailedOperation.RImageShareFailed",
        "FailedOperation.SecurityGroupActionFailed",
        "FailedOperation.SnapshotSizeLargerThanDataSize",
        "FailedOperation.SnapshotSizeLessThanDataSize",
        "FailedOperation.TagKeyReserved",
        "FailedOperation.TatAgentNotSupport",
        "FailedOperation.Unreturnable",
        "FailedOperation.ZoneInconsistent",
        "ImageQuotaLimitExceeded",
        "InstancesQuotaLimitExceeded",
        "InternalError",
        "InternalError.TradeUnknownError",
        "InternalServerError",
        "InvalidAccount.InsufficientBalance",
        "InvalidAccount.UnpaidOrder",
        "InvalidAccountId.NotFound",
        "InvalidAccountIs.YourSelf",
        "InvalidClientToken.TooLong",
        "InvalidFilter",
        "InvalidFilterValue.LimitExceeded",
        "InvalidHost.NotSupported",
        "InvalidHostId.Malformed",
        "InvalidHostId.NotFound",
        "InvalidImageId.InShared",
        "InvalidImageId.IncorrectState",
        "InvalidImageId.Malformed",
        "InvalidImageId.NotFound",
        "InvalidImageId.TooLarge",
        "InvalidImageName.Duplicate",
        "InvalidImageOsType.Unsupported",
        "InvalidImageOsVersion.Unsupported",
        "InvalidInstance.NotSupported",
        "InvalidInstanceId.Malformed",
        "InvalidInstanceId.NotFound",
        "InvalidInstanceName.TooLong",
        "InvalidInstanceNotSupportedPrepaidInstance",
        "InvalidInstanceState",
        "InvalidInstanceType.Malformed",
        "InvalidKeyPair.LimitExceeded",
        "InvalidKeyPairId.Malformed",
        "InvalidKeyPairId.NotFound",
        "InvalidKeyPairName.Duplicate",
        "InvalidKeyPairNameEmpty",
        "InvalidKeyPairNameIncludeIllegalChar",
        "InvalidKeyPairNameTooLong",
        "InvalidParameter",
        "InvalidParameter.AtMostOne",
        "InvalidParameter.AutoSnapshotNotSupported",
        "InvalidParameter.CdcNotSupported",
        "InvalidParameter.CdzNotSupported",
        "InvalidParameter.DataDiskIdContainsRootDisk",
        "InvalidParameter.DataDiskNotBelongSpecifiedInstance",
        "InvalidParameter.DuplicateSystemSnapshots",
        "InvalidParameter.EdgeZoneMissInternetAccessible",
        "InvalidParameter.HostIdCustomizedInstanceTypeNotSupport",
        "InvalidParameter.HostIdInstanceTypeNotSupport",
        "InvalidParameter.HostIdStandardInstanceTypeNotSupport",
        "InvalidParameter.HostIdStatusNotSupport",
        "InvalidParameter.HostNameIllegal",
        "InvalidParameter.ImageIdsSnapshotIdsMustOne",
        "InvalidParameter.InstanceImageNotSupport",
        "InvalidParameter.InstanceTypeNotSupport",
        "InvalidParameter.InstanceTypeSupportedHostNotFound",
        "InvalidParameter.InternetAccessibleNotSupported",
        "InvalidParameter.InvalidCloudDiskSoldOut",
        "InvalidParameter.InvalidDependence",
        "InvalidParameter.InvalidInstanceNotSupported",
        "InvalidParameter.InvalidIpFormat",
        "InvalidParameter.InvalidKmsKeyId",
        "InvalidParameter.InvalidParameterCoexistImageIdsFilters",
        "InvalidParameter.InvalidParameterUrlError",
        "InvalidParameter.InvalidTargetOSType",
        "InvalidParameter.LackCoreCountOrThreadPerCore",
        "InvalidParameter.LocalDataDiskNotSupport",
        "InvalidParameter.OnlySupportForEdgeZone",
        "InvalidParameter.ParameterConflict",
        "InvalidParameter.PasswordNotSupported",
        "InvalidParameter.SnapshotNotFound",
        "InvalidParameter.SpecialParameterForSpecialAccount",
        "InvalidParameter.SpecifyOneParameter",
        "InvalidParameter.SwapDiskNotSupport",
        "InvalidParameter.SystemSnapshotNotFound",
        "InvalidParameter.ValueTooLarge",
        "InvalidParameterCombination",
        "InvalidParameterConflict",
        "InvalidParameterValue",
        "InvalidParameterValue.AmountNotEqual",
        "InvalidParameterValue.BandwidthPackageIdMalformed",
        "InvalidParameterValue.BandwidthPackageIdNotFound",
        "InvalidParameterValue.BandwidthPackageIspNotMatch",
        "InvalidParameterValue.BandwidthPackageZoneNotMatch",
        "InvalidParameterValue.BasicNetworkInstanceFamily",
        "InvalidParameterValue.BucketNotFound",
        "InvalidParameterValue.CamRoleNameMalformed",
        "InvalidParameterValue.CdhOnlyLocalDataDiskResize",
        "InvalidParameterValue.ChcHostsNotFound",
        "InvalidParameterValue.ChcNetworkEmpty",
        "InvalidParameterValue.CloudSsdDataDiskSizeTooSmall",
        "InvalidParameterValue.CoreCountValue",
        "InvalidParameterValue.DedicatedClusterNotSupportedChargeType",
        "InvalidParameterValue.DedicatedResourcePackIdsNotFound",
        "InvalidParameterValue.DedicatedResourcePackName",
        "InvalidParameterValue.DedicatedResourcePackNotValid",
        "InvalidParameterValue.DedicatedResourcePackTenancyMismatch",
        "InvalidParameterValue.DeployVpcAlreadyExists",
        "InvalidParameterValue.DisasterRecoverGroupIdMalformed",
        "InvalidParameterValue.Duplicate",
        "InvalidParameterValue.DuplicateTags",
        "InvalidParameterValue.ElasticNetworkNotExist",
        "InvalidParameterValue.ElasticNetworkVpcSubnetMismatch",
        "InvalidParameterValue.ExternalIpQuotaLimited",
        "InvalidParameterValue.GPUInstanceFamily",
        "InvalidParameterValue.HpcClusterBusinessIdNotSupported",
        "InvalidParameterValue.HpcClusterIdZoneIdNotMatch",
        "InvalidParameterValue.IPAddressMalformed",
        "InvalidParameterValue.IPv6AddressMalformed",
        "InvalidParameterValue.ISOMustImportByForce",
        "InvalidParameterValue.IllegalHostName",
        "InvalidParameterValue.IncorrectFormat",
        "InvalidParameterValue.InstanceIdMalformed",
        "InvalidParameterValue.InstanceNotSupportedMixPricingModel",
        "InvalidParameterValue.InstanceTypeNotFound",
        "InvalidParameterValue.InstanceTypeNotSupportElasticNetworks",
        "InvalidParameterValue.InstanceTypeNotSupportHpcCluster",
        "InvalidParameterValue.InstanceTypeRequiredHpcCluster",
        "InvalidParameterValue.InsufficientOffering",
        "InvalidParameterValue.InsufficientPrice",
        "InvalidParameterValue.InvalidAppIdFormat",
        "InvalidParameterValue.InvalidBootMode",
        "InvalidParameterValue.InvalidBucketPermissionForExport",
        "InvalidParameterValue.InvalidFileNamePrefixList",
        "InvalidParameterValue.InvalidGPUFamilyChange",
        "InvalidParameterValue.InvalidImageFamily",
        "InvalidParameterValue.InvalidImageForGivenInstanceType",
        "InvalidParameterValue.InvalidImageFormat",
        "InvalidParameterValue.InvalidImageId",
        "InvalidParameterValue.InvalidImageIdForRetsetInstance",
        "InvalidParameterValue.InvalidImageIdIsShared",
        "InvalidParameterValue.InvalidImageOsName",
        "InvalidParameterValue.InvalidImageState",
        "InvalidParameterValue.InvalidInstanceSource",
        "InvalidParameterValue.InvalidInstanceTypePeriodicContract",
        "InvalidParameterValue.InvalidInstanceTypeUnderwrite",
        "InvalidParameterValue.InvalidIpFormat",
        "InvalidParameterValue.InvalidLaunchTemplateDescription",
        "InvalidParameterValue.InvalidLaunchTemplateName",
        "InvalidParameterValue.InvalidLaunchTemplateVersionDescription",
        "InvalidParameterValue.InvalidLicenseType",
        "InvalidParameterValue.InvalidNetworkInterfaceId",
        "InvalidParameterValue.InvalidParameterMinCount",
        "InvalidParameterValue.InvalidParameterValueLimit",
        "InvalidParameterValue.InvalidPassword",
        "InvalidParameterValue.InvalidRegion",
        "InvalidParameterValue.InvalidTimeFormat",
        "InvalidParameterValue.InvalidUserDataFormat",
        "InvalidParameterValue.InvalidVagueName",
        "InvalidParameterValue.InvalidVpcIdSubnetIdNotFound",
        "InvalidParameterValue.IspNotSupportForEdgeZone",
        "InvalidParameterValue.IspValueRepeated",
        "InvalidParameterValue.KeyPairNotFound",
        "InvalidParameterValue.KeyPairNotSupported",
        "InvalidParameterValue.LaunchTemplateDefaultVersion",
        "InvalidParameterValue.LaunchTemplateIdMalformed",
        "InvalidParameterValue.LaunchTemplateIdNotExisted",
        "InvalidParameterValue.LaunchTemplateIdVerNotExisted",
        "InvalidParameterValue.LaunchTemplateIdVerSetAlready",
        "InvalidParameterValue.LaunchTemplateNotFound",
        "InvalidParameterValue.LaunchTemplateVersion",
        "InvalidParameterValue.LimitExceeded",
        "InvalidParameterValue.LocalDiskSizeRange",
        "InvalidParameterValue.MissingLocationCosEndpoint",
        "InvalidParameterValue.MustDhcpEnabledVpc",
        "InvalidParameterValue.MustEnabledIsRdma",
        "InvalidParameterValue.NotCdcSubnet",
        "InvalidParameterValue.NotEmpty",
        "InvalidParameterValue.NotSupported",
        "InvalidParameterValue.PreheatNotSupportedInstanceType",
        "InvalidParameterValue.PreheatNotSupportedZone",
        "InvalidParameterValue.PreheatUnavailableZones",
        "InvalidParameterValue.Range",
        "InvalidParameterValue.RequiredLocationImage",
        "InvalidParameterValue.ResourcePoolPackIdMalformed",
        "InvalidParameterValue.ResourcePoolPackStatus",
        "InvalidParameterValue.ResourcePoolPackTypeNotSupported",
        "InvalidParameterValue.SnapshotIdMalformed",
        "InvalidParameterValue.SubnetIdMalformed",
        "InvalidParameterValue.SubnetIdZoneIdNotMatch",
        "InvalidParameterValue.SubnetNotExist",
        "InvalidParameterValue.TagKeyNotFound",
        "InvalidParameterValue.TagQuotaLimitExceeded",
        "InvalidParameterValue.ThreadPerCoreValue",
        "InvalidParameterValue.TooLarge",
        "InvalidParameterValue.TooLong",
        "InvalidParameterValue.UuidMalformed",
        "InvalidParameterValue.VpcIdMalformed",
        "InvalidParameterValue.VpcIdNotExist",
        "InvalidParameterValue.VpcIdSubnetIdNotMatch",
        "InvalidParameterValue.VpcIdZoneIdNotMatch",
        "InvalidParameterValue.VpcNotSupportIpv6Address",
        "InvalidParameterValue.ZoneNotSupported",
        "InvalidParameterValueLimit",
        "InvalidParameterValueOffset",
        "InvalidPassword",
        "InvalidPeriod",
        "InvalidPermission",
        "InvalidProjectId.NotFound",
        "InvalidPublicKey.Duplicate",
        "InvalidPublicKey.Malformed",
        "InvalidRegion.NotFound",
        "InvalidRegion.Unavailable",
        "InvalidSecurityGroupId.NotFound",
        "InvalidSgId.Malformed",
        "InvalidZone.MismatchRegion",
        "LimitExceeded.AssociateUSGLimitExceeded",
        "LimitExceeded.CvmInstanceQuota",
        "LimitExceeded.CvmsVifsPerSecGroupLimitExceeded",
        "LimitExceeded.DisasterRecoverGroup",
        "LimitExceeded.EipNumLimit",
        "LimitExceeded.EniLimitInstanceType",
        "LimitExceeded.EniNumLimit",
        "LimitExceeded.ExportImageTaskLimitExceeded",
        "LimitExceeded.HpcClusterQuota",
        "LimitExceeded.IPv6AddressNum",
        "LimitExceeded.InstanceEniNumLimit",
        "LimitExceeded.InstanceQuota",
        "LimitExceeded.InstanceTypeBandwidth",
        "LimitExceeded.LaunchTemplateQuota",
        "LimitExceeded.LaunchTemplateVersionQuota",
        "LimitExceeded.PreheatImageSnapshotOutOfQuota",
        "LimitExceeded.PrepayQuota",
        "LimitExceeded.PrepayUnderwriteQuota",
        "LimitExceeded.SingleUSGQuota",
        "LimitExceeded.SpotQuota",
        "LimitExceeded.TagResourceQuota",
        "LimitExceeded.UserReturnQuota",
        "LimitExceeded.UserSpotQuota",
        "LimitExceeded.VpcSubnetNum",
        "MissingParameter",
        "MissingParameter.AtLeastOne",
        "MissingParameter.DPDKInstanceTypeRequiredVPC",
        "MissingParameter.MonitorService",
        "MutexOperation.TaskRunning",
        "OperationDenied.AccountNotSupported",
        "OperationDenied.ChcDeployConfigInvalid",
        "OperationDenied.ChcHostStateNotSupported",
        "OperationDenied.ChcInstallCloudImageWithoutDeployNetwork",
        "OperationDenied.InnerUserProhibitAction",
        "OperationDenied.InstanceOperationInProgress",
        "OperationDenied.NotBandwidthShiftUpUserApplyEdgeZoneEip",
        "OverQuota",
        "RegionAbilityLimit.UnsupportedToImportImage",
        "ResourceInUse",
        "ResourceInUse.DiskRollbacking",
        "ResourceInUse.HpcCluster",
        "ResourceInsufficient.AvailabilityZoneSoldOut",
        "ResourceInsufficient.CidrBlock",
        "ResourceInsufficient.CloudDiskSoldOut",
        "ResourceInsufficient.CloudDiskUnavailable",
        "ResourceInsufficient.DisasterRecoverGroupCvmQuota",
        "ResourceInsufficient.InsufficientGroupQuota",
        "ResourceInsufficient.InsufficientOfferingMinimum",
        "ResourceInsufficient.SpecifiedInstanceType",
        "ResourceInsufficient.ZoneSoldOutForSpecifiedInstance",
        "ResourceNotFound.HpcCluster",
        "ResourceNotFound.InvalidInstanceIdNotFound",
        "ResourceNotFound.InvalidPlacementSet",
        "ResourceNotFound.InvalidZoneInstanceType",
        "ResourceNotFound.KeyPairNotFound",
        "ResourceNotFound.NoDefaultCbs",
        "ResourceNotFound.NoDefaultCbsWithReason",
        "ResourceNotFound.ResourcePoolPackIdNotFound",
        "ResourceUnavailable",
        "ResourceUnavailable.InstanceType",
        "ResourceUnavailable.SnapshotCreating",
        "ResourcesSoldOut.AvailableZone",
        "ResourcesSoldOut.EipInsufficient",
        "ResourcesSoldOut.SpecifiedInstanceType",
        "SecGroupActionFailure",
        "UnauthorizedOperation",
        "UnauthorizedOperation.ImageNotBelongToAccount",
        "UnauthorizedOperation.InvalidToken",
        "UnauthorizedOperation.MFAExpired",
        "UnauthorizedOperation.MFANotFound",
        "UnauthorizedOperation.PermissionDenied",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.ArmArchitecture",
        "UnsupportedOperation.BandwidthPackageIdNotSupported",
        "UnsupportedOperation.CbsRemoteSsdNotSupport",
        "UnsupportedOperation.CommercialImageChangeChargeType",
        "UnsupportedOperation.DiskSnapCreateTimeTooOld",
        "UnsupportedOperation.EdgeZoneInstance",
        "UnsupportedOperation.EdgeZoneNotSupportCloudDisk",
        "UnsupportedOperation.EdgeZoneNotSupportPurchaseReserved",
        "UnsupportedOperation.ElasticNetworkInterface",
        "UnsupportedOperation.EncryptedImagesNotSupported",
        "UnsupportedOperation.HeterogeneousChangeInstanceFamily",
        "UnsupportedOperation.HibernationForNormalInstance",
        "UnsupportedOperation.HibernationOsVersion",
        "UnsupportedOperation.IPv6NotSupportVpcMigrate",
        "UnsupportedOperation.ImageTooLargeExportUnsupported",
        "UnsupportedOperation.InstanceChargeType",
        "UnsupportedOperation.InstanceMixedPricingModel",
        "UnsupportedOperation.InstanceMixedResetInstanceType",
        "UnsupportedOperation.InstanceMixedZoneType",
        "UnsupportedOperation.InstanceOsConvertOsNotSupport",
        "UnsupportedOperation.InstanceOsWindows",
        "UnsupportedOperation.InstanceReinstallFailed",
        "UnsupportedOperation.InstanceStateBanning",
        "UnsupportedOperation.InstanceStateCorrupted",
        "UnsupportedOperation.InstanceStateEnterRescueMode",
        "UnsupportedOperation.InstanceStateEnterServiceLiveMigrate",
        "UnsupportedOperation.InstanceStateExitRescueMode",
        "UnsupportedOperation.InstanceStateExitServiceLiveMigrate",
        "UnsupportedOperation.InstanceStateFreezing",
        "UnsupportedOperation.InstanceStateIsolating",
        "UnsupportedOperation.InstanceStateLaunchFailed",
        "UnsupportedOperation.InstanceStateNotRunning",
        "UnsupportedOperation.InstanceStatePending",
        "UnsupportedOperation.InstanceStateRebooting",
        "UnsupportedOperation.InstanceStateRescueMode",
        "UnsupportedOperation.InstanceStateRunning",
        "UnsupportedOperation.InstanceStateServiceLiveMigrate",
        "UnsupportedOperation.InstanceStateShutdown",
        "UnsupportedOperation.InstanceStateStarting",
        "UnsupportedOperation.InstanceStateStopped",
        "UnsupportedOperation.InstanceStateStopping",
        "UnsupportedOperation.InstanceStateTerminated",
        "UnsupportedOperation.InstanceStateTerminating",
        "UnsupportedOperation.InstanceTypeNotSupportConfidentiality",
        "UnsupportedOperation.InstanceTypeNotSupportGridLicence",
        "UnsupportedOperation.InstanceTypeNotSupportHighDensityModeSetting",
        "UnsupportedOperation.InstanceTypeNotSupportJumboFrame",
        "UnsupportedOperation.InstancesEnableJumboWithoutReboot",
        "UnsupportedOperation.InstancesProtected",
        "UnsupportedOperation.InsufficientClusterQuota",
        "UnsupportedOperation.InvalidDataDisk",
        "UnsupportedOperation.InvalidDisk",
        "UnsupportedOperation.InvalidDiskBackupQuota",
        "UnsupportedOperation.InvalidDiskFastRollback",
        "UnsupportedOperation.InvalidImageLicenseTypeForReset",
        "UnsupportedOperation.InvalidInstanceNotSupportedProtectedInstance",
        "UnsupportedOperation.InvalidInstanceWithSwapDisk",
        "UnsupportedOperation.InvalidInstancesOwner",
        "UnsupportedOperation.InvalidRegionDiskEncrypt",
        "UnsupportedOperation.InvalidZone",
        "UnsupportedOperation.KeyPairUnsupportedWindows",
        "UnsupportedOperation.LocalDataDiskChangeInstanceFamily",
        "UnsupportedOperation.LocalDiskMigratingToCloudDisk",
        "UnsupportedOperation.LocationImageNotSupported",
        "UnsupportedOperation.MarketImageConvertOSUnsupported",
        "UnsupportedOperation.MarketImageExportUnsupported",
        "UnsupportedOperation.MinCountUnsupportedChargeType",
        "UnsupportedOperation.MinCountUnsupportedRegion",
        "UnsupportedOperation.ModifyEncryptionNotSupported",
        "UnsupportedOperation.ModifyVPCWithCLB",
        "UnsupportedOperation.ModifyVPCWithClassLink",
        "UnsupportedOperation.NoInstanceTypeSupportSpot",
        "UnsupportedOperation.NoVpcNetwork",
        "UnsupportedOperation.NotFpgaInstance",
        "UnsupportedOperation.NotSupportImportInstancesActionTimer",
        "UnsupportedOperation.NotSupportInstanceImage",
        "UnsupportedOperation.NotSupportUnpaidOrder",
        "UnsupportedOperation.OnlyForPrepaidAccount",
        "UnsupportedOperation.OriginalInstanceTypeInvalid",
        "UnsupportedOperation.PeriodicContractNotSupportManualRenew",
        "UnsupportedOperation.PreheatImage",
        "UnsupportedOperation.PublicImageExportUnsupported",
        "UnsupportedOperation.RawLocalDiskInsReinstalltoQcow2",
        "UnsupportedOperation.RedHatImageExportUnsupported",
        "UnsupportedOperation.RedHatInstanceTerminateUnsupported",
        "UnsupportedOperation.RedHatInstanceUnsupported",
        "UnsupportedOperation.Region",
        "UnsupportedOperation.ResourcePoolPackageInvisibleForUser",
        "UnsupportedOperation.SharedImageExportUnsupported",
        "UnsupportedOperation.SharedImageModifyUnsupported",
        "UnsupportedOperation.SpecialInstanceType",
        "UnsupportedOperation.SpotUnsupportedRegion",
        "UnsupportedOperation.StoppedModeStopCharging",
        "UnsupportedOperation.StoppedModeStopChargingSameFamily",
        "UnsupportedOperation.SyncEncryptImageNotSupport",
        "UnsupportedOperation.SystemDiskType",
        "UnsupportedOperation.TatAgentNotOnline",
        "UnsupportedOperation.UnderwriteDiscountGreaterThanPrepaidDiscount",
        "UnsupportedOperation.UnderwritingInstanceTypeOnlySupportAutoRenew",
        "UnsupportedOperation.UnsupportedARMChangeInstanceFamily",
        "UnsupportedOperation.UnsupportedChangeInstanceFamily",
        "UnsupportedOperation.UnsupportedChangeInstanceFamilyToARM",
        "UnsupportedOperation.UnsupportedChangeInstanceToThisInstanceFamily",
        "UnsupportedOperation.UnsupportedInternationalUser",
        "UnsupportedOperation.UnsupportedPool",
        "UnsupportedOperation.UserConvertOsNotSupport",
        "UnsupportedOperation.UserLimitOperationExceedQuota",
        "UnsupportedOperation.WindowsImageExportUnsupported",
        "VpcAddrNotInSubNet",
        "VpcIpIsUsed",
    ];
    static NAME_CODES: [u32; 19] = [
        6, 10, 20, 97, 137, 140, 142, 157, 217, 239, 257, 265, 307, 308, 376, 381, 382,
        411, 413,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationByolImageShareFailedFailedOperationGetInstanceTatAgentStatusFailedFailedOperationNotFoundEipInvalidParameterInvalidTargetOsTypeInvalidParameterValueGpuInstanceFamilyInvalidParameterValueIpAddressMalformedInvalidParameterValueIsoMustImportByForceInvalidParameterValueInvalidGpuFamilyChangeInvalidParameterValueTooLarge2LimitExceededAssociateUsgLimitExceededLimitExceededSingleUsgQuotaMissingParameterDpdkInstanceTypeRequiredVpcUnauthorizedOperationMfaExpiredUnauthorizedOperationMfaNotFoundUnsupportedOperationMarketImageConvertOsUnsupportedUnsupportedOperationModifyVpcWithClbUnsupportedOperationModifyVpcWithClassLinkUnsupportedOperationUnsupportedArmChangeInstanceFamilyUnsupportedOperationUnsupportedChangeInstanceFamilyToArm",
        ends: &[
            0, 35, 81, 107, 142, 180, 219, 260, 303, 333, 371, 398, 441, 472, 504, 555,
            591, 633, 687, 743,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Account qualification restrictions.Authentication failed: cam role name authenticate failed.Eni not allowed change subnet.The operation failed: account already exists.The operation failed: account is your self.The operation failed: already in disaster recover group.The operation failed: BYOL image share failed.The operation failed: disassociate key pair failed.The operation failed: disaster recover group not found.The operation failed: disaster recover group not match.The operation failed: get instance TAT agent status failed.The operation failed: illegal tag key.The operation failed: illegal tag value.The operation failed: inquiry price failed.The operation failed: inquiry refund price failed.The operation failed: invalid image state.The operation failed: invalid instance application role.The operation failed: invalid instance application role emr.The operation failed: mut action timer exist.The operation failed: no available ip address count in subnet.The operation failed: not found EIP.The operation failed: not master account.The operation failed: placement set not empty.The operation failed: promotional perio restriction.The operation failed: promotional region restriction.The operation failed: q image share failed.The operation failed: r image share failed.The operation failed: security group action failed.The operation failed: snapshot size larger than data size.The operation failed: snapshot size less than data size.The operation failed: tag key reserved.The operation failed: tat agent not support.The operation failed: unreturnable.The operation failed: zone inconsistent.Image quota limit exceeded.Instances quota limit exceeded.An internal error occurred.An internal error occurred: trade unknown error.Internal server error.Invalid account: insufficient balance.Invalid account: unpaid order.Invalid account id: not found.Invalid account is: your self.Invalid client token: too long.Invalid filter.Invalid filter value: limit exceeded.Invalid host: not supported.Invalid host id: malformed.Invalid host id: not found.Invalid image id: in shared.Invalid image id: incorrect state.Invalid image id: malformed.Invalid image id: not found.Invalid image id: too large.Invalid image name: duplicate.Invalid image os type: unsupported.Invalid image os version: unsupported.Invalid instance: not supported.Invalid instance id: malformed.Invalid instance id: not found.Invalid instance name: too long.Invalid instance not supported prepaid instance.Invalid instance state.Invalid instance type: malformed.Invalid key pair: limit exceeded.Invalid key pair id: malformed.Invalid key pair id: not found.Invalid key pair name: duplicate.Invalid key pair name empty.Invalid key pair name include illegal char.Invalid key pair name too long.A parameter is invalid.A parameter is invalid: at most one.A parameter is invalid: auto snapshot not supported.A parameter is invalid: cdc not supported.A parameter is invalid: cdz not supported.A parameter is invalid: data disk id contains root disk.A parameter is invalid: data disk not belong specified instance.A parameter is invalid: duplicate system snapshots.A parameter is invalid: edge zone miss internet accessible.A parameter is invalid: host id customized instance type not support.A parameter is invalid: host id instance type not support.A parameter is invalid: host id standard instance type not support.A parameter is invalid: host id status not support.A parameter is invalid: host name illegal.A parameter is invalid: image ids snapshot ids must one.A parameter is invalid: instance image not support.A parameter is invalid: instance type not support.A parameter is invalid: instance type supported host not found.A parameter is invalid: internet accessible not supported.A parameter is invalid: invalid cloud disk sold out.A parameter is invalid: invalid dependence.A parameter is invalid: invalid instance not supported.A parameter is invalid: invalid ip format.A parameter is invalid: invalid kms key id.A parameter is invalid: invalid parameter coexist image ids filters.A parameter is invalid: invalid parameter url error.A parameter is invalid: invalid target OS type.A parameter is invalid: lack core count or thread per core.A parameter is invalid: local data disk not support.A parameter is invalid: only support for edge zone.A parameter is invalid: parameter conflict.A parameter is invalid: password not supported.A parameter is invalid: snapshot not found.A parameter is invalid: special parameter for special account.A parameter is invalid: specify one parameter.A parameter is invalid: swap disk not support.A parameter is invalid: system snapshot not found.A parameter is invalid: value too large.Invalid parameter combination.Invalid parameter conflict.A parameter value is invalid.A parameter value is invalid: amount not equal.A parameter value is invalid: bandwidth package id malformed.A parameter value is invalid: bandwidth package id not found.A parameter value is invalid: bandwidth package isp not match.A parameter value is invalid: bandwidth package zone not match.A parameter value is invalid: basic network instance family.A parameter value is invalid: bucket not found.A parameter value is invalid: cam role name malformed.A parameter value is invalid: cdh only local data disk resize.A parameter value is invalid: chc hosts not found.A parameter value is invalid: chc network empty.A parameter value is invalid: cloud ssd data disk size too small.A parameter value is invalid: core count value.A parameter value is invalid: dedicated cluster not supported charge type.A parameter value is invalid: dedicated resource pack ids not found.A parameter value is invalid: dedicated resource pack name.A parameter value is invalid: dedicated resource pack not valid.A parameter value is invalid: dedicated resource pack tenancy mismatch.A parameter value is invalid: deploy vpc already exists.A parameter value is invalid: disaster recover group id malformed.A parameter value is invalid: duplicate.A parameter value is invalid: duplicate tags.A parameter value is invalid: elastic network not exist.A parameter value is invalid: elastic network vpc subnet mismatch.A parameter value is invalid: external ip quota limited.A parameter value is invalid: GPU instance family.A parameter value is invalid: hpc cluster business id not supported.A parameter value is invalid: hpc cluster id zone id not match.A parameter value is invalid: IP address malformed.A parameter value is invalid: IPv6 address malformed.A parameter value is invalid: ISO must import by force.A parameter value is invalid: illegal host name.A parameter value is invalid: incorrect format.A parameter value is invalid: instance id malformed.A parameter value is invalid: instance not supported mix pricing model.A parameter value is invalid: instance type not found.A parameter value is invalid: instance type not support elastic networks.A parameter value is invalid: instance type not support hpc cluster.A parameter value is invalid: instance type required hpc cluster.A parameter value is invalid: insufficient offering.A parameter value is invalid: insufficient price.A parameter value is invalid: invalid app id format.A parameter value is invalid: invalid boot mode.A parameter value is invalid: invalid bucket permission for export.A parameter value is invalid: invalid file name prefix list.A parameter value is invalid: invalid GPU family change.A parameter value is invalid: invalid image family.A parameter value is invalid: invalid image for given instance type.A parameter value is invalid: invalid image format.A parameter value is invalid: invalid image id.A parameter value is invalid: invalid image id for retset instance.A parameter value is invalid: invalid image id is shared.A parameter value is invalid: invalid image os name.A parameter value is invalid: invalid image state.A parameter value is invalid: invalid instance source.A parameter value is invalid: invalid instance type periodic contract.A parameter value is invalid: invalid instance type underwrite.A parameter value is invalid: invalid ip format.A parameter value is invalid: invalid launch template description.A parameter value is invalid: invalid launch template name.A parameter value is invalid: invalid launch template version description.A parameter value is invalid: invalid license type.A parameter value is invalid: invalid network interface id.A parameter value is invalid: invalid parameter min count.A parameter value is invalid: invalid parameter value limit.A parameter value is invalid: invalid password.A parameter value is invalid: invalid region.A parameter value is invalid: invalid time format.A parameter value is invalid: invalid user data format.A parameter value is invalid: invalid vague name.A parameter value is invalid: invalid vpc id subnet id not found.A parameter value is invalid: isp not support for edge zone.A parameter value is invalid: isp value repeated.A parameter value is invalid: key pair not found.A parameter value is invalid: key pair not supported.A parameter value is invalid: launch template default version.A parameter value is invalid: launch template id malformed.A parameter value is invalid: launch template id not existed.A parameter value is invalid: launch template id ver not existed.A parameter value is invalid: launch template id ver set already.A parameter value is invalid: launch template not found.A parameter value is invalid: launch template version.A parameter value is invalid: limit exceeded.A parameter value is invalid: local disk size range.A parameter value is invalid: missing location cos endpoint.A parameter value is invalid: must dhcp enabled vpc.A parameter value is invalid: must enabled is rdma.A parameter value is invalid: not cdc subnet.A parameter value is invalid: not empty.A parameter value is invalid: not supported.A parameter value is invalid: preheat not supported instance type.A parameter value is invalid: preheat not supported zone.A parameter value is invalid: preheat unavailable zones.A parameter value is invalid: range.A parameter value is invalid: required location image.A parameter value is invalid: resource pool pack id malformed.A parameter value is invalid: resource pool pack status.A parameter value is invalid: resource pool pack type not supported.A parameter value is invalid: snapshot id malformed.A parameter value is invalid: subnet id malformed.A parameter value is invalid: subnet id zone id not match.A parameter value is invalid: subnet not exist.A parameter value is invalid: tag key not found.A parameter value is invalid: tag quota limit exceeded.A parameter value is invalid: thread per core value.A parameter value is invalid: too large.A parameter value is invalid: too long.A parameter value is invalid: uuid malformed.A parameter value is invalid: vpc id malformed.A parameter value is invalid: vpc id not exist.A parameter value is invalid: vpc id subnet id not match.A parameter value is invalid: vpc id zone id not match.A parameter value is invalid: vpc not support ipv6 address.A parameter value is invalid: zone not supported.Invalid parameter value limit.Invalid parameter value offset.Invalid password.Invalid period.Invalid permission.Invalid project id: not found.Invalid public key: duplicate.Invalid public key: malformed.Invalid region: not found.Invalid region: unavailable.Invalid security group id: not found.Invalid sg id: malformed.Invalid zone: mismatch region.A limit was exceeded: associate USG limit exceeded.A limit was exceeded: cvm instance quota.A limit was exceeded: cvms vifs per sec group limit exceeded.A limit was exceeded: disaster recover group.A limit was exceeded: eip num limit.A limit was exceeded: eni limit instance type.A limit was exceeded: eni num limit.A limit was exceeded: export image task limit exceeded.A limit was exceeded: hpc cluster quota.A limit was exceeded: IPv6 address num.A limit was exceeded: instance eni num limit.A limit was exceeded: instance quota.A limit was exceeded: instance type bandwidth.A limit was exceeded: launch template quota.A limit was exceeded: launch template version quota.A limit was exceeded: preheat image snapshot out of quota.A limit was exceeded: prepay quota.A limit was exceeded: prepay underwrite quota.A limit was exceeded: single USG quota.A limit was exceeded: spot quota.A limit was exceeded: tag resource quota.A limit was exceeded: user return quota.A limit was exceeded: user spot quota.A limit was exceeded: vpc subnet num.A required parameter is missing.A required parameter is missing: at least one.A required parameter is missing: DPDK instance type required VPC.A required parameter is missing: monitor service.Mutex operation: task running.The operation was denied: account not supported.The operation was denied: chc deploy config invalid.The operation was denied: chc host state not supported.The operation was denied: chc install cloud image without deploy network.The operation was denied: inner user prohibit action.The operation was denied: instance operation in progress.The operation was denied: not bandwidth shift up user apply edge zone eip.Over quota.Region ability limit: unsupported to import image.The resource is in use.The resource is in use: disk rollbacking.The resource is in use: hpc cluster.Resources are insufficient: availability zone sold out.Resources are insufficient: cidr block.Resources are insufficient: cloud disk sold out.Resources are insufficient: cloud disk unavailable.Resources are insufficient: disaster recover group cvm quota.Resources are insufficient: insufficient group quota.Resources are insufficient: insufficient offering minimum.Resources are insufficient: specified instance type.Resources are insufficient: zone sold out for specified instance.The resource was not found: hpc cluster.The resource was not found: invalid instance id not found.The resource was not found: invalid placement set.The resource was not found: invalid zone instance type.The resource was not found: key pair not found.The resource was not found: no default cbs.The resource was not found: no default cbs with reason.The resource was not found: resource pool pack id not found.The resource is unavailable.The resource is unavailable: instance type.The resource is unavailable: snapshot creating.The resources are sold out: available zone.The resources are sold out: eip insufficient.The resources are sold out: specified instance type.Sec group action failure.The operation is not authorized.The operation is not authorized: image not belong to account.The operation is not authorized: invalid token.The operation is not authorized: MFA expired.The operation is not authorized: MFA not found.The operation is not authorized: permission denied.An unknown parameter was given.The operation is not supported.The operation is not supported: arm architecture.The operation is not supported: bandwidth package id not supported.The operation is not supported: cbs remote ssd not support.The operation is not supported: commercial image change charge type.The operation is not supported: disk snap create time too old.The operation is not supported: edge zone instance.The operation is not supported: edge zone not support cloud disk.The operation is not supported: edge zone not support purchase reserved.The operation is not supported: elastic network interface.The operation is not supported: encrypted images not supported.The operation is not supported: heterogeneous change instance family.The operation is not supported: hibernation for normal instance.The operation is not supported: hibernation os version.The operation is not supported: IPv6 not support vpc migrate.The operation is not supported: image too large export unsupported.The operation is not supported: instance charge type.The operation is not supported: instance mixed pricing model.The operation is not supported: instance mixed reset instance type.The operation is not supported: instance mixed zone type.The operation is not supported: instance os convert os not support.The operation is not supported: instance os windows.The operation is not supported: instance reinstall failed.The operation is not supported: instance state banning.The operation is not supported: instance state corrupted.The operation is not supported: instance state enter rescue mode.The operation is not supported: instance state enter service live migrate.The operation is not supported: instance state exit rescue mode.The operation is not supported: instance state exit service live migrate.The operation is not supported: instance state freezing.The operation is not supported: instance state isolating.The operation is not supported: instance state launch failed.The operation is not supported: instance state not running.The operation is not supported: instance state pending.The operation is not supported: instance state rebooting.The operation is not supported: instance state rescue mode.The operation is not supported: instance state running.The operation is not supported: instance state service live migrate.The operation is not supported: instance state shutdown.The operation is not supported: instance state starting.The operation is not supported: instance state stopped.The operation is not supported: instance state stopping.The operation is not supported: instance state terminated.The operation is not supported: instance state terminating.The operation is not supported: instance type not support confidentiality.The operation is not supported: instance type not support grid licence.The operation is not supported: instance type not support high density mode setting.The operation is not supported: instance type not support jumbo frame.The operation is not supported: instances enable jumbo without reboot.The operation is not supported: instances protected.The operation is not supported: insufficient cluster quota.The operation is not supported: invalid data disk.The operation is not supported: invalid disk.The operation is not supported: invalid disk backup quota.The operation is not supported: invalid disk fast rollback.The operation is not supported: invalid image license type for reset.The operation is not supported: invalid instance not supported protected instance.The operation is not supported: invalid instance with swap disk.The operation is not supported: invalid instances owner.The operation is not supported: invalid region disk encrypt.The operation is not supported: invalid zone.The operation is not supported: key pair unsupported windows.The operation is not supported: local data disk change instance family.The operation is not supported: local disk migrating to cloud disk.The operation is not supported: location image not supported.The operation is not supported: market image convert OS unsupported.The operation is not supported: market image export unsupported.The operation is not supported: min count unsupported charge type.The operation is not supported: min count unsupported region.The operation is not supported: modify encryption not supported.The operation is not supported: modify VPC with CLB.The operation is not supported: modify VPC with class link.The operation is not supported: no instance type support spot.The operation is not supported: no vpc network.The operation is not supported: not fpga instance.The operation is not supported: not support import instances action timer.The operation is not supported: not support instance image.The operation is not supported: not support unpaid order.The operation is not supported: only for prepaid account.The operation is not supported: original instance type invalid.The operation is not supported: periodic contract not support manual renew.The operation is not supported: preheat image.The operation is not supported: public image export unsupported.The operation is not supported: raw local disk ins reinstallto qcow2.The operation is not supported: red hat image export unsupported.The operation is not supported: red hat instance terminate unsupported.The operation is not supported: red hat instance unsupported.The operation is not supported: region.The operation is not supported: resource pool package invisible for user.The operation is not supported: shared image export unsupported.The operation is not supported: shared image modify unsupported.The operation is not supported: special instance type.The operation is not supported: spot unsupported region.The operation is not supported: stopped mode stop charging.The operation is not supported: stopped mode stop charging same family.The operation is not supported: sync encrypt image not support.The operation is not supported: system disk type.The operation is not supported: tat agent not online.The operation is not supported: underwrite discount greater than prepaid discount.The operation is not supported: underwriting instance type only support auto renew.The operation is not supported: unsupported ARM change instance family.The operation is not supported: unsupported change instance family.The operation is not supported: unsupported change instance family to ARM.The operation is not supported: unsupported change instance to this instance family.The operation is not supported: unsupported international user.The operation is not supported: unsupported pool.The operation is not supported: user convert os not support.The operation is not supported: user limit operation exceed quota.The operation is not supported: windows image export unsupported.Vpc addr not in sub net.Vpc ip is used.",
        ends: &[
            0, 35, 92, 122, 167, 210, 266, 312, 363, 418, 473, 532, 570, 610, 653, 703,
            745, 801, 861, 906, 968, 1004, 1045, 1091, 1143, 1196, 1239, 1282, 1333,
            1391, 1447, 1486, 1530, 1565, 1605, 1632, 1663, 1690, 1738, 1760, 1798, 1828,
            1858, 1888, 1919, 1934, 1971, 1999, 2026, 2053, 2081, 2115, 2143, 2171, 2199,
            2229, 2264, 2302, 2334, 2365, 2396, 2428, 2476, 2499, 2532, 2565, 2596, 2627,
            2660, 2688, 2731, 2762, 2785, 2821, 2873, 2915, 2957, 3013, 3077, 3128, 3187,
            3256, 3314, 3381, 3432, 3474, 3530, 3581, 3631, 3694, 3752, 3804, 3847, 3902,
            3944, 3987, 4055, 4107, 4154, 4213, 4265, 4316, 4359, 4406, 4449, 4511, 4557,
            4603, 4653, 4693, 4723, 4750, 4779, 4826, 4887, 4948, 5010, 5073, 5133, 5180,
            5234, 5296, 5346, 5394, 5459, 5506, 5580, 5648, 5707, 5771, 5842, 5898, 5964,
            6004, 6049, 6105, 6171, 6227, 6277, 6345, 6408, 6459, 6512, 6567, 6615, 6662,
            6714, 6785, 6839, 6912, 6980, 7045, 7097, 7146, 7198, 7246, 7313, 7373, 7429,
            7480, 7548, 7599, 7646, 7713, 7770, 7822, 7872, 7926, 7996, 8059, 8107, 8173,
            8232, 8306, 8357, 8416, 8474, 8534, 8581, 8626, 8676, 8731, 8780, 8845, 8905,
            8954, 9003, 9056, 9118, 9177, 9238, 9303, 9368, 9424, 9478, 9523, 9575, 9635,
            9687, 9738, 9783, 9823, 9867, 9933, 9990, 10046, 10082, 10136, 10198, 10254,
            10322, 10374, 10424, 10482, 10529, 10577, 10632, 10684, 10724, 10763, 10808,
            10855, 10902, 10959, 11014, 11073, 11122, 11152, 11183, 11200, 11215, 11234,
            11264, 11294, 11324, 11350, 11378, 11415, 11440, 11470, 11521, 11562, 11623,
            11668, 11704, 11750, 11786, 11841, 11881, 11920, 11965, 12002, 12048, 12092,
            12144, 12202, 12237, 12283, 12322, 12355, 12396, 12436, 12474, 12511, 12543,
            12589, 12654, 12703, 12733, 12781, 12833, 12888, 12961, 13014, 13071, 13145,
            13156, 13206, 13229, 13270, 13306, 13361, 13400, 13448, 13499, 13560, 13613,
            13671, 13723, 13788, 13828, 13886, 13936, 13991, 14038, 14081, 14136, 14196,
            14224, 14267, 14314, 14357, 14402, 14454, 14479, 14511, 14572, 14619, 14664,
            14711, 14762, 14793, 14824, 14873, 14940, 14999, 15067, 15129, 15180, 15245,
            15317, 15375, 15438, 15507, 15571, 15626, 15687, 15754, 15807, 15868, 15935,
            15992, 16059, 16111, 16169, 16224, 16281, 16346, 16420, 16484, 16557, 16613,
            16670, 16731, 16790, 16845, 16902, 16961, 17016, 17084, 17140, 17196, 17251,
            17307, 17365, 17424, 17498, 17569, 17653, 17723, 17793, 17845, 17904, 17954,
            17999, 18057, 18116, 18185, 18267, 18331, 18387, 18447, 18492, 18553, 18624,
            18691, 18752, 18820, 18884, 18950, 19011, 19075, 19127, 19186, 19248, 19295,
            19345, 19419, 19478, 19535, 19592, 19655, 19730, 19776, 19840, 19909, 19974,
            20045, 20106, 20145, 20218, 20282, 20346, 20400, 20456, 20515, 20586, 20649,
            20698, 20751, 20833, 20916, 20987, 21054, 21128, 21212, 21275, 21324, 21384,
            21450, 21515, 21539, 21554,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 422] = ::cloud_errors::__private::retry_column(
        b"acaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacccccccaabbbcccccccccaaaaaaaaccccccaccccccaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 422] = ::cloud_errors::__private::category_column(
        b"bpbiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiibbmmbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbccccccccccccccccccccccccccccccccccccccbbcccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccbbbbbbbbbbbbbhhhhhhhhhhhhhhhhhhhhhhhhccccbgggggggbbjjjhhhhhhhhheeeeeeeeiiihhhbggggggcliiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiibb",
    );
    static PILOTS: [u16; 106] = [
        1, 36, 15, 73, 0, 5, 12, 35, 51, 13, 2, 9, 13, 36, 9, 1, 20, 33, 72, 2, 45, 41,
        5, 7, 13, 40, 1, 4, 68, 11, 41, 117, 0, 5, 7, 0, 34, 4, 48, 6, 71, 20, 2, 184,
        171, 19, 3, 8, 10, 0, 15, 53, 30, 18, 96, 8, 77, 75, 11, 1, 2, 100, 5, 69, 12,
        17, 4, 52, 20, 32, 3, 384, 5, 1, 66, 28, 4, 17, 13, 11, 0, 5, 5, 28, 83, 15, 18,
        61, 8, 95, 15, 157, 266, 2, 0, 15, 16, 35, 22, 181, 0, 2, 4, 0, 11, 143,
    ];
    static SLOTS: [(&str, u32); 468] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            178, 365, 177, 110, 362, 100, 393, 246, 57, 129, 153, 412, 88, 372, 58, 125,
            398, 329, 344, 238, 4294967295, 180, 60, 403, 116, 161, 152, 363, 195,
            4294967295, 357, 223, 4294967295, 313, 221, 253, 225, 328, 86, 13,
            4294967295, 48, 127, 205, 406, 256, 1, 115, 11, 233, 295, 257, 4294967295,
            80, 162, 70, 360, 252, 336, 87, 388, 304, 10, 137, 318, 63, 297, 4294967295,
            4294967295, 154, 189, 128, 19, 4294967295, 78, 419, 192, 97, 291, 414, 27,
            69, 188, 375, 268, 65, 141, 51, 3, 5, 231, 381, 4294967295, 239, 321, 332, 4,
            124, 215, 14, 319, 4294967295, 176, 35, 113, 114, 196, 227, 91, 172, 254,
            306, 326, 4294967295, 343, 279, 292, 168, 159, 4294967295, 288, 107,
            4294967295, 119, 210, 0, 109, 62, 417, 181, 71, 98, 355, 105, 413, 373, 38,
            251, 44, 361, 34, 289, 264, 135, 340, 198, 211, 265, 4294967295, 209, 41,
            342, 138, 418, 75, 307, 89, 82, 351, 4294967295, 376, 120, 32, 206, 345,
            4294967295, 7, 77, 30, 92, 331, 17, 228, 54, 368, 382, 338, 73, 421, 123,
            399, 316, 302, 16, 287, 81, 374, 42, 352, 85, 320, 199, 207, 401, 94, 240,
            244, 309, 4294967295, 108, 151, 4294967295, 243, 299, 241, 79, 325, 144, 200,
            12, 282, 46, 203, 156, 366, 259, 208, 26, 4294967295, 378, 242, 314, 226,
            4294967295, 148, 101, 183, 39, 61, 370, 323, 308, 312, 23, 263, 147,
            4294967295, 99, 4294967295, 4294967295, 283, 175, 25, 237, 235, 4294967295,
            383, 103, 49, 386, 204, 4294967295, 67, 155, 182, 405, 150, 327, 4294967295,
            389, 420, 281, 272, 24, 33, 337, 134, 216, 117, 43, 4294967295, 64, 330,
            4294967295, 149, 4294967295, 409, 261, 415, 166, 4294967295, 84, 380, 214,
            132, 249, 142, 4294967295, 4294967295, 260, 247, 335, 400, 163, 130, 255,
            248, 395, 410, 102, 139, 407, 391, 28, 18, 267, 106, 111, 333, 191, 56, 66,
            224, 217, 145, 29, 4294967295, 317, 286, 157, 47, 146, 201, 408, 4294967295,
            21, 236, 358, 269, 55, 4294967295, 96, 158, 6, 2, 190, 72, 232, 296, 165,
            184, 143, 112, 369, 371, 160, 350, 131, 164, 4294967295, 4294967295, 229,
            293, 290, 212, 15, 280, 167, 298, 4294967295, 170, 174, 230, 173, 303, 52,
            315, 339, 4294967295, 354, 379, 284, 394, 194, 404, 121, 136, 258, 270, 122,
            347, 245, 364, 40, 171, 234, 186, 93, 95, 385, 359, 4294967295, 193, 322,
            169, 377, 133, 367, 140, 250, 278, 220, 104, 4294967295, 4294967295, 74, 45,
            202, 4294967295, 218, 285, 341, 37, 179, 397, 324, 219, 118, 390, 310, 187,
            311, 222, 334, 271, 68, 305, 294, 353, 416, 90, 76, 275, 396, 300, 384, 262,
            274, 9, 411, 22, 4294967295, 83, 59, 349, 126, 53, 31, 4294967295, 392, 185,
            50, 277, 301, 273, 4294967295, 213, 20, 356, 8, 36, 346, 402, 387, 266, 276,
            197, 348,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
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
    const PROVIDER: &'static str = "Tencent Cloud CVM";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CVM's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CVM: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
