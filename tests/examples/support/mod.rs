//! What the retry examples (and the retry tests in tests/) share: a scripted fake provider on
//! 127.0.0.1, and the client loop under test — reqwest for HTTP, backon for retries, and
//! `cloud_errors` deciding what to retry and how long to wait (`RetryPolicy::decide`, which knows
//! the request's method and whether it carries an idempotency token).

#![allow(dead_code)] // each example uses a different part

use std::collections::HashMap;
use std::future::Future;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use backon::{ConstantBuilder, Retryable};
use cloud_errors::reqwest::{send, Answer, CallError, IdempotencyToken};
use cloud_errors::{ProviderCode, RetryContext, RetryPolicy, StopReason, TokenPlace};

/// The request header that names a logical call, so the fake provider can count its attempts.
pub const KEY_HEADER: &str = "x-call-key";

/// One scripted reply.
#[derive(Clone, Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
    /// How long the server waits before answering (to make the client time out).
    pub delay: Duration,
}

impl Reply {
    pub fn new(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
        Reply {
            status,
            headers: vec![("content-type", content_type.to_owned())],
            body: body.into(),
            delay: Duration::ZERO,
        }
    }

    pub fn json(status: u16, body: &str) -> Reply {
        Reply::new(status, "application/json", body)
    }

    /// What a gateway in front of the service answers when the service is down.
    pub fn gateway_page(status: u16) -> Reply {
        Reply::new(
            status,
            "text/html",
            format!("<html><head><title>{status} Bad Gateway</title></head><body><center><h1>{status} Bad Gateway</h1></center><hr><center>nginx</center></body></html>"),
        )
    }

    pub fn header(mut self, name: &'static str, value: impl ToString) -> Reply {
        self.headers.push((name, value.to_string()));
        self
    }

    pub fn after(mut self, delay: Duration) -> Reply {
        self.delay = delay;
        self
    }

    fn into_response(self) -> Response {
        let mut headers = HeaderMap::new();
        for (name, value) in self.headers {
            if let Ok(value) = HeaderValue::from_str(&value) {
                headers.append(HeaderName::from_static(name), value);
            }
        }
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        (status, headers, self.body).into_response()
    }
}

/// What the fake provider knows of a request when its script picks the reply.
#[derive(Clone, Copy, Debug)]
pub struct Request<'a> {
    /// The call's key (the `x-call-key` header), empty if none.
    pub key: &'a str,
    /// 0 for a call's first attempt, 1 for its first retry, …
    pub attempt: usize,
}

type Script = dyn Fn(Request<'_>) -> Reply + Send + Sync;

/// An HTTP server on 127.0.0.1 answering every request from a script. Stops when dropped.
pub struct FakeProvider {
    pub url: String,
    attempts: Arc<Mutex<HashMap<String, usize>>>,
    /// Requests with a method that is not idempotent and no `opc-retry-token` that arrived for a
    /// call an earlier attempt of which the server may have processed (it answered a success or a
    /// 5xx, or timed out, rather than refusing with a 4xx): each may have repeated a side effect.
    unsafe_repeats: Arc<AtomicUsize>,
    /// The `opc-retry-token` of every request, by call key (empty string when absent).
    tokens: Arc<Mutex<HashMap<String, Vec<String>>>>,
    server: tokio::task::JoinHandle<()>,
}

impl FakeProvider {
    pub async fn start(
        script: impl Fn(Request<'_>) -> Reply + Send + Sync + 'static,
    ) -> std::io::Result<FakeProvider> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let url = format!("http://{}", listener.local_addr()?);
        let attempts: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
        let processed: Arc<Mutex<HashMap<String, bool>>> = Arc::default();
        let tokens: Arc<Mutex<HashMap<String, Vec<String>>>> = Arc::default();
        let token_log = Arc::clone(&tokens);
        let script: Arc<Script> = Arc::new(script);
        let counter = Arc::clone(&attempts);
        let unsafe_repeats: Arc<AtomicUsize> = Arc::default();
        let repeats = Arc::clone(&unsafe_repeats);
        let app = axum::Router::new().fallback(move |method: Method, headers: HeaderMap| {
            let (script, counter, repeats) =
                (Arc::clone(&script), Arc::clone(&counter), Arc::clone(&repeats));
            let processed = Arc::clone(&processed);
            let token_log = Arc::clone(&token_log);
            async move {
                let key = headers
                    .get(KEY_HEADER)
                    .and_then(|value| value.to_str().ok())
                    .unwrap_or_default()
                    .to_owned();
                let attempt = {
                    let mut counts = counter.lock().unwrap();
                    let count = counts.entry(key.clone()).or_insert(0);
                    *count += 1;
                    *count - 1
                };
                let idempotent = matches!(
                    method,
                    Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS
                );
                let token = headers
                    .get("opc-retry-token")
                    .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned())
                    .unwrap_or_default();
                token_log
                    .lock()
                    .unwrap()
                    .entry(key.clone())
                    .or_default()
                    .push(token);
                let reply = script(Request { key: &key, attempt });
                {
                    let mut processed = processed.lock().unwrap();
                    let earlier = processed.entry(key.clone()).or_insert(false);
                    if *earlier && !idempotent && !headers.contains_key("opc-retry-token") {
                        repeats.fetch_add(1, Ordering::SeqCst);
                    }
                    *earlier |= !(400..500).contains(&reply.status);
                }
                if !reply.delay.is_zero() {
                    tokio::time::sleep(reply.delay).await;
                }
                reply.into_response()
            }
        });
        let server = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok(FakeProvider {
            url,
            attempts,
            unsafe_repeats,
            tokens,
            server,
        })
    }

    /// How many requests arrived for the call `key`.
    pub fn attempts(&self, key: &str) -> usize {
        self.attempts.lock().unwrap().get(key).copied().unwrap_or(0)
    }

    /// How many non-idempotent requests without a token reached the server again for the same
    /// call (see the field).
    pub fn unsafe_repeats(&self) -> usize {
        self.unsafe_repeats.load(Ordering::SeqCst)
    }

    /// The `opc-retry-token` of each request for the call `key`, in order ("" when absent).
    pub fn tokens(&self, key: &str) -> Vec<String> {
        self.tokens.lock().unwrap().get(key).cloned().unwrap_or_default()
    }

    /// How many requests arrived in all.
    pub fn total_attempts(&self) -> usize {
        self.attempts.lock().unwrap().values().sum()
    }
}

