//! Glue for clients built on [reqwest] (feature `reqwest`): read a response into the answer or a
//! typed [`ProviderError`], and tell which failures a retry loop should retry.
//!
//! Two ways to retry:
//!
//! - [`call`]: a complete retry loop driven by [`RetryPolicy::decide`](crate::RetryPolicy), with a
//!   total deadline, a per-attempt timeout, bounded error bodies ([`Limits`]) and, when asked, an
//!   idempotency token on `POST`s that is the same on every attempt.
//! - Your own retry crate, deciding with [`CallError::decide`]. With
//!   [backon](https://docs.rs/backon), the decision's delay replaces backon's (it is capped by the
//!   policy, and `None` stops):
//!
//! ```no_run
//! # async fn example() -> Result<(), cloud_errors::reqwest::CallError<cloud_errors::oci::Code>> {
//! use std::cell::Cell;
//! use std::time::Duration;
//!
//! use backon::{ConstantBuilder, Retryable};
//! use cloud_errors::{oci, reqwest::send, RetryContext, RetryPolicy};
//!
//! let client = reqwest::Client::new();
//! let policy = RetryPolicy::for_provider::<oci::Code>();
//! let attempt = Cell::new(0);
//! let answer = (|| {
//!     attempt.set(attempt.get() + 1);
//!     let url = "http://127.0.0.1:8080/20160918/instances";
//!     send::<oci::Code>(client.get(url).timeout(Duration::from_secs(10)))
//! })
//! .retry(ConstantBuilder::default().with_max_times(usize::MAX))
//! .adjust(|error, _| {
//!     let ctx = RetryContext::new(http::Method::GET).attempt(attempt.get());
//!     error.decide(&policy, &ctx).delay()
//! })
//! .await?;
//! println!("{} bytes", answer.body.len());
//! # Ok(())
//! # }
//! ```
//!
//! # Limits
//!
//! An error body is read up to [`Limits::error_body`] bytes (64 KiB by default) and the rest is
//! never read: the error records the cut ([`ProviderError::truncated`]) and keeps the prefix. A
//! success body is read whole unless [`Limits::success_body`] is set, and a larger one is
//! [`CallError::AnswerTooLarge`]. Limits count bytes after decompression, when reqwest's
//! decompression features are on.

use core::fmt;
use std::time::Duration;

use std::time::Instant;

use crate::observe::{CallObserver, Failure, RetryStats, Target, DEADLINE, NOT_RESENDABLE};
use crate::{
    Decision, Envelope, ProviderCode, ProviderError, Retry, RetryContext, RetryPolicy, TokenPlace,
    TransportFailure,
};

/// A successful answer, read whole.
#[derive(Clone, Debug)]
pub struct Answer {
    /// The HTTP status, a success.
    pub status: http::StatusCode,
    /// The response headers.
    pub headers: http::HeaderMap,
    /// The whole body.
    pub body: bytes::Bytes,
}

/// Why a call failed: the provider answered with an error, or no complete answer came.
#[non_exhaustive]
pub enum CallError<C: ProviderCode> {
    /// The provider answered with an error (for Tencent Cloud, possibly under HTTP 200).
    Provider(ProviderError<C>),
    /// No complete answer: the connection failed or was reset, the request timed out, or the
    /// body could not be read.
    Transport(::reqwest::Error),
    /// A successful answer's body was larger than [`Limits::success_body`].
    AnswerTooLarge {
        /// The limit.
        limit: usize,
        /// The length the response declared, if it did.
        declared: Option<u64>,
    },
    /// The call's total deadline passed (during an attempt, or before the next one could start).
    Deadline {
        /// The deadline.
        deadline: Duration,
        /// Attempts started.
        attempts: u32,
    },
}

impl<C: ProviderCode> CallError<C> {
    /// The retry class: the provider error's own, and for transport failures [`Retry::Backoff`]
    /// when nothing was answered (connect errors, timeouts, a body cut off), else
    /// [`Retry::Never`].
    pub fn retry(&self) -> Retry {
        match self {
            CallError::Provider(error) => error.retry(),
            CallError::Transport(error) => {
                if error.is_connect() || error.is_timeout() || error.is_request() || error.is_body() {
                    Retry::Backoff
                } else {
                    Retry::Never
                }
            }
            CallError::AnswerTooLarge { .. } | CallError::Deadline { .. } => Retry::Never,
        }
    }

