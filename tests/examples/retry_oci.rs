//! A reqwest + backon client against a fake Oracle Cloud Infrastructure endpoint on 127.0.0.1,
//! retrying what the OCI catalog says is retryable, when it is safe for the request: a `POST`
//! that gets a 502 may already have created its resource, so it is retried only because it
//! carries an `opc-retry-token` (the same on every attempt), which lets OCI answer the resend
//! with the first attempt's result instead of creating a second resource.
//!
//! Then the same stories through `cloud_errors::reqwest::call`, which traces every call, attempt
//! and decision (feature `tracing`), and counts them (`RetryStats`).
//!
//! Run: `cargo run --example retry_oci`; with the trace: `RUST_LOG=cloud_errors=debug cargo run
//! --example retry_oci`

mod support;

use std::time::Duration;

use cloud_errors::observe::RetryStats;
use cloud_errors::oci;
use cloud_errors::testing::Reply;
use http::StatusCode;
use support::{Scenario, SendAs};
use tracing_subscriber::EnvFilter;

const INSTANCES: &str = "/20160918/instances";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Prints nothing unless RUST_LOG asks (RUST_LOG=cloud_errors=debug: every span and decision).
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::from_default_env())
        .init();
    support::run_scenarios::<oci::Code>(scenarios()).await?;
    println!("\n==== the same, through cloud_errors::reqwest::call");
    let stats = RetryStats::new();
    support::run_scenarios_through_call::<oci::Code>(scenarios(), &stats).await?;
    println!("\n{stats:#?}");
    Ok(())
}

fn scenarios() -> Vec<Scenario> {
    let created = || Reply::json(StatusCode::OK, r#"{"id":"ocid1.instance.oc1..a"}"#);
    vec![
        Scenario {
            title: "GET instances: throttled, then a 502 gateway page, then success",
            send: SendAs::GET,
            path: INSTANCES,
            replies: vec![
                // Throttled and asked to wait a second.
                Reply::error(
                    &oci::Error::new(oci::Code::TooManyRequests)
                        .with_message("Tenancy request-rate limit exceeded.")
                        .with_request_id("A1B2/C3D4")
                        .with_retry_after(Duration::from_secs(1)),
                ),
                Reply::gateway_page(StatusCode::BAD_GATEWAY),
                Reply::json(StatusCode::OK, r#"{"items":[]}"#),
            ],
        },
        // The gateway fails after the service may have created the instance, then all is well.
        Scenario {
            title: "POST instance with an opc-retry-token: a 502, retried because the token makes the resend safe",
            send: SendAs::POST_WITH_TOKEN,
            path: INSTANCES,
            replies: vec![Reply::gateway_page(StatusCode::BAD_GATEWAY), created()],
        },
        Scenario {
            title: "POST instance without a retry token: a 502 is not retried (it may have created the instance)",
            send: SendAs::POST,
            path: INSTANCES,
            replies: vec![Reply::gateway_page(StatusCode::BAD_GATEWAY), created()],
        },
        // A bad parameter: retrying the same request cannot help.
        Scenario {
            title: "POST instance with a bad parameter",
            send: SendAs::POST_WITH_TOKEN,
            path: INSTANCES,
            replies: vec![Reply::error(
                &oci::Error::new(oci::Code::InvalidParameter)
                    .with_status(StatusCode::BAD_REQUEST)
                    .with_message("displayName must not exceed 255 characters.")
                    .with_request_id("E5F6/0718"),
            )],
        },
        // Only a new retry token can make this succeed: not retried automatically.
        Scenario {
            title: "POST with an invalidated retry token",
            send: SendAs::POST_WITH_TOKEN,
            path: INSTANCES,
            replies: vec![Reply::error(
                &oci::Error::new(oci::Code::InvalidatedRetryToken)
                    .with_status(StatusCode::CONFLICT)
                    .with_message("The retry token was invalidated."),
            )],
        },
    ]
}
