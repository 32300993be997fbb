//! A reqwest + backon client against a fake Alibaba Cloud KMS instance endpoint on 127.0.0.1,
//! which answers errors as Protocol Buffers, retrying exactly what the catalog says.
//!
//! Run: `cargo run --example retry_alibaba`

mod support;

use cloud_errors::testing::Reply;
use cloud_errors_alibaba::kms_instance::{Code, Error};
use http::header::CONTENT_TYPE;
use http::StatusCode;
use support::{Scenario, SendAs};

/// The KMS instance API's protobuf `Error {StatusCode, ErrorCode, ErrorMessage, RequestId}`.
fn kms_error(code: Code, status: StatusCode, message: &str) -> Reply {
    Reply::error(
        &Error::new(code)
            .with_status(status)
            .with_message(message)
            .with_request_id("475f0b3c-6a56-4e55-8c5e-1fc4a5e0ad5f"),
    )
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // A success is a protobuf message too (here an empty one).
    let encrypted = http::Response::builder()
        .header(CONTENT_TYPE, "application/x-protobuf")
        .body(Vec::new())?;
    let skewed = || {
        kms_error(
            Code::RequestTimeTooSkewed,
            StatusCode::BAD_REQUEST,
            "The request time exceeds the server time by more than 15 minutes.",
        )
    };
    support::run_scenarios::<Code>(vec![
        // Temporarily unavailable, then the gateway is down, then the answer.
        Scenario {
            title: "Encrypt: service unavailable, 502 gateway page, success",
            send: SendAs::GET,
            path: "/",
            replies: vec![
                kms_error(
                    Code::ServiceUnavailableTemporary,
                    StatusCode::SERVICE_UNAVAILABLE,
                    "The service is temporarily unavailable.",
                ),
                Reply::gateway_page(StatusCode::BAD_GATEWAY),
                Reply::response(encrypted),
            ],
        },
        // A key that does not exist: final.
        Scenario {
            title: "Decrypt with a key that does not exist",
            send: SendAs::GET,
            path: "/",
            replies: vec![kms_error(
                Code::ForbiddenKeyNotFound,
                StatusCode::NOT_FOUND,
                "The specified Key is not found.",
            )],
        },
        // The client's clock is off: only fixing the clock helps, so no automatic retry.
        Scenario {
            title: "Any call from a client whose clock is 20 minutes off",
            send: SendAs::GET,
            path: "/",
            replies: vec![skewed()],
        },
    ])
    .await?;
    Ok(())
}
