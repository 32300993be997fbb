//! A fake provider for testing clients (the `testing` feature): an HTTP/1 server on 127.0.0.1
//! that answers each route (method and path) from a script, or from a function of the request,
//! and records every request with what it was answered.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> std::io::Result<()> {
//! use cloud_errors::testing::{Answered, FakeProvider, Reply};
//! use cloud_errors::{oci, ErrorCode};
//! use http::{Method, StatusCode};
//!
//! let throttled = oci::Error::new(oci::Code::TooManyRequests).with_message("Slow down.");
//! let provider = FakeProvider::builder()
//!     .on(Method::GET, "/instances", [Reply::error(&throttled), Reply::json(StatusCode::OK, "[]")])
//!     .start()
//!     .await?;
//!
//! let first = reqwest::get(provider.url_for("/instances")).await.unwrap();
//! let error = cloud_errors::reqwest::read::<oci::Code>(first).await.unwrap_err();
//! assert!(error.is_retryable());
//! let second = reqwest::get(provider.url_for("/instances")).await.unwrap();
//! assert_eq!(second.text().await.unwrap(), "[]");
//!
//! let received = provider.requests_to(&Method::GET, "/instances");
//! let answers: Vec<Answered> = received.iter().map(|request| request.answer).collect();
//! assert_eq!(
//!     answers,
//!     [Answered::Status(StatusCode::TOO_MANY_REQUESTS), Answered::Status(StatusCode::OK)]
//! );
//! # Ok(())
//! # }
//! ```

use std::collections::HashMap;
use std::fmt;
use std::net::{Ipv4Addr, SocketAddr};
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use bytes::Bytes;
use http::header::{HeaderName, HeaderValue, CONTENT_TYPE};
use http::{HeaderMap, Method, StatusCode};
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;

use crate::{ProviderCode, ProviderError};

/// The largest request body the fake provider reads: a larger one is answered 413 and recorded
/// without its body, so a runaway client cannot exhaust the test's memory.
pub const MAX_REQUEST_BODY: usize = 16 << 20;

/// One scripted answer: a response (after an optional delay), or a dropped connection.
#[derive(Clone, Debug)]
pub struct Reply {
    action: Action,
    delay: Duration,
}

#[derive(Clone, Debug)]
enum Action {
    Respond {
        status: StatusCode,
        headers: HeaderMap,
        body: Vec<u8>,
    },
    DropConnection,
}

impl Reply {
    /// A provider error, exactly as [`ProviderError::to_response`] writes it.
    pub fn error<C: ProviderCode>(error: &ProviderError<C>) -> Reply {
        Reply::response(error.to_response())
    }

    /// Any response.
    pub fn response(response: http::Response<Vec<u8>>) -> Reply {
        let (parts, body) = response.into_parts();
        Reply {
            action: Action::Respond {
                status: parts.status,
                headers: parts.headers,
                body,
            },
            delay: Duration::ZERO,
        }
    }

    /// A JSON body with any status: a success, or an error body written by hand (say, one with
    /// fields [`ProviderError`] does not write).
    pub fn json(status: StatusCode, body: impl Into<Vec<u8>>) -> Reply {
        Reply::with_type(status, "application/json", body.into())
    }

    /// An XML body with any status, as Azure Storage answers (`<Error><Code>…</Code>…</Error>`):
    /// an error body written by hand, with elements [`ProviderError`] does not write, or a
    /// service's XML success body. Headers such as `x-ms-error-code` go on with
    /// [`with_header`](Reply::with_header).
    ///
    /// ```
    /// use cloud_errors::testing::Reply;
    /// use http::header::{HeaderName, HeaderValue};
    /// use http::StatusCode;
    ///
    /// let denied = Reply::xml(
    ///     StatusCode::FORBIDDEN,
    ///     "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>AuthorizationFailure</Code>\
    ///      <Message>Not allowed.</Message></Error>",
    /// )
    /// .with_header(HeaderName::from_static("x-ms-error-code"), HeaderValue::from_static("AuthorizationFailure"));
    /// # let _ = denied;
    /// ```
    pub fn xml(status: StatusCode, body: impl Into<Vec<u8>>) -> Reply {
        Reply::with_type(status, "application/xml", body.into())
    }

    /// An HTML page, what a gateway or load balancer in front of the service answers, in no
    /// provider's envelope.
    pub fn html(status: StatusCode, page: impl Into<String>) -> Reply {
        Reply::with_type(status, "text/html", page.into().into_bytes())
    }

