// @generated from catalogs/aws/codecommit.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS CodeCommit: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsJson`](cloud_errors::envelopes::AwsJson) (`aws_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS CodeCommit: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `ActorDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Actor does not exist.
    ActorDoesNotExistException,
    /// `ApprovalRuleContentRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Approval rule content required.
    ApprovalRuleContentRequiredException,
    /// `ApprovalRuleDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Approval rule does not exist.
    ApprovalRuleDoesNotExistException,
    /// `ApprovalRuleNameAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Approval rule name already exists.
    ApprovalRuleNameAlreadyExistsException,
    /// `ApprovalRuleNameRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Approval rule name required.
    ApprovalRuleNameRequiredException,
    /// `ApprovalRuleTemplateContentRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Approval rule template content required.
    ApprovalRuleTemplateContentRequiredException,
    /// `ApprovalRuleTemplateDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Approval rule template does not exist.
    ApprovalRuleTemplateDoesNotExistException,
    /// `ApprovalRuleTemplateInUseException`: HTTP 400; retry: never; category: invalid_argument.
    /// Approval rule template in use.
    ApprovalRuleTemplateInUseException,
    /// `ApprovalRuleTemplateNameAlreadyExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Approval rule template name already exists.
    ApprovalRuleTemplateNameAlreadyExistsException,
    /// `ApprovalRuleTemplateNameRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Approval rule template name required.
    ApprovalRuleTemplateNameRequiredException,
    /// `ApprovalStateRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Approval state required.
    ApprovalStateRequiredException,
    /// `AuthorDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Author does not exist.
    AuthorDoesNotExistException,
    /// `BeforeCommitIdAndAfterCommitIdAreSameException`: HTTP 400; retry: never; category: invalid_argument.
    /// Before commit id and after commit id are same.
    BeforeCommitIdAndAfterCommitIdAreSameException,
    /// `BlobIdDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Blob id does not exist.
    BlobIdDoesNotExistException,
    /// `BlobIdRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Blob id required.
    BlobIdRequiredException,
    /// `BranchDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Branch does not exist.
    BranchDoesNotExistException,
    /// `BranchNameExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Branch name exists.
    BranchNameExistsException,
    /// `BranchNameIsTagNameException`: HTTP 400; retry: never; category: invalid_argument.
    /// Branch name is tag name.
    BranchNameIsTagNameException,
    /// `BranchNameRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Branch name required.
    BranchNameRequiredException,
    /// `CannotDeleteApprovalRuleFromTemplateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cannot delete approval rule from template.
    CannotDeleteApprovalRuleFromTemplateException,
    /// `CannotModifyApprovalRuleFromTemplateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Cannot modify approval rule from template.
    CannotModifyApprovalRuleFromTemplateException,
    /// `ClientRequestTokenRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Client request token required.
    ClientRequestTokenRequiredException,
    /// `CommentContentRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Comment content required.
    CommentContentRequiredException,
    /// `CommentContentSizeLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Comment content size limit exceeded.
    CommentContentSizeLimitExceededException,
    /// `CommentDeletedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Comment deleted.
    CommentDeletedException,
    /// `CommentDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Comment does not exist.
    CommentDoesNotExistException,
    /// `CommentIdRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Comment id required.
    CommentIdRequiredException,
    /// `CommentNotCreatedByCallerException`: HTTP 400; retry: never; category: invalid_argument.
    /// Comment not created by caller.
    CommentNotCreatedByCallerException,
    /// `CommitDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Commit does not exist.
    CommitDoesNotExistException,
    /// `CommitIdDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Commit id does not exist.
    CommitIdDoesNotExistException,
    /// `CommitIdRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Commit id required.
    CommitIdRequiredException,
    /// `CommitIdsLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Commit ids limit exceeded.
    CommitIdsLimitExceededException,
    /// `CommitIdsListRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Commit ids list required.
    CommitIdsListRequiredException,
    /// `CommitMessageLengthExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Commit message length exceeded.
    CommitMessageLengthExceededException,
    /// `CommitRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Commit required.
    CommitRequiredException,
    /// `ConcurrentReferenceUpdateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Concurrent reference update.
    ConcurrentReferenceUpdateException,
    /// `DefaultBranchCannotBeDeletedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Default branch cannot be deleted.
    DefaultBranchCannotBeDeletedException,
    /// `DirectoryNameConflictsWithFileNameException`: HTTP 400; retry: never; category: invalid_argument.
    /// Directory name conflicts with file name.
    DirectoryNameConflictsWithFileNameException,
    /// `EncryptionIntegrityChecksFailedException`: HTTP 500; retry: backoff; category: internal.
    /// Encryption integrity checks failed.
    EncryptionIntegrityChecksFailedException,
    /// `EncryptionKeyAccessDeniedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Encryption key access denied.
    EncryptionKeyAccessDeniedException,
    /// `EncryptionKeyDisabledException`: HTTP 400; retry: never; category: invalid_argument.
    /// Encryption key disabled.
    EncryptionKeyDisabledException,
    /// `EncryptionKeyInvalidIdException`: HTTP 400; retry: never; category: invalid_argument.
    /// Encryption key invalid id.
    EncryptionKeyInvalidIdException,
    /// `EncryptionKeyInvalidUsageException`: HTTP 400; retry: never; category: invalid_argument.
    /// Encryption key invalid usage.
    EncryptionKeyInvalidUsageException,
    /// `EncryptionKeyNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Encryption key not found.
    EncryptionKeyNotFoundException,
    /// `EncryptionKeyRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Encryption key required.
    EncryptionKeyRequiredException,
    /// `EncryptionKeyUnavailableException`: HTTP 400; retry: never; category: invalid_argument.
    /// Encryption key unavailable.
    EncryptionKeyUnavailableException,
    /// `FileContentAndSourceFileSpecifiedException`: HTTP 400; retry: never; category: invalid_argument.
    /// File content and source file specified.
    FileContentAndSourceFileSpecifiedException,
    /// `FileContentRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// File content required.
    FileContentRequiredException,
    /// `FileContentSizeLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// File content size limit exceeded.
    FileContentSizeLimitExceededException,
    /// `FileDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// File does not exist.
    FileDoesNotExistException,
    /// `FileEntryRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// File entry required.
    FileEntryRequiredException,
    /// `FileModeRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// File mode required.
    FileModeRequiredException,
    /// `FileNameConflictsWithDirectoryNameException`: HTTP 400; retry: never; category: invalid_argument.
    /// File name conflicts with directory name.
    FileNameConflictsWithDirectoryNameException,
    /// `FilePathConflictsWithSubmodulePathException`: HTTP 400; retry: never; category: invalid_argument.
    /// File path conflicts with submodule path.
    FilePathConflictsWithSubmodulePathException,
    /// `FileTooLargeException`: HTTP 400; retry: never; category: invalid_argument.
    /// File too large.
    FileTooLargeException,
    /// `FolderContentSizeLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Folder content size limit exceeded.
    FolderContentSizeLimitExceededException,
    /// `FolderDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Folder does not exist.
    FolderDoesNotExistException,
    /// `IdempotencyParameterMismatchException`: HTTP 400; retry: never; category: invalid_argument.
    /// Idempotency parameter mismatch.
    IdempotencyParameterMismatchException,
    /// `InvalidActorArnException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid actor arn.
    InvalidActorArnException,
    /// `InvalidApprovalRuleContentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid approval rule content.
    InvalidApprovalRuleContentException,
    /// `InvalidApprovalRuleNameException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid approval rule name.
    InvalidApprovalRuleNameException,
    /// `InvalidApprovalRuleTemplateContentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid approval rule template content.
    InvalidApprovalRuleTemplateContentException,
    /// `InvalidApprovalRuleTemplateDescriptionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid approval rule template description.
    InvalidApprovalRuleTemplateDescriptionException,
    /// `InvalidApprovalRuleTemplateNameException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid approval rule template name.
    InvalidApprovalRuleTemplateNameException,
    /// `InvalidApprovalStateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid approval state.
    InvalidApprovalStateException,
    /// `InvalidAuthorArnException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid author arn.
    InvalidAuthorArnException,
    /// `InvalidBlobIdException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid blob id.
    InvalidBlobIdException,
    /// `InvalidBranchNameException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid branch name.
    InvalidBranchNameException,
    /// `InvalidClientRequestTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid client request token.
    InvalidClientRequestTokenException,
    /// `InvalidCommentIdException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid comment id.
    InvalidCommentIdException,
    /// `InvalidCommitException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid commit.
    InvalidCommitException,
    /// `InvalidCommitIdException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid commit id.
    InvalidCommitIdException,
    /// `InvalidConflictDetailLevelException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid conflict detail level.
    InvalidConflictDetailLevelException,
    /// `InvalidConflictResolutionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid conflict resolution.
    InvalidConflictResolutionException,
    /// `InvalidConflictResolutionStrategyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid conflict resolution strategy.
    InvalidConflictResolutionStrategyException,
    /// `InvalidContinuationTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid continuation token.
    InvalidContinuationTokenException,
    /// `InvalidDeletionParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid deletion parameter.
    InvalidDeletionParameterException,
    /// `InvalidDescriptionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid description.
    InvalidDescriptionException,
    /// `InvalidDestinationCommitSpecifierException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid destination commit specifier.
    InvalidDestinationCommitSpecifierException,
    /// `InvalidEmailException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid email.
    InvalidEmailException,
    /// `InvalidFileLocationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid file location.
    InvalidFileLocationException,
    /// `InvalidFileModeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid file mode.
    InvalidFileModeException,
    /// `InvalidFilePositionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid file position.
    InvalidFilePositionException,
    /// `InvalidMaxConflictFilesException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid max conflict files.
    InvalidMaxConflictFilesException,
    /// `InvalidMaxMergeHunksException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid max merge hunks.
    InvalidMaxMergeHunksException,
    /// `InvalidMaxResultsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid max results.
    InvalidMaxResultsException,
    /// `InvalidMergeOptionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid merge option.
    InvalidMergeOptionException,
    /// `InvalidOrderException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid order.
    InvalidOrderException,
    /// `InvalidOverrideStatusException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid override status.
    InvalidOverrideStatusException,
    /// `InvalidParentCommitIdException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parent commit id.
    InvalidParentCommitIdException,
    /// `InvalidPathException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid path.
    InvalidPathException,
    /// `InvalidPullRequestEventTypeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pull request event type.
    InvalidPullRequestEventTypeException,
    /// `InvalidPullRequestIdException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pull request id.
    InvalidPullRequestIdException,
    /// `InvalidPullRequestStatusException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pull request status.
    InvalidPullRequestStatusException,
    /// `InvalidPullRequestStatusUpdateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid pull request status update.
    InvalidPullRequestStatusUpdateException,
    /// `InvalidReactionUserArnException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid reaction user arn.
    InvalidReactionUserArnException,
    /// `InvalidReactionValueException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid reaction value.
    InvalidReactionValueException,
    /// `InvalidReferenceNameException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid reference name.
    InvalidReferenceNameException,
    /// `InvalidRelativeFileVersionEnumException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid relative file version enum.
    InvalidRelativeFileVersionEnumException,
    /// `InvalidReplacementContentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid replacement content.
    InvalidReplacementContentException,
    /// `InvalidReplacementTypeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid replacement type.
    InvalidReplacementTypeException,
    /// `InvalidRepositoryDescriptionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid repository description.
    InvalidRepositoryDescriptionException,
    /// `InvalidRepositoryNameException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid repository name.
    InvalidRepositoryNameException,
    /// `InvalidRepositoryTriggerBranchNameException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid repository trigger branch name.
    InvalidRepositoryTriggerBranchNameException,
    /// `InvalidRepositoryTriggerCustomDataException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid repository trigger custom data.
    InvalidRepositoryTriggerCustomDataException,
    /// `InvalidRepositoryTriggerDestinationArnException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid repository trigger destination arn.
    InvalidRepositoryTriggerDestinationArnException,
    /// `InvalidRepositoryTriggerEventsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid repository trigger events.
    InvalidRepositoryTriggerEventsException,
    /// `InvalidRepositoryTriggerNameException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid repository trigger name.
    InvalidRepositoryTriggerNameException,
    /// `InvalidRepositoryTriggerRegionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid repository trigger region.
    InvalidRepositoryTriggerRegionException,
    /// `InvalidResourceArnException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource arn.
    InvalidResourceArnException,
    /// `InvalidRevisionIdException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid revision id.
    InvalidRevisionIdException,
    /// `InvalidRuleContentSha256Exception`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid rule content sha256.
    InvalidRuleContentSha256Exception,
    /// `InvalidSortByException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid sort by.
    InvalidSortByException,
    /// `InvalidSourceCommitSpecifierException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid source commit specifier.
    InvalidSourceCommitSpecifierException,
    /// `InvalidSystemTagUsageException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid system tag usage.
    InvalidSystemTagUsageException,
    /// `InvalidTagKeysListException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tag keys list.
    InvalidTagKeysListException,
    /// `InvalidTagsMapException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid tags map.
    InvalidTagsMapException,
    /// `InvalidTargetBranchException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid target branch.
    InvalidTargetBranchException,
    /// `InvalidTargetException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid target.
    InvalidTargetException,
    /// `InvalidTargetsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid targets.
    InvalidTargetsException,
    /// `InvalidTitleException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid title.
    InvalidTitleException,
    /// `ManualMergeRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Manual merge required.
    ManualMergeRequiredException,
    /// `MaximumBranchesExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Maximum branches exceeded.
    MaximumBranchesExceededException,
    /// `MaximumConflictResolutionEntriesExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Maximum conflict resolution entries exceeded.
    MaximumConflictResolutionEntriesExceededException,
    /// `MaximumFileContentToLoadExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Maximum file content to load exceeded.
    MaximumFileContentToLoadExceededException,
    /// `MaximumFileEntriesExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Maximum file entries exceeded.
    MaximumFileEntriesExceededException,
    /// `MaximumItemsToCompareExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Maximum items to compare exceeded.
    MaximumItemsToCompareExceededException,
    /// `MaximumNumberOfApprovalsExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Maximum number of approvals exceeded.
    MaximumNumberOfApprovalsExceededException,
    /// `MaximumOpenPullRequestsExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Maximum open pull requests exceeded.
    MaximumOpenPullRequestsExceededException,
    /// `MaximumRepositoryNamesExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Maximum repository names exceeded.
    MaximumRepositoryNamesExceededException,
    /// `MaximumRepositoryTriggersExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Maximum repository triggers exceeded.
    MaximumRepositoryTriggersExceededException,
    /// `MaximumRuleTemplatesAssociatedWithRepositoryException`: HTTP 400; retry: never; category: invalid_argument.
    /// Maximum rule templates associated with repository.
    MaximumRuleTemplatesAssociatedWithRepositoryException,
    /// `MergeOptionRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Merge option required.
    MergeOptionRequiredException,
    /// `MultipleConflictResolutionEntriesException`: HTTP 400; retry: never; category: invalid_argument.
    /// Multiple conflict resolution entries.
    MultipleConflictResolutionEntriesException,
    /// `MultipleRepositoriesInPullRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Multiple repositories in pull request.
    MultipleRepositoriesInPullRequestException,
    /// `NameLengthExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Name length exceeded.
    NameLengthExceededException,
    /// `NoChangeException`: HTTP 400; retry: never; category: invalid_argument.
    /// No change.
    NoChangeException,
    /// `NumberOfRuleTemplatesExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Number of rule templates exceeded.
    NumberOfRuleTemplatesExceededException,
    /// `NumberOfRulesExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Number of rules exceeded.
    NumberOfRulesExceededException,
    /// `OperationNotAllowedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation not allowed.
    OperationNotAllowedException,
    /// `OverrideAlreadySetException`: HTTP 400; retry: never; category: invalid_argument.
    /// Override already set.
    OverrideAlreadySetException,
    /// `OverrideStatusRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Override status required.
    OverrideStatusRequiredException,
    /// `ParentCommitDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Parent commit does not exist.
    ParentCommitDoesNotExistException,
    /// `ParentCommitIdOutdatedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Parent commit id outdated.
    ParentCommitIdOutdatedException,
    /// `ParentCommitIdRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Parent commit id required.
    ParentCommitIdRequiredException,
    /// `PathDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Path does not exist.
    PathDoesNotExistException,
    /// `PathRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Path required.
    PathRequiredException,
    /// `PullRequestAlreadyClosedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Pull request already closed.
    PullRequestAlreadyClosedException,
    /// `PullRequestApprovalRulesNotSatisfiedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Pull request approval rules not satisfied.
    PullRequestApprovalRulesNotSatisfiedException,
    /// `PullRequestCannotBeApprovedByAuthorException`: HTTP 400; retry: never; category: invalid_argument.
    /// Pull request cannot be approved by author.
    PullRequestCannotBeApprovedByAuthorException,
    /// `PullRequestDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Pull request does not exist.
    PullRequestDoesNotExistException,
    /// `PullRequestIdRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Pull request id required.
    PullRequestIdRequiredException,
    /// `PullRequestStatusRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Pull request status required.
    PullRequestStatusRequiredException,
    /// `PutFileEntryConflictException`: HTTP 400; retry: never; category: invalid_argument.
    /// Put file entry conflict.
    PutFileEntryConflictException,
    /// `ReactionLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Reaction limit exceeded.
    ReactionLimitExceededException,
    /// `ReactionValueRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Reaction value required.
    ReactionValueRequiredException,
    /// `ReferenceDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Reference does not exist.
    ReferenceDoesNotExistException,
    /// `ReferenceNameRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Reference name required.
    ReferenceNameRequiredException,
    /// `ReferenceTypeNotSupportedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Reference type not supported.
    ReferenceTypeNotSupportedException,
    /// `ReplacementContentRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Replacement content required.
    ReplacementContentRequiredException,
    /// `ReplacementTypeRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Replacement type required.
    ReplacementTypeRequiredException,
    /// `RepositoryDoesNotExistException`: HTTP 400; retry: never; category: invalid_argument.
    /// Repository does not exist.
    RepositoryDoesNotExistException,
    /// `RepositoryLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Repository limit exceeded.
    RepositoryLimitExceededException,
    /// `RepositoryNameExistsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Repository name exists.
    RepositoryNameExistsException,
    /// `RepositoryNameRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Repository name required.
    RepositoryNameRequiredException,
    /// `RepositoryNamesRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Repository names required.
    RepositoryNamesRequiredException,
    /// `RepositoryNotAssociatedWithPullRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Repository not associated with pull request.
    RepositoryNotAssociatedWithPullRequestException,
    /// `RepositoryTriggerBranchNameListRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Repository trigger branch name list required.
    RepositoryTriggerBranchNameListRequiredException,
    /// `RepositoryTriggerDestinationArnRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Repository trigger destination arn required.
    RepositoryTriggerDestinationArnRequiredException,
    /// `RepositoryTriggerEventsListRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Repository trigger events list required.
    RepositoryTriggerEventsListRequiredException,
    /// `RepositoryTriggerNameRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Repository trigger name required.
    RepositoryTriggerNameRequiredException,
    /// `RepositoryTriggersListRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Repository triggers list required.
    RepositoryTriggersListRequiredException,
    /// `ResourceArnRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource arn required.
    ResourceArnRequiredException,
    /// `RestrictedSourceFileException`: HTTP 400; retry: never; category: invalid_argument.
    /// Restricted source file.
    RestrictedSourceFileException,
    /// `RevisionIdRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Revision id required.
    RevisionIdRequiredException,
    /// `RevisionNotCurrentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Revision not current.
    RevisionNotCurrentException,
    /// `SameFileContentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Same file content.
    SameFileContentException,
    /// `SamePathRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Same path request.
    SamePathRequestException,
    /// `SourceAndDestinationAreSameException`: HTTP 400; retry: never; category: invalid_argument.
    /// Source and destination are same.
    SourceAndDestinationAreSameException,
    /// `SourceFileOrContentRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Source file or content required.
    SourceFileOrContentRequiredException,
    /// `TagKeysListRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag keys list required.
    TagKeysListRequiredException,
    /// `TagPolicyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag policy.
    TagPolicyException,
    /// `TagsMapRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Tags map required.
    TagsMapRequiredException,
    /// `TargetRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Target required.
    TargetRequiredException,
    /// `TargetsRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Targets required.
    TargetsRequiredException,
    /// `TipOfSourceReferenceIsDifferentException`: HTTP 400; retry: never; category: invalid_argument.
    /// Tip of source reference is different.
    TipOfSourceReferenceIsDifferentException,
    /// `TipsDivergenceExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Tips divergence exceeded.
    TipsDivergenceExceededException,
    /// `TitleRequiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Title required.
    TitleRequiredException,
    /// `TooManyTagsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Too many tags.
    TooManyTagsException,
    /// `ValidationException`: HTTP 400; retry: never; category: invalid_argument.
    /// The request failed validation.
    ValidationException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 190] = [
        "ActorDoesNotExistException",
        "ApprovalRuleContentRequiredException",
        "ApprovalRuleDoesNotExistException",
        "ApprovalRuleNameAlreadyExistsException",
        "ApprovalRuleNameRequiredException",
        "ApprovalRuleTemplateContentRequiredException",
        "ApprovalRuleTemplateDoesNotExistException",
        "ApprovalRuleTemplateInUseException",
        "ApprovalRuleTemplateNameAlreadyExistsException",
        "ApprovalRuleTemplateNameRequiredException",
        "ApprovalStateRequiredException",
        "AuthorDoesNotExistException",
        "BeforeCommitIdAndAfterCommitIdAreSameException",
        "BlobIdDoesNotExistException",
        "BlobIdRequiredException",
        "BranchDoesNotExistException",
        "BranchNameExistsException",
        "BranchNameIsTagNameException",
        "BranchNameRequiredException",
        "CannotDeleteApprovalRuleFromTemplateException",
        "CannotModifyApprovalRuleFromTemplateException",
        "ClientRequestTokenRequiredException",
        "CommentContentRequiredException",
        "CommentContentSizeLimitExceededException",
        "CommentDeletedException",
        "CommentDoesNotExistException",
        "CommentIdRequiredException",
        "CommentNotCreatedByCallerException",
        "CommitDoesNotExistException",
        "CommitIdDoesNotExistException",
        "CommitIdRequiredException",
        "CommitIdsLimitExceededException",
        "CommitIdsListRequiredException",
        "CommitMessageLengthExceededException",
        "CommitRequiredException",
        "ConcurrentReferenceUpdateException",
        "DefaultBranchCannotBeDeletedException",
        "DirectoryNameConflictsWithFileNameException",
        "EncryptionIntegrityChecksFailedException",
        "EncryptionKeyAccessDeniedException",
        "EncryptionKeyDisabledException",
        "EncryptionKeyInvalidIdException",
        "EncryptionKeyInvalidUsageException",
        "EncryptionKeyNotFoundException",
        "EncryptionKeyRequiredException",
        "EncryptionKeyUnavailableException",
        "FileContentAndSourceFileSpecifiedException",
        "FileContentRequiredException",
        "FileContentSizeLimitExceededException",
        "FileDoesNotExistException",
        "FileEntryRequiredException",
        "FileModeRequiredException",
        "FileNameConflictsWithDirectoryNameException",
        "FilePathConflictsWithSubmodulePathException",
        "FileTooLargeException",
        "FolderContentSizeLimitExceededException",
        "FolderDoesNotExistException",
        "IdempotencyParameterMismatchException",
        "InvalidActorArnException",
        "InvalidApprovalRuleContentException",
        "InvalidApprovalRuleNameException",
        "InvalidApprovalRuleTemplateContentException",
        "InvalidApprovalRuleTemplateDescriptionException",
        "InvalidApprovalRuleTemplateNameException",
        "InvalidApprovalStateException",
        "InvalidAuthorArnException",
        "InvalidBlobIdException",
        "InvalidBranchNameException",
        "InvalidClientRequestTokenException",
        "InvalidCommentIdException",
        "InvalidCommitException",
        "InvalidCommitIdException",
        "InvalidConflictDetailLevelException",
        "InvalidConflictResolutionException",
        "InvalidConflictResolutionStrategyException",
        "InvalidContinuationTokenException",
        "InvalidDeletionParameterException",
        "InvalidDescriptionException",
        "InvalidDestinationCommitSpecifierException",
        "InvalidEmailException",
        "InvalidFileLocationException",
        "InvalidFileModeException",
        "InvalidFilePositionException",
        "InvalidMaxConflictFilesException",
        "InvalidMaxMergeHunksException",
        "InvalidMaxResultsException",
        "InvalidMergeOptionException",
        "InvalidOrderException",
        "InvalidOverrideStatusException",
        "InvalidParentCommitIdException",
        "InvalidPathException",
        "InvalidPullRequestEventTypeException",
        "InvalidPullRequestIdException",
        "InvalidPullRequestStatusException",
        "InvalidPullRequestStatusUpdateException",
        "InvalidReactionUserArnException",
        "InvalidReactionValueException",
        "InvalidReferenceNameException",
        "InvalidRelativeFileVersionEnumException",
        "InvalidReplacementContentException",
        "InvalidReplacementTypeException",
        "InvalidRepositoryDescriptionException",
        "InvalidRepositoryNameException",
        "InvalidRepositoryTriggerBranchNameException",
        "InvalidRepositoryTriggerCustomDataException",
        "InvalidRepositoryTriggerDestinationArnException",
        "InvalidRepositoryTriggerEventsException",
        "InvalidRepositoryTriggerNameException",
        "InvalidRepositoryTriggerRegionException",
        "InvalidResourceArnException",
        "InvalidRevisionIdException",
        "InvalidRuleContentSha256Exception",
        "InvalidSortByException",
        "InvalidSourceCommitSpecifierException",
        "InvalidSystemTagUsageException",
        "InvalidTagKeysListException",
        "InvalidTagsMapException",
        "InvalidTargetBranchException",
        "InvalidTargetException",
        "InvalidTargetsException",
        "InvalidTitleException",
        "ManualMergeRequiredException",
        "MaximumBranchesExceededException",
        "MaximumConflictResolutionEntriesExceededException",
        "MaximumFileContentToLoadExceededException",
        "MaximumFileEntriesExceededException",
        "MaximumItemsToCompareExceededException",
        "MaximumNumberOfApprovalsExceededException",
        "MaximumOpenPullRequestsExceededException",
        "MaximumRepositoryNamesExceededException",
        "MaximumRepositoryTriggersExceededException",
        "MaximumRuleTemplatesAssociatedWithRepositoryException",
        "MergeOptionRequiredException",
        "MultipleConflictResolutionEntriesException",
        "MultipleRepositoriesInPullRequestException",
        "NameLengthExceededException",
        "NoChangeException",
        "NumberOfRuleTemplatesExceededException",
        "NumberOfRulesExceededException",
        "OperationNotAllowedException",
        "OverrideAlreadySetException",
        "OverrideStatusRequiredException",
        "ParentCommitDoesNotExistException",
        "ParentCommitIdOutdatedException",
        "ParentCommitIdRequiredException",
        "PathDoesNotExistException",
        "PathRequiredException",
        "PullRequestAlreadyClosedException",
        "PullRequestApprovalRulesNotSatisfiedException",
        "PullRequestCannotBeApprovedByAuthorException",
        "PullRequestDoesNotExistException",
        "PullRequestIdRequiredException",
        "PullRequestStatusRequiredException",
        "PutFileEntryConflictException",
        "ReactionLimitExceededException",
        "ReactionValueRequiredException",
        "ReferenceDoesNotExistException",
        "ReferenceNameRequiredException",
        "ReferenceTypeNotSupportedException",
        "ReplacementContentRequiredException",
        "ReplacementTypeRequiredException",
        "RepositoryDoesNotExistException",
        "RepositoryLimitExceededException",
        "RepositoryNameExistsException",
        "RepositoryNameRequiredException",
        "RepositoryNamesRequiredException",
        "RepositoryNotAssociatedWithPullRequestException",
        "RepositoryTriggerBranchNameListRequiredException",
        "RepositoryTriggerDestinationArnRequiredException",
        "RepositoryTriggerEventsListRequiredException",
        "RepositoryTriggerNameRequiredException",
        "RepositoryTriggersListRequiredException",
        "ResourceArnRequiredException",
        "RestrictedSourceFileException",
        "RevisionIdRequiredException",
        "RevisionNotCurrentException",
        "SameFileContentException",
        "SamePathRequestException",
        "SourceAndDestinationAreSameException",
        "SourceFileOrContentRequiredException",
        "TagKeysListRequiredException",
        "TagPolicyException",
        "TagsMapRequiredException",
        "TargetRequiredException",
        "TargetsRequiredException",
        "TipOfSourceReferenceIsDifferentException",
        "TipsDivergenceExceededException",
        "TitleRequiredException",
        "TooManyTagsException",
        "ValidationException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Actor does not exist.Approval rule content required.Approval rule does not exist.Approval rule name already exists.Approval rule name required.Approval rule template content required.Approval rule template does not exist.Approval rule template in use.Approval rule template name already exists.Approval rule template name required.Approval state required.Author does not exist.Before commit id and after commit id are same.Blob id does not exist.Blob id required.Branch does not exist.Branch name exists.Branch name is tag name.Branch name required.Cannot delete approval rule from template.Cannot modify approval rule from template.Client request token required.Comment content required.Comment content size limit exceeded.Comment deleted.Comment does not exist.Comment id required.Comment not created by caller.Commit does not exist.Commit id does not exist.Commit id required.Commit ids limit exceeded.Commit ids list required.Commit message length exceeded.Commit required.Concurrent reference update.Default branch cannot be deleted.Directory name conflicts with file name.Encryption integrity checks failed.Encryption key access denied.Encryption key disabled.Encryption key invalid id.Encryption key invalid usage.Encryption key not found.Encryption key required.Encryption key unavailable.File content and source file specified.File content required.File content size limit exceeded.File does not exist.File entry required.File mode required.File name conflicts with directory name.File path conflicts with submodule path.File too large.Folder content size limit exceeded.Folder does not exist.Idempotency parameter mismatch.Invalid actor arn.Invalid approval rule content.Invalid approval rule name.Invalid approval rule template content.Invalid approval rule template description.Invalid approval rule template name.Invalid approval state.Invalid author arn.Invalid blob id.Invalid branch name.Invalid client request token.Invalid comment id.Invalid commit.Invalid commit id.Invalid conflict detail level.Invalid conflict resolution.Invalid conflict resolution strategy.Invalid continuation token.Invalid deletion parameter.Invalid description.Invalid destination commit specifier.Invalid email.Invalid file location.Invalid file mode.Invalid file position.Invalid max conflict files.Invalid max merge hunks.Invalid max results.Invalid merge option.Invalid order.Invalid override status.Invalid parent commit id.Invalid path.Invalid pull request event type.Invalid pull request id.Invalid pull request status.Invalid pull request status update.Invalid reaction user arn.Invalid reaction value.Invalid reference name.Invalid relative file version enum.Invalid replacement content.Invalid replacement type.Invalid repository description.Invalid repository name.Invalid repository trigger branch name.Invalid repository trigger custom data.Invalid repository trigger destination arn.Invalid repository trigger events.Invalid repository trigger name.Invalid repository trigger region.Invalid resource arn.Invalid revision id.Invalid rule content sha256.Invalid sort by.Invalid source commit specifier.Invalid system tag usage.Invalid tag keys list.Invalid tags map.Invalid target branch.Invalid target.Invalid targets.Invalid title.Manual merge required.Maximum branches exceeded.Maximum conflict resolution entries exceeded.Maximum file content to load exceeded.Maximum file entries exceeded.Maximum items to compare exceeded.Maximum number of approvals exceeded.Maximum open pull requests exceeded.Maximum repository names exceeded.Maximum repository triggers exceeded.Maximum rule templates associated with repository.Merge option required.Multiple conflict resolution entries.Multiple repositories in pull request.Name length exceeded.No change.Number of rule templates exceeded.Number of rules exceeded.Operation not allowed.Override already set.Override status required.Parent commit does not exist.Parent commit id outdated.Parent commit id required.Path does not exist.Path required.Pull request already closed.Pull request approval rules not satisfied.Pull request cannot be approved by author.Pull request does not exist.Pull request id required.Pull request status required.Put file entry conflict.Reaction limit exceeded.Reaction value required.Reference does not exist.Reference name required.Reference type not supported.Replacement content required.Replacement type required.Repository does not exist.Repository limit exceeded.Repository name exists.Repository name required.Repository names required.Repository not associated with pull request.Repository trigger branch name list required.Repository trigger destination arn required.Repository trigger events list required.Repository trigger name required.Repository triggers list required.Resource arn required.Restricted source file.Revision id required.Revision not current.Same file content.Same path request.Source and destination are same.Source file or content required.Tag keys list required.Tag policy.Tags map required.Target required.Targets required.Tip of source reference is different.Tips divergence exceeded.Title required.Too many tags.The request failed validation.",
        ends: &[
            0, 21, 52, 81, 115, 143, 183, 221, 251, 294, 331, 355, 377, 423, 446, 463,
            485, 504, 528, 549, 591, 633, 663, 688, 724, 740, 763, 783, 813, 835, 860,
            879, 905, 930, 961, 977, 1005, 1038, 1078, 1113, 1142, 1166, 1192, 1221,
            1246, 1270, 1297, 1336, 1358, 1391, 1411, 1431, 1450, 1490, 1530, 1545, 1580,
            1602, 1633, 1651, 1681, 1708, 1747, 1790, 1826, 1849, 1868, 1884, 1904, 1933,
            1952, 1967, 1985, 2015, 2043, 2080, 2107, 2134, 2154, 2191, 2205, 2227, 2245,
            2267, 2294, 2318, 2338, 2359, 2373, 2397, 2422, 2435, 2467, 2491, 2519, 2554,
            2580, 2603, 2626, 2661, 2689, 2714, 2745, 2769, 2808, 2847, 2890, 2924, 2956,
            2990, 3011, 3031, 3059, 3075, 3107, 3132, 3154, 3171, 3193, 3208, 3224, 3238,
            3260, 3286, 3331, 3369, 3399, 3433, 3470, 3506, 3540, 3577, 3627, 3649, 3686,
            3724, 3745, 3755, 3789, 3814, 3836, 3857, 3882, 3911, 3937, 3963, 3983, 3997,
            4025, 4067, 4109, 4137, 4162, 4191, 4215, 4239, 4263, 4288, 4312, 4341, 4370,
            4396, 4422, 4448, 4471, 4496, 4522, 4566, 4611, 4655, 4695, 4728, 4762, 4784,
            4807, 4828, 4849, 4867, 4885, 4917, 4949, 4972, 4983, 5001, 5017, 5034, 5071,
            5096, 5111, 5125, 5155,
        ],
    };
    static STATUSES: [u16; 190] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 500, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400,
    ];
    static STATUS_ENDS: [u32; 191] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
        43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62,
        63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
        83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101,
        102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117,
        118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133,
        134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149,
        150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165,
        166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181,
        182, 183, 184, 185, 186, 187, 188, 189, 190,
    ];
    static RETRY: [::cloud_errors::Retry; 190] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 190] = ::cloud_errors::__private::category_column(
        b"ccccccccccccccccccccccccccccccccccccccmccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc",
    );
    static PILOTS: [u16; 48] = [
        104, 43, 34, 3, 36, 31, 0, 13, 3, 20, 1, 7, 0, 18, 14, 0, 0, 5, 129, 38, 60, 20,
        14, 0, 274, 2, 1, 6, 0, 20, 0, 24, 6, 4, 59, 115, 2, 225, 33, 65, 250, 192, 10,
        0, 20, 0, 22, 552,
    ];
    static SLOTS: [(&str, u32); 211] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            66, 60, 174, 4294967295, 22, 4294967295, 77, 4294967295, 178, 163, 88, 158,
            103, 55, 157, 113, 107, 15, 26, 65, 98, 13, 41, 18, 108, 114, 133, 53, 106,
            154, 147, 4294967295, 119, 49, 63, 164, 87, 4294967295, 19, 136, 38,
            4294967295, 21, 140, 176, 4294967295, 30, 4294967295, 134, 160, 8, 109, 142,
            58, 89, 32, 62, 128, 70, 100, 68, 4294967295, 138, 72, 171, 81, 94, 146, 9,
            126, 4, 179, 3, 118, 145, 104, 23, 2, 166, 168, 91, 17, 25, 172, 50, 35, 152,
            84, 28, 135, 183, 86, 165, 12, 182, 4294967295, 51, 115, 189, 110, 97, 57,
            102, 4294967295, 11, 43, 27, 122, 150, 42, 85, 37, 120, 96, 45, 59, 101, 173,
            117, 52, 124, 132, 33, 188, 67, 47, 20, 34, 4294967295, 29, 130, 36, 6, 46,
            181, 71, 186, 44, 149, 170, 123, 75, 78, 4294967295, 129, 16, 83, 64, 105,
            76, 1, 155, 4294967295, 175, 4294967295, 95, 4294967295, 4294967295, 40,
            4294967295, 39, 0, 73, 116, 143, 131, 82, 69, 148, 5, 54, 111, 4294967295,
            24, 56, 153, 7, 162, 48, 90, 151, 31, 185, 79, 137, 139, 156, 125, 167, 10,
            92, 4294967295, 4294967295, 180, 14, 127, 61, 161, 93, 184, 187, 80, 74, 99,
            169, 141, 177, 159, 144, 121, 112,
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
    const PROVIDER: &'static str = "AWS CodeCommit";
    type Envelope = ::cloud_errors::envelopes::AwsJson;
    /// The retry defaults of AWS CodeCommit's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS CodeCommit: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
