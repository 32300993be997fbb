//! The conformance suite's Rust side (see `conformance/README.md`).
//!
//! Starts a `testing::FakeProvider` on 127.0.0.1 that answers, for the providers' own SDKs:
//! - every code of every catalog, written by `to_response()` bare and with a message and request
//!   id, each on a route of its own;
//! - scripted sequences of answers (throttling, `Retry-After`, gateway pages, POSTs with and
//!   without a token, the consistency window), with what `decide` says for each: attempts, final
//!   outcome and waits.
//!
//! It prints that plan as one JSON line on stdout, serves until stdin is closed, then prints one
//! more JSON line: how many requests each route received (the SDKs' attempts, counted by the
//! server).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use cloud_errors::envelopes::{AwsJson, Azure, AzureExtras};
use cloud_errors::testing::{FakeProvider, Reply};
use cloud_errors::{
    alibaba, aws, azure_storage, google, ibm_vpc_metadata, oci, tencent, Decision, Envelope, EnvelopeName,
    ProviderCode, ProviderError, RetryContext, RetryPolicy,
};
// The curated KMS instance API catalog, once `cloud_errors::alibaba_kms`.
use cloud_errors_alibaba::kms_instance as alibaba_kms;
use cloud_errors_alibaba::slb as alibaba_slb;
// One service per AWS protocol besides awsJson (cloud_errors::aws).
use cloud_errors_aws::{
    cloudwatch as aws_cloudwatch, dynamodb as aws_dynamodb, ec2 as aws_ec2, lambda as aws_lambda,
    partnercentralrevenuemeasurement as aws_partnercentral, s3 as aws_s3, sts as aws_sts,
};
use cloud_errors_tencent::redis as tencent_redis;
use http::{Method, StatusCode};
use serde_json::{json, Value};
use tokio::io::AsyncReadExt;

/// The jitter fractions at either end of the range `decide_with_jitter` takes: the waits of a
/// sequence are reported as `[shortest, longest]`.
const JITTER_LOW: f64 = 0.0;
const JITTER_HIGH: f64 = 0.999_999;

/// Attempts after which a sequence is cut short: more than any provider's policy allows.
const MAX_SIMULATED: u32 = 20;

/// Where a request is routed: by path (OCI, IBM), or by an action header on `POST /` (Tencent's
/// `X-TC-Action`, Alibaba KMS's `x-kms-apiname`, Alibaba OpenAPI's `x-acs-action`).
enum Route {
    Path(Method, String),
    Action(String),
}

struct Plan {
    responses: Vec<Value>,
    sequences: Vec<Value>,
    by_path: Vec<(Method, String, Vec<Reply>)>,
    by_action: HashMap<String, Vec<Reply>>,
}

impl Plan {
    fn add(&mut self, route: &Route, replies: Vec<Reply>) -> Value {
        match route {
            Route::Path(method, path) => {
                self.by_path.push((method.clone(), path.clone(), replies));
                json!({"method": method.as_str(), "path": path})
            }
            Route::Action(action) => {
                self.by_action.insert(action.clone(), replies);
                json!({"method": "POST", "path": "/", "action": action})
            }
        }
    }
}

/// The registry's name of envelope `E`, which the routes and the Python side go by.
fn envelope_of<E: Envelope>() -> EnvelopeName {
    E::NAME
        .parse()
        .expect("every envelope type is named in the registry")
}

fn envelope_name(envelope: EnvelopeName) -> &'static str {
    envelope.as_str()
}

/// The provider whose SDK reads `envelope`: AWS has one envelope per protocol, one SDK for all;
/// Alibaba's KMS instance API has an SDK of its own (`alibaba`), apart from the OpenAPI's.
fn provider_name(envelope: EnvelopeName) -> &'static str {
    match envelope {
        EnvelopeName::AlibabaKms => "alibaba",
        EnvelopeName::Alibaba => "alibaba_openapi",
        EnvelopeName::AwsJson
        | EnvelopeName::AwsRestJson
        | EnvelopeName::AwsRestXml
        | EnvelopeName::AwsQuery
        | EnvelopeName::AwsEc2
        | EnvelopeName::AwsCbor => "aws",
        other => other.as_str(),
    }
}

