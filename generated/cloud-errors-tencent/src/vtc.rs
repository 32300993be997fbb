// @generated from catalogs/tencent/vtc.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud VTC: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud VTC: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation.AudioDecodeFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: audio decode failed.
    FailedOperationAudioDecodeFailed,
    /// `FailedOperation.AudioProcessFailed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: audio process failed.
    FailedOperationAudioProcessFailed,
    /// `FailedOperation.AudioProcessNotFinished`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: audio process not finished.
    FailedOperationAudioProcessNotFinished,
    /// `FailedOperation.DownloadError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: download error.
    FailedOperationDownloadError,
    /// `FailedOperation.JobNotExist`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: job not exist.
    FailedOperationJobNotExist,
    /// `FailedOperation.RequestTimeout`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: request timeout.
    FailedOperationRequestTimeout,
    /// `FailedOperation.ServerError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: server error.
    FailedOperationServerError,
    /// `FailedOperation.TextModerationNotPass`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: text moderation not pass.
    FailedOperationTextModerationNotPass,
    /// `FailedOperation.TranslationConfirmHasFinished`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: translation confirm has finished.
    FailedOperationTranslationConfirmHasFinished,
    /// `FailedOperation.TranslationNotNeedConfirm`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: translation not need confirm.
    FailedOperationTranslationNotNeedConfirm,
    /// `FailedOperation.UnKnowError`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: un know error.
    FailedOperationUnKnowError,
    /// `FailedOperation.VideoDurationExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: video duration exceed.
    FailedOperationVideoDurationExceed,
    /// `FailedOperation.VideoFpsExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: video fps exceed.
    FailedOperationVideoFpsExceed,
    /// `FailedOperation.VideoResolutionExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: video resolution exceed.
    FailedOperationVideoResolutionExceed,
    /// `FailedOperation.VideoSizeExceed`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: video size exceed.
    FailedOperationVideoSizeExceed,
    /// `InvalidParameter.InvalidParameter`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter is invalid: invalid parameter.
    InvalidParameterInvalidParameter,
    /// `InvalidParameterValue.UrlIllegal`: no documented HTTP status; retry: never; category: invalid_argument.
    /// A parameter value is invalid: url illegal.
    InvalidParameterValueUrlIllegal,
    /// `RequestLimitExceeded.JobNumExceed`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent: job num exceed.
    RequestLimitExceededJobNumExceed,
    /// `RequestLimitExceeded.UinLimitExceeded`: no documented HTTP status; retry: backoff; category: resource_exhausted.
    /// Too many requests were sent: uin limit exceeded.
    RequestLimitExceededUinLimitExceeded,
    /// `ResourceUnavailable.Delivering`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: delivering.
    ResourceUnavailableDelivering,
    /// `ResourceUnavailable.Freeze`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: freeze.
    ResourceUnavailableFreeze,
    /// `ResourceUnavailable.InArrears`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: in arrears.
    ResourceUnavailableInArrears,
    /// `ResourceUnavailable.IsOpening`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: is opening.
    ResourceUnavailableIsOpening,
    /// `ResourceUnavailable.LowBalance`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: low balance.
    ResourceUnavailableLowBalance,
    /// `ResourceUnavailable.NotExist`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not exist.
    ResourceUnavailableNotExist,
    /// `ResourceUnavailable.NotReady`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: not ready.
    ResourceUnavailableNotReady,
    /// `ResourceUnavailable.Recover`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: recover.
    ResourceUnavailableRecover,
    /// `ResourceUnavailable.UnknownStatus`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable: unknown status.
    ResourceUnavailableUnknownStatus,
    /// `ResourcesSoldOut.ChargeStatusException`: no documented HTTP status; retry: after_fix; category: resource_exhausted.
    /// The resources are sold out: charge status exception.
    ResourcesSoldOutChargeStatusException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 29] = [
        "FailedOperation.AudioDecodeFailed",
        "FailedOperation.AudioProcessFailed",
        "FailedOperation.AudioProcessNotFinished",
        "FailedOperation.DownloadError",
        "FailedOperation.JobNotExist",
        "FailedOperation.RequestTimeout",
        "FailedOperation.ServerError",
        "FailedOperation.TextModerationNotPass",
        "FailedOperation.TranslationConfirmHasFinished",
        "FailedOperation.TranslationNotNeedConfirm",
        "FailedOperation.UnKnowError",
        "FailedOperation.VideoDurationExceed",
        "FailedOperation.VideoFpsExceed",
        "FailedOperation.VideoResolutionExceed",
        "FailedOperation.VideoSizeExceed",
        "InvalidParameter.InvalidParameter",
        "InvalidParameterValue.UrlIllegal",
        "RequestLimitExceeded.JobNumExceed",
        "RequestLimitExceeded.UinLimitExceeded",
        "ResourceUnavailable.Delivering",
        "ResourceUnavailable.Freeze",
        "ResourceUnavailable.InArrears",
        "ResourceUnavailable.IsOpening",
        "ResourceUnavailable.LowBalance",
        "ResourceUnavailable.NotExist",
        "ResourceUnavailable.NotReady",
        "ResourceUnavailable.Recover",
        "ResourceUnavailable.UnknownStatus",
        "ResourcesSoldOut.ChargeStatusException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed: audio decode failed.The operation failed: audio process failed.The operation failed: audio process not finished.The operation failed: download error.The operation failed: job not exist.The operation failed: request timeout.The operation failed: server error.The operation failed: text moderation not pass.The operation failed: translation confirm has finished.The operation failed: translation not need confirm.The operation failed: un know error.The operation failed: video duration exceed.The operation failed: video fps exceed.The operation failed: video resolution exceed.The operation failed: video size exceed.A parameter is invalid: invalid parameter.A parameter value is invalid: url illegal.Too many requests were sent: job num exceed.Too many requests were sent: uin limit exceeded.The resource is unavailable: delivering.The resource is unavailable: freeze.The resource is unavailable: in arrears.The resource is unavailable: is opening.The resource is unavailable: low balance.The resource is unavailable: not exist.The resource is unavailable: not ready.The resource is unavailable: recover.The resource is unavailable: unknown status.The resources are sold out: charge status exception.",
        ends: &[
            0, 42, 85, 134, 171, 207, 245, 280, 327, 382, 433, 469, 513, 552, 598, 638,
            680, 722, 766, 814, 854, 890, 930, 970, 1011, 1050, 1089, 1126, 1170, 1222,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 29] = ::cloud_errors::__private::retry_column(
        b"aaaaaaaaaaaaaaaaabbcccccccccc",
    );
    static CATEGORY: [::cloud_errors::Category; 29] = ::cloud_errors::__private::category_column(
        b"iiiiiiiiiiiiiiicchhiiiiiiiiih",
    );
    static PILOTS: [u16; 8] = [3, 0, 1, 0, 25, 3, 202, 23];
    static SLOTS: [(&str, u32); 32] = ::cloud_errors::__private::slots(
        &CODES,
        &[
            2, 22, 13, 26, 11, 14, 21, 12, 16, 7, 6, 10, 1, 15, 23, 20, 25, 8,
            4294967295, 4294967295, 4294967295, 17, 9, 0, 28, 27, 4, 18, 5, 24, 3, 19,
        ],
    );
    const TABLE: &::cloud_errors::__private::Table = &::cloud_errors::__private::Table {
        codes: &CODES,
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
    const PROVIDER: &'static str = "Tencent Cloud VTC";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud VTC's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud VTC: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
