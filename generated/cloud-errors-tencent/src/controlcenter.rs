// @generated from catalogs/tencent/controlcenter.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CONTROLCENTER: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CONTROLCENTER: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.AFRequiredItemNotSelect`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: AF required item not select.
    FailedOperationAfRequiredItemNotSelect,
    /// `FailedOperation.AccountFactoryContactEmailNotVerify`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: account factory contact email not verify.
    FailedOperationAccountFactoryContactEmailNotVerify,
    /// `FailedOperation.AccountFactoryContactPhoneNotVerify`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: account factory contact phone not verify.
    FailedOperationAccountFactoryContactPhoneNotVerify,
    /// `FailedOperation.AccountFactoryDependOnItemNotConfig`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: account factory depend on item not config.
    FailedOperationAccountFactoryDependOnItemNotConfig,
    /// `FailedOperation.AccountFactoryMemberUinNumExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: account factory member uin num exceed.
    FailedOperationAccountFactoryMemberUinNumExceed,
    /// `FailedOperation.AccountFactoryTaskIsDeploying`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: account factory task is deploying.
    FailedOperationAccountFactoryTaskIsDeploying,
    /// `FailedOperation.ControlCenterNotOpen`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: control center not open.
    FailedOperationControlCenterNotOpen,
    /// `FailedOperation.DBOperationError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: DB operation error.
    FailedOperationDbOperationError,
    /// `FailedOperation.DependOnItemNotDeploy`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: depend on item not deploy.
    FailedOperationDependOnItemNotDeploy,
    /// `FailedOperation.RemoteCallError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: remote call error.
    FailedOperationRemoteCallError,
    /// `InvalidParameter.AccountFactoryTagExceedMaxNum`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: account factory tag exceed max num.
    InvalidParameterAccountFactoryTagExceedMaxNum,
    /// `InvalidParameter.ParamError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: param error.
    InvalidParameterParamError,
    /// `ResourceNotFound.AccountFactoryBaselineNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: account factory baseline not exist.
    ResourceNotFoundAccountFactoryBaselineNotExist,
    /// `ResourceNotFound.AccountFactoryItemNotConfig`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: account factory item not config.
    ResourceNotFoundAccountFactoryItemNotConfig,
    /// `ResourceNotFound.AccountFactoryItemNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: account factory item not exist.
    ResourceNotFoundAccountFactoryItemNotExist,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 15] = [
        "FailedOperation.AFRequiredItemNotSelect",
        "FailedOperation.AccountFactoryContactEmailNotVerify",
        "FailedOperation.AccountFactoryContactPhoneNotVerify",
        "FailedOperation.AccountFactoryDependOnItemNotConfig",
        "FailedOperation.AccountFactoryMemberUinNumExceed",
        "FailedOperation.AccountFactoryTaskIsDeploying",
        "FailedOperation.ControlCenterNotOpen",
        "FailedOperation.DBOperationError",
        "FailedOperation.DependOnItemNotDeploy",
        "FailedOperation.RemoteCallError",
        "InvalidParameter.AccountFactoryTagExceedMaxNum",
        "InvalidParameter.ParamError",
        "ResourceNotFound.AccountFactoryBaselineNotExist",
        "ResourceNotFound.AccountFactoryItemNotConfig",
        "ResourceNotFound.AccountFactoryItemNotExist",
    ];
    static NAME_CODES: [u32; 2] = [0, 7];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationAfRequiredItemNotSelectFailedOperationDbOperationError",
        ends: &[0, 38, 69],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: AF required item not select.The operation failed: account factory contact email not verify.The operation failed: account factory contact phone not verify.The operation failed: account factory depend on item not config.The operation failed: account factory member uin num exceed.The operation failed: account factory task is deploying.The operation failed: control center not open.The operation failed: DB operation error.The operation failed: depend on item not deploy.The operation failed: remote call error.A parameter is invalid: account factory tag exceed max num.A parameter is invalid: param error.The resource was not found: account factory baseline not exist.The resource was not found: account factory item not config.The resource was not found: account factory item not exist.",
        ends: &[
            0, 50, 113, 176, 240, 300, 356, 402, 443, 491, 531, 590, 626, 689, 749, 808,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 15] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 15] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiicceee",
    );
    static PILOTS: [u16; 4] = [1, 76, 1, 366];
    static SLOTS: [(&str, u32); 16] = ::cloud_errors::__private::slots(
        &CODES,
        &[6, 4294967295, 4, 11, 12, 0, 5, 2, 1, 9, 13, 14, 3, 8, 7, 10],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
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
    const PROVIDER: &'static str = "Tencent Cloud CONTROLCENTER";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CONTROLCENTER's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CONTROLCENTER: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
