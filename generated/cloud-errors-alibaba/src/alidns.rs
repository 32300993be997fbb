// @generated from catalogs/alibaba/alidns.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Alidns: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Alidns: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `DnsGtmSystemBusyness`: HTTP 400; retry: never; category: invalid_argument.
    /// Dns gtm system busyness.
    DnsGtmSystemBusyness,
    /// `Statistics.TooManyResults`: HTTP 400; retry: never; category: invalid_argument.
    /// Statistics: too many results.
    StatisticsTooManyResults,
    /// `Statistics.InvalidDomainName`: HTTP 400; retry: never; category: invalid_argument.
    /// Statistics: invalid domain name.
    StatisticsInvalidDomainName,
    /// `Statistics.InvalidStartDate`: HTTP 400; retry: never; category: invalid_argument.
    /// Statistics: invalid start date.
    StatisticsInvalidStartDate,
    /// `Statistics.InvalidEndDate`: HTTP 400; retry: never; category: invalid_argument.
    /// Statistics: invalid end date.
    StatisticsInvalidEndDate,
    /// `Statistics.InvalidSearchMode`: HTTP 400; retry: never; category: invalid_argument.
    /// Statistics: invalid search mode.
    StatisticsInvalidSearchMode,
    /// `Statistics.InvalidOrderDirection`: HTTP 400; retry: never; category: invalid_argument.
    /// Statistics: invalid order direction.
    StatisticsInvalidOrderDirection,
    /// `Statistics.InvalidDomainType`: HTTP 400; retry: never; category: invalid_argument.
    /// Statistics: invalid domain type.
    StatisticsInvalidDomainType,
    /// `Statistics.QuotaExceededTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Statistics: quota exceeded time.
    StatisticsQuotaExceededTime,
    /// `Sys.ParamsError`: HTTP 400; retry: never; category: invalid_argument.
    /// Sys: params error.
    SysParamsError,
    /// `DnsGtmInstance.PublicRrDuplicate.OtherUserInstance`: HTTP 400; retry: never; category: invalid_argument.
    /// Dns gtm instance: public rr duplicate, other user instance.
    DnsGtmInstancePublicRrDuplicateOtherUserInstance,
    /// `GtmInstance.CnameModeDeny`: HTTP 400; retry: never; category: invalid_argument.
    /// Gtm instance: cname mode deny.
    GtmInstanceCnameModeDeny,
    /// `DnsGtmInstance.CnameModeDeny`: HTTP 400; retry: never; category: invalid_argument.
    /// Dns gtm instance: cname mode deny.
    DnsGtmInstanceCnameModeDeny,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 13] = [
        "DnsGtmSystemBusyness",
        "Statistics.TooManyResults",
        "Statistics.InvalidDomainName",
        "Statistics.InvalidStartDate",
        "Statistics.InvalidEndDate",
        "Statistics.InvalidSearchMode",
        "Statistics.InvalidOrderDirection",
        "Statistics.InvalidDomainType",
        "Statistics.QuotaExceededTime",
        "Sys.ParamsError",
        "DnsGtmInstance.PublicRrDuplicate.OtherUserInstance",
        "GtmInstance.CnameModeDeny",
        "DnsGtmInstance.CnameModeDeny",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Dns gtm system busyness.Statistics: too many results.Statistics: invalid domain name.Statistics: invalid start date.Statistics: invalid end date.Statistics: invalid search mode.Statistics: invalid order direction.Statistics: invalid domain type.Statistics: quota exceeded time.Sys: params error.Dns gtm instance: public rr duplicate, other user instance.Gtm instance: cname mode deny.Dns gtm instance: cname mode deny.",
        ends: &[0, 24, 53, 85, 116, 145, 177, 213, 245, 277, 295, 354, 384, 418],
    };
    static STATUSES: [u16; 13] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 14] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
    static RETRY: [::cloud_errors::Retry; 13] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 13] = ::cloud_errors::__private::category_column(
        b"ccccccccccccc",
    );
    static PILOTS: [u16; 4] = [0, 5, 14, 0];
    static SLOTS: [(&str, u32); 14] = ::cloud_errors::__private::slots(
        &CODES,
        &[4, 10, 0, 4294967295, 5, 6, 8, 11, 12, 2, 3, 7, 1, 9],
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
    const PROVIDER: &'static str = "Alibaba Cloud Alidns";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Alidns's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Alidns: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
