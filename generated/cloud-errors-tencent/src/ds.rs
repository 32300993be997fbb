// @generated from catalogs/tencent/ds.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud DS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud DS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.AccountNotOwnContractError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: account not own contract error.
    FailedOperationAccountNotOwnContractError,
    /// `FailedOperation.AuthorizationTimeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: authorization time error.
    FailedOperationAuthorizationTimeError,
    /// `FailedOperation.BackendInterfaceError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: backend interface error.
    FailedOperationBackendInterfaceError,
    /// `FailedOperation.BackendInterfaceResponseContentError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: backend interface response content error.
    FailedOperationBackendInterfaceResponseContentError,
    /// `FailedOperation.BackendInterfaceResponseHeaderError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: backend interface response header error.
    FailedOperationBackendInterfaceResponseHeaderError,
    /// `FailedOperation.CertTypeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cert type error.
    FailedOperationCertTypeError,
    /// `FailedOperation.CheckVcodeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: check vcode error.
    FailedOperationCheckVcodeError,
    /// `FailedOperation.ContractExpired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: contract expired.
    FailedOperationContractExpired,
    /// `FailedOperation.ContractSignedError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: contract signed error.
    FailedOperationContractSignedError,
    /// `FailedOperation.CoordinateError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: coordinate error.
    FailedOperationCoordinateError,
    /// `FailedOperation.CoordinateOutsidePDF`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: coordinate outside PDF.
    FailedOperationCoordinateOutsidePdf,
    /// `FailedOperation.CostAccountError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: cost account error.
    FailedOperationCostAccountError,
    /// `FailedOperation.CreateContractError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create contract error.
    FailedOperationCreateContractError,
    /// `FailedOperation.CreateEnterpriseAccountError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create enterprise account error.
    FailedOperationCreateEnterpriseAccountError,
    /// `FailedOperation.CreatePersonalAccountError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create personal account error.
    FailedOperationCreatePersonalAccountError,
    /// `FailedOperation.CreateSealError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create seal error.
    FailedOperationCreateSealError,
    /// `FailedOperation.DeleteAccountError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete account error.
    FailedOperationDeleteAccountError,
    /// `FailedOperation.DeleteSealError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete seal error.
    FailedOperationDeleteSealError,
    /// `FailedOperation.DescribeSubplatError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe subplat error.
    FailedOperationDescribeSubplatError,
    /// `FailedOperation.DescribeTaskStatusError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe task status error.
    FailedOperationDescribeTaskStatusError,
    /// `FailedOperation.DownloadSealError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: download seal error.
    FailedOperationDownloadSealError,
    /// `FailedOperation.EnterpriseNameFormatError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: enterprise name format error.
    FailedOperationEnterpriseNameFormatError,
    /// `FailedOperation.FirstEnterpriseAccountDeleteError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: first enterprise account delete error.
    FailedOperationFirstEnterpriseAccountDeleteError,
    /// `FailedOperation.FormatError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: format error.
    FailedOperationFormatError,
    /// `FailedOperation.GetPDFSizeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get PDF size failed.
    FailedOperationGetPdfSizeFailed,
    /// `FailedOperation.IPFormatError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: IP format error.
    FailedOperationIpFormatError,
    /// `FailedOperation.IdentNoFormatError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ident no format error.
    FailedOperationIdentNoFormatError,
    /// `FailedOperation.IdentTypeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: ident type error.
    FailedOperationIdentTypeError,
    /// `FailedOperation.ImageMeasurementOverLimitError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image measurement over limit error.
    FailedOperationImageMeasurementOverLimitError,
    /// `FailedOperation.ImageNotBase`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image not base.
    FailedOperationImageNotBase,
    /// `FailedOperation.ImageNotPNG`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: image not PNG.
    FailedOperationImageNotPng,
    /// `FailedOperation.MessageDataIllegal`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: message data illegal.
    FailedOperationMessageDataIllegal,
    /// `FailedOperation.MessageDataOverSize`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: message data over size.
    FailedOperationMessageDataOverSize,
    /// `FailedOperation.NameContainsNumber`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: name contains number.
    FailedOperationNameContainsNumber,
    /// `FailedOperation.NameIsPureNumber`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: name is pure number.
    FailedOperationNameIsPureNumber,
    /// `FailedOperation.NoPermissionToSign`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no permission to sign.
    FailedOperationNoPermissionToSign,
    /// `FailedOperation.NoVerifyError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no verify error.
    FailedOperationNoVerifyError,
    /// `FailedOperation.OffsetCoordOverLimitError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: offset coord over limit error.
    FailedOperationOffsetCoordOverLimitError,
    /// `FailedOperation.Other`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: other.
    FailedOperationOther,
    /// `FailedOperation.RepeatedCoordinate`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: repeated coordinate.
    FailedOperationRepeatedCoordinate,
    /// `FailedOperation.SMSCodeExpired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: SMS code expired.
    FailedOperationSmsCodeExpired,
    /// `FailedOperation.SMSCodeLengthWrong`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: SMS code length wrong.
    FailedOperationSmsCodeLengthWrong,
    /// `FailedOperation.SealMismatched`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: seal mismatched.
    FailedOperationSealMismatched,
    /// `FailedOperation.SealNumOverLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: seal num over limit.
    FailedOperationSealNumOverLimit,
    /// `FailedOperation.SealsExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: seals exceed.
    FailedOperationSealsExceed,
    /// `FailedOperation.SendVcodeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: send vcode error.
    FailedOperationSendVcodeError,
    /// `FailedOperation.SignContractByCoordinateError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: sign contract by coordinate error.
    FailedOperationSignContractByCoordinateError,
    /// `FailedOperation.SignContractByKeywordError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: sign contract by keyword error.
    FailedOperationSignContractByKeywordError,
    /// `FailedOperation.SignFieldNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: sign field not found.
    FailedOperationSignFieldNotFound,
    /// `FailedOperation.SignPageError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: sign page error.
    FailedOperationSignPageError,
    /// `FailedOperation.SignPermissionExisted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: sign permission existed.
    FailedOperationSignPermissionExisted,
    /// `FailedOperation.TransactorNameFormatError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: transactor name format error.
    FailedOperationTransactorNameFormatError,
    /// `FailedOperation.TransactorPhoneFormatError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: transactor phone format error.
    FailedOperationTransactorPhoneFormatError,
    /// `FailedOperation.UpdateFeeStatusError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update fee status error.
    FailedOperationUpdateFeeStatusError,
    /// `FailedOperation.VcodeChecked`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: vcode checked.
    FailedOperationVcodeChecked,
    /// `FailedOperation.WrongCertType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: wrong cert type.
    FailedOperationWrongCertType,
    /// `FailedOperation.WrongIdentNoFormat`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: wrong ident no format.
    FailedOperationWrongIdentNoFormat,
    /// `FailedOperation.WrongIdentNoSize`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: wrong ident no size.
    FailedOperationWrongIdentNoSize,
    /// `FailedOperation.WrongSMSCode`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: wrong SMS code.
    FailedOperationWrongSmsCode,
    /// `InternalError.UnknownError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unknown error.
    InternalErrorUnknownError,
    /// `MissingParameter.ContractFileNameError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: contract file name error.
    MissingParameterContractFileNameError,
    /// `MissingParameter.ContractFilePathError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: contract file path error.
    MissingParameterContractFilePathError,
    /// `MissingParameter.ImageMeasurementNullError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: image measurement null error.
    MissingParameterImageMeasurementNullError,
    /// `MissingParameter.KeywordNullError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: keyword null error.
    MissingParameterKeywordNullError,
    /// `MissingParameter.LocationNullError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: location null error.
    MissingParameterLocationNullError,
    /// `MissingParameter.MOError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: MO error.
    MissingParameterMoError,
    /// `MissingParameter.OffsetCoordNullError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: offset coord null error.
    MissingParameterOffsetCoordNullError,
    /// `MissingParameter.SignerNullError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: signer null error.
    MissingParameterSignerNullError,
    /// `ResourceInUse.AccountExist`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: account exist.
    ResourceInUseAccountExist,
    /// `ResourceInUse.EnterpriseAccountAlreadyExist`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: enterprise account already exist.
    ResourceInUseEnterpriseAccountAlreadyExist,
    /// `ResourceInUse.PersonAccountAlreadyExist`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: person account already exist.
    ResourceInUsePersonAccountAlreadyExist,
    /// `ResourceNotFound.AccountNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: account not found.
    ResourceNotFoundAccountNotFound,
    /// `ResourceNotFound.ContractNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: contract not found.
    ResourceNotFoundContractNotFound,
    /// `ResourceNotFound.ContractProjectCodeNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: contract project code not found.
    ResourceNotFoundContractProjectCodeNotFound,
    /// `ResourceNotFound.InitiatorNotFoundError`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: initiator not found error.
    ResourceNotFoundInitiatorNotFoundError,
    /// `ResourceNotFound.SealNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: seal not found.
    ResourceNotFoundSealNotFound,
    /// `ResourceNotFound.SubplatIdNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: subplat id not found.
    ResourceNotFoundSubplatIdNotFound,
    /// `ResourceNotFound.TaskNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: task not found.
    ResourceNotFoundTaskNotFound,
    /// `ResourceUnavailable.AccountUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: account unavailable.
    ResourceUnavailableAccountUnavailable,
    /// `ResourceUnavailable.ContractSignerUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: contract signer unavailable.
    ResourceUnavailableContractSignerUnavailable,
    /// `ResourceUnavailable.DownloadSealError`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: download seal error.
    ResourceUnavailableDownloadSealError,
    /// `ResourceUnavailable.SubplatUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: subplat unavailable.
    ResourceUnavailableSubplatUnavailable,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 82] = [
        "FailedOperation.AccountNotOwnContractError",
        "FailedOperation.AuthorizationTimeError",
        "FailedOperation.BackendInterfaceError",
        "FailedOperation.BackendInterfaceResponseContentError",
        "FailedOperation.BackendInterfaceResponseHeaderError",
        "FailedOperation.CertTypeError",
        "FailedOperation.CheckVcodeError",
        "FailedOperation.ContractExpired",
        "FailedOperation.ContractSignedError",
        "FailedOperation.CoordinateError",
        "FailedOperation.CoordinateOutsidePDF",
        "FailedOperation.CostAccountError",
        "FailedOperation.CreateContractError",
        "FailedOperation.CreateEnterpriseAccountError",
        "FailedOperation.CreatePersonalAccountError",
        "FailedOperation.CreateSealError",
        "FailedOperation.DeleteAccountError",
        "FailedOperation.DeleteSealError",
        "FailedOperation.DescribeSubplatError",
        "FailedOperation.DescribeTaskStatusError",
        "FailedOperation.DownloadSealError",
        "FailedOperation.EnterpriseNameFormatError",
        "FailedOperation.FirstEnterpriseAccountDeleteError",
        "FailedOperation.FormatError",
        "FailedOperation.GetPDFSizeFailed",
        "FailedOperation.IPFormatError",
        "FailedOperation.IdentNoFormatError",
        "FailedOperation.IdentTypeError",
        "FailedOperation.ImageMeasurementOverLimitError",
        "FailedOperation.ImageNotBase",
        "FailedOperation.ImageNotPNG",
        "FailedOperation.MessageDataIllegal",
        "FailedOperation.MessageDataOverSize",
        "FailedOperation.NameContainsNumber",
        "FailedOperation.NameIsPureNumber",
        "FailedOperation.NoPermissionToSign",
        "FailedOperation.NoVerifyError",
        "FailedOperation.OffsetCoordOverLimitError",
        "FailedOperation.Other",
        "FailedOperation.RepeatedCoordinate",
        "FailedOperation.SMSCodeExpired",
        "FailedOperation.SMSCodeLengthWrong",
        "FailedOperation.SealMismatched",
        "FailedOperation.SealNumOverLimit",
        "FailedOperation.SealsExceed",
        "FailedOperation.SendVcodeError",
        "FailedOperation.SignContractByCoordinateError",
        "FailedOperation.SignContractByKeywordError",
        "FailedOperation.SignFieldNotFound",
        "FailedOperation.SignPageError",
        "FailedOperation.SignPermissionExisted",
        "FailedOperation.TransactorNameFormatError",
        "FailedOperation.TransactorPhoneFormatError",
        "FailedOperation.UpdateFeeStatusError",
        "FailedOperation.VcodeChecked",
        "FailedOperation.WrongCertType",
        "FailedOperation.WrongIdentNoFormat",
        "FailedOperation.WrongIdentNoSize",
        "FailedOperation.WrongSMSCode",
        "InternalError.UnknownError",
        "MissingParameter.ContractFileNameError",
        "MissingParameter.ContractFilePathError",
        "MissingParameter.ImageMeasurementNullError",
        "MissingParameter.KeywordNullError",
        "MissingParameter.LocationNullError",
        "MissingParameter.MOError",
        "MissingParameter.OffsetCoordNullError",
        "MissingParameter.SignerNullError",
        "ResourceInUse.AccountExist",
        "ResourceInUse.EnterpriseAccountAlreadyExist",
        "ResourceInUse.PersonAccountAlreadyExist",
        "ResourceNotFound.AccountNotFound",
        "ResourceNotFound.ContractNotFound",
        "ResourceNotFound.ContractProjectCodeNotFound",
        "ResourceNotFound.InitiatorNotFoundError",
        "ResourceNotFound.SealNotFound",
        "ResourceNotFound.SubplatIdNotFound",
        "ResourceNotFound.TaskNotFound",
        "ResourceUnavailable.AccountUnavailable",
        "ResourceUnavailable.ContractSignerUnavailable",
        "ResourceUnavailable.DownloadSealError",
        "ResourceUnavailable.SubplatUnavailable",
    ];
    static NAME_CODES: [u32; 8] = [10, 24, 25, 30, 40, 41, 58, 65];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationCoordinateOutsidePdfFailedOperationGetPdfSizeFailedFailedOperationIpFormatErrorFailedOperationImageNotPngFailedOperationSmsCodeExpiredFailedOperationSmsCodeLengthWrongFailedOperationWrongSmsCodeMissingParameterMoError",
        ends: &[0, 35, 66, 94, 120, 149, 182, 209, 232],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: account not own contract error.The operation failed: authorization time error.The operation failed: backend interface error.The operation failed: backend interface response content error.The operation failed: backend interface response header error.The operation failed: cert type error.The operation failed: check vcode error.The operation failed: contract expired.The operation failed: contract signed error.The operation failed: coordinate error.The operation failed: coordinate outside PDF.The operation failed: cost account error.The operation failed: create contract error.The operation failed: create enterprise account error.The operation failed: create personal account error.The operation failed: create seal error.The operation failed: delete account error.The operation failed: delete seal error.The operation failed: describe subplat error.The operation failed: describe task status error.The operation failed: download seal error.The operation failed: enterprise name format error.The operation failed: first enterprise account delete error.The operation failed: format error.The operation failed: get PDF size failed.The operation failed: IP format error.The operation failed: ident no format error.The operation failed: ident type error.The operation failed: image measurement over limit error.The operation failed: image not base.The operation failed: image not PNG.The operation failed: message data illegal.The operation failed: message data over size.The operation failed: name contains number.The operation failed: name is pure number.The operation failed: no permission to sign.The operation failed: no verify error.The operation failed: offset coord over limit error.The operation failed: other.The operation failed: repeated coordinate.The operation failed: SMS code expired.The operation failed: SMS code length wrong.The operation failed: seal mismatched.The operation failed: seal num over limit.The operation failed: seals exceed.The operation failed: send vcode error.The operation failed: sign contract by coordinate error.The operation failed: sign contract by keyword error.The operation failed: sign field not found.The operation failed: sign page error.The operation failed: sign permission existed.The operation failed: transactor name format error.The operation failed: transactor phone format error.The operation failed: update fee status error.The operation failed: vcode checked.The operation failed: wrong cert type.The operation failed: wrong ident no format.The operation failed: wrong ident no size.The operation failed: wrong SMS code.An internal error occurred: unknown error.A required parameter is missing: contract file name error.A required parameter is missing: contract file path error.A required parameter is missing: image measurement null error.A required parameter is missing: keyword null error.A required parameter is missing: location null error.A required parameter is missing: MO error.A required parameter is missing: offset coord null error.A required parameter is missing: signer null error.The resource is in use: account exist.The resource is in use: enterprise account already exist.The resource is in use: person account already exist.The resource was not found: account not found.The resource was not found: contract not found.The resource was not found: contract project code not found.The resource was not found: initiator not found error.The resource was not found: seal not found.The resource was not found: subplat id not found.The resource was not found: task not found.The resource is unavailable: account unavailable.The resource is unavailable: contract signer unavailable.The resource is unavailable: download seal error.The resource is unavailable: subplat unavailable.",
        ends: &[
            0, 53, 100, 146, 209, 271, 309, 349, 388, 432, 471, 516, 557, 601, 655, 707,
            747, 790, 830, 875, 924, 966, 1017, 1077, 1112, 1154, 1192, 1236, 1275, 1332,
            1369, 1405, 1448, 1493, 1536, 1578, 1622, 1660, 1712, 1740, 1782, 1821, 1865,
            1903, 1945, 1980, 2019, 2075, 2128, 2171, 2209, 2255, 2306, 2358, 2404, 2440,
            2478, 2522, 2564, 2601, 2643, 2701, 2759, 2821, 2873, 2926, 2968, 3025, 3076,
            3114, 3171, 3224, 3270, 3317, 3377, 3431, 3474, 3523, 3566, 3615, 3672, 3721,
            3770,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 82] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaabbbaaaaaaacccc",
    );
    static CATEGORY: [::cloud_errors::Category; 82] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimccccccccjjjeeeeeeeiiii",
    );
    static PILOTS: [u16; 21] = [
        6, 31, 12, 57, 0, 3, 20, 109, 39, 8, 0, 0, 32, 0, 1, 9, 11, 60, 25, 1, 24,
    ];
    static SLOTS: [(&str, u32); 91] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            26, 45, 4294967295, 75, 18, 6, 62, 7, 38, 53, 4, 70, 78, 77, 68, 37, 79, 39,
            48, 4294967295, 19, 72, 4294967295, 41, 46, 0, 2, 29, 33, 12, 31, 76, 22,
            4294967295, 11, 17, 28, 15, 4294967295, 67, 30, 57, 34, 16, 44, 59, 35, 8,
            20, 58, 63, 1, 51, 47, 64, 42, 4294967295, 13, 40, 65, 5, 80, 4294967295,
            4294967295, 60, 9, 55, 66, 81, 50, 4294967295, 71, 52, 3, 36, 73, 27, 56, 24,
            43, 21, 61, 49, 54, 32, 74, 69, 14, 25, 23, 10,
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
    const PROVIDER: &'static str = "Tencent Cloud DS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud DS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud DS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
