// @generated from catalogs/alibaba/ecd.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud ecd: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud ecd: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InvalidPolicyGroup.Status`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid policy group: status.
    InvalidPolicyGroupStatus,
    /// `InvalidEncryptionKey.Missing`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid encryption key: missing.
    InvalidEncryptionKeyMissing,
    /// `InvalidEncryptionKey.NotAuthorized`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid encryption key: not authorized.
    InvalidEncryptionKeyNotAuthorized,
    /// `InvalidEncryptionKey.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid encryption key: not found.
    InvalidEncryptionKeyNotFound,
    /// `InvalidImageStatus.NotValid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid image status: not valid.
    InvalidImageStatusNotValid,
    /// `InvalidImageVersion.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid image version: not supported.
    InvalidImageVersionNotSupported,
    /// `InvalidMemberIp.DesktopAmount`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid member ip: desktop amount.
    InvalidMemberIpDesktopAmount,
    /// `Protocol.NotAllowed`: HTTP 400; retry: never; category: invalid_argument.
    /// Protocol: not allowed.
    ProtocolNotAllowed,
    /// `ExistedHostname`: HTTP 400; retry: never; category: invalid_argument.
    /// Existed hostname.
    ExistedHostname,
    /// `HostnameCannotCustomizeForLinux`: HTTP 400; retry: never; category: invalid_argument.
    /// Hostname cannot customize for linux.
    HostnameCannotCustomizeForLinux,
    /// `IncorrectDirectoryStatus`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect directory status.
    IncorrectDirectoryStatus,
    /// `IncorrectDirectoryType`: HTTP 400; retry: never; category: invalid_argument.
    /// Incorrect directory type.
    IncorrectDirectoryType,
    /// `InvalidAmount`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid amount.
    InvalidAmount,
    /// `InvalidAmount.NotTimesOfUsers`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid amount: not times of users.
    InvalidAmountNotTimesOfUsers,
    /// `InvalidDesktopBundle.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid desktop bundle: not found.
    InvalidDesktopBundleNotFound,
    /// `InvalidDirectoryId.NotFound`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid directory id: not found.
    InvalidDirectoryIdNotFound,
    /// `InvalidDirectoryType.NotSupported`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid directory type: not supported.
    InvalidDirectoryTypeNotSupported,
    /// `InvalidEncryptionEnabled.Invalid`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid encryption enabled: invalid.
    InvalidEncryptionEnabledInvalid,
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `ExportDesktopGroup.UnknowError`: HTTP 400; retry: never; category: invalid_argument.
    /// Export desktop group: unknow error.
    ExportDesktopGroupUnknowError,
    /// `ExportDesktop.UnknowError`: HTTP 400; retry: never; category: invalid_argument.
    /// Export desktop: unknow error.
    ExportDesktopUnknowError,
    /// `Order.Unpaid`: HTTP 403; retry: never; category: permission_denied.
    /// Order: unpaid.
    OrderUnpaid,
    /// `IdempotentParameterMismatch`: HTTP 400; retry: never; category: failed_precondition.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatch,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 23] = [
        "InvalidPolicyGroup.Status",
        "InvalidEncryptionKey.Missing",
        "InvalidEncryptionKey.NotAuthorized",
        "InvalidEncryptionKey.NotFound",
        "InvalidImageStatus.NotValid",
        "InvalidImageVersion.NotSupported",
        "InvalidMemberIp.DesktopAmount",
        "Protocol.NotAllowed",
        "ExistedHostname",
        "HostnameCannotCustomizeForLinux",
        "IncorrectDirectoryStatus",
        "IncorrectDirectoryType",
        "InvalidAmount",
        "InvalidAmount.NotTimesOfUsers",
        "InvalidDesktopBundle.NotFound",
        "InvalidDirectoryId.NotFound",
        "InvalidDirectoryType.NotSupported",
        "InvalidEncryptionEnabled.Invalid",
        "InternalError",
        "ExportDesktopGroup.UnknowError",
        "ExportDesktop.UnknowError",
        "Order.Unpaid",
        "IdempotentParameterMismatch",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Invalid policy group: status.Invalid encryption key: missing.Invalid encryption key: not authorized.Invalid encryption key: not found.Invalid image status: not valid.Invalid image version: not supported.Invalid member ip: desktop amount.Protocol: not allowed.Existed hostname.Hostname cannot customize for linux.Incorrect directory status.Incorrect directory type.Invalid amount.Invalid amount: not times of users.Invalid desktop bundle: not found.Invalid directory id: not found.Invalid directory type: not supported.Invalid encryption enabled: invalid.An internal error occurred.Export desktop group: unknow error.Export desktop: unknow error.Order: unpaid.Idempotent parameter mismatch.",
        ends: &[
            0, 29, 61, 100, 134, 166, 203, 237, 259, 276, 312, 339, 364, 379, 414, 448,
            480, 518, 554, 581, 616, 645, 659, 689,
        ],
    };
    static STATUSES: [u16; 23] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 500, 400, 400, 403, 400,
    ];
    static STATUS_ENDS: [u32; 24] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23,
    ];
    static RETRY: [::cloud_errors::Retry; 23] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaabaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 23] = ::cloud_errors::__private::category_column(
        b"ccccccccccccccccccmccgi",
    );
    static PILOTS: [u16; 6] = [8, 0, 12, 6, 28, 25];
    static SLOTS: [(&str, u32); 25] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            8, 4294967295, 6, 11, 20, 21, 14, 10, 7, 22, 2, 5, 9, 1, 4294967295, 16, 12,
            19, 18, 17, 13, 4, 15, 3, 0,
        ],
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
    const PROVIDER: &'static str = "Alibaba Cloud ecd";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud ecd's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud ecd: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