/// The headers that name the action of a `POST /`: Tencent's, Alibaba KMS's, Alibaba OpenAPI's.
const ACTION_HEADERS: [&str; 3] = ["x-tc-action", "x-kms-apiname", "x-acs-action"];

/// The route of the written response number `id`, as each SDK's client addresses it.
fn response_route(envelope: EnvelopeName, id: usize) -> Route {
    match envelope {
        // oci IdentityClient.get_compartment
        EnvelopeName::Oci => Route::Path(Method::GET, format!("/20160918/compartments/r{id}")),
        EnvelopeName::Ibm => Route::Path(Method::GET, format!("/r{id}")),
        // botocore keeps the path of its `endpoint_url`: one endpoint per response, under which
        // the operation's own path goes (awsJson, awsQuery and ec2Query POST to `/`).
        EnvelopeName::AwsJson | EnvelopeName::AwsQuery | EnvelopeName::AwsEc2 => {
            Route::Path(Method::POST, format!("/r{id}"))
        }
        // S3 get_object(Bucket="b", Key="k"), path-style.
        EnvelopeName::AwsRestXml => Route::Path(Method::GET, format!("/r{id}/b/k")),
        // Lambda get_function(FunctionName="f").
        EnvelopeName::AwsRestJson => Route::Path(Method::GET, format!("/r{id}/2015-03-31/functions/f")),
        // rpcv2Cbor's path names the service and the operation (botocore serialize.py
        // `BaseRpcV2Serializer`): PartnerCentral Revenue Measurement's
        // list_marketplace_revenue_shares, the one service of the suite that speaks it.
        EnvelopeName::AwsCbor => Route::Path(
            Method::POST,
            format!("/r{id}/service/PartnerCentralRevenueMeasurement/operation/ListMarketplaceRevenueShares"),
        ),
        // google-cloud-rust's Secret Manager client: get_secret("projects/r{id}/secrets/s").
        EnvelopeName::Google => Route::Path(Method::GET, format!("/v1/projects/r{id}/secrets/s")),
        // azure-storage-blob's BlobClient.download_blob, path-style: account, container, blob.
        EnvelopeName::Azure => Route::Path(Method::GET, format!("/r{id}/c/b")),
        _ => Route::Action(format!("R{id}")),
    }
}

fn response_json(response: &http::Response<Vec<u8>>) -> Value {
    let headers: serde_json::Map<String, Value> = response
        .headers()
        .iter()
        .map(|(name, value)| {
            let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
            (name.as_str().to_owned(), Value::String(value))
        })
        .collect();
    json!({"status": response.status().as_u16(), "headers": headers})
}

/// Every code of catalog `C`, bare and with message and request id.
fn written<C: ProviderCode>(catalog: &str, plan: &mut Plan) {
    written_as::<C, C::Envelope>(catalog, plan);
}

/// [`written`] in envelope `E`, another of the provider's (`to_response_as`): a service that
/// speaks several protocols answers each client in the one it asked in.
fn written_as<C, E>(catalog: &str, plan: &mut Plan)
where
    C: ProviderCode,
    E: Envelope<Extras = <C::Envelope as Envelope>::Extras>,
{
    written_with::<C, E>(catalog, plan, "", Default::default);
}

/// [`written_as`] with these extras on every error (a body form the envelope can also write),
/// its kinds named with `suffix`.
fn written_with<C, E>(
    catalog: &str,
    plan: &mut Plan,
    suffix: &str,
    extras: impl Fn() -> <E as Envelope>::Extras,
) where
    C: ProviderCode,
    E: Envelope<Extras = <C::Envelope as Envelope>::Extras>,
{
    let envelope = envelope_of::<E>();
    for code in C::known() {
        for full in [false, true] {
            let id = plan.responses.len();
            let mut error = ProviderError::<C>::new(code.clone()).with_extras(extras());
            if full {
                error = error
                    .with_message(format!("Written for {} by the conformance suite.", code.code()))
                    .with_request_id(format!("conformance-{id}"));
            }
            let response = error.to_response_as::<E>();
            let route = response_route(envelope, id);
            let mut entry = plan.add(&route, vec![Reply::response(response.clone())]);
            entry["id"] = json!(id);
            entry["catalog"] = json!(catalog);
            entry["envelope"] = json!(envelope_name(envelope));
            entry["provider"] = json!(provider_name(envelope));
            entry["kind"] = json!(format!("{}{suffix}", if full { "full" } else { "bare" }));
            entry["response"] = response_json(&response);
            entry["expect"] = json!({
                "status": error.status(),
                "code": error.code().code(),
                "message": error.message(),
                "request_id": error.request_id(),
            });
            plan.responses.push(entry);
        }
    }
}

