// @generated from catalogs/oci.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Oracle Cloud Infrastructure: error codes.
//!
//! Curated from <https://docs.oracle.com/en-us/iaas/Content/API/References/apierrors.htm>.
/// An error code of Oracle Cloud Infrastructure.
///
/// Every documented code is a variant; any other code is kept verbatim in `Unknown`.
/// Compare codes by matching on the variants, never on `Unknown`'s string: codes
/// added to the catalog later move out of `Unknown`.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `CannotParseRequest`: HTTP 400; retry: never; category: invalid_argument.
    ///
    /// The request is malformed and could not be parsed.
    ///
    /// リクエストの形式が不正で、解析できませんでした。
    CannotParseRequest = 0,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    ///
    /// A parameter is invalid or badly formatted.
    ///
    /// パラメータが無効であるか、形式が正しくありません。
    InvalidParameter = 1,
    /// `LimitExceeded`: HTTP 400; retry: never; category: resource_exhausted.
    ///
    /// Fulfilling the request would exceed a limit that Oracle sets for this resource type in the tenancy.
    ///
    /// このリクエストを処理すると、テナンシのこのリソース・タイプについてOracleが定めた上限を超えます。
    LimitExceeded = 2,
    /// `MissingParameter`: HTTP 400; retry: never; category: invalid_argument.
    ///
    /// A required parameter is missing.
    ///
    /// 必須のパラメータが指定されていません。
    MissingParameter = 3,
    /// `QuotaExceeded`: HTTP 400; retry: never; category: resource_exhausted.
    ///
    /// Fulfilling the request would exceed a quota that an administrator set for this resource in the compartment.
    ///
    /// このリクエストを処理すると、管理者がコンパートメントのこのリソースに設定したクォータを超えます。
    QuotaExceeded = 4,
    /// `RelatedResourceNotAuthorizedOrNotFound`: HTTP 400; retry: backoff; category: not_found.
    ///
    /// A resource named in the request body does not exist, or the caller is not authorized to access it.
    ///
    /// リクエスト本文で指定したリソースが存在しないか、そのリソースへのアクセス権限がありません。
    RelatedResourceNotAuthorizedOrNotFound = 5,
    /// `NotAuthenticated`: HTTP 401; retry: backoff; category: unauthenticated.
    ///
    /// The authentication information was missing or wrong; other causes can produce this code too.
    ///
    /// 認証情報が指定されていないか、誤っています。ほかの原因でもこのエラー・コードが返されることがあります。
    NotAuthenticated = 6,
    /// `SignUpRequired`: HTTP 402; retry: never; category: failed_precondition.
    ///
    /// The operation requires opting in before it can be called.
    ///
    /// この操作を呼び出すには、事前にオプトインが必要です。
    SignUpRequired = 7,
    /// `NotAuthorized`: HTTP 403; retry: never; category: permission_denied.
    ///
    /// The caller is not authorized to update one or more of the fields in the request.
    ///
    /// リクエストに含まれる1つ以上のフィールドを更新する権限がありません。
    NotAuthorized = 8,
    /// `NotAuthorizedOrNotFound`: HTTP 404; retry: backoff; category: not_found.
    ///
    /// A resource named in the request URI (path or query parameters) does not exist, or the caller is not authorized to access it.
    ///
    /// リクエストのURI（パスまたは問合せパラメータ）で指定したリソースが存在しないか、そのリソースへのアクセス権限がありません。
    NotAuthorizedOrNotFound = 9,
    /// `NotFound`: HTTP 404; retry: never; category: not_found.
    ///
    /// No operation exists for the URI path and HTTP method of the request.
    ///
    /// リクエストのURIパスとHTTPメソッドに対応する操作が存在しません。
    NotFound = 10,
    /// `MethodNotAllowed`: HTTP 405; retry: never; category: unimplemented.
    ///
    /// The target resource does not support the HTTP method.
    ///
    /// 対象のリソースは、このHTTPメソッドをサポートしていません。
    MethodNotAllowed = 11,
    /// `IncorrectState`: HTTP 409; retry: backoff; category: failed_precondition.
    ///
    /// The state requested for the resource conflicts with its current state; check the message for any action needed before retrying.
    ///
    /// リソースに要求した状態が、現在の状態と競合しています。再試行の前に必要な対応がないか、メッセージを確認してください。
    IncorrectState = 12,
    /// `InvalidatedRetryToken`: HTTP 409; retry: after_fix; category: failed_precondition.
    ///
    /// The retry token was already used by an earlier request that changed the system, and a later operation invalidated it (for example, the entity created with that token was deleted since). To perform the change again, send the request with a different retry token.
    ///
    /// この再試行トークンは、システムを変更した以前のリクエストですでに使用され、その後の操作によって無効になっています（たとえば、同じトークンで作成したエンティティがその後削除された場合）。変更をもう一度行うには、別の再試行トークンを指定してリクエストを送信してください。
    InvalidatedRetryToken = 13,
    /// `NotAuthorizedOrResourceAlreadyExists`: HTTP 409; retry: backoff; category: already_exists.
    ///
    /// The caller is not authorized to perform the request, or the resource it tries to create already exists. Only create operations return this code, in place of the more general NotAuthorizedOrNotFound.
    ///
    /// このリクエストを実行する権限がないか、作成しようとしているリソースがすでに存在します。このエラー・コードは作成操作からのみ、より一般的なNotAuthorizedOrNotFoundの代わりに返されます。
    NotAuthorizedOrResourceAlreadyExists = 14,
    /// `NoEtagMatch`: HTTP 412; retry: never; category: failed_precondition.
    ///
    /// The ETag given in the request does not match the resource\'s current ETag.
    ///
    /// リクエストで指定したETagが、リソースの現在のETagと一致しません。
    NoEtagMatch = 15,
    /// `TooManyRequests`: HTTP 429; retry: backoff; category: resource_exhausted.
    ///
    /// Too many requests were sent to the Oracle Cloud Infrastructure APIs in too short a time.
    ///
    /// 短時間にOracle Cloud Infrastructure APIへ送信されたリクエストが多すぎます。
    TooManyRequests = 16,
    /// `InternalServerError`: HTTP 500; retry: backoff; category: internal.
    ///
    /// An internal error occurred in the service.
    ///
    /// サービス内部でエラーが発生しました。
    InternalServerError = 17,
    /// `MethodNotImplemented`: HTTP 501; retry: never; category: unimplemented.
    ///
    /// The target of the HTTP request does not recognize the HTTP method.
    ///
    /// HTTPリクエストの対象は、このHTTPメソッドを認識しません。
    MethodNotImplemented = 18,
    /// `ServiceUnavailable`: HTTP 503; retry: backoff; category: unavailable.
    ///
    /// The service is unavailable at the moment.
    ///
    /// サービスは現在利用できません。
    ServiceUnavailable = 19,
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String) = 20,
}
const _: () = {
    static CODES: [&str; 20] = [
        "CannotParseRequest",
        "InvalidParameter",
        "LimitExceeded",
        "MissingParameter",
        "QuotaExceeded",
        "RelatedResourceNotAuthorizedOrNotFound",
        "NotAuthenticated",
        "SignUpRequired",
        "NotAuthorized",
        "NotAuthorizedOrNotFound",
        "NotFound",
        "MethodNotAllowed",
        "IncorrectState",
        "InvalidatedRetryToken",
        "NotAuthorizedOrResourceAlreadyExists",
        "NoEtagMatch",
        "TooManyRequests",
        "InternalServerError",
        "MethodNotImplemented",
        "ServiceUnavailable",
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(
            "CannotParseRequest", "InvalidParameter", "LimitExceeded",
            "MissingParameter", "QuotaExceeded",
            "RelatedResourceNotAuthorizedOrNotFound", "NotAuthenticated",
            "SignUpRequired", "NotAuthorized", "NotAuthorizedOrNotFound", "NotFound",
            "MethodNotAllowed", "IncorrectState", "InvalidatedRetryToken",
            "NotAuthorizedOrResourceAlreadyExists", "NoEtagMatch", "TooManyRequests",
            "InternalServerError", "MethodNotImplemented", "ServiceUnavailable"
        ),
        ends: &[
            0,
            18,
            34,
            47,
            63,
            76,
            114,
            130,
            144,
            157,
            180,
            188,
            204,
            218,
            239,
            275,
            286,
            301,
            320,
            340,
            358,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(
            "The request is malformed and could not be parsed.",
            "A parameter is invalid or badly formatted.",
            "Fulfilling the request would exceed a limit that Oracle sets for this resource type in the tenancy.",
            "A required parameter is missing.",
            "Fulfilling the request would exceed a quota that an administrator set for this resource in the compartment.",
            "A resource named in the request body does not exist, or the caller is not authorized to access it.",
            "The authentication information was missing or wrong; other causes can produce this code too.",
            "The operation requires opting in before it can be called.",
            "The caller is not authorized to update one or more of the fields in the request.",
            "A resource named in the request URI (path or query parameters) does not exist, or the caller is not authorized to access it.",
            "No operation exists for the URI path and HTTP method of the request.",
            "The target resource does not support the HTTP method.",
            "The state requested for the resource conflicts with its current state; check the message for any action needed before retrying.",
            "The retry token was already used by an earlier request that changed the system, and a later operation invalidated it (for example, the entity created with that token was deleted since). To perform the change again, send the request with a different retry token.",
            "The caller is not authorized to perform the request, or the resource it tries to create already exists. Only create operations return this code, in place of the more general NotAuthorizedOrNotFound.",
            "The ETag given in the request does not match the resource's current ETag.",
            "Too many requests were sent to the Oracle Cloud Infrastructure APIs in too short a time.",
            "An internal error occurred in the service.",
            "The target of the HTTP request does not recognize the HTTP method.",
            "The service is unavailable at the moment."
        ),
        ends: &[
            0,
            49,
            91,
            190,
            222,
            329,
            427,
            519,
            576,
            656,
            780,
            848,
            901,
            1028,
            1289,
            1487,
            1560,
            1648,
            1690,
            1756,
            1797,
        ],
    };
    static DESCRIPTIONS_JA: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(
            "リクエストの形式が不正で、解析できませんでした。",
            "パラメータが無効であるか、形式が正しくありません。",
            "このリクエストを処理すると、テナンシのこのリソース・タイプについてOracleが定めた上限を超えます。",
            "必須のパラメータが指定されていません。",
            "このリクエストを処理すると、管理者がコンパートメントのこのリソースに設定したクォータを超えます。",
            "リクエスト本文で指定したリソースが存在しないか、そのリソースへのアクセス権限がありません。",
            "認証情報が指定されていないか、誤っています。ほかの原因でもこのエラー・コードが返されることがあります。",
            "この操作を呼び出すには、事前にオプトインが必要です。",
            "リクエストに含まれる1つ以上のフィールドを更新する権限がありません。",
            "リクエストのURI（パスまたは問合せパラメータ）で指定したリソースが存在しないか、そのリソースへのアクセス権限がありません。",
            "リクエストのURIパスとHTTPメソッドに対応する操作が存在しません。",
            "対象のリソースは、このHTTPメソッドをサポートしていません。",
            "リソースに要求した状態が、現在の状態と競合しています。再試行の前に必要な対応がないか、メッセージを確認してください。",
            "この再試行トークンは、システムを変更した以前のリクエストですでに使用され、その後の操作によって無効になっています（たとえば、同じトークンで作成したエンティティがその後削除された場合）。変更をもう一度行うには、別の再試行トークンを指定してリクエストを送信してください。",
            "このリクエストを実行する権限がないか、作成しようとしているリソースがすでに存在します。このエラー・コードは作成操作からのみ、より一般的なNotAuthorizedOrNotFoundの代わりに返されます。",
            "リクエストで指定したETagが、リソースの現在のETagと一致しません。",
            "短時間にOracle Cloud Infrastructure APIへ送信されたリクエストが多すぎます。",
            "サービス内部でエラーが発生しました。",
            "HTTPリクエストの対象は、このHTTPメソッドを認識しません。",
            "サービスは現在利用できません。"
        ),
        ends: &[
            0,
            72,
            147,
            288,
            345,
            489,
            624,
            777,
            855,
            955,
            1135,
            1226,
            1311,
            1485,
            1884,
            2144,
            2236,
            2333,
            2387,
            2467,
            2512,
        ],
    };
    static HELP_CODES: [u32; 4] = [5, 6, 9, 14];
    static HELP_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(
            "Check that the user belongs to a group whose policies allow working with resources in the compartment. Check also that the compartment or resource exists and is referenced correctly: the service may answer this way when, for example, a compartment (CompartmentNotFound) or a volume (VolumeNotFound) does not exist.",
            "Check that every required credential (tenancy OCID, user OCID, key fingerprint and private key) is supplied and correct, and that the public key matching the fingerprint is uploaded for the user. A client clock more than five minutes off the server's clock also causes this status, as does a signing string that lacks a required header.",
            "Check that the user belongs to a group whose policies allow working with resources in the compartment. Check also that the compartment or resource exists and is referenced correctly: the service may answer this way when, for example, a compartment (CompartmentNotFound) or a volume (VolumeNotFound) does not exist.",
            "Check that the user belongs to a group whose policies allow working with resources in the compartment. Check also that the compartment or resource exists and is referenced correctly: the service may answer this way when, for example, a compartment (CompartmentNotFound) or a volume (VolumeNotFound) does not exist."
        ),
        ends: &[0, 314, 650, 964, 1278],
    };
    static HELP_JA: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(
            "ユーザーが、コンパートメント内のリソースを操作する権限を持つグループに属していることを確認してください。また、コンパートメントやリソースが存在し、正しく参照されていることも確認してください。たとえばコンパートメント（CompartmentNotFound）やボリューム（VolumeNotFound）が存在しない場合にも、この応答が返されます。",
            "必要な認証情報（テナンシOCID、ユーザーOCID、キーのフィンガープリント、秘密キー）がすべて正しく指定されていること、およびフィンガープリントに対応する公開キーがユーザーにアップロードされていることを確認してください。クライアントの時計がサーバーの時計と5分以上ずれている場合や、署名文字列に必要なヘッダーが含まれていない場合にも、このステータスが返されます。",
            "ユーザーが、コンパートメント内のリソースを操作する権限を持つグループに属していることを確認してください。また、コンパートメントやリソースが存在し、正しく参照されていることも確認してください。たとえばコンパートメント（CompartmentNotFound）やボリューム（VolumeNotFound）が存在しない場合にも、この応答が返されます。",
            "ユーザーが、コンパートメント内のリソースを操作する権限を持つグループに属していることを確認してください。また、コンパートメントやリソースが存在し、正しく参照されていることも確認してください。たとえばコンパートメント（CompartmentNotFound）やボリューム（VolumeNotFound）が存在しない場合にも、この応答が返されます。"
        ),
        ends: &[0, 450, 978, 1428, 1878],
    };
    static STATUSES: [u16; 20] = [
        400,
        400,
        400,
        400,
        400,
        400,
        401,
        402,
        403,
        404,
        404,
        405,
        409,
        409,
        409,
        412,
        429,
        500,
        501,
        503,
    ];
    static STATUS_ENDS: [u32; 21] = [
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
        18,
        19,
        20,
    ];
    static RETRY: [::cloud_errors::Retry; 20] = [
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Backoff,
        ::cloud_errors::Retry::Backoff,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Backoff,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Backoff,
        ::cloud_errors::Retry::AfterFix,
        ::cloud_errors::Retry::Backoff,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Backoff,
        ::cloud_errors::Retry::Backoff,
        ::cloud_errors::Retry::Never,
        ::cloud_errors::Retry::Backoff,
    ];
    static CATEGORY: [::cloud_errors::Category; 20] = [
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::ResourceExhausted,
        ::cloud_errors::Category::InvalidArgument,
        ::cloud_errors::Category::ResourceExhausted,
        ::cloud_errors::Category::NotFound,
        ::cloud_errors::Category::Unauthenticated,
        ::cloud_errors::Category::FailedPrecondition,
        ::cloud_errors::Category::PermissionDenied,
        ::cloud_errors::Category::NotFound,
        ::cloud_errors::Category::NotFound,
        ::cloud_errors::Category::Unimplemented,
        ::cloud_errors::Category::FailedPrecondition,
        ::cloud_errors::Category::FailedPrecondition,
        ::cloud_errors::Category::AlreadyExists,
        ::cloud_errors::Category::FailedPrecondition,
        ::cloud_errors::Category::ResourceExhausted,
        ::cloud_errors::Category::Internal,
        ::cloud_errors::Category::Unimplemented,
        ::cloud_errors::Category::Unavailable,
    ];
    static MESSAGES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: ::core::concat!(),
        ends: &[0],
    };
    static MESSAGE_ENDS: [u32; 21] = [
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
    static PILOTS: [u16; 5] = [5, 0, 11, 637, 12];
    static SLOTS: [(&str, u32); 22] = [
        ("NotAuthenticated", 6),
        ("NotAuthorizedOrResourceAlreadyExists", 14),
        ("CannotParseRequest", 0),
        ("MethodNotImplemented", 18),
        ("NotFound", 10),
        ("NotAuthorized", 8),
        ("IncorrectState", 12),
        ("InvalidParameter", 1),
        ("", 4294967295),
        ("MethodNotAllowed", 11),
        ("NoEtagMatch", 15),
        ("QuotaExceeded", 4),
        ("ServiceUnavailable", 19),
        ("RelatedResourceNotAuthorizedOrNotFound", 5),
        ("", 4294967295),
        ("InternalServerError", 17),
        ("NotAuthorizedOrNotFound", 9),
        ("SignUpRequired", 7),
        ("InvalidatedRetryToken", 13),
        ("TooManyRequests", 16),
        ("MissingParameter", 3),
        ("LimitExceeded", 2),
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
        pub const KNOWN_COUNT: usize = 20;
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
    const PROVIDER: &'static str = "Oracle Cloud Infrastructure";
    const ENVELOPE: ::cloud_errors::Envelope = ::cloud_errors::Envelope::Oci;
}
/// An error response of Oracle Cloud Infrastructure.
///
/// See [`ProviderError`](crate::ProviderError) for its constructors, fields and
/// retry decision, with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
