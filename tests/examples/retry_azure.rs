//! A reqwest + backon client against a fake Azure Storage account on 127.0.0.1: XML and JSON
//! error bodies, the code in `x-ms-error-code`, the request id in `x-ms-request-id`, and the
//! waits azcore reads (`retry-after-ms`, `x-ms-retry-after-ms`, then `Retry-After`). Retried as
//! azure-sdk-for-go's azcore decides (by status: 408, 429, 500, 502, 503, 504), except that a
//! 5xx is resent only for an idempotent request.
//!
//! Run: `cargo run --example retry_azure`

mod support;

use cloud_errors::azure_storage::{Code, Error};
use cloud_errors::envelopes::AzureExtras;
use cloud_errors::testing::Reply;
use http::header::{HeaderName, HeaderValue};
use http::StatusCode;
use support::{Scenario, SendAs};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let server_busy = Error::new(Code::ServerBusy)
        .with_message("Ingress is over the account limit.")
        .with_request_id("5c1d0e6a-701e-0042-1b2c-3d4e5f60718a")
        .with_extras(AzureExtras::xml());
    support::run_scenarios::<Code>(vec![
        Scenario {
            title: "PUT a blob: ServerBusy asking for 250 ms (retry-after-ms), InternalError, created",
            send: SendAs::PUT,
            path: "/demo/report.csv",
            replies: vec![
                Reply::error(&server_busy).with_header(
                    HeaderName::from_static("retry-after-ms"),
                    HeaderValue::from_static("250"),
                ),
                Reply::error(&Error::new(Code::InternalError).with_extras(AzureExtras::xml())),
                Reply::response(
                    http::Response::builder()
                        .status(StatusCode::CREATED)
                        .body(Vec::new())?,
                ),
            ],
        },
        // Queue's Put Message is a POST: a resent one could enqueue the message twice.
        Scenario {
            title: "POST a queue message: ServerBusy, not resent (azcore would resend it)",
            send: SendAs::POST,
            path: "/orders/messages",
            replies: vec![Reply::error(&server_busy)],
        },
        // 408: the request was not processed; retried for any method, as azcore does.
        Scenario {
            title: "POST a queue message: 408 without a body, then created",
            send: SendAs::POST,
            path: "/orders/messages",
            replies: vec![
                Reply::response(
                    http::Response::builder()
                        .status(StatusCode::REQUEST_TIMEOUT)
                        .body(Vec::new())?,
                ),
                Reply::xml(
                    StatusCode::CREATED,
                    "<?xml version=\"1.0\" encoding=\"utf-8\"?><QueueMessagesList/>",
                ),
            ],
        },
        // Written by hand as Storage sends it: the header gives the code (azcore reads it before
        // the body), the XML has an element `ProviderError` does not write.
        Scenario {
            title: "GET with a bad signature: AuthenticationFailed, final",
            send: SendAs::GET,
            path: "/demo/report.csv",
            replies: vec![Reply::xml(
                StatusCode::FORBIDDEN,
                "\u{feff}<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>AuthenticationFailed</Code>\
                 <Message>The request's signature does not match.</Message>\
                 <AuthenticationErrorDetail>The signed string differs.</AuthenticationErrorDetail></Error>",
            )
            .with_header(
                HeaderName::from_static("x-ms-error-code"),
                HeaderValue::from_static("AuthenticationFailed"),
            )
            .with_header(
                HeaderName::from_static("x-ms-request-id"),
                HeaderValue::from_static("9f2e7c41-c01e-0013-27aa-0b7d1e000000"),
            )],
        },
        // The REST guidelines' JSON body with nested details, from a service in front of Storage.
        Scenario {
            title: "GET a missing resource: JSON with details, final",
            send: SendAs::GET,
            path: "/demo/missing",
            replies: vec![Reply::json(
                StatusCode::NOT_FOUND,
                r#"{"error":{"code":"ResourceNotFound","message":"The specified resource does not exist.",
                    "target":"missing","details":[{"code":"NotFound","message":"No such path."}]}}"#,
            )],
        },
    ])
    .await?;
    Ok(())
}
