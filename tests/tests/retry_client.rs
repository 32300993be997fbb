//! Retry in practice: a reqwest + backon client against a fake provider on 127.0.0.1, every
//! decision taken by `cloud_errors` (`CallError::decide`).

#[path = "../examples/support/mod.rs"]
mod support;

use std::collections::HashMap;
use std::future::{ready, Ready};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use cloud_errors::reqwest::CallError;
use cloud_errors::testing::{FakeProvider, Reply};
use cloud_errors::{ibm_vpc_metadata, oci, tencent, ProviderCode, Retry};
use cloud_errors_alibaba::kms_instance as alibaba_kms;
// The seed catalog `tencent_redis` is now the curated product `redis` of cloud-errors-tencent.
use cloud_errors_tencent::redis as tencent_redis;
use http::header::{HeaderName, HeaderValue, CONTENT_TYPE};
use http::{Method, StatusCode};
use support::{call_with_retries, call_with_retries_as, unsafe_repeats, Outcome, Policy, SendAs};

/// Short delays and a generous timeout: the fake provider answers in microseconds.
const POLICY: Policy = Policy {
    retries: 3,
    min: Duration::from_millis(1),
    max: Duration::from_millis(4),
    timeout: Duration::from_secs(5),
};

/// A mocked clock for backon: records each requested delay and returns at once.
#[derive(Clone, Default)]
struct MockClock(Arc<Mutex<Vec<Duration>>>);

impl MockClock {
    fn sleeper(&self) -> impl Fn(Duration) -> Ready<()> + 'static {
        let slept = Arc::clone(&self.0);
        move |delay| {
            slept.lock().unwrap().push(delay);
            ready(())
        }
    }

    fn slept(&self) -> Vec<Duration> {
        self.0.lock().unwrap().clone()
    }
}

/// One GET of `path` with retries.
async fn call<C: ProviderCode>(provider: &FakeProvider, path: &str, clock: &MockClock) -> Outcome<C> {
    let client = reqwest::Client::new();
    call_with_retries::<C, _, _>(&client, &provider.url_for(path), POLICY, clock.sleeper()).await
}

/// How many GETs of `path` reached the provider.
fn attempts(provider: &FakeProvider, path: &str) -> usize {
    provider.requests_to(&Method::GET, path).len()
}

/// A body written by hand in the provider's format, with its status.
fn json(status: u16, body: &str) -> Reply {
    Reply::json(
        StatusCode::from_u16(status).expect("a valid status"),
        body.to_owned(),
    )
}

fn provider_error<C: ProviderCode>(outcome: &Outcome<C>) -> &cloud_errors::ProviderError<C> {
    match &outcome.result {
        Err(CallError::Provider(error)) => error,
        other => panic!("expected a provider error, got {other:?}"),
    }
}

/// One provider's bodies for the scenarios below.
struct Bodies {
    throttled: Reply,
    not_found: Reply,
    after_fix: Reply,
    success: Reply,
}

/// The scenarios every provider must pass.
async fn check_provider<C: ProviderCode>(bodies: Bodies, not_found_code: &str, after_fix_code: &str) {
    let Bodies {
        throttled,
        not_found,
        after_fix,
        success,
    } = bodies;
    let provider = FakeProvider::builder()
        .on(Method::GET, "/throttled", [throttled, success.clone()])
        .on(
            Method::GET,
            "/gateway",
            [Reply::gateway_page(StatusCode::BAD_GATEWAY), success],
        )
        .on(Method::GET, "/not-found", [not_found])
        .on(Method::GET, "/after-fix", [after_fix])
        .on(
            Method::GET,
            "/down",
            [Reply::gateway_page(StatusCode::SERVICE_UNAVAILABLE)],
        )
        .start()
        .await
        .unwrap();
    let clock = MockClock::default();

    // Throttled, then success: retried once, succeeds.
    let outcome = call::<C>(&provider, "/throttled", &clock).await;
    assert!(outcome.result.is_ok(), "{:?}", outcome.result);
    assert_eq!(attempts(&provider, "/throttled"), 2);
    assert_eq!(outcome.decisions[0].retry, Retry::Backoff);

    // A 502 HTML page from a gateway: retried, succeeds.
    let outcome = call::<C>(&provider, "/gateway", &clock).await;
    assert!(outcome.result.is_ok(), "{:?}", outcome.result);
    assert_eq!(attempts(&provider, "/gateway"), 2);

    // A NotFound-class code fails at once with its typed error.
    let outcome = call::<C>(&provider, "/not-found", &clock).await;
    let error = provider_error(&outcome);
    assert_eq!(error.code().code(), not_found_code);
    assert_eq!(error.category(), cloud_errors::Category::NotFound);
    assert_eq!(attempts(&provider, "/not-found"), 1);

    // An AfterFix code is not retried.
    let outcome = call::<C>(&provider, "/after-fix", &clock).await;
    let error = provider_error(&outcome);
    assert_eq!(error.code().code(), after_fix_code);
    assert_eq!(error.retry(), Retry::AfterFix);
    assert_eq!(attempts(&provider, "/after-fix"), 1);

    // Always failing: the budget is spent, then the loop gives up.
    let outcome = call::<C>(&provider, "/down", &clock).await;
    assert_eq!(provider_error(&outcome).status(), 503);
    assert_eq!(attempts(&provider, "/down"), POLICY.retries + 1);
}

