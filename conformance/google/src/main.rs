//! The conformance suite's Google side (see conformance/README.md): google-cloud-rust's own client,
//! pointed at the fake provider, reads every written `google` response and runs every `google`
//! sequence of the plan; what it read and did is written as `sdks.py` writes it for the Python
//! SDKs.
//!
//!     cloud-errors-conformance-google PLAN.json OUT.json
//!
//! The client is Secret Manager's, whose calls go through gax-internal `ReqwestClient` and gax's
//! `retry_loop` as every generated REST client's do: `get_secret` is a GET (idempotent by
//! gax-internal http.rs `default_idempotency`), `create_secret` a POST (not). It is built with its
//! defaults (gax-internal http.rs `ReqwestClient::new`: `Aip194Strict` with 10 attempts and 60 s,
//! `ExponentialBackoff::default()`) but two, which the Python harness has too in its own way:
//! - the backoff is that same `ExponentialBackoff::default()`, wrapped to record each wait it
//!   asks for and to sleep none (the Python harness records `time.sleep`). Its jitter draws from
//!   a generator no harness can seed (`rand::rng()`), so each wait is also recorded before jitter
//!   (`unjittered`): the same backoff's delay for that attempt, as its `PollingBackoffPolicy`
//!   impl gives it (exponential_backoff.rs `ExponentialBackoff::delay`, which `on_failure`
//!   draws below);
//! - retries are never throttled: gax's default `AdaptiveThrottler` (retry_throttler.rs,
//!   client_builder.rs `ClientConfig::default`) drops a random share of retries once a client has
//!   seen failures, with a generator no harness can seed. We do not model it
//!   (catalogs/google.curated.yaml says so).
//!
//! Nothing of the SDK is copied or changed; every SDK item relied on is named where it is used.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use google_cloud_gax::backoff_policy::BackoffPolicy;
use google_cloud_gax::error::rpc::StatusDetails;
use google_cloud_gax::error::Error;
use google_cloud_gax::exponential_backoff::ExponentialBackoff;
use google_cloud_gax::options::RequestOptionsBuilder as _;
use google_cloud_gax::polling_backoff_policy::PollingBackoffPolicy;
use google_cloud_gax::polling_state::PollingState;
use google_cloud_gax::retry_policy::NeverRetry;
use google_cloud_gax::retry_result::RetryResult;
use google_cloud_gax::retry_state::RetryState;
use google_cloud_gax::retry_throttler::RetryThrottler;
use google_cloud_secretmanager_v1::client::SecretManagerService;
use serde_json::{json, Map, Value};

/// Each wait asked for, as drawn and before jitter (seconds).
type Waits = Arc<Mutex<Vec<(f64, f64)>>>;

/// gax's default backoff, its waits recorded instead of slept.
#[derive(Debug)]
struct Recorded {
    backoff: ExponentialBackoff,
    waits: Waits,
}

impl BackoffPolicy for Recorded {
    fn on_failure(&self, state: &RetryState) -> Duration {
        let wait = self.backoff.on_failure(state);
        let attempt = PollingState::default().set_attempt_count(state.attempt_count);
        let unjittered = self.backoff.wait_period(&attempt);
        lock(&self.waits).push((wait.as_secs_f64(), unjittered.as_secs_f64()));
        Duration::ZERO
    }
}

/// A throttler that lets every retry through (see the module docs).
#[derive(Debug)]
struct NeverThrottle;

impl RetryThrottler for NeverThrottle {
    fn throttle_retry_attempt(&self) -> bool {
        false
    }

    fn on_retry_failure(&mut self, _flow: &RetryResult) {}

