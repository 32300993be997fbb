//! Both sides of the wire in one program: an axum service that declares its error codes with
//! `#[cloud_error]` and answers them in OCI's envelope, and a reqwest client that reads those
//! answers with the same types and retries them with the provider's retry policy. Every line shows what the
//! service sent and what the client decided; the program stops by itself.
//!
//! Run: `cargo run --example service`

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use cloud_errors::reqwest::{call, CallError, CallOptions};
use cloud_errors::{cloud_error, ProviderCode, ProviderError, RetryPolicy};

/// The error codes of our queue service, answered like OCI answers errors.
#[cloud_error(provider = "Acme Queue", envelope = "oci")]
pub enum QueueCode {
    /// Too many messages were sent to the queue in too short a time.
    #[code("TooManyRequests", status = 429, retry = "backoff")]
    Throttled,
    /// The queue is failing over to another node.
    #[code("QueueUnavailable", status = 503, retry = "backoff")]
    Unavailable,
    /// No queue has this name.
    #[code("QueueNotFound", status = 404, category = "not_found")]
    NotFound,
}

type QueueError = ProviderError<QueueCode>;

/// How many requests each queue has received, to script the service's answers.
type Attempts = Arc<Mutex<HashMap<String, usize>>>;

/// `POST /queues/{name}/messages`: the `orders` queue is throttled, then failing over, then
/// takes the message; `missing` does not exist.
async fn post_message(
    State(attempts): State<Attempts>,
    Path(queue): Path<String>,
) -> Result<(StatusCode, String), QueueError> {
    let attempt = {
        let mut attempts = attempts.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let count = attempts.entry(queue.clone()).or_insert(0);
        *count += 1;
        *count
    };
    let request_id = format!("{queue}/{attempt}");
    let answer = match (queue.as_str(), attempt) {
        ("orders", 1) => Err(QueueError::new(QueueCode::Throttled)
            .with_message("Queue orders accepts 10 messages per second.")
            .with_request_id(request_id)
            .with_retry_after(Duration::from_secs(1))),
        ("orders", 2) => Err(QueueError::new(QueueCode::Unavailable)
            .with_message("Queue orders is failing over.")
            .with_request_id(request_id)),
        ("orders", _) => Ok((StatusCode::CREATED, r#"{"messageId":"m-1"}"#.to_owned())),
        _ => Err(QueueError::new(QueueCode::NotFound)
            .with_message(format!("No queue is named {queue}."))
            .with_request_id(request_id)),
    };
    match &answer {
        Ok((status, body)) => println!("  service: {status} {body}"),
        Err(error) => {
            let response = error.to_response();
            println!(
                "  service: {} {} {}",
                response.status(),
                response
                    .headers()
                    .iter()
                    .map(|(name, value)| format!("{name}: {}", value.to_str().unwrap_or("?")))
                    .collect::<Vec<_>>()
                    .join(", "),
                String::from_utf8_lossy(response.body())
            );
        }
    }
    answer
}

/// The client: `cloud_errors::reqwest::call` sends and retries with the provider's retry policy
/// (here OCI's, with short delays), printing each failed attempt and the decision taken on it.
async fn send_message(client: &reqwest::Client, base: &str, queue: &str) {
    println!("\n== POST /queues/{queue}/messages");
    let policy = RetryPolicy::for_provider::<QueueCode>()
        .with_max_attempts(4)
        .with_base(Duration::from_millis(100))
        .with_jitter(false);
    let options = CallOptions::default()
        .with_attempt_timeout(Duration::from_secs(2))
        .with_deadline(Duration::from_secs(10));
    // The same idempotency token on every attempt: the POST may be retried safely.
    let request = client
        .post(format!("{base}/queues/{queue}/messages"))
        .header("opc-retry-token", format!("{queue}-token"));
    let result = call::<QueueCode>(request, &policy, &options, |failed| {
        match failed.error {
            CallError::Provider(error) => println!(
                "client: attempt {} read {error} (retry class `{}`, category `{}`)",
                failed.attempt,
                error.retry(),
                error.category()
            ),
            other => println!("client: attempt {} failed: {other}", failed.attempt),
        }
        println!("client: decided to {}", failed.decision);
    })
    .await;
    match result {
        Ok(answer) => println!("client: success, {}", String::from_utf8_lossy(&answer.body)),
        Err(error) => println!("client: gave up with {error}"),
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let app = axum::Router::new()
        .route("/queues/{queue}/messages", axum::routing::post(post_message))
        .with_state(Attempts::default());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });
    println!("service: {} on {base}", <QueueCode as ProviderCode>::PROVIDER);

    let client = reqwest::Client::new();
    send_message(&client, &base, "orders").await;
    send_message(&client, &base, "missing").await;

    let _ = stop.send(());
    server.await??;
    Ok(())
}
