//! The retry quota: a token bucket shared by the calls to one service (and region), which stops
//! retrying when too many retries failed in a row, whatever each call's own attempts say.

use core::fmt;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

/// The numbers of a [`RetryQuota`]: what a catalog's `retry_quota` declares (AWS: the SDKs'
/// standard retry mode, 500 tokens, 5 a retry, 10 a retry after a timeout, 1 back per success).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct QuotaSpec {
    /// The tokens a new quota holds, and the most it ever holds.
    pub initial: u32,
    /// What a retry after an error answer (or a failure other than a timeout) takes.
    pub retry_cost: u32,
    /// What a retry after a timeout takes.
    pub timeout_cost: u32,
    /// What a call that succeeded at its first attempt gives back.
    pub success_refund: u32,
}

impl QuotaSpec {
    /// A quota of `initial` tokens; a retry takes `retry_cost` (`timeout_cost` after a timeout);
    /// a first-attempt success gives back `success_refund`.
    pub const fn new(initial: u32, retry_cost: u32, timeout_cost: u32, success_refund: u32) -> QuotaSpec {
        QuotaSpec {
            initial,
            retry_cost,
            timeout_cost,
            success_refund,
        }
    }
}

/// A retry quota: a token bucket shared by every clone of the handle (an `Arc` and one atomic
/// counter), so one quota serves the calls to one service and region from any thread.
///
/// A retry takes [`QuotaSpec::retry_cost`] tokens ([`QuotaSpec::timeout_cost`] after a
/// timeout); when fewer are left, the retry is not made and the call stops with
/// [`StopReason::QuotaEmpty`](crate::StopReason::QuotaEmpty). A call that succeeds gives back
/// what its last retry took, or [`QuotaSpec::success_refund`] if it did not retry; the quota
/// never holds more than [`QuotaSpec::initial`]. So when a service fails for everyone, retries
/// stop after a bounded number (100 with AWS's numbers) instead of multiplying the load by the
/// attempts, and come back as calls succeed again. These are AWS's rules (botocore
/// `retries/quota.py` `RetryQuota`, `retries/standard.py` `RetryQuotaChecker`; aws-smithy-runtime
/// `client/retries/token_bucket.rs` `TokenBucket`), offered for every provider:
/// [`RetryPolicy::with_quota`](crate::RetryPolicy::with_quota).
///
/// Beside tower's `tower::retry::budget::TpsBudget` (tower 0.5): both bound retries across
/// calls, but a `TpsBudget` earns retries by time-windowed deposits (each request deposits, a
/// retry withdraws; deposits expire after its `ttl`, and a reserve of `min_per_sec × ttl` is
/// always there), so it caps retries as a share of recent traffic and refills with time alone.
/// A `RetryQuota` has no clock: it starts full, is refilled only by successes, charges a timeout
/// more than an error answer, and after an outage lets retries resume only as calls succeed.
/// Its state is one atomic integer; `TpsBudget` takes a lock to roll its windows.
///
/// ```
/// use cloud_errors::{QuotaSpec, RetryQuota};
///
/// let quota = RetryQuota::new(QuotaSpec::new(10, 5, 10, 1));
/// let shared = quota.clone(); // the same bucket
/// assert!(quota.try_acquire(5));
/// assert!(!shared.try_acquire(10)); // 5 left
/// shared.succeeded(5); // the call that retried succeeded: its retry's cost comes back
/// assert_eq!(quota.available(), 10);
/// quota.succeeded(0); // a first-attempt success: 1 back, but never above the initial 10
/// assert_eq!(quota.available(), 10);
/// ```
#[derive(Clone)]
pub struct RetryQuota {
    shared: Arc<Shared>,
}

struct Shared {
    spec: QuotaSpec,
    available: AtomicU32,
}

impl RetryQuota {
    /// A full quota with these numbers.
    pub fn new(spec: QuotaSpec) -> RetryQuota {
        RetryQuota {
            shared: Arc::new(Shared {
                spec,
                available: AtomicU32::new(spec.initial),
            }),
        }
    }

    /// The quota's numbers.
    pub fn spec(&self) -> QuotaSpec {
        self.shared.spec
    }

    /// The tokens left.
    pub fn available(&self) -> u32 {
        self.shared.available.load(Ordering::Acquire)
    }

    /// What a retry after this failure takes: the timeout cost after a timeout, the retry cost
    /// otherwise.
    pub fn cost(&self, after_timeout: bool) -> u32 {
        if after_timeout {
            self.shared.spec.timeout_cost
        } else {
            self.shared.spec.retry_cost
        }
    }

