//! Retry decisions that take the request into account: [`RetryContext`] (method, idempotency
//! token, eventual-consistency window, attempt, time spent), [`RetryPolicy`] (attempts, backoff,
//! limits; provider defaults as its constructor) and the [`Decision`] it gives, with the reason
//! when it stops.
//!
//! A code's retry class ([`Retry`]) answers "can this ever succeed if sent again?". Whether *this*
//! request should be sent again also depends on the request: a `POST` that got a 502 may have
//! created its resource before the gateway gave up, and resending it without an idempotency token
//! can create a second one. The provider defaults ([`PolicyDefaults`]) say, per code and per
//! status, when a retryable answer may be retried ([`RetryWhen`]), and how the provider's own SDK
//! backs off; see `catalogs/README.md`, "Retry policy", for the SDK function each default comes
//! from.

use core::fmt;
use std::cell::Cell;
use std::time::{Duration, SystemTime};

use crate::quota::{QuotaSpec, RetryQuota};
use crate::{ProviderCode, ProviderError, Retry, RetryWhen};

/// How a delay grows with the attempt number: `base × multiplier^(attempt − 1)`, capped.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Backoff {
    /// The delay after the first attempt.
    pub base: Duration,
    /// The growth factor per attempt.
    pub multiplier: f64,
    /// The largest delay backoff gives (jitter excluded).
    pub cap: Duration,
    /// The randomness added to each delay.
    pub jitter: Jitter,
}

impl Backoff {
    /// The delay after attempt `attempt` (1 for the first), without jitter.
    pub fn delay(&self, attempt: u32) -> Duration {
        let exponent = attempt.saturating_sub(1).min(1_000) as i32;
        let seconds = self.base.as_secs_f64() * self.multiplier.powi(exponent);
        let cap = self.cap.as_secs_f64();
        // NaN and infinities (a huge exponent) end at the cap.
        let seconds = if seconds.is_finite() {
            seconds.min(cap)
        } else {
            cap
        };
        Duration::try_from_secs_f64(seconds.max(0.0)).unwrap_or(self.cap)
    }

    /// The delay after attempt `attempt` with jitter, `fraction` being a random number in
    /// `[0, 1)` (clamped into it).
    pub fn delay_with_jitter(&self, attempt: u32, fraction: f64) -> Duration {
        let fraction = if fraction.is_finite() {
            fraction.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let delay = self.delay(attempt);
        match self.jitter {
            Jitter::None => delay,
            Jitter::Full => delay.mul_f64(fraction),
            Jitter::Add(amount) => delay.saturating_add(amount.mul_f64(fraction)),
        }
    }
}

/// Randomness in backoff delays, so that clients failing together do not retry together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Jitter {
    /// None: the delay is exactly the backoff.
    None,
    /// A uniform delay in `[0, backoff)` ("full jitter").
    Full,
    /// The backoff plus a uniform amount in `[0, amount)`.
    Add(Duration),
}

/// Where a provider takes an idempotency token: the same token on every retry of one request
/// lets the service recognise the resend and answer it without doing the work twice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TokenPlace {
    /// A request header (OCI: `opc-retry-token`).
    Header(&'static str),
    /// A parameter in the request body, for the actions that declare it (Tencent Cloud:
    /// `ClientToken`).
    BodyParameter(&'static str),
}

/// A mark for a request that carries an idempotency token in its body (Tencent Cloud's and AWS's
/// `ClientToken`), which the glue cannot see: put it in the request's extensions
/// (`http::Request::extensions_mut` for the tower policy, reqwest-middleware's
/// `RequestBuilder::with_extension` for the middleware) and its `POST` is retried as safely as
/// an idempotent request. [`reqwest::call`](crate::reqwest::call) takes
/// `CallOptions::carrying_idempotency_token` instead.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct CarriesIdempotencyToken;

/// The retry behaviour of a provider's SDK, as data: what a catalog declares (see
/// `catalogs/README.md`, "Retry policy") and what [`RetryPolicy::for_provider`] starts from.
///
/// Built with [`PolicyDefaults::new`] and the `with_*` methods, all `const`.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct PolicyDefaults {
    /// Attempts in all, the first included.
    pub max_attempts: u32,
    /// The backoff between attempts.
    pub backoff: Backoff,
    /// The total time a call may take, retries and waits included; `None` for no limit.
    pub max_elapsed: Option<Duration>,
    /// The longest single wait, `Retry-After` included: a service asking for more ends the
    /// retries.
    pub max_delay: Duration,
    /// Codes whose retry depends on the request (exact wire codes).
    pub code_conditions: &'static [(&'static str, RetryWhen)],
    /// The condition of a retryable code not listed in `code_conditions`.
    pub default_condition: RetryWhen,
    /// Codes whose condition holds only at these statuses, as an SDK keys on (status, code)
    /// pairs (a catalog's `retry_when_status`): at another status, such a code's answer is
    /// decided by its status alone, through `status_conditions`.
    pub code_statuses: &'static [(&'static str, &'static [u16])],
    /// For answers classified by their HTTP status alone (no known code, or every answer under
    /// [`DecideBy::Status`]): which statuses the provider retries, and when. A status not listed
    /// is not retried.
    pub status_conditions: &'static [StatusCondition],
    /// What the decision keys on: the code (the default), or the status alone, as IBM's SDK
    /// does.
    pub decide_by: DecideBy,
    /// Where the provider's SDK behaves otherwise than these defaults, on purpose (see
    /// `catalogs/README.md`, "Retry policy"): what [`RetryPolicy::sdk_compatible`] follows.
    pub sdk: SdkDifferences,
    /// Attempts and backoff inside an eventual-consistency window, for the
    /// [`RetryWhen::InConsistencyWindow`] codes; `None` when the provider has no such window.
    pub consistency_window: Option<(u32, Backoff)>,
    /// Where the provider takes an idempotency token, if it does.
    pub idempotency_token: Option<TokenPlace>,
    /// The provider SDK's retry quota, shared by the calls to one service (a catalog's
    /// `retry_quota`): [`RetryPolicy::for_provider`] attaches a new quota with these numbers.
    pub retry_quota: Option<QuotaSpec>,
}

