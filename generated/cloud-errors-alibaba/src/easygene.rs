// @generated from catalogs/alibaba/easygene.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud EasyGene: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud EasyGene: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `InvalidUser.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid user: not found.
    InvalidUserNotFound,
    /// `StatusConflict`: HTTP 409; retry: never; category: aborted.
    /// Status conflict.
    StatusConflict,
    /// `ResourceNotFound`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFound,
    /// `SignatureDoesNotMatch`: HTTP 400; retry: never; category: invalid_argument.
    /// Signature does not match.
    SignatureDoesNotMatch,
    /// `InvalidApp.Version.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid app: version, not found.
    InvalidAppVersionNotFound,
    /// `InvalidApp.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid app: not found.
    InvalidAppNotFound,
    /// `InvalidAttributes.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid attributes: not found.
    InvalidAttributesNotFound,
    /// `InvalidPublicDataset.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid public dataset: not found.
    InvalidPublicDatasetNotFound,
    /// `InvalidEntityType.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid entity type: not found.
    InvalidEntityTypeNotFound,
    /// `InvalidOrderBy.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid order by: not found.
    InvalidOrderByNotFound,
    /// `InvalidUser.AccessDenied`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid user: access denied.
    InvalidUserAccessDenied,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 13] = [
        "InvalidParameter",
        "MissingParameter",
        "InvalidUser.NotFound",
        "StatusConflict",
        "ResourceNotFound",
        "SignatureDoesNotMatch",
        "InvalidApp.Version.NotFound",
        "InvalidApp.NotFound",
        "InvalidAttributes.NotFound",
        "InvalidPublicDataset.NotFound",
        "InvalidEntityType.NotFound",
        "InvalidOrderBy.NotFound",
        "InvalidUser.AccessDenied",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "A parameter is invalid.A required parameter is missing.Invalid user: not found.Status conflict.Resource not found.Signature does not match.Invalid app: version, not found.Invalid app: not found.Invalid attributes: not found.Invalid public dataset: not found.Invalid entity type: not found.Invalid order by: not found.Invalid user: access denied.",
        ends: &[0, 23, 55, 79, 95, 114, 139, 171, 194, 224, 258, 289, 317, 345],
    };
    static STATUSES: [u16; 13] = [
        400, 400, 404, 409, 404, 400, 404, 404, 404, 404, 404, 404, 403,
    ];
    static STATUS_ENDS: [u32; 14] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
    static RETRY: [::cloud_errors::Retry; 13] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 13] = ::cloud_errors::__private::category_column(
        b"ccejeceeeeeeg",
    );
    static PILOTS: [u16; 4] = [28, 0, 8, 3];
    static SLOTS: [(&str, u32); 14] = ::cloud_errors::__private::slots(
        &CODES,
        &[9, 7, 4294967295, 1, 6, 12, 10, 8, 2, 4, 5, 11, 3, 0],
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
    const PROVIDER: &'static str = "Alibaba Cloud EasyGene";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud EasyGene's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud EasyGene: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
