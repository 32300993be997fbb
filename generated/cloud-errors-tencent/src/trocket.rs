// @generated from catalogs/tencent/trocket.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! Tencent Cloud TROCKET: error codes.
//!
//! The provider's documentation: <https://www.tencentcloud.com/document/api>.
//!
//! Error responses are read and written as [`Tencent`](cloud_errors::envelopes::Tencent) (`tencent`).
//!
//! Extends [`tencent`](cloud_errors::tencent): codes this catalog does not define are looked up there.
/// An error code of Tencent Cloud TROCKET: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `FailedOperation`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed.
    FailedOperation,
    /// `FailedOperation.InstanceNotReady`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation failed: instance not ready.
    FailedOperationInstanceNotReady,
    /// `LimitExceeded.TopicNum`: no documented HTTP status; retry: never; category: resource_exhausted.
    /// A limit was exceeded: topic num.
    LimitExceededTopicNum,
    /// `OperationDenied`: no documented HTTP status; retry: after_fix; category: permission_denied.
    /// The operation was denied.
    OperationDenied,
    /// `ResourceInUse`: no documented HTTP status; retry: backoff; category: aborted.
    /// The resource is in use.
    ResourceInUse,
    /// `ResourceNotFound.Endpoint`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: endpoint.
    ResourceNotFoundEndpoint,
    /// `ResourceNotFound.Group`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: group.
    ResourceNotFoundGroup,
    /// `ResourceNotFound.Instance`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: instance.
    ResourceNotFoundInstance,
    /// `ResourceNotFound.Message`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: message.
    ResourceNotFoundMessage,
    /// `ResourceNotFound.MigrationTask`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: migration task.
    ResourceNotFoundMigrationTask,
    /// `ResourceNotFound.Role`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: role.
    ResourceNotFoundRole,
    /// `ResourceNotFound.Topic`: no documented HTTP status; retry: never; category: not_found.
    /// The resource was not found: topic.
    ResourceNotFoundTopic,
    /// `ResourceUnavailable`: no documented HTTP status; retry: after_fix; category: failed_precondition.
    /// The resource is unavailable.
    ResourceUnavailable,
    /// `UnsupportedOperation`: no documented HTTP status; retry: never; category: unimplemented.
    /// The operation is not supported.
    UnsupportedOperation,
    /// `UnsupportedOperation.InstanceTopicNumDowngrade`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: instance topic num downgrade.
    UnsupportedOperationInstanceTopicNumDowngrade,
    /// `UnsupportedOperation.ResourceAlreadyExists`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: resource already exists.
    UnsupportedOperationResourceAlreadyExists,
    /// `UnsupportedOperation.UnsupportedConsumerType`: no documented HTTP status; retry: never; category: failed_precondition.
    /// The operation is not supported: unsupported consumer type.
    UnsupportedOperationUnsupportedConsumerType,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::tencent::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 17] = [
        "FailedOperation",
        "FailedOperation.InstanceNotReady",
        "LimitExceeded.TopicNum",
        "OperationDenied",
        "ResourceInUse",
        "ResourceNotFound.Endpoint",
        "ResourceNotFound.Group",
        "ResourceNotFound.Instance",
        "ResourceNotFound.Message",
        "ResourceNotFound.MigrationTask",
        "ResourceNotFound.Role",
        "ResourceNotFound.Topic",
        "ResourceUnavailable",
        "UnsupportedOperation",
        "UnsupportedOperation.InstanceTopicNumDowngrade",
        "UnsupportedOperation.ResourceAlreadyExists",
        "UnsupportedOperation.UnsupportedConsumerType",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "The operation failed.The operation failed: instance not ready.A limit was exceeded: topic num.The operation was denied.The resource is in use.The resource was not found: endpoint.The resource was not found: group.The resource was not found: instance.The resource was not found: message.The resource was not found: migration task.The resource was not found: role.The resource was not found: topic.The resource is unavailable.The operation is not supported.The operation is not supported: instance topic num downgrade.The operation is not supported: resource already exists.The operation is not supported: unsupported consumer type.",
        ends: &[
            0, 21, 62, 94, 119, 142, 179, 213, 250, 286, 329, 362, 396, 424, 455, 516,
            572, 630,
        ],
    };
    static RETRY: [::cloud_errors::Retry; 17] = ::cloud_errors::__private::retry_column(
        b"aaacbaaaaaaacaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 17] = ::cloud_errors::__private::category_column(
        b"iihgjeeeeeeeiliii",
    );
    static PILOTS: [u16; 5] = [17, 8, 0, 2, 13];
    static SLOTS: [(&str, u32); 18] = ::cloud_errors::__private::slots(
        &CODES,
        &[13, 0, 3, 6, 12, 2, 10, 4, 5, 16, 4294967295, 15, 8, 7, 14, 11, 9, 1],
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
    const PROVIDER: &'static str = "Tencent Cloud TROCKET";
    type Envelope = ::cloud_errors::envelopes::Tencent;
    /// The retry defaults of Tencent Cloud TROCKET's SDK, those of [`tencent`](cloud_errors::tencent): tencentcloud\-sdk\-go common/ratelimitretry.go sendWithRateLimitRetry; common/netretry.go sendWithNetworkFailureRetry.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::tencent::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of Tencent Cloud TROCKET: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
