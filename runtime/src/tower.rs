//! A [`tower::retry::Policy`] deciding with [`RetryPolicy::decide`] (feature `tower`).
//!
//! [`TowerPolicy`] retries an HTTP service whose responses are buffered (`http::Response<B>` with
//! `B: AsRef<[u8]>`, such as `Bytes` or `Vec<u8>`) and whose requests can be cloned
//! (`http::Request<B>` with `B: Clone`). It reads each error response into the catalog's
//! [`ProviderError`] (including Tencent Cloud's errors under HTTP 200), takes the method and the
//! provider's idempotency header (OCI `opc-retry-token`) from the request, or a
//! [`CarriesIdempotencyToken`] in its extensions for a token in the body, counts attempts and
//! time, and sleeps the decision's delay (on tokio's timer). Service errors are transport
//! failures, classified by [`ClassifyFailure`].
//!
//! ```
//! use std::time::Duration;
//! use cloud_errors::{oci, tower::TowerPolicy, RetryPolicy};
//!
//! let policy = TowerPolicy::<oci::Code>::new(RetryPolicy::for_provider::<oci::Code>().with_max_attempts(4));
//! // tower::ServiceBuilder::new().retry(policy).service(your_http_service)
//! # let _ = policy;
//! ```

use core::fmt;
use core::marker::PhantomData;
use std::time::Instant;

use crate::observe::{CallObserver, Failure, RetryStats, Target};
use crate::{
    CarriesIdempotencyToken, Envelope, ProviderCode, ProviderError, RetryContext, RetryPolicy, TokenPlace,
    TransportFailure,
};

/// What a service error says of the request; see [`TransportFailure`].
pub trait ClassifyFailure {
    /// The kind of failure.
    fn transport_failure(&self) -> TransportFailure;
}

/// Classifies by the first `std::io::Error` among the causes: refused or unreachable →
/// [`TransportFailure::Connect`], timed out → `Timeout`; any other failure may have happened
/// after the request was sent → `ConnectionLost`.
fn classify(error: &(dyn std::error::Error + 'static)) -> TransportFailure {
    let mut cause = Some(error);
    while let Some(error) = cause {
        if let Some(io) = error.downcast_ref::<std::io::Error>() {
            use std::io::ErrorKind::*;
            return match io.kind() {
                ConnectionRefused | AddrNotAvailable | NotConnected => TransportFailure::Connect,
                TimedOut => TransportFailure::Timeout,
                _ => TransportFailure::ConnectionLost,
            };
        }
        #[cfg(feature = "reqwest")]
        if let Some(reqwest) = error.downcast_ref::<::reqwest::Error>() {
            // One rule for reqwest's connect and timeout errors, the `reqwest` glue's.
            if reqwest.is_connect() || reqwest.is_timeout() {
                return super::reqwest::transport_failure(reqwest);
            }
        }
        cause = error.source();
    }
    TransportFailure::ConnectionLost
}

impl ClassifyFailure for Box<dyn std::error::Error + Send + Sync> {
    fn transport_failure(&self) -> TransportFailure {
        classify(self.as_ref())
    }
}

impl ClassifyFailure for std::io::Error {
    fn transport_failure(&self) -> TransportFailure {
        classify(self)
    }
}

/// A [`tower::retry::Policy`] for the provider of catalog `C`. Clone it per call (tower does):
/// it counts the attempts and time of one call. The clones share the policy's
/// [`RetryQuota`](crate::RetryQuota), if it has one: one `TowerPolicy` per service and region.
///
/// [`with_stats`](TowerPolicy::with_stats) counts the calls, and the `tracing` feature traces
/// them (see [`crate::observe`]); tower asks the policy only after each attempt, so a call's span
/// opens when its first answer is in.
pub struct TowerPolicy<C> {
    policy: RetryPolicy,
    consistency_window: bool,
    attempt: u32,
    start: Option<Instant>,
    /// What the call's last retry took from the policy's quota.
    held: u32,
    stats: Option<RetryStats>,
    call: Option<CallObserver>,
    code: PhantomData<fn() -> C>,
}

impl<C> Clone for TowerPolicy<C> {
    fn clone(&self) -> Self {
        TowerPolicy {
            policy: self.policy.clone(),
            consistency_window: self.consistency_window,
            // A clone starts a new call.
            attempt: 0,
            start: None,
            held: 0,
            stats: self.stats.clone(),
            call: None,
            code: PhantomData,
        }
    }
}

impl<C> fmt::Debug for TowerPolicy<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TowerPolicy")
            .field("policy", &self.policy)
            .field("attempt", &self.attempt)
            .finish()
    }
}

