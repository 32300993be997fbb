//! AWS error responses in each of its six protocols: one real-shaped body per protocol (written by
//! us after the shapes botocore's and smithy-rs's parsers read), S3's errors under HTTP 200, the
//! odd and hostile bodies every envelope must survive, and the round trip of every code of
//! catalogs/aws.yaml in each protocol.
//!
//! Each protocol is reached through a `#[cloud_error]` service that extends `cloud_errors::aws`
//! with the protocol's envelope, as a service catalog does with `extends: aws`.

mod response_support;

use cloud_errors::envelopes::{AwsExtras, AwsJson};
use std::time::Duration;

use cloud_errors::{
    aws, cloud_error, Category, Envelope, ProviderCode, ProviderError, Retry, RetryContext, RetryPolicy,
};
use proptest::prelude::*;
use response_support::{assert_status_decides, error_with, headers, round_trip};

/// S3 (restXml): one code of its own; SlowDown and RequestTimeout come from `aws`.
#[cloud_error(extends = ::cloud_errors::aws::Code, envelope = "aws_rest_xml")]
pub enum S3 {
    /// The key does not exist.
    #[code("NoSuchKey", status = 404, retry = "never")]
    NoSuchKey,
}

/// IAM (awsQuery).
#[cloud_error(extends = ::cloud_errors::aws::Code, envelope = "aws_query")]
pub enum Iam {
    /// The entity does not exist.
    #[code("NoSuchEntity", status = 404, retry = "never")]
    NoSuchEntity,
}

/// EC2 (ec2Query).
#[cloud_error(extends = ::cloud_errors::aws::Code, envelope = "aws_ec2")]
pub enum Ec2 {
    /// The instance id does not exist.
    #[code(
        "InvalidInstanceID.NotFound",
        status = 400,
        retry = "never",
        category = "not_found"
    )]
    InvalidInstanceIdNotFound,
}

/// Lambda (restJson1).
#[cloud_error(extends = ::cloud_errors::aws::Code, envelope = "aws_rest_json")]
pub enum Lambda {
    /// The function does not exist.
    #[code("ResourceNotFoundException", status = 404, retry = "never")]
    ResourceNotFound,
}

/// CloudWatch (rpcv2Cbor).
#[cloud_error(extends = ::cloud_errors::aws::Code, envelope = "aws_cbor")]
pub enum CloudWatch {
    /// A parameter is invalid.
    #[code("InvalidParameterValue", status = 400, retry = "never")]
    InvalidParameterValue,
}

#[test]
fn aws_json_dynamodb_throttled() {
    let headers = headers(&[(
        "x-amzn-requestid",
        "PBQN1A6E2HN5FJ1BV0RHB3HH1VVV4KQNSO5AEMVJF66Q9ASUAAJG",
    )]);
    let body = br#"{"__type":"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException","message":"Rate of requests exceeds the allowed throughput."}"#;
    let error = aws::Error::from_parts(400, &headers, body);
    assert_eq!(error.code(), &aws::Code::ProvisionedThroughputExceededException);
    assert_eq!(
        error.request_id(),
        Some("PBQN1A6E2HN5FJ1BV0RHB3HH1VVV4KQNSO5AEMVJF66Q9ASUAAJG")
    );
    assert_eq!(
        error.message(),
        Some("Rate of requests exceeds the allowed throughput.")
    );
    assert_eq!(error.retry(), Retry::Backoff);
    assert_eq!(error.category(), Category::ResourceExhausted);
    assert_eq!(error.raw_body(), None);
}

