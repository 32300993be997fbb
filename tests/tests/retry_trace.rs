//! What the retry glue tells (feature `tracing`, and the `RetryStats` counters): one scripted
//! fake OCI sequence run through `call`, the tower policy and the reqwest-middleware middleware,
//! caught by a layer of our own that writes every span and event of target `cloud_errors` as a
//! line. The three glues must tell the same story, field for field, and none of it may carry the
//! secrets planted in the request's headers, query and body and in the error's message and
//! headers.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use cloud_errors::observe::{ProviderStats, RetryStats};
use cloud_errors::reqwest::{call, CallOptions};
use cloud_errors::reqwest_middleware::RetryMiddleware;
use cloud_errors::testing::{FakeProvider, Reply};
use cloud_errors::tower::TowerPolicy;
use cloud_errors::{oci, RetryPolicy};
use http::{HeaderName, HeaderValue, Method, StatusCode};
use tower::{Service, ServiceExt};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Subscriber};
use tracing_subscriber::layer::{Context, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;
use tracing_subscriber::Layer;

const SECRET: &str = "SECRET-7f3a";

/// Every span (when it closes, with all its fields) and event of target `cloud_errors`, as lines.
#[derive(Clone, Default)]
struct Capture {
    lines: Arc<Mutex<Vec<String>>>,
}

/// A span's fields in the order they were given or recorded.
struct Fields(Vec<(String, String)>);

impl Visit for Fields {
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.set(field, format!("{value:?}"));
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        self.set(field, value.to_owned());
    }
    fn record_u64(&mut self, field: &Field, value: u64) {
        self.set(field, value.to_string());
    }
    fn record_i64(&mut self, field: &Field, value: i64) {
        self.set(field, value.to_string());
    }
}

impl Fields {
    fn set(&mut self, field: &Field, value: String) {
        match self.0.iter_mut().find(|(name, _)| name == field.name()) {
            Some(slot) => slot.1 = value,
            None => self.0.push((field.name().to_owned(), value)),
        }
    }

    fn line(&self) -> String {
        let fields: Vec<String> = self
            .0
            .iter()
            .map(|(name, value)| format!("{name}={value}"))
            .collect();
        fields.join(" ")
    }
}

impl<S: Subscriber + for<'a> LookupSpan<'a>> Layer<S> for Capture {
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        if attrs.metadata().target() != "cloud_errors" {
            return;
        }
        let mut fields = Fields(Vec::new());
        attrs.record(&mut fields);
        ctx.span(id).unwrap().extensions_mut().insert(fields);
    }

    fn on_record(&self, id: &Id, values: &Record<'_>, ctx: Context<'_, S>) {
        if let Some(fields) = ctx.span(id).unwrap().extensions_mut().get_mut::<Fields>() {
            values.record(fields);
        }
    }

    fn on_event(&self, event: &Event<'_>, ctx: Context<'_, S>) {
        if event.metadata().target() != "cloud_errors" {
            return;
        }
        let mut fields = Fields(Vec::new());
        event.record(&mut fields);
        let parent = ctx
            .event_span(event)
            .map_or("none".to_owned(), |span| span.name().to_owned());
        self.lines.lock().unwrap().push(format!(
            "{} event in {parent}: {}",
            event.metadata().level(),
            fields.line()
        ));
    }

    fn on_close(&self, id: Id, ctx: Context<'_, S>) {
        let span = ctx.span(&id).unwrap();
        let Some(fields) = span.extensions().get::<Fields>().map(Fields::line) else {
            return;
        };
        let parent = span
            .parent()
            .map_or("none".to_owned(), |parent| parent.name().to_owned());
        self.lines
            .lock()
            .unwrap()
            .push(format!("span {} in {parent}: {fields}", span.name()));
    }
}

fn policy() -> RetryPolicy {
    RetryPolicy::for_provider::<oci::Code>()
        .with_max_attempts(4)
        .with_base(Duration::from_millis(1))
        .with_cap(Duration::from_millis(5))
        .with_jitter(false)
}