impl<C: ProviderCode> TowerPolicy<C> {
    /// Retries with `policy`.
    pub fn new(policy: RetryPolicy) -> Self {
        TowerPolicy {
            policy,
            consistency_window: false,
            attempt: 0,
            start: None,
            held: 0,
            stats: None,
            call: None,
            code: PhantomData,
        }
    }

    /// Counts the calls' attempts, retries and stops in `stats` (see [`crate::observe`]).
    pub fn with_stats(mut self, stats: RetryStats) -> Self {
        self.stats = Some(stats);
        self
    }

    /// Says an eventual-consistency window is open for the calls made with this policy.
    pub fn in_consistency_window(mut self, open: bool) -> Self {
        self.consistency_window = open;
        self
    }

    fn context<B>(&mut self, request: &http::Request<B>) -> RetryContext {
        let start = *self.start.get_or_insert_with(Instant::now);
        self.attempt += 1;
        let token = request.extensions().get::<CarriesIdempotencyToken>().is_some()
            || match C::RETRY_POLICY.idempotency_token {
                Some(TokenPlace::Header(name)) => request.headers().contains_key(name),
                _ => false,
            };
        RetryContext::new(request.method().clone())
            .with_idempotency_token(token)
            .in_consistency_window(self.consistency_window)
            .attempt(self.attempt)
            .elapsed(start.elapsed())
    }
}

impl<C, B, R, E> tower::retry::Policy<http::Request<B>, http::Response<R>, E> for TowerPolicy<C>
where
    C: ProviderCode,
    B: Clone,
    R: AsRef<[u8]>,
    E: ClassifyFailure,
{
    type Future = tokio::time::Sleep;

    fn retry(
        &mut self,
        request: &mut http::Request<B>,
        result: &mut Result<http::Response<R>, E>,
    ) -> Option<Self::Future> {
        let ctx = self.context(request);
        let uri = request.uri();
        let target = Target {
            method: request.method(),
            host: uri.host(),
            port: uri.port_u16().or(match uri.scheme_str() {
                Some("https") => Some(443),
                Some("http") => Some(80),
                _ => None,
            }),
        };
        let stats = self.stats.as_ref();
        let call = self
            .call
            .get_or_insert_with(|| CallObserver::start::<C>(&target, stats));
        let observer = call.attempt(self.attempt, &target);
        let decision = match result {
            Ok(response) if response.status().is_success() => {
                let error =
                    if C::Envelope::ERRORS_IN_SUCCESS_BODIES || C::Envelope::SOME_ERRORS_IN_SUCCESS_BODIES {
                        ProviderError::<C>::read_body(response.body().as_ref())
                    } else {
                        None
                    };
                let Some(error) = error else {
                    self.policy.succeeded(self.held);
                    observer.succeeded(response.status().as_u16());
                    return None;
                };
                let decision = self.policy.decide(&error, &ctx);
                observer.decided(|| Failure::provider(&error), &decision);
                decision
            }
            Ok(response) => {
                let error = ProviderError::<C>::from_response(response);
                let decision = self.policy.decide(&error, &ctx);
                observer.decided(|| Failure::provider(&error), &decision);
                decision
            }
            Err(error) => {
                let failure = error.transport_failure();
                let decision = self.policy.decide_transport(failure, &ctx);
                observer.decided(|| Failure::transport(failure), &decision);
                decision
            }
        };
        self.held = decision.quota_cost();
        decision.delay().map(tokio::time::sleep)
    }

    fn clone_request(&mut self, request: &http::Request<B>) -> Option<http::Request<B>> {
        let mut clone = http::Request::new(request.body().clone());
        *clone.method_mut() = request.method().clone();
        *clone.uri_mut() = request.uri().clone();
        *clone.version_mut() = request.version();
        *clone.headers_mut() = request.headers().clone();
        // tower asks the policy about the clone: it keeps the marks (CarriesIdempotencyToken).
        *clone.extensions_mut() = request.extensions().clone();
        Some(clone)
    }
}