/// AWS asks a client to wait in `x-amz-retry-after` (milliseconds), which both SDKs read
/// (aws-runtime `retry_after_from_ctx`, botocore `ExponentialBackoff._get_retry_after_delay`);
/// a `Retry-After` (a proxy's) counts after it; a written error carries both.
#[test]
fn x_amz_retry_after_is_the_wait() {
    let body = br#"{"__type":"ThrottlingException","message":"Rate exceeded"}"#;
    let both = headers(&[("x-amz-retry-after", "1500"), ("retry-after", "9")]);
    let error = aws::Error::from_parts(400, &both, body);
    assert_eq!(error.retry_after(), Some(Duration::from_millis(1500)));
    let policy = RetryPolicy::for_provider::<aws::Code>();
    let delay = policy
        .decide(&error, &RetryContext::new(http::Method::GET))
        .delay();
    assert_eq!(delay, Some(Duration::from_millis(1500)));
    // A proxy's Retry-After alone; a value that is no whole number of milliseconds is passed over.
    let proxy = headers(&[("x-amz-retry-after", "soon"), ("retry-after", "3")]);
    assert_eq!(
        aws::Error::from_parts(400, &proxy, body).retry_after(),
        Some(Duration::from_secs(3))
    );
    // Written: milliseconds for the SDKs, seconds for anyone else.
    let written = aws::Error::new(aws::Code::ThrottlingException)
        .with_retry_after(Duration::from_secs(2))
        .to_response();
    assert_eq!(written.headers()["x-amz-retry-after"], "2000");
    assert_eq!(written.headers()["retry-after"], "2");
}

#[test]
fn aws_json_query_compatible_sqs() {
    let headers = headers(&[
        ("x-amzn-requestid", "6fde8d1e-52cd-4581-8cd9-c512f4c64223"),
        (
            "x-amzn-query-error",
            "AWS.SimpleQueueService.NonExistentQueue;Sender",
        ),
    ]);
    let body = br#"{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"The specified queue does not exist."}"#;
    let error = aws::Error::from_parts(400, &headers, body);
    assert_eq!(error.code().code(), "AWS.SimpleQueueService.NonExistentQueue");
    assert_eq!(error.extras().fault.as_deref(), Some("Sender"));
    // A header that is not `Code;Type` is ignored.
    let headers = headers_with("x-amzn-query-error", "A;B;C");
    assert_eq!(
        aws::Error::from_parts(400, &headers, body).code().code(),
        "QueueDoesNotExist"
    );
}

fn headers_with(name: &'static str, value: &str) -> http::HeaderMap {
    headers(&[(name, value)])
}

#[test]
fn rest_json_lambda_header_first() {
    let headers = headers(&[
        (
            "x-amzn-errortype",
            "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.lambda/",
        ),
        ("x-amzn-requestid", "b0e91dc8-3807-11e2-83c6-5912bf8ad066"),
    ]);
    let body = br#"{"Type":"User","Message":"Function not found: arn:aws:lambda:us-west-2:123456789012:function:my-function"}"#;
    let error = ProviderError::<Lambda>::from_parts(404, &headers, body);
    assert_eq!(error.code(), &Lambda::ResourceNotFound);
    assert_eq!(error.request_id(), Some("b0e91dc8-3807-11e2-83c6-5912bf8ad066"));
    assert!(error.message().unwrap().starts_with("Function not found"));
    // Without the header, the body's `code` (API Gateway, …).
    let error = ProviderError::<Lambda>::from_parts(
        429,
        &http::HeaderMap::new(),
        br#"{"code":"TooManyRequestsException","message":"Too Many Requests"}"#,
    );
    assert_eq!(error.code(), &Lambda::Base(aws::Code::TooManyRequestsException));
    assert!(error.is_retryable());
}

