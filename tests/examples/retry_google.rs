//! A reqwest + backon client against a fake Google Cloud API on 127.0.0.1, retrying as
//! google-cloud-rust's gax `Aip194Strict` does (an idempotent request on HTTP 503, nothing else),
//! and waiting a `RetryInfo` `retryDelay` when the server sends one (our addition: gax's retry
//! loop does not use it).
//!
//! Run: `cargo run --example retry_google`

mod support;

use std::time::Duration;

use cloud_errors::envelopes::{ErrorInfo, GoogleExtras};
use cloud_errors::google::{Code, Error};
use cloud_errors::testing::Reply;
use http::StatusCode;
use support::{Scenario, SendAs};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // UNAVAILABLE with a RetryInfo of 300 ms: the wait the server asks for, not the backoff.
    let mut asks_300ms = GoogleExtras::default();
    asks_300ms.retry_delay = Some(Duration::from_millis(300));
    // RATE_LIMIT_EXCEEDED (an ErrorInfo reason, the code) under RESOURCE_EXHAUSTED.
    let mut rate_limited = GoogleExtras::default();
    rate_limited.status = Some("RESOURCE_EXHAUSTED".to_owned());
    rate_limited.error_info = Some(
        ErrorInfo::new("RATE_LIMIT_EXCEEDED", "googleapis.com")
            .with_metadata("service", "pubsub.googleapis.com")
            .with_metadata("quota_metric", "pubsub.googleapis.com/publish_requests"),
    );
    support::run_scenarios::<Code>(vec![
        Scenario {
            title: "GET a topic: UNAVAILABLE asking for 300 ms, a front-end 503 page, success",
            send: SendAs::GET,
            path: "/v1/projects/demo/topics/orders",
            replies: vec![
                Reply::error(
                    &Error::new(Code::Unavailable)
                        .with_message("The service is currently unavailable.")
                        .with_request_id("0a1b2c3d4e5f")
                        .with_extras(asks_300ms),
                ),
                Reply::gateway_page(StatusCode::SERVICE_UNAVAILABLE),
                Reply::json(StatusCode::OK, r#"{"name":"projects/demo/topics/orders"}"#),
            ],
        },
        // POST is not idempotent for gax (`default_idempotency`: GET, PUT, DELETE): not resent.
        Scenario {
            title: "POST a publish: UNAVAILABLE, not resent",
            send: SendAs::POST,
            path: "/v1/projects/demo/topics/orders:publish",
            replies: vec![Reply::error(
                &Error::new(Code::Unavailable).with_message("The service is currently unavailable."),
            )],
        },
        // Aip194Strict does not retry 429: the caller decides.
        Scenario {
            title: "GET over the rate limit: RATE_LIMIT_EXCEEDED (429), final for gax",
            send: SendAs::GET,
            path: "/v1/projects/demo/subscriptions",
            replies: vec![Reply::error(
                &Error::new(Code::RateLimitExceeded)
                    .with_status(StatusCode::TOO_MANY_REQUESTS)
                    .with_message("Quota exceeded for publish requests per minute.")
                    .with_extras(rate_limited),
            )],
        },
        // The older body Cloud Storage's JSON API still sends: `errors[]`, no `status`. Its
        // reason is no ErrorReason, so the code stays as sent, and 403 decides.
        Scenario {
            title: "GET an object without permission: the legacy errors[] body",
            send: SendAs::GET,
            path: "/storage/v1/b/demo/o/report.csv",
            replies: vec![Reply::json(
                StatusCode::FORBIDDEN,
                r#"{"error":{"code":403,"message":"The caller may not read this object.",
                    "errors":[{"domain":"global","reason":"forbidden","message":"The caller may not read this object."}]}}"#,
            )],
        },
    ])
    .await?;
    Ok(())
}
