//! The tower and reqwest-middleware glue against a fake OCI endpoint on 127.0.0.1: each retries
//! what `RetryPolicy::decide` says, a POST's 502 only with a retry token, and the same token on
//! every attempt. Then the retry quota against a fake AWS endpoint that throttles: shared by the
//! calls of `call`, of a tower policy and of a middleware, it stops the retries once spent and
//! fills again as calls succeed.

#[path = "../examples/support/mod.rs"]
mod support;

use std::time::Duration;

use cloud_errors::observe::RetryStats;
use cloud_errors::reqwest::{call, CallOptions};
use cloud_errors::reqwest_middleware::RetryMiddleware;
use cloud_errors::testing::{FakeProvider, Reply};
use cloud_errors::tower::TowerPolicy;
use cloud_errors::{aws, oci, CarriesIdempotencyToken, QuotaSpec, RetryPolicy, RetryQuota, StopReason};
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

/// An HTTP service for tower: sends with reqwest, buffers the answer.
fn http_service() -> impl tower::Service<
    http::Request<bytes::Bytes>,
    Response = http::Response<bytes::Bytes>,
    Error = BoxError,
    Future = impl Send,
> + Clone {
    let client = reqwest::Client::new();
    tower::service_fn(move |request: http::Request<bytes::Bytes>| {
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
    })
}