#[tokio::test]
async fn oci_retries_what_the_catalog_says() {
    check_provider::<oci::Code>(
        Bodies {
            throttled: json(429, r#"{"code":"TooManyRequests","message":"Too many requests"}"#),
            not_found: json(404, r#"{"code":"NotFound","message":"No such operation"}"#),
            after_fix: json(
                409,
                r#"{"code":"InvalidatedRetryToken","message":"Use a new token"}"#,
            ),
            success: json(200, r#"{"items":[]}"#),
        },
        "NotFound",
        "InvalidatedRetryToken",
    )
    .await;
}

#[tokio::test]
async fn ibm_retries_what_the_catalog_and_the_status_say() {
    // IBM documents no throttling code: a 429 with an unknown code backs off by its status.
    check_provider::<ibm_vpc_metadata::Code>(
        Bodies {
            throttled: json(
                429,
                r#"{"errors":[{"code":"rate_limited","message":"Too many requests."}],"status_code":429,"trace":"t1"}"#,
            ),
            not_found: json(
                404,
                r#"{"errors":[{"code":"not_found","message":"Placement group not found.","target":{"name":"id","type":"path_parameter","value":"r006-1"}}],"status_code":404,"trace":"t2"}"#,
            ),
            after_fix: json(
                401,
                r#"{"errors":[{"code":"unauthenticated","message":"The provided token is invalid or expired."}],"status_code":401,"trace":"t3"}"#,
            ),
            success: json(200, r#"{"access_token":"x","expires_in":300}"#),
        },
        "not_found",
        "unauthenticated",
    )
    .await;
}

#[tokio::test]
async fn alibaba_retries_what_the_catalog_and_the_status_say() {
    check_provider::<alibaba_kms::Code>(
        Bodies {
            throttled: json(
                429,
                r#"{"Code":"Throttling","Message":"Request was denied due to request throttling.","RequestId":"r1"}"#,
            ),
            not_found: json(
                404,
                r#"{"Code":"Forbidden.KeyNotFound","Message":"The specified Key is not found.","RequestId":"r2"}"#,
            ),
            after_fix: json(
                400,
                r#"{"Code":"RequestTimeTooSkewed","Message":"Request time exceeds server time more than 15 minutes.","RequestId":"r3"}"#,
            ),
            success: json(200, "").with_header(CONTENT_TYPE, HeaderValue::from_static("application/x-protobuf")),
        },
        "Forbidden.KeyNotFound",
        "RequestTimeTooSkewed",
    )
    .await;
}

/// Tencent Cloud API 3.0 answers errors with HTTP 200: the client must read the body to see them.
fn tencent_error(code: &str) -> Reply {
    json(
        200,
        &format!(r#"{{"Response":{{"Error":{{"Code":"{code}","Message":"m"}},"RequestId":"q"}}}}"#),
    )
}

#[tokio::test]
async fn tencent_recognizes_errors_under_http_200_and_retries_them() {
    let success = json(200, r#"{"Response":{"InstanceSet":[],"RequestId":"ok"}}"#);
    check_provider::<tencent::Code>(
        Bodies {
            throttled: tencent_error("RequestLimitExceeded"),
            not_found: tencent_error("ResourceNotFound"),
            after_fix: tencent_error("AuthFailure.SignatureExpire"),
            success: success.clone(),
        },
        "ResourceNotFound",
        "AuthFailure.SignatureExpire",
    )
    .await;
    // The service catalog: its own codes, and the common ones through `extends`.
    check_provider::<tencent_redis::Code>(
        Bodies {
            throttled: tencent_error("RequestLimitExceeded"),
            not_found: tencent_error("ResourceNotFound.InstanceNotExists"),
            after_fix: tencent_error("AuthFailure.SignatureExpire"),
            success,
        },
        "ResourceNotFound.InstanceNotExists",
        "AuthFailure.SignatureExpire",
    )
    .await;
}

#[tokio::test]
async fn retry_after_is_honoured_on_a_mocked_clock() {
    let throttled = json(429, r#"{"code":"TooManyRequests","message":"slow down"}"#).with_header(
        HeaderName::from_static("retry-after"),
        HeaderValue::from_static("2"),
    );
    let provider = FakeProvider::builder()
        .on(Method::GET, "/throttled", [throttled, json(200, "{}")])
        .start()
        .await
        .unwrap();
    let clock = MockClock::default();
    let outcome = call::<oci::Code>(&provider, "/throttled", &clock).await;
    assert!(outcome.result.is_ok());
    // backon alone would have waited at most 4 ms: the service's Retry-After wins.
    assert_eq!(clock.slept(), vec![Duration::from_secs(2)]);
    assert_eq!(outcome.decisions[0].delay, Some(Duration::from_secs(2)));
}

/// What the fault-injection server does with one attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fault {
    Success,
    Throttled,
    ServerError,
    GatewayPage,
    Timeout,
    NotRetryable,
    AfterFix,
}

impl Fault {
    const SEED: u64 = 0x5eed_c10d;

    /// The fault for attempt `attempt` of call `call`: a seeded, reproducible mix.
    fn plan(call: usize, attempt: usize) -> Fault {
        let mut rng = fastrand::Rng::with_seed(Self::SEED ^ ((call as u64) << 8) ^ attempt as u64);
        match rng.u32(0..100) {
            0..=44 => Fault::Success,
            45..=59 => Fault::Throttled,
            60..=69 => Fault::ServerError,
            70..=79 => Fault::GatewayPage,
            80..=81 => Fault::Timeout,
            82..=91 => Fault::NotRetryable,
            _ => Fault::AfterFix,
        }
    }

    fn reply(self) -> Reply {
        match self {
            Fault::Success => json(200, r#"{"ok":true}"#),
            Fault::Throttled => json(429, r#"{"code":"TooManyRequests","message":"throttled"}"#),
            Fault::ServerError => json(500, r#"{"code":"InternalServerError","message":"oops"}"#),
            Fault::GatewayPage => Reply::gateway_page(StatusCode::BAD_GATEWAY),
            // Answers long after the client's timeout.
            Fault::Timeout => json(200, r#"{"ok":true}"#).after(Duration::from_secs(3)),
            Fault::NotRetryable => json(400, r#"{"code":"InvalidParameter","message":"bad"}"#),
            Fault::AfterFix => json(409, r#"{"code":"InvalidatedRetryToken","message":"new token"}"#),
        }
    }

    /// Whether the fault is retried for a request sent as `send`: throttling (the request was
    /// refused) whatever the request; a server error, a gateway's page or a timeout (the request
    /// may have been processed) only for a GET or a POST with a retry token.
    fn is_retried(self, send: &SendAs) -> bool {
        match self {
            Fault::Throttled => true,
            Fault::ServerError | Fault::GatewayPage | Fault::Timeout => {
                send.method == http::Method::GET || send.token
            }
            Fault::Success | Fault::NotRetryable | Fault::AfterFix => false,
        }
    }
}

/// How call `call` is sent: a third each as GET, POST with a retry token, POST without one.
fn send_of(call: usize) -> SendAs {
    match call % 3 {
        0 => SendAs::GET,
        1 => SendAs::POST_WITH_TOKEN,
        _ => SendAs::POST,
    }
}

/// Call `call`'s route.
fn path_of(call: usize) -> String {
    format!("/calls/{call}")
}

/// How a call must end, from the plan alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ending {
    Succeeded { attempts: usize },
    Failed { attempts: usize },
    GaveUp { attempts: usize },
}

fn expected_ending(call: usize, retries: usize) -> Ending {
    let send = send_of(call);
    for attempt in 0..=retries {
        match Fault::plan(call, attempt) {
            Fault::Success => {
                return Ending::Succeeded {
                    attempts: attempt + 1,
                }
            }
            fault if fault.is_retried(&send) => continue,
            _ => {
                return Ending::Failed {
                    attempts: attempt + 1,
                }
            }
        }
    }
    Ending::GaveUp {
        attempts: retries + 1,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fault_injection_every_call_ends_once_and_only_retryable_faults_are_retried() {
    const CALLS: usize = 2000;
    const CLIENTS: usize = 8;
    let policy = Policy {
        timeout: Duration::from_millis(200),
        ..POLICY
    };
    // Each call is a route of its own, scripted with the faults of its attempts.
    let provider = (0..CALLS)
        .fold(FakeProvider::builder(), |builder, call| {
            builder.on(
                send_of(call).method,
                path_of(call),
                (0..=policy.retries).map(|attempt| Fault::plan(call, attempt).reply()),
            )
        })
        .start()
        .await
        .unwrap();
    let url = provider.url();
    // Spawned up front (collected), so the clients run at the same time.
    let clients: Vec<_> = (0..CLIENTS)
        .map(|client_index| {
            let url = url.clone();
            tokio::spawn(async move {
                let client = reqwest::Client::new();
                let mut endings = Vec::new();
                for call in (client_index..CALLS).step_by(CLIENTS) {
                    let outcome = call_with_retries_as::<oci::Code, _, _>(
                        &client,
                        &format!("{url}{}", path_of(call)),
                        send_of(call),
                        policy,
                        tokio::time::sleep,
                    )
                    .await;
                    let attempts = outcome.decisions.len() + usize::from(outcome.result.is_ok());
                    let stopped = outcome
                        .decisions
                        .last()
                        .and_then(|decision| decision.stop_reason());
                    let ending = match (&outcome.result, stopped) {
                        (Ok(_), _) => Ending::Succeeded { attempts },
                        (Err(_), Some(cloud_errors::StopReason::AttemptsSpent { .. })) => {
                            Ending::GaveUp { attempts }
                        }
                        (Err(_), _) => Ending::Failed { attempts },
                    };
                    endings.push((call, ending));
                }
                endings
            })
        })
        .collect();
    let mut endings = Vec::with_capacity(CALLS);
    for client in clients {
        endings.extend(client.await.unwrap());
    }

    let received = provider.requests();
    let mut requests_per_call: HashMap<&str, usize> = HashMap::new();
    for request in &received {
        *requests_per_call.entry(request.path.as_str()).or_default() += 1;
    }
    let attempts_of = |call: usize| {
        requests_per_call
            .get(path_of(call).as_str())
            .copied()
            .unwrap_or(0)
    };

    // Every call ended exactly once.
    endings.sort_by_key(|(call, _)| *call);
    assert_eq!(
        endings.iter().map(|(call, _)| *call).collect::<Vec<_>>(),
        (0..CALLS).collect::<Vec<_>>()
    );
    // Each ended as the plan says, after exactly the attempts the plan allows — no retry of a
    // non-retryable fault, no retry missed within the budget — and the server saw just those.
    let mut counts = [0usize; 3];
    let mut expected_attempts = 0;
    for &(call, ending) in &endings {
        let expected = expected_ending(call, policy.retries);
        assert_eq!(
            ending,
            expected,
            "call {call}: {:?}",
            (0..=policy.retries)
                .map(|a| Fault::plan(call, a))
                .collect::<Vec<_>>()
        );
        let attempts = match expected {
            Ending::Succeeded { attempts } => {
                counts[0] += 1;
                attempts
            }
            Ending::Failed { attempts } => {
                counts[1] += 1;
                attempts
            }
            Ending::GaveUp { attempts } => {
                counts[2] += 1;
                attempts
            }
        };
        assert_eq!(attempts_of(call), attempts, "call {call}");
        expected_attempts += attempts;
    }
    assert_eq!(counts.iter().sum::<usize>(), CALLS);
    assert_eq!(received.len(), expected_attempts);
    // No POST without a retry token reached the server again after it may have processed an
    // earlier attempt: each could have created its resource twice. (POSTs with a token were
    // retried, and did reach it more than once.)
    assert_eq!(unsafe_repeats(&received, "opc-retry-token"), 0);
    let retried_with_token = endings
        .iter()
        .filter(|(call, _)| send_of(*call).token && attempts_of(*call) > 1)
        .count();
    assert!(retried_with_token > 0);
    // The seeded mix exercises every ending.
    assert!(counts.iter().all(|&count| count > 0), "{counts:?}");
}
