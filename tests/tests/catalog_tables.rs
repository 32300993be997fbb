//! Every code of every seed catalog, pinned: wire code, statuses, retry and category, both
//! descriptions present (the Japanese one in Japanese script), and the count of codes per seed.
//! The OCI catalog has its own, longer file (oci.rs).

use cloud_errors::{
    alibaba_kms, ibm_vpc_metadata, tencent, tencent_redis, Category, ErrorCode, Locale, Retry,
};

use Category::*;
use Retry::{AfterFix, Backoff, Never};

/// One pinned row: wire code, documented statuses, retry, category.
type Row = (&'static str, &'static [u16], Retry, Category);

fn is_japanese(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}'))
}

/// Checks that `C` defines exactly `rows`, in order, with these properties.
fn check_catalog<C: ErrorCode>(rows: &[Row]) {
    let known: Vec<String> = C::known().map(|code| code.code().to_owned()).collect();
    let pinned: Vec<&str> = rows.iter().map(|row| row.0).collect();
    assert_eq!(known, pinned, "the catalog's codes, in order");
    for &(wire, statuses, retry, category) in rows {
        let code = C::from_code(wire);
        assert!(code.is_known(), "{wire}");
        assert_eq!(code.code(), wire);
        assert_eq!(code.to_string(), wire);
        assert_eq!(code.http_statuses(), statuses, "{wire}");
        assert_eq!(code.retry(), retry, "{wire}");
        assert_eq!(code.category(), category, "{wire}");
        let en = code.description_in(Locale::En);
        let ja = code.description_in(Locale::Ja);
        assert!(!en.trim().is_empty() && !is_japanese(en), "{wire}: {en}");
        assert!(is_japanese(ja), "{wire}: {ja}");
        if let Some(help) = code.help() {
            assert!(
                code.help_in(Locale::Ja).is_some_and(is_japanese),
                "{wire}: {help}"
            );
        }
    }
}

#[test]
fn ibm_vpc_metadata_codes() {
    check_catalog::<ibm_vpc_metadata::Code>(&[
        ("invalid_request", &[400], Never, InvalidArgument),
        // 404 for a path parameter, 400 otherwise: both kept.
        ("invalid_value", &[400, 404], Never, InvalidArgument),
        ("missing_field", &[400], Never, InvalidArgument),
        ("missing_value", &[400], Never, InvalidArgument),
        ("not_found", &[400, 404], Never, NotFound),
        ("profile_not_linked", &[400], AfterFix, FailedPrecondition),
        ("service_error", &[500], Backoff, Internal),
        ("unauthenticated", &[401], AfterFix, Unauthenticated),
        ("unauthorized", &[403], AfterFix, PermissionDenied),
        ("unknown_field", &[400], Never, InvalidArgument),
    ]);
    let value = ibm_vpc_metadata::Code::InvalidValue;
    assert_eq!(
        value.messages().collect::<Vec<_>>(),
        ["The `expires_in` field must not exceed `3600`."]
    );
}

#[test]
fn alibaba_kms_codes() {
    check_catalog::<alibaba_kms::Code>(&[
        ("InvalidApiName", &[400], Never, InvalidArgument),
        ("InvalidApiVersion", &[400], Never, InvalidArgument),
        ("InvalidParam", &[400], Never, InvalidArgument),
        ("MissingParameter", &[400], Never, InvalidArgument),
        ("RequestTimeTooSkewed", &[400], AfterFix, FailedPrecondition),
        ("InvalidParameter", &[400], Never, InvalidArgument),
        ("UnsupportedOperation", &[400], Never, Unimplemented),
        ("SignatureNotMatch", &[401], AfterFix, Unauthenticated),
        ("Forbidden.NoPermission", &[403], AfterFix, PermissionDenied),
        ("Forbidden.KeyNotFound", &[404], Never, NotFound),
        // The wire code the Japanese page translated; see the catalog's header.
        ("Unauthorized", &[404], AfterFix, Unauthenticated),
        ("Rejected.PendingDeletion", &[409], AfterFix, FailedPrecondition),
        ("Rejected.Disabled", &[409], AfterFix, FailedPrecondition),
        ("Rejected.PendingImport", &[409], AfterFix, FailedPrecondition),
        ("InvalidContentType", &[415], Never, InvalidArgument),
        ("InternalFailure", &[500], Backoff, Internal),
        ("ServiceUnavailableTemporary", &[503], Backoff, Unavailable),
    ]);
}

#[test]
fn alibaba_codes_on_several_rows_keep_every_message() {
    let param: Vec<&str> = alibaba_kms::Code::InvalidParam.messages().collect();
    assert_eq!(
        param,
        [
            "The Param Date is invalid.",
            "The Param x-kms-signaturemethod is invalid.",
            "The Param x-kms-signaturemethod is invalid. message:\"<signaturemethod value>\".",
        ]
    );
    assert_eq!(alibaba_kms::Code::ForbiddenKeyNotFound.messages().len(), 3);
}

