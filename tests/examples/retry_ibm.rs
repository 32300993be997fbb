//! A reqwest + backon client against a fake IBM Cloud VPC instance metadata service on 127.0.0.1,
//! retrying exactly what the catalog (and, for codes it does not know, the status) says.
//!
//! Run: `cargo run --example retry_ibm`

mod support;

use cloud_errors::envelopes::IbmExtras;
use cloud_errors::ibm_vpc_metadata::{Code, Error};
use cloud_errors::testing::Reply;
use http::StatusCode;
use support::{Scenario, SendAs};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    support::run_scenarios::<Code>(vec![
        // A service-side failure, then the gateway is down, then the answer. (PUT: the token
        // call is idempotent, so a 5xx is retried.)
        Scenario {
            title: "PUT /instance_identity/v1/token: service error, 502 gateway page, success",
            send: SendAs::PUT,
            path: "/instance_identity/v1/token",
            replies: vec![
                Reply::error(
                    &Error::new(Code::ServiceError)
                        .with_message("An internal error occurred.")
                        .with_request_id("6b3ab8a5-7b1e-4b8c-9a6e-1f6c4e8f7d10"),
                ),
                Reply::gateway_page(StatusCode::BAD_GATEWAY),
                Reply::json(StatusCode::OK, r#"{"access_token":"…","expires_in":300}"#),
            ],
        },
        // A placement group that does not exist: final. The body is written by hand, with the
        // `target` IBM adds and `ProviderError` does not write.
        Scenario {
            title: "GET a placement group that does not exist",
            send: SendAs::GET,
            path: "/metadata/v1/placement_groups/r006-0b8a",
            replies: vec![Reply::json(
                StatusCode::NOT_FOUND,
                r#"{"errors":[{"code":"not_found","message":"Placement group not found.",
                    "target":{"name":"id","type":"path_parameter","value":"r006-0b8a"}}],
                    "status_code":404,"trace":"e37872f6-f9a4-4084-a1a8-e56a1c8c8d3d"}"#,
            )],
        },
        // A malformed request: final.
        Scenario {
            title: "PUT a token with an out-of-range expires_in",
            send: SendAs::PUT,
            path: "/instance_identity/v1/token",
            replies: vec![Reply::error(
                &Error::new(Code::InvalidValue)
                    .with_status(StatusCode::BAD_REQUEST)
                    .with_message("The `expires_in` field must not exceed `3600`.")
                    .with_extras(
                        IbmExtras::default()
                            .with_more_info("https://cloud.ibm.com/docs/vpc?topic=vpc-imd-configure-service"),
                    )
                    .with_request_id("c1a2b3d4-0000-4000-8000-000000000000"),
            )],
        },
    ])
    .await?;
    Ok(())
}
