//! Each catalog's number of codes against its seed page: every row is in, and rows of the same
//! code are merged, never dropped or duplicated.

use cloud_errors::{azure_storage, google, ibm_vpc_metadata, oci, tencent};
// The curated KMS instance API catalog, once `cloud_errors::alibaba_kms`.
use cloud_errors_alibaba::kms_instance as alibaba_kms;
// The seed catalog `tencent_redis` is now the curated product `redis` of cloud-errors-tencent.
use cloud_errors_tencent::redis as tencent_redis;

/// Seed rows, and how they became codes (the seeds are in ../shared/seeds):
/// - OCI (seeds 000 and 001): 19 rows on the Japanese page, plus 503 ServiceUnavailable, which
///   only the English page lists: 20 codes; plus 4 SDK-only codes that oci-go-sdk's retry tables
///   name (LockConflict, InsufficientServicePermissions, ResourceAlreadyExists,
///   ResourceDisabled; see the catalog's header): 24.
/// - IBM VPC instance metadata (seed 002): 10 code sections, one code each: 10 codes. The two
///   statuses of invalid_value and not_found are one code each.
/// - Alibaba KMS (seed 003): 22 rows. InvalidParam has 3 rows and Forbidden.KeyNotFound 3 (one
///   code each, every message kept: 4 rows merged away), and the 413 row has no code (a status
///   rule, not a code): 22 - 4 - 1 = 17 codes, plus 1 status rule; plus 1 SDK-only code that the
///   KMS instance SDK's `IsRetryErr` names (Rejected.Throttling): 18.
/// - Tencent common codes (seed 004, first table): 26 rows, 26 distinct codes.
/// - TencentDB for Redis (seed 004, second table): 34 rows, 34 distinct codes, now the curation of
///   `cloud_errors_tencent::redis`, whose codes are the SDK's: 111 at the pinned commit of
///   catalogs/tencent/redis.yaml, the 34 among them (tests/tests/tencent_redis.rs). Two of them
///   (InvalidParameter, UnauthorizedOperation) repeat common codes, as `overrides: true` entries.
///
/// The page's count, as written above, for one catalog: `KNOWN_COUNT`, what `known()` yields and
/// the number of distinct wire codes must each be that number (not one another).
fn assert_count<C: cloud_errors::ErrorCode>(known_count: usize, expected: usize) {
    let mut codes: Vec<String> = C::known().map(|code| code.code().to_owned()).collect();
    let listed = codes.len();
    codes.sort();
    codes.dedup();
    assert_eq!(
        (known_count, listed, codes.len()),
        (expected, expected, expected),
        "KNOWN_COUNT, codes listed by known(), distinct wire codes"
    );
}

#[test]
fn catalog_sizes_match_the_seed_pages() {
    assert_count::<oci::Code>(oci::Code::KNOWN_COUNT, 19 + 1 + 4);
    assert_count::<ibm_vpc_metadata::Code>(ibm_vpc_metadata::Code::KNOWN_COUNT, 10);
    assert_count::<alibaba_kms::Code>(alibaba_kms::Code::KNOWN_COUNT, 22 - 4 - 1 + 1);
    assert_count::<tencent::Code>(tencent::Code::KNOWN_COUNT, 26);
    assert_count::<tencent_redis::Code>(tencent_redis::Code::KNOWN_COUNT, 111);
    // google/rpc/code.proto's 17 codes without OK; error_reason.proto's 44 values without
    // ERROR_REASON_UNSPECIFIED.
    assert_count::<google::Code>(google::Code::KNOWN_COUNT, (17 - 1) + (44 - 1));
    // The page's rows we could read: 36; merged repeats: ConditionNotMet (304, 412),
    // InvalidAuthenticationInfo (401, 400), InsufficientAccountPermissions (three messages): 32
    // curated codes. Now imported from azure-sdk-for-rust's StorageErrorCode enums at b2885862:
    // Blob 116 codes, Queue 57, 48 in both: 125; of the 32, all but AccountProtectedFromDeletion
    // are among them, which the curation adds.
    assert_count::<azure_storage::Code>(azure_storage::Code::KNOWN_COUNT, (116 + 57 - 48) + 1);
}

/// Documented errors without a code: only Alibaba's 413 row.
#[test]
fn status_rules_match_the_rows_without_a_code() {
    let statuses = 100..=599;
    let rules = |rule: fn(u16) -> Option<&'static cloud_errors::StatusRule>| {
        statuses
            .clone()
            .filter(|&status| rule(status).is_some())
            .collect::<Vec<u16>>()
    };
    assert_eq!(rules(alibaba_kms::Code::status_rule), [413]);
    assert!(rules(oci::Code::status_rule).is_empty());
    assert!(rules(ibm_vpc_metadata::Code::status_rule).is_empty());
    assert!(rules(tencent::Code::status_rule).is_empty());
    assert!(rules(tencent_redis::Code::status_rule).is_empty());
}
