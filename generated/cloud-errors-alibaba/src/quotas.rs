// @generated from catalogs/alibaba/quotas.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud quotas: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud quotas: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `QUOTA.UNSUPPORT.ALARM`: HTTP 400; retry: never; category: invalid_argument.
    /// QUOTA: UNSUPPORT, ALARM.
    QuotaUnsupportAlarm,
    /// `ALARM.NAME.REPEAT`: HTTP 400; retry: never; category: invalid_argument.
    /// ALARM: NAME, REPEAT.
    AlarmNameRepeat,
    /// `QUOTA.ALARM.MAX`: HTTP 400; retry: never; category: invalid_argument.
    /// QUOTA: ALARM, MAX.
    QuotaAlarmMax,
    /// `UNSUPPORTED.ALARM.TYPE`: HTTP 400; retry: never; category: invalid_argument.
    /// UNSUPPORTED: ALARM, TYPE.
    UnsupportedAlarmType,
    /// `ACQUIRE.LOCK.FAIL`: HTTP 400; retry: never; category: invalid_argument.
    /// ACQUIRE: LOCK, FAIL.
    AcquireLockFail,
    /// `InvalidNoticeType`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid notice type.
    InvalidNoticeType,
    /// `InvalidDesireValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid desire value.
    InvalidDesireValue,
    /// `QUOTA.NOT.ADJUSTABLE`: HTTP 400; retry: never; category: invalid_argument.
    /// QUOTA: NOT, ADJUSTABLE.
    QuotaNotAdjustable,
    /// `QUOTA.NOT.FOUND`: HTTP 400; retry: never; category: invalid_argument.
    /// QUOTA: NOT, FOUND.
    QuotaNotFound,
    /// `QUOTA.APPLICATION.PROCESS`: HTTP 400; retry: never; category: invalid_argument.
    /// QUOTA: APPLICATION, PROCESS.
    QuotaApplicationProcess,
    /// `QUOTA.DESIREVALUE.ILLEGAL`: HTTP 400; retry: never; category: invalid_argument.
    /// QUOTA: DESIREVALUE, ILLEGAL.
    QuotaDesirevalueIllegal,
    /// `RAM.PERMISSION.DENIED`: HTTP 400; retry: never; category: invalid_argument.
    /// RAM: PERMISSION, DENIED.
    RamPermissionDenied,
    /// `QUOTA.APPLICATION.NOT.FOUND`: HTTP 400; retry: never; category: invalid_argument.
    /// QUOTA: APPLICATION, NOT, FOUND.
    QuotaApplicationNotFound,
    /// `TEMPLATE.RDID.INVALID`: HTTP 400; retry: never; category: invalid_argument.
    /// TEMPLATE: RDID, INVALID.
    TemplateRdidInvalid,
    /// `InvalidStartTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid start time.
    InvalidStartTime,
    /// `InvalidEndTime`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid end time.
    InvalidEndTime,
    /// `InvalidSortOrder`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid sort order.
    InvalidSortOrder,
    /// `INVALID.MAX.RESULTS`: HTTP 400; retry: never; category: invalid_argument.
    /// INVALID: MAX, RESULTS.
    InvalidMaxResults,
    /// `InvalidStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid status.
    InvalidStatus,
    /// `TEMPLATE.NOT.FOUND`: HTTP 400; retry: never; category: invalid_argument.
    /// TEMPLATE: NOT, FOUND.
    TemplateNotFound,
    /// `UNSUPPORT.UPDATE.PRODUCTCODE.QUOTACODE`: HTTP 400; retry: never; category: invalid_argument.
    /// UNSUPPORT: UPDATE, PRODUCTCODE, QUOTACODE.
    UnsupportUpdateProductcodeQuotacode,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 21] = [
        "QUOTA.UNSUPPORT.ALARM",
        "ALARM.NAME.REPEAT",
        "QUOTA.ALARM.MAX",
        "UNSUPPORTED.ALARM.TYPE",
        "ACQUIRE.LOCK.FAIL",
        "InvalidNoticeType",
        "InvalidDesireValue",
        "QUOTA.NOT.ADJUSTABLE",
        "QUOTA.NOT.FOUND",
        "QUOTA.APPLICATION.PROCESS",
        "QUOTA.DESIREVALUE.ILLEGAL",
        "RAM.PERMISSION.DENIED",
        "QUOTA.APPLICATION.NOT.FOUND",
        "TEMPLATE.RDID.INVALID",
        "InvalidStartTime",
        "InvalidEndTime",
        "InvalidSortOrder",
        "INVALID.MAX.RESULTS",
        "InvalidStatus",
        "TEMPLATE.NOT.FOUND",
        "UNSUPPORT.UPDATE.PRODUCTCODE.QUOTACODE",
    ];
    static NAME_CODES: [u32; 15] = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11, 12, 13, 17, 19, 20];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "QuotaUnsupportAlarmAlarmNameRepeatQuotaAlarmMaxUnsupportedAlarmTypeAcquireLockFailQuotaNotAdjustableQuotaNotFoundQuotaApplicationProcessQuotaDesirevalueIllegalRamPermissionDeniedQuotaApplicationNotFoundTemplateRdidInvalidInvalidMaxResultsTemplateNotFoundUnsupportUpdateProductcodeQuotacode",
        ends: &[0, 19, 34, 47, 67, 82, 100, 113, 136, 159, 178, 202, 221, 238, 254, 289],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "QUOTA: UNSUPPORT, ALARM.ALARM: NAME, REPEAT.QUOTA: ALARM, MAX.UNSUPPORTED: ALARM, TYPE.ACQUIRE: LOCK, FAIL.Invalid notice type.Invalid desire value.QUOTA: NOT, ADJUSTABLE.QUOTA: NOT, FOUND.QUOTA: APPLICATION, PROCESS.QUOTA: DESIREVALUE, ILLEGAL.RAM: PERMISSION, DENIED.QUOTA: APPLICATION, NOT, FOUND.TEMPLATE: RDID, INVALID.Invalid start time.Invalid end time.Invalid sort order.INVALID: MAX, RESULTS.Invalid status.TEMPLATE: NOT, FOUND.UNSUPPORT: UPDATE, PRODUCTCODE, QUOTACODE.",
        ends: &[
            0, 24, 44, 62, 87, 107, 127, 148, 171, 189, 217, 245, 269, 300, 324, 343,
            360, 379, 401, 416, 437, 479,
        ],
    };
    static STATUSES: [u16; 21] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 22] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
    ];
    static RETRY: [::cloud_errors::Retry; 21] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 21] = ::cloud_errors::__private::category_column(
        b"ccccccccccccccccccccc",
    );
    static PILOTS: [u16; 6] = [1, 2, 15, 0, 113, 1];
    static SLOTS: [(&str, u32); 23] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            18, 2, 8, 20, 17, 13, 1, 4294967295, 3, 15, 19, 5, 4, 0, 10, 7, 6, 16, 9, 11,
            12, 14, 4294967295,
        ],
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
    const PROVIDER: &'static str = "Alibaba Cloud quotas";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud quotas's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud quotas: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