    /// nginx's page for a gateway error (502, 503, 504): the classic body no provider parser
    /// understands.
    pub fn gateway_page(status: StatusCode) -> Reply {
        let title = format!(
            "{} {}",
            status.as_str(),
            status.canonical_reason().unwrap_or("Bad Gateway")
        );
        Reply::html(
            status,
            format!(
                "<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
            ),
        )
    }

    /// Closes the connection after reading the request, without answering: what the client sees
    /// when a server or a proxy dies mid-request.
    pub fn drop_connection() -> Reply {
        Reply {
            action: Action::DropConnection,
            delay: Duration::ZERO,
        }
    }

    /// Waits `delay` before answering (or dropping the connection), to exercise a client's
    /// timeouts.
    pub fn after(mut self, delay: Duration) -> Reply {
        self.delay = delay;
        self
    }

    /// Sets a response header, replacing any value it had (the content type included). A
    /// dropped connection has no headers: there it does nothing.
    ///
    /// ```
    /// use cloud_errors::testing::Reply;
    /// use http::header::{HeaderName, HeaderValue};
    /// use http::StatusCode;
    ///
    /// // A page of results with the link to the next one, as OCI sends it.
    /// let page = Reply::json(StatusCode::OK, r#"{"items":[]}"#)
    ///     .with_header(HeaderName::from_static("opc-next-page"), HeaderValue::from_static("p-2"));
    /// # let _ = page;
    /// ```
    pub fn with_header(mut self, name: HeaderName, value: HeaderValue) -> Reply {
        if let Action::Respond { headers, .. } = &mut self.action {
            headers.insert(name, value);
        }
        self
    }

    /// What the fake provider records of this reply.
    fn answered(&self) -> Answered {
        match &self.action {
            Action::Respond { status, .. } => Answered::Status(*status),
            Action::DropConnection => Answered::Dropped,
        }
    }

    fn with_type(status: StatusCode, content_type: &'static str, body: Vec<u8>) -> Reply {
        let mut headers = HeaderMap::new();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
        Reply {
            action: Action::Respond {
                status,
                headers,
                body,
            },
            delay: Duration::ZERO,
        }
    }
}

/// What the fake provider answered a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Answered {
    /// A response with this status: the scripted one, 404 for a route without a script, 413 for
    /// a body over [`MAX_REQUEST_BODY`]. After a [delay](Reply::after), it is what was sent, or
    /// was about to be when the client gave up.
    Status(StatusCode),
    /// The connection was closed without a response ([`Reply::drop_connection`]).
    Dropped,
}

impl Answered {
    /// The response's status; `None` for a dropped connection.
    pub fn status(self) -> Option<StatusCode> {
        match self {
            Answered::Status(status) => Some(status),
            Answered::Dropped => None,
        }
    }
}

/// A request as the fake provider received it, and what it answered.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Received {
    /// The method.
    pub method: Method,
    /// The path, without the query.
    pub path: String,
    /// The query, without the `?`, where there was one.
    pub query: Option<String>,
    /// Every header.
    pub headers: HeaderMap,
    /// The body (empty if it was over [`MAX_REQUEST_BODY`]).
    pub body: Vec<u8>,
    /// What the fake provider answered it.
    pub answer: Answered,
}

impl Received {
    /// A header's value as text, `None` if absent or not visible ASCII.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|value| value.to_str().ok())
    }
}

/// A function choosing each reply of a route: see [`FakeProviderBuilder::on_fn`].
type Responder = dyn Fn(&http::Request<Vec<u8>>) -> Reply + Send + Sync;

/// How a route answers.
enum Script {
    /// Replies in order, the last repeating; `next` is how far it has got.
    Replies {
        replies: Vec<Reply>,
        next: usize,
    },
    Function(Arc<Responder>),
}

impl Script {
    /// The next reply; `None` for an empty list of replies.
    fn next(&mut self) -> Option<Next> {
        match self {
            Script::Replies { replies, next } => {
                let reply = replies.get(*next).or(replies.last())?.clone();
                *next = (*next + 1).min(replies.len());
                Some(Next::Reply(reply))
            }
            Script::Function(respond) => Some(Next::Call(Arc::clone(respond))),
        }
    }
}

/// A route's next reply, or the function to ask for it once the routes' lock is released (a
/// slow function must not hold up the other routes).
enum Next {
    Reply(Reply),
    Call(Arc<Responder>),
}

/// The routes, by method and path (a map: a test may script thousands).
type Routes = HashMap<(Method, String), Script>;