/// Throttled (with a request id, `Retry-After: 0`, and secrets in the message and a header),
/// then a gateway's 502, then the answer; and a POST without a token that gets a 502.
async fn provider(glue: &str) -> FakeProvider {
    let throttled = oci::Error::new(oci::Code::TooManyRequests)
        .with_message(format!("slow down, {SECRET}"))
        .with_request_id("req-1")
        .with_retry_after(Duration::ZERO);
    let throttled = Reply::error(&throttled).with_header(
        HeaderName::from_static("x-debug-token"),
        HeaderValue::from_static(SECRET),
    );
    FakeProvider::builder()
        .on(
            Method::GET,
            format!("/{glue}/instances"),
            [
                throttled,
                Reply::gateway_page(StatusCode::BAD_GATEWAY),
                Reply::json(StatusCode::OK, format!(r#"{{"items":[],"note":"{SECRET}"}}"#)),
            ],
        )
        .on(
            Method::POST,
            format!("/{glue}/instances"),
            [Reply::gateway_page(StatusCode::BAD_GATEWAY)],
        )
        .start()
        .await
        .unwrap()
}

/// The GET and the POST, through `glue`, with secrets in the request's header, query and body.
async fn run(glue: &str, provider: &FakeProvider, stats: &RetryStats) {
    let client = reqwest::Client::new();
    let url = format!("{}?sig={SECRET}", provider.url_for(&format!("/{glue}/instances")));
    let get = || {
        client
            .get(&url)
            .header("authorization", format!("Bearer {SECRET}"))
    };
    let post = || client.post(&url).body(format!(r#"{{"password":"{SECRET}"}}"#));
    match glue {
        "call" => {
            let options = CallOptions::default().with_stats(stats.clone());
            let answer = call::<oci::Code>(get(), &policy(), &options, |_| {})
                .await
                .unwrap();
            assert_eq!(answer.status, 200);
            let error = call::<oci::Code>(post(), &policy(), &options, |_| {})
                .await
                .unwrap_err();
            assert_eq!(error.provider_error().unwrap().status(), 502);
        }
        "middleware" => {
            let client = reqwest_middleware::ClientBuilder::new(client.clone())
                .with(RetryMiddleware::<oci::Code>::new(policy()).with_stats(stats.clone()))
                .build();
            let response = client
                .get(&url)
                .header("authorization", format!("Bearer {SECRET}"))
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 200);
            let response = client
                .post(&url)
                .body(format!(r#"{{"password":"{SECRET}"}}"#))
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 502);
        }
        "tower" => {
            let inner = tower::service_fn(move |request: http::Request<bytes::Bytes>| {
                let client = client.clone();
                async move {
                    let request = reqwest::Request::try_from(request.map(reqwest::Body::from))?;
                    let response = client.execute(request).await?;
                    let mut builder = http::Response::builder().status(response.status());
                    for (name, value) in response.headers() {
                        builder = builder.header(name, value);
                    }
                    Ok::<_, Box<dyn std::error::Error + Send + Sync>>(builder.body(response.bytes().await?)?)
                }
            });
            let mut service = tower::ServiceBuilder::new()
                .retry(TowerPolicy::<oci::Code>::new(policy()).with_stats(stats.clone()))
                .service(inner);
            let request = |method: Method, body: String| {
                http::Request::builder()
                    .method(method)
                    .uri(&url)
                    .header("authorization", format!("Bearer {SECRET}"))
                    .body(bytes::Bytes::from(body))
                    .unwrap()
            };
            let get = request(Method::GET, String::new());
            let response = service.ready().await.unwrap().call(get).await.unwrap();
            assert_eq!(response.status(), 200);
            let post = request(Method::POST, format!(r#"{{"password":"{SECRET}"}}"#));
            let response = service.ready().await.unwrap().call(post).await.unwrap();
            assert_eq!(response.status(), 502);
        }
        _ => unreachable!("no glue {glue}"),
    }
}

/// The lines every glue must give for the sequence, the server at `port`.
fn expected(port: u16) -> Vec<String> {
    let server = format!("server.address=127.0.0.1 server.port={port}");
    let attempt = |method: &str, n: u32, rest: &str| {
        let resend = if n > 1 {
            format!(" http.request.resend_count={}", n - 1)
        } else {
            String::new()
        };
        format!(
            "span cloud_errors.attempt in cloud_errors.call: otel.name={method} otel.kind=client \
             http.request.method={method} {server} cloud_errors.attempt={n}{resend} {rest}"
        )
    };
    vec![
        // The GET: throttled, Retry-After 0 s.
        "INFO event in cloud_errors.attempt: message=retry in 0ns (asked by the server) \
         error.type=TooManyRequests http.response.status_code=429 cloud_errors.provider=Oracle Cloud Infrastructure \
         cloud_errors.retry=backoff cloud_errors.category=resource_exhausted \
         cloud_errors.decision=retry cloud_errors.delay_ms=0 cloud_errors.attempt=1 \
         cloud_errors.request_id=req-1"
            .to_owned(),
        attempt(
            "GET",
            1,
            "http.response.status_code=429 error.type=TooManyRequests otel.status_code=error",
        ),
        // A gateway's page: no code, classified by its status (a 502 is `internal`); backoff
        // 1 ms × 2.
        "INFO event in cloud_errors.attempt: message=retry in 2ms (backoff) error.type=502 \
         http.response.status_code=502 cloud_errors.provider=Oracle Cloud Infrastructure cloud_errors.retry=backoff \
         cloud_errors.category=internal cloud_errors.decision=retry cloud_errors.delay_ms=2 \
         cloud_errors.attempt=2"
            .to_owned(),
        attempt("GET", 2, "http.response.status_code=502 error.type=502 otel.status_code=error"),
        "DEBUG event in cloud_errors.attempt: message=answered http.response.status_code=200 \
         cloud_errors.provider=Oracle Cloud Infrastructure cloud_errors.attempt=3"
            .to_owned(),
        attempt("GET", 3, "http.response.status_code=200"),
        format!(
            "span cloud_errors.call in none: cloud_errors.provider=Oracle Cloud Infrastructure http.request.method=GET \
             {server} cloud_errors.attempts=3 cloud_errors.outcome=success"
        ),
        // The POST without a token: its 502 may have created the resource.
        "INFO event in cloud_errors.attempt: message=stop: not idempotent: neither an idempotent \
         method nor an idempotency token error.type=502 http.response.status_code=502 \
         cloud_errors.provider=Oracle Cloud Infrastructure cloud_errors.retry=backoff cloud_errors.category=internal \
         cloud_errors.decision=stop cloud_errors.stop_reason=not_idempotent cloud_errors.attempt=1"
            .to_owned(),
        attempt("POST", 1, "http.response.status_code=502 error.type=502 otel.status_code=error"),
        format!(
            "span cloud_errors.call in none: cloud_errors.provider=Oracle Cloud Infrastructure http.request.method=POST \
             {server} cloud_errors.attempts=1 cloud_errors.outcome=not_idempotent"
        ),
    ]
}

async fn trace_of(glue: &str, stats: &RetryStats) -> Vec<String> {
    let provider = provider(glue).await;
    let capture = Capture::default();
    let subscriber = tracing_subscriber::registry().with(capture.clone());
    {
        // The test's runtime has one thread: everything the calls do runs under this subscriber.
        let _default = tracing::subscriber::set_default(subscriber);
        run(glue, &provider, stats).await;
    }
    // The secrets did go out and come back: their absence below is the glue's doing.
    let received = provider.requests();
    assert!(received[0].header("authorization").unwrap().contains(SECRET));
    assert!(received[0].query.as_deref().unwrap_or_default().contains(SECRET));
    assert!(String::from_utf8_lossy(&received.last().unwrap().body).contains(SECRET));
    let lines = capture.lines.lock().unwrap().clone();
    for line in &lines {
        assert!(!line.contains(SECRET), "{glue}: a secret in the trace: {line}");
        assert!(
            !line.contains("slow down"),
            "{glue}: the message in the trace: {line}"
        );
    }
    assert_eq!(lines, expected(provider.addr().port()), "{glue}");
    lines
}

#[tokio::test]
async fn every_glue_tells_the_same_story_without_secrets() {
    let stats = RetryStats::new();
    for glue in ["call", "middleware", "tower"] {
        trace_of(glue, &stats).await;
    }
    // Three GETs (3 attempts, 2 retries, 2 ms waited each) and three POSTs (1 attempt, stopped).
    let [oci]: [ProviderStats; 1] = stats.snapshot().try_into().unwrap();
    assert_eq!(
        (oci.provider, oci.calls, oci.attempts, oci.retries, oci.successes),
        ("Oracle Cloud Infrastructure", 6, 12, 6, 3)
    );
    assert_eq!(oci.stops, BTreeMap::from([("not_idempotent", 3)]));
    assert_eq!(oci.slept, Duration::from_millis(6));
    assert_eq!(stats.provider("Oracle Cloud Infrastructure"), Some(oci));
    assert_eq!(stats.provider("Tencent Cloud"), None);
}
