//! Error responses read into each catalog's own `Error`, with the catalogs' real codes: the
//! envelope tests (response_*.rs) pin the parsers; these pin parser and catalog together.

use cloud_errors::{ibm_vpc_metadata, tencent, Category, Retry};
use cloud_errors_alibaba::kms_instance as alibaba_kms;
// The seed catalog `tencent_redis` is now the curated product `redis` of cloud-errors-tencent.
use cloud_errors_tencent::redis as tencent_redis;
use http::HeaderMap;

#[test]
fn ibm_seed_example_reads_as_invalid_value() {
    let body =
        br#"{"errors":[{"code":"invalid_value","message":"The `expires_in` field must not exceed `3600`.",
        "more_info":"https://cloud.ibm.com/docs/vpc?topic=vpc-imd-configure-service",
        "target":{"name":"expires_in","type":"field","value":"7200"}}],
        "status_code":400,"trace":"e37872f6-f9a4-4084-a1a8-e56a1c8c8d3d"}"#;
    let error = ibm_vpc_metadata::Error::from_parts(400, &HeaderMap::new(), body);
    assert_eq!(error.code(), &ibm_vpc_metadata::Code::InvalidValue);
    assert_eq!(
        (error.retry(), error.category()),
        (Retry::Never, Category::InvalidArgument)
    );
    assert_eq!(error.request_id(), Some("e37872f6-f9a4-4084-a1a8-e56a1c8c8d3d"));
    let target = error.extras().errors[0].target.as_ref().unwrap();
    assert_eq!(target.name.as_deref(), Some("expires_in"));
}

#[test]
fn ibm_service_error_backs_off() {
    let body = br#"{"errors":[{"code":"service_error","message":"An internal error occurred."}],"status_code":500,"trace":"t"}"#;
    let error = ibm_vpc_metadata::Error::from_parts(500, &HeaderMap::new(), body);
    assert_eq!(error.code(), &ibm_vpc_metadata::Code::ServiceError);
    assert!(error.is_retryable());
}

/// The KMS protobuf `Error {StatusCode=1, ErrorCode=2, ErrorMessage=3, RequestId=4}`, encoded by
/// hand (varint field 1, length-delimited fields 2 to 4), independently of prost.
fn kms_protobuf(status: u16, code: &str, message: &str, request_id: &str) -> Vec<u8> {
    let mut body = vec![0x08];
    let mut rest = status;
    while rest >= 0x80 {
        body.push((rest & 0x7f) as u8 | 0x80);
        rest >>= 7;
    }
    body.push(rest as u8);
    for (tag, text) in [(0x12u8, code), (0x1a, message), (0x22, request_id)] {
        body.push(tag);
        body.push(u8::try_from(text.len()).unwrap());
        body.extend_from_slice(text.as_bytes());
    }
    body
}

#[test]
fn alibaba_protobuf_reads_as_the_catalog_code() {
    let body = kms_protobuf(
        404,
        "Forbidden.KeyNotFound",
        "The specified Key is not found.",
        "r-1",
    );
    let mut headers = HeaderMap::new();
    headers.insert("content-type", "application/x-protobuf".parse().unwrap());
    let error = alibaba_kms::Error::from_parts(404, &headers, &body);
    assert_eq!(error.code(), &alibaba_kms::Code::ForbiddenKeyNotFound);
    assert_eq!(error.message(), Some("The specified Key is not found."));
    assert_eq!(error.request_id(), Some("r-1"));
    assert_eq!(error.reported_status(), Some(404));
    assert_eq!(
        (error.retry(), error.category()),
        (Retry::Never, Category::NotFound)
    );
}

#[test]
fn alibaba_json_reads_as_the_catalog_code() {
    let body = br#"{"Code":"RequestTimeTooSkewed","Message":"Request time exceeds server time more than 15 minutes.","RequestId":"r-2","HostId":"kms.cn-hangzhou.aliyuncs.com","Recommend":"https://api.aliyun.com/troubleshoot"}"#;
    let error = alibaba_kms::Error::from_parts(400, &HeaderMap::new(), body);
    assert_eq!(error.code(), &alibaba_kms::Code::RequestTimeTooSkewed);
    assert_eq!(error.retry(), Retry::AfterFix);
    assert_eq!(
        error.extras().host_id.as_deref(),
        Some("kms.cn-hangzhou.aliyuncs.com")
    );
}

const TENCENT_SEED: &[u8] = br#" {
    "Response": {
        "Error": {
            "Code": "AuthFailure.SignatureFailure",
            "Message": "The provided credentials could not be validated. Please check your signature is correct."
        },
        "RequestId": "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"
    }
}"#;

#[test]
fn tencent_seed_example_is_an_error_under_http_200() {
    let error = tencent::Error::from_body(TENCENT_SEED).expect("an error body");
    assert_eq!(error.code(), &tencent::Code::AuthFailureSignatureFailure);
    assert_eq!(error.status(), 200);
    assert_eq!(error.request_id(), Some("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"));
    assert_eq!(
        (error.retry(), error.category()),
        (Retry::AfterFix, Category::Unauthenticated)
    );
    assert!(tencent::Error::from_body(br#"{"Response":{"RequestId":"x","TotalCount":0}}"#).is_none());
}

#[test]
fn tencent_redis_reads_common_codes_through_extends() {
    let error = tencent_redis::Error::from_body(TENCENT_SEED).expect("an error body");
    assert_eq!(
        error.code(),
        &tencent_redis::Code::Base(tencent::Code::AuthFailureSignatureFailure)
    );
    let own = br#"{"Response":{"Error":{"Code":"ResourceInUse.InstanceBeenLocked","Message":"locked"},"RequestId":"q"}}"#;
    let error = tencent_redis::Error::from_body(own).unwrap();
    assert_eq!(
        error.code(),
        &tencent_redis::Code::ResourceInUseInstanceBeenLocked
    );
    assert!(error.is_retryable());
    let throttled =
        br#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"slow down"},"RequestId":"q"}}"#;
    assert!(tencent_redis::Error::from_body(throttled).unwrap().is_retryable());
}