/// The statuses every provider's SDK retries when the answer has no known code: 429 whatever the
/// request, and the transient server errors when resending is safe.
const COMMON_STATUS_CONDITIONS: &[StatusCondition] = &[
    StatusCondition::new(429, RetryWhen::Always),
    StatusCondition::new(500, RetryWhen::Idempotent),
    StatusCondition::new(502, RetryWhen::Idempotent),
    StatusCondition::new(503, RetryWhen::Idempotent),
    StatusCondition::new(504, RetryWhen::Idempotent),
];

/// When answers with a status in `first..=last` are retried: one entry of a policy's status
/// conditions (a catalog's `status_when`, whose keys are a status or a range `502-599`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StatusCondition {
    /// The first status covered.
    pub first: u16,
    /// The last status covered.
    pub last: u16,
    /// When answers with these statuses are retried.
    pub when: RetryWhen,
}

impl StatusCondition {
    /// One status.
    pub const fn new(status: u16, when: RetryWhen) -> StatusCondition {
        StatusCondition {
            first: status,
            last: status,
            when,
        }
    }

    /// The statuses `first..=last`.
    pub const fn range(first: u16, last: u16, when: RetryWhen) -> StatusCondition {
        StatusCondition { first, last, when }
    }

    /// Whether `status` is covered.
    pub const fn covers(&self, status: u16) -> bool {
        self.first <= status && status <= self.last
    }
}

/// The condition of `status` in `conditions`: the first entry covering it (a catalog lists single
/// statuses before ranges), [`RetryWhen::Never`] when none does.
fn status_condition_in(conditions: &[StatusCondition], status: u16) -> RetryWhen {
    conditions
        .iter()
        .find(|condition| condition.covers(status))
        .map_or(RetryWhen::Never, |condition| condition.when)
}

/// What a retry decision keys on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DecideBy {
    /// The code's class and condition; the status only for answers without a known code.
    Code,
    /// The status alone, whatever the code: IBM's go-sdk-core retries 429 and 5xx but 501 and
    /// never reads the code. A status not listed stops with [`StopReason::NotRetryable`] (or
    /// [`StopReason::ProviderDoesNotRetry`] for a code documented as transient).
    Status,
}

/// Where a provider's SDK does otherwise than the catalog's defaults, each one a deliberate
/// difference listed in `catalogs/README.md`, "Retry policy". Empty when the defaults are the
/// SDK's.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct SdkDifferences {
    /// The SDK's attempts, where they differ.
    pub max_attempts: Option<u32>,
    /// The SDK's condition of retryable codes not listed in either code list.
    pub default_condition: Option<RetryWhen>,
    /// The SDK's conditions of these codes (exact wire codes).
    pub code_conditions: &'static [(&'static str, RetryWhen)],
    /// The SDK's status conditions, replacing the defaults' whole.
    pub status_conditions: Option<&'static [StatusCondition]>,
}

impl SdkDifferences {
    /// No difference.
    pub const NONE: SdkDifferences = SdkDifferences {
        max_attempts: None,
        default_condition: None,
        code_conditions: &[],
        status_conditions: None,
    };

    /// The differences: the SDK's attempts, its condition of codes listed nowhere, its conditions
    /// of these codes, and its status conditions (`None` where the SDK does as the defaults).
    pub const fn new(
        max_attempts: Option<u32>,
        default_condition: Option<RetryWhen>,
        code_conditions: &'static [(&'static str, RetryWhen)],
        status_conditions: Option<&'static [StatusCondition]>,
    ) -> SdkDifferences {
        SdkDifferences {
            max_attempts,
            default_condition,
            code_conditions,
            status_conditions,
        }
    }

    /// Whether the SDK behaves exactly as the defaults.
    pub fn is_empty(&self) -> bool {
        *self == SdkDifferences::NONE
    }
}

impl PolicyDefaults {
    /// Defaults with `max_attempts` attempts and `backoff`, no time limit, waits of at most
    /// 60 seconds, every retryable code retried when the request is idempotent, and the common
    /// status conditions (429 always; 500, 502, 503 and 504 when idempotent).
    pub const fn new(max_attempts: u32, backoff: Backoff) -> PolicyDefaults {
        PolicyDefaults {
            max_attempts,
            backoff,
            max_elapsed: None,
            max_delay: Duration::from_secs(60),
            code_conditions: &[],
            default_condition: RetryWhen::Idempotent,
            code_statuses: &[],
            status_conditions: COMMON_STATUS_CONDITIONS,
            decide_by: DecideBy::Code,
            sdk: SdkDifferences::NONE,
            consistency_window: None,
            idempotency_token: None,
            retry_quota: None,
        }
    }

