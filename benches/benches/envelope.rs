//! Reading an error body into a typed `Error` (`from_parts`, or `from_body` for Tencent's errors
//! under HTTP 200) against `serde_json::from_slice` into a plain struct of the same fields, owned
//! as the typed `Error` owns them, for every provider; Alibaba's protobuf body is timed alone
//! (its former baseline, prost, is no dependency any more). BENCHMARKS.md has the numbers and how to run them.

use std::hint::black_box;
use std::time::Duration;

use cloud_errors::{ibm_vpc_metadata, oci, tencent};
// The curated KMS instance API catalog, once `cloud_errors::alibaba_kms`.
use cloud_errors_alibaba::kms_instance as alibaba_kms;
use cloud_errors_benches::{paired, paired_rounds};
use criterion::{criterion_group, Criterion};
use http::HeaderMap;
use serde::Deserialize;

/// The bodies of the seed pages (or shaped exactly like them).
const OCI_BODY: &[u8] =
    br#"{"code": "NotAuthorizedOrNotFound", "message": "Authorization failed or requested resource not found."}"#;

const IBM_BODY: &[u8] = br#"{
  "errors": [
    {
      "code": "invalid_value",
      "message": "The `expires_in` field must not exceed `3600`.",
      "more_info": "https://cloud.ibm.com/docs/vpc?topic=vpc-imd-configure-service",
      "target": {
        "name": "expires_in",
        "type": "field",
        "value": "7200"
      }
    }
  ],
  "status_code": 400,
  "trace": "e37872f6-f9a4-4084-a1a8-e56a1c8c8d3d"
}"#;

const ALIBABA_JSON_BODY: &[u8] = br#"{
  "RequestId": "3B6F7B2F-9C4F-4A8F-8F1E-6C1B2D3E4F50",
  "HostId": "kms.cn-hangzhou.aliyuncs.com",
  "Code": "Forbidden.KeyNotFound",
  "Message": "The specified Key is not found.",
  "Recommend": "https://api.aliyun.com/troubleshoot?q=Forbidden.KeyNotFound"
}"#;

const TENCENT_BODY: &[u8] = br#" {
    "Response": {
        "Error": {
            "Code": "AuthFailure.SignatureFailure",
            "Message": "The provided credentials could not be validated. Please check your signature is correct."
        },
        "RequestId": "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"
    }
}"#;

