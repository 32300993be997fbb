// @generated from catalogs/tencent/postgres.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud POSTGRES: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud POSTGRES: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccountNotExist`: no documented HTTP status; retry: never; category: unknown.
    /// Account not exist.
    AccountNotExist,
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation.
    AuthFailureUnauthorizedOperation,
    /// `DBError`: no documented HTTP status; retry: never; category: unknown.
    /// DB error.
    DbError,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AllocateQuotasError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: allocate quotas error.
    FailedOperationAllocateQuotasError,
    /// `FailedOperation.BaseNetworkAccessError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: base network access error.
    FailedOperationBaseNetworkAccessError,
    /// `FailedOperation.CMQResponseError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: CMQ response error.
    FailedOperationCmqResponseError,
    /// `FailedOperation.CamAuthFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cam auth failed.
    FailedOperationCamAuthFailed,
    /// `FailedOperation.CamCheckResourceError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cam check resource error.
    FailedOperationCamCheckResourceError,
    /// `FailedOperation.CamCheckResourceFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cam check resource failed.
    FailedOperationCamCheckResourceFailed,
    /// `FailedOperation.CamSigAndAuthError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cam sig and auth error.
    FailedOperationCamSigAndAuthError,
    /// `FailedOperation.CdbCgwConnectError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cdb cgw connect error.
    FailedOperationCdbCgwConnectError,
    /// `FailedOperation.CheckAccountCAMCloseError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: check account CAM close error.
    FailedOperationCheckAccountCamCloseError,
    /// `FailedOperation.CheckAccountCAMOpenError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: check account CAM open error.
    FailedOperationCheckAccountCamOpenError,
    /// `FailedOperation.CreateBasicNetworkDeniedError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create basic network denied error.
    FailedOperationCreateBasicNetworkDeniedError,
    /// `FailedOperation.CreateOrderFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create order failed.
    FailedOperationCreateOrderFailed,
    /// `FailedOperation.DBError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DB error.
    FailedOperationDbError,
    /// `FailedOperation.DatabaseAccessError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: database access error.
    FailedOperationDatabaseAccessError,
    /// `FailedOperation.DatabaseAffectedError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: database affected error.
    FailedOperationDatabaseAffectedError,
    /// `FailedOperation.DeleteAllRoute`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete all route.
    FailedOperationDeleteAllRoute,
    /// `FailedOperation.DeleteResourceProjectTagError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete resource project tag error.
    FailedOperationDeleteResourceProjectTagError,
    /// `FailedOperation.DeleteResourcesToTagError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete resources to tag error.
    FailedOperationDeleteResourcesToTagError,
    /// `FailedOperation.ESConnectError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ES connect error.
    FailedOperationEsConnectError,
    /// `FailedOperation.ESQueryError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ES query error.
    FailedOperationEsQueryError,
    /// `FailedOperation.FailedOperationError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: failed operation error.
    FailedOperationFailedOperationError,
    /// `FailedOperation.FlowCreateError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: flow create error.
    FailedOperationFlowCreateError,
    /// `FailedOperation.GetInstanceByResourceIdError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get instance by resource id error.
    FailedOperationGetInstanceByResourceIdError,
    /// `FailedOperation.GetPurchaseRecordFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get purchase record failed.
    FailedOperationGetPurchaseRecordFailed,
    /// `FailedOperation.GetSubnetError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get subnet error.
    FailedOperationGetSubnetError,
    /// `FailedOperation.GetVpcInfoError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get vpc info error.
    FailedOperationGetVpcInfoError,
    /// `FailedOperation.IllegalROInstanceNum`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: illegal RO instance num.
    FailedOperationIllegalRoInstanceNum,
    /// `FailedOperation.InvalidAccountStatus`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid account status.
    FailedOperationInvalidAccountStatus,
    /// `FailedOperation.InvalidTradeOperate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid trade operate.
    FailedOperationInvalidTradeOperate,
    /// `FailedOperation.LimitOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: limit operation.
    FailedOperationLimitOperation,
    /// `FailedOperation.MasterInstanceQueryError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: master instance query error.
    FailedOperationMasterInstanceQueryError,
    /// `FailedOperation.ModifyROGroupError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify RO group error.
    FailedOperationModifyRoGroupError,
    /// `FailedOperation.ModifyResourceError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify resource error.
    FailedOperationModifyResourceError,
    /// `FailedOperation.NetworkNumLimitError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: network num limit error.
    FailedOperationNetworkNumLimitError,
    /// `FailedOperation.NoAvailableStandby`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no available standby.
    FailedOperationNoAvailableStandby,
    /// `FailedOperation.OperateFrequencyLimitedError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: operate frequency limited error.
    FailedOperationOperateFrequencyLimitedError,
    /// `FailedOperation.OssAccessError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: oss access error.
    FailedOperationOssAccessError,
    /// `FailedOperation.OssOperationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: oss operation failed.
    FailedOperationOssOperationFailed,
    /// `FailedOperation.PayOrderFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: pay order failed.
    FailedOperationPayOrderFailed,
    /// `FailedOperation.PostPaidUnblockError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: post paid unblock error.
    FailedOperationPostPaidUnblockError,
    /// `FailedOperation.PreCheckError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: pre check error.
    FailedOperationPreCheckError,
    /// `FailedOperation.PresignedURLGetError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: presigned URL get error.
    FailedOperationPresignedUrlGetError,
    /// `FailedOperation.QueryDealFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query deal failed.
    FailedOperationQueryDealFailed,
    /// `FailedOperation.QueryInstanceBatchError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query instance batch error.
    FailedOperationQueryInstanceBatchError,
    /// `FailedOperation.QueryPriceFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query price failed.
    FailedOperationQueryPriceFailed,
    /// `FailedOperation.QuerySpecBySpecCodeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query spec by spec code error.
    FailedOperationQuerySpecBySpecCodeError,
    /// `FailedOperation.QuerySpecError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query spec error.
    FailedOperationQuerySpecError,
    /// `FailedOperation.QueryTradeStatusError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query trade status error.
    FailedOperationQueryTradeStatusError,
    /// `FailedOperation.QueryVpcFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query vpc failed.
    FailedOperationQueryVpcFailed,
    /// `FailedOperation.QueryVpcFalied`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query vpc falied.
    FailedOperationQueryVpcFalied,
    /// `FailedOperation.ROGroupCannotBeDeletedError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: RO group cannot be deleted error.
    FailedOperationRoGroupCannotBeDeletedError,
    /// `FailedOperation.ROGroupMasterInstanceNotRight`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: RO group master instance not right.
    FailedOperationRoGroupMasterInstanceNotRight,
    /// `FailedOperation.ROGroupNotFoundError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: RO group not found error.
    FailedOperationRoGroupNotFoundError,
    /// `FailedOperation.ROGroupNumExceedError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: RO group num exceed error.
    FailedOperationRoGroupNumExceedError,
    /// `FailedOperation.ROInstanceHasInROGroupError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: RO instance has in RO group error.
    FailedOperationRoInstanceHasInRoGroupError,
    /// `FailedOperation.ServerlessNotSupportedError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: serverless not supported error.
    FailedOperationServerlessNotSupportedError,
    /// `FailedOperation.ServiceAccessError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: service access error.
    FailedOperationServiceAccessError,
    /// `FailedOperation.SetAutoRenewFlagError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: set auto renew flag error.
    FailedOperationSetAutoRenewFlagError,
    /// `FailedOperation.StorageMemoryCheckError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: storage memory check error.
    FailedOperationStorageMemoryCheckError,
    /// `FailedOperation.StorePathSplitError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: store path split error.
    FailedOperationStorePathSplitError,
    /// `FailedOperation.TradeAccessError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: trade access error.
    FailedOperationTradeAccessError,
    /// `FailedOperation.TradeCreateError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: trade create error.
    FailedOperationTradeCreateError,
    /// `FailedOperation.TradePayOrdersError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: trade pay orders error.
    FailedOperationTradePayOrdersError,
    /// `FailedOperation.TradeQueryOrderError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: trade query order error.
    FailedOperationTradeQueryOrderError,
    /// `FailedOperation.TradeQueryPriceError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: trade query price error.
    FailedOperationTradeQueryPriceError,
    /// `FailedOperation.UpdateResourceProjectTagValueError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update resource project tag value error.
    FailedOperationUpdateResourceProjectTagValueError,
    /// `FailedOperation.VPCResetServiceError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: VPC reset service error.
    FailedOperationVpcResetServiceError,
    /// `FailedOperation.VPCUpdateRouteError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: VPC update route error.
    FailedOperationVpcUpdateRouteError,
    /// `FailedOperation.WhitelistConnectError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: whitelist connect error.
    FailedOperationWhitelistConnectError,
    /// `FlowError`: no documented HTTP status; retry: never; category: unknown.
    /// Flow error.
    FlowError,
    /// `InstanceNotExist`: no documented HTTP status; retry: never; category: unknown.
    /// Instance not exist.
    InstanceNotExist,
    /// `InterfaceNameNotFound`: no documented HTTP status; retry: never; category: unknown.
    /// Interface name not found.
    InterfaceNameNotFound,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.CgwError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cgw error.
    InternalErrorCgwError,
    /// `InternalError.CnsError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cns error.
    InternalErrorCnsError,
    /// `InternalError.DBError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB error.
    InternalErrorDbError,
    /// `InternalError.DfwError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: dfw error.
    InternalErrorDfwError,
    /// `InternalError.FlowError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: flow error.
    InternalErrorFlowError,
    /// `InternalError.HttpError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: http error.
    InternalErrorHttpError,
    /// `InternalError.InstanceDataError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: instance data error.
    InternalErrorInstanceDataError,
    /// `InternalError.InternalHttpServerError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: internal http server error.
    InternalErrorInternalHttpServerError,
    /// `InternalError.JsonParseError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: json parse error.
    InternalErrorJsonParseError,
    /// `InternalError.ListInstancesError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: list instances error.
    InternalErrorListInstancesError,
    /// `InternalError.MarshalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: marshal error.
    InternalErrorMarshalError,
    /// `InternalError.SystemError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: system error.
    InternalErrorSystemError,
    /// `InternalError.TransactioBeginError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: transactio begin error.
    InternalErrorTransactioBeginError,
    /// `InternalError.UnknownError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unknown error.
    InternalErrorUnknownError,
    /// `InternalError.VpcError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: vpc error.
    InternalErrorVpcError,
    /// `InvalidAccountPassword`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid account password.
    InvalidAccountPassword,
    /// `InvalidAccountStatus`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid account status.
    InvalidAccountStatus,
    /// `InvalidInstanceStatus`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid instance status.
    InvalidInstanceStatus,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ExceptionParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: exception param.
    InvalidParameterExceptionParam,
    /// `InvalidParameter.IllegalInputParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: illegal input parameter.
    InvalidParameterIllegalInputParameter,
    /// `InvalidParameter.InvalidParameterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter error.
    InvalidParameterInvalidParameterError,
    /// `InvalidParameter.ParameterCheckError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: parameter check error.
    InvalidParameterParameterCheckError,
    /// `InvalidParameter.ParametersNotSet`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: parameters not set.
    InvalidParameterParametersNotSet,
    /// `InvalidParameter.TradeAccessDeniedError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: trade access denied error.
    InvalidParameterTradeAccessDeniedError,
    /// `InvalidParameter.VpcNotFoundError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: vpc not found error.
    InvalidParameterVpcNotFoundError,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.AccountExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: account exist.
    InvalidParameterValueAccountExist,
    /// `InvalidParameterValue.AccountNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: account not exist.
    InvalidParameterValueAccountNotExist,
    /// `InvalidParameterValue.AccountNotExistError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: account not exist error.
    InvalidParameterValueAccountNotExistError,
    /// `InvalidParameterValue.BadSpec`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: bad spec.
    InvalidParameterValueBadSpec,
    /// `InvalidParameterValue.BizInvalidParameterValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: biz invalid parameter value error.
    InvalidParameterValueBizInvalidParameterValueError,
    /// `InvalidParameterValue.CharsetNotFoundError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: charset not found error.
    InvalidParameterValueCharsetNotFoundError,
    /// `InvalidParameterValue.DataConvertError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: data convert error.
    InvalidParameterValueDataConvertError,
    /// `InvalidParameterValue.DecryptPasswordFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: decrypt password failed.
    InvalidParameterValueDecryptPasswordFailed,
    /// `InvalidParameterValue.IllegalChargeType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal charge type.
    InvalidParameterValueIllegalChargeType,
    /// `InvalidParameterValue.IllegalInstanceChargeType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal instance charge type.
    InvalidParameterValueIllegalInstanceChargeType,
    /// `InvalidParameterValue.IllegalProjectId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal project id.
    InvalidParameterValueIllegalProjectId,
    /// `InvalidParameterValue.IllegalRegion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal region.
    InvalidParameterValueIllegalRegion,
    /// `InvalidParameterValue.IllegalZone`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal zone.
    InvalidParameterValueIllegalZone,
    /// `InvalidParameterValue.InstanceNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: instance not exist.
    InvalidParameterValueInstanceNotExist,
    /// `InvalidParameterValue.InterfaceNameNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: interface name not found.
    InvalidParameterValueInterfaceNameNotFound,
    /// `InvalidParameterValue.InvalidAccountError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid account error.
    InvalidParameterValueInvalidAccountError,
    /// `InvalidParameterValue.InvalidAccountFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid account format.
    InvalidParameterValueInvalidAccountFormat,
    /// `InvalidParameterValue.InvalidAccountName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid account name.
    InvalidParameterValueInvalidAccountName,
    /// `InvalidParameterValue.InvalidAccountNameError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid account name error.
    InvalidParameterValueInvalidAccountNameError,
    /// `InvalidParameterValue.InvalidAccountNameFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid account name format error.
    InvalidParameterValueInvalidAccountNameFormatError,
    /// `InvalidParameterValue.InvalidCharset`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid charset.
    InvalidParameterValueInvalidCharset,
    /// `InvalidParameterValue.InvalidDatabaseNameFormatError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid database name format error.
    InvalidParameterValueInvalidDatabaseNameFormatError,
    /// `InvalidParameterValue.InvalidDatabaseObjectName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid database object name.
    InvalidParameterValueInvalidDatabaseObjectName,
    /// `InvalidParameterValue.InvalidInstanceNum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid instance num.
    InvalidParameterValueInvalidInstanceNum,
    /// `InvalidParameterValue.InvalidInstanceVolume`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid instance volume.
    InvalidParameterValueInvalidInstanceVolume,
    /// `InvalidParameterValue.InvalidOrderNum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid order num.
    InvalidParameterValueInvalidOrderNum,
    /// `InvalidParameterValue.InvalidParameterValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter value error.
    InvalidParameterValueInvalidParameterValueError,
    /// `InvalidParameterValue.InvalidPasswordFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid password format.
    InvalidParameterValueInvalidPasswordFormat,
    /// `InvalidParameterValue.InvalidPasswordLengthError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid password length error.
    InvalidParameterValueInvalidPasswordLengthError,
    /// `InvalidParameterValue.InvalidPasswordValueError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid password value error.
    InvalidParameterValueInvalidPasswordValueError,
    /// `InvalidParameterValue.InvalidPid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid pid.
    InvalidParameterValueInvalidPid,
    /// `InvalidParameterValue.InvalidReadOnlyGroupStatus`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid read only group status.
    InvalidParameterValueInvalidReadOnlyGroupStatus,
    /// `InvalidParameterValue.InvalidRegionIdError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid region id error.
    InvalidParameterValueInvalidRegionIdError,
    /// `InvalidParameterValue.InvalidZoneIdError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid zone id error.
    InvalidParameterValueInvalidZoneIdError,
    /// `InvalidParameterValue.NullDealNames`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: null deal names.
    InvalidParameterValueNullDealNames,
    /// `InvalidParameterValue.ParameterCharacterError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter character error.
    InvalidParameterValueParameterCharacterError,
    /// `InvalidParameterValue.ParameterCharacterLimitError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter character limit error.
    InvalidParameterValueParameterCharacterLimitError,
    /// `InvalidParameterValue.ParameterHandleError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter handle error.
    InvalidParameterValueParameterHandleError,
    /// `InvalidParameterValue.ParameterLengthLimitError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter length limit error.
    InvalidParameterValueParameterLengthLimitError,
    /// `InvalidParameterValue.ParameterOutOfRange`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter out of range.
    InvalidParameterValueParameterOutOfRange,
    /// `InvalidParameterValue.ParameterOutRangeError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter out range error.
    InvalidParameterValueParameterOutRangeError,
    /// `InvalidParameterValue.ParameterValueExceedError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter value exceed error.
    InvalidParameterValueParameterValueExceedError,
    /// `InvalidParameterValue.ReadOnlyGroupNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: read only group not exist.
    InvalidParameterValueReadOnlyGroupNotExist,
    /// `InvalidParameterValue.RegionNotSupported`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: region not supported.
    InvalidParameterValueRegionNotSupported,
    /// `InvalidParameterValue.SpecNotRecognizedError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: spec not recognized error.
    InvalidParameterValueSpecNotRecognizedError,
    /// `InvalidParameterValue.StructParseFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: struct parse failed.
    InvalidParameterValueStructParseFailed,
    /// `InvalidParameterValue.UnsupportedRegionError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: unsupported region error.
    InvalidParameterValueUnsupportedRegionError,
    /// `InvalidPid`: no documented HTTP status; retry: never; category: unknown.
    /// Invalid pid.
    InvalidPid,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitOperation`: no documented HTTP status; retry: never; category: unknown.
    /// Limit operation.
    LimitOperation,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied.AccountOperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: account operation denied.
    OperationDeniedAccountOperationDenied,
    /// `OperationDenied.AuditFileOverQuotaError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: audit file over quota error.
    OperationDeniedAuditFileOverQuotaError,
    /// `OperationDenied.CamDeniedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: cam denied error.
    OperationDeniedCamDeniedError,
    /// `OperationDenied.DTSInstanceStatusError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: DTS instance status error.
    OperationDeniedDtsInstanceStatusError,
    /// `OperationDenied.DeleteRunningBackupTaskErr`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: delete running backup task err.
    OperationDeniedDeleteRunningBackupTaskErr,
    /// `OperationDenied.InstanceAccessDeniedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: instance access denied error.
    OperationDeniedInstanceAccessDeniedError,
    /// `OperationDenied.InstanceIpv6NotSupportedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: instance ipv6 not supported error.
    OperationDeniedInstanceIpv6NotSupportedError,
    /// `OperationDenied.InstanceStatusDeniedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: instance status denied error.
    OperationDeniedInstanceStatusDeniedError,
    /// `OperationDenied.InstanceStatusLimitError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: instance status limit error.
    OperationDeniedInstanceStatusLimitError,
    /// `OperationDenied.InstanceStatusLimitOpError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: instance status limit op error.
    OperationDeniedInstanceStatusLimitOpError,
    /// `OperationDenied.InstanceTypeDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: instance type denied.
    OperationDeniedInstanceTypeDenied,
    /// `OperationDenied.InsufficientBalanceError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: insufficient balance error.
    OperationDeniedInsufficientBalanceError,
    /// `OperationDenied.InternalTradeErrorErr`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: internal trade error err.
    OperationDeniedInternalTradeErrorErr,
    /// `OperationDenied.KernelVersionError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: kernel version error.
    OperationDeniedKernelVersionError,
    /// `OperationDenied.PayModeError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: pay mode error.
    OperationDeniedPayModeError,
    /// `OperationDenied.PostPaidPayModeError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: post paid pay mode error.
    OperationDeniedPostPaidPayModeError,
    /// `OperationDenied.ROGroupStatusError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: RO group status error.
    OperationDeniedRoGroupStatusError,
    /// `OperationDenied.ROInstanceIpv6NotSupportedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: RO instance ipv6 not supported error.
    OperationDeniedRoInstanceIpv6NotSupportedError,
    /// `OperationDenied.ROInstanceStatusLimitOpError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: RO instance status limit op error.
    OperationDeniedRoInstanceStatusLimitOpError,
    /// `OperationDenied.ResourceNotFoundError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: resource not found error.
    OperationDeniedResourceNotFoundError,
    /// `OperationDenied.ResourceNotFundError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: resource not fund error.
    OperationDeniedResourceNotFundError,
    /// `OperationDenied.RoInstanceCountExeedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: ro instance count exeed error.
    OperationDeniedRoInstanceCountExeedError,
    /// `OperationDenied.TradePermissionError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: trade permission error.
    OperationDeniedTradePermissionError,
    /// `OperationDenied.UserNotAuthenticatedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: user not authenticated error.
    OperationDeniedUserNotAuthenticatedError,
    /// `OperationDenied.UserNotInWhiteListError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: user not in white list error.
    OperationDeniedUserNotInWhiteListError,
    /// `OperationDenied.VpcDeniedError`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: vpc denied error.
    OperationDeniedVpcDeniedError,
    /// `RegionNotSupported`: no documented HTTP status; retry: never; category: unknown.
    /// Region not supported.
    RegionNotSupported,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceInsufficient.ResourceNotEnough`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: resource not enough.
    ResourceInsufficientResourceNotEnough,
    /// `ResourceNotFound.InstanceNotFoundError`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instance not found error.
    ResourceNotFoundInstanceNotFoundError,
    /// `ResourceUnavailable.InvalidInstanceStatus`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: invalid instance status.
    ResourceUnavailableInvalidInstanceStatus,
    /// `ResourceUnavailable.ResourceNoPermission`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: resource no permission.
    ResourceUnavailableResourceNoPermission,
    /// `ResourceUnavailable.VpcResourceNotFound`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: vpc resource not found.
    ResourceUnavailableVpcResourceNotFound,
    /// `StructParseFailed`: no documented HTTP status; retry: never; category: unknown.
    /// Struct parse failed.
    StructParseFailed,
    /// `SystemError`: no documented HTTP status; retry: never; category: unknown.
    /// System error.
    SystemError,
    /// `UnauthorizedOperation.UserHasNoRealnameAuthentication`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: user has no realname authentication.
    UnauthorizedOperationUserHasNoRealnameAuthentication,
    /// `UnknownError`: no documented HTTP status; retry: never; category: unknown.
    /// Unknown error.
    UnknownError,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnknownParameter.CreateAuditLogFileError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given: create audit log file error.
    UnknownParameterCreateAuditLogFileError,
    /// `UnknownParameter.HttpError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given: http error.
    UnknownParameterHttpError,
    /// `UnknownParameter.InternalInnerServiceError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given: internal inner service error.
    UnknownParameterInternalInnerServiceError,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `VpcError`: no documented HTTP status; retry: never; category: unknown.
    /// Vpc error.
    VpcError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 199] = [
        "AccountNotExist",
        "AuthFailure",
        "AuthFailure.UnauthorizedOperation",
        "DBError",
        "FailedOperation",
        "FailedOperation.AllocateQuotasError",
        "FailedOperation.BaseNetworkAccessError",
        "FailedOperation.CMQResponseError",
        "FailedOperation.CamAuthFailed",
        "FailedOperation.CamCheckResourceError",
        "FailedOperation.CamCheckResourceFailed",
        "FailedOperation.CamSigAndAuthError",
        "FailedOperation.CdbCgwConnectError",
        "FailedOperation.CheckAccountCAMCloseError",
        "FailedOperation.CheckAccountCAMOpenError",
        "FailedOperation.CreateBasicNetworkDeniedError",
        "FailedOperation.CreateOrderFailed",
        "FailedOperation.DBError",
        "FailedOperation.DatabaseAccessError",
        "FailedOperation.DatabaseAffectedError",
        "FailedOperation.DeleteAllRoute",
        "FailedOperation.DeleteResourceProjectTagError",
        "FailedOperation.DeleteResourcesToTagError",
        "FailedOperation.ESConnectError",
        "FailedOperation.ESQueryError",
        "FailedOperation.FailedOperationError",
        "FailedOperation.FlowCreateError",
        "FailedOperation.GetInstanceByResourceIdError",
        "FailedOperation.GetPurchaseRecordFailed",
        "FailedOperation.GetSubnetError",
        "FailedOperation.GetVpcInfoError",
        "FailedOperation.IllegalROInstanceNum",
        "FailedOperation.InvalidAccountStatus",
        "FailedOperation.InvalidTradeOperate",
        "FailedOperation.LimitOperation",
        "FailedOperation.MasterInstanceQueryError",
        "FailedOperation.ModifyROGroupError",
        "FailedOperation.ModifyResourceError",
        "FailedOperation.NetworkNumLimitError",
        "FailedOperation.NoAvailableStandby",
        "FailedOperation.OperateFrequencyLimitedError",
        "FailedOperation.OssAccessError",
        "FailedOperation.OssOperationFailed",
        "FailedOperation.PayOrderFailed",
        "FailedOperation.PostPaidUnblockError",
        "FailedOperation.PreCheckError",
        "FailedOperation.PresignedURLGetError",
        "FailedOperation.QueryDealFailed",
        "FailedOperation.QueryInstanceBatchError",
        "FailedOperation.QueryPriceFailed",
        "FailedOperation.QuerySpecBySpecCodeError",
        "FailedOperation.QuerySpecError",
        "FailedOperation.QueryTradeStatusError",
        "FailedOperation.QueryVpcFailed",
        "FailedOperation.QueryVpcFalied",
        "FailedOperation.ROGroupCannotBeDeletedError",
        "FailedOperation.ROGroupMasterInstanceNotRight",
        "FailedOperation.ROGroupNotFoundError",
        "FailedOperation.ROGroupNumExceedError",
        "FailedOperation.ROInstanceHasInROGroupError",
        "FailedOperation.ServerlessNotSupportedError",
        "FailedOperation.ServiceAccessError",
        "FailedOperation.SetAutoRenewFlagError",
        "FailedOperation.StorageMemoryCheckError",
        "FailedOperation.StorePathSplitError",
        "FailedOperation.TradeAccessError",
        "FailedOperation.TradeCreateError",
        "FailedOperation.TradePayOrdersError",
        "FailedOperation.TradeQueryOrderError",
        "FailedOperation.TradeQueryPriceError",
        "FailedOperation.UpdateResourceProjectTagValueError",
        "FailedOperation.VPCResetServiceError",
        "FailedOperation.VPCUpdateRouteError",
        "FailedOperation.WhitelistConnectError",
        "FlowError",
        "InstanceNotExist",
        "InterfaceNameNotFound",
        "InternalError",
        "InternalError.CgwError",
        "InternalError.CnsError",
        "InternalError.DBError",
        "InternalError.DfwError",
        "InternalError.FlowError",
        "InternalError.HttpError",
        "InternalError.InstanceDataError",
        "InternalError.InternalHttpServerError",
        "InternalError.JsonParseError",
        "InternalError.ListInstancesError",
        "InternalError.MarshalError",
        "InternalError.SystemError",
        "InternalError.TransactioBeginError",
        "InternalError.UnknownError",
        "InternalError.VpcError",
        "InvalidAccountPassword",
        "InvalidAccountStatus",
        "InvalidInstanceStatus",
        "InvalidParameter",
        "InvalidParameter.ExceptionParam",
        "InvalidParameter.IllegalInputParameter",
        "InvalidParameter.InvalidParameterError",
        "InvalidParameter.ParameterCheckError",
        "InvalidParameter.ParametersNotSet",
        "InvalidParameter.TradeAccessDeniedError",
        "InvalidParameter.VpcNotFoundError",
        "InvalidParameterValue",
        "InvalidParameterValue.AccountExist",
        "InvalidParameterValue.AccountNotExist",
        "InvalidParameterValue.AccountNotExistError",
        "InvalidParameterValue.BadSpec",
        "InvalidParameterValue.BizInvalidParameterValueError",
        "InvalidParameterValue.CharsetNotFoundError",
        "InvalidParameterValue.DataConvertError",
        "InvalidParameterValue.DecryptPasswordFailed",
        "InvalidParameterValue.IllegalChargeType",
        "InvalidParameterValue.IllegalInstanceChargeType",
        "InvalidParameterValue.IllegalProjectId",
        "InvalidParameterValue.IllegalRegion",
        "InvalidParameterValue.IllegalZone",
        "InvalidParameterValue.InstanceNotExist",
        "InvalidParameterValue.InterfaceNameNotFound",
        "InvalidParameterValue.InvalidAccountError",
        "InvalidParameterValue.InvalidAccountFormat",
        "InvalidParameterValue.InvalidAccountName",
        "InvalidParameterValue.InvalidAccountNameError",
        "InvalidParameterValue.InvalidAccountNameFormatError",
        "InvalidParameterValue.InvalidCharset",
        "InvalidParameterValue.InvalidDatabaseNameFormatError",
        "InvalidParameterValue.InvalidDatabaseObjectName",
        "InvalidParameterValue.InvalidInstanceNum",
        "InvalidParameterValue.InvalidInstanceVolume",
        "InvalidParameterValue.InvalidOrderNum",
        "InvalidParameterValue.InvalidParameterValueError",
        "InvalidParameterValue.InvalidPasswordFormat",
        "InvalidParameterValue.InvalidPasswordLengthError",
        "InvalidParameterValue.InvalidPasswordValueError",
        "InvalidParameterValue.InvalidPid",
        "InvalidParameterValue.InvalidReadOnlyGroupStatus",
        "InvalidParameterValue.InvalidRegionIdError",
        "InvalidParameterValue.InvalidZoneIdError",
        "InvalidParameterValue.NullDealNames",
        "InvalidParameterValue.ParameterCharacterError",
        "InvalidParameterValue.ParameterCharacterLimitError",
        "InvalidParameterValue.ParameterHandleError",
        "InvalidParameterValue.ParameterLengthLimitError",
        "InvalidParameterValue.ParameterOutOfRange",
        "InvalidParameterValue.ParameterOutRangeError",
        "InvalidParameterValue.ParameterValueExceedError",
        "InvalidParameterValue.ReadOnlyGroupNotExist",
        "InvalidParameterValue.RegionNotSupported",
        "InvalidParameterValue.SpecNotRecognizedError",
        "InvalidParameterValue.StructParseFailed",
        "InvalidParameterValue.UnsupportedRegionError",
        "InvalidPid",
        "LimitExceeded",
        "LimitOperation",
        "MissingParameter",
        "OperationDenied.AccountOperationDenied",
        "OperationDenied.AuditFileOverQuotaError",
        "OperationDenied.CamDeniedError",
        "OperationDenied.DTSInstanceStatusError",
        "OperationDenied.DeleteRunningBackupTaskErr",
        "OperationDenied.InstanceAccessDeniedError",
        "OperationDenied.InstanceIpv6NotSupportedError",
        "OperationDenied.InstanceStatusDeniedError",
        "OperationDenied.InstanceStatusLimitError",
        "OperationDenied.InstanceStatusLimitOpError",
        "OperationDenied.InstanceTypeDenied",
        "OperationDenied.InsufficientBalanceError",
        "OperationDenied.InternalTradeErrorErr",
        "OperationDenied.KernelVersionError",
        "OperationDenied.PayModeError",
        "OperationDenied.PostPaidPayModeError",
        "OperationDenied.ROGroupStatusError",
        "OperationDenied.ROInstanceIpv6NotSupportedError",
        "OperationDenied.ROInstanceStatusLimitOpError",
        "OperationDenied.ResourceNotFoundError",
        "OperationDenied.ResourceNotFundError",
        "OperationDenied.RoInstanceCountExeedError",
        "OperationDenied.TradePermissionError",
        "OperationDenied.UserNotAuthenticatedError",
        "OperationDenied.UserNotInWhiteListError",
        "OperationDenied.VpcDeniedError",
        "RegionNotSupported",
        "RequestLimitExceeded",
        "ResourceInsufficient.ResourceNotEnough",
        "ResourceNotFound.InstanceNotFoundError",
        "ResourceUnavailable.InvalidInstanceStatus",
        "ResourceUnavailable.ResourceNoPermission",
        "ResourceUnavailable.VpcResourceNotFound",
        "StructParseFailed",
        "SystemError",
        "UnauthorizedOperation.UserHasNoRealnameAuthentication",
        "UnknownError",
        "UnknownParameter",
        "UnknownParameter.CreateAuditLogFileError",
        "UnknownParameter.HttpError",
        "UnknownParameter.InternalInnerServiceError",
        "UnsupportedOperation",
        "VpcError",
    ];
    static NAME_CODES: [u32; 22] = [
        3, 7, 13, 14, 17, 23, 24, 31, 36, 46, 55, 56, 57, 58, 59, 71, 72, 80, 159, 172,
        173, 174,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "DbErrorFailedOperationCmqResponseErrorFailedOperationCheckAccountCamCloseErrorFailedOperationCheckAccountCamOpenErrorFailedOperationDbErrorFailedOperationEsConnectErrorFailedOperationEsQueryErrorFailedOperationIllegalRoInstanceNumFailedOperationModifyRoGroupErrorFailedOperationPresignedUrlGetErrorFailedOperationRoGroupCannotBeDeletedErrorFailedOperationRoGroupMasterInstanceNotRightFailedOperationRoGroupNotFoundErrorFailedOperationRoGroupNumExceedErrorFailedOperationRoInstanceHasInRoGroupErrorFailedOperationVpcResetServiceErrorFailedOperationVpcUpdateRouteErrorInternalErrorDbErrorOperationDeniedDtsInstanceStatusErrorOperationDeniedRoGroupStatusErrorOperationDeniedRoInstanceIpv6NotSupportedErrorOperationDeniedRoInstanceStatusLimitOpError",
        ends: &[
            0, 7, 38, 78, 117, 139, 168, 195, 230, 263, 298, 340, 384, 419, 455, 497,
            532, 566, 586, 623, 656, 702, 745,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Account not exist.Authentication failed.Authentication failed: unauthorized operation.DB error.The operation failed.The operation failed: allocate quotas error.The operation failed: base network access error.The operation failed: CMQ response error.The operation failed: cam auth failed.The operation failed: cam check resource error.The operation failed: cam check resource failed.The operation failed: cam sig and auth error.The operation failed: cdb cgw connect error.The operation failed: check account CAM close error.The operation failed: check account CAM open error.The operation failed: create basic network denied error.The operation failed: create order failed.The operation failed: DB error.The operation failed: database access error.The operation failed: database affected error.The operation failed: delete all route.The operation failed: delete resource project tag error.The operation failed: delete resources to tag error.The operation failed: ES connect error.The operation failed: ES query error.The operation failed: failed operation error.The operation failed: flow create error.The operation failed: get instance by resource id error.The operation failed: get purchase record failed.The operation failed: get subnet error.The operation failed: get vpc info error.The operation failed: illegal RO instance num.The operation failed: invalid account status.The operation failed: invalid trade operate.The operation failed: limit operation.The operation failed: master instance query error.The operation failed: modify RO group error.The operation failed: modify resource error.The operation failed: network num limit error.The operation failed: no available standby.The operation failed: operate frequency limited error.The operation failed: oss access error.The operation failed: oss operation failed.The operation failed: pay order failed.The operation failed: post paid unblock error.The operation failed: pre check error.The operation failed: presigned URL get error.The operation failed: query deal failed.The operation failed: query instance batch error.The operation failed: query price failed.The operation failed: query spec by spec code error.The operation failed: query spec error.The operation failed: query trade status error.The operation failed: query vpc failed.The operation failed: query vpc falied.The operation failed: RO group cannot be deleted error.The operation failed: RO group master instance not right.The operation failed: RO group not found error.The operation failed: RO group num exceed error.The operation failed: RO instance has in RO group error.The operation failed: serverless not supported error.The operation failed: service access error.The operation failed: set auto renew flag error.The operation failed: storage memory check error.The operation failed: store path split error.The operation failed: trade access error.The operation failed: trade create error.The operation failed: trade pay orders error.The operation failed: trade query order error.The operation failed: trade query price error.The operation failed: update resource project tag value error.The operation failed: VPC reset service error.The operation failed: VPC update route error.The operation failed: whitelist connect error.Flow error.Instance not exist.Interface name not found.An internal error occurred.An internal error occurred: cgw error.An internal error occurred: cns error.An internal error occurred: DB error.An internal error occurred: dfw error.An internal error occurred: flow error.An internal error occurred: http error.An internal error occurred: instance data error.An internal error occurred: internal http server error.An internal error occurred: json parse error.An internal error occurred: list instances error.An internal error occurred: marshal error.An internal error occurred: system error.An internal error occurred: transactio begin error.An internal error occurred: unknown error.An internal error occurred: vpc error.Invalid account password.Invalid account status.Invalid instance status.A parameter is invalid.A parameter is invalid: exception param.A parameter is invalid: illegal input parameter.A parameter is invalid: invalid parameter error.A parameter is invalid: parameter check error.A parameter is invalid: parameters not set.A parameter is invalid: trade access denied error.A parameter is invalid: vpc not found error.A parameter value is invalid.A parameter value is invalid: account exist.A parameter value is invalid: account not exist.A parameter value is invalid: account not exist error.A parameter value is invalid: bad spec.A parameter value is invalid: biz invalid parameter value error.A parameter value is invalid: charset not found error.A parameter value is invalid: data convert error.A parameter value is invalid: decrypt password failed.A parameter value is invalid: illegal charge type.A parameter value is invalid: illegal instance charge type.A parameter value is invalid: illegal project id.A parameter value is invalid: illegal region.A parameter value is invalid: illegal zone.A parameter value is invalid: instance not exist.A parameter value is invalid: interface name not found.A parameter value is invalid: invalid account error.A parameter value is invalid: invalid account format.A parameter value is invalid: invalid account name.A parameter value is invalid: invalid account name error.A parameter value is invalid: invalid account name format error.A parameter value is invalid: invalid charset.A parameter value is invalid: invalid database name format error.A parameter value is invalid: invalid database object name.A parameter value is invalid: invalid instance num.A parameter value is invalid: invalid instance volume.A parameter value is invalid: invalid order num.A parameter value is invalid: invalid parameter value error.A parameter value is invalid: invalid password format.A parameter value is invalid: invalid password length error.A parameter value is invalid: invalid password value error.A parameter value is invalid: invalid pid.A parameter value is invalid: invalid read only group status.A parameter value is invalid: invalid region id error.A parameter value is invalid: invalid zone id error.A parameter value is invalid: null deal names.A parameter value is invalid: parameter character error.A parameter value is invalid: parameter character limit error.A parameter value is invalid: parameter handle error.A parameter value is invalid: parameter length limit error.A parameter value is invalid: parameter out of range.A parameter value is invalid: parameter out range error.A parameter value is invalid: parameter value exceed error.A parameter value is invalid: read only group not exist.A parameter value is invalid: region not supported.A parameter value is invalid: spec not recognized error.A parameter value is invalid: struct parse failed.A parameter value is invalid: unsupported region error.Invalid pid.A limit was exceeded.Limit operation.A required parameter is missing.The operation was denied: account operation denied.The operation was denied: audit file over quota error.The operation was denied: cam denied error.The operation was denied: DTS instance status error.The operation was denied: delete running backup task err.The operation was denied: instance access denied error.The operation was denied: instance ipv6 not supported error.The operation was denied: instance status denied error.The operation was denied: instance status limit error.The operation was denied: instance status limit op error.The operation was denied: instance type denied.The operation was denied: insufficient balance error.The operation was denied: internal trade error err.The operation was denied: kernel version error.The operation was denied: pay mode error.The operation was denied: post paid pay mode error.The operation was denied: RO group status error.The operation was denied: RO instance ipv6 not supported error.The operation was denied: RO instance status limit op error.The operation was denied: resource not found error.The operation was denied: resource not fund error.The operation was denied: ro instance count exeed error.The operation was denied: trade permission error.The operation was denied: user not authenticated error.The operation was denied: user not in white list error.The operation was denied: vpc denied error.Region not supported.Too many requests were sent.Resources are insufficient: resource not enough.The resource was not found: instance not found error.The resource is unavailable: invalid instance status.The resource is unavailable: resource no permission.The resource is unavailable: vpc resource not found.Struct parse failed.System error.The operation is not authorized: user has no realname authentication.Unknown error.An unknown parameter was given.An unknown parameter was given: create audit log file error.An unknown parameter was given: http error.An unknown parameter was given: internal inner service error.The operation is not supported.Vpc error.",
        ends: &[
            0, 18, 40, 86, 95, 116, 160, 208, 249, 287, 334, 382, 427, 471, 523, 574,
            630, 672, 703, 747, 793, 832, 888, 940, 979, 1016, 1061, 1101, 1157, 1206,
            1245, 1286, 1332, 1377, 1421, 1459, 1509, 1553, 1597, 1643, 1686, 1740, 1779,
            1822, 1861, 1907, 1945, 1991, 2031, 2080, 2121, 2173, 2212, 2259, 2298, 2337,
            2392, 2449, 2496, 2544, 2600, 2653, 2696, 2744, 2793, 2838, 2879, 2920, 2965,
            3011, 3057, 3119, 3165, 3210, 3256, 3267, 3286, 3311, 3338, 3376, 3414, 3451,
            3489, 3528, 3567, 3615, 3670, 3715, 3764, 3806, 3847, 3898, 3940, 3978, 4003,
            4026, 4050, 4073, 4113, 4161, 4209, 4255, 4298, 4348, 4392, 4421, 4465, 4513,
            4567, 4606, 4670, 4724, 4773, 4827, 4877, 4936, 4985, 5030, 5073, 5122, 5177,
            5229, 5282, 5333, 5390, 5454, 5500, 5565, 5624, 5675, 5729, 5777, 5837, 5891,
            5951, 6010, 6052, 6113, 6167, 6219, 6265, 6321, 6383, 6436, 6495, 6548, 6604,
            6663, 6719, 6770, 6826, 6876, 6931, 6943, 6964, 6980, 7012, 7063, 7117, 7160,
            7212, 7269, 7324, 7384, 7439, 7493, 7550, 7597, 7650, 7701, 7748, 7789, 7840,
            7888, 7951, 8011, 8062, 8112, 8168, 8217, 8272, 8327, 8370, 8391, 8419, 8467,
            8520, 8573, 8625, 8677, 8697, 8710, 8779, 8793, 8824, 8884, 8927, 8988, 9019,
            9029,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 199] = ::cloud_errors::__private::retry_column(
        b"aacaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaccccccccccccccccccccccccccabcacccaacaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 199] = ::cloud_errors::__private::category_column(
        b"bbpbiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiibbbmmmmmmmmmmmmmmmmbbbccccccccccccccccccccccccccccccccccccccccccccccccccccccccbhbcggggggggggggggggggggggggggbhheiiibbgbcccclb",
    );
    static PILOTS: [u16; 50] = [
        0, 55, 51, 111, 2, 4, 2, 2, 35, 139, 9, 5, 84, 7, 7, 100, 13, 26, 0, 1, 189, 13,
        0, 0, 27, 3, 88, 4, 0, 264, 0, 109, 22, 29, 7, 66, 5, 50, 5, 5, 10, 30, 5, 16, 3,
        30, 131, 12, 128, 76,
    ];
    static SLOTS: [(&str, u32); 221] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            15, 183, 165, 95, 103, 51, 142, 39, 3, 65, 173, 76, 42, 6, 161, 137, 99, 11,
            113, 75, 25, 4294967295, 43, 0, 49, 33, 22, 74, 176, 4294967295, 59,
            4294967295, 180, 4294967295, 81, 126, 93, 185, 26, 121, 175, 57, 82, 164, 8,
            170, 4294967295, 110, 186, 120, 87, 2, 58, 56, 172, 98, 70, 104, 55, 192,
            159, 36, 86, 158, 194, 101, 83, 187, 4294967295, 191, 169, 114, 4294967295,
            136, 12, 139, 143, 130, 68, 66, 14, 90, 188, 32, 127, 107, 97, 128, 122, 132,
            125, 27, 69, 166, 156, 155, 147, 92, 91, 146, 184, 18, 4294967295, 37, 21,
            84, 181, 106, 5, 153, 4, 177, 62, 144, 133, 24, 115, 112, 196, 60, 124, 197,
            160, 9, 179, 148, 171, 149, 4294967295, 116, 151, 47, 190, 44, 4294967295,
            94, 41, 163, 30, 96, 63, 16, 102, 141, 193, 4294967295, 45, 119, 88, 80, 135,
            53, 29, 73, 195, 162, 4294967295, 4294967295, 17, 72, 108, 109, 4294967295,
            48, 10, 178, 168, 79, 35, 129, 4294967295, 138, 105, 157, 111, 31, 150,
            4294967295, 50, 189, 4294967295, 4294967295, 40, 117, 34, 131, 7, 85, 89, 71,
            13, 198, 182, 145, 19, 77, 4294967295, 20, 154, 4294967295, 61, 134, 78, 118,
            38, 4294967295, 67, 46, 140, 4294967295, 52, 100, 1, 123, 23, 152, 64, 174,
            28, 54, 167,
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
    const PROVIDER: &'static str = "Tencent Cloud POSTGRES";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud POSTGRES's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud POSTGRES: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
