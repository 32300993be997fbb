//! A [reqwest-middleware](https://docs.rs/reqwest-middleware) retry middleware deciding with
//! [`RetryPolicy::decide`] (feature `reqwest-middleware`, for reqwest-middleware 0.5, the line
//! built on reqwest 0.13).
//!
//! reqwest-retry's `RetryableStrategy` sees only the status and headers, not the body, so it
//! cannot read OCI's or Tencent Cloud's codes; [`RetryMiddleware`] reads an error body (up to
//! [`Limits::error_body`]), decides on the typed error, and hands the response back — rebuilt
//! from its status, headers and the kept body — when it stops. What it cannot keep: a rebuilt
//! response's `url()` is not the request's (reqwest has no public way to set it), and its body is
//! the kept prefix of at most [`Limits::error_body`] bytes. Success bodies are passed through
//! untouched, except Tencent Cloud's (read whole, to find errors under HTTP 200).
//!
//! ```
//! use cloud_errors::{oci, reqwest_middleware::RetryMiddleware, RetryPolicy};
//!
//! let client = reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
//!     .with(RetryMiddleware::<oci::Code>::new(RetryPolicy::for_provider::<oci::Code>()).with_idempotency_token(true))
//!     .build();
//! # let _ = client;
//! ```

use core::marker::PhantomData;
use std::time::Instant;

use reqwest_middleware::{Middleware, Next};

use crate::observe::{CallObserver, Failure, RetryStats, NOT_RESENDABLE};
use crate::reqwest::{read_prefix, target, transport_failure, IdempotencyToken, Limits};
use crate::{
    CarriesIdempotencyToken, Envelope, ProviderCode, ProviderError, RetryContext, RetryPolicy, TokenPlace,
    TransportFailure,
};

/// Retries requests of catalog `C`'s provider as [`RetryPolicy::decide`] says. Its calls share
/// the policy's [`RetryQuota`](crate::RetryQuota), if it has one: one middleware per service and
/// region.
///
/// [`with_stats`](RetryMiddleware::with_stats) counts the calls, and the `tracing` feature traces
/// them: see [`crate::observe`].
pub struct RetryMiddleware<C> {
    policy: RetryPolicy,
    limits: Limits,
    idempotency_token: bool,
    stats: Option<RetryStats>,
    code: PhantomData<fn() -> C>,
}

impl<C: ProviderCode> RetryMiddleware<C> {
    /// Retries with `policy` and the default [`Limits`].
    pub fn new(policy: RetryPolicy) -> Self {
        RetryMiddleware {
            policy,
            limits: Limits::default(),
            idempotency_token: false,
            stats: None,
            code: PhantomData,
        }
    }

    /// Counts the calls' attempts, retries and stops in `stats` (see [`crate::observe`]).
    pub fn with_stats(mut self, stats: RetryStats) -> Self {
        self.stats = Some(stats);
        self
    }

    /// Sets how much of an error body is read.
    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// Adds an idempotency token to `POST`s where the provider takes one in a header (OCI
    /// `opc-retry-token`), the same on every attempt of the request. Where it goes in the body
    /// (AWS's and Tencent Cloud's `ClientToken`), put it there yourself and mark the request
    /// with [`CarriesIdempotencyToken`] (`RequestBuilder::with_extension`).
    pub fn with_idempotency_token(mut self, token: bool) -> Self {
        self.idempotency_token = token;
        self
    }
}

/// A response rebuilt from its parts and the body read.
fn rebuild(
    status: http::StatusCode,
    version: http::Version,
    headers: http::HeaderMap,
    body: Vec<u8>,
) -> reqwest::Response {
    let mut response = http::Response::new(body);
    *response.status_mut() = status;
    *response.version_mut() = version;
    *response.headers_mut() = headers;
    // The body is the kept bytes: a length of the whole would lie.
    response.headers_mut().remove(http::header::CONTENT_LENGTH);
    response.headers_mut().remove(http::header::TRANSFER_ENCODING);
    reqwest::Response::from(response)
}

