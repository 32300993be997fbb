//! The TencentDB for Redis service codes, pinned code by code against seed 004's second table,
//! and their layering over the common codes (`extends: tencent`). The module is the SDK's redis
//! codes (catalogs/tencent/redis.yaml) with the seed's curation layered over them
//! (redis.curated.yaml): every code of the seed is there, as the seed curated it.

mod catalog_support;

use catalog_support::{check_descriptions_of, check_rows, Row};
use cloud_errors::{tencent, Category, Category::*, Retry, Retry::*};
use cloud_errors_tencent::redis::Code;

/// API 3.0 documents no HTTP status (errors come under HTTP 200), so every row has none.
const fn row(wire: &'static str, variant: Code, retry: Retry, category: Category) -> Row<Code> {
    (wire, variant, &[], retry, category)
}

/// Every row of the service-codes table: wire code, variant, retry, category.
const EXPECTED: &[Row<Code>] = &[
    row(
        "FailedOperation.SystemError",
        Code::FailedOperationSystemError,
        Backoff,
        Internal,
    ),
    row(
        "FailedOperation.Unknown",
        Code::FailedOperationUnknown,
        Never,
        Unknown,
    ),
    row(
        "InternalError.DbOperationFailed",
        Code::InternalErrorDbOperationFailed,
        Backoff,
        Internal,
    ),
    row("InvalidParameter", Code::InvalidParameter, Never, InvalidArgument),
    row(
        "InvalidParameter.EmptyParam",
        Code::InvalidParameterEmptyParam,
        Never,
        InvalidArgument,
    ),
    row(
        "InvalidParameter.InvalidParameter",
        Code::InvalidParameterInvalidParameter,
        Never,
        InvalidArgument,
    ),
    row(
        "InvalidParameter.OnlyVPCOnSpecZoneId",
        Code::InvalidParameterOnlyVpcOnSpecZoneId,
        Never,
        InvalidArgument,
    ),
    row(
        "InvalidParameterValue.InvalidInstanceTypeId",
        Code::InvalidParameterValueInvalidInstanceTypeId,
        Never,
        InvalidArgument,
    ),
    row(
        "InvalidParameterValue.InvalidSubnetId",
        Code::InvalidParameterValueInvalidSubnetId,
        Never,
        InvalidArgument,
    ),
    row(
        "InvalidParameterValue.MemSizeNotInRange",
        Code::InvalidParameterValueMemSizeNotInRange,
        Never,
        OutOfRange,
    ),
    row(
        "InvalidParameterValue.PasswordEmpty",
        Code::InvalidParameterValuePasswordEmpty,
        Never,
        InvalidArgument,
    ),
    row(
        "InvalidParameterValue.PasswordError",
        Code::InvalidParameterValuePasswordError,
        Never,
        InvalidArgument,
    ),
    row(
        "InvalidParameterValue.PasswordRuleError",
        Code::InvalidParameterValuePasswordRuleError,
        Never,
        InvalidArgument,
    ),
    row(
        "InvalidParameterValue.ReduceCapacityNotAllowed",
        Code::InvalidParameterValueReduceCapacityNotAllowed,
        Never,
        FailedPrecondition,
    ),
    row(
        "InvalidParameterValue.WeekDaysIsInvalid",
        Code::InvalidParameterValueWeekDaysIsInvalid,
        Never,
        InvalidArgument,
    ),
    row(
        "LimitExceeded.InvalidMemSize",
        Code::LimitExceededInvalidMemSize,
        Never,
        InvalidArgument,
    ),
    row(
        "LimitExceeded.InvalidParameterGoodsNumNotInRange",
        Code::LimitExceededInvalidParameterGoodsNumNotInRange,
        Never,
        OutOfRange,
    ),
    row(
        "LimitExceeded.PeriodExceedMaxLimit",
        Code::LimitExceededPeriodExceedMaxLimit,
        Never,
        OutOfRange,
    ),
    row(
        "LimitExceeded.PeriodLessThanMinLimit",
        Code::LimitExceededPeriodLessThanMinLimit,
        Never,
        OutOfRange,
    ),
    row(
        "ResourceInUse.InstanceBeenLocked",
        Code::ResourceInUseInstanceBeenLocked,
        Backoff,
        Aborted,
    ),
    row(
        "ResourceNotFound.AccountDoesNotExists",
        Code::ResourceNotFoundAccountDoesNotExists,
        Never,
        NotFound,
    ),
    row(
        "ResourceNotFound.InstanceNotExists",
        Code::ResourceNotFoundInstanceNotExists,
        Never,
        NotFound,
    ),
    row(
        "ResourceUnavailable.AccountBalanceNotEnough",
        Code::ResourceUnavailableAccountBalanceNotEnough,
        AfterFix,
        FailedPrecondition,
    ),
    row(
        "ResourceUnavailable.InstanceDeleted",
        Code::ResourceUnavailableInstanceDeleted,
        Never,
        NotFound,
    ),
    row(
        "ResourceUnavailable.InstanceLockedError",
        Code::ResourceUnavailableInstanceLockedError,
        Backoff,
        Aborted,
    ),
    row(
        "ResourceUnavailable.InstanceStatusAbnormal",
        Code::ResourceUnavailableInstanceStatusAbnormal,
        AfterFix,
        FailedPrecondition,
    ),
    row(
        "ResourceUnavailable.NoRedisService",
        Code::ResourceUnavailableNoRedisService,
        Never,
        Unimplemented,
    ),
    row(
        "ResourceUnavailable.NoTypeIdRedisService",
        Code::ResourceUnavailableNoTypeIdRedisService,
        Never,
        Unimplemented,
    ),
    row(
        "UnauthorizedOperation",
        Code::UnauthorizedOperation,
        AfterFix,
        PermissionDenied,
    ),
    row(
        "UnauthorizedOperation.NoCAMAuthed",
        Code::UnauthorizedOperationNoCamAuthed,
        AfterFix,
        PermissionDenied,
    ),
    row(
        "UnauthorizedOperation.UserNotInWhiteList",
        Code::UnauthorizedOperationUserNotInWhiteList,
        AfterFix,
        PermissionDenied,
    ),
    row(
        "UnsupportedOperation.ClusterInstanceAccessedDeny",
        Code::UnsupportedOperationClusterInstanceAccessedDeny,
        Never,
        FailedPrecondition,
    ),
    row(
        "UnsupportedOperation.IsAutoRenewError",
        Code::UnsupportedOperationIsAutoRenewError,
        Never,
        InvalidArgument,
    ),
    row(
        "UnsupportedOperation.OnlyClusterInstanceCanExportBackup",
        Code::UnsupportedOperationOnlyClusterInstanceCanExportBackup,
        Never,
        FailedPrecondition,
    ),
];

