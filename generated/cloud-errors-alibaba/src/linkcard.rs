// @generated from catalogs/alibaba/linkcard.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Linkcard: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Linkcard: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `IllegalParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal parameter.
    IllegalParameter,
    /// `linkcard.system.IllegalRequest`: HTTP 400; retry: never; category: invalid_argument.
    /// Linkcard: system, illegal request.
    LinkcardSystemIllegalRequest,
    /// `linkcard.common.RamActionPermissionDeny`: HTTP 403; retry: never; category: permission_denied.
    /// Linkcard: common, ram action permission deny.
    LinkcardCommonRamActionPermissionDeny,
    /// `Service.InternalError`: HTTP 500; retry: never; category: internal.
    /// Service: internal error.
    ServiceInternalError,
    /// `linkcard.system.RPCInvokeError`: HTTP 500; retry: never; category: internal.
    /// Linkcard: system, RPC invoke error.
    LinkcardSystemRpcInvokeError,
    /// `linkcard.check.IccidCanNotEmpty`: HTTP 400; retry: never; category: invalid_argument.
    /// Linkcard: check, iccid can not empty.
    LinkcardCheckIccidCanNotEmpty,
    /// `linkcard.common.CardDestroy`: HTTP 400; retry: never; category: invalid_argument.
    /// Linkcard: common, card destroy.
    LinkcardCommonCardDestroy,
    /// `linkcard.check.ForceActivationSameFlowCard`: HTTP 400; retry: never; category: invalid_argument.
    /// Linkcard: check, force activation same flow card.
    LinkcardCheckForceActivationSameFlowCard,
    /// `linkcard.check.OnlyUnusedCanForceActivation`: HTTP 400; retry: never; category: invalid_argument.
    /// Linkcard: check, only unused can force activation.
    LinkcardCheckOnlyUnusedCanForceActivation,
    /// `linkcard.check.InstanceIdCanNotEmpty`: HTTP 400; retry: never; category: invalid_argument.
    /// Linkcard: check, instance id can not empty.
    LinkcardCheckInstanceIdCanNotEmpty,
    /// `linkcard.common.CardNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Linkcard: common, card not exist.
    LinkcardCommonCardNotExist,
    /// `CardDisabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Card disabled.
    CardDisabled,
    /// `linkcard.common.BusinessProcessError`: HTTP 500; retry: never; category: internal.
    /// Linkcard: common, business process error.
    LinkcardCommonBusinessProcessError,
    /// `linkcard.common.InvalidAliyunPK`: HTTP 400; retry: never; category: invalid_argument.
    /// Linkcard: common, invalid aliyun PK.
    LinkcardCommonInvalidAliyunPk,
    /// `linkcard.common.IccidNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Linkcard: common, iccid not exist.
    LinkcardCommonIccidNotExist,
    /// `linkcard.check.TimeFormatError`: HTTP 400; retry: never; category: invalid_argument.
    /// Linkcard: check, time format error.
    LinkcardCheckTimeFormatError,
    /// `linkcard.common.IccidFormatError`: HTTP 400; retry: never; category: invalid_argument.
    /// Linkcard: common, iccid format error.
    LinkcardCommonIccidFormatError,
    /// `linkcard.common.VnoCardNotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Linkcard: common, vno card not supported.
    LinkcardCommonVnoCardNotSupported,
    /// `linkcard.common.CredentialInstanceNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Linkcard: common, credential instance not exist.
    LinkcardCommonCredentialInstanceNotExist,
    /// `linkcard.common.CredentialNoNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Linkcard: common, credential no not exist.
    LinkcardCommonCredentialNoNotExist,
    /// `linkcard.directional.notExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Linkcard: directional, not exist.
    LinkcardDirectionalNotExist,
    /// `linkcard.check.RuleMaxValueLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// Linkcard: check, rule max value limit.
    LinkcardCheckRuleMaxValueLimit,
    /// `linkcard.check.RuleMustBePositiveInteger`: HTTP 400; retry: never; category: invalid_argument.
    /// Linkcard: check, rule must be positive integer.
    LinkcardCheckRuleMustBePositiveInteger,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 23] = [
        "IllegalParameter",
        "linkcard.system.IllegalRequest",
        "linkcard.common.RamActionPermissionDeny",
        "Service.InternalError",
        "linkcard.system.RPCInvokeError",
        "linkcard.check.IccidCanNotEmpty",
        "linkcard.common.CardDestroy",
        "linkcard.check.ForceActivationSameFlowCard",
        "linkcard.check.OnlyUnusedCanForceActivation",
        "linkcard.check.InstanceIdCanNotEmpty",
        "linkcard.common.CardNotExist",
        "CardDisabled",
        "linkcard.common.BusinessProcessError",
        "linkcard.common.InvalidAliyunPK",
        "linkcard.common.IccidNotExist",
        "linkcard.check.TimeFormatError",
        "linkcard.common.IccidFormatError",
        "linkcard.common.VnoCardNotSupported",
        "linkcard.common.CredentialInstanceNotExist",
        "linkcard.common.CredentialNoNotExist",
        "linkcard.directional.notExist",
        "linkcard.check.RuleMaxValueLimit",
        "linkcard.check.RuleMustBePositiveInteger",
    ];
    static NAME_CODES: [u32; 20] = [
        1, 2, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "LinkcardSystemIllegalRequestLinkcardCommonRamActionPermissionDenyLinkcardSystemRpcInvokeErrorLinkcardCheckIccidCanNotEmptyLinkcardCommonCardDestroyLinkcardCheckForceActivationSameFlowCardLinkcardCheckOnlyUnusedCanForceActivationLinkcardCheckInstanceIdCanNotEmptyLinkcardCommonCardNotExistLinkcardCommonBusinessProcessErrorLinkcardCommonInvalidAliyunPkLinkcardCommonIccidNotExistLinkcardCheckTimeFormatErrorLinkcardCommonIccidFormatErrorLinkcardCommonVnoCardNotSupportedLinkcardCommonCredentialInstanceNotExistLinkcardCommonCredentialNoNotExistLinkcardDirectionalNotExistLinkcardCheckRuleMaxValueLimitLinkcardCheckRuleMustBePositiveInteger",
        ends: &[
            0, 28, 65, 93, 122, 147, 187, 228, 262, 288, 322, 351, 378, 406, 436, 469,
            509, 543, 570, 600, 638,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Illegal parameter.Linkcard: system, illegal request.Linkcard: common, ram action permission deny.Service: internal error.Linkcard: system, RPC invoke error.Linkcard: check, iccid can not empty.Linkcard: common, card destroy.Linkcard: check, force activation same flow card.Linkcard: check, only unused can force activation.Linkcard: check, instance id can not empty.Linkcard: common, card not exist.Card disabled.Linkcard: common, business process error.Linkcard: common, invalid aliyun PK.Linkcard: common, iccid not exist.Linkcard: check, time format error.Linkcard: common, iccid format error.Linkcard: common, vno card not supported.Linkcard: common, credential instance not exist.Linkcard: common, credential no not exist.Linkcard: directional, not exist.Linkcard: check, rule max value limit.Linkcard: check, rule must be positive integer.",
        ends: &[
            0, 18, 52, 97, 121, 156, 193, 224, 273, 323, 366, 399, 413, 454, 490, 524,
            559, 596, 637, 685, 727, 760, 798, 845,
        ],
    };
    static STATUSES: [u16; 23] = [
        400, 400, 403, 500, 500, 400, 400, 400, 400, 400, 400, 400, 500, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 24] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23,
    ];
    static RETRY: [::cloud_errors::Retry; 23] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 23] = ::cloud_errors::__private::category_column(
        b"ccgmmcccccccmcccccccccc",
    );
    static PILOTS: [u16; 6] = [18, 0, 35, 14, 9, 62];
    static SLOTS: [(&str, u32); 25] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            3, 12, 4294967295, 1, 6, 14, 15, 16, 8, 2, 9, 10, 0, 4, 20, 11, 21, 13, 22,
            4294967295, 5, 19, 7, 17, 18,
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
    const PROVIDER: &'static str = "Alibaba Cloud Linkcard";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Linkcard's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Linkcard: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
