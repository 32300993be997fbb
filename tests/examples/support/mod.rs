//! What the retry examples (and the retry tests in tests/) share: the client loop under test —
//! reqwest for HTTP, backon for retries, and `cloud_errors` deciding what to retry and how long to
//! wait (`RetryPolicy::decide`, which knows the request's method and whether it carries an
//! idempotency token) — run against `cloud_errors::testing::FakeProvider`.

#![allow(dead_code)] // each example uses a different part

use std::collections::HashSet;
use std::future::Future;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use backon::{ConstantBuilder, Retryable};
use cloud_errors::observe::RetryStats;
use cloud_errors::reqwest::{call, send, Answer, CallError, CallOptions, IdempotencyToken};
use cloud_errors::testing::{FakeProvider, Received, Reply};
use cloud_errors::{ProviderCode, RetryContext, RetryPolicy, StopReason, TokenPlace};
use http::Method;

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
    pub const PUT: SendAs = SendAs {
        method: Method::PUT,
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
    policy: Policy,
    sleep: S,
) -> Outcome<C>
where
    C: ProviderCode,
    S: Fn(Duration) -> F + 'static,
    F: Future<Output = ()> + 'static,
{
    call_with_retries_as(client, url, SendAs::GET, policy, sleep).await
}

/// One logical call with retries: the lines a client writes with reqwest and backon, with every
/// decision coming from `cloud_errors` (`CallError::decide`). A `POST` with a token sends the
/// provider's idempotency header (OCI: `opc-retry-token`) with the same token on every attempt.
/// `sleep` lets tests run the delays on a mocked clock; the examples pass `tokio::time::sleep`.
pub async fn call_with_retries_as<C, S, F>(
    client: &reqwest::Client,
    url: &str,
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

/// One story an example tells: a call sent as `send` to `path`, which the fake provider answers
/// with `replies` in order (the last one repeating).
pub struct Scenario {
    pub title: &'static str,
    pub send: SendAs,
    pub path: &'static str,
    pub replies: Vec<Reply>,
}

/// Runs each scenario as one call with the examples' policy (each attempt with a 2 s timeout) and
/// real delays, against a fake provider of its own, and prints how it went.
pub async fn run_scenarios<C: ProviderCode>(scenarios: Vec<Scenario>) -> std::io::Result<()> {
    let client = reqwest::Client::new();
    for scenario in scenarios {
        let provider = FakeProvider::builder()
            .on(scenario.send.method.clone(), scenario.path, scenario.replies)
            .start()
            .await?;
        let outcome = call_with_retries_as::<C, _, _>(
            &client,
            &provider.url_for(scenario.path),
            scenario.send,
            EXAMPLE_POLICY,
            tokio::time::sleep,
        )
        .await;
        print_outcome(scenario.title, &outcome);
    }
    Ok(())
}

/// Runs each scenario as [`run_scenarios`] does, through `cloud_errors::reqwest::call` (which
/// traces every call with the `tracing` feature), counting the calls in `stats`.
pub async fn run_scenarios_through_call<C: ProviderCode>(
    scenarios: Vec<Scenario>,
    stats: &RetryStats,
) -> std::io::Result<()> {
    let client = reqwest::Client::new();
    let options = CallOptions::default()
        .with_attempt_timeout(EXAMPLE_POLICY.timeout)
        .with_stats(stats.clone());
    for scenario in scenarios {
        let provider = FakeProvider::builder()
            .on(scenario.send.method.clone(), scenario.path, scenario.replies)
            .start()
            .await?;
        let request = client.request(scenario.send.method, provider.url_for(scenario.path));
        let options = options.clone().with_idempotency_token(scenario.send.token);
        let mut decisions = Vec::new();
        let result = call::<C>(request, &EXAMPLE_POLICY.retry_policy::<C>(), &options, |failed| {
            decisions.push(Decision {
                error: failed.error.to_string(),
                retry: failed.error.retry(),
                decision: failed.decision,
                delay: failed.decision.delay(),
            })
        })
        .await;
        print_outcome(scenario.title, &Outcome { result, decisions });
    }
    Ok(())
}

/// The requests that may have repeated a side effect: each with a method that is not idempotent
/// and no `token_header`, to a route (one logical call) an earlier request to which the provider
/// may have processed — answered with a success or a 5xx, dropped, or answered too late —
/// rather than refused with a 4xx.
pub fn unsafe_repeats(received: &[Received], token_header: &str) -> usize {
    let mut processed: HashSet<(&Method, &str)> = HashSet::new();
    let mut repeats = 0;
    for request in received {
        let route = (&request.method, request.path.as_str());
        let idempotent = matches!(
            request.method,
            Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS
        );
        if processed.contains(&route) && !idempotent && request.header(token_header).is_none() {
            repeats += 1;
        }
        if !request
            .answer
            .status()
            .is_some_and(|status| status.is_client_error())
        {
            processed.insert(route);
        }
    }
    repeats
}
