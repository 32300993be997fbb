// @generated from catalogs/alibaba/elasticsearch.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud elasticsearch: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud elasticsearch: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InstanceActivating`: HTTP 400; retry: never; category: invalid_argument.
    /// Instance activating.
    InstanceActivating,
    /// `InstanceNotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Instance not found.
    InstanceNotFound,
    /// `ComponentCodeValueError`: HTTP 400; retry: never; category: invalid_argument.
    /// Component code value error.
    ComponentCodeValueError,
    /// `UserNotOpen`: HTTP 401; retry: never; category: unauthenticated.
    /// User not open.
    UserNotOpen,
    /// `StsRoleAccountNoPermission`: HTTP 401; retry: never; category: unauthenticated.
    /// Sts role account no permission.
    StsRoleAccountNoPermission,
    /// `SubAccountNoPermission`: HTTP 401; retry: never; category: unauthenticated.
    /// Sub account no permission.
    SubAccountNoPermission,
    /// `UserUnauthorized`: HTTP 401; retry: never; category: unauthenticated.
    /// User unauthorized.
    UserUnauthorized,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 7] = [
        "InstanceActivating",
        "InstanceNotFound",
        "ComponentCodeValueError",
        "UserNotOpen",
        "StsRoleAccountNoPermission",
        "SubAccountNoPermission",
        "UserUnauthorized",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Instance activating.Instance not found.Component code value error.User not open.Sts role account no permission.Sub account no permission.User unauthorized.",
        ends: &[0, 20, 39, 66, 80, 111, 137, 155],
    };
    static STATUSES: [u16; 8] = [400, 400, 404, 400, 401, 401, 401, 401];
    static STATUS_ENDS: [u32; 8] = [0, 1, 3, 4, 5, 6, 7, 8];
    static RETRY: [::cloud_errors::Retry; 7] = ::cloud_errors::__private::retry_column(
        b"aaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 7] = ::cloud_errors::__private::category_column(
        b"cccpppp",
    );
    static PILOTS: [u16; 2] = [13, 106];
    static SLOTS: [(&str, u32); 7] = ::cloud_errors::__private::slots(
        &CODES,
        &[3, 0, 4, 1, 5, 6, 2],
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
    const PROVIDER: &'static str = "Alibaba Cloud elasticsearch";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud elasticsearch's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud elasticsearch: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
