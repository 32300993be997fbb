//! A reqwest + backon client against a fake Tencent Cloud API 3.0 endpoint on 127.0.0.1, which
//! answers errors with HTTP 200 and the error inside the body, retrying exactly what the catalog
//! says.
//!
//! Run: `cargo run --example retry_tencent`

mod support;

use cloud_errors::tencent_redis;
use support::{FakeProvider, Reply};

fn tencent_error(code: &str, message: &str) -> Reply {
    Reply::json(
        200,
        &format!(
            r#"{{"Response":{{"Error":{{"Code":"{code}","Message":"{message}"}},"RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}}}"#
        ),
    )
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let provider = FakeProvider::start(|request| match (request.key, request.attempt) {
        // Rate-limited (HTTP 200!), then the gateway is down, then the answer.
        ("describe", 0) => tencent_error("RequestLimitExceeded", "Your requests are too frequent."),
        ("describe", 1) => Reply::gateway_page(502),
        ("describe", _) => Reply::json(
            200,
            r#"{"Response":{"TotalCount":0,"InstanceSet":[],"RequestId":"b5f3a1c0-1d2e-4f00-9a00-000000000001"}}"#,
        ),
        // An instance that does not exist (a Redis service code): final.
        ("missing", _) => tencent_error("ResourceNotFound.InstanceNotExists", "No Redis instance matches the serialId."),
        // An expired signature (a common code, through `extends`): only a fresh signature helps.
        (_, _) => tencent_error("AuthFailure.SignatureExpire", "The signature has expired."),
    })
    .await?;
    support::run_scenarios::<tencent_redis::Code>(
        &provider,
        &[
            (
                "describe",
                "DescribeInstances: rate-limited under HTTP 200, 502 gateway page, success",
            ),
            ("missing", "DescribeInstances for an instance that does not exist"),
            ("expired", "Any call signed more than five minutes ago"),
        ],
    )
    .await;
    Ok(())
}