    /// What a transport failure says of the request: [`TransportFailure::Connect`] (or
    /// `ConnectTimeout`) when it was never sent, `Timeout` or `ConnectionLost` when it may have
    /// been processed; `None` for an answer.
    pub fn transport_failure(&self) -> Option<TransportFailure> {
        match self {
            CallError::Transport(error) => Some(transport_failure(error)),
            _ => None,
        }
    }

    /// Whether to retry after this failure, with `policy`, for the request and attempt in `ctx`.
    pub fn decide(&self, policy: &RetryPolicy, ctx: &RetryContext) -> Decision {
        match self {
            CallError::Provider(error) => policy.decide(error, ctx),
            CallError::Transport(error) => policy.decide_transport(transport_failure(error), ctx),
            CallError::AnswerTooLarge { .. } | CallError::Deadline { .. } => {
                policy.decide_transport(TransportFailure::Other, ctx)
            }
        }
    }

    /// `true` exactly when [`retry`](CallError::retry) is [`Retry::Backoff`]. Retrying a request
    /// that may have reached the service is safe only if the request is idempotent: that is the
    /// caller's call.
    pub fn is_retryable(&self) -> bool {
        self.retry().is_retryable()
    }

    /// How long the service asked to wait (`Retry-After`), if it did.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            CallError::Provider(error) => error.retry_after(),
            _ => None,
        }
    }

    /// The provider's error, if the provider answered.
    pub fn provider_error(&self) -> Option<&ProviderError<C>> {
        match self {
            CallError::Provider(error) => Some(error),
            _ => None,
        }
    }
}

impl<C: ProviderCode> fmt::Display for CallError<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CallError::Provider(error) => fmt::Display::fmt(error, f),
            CallError::Transport(error) => {
                write!(f, "{}: no answer: {error}", C::PROVIDER)?;
                // reqwest's Display leaves out the cause ("operation timed out", "connection reset").
                let mut source = std::error::Error::source(error);
                while let Some(cause) = source {
                    write!(f, ": {cause}")?;
                    source = cause.source();
                }
                Ok(())
            }
            CallError::AnswerTooLarge { limit, declared } => {
                write!(
                    f,
                    "{}: the answer is larger than the {limit} bytes allowed",
                    C::PROVIDER
                )?;
                match declared {
                    Some(declared) => write!(f, " ({declared} bytes declared)"),
                    None => Ok(()),
                }
            }
            CallError::Deadline { deadline, attempts } => write!(
                f,
                "{}: no answer within the call's deadline of {deadline:?} ({attempts} attempts)",
                C::PROVIDER
            ),
        }
    }
}

impl<C: ProviderCode> std::error::Error for CallError<C> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CallError::Provider(error) => Some(error),
            CallError::Transport(error) => Some(error),
            _ => None,
        }
    }
}

impl<C: ProviderCode> fmt::Debug for CallError<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CallError::Provider(error) => f.debug_tuple("Provider").field(error).finish(),
            CallError::Transport(error) => f.debug_tuple("Transport").field(error).finish(),
            CallError::AnswerTooLarge { limit, declared } => f
                .debug_struct("AnswerTooLarge")
                .field("limit", limit)
                .field("declared", declared)
                .finish(),
            CallError::Deadline { deadline, attempts } => f
                .debug_struct("Deadline")
                .field("deadline", deadline)
                .field("attempts", attempts)
                .finish(),
        }
    }
}

impl<C: ProviderCode> From<::reqwest::Error> for CallError<C> {
    fn from(error: ::reqwest::Error) -> Self {
        CallError::Transport(error)
    }
}

/// How much of a body is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// The most bytes of an error body kept and parsed (default 64 KiB); the rest is not read.
    pub error_body: usize,
    /// The most bytes of a successful answer (default: no limit).
    pub success_body: Option<usize>,
}

impl Limits {
    /// 64 KiB: an error body is a few hundred bytes; a gateway's HTML page a few KiB.
    pub const DEFAULT_ERROR_BODY: usize = 64 * 1024;

    /// Sets the most bytes of an error body kept.
    pub fn with_error_body(mut self, bytes: usize) -> Limits {
        self.error_body = bytes;
        self
    }

    /// Sets the most bytes of a successful answer.
    pub fn with_success_body(mut self, bytes: Option<usize>) -> Limits {
        self.success_body = bytes;
        self
    }
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            error_body: Limits::DEFAULT_ERROR_BODY,
            success_body: None,
        }
    }
}