    /// Sets the per-code conditions.
    pub const fn with_code_conditions(
        mut self,
        conditions: &'static [(&'static str, RetryWhen)],
    ) -> PolicyDefaults {
        self.code_conditions = conditions;
        self
    }

    /// Binds codes' conditions to statuses: `("IncorrectState", &[409])` applies the code's
    /// condition to a 409 only; a 400 carrying it is decided by its status.
    pub const fn with_code_statuses(
        mut self,
        code_statuses: &'static [(&'static str, &'static [u16])],
    ) -> PolicyDefaults {
        self.code_statuses = code_statuses;
        self
    }

    /// Whether the condition of the wire code `code` applies at `status`: always, unless the code
    /// is bound to other statuses (`code_statuses`).
    pub fn code_applies_at(&self, code: &str, status: u16) -> bool {
        self.code_statuses
            .iter()
            .find(|(listed, _)| *listed == code)
            .is_none_or(|(_, statuses)| statuses.contains(&status))
    }

    /// Sets the condition of retryable codes not listed.
    pub const fn with_default_condition(mut self, condition: RetryWhen) -> PolicyDefaults {
        self.default_condition = condition;
        self
    }

    /// Sets the status conditions (single statuses before ranges: the first covering wins).
    pub const fn with_status_conditions(mut self, conditions: &'static [StatusCondition]) -> PolicyDefaults {
        self.status_conditions = conditions;
        self
    }

    /// Sets what the decision keys on.
    pub const fn with_decide_by(mut self, decide_by: DecideBy) -> PolicyDefaults {
        self.decide_by = decide_by;
        self
    }

    /// Sets where the provider's SDK does otherwise.
    pub const fn with_sdk_differences(mut self, sdk: SdkDifferences) -> PolicyDefaults {
        self.sdk = sdk;
        self
    }

    /// Sets the eventual-consistency window's attempts and backoff.
    pub const fn with_consistency_window(mut self, max_attempts: u32, backoff: Backoff) -> PolicyDefaults {
        self.consistency_window = Some((max_attempts, backoff));
        self
    }

    /// Sets where the provider takes an idempotency token.
    pub const fn with_idempotency_token(mut self, place: TokenPlace) -> PolicyDefaults {
        self.idempotency_token = Some(place);
        self
    }

    /// Sets the retry quota's numbers.
    pub const fn with_retry_quota(mut self, quota: QuotaSpec) -> PolicyDefaults {
        self.retry_quota = Some(quota);
        self
    }

    /// Sets the longest single wait.
    pub const fn with_max_delay(mut self, max_delay: Duration) -> PolicyDefaults {
        self.max_delay = max_delay;
        self
    }

    /// Sets the total time limit.
    pub const fn with_max_elapsed(mut self, max_elapsed: Option<Duration>) -> PolicyDefaults {
        self.max_elapsed = max_elapsed;
        self
    }

    /// The condition of the wire code `code` (exact match: `RequestLimitExceeded.UinLimitExceeded`
    /// does not take `RequestLimitExceeded`'s).
    pub fn code_condition(&self, code: &str) -> RetryWhen {
        self.code_conditions
            .iter()
            .find(|(listed, _)| *listed == code)
            .map_or(self.default_condition, |&(_, when)| when)
    }

    /// The condition of an answer classified by `status` alone; [`RetryWhen::Never`] for a
    /// status not listed.
    pub fn status_condition(&self, status: u16) -> RetryWhen {
        status_condition_in(self.status_conditions, status)
    }

    /// The defaults of a provider code whose catalog (or `#[cloud_error]` enum) declares no
    /// `retry_policy`: 3 attempts, 1 s doubling up to 30 s with full jitter, transient codes and
    /// 500/502/503/504 retried only when resending is safe, 429 always.
    pub const GENERIC: PolicyDefaults = PolicyDefaults::new(
        3,
        Backoff {
            base: Duration::from_secs(1),
            multiplier: 2.0,
            cap: Duration::from_secs(30),
            jitter: Jitter::Full,
        },
    );
}

/// What a retry decision needs to know of the request: its method, whether it carries an
/// idempotency token, whether an eventual-consistency window is open, which attempt just failed
/// and how long the call has taken so far.
///
/// ```
/// use std::time::Duration;
/// use cloud_errors::RetryContext;
///
/// let ctx = RetryContext::new(http::Method::POST)
///     .with_idempotency_token(true)
///     .attempt(2)
///     .elapsed(Duration::from_secs(3));
/// assert!(ctx.is_idempotent());
/// assert_eq!(ctx.current_attempt(), 2);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryContext {
    method: http::Method,
    token: bool,
    window: bool,
    attempt: u32,
    elapsed: Duration,
}

impl RetryContext {
    /// The first attempt of a request with this method, without token or window.
    pub fn new(method: http::Method) -> RetryContext {
        RetryContext {
            method,
            token: false,
            window: false,
            attempt: 1,
            elapsed: Duration::ZERO,
        }
    }

    /// Whether the request carries an idempotency token (OCI `opc-retry-token`, Tencent
    /// `ClientToken`), the same on every attempt.
    pub fn with_idempotency_token(mut self, token: bool) -> RetryContext {
        self.token = token;
        self
    }

