//! What the retry glue ([`call`](crate::reqwest::call), the tower policy, the reqwest-middleware
//! middleware) tells about a call: counters in a [`RetryStats`] handle, always available, and,
//! with the `tracing` feature, a span per call, a span per attempt and an event per decision.
//!
//! # Counters: a handle, not the `metrics` crate
//!
//! [`RetryStats`] is a handle you give to the glue (`CallOptions::with_stats`,
//! `TowerPolicy::with_stats`, `RetryMiddleware::with_stats`) and read whenever you like
//! ([`RetryStats::snapshot`]): in a test, in a health endpoint, or copied into whatever metrics
//! system you run. We chose it over counters of the [`metrics`](https://docs.rs/metrics) facade
//! because it costs no dependency, needs no recorder installed before anything can be read, works
//! the same in a unit test, and does not tie this crate's API to a 0.x facade's releases; a
//! snapshot's fields map one to one onto `metrics` counters for those who use it.
//!
//! # Tracing (feature `tracing`)
//!
//! Spans and events have the target `cloud_errors` (`RUST_LOG=cloud_errors=debug`) and use the
//! attribute names of OpenTelemetry's semantic conventions for HTTP client spans
//! (`semantic-conventions` repository, `docs/http/http-spans.md`, "HTTP client span" and "HTTP
//! request retries and redirects"), plus ours under `cloud_errors.`:
//!
//! | what | level | fields |
//! | --- | --- | --- |
//! | span `cloud_errors.call`, one per call | INFO | `cloud_errors.provider`, `http.request.method`, `server.address`, `server.port`; at its end `cloud_errors.attempts` and `cloud_errors.outcome` (`success` or the stop reason) |
//! | span `cloud_errors.attempt`, one per attempt, inside the call's | INFO | `otel.name` (the method, the span name OpenTelemetry asks for), `otel.kind` = `client`, `http.request.method`, `server.address`, `server.port`, `cloud_errors.attempt` (1 for the first), `http.request.resend_count` (only on resends: the attempt − 1); when it ends `http.response.status_code` (when there was an answer), and on failure `error.type` and `otel.status_code` = `error` |
//! | event, one per decision, inside the attempt's span | INFO | `error.type`, `http.response.status_code` (when there was an answer), `cloud_errors.provider`, `cloud_errors.retry` and `cloud_errors.category` (the answer's class and category, when the provider answered), `cloud_errors.decision` (`retry` or `stop`), `cloud_errors.stop_reason` (when stopping), `cloud_errors.delay_ms` (when retrying), `cloud_errors.attempt`, `cloud_errors.request_id` (when the provider sent one); its message is the decision (`retry in 1s (asked by the server)`, `retry in 2s (backoff)`) |
//! | event when an attempt succeeds | DEBUG | `http.response.status_code`, `cloud_errors.provider`, `cloud_errors.attempt` |
//!
//! `error.type` is the provider's wire code (`TooManyRequests`, reported as sent when the catalog
//! does not know it), the status (`502`) when the answer has none, and for failures without an
//! answer `connect`, `connect_timeout`, `timeout`, `connection_lost`, `answer_too_large`,
//! `deadline` or `_OTHER` (OpenTelemetry's fallback value). `cloud_errors.stop_reason` is one of
//! [`STOP_REASONS`](RetryStats::STOP_REASONS).
//!
//! **What is never recorded**: request and response bodies, the provider's message text, URLs'
//! paths and queries, and header values — they may carry credentials, tokens or personal data.
//! The only values taken from a response are its status, its error code and its request id; from
//! the request, its method and its host and port.
//!
//! The tower policy is called after each attempt, never before: its attempt spans open when the
//! answer is in, so they carry the outcome and the decision, not the attempt's duration.
//!
//! Without the feature none of this is compiled and the crate does not depend on `tracing`; with
//! it and no subscriber, a call costs what BENCHMARKS.md ("Tracing's cost") measures.

// The observers serve the glue only: with `responses` alone (no reqwest, tower or middleware)
// the handle is public and the rest is unused.
#![cfg_attr(
    not(any(feature = "reqwest", feature = "tower", feature = "reqwest-middleware")),
    allow(dead_code)
)]

use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use crate::{Category, Decision, ProviderCode, ProviderError, Retry, StopReason, TransportFailure};