    /// Takes `cost` tokens if that many are left; `false` (and nothing taken) otherwise.
    pub fn try_acquire(&self, cost: u32) -> bool {
        self.shared
            .available
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |left| left.checked_sub(cost))
            .is_ok()
    }

    /// Gives back `amount` tokens, never filling the quota above [`QuotaSpec::initial`].
    pub fn release(&self, amount: u32) {
        let initial = self.shared.spec.initial;
        // The closure always returns `Some`: the update cannot fail.
        let _ = self
            .shared
            .available
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |left| {
                Some(left.saturating_add(amount).min(initial))
            });
    }

    /// Records a call that succeeded: `held` is what its last retry took
    /// ([`Decision::quota_cost`](crate::Decision::quota_cost)), 0 if it did not retry. Gives
    /// back `held`, or [`QuotaSpec::success_refund`] when it is 0.
    pub fn succeeded(&self, held: u32) {
        self.release(if held > 0 {
            held
        } else {
            self.shared.spec.success_refund
        });
    }

    /// Whether `other` is a handle on the same quota.
    pub fn same_quota(&self, other: &RetryQuota) -> bool {
        Arc::ptr_eq(&self.shared, &other.shared)
    }
}

/// Two handles are equal when they share one quota.
impl PartialEq for RetryQuota {
    fn eq(&self, other: &RetryQuota) -> bool {
        self.same_quota(other)
    }
}

impl fmt::Debug for RetryQuota {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RetryQuota")
            .field("spec", &self.shared.spec)
            .field("available", &self.available())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AWS: QuotaSpec = QuotaSpec::new(500, 5, 10, 1);

    #[test]
    fn retries_take_their_cost_until_too_few_are_left() {
        let quota = RetryQuota::new(AWS);
        // 100 retries of 5 empty a quota of 500; the 101st is refused and takes nothing.
        for _ in 0..100 {
            assert!(quota.try_acquire(quota.cost(false)));
        }
        assert_eq!(quota.available(), 0);
        assert!(!quota.try_acquire(5));
        assert_eq!(quota.available(), 0);
        // A timeout costs twice as much: with 9 left, an error's retry passes, a timeout's not.
        quota.release(9);
        assert!(!quota.try_acquire(quota.cost(true)));
        assert_eq!(quota.available(), 9);
        assert!(quota.try_acquire(quota.cost(false)));
        assert_eq!(quota.available(), 4);
    }

    #[test]
    fn successes_give_back_the_last_retry_or_the_refund_capped_at_the_initial() {
        let quota = RetryQuota::new(AWS);
        assert!(quota.try_acquire(10));
        assert!(quota.try_acquire(5));
        assert_eq!(quota.available(), 485);
        // The call's last retry took 5: a success gives those back, not the earlier 10.
        quota.succeeded(5);
        assert_eq!(quota.available(), 490);
        quota.succeeded(0);
        assert_eq!(quota.available(), 491);
        for _ in 0..20 {
            quota.succeeded(0);
        }
        assert_eq!(quota.available(), 500);
        quota.release(u32::MAX);
        assert_eq!(quota.available(), 500);
    }

    #[test]
    fn clones_share_one_bucket_and_compare_by_it() {
        let quota = RetryQuota::new(AWS);
        let clone = quota.clone();
        assert!(clone.try_acquire(5));
        assert_eq!(quota.available(), 495);
        assert_eq!(quota, clone);
        assert_ne!(quota, RetryQuota::new(AWS));
        assert_eq!(
            format!("{quota:?}"),
            "RetryQuota { spec: QuotaSpec { initial: 500, retry_cost: 5, timeout_cost: 10, success_refund: 1 }, available: 495 }"
        );
    }

    #[test]
    fn threads_never_take_more_than_the_quota_holds() {
        let quota = RetryQuota::new(AWS);
        let taken: u32 = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..8)
                .map(|_| {
                    let quota = quota.clone();
                    scope.spawn(move || {
                        let mut taken = 0;
                        for round in 0..1_000u32 {
                            if quota.try_acquire(5) {
                                taken += 5;
                                // Every third retry's call succeeds and gives its 5 back.
                                if round % 3 == 0 {
                                    quota.succeeded(5);
                                    taken -= 5;
                                }
                            }
                        }
                        taken
                    })
                })
                .collect();
            workers.into_iter().map(|worker| worker.join().unwrap()).sum()
        });
        // Whatever the interleaving: what is held plus what is left is the initial 500.
        assert_eq!(taken + quota.available(), 500);
        assert!(quota.available() < 5, "the threads retried until it was spent");
    }
}
