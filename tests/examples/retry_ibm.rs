//! A reqwest + backon client against a fake IBM Cloud VPC instance metadata service on 127.0.0.1,
//! retrying exactly what the catalog (and, for codes it does not know, the status) says.
//!
//! Run: `cargo run --example retry_ibm`

mod support;

use cloud_errors::ibm_vpc_metadata;
use support::{FakeProvider, Reply};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let provider = FakeProvider::start(|request| match (request.key, request.attempt) {
        // A service-side failure, then the gateway is down, then the answer.
        ("token", 0) => Reply::json(
            500,
            r#"{"errors":[{"code":"service_error","message":"An internal error occurred."}],
                "status_code":500,"trace":"6b3ab8a5-7b1e-4b8c-9a6e-1f6c4e8f7d10"}"#,
        ),
        ("token", 1) => Reply::gateway_page(502),
        ("token", _) => Reply::json(200, r#"{"access_token":"…","expires_in":300}"#),
        // A placement group that does not exist: final.
        ("placement", _) => Reply::json(
            404,
            r#"{"errors":[{"code":"not_found","message":"Placement group not found.",
                "target":{"name":"id","type":"path_parameter","value":"r006-0b8a"}}],
                "status_code":404,"trace":"e37872f6-f9a4-4084-a1a8-e56a1c8c8d3d"}"#,
        ),
        // A malformed request: final.
        (_, _) => Reply::json(
            400,
            r#"{"errors":[{"code":"invalid_value","message":"The `expires_in` field must not exceed `3600`.",
                "more_info":"https://cloud.ibm.com/docs/vpc?topic=vpc-imd-configure-service",
                "target":{"name":"expires_in","type":"field","value":"7200"}}],
                "status_code":400,"trace":"c1a2b3d4-0000-4000-8000-000000000000"}"#,
        ),
    })
    .await?;
    support::run_scenarios::<ibm_vpc_metadata::Code>(
        &provider,
        &[
            (
                "token",
                "POST /instance_identity/v1/token: service error, 502 gateway page, success",
            ),
            ("placement", "GET a placement group that does not exist"),
            ("expiry", "POST a token with an out-of-range expires_in"),
        ],
    )
    .await;
    Ok(())
}
