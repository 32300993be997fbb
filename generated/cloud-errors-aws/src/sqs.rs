// @generated from catalogs/aws/sqs.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS SQS: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS SQS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AWS.SimpleQueueService.BatchEntryIdsNotDistinct`: HTTP 400; retry: never; category: invalid_argument.
    /// AWS: simple queue service, batch entry ids not distinct.
    AwsSimpleQueueServiceBatchEntryIdsNotDistinct,
    /// `AWS.SimpleQueueService.BatchRequestTooLong`: HTTP 400; retry: never; category: invalid_argument.
    /// AWS: simple queue service, batch request too long.
    AwsSimpleQueueServiceBatchRequestTooLong,
    /// `AWS.SimpleQueueService.EmptyBatchRequest`: HTTP 400; retry: never; category: invalid_argument.
    /// AWS: simple queue service, empty batch request.
    AwsSimpleQueueServiceEmptyBatchRequest,
    /// `InvalidAddress`: HTTP 404; retry: never; category: not_found.
    /// Invalid address.
    InvalidAddress,
    /// `InvalidAttributeName`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid attribute name.
    InvalidAttributeName,
    /// `InvalidAttributeValue`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid attribute value.
    InvalidAttributeValue,
    /// `AWS.SimpleQueueService.InvalidBatchEntryId`: HTTP 400; retry: never; category: invalid_argument.
    /// AWS: simple queue service, invalid batch entry id.
    AwsSimpleQueueServiceInvalidBatchEntryId,
    /// `InvalidIdFormat`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid id format.
    InvalidIdFormat,
    /// `InvalidMessageContents`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid message contents.
    InvalidMessageContents,
    /// `InvalidSecurity`: HTTP 403; retry: never; category: permission_denied.
    /// Invalid security.
    InvalidSecurity,
    /// `KMS.AccessDeniedException`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS: access denied.
    KmsAccessDeniedException,
    /// `KMS.DisabledException`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS: disabled.
    KmsDisabledException,
    /// `KMS.InvalidKeyUsageException`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS: invalid key usage.
    KmsInvalidKeyUsageException,
    /// `KMS.InvalidStateException`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS: invalid state.
    KmsInvalidStateException,
    /// `KMS.NotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS: not found.
    KmsNotFoundException,
    /// `KMS.OptInRequired`: HTTP 403; retry: never; category: permission_denied.
    /// KMS: opt in required.
    KmsOptInRequired,
    /// `KMS.ThrottlingException`: HTTP 400; retry: never; category: invalid_argument.
    /// KMS: throttling.
    KmsThrottlingException,
    /// `AWS.SimpleQueueService.MessageNotInflight`: HTTP 400; retry: never; category: invalid_argument.
    /// AWS: simple queue service, message not inflight.
    AwsSimpleQueueServiceMessageNotInflight,
    /// `OverLimit`: HTTP 403; retry: never; category: permission_denied.
    /// Over limit.
    OverLimit,
    /// `AWS.SimpleQueueService.PurgeQueueInProgress`: HTTP 403; retry: never; category: permission_denied.
    /// AWS: simple queue service, purge queue in progress.
    AwsSimpleQueueServicePurgeQueueInProgress,
    /// `AWS.SimpleQueueService.QueueDeletedRecently`: HTTP 400; retry: never; category: invalid_argument.
    /// AWS: simple queue service, queue deleted recently.
    AwsSimpleQueueServiceQueueDeletedRecently,
    /// `AWS.SimpleQueueService.NonExistentQueue`: HTTP 400; retry: never; category: invalid_argument.
    /// AWS: simple queue service, non existent queue.
    AwsSimpleQueueServiceNonExistentQueue,
    /// `QueueAlreadyExists`: HTTP 400; retry: never; category: invalid_argument.
    /// Queue already exists.
    QueueAlreadyExists,
    /// `ReceiptHandleIsInvalid`: HTTP 404; retry: never; category: not_found.
    /// Receipt handle is invalid.
    ReceiptHandleIsInvalid,
    /// `RequestThrottled`: HTTP 403; retry: backoff; category: resource_exhausted.
    /// Request throttled.
    RequestThrottled,
    /// `ResourceNotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Resource not found.
    ResourceNotFoundException,
    /// `AWS.SimpleQueueService.TooManyEntriesInBatchRequest`: HTTP 400; retry: never; category: invalid_argument.
    /// AWS: simple queue service, too many entries in batch request.
    AwsSimpleQueueServiceTooManyEntriesInBatchRequest,
    /// `AWS.SimpleQueueService.UnsupportedOperation`: HTTP 400; retry: never; category: invalid_argument.
    /// AWS: simple queue service, unsupported operation.
    AwsSimpleQueueServiceUnsupportedOperation,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 28] = [
        "AWS.SimpleQueueService.BatchEntryIdsNotDistinct",
        "AWS.SimpleQueueService.BatchRequestTooLong",
        "AWS.SimpleQueueService.EmptyBatchRequest",
        "InvalidAddress",
        "InvalidAttributeName",
        "InvalidAttributeValue",
        "AWS.SimpleQueueService.InvalidBatchEntryId",
        "InvalidIdFormat",
        "InvalidMessageContents",
        "InvalidSecurity",
        "KMS.AccessDeniedException",
        "KMS.DisabledException",
        "KMS.InvalidKeyUsageException",
        "KMS.InvalidStateException",
        "KMS.NotFoundException",
        "KMS.OptInRequired",
        "KMS.ThrottlingException",
        "AWS.SimpleQueueService.MessageNotInflight",
        "OverLimit",
        "AWS.SimpleQueueService.PurgeQueueInProgress",
        "AWS.SimpleQueueService.QueueDeletedRecently",
        "AWS.SimpleQueueService.NonExistentQueue",
        "QueueAlreadyExists",
        "ReceiptHandleIsInvalid",
        "RequestThrottled",
        "ResourceNotFoundException",
        "AWS.SimpleQueueService.TooManyEntriesInBatchRequest",
        "AWS.SimpleQueueService.UnsupportedOperation",
    ];
    static NAME_CODES: [u32; 17] = [
        0, 1, 2, 6, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 21, 26, 27,
    ];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "AwsSimpleQueueServiceBatchEntryIdsNotDistinctAwsSimpleQueueServiceBatchRequestTooLongAwsSimpleQueueServiceEmptyBatchRequestAwsSimpleQueueServiceInvalidBatchEntryIdKmsAccessDeniedExceptionKmsDisabledExceptionKmsInvalidKeyUsageExceptionKmsInvalidStateExceptionKmsNotFoundExceptionKmsOptInRequiredKmsThrottlingExceptionAwsSimpleQueueServiceMessageNotInflightAwsSimpleQueueServicePurgeQueueInProgressAwsSimpleQueueServiceQueueDeletedRecentlyAwsSimpleQueueServiceNonExistentQueueAwsSimpleQueueServiceTooManyEntriesInBatchRequestAwsSimpleQueueServiceUnsupportedOperation",
        ends: &[
            0, 45, 85, 123, 163, 187, 207, 234, 258, 278, 294, 316, 355, 396, 437, 474,
            523, 564,
        ],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "AWS: simple queue service, batch entry ids not distinct.AWS: simple queue service, batch request too long.AWS: simple queue service, empty batch request.Invalid address.Invalid attribute name.Invalid attribute value.AWS: simple queue service, invalid batch entry id.Invalid id format.Invalid message contents.Invalid security.KMS: access denied.KMS: disabled.KMS: invalid key usage.KMS: invalid state.KMS: not found.KMS: opt in required.KMS: throttling.AWS: simple queue service, message not inflight.Over limit.AWS: simple queue service, purge queue in progress.AWS: simple queue service, queue deleted recently.AWS: simple queue service, non existent queue.Queue already exists.Receipt handle is invalid.Request throttled.Resource not found.AWS: simple queue service, too many entries in batch request.AWS: simple queue service, unsupported operation.",
        ends: &[
            0, 56, 106, 153, 169, 192, 216, 266, 284, 309, 326, 345, 359, 382, 401, 416,
            437, 453, 501, 512, 563, 613, 659, 680, 706, 724, 743, 804, 853,
        ],
    };
    static STATUSES: [u16; 28] = [
        400, 400, 400, 404, 400, 400, 400, 400, 400, 403, 400, 400, 400, 400, 400, 403,
        400, 400, 403, 403, 400, 400, 400, 404, 403, 404, 400, 400,
    ];
    static STATUS_ENDS: [u32; 29] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28,
    ];
    static RETRY: [::cloud_errors::Retry; 28] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaabaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 28] = ::cloud_errors::__private::category_column(
        b"cccecccccgcccccgccggcccehecc",
    );
    static PILOTS: [u16; 7] = [3, 21, 80, 4, 114, 6, 8];
    static SLOTS: [(&str, u32); 31] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            12, 11, 4, 23, 4294967295, 22, 4294967295, 21, 3, 2, 10, 20, 19, 18, 16, 8,
            24, 9, 4294967295, 13, 17, 5, 26, 27, 1, 25, 0, 15, 6, 14, 7,
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
    const PROVIDER: &'static str = "AWS SQS";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS SQS's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS SQS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
