// @generated from catalogs/aws/kafka.yaml by `cargo xtask generate`. Do not edit: change the source and rerun.

//! AWS Kafka: error codes.
//!
//! The provider's documentation: <https://docs.aws.amazon.com/>.
//!
//! Error responses are read and written as [`AwsRestJson`](cloud_errors::envelopes::AwsRestJson) (`aws_rest_json`).
//!
//! Extends [`aws`](cloud_errors::aws): codes this catalog does not define are looked up there.
/// An error code of AWS Kafka: a variant per documented code,
/// any other code kept verbatim in `Unknown`. Match on the variants, never on
/// `Unknown`'s string: codes added to the catalog later move out of it.
#[non_exhaustive]
#[repr(u32)]
pub enum Code {
    /// `BadRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Bad request.
    BadRequestException,
    /// `ConflictException`: HTTP 409; retry: never; category: aborted.
    /// The request conflicts with the current state of the resource.
    ConflictException,
    /// `ForbiddenException`: HTTP 403; retry: never; category: permission_denied.
    /// The request is forbidden.
    ForbiddenException,
    /// `InternalServerErrorException`: HTTP 500; retry: backoff; category: internal.
    /// Internal server error.
    InternalServerErrorException,
    /// `NotFoundException`: HTTP 404; retry: never; category: not_found.
    /// Not found.
    NotFoundException,
    /// `ServiceUnavailableException`: HTTP 503; retry: backoff; category: unavailable.
    /// The service is unavailable.
    ServiceUnavailableException,
    /// `TooManyRequestsException`: HTTP 429; retry: backoff; category: resource_exhausted.
    /// Too many requests.
    TooManyRequestsException,
    /// `UnauthorizedException`: HTTP 401; retry: never; category: unauthenticated.
    /// The request is not authorized.
    UnauthorizedException,
    /// `ClusterConnectivityException`: HTTP 409; retry: never; category: aborted.
    /// Cluster connectivity.
    ClusterConnectivityException,
    /// `ControllerMovedException`: HTTP 409; retry: never; category: aborted.
    /// Controller moved.
    ControllerMovedException,
    /// `GroupSubscribedToTopicException`: HTTP 409; retry: never; category: aborted.
    /// Group subscribed to topic.
    GroupSubscribedToTopicException,
    /// `KafkaRequestException`: HTTP 400; retry: never; category: invalid_argument.
    /// Kafka request.
    KafkaRequestException,
    /// `KafkaTimeoutException`: HTTP 409; retry: never; category: aborted.
    /// Kafka timeout.
    KafkaTimeoutException,
    /// `NotControllerException`: HTTP 409; retry: never; category: aborted.
    /// Not controller.
    NotControllerException,
    /// `ReassignmentInProgressException`: HTTP 409; retry: never; category: aborted.
    /// Reassignment in progress.
    ReassignmentInProgressException,
    /// `TopicExistsException`: HTTP 409; retry: never; category: aborted.
    /// Topic exists.
    TopicExistsException,
    /// `UnknownTopicOrPartitionException`: HTTP 404; retry: never; category: not_found.
    /// Unknown topic or partition.
    UnknownTopicOrPartitionException,
    /// A code this catalog does not define but the catalog it extends knows.
    Base(::cloud_errors::aws::Code),
    /// A code that no catalog here knows, kept verbatim.
    Unknown(::std::string::String),
}
const _: () = {
    static CODES: [&str; 17] = [
        "BadRequestException",
        "ConflictException",
        "ForbiddenException",
        "InternalServerErrorException",
        "NotFoundException",
        "ServiceUnavailableException",
        "TooManyRequestsException",
        "UnauthorizedException",
        "ClusterConnectivityException",
        "ControllerMovedException",
        "GroupSubscribedToTopicException",
        "KafkaRequestException",
        "KafkaTimeoutException",
        "NotControllerException",
        "ReassignmentInProgressException",
        "TopicExistsException",
        "UnknownTopicOrPartitionException",
    ];
    static DESCRIPTIONS_EN: ::cloud_errors::__private::Strings = ::cloud_errors::__private::Strings {
        text: "Bad request.The request conflicts with the current state of the resource.The request is forbidden.Internal server error.Not found.The service is unavailable.Too many requests.The request is not authorized.Cluster connectivity.Controller moved.Group subscribed to topic.Kafka request.Kafka timeout.Not controller.Reassignment in progress.Topic exists.Unknown topic or partition.",
        ends: &[
            0, 12, 73, 98, 120, 130, 157, 175, 205, 226, 243, 269, 283, 297, 312, 337,
            350, 377,
        ],
    };
    static STATUSES: [u16; 17] = [
        400, 409, 403, 500, 404, 503, 429, 401, 409, 409, 409, 400, 409, 409, 409, 409,
        404,
    ];
    static STATUS_ENDS: [u32; 18] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
    ];
    static RETRY: [::cloud_errors::Retry; 17] = ::cloud_errors::__private::retry_column(
        b"aaababbaaaaaaaaaa",
    );
    static CATEGORY: [::cloud_errors::Category; 17] = ::cloud_errors::__private::category_column(
        b"cjgmenhpjjjcjjjje",
    );
    static PILOTS: [u16; 5] = [1, 17, 6, 65, 168];
    static SLOTS: [(&str, u32); 18] = ::cloud_errors::__private::slots(
        &CODES,
        &[1, 9, 5, 15, 2, 3, 6, 13, 8, 0, 11, 14, 4294967295, 16, 7, 4, 10, 12],
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
    const PROVIDER: &'static str = "AWS Kafka";
    type Envelope = ::cloud_errors::envelopes::AwsRestJson;
    /// The retry defaults of AWS Kafka's SDK, those of [`aws`](cloud_errors::aws): botocore retries/standard.py StandardRetryConditions, ExponentialBackoff.delay\_amount; aws\-runtime retries/classifiers.rs AwsErrorCodeClassifier.
    const RETRY_POLICY: &'static ::cloud_errors::PolicyDefaults = <::cloud_errors::aws::Code as ::cloud_errors::ProviderCode>::RETRY_POLICY;
}
/// An error response of AWS Kafka: see
/// [`ProviderError`](cloud_errors::ProviderError), with an example.
pub type Error = ::cloud_errors::ProviderError<Code>;
