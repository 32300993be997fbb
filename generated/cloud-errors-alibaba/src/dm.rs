// @generated from catalogs/alibaba/dm.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Dm: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Dm: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidMailAddressName.Duplicate`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid mail address name: duplicate.
    InvalidMailAddressNameDuplicate,
    /// `InvalidUser.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid user: not found.
    InvalidUserNotFound,
    /// `User.Blacklisted`: HTTP 403; retry: never; category: permission_denied.
    /// User: blacklisted.
    UserBlacklisted,
    /// `User.RegisterTooMuch`: HTTP 403; retry: never; category: permission_denied.
    /// User: register too much.
    UserRegisterTooMuch,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidKeyword.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid keyword: malformed.
    InvalidKeywordMalformed,
    /// `InvalidStatus.Malformed`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status: malformed.
    InvalidStatusMalformed,
    /// `InvalidMailAddress.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid mail address: not found.
    InvalidMailAddressNotFound,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 8] = [
        "InvalidMailAddressName.Duplicate",
        "InvalidUser.NotFound",
        "User.Blacklisted",
        "User.RegisterTooMuch",
        "InternalError",
        "InvalidKeyword.Malformed",
        "InvalidStatus.Malformed",
        "InvalidMailAddress.NotFound",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Invalid mail address name: duplicate.Invalid user: not found.User: blacklisted.User: register too much.An internal error occurred.Invalid keyword: malformed.Invalid status: malformed.Invalid mail address: not found.",
        ends: &[0, 37, 61, 79, 103, 130, 157, 183, 215],
    };
    static STATUSES: [u16; 8] = [400, 404, 403, 403, 500, 400, 400, 404];
    static STATUS_ENDS: [u32; 9] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
    static RETRY: [::cloud_errors::Retry; 8] = ::cloud_errors::__private::retry_column(
        b"aaaabaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 8] = ::cloud_errors::__private::category_column(
        b"ceggmcce",
    );
    static PILOTS: [u16; 2] = [314, 7];
    static SLOTS: [(&str, u32); 8] = ::cloud_errors::__private::slots(
        &CODES,
        &[4, 2, 0, 6, 5, 3, 1, 7],
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
    const PROVIDER: &'static str = "Alibaba Cloud Dm";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Dm's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Dm: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
