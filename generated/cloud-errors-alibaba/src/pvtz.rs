// @generated from catalogs/alibaba/pvtz.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud pvtz: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud pvtz: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ZoneVpc.Zone.Repeated`: HTTP 400; retry: never; category: invalid_argument.
    /// Zone vpc: zone, repeated.
    ZoneVpcZoneRepeated,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `IllegalUser`: HTTP 400; retry: never; category: invalid_argument.
    /// Illegal user.
    IllegalUser,
    /// `Zone.Invalid.Name`: HTTP 400; retry: never; category: invalid_argument.
    /// Zone: invalid, name.
    ZoneInvalidName,
    /// `Zone.Invalid.Id`: HTTP 400; retry: never; category: invalid_argument.
    /// Zone: invalid, id.
    ZoneInvalidId,
    /// `Zone.Invalid.UserId`: HTTP 400; retry: never; category: invalid_argument.
    /// Zone: invalid, user id.
    ZoneInvalidUserId,
    /// `Zone.NotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Zone: not exists.
    ZoneNotExists,
    /// `Zone.VpcExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Zone: vpc exists.
    ZoneVpcExists,
    /// `Zone.Remark`: HTTP 400; retry: never; category: invalid_argument.
    /// Zone: remark.
    ZoneRemark,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 9] = [
        "ZoneVpc.Zone.Repeated",
        "InvalidParameter",
        "IllegalUser",
        "Zone.Invalid.Name",
        "Zone.Invalid.Id",
        "Zone.Invalid.UserId",
        "Zone.NotExists",
        "Zone.VpcExists",
        "Zone.Remark",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Zone vpc: zone, repeated.A parameter is invalid.Illegal user.Zone: invalid, name.Zone: invalid, id.Zone: invalid, user id.Zone: not exists.Zone: vpc exists.Zone: remark.",
        ends: &[0, 25, 48, 61, 81, 99, 122, 139, 156, 169],
    };
    static STATUSES: [u16; 9] = [400, 400, 400, 400, 400, 400, 400, 400, 400];
    static STATUS_ENDS: [u32; 10] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    static RETRY: [::cloud_errors::Retry; 9] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 9] = ::cloud_errors::__private::category_column(
        b"ccccccccc",
    );
    static PILOTS: [u16; 3] = [1, 22, 31];
    static SLOTS: [(&str, u32); 10] = ::cloud_errors::__private::slots(
        &CODES,
        &[6, 2, 4, 1, 4294967295, 0, 8, 3, 7, 5],
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
    const PROVIDER: &'static str = "Alibaba Cloud pvtz";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud pvtz's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud pvtz: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
