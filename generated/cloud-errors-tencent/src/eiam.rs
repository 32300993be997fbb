// @generated from catalogs/tencent/eiam.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud EIAM: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud EIAM: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.AccountAlreadyExistedInAccountGroup`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: account already existed in account group.
    FailedOperationAccountAlreadyExistedInAccountGroup,
    /// `FailedOperation.AccountGroupNameAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: account group name already exists.
    FailedOperationAccountGroupNameAlreadyExists,
    /// `FailedOperation.AccountGroupNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: account group not exist.
    FailedOperationAccountGroupNotExist,
    /// `FailedOperation.AccountNameAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: account name already exists.
    FailedOperationAccountNameAlreadyExists,
    /// `FailedOperation.AccountNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: account not exist.
    FailedOperationAccountNotExist,
    /// `FailedOperation.AccountNotExisted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: account not existed.
    FailedOperationAccountNotExisted,
    /// `FailedOperation.AppDisplayNameAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: app display name already exists.
    FailedOperationAppDisplayNameAlreadyExists,
    /// `FailedOperation.AppNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: app not exist.
    FailedOperationAppNotExist,
    /// `FailedOperation.ChildOrgNodeNameAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: child org node name already exists.
    FailedOperationChildOrgNodeNameAlreadyExists,
    /// `FailedOperation.ChildOrgNodeWithUsersCanNotBeDeleted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: child org node with users can not be deleted.
    FailedOperationChildOrgNodeWithUsersCanNotBeDeleted,
    /// `FailedOperation.CreateOrgNodeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create org node error.
    FailedOperationCreateOrgNodeError,
    /// `FailedOperation.CreateUserFailure`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create user failure.
    FailedOperationCreateUserFailure,
    /// `FailedOperation.CreateUserGroupError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: create user group error.
    FailedOperationCreateUserGroupError,
    /// `FailedOperation.CustomizeParentOrgNodeIdAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: customize parent org node id already exists.
    FailedOperationCustomizeParentOrgNodeIdAlreadyExists,
    /// `FailedOperation.CustomizedOrgNodeIdCanNotBeEmpty`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: customized org node id can not be empty.
    FailedOperationCustomizedOrgNodeIdCanNotBeEmpty,
    /// `FailedOperation.DefaultOrgNodeCanNotBeDeleted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: default org node can not be deleted.
    FailedOperationDefaultOrgNodeCanNotBeDeleted,
    /// `FailedOperation.DeleteOrgNodeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete org node error.
    FailedOperationDeleteOrgNodeError,
    /// `FailedOperation.DeleteUserError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete user error.
    FailedOperationDeleteUserError,
    /// `FailedOperation.DeleteUserExistsAdministrator`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete user exists administrator.
    FailedOperationDeleteUserExistsAdministrator,
    /// `FailedOperation.DeleteUserGroupError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: delete user group error.
    FailedOperationDeleteUserGroupError,
    /// `FailedOperation.DescribeOrgNodeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe org node error.
    FailedOperationDescribeOrgNodeError,
    /// `FailedOperation.DescribeOrgNodeRootError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: describe org node root error.
    FailedOperationDescribeOrgNodeRootError,
    /// `FailedOperation.ExpectFieldsNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: expect fields not found.
    FailedOperationExpectFieldsNotFound,
    /// `FailedOperation.GroupIdNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: group id not found.
    FailedOperationGroupIdNotFound,
    /// `FailedOperation.IdToCodeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: id to code error.
    FailedOperationIdToCodeError,
    /// `FailedOperation.LimitQuotaNotEnough`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: limit quota not enough.
    FailedOperationLimitQuotaNotEnough,
    /// `FailedOperation.ListUserGroupsOfUserError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: list user groups of user error.
    FailedOperationListUserGroupsOfUserError,
    /// `FailedOperation.ListUsersInOrgNodeError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: list users in org node error.
    FailedOperationListUsersInOrgNodeError,
    /// `FailedOperation.ListUsersInUserGroupError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: list users in user group error.
    FailedOperationListUsersInUserGroupError,
    /// `FailedOperation.MainOrgNodeNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: main org node not exist.
    FailedOperationMainOrgNodeNotExist,
    /// `FailedOperation.OperationError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: operation error.
    FailedOperationOperationError,
    /// `FailedOperation.OperationFailure`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: operation failure.
    FailedOperationOperationFailure,
    /// `FailedOperation.OrgNodeIdNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: org node id not exist.
    FailedOperationOrgNodeIdNotExist,
    /// `FailedOperation.OrgNodeNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: org node not exist.
    FailedOperationOrgNodeNotExist,
    /// `FailedOperation.OrgNodeRootCanNotBeDeleted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: org node root can not be deleted.
    FailedOperationOrgNodeRootCanNotBeDeleted,
    /// `FailedOperation.OrgNodeSettingError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: org node setting error.
    FailedOperationOrgNodeSettingError,
    /// `FailedOperation.OrgNodeWithUsersCanNotBeDeleted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: org node with users can not be deleted.
    FailedOperationOrgNodeWithUsersCanNotBeDeleted,
    /// `FailedOperation.ParentOrgNodeIdNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: parent org node id not found.
    FailedOperationParentOrgNodeIdNotFound,
    /// `FailedOperation.PersonNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: person not found.
    FailedOperationPersonNotFound,
    /// `FailedOperation.RemoveUsersFromUserGroupError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: remove users from user group error.
    FailedOperationRemoveUsersFromUserGroupError,
    /// `FailedOperation.SecondaryOrgNodeDuplicates`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: secondary org node duplicates.
    FailedOperationSecondaryOrgNodeDuplicates,
    /// `FailedOperation.UpdateLDAPUserOrgExceedsRange`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update LDAP user org exceeds range.
    FailedOperationUpdateLdapUserOrgExceedsRange,
    /// `FailedOperation.UpdateLDAPUserOrgNotInSameCrop`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update LDAP user org not in same crop.
    FailedOperationUpdateLdapUserOrgNotInSameCrop,
    /// `FailedOperation.UpdateUserExceedsRange`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update user exceeds range.
    FailedOperationUpdateUserExceedsRange,
    /// `FailedOperation.UpdateWeComUserOrgExceedsRange`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update we com user org exceeds range.
    FailedOperationUpdateWeComUserOrgExceedsRange,
    /// `FailedOperation.UpdateWeComUserOrgNotInSameCrop`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: update we com user org not in same crop.
    FailedOperationUpdateWeComUserOrgNotInSameCrop,
    /// `FailedOperation.UserAuthListError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user auth list error.
    FailedOperationUserAuthListError,
    /// `FailedOperation.UserEmailAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user email already exists.
    FailedOperationUserEmailAlreadyExists,
    /// `FailedOperation.UserGroupNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user group not exist.
    FailedOperationUserGroupNotExist,
    /// `FailedOperation.UserNameAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user name already exists.
    FailedOperationUserNameAlreadyExists,
    /// `FailedOperation.UserNotExistInUserGroup`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user not exist in user group.
    FailedOperationUserNotExistInUserGroup,
    /// `FailedOperation.UserNotFound`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user not found.
    FailedOperationUserNotFound,
    /// `FailedOperation.UserPhoneAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: user phone already exists.
    FailedOperationUserPhoneAlreadyExists,
    /// `InvalidParameter.AttributeValueValidError`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: attribute value valid error.
    InvalidParameterAttributeValueValidError,
    /// `InvalidParameter.OrgCodeIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: org code illegal.
    InvalidParameterOrgCodeIllegal,
    /// `InvalidParameter.ParameterIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: parameter illegal.
    InvalidParameterParameterIllegal,
    /// `InvalidParameter.Parameterlllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: parameterlllegal.
    InvalidParameterParameterlllegal,
    /// `InvalidParameter.SearchCriteriaIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: search criteria illegal.
    InvalidParameterSearchCriteriaIllegal,
    /// `InvalidParameter.TimeFormatIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: time format illegal.
    InvalidParameterTimeFormatIllegal,
    /// `InvalidParameter.UserExpirationTimeIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: user expiration time illegal.
    InvalidParameterUserExpirationTimeIllegal,
    /// `InvalidParameter.UserIDIsNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: user ID is null.
    InvalidParameterUserIdIsNull,
    /// `InvalidParameter.UserNameIsNull`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: user name is null.
    InvalidParameterUserNameIsNull,
    /// `InvalidParameterValue.AccountIdsCanNotBeEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: account ids can not be empty.
    InvalidParameterValueAccountIdsCanNotBeEmpty,
    /// `InvalidParameterValue.AppIdCanNotBeEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: app id can not be empty.
    InvalidParameterValueAppIdCanNotBeEmpty,
    /// `InvalidParameterValue.ApplicationInfoSortKeyIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: application info sort key illegal.
    InvalidParameterValueApplicationInfoSortKeyIllegal,
    /// `InvalidParameterValue.EntityTypeNotMatch`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: entity type not match.
    InvalidParameterValueEntityTypeNotMatch,
    /// `InvalidParameterValue.LengthExceeded`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: length exceeded.
    InvalidParameterValueLengthExceeded,
    /// `InvalidParameterValue.NewPasswordCanNotBeEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: new password can not be empty.
    InvalidParameterValueNewPasswordCanNotBeEmpty,
    /// `InvalidParameterValue.ParameterIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: parameter illegal.
    InvalidParameterValueParameterIllegal,
    /// `InvalidParameterValue.SortKeyIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: sort key illegal.
    InvalidParameterValueSortKeyIllegal,
    /// `InvalidParameterValue.UserIdCanNotBeEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: user id can not be empty.
    InvalidParameterValueUserIdCanNotBeEmpty,
    /// `InvalidParameterValue.UserNameCanNotBeEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: user name can not be empty.
    InvalidParameterValueUserNameCanNotBeEmpty,
    /// `InvalidParameterValue.UserPhoneCanNotBeEmpty`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: user phone can not be empty.
    InvalidParameterValueUserPhoneCanNotBeEmpty,
    /// `LimitExceeded.ItemsNumberLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: items number limit exceeded.
    LimitExceededItemsNumberLimitExceeded,
    /// `LimitExceeded.ParameterLengthLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: parameter length limit exceeded.
    LimitExceededParameterLengthLimitExceeded,
    /// `LimitExceeded.SecondaryNodeCountLimitExceeded`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: secondary node count limit exceeded.
    LimitExceededSecondaryNodeCountLimitExceeded,
    /// `OperationDenied.ActionPermissionDeny`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied: action permission deny.
    OperationDeniedActionPermissionDeny,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 77] = [
        "FailedOperation.AccountAlreadyExistedInAccountGroup",
        "FailedOperation.AccountGroupNameAlreadyExists",
        "FailedOperation.AccountGroupNotExist",
        "FailedOperation.AccountNameAlreadyExists",
        "FailedOperation.AccountNotExist",
        "FailedOperation.AccountNotExisted",
        "FailedOperation.AppDisplayNameAlreadyExists",
        "FailedOperation.AppNotExist",
        "FailedOperation.ChildOrgNodeNameAlreadyExists",
        "FailedOperation.ChildOrgNodeWithUsersCanNotBeDeleted",
        "FailedOperation.CreateOrgNodeError",
        "FailedOperation.CreateUserFailure",
        "FailedOperation.CreateUserGroupError",
        "FailedOperation.CustomizeParentOrgNodeIdAlreadyExists",
        "FailedOperation.CustomizedOrgNodeIdCanNotBeEmpty",
        "FailedOperation.DefaultOrgNodeCanNotBeDeleted",
        "FailedOperation.DeleteOrgNodeError",
        "FailedOperation.DeleteUserError",
        "FailedOperation.DeleteUserExistsAdministrator",
        "FailedOperation.DeleteUserGroupError",
        "FailedOperation.DescribeOrgNodeError",
        "FailedOperation.DescribeOrgNodeRootError",
        "FailedOperation.ExpectFieldsNotFound",
        "FailedOperation.GroupIdNotFound",
        "FailedOperation.IdToCodeError",
        "FailedOperation.LimitQuotaNotEnough",
        "FailedOperation.ListUserGroupsOfUserError",
        "FailedOperation.ListUsersInOrgNodeError",
        "FailedOperation.ListUsersInUserGroupError",
        "FailedOperation.MainOrgNodeNotExist",
        "FailedOperation.OperationError",
        "FailedOperation.OperationFailure",
        "FailedOperation.OrgNodeIdNotExist",
        "FailedOperation.OrgNodeNotExist",
        "FailedOperation.OrgNodeRootCanNotBeDeleted",
        "FailedOperation.OrgNodeSettingError",
        "FailedOperation.OrgNodeWithUsersCanNotBeDeleted",
        "FailedOperation.ParentOrgNodeIdNotFound",
        "FailedOperation.PersonNotFound",
        "FailedOperation.RemoveUsersFromUserGroupError",
        "FailedOperation.SecondaryOrgNodeDuplicates",
        "FailedOperation.UpdateLDAPUserOrgExceedsRange",
        "FailedOperation.UpdateLDAPUserOrgNotInSameCrop",
        "FailedOperation.UpdateUserExceedsRange",
        "FailedOperation.UpdateWeComUserOrgExceedsRange",
        "FailedOperation.UpdateWeComUserOrgNotInSameCrop",
        "FailedOperation.UserAuthListError",
        "FailedOperation.UserEmailAlreadyExists",
        "FailedOperation.UserGroupNotExist",
        "FailedOperation.UserNameAlreadyExists",
        "FailedOperation.UserNotExistInUserGroup",
        "FailedOperation.UserNotFound",
        "FailedOperation.UserPhoneAlreadyExists",
        "InvalidParameter.AttributeValueValidError",
        "InvalidParameter.OrgCodeIllegal",
        "InvalidParameter.ParameterIllegal",
        "InvalidParameter.Parameterlllegal",
        "InvalidParameter.SearchCriteriaIllegal",
        "InvalidParameter.TimeFormatIllegal",
        "InvalidParameter.UserExpirationTimeIllegal",
        "InvalidParameter.UserIDIsNull",
        "InvalidParameter.UserNameIsNull",
        "InvalidParameterValue.AccountIdsCanNotBeEmpty",
        "InvalidParameterValue.AppIdCanNotBeEmpty",
        "InvalidParameterValue.ApplicationInfoSortKeyIllegal",
        "InvalidParameterValue.EntityTypeNotMatch",
        "InvalidParameterValue.LengthExceeded",
        "InvalidParameterValue.NewPasswordCanNotBeEmpty",
        "InvalidParameterValue.ParameterIllegal",
        "InvalidParameterValue.SortKeyIllegal",
        "InvalidParameterValue.UserIdCanNotBeEmpty",
        "InvalidParameterValue.UserNameCanNotBeEmpty",
        "InvalidParameterValue.UserPhoneCanNotBeEmpty",
        "LimitExceeded.ItemsNumberLimitExceeded",
        "LimitExceeded.ParameterLengthLimitExceeded",
        "LimitExceeded.SecondaryNodeCountLimitExceeded",
        "OperationDenied.ActionPermissionDeny",
    ];
    static NAME_CODES: [u32; 3] = [41, 42, 60];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "FailedOperationUpdateLdapUserOrgExceedsRangeFailedOperationUpdateLdapUserOrgNotInSameCropInvalidParameterUserIdIsNull",
        ends: &[0, 44, 89, 117],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: account already existed in account group.The operation failed: account group name already exists.The operation failed: account group not exist.The operation failed: account name already exists.The operation failed: account not exist.The operation failed: account not existed.The operation failed: app display name already exists.The operation failed: app not exist.The operation failed: child org node name already exists.The operation failed: child org node with users can not be deleted.The operation failed: create org node error.The operation failed: create user failure.The operation failed: create user group error.The operation failed: customize parent org node id already exists.The operation failed: customized org node id can not be empty.The operation failed: default org node can not be deleted.The operation failed: delete org node error.The operation failed: delete user error.The operation failed: delete user exists administrator.The operation failed: delete user group error.The operation failed: describe org node error.The operation failed: describe org node root error.The operation failed: expect fields not found.The operation failed: group id not found.The operation failed: id to code error.The operation failed: limit quota not enough.The operation failed: list user groups of user error.The operation failed: list users in org node error.The operation failed: list users in user group error.The operation failed: main org node not exist.The operation failed: operation error.The operation failed: operation failure.The operation failed: org node id not exist.The operation failed: org node not exist.The operation failed: org node root can not be deleted.The operation failed: org node setting error.The operation failed: org node with users can not be deleted.The operation failed: parent org node id not found.The operation failed: person not found.The operation failed: remove users from user group error.The operation failed: secondary org node duplicates.The operation failed: update LDAP user org exceeds range.The operation failed: update LDAP user org not in same crop.The operation failed: update user exceeds range.The operation failed: update we com user org exceeds range.The operation failed: update we com user org not in same crop.The operation failed: user auth list error.The operation failed: user email already exists.The operation failed: user group not exist.The operation failed: user name already exists.The operation failed: user not exist in user group.The operation failed: user not found.The operation failed: user phone already exists.A parameter is invalid: attribute value valid error.A parameter is invalid: org code illegal.A parameter is invalid: parameter illegal.A parameter is invalid: parameterlllegal.A parameter is invalid: search criteria illegal.A parameter is invalid: time format illegal.A parameter is invalid: user expiration time illegal.A parameter is invalid: user ID is null.A parameter is invalid: user name is null.A parameter value is invalid: account ids can not be empty.A parameter value is invalid: app id can not be empty.A parameter value is invalid: application info sort key illegal.A parameter value is invalid: entity type not match.A parameter value is invalid: length exceeded.A parameter value is invalid: new password can not be empty.A parameter value is invalid: parameter illegal.A parameter value is invalid: sort key illegal.A parameter value is invalid: user id can not be empty.A parameter value is invalid: user name can not be empty.A parameter value is invalid: user phone can not be empty.A limit was exceeded: items number limit exceeded.A limit was exceeded: parameter length limit exceeded.A limit was exceeded: secondary node count limit exceeded.The operation was denied: action permission deny.",
        ends: &[
            0, 63, 119, 165, 215, 255, 297, 351, 387, 444, 511, 555, 597, 643, 709, 771,
            829, 873, 913, 968, 1014, 1060, 1111, 1157, 1198, 1237, 1282, 1335, 1386,
            1439, 1485, 1523, 1563, 1607, 1648, 1703, 1748, 1809, 1860, 1899, 1956, 2008,
            2065, 2125, 2173, 2232, 2294, 2337, 2385, 2428, 2475, 2526, 2563, 2611, 2663,
            2704, 2746, 2787, 2835, 2879, 2932, 2972, 3014, 3073, 3127, 3191, 3243, 3289,
            3349, 3397, 3444, 3499, 3556, 3614, 3664, 3718, 3776, 3825,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 77] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac",
    );
    static CATEGORY: [::cloud_errors::Category; 77] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiicccccccccccccccccccchhhg",
    );
    static PILOTS: [u16; 20] = [
        9, 110, 29, 0, 49, 7, 0, 1, 2, 1, 184, 25, 18, 21, 8, 42, 0, 13, 51, 2,
    ];
    static SLOTS: [(&str, u32); 85] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            23, 0, 54, 17, 65, 35, 16, 33, 27, 32, 41, 4294967295, 4294967295, 26, 42, 4,
            5, 69, 62, 3, 75, 4294967295, 18, 4294967295, 29, 70, 15, 13, 76, 45, 36, 47,
            71, 22, 55, 67, 40, 63, 4294967295, 57, 74, 37, 2, 4294967295, 59, 68, 66,
            48, 14, 60, 30, 1, 46, 64, 72, 21, 12, 4294967295, 7, 58, 25, 4294967295, 39,
            28, 11, 38, 73, 19, 20, 34, 44, 10, 9, 24, 51, 61, 6, 52, 49, 50, 43, 8, 31,
            53, 56,
        ],
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
    const PROVIDER: &'static str = "Tencent Cloud EIAM";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud EIAM's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud EIAM: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