// The plain structs: the same fields, owned.
#[derive(Deserialize)]
#[allow(dead_code)]
struct OciPlain {
    code: String,
    message: String,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct IbmPlain {
    errors: Vec<IbmPlainEntry>,
    status_code: i64,
    trace: String,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct IbmPlainEntry {
    code: String,
    message: String,
    more_info: Option<String>,
    target: Option<IbmPlainTarget>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct IbmPlainTarget {
    name: String,
    #[serde(rename = "type")]
    kind: String,
    value: serde_json::Value,
}

#[derive(Deserialize)]
#[allow(dead_code)]
#[serde(rename_all = "PascalCase")]
struct AlibabaPlain {
    request_id: String,
    host_id: String,
    code: String,
    message: String,
    recommend: String,
}

#[derive(Deserialize)]
#[allow(dead_code)]
#[serde(rename_all = "PascalCase")]
struct TencentPlain {
    response: TencentPlainResponse,
}

#[derive(Deserialize)]
#[allow(dead_code)]
#[serde(rename_all = "PascalCase")]
struct TencentPlainResponse {
    error: TencentPlainError,
    request_id: String,
}

#[derive(Deserialize)]
#[allow(dead_code)]
#[serde(rename_all = "PascalCase")]
struct TencentPlainError {
    code: String,
    message: String,
}

fn alibaba_protobuf_body() -> Vec<u8> {
    cloud_errors::__response::encode_alibaba_protobuf(
        400,
        "InvalidApiName",
        "ApiName \"<apiname>\" は無効です。",
        "3B6F7B2F-9C4F-4A8F-8F1E-6C1B2D3E4F50",
    )
}

fn envelopes(c: &mut Criterion) {
    // No headers: the plain structs read no headers either (the typed reader still looks for
    // the request-id and Retry-After headers, and finds none).
    let headers = HeaderMap::new();
    let protobuf = alibaba_protobuf_body();

    // Each typed reader must understand its body before it is timed.
    assert!(oci::Error::from_parts(404, &headers, OCI_BODY).code().is_known());
    assert!(ibm_vpc_metadata::Error::from_parts(400, &headers, IBM_BODY)
        .code()
        .is_known());
    let alibaba_json = alibaba_kms::Error::from_parts(404, &headers, ALIBABA_JSON_BODY);
    assert_eq!(alibaba_json.code().code(), "Forbidden.KeyNotFound");
    assert!(alibaba_kms::Error::from_parts(400, &headers, &protobuf)
        .code()
        .is_known());
    assert!(tencent::Error::from_body(TENCENT_BODY)
        .expect("an error body")
        .code()
        .is_known());

    let mut group = c.benchmark_group("envelope");
    group.bench_function("oci/from_parts", |b| {
        b.iter(|| oci::Error::from_parts(404, &headers, black_box(OCI_BODY)))
    });
    group.bench_function("oci/serde_json", |b| {
        b.iter(|| serde_json::from_slice::<OciPlain>(black_box(OCI_BODY)).unwrap())
    });
    group.bench_function("ibm/from_parts", |b| {
        b.iter(|| ibm_vpc_metadata::Error::from_parts(400, &headers, black_box(IBM_BODY)))
    });
    group.bench_function("ibm/serde_json", |b| {
        b.iter(|| serde_json::from_slice::<IbmPlain>(black_box(IBM_BODY)).unwrap())
    });
    group.bench_function("alibaba_json/from_parts", |b| {
        b.iter(|| alibaba_kms::Error::from_parts(404, &headers, black_box(ALIBABA_JSON_BODY)))
    });
    group.bench_function("alibaba_json/serde_json", |b| {
        b.iter(|| serde_json::from_slice::<AlibabaPlain>(black_box(ALIBABA_JSON_BODY)).unwrap())
    });
    group.bench_function("alibaba_protobuf/from_parts", |b| {
        b.iter(|| alibaba_kms::Error::from_parts(400, &headers, black_box(&protobuf)))
    });
    group.bench_function("tencent/from_body", |b| {
        b.iter(|| tencent::Error::from_body(black_box(TENCENT_BODY)))
    });
    group.bench_function("tencent/serde_json", |b| {
        b.iter(|| serde_json::from_slice::<TencentPlain>(black_box(TENCENT_BODY)).unwrap())
    });
    group.finish();
}

/// The paired rounds of every provider's body (`PAIRED_ROUNDS=n`), as `aws_envelope` runs its own.
fn paired_all(rounds: usize) {
    let headers = HeaderMap::new();
    paired(
        "oci/serde_json",
        rounds,
        || oci::Error::from_parts(404, &headers, black_box(OCI_BODY)),
        || serde_json::from_slice::<OciPlain>(black_box(OCI_BODY)).unwrap(),
    );
    paired(
        "ibm/serde_json",
        rounds,
        || ibm_vpc_metadata::Error::from_parts(400, &headers, black_box(IBM_BODY)),
        || serde_json::from_slice::<IbmPlain>(black_box(IBM_BODY)).unwrap(),
    );
    paired(
        "alibaba_json/serde_json",
        rounds,
        || alibaba_kms::Error::from_parts(404, &headers, black_box(ALIBABA_JSON_BODY)),
        || serde_json::from_slice::<AlibabaPlain>(black_box(ALIBABA_JSON_BODY)).unwrap(),
    );
    paired(
        "tencent/serde_json",
        rounds,
        || tencent::Error::from_body(black_box(TENCENT_BODY)),
        || serde_json::from_slice::<TencentPlain>(black_box(TENCENT_BODY)).unwrap(),
    );
}

criterion_group! {
    name = benches;
    // Short runs: each body takes well under a microsecond, so 1 s + 2 s per benchmark is plenty.
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(2));
    targets = envelopes
}

/// criterion's benchmarks, or with `PAIRED_ROUNDS=n` the paired rounds instead.
fn main() {
    if let Some(rounds) = paired_rounds() {
        paired_all(rounds);
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
