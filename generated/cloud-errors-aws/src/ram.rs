// @generated from catalogs/aws/ram.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS RAM: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS RAM: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `IdempotentParameterMismatchException`: HTTP 400; retry: never; category: invalid_argument.
    /// Idempotent parameter mismatch.
    IdempotentParameterMismatchException,
    /// `InvalidClientTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid client token.
    InvalidClientTokenException,
    /// `InvalidMaxResultsException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid max results.
    InvalidMaxResultsException,
    /// `InvalidNextTokenException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid next token.
    InvalidNextTokenException,
    /// `InvalidParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid parameter.
    InvalidParameterException,
    /// `InvalidPolicyException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid policy.
    InvalidPolicyException,
    /// `InvalidResourceTypeException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid resource type.
    InvalidResourceTypeException,
    /// `InvalidStateTransitionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid state transition.
    InvalidStateTransitionException,
    /// `MalformedArnException`: HTTP 400; retry: never; category: invalid_argument.
    /// Malformed arn.
    MalformedArnException,
    /// `MalformedPolicyTemplateException`: HTTP 400; retry: never; category: invalid_argument.
    /// Malformed policy template.
    MalformedPolicyTemplateException,
    /// `MissingRequiredParameterException`: HTTP 400; retry: never; category: invalid_argument.
    /// Missing required parameter.
    MissingRequiredParameterException,
    /// `OperationNotPermittedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Operation not permitted.
    OperationNotPermittedException,
    /// `PermissionAlreadyExistsException`: HTTP 409; retry: never; category: aborted.
    /// Permission already exists.
    PermissionAlreadyExistsException,
    /// `PermissionLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Permission limit exceeded.
    PermissionLimitExceededException,
    /// `PermissionVersionsLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Permission versions limit exceeded.
    PermissionVersionsLimitExceededException,
    /// `ResourceArnNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource arn not found.
    ResourceArnNotFoundException,
    /// `ResourceShareInvitationAlreadyAcceptedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource share invitation already accepted.
    ResourceShareInvitationAlreadyAcceptedException,
    /// `ResourceShareInvitationAlreadyRejectedException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource share invitation already rejected.
    ResourceShareInvitationAlreadyRejectedException,
    /// `ResourceShareInvitationArnNotFoundException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource share invitation arn not found.
    ResourceShareInvitationArnNotFoundException,
    /// `ResourceShareInvitationExpiredException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource share invitation expired.
    ResourceShareInvitationExpiredException,
    /// `ResourceShareLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Resource share limit exceeded.
    ResourceShareLimitExceededException,
    /// `ServerInternalException`: HTTP 500; retry: backoff; category: internal.
    /// Server internal.
    ServerInternalException,
    /// `ServiceUnavailableException`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailableException,
    /// `TagLimitExceededException`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag limit exceeded.
    TagLimitExceededException,
    /// `TagPolicyViolationException`: HTTP 400; retry: never; category: invalid_argument.
    /// Tag policy violation.
    TagPolicyViolationException,
    /// `ThrottlingException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// The request was throttled.
    ThrottlingException,
    /// `UnknownResourceException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unknown resource.
    UnknownResourceException,
    /// `UnmatchedPolicyPermissionException`: HTTP 400; retry: never; category: invalid_argument.
    /// Unmatched policy permission.
    UnmatchedPolicyPermissionException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 28] = [
        "IdempotentParameterMismatchException",
        "InvalidClientTokenException",
        "InvalidMaxResultsException",
        "InvalidNextTokenException",
        "InvalidParameterException",
        "InvalidPolicyException",
        "InvalidResourceTypeException",
        "InvalidStateTransitionException",
        "MalformedArnException",
        "MalformedPolicyTemplateException",
        "MissingRequiredParameterException",
        "OperationNotPermittedException",
        "PermissionAlreadyExistsException",
        "PermissionLimitExceededException",
        "PermissionVersionsLimitExceededException",
        "ResourceArnNotFoundException",
        "ResourceShareInvitationAlreadyAcceptedException",
        "ResourceShareInvitationAlreadyRejectedException",
        "ResourceShareInvitationArnNotFoundException",
        "ResourceShareInvitationExpiredException",
        "ResourceShareLimitExceededException",
        "ServerInternalException",
        "ServiceUnavailableException",
        "TagLimitExceededException",
        "TagPolicyViolationException",
        "ThrottlingException",
        "UnknownResourceException",
        "UnmatchedPolicyPermissionException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Idempotent parameter mismatch.Invalid client token.Invalid max results.Invalid next token.Invalid parameter.Invalid policy.Invalid resource type.Invalid state transition.Malformed arn.Malformed policy template.Missing required parameter.Operation not permitted.Permission already exists.Permission limit exceeded.Permission versions limit exceeded.Resource arn not found.Resource share invitation already accepted.Resource share invitation already rejected.Resource share invitation arn not found.Resource share invitation expired.Resource share limit exceeded.Server internal.The service is unavailable.Tag limit exceeded.Tag policy violation.The request was throttled.Unknown resource.Unmatched policy permission.",
        ends: &[
            0, 30, 51, 71, 90, 108, 123, 145, 170, 184, 210, 237, 261, 287, 313, 348,
            371, 414, 457, 497, 531, 561, 577, 604, 623, 644, 670, 687, 715,
        ],
    };
    static STATUSES: [u16; 28] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 409, 400, 400, 400,
        400, 400, 400, 400, 400, 500, 503, 400, 400, 429, 400, 400,
    ];
    static STATUS_ENDS: [u32; 29] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28,
    ];
    static RETRY: [::cloud_errors::Retry; 28] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaaaaaabbaabaa",
    );
    static CATEGORY: [::cloud_errors::Category; 28] = ::cloud_errors::__private::category_column(
        b"ccccccccccccjccccccccmncchcc",
    );
    static PILOTS: [u16; 7] = [1, 46, 4, 0, 35, 5, 135];
    static SLOTS: [(&str, u32); 31] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            15, 13, 0, 22, 6, 1, 4294967295, 11, 16, 18, 21, 4294967295, 10, 2, 19, 20,
            25, 24, 4294967295, 27, 23, 4, 17, 12, 7, 3, 26, 14, 8, 5, 9,
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
    const PROVIDER: &'static str = "AWS RAM";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS RAM's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS RAM: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
