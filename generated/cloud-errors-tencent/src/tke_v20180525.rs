// @generated from catalogs/tencent/tke_v20180525.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TKE v20180525: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TKE v20180525: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AccountCommon`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: account common.
    FailedOperationAccountCommon,
    /// `FailedOperation.AccountUserNotAuthenticated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: account user not authenticated.
    FailedOperationAccountUserNotAuthenticated,
    /// `FailedOperation.AddVpcCniSubnetsFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: add vpc cni subnets failed.
    FailedOperationAddVpcCniSubnetsFailed,
    /// `FailedOperation.AsCommon`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: as common.
    FailedOperationAsCommon,
    /// `FailedOperation.CVMUnexpectedError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: CVM unexpected error.
    FailedOperationCvmUnexpectedError,
    /// `FailedOperation.CamNoAuth`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cam no auth.
    FailedOperationCamNoAuth,
    /// `FailedOperation.ClusterForbiddenToDelete`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cluster forbidden to delete.
    FailedOperationClusterForbiddenToDelete,
    /// `FailedOperation.ClusterNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cluster not found.
    FailedOperationClusterNotFound,
    /// `FailedOperation.ClusterState`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cluster state.
    FailedOperationClusterState,
    /// `FailedOperation.ClusterUpgradeNodeVersion`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cluster upgrade node version.
    FailedOperationClusterUpgradeNodeVersion,
    /// `FailedOperation.ClusterVersionNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cluster version not support.
    FailedOperationClusterVersionNotSupport,
    /// `FailedOperation.ComponentClientCommon`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: component client common.
    FailedOperationComponentClientCommon,
    /// `FailedOperation.ComponentClientHttp`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: component client http.
    FailedOperationComponentClientHttp,
    /// `FailedOperation.ComponentClientUnpack`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: component client unpack.
    FailedOperationComponentClientUnpack,
    /// `FailedOperation.ComponentClinetHttp`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: component clinet http.
    FailedOperationComponentClinetHttp,
    /// `FailedOperation.CreateClsClient`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create cls client.
    FailedOperationCreateClsClient,
    /// `FailedOperation.CreateClsConfig`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create cls config.
    FailedOperationCreateClsConfig,
    /// `FailedOperation.CreateClsIndex`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create cls index.
    FailedOperationCreateClsIndex,
    /// `FailedOperation.CreateClsLogSet`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create cls log set.
    FailedOperationCreateClsLogSet,
    /// `FailedOperation.CreateClsMachineGroup`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create cls machine group.
    FailedOperationCreateClsMachineGroup,
    /// `FailedOperation.CreateClsTopic`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create cls topic.
    FailedOperationCreateClsTopic,
    /// `FailedOperation.CvmCommon`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cvm common.
    FailedOperationCvmCommon,
    /// `FailedOperation.CvmDeletionProtection`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cvm deletion protection.
    FailedOperationCvmDeletionProtection,
    /// `FailedOperation.CvmNumberNotMatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cvm number not match.
    FailedOperationCvmNumberNotMatch,
    /// `FailedOperation.CvmVpcidNotMatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cvm vpcid not match.
    FailedOperationCvmVpcidNotMatch,
    /// `FailedOperation.Db`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: db.
    FailedOperationDb,
    /// `FailedOperation.DbRecordNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: db record not found.
    FailedOperationDbRecordNotFound,
    /// `FailedOperation.DeprecatedAPI`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: deprecated API.
    FailedOperationDeprecatedApi,
    /// `FailedOperation.DfwGetUSGQuota`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: dfw get USG quota.
    FailedOperationDfwGetUsgQuota,
    /// `FailedOperation.DisableVPCCNIFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: disable VPCCNI failed.
    FailedOperationDisableVpccniFailed,
    /// `FailedOperation.EnableVPCCNIFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: enable VPCCNI failed.
    FailedOperationEnableVpccniFailed,
    /// `FailedOperation.GetClsConfig`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get cls config.
    FailedOperationGetClsConfig,
    /// `FailedOperation.GetClsConfigMachineGroups`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get cls config machine groups.
    FailedOperationGetClsConfigMachineGroups,
    /// `FailedOperation.GetClsIndex`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get cls index.
    FailedOperationGetClsIndex,
    /// `FailedOperation.GetClsLogSet`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get cls log set.
    FailedOperationGetClsLogSet,
    /// `FailedOperation.GetClsMachineGroup`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get cls machine group.
    FailedOperationGetClsMachineGroup,
    /// `FailedOperation.GetClsMachineGroupConfigs`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get cls machine group configs.
    FailedOperationGetClsMachineGroupConfigs,
    /// `FailedOperation.GetClsTopic`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get cls topic.
    FailedOperationGetClsTopic,
    /// `FailedOperation.GetClusterFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get cluster failed.
    FailedOperationGetClusterFailed,
    /// `FailedOperation.K8sClientBuildError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: k8s client build error.
    FailedOperationK8sClientBuildError,
    /// `FailedOperation.KubeClientConf`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: kube client conf.
    FailedOperationKubeClientConf,
    /// `FailedOperation.KubeClientConnection`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: kube client connection.
    FailedOperationKubeClientConnection,
    /// `FailedOperation.KubeClientCreate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: kube client create.
    FailedOperationKubeClientCreate,
    /// `FailedOperation.KubeCommon`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: kube common.
    FailedOperationKubeCommon,
    /// `FailedOperation.KubernetesClientBuildError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: kubernetes client build error.
    FailedOperationKubernetesClientBuildError,
    /// `FailedOperation.KubernetesCreateOperationError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: kubernetes create operation error.
    FailedOperationKubernetesCreateOperationError,
    /// `FailedOperation.KubernetesDeleteOperationError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: kubernetes delete operation error.
    FailedOperationKubernetesDeleteOperationError,
    /// `FailedOperation.KubernetesGetOperationError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: kubernetes get operation error.
    FailedOperationKubernetesGetOperationError,
    /// `FailedOperation.KubernetesInternal`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: kubernetes internal.
    FailedOperationKubernetesInternal,
    /// `FailedOperation.KubernetesListOperationError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: kubernetes list operation error.
    FailedOperationKubernetesListOperationError,
    /// `FailedOperation.KubernetesPatchOperationError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: kubernetes patch operation error.
    FailedOperationKubernetesPatchOperationError,
    /// `FailedOperation.KubernetesResourceExisted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: kubernetes resource existed.
    FailedOperationKubernetesResourceExisted,
    /// `FailedOperation.KubernetesResourceNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: kubernetes resource not found.
    FailedOperationKubernetesResourceNotFound,
    /// `FailedOperation.LbCommon`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: lb common.
    FailedOperationLbCommon,
    /// `FailedOperation.MarketGetAuthFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: market get auth failed.
    FailedOperationMarketGetAuthFailed,
    /// `FailedOperation.MarketReleaseOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: market release operation.
    FailedOperationMarketReleaseOperation,
    /// `FailedOperation.ModifyClsConfig`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify cls config.
    FailedOperationModifyClsConfig,
    /// `FailedOperation.ModifyClsIndex`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify cls index.
    FailedOperationModifyClsIndex,
    /// `FailedOperation.ModifyClsTopic`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify cls topic.
    FailedOperationModifyClsTopic,
    /// `FailedOperation.NetworkScaleError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: network scale error.
    FailedOperationNetworkScaleError,
    /// `FailedOperation.NodeExistsSecondaryNetworkInterface`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: node exists secondary network interface.
    FailedOperationNodeExistsSecondaryNetworkInterface,
    /// `FailedOperation.NodePoolQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: node pool query failed.
    FailedOperationNodePoolQueryFailed,
    /// `FailedOperation.OperationForbidden`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: operation forbidden.
    FailedOperationOperationForbidden,
    /// `FailedOperation.OsNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: os not support.
    FailedOperationOsNotSupport,
    /// `FailedOperation.Param`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: param.
    FailedOperationParam,
    /// `FailedOperation.PolicyServerCommonError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: policy server common error.
    FailedOperationPolicyServerCommonError,
    /// `FailedOperation.QuotaMaxClsLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: quota max cls limit.
    FailedOperationQuotaMaxClsLimit,
    /// `FailedOperation.QuotaMaxNodLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: quota max nod limit.
    FailedOperationQuotaMaxNodLimit,
    /// `FailedOperation.QuotaUSGLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: quota USG limit.
    FailedOperationQuotaUsgLimit,
    /// `FailedOperation.RBACForbidden`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: RBAC forbidden.
    FailedOperationRbacForbidden,
    /// `FailedOperation.RecordNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: record not found.
    FailedOperationRecordNotFound,
    /// `FailedOperation.SwitchClusterEndpoint`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: switch cluster endpoint.
    FailedOperationSwitchClusterEndpoint,
    /// `FailedOperation.TagCommon`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: tag common.
    FailedOperationTagCommon,
    /// `FailedOperation.TaskAlreadyRunning`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task already running.
    FailedOperationTaskAlreadyRunning,
    /// `FailedOperation.TaskLifeStateError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task life state error.
    FailedOperationTaskLifeStateError,
    /// `FailedOperation.TaskNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: task not found.
    FailedOperationTaskNotFound,
    /// `FailedOperation.TradeCommon`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: trade common.
    FailedOperationTradeCommon,
    /// `FailedOperation.TradeInsufficientBalance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: trade insufficient balance.
    FailedOperationTradeInsufficientBalance,
    /// `FailedOperation.UnexpectedError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unexpected error.
    FailedOperationUnexpectedError,
    /// `FailedOperation.VPCUnexpectedError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: VPC unexpected error.
    FailedOperationVpcUnexpectedError,
    /// `FailedOperation.VpcCommon`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: vpc common.
    FailedOperationVpcCommon,
    /// `FailedOperation.VpcRecodrNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: vpc recodr not found.
    FailedOperationVpcRecodrNotFound,
    /// `FailedOperation.WhitelistUnexpectedError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: whitelist unexpected error.
    FailedOperationWhitelistUnexpectedError,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.AccountCommon`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: account common.
    InternalErrorAccountCommon,
    /// `InternalError.AccountUserNotAuthenticated`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: account user not authenticated.
    InternalErrorAccountUserNotAuthenticated,
    /// `InternalError.AsCommon`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: as common.
    InternalErrorAsCommon,
    /// `InternalError.CamNoAuth`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cam no auth.
    InternalErrorCamNoAuth,
    /// `InternalError.CidrConflictWithOtherCluster`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cidr conflict with other cluster.
    InternalErrorCidrConflictWithOtherCluster,
    /// `InternalError.CidrConflictWithOtherRoute`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cidr conflict with other route.
    InternalErrorCidrConflictWithOtherRoute,
    /// `InternalError.CidrConflictWithVpcCidr`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cidr conflict with vpc cidr.
    InternalErrorCidrConflictWithVpcCidr,
    /// `InternalError.CidrConflictWithVpcGlobalRoute`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cidr conflict with vpc global route.
    InternalErrorCidrConflictWithVpcGlobalRoute,
    /// `InternalError.CidrInvali`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cidr invali.
    InternalErrorCidrInvali,
    /// `InternalError.CidrMaskSizeOutOfRange`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cidr mask size out of range.
    InternalErrorCidrMaskSizeOutOfRange,
    /// `InternalError.CidrOutOfRouteTable`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cidr out of route table.
    InternalErrorCidrOutOfRouteTable,
    /// `InternalError.ClusterNotFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cluster not found.
    InternalErrorClusterNotFound,
    /// `InternalError.ClusterState`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cluster state.
    InternalErrorClusterState,
    /// `InternalError.ClusterUpgradeNodeVersion`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cluster upgrade node version.
    InternalErrorClusterUpgradeNodeVersion,
    /// `InternalError.CmdTimeout`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cmd timeout.
    InternalErrorCmdTimeout,
    /// `InternalError.ComponentClientHttp`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: component client http.
    InternalErrorComponentClientHttp,
    /// `InternalError.ComponentClinetHttp`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: component clinet http.
    InternalErrorComponentClinetHttp,
    /// `InternalError.ContainerNotFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: container not found.
    InternalErrorContainerNotFound,
    /// `InternalError.CreateMasterFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: create master failed.
    InternalErrorCreateMasterFailed,
    /// `InternalError.CvmCommon`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cvm common.
    InternalErrorCvmCommon,
    /// `InternalError.CvmNotFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cvm not found.
    InternalErrorCvmNotFound,
    /// `InternalError.CvmNumberNotMatch`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cvm number not match.
    InternalErrorCvmNumberNotMatch,
    /// `InternalError.CvmStatus`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cvm status.
    InternalErrorCvmStatus,
    /// `InternalError.Db`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db.
    InternalErrorDb,
    /// `InternalError.DbAffectivedRows`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db affectived rows.
    InternalErrorDbAffectivedRows,
    /// `InternalError.DbRecordNotFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db record not found.
    InternalErrorDbRecordNotFound,
    /// `InternalError.DfwGetUSGCount`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: dfw get USG count.
    InternalErrorDfwGetUsgCount,
    /// `InternalError.DfwGetUSGQuota`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: dfw get USG quota.
    InternalErrorDfwGetUsgQuota,
    /// `InternalError.EmptyClusterNotSupport`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: empty cluster not support.
    InternalErrorEmptyClusterNotSupport,
    /// `InternalError.GatewayAlreadyAssociatedCidr`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: gateway already associated cidr.
    InternalErrorGatewayAlreadyAssociatedCidr,
    /// `InternalError.ImageIdNotFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: image id not found.
    InternalErrorImageIdNotFound,
    /// `InternalError.InitMasterFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: init master failed.
    InternalErrorInitMasterFailed,
    /// `InternalError.InsufficientBalance`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: insufficient balance.
    InternalErrorInsufficientBalance,
    /// `InternalError.InvalidPrivateNetworkCidr`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: invalid private network cidr.
    InternalErrorInvalidPrivateNetworkCidr,
    /// `InternalError.KubeClientConnection`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: kube client connection.
    InternalErrorKubeClientConnection,
    /// `InternalError.KubeClientCreate`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: kube client create.
    InternalErrorKubeClientCreate,
    /// `InternalError.KubeCommon`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: kube common.
    InternalErrorKubeCommon,
    /// `InternalError.KubernetesClientBuildError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: kubernetes client build error.
    InternalErrorKubernetesClientBuildError,
    /// `InternalError.KubernetesCreateOperationError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: kubernetes create operation error.
    InternalErrorKubernetesCreateOperationError,
    /// `InternalError.KubernetesDeleteOperationError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: kubernetes delete operation error.
    InternalErrorKubernetesDeleteOperationError,
    /// `InternalError.KubernetesGetOperationError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: kubernetes get operation error.
    InternalErrorKubernetesGetOperationError,
    /// `InternalError.KubernetesInternal`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: kubernetes internal.
    InternalErrorKubernetesInternal,
    /// `InternalError.KubernetesListOperationError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: kubernetes list operation error.
    InternalErrorKubernetesListOperationError,
    /// `InternalError.KubernetesPatchOperationError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: kubernetes patch operation error.
    InternalErrorKubernetesPatchOperationError,
    /// `InternalError.LbCommon`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: lb common.
    InternalErrorLbCommon,
    /// `InternalError.MarketGetAuthFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: market get auth failed.
    InternalErrorMarketGetAuthFailed,
    /// `InternalError.MarketInternalServerError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: market internal server error.
    InternalErrorMarketInternalServerError,
    /// `InternalError.MarketReleaseOperation`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: market release operation.
    InternalErrorMarketReleaseOperation,
    /// `InternalError.NoPaymentAccess`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: no payment access.
    InternalErrorNoPaymentAccess,
    /// `InternalError.NotVerified`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: not verified.
    InternalErrorNotVerified,
    /// `InternalError.OsNotSupport`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: os not support.
    InternalErrorOsNotSupport,
    /// `InternalError.Param`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: param.
    InternalErrorParam,
    /// `InternalError.PodNotFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: pod not found.
    InternalErrorPodNotFound,
    /// `InternalError.PublicClusterOpNotSupport`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: public cluster op not support.
    InternalErrorPublicClusterOpNotSupport,
    /// `InternalError.QuotaMaxClsLimit`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: quota max cls limit.
    InternalErrorQuotaMaxClsLimit,
    /// `InternalError.QuotaMaxNodLimit`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: quota max nod limit.
    InternalErrorQuotaMaxNodLimit,
    /// `InternalError.QuotaMaxRtLimit`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: quota max rt limit.
    InternalErrorQuotaMaxRtLimit,
    /// `InternalError.QuotaUSGLimit`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: quota USG limit.
    InternalErrorQuotaUsgLimit,
    /// `InternalError.ResourceExistAlready`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: resource exist already.
    InternalErrorResourceExistAlready,
    /// `InternalError.RouteTableNotEmpty`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: route table not empty.
    InternalErrorRouteTableNotEmpty,
    /// `InternalError.RouteTableNotFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: route table not found.
    InternalErrorRouteTableNotFound,
    /// `InternalError.TaskAlreadyRunning`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: task already running.
    InternalErrorTaskAlreadyRunning,
    /// `InternalError.TaskCreateFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: task create failed.
    InternalErrorTaskCreateFailed,
    /// `InternalError.TaskLifeStateError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: task life state error.
    InternalErrorTaskLifeStateError,
    /// `InternalError.TaskNotFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: task not found.
    InternalErrorTaskNotFound,
    /// `InternalError.TradeCommon`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: trade common.
    InternalErrorTradeCommon,
    /// `InternalError.TradeInsufficientBalance`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: trade insufficient balance.
    InternalErrorTradeInsufficientBalance,
    /// `InternalError.UnexceptedInternal`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unexcepted internal.
    InternalErrorUnexceptedInternal,
    /// `InternalError.UnexpectedInternal`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unexpected internal.
    InternalErrorUnexpectedInternal,
    /// `InternalError.VPCUnexpectedError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: VPC unexpected error.
    InternalErrorVpcUnexpectedError,
    /// `InternalError.VpcCommon`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: vpc common.
    InternalErrorVpcCommon,
    /// `InternalError.VpcPeerNotFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: vpc peer not found.
    InternalErrorVpcPeerNotFound,
    /// `InternalError.VpcRecodrNotFound`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: vpc recodr not found.
    InternalErrorVpcRecodrNotFound,
    /// `InternalError.VstationError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: vstation error.
    InternalErrorVstationError,
    /// `InternalError.WhitelistUnexpectedError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: whitelist unexpected error.
    InternalErrorWhitelistUnexpectedError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.AsCommonError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: as common error.
    InvalidParameterAsCommonError,
    /// `InvalidParameter.CIDRMaskSizeOutOfRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: CIDR mask size out of range.
    InvalidParameterCidrMaskSizeOutOfRange,
    /// `InvalidParameter.CidrConflictWithOtherCluster`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cidr conflict with other cluster.
    InvalidParameterCidrConflictWithOtherCluster,
    /// `InvalidParameter.CidrConflictWithOtherRoute`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cidr conflict with other route.
    InvalidParameterCidrConflictWithOtherRoute,
    /// `InvalidParameter.CidrConflictWithVpcCidr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cidr conflict with vpc cidr.
    InvalidParameterCidrConflictWithVpcCidr,
    /// `InvalidParameter.CidrConflictWithVpcGlobalRoute`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cidr conflict with vpc global route.
    InvalidParameterCidrConflictWithVpcGlobalRoute,
    /// `InvalidParameter.CidrInvali`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cidr invali.
    InvalidParameterCidrInvali,
    /// `InvalidParameter.CidrInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cidr invalid.
    InvalidParameterCidrInvalid,
    /// `InvalidParameter.CidrOutOfRouteTable`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cidr out of route table.
    InvalidParameterCidrOutOfRouteTable,
    /// `InvalidParameter.ClusterNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: cluster not found.
    InvalidParameterClusterNotFound,
    /// `InvalidParameter.GatewayAlreadyAssociatedCidr`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: gateway already associated cidr.
    InvalidParameterGatewayAlreadyAssociatedCidr,
    /// `InvalidParameter.InvalidPrivateNetworkCIDR`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid private network CIDR.
    InvalidParameterInvalidPrivateNetworkCidr,
    /// `InvalidParameter.OsNotSupport`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: os not support.
    InvalidParameterOsNotSupport,
    /// `InvalidParameter.Param`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: param.
    InvalidParameterParam,
    /// `InvalidParameter.PromClusterNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: prom cluster not found.
    InvalidParameterPromClusterNotFound,
    /// `InvalidParameter.PromInstanceNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: prom instance not found.
    InvalidParameterPromInstanceNotFound,
    /// `InvalidParameter.ResourceNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource not found.
    InvalidParameterResourceNotFound,
    /// `InvalidParameter.RouteTableNotEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: route table not empty.
    InvalidParameterRouteTableNotEmpty,
    /// `InvalidParameter.SubnetAllocationPolicyConflict`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: subnet allocation policy conflict.
    InvalidParameterSubnetAllocationPolicyConflict,
    /// `InvalidParameter.SubnetAllocationPolicyInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: subnet allocation policy invalid.
    InvalidParameterSubnetAllocationPolicyInvalid,
    /// `InvalidParameter.SubnetInvalidError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: subnet invalid error.
    InvalidParameterSubnetInvalidError,
    /// `InvalidParameter.SubnetNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: subnet not exist.
    InvalidParameterSubnetNotExist,
    /// `InvalidParameter.VersionNotSupportCgroupV2`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: version not support cgroup v2.
    InvalidParameterVersionNotSupportCgroupV2,
    /// `InvalidParameterValue.ImageNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: image not found.
    InvalidParameterValueImageNotFound,
    /// `InvalidParameterValue.LimitExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: limit exceeded.
    InvalidParameterValueLimitExceeded,
    /// `InvalidParameterValue.Size`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: size.
    InvalidParameterValueSize,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.QuotaMaxNodLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: quota max nod limit.
    LimitExceededQuotaMaxNodLimit,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `OperationDenied.ClusterInDeletionProtection`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: cluster in deletion protection.
    OperationDeniedClusterInDeletionProtection,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInUse.ExistRunningPod`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: exist running pod.
    ResourceInUseExistRunningPod,
    /// `ResourceInUse.ResourceExistAlready`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: resource exist already.
    ResourceInUseResourceExistAlready,
    /// `ResourceInUse.SubnetAlreadyExist`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: subnet already exist.
    ResourceInUseSubnetAlreadyExist,
    /// `ResourceInUse.TKEAPIServerGetError`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: TKEAPI server get error.
    ResourceInUseTkeapiServerGetError,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceInsufficient.SpecifiedInstanceType`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: specified instance type.
    ResourceInsufficientSpecifiedInstanceType,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.AsAsgNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: as asg not exist.
    ResourceNotFoundAsAsgNotExist,
    /// `ResourceNotFound.ClusterNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cluster not found.
    ResourceNotFoundClusterNotFound,
    /// `ResourceNotFound.KubeResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: kube resource not found.
    ResourceNotFoundKubeResourceNotFound,
    /// `ResourceNotFound.KubernetesResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: kubernetes resource not found.
    ResourceNotFoundKubernetesResourceNotFound,
    /// `ResourceNotFound.LogCollectorClsLogTopicNotExists`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: log collector cls log topic not exists.
    ResourceNotFoundLogCollectorClsLogTopicNotExists,
    /// `ResourceNotFound.NotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: not found.
    ResourceNotFoundNotFound,
    /// `ResourceNotFound.RouteTableNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: route table not found.
    ResourceNotFoundRouteTableNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.ClusterInAbnormalStat`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cluster in abnormal stat.
    ResourceUnavailableClusterInAbnormalStat,
    /// `ResourceUnavailable.ClusterState`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: cluster state.
    ResourceUnavailableClusterState,
    /// `ResourceUnavailable.EksContainerStatus`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: eks container status.
    ResourceUnavailableEksContainerStatus,
    /// `ResourceUnavailable.NodePoolStateNotNormal`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: node pool state not normal.
    ResourceUnavailableNodePoolStateNotNormal,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.CamNoAuth`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: cam no auth.
    UnauthorizedOperationCamNoAuth,
    /// `UnauthorizedOperation.NoRBACPermissions`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: no RBAC permissions.
    UnauthorizedOperationNoRbacPermissions,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.AlreadyEnabled`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: already enabled.
    UnsupportedOperationAlreadyEnabled,
    /// `UnsupportedOperation.CaEnableFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: ca enable failed.
    UnsupportedOperationCaEnableFailed,
    /// `UnsupportedOperation.ClusterNotSuitAddClusterCIDR`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cluster not suit add cluster CIDR.
    UnsupportedOperationClusterNotSuitAddClusterCidr,
    /// `UnsupportedOperation.ClusterNotSuitEnableVPCCNI`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: cluster not suit enable VPCCNI.
    UnsupportedOperationClusterNotSuitEnableVpccni,
    /// `UnsupportedOperation.NotInWhitelist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not in whitelist.
    UnsupportedOperationNotInWhitelist,
    /// `UnsupportedOperation.NotSupportInstallVirtualKubelet`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: not support install virtual kubelet.
    UnsupportedOperationNotSupportInstallVirtualKubelet,
    /// `UnsupportedOperation.UnsupportedNetworkType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported network type.
    UnsupportedOperationUnsupportedNetworkType,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 226] = [
        "AuthFailure",
        "FailedOperation",
        "FailedOperation.AccountCommon",
        "FailedOperation.AccountUserNotAuthenticated",
        "FailedOperation.AddVpcCniSubnetsFailed",
        "FailedOperation.AsCommon",
        "FailedOperation.CVMUnexpectedError",
        "FailedOperation.CamNoAuth",
        "FailedOperation.ClusterForbiddenToDelete",
        "FailedOperation.ClusterNotFound",
        "FailedOperation.ClusterState",
        "FailedOperation.ClusterUpgradeNodeVersion",
        "FailedOperation.ClusterVersionNotSupport",
        "FailedOperation.ComponentClientCommon",
        "FailedOperation.ComponentClientHttp",
        "FailedOperation.ComponentClientUnpack",
        "FailedOperation.ComponentClinetHttp",
        "FailedOperation.CreateClsClient",
        "FailedOperation.CreateClsConfig",
        "FailedOperation.CreateClsIndex",
        "FailedOperation.CreateClsLogSet",
        "FailedOperation.CreateClsMachineGroup",
        "FailedOperation.CreateClsTopic",
        "FailedOperation.CvmCommon",
        "FailedOperation.CvmDeletionProtection",
        "FailedOperation.CvmNumberNotMatch",
        "FailedOperation.CvmVpcidNotMatch",
        "FailedOperation.Db",
        "FailedOperation.DbRecordNotFound",
        "FailedOperation.DeprecatedAPI",
        "FailedOperation.DfwGetUSGQuota",
        "FailedOperation.DisableVPCCNIFailed",
        "FailedOperation.EnableVPCCNIFailed",
        "FailedOperation.GetClsConfig",
        "FailedOperation.GetClsConfigMachineGroups",
        "FailedOperation.GetClsIndex",
        "FailedOperation.GetClsLogSet",
        "FailedOperation.GetClsMachineGroup",
        "FailedOperation.GetClsMachineGroupConfigs",
        "FailedOperation.GetClsTopic",
        "FailedOperation.GetClusterFailed",
        "FailedOperation.K8sClientBuildError",
        "FailedOperation.KubeClientConf",
        "FailedOperation.KubeClientConnection",
        "FailedOperation.KubeClientCreate",
        "FailedOperation.KubeCommon",
        "FailedOperation.KubernetesClientBuildError",
        "FailedOperation.KubernetesCreateOperationError",
        "FailedOperation.KubernetesDeleteOperationError",
        "FailedOperation.KubernetesGetOperationError",
        "FailedOperation.KubernetesInternal",
        "FailedOperation.KubernetesListOperationError",
        "FailedOperation.KubernetesPatchOperationError",
        "FailedOperation.KubernetesResourceExisted",
        "FailedOperation.KubernetesResourceNotFound",
        "FailedOperation.LbCommon",
        "FailedOperation.MarketGetAuthFailed",
        "FailedOperation.MarketReleaseOperation",
        "FailedOperation.ModifyClsConfig",
        "FailedOperation.ModifyClsIndex",
        "FailedOperation.ModifyClsTopic",
        "FailedOperation.NetworkScaleError",
        "FailedOperation.NodeExistsSecondaryNetworkInterface",
        "FailedOperation.NodePoolQueryFailed",
        "FailedOperation.OperationForbidden",
        "FailedOperation.OsNotSupport",
        "FailedOperation.Param",
        "FailedOperation.PolicyServerCommonError",
        "FailedOperation.QuotaMaxClsLimit",
        "FailedOperation.QuotaMaxNodLimit",
        "FailedOperation.QuotaUSGLimit",
        "FailedOperation.RBACForbidden",
        "FailedOperation.RecordNotFound",
        "FailedOperation.SwitchClusterEndpoint",
        "FailedOperation.TagCommon",
        "FailedOperation.TaskAlreadyRunning",
        "FailedOperation.TaskLifeStateError",
        "FailedOperation.TaskNotFound",
        "FailedOperation.TradeCommon",
        "FailedOperation.TradeInsufficientBalance",
        "FailedOperation.UnexpectedError",
        "FailedOperation.VPCUnexpectedError",
        "FailedOperation.VpcCommon",
        "FailedOperation.VpcRecodrNotFound",
        "FailedOperation.WhitelistUnexpectedError",
        "InternalError",
        "InternalError.AccountCommon",
        "InternalError.AccountUserNotAuthenticated",
        "InternalError.AsCommon",
        "InternalError.CamNoAuth",
        "InternalError.CidrConflictWithOtherCluster",
        "InternalError.CidrConflictWithOtherRoute",
        "InternalError.CidrConflictWithVpcCidr",
        "InternalError.CidrConflictWithVpcGlobalRoute",
        "InternalError.CidrInvali",
        "InternalError.CidrMaskSizeOutOfRange",
        "InternalError.CidrOutOfRouteTable",
        "InternalError.ClusterNotFound",
        "InternalError.ClusterState",
        "InternalError.ClusterUpgradeNodeVersion",
        "InternalError.CmdTimeout",
        "InternalError.ComponentClientHttp",
        "InternalError.ComponentClinetHttp",
        "InternalError.ContainerNotFound",
        "InternalError.CreateMasterFailed",
        "InternalError.CvmCommon",
        "InternalError.CvmNotFound",
        "InternalError.CvmNumberNotMatch",
        "InternalError.CvmStatus",
        "InternalError.Db",
        "InternalError.DbAffectivedRows",
        "InternalError.DbRecordNotFound",
        "InternalError.DfwGetUSGCount",
        "InternalError.DfwGetUSGQuota",
        "InternalError.EmptyClusterNotSupport",
        "InternalError.GatewayAlreadyAssociatedCidr",
        "InternalError.ImageIdNotFound",
        "InternalError.InitMasterFailed",
        "InternalError.InsufficientBalance",
        "InternalError.InvalidPrivateNetworkCidr",
        "InternalError.KubeClientConnection",
        "InternalError.KubeClientCreate",
        "InternalError.KubeCommon",
        "InternalError.KubernetesClientBuildError",
        "InternalError.KubernetesCreateOperationError",
        "InternalError.KubernetesDeleteOperationError",
        "InternalError.KubernetesGetOperationError",
        "InternalError.KubernetesInternal",
        "InternalError.KubernetesListOperationError",
        "InternalError.KubernetesPatchOperationError",
        "InternalError.LbCommon",
        "InternalError.MarketGetAuthFailed",
        "InternalError.MarketInternalServerError",
        "InternalError.MarketReleaseOperation",
        "InternalError.NoPaymentAccess",
        "InternalError.NotVerified",
        "InternalError.OsNotSupport",
        "InternalError.Param",
        "InternalError.PodNotFound",
        "InternalError.PublicClusterOpNotSupport",
        "InternalError.QuotaMaxClsLimit",
        "InternalError.QuotaMaxNodLimit",
        "InternalError.QuotaMaxRtLimit",
        "InternalError.QuotaUSGLimit",
        "InternalError.ResourceExistAlready",
        "InternalError.RouteTableNotEmpty",
        "InternalError.RouteTableNotFound",
        "InternalError.TaskAlreadyRunning",
        "InternalError.TaskCreateFailed",
        "InternalError.TaskLifeStateError",
        "InternalError.TaskNotFound",
        "InternalError.TradeCommon",
        "InternalError.TradeInsufficientBalance",
        "InternalError.UnexceptedInternal",
        "InternalError.UnexpectedInternal",
        "InternalError.VPCUnexpectedError",
        "InternalError.VpcCommon",
        "InternalError.VpcPeerNotFound",
        "InternalError.VpcRecodrNotFound",
        "InternalError.VstationError",
        "InternalError.WhitelistUnexpectedError",
        "InvalidParameter",
        "InvalidParameter.AsCommonError",
        "InvalidParameter.CIDRMaskSizeOutOfRange",
        "InvalidParameter.CidrConflictWithOtherCluster",
        "InvalidParameter.CidrConflictWithOtherRoute",
        "InvalidParameter.CidrConflictWithVpcCidr",
        "InvalidParameter.CidrConflictWithVpcGlobalRoute",
        "InvalidParameter.CidrInvali",
        "InvalidParameter.CidrInvalid",
        "InvalidParameter.CidrOutOfRouteTable",
        "InvalidParameter.ClusterNotFound",
        "InvalidParameter.GatewayAlreadyAssociatedCidr",
        "InvalidParameter.InvalidPrivateNetworkCIDR",
        "InvalidParameter.OsNotSupport",
        "InvalidParameter.Param",
        "InvalidParameter.PromClusterNotFound",
        "InvalidParameter.PromInstanceNotFound",
        "InvalidParameter.ResourceNotFound",
        "InvalidParameter.RouteTableNotEmpty",
        "InvalidParameter.SubnetAllocationPolicyConflict",
        "InvalidParameter.SubnetAllocationPolicyInvalid",
        "InvalidParameter.SubnetInvalidError",
        "InvalidParameter.SubnetNotExist",
        "InvalidParameter.VersionNotSupportCgroupV2",
        "InvalidParameterValue.ImageNotFound",
        "InvalidParameterValue.LimitExceeded",
        "InvalidParameterValue.Size",
        "LimitExceeded",
        "LimitExceeded.QuotaMaxNodLimit",
        "MissingParameter",
        "OperationDenied",
        "OperationDenied.ClusterInDeletionProtection",
        "ResourceInUse",
        "ResourceInUse.ExistRunningPod",
        "ResourceInUse.ResourceExistAlready",
        "ResourceInUse.SubnetAlreadyExist",
        "ResourceInUse.TKEAPIServerGetError",
        "ResourceInsufficient",
        "ResourceInsufficient.SpecifiedInstanceType",
        "ResourceNotFound",
        "ResourceNotFound.AsAsgNotExist",
        "ResourceNotFound.ClusterNotFound",
        "ResourceNotFound.KubeResourceNotFound",
        "ResourceNotFound.KubernetesResourceNotFound",
        "ResourceNotFound.LogCollectorClsLogTopicNotExists",
        "ResourceNotFound.NotFound",
        "ResourceNotFound.RouteTableNotFound",
        "ResourceUnavailable",
        "ResourceUnavailable.ClusterInAbnormalStat",
        "ResourceUnavailable.ClusterState",
        "ResourceUnavailable.EksContainerStatus",
        "ResourceUnavailable.NodePoolStateNotNormal",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnauthorizedOperation.CamNoAuth",
        "UnauthorizedOperation.NoRBACPermissions",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.AlreadyEnabled",
        "UnsupportedOperation.CaEnableFailed",
        "UnsupportedOperation.ClusterNotSuitAddClusterCIDR",
        "UnsupportedOperation.ClusterNotSuitEnableVPCCNI",
        "UnsupportedOperation.NotInWhitelist",
        "UnsupportedOperation.NotSupportInstallVirtualKubelet",
        "UnsupportedOperation.UnsupportedNetworkType",
    ];
    static NAME_CODES: [u32; 18] = [
        6, 29, 30, 31, 32, 70, 71, 81, 112, 113, 143, 155, 163, 173, 197, 216, 221, 222,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationCvmUnexpectedErrorFailedOperationDeprecatedApiFailedOperationDfwGetUsgQuotaFailedOperationDisableVpccniFailedFailedOperationEnableVpccniFailedFailedOperationQuotaUsgLimitFailedOperationRbacForbiddenFailedOperationVpcUnexpectedErrorInternalErrorDfwGetUsgCountInternalErrorDfwGetUsgQuotaInternalErrorQuotaUsgLimitInternalErrorVpcUnexpectedErrorInvalidParameterCidrMaskSizeOutOfRangeInvalidParameterInvalidPrivateNetworkCidrResourceInUseTkeapiServerGetErrorUnauthorizedOperationNoRbacPermissionsUnsupportedOperationClusterNotSuitAddClusterCidrUnsupportedOperationClusterNotSuitEnableVpccni",
        ends: &[
            0, 33, 61, 90, 124, 157, 185, 213, 246, 273, 300, 326, 357, 395, 436, 469,
            507, 555, 601,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The operation failed.The operation failed: account common.The operation failed: account user not authenticated.The operation failed: add vpc cni subnets failed.The operation failed: as common.The operation failed: CVM unexpected error.The operation failed: cam no auth.The operation failed: cluster forbidden to delete.The operation failed: cluster not found.The operation failed: cluster state.The operation failed: cluster upgrade node version.The operation failed: cluster version not support.The operation failed: component client common.The operation failed: component client http.The operation failed: component client unpack.The operation failed: component clinet http.The operation failed: create cls client.The operation failed: create cls config.The operation failed: create cls index.The operation failed: create cls log set.The operation failed: create cls machine group.The operation failed: create cls topic.The operation failed: cvm common.The operation failed: cvm deletion protection.The operation failed: cvm number not match.The operation failed: cvm vpcid not match.The operation failed: db.The operation failed: db record not found.The operation failed: deprecated API.The operation failed: dfw get USG quota.The operation failed: disable VPCCNI failed.The operation failed: enable VPCCNI failed.The operation failed: get cls config.The operation failed: get cls config machine groups.The operation failed: get cls index.The operation failed: get cls log set.The operation failed: get cls machine group.The operation failed: get cls machine group configs.The operation failed: get cls topic.The operation failed: get cluster failed.The operation failed: k8s client build error.The operation failed: kube client conf.The operation failed: kube client connection.The operation failed: kube client create.The operation failed: kube common.The operation failed: kubernetes client build error.The operation failed: kubernetes create operation error.The operation failed: kubernetes delete operation error.The operation failed: kubernetes get operation error.The operation failed: kubernetes internal.The operation failed: kubernetes list operation error.The operation failed: kubernetes patch operation error.The operation failed: kubernetes resource existed.The operation failed: kubernetes resource not found.The operation failed: lb common.The operation failed: market get auth failed.The operation failed: market release operation.The operation failed: modify cls config.The operation failed: modify cls index.The operation failed: modify cls topic.The operation failed: network scale error.The operation failed: node exists secondary network interface.The operation failed: node pool query failed.The operation failed: operation forbidden.The operation failed: os not support.The operation failed: param.The operation failed: policy server common error.The operation failed: quota max cls limit.The operation failed: quota max nod limit.The operation failed: quota USG limit.The operation failed: RBAC forbidden.The operation failed: record not found.The operation failed: switch cluster endpoint.The operation failed: tag common.The operation failed: task already running.The operation failed: task life state error.The operation failed: task not found.The operation failed: trade common.The operation failed: trade insufficient balance.The operation failed: unexpected error.The operation failed: VPC unexpected error.The operation failed: vpc common.The operation failed: vpc recodr not found.The operation failed: whitelist unexpected error.An internal error occurred.An internal error occurred: account common.An internal error occurred: account user not authenticated.An internal error occurred: as common.An internal error occurred: cam no auth.An internal error occurred: cidr conflict with other cluster.An internal error occurred: cidr conflict with other route.An internal error occurred: cidr conflict with vpc cidr.An internal error occurred: cidr conflict with vpc global route.An internal error occurred: cidr invali.An internal error occurred: cidr mask size out of range.An internal error occurred: cidr out of route table.An internal error occurred: cluster not found.An internal error occurred: cluster state.An internal error occurred: cluster upgrade node version.An internal error occurred: cmd timeout.An internal error occurred: component client http.An internal error occurred: component clinet http.An internal error occurred: container not found.An internal error occurred: create master failed.An internal error occurred: cvm common.An internal error occurred: cvm not found.An internal error occurred: cvm number not match.An internal error occurred: cvm status.An internal error occurred: db.An internal error occurred: db affectived rows.An internal error occurred: db record not found.An internal error occurred: dfw get USG count.An internal error occurred: dfw get USG quota.An internal error occurred: empty cluster not support.An internal error occurred: gateway already associated cidr.An internal error occurred: image id not found.An internal error occurred: init master failed.An internal error occurred: insufficient balance.An internal error occurred: invalid private network cidr.An internal error occurred: kube client connection.An internal error occurred: kube client create.An internal error occurred: kube common.An internal error occurred: kubernetes client build error.An internal error occurred: kubernetes create operation error.An internal error occurred: kubernetes delete operation error.An internal error occurred: kubernetes get operation error.An internal error occurred: kubernetes internal.An internal error occurred: kubernetes list operation error.An internal error occurred: kubernetes patch operation error.An internal error occurred: lb common.An internal error occurred: market get auth failed.An internal error occurred: market internal server error.An internal error occurred: market release operation.An internal error occurred: no payment access.An internal error occurred: not verified.An internal error occurred: os not support.An internal error occurred: param.An internal error occurred: pod not found.An internal error occurred: public cluster op not support.An internal error occurred: quota max cls limit.An internal error occurred: quota max nod limit.An internal error occurred: quota max rt limit.An internal error occurred: quota USG limit.An internal error occurred: resource exist already.An internal error occurred: route table not empty.An internal error occurred: route table not found.An internal error occurred: task already running.An internal error occurred: task create failed.An internal error occurred: task life state error.An internal error occurred: task not found.An internal error occurred: trade common.An internal error occurred: trade insufficient balance.An internal error occurred: unexcepted internal.An internal error occurred: unexpected internal.An internal error occurred: VPC unexpected error.An internal error occurred: vpc common.An internal error occurred: vpc peer not found.An internal error occurred: vpc recodr not found.An internal error occurred: vstation error.An internal error occurred: whitelist unexpected error.A parameter is invalid.A parameter is invalid: as common error.A parameter is invalid: CIDR mask size out of range.A parameter is invalid: cidr conflict with other cluster.A parameter is invalid: cidr conflict with other route.A parameter is invalid: cidr conflict with vpc cidr.A parameter is invalid: cidr conflict with vpc global route.A parameter is invalid: cidr invali.A parameter is invalid: cidr invalid.A parameter is invalid: cidr out of route table.A parameter is invalid: cluster not found.A parameter is invalid: gateway already associated cidr.A parameter is invalid: invalid private network CIDR.A parameter is invalid: os not support.A parameter is invalid: param.A parameter is invalid: prom cluster not found.A parameter is invalid: prom instance not found.A parameter is invalid: resource not found.A parameter is invalid: route table not empty.A parameter is invalid: subnet allocation policy conflict.A parameter is invalid: subnet allocation policy invalid.A parameter is invalid: subnet invalid error.A parameter is invalid: subnet not exist.A parameter is invalid: version not support cgroup v2.A parameter value is invalid: image not found.A parameter value is invalid: limit exceeded.A parameter value is invalid: size.A limit was exceeded.A limit was exceeded: quota max nod limit.A required parameter is missing.The operation was denied.The operation was denied: cluster in deletion protection.The resource is in use.The resource is in use: exist running pod.The resource is in use: resource exist already.The resource is in use: subnet already exist.The resource is in use: TKEAPI server get error.Resources are insufficient.Resources are insufficient: specified instance type.The resource was not found.The resource was not found: as asg not exist.The resource was not found: cluster not found.The resource was not found: kube resource not found.The resource was not found: kubernetes resource not found.The resource was not found: log collector cls log topic not exists.The resource was not found: not found.The resource was not found: route table not found.The resource is unavailable.The resource is unavailable: cluster in abnormal stat.The resource is unavailable: cluster state.The resource is unavailable: eks container status.The resource is unavailable: node pool state not normal.The resources are sold out.The operation is not authorized.The operation is not authorized: cam no auth.The operation is not authorized: no RBAC permissions.An unknown parameter was given.The operation is not supported.The operation is not supported: already enabled.The operation is not supported: ca enable failed.The operation is not supported: cluster not suit add cluster CIDR.The operation is not supported: cluster not suit enable VPCCNI.The operation is not supported: not in whitelist.The operation is not supported: not support install virtual kubelet.The operation is not supported: unsupported network type.",
        ends: &[
            0, 22, 43, 80, 133, 182, 214, 257, 291, 341, 381, 417, 468, 518, 564, 608,
            654, 698, 738, 778, 817, 858, 905, 944, 977, 1023, 1066, 1108, 1133, 1175,
            1212, 1252, 1296, 1339, 1376, 1428, 1464, 1502, 1546, 1598, 1634, 1675, 1720,
            1759, 1804, 1845, 1879, 1931, 1987, 2043, 2096, 2138, 2192, 2247, 2297, 2349,
            2381, 2426, 2473, 2513, 2552, 2591, 2633, 2695, 2740, 2782, 2819, 2847, 2896,
            2938, 2980, 3018, 3055, 3094, 3140, 3173, 3216, 3260, 3297, 3332, 3381, 3420,
            3463, 3496, 3539, 3588, 3615, 3658, 3717, 3755, 3795, 3856, 3915, 3971, 4035,
            4075, 4131, 4183, 4229, 4271, 4328, 4368, 4418, 4468, 4516, 4565, 4604, 4646,
            4695, 4734, 4765, 4812, 4860, 4906, 4952, 5006, 5066, 5113, 5160, 5209, 5266,
            5317, 5364, 5404, 5462, 5524, 5586, 5645, 5693, 5753, 5814, 5852, 5903, 5960,
            6013, 6059, 6100, 6143, 6177, 6219, 6277, 6325, 6373, 6420, 6464, 6515, 6565,
            6615, 6664, 6711, 6761, 6804, 6845, 6900, 6948, 6996, 7045, 7084, 7131, 7180,
            7223, 7278, 7301, 7341, 7393, 7450, 7505, 7557, 7617, 7653, 7690, 7738, 7780,
            7836, 7889, 7928, 7958, 8005, 8053, 8096, 8142, 8200, 8257, 8302, 8343, 8397,
            8443, 8488, 8523, 8544, 8586, 8618, 8643, 8700, 8723, 8765, 8812, 8857, 8905,
            8932, 8984, 9011, 9056, 9102, 9154, 9212, 9279, 9317, 9367, 9395, 9449, 9492,
            9542, 9598, 9625, 9657, 9702, 9755, 9786, 9817, 9865, 9914, 9980, 10043,
            10092, 10160, 10217,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 226] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccbbbbbccaaaaaaaacccccccccaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 226] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmccccccccccccccccccccccccccchhcggjjjjjhheeeeeeeeiiiiihgggcliiiiiii",
    );
    static PILOTS: [u16; 57] = [
        19, 2, 0, 19, 6, 1, 11, 9, 39, 2, 1, 4, 0, 11, 20, 167, 3, 12, 0, 15, 5, 150, 0,
        94, 0, 0, 89, 40, 21, 74, 55, 0, 82, 29, 3, 87, 25, 15, 34, 1, 41, 166, 0, 2, 6,
        8, 5, 0, 52, 1, 222, 33, 5, 37, 40, 582, 132,
    ];
    static SLOTS: [(&str, u32); 251] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            211, 207, 220, 139, 9, 196, 165, 100, 197, 158, 163, 132, 70, 124, 160, 123,
            86, 36, 34, 78, 116, 204, 125, 212, 4294967295, 5, 185, 210, 199, 151, 35,
            71, 219, 17, 31, 40, 215, 202, 195, 22, 99, 49, 143, 203, 7, 213, 208, 112,
            162, 29, 8, 154, 62, 130, 18, 4294967295, 161, 174, 216, 4294967295,
            4294967295, 114, 33, 24, 46, 169, 218, 51, 19, 48, 15, 89, 222, 87, 105, 10,
            200, 194, 43, 4294967295, 106, 152, 103, 186, 81, 188, 64, 122, 84, 153, 201,
            4294967295, 16, 126, 178, 4294967295, 141, 225, 168, 4294967295, 52, 190,
            4294967295, 121, 68, 107, 55, 42, 4294967295, 97, 189, 94, 67, 20, 173, 93,
            128, 21, 92, 75, 166, 41, 4294967295, 187, 179, 73, 134, 47, 91, 156, 65,
            115, 23, 147, 28, 44, 111, 61, 180, 14, 83, 4294967295, 113, 102, 39,
            4294967295, 72, 6, 145, 4294967295, 25, 85, 2, 90, 148, 150, 138, 66, 12, 56,
            37, 142, 164, 140, 98, 45, 3, 167, 4294967295, 4, 50, 57, 110, 11, 82, 135,
            183, 63, 177, 192, 170, 54, 4294967295, 119, 4294967295, 206, 155, 136, 117,
            149, 59, 104, 214, 193, 133, 181, 120, 4294967295, 4294967295, 224, 74, 198,
            127, 95, 88, 209, 4294967295, 13, 191, 80, 184, 26, 77, 4294967295, 109, 129,
            76, 108, 118, 4294967295, 223, 137, 176, 221, 157, 79, 131, 146, 32,
            4294967295, 172, 38, 58, 30, 101, 1, 53, 4294967295, 96, 159, 171, 144, 27,
            182, 0, 175, 60, 4294967295, 205, 69, 217,
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
    const PROVIDER: &'static str = "Tencent Cloud TKE v20180525";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TKE v20180525's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TKE v20180525: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