    /// Whether an eventual-consistency window is open (a create or update in this process
    /// recently changed what the request refers to).
    pub fn in_consistency_window(mut self, open: bool) -> RetryContext {
        self.window = open;
        self
    }

    /// The attempt that just failed: 1 for the first try (0 counts as 1).
    pub fn attempt(mut self, attempt: u32) -> RetryContext {
        self.attempt = attempt.max(1);
        self
    }

    /// How long the call has taken so far, attempts and waits included.
    pub fn elapsed(mut self, elapsed: Duration) -> RetryContext {
        self.elapsed = elapsed;
        self
    }

    /// The method.
    pub fn method(&self) -> &http::Method {
        &self.method
    }

    /// The attempt that just failed.
    pub fn current_attempt(&self) -> u32 {
        self.attempt
    }

    /// The time taken so far.
    pub fn time_spent(&self) -> Duration {
        self.elapsed
    }

    /// Whether the request carries an idempotency token.
    pub fn has_idempotency_token(&self) -> bool {
        self.token
    }

    /// Whether an eventual-consistency window is open.
    pub fn is_in_consistency_window(&self) -> bool {
        self.window
    }

    /// Whether resending cannot repeat a side effect: an idempotent method (RFC 9110, 9.2.2:
    /// `GET`, `HEAD`, `PUT`, `DELETE`, `OPTIONS`, `TRACE`) or an idempotency token.
    pub fn is_idempotent(&self) -> bool {
        self.token
            || matches!(
                self.method,
                http::Method::GET
                    | http::Method::HEAD
                    | http::Method::PUT
                    | http::Method::DELETE
                    | http::Method::OPTIONS
                    | http::Method::TRACE
            )
    }
}

/// Why a retry loop stops.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum StopReason {
    /// The answer's class is not [`Retry::Backoff`]: sending it again cannot help.
    NotRetryable(Retry),
    /// Retrying could repeat a side effect: the request is neither idempotent nor carries an
    /// idempotency token.
    NotIdempotent,
    /// The code is retried only inside an eventual-consistency window, and none is open.
    NeedsConsistencyWindow,
    /// The provider documents the answer as transient, but its SDK does not retry it.
    ProviderDoesNotRetry,
    /// Every allowed attempt was made.
    AttemptsSpent {
        /// Attempts made.
        attempts: u32,
    },
    /// The wait would end after the call's time budget.
    TimeBudgetSpent {
        /// The budget.
        budget: Duration,
    },
    /// The service asked to wait longer (`Retry-After`) than the policy's longest wait or than
    /// what is left of the call's time budget.
    RetryAfterTooLong {
        /// What the service asked for.
        asked: Duration,
        /// The most the policy would wait.
        limit: Duration,
    },
    /// The retry quota shared with the other calls to the service holds too few tokens: too
    /// many retries failed lately (see [`RetryQuota`]).
    QuotaEmpty {
        /// What the retry would have taken.
        cost: u32,
        /// What was left.
        available: u32,
    },
}

impl fmt::Display for StopReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StopReason::NotRetryable(retry) => write!(f, "not retryable (class `{retry}`)"),
            StopReason::NotIdempotent => {
                f.write_str("not idempotent: neither an idempotent method nor an idempotency token")
            }
            StopReason::NeedsConsistencyWindow => {
                f.write_str("retried only inside an eventual-consistency window")
            }
            StopReason::ProviderDoesNotRetry => f.write_str("the provider's SDK does not retry it"),
            StopReason::AttemptsSpent { attempts } => write!(f, "all {attempts} attempts spent"),
            StopReason::TimeBudgetSpent { budget } => write!(f, "time budget of {budget:?} spent"),
            StopReason::RetryAfterTooLong { asked, limit } => {
                write!(f, "Retry-After of {asked:?} is longer than the {limit:?} allowed")
            }
            StopReason::QuotaEmpty { cost, available } => write!(
                f,
                "the retry quota is spent: a retry takes {cost} tokens, {available} left"
            ),
        }
    }
}

/// Where a retry's delay comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DelaySource {
    /// The wait the service asked for: a delay header (`Retry-After`, or the provider's own:
    /// `Envelope::DELAY_HEADERS`) or the body's (Google's `RetryInfo`).
    RetryAfter,
    /// The policy's backoff.
    Backoff,
}

/// A retry decision: wait and retry, or stop with a reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Decision {
    /// Send the request again after `delay`.
    Retry {
        /// How long to wait first.
        delay: Duration,
        /// Where the delay comes from.
        source: DelaySource,
        /// The tokens this retry took from the policy's [`RetryQuota`] (0 without one): give
        /// them back with [`RetryPolicy::succeeded`] if the call then succeeds.
        quota_cost: u32,
    },
    /// Stop: report the failure.
    Stop(StopReason),
}

impl Decision {
    /// Whether to retry.
    pub fn is_retry(&self) -> bool {
        matches!(self, Decision::Retry { .. })
    }

    /// The wait before the retry; `None` when stopping.
    pub fn delay(&self) -> Option<Duration> {
        match self {
            Decision::Retry { delay, .. } => Some(*delay),
            Decision::Stop(_) => None,
        }
    }

