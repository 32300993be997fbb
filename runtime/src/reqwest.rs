//! Glue for clients built on [reqwest] (feature `reqwest`): read a response into the answer or a
//! typed [`ProviderError`], and tell which failures a retry loop should retry.
//!
//! No retry executor lives here: pair [`CallError::is_retryable`] and [`CallError::retry_after`]
//! with the retry crate you already use. With [backon](https://docs.rs/backon):
//!
//! ```no_run
//! # async fn example() -> Result<(), cloud_errors::reqwest::CallError<cloud_errors::oci::Code>> {
//! use backon::{ExponentialBuilder, Retryable};
//! use cloud_errors::{oci, reqwest::send};
//!
//! let client = reqwest::Client::new();
//! let answer = (|| send::<oci::Code>(client.get("http://127.0.0.1:8080/20160918/instances")))
//!     .retry(ExponentialBuilder::default().with_max_times(4))
//!     .when(|error| error.is_retryable())
//!     // Wait at least as long as the service asks (Retry-After), and stop when backon would.
//!     .adjust(|error, delay| delay.map(|delay| error.retry_after().map_or(delay, |asked| asked.max(delay))))
//!     .await?;
//! println!("{} bytes", answer.body.len());
//! # Ok(())
//! # }
//! ```

use core::fmt;
use std::time::Duration;

use crate::{Envelope, ProviderCode, ProviderError, Retry};

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
pub enum CallError<C> {
    /// The provider answered with an error (for Tencent Cloud, possibly under HTTP 200).
    Provider(ProviderError<C>),
    /// No complete answer: the connection failed or was reset, the request timed out, or the
    /// body could not be read.
    Transport(::reqwest::Error),
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
            CallError::Transport(_) => None,
        }
    }

    /// The provider's error, if the provider answered.
    pub fn provider_error(&self) -> Option<&ProviderError<C>> {
        match self {
            CallError::Provider(error) => Some(error),
            CallError::Transport(_) => None,
        }
    }
}

impl<C: ProviderCode> fmt::Display for CallError<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CallError::Provider(error) => fmt::Display::fmt(error, f),
            CallError::Transport(error) => write!(f, "{}: no answer: {error}", C::PROVIDER),
        }
    }
}

impl<C: ProviderCode> std::error::Error for CallError<C> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CallError::Provider(error) => Some(error),
            CallError::Transport(error) => Some(error),
        }
    }
}

impl<C: ProviderCode> fmt::Debug for CallError<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CallError::Provider(error) => f.debug_tuple("Provider").field(error).finish(),
            CallError::Transport(error) => f.debug_tuple("Transport").field(error).finish(),
        }
    }
}

impl<C> From<::reqwest::Error> for CallError<C> {
    fn from(error: ::reqwest::Error) -> Self {
        CallError::Transport(error)
    }
}

/// Whether the provider can answer an error with a success status and the error in the body.
fn errors_in_success_bodies(envelope: Envelope) -> bool {
    matches!(envelope, Envelope::Tencent)
}

/// Reads a response whole: the answer for a success, the provider's typed error otherwise —
/// including Tencent Cloud's errors under HTTP 200.
pub async fn read<C: ProviderCode>(response: ::reqwest::Response) -> Result<Answer, CallError<C>> {
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.bytes().await?;
    if status.is_success() {
        if errors_in_success_bodies(C::ENVELOPE) {
            if let Some(error) = ProviderError::read_body(C::ENVELOPE, &body) {
                return Err(CallError::Provider(error));
            }
        }
        return Ok(Answer {
            status,
            headers,
            body,
        });
    }
    Err(CallError::Provider(ProviderError::read(
        C::ENVELOPE,
        status.as_u16(),
        &headers,
        &body,
    )))
}

/// Sends the request and [`read`]s the response.
pub async fn send<C: ProviderCode>(request: ::reqwest::RequestBuilder) -> Result<Answer, CallError<C>> {
    read(request.send().await?).await
}
