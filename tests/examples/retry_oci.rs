//! A reqwest + backon client against a fake Oracle Cloud Infrastructure endpoint on 127.0.0.1,
//! retrying exactly what the OCI catalog says is retryable.
//!
//! Run: `cargo run --example retry_oci`

mod support;

use cloud_errors::oci;
use support::{FakeProvider, Reply};

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
    support::run_scenarios::<oci::Code>(
        &provider,
        &[
            (
                "list",
                "GET instances: throttled, then a 502 gateway page, then success",
            ),
            ("create", "POST instance with a bad parameter"),
            ("retry-token", "POST with an invalidated retry token"),
        ],
    )
    .await;
    Ok(())
}
