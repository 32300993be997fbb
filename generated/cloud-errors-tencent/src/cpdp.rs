// @generated from catalogs/tencent/cpdp.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CPDP: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CPDP: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure.Account`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: account.
    AuthFailureAccount,
    /// `AuthFailure.Forbidden`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: forbidden.
    AuthFailureForbidden,
    /// `AuthFailure.Midas`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: midas.
    AuthFailureMidas,
    /// `AuthFailure.SecretKeyNotFound`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: secret key not found.
    AuthFailureSecretKeyNotFound,
    /// `AuthFailure.Sign`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: sign.
    AuthFailureSign,
    /// `AuthFailure.VerifyError`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: verify error.
    AuthFailureVerifyError,
    /// `AuthFailure.VerifyTokenFailure`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: verify token failure.
    AuthFailureVerifyTokenFailure,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AbnormalMerchantState`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: abnormal merchant state.
    FailedOperationAbnormalMerchantState,
    /// `FailedOperation.AbnormalOrderState`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: abnormal order state.
    FailedOperationAbnormalOrderState,
    /// `FailedOperation.AcctNotBind`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: acct not bind.
    FailedOperationAcctNotBind,
    /// `FailedOperation.AcctNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: acct not exist.
    FailedOperationAcctNotExist,
    /// `FailedOperation.Action`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: action.
    FailedOperationAction,
    /// `FailedOperation.ActionInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: action invalid.
    FailedOperationActionInvalid,
    /// `FailedOperation.AddMerchantFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: add merchant failed.
    FailedOperationAddMerchantFailed,
    /// `FailedOperation.AlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: already exists.
    FailedOperationAlreadyExists,
    /// `FailedOperation.AppDeny`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: app deny.
    FailedOperationAppDeny,
    /// `FailedOperation.AppidMchidNotMatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: appid mchid not match.
    FailedOperationAppidMchidNotMatch,
    /// `FailedOperation.BackCallError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: back call error.
    FailedOperationBackCallError,
    /// `FailedOperation.BackendError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: backend error.
    FailedOperationBackendError,
    /// `FailedOperation.BalanceInsufficient`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: balance insufficient.
    FailedOperationBalanceInsufficient,
    /// `FailedOperation.BankFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: bank failed.
    FailedOperationBankFailed,
    /// `FailedOperation.BanlanceNotEnoughError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: banlance not enough error.
    FailedOperationBanlanceNotEnoughError,
    /// `FailedOperation.CallChannelGatewayError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: call channel gateway error.
    FailedOperationCallChannelGatewayError,
    /// `FailedOperation.ChannelDeny`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: channel deny.
    FailedOperationChannelDeny,
    /// `FailedOperation.ChannelError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: channel error.
    FailedOperationChannelError,
    /// `FailedOperation.ChannelRefundFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: channel refund failed.
    FailedOperationChannelRefundFailed,
    /// `FailedOperation.ChannelRefundFrequencyLimited`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: channel refund frequency limited.
    FailedOperationChannelRefundFrequencyLimited,
    /// `FailedOperation.CloseContractDbFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: close contract db failed.
    FailedOperationCloseContractDbFailed,
    /// `FailedOperation.CloseContractModeInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: close contract mode invalid.
    FailedOperationCloseContractModeInvalid,
    /// `FailedOperation.ConfigError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: config error.
    FailedOperationConfigError,
    /// `FailedOperation.ContractStatusError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: contract status error.
    FailedOperationContractStatusError,
    /// `FailedOperation.CreateAgent`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create agent.
    FailedOperationCreateAgent,
    /// `FailedOperation.CreateOrderError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create order error.
    FailedOperationCreateOrderError,
    /// `FailedOperation.CreateOrderUnknown`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create order unknown.
    FailedOperationCreateOrderUnknown,
    /// `FailedOperation.DBConfigError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DB config error.
    FailedOperationDbConfigError,
    /// `FailedOperation.DbClientConnectFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: db client connect failed.
    FailedOperationDbClientConnectFailed,
    /// `FailedOperation.DbClientInserttFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: db client insertt failed.
    FailedOperationDbClientInserttFailed,
    /// `FailedOperation.DbClientQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: db client query failed.
    FailedOperationDbClientQueryFailed,
    /// `FailedOperation.DbClientUpdateFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: db client update failed.
    FailedOperationDbClientUpdateFailed,
    /// `FailedOperation.DownloadBillError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: download bill error.
    FailedOperationDownloadBillError,
    /// `FailedOperation.ExternalContractIndexNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: external contract index not found.
    FailedOperationExternalContractIndexNotFound,
    /// `FailedOperation.ExternalContractNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: external contract not found.
    FailedOperationExternalContractNotFound,
    /// `FailedOperation.ExternalContractStatusInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: external contract status invalid.
    FailedOperationExternalContractStatusInvalid,
    /// `FailedOperation.ExternalMerchantContractInfoConfigNoFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: external merchant contract info config no found.
    FailedOperationExternalMerchantContractInfoConfigNoFound,
    /// `FailedOperation.ExternalMerchantIndexConfigNoFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: external merchant index config no found.
    FailedOperationExternalMerchantIndexConfigNoFound,
    /// `FailedOperation.ExternalMerchantInfoConfigNoFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: external merchant info config no found.
    FailedOperationExternalMerchantInfoConfigNoFound,
    /// `FailedOperation.FileNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: file not exist.
    FailedOperationFileNotExist,
    /// `FailedOperation.FrequencyLimited`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: frequency limited.
    FailedOperationFrequencyLimited,
    /// `FailedOperation.GetLiveDailySummary`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get live daily summary.
    FailedOperationGetLiveDailySummary,
    /// `FailedOperation.HttpDoRequestError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: http do request error.
    FailedOperationHttpDoRequestError,
    /// `FailedOperation.InternalServiceTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: internal service timeout.
    FailedOperationInternalServiceTimeout,
    /// `FailedOperation.InvalidParameter`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid parameter.
    FailedOperationInvalidParameter,
    /// `FailedOperation.InvalidRefundAmt`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid refund amt.
    FailedOperationInvalidRefundAmt,
    /// `FailedOperation.InvalidRequest`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid request.
    FailedOperationInvalidRequest,
    /// `FailedOperation.InvoiceExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invoice exist.
    FailedOperationInvoiceExist,
    /// `FailedOperation.IsEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: is empty.
    FailedOperationIsEmpty,
    /// `FailedOperation.MarshalError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: marshal error.
    FailedOperationMarshalError,
    /// `FailedOperation.MerchantBalanceNotEnough`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: merchant balance not enough.
    FailedOperationMerchantBalanceNotEnough,
    /// `FailedOperation.MerchantCheckFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: merchant check failed.
    FailedOperationMerchantCheckFailed,
    /// `FailedOperation.MerchantCreateFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: merchant create failed.
    FailedOperationMerchantCreateFailed,
    /// `FailedOperation.MerchantExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: merchant exist.
    FailedOperationMerchantExist,
    /// `FailedOperation.MerchantNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: merchant not exist.
    FailedOperationMerchantNotExist,
    /// `FailedOperation.MerchantNotExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: merchant not exists.
    FailedOperationMerchantNotExists,
    /// `FailedOperation.MerchantPermissionError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: merchant permission error.
    FailedOperationMerchantPermissionError,
    /// `FailedOperation.MidasInternalError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: midas internal error.
    FailedOperationMidasInternalError,
    /// `FailedOperation.MidasInvalidRequest`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: midas invalid request.
    FailedOperationMidasInvalidRequest,
    /// `FailedOperation.MidasNeedRetry`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: midas need retry.
    FailedOperationMidasNeedRetry,
    /// `FailedOperation.MidasRegisterUnfinished`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: midas register unfinished.
    FailedOperationMidasRegisterUnfinished,
    /// `FailedOperation.MidasRepeatOrder`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: midas repeat order.
    FailedOperationMidasRepeatOrder,
    /// `FailedOperation.MidasRisk`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: midas risk.
    FailedOperationMidasRisk,
    /// `FailedOperation.MidasStatusNotMatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: midas status not match.
    FailedOperationMidasStatusNotMatch,
    /// `FailedOperation.MidasUnsupportedAction`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: midas unsupported action.
    FailedOperationMidasUnsupportedAction,
    /// `FailedOperation.MissingParameter`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: missing parameter.
    FailedOperationMissingParameter,
    /// `FailedOperation.ModifyMerchantFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify merchant failed.
    FailedOperationModifyMerchantFailed,
    /// `FailedOperation.MountNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: mount not found.
    FailedOperationMountNotFound,
    /// `FailedOperation.NoAuth`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no auth.
    FailedOperationNoAuth,
    /// `FailedOperation.NoRecord`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no record.
    FailedOperationNoRecord,
    /// `FailedOperation.NotEnough`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not enough.
    FailedOperationNotEnough,
    /// `FailedOperation.NotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not found.
    FailedOperationNotFound,
    /// `FailedOperation.NotifyUrlParseError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: notify url parse error.
    FailedOperationNotifyUrlParseError,
    /// `FailedOperation.OcCompletedOrder`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: oc completed order.
    FailedOperationOcCompletedOrder,
    /// `FailedOperation.OcRepeatOrder`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: oc repeat order.
    FailedOperationOcRepeatOrder,
    /// `FailedOperation.OrderLocked`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: order locked.
    FailedOperationOrderLocked,
    /// `FailedOperation.OrderNotActivated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: order not activated.
    FailedOperationOrderNotActivated,
    /// `FailedOperation.OrderRefundError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: order refund error.
    FailedOperationOrderRefundError,
    /// `FailedOperation.PABankError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: PA bank error.
    FailedOperationPaBankError,
    /// `FailedOperation.ParamError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: param error.
    FailedOperationParamError,
    /// `FailedOperation.ParameterError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: parameter error.
    FailedOperationParameterError,
    /// `FailedOperation.ParentAppIdError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: parent app id error.
    FailedOperationParentAppIdError,
    /// `FailedOperation.PortalError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: portal error.
    FailedOperationPortalError,
    /// `FailedOperation.QueryAgentStatements`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query agent statements.
    FailedOperationQueryAgentStatements,
    /// `FailedOperation.QueryContractNull`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query contract null.
    FailedOperationQueryContractNull,
    /// `FailedOperation.QueryMchannelError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query mchannel error.
    FailedOperationQueryMchannelError,
    /// `FailedOperation.QueryModeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query mode error.
    FailedOperationQueryModeError,
    /// `FailedOperation.QueryOrderError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query order error.
    FailedOperationQueryOrderError,
    /// `FailedOperation.QueryResultNull`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query result null.
    FailedOperationQueryResultNull,
    /// `FailedOperation.QuotaExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: quota exceed.
    FailedOperationQuotaExceed,
    /// `FailedOperation.RefundInfoDuplicate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: refund info duplicate.
    FailedOperationRefundInfoDuplicate,
    /// `FailedOperation.RefundNotRetrieable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: refund not retrieable.
    FailedOperationRefundNotRetrieable,
    /// `FailedOperation.RefundProcessIng`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: refund process ing.
    FailedOperationRefundProcessIng,
    /// `FailedOperation.RefundTransactionClosed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: refund transaction closed.
    FailedOperationRefundTransactionClosed,
    /// `FailedOperation.RefundTransactionFinished`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: refund transaction finished.
    FailedOperationRefundTransactionFinished,
    /// `FailedOperation.SDKError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: SDK error.
    FailedOperationSdkError,
    /// `FailedOperation.ServiceError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: service error.
    FailedOperationServiceError,
    /// `FailedOperation.SignError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: sign error.
    FailedOperationSignError,
    /// `FailedOperation.SyncMchannelError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: sync mchannel error.
    FailedOperationSyncMchannelError,
    /// `FailedOperation.SystemError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: system error.
    FailedOperationSystemError,
    /// `FailedOperation.TerminateMchannelError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: terminate mchannel error.
    FailedOperationTerminateMchannelError,
    /// `FailedOperation.Unknown`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unknown.
    FailedOperationUnknown,
    /// `FailedOperation.UnmarshalError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: unmarshal error.
    FailedOperationUnmarshalError,
    /// `FailedOperation.UpdateContractStatusFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update contract status failed.
    FailedOperationUpdateContractStatusFailed,
    /// `FailedOperation.UploadTaxList`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: upload tax list.
    FailedOperationUploadTaxList,
    /// `FailedOperation.UploadTaxPayment`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: upload tax payment.
    FailedOperationUploadTaxPayment,
    /// `FailedOperation.WechatError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: wechat error.
    FailedOperationWechatError,
    /// `FailedOperation.WxCrtNotSet`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: wx crt not set.
    FailedOperationWxCrtNotSet,
    /// `FailedOperation.XmlFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: xml fail.
    FailedOperationXmlFail,
    /// `InternalError.`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.BackendConnectionError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: backend connection error.
    InternalErrorBackendConnectionError,
    /// `InternalError.BackendError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: backend error.
    InternalErrorBackendError,
    /// `InternalError.BackendInternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: backend internal error.
    InternalErrorBackendInternalError,
    /// `InternalError.BackendNetworkError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: backend network error.
    InternalErrorBackendNetworkError,
    /// `InternalError.BackendRouterError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: backend router error.
    InternalErrorBackendRouterError,
    /// `InternalError.BackendTimeOut`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: backend time out.
    InternalErrorBackendTimeOut,
    /// `InternalError.DBAccessError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB access error.
    InternalErrorDbAccessError,
    /// `InternalError.DeleteDBError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: delete DB error.
    InternalErrorDeleteDbError,
    /// `InternalError.DuplicateKeyError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: duplicate key error.
    InternalErrorDuplicateKeyError,
    /// `InternalError.FundSummaryAcctNoInconsistentError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: fund summary acct no inconsistent error.
    InternalErrorFundSummaryAcctNoInconsistentError,
    /// `InternalError.InvoiceExist`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: invoice exist.
    InternalErrorInvoiceExist,
    /// `InternalError.Midas`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: midas.
    InternalErrorMidas,
    /// `InternalError.ParameterError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: parameter error.
    InternalErrorParameterError,
    /// `InternalError.SandBoxAccessError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: sand box access error.
    InternalErrorSandBoxAccessError,
    /// `InternalError.SaveDBError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: save DB error.
    InternalErrorSaveDbError,
    /// `InternalError.SigGenError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: sig gen error.
    InternalErrorSigGenError,
    /// `InternalError.SubAccountNotFoundError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: sub account not found error.
    InternalErrorSubAccountNotFoundError,
    /// `InternalError.Unknown`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unknown.
    InternalErrorUnknown,
    /// `InternalError.UnkownError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unkown error.
    InternalErrorUnkownError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.BackendCgiError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: backend cgi error.
    InvalidParameterBackendCgiError,
    /// `InvalidParameter.LackParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: lack parameter.
    InvalidParameterLackParameter,
    /// `InvalidParameter.Midas`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: midas.
    InvalidParameterMidas,
    /// `InvalidParameter.MidasEnvironment`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: midas environment.
    InvalidParameterMidasEnvironment,
    /// `InvalidParameter.MidasExternalApp`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: midas external app.
    InvalidParameterMidasExternalApp,
    /// `InvalidParameter.MidasFileType`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: midas file type.
    InvalidParameterMidasFileType,
    /// `InvalidParameter.MidasHash`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: midas hash.
    InvalidParameterMidasHash,
    /// `InvalidParameter.MidasSignId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: midas sign id.
    InvalidParameterMidasSignId,
    /// `InvalidParameter.ParamMarshalFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: param marshal failed.
    InvalidParameterParamMarshalFailed,
    /// `InvalidParameter.ParamUnmarshalFailed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: param unmarshal failed.
    InvalidParameterParamUnmarshalFailed,
    /// `InvalidParameter.UnsupportedParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: unsupported parameter.
    InvalidParameterUnsupportedParameter,
    /// `LimitExceeded.MidasLargeFile`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: midas large file.
    LimitExceededMidasLargeFile,
    /// `LimitExceeded.MidasOrder`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: midas order.
    LimitExceededMidasOrder,
    /// `LimitExceeded.MidasOrderCanceled`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: midas order canceled.
    LimitExceededMidasOrderCanceled,
    /// `LimitExceeded.MidasOrderClosed`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: midas order closed.
    LimitExceededMidasOrderClosed,
    /// `LimitExceeded.MidasOrderExpired`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: midas order expired.
    LimitExceededMidasOrderExpired,
    /// `LimitExceeded.MidasOrderFailed`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: midas order failed.
    LimitExceededMidasOrderFailed,
    /// `LimitExceeded.MidasOrderPartialSuccess`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: midas order partial success.
    LimitExceededMidasOrderPartialSuccess,
    /// `LimitExceeded.MidasOrderProcessing`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: midas order processing.
    LimitExceededMidasOrderProcessing,
    /// `LimitExceeded.MidasOrderSuccess`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: midas order success.
    LimitExceededMidasOrderSuccess,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter2,
    /// `MissingParameter.Action`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: action.
    MissingParameterAction,
    /// `MissingParameter.AppId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: app id.
    MissingParameterAppId,
    /// `RequestLimitExceeded.Midas`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent: midas.
    RequestLimitExceededMidas,
    /// `RequestLimitExceeded.MidasInvalidRequest`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent: midas invalid request.
    RequestLimitExceededMidasInvalidRequest,
    /// `ResourceInUse.Midas`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: midas.
    ResourceInUseMidas,
    /// `ResourceInsufficient.ThreadPoolReject`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: thread pool reject.
    ResourceInsufficientThreadPoolReject,
    /// `ResourceNotFound.Account`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: account.
    ResourceNotFoundAccount,
    /// `ResourceNotFound.BatchInfoNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: batch info not found.
    ResourceNotFoundBatchInfoNotFound,
    /// `ResourceNotFound.InvoiceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: invoice not found.
    ResourceNotFoundInvoiceNotFound,
    /// `ResourceNotFound.Key`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: key.
    ResourceNotFoundKey,
    /// `ResourceNotFound.MerchantInfoNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: merchant info not found.
    ResourceNotFoundMerchantInfoNotFound,
    /// `ResourceNotFound.MidasExternalApp`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: midas external app.
    ResourceNotFoundMidasExternalApp,
    /// `ResourceNotFound.MidasExternalOrder`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: midas external order.
    ResourceNotFoundMidasExternalOrder,
    /// `ResourceNotFound.MidasOrder`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: midas order.
    ResourceNotFoundMidasOrder,
    /// `ResourceNotFound.MidasSign`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: midas sign.
    ResourceNotFoundMidasSign,
    /// `ResourceNotFound.PlatformInfoNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: platform info not found.
    ResourceNotFoundPlatformInfoNotFound,
    /// `ResourceUnavailable.MidasBalance`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: midas balance.
    ResourceUnavailableMidasBalance,
    /// `ResourceUnavailable.MidasDay`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: midas day.
    ResourceUnavailableMidasDay,
    /// `ResourceUnavailable.MidasFrozenAmount`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: midas frozen amount.
    ResourceUnavailableMidasFrozenAmount,
    /// `ResourceUnavailable.MidasMerchantBalance`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: midas merchant balance.
    ResourceUnavailableMidasMerchantBalance,
    /// `ResourceUnavailable.MidasOrder`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: midas order.
    ResourceUnavailableMidasOrder,
    /// `ResourceUnavailable.MidasUserBalance`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: midas user balance.
    ResourceUnavailableMidasUserBalance,
    /// `ResourceUnavailable.MidasWallet`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: midas wallet.
    ResourceUnavailableMidasWallet,
    /// `UnauthorizedOperation.Midas`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: midas.
    UnauthorizedOperationMidas,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 184] = [
        "AuthFailure.Account",
        "AuthFailure.Forbidden",
        "AuthFailure.Midas",
        "AuthFailure.SecretKeyNotFound",
        "AuthFailure.Sign",
        "AuthFailure.VerifyError",
        "AuthFailure.VerifyTokenFailure",
        "FailedOperation",
        "FailedOperation.AbnormalMerchantState",
        "FailedOperation.AbnormalOrderState",
        "FailedOperation.AcctNotBind",
        "FailedOperation.AcctNotExist",
        "FailedOperation.Action",
        "FailedOperation.ActionInvalid",
        "FailedOperation.AddMerchantFailed",
        "FailedOperation.AlreadyExists",
        "FailedOperation.AppDeny",
        "FailedOperation.AppidMchidNotMatch",
        "FailedOperation.BackCallError",
        "FailedOperation.BackendError",
        "FailedOperation.BalanceInsufficient",
        "FailedOperation.BankFailed",
        "FailedOperation.BanlanceNotEnoughError",
        "FailedOperation.CallChannelGatewayError",
        "FailedOperation.ChannelDeny",
        "FailedOperation.ChannelError",
        "FailedOperation.ChannelRefundFailed",
        "FailedOperation.ChannelRefundFrequencyLimited",
        "FailedOperation.CloseContractDbFailed",
        "FailedOperation.CloseContractModeInvalid",
        "FailedOperation.ConfigError",
        "FailedOperation.ContractStatusError",
        "FailedOperation.CreateAgent",
        "FailedOperation.CreateOrderError",
        "FailedOperation.CreateOrderUnknown",
        "FailedOperation.DBConfigError",
        "FailedOperation.DbClientConnectFailed",
        "FailedOperation.DbClientInserttFailed",
        "FailedOperation.DbClientQueryFailed",
        "FailedOperation.DbClientUpdateFailed",
        "FailedOperation.DownloadBillError",
        "FailedOperation.ExternalContractIndexNotFound",
        "FailedOperation.ExternalContractNotFound",
        "FailedOperation.ExternalContractStatusInvalid",
        "FailedOperation.ExternalMerchantContractInfoConfigNoFound",
        "FailedOperation.ExternalMerchantIndexConfigNoFound",
        "FailedOperation.ExternalMerchantInfoConfigNoFound",
        "FailedOperation.FileNotExist",
        "FailedOperation.FrequencyLimited",
        "FailedOperation.GetLiveDailySummary",
        "FailedOperation.HttpDoRequestError",
        "FailedOperation.InternalServiceTimeout",
        "FailedOperation.InvalidParameter",
        "FailedOperation.InvalidRefundAmt",
        "FailedOperation.InvalidRequest",
        "FailedOperation.InvoiceExist",
        "FailedOperation.IsEmpty",
        "FailedOperation.MarshalError",
        "FailedOperation.MerchantBalanceNotEnough",
        "FailedOperation.MerchantCheckFailed",
        "FailedOperation.MerchantCreateFailed",
        "FailedOperation.MerchantExist",
        "FailedOperation.MerchantNotExist",
        "FailedOperation.MerchantNotExists",
        "FailedOperation.MerchantPermissionError",
        "FailedOperation.MidasInternalError",
        "FailedOperation.MidasInvalidRequest",
        "FailedOperation.MidasNeedRetry",
        "FailedOperation.MidasRegisterUnfinished",
        "FailedOperation.MidasRepeatOrder",
        "FailedOperation.MidasRisk",
        "FailedOperation.MidasStatusNotMatch",
        "FailedOperation.MidasUnsupportedAction",
        "FailedOperation.MissingParameter",
        "FailedOperation.ModifyMerchantFailed",
        "FailedOperation.MountNotFound",
        "FailedOperation.NoAuth",
        "FailedOperation.NoRecord",
        "FailedOperation.NotEnough",
        "FailedOperation.NotFound",
        "FailedOperation.NotifyUrlParseError",
        "FailedOperation.OcCompletedOrder",
        "FailedOperation.OcRepeatOrder",
        "FailedOperation.OrderLocked",
        "FailedOperation.OrderNotActivated",
        "FailedOperation.OrderRefundError",
        "FailedOperation.PABankError",
        "FailedOperation.ParamError",
        "FailedOperation.ParameterError",
        "FailedOperation.ParentAppIdError",
        "FailedOperation.PortalError",
        "FailedOperation.QueryAgentStatements",
        "FailedOperation.QueryContractNull",
        "FailedOperation.QueryMchannelError",
        "FailedOperation.QueryModeError",
        "FailedOperation.QueryOrderError",
        "FailedOperation.QueryResultNull",
        "FailedOperation.QuotaExceed",
        "FailedOperation.RefundInfoDuplicate",
        "FailedOperation.RefundNotRetrieable",
        "FailedOperation.RefundProcessIng",
        "FailedOperation.RefundTransactionClosed",
        "FailedOperation.RefundTransactionFinished",
        "FailedOperation.SDKError",
        "FailedOperation.ServiceError",
        "FailedOperation.SignError",
        "FailedOperation.SyncMchannelError",
        "FailedOperation.SystemError",
        "FailedOperation.TerminateMchannelError",
        "FailedOperation.Unknown",
        "FailedOperation.UnmarshalError",
        "FailedOperation.UpdateContractStatusFailed",
        "FailedOperation.UploadTaxList",
        "FailedOperation.UploadTaxPayment",
        "FailedOperation.WechatError",
        "FailedOperation.WxCrtNotSet",
        "FailedOperation.XmlFail",
        "InternalError.",
        "InternalError.BackendConnectionError",
        "InternalError.BackendError",
        "InternalError.BackendInternalError",
        "InternalError.BackendNetworkError",
        "InternalError.BackendRouterError",
        "InternalError.BackendTimeOut",
        "InternalError.DBAccessError",
        "InternalError.DeleteDBError",
        "InternalError.DuplicateKeyError",
        "InternalError.FundSummaryAcctNoInconsistentError",
        "InternalError.InvoiceExist",
        "InternalError.Midas",
        "InternalError.ParameterError",
        "InternalError.SandBoxAccessError",
        "InternalError.SaveDBError",
        "InternalError.SigGenError",
        "InternalError.SubAccountNotFoundError",
        "InternalError.Unknown",
        "InternalError.UnkownError",
        "InvalidParameter",
        "InvalidParameter.BackendCgiError",
        "InvalidParameter.LackParameter",
        "InvalidParameter.Midas",
        "InvalidParameter.MidasEnvironment",
        "InvalidParameter.MidasExternalApp",
        "InvalidParameter.MidasFileType",
        "InvalidParameter.MidasHash",
        "InvalidParameter.MidasSignId",
        "InvalidParameter.ParamMarshalFailed",
        "InvalidParameter.ParamUnmarshalFailed",
        "InvalidParameter.UnsupportedParameter",
        "LimitExceeded.MidasLargeFile",
        "LimitExceeded.MidasOrder",
        "LimitExceeded.MidasOrderCanceled",
        "LimitExceeded.MidasOrderClosed",
        "LimitExceeded.MidasOrderExpired",
        "LimitExceeded.MidasOrderFailed",
        "LimitExceeded.MidasOrderPartialSuccess",
        "LimitExceeded.MidasOrderProcessing",
        "LimitExceeded.MidasOrderSuccess",
        "MissingParameter",
        "MissingParameter.",
        "MissingParameter.Action",
        "MissingParameter.AppId",
        "RequestLimitExceeded.Midas",
        "RequestLimitExceeded.MidasInvalidRequest",
        "ResourceInUse.Midas",
        "ResourceInsufficient.ThreadPoolReject",
        "ResourceNotFound.Account",
        "ResourceNotFound.BatchInfoNotFound",
        "ResourceNotFound.InvoiceNotFound",
        "ResourceNotFound.Key",
        "ResourceNotFound.MerchantInfoNotFound",
        "ResourceNotFound.MidasExternalApp",
        "ResourceNotFound.MidasExternalOrder",
        "ResourceNotFound.MidasOrder",
        "ResourceNotFound.MidasSign",
        "ResourceNotFound.PlatformInfoNotFound",
        "ResourceUnavailable.MidasBalance",
        "ResourceUnavailable.MidasDay",
        "ResourceUnavailable.MidasFrozenAmount",
        "ResourceUnavailable.MidasMerchantBalance",
        "ResourceUnavailable.MidasOrder",
        "ResourceUnavailable.MidasUserBalance",
        "ResourceUnavailable.MidasWallet",
        "UnauthorizedOperation.Midas",
    ];
    static NAME_CODES: [u32; 7] = [35, 86, 103, 124, 125, 132, 159];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationDbConfigErrorFailedOperationPaBankErrorFailedOperationSdkErrorInternalErrorDbAccessErrorInternalErrorDeleteDbErrorInternalErrorSaveDbErrorMissingParameter2",
        ends: &[0, 28, 54, 77, 103, 129, 153, 170],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed: account.Authentication failed: forbidden.Authentication failed: midas.Authentication failed: secret key not found.Authentication failed: sign.Authentication failed: verify error.Authentication failed: verify token failure.The operation failed.The operation failed: abnormal merchant state.The operation failed: abnormal order state.The operation failed: acct not bind.The operation failed: acct not exist.The operation failed: action.The operation failed: action invalid.The operation failed: add merchant failed.The operation failed: already exists.The operation failed: app deny.The operation failed: appid mchid not match.The operation failed: back call error.The operation failed: backend error.The operation failed: balance insufficient.The operation failed: bank failed.The operation failed: banlance not enough error.The operation failed: call channel gateway error.The operation failed: channel deny.The operation failed: channel error.The operation failed: channel refund failed.The operation failed: channel refund frequency limited.The operation failed: close contract db failed.The operation failed: close contract mode invalid.The operation failed: config error.The operation failed: contract status error.The operation failed: create agent.The operation failed: create order error.The operation failed: create order unknown.The operation failed: DB config error.The operation failed: db client connect failed.The operation failed: db client insertt failed.The operation failed: db client query failed.The operation failed: db client update failed.The operation failed: download bill error.The operation failed: external contract index not found.The operation failed: external contract not found.The operation failed: external contract status invalid.The operation failed: external merchant contract info config no found.The operation failed: external merchant index config no found.The operation failed: external merchant info config no found.The operation failed: file not exist.The operation failed: frequency limited.The operation failed: get live daily summary.The operation failed: http do request error.The operation failed: internal service timeout.The operation failed: invalid parameter.The operation failed: invalid refund amt.The operation failed: invalid request.The operation failed: invoice exist.The operation failed: is empty.The operation failed: marshal error.The operation failed: merchant balance not enough.The operation failed: merchant check failed.The operation failed: merchant create failed.The operation failed: merchant exist.The operation failed: merchant not exist.The operation failed: merchant not exists.The operation failed: merchant permission error.The operation failed: midas internal error.The operation failed: midas invalid request.The operation failed: midas need retry.The operation failed: midas register unfinished.The operation failed: midas repeat order.The operation failed: midas risk.The operation failed: midas status not match.The operation failed: midas unsupported action.The operation failed: missing parameter.The operation failed: modify merchant failed.The operation failed: mount not found.The operation failed: no auth.The operation failed: no record.The operation failed: not enough.The operation failed: not found.The operation failed: notify url parse error.The operation failed: oc completed order.The operation failed: oc repeat order.The operation failed: order locked.The operation failed: order not activated.The operation failed: order refund error.The operation failed: PA bank error.The operation failed: param error.The operation failed: parameter error.The operation failed: parent app id error.The operation failed: portal error.The operation failed: query agent statements.The operation failed: query contract null.The operation failed: query mchannel error.The operation failed: query mode error.The operation failed: query order error.The operation failed: query result null.The operation failed: quota exceed.The operation failed: refund info duplicate.The operation failed: refund not retrieable.The operation failed: refund process ing.The operation failed: refund transaction closed.The operation failed: refund transaction finished.The operation failed: SDK error.The operation failed: service error.The operation failed: sign error.The operation failed: sync mchannel error.The operation failed: system error.The operation failed: terminate mchannel error.The operation failed: unknown.The operation failed: unmarshal error.The operation failed: update contract status failed.The operation failed: upload tax list.The operation failed: upload tax payment.The operation failed: wechat error.The operation failed: wx crt not set.The operation failed: xml fail.An internal error occurred.An internal error occurred: backend connection error.An internal error occurred: backend error.An internal error occurred: backend internal error.An internal error occurred: backend network error.An internal error occurred: backend router error.An internal error occurred: backend time out.An internal error occurred: DB access error.An internal error occurred: delete DB error.An internal error occurred: duplicate key error.An internal error occurred: fund summary acct no inconsistent error.An internal error occurred: invoice exist.An internal error occurred: midas.An internal error occurred: parameter error.An internal error occurred: sand box access error.An internal error occurred: save DB error.An internal error occurred: sig gen error.An internal error occurred: sub account not found error.An internal error occurred: unknown.An internal error occurred: unkown error.A parameter is invalid.A parameter is invalid: backend cgi error.A parameter is invalid: lack parameter.A parameter is invalid: midas.A parameter is invalid: midas environment.A parameter is invalid: midas external app.A parameter is invalid: midas file type.A parameter is invalid: midas hash.A parameter is invalid: midas sign id.A parameter is invalid: param marshal failed.A parameter is invalid: param unmarshal failed.A parameter is invalid: unsupported parameter.A limit was exceeded: midas large file.A limit was exceeded: midas order.A limit was exceeded: midas order canceled.A limit was exceeded: midas order closed.A limit was exceeded: midas order expired.A limit was exceeded: midas order failed.A limit was exceeded: midas order partial success.A limit was exceeded: midas order processing.A limit was exceeded: midas order success.A required parameter is missing.A required parameter is missing.A required parameter is missing: action.A required parameter is missing: app id.Too many requests were sent: midas.Too many requests were sent: midas invalid request.The resource is in use: midas.Resources are insufficient: thread pool reject.The resource was not found: account.The resource was not found: batch info not found.The resource was not found: invoice not found.The resource was not found: key.The resource was not found: merchant info not found.The resource was not found: midas external app.The resource was not found: midas external order.The resource was not found: midas order.The resource was not found: midas sign.The resource was not found: platform info not found.The resource is unavailable: midas balance.The resource is unavailable: midas day.The resource is unavailable: midas frozen amount.The resource is unavailable: midas merchant balance.The resource is unavailable: midas order.The resource is unavailable: midas user balance.The resource is unavailable: midas wallet.The operation is not authorized: midas.",
        ends: &[
            0, 31, 64, 93, 137, 165, 201, 245, 266, 312, 355, 391, 428, 457, 494, 536,
            573, 604, 648, 686, 722, 765, 799, 847, 896, 931, 967, 1011, 1066, 1113,
            1163, 1198, 1242, 1277, 1318, 1361, 1399, 1446, 1493, 1538, 1584, 1626, 1682,
            1732, 1787, 1857, 1919, 1980, 2017, 2057, 2102, 2146, 2193, 2233, 2274, 2312,
            2348, 2379, 2415, 2465, 2509, 2554, 2591, 2632, 2674, 2722, 2765, 2809, 2848,
            2896, 2937, 2970, 3015, 3062, 3102, 3147, 3185, 3215, 3247, 3280, 3312, 3357,
            3398, 3436, 3471, 3513, 3554, 3590, 3624, 3662, 3704, 3739, 3784, 3826, 3869,
            3908, 3948, 3988, 4023, 4067, 4111, 4152, 4200, 4250, 4282, 4318, 4351, 4393,
            4428, 4475, 4505, 4543, 4595, 4633, 4674, 4709, 4746, 4777, 4804, 4857, 4899,
            4950, 5000, 5049, 5094, 5138, 5182, 5230, 5298, 5340, 5374, 5418, 5468, 5510,
            5552, 5608, 5644, 5685, 5708, 5750, 5789, 5819, 5861, 5904, 5944, 5979, 6017,
            6062, 6109, 6155, 6194, 6228, 6271, 6312, 6354, 6395, 6445, 6490, 6532, 6564,
            6596, 6636, 6676, 6711, 6762, 6792, 6839, 6875, 6924, 6970, 7002, 7054, 7101,
            7150, 7190, 7229, 7281, 7324, 7363, 7412, 7464, 7505, 7553, 7595, 7634,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 184] = ::cloud_errors::__private::retry_column(
        b"cccccccaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaabbbcaaaaaaaaaacccccccc",
    );
    static CATEGORY: [::cloud_errors::Category; 184] = ::cloud_errors::__private::category_column(
        b"pppppppiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimmmmmmmmmmmmmmmmmmmmcccccccccccchhhhhhhhhcccchhjheeeeeeeeeeiiiiiiig",
    );
    static PILOTS: [u16; 46] = [
        14, 48, 32, 11, 57, 0, 7, 2, 3, 1, 9, 1, 4, 7, 36, 2, 2, 26, 237, 30, 5, 0, 54,
        3, 133, 16, 3, 51, 0, 9, 130, 0, 0, 60, 78, 145, 8, 1, 20, 6, 0, 40, 0, 50, 23,
        190,
    ];
    static SLOTS: [(&str, u32); 204] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            100, 103, 4294967295, 90, 63, 52, 42, 70, 50, 84, 153, 110, 8, 162, 138, 34,
            4294967295, 72, 22, 28, 9, 123, 96, 181, 16, 38, 105, 66, 4294967295, 134,
            4294967295, 39, 30, 117, 1, 62, 33, 155, 2, 4294967295, 95, 18, 31, 152, 167,
            144, 130, 12, 174, 6, 48, 172, 128, 13, 139, 107, 141, 98, 151, 24, 60, 3,
            183, 169, 135, 36, 140, 4294967295, 25, 136, 75, 15, 80, 4294967295, 111, 89,
            147, 88, 85, 4294967295, 166, 4294967295, 149, 29, 14, 131, 92, 142, 182,
            125, 122, 61, 64, 58, 150, 20, 129, 37, 54, 159, 180, 65, 156, 106, 45,
            4294967295, 4294967295, 53, 51, 177, 175, 4294967295, 176, 148, 83, 91, 171,
            4294967295, 78, 77, 168, 74, 11, 86, 154, 170, 179, 40, 41, 146, 121, 99,
            124, 7, 10, 118, 57, 79, 132, 5, 56, 116, 35, 93, 164, 102, 145, 163, 94,
            178, 43, 4294967295, 23, 26, 76, 160, 87, 0, 68, 17, 4, 49, 97, 67, 19, 127,
            46, 126, 21, 27, 114, 81, 137, 109, 4294967295, 115, 133, 101, 120,
            4294967295, 71, 55, 4294967295, 32, 165, 73, 4294967295, 157, 112, 113, 59,
            158, 173, 108, 161, 104, 143, 69, 4294967295, 47, 44, 119, 4294967295, 82,
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
    const PROVIDER: &'static str = "Tencent Cloud CPDP";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CPDP's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CPDP: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