impl Drop for FakeProvider {
    fn drop(&mut self) {
        self.server.abort();
    }
}

/// What the client loop saw of one failed attempt, as it decided.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    /// Display of the error.
    pub error: String,
    /// The retry class of the error.
    pub retry: cloud_errors::Retry,
    /// The decision, as `RetryPolicy::decide` gave it.
    pub decision: cloud_errors::Decision,
    /// The delay before the next attempt, if the loop retried.
    pub delay: Option<Duration>,
}

impl Decision {
    /// Why the loop stopped here, if it did.
    pub fn stop_reason(&self) -> Option<StopReason> {
        self.decision.stop_reason()
    }
}

/// How one call ended, and what the client decided on the way.
#[derive(Debug)]
pub struct Outcome<C: ProviderCode> {
    pub result: Result<Answer, CallError<C>>,
    pub decisions: Vec<Decision>,
}

/// The retry policy of the examples and tests: up to `retries` retries with exponential backoff
/// from `min` up to `max` (no jitter, so tests can predict it), a `Retry-After` when the service
/// sends one, and a per-attempt timeout.
#[derive(Clone, Copy, Debug)]
pub struct Policy {
    pub retries: usize,
    pub min: Duration,
    pub max: Duration,
    pub timeout: Duration,
}

impl Policy {
    /// The provider's defaults, adjusted to this policy.
    pub fn retry_policy<C: ProviderCode>(&self) -> RetryPolicy {
        RetryPolicy::for_provider::<C>()
            .with_max_attempts(self.retries as u32 + 1)
            .with_base(self.min)
            .with_cap(self.max)
            .with_jitter(false)
    }
}

/// What is sent: a method, and whether it carries an idempotency token.
#[derive(Clone, Debug)]
pub struct SendAs {
    pub method: Method,
    pub token: bool,
}

impl SendAs {
    pub const GET: SendAs = SendAs {
        method: Method::GET,
        token: false,
    };
    pub const POST: SendAs = SendAs {
        method: Method::POST,
        token: false,
    };
    pub const POST_WITH_TOKEN: SendAs = SendAs {
        method: Method::POST,
        token: true,
    };
}

/// One logical call with retries (a GET): see [`call_with_retries_as`].
pub async fn call_with_retries<C, S, F>(
    client: &reqwest::Client,
    url: &str,
    key: &str,
    policy: Policy,
    sleep: S,
) -> Outcome<C>
where
    C: ProviderCode,
    S: Fn(Duration) -> F + 'static,
    F: Future<Output = ()> + 'static,
{
    call_with_retries_as(client, url, key, SendAs::GET, policy, sleep).await
}

