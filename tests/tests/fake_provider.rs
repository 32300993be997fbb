//! `cloud_errors::testing::FakeProvider` as a user's test uses it: a client's whole retry
//! sequence against scripted errors, a dropped connection and a gateway's page, checked from the
//! requests the provider recorded.

use std::time::Duration;

use cloud_errors::reqwest::{send, Answer, CallError};
use cloud_errors::testing::{Answered, FakeProvider, Reply};
use cloud_errors::{oci, tencent, ProviderCode, Retry};
use http::header::{HeaderName, HeaderValue, CONTENT_TYPE};
use http::{Method, StatusCode};

/// What the client under test did on one failed attempt.
#[derive(Debug, PartialEq, Eq)]
enum Failure {
    Provider { status: u16, code: String },
    Transport,
    Other(String),
}

/// The client under test: a POST with an idempotency token, retried while `cloud_errors` says
/// so, at most `attempts` times, waiting what the service asks (capped for the test).
async fn create_instance<C: ProviderCode>(
    url: &str,
    attempts: usize,
    timeout: Duration,
) -> (Result<Answer, CallError<C>>, Vec<(Failure, Retry)>) {
    let client = reqwest::Client::new();
    let mut failures = Vec::new();
    let mut attempt = 0;
    loop {
        attempt += 1;
        let request = client
            .post(url)
            .header("opc-retry-token", "token-7f3a")
            .timeout(timeout)
            .body(r#"{"displayName":"web-1"}"#);
        let error = match send::<C>(request).await {
            Ok(answer) => return (Ok(answer), failures),
            Err(error) => error,
        };
        let failure = match &error {
            CallError::Provider(error) => Failure::Provider {
                status: error.status(),
                code: error.code().code().to_owned(),
            },
            CallError::Transport(_) => Failure::Transport,
            other => Failure::Other(other.to_string()),
        };
        failures.push((failure, error.retry()));
        if !error.is_retryable() || attempt == attempts {
            return (Err(error), failures);
        }
        let wait = error.retry_after().unwrap_or(Duration::from_millis(5));
        tokio::time::sleep(wait.min(Duration::from_millis(50))).await;
    }
}

#[tokio::test]
async fn a_client_retries_through_throttling_a_dropped_connection_and_a_gateway_page() {
    let throttled = oci::Error::new(oci::Code::TooManyRequests)
        .with_message("Tenancy request-rate limit exceeded.")
        .with_request_id("A1B2/C3D4")
        .with_retry_after(Duration::ZERO);
    let provider = FakeProvider::builder()
        .on(
            Method::POST,
            "/20160918/instances",
            [
                Reply::error(&throttled),
                Reply::drop_connection(),
                Reply::gateway_page(StatusCode::BAD_GATEWAY),
                Reply::json(StatusCode::OK, r#"{"id":"ocid1.instance.oc1..aaaa"}"#),
            ],
        )
        .start()
        .await
        .unwrap();
    let url = format!("{}/20160918/instances", provider.url());

    let (result, failures) = create_instance::<oci::Code>(&url, 5, Duration::from_secs(5)).await;

    let answer = result.unwrap();
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(&answer.body[..], br#"{"id":"ocid1.instance.oc1..aaaa"}"#);
    assert_eq!(
        failures,
        [
            (
                Failure::Provider {
                    status: 429,
                    code: "TooManyRequests".to_owned()
                },
                Retry::Backoff
            ),
            (Failure::Transport, Retry::Backoff),
            (
                Failure::Provider {
                    status: 502,
                    code: String::new()
                },
                Retry::Backoff
            ),
        ]
    );
    // Four requests reached the provider, the dropped one included, each the same call.
    let received = provider.requests_to(&Method::POST, "/20160918/instances");
    assert_eq!(received.len(), 4);
    for request in &received {
        assert_eq!(request.header("opc-retry-token"), Some("token-7f3a"));
        assert_eq!(request.body, br#"{"displayName":"web-1"}"#);
    }
    // Each recorded with what it was answered.
    assert_eq!(
        received.iter().map(|request| request.answer).collect::<Vec<_>>(),
        [
            Answered::Status(StatusCode::TOO_MANY_REQUESTS),
            Answered::Dropped,
            Answered::Status(StatusCode::BAD_GATEWAY),
            Answered::Status(StatusCode::OK),
        ]
    );
    assert_eq!(received[1].answer.status(), None);
    assert_eq!(provider.requests().len(), 4);
}

#[tokio::test]
async fn a_final_error_is_not_retried_and_the_last_reply_repeats() {
    let invalid = oci::Error::new(oci::Code::InvalidParameter).with_message("displayName is too long");
    let provider = FakeProvider::builder()
        .on(Method::POST, "/instances", [Reply::error(&invalid)])
        .start()
        .await
        .unwrap();
    let url = format!("{}/instances", provider.url());
    for round in 1..=2 {
        let (result, failures) = create_instance::<oci::Code>(&url, 5, Duration::from_secs(5)).await;
        let error = result.unwrap_err();
        assert_eq!(error.provider_error().unwrap(), &invalid);
        assert_eq!(failures.len(), 1);
        assert_eq!(provider.requests().len(), round);
    }
}

#[tokio::test]
async fn a_slow_reply_times_the_client_out_and_is_retried() {
    let provider = FakeProvider::builder()
        .on(
            Method::POST,
            "/slow",
            [
                Reply::json(StatusCode::OK, "{}").after(Duration::from_secs(2)),
                Reply::json(StatusCode::OK, r#"{"fast":true}"#),
            ],
        )
        .start()
        .await
        .unwrap();
    let url = format!("{}/slow", provider.url());
    let (result, failures) = create_instance::<oci::Code>(&url, 3, Duration::from_millis(200)).await;
    assert_eq!(&result.unwrap().body[..], br#"{"fast":true}"#);
    assert_eq!(failures, [(Failure::Transport, Retry::Backoff)]);
}

#[tokio::test]
async fn tencent_errors_under_http_200() {
    let code = tencent::Code::from_code("RequestLimitExceeded");
    let limited = tencent::Error::new(code.clone()).with_request_id("6e2d-1");
    let provider = FakeProvider::builder()
        .on(
            Method::POST,
            "/",
            [
                Reply::error(&limited),
                Reply::json(StatusCode::OK, r#"{"Response":{"RequestId":"6e2d-2"}}"#),
            ],
        )
        .start()
        .await
        .unwrap();
    let (result, failures) =
        create_instance::<tencent::Code>(&provider.url(), 3, Duration::from_secs(5)).await;
    assert!(result.is_ok());
    assert_eq!(
        failures,
        [(
            Failure::Provider {
                status: 200,
                code: "RequestLimitExceeded".to_owned()
            },
            code.retry()
        )]
    );
}

#[tokio::test]
async fn an_unscripted_route_is_a_404_and_recorded() {
    let provider = FakeProvider::builder().start().await.unwrap();
    let response = reqwest::Client::new()
        .get(format!("{}/nowhere?x=1", provider.url()))
        .header("x-probe", "yes")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        response.text().await.unwrap(),
        "FakeProvider: no script for GET /nowhere"
    );
    let received = provider.requests();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].method, Method::GET);
    assert_eq!(received[0].path, "/nowhere");
    assert_eq!(received[0].query.as_deref(), Some("x=1"));
    assert_eq!(received[0].header("x-probe"), Some("yes"));
    assert_eq!(received[0].answer, Answered::Status(StatusCode::NOT_FOUND));
}

#[tokio::test]
async fn a_function_route_answers_by_header_and_a_panic_in_it_drops_the_connection() {
    // Tencent Cloud API 3.0: every call is a POST to `/`, the action is a header.
    let limited = tencent::Error::new(tencent::Code::from_code("RequestLimitExceeded"));
    let provider = FakeProvider::builder()
        .on_fn(Method::POST, "/", move |request| {
            match request
                .headers()
                .get("x-tc-action")
                .and_then(|action| action.to_str().ok())
            {
                Some("DescribeInstances") => Reply::error(&limited),
                Some("RunInstances") => {
                    assert_eq!(request.body(), b"{}", "the function sees the body");
                    Reply::json(StatusCode::OK, r#"{"Response":{"RequestId":"ok"}}"#)
                }
                _ => panic!("no such action (this panic is part of the test)"),
            }
        })
        .start()
        .await
        .unwrap();
    let client = reqwest::Client::new();
    let send = |action: &'static str| {
        client
            .post(provider.url_for("/?Region=ap-guangzhou"))
            .header("X-TC-Action", action)
            .body("{}")
            .send()
    };
    let describe =
        cloud_errors::reqwest::read::<tencent::Code>(send("DescribeInstances").await.unwrap()).await;
    assert_eq!(
        describe.unwrap_err().provider_error().unwrap().code().code(),
        "RequestLimitExceeded"
    );
    assert_eq!(send("RunInstances").await.unwrap().status(), StatusCode::OK);
    assert!(
        send("Nothing").await.is_err(),
        "the panicking function's connection is dropped"
    );
    // The server lives on after the panic.
    assert_eq!(send("RunInstances").await.unwrap().status(), StatusCode::OK);
    let answers: Vec<_> = provider
        .requests_to(&Method::POST, "/")
        .iter()
        .map(|request| (request.header("x-tc-action").unwrap().to_owned(), request.answer))
        .collect();
    assert_eq!(
        answers,
        [
            ("DescribeInstances".to_owned(), Answered::Status(StatusCode::OK)),
            ("RunInstances".to_owned(), Answered::Status(StatusCode::OK)),
            ("Nothing".to_owned(), Answered::Dropped),
            ("RunInstances".to_owned(), Answered::Status(StatusCode::OK)),
        ]
    );
    assert_eq!(
        provider.requests()[0].query.as_deref(),
        Some("Region=ap-guangzhou")
    );
}

#[tokio::test]
async fn scripting_a_route_again_appends_or_replaces_a_function() {
    let provider = FakeProvider::builder()
        .on(Method::GET, "/a", [Reply::json(StatusCode::OK, "1")])
        .on(Method::GET, "/a", [Reply::json(StatusCode::OK, "2")])
        .on_fn(Method::GET, "/b", |_| Reply::json(StatusCode::OK, "function"))
        .on(Method::GET, "/b", [Reply::json(StatusCode::OK, "list")])
        .on(Method::POST, "/a", [Reply::json(StatusCode::CREATED, "post")])
        .start()
        .await
        .unwrap();
    let client = reqwest::Client::new();
    let mut bodies = Vec::new();
    for (method, path) in [
        (Method::GET, "/a"),
        (Method::GET, "/a"),
        (Method::GET, "/a"),
        (Method::GET, "/b"),
        (Method::POST, "/a"),
    ] {
        let response = client
            .request(method, provider.url_for(path))
            .send()
            .await
            .unwrap();
        bodies.push(response.text().await.unwrap());
    }
    assert_eq!(bodies, ["1", "2", "2", "list", "post"]);
}

#[tokio::test]
async fn with_header_sets_a_header_and_replaces_the_content_type() {
    let provider = FakeProvider::builder()
        .on(
            Method::GET,
            "/",
            [Reply::json(StatusCode::OK, Vec::new())
                .with_header(CONTENT_TYPE, HeaderValue::from_static("application/x-protobuf"))
                .with_header(
                    HeaderName::from_static("opc-next-page"),
                    HeaderValue::from_static("p-2"),
                )],
        )
        .start()
        .await
        .unwrap();
    let response = reqwest::get(provider.url_for("/")).await.unwrap();
    let content_types: Vec<_> = response.headers().get_all(CONTENT_TYPE).iter().collect();
    assert_eq!(content_types, ["application/x-protobuf"]);
    assert_eq!(response.headers()["opc-next-page"], "p-2");
}

#[tokio::test]
async fn dropping_the_provider_stops_the_server() {
    let provider = FakeProvider::builder()
        .on(Method::GET, "/", [Reply::json(StatusCode::OK, "{}")])
        .start()
        .await
        .unwrap();
    let addr = provider.addr();
    assert!(addr.ip().is_loopback());
    tokio::net::TcpStream::connect(addr).await.unwrap();
    drop(provider);
    // The accept loop is cancelled at the runtime's next turn; then nothing listens.
    let mut refused = false;
    for _ in 0..100 {
        tokio::time::sleep(Duration::from_millis(10)).await;
        if tokio::net::TcpStream::connect(addr).await.is_err() {
            refused = true;
            break;
        }
    }
    assert!(
        refused,
        "the fake provider still accepts connections after being dropped"
    );
}
