// @generated from catalogs/tencent/config.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud CONFIG: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud CONFIG: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.CompliancePackIsNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: compliance pack is not exist.
    FailedOperationCompliancePackIsNotExist,
    /// `FailedOperation.CompliancePackIsNotStop`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: compliance pack is not stop.
    FailedOperationCompliancePackIsNotStop,
    /// `FailedOperation.CompliancePackNameIsNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: compliance pack name is not exist.
    FailedOperationCompliancePackNameIsNotExist,
    /// `FailedOperation.MemberNotAssignManager`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: member not assign manager.
    FailedOperationMemberNotAssignManager,
    /// `FailedOperation.NotAllowOperateControlCenterGovernancePackage`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not allow operate control center governance package.
    FailedOperationNotAllowOperateControlCenterGovernancePackage,
    /// `FailedOperation.NotAllowOperateControlCenterGovernancePackageRule`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: not allow operate control center governance package rule.
    FailedOperationNotAllowOperateControlCenterGovernancePackageRule,
    /// `FailedOperation.RecorderIsClose`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: recorder is close.
    FailedOperationRecorderIsClose,
    /// `FailedOperation.RuleIsNotStop`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rule is not stop.
    FailedOperationRuleIsNotStop,
    /// `FailedOperation.RuleNameIsExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: rule name is exist.
    FailedOperationRuleNameIsExist,
    /// `FailedOperation.SameMemberAccountGroupAlreadyExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: same member account group already exist.
    FailedOperationSameMemberAccountGroupAlreadyExist,
    /// `InternalError`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `LimitExceeded.AccountGroupLimitOver`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: account group limit over.
    LimitExceededAccountGroupLimitOver,
    /// `LimitExceeded.AlertPolicyLimit`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: alert policy limit.
    LimitExceededAlertPolicyLimit,
    /// `LimitExceeded.CompliancePackMaxNum`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: compliance pack max num.
    LimitExceededCompliancePackMaxNum,
    /// `LimitExceeded.OpenRecorderLimitOver`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: open recorder limit over.
    LimitExceededOpenRecorderLimitOver,
    /// `LimitExceeded.RemediationMaxNum`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: remediation max num.
    LimitExceededRemediationMaxNum,
    /// `LimitExceeded.UpdateRecorderLimitOver`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: update recorder limit over.
    LimitExceededUpdateRecorderLimitOver,
    /// `ResourceNotFound.AccountGroupIsNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: account group is not exist.
    ResourceNotFoundAccountGroupIsNotExist,
    /// `ResourceNotFound.CompliancePackIsNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: compliance pack is not exist.
    ResourceNotFoundCompliancePackIsNotExist,
    /// `ResourceNotFound.CompliancePackNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: compliance pack not exist.
    ResourceNotFoundCompliancePackNotExist,
    /// `ResourceNotFound.DeliverBucketNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: deliver bucket not exist.
    ResourceNotFoundDeliverBucketNotExist,
    /// `ResourceNotFound.DeliverEventNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: deliver event not exist.
    ResourceNotFoundDeliverEventNotExist,
    /// `ResourceNotFound.DeliverIsNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: deliver is not exist.
    ResourceNotFoundDeliverIsNotExist,
    /// `ResourceNotFound.MemberNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: member not exist.
    ResourceNotFoundMemberNotExist,
    /// `ResourceNotFound.RecorderIsNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: recorder is not exist.
    ResourceNotFoundRecorderIsNotExist,
    /// `ResourceNotFound.RemediationIsNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: remediation is not exist.
    ResourceNotFoundRemediationIsNotExist,
    /// `ResourceNotFound.ResourceNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: resource not exist.
    ResourceNotFoundResourceNotExist,
    /// `ResourceNotFound.ResourceTypeNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: resource type not exist.
    ResourceNotFoundResourceTypeNotExist,
    /// `ResourceNotFound.RuleIsNotExist`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: rule is not exist.
    ResourceNotFoundRuleIsNotExist,
    /// `UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation is not authorized.
    UnauthorizedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 31] = [
        "FailedOperation.CompliancePackIsNotExist",
        "FailedOperation.CompliancePackIsNotStop",
        "FailedOperation.CompliancePackNameIsNotExist",
        "FailedOperation.MemberNotAssignManager",
        "FailedOperation.NotAllowOperateControlCenterGovernancePackage",
        "FailedOperation.NotAllowOperateControlCenterGovernancePackageRule",
        "FailedOperation.RecorderIsClose",
        "FailedOperation.RuleIsNotStop",
        "FailedOperation.RuleNameIsExist",
        "FailedOperation.SameMemberAccountGroupAlreadyExist",
        "InternalError",
        "InvalidParameter",
        "LimitExceeded.AccountGroupLimitOver",
        "LimitExceeded.AlertPolicyLimit",
        "LimitExceeded.CompliancePackMaxNum",
        "LimitExceeded.OpenRecorderLimitOver",
        "LimitExceeded.RemediationMaxNum",
        "LimitExceeded.UpdateRecorderLimitOver",
        "ResourceNotFound.AccountGroupIsNotExist",
        "ResourceNotFound.CompliancePackIsNotExist",
        "ResourceNotFound.CompliancePackNotExist",
        "ResourceNotFound.DeliverBucketNotExist",
        "ResourceNotFound.DeliverEventNotExist",
        "ResourceNotFound.DeliverIsNotExist",
        "ResourceNotFound.MemberNotExist",
        "ResourceNotFound.RecorderIsNotExist",
        "ResourceNotFound.RemediationIsNotExist",
        "ResourceNotFound.ResourceNotExist",
        "ResourceNotFound.ResourceTypeNotExist",
        "ResourceNotFound.RuleIsNotExist",
        "UnauthorizedOperation",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: compliance pack is not exist.The operation failed: compliance pack is not stop.The operation failed: compliance pack name is not exist.The operation failed: member not assign manager.The operation failed: not allow operate control center governance package.The operation failed: not allow operate control center governance package rule.The operation failed: recorder is close.The operation failed: rule is not stop.The operation failed: rule name is exist.The operation failed: same member account group already exist.An internal error occurred.A parameter is invalid.A limit was exceeded: account group limit over.A limit was exceeded: alert policy limit.A limit was exceeded: compliance pack max num.A limit was exceeded: open recorder limit over.A limit was exceeded: remediation max num.A limit was exceeded: update recorder limit over.The resource was not found: account group is not exist.The resource was not found: compliance pack is not exist.The resource was not found: compliance pack not exist.The resource was not found: deliver bucket not exist.The resource was not found: deliver event not exist.The resource was not found: deliver is not exist.The resource was not found: member not exist.The resource was not found: recorder is not exist.The resource was not found: remediation is not exist.The resource was not found: resource not exist.The resource was not found: resource type not exist.The resource was not found: rule is not exist.The operation is not authorized.",
        ends: &[
            0, 51, 101, 157, 205, 279, 358, 398, 437, 478, 540, 567, 590, 637, 678, 724,
            771, 813, 862, 917, 974, 1028, 1081, 1133, 1182, 1227, 1277, 1330, 1377,
            1429, 1475, 1507,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 31] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaabaaaaaaaaaaaaaaaaaaac",
    );
    static CATEGORY: [::cloud_errors::Category; 31] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiimchhhhhheeeeeeeeeeeeg",
    );
    static PILOTS: [u16; 8] = [30, 10, 1, 0, 7, 13, 20, 55];
    static SLOTS: [(&str, u32); 34] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            27, 25, 4, 23, 4294967295, 15, 9, 24, 12, 1, 16, 20, 0, 28, 26, 14, 29, 5, 3,
            22, 10, 4294967295, 2, 6, 8, 19, 13, 21, 11, 30, 4294967295, 18, 17, 7,
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
    const PROVIDER: &'static str = "Tencent Cloud CONFIG";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud CONFIG's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud CONFIG: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