#[test]
fn alibaba_413_without_a_code_is_classified_by_its_status_rule() {
    let rule = alibaba_kms::Code::status_rule(413).expect("the 413 row is a status rule");
    assert_eq!((rule.retry, rule.category), (Never, InvalidArgument));
    assert!(rule.description_in(Locale::En).contains("3 MB"));
    assert!(is_japanese(rule.description_in(Locale::Ja)));
    assert!(alibaba_kms::Code::status_rule(400).is_none());
    // A 413 with no code gets the rule's class, not the status's default.
    let error = alibaba_kms::Error::from_parts(413, &http::HeaderMap::new(), b"");
    assert!(!error.code().is_known());
    assert_eq!((error.retry(), error.category()), (Never, InvalidArgument));
    assert_eq!(error.status_rule(), Some(rule));
}

#[test]
fn tencent_common_codes() {
    check_catalog::<tencent::Code>(&[
        ("AuthFailure.InvalidSecretId", &[], AfterFix, Unauthenticated),
        ("AuthFailure.MFAFailure", &[], AfterFix, Unauthenticated),
        ("AuthFailure.SecretIdNotFound", &[], AfterFix, Unauthenticated),
        ("AuthFailure.SignatureExpire", &[], AfterFix, Unauthenticated),
        ("AuthFailure.SignatureFailure", &[], AfterFix, Unauthenticated),
        ("AuthFailure.TokenFailure", &[], AfterFix, Unauthenticated),
        (
            "AuthFailure.UnauthorizedOperation",
            &[],
            AfterFix,
            Unauthenticated,
        ),
        ("DryRunOperation", &[], Never, FailedPrecondition),
        ("FailedOperation", &[], Never, FailedPrecondition),
        ("InternalError", &[], Backoff, Internal),
        ("InvalidAction", &[], Never, Unimplemented),
        ("InvalidParameter", &[], Never, InvalidArgument),
        ("InvalidParameterValue", &[], Never, InvalidArgument),
        ("LimitExceeded", &[], Never, ResourceExhausted),
        ("MissingParameter", &[], Never, InvalidArgument),
        ("NoSuchVersion", &[], Never, InvalidArgument),
        ("RequestLimitExceeded", &[], Backoff, ResourceExhausted),
        ("ResourceInUse", &[], Backoff, Aborted),
        ("ResourceInsufficient", &[], AfterFix, ResourceExhausted),
        ("ResourceNotFound", &[], Never, NotFound),
        ("ResourceUnavailable", &[], AfterFix, FailedPrecondition),
        ("UnauthorizedOperation", &[], AfterFix, PermissionDenied),
        ("UnknownParameter", &[], Never, InvalidArgument),
        ("UnsupportedOperation", &[], Never, Unimplemented),
        ("UnsupportedProtocol", &[], Never, InvalidArgument),
        ("UnsupportedRegion", &[], Never, Unimplemented),
    ]);
    assert!(tencent::Code::AuthFailureSignatureExpire
        .help()
        .unwrap()
        .contains("five minutes"));
}

