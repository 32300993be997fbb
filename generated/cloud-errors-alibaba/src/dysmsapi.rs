// @generated from catalogs/alibaba/dysmsapi.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Dysmsapi: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Dysmsapi: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ForbiddenAction`: HTTP 400; retry: never; category: invalid_argument.
    /// Forbidden action.
    ForbiddenAction,
    /// `TemplateParameterCountIllegal`: HTTP 400; retry: never; category: invalid_argument.
    /// Template parameter count illegal.
    TemplateParameterCountIllegal,
    /// `ParameterMismatch.ThirdParty`: HTTP 400; retry: never; category: invalid_argument.
    /// Parameter mismatch: third party.
    ParameterMismatchThirdParty,
    /// `SignName.Exists`: HTTP 400; retry: never; category: invalid_argument.
    /// Sign name: exists.
    SignNameExists,
    /// `InvalidQualification`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid qualification.
    InvalidQualification,
    /// `InvalidSignName`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid sign name.
    InvalidSignName,
    /// `InvalidApplySceneContent`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid apply scene content.
    InvalidApplySceneContent,
    /// `MissApplySceneContent`: HTTP 400; retry: never; category: invalid_argument.
    /// Miss apply scene content.
    MissApplySceneContent,
    /// `MissingSignName`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing sign name.
    MissingSignName,
    /// `QualificationNotFound`: HTTP 404; retry: never; category: not_found.
    /// Qualification not found.
    QualificationNotFound,
    /// `AssocSignUnapproved`: HTTP 400; retry: never; category: invalid_argument.
    /// Assoc sign unapproved.
    AssocSignUnapproved,
    /// `InvalidTemplateRule.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid template rule: format.
    InvalidTemplateRuleFormat,
    /// `InvalidMoreData`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid more data.
    InvalidMoreData,
    /// `TemplateVarLimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Template var limit exceeded.
    TemplateVarLimitExceeded,
    /// `InvalidTemplateContent.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid template content: format.
    InvalidTemplateContentFormat,
    /// `InvalidTemplateRule`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid template rule.
    InvalidTemplateRule,
    /// `ServiceNotOpened`: HTTP 400; retry: never; category: invalid_argument.
    /// Service not opened.
    ServiceNotOpened,
    /// `MissingTemplateName`: HTTP 404; retry: never; category: not_found.
    /// Missing template name.
    MissingTemplateName,
    /// `SmsSignatureNotFound`: HTTP 404; retry: never; category: not_found.
    /// Sms signature not found.
    SmsSignatureNotFound,
    /// `SignatureNotFound`: HTTP 404; retry: never; category: not_found.
    /// Signature not found.
    SignatureNotFound,
    /// `TemplateNotFound`: HTTP 404; retry: never; category: not_found.
    /// Template not found.
    TemplateNotFound,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 21] = [
        "ForbiddenAction",
        "TemplateParameterCountIllegal",
        "ParameterMismatch.ThirdParty",
        "SignName.Exists",
        "InvalidQualification",
        "InvalidSignName",
        "InvalidApplySceneContent",
        "MissApplySceneContent",
        "MissingSignName",
        "QualificationNotFound",
        "AssocSignUnapproved",
        "InvalidTemplateRule.Format",
        "InvalidMoreData",
        "TemplateVarLimitExceeded",
        "InvalidTemplateContent.Format",
        "InvalidTemplateRule",
        "ServiceNotOpened",
        "MissingTemplateName",
        "SmsSignatureNotFound",
        "SignatureNotFound",
        "TemplateNotFound",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Forbidden action.Template parameter count illegal.Parameter mismatch: third party.Sign name: exists.Invalid qualification.Invalid sign name.Invalid apply scene content.Miss apply scene content.Missing sign name.Qualification not found.Assoc sign unapproved.Invalid template rule: format.Invalid more data.Template var limit exceeded.Invalid template content: format.Invalid template rule.Service not opened.Missing template name.Sms signature not found.Signature not found.Template not found.",
        ends: &[
            0, 17, 50, 82, 100, 122, 140, 168, 193, 211, 235, 257, 287, 305, 333, 366,
            388, 407, 429, 453, 473, 492,
        ],
    };
    static STATUSES: [u16; 21] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400, 400,
        400, 404, 404, 404, 404,
    ];
    static STATUS_ENDS: [u32; 22] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
    ];
    static RETRY: [::cloud_errors::Retry; 21] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 21] = ::cloud_errors::__private::category_column(
        b"ccccccccceccccccceeee",
    );
    static PILOTS: [u16; 6] = [0, 0, 9, 32, 10, 3];
    static SLOTS: [(&str, u32); 23] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            10, 3, 4294967295, 20, 14, 6, 17, 7, 2, 5, 11, 18, 15, 19, 9, 0, 4, 1, 13, 8,
            4294967295, 12, 16,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
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
    const PROVIDER: &'static str = "Alibaba Cloud Dysmsapi";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Dysmsapi's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Dysmsapi: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
