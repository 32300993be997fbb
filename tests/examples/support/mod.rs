//! What the retry examples (and the retry tests in tests/) share: a scripted fake provider on
//! 127.0.0.1, and the client loop under test — reqwest for HTTP, backon for retries, and
//! `cloud_errors` deciding what to retry and how long to wait.

#![allow(dead_code)] // each example uses a different part

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use backon::{ExponentialBuilder, Retryable};
use cloud_errors::reqwest::{send, Answer, CallError};
use cloud_errors::ProviderCode;

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
    server: tokio::task::JoinHandle<()>,
}

impl FakeProvider {
    pub async fn start(
        script: impl Fn(Request<'_>) -> Reply + Send + Sync + 'static,
    ) -> std::io::Result<FakeProvider> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let url = format!("http://{}", listener.local_addr()?);
        let attempts: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
        let script: Arc<Script> = Arc::new(script);
        let counter = Arc::clone(&attempts);
        let app = axum::Router::new().fallback(move |headers: HeaderMap| {
            let (script, counter) = (Arc::clone(&script), Arc::clone(&counter));
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
                let reply = script(Request { key: &key, attempt });
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
            server,
        })
    }

    /// How many requests arrived for the call `key`.
    pub fn attempts(&self, key: &str) -> usize {
        self.attempts.lock().unwrap().get(key).copied().unwrap_or(0)
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
    /// The retry class that decided.
    pub retry: cloud_errors::Retry,
    /// The delay before the next attempt, if the loop retried.
    pub delay: Option<Duration>,
}

/// How one call ended, and what the client decided on the way.
#[derive(Debug)]
pub struct Outcome<C: ProviderCode> {
    pub result: Result<Answer, CallError<C>>,
    pub decisions: Vec<Decision>,
}

/// The retry policy of the examples and tests: up to `retries` retries with exponential backoff
/// between `min` and `max`, never shorter than the service's `Retry-After`.
#[derive(Clone, Copy, Debug)]
pub struct Policy {
    pub retries: usize,
    pub min: Duration,
    pub max: Duration,
    pub timeout: Duration,
}

/// One logical call with retries: the lines a client writes with reqwest and backon, with every
/// decision coming from `cloud_errors` (`is_retryable`, `retry_after`). `sleep` lets tests run
/// the delays on a mocked clock; the examples pass `tokio::time::sleep`.
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
    let decisions: Mutex<Vec<Decision>> = Mutex::new(Vec::new());
    let backoff = ExponentialBuilder::default()
        .with_min_delay(policy.min)
        .with_max_delay(policy.max)
        .with_max_times(policy.retries);
    let result = (|| send::<C>(client.get(url).header(KEY_HEADER, key).timeout(policy.timeout)))
        .retry(backoff)
        .sleep(sleep)
        .when(|error: &CallError<C>| error.is_retryable())
        // The service's Retry-After, when it sent one, is the least we wait.
        .adjust(|error: &CallError<C>, delay| {
            delay.map(|delay| error.retry_after().map_or(delay, |asked| asked.max(delay)))
        })
        .notify(|error: &CallError<C>, delay| {
            decisions.lock().unwrap().push(Decision {
                error: error.to_string(),
                retry: error.retry(),
                delay: Some(delay),
            });
        })
        .await;
    let mut decisions = decisions.into_inner().unwrap();
    if let Err(error) = &result {
        // The attempt that ended the call: not retried, because of its class or the budget.
        decisions.push(Decision {
            error: error.to_string(),
            retry: error.retry(),
            delay: None,
        });
    }
    Outcome { result, decisions }
}

/// Prints a call's attempts and the decision taken after each, with the reason.
pub fn print_outcome<C: ProviderCode>(title: &str, outcome: &Outcome<C>) {
    println!("\n== {title}");
    for (attempt, decision) in outcome.decisions.iter().enumerate() {
        let verdict = match decision.delay {
            Some(delay) => format!("retry in {delay:?}"),
            None if decision.retry.is_retryable() => "give up: retry budget spent".to_owned(),
            None => "stop: not retryable".to_owned(),
        };
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

/// Runs each scenario (a call key and its title) as one call with the examples' policy and real
/// delays, and prints how it went.
pub async fn run_scenarios<C: ProviderCode>(provider: &FakeProvider, scenarios: &[(&str, &str)]) {
    let client = reqwest::Client::new();
    for &(key, title) in scenarios {
        let outcome =
            call_with_retries::<C, _, _>(&client, &provider.url, key, EXAMPLE_POLICY, tokio::time::sleep)
                .await;
        print_outcome(title, &outcome);
    }
}
