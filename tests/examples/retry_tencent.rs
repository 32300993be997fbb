//! A reqwest + backon client against a fake Tencent Cloud API 3.0 endpoint on 127.0.0.1, which
//! answers errors with HTTP 200 and the error inside the body, retrying exactly what the catalog
//! says.
//!
//! Run: `cargo run --example retry_tencent`

mod support;

use cloud_errors::testing::Reply;
use cloud_errors_tencent::redis::{Code, Error};
use http::StatusCode;
use support::{Scenario, SendAs};

/// An API 3.0 error: HTTP 200, `{"Response":{"Error":{"Code","Message"},"RequestId"}}`.
fn tencent_error(code: Code, message: &str) -> Reply {
    Reply::error(
        &Error::new(code)
            .with_message(message)
            .with_request_id("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"),
    )
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    support::run_scenarios::<Code>(vec![
        // Rate-limited (HTTP 200!), then the gateway is down, then the answer.
        Scenario {
            title: "DescribeInstances: rate-limited under HTTP 200, 502 gateway page, success",
            send: SendAs::GET,
            path: "/",
            replies: vec![
                tencent_error(
                    Code::from_code("RequestLimitExceeded"),
                    "Your requests are too frequent.",
                ),
                Reply::gateway_page(StatusCode::BAD_GATEWAY),
                Reply::json(
                    StatusCode::OK,
                    r#"{"Response":{"TotalCount":0,"InstanceSet":[],"RequestId":"b5f3a1c0-1d2e-4f00-9a00-000000000001"}}"#,
                ),
            ],
        },
        // An instance that does not exist (a Redis service code): final.
        Scenario {
            title: "DescribeInstances for an instance that does not exist",
            send: SendAs::GET,
            path: "/",
            replies: vec![tencent_error(
                Code::ResourceNotFoundInstanceNotExists,
                "No Redis instance matches the serialId.",
            )],
        },
        // An expired signature (a common code, through `extends`): only a fresh signature helps.
        Scenario {
            title: "Any call signed more than five minutes ago",
            send: SendAs::GET,
            path: "/",
            replies: vec![tencent_error(
                Code::from_code("AuthFailure.SignatureExpire"),
                "The signature has expired.",
            )],
        },
    ])
    .await?;
    Ok(())
}
