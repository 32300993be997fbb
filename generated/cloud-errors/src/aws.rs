// @generated from catalogs/aws.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Amazon Web Services: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
/// An error code of Amazon Web Services: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `Throttling`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled because too many requests were sent.
    Throttling,
    /// `ThrottlingException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request rate is above what the service allows; the request was throttled.
    ThrottlingException,
    /// `ThrottledException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled by the service.
    ThrottledException,
    /// `RequestThrottledException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request was throttled; send requests at a lower rate.
    RequestThrottledException,
    /// `TooManyRequestsException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent in too short a time.
    TooManyRequestsException,
    /// `ProvisionedThroughputExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// The request exceeds the throughput provisioned for the table, index or stream.
    ProvisionedThroughputExceededException,
    /// `TransactionInProgressException`: HTTP 400; retry: backoff; category: aborted.
    /// Another transaction with the same idempotency token is still in progress.
    TransactionInProgressException,
    /// `RequestLimitExceeded`: HTTP 503; retry: backoff; category: resource_exhausted.
    /// The account\'s request rate limit for the API was exceeded.
    RequestLimitExceeded,
    /// `BandwidthLimitExceeded`: HTTP 509; retry: backoff; category: resource_exhausted.
    /// The bandwidth allowed for the requests was exceeded.
    BandwidthLimitExceeded,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// A rate or resource limit was exceeded.
    LimitExceededException,
    /// `RequestThrottled`: HTTP 403; retry: backoff; category: resource_exhausted.
    /// The request was throttled because the request rate is too high.
    RequestThrottled,
    /// `SlowDown`: HTTP 503; retry: backoff; category: resource_exhausted.
    /// The request rate is too high; reduce it and retry.
    SlowDown,
    /// `PriorRequestNotComplete`: HTTP 400; retry: backoff; category: aborted.
    /// A previous request is still being processed; retry once it completes.
    PriorRequestNotComplete,
    /// `EC2ThrottledException`: HTTP 503; retry: backoff; category: resource_exhausted.
    /// The request was throttled by EC2.
    Ec2ThrottledException,
    /// `RequestTimeout`: HTTP 400; retry: backoff; category: deadline_exceeded.
    /// The connection was idle too long while the request was being sent, and the service closed it.
    RequestTimeout,
    /// `RequestTimeoutException`: HTTP 408; retry: backoff; category: deadline_exceeded.
    /// The request timed out before the service received all of it.
    RequestTimeoutException,
    /// `ExpiredToken`: HTTP 400; retry: after_fix; category: unauthenticated.
    /// The security token of the request has expired; get new credentials and sign the request again.
    ExpiredToken,
    /// `ExpiredTokenException`: HTTP 400; retry: after_fix; category: unauthenticated.
    /// The request\'s security token has expired; refresh the credentials and sign the request again.
    ExpiredTokenException,
    /// `RequestTimeTooSkewed`: HTTP 403; retry: after_fix; category: unauthenticated.
    /// The request\'s time differs too much from the service\'s clock; correct the local clock.
    RequestTimeTooSkewed,
    /// `SignatureDoesNotMatch`: HTTP 403; retry: after_fix; category: unauthenticated.
    /// The request\'s signature does not match the one the service computed: check the secret key, the signing steps and the local clock.
    SignatureDoesNotMatch,
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 20] = [
        "Throttling",
        "ThrottlingException",
        "ThrottledException",
        "RequestThrottledException",
        "TooManyRequestsException",
        "ProvisionedThroughputExceededException",
        "TransactionInProgressException",
        "RequestLimitExceeded",
        "BandwidthLimitExceeded",
        "LimitExceededException",
        "RequestThrottled",
        "SlowDown",
        "PriorRequestNotComplete",
        "EC2ThrottledException",
        "RequestTimeout",
        "RequestTimeoutException",
        "ExpiredToken",
        "ExpiredTokenException",
        "RequestTimeTooSkewed",
        "SignatureDoesNotMatch",
    ];
    static NAME_CODES: [u32; 1] = [13];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Ec2ThrottledException",
        ends: &[0, 21],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The request was throttled because too many requests were sent.The request rate is above what the service allows; the request was throttled.The request was throttled by the service.The request was throttled; send requests at a lower rate.Too many requests were sent in too short a time.The request exceeds the throughput provisioned for the table, index or stream.Another transaction with the same idempotency token is still in progress.The account's request rate limit for the API was exceeded.The bandwidth allowed for the requests was exceeded.A rate or resource limit was exceeded.The request was throttled because the request rate is too high.The request rate is too high; reduce it and retry.A previous request is still being processed; retry once it completes.The request was throttled by EC2.The connection was idle too long while the request was being sent, and the service closed it.The request timed out before the service received all of it.The security token of the request has expired; get new credentials and sign the request again.The request's security token has expired; refresh the credentials and sign the request again.The request's time differs too much from the service's clock; correct the local clock.The request's signature does not match the one the service computed: check the secret key, the signing steps and the local clock.",
        ends: &[
            0, 62, 139, 180, 237, 285, 363, 436, 494, 546, 584, 647, 697, 766, 799, 892,
            952, 1046, 1139, 1225, 1354,
        ],
    };
    static DESCRIPTIONS_JA: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "送信されたリクエストが多すぎるため、リクエストがスロットリングされました。リクエストのレートがサービスの許容を超えたため、スロットリングされました。サービスによってリクエストがスロットリングされました。リクエストがスロットリングされました。より低いレートで送信してください。短時間に送信されたリクエストが多すぎます。リクエストが、テーブル、インデックスまたはストリームにプロビジョニングされたスループットを超えています。同じべき等性トークンを持つ別のトランザクションがまだ処理中です。アカウントのAPIリクエストレート上限を超えました。リクエストに許容された帯域幅を超えました。レートまたはリソースの上限を超えました。リクエストレートが高すぎるため、リクエストがスロットリングされました。リクエストレートが高すぎます。レートを下げて再試行してください。以前のリクエストがまだ処理中です。完了してから再試行してください。EC2によってリクエストがスロットリングされました。リクエスト送信中に接続が長時間アイドル状態になったため、サービスが接続を閉じました。サービスがリクエスト全体を受信する前にタイムアウトしました。リクエストのセキュリティトークンの有効期限が切れています。新しい認証情報を取得して、リクエストに署名し直してください。リクエストのセキュリティトークンの有効期限が切れています。認証情報を更新して、リクエストに署名し直してください。リクエストの時刻がサービスの時刻と大きくずれています。ローカルの時計を修正してください。リクエストの署名が、サービスが計算した署名と一致しません。シークレットキー、署名の手順、ローカルの時計を確認してください。",
        ends: &[
            0, 111, 222, 303, 411, 474, 630, 726, 798, 861, 921, 1026, 1122, 1221, 1293,
            1419, 1509, 1686, 1854, 1986, 2169,
        ],
    };
    static STATUSES: [u16; 20] = [
        400, 400, 400, 400, 400, 400, 400, 503, 509, 400, 403, 503, 400, 503, 400, 408,
        400, 400, 403, 403,
    ];
    static STATUS_ENDS: [u32; 21] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
    ];
    static RETRY: [::cloud_errors::Retry; 20] = ::cloud_errors::__private::retry_column(
        b"bbbbbbbbbbbbbbbbcccc",
    );
    static CATEGORY: [::cloud_errors::Category; 20] = ::cloud_errors::__private::category_column(
        b"hhhhhhjhhhhhjhddpppp",
    );
    static PILOTS: [u16; 5] = [0, 10, 16, 99, 5];
    static SLOTS: [(&str, u32); 22] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            1, 5, 19, 17, 11, 0, 14, 12, 13, 3, 7, 18, 4294967295, 4, 16, 10, 6,
            4294967295, 15, 9, 2, 8,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
        descriptions_en: &DESCRIPTIONS_EN,
        descriptions_ja: &DESCRIPTIONS_JA,
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
    ::cloud_errors::__private::impl_code!(unsafe impl Code);
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Amazon Web Services";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of Amazon Web Services's SDK: botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = &::cloud_errors::PolicyDefaults::new(
            3,
            ::cloud_errors::Backoff {
                base: ::core::time::Duration::from_millis(1000),
                multiplier: 2f64,
                cap: ::core::time::Duration::from_millis(20000),
                jitter: ::cloud_errors::Jitter::Full,
            },
        )
        .with_code_conditions(
            &[
                ("Throttling", ::cloud_errors::RetryWhen::Always),
                ("ThrottlingException", ::cloud_errors::RetryWhen::Always),
                ("ThrottledException", ::cloud_errors::RetryWhen::Always),
                ("RequestThrottledException", ::cloud_errors::RetryWhen::Always),
                ("TooManyRequestsException", ::cloud_errors::RetryWhen::Always),
                (
                    "ProvisionedThroughputExceededException",
                    ::cloud_errors::RetryWhen::Always,
                ),
                ("TransactionInProgressException", ::cloud_errors::RetryWhen::Always),
                ("RequestLimitExceeded", ::cloud_errors::RetryWhen::Always),
                ("BandwidthLimitExceeded", ::cloud_errors::RetryWhen::Always),
                ("LimitExceededException", ::cloud_errors::RetryWhen::Always),
                ("RequestThrottled", ::cloud_errors::RetryWhen::Always),
                ("SlowDown", ::cloud_errors::RetryWhen::Always),
                ("PriorRequestNotComplete", ::cloud_errors::RetryWhen::Always),
                ("EC2ThrottledException", ::cloud_errors::RetryWhen::Always),
                ("RequestTimeout", ::cloud_errors::RetryWhen::Always),
                ("RequestTimeoutException", ::cloud_errors::RetryWhen::Always),
            ],
        )
        .with_default_condition(::cloud_errors::RetryWhen::Idempotent)
        .with_max_delay(::core::time::Duration::from_millis(60000))
        .with_max_elapsed(::core::option::Option::None)
        .with_status_conditions(
            &[
                ::cloud_errors::StatusCondition::new(
                    429u16,
                    ::cloud_errors::RetryWhen::Always,
                ),
                ::cloud_errors::StatusCondition::new(
                    500u16,
                    ::cloud_errors::RetryWhen::Idempotent,
                ),
                ::cloud_errors::StatusCondition::new(
                    502u16,
                    ::cloud_errors::RetryWhen::Idempotent,
                ),
                ::cloud_errors::StatusCondition::new(
                    503u16,
                    ::cloud_errors::RetryWhen::Idempotent,
                ),
                ::cloud_errors::StatusCondition::new(
                    504u16,
                    ::cloud_errors::RetryWhen::Idempotent,
                ),
            ],
        )
        .with_sdk_differences(
            ::cloud_errors::SdkDifferences::new(
                ::core::option::Option::None,
                ::core::option::Option::Some(::cloud_errors::RetryWhen::Always),
                &[],
                ::core::option::Option::Some(
                    &[
                        ::cloud_errors::StatusCondition::new(
                            500u16,
                            ::cloud_errors::RetryWhen::Always,
                        ),
                        ::cloud_errors::StatusCondition::new(
                            502u16,
                            ::cloud_errors::RetryWhen::Always,
                        ),
                        ::cloud_errors::StatusCondition::new(
                            503u16,
                            ::cloud_errors::RetryWhen::Always,
                        ),
                        ::cloud_errors::StatusCondition::new(
                            504u16,
                            ::cloud_errors::RetryWhen::Always,
                        ),
                    ],
                ),
            ),
        )
        .with_retry_quota(::cloud_errors::QuotaSpec::new(500, 5, 10, 1))
        .with_idempotency_token(
            ::cloud_errors::TokenPlace::BodyParameter("ClientToken"),
        );
}
/// An error response of Amazon Web Services: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