#[test]
fn rest_xml_s3_slow_down_with_host_id() {
    let headers = headers(&[
        ("x-amz-request-id", "4442587FB7D0A2F9"),
        (
            "x-amz-id-2",
            "vlR7PnpV2Ce81l0PRw6jlUpck7Jo5ZsQjryTjKlc5aLWGVHPZLj5NeC6qMa0emYBDXOo6QBU0Wo=",
        ),
    ]);
    let body = br#"<?xml version="1.0" encoding="UTF-8"?>
<Error>
  <Code>SlowDown</Code>
  <Message>Please reduce your request rate.</Message>
  <RequestId>4442587FB7D0A2F9</RequestId>
  <HostId>vlR7PnpV2Ce81l0PRw6jlUpck7Jo5ZsQjryTjKlc5aLWGVHPZLj5NeC6qMa0emYBDXOo6QBU0Wo=</HostId>
</Error>"#;
    let error = ProviderError::<S3>::from_parts(503, &headers, body);
    // Not one of S3's own codes here: `aws`'s, retryable as every SDK retries it.
    assert_eq!(error.code(), &S3::Base(aws::Code::SlowDown));
    assert!(error.is_retryable());
    assert_eq!(error.category(), Category::ResourceExhausted);
    assert_eq!(error.request_id(), Some("4442587FB7D0A2F9"));
    assert_eq!(
        error.extras().host_id.as_deref(),
        Some("vlR7PnpV2Ce81l0PRw6jlUpck7Jo5ZsQjryTjKlc5aLWGVHPZLj5NeC6qMa0emYBDXOo6QBU0Wo=")
    );
    assert_eq!(error.message(), Some("Please reduce your request rate."));
}

/// S3 answers a `HEAD` of a missing key with 404 and no body; its catalog reads that answer as
/// `NotFound` (`empty_body: true`, catalogs/aws/s3.curated.yaml), as aws-sdk-rust names it. Only
/// an empty body at that status: any other answer without a code keeps its body and no code.
#[test]
fn rest_xml_s3_bodiless_404_is_not_found() {
    use cloud_errors_aws::{cloudfront, s3};

    let headers = headers(&[
        ("x-amz-request-id", "4442587FB7D0A2F9"),
        ("x-amz-id-2", "aG9zdA=="),
    ]);
    let error = s3::Error::from_parts(404, &headers, b"");
    assert_eq!(error.code(), &s3::Code::NotFound);
    assert_eq!(
        (error.retry(), error.category()),
        (Retry::Never, Category::NotFound)
    );
    assert_eq!(error.request_id(), Some("4442587FB7D0A2F9"));
    assert_eq!(error.extras().host_id.as_deref(), Some("aG9zdA=="));
    assert_eq!(error.raw_body(), None);
    assert_eq!(
        error.to_string(),
        "AWS S3: HTTP 404, NotFound (request id 4442587FB7D0A2F9)"
    );
    assert_eq!(s3::Code::from_empty_body(404), Some(s3::Code::NotFound));
    assert_eq!(s3::Code::from_empty_body(403), None);

    let page = b"<html><body>Not Found</body></html>";
    for (status, body) in [(403, &b""[..]), (404, &page[..])] {
        let error = s3::Error::from_parts(status, &headers, body);
        assert_eq!(error.code().code(), "", "HTTP {status}");
        assert_eq!(error.raw_body(), Some(body), "HTTP {status}");
    }
    // Another restXml service, and a service of our own, name no code for it.
    assert_eq!(
        cloudfront::Error::from_parts(404, &headers, b"").code().code(),
        ""
    );
    assert_eq!(
        ProviderError::<S3>::from_parts(404, &headers, b"").code().code(),
        ""
    );
}