/// One logical call with retries: the lines a client writes with reqwest and backon, with every
/// decision coming from `cloud_errors` (`CallError::decide`). A `POST` with a token sends the
/// provider's idempotency header (OCI: `opc-retry-token`) with the same token on every attempt.
/// `sleep` lets tests run the delays on a mocked clock; the examples pass `tokio::time::sleep`.
pub async fn call_with_retries_as<C, S, F>(
    client: &reqwest::Client,
    url: &str,
    key: &str,
    send_as: SendAs,
    policy: Policy,
    sleep: S,
) -> Outcome<C>
where
    C: ProviderCode,
    S: Fn(Duration) -> F + 'static,
    F: Future<Output = ()> + 'static,
{
    let retry_policy = policy.retry_policy::<C>();
    let decisions: Mutex<Vec<Decision>> = Mutex::new(Vec::new());
    // One token for every attempt of this call: the service recognises the resend.
    let token = IdempotencyToken::new();
    let token_header = match C::RETRY_POLICY.idempotency_token {
        Some(TokenPlace::Header(name)) if send_as.token => Some(name),
        _ => None,
    };
    let attempt = AtomicU32::new(0);
    let start = Instant::now();
    let result = (|| {
        attempt.fetch_add(1, Ordering::SeqCst);
        let mut request = client
            .request(send_as.method.clone(), url)
            .header(KEY_HEADER, key)
            .timeout(policy.timeout);
        if let Some(name) = token_header {
            request = request.header(name, token.as_str());
        }
        send::<C>(request)
    })
    // backon only runs the loop: every stop and every delay comes from the decision.
    .retry(ConstantBuilder::default().with_max_times(usize::MAX))
    .sleep(sleep)
    .adjust(|error: &CallError<C>, _| {
        let ctx = RetryContext::new(send_as.method.clone())
            .with_idempotency_token(send_as.token)
            .attempt(attempt.load(Ordering::SeqCst))
            .elapsed(start.elapsed());
        let decision = error.decide(&retry_policy, &ctx);
        decisions.lock().unwrap().push(Decision {
            error: error.to_string(),
            retry: error.retry(),
            decision,
            delay: decision.delay(),
        });
        decision.delay()
    })
    .await;
    Outcome {
        result,
        decisions: decisions.into_inner().unwrap(),
    }
}

/// Prints a call's attempts and the decision taken after each, with the reason.
pub fn print_outcome<C: ProviderCode>(title: &str, outcome: &Outcome<C>) {
    println!("\n== {title}");
    for (attempt, decision) in outcome.decisions.iter().enumerate() {
        let verdict = decision.decision.to_string();
        println!(
            "attempt {}: {}\n  -> retry class `{}`: {verdict}",
            attempt + 1,
            decision.error,
            decision.retry
        );
    }
    match &outcome.result {
        Ok(answer) => println!(
            "attempt {}: {} -> success: {}",
            outcome.decisions.len() + 1,
            answer.status,
            String::from_utf8_lossy(&answer.body)
        ),
        Err(CallError::Provider(error)) => println!(
            "failed with {}: {} (category {})",
            error.code().code(),
            error.code().description(),
            error.category()
        ),
        Err(error) => println!("failed: {error}"),
    }
}

/// The examples' policy: real delays, kept short.
pub const EXAMPLE_POLICY: Policy = Policy {
    retries: 3,
    min: Duration::from_millis(100),
    max: Duration::from_secs(2),
    timeout: Duration::from_secs(2),
};

/// Runs each scenario (a call key and its title) as one GET with the examples' policy and real
/// delays, and prints how it went.
pub async fn run_scenarios<C: ProviderCode>(provider: &FakeProvider, scenarios: &[(&str, &str)]) {
    let scenarios: Vec<_> = scenarios
        .iter()
        .map(|&(key, title)| (key, title, SendAs::GET))
        .collect();
    run_scenarios_as::<C>(provider, &scenarios).await;
}

/// Runs each scenario (a call key, its title and how it is sent) as one call with the examples'
/// policy (each attempt with a 2 s timeout) and real delays, and prints how it went.
pub async fn run_scenarios_as<C: ProviderCode>(provider: &FakeProvider, scenarios: &[(&str, &str, SendAs)]) {
    let client = reqwest::Client::new();
    for (key, title, send_as) in scenarios {
        let outcome = call_with_retries_as::<C, _, _>(
            &client,
            &provider.url,
            key,
            send_as.clone(),
            EXAMPLE_POLICY,
            tokio::time::sleep,
        )
        .await;
        print_outcome(title, &outcome);
    }
}
