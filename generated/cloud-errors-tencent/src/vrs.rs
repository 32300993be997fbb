// @generated from catalogs/tencent/vrs.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud VRS: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud VRS: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `AuthFailure.UnauthorizedOperation`: no documented HTTP status; retry: after_fix; category: unauthenticated.
    /// Authentication failed: unauthorized operation.
    AuthFailureUnauthorizedOperation,
    /// `FailedOperation.ErrorInvalidTaskStatus`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: error invalid task status.
    FailedOperationErrorInvalidTaskStatus,
    /// `FailedOperation.NoSuchTask`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: no such task.
    FailedOperationNoSuchTask,
    /// `FailedOperation.VoiceEvaluateFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: voice evaluate failed.
    FailedOperationVoiceEvaluateFailed,
    /// `FailedOperation.VoiceNotQualified`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: voice not qualified.
    FailedOperationVoiceNotQualified,
    /// `InternalError.FailAccessDatabase`: no documented HTTP status; retry: backoff; category: internal.
    /// An internal error occurred: fail access database.
    InternalErrorFailAccessDatabase,
    /// `InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid.
    InvalidParameter,
    /// `InvalidParameterValue.AudioData`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: audio data.
    InvalidParameterValueAudioData,
    /// `InvalidParameterValue.AudioDurationExceedsLimit`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: audio duration exceeds limit.
    InvalidParameterValueAudioDurationExceedsLimit,
    /// `InvalidParameterValue.Codec`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: codec.
    InvalidParameterValueCodec,
    /// `InvalidParameterValue.ErrorInvalidTaskId`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: error invalid task id.
    InvalidParameterValueErrorInvalidTaskId,
    /// `InvalidParameterValue.SampleRate`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: sample rate.
    InvalidParameterValueSampleRate,
    /// `InvalidParameterValue.VoiceGender`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: voice gender.
    InvalidParameterValueVoiceGender,
    /// `InvalidParameterValue.VoiceLanguage`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: voice language.
    InvalidParameterValueVoiceLanguage,
    /// `InvalidParameterValue.VoiceName`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: voice name.
    InvalidParameterValueVoiceName,
    /// `UnsupportedOperation.VRSQuotaExhausted`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: VRS quota exhausted.
    UnsupportedOperationVrsQuotaExhausted,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 16] = [
        "AuthFailure.UnauthorizedOperation",
        "FailedOperation.ErrorInvalidTaskStatus",
        "FailedOperation.NoSuchTask",
        "FailedOperation.VoiceEvaluateFailed",
        "FailedOperation.VoiceNotQualified",
        "InternalError.FailAccessDatabase",
        "InvalidParameter",
        "InvalidParameterValue.AudioData",
        "InvalidParameterValue.AudioDurationExceedsLimit",
        "InvalidParameterValue.Codec",
        "InvalidParameterValue.ErrorInvalidTaskId",
        "InvalidParameterValue.SampleRate",
        "InvalidParameterValue.VoiceGender",
        "InvalidParameterValue.VoiceLanguage",
        "InvalidParameterValue.VoiceName",
        "UnsupportedOperation.VRSQuotaExhausted",
    ];
    static NAME_CODES: [u32; 1] = [15];
    static NAMES: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "UnsupportedOperationVrsQuotaExhausted",
        ends: &[0, 37],
    };
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Authentication failed: unauthorized operation.The operation failed: error invalid task status.The operation failed: no such task.The operation failed: voice evaluate failed.The operation failed: voice not qualified.An internal error occurred: fail access database.A parameter is invalid.A parameter value is invalid: audio data.A parameter value is invalid: audio duration exceeds limit.A parameter value is invalid: codec.A parameter value is invalid: error invalid task id.A parameter value is invalid: sample rate.A parameter value is invalid: voice gender.A parameter value is invalid: voice language.A parameter value is invalid: voice name.The operation is not supported: VRS quota exhausted.",
        ends: &[
            0, 46, 94, 129, 173, 215, 264, 287, 328, 387, 423, 475, 517, 560, 605, 646,
            698,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 16] = ::cloud_errors::__private::retry_column(
        b"caaaabaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 16] = ::cloud_errors::__private::category_column(
        b"piiiimccccccccci",
    );
    static PILOTS: [u16; 4] = [1, 4, 159, 61];
    static SLOTS: [(&str, u32); 17] = ::cloud_errors::__private::slots(
        &CODES,
        &[8, 14, 4, 9, 12, 4294967295, 0, 7, 10, 2, 13, 5, 3, 15, 1, 6, 11],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
        name_codes: &NAME_CODES,
        names: &NAMES,
        descriptions_en: &DESCRIPTIONS_EN,
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
        unsafe impl Code, ::cloud_errors::tencent::Code
    );
};
impl ::cloud_errors::ProviderCode for Code {
    const PROVIDER: &'static str = "Tencent Cloud VRS";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud VRS's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud VRS: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
