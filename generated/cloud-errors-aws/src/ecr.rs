// @generated from catalogs/aws/ecr.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS ECR: error codes.
//!
//! Curated from <https://docs.aws.amazon.com/>.
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
    /// Server.
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
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 40] = [
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
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Empty upload.Image already exists.Image digest does not match.Image not found.Image tag already exists.Invalid layer.Invalid layer part.Invalid parameter.Invalid tag parameter.Kms.Layer already exists.Layer inaccessible.Layer part too small.Layers not found.Lifecycle policy not found.Lifecycle policy preview in progress.Lifecycle policy preview not found.Limit exceeded.Pull through cache rule already exists.Pull through cache rule not found.Referenced images not found.Registry policy not found.Repository already exists.Repository not empty.Repository not found.Repository policy not found.Scan not found.Secret not found.Server.Template already exists.Template not found.Too many tags.Unable to access secret.Unable to decrypt secret value.Unable to get upstream image.Unable to get upstream layer.Unsupported image type.Unsupported upstream registry.Upload not found.The request failed validation.",
        ends: &[
            0, 13, 34, 62, 78, 103, 117, 136, 154, 176, 180, 201, 220, 241, 258, 285,
            322, 357, 372, 411, 445, 473, 499, 525, 546, 567, 595, 610, 627, 634, 658,
            677, 691, 715, 746, 775, 804, 827, 857, 874, 904,
        ],
    };
    static STATUSES: [u16; 40] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 500, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 41] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40,
    ];
    static RETRY: [::cloud_errors::Retry; 40] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaabaaaaaaaaaabaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 40] = ::cloud_errors::__private::category_column(
        b"ccccccccccccccccchccccccccccmccccccccccc",
    );
    static PILOTS: [u16; 10] = [5, 1, 7, 8, 18, 77, 5, 63, 10, 3];
    static SLOTS: [(&str, u32); 44] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            35, 34, 4294967295, 4294967295, 5, 16, 21, 36, 23, 26, 18, 10, 25, 31, 19,
            37, 0, 27, 7, 4, 14, 3, 8, 30, 33, 17, 22, 24, 2, 28, 11, 20, 9, 29, 13, 15,
            1, 32, 4294967295, 39, 38, 6, 4294967295, 12,
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
