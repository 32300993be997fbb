// @generated from catalogs/alibaba/resourcecenter.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud ResourceCenter: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud ResourceCenter: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `NotExists.FilterName`: HTTP 409; retry: never; category: aborted.
    /// Not exists: filter name.
    NotExistsFilterName,
    /// `LengthExceedLimit.FilterName`: HTTP 409; retry: never; category: aborted.
    /// Length exceed limit: filter name.
    LengthExceedLimitFilterName,
    /// `InvalidParameter.FilterConfiguration`: HTTP 409; retry: never; category: invalid_argument.
    /// A parameter is invalid: filter configuration.
    InvalidParameterFilterConfiguration,
    /// `AlreadyExists.FilterName`: HTTP 409; retry: never; category: aborted.
    /// Already exists: filter name.
    AlreadyExistsFilterName,
    /// `LengthExceedLimit.FilterConfiguration`: HTTP 409; retry: never; category: aborted.
    /// Length exceed limit: filter configuration.
    LengthExceedLimitFilterConfiguration,
    /// `ExceedLimit.User.Filter`: HTTP 409; retry: never; category: aborted.
    /// Exceed limit: user, filter.
    ExceedLimitUserFilter,
    /// `InvalidParameter.FilterName`: HTTP 409; retry: never; category: invalid_argument.
    /// A parameter is invalid: filter name.
    InvalidParameterFilterName,
    /// `NoPermission`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission.
    NoPermission,
    /// `LengthExceedLimit.Description`: HTTP 409; retry: never; category: aborted.
    /// Length exceed limit: description.
    LengthExceedLimitDescription,
    /// `LengthExceedLimit.Expression`: HTTP 409; retry: never; category: aborted.
    /// Length exceed limit: expression.
    LengthExceedLimitExpression,
    /// `LengthExceedLimit.Name`: HTTP 409; retry: never; category: aborted.
    /// Length exceed limit: name.
    LengthExceedLimitName,
    /// `InvalidParameter.Name`: HTTP 409; retry: never; category: invalid_argument.
    /// A parameter is invalid: name.
    InvalidParameterName,
    /// `AlreadyExists.Name`: HTTP 409; retry: never; category: aborted.
    /// Already exists: name.
    AlreadyExistsName,
    /// `NotExists.QueryId`: HTTP 409; retry: never; category: aborted.
    /// Not exists: query id.
    NotExistsQueryId,
    /// `NotExists.ResourceDirectory`: HTTP 404; retry: never; category: not_found.
    /// Not exists: resource directory.
    NotExistsResourceDirectory,
    /// `NoPermission.ResourceDirectory.MemberAccount`: HTTP 409; retry: after_fix; category: permission_denied.
    /// The caller has no permission: resource directory, member account.
    NoPermissionResourceDirectoryMemberAccount,
    /// `DisableConflict.DeliveryChannel`: HTTP 409; retry: never; category: aborted.
    /// Disable conflict: delivery channel.
    DisableConflictDeliveryChannel,
    /// `ServiceNotEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Service not enabled.
    ServiceNotEnabled,
    /// `DiscoveryInProgress`: HTTP 400; retry: never; category: invalid_argument.
    /// Discovery in progress.
    DiscoveryInProgress,
    /// `DependencyViolation.ResourceGroup`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: resource group.
    DependencyViolationResourceGroup,
    /// `DependencyViolation.Config`: HTTP 400; retry: never; category: invalid_argument.
    /// Dependency violation: config.
    DependencyViolationConfig,
    /// `NotExists.Account`: HTTP 404; retry: never; category: not_found.
    /// Not exists: account.
    NotExistsAccount,
    /// `DisableConflict.MultiAccount`: HTTP 409; retry: never; category: aborted.
    /// Disable conflict: multi account.
    DisableConflictMultiAccount,
    /// `NotExists.DefaultFilter`: HTTP 404; retry: never; category: not_found.
    /// Not exists: default filter.
    NotExistsDefaultFilter,
    /// `NotSupport.Account.Site`: HTTP 409; retry: never; category: aborted.
    /// Not support: account, site.
    NotSupportAccountSite,
    /// `NoPermission.ServiceLinkedRole`: HTTP 400; retry: after_fix; category: permission_denied.
    /// The caller has no permission: service linked role.
    NoPermissionServiceLinkedRole,
    /// `Conflict.ServiceStatus`: HTTP 409; retry: never; category: aborted.
    /// Conflict: service status.
    ConflictServiceStatus,
    /// `NotExists.ResourceDirectory.FolderId`: HTTP 404; retry: never; category: not_found.
    /// Not exists: resource directory, folder id.
    NotExistsResourceDirectoryFolderId,
    /// `ExceedLimit.ExecuteTime`: HTTP 409; retry: never; category: aborted.
    /// Exceed limit: execute time.
    ExceedLimitExecuteTime,
    /// `SQLExecuteError`: HTTP 409; retry: never; category: aborted.
    /// SQL execute error.
    SqlExecuteError,
    /// `InvalidSearch.SQL`: HTTP 409; retry: never; category: aborted.
    /// Invalid search: SQL.
    InvalidSearchSql,
    /// `InvalidParameter.Scope`: HTTP 409; retry: never; category: invalid_argument.
    /// A parameter is invalid: scope.
    InvalidParameterScope,
    /// `ServiceNotEnabled.SpecifiedAccount`: HTTP 409; retry: never; category: aborted.
    /// Service not enabled: specified account.
    ServiceNotEnabledSpecifiedAccount,
    /// `MultiAccountServiceNotEnabled`: HTTP 400; retry: never; category: invalid_argument.
    /// Multi account service not enabled.
    MultiAccountServiceNotEnabled,
    /// `NotExists.Resource`: HTTP 404; retry: never; category: not_found.
    /// Not exists: resource.
    NotExistsResource,
    /// `InvalidParameter.AccountId`: HTTP 409; retry: never; category: invalid_argument.
    /// A parameter is invalid: account id.
    InvalidParameterAccountId,
    /// `InvalidParameter.ResourceType`: HTTP 409; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource type.
    InvalidParameterResourceType,
    /// `NoPermission.Resource`: HTTP 403; retry: after_fix; category: permission_denied.
    /// The caller has no permission: resource.
    NoPermissionResource,
    /// `InvalidParameter.MaxResults`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid: max results.
    InvalidParameterMaxResults,
    /// `NotExists.ResourceGroup`: HTTP 404; retry: never; category: not_found.
    /// Not exists: resource group.
    NotExistsResourceGroup,
    /// `InvalidParameter.ResourceGroupId`: HTTP 409; retry: never; category: invalid_argument.
    /// A parameter is invalid: resource group id.
    InvalidParameterResourceGroupId,
    /// `InvalidParameter.MatchType`: HTTP 409; retry: never; category: invalid_argument.
    /// A parameter is invalid: match type.
    InvalidParameterMatchType,
    /// `InvalidParameter.Query`: HTTP 409; retry: never; category: invalid_argument.
    /// A parameter is invalid: query.
    InvalidParameterQuery,
    /// `InvalidParameter.SortCriterion.Key`: HTTP 409; retry: never; category: invalid_argument.
    /// A parameter is invalid: sort criterion, key.
    InvalidParameterSortCriterionKey,
    /// `ExceedLimit.Filter`: HTTP 409; retry: never; category: aborted.
    /// Exceed limit: filter.
    ExceedLimitFilter,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 45] = [
        "NotExists.FilterName",
        "LengthExceedLimit.FilterName",
        "InvalidParameter.FilterConfiguration",
        "AlreadyExists.FilterName",
        "LengthExceedLimit.FilterConfiguration",
        "ExceedLimit.User.Filter",
        "InvalidParameter.FilterName",
        "NoPermission",
        "LengthExceedLimit.Description",
        "LengthExceedLimit.Expression",
        "LengthExceedLimit.Name",
        "InvalidParameter.Name",
        "AlreadyExists.Name",
        "NotExists.QueryId",
        "NotExists.ResourceDirectory",
        "NoPermission.ResourceDirectory.MemberAccount",
        "DisableConflict.DeliveryChannel",
        "ServiceNotEnabled",
        "DiscoveryInProgress",
        "DependencyViolation.ResourceGroup",
        "DependencyViolation.Config",
        "NotExists.Account",
        "DisableConflict.MultiAccount",
        "NotExists.DefaultFilter",
        "NotSupport.Account.Site",
        "NoPermission.ServiceLinkedRole",
        "Conflict.ServiceStatus",
        "NotExists.ResourceDirectory.FolderId",
        "ExceedLimit.ExecuteTime",
        "SQLExecuteError",
        "InvalidSearch.SQL",
        "InvalidParameter.Scope",
        "ServiceNotEnabled.SpecifiedAccount",
        "MultiAccountServiceNotEnabled",
        "NotExists.Resource",
        "InvalidParameter.AccountId",
        "InvalidParameter.ResourceType",
        "NoPermission.Resource",
        "InvalidParameter.MaxResults",
        "NotExists.ResourceGroup",
        "InvalidParameter.ResourceGroupId",
        "InvalidParameter.MatchType",
        "InvalidParameter.Query",
        "InvalidParameter.SortCriterion.Key",
        "ExceedLimit.Filter",
    ];
    static NAME_CODES: [u32; 2] = [29, 30];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "SqlExecuteErrorInvalidSearchSql",
        ends: &[0, 15, 31],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Not exists: filter name.Length exceed limit: filter name.A parameter is invalid: filter configuration.Already exists: filter name.Length exceed limit: filter configuration.Exceed limit: user, filter.A parameter is invalid: filter name.The caller has no permission.Length exceed limit: description.Length exceed limit: expression.Length exceed limit: name.A parameter is invalid: name.Already exists: name.Not exists: query id.Not exists: resource directory.The caller has no permission: resource directory, member account.Disable conflict: delivery channel.Service not enabled.Discovery in progress.Dependency violation: resource group.Dependency violation: config.Not exists: account.Disable conflict: multi account.Not exists: default filter.Not support: account, site.The caller has no permission: service linked role.Conflict: service status.Not exists: resource directory, folder id.Exceed limit: execute time.SQL execute error.Invalid search: SQL.A parameter is invalid: scope.Service not enabled: specified account.Multi account service not enabled.Not exists: resource.A parameter is invalid: account id.A parameter is invalid: resource type.The caller has no permission: resource.A parameter is invalid: max results.Not exists: resource group.A parameter is invalid: resource group id.A parameter is invalid: match type.A parameter is invalid: query.A parameter is invalid: sort criterion, key.Exceed limit: filter.",
        ends: &[
            0, 24, 57, 102, 130, 172, 199, 235, 264, 297, 329, 355, 384, 405, 426, 457,
            522, 557, 577, 599, 636, 665, 685, 717, 744, 771, 821, 846, 888, 915, 933,
            953, 983, 1022, 1056, 1077, 1112, 1150, 1189, 1225, 1252, 1294, 1329, 1359,
            1403, 1424,
        ],
    };
    static STATUSES: [u16; 45] = [
        409, 409, 409, 409, 409, 409, 409, 400, 409, 409, 409, 409, 409, 409, 404, 409,
        409, 400, 400, 400, 400, 404, 409, 404, 409, 400, 409, 404, 409, 409, 409, 409,
        409, 400, 404, 409, 409, 403, 400, 404, 409, 409, 409, 409, 409,
    ];
    static STATUS_ENDS: [u32; 46] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45,
    ];
    static RETRY: [::cloud_errors::Retry; 45] = ::cloud_errors::__private::retry_column(
        b"aaaaaaacaaaaaaacaaaaaaaaacaaaaaaaaaaacaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 45] = ::cloud_errors::__private::category_column(
        b"jjcjjjcgjjjcjjegjccccejejgjejjjcjceccgceccccj",
    );
    static PILOTS: [u16; 12] = [0, 0, 0, 3, 26, 165, 5, 33, 9, 7, 21, 355];
    static SLOTS: [(&str, u32); 50] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            4294967295, 13, 38, 44, 5, 16, 9, 14, 43, 40, 34, 42, 41, 8, 23, 19, 35, 7,
            4294967295, 22, 28, 20, 39, 18, 26, 33, 25, 10, 27, 37, 32, 17, 24, 15, 36,
            0, 2, 31, 11, 4294967295, 12, 6, 4294967295, 29, 3, 21, 4, 1, 4294967295, 30,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
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
    const PROVIDER: &'static str = "Alibaba Cloud ResourceCenter";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud ResourceCenter's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud ResourceCenter: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
