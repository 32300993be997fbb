// @generated from catalogs/alibaba/alikafka.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud alikafka: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud alikafka: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `Acl.AddSasl.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Acl: add sasl, error.
    AclAddSaslError,
    /// `Acl.DelSasl.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Acl: del sasl, error.
    AclDelSaslError,
    /// `Acl.Disable.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Acl: disable, error.
    AclDisableError,
    /// `Acl.DuplicatedAuth.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Acl: duplicated auth, error.
    AclDuplicatedAuthError,
    /// `ADMIN_GET_BROKER_CONFIG_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// ADMIN GET BROKER CONFIG ERROR.
    AdminGetBrokerConfigError,
    /// `ADMIN_UPDATE_BROKER_CONFIG_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// ADMIN UPDATE BROKER CONFIG ERROR.
    AdminUpdateBrokerConfigError,
    /// `ADMIN_UPDATE_SUB_PERM_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// ADMIN UPDATE SUB PERM ERROR.
    AdminUpdateSubPermError,
    /// `ADMIN_UPDATE_TOPIC_PERM_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// ADMIN UPDATE TOPIC PERM ERROR.
    AdminUpdateTopicPermError,
    /// `AgentBusinessError`: HTTP 400; retry: never; category: invalid_argument.
    /// Agent business error.
    AgentBusinessError,
    /// `AgentError`: HTTP 400; retry: never; category: invalid_argument.
    /// Agent error.
    AgentError,
    /// `AsyncTask.DeleteTopic`: HTTP 400; retry: never; category: invalid_argument.
    /// Async task: delete topic.
    AsyncTaskDeleteTopic,
    /// `AsyncTask.ExecuteTimeNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Async task: execute time not support.
    AsyncTaskExecuteTimeNotSupport,
    /// `AsyncTask.Ignored`: HTTP 400; retry: never; category: invalid_argument.
    /// Async task: ignored.
    AsyncTaskIgnored,
    /// `AsyncTask.NotMeetCondition`: HTTP 400; retry: never; category: invalid_argument.
    /// Async task: not meet condition.
    AsyncTaskNotMeetCondition,
    /// `AsyncTask.RetryLater`: HTTP 400; retry: never; category: invalid_argument.
    /// Async task: retry later.
    AsyncTaskRetryLater,
    /// `AsyncTask.TypeAlreadyExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Async task: type already exist.
    AsyncTaskTypeAlreadyExist,
    /// `AsyncTaskSlave.NotCompleted`: HTTP 400; retry: never; category: invalid_argument.
    /// Async task slave: not completed.
    AsyncTaskSlaveNotCompleted,
    /// `AUTH_CAL_SIGNATURE_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// AUTH CAL SIGNATURE ERROR.
    AuthCalSignatureError,
    /// `AUTH_CSRF_CHECK_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// AUTH CSRF CHECK ERROR.
    AuthCsrfCheckError,
    /// `AUTH_LOGIN_CHECK_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// AUTH LOGIN CHECK ERROR.
    AuthLoginCheckError,
    /// `AUTH_ONS_CHANNEL_INVALID`: HTTP 400; retry: never; category: invalid_argument.
    /// AUTH ONS CHANNEL INVALID.
    AuthOnsChannelInvalid,
    /// `AUTH_PERMISSION_CHECK_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// AUTH PERMISSION CHECK ERROR.
    AuthPermissionCheckError,
    /// `AUTH_REQUEST_NOT_ALLOWED`: HTTP 400; retry: never; category: invalid_argument.
    /// AUTH REQUEST NOT ALLOWED.
    AuthRequestNotAllowed,
    /// `AUTH_RESOURCE_EMPOWER_CHECK_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// AUTH RESOURCE EMPOWER CHECK ERROR.
    AuthResourceEmpowerCheckError,
    /// `AUTH_RESOURCE_OWNER_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// AUTH RESOURCE OWNER ERROR.
    AuthResourceOwnerError,
    /// `AUTH_SERVICE_CHECK_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// AUTH SERVICE CHECK ERROR.
    AuthServiceCheckError,
    /// `AUTH_SIGNATURE_CHECK_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// AUTH SIGNATURE CHECK ERROR.
    AuthSignatureCheckError,
    /// `AUTH_SYSTEM_PERMISSION_CHECK_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// AUTH SYSTEM PERMISSION CHECK ERROR.
    AuthSystemPermissionCheckError,
    /// `AUTH_TOPIC_CREATE_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// AUTH TOPIC CREATE ERROR.
    AuthTopicCreateError,
    /// `AUTH_USER_CHECK_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// AUTH USER CHECK ERROR.
    AuthUserCheckError,
    /// `AUTH_USER_IN_BLACK_LIST`: HTTP 400; retry: never; category: invalid_argument.
    /// AUTH USER IN BLACK LIST.
    AuthUserInBlackList,
    /// `BIZ.GET.TOPIC.STATUS.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ: GET, TOPIC, STATUS, ERROR.
    BizGetTopicStatusError,
    /// `BIZ.INSTANCE.NOT.FOUND`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ: INSTANCE, NOT, FOUND.
    BizInstanceNotFound,
    /// `BIZ.INSTANCE.STATUS.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ: INSTANCE, STATUS, ERROR.
    BizInstanceStatusError,
    /// `BIZ.LIMIT.PUBNETWORK`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ: LIMIT, PUBNETWORK.
    BizLimitPubnetwork,
    /// `BIZ.LIMIT.QUOTA.DOWN`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ: LIMIT, QUOTA, DOWN.
    BizLimitQuotaDown,
    /// `BIZ.LIMIT.QUOTA.DOWN.1`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ: LIMIT, QUOTA, DOWN, 1.
    BizLimitQuotaDown1,
    /// `BIZ.LIMIT.QUOTA.DOWN.2`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ: LIMIT, QUOTA, DOWN, 2.
    BizLimitQuotaDown2,
    /// `BIZ.TagResource.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ: tag resource, not supported.
    BizTagResourceNotSupported,
    /// `BIZ_ACL_NOT_ENABLED`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ ACL NOT ENABLED.
    BizAclNotEnabled,
    /// `BIZ_AONE_CHECK_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ AONE CHECK ERROR.
    BizAoneCheckError,
    /// `BIZ_BROADCASTING_PULL_UNSUPPORT`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ BROADCASTING PULL UNSUPPORT.
    BizBroadcastingPullUnsupport,
    /// `BIZ_BROKER_NOT_FOUND`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ BROKER NOT FOUND.
    BizBrokerNotFound,
    /// `BIZ_CAN_NOT_ENABLE_ACL`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ CAN NOT ENABLE ACL.
    BizCanNotEnableAcl,
    /// `BIZ_CLUSTER_IS_EMPTY`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ CLUSTER IS EMPTY.
    BizClusterIsEmpty,
    /// `BIZ_CONSUMER_GROUP_ACTIVE_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ CONSUMER GROUP ACTIVE ERROR.
    BizConsumerGroupActiveError,
    /// `BIZ_CONSUMER_ID_BELONG_TO_OTHER_USER`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ CONSUMER ID BELONG TO OTHER USER.
    BizConsumerIdBelongToOtherUser,
    /// `BIZ_CONSUMER_NEVER_RUNNING`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ CONSUMER NEVER RUNNING.
    BizConsumerNeverRunning,
    /// `BIZ_CONSUMER_NOT_ONLINE`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ CONSUMER NOT ONLINE.
    BizConsumerNotOnline,
    /// `BIZ_CREATE_ORDER_CONFIG_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ CREATE ORDER CONFIG ERROR.
    BizCreateOrderConfigError,
    /// `BIZ_CREATE_PUBLISH_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ CREATE PUBLISH ERROR.
    BizCreatePublishError,
    /// `BIZ_CREATE_SUBSCRIPTION_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ CREATE SUBSCRIPTION ERROR.
    BizCreateSubscriptionError,
    /// `BIZ_CREATE_TOPIC_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ CREATE TOPIC ERROR.
    BizCreateTopicError,
    /// `BIZ_CREATE_TOPIC_NUM_LESS_THAN_BEFORE_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ CREATE TOPIC NUM LESS THAN BEFORE ERROR.
    BizCreateTopicNumLessThanBeforeError,
    /// `BIZ_DELETE_ORDER_CONFIG_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ DELETE ORDER CONFIG ERROR.
    BizDeleteOrderConfigError,
    /// `BIZ_DELETE_SUBSCRIPTION_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ DELETE SUBSCRIPTION ERROR.
    BizDeleteSubscriptionError,
    /// `BIZ_DELETE_TOPIC_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ DELETE TOPIC ERROR.
    BizDeleteTopicError,
    /// `BIZ_DOWNLOAD_MESSAGE_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ DOWNLOAD MESSAGE ERROR.
    BizDownloadMessageError,
    /// `BIZ_FIELD_CHECK_INVALID`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ FIELD CHECK INVALID.
    BizFieldCheckInvalid,
    /// `BIZ_FIND_CONSUMER_GROUP_INFO_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ FIND CONSUMER GROUP INFO ERROR.
    BizFindConsumerGroupInfoError,
    /// `BIZ_GET_APPKEY_LIST_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ GET APPKEY LIST ERROR.
    BizGetAppkeyListError,
    /// `BIZ_GET_CLUSTER_INFO_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ GET CLUSTER INFO ERROR.
    BizGetClusterInfoError,
    /// `BIZ_GET_CONSUMER_CONNECTION_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ GET CONSUMER CONNECTION ERROR.
    BizGetConsumerConnectionError,
    /// `BIZ_GET_CONSUMER_RUNNING_INFO_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ GET CONSUMER RUNNING INFO ERROR.
    BizGetConsumerRunningInfoError,
    /// `BIZ_GET_CONSUME_ACCUMULATE_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ GET CONSUME ACCUMULATE ERROR.
    BizGetConsumeAccumulateError,
    /// `BIZ_GET_CONSUME_STATUS_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ GET CONSUME STATUS ERROR.
    BizGetConsumeStatusError,
    /// `BIZ_GET_TOPIC_ROUTE_INFO_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ GET TOPIC ROUTE INFO ERROR.
    BizGetTopicRouteInfoError,
    /// `BIZ_GET_TOPIC_STATUS_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ GET TOPIC STATUS ERROR.
    BizGetTopicStatusError2,
    /// `BIZ_INSTANCE_ALREADY_EXISTS`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ INSTANCE ALREADY EXISTS.
    BizInstanceAlreadyExists,
    /// `BIZ_INSTANCE_BASIC_INFO_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ INSTANCE BASIC INFO ERROR.
    BizInstanceBasicInfoError,
    /// `BIZ_INSTANCE_CREATE_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ INSTANCE CREATE ERROR.
    BizInstanceCreateError,
    /// `BIZ_INSTANCE_CREATE_ORDER_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ INSTANCE CREATE ORDER ERROR.
    BizInstanceCreateOrderError,
    /// `BIZ_INSTANCE_DELETE_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ INSTANCE DELETE ERROR.
    BizInstanceDeleteError,
    /// `BIZ_INSTANCE_LOCATION_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ INSTANCE LOCATION ERROR.
    BizInstanceLocationError,
    /// `BIZ_INSTANCE_NOT_FOUND`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ INSTANCE NOT FOUND.
    BizInstanceNotFound2,
    /// `BIZ_INSTANCE_ONLY_PROFESSIONAL_SUPPORT`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ INSTANCE ONLY PROFESSIONAL SUPPORT.
    BizInstanceOnlyProfessionalSupport,
    /// `BIZ_INSTANCE_OWNER_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ INSTANCE OWNER ERROR.
    BizInstanceOwnerError,
    /// `BIZ_INSTANCE_PAIDTYPE_NOT_SUPPORT`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ INSTANCE PAIDTYPE NOT SUPPORT.
    BizInstancePaidtypeNotSupport,
    /// `BIZ_INSTANCE_PERMISSION_CHECK_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ INSTANCE PERMISSION CHECK ERROR.
    BizInstancePermissionCheckError,
    /// `BIZ_INSTANCE_REFUND_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ INSTANCE REFUND ERROR.
    BizInstanceRefundError,
    /// `BIZ_INSTANCE_RELEASE_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ INSTANCE RELEASE ERROR.
    BizInstanceReleaseError,
    /// `BIZ_INSTANCE_RELEASE_EXIST_CONSUMER_GROUP_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ INSTANCE RELEASE EXIST CONSUMER GROUP ERROR.
    BizInstanceReleaseExistConsumerGroupError,
    /// `BIZ_INSTANCE_RELEASE_EXIST_TOPIC_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ INSTANCE RELEASE EXIST TOPIC ERROR.
    BizInstanceReleaseExistTopicError,
    /// `BIZ_INSTANCE_RELEASE_LESSHOUR_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ INSTANCE RELEASE LESSHOUR ERROR.
    BizInstanceReleaseLesshourError,
    /// `BIZ_INSTANCE_STATUS_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ INSTANCE STATUS ERROR.
    BizInstanceStatusError2,
    /// `BIZ_INSTANCE_UPDATE_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ INSTANCE UPDATE ERROR.
    BizInstanceUpdateError,
    /// `BIZ_INSTANCE_UPGRADE_ORDER_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ INSTANCE UPGRADE ORDER ERROR.
    BizInstanceUpgradeOrderError,
    /// `BIZ_MESSAGE_TRACK_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ MESSAGE TRACK ERROR.
    BizMessageTrackError,
    /// `BIZ_NO_MESSAGE`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ NO MESSAGE.
    BizNoMessage,
    /// `BIZ_PRODUCER_ID_BELONG_TO_OTHER_USER`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ PRODUCER ID BELONG TO OTHER USER.
    BizProducerIdBelongToOtherUser,
    /// `BIZ_PUBLISHER_EXISTED`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ PUBLISHER EXISTED.
    BizPublisherExisted,
    /// `BIZ_PUBLISH_INFO_NOT_FOUND`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ PUBLISH INFO NOT FOUND.
    BizPublishInfoNotFound,
    /// `BIZ_PUSH_MESSAGE_TO_CONSUMER_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ PUSH MESSAGE TO CONSUMER ERROR.
    BizPushMessageToConsumerError,
    /// `BIZ_QUERY_CONSUME_TIMESPAN_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ QUERY CONSUME TIMESPAN ERROR.
    BizQueryConsumeTimespanError,
    /// `BIZ_QUERY_MESSAGE_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ QUERY MESSAGE ERROR.
    BizQueryMessageError,
    /// `BIZ_RESET_OFFSET_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ RESET OFFSET ERROR.
    BizResetOffsetError,
    /// `BIZ_SASL_USER_NOT_EXIST`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ SASL USER NOT EXIST.
    BizSaslUserNotExist,
    /// `BIZ_SASL_USER_NUM_EXCEED`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ SASL USER NUM EXCEED.
    BizSaslUserNumExceed,
    /// `BIZ_SEND_MESSAGE_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ SEND MESSAGE ERROR.
    BizSendMessageError,
    /// `BIZ_SLR_CREATE_NO_PERMISSION`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ SLR CREATE NO PERMISSION.
    BizSlrCreateNoPermission,
    /// `BIZ_SUBSCRIPTION_ALREADY_EXISTS`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ SUBSCRIPTION ALREADY EXISTS.
    BizSubscriptionAlreadyExists,
    /// `BIZ_SUBSCRIPTION_CREATE_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ SUBSCRIPTION CREATE ERROR.
    BizSubscriptionCreateError,
    /// `BIZ_SUBSCRIPTION_DELETE_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ SUBSCRIPTION DELETE ERROR.
    BizSubscriptionDeleteError,
    /// `BIZ_SUBSCRIPTION_EXISTED`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ SUBSCRIPTION EXISTED.
    BizSubscriptionExisted,
    /// `BIZ_SUBSCRIPTION_NOT_FOUND`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ SUBSCRIPTION NOT FOUND.
    BizSubscriptionNotFound,
    /// `BIZ_SUBSCRIPTION_PERMISSION_CHECK_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ SUBSCRIPTION PERMISSION CHECK ERROR.
    BizSubscriptionPermissionCheckError,
    /// `BIZ_SUBSCRIPTION_STATUS_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ SUBSCRIPTION STATUS ERROR.
    BizSubscriptionStatusError,
    /// `BIZ_SUBSCRIPTION_TOO_MUCH`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ SUBSCRIPTION TOO MUCH.
    BizSubscriptionTooMuch,
    /// `BIZ_SUBSCRIPTION_UPDATE_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ SUBSCRIPTION UPDATE ERROR.
    BizSubscriptionUpdateError,
    /// `BIZ_TAG_DUPLICATE_TAG_KEY`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ TAG DUPLICATE TAG KEY.
    BizTagDuplicateTagKey,
    /// `BIZ_TAG_ONLY_SERVICE_ACCOUNT_HAS_PERMISSION`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ TAG ONLY SERVICE ACCOUNT HAS PERMISSION.
    BizTagOnlyServiceAccountHasPermission,
    /// `BIZ_TAG_REQUEST_RESOURCE_NUM_EXCEED`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ TAG REQUEST RESOURCE NUM EXCEED.
    BizTagRequestResourceNumExceed,
    /// `BIZ_TAG_REQUEST_TAG_NUM_EXCEED`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ TAG REQUEST TAG NUM EXCEED.
    BizTagRequestTagNumExceed,
    /// `BIZ_TAG_RESOURCE_NOT_EXIST`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ TAG RESOURCE NOT EXIST.
    BizTagResourceNotExist,
    /// `BIZ_TAG_RESOURCE_NUM_EXCEED`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ TAG RESOURCE NUM EXCEED.
    BizTagResourceNumExceed,
    /// `BIZ_TAG_TAGKEY_NOT_VALID`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ TAG TAGKEY NOT VALID.
    BizTagTagkeyNotValid,
    /// `BIZ_TAG_TAGVALUE_NOT_VALID`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ TAG TAGVALUE NOT VALID.
    BizTagTagvalueNotValid,
    /// `BIZ_TAG_TAG_NUM_EXCEED`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ TAG TAG NUM EXCEED.
    BizTagTagNumExceed,
    /// `BIZ_TIME_SPAN_EMPTY`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ TIME SPAN EMPTY.
    BizTimeSpanEmpty,
    /// `BIZ_TOPIC_ALREADY_EXISTS`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ TOPIC ALREADY EXISTS.
    BizTopicAlreadyExists,
    /// `BIZ_TOPIC_COMPACT_TOPIC_NOT_SUPPORT`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ TOPIC COMPACT TOPIC NOT SUPPORT.
    BizTopicCompactTopicNotSupport,
    /// `BIZ_TOPIC_CREATE_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ TOPIC CREATE ERROR.
    BizTopicCreateError,
    /// `BIZ_TOPIC_CREATE_INTERNAL_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ TOPIC CREATE INTERNAL ERROR.
    BizTopicCreateInternalError,
    /// `BIZ_TOPIC_DELETE_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ TOPIC DELETE ERROR.
    BizTopicDeleteError,
    /// `BIZ_TOPIC_EXISTED`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ TOPIC EXISTED.
    BizTopicExisted,
    /// `BIZ_TOPIC_LOCAL_TOPIC_NOT_SUPPORT`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ TOPIC LOCAL TOPIC NOT SUPPORT.
    BizTopicLocalTopicNotSupport,
    /// `BIZ_TOPIC_NOT_FOUND`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ TOPIC NOT FOUND.
    BizTopicNotFound,
    /// `BIZ_TOPIC_OFFSET_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ TOPIC OFFSET ERROR.
    BizTopicOffsetError,
    /// `BIZ_TOPIC_PARTITION_ADD_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ TOPIC PARTITION ADD ERROR.
    BizTopicPartitionAddError,
    /// `BIZ_TOPIC_PARTITION_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ TOPIC PARTITION ERROR.
    BizTopicPartitionError,
    /// `BIZ_TOPIC_PARTITION_NUM_EXCEED`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ TOPIC PARTITION NUM EXCEED.
    BizTopicPartitionNumExceed,
    /// `BIZ_TOPIC_STATUS_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ TOPIC STATUS ERROR.
    BizTopicStatusError,
    /// `BIZ_TOPIC_TOO_MUCH`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ TOPIC TOO MUCH.
    BizTopicTooMuch,
    /// `BIZ_TOPIC_UPDATE_CONFIG_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ TOPIC UPDATE CONFIG ERROR.
    BizTopicUpdateConfigError,
    /// `BIZ_TOPIC_UPDATE_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ TOPIC UPDATE ERROR.
    BizTopicUpdateError,
    /// `BIZ_UPDATE_ACL_FAILED`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ UPDATE ACL FAILED.
    BizUpdateAclFailed,
    /// `BIZ_UPDATE_SUBSCRIPTION_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ UPDATE SUBSCRIPTION ERROR.
    BizUpdateSubscriptionError,
    /// `BIZ_UPDATE_TOPIC_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ UPDATE TOPIC ERROR.
    BizUpdateTopicError,
    /// `BIZ_UPDATE_TOPIC_PERM_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// BIZ UPDATE TOPIC PERM ERROR.
    BizUpdateTopicPermError,
    /// `DataExceedMaxLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Data exceed max limit.
    DataExceedMaxLimit,
    /// `DB.Update.Failed`: HTTP 400; retry: never; category: invalid_argument.
    /// DB: update, failed.
    DbUpdateFailed,
    /// `Deploy.Callback.Illegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Deploy: callback, illegal.
    DeployCallbackIllegal,
    /// `Deploy.NotRetriableError`: HTTP 400; retry: never; category: invalid_argument.
    /// Deploy: not retriable error.
    DeployNotRetriableError,
    /// `Deploy.ResourceNotEnough`: HTTP 400; retry: never; category: invalid_argument.
    /// Deploy: resource not enough.
    DeployResourceNotEnough,
    /// `Deploy.RetriableError`: HTTP 400; retry: never; category: invalid_argument.
    /// Deploy: retriable error.
    DeployRetriableError,
    /// `DeployError`: HTTP 400; retry: never; category: invalid_argument.
    /// Deploy error.
    DeployError,
    /// `DeployPreCheckError`: HTTP 400; retry: never; category: invalid_argument.
    /// Deploy pre check error.
    DeployPreCheckError,
    /// `DeployType.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Deploy type: not support.
    DeployTypeNotSupport,
    /// `FlowControl`: HTTP 400; retry: never; category: invalid_argument.
    /// Flow control.
    FlowControl,
    /// `GET.CONSUMER.MISSING.ACCESS.KEY.ID`: HTTP 400; retry: never; category: invalid_argument.
    /// GET: CONSUMER, MISSING, ACCESS, KEY, ID.
    GetConsumerMissingAccessKeyId,
    /// `Group.Active`: HTTP 400; retry: never; category: invalid_argument.
    /// Group: active.
    GroupActive,
    /// `Instance.CaclulateChange.time`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: caclulate change, time.
    InstanceCaclulateChangeTime,
    /// `Instance.Change.NotAllowed`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: change, not allowed.
    InstanceChangeNotAllowed,
    /// `Instance.ExceedMaxLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: exceed max limit.
    InstanceExceedMaxLimit,
    /// `Instance.InsertComponent.fail`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: insert component, fail.
    InstanceInsertComponentFail,
    /// `Instance.ResourceNotSufficient`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: resource not sufficient.
    InstanceResourceNotSufficient,
    /// `Instance.StatusNotRunning`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: status not running.
    InstanceStatusNotRunning,
    /// `Instance.UpdateComponent.fail`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: update component, fail.
    InstanceUpdateComponentFail,
    /// `Instance.UpgradeService.version`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance: upgrade service, version.
    InstanceUpgradeServiceVersion,
    /// `InstanceStatus.Change.NotAllowed`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance status: change, not allowed.
    InstanceStatusChangeNotAllowed,
    /// `InstanceStatus.NotAllowed`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance status: not allowed.
    InstanceStatusNotAllowed,
    /// `InstanceStatus.NotReleased`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance status: not released.
    InstanceStatusNotReleased,
    /// `InstanceStatus.NotWaitChange`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance status: not wait change.
    InstanceStatusNotWaitChange,
    /// `InstanceStatus.NotWaitDeploy`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance status: not wait deploy.
    InstanceStatusNotWaitDeploy,
    /// `InstanceStatus.Released`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance status: released.
    InstanceStatusReleased,
    /// `InstanceStatus.Stopped`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance status: stopped.
    InstanceStatusStopped,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.DataAlreadyExist`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: data already exist.
    InvalidParameterDataAlreadyExist,
    /// `InvalidParameter.DataNotChange`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: data not change.
    InvalidParameterDataNotChange,
    /// `InvalidParameter.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: format.
    InvalidParameterFormat,
    /// `InvalidParameter.NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: not support.
    InvalidParameterNotSupport,
    /// `InvalidParameter.OtherParam`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: other param.
    InvalidParameterOtherParam,
    /// `InvalidParameter.Range`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: range.
    InvalidParameterRange,
    /// `InvalidParameter.Size`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: size.
    InvalidParameterSize,
    /// `InvalidParameter.VersionNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: version not support.
    InvalidParameterVersionNotSupport,
    /// `Ldap.CreateAdminError`: HTTP 400; retry: never; category: invalid_argument.
    /// Ldap: create admin error.
    LdapCreateAdminError,
    /// `Ldap.DeleteAdminError`: HTTP 400; retry: never; category: invalid_argument.
    /// Ldap: delete admin error.
    LdapDeleteAdminError,
    /// `Manager.configRuleExistError`: HTTP 400; retry: never; category: invalid_argument.
    /// Manager: config rule exist error.
    ManagerConfigRuleExistError,
    /// `Manager.configRuleNotExistError`: HTTP 400; retry: never; category: invalid_argument.
    /// Manager: config rule not exist error.
    ManagerConfigRuleNotExistError,
    /// `Manager.NotCommit`: HTTP 400; retry: never; category: invalid_argument.
    /// Manager: not commit.
    ManagerNotCommit,
    /// `Manager.recoverTaskNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Manager: recover task not found.
    ManagerRecoverTaskNotFound,
    /// `Manager.recoverTaskNotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Manager: recover task not match.
    ManagerRecoverTaskNotMatch,
    /// `Manager.scheduledTaskStatusError`: HTTP 400; retry: never; category: invalid_argument.
    /// Manager: scheduled task status error.
    ManagerScheduledTaskStatusError,
    /// `Manager.scheduledTaskStatusNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Manager: scheduled task status not support.
    ManagerScheduledTaskStatusNotSupport,
    /// `MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `NotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Not support.
    NotSupport,
    /// `NotSupport.DataStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Not support: data status.
    NotSupportDataStatus,
    /// `ONS.LOGIN.CHECK.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// ONS: LOGIN, CHECK, ERROR.
    OnsLoginCheckError,
    /// `ONS_INIT_ENV_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// ONS INIT ENV ERROR.
    OnsInitEnvError,
    /// `ONS_INTERNAL_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// ONS INTERNAL ERROR.
    OnsInternalError,
    /// `ONS_INVOKE_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// ONS INVOKE ERROR.
    OnsInvokeError,
    /// `ONS_LOGIN_CHECK_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// ONS LOGIN CHECK ERROR.
    OnsLoginCheckError2,
    /// `ONS_SERVICE_UNSUPPORTED`: HTTP 400; retry: never; category: invalid_argument.
    /// ONS SERVICE UNSUPPORTED.
    OnsServiceUnsupported,
    /// `ONS_SYSTEM_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// ONS SYSTEM ERROR.
    OnsSystemError,
    /// `ONS_SYSTEM_FLOW_CONTROL`: HTTP 400; retry: never; category: invalid_argument.
    /// ONS SYSTEM FLOW CONTROL.
    OnsSystemFlowControl,
    /// `Order.Create.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Order: create, error.
    OrderCreateError,
    /// `Order.Insufficient.balance`: HTTP 400; retry: never; category: invalid_argument.
    /// Order: insufficient, balance.
    OrderInsufficientBalance,
    /// `Oss.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Oss: not found.
    OssNotFound,
    /// `Oss.PublishFailed`: HTTP 400; retry: never; category: invalid_argument.
    /// Oss: publish failed.
    OssPublishFailed,
    /// `RAM.USER.NOT.FOUND.BY.ACCESSKEY`: HTTP 400; retry: never; category: invalid_argument.
    /// RAM: USER, NOT, FOUND, BY, ACCESSKEY.
    RamUserNotFoundByAccesskey,
    /// `RAM_CREATE_RESOURCE_OWNER_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// RAM CREATE RESOURCE OWNER ERROR.
    RamCreateResourceOwnerError,
    /// `RAM_CREATE_RESOURCE_PERMISSION_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// RAM CREATE RESOURCE PERMISSION ERROR.
    RamCreateResourcePermissionError,
    /// `RAM_DELETE_RESOURCE_OWNER_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// RAM DELETE RESOURCE OWNER ERROR.
    RamDeleteResourceOwnerError,
    /// `RAM_DELETE_RESOURCE_PERMISSION_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// RAM DELETE RESOURCE PERMISSION ERROR.
    RamDeleteResourcePermissionError,
    /// `RAM_GET_USER_BY_AK_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// RAM GET USER BY AK ERROR.
    RamGetUserByAkError,
    /// `RAM_USER_NOT_FOUND_BY_ACCESSKEY`: HTTP 400; retry: never; category: invalid_argument.
    /// RAM USER NOT FOUND BY ACCESSKEY.
    RamUserNotFoundByAccesskey2,
    /// `ScheduledTask.AlreadyHasSameTaskType`: HTTP 400; retry: never; category: invalid_argument.
    /// Scheduled task: already has same task type.
    ScheduledTaskAlreadyHasSameTaskType,
    /// `ScheduledTask.ExecuteTimeGapTooShort`: HTTP 400; retry: never; category: invalid_argument.
    /// Scheduled task: execute time gap too short.
    ScheduledTaskExecuteTimeGapTooShort,
    /// `ServerlessPlan.InstanceNotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Serverless plan: instance not match.
    ServerlessPlanInstanceNotMatch,
    /// `ServerlessPlan.IntervalInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Serverless plan: interval invalid.
    ServerlessPlanIntervalInvalid,
    /// `ServerlessPlan.NameExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Serverless plan: name exist.
    ServerlessPlanNameExist,
    /// `ServerlessPlan.NotSupport.EnabledRuleExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Serverless plan: not support, enabled rule exist.
    ServerlessPlanNotSupportEnabledRuleExist,
    /// `ServerlessPlan.NotSupport.StatusEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Serverless plan: not support, status enabled.
    ServerlessPlanNotSupportStatusEnabled,
    /// `ServerlessPlan.TaskStatusNotSupport`: HTTP 400; retry: never; category: invalid_argument.
    /// Serverless plan: task status not support.
    ServerlessPlanTaskStatusNotSupport,
    /// `Sls.Query.Error`: HTTP 400; retry: never; category: invalid_argument.
    /// Sls: query, error.
    SlsQueryError,
    /// `Sts.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Sts: not found.
    StsNotFound,
    /// `Topic.DownloadMessageFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Topic: download message fail.
    TopicDownloadMessageFail,
    /// `Topic.Exist`: HTTP 400; retry: never; category: invalid_argument.
    /// Topic: exist.
    TopicExist,
    /// `Topic.NotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Topic: not found.
    TopicNotFound,
    /// `Topic.QueryMessageFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Topic: query message fail.
    TopicQueryMessageFail,
    /// `Topic.SendFail`: HTTP 400; retry: never; category: invalid_argument.
    /// Topic: send fail.
    TopicSendFail,
    /// `Topic.StatusNotRunning`: HTTP 400; retry: never; category: invalid_argument.
    /// Topic: status not running.
    TopicStatusNotRunning,
    /// `TopicStatus.NotAllowed`: HTTP 400; retry: never; category: invalid_argument.
    /// Topic status: not allowed.
    TopicStatusNotAllowed,
    /// `VPC_ASSUMEROLE_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// VPC ASSUMEROLE ERROR.
    VpcAssumeroleError,
    /// `VPC_VSW_ZONE_MAPPING_ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// VPC VSW ZONE MAPPING ERROR.
    VpcVswZoneMappingError,
    /// `WHITE.DELETE.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// WHITE: DELETE, ERROR.
    WhiteDeleteError,
    /// `WHITE.IP.ALREADY.EXISTS.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// WHITE: IP, ALREADY, EXISTS, ERROR.
    WhiteIpAlreadyExistsError,
    /// `WHITE.IP.ILLEGAL.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// WHITE: IP, ILLEGAL, ERROR.
    WhiteIpIllegalError,
    /// `WHITE.IPLIST.OVERLONG.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// WHITE: IPLIST, OVERLONG, ERROR.
    WhiteIplistOverlongError,
    /// `WHITE.OVER.LENGTH.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// WHITE: OVER, LENGTH, ERROR.
    WhiteOverLengthError,
    /// `WHITE.PARAM.ERROR`: HTTP 400; retry: never; category: invalid_argument.
    /// WHITE: PARAM, ERROR.
    WhiteParamError,
    /// `NoPermission`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The caller has no permission.
    NoPermission,
    /// `AsyncTaskGroup.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Async task group: not found.
    AsyncTaskGroupNotFound,
    /// `AsyncTaskHandler.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Async task handler: not found.
    AsyncTaskHandlerNotFound,
    /// `AsyncTaskType.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Async task type: not found.
    AsyncTaskTypeNotFound,
    /// `Group.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Group: not found.
    GroupNotFound,
    /// `Instance.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Instance: not found.
    InstanceNotFound,
    /// `InstanceAgent.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Instance agent: not found.
    InstanceAgentNotFound,
    /// `InvalidData.FieldsIncomplete`: HTTP 404; retry: never; category: not_found.
    /// Invalid data: fields incomplete.
    InvalidDataFieldsIncomplete,
    /// `InvalidParameter.DataNotFound`: HTTP 404; retry: never; category: invalid_argument.
    /// A parameter is invalid: data not found.
    InvalidParameterDataNotFound,
    /// `VpcVSwitch.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Vpc v switch: not found.
    VpcVSwitchNotFound,
    /// `GET.CONSUMER.PROGRESS.ERROR`: HTTP 500; retry: never; category: internal.
    /// GET: CONSUMER, PROGRESS, ERROR.
    GetConsumerProgressError,
    /// `INTERNAL.ERROR`: HTTP 500; retry: never; category: internal.
    /// INTERNAL: ERROR.
    InternalError,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError2,
    /// `InternalUnknownCodeError`: HTTP 500; retry: never; category: internal.
    /// Internal unknown code error.
    InternalUnknownCodeError,
    /// `ONS.GET.ALLOWEDIP.INTERNAL.ERROR`: HTTP 500; retry: never; category: internal.
    /// ONS: GET, ALLOWEDIP, INTERNAL, ERROR.
    OnsGetAllowedipInternalError,
    /// `ONS.INTERNAL.ERROR`: HTTP 500; retry: never; category: internal.
    /// ONS: INTERNAL, ERROR.
    OnsInternalError2,
    /// `ONS.UPDATE.ALLOWEDIP.INTERNAL.ERROR`: HTTP 500; retry: never; category: internal.
    /// ONS: UPDATE, ALLOWEDIP, INTERNAL, ERROR.
    OnsUpdateAllowedipInternalError,
    /// `RemoteCallError`: HTTP 500; retry: never; category: internal.
    /// Remote call error.
    RemoteCallError,
    /// `RmqClusterEmpty`: HTTP 500; retry: never; category: internal.
    /// Rmq cluster empty.
    RmqClusterEmpty,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 250] = [
        "Acl.AddSasl.Error",
        "Acl.DelSasl.Error",
        "Acl.Disable.Error",
        "Acl.DuplicatedAuth.Error",
        "ADMIN_GET_BROKER_CONFIG_ERROR",
        "ADMIN_UPDATE_BROKER_CONFIG_ERROR",
        "ADMIN_UPDATE_SUB_PERM_ERROR",
        "ADMIN_UPDATE_TOPIC_PERM_ERROR",
        "AgentBusinessError",
        "AgentError",
        "AsyncTask.DeleteTopic",
        "AsyncTask.ExecuteTimeNotSupport",
        "AsyncTask.Ignored",
        "AsyncTask.NotMeetCondition",
        "AsyncTask.RetryLater",
        "AsyncTask.TypeAlreadyExist",
        "AsyncTaskSlave.NotCompleted",
        "AUTH_CAL_SIGNATURE_ERROR",
        "AUTH_CSRF_CHECK_ERROR",
        "AUTH_LOGIN_CHECK_ERROR",
        "AUTH_ONS_CHANNEL_INVALID",
        "AUTH_PERMISSION_CHECK_ERROR",
        "AUTH_REQUEST_NOT_ALLOWED",
        "AUTH_RESOURCE_EMPOWER_CHECK_ERROR",
        "AUTH_RESOURCE_OWNER_ERROR",
        "AUTH_SERVICE_CHECK_ERROR",
        "AUTH_SIGNATURE_CHECK_ERROR",
        "AUTH_SYSTEM_PERMISSION_CHECK_ERROR",
        "AUTH_TOPIC_CREATE_ERROR",
        "AUTH_USER_CHECK_ERROR",
        "AUTH_USER_IN_BLACK_LIST",
        "BIZ.GET.TOPIC.STATUS.ERROR",
        "BIZ.INSTANCE.NOT.FOUND",
        "BIZ.INSTANCE.STATUS.ERROR",
        "BIZ.LIMIT.PUBNETWORK",
        "BIZ.LIMIT.QUOTA.DOWN",
        "BIZ.LIMIT.QUOTA.DOWN.1",
        "BIZ.LIMIT.QUOTA.DOWN.2",
        "BIZ.TagResource.NotSupported",
        "BIZ_ACL_NOT_ENABLED",
        "BIZ_AONE_CHECK_ERROR",
        "BIZ_BROADCASTING_PULL_UNSUPPORT",
        "BIZ_BROKER_NOT_FOUND",
        "BIZ_CAN_NOT_ENABLE_ACL",
        "BIZ_CLUSTER_IS_EMPTY",
        "BIZ_CONSUMER_GROUP_ACTIVE_ERROR",
        "BIZ_CONSUMER_ID_BELONG_TO_OTHER_USER",
        "BIZ_CONSUMER_NEVER_RUNNING",
        "BIZ_CONSUMER_NOT_ONLINE",
        "BIZ_CREATE_ORDER_CONFIG_ERROR",
        "BIZ_CREATE_PUBLISH_ERROR",
        "BIZ_CREATE_SUBSCRIPTION_ERROR",
        "BIZ_CREATE_TOPIC_ERROR",
        "BIZ_CREATE_TOPIC_NUM_LESS_THAN_BEFORE_ERROR",
        "BIZ_DELETE_ORDER_CONFIG_ERROR",
        "BIZ_DELETE_SUBSCRIPTION_ERROR",
        "BIZ_DELETE_TOPIC_ERROR",
        "BIZ_DOWNLOAD_MESSAGE_ERROR",
        "BIZ_FIELD_CHECK_INVALID",
        "BIZ_FIND_CONSUMER_GROUP_INFO_ERROR",
        "BIZ_GET_APPKEY_LIST_ERROR",
        "BIZ_GET_CLUSTER_INFO_ERROR",
        "BIZ_GET_CONSUMER_CONNECTION_ERROR",
        "BIZ_GET_CONSUMER_RUNNING_INFO_ERROR",
        "BIZ_GET_CONSUME_ACCUMULATE_ERROR",
        "BIZ_GET_CONSUME_STATUS_ERROR",
        "BIZ_GET_TOPIC_ROUTE_INFO_ERROR",
        "BIZ_GET_TOPIC_STATUS_ERROR",
        "BIZ_INSTANCE_ALREADY_EXISTS",
        "BIZ_INSTANCE_BASIC_INFO_ERROR",
        "BIZ_INSTANCE_CREATE_ERROR",
        "BIZ_INSTANCE_CREATE_ORDER_ERROR",
        "BIZ_INSTANCE_DELETE_ERROR",
        "BIZ_INSTANCE_LOCATION_ERROR",
        "BIZ_INSTANCE_NOT_FOUND",
        "BIZ_INSTANCE_ONLY_PROFESSIONAL_SUPPORT",
        "BIZ_INSTANCE_OWNER_ERROR",
        "BIZ_INSTANCE_PAIDTYPE_NOT_SUPPORT",
        "BIZ_INSTANCE_PERMISSION_CHECK_ERROR",
        "BIZ_INSTANCE_REFUND_ERROR",
        "BIZ_INSTANCE_RELEASE_ERROR",
        "BIZ_INSTANCE_RELEASE_EXIST_CONSUMER_GROUP_ERROR",
        "BIZ_INSTANCE_RELEASE_EXIST_TOPIC_ERROR",
        "BIZ_INSTANCE_RELEASE_LESSHOUR_ERROR",
        "BIZ_INSTANCE_STATUS_ERROR",
        "BIZ_INSTANCE_UPDATE_ERROR",
        "BIZ_INSTANCE_UPGRADE_ORDER_ERROR",
        "BIZ_MESSAGE_TRACK_ERROR",
        "BIZ_NO_MESSAGE",
        "BIZ_PRODUCER_ID_BELONG_TO_OTHER_USER",
        "BIZ_PUBLISHER_EXISTED",
        "BIZ_PUBLISH_INFO_NOT_FOUND",
        "BIZ_PUSH_MESSAGE_TO_CONSUMER_ERROR",
        "BIZ_QUERY_CONSUME_TIMESPAN_ERROR",
        "BIZ_QUERY_MESSAGE_ERROR",
        "BIZ_RESET_OFFSET_ERROR",
        "BIZ_SASL_USER_NOT_EXIST",
        "BIZ_SASL_USER_NUM_EXCEED",
        "BIZ_SEND_MESSAGE_ERROR",
        "BIZ_SLR_CREATE_NO_PERMISSION",
        "BIZ_SUBSCRIPTION_ALREADY_EXISTS",
        "BIZ_SUBSCRIPTION_CREATE_ERROR",
        "BIZ_SUBSCRIPTION_DELETE_ERROR",
        "BIZ_SUBSCRIPTION_EXISTED",
        "BIZ_SUBSCRIPTION_NOT_FOUND",
        "BIZ_SUBSCRIPTION_PERMISSION_CHECK_ERROR",
        "BIZ_SUBSCRIPTION_STATUS_ERROR",
        "BIZ_SUBSCRIPTION_TOO_MUCH",
        "BIZ_SUBSCRIPTION_UPDATE_ERROR",
        "BIZ_TAG_DUPLICATE_TAG_KEY",
        "BIZ_TAG_ONLY_SERVICE_ACCOUNT_HAS_PERMISSION",
        "BIZ_TAG_REQUEST_RESOURCE_NUM_EXCEED",
        "BIZ_TAG_REQUEST_TAG_NUM_EXCEED",
        "BIZ_TAG_RESOURCE_NOT_EXIST",
        "BIZ_TAG_RESOURCE_NUM_EXCEED",
        "BIZ_TAG_TAGKEY_NOT_VALID",
        "BIZ_TAG_TAGVALUE_NOT_VALID",
        "BIZ_TAG_TAG_NUM_EXCEED",
        "BIZ_TIME_SPAN_EMPTY",
        "BIZ_TOPIC_ALREADY_EXISTS",
        "BIZ_TOPIC_COMPACT_TOPIC_NOT_SUPPORT",
        "BIZ_TOPIC_CREATE_ERROR",
        "BIZ_TOPIC_CREATE_INTERNAL_ERROR",
        "BIZ_TOPIC_DELETE_ERROR",
        "BIZ_TOPIC_EXISTED",
        "BIZ_TOPIC_LOCAL_TOPIC_NOT_SUPPORT",
        "BIZ_TOPIC_NOT_FOUND",
        "BIZ_TOPIC_OFFSET_ERROR",
        "BIZ_TOPIC_PARTITION_ADD_ERROR",
        "BIZ_TOPIC_PARTITION_ERROR",
        "BIZ_TOPIC_PARTITION_NUM_EXCEED",
        "BIZ_TOPIC_STATUS_ERROR",
        "BIZ_TOPIC_TOO_MUCH",
        "BIZ_TOPIC_UPDATE_CONFIG_ERROR",
        "BIZ_TOPIC_UPDATE_ERROR",
        "BIZ_UPDATE_ACL_FAILED",
        "BIZ_UPDATE_SUBSCRIPTION_ERROR",
        "BIZ_UPDATE_TOPIC_ERROR",
        "BIZ_UPDATE_TOPIC_PERM_ERROR",
        "DataExceedMaxLimit",
        "DB.Update.Failed",
        "Deploy.Callback.Illegal",
        "Deploy.NotRetriableError",
        "Deploy.ResourceNotEnough",
        "Deploy.RetriableError",
        "DeployError",
        "DeployPreCheckError",
        "DeployType.NotSupport",
        "FlowControl",
        "GET.CONSUMER.MISSING.ACCESS.KEY.ID",
        "Group.Active",
        "Instance.CaclulateChange.time",
        "Instance.Change.NotAllowed",
        "Instance.ExceedMaxLimit",
        "Instance.InsertComponent.fail",
        "Instance.ResourceNotSufficient",
        "Instance.StatusNotRunning",
        "Instance.UpdateComponent.fail",
        "Instance.UpgradeService.version",
        "InstanceStatus.Change.NotAllowed",
        "InstanceStatus.NotAllowed",
        "InstanceStatus.NotReleased",
        "InstanceStatus.NotWaitChange",
        "InstanceStatus.NotWaitDeploy",
        "InstanceStatus.Released",
        "InstanceStatus.Stopped",
        "InvalidParameter",
        "InvalidParameter.DataAlreadyExist",
        "InvalidParameter.DataNotChange",
        "InvalidParameter.Format",
        "InvalidParameter.NotSupport",
        "InvalidParameter.OtherParam",
        "InvalidParameter.Range",
        "InvalidParameter.Size",
        "InvalidParameter.VersionNotSupport",
        "Ldap.CreateAdminError",
        "Ldap.DeleteAdminError",
        "Manager.configRuleExistError",
        "Manager.configRuleNotExistError",
        "Manager.NotCommit",
        "Manager.recoverTaskNotFound",
        "Manager.recoverTaskNotMatch",
        "Manager.scheduledTaskStatusError",
        "Manager.scheduledTaskStatusNotSupport",
        "MissingParameter",
        "NotSupport",
        "NotSupport.DataStatus",
        "ONS.LOGIN.CHECK.ERROR",
        "ONS_INIT_ENV_ERROR",
        "ONS_INTERNAL_ERROR",
        "ONS_INVOKE_ERROR",
        "ONS_LOGIN_CHECK_ERROR",
        "ONS_SERVICE_UNSUPPORTED",
        "ONS_SYSTEM_ERROR",
        "ONS_SYSTEM_FLOW_CONTROL",
        "Order.Create.Error",
        "Order.Insufficient.balance",
        "Oss.NotFound",
        "Oss.PublishFailed",
        "RAM.USER.NOT.FOUND.BY.ACCESSKEY",
        "RAM_CREATE_RESOURCE_OWNER_ERROR",
        "RAM_CREATE_RESOURCE_PERMISSION_ERROR",
        "RAM_DELETE_RESOURCE_OWNER_ERROR",
        "RAM_DELETE_RESOURCE_PERMISSION_ERROR",
        "RAM_GET_USER_BY_AK_ERROR",
        "RAM_USER_NOT_FOUND_BY_ACCESSKEY",
        "ScheduledTask.AlreadyHasSameTaskType",
        "ScheduledTask.ExecuteTimeGapTooShort",
        "ServerlessPlan.InstanceNotMatch",
        "ServerlessPlan.IntervalInvalid",
        "ServerlessPlan.NameExist",
        "ServerlessPlan.NotSupport.EnabledRuleExist",
        "ServerlessPlan.NotSupport.StatusEnabled",
        "ServerlessPlan.TaskStatusNotSupport",
        "Sls.Query.Error",
        "Sts.NotFound",
        "Topic.DownloadMessageFail",
        "Topic.Exist",
        "Topic.NotFound",
        "Topic.QueryMessageFail",
        "Topic.SendFail",
        "Topic.StatusNotRunning",
        "TopicStatus.NotAllowed",
        "VPC_ASSUMEROLE_ERROR",
        "VPC_VSW_ZONE_MAPPING_ERROR",
        "WHITE.DELETE.ERROR",
        "WHITE.IP.ALREADY.EXISTS.ERROR",
        "WHITE.IP.ILLEGAL.ERROR",
        "WHITE.IPLIST.OVERLONG.ERROR",
        "WHITE.OVER.LENGTH.ERROR",
        "WHITE.PARAM.ERROR",
        "NoPermission",
        "AsyncTaskGroup.NotFound",
        "AsyncTaskHandler.NotFound",
        "AsyncTaskType.NotFound",
        "Group.NotFound",
        "Instance.NotFound",
        "InstanceAgent.NotFound",
        "InvalidData.FieldsIncomplete",
        "InvalidParameter.DataNotFound",
        "VpcVSwitch.NotFound",
        "GET.CONSUMER.PROGRESS.ERROR",
        "INTERNAL.ERROR",
        "InternalError",
        "InternalUnknownCodeError",
        "ONS.GET.ALLOWEDIP.INTERNAL.ERROR",
        "ONS.INTERNAL.ERROR",
        "ONS.UPDATE.ALLOWEDIP.INTERNAL.ERROR",
        "RemoteCallError",
        "RmqClusterEmpty",
    ];
    static NAME_CODES: [u32; 168] = [
        4, 5, 6, 7, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33,
        34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53,
        54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73,
        74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93,
        94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110,
        111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126,
        127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 140, 149, 151, 154,
        157, 158, 177, 178, 180, 181, 182, 183, 187, 188, 189, 190, 191, 192, 193, 194,
        196, 199, 200, 201, 202, 203, 204, 205, 223, 224, 225, 226, 227, 228, 229, 230,
        241, 242, 243, 245, 246, 247,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "AdminGetBrokerConfigErrorAdminUpdateBrokerConfigErrorAdminUpdateSubPermErrorAdminUpdateTopicPermErrorAuthCalSignatureErrorAuthCsrfCheckErrorAuthLoginCheckErrorAuthOnsChannelInvalidAuthPermissionCheckErrorAuthRequestNotAllowedAuthResourceEmpowerCheckErrorAuthResourceOwnerErrorAuthServiceCheckErrorAuthSignatureCheckErrorAuthSystemPermissionCheckErrorAuthTopicCreateErrorAuthUserCheckErrorAuthUserInBlackListBizGetTopicStatusErrorBizInstanceNotFoundBizInstanceStatusErrorBizLimitPubnetworkBizLimitQuotaDownBizLimitQuotaDown1BizLimitQuotaDown2BizTagResourceNotSupportedBizAclNotEnabledBizAoneCheckErrorBizBroadcastingPullUnsupportBizBrokerNotFoundBizCanNotEnableAclBizClusterIsEmptyBizConsumerGroupActiveErrorBizConsumerIdBelongToOtherUserBizConsumerNeverRunningBizConsumerNotOnlineBizCreateOrderConfigErrorBizCreatePublishErrorBizCreateSubscriptionErrorBizCreateTopicErrorBizCreateTopicNumLessThanBeforeErrorBizDeleteOrderConfigErrorBizDeleteSubscriptionErrorBizDeleteTopicErrorBizDownloadMessageErrorBizFieldCheckInvalidBizFindConsumerGroupInfoErrorBizGetAppkeyListErrorBizGetClusterInfoErrorBizGetConsumerConnectionErrorBizGetConsumerRunningInfoErrorBizGetConsumeAccumulateErrorBizGetConsumeStatusErrorBizGetTopicRouteInfoErrorBizGetTopicStatusError2BizInstanceAlreadyExistsBizInstanceBasicInfoErrorBizInstanceCreateErrorBizInstanceCreateOrderErrorBizInstanceDeleteErrorBizInstanceLocationErrorBizInstanceNotFound2BizInstanceOnlyProfessionalSupportBizInstanceOwnerErrorBizInstancePaidtypeNotSupportBizInstancePermissionCheckErrorBizInstanceRefundErrorBizInstanceReleaseErrorBizInstanceReleaseExistConsumerGroupErrorBizInstanceReleaseExistTopicErrorBizInstanceReleaseLesshourErrorBizInstanceStatusError2BizInstanceUpdateErrorBizInstanceUpgradeOrderErrorBizMessageTrackErrorBizNoMessageBizProducerIdBelongToOtherUserBizPublisherExistedBizPublishInfoNotFoundBizPushMessageToConsumerErrorBizQueryConsumeTimespanErrorBizQueryMessageErrorBizResetOffsetErrorBizSaslUserNotExistBizSaslUserNumExceedBizSendMessageErrorBizSlrCreateNoPermissionBizSubscriptionAlreadyExistsBizSubscriptionCreateErrorBizSubscriptionDeleteErrorBizSubscriptionExistedBizSubscriptionNotFoundBizSubscriptionPermissionCheckErrorBizSubscriptionStatusErrorBizSubscriptionTooMuchBizSubscriptionUpdateErrorBizTagDuplicateTagKeyBizTagOnlyServiceAccountHasPermissionBizTagRequestResourceNumExceedBizTagRequestTagNumExceedBizTagResourceNotExistBizTagResourceNumExceedBizTagTagkeyNotValidBizTagTagvalueNotValidBizTagTagNumExceedBizTimeSpanEmptyBizTopicAlreadyExistsBizTopicCompactTopicNotSupportBizTopicCreateErrorBizTopicCreateInternalErrorBizTopicDeleteErrorBizTopicExistedBizTopicLocalTopicNotSupportBizTopicNotFoundBizTopicOffsetErrorBizTopicPartitionAddErrorBizTopicPartitionErrorBizTopicPartitionNumExceedBizTopicStatusErrorBizTopicTooMuchBizTopicUpdateConfigErrorBizTopicUpdateErrorBizUpdateAclFailedBizUpdateSubscriptionErrorBizUpdateTopicErrorBizUpdateTopicPermErrorDbUpdateFailedGetConsumerMissingAccessKeyIdInstanceCaclulateChangeTimeInstanceInsertComponentFailInstanceUpdateComponentFailInstanceUpgradeServiceVersionManagerConfigRuleExistErrorManagerConfigRuleNotExistErrorManagerRecoverTaskNotFoundManagerRecoverTaskNotMatchManagerScheduledTaskStatusErrorManagerScheduledTaskStatusNotSupportOnsLoginCheckErrorOnsInitEnvErrorOnsInternalErrorOnsInvokeErrorOnsLoginCheckError2OnsServiceUnsupportedOnsSystemErrorOnsSystemFlowControlOrderInsufficientBalanceRamUserNotFoundByAccesskeyRamCreateResourceOwnerErrorRamCreateResourcePermissionErrorRamDeleteResourceOwnerErrorRamDeleteResourcePermissionErrorRamGetUserByAkErrorRamUserNotFoundByAccesskey2VpcAssumeroleErrorVpcVswZoneMappingErrorWhiteDeleteErrorWhiteIpAlreadyExistsErrorWhiteIpIllegalErrorWhiteIplistOverlongErrorWhiteOverLengthErrorWhiteParamErrorGetConsumerProgressErrorInternalErrorInternalError2OnsGetAllowedipInternalErrorOnsInternalError2OnsUpdateAllowedipInternalError",
        ends: &[
            0, 25, 53, 76, 101, 122, 140, 159, 180, 204, 225, 254, 276, 297, 320, 350,
            370, 388, 407, 429, 448, 470, 488, 505, 523, 541, 567, 583, 600, 628, 645,
            663, 680, 707, 737, 760, 780, 805, 826, 852, 871, 907, 932, 958, 977, 1000,
            1020, 1049, 1070, 1092, 1121, 1151, 1179, 1203, 1228, 1251, 1275, 1300, 1322,
            1349, 1371, 1395, 1415, 1449, 1470, 1499, 1530, 1552, 1575, 1616, 1649, 1680,
            1703, 1725, 1753, 1773, 1785, 1815, 1834, 1856, 1885, 1913, 1933, 1952, 1971,
            1991, 2010, 2034, 2062, 2088, 2114, 2136, 2159, 2194, 2220, 2242, 2268, 2289,
            2326, 2356, 2381, 2403, 2426, 2446, 2468, 2486, 2502, 2523, 2553, 2572, 2599,
            2618, 2633, 2661, 2677, 2696, 2721, 2743, 2769, 2788, 2803, 2828, 2847, 2865,
            2891, 2910, 2933, 2947, 2976, 3003, 3030, 3057, 3086, 3113, 3143, 3169, 3195,
            3226, 3262, 3280, 3295, 3311, 3325, 3344, 3365, 3379, 3399, 3423, 3449, 3476,
            3508, 3535, 3567, 3586, 3613, 3631, 3653, 3669, 3694, 3713, 3737, 3757, 3772,
            3796, 3809, 3823, 3851, 3868, 3899,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Acl: add sasl, error.Acl: del sasl, error.Acl: disable, error.Acl: duplicated auth, error.ADMIN GET BROKER CONFIG ERROR.ADMIN UPDATE BROKER CONFIG ERROR.ADMIN UPDATE SUB PERM ERROR.ADMIN UPDATE TOPIC PERM ERROR.Agent business error.Agent error.Async task: delete topic.Async task: execute time not support.Async task: ignored.Async task: not meet condition.Async task: retry later.Async task: type already exist.Async task slave: not completed.AUTH CAL SIGNATURE ERROR.AUTH CSRF CHECK ERROR.AUTH LOGIN CHECK ERROR.AUTH ONS CHANNEL INVALID.AUTH PERMISSION CHECK ERROR.AUTH REQUEST NOT ALLOWED.AUTH RESOURCE EMPOWER CHECK ERROR.AUTH RESOURCE OWNER ERROR.AUTH SERVICE CHECK ERROR.AUTH SIGNATURE CHECK ERROR.AUTH SYSTEM PERMISSION CHECK ERROR.AUTH TOPIC CREATE ERROR.AUTH USER CHECK ERROR.AUTH USER IN BLACK LIST.BIZ: GET, TOPIC, STATUS, ERROR.BIZ: INSTANCE, NOT, FOUND.BIZ: INSTANCE, STATUS, ERROR.BIZ: LIMIT, PUBNETWORK.BIZ: LIMIT, QUOTA, DOWN.BIZ: LIMIT, QUOTA, DOWN, 1.BIZ: LIMIT, QUOTA, DOWN, 2.BIZ: tag resource, not supported.BIZ ACL NOT ENABLED.BIZ AONE CHECK ERROR.BIZ BROADCASTING PULL UNSUPPORT.BIZ BROKER NOT FOUND.BIZ CAN NOT ENABLE ACL.BIZ CLUSTER IS EMPTY.BIZ CONSUMER GROUP ACTIVE ERROR.BIZ CONSUMER ID BELONG TO OTHER USER.BIZ CONSUMER NEVER RUNNING.BIZ CONSUMER NOT ONLINE.BIZ CREATE ORDER CONFIG ERROR.BIZ CREATE PUBLISH ERROR.BIZ CREATE SUBSCRIPTION ERROR.BIZ CREATE TOPIC ERROR.BIZ CREATE TOPIC NUM LESS THAN BEFORE ERROR.BIZ DELETE ORDER CONFIG ERROR.BIZ DELETE SUBSCRIPTION ERROR.BIZ DELETE TOPIC ERROR.BIZ DOWNLOAD MESSAGE ERROR.BIZ FIELD CHECK INVALID.BIZ FIND CONSUMER GROUP INFO ERROR.BIZ GET APPKEY LIST ERROR.BIZ GET CLUSTER INFO ERROR.BIZ GET CONSUMER CONNECTION ERROR.BIZ GET CONSUMER RUNNING INFO ERROR.BIZ GET CONSUME ACCUMULATE ERROR.BIZ GET CONSUME STATUS ERROR.BIZ GET TOPIC ROUTE INFO ERROR.BIZ GET TOPIC STATUS ERROR.BIZ INSTANCE ALREADY EXISTS.BIZ INSTANCE BASIC INFO ERROR.BIZ INSTANCE CREATE ERROR.BIZ INSTANCE CREATE ORDER ERROR.BIZ INSTANCE DELETE ERROR.BIZ INSTANCE LOCATION ERROR.BIZ INSTANCE NOT FOUND.BIZ INSTANCE ONLY PROFESSIONAL SUPPORT.BIZ INSTANCE OWNER ERROR.BIZ INSTANCE PAIDTYPE NOT SUPPORT.BIZ INSTANCE PERMISSION CHECK ERROR.BIZ INSTANCE REFUND ERROR.BIZ INSTANCE RELEASE ERROR.BIZ INSTANCE RELEASE EXIST CONSUMER GROUP ERROR.BIZ INSTANCE RELEASE EXIST TOPIC ERROR.BIZ INSTANCE RELEASE LESSHOUR ERROR.BIZ INSTANCE STATUS ERROR.BIZ INSTANCE UPDATE ERROR.BIZ INSTANCE UPGRADE ORDER ERROR.BIZ MESSAGE TRACK ERROR.BIZ NO MESSAGE.BIZ PRODUCER ID BELONG TO OTHER USER.BIZ PUBLISHER EXISTED.BIZ PUBLISH INFO NOT FOUND.BIZ PUSH MESSAGE TO CONSUMER ERROR.BIZ QUERY CONSUME TIMESPAN ERROR.BIZ QUERY MESSAGE ERROR.BIZ RESET OFFSET ERROR.BIZ SASL USER NOT EXIST.BIZ SASL USER NUM EXCEED.BIZ SEND MESSAGE ERROR.BIZ SLR CREATE NO PERMISSION.BIZ SUBSCRIPTION ALREADY EXISTS.BIZ SUBSCRIPTION CREATE ERROR.BIZ SUBSCRIPTION DELETE ERROR.BIZ SUBSCRIPTION EXISTED.BIZ SUBSCRIPTION NOT FOUND.BIZ SUBSCRIPTION PERMISSION CHECK ERROR.BIZ SUBSCRIPTION STATUS ERROR.BIZ SUBSCRIPTION TOO MUCH.BIZ SUBSCRIPTION UPDATE ERROR.BIZ TAG DUPLICATE TAG KEY.BIZ TAG ONLY SERVICE ACCOUNT HAS PERMISSION.BIZ TAG REQUEST RESOURCE NUM EXCEED.BIZ TAG REQUEST TAG NUM EXCEED.BIZ TAG RESOURCE NOT EXIST.BIZ TAG RESOURCE NUM EXCEED.BIZ TAG TAGKEY NOT VALID.BIZ TAG TAGVALUE NOT VALID.BIZ TAG TAG NUM EXCEED.BIZ TIME SPAN EMPTY.BIZ TOPIC ALREADY EXISTS.BIZ TOPIC COMPACT TOPIC NOT SUPPORT.BIZ TOPIC CREATE ERROR.BIZ TOPIC CREATE INTERNAL ERROR.BIZ TOPIC DELETE ERROR.BIZ TOPIC EXISTED.BIZ TOPIC LOCAL TOPIC NOT SUPPORT.BIZ TOPIC NOT FOUND.BIZ TOPIC OFFSET ERROR.BIZ TOPIC PARTITION ADD ERROR.BIZ TOPIC PARTITION ERROR.BIZ TOPIC PARTITION NUM EXCEED.BIZ TOPIC STATUS ERROR.BIZ TOPIC TOO MUCH.BIZ TOPIC UPDATE CONFIG ERROR.BIZ TOPIC UPDATE ERROR.BIZ UPDATE ACL FAILED.BIZ UPDATE SUBSCRIPTION ERROR.BIZ UPDATE TOPIC ERROR.BIZ UPDATE TOPIC PERM ERROR.Data exceed max limit.DB: update, failed.Deploy: callback, illegal.Deploy: not retriable error.Deploy: resource not enough.Deploy: retriable error.Deploy error.Deploy pre check error.Deploy type: not support.Flow control.GET: CONSUMER, MISSING, ACCESS, KEY, ID.Group: active.Instance: caclulate change, time.Instance: change, not allowed.Instance: exceed max limit.Instance: insert component, fail.Instance: resource not sufficient.Instance: status not running.Instance: update component, fail.Instance: upgrade service, version.Instance status: change, not allowed.Instance status: not allowed.Instance status: not released.Instance status: not wait change.Instance status: not wait deploy.Instance status: released.Instance status: stopped.A parameter is invalid.A parameter is invalid: data already exist.A parameter is invalid: data not change.A parameter is invalid: format.A parameter is invalid: not support.A parameter is invalid: other param.A parameter is invalid: range.A parameter is invalid: size.A parameter is invalid: version not support.Ldap: create admin error.Ldap: delete admin error.Manager: config rule exist error.Manager: config rule not exist error.Manager: not commit.Manager: recover task not found.Manager: recover task not match.Manager: scheduled task status error.Manager: scheduled task status not support.A required parameter is missing.Not support.Not support: data status.ONS: LOGIN, CHECK, ERROR.ONS INIT ENV ERROR.ONS INTERNAL ERROR.ONS INVOKE ERROR.ONS LOGIN CHECK ERROR.ONS SERVICE UNSUPPORTED.ONS SYSTEM ERROR.ONS SYSTEM FLOW CONTROL.Order: create, error.Order: insufficient, balance.Oss: not found.Oss: publish failed.RAM: USER, NOT, FOUND, BY, ACCESSKEY.RAM CREATE RESOURCE OWNER ERROR.RAM CREATE RESOURCE PERMISSION ERROR.RAM DELETE RESOURCE OWNER ERROR.RAM DELETE RESOURCE PERMISSION ERROR.RAM GET USER BY AK ERROR.RAM USER NOT FOUND BY ACCESSKEY.Scheduled task: already has same task type.Scheduled task: execute time gap too short.Serverless plan: instance not match.Serverless plan: interval invalid.Serverless plan: name exist.Serverless plan: not support, enabled rule exist.Serverless plan: not support, status enabled.Serverless plan: task status not support.Sls: query, error.Sts: not found.Topic: download message fail.Topic: exist.Topic: not found.Topic: query message fail.Topic: send fail.Topic: status not running.Topic status: not allowed.VPC ASSUMEROLE ERROR.VPC VSW ZONE MAPPING ERROR.WHITE: DELETE, ERROR.WHITE: IP, ALREADY, EXISTS, ERROR.WHITE: IP, ILLEGAL, ERROR.WHITE: IPLIST, OVERLONG, ERROR.WHITE: OVER, LENGTH, ERROR.WHITE: PARAM, ERROR.The caller has no permission.Async task group: not found.Async task handler: not found.Async task type: not found.Group: not found.Instance: not found.Instance agent: not found.Invalid data: fields incomplete.A parameter is invalid: data not found.Vpc v switch: not found.GET: CONSUMER, PROGRESS, ERROR.INTERNAL: ERROR.An internal error occurred.Internal unknown code error.ONS: GET, ALLOWEDIP, INTERNAL, ERROR.ONS: INTERNAL, ERROR.ONS: UPDATE, ALLOWEDIP, INTERNAL, ERROR.Remote call error.Rmq cluster empty.",
        ends: &[
            0, 21, 42, 62, 90, 120, 153, 181, 211, 232, 244, 269, 306, 326, 357, 381,
            412, 444, 469, 491, 514, 539, 567, 592, 626, 652, 677, 704, 739, 763, 785,
            809, 840, 866, 895, 918, 942, 969, 996, 1029, 1049, 1070, 1102, 1123, 1146,
            1167, 1199, 1236, 1263, 1287, 1317, 1342, 1372, 1395, 1439, 1469, 1499, 1522,
            1549, 1573, 1608, 1634, 1661, 1695, 1731, 1764, 1793, 1824, 1851, 1879, 1909,
            1935, 1967, 1993, 2021, 2044, 2083, 2108, 2142, 2178, 2204, 2231, 2279, 2318,
            2354, 2380, 2406, 2439, 2463, 2478, 2515, 2537, 2564, 2599, 2632, 2656, 2679,
            2703, 2728, 2751, 2780, 2812, 2842, 2872, 2897, 2924, 2964, 2994, 3020, 3050,
            3076, 3120, 3156, 3187, 3214, 3242, 3267, 3294, 3317, 3337, 3362, 3398, 3421,
            3453, 3476, 3494, 3528, 3548, 3571, 3601, 3627, 3658, 3681, 3700, 3730, 3753,
            3775, 3805, 3828, 3856, 3878, 3897, 3923, 3951, 3979, 4003, 4016, 4039, 4064,
            4077, 4117, 4131, 4164, 4194, 4221, 4254, 4288, 4317, 4350, 4385, 4422, 4451,
            4481, 4514, 4547, 4573, 4598, 4621, 4664, 4704, 4735, 4771, 4807, 4837, 4866,
            4910, 4935, 4960, 4993, 5030, 5050, 5082, 5114, 5151, 5194, 5226, 5238, 5263,
            5288, 5307, 5326, 5343, 5365, 5389, 5406, 5430, 5451, 5480, 5495, 5515, 5552,
            5584, 5621, 5653, 5690, 5715, 5747, 5790, 5833, 5869, 5903, 5931, 5980, 6025,
            6066, 6084, 6099, 6128, 6141, 6158, 6184, 6201, 6227, 6253, 6274, 6301, 6322,
            6356, 6382, 6413, 6440, 6460, 6489, 6517, 6547, 6574, 6591, 6611, 6637, 6669,
            6708, 6732, 6763, 6779, 6806, 6834, 6871, 6892, 6932, 6950, 6968,
        ],
    };
    static STATUSES: [u16; 251] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 403, 404, 404, 404, 404, 404, 404, 404,
        404, 404, 500, 500, 500, 500, 500, 500, 500, 500, 500,
    ];
    static STATUS_ENDS: [u32; 251] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
        63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
        83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101,
        102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117,
        118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133,
        134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149,
        150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165,
        166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181,
        182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197,
        198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213,
        214, 215, 216, 217, 218, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230,
        231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246,
        247, 248, 249, 250, 251,
    ];
    static RETRY: [::cloud_errors::Retry; 250] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaacaaaaaaaaaaabaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 250] = ::cloud_errors::__private::category_column(
        b"cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccgeeeeeeecemmmmmmmmm",
    );
    static PILOTS: [u16; 63] = [
        15, 40, 4, 11, 17, 12, 15, 15, 1, 15, 105, 129, 2, 3, 8, 66, 16, 24, 100, 2, 0,
        27, 37, 31, 21, 10, 0, 37, 4, 28, 3, 1, 0, 38, 0, 18, 95, 0, 81, 14, 265, 38,
        173, 148, 94, 0, 8, 4, 3, 94, 19, 12, 18, 8, 39, 145, 3, 0, 81, 5, 6, 18, 35,
    ];
    static SLOTS: [(&str, u32); 277] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            106, 233, 186, 232, 173, 201, 33, 146, 231, 75, 148, 237, 16, 131, 167, 161,
            181, 118, 191, 4294967295, 204, 91, 178, 42, 4294967295, 89, 100, 111, 219,
            4294967295, 86, 4294967295, 235, 4294967295, 49, 234, 72, 4294967295, 249,
            73, 170, 83, 90, 101, 180, 154, 15, 4294967295, 41, 35, 99, 104, 4294967295,
            182, 126, 228, 190, 184, 210, 60, 81, 30, 119, 36, 11, 14, 53, 183, 62, 198,
            4294967295, 242, 32, 243, 165, 188, 128, 127, 71, 4294967295, 211, 206, 56,
            1, 187, 151, 218, 217, 50, 130, 18, 177, 199, 31, 223, 159, 95, 230, 76, 66,
            65, 192, 140, 4294967295, 92, 147, 220, 150, 197, 43, 125, 4, 129, 105, 88,
            196, 209, 9, 12, 124, 13, 54, 145, 26, 158, 19, 74, 52, 121, 4294967295, 94,
            164, 142, 107, 156, 4294967295, 28, 103, 117, 4294967295, 132, 69, 57, 157,
            17, 149, 68, 4294967295, 213, 152, 162, 115, 4294967295, 23, 246, 238,
            4294967295, 229, 64, 174, 116, 48, 141, 80, 44, 221, 79, 194, 139, 22, 227,
            222, 168, 176, 25, 5, 45, 108, 20, 4294967295, 112, 51, 55, 212, 120, 84, 10,
            24, 122, 4294967295, 143, 0, 163, 102, 215, 113, 208, 110, 4294967295, 123,
            97, 63, 21, 85, 7, 27, 144, 3, 135, 172, 61, 59, 109, 214, 4294967295, 160,
            245, 8, 226, 82, 244, 179, 207, 4294967295, 136, 78, 4294967295, 114, 247,
            77, 134, 4294967295, 4294967295, 70, 171, 40, 216, 189, 58, 236, 195, 34,
            200, 38, 47, 138, 133, 37, 241, 169, 202, 240, 155, 153, 29, 205, 193, 96,
            175, 137, 46, 93, 4294967295, 239, 224, 6, 87, 39, 166, 2, 185, 203, 67, 248,
            98, 225, 4294967295,
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
    const PROVIDER: &'static str = "Alibaba Cloud alikafka";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud alikafka's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud alikafka: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