#[test]
fn every_code_of_the_seed_is_pinned() {
    // The seed's codes are among the SDK's, none twice; the SDK has more (tests/every_code.rs of
    // cloud-errors-tencent checks those against catalogs/tencent/redis.yaml).
    let known: Vec<Code> = Code::known().collect();
    for row in EXPECTED {
        assert_eq!(
            known.iter().filter(|code| **code == row.1).count(),
            1,
            "{}",
            row.0
        );
    }
}

#[test]
fn every_code_has_its_wire_string_retry_and_category() {
    check_rows(EXPECTED);
    for code in Code::known() {
        assert!(code.http_statuses().is_empty(), "{code}");
    }
}

#[test]
fn every_code_has_both_descriptions() {
    check_descriptions_of(EXPECTED.iter().map(|row| row.1.clone()));
}

#[test]
fn common_codes_parse_to_the_base_catalog() {
    let common = Code::from_code("AuthFailure.SignatureFailure");
    assert_eq!(common, Code::Base(tencent::Code::AuthFailureSignatureFailure));
    assert!(common.is_known());
    assert_eq!(common.code(), "AuthFailure.SignatureFailure");
    assert_eq!(common.to_string(), "AuthFailure.SignatureFailure");
    assert_eq!((common.retry(), common.category()), (AfterFix, Unauthenticated));
    assert_eq!(
        common.description(),
        tencent::Code::AuthFailureSignatureFailure.description()
    );
    assert_eq!(common.help(), tencent::Code::AuthFailureSignatureFailure.help());
    assert_eq!(
        Code::from_known_code("RequestLimitExceeded"),
        Some(Code::Base(tencent::Code::RequestLimitExceeded))
    );
    assert_eq!(format!("{common:?}"), "Base(AuthFailureSignatureFailure)");
    // `known()` lists the service's own codes; the base's stay in the base.
    assert!(Code::known().all(|code| !matches!(code, Code::Base(_))));
    assert_eq!(Code::known().count(), Code::KNOWN_COUNT);
}

