//! The tower and reqwest-middleware glue against a fake OCI endpoint on 127.0.0.1: each retries
//! what `RetryPolicy::decide` says, a POST's 502 only with a retry token, and the same token on
//! every attempt.

#[path = "../examples/support/mod.rs"]
mod support;

use std::time::Duration;

use cloud_errors::reqwest_middleware::RetryMiddleware;
use cloud_errors::testing::{FakeProvider, Reply};
use cloud_errors::tower::TowerPolicy;
use cloud_errors::{oci, RetryPolicy};
use http::{Method, StatusCode};
use support::unsafe_repeats;
use tower::{Service, ServiceExt};

fn policy() -> RetryPolicy {
    RetryPolicy::for_provider::<oci::Code>()
        .with_max_attempts(3)
        .with_base(Duration::from_millis(1))
        .with_cap(Duration::from_millis(5))
}

/// Each call of the tests is a route of its own.
async fn provider() -> FakeProvider {
    let ok = || Reply::json(StatusCode::OK, r#"{"ok":true}"#);
    let bad_gateway = || Reply::gateway_page(StatusCode::BAD_GATEWAY);
    FakeProvider::builder()
        .on(
            Method::POST,
            "/throttled",
            [
                Reply::json(
                    StatusCode::TOO_MANY_REQUESTS,
                    r#"{"code":"TooManyRequests","message":"slow down"}"#,
                ),
                ok(),
            ],
        )
        .on(Method::POST, "/post-token", [bad_gateway(), ok()])
        .on(Method::POST, "/post-bare", [bad_gateway(), ok()])
        .on(Method::POST, "/post-added", [bad_gateway(), ok()])
        .on(
            Method::GET,
            "/down",
            [Reply::gateway_page(StatusCode::SERVICE_UNAVAILABLE)],
        )
        .on(
            Method::GET,
            "/bad",
            [Reply::json(
                StatusCode::BAD_REQUEST,
                r#"{"code":"InvalidParameter","message":"bad"}"#,
            )],
        )
        .start()
        .await
        .unwrap()
}

/// How many requests reached `path` (each path takes one method).
fn attempts(provider: &FakeProvider, path: &str) -> usize {
    provider
        .requests()
        .iter()
        .filter(|request| request.path == path)
        .count()
}

/// The `opc-retry-token` of each request to `path`, in order ("" when absent).
fn tokens(provider: &FakeProvider, path: &str) -> Vec<String> {
    provider
        .requests()
        .iter()
        .filter(|request| request.path == path)
        .map(|request| request.header("opc-retry-token").unwrap_or_default().to_owned())
        .collect()
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

#[tokio::test]
async fn tower_policy_retries_what_decide_says() {
    let provider = provider().await;
    let client = reqwest::Client::new();
    let inner = tower::service_fn(move |request: http::Request<bytes::Bytes>| {
        let client = client.clone();
        async move {
            let request = reqwest::Request::try_from(request.map(reqwest::Body::from))?;
            let response = client.execute(request).await?;
            let mut builder = http::Response::builder().status(response.status());
            for (name, value) in response.headers() {
                builder = builder.header(name, value);
            }
            Ok::<_, BoxError>(builder.body(response.bytes().await?)?)
        }
    });
    let mut service = tower::ServiceBuilder::new()
        .retry(TowerPolicy::<oci::Code>::new(policy()))
        .service(inner);
    let request = |method: http::Method, path: &str, token: Option<&str>| {
        let mut builder = http::Request::builder()
            .method(method)
            .uri(provider.url_for(path));
        if let Some(token) = token {
            builder = builder.header("opc-retry-token", token);
        }
        builder.body(bytes::Bytes::new()).unwrap()
    };
    macro_rules! send {
        ($request:expr) => {
            service.ready().await.unwrap().call($request).await
        };
    }
    // Throttled: retried whatever the method.
    let response = send!(request(http::Method::POST, "/throttled", None)).unwrap();
    assert_eq!(
        (response.status().as_u16(), attempts(&provider, "/throttled")),
        (200, 2)
    );
    // A POST's 502: retried with a token (the same one), not without.
    let response = send!(request(http::Method::POST, "/post-token", Some("t-1"))).unwrap();
    assert_eq!(
        (response.status().as_u16(), attempts(&provider, "/post-token")),
        (200, 2)
    );
    assert_eq!(tokens(&provider, "/post-token"), ["t-1", "t-1"]);
    let response = send!(request(http::Method::POST, "/post-bare", None)).unwrap();
    assert_eq!(
        (response.status().as_u16(), attempts(&provider, "/post-bare")),
        (502, 1)
    );
    // A GET against a service that stays down: every attempt, then its last answer.
    let response = send!(request(http::Method::GET, "/down", None)).unwrap();
    assert_eq!(
        (response.status().as_u16(), attempts(&provider, "/down")),
        (503, 3)
    );
    // Not retryable.
    let response = send!(request(http::Method::GET, "/bad", None)).unwrap();
    assert_eq!(
        (response.status().as_u16(), attempts(&provider, "/bad")),
        (400, 1)
    );
    assert_eq!(unsafe_repeats(&provider.requests(), "opc-retry-token"), 0);
}

#[tokio::test]
async fn reqwest_middleware_retries_what_decide_says() {
    let provider = provider().await;
    let with_tokens = reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
        .with(RetryMiddleware::<oci::Code>::new(policy()).with_idempotency_token(true))
        .build();
    let without_tokens = reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
        .with(RetryMiddleware::<oci::Code>::new(policy()))
        .build();
    let response = without_tokens
        .post(provider.url_for("/throttled"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        (response.status().as_u16(), attempts(&provider, "/throttled")),
        (200, 2)
    );

    // The middleware adds one opc-retry-token to the POST and sends it with every attempt.
    let response = with_tokens
        .post(provider.url_for("/post-added"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        (response.status().as_u16(), attempts(&provider, "/post-added")),
        (200, 2)
    );
    let tokens = tokens(&provider, "/post-added");
    assert_eq!(tokens.len(), 2);
    assert!(tokens[0].len() == 32 && tokens[0] == tokens[1], "{tokens:?}");

    // Without a token the POST's 502 comes back, body and all, after one attempt.
    let response = without_tokens
        .post(provider.url_for("/post-bare"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        (response.status().as_u16(), attempts(&provider, "/post-bare")),
        (502, 1)
    );
    assert!(response.text().await.unwrap().contains("502 Bad Gateway"));

    let response = without_tokens
        .get(provider.url_for("/down"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        (response.status().as_u16(), attempts(&provider, "/down")),
        (503, 3)
    );
    let response = with_tokens.get(provider.url_for("/bad")).send().await.unwrap();
    assert_eq!(
        (response.status().as_u16(), attempts(&provider, "/bad")),
        (400, 1)
    );
    assert_eq!(unsafe_repeats(&provider.requests(), "opc-retry-token"), 0);
}
