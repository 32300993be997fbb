// @generated from catalogs/tencent/tdmq.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TDMQ: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TDMQ: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation.
    AuthFailureUnauthorizedOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.CallTrade`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: call trade.
    FailedOperationCallTrade,
    /// `FailedOperation.CloudService`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cloud service.
    FailedOperationCloudService,
    /// `FailedOperation.CmqBackendError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cmq backend error.
    FailedOperationCmqBackendError,
    /// `FailedOperation.CreateCluster`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create cluster.
    FailedOperationCreateCluster,
    /// `FailedOperation.CreateEnvironment`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create environment.
    FailedOperationCreateEnvironment,
    /// `FailedOperation.CreateEnvironmentRole`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create environment role.
    FailedOperationCreateEnvironmentRole,
    /// `FailedOperation.CreateNamespace`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create namespace.
    FailedOperationCreateNamespace,
    /// `FailedOperation.CreateProClusterRegionNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create pro cluster region not exist.
    FailedOperationCreateProClusterRegionNotExist,
    /// `FailedOperation.CreateProducerError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create producer error.
    FailedOperationCreateProducerError,
    /// `FailedOperation.CreatePulsarClientError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create pulsar client error.
    FailedOperationCreatePulsarClientError,
    /// `FailedOperation.CreateRole`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create role.
    FailedOperationCreateRole,
    /// `FailedOperation.CreateSecretKey`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create secret key.
    FailedOperationCreateSecretKey,
    /// `FailedOperation.CreateSubscription`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create subscription.
    FailedOperationCreateSubscription,
    /// `FailedOperation.CreateTopic`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create topic.
    FailedOperationCreateTopic,
    /// `FailedOperation.DeleteCluster`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete cluster.
    FailedOperationDeleteCluster,
    /// `FailedOperation.DeleteClusterProtection`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete cluster protection.
    FailedOperationDeleteClusterProtection,
    /// `FailedOperation.DeleteEnvironmentRoles`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete environment roles.
    FailedOperationDeleteEnvironmentRoles,
    /// `FailedOperation.DeleteEnvironments`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete environments.
    FailedOperationDeleteEnvironments,
    /// `FailedOperation.DeleteNamespace`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete namespace.
    FailedOperationDeleteNamespace,
    /// `FailedOperation.DeleteRoles`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete roles.
    FailedOperationDeleteRoles,
    /// `FailedOperation.DeleteSubscriptions`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete subscriptions.
    FailedOperationDeleteSubscriptions,
    /// `FailedOperation.DeleteTopics`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete topics.
    FailedOperationDeleteTopics,
    /// `FailedOperation.DescribeSubscription`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe subscription.
    FailedOperationDescribeSubscription,
    /// `FailedOperation.GenerateDealsAndPayError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: generate deals and pay error.
    FailedOperationGenerateDealsAndPayError,
    /// `FailedOperation.GetEnvironmentAttributesFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get environment attributes failed.
    FailedOperationGetEnvironmentAttributesFailed,
    /// `FailedOperation.GetTags`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get tags.
    FailedOperationGetTags,
    /// `FailedOperation.GetTopicPartitionsFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get topic partitions failed.
    FailedOperationGetTopicPartitionsFailed,
    /// `FailedOperation.InstanceCanNotDelete`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance can not delete.
    FailedOperationInstanceCanNotDelete,
    /// `FailedOperation.InstanceNotReady`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance not ready.
    FailedOperationInstanceNotReady,
    /// `FailedOperation.InvalidExistPublicAccessPointError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid exist public access point error.
    FailedOperationInvalidExistPublicAccessPointError,
    /// `FailedOperation.InvalidWhiteListError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid white list error.
    FailedOperationInvalidWhiteListError,
    /// `FailedOperation.IsolateConsumerEnable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: isolate consumer enable.
    FailedOperationIsolateConsumerEnable,
    /// `FailedOperation.MaxMessageSizeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: max message size error.
    FailedOperationMaxMessageSizeError,
    /// `FailedOperation.MessageIDError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: message ID error.
    FailedOperationMessageIdError,
    /// `FailedOperation.ModifyCluster`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify cluster.
    FailedOperationModifyCluster,
    /// `FailedOperation.NamespaceInUse`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: namespace in use.
    FailedOperationNamespaceInUse,
    /// `FailedOperation.OnlineRefundResourceNotExit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: online refund resource not exit.
    FailedOperationOnlineRefundResourceNotExit,
    /// `FailedOperation.OperateLater`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: operate later.
    FailedOperationOperateLater,
    /// `FailedOperation.ProductNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: product not exist.
    FailedOperationProductNotExist,
    /// `FailedOperation.PulsarAdminError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: pulsar admin error.
    FailedOperationPulsarAdminError,
    /// `FailedOperation.ReceiveError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: receive error.
    FailedOperationReceiveError,
    /// `FailedOperation.ReceiveTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: receive timeout.
    FailedOperationReceiveTimeout,
    /// `FailedOperation.ReplicationDestCheckFailedError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: replication dest check failed error.
    FailedOperationReplicationDestCheckFailedError,
    /// `FailedOperation.ReplicationSourceCheckFailedError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: replication source check failed error.
    FailedOperationReplicationSourceCheckFailedError,
    /// `FailedOperation.ResetMsgSubOffsetByTimestampFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: reset msg sub offset by timestamp failed.
    FailedOperationResetMsgSubOffsetByTimestampFailed,
    /// `FailedOperation.RoleInUse`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: role in use.
    FailedOperationRoleInUse,
    /// `FailedOperation.RoleNoSyncPermission`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: role no sync permission.
    FailedOperationRoleNoSyncPermission,
    /// `FailedOperation.RouterRule`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: router rule.
    FailedOperationRouterRule,
    /// `FailedOperation.SaveSecretKey`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: save secret key.
    FailedOperationSaveSecretKey,
    /// `FailedOperation.SendMessageTimeoutError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: send message timeout error.
    FailedOperationSendMessageTimeoutError,
    /// `FailedOperation.SendMsg`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: send msg.
    FailedOperationSendMsg,
    /// `FailedOperation.SendMsgFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: send msg failed.
    FailedOperationSendMsgFailed,
    /// `FailedOperation.SetRetentionPolicy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: set retention policy.
    FailedOperationSetRetentionPolicy,
    /// `FailedOperation.SetTTL`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: set TTL.
    FailedOperationSetTtl,
    /// `FailedOperation.StorageSizeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: storage size error.
    FailedOperationStorageSizeError,
    /// `FailedOperation.TopicInUse`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: topic in use.
    FailedOperationTopicInUse,
    /// `FailedOperation.TopicTypeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: topic type error.
    FailedOperationTopicTypeError,
    /// `FailedOperation.UpdateEnvironment`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update environment.
    FailedOperationUpdateEnvironment,
    /// `FailedOperation.UpdateEnvironmentRole`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update environment role.
    FailedOperationUpdateEnvironmentRole,
    /// `FailedOperation.UpdateRole`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update role.
    FailedOperationUpdateRole,
    /// `FailedOperation.UpdateTopic`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update topic.
    FailedOperationUpdateTopic,
    /// `FailedOperation.VpcInUse`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: vpc in use.
    FailedOperationVpcInUse,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.BrokerService`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: broker service.
    InternalErrorBrokerService,
    /// `InternalError.FailedOperation`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: failed operation.
    InternalErrorFailedOperation,
    /// `InternalError.GetAttributesFailed`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: get attributes failed.
    InternalErrorGetAttributesFailed,
    /// `InternalError.IllegalMessage`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: illegal message.
    InternalErrorIllegalMessage,
    /// `InternalError.Retry`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: retry.
    InternalErrorRetry,
    /// `InternalError.SystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: system error.
    InternalErrorSystemError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.InstanceVersion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: instance version.
    InvalidParameterInstanceVersion,
    /// `InvalidParameter.InvalidAdminUrl`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid admin url.
    InvalidParameterInvalidAdminUrl,
    /// `InvalidParameter.Partition`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: partition.
    InvalidParameterPartition,
    /// `InvalidParameter.TenantNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: tenant not found.
    InvalidParameterTenantNotFound,
    /// `InvalidParameter.TokenNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: token not found.
    InvalidParameterTokenNotFound,
    /// `InvalidParameter.Vpc`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: vpc.
    InvalidParameterVpc,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.AckTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: ack time.
    InvalidParameterValueAckTime,
    /// `InvalidParameterValue.AtLeastOne`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: at least one.
    InvalidParameterValueAtLeastOne,
    /// `InvalidParameterValue.ClusterNameDuplication`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: cluster name duplication.
    InvalidParameterValueClusterNameDuplication,
    /// `InvalidParameterValue.InvalidParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid params.
    InvalidParameterValueInvalidParams,
    /// `InvalidParameterValue.NeedMoreParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: need more params.
    InvalidParameterValueNeedMoreParams,
    /// `InvalidParameterValue.TTL`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: TTL.
    InvalidParameterValueTtl,
    /// `InvalidParameterValue.TopicNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: topic not found.
    InvalidParameterValueTopicNotFound,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.Clusters`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: clusters.
    LimitExceededClusters,
    /// `LimitExceeded.Environments`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: environments.
    LimitExceededEnvironments,
    /// `LimitExceeded.MsgTime`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: msg time.
    LimitExceededMsgTime,
    /// `LimitExceeded.Namespaces`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: namespaces.
    LimitExceededNamespaces,
    /// `LimitExceeded.RetentionSize`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: retention size.
    LimitExceededRetentionSize,
    /// `LimitExceeded.RetentionTime`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: retention time.
    LimitExceededRetentionTime,
    /// `LimitExceeded.Subscriptions`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: subscriptions.
    LimitExceededSubscriptions,
    /// `LimitExceeded.Topics`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: topics.
    LimitExceededTopics,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.NeedMoreParams`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: need more params.
    MissingParameterNeedMoreParams,
    /// `MissingParameter.Tag`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: tag.
    MissingParameterTag,
    /// `OperationDenied.ConsumerRunning`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: consumer running.
    OperationDeniedConsumerRunning,
    /// `OperationDenied.DefaultEnvironment`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: default environment.
    OperationDeniedDefaultEnvironment,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInUse.EnvironmentRole`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: environment role.
    ResourceInUseEnvironmentRole,
    /// `ResourceInUse.Namespace`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: namespace.
    ResourceInUseNamespace,
    /// `ResourceInUse.Queue`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: queue.
    ResourceInUseQueue,
    /// `ResourceInUse.Role`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: role.
    ResourceInUseRole,
    /// `ResourceInUse.Subscription`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: subscription.
    ResourceInUseSubscription,
    /// `ResourceInUse.Topic`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: topic.
    ResourceInUseTopic,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.BrokerCluster`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: broker cluster.
    ResourceNotFoundBrokerCluster,
    /// `ResourceNotFound.Cluster`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: cluster.
    ResourceNotFoundCluster,
    /// `ResourceNotFound.DisasterReplicateLink`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: disaster replicate link.
    ResourceNotFoundDisasterReplicateLink,
    /// `ResourceNotFound.Environment`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: environment.
    ResourceNotFoundEnvironment,
    /// `ResourceNotFound.EnvironmentRole`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: environment role.
    ResourceNotFoundEnvironmentRole,
    /// `ResourceNotFound.Instance`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instance.
    ResourceNotFoundInstance,
    /// `ResourceNotFound.MigrationTask`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: migration task.
    ResourceNotFoundMigrationTask,
    /// `ResourceNotFound.Msg`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: msg.
    ResourceNotFoundMsg,
    /// `ResourceNotFound.MsgProduceLog`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: msg produce log.
    ResourceNotFoundMsgProduceLog,
    /// `ResourceNotFound.Namespace`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: namespace.
    ResourceNotFoundNamespace,
    /// `ResourceNotFound.Namspace`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: namspace.
    ResourceNotFoundNamspace,
    /// `ResourceNotFound.Role`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: role.
    ResourceNotFoundRole,
    /// `ResourceNotFound.Subscription`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: subscription.
    ResourceNotFoundSubscription,
    /// `ResourceNotFound.Topic`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: topic.
    ResourceNotFoundTopic,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourceUnavailable.CreateFailed`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: create failed.
    ResourceUnavailableCreateFailed,
    /// `ResourceUnavailable.FundRequired`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: fund required.
    ResourceUnavailableFundRequired,
    /// `ResourceUnavailable.SystemUpgrade`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: system upgrade.
    ResourceUnavailableSystemUpgrade,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnknownParameter.DelayMessagePolicy`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given: delay message policy.
    UnknownParameterDelayMessagePolicy,
    /// `UnknownParameter.Policy`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given: policy.
    UnknownParameterPolicy,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.InstanceDowngrade`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance downgrade.
    UnsupportedOperationInstanceDowngrade,
    /// `UnsupportedOperation.TopicDelayMessage`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: topic delay message.
    UnsupportedOperationTopicDelayMessage,
    /// `UnsupportedOperation.TopicUnack`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: topic unack.
    UnsupportedOperationTopicUnack,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 136] = [
        "AuthFailure.UnauthorizedOperation",
        "FailedOperation",
        "FailedOperation.CallTrade",
        "FailedOperation.CloudService",
        "FailedOperation.CmqBackendError",
        "FailedOperation.CreateCluster",
        "FailedOperation.CreateEnvironment",
        "FailedOperation.CreateEnvironmentRole",
        "FailedOperation.CreateNamespace",
        "FailedOperation.CreateProClusterRegionNotExist",
        "FailedOperation.CreateProducerError",
        "FailedOperation.CreatePulsarClientError",
        "FailedOperation.CreateRole",
        "FailedOperation.CreateSecretKey",
        "FailedOperation.CreateSubscription",
        "FailedOperation.CreateTopic",
        "FailedOperation.DeleteCluster",
        "FailedOperation.DeleteClusterProtection",
        "FailedOperation.DeleteEnvironmentRoles",
        "FailedOperation.DeleteEnvironments",
        "FailedOperation.DeleteNamespace",
        "FailedOperation.DeleteRoles",
        "FailedOperation.DeleteSubscriptions",
        "FailedOperation.DeleteTopics",
        "FailedOperation.DescribeSubscription",
        "FailedOperation.GenerateDealsAndPayError",
        "FailedOperation.GetEnvironmentAttributesFailed",
        "FailedOperation.GetTags",
        "FailedOperation.GetTopicPartitionsFailed",
        "FailedOperation.InstanceCanNotDelete",
        "FailedOperation.InstanceNotReady",
        "FailedOperation.InvalidExistPublicAccessPointError",
        "FailedOperation.InvalidWhiteListError",
        "FailedOperation.IsolateConsumerEnable",
        "FailedOperation.MaxMessageSizeError",
        "FailedOperation.MessageIDError",
        "FailedOperation.ModifyCluster",
        "FailedOperation.NamespaceInUse",
        "FailedOperation.OnlineRefundResourceNotExit",
        "FailedOperation.OperateLater",
        "FailedOperation.ProductNotExist",
        "FailedOperation.PulsarAdminError",
        "FailedOperation.ReceiveError",
        "FailedOperation.ReceiveTimeout",
        "FailedOperation.ReplicationDestCheckFailedError",
        "FailedOperation.ReplicationSourceCheckFailedError",
        "FailedOperation.ResetMsgSubOffsetByTimestampFailed",
        "FailedOperation.RoleInUse",
        "FailedOperation.RoleNoSyncPermission",
        "FailedOperation.RouterRule",
        "FailedOperation.SaveSecretKey",
        "FailedOperation.SendMessageTimeoutError",
        "FailedOperation.SendMsg",
        "FailedOperation.SendMsgFailed",
        "FailedOperation.SetRetentionPolicy",
        "FailedOperation.SetTTL",
        "FailedOperation.StorageSizeError",
        "FailedOperation.TopicInUse",
        "FailedOperation.TopicTypeError",
        "FailedOperation.UpdateEnvironment",
        "FailedOperation.UpdateEnvironmentRole",
        "FailedOperation.UpdateRole",
        "FailedOperation.UpdateTopic",
        "FailedOperation.VpcInUse",
        "InternalError",
        "InternalError.BrokerService",
        "InternalError.FailedOperation",
        "InternalError.GetAttributesFailed",
        "InternalError.IllegalMessage",
        "InternalError.Retry",
        "InternalError.SystemError",
        "InvalidParameter",
        "InvalidParameter.InstanceVersion",
        "InvalidParameter.InvalidAdminUrl",
        "InvalidParameter.Partition",
        "InvalidParameter.TenantNotFound",
        "InvalidParameter.TokenNotFound",
        "InvalidParameter.Vpc",
        "InvalidParameterValue",
        "InvalidParameterValue.AckTime",
        "InvalidParameterValue.AtLeastOne",
        "InvalidParameterValue.ClusterNameDuplication",
        "InvalidParameterValue.InvalidParams",
        "InvalidParameterValue.NeedMoreParams",
        "InvalidParameterValue.TTL",
        "InvalidParameterValue.TopicNotFound",
        "LimitExceeded",
        "LimitExceeded.Clusters",
        "LimitExceeded.Environments",
        "LimitExceeded.MsgTime",
        "LimitExceeded.Namespaces",
        "LimitExceeded.RetentionSize",
        "LimitExceeded.RetentionTime",
        "LimitExceeded.Subscriptions",
        "LimitExceeded.Topics",
        "MissingParameter",
        "MissingParameter.NeedMoreParams",
        "MissingParameter.Tag",
        "OperationDenied.ConsumerRunning",
        "OperationDenied.DefaultEnvironment",
        "ResourceInUse",
        "ResourceInUse.EnvironmentRole",
        "ResourceInUse.Namespace",
        "ResourceInUse.Queue",
        "ResourceInUse.Role",
        "ResourceInUse.Subscription",
        "ResourceInUse.Topic",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceNotFound.BrokerCluster",
        "ResourceNotFound.Cluster",
        "ResourceNotFound.DisasterReplicateLink",
        "ResourceNotFound.Environment",
        "ResourceNotFound.EnvironmentRole",
        "ResourceNotFound.Instance",
        "ResourceNotFound.MigrationTask",
        "ResourceNotFound.Msg",
        "ResourceNotFound.MsgProduceLog",
        "ResourceNotFound.Namespace",
        "ResourceNotFound.Namspace",
        "ResourceNotFound.Role",
        "ResourceNotFound.Subscription",
        "ResourceNotFound.Topic",
        "ResourceUnavailable",
        "ResourceUnavailable.CreateFailed",
        "ResourceUnavailable.FundRequired",
        "ResourceUnavailable.SystemUpgrade",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnknownParameter",
        "UnknownParameter.DelayMessagePolicy",
        "UnknownParameter.Policy",
        "UnsupportedOperation",
        "UnsupportedOperation.InstanceDowngrade",
        "UnsupportedOperation.TopicDelayMessage",
        "UnsupportedOperation.TopicUnack",
    ];
    static NAME_CODES: [u32; 3] = [35, 55, 84];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationMessageIdErrorFailedOperationSetTtlInvalidParameterValueTtl",
        ends: &[0, 29, 50, 74],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed: unauthorized operation.The operation failed.The operation failed: call trade.The operation failed: cloud service.The operation failed: cmq backend error.The operation failed: create cluster.The operation failed: create environment.The operation failed: create environment role.The operation failed: create namespace.The operation failed: create pro cluster region not exist.The operation failed: create producer error.The operation failed: create pulsar client error.The operation failed: create role.The operation failed: create secret key.The operation failed: create subscription.The operation failed: create topic.The operation failed: delete cluster.The operation failed: delete cluster protection.The operation failed: delete environment roles.The operation failed: delete environments.The operation failed: delete namespace.The operation failed: delete roles.The operation failed: delete subscriptions.The operation failed: delete topics.The operation failed: describe subscription.The operation failed: generate deals and pay error.The operation failed: get environment attributes failed.The operation failed: get tags.The operation failed: get topic partitions failed.The operation failed: instance can not delete.The operation failed: instance not ready.The operation failed: invalid exist public access point error.The operation failed: invalid white list error.The operation failed: isolate consumer enable.The operation failed: max message size error.The operation failed: message ID error.The operation failed: modify cluster.The operation failed: namespace in use.The operation failed: online refund resource not exit.The operation failed: operate later.The operation failed: product not exist.The operation failed: pulsar admin error.The operation failed: receive error.The operation failed: receive timeout.The operation failed: replication dest check failed error.The operation failed: replication source check failed error.The operation failed: reset msg sub offset by timestamp failed.The operation failed: role in use.The operation failed: role no sync permission.The operation failed: router rule.The operation failed: save secret key.The operation failed: send message timeout error.The operation failed: send msg.The operation failed: send msg failed.The operation failed: set retention policy.The operation failed: set TTL.The operation failed: storage size error.The operation failed: topic in use.The operation failed: topic type error.The operation failed: update environment.The operation failed: update environment role.The operation failed: update role.The operation failed: update topic.The operation failed: vpc in use.An internal error occurred.An internal error occurred: broker service.An internal error occurred: failed operation.An internal error occurred: get attributes failed.An internal error occurred: illegal message.An internal error occurred: retry.An internal error occurred: system error.A parameter is invalid.A parameter is invalid: instance version.A parameter is invalid: invalid admin url.A parameter is invalid: partition.A parameter is invalid: tenant not found.A parameter is invalid: token not found.A parameter is invalid: vpc.A parameter value is invalid.A parameter value is invalid: ack time.A parameter value is invalid: at least one.A parameter value is invalid: cluster name duplication.A parameter value is invalid: invalid params.A parameter value is invalid: need more params.A parameter value is invalid: TTL.A parameter value is invalid: topic not found.A limit was exceeded.A limit was exceeded: clusters.A limit was exceeded: environments.A limit was exceeded: msg time.A limit was exceeded: namespaces.A limit was exceeded: retention size.A limit was exceeded: retention time.A limit was exceeded: subscriptions.A limit was exceeded: topics.A required parameter is missing.A required parameter is missing: need more params.A required parameter is missing: tag.The operation was denied: consumer running.The operation was denied: default environment.The resource is in use.The resource is in use: environment role.The resource is in use: namespace.The resource is in use: queue.The resource is in use: role.The resource is in use: subscription.The resource is in use: topic.Resources are insufficient.The resource was not found.The resource was not found: broker cluster.The resource was not found: cluster.The resource was not found: disaster replicate link.The resource was not found: environment.The resource was not found: environment role.The resource was not found: instance.The resource was not found: migration task.The resource was not found: msg.The resource was not found: msg produce log.The resource was not found: namespace.The resource was not found: namspace.The resource was not found: role.The resource was not found: subscription.The resource was not found: topic.The resource is unavailable.The resource is unavailable: create failed.The resource is unavailable: fund required.The resource is unavailable: system upgrade.The resources are sold out.The operation is not authorized.An unknown parameter was given.An unknown parameter was given: delay message policy.An unknown parameter was given: policy.The operation is not supported.The operation is not supported: instance downgrade.The operation is not supported: topic delay message.The operation is not supported: topic unack.",
        ends: &[
            0, 46, 67, 100, 136, 176, 213, 254, 300, 339, 397, 441, 490, 524, 564, 606,
            641, 678, 726, 773, 815, 854, 889, 932, 968, 1012, 1063, 1119, 1150, 1200,
            1246, 1287, 1349, 1396, 1442, 1487, 1526, 1563, 1602, 1656, 1692, 1732, 1773,
            1809, 1847, 1905, 1965, 2028, 2062, 2108, 2142, 2180, 2229, 2260, 2298, 2341,
            2371, 2412, 2447, 2486, 2527, 2573, 2607, 2642, 2675, 2702, 2745, 2790, 2840,
            2884, 2918, 2959, 2982, 3023, 3065, 3099, 3140, 3180, 3208, 3237, 3276, 3319,
            3374, 3419, 3466, 3500, 3546, 3567, 3598, 3633, 3664, 3697, 3734, 3771, 3807,
            3836, 3868, 3918, 3955, 3998, 4044, 4067, 4108, 4142, 4172, 4201, 4238, 4268,
            4295, 4322, 4365, 4401, 4453, 4493, 4538, 4575, 4618, 4650, 4694, 4732, 4769,
            4802, 4843, 4877, 4905, 4948, 4991, 5035, 5062, 5094, 5125, 5178, 5217, 5248,
            5299, 5351, 5395,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 136] = ::cloud_errors::__private::retry_column(
        b"caaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaccbbbbbbbcaaaaaaaaaaaaaaaccccccaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 136] = ::cloud_errors::__private::category_column(
        b"piiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimmmmmmmccccccccccccccchhhhhhhhhcccggjjjjjjjheeeeeeeeeeeeeeeiiiihgcccliii",
    );
    static PILOTS: [u16; 34] = [
        0, 3, 35, 87, 7, 12, 2, 116, 23, 10, 9, 3, 0, 0, 6, 5, 13, 2, 4, 2, 69, 36, 41,
        0, 86, 90, 18, 12, 9, 10, 80, 2, 23, 38,
    ];
    static SLOTS: [(&str, u32); 151] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            26, 4294967295, 47, 92, 2, 111, 114, 56, 7, 85, 81, 4294967295, 3, 19, 116,
            134, 6, 32, 63, 4294967295, 78, 33, 37, 106, 36, 5, 101, 45, 31, 67, 79,
            4294967295, 103, 121, 118, 4294967295, 98, 24, 71, 4294967295, 132, 51, 38,
            102, 66, 42, 4294967295, 49, 4294967295, 124, 77, 48, 18, 130, 12, 41, 54,
            69, 129, 91, 17, 22, 27, 20, 122, 4294967295, 99, 46, 55, 13, 104, 125, 120,
            68, 133, 96, 4294967295, 0, 65, 21, 34, 4294967295, 107, 44, 29, 113, 59, 9,
            4294967295, 80, 4294967295, 64, 70, 16, 123, 43, 88, 61, 1, 8, 4294967295,
            58, 40, 87, 72, 94, 127, 57, 131, 128, 76, 35, 14, 84, 95, 15, 62, 74, 4, 83,
            53, 86, 109, 25, 89, 110, 23, 82, 75, 11, 105, 30, 60, 28, 52, 73, 117, 39,
            10, 115, 97, 108, 135, 4294967295, 93, 112, 90, 126, 100, 50, 119,
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
    const PROVIDER: &'static str = "Tencent Cloud TDMQ";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TDMQ's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TDMQ: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