#[derive(Default)]
struct State {
    routes: Mutex<Routes>,
    received: Mutex<Vec<Received>>,
}

/// A lock that survives a panicking test thread: the data is plain records.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl State {
    /// The route's next reply. `None` for a route nobody scripted.
    fn next_reply(&self, request: &http::Request<Vec<u8>>) -> Option<Reply> {
        let key = (request.method().clone(), request.uri().path().to_owned());
        let next = lock(&self.routes).get_mut(&key)?.next()?;
        Some(match next {
            Next::Reply(reply) => reply,
            // A function that panics drops the connection, and the request is recorded so.
            Next::Call(respond) => panic::catch_unwind(AssertUnwindSafe(|| respond(request)))
                .unwrap_or_else(|_| Reply::drop_connection()),
        })
    }
}

/// Scripts the routes of a [`FakeProvider`] before it starts.
#[derive(Default)]
#[must_use = "the fake provider runs only once `start` is awaited"]
pub struct FakeProviderBuilder {
    routes: Routes,
}

impl FakeProviderBuilder {
    /// Answers the requests to `method` `path` (the path without query) with `replies` in
    /// order, the last one repeating once they are spent (no replies at all: answered like a
    /// route without a script). Scripting a route again appends to its replies (or replaces
    /// its [function](FakeProviderBuilder::on_fn)).
    ///
    /// A list of replies per route is also a fault plan: a test of many calls gives each call
    /// its own path and the faults of its attempts, e.g. from a seeded random generator.
    pub fn on(
        mut self,
        method: Method,
        path: impl Into<String>,
        replies: impl IntoIterator<Item = Reply>,
    ) -> Self {
        let replies = replies.into_iter();
        match self.routes.entry((method, path.into())) {
            std::collections::hash_map::Entry::Occupied(mut entry) => match entry.get_mut() {
                Script::Replies { replies: list, .. } => list.extend(replies),
                script @ Script::Function(_) => {
                    *script = Script::Replies {
                        replies: replies.collect(),
                        next: 0,
                    }
                }
            },
            std::collections::hash_map::Entry::Vacant(entry) => {
                entry.insert(Script::Replies {
                    replies: replies.collect(),
                    next: 0,
                });
            }
        }
        self
    }

    /// Answers each request to `method` `path` with what `respond` returns for it (method,
    /// URI, headers and body), replacing any script the route had. For APIs that route by
    /// something other than the path, such as Tencent Cloud's `X-TC-Action` header; a function
    /// that needs to count calls keeps its own counter. If it panics, the connection is dropped
    /// (and the request recorded as [`Answered::Dropped`]).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> std::io::Result<()> {
    /// use cloud_errors::testing::{FakeProvider, Reply};
    /// use cloud_errors::tencent;
    /// use http::{Method, StatusCode};
    ///
    /// // Every Tencent Cloud API 3.0 call is a POST to `/`; the action is a header.
    /// let provider = FakeProvider::builder()
    ///     .on_fn(Method::POST, "/", |request| {
    ///         match request.headers().get("x-tc-action").map(|action| action.as_bytes()) {
    ///             Some(b"DescribeInstances") => {
    ///                 Reply::json(StatusCode::OK, r#"{"Response":{"InstanceSet":[],"RequestId":"r-1"}}"#)
    ///             }
    ///             _ => Reply::error(&tencent::Error::new(tencent::Code::from_code("InvalidAction"))),
    ///         }
    ///     })
    ///     .start()
    ///     .await?;
    ///
    /// let client = reqwest::Client::new();
    /// let send = |action: &'static str| client.post(provider.url_for("/")).header("X-TC-Action", action);
    /// assert!(cloud_errors::reqwest::send::<tencent::Code>(send("DescribeInstances")).await.is_ok());
    /// let error = cloud_errors::reqwest::send::<tencent::Code>(send("Describe")).await.unwrap_err();
    /// assert_eq!(error.provider_error().unwrap().code().code(), "InvalidAction");
    /// # Ok(())
    /// # }
    /// ```
    pub fn on_fn<F>(mut self, method: Method, path: impl Into<String>, respond: F) -> Self
    where
        F: Fn(&http::Request<Vec<u8>>) -> Reply + Send + Sync + 'static,
    {
        self.routes
            .insert((method, path.into()), Script::Function(Arc::new(respond)));
        self
    }

