// @generated from catalogs/alibaba.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud OpenAPI: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
/// An error code of Alibaba Cloud OpenAPI: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `Throttling`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// The request was throttled; too many requests were sent.
    Throttling,
    /// `Throttling.User`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// The request was throttled by the caller\'s rate limit.
    ThrottlingUser,
    /// `Throttling.Api`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// The request was throttled by the API\'s rate limit.
    ThrottlingApi,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred on the server.
    InternalError,
    /// `ServiceUnavailable`: no documented HTTP status; retry: backoff; category: unavailable.
    /// The service is temporarily unavailable.
    ServiceUnavailable,
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 5] = [
        "Throttling",
        "Throttling.User",
        "Throttling.Api",
        "InternalError",
        "ServiceUnavailable",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The request was throttled; too many requests were sent.The request was throttled by the caller's rate limit.The request was throttled by the API's rate limit.An internal error occurred on the server.The service is temporarily unavailable.",
        ends: &[0, 55, 108, 158, 199, 238],
    };
    static DESCRIPTIONS_JA: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "リクエストがスロットリングされました。短時間に送信されたリクエストが多すぎます。呼び出し元のレート制限によりリクエストがスロットリングされました。API のレート制限によりリクエストがスロットリングされました。サーバーで内部エラーが発生しました。サービスは一時的に利用できません。",
        ends: &[0, 120, 219, 307, 361, 412],
    };
    static RETRY: [::cloud_errors::Retry; 5] = ::cloud_errors::__private::retry_column(
        b"bbbbb",
    );
    static CATEGORY: [::cloud_errors::Category; 5] = ::cloud_errors::__private::category_column(
        b"hhhmn",
    );
    static PILOTS: [u16; 2] = [8, 3];
    static SLOTS: [(&str, u32); 5] = ::cloud_errors::__private::slots(
        &CODES,
        &[2, 4, 0, 1, 3],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        descriptions_en: &DESCRIPTIONS_EN,
        descriptions_ja: &DESCRIPTIONS_JA,
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
    ::cloud_errors::__private::impl_code!(unsafe impl Code);
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Alibaba Cloud OpenAPI";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud OpenAPI's SDK: darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = &::cloud_errors::PolicyDefaults::new(
            4,
            ::cloud_errors::Backoff {
                base: ::core::time::Duration::from_millis(1000),
                multiplier: 2f64,
                cap: ::core::time::Duration::from_millis(30000),
                jitter: ::cloud_errors::Jitter::Full,
            },
        )
        .with_code_conditions(
            &[
                ("Throttling", ::cloud_errors::RetryWhen::Always),
                ("Throttling.User", ::cloud_errors::RetryWhen::Always),
                ("Throttling.Api", ::cloud_errors::RetryWhen::Always),
            ],
        )
        .with_default_condition(::cloud_errors::RetryWhen::Idempotent)
        .with_max_delay(::core::time::Duration::from_millis(120000))
        .with_max_elapsed(::core::option::Option::None)
        .with_sdk_differences(
            ::cloud_errors::SdkDifferences::new(
                ::core::option::Option::Some(1),
                ::core::option::Option::Some(::cloud_errors::RetryWhen::Never),
                &[
                    ("Throttling", ::cloud_errors::RetryWhen::Never),
                    ("Throttling.User", ::cloud_errors::RetryWhen::Never),
                    ("Throttling.Api", ::cloud_errors::RetryWhen::Never),
                ],
                ::core::option::Option::Some(&[]),
            ),
        );
}
/// An error response of Alibaba Cloud OpenAPI: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