#[test]
fn tencent_redis_service_codes() {
    check_catalog::<tencent_redis::Code>(&[
        ("FailedOperation.SystemError", &[], Backoff, Internal),
        ("FailedOperation.Unknown", &[], Never, Unknown),
        ("InternalError.DbOperationFailed", &[], Backoff, Internal),
        ("InvalidParameter", &[], Never, InvalidArgument),
        ("InvalidParameter.EmptyParam", &[], Never, InvalidArgument),
        ("InvalidParameter.InvalidParameter", &[], Never, InvalidArgument),
        (
            "InvalidParameter.OnlyVPCOnSpecZoneId",
            &[],
            Never,
            InvalidArgument,
        ),
        (
            "InvalidParameterValue.InvalidInstanceTypeId",
            &[],
            Never,
            InvalidArgument,
        ),
        (
            "InvalidParameterValue.InvalidSubnetId",
            &[],
            Never,
            InvalidArgument,
        ),
        ("InvalidParameterValue.MemSizeNotInRange", &[], Never, OutOfRange),
        ("InvalidParameterValue.PasswordEmpty", &[], Never, InvalidArgument),
        ("InvalidParameterValue.PasswordError", &[], Never, InvalidArgument),
        (
            "InvalidParameterValue.PasswordRuleError",
            &[],
            Never,
            InvalidArgument,
        ),
        (
            "InvalidParameterValue.ReduceCapacityNotAllowed",
            &[],
            Never,
            FailedPrecondition,
        ),
        (
            "InvalidParameterValue.WeekDaysIsInvalid",
            &[],
            Never,
            InvalidArgument,
        ),
        ("LimitExceeded.InvalidMemSize", &[], Never, InvalidArgument),
        (
            "LimitExceeded.InvalidParameterGoodsNumNotInRange",
            &[],
            Never,
            OutOfRange,
        ),
        ("LimitExceeded.PeriodExceedMaxLimit", &[], Never, OutOfRange),
        ("LimitExceeded.PeriodLessThanMinLimit", &[], Never, OutOfRange),
        ("ResourceInUse.InstanceBeenLocked", &[], Backoff, Aborted),
        ("ResourceNotFound.AccountDoesNotExists", &[], Never, NotFound),
        ("ResourceNotFound.InstanceNotExists", &[], Never, NotFound),
        (
            "ResourceUnavailable.AccountBalanceNotEnough",
            &[],
            AfterFix,
            FailedPrecondition,
        ),
        ("ResourceUnavailable.InstanceDeleted", &[], Never, NotFound),
        ("ResourceUnavailable.InstanceLockedError", &[], Backoff, Aborted),
        (
            "ResourceUnavailable.InstanceStatusAbnormal",
            &[],
            AfterFix,
            FailedPrecondition,
        ),
        ("ResourceUnavailable.NoRedisService", &[], Never, Unimplemented),
        (
            "ResourceUnavailable.NoTypeIdRedisService",
            &[],
            Never,
            Unimplemented,
        ),
        ("UnauthorizedOperation", &[], AfterFix, PermissionDenied),
        (
            "UnauthorizedOperation.NoCAMAuthed",
            &[],
            AfterFix,
            PermissionDenied,
        ),
        (
            "UnauthorizedOperation.UserNotInWhiteList",
            &[],
            AfterFix,
            PermissionDenied,
        ),
        (
            "UnsupportedOperation.ClusterInstanceAccessedDeny",
            &[],
            Never,
            FailedPrecondition,
        ),
        (
            "UnsupportedOperation.IsAutoRenewError",
            &[],
            Never,
            InvalidArgument,
        ),
        (
            "UnsupportedOperation.OnlyClusterInstanceCanExportBackup",
            &[],
            Never,
            FailedPrecondition,
        ),
    ]);
}

#[test]
fn tencent_redis_falls_back_to_the_common_codes() {
    use tencent_redis::Code;
    let common = Code::from_code("AuthFailure.SignatureFailure");
    assert_eq!(common, Code::Base(tencent::Code::AuthFailureSignatureFailure));
    assert!(common.is_known());
    assert_eq!(common.code(), "AuthFailure.SignatureFailure");
    assert_eq!(common.retry(), AfterFix);
    assert_eq!(common.category(), Unauthenticated);
    assert_eq!(
        common.description(),
        tencent::Code::AuthFailureSignatureFailure.description()
    );
    assert_eq!(format!("{common:?}"), "Base(AuthFailureSignatureFailure)");
    // A code both define is the service's own (`overrides: true`).
    assert_eq!(Code::from_code("InvalidParameter"), Code::InvalidParameter);
    assert_eq!(Code::from_code("RequestLimitExceeded").retry(), Backoff);
}

#[test]
fn tencent_redis_unknown_dotted_codes_inherit_from_their_nearest_ancestor() {
    use tencent_redis::Code;
    // The ancestor is a service code.
    let locked = Code::from_code("ResourceInUse.InstanceBeenLocked.ByBackup");
    assert!(!locked.is_known());
    assert_eq!((locked.retry(), locked.category()), (Backoff, Aborted));
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
    // No known ancestor at all.
    let new = Code::from_code("BrandNew.Code");
    assert_eq!((new.retry(), new.category()), (Never, Unknown));
    assert_eq!(new.to_string(), "BrandNew.Code");
}

/// The number of codes per catalog, against the seed pages' rows after de-duplication:
/// - IBM VPC metadata (seed 002): 10 code sections, one code each.
/// - Alibaba KMS (seed 003): 22 rows; InvalidParam has 3 rows and Forbidden.KeyNotFound 3 (one
///   code each, all messages kept), and the 413 row has no code (a status rule): 22 - 2 - 2 - 1.
/// - Tencent common (seed 004, first table): 26 rows, 26 codes.
/// - TencentDB for Redis (seed 004, second table): 34 rows, 34 codes, two of which
///   (InvalidParameter, UnauthorizedOperation) repeat common codes and override them.
/// - OCI (seeds 000/001): 19 rows on the Japanese page plus 503 ServiceUnavailable from the
///   English one.
#[test]
fn catalog_sizes_match_the_seed_pages() {
    assert_eq!(ibm_vpc_metadata::Code::KNOWN_COUNT, 10);
    assert_eq!(alibaba_kms::Code::KNOWN_COUNT, 17);
    assert_eq!(tencent::Code::KNOWN_COUNT, 26);
    assert_eq!(tencent_redis::Code::KNOWN_COUNT, 34);
    assert_eq!(cloud_errors::oci::Code::KNOWN_COUNT, 20);
}