#[test]
fn expired_credentials_and_skewed_clocks_are_typed_in_every_service() {
    use cloud_errors_aws::{dynamodb, iam, s3, sts};

    // Neither DynamoDB's nor IAM's model lists these codes: they come from `aws`, typed, and a
    // retry cannot help.
    let get = RetryContext::new(http::Method::GET);
    let body = br#"{"__type":"com.amazon.coral.service#ExpiredTokenException","message":"The security token included in the request is expired"}"#;
    let error = dynamodb::Error::from_parts(400, &headers(&[("x-amzn-requestid", "R1")]), body);
    assert_eq!(
        error.code(),
        &dynamodb::Code::Base(aws::Code::ExpiredTokenException)
    );
    assert_eq!(
        (error.retry(), error.category()),
        (Retry::AfterFix, Category::Unauthenticated)
    );
    assert!(!error.decide(&get).is_retry());
    let body = b"<ErrorResponse><Error><Type>Sender</Type><Code>SignatureDoesNotMatch</Code><Message>m</Message></Error><RequestId>r</RequestId></ErrorResponse>";
    let error = iam::Error::from_parts(403, &http::HeaderMap::new(), body);
    assert_eq!(error.code(), &iam::Code::Base(aws::Code::SignatureDoesNotMatch));
    assert_eq!(
        (error.retry(), error.category()),
        (Retry::AfterFix, Category::Unauthenticated)
    );
    assert!(!error.decide(&get).is_retry());
    // S3 keeps its own variant, over `aws`'s definition.
    let body =
        b"<Error><Code>RequestTimeTooSkewed</Code><Message>m</Message><RequestId>r</RequestId></Error>";
    let error = s3::Error::from_parts(403, &http::HeaderMap::new(), body);
    assert_eq!(error.code(), &s3::Code::RequestTimeTooSkewed);
    assert_eq!(
        (error.retry(), error.category()),
        (Retry::AfterFix, Category::Unauthenticated)
    );
    // STS models ExpiredTokenException itself; its class is now `aws`'s.
    assert_eq!(sts::Code::ExpiredTokenException.retry(), Retry::AfterFix);
    assert_eq!(
        sts::Code::ExpiredTokenException.category(),
        Category::Unauthenticated
    );
}

#[test]
fn rest_xml_s3_error_under_http_200() {
    // CompleteMultipartUpload: the status line says 200, the body is an error.
    let body = br#"<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>InternalError</Code><Message>We encountered an internal error. Please try again.</Message><RequestId>656c76696e6727732072657175657374</RequestId><HostId>Uuag1LuByRx9e6j5Onimru9pO4ZVKnJ2Qz7/C1NPcfTWAtRPfTaOFg==</HostId></Error>"#;
    let error = ProviderError::<S3>::from_body(body).expect("an error under 200");
    assert_eq!(error.status(), 200);
    assert_eq!(error.code().code(), "InternalError");
    assert_eq!(error.request_id(), Some("656c76696e6727732072657175657374"));
    // A success body is none, even one with `<Error>` elements inside it.
    let success = br#"<?xml version="1.0" encoding="UTF-8"?>
<CompleteMultipartUploadResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Location>https://b.s3.amazonaws.com/k</Location><Bucket>b</Bucket><Key>k</Key><ETag>"3858f62230ac3c915f300c664312c11f-9"</ETag></CompleteMultipartUploadResult>"#;
    assert!(ProviderError::<S3>::from_body(success).is_none());
    assert!(
        ProviderError::<S3>::from_body(b"<ListBucketResult><Error>x</Error></ListBucketResult>").is_none()
    );
    assert!(ProviderError::<S3>::from_body(b"\x89PNG").is_none());
    // Its own status is kept by `new`: S3 is not an API of 200-only errors.
    assert_eq!(ProviderError::new(S3::NoSuchKey).status(), 404);
}

#[test]
fn rest_xml_cloudfront_error_response() {
    let body = br#"<?xml version="1.0"?>
<ErrorResponse xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/">
  <Error><Type>Sender</Type><Code>NoSuchDistribution</Code><Message>The specified distribution does not exist.</Message></Error>
  <RequestId>5e7fbd95-6c2a-4fa1-9b5b-3b0b32ee2a0b</RequestId>
</ErrorResponse>"#;
    let error = ProviderError::<S3>::from_parts(404, &http::HeaderMap::new(), body);
    assert_eq!(error.code().code(), "NoSuchDistribution");
    assert_eq!(error.extras().fault.as_deref(), Some("Sender"));
    assert_eq!(error.request_id(), Some("5e7fbd95-6c2a-4fa1-9b5b-3b0b32ee2a0b"));
}

