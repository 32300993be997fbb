// @generated from catalogs/aws/ecr.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS ECR: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS ECR: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `EmptyUploadException`: HTTP 400; retry: never; category: invalid_argument.
    /// Empty upload.
    EmptyUploadException,
    /// `ImageAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Image already exists.
    ImageAlreadyExistsException,
    /// `ImageDigestDoesNotMatchException`: HTTP 400; retry: never; category: invalid_argument.
    /// Image digest does not match.
    ImageDigestDoesNotMatchException,
    /// `ImageNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Image not found.
    ImageNotFoundException,
    /// `ImageTagAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Image tag already exists.
    ImageTagAlreadyExistsException,
    /// `InvalidLayerException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid layer.
    InvalidLayerException,
    /// `InvalidLayerPartException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid layer part.
    InvalidLayerPartException,
    /// `InvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameterException,
    /// `InvalidTagParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag parameter.
    InvalidTagParameterException,
    /// `KmsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Kms.
    KmsException,
    /// `LayerAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Layer already exists.
    LayerAlreadyExistsException,
    /// `LayerInaccessibleException`: HTTP 400; retry: never; category: invalid_argument.
    /// Layer inaccessible.
    LayerInaccessibleException,
    /// `LayerPartTooSmallException`: HTTP 400; retry: never; category: invalid_argument.
    /// Layer part too small.
    LayerPartTooSmallException,
    /// `LayersNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Layers not found.
    LayersNotFoundException,
    /// `LifecyclePolicyNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Lifecycle policy not found.
    LifecyclePolicyNotFoundException,
    /// `LifecyclePolicyPreviewInProgressException`: HTTP 400; retry: never; category: invalid_argument.
    /// Lifecycle policy preview in progress.
    LifecyclePolicyPreviewInProgressException,
    /// `LifecyclePolicyPreviewNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Lifecycle policy preview not found.
    LifecyclePolicyPreviewNotFoundException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `PullThroughCacheRuleAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Pull through cache rule already exists.
    PullThroughCacheRuleAlreadyExistsException,
    /// `PullThroughCacheRuleNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Pull through cache rule not found.
    PullThroughCacheRuleNotFoundException,
    /// `ReferencedImagesNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Referenced images not found.
    ReferencedImagesNotFoundException,
    /// `RegistryPolicyNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Registry policy not found.
    RegistryPolicyNotFoundException,
    /// `RepositoryAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Repository already exists.
    RepositoryAlreadyExistsException,
    /// `RepositoryNotEmptyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Repository not empty.
    RepositoryNotEmptyException,
    /// `RepositoryNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Repository not found.
    RepositoryNotFoundException,
    /// `RepositoryPolicyNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Repository policy not found.
    RepositoryPolicyNotFoundException,
    /// `ScanNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Scan not found.
    ScanNotFoundException,
    /// `SecretNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Secret not found.
    SecretNotFoundException,
    /// `ServerException`: HTTP 500; retry: backoff; category: internal.
    /// The service failed with an error on its side.
    ServerException,
    /// `TemplateAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Template already exists.
    TemplateAlreadyExistsException,
    /// `TemplateNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Template not found.
    TemplateNotFoundException,
    /// `TooManyTagsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTagsException,
    /// `UnableToAccessSecretException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unable to access secret.
    UnableToAccessSecretException,
    /// `UnableToDecryptSecretValueException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unable to decrypt secret value.
    UnableToDecryptSecretValueException,
    /// `UnableToGetUpstreamImageException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unable to get upstream image.
    UnableToGetUpstreamImageException,
    /// `UnableToGetUpstreamLayerException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unable to get upstream layer.
    UnableToGetUpstreamLayerException,
    /// `UnsupportedImageTypeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported image type.
    UnsupportedImageTypeException,
    /// `UnsupportedUpstreamRegistryException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unsupported upstream registry.
    UnsupportedUpstreamRegistryException,
    /// `UploadNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Upload not found.
    UploadNotFoundException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// `BlockedByOrganizationPolicyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Blocked by organization policy.
    BlockedByOrganizationPolicyException,
    /// `ExclusionAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Exclusion already exists.
    ExclusionAlreadyExistsException,
    /// `ExclusionNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Exclusion not found.
    ExclusionNotFoundException,
    /// `ImageArchivedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Image archived.
    ImageArchivedException,
    /// `ImageStorageClassUpdateNotSupportedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Image storage class update not supported.
    ImageStorageClassUpdateNotSupportedException,
    /// `ReplicationBackfillInProgressException`: HTTP 400; retry: never; category: invalid_argument.
    /// Replication backfill in progress.
    ReplicationBackfillInProgressException,
    /// `ReplicationBackfillInvalidStatusException`: HTTP 400; retry: never; category: invalid_argument.
    /// Replication backfill invalid status.
    ReplicationBackfillInvalidStatusException,
    /// `ReplicationBackfillNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Replication backfill not found.
    ReplicationBackfillNotFoundException,
    /// `SigningConfigurationNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Signing configuration not found.
    SigningConfigurationNotFoundException,
    /// `UnableToListUpstreamImageReferrersException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unable to list upstream image referrers.
    UnableToListUpstreamImageReferrersException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 50] = [
        "EmptyUploadException",
        "ImageAlreadyExistsException",
        "ImageDigestDoesNotMatchException",
        "ImageNotFoundException",
        "ImageTagAlreadyExistsException",
        "InvalidLayerException",
        "InvalidLayerPartException",
        "InvalidParameterException",
        "InvalidTagParameterException",
        "KmsException",
        "LayerAlreadyExistsException",
        "LayerInaccessibleException",
        "LayerPartTooSmallException",
        "LayersNotFoundException",
        "LifecyclePolicyNotFoundException",
        "LifecyclePolicyPreviewInProgressException",
        "LifecyclePolicyPreviewNotFoundException",
        "LimitExceededException",
        "PullThroughCacheRuleAlreadyExistsException",
        "PullThroughCacheRuleNotFoundException",
        "ReferencedImagesNotFoundException",
        "RegistryPolicyNotFoundException",
        "RepositoryAlreadyExistsException",
        "RepositoryNotEmptyException",
        "RepositoryNotFoundException",
        "RepositoryPolicyNotFoundException",
        "ScanNotFoundException",
        "SecretNotFoundException",
        "ServerException",
        "TemplateAlreadyExistsException",
        "TemplateNotFoundException",
        "TooManyTagsException",
        "UnableToAccessSecretException",
        "UnableToDecryptSecretValueException",
        "UnableToGetUpstreamImageException",
        "UnableToGetUpstreamLayerException",
        "UnsupportedImageTypeException",
        "UnsupportedUpstreamRegistryException",
        "UploadNotFoundException",
        "ValidationException",
        "BlockedByOrganizationPolicyException",
        "ExclusionAlreadyExistsException",
        "ExclusionNotFoundException",
        "ImageArchivedException",
        "ImageStorageClassUpdateNotSupportedException",
        "ReplicationBackfillInProgressException",
        "ReplicationBackfillInvalidStatusException",
        "ReplicationBackfillNotFoundException",
        "SigningConfigurationNotFoundException",
        "UnableToListUpstreamImageReferrersException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Empty upload.Image already exists.Image digest does not match.Image not found.Image tag already exists.Invalid layer.Invalid layer part.Invalid parameter.Invalid tag parameter.Kms.Layer already exists.Layer inaccessible.Layer part too small.Layers not found.Lifecycle policy not found.Lifecycle policy preview in progress.Lifecycle policy preview not found.Limit exceeded.Pull through cache rule already exists.Pull through cache rule not found.Referenced images not found.Registry policy not found.Repository already exists.Repository not empty.Repository not found.Repository policy not found.Scan not found.Secret not found.The service failed with an error on its side.Template already exists.Template not found.Too many tags.Unable to access secret.Unable to decrypt secret value.Unable to get upstream image.Unable to get upstream layer.Unsupported image type.Unsupported upstream registry.Upload not found.The request failed validation.Blocked by organization policy.Exclusion already exists.Exclusion not found.Image archived.Image storage class update not supported.Replication backfill in progress.Replication backfill invalid status.Replication backfill not found.Signing configuration not found.Unable to list upstream image referrers.",
        ends: &[
            0, 13, 34, 62, 78, 103, 117, 136, 154, 176, 180, 201, 220, 241, 258, 285,
            322, 357, 372, 411, 445, 473, 499, 525, 546, 567, 595, 610, 627, 672, 696,
            715, 729, 753, 784, 813, 842, 865, 895, 912, 942, 973, 998, 1018, 1033, 1074,
            1107, 1143, 1174, 1206, 1246,
        ],
    };
    static STATUSES: [u16; 50] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 500, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400,
    ];
    static STATUS_ENDS: [u32; 51] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50,
    ];
    static RETRY: [::cloud_errors::Retry; 50] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaabaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 50] = ::cloud_errors::__private::category_column(
        b"ccccccccccccccccchccccccccccmccccccccccccccccccccc",
    );
    static PILOTS: [u16; 13] = [0, 3, 4, 0, 74, 38, 4, 45, 0, 341, 20, 41, 84];
    static SLOTS: [(&str, u32); 55] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            42, 4, 16, 46, 15, 11, 0, 49, 40, 41, 37, 3, 24, 32, 19, 9, 21, 25, 35, 30,
            13, 45, 1, 33, 4294967295, 4294967295, 7, 39, 43, 12, 4294967295, 18, 2, 34,
            4294967295, 4294967295, 20, 47, 44, 26, 36, 22, 29, 6, 5, 10, 27, 48, 23, 14,
            8, 38, 31, 28, 17,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
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
    const PROVIDER: &'static str = "AWS ECR";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS ECR's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS ECR: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