    /// The tokens the retry took from the policy's [`RetryQuota`]; 0 when stopping or without
    /// a quota.
    pub fn quota_cost(&self) -> u32 {
        match self {
            Decision::Retry { quota_cost, .. } => *quota_cost,
            Decision::Stop(_) => 0,
        }
    }

    /// Why to stop; `None` when retrying.
    pub fn stop_reason(&self) -> Option<StopReason> {
        match self {
            Decision::Retry { .. } => None,
            Decision::Stop(reason) => Some(*reason),
        }
    }
}

impl fmt::Display for Decision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Decision::Retry {
                delay,
                source: DelaySource::RetryAfter,
                ..
            } => write!(f, "retry in {delay:?} (asked by the server)"),
            Decision::Retry { delay, .. } => write!(f, "retry in {delay:?} (backoff)"),
            Decision::Stop(reason) => write!(f, "stop: {reason}"),
        }
    }
}

/// A failure to get a complete answer, by what it says of the request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransportFailure {
    /// The connection could not be made: the request was never sent, so resending is safe.
    Connect,
    /// The connection could not be made in time: never sent, so resending is safe, but a
    /// timeout for a [`RetryQuota`](crate::RetryQuota), whose retry takes the timeout cost (the
    /// rule of botocore before 1.44: `retries/standard.py` `RetryQuotaChecker._TIMEOUT_EXCEPTIONS`
    /// holds `ConnectTimeoutError` beside `ReadTimeoutError`).
    ConnectTimeout,
    /// No answer in time: the request may have been processed.
    Timeout,
    /// The connection broke after the request was sent (reset, closed mid-answer): the request
    /// may have been processed.
    ConnectionLost,
    /// Anything else (a request that could not be built, a redirect loop, a decoding failure):
    /// resending the same request gives the same failure.
    Other,
}

/// What a decision is taken on: a class and when it may be retried, and a `Retry-After`.
struct Verdict {
    retry: Retry,
    when: RetryWhen,
    retry_after: Option<Duration>,
    /// A timeout: a retry takes the quota's timeout cost.
    timeout: bool,
}

/// A retry policy: provider defaults ([`RetryPolicy::for_provider`]) that the user can adjust.
///
/// ```
/// use std::time::Duration;
/// use cloud_errors::{oci, RetryContext, RetryPolicy};
///
/// let policy = RetryPolicy::for_provider::<oci::Code>()
///     .with_max_attempts(3)
///     .with_max_elapsed(Some(Duration::from_secs(20)))
///     .with_jitter(false);
/// let error = oci::Error::from_parts(429, &http::HeaderMap::new(),
///     br#"{"code":"TooManyRequests","message":"slow down"}"#);
/// let ctx = RetryContext::new(http::Method::POST).attempt(2);
/// // OCI backs off 2^(n-1) seconds: 2 s after the second attempt.
/// assert_eq!(policy.decide(&error, &ctx).delay(), Some(Duration::from_secs(2)));
/// assert!(!policy.decide(&error, &ctx.clone().attempt(3)).is_retry()); // 3 attempts spent
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct RetryPolicy {
    defaults: &'static PolicyDefaults,
    max_attempts: u32,
    max_elapsed: Option<Duration>,
    max_delay: Duration,
    backoff: Backoff,
    jitter: bool,
    all_idempotent: bool,
    sdk: bool,
    quota: Option<RetryQuota>,
}

impl RetryPolicy {
    /// The provider's defaults: those of `C::RETRY_POLICY`.
    pub fn for_provider<C: ProviderCode>() -> RetryPolicy {
        RetryPolicy::from_defaults(C::RETRY_POLICY)
    }

    /// A policy from explicit defaults, with a new quota if they declare one.
    pub fn from_defaults(defaults: &'static PolicyDefaults) -> RetryPolicy {
        RetryPolicy {
            quota: defaults.retry_quota.map(RetryQuota::new),
            ..RetryPolicy::without_shared_state(defaults)
        }
    }

    /// The defaults' policy without a quota (nothing allocated).
    fn without_shared_state(defaults: &'static PolicyDefaults) -> RetryPolicy {
        RetryPolicy {
            defaults,
            max_attempts: defaults.max_attempts,
            max_elapsed: defaults.max_elapsed,
            max_delay: defaults.max_delay,
            backoff: defaults.backoff,
            jitter: true,
            all_idempotent: false,
            sdk: false,
            quota: None,
        }
    }

    /// The provider's SDK's behaviour where the defaults deliberately differ from it
    /// ([`PolicyDefaults::sdk`], each difference listed with its reason in
    /// `catalogs/README.md`, "Retry policy"): OCI's and IBM's SDKs retry a 5xx whatever the
    /// method, Tencent's retries only `RequestLimitExceeded`, and only once retries are turned
    /// on. Use it when your requests are safe to resend and you want exactly the SDK's retries.
    ///
    /// ```
    /// use cloud_errors::{oci, RetryContext, RetryPolicy, StopReason};
    ///
    /// let error = oci::Error::from_parts(503, &http::HeaderMap::new(), b"");
    /// let post = RetryContext::new(http::Method::POST);
    /// // Ours: a POST without a retry token may have done its work; resending could repeat it.
    /// let ours = RetryPolicy::for_provider::<oci::Code>();
    /// assert_eq!(ours.decide(&error, &post).stop_reason(), Some(StopReason::NotIdempotent));
    /// // oci-go-sdk's `IsErrorRetryableByDefault` retries any 5xx but 501 MethodNotImplemented.
    /// let sdk = RetryPolicy::sdk_compatible::<oci::Code>();
    /// assert!(sdk.decide(&error, &post).is_retry());
    /// ```
    pub fn sdk_compatible<C: ProviderCode>() -> RetryPolicy {
        RetryPolicy::for_provider::<C>().following_sdk()
    }

