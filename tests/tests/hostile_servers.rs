//! Broken and hostile servers against the `reqwest` glue (`cloud_errors::reqwest::call`): every
//! call ends within its deadline, memory stays bounded, and the error says what happened.
//!
//! Its own test binary with a single test, so the peak memory it reads (`VmHWM` in
//! /proc/self/status) is this test's alone. The server listens on 127.0.0.1 only, serves at most
//! `MAX_CONNECTIONS` connections, each for at most `CONNECTION_LIFETIME`, and stops by itself.

use std::time::{Duration, Instant};

use cloud_errors::reqwest::{call, CallError, CallOptions, Limits};
use cloud_errors::{oci, Decision, RetryPolicy, StopReason, TransportFailure};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const MAX_CONNECTIONS: usize = 64;
const CONNECTION_LIFETIME: Duration = Duration::from_secs(20);
const SERVER_LIFETIME: Duration = Duration::from_secs(60);
/// The bound on peak memory growth over the whole test: a 1 GB body read whole would need
/// 1,000 MB; the glue keeps 64 KiB of it.
const MEMORY_GROWTH_BOUND_KIB: u64 = 8 * 1024;

/// Peak resident memory of this process, in KiB.
fn vm_hwm_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM in /proc/self/status")
}

/// Reads the request head (bounded) and returns its path.
async fn read_path(stream: &mut TcpStream) -> Option<String> {
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        if head.len() > 16 * 1024 {
            return None;
        }
        let n = stream.read(&mut buf).await.ok()?;
        if n == 0 {
            return None;
        }
        head.extend_from_slice(&buf[..n]);
    }
    let line = head.split(|&b| b == b'\r').next()?;
    let line = std::str::from_utf8(line).ok()?;
    line.split(' ').nth(1).map(str::to_owned)
}

const OCI_500: &str = r#"{"code":"InternalServerError","message":"#;

async fn serve(mut stream: TcpStream) -> std::io::Result<()> {
    let Some(path) = read_path(&mut stream).await else {
        return Ok(());
    };
    // One static 64 KiB block, written again and again: the server never holds a large body.
    static BLOCK: [u8; 64 * 1024] = [b' '; 64 * 1024];
    match path.as_str() {
        "/gigabyte" => {
            let size: u64 = 1 << 30;
            stream
                .write_all(format!("HTTP/1.1 500 Internal Server Error\r\ncontent-type: application/json\r\ncontent-length: {size}\r\n\r\n{OCI_500}\"").as_bytes())
                .await?;
            let mut sent = (OCI_500.len() + 1) as u64;
            while sent < size {
                let n = (size - sent).min(BLOCK.len() as u64) as usize;
                stream.write_all(&BLOCK[..n]).await?;
                sent += n as u64;
            }
        }
        "/endless" => {
            stream
                .write_all(b"HTTP/1.1 503 Service Unavailable\r\ncontent-type: text/html\r\ntransfer-encoding: chunked\r\n\r\n")
                .await?;
            loop {
                stream
                    .write_all(format!("{:x}\r\n", BLOCK.len()).as_bytes())
                    .await?;
                stream.write_all(&BLOCK).await?;
                stream.write_all(b"\r\n").await?;
            }
        }
        "/drip" => {
            stream
                .write_all(b"HTTP/1.1 500 Internal Server Error\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n")
                .await?;
            for _ in 0..100 {
                stream.write_all(b" ").await?;
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
        "/retry-after-huge" => {
            let body = r#"{"code":"TooManyRequests","message":"wait"}"#;
            stream
                .write_all(format!("HTTP/1.1 429 Too Many Requests\r\nretry-after: 100000000000000000000\r\ncontent-length: {}\r\n\r\n{body}", body.len()).as_bytes())
                .await?;
        }
        "/retry-after-2100" => {
            let body = r#"{"code":"ServiceUnavailable","message":"later"}"#;
            stream
                .write_all(format!("HTTP/1.1 503 Service Unavailable\r\nretry-after: Fri, 01 Jan 2100 00:00:00 GMT\r\nretry-after: 1\r\ncontent-length: {}\r\n\r\n{body}", body.len()).as_bytes())
                .await?;
        }
        "/drop" => {
            stream
                .write_all(b"HTTP/1.1 500 Internal Server Error\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{\"code\":\"Inte")
                .await?;
            // Closed mid-body.
        }
        "/headers" => {
            let body = r#"{"code":"InvalidParameter","message":"bad"}"#;
            let mut head = b"HTTP/1.1 400 Bad Request\r\nopc-request-id: ".to_vec();
            head.extend(std::iter::repeat_n(b'x', 16 * 1024));
            head.extend_from_slice(b"\xff\xfe\r\n");
            head.extend_from_slice(format!("content-length: {}\r\n\r\n{body}", body.len()).as_bytes());
            stream.write_all(&head).await?;
        }
        "/big-success" => {
            stream
                .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 1048576\r\n\r\n")
                .await?;
            for _ in 0..16 {
                stream.write_all(&BLOCK).await?;
            }
        }
        _ => {
            stream
                .write_all(b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n")
                .await?
        }
    }
    stream.shutdown().await
}

async fn start_server() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        let accept_all = async {
            for _ in 0..MAX_CONNECTIONS {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                tokio::spawn(async move {
                    let _ = tokio::time::timeout(CONNECTION_LIFETIME, serve(stream)).await;
                });
            }
        };
        let _ = tokio::time::timeout(SERVER_LIFETIME, accept_all).await;
    });
    url
}

