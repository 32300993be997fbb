// @generated from catalogs/alibaba/outboundbot.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Alibaba Cloud OutboundBot: error codes.
//!
//! The provider's documentation: <https://api.alibabacloud.com/>.
//!
//! Error responses are read and written as [`Alibaba`](cloud_errors::envelopes::Alibaba) (`alibaba`).
//!
//! Extends [`alibaba`](cloud_errors::alibaba): codes this catalog does not define are looked up there.
/// An error code of Alibaba Cloud OutboundBot: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `InternalError`: HTTP 500; retry: backoff; category: internal.
    /// An internal error occurred.
    InternalError,
    /// `NotExist.Instance`: HTTP 404; retry: never; category: not_found.
    /// Not exist: instance.
    NotExistInstance,
    /// `NotExist.Script`: HTTP 404; retry: never; category: not_found.
    /// Not exist: script.
    NotExistScript,
    /// `InvalidDialogueFlowName.Duplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid dialogue flow name: duplicated.
    InvalidDialogueFlowNameDuplicated,
    /// `InvalidGlobalQuestionName.Duplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid global question name: duplicated.
    InvalidGlobalQuestionNameDuplicated,
    /// `InvalidInstanceName.Duplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid instance name: duplicated.
    InvalidInstanceNameDuplicated,
    /// `LimitExceeded.ConcurrentConversation`: HTTP 400; retry: never; category: invalid_argument.
    /// Limit exceeded: concurrent conversation.
    LimitExceededConcurrentConversation,
    /// `InvalidIntentName.Duplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid intent name: duplicated.
    InvalidIntentNameDuplicated,
    /// `InvalidScriptName.Duplicated`: HTTP 400; retry: never; category: invalid_argument.
    /// Invalid script name: duplicated.
    InvalidScriptNameDuplicated,
    /// `NotExist.Job`: HTTP 404; retry: never; category: not_found.
    /// Not exist: job.
    NotExistJob,
    /// `NotExist.JobGroup`: HTTP 404; retry: never; category: not_found.
    /// Not exist: job group.
    NotExistJobGroup,
    /// `InvalidParameter`: HTTP 400; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `NotExist.Intent`: HTTP 404; retry: never; category: not_found.
    /// Not exist: intent.
    NotExistIntent,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::alibaba::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 13] = [
        "InternalError",
        "NotExist.Instance",
        "NotExist.Script",
        "InvalidDialogueFlowName.Duplicated",
        "InvalidGlobalQuestionName.Duplicated",
        "InvalidInstanceName.Duplicated",
        "LimitExceeded.ConcurrentConversation",
        "InvalidIntentName.Duplicated",
        "InvalidScriptName.Duplicated",
        "NotExist.Job",
        "NotExist.JobGroup",
        "InvalidParameter",
        "NotExist.Intent",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "An internal error occurred.Not exist: instance.Not exist: script.Invalid dialogue flow name: duplicated.Invalid global question name: duplicated.Invalid instance name: duplicated.Limit exceeded: concurrent conversation.Invalid intent name: duplicated.Invalid script name: duplicated.Not exist: job.Not exist: job group.A parameter is invalid.Not exist: intent.",
        ends: &[0, 27, 47, 65, 104, 145, 179, 219, 251, 283, 298, 319, 342, 360],
    };
    static STATUSES: [u16; 13] = [
        500, 404, 404, 400, 400, 400, 400, 400, 400, 404, 404, 400, 404,
    ];
    static STATUS_ENDS: [u32; 14] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
    static RETRY: [::cloud_errors::Retry; 13] = ::cloud_errors::__private::retry_column(
        b"baaaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 13] = ::cloud_errors::__private::category_column(
        b"meecccccceece",
    );
    static PILOTS: [u16; 4] = [13, 5, 10, 12];
    static SLOTS: [(&str, u32); 14] = ::cloud_errors::__private::slots(
        &CODES,
        &[1, 11, 4, 8, 10, 3, 6, 5, 9, 4294967295, 0, 2, 7, 12],
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
    ::cloud_errors::__private::impl_code!(
        unsafe impl Code, ::cloud_errors::alibaba::Code
    );
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Alibaba Cloud OutboundBot";
    type Envelope = ::cloud_errors::envelopes::Alibaba;
    /// The retry defaults of Alibaba Cloud OutboundBot's SDK, those of [`alibaba`](cloud_errors::alibaba): darabonba\-openapi client/client.go Init, DoRPCRequest; tea dara/retry.go ShouldRetry, GetBackoffDelay; alibaba\-cloud\-sdk\-go sdk/client.go DoActionWithSigner.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::alibaba::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Alibaba Cloud OutboundBot: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