    /// This policy, with the SDK's conditions (and attempts, where they differ) instead of the
    /// defaults' deliberate differences; see [`RetryPolicy::sdk_compatible`].
    pub fn following_sdk(mut self) -> RetryPolicy {
        self.sdk = true;
        if let Some(attempts) = self.defaults.sdk.max_attempts {
            self.max_attempts = attempts;
        }
        self
    }

    /// Whether the policy follows the SDK where the defaults differ from it.
    pub fn is_sdk_compatible(&self) -> bool {
        self.sdk
    }

    /// Attempts in all, the first included (at least 1).
    pub fn with_max_attempts(mut self, attempts: u32) -> RetryPolicy {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The total time a call may take; `None` for no limit.
    pub fn with_max_elapsed(mut self, budget: Option<Duration>) -> RetryPolicy {
        self.max_elapsed = budget;
        self
    }

    /// The backoff's first delay.
    pub fn with_base(mut self, base: Duration) -> RetryPolicy {
        self.backoff.base = base;
        self
    }

    /// The backoff's largest delay.
    pub fn with_cap(mut self, cap: Duration) -> RetryPolicy {
        self.backoff.cap = cap;
        self
    }

    /// Jitter on or off.
    pub fn with_jitter(mut self, jitter: bool) -> RetryPolicy {
        self.jitter = jitter;
        self
    }

    /// The longest single wait: a `Retry-After` above it ends the retries.
    pub fn with_max_delay(mut self, max_delay: Duration) -> RetryPolicy {
        self.max_delay = max_delay;
        self
    }

    /// Treat every request as idempotent (when you know your `POST`s are, or want the IBM SDK's
    /// behaviour).
    pub fn treat_all_as_idempotent(mut self, all: bool) -> RetryPolicy {
        self.all_idempotent = all;
        self
    }

    /// Retries take from `quota`, shared with every policy (and clone) holding the same handle:
    /// make one per service and region and give it to the policies of the calls to it. Any
    /// provider's policy takes one; AWS's has one from its catalog (`retry_quota`), new with
    /// each [`RetryPolicy::for_provider`]: clone that policy for each call rather than making a
    /// new one, or attach a shared quota. See [`RetryQuota`].
    ///
    /// ```
    /// use cloud_errors::{oci, QuotaSpec, RetryContext, RetryPolicy, RetryQuota, StopReason};
    ///
    /// let quota = RetryQuota::new(QuotaSpec::new(10, 5, 10, 1));
    /// let policy = RetryPolicy::for_provider::<oci::Code>().with_quota(quota.clone());
    /// let error = oci::Error::from_parts(429, &http::HeaderMap::new(),
    ///     br#"{"code":"TooManyRequests","message":"slow down"}"#);
    /// let ctx = RetryContext::new(http::Method::GET);
    /// assert_eq!(policy.decide(&error, &ctx).quota_cost(), 5);
    /// assert!(policy.clone().decide(&error, &ctx).is_retry()); // a clone shares the quota
    /// assert_eq!(
    ///     policy.decide(&error, &ctx).stop_reason(),
    ///     Some(StopReason::QuotaEmpty { cost: 5, available: 0 })
    /// );
    /// policy.succeeded(5); // a call whose last retry took 5 succeeded
    /// assert_eq!(quota.available(), 5);
    /// ```
    pub fn with_quota(mut self, quota: RetryQuota) -> RetryPolicy {
        self.quota = Some(quota);
        self
    }

    /// No retry quota: each call's retries are bounded by its own attempts and time only.
    pub fn without_quota(mut self) -> RetryPolicy {
        self.quota = None;
        self
    }

    /// The retry quota, if the policy has one.
    pub fn quota(&self) -> Option<&RetryQuota> {
        self.quota.as_ref()
    }

    /// Records a call that succeeded, `held` being what its last retry took from the quota
    /// ([`Decision::quota_cost`]; 0 if it did not retry): gives that back, or the quota's
    /// success refund. Does nothing without a quota. The glue (`call`, the tower policy, the
    /// middleware) does it for you.
    pub fn succeeded(&self, held: u32) {
        if let Some(quota) = &self.quota {
            quota.succeeded(held);
        }
    }

    /// The provider defaults this policy started from.
    pub fn defaults(&self) -> &'static PolicyDefaults {
        self.defaults
    }

    /// Attempts in all.
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The total time budget.
    pub fn max_elapsed(&self) -> Option<Duration> {
        self.max_elapsed
    }

    /// The longest single wait.
    pub fn max_delay(&self) -> Duration {
        self.max_delay
    }

    /// Whether to retry the provider's error `error` after the attempt described by `ctx`, and
    /// after how long. The jitter's random fraction comes from a per-thread generator.
    pub fn decide<C: ProviderCode>(&self, error: &ProviderError<C>, ctx: &RetryContext) -> Decision {
        self.decide_with_jitter(error, ctx, random_fraction())
    }

