//! A reqwest + backon client against a fake Alibaba Cloud KMS instance endpoint on 127.0.0.1,
//! which answers errors as Protocol Buffers, retrying exactly what the catalog says.
//!
//! Run: `cargo run --example retry_alibaba`

mod support;

use cloud_errors::alibaba_kms;
use prost::Message;
use support::{FakeProvider, Reply};

/// The KMS instance API's error message, as its documentation defines it.
#[derive(Clone, PartialEq, Message)]
struct KmsError {
    #[prost(int32, tag = "1")]
    status_code: i32,
    #[prost(string, tag = "2")]
    error_code: String,
    #[prost(string, tag = "3")]
    error_message: String,
    #[prost(string, tag = "4")]
    request_id: String,
}

fn kms_error(status: u16, code: &str, message: &str) -> Reply {
    let body = KmsError {
        status_code: i32::from(status),
        error_code: code.to_owned(),
        error_message: message.to_owned(),
        request_id: "475f0b3c-6a56-4e55-8c5e-1fc4a5e0ad5f".to_owned(),
    }
    .encode_to_vec();
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
