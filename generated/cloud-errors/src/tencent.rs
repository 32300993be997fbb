// @generated from catalogs/tencent.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud API 3.0: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/product/239/32048>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
/// An error code of Tencent Cloud API 3.0: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure.InvalidSecretId`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// The SecretId is invalid (it is not a cloud API key).
    AuthFailureInvalidSecretId,
    /// `AuthFailure.MFAFailure`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Multi\-factor authentication failed.
    AuthFailureMfaFailure,
    /// `AuthFailure.SecretIdNotFound`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// The key does not exist.
    AuthFailureSecretIdNotFound,
    /// `AuthFailure.SignatureExpire`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// The signature has expired.
    AuthFailureSignatureExpire,
    /// `AuthFailure.SignatureFailure`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// The signature is wrong.
    AuthFailureSignatureFailure,
    /// `AuthFailure.TokenFailure`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// The token is invalid.
    AuthFailureTokenFailure,
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// The request is not authorized by CAM (Cloud Access Management).
    AuthFailureUnauthorizedOperation,
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// A dry run only: the request would have succeeded, but the DryRun parameter was set, so nothing was done.
    DryRunOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidAction`: no documented HTTP status; retry: never; category: unimplemented.
    /// The API action does not exist.
    InvalidAction,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is wrong.
    InvalidParameter,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter has an invalid value.
    InvalidParameterValue,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A quota limit was exceeded.
    LimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `NoSuchVersion`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The requested API version does not exist.
    NoSuchVersion,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Requests were sent more often than the rate limit allows.
    RequestLimitExceeded,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// There are not enough resources.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource does not exist.
    ResourceNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource cannot be used.
    ResourceUnavailable,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is not known.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedProtocol`: no documented HTTP status; retry: never; category: invalid_argument.
    /// The HTTP(S) request uses an unsupported protocol; only GET and POST requests are supported.
    UnsupportedProtocol,
    /// `UnsupportedRegion`: no documented HTTP status; retry: never; category: unimplemented.
    /// The API does not support the region the request was sent to.
    UnsupportedRegion,
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 26] = [
        "AuthFailure.InvalidSecretId",
        "AuthFailure.MFAFailure",
        "AuthFailure.SecretIdNotFound",
        "AuthFailure.SignatureExpire",
        "AuthFailure.SignatureFailure",
        "AuthFailure.TokenFailure",
        "AuthFailure.UnauthorizedOperation",
        "DryRunOperation",
        "FailedOperation",
        "InternalError",
        "InvalidAction",
        "InvalidParameter",
        "InvalidParameterValue",
        "LimitExceeded",
        "MissingParameter",
        "NoSuchVersion",
        "RequestLimitExceeded",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceUnavailable",
        "UnauthorizedOperation",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedProtocol",
        "UnsupportedRegion",
    ];
    static NAME_CODES: [u32; 1] = [1];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "AuthFailureMfaFailure",
        ends: &[0, 21],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The SecretId is invalid (it is not a cloud API key).Multi-factor authentication failed.The key does not exist.The signature has expired.The signature is wrong.The token is invalid.The request is not authorized by CAM (Cloud Access Management).A dry run only: the request would have succeeded, but the DryRun parameter was set, so nothing was done.The operation failed.An internal error occurred.The API action does not exist.A parameter is wrong.A parameter has an invalid value.A quota limit was exceeded.A required parameter is missing.The requested API version does not exist.Requests were sent more often than the rate limit allows.The resource is in use.There are not enough resources.The resource does not exist.The resource cannot be used.The operation is not authorized.A parameter is not known.The operation is not supported.The HTTP(S) request uses an unsupported protocol; only GET and POST requests are supported.The API does not support the region the request was sent to.",
        ends: &[
            0, 52, 87, 110, 136, 159, 180, 243, 347, 368, 395, 425, 446, 479, 506, 538,
            579, 636, 659, 690, 718, 746, 778, 803, 834, 925, 985,
        ],
    };
    static DESCRIPTIONS_JA: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "SecretIdが無効です（クラウドAPIキーの種類ではありません）。多要素認証（MFA）に失敗しました。キーが存在しません。署名の有効期限が切れています。署名が正しくありません。トークンが無効です。リクエストはCAM（Cloud Access Management）で認可されていません。DryRunによる確認のみです。リクエストは成功する見込みですが、DryRunパラメータが指定されたため実行されていません。操作に失敗しました。内部エラーが発生しました。指定したAPIアクションは存在しません。パラメータに誤りがあります。パラメータの値が無効です。クォータの上限を超えました。必須のパラメータが指定されていません。指定したAPIバージョンは存在しません。リクエストの頻度が制限を超えました。リソースは使用中です。リソースが不足しています。リソースが存在しません。リソースを使用できません。許可されていない操作です。不明なパラメータが指定されました。サポートされていない操作です。HTTP(S)リクエストのプロトコルが正しくありません。GETおよびPOSTリクエストのみサポートされています。このAPIは、リクエストの送信先リージョンをサポートしていません。",
        ends: &[
            0, 83, 131, 161, 206, 242, 272, 355, 517, 547, 586, 640, 682, 721, 763, 820,
            874, 928, 961, 1000, 1036, 1075, 1114, 1165, 1210, 1350, 1443,
        ],
    };
    static HELP_CODES: [u32; 3] = [2, 3, 4];
    static HELP_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Check in the console that the key has not been deleted or disabled. If it is active, check that the key was entered exactly, with no leading or trailing spaces.The request's Timestamp may differ from the server's time by at most five minutes. Check that the local clock is synchronized with standard time, then sign the request again.Recompute the signature, comparing each step with the signature documentation of the calling method you use.",
        ends: &[0, 160, 334, 442],
    };
    static HELP_JA: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "キーが削除または無効化されていないか、コンソールで確認してください。キーが有効な場合は、前後に空白を含めず正確に入力されているか確認してください。リクエストのTimestampとサーバー時刻の差は5分以内でなければなりません。ローカルの時計が標準時刻と同期しているか確認し、リクエストに署名し直してください。利用している呼び出し方式の署名ドキュメントと照らし合わせて、署名の計算手順を確認してください。",
        ends: &[0, 219, 442, 583],
    };
    static RETRY: [::cloud_errors::Retry; 26] = ::cloud_errors::__private::retry_column(
        b"cccccccaabaaaaaabbcaccaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 26] = ::cloud_errors::__private::category_column(
        b"pppppppiimlcchcchjheigclcl",
    );
    static PILOTS: [u16; 7] = [17, 14, 14, 67, 0, 0, 11];
    static SLOTS: [(&str, u32); 28] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            20, 5, 15, 12, 25, 13, 11, 6, 9, 2, 24, 10, 7, 14, 4, 4294967295, 16, 1, 8,
            23, 21, 4294967295, 3, 17, 19, 0, 22, 18,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
        descriptions_en: &DESCRIPTIONS_EN,
        descriptions_ja: &DESCRIPTIONS_JA,
        help_codes: &HELP_CODES,
        help_en: &HELP_EN,
        help_ja: &HELP_JA,
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
    const PROVIDER: &'static str = "Tencent Cloud API 3.0";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud API 3.0's SDK: tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = &::cloud_errors::PolicyDefaults::new(
            4,
            ::cloud_errors::Backoff {
                base: ::core::time::Duration::from_millis(1000),
                multiplier: 2f64,
                cap: ::core::time::Duration::from_millis(30000),
                jitter: ::cloud_errors::Jitter::None,
            },
        )
        .with_code_conditions(
            &[("RequestLimitExceeded", ::cloud_errors::RetryWhen::Always)],
        )
        .with_default_condition(::cloud_errors::RetryWhen::Idempotent)
        .with_max_delay(::core::time::Duration::from_millis(60000))
        .with_max_elapsed(::core::option::Option::None)
        .with_sdk_differences(
            ::cloud_errors::SdkDifferences::new(
                ::core::option::Option::Some(1),
                ::core::option::Option::Some(::cloud_errors::RetryWhen::Never),
                &[],
                ::core::option::Option::Some(&[]),
            ),
        )
        .with_idempotency_token(
            ::cloud_errors::TokenPlace::BodyParameter("ClientToken"),
        );
}
/// An error response of Tencent Cloud API 3.0: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