    /// [`decide`](RetryPolicy::decide) with the jitter's random fraction given (in `[0, 1)`).
    pub fn decide_with_jitter<C: ProviderCode>(
        &self,
        error: &ProviderError<C>,
        ctx: &RetryContext,
        fraction: f64,
    ) -> Decision {
        let verdict = self.verdict(error);
        self.conclude(verdict, ctx, fraction)
    }

    /// Whether to retry after a transport failure: connect errors always (nothing was sent), a
    /// timeout or a lost connection only for idempotent requests.
    pub fn decide_transport(&self, failure: TransportFailure, ctx: &RetryContext) -> Decision {
        self.decide_transport_with_jitter(failure, ctx, random_fraction())
    }

    /// [`decide_transport`](RetryPolicy::decide_transport) with the jitter's fraction given.
    pub fn decide_transport_with_jitter(
        &self,
        failure: TransportFailure,
        ctx: &RetryContext,
        fraction: f64,
    ) -> Decision {
        let (retry, when) = match failure {
            TransportFailure::Connect | TransportFailure::ConnectTimeout => {
                (Retry::Backoff, RetryWhen::Always)
            }
            TransportFailure::Timeout | TransportFailure::ConnectionLost => {
                (Retry::Backoff, RetryWhen::Idempotent)
            }
            TransportFailure::Other => (Retry::Never, RetryWhen::Never),
        };
        let verdict = Verdict {
            retry,
            when,
            retry_after: None,
            timeout: matches!(
                failure,
                TransportFailure::Timeout | TransportFailure::ConnectTimeout
            ),
        };
        self.conclude(verdict, ctx, fraction)
    }

    fn verdict<C: ProviderCode>(&self, error: &ProviderError<C>) -> Verdict {
        let by_code = error
            .classified_by_code()
            .then(|| (error.code().code(), error.code().retry_when()));
        self.verdict_of(
            error.retry(),
            by_code,
            error.status(),
            error.retry_after_at(SystemTime::now()),
        )
    }

    /// The verdict on an answer of class `class` and `status`; `by_code` is the code and its
    /// condition (`ProviderCode::retry_when`) when the code classified the answer. Not generic,
    /// so that `cloud_errors::index` decides for a catalog's code exactly as `decide` does.
    fn verdict_of(
        &self,
        class: Retry,
        by_code: Option<(&str, RetryWhen)>,
        status: u16,
        retry_after: Option<Duration>,
    ) -> Verdict {
        let (retry, when) = match (self.defaults.decide_by, by_code) {
            (DecideBy::Status, _) => match self.status_condition(status) {
                // The status decides: a code's class matters only to say why it stops.
                RetryWhen::Never => (class, RetryWhen::Never),
                when => (Retry::Backoff, when),
            },
            (DecideBy::Code, Some((code, ours))) if self.defaults.code_applies_at(code, status) => {
                (class, self.code_condition(code, ours))
            }
            // No known code, or a code whose condition is bound to other statuses: the status
            // decides.
            (DecideBy::Code, _) => match self.status_condition(status) {
                // The SDK retries by its status rule what HTTP calls final (OCI and the KMS
                // instance SDK: a 501 or a 505 with no known code).
                when if self.sdk && when != RetryWhen::Never => (Retry::Backoff, when),
                when => (class, when),
            },
        };
        Verdict {
            retry,
            when,
            retry_after,
            timeout: false,
        }
    }

    /// What [`decide`](RetryPolicy::decide) answers for an answer that a catalog's code
    /// classified (`class`, `when`), with this status and wait asked for.
    pub(crate) fn decide_code(
        &self,
        (code, class, when): (&str, Retry, RetryWhen),
        status: u16,
        retry_after: Option<Duration>,
        ctx: &RetryContext,
    ) -> Decision {
        let verdict = self.verdict_of(class, Some((code, when)), status, retry_after);
        self.conclude(verdict, ctx, random_fraction())
    }

    /// The condition of a status: the SDK's where it differs and the policy follows it.
    fn status_condition(&self, status: u16) -> RetryWhen {
        match self.defaults.sdk.status_conditions {
            Some(conditions) if self.sdk => status_condition_in(conditions, status),
            _ => self.defaults.status_condition(status),
        }
    }

    /// The condition of a known code, `ours` being the catalog's: the SDK's where it differs and
    /// the policy follows it.
    fn code_condition(&self, code: &str, ours: RetryWhen) -> RetryWhen {
        if !self.sdk {
            return ours;
        }
        let sdk = &self.defaults.sdk;
        if let Some(&(_, when)) = sdk.code_conditions.iter().find(|(listed, _)| *listed == code) {
            return when;
        }
        let listed = self
            .defaults
            .code_conditions
            .iter()
            .any(|(listed, _)| *listed == code);
        match sdk.default_condition {
            Some(when) if !listed => when,
            _ => ours,
        }
    }