#[tokio::test]
async fn tower_policy_retries_what_decide_says() {
    let provider = provider().await;
    let inner = http_service();
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

/// A fake AWS JSON endpoint: `/throttled` always answers ThrottlingException, `/ok` succeeds,
/// `/flaky` throttles once and then succeeds, the `/create…` routes answer a 503 page once.
async fn throttling_aws() -> FakeProvider {
    let throttled = || Reply::error(&aws::Error::new(aws::Code::from_code("ThrottlingException")));
    let ok = || Reply::json(StatusCode::OK, "{}");
    let unavailable = || Reply::gateway_page(StatusCode::SERVICE_UNAVAILABLE);
    FakeProvider::builder()
        .on(Method::POST, "/throttled", [throttled()])
        .on(Method::GET, "/throttled", [throttled()])
        .on(Method::GET, "/ok", [ok()])
        .on(Method::POST, "/flaky", [throttled(), ok()])
        .on(Method::POST, "/create", [unavailable(), ok()])
        .on(Method::POST, "/create-marked", [unavailable(), ok()])
        .on(Method::POST, "/create-tower", [unavailable(), ok()])
        .start()
        .await
        .unwrap()
}

fn fast(policy: RetryPolicy) -> RetryPolicy {
    policy
        .with_base(Duration::from_millis(1))
        .with_cap(Duration::from_millis(2))
}

/// catalogs/aws.yaml's quota (500 tokens, 5 a retry, 1 back per success: botocore
/// retries/quota.py, standard.py `RetryQuotaChecker`), shared by every call made with one
/// policy: 50 throttled calls of 3 attempts spend it, the next call is not retried, and
/// successes fill it again.
#[tokio::test]
async fn call_stops_retrying_once_the_shared_quota_is_spent() {
    let provider = throttling_aws().await;
    let client = reqwest::Client::new();
    let policy = fast(RetryPolicy::for_provider::<aws::Code>());
    let quota = policy.quota().expect("AWS's policy has a quota").clone();
    assert_eq!(quota.available(), 500);
    let stats = RetryStats::new();
    let options = CallOptions::default().with_stats(stats.clone());
    let mut stops = Vec::new();
    for _ in 0..50 {
        let request = client.post(provider.url_for("/throttled"));
        let error = call::<aws::Code>(request, &policy, &options, |failed| {
            stops.extend(failed.decision.stop_reason())
        })
        .await
        .unwrap_err();
        assert_eq!(
            error.provider_error().unwrap().code().code(),
            "ThrottlingException"
        );
    }
    assert_eq!(attempts(&provider, "/throttled"), 150);
    assert_eq!(quota.available(), 0);
    assert!(stops
        .iter()
        .all(|stop| *stop == StopReason::AttemptsSpent { attempts: 3 }));

    // Spent: the 51st call stops after its first attempt, for the quota.
    stops.clear();
    let request = client.post(provider.url_for("/throttled"));
    call::<aws::Code>(request, &policy, &options, |failed| {
        stops.extend(failed.decision.stop_reason())
    })
    .await
    .unwrap_err();
    assert_eq!(attempts(&provider, "/throttled"), 151);
    assert_eq!(
        stops,
        [StopReason::QuotaEmpty {
            cost: 5,
            available: 0
        }]
    );
    let counted = stats.provider("Amazon Web Services").unwrap();
    assert_eq!(counted.stops.get("quota_empty"), Some(&1));
    assert_eq!(counted.stops.get("attempts_spent"), Some(&50));

    // Five first-attempt successes give 1 each: enough for one retry, which takes its 5 and
    // gives them back when its call succeeds.
    for _ in 0..5 {
        call::<aws::Code>(client.get(provider.url_for("/ok")), &policy, &options, |_| {})
            .await
            .unwrap();
    }
    assert_eq!(quota.available(), 5);
    call::<aws::Code>(client.post(provider.url_for("/flaky")), &policy, &options, |_| {})
        .await
        .unwrap();
    assert_eq!(attempts(&provider, "/flaky"), 2);
    assert_eq!(quota.available(), 5);
}

/// One quota attached to any provider's policy (here OCI's, whose SDK has none) and shared by
/// the calls of a tower policy, cloned per call by tower.
#[tokio::test]
async fn tower_policy_calls_share_the_quota() {
    let provider = FakeProvider::builder()
        .on(
            Method::GET,
            "/throttled",
            [Reply::json(
                StatusCode::TOO_MANY_REQUESTS,
                r#"{"code":"TooManyRequests","message":"slow down"}"#,
            )],
        )
        .on(Method::GET, "/ok", [Reply::json(StatusCode::OK, "{}")])
        .start()
        .await
        .unwrap();
    let quota = RetryQuota::new(QuotaSpec::new(10, 5, 10, 1));
    let policy = fast(RetryPolicy::for_provider::<oci::Code>())
        .with_max_attempts(3)
        .with_quota(quota.clone());
    let mut service = tower::ServiceBuilder::new()
        .retry(TowerPolicy::<oci::Code>::new(policy))
        .service(http_service());
    let get = |path: &str| {
        http::Request::builder()
            .uri(provider.url_for(path))
            .body(bytes::Bytes::new())
            .unwrap()
    };
    // The first call's two retries spend the 10 tokens; the second call is not retried.
    for expected in [3, 4] {
        let response = service
            .ready()
            .await
            .unwrap()
            .call(get("/throttled"))
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(attempts(&provider, "/throttled"), expected);
    }
    assert_eq!(quota.available(), 0);
    let response = service.ready().await.unwrap().call(get("/ok")).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(quota.available(), 1);
}

/// The middleware's calls share its policy's quota: AWS's, made smaller here.
#[tokio::test]
async fn reqwest_middleware_calls_share_the_quota() {
    let provider = throttling_aws().await;
    let quota = RetryQuota::new(QuotaSpec::new(10, 5, 10, 1));
    let policy = fast(RetryPolicy::for_provider::<aws::Code>()).with_quota(quota.clone());
    let client = reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
        .with(RetryMiddleware::<aws::Code>::new(policy))
        .build();
    for expected in [3, 4] {
        let response = client.get(provider.url_for("/throttled")).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        assert_eq!(attempts(&provider, "/throttled"), expected);
    }
    assert_eq!(quota.available(), 0);
    for _ in 0..5 {
        client.get(provider.url_for("/ok")).send().await.unwrap();
    }
    assert_eq!(quota.available(), 5);
    // A throttled POST retried once with the 5 left, then a success: the 5 come back.
    let response = client.post(provider.url_for("/flaky")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(attempts(&provider, "/flaky"), 2);
    assert_eq!(quota.available(), 5);
}

/// AWS's idempotency token is a body member (`ClientToken`): the glue cannot see it, and a
/// `POST` that got a 503 is not resent unless the request says it carries one, with
/// `CarriesIdempotencyToken` in its extensions.
#[tokio::test]
async fn a_client_token_in_the_body_is_said_with_an_extension() {
    let provider = throttling_aws().await;
    let policy = fast(RetryPolicy::for_provider::<aws::Code>());
    let client = reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
        .with(RetryMiddleware::<aws::Code>::new(policy.clone()))
        .build();
    let token = cloud_errors::reqwest::IdempotencyToken::new();
    let body = format!(r#"{{"ClientToken":"{token}","Name":"n"}}"#);
    let response = client
        .post(provider.url_for("/create"))
        .body(body.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(
        (response.status().as_u16(), attempts(&provider, "/create")),
        (503, 1)
    );
    let response = client
        .post(provider.url_for("/create-marked"))
        .body(body.clone())
        .with_extension(CarriesIdempotencyToken)
        .send()
        .await
        .unwrap();
    assert_eq!(
        (response.status().as_u16(), attempts(&provider, "/create-marked")),
        (200, 2)
    );

    let mut service = tower::ServiceBuilder::new()
        .retry(TowerPolicy::<aws::Code>::new(policy))
        .service(http_service());
    let mut request = http::Request::post(provider.url_for("/create-tower"))
        .body(bytes::Bytes::from(body))
        .unwrap();
    request.extensions_mut().insert(CarriesIdempotencyToken);
    let response = service.ready().await.unwrap().call(request).await.unwrap();
    assert_eq!(
        (response.status().as_u16(), attempts(&provider, "/create-tower")),
        (200, 2)
    );
}

/// A connection the server never lets in: a listener whose accept queue is full drops the new
/// connection's SYNs (Linux), so the connect times out. reqwest marks that error both "connect"
/// and "timeout"; it is a `ConnectTimeout`, retried whatever the request, at the quota's timeout
/// cost.
#[cfg(target_os = "linux")]
#[tokio::test]
async fn a_connect_timeout_is_its_own_failure() {
    use cloud_errors::reqwest::send;
    use cloud_errors::{RetryContext, TransportFailure};

    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let listener = socket.listen(0).unwrap();
    let addr = listener.local_addr().unwrap();
    // Fill the queue; nothing is ever accepted.
    let mut held = Vec::new();
    for _ in 0..4 {
        let connect = tokio::net::TcpStream::connect(addr);
        if let Ok(Ok(stream)) = tokio::time::timeout(Duration::from_millis(100), connect).await {
            held.push(stream);
        }
    }
    let client = reqwest::Client::builder()
        .connect_timeout(Duration::from_millis(200))
        // Should the connection be let in after all: fail, not hang.
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    let error = send::<aws::Code>(client.post(format!("http://{addr}/")))
        .await
        .expect_err("the connection cannot be made");
    assert_eq!(
        error.transport_failure(),
        Some(TransportFailure::ConnectTimeout),
        "{error}"
    );
    let policy =
        RetryPolicy::for_provider::<aws::Code>().with_quota(RetryQuota::new(QuotaSpec::new(20, 5, 10, 1)));
    let decision =
        policy.decide_transport(TransportFailure::ConnectTimeout, &RetryContext::new(Method::POST));
    assert_eq!(decision.quota_cost(), 10);
    drop((held, listener));
}
