// @generated from catalogs/alibaba/ehpcinstant.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud EhpcInstant: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud EhpcInstant: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidParams`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid params.
    InvalidParams,
    /// `ImageAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Image already exists.
    ImageAlreadyExists,
    /// `InDebt`: HTTP 400; retry: never; category: invalid_argument.
    /// In debt.
    InDebt,
    /// `NotEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Not enabled.
    NotEnabled,
    /// `ImageInUse`: HTTP 403; retry: never; category: permission_denied.
    /// Image in use.
    ImageInUse,
    /// `ImageNotFound`: HTTP 404; retry: never; category: not_found.
    /// Image not found.
    ImageNotFound,
    /// `EcsError`: HTTP 406; retry: never; category: failed_precondition.
    /// Ecs error.
    EcsError,
    /// `AliyunError`: HTTP 406; retry: never; category: failed_precondition.
    /// Aliyun error.
    AliyunError,
    /// `DbError`: HTTP 406; retry: never; category: failed_precondition.
    /// Db error.
    DbError,
    /// `NotAuthorized`: HTTP 407; retry: never; category: failed_precondition.
    /// Not authorized.
    NotAuthorized,
    /// `ServiceUnavailable`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailable,
    /// `GetResourceFailed`: HTTP 403; retry: never; category: permission_denied.
    /// Get resource failed.
    GetResourceFailed,
    /// `RecommendEmpty.InstanceTypeSoldOut`: HTTP 403; retry: never; category: permission_denied.
    /// Recommend empty: instance type sold out.
    RecommendEmptyInstanceTypeSoldOut,
    /// `JobNotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Job not found.
    JobNotFound,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 14] = [
        "InvalidParams",
        "ImageAlreadyExists",
        "InDebt",
        "NotEnabled",
        "ImageInUse",
        "ImageNotFound",
        "EcsError",
        "AliyunError",
        "DbError",
        "NotAuthorized",
        "ServiceUnavailable",
        "GetResourceFailed",
        "RecommendEmpty.InstanceTypeSoldOut",
        "JobNotFound",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Invalid params.Image already exists.In debt.Not enabled.Image in use.Image not found.Ecs error.Aliyun error.Db error.Not authorized.The service is unavailable.Get resource failed.Recommend empty: instance type sold out.Job not found.",
        ends: &[0, 15, 36, 44, 56, 69, 85, 95, 108, 117, 132, 159, 179, 219, 233],
    };
    static STATUSES: [u16; 14] = [
        400, 400, 400, 400, 403, 404, 406, 406, 406, 407, 503, 403, 403, 400,
    ];
    static STATUS_ENDS: [u32; 15] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
    static RETRY: [::cloud_errors::Retry; 14] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaabaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 14] = ::cloud_errors::__private::category_column(
        b"ccccgeiiiinggc",
    );
    static PILOTS: [u16; 4] = [2, 11, 145, 3];
    static SLOTS: [(&str, u32); 15] = ::cloud_errors::__private::slots(
        &CODES,
        &[11, 4294967295, 12, 4, 9, 10, 1, 3, 6, 8, 13, 2, 5, 7, 0],
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
    const PROVIDER: &'static str = "Alibaba Cloud EhpcInstant";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud EhpcInstant's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud EhpcInstant: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
