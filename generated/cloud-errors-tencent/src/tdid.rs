// @generated from catalogs/tencent/tdid.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TDID: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TDID: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `Authority.AuthorityNameLengthLong`: no documented HTTP status; retry: never; category: unknown.
    /// Authority: authority name length long.
    AuthorityAuthorityNameLengthLong,
    /// `Authority.AuthorityRemarkLengthLong`: no documented HTTP status; retry: never; category: unknown.
    /// Authority: authority remark length long.
    AuthorityAuthorityRemarkLengthLong,
    /// `Authority.ErrCodeAuthorityRegistered`: no documented HTTP status; retry: never; category: unknown.
    /// Authority: err code authority registered.
    AuthorityErrCodeAuthorityRegistered,
    /// `Authority.ErrCodeDidAuthorityRegistered`: no documented HTTP status; retry: never; category: unknown.
    /// Authority: err code did authority registered.
    AuthorityErrCodeDidAuthorityRegistered,
    /// `Cam.InvalidAuth`: no documented HTTP status; retry: never; category: unknown.
    /// Cam: invalid auth.
    CamInvalidAuth,
    /// `Cpt.CreateCPTFailed`: no documented HTTP status; retry: never; category: unknown.
    /// Cpt: create CPT failed.
    CptCreateCptFailed,
    /// `Cpt.InvalidCPTJson`: no documented HTTP status; retry: never; category: unknown.
    /// Cpt: invalid CPT json.
    CptInvalidCptJson,
    /// `Credential.CPTNotExisted`: no documented HTTP status; retry: never; category: unknown.
    /// Credential: CPT not existed.
    CredentialCptNotExisted,
    /// `Credential.CredentialExpired`: no documented HTTP status; retry: never; category: unknown.
    /// Credential: credential expired.
    CredentialCredentialExpired,
    /// `Credential.FailedCreatePresentation`: no documented HTTP status; retry: never; category: unknown.
    /// Credential: failed create presentation.
    CredentialFailedCreatePresentation,
    /// `Credential.GenerateCommitmentFailed`: no documented HTTP status; retry: never; category: unknown.
    /// Credential: generate commitment failed.
    CredentialGenerateCommitmentFailed,
    /// `Credential.GenerateRangeProof`: no documented HTTP status; retry: never; category: unknown.
    /// Credential: generate range proof.
    CredentialGenerateRangeProof,
    /// `Credential.HolderDidNotMatch`: no documented HTTP status; retry: never; category: unknown.
    /// Credential: holder did not match.
    CredentialHolderDidNotMatch,
    /// `Credential.InvalidCRDLId`: no documented HTTP status; retry: never; category: unknown.
    /// Credential: invalid CRDL id.
    CredentialInvalidCrdlId,
    /// `Credential.InvalidCRDLIssuer`: no documented HTTP status; retry: never; category: unknown.
    /// Credential: invalid CRDL issuer.
    CredentialInvalidCrdlIssuer,
    /// `Credential.InvalidClaim`: no documented HTTP status; retry: never; category: unknown.
    /// Credential: invalid claim.
    CredentialInvalidClaim,
    /// `Credential.InvalidDisclosurePolicy`: no documented HTTP status; retry: never; category: unknown.
    /// Credential: invalid disclosure policy.
    CredentialInvalidDisclosurePolicy,
    /// `Credential.InvalidOperateClaim`: no documented HTTP status; retry: never; category: unknown.
    /// Credential: invalid operate claim.
    CredentialInvalidOperateClaim,
    /// `Credential.InvalidParas`: no documented HTTP status; retry: never; category: unknown.
    /// Credential: invalid paras.
    CredentialInvalidParas,
    /// `Credential.InvalidProofCommitment`: no documented HTTP status; retry: never; category: unknown.
    /// Credential: invalid proof commitment.
    CredentialInvalidProofCommitment,
    /// `Credential.InvalidProofValue`: no documented HTTP status; retry: never; category: unknown.
    /// Credential: invalid proof value.
    CredentialInvalidProofValue,
    /// `Credential.InvalidZeroProof`: no documented HTTP status; retry: never; category: unknown.
    /// Credential: invalid zero proof.
    CredentialInvalidZeroProof,
    /// `Credential.IssuerDidNotMatch`: no documented HTTP status; retry: never; category: unknown.
    /// Credential: issuer did not match.
    CredentialIssuerDidNotMatch,
    /// `Credential.NoIdInClaim`: no documented HTTP status; retry: never; category: unknown.
    /// Credential: no id in claim.
    CredentialNoIdInClaim,
    /// `Credential.ProofValueNotExisted`: no documented HTTP status; retry: never; category: unknown.
    /// Credential: proof value not existed.
    CredentialProofValueNotExisted,
    /// `Credential.VerifyCRDLFailed`: no documented HTTP status; retry: never; category: unknown.
    /// Credential: verify CRDL failed.
    CredentialVerifyCrdlFailed,
    /// `Credential.VerifyZeroProofFailed`: no documented HTTP status; retry: never; category: unknown.
    /// Credential: verify zero proof failed.
    CredentialVerifyZeroProofFailed,
    /// `DataBase.FailedOperation`: no documented HTTP status; retry: never; category: unknown.
    /// Data base: failed operation.
    DataBaseFailedOperation,
    /// `Did.PermissionDenied`: no documented HTTP status; retry: never; category: unknown.
    /// Did: permission denied.
    DidPermissionDenied,
    /// `DidFailedOperation.DidExisted`: no documented HTTP status; retry: never; category: unknown.
    /// Did failed operation: did existed.
    DidFailedOperationDidExisted,
    /// `DidFailedOperation.DidNotExisted`: no documented HTTP status; retry: never; category: unknown.
    /// Did failed operation: did not existed.
    DidFailedOperationDidNotExisted,
    /// `DidFailedOperation.DidObjectIdExisted`: no documented HTTP status; retry: never; category: unknown.
    /// Did failed operation: did object id existed.
    DidFailedOperationDidObjectIdExisted,
    /// `DidFailedOperation.DidStatusInvalid`: no documented HTTP status; retry: never; category: unknown.
    /// Did failed operation: did status invalid.
    DidFailedOperationDidStatusInvalid,
    /// `DidFailedOperation.DidSvcNotExisted`: no documented HTTP status; retry: never; category: unknown.
    /// Did failed operation: did svc not existed.
    DidFailedOperationDidSvcNotExisted,
    /// `DidFailedOperation.GetDidDocFiled`: no documented HTTP status; retry: never; category: unknown.
    /// Did failed operation: get did doc filed.
    DidFailedOperationGetDidDocFiled,
    /// `DidFailedOperation.NotAuthority`: no documented HTTP status; retry: never; category: unknown.
    /// Did failed operation: not authority.
    DidFailedOperationNotAuthority,
    /// `DidFailedOperation.NotDidCreator`: no documented HTTP status; retry: never; category: unknown.
    /// Did failed operation: not did creator.
    DidFailedOperationNotDidCreator,
    /// `DidFailedOperation.PrivateKeyInvalid`: no documented HTTP status; retry: never; category: unknown.
    /// Did failed operation: private key invalid.
    DidFailedOperationPrivateKeyInvalid,
    /// `DidFailedOperation.PublicKeyInvalid`: no documented HTTP status; retry: never; category: unknown.
    /// Did failed operation: public key invalid.
    DidFailedOperationPublicKeyInvalid,
    /// `DidSdk.UnknownError`: no documented HTTP status; retry: never; category: unknown.
    /// Did sdk: unknown error.
    DidSdkUnknownError,
    /// `FailedOperation.InvalidAuth`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid auth.
    FailedOperationInvalidAuth,
    /// `FailedOperation.InvalidParameterValue`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid parameter value.
    FailedOperationInvalidParameterValue,
    /// `FailedOperation.OperationException`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: operation exception.
    FailedOperationOperationException,
    /// `FailedOperation.PermissionDenied`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: permission denied.
    FailedOperationPermissionDenied,
    /// `HttpInvoker.NewQuestError`: no documented HTTP status; retry: never; category: unknown.
    /// Http invoker: new quest error.
    HttpInvokerNewQuestError,
    /// `HttpInvoker.SendQuestError`: no documented HTTP status; retry: never; category: unknown.
    /// Http invoker: send quest error.
    HttpInvokerSendQuestError,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.ApiUnknownError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: api unknown error.
    InternalErrorApiUnknownError,
    /// `InternalError.ServerException`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: server exception.
    InternalErrorServerException,
    /// `InternalError.ServiceDisabled`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: service disabled.
    InternalErrorServiceDisabled,
    /// `InternalError.ServiceError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: service error.
    InternalErrorServiceError,
    /// `InternalError.ServicePanic`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: service panic.
    InternalErrorServicePanic,
    /// `InternalError.UnknownError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unknown error.
    InternalErrorUnknownError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `InvalidParameterValue.IllegalDateTime`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal date time.
    InvalidParameterValueIllegalDateTime,
    /// `InvalidParameterValue.IllegalValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: illegal value.
    InvalidParameterValueIllegalValue,
    /// `InvalidParameterValue.ResourceNotExisted`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: resource not existed.
    InvalidParameterValueResourceNotExisted,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 61] = [
        "AuthFailure",
        "Authority.AuthorityNameLengthLong",
        "Authority.AuthorityRemarkLengthLong",
        "Authority.ErrCodeAuthorityRegistered",
        "Authority.ErrCodeDidAuthorityRegistered",
        "Cam.InvalidAuth",
        "Cpt.CreateCPTFailed",
        "Cpt.InvalidCPTJson",
        "Credential.CPTNotExisted",
        "Credential.CredentialExpired",
        "Credential.FailedCreatePresentation",
        "Credential.GenerateCommitmentFailed",
        "Credential.GenerateRangeProof",
        "Credential.HolderDidNotMatch",
        "Credential.InvalidCRDLId",
        "Credential.InvalidCRDLIssuer",
        "Credential.InvalidClaim",
        "Credential.InvalidDisclosurePolicy",
        "Credential.InvalidOperateClaim",
        "Credential.InvalidParas",
        "Credential.InvalidProofCommitment",
        "Credential.InvalidProofValue",
        "Credential.InvalidZeroProof",
        "Credential.IssuerDidNotMatch",
        "Credential.NoIdInClaim",
        "Credential.ProofValueNotExisted",
        "Credential.VerifyCRDLFailed",
        "Credential.VerifyZeroProofFailed",
        "DataBase.FailedOperation",
        "Did.PermissionDenied",
        "DidFailedOperation.DidExisted",
        "DidFailedOperation.DidNotExisted",
        "DidFailedOperation.DidObjectIdExisted",
        "DidFailedOperation.DidStatusInvalid",
        "DidFailedOperation.DidSvcNotExisted",
        "DidFailedOperation.GetDidDocFiled",
        "DidFailedOperation.NotAuthority",
        "DidFailedOperation.NotDidCreator",
        "DidFailedOperation.PrivateKeyInvalid",
        "DidFailedOperation.PublicKeyInvalid",
        "DidSdk.UnknownError",
        "FailedOperation.InvalidAuth",
        "FailedOperation.InvalidParameterValue",
        "FailedOperation.OperationException",
        "FailedOperation.PermissionDenied",
        "HttpInvoker.NewQuestError",
        "HttpInvoker.SendQuestError",
        "InternalError",
        "InternalError.ApiUnknownError",
        "InternalError.ServerException",
        "InternalError.ServiceDisabled",
        "InternalError.ServiceError",
        "InternalError.ServicePanic",
        "InternalError.UnknownError",
        "InvalidParameter",
        "InvalidParameterValue",
        "InvalidParameterValue.IllegalDateTime",
        "InvalidParameterValue.IllegalValue",
        "InvalidParameterValue.ResourceNotExisted",
        "ResourceNotFound",
        "UnsupportedOperation",
    ];
    static NAME_CODES: [u32; 6] = [6, 7, 8, 14, 15, 26];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "CptCreateCptFailedCptInvalidCptJsonCredentialCptNotExistedCredentialInvalidCrdlIdCredentialInvalidCrdlIssuerCredentialVerifyCrdlFailed",
        ends: &[0, 18, 35, 58, 81, 108, 134],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.Authority: authority name length long.Authority: authority remark length long.Authority: err code authority registered.Authority: err code did authority registered.Cam: invalid auth.Cpt: create CPT failed.Cpt: invalid CPT json.Credential: CPT not existed.Credential: credential expired.Credential: failed create presentation.Credential: generate commitment failed.Credential: generate range proof.Credential: holder did not match.Credential: invalid CRDL id.Credential: invalid CRDL issuer.Credential: invalid claim.Credential: invalid disclosure policy.Credential: invalid operate claim.Credential: invalid paras.Credential: invalid proof commitment.Credential: invalid proof value.Credential: invalid zero proof.Credential: issuer did not match.Credential: no id in claim.Credential: proof value not existed.Credential: verify CRDL failed.Credential: verify zero proof failed.Data base: failed operation.Did: permission denied.Did failed operation: did existed.Did failed operation: did not existed.Did failed operation: did object id existed.Did failed operation: did status invalid.Did failed operation: did svc not existed.Did failed operation: get did doc filed.Did failed operation: not authority.Did failed operation: not did creator.Did failed operation: private key invalid.Did failed operation: public key invalid.Did sdk: unknown error.The operation failed: invalid auth.The operation failed: invalid parameter value.The operation failed: operation exception.The operation failed: permission denied.Http invoker: new quest error.Http invoker: send quest error.An internal error occurred.An internal error occurred: api unknown error.An internal error occurred: server exception.An internal error occurred: service disabled.An internal error occurred: service error.An internal error occurred: service panic.An internal error occurred: unknown error.A parameter is invalid.A parameter value is invalid.A parameter value is invalid: illegal date time.A parameter value is invalid: illegal value.A parameter value is invalid: resource not existed.The resource was not found.The operation is not supported.",
        ends: &[
            0, 22, 60, 100, 141, 186, 204, 227, 249, 277, 308, 347, 386, 419, 452, 480,
            512, 538, 576, 610, 636, 673, 705, 736, 769, 796, 832, 863, 900, 928, 951,
            985, 1023, 1067, 1108, 1150, 1190, 1226, 1264, 1306, 1347, 1370, 1405, 1451,
            1493, 1533, 1563, 1594, 1621, 1667, 1712, 1757, 1799, 1841, 1883, 1906, 1935,
            1983, 2027, 2078, 2105, 2136,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 61] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 61] = ::cloud_errors::__private::category_column(
        b"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbiiiibbmmmmmmmcccccel",
    );
    static PILOTS: [u16; 16] = [15, 1, 2, 2, 19, 86, 0, 1, 8, 14, 11, 93, 36, 1, 13, 78];
    static SLOTS: [(&str, u32); 67] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 0, 22, 51, 57, 7, 27, 30, 10, 33, 35, 25, 23, 52, 4294967295, 28,
            43, 60, 46, 34, 29, 15, 36, 4294967295, 19, 4294967295, 56, 20, 45, 48, 49,
            40, 55, 54, 4, 1, 37, 21, 32, 50, 47, 58, 4294967295, 18, 8, 6, 5, 9, 26, 53,
            59, 11, 24, 16, 41, 17, 4294967295, 12, 13, 42, 39, 3, 14, 31, 44, 38, 2,
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
    const PROVIDER: &'static str = "Tencent Cloud TDID";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TDID's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TDID: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
