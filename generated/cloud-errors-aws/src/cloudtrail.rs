// @generated from catalogs/aws/cloudtrail.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS CloudTrail: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS CloudTrail: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AccessDeniedException`: HTTP 403; retry: never; category: permission_denied.
    /// Access denied.
    AccessDeniedException,
    /// `AccountHasOngoingImportException`: HTTP 400; retry: never; category: invalid_argument.
    /// Account has ongoing import.
    AccountHasOngoingImportException,
    /// `AccountNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Account not found.
    AccountNotFoundException,
    /// `AccountNotRegisteredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Account not registered.
    AccountNotRegisteredException,
    /// `AccountRegisteredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Account registered.
    AccountRegisteredException,
    /// `CannotDelegateManagementAccountException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cannot delegate management account.
    CannotDelegateManagementAccountException,
    /// `ChannelARNInvalidException`: HTTP 400; retry: never; category: invalid_argument.
    /// Channel ARN invalid.
    ChannelArnInvalidException,
    /// `ChannelAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Channel already exists.
    ChannelAlreadyExistsException,
    /// `ChannelExistsForEDSException`: HTTP 400; retry: never; category: invalid_argument.
    /// Channel exists for EDS.
    ChannelExistsForEdsException,
    /// `ChannelMaxLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Channel max limit exceeded.
    ChannelMaxLimitExceededException,
    /// `ChannelNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Channel not found.
    ChannelNotFoundException,
    /// `CloudTrailARNInvalidException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cloud trail ARN invalid.
    CloudTrailArnInvalidException,
    /// `CloudTrailAccessNotEnabledException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cloud trail access not enabled.
    CloudTrailAccessNotEnabledException,
    /// `CloudTrailInvalidClientTokenIdException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cloud trail invalid client token id.
    CloudTrailInvalidClientTokenIdException,
    /// `CloudWatchLogsDeliveryUnavailableException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cloud watch logs delivery unavailable.
    CloudWatchLogsDeliveryUnavailableException,
    /// `ConcurrentModificationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Concurrent modification.
    ConcurrentModificationException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `DelegatedAdminAccountLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Delegated admin account limit exceeded.
    DelegatedAdminAccountLimitExceededException,
    /// `EventDataStoreARNInvalidException`: HTTP 400; retry: never; category: invalid_argument.
    /// Event data store ARN invalid.
    EventDataStoreArnInvalidException,
    /// `EventDataStoreAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Event data store already exists.
    EventDataStoreAlreadyExistsException,
    /// `EventDataStoreFederationEnabledException`: HTTP 400; retry: never; category: invalid_argument.
    /// Event data store federation enabled.
    EventDataStoreFederationEnabledException,
    /// `EventDataStoreHasOngoingImportException`: HTTP 400; retry: never; category: invalid_argument.
    /// Event data store has ongoing import.
    EventDataStoreHasOngoingImportException,
    /// `EventDataStoreMaxLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Event data store max limit exceeded.
    EventDataStoreMaxLimitExceededException,
    /// `EventDataStoreNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Event data store not found.
    EventDataStoreNotFoundException,
    /// `EventDataStoreTerminationProtectedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Event data store termination protected.
    EventDataStoreTerminationProtectedException,
    /// `GenerateResponseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Generate response.
    GenerateResponseException,
    /// `ImportNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Import not found.
    ImportNotFoundException,
    /// `InactiveEventDataStoreException`: HTTP 400; retry: never; category: invalid_argument.
    /// Inactive event data store.
    InactiveEventDataStoreException,
    /// `InactiveQueryException`: HTTP 400; retry: never; category: invalid_argument.
    /// Inactive query.
    InactiveQueryException,
    /// `InsightNotEnabledException`: HTTP 400; retry: never; category: invalid_argument.
    /// Insight not enabled.
    InsightNotEnabledException,
    /// `InsufficientDependencyServiceAccessPermissionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient dependency service access permission.
    InsufficientDependencyServiceAccessPermissionException,
    /// `InsufficientEncryptionPolicyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient encryption policy.
    InsufficientEncryptionPolicyException,
    /// `InsufficientS3BucketPolicyException`: HTTP 403; retry: never; category: permission_denied.
    /// Insufficient s3 bucket policy.
    InsufficientS3BucketPolicyException,
    /// `InsufficientSnsTopicPolicyException`: HTTP 403; retry: never; category: permission_denied.
    /// Insufficient sns topic policy.
    InsufficientSnsTopicPolicyException,
    /// `InvalidCloudWatchLogsLogGroupArnException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cloud watch logs log group arn.
    InvalidCloudWatchLogsLogGroupArnException,
    /// `InvalidCloudWatchLogsRoleArnException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid cloud watch logs role arn.
    InvalidCloudWatchLogsRoleArnException,
    /// `InvalidDateRangeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid date range.
    InvalidDateRangeException,
    /// `InvalidEventCategoryException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid event category.
    InvalidEventCategoryException,
    /// `InvalidEventDataStoreCategoryException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid event data store category.
    InvalidEventDataStoreCategoryException,
    /// `InvalidEventDataStoreStatusException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid event data store status.
    InvalidEventDataStoreStatusException,
    /// `InvalidEventSelectorsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid event selectors.
    InvalidEventSelectorsException,
    /// `InvalidHomeRegionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid home region.
    InvalidHomeRegionException,
    /// `InvalidImportSourceException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid import source.
    InvalidImportSourceException,
    /// `InvalidInsightSelectorsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid insight selectors.
    InvalidInsightSelectorsException,
    /// `InvalidKmsKeyIdException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid kms key id.
    InvalidKmsKeyIdException,
    /// `InvalidLookupAttributesException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid lookup attributes.
    InvalidLookupAttributesException,
    /// `InvalidMaxResultsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid max results.
    InvalidMaxResultsException,
    /// `InvalidNextTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next token.
    InvalidNextTokenException,
    /// `InvalidParameterCombinationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter combination.
    InvalidParameterCombinationException,
    /// `InvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameterException,
    /// `InvalidQueryStatementException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid query statement.
    InvalidQueryStatementException,
    /// `InvalidQueryStatusException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid query status.
    InvalidQueryStatusException,
    /// `InvalidS3BucketNameException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid s3 bucket name.
    InvalidS3BucketNameException,
    /// `InvalidS3PrefixException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid s3 prefix.
    InvalidS3PrefixException,
    /// `InvalidSnsTopicNameException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid sns topic name.
    InvalidSnsTopicNameException,
    /// `InvalidSourceException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid source.
    InvalidSourceException,
    /// `InvalidTagParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag parameter.
    InvalidTagParameterException,
    /// `InvalidTimeRangeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid time range.
    InvalidTimeRangeException,
    /// `InvalidTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid token.
    InvalidTokenException,
    /// `InvalidTrailNameException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid trail name.
    InvalidTrailNameException,
    /// `KmsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Kms.
    KmsException,
    /// `KmsKeyDisabledException`: HTTP 400; retry: never; category: invalid_argument.
    /// Kms key disabled.
    KmsKeyDisabledException,
    /// `KmsKeyNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Kms key not found.
    KmsKeyNotFoundException,
    /// `MaxConcurrentQueriesException`: HTTP 429; retry: never; category: resource_exhausted.
    /// Max concurrent queries.
    MaxConcurrentQueriesException,
    /// `MaximumNumberOfTrailsExceededException`: HTTP 403; retry: never; category: permission_denied.
    /// Maximum number of trails exceeded.
    MaximumNumberOfTrailsExceededException,
    /// `NoManagementAccountSLRExistsException`: HTTP 403; retry: never; category: permission_denied.
    /// No management account SLR exists.
    NoManagementAccountSlrExistsException,
    /// `NotOrganizationManagementAccountException`: HTTP 403; retry: never; category: permission_denied.
    /// Not organization management account.
    NotOrganizationManagementAccountException,
    /// `NotOrganizationMasterAccountException`: HTTP 400; retry: never; category: invalid_argument.
    /// Not organization master account.
    NotOrganizationMasterAccountException,
    /// `OperationNotPermittedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation not permitted.
    OperationNotPermittedException,
    /// `OrganizationNotInAllFeaturesModeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Organization not in all features mode.
    OrganizationNotInAllFeaturesModeException,
    /// `OrganizationsNotInUseException`: HTTP 404; retry: never; category: not_found.
    /// Organizations not in use.
    OrganizationsNotInUseException,
    /// `QueryIdNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Query id not found.
    QueryIdNotFoundException,
    /// `ResourceARNNotValidException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource ARN not valid.
    ResourceArnNotValidException,
    /// `ResourceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFoundException,
    /// `ResourcePolicyNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource policy not found.
    ResourcePolicyNotFoundException,
    /// `ResourcePolicyNotValidException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource policy not valid.
    ResourcePolicyNotValidException,
    /// `ResourceTypeNotSupportedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource type not supported.
    ResourceTypeNotSupportedException,
    /// `S3BucketDoesNotExistException`: HTTP 404; retry: never; category: not_found.
    /// S3 bucket does not exist.
    S3BucketDoesNotExistException,
    /// `ServiceQuotaExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Service quota exceeded.
    ServiceQuotaExceededException,
    /// `TagsLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Tags limit exceeded.
    TagsLimitExceededException,
    /// `ThrottlingException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `TrailAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Trail already exists.
    TrailAlreadyExistsException,
    /// `TrailNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Trail not found.
    TrailNotFoundException,
    /// `TrailNotProvidedException`: HTTP 404; retry: never; category: not_found.
    /// Trail not provided.
    TrailNotProvidedException,
    /// `UnsupportedOperationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported operation.
    UnsupportedOperationException,
    /// `InsufficientIAMAccessPermissionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Insufficient IAM access permission.
    InsufficientIamAccessPermissionException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 86] = [
        "AccessDeniedException",
        "AccountHasOngoingImportException",
        "AccountNotFoundException",
        "AccountNotRegisteredException",
        "AccountRegisteredException",
        "CannotDelegateManagementAccountException",
        "ChannelARNInvalidException",
        "ChannelAlreadyExistsException",
        "ChannelExistsForEDSException",
        "ChannelMaxLimitExceededException",
        "ChannelNotFoundException",
        "CloudTrailARNInvalidException",
        "CloudTrailAccessNotEnabledException",
        "CloudTrailInvalidClientTokenIdException",
        "CloudWatchLogsDeliveryUnavailableException",
        "ConcurrentModificationException",
        "ConflictException",
        "DelegatedAdminAccountLimitExceededException",
        "EventDataStoreARNInvalidException",
        "EventDataStoreAlreadyExistsException",
        "EventDataStoreFederationEnabledException",
        "EventDataStoreHasOngoingImportException",
        "EventDataStoreMaxLimitExceededException",
        "EventDataStoreNotFoundException",
        "EventDataStoreTerminationProtectedException",
        "GenerateResponseException",
        "ImportNotFoundException",
        "InactiveEventDataStoreException",
        "InactiveQueryException",
        "InsightNotEnabledException",
        "InsufficientDependencyServiceAccessPermissionException",
        "InsufficientEncryptionPolicyException",
        "InsufficientS3BucketPolicyException",
        "InsufficientSnsTopicPolicyException",
        "InvalidCloudWatchLogsLogGroupArnException",
        "InvalidCloudWatchLogsRoleArnException",
        "InvalidDateRangeException",
        "InvalidEventCategoryException",
        "InvalidEventDataStoreCategoryException",
        "InvalidEventDataStoreStatusException",
        "InvalidEventSelectorsException",
        "InvalidHomeRegionException",
        "InvalidImportSourceException",
        "InvalidInsightSelectorsException",
        "InvalidKmsKeyIdException",
        "InvalidLookupAttributesException",
        "InvalidMaxResultsException",
        "InvalidNextTokenException",
        "InvalidParameterCombinationException",
        "InvalidParameterException",
        "InvalidQueryStatementException",
        "InvalidQueryStatusException",
        "InvalidS3BucketNameException",
        "InvalidS3PrefixException",
        "InvalidSnsTopicNameException",
        "InvalidSourceException",
        "InvalidTagParameterException",
        "InvalidTimeRangeException",
        "InvalidTokenException",
        "InvalidTrailNameException",
        "KmsException",
        "KmsKeyDisabledException",
        "KmsKeyNotFoundException",
        "MaxConcurrentQueriesException",
        "MaximumNumberOfTrailsExceededException",
        "NoManagementAccountSLRExistsException",
        "NotOrganizationManagementAccountException",
        "NotOrganizationMasterAccountException",
        "OperationNotPermittedException",
        "OrganizationNotInAllFeaturesModeException",
        "OrganizationsNotInUseException",
        "QueryIdNotFoundException",
        "ResourceARNNotValidException",
        "ResourceNotFoundException",
        "ResourcePolicyNotFoundException",
        "ResourcePolicyNotValidException",
        "ResourceTypeNotSupportedException",
        "S3BucketDoesNotExistException",
        "ServiceQuotaExceededException",
        "TagsLimitExceededException",
        "ThrottlingException",
        "TrailAlreadyExistsException",
        "TrailNotFoundException",
        "TrailNotProvidedException",
        "UnsupportedOperationException",
        "InsufficientIAMAccessPermissionException",
    ];
    static NAME_CODES: [u32; 7] = [6, 8, 11, 18, 65, 72, 85];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "ChannelArnInvalidExceptionChannelExistsForEdsExceptionCloudTrailArnInvalidExceptionEventDataStoreArnInvalidExceptionNoManagementAccountSlrExistsExceptionResourceArnNotValidExceptionInsufficientIamAccessPermissionException",
        ends: &[0, 26, 54, 83, 116, 153, 181, 221],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Access denied.Account has ongoing import.Account not found.Account not registered.Account registered.Cannot delegate management account.Channel ARN invalid.Channel already exists.Channel exists for EDS.Channel max limit exceeded.Channel not found.Cloud trail ARN invalid.Cloud trail access not enabled.Cloud trail invalid client token id.Cloud watch logs delivery unavailable.Concurrent modification.The request conflicts with the current state of the resource.Delegated admin account limit exceeded.Event data store ARN invalid.Event data store already exists.Event data store federation enabled.Event data store has ongoing import.Event data store max limit exceeded.Event data store not found.Event data store termination protected.Generate response.Import not found.Inactive event data store.Inactive query.Insight not enabled.Insufficient dependency service access permission.Insufficient encryption policy.Insufficient s3 bucket policy.Insufficient sns topic policy.Invalid cloud watch logs log group arn.Invalid cloud watch logs role arn.Invalid date range.Invalid event category.Invalid event data store category.Invalid event data store status.Invalid event selectors.Invalid home region.Invalid import source.Invalid insight selectors.Invalid kms key id.Invalid lookup attributes.Invalid max results.Invalid next token.Invalid parameter combination.Invalid parameter.Invalid query statement.Invalid query status.Invalid s3 bucket name.Invalid s3 prefix.Invalid sns topic name.Invalid source.Invalid tag parameter.Invalid time range.Invalid token.Invalid trail name.Kms.Kms key disabled.Kms key not found.Max concurrent queries.Maximum number of trails exceeded.No management account SLR exists.Not organization management account.Not organization master account.Operation not permitted.Organization not in all features mode.Organizations not in use.Query id not found.Resource ARN not valid.Resource not found.Resource policy not found.Resource policy not valid.Resource type not supported.S3 bucket does not exist.Service quota exceeded.Tags limit exceeded.The request was throttled.Trail already exists.Trail not found.Trail not provided.Unsupported operation.Insufficient IAM access permission.",
        ends: &[
            0, 14, 41, 59, 82, 101, 136, 156, 179, 202, 229, 247, 271, 302, 338, 376,
            400, 461, 500, 529, 561, 597, 633, 669, 696, 735, 753, 770, 796, 811, 831,
            881, 912, 942, 972, 1011, 1045, 1064, 1087, 1121, 1153, 1177, 1197, 1219,
            1245, 1264, 1290, 1310, 1329, 1359, 1377, 1401, 1422, 1445, 1463, 1486, 1501,
            1523, 1542, 1556, 1575, 1579, 1596, 1614, 1637, 1671, 1704, 1740, 1772, 1796,
            1834, 1859, 1878, 1901, 1920, 1946, 1972, 2000, 2025, 2048, 2068, 2094, 2115,
            2131, 2150, 2172, 2207,
        ],
    };
    static STATUSES: [u16; 86] = [
        403, 400, 404, 400, 400, 400, 400, 400, 400, 400, 404, 400, 400, 400, 400, 400,
        409, 400, 400, 400, 400, 400, 400, 404, 400, 400, 404, 400, 400, 400, 400, 400,
        403, 403, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 429,
        403, 403, 403, 400, 400, 400, 404, 404, 400, 400, 404, 400, 400, 404, 400, 400,
        429, 400, 404, 404, 400, 400,
    ];
    static STATUS_ENDS: [u32; 87] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
        63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
        83, 84, 85, 86,
    ];
    static RETRY: [::cloud_errors::Retry; 86] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 86] = ::cloud_errors::__private::category_column(
        b"gcecccccccecccccjcccccceccecccccggccccccccccccccccccccccccccccchgggccceecceccecchceecc",
    );
    static PILOTS: [u16; 22] = [
        2, 33, 1, 44, 20, 13, 44, 597, 59, 0, 14, 2, 9, 11, 0, 1, 126, 7, 86, 0, 17, 476,
    ];
    static SLOTS: [(&str, u32); 95] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            25, 17, 44, 26, 4294967295, 4294967295, 49, 70, 73, 77, 4294967295, 34, 69,
            18, 82, 78, 10, 52, 15, 5, 40, 37, 50, 39, 4, 81, 42, 64, 31, 32, 13,
            4294967295, 67, 16, 51, 30, 57, 72, 0, 83, 85, 76, 12, 41, 8, 4294967295,
            4294967295, 7, 4294967295, 24, 4294967295, 68, 9, 33, 14, 79, 56, 66, 11, 6,
            29, 22, 60, 2, 46, 62, 47, 75, 74, 55, 20, 36, 19, 53, 61, 3, 4294967295, 48,
            63, 35, 84, 59, 1, 80, 65, 28, 21, 58, 23, 38, 54, 43, 45, 27, 71,
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
    ::cloud_errors::__private::impl_code!(unsafe impl Code, ::cloud_errors::aws::Code);
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "AWS CloudTrail";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS CloudTrail's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS CloudTrail: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