/// Reads a response whole: the answer for a success, the provider's typed error otherwise —
/// including Tencent Cloud's errors under HTTP 200. The same as [`read_with`] and the default
/// [`Limits`].
pub async fn read<C: ProviderCode>(response: ::reqwest::Response) -> Result<Answer, CallError<C>> {
    read_with(response, &Limits::default()).await
}

/// Reads a response within `limits`: an error body past [`Limits::error_body`] is cut (and the
/// error says so), a success body past [`Limits::success_body`] is [`CallError::AnswerTooLarge`].
pub async fn read_with<C: ProviderCode>(
    mut response: ::reqwest::Response,
    limits: &Limits,
) -> Result<Answer, CallError<C>> {
    let status = response.status();
    let headers = response.headers().clone();
    let declared = response.content_length();
    if status.is_success() {
        let limit = limits.success_body.unwrap_or(usize::MAX);
        let (body, cut) = read_prefix(&mut response, limit).await?;
        if cut {
            return Err(CallError::AnswerTooLarge { limit, declared });
        }
        if C::Envelope::ERRORS_IN_SUCCESS_BODIES || C::Envelope::SOME_ERRORS_IN_SUCCESS_BODIES {
            if let Some(error) = ProviderError::read_body(&body) {
                return Err(CallError::Provider(error));
            }
        }
        return Ok(Answer {
            status,
            headers,
            body: body.into(),
        });
    }
    let (body, cut) = read_prefix(&mut response, limits.error_body).await?;
    let error = ProviderError::from_parts(status.as_u16(), &headers, &body);
    Err(CallError::Provider(if cut {
        error.with_truncation(body.len(), declared)
    } else {
        error
    }))
}

/// Reads at most `limit` bytes of the body; `true` when more was there (and left unread).
pub(crate) async fn read_prefix(
    response: &mut ::reqwest::Response,
    limit: usize,
) -> Result<(Vec<u8>, bool), ::reqwest::Error> {
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        let room = limit - body.len();
        if chunk.len() > room {
            body.extend_from_slice(&chunk[..room]);
            return Ok((body, true));
        }
        body.extend_from_slice(&chunk);
    }
    Ok((body, false))
}

/// Sends the request and [`read`]s the response.
pub async fn send<C: ProviderCode>(request: ::reqwest::RequestBuilder) -> Result<Answer, CallError<C>> {
    read(request.send().await?).await
}

pub(crate) fn transport_failure(error: &::reqwest::Error) -> TransportFailure {
    // reqwest marks a connect timeout both `is_connect` and `is_timeout`.
    if error.is_connect() && error.is_timeout() {
        TransportFailure::ConnectTimeout
    } else if error.is_connect() {
        TransportFailure::Connect
    } else if error.is_timeout() {
        TransportFailure::Timeout
    } else if error.is_request() || error.is_body() || body_failed_while_reading(error) {
        TransportFailure::ConnectionLost
    } else {
        TransportFailure::Other
    }
}

/// Whether reading the body failed on the connection: `Response::chunk` reports it as a decode
/// error whose cause is a body error (a connection closed before the declared length, a reset).
fn body_failed_while_reading(error: &::reqwest::Error) -> bool {
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        if let Some(inner) = cause.downcast_ref::<::reqwest::Error>() {
            if inner.is_body() || inner.is_request() {
                return true;
            }
        }
        if cause.is::<std::io::Error>() {
            return true;
        }
        source = cause.source();
    }
    false
}

/// An idempotency token: 128 random bits as 32 hexadecimal digits. Send the same token with every
/// attempt of one request, and a new one with each new request.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct IdempotencyToken(String);

impl IdempotencyToken {
    /// A new random token.
    pub fn new() -> IdempotencyToken {
        let (high, low) = (crate::decide::random_u64(), crate::decide::random_u64());
        IdempotencyToken(format!("{high:016x}{low:016x}"))
    }

