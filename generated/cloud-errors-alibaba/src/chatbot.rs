// @generated from catalogs/alibaba/chatbot.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud Chatbot: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud Chatbot: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `BusinessErrorEntity.OutRange`: HTTP 400; retry: never; category: invalid_argument.
    /// Business error entity: out range.
    BusinessErrorEntityOutRange,
    /// `BusinessErrorEntityName.OutRange`: HTTP 400; retry: never; category: invalid_argument.
    /// Business error entity name: out range.
    BusinessErrorEntityNameOutRange,
    /// `BusinessErrorEntityName.Repeat`: HTTP 400; retry: never; category: invalid_argument.
    /// Business error entity name: repeat.
    BusinessErrorEntityNameRepeat,
    /// `BusinessErrorEntityName.InvalidCharactor`: HTTP 400; retry: never; category: invalid_argument.
    /// Business error entity name: invalid charactor.
    BusinessErrorEntityNameInvalidCharactor,
    /// `BusinessErrorEntityId.NotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Business error entity id: not exists.
    BusinessErrorEntityIdNotExists,
    /// `BusinessErrorIntent.OutRange`: HTTP 400; retry: never; category: invalid_argument.
    /// Business error intent: out range.
    BusinessErrorIntentOutRange,
    /// `BusinessErrorIntentName.OutRange`: HTTP 400; retry: never; category: invalid_argument.
    /// Business error intent name: out range.
    BusinessErrorIntentNameOutRange,
    /// `BusinessErrorIntentName.Repeat`: HTTP 400; retry: never; category: invalid_argument.
    /// Business error intent name: repeat.
    BusinessErrorIntentNameRepeat,
    /// `BusinessErrorIntentName.InvalidCharactor`: HTTP 400; retry: never; category: invalid_argument.
    /// Business error intent name: invalid charactor.
    BusinessErrorIntentNameInvalidCharactor,
    /// `BusinessErrorIntentEntity.NotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Business error intent entity: not exists.
    BusinessErrorIntentEntityNotExists,
    /// `BusinessErrorIntentId.NotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Business error intent id: not exists.
    BusinessErrorIntentIdNotExists,
    /// `BusinessErrorEntityValueId.NotExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Business error entity value id: not exists.
    BusinessErrorEntityValueIdNotExists,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 13] = [
        "BusinessErrorEntity.OutRange",
        "BusinessErrorEntityName.OutRange",
        "BusinessErrorEntityName.Repeat",
        "BusinessErrorEntityName.InvalidCharactor",
        "BusinessErrorEntityId.NotExists",
        "BusinessErrorIntent.OutRange",
        "BusinessErrorIntentName.OutRange",
        "BusinessErrorIntentName.Repeat",
        "BusinessErrorIntentName.InvalidCharactor",
        "BusinessErrorIntentEntity.NotExists",
        "BusinessErrorIntentId.NotExists",
        "BusinessErrorEntityValueId.NotExists",
        "InvalidParameter",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Business error entity: out range.Business error entity name: out range.Business error entity name: repeat.Business error entity name: invalid charactor.Business error entity id: not exists.Business error intent: out range.Business error intent name: out range.Business error intent name: repeat.Business error intent name: invalid charactor.Business error intent entity: not exists.Business error intent id: not exists.Business error entity value id: not exists.A parameter is invalid.",
        ends: &[0, 33, 71, 106, 152, 189, 222, 260, 295, 341, 382, 419, 462, 485],
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
    static PILOTS: [u16; 4] = [7, 2, 0, 23];
    static SLOTS: [(&str, u32); 14] = ::cloud_errors::__private::slots(
        &CODES,
        &[4294967295, 1, 7, 3, 8, 4, 5, 12, 0, 11, 9, 2, 6, 10],
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
    const PROVIDER: &'static str = "Alibaba Cloud Chatbot";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud Chatbot's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud Chatbot: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