    fn on_success(&mut self) {}
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

async fn client(base: &str, waits: Waits) -> Result<SecretManagerService, String> {
    SecretManagerService::builder()
        .with_endpoint(base)
        .with_credentials(google_cloud_auth::credentials::anonymous::Builder::new().build())
        .with_backoff_policy(Recorded {
            backoff: ExponentialBackoff::default(),
            waits,
        })
        .with_retry_throttler(NeverThrottle)
        .build()
        .await
        .map_err(|error| format!("cannot build the client: {error}"))
}

/// What the client's error says: the HTTP status (`Error::http_status_code`), the code (the
/// reason of an `ErrorInfo` detail, else the canonical code's name of `Error::status`, as
/// AIP-193 ranks them), the message and the `RequestInfo` detail's request id.
fn read(error: &Error) -> Value {
    let Some(status) = error.status() else {
        // No `Status`: an answer gax could not read as one (`Error::http`), or no answer.
        return match error.http_status_code() {
            Some(code) => json!({"status": code, "code": "", "message": null, "request_id": null}),
            None => json!({"crash": format!("no answer read: {error}")}),
        };
    };
    let reason = status.details.iter().find_map(|detail| match detail {
        StatusDetails::ErrorInfo(info) => Some(info.reason.clone()),
        _ => None,
    });
    let request_id = status.details.iter().find_map(|detail| match detail {
        StatusDetails::RequestInfo(info) => Some(info.request_id.clone()),
        _ => None,
    });
    json!({
        "status": error.http_status_code(),
        "code": reason.unwrap_or_else(|| status.code.name().to_owned()),
        "message": Some(status.message.clone()).filter(|message| !message.is_empty()),
        "request_id": request_id,
    })
}

fn entries<'a>(plan: &'a Value, kind: &str) -> impl Iterator<Item = &'a Value> {
    plan[kind]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|entry| entry["provider"] == "google")
}

/// The resource a route's path names: `/v1/projects/r3/secrets/s` → `projects/r3/secrets/s`.
fn resource(entry: &Value) -> String {
    let path = entry["path"].as_str().unwrap_or_default();
    path.trim_start_matches("/v1/").to_owned()
}

async fn run(plan: &Value) -> Result<Value, String> {
    let base = plan["base"].as_str().ok_or("the plan has no `base`")?;
    let mut responses = Map::new();
    let mut sequences = Map::new();
    let unused = Arc::default();
    let reader = client(base, unused).await?;
    for entry in entries(plan, "responses") {
        // One attempt: the answer itself is read, not the retries (`NeverRetry`).
        let answer = reader
            .get_secret()
            .set_name(resource(entry))
            .with_retry_policy(NeverRetry)
            .send()
            .await;
        let read = match answer {
            Err(error) => read(&error),
            Ok(_) => json!({"crash": "no error"}),
        };
        responses.insert(entry["id"].to_string(), read);
    }
    for entry in entries(plan, "sequences") {
        let waits: Waits = Arc::default();
        // A client per sequence, as each Python SDK's: nothing carries over.
        let client = client(base, Arc::clone(&waits)).await?;
        let answer = if entry["method"] == "GET" {
            client
                .get_secret()
                .set_name(resource(entry))
                .send()
                .await
                .map(drop)
        } else {
            // POST /v1/{parent}/secrets: the route's path is the parent's and `/secrets`.
            let parent = resource(entry).trim_end_matches("/secrets").to_owned();
            let secret = client.create_secret().set_parent(parent).set_secret_id("s");
            secret.send().await.map(drop)
        };
        let mut result = match answer {
            Ok(()) => json!({"outcome": "ok"}),
            Err(error) => {
                let read = read(&error);
                json!({"outcome": "error", "status": read["status"], "code": read["code"]})
            }
        };
        // gax's retry_loop asks the backoff after every failure, before it knows whether it
        // retries (retry_loop_internal.rs `retry_loop`): the last failure's wait is never slept.
        let mut waits = lock(&waits).clone();
        if result["outcome"] == "error" {
            waits.pop();
        }
        result["waits"] = waits.iter().map(|(wait, _)| *wait).collect();
        result["unjittered"] = waits.iter().map(|(_, unjittered)| *unjittered).collect();
        sequences.insert(entry["id"].to_string(), result);
    }
    Ok(json!({"responses": responses, "sequences": sequences}))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [plan_path, out_path] = args.as_slice() else {
        return Err("usage: cloud-errors-conformance-google PLAN.json OUT.json".to_owned());
    };
    let text = std::fs::read_to_string(plan_path).map_err(|error| format!("{plan_path}: {error}"))?;
    let plan: Value = serde_json::from_str(&text).map_err(|error| format!("{plan_path}: {error}"))?;
    let out = run(&plan).await?;
    std::fs::write(out_path, out.to_string()).map_err(|error| format!("{out_path}: {error}"))
}
