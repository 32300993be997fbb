// @generated from catalogs/tencent/lighthouse.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud LIGHTHOUSE: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud LIGHTHOUSE: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.InvalidHeaderUin`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: invalid header uin.
    AuthFailureInvalidHeaderUin,
    /// `AuthFailure.InvalidRegion`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: invalid region.
    AuthFailureInvalidRegion,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.BalanceInsufficient`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: balance insufficient.
    FailedOperationBalanceInsufficient,
    /// `FailedOperation.CreateBlueprintFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create blueprint failed.
    FailedOperationCreateBlueprintFailed,
    /// `FailedOperation.CreateDisksFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create disks failed.
    FailedOperationCreateDisksFailed,
    /// `FailedOperation.CreateInstancesFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create instances failed.
    FailedOperationCreateInstancesFailed,
    /// `FailedOperation.CreateKeyPairFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create key pair failed.
    FailedOperationCreateKeyPairFailed,
    /// `FailedOperation.DeleteKeyPairFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete key pair failed.
    FailedOperationDeleteKeyPairFailed,
    /// `FailedOperation.DeleteResourcesFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete resources failed.
    FailedOperationDeleteResourcesFailed,
    /// `FailedOperation.DescribeBlueprintBundlesFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe blueprint bundles failed.
    FailedOperationDescribeBlueprintBundlesFailed,
    /// `FailedOperation.DescribeBlueprintQuotaFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe blueprint quota failed.
    FailedOperationDescribeBlueprintQuotaFailed,
    /// `FailedOperation.DescribeBlueprintsFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe blueprints failed.
    FailedOperationDescribeBlueprintsFailed,
    /// `FailedOperation.DescribeBundleDiscountFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe bundle discount failed.
    FailedOperationDescribeBundleDiscountFailed,
    /// `FailedOperation.DescribeBundlesFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe bundles failed.
    FailedOperationDescribeBundlesFailed,
    /// `FailedOperation.DescribeDiskConfigQuotaFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe disk config quota failed.
    FailedOperationDescribeDiskConfigQuotaFailed,
    /// `FailedOperation.DescribeDisksReturnableError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe disks returnable error.
    FailedOperationDescribeDisksReturnableError,
    /// `FailedOperation.DescribeImagesFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe images failed.
    FailedOperationDescribeImagesFailed,
    /// `FailedOperation.DescribeInstanceStatus`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe instance status.
    FailedOperationDescribeInstanceStatus,
    /// `FailedOperation.DescribeInstancesModificationError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe instances modification error.
    FailedOperationDescribeInstancesModificationError,
    /// `FailedOperation.DescribeInstancesReturnableError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe instances returnable error.
    FailedOperationDescribeInstancesReturnableError,
    /// `FailedOperation.DescribeInstancesTrafficPackagesFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe instances traffic packages failed.
    FailedOperationDescribeInstancesTrafficPackagesFailed,
    /// `FailedOperation.DescribeResourcesReturnableError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe resources returnable error.
    FailedOperationDescribeResourcesReturnableError,
    /// `FailedOperation.DestroyResourcesFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: destroy resources failed.
    FailedOperationDestroyResourcesFailed,
    /// `FailedOperation.DockerContainersListTooLarge`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: docker containers list too large.
    FailedOperationDockerContainersListTooLarge,
    /// `FailedOperation.DockerOperationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: docker operation failed.
    FailedOperationDockerOperationFailed,
    /// `FailedOperation.FirewallOperationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: firewall operation failed.
    FailedOperationFirewallOperationFailed,
    /// `FailedOperation.FirewallRulesOperationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: firewall rules operation failed.
    FailedOperationFirewallRulesOperationFailed,
    /// `FailedOperation.GetSnapshotAllocQuotaLockError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get snapshot alloc quota lock error.
    FailedOperationGetSnapshotAllocQuotaLockError,
    /// `FailedOperation.ImageOperationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image operation failed.
    FailedOperationImageOperationFailed,
    /// `FailedOperation.ImportKeyPairFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: import key pair failed.
    FailedOperationImportKeyPairFailed,
    /// `FailedOperation.InitCommandContentTooLong`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: init command content too long.
    FailedOperationInitCommandContentTooLong,
    /// `FailedOperation.InstanceOperationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance operation failed.
    FailedOperationInstanceOperationFailed,
    /// `FailedOperation.InsufficientBalance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: insufficient balance.
    FailedOperationInsufficientBalance,
    /// `FailedOperation.InvalidCommandNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid command not found.
    FailedOperationInvalidCommandNotFound,
    /// `FailedOperation.IsolateResourcesFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: isolate resources failed.
    FailedOperationIsolateResourcesFailed,
    /// `FailedOperation.McpServerOperationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: mcp server operation failed.
    FailedOperationMcpServerOperationFailed,
    /// `FailedOperation.ModifyInstancesBundleFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify instances bundle failed.
    FailedOperationModifyInstancesBundleFailed,
    /// `FailedOperation.ModifyResourcesAttributeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify resources attribute failed.
    FailedOperationModifyResourcesAttributeFailed,
    /// `FailedOperation.ModifyResourcesRenewFlagFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify resources renew flag failed.
    FailedOperationModifyResourcesRenewFlagFailed,
    /// `FailedOperation.NumLimitError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: num limit error.
    FailedOperationNumLimitError,
    /// `FailedOperation.RenewResourcesFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: renew resources failed.
    FailedOperationRenewResourcesFailed,
    /// `FailedOperation.RequestError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: request error.
    FailedOperationRequestError,
    /// `FailedOperation.ResizeDisksFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: resize disks failed.
    FailedOperationResizeDisksFailed,
    /// `FailedOperation.ShareBlueprintAcrossAccountFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: share blueprint across account failed.
    FailedOperationShareBlueprintAcrossAccountFailed,
    /// `FailedOperation.SnapshotOperationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: snapshot operation failed.
    FailedOperationSnapshotOperationFailed,
    /// `FailedOperation.TATInvocationNotFinished`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: TAT invocation not finished.
    FailedOperationTatInvocationNotFinished,
    /// `FailedOperation.TradeCallBillingGatewayFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: trade call billing gateway failed.
    FailedOperationTradeCallBillingGatewayFailed,
    /// `FailedOperation.TradeGetPriceFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: trade get price failed.
    FailedOperationTradeGetPriceFailed,
    /// `FailedOperation.UnableToCreateBlueprint`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unable to create blueprint.
    FailedOperationUnableToCreateBlueprint,
    /// `FailedOperation.UnableToCreateInstances`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unable to create instances.
    FailedOperationUnableToCreateInstances,
    /// `FailedOperation.UnableToSyncBlueprint`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unable to sync blueprint.
    FailedOperationUnableToSyncBlueprint,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.DescribeInstanceStatus`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: describe instance status.
    InternalErrorDescribeInstanceStatus,
    /// `InternalError.DescribeInstancesModification`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: describe instances modification.
    InternalErrorDescribeInstancesModification,
    /// `InternalError.DescribeInstancesModificationError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: describe instances modification error.
    InternalErrorDescribeInstancesModificationError,
    /// `InternalError.DescribeInstancesReturnableError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: describe instances returnable error.
    InternalErrorDescribeInstancesReturnableError,
    /// `InternalError.DescribeInstancesTrafficPackagesFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: describe instances traffic packages failed.
    InternalErrorDescribeInstancesTrafficPackagesFailed,
    /// `InternalError.DescribeResourcesReturnableError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: describe resources returnable error.
    InternalErrorDescribeResourcesReturnableError,
    /// `InternalError.GetSnapshotAllocQuotaLockError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get snapshot alloc quota lock error.
    InternalErrorGetSnapshotAllocQuotaLockError,
    /// `InternalError.InvalidActionNotFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: invalid action not found.
    InternalErrorInvalidActionNotFound,
    /// `InternalError.InvalidBundlePrice`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: invalid bundle price.
    InternalErrorInvalidBundlePrice,
    /// `InternalError.InvalidCommandNotFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: invalid command not found.
    InternalErrorInvalidCommandNotFound,
    /// `InternalError.RequestError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: request error.
    InternalErrorRequestError,
    /// `InternalError.TradeCallBillingGatewayFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: trade call billing gateway failed.
    InternalErrorTradeCallBillingGatewayFailed,
    /// `InternalError.TradeGetPriceFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: trade get price failed.
    InternalErrorTradeGetPriceFailed,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.BundleAndBlueprintNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: bundle and blueprint not match.
    InvalidParameterBundleAndBlueprintNotMatch,
    /// `InvalidParameter.BundleIdNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: bundle id not found.
    InvalidParameterBundleIdNotFound,
    /// `InvalidParameter.Conflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: conflict.
    InvalidParameterConflict,
    /// `InvalidParameter.ConflictParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: conflict parameter.
    InvalidParameterConflictParameter,
    /// `InvalidParameter.CreatingGamePortalInstanceNotSupportParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: creating game portal instance not support parameter.
    InvalidParameterCreatingGamePortalInstanceNotSupportParameter,
    /// `InvalidParameter.FilterValueLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: filter value limit exceeded.
    InvalidParameterFilterValueLimitExceeded,
    /// `InvalidParameter.FirewallRulesDuplicated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: firewall rules duplicated.
    InvalidParameterFirewallRulesDuplicated,
    /// `InvalidParameter.FirewallRulesExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: firewall rules exist.
    InvalidParameterFirewallRulesExist,
    /// `InvalidParameter.GamePortalInstanceBlueprintInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: game portal instance blueprint invalid.
    InvalidParameterGamePortalInstanceBlueprintInvalid,
    /// `InvalidParameter.GamePortalInstanceOnlySupportCurrentBlueprint`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: game portal instance only support current blueprint.
    InvalidParameterGamePortalInstanceOnlySupportCurrentBlueprint,
    /// `InvalidParameter.InstanceDisplayAreaNotSupportParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: instance display area not support parameter.
    InvalidParameterInstanceDisplayAreaNotSupportParameter,
    /// `InvalidParameter.InstanceOperationUnsupportedParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: instance operation unsupported parameter.
    InvalidParameterInstanceOperationUnsupportedParameter,
    /// `InvalidParameter.InvalidFilter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid filter.
    InvalidParameterInvalidFilter,
    /// `InvalidParameter.InvalidFilterInvalidKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid filter invalid key.
    InvalidParameterInvalidFilterInvalidKey,
    /// `InvalidParameter.InvalidFilterInvalidNameNotStr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid filter invalid name not str.
    InvalidParameterInvalidFilterInvalidNameNotStr,
    /// `InvalidParameter.InvalidFilterInvalidValuesNotList`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid filter invalid values not list.
    InvalidParameterInvalidFilterInvalidValuesNotList,
    /// `InvalidParameter.InvalidFilterName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid filter name.
    InvalidParameterInvalidFilterName,
    /// `InvalidParameter.InvalidFilterNotDict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid filter not dict.
    InvalidParameterInvalidFilterNotDict,
    /// `InvalidParameter.InvalidFilterNotSupportedName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid filter not supported name.
    InvalidParameterInvalidFilterNotSupportedName,
    /// `InvalidParameter.MustSpecifyOneAttributeToModify`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: must specify one attribute to modify.
    InvalidParameterMustSpecifyOneAttributeToModify,
    /// `InvalidParameter.OnlyAllowModifyOneAttribute`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: only allow modify one attribute.
    InvalidParameterOnlyAllowModifyOneAttribute,
    /// `InvalidParameter.ParameterConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: parameter conflict.
    InvalidParameterParameterConflict,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.AccountIdInvalidAccountArea`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: account id invalid account area.
    InvalidParameterValueAccountIdInvalidAccountArea,
    /// `InvalidParameterValue.AccountIdSameWithUin`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: account id same with uin.
    InvalidParameterValueAccountIdSameWithUin,
    /// `InvalidParameterValue.AccountIdsNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: account ids not exist.
    InvalidParameterValueAccountIdsNotExist,
    /// `InvalidParameterValue.AccountIdsNotOwnerAccount`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: account ids not owner account.
    InvalidParameterValueAccountIdsNotOwnerAccount,
    /// `InvalidParameterValue.BlueprintConfigNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: blueprint config not match.
    InvalidParameterValueBlueprintConfigNotMatch,
    /// `InvalidParameterValue.BlueprintId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: blueprint id.
    InvalidParameterValueBlueprintId,
    /// `InvalidParameterValue.BlueprintIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: blueprint id malformed.
    InvalidParameterValueBlueprintIdMalformed,
    /// `InvalidParameterValue.BundleAndBlueprintNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bundle and blueprint not match.
    InvalidParameterValueBundleAndBlueprintNotMatch,
    /// `InvalidParameterValue.BundleNotSupportBlueprintPlatform`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bundle not support blueprint platform.
    InvalidParameterValueBundleNotSupportBlueprintPlatform,
    /// `InvalidParameterValue.CcnIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ccn id malformed.
    InvalidParameterValueCcnIdMalformed,
    /// `InvalidParameterValue.ClientTokenTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: client token too long.
    InvalidParameterValueClientTokenTooLong,
    /// `InvalidParameterValue.DestinationRegionSameAsSourceRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: destination region same as source region.
    InvalidParameterValueDestinationRegionSameAsSourceRegion,
    /// `InvalidParameterValue.DiskBackupIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: disk backup id malformed.
    InvalidParameterValueDiskBackupIdMalformed,
    /// `InvalidParameterValue.DiskBackupNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: disk backup name too long.
    InvalidParameterValueDiskBackupNameTooLong,
    /// `InvalidParameterValue.DiskBackupQuotaLessThanCurrentDiskBackupNum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: disk backup quota less than current disk backup num.
    InvalidParameterValueDiskBackupQuotaLessThanCurrentDiskBackupNum,
    /// `InvalidParameterValue.DiskBackupQuotaLessThenCurrentDiskBackupNum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: disk backup quota less then current disk backup num.
    InvalidParameterValueDiskBackupQuotaLessThenCurrentDiskBackupNum,
    /// `InvalidParameterValue.DiskInstanceZoneNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: disk instance zone not match.
    InvalidParameterValueDiskInstanceZoneNotMatch,
    /// `InvalidParameterValue.DiskNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: disk name too long.
    InvalidParameterValueDiskNameTooLong,
    /// `InvalidParameterValue.DiskSizeNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: disk size not match.
    InvalidParameterValueDiskSizeNotMatch,
    /// `InvalidParameterValue.DiskSizeSmallerThanCurrentDiskSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: disk size smaller than current disk size.
    InvalidParameterValueDiskSizeSmallerThanCurrentDiskSize,
    /// `InvalidParameterValue.DuplicateParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicate parameter value.
    InvalidParameterValueDuplicateParameterValue,
    /// `InvalidParameterValue.Duplicated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicated.
    InvalidParameterValueDuplicated,
    /// `InvalidParameterValue.DuplicatedFirewallTemplateRule`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: duplicated firewall template rule.
    InvalidParameterValueDuplicatedFirewallTemplateRule,
    /// `InvalidParameterValue.FieldsCompare`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: fields compare.
    InvalidParameterValueFieldsCompare,
    /// `InvalidParameterValue.FirewallRuleDescriptionTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: firewall rule description too long.
    InvalidParameterValueFirewallRuleDescriptionTooLong,
    /// `InvalidParameterValue.FirewallTemplateIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: firewall template id malformed.
    InvalidParameterValueFirewallTemplateIdMalformed,
    /// `InvalidParameterValue.InstanceIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance id malformed.
    InvalidParameterValueInstanceIdMalformed,
    /// `InvalidParameterValue.InstanceNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance name too long.
    InvalidParameterValueInstanceNameTooLong,
    /// `InvalidParameterValue.InvalidBlueprintId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid blueprint id.
    InvalidParameterValueInvalidBlueprintId,
    /// `InvalidParameterValue.InvalidBlueprintPlatformType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid blueprint platform type.
    InvalidParameterValueInvalidBlueprintPlatformType,
    /// `InvalidParameterValue.InvalidBlueprintState`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid blueprint state.
    InvalidParameterValueInvalidBlueprintState,
    /// `InvalidParameterValue.InvalidBlueprintType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid blueprint type.
    InvalidParameterValueInvalidBlueprintType,
    /// `InvalidParameterValue.InvalidBundle`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid bundle.
    InvalidParameterValueInvalidBundle,
    /// `InvalidParameterValue.InvalidBundleBlueprintCombination`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid bundle blueprint combination.
    InvalidParameterValueInvalidBundleBlueprintCombination,
    /// `InvalidParameterValue.InvalidConsoleDisplayTypes`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid console display types.
    InvalidParameterValueInvalidConsoleDisplayTypes,
    /// `InvalidParameterValue.InvalidCurInstanceDeadline`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid cur instance deadline.
    InvalidParameterValueInvalidCurInstanceDeadline,
    /// `InvalidParameterValue.InvalidDiskIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid disk id malformed.
    InvalidParameterValueInvalidDiskIdMalformed,
    /// `InvalidParameterValue.InvalidDiskSize`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid disk size.
    InvalidParameterValueInvalidDiskSize,
    /// `InvalidParameterValue.InvalidDiskType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid disk type.
    InvalidParameterValueInvalidDiskType,
    /// `InvalidParameterValue.InvalidImageIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid image id malformed.
    InvalidParameterValueInvalidImageIdMalformed,
    /// `InvalidParameterValue.InvalidIpFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid ip format.
    InvalidParameterValueInvalidIpFormat,
    /// `InvalidParameterValue.InvalidKeyPairNameEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid key pair name empty.
    InvalidParameterValueInvalidKeyPairNameEmpty,
    /// `InvalidParameterValue.InvalidKeyPairNameIncludeIllegalChar`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid key pair name include illegal char.
    InvalidParameterValueInvalidKeyPairNameIncludeIllegalChar,
    /// `InvalidParameterValue.InvalidKeyPairNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid key pair name too long.
    InvalidParameterValueInvalidKeyPairNameTooLong,
    /// `InvalidParameterValue.InvalidParameterCombination`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter combination.
    InvalidParameterValueInvalidParameterCombination,
    /// `InvalidParameterValue.InvalidPassword`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid password.
    InvalidParameterValueInvalidPassword,
    /// `InvalidParameterValue.InvalidResourceQuotaResourceName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid resource quota resource name.
    InvalidParameterValueInvalidResourceQuotaResourceName,
    /// `InvalidParameterValue.InvalidSceneIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid scene id malformed.
    InvalidParameterValueInvalidSceneIdMalformed,
    /// `InvalidParameterValue.InvalidZone`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid zone.
    InvalidParameterValueInvalidZone,
    /// `InvalidParameterValue.KeyPairIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: key pair id malformed.
    InvalidParameterValueKeyPairIdMalformed,
    /// `InvalidParameterValue.KeyPairPublicKeyDuplicated`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: key pair public key duplicated.
    InvalidParameterValueKeyPairPublicKeyDuplicated,
    /// `InvalidParameterValue.KeyPairPublicKeyMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: key pair public key malformed.
    InvalidParameterValueKeyPairPublicKeyMalformed,
    /// `InvalidParameterValue.Length`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: length.
    InvalidParameterValueLength,
    /// `InvalidParameterValue.LimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit exceeded.
    InvalidParameterValueLimitExceeded,
    /// `InvalidParameterValue.McpServerEnvInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: mcp server env invalid.
    InvalidParameterValueMcpServerEnvInvalid,
    /// `InvalidParameterValue.McpServerLimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: mcp server limit exceeded.
    InvalidParameterValueMcpServerLimitExceeded,
    /// `InvalidParameterValue.McpServerListTooLarge`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: mcp server list too large.
    InvalidParameterValueMcpServerListTooLarge,
    /// `InvalidParameterValue.Negative`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: negative.
    InvalidParameterValueNegative,
    /// `InvalidParameterValue.NotAllowToChangePlatformType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not allow to change platform type.
    InvalidParameterValueNotAllowToChangePlatformType,
    /// `InvalidParameterValue.NotSupportCrossBorderSyncBlueprint`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not support cross border sync blueprint.
    InvalidParameterValueNotSupportCrossBorderSyncBlueprint,
    /// `InvalidParameterValue.NotSupportModifyInstanceBundleType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: not support modify instance bundle type.
    InvalidParameterValueNotSupportModifyInstanceBundleType,
    /// `InvalidParameterValue.OutOfRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: out of range.
    InvalidParameterValueOutOfRange,
    /// `InvalidParameterValue.PlatformTypeNotSupportFileSystem`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: platform type not support file system.
    InvalidParameterValuePlatformTypeNotSupportFileSystem,
    /// `InvalidParameterValue.PlatformTypeNotSupportMountPoint`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: platform type not support mount point.
    InvalidParameterValuePlatformTypeNotSupportMountPoint,
    /// `InvalidParameterValue.RegionNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: region not found.
    InvalidParameterValueRegionNotFound,
    /// `InvalidParameterValue.RegionNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: region not match.
    InvalidParameterValueRegionNotMatch,
    /// `InvalidParameterValue.RegionNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: region not supported.
    InvalidParameterValueRegionNotSupported,
    /// `InvalidParameterValue.RegionUnavailable`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: region unavailable.
    InvalidParameterValueRegionUnavailable,
    /// `InvalidParameterValue.SnapshotIdMalformed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: snapshot id malformed.
    InvalidParameterValueSnapshotIdMalformed,
    /// `InvalidParameterValue.SnapshotNameTooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: snapshot name too long.
    InvalidParameterValueSnapshotNameTooLong,
    /// `InvalidParameterValue.TooLarge`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too large.
    InvalidParameterValueTooLarge,
    /// `InvalidParameterValue.TooLong`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too long.
    InvalidParameterValueTooLong,
    /// `InvalidParameterValue.TooSmall`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: too small.
    InvalidParameterValueTooSmall,
    /// `InvalidParameterValue.UnavailableRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unavailable region.
    InvalidParameterValueUnavailableRegion,
    /// `InvalidParameterValue.ZoneInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: zone invalid.
    InvalidParameterValueZoneInvalid,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.AttachDataDiskQuotaLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: attach data disk quota limit exceeded.
    LimitExceededAttachDataDiskQuotaLimitExceeded,
    /// `LimitExceeded.BlueprintQuotaLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: blueprint quota limit exceeded.
    LimitExceededBlueprintQuotaLimitExceeded,
    /// `LimitExceeded.DiskBackupQuotaLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: disk backup quota limit exceeded.
    LimitExceededDiskBackupQuotaLimitExceeded,
    /// `LimitExceeded.DiskQuotaLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: disk quota limit exceeded.
    LimitExceededDiskQuotaLimitExceeded,
    /// `LimitExceeded.FirewallRulesLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: firewall rules limit exceeded.
    LimitExceededFirewallRulesLimitExceeded,
    /// `LimitExceeded.FirewallTemplateRuleQuotaLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: firewall template rule quota limit exceeded.
    LimitExceededFirewallTemplateRuleQuotaLimitExceeded,
    /// `LimitExceeded.InstanceQuotaLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: instance quota limit exceeded.
    LimitExceededInstanceQuotaLimitExceeded,
    /// `LimitExceeded.IsolateResourcesLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: isolate resources limit exceeded.
    LimitExceededIsolateResourcesLimitExceeded,
    /// `LimitExceeded.KeyPairLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: key pair limit exceeded.
    LimitExceededKeyPairLimitExceeded,
    /// `LimitExceeded.ShareBlueprintAcrossAccountQuotaLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: share blueprint across account quota limit exceeded.
    LimitExceededShareBlueprintAcrossAccountQuotaLimitExceeded,
    /// `LimitExceeded.SnapshotQuotaLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: snapshot quota limit exceeded.
    LimitExceededSnapshotQuotaLimitExceeded,
    /// `LimitExceeded.SyncBlueprintQuotaLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: sync blueprint quota limit exceeded.
    LimitExceededSyncBlueprintQuotaLimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.BundleMissingParameterBlueprintId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: bundle missing parameter blueprint id.
    MissingParameterBundleMissingParameterBlueprintId,
    /// `MissingParameter.MissingParameterPeriodCurInstanceDeadline`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: missing parameter period cur instance deadline.
    MissingParameterMissingParameterPeriodCurInstanceDeadline,
    /// `MissingParameter.OrderFieldRequired`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: order field required.
    MissingParameterOrderFieldRequired,
    /// `OperationDenied.BlueprintOperationInProgress`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: blueprint operation in progress.
    OperationDeniedBlueprintOperationInProgress,
    /// `OperationDenied.BundleNotSupportModify`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: bundle not support modify.
    OperationDeniedBundleNotSupportModify,
    /// `OperationDenied.DiskBackupBusy`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: disk backup busy.
    OperationDeniedDiskBackupBusy,
    /// `OperationDenied.DiskBackupOperationInProgress`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: disk backup operation in progress.
    OperationDeniedDiskBackupOperationInProgress,
    /// `OperationDenied.DiskBusyForBackupOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: disk busy for backup operation.
    OperationDeniedDiskBusyForBackupOperation,
    /// `OperationDenied.DiskCreating`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: disk creating.
    OperationDeniedDiskCreating,
    /// `OperationDenied.DiskOperationInProgress`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: disk operation in progress.
    OperationDeniedDiskOperationInProgress,
    /// `OperationDenied.DiskUsageNotSupportOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: disk usage not support operation.
    OperationDeniedDiskUsageNotSupportOperation,
    /// `OperationDenied.InstanceCreating`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: instance creating.
    OperationDeniedInstanceCreating,
    /// `OperationDenied.InstanceOperationInProgress`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: instance operation in progress.
    OperationDeniedInstanceOperationInProgress,
    /// `OperationDenied.OperationDeniedCreateSnapshot`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: operation denied create snapshot.
    OperationDeniedOperationDeniedCreateSnapshot,
    /// `OperationDenied.OperationDeniedCreateSnapshotForStorageBundle`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: operation denied create snapshot for storage bundle.
    OperationDeniedOperationDeniedCreateSnapshotForStorageBundle,
    /// `ResourceInUse.BlueprintModifyingSharePermission`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: blueprint modifying share permission.
    ResourceInUseBlueprintModifyingSharePermission,
    /// `ResourceInUse.DiskBackupInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: disk backup in use.
    ResourceInUseDiskBackupInUse,
    /// `ResourceInUse.ImageInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: image in use.
    ResourceInUseImageInUse,
    /// `ResourceInUse.KeyPairInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: key pair in use.
    ResourceInUseKeyPairInUse,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.BlueprintIdNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: blueprint id not found.
    ResourceNotFoundBlueprintIdNotFound,
    /// `ResourceNotFound.BlueprintNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: blueprint not found.
    ResourceNotFoundBlueprintNotFound,
    /// `ResourceNotFound.DiskAttachedHasNoInstanceId`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: disk attached has no instance id.
    ResourceNotFoundDiskAttachedHasNoInstanceId,
    /// `ResourceNotFound.DiskBackupIdNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: disk backup id not found.
    ResourceNotFoundDiskBackupIdNotFound,
    /// `ResourceNotFound.DiskBackupNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: disk backup not exists.
    ResourceNotFoundDiskBackupNotExists,
    /// `ResourceNotFound.DiskBackupNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: disk backup not found.
    ResourceNotFoundDiskBackupNotFound,
    /// `ResourceNotFound.DiskIdNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: disk id not found.
    ResourceNotFoundDiskIdNotFound,
    /// `ResourceNotFound.DiskNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: disk not exists.
    ResourceNotFoundDiskNotExists,
    /// `ResourceNotFound.DiskNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: disk not found.
    ResourceNotFoundDiskNotFound,
    /// `ResourceNotFound.FirewallNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: firewall not found.
    ResourceNotFoundFirewallNotFound,
    /// `ResourceNotFound.FirewallRulesNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: firewall rules not found.
    ResourceNotFoundFirewallRulesNotFound,
    /// `ResourceNotFound.FirewallTemplateNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: firewall template not found.
    ResourceNotFoundFirewallTemplateNotFound,
    /// `ResourceNotFound.FirewallTemplateRuleNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: firewall template rule not found.
    ResourceNotFoundFirewallTemplateRuleNotFound,
    /// `ResourceNotFound.ImageIdNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: image id not found.
    ResourceNotFoundImageIdNotFound,
    /// `ResourceNotFound.InstanceBlueprintNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instance blueprint not found.
    ResourceNotFoundInstanceBlueprintNotFound,
    /// `ResourceNotFound.InstanceDataDiskNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instance data disk not found.
    ResourceNotFoundInstanceDataDiskNotFound,
    /// `ResourceNotFound.InstanceIdNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instance id not found.
    ResourceNotFoundInstanceIdNotFound,
    /// `ResourceNotFound.InstanceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instance not found.
    ResourceNotFoundInstanceNotFound,
    /// `ResourceNotFound.KeyIdNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: key id not found.
    ResourceNotFoundKeyIdNotFound,
    /// `ResourceNotFound.KeyPairNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: key pair not found.
    ResourceNotFoundKeyPairNotFound,
    /// `ResourceNotFound.McpServerNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: mcp server not found.
    ResourceNotFoundMcpServerNotFound,
    /// `ResourceNotFound.McpServersPartialNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: mcp servers partial not found.
    ResourceNotFoundMcpServersPartialNotFound,
    /// `ResourceNotFound.PrivateBlueprintNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: private blueprint not found.
    ResourceNotFoundPrivateBlueprintNotFound,
    /// `ResourceNotFound.RoleNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: role not found.
    ResourceNotFoundRoleNotFound,
    /// `ResourceNotFound.SceneIdNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: scene id not found.
    ResourceNotFoundSceneIdNotFound,
    /// `ResourceNotFound.SnapshotIdNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: snapshot id not found.
    ResourceNotFoundSnapshotIdNotFound,
    /// `ResourceNotFound.SnapshotNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: snapshot not found.
    ResourceNotFoundSnapshotNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.BlueprintInvalid`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: blueprint invalid.
    ResourceUnavailableBlueprintInvalid,
    /// `ResourceUnavailable.BlueprintUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: blueprint unavailable.
    ResourceUnavailableBlueprintUnavailable,
    /// `ResourceUnavailable.BundleUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: bundle unavailable.
    ResourceUnavailableBundleUnavailable,
    /// `ResourceUnavailable.CannotApplyEmptyFirewallTemplate`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cannot apply empty firewall template.
    ResourceUnavailableCannotApplyEmptyFirewallTemplate,
    /// `ResourceUnavailable.DockerUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: docker unavailable.
    ResourceUnavailableDockerUnavailable,
    /// `ResourceUnavailable.FirewallTemplateInUse`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: firewall template in use.
    ResourceUnavailableFirewallTemplateInUse,
    /// `ResourceUnavailable.InvalidPurchaseRequestSource`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: invalid purchase request source.
    ResourceUnavailableInvalidPurchaseRequestSource,
    /// `ResourceUnavailable.TATAgentUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: TAT agent unavailable.
    ResourceUnavailableTatAgentUnavailable,
    /// `ResourceUnavailable.TATServiceError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: TAT service error.
    ResourceUnavailableTatServiceError,
    /// `ResourcesSoldOut.BundleSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out: bundle sold out.
    ResourcesSoldOutBundleSoldOut,
    /// `ResourcesSoldOut.PurchaseSourceHasNoBundleConfigs`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out: purchase source has no bundle configs.
    ResourcesSoldOutPurchaseSourceHasNoBundleConfigs,
    /// `ResourcesSoldOut.ZonesHasNoBundleConfigs`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out: zones has no bundle configs.
    ResourcesSoldOutZonesHasNoBundleConfigs,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.CertificationNeedUpgrade`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: certification need upgrade.
    UnauthorizedOperationCertificationNeedUpgrade,
    /// `UnauthorizedOperation.InvalidToken`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: invalid token.
    UnauthorizedOperationInvalidToken,
    /// `UnauthorizedOperation.MFAExpired`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: MFA expired.
    UnauthorizedOperationMfaExpired,
    /// `UnauthorizedOperation.MFANotFound`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: MFA not found.
    UnauthorizedOperationMfaNotFound,
    /// `UnauthorizedOperation.NoPermission`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no permission.
    UnauthorizedOperationNoPermission,
    /// `UnauthorizedOperation.NotCertification`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: not certification.
    UnauthorizedOperationNotCertification,
    /// `UnauthorizedOperation.TokenInvalid`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: token invalid.
    UnauthorizedOperationTokenInvalid,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.ApplyDiskBackupToAnotherDisk`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: apply disk backup to another disk.
    UnsupportedOperationApplyDiskBackupToAnotherDisk,
    /// `UnsupportedOperation.AssumeRoleFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: assume role failed.
    UnsupportedOperationAssumeRoleFailed,
    /// `UnsupportedOperation.AttachCcnConditionUnsatisfied`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: attach ccn condition unsatisfied.
    UnsupportedOperationAttachCcnConditionUnsatisfied,
    /// `UnsupportedOperation.AttachCcnFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: attach ccn failed.
    UnsupportedOperationAttachCcnFailed,
    /// `UnsupportedOperation.BlueprintAlreadyShared`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: blueprint already shared.
    UnsupportedOperationBlueprintAlreadyShared,
    /// `UnsupportedOperation.BlueprintCurStateInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: blueprint cur state invalid.
    UnsupportedOperationBlueprintCurStateInvalid,
    /// `UnsupportedOperation.BlueprintHasNotShared`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: blueprint has not shared.
    UnsupportedOperationBlueprintHasNotShared,
    /// `UnsupportedOperation.BlueprintLatestOperationUnfinished`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: blueprint latest operation unfinished.
    UnsupportedOperationBlueprintLatestOperationUnfinished,
    /// `UnsupportedOperation.BlueprintOccupied`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: blueprint occupied.
    UnsupportedOperationBlueprintOccupied,
    /// `UnsupportedOperation.BlueprintTypeNotSupportOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: blueprint type not support operation.
    UnsupportedOperationBlueprintTypeNotSupportOperation,
    /// `UnsupportedOperation.CcnAlreadyAttached`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: ccn already attached.
    UnsupportedOperationCcnAlreadyAttached,
    /// `UnsupportedOperation.CcnNotAttached`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: ccn not attached.
    UnsupportedOperationCcnNotAttached,
    /// `UnsupportedOperation.DescribeCcnAttachedInstancesFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: describe ccn attached instances failed.
    UnsupportedOperationDescribeCcnAttachedInstancesFailed,
    /// `UnsupportedOperation.DetachCcnFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: detach ccn failed.
    UnsupportedOperationDetachCcnFailed,
    /// `UnsupportedOperation.DiskBackupLatestOperationUnfinished`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: disk backup latest operation unfinished.
    UnsupportedOperationDiskBackupLatestOperationUnfinished,
    /// `UnsupportedOperation.DiskBusy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: disk busy.
    UnsupportedOperationDiskBusy,
    /// `UnsupportedOperation.DiskLatestOperationUnfinished`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: disk latest operation unfinished.
    UnsupportedOperationDiskLatestOperationUnfinished,
    /// `UnsupportedOperation.FirewallBusy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: firewall busy.
    UnsupportedOperationFirewallBusy,
    /// `UnsupportedOperation.FirewallVersionMismatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: firewall version mismatch.
    UnsupportedOperationFirewallVersionMismatch,
    /// `UnsupportedOperation.ImageAlreadyShared`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: image already shared.
    UnsupportedOperationImageAlreadyShared,
    /// `UnsupportedOperation.ImageOccupied`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: image occupied.
    UnsupportedOperationImageOccupied,
    /// `UnsupportedOperation.ImageUnableToShare`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: image unable to share.
    UnsupportedOperationImageUnableToShare,
    /// `UnsupportedOperation.InstanceDisplayAreaNotSupportOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance display area not support operation.
    UnsupportedOperationInstanceDisplayAreaNotSupportOperation,
    /// `UnsupportedOperation.InstanceExpired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance expired.
    UnsupportedOperationInstanceExpired,
    /// `UnsupportedOperation.InstanceLinuxUnixCreatingNotSupportPassword`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance linux unix creating not support password.
    UnsupportedOperationInstanceLinuxUnixCreatingNotSupportPassword,
    /// `UnsupportedOperation.InvalidDiskBackupState`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid disk backup state.
    UnsupportedOperationInvalidDiskBackupState,
    /// `UnsupportedOperation.InvalidDiskState`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid disk state.
    UnsupportedOperationInvalidDiskState,
    /// `UnsupportedOperation.InvalidInstanceState`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid instance state.
    UnsupportedOperationInvalidInstanceState,
    /// `UnsupportedOperation.InvalidSnapshotState`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: invalid snapshot state.
    UnsupportedOperationInvalidSnapshotState,
    /// `UnsupportedOperation.KeyPairBindDuplicate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: key pair bind duplicate.
    UnsupportedOperationKeyPairBindDuplicate,
    /// `UnsupportedOperation.KeyPairBindToBlueprints`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: key pair bind to blueprints.
    UnsupportedOperationKeyPairBindToBlueprints,
    /// `UnsupportedOperation.KeyPairNotBoundToInstance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: key pair not bound to instance.
    UnsupportedOperationKeyPairNotBoundToInstance,
    /// `UnsupportedOperation.KeyPairUnbindUsernameMismatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: key pair unbind username mismatch.
    UnsupportedOperationKeyPairUnbindUsernameMismatch,
    /// `UnsupportedOperation.LatestOperationUnfinished`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: latest operation unfinished.
    UnsupportedOperationLatestOperationUnfinished,
    /// `UnsupportedOperation.McpServerLatestOperationUnfinished`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: mcp server latest operation unfinished.
    UnsupportedOperationMcpServerLatestOperationUnfinished,
    /// `UnsupportedOperation.NotSupportSharedBlueprint`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not support shared blueprint.
    UnsupportedOperationNotSupportSharedBlueprint,
    /// `UnsupportedOperation.OperationNotSupportAutoGeneratePassword`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: operation not support auto generate password.
    UnsupportedOperationOperationNotSupportAutoGeneratePassword,
    /// `UnsupportedOperation.OperationNotSupportedInIntlSite`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: operation not supported in intl site.
    UnsupportedOperationOperationNotSupportedInIntlSite,
    /// `UnsupportedOperation.PostDestroyResourceFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: post destroy resource failed.
    UnsupportedOperationPostDestroyResourceFailed,
    /// `UnsupportedOperation.ResetAttachCcnFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: reset attach ccn failed.
    UnsupportedOperationResetAttachCcnFailed,
    /// `UnsupportedOperation.ResourceNotReturnable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: resource not returnable.
    UnsupportedOperationResourceNotReturnable,
    /// `UnsupportedOperation.SameWithOldConfig`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: same with old config.
    UnsupportedOperationSameWithOldConfig,
    /// `UnsupportedOperation.ServiceRoleNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: service role not exist.
    UnsupportedOperationServiceRoleNotExist,
    /// `UnsupportedOperation.SnapshotBusy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: snapshot busy.
    UnsupportedOperationSnapshotBusy,
    /// `UnsupportedOperation.SystemBusy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: system busy.
    UnsupportedOperationSystemBusy,
    /// `UnsupportedOperation.TatAgentNotOnline`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: tat agent not online.
    UnsupportedOperationTatAgentNotOnline,
    /// `UnsupportedOperation.WindowsNotAllowToAssociateKeyPair`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: windows not allow to associate key pair.
    UnsupportedOperationWindowsNotAllowToAssociateKeyPair,
    /// `UnsupportedOperation.WindowsNotSupportKeyPair`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: windows not support key pair.
    UnsupportedOperationWindowsNotSupportKeyPair,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 298] = [
        "AuthFailure",
        "AuthFailure.InvalidHeaderUin",
        "AuthFailure.InvalidRegion",
        "FailedOperation",
        "FailedOperation.BalanceInsufficient",
        "FailedOperation.CreateBlueprintFailed",
        "FailedOperation.CreateDisksFailed",
        "FailedOperation.CreateInstancesFailed",
        "FailedOperation.CreateKeyPairFailed",
        "FailedOperation.DeleteKeyPairFailed",
        "FailedOperation.DeleteResourcesFailed",
        "FailedOperation.DescribeBlueprintBundlesFailed",
        "FailedOperation.DescribeBlueprintQuotaFailed",
        "FailedOperation.DescribeBlueprintsFailed",
        "FailedOperation.DescribeBundleDiscountFailed",
        "FailedOperation.DescribeBundlesFailed",
        "FailedOperation.DescribeDiskConfigQuotaFailed",
        "FailedOperation.DescribeDisksReturnableError",
        "FailedOperation.DescribeImagesFailed",
        "FailedOperation.DescribeInstanceStatus",
        "FailedOperation.DescribeInstancesModificationError",
        "FailedOperation.DescribeInstancesReturnableError",
        "FailedOperation.DescribeInstancesTrafficPackagesFailed",
        "FailedOperation.DescribeResourcesReturnableError",
        "FailedOperation.DestroyResourcesFailed",
        "FailedOperation.DockerContainersListTooLarge",
        "FailedOperation.DockerOperationFailed",
        "FailedOperation.FirewallOperationFailed",
        "FailedOperation.FirewallRulesOperationFailed",
        "FailedOperation.GetSnapshotAllocQuotaLockError",
        "FailedOperation.ImageOperationFailed",
        "FailedOperation.ImportKeyPairFailed",
        "FailedOperation.InitCommandContentTooLong",
        "FailedOperation.InstanceOperationFailed",
        "FailedOperation.InsufficientBalance",
        "FailedOperation.InvalidCommandNotFound",
        "FailedOperation.IsolateResourcesFailed",
        "FailedOperation.McpServerOperationFailed",
        "FailedOperation.ModifyInstancesBundleFailed",
        "FailedOperation.ModifyResourcesAttributeFailed",
        "FailedOperation.ModifyResourcesRenewFlagFailed",
        "FailedOperation.NumLimitError",
        "FailedOperation.RenewResourcesFailed",
        "FailedOperation.RequestError",
        "FailedOperation.ResizeDisksFailed",
        "FailedOperation.ShareBlueprintAcrossAccountFailed",
        "FailedOperation.SnapshotOperationFailed",
        "FailedOperation.TATInvocationNotFinished",
        "FailedOperation.TradeCallBillingGatewayFailed",
        "FailedOperation.TradeGetPriceFailed",
        "FailedOperation.UnableToCreateBlueprint",
        "FailedOperation.UnableToCreateInstances",
        "FailedOperation.UnableToSyncBlueprint",
        "InternalError",
        "InternalError.DescribeInstanceStatus",
        "InternalError.DescribeInstancesModification",
        "InternalError.DescribeInstancesModificationError",
        "InternalError.DescribeInstancesReturnableError",
        "InternalError.DescribeInstancesTrafficPackagesFailed",
        "InternalError.DescribeResourcesReturnableError",
        "InternalError.GetSnapshotAllocQuotaLockError",
        "InternalError.InvalidActionNotFound",
        "InternalError.InvalidBundlePrice",
        "InternalError.InvalidCommandNotFound",
        "InternalError.RequestError",
        "InternalError.TradeCallBillingGatewayFailed",
        "InternalError.TradeGetPriceFailed",
        "InvalidParameter",
        "InvalidParameter.BundleAndBlueprintNotMatch",
        "InvalidParameter.BundleIdNotFound",
        "InvalidParameter.Conflict",
        "InvalidParameter.ConflictParameter",
        "InvalidParameter.CreatingGamePortalInstanceNotSupportParameter",
        "InvalidParameter.FilterValueLimitExceeded",
        "InvalidParameter.FirewallRulesDuplicated",
        "InvalidParameter.FirewallRulesExist",
        "InvalidParameter.GamePortalInstanceBlueprintInvalid",
        "InvalidParameter.GamePortalInstanceOnlySupportCurrentBlueprint",
        "InvalidParameter.InstanceDisplayAreaNotSupportParameter",
        "InvalidParameter.InstanceOperationUnsupportedParameter",
        "InvalidParameter.InvalidFilter",
        "InvalidParameter.InvalidFilterInvalidKey",
        "InvalidParameter.InvalidFilterInvalidNameNotStr",
        "InvalidParameter.InvalidFilterInvalidValuesNotList",
        "InvalidParameter.InvalidFilterName",
        "InvalidParameter.InvalidFilterNotDict",
        "InvalidParameter.InvalidFilterNotSupportedName",
        "InvalidParameter.MustSpecifyOneAttributeToModify",
        "InvalidParameter.OnlyAllowModifyOneAttribute",
        "InvalidParameter.ParameterConflict",
        "InvalidParameterValue",
        "InvalidParameterValue.AccountIdInvalidAccountArea",
        "InvalidParameterValue.AccountIdSameWithUin",
        "InvalidParameterValue.AccountIdsNotExist",
        "InvalidParameterValue.AccountIdsNotOwnerAccount",
        "InvalidParameterValue.BlueprintConfigNotMatch",
        "InvalidParameterValue.BlueprintId",
        "InvalidParameterValue.BlueprintIdMalformed",
        "InvalidParameterValue.BundleAndBlueprintNotMatch",
        "InvalidParameterValue.BundleNotSupportBlueprintPlatform",
        "InvalidParameterValue.CcnIdMalformed",
        "InvalidParameterValue.ClientTokenTooLong",
        "InvalidParameterValue.DestinationRegionSameAsSourceRegion",
        "InvalidParameterValue.DiskBackupIdMalformed",
        "InvalidParameterValue.DiskBackupNameTooLong",
        "InvalidParameterValue.DiskBackupQuotaLessThanCurrentDiskBackupNum",
        "InvalidParameterValue.DiskBackupQuotaLessThenCurrentDiskBackupNum",
        "InvalidParameterValue.DiskInstanceZoneNotMatch",
        "InvalidParameterValue.DiskNameTooLong",
        "InvalidParameterValue.DiskSizeNotMatch",
        "InvalidParameterValue.DiskSizeSmallerThanCurrentDiskSize",
        "InvalidParameterValue.DuplicateParameterValue",
        "InvalidParameterValue.Duplicated",
        "InvalidParameterValue.DuplicatedFirewallTemplateRule",
        "InvalidParameterValue.FieldsCompare",
        "InvalidParameterValue.FirewallRuleDescriptionTooLong",
        "InvalidParameterValue.FirewallTemplateIdMalformed",
        "InvalidParameterValue.InstanceIdMalformed",
        "InvalidParameterValue.InstanceNameTooLong",
        "InvalidParameterValue.InvalidBlueprintId",
        "InvalidParameterValue.InvalidBlueprintPlatformType",
        "InvalidParameterValue.InvalidBlueprintState",
        "InvalidParameterValue.InvalidBlueprintType",
        "InvalidParameterValue.InvalidBundle",
        "InvalidParameterValue.InvalidBundleBlueprintCombination",
        "InvalidParameterValue.InvalidConsoleDisplayTypes",
        "InvalidParameterValue.InvalidCurInstanceDeadline",
        "InvalidParameterValue.InvalidDiskIdMalformed",
        "InvalidParameterValue.InvalidDiskSize",
        "InvalidParameterValue.InvalidDiskType",
        "InvalidParameterValue.InvalidImageIdMalformed",
        "InvalidParameterValue.InvalidIpFormat",
        "InvalidParameterValue.InvalidKeyPairNameEmpty",
        "InvalidParameterValue.InvalidKeyPairNameIncludeIllegalChar",
        "InvalidParameterValue.InvalidKeyPairNameTooLong",
        "InvalidParameterValue.InvalidParameterCombination",
        "InvalidParameterValue.InvalidPassword",
        "InvalidParameterValue.InvalidResourceQuotaResourceName",
        "InvalidParameterValue.InvalidSceneIdMalformed",
        "InvalidParameterValue.InvalidZone",
        "InvalidParameterValue.KeyPairIdMalformed",
        "InvalidParameterValue.KeyPairPublicKeyDuplicated",
        "InvalidParameterValue.KeyPairPublicKeyMalformed",
        "InvalidParameterValue.Length",
        "InvalidParameterValue.LimitExceeded",
        "InvalidParameterValue.McpServerEnvInvalid",
        "InvalidParameterValue.McpServerLimitExceeded",
        "InvalidParameterValue.McpServerListTooLarge",
        "InvalidParameterValue.Negative",
        "InvalidParameterValue.NotAllowToChangePlatformType",
        "InvalidParameterValue.NotSupportCrossBorderSyncBlueprint",
        "InvalidParameterValue.NotSupportModifyInstanceBundleType",
        "InvalidParameterValue.OutOfRange",
        "InvalidParameterValue.PlatformTypeNotSupportFileSystem",
        "InvalidParameterValue.PlatformTypeNotSupportMountPoint",
        "InvalidParameterValue.RegionNotFound",
        "InvalidParameterValue.RegionNotMatch",
        "InvalidParameterValue.RegionNotSupported",
        "InvalidParameterValue.RegionUnavailable",
        "InvalidParameterValue.SnapshotIdMalformed",
        "InvalidParameterValue.SnapshotNameTooLong",
        "InvalidParameterValue.TooLarge",
        "InvalidParameterValue.TooLong",
        "InvalidParameterValue.TooSmall",
        "InvalidParameterValue.UnavailableRegion",
        "InvalidParameterValue.ZoneInvalid",
        "LimitExceeded",
        "LimitExceeded.AttachDataDiskQuotaLimitExceeded",
        "LimitExceeded.BlueprintQuotaLimitExceeded",
        "LimitExceeded.DiskBackupQuotaLimitExceeded",
        "LimitExceeded.DiskQuotaLimitExceeded",
        "LimitExceeded.FirewallRulesLimitExceeded",
        "LimitExceeded.FirewallTemplateRuleQuotaLimitExceeded",
        "LimitExceeded.InstanceQuotaLimitExceeded",
        "LimitExceeded.IsolateResourcesLimitExceeded",
        "LimitExceeded.KeyPairLimitExceeded",
        "LimitExceeded.ShareBlueprintAcrossAccountQuotaLimitExceeded",
        "LimitExceeded.SnapshotQuotaLimitExceeded",
        "LimitExceeded.SyncBlueprintQuotaLimitExceeded",
        "MissingParameter",
        "MissingParameter.BundleMissingParameterBlueprintId",
        "MissingParameter.MissingParameterPeriodCurInstanceDeadline",
        "MissingParameter.OrderFieldRequired",
        "OperationDenied.BlueprintOperationInProgress",
        "OperationDenied.BundleNotSupportModify",
        "OperationDenied.DiskBackupBusy",
        "OperationDenied.DiskBackupOperationInProgress",
        "OperationDenied.DiskBusyForBackupOperation",
        "OperationDenied.DiskCreating",
        "OperationDenied.DiskOperationInProgress",
        "OperationDenied.DiskUsageNotSupportOperation",
        "OperationDenied.InstanceCreating",
        "OperationDenied.InstanceOperationInProgress",
        "OperationDenied.OperationDeniedCreateSnapshot",
        "OperationDenied.OperationDeniedCreateSnapshotForStorageBundle",
        "ResourceInUse.BlueprintModifyingSharePermission",
        "ResourceInUse.DiskBackupInUse",
        "ResourceInUse.ImageInUse",
        "ResourceInUse.KeyPairInUse",
        "ResourceNotFound",
        "ResourceNotFound.BlueprintIdNotFound",
        "ResourceNotFound.BlueprintNotFound",
        "ResourceNotFound.DiskAttachedHasNoInstanceId",
        "ResourceNotFound.DiskBackupIdNotFound",
        "ResourceNotFound.DiskBackupNotExists",
        "ResourceNotFound.DiskBackupNotFound",
        "ResourceNotFound.DiskIdNotFound",
        "ResourceNotFound.DiskNotExists",
        "ResourceNotFound.DiskNotFound",
        "ResourceNotFound.FirewallNotFound",
        "ResourceNotFound.FirewallRulesNotFound",
        "ResourceNotFound.FirewallTemplateNotFound",
        "ResourceNotFound.FirewallTemplateRuleNotFound",
        "ResourceNotFound.ImageIdNotFound",
        "ResourceNotFound.InstanceBlueprintNotFound",
        "ResourceNotFound.InstanceDataDiskNotFound",
        "ResourceNotFound.InstanceIdNotFound",
        "ResourceNotFound.InstanceNotFound",
        "ResourceNotFound.KeyIdNotFound",
        "ResourceNotFound.KeyPairNotFound",
        "ResourceNotFound.McpServerNotFound",
        "ResourceNotFound.McpServersPartialNotFound",
        "ResourceNotFound.PrivateBlueprintNotFound",
        "ResourceNotFound.RoleNotFound",
        "ResourceNotFound.SceneIdNotFound",
        "ResourceNotFound.SnapshotIdNotFound",
        "ResourceNotFound.SnapshotNotFound",
        "ResourceUnavailable",
        "ResourceUnavailable.BlueprintInvalid",
        "ResourceUnavailable.BlueprintUnavailable",
        "ResourceUnavailable.BundleUnavailable",
        "ResourceUnavailable.CannotApplyEmptyFirewallTemplate",
        "ResourceUnavailable.DockerUnavailable",
        "ResourceUnavailable.FirewallTemplateInUse",
        "ResourceUnavailable.InvalidPurchaseRequestSource",
        "ResourceUnavailable.TATAgentUnavailable",
        "ResourceUnavailable.TATServiceError",
        "ResourcesSoldOut.BundleSoldOut",
        "ResourcesSoldOut.PurchaseSourceHasNoBundleConfigs",
        "ResourcesSoldOut.ZonesHasNoBundleConfigs",
        "UnauthorizedOperation",
        "UnauthorizedOperation.CertificationNeedUpgrade",
        "UnauthorizedOperation.InvalidToken",
        "UnauthorizedOperation.MFAExpired",
        "UnauthorizedOperation.MFANotFound",
        "UnauthorizedOperation.NoPermission",
        "UnauthorizedOperation.NotCertification",
        "UnauthorizedOperation.TokenInvalid",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.ApplyDiskBackupToAnotherDisk",
        "UnsupportedOperation.AssumeRoleFailed",
        "UnsupportedOperation.AttachCcnConditionUnsatisfied",
        "UnsupportedOperation.AttachCcnFailed",
        "UnsupportedOperation.BlueprintAlreadyShared",
        "UnsupportedOperation.BlueprintCurStateInvalid",
        "UnsupportedOperation.BlueprintHasNotShared",
        "UnsupportedOperation.BlueprintLatestOperationUnfinished",
        "UnsupportedOperation.BlueprintOccupied",
        "UnsupportedOperation.BlueprintTypeNotSupportOperation",
        "UnsupportedOperation.CcnAlreadyAttached",
        "UnsupportedOperation.CcnNotAttached",
        "UnsupportedOperation.DescribeCcnAttachedInstancesFailed",
        "UnsupportedOperation.DetachCcnFailed",
        "UnsupportedOperation.DiskBackupLatestOperationUnfinished",
        "UnsupportedOperation.DiskBusy",
        "UnsupportedOperation.DiskLatestOperationUnfinished",
        "UnsupportedOperation.FirewallBusy",
        "UnsupportedOperation.FirewallVersionMismatch",
        "UnsupportedOperation.ImageAlreadyShared",
        "UnsupportedOperation.ImageOccupied",
        "UnsupportedOperation.ImageUnableToShare",
        "UnsupportedOperation.InstanceDisplayAreaNotSupportOperation",
        "UnsupportedOperation.InstanceExpired",
        "UnsupportedOperation.InstanceLinuxUnixCreatingNotSupportPassword",
        "UnsupportedOperation.InvalidDiskBackupState",
        "UnsupportedOperation.InvalidDiskState",
        "UnsupportedOperation.InvalidInstanceState",
        "UnsupportedOperation.InvalidSnapshotState",
        "UnsupportedOperation.KeyPairBindDuplicate",
        "UnsupportedOperation.KeyPairBindToBlueprints",
        "UnsupportedOperation.KeyPairNotBoundToInstance",
        "UnsupportedOperation.KeyPairUnbindUsernameMismatch",
        "UnsupportedOperation.LatestOperationUnfinished",
        "UnsupportedOperation.McpServerLatestOperationUnfinished",
        "UnsupportedOperation.NotSupportSharedBlueprint",
        "UnsupportedOperation.OperationNotSupportAutoGeneratePassword",
        "UnsupportedOperation.OperationNotSupportedInIntlSite",
        "UnsupportedOperation.PostDestroyResourceFailed",
        "UnsupportedOperation.ResetAttachCcnFailed",
        "UnsupportedOperation.ResourceNotReturnable",
        "UnsupportedOperation.SameWithOldConfig",
        "UnsupportedOperation.ServiceRoleNotExist",
        "UnsupportedOperation.SnapshotBusy",
        "UnsupportedOperation.SystemBusy",
        "UnsupportedOperation.TatAgentNotOnline",
        "UnsupportedOperation.WindowsNotAllowToAssociateKeyPair",
        "UnsupportedOperation.WindowsNotSupportKeyPair",
    ];
    static NAME_CODES: [u32; 5] = [47, 235, 236, 243, 244];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationTatInvocationNotFinishedResourceUnavailableTatAgentUnavailableResourceUnavailableTatServiceErrorUnauthorizedOperationMfaExpiredUnauthorizedOperationMfaNotFound",
        ends: &[0, 39, 77, 111, 142, 174],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: invalid header uin.Authentication failed: invalid region.The operation failed.The operation failed: balance insufficient.The operation failed: create blueprint failed.The operation failed: create disks failed.The operation failed: create instances failed.The operation failed: create key pair failed.The operation failed: delete key pair failed.The operation failed: delete resources failed.The operation failed: describe blueprint bundles failed.The operation failed: describe blueprint quota failed.The operation failed: describe blueprints failed.The operation failed: describe bundle discount failed.The operation failed: describe bundles failed.The operation failed: describe disk config quota failed.The operation failed: describe disks returnable error.The operation failed: describe images failed.The operation failed: describe instance status.The operation failed: describe instances modification error.The operation failed: describe instances returnable error.The operation failed: describe instances traffic packages failed.The operation failed: describe resources returnable error.The operation failed: destroy resources failed.The operation failed: docker containers list too large.The operation failed: docker operation failed.The operation failed: firewall operation failed.The operation failed: firewall rules operation failed.The operation failed: get snapshot alloc quota lock error.The operation failed: image operation failed.The operation failed: import key pair failed.The operation failed: init command content too long.The operation failed: instance operation failed.The operation failed: insufficient balance.The operation failed: invalid command not found.The operation failed: isolate resources failed.The operation failed: mcp server operation failed.The operation failed: modify instances bundle failed.The operation failed: modify resources attribute failed.The operation failed: modify resources renew flag failed.The operation failed: num limit error.The operation failed: renew resources failed.The operation failed: request error.The operation failed: resize disks failed.The operation failed: share blueprint across account failed.The operation failed: snapshot operation failed.The operation failed: TAT invocation not finished.The operation failed: trade call billing gateway failed.The operation failed: trade get price failed.The operation failed: unable to create blueprint.The operation failed: unable to create instances.The operation failed: unable to sync blueprint.An internal error occurred.An internal error occurred: describe instance status.An internal error occurred: describe instances modification.An internal error occurred: describe instances modification error.An internal error occurred: describe instances returnable error.An internal error occurred: describe instances traffic packages failed.An internal error occurred: describe resources returnable error.An internal error occurred: get snapshot alloc quota lock error.An internal error occurred: invalid action not found.An internal error occurred: invalid bundle price.An internal error occurred: invalid command not found.An internal error occurred: request error.An internal error occurred: trade call billing gateway failed.An internal error occurred: trade get price failed.A parameter is invalid.A parameter is invalid: bundle and blueprint not match.A parameter is invalid: bundle id not found.A parameter is invalid: conflict.A parameter is invalid: conflict parameter.A parameter is invalid: creating game portal instance not support parameter.A parameter is invalid: filter value limit exceeded.A parameter is invalid: firewall rules duplicated.A parameter is invalid: firewall rules exist.A parameter is invalid: game portal instance blueprint invalid.A parameter is invalid: game portal instance only support current blueprint.A parameter is invalid: instance display area not support parameter.A parameter is invalid: instance operation unsupported parameter.A parameter is invalid: invalid filter.A parameter is invalid: invalid filter invalid key.A parameter is invalid: invalid filter invalid name not str.A parameter is invalid: invalid filter invalid values not list.A parameter is invalid: invalid filter name.A parameter is invalid: invalid filter not dict.A parameter is invalid: invalid filter not supported name.A parameter is invalid: must specify one attribute to modify.A parameter is invalid: only allow modify one attribute.A parameter is invalid: parameter conflict.A parameter value is invalid.A parameter value is invalid: account id invalid account area.A parameter value is invalid: account id same with uin.A parameter value is invalid: account ids not exist.A parameter value is invalid: account ids not owner account.A parameter value is invalid: blueprint config not match.A parameter value is invalid: blueprint id.A parameter value is invalid: blueprint id malformed.A parameter value is invalid: bundle and blueprint not match.A parameter value is invalid: bundle not support blueprint platform.A parameter value is invalid: ccn id malformed.A parameter value is invalid: client token too long.A parameter value is invalid: destination region same as source region.A parameter value is invalid: disk backup id malformed.A parameter value is invalid: disk backup name too long.A parameter value is invalid: disk backup quota less than current disk backup num.A parameter value is invalid: disk backup quota less then current disk backup num.A parameter value is invalid: disk instance zone not match.A parameter value is invalid: disk name too long.A parameter value is invalid: disk size not match.A parameter value is invalid: disk size smaller than current disk size.A parameter value is invalid: duplicate parameter value.A parameter value is invalid: duplicated.A parameter value is invalid: duplicated firewall template rule.A parameter value is invalid: fields compare.A parameter value is invalid: firewall rule description too long.A parameter value is invalid: firewall template id malformed.A parameter value is invalid: instance id malformed.A parameter value is invalid: instance name too long.A parameter value is invalid: invalid blueprint id.A parameter value is invalid: invalid blueprint platform type.A parameter value is invalid: invalid blueprint state.A parameter value is invalid: invalid blueprint type.A parameter value is invalid: invalid bundle.A parameter value is invalid: invalid bundle blueprint combination.A parameter value is invalid: invalid console display types.A parameter value is invalid: invalid cur instance deadline.A parameter value is invalid: invalid disk id malformed.A parameter value is invalid: invalid disk size.A parameter value is invalid: invalid disk type.A parameter value is invalid: invalid image id malformed.A parameter value is invalid: invalid ip format.A parameter value is invalid: invalid key pair name empty.A parameter value is invalid: invalid key pair name include illegal char.A parameter value is invalid: invalid key pair name too long.A parameter value is invalid: invalid parameter combination.A parameter value is invalid: invalid password.A parameter value is invalid: invalid resource quota resource name.A parameter value is invalid: invalid scene id malformed.A parameter value is invalid: invalid zone.A parameter value is invalid: key pair id malformed.A parameter value is invalid: key pair public key duplicated.A parameter value is invalid: key pair public key malformed.A parameter value is invalid: length.A parameter value is invalid: limit exceeded.A parameter value is invalid: mcp server env invalid.A parameter value is invalid: mcp server limit exceeded.A parameter value is invalid: mcp server list too large.A parameter value is invalid: negative.A parameter value is invalid: not allow to change platform type.A parameter value is invalid: not support cross border sync blueprint.A parameter value is invalid: not support modify instance bundle type.A parameter value is invalid: out of range.A parameter value is invalid: platform type not support file system.A parameter value is invalid: platform type not support mount point.A parameter value is invalid: region not found.A parameter value is invalid: region not match.A parameter value is invalid: region not supported.A parameter value is invalid: region unavailable.A parameter value is invalid: snapshot id malformed.A parameter value is invalid: snapshot name too long.A parameter value is invalid: too large.A parameter value is invalid: too long.A parameter value is invalid: too small.A parameter value is invalid: unavailable region.A parameter value is invalid: zone invalid.A limit was exceeded.A limit was exceeded: attach data disk quota limit exceeded.A limit was exceeded: blueprint quota limit exceeded.A limit was exceeded: disk backup quota limit exceeded.A limit was exceeded: disk quota limit exceeded.A limit was exceeded: firewall rules limit exceeded.A limit was exceeded: firewall template rule quota limit exceeded.A limit was exceeded: instance quota limit exceeded.A limit was exceeded: isolate resources limit exceeded.A limit was exceeded: key pair limit exceeded.A limit was exceeded: share blueprint across account quota limit exceeded.A limit was exceeded: snapshot quota limit exceeded.A limit was exceeded: sync blueprint quota limit exceeded.A required parameter is missing.A required parameter is missing: bundle missing parameter blueprint id.A required parameter is missing: missing parameter period cur instance deadline.A required parameter is missing: order field required.The operation was denied: blueprint operation in progress.The operation was denied: bundle not support modify.The operation was denied: disk backup busy.The operation was denied: disk backup operation in progress.The operation was denied: disk busy for backup operation.The operation was denied: disk creating.The operation was denied: disk operation in progress.The operation was denied: disk usage not support operation.The operation was denied: instance creating.The operation was denied: instance operation in progress.The operation was denied: operation denied create snapshot.The operation was denied: operation denied create snapshot for storage bundle.The resource is in use: blueprint modifying share permission.The resource is in use: disk backup in use.The resource is in use: image in use.The resource is in use: key pair in use.The resource was not found.The resource was not found: blueprint id not found.The resource was not found: blueprint not found.The resource was not found: disk attached has no instance id.The resource was not found: disk backup id not found.The resource was not found: disk backup not exists.The resource was not found: disk backup not found.The resource was not found: disk id not found.The resource was not found: disk not exists.The resource was not found: disk not found.The resource was not found: firewall not found.The resource was not found: firewall rules not found.The resource was not found: firewall template not found.The resource was not found: firewall template rule not found.The resource was not found: image id not found.The resource was not found: instance blueprint not found.The resource was not found: instance data disk not found.The resource was not found: instance id not found.The resource was not found: instance not found.The resource was not found: key id not found.The resource was not found: key pair not found.The resource was not found: mcp server not found.The resource was not found: mcp servers partial not found.The resource was not found: private blueprint not found.The resource was not found: role not found.The resource was not found: scene id not found.The resource was not found: snapshot id not found.The resource was not found: snapshot not found.The resource is unavailable.The resource is unavailable: blueprint invalid.The resource is unavailable: blueprint unavailable.The resource is unavailable: bundle unavailable.The resource is unavailable: cannot apply empty firewall template.The resource is unavailable: docker unavailable.The resource is unavailable: firewall template in use.The resource is unavailable: invalid purchase request source.The resource is unavailable: TAT agent unavailable.The resource is unavailable: TAT service error.The resources are sold out: bundle sold out.The resources are sold out: purchase source has no bundle configs.The resources are sold out: zones has no bundle configs.The operation is not authorized.The operation is not authorized: certification need upgrade.The operation is not authorized: invalid token.The operation is not authorized: MFA expired.The operation is not authorized: MFA not found.The operation is not authorized: no permission.The operation is not authorized: not certification.The operation is not authorized: token invalid.An unknown parameter was given.The operation is not supported.The operation is not supported: apply disk backup to another disk.The operation is not supported: assume role failed.The operation is not supported: attach ccn condition unsatisfied.The operation is not supported: attach ccn failed.The operation is not supported: blueprint already shared.The operation is not supported: blueprint cur state invalid.The operation is not supported: blueprint has not shared.The operation is not supported: blueprint latest operation unfinished.The operation is not supported: blueprint occupied.The operation is not supported: blueprint type not support operation.The operation is not supported: ccn already attached.The operation is not supported: ccn not attached.The operation is not supported: describe ccn attached instances failed.The operation is not supported: detach ccn failed.The operation is not supported: disk backup latest operation unfinished.The operation is not supported: disk busy.The operation is not supported: disk latest operation unfinished.The operation is not supported: firewall busy.The operation is not supported: firewall version mismatch.The operation is not supported: image already shared.The operation is not supported: image occupied.The operation is not supported: image unable to share.The operation is not supported: instance display area not support operation.The operation is not supported: instance expired.The operation is not supported: instance linux unix creating not support password.The operation is not supported: invalid disk backup state.The operation is not supported: invalid disk state.The operation is not supported: invalid instance state.The operation is not supported: invalid snapshot state.The operation is not supported: key pair bind duplicate.The operation is not supported: key pair bind to blueprints.The operation is not supported: key pair not bound to instance.The operation is not supported: key pair unbind username mismatch.The operation is not supported: latest operation unfinished.The operation is not supported: mcp server latest operation unfinished.The operation is not supported: not support shared blueprint.The operation is not supported: operation not support auto generate password.The operation is not supported: operation not supported in intl site.The operation is not supported: post destroy resource failed.The operation is not supported: reset attach ccn failed.The operation is not supported: resource not returnable.The operation is not supported: same with old config.The operation is not supported: service role not exist.The operation is not supported: snapshot busy.The operation is not supported: system busy.The operation is not supported: tat agent not online.The operation is not supported: windows not allow to associate key pair.The operation is not supported: windows not support key pair.",
        ends: &[
            0, 22, 64, 102, 123, 166, 212, 254, 300, 345, 390, 436, 492, 546, 595, 649,
            695, 751, 805, 850, 897, 957, 1015, 1080, 1138, 1185, 1240, 1286, 1334, 1388,
            1446, 1491, 1536, 1588, 1636, 1679, 1727, 1774, 1824, 1877, 1933, 1990, 2028,
            2073, 2109, 2151, 2211, 2259, 2309, 2365, 2410, 2459, 2508, 2555, 2582, 2635,
            2695, 2761, 2825, 2896, 2960, 3024, 3077, 3126, 3180, 3222, 3284, 3335, 3358,
            3413, 3457, 3490, 3533, 3609, 3661, 3711, 3756, 3819, 3895, 3963, 4028, 4067,
            4118, 4178, 4241, 4285, 4333, 4391, 4452, 4508, 4551, 4580, 4642, 4697, 4749,
            4809, 4866, 4909, 4962, 5023, 5091, 5138, 5190, 5261, 5316, 5372, 5454, 5536,
            5595, 5644, 5694, 5765, 5821, 5862, 5926, 5971, 6036, 6097, 6149, 6202, 6253,
            6315, 6369, 6422, 6467, 6534, 6594, 6654, 6710, 6758, 6806, 6863, 6911, 6969,
            7042, 7103, 7163, 7210, 7277, 7334, 7377, 7429, 7490, 7550, 7587, 7632, 7685,
            7741, 7797, 7836, 7900, 7970, 8040, 8083, 8151, 8219, 8266, 8313, 8364, 8413,
            8465, 8518, 8558, 8597, 8637, 8686, 8729, 8750, 8810, 8863, 8918, 8966, 9018,
            9084, 9136, 9191, 9237, 9311, 9363, 9421, 9453, 9524, 9604, 9658, 9716, 9768,
            9811, 9871, 9928, 9968, 10021, 10080, 10124, 10181, 10240, 10318, 10379,
            10422, 10459, 10499, 10526, 10577, 10625, 10686, 10739, 10790, 10840, 10886,
            10930, 10973, 11020, 11073, 11129, 11190, 11237, 11294, 11351, 11401, 11448,
            11493, 11540, 11589, 11647, 11703, 11746, 11793, 11843, 11890, 11918, 11965,
            12016, 12064, 12130, 12178, 12232, 12293, 12344, 12391, 12435, 12501, 12557,
            12589, 12649, 12696, 12741, 12788, 12835, 12886, 12933, 12964, 12995, 13061,
            13112, 13177, 13227, 13284, 13344, 13401, 13471, 13522, 13591, 13644, 13693,
            13764, 13814, 13886, 13928, 13993, 14039, 14097, 14150, 14197, 14251, 14327,
            14376, 14458, 14516, 14567, 14622, 14677, 14733, 14793, 14856, 14922, 14982,
            15053, 15114, 15191, 15260, 15321, 15377, 15433, 15486, 15541, 15587, 15631,
            15684, 15756, 15817,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 298] = ::cloud_errors::__private::retry_column(
        b"accaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccccccccccccbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaacccccccccccccccccccccaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 298] = ::cloud_errors::__private::category_column(
        b"bppiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimmmmmmmmmmmmmmccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccchhhhhhhhhhhhhccccggggggggggggjjjjeeeeeeeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiihhhggggggggcliiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii",
    );
    static PILOTS: [u16; 75] = [
        6, 5, 46, 43, 0, 1, 4, 2, 2, 9, 22, 20, 24, 36, 0, 40, 3, 24, 90, 0, 12, 0, 6,
        12, 87, 23, 10, 59, 9, 0, 12, 3, 0, 43, 9, 0, 35, 37, 2, 16, 0, 29, 128, 3, 31,
        36, 36, 4, 131, 36, 9, 4, 0, 66, 2, 11, 100, 6, 34, 15, 180, 22, 52, 9, 1, 33,
        16, 0, 34, 13, 31, 1, 0, 3, 30,
    ];
    static SLOTS: [(&str, u32); 331] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            140, 151, 259, 228, 4294967295, 4294967295, 274, 181, 152, 277, 4294967295,
            43, 226, 91, 235, 260, 105, 208, 294, 227, 4294967295, 32, 4294967295, 135,
            278, 86, 24, 242, 137, 205, 72, 159, 198, 267, 93, 99, 4294967295,
            4294967295, 97, 35, 279, 215, 4294967295, 55, 234, 184, 4294967295, 238, 174,
            58, 111, 4294967295, 133, 245, 77, 44, 36, 158, 85, 104, 130, 132,
            4294967295, 171, 126, 265, 164, 34, 186, 121, 217, 204, 296, 264, 7, 106,
            266, 123, 20, 28, 2, 289, 287, 67, 29, 191, 37, 122, 249, 25, 207, 283, 282,
            233, 9, 285, 23, 185, 4294967295, 273, 143, 188, 102, 101, 68, 92, 75,
            4294967295, 201, 4294967295, 83, 253, 103, 145, 108, 293, 95, 4, 88, 214,
            213, 276, 4294967295, 69, 195, 131, 176, 291, 271, 76, 114, 225, 178, 216,
            48, 39, 4294967295, 154, 297, 5, 4294967295, 74, 280, 167, 61, 119, 40, 199,
            141, 4294967295, 221, 54, 146, 17, 281, 96, 60, 257, 4294967295, 288, 222,
            187, 170, 52, 4294967295, 4294967295, 120, 192, 118, 263, 239, 194, 149, 237,
            246, 4294967295, 256, 268, 4294967295, 8, 4294967295, 4294967295, 250, 290,
            112, 197, 223, 4294967295, 161, 155, 49, 292, 0, 127, 26, 115, 254, 110, 202,
            53, 14, 166, 109, 243, 13, 81, 4294967295, 248, 129, 173, 172, 41, 179, 71,
            134, 98, 3, 31, 212, 182, 262, 46, 203, 258, 156, 183, 15, 177, 62, 157, 255,
            90, 4294967295, 79, 230, 147, 125, 168, 209, 240, 142, 261, 4294967295, 80,
            78, 33, 252, 162, 4294967295, 107, 4294967295, 206, 220, 196, 144, 270,
            4294967295, 269, 136, 150, 51, 47, 124, 160, 165, 6, 244, 247, 21, 210, 153,
            1, 22, 66, 4294967295, 87, 231, 117, 65, 70, 38, 284, 113, 45, 232, 89, 10,
            229, 190, 128, 42, 100, 16, 189, 218, 50, 73, 12, 82, 63, 19, 59, 94, 56, 64,
            169, 236, 138, 57, 219, 224, 27, 295, 84, 275, 18, 272, 211, 251, 116, 163,
            200, 193, 11, 30, 139, 148, 241, 175, 180, 286,
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
    const PROVIDER: &'static str = "Tencent Cloud LIGHTHOUSE";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud LIGHTHOUSE's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud LIGHTHOUSE: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
