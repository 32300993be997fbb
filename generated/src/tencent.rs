// @generated from catalogs/tencent.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud API 3.0: error codes.
//!
//! Curated from <https://www.tencentcloud.com/document/product/239/32048>.
/// An error code of Tencent Cloud API 3.0.
///
/// Every documented code is a variant; any other code is kept verbatim in `Unknown`.
/// Compare codes by matching on the variants, never on `Unknown`'s string: codes
/// added to the catalog later move out of `Unknown`.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure.InvalidSecretId`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    ///
    /// The SecretId is invalid (it is not a cloud API key).
    ///
    /// SecretIdが無効です（クラウドAPIキーの種類ではありません）。
    AuthFailureInvalidSecretId = 0,
    /// `AuthFailure.MFAFailure`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    ///
    /// Multi\-factor authentication failed.
    ///
    /// 多要素認証（MFA）に失敗しました。
    AuthFailureMfaFailure = 1,
    /// `AuthFailure.SecretIdNotFound`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    ///
    /// The key does not exist.
    ///
    /// キーが存在しません。
    AuthFailureSecretIdNotFound = 2,
    /// `AuthFailure.SignatureExpire`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    ///
    /// The signature has expired.
    ///
    /// 署名の有効期限が切れています。
    AuthFailureSignatureExpire = 3,
    /// `AuthFailure.SignatureFailure`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    ///
    /// The signature is wrong.
    ///
    /// 署名が正しくありません。
    AuthFailureSignatureFailure = 4,
    /// `AuthFailure.TokenFailure`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    ///
    /// The token is invalid.
    ///
    /// トークンが無効です。
    AuthFailureTokenFailure = 5,
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    ///
    /// The request is not authorized by CAM (Cloud Access Management).
    ///
    /// リクエストはCAM（Cloud Access Management）で認可されていません。
    AuthFailureUnauthorizedOperation = 6,
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    ///
    /// A dry run only: the request would have succeeded, but the DryRun parameter was set, so nothing was done.
    ///
    /// DryRunによる確認のみです。リクエストは成功する見込みですが、DryRunパラメータが指定されたため実行されていません。
    DryRunOperation = 7,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    ///
    /// The operation failed.
    ///
    /// 操作に失敗しました。
    FailedOperation = 8,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    ///
    /// An internal error occurred.
    ///
    /// 内部エラーが発生しました。
    InternalError = 9,
    /// `InvalidAction`: no documented HTTP status; retry: never; category: unimplemented.
    ///
    /// The API action does not exist.
    ///
    /// 指定したAPIアクションは存在しません。
    InvalidAction = 10,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    ///
    /// A parameter is wrong.
    ///
    /// パラメータに誤りがあります。
    InvalidParameter = 11,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    ///
    /// A parameter has an invalid value.
    ///
    /// パラメータの値が無効です。
    InvalidParameterValue = 12,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    ///
    /// A quota limit was exceeded.
    ///
    /// クォータの上限を超えました。
    LimitExceeded = 13,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    ///
    /// A required parameter is missing.
    ///
    /// 必須のパラメータが指定されていません。
    MissingParameter = 14,
    /// `NoSuchVersion`: no documented HTTP status; retry: never; category: invalid_argument.
    ///
    /// The requested API version does not exist.
    ///
    /// 指定したAPIバージョンは存在しません。
    NoSuchVersion = 15,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    ///
    /// Requests were sent more often than the rate limit allows.
    ///
    /// リクエストの頻度が制限を超えました。
    RequestLimitExceeded = 16,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    ///
    /// The resource is in use.
    ///
    /// リソースは使用中です。
    ResourceInUse = 17,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    ///
    /// There are not enough resources.
    ///
    /// リソースが不足しています。
    ResourceInsufficient = 18,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    ///
    /// The resource does not exist.
    ///
    /// リソースが存在しません。
    ResourceNotFound = 19,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    ///
    /// The resource cannot be used.
    ///
    /// リソースを使用できません。
    ResourceUnavailable = 20,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    ///
    /// The operation is not authorized.
    ///
    /// 許可されていない操作です。
    UnauthorizedOperation = 21,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    ///
    /// A parameter is not known.
    ///
    /// 不明なパラメータが指定されました。
    UnknownParameter = 22,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    ///
    /// The operation is not supported.
    ///
    /// サポートされていない操作です。
    UnsupportedOperation = 23,
    /// `UnsupportedProtocol`: no documented HTTP status; retry: never; category: invalid_argument.
    ///
    /// The HTTP(S) request uses an unsupported protocol; only GET and POST requests are supported.
    ///
    /// HTTP(S)リクエストのプロトコルが正しくありません。GETおよびPOSTリクエストのみサポートされています。
    UnsupportedProtocol = 24,
    /// `UnsupportedRegion`: no documented HTTP status; retry: never; category: unimplemented.
    ///
    /// The API does not support the region the request was sent to.
    ///
    /// このAPIは、リクエストの送信先リージョンをサポートしていません。
    UnsupportedRegion = 25,
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String) = 26,
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
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(
            "AuthFailureInvalidSecretId", "AuthFailureMfaFailure",
            "AuthFailureSecretIdNotFound", "AuthFailureSignatureExpire",
            "AuthFailureSignatureFailure", "AuthFailureTokenFailure",
            "AuthFailureUnauthorizedOperation", "DryRunOperation", "FailedOperation",
            "InternalError", "InvalidAction", "InvalidParameter",
            "InvalidParameterValue", "LimitExceeded", "MissingParameter",
            "NoSuchVersion", "RequestLimitExceeded", "ResourceInUse",
            "ResourceInsufficient", "ResourceNotFound", "ResourceUnavailable",
            "UnauthorizedOperation", "UnknownParameter", "UnsupportedOperation",
            "UnsupportedProtocol", "UnsupportedRegion"
        ),
        ends: &[
            0,
            26,
            47,
            74,
            100,
            127,
            150,
            182,
            197,
            212,
            225,
            238,
            254,
            275,
            288,
            304,
            317,
            337,
            350,
            370,
            386,
            405,
            426,
            442,
            462,
            481,
            498,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(
            "The SecretId is invalid (it is not a cloud API key).",
            "Multi-factor authentication failed.", "The key does not exist.",
            "The signature has expired.", "The signature is wrong.",
            "The token is invalid.",
            "The request is not authorized by CAM (Cloud Access Management).",
            "A dry run only: the request would have succeeded, but the DryRun parameter was set, so nothing was done.",
            "The operation failed.", "An internal error occurred.",
            "The API action does not exist.", "A parameter is wrong.",
            "A parameter has an invalid value.", "A quota limit was exceeded.",
            "A required parameter is missing.",
            "The requested API version does not exist.",
            "Requests were sent more often than the rate limit allows.",
            "The resource is in use.", "There are not enough resources.",
            "The resource does not exist.", "The resource cannot be used.",
            "The operation is not authorized.", "A parameter is not known.",
            "The operation is not supported.",
            "The HTTP(S) request uses an unsupported protocol; only GET and POST requests are supported.",
            "The API does not support the region the request was sent to."
        ),
        ends: &[
            0,
            52,
            87,
            110,
            136,
            159,
            180,
            243,
            347,
            368,
            395,
            425,
            446,
            479,
            506,
            538,
            579,
            636,
            659,
            690,
            718,
            746,
            778,
            803,
            834,
            925,
            985,
        ],
    };
    static DESCRIPTIONS_JA: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(
            "SecretIdが無効です（クラウドAPIキーの種類ではありません）。",
            "多要素認証（MFA）に失敗しました。",
            "キーが存在しません。",
            "署名の有効期限が切れています。",
            "署名が正しくありません。", "トークンが無効です。",
            "リクエストはCAM（Cloud Access Management）で認可されていません。",
            "DryRunによる確認のみです。リクエストは成功する見込みですが、DryRunパラメータが指定されたため実行されていません。",
            "操作に失敗しました。", "内部エラーが発生しました。",
            "指定したAPIアクションは存在しません。",
            "パラメータに誤りがあります。",
            "パラメータの値が無効です。",
            "クォータの上限を超えました。",
            "必須のパラメータが指定されていません。",
            "指定したAPIバージョンは存在しません。",
            "リクエストの頻度が制限を超えました。",
            "リソースは使用中です。",
            "リソースが不足しています。",
            "リソースが存在しません。",
            "リソースを使用できません。",
            "許可されていない操作です。",
            "不明なパラメータが指定されました。",
            "サポートされていない操作です。",
            "HTTP(S)リクエストのプロトコルが正しくありません。GETおよびPOSTリクエストのみサポートされています。",
            "このAPIは、リクエストの送信先リージョンをサポートしていません。"
        ),
        ends: &[
            0,
            83,
            131,
            161,
            206,
            242,
            272,
            355,
            517,
            547,
            586,
            640,
            682,
            721,
            763,
            820,
            874,
            928,
            961,
            1000,
            1036,
            1075,
            1114,
            1165,
            1210,
            1350,
            1443,
        ],
    };
    static HELP_CODES: [u32; 3] = [2, 3, 4];
    static HELP_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(
            "Check in the console that the key has not been deleted or disabled. If it is active, check that the key was entered exactly, with no leading or trailing spaces.",
            "The request's Timestamp may differ from the server's time by at most five minutes. Check that the local clock is synchronized with standard time, then sign the request again.",
            "Recompute the signature, comparing each step with the signature documentation of the calling method you use."
        ),
        ends: &[0, 160, 334, 442],
    };
    static HELP_JA: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(
            "キーが削除または無効化されていないか、コンソールで確認してください。キーが有効な場合は、前後に空白を含めず正確に入力されているか確認してください。",
            "リクエストのTimestampとサーバー時刻の差は5分以内でなければなりません。ローカルの時計が標準時刻と同期しているか確認し、リクエストに署名し直してください。",
            "利用している呼び出し方式の署名ドキュメントと照らし合わせて、署名の計算手順を確認してください。"
        ),
        ends: &[0, 219, 442, 583],
    };
    static STATUSES: [u16; 0] = [];
    static STATUS_ENDS: [u32; 27] = [
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
    ];
    static RETRY: [::cloud_errors::Retry; 26] = [
        ::cloud_errors::Retry::AfterFix,
        ::cloud_errors::Retry::AfterFix,
        ::cloud_errors::Retry::AfterFix,
        ::cloud_errors::Retry::AfterFix,
        ::cloud_errors::Retry::AfterFix,
        ::cloud_errors::Retry::AfterFix,
        ::cloud_errors::Retry::AfterFix,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Backoff,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Backoff,
        ::cloud_errors::Retry::Backoff,
        ::cloud_errors::Retry::AfterFix,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::AfterFix,
        ::cloud_errors::Retry::AfterFix,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
    ];
    static CATEGORY: [::cloud_errors::Category; 26] = [
        ::cloud_errors::Category::Unauthenticated,
        ::cloud_errors::Category::Unauthenticated,
        ::cloud_errors::Category::Unauthenticated,
        ::cloud_errors::Category::Unauthenticated,
        ::cloud_errors::Category::Unauthenticated,
        ::cloud_errors::Category::Unauthenticated,
        ::cloud_errors::Category::Unauthenticated,
        ::cloud_errors::Category::FailedPrecondition,
        ::cloud_errors::Category::FailedPrecondition,
        ::cloud_errors::Category::Internal,
        ::cloud_errors::Category::Unimplemented,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::ResourceExhausted,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::ResourceExhausted,
        ::cloud_errors::Category::Aborted,
        ::cloud_errors::Category::ResourceExhausted,
        ::cloud_errors::Category::NotFound,
        ::cloud_errors::Category::FailedPrecondition,
        ::cloud_errors::Category::PermissionDenied,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::Unimplemented,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::Unimplemented,
    ];
    static MESSAGES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(),
        ends: &[0],
    };
    static MESSAGE_ENDS: [u32; 27] = [
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
    ];
    static PILOTS: [u16; 7] = [3, 0, 50, 27, 156, 0, 3];
    static SLOTS: [(&str, u32); 28] = [
        ("AuthFailure.SignatureFailure", 4),
        ("AuthFailure.SignatureExpire", 3),
        ("MissingParameter", 14),
        ("LimitExceeded", 13),
        ("InvalidParameter", 11),
        ("FailedOperation", 8),
        ("AuthFailure.UnauthorizedOperation", 6),
        ("DryRunOperation", 7),
        ("", 4294967295),
        ("InternalError", 9),
        ("", 4294967295),
        ("ResourceNotFound", 19),
        ("AuthFailure.MFAFailure", 1),
        ("ResourceInsufficient", 18),
        ("RequestLimitExceeded", 16),
        ("AuthFailure.InvalidSecretId", 0),
        ("ResourceInUse", 17),
        ("InvalidAction", 10),
        ("NoSuchVersion", 15),
        ("UnauthorizedOperation", 21),
        ("InvalidParameterValue", 12),
        ("AuthFailure.TokenFailure", 5),
        ("UnknownParameter", 22),
        ("UnsupportedProtocol", 24),
        ("UnsupportedRegion", 25),
        ("UnsupportedOperation", 23),
        ("AuthFailure.SecretIdNotFound", 2),
        ("ResourceUnavailable", 20),
    ];
    static STATUS_RULES: [::cloud_errors::StatusRule; 0] = [];
    unsafe impl ::cloud_errors::__private::Generated for Code {
        const TABLE: &'static ::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
            codes: &CODES,
            names: &NAMES,
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
            index: ::cloud_errors::__private::PerfectHash {
                seed: 0,
                pilots: &PILOTS,
                slots: &SLOTS,
            },
            status_rules: &STATUS_RULES,
        };
        #[inline]
        fn entry(&self) -> ::cloud_errors::__private::Entry<'_> {
            match self {
                Self::Unknown(code) => ::cloud_errors::__private::Entry::Unknown(code),
                known => {
                    ::cloud_errors::__private::Entry::Known(
                        ::cloud_errors::__private::tag_of(known),
                    )
                }
            }
        }
        #[inline]
        fn from_base_code(code: &str) -> ::core::option::Option<Self> {
            {
                let _ = code;
                ::core::option::Option::None
            }
        }
        #[inline]
        fn unknown(code: ::std::string::String) -> Self {
            Self::Unknown(code)
        }
    }
    impl Code {
        /// How many codes the catalog defines itself.
        pub const KNOWN_COUNT: usize = 26;
        /// Looks a wire code up exactly (case-sensitive); a code the catalog does not know
        /// is kept verbatim in `Unknown`.
        #[inline]
        pub fn from_code(code: &str) -> Self {
            ::cloud_errors::__private::from_code(code)
        }
        /// The code if the catalog knows it, `None` otherwise; does not allocate.
        #[inline]
        pub fn from_known_code(code: &str) -> ::core::option::Option<Self> {
            ::cloud_errors::__private::from_known_code(code)
        }
        /// The wire string, exactly as the service sends it.
        #[inline]
        pub fn code(&self) -> &str {
            ::cloud_errors::__private::code(self)
        }
        /// `false` for `Unknown`.
        #[inline]
        pub fn is_known(&self) -> bool {
            ::cloud_errors::__private::is_known(self)
        }
        /// The documented HTTP statuses; empty where none are documented. An unknown
        /// dotted code has those of its nearest known ancestor.
        #[inline]
        pub fn http_statuses(&self) -> &'static [u16] {
            ::cloud_errors::__private::http_statuses(self)
        }
        /// Whether retrying can help; an unknown dotted code inherits the class of its
        /// nearest known ancestor, and is `Never` without one.
        #[inline]
        pub fn retry(&self) -> ::cloud_errors::Retry {
            ::cloud_errors::__private::retry(self)
        }
        /// `true` exactly when `retry()` is `Retry::Backoff`.
        #[inline]
        pub fn is_retryable(&self) -> bool {
            self.retry().is_retryable()
        }
        /// The provider-neutral category; unknown codes inherit it like `retry()`.
        #[inline]
        pub fn category(&self) -> ::cloud_errors::Category {
            ::cloud_errors::__private::category(self)
        }
        /// The English description.
        #[inline]
        pub fn description(&self) -> &'static str {
            ::cloud_errors::__private::description_in(self, ::cloud_errors::Locale::En)
        }
        /// The description in the given language.
        #[inline]
        pub fn description_in(&self, locale: ::cloud_errors::Locale) -> &'static str {
            ::cloud_errors::__private::description_in(self, locale)
        }
        /// Troubleshooting help in English, where the catalog has any.
        #[inline]
        pub fn help(&self) -> ::core::option::Option<&'static str> {
            ::cloud_errors::__private::help_in(self, ::cloud_errors::Locale::En)
        }
        /// Troubleshooting help in the given language, where the catalog has any.
        #[inline]
        pub fn help_in(
            &self,
            locale: ::cloud_errors::Locale,
        ) -> ::core::option::Option<&'static str> {
            ::cloud_errors::__private::help_in(self, locale)
        }
        /// The messages the provider documents for this code.
        #[inline]
        pub fn messages(&self) -> ::cloud_errors::Messages {
            ::cloud_errors::__private::messages(self)
        }
        /// Every code the catalog defines itself, in catalog order.
        #[inline]
        pub fn known() -> ::cloud_errors::Known<Self> {
            ::cloud_errors::__private::known()
        }
        /// How the catalog classifies a response with this status and no code, if it
        /// documents one.
        #[inline]
        pub fn status_rule(
            status: u16,
        ) -> ::core::option::Option<&'static ::cloud_errors::StatusRule> {
            ::cloud_errors::__private::status_rule::<Self>(status)
        }
    }
    #[automatically_derived]
    impl ::core::clone::Clone for Code {
        #[inline]
        fn clone(&self) -> Self {
            match self {
                Self::Unknown(code) => Self::Unknown(::core::clone::Clone::clone(code)),
                known => {
                    ::cloud_errors::__private::from_tag(
                        ::cloud_errors::__private::tag_of(known),
                    )
                }
            }
        }
    }
    #[automatically_derived]
    impl ::core::cmp::PartialEq for Code {
        #[inline]
        fn eq(&self, other: &Self) -> bool {
            ::cloud_errors::__private::eq(self, other)
        }
    }
    #[automatically_derived]
    impl ::core::cmp::Eq for Code {}
    #[automatically_derived]
    impl ::core::hash::Hash for Code {
        fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
            ::cloud_errors::__private::hash(self, state)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Debug for Code {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::cloud_errors::__private::debug(self, f)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for Code {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.code())
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for Code {
        type Err = ::core::convert::Infallible;
        #[inline]
        fn from_str(code: &str) -> ::core::result::Result<Self, Self::Err> {
            ::core::result::Result::Ok(Self::from_code(code))
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<&str> for Code {
        #[inline]
        fn from(code: &str) -> Self {
            Self::from_code(code)
        }
    }
    ::cloud_errors::__private::impl_serde!(Code);
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Tencent Cloud API 3.0";
    const ENVELOPE: ::cloud_errors::Envelope = ::cloud_errors::Envelope::Tencent;
}
impl ::cloud_errors::InBodyErrors for Code {}
/// An error response of Tencent Cloud API 3.0.
///
/// See [`ProviderError`](crate::ProviderError) for its constructors, fields and
/// retry decision, with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
