//! Retry decisions against the providers' own SDKs, one table per provider:
//! (status, code, method, token, window, attempt) → decision, each row with its source.
//!
//! Delays are taken with a jitter fraction of 0 (so OCI's "+ rand.Float64() s" adds nothing) unless
//! a row says otherwise.

use std::panic::Location;
use std::time::Duration;

use cloud_errors::{
    aws, azure_storage, google, ibm_vpc_metadata, oci, tencent, Decision, DelaySource, ProviderCode,
    ProviderError, Retry, RetryContext, RetryPolicy, StopReason, TransportFailure,
};
// The seed catalog `tencent_redis` is now the curated product `redis` of cloud-errors-tencent.
use cloud_errors_tencent::redis as tencent_redis;
// The curated KMS instance API catalog, once `cloud_errors::alibaba_kms`.
use cloud_errors_alibaba::kms_instance as alibaba_kms;
use http::Method;

/// What one row sends to the decision.
enum Input {
    /// An error in the provider's envelope: status and code.
    Code(u16, &'static str),
    /// Any body: status and body.
    Body(u16, &'static str),
    /// No answer.
    Transport(TransportFailure),
}

/// What the decision must be.
#[derive(Debug, PartialEq)]
enum Expect {
    Backoff(Duration),
    RetryAfter(Duration),
    Stop(StopReason),
    /// A stop for a `Retry-After` date decades away: how far is measured at decision time.
    StopRetryAfterDateTooFar {
        limit: Duration,
    },
}

/// One row: the answer, the request and the decision it must get.
struct Row {
    line: u32,
    input: Input,
    /// The `Retry-After` header, if any.
    retry_after: Option<&'static str>,
    method: Method,
    token: bool,
    window: bool,
    attempt: u32,
    fraction: f64,
    expect: Expect,
}

/// A row with defaults: no `Retry-After`, attempt 1, no token, no window, fraction 0. Its line is
/// the caller's, for the failure message.
#[track_caller]
fn row(input: Input, method: Method, expect: Expect) -> Row {
    Row {
        line: Location::caller().line(),
        input,
        retry_after: None,
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
    fn retry_after(mut self, value: &'static str) -> Row {
        self.retry_after = Some(value);
        self
    }
}

fn code(status: u16, code: &'static str) -> Input {
    Input::Code(status, code)
}

fn body(status: u16, body: &'static str) -> Input {
    Input::Body(status, body)
}

fn net(failure: TransportFailure) -> Input {
    Input::Transport(failure)
}

fn secs(seconds: f64) -> Expect {
    Expect::Backoff(Duration::from_secs_f64(seconds))
}

fn stop(reason: StopReason) -> Expect {
    Expect::Stop(reason)
}

const NOT_IDEMPOTENT: Expect = Expect::Stop(StopReason::NotIdempotent);

const NEEDS_WINDOW: Expect = Expect::Stop(StopReason::NeedsConsistencyWindow);

/// A wait of the `Retry-After` the service sent.
fn told(seconds: u64) -> Expect {
    Expect::RetryAfter(Duration::from_secs(seconds))
}

/// A stop because the `Retry-After` asked for longer than `limit` seconds.
fn too_long(asked: Duration, limit: u64) -> Expect {
    Expect::Stop(StopReason::RetryAfterTooLong {
        asked,
        limit: Duration::from_secs(limit),
    })
}

fn not_retryable(retry: Retry) -> Expect {
    Expect::Stop(StopReason::NotRetryable(retry))
}

fn spent(attempts: u32) -> Expect {
    Expect::Stop(StopReason::AttemptsSpent { attempts })
}

/// A provider's envelope: the body of an error with this code and status.
type Envelope = fn(&str, u16) -> String;

/// Checks every row of a provider's table against the provider's default policy, the error
/// bodies written in its envelope.
fn check<C: ProviderCode>(envelope: Envelope, rows: &[Row]) {
    let policy = RetryPolicy::for_provider::<C>();
    for row in rows {
        let ctx = RetryContext::new(row.method.clone())
            .with_idempotency_token(row.token)
            .in_consistency_window(row.window)
            .attempt(row.attempt);
        let decide_answer = |status: u16, body: &str| {
            let mut headers = http::HeaderMap::new();
            if let Some(value) = row.retry_after {
                headers.insert("retry-after", http::HeaderValue::from_static(value));
            }
            let error = ProviderError::<C>::from_parts(status, &headers, body.as_bytes());
            policy.decide_with_jitter(&error, &ctx, row.fraction)
        };
        let decision = match row.input {
            Input::Code(status, code) => decide_answer(status, &envelope(code, status)),
            Input::Body(status, body) => decide_answer(status, body),
            Input::Transport(failure) => policy.decide_transport_with_jitter(failure, &ctx, row.fraction),
        };
        let got = match (decision, &row.expect) {
            (
                Decision::Stop(StopReason::RetryAfterTooLong { asked, limit }),
                Expect::StopRetryAfterDateTooFar { .. },
            ) => {
                assert!(
                    asked > Duration::from_secs(365 * 24 * 3600 * 70),
                    "row at line {}: {asked:?}",
                    row.line
                );
                Expect::StopRetryAfterDateTooFar { limit }
            }
            (
                Decision::Retry {
                    delay,
                    source: DelaySource::Backoff,
                    ..
                },
                _,
            ) => Expect::Backoff(delay),
            (Decision::Retry { delay, .. }, _) => Expect::RetryAfter(delay),
            (Decision::Stop(reason), _) => Expect::Stop(reason),
            (other, _) => panic!("line {}: unexpected decision {other:?}", row.line),
        };
        assert_eq!(got, row.expect, "row at line {}", row.line);
    }
}

const HTML_502: &str = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
const HTML_501: &str = "<html><head><title>501 Not Implemented</title></head></html>";

fn oci_body(code: &str, _status: u16) -> String {
    format!(r#"{{"code":"{code}","message":"m"}}"#)
}

#[test]
fn oci_agrees_with_oci_go_sdk() {
    use Method as M;
    use TransportFailure as T;
    #[rustfmt::skip]
    let rows = [
        // common/retry.go, defaultRetryStatusCodeMap: (429, TooManyRequests) → retry, whatever
        // the method; DefaultRetryPolicyWithoutEventualConsistency: min(2^(n-1), 30) s + rand s.
        row(code(429, "TooManyRequests"), M::POST, secs(1.0)),
        row(code(429, "TooManyRequests"), M::POST, secs(1.5)).fraction(0.5),
        row(code(429, "TooManyRequests"), M::GET, secs(16.0)).attempt(5),
        row(code(429, "TooManyRequests"), M::GET, secs(30.0)).attempt(7),
        // The map's key is the pair: a 429 with another code is not retried by the SDK
        // (IsErrorRetryableByDefault falls through to 500 <= status < 505).
        row(code(429, "TooManyRequestsForCompartment"), M::GET, stop(StopReason::ProviderDoesNotRetry)),
        // defaultRetryStatusCodeMap: (409, IncorrectState) → retry. (LockConflict is not in it.)
        row(code(409, "IncorrectState"), M::POST, secs(2.0)).attempt(2),
        // common/eventual_consistency.go, affectedByEventualConsistencyRetryStatusCodeMap: only
        // inside the window, with ecExponentialBackoffBase 3.52 and ecMaximumNumberAttempts 9.
        row(code(404, "NotAuthorizedOrNotFound"), M::GET, NEEDS_WINDOW),
        row(code(404, "NotAuthorizedOrNotFound"), M::GET, secs(3.52)).window().attempt(2),
        row(code(400, "RelatedResourceNotAuthorizedOrNotFound"), M::POST, NEEDS_WINDOW),
        row(code(400, "RelatedResourceNotAuthorizedOrNotFound"), M::POST, spent(9)).window().attempt(9),
        row(code(409, "NotAuthorizedOrResourceAlreadyExists"), M::POST, secs(1.0)).window(),
        // 500 <= status < 505 → retry: the SDK sends opc-retry-token with the operations that
        // take one; without a token (or an idempotent method) a POST may run twice.
        row(code(500, "InternalServerError"), M::POST, NOT_IDEMPOTENT),
        row(code(500, "InternalServerError"), M::POST, secs(4.0)).token().attempt(3),
        row(code(503, "ServiceUnavailable"), M::DELETE, secs(1.0)),
        // defaultMaximumNumberAttempts = 8.
        row(code(503, "ServiceUnavailable"), M::GET, spent(8)).attempt(8),
        // (501, MethodNotImplemented) → false; the catalog's class is never.
        row(code(501, "MethodNotImplemented"), M::GET, not_retryable(Retry::Never)),
        // A 501 without a code: its status's class is never (the SDK alone would retry it).
        row(body(501, HTML_501), M::GET, not_retryable(Retry::Never)),
        // A gateway's HTML 502 page: the status decides (500 <= status < 505).
        row(body(502, HTML_502), M::GET, secs(1.0)),
        row(body(502, HTML_502), M::POST, NOT_IDEMPOTENT),
        row(body(502, HTML_502), M::POST, secs(1.0)).token(),
        // The doc page says "retry with backoff" for 401 NotAuthenticated; the SDK's map does
        // not.
        row(code(401, "NotAuthenticated"), M::GET, stop(StopReason::ProviderDoesNotRetry)),
        // Doc page: "No" → never; InvalidatedRetryToken needs a new token → after_fix.
        row(code(400, "InvalidParameter"), M::GET, not_retryable(Retry::Never)),
        row(code(409, "InvalidatedRetryToken"), M::POST, not_retryable(Retry::AfterFix)),
        // Retry-After first; one longer than the policy's longest wait (60 s) stops.
        row(code(429, "TooManyRequests"), M::GET, told(3)).retry_after("3").attempt(4),
        row(code(429, "TooManyRequests"), M::GET, too_long(Duration::from_secs(u64::MAX), 60))
            .retry_after("99999999999999999999999"),
        // IsErrorRetryableByDefault: IsNetworkError / io.EOF → retry. A connect error sent
        // nothing; a dropped connection after sending retries only what is safe to resend.
        row(net(T::Connect), M::POST, secs(1.0)),
        row(net(T::ConnectionLost), M::POST, NOT_IDEMPOTENT),
        row(net(T::ConnectionLost), M::POST, secs(1.0)).token(),
        row(net(T::Timeout), M::GET, secs(2.0)).attempt(2),
        row(net(T::Other), M::GET, not_retryable(Retry::Never)),
    ];
    check::<oci::Code>(oci_body, &rows);
}

#[test]
fn oci_time_budget_and_retry_after_budget() {
    let policy = RetryPolicy::for_provider::<oci::Code>().with_max_elapsed(Some(Duration::from_secs(10)));
    let error = oci::Error::from_parts(
        500,
        &http::HeaderMap::new(),
        oci_body("InternalServerError", 500).as_bytes(),
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
    let error = oci::Error::from_parts(429, &headers, oci_body("TooManyRequests", 429).as_bytes());
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
        oci_body("InternalServerError", 500).as_bytes(),
    );
    let post = RetryContext::new(Method::POST);
    assert!(!error.decide(&post).is_retry());
    assert!(policy
        .clone()
        .treat_all_as_idempotent(true)
        .decide(&error, &post)
        .is_retry());
}

fn tencent_body(code: &str, _status: u16) -> String {
    format!(r#"{{"Response":{{"Error":{{"Code":"{code}","Message":"m"}},"RequestId":"r"}}}}"#)
}

#[test]
fn tencent_agrees_with_tencentcloud_sdk_go() {
    use Method as M;
    use TransportFailure as T;
    #[rustfmt::skip]
    let rows = [
        // common/ratelimitretry.go, sendWithRateLimitRetry: err.Code == "RequestLimitExceeded"
        // → retry, profile.ExponentialBackoff: 2^idx s (1, 2, 4, …), whatever the request.
        row(code(200, "RequestLimitExceeded"), M::POST, secs(1.0)),
        row(code(200, "RequestLimitExceeded"), M::POST, secs(4.0)).attempt(3),
        // 4 attempts (ours: the SDK's RateLimitExceededMaxRetries defaults to 0).
        row(code(200, "RequestLimitExceeded"), M::POST, spent(4)).attempt(4),
        // The comparison is exact: the SDK never retries a sub-code. Its class (inherited from
        // RequestLimitExceeded) is backoff, so we retry it only when a ClientToken makes the
        // resend safe.
        row(code(200, "RequestLimitExceeded.UinLimitExceeded"), M::POST, NOT_IDEMPOTENT),
        row(code(200, "RequestLimitExceeded.UinLimitExceeded"), M::POST, secs(1.0)).token(),
        // InternalError: backoff in the catalog, left to the caller by the SDK: only with a token.
        row(code(200, "InternalError"), M::POST, NOT_IDEMPOTENT),
        row(code(200, "InternalError"), M::POST, secs(2.0)).token().attempt(2),
        // Catalog: after_fix / never.
        row(code(200, "AuthFailure.SignatureExpire"), M::POST, not_retryable(Retry::AfterFix)),
        row(code(200, "InvalidParameter"), M::POST, not_retryable(Retry::Never)),
        // A gateway's 502 page in front of the API: every API 3.0 call is a POST.
        row(body(502, HTML_502), M::POST, NOT_IDEMPOTENT),
        row(body(502, HTML_502), M::POST, secs(1.0)).token(),
        row(body(501, HTML_501), M::POST, not_retryable(Retry::Never)),
        // common/netretry.go, sendWithNetworkFailureRetry: network failures are retried only
        // when isRetryable (the request has a ClientToken field).
        row(net(T::ConnectionLost), M::POST, NOT_IDEMPOTENT),
        row(net(T::Timeout), M::POST, secs(1.0)).token(),
        // A connect error sent nothing (the SDK's UnsafeRetryOnConnectionFailure covers it).
        row(net(T::Connect), M::POST, secs(1.0)),
    ];
    check::<tencent::Code>(tencent_body, &rows);
    // The service catalog shares the provider's defaults.
    check::<tencent_redis::Code>(tencent_body, &rows);
}

fn ibm_body(code: &str, status: u16) -> String {
    format!(r#"{{"errors":[{{"code":"{code}","message":"m"}}],"status_code":{status},"trace":"t"}}"#)
}

#[test]
fn ibm_agrees_with_go_sdk_core() {
    use Method as M;
    use TransportFailure as T;
    #[rustfmt::skip]
    let rows = [
        // IBMCloudSDKRetryPolicy: resp.StatusCode == 429 → retry (no throttling code in the
        // catalog: the status decides); go-retryablehttp DefaultBackoff: 1 s × 2^n up to 30 s.
        row(code(429, "rate_limited"), M::POST, secs(1.0)),
        row(code(429, "rate_limited"), M::GET, secs(8.0)).attempt(4),
        // RetryMax 4: 5 attempts.
        row(code(429, "rate_limited"), M::GET, spent(5)).attempt(5),
        // 5xx but 501 → retry, whatever the method in the SDK; IBM has no idempotency token,
        // so we retry a POST only when told all requests are idempotent.
        row(code(500, "service_error"), M::GET, secs(2.0)).attempt(2),
        row(code(500, "service_error"), M::POST, NOT_IDEMPOTENT),
        row(code(501, "not_implemented"), M::GET, not_retryable(Retry::Never)),
        row(body(502, HTML_502), M::PUT, secs(1.0)),
        // IBMCloudSDKBackoffPolicy honours Retry-After (a date is capped at RetryWaitMax);
        // ours stops when it is longer than the longest wait.
        row(body(503, HTML_502), M::GET, Expect::StopRetryAfterDateTooFar { limit: Duration::from_secs(60) })
            .retry_after("Fri, 01 Jan 2100 00:00:00 GMT"),
        // The catalog: a fresh token helps, the same request does not.
        row(code(401, "unauthenticated"), M::GET, not_retryable(Retry::AfterFix)),
        // A dropped connection mid-answer: the SDK retries every non-TLS, non-redirect error;
        // we only what is safe to resend.
        row(net(T::ConnectionLost), M::GET, secs(1.0)),
        row(net(T::ConnectionLost), M::POST, NOT_IDEMPOTENT),
    ];
    check::<ibm_vpc_metadata::Code>(ibm_body, &rows);
}

fn alibaba_body(code: &str, _status: u16) -> String {
    format!(r#"{{"Code":"{code}","Message":"m","RequestId":"r"}}"#)
}

#[test]
fn alibaba_agrees_with_dkms_gcs_go_sdk() {
    use Method as M;
    use TransportFailure as T;
    #[rustfmt::skip]
    let rows = [
        // openapi-util IsRetryErr: InternalFailure, ServiceUnavailableTemporary → retry, for
        // every KMS instance request (all POST; none creates anything).
        row(code(500, "InternalFailure"), M::POST, secs(0.0)),
        // openapi DoRequest: backoff rand.Intn(2^n − 1) s; here full jitter over 2 s × 2^(n−1).
        row(code(503, "ServiceUnavailableTemporary"), M::POST, secs(2.0)).attempt(2).fraction(0.5),
        // IsRetryErr: Rejected.Throttling (unknown to the catalog: its 429 status decides).
        row(code(429, "Rejected.Throttling"), M::POST, secs(1.0)).fraction(0.5),
        // maxAttempts 3 retries (tea AllowRetry: retryTimes <= maxAttempts): 4 attempts.
        row(code(500, "InternalFailure"), M::POST, spent(4)).attempt(4),
        // tea Retryable: status >= 500 → retry; the HTML 502 page too.
        row(body(502, HTML_502), M::POST, secs(0.0)),
        row(body(501, HTML_501), M::POST, not_retryable(Retry::Never)),
        // The catalog: key states are after_fix, an unknown key is never.
        row(code(400, "Rejected.Disabled"), M::POST, not_retryable(Retry::AfterFix)),
        row(code(404, "Forbidden.KeyNotFound"), M::POST, not_retryable(Retry::Never)),
        // tea Retryable: an error that is not an SDKError (the network) → retry; we only what
        // is safe to resend.
        row(net(T::Connect), M::POST, secs(0.0)),
        row(net(T::ConnectionLost), M::POST, NOT_IDEMPOTENT),
    ];
    check::<alibaba_kms::Code>(alibaba_body, &rows);
}

/// AIP-193: a canonical code in `status`; a reason in a `googleapis.com` ErrorInfo.
fn google_body(code: &str, status: u16) -> String {
    if code.bytes().all(|b| b.is_ascii_uppercase() || b == b'_')
        && google::Code::from_known_code(code).is_some_and(|c| c.http_statuses().is_empty())
    {
        let info = r#""@type":"type.googleapis.com/google.rpc.ErrorInfo","domain":"googleapis.com""#;
        format!(
            r#"{{"error":{{"code":{status},"message":"m","status":"RESOURCE_EXHAUSTED","details":[{{{info},"reason":"{code}"}}]}}}}"#
        )
    } else {
        format!(r#"{{"error":{{"code":{status},"message":"m","status":"{code}"}}}}"#)
    }
}

#[test]
fn google_agrees_with_google_cloud_rust_gax() {
    use Method as M;
    use TransportFailure as T;
    #[rustfmt::skip]
    let rows = [
        // gax retry_policy.rs Aip194Strict::on_error: UNAVAILABLE → Continue for an idempotent
        // request; exponential_backoff.rs ExponentialBackoff::default: 1 s doubling, full jitter.
        row(code(503, "UNAVAILABLE"), M::GET, secs(0.5)).fraction(0.5),
        row(code(503, "UNAVAILABLE"), M::PUT, secs(2.0)).attempt(3).fraction(0.5),
        row(code(503, "UNAVAILABLE"), M::DELETE, secs(30.0)).attempt(7).fraction(0.5),
        // ExponentialBackoff maximum_delay 60 s.
        row(code(503, "UNAVAILABLE"), M::GET, secs(30.0)).attempt(9).fraction(0.5),
        // Aip194Strict::on_error: !state.idempotent → Permanent; gax-internal http.rs
        // default_idempotency: only GET, PUT, DELETE.
        row(code(503, "UNAVAILABLE"), M::POST, NOT_IDEMPOTENT),
        row(code(503, "UNAVAILABLE"), M::PATCH, NOT_IDEMPOTENT),
        // Not followed: the status string UNAVAILABLE under another HTTP status than 503
        // (AIP-193 maps UNAVAILABLE to 503) is retried by gax; the policy decides by status.
        row(code(500, "UNAVAILABLE"), M::GET, stop(StopReason::ProviderDoesNotRetry)),
        // http.rs ReqwestClient::new: with_attempt_limit(10).
        row(code(503, "UNAVAILABLE"), M::GET, spent(10)).attempt(10),
        // Aip194Strict::on_error: HTTP 503 → Continue: an HTML page without a code.
        row(body(503, HTML_502), M::GET, secs(0.5)).fraction(0.5),
        // Not retried by Aip194Strict: 429 / RESOURCE_EXHAUSTED (only the opt-in
        // TooManyRequests policy), INTERNAL, DEADLINE_EXCEEDED, ABORTED, 502.
        row(code(429, "RESOURCE_EXHAUSTED"), M::GET, stop(StopReason::ProviderDoesNotRetry)),
        row(code(429, "RATE_LIMIT_EXCEEDED"), M::GET, stop(StopReason::ProviderDoesNotRetry)),
        row(code(500, "INTERNAL"), M::GET, stop(StopReason::ProviderDoesNotRetry)),
        row(code(504, "DEADLINE_EXCEEDED"), M::GET, stop(StopReason::ProviderDoesNotRetry)),
        row(code(409, "ABORTED"), M::PUT, stop(StopReason::ProviderDoesNotRetry)),
        row(body(502, HTML_502), M::GET, stop(StopReason::ProviderDoesNotRetry)),
        // Permanent classes.
        row(code(400, "INVALID_ARGUMENT"), M::GET, not_retryable(Retry::Never)),
        row(code(403, "SERVICE_DISABLED"), M::GET, not_retryable(Retry::AfterFix)),
        row(code(401, "ACCESS_TOKEN_EXPIRED"), M::GET, not_retryable(Retry::AfterFix)),
        // Our addition (gax retry_loop_internal.rs retry_loop never waits RetryInfo): the
        // server's retryDelay is the wait, within max_delay.
        row(body(503, r#"{"error":{"code":503,"message":"m","status":"UNAVAILABLE","details":[
            {"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"3s"}]}}"#), M::GET, told(3)),
        row(body(503, r#"{"error":{"code":503,"message":"m","status":"UNAVAILABLE","details":[
            {"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"120s"}]}}"#), M::GET,
            too_long(Duration::from_secs(120), 60)),
        // Aip194Strict::on_error: an idempotent HTTP 503 is retried whatever its status string
        // (decide_by: status).
        row(body(503, r#"{"error":{"code":503,"message":"m","status":"UNKNOWN"}}"#), M::GET,
            secs(0.5)).fraction(0.5),
        row(body(503, r#"{"error":{"code":503,"message":"m","status":"UNKNOWN"}}"#), M::POST,
            NOT_IDEMPOTENT),
        // core_error.rs is_transient_and_before_rpc: a connect error is retried for any request;
        // is_io only for an idempotent one.
        row(net(T::Connect), M::POST, secs(0.5)).fraction(0.5),
        row(net(T::ConnectionLost), M::GET, secs(0.5)).fraction(0.5),
        row(net(T::ConnectionLost), M::POST, NOT_IDEMPOTENT),
    ];
    check::<google::Code>(google_body, &rows);
}

fn azure_body(code: &str, _status: u16) -> String {
    format!(r#"{{"error":{{"code":"{code}","message":"m"}}}}"#)
}

#[test]
fn azure_agrees_with_azcore() {
    use Method as M;
    use TransportFailure as T;
    #[rustfmt::skip]
    let rows = [
        // azcore runtime/policy_retry.go setDefaults: StatusCodes 408, 429, 500, 502, 503, 504;
        // retryPolicy.Do: the status alone decides (decide_by: status). calcDelay:
        // (2^n − 1) × 800 ms nominal (0.8, 2.4, 5.6 s); ours 800 ms × 3^(n−1) (0.8, 2.4, 7.2 s),
        // no random factor.
        row(code(503, "ServerBusy"), M::PUT, secs(0.8)),
        row(code(500, "InternalError"), M::GET, secs(2.4)).attempt(2),
        row(code(500, "OperationTimedOut"), M::PUT, secs(7.2)).attempt(3),
        // MaxRetries 3: 4 attempts.
        row(code(503, "ServerBusy"), M::GET, spent(4)).attempt(4),
        // retryPolicy.Do has no idempotency check; ours retries a 5xx only for an idempotent
        // request (a deliberate difference, catalogs/README.md; sdk_compatible() follows azcore).
        row(code(503, "ServerBusy"), M::POST, NOT_IDEMPOTENT),
        row(body(502, HTML_502), M::PATCH, NOT_IDEMPOTENT),
        // 408 and 429: retried for any method, as azcore does.
        row(body(408, ""), M::POST, secs(0.8)),
        row(body(429, ""), M::POST, secs(0.8)),
        row(code(429, "ServerBusy"), M::POST, secs(0.8)),
        row(body(504, HTML_502), M::DELETE, secs(0.8)),
        // Not in StatusCodes.
        row(body(501, HTML_501), M::GET, not_retryable(Retry::Never)),
        row(code(409, "AccountBeingCreated"), M::GET, stop(StopReason::ProviderDoesNotRetry)),
        row(code(403, "AuthenticationFailed"), M::GET, not_retryable(Retry::AfterFix)),
        row(code(404, "ResourceNotFound"), M::GET, not_retryable(Retry::Never)),
        // Storage's XML body reads the same.
        row(body(503, "\u{feff}<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>ServerBusy</Code><Message>m</Message></Error>"),
            M::PUT, secs(0.8)),
        // internal/shared RetryAfter: Retry-After in seconds (the millisecond headers are
        // checked in tests/tests/response_azure.rs); one longer than MaxRetryDelay (60 s) ends
        // the retries.
        row(code(503, "ServerBusy"), M::GET, told(2)).retry_after("2"),
        row(code(503, "ServerBusy"), M::GET, too_long(Duration::from_secs(61), 60)).retry_after("61"),
        // A connect error is retried; azcore retries any transport error for any method, we
        // only what is safe to resend.
        row(net(T::Connect), M::POST, secs(0.8)),
        row(net(T::ConnectionLost), M::GET, secs(0.8)),
        row(net(T::ConnectionLost), M::POST, NOT_IDEMPOTENT),
    ];
    check::<azure_storage::Code>(azure_body, &rows);
}

/// `sdk_compatible()` follows azcore's `retryPolicy.Do` where the default policy is stricter on
/// purpose: a 5xx of a `POST` is retried.
#[test]
fn azure_sdk_compatible_retries_any_method_as_azcore_does() {
    let post = RetryContext::new(Method::POST);
    let sdk = RetryPolicy::sdk_compatible::<azure_storage::Code>();
    for status in [408, 429, 500, 502, 503, 504] {
        let error = azure_storage::Error::from_parts(status, &http::HeaderMap::new(), b"");
        assert!(sdk.decide(&error, &post).is_retry(), "{status}");
    }
    let error = azure_storage::Error::from_parts(501, &http::HeaderMap::new(), b"");
    assert!(!sdk.decide(&error, &post).is_retry());
}

fn aws_body(code: &str, _status: u16) -> String {
    format!(r#"{{"__type":"{code}","message":"m"}}"#)
}

/// AWS's standard retry mode, read at boto/botocore 0e6e2404b (`botocore/retries/standard.py`)
/// and smithy-lang/smithy-rs 56ee88c5 (aws-runtime `retries/classifiers.rs`, aws-smithy-runtime
/// `client/retries/classifiers.rs`, `client/retries/strategy/standard.rs`, aws-smithy-types
/// `retry.rs`). Delays with full jitter: the fraction times the backoff.
#[test]
fn aws_agrees_with_botocore_and_aws_smithy_runtime() {
    use Method as M;
    use TransportFailure as T;
    #[rustfmt::skip]
    let rows = [
        // standard.py ThrottledRetryableChecker._THROTTLED_ERROR_CODES / aws-runtime
        // THROTTLING_ERRORS (AwsErrorCodeClassifier): retried whatever the operation, at any
        // status. ExponentialBackoff.delay_amount / strategy/standard.rs
        // calculate_exponential_backoff: rand() × min(1 s × 2^(n−1), 20 s).
        row(code(400, "ThrottlingException"), M::POST, secs(0.5)).fraction(0.5),
        row(code(400, "ThrottlingException"), M::POST, secs(0.0)),
        row(code(503, "SlowDown"), M::PUT, secs(1.0)).fraction(0.5).attempt(2),
        row(code(400, "ProvisionedThroughputExceededException"), M::POST, secs(1.5)).fraction(0.75).attempt(2),
        row(code(400, "PriorRequestNotComplete"), M::POST, secs(0.25)).fraction(0.25),
        row(code(503, "EC2ThrottledException"), M::POST, secs(0.5)).fraction(0.5),
        // standard.py DEFAULT_MAX_ATTEMPTS = 3 / aws-smithy-types RetryConfig::standard: 3.
        row(code(400, "Throttling"), M::GET, secs(1.0)).fraction(0.5).attempt(2),
        row(code(400, "Throttling"), M::GET, spent(3)).attempt(3),
        // TransientRetryableChecker._TRANSIENT_ERROR_CODES / aws-runtime TRANSIENT_ERRORS.
        row(code(400, "RequestTimeout"), M::POST, secs(0.5)).fraction(0.5),
        row(code(408, "RequestTimeoutException"), M::POST, secs(1.5)).fraction(0.75).attempt(2),
        // TransientRetryableChecker._TRANSIENT_STATUS_CODES / HttpStatusCodeClassifier
        // TRANSIENT_ERROR_STATUS_CODES: 500, 502, 503, 504 whatever the operation; ours only
        // when resending is safe (an idempotent method or a ClientToken).
        row(body(502, HTML_502), M::GET, secs(0.5)).fraction(0.5),
        row(body(502, HTML_502), M::POST, NOT_IDEMPOTENT),
        row(body(502, HTML_502), M::POST, secs(0.5)).token().fraction(0.5),
        row(code(500, "InternalFailure"), M::POST, NOT_IDEMPOTENT),
        row(code(503, "ServiceUnavailable"), M::DELETE, secs(0.5)).fraction(0.5),
        row(body(504, ""), M::PUT, spent(3)).attempt(3),
        // No 429 in either SDK's status list (throttling is keyed on the code); ours retries a
        // 429 without a known code: it is throttling whatever its body.
        row(body(429, ""), M::POST, secs(0.5)).fraction(0.5),
        // Neither list, no transient status: not retried.
        row(code(400, "ValidationException"), M::GET, not_retryable(Retry::Never)),
        row(body(501, HTML_501), M::GET, not_retryable(Retry::Never)),
        // TransientRetryableChecker._TRANSIENT_EXCEPTION_CLS (ConnectionError, HTTPClientError) /
        // TransientErrorClassifier (timeouts, io errors): retried; a timed-out or broken POST
        // may have been processed, so ours needs a token for it.
        row(net(T::Connect), M::POST, secs(0.5)).fraction(0.5),
        row(net(T::Timeout), M::GET, secs(0.5)).fraction(0.5),
        row(net(T::Timeout), M::POST, NOT_IDEMPOTENT),
        row(net(T::ConnectionLost), M::POST, secs(0.5)).token().fraction(0.5),
    ];
    check::<aws::Code>(aws_body, &rows);

    // The cap: ExponentialBackoff.__init__ max_backoff=20 / RetryConfig::standard max_backoff.
    let throttled = aws::Error::from_parts(
        400,
        &http::HeaderMap::new(),
        aws_body("Throttling", 400).as_bytes(),
    );
    let long = RetryPolicy::for_provider::<aws::Code>().with_max_attempts(10);
    let ctx = RetryContext::new(Method::GET).attempt(6);
    assert_eq!(
        long.decide_with_jitter(&throttled, &ctx, 0.5).delay(),
        Some(Duration::from_secs(10))
    );
    // sdk_compatible(): the SDKs' rule, a 5xx retried whatever the operation, no 429 by status.
    let sdk = RetryPolicy::sdk_compatible::<aws::Code>();
    let post = RetryContext::new(Method::POST);
    let error = aws::Error::from_parts(503, &http::HeaderMap::new(), HTML_502.as_bytes());
    assert!(sdk.decide(&error, &post).is_retry());
    let error = aws::Error::from_parts(429, &http::HeaderMap::new(), b"");
    assert_eq!(
        sdk.decide(&error, &post).stop_reason(),
        Some(StopReason::ProviderDoesNotRetry)
    );
}

/// The retry quota of AWS's standard mode: botocore retries/quota.py `RetryQuota`
/// (`INITIAL_CAPACITY` 500, `acquire`, `release` capped at the initial), retries/standard.py
/// `RetryQuotaChecker` (`_RETRY_COST` 5, `_TIMEOUT_RETRY_REQUEST` 10 for a connect or read
/// timeout, `_NO_RETRY_INCREMENT` 1, `release_retry_quota`: the last retry's cost back after a
/// success, 1 for a success without retry) and `RetryHandler.needs_retry` (the quota is asked
/// only once the conditions say retry); aws-smithy-runtime token_bucket.rs `TokenBucket`
/// (`DEFAULT_CAPACITY`, `LEGACY_RETRY_COST`, `LEGACY_RETRY_TIMEOUT_COST`,
/// `PERMIT_REGENERATION_AMOUNT`) the same numbers.
#[test]
fn aws_retry_quota_spends_and_refunds_as_botocore() {
    let policy = RetryPolicy::for_provider::<aws::Code>();
    let quota = policy
        .quota()
        .expect("catalogs/aws.yaml declares a retry_quota")
        .clone();
    let throttled = aws::Error::from_parts(
        400,
        &http::HeaderMap::new(),
        aws_body("Throttling", 400).as_bytes(),
    );
    let get = RetryContext::new(Method::GET);
    // 100 retries of 5 spend 500, from any clone of the policy.
    for n in 0..100 {
        let decision = policy.clone().decide_with_jitter(&throttled, &get, 0.5);
        assert_eq!(decision.quota_cost(), 5, "retry {n}: {decision}");
    }
    let empty = policy.decide_with_jitter(&throttled, &get, 0.5);
    assert_eq!(
        empty,
        Decision::Stop(StopReason::QuotaEmpty {
            cost: 5,
            available: 0
        })
    );
    assert_eq!(
        empty.to_string(),
        "stop: the retry quota is spent: a retry takes 5 tokens, 0 left"
    );
    // A stop for another reason takes nothing: the attempts are checked first.
    policy.succeeded(5);
    let last = get.clone().attempt(3);
    assert_eq!(
        policy.decide(&throttled, &last).stop_reason(),
        Some(StopReason::AttemptsSpent { attempts: 3 })
    );
    assert_eq!(quota.available(), 5);
    // A timeout's retry takes 10: refused with 5 left; an error answer's retry passes.
    let timeout = policy.decide_transport_with_jitter(TransportFailure::Timeout, &get, 0.5);
    assert_eq!(
        timeout.stop_reason(),
        Some(StopReason::QuotaEmpty {
            cost: 10,
            available: 5
        })
    );
    let connect = policy.decide_transport_with_jitter(TransportFailure::Connect, &get, 0.5);
    assert_eq!(connect.quota_cost(), 5);
    // A connect timeout is retried whatever the request (nothing was sent), at a timeout's cost.
    let post = RetryContext::new(Method::POST);
    let connect_timeout = policy.decide_transport_with_jitter(TransportFailure::ConnectTimeout, &post, 0.5);
    assert_eq!(
        connect_timeout.stop_reason(),
        Some(StopReason::QuotaEmpty {
            cost: 10,
            available: 0
        })
    );
    // First-attempt successes give 1 each; a success after a timeout's retry gives back 10.
    for _ in 0..10 {
        policy.succeeded(0);
    }
    assert_eq!(quota.available(), 10);
    assert_eq!(
        policy
            .decide_transport_with_jitter(TransportFailure::Timeout, &get, 0.5)
            .quota_cost(),
        10
    );
    policy.succeeded(10);
    assert_eq!(quota.available(), 10);
    // Never above the initial 500.
    for _ in 0..1_000 {
        policy.succeeded(0);
    }
    assert_eq!(quota.available(), 500);
    // ProviderError::decide makes a policy for one decision: no quota to share.
    assert!(throttled.decide(&get).is_retry());
    assert_eq!(throttled.decide(&get).quota_cost(), 0);
}

#[test]
fn jitter_stays_within_its_bounds() {
    let policy = RetryPolicy::for_provider::<oci::Code>();
    let error = oci::Error::from_parts(
        429,
        &http::HeaderMap::new(),
        oci_body("TooManyRequests", 429).as_bytes(),
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

/// darabonba-openapi's ThrottlingError: `Throttling`, `Throttling.User` and `Throttling.Api`
/// wait the larger `TimeLeft` (ms) of `x-ratelimit-user-api` and `x-ratelimit-user`
/// (darabonba-openapi client/client.go, utils/client.go `GetThrottlingTimeLeft`, at fbb884fc),
/// and `decide` waits that long; `Retry-After`, when sent, wins.
#[test]
fn alibaba_throttling_waits_the_rate_limit_headers_time_left() {
    use cloud_errors::alibaba;
    let body = r#"{"RequestId":"R-1","HostId":"ecs.aliyuncs.com","Code":"Throttling.User","Message":"m"}"#;
    let mut headers = http::HeaderMap::new();
    headers.insert(
        "x-ratelimit-user-api",
        http::HeaderValue::from_static("Limit:10,Remain:0,TimeLeft:1500"),
    );
    headers.insert(
        "x-ratelimit-user",
        http::HeaderValue::from_static("Limit:100,TimeLeft:700"),
    );
    let error = alibaba::Error::from_parts(400, &headers, body.as_bytes());
    assert_eq!(error.code(), &alibaba::Code::ThrottlingUser);
    assert_eq!(error.request_id(), Some("R-1"));
    assert!(error.code().is_retryable());
    assert_eq!(error.retry_after(), Some(Duration::from_millis(1500)));
    let ctx = RetryContext::new(Method::GET);
    match RetryPolicy::for_provider::<alibaba::Code>().decide(&error, &ctx) {
        Decision::Retry { delay, .. } => assert_eq!(delay, Duration::from_millis(1500)),
        other => panic!("{other:?}"),
    }
    // Another code of the family: retryable, but darabonba reads no delay for it.
    let system = r#"{"Code":"Throttling.System"}"#;
    let error = alibaba::Error::from_parts(429, &headers, system.as_bytes());
    assert!(error.code().is_retryable());
    assert_eq!(error.retry_after(), None);
    headers.insert("retry-after", http::HeaderValue::from_static("3"));
    let error = alibaba::Error::from_parts(400, &headers, body.as_bytes());
    assert_eq!(error.retry_after(), Some(Duration::from_secs(3)));
}
