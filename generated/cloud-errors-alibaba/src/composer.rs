// @generated from catalogs/alibaba/composer.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud composer: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud composer: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidFlow.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid flow: not found.
    InvalidFlowNotFound,
    /// `InvalidDefinition.Format`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid definition: format.
    InvalidDefinitionFormat,
    /// `InvalidParameter.Definition`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: definition.
    InvalidParameterDefinition,
    /// `InvalidParameter.Description.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: description, length.
    InvalidParameterDescriptionLength,
    /// `InvalidParameter.Name`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: name.
    InvalidParameterName,
    /// `InvalidParameter.Name.Length`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: name, length.
    InvalidParameterNameLength,
    /// `NoPermission`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The caller has no permission.
    NoPermission,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 7] = [
        "InvalidFlow.NotFound",
        "InvalidDefinition.Format",
        "InvalidParameter.Definition",
        "InvalidParameter.Description.Length",
        "InvalidParameter.Name",
        "InvalidParameter.Name.Length",
        "NoPermission",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Invalid flow: not found.Invalid definition: format.A parameter is invalid: definition.A parameter is invalid: description, length.A parameter is invalid: name.A parameter is invalid: name, length.The caller has no permission.",
        ends: &[0, 24, 51, 86, 130, 159, 196, 225],
    };
    static STATUSES: [u16; 7] = [404, 400, 400, 400, 400, 400, 403];
    static STATUS_ENDS: [u32; 8] = [0, 1, 2, 3, 4, 5, 6, 7];
    static RETRY: [::cloud_errors::Retry; 7] = ::cloud_errors::__private::retry_column(
        b"aaaaaac",
    );
    static CATEGORY: [::cloud_errors::Category; 7] = ::cloud_errors::__private::category_column(
        b"ecccccg",
    );
    static PILOTS: [u16; 2] = [1, 8];
    static SLOTS: [(&str, u32); 7] = ::cloud_errors::__private::slots(
        &CODES,
        &[3, 5, 6, 4, 1, 0, 2],
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
    const PROVIDER: &'static str = "Alibaba Cloud composer";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud composer's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud composer: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
