// @generated from catalogs/tencent/ciam.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CIAM: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CIAM: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure`: no documented HTTP status; retry: never; category: unknown.
    /// Authentication failed.
    AuthFailure,
    /// `DryRunOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The request was a dry run and was not carried out.
    DryRunOperation,
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.AccountAlreadyBeLinked`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: account already be linked.
    FailedOperationAccountAlreadyBeLinked,
    /// `FailedOperation.AttributeFormatError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: attribute format error.
    FailedOperationAttributeFormatError,
    /// `FailedOperation.AuthSourceNameAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: auth source name already exists.
    FailedOperationAuthSourceNameAlreadyExists,
    /// `FailedOperation.AuthSourceNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: auth source not found.
    FailedOperationAuthSourceNotFound,
    /// `FailedOperation.DataFlowTooManyRequests`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: data flow too many requests.
    FailedOperationDataFlowTooManyRequests,
    /// `FailedOperation.EmailAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: email already exists.
    FailedOperationEmailAlreadyExists,
    /// `FailedOperation.EmailIsNull`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: email is null.
    FailedOperationEmailIsNull,
    /// `FailedOperation.ImportUserIsEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: import user is empty.
    FailedOperationImportUserIsEmpty,
    /// `FailedOperation.IndexedAttributeTooLong`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: indexed attribute too long.
    FailedOperationIndexedAttributeTooLong,
    /// `FailedOperation.InvalidTenant`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid tenant.
    FailedOperationInvalidTenant,
    /// `FailedOperation.InvalidUserStatusEnum`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid user status enum.
    FailedOperationInvalidUserStatusEnum,
    /// `FailedOperation.InvalidUserStore`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: invalid user store.
    FailedOperationInvalidUserStore,
    /// `FailedOperation.OrgNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: org not found.
    FailedOperationOrgNotFound,
    /// `FailedOperation.PasswordIsNull`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: password is null.
    FailedOperationPasswordIsNull,
    /// `FailedOperation.PhoneNumberAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: phone number already exists.
    FailedOperationPhoneNumberAlreadyExists,
    /// `FailedOperation.PhoneNumberIsNull`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: phone number is null.
    FailedOperationPhoneNumberIsNull,
    /// `FailedOperation.PrimaryUserNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: primary user not found.
    FailedOperationPrimaryUserNotFound,
    /// `FailedOperation.QueryUsersParameterMustInWhitelist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query users parameter must in whitelist.
    FailedOperationQueryUsersParameterMustInWhitelist,
    /// `FailedOperation.QueryUsersParameterRepeat`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query users parameter repeat.
    FailedOperationQueryUsersParameterRepeat,
    /// `FailedOperation.QueryUsersSortParameterMustInWhitelist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: query users sort parameter must in whitelist.
    FailedOperationQueryUsersSortParameterMustInWhitelist,
    /// `FailedOperation.QuotaLimitExceeded`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: quota limit exceeded.
    FailedOperationQuotaLimitExceeded,
    /// `FailedOperation.SecondaryUserNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: secondary user not found.
    FailedOperationSecondaryUserNotFound,
    /// `FailedOperation.UserGroupNameAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user group name already exists.
    FailedOperationUserGroupNameAlreadyExists,
    /// `FailedOperation.UserGroupNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user group not found.
    FailedOperationUserGroupNotFound,
    /// `FailedOperation.UserIsFreeze`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user is freeze.
    FailedOperationUserIsFreeze,
    /// `FailedOperation.UserNameAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user name already exists.
    FailedOperationUserNameAlreadyExists,
    /// `FailedOperation.UserNameIsNull`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user name is null.
    FailedOperationUserNameIsNull,
    /// `FailedOperation.UserNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user not found.
    FailedOperationUserNotFound,
    /// `FailedOperation.UserPropertyCodeAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user property code already exists.
    FailedOperationUserPropertyCodeAlreadyExists,
    /// `FailedOperation.UserPropertyNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user property not found.
    FailedOperationUserPropertyNotFound,
    /// `FailedOperation.UserStatusRequired`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user status required.
    FailedOperationUserStatusRequired,
    /// `FailedOperation.UserStoreAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user store already exists.
    FailedOperationUserStoreAlreadyExists,
    /// `FailedOperation.UserStoreDomainAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user store domain already exists.
    FailedOperationUserStoreDomainAlreadyExists,
    /// `FailedOperation.UserStoreNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user store not exist.
    FailedOperationUserStoreNotExist,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InternalError.JudgeUserExistException`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: judge user exist exception.
    InternalErrorJudgeUserExistException,
    /// `InternalError.UnknownError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: unknown error.
    InternalErrorUnknownError,
    /// `InternalError.UserStoreCreateSecretFail`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: user store create secret fail.
    InternalErrorUserStoreCreateSecretFail,
    /// `InternalError.UserStoreDeleteUserFail`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: user store delete user fail.
    InternalErrorUserStoreDeleteUserFail,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameter.ParameterIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: parameter illegal.
    InvalidParameterParameterIllegal,
    /// `InvalidParameterValue`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid.
    InvalidParameterValue,
    /// `LimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded.
    LimitExceeded,
    /// `MissingParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A required parameter is missing.
    MissingParameter,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `RequestLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent.
    RequestLimitExceeded,
    /// `RequestLimitExceeded.FrequentRequest`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent: frequent request.
    RequestLimitExceededFrequentRequest,
    /// `RequestLimitExceeded.RepeatRequest`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent: repeat request.
    RequestLimitExceededRepeatRequest,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceInsufficient`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// Resources are insufficient.
    ResourceInsufficient,
    /// `ResourceNotFound`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found.
    ResourceNotFound,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `ResourcesSoldOut`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out.
    ResourcesSoldOut,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// `UnauthorizedOperation.TenantNotActivated`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized: tenant not activated.
    UnauthorizedOperationTenantNotActivated,
    /// `UnknownParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// An unknown parameter was given.
    UnknownParameter,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.EnabledAuthSourceCanNotBeDeleted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: enabled auth source can not be deleted.
    UnsupportedOperationEnabledAuthSourceCanNotBeDeleted,
    /// `UnsupportedOperation.EnabledAuthSourceCanNotBeUpdated`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: enabled auth source can not be updated.
    UnsupportedOperationEnabledAuthSourceCanNotBeUpdated,
    /// `UnsupportedOperation.InternalUserProperty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: internal user property.
    UnsupportedOperationInternalUserProperty,
    /// `UnsupportedOperation.LinkedAppUserPropertyCanNotBeDeleted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: linked app user property can not be deleted.
    UnsupportedOperationLinkedAppUserPropertyCanNotBeDeleted,
    /// `UnsupportedOperation.LinkedAuthSourceCanNotBeClosed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: linked auth source can not be closed.
    UnsupportedOperationLinkedAuthSourceCanNotBeClosed,
    /// `UnsupportedOperation.LinkedAuthSourceCanNotBeDeleted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: linked auth source can not be deleted.
    UnsupportedOperationLinkedAuthSourceCanNotBeDeleted,
    /// `UnsupportedOperation.LinkedAuthSourceUserPropertyCanNotBeDeleted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: linked auth source user property can not be deleted.
    UnsupportedOperationLinkedAuthSourceUserPropertyCanNotBeDeleted,
    /// `UnsupportedOperation.LinkedUserPropertyCanNotBeDeleted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: linked user property can not be deleted.
    UnsupportedOperationLinkedUserPropertyCanNotBeDeleted,
    /// `UnsupportedOperation.PlatformDomainSuffixCanNotBeUsed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: platform domain suffix can not be used.
    UnsupportedOperationPlatformDomainSuffixCanNotBeUsed,
    /// `UnsupportedOperation.WhenUserExistUserPropertyCanNotBeDeleted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: when user exist user property can not be deleted.
    UnsupportedOperationWhenUserExistUserPropertyCanNotBeDeleted,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 70] = [
        "AuthFailure",
        "DryRunOperation",
        "FailedOperation",
        "FailedOperation.AccountAlreadyBeLinked",
        "FailedOperation.AttributeFormatError",
        "FailedOperation.AuthSourceNameAlreadyExists",
        "FailedOperation.AuthSourceNotFound",
        "FailedOperation.DataFlowTooManyRequests",
        "FailedOperation.EmailAlreadyExists",
        "FailedOperation.EmailIsNull",
        "FailedOperation.ImportUserIsEmpty",
        "FailedOperation.IndexedAttributeTooLong",
        "FailedOperation.InvalidTenant",
        "FailedOperation.InvalidUserStatusEnum",
        "FailedOperation.InvalidUserStore",
        "FailedOperation.OrgNotFound",
        "FailedOperation.PasswordIsNull",
        "FailedOperation.PhoneNumberAlreadyExists",
        "FailedOperation.PhoneNumberIsNull",
        "FailedOperation.PrimaryUserNotFound",
        "FailedOperation.QueryUsersParameterMustInWhitelist",
        "FailedOperation.QueryUsersParameterRepeat",
        "FailedOperation.QueryUsersSortParameterMustInWhitelist",
        "FailedOperation.QuotaLimitExceeded",
        "FailedOperation.SecondaryUserNotFound",
        "FailedOperation.UserGroupNameAlreadyExists",
        "FailedOperation.UserGroupNotFound",
        "FailedOperation.UserIsFreeze",
        "FailedOperation.UserNameAlreadyExists",
        "FailedOperation.UserNameIsNull",
        "FailedOperation.UserNotFound",
        "FailedOperation.UserPropertyCodeAlreadyExists",
        "FailedOperation.UserPropertyNotFound",
        "FailedOperation.UserStatusRequired",
        "FailedOperation.UserStoreAlreadyExists",
        "FailedOperation.UserStoreDomainAlreadyExists",
        "FailedOperation.UserStoreNotExist",
        "InternalError",
        "InternalError.JudgeUserExistException",
        "InternalError.UnknownError",
        "InternalError.UserStoreCreateSecretFail",
        "InternalError.UserStoreDeleteUserFail",
        "InvalidParameter",
        "InvalidParameter.ParameterIllegal",
        "InvalidParameterValue",
        "LimitExceeded",
        "MissingParameter",
        "OperationDenied",
        "RequestLimitExceeded",
        "RequestLimitExceeded.FrequentRequest",
        "RequestLimitExceeded.RepeatRequest",
        "ResourceInUse",
        "ResourceInsufficient",
        "ResourceNotFound",
        "ResourceUnavailable",
        "ResourcesSoldOut",
        "UnauthorizedOperation",
        "UnauthorizedOperation.TenantNotActivated",
        "UnknownParameter",
        "UnsupportedOperation",
        "UnsupportedOperation.EnabledAuthSourceCanNotBeDeleted",
        "UnsupportedOperation.EnabledAuthSourceCanNotBeUpdated",
        "UnsupportedOperation.InternalUserProperty",
        "UnsupportedOperation.LinkedAppUserPropertyCanNotBeDeleted",
        "UnsupportedOperation.LinkedAuthSourceCanNotBeClosed",
        "UnsupportedOperation.LinkedAuthSourceCanNotBeDeleted",
        "UnsupportedOperation.LinkedAuthSourceUserPropertyCanNotBeDeleted",
        "UnsupportedOperation.LinkedUserPropertyCanNotBeDeleted",
        "UnsupportedOperation.PlatformDomainSuffixCanNotBeUsed",
        "UnsupportedOperation.WhenUserExistUserPropertyCanNotBeDeleted",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed.The request was a dry run and was not carried out.The operation failed.The operation failed: account already be linked.The operation failed: attribute format error.The operation failed: auth source name already exists.The operation failed: auth source not found.The operation failed: data flow too many requests.The operation failed: email already exists.The operation failed: email is null.The operation failed: import user is empty.The operation failed: indexed attribute too long.The operation failed: invalid tenant.The operation failed: invalid user status enum.The operation failed: invalid user store.The operation failed: org not found.The operation failed: password is null.The operation failed: phone number already exists.The operation failed: phone number is null.The operation failed: primary user not found.The operation failed: query users parameter must in whitelist.The operation failed: query users parameter repeat.The operation failed: query users sort parameter must in whitelist.The operation failed: quota limit exceeded.The operation failed: secondary user not found.The operation failed: user group name already exists.The operation failed: user group not found.The operation failed: user is freeze.The operation failed: user name already exists.The operation failed: user name is null.The operation failed: user not found.The operation failed: user property code already exists.The operation failed: user property not found.The operation failed: user status required.The operation failed: user store already exists.The operation failed: user store domain already exists.The operation failed: user store not exist.An internal error occurred.An internal error occurred: judge user exist exception.An internal error occurred: unknown error.An internal error occurred: user store create secret fail.An internal error occurred: user store delete user fail.A parameter is invalid.A parameter is invalid: parameter illegal.A parameter value is invalid.A limit was exceeded.A required parameter is missing.The operation was denied.Too many requests were sent.Too many requests were sent: frequent request.Too many requests were sent: repeat request.The resource is in use.Resources are insufficient.The resource was not found.The resource is unavailable.The resources are sold out.The operation is not authorized.The operation is not authorized: tenant not activated.An unknown parameter was given.The operation is not supported.The operation is not supported: enabled auth source can not be deleted.The operation is not supported: enabled auth source can not be updated.The operation is not supported: internal user property.The operation is not supported: linked app user property can not be deleted.The operation is not supported: linked auth source can not be closed.The operation is not supported: linked auth source can not be deleted.The operation is not supported: linked auth source user property can not be deleted.The operation is not supported: linked user property can not be deleted.The operation is not supported: platform domain suffix can not be used.The operation is not supported: when user exist user property can not be deleted.",
        ends: &[
            0, 22, 72, 93, 141, 186, 240, 284, 334, 377, 413, 456, 505, 542, 589, 630,
            666, 705, 755, 798, 843, 905, 956, 1023, 1066, 1113, 1166, 1209, 1246, 1293,
            1333, 1370, 1426, 1472, 1515, 1563, 1618, 1661, 1688, 1743, 1785, 1843, 1899,
            1922, 1964, 1993, 2014, 2046, 2071, 2099, 2145, 2189, 2212, 2239, 2266, 2294,
            2321, 2353, 2407, 2438, 2469, 2540, 2611, 2666, 2742, 2811, 2881, 2965, 3037,
            3108, 3189,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 70] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabbbbbaaaaacbbbbcaccccaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 70] = ::cloud_errors::__private::category_column(
        b"biiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiimmmmmccchcghhhjheihggcliiiiiiiiii",
    );
    static PILOTS: [u16; 18] = [
        3, 0, 12, 70, 28, 19, 22, 2, 55, 78, 4, 61, 148, 0, 1, 1, 16, 38,
    ];
    static SLOTS: [(&str, u32); 77] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            30, 15, 44, 38, 32, 4294967295, 68, 12, 31, 43, 4294967295, 49, 37, 35, 69,
            4, 2, 3, 27, 9, 63, 10, 56, 50, 28, 61, 7, 8, 11, 58, 55, 13, 20, 5, 6, 45,
            47, 57, 42, 66, 40, 62, 19, 4294967295, 52, 36, 48, 67, 25, 29, 46, 16, 21,
            4294967295, 26, 1, 34, 14, 23, 4294967295, 54, 24, 64, 59, 60, 65, 53,
            4294967295, 17, 22, 39, 41, 51, 4294967295, 18, 33, 0,
        ],
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
    const PROVIDER: &'static str = "Tencent Cloud CIAM";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CIAM's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CIAM: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
