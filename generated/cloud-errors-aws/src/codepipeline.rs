// @generated from catalogs/aws/codepipeline.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS CodePipeline: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsCbor`](cloud_errors::envelopes::AwsCbor) (`aws_cbor`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS CodePipeline: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ActionNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Action not found.
    ActionNotFoundException,
    /// `ActionTypeNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Action type not found.
    ActionTypeNotFoundException,
    /// `ApprovalAlreadyCompletedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Approval already completed.
    ApprovalAlreadyCompletedException,
    /// `ConcurrentModificationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Concurrent modification.
    ConcurrentModificationException,
    /// `ConcurrentPipelineExecutionsLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Concurrent pipeline executions limit exceeded.
    ConcurrentPipelineExecutionsLimitExceededException,
    /// `ConditionNotOverridableException`: HTTP 400; retry: never; category: invalid_argument.
    /// Condition not overridable.
    ConditionNotOverridableException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `DuplicatedStopRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Duplicated stop request.
    DuplicatedStopRequestException,
    /// `InvalidActionDeclarationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid action declaration.
    InvalidActionDeclarationException,
    /// `InvalidApprovalTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid approval token.
    InvalidApprovalTokenException,
    /// `InvalidArnException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid arn.
    InvalidArnException,
    /// `InvalidBlockerDeclarationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid blocker declaration.
    InvalidBlockerDeclarationException,
    /// `InvalidClientTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid client token.
    InvalidClientTokenException,
    /// `InvalidJobException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid job.
    InvalidJobException,
    /// `InvalidJobStateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid job state.
    InvalidJobStateException,
    /// `InvalidNextTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next token.
    InvalidNextTokenException,
    /// `InvalidNonceException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid nonce.
    InvalidNonceException,
    /// `InvalidStageDeclarationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid stage declaration.
    InvalidStageDeclarationException,
    /// `InvalidStructureException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid structure.
    InvalidStructureException,
    /// `InvalidTagsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tags.
    InvalidTagsException,
    /// `InvalidWebhookAuthenticationParametersException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid webhook authentication parameters.
    InvalidWebhookAuthenticationParametersException,
    /// `InvalidWebhookFilterPatternException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid webhook filter pattern.
    InvalidWebhookFilterPatternException,
    /// `JobNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Job not found.
    JobNotFoundException,
    /// `LimitExceededException`: HTTP 400; retry: backoff; category: resource_exhausted.
    /// Limit exceeded.
    LimitExceededException,
    /// `NotLatestPipelineExecutionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Not latest pipeline execution.
    NotLatestPipelineExecutionException,
    /// `OutputVariablesSizeExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Output variables size exceeded.
    OutputVariablesSizeExceededException,
    /// `PipelineExecutionNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Pipeline execution not found.
    PipelineExecutionNotFoundException,
    /// `PipelineExecutionNotStoppableException`: HTTP 400; retry: never; category: invalid_argument.
    /// Pipeline execution not stoppable.
    PipelineExecutionNotStoppableException,
    /// `PipelineExecutionOutdatedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Pipeline execution outdated.
    PipelineExecutionOutdatedException,
    /// `PipelineNameInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Pipeline name in use.
    PipelineNameInUseException,
    /// `PipelineNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Pipeline not found.
    PipelineNotFoundException,
    /// `PipelineVersionNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Pipeline version not found.
    PipelineVersionNotFoundException,
    /// `RequestFailedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Request failed.
    RequestFailedException,
    /// `ResourceNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource not found.
    ResourceNotFoundException,
    /// `StageNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Stage not found.
    StageNotFoundException,
    /// `StageNotRetryableException`: HTTP 400; retry: never; category: invalid_argument.
    /// Stage not retryable.
    StageNotRetryableException,
    /// `TooManyTagsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTagsException,
    /// `UnableToRollbackStageException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unable to rollback stage.
    UnableToRollbackStageException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// `WebhookNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Webhook not found.
    WebhookNotFoundException,
    /// `ActionExecutionNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Action execution not found.
    ActionExecutionNotFoundException,
    /// `ActionTypeAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Action type already exists.
    ActionTypeAlreadyExistsException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 42] = [
        "ActionNotFoundException",
        "ActionTypeNotFoundException",
        "ApprovalAlreadyCompletedException",
        "ConcurrentModificationException",
        "ConcurrentPipelineExecutionsLimitExceededException",
        "ConditionNotOverridableException",
        "ConflictException",
        "DuplicatedStopRequestException",
        "InvalidActionDeclarationException",
        "InvalidApprovalTokenException",
        "InvalidArnException",
        "InvalidBlockerDeclarationException",
        "InvalidClientTokenException",
        "InvalidJobException",
        "InvalidJobStateException",
        "InvalidNextTokenException",
        "InvalidNonceException",
        "InvalidStageDeclarationException",
        "InvalidStructureException",
        "InvalidTagsException",
        "InvalidWebhookAuthenticationParametersException",
        "InvalidWebhookFilterPatternException",
        "JobNotFoundException",
        "LimitExceededException",
        "NotLatestPipelineExecutionException",
        "OutputVariablesSizeExceededException",
        "PipelineExecutionNotFoundException",
        "PipelineExecutionNotStoppableException",
        "PipelineExecutionOutdatedException",
        "PipelineNameInUseException",
        "PipelineNotFoundException",
        "PipelineVersionNotFoundException",
        "RequestFailedException",
        "ResourceNotFoundException",
        "StageNotFoundException",
        "StageNotRetryableException",
        "TooManyTagsException",
        "UnableToRollbackStageException",
        "ValidationException",
        "WebhookNotFoundException",
        "ActionExecutionNotFoundException",
        "ActionTypeAlreadyExistsException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Action not found.Action type not found.Approval already completed.Concurrent modification.Concurrent pipeline executions limit exceeded.Condition not overridable.The request conflicts with the current state of the resource.Duplicated stop request.Invalid action declaration.Invalid approval token.Invalid arn.Invalid blocker declaration.Invalid client token.Invalid job.Invalid job state.Invalid next token.Invalid nonce.Invalid stage declaration.Invalid structure.Invalid tags.Invalid webhook authentication parameters.Invalid webhook filter pattern.Job not found.Limit exceeded.Not latest pipeline execution.Output variables size exceeded.Pipeline execution not found.Pipeline execution not stoppable.Pipeline execution outdated.Pipeline name in use.Pipeline not found.Pipeline version not found.Request failed.Resource not found.Stage not found.Stage not retryable.Too many tags.Unable to rollback stage.The request failed validation.Webhook not found.Action execution not found.Action type already exists.",
        ends: &[
            0, 17, 39, 66, 90, 136, 162, 223, 247, 274, 297, 309, 337, 358, 370, 388,
            407, 421, 447, 465, 478, 520, 551, 565, 580, 610, 641, 670, 703, 731, 752,
            771, 798, 813, 832, 848, 868, 882, 907, 937, 955, 982, 1009,
        ],
    };
    static STATUSES: [u16; 42] = [
        400, 400, 400, 400, 400, 400, 409, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 43] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
    ];
    static RETRY: [::cloud_errors::Retry; 42] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 42] = ::cloud_errors::__private::category_column(
        b"ccccccjcccccccccccccccchcccccccccccccccccc",
    );
    static PILOTS: [u16; 11] = [36, 0, 11, 0, 1, 11, 32, 13, 65, 10, 8];
    static SLOTS: [(&str, u32); 46] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            5, 2, 37, 6, 34, 41, 25, 4294967295, 19, 7, 39, 35, 28, 12, 16, 4294967295,
            3, 11, 33, 15, 24, 32, 4, 18, 14, 36, 22, 31, 1, 26, 10, 27, 0, 13, 17, 30,
            8, 4294967295, 4294967295, 23, 40, 21, 38, 29, 9, 20,
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
    const PROVIDER: &'static str = "AWS CodePipeline";
    type Envelope = ::cloud_errors::envelopes::AwsCbor;
    /// The retry defaults of AWS CodePipeline's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS CodePipeline: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
