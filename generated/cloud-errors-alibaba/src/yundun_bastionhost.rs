// @generated from catalogs/alibaba/yundun_bastionhost.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Yundun\-bastionhost: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Yundun\-bastionhost: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `LicenseOutOfLimit`: HTTP 400; retry: never; category: invalid_argument.
    /// License out of limit.
    LicenseOutOfLimit,
    /// `DatabaseAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Database already exists.
    DatabaseAlreadyExists,
    /// `DatabaseAccountAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Database account already exists.
    DatabaseAccountAlreadyExists,
    /// `HostAccountAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Host account already exists.
    HostAccountAlreadyExists,
    /// `HostGroupAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Host group already exists.
    HostGroupAlreadyExists,
    /// `HostShareKeyAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Host share key already exists.
    HostShareKeyAlreadyExists,
    /// `NetworkDomainAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Network domain already exists.
    NetworkDomainAlreadyExists,
    /// `PolicyAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Policy already exists.
    PolicyAlreadyExists,
    /// `RuleAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Rule already exists.
    RuleAlreadyExists,
    /// `UserAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// User already exists.
    UserAlreadyExists,
    /// `UserGroupAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// User group already exists.
    UserGroupAlreadyExists,
    /// `DatabaseNotFound`: HTTP 404; retry: never; category: not_found.
    /// Database not found.
    DatabaseNotFound,
    /// `DatabaseAccountNotFound`: HTTP 404; retry: never; category: not_found.
    /// Database account not found.
    DatabaseAccountNotFound,
    /// `HostNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Host not found.
    HostNotFound,
    /// `HostAccountNotFound`: HTTP 404; retry: never; category: not_found.
    /// Host account not found.
    HostAccountNotFound,
    /// `HostGroupNotFound`: HTTP 404; retry: never; category: not_found.
    /// Host group not found.
    HostGroupNotFound,
    /// `NetworkDomainNotFound`: HTTP 404; retry: never; category: not_found.
    /// Network domain not found.
    NetworkDomainNotFound,
    /// `PolicyNotFound`: HTTP 404; retry: never; category: not_found.
    /// Policy not found.
    PolicyNotFound,
    /// `RuleNotFound`: HTTP 404; retry: never; category: not_found.
    /// Rule not found.
    RuleNotFound,
    /// `UserNotFound`: HTTP 404; retry: never; category: not_found.
    /// User not found.
    UserNotFound,
    /// `UserGroupNotFound`: HTTP 404; retry: never; category: not_found.
    /// User group not found.
    UserGroupNotFound,
    /// `HostShareKeyNotFound`: HTTP 400, 404; retry: never; category: invalid_argument.
    /// Host share key not found.
    HostShareKeyNotFound,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 24] = [
        "InvalidParameter",
        "InternalError",
        "LicenseOutOfLimit",
        "DatabaseAlreadyExists",
        "DatabaseAccountAlreadyExists",
        "HostAccountAlreadyExists",
        "HostGroupAlreadyExists",
        "HostShareKeyAlreadyExists",
        "NetworkDomainAlreadyExists",
        "PolicyAlreadyExists",
        "RuleAlreadyExists",
        "UserAlreadyExists",
        "UserGroupAlreadyExists",
        "DatabaseNotFound",
        "DatabaseAccountNotFound",
        "HostNotFound",
        "HostAccountNotFound",
        "HostGroupNotFound",
        "NetworkDomainNotFound",
        "PolicyNotFound",
        "RuleNotFound",
        "UserNotFound",
        "UserGroupNotFound",
        "HostShareKeyNotFound",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "A parameter is invalid.An internal error occurred.License out of limit.Database already exists.Database account already exists.Host account already exists.Host group already exists.Host share key already exists.Network domain already exists.Policy already exists.Rule already exists.User already exists.User group already exists.Database not found.Database account not found.Host not found.Host account not found.Host group not found.Network domain not found.Policy not found.Rule not found.User not found.User group not found.Host share key not found.",
        ends: &[
            0, 23, 50, 71, 95, 127, 155, 181, 211, 241, 263, 283, 303, 329, 348, 375,
            390, 413, 434, 459, 476, 491, 506, 527, 552,
        ],
    };
    static STATUSES: [u16; 25] = [
        400, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 404, 404, 400,
        404, 404, 404, 404, 404, 404, 404, 400, 404,
    ];
    static STATUS_ENDS: [u32; 25] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 25,
    ];
    static RETRY: [::cloud_errors::Retry; 24] = ::cloud_errors::__private::retry_column(
        b"abaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 24] = ::cloud_errors::__private::category_column(
        b"cmccccccccccceeceeeeeeec",
    );
    static PILOTS: [u16; 6] = [1, 127, 130, 104, 95, 37];
    static SLOTS: [(&str, u32); 26] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            21, 12, 15, 13, 2, 1, 4294967295, 8, 17, 5, 6, 7, 4294967295, 10, 3, 11, 0,
            19, 16, 14, 20, 23, 18, 9, 22, 4,
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
    const PROVIDER: &'static str = "Alibaba Cloud Yundun-bastionhost";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Yundun\-bastionhost's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Yundun\-bastionhost: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
