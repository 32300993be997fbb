// @generated from catalogs/alibaba_kms.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud KMS: error codes.
//!
//! Curated from <https://www.alibabacloud.com/help/ja/kms/key-management-service/developer-reference/common-error-codes-1>.
/// An error code of Alibaba Cloud KMS.
///
/// Every documented code is a variant; any other code is kept verbatim in `Unknown`.
/// Compare codes by matching on the variants, never on `Unknown`'s string: codes
/// added to the catalog later move out of `Unknown`.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidApiName`: HTTP 400; retry: never; category: invalid_argument.
    ///
    /// The API name is invalid.
    ///
    /// API名が無効です。
    InvalidApiName = 0,
    /// `InvalidApiVersion`: HTTP 400; retry: never; category: invalid_argument.
    ///
    /// The API version is invalid.
    ///
    /// APIバージョンが無効です。
    InvalidApiVersion = 1,
    /// `InvalidParam`: HTTP 400; retry: never; category: invalid_argument.
    ///
    /// A request header (Date or x\-kms\-signaturemethod) is missing or has an unsupported value.
    ///
    /// リクエストヘッダー（Dateまたはx\-kms\-signaturemethod）が指定されていないか、サポートされていない値です。
    InvalidParam = 2,
    /// `MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    ///
    /// The Authorization header carries no AccessKey ID.
    ///
    /// AuthorizationヘッダーにAccessKey IDが含まれていません。
    MissingParameter = 3,
    /// `RequestTimeTooSkewed`: HTTP 400; retry: after_fix; category: failed_precondition.
    ///
    /// The request\'s time differs from the server\'s time by more than 15 minutes.
    ///
    /// リクエストの時刻がサーバーの時刻と15分以上ずれています。
    RequestTimeTooSkewed = 4,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    ///
    /// A specified parameter is invalid.
    ///
    /// 指定されたパラメータが無効です。
    InvalidParameter = 5,
    /// `UnsupportedOperation`: HTTP 400; retry: never; category: unimplemented.
    ///
    /// The operation is rejected as unsupported.
    ///
    /// サポートされていない操作として拒否されました。
    UnsupportedOperation = 6,
    /// `SignatureNotMatch`: HTTP 401; retry: after_fix; category: unauthenticated.
    ///
    /// The signature the client computed does not match the one the server computed.
    ///
    /// クライアントが計算した署名が、サーバーが計算した署名と一致しません。
    SignatureNotMatch = 7,
    /// `Forbidden.NoPermission`: HTTP 403; retry: after_fix; category: permission_denied.
    ///
    /// The caller is not authorized to perform the operation.
    ///
    /// この操作を実行する権限がありません。
    ForbiddenNoPermission = 8,
    /// `Forbidden.KeyNotFound`: HTTP 404; retry: never; category: not_found.
    ///
    /// The key does not exist.
    ///
    /// キーが存在しません。
    ForbiddenKeyNotFound = 9,
    /// `Unauthorized`: HTTP 404; retry: after_fix; category: unauthenticated.
    ///
    /// The AccessKey ID does not exist; it is the KeyId value of the application access point (AAP).
    ///
    /// AccessKey IDが存在しません。AccessKey IDは、アプリケーションアクセスポイント（AAP）のKeyIdの値です。
    Unauthorized = 10,
    /// `Rejected.PendingDeletion`: HTTP 409; retry: after_fix; category: failed_precondition.
    ///
    /// The request is rejected because the key is pending deletion.
    ///
    /// キーが削除待ちの状態であるため、リクエストは拒否されました。
    RejectedPendingDeletion = 11,
    /// `Rejected.Disabled`: HTTP 409; retry: after_fix; category: failed_precondition.
    ///
    /// The request is rejected because the key is disabled.
    ///
    /// キーが無効化されているため、リクエストは拒否されました。
    RejectedDisabled = 12,
    /// `Rejected.PendingImport`: HTTP 409; retry: after_fix; category: failed_precondition.
    ///
    /// The request is rejected because the key is pending import of its key material.
    ///
    /// キーがキーマテリアルのインポート待ちの状態であるため、リクエストは拒否されました。
    RejectedPendingImport = 13,
    /// `InvalidContentType`: HTTP 415; retry: never; category: invalid_argument.
    ///
    /// The value of the Content\-Type header is not supported.
    ///
    /// Content\-Typeヘッダーの値はサポートされていません。
    InvalidContentType = 14,
    /// `InternalFailure`: HTTP 500; retry: backoff; category: internal.
    ///
    /// An internal error occurred.
    ///
    /// 内部エラーが発生しました。
    InternalFailure = 15,
    /// `ServiceUnavailableTemporary`: HTTP 503; retry: backoff; category: unavailable.
    ///
    /// The service is temporarily unavailable; try again later.
    ///
    /// サービスは一時的に利用できません。しばらくしてから再度お試しください。
    ServiceUnavailableTemporary = 16,
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String) = 17,
}
const _: () = {
    static CODES: [&str; 17] = [
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
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(
            "InvalidApiName", "InvalidApiVersion", "InvalidParam", "MissingParameter",
            "RequestTimeTooSkewed", "InvalidParameter", "UnsupportedOperation",
            "SignatureNotMatch", "ForbiddenNoPermission", "ForbiddenKeyNotFound",
            "Unauthorized", "RejectedPendingDeletion", "RejectedDisabled",
            "RejectedPendingImport", "InvalidContentType", "InternalFailure",
            "ServiceUnavailableTemporary"
        ),
        ends: &[
            0,
            14,
            31,
            43,
            59,
            79,
            95,
            115,
            132,
            153,
            173,
            185,
            208,
            224,
            245,
            263,
            278,
            305,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(
            "The API name is invalid.", "The API version is invalid.",
            "A request header (Date or x-kms-signaturemethod) is missing or has an unsupported value.",
            "The Authorization header carries no AccessKey ID.",
            "The request's time differs from the server's time by more than 15 minutes.",
            "A specified parameter is invalid.",
            "The operation is rejected as unsupported.",
            "The signature the client computed does not match the one the server computed.",
            "The caller is not authorized to perform the operation.",
            "The key does not exist.",
            "The AccessKey ID does not exist; it is the KeyId value of the application access point (AAP).",
            "The request is rejected because the key is pending deletion.",
            "The request is rejected because the key is disabled.",
            "The request is rejected because the key is pending import of its key material.",
            "The value of the Content-Type header is not supported.",
            "An internal error occurred.",
            "The service is temporarily unavailable; try again later."
        ),
        ends: &[
            0,
            24,
            51,
            139,
            188,
            262,
            295,
            336,
            413,
            467,
            490,
            583,
            643,
            695,
            773,
            827,
            854,
            910,
        ],
    };
    static DESCRIPTIONS_JA: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(
            "API名が無効です。", "APIバージョンが無効です。",
            "リクエストヘッダー（Dateまたはx-kms-signaturemethod）が指定されていないか、サポートされていない値です。",
            "AuthorizationヘッダーにAccessKey IDが含まれていません。",
            "リクエストの時刻がサーバーの時刻と15分以上ずれています。",
            "指定されたパラメータが無効です。",
            "サポートされていない操作として拒否されました。",
            "クライアントが計算した署名が、サーバーが計算した署名と一致しません。",
            "この操作を実行する権限がありません。",
            "キーが存在しません。",
            "AccessKey IDが存在しません。AccessKey IDは、アプリケーションアクセスポイント（AAP）のKeyIdの値です。",
            "キーが削除待ちの状態であるため、リクエストは拒否されました。",
            "キーが無効化されているため、リクエストは拒否されました。",
            "キーがキーマテリアルのインポート待ちの状態であるため、リクエストは拒否されました。",
            "Content-Typeヘッダーの値はサポートされていません。",
            "内部エラーが発生しました。",
            "サービスは一時的に利用できません。しばらくしてから再度お試しください。"
        ),
        ends: &[
            0,
            24,
            60,
            202,
            272,
            355,
            403,
            472,
            574,
            628,
            658,
            792,
            882,
            966,
            1089,
            1158,
            1197,
            1302,
        ],
    };
    static HELP_CODES: [u32; 9] = [1, 2, 3, 4, 6, 7, 8, 10, 15];
    static HELP_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(
            "The x-kms-apiversion header is missing from the request. Add it to the request headers.",
            "Check the request headers: the Date header must follow RFC 1123, and the x-kms-signaturemethod header must be present and name a supported signature method.",
            "Add the AccessKey ID to the Authorization header. With Alibaba Cloud SDKs, make sure the KMS instance SDK is the one in use.",
            "Synchronize the client's clock, then send the request again.",
            "See the KMS FAQ entry on the \"UnsupportedOperation\" error for the causes and what to do.",
            "Sign the request again with a valid client key.",
            "Check the permission policy of the application access point (AAP).",
            "Check the client key.",
            "If it persists, contact Alibaba Cloud technical support."
        ),
        ends: &[0, 87, 243, 367, 427, 515, 562, 628, 649, 705],
    };
    static HELP_JA: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(
            "リクエストヘッダーにx-kms-apiversionフィールドがありません。リクエストヘッダーに追加してください。",
            "リクエストヘッダーを確認してください。DateヘッダーはRFC 1123に準拠している必要があり、x-kms-signaturemethodヘッダーは存在し、サポートされている署名方式を指定している必要があります。",
            "AuthorizationヘッダーにAccessKey IDを追加してください。Alibaba Cloud SDKを使用する場合は、KMSインスタンスSDKを使用していることを確認してください。",
            "クライアントの時刻を同期してから、リクエストを再送信してください。",
            "原因と対処については、KMSのFAQにある「UnsupportedOperation」エラーの項目を参照してください。",
            "有効なクライアントキーを使用して、もう一度署名してください。",
            "アプリケーションアクセスポイント（AAP）の権限ポリシーを確認してください。",
            "クライアントキーを確認してください。",
            "解決しない場合は、Alibaba Cloudのテクニカルサポートにお問い合わせください。"
        ),
        ends: &[0, 139, 394, 589, 688, 813, 903, 1011, 1065, 1171],
    };
    static STATUSES: [u16; 17] = [
        400,
        400,
        400,
        400,
        400,
        400,
        400,
        401,
        403,
        404,
        404,
        409,
        409,
        409,
        415,
        500,
        503,
    ];
    static STATUS_ENDS: [u32; 18] = [
        0,
        1,
        2,
        3,
        4,
        5,
        6,
        7,
        8,
        9,
        10,
        11,
        12,
        13,
        14,
        15,
        16,
        17,
    ];
    static RETRY: [::cloud_errors::Retry; 17] = [
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::AfterFix,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::AfterFix,
        ::cloud_errors::Retry::AfterFix,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::AfterFix,
        ::cloud_errors::Retry::AfterFix,
        ::cloud_errors::Retry::AfterFix,
        ::cloud_errors::Retry::AfterFix,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Backoff,
        ::cloud_errors::Retry::Backoff,
    ];
    static CATEGORY: [::cloud_errors::Category; 17] = [
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::FailedPrecondition,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::Unimplemented,
        ::cloud_errors::Category::Unauthenticated,
        ::cloud_errors::Category::PermissionDenied,
        ::cloud_errors::Category::NotFound,
        ::cloud_errors::Category::Unauthenticated,
        ::cloud_errors::Category::FailedPrecondition,
        ::cloud_errors::Category::FailedPrecondition,
        ::cloud_errors::Category::FailedPrecondition,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::Internal,
        ::cloud_errors::Category::Unavailable,
    ];
    static MESSAGES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(
            "The ApiName \"<apiname>\" is invalid.",
            "The ApiVersion \"<apiversion value>\" is invalid.",
            "The Param Date is invalid.", "The Param x-kms-signaturemethod is invalid.",
            "The Param x-kms-signaturemethod is invalid. message:\"<signaturemethod value>\".",
            "Parameter x-kms-acccesskeyid does not exist in http header or body.",
            "Request time exceeds server time more than 15 minutes.",
            "The specified parameter is not valid.", "Rejected.UnsupportedOperation",
            "Signature is not matched.",
            "This operation for \"<parameter name>\" is forbidden by permission system.",
            "The key ID or alias of the key does not exist in the system.",
            "The key ID or alias of the key does not exist in the key store \"<parameter name>\".",
            "The specified key does not exist.",
            "The AccessKey ID \"<accessKeyId>\" does not exist in our records.",
            "The request is rejected because the key is in the Pending Deletion state.",
            "The request is rejected because the key is disabled.",
            "The request is rejected because the key is in the Pending Import state.",
            "Content-Type \"<type>\" is not supported.", "An internal error occurred.",
            "The service is temporarily unavailable."
        ),
        ends: &[
            0,
            35,
            82,
            108,
            151,
            229,
            296,
            350,
            387,
            416,
            441,
            513,
            573,
            655,
            688,
            751,
            824,
            876,
            947,
            986,
            1013,
            1052,
        ],
    };
    static MESSAGE_ENDS: [u32; 18] = [
        0,
        1,
        2,
        5,
        6,
        7,
        8,
        9,
        10,
        11,
        14,
        15,
        16,
        17,
        18,
        19,
        20,
        21,
    ];
    static PILOTS: [u16; 5] = [15, 0, 35, 12, 165];
    static SLOTS: [(&str, u32); 18] = [
        ("InvalidParameter", 5),
        ("Forbidden.NoPermission", 8),
        ("RequestTimeTooSkewed", 4),
        ("InvalidParam", 2),
        ("InvalidContentType", 14),
        ("ServiceUnavailableTemporary", 16),
        ("Rejected.PendingDeletion", 11),
        ("InternalFailure", 15),
        ("SignatureNotMatch", 7),
        ("Rejected.PendingImport", 13),
        ("", 4294967295),
        ("InvalidApiVersion", 1),
        ("UnsupportedOperation", 6),
        ("Forbidden.KeyNotFound", 9),
        ("Unauthorized", 10),
        ("Rejected.Disabled", 12),
        ("InvalidApiName", 0),
        ("MissingParameter", 3),
    ];
    static STATUS_RULES: [::cloud_errors::StatusRule; 1] = [
        ::cloud_errors::StatusRule::new(
            413,
            ::cloud_errors::Retry::Never,
            ::cloud_errors::Category::InvalidArgument,
            "The request body is larger than 3 MB once all request parameters are encoded as Protocol Buffers.",
            "すべてのリクエストパラメータをプロトコルバッファでエンコードすると、リクエスト本文のサイズが3 MBを超えます。",
        ),
    ];
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
        pub const KNOWN_COUNT: usize = 17;
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
    const PROVIDER: &'static str = "Alibaba Cloud KMS";
    const ENVELOPE: ::cloud_errors::Envelope = ::cloud_errors::Envelope::Alibaba;
}
/// An error response of Alibaba Cloud KMS.
///
/// See [`ProviderError`](crate::ProviderError) for its constructors, fields and
/// retry decision, with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
