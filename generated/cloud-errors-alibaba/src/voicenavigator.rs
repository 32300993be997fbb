// @generated from catalogs/alibaba/voicenavigator.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud VoiceNavigator: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud VoiceNavigator: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidInstanceId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid instance id: not found.
    InvalidInstanceIdNotFound,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidConcurrency.LimitExceeded`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid concurrency: limit exceeded.
    InvalidConcurrencyLimitExceeded,
    /// `InvalidInstanceName.Duplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance name: duplicated.
    InvalidInstanceNameDuplicated,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidConversationId.NotFound`: HTTP 404; retry: never; category: not_found.
    /// Invalid conversation id: not found.
    InvalidConversationIdNotFound,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 6] = [
        "InvalidInstanceId.NotFound",
        "InternalError",
        "InvalidConcurrency.LimitExceeded",
        "InvalidInstanceName.Duplicated",
        "InvalidParameter",
        "InvalidConversationId.NotFound",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Invalid instance id: not found.An internal error occurred.Invalid concurrency: limit exceeded.Invalid instance name: duplicated.A parameter is invalid.Invalid conversation id: not found.",
        ends: &[0, 31, 58, 94, 128, 151, 186],
    };
    static STATUSES: [u16; 6] = [404, 500, 400, 400, 400, 404];
    static STATUS_ENDS: [u32; 7] = [0, 1, 2, 3, 4, 5, 6];
    static RETRY: [::cloud_errors::Retry; 6] = ::cloud_errors::__private::retry_column(
        b"abaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 6] = ::cloud_errors::__private::category_column(
        b"emccce",
    );
    static PILOTS: [u16; 2] = [2571, 0];
    static SLOTS: [(&str, u32); 6] = ::cloud_errors::__private::slots(
        &CODES,
        &[2, 4, 5, 1, 0, 3],
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
    const PROVIDER: &'static str = "Alibaba Cloud VoiceNavigator";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud VoiceNavigator's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud VoiceNavigator: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