/// One scripted answer of a sequence.
enum Step<C: ProviderCode> {
    Error(ProviderError<C>),
    /// A gateway's HTML page with this status.
    Page(StatusCode),
    /// Success (the last step of most sequences).
    Ok,
}

impl<C: ProviderCode> Step<C> {
    fn reply(&self) -> Reply {
        match self {
            Step::Error(error) => Reply::error(error),
            Step::Page(status) => Reply::gateway_page(*status),
            Step::Ok => match envelope_of::<C::Envelope>() {
                EnvelopeName::Tencent => {
                    Reply::json(StatusCode::OK, r#"{"Response":{"RequestId":"conformance-ok"}}"#)
                }
                // Alibaba KMS answers protobuf; an empty message is a valid one.
                EnvelopeName::AlibabaKms => Reply::response(
                    http::Response::builder()
                        .header("content-type", "application/x-protobuf")
                        .body(Vec::new())
                        .unwrap_or_default(),
                ),
                // A Secret Manager `Secret`, which the Google client reads.
                EnvelopeName::Google => Reply::json(StatusCode::OK, r#"{"name":"projects/p/secrets/s"}"#),
                // A blob's content, as BlobClient.download_blob asks it: a range of it.
                EnvelopeName::Azure => Reply::response(
                    http::Response::builder()
                        .status(StatusCode::PARTIAL_CONTENT)
                        .header("content-type", "application/octet-stream")
                        .header("content-range", "bytes 0-13/14")
                        .header("x-ms-blob-type", "BlockBlob")
                        .body(b"conformance-ok".to_vec())
                        .unwrap_or_default(),
                ),
                _ => Reply::json(StatusCode::OK, r#"{"id":"conformance-ok"}"#),
            },
        }
    }

    /// What a client reading this answer sees: `None` for a success.
    fn read(&self) -> Option<ProviderError<C>> {
        match self {
            Step::Error(error) => Some(ProviderError::from_response(&error.to_response())),
            // An HTML page like `Reply::gateway_page`'s: no envelope reads it, the status decides.
            Step::Page(status) => Some(ProviderError::from_parts(
                status.as_u16(),
                &http::HeaderMap::new(),
                b"<html><center><h1>gateway</h1></center></html>",
            )),
            Step::Ok => None,
        }
    }
}

/// The provider's answer with this code, a message and a request id.
fn err<C: ProviderCode>(code: &str) -> Step<C> {
    Step::Error(
        ProviderError::new(C::from_code(code))
            .with_message("m")
            .with_request_id("r"),
    )
}

/// A scripted sequence and what `decide` says of it.
struct Sequence<C: ProviderCode> {
    name: &'static str,
    method: Method,
    token: bool,
    window: bool,
    steps: Vec<Step<C>>,
}

fn seq<C: ProviderCode>(name: &'static str, method: Method, steps: Vec<Step<C>>) -> Sequence<C> {
    Sequence {
        name,
        method,
        token: false,
        window: false,
        steps,
    }
}

impl<C: ProviderCode> Sequence<C> {
    fn token(mut self) -> Self {
        self.token = true;
        self
    }

    fn window(mut self) -> Self {
        self.window = true;
        self
    }

    /// Runs the sequence through `decide`, as a client loop would: the last step repeats.
    fn ours(&self) -> Value {
        let policy = RetryPolicy::for_provider::<C>();
        let mut waits = Vec::new();
        let mut elapsed = Duration::ZERO;
        let mut attempt = 1;
        loop {
            let step = &self.steps[(attempt as usize - 1).min(self.steps.len() - 1)];
            let Some(error) = step.read() else {
                return json!({"attempts": attempt, "outcome": "ok", "waits": waits});
            };
            let ctx = RetryContext::new(self.method.clone())
                .with_idempotency_token(self.token)
                .in_consistency_window(self.window)
                .attempt(attempt)
                .elapsed(elapsed);
            let low = policy.decide_with_jitter(&error, &ctx, JITTER_LOW);
            let high = policy.decide_with_jitter(&error, &ctx, JITTER_HIGH);
            match (low, high) {
                (Decision::Retry { delay: low, .. }, Decision::Retry { delay: high, .. })
                    if attempt < MAX_SIMULATED =>
                {
                    waits.push(json!([low.as_secs_f64(), high.as_secs_f64()]));
                    elapsed += low;
                    attempt += 1;
                }
                (decision, _) => {
                    return json!({
                        "attempts": attempt,
                        "outcome": "error",
                        "status": error.status(),
                        "code": error.code().code(),
                        "stop": decision.stop_reason().map(|reason| reason.to_string()),
                        "waits": waits,
                    })
                }
            }
        }
    }
}

fn sequences<C: ProviderCode>(catalog: &str, list: Vec<Sequence<C>>, plan: &mut Plan) {
    for sequence in list {
        let id = plan.sequences.len();
        let route = match (envelope_of::<C::Envelope>(), &sequence.method, sequence.token) {
            // oci IdentityClient: get_compartment, move_compartment (takes opc-retry-token),
            // recover_compartment (takes none).
            (EnvelopeName::Oci, &Method::GET, _) => {
                Route::Path(Method::GET, format!("/20160918/compartments/s{id}"))
            }
            (EnvelopeName::Oci, _, true) => Route::Path(
                Method::POST,
                format!("/20160918/compartments/s{id}/actions/moveCompartment"),
            ),
            (EnvelopeName::Oci, _, false) => Route::Path(
                Method::POST,
                format!("/20160918/compartments/s{id}/actions/recoverCompartment"),
            ),
            (EnvelopeName::Ibm, method, _) => Route::Path(method.clone(), format!("/s{id}")),
            (EnvelopeName::AwsJson, method, _) => Route::Path(method.clone(), format!("/s{id}")),
            // S3 get_object(Bucket="b", Key="k"), path-style.
            (EnvelopeName::AwsRestXml, _, _) => Route::Path(Method::GET, format!("/s{id}/b/k")),
            // Secret Manager: get_secret (GET, idempotent), create_secret (POST, not).
            (EnvelopeName::Google, &Method::GET, _) => {
                Route::Path(Method::GET, format!("/v1/projects/s{id}/secrets/s"))
            }
            (EnvelopeName::Google, _, _) => Route::Path(Method::POST, format!("/v1/projects/s{id}/secrets")),
            // BlobClient.download_blob.
            (EnvelopeName::Azure, _, _) => Route::Path(Method::GET, format!("/s{id}/c/b")),
            _ => Route::Action(format!("S{id}")),
        };
        let replies = sequence.steps.iter().map(Step::reply).collect();
        let mut entry = plan.add(&route, replies);
        entry["id"] = json!(id);
        entry["envelope"] = json!(envelope_name(envelope_of::<C::Envelope>()));
        entry["provider"] = json!(provider_name(envelope_of::<C::Envelope>()));
        entry["catalog"] = json!(catalog);
        entry["name"] = json!(sequence.name);
        entry["token"] = json!(sequence.token);
        entry["window"] = json!(sequence.window);
        entry["ours"] = sequence.ours();
        plan.sequences.push(entry);
    }
}

fn oci_sequences() -> Vec<Sequence<oci::Code>> {
    use oci::{Code, Error};
    let get = Method::GET;
    vec![
        seq(
            "throttled-then-ok",
            get.clone(),
            vec![err("TooManyRequests"), err("TooManyRequests"), Step::Ok],
        ),
        seq(
            "retry-after",
            get.clone(),
            vec![
                Step::Error(Error::new(Code::TooManyRequests).with_retry_after(Duration::from_secs(3))),
                Step::Ok,
            ],
        ),
        seq(
            "not-retryable",
            get.clone(),
            vec![err("InvalidParameter"), Step::Ok],
        ),
        seq(
            "incorrect-state",
            get.clone(),
            vec![err("IncorrectState"), Step::Ok],
        ),
        seq(
            "lock-conflict",
            get.clone(),
            vec![
                Step::Error(Error::new(Code::from_code("LockConflict")).with_status(StatusCode::CONFLICT)),
                Step::Ok,
            ],
        ),
        seq(
            "gateway-pages",
            get.clone(),
            vec![
                Step::Page(StatusCode::BAD_GATEWAY),
                Step::Page(StatusCode::GATEWAY_TIMEOUT),
                Step::Ok,
            ],
        ),
        seq(
            "server-error-exhausted",
            get.clone(),
            vec![err("InternalServerError")],
        ),
        seq(
            "not-implemented",
            get.clone(),
            vec![Step::Page(StatusCode::NOT_IMPLEMENTED), Step::Ok],
        ),
        seq(
            "post-token-server-error",
            Method::POST,
            vec![err("InternalServerError"), Step::Ok],
        )
        .token(),
        seq(
            "post-no-token-server-error",
            Method::POST,
            vec![err("InternalServerError"), Step::Ok],
        ),
        seq(
            "post-no-token-throttled",
            Method::POST,
            vec![err("TooManyRequests"), Step::Ok],
        ),
        seq(
            "not-found-outside-window",
            get.clone(),
            vec![err("NotAuthorizedOrNotFound"), Step::Ok],
        ),
        seq(
            "not-found-in-window",
            get,
            vec![err("NotAuthorizedOrNotFound"), Step::Ok],
        )
        .window(),
    ]
}

fn ibm_sequences() -> Vec<Sequence<ibm_vpc_metadata::Code>> {
    use ibm_vpc_metadata::{Code, Error};
    // IBM documents no throttling code: a 429 carries whatever code the service has.
    let throttled = || {
        Error::new(Code::from_code("too_many_requests"))
            .with_message("m")
            .with_status(StatusCode::TOO_MANY_REQUESTS)
    };
    let get = Method::GET;
    vec![
        seq(
            "throttled-then-ok",
            get.clone(),
            vec![Step::Error(throttled()), Step::Error(throttled()), Step::Ok],
        ),
        seq(
            "retry-after",
            get.clone(),
            vec![
                Step::Error(throttled().with_retry_after(Duration::from_secs(3))),
                Step::Ok,
            ],
        ),
        seq(
            "not-retryable",
            get.clone(),
            vec![err("invalid_request"), Step::Ok],
        ),
        seq(
            "gateway-pages",
            get.clone(),
            vec![
                Step::Page(StatusCode::BAD_GATEWAY),
                Step::Page(StatusCode::SERVICE_UNAVAILABLE),
                Step::Ok,
            ],
        ),
        seq("server-error-exhausted", get.clone(), vec![err("service_error")]),
        seq(
            "not-implemented",
            get,
            vec![Step::Page(StatusCode::NOT_IMPLEMENTED), Step::Ok],
        ),
        seq(
            "post-server-error",
            Method::POST,
            vec![err("service_error"), Step::Ok],
        ),
        seq(
            "post-throttled",
            Method::POST,
            vec![Step::Error(throttled()), Step::Ok],
        ),
    ]
}

fn alibaba_sequences() -> Vec<Sequence<alibaba_kms::Code>> {
    let post = Method::POST;
    vec![
        seq(
            "throttled-then-ok",
            post.clone(),
            vec![err("ServiceUnavailableTemporary"), Step::Ok],
        ),
        seq(
            "not-retryable",
            post.clone(),
            vec![err("Forbidden.KeyNotFound"), Step::Ok],
        ),
        seq(
            "internal-then-ok",
            post.clone(),
            vec![err("InternalFailure"), Step::Ok],
        ),
        seq(
            "gateway-page",
            post.clone(),
            vec![Step::Page(StatusCode::BAD_GATEWAY), Step::Ok],
        ),
        seq("server-error-exhausted", post, vec![err("InternalFailure")]),
    ]
}

fn tencent_sequences() -> Vec<Sequence<tencent::Code>> {
    let post = Method::POST;
    vec![
        seq(
            "throttled-then-ok",
            post.clone(),
            vec![err("RequestLimitExceeded"), Step::Ok],
        ),
        seq(
            "throttled-exhausted",
            post.clone(),
            vec![err("RequestLimitExceeded")],
        ),
        seq(
            "throttled-sub-code",
            post.clone(),
            vec![err("RequestLimitExceeded.UinLimitExceeded"), Step::Ok],
        ),
        seq(
            "not-retryable",
            post.clone(),
            vec![err("InvalidParameter"), Step::Ok],
        ),
        seq(
            "internal-no-token",
            post.clone(),
            vec![err("InternalError"), Step::Ok],
        ),
        seq(
            "internal-token",
            post.clone(),
            vec![err("InternalError"), Step::Ok],
        )
        .token(),
        seq(
            "gateway-page-no-token",
            post.clone(),
            vec![Step::Page(StatusCode::BAD_GATEWAY), Step::Ok],
        ),
        seq(
            "gateway-page-token",
            post,
            vec![Step::Page(StatusCode::BAD_GATEWAY), Step::Ok],
        )
        .token(),
    ]
}

fn aws_sequences() -> Vec<Sequence<aws::Code>> {
    use aws::{Code, Error};
    let invalid = Error::new(Code::from_code("ValidationException"))
        .with_message("m")
        .with_request_id("r")
        .with_status(StatusCode::BAD_REQUEST);
    // awsJson: every operation is a POST.
    let post = Method::POST;
    vec![
        seq(
            "throttled-then-ok",
            post.clone(),
            vec![err("ThrottlingException"), Step::Ok],
        ),
        seq(
            "throttled-exhausted",
            post.clone(),
            vec![err("ThrottlingException")],
        ),
        seq(
            "transient-then-ok",
            post.clone(),
            vec![err("RequestTimeoutException"), Step::Ok],
        ),
        // `x-amz-retry-after`: botocore waits it, bounded by its backoff and 5 s more.
        seq(
            "throttled-retry-after-then-ok",
            post.clone(),
            vec![
                Step::Error(Error::new(Code::ThrottlingException).with_retry_after(Duration::from_secs(2))),
                Step::Ok,
            ],
        ),
        seq(
            "not-retryable",
            post.clone(),
            vec![Step::Error(invalid), Step::Ok],
        ),
        seq(
            "server-error-no-token",
            post.clone(),
            vec![aws_server_error(), Step::Ok],
        ),
        seq(
            "status-429-page",
            post,
            vec![Step::Page(StatusCode::TOO_MANY_REQUESTS), Step::Ok],
        ),
    ]
}

/// A 500 with a code no catalog lists (the services' own `InternalFailure` & co.).
fn aws_server_error<C: ProviderCode>() -> Step<C> {
    Step::Error(
        ProviderError::new(C::from_code("InternalFailure"))
            .with_message("m")
            .with_request_id("r")
            .with_status(StatusCode::INTERNAL_SERVER_ERROR),
    )
}

/// DynamoDB, which botocore's standard mode treats apart (more attempts, shorter backoff).
fn aws_dynamodb_sequences() -> Vec<Sequence<aws_dynamodb::Code>> {
    let post = Method::POST;
    vec![
        seq(
            "dynamodb-throttled-exhausted",
            post.clone(),
            vec![err("ProvisionedThroughputExceededException")],
        ),
        seq(
            "dynamodb-server-error-token",
            post,
            vec![aws_server_error(), aws_server_error(), Step::Ok],
        )
        .token(),
    ]
}

/// S3's `GET`: an idempotent request, where we retry a 5xx too.
fn aws_s3_sequences() -> Vec<Sequence<aws_s3::Code>> {
    let get = Method::GET;
    vec![
        seq(
            "s3-slow-down-then-ok",
            get.clone(),
            vec![err("SlowDown"), Step::Ok],
        ),
        seq(
            "s3-internal-error-then-ok",
            get,
            vec![err("InternalError"), Step::Ok],
        ),
    ]
}

/// What gax's `Aip194Strict` decides by: the HTTP status (503) and idempotency.
fn google_sequences() -> Vec<Sequence<google::Code>> {
    use google::{Code, Error};
    let get = Method::GET;
    vec![
        seq(
            "unavailable-then-ok",
            get.clone(),
            vec![err("UNAVAILABLE"), err("UNAVAILABLE"), Step::Ok],
        ),
        seq("unavailable-exhausted", get.clone(), vec![err("UNAVAILABLE")]),
        // A RetryInfo `retryDelay`: ours to wait, which gax parses but does not use.
        seq(
            "retry-info",
            get.clone(),
            vec![
                Step::Error(Error::new(Code::Unavailable).with_retry_after(Duration::from_secs(3))),
                Step::Ok,
            ],
        ),
        seq(
            "resource-exhausted",
            get.clone(),
            vec![err("RESOURCE_EXHAUSTED"), Step::Ok],
        ),
        seq("internal", get.clone(), vec![err("INTERNAL"), Step::Ok]),
        seq("not-found", get.clone(), vec![err("NOT_FOUND"), Step::Ok]),
        seq(
            "gateway-page-503",
            get.clone(),
            vec![Step::Page(StatusCode::SERVICE_UNAVAILABLE), Step::Ok],
        ),
        seq(
            "gateway-page-502",
            get,
            vec![Step::Page(StatusCode::BAD_GATEWAY), Step::Ok],
        ),
        seq(
            "post-unavailable",
            Method::POST,
            vec![err("UNAVAILABLE"), Step::Ok],
        ),
    ]
}

/// azure-storage-blob's default `ExponentialRetry` against azcore's rules, which we follow.
fn azure_sequences() -> Vec<Sequence<azure_storage::Code>> {
    use azure_storage::{Code, Error};
    let get = Method::GET;
    vec![
        seq(
            "server-busy-then-ok",
            get.clone(),
            vec![err("ServerBusy"), Step::Ok],
        ),
        seq(
            "internal-error-exhausted",
            get.clone(),
            vec![err("InternalError")],
        ),
        seq(
            "retry-after",
            get.clone(),
            vec![
                Step::Error(Error::new(Code::ServerBusy).with_retry_after(Duration::from_secs(3))),
                Step::Ok,
            ],
        ),
        seq("not-found", get.clone(), vec![err("BlobNotFound"), Step::Ok]),
        seq(
            "status-429-page",
            get.clone(),
            vec![Step::Page(StatusCode::TOO_MANY_REQUESTS), Step::Ok],
        ),
        seq(
            "status-408-page",
            get.clone(),
            vec![Step::Page(StatusCode::REQUEST_TIMEOUT), Step::Ok],
        ),
        seq(
            "gateway-page",
            get.clone(),
            vec![Step::Page(StatusCode::BAD_GATEWAY), Step::Ok],
        ),
        seq(
            "not-implemented",
            get,
            vec![Step::Page(StatusCode::NOT_IMPLEMENTED), Step::Ok],
        ),
    ]
}

/// What a product's client does with no `RetryOptions` (none retried), against ours.
fn alibaba_openapi_sequences() -> Vec<Sequence<alibaba::Code>> {
    use alibaba::{Code, Error};
    let post = Method::POST;
    let invalid = Error::new(Code::from_code("InvalidParameter"))
        .with_message("m")
        .with_request_id("r")
        .with_status(StatusCode::BAD_REQUEST);
    let internal = Error::new(Code::from_code("InternalError"))
        .with_message("m")
        .with_request_id("r")
        .with_status(StatusCode::INTERNAL_SERVER_ERROR);
    vec![
        seq(
            "openapi-throttled-then-ok",
            post.clone(),
            vec![err("Throttling.User"), Step::Ok],
        ),
        seq(
            "openapi-not-retryable",
            post.clone(),
            vec![Step::Error(invalid), Step::Ok],
        ),
        seq(
            "openapi-internal-error-post",
            post,
            vec![Step::Error(internal), Step::Ok],
        ),
    ]
}

fn plan() -> Plan {
    let mut plan = Plan {
        responses: Vec::new(),
        sequences: Vec::new(),
        by_path: Vec::new(),
        by_action: HashMap::new(),
    };
    written::<oci::Code>("oci", &mut plan);
    written::<ibm_vpc_metadata::Code>("ibm_vpc_metadata", &mut plan);
    written::<alibaba_kms::Code>("alibaba_kms", &mut plan);
    written::<tencent::Code>("tencent", &mut plan);
    written::<tencent_redis::Code>("tencent_redis", &mut plan);
    written::<aws::Code>("aws", &mut plan);
    written::<aws_s3::Code>("aws/s3", &mut plan);
    written::<aws_lambda::Code>("aws/lambda", &mut plan);
    written::<aws_sts::Code>("aws/sts", &mut plan);
    written::<aws_ec2::Code>("aws/ec2", &mut plan);
    written::<aws_partnercentral::Code>("aws/partnercentralrevenuemeasurement", &mut plan);
    // CloudWatch offers rpcv2Cbor, awsJson1_0 and awsQuery; botocore asks in JSON.
    written_as::<aws_cloudwatch::Code, AwsJson>("aws/cloudwatch", &mut plan);
    written::<google::Code>("google", &mut plan);
    written::<azure_storage::Code>("azure_storage", &mut plan);
    // And in Storage's XML, which its Blob service answers with (the envelope writes JSON unless
    // told).
    written_with::<azure_storage::Code, Azure>("azure_storage", &mut plan, "-xml", AzureExtras::xml);
    // Alibaba's OpenAPI: the common catalog and one product (SLB) of cloud-errors-alibaba.
    written::<alibaba::Code>("alibaba", &mut plan);
    written::<alibaba_slb::Code>("alibaba/slb", &mut plan);
    sequences("oci", oci_sequences(), &mut plan);
    sequences("ibm_vpc_metadata", ibm_sequences(), &mut plan);
    sequences("alibaba_kms", alibaba_sequences(), &mut plan);
    sequences("tencent", tencent_sequences(), &mut plan);
    sequences("aws", aws_sequences(), &mut plan);
    sequences("aws/dynamodb", aws_dynamodb_sequences(), &mut plan);
    sequences("aws/s3", aws_s3_sequences(), &mut plan);
    sequences("google", google_sequences(), &mut plan);
    sequences("azure_storage", azure_sequences(), &mut plan);
    sequences("alibaba", alibaba_openapi_sequences(), &mut plan);
    plan
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::io::Result<()> {
    let Plan {
        responses,
        sequences,
        by_path,
        by_action,
    } = plan();
    let mut builder = FakeProvider::builder();
    for (method, path, replies) in by_path {
        builder = builder.on(method, path, replies);
    }
    // Tencent and Alibaba KMS: every call is a POST to `/`, the action in a header. Each action's
    // replies are answered in order, the last repeating, like a route's.
    let counters: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
    let by_action = Arc::new(by_action);
    let answer = {
        let counters = Arc::clone(&counters);
        let by_action = Arc::clone(&by_action);
        move |request: &http::Request<Vec<u8>>| {
            let action = ACTION_HEADERS
                .iter()
                .find_map(|name| request.headers().get(*name))
                .and_then(|value| value.to_str().ok())
                .unwrap_or("")
                .to_owned();
            let Some(replies) = by_action.get(&action).filter(|replies| !replies.is_empty()) else {
                return Reply::json(StatusCode::NOT_FOUND, r#"{"error":"no such action"}"#);
            };
            let mut counters = counters.lock().unwrap_or_else(PoisonError::into_inner);
            let next = counters.entry(action).or_insert(0);
            let reply = replies[(*next).min(replies.len() - 1)].clone();
            *next += 1;
            reply
        }
    };
    let provider = builder.on_fn(Method::POST, "/", answer).start().await?;
    let plan = json!({"base": provider.url(), "responses": responses, "sequences": sequences});
    println!("{plan}");

    // Serve until the harness closes stdin.
    let mut rest = Vec::new();
    tokio::io::stdin().read_to_end(&mut rest).await?;

    let mut received: HashMap<String, usize> = HashMap::new();
    for request in provider.requests() {
        let action = ACTION_HEADERS.iter().find_map(|name| request.header(name));
        let key = match action {
            Some(action) => format!("POST / {action}"),
            None => format!("{} {}", request.method, request.path),
        };
        *received.entry(key).or_default() += 1;
    }
    println!("{}", json!({ "received": received }));
    Ok(())
}
