// @generated from catalogs/alibaba/ess.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Ess: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Ess: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `Forbidden.RiskControl`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: risk control.
    ForbiddenRiskControl,
    /// `ResourceNotAvailable.VPCNetwork`: HTTP 404; retry: never; category: not_found.
    /// Resource not available: VPC network.
    ResourceNotAvailableVpcNetwork,
    /// `Throttling`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    Throttling,
    /// `Forbidden.Forbidden`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The request is forbidden: forbidden.
    ForbiddenForbidden,
    /// `UserNotAuthorizeEss`: HTTP 403; retry: never; category: permission_denied.
    /// User not authorize ess.
    UserNotAuthorizeEss,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 6] = [
        "InternalError",
        "Forbidden.RiskControl",
        "ResourceNotAvailable.VPCNetwork",
        "Throttling",
        "Forbidden.Forbidden",
        "UserNotAuthorizeEss",
    ];
    static NAME_CODES: [u32; 1] = [2];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "ResourceNotAvailableVpcNetwork",
        ends: &[0, 30],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "An internal error occurred.The request is forbidden: risk control.Resource not available: VPC network.The request was throttled.The request is forbidden: forbidden.User not authorize ess.",
        ends: &[0, 27, 66, 102, 128, 164, 187],
    };
    static STATUSES: [u16; 6] = [500, 403, 404, 400, 403, 403];
    static STATUS_ENDS: [u32; 7] = [0, 1, 2, 3, 4, 5, 6];
    static RETRY: [::cloud_errors::Retry; 6] = ::cloud_errors::__private::retry_column(
        b"bcabca",
    );
    static CATEGORY: [::cloud_errors::Category; 6] = ::cloud_errors::__private::category_column(
        b"mgehgg",
    );
    static PILOTS: [u16; 2] = [5, 22];
    static SLOTS: [(&str, u32); 6] = ::cloud_errors::__private::slots(
        &CODES,
        &[3, 5, 2, 4, 0, 1],
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
    const PROVIDER: &'static str = "Alibaba Cloud Ess";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Ess's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Ess: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
