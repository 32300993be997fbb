// @generated from catalogs/alibaba/idrsservice.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud idrsservice: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud idrsservice: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidRequest`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid request.
    InvalidRequest,
    /// `Unauthorized`: HTTP 401; retry: never; category: unauthenticated.
    /// The request is not authorized.
    Unauthorized,
    /// `Forbidden`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden.
    Forbidden,
    /// `ResourceNotFound`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFound,
    /// `InternalServerError`: HTTP 500; retry: never; category: internal.
    /// Internal server error.
    InternalServerError,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 5] = [
        "InvalidRequest",
        "Unauthorized",
        "Forbidden",
        "ResourceNotFound",
        "InternalServerError",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Invalid request.The request is not authorized.The request is forbidden.Resource not found.Internal server error.",
        ends: &[0, 16, 46, 71, 90, 112],
    };
    static STATUSES: [u16; 5] = [400, 401, 403, 404, 500];
    static STATUS_ENDS: [u32; 6] = [0, 1, 2, 3, 4, 5];
    static RETRY: [::cloud_errors::Retry; 5] = ::cloud_errors::__private::retry_column(
        b"aacaa",
    );
    static CATEGORY: [::cloud_errors::Category; 5] = ::cloud_errors::__private::category_column(
        b"cpgem",
    );
    static PILOTS: [u16; 2] = [1, 8];
    static SLOTS: [(&str, u32); 5] = ::cloud_errors::__private::slots(
        &CODES,
        &[0, 2, 1, 3, 4],
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
    const PROVIDER: &'static str = "Alibaba Cloud idrsservice";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud idrsservice's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud idrsservice: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
