// @generated from catalogs/alibaba/csas.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud csas: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud csas: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `Application.NameExisted`: HTTP 500; retry: never; category: internal.
    /// Application: name existed.
    ApplicationNameExisted,
    /// `Tag.NameExisted`: HTTP 500; retry: never; category: internal.
    /// Tag: name existed.
    TagNameExisted,
    /// `UserGroup.NameExisted`: HTTP 500; retry: never; category: internal.
    /// User group: name existed.
    UserGroupNameExisted,
    /// `DynamicRoute.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Dynamic route: not found.
    DynamicRouteNotFound,
    /// `Application.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Application: not found.
    ApplicationNotFound,
    /// `Application.UsedByPolicy`: HTTP 500; retry: never; category: internal.
    /// Application: used by policy.
    ApplicationUsedByPolicy,
    /// `Application.UsedByWorkshop`: HTTP 500; retry: never; category: internal.
    /// Application: used by workshop.
    ApplicationUsedByWorkshop,
    /// `Tag.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Tag: not found.
    TagNotFound,
    /// `Tag.UsedByApplication`: HTTP 500; retry: never; category: internal.
    /// Tag: used by application.
    TagUsedByApplication,
    /// `Tag.UsedByPolicy`: HTTP 500; retry: never; category: internal.
    /// Tag: used by policy.
    TagUsedByPolicy,
    /// `Tag.UsedByWorkshop`: HTTP 500; retry: never; category: internal.
    /// Tag: used by workshop.
    TagUsedByWorkshop,
    /// `Tag.DefaultCannotDelete`: HTTP 500; retry: never; category: internal.
    /// Tag: default cannot delete.
    TagDefaultCannotDelete,
    /// `UserGroup.NotFound`: HTTP 404; retry: never; category: not_found.
    /// User group: not found.
    UserGroupNotFound,
    /// `UserGroup.UsedByPolicy`: HTTP 500; retry: never; category: internal.
    /// User group: used by policy.
    UserGroupUsedByPolicy,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 14] = [
        "Application.NameExisted",
        "Tag.NameExisted",
        "UserGroup.NameExisted",
        "DynamicRoute.NotFound",
        "Application.NotFound",
        "Application.UsedByPolicy",
        "Application.UsedByWorkshop",
        "Tag.NotFound",
        "Tag.UsedByApplication",
        "Tag.UsedByPolicy",
        "Tag.UsedByWorkshop",
        "Tag.DefaultCannotDelete",
        "UserGroup.NotFound",
        "UserGroup.UsedByPolicy",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Application: name existed.Tag: name existed.User group: name existed.Dynamic route: not found.Application: not found.Application: used by policy.Application: used by workshop.Tag: not found.Tag: used by application.Tag: used by policy.Tag: used by workshop.Tag: default cannot delete.User group: not found.User group: used by policy.",
        ends: &[0, 26, 44, 69, 94, 117, 145, 175, 190, 215, 235, 257, 284, 306, 333],
    };
    static STATUSES: [u16; 14] = [
        500, 500, 500, 404, 404, 500, 500, 404, 500, 500, 500, 500, 404, 500,
    ];
    static STATUS_ENDS: [u32; 15] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
    static RETRY: [::cloud_errors::Retry; 14] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 14] = ::cloud_errors::__private::category_column(
        b"mmmeemmemmmmem",
    );
    static PILOTS: [u16; 4] = [0, 7, 12, 5];
    static SLOTS: [(&str, u32); 15] = ::cloud_errors::__private::slots(
        &CODES,
        &[1, 7, 2, 6, 4294967295, 3, 13, 8, 11, 10, 5, 9, 4, 0, 12],
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
    const PROVIDER: &'static str = "Alibaba Cloud csas";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud csas's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud csas: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
