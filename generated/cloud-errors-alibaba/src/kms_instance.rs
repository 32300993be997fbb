// @generated from catalogs/alibaba/kms_instance.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud KMS: error codes.
//!
//! The provider's documentation: <https://www.alibabacloud.com/help/ja/kms/key-management-service/developer-reference/common-error-codes-1>.
//!
//! Error responses are read and written as [`AlibabaKms`](cloud_errors::envelopes::AlibabaKms) (`alibaba_kms`).
/// An error code of Alibaba Cloud KMS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidApiName`: HTTP 400; retry: never; category: invalid_argument.
    /// The API name is invalid.
    InvalidApiName,
    /// `InvalidApiVersion`: HTTP 400; retry: never; category: invalid_argument.
    /// The API version is invalid.
    InvalidApiVersion,
    /// `InvalidParam`: HTTP 400; retry: never; category: invalid_argument.
    /// A request header (Date or x\-kms\-signaturemethod) is missing or has an unsupported value.
    InvalidParam,
    /// `MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// The Authorization header carries no AccessKey ID.
    MissingParameter,
    /// `RequestTimeTooSkewed`: HTTP 400; retry: after_fix; category: failed_precondition.
    /// The request\'s time differs from the server\'s time by more than 15 minutes.
    RequestTimeTooSkewed,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A specified parameter is invalid.
    InvalidParameter,
    /// `UnsupportedOperation`: HTTP 400; retry: never; category: unimplemented.
    /// The operation is rejected as unsupported.
    UnsupportedOperation,
    /// `SignatureNotMatch`: HTTP 401; retry: after_fix; category: unauthenticated.
    /// The signature the client computed does not match the one the server computed.
    SignatureNotMatch,
    /// `Forbidden.NoPermission`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The caller is not authorized to perform the operation.
    ForbiddenNoPermission,
    /// `Forbidden.KeyNotFound`: HTTP 404; retry: never; category: not_found.
    /// The key does not exist.
    ForbiddenKeyNotFound,
    /// `Unauthorized`: HTTP 404; retry: after_fix; category: unauthenticated.
    /// The AccessKey ID does not exist; it is the KeyId value of the application access point (AAP).
    Unauthorized,
    /// `Rejected.PendingDeletion`: HTTP 409; retry: after_fix; category: failed_precondition.
    /// The request is rejected because the key is pending deletion.
    RejectedPendingDeletion,
    /// `Rejected.Disabled`: HTTP 409; retry: after_fix; category: failed_precondition.
    /// The request is rejected because the key is disabled.
    RejectedDisabled,
    /// `Rejected.PendingImport`: HTTP 409; retry: after_fix; category: failed_precondition.
    /// The request is rejected because the key is pending import of its key material.
    RejectedPendingImport,
    /// `InvalidContentType`: HTTP 415; retry: never; category: invalid_argument.
    /// The value of the Content\-Type header is not supported.
    InvalidContentType,
    /// `InternalFailure`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalFailure,
    /// `ServiceUnavailableTemporary`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is temporarily unavailable; try again later.
    ServiceUnavailableTemporary,
    /// `Rejected.Throttling`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Requests arrive faster than the instance accepts them; send them again more slowly.
    RejectedThrottling,
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 18] = [
        "InvalidApiName",
        "InvalidApiVersion",
        "InvalidParam",
        "MissingParameter",
        "RequestTimeTooSkewed",
        "InvalidParameter",
        "UnsupportedOperation",
        "SignatureNotMatch",
        "Forbidden.NoPermission",
        "Forbidden.KeyNotFound",
        "Unauthorized",
        "Rejected.PendingDeletion",
        "Rejected.Disabled",
        "Rejected.PendingImport",
        "InvalidContentType",
        "InternalFailure",
        "ServiceUnavailableTemporary",
        "Rejected.Throttling",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The API name is invalid.The API version is invalid.A request header (Date or x-kms-signaturemethod) is missing or has an unsupported value.The Authorization header carries no AccessKey ID.The request's time differs from the server's time by more than 15 minutes.A specified parameter is invalid.The operation is rejected as unsupported.The signature the client computed does not match the one the server computed.The caller is not authorized to perform the operation.The key does not exist.The AccessKey ID does not exist; it is the KeyId value of the application access point (AAP).The request is rejected because the key is pending deletion.The request is rejected because the key is disabled.The request is rejected because the key is pending import of its key material.The value of the Content-Type header is not supported.An internal error occurred.The service is temporarily unavailable; try again later.Requests arrive faster than the instance accepts them; send them again more slowly.",
        ends: &[
            0, 24, 51, 139, 188, 262, 295, 336, 413, 467, 490, 583, 643, 695, 773, 827,
            854, 910, 993,
        ],
    };
    static DESCRIPTIONS_JA: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "API名が無効です。APIバージョンが無効です。リクエストヘッダー（Dateまたはx-kms-signaturemethod）が指定されていないか、サポートされていない値です。AuthorizationヘッダーにAccessKey IDが含まれていません。リクエストの時刻がサーバーの時刻と15分以上ずれています。指定されたパラメータが無効です。サポートされていない操作として拒否されました。クライアントが計算した署名が、サーバーが計算した署名と一致しません。この操作を実行する権限がありません。キーが存在しません。AccessKey IDが存在しません。AccessKey IDは、アプリケーションアクセスポイント（AAP）のKeyIdの値です。キーが削除待ちの状態であるため、リクエストは拒否されました。キーが無効化されているため、リクエストは拒否されました。キーがキーマテリアルのインポート待ちの状態であるため、リクエストは拒否されました。Content-Typeヘッダーの値はサポートされていません。内部エラーが発生しました。サービスは一時的に利用できません。しばらくしてから再度お試しください。インスタンスが受け付けられる速さを超えてリクエストが届いています。間隔を空けて再度送信してください。",
        ends: &[
            0, 24, 60, 202, 272, 355, 403, 472, 574, 628, 658, 792, 882, 966, 1089, 1158,
            1197, 1302, 1452,
        ],
    };
    static HELP_CODES: [u32; 9] = [1, 2, 3, 4, 6, 7, 8, 10, 15];
    static HELP_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The x-kms-apiversion header is missing from the request. Add it to the request headers.Check the request headers: the Date header must follow RFC 1123, and the x-kms-signaturemethod header must be present and name a supported signature method.Add the AccessKey ID to the Authorization header. With Alibaba Cloud SDKs, make sure the KMS instance SDK is the one in use.Synchronize the client's clock, then send the request again.See the KMS FAQ entry on the \"UnsupportedOperation\" error for the causes and what to do.Sign the request again with a valid client key.Check the permission policy of the application access point (AAP).Check the client key.If it persists, contact Alibaba Cloud technical support.",
        ends: &[0, 87, 243, 367, 427, 515, 562, 628, 649, 705],
    };
    static HELP_JA: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "リクエストヘッダーにx-kms-apiversionフィールドがありません。リクエストヘッダーに追加してください。リクエストヘッダーを確認してください。DateヘッダーはRFC 1123に準拠している必要があり、x-kms-signaturemethodヘッダーは存在し、サポートされている署名方式を指定している必要があります。AuthorizationヘッダーにAccessKey IDを追加してください。Alibaba Cloud SDKを使用する場合は、KMSインスタンスSDKを使用していることを確認してください。クライアントの時刻を同期してから、リクエストを再送信してください。原因と対処については、KMSのFAQにある「UnsupportedOperation」エラーの項目を参照してください。有効なクライアントキーを使用して、もう一度署名してください。アプリケーションアクセスポイント（AAP）の権限ポリシーを確認してください。クライアントキーを確認してください。解決しない場合は、Alibaba Cloudのテクニカルサポートにお問い合わせください。",
        ends: &[0, 139, 394, 589, 688, 813, 903, 1011, 1065, 1171],
    };
    static STATUSES: [u16; 17] = [
        400, 400, 400, 400, 400, 400, 400, 401, 403, 404, 404, 409, 409, 409, 415, 500,
        503,
    ];
    static STATUS_ENDS: [u32; 19] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 17,
    ];
    static RETRY: [::cloud_errors::Retry; 18] = ::cloud_errors::__private::retry_column(
        b"aaaacaaccaccccabbb",
    );
    static CATEGORY: [::cloud_errors::Category; 18] = ::cloud_errors::__private::category_column(
        b"cccciclpgepiiicmnh",
    );
    static MESSAGES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The ApiName \"<apiname>\" is invalid.The ApiVersion \"<apiversion value>\" is invalid.The Param Date is invalid.The Param x-kms-signaturemethod is invalid.The Param x-kms-signaturemethod is invalid. message:\"<signaturemethod value>\".Parameter x-kms-acccesskeyid does not exist in http header or body.Request time exceeds server time more than 15 minutes.The specified parameter is not valid.Rejected.UnsupportedOperationSignature is not matched.This operation for \"<parameter name>\" is forbidden by permission system.The key ID or alias of the key does not exist in the system.The key ID or alias of the key does not exist in the key store \"<parameter name>\".The specified key does not exist.The AccessKey ID \"<accessKeyId>\" does not exist in our records.The request is rejected because the key is in the Pending Deletion state.The request is rejected because the key is disabled.The request is rejected because the key is in the Pending Import state.Content-Type \"<type>\" is not supported.An internal error occurred.The service is temporarily unavailable.",
        ends: &[
            0, 35, 82, 108, 151, 229, 296, 350, 387, 416, 441, 513, 573, 655, 688, 751,
            824, 876, 947, 986, 1013, 1052,
        ],
    };
    static MESSAGE_ENDS: [u32; 19] = [
        0, 1, 2, 5, 6, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 21,
    ];
    static PILOTS: [u16; 5] = [6, 3, 11, 0, 1];
    static SLOTS: [(&str, u32); 20] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            10, 4294967295, 6, 4294967295, 13, 9, 1, 16, 14, 11, 5, 4, 8, 3, 2, 17, 7,
            12, 15, 0,
        ],
    );
    static STATUS_RULES: [::cloud_errors::StatusRule; 1] = [
        ::cloud_errors::StatusRule::new(
            413,
            ::cloud_errors::Retry::Never,
            ::cloud_errors::Category::InvalidArgument,
            [
                "The request body is larger than 3 MB once all request parameters are encoded as Protocol Buffers.",
                "すべてのリクエストパラメータをプロトコルバッファでエンコードすると、リクエスト本文のサイズが3 MBを超えます。",
                "",
            ],
            ::cloud_errors::Locale::En,
        ),
    ];
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        descriptions_en: &DESCRIPTIONS_EN,
        descriptions_ja: &DESCRIPTIONS_JA,
        help_codes: &HELP_CODES,
        help_en: &HELP_EN,
        help_ja: &HELP_JA,
        statuses: &STATUSES,
        status_ends: &STATUS_ENDS,
        retry: &RETRY,
        category: &CATEGORY,
        messages: &MESSAGES,
        message_ends: &MESSAGE_ENDS,
        status_rules: &STATUS_RULES,
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
    const PROVIDER: &'static str = "Alibaba Cloud KMS";
    type Envelope = ::cloud_errors::envelopes::AlibabaKms;
    /// The retry defaults of Alibaba Cloud KMS's SDK: alibabacloud\-dkms\-gcs\-go\-sdk openapi/client.go DoRequest, openapi\-util/client.go IsRetryErr; tea Retryable, GetBackoffTime.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = &::cloud_errors::PolicyDefaults::new(
            4,
            ::cloud_errors::Backoff {
                base: ::core::time::Duration::from_millis(2000),
                multiplier: 2f64,
                cap: ::core::time::Duration::from_millis(30000),
                jitter: ::cloud_errors::Jitter::Full,
            },
        )
        .with_code_conditions(&[])
        .with_default_condition(::cloud_errors::RetryWhen::Always)
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
        )
        .with_sdk_differences(
            ::cloud_errors::SdkDifferences::new(
                ::core::option::Option::None,
                ::core::option::Option::None,
                &[],
                ::core::option::Option::Some(
                    &[
                        ::cloud_errors::StatusCondition::range(
                            500u16,
                            599u16,
                            ::cloud_errors::RetryWhen::Always,
                        ),
                    ],
                ),
            ),
        );
}
/// An error response of Alibaba Cloud KMS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