#[test]
fn aws_query_iam() {
    let body = br#"<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
  <Error>
    <Type>Sender</Type>
    <Code>NoSuchEntity</Code>
    <Message>The role with name ci-deployer cannot be found.</Message>
  </Error>
  <RequestId>0e3a9b4c-8d0b-4f5e-9a41-93c6a7e0f1d2</RequestId>
</ErrorResponse>"#;
    let error = ProviderError::<Iam>::from_parts(404, &http::HeaderMap::new(), body);
    assert_eq!(error.code(), &Iam::NoSuchEntity);
    assert_eq!(error.request_id(), Some("0e3a9b4c-8d0b-4f5e-9a41-93c6a7e0f1d2"));
    assert_eq!(error.extras().fault.as_deref(), Some("Sender"));
    assert_eq!(error.retry(), Retry::Never);
    // Throttling in awsQuery: `Throttling` with 400, retried.
    let body = b"<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>r</RequestId></ErrorResponse>";
    let error = ProviderError::<Iam>::from_parts(400, &http::HeaderMap::new(), body);
    assert_eq!(error.code(), &Iam::Base(aws::Code::Throttling));
    assert!(error.is_retryable());
}

#[test]
fn ec2_query_request_limit() {
    let body = br#"<?xml version="1.0" encoding="UTF-8"?>
<Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>Request limit exceeded.</Message></Error></Errors><RequestID>a1b2c3d4-5678-90ab-cdef-EXAMPLE11111</RequestID></Response>"#;
    let error = ProviderError::<Ec2>::from_parts(503, &http::HeaderMap::new(), body);
    assert_eq!(error.code(), &Ec2::Base(aws::Code::RequestLimitExceeded));
    assert_eq!(error.request_id(), Some("a1b2c3d4-5678-90ab-cdef-EXAMPLE11111"));
    assert!(error.is_retryable());
    let body = b"<Response><Errors><Error><Code>InvalidInstanceID.NotFound</Code><Message>The instance ID 'i-1a2b3c4d' does not exist</Message></Error></Errors><RequestID>ea966190</RequestID></Response>";
    let error = ProviderError::<Ec2>::from_parts(400, &http::HeaderMap::new(), body);
    assert_eq!(error.code(), &Ec2::InvalidInstanceIdNotFound);
    assert_eq!(error.category(), Category::NotFound);
}

#[test]
fn codes_the_waiters_expect_are_typed() {
    use cloud_errors_aws::{cloudformation, ec2, sagemaker};

    // Right after RunInstances, a DescribeInstances may not see the instance yet.
    let body = b"<Response><Errors><Error><Code>InvalidInstanceID.NotFound</Code><Message>m</Message></Error></Errors><RequestID>ea966190</RequestID></Response>";
    let error = ec2::Error::from_parts(400, &http::HeaderMap::new(), body);
    assert_eq!(error.code(), &ec2::Code::InvalidInstanceIdNotFound);
    assert_eq!(
        (error.retry(), error.category()),
        (Retry::Never, Category::NotFound)
    );
    assert!(!error.decide(&RetryContext::new(http::Method::GET)).is_retry());
    // A name the rule would spell badly is curated; the wire code stays the service's.
    assert_eq!(
        ec2::Code::InvalidAmiIdNotFound.to_string(),
        "InvalidAMIID.NotFound"
    );
    assert_eq!(
        ec2::Code::from_code("NatGatewayNotFound"),
        ec2::Code::NatGatewayNotFound
    );
    // Codes imported models lack, curated beside them.
    let body = b"<ErrorResponse><Error><Type>Sender</Type><Code>ValidationError</Code><Message>Stack with id s does not exist</Message></Error><RequestId>r</RequestId></ErrorResponse>";
    let error = cloudformation::Error::from_parts(400, &http::HeaderMap::new(), body);
    assert_eq!(error.code(), &cloudformation::Code::ValidationError);
    assert_eq!(
        (error.retry(), error.category()),
        (Retry::Never, Category::InvalidArgument)
    );
    let body = br#"{"__type":"ValidationException","message":"m"}"#;
    let error = sagemaker::Error::from_parts(400, &http::HeaderMap::new(), body);
    assert_eq!(error.code(), &sagemaker::Code::ValidationException);
}