    /// A new random token written as a version 4 UUID (`8-4-4-4-12` hexadecimal digits, 122
    /// random bits), the form the AWS SDKs fill an `@idempotencyToken` member with; some AWS
    /// operations accept no other (a UUID pattern, or at least 36 characters).
    ///
    /// ```
    /// let token = cloud_errors::reqwest::IdempotencyToken::new_uuid();
    /// let groups: Vec<usize> = token.as_str().split('-').map(str::len).collect();
    /// assert_eq!(groups, [8, 4, 4, 4, 12]);
    /// assert_eq!(&token.as_str()[14..15], "4"); // the version
    /// assert!("89ab".contains(&token.as_str()[19..20])); // the variant
    /// ```
    pub fn new_uuid() -> IdempotencyToken {
        let bits = (u128::from(crate::decide::random_u64()) << 64) | u128::from(crate::decide::random_u64());
        // RFC 9562: version 4 in bits 76–79, variant `10` in bits 62–63.
        let bits = (bits & !(0xf << 76)) | (0x4 << 76);
        let bits = (bits & !(0x3 << 62)) | (0x2 << 62);
        let hex = format!("{bits:032x}");
        IdempotencyToken(format!(
            "{}-{}-{}-{}-{}",
            &hex[..8],
            &hex[8..12],
            &hex[12..16],
            &hex[16..20],
            &hex[20..]
        ))
    }

    /// The token.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for IdempotencyToken {
    fn default() -> Self {
        IdempotencyToken::new()
    }
}

impl fmt::Display for IdempotencyToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// How [`call`] runs: deadline, per-attempt timeout, body limits, idempotency token, window.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CallOptions {
    /// The call's total deadline, attempts and waits included (the policy's
    /// [`max_elapsed`](RetryPolicy::max_elapsed) applies too, whichever lands first).
    pub deadline: Option<Duration>,
    /// Each attempt's timeout, from connecting to the end of the body.
    pub attempt_timeout: Option<Duration>,
    /// How much of a body is read.
    pub limits: Limits,
    /// On a `POST`, send an idempotency token where the provider takes one in a header (OCI
    /// `opc-retry-token`), the same on every attempt. For a provider that takes it in the body
    /// (Tencent `ClientToken`) the glue cannot: put [`IdempotencyToken::new`] in the body
    /// yourself and set [`carries_idempotency_token`](CallOptions::carries_idempotency_token).
    pub idempotency_token: bool,
    /// The request carries an idempotency token of its own (in a header or its body).
    pub carries_idempotency_token: bool,
    /// An eventual-consistency window is open (see [`RetryContext::in_consistency_window`]).
    pub consistency_window: bool,
    /// Where the call's attempts, retries and stops are counted, if anywhere.
    pub stats: Option<RetryStats>,
}

impl CallOptions {
    /// Sets the total deadline.
    pub fn with_deadline(mut self, deadline: Duration) -> CallOptions {
        self.deadline = Some(deadline);
        self
    }

    /// Sets each attempt's timeout.
    pub fn with_attempt_timeout(mut self, timeout: Duration) -> CallOptions {
        self.attempt_timeout = Some(timeout);
        self
    }

    /// Sets the body limits.
    pub fn with_limits(mut self, limits: Limits) -> CallOptions {
        self.limits = limits;
        self
    }

    /// Asks for an idempotency token on `POST`s (where the provider takes it in a header).
    pub fn with_idempotency_token(mut self, token: bool) -> CallOptions {
        self.idempotency_token = token;
        self
    }

    /// Says the request carries an idempotency token of its own.
    pub fn carrying_idempotency_token(mut self, carries: bool) -> CallOptions {
        self.carries_idempotency_token = carries;
        self
    }

    /// Says an eventual-consistency window is open.
    pub fn in_consistency_window(mut self, open: bool) -> CallOptions {
        self.consistency_window = open;
        self
    }

    /// Counts the call's attempts, retries and stops in `stats` (see [`crate::observe`]).
    pub fn with_stats(mut self, stats: RetryStats) -> CallOptions {
        self.stats = Some(stats);
        self
    }
}

/// One attempt as [`call`] saw it, for logging: the attempt number, the failure and the decision.
pub struct AttemptFailed<'a, C: ProviderCode> {
    /// 1 for the first attempt.
    pub attempt: u32,
    /// What failed.
    pub error: &'a CallError<C>,
    /// What was decided.
    pub decision: Decision,
}

