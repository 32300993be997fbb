//! `cloud_errors::testing::FakeProvider` as a user's test uses it: a client's whole retry
//! sequence against scripted errors, a dropped connection and a gateway's page, checked from the
//! requests the provider recorded.

use std::time::Duration;

use cloud_errors::reqwest::{send, Answer, CallError};
use cloud_errors::testing::{FakeProvider, Reply};
use cloud_errors::{oci, tencent, ProviderCode, Retry};
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
                Reply::success(StatusCode::OK, r#"{"id":"ocid1.instance.oc1..aaaa"}"#),
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
                Reply::success(StatusCode::OK, "{}").after(Duration::from_secs(2)),
                Reply::success(StatusCode::OK, r#"{"fast":true}"#),
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
                Reply::success(StatusCode::OK, r#"{"Response":{"RequestId":"6e2d-2"}}"#),
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
}

#[tokio::test]
async fn dropping_the_provider_stops_the_server() {
    let provider = FakeProvider::builder()
        .on(Method::GET, "/", [Reply::success(StatusCode::OK, "{}")])
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
