//! Retry decisions against the providers' own SDKs, one table per provider:
//! (status, code, method, token, window, attempt) → decision, each row with its source.
//!
//! Delays are taken with a jitter fraction of 0 (so OCI's "+ rand.Float64() s" adds nothing) unless
//! a row says otherwise.

use std::time::Duration;

use cloud_errors::{
    alibaba_kms, ibm_vpc_metadata, oci, tencent, tencent_redis, Decision, DelaySource, ProviderCode,
    ProviderError, Retry, RetryContext, RetryPolicy, StopReason, TransportFailure,
};
use http::Method;

/// What one row sends to the decision.
enum Input {
    /// An HTTP answer: status, body, extra headers.
    Http(u16, String, &'static [(&'static str, &'static str)]),
    /// No answer.
    Transport(TransportFailure),
}

/// What the decision must be.
#[derive(Debug, PartialEq)]
enum Expect {
    Backoff(Duration),
    RetryAfter(Duration),
    Stop(StopReason),
}

struct Row {
    line: u32,
    input: Input,
    method: Method,
    token: bool,
    window: bool,
    attempt: u32,
    fraction: f64,
    expect: Expect,
}

/// A row with defaults: attempt 1, no token, no window, fraction 0.
fn row(line: u32, input: Input, method: Method, expect: Expect) -> Row {
    Row {
        line,
        input,
        method,
        token: false,
        window: false,
        attempt: 1,
        fraction: 0.0,
        expect,
    }
}

impl Row {
    fn token(mut self) -> Row {
        self.token = true;
        self
    }
    fn window(mut self) -> Row {
        self.window = true;
        self
    }
    fn attempt(mut self, attempt: u32) -> Row {
        self.attempt = attempt;
        self
    }
    fn fraction(mut self, fraction: f64) -> Row {
        self.fraction = fraction;
        self
    }
}

fn http(status: u16, body: impl Into<String>) -> Input {
    Input::Http(status, body.into(), &[])
}

fn secs(seconds: f64) -> Expect {
    Expect::Backoff(Duration::from_secs_f64(seconds))
}

fn stop(reason: StopReason) -> Expect {
    Expect::Stop(reason)
}

const NOT_IDEMPOTENT: Expect = Expect::Stop(StopReason::NotIdempotent);

fn check<C: ProviderCode>(policy: RetryPolicy, rows: Vec<Row>) {
    for row in rows {
        let ctx = RetryContext::new(row.method.clone())
            .with_idempotency_token(row.token)
            .in_consistency_window(row.window)
            .attempt(row.attempt);
        let decision = match &row.input {
            Input::Http(status, body, headers) => {
                let mut map = http::HeaderMap::new();
                for (name, value) in *headers {
                    map.append(*name, http::HeaderValue::from_static(value));
                }
                let error = ProviderError::<C>::from_parts(*status, &map, body.as_bytes());
                policy.decide_with_jitter(&error, &ctx, row.fraction)
            }
            Input::Transport(failure) => policy.decide_transport_with_jitter(*failure, &ctx, row.fraction),
        };
        let got = match decision {
            Decision::Retry {
                delay,
                source: DelaySource::Backoff,
            } => Expect::Backoff(delay),
            Decision::Retry { delay, .. } => Expect::RetryAfter(delay),
            Decision::Stop(reason) => Expect::Stop(reason),
            other => panic!("line {}: unexpected decision {other:?}", row.line),
        };
        assert_eq!(got, row.expect, "row at line {}", row.line);
    }
}

const HTML_502: &str = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
const HTML_501: &str = "<html><head><title>501 Not Implemented</title></head></html>";

fn oci_body(code: &str) -> String {
    format!(r#"{{"code":"{code}","message":"m"}}"#)
}

#[test]
fn oci_agrees_with_oci_go_sdk() {
    use Method as M;
    let rows = vec![
        // common/retry.go, defaultRetryStatusCodeMap: (429, TooManyRequests) → retry, whatever the
        // method; DefaultRetryPolicyWithoutEventualConsistency: min(2^(n-1), 30) s + rand s.
        row(
            line!(),
            http(429, oci_body("TooManyRequests")),
            M::POST,
            secs(1.0),
        ),
        row(
            line!(),
            http(429, oci_body("TooManyRequests")),
            M::POST,
            secs(1.5),
        )
        .fraction(0.5),
        row(
            line!(),
            http(429, oci_body("TooManyRequests")),
            M::GET,
            secs(16.0),
        )
        .attempt(5),
        row(
            line!(),
            http(429, oci_body("TooManyRequests")),
            M::GET,
            secs(30.0),
        )
        .attempt(7),
        // The map's key is the pair: a 429 with another code is not retried by the SDK
        // (IsErrorRetryableByDefault falls through to 500 <= status < 505).
        row(
            line!(),
            http(429, oci_body("TooManyRequestsForCompartment")),
            M::GET,
            stop(StopReason::ProviderDoesNotRetry),
        ),
        // defaultRetryStatusCodeMap: (409, IncorrectState) → retry. (LockConflict is not in it.)
        row(line!(), http(409, oci_body("IncorrectState")), M::POST, secs(2.0)).attempt(2),
        // common/eventual_consistency.go, affectedByEventualConsistencyRetryStatusCodeMap: only
        // inside the window, with ecExponentialBackoffBase 3.52 and ecMaximumNumberAttempts 9.
        row(
            line!(),
            http(404, oci_body("NotAuthorizedOrNotFound")),
            M::GET,
            stop(StopReason::NeedsConsistencyWindow),
        ),
        row(
            line!(),
            http(404, oci_body("NotAuthorizedOrNotFound")),
            M::GET,
            secs(3.52),
        )
        .window()
        .attempt(2),
        row(
            line!(),
            http(400, oci_body("RelatedResourceNotAuthorizedOrNotFound")),
            M::POST,
            stop(StopReason::NeedsConsistencyWindow),
        ),
        row(
            line!(),
            http(400, oci_body("RelatedResourceNotAuthorizedOrNotFound")),
            M::POST,
            stop(StopReason::AttemptsSpent { attempts: 9 }),
        )
        .window()
        .attempt(9),
        row(
            line!(),
            http(409, oci_body("NotAuthorizedOrResourceAlreadyExists")),
            M::POST,
            secs(1.0),
        )
        .window(),
        // 500 <= status < 505 → retry: the SDK sends opc-retry-token with the operations that take
        // one; without a token (or an idempotent method) a POST may run twice.
        row(
            line!(),
            http(500, oci_body("InternalServerError")),
            M::POST,
            NOT_IDEMPOTENT,
        ),
        row(
            line!(),
            http(500, oci_body("InternalServerError")),
            M::POST,
            secs(4.0),
        )
        .token()
        .attempt(3),
        row(
            line!(),
            http(503, oci_body("ServiceUnavailable")),
            M::DELETE,
            secs(1.0),
        ),
        // defaultMaximumNumberAttempts = 8.
        row(
            line!(),
            http(503, oci_body("ServiceUnavailable")),
            M::GET,
            stop(StopReason::AttemptsSpent { attempts: 8 }),
        )
        .attempt(8),
        // (501, MethodNotImplemented) → false; the catalog's class is never.
        row(
            line!(),
            http(501, oci_body("MethodNotImplemented")),
            M::GET,
            stop(StopReason::NotRetryable(Retry::Never)),
        ),
        // A 501 without a code: its status's class is never (the SDK alone would retry it).
        row(
            line!(),
            http(501, HTML_501),
            M::GET,
            stop(StopReason::NotRetryable(Retry::Never)),
        ),
        // A gateway's HTML 502 page: the status decides (500 <= status < 505).
        row(line!(), http(502, HTML_502), M::GET, secs(1.0)),
        row(line!(), http(502, HTML_502), M::POST, NOT_IDEMPOTENT),
        row(line!(), http(502, HTML_502), M::POST, secs(1.0)).token(),
        // The doc page says "retry with backoff" for 401 NotAuthenticated; the SDK's map does not.
        row(
            line!(),
            http(401, oci_body("NotAuthenticated")),
            M::GET,
            stop(StopReason::ProviderDoesNotRetry),
        ),
        // Doc page: "No" → never; InvalidatedRetryToken needs a new token → after_fix.
        row(
            line!(),
            http(400, oci_body("InvalidParameter")),
            M::GET,
            stop(StopReason::NotRetryable(Retry::Never)),
        ),
        row(
            line!(),
            http(409, oci_body("InvalidatedRetryToken")),
            M::POST,
            stop(StopReason::NotRetryable(Retry::AfterFix)),
        ),
        // Retry-After first; one longer than the policy's longest wait (60 s) stops.
        row(
            line!(),
            Input::Http(429, oci_body("TooManyRequests"), &[("retry-after", "3")]),
            M::GET,
            Expect::RetryAfter(Duration::from_secs(3)),
        )
        .attempt(4),
        row(
            line!(),
            Input::Http(
                429,
                oci_body("TooManyRequests"),
                &[("retry-after", "99999999999999999999999")],
            ),
            M::GET,
            stop(StopReason::RetryAfterTooLong {
                asked: Duration::from_secs(u64::MAX),
                limit: Duration::from_secs(60),
            }),
        ),
        // IsErrorRetryableByDefault: IsNetworkError / io.EOF → retry. A connect error sent
        // nothing; a dropped connection after sending retries only what is safe to resend.
        row(
            line!(),
            Input::Transport(TransportFailure::Connect),
            M::POST,
            secs(1.0),
        ),
        row(
            line!(),
            Input::Transport(TransportFailure::ConnectionLost),
            M::POST,
            NOT_IDEMPOTENT,
        ),
        row(
            line!(),
            Input::Transport(TransportFailure::ConnectionLost),
            M::POST,
            secs(1.0),
        )
        .token(),
        row(
            line!(),
            Input::Transport(TransportFailure::Timeout),
            M::GET,
            secs(2.0),
        )
        .attempt(2),
        row(
            line!(),
            Input::Transport(TransportFailure::Other),
            M::GET,
            stop(StopReason::NotRetryable(Retry::Never)),
        ),
    ];
    check::<oci::Code>(RetryPolicy::for_provider::<oci::Code>(), rows);
}

#[test]
fn oci_time_budget_and_retry_after_budget() {
    let policy = RetryPolicy::for_provider::<oci::Code>().with_max_elapsed(Some(Duration::from_secs(10)));
    let error = oci::Error::from_parts(
        500,
        &http::HeaderMap::new(),
        oci_body("InternalServerError").as_bytes(),
    );
    let ctx = RetryContext::new(Method::GET)
        .attempt(3)
        .elapsed(Duration::from_millis(9_500));
    assert_eq!(
        policy.decide_with_jitter(&error, &ctx, 0.0),
        Decision::Stop(StopReason::TimeBudgetSpent {
            budget: Duration::from_secs(10)
        })
    );
    // A Retry-After of 5 s with 2 s of the budget left: stop with that reason, do not sleep.
    let mut headers = http::HeaderMap::new();
    headers.insert("retry-after", http::HeaderValue::from_static("5"));
    let error = oci::Error::from_parts(429, &headers, oci_body("TooManyRequests").as_bytes());
    let ctx = RetryContext::new(Method::GET).elapsed(Duration::from_secs(8));
    assert_eq!(
        policy.decide(&error, &ctx),
        Decision::Stop(StopReason::RetryAfterTooLong {
            asked: Duration::from_secs(5),
            limit: Duration::from_secs(2),
        })
    );
    // Treat-all-as-idempotent lets a POST retry a 500 without a token.
    let error = oci::Error::from_parts(
        500,
        &http::HeaderMap::new(),
        oci_body("InternalServerError").as_bytes(),
    );
    let post = RetryContext::new(Method::POST);
    assert!(!error.decide(&post).is_retry());
    assert!(policy
        .clone()
        .treat_all_as_idempotent(true)
        .decide(&error, &post)
        .is_retry());
}

fn tencent_body(code: &str) -> String {
    format!(r#"{{"Response":{{"Error":{{"Code":"{code}","Message":"m"}},"RequestId":"r"}}}}"#)
}

#[test]
fn tencent_agrees_with_tencentcloud_sdk_go() {
    use Method as M;
    let rows = || {
        vec![
            // common/ratelimitretry.go, sendWithRateLimitRetry: err.Code == "RequestLimitExceeded"
            // → retry, profile.ExponentialBackoff: 2^idx s (1, 2, 4, …), whatever the request.
            row(
                line!(),
                http(200, tencent_body("RequestLimitExceeded")),
                M::POST,
                secs(1.0),
            ),
            row(
                line!(),
                http(200, tencent_body("RequestLimitExceeded")),
                M::POST,
                secs(4.0),
            )
            .attempt(3),
            // 4 attempts (ours: the SDK's RateLimitExceededMaxRetries defaults to 0).
            row(
                line!(),
                http(200, tencent_body("RequestLimitExceeded")),
                M::POST,
                stop(StopReason::AttemptsSpent { attempts: 4 }),
            )
            .attempt(4),
            // The comparison is exact: the SDK never retries a sub-code. Its class (inherited from
            // RequestLimitExceeded) is backoff, so we retry it only when a ClientToken makes the
            // resend safe.
            row(
                line!(),
                http(200, tencent_body("RequestLimitExceeded.UinLimitExceeded")),
                M::POST,
                NOT_IDEMPOTENT,
            ),
            row(
                line!(),
                http(200, tencent_body("RequestLimitExceeded.UinLimitExceeded")),
                M::POST,
                secs(1.0),
            )
            .token(),
            // InternalError: backoff in the catalog, left to the caller by the SDK: only with a token.
            row(
                line!(),
                http(200, tencent_body("InternalError")),
                M::POST,
                NOT_IDEMPOTENT,
            ),
            row(
                line!(),
                http(200, tencent_body("InternalError")),
                M::POST,
                secs(2.0),
            )
            .token()
            .attempt(2),
            // Catalog: after_fix / never.
            row(
                line!(),
                http(200, tencent_body("AuthFailure.SignatureExpire")),
                M::POST,
                stop(StopReason::NotRetryable(Retry::AfterFix)),
            ),
            row(
                line!(),
                http(200, tencent_body("InvalidParameter")),
                M::POST,
                stop(StopReason::NotRetryable(Retry::Never)),
            ),
            // A gateway's 502 page in front of the API: every API 3.0 call is a POST.
            row(line!(), http(502, HTML_502), M::POST, NOT_IDEMPOTENT),
            row(line!(), http(502, HTML_502), M::POST, secs(1.0)).token(),
            row(
                line!(),
                http(501, HTML_501),
                M::POST,
                stop(StopReason::NotRetryable(Retry::Never)),
            ),
            // common/netretry.go, sendWithNetworkFailureRetry: network failures are retried only
            // when isRetryable (the request has a ClientToken field).
            row(
                line!(),
                Input::Transport(TransportFailure::ConnectionLost),
                M::POST,
                NOT_IDEMPOTENT,
            ),
            row(
                line!(),
                Input::Transport(TransportFailure::Timeout),
                M::POST,
                secs(1.0),
            )
            .token(),
            // A connect error sent nothing (the SDK's UnsafeRetryOnConnectionFailure covers it).
            row(
                line!(),
                Input::Transport(TransportFailure::Connect),
                M::POST,
                secs(1.0),
            ),
        ]
    };
    check::<tencent::Code>(RetryPolicy::for_provider::<tencent::Code>(), rows());
    // The service catalog shares the provider's defaults.
    check::<tencent_redis::Code>(RetryPolicy::for_provider::<tencent_redis::Code>(), rows());
}

fn ibm_body(code: &str, status: u16) -> String {
    format!(r#"{{"errors":[{{"code":"{code}","message":"m"}}],"status_code":{status},"trace":"t"}}"#)
}

#[test]
fn ibm_agrees_with_go_sdk_core() {
    use Method as M;
    let rows = vec![
        // IBMCloudSDKRetryPolicy: resp.StatusCode == 429 → retry (no throttling code in the
        // catalog: the status decides); go-retryablehttp DefaultBackoff: 1 s × 2^n up to 30 s.
        row(
            line!(),
            http(429, ibm_body("rate_limited", 429)),
            M::POST,
            secs(1.0),
        ),
        row(
            line!(),
            http(429, ibm_body("rate_limited", 429)),
            M::GET,
            secs(8.0),
        )
        .attempt(4),
        // RetryMax 4: 5 attempts.
        row(
            line!(),
            http(429, ibm_body("rate_limited", 429)),
            M::GET,
            stop(StopReason::AttemptsSpent { attempts: 5 }),
        )
        .attempt(5),
        // 5xx but 501 → retry, whatever the method in the SDK; IBM has no idempotency token, so
        // we retry a POST only when told all requests are idempotent.
        row(
            line!(),
            http(500, ibm_body("service_error", 500)),
            M::GET,
            secs(2.0),
        )
        .attempt(2),
        row(
            line!(),
            http(500, ibm_body("service_error", 500)),
            M::POST,
            NOT_IDEMPOTENT,
        ),
        row(
            line!(),
            http(501, ibm_body("not_implemented", 501)),
            M::GET,
            stop(StopReason::NotRetryable(Retry::Never)),
        ),
        row(line!(), http(502, HTML_502), M::PUT, secs(1.0)),
        // IBMCloudSDKBackoffPolicy honours Retry-After (a date is capped at RetryWaitMax); ours
        // stops when it is longer than the longest wait.
        row(
            line!(),
            Input::Http(
                503,
                HTML_502.to_owned(),
                &[("retry-after", "Fri, 01 Jan 2100 00:00:00 GMT")],
            ),
            M::GET,
            Expect::Stop(StopReason::RetryAfterTooLong {
                asked: Duration::ZERO, // replaced below: the date is measured at decision time
                limit: Duration::from_secs(60),
            }),
        ),
        // The catalog: a fresh token helps, the same request does not.
        row(
            line!(),
            http(401, ibm_body("unauthenticated", 401)),
            M::GET,
            stop(StopReason::NotRetryable(Retry::AfterFix)),
        ),
        // A dropped connection mid-answer: the SDK retries every non-TLS, non-redirect error; we
        // only what is safe to resend.
        row(
            line!(),
            Input::Transport(TransportFailure::ConnectionLost),
            M::GET,
            secs(1.0),
        ),
        row(
            line!(),
            Input::Transport(TransportFailure::ConnectionLost),
            M::POST,
            NOT_IDEMPOTENT,
        ),
    ];
    // The date row's exact `asked` depends on the clock: check it apart.
    let (dated, rows): (Vec<Row>, Vec<Row>) = rows
        .into_iter()
        .partition(|row| matches!(row.expect, Expect::Stop(StopReason::RetryAfterTooLong { .. })));
    check::<ibm_vpc_metadata::Code>(RetryPolicy::for_provider::<ibm_vpc_metadata::Code>(), rows);
    for row in dated {
        let Input::Http(status, body, headers) = &row.input else {
            unreachable!()
        };
        let mut map = http::HeaderMap::new();
        map.insert(headers[0].0, http::HeaderValue::from_static(headers[0].1));
        let error = ibm_vpc_metadata::Error::from_parts(*status, &map, body.as_bytes());
        match error.decide(&RetryContext::new(row.method.clone())) {
            Decision::Stop(StopReason::RetryAfterTooLong { asked, limit }) => {
                assert!(asked > Duration::from_secs(365 * 24 * 3600 * 70), "{asked:?}");
                assert_eq!(limit, Duration::from_secs(60));
            }
            other => panic!("line {}: {other:?}", row.line),
        }
    }
}

fn alibaba_body(code: &str) -> String {
    format!(r#"{{"Code":"{code}","Message":"m","RequestId":"r"}}"#)
}

#[test]
fn alibaba_agrees_with_dkms_gcs_go_sdk() {
    use Method as M;
    let rows = vec![
        // openapi-util IsRetryErr: InternalFailure, ServiceUnavailableTemporary → retry, for
        // every KMS instance request (all POST; none creates anything).
        row(
            line!(),
            http(500, alibaba_body("InternalFailure")),
            M::POST,
            secs(0.0),
        ),
        // openapi DoRequest: backoff rand.Intn(2^n − 1) s; here full jitter over 2 s × 2^(n−1).
        row(
            line!(),
            http(503, alibaba_body("ServiceUnavailableTemporary")),
            M::POST,
            secs(2.0),
        )
        .attempt(2)
        .fraction(0.5),
        // IsRetryErr: Rejected.Throttling (unknown to the catalog: its 429 status decides).
        row(
            line!(),
            http(429, alibaba_body("Rejected.Throttling")),
            M::POST,
            secs(1.0),
        )
        .fraction(0.5),
        // maxAttempts 3 retries (tea AllowRetry: retryTimes <= maxAttempts): 4 attempts.
        row(
            line!(),
            http(500, alibaba_body("InternalFailure")),
            M::POST,
            stop(StopReason::AttemptsSpent { attempts: 4 }),
        )
        .attempt(4),
        // tea Retryable: status >= 500 → retry; the HTML 502 page too.
        row(line!(), http(502, HTML_502), M::POST, secs(0.0)),
        row(
            line!(),
            http(501, HTML_501),
            M::POST,
            stop(StopReason::NotRetryable(Retry::Never)),
        ),
        // The catalog: key states are after_fix, an unknown key is never.
        row(
            line!(),
            http(400, alibaba_body("Rejected.Disabled")),
            M::POST,
            stop(StopReason::NotRetryable(Retry::AfterFix)),
        ),
        row(
            line!(),
            http(404, alibaba_body("Forbidden.KeyNotFound")),
            M::POST,
            stop(StopReason::NotRetryable(Retry::Never)),
        ),
        // tea Retryable: an error that is not an SDKError (the network) → retry; we only what is
        // safe to resend.
        row(
            line!(),
            Input::Transport(TransportFailure::Connect),
            M::POST,
            secs(0.0),
        ),
        row(
            line!(),
            Input::Transport(TransportFailure::ConnectionLost),
            M::POST,
            NOT_IDEMPOTENT,
        ),
    ];
    check::<alibaba_kms::Code>(RetryPolicy::for_provider::<alibaba_kms::Code>(), rows);
}

#[test]
fn jitter_stays_within_its_bounds() {
    let policy = RetryPolicy::for_provider::<oci::Code>();
    let error = oci::Error::from_parts(
        429,
        &http::HeaderMap::new(),
        oci_body("TooManyRequests").as_bytes(),
    );
    let ctx = RetryContext::new(Method::GET).attempt(3);
    for _ in 0..1_000 {
        let delay = policy.decide(&error, &ctx).delay().unwrap();
        assert!(
            delay >= Duration::from_secs(4) && delay < Duration::from_secs(5),
            "{delay:?}"
        );
    }
    let off = policy.with_jitter(false).decide(&error, &ctx);
    assert_eq!(off.delay(), Some(Duration::from_secs(4)));
}