    fn conclude(&self, verdict: Verdict, ctx: &RetryContext, fraction: f64) -> Decision {
        if verdict.retry != Retry::Backoff {
            return Decision::Stop(StopReason::NotRetryable(verdict.retry));
        }
        let idempotent = self.all_idempotent || ctx.is_idempotent();
        let (max_attempts, backoff) = match verdict.when {
            RetryWhen::Always => (self.max_attempts, self.backoff),
            RetryWhen::Idempotent if idempotent => (self.max_attempts, self.backoff),
            RetryWhen::Idempotent => return Decision::Stop(StopReason::NotIdempotent),
            RetryWhen::InConsistencyWindow if ctx.window => self
                .defaults
                .consistency_window
                .unwrap_or((self.max_attempts, self.backoff)),
            RetryWhen::InConsistencyWindow => return Decision::Stop(StopReason::NeedsConsistencyWindow),
            RetryWhen::Never => return Decision::Stop(StopReason::ProviderDoesNotRetry),
        };
        if ctx.attempt >= max_attempts {
            return Decision::Stop(StopReason::AttemptsSpent {
                attempts: ctx.attempt,
            });
        }
        // What is left of the time budget bounds every wait.
        let left = self.max_elapsed.map(|budget| budget.saturating_sub(ctx.elapsed));
        if let Some(asked) = verdict.retry_after {
            let limit = left.map_or(self.max_delay, |left| left.min(self.max_delay));
            if asked > limit {
                return Decision::Stop(StopReason::RetryAfterTooLong { asked, limit });
            }
            return self.take_quota(verdict.timeout, asked, DelaySource::RetryAfter);
        }
        let delay = if self.jitter {
            backoff.delay_with_jitter(ctx.attempt, fraction)
        } else {
            backoff.delay(ctx.attempt)
        }
        .min(self.max_delay);
        if let (Some(left), Some(budget)) = (left, self.max_elapsed) {
            if delay >= left {
                return Decision::Stop(StopReason::TimeBudgetSpent { budget });
            }
        }
        self.take_quota(verdict.timeout, delay, DelaySource::Backoff)
    }

    /// A retry the policy allows, once the quota (if any) has given its cost: last, as the SDKs
    /// do (botocore `RetryHandler.needs_retry`, aws-smithy-runtime
    /// `StandardRetryStrategy::should_attempt_retry`), so that a stop for another reason takes
    /// nothing.
    fn take_quota(&self, timeout: bool, delay: Duration, source: DelaySource) -> Decision {
        let quota_cost = match &self.quota {
            None => 0,
            Some(quota) => {
                let cost = quota.cost(timeout);
                if !quota.try_acquire(cost) {
                    return Decision::Stop(StopReason::QuotaEmpty {
                        cost,
                        available: quota.available(),
                    });
                }
                cost
            }
        };
        Decision::Retry {
            delay,
            source,
            quota_cost,
        }
    }
}

impl<C: ProviderCode> ProviderError<C> {
    /// Whether to retry, with the provider's default policy ([`RetryPolicy::for_provider`]).
    ///
    /// ```
    /// use cloud_errors::{oci, RetryContext, StopReason};
    ///
    /// let page = b"<html><body>502 Bad Gateway</body></html>";
    /// let error = oci::Error::from_parts(502, &http::HeaderMap::new(), page);
    /// // A GET may be sent again; a POST only with a retry token.
    /// assert!(error.decide(&RetryContext::new(http::Method::GET)).is_retry());
    /// let post = RetryContext::new(http::Method::POST);
    /// assert_eq!(error.decide(&post).stop_reason(), Some(StopReason::NotIdempotent));
    /// assert!(error.decide(&post.with_idempotency_token(true)).is_retry());
    /// ```
    ///
    /// A policy made for one decision has no quota to share: none is attached.
    pub fn decide(&self, ctx: &RetryContext) -> Decision {
        RetryPolicy::without_shared_state(C::RETRY_POLICY).decide(self, ctx)
    }
}

thread_local! {
    static RNG: Cell<u64> = Cell::new(seed());
}

/// A per-thread seed from the standard library's randomly keyed hasher.
fn seed() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(0x9e37_79b9_7f4a_7c15);
    hasher.finish() | 1
}

/// 64 random bits (splitmix64 over a per-thread, randomly seeded state).
pub(crate) fn random_u64() -> u64 {
    RNG.with(|state| {
        let next = state.get().wrapping_add(0x9e37_79b9_7f4a_7c15);
        state.set(next);
        let mut z = next;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    })
}

/// A random fraction in `[0, 1)` (splitmix64): jitter needs spread, not cryptographic quality.
fn random_fraction() -> f64 {
    (random_u64() >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_caps_without_overflow() {
        // oci.yaml's backoff.
        let backoff = Backoff {
            base: Duration::from_secs(1),
            multiplier: 2.0,
            cap: Duration::from_secs(30),
            jitter: Jitter::Add(Duration::from_secs(1)),
        };
        let delays: Vec<u64> = (1..=7).map(|n| backoff.delay(n).as_secs()).collect();
        assert_eq!(delays, [1, 2, 4, 8, 16, 30, 30]);
        assert_eq!(backoff.delay(u32::MAX), Duration::from_secs(30));
        assert_eq!(backoff.delay_with_jitter(2, 0.5), Duration::from_millis(2_500));
        let full = Backoff {
            base: Duration::from_secs(2),
            jitter: Jitter::Full,
            ..backoff
        };
        assert_eq!(full.delay_with_jitter(2, 0.25), Duration::from_secs(1));
        assert_eq!(full.delay_with_jitter(2, f64::NAN), Duration::ZERO);
    }

    #[test]
    fn random_fractions_stay_in_range() {
        for _ in 0..10_000 {
            let fraction = random_fraction();
            assert!((0.0..1.0).contains(&fraction), "{fraction}");
        }
    }
}
