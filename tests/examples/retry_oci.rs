//! A reqwest + backon client against a fake Oracle Cloud Infrastructure endpoint on 127.0.0.1,
//! retrying what the OCI catalog says is retryable, when it is safe for the request: a `POST`
//! that gets a 502 may already have created its resource, so it is retried only because it
//! carries an `opc-retry-token` (the same on every attempt), which lets OCI answer the resend
//! with the first attempt's result instead of creating a second resource.
//!
//! Run: `cargo run --example retry_oci`

mod support;

use cloud_errors::oci;
use support::{FakeProvider, Reply, SendAs};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let provider = FakeProvider::start(|request| match (request.key, request.attempt) {
        // Throttled and asked to wait a second, then a gateway's HTML page, then the answer.
        ("list", 0) => Reply::json(
            429,
            r#"{"code":"TooManyRequests","message":"Tenancy request-rate limit exceeded."}"#,
        )
        .header("opc-request-id", "A1B2/C3D4")
        .header("retry-after", 1),
        ("list", 1) => Reply::gateway_page(502),
        ("list", _) => Reply::json(200, r#"{"items":[]}"#),
        // The gateway fails after the service may have created the instance, then all is well.
        ("create-with-token" | "create-without-token", 0) => Reply::gateway_page(502),
        ("create-with-token" | "create-without-token", _) => {
            Reply::json(200, r#"{"id":"ocid1.instance.oc1..a"}"#)
        }
        // A bad parameter: retrying the same request cannot help.
        ("create", _) => Reply::json(
            400,
            r#"{"code":"InvalidParameter","message":"displayName must not exceed 255 characters."}"#,
        )
        .header("opc-request-id", "E5F6/0718"),
        // Only a new retry token can make this succeed: not retried automatically.
        (_, _) => Reply::json(
            409,
            r#"{"code":"InvalidatedRetryToken","message":"The retry token was invalidated."}"#,
        ),
    })
    .await?;
    support::run_scenarios_as::<oci::Code>(
        &provider,
        &[
            (
                "list",
                "GET instances: throttled, then a 502 gateway page, then success",
                SendAs::GET,
            ),
            (
                "create-with-token",
                "POST instance with an opc-retry-token: a 502, retried because the token makes the resend safe",
                SendAs::POST_WITH_TOKEN,
            ),
            (
                "create-without-token",
                "POST instance without a retry token: a 502 is not retried (it may have created the instance)",
                SendAs::POST,
            ),
            ("create", "POST instance with a bad parameter", SendAs::POST_WITH_TOKEN),
            ("retry-token", "POST with an invalidated retry token", SendAs::POST_WITH_TOKEN),
        ],
    )
    .await;
    Ok(())
}
