// @generated from catalogs/ibm_vpc_metadata.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! IBM Cloud VPC instance metadata: error codes.
//!
//! Curated from <https://cloud.ibm.com/docs/vpc?topic=vpc-imd-error-codes>.
/// An error code of IBM Cloud VPC instance metadata.
///
/// Every documented code is a variant; any other code is kept verbatim in `Unknown`.
/// Compare codes by matching on the variants, never on `Unknown`'s string: codes
/// added to the catalog later move out of `Unknown`.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `invalid_request`: HTTP 400; retry: never; category: invalid_argument.
    ///
    /// The request could not be parsed, for example because its JSON is malformed or its body is too large.
    ///
    /// リクエストを解析できませんでした。たとえばJSONの形式が誤っているか、リクエスト本文が大きすぎます。
    InvalidRequest = 0,
    /// `invalid_value`: HTTP 400, 404; retry: never; category: invalid_argument.
    ///
    /// A header, query parameter, path parameter or property (named by \`target\`) has an invalid value, such as an integer out of range, a string with invalid characters, or a value not in the listed set. The status is 404 for a path parameter and 400 otherwise.
    ///
    /// ヘッダー、照会パラメーター、パス・パラメーター、またはプロパティー（targetで示されます）の値が無効です。範囲外の整数、無効な文字を含む文字列、列挙された値以外の値などが該当します。パス・パラメーターの場合のステータスは404、それ以外は400です。
    InvalidValue = 1,
    /// `missing_field`: HTTP 400; retry: never; category: invalid_argument.
    ///
    /// A required header, query parameter or property was not given.
    ///
    /// 必須のヘッダー、照会パラメーター、またはプロパティーが指定されていません。
    MissingField = 2,
    /// `missing_value`: HTTP 400; retry: never; category: invalid_argument.
    ///
    /// A required header, query parameter or body property (named by \`target\`) has no value.
    ///
    /// 必須のヘッダー、照会パラメーター、または本文プロパティー（targetで示されます）の値が指定されていません。
    MissingValue = 3,
    /// `not_found`: HTTP 400, 404; retry: never; category: not_found.
    ///
    /// A header, query parameter, path parameter or body property (named by \`target\`) is well formed but refers to a resource that does not exist. The status is 404 for a path parameter and 400 otherwise.
    ///
    /// ヘッダー、照会パラメーター、パス・パラメーター、または本文プロパティー（targetで示されます）は構文上は正しいものの、存在しないリソースを参照しています。パス・パラメーターの場合のステータスは404、それ以外は400です。
    NotFound = 4,
    /// `profile_not_linked`: HTTP 400; retry: after_fix; category: failed_precondition.
    ///
    /// The trusted profile is not linked to the virtual server instance. Only POST /instance\_identity/v1/iam\_token returns this code.
    ///
    /// トラステッド・プロファイルが仮想サーバー・インスタンスにリンクされていません。このエラー・コードは POST /instance\_identity/v1/iam\_token でのみ返されます。
    ProfileNotLinked = 5,
    /// `service_error`: HTTP 500; retry: backoff; category: internal.
    ///
    /// The service met a problem on its side.
    ///
    /// サービス側で問題が発生しました。
    ServiceError = 6,
    /// `unauthenticated`: HTTP 401; retry: after_fix; category: unauthenticated.
    ///
    /// A bearer token was given in the Authorization header, but it has expired, is malformed, or is well formed but invalid.
    ///
    /// Authorizationヘッダーにベアラー・トークンが指定されていますが、有効期限が切れているか、形式が誤っているか、構文上は正しいものの無効です。
    Unauthenticated = 7,
    /// `unauthorized`: HTTP 403; retry: after_fix; category: permission_denied.
    ///
    /// A header, parameter, path or property (named by \`target\`) is well formed but refers to a resource that the caller may not operate on in the requested way.
    ///
    /// ヘッダー、パラメーター、パス、またはプロパティー（targetで示されます）は構文上は正しいものの、要求された方法で操作することが許可されていないリソースを参照しています。
    Unauthorized = 8,
    /// `unknown_field`: HTTP 400; retry: never; category: invalid_argument.
    ///
    /// An unknown query parameter or property was given.
    ///
    /// 不明な照会パラメーターまたはプロパティーが指定されました。
    UnknownField = 9,
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String) = 10,
}
const _: () = {
    static CODES: [&str; 10] = [
        "invalid_request",
        "invalid_value",
        "missing_field",
        "missing_value",
        "not_found",
        "profile_not_linked",
        "service_error",
        "unauthenticated",
        "unauthorized",
        "unknown_field",
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(
            "InvalidRequest", "InvalidValue", "MissingField", "MissingValue", "NotFound",
            "ProfileNotLinked", "ServiceError", "Unauthenticated", "Unauthorized",
            "UnknownField"
        ),
        ends: &[0, 14, 26, 38, 50, 58, 74, 86, 101, 113, 125],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(
            "The request could not be parsed, for example because its JSON is malformed or its body is too large.",
            "A header, query parameter, path parameter or property (named by `target`) has an invalid value, such as an integer out of range, a string with invalid characters, or a value not in the listed set. The status is 404 for a path parameter and 400 otherwise.",
            "A required header, query parameter or property was not given.",
            "A required header, query parameter or body property (named by `target`) has no value.",
            "A header, query parameter, path parameter or body property (named by `target`) is well formed but refers to a resource that does not exist. The status is 404 for a path parameter and 400 otherwise.",
            "The trusted profile is not linked to the virtual server instance. Only POST /instance_identity/v1/iam_token returns this code.",
            "The service met a problem on its side.",
            "A bearer token was given in the Authorization header, but it has expired, is malformed, or is well formed but invalid.",
            "A header, parameter, path or property (named by `target`) is well formed but refers to a resource that the caller may not operate on in the requested way.",
            "An unknown query parameter or property was given."
        ),
        ends: &[0, 100, 354, 415, 500, 697, 823, 861, 979, 1133, 1182],
    };
    static DESCRIPTIONS_JA: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(
            "リクエストを解析できませんでした。たとえばJSONの形式が誤っているか、リクエスト本文が大きすぎます。",
            "ヘッダー、照会パラメーター、パス・パラメーター、またはプロパティー（targetで示されます）の値が無効です。範囲外の整数、無効な文字を含む文字列、列挙された値以外の値などが該当します。パス・パラメーターの場合のステータスは404、それ以外は400です。",
            "必須のヘッダー、照会パラメーター、またはプロパティーが指定されていません。",
            "必須のヘッダー、照会パラメーター、または本文プロパティー（targetで示されます）の値が指定されていません。",
            "ヘッダー、照会パラメーター、パス・パラメーター、または本文プロパティー（targetで示されます）は構文上は正しいものの、存在しないリソースを参照しています。パス・パラメーターの場合のステータスは404、それ以外は400です。",
            "トラステッド・プロファイルが仮想サーバー・インスタンスにリンクされていません。このエラー・コードは POST /instance_identity/v1/iam_token でのみ返されます。",
            "サービス側で問題が発生しました。",
            "Authorizationヘッダーにベアラー・トークンが指定されていますが、有効期限が切れているか、形式が誤っているか、構文上は正しいものの無効です。",
            "ヘッダー、パラメーター、パス、またはプロパティー（targetで示されます）は構文上は正しいものの、要求された方法で操作することが許可されていないリソースを参照しています。",
            "不明な照会パラメーターまたはプロパティーが指定されました。"
        ),
        ends: &[0, 145, 502, 613, 766, 1081, 1293, 1341, 1540, 1786, 1873],
    };
    static HELP_CODES: [u32; 2] = [5, 7];
    static HELP_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(
            "Link the trusted profile to the instance (or name a profile that is linked), then request the IAM token again.",
            "Request a new instance identity token and send it in the Authorization header."
        ),
        ends: &[0, 110, 188],
    };
    static HELP_JA: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(
            "トラステッド・プロファイルをインスタンスにリンクしてから（またはリンク済みのプロファイルを指定して）、IAMトークンを再度リクエストしてください。",
            "新しいインスタンス・アイデンティティー・トークンを取得し、Authorizationヘッダーで送信してください。"
        ),
        ends: &[0, 213, 355],
    };
    static STATUSES: [u16; 12] = [
        400,
        400,
        404,
        400,
        400,
        400,
        404,
        400,
        500,
        401,
        403,
        400,
    ];
    static STATUS_ENDS: [u32; 11] = [0, 1, 3, 4, 5, 7, 8, 9, 10, 11, 12];
    static RETRY: [::cloud_errors::Retry; 10] = [
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::AfterFix,
        ::cloud_errors::Retry::Backoff,
        ::cloud_errors::Retry::AfterFix,
        ::cloud_errors::Retry::AfterFix,
        ::cloud_errors::Retry::Never,
    ];
    static CATEGORY: [::cloud_errors::Category; 10] = [
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::NotFound,
        ::cloud_errors::Category::FailedPrecondition,
        ::cloud_errors::Category::Internal,
        ::cloud_errors::Category::Unauthenticated,
        ::cloud_errors::Category::PermissionDenied,
        ::cloud_errors::Category::InvalidArgument,
    ];
    static MESSAGES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(
            "The request body is malformed.",
            "The `expires_in` field must not exceed `3600`.",
            "The trusted profile ID was not passed in the request body.",
            "The Metadata-Flavor header must be given a value such as `ibm`.",
            "Placement group not found.",
            "The virtual server instance is not linked to the specified trusted profile.",
            "An internal error occurred.", "The provided token is invalid or expired.",
            "The metadata service is not enabled on the specified instance.",
            "An unknown property `xyzzy` was given in the request body."
        ),
        ends: &[0, 30, 76, 134, 197, 223, 298, 325, 366, 428, 486],
    };
    static MESSAGE_ENDS: [u32; 11] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    static PILOTS: [u16; 3] = [1, 2, 6];
    static SLOTS: [(&str, u32); 11] = [
        ("service_error", 6),
        ("invalid_request", 0),
        ("missing_field", 2),
        ("profile_not_linked", 5),
        ("missing_value", 3),
        ("invalid_value", 1),
        ("unknown_field", 9),
        ("not_found", 4),
        ("unauthorized", 8),
        ("unauthenticated", 7),
        ("", 4294967295),
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
        pub const KNOWN_COUNT: usize = 10;
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
    const PROVIDER: &'static str = "IBM Cloud VPC instance metadata";
    const ENVELOPE: ::cloud_errors::Envelope = ::cloud_errors::Envelope::Ibm;
}
/// An error response of IBM Cloud VPC instance metadata.
///
/// See [`ProviderError`](crate::ProviderError) for its constructors, fields and
/// retry decision, with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
