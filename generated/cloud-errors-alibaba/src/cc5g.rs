// @generated from catalogs/alibaba/cc5g.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud CC5G: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud CC5G: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `OperationDenied.CIDRMaskTooLarge`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: CIDR mask too large.
    OperationDeniedCidrMaskTooLarge,
    /// `OperationDenied.ExistCards`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: exist cards.
    OperationDeniedExistCards,
    /// `OperationDenied.AttachedVpc`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: attached vpc.
    OperationDeniedAttachedVpc,
    /// `OperationDenied.ExistCustomerAuthorizationRules`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: exist customer authorization rules.
    OperationDeniedExistCustomerAuthorizationRules,
    /// `Forbidden.RAM`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The request is forbidden: RAM.
    ForbiddenRam,
    /// `OperationDenied.GrantUidNotHaveCcIotSlr`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: grant uid not have cc iot slr.
    OperationDeniedGrantUidNotHaveCcIotSlr,
    /// `OperationDenied.NotSupportGrantToSelf`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: not support grant to self.
    OperationDeniedNotSupportGrantToSelf,
    /// `ResourceNotFound.IoTCloudConnector`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: io t cloud connector.
    ResourceNotFoundIoTCloudConnector,
    /// `OperationDenied.CardsSimStatusNotReBind`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: cards sim status not re bind.
    OperationDeniedCardsSimStatusNotReBind,
    /// `OperationDenied.TestCardFlowExceedQuota`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: test card flow exceed quota.
    OperationDeniedTestCardFlowExceedQuota,
    /// `ResourceNotFound.IccID`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found: icc ID.
    ResourceNotFoundIccId,
    /// `OperationDenied.SingCardOneMonthRebindExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: sing card one month rebind exceeded.
    OperationDeniedSingCardOneMonthRebindExceeded,
    /// `OperationDenied.CardsSimStatusNotResume`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: cards sim status not resume.
    OperationDeniedCardsSimStatusNotResume,
    /// `cardIdNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Card id not exist.
    CardIdNotExist,
    /// `CardIPNotBind`: HTTP 400; retry: never; category: invalid_argument.
    /// Card IP not bind.
    CardIpNotBind,
    /// `CardIPAndIccIdNotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Card IP and icc id not match.
    CardIpAndIccIdNotMatch,
    /// `CardIPNotExist`: HTTP 400; retry: never; category: invalid_argument.
    /// Card IP not exist.
    CardIpNotExist,
    /// `OperationDenied.CardsSimStatusNotUnlock`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation denied: cards sim status not unlock.
    OperationDeniedCardsSimStatusNotUnlock,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 18] = [
        "OperationDenied.CIDRMaskTooLarge",
        "OperationDenied.ExistCards",
        "OperationDenied.AttachedVpc",
        "OperationDenied.ExistCustomerAuthorizationRules",
        "Forbidden.RAM",
        "OperationDenied.GrantUidNotHaveCcIotSlr",
        "OperationDenied.NotSupportGrantToSelf",
        "ResourceNotFound.IoTCloudConnector",
        "OperationDenied.CardsSimStatusNotReBind",
        "OperationDenied.TestCardFlowExceedQuota",
        "ResourceNotFound.IccID",
        "OperationDenied.SingCardOneMonthRebindExceeded",
        "OperationDenied.CardsSimStatusNotResume",
        "cardIdNotExist",
        "CardIPNotBind",
        "CardIPAndIccIdNotMatch",
        "CardIPNotExist",
        "OperationDenied.CardsSimStatusNotUnlock",
    ];
    static NAME_CODES: [u32; 7] = [0, 4, 10, 13, 14, 15, 16];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "OperationDeniedCidrMaskTooLargeForbiddenRamResourceNotFoundIccIdCardIdNotExistCardIpNotBindCardIpAndIccIdNotMatchCardIpNotExist",
        ends: &[0, 31, 43, 64, 78, 91, 113, 127],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Operation denied: CIDR mask too large.Operation denied: exist cards.Operation denied: attached vpc.Operation denied: exist customer authorization rules.The request is forbidden: RAM.Operation denied: grant uid not have cc iot slr.Operation denied: not support grant to self.Resource not found: io t cloud connector.Operation denied: cards sim status not re bind.Operation denied: test card flow exceed quota.Resource not found: icc ID.Operation denied: sing card one month rebind exceeded.Operation denied: cards sim status not resume.Card id not exist.Card IP not bind.Card IP and icc id not match.Card IP not exist.Operation denied: cards sim status not unlock.",
        ends: &[
            0, 38, 68, 99, 152, 182, 230, 274, 315, 362, 408, 435, 489, 535, 553, 570,
            599, 617, 663,
        ],
    };
    static STATUSES: [u16; 18] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400,
    ];
    static STATUS_ENDS: [u32; 19] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
    ];
    static RETRY: [::cloud_errors::Retry; 18] = ::cloud_errors::__private::retry_column(
        b"aaaacaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 18] = ::cloud_errors::__private::category_column(
        b"ccccgccccccccccccc",
    );
    static PILOTS: [u16; 5] = [514, 1, 9, 15, 13];
    static SLOTS: [(&str, u32); 20] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            1, 11, 4, 10, 14, 12, 17, 16, 2, 4294967295, 4294967295, 5, 7, 0, 3, 6, 9, 8,
            15, 13,
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
    const PROVIDER: &'static str = "Alibaba Cloud CC5G";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud CC5G's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud CC5G: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
