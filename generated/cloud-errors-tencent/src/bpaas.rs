// @generated from catalogs/tencent/bpaas.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud BPAAS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud BPAAS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.SendToCkafka`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: send to ckafka.
    FailedOperationSendToCkafka,
    /// `InternalError.CauthError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: cauth error.
    InternalErrorCauthError,
    /// `InternalError.DbError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: db error.
    InternalErrorDbError,
    /// `InvalidParameter.HasBeenApproved`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: has been approved.
    InvalidParameterHasBeenApproved,
    /// `InvalidParameter.IdNotExist`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: id not exist.
    InvalidParameterIdNotExist,
    /// `InvalidParameter.IllegalNode`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: illegal node.
    InvalidParameterIllegalNode,
    /// `UnauthorizedOperation.PermissionDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: permission denied.
    UnauthorizedOperationPermissionDenied,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 8] = [
        "FailedOperation",
        "FailedOperation.SendToCkafka",
        "InternalError.CauthError",
        "InternalError.DbError",
        "InvalidParameter.HasBeenApproved",
        "InvalidParameter.IdNotExist",
        "InvalidParameter.IllegalNode",
        "UnauthorizedOperation.PermissionDenied",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.The operation failed: send to ckafka.An internal error occurred: cauth error.An internal error occurred: db error.A parameter is invalid: has been approved.A parameter is invalid: id not exist.A parameter is invalid: illegal node.The operation is not authorized: permission denied.",
        ends: &[0, 21, 58, 98, 135, 177, 214, 251, 302],
    };
    static RETRY: [::cloud_errors::Retry; 8] = ::cloud_errors::__private::retry_column(
        b"aabbaaac",
    );
    static CATEGORY: [::cloud_errors::Category; 8] = ::cloud_errors::__private::category_column(
        b"iimmcccg",
    );
    static PILOTS: [u16; 2] = [1, 80];
    static SLOTS: [(&str, u32); 8] = ::cloud_errors::__private::slots(
        &CODES,
        &[6, 0, 7, 5, 2, 3, 1, 4],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        descriptions_en: &DESCRIPTIONS_EN,
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
        unsafe impl Code, ::cloud_errors::tencent::Code
    );
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Tencent Cloud BPAAS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud BPAAS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud BPAAS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