#[async_trait::async_trait]
impl<C: ProviderCode> Middleware for RetryMiddleware<C> {
    async fn handle(
        &self,
        mut request: reqwest::Request,
        extensions: &mut http::Extensions,
        next: Next<'_>,
    ) -> reqwest_middleware::Result<reqwest::Response> {
        let start = Instant::now();
        // A token in the body (Tencent's, AWS's `ClientToken`) is the caller's to say.
        let mut has_token = extensions.get::<CarriesIdempotencyToken>().is_some();
        if let Some(TokenPlace::Header(name)) = C::RETRY_POLICY.idempotency_token {
            if request.headers().contains_key(name) {
                has_token = true;
            } else if self.idempotency_token && request.method() == http::Method::POST {
                if let Ok(value) = http::HeaderValue::from_str(IdempotencyToken::new().as_str()) {
                    request.headers_mut().insert(name, value);
                    has_token = true;
                }
            }
        }
        let method = request.method().clone();
        let call = CallObserver::start::<C>(&target(&request), self.stats.as_ref());
        let attempts = async {
            let mut attempt = 0;
            // What the last retry took from the policy's quota, given back on success.
            let mut held = 0;
            loop {
                attempt += 1;
                let observer = call.attempt(attempt, &target(&request));
                let Some(this_attempt) = request.try_clone() else {
                    // A streaming body can be sent once: no retries, and the answer as it comes.
                    let result = observer.instrument(next.run(request, extensions)).await;
                    match &result {
                        Ok(response) if response.status().is_success() => {
                            self.policy.succeeded(held);
                            observer.succeeded(response.status().as_u16())
                        }
                        Ok(response) => {
                            observer.stopped(|| Failure::status(response.status().as_u16()), NOT_RESENDABLE)
                        }
                        Err(error) => {
                            observer.stopped(|| Failure::transport(failure_of(error)), NOT_RESENDABLE)
                        }
                    }
                    return result;
                };
                let ctx = |attempt| {
                    RetryContext::new(method.clone())
                        .with_idempotency_token(has_token)
                        .attempt(attempt)
                        .elapsed(start.elapsed())
                };
                let result = observer
                    .instrument(next.clone().run(this_attempt, extensions))
                    .await;
                let (decision, outcome) = match result {
                    Ok(mut response) => {
                        let status = response.status();
                        if status.is_success() && !C::Envelope::ERRORS_IN_SUCCESS_BODIES {
                            self.policy.succeeded(held);
                            observer.succeeded(status.as_u16());
                            return Ok(response);
                        }
                        let limit = if status.is_success() {
                            usize::MAX
                        } else {
                            self.limits.error_body
                        };
                        let declared = response.content_length();
                        let (version, headers) = (response.version(), response.headers().clone());
                        let (body, cut) = match observer.instrument(read_prefix(&mut response, limit)).await {
                            Ok(read) => read,
                            // The body broke off: a transport failure, decided like one.
                            Err(error) => {
                                let failure = transport_failure(&error);
                                let decision = self.policy.decide_transport(failure, &ctx(attempt));
                                observer.decided(|| Failure::transport(failure), &decision);
                                held = decision.quota_cost();
                                match decision.delay() {
                                    Some(delay) => {
                                        tokio::time::sleep(delay).await;
                                        continue;
                                    }
                                    None => return Err(error.into()),
                                }
                            }
                        };
                        let error = if status.is_success() {
                            ProviderError::<C>::read_body(&body)
                        } else {
                            let error = ProviderError::<C>::from_parts(status.as_u16(), &headers, &body);
                            Some(if cut {
                                error.with_truncation(body.len(), declared)
                            } else {
                                error
                            })
                        };
                        let rebuilt = rebuild(status, version, headers, body);
                        match error {
                            None => {
                                self.policy.succeeded(held);
                                observer.succeeded(status.as_u16());
                                return Ok(rebuilt);
                            }
                            Some(error) => {
                                let decision = self.policy.decide(&error, &ctx(attempt));
                                observer.decided(|| Failure::provider(&error), &decision);
                                (decision, Ok(rebuilt))
                            }
                        }
                    }
                    Err(error) => {
                        let failure = failure_of(&error);
                        let decision = self.policy.decide_transport(failure, &ctx(attempt));
                        observer.decided(|| Failure::transport(failure), &decision);
                        (decision, Err(error))
                    }
                };
                held = decision.quota_cost();
                match decision.delay() {
                    Some(delay) => tokio::time::sleep(delay).await,
                    None => return outcome,
                }
            }
        };
        call.instrument(attempts).await
    }
}

/// What a middleware error says of the request.
fn failure_of(error: &reqwest_middleware::Error) -> TransportFailure {
    match error {
        reqwest_middleware::Error::Reqwest(error) => transport_failure(error),
        reqwest_middleware::Error::Middleware(_) => TransportFailure::Other,
    }
}