#[test]
fn repeated_common_codes_are_the_service_s_own_overrides() {
    // The page repeats InvalidParameter and UnauthorizedOperation among the service codes; both
    // carry `overrides: true`, so the service's entry wins and keeps the common classification.
    for (wire, own, base) in [
        (
            "InvalidParameter",
            Code::InvalidParameter,
            tencent::Code::InvalidParameter,
        ),
        (
            "UnauthorizedOperation",
            Code::UnauthorizedOperation,
            tencent::Code::UnauthorizedOperation,
        ),
    ] {
        let code = Code::from_code(wire);
        assert_eq!(code, own);
        assert_ne!(code, Code::Base(base.clone()));
        assert_eq!((code.retry(), code.category()), (base.retry(), base.category()));
    }
}

#[test]
fn unknown_dotted_codes_inherit_from_their_nearest_known_ancestor() {
    // The ancestor is a service code.
    let locked = Code::from_code("ResourceInUse.InstanceBeenLocked.ByBackup");
    assert_eq!(
        locked,
        Code::Unknown("ResourceInUse.InstanceBeenLocked.ByBackup".to_owned())
    );
    assert_eq!((locked.retry(), locked.category()), (Backoff, Aborted));
    // An overridden code is an ancestor like any other service code.
    let param = Code::from_code("InvalidParameter.Brand.New");
    assert_eq!((param.retry(), param.category()), (Never, InvalidArgument));
    // The ancestor is a common code of the base catalog.
    let throttled = Code::from_code("RequestLimitExceeded.UinLimitExceeded");
    assert_eq!(
        throttled,
        Code::Unknown("RequestLimitExceeded.UinLimitExceeded".to_owned())
    );
    assert_eq!(
        (throttled.retry(), throttled.category()),
        (Backoff, ResourceExhausted)
    );
    let expired = Code::from_code("AuthFailure.SignatureExpire.Skewed");
    assert_eq!((expired.retry(), expired.category()), (AfterFix, Unauthenticated));
    // A nearer service ancestor wins over a farther common one.
    let deleted = Code::from_code("ResourceUnavailable.InstanceDeleted.Recycled");
    assert_eq!((deleted.retry(), deleted.category()), (Never, NotFound));
    // No known ancestor at all.
    let new = Code::from_code("BrandNew.Code");
    assert_eq!((new.retry(), new.category()), (Never, Category::Unknown));
    assert_eq!(new.to_string(), "BrandNew.Code");
}

#[test]
fn the_page_s_oddities_are_flagged_not_fixed() {
    // FailedOperation.Unknown carries WeekDaysIsInvalid's description on the page.
    assert!(Code::FailedOperationUnknown.description().contains("weekday"));
    // AccountBalanceNotEnough is described as a missing order number.
    assert!(Code::ResourceUnavailableAccountBalanceNotEnough
        .description()
        .contains("order number"));
}