/// Counters of the calls made through the retry glue, per provider: attempts, retries, why calls
/// stopped, time waited. Clones share the counters: give one to several clients, or keep one per
/// client.
///
/// ```
/// use cloud_errors::observe::RetryStats;
///
/// let stats = RetryStats::new();
/// // CallOptions::default().with_stats(stats.clone()), TowerPolicy::with_stats(stats.clone()), …
/// assert!(stats.snapshot().is_empty());
/// assert_eq!(stats.provider("Oracle Cloud Infrastructure"), None);
/// ```
#[derive(Clone, Default)]
pub struct RetryStats {
    providers: Arc<Mutex<Vec<ProviderStats>>>,
}

/// The counters of one provider, as [`RetryStats::snapshot`] copies them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ProviderStats {
    /// The provider's name (`ProviderCode::PROVIDER`).
    pub provider: &'static str,
    /// Calls started.
    pub calls: u64,
    /// Attempts sent, the first of each call included.
    pub attempts: u64,
    /// Retries decided (each followed by a wait, then an attempt).
    pub retries: u64,
    /// Calls that ended with a successful answer.
    pub successes: u64,
    /// Calls that ended in failure, by reason: the names of [`RetryStats::STOP_REASONS`].
    pub stops: BTreeMap<&'static str, u64>,
    /// The waits decided before retries, added up (a call dropped during a wait counts all of it).
    pub slept: Duration,
}

impl RetryStats {
    /// Why a call stops, as `ProviderStats::stops` and the `cloud_errors.stop_reason` field name
    /// it: the [`StopReason`]s in snake case, `deadline` for the call's own deadline (a
    /// [`CallError::Deadline`](crate::reqwest::CallError::Deadline)), and `not_resendable` for a
    /// request whose streaming body could be sent once only and failed.
    pub const STOP_REASONS: [&'static str; 10] = [
        "not_retryable",
        "not_idempotent",
        "needs_consistency_window",
        "provider_does_not_retry",
        "attempts_spent",
        "time_budget_spent",
        "retry_after_too_long",
        "quota_empty",
        "deadline",
        "not_resendable",
    ];

    /// A handle with every counter at zero.
    pub fn new() -> RetryStats {
        RetryStats::default()
    }

    /// The counters of every provider seen so far, by provider name.
    pub fn snapshot(&self) -> Vec<ProviderStats> {
        let mut providers = self.lock().clone();
        providers.sort_by_key(|stats| stats.provider);
        providers
    }

    /// The counters of one provider, if a call to it was made.
    pub fn provider(&self, provider: &str) -> Option<ProviderStats> {
        self.lock()
            .iter()
            .find(|stats| stats.provider == provider)
            .cloned()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<ProviderStats>> {
        // A panic while counting leaves counts that are still counts.
        self.providers.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn record(&self, provider: &'static str, update: impl FnOnce(&mut ProviderStats)) {
        let mut providers = self.lock();
        let index = match providers.iter().position(|stats| stats.provider == provider) {
            Some(index) => index,
            None => {
                providers.push(ProviderStats {
                    provider,
                    ..ProviderStats::default()
                });
                providers.len() - 1
            }
        };
        update(&mut providers[index]);
    }
}

impl fmt::Debug for RetryStats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.snapshot()).finish()
    }
}

/// The name of a stop reason, in [`RetryStats::STOP_REASONS`].
fn stop_reason_name(reason: &StopReason) -> &'static str {
    match reason {
        StopReason::NotRetryable(_) => "not_retryable",
        StopReason::NotIdempotent => "not_idempotent",
        StopReason::NeedsConsistencyWindow => "needs_consistency_window",
        StopReason::ProviderDoesNotRetry => "provider_does_not_retry",
        StopReason::AttemptsSpent { .. } => "attempts_spent",
        StopReason::TimeBudgetSpent { .. } => "time_budget_spent",
        StopReason::RetryAfterTooLong { .. } => "retry_after_too_long",
        StopReason::QuotaEmpty { .. } => "quota_empty",
    }
}

/// The glue's own reasons to stop, beside [`StopReason`]'s.
pub(crate) const DEADLINE: &str = "deadline";
pub(crate) const NOT_RESENDABLE: &str = "not_resendable";

/// What failed in an attempt, as far as it may be recorded: never a body, a message or a header
/// value. The glue passes a function that gives it, called only when tracing.
#[cfg_attr(not(feature = "tracing"), allow(dead_code))]
pub(crate) struct Failure<'a> {
    error_type: ErrorType<'a>,
    status: Option<u16>,
    retry: Option<Retry>,
    category: Option<Category>,
    request_id: Option<&'a str>,
}