    /// Starts the server on `127.0.0.1` with a free port, on the current tokio runtime. Requests
    /// to a route without a script are answered 404 with a plain-text body saying so.
    pub async fn start(self) -> std::io::Result<FakeProvider> {
        let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await?;
        let addr = listener.local_addr()?;
        let state = Arc::new(State {
            routes: Mutex::new(self.routes),
            received: Mutex::default(),
        });
        let server = tokio::spawn(serve(listener, Arc::clone(&state)));
        Ok(FakeProvider { addr, state, server })
    }
}

impl fmt::Debug for FakeProviderBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FakeProviderBuilder")
            .field("routes", &self.routes.len())
            .finish()
    }
}

/// An HTTP/1 server on 127.0.0.1 answering scripted replies per route and recording every
/// request. It stops, closing every connection, when dropped.
///
/// See the [module documentation](self) for an example.
pub struct FakeProvider {
    addr: SocketAddr,
    state: Arc<State>,
    server: tokio::task::JoinHandle<()>,
}

impl FakeProvider {
    /// A builder to script the routes.
    pub fn builder() -> FakeProviderBuilder {
        FakeProviderBuilder::default()
    }

    /// The server's address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base URL, `http://127.0.0.1:<port>`, without a trailing slash.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The URL of `path` (which starts with `/`, and may have a query) on this server.
    pub fn url_for(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Every request received so far, in the order they arrived.
    pub fn requests(&self) -> Vec<Received> {
        lock(&self.state.received).clone()
    }

    /// The requests received so far for one route, in the order they arrived.
    pub fn requests_to(&self, method: &Method, path: &str) -> Vec<Received> {
        lock(&self.state.received)
            .iter()
            .filter(|request| request.method == method && request.path == path)
            .cloned()
            .collect()
    }
}

impl fmt::Debug for FakeProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FakeProvider")
            .field("addr", &self.addr)
            .field("requests", &lock(&self.state.received).len())
            .finish()
    }
}

impl Drop for FakeProvider {
    fn drop(&mut self) {
        // Cancelling the accept loop drops its listener and its set of connection tasks, which
        // aborts them all.
        self.server.abort();
    }
}

/// The accept loop; every connection is a task of its `JoinSet`, so they end with it.
async fn serve(listener: tokio::net::TcpListener, state: Arc<State>) {
    let mut connections = tokio::task::JoinSet::new();
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            // Out of file descriptors, or a connection reset before it was accepted: wait a
            // moment rather than spin.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(10)).await;
                continue;
            }
        };
        let state = Arc::clone(&state);
        connections.spawn(async move {
            let service = hyper::service::service_fn(move |request| answer(Arc::clone(&state), request));
            // A connection the script drops ends here with an error, as it should.
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
        while connections.try_join_next().is_some() {}
    }
}

/// What a scripted `drop_connection` returns to hyper, which then closes the connection without
/// a response.
#[derive(Debug)]
struct Dropped;

impl fmt::Display for Dropped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the script drops this connection")
    }
}

impl std::error::Error for Dropped {}

async fn answer(
    state: Arc<State>,
    request: hyper::Request<Incoming>,
) -> Result<hyper::Response<Full<Bytes>>, Dropped> {
    let (parts, body) = request.into_parts();
    let body = Limited::new(body, MAX_REQUEST_BODY).collect().await;
    let too_large = body.is_err();
    let request = http::Request::from_parts(
        parts,
        body.map(|body| body.to_bytes().to_vec()).unwrap_or_default(),
    );
    let reply = if too_large {
        Reply::response(text(
            StatusCode::PAYLOAD_TOO_LARGE,
            "request body too large".to_owned(),
        ))
    } else {
        state.next_reply(&request).unwrap_or_else(|| {
            Reply::response(text(
                StatusCode::NOT_FOUND,
                format!(
                    "FakeProvider: no script for {} {}",
                    request.method(),
                    request.uri().path()
                ),
            ))
        })
    };
    let (parts, body) = request.into_parts();
    lock(&state.received).push(Received {
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().map(str::to_owned),
        method: parts.method,
        headers: parts.headers,
        body,
        answer: reply.answered(),
    });
    if !reply.delay.is_zero() {
        tokio::time::sleep(reply.delay).await;
    }
    match reply.action {
        Action::Respond {
            status,
            headers,
            body,
        } => {
            let mut response = hyper::Response::new(Full::new(Bytes::from(body)));
            *response.status_mut() = status;
            *response.headers_mut() = headers;
            Ok(response)
        }
        Action::DropConnection => Err(Dropped),
    }
}

fn text(status: StatusCode, text: String) -> http::Response<Vec<u8>> {
    let mut response = http::Response::new(text.into_bytes());
    *response.status_mut() = status;
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
}
