// @generated from catalogs/tencent/tbaas.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TBAAS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TBAAS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation.
    AuthFailureUnauthorizedOperation,
    /// `FailedOperation.BaaSStopServing`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: baa s stop serving.
    FailedOperationBaaSStopServing,
    /// `FailedOperation.BcosService`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: bcos service.
    FailedOperationBcosService,
    /// `FailedOperation.CaCheckCsr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ca check csr.
    FailedOperationCaCheckCsr,
    /// `FailedOperation.CaDbOption`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ca db option.
    FailedOperationCaDbOption,
    /// `FailedOperation.CaExsit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ca exsit.
    FailedOperationCaExsit,
    /// `FailedOperation.CaGenkey`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ca genkey.
    FailedOperationCaGenkey,
    /// `FailedOperation.CaInit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ca init.
    FailedOperationCaInit,
    /// `FailedOperation.CaInputParam`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ca input param.
    FailedOperationCaInputParam,
    /// `FailedOperation.CaNoExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ca no exist.
    FailedOperationCaNoExist,
    /// `FailedOperation.CaRevoke`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ca revoke.
    FailedOperationCaRevoke,
    /// `FailedOperation.CaRootNonExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ca root non exist.
    FailedOperationCaRootNonExist,
    /// `FailedOperation.CaService`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ca service.
    FailedOperationCaService,
    /// `FailedOperation.CaSignCert`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ca sign cert.
    FailedOperationCaSignCert,
    /// `FailedOperation.CaYunApiApplyCert`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ca yun api apply cert.
    FailedOperationCaYunApiApplyCert,
    /// `FailedOperation.CaYunApiCommon`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ca yun api common.
    FailedOperationCaYunApiCommon,
    /// `FailedOperation.ChainMakerChaincodeInvokeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: chain maker chaincode invoke failed.
    FailedOperationChainMakerChaincodeInvokeFailed,
    /// `FailedOperation.ChainMakerChaincodeQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: chain maker chaincode query failed.
    FailedOperationChainMakerChaincodeQueryFailed,
    /// `FailedOperation.CompileDeployedContract`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: compile deployed contract.
    FailedOperationCompileDeployedContract,
    /// `FailedOperation.CompileDeployingContract`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: compile deploying contract.
    FailedOperationCompileDeployingContract,
    /// `FailedOperation.ContractEditedByOtherAgency`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: contract edited by other agency.
    FailedOperationContractEditedByOtherAgency,
    /// `FailedOperation.DatabaseException`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: database exception.
    FailedOperationDatabaseException,
    /// `FailedOperation.DeleteDeployedContract`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete deployed contract.
    FailedOperationDeleteDeployedContract,
    /// `FailedOperation.DeleteDeployingContract`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete deploying contract.
    FailedOperationDeleteDeployingContract,
    /// `FailedOperation.DeployContractNotCompile`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: deploy contract not compile.
    FailedOperationDeployContractNotCompile,
    /// `FailedOperation.FabricBlockDetail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fabric block detail.
    FailedOperationFabricBlockDetail,
    /// `FailedOperation.FabricBlockNoExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fabric block no exist.
    FailedOperationFabricBlockNoExist,
    /// `FailedOperation.FabricBlockQuery`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fabric block query.
    FailedOperationFabricBlockQuery,
    /// `FailedOperation.FabricChaincodeInvokeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fabric chaincode invoke failed.
    FailedOperationFabricChaincodeInvokeFailed,
    /// `FailedOperation.FabricChaincodeNoExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fabric chaincode no exist.
    FailedOperationFabricChaincodeNoExist,
    /// `FailedOperation.FabricChaincodeQueryFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fabric chaincode query failed.
    FailedOperationFabricChaincodeQueryFailed,
    /// `FailedOperation.FabricCommit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fabric commit.
    FailedOperationFabricCommit,
    /// `FailedOperation.FabricEventHub`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fabric event hub.
    FailedOperationFabricEventHub,
    /// `FailedOperation.FabricProposal`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fabric proposal.
    FailedOperationFabricProposal,
    /// `FailedOperation.FabricRequestParams`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fabric request params.
    FailedOperationFabricRequestParams,
    /// `FailedOperation.FabricRequstParams`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fabric requst params.
    FailedOperationFabricRequstParams,
    /// `FailedOperation.FabricTransactionDetail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fabric transaction detail.
    FailedOperationFabricTransactionDetail,
    /// `FailedOperation.FabricTransactionNoExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fabric transaction no exist.
    FailedOperationFabricTransactionNoExist,
    /// `FailedOperation.FabricTransactionQuery`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fabric transaction query.
    FailedOperationFabricTransactionQuery,
    /// `FailedOperation.FabricTxIdQuery`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fabric tx id query.
    FailedOperationFabricTxIdQuery,
    /// `FailedOperation.FabricTxInvoke`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fabric tx invoke.
    FailedOperationFabricTxInvoke,
    /// `FailedOperation.FabricTxQuery`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fabric tx query.
    FailedOperationFabricTxQuery,
    /// `FailedOperation.FabricTxQueryNone`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: fabric tx query none.
    FailedOperationFabricTxQueryNone,
    /// `FailedOperation.FrontRequestFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: front request fail.
    FailedOperationFrontRequestFail,
    /// `FailedOperation.GroupIllegal`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: group illegal.
    FailedOperationGroupIllegal,
    /// `FailedOperation.InvalidAuth`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid auth.
    FailedOperationInvalidAuth,
    /// `FailedOperation.InvalidGroupPk`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid group pk.
    FailedOperationInvalidGroupPk,
    /// `FailedOperation.InvalidKeyUser`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid key user.
    FailedOperationInvalidKeyUser,
    /// `FailedOperation.InvalidOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid operation.
    FailedOperationInvalidOperation,
    /// `FailedOperation.ManageService`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: manage service.
    FailedOperationManageService,
    /// `FailedOperation.NewContract`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: new contract.
    FailedOperationNewContract,
    /// `FailedOperation.NoChainCodeChannel`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no chain code channel.
    FailedOperationNoChainCodeChannel,
    /// `FailedOperation.NoChainCodeGroup`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no chain code group.
    FailedOperationNoChainCodeGroup,
    /// `FailedOperation.NoChainCodePeer`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no chain code peer.
    FailedOperationNoChainCodePeer,
    /// `FailedOperation.NoChannelGroup`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no channel group.
    FailedOperationNoChannelGroup,
    /// `FailedOperation.NoChannelPeer`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no channel peer.
    FailedOperationNoChannelPeer,
    /// `FailedOperation.NoObject`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no object.
    FailedOperationNoObject,
    /// `FailedOperation.NoPeer`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no peer.
    FailedOperationNoPeer,
    /// `FailedOperation.NotDeployedContract`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not deployed contract.
    FailedOperationNotDeployedContract,
    /// `FailedOperation.ServiceFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: service failed.
    FailedOperationServiceFailed,
    /// `FailedOperation.StatusNoMatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: status no match.
    FailedOperationStatusNoMatch,
    /// `FailedOperation.TimeOutUrl`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: time out url.
    FailedOperationTimeOutUrl,
    /// `FailedOperation.TransactionTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: transaction timeout.
    FailedOperationTransactionTimeout,
    /// `FailedOperation.UserAuthType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user auth type.
    FailedOperationUserAuthType,
    /// `FailedOperation.UserInBlackList`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user in black list.
    FailedOperationUserInBlackList,
    /// `FailedOperation.UserNoJoinDemoCluster`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user no join demo cluster.
    FailedOperationUserNoJoinDemoCluster,
    /// `InternalError.DBError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DB error.
    InternalErrorDbError,
    /// `InternalError.FailUrl`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: fail url.
    InternalErrorFailUrl,
    /// `InternalError.FlaskException`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: flask exception.
    InternalErrorFlaskException,
    /// `InternalError.InvalidContractParam`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: invalid contract param.
    InternalErrorInvalidContractParam,
    /// `InternalError.MethodTypeNotSupport`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: method type not support.
    InternalErrorMethodTypeNotSupport,
    /// `InternalError.NoDefineError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: no define error.
    InternalErrorNoDefineError,
    /// `InternalError.ServerError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: server error.
    InternalErrorServerError,
    /// `InternalError.ServerException`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: server exception.
    InternalErrorServerException,
    /// `InternalError.ServiceError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: service error.
    InternalErrorServiceError,
    /// `InternalError.ServicePanic`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: service panic.
    InternalErrorServicePanic,
    /// `InternalError.TransactionService`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: transaction service.
    InternalErrorTransactionService,
    /// `InternalError.UnknownError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unknown error.
    InternalErrorUnknownError,
    /// `InvalidParameter.AccountParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: account param error.
    InvalidParameterAccountParamError,
    /// `InvalidParameter.AgencyInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: agency invalid.
    InvalidParameterAgencyInvalid,
    /// `InvalidParameter.AgencyNetParamInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: agency net param invalid.
    InvalidParameterAgencyNetParamInvalid,
    /// `InvalidParameter.AllianceIdOfNetEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: alliance id of net empty.
    InvalidParameterAllianceIdOfNetEmpty,
    /// `InvalidParameter.ContractIdInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: contract id invalid.
    InvalidParameterContractIdInvalid,
    /// `InvalidParameter.DataHadExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: data had exist.
    InvalidParameterDataHadExist,
    /// `InvalidParameter.EmptyParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: empty param.
    InvalidParameterEmptyParam,
    /// `InvalidParameter.ExpireTimeInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: expire time invalid.
    InvalidParameterExpireTimeInvalid,
    /// `InvalidParameter.FrontConnFail`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: front conn fail.
    InvalidParameterFrontConnFail,
    /// `InvalidParameter.FrontIpInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: front ip invalid.
    InvalidParameterFrontIpInvalid,
    /// `InvalidParameter.FrontParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: front param error.
    InvalidParameterFrontParamError,
    /// `InvalidParameter.FrontRequestFail`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: front request fail.
    InvalidParameterFrontRequestFail,
    /// `InvalidParameter.InputDataViolation`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: input data violation.
    InvalidParameterInputDataViolation,
    /// `InvalidParameter.InvalidContractArg`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid contract arg.
    InvalidParameterInvalidContractArg,
    /// `InvalidParameter.NetIdInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: net id invalid.
    InvalidParameterNetIdInvalid,
    /// `InvalidParameter.NetParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: net param error.
    InvalidParameterNetParamError,
    /// `InvalidParameter.NewKeyUserParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: new key user param error.
    InvalidParameterNewKeyUserParamError,
    /// `InvalidParameter.NoInfoToDelete`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: no info to delete.
    InvalidParameterNoInfoToDelete,
    /// `InvalidParameter.NotFoundValidFront`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: not found valid front.
    InvalidParameterNotFoundValidFront,
    /// `InvalidParameter.ReDeployedContract`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: re deployed contract.
    InvalidParameterReDeployedContract,
    /// `InvalidParameter.ReDeployingContract`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: re deploying contract.
    InvalidParameterReDeployingContract,
    /// `InvalidParameter.RoleInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: role invalid.
    InvalidParameterRoleInvalid,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.IllegalFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal format.
    InvalidParameterValueIllegalFormat,
    /// `InvalidParameterValue.IllegalValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal value.
    InvalidParameterValueIllegalValue,
    /// `InvalidParameterValue.ParameterEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter empty.
    InvalidParameterValueParameterEmpty,
    /// `MissingParameter.EmptyParam`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: empty param.
    MissingParameterEmptyParam,
    /// `OperationDenied.NotOwner`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: not owner.
    OperationDeniedNotOwner,
    /// `ResourceNotFound.EmptyData`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: empty data.
    ResourceNotFoundEmptyData,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 108] = [
        "AuthFailure",
        "AuthFailure.UnauthorizedOperation",
        "FailedOperation.BaaSStopServing",
        "FailedOperation.BcosService",
        "FailedOperation.CaCheckCsr",
        "FailedOperation.CaDbOption",
        "FailedOperation.CaExsit",
        "FailedOperation.CaGenkey",
        "FailedOperation.CaInit",
        "FailedOperation.CaInputParam",
        "FailedOperation.CaNoExist",
        "FailedOperation.CaRevoke",
        "FailedOperation.CaRootNonExist",
        "FailedOperation.CaService",
        "FailedOperation.CaSignCert",
        "FailedOperation.CaYunApiApplyCert",
        "FailedOperation.CaYunApiCommon",
        "FailedOperation.ChainMakerChaincodeInvokeFailed",
        "FailedOperation.ChainMakerChaincodeQueryFailed",
        "FailedOperation.CompileDeployedContract",
        "FailedOperation.CompileDeployingContract",
        "FailedOperation.ContractEditedByOtherAgency",
        "FailedOperation.DatabaseException",
        "FailedOperation.DeleteDeployedContract",
        "FailedOperation.DeleteDeployingContract",
        "FailedOperation.DeployContractNotCompile",
        "FailedOperation.FabricBlockDetail",
        "FailedOperation.FabricBlockNoExist",
        "FailedOperation.FabricBlockQuery",
        "FailedOperation.FabricChaincodeInvokeFailed",
        "FailedOperation.FabricChaincodeNoExist",
        "FailedOperation.FabricChaincodeQueryFailed",
        "FailedOperation.FabricCommit",
        "FailedOperation.FabricEventHub",
        "FailedOperation.FabricProposal",
        "FailedOperation.FabricRequestParams",
        "FailedOperation.FabricRequstParams",
        "FailedOperation.FabricTransactionDetail",
        "FailedOperation.FabricTransactionNoExist",
        "FailedOperation.FabricTransactionQuery",
        "FailedOperation.FabricTxIdQuery",
        "FailedOperation.FabricTxInvoke",
        "FailedOperation.FabricTxQuery",
        "FailedOperation.FabricTxQueryNone",
        "FailedOperation.FrontRequestFail",
        "FailedOperation.GroupIllegal",
        "FailedOperation.InvalidAuth",
        "FailedOperation.InvalidGroupPk",
        "FailedOperation.InvalidKeyUser",
        "FailedOperation.InvalidOperation",
        "FailedOperation.ManageService",
        "FailedOperation.NewContract",
        "FailedOperation.NoChainCodeChannel",
        "FailedOperation.NoChainCodeGroup",
        "FailedOperation.NoChainCodePeer",
        "FailedOperation.NoChannelGroup",
        "FailedOperation.NoChannelPeer",
        "FailedOperation.NoObject",
        "FailedOperation.NoPeer",
        "FailedOperation.NotDeployedContract",
        "FailedOperation.ServiceFailed",
        "FailedOperation.StatusNoMatch",
        "FailedOperation.TimeOutUrl",
        "FailedOperation.TransactionTimeout",
        "FailedOperation.UserAuthType",
        "FailedOperation.UserInBlackList",
        "FailedOperation.UserNoJoinDemoCluster",
        "InternalError.DBError",
        "InternalError.FailUrl",
        "InternalError.FlaskException",
        "InternalError.InvalidContractParam",
        "InternalError.MethodTypeNotSupport",
        "InternalError.NoDefineError",
        "InternalError.ServerError",
        "InternalError.ServerException",
        "InternalError.ServiceError",
        "InternalError.ServicePanic",
        "InternalError.TransactionService",
        "InternalError.UnknownError",
        "InvalidParameter.AccountParamError",
        "InvalidParameter.AgencyInvalid",
        "InvalidParameter.AgencyNetParamInvalid",
        "InvalidParameter.AllianceIdOfNetEmpty",
        "InvalidParameter.ContractIdInvalid",
        "InvalidParameter.DataHadExist",
        "InvalidParameter.EmptyParam",
        "InvalidParameter.ExpireTimeInvalid",
        "InvalidParameter.FrontConnFail",
        "InvalidParameter.FrontIpInvalid",
        "InvalidParameter.FrontParamError",
        "InvalidParameter.FrontRequestFail",
        "InvalidParameter.InputDataViolation",
        "InvalidParameter.InvalidContractArg",
        "InvalidParameter.NetIdInvalid",
        "InvalidParameter.NetParamError",
        "InvalidParameter.NewKeyUserParamError",
        "InvalidParameter.NoInfoToDelete",
        "InvalidParameter.NotFoundValidFront",
        "InvalidParameter.ReDeployedContract",
        "InvalidParameter.ReDeployingContract",
        "InvalidParameter.RoleInvalid",
        "InvalidParameterValue",
        "InvalidParameterValue.IllegalFormat",
        "InvalidParameterValue.IllegalValue",
        "InvalidParameterValue.ParameterEmpty",
        "MissingParameter.EmptyParam",
        "OperationDenied.NotOwner",
        "ResourceNotFound.EmptyData",
    ];
    static NAME_CODES: [u32; 1] = [67];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InternalErrorDbError",
        ends: &[0, 20],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: unauthorized operation.The operation failed: baa s stop serving.The operation failed: bcos service.The operation failed: ca check csr.The operation failed: ca db option.The operation failed: ca exsit.The operation failed: ca genkey.The operation failed: ca init.The operation failed: ca input param.The operation failed: ca no exist.The operation failed: ca revoke.The operation failed: ca root non exist.The operation failed: ca service.The operation failed: ca sign cert.The operation failed: ca yun api apply cert.The operation failed: ca yun api common.The operation failed: chain maker chaincode invoke failed.The operation failed: chain maker chaincode query failed.The operation failed: compile deployed contract.The operation failed: compile deploying contract.The operation failed: contract edited by other agency.The operation failed: database exception.The operation failed: delete deployed contract.The operation failed: delete deploying contract.The operation failed: deploy contract not compile.The operation failed: fabric block detail.The operation failed: fabric block no exist.The operation failed: fabric block query.The operation failed: fabric chaincode invoke failed.The operation failed: fabric chaincode no exist.The operation failed: fabric chaincode query failed.The operation failed: fabric commit.The operation failed: fabric event hub.The operation failed: fabric proposal.The operation failed: fabric request params.The operation failed: fabric requst params.The operation failed: fabric transaction detail.The operation failed: fabric transaction no exist.The operation failed: fabric transaction query.The operation failed: fabric tx id query.The operation failed: fabric tx invoke.The operation failed: fabric tx query.The operation failed: fabric tx query none.The operation failed: front request fail.The operation failed: group illegal.The operation failed: invalid auth.The operation failed: invalid group pk.The operation failed: invalid key user.The operation failed: invalid operation.The operation failed: manage service.The operation failed: new contract.The operation failed: no chain code channel.The operation failed: no chain code group.The operation failed: no chain code peer.The operation failed: no channel group.The operation failed: no channel peer.The operation failed: no object.The operation failed: no peer.The operation failed: not deployed contract.The operation failed: service failed.The operation failed: status no match.The operation failed: time out url.The operation failed: transaction timeout.The operation failed: user auth type.The operation failed: user in black list.The operation failed: user no join demo cluster.An internal error occurred: DB error.An internal error occurred: fail url.An internal error occurred: flask exception.An internal error occurred: invalid contract param.An internal error occurred: method type not support.An internal error occurred: no define error.An internal error occurred: server error.An internal error occurred: server exception.An internal error occurred: service error.An internal error occurred: service panic.An internal error occurred: transaction service.An internal error occurred: unknown error.A parameter is invalid: account param error.A parameter is invalid: agency invalid.A parameter is invalid: agency net param invalid.A parameter is invalid: alliance id of net empty.A parameter is invalid: contract id invalid.A parameter is invalid: data had exist.A parameter is invalid: empty param.A parameter is invalid: expire time invalid.A parameter is invalid: front conn fail.A parameter is invalid: front ip invalid.A parameter is invalid: front param error.A parameter is invalid: front request fail.A parameter is invalid: input data violation.A parameter is invalid: invalid contract arg.A parameter is invalid: net id invalid.A parameter is invalid: net param error.A parameter is invalid: new key user param error.A parameter is invalid: no info to delete.A parameter is invalid: not found valid front.A parameter is invalid: re deployed contract.A parameter is invalid: re deploying contract.A parameter is invalid: role invalid.A parameter value is invalid.A parameter value is invalid: illegal format.A parameter value is invalid: illegal value.A parameter value is invalid: parameter empty.A required parameter is missing: empty param.The operation was denied: not owner.The resource was not found: empty data.",
        ends: &[
            0, 22, 68, 109, 144, 179, 214, 245, 277, 307, 344, 378, 410, 450, 483, 518,
            562, 602, 660, 717, 765, 814, 868, 909, 956, 1004, 1054, 1096, 1140, 1181,
            1234, 1282, 1334, 1370, 1409, 1447, 1491, 1534, 1582, 1632, 1679, 1720, 1759,
            1797, 1840, 1881, 1917, 1952, 1991, 2030, 2070, 2107, 2142, 2186, 2228, 2269,
            2308, 2346, 2378, 2408, 2452, 2489, 2527, 2562, 2604, 2641, 2682, 2730, 2767,
            2804, 2848, 2899, 2951, 2995, 3036, 3081, 3123, 3165, 3213, 3255, 3299, 3338,
            3387, 3436, 3480, 3519, 3555, 3599, 3639, 3680, 3722, 3765, 3810, 3855, 3894,
            3934, 3983, 4025, 4071, 4116, 4162, 4199, 4228, 4273, 4317, 4363, 4408, 4444,
            4483,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 108] = ::cloud_errors::__private::retry_column(
        b"acaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaca",
    );
    static CATEGORY: [::cloud_errors::Category; 108] = ::cloud_errors::__private::category_column(
        b"bpiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimmmmmmmmmmmmcccccccccccccccccccccccccccge",
    );
    static PILOTS: [u16; 27] = [
        17, 9, 12, 0, 85, 10, 28, 27, 66, 26, 8, 0, 0, 90, 3, 2, 0, 4, 15, 14, 224, 36,
        5, 28, 9, 90, 0,
    ];
    static SLOTS: [(&str, u32); 120] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            27, 88, 68, 91, 101, 79, 18, 87, 45, 35, 4294967295, 32, 66, 60, 4294967295,
            58, 49, 95, 19, 84, 4294967295, 23, 47, 53, 16, 41, 42, 80, 20, 9, 13, 28,
            74, 65, 98, 83, 102, 44, 76, 96, 12, 40, 54, 4294967295, 82, 90, 4294967295,
            48, 86, 4294967295, 38, 107, 52, 36, 51, 24, 85, 4294967295, 26, 8, 75, 104,
            43, 4294967295, 30, 39, 25, 61, 64, 21, 56, 62, 81, 3, 103, 4294967295, 100,
            4, 4294967295, 15, 105, 89, 17, 29, 4294967295, 106, 33, 7, 78, 70, 14, 94,
            2, 50, 1, 72, 22, 99, 73, 11, 77, 71, 5, 63, 67, 92, 0, 34, 55, 37, 93, 57,
            10, 31, 97, 4294967295, 46, 6, 69, 59,
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
    const PROVIDER: &'static str = "Tencent Cloud TBAAS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TBAAS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TBAAS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
