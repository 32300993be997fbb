// @generated from catalogs/tencent/domain.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud DOMAIN: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud DOMAIN: a variant per documented code,
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
    /// `FailedOperation.BidCurrentPrice`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: bid current price.
    FailedOperationBidCurrentPrice,
    /// `FailedOperation.BidPreDomainsPriceDownErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: bid pre domains price down err.
    FailedOperationBidPreDomainsPriceDownErr,
    /// `FailedOperation.BidPreDomainsTimeOutErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: bid pre domains time out err.
    FailedOperationBidPreDomainsTimeOutErr,
    /// `FailedOperation.BidPriceIllegal`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: bid price illegal.
    FailedOperationBidPriceIllegal,
    /// `FailedOperation.BiddingGetPriceDoing`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: bidding get price doing.
    FailedOperationBiddingGetPriceDoing,
    /// `FailedOperation.BiddingPreReleaseAutoPayErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: bidding pre release auto pay err.
    FailedOperationBiddingPreReleaseAutoPayErr,
    /// `FailedOperation.BiddingPreReleaseAutoPricePayErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: bidding pre release auto price pay err.
    FailedOperationBiddingPreReleaseAutoPricePayErr,
    /// `FailedOperation.CheckDomainFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: check domain failed.
    FailedOperationCheckDomainFailed,
    /// `FailedOperation.CreateTemplateFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create template failed.
    FailedOperationCreateTemplateFailed,
    /// `FailedOperation.DeleteTemplateFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete template failed.
    FailedOperationDeleteTemplateFailed,
    /// `FailedOperation.DescribeDomainFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe domain failed.
    FailedOperationDescribeDomainFailed,
    /// `FailedOperation.DescribeDomainListFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe domain list failed.
    FailedOperationDescribeDomainListFailed,
    /// `FailedOperation.DescribePreReleaseList`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe pre release list.
    FailedOperationDescribePreReleaseList,
    /// `FailedOperation.DescribeTemplateFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe template failed.
    FailedOperationDescribeTemplateFailed,
    /// `FailedOperation.DescribeUnPreDomainDetailErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe un pre domain detail err.
    FailedOperationDescribeUnPreDomainDetailErr,
    /// `FailedOperation.DomainExpiredUnsupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain expired unsupported.
    FailedOperationDomainExpiredUnsupported,
    /// `FailedOperation.DomainPriceListFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: domain price list failed.
    FailedOperationDomainPriceListFailed,
    /// `FailedOperation.DuplicatePhoneEmail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: duplicate phone email.
    FailedOperationDuplicatePhoneEmail,
    /// `FailedOperation.ForbiddenRequest`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: forbidden request.
    FailedOperationForbiddenRequest,
    /// `FailedOperation.GetDomainPriceFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: get domain price failed.
    FailedOperationGetDomainPriceFailed,
    /// `FailedOperation.ModifyDomainOwnerFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify domain owner failed.
    FailedOperationModifyDomainOwnerFailed,
    /// `FailedOperation.ModifyDomainOwnerRegisterDoing`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify domain owner register doing.
    FailedOperationModifyDomainOwnerRegisterDoing,
    /// `FailedOperation.ModifyOwnerDomainHasBeenPushed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify owner domain has been pushed.
    FailedOperationModifyOwnerDomainHasBeenPushed,
    /// `FailedOperation.ModifyOwnerDomainWithLock`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: modify owner domain with lock.
    FailedOperationModifyOwnerDomainWithLock,
    /// `FailedOperation.PermissionDenied`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: permission denied.
    FailedOperationPermissionDenied,
    /// `FailedOperation.ProhibitPhoneEmail`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: prohibit phone email.
    FailedOperationProhibitPhoneEmail,
    /// `FailedOperation.RegisterDomain`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: register domain.
    FailedOperationRegisterDomain,
    /// `FailedOperation.RegisterDomainFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: register domain failed.
    FailedOperationRegisterDomainFailed,
    /// `FailedOperation.SendTcbPhoneEmailCodeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: send tcb phone email code failed.
    FailedOperationSendTcbPhoneEmailCodeFailed,
    /// `FailedOperation.SendVerifyCodeIsLimited`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: send verify code is limited.
    FailedOperationSendVerifyCodeIsLimited,
    /// `FailedOperation.SetDomainDnsFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: set domain dns failed.
    FailedOperationSetDomainDnsFailed,
    /// `FailedOperation.TemplateCanNotModify`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: template can not modify.
    FailedOperationTemplateCanNotModify,
    /// `FailedOperation.TemplateMaxNumFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: template max num failed.
    FailedOperationTemplateMaxNumFailed,
    /// `FailedOperation.TransferInDomainFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: transfer in domain failed.
    FailedOperationTransferInDomainFailed,
    /// `FailedOperation.UinNotWhiteListErr`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: uin not white list err.
    FailedOperationUinNotWhiteListErr,
    /// `FailedOperation.UploadImageFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: upload image failed.
    FailedOperationUploadImageFailed,
    /// `FailedOperation.UploadVerificationFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: upload verification failed.
    FailedOperationUploadVerificationFailed,
    /// `FailedOperation.VerifyUinIsRealname`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: verify uin is realname.
    FailedOperationVerifyUinIsRealname,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.DNSHostIPCheckErr`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: DNS host IP check err.
    InternalErrorDnsHostIpCheckErr,
    /// `InternalError.DbError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db error.
    InternalErrorDbError,
    /// `InternalError.DescribeDomainInfoErr`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: describe domain info err.
    InternalErrorDescribeDomainInfoErr,
    /// `InternalError.DescribePreDomainListNotBegin`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: describe pre domain list not begin.
    InternalErrorDescribePreDomainListNotBegin,
    /// `InternalError.DescribeShopCollectListErr`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: describe shop collect list err.
    InternalErrorDescribeShopCollectListErr,
    /// `InternalError.DomainInternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: domain internal error.
    InternalErrorDomainInternalError,
    /// `InternalError.ForbiddenRequest`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: forbidden request.
    InternalErrorForbiddenRequest,
    /// `InternalError.JsonMarshal`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: json marshal.
    InternalErrorJsonMarshal,
    /// `InternalError.MethodNotMatch`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: method not match.
    InternalErrorMethodNotMatch,
    /// `InternalError.ModifyDNSHostErr`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: modify DNS host err.
    InternalErrorModifyDnsHostErr,
    /// `InternalError.NeedLogin`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: need login.
    InternalErrorNeedLogin,
    /// `InternalError.ReadBodyError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: read body error.
    InternalErrorReadBodyError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.CertificateCodeIsInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: certificate code is invalid.
    InvalidParameterCertificateCodeIsInvalid,
    /// `InvalidParameter.CertificateImageIsInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: certificate image is invalid.
    InvalidParameterCertificateImageIsInvalid,
    /// `InvalidParameter.CityCnInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: city cn invalid.
    InvalidParameterCityCnInvalid,
    /// `InvalidParameter.CodeTypeIsInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: code type is invalid.
    InvalidParameterCodeTypeIsInvalid,
    /// `InvalidParameter.CountryCnInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: country cn invalid.
    InvalidParameterCountryCnInvalid,
    /// `InvalidParameter.CustomDnsNameNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: custom dns name not found.
    InvalidParameterCustomDnsNameNotFound,
    /// `InvalidParameter.CustomDnsNotAllowed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: custom dns not allowed.
    InvalidParameterCustomDnsNotAllowed,
    /// `InvalidParameter.DomainIsInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain is invalid.
    InvalidParameterDomainIsInvalid,
    /// `InvalidParameter.DomainNameIsInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: domain name is invalid.
    InvalidParameterDomainNameIsInvalid,
    /// `InvalidParameter.DuplicateCustomDnsName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicate custom dns name.
    InvalidParameterDuplicateCustomDnsName,
    /// `InvalidParameter.DuplicateDomainExists`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: duplicate domain exists.
    InvalidParameterDuplicateDomainExists,
    /// `InvalidParameter.EmailIsInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: email is invalid.
    InvalidParameterEmailIsInvalid,
    /// `InvalidParameter.EmailIsUnverified`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: email is unverified.
    InvalidParameterEmailIsUnverified,
    /// `InvalidParameter.ImageExtInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image ext invalid.
    InvalidParameterImageExtInvalid,
    /// `InvalidParameter.ImageFileIsInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image file is invalid.
    InvalidParameterImageFileIsInvalid,
    /// `InvalidParameter.ImageFormatIsInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image format is invalid.
    InvalidParameterImageFormatIsInvalid,
    /// `InvalidParameter.ImageSizeBelow`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image size below.
    InvalidParameterImageSizeBelow,
    /// `InvalidParameter.ImageSizeExceed`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image size exceed.
    InvalidParameterImageSizeExceed,
    /// `InvalidParameter.ImageSizeLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: image size limit.
    InvalidParameterImageSizeLimit,
    /// `InvalidParameter.NameCnIsInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: name cn is invalid.
    InvalidParameterNameCnIsInvalid,
    /// `InvalidParameter.NameCnXmlInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: name cn xml invalid.
    InvalidParameterNameCnXmlInvalid,
    /// `InvalidParameter.NameEnASCIIInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: name en ASCII invalid.
    InvalidParameterNameEnAsciiInvalid,
    /// `InvalidParameter.NameEnCnIsInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: name en cn is invalid.
    InvalidParameterNameEnCnIsInvalid,
    /// `InvalidParameter.NameEnIsInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: name en is invalid.
    InvalidParameterNameEnIsInvalid,
    /// `InvalidParameter.NameEnIsKeyword`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: name en is keyword.
    InvalidParameterNameEnIsKeyword,
    /// `InvalidParameter.NameEnXmlInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: name en xml invalid.
    InvalidParameterNameEnXmlInvalid,
    /// `InvalidParameter.NameIsInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: name is invalid.
    InvalidParameterNameIsInvalid,
    /// `InvalidParameter.NameIsKeyword`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: name is keyword.
    InvalidParameterNameIsKeyword,
    /// `InvalidParameter.OrgASCIIInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: org ASCII invalid.
    InvalidParameterOrgAsciiInvalid,
    /// `InvalidParameter.OrgCnNotSpaceCN`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: org cn not space CN.
    InvalidParameterOrgCnNotSpaceCn,
    /// `InvalidParameter.OrgCnXmlInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: org cn xml invalid.
    InvalidParameterOrgCnXmlInvalid,
    /// `InvalidParameter.OrgInCNInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: org in CN invalid.
    InvalidParameterOrgInCnInvalid,
    /// `InvalidParameter.OrgIsInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: org is invalid.
    InvalidParameterOrgIsInvalid,
    /// `InvalidParameter.OrgIsKeyword`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: org is keyword.
    InvalidParameterOrgIsKeyword,
    /// `InvalidParameter.OrgXMLInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: org XML invalid.
    InvalidParameterOrgXmlInvalid,
    /// `InvalidParameter.PackageResourceIdInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: package resource id invalid.
    InvalidParameterPackageResourceIdInvalid,
    /// `InvalidParameter.ProvinceCnInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: province cn invalid.
    InvalidParameterProvinceCnInvalid,
    /// `InvalidParameter.RepTypeIsInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: rep type is invalid.
    InvalidParameterRepTypeIsInvalid,
    /// `InvalidParameter.StreetIsInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: street is invalid.
    InvalidParameterStreetIsInvalid,
    /// `InvalidParameter.TelephoneIsInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: telephone is invalid.
    InvalidParameterTelephoneIsInvalid,
    /// `InvalidParameter.TelephoneIsUnverified`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: telephone is unverified.
    InvalidParameterTelephoneIsUnverified,
    /// `InvalidParameter.TemplateAddressInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: template address invalid.
    InvalidParameterTemplateAddressInvalid,
    /// `InvalidParameter.UpTo4000`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: up to4000.
    InvalidParameterUpTo4000,
    /// `InvalidParameter.UserTypeIsInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: user type is invalid.
    InvalidParameterUserTypeIsInvalid,
    /// `InvalidParameter.VerifyCodeIsInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: verify code is invalid.
    InvalidParameterVerifyCodeIsInvalid,
    /// `InvalidParameter.ZipCodeIsInvalid`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: zip code is invalid.
    InvalidParameterZipCodeIsInvalid,
    /// `InvalidParameterValue.InvalidParameterFormat`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: invalid parameter format.
    InvalidParameterValueInvalidParameterFormat,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `LimitExceeded.RequestLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: request limit.
    LimitExceededRequestLimit,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `MissingParameter.ActionNotFound`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: action not found.
    MissingParameterActionNotFound,
    /// `MissingParameter.DomainIsEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: domain is empty.
    MissingParameterDomainIsEmpty,
    /// `MissingParameter.RepDataIsNone`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: rep data is none.
    MissingParameterRepDataIsNone,
    /// `MissingParameter.TemplateIdIsEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: template id is empty.
    MissingParameterTemplateIdIsEmpty,
    /// `MissingParameter.TemplateIdIsExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing: template id is exist.
    MissingParameterTemplateIdIsExist,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInUse.ModifyDomainInfoOwnerFailed`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use: modify domain info owner failed.
    ResourceInUseModifyDomainInfoOwnerFailed,
    /// `ResourceInsufficient.InsufficientQuota`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: insufficient quota.
    ResourceInsufficientInsufficientQuota,
    /// `ResourceInsufficient.Overwork`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient: overwork.
    ResourceInsufficientOverwork,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceNotFound.ApprovedTemplateNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: approved template not found.
    ResourceNotFoundApprovedTemplateNotFound,
    /// `ResourceNotFound.BidPriceConfig`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: bid price config.
    ResourceNotFoundBidPriceConfig,
    /// `ResourceNotFound.DomainNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: domain not found.
    ResourceNotFoundDomainNotFound,
    /// `ResourceNotFound.SearchInfo`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: search info.
    ResourceNotFoundSearchInfo,
    /// `ResourceNotFound.TemplateNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: template not found.
    ResourceNotFoundTemplateNotFound,
    /// `ResourceNotFound.TemplateToBeSupplemented`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: template to be supplemented.
    ResourceNotFoundTemplateToBeSupplemented,
    /// `ResourceUnavailable.DomainIsModifyingDNS`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: domain is modifying DNS.
    ResourceUnavailableDomainIsModifyingDns,
    /// `UnsupportedOperation.AccountRealName`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: account real name.
    UnsupportedOperationAccountRealName,
    /// `UnsupportedOperation.CustomHostOverLimit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: custom host over limit.
    UnsupportedOperationCustomHostOverLimit,
    /// `UnsupportedOperation.DomainNotVerified`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: domain not verified.
    UnsupportedOperationDomainNotVerified,
    /// `UnsupportedOperation.DomainUpdateProhibitionLockStartOn`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: domain update prohibition lock start on.
    UnsupportedOperationDomainUpdateProhibitionLockStartOn,
    /// `UnsupportedOperation.DomainUpdateSecurityLockProhibit`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: domain update security lock prohibit.
    UnsupportedOperationDomainUpdateSecurityLockProhibit,
    /// `UnsupportedOperation.ModifyDomainInfoOperateUnsupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: modify domain info operate unsupported.
    UnsupportedOperationModifyDomainInfoOperateUnsupported,
    /// `UnsupportedOperation.ModifyDomainInfoUnsupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: modify domain info unsupported.
    UnsupportedOperationModifyDomainInfoUnsupported,
    /// `UnsupportedOperation.ModifyDomainUnsupported`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: modify domain unsupported.
    UnsupportedOperationModifyDomainUnsupported,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 130] = [
        "AuthFailure.UnauthorizedOperation",
        "FailedOperation",
        "FailedOperation.BidCurrentPrice",
        "FailedOperation.BidPreDomainsPriceDownErr",
        "FailedOperation.BidPreDomainsTimeOutErr",
        "FailedOperation.BidPriceIllegal",
        "FailedOperation.BiddingGetPriceDoing",
        "FailedOperation.BiddingPreReleaseAutoPayErr",
        "FailedOperation.BiddingPreReleaseAutoPricePayErr",
        "FailedOperation.CheckDomainFailed",
        "FailedOperation.CreateTemplateFailed",
        "FailedOperation.DeleteTemplateFailed",
        "FailedOperation.DescribeDomainFailed",
        "FailedOperation.DescribeDomainListFailed",
        "FailedOperation.DescribePreReleaseList",
        "FailedOperation.DescribeTemplateFailed",
        "FailedOperation.DescribeUnPreDomainDetailErr",
        "FailedOperation.DomainExpiredUnsupported",
        "FailedOperation.DomainPriceListFailed",
        "FailedOperation.DuplicatePhoneEmail",
        "FailedOperation.ForbiddenRequest",
        "FailedOperation.GetDomainPriceFailed",
        "FailedOperation.ModifyDomainOwnerFailed",
        "FailedOperation.ModifyDomainOwnerRegisterDoing",
        "FailedOperation.ModifyOwnerDomainHasBeenPushed",
        "FailedOperation.ModifyOwnerDomainWithLock",
        "FailedOperation.PermissionDenied",
        "FailedOperation.ProhibitPhoneEmail",
        "FailedOperation.RegisterDomain",
        "FailedOperation.RegisterDomainFailed",
        "FailedOperation.SendTcbPhoneEmailCodeFailed",
        "FailedOperation.SendVerifyCodeIsLimited",
        "FailedOperation.SetDomainDnsFailed",
        "FailedOperation.TemplateCanNotModify",
        "FailedOperation.TemplateMaxNumFailed",
        "FailedOperation.TransferInDomainFailed",
        "FailedOperation.UinNotWhiteListErr",
        "FailedOperation.UploadImageFailed",
        "FailedOperation.UploadVerificationFailed",
        "FailedOperation.VerifyUinIsRealname",
        "InternalError",
        "InternalError.DNSHostIPCheckErr",
        "InternalError.DbError",
        "InternalError.DescribeDomainInfoErr",
        "InternalError.DescribePreDomainListNotBegin",
        "InternalError.DescribeShopCollectListErr",
        "InternalError.DomainInternalError",
        "InternalError.ForbiddenRequest",
        "InternalError.JsonMarshal",
        "InternalError.MethodNotMatch",
        "InternalError.ModifyDNSHostErr",
        "InternalError.NeedLogin",
        "InternalError.ReadBodyError",
        "InvalidParameter",
        "InvalidParameter.CertificateCodeIsInvalid",
        "InvalidParameter.CertificateImageIsInvalid",
        "InvalidParameter.CityCnInvalid",
        "InvalidParameter.CodeTypeIsInvalid",
        "InvalidParameter.CountryCnInvalid",
        "InvalidParameter.CustomDnsNameNotFound",
        "InvalidParameter.CustomDnsNotAllowed",
        "InvalidParameter.DomainIsInvalid",
        "InvalidParameter.DomainNameIsInvalid",
        "InvalidParameter.DuplicateCustomDnsName",
        "InvalidParameter.DuplicateDomainExists",
        "InvalidParameter.EmailIsInvalid",
        "InvalidParameter.EmailIsUnverified",
        "InvalidParameter.ImageExtInvalid",
        "InvalidParameter.ImageFileIsInvalid",
        "InvalidParameter.ImageFormatIsInvalid",
        "InvalidParameter.ImageSizeBelow",
        "InvalidParameter.ImageSizeExceed",
        "InvalidParameter.ImageSizeLimit",
        "InvalidParameter.NameCnIsInvalid",
        "InvalidParameter.NameCnXmlInvalid",
        "InvalidParameter.NameEnASCIIInvalid",
        "InvalidParameter.NameEnCnIsInvalid",
        "InvalidParameter.NameEnIsInvalid",
        "InvalidParameter.NameEnIsKeyword",
        "InvalidParameter.NameEnXmlInvalid",
        "InvalidParameter.NameIsInvalid",
        "InvalidParameter.NameIsKeyword",
        "InvalidParameter.OrgASCIIInvalid",
        "InvalidParameter.OrgCnNotSpaceCN",
        "InvalidParameter.OrgCnXmlInvalid",
        "InvalidParameter.OrgInCNInvalid",
        "InvalidParameter.OrgIsInvalid",
        "InvalidParameter.OrgIsKeyword",
        "InvalidParameter.OrgXMLInvalid",
        "InvalidParameter.PackageResourceIdInvalid",
        "InvalidParameter.ProvinceCnInvalid",
        "InvalidParameter.RepTypeIsInvalid",
        "InvalidParameter.StreetIsInvalid",
        "InvalidParameter.TelephoneIsInvalid",
        "InvalidParameter.TelephoneIsUnverified",
        "InvalidParameter.TemplateAddressInvalid",
        "InvalidParameter.UpTo4000",
        "InvalidParameter.UserTypeIsInvalid",
        "InvalidParameter.VerifyCodeIsInvalid",
        "InvalidParameter.ZipCodeIsInvalid",
        "InvalidParameterValue.InvalidParameterFormat",
        "LimitExceeded",
        "LimitExceeded.RequestLimit",
        "MissingParameter",
        "MissingParameter.ActionNotFound",
        "MissingParameter.DomainIsEmpty",
        "MissingParameter.RepDataIsNone",
        "MissingParameter.TemplateIdIsEmpty",
        "MissingParameter.TemplateIdIsExist",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInUse.ModifyDomainInfoOwnerFailed",
        "ResourceInsufficient.InsufficientQuota",
        "ResourceInsufficient.Overwork",
        "ResourceNotFound",
        "ResourceNotFound.ApprovedTemplateNotFound",
        "ResourceNotFound.BidPriceConfig",
        "ResourceNotFound.DomainNotFound",
        "ResourceNotFound.SearchInfo",
        "ResourceNotFound.TemplateNotFound",
        "ResourceNotFound.TemplateToBeSupplemented",
        "ResourceUnavailable.DomainIsModifyingDNS",
        "UnsupportedOperation.AccountRealName",
        "UnsupportedOperation.CustomHostOverLimit",
        "UnsupportedOperation.DomainNotVerified",
        "UnsupportedOperation.DomainUpdateProhibitionLockStartOn",
        "UnsupportedOperation.DomainUpdateSecurityLockProhibit",
        "UnsupportedOperation.ModifyDomainInfoOperateUnsupported",
        "UnsupportedOperation.ModifyDomainInfoUnsupported",
        "UnsupportedOperation.ModifyDomainUnsupported",
    ];
    static NAME_CODES: [u32; 8] = [41, 50, 75, 82, 83, 85, 88, 121];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "InternalErrorDnsHostIpCheckErrInternalErrorModifyDnsHostErrInvalidParameterNameEnAsciiInvalidInvalidParameterOrgAsciiInvalidInvalidParameterOrgCnNotSpaceCnInvalidParameterOrgInCnInvalidInvalidParameterOrgXmlInvalidResourceUnavailableDomainIsModifyingDns",
        ends: &[0, 30, 59, 93, 124, 155, 185, 214, 253],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed: unauthorized operation.The operation failed.The operation failed: bid current price.The operation failed: bid pre domains price down err.The operation failed: bid pre domains time out err.The operation failed: bid price illegal.The operation failed: bidding get price doing.The operation failed: bidding pre release auto pay err.The operation failed: bidding pre release auto price pay err.The operation failed: check domain failed.The operation failed: create template failed.The operation failed: delete template failed.The operation failed: describe domain failed.The operation failed: describe domain list failed.The operation failed: describe pre release list.The operation failed: describe template failed.The operation failed: describe un pre domain detail err.The operation failed: domain expired unsupported.The operation failed: domain price list failed.The operation failed: duplicate phone email.The operation failed: forbidden request.The operation failed: get domain price failed.The operation failed: modify domain owner failed.The operation failed: modify domain owner register doing.The operation failed: modify owner domain has been pushed.The operation failed: modify owner domain with lock.The operation failed: permission denied.The operation failed: prohibit phone email.The operation failed: register domain.The operation failed: register domain failed.The operation failed: send tcb phone email code failed.The operation failed: send verify code is limited.The operation failed: set domain dns failed.The operation failed: template can not modify.The operation failed: template max num failed.The operation failed: transfer in domain failed.The operation failed: uin not white list err.The operation failed: upload image failed.The operation failed: upload verification failed.The operation failed: verify uin is realname.An internal error occurred.An internal error occurred: DNS host IP check err.An internal error occurred: db error.An internal error occurred: describe domain info err.An internal error occurred: describe pre domain list not begin.An internal error occurred: describe shop collect list err.An internal error occurred: domain internal error.An internal error occurred: forbidden request.An internal error occurred: json marshal.An internal error occurred: method not match.An internal error occurred: modify DNS host err.An internal error occurred: need login.An internal error occurred: read body error.A parameter is invalid.A parameter is invalid: certificate code is invalid.A parameter is invalid: certificate image is invalid.A parameter is invalid: city cn invalid.A parameter is invalid: code type is invalid.A parameter is invalid: country cn invalid.A parameter is invalid: custom dns name not found.A parameter is invalid: custom dns not allowed.A parameter is invalid: domain is invalid.A parameter is invalid: domain name is invalid.A parameter is invalid: duplicate custom dns name.A parameter is invalid: duplicate domain exists.A parameter is invalid: email is invalid.A parameter is invalid: email is unverified.A parameter is invalid: image ext invalid.A parameter is invalid: image file is invalid.A parameter is invalid: image format is invalid.A parameter is invalid: image size below.A parameter is invalid: image size exceed.A parameter is invalid: image size limit.A parameter is invalid: name cn is invalid.A parameter is invalid: name cn xml invalid.A parameter is invalid: name en ASCII invalid.A parameter is invalid: name en cn is invalid.A parameter is invalid: name en is invalid.A parameter is invalid: name en is keyword.A parameter is invalid: name en xml invalid.A parameter is invalid: name is invalid.A parameter is invalid: name is keyword.A parameter is invalid: org ASCII invalid.A parameter is invalid: org cn not space CN.A parameter is invalid: org cn xml invalid.A parameter is invalid: org in CN invalid.A parameter is invalid: org is invalid.A parameter is invalid: org is keyword.A parameter is invalid: org XML invalid.A parameter is invalid: package resource id invalid.A parameter is invalid: province cn invalid.A parameter is invalid: rep type is invalid.A parameter is invalid: street is invalid.A parameter is invalid: telephone is invalid.A parameter is invalid: telephone is unverified.A parameter is invalid: template address invalid.A parameter is invalid: up to4000.A parameter is invalid: user type is invalid.A parameter is invalid: verify code is invalid.A parameter is invalid: zip code is invalid.A parameter value is invalid: invalid parameter format.A limit was exceeded.A limit was exceeded: request limit.A required parameter is missing.A required parameter is missing: action not found.A required parameter is missing: domain is empty.A required parameter is missing: rep data is none.A required parameter is missing: template id is empty.A required parameter is missing: template id is exist.Too many requests were sent.The resource is in use.The resource is in use: modify domain info owner failed.Resources are insufficient: insufficient quota.Resources are insufficient: overwork.The resource was not found.The resource was not found: approved template not found.The resource was not found: bid price config.The resource was not found: domain not found.The resource was not found: search info.The resource was not found: template not found.The resource was not found: template to be supplemented.The resource is unavailable: domain is modifying DNS.The operation is not supported: account real name.The operation is not supported: custom host over limit.The operation is not supported: domain not verified.The operation is not supported: domain update prohibition lock start on.The operation is not supported: domain update security lock prohibit.The operation is not supported: modify domain info operate unsupported.The operation is not supported: modify domain info unsupported.The operation is not supported: modify domain unsupported.",
        ends: &[
            0, 46, 67, 107, 160, 211, 251, 297, 352, 413, 455, 500, 545, 590, 640, 688,
            735, 791, 840, 887, 931, 971, 1017, 1066, 1123, 1181, 1233, 1273, 1316, 1354,
            1399, 1454, 1504, 1548, 1594, 1640, 1688, 1733, 1775, 1824, 1869, 1896, 1946,
            1983, 2036, 2099, 2158, 2208, 2254, 2295, 2340, 2388, 2427, 2471, 2494, 2546,
            2599, 2639, 2684, 2727, 2777, 2824, 2866, 2913, 2963, 3011, 3052, 3096, 3138,
            3184, 3232, 3273, 3315, 3356, 3399, 3443, 3489, 3535, 3578, 3621, 3665, 3705,
            3745, 3787, 3831, 3874, 3916, 3955, 3994, 4034, 4086, 4130, 4174, 4216, 4261,
            4309, 4358, 4392, 4437, 4484, 4528, 4583, 4604, 4640, 4672, 4722, 4771, 4821,
            4875, 4929, 4957, 4980, 5036, 5083, 5120, 5147, 5203, 5248, 5293, 5333, 5380,
            5436, 5489, 5539, 5594, 5646, 5718, 5787, 5858, 5921, 5979,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 130] = ::cloud_errors::__private::retry_column(
        b"caaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbbbbbbbbbaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbccaaaaaaacaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 130] = ::cloud_errors::__private::category_column(
        b"piiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimmmmmmmmmmmmmcccccccccccccccccccccccccccccccccccccccccccccccchhcccccchjjhheeeeeeeiiiiiiiii",
    );
    static PILOTS: [u16; 33] = [
        0, 9, 32, 21, 15, 6, 3, 4, 3, 1, 1, 6, 3, 31, 0, 0, 29, 22, 30, 25, 39, 28, 41,
        0, 15, 0, 20, 49, 40, 65, 30, 15, 7,
    ];
    static SLOTS: [(&str, u32); 144] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            23, 53, 118, 72, 78, 4294967295, 108, 9, 56, 3, 15, 61, 94, 39, 45,
            4294967295, 24, 117, 91, 25, 99, 28, 66, 4294967295, 87, 111, 126, 10, 125,
            1, 4294967295, 73, 60, 16, 123, 58, 57, 42, 110, 55, 13, 64, 18, 81, 98, 74,
            46, 105, 41, 4, 38, 7, 120, 35, 4294967295, 71, 65, 12, 83, 49, 21,
            4294967295, 33, 5, 40, 97, 76, 8, 93, 4294967295, 4294967295, 2, 32, 20, 82,
            119, 69, 4294967295, 85, 52, 77, 101, 70, 116, 59, 26, 109, 129, 100, 106,
            103, 88, 84, 47, 19, 63, 27, 96, 79, 107, 92, 4294967295, 112, 67, 44, 124,
            31, 113, 29, 89, 4294967295, 14, 0, 50, 17, 4294967295, 30, 54, 4294967295,
            34, 36, 127, 86, 43, 114, 51, 95, 80, 121, 128, 11, 68, 6, 37, 90, 22, 75,
            122, 115, 102, 104, 4294967295, 48, 62,
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
    const PROVIDER: &'static str = "Tencent Cloud DOMAIN";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud DOMAIN's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud DOMAIN: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
