// @generated from catalogs/tencent/ssl.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud SSL: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud SSL: a variant per documented code,
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
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AuthError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: auth error.
    FailedOperationAuthError,
    /// `FailedOperation.BoundResources`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: bound resources.
    FailedOperationBoundResources,
    /// `FailedOperation.CAMAuthorizedFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: CAM authorized fail.
    FailedOperationCamAuthorizedFail,
    /// `FailedOperation.CancelAuditCertificateFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cancel audit certificate failed.
    FailedOperationCancelAuditCertificateFailed,
    /// `FailedOperation.CancelOrderFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cancel order failed.
    FailedOperationCancelOrderFailed,
    /// `FailedOperation.CannotBeDeletedIssued`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cannot be deleted issued.
    FailedOperationCannotBeDeletedIssued,
    /// `FailedOperation.CannotBeDeletedWithinHour`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cannot be deleted within hour.
    FailedOperationCannotBeDeletedWithinHour,
    /// `FailedOperation.CannotGetOrder`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cannot get order.
    FailedOperationCannotGetOrder,
    /// `FailedOperation.CertificateCaError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate ca error.
    FailedOperationCertificateCaError,
    /// `FailedOperation.CertificateCancelFailedMulti`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate cancel failed multi.
    FailedOperationCertificateCancelFailedMulti,
    /// `FailedOperation.CertificateChainError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate chain error.
    FailedOperationCertificateChainError,
    /// `FailedOperation.CertificateCsrParseFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate csr parse failed.
    FailedOperationCertificateCsrParseFailed,
    /// `FailedOperation.CertificateDeployDetailRollbackStatusInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate deploy detail rollback status invalid.
    FailedOperationCertificateDeployDetailRollbackStatusInvalid,
    /// `FailedOperation.CertificateDeployHasPendingRecord`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate deploy has pending record.
    FailedOperationCertificateDeployHasPendingRecord,
    /// `FailedOperation.CertificateDeployInstanceEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate deploy instance empty.
    FailedOperationCertificateDeployInstanceEmpty,
    /// `FailedOperation.CertificateDeployInstanceFormatError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate deploy instance format error.
    FailedOperationCertificateDeployInstanceFormatError,
    /// `FailedOperation.CertificateDeployNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate deploy not exist.
    FailedOperationCertificateDeployNotExist,
    /// `FailedOperation.CertificateDeployRetryStatusInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate deploy retry status invalid.
    FailedOperationCertificateDeployRetryStatusInvalid,
    /// `FailedOperation.CertificateDeployRollbackStatusInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate deploy rollback status invalid.
    FailedOperationCertificateDeployRollbackStatusInvalid,
    /// `FailedOperation.CertificateDownloadServiceTypeNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate download service type not support.
    FailedOperationCertificateDownloadServiceTypeNotSupport,
    /// `FailedOperation.CertificateEncryptInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate encrypt invalid.
    FailedOperationCertificateEncryptInvalid,
    /// `FailedOperation.CertificateExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate exists.
    FailedOperationCertificateExists,
    /// `FailedOperation.CertificateHostDeployCanNotAllow`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate host deploy can not allow.
    FailedOperationCertificateHostDeployCanNotAllow,
    /// `FailedOperation.CertificateHostResourceInnerInterrupt`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate host resource inner interrupt.
    FailedOperationCertificateHostResourceInnerInterrupt,
    /// `FailedOperation.CertificateHostResourceInstanceHugeLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate host resource instance huge limit.
    FailedOperationCertificateHostResourceInstanceHugeLimit,
    /// `FailedOperation.CertificateHostResourceTypeInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate host resource type invalid.
    FailedOperationCertificateHostResourceTypeInvalid,
    /// `FailedOperation.CertificateInfoSubmitContactEmailEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate info submit contact email empty.
    FailedOperationCertificateInfoSubmitContactEmailEmpty,
    /// `FailedOperation.CertificateInfoSubmitDomainInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate info submit domain invalid.
    FailedOperationCertificateInfoSubmitDomainInvalid,
    /// `FailedOperation.CertificateInfoSubmitStatusInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate info submit status invalid.
    FailedOperationCertificateInfoSubmitStatusInvalid,
    /// `FailedOperation.CertificateInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate invalid.
    FailedOperationCertificateInvalid,
    /// `FailedOperation.CertificateMatchError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate match error.
    FailedOperationCertificateMatchError,
    /// `FailedOperation.CertificateMismatch`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate mismatch.
    FailedOperationCertificateMismatch,
    /// `FailedOperation.CertificateNotAllowDownload`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate not allow download.
    FailedOperationCertificateNotAllowDownload,
    /// `FailedOperation.CertificateNotAvailable`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate not available.
    FailedOperationCertificateNotAvailable,
    /// `FailedOperation.CertificateNotDeployInstance`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate not deploy instance.
    FailedOperationCertificateNotDeployInstance,
    /// `FailedOperation.CertificateNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate not found.
    FailedOperationCertificateNotFound,
    /// `FailedOperation.CertificateNotFoundOrAudited`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate not found or audited.
    FailedOperationCertificateNotFoundOrAudited,
    /// `FailedOperation.CertificateNotFoundOrCantCancel`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate not found or cant cancel.
    FailedOperationCertificateNotFoundOrCantCancel,
    /// `FailedOperation.CertificateOrderSubmitProcessing`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate order submit processing.
    FailedOperationCertificateOrderSubmitProcessing,
    /// `FailedOperation.CertificateOrderSubmitRootCAInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate order submit root CA invalid.
    FailedOperationCertificateOrderSubmitRootCaInvalid,
    /// `FailedOperation.CertificateParseError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate parse error.
    FailedOperationCertificateParseError,
    /// `FailedOperation.CertificatePreVerifyEmailInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate pre verify email invalid.
    FailedOperationCertificatePreVerifyEmailInvalid,
    /// `FailedOperation.CertificateStatusNotAllowDownload`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate status not allow download.
    FailedOperationCertificateStatusNotAllowDownload,
    /// `FailedOperation.CertificateStatusNotAllowResubmit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate status not allow resubmit.
    FailedOperationCertificateStatusNotAllowResubmit,
    /// `FailedOperation.CertificateStatusNotAllowVerify`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate status not allow verify.
    FailedOperationCertificateStatusNotAllowVerify,
    /// `FailedOperation.CertificateSubmitHostingCertError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate submit hosting cert error.
    FailedOperationCertificateSubmitHostingCertError,
    /// `FailedOperation.CertificateSyncTaskCertificateIdCountInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate sync task certificate id count invalid.
    FailedOperationCertificateSyncTaskCertificateIdCountInvalid,
    /// `FailedOperation.CertificateSyncTaskIdInvalid`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate sync task id invalid.
    FailedOperationCertificateSyncTaskIdInvalid,
    /// `FailedOperation.CertificateTypeInfoNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate type info not found.
    FailedOperationCertificateTypeInfoNotFound,
    /// `FailedOperation.CertificateWhiteFuncError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: certificate white func error.
    FailedOperationCertificateWhiteFuncError,
    /// `FailedOperation.ConfirmLetterTooLarge`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: confirm letter too large.
    FailedOperationConfirmLetterTooLarge,
    /// `FailedOperation.ConfirmLetterTooSmall`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: confirm letter too small.
    FailedOperationConfirmLetterTooSmall,
    /// `FailedOperation.DeleteFailedTimeNotUp`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete failed time not up.
    FailedOperationDeleteFailedTimeNotUp,
    /// `FailedOperation.DeleteResourceFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete resource failed.
    FailedOperationDeleteResourceFailed,
    /// `FailedOperation.ExceedsFreeLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: exceeds free limit.
    FailedOperationExceedsFreeLimit,
    /// `FailedOperation.FileTooLarge`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: file too large.
    FailedOperationFileTooLarge,
    /// `FailedOperation.FileTooSmall`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: file too small.
    FailedOperationFileTooSmall,
    /// `FailedOperation.GenCSRFail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: gen CSR fail.
    FailedOperationGenCsrFail,
    /// `FailedOperation.IllegalManagerStatus`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: illegal manager status.
    FailedOperationIllegalManagerStatus,
    /// `FailedOperation.InvalidCertificateSource`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid certificate source.
    FailedOperationInvalidCertificateSource,
    /// `FailedOperation.InvalidCertificateStatusCode`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid certificate status code.
    FailedOperationInvalidCertificateStatusCode,
    /// `FailedOperation.InvalidConfirmLetterFormat`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid confirm letter format.
    FailedOperationInvalidConfirmLetterFormat,
    /// `FailedOperation.InvalidConfirmLetterFormatWosign`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid confirm letter format wosign.
    FailedOperationInvalidConfirmLetterFormatWosign,
    /// `FailedOperation.InvalidFileType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid file type.
    FailedOperationInvalidFileType,
    /// `FailedOperation.InvalidParam`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid param.
    FailedOperationInvalidParam,
    /// `FailedOperation.MainDomainCertificateCountLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: main domain certificate count limit.
    FailedOperationMainDomainCertificateCountLimit,
    /// `FailedOperation.ManagerCanNotDeleteCa`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: manager can not delete ca.
    FailedOperationManagerCanNotDeleteCa,
    /// `FailedOperation.ManagerCanNotDeleteCert`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: manager can not delete cert.
    FailedOperationManagerCanNotDeleteCert,
    /// `FailedOperation.NetworkError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: network error.
    FailedOperationNetworkError,
    /// `FailedOperation.NoProjectPermission`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no project permission.
    FailedOperationNoProjectPermission,
    /// `FailedOperation.NoRealNameAuth`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no real name auth.
    FailedOperationNoRealNameAuth,
    /// `FailedOperation.OrderAlreadyReplaced`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: order already replaced.
    FailedOperationOrderAlreadyReplaced,
    /// `FailedOperation.OrderReplaceFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: order replace failed.
    FailedOperationOrderReplaceFailed,
    /// `FailedOperation.PackageCountLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: package count limit.
    FailedOperationPackageCountLimit,
    /// `FailedOperation.PackageExpired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: package expired.
    FailedOperationPackageExpired,
    /// `FailedOperation.PackageNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: package not found.
    FailedOperationPackageNotFound,
    /// `FailedOperation.RenewNotIssued`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: renew not issued.
    FailedOperationRenewNotIssued,
    /// `FailedOperation.RevokeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: revoke failed.
    FailedOperationRevokeFailed,
    /// `FailedOperation.RevokeResourceFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: revoke resource failed.
    FailedOperationRevokeResourceFailed,
    /// `FailedOperation.RoleNotFoundAuthorization`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: role not found authorization.
    FailedOperationRoleNotFoundAuthorization,
    /// `FailedOperation.SystemError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: system error.
    FailedOperationSystemError,
    /// `FailedOperation.TradeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: trade error.
    FailedOperationTradeError,
    /// `FailedOperation.UploadConfirmCertificateNotSupport`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: upload confirm certificate not support.
    FailedOperationUploadConfirmCertificateNotSupport,
    /// `FailedOperation.UploadConfirmCertificateNotSupportDV`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: upload confirm certificate not support DV.
    FailedOperationUploadConfirmCertificateNotSupportDv,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.BackendResponseEmpty`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: backend response empty.
    InternalErrorBackendResponseEmpty,
    /// `InternalError.BackendResponseError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: backend response error.
    InternalErrorBackendResponseError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.CertificateIdNumberLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: certificate id number limit.
    InvalidParameterCertificateIdNumberLimit,
    /// `InvalidParameter.CertificateStatusNotAllowResubmit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: certificate status not allow resubmit.
    InvalidParameterCertificateStatusNotAllowResubmit,
    /// `InvalidParameter.CertificatesNumberExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: certificates number exceeded.
    InvalidParameterCertificatesNumberExceeded,
    /// `InvalidParameter.ContainsInvalidCertificateId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: contains invalid certificate id.
    InvalidParameterContainsInvalidCertificateId,
    /// `InvalidParameter.DomainCountInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain count invalid.
    InvalidParameterDomainCountInvalid,
    /// `InvalidParameter.DomainInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain invalid.
    InvalidParameterDomainInvalid,
    /// `InvalidParameter.MissMatchPrivateKey`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: miss match private key.
    InvalidParameterMissMatchPrivateKey,
    /// `InvalidParameter.PackageIdsInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: package ids invalid.
    InvalidParameterPackageIdsInvalid,
    /// `InvalidParameter.PeriodInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: period invalid.
    InvalidParameterPeriodInvalid,
    /// `InvalidParameter.ProductPidInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: product pid invalid.
    InvalidParameterProductPidInvalid,
    /// `InvalidParameter.RegionNotEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: region not empty.
    InvalidParameterRegionNotEmpty,
    /// `InvalidParameter.RenewAlgorithmInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: renew algorithm invalid.
    InvalidParameterRenewAlgorithmInvalid,
    /// `InvalidParameter.RenewCsrInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: renew csr invalid.
    InvalidParameterRenewCsrInvalid,
    /// `InvalidParameter.RenewGenCsrMethodInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: renew gen csr method invalid.
    InvalidParameterRenewGenCsrMethodInvalid,
    /// `InvalidParameter.WithDetailReason`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: with detail reason.
    InvalidParameterWithDetailReason,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.CertificateDomainMaxLengthInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: certificate domain max length invalid.
    InvalidParameterValueCertificateDomainMaxLengthInvalid,
    /// `InvalidParameterValue.CertificateEmailParseInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: certificate email parse invalid.
    InvalidParameterValueCertificateEmailParseInvalid,
    /// `InvalidParameterValue.IntermediateCertNotSame`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: intermediate cert not same.
    InvalidParameterValueIntermediateCertNotSame,
    /// `LimitExceeded.RateLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: rate limit exceeded.
    LimitExceededRateLimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `ResourceNotFound.Manager`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: manager.
    ResourceNotFoundManager,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 115] = [
        "AuthFailure",
        "AuthFailure.UnauthorizedOperation",
        "FailedOperation",
        "FailedOperation.AuthError",
        "FailedOperation.BoundResources",
        "FailedOperation.CAMAuthorizedFail",
        "FailedOperation.CancelAuditCertificateFailed",
        "FailedOperation.CancelOrderFailed",
        "FailedOperation.CannotBeDeletedIssued",
        "FailedOperation.CannotBeDeletedWithinHour",
        "FailedOperation.CannotGetOrder",
        "FailedOperation.CertificateCaError",
        "FailedOperation.CertificateCancelFailedMulti",
        "FailedOperation.CertificateChainError",
        "FailedOperation.CertificateCsrParseFailed",
        "FailedOperation.CertificateDeployDetailRollbackStatusInvalid",
        "FailedOperation.CertificateDeployHasPendingRecord",
        "FailedOperation.CertificateDeployInstanceEmpty",
        "FailedOperation.CertificateDeployInstanceFormatError",
        "FailedOperation.CertificateDeployNotExist",
        "FailedOperation.CertificateDeployRetryStatusInvalid",
        "FailedOperation.CertificateDeployRollbackStatusInvalid",
        "FailedOperation.CertificateDownloadServiceTypeNotSupport",
        "FailedOperation.CertificateEncryptInvalid",
        "FailedOperation.CertificateExists",
        "FailedOperation.CertificateHostDeployCanNotAllow",
        "FailedOperation.CertificateHostResourceInnerInterrupt",
        "FailedOperation.CertificateHostResourceInstanceHugeLimit",
        "FailedOperation.CertificateHostResourceTypeInvalid",
        "FailedOperation.CertificateInfoSubmitContactEmailEmpty",
        "FailedOperation.CertificateInfoSubmitDomainInvalid",
        "FailedOperation.CertificateInfoSubmitStatusInvalid",
        "FailedOperation.CertificateInvalid",
        "FailedOperation.CertificateMatchError",
        "FailedOperation.CertificateMismatch",
        "FailedOperation.CertificateNotAllowDownload",
        "FailedOperation.CertificateNotAvailable",
        "FailedOperation.CertificateNotDeployInstance",
        "FailedOperation.CertificateNotFound",
        "FailedOperation.CertificateNotFoundOrAudited",
        "FailedOperation.CertificateNotFoundOrCantCancel",
        "FailedOperation.CertificateOrderSubmitProcessing",
        "FailedOperation.CertificateOrderSubmitRootCAInvalid",
        "FailedOperation.CertificateParseError",
        "FailedOperation.CertificatePreVerifyEmailInvalid",
        "FailedOperation.CertificateStatusNotAllowDownload",
        "FailedOperation.CertificateStatusNotAllowResubmit",
        "FailedOperation.CertificateStatusNotAllowVerify",
        "FailedOperation.CertificateSubmitHostingCertError",
        "FailedOperation.CertificateSyncTaskCertificateIdCountInvalid",
        "FailedOperation.CertificateSyncTaskIdInvalid",
        "FailedOperation.CertificateTypeInfoNotFound",
        "FailedOperation.CertificateWhiteFuncError",
        "FailedOperation.ConfirmLetterTooLarge",
        "FailedOperation.ConfirmLetterTooSmall",
        "FailedOperation.DeleteFailedTimeNotUp",
        "FailedOperation.DeleteResourceFailed",
        "FailedOperation.ExceedsFreeLimit",
        "FailedOperation.FileTooLarge",
        "FailedOperation.FileTooSmall",
        "FailedOperation.GenCSRFail",
        "FailedOperation.IllegalManagerStatus",
        "FailedOperation.InvalidCertificateSource",
        "FailedOperation.InvalidCertificateStatusCode",
        "FailedOperation.InvalidConfirmLetterFormat",
        "FailedOperation.InvalidConfirmLetterFormatWosign",
        "FailedOperation.InvalidFileType",
        "FailedOperation.InvalidParam",
        "FailedOperation.MainDomainCertificateCountLimit",
        "FailedOperation.ManagerCanNotDeleteCa",
        "FailedOperation.ManagerCanNotDeleteCert",
        "FailedOperation.NetworkError",
        "FailedOperation.NoProjectPermission",
        "FailedOperation.NoRealNameAuth",
        "FailedOperation.OrderAlreadyReplaced",
        "FailedOperation.OrderReplaceFailed",
        "FailedOperation.PackageCountLimit",
        "FailedOperation.PackageExpired",
        "FailedOperation.PackageNotFound",
        "FailedOperation.RenewNotIssued",
        "FailedOperation.RevokeFailed",
        "FailedOperation.RevokeResourceFailed",
        "FailedOperation.RoleNotFoundAuthorization",
        "FailedOperation.SystemError",
        "FailedOperation.TradeError",
        "FailedOperation.UploadConfirmCertificateNotSupport",
        "FailedOperation.UploadConfirmCertificateNotSupportDV",
        "InternalError",
        "InternalError.BackendResponseEmpty",
        "InternalError.BackendResponseError",
        "InvalidParameter",
        "InvalidParameter.CertificateIdNumberLimit",
        "InvalidParameter.CertificateStatusNotAllowResubmit",
        "InvalidParameter.CertificatesNumberExceeded",
        "InvalidParameter.ContainsInvalidCertificateId",
        "InvalidParameter.DomainCountInvalid",
        "InvalidParameter.DomainInvalid",
        "InvalidParameter.MissMatchPrivateKey",
        "InvalidParameter.PackageIdsInvalid",
        "InvalidParameter.PeriodInvalid",
        "InvalidParameter.ProductPidInvalid",
        "InvalidParameter.RegionNotEmpty",
        "InvalidParameter.RenewAlgorithmInvalid",
        "InvalidParameter.RenewCsrInvalid",
        "InvalidParameter.RenewGenCsrMethodInvalid",
        "InvalidParameter.WithDetailReason",
        "InvalidParameterValue",
        "InvalidParameterValue.CertificateDomainMaxLengthInvalid",
        "InvalidParameterValue.CertificateEmailParseInvalid",
        "InvalidParameterValue.IntermediateCertNotSame",
        "LimitExceeded.RateLimitExceeded",
        "MissingParameter",
        "ResourceNotFound.Manager",
        "UnauthorizedOperation",
        "UnknownParameter",
    ];
    static NAME_CODES: [u32; 4] = [5, 42, 60, 86];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationCamAuthorizedFailFailedOperationCertificateOrderSubmitRootCaInvalidFailedOperationGenCsrFailFailedOperationUploadConfirmCertificateNotSupportDv",
        ends: &[0, 32, 82, 107, 158],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authentication failed: unauthorized operation.The operation failed.The operation failed: auth error.The operation failed: bound resources.The operation failed: CAM authorized fail.The operation failed: cancel audit certificate failed.The operation failed: cancel order failed.The operation failed: cannot be deleted issued.The operation failed: cannot be deleted within hour.The operation failed: cannot get order.The operation failed: certificate ca error.The operation failed: certificate cancel failed multi.The operation failed: certificate chain error.The operation failed: certificate csr parse failed.The operation failed: certificate deploy detail rollback status invalid.The operation failed: certificate deploy has pending record.The operation failed: certificate deploy instance empty.The operation failed: certificate deploy instance format error.The operation failed: certificate deploy not exist.The operation failed: certificate deploy retry status invalid.The operation failed: certificate deploy rollback status invalid.The operation failed: certificate download service type not support.The operation failed: certificate encrypt invalid.The operation failed: certificate exists.The operation failed: certificate host deploy can not allow.The operation failed: certificate host resource inner interrupt.The operation failed: certificate host resource instance huge limit.The operation failed: certificate host resource type invalid.The operation failed: certificate info submit contact email empty.The operation failed: certificate info submit domain invalid.The operation failed: certificate info submit status invalid.The operation failed: certificate invalid.The operation failed: certificate match error.The operation failed: certificate mismatch.The operation failed: certificate not allow download.The operation failed: certificate not available.The operation failed: certificate not deploy instance.The operation failed: certificate not found.The operation failed: certificate not found or audited.The operation failed: certificate not found or cant cancel.The operation failed: certificate order submit processing.The operation failed: certificate order submit root CA invalid.The operation failed: certificate parse error.The operation failed: certificate pre verify email invalid.The operation failed: certificate status not allow download.The operation failed: certificate status not allow resubmit.The operation failed: certificate status not allow verify.The operation failed: certificate submit hosting cert error.The operation failed: certificate sync task certificate id count invalid.The operation failed: certificate sync task id invalid.The operation failed: certificate type info not found.The operation failed: certificate white func error.The operation failed: confirm letter too large.The operation failed: confirm letter too small.The operation failed: delete failed time not up.The operation failed: delete resource failed.The operation failed: exceeds free limit.The operation failed: file too large.The operation failed: file too small.The operation failed: gen CSR fail.The operation failed: illegal manager status.The operation failed: invalid certificate source.The operation failed: invalid certificate status code.The operation failed: invalid confirm letter format.The operation failed: invalid confirm letter format wosign.The operation failed: invalid file type.The operation failed: invalid param.The operation failed: main domain certificate count limit.The operation failed: manager can not delete ca.The operation failed: manager can not delete cert.The operation failed: network error.The operation failed: no project permission.The operation failed: no real name auth.The operation failed: order already replaced.The operation failed: order replace failed.The operation failed: package count limit.The operation failed: package expired.The operation failed: package not found.The operation failed: renew not issued.The operation failed: revoke failed.The operation failed: revoke resource failed.The operation failed: role not found authorization.The operation failed: system error.The operation failed: trade error.The operation failed: upload confirm certificate not support.The operation failed: upload confirm certificate not support DV.An internal error occurred.An internal error occurred: backend response empty.An internal error occurred: backend response error.A parameter is invalid.A parameter is invalid: certificate id number limit.A parameter is invalid: certificate status not allow resubmit.A parameter is invalid: certificates number exceeded.A parameter is invalid: contains invalid certificate id.A parameter is invalid: domain count invalid.A parameter is invalid: domain invalid.A parameter is invalid: miss match private key.A parameter is invalid: package ids invalid.A parameter is invalid: period invalid.A parameter is invalid: product pid invalid.A parameter is invalid: region not empty.A parameter is invalid: renew algorithm invalid.A parameter is invalid: renew csr invalid.A parameter is invalid: renew gen csr method invalid.A parameter is invalid: with detail reason.A parameter value is invalid.A parameter value is invalid: certificate domain max length invalid.A parameter value is invalid: certificate email parse invalid.A parameter value is invalid: intermediate cert not same.A limit was exceeded: rate limit exceeded.A required parameter is missing.The resource was not found: manager.The operation is not authorized.An unknown parameter was given.",
        ends: &[
            0, 22, 68, 89, 122, 160, 202, 256, 298, 345, 397, 436, 479, 533, 579, 630,
            702, 762, 818, 881, 932, 994, 1059, 1127, 1177, 1218, 1278, 1342, 1410, 1471,
            1537, 1598, 1659, 1701, 1747, 1790, 1843, 1891, 1945, 1989, 2044, 2103, 2161,
            2224, 2270, 2329, 2389, 2449, 2507, 2567, 2640, 2695, 2749, 2800, 2847, 2894,
            2942, 2987, 3028, 3065, 3102, 3137, 3182, 3231, 3285, 3337, 3396, 3436, 3472,
            3530, 3578, 3628, 3664, 3708, 3748, 3793, 3836, 3878, 3916, 3956, 3995, 4031,
            4076, 4127, 4162, 4196, 4257, 4321, 4348, 4399, 4450, 4473, 4525, 4587, 4640,
            4696, 4741, 4780, 4827, 4871, 4910, 4954, 4995, 5043, 5085, 5138, 5181, 5210,
            5278, 5340, 5397, 5439, 5471, 5507, 5539, 5570,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 115] = ::cloud_errors::__private::retry_column(
        b"acaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbaaaaaaaaaaaaaaaaaaaaaaaca",
    );
    static CATEGORY: [::cloud_errors::Category; 115] = ::cloud_errors::__private::category_column(
        b"bpiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimmmcccccccccccccccccccchcegc",
    );
    static PILOTS: [u16; 29] = [
        1, 2, 19, 2, 4, 13, 0, 140, 0, 11, 43, 11, 4, 106, 0, 0, 188, 137, 7, 77, 29, 0,
        7, 70, 93, 101, 79, 0, 64,
    ];
    static SLOTS: [(&str, u32); 127] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            37, 97, 4294967295, 67, 114, 12, 4294967295, 56, 82, 80, 45, 65, 89, 66, 107,
            61, 4294967295, 6, 58, 76, 33, 50, 98, 60, 4294967295, 39, 4, 15, 62, 88, 5,
            81, 48, 64, 16, 4294967295, 14, 74, 70, 100, 104, 55, 7, 73, 11, 108, 103,
            43, 110, 113, 68, 4294967295, 69, 0, 95, 40, 49, 92, 29, 96, 20, 99, 84, 71,
            101, 79, 28, 10, 51, 19, 22, 85, 23, 27, 35, 59, 86, 4294967295, 4294967295,
            102, 57, 41, 47, 78, 46, 109, 21, 4294967295, 4294967295, 87, 83, 4294967295,
            30, 111, 72, 32, 105, 24, 91, 52, 53, 25, 2, 9, 36, 54, 90, 44, 8, 31, 18,
            63, 38, 77, 93, 42, 94, 106, 34, 13, 1, 26, 75, 3, 17, 112, 4294967295,
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
    const PROVIDER: &'static str = "Tencent Cloud SSL";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud SSL's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud SSL: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