#[test]
fn rpcv2_cbor_cloudwatch() {
    // {"__type": "com.amazonaws.cloudwatch#InvalidParameterValueException"…}, written byte by byte.
    fn text(out: &mut Vec<u8>, value: &str) {
        assert!(value.len() < 256);
        if value.len() < 24 {
            out.push(0x60 | value.len() as u8);
        } else {
            out.extend([0x78, value.len() as u8]);
        }
        out.extend(value.as_bytes());
    }
    let mut body = vec![0xa2];
    text(&mut body, "__type");
    text(&mut body, "com.amazonaws.cloudwatch#InvalidParameterValue");
    text(&mut body, "Message");
    text(&mut body, "The value -1 for parameter Period is not valid.");
    let headers = headers(&[
        ("x-amzn-requestid", "7b8c2a31-0e2f-4b44-9fb4-4c35d2a0c9c1"),
        ("smithy-protocol", "rpc-v2-cbor"),
    ]);
    let error = ProviderError::<CloudWatch>::from_parts(400, &headers, &body);
    assert_eq!(error.code(), &CloudWatch::InvalidParameterValue);
    assert_eq!(error.request_id(), Some("7b8c2a31-0e2f-4b44-9fb4-4c35d2a0c9c1"));
    assert_eq!(
        error.message(),
        Some("The value -1 for parameter Period is not valid.")
    );
}

#[test]
fn rpcv2_cbor_service_answers_botocore_in_json() {
    let error = ProviderError::new(CloudWatch::InvalidParameterValue)
        .with_message("Period must be a multiple of 60.")
        .with_request_id("3f1e");
    let json = error.to_response_as::<AwsJson>();
    assert_eq!(json.headers()["content-type"], "application/x-amz-json-1.1");
    assert_eq!(json.headers()["x-amzn-requestid"], "3f1e");
    assert_eq!(
        json.body(),
        br#"{"__type":"InvalidParameterValue","message":"Period must be a multiple of 60."}"#
    );
    assert_eq!(ProviderError::<CloudWatch>::from_response(&json), error);
    // aws-sdk-rust's answer: the catalog's own envelope.
    let cbor = error.to_response();
    assert_eq!(cbor.headers()["content-type"], "application/cbor");
    assert_eq!(ProviderError::<CloudWatch>::from_response(&cbor), error);
}