impl<'a> Failure<'a> {
    /// The provider answered with an error.
    pub(crate) fn provider<C: ProviderCode>(error: &'a ProviderError<C>) -> Failure<'a> {
        let code = error.code().code();
        Failure {
            error_type: if code.is_empty() {
                ErrorType::Status(error.status())
            } else {
                ErrorType::Code(code)
            },
            status: Some(error.status()),
            retry: Some(error.retry()),
            category: Some(error.category()),
            request_id: error.request_id(),
        }
    }

    /// No answer: `error_type` names what happened (`answer_too_large`, `deadline`).
    pub(crate) fn other(error_type: &'static str) -> Failure<'static> {
        Failure {
            error_type: ErrorType::Named(error_type),
            status: None,
            retry: None,
            category: None,
            request_id: None,
        }
    }

    /// An error status whose body was not read.
    #[cfg_attr(not(feature = "reqwest-middleware"), allow(dead_code))]
    pub(crate) fn status(status: u16) -> Failure<'static> {
        Failure {
            error_type: ErrorType::Status(status),
            status: Some(status),
            retry: None,
            category: None,
            request_id: None,
        }
    }

    /// No answer, for a transport failure.
    pub(crate) fn transport(failure: TransportFailure) -> Failure<'static> {
        Failure::other(match failure {
            TransportFailure::Connect => "connect",
            TransportFailure::ConnectTimeout => "connect_timeout",
            TransportFailure::Timeout => "timeout",
            TransportFailure::ConnectionLost => "connection_lost",
            TransportFailure::Other => "_OTHER",
        })
    }
}

/// `error.type`: a wire code, a status, or a name of ours.
#[derive(Clone, Copy)]
#[cfg_attr(not(feature = "tracing"), allow(dead_code))]
enum ErrorType<'a> {
    Code(&'a str),
    Status(u16),
    Named(&'static str),
}

impl fmt::Display for ErrorType<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorType::Code(code) => f.write_str(code),
            ErrorType::Status(status) => write!(f, "{status}"),
            ErrorType::Named(name) => f.write_str(name),
        }
    }
}

/// One call as the glue runs it: counts it, and traces it with the `tracing` feature.
pub(crate) struct CallObserver {
    provider: &'static str,
    stats: Option<RetryStats>,
    #[cfg(feature = "tracing")]
    span: tracing::Span,
}

/// Where a request goes, for `server.address` and `server.port`.
#[cfg_attr(not(feature = "tracing"), allow(dead_code))]
pub(crate) struct Target<'a> {
    pub(crate) method: &'a http::Method,
    pub(crate) host: Option<&'a str>,
    pub(crate) port: Option<u16>,
}

impl CallObserver {
    /// A call of catalog `C`'s provider to `target` begins.
    #[cfg_attr(not(feature = "tracing"), allow(unused_variables))]
    pub(crate) fn start<C: ProviderCode>(target: &Target<'_>, stats: Option<&RetryStats>) -> CallObserver {
        let provider = C::PROVIDER;
        if let Some(stats) = stats {
            stats.record(provider, |stats| stats.calls += 1);
        }
        CallObserver {
            provider,
            stats: stats.cloned(),
            #[cfg(feature = "tracing")]
            span: tracing::info_span!(
                target: "cloud_errors",
                "cloud_errors.call",
                cloud_errors.provider = provider,
                http.request.method = target.method.as_str(),
                server.address = target.host,
                server.port = target.port,
                cloud_errors.attempts = tracing::field::Empty,
                cloud_errors.outcome = tracing::field::Empty,
            ),
        }
    }

    /// Attempt `attempt` (1 for the first) begins.
    #[cfg_attr(not(feature = "tracing"), allow(unused_variables))]
    pub(crate) fn attempt(&self, attempt: u32, target: &Target<'_>) -> AttemptObserver<'_> {
        if let Some(stats) = &self.stats {
            stats.record(self.provider, |stats| stats.attempts += 1);
        }
        AttemptObserver {
            call: self,
            attempt,
            #[cfg(feature = "tracing")]
            span: tracing::info_span!(
                target: "cloud_errors",
                parent: &self.span,
                "cloud_errors.attempt",
                otel.name = target.method.as_str(),
                otel.kind = "client",
                http.request.method = target.method.as_str(),
                server.address = target.host,
                server.port = target.port,
                cloud_errors.attempt = attempt,
                http.request.resend_count = (attempt > 1).then(|| attempt - 1),
                http.response.status_code = tracing::field::Empty,
                error.r#type = tracing::field::Empty,
                otel.status_code = tracing::field::Empty,
            ),
        }
    }

    /// Runs `future` inside the call's span.
    pub(crate) fn instrument<F: Future>(&self, future: F) -> impl Future<Output = F::Output> {
        #[cfg(feature = "tracing")]
        let future = tracing::Instrument::instrument(future, self.span.clone());
        future
    }

    /// The call ended: with a success, or a stop for `reason`.
    fn end(&self, attempts: u32, outcome: &'static str) {
        if let Some(stats) = &self.stats {
            stats.record(self.provider, |stats| match outcome {
                "success" => stats.successes += 1,
                reason => *stats.stops.entry(reason).or_default() += 1,
            });
        }
        #[cfg(feature = "tracing")]
        {
            self.span.record("cloud_errors.attempts", attempts);
            self.span.record("cloud_errors.outcome", outcome);
        }
        #[cfg(not(feature = "tracing"))]
        let _ = attempts;
    }
}

/// One attempt of a call.
pub(crate) struct AttemptObserver<'a> {
    call: &'a CallObserver,
    attempt: u32,
    #[cfg(feature = "tracing")]
    span: tracing::Span,
}