/// Runs one call with short waits, and returns its result, the decisions and how long it took.
async fn run(
    client: &reqwest::Client,
    url: &str,
    options: &CallOptions,
) -> (
    Result<cloud_errors::reqwest::Answer, CallError<oci::Code>>,
    Vec<Decision>,
    Duration,
) {
    let policy = RetryPolicy::for_provider::<oci::Code>()
        .with_max_attempts(2)
        .with_base(Duration::from_millis(10))
        .with_cap(Duration::from_millis(50));
    let mut decisions = Vec::new();
    let start = Instant::now();
    let result = call::<oci::Code>(client.get(url), &policy, options, |failed| {
        decisions.push(failed.decision)
    })
    .await;
    (result, decisions, start.elapsed())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_servers_end_within_deadlines_and_bounded_memory() {
    let url = start_server().await;
    let client = reqwest::Client::new();
    let deadline = Duration::from_secs(5);
    let slack = Duration::from_secs(2);
    let options = CallOptions::default()
        .with_deadline(deadline)
        .with_attempt_timeout(Duration::from_secs(2));
    // Warm up the client and runtime, then take the baseline.
    let _ = run(&client, &format!("{url}/none"), &options).await;
    let baseline = vm_hwm_kib();

    // A 1 GB error body: 64 KiB kept and parsed, the cut recorded with the declared length.
    let (result, decisions, took) = run(&client, &format!("{url}/gigabyte"), &options).await;
    assert!(took < deadline + slack, "{took:?}");
    let Err(CallError::Provider(error)) = &result else {
        panic!("{result:?}")
    };
    let cut = error.truncated().expect("the body was cut");
    assert_eq!(
        (cut.kept, cut.declared),
        (Limits::DEFAULT_ERROR_BODY, Some(1 << 30))
    );
    // Cut mid-JSON: the status still types the error, and the prefix is kept.
    assert_eq!(error.status(), 500);
    assert_eq!(
        error.raw_body().map(<[u8]>::len),
        Some(Limits::DEFAULT_ERROR_BODY)
    );
    assert!(
        error
            .to_string()
            .contains("body cut to its first 65536 of 1073741824 bytes"),
        "{error}"
    );
    assert_eq!(
        decisions.last().and_then(Decision::stop_reason),
        Some(StopReason::AttemptsSpent { attempts: 2 })
    );

    // An endless chunked error body: cut, no declared length.
    let (result, _, took) = run(&client, &format!("{url}/endless"), &options).await;
    assert!(took < deadline + slack, "{took:?}");
    let Err(CallError::Provider(error)) = &result else {
        panic!("{result:?}")
    };
    assert_eq!(error.status(), 503);
    assert_eq!(
        error.truncated().map(|cut| (cut.kept, cut.declared)),
        Some((Limits::DEFAULT_ERROR_BODY, None))
    );

    // A body dripping a byte a second: each attempt times out; the call ends within its deadline.
    let (result, _, took) = run(&client, &format!("{url}/drip"), &options).await;
    assert!(took < deadline + slack, "{took:?}");
    match &result {
        Err(error @ CallError::Transport(_)) => {
            assert_eq!(
                error.transport_failure(),
                Some(TransportFailure::Timeout),
                "{error}"
            )
        }
        Err(CallError::Deadline { deadline: d, .. }) => assert_eq!(*d, deadline),
        other => panic!("{other:?}"),
    }

    // Retry-After of 10^20 seconds: stop at once with that reason, no sleeping.
    let (result, decisions, took) = run(&client, &format!("{url}/retry-after-huge"), &options).await;
    assert!(took < slack, "{took:?}");
    assert!(matches!(&result, Err(CallError::Provider(error)) if error.status() == 429));
    assert!(
        matches!(
            decisions.as_slice(),
            [Decision::Stop(StopReason::RetryAfterTooLong { asked, .. })] if *asked == Duration::from_secs(u64::MAX)
        ),
        "{decisions:?}"
    );

    // A date in 2100 (and a second, duplicate Retry-After: the first counts).
    let (result, decisions, took) = run(&client, &format!("{url}/retry-after-2100"), &options).await;
    assert!(took < slack, "{took:?}");
    assert!(matches!(&result, Err(CallError::Provider(error)) if error.status() == 503));
    assert!(
        matches!(
            decisions.as_slice(),
            [Decision::Stop(StopReason::RetryAfterTooLong { .. })]
        ),
        "{decisions:?}"
    );

    // A connection dropped mid-body: a transport failure that says so; a GET may retry it.
    let (result, decisions, took) = run(&client, &format!("{url}/drop"), &options).await;
    assert!(took < deadline + slack, "{took:?}");
    let Err(error) = &result else { panic!("{result:?}") };
    assert_eq!(
        error.transport_failure(),
        Some(TransportFailure::ConnectionLost),
        "{error}"
    );
    assert_eq!(decisions.len(), 2, "{decisions:?}");

    // A 16 KiB, non-UTF-8 opc-request-id: kept (lossily), no panic.
    let (result, _, _) = run(&client, &format!("{url}/headers"), &options).await;
    let Err(CallError::Provider(error)) = &result else {
        panic!("{result:?}")
    };
    let request_id = error.request_id().unwrap();
    assert!(
        request_id.starts_with("xxxx") && request_id.ends_with('\u{FFFD}'),
        "{}",
        &request_id[request_id.len() - 8..]
    );

    // A successful answer over an opt-in limit is its own error.
    let limited = options
        .clone()
        .with_limits(Limits::default().with_success_body(Some(1024)));
    let (result, _, _) = run(&client, &format!("{url}/big-success"), &limited).await;
    assert!(
        matches!(
            result,
            Err(CallError::AnswerTooLarge {
                limit: 1024,
                declared: Some(1_048_576)
            })
        ),
        "{result:?}"
    );

    let growth = vm_hwm_kib().saturating_sub(baseline);
    eprintln!("VmHWM: {baseline} KiB after warm-up, grew by {growth} KiB");
    assert!(
        growth < MEMORY_GROWTH_BOUND_KIB,
        "peak memory grew by {growth} KiB (bound {MEMORY_GROWTH_BOUND_KIB} KiB)"
    );
}