/// Sends `request` until it succeeds or `policy` says stop, within `options`' deadline; `observe`
/// sees every failed attempt and the decision taken. [`CallOptions::with_stats`] counts the call,
/// and the `tracing` feature traces it: see [`crate::observe`].
///
/// A policy with a [`RetryQuota`](crate::RetryQuota) shares it with every call made with it (or
/// a clone of it): each retry takes from it, and a success gives back what the call's last retry
/// took, or the quota's success refund.
///
/// The request must be clonable (a body that is not a stream): every attempt sends a clone. With
/// [`CallOptions::idempotency_token`], a `POST` to a provider that takes the token in a header
/// gets one (unless it has one already), the same on every attempt.
pub async fn call<C: ProviderCode>(
    request: ::reqwest::RequestBuilder,
    policy: &RetryPolicy,
    options: &CallOptions,
    mut observe: impl FnMut(AttemptFailed<'_, C>),
) -> Result<Answer, CallError<C>> {
    let start = Instant::now();
    let (client, request) = request.build_split();
    let mut request = request?;
    let mut has_token = options.carries_idempotency_token;
    if let Some(TokenPlace::Header(name)) = C::RETRY_POLICY.idempotency_token {
        if request.headers().contains_key(name) {
            has_token = true;
        } else if options.idempotency_token && request.method() == http::Method::POST {
            let token = IdempotencyToken::new();
            if let Ok(value) = http::HeaderValue::from_str(token.as_str()) {
                request.headers_mut().insert(name, value);
                has_token = true;
            }
        }
    }
    if let Some(timeout) = options.attempt_timeout {
        *request.timeout_mut() = Some(timeout);
    }
    // The call's deadline: the options' or the policy's, whichever is sooner.
    let deadline = match (options.deadline, policy.max_elapsed()) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    let policy = policy.clone().with_max_elapsed(deadline);
    let method = request.method().clone();
    let call = CallObserver::start::<C>(&target(&request), options.stats.as_ref());
    let attempts = async {
        let mut attempt = 0;
        // What the last retry took from the policy's quota, given back on success.
        let mut held = 0;
        loop {
            attempt += 1;
            let observer = call.attempt(attempt, &target(&request));
            let Some(attempt_request) = request.try_clone() else {
                // A streaming body can be sent once: no retries.
                let result = observer
                    .instrument(send_once(&client, request, &options.limits))
                    .await;
                match &result {
                    Ok(answer) => {
                        policy.succeeded(held);
                        observer.succeeded(answer.status.as_u16())
                    }
                    Err(error) => observer.stopped(|| failure(error), NOT_RESENDABLE),
                }
                return result;
            };
            let exchange = observer.instrument(send_once::<C>(&client, attempt_request, &options.limits));
            let result = match deadline {
                Some(deadline) => {
                    let left = deadline.saturating_sub(start.elapsed());
                    match tokio::time::timeout(left, exchange).await {
                        Ok(result) => result,
                        Err(_) => {
                            observer.stopped(|| Failure::other(DEADLINE), DEADLINE);
                            return Err(CallError::Deadline {
                                deadline,
                                attempts: attempt,
                            });
                        }
                    }
                }
                None => exchange.await,
            };
            let error = match result {
                Ok(answer) => {
                    policy.succeeded(held);
                    observer.succeeded(answer.status.as_u16());
                    return Ok(answer);
                }
                Err(error) => error,
            };
            let ctx = RetryContext::new(method.clone())
                .with_idempotency_token(has_token)
                .in_consistency_window(options.consistency_window)
                .attempt(attempt)
                .elapsed(start.elapsed());
            let decision = error.decide(&policy, &ctx);
            held = decision.quota_cost();
            observer.decided(|| failure(&error), &decision);
            observe(AttemptFailed {
                attempt,
                error: &error,
                decision,
            });
            match decision.delay() {
                Some(delay) => tokio::time::sleep(delay).await,
                None => return Err(error),
            }
        }
    };
    call.instrument(attempts).await
}

/// Where `request` goes.
pub(crate) fn target(request: &::reqwest::Request) -> Target<'_> {
    Target {
        method: request.method(),
        host: request.url().host_str(),
        port: request.url().port_or_known_default(),
    }
}

/// What may be recorded of a failed call: see [`Failure`].
fn failure<C: ProviderCode>(error: &CallError<C>) -> Failure<'_> {
    match error {
        CallError::Provider(error) => Failure::provider(error),
        CallError::Transport(error) => Failure::transport(transport_failure(error)),
        CallError::AnswerTooLarge { .. } => Failure::other("answer_too_large"),
        CallError::Deadline { .. } => Failure::other(DEADLINE),
    }
}

impl<C: ProviderCode> fmt::Debug for AttemptFailed<'_, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AttemptFailed")
            .field("attempt", &self.attempt)
            .field("error", self.error)
            .field("decision", &self.decision)
            .finish()
    }
}

async fn send_once<C: ProviderCode>(
    client: &::reqwest::Client,
    request: ::reqwest::Request,
    limits: &Limits,
) -> Result<Answer, CallError<C>> {
    let response = client.execute(request).await?;
    read_with(response, limits).await
}
