//! A reqwest + backon client against a fake Alibaba Cloud KMS instance endpoint on 127.0.0.1,
//! which answers errors as Protocol Buffers, retrying exactly what the catalog says.
//!
//! Run: `cargo run --example retry_alibaba`

mod support;

use cloud_errors::alibaba_kms;
use support::{FakeProvider, Reply};

fn kms_error(status: u16, code: &str, message: &str) -> Reply {
    // The KMS instance API's protobuf `Error {StatusCode, ErrorCode, ErrorMessage, RequestId}`.
    let body = cloud_errors::__response::encode_alibaba_protobuf(
        i32::from(status),
        code,
        message,
        "475f0b3c-6a56-4e55-8c5e-1fc4a5e0ad5f",
    );
    Reply::new(status, "application/x-protobuf", body)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let provider = FakeProvider::start(|request| match (request.key, request.attempt) {
        // Temporarily unavailable, then the gateway is down, then the answer.
        ("encrypt", 0) => kms_error(
            503,
            "ServiceUnavailableTemporary",
            "The service is temporarily unavailable.",
        ),
        ("encrypt", 1) => Reply::gateway_page(502),
        ("encrypt", _) => Reply::new(200, "application/x-protobuf", Vec::new()),
        // A key that does not exist: final.
        ("decrypt", _) => kms_error(404, "Forbidden.KeyNotFound", "The specified Key is not found."),
        // The client's clock is off: only fixing the clock helps, so no automatic retry.
        (_, _) => kms_error(
            400,
            "RequestTimeTooSkewed",
            "The request time exceeds the server time by more than 15 minutes.",
        ),
    })
    .await?;
    support::run_scenarios::<alibaba_kms::Code>(
        &provider,
        &[
            (
                "encrypt",
                "Encrypt: service unavailable, 502 gateway page, success",
            ),
            ("decrypt", "Decrypt with a key that does not exist"),
            ("skewed", "Any call from a client whose clock is 20 minutes off"),
        ],
    )
    .await;
    Ok(())
}
