// @generated from catalogs/alibaba/acm.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud acm: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud acm: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ServiceDisabled`: HTTP 401; retry: never; category: unauthenticated.
    /// Service disabled.
    ServiceDisabled,
    /// `ConfigurationAlreadyExists`: HTTP 500; retry: never; category: internal.
    /// Configuration already exists.
    ConfigurationAlreadyExists,
    /// `ConfigurationInvalidArgument`: HTTP 500; retry: never; category: internal.
    /// Configuration invalid argument.
    ConfigurationInvalidArgument,
    /// `ConfigurationQuotaOrSizeExceed`: HTTP 500; retry: never; category: internal.
    /// Configuration quota or size exceed.
    ConfigurationQuotaOrSizeExceed,
    /// `ConfigurationSizeExceed`: HTTP 500; retry: never; category: internal.
    /// Configuration size exceed.
    ConfigurationSizeExceed,
    /// `NamespaceNameInvalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Namespace name invalid.
    NamespaceNameInvalid,
    /// `NamespaceQuotaExceed`: HTTP 500; retry: never; category: internal.
    /// Namespace quota exceed.
    NamespaceQuotaExceed,
    /// `PermissionDenied`: HTTP 403; retry: never; category: permission_denied.
    /// Permission denied.
    PermissionDenied,
    /// `ConfigurationNotExists`: HTTP 404; retry: never; category: not_found.
    /// Configuration not exists.
    ConfigurationNotExists,
    /// `ConfigurationDeleteFail`: HTTP 500; retry: never; category: internal.
    /// Configuration delete fail.
    ConfigurationDeleteFail,
    /// `NamespacePermissionDenied`: HTTP 403; retry: never; category: permission_denied.
    /// Namespace permission denied.
    NamespacePermissionDenied,
    /// `NamespaceNotExists`: HTTP 404; retry: never; category: not_found.
    /// Namespace not exists.
    NamespaceNotExists,
    /// `NamespaceInUsage`: HTTP 500; retry: never; category: internal.
    /// Namespace in usage.
    NamespaceInUsage,
    /// `ConfigurationDeployFail`: HTTP 500; retry: never; category: internal.
    /// Configuration deploy fail.
    ConfigurationDeployFail,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 14] = [
        "ServiceDisabled",
        "ConfigurationAlreadyExists",
        "ConfigurationInvalidArgument",
        "ConfigurationQuotaOrSizeExceed",
        "ConfigurationSizeExceed",
        "NamespaceNameInvalid",
        "NamespaceQuotaExceed",
        "PermissionDenied",
        "ConfigurationNotExists",
        "ConfigurationDeleteFail",
        "NamespacePermissionDenied",
        "NamespaceNotExists",
        "NamespaceInUsage",
        "ConfigurationDeployFail",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Service disabled.Configuration already exists.Configuration invalid argument.Configuration quota or size exceed.Configuration size exceed.Namespace name invalid.Namespace quota exceed.Permission denied.Configuration not exists.Configuration delete fail.Namespace permission denied.Namespace not exists.Namespace in usage.Configuration deploy fail.",
        ends: &[0, 17, 46, 77, 112, 138, 161, 184, 202, 227, 253, 281, 302, 321, 347],
    };
    static STATUSES: [u16; 14] = [
        401, 500, 500, 500, 500, 400, 500, 403, 404, 500, 403, 404, 500, 500,
    ];
    static STATUS_ENDS: [u32; 15] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
    static RETRY: [::cloud_errors::Retry; 14] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 14] = ::cloud_errors::__private::category_column(
        b"pmmmmcmgemgemm",
    );
    static PILOTS: [u16; 4] = [5, 1, 30, 4];
    static SLOTS: [(&str, u32); 15] = ::cloud_errors::__private::slots(
        &CODES,
        &[10, 12, 2, 6, 11, 0, 8, 4294967295, 3, 4, 5, 9, 13, 1, 7],
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
    const PROVIDER: &'static str = "Alibaba Cloud acm";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud acm's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud acm: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