impl AttemptObserver<'_> {
    /// Runs `future` inside the attempt's span.
    pub(crate) fn instrument<F: Future>(&self, future: F) -> impl Future<Output = F::Output> {
        #[cfg(feature = "tracing")]
        let future = tracing::Instrument::instrument(future, self.span.clone());
        future
    }

    /// The attempt was answered with a success, which ends the call.
    pub(crate) fn succeeded(self, status: u16) {
        #[cfg(feature = "tracing")]
        {
            self.span.record("http.response.status_code", status);
            tracing::event!(
                target: "cloud_errors",
                parent: &self.span,
                tracing::Level::DEBUG,
                "http.response.status_code" = status,
                "cloud_errors.provider" = self.call.provider,
                "cloud_errors.attempt" = self.attempt,
                "answered",
            );
        }
        #[cfg(not(feature = "tracing"))]
        let _ = status;
        self.call.end(self.attempt, "success");
    }

    /// The attempt failed and `decision` was taken; a stop ends the call.
    pub(crate) fn decided<'f>(self, failure: impl FnOnce() -> Failure<'f>, decision: &Decision) {
        let stop_reason = decision.stop_reason().as_ref().map(stop_reason_name);
        self.failed(failure, decision.delay(), stop_reason, decision);
    }

    /// The attempt failed and the call stops for one of the glue's own reasons ([`DEADLINE`],
    /// [`NOT_RESENDABLE`]), without a decision.
    pub(crate) fn stopped<'f>(self, failure: impl FnOnce() -> Failure<'f>, reason: &'static str) {
        self.failed(failure, None, Some(reason), &format_args!("stop: {reason}"));
    }

    /// Records the failure, the decision (a `delay` to retry after, or a `stop_reason`) and
    /// `message`, the decision in words.
    #[cfg_attr(not(feature = "tracing"), allow(unused_variables))]
    fn failed<'f>(
        self,
        failure: impl FnOnce() -> Failure<'f>,
        delay: Option<Duration>,
        stop_reason: Option<&'static str>,
        message: &dyn fmt::Display,
    ) {
        // What the failure says is worked out only for a subscriber that listens.
        #[cfg(feature = "tracing")]
        if tracing::enabled!(target: "cloud_errors", tracing::Level::INFO) {
            let failure = failure();
            if let Some(status) = failure.status {
                self.span.record("http.response.status_code", status);
            }
            self.span
                .record("error.type", tracing::field::display(failure.error_type));
            self.span.record("otel.status_code", "error");
            tracing::event!(
                target: "cloud_errors",
                parent: &self.span,
                tracing::Level::INFO,
                "error.type" = %failure.error_type,
                "http.response.status_code" = failure.status,
                "cloud_errors.provider" = self.call.provider,
                "cloud_errors.retry" = failure.retry.map(Retry::as_str),
                "cloud_errors.category" = failure.category.map(Category::as_str),
                "cloud_errors.decision" = if stop_reason.is_some() { "stop" } else { "retry" },
                "cloud_errors.stop_reason" = stop_reason,
                "cloud_errors.delay_ms" = delay.map(|delay| delay.as_millis() as u64),
                "cloud_errors.attempt" = self.attempt,
                "cloud_errors.request_id" = failure.request_id,
                "{message}",
            );
        }
        match (stop_reason, delay) {
            (Some(reason), _) => self.call.end(self.attempt, reason),
            (None, delay) => {
                if let Some(stats) = &self.call.stats {
                    stats.record(self.call.provider, |stats| {
                        stats.retries += 1;
                        stats.slept = stats.slept.saturating_add(delay.unwrap_or_default());
                    });
                }
            }
        }
    }
}
