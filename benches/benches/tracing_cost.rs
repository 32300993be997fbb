//! What the `tracing` feature costs a retried call when no subscriber is installed: run by
//! `scripts/tracing-cost.sh`, which builds this bench with the feature and without and runs the
//! two in turn (BENCHMARKS.md, "Tracing's cost"). It prints the median of many samples, in ns per
//! operation of this thread's CPU time (the runtime has one thread, so the fake provider's work
//! and the client's are both counted, and the waits and other processes are not), for:
//!
//! - `decide`: `TowerPolicy::retry` on an OCI 429 held in memory (reading the error, deciding,
//!   and what the glue records) — the CPU path where the feature adds its work;
//! - `call`: `cloud_errors::reqwest::call` against the fake provider on 127.0.0.1, answered at
//!   once: a call span, an attempt span, the success;
//! - `retried`: the same, a 503 then a 200 with a zero backoff: two attempts and a decision.

use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use cloud_errors::reqwest::{call, CallOptions};
use cloud_errors::testing::{FakeProvider, Reply};
use cloud_errors::tower::TowerPolicy;
use cloud_errors::{oci, RetryPolicy};
use cloud_errors_benches::thread_cpu_ns;
use http::{Method, StatusCode};
use tower::retry::Policy;

/// The median of `samples` samples, each `per_sample` runs of `run`, in CPU ns per run.
fn median_ns(samples: usize, per_sample: u32, mut run: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..samples)
        .map(|_| {
            let start = thread_cpu_ns();
            for _ in 0..per_sample {
                run();
            }
            (thread_cpu_ns() - start) as f64 / f64::from(per_sample)
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[samples / 2]
}

fn main() {
    let feature = if cfg!(feature = "tracing") { "on" } else { "off" };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let _entered = runtime.enter();
    let policy = RetryPolicy::for_provider::<oci::Code>()
        .with_base(Duration::ZERO)
        .with_jitter(false);

    let tower = TowerPolicy::<oci::Code>::new(policy.clone());
    let answer = http::Response::builder()
        .status(429)
        .header("opc-request-id", "r-1")
        .body(Bytes::from_static(
            br#"{"code":"TooManyRequests","message":"slow down"}"#,
        ))
        .unwrap();
    let mut request = http::Request::get("http://127.0.0.1:1/20160918/instances")
        .body(Bytes::new())
        .unwrap();
    let decide = median_ns(101, 2_000, || {
        let mut policy = tower.clone();
        let mut result: Result<_, std::io::Error> = Ok(answer.clone());
        black_box(policy.retry(&mut request, &mut result));
    });

    let served = Arc::new(AtomicU64::new(0));
    let counter = served.clone();
    let provider = runtime
        .block_on(
            FakeProvider::builder()
                .on(Method::GET, "/ok", [Reply::json(StatusCode::OK, "{}")])
                .on_fn(Method::GET, "/retried", move |_| {
                    if counter.fetch_add(1, Ordering::Relaxed) & 1 == 0 {
                        Reply::json(
                            StatusCode::SERVICE_UNAVAILABLE,
                            r#"{"code":"ServiceUnavailable","message":"m"}"#,
                        )
                    } else {
                        Reply::json(StatusCode::OK, "{}")
                    }
                })
                .start(),
        )
        .unwrap();
    let client = reqwest::Client::new();
    let options = CallOptions::default();
    let whole_call = |path: &str, samples: usize| {
        let url = provider.url_for(path);
        median_ns(samples, 50, || {
            let answer = runtime.block_on(call::<oci::Code>(client.get(&url), &policy, &options, |_| {}));
            assert_eq!(answer.unwrap().status, 200);
        })
    };
    let ok = whole_call("/ok", 41);
    let retried = whole_call("/retried", 21);
    println!("tracing {feature}: decide {decide:.0} ns, call {ok:.0} ns, retried {retried:.0} ns (CPU time, medians)");
}