#[test]
fn odd_bodies_keep_the_raw_body_in_every_protocol() {
    fn check<C: ProviderCode>() {
        let mut huge = b"<Error><Message>".to_vec();
        huge.resize(4 << 20, b'x');
        let bodies: Vec<(&str, Vec<u8>)> = vec![
            ("empty", Vec::new()),
            ("HTML 502 page", b"<html><head><title>502 Bad Gateway</title></head><body></body></html>".to_vec()),
            ("truncated XML", b"<Error><Code>SlowDown</Code><Mess".to_vec()),
            ("truncated JSON", br#"{"__type":"SlowDown","mess"#.to_vec()),
            ("unclosed huge text", huge),
            ("deeply nested XML", b"<a>".repeat(200_000)),
            ("deeply nested JSON", b"[".repeat(100_000)),
            ("deeply nested CBOR", [vec![0xa1, 0x61, b'x'], vec![0x81; 100_000], vec![0]].concat()),
            (
                "entity expansion",
                b"<?xml version=\"1.0\"?><!DOCTYPE Error [<!ENTITY a \"aaaaaaaaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><Error><Code>&c;</Code></Error>".to_vec(),
            ),
            ("invalid UTF-8", b"<Error><Code>Slow\xffDown</Code></Error>".to_vec()),
            ("wrong JSON types", br#"{"__type": 5, "message": []}"#.to_vec()),
        ];
        for (what, body) in &bodies {
            for status in [400, 403, 500, 503] {
                let error = ProviderError::<C>::from_parts(status, &http::HeaderMap::new(), body);
                assert_status_decides(&error, status, body, &format!("{} {what}", C::Envelope::NAME));
            }
        }
    }
    check::<aws::Code>();
    check::<Lambda>();
    check::<S3>();
    check::<Iam>();
    check::<Ec2>();
    check::<CloudWatch>();
}

/// A code that every protocol can carry: none of `:` and `#` (the SDKs cut at them), no control
/// characters (XML has no place for most of them) and no spaces around it.
fn code<C: ProviderCode>() -> impl Strategy<Value = C> {
    let known: Vec<C> = C::known()
        .chain(aws::Code::known().map(|code| C::from_code(code.code())))
        .collect();
    prop_oneof![
        3 => proptest::sample::select(known),
        1 => "[A-Za-z0-9][A-Za-z0-9._;-]{0,40}".prop_map(|code| C::from_code(&code)),
    ]
}

/// An error with any message, request id, status, `Retry-After` and extras.
fn error<C: ProviderCode<Envelope: Envelope<Extras = AwsExtras>>>() -> impl Strategy<Value = ProviderError<C>>
{
    (
        error_with(code::<C>()),
        proptest::option::of(any::<String>()),
        proptest::option::of(prop_oneof!["Sender", "Receiver", any::<String>()]),
    )
        .prop_map(|(error, host_id, fault)| {
            let mut extras = AwsExtras::default();
            extras.host_id = host_id;
            extras.fault = fault;
            error.with_extras(extras)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn aws_json(error in error::<aws::Code>()) {
        round_trip(&error)?;
    }

    #[test]
    fn aws_rest_json(error in error::<Lambda>()) {
        round_trip(&error)?;
    }

    #[test]
    fn aws_rest_xml(error in error::<S3>()) {
        round_trip(&error)?;
    }

    #[test]
    fn aws_query(error in error::<Iam>()) {
        round_trip(&error)?;
    }

    #[test]
    fn aws_ec2(error in error::<Ec2>()) {
        round_trip(&error)?;
    }

    #[test]
    fn aws_cbor(error in error::<CloudWatch>()) {
        round_trip(&error)?;
    }

    /// A service that offers rpcv2Cbor beside awsJson answers botocore in JSON
    /// (`to_response_as`), and its own envelope reads that answer back whole.
    #[test]
    fn aws_cbor_answering_in_json(error in error::<CloudWatch>()) {
        let response = error.to_response_as::<AwsJson>();
        prop_assert_eq!(ProviderError::<CloudWatch>::from_response(&response), error);
    }
}

/// Every code of catalogs/aws.yaml in every protocol, with a message that tests the escaping, a
/// request id and a host id, once each (the proptests sample them).
#[test]
fn every_code_of_aws_in_every_protocol() {
    fn all<C: ProviderCode<Envelope: Envelope<Extras = AwsExtras>>>() -> usize {
        let mut count = 0;
        for base in aws::Code::known() {
            let code = C::from_code(base.code());
            assert!(code.is_known(), "{}", base.code());
            let error = ProviderError::new(code)
                .with_message(
                    "quote \" apostrophe ' lt < amp & gt > cr \r newline \n tab \t NUL \0 é 漢字 😀 ]]>",
                )
                .with_request_id("req-1")
                .with_extras(AwsExtras::default().with_host_id("host/id+2=="));
            round_trip(&error).unwrap();
            // A code without a status is written with its category's.
            let status = base.http_statuses().first().copied();
            assert_eq!(
                error.status(),
                status.unwrap_or(base.category().http_status()),
                "{}",
                base.code()
            );
            count += 1;
        }
        count
    }
    assert_eq!(all::<aws::Code>(), 20);
    assert_eq!(all::<Lambda>(), 20);
    assert_eq!(all::<S3>(), 20);
    assert_eq!(all::<Iam>(), 20);
    assert_eq!(all::<Ec2>(), 20);
    assert_eq!(all::<CloudWatch>(), 20);
}

/// What `to_response` writes, byte for byte, in each protocol.
#[test]
fn written_bodies() {
    fn write<C: ProviderCode<Envelope: Envelope<Extras = AwsExtras>>>(code: &str) -> http::Response<Vec<u8>> {
        ProviderError::new(C::from_code(code))
            .with_message("Slow down & retry <later>")
            .with_request_id("R1")
            .with_extras(AwsExtras::default().with_host_id("H2"))
            .to_response()
    }
    let text = |response: &http::Response<Vec<u8>>| String::from_utf8(response.body().clone()).unwrap();

    let response = write::<S3>("SlowDown");
    assert_eq!(response.status(), 503);
    assert_eq!(response.headers()["content-type"], "application/xml");
    assert_eq!(response.headers()["x-amz-request-id"], "R1");
    assert_eq!(response.headers()["x-amz-id-2"], "H2");
    assert_eq!(
        text(&response),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SlowDown</Code><Message>Slow down &amp; retry &lt;later&gt;</Message><RequestId>R1</RequestId><HostId>H2</HostId></Error>"
    );

    let response = write::<Iam>("Throttling");
    assert_eq!(response.status(), 400);
    assert_eq!(response.headers()["content-type"], "text/xml");
    assert_eq!(
        text(&response),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Slow down &amp; retry &lt;later&gt;</Message></Error><RequestId>R1</RequestId></ErrorResponse>"
    );

    let response = write::<Ec2>("RequestLimitExceeded");
    assert_eq!(
        text(&response),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>Slow down &amp; retry &lt;later&gt;</Message></Error></Errors><RequestID>R1</RequestID></Response>"
    );

    let response = write::<aws::Code>("ThrottlingException");
    assert_eq!(response.headers()["content-type"], "application/x-amz-json-1.1");
    assert_eq!(response.headers()["x-amzn-requestid"], "R1");
    assert_eq!(
        text(&response),
        r#"{"__type":"ThrottlingException","message":"Slow down & retry <later>"}"#
    );

    let response = write::<Lambda>("TooManyRequestsException");
    assert_eq!(response.headers()["x-amzn-errortype"], "TooManyRequestsException");
    assert_eq!(
        text(&response),
        r#"{"code":"TooManyRequestsException","message":"Slow down & retry <later>"}"#
    );

    let response = write::<CloudWatch>("Throttling");
    assert_eq!(response.headers()["content-type"], "application/cbor");
    assert_eq!(response.headers()["smithy-protocol"], "rpc-v2-cbor");
    let mut expected = vec![0xa2, 0x66];
    expected.extend(b"__type");
    expected.push(0x6a);
    expected.extend(b"Throttling");
    expected.push(0x67);
    expected.extend(b"message");
    expected.push(0x78);
    expected.push(25);
    expected.extend(b"Slow down & retry <later>");
    assert_eq!(response.body(), &expected);
}

#[test]
fn a_fault_is_written_where_the_protocol_has_a_place_for_it() {
    // restXml with a fault: the `<ErrorResponse>` form.
    let error = ProviderError::new(S3::NoSuchKey).with_extras(AwsExtras::default().with_fault("Sender"));
    let response = error.to_response();
    assert!(response.body().starts_with(
        b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ErrorResponse><Error><Type>Sender</Type>"
    ));
    assert_eq!(ProviderError::<S3>::from_response(&response), error);
    // JSON: the query-compatible header.
    let error =
        ProviderError::new(aws::Code::Throttling).with_extras(AwsExtras::default().with_fault("Sender"));
    assert_eq!(
        error.to_response().headers()["x-amzn-query-error"],
        "Throttling;Sender"
    );
    // ec2Query has none.
    let error = ProviderError::new(Ec2::InvalidInstanceIdNotFound)
        .with_extras(AwsExtras::default().with_fault("Sender"));
    assert_eq!(error.extras().fault, None);
    // awsQuery always writes one, from the status when none is set.
    assert_eq!(
        ProviderError::new(Iam::NoSuchEntity).extras().fault.as_deref(),
        Some("Sender")
    );
    let error = ProviderError::new(Iam::from_code("RequestLimitExceeded"));
    assert_eq!(
        (error.status(), error.extras().fault.as_deref()),
        (503, Some("Receiver"))
    );
}
